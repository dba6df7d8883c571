"""`FRESH287`, the two-hundred-and-eighty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six kinds of people write them:
- cashier: a shop cashier, quick and friendly: "Hi there! Could you pop the red block into the blue bowl for me?"
- chinese3: a Chinese speaker writing English with small slips: "Please put the red block into the bowl which is
  same colour with it."
- astronaut: mission-control manner, the request still clear: "Robot, move the red block to the middle. Report
  when complete. Over."
- knitter2: a cosy knitter, talks of stitches and yarn: "I'd like the red block tucked into the blue bowl, snug as
  a skein in my knitting basket."
- student2: a student texting, lowercase and abbreviations: "i want the red block off the blue block n in the bin"
- plain68: a plain, ordinary adult with no quirks: "Build a tower with the red block at the bottom, the blue block
  in the middle and the green block on top."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d79c098, the code of 61d6055, before anything it could prompt): 0.85
goal-correct (255 of 300), 40 refused, 5 wrong actions. The wrong actions: a knitter's 'First tip everything in W into
the bin, dear, then pop X in there on its own.' put X in the bin (5). The refusals: a Chinese speaker's 'thanks you', 'I
want make one tower from X, Y and Z, the order is not important' and 'make every bowl have exactly one block inside,
which block is not matter', a student's 'shd', 'My goal is to have W empty, with everything that's in it moved onto the
table', an astronaut's 'The red block is not to be part of the tower. Confirm.' and 'Identify the block nearest to W and
relocate it to the corner. Acknowledge.', a knitter's 'Only X stays in, like the last stitch on the needle'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    count_in,
    empty,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_FLOOR = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _one(w: World, items: list[str] | tuple[str, ...]) -> str | None:
    got = w.pick(list(items))
    return got[0] if got else None


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _can_in(w: World, block: str, bowl: str, also: int = 0) -> bool:
    """Whether `block` (and `also` more blocks from outside) can still go into `bowl`."""
    s = w.state
    return s.base(block) != bowl and len(s.in_bowl(bowl)) + 1 + also <= layout.BOWL_CAPACITY


def _can_on(w: World, a: str, b: str) -> bool:
    """Whether `a` can be put straight onto `b` without breaking the tower or bowl limits."""
    s = w.state
    if a == b or b in s.above(a) or s.support[a] == b:
        return False
    if len(_below(s, b)) + 2 > layout.MAX_TOWER:
        return False
    base = s.base(b)
    return base not in s.bowls or s.base(a) == base or len(s.in_bowl(base)) < layout.BOWL_CAPACITY


def _floor(*blocks: str) -> Check:
    """Each block's tower stands on the table (a named place counts)."""
    return lambda _i, f: all(f.base(b) in _FLOOR for b in blocks)


def _tower_of(blocks: list[str]) -> Check:
    """The blocks form one tower by themselves, in any order, wherever it stands (not on another block)."""
    group = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        sup = f.support
        inside = [b for b in blocks if sup[b] in group]
        bottoms = [b for b in blocks if sup[b] not in group]
        if len(bottoms) != 1 or len({sup[b] for b in inside}) != len(inside):
            return False
        if sup[bottoms[0]] in sup:  # the bottom rests on another block
            return False
        return all(not [t for t in f.on_top(b) if t not in group] for b in blocks)

    return check


def _order(bottom: str, middle: str, top: str) -> Check:
    """Bottom-up tower of three exactly, with nothing above the top, wherever it stands."""
    return lambda _i, f: (f.support[middle] == bottom and f.support[top] == middle and f.is_clear(top)
                          and f.support[bottom] not in f.support)


def _nearest(w: World, target: str, candidates: list[str], margin: float = 0.03) -> str | None:
    """The candidate nearest `target`, when it is clearly the nearest."""
    ranked = sorted(candidates, key=lambda c: w.dist(c, target))
    if not ranked:
        return None
    if len(ranked) > 1 and w.dist(ranked[1], target) - w.dist(ranked[0], target) < margin:
        return None
    return ranked[0]


def _bowl_for(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


# ----- imperative -------------------------------------------------------------------------------------------
def t287_imp_cashier(w: World) -> Made:
    bowl = _one(w, w.bowls)
    a = _one(w, [b for b in _loose(w) if bowl and _can_in(w, b, bowl)])
    if not a or not bowl:
        return None
    return _made(w, f"Hi there! Could you pop the {a} into the {bowl} for me? Thanks so much!",
                 rels(Rel("in", a, bowl)))


def t287_imp_chinese3(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_on(w, a, b)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"Please help me to put the {a} onto the {b}, thanks you.", rels(Rel("on", a, b)))


def t287_imp_astronaut(w: World) -> Made:
    a, place = _one(w, _loose(w)), _one(w, PLACES)
    if not a or not place:
        return None
    return _made(w, f"Robot, move the {a} to the {place}. Report when complete. Over.", rels(Rel("at", a, place)))


def t287_imp_knitter2(w: World) -> Made:
    a = _one(w, _loose(w))
    if not a:
        return None
    return _made(w, f"Oh, could you drop the {a} in the bin for me, love? I won't be needing it, same as a tangle "
                    "of leftover yarn.", rels(Rel("in_bin", a)))


def t287_imp_student2(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a)
    return _made(w, f"can u take the {a} out of the {bowl} and put it on the table pls", rels(Rel("on_table", a)))


def t287_imp_plain68(w: World) -> Made:
    picked = w.pick(_loose(w), 3)
    if len(picked) < 3:
        return None
    a, b, c = picked
    return _made(w, f"Build a tower with the {a} at the bottom, the {b} in the middle and the {c} on top.",
                 _order(a, b, c))


# ----- declarative ------------------------------------------------------------------------------------------
def t287_dec_cashier(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_on(w, a, b)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"Okay, so the {a} goes on top of the {b}. That's all, thanks!", rels(Rel("on", a, b)))


def t287_dec_chinese3(w: World) -> Made:
    bowl = _one(w, w.bowls)
    a = _one(w, [b for b in _loose(w) if bowl and _can_in(w, b, bowl)])
    if not a or not bowl:
        return None
    return _made(w, f"The {a} need to be inside the {bowl}.", rels(Rel("in", a, bowl)))


def t287_dec_astronaut(w: World) -> Made:
    picked, place = w.pick(_loose(w), 2), _one(w, PLACES)
    if len(picked) < 2 or not place:
        return None
    a, b = picked
    return _made(w, f"Target configuration: the {a} is at the {place} and the {b} is in the bin. Execute.",
                 rels(Rel("at", a, place), Rel("in_bin", b)))


def t287_dec_knitter2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"The {a} ought to be down on the table, dear, not perched on the {b} like a ball of yarn on a "
                    "shelf.", rels(Rel("on_table", a)))


def t287_dec_student2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    picked = w.pick(outside, 2)
    if len(picked) < 2 or len(w.state.in_bowl(bowl)) + 2 > layout.BOWL_CAPACITY:
        return None
    a, b = picked
    return _made(w, f"the {a} and the {b} shd both be in the {bowl}", rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t287_dec_plain68(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    b = _one(w, [x for x in _loose(w) if _can_in(w, x, bowl)])
    a = _one(w, [x for x in _loose(w) if x != b])
    if not a or not b:
        return None
    return _made(w, f"The {a} should end up in the bin, and the {b} should be in the {bowl}.",
                 rels(Rel("in_bin", a), Rel("in", b, bowl)))


# ----- desiderative -----------------------------------------------------------------------------------------
def t287_des_cashier(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_on(w, a, b)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"I'd love the {a} sitting on top of the {b}, if that's not too much trouble!",
                 rels(Rel("on", a, b)))


def t287_des_chinese3(w: World) -> Made:
    picked = w.pick(_loose(w), 3)
    if len(picked) < 3:
        return None
    a, b, c = picked
    return _made(w, f"I want make one tower from the {a}, the {b} and the {c}, the order is not important.",
                 _tower_of([a, b, c]))


def t287_des_astronaut(w: World) -> Made:
    picked, place = w.pick(_loose(w), 2), _one(w, PLACES)
    if len(picked) < 2 or not place:
        return None
    a, b = picked
    return _made(w, f"Houston here. I want the {a} in the bin and the {b} at the {place}. Over.",
                 rels(Rel("in_bin", a), Rel("at", b, place)))


def t287_des_knitter2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    a = _one(w, [b for b in _loose(w) if bowl and _can_in(w, b, bowl)])
    if not a or not bowl:
        return None
    return _made(w, f"I'd like the {a} tucked into the {bowl}, please, snug as a skein in my knitting basket.",
                 rels(Rel("in", a, bowl)))


def t287_des_student2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"i want the {a} off the {b} n in the bin lol", rels(Rel("in_bin", a)))


def t287_des_plain68(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"My goal is to have the {bowl} empty, with everything that's in it moved onto the table.",
                 both(empty(bowl), _floor(*inside)))


# ----- quantified -------------------------------------------------------------------------------------------
def t287_qua_cashier(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"Could you tip every block from the {bowl} into the bin? Thanks a bunch!",
                 binned(w.state.in_bowl(bowl)))


def t287_qua_chinese3(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    checks = [count_in(b, 1) for b in w.bowls]
    return _made(w, "Please make every bowl have exactly one block inside, which block is not matter.", both(*checks))


def t287_qua_astronaut(w: World) -> Made:
    return _made(w, "All blocks to the bin. Every single one, no exceptions. Over.", binned(w.blocks))


def t287_qua_knitter2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl or len(_loose(w)) < 2:
        return None
    return _made(w, f"Could you put exactly two blocks in the {bowl}, dear? Any two you fancy, like picking colours "
                    "for a scarf.", count_in(bowl, 2))


def t287_qua_student2(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "make 1 big tower out of all the blocks, order doesnt matter", _tower_of(blocks))


def t287_qua_plain68(w: World) -> Made:
    inside = w.in_bowls()
    if len(w.bowls) < 2 or not inside:
        return None
    checks = [empty(b) for b in w.bowls]
    return _made(w, "Take every block out of the bowls and put them on the table.", both(*checks, _floor(*inside)))


# ----- negated ----------------------------------------------------------------------------------------------
def t287_neg_cashier(w: World) -> Made:
    a = _one(w, _loose(w))
    if not a:
        return None
    others = [b for b in w.blocks if b != a]
    return _made(w, f"Let's bin all the blocks except the {a}, okay? Thanks, you're a star!",
                 both(binned(others), none_binned([a])))


def t287_neg_chinese3(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a)
    return _made(w, f"Please take the {a} out from the {bowl}, but not put it in the bin.",
                 lambda _i, f: f.base(a) not in (bowl, BIN))


def t287_neg_astronaut(w: World) -> Made:
    blocks = _loose(w)
    if not 4 <= len(blocks) <= layout.MAX_TOWER + 1:
        return None
    a = _one(w, blocks)
    if not a:
        return None
    others = [b for b in blocks if b != a]
    return _made(w, f"Build one tower from all blocks except the {a}. The {a} is not to be part of the tower. "
                    "Confirm.", _tower_of(others))


def t287_neg_knitter2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2])
    if not bowl:
        return None
    a = _one(w, w.state.in_bowl(bowl))
    if not a:
        return None
    return _made(w, f"Everything except the {a} should come out of the {bowl}, dear. Only the {a} stays in, like the "
                    "last stitch on the needle.", both(rels(Rel("in", a, bowl)), count_in(bowl, 1)))


def t287_neg_student2(w: World) -> Made:
    a = _one(w, [b for b in _loose(w) if not w.state.is_clear(b)])
    if not a:
        return None
    above = w.state.above(a)
    return _made(w, f"get everything off the {a} but dont put any of it in the bin",
                 both(rels(Rel("clear", a)), none_binned(above)))


def t287_neg_plain68(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    return _made(w, f"Put all the blocks in the bin apart from the ones in the {bowl}.",
                 both(binned(outside), none_binned(inside)))


# ----- relative ---------------------------------------------------------------------------------------------
def t287_rel_cashier(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"Whichever block is sitting on the {below}, pop that one in the bin for me. Thanks!",
                 rels(Rel("in_bin", top)))


def t287_rel_chinese3(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a, b in w.pairs() if s.support[b] not in s.support]
    bowl = _one(w, w.bowls)
    pairs = [(a, b) for a, b in pairs if bowl and _can_in(w, b, bowl)]
    if not pairs or not bowl:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"The block under the {a}, please put it into the {bowl}.", rels(Rel("in", b, bowl)))


def t287_rel_astronaut(w: World) -> Made:
    bowl, place = _one(w, w.bowls), _one(w, PLACES)
    if not bowl or not place:
        return None
    x = _nearest(w, bowl, [b for b in _loose(w) if w.state.base(b) != bowl])
    if not x:
        return None
    return _made(w, f"Identify the block nearest to the {bowl} and relocate it to the {place}. Acknowledge.",
                 rels(Rel("at", x, place)))


def t287_rel_knitter2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    x = w.state.in_bowl(bowl)[0]
    a = _one(w, [b for b in _loose(w) if w.state.is_clear(b) and _can_on(w, x, b)])
    if not a:
        return None
    return _made(w, f"Would you pop the block that's in the {bowl} on top of the {a}, dear? It's like moving a "
                    "stitch to the other needle.", rels(Rel("on", x, a)))


def t287_rel_student2(w: World) -> Made:
    s = w.state
    a = _one(w, [b for b in _loose(w) if s.is_clear(b)])
    if not a:
        return None
    tower = {a, *_below(s, a)}
    x = _nearest(w, a, [b for b in _loose(w) if b not in tower])
    if not x or not _can_on(w, x, a):
        return None
    return _made(w, f"put the block thats closest to the {a} on top of it", rels(Rel("on", x, a)))


def t287_rel_plain68(w: World) -> Made:
    s = w.state
    tops = [b for b in _loose(w) if s.is_clear(b)]
    heights = {t: len(_below(s, t)) + 1 for t in tops}
    if not heights:
        return None
    tallest = max(heights.values())
    best = [t for t, h in heights.items() if h == tallest]
    if tallest < 2 or len(best) != 1:
        return None
    top = best[0]
    bowl = _one(w, [b for b in w.bowls if _can_in(w, top, b)])
    if not bowl:
        return None
    return _made(w, f"Put the top block of the tallest stack into the {bowl}.", rels(Rel("in", top, bowl)))


# ----- keep -------------------------------------------------------------------------------------------------
def t287_keep_cashier(w: World) -> Made:
    a = _one(w, _loose(w))
    if not a:
        return None
    b = _one(w, [x for x in w.blocks if x != a and x not in w.state.above(a)])
    if not b:
        return None
    return _made(w, f"Could you put the {a} in the bin and leave the {b} just where it is? Cheers!",
                 both(rels(Rel("in_bin", a)), kept(b)))


def t287_keep_chinese3(w: World) -> Made:
    s = w.state
    a = _one(w, [b for b in _loose(w) if s.support[b] not in s.support])
    if not a:
        return None
    others = [b for b in w.blocks if b != a]
    return _made(w, f"Please put all blocks into bin, only the {a} keep where it is now.",
                 both(binned(others), kept(a)))


def t287_keep_astronaut(w: World) -> Made:
    a, place = _one(w, _loose(w)), _one(w, PLACES)
    if not a or not place:
        return None
    picked = w.pick([x for x in w.blocks if x != a and x not in w.state.above(a)], 2)
    if len(picked) < 2:
        return None
    b, c = picked
    return _made(w, f"Move the {a} to the {place}. Keep the {b} and the {c} in their current positions. Over.",
                 both(rels(Rel("at", a, place)), kept(b, c)))


def t287_keep_knitter2(w: World) -> Made:
    s = w.state
    c = _one(w, w.in_bowls())
    if not c:
        return None
    bowl = s.base(c)
    pairs = [(a, b) for a in _loose(w) for b in _loose(w)
             if c not in (a, b) and c not in s.above(a) and c not in s.above(b) and _can_on(w, a, b)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"Could you make a little stack, the {a} on the {b}, dear? But leave the {c} sitting in the "
                    f"{bowl} as it is, like a ball of yarn in its basket.", both(rels(Rel("on", a, b)), kept(c)))


def t287_keep_student2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    a = _one(w, [x for x in _loose(w) if bowl and _can_in(w, x, bowl)])
    if not a or not bowl:
        return None
    b = _one(w, [x for x in w.blocks if x != a and x not in w.state.above(a)])
    if not b:
        return None
    return _made(w, f"put the {a} in the {bowl} but dont move the {b}", both(rels(Rel("in", a, bowl)), kept(b)))


def t287_keep_plain68(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    return _made(w, f"Empty the {bowl} into the bin, but leave every other block where it is.",
                 both(binned(inside), kept(*outside)))


# ----- multi-step -------------------------------------------------------------------------------------------
def t287_multi_cashier(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    picked = w.pick(_loose(w), 2)
    if len(picked) < 2:
        return None
    a, b = picked
    if len([x for x in w.state.in_bowl(bowl) if x not in (a, b)]) + 2 > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"First the {a} goes into the {bowl}, then the {b} on top of it. Thanks!",
                 rels(Rel("in", a, bowl), Rel("on", b, a)))


def t287_multi_chinese3(w: World) -> Made:
    s = w.state
    a = _one(w, [x for x in _loose(w) if s.support[x] not in _FLOOR])
    if not a:
        return None
    b = _one(w, [x for x in _loose(w) if x != a])
    if not b:
        return None
    return _made(w, f"First put the {a} on the table, after that put the {b} on top the {a}.",
                 rels(Rel("on_table", a), Rel("on", b, a)))


def t287_multi_astronaut(w: World) -> Made:
    picked, place = w.pick(_loose(w), 3), _one(w, PLACES)
    if len(picked) < 3 or not place:
        return None
    a, b, c = picked
    return _made(w, f"Sequence follows. Step one: move the {a} to the {place}. Step two: place the {b} on the {a}. "
                    f"Step three: place the {c} on the {b}. Over.",
                 rels(Rel("at", a, place), Rel("on", b, a), Rel("on", c, b)))


def t287_multi_knitter2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    a = _one(w, [x for x in _loose(w) if x not in inside])
    if not a:
        return None
    return _made(w, f"First tip everything in the {bowl} into the bin, dear, then pop the {a} in there on its own.",
                 both(binned(inside), rels(Rel("in", a, bowl)), count_in(bowl, 1)))


def t287_multi_student2(w: World) -> Made:
    picked, place = w.pick(_loose(w), 2), _one(w, PLACES)
    if len(picked) < 2 or not place:
        return None
    a, b = picked
    return _made(w, f"first put the {a} in the bin then move the {b} to the {place}",
                 rels(Rel("in_bin", a), Rel("at", b, place)))


def t287_multi_plain68(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a, b in w.pairs() if s.is_clear(a)]
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    pairs = [(a, b) for a, b in pairs if s.base(b) != bowl
             and len([x for x in s.in_bowl(bowl) if x not in (a, b)]) + 2 <= layout.BOWL_CAPACITY]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"Take the {a} off the {b}, put the {b} in the {bowl}, and then put the {a} back on top of the "
                    f"{b}.", rels(Rel("in", b, bowl), Rel("on", a, b)))


# ----- question ---------------------------------------------------------------------------------------------
def t287_q_cashier(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    n = len(w.state.in_bowl(bowl))
    return f"Quick question, how many blocks are in the {bowl} right now?", answered(str(n))


def t287_q_chinese3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = pairs[w.rng.randrange(len(pairs))]
    return f"What colour is the block on the {below}? I cannot see it good from here.", answered(w.colour(top))


def t287_q_astronaut(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    pool = inside if (w.rng.random() < 0.5 or not outside) else outside
    a = _one(w, pool)
    if not a:
        return None
    flag = holds(Rel("in", a, bowl), w.state)
    return (f"Status check: is the {a} in the {bowl}? Also, how many blocks are in the {bowl} in total? Over.",
            answered(f"{yes(flag)}|{len(inside)}"))


def t287_q_knitter2(w: World) -> Made:
    s = w.state
    a = _one(w, [b for b in w.blocks if s.support[b] in s.support or s.support[b] in s.bowls])
    if not a:
        return None
    return (f"Where's the {a} got to, dear? I've lost track of it like a dropped stitch.",
            answered(s.support[a]))


def t287_q_student2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = pairs[w.rng.randrange(len(pairs))]
    else:
        picked = w.pick(w.blocks, 2)
        if len(picked) < 2:
            return None
        a, b = picked
    flag = w.state.support[a] == b
    return f"is the {a} on the {b} rn", answered(yes(flag))


def t287_q_plain68(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return f"What's in the {bowl} at the moment?", answered("|".join(inside) if inside else "nothing")


# ----- matching ---------------------------------------------------------------------------------------------
def t287_match_cashier(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Could you put each block into the bowl that's the same colour as it? Thanks a lot!", rels(*want))


def t287_match_chinese3(w: World) -> Made:
    options = [(b, bowl) for b in _loose(w) if (bowl := _bowl_for(w, b)) and _can_in(w, b, bowl)]
    if not options:
        return None
    a, bowl = options[w.rng.randrange(len(options))]
    return _made(w, f"Please put the {a} into the bowl which is same colour with it.", rels(Rel("in", a, bowl)))


def t287_match_astronaut(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if not _bowl_for(w, b)]
    return _made(w, "Sort by colour. Each block with a bowl of its colour goes into that bowl; every other block "
                    "goes to the bin. Over.", both(rels(*want), binned(rest)))


def t287_match_knitter2(w: World) -> Made:
    options = [(b, bowl) for b in _loose(w) if (bowl := _bowl_for(w, b)) and _can_in(w, b, bowl)]
    if not options:
        return None
    b, bowl = options[w.rng.randrange(len(options))]
    return _made(w, f"I love things colour-coordinated, like yarn in my basket. Could the block that's the same "
                    f"colour as the {bowl} go into it, dear?", rels(Rel("in", b, bowl)))


def t287_match_student2(w: World) -> Made:
    s = w.state
    want = matching(w)
    movers = [r.block for r in want if not holds(r, s)]
    a = _one(w, [b for b in movers if s.support[b] not in s.support])
    if not a or len(movers) < 2:
        return None
    rest = [r for r in want if r.block != a]
    return _made(w, f"put the blocks in the bowls w the same colour but leave the {a} where it is",
                 both(rels(*rest), kept(a)))


def t287_match_plain68(w: World) -> Made:
    s = w.state
    want = matching(w)
    movers = [r.block for r in want if not holds(r, s)]
    if not movers:
        return None
    others = [b for b in w.blocks if not _bowl_for(w, b)]
    for m in movers:
        if any(o in s.above(m) for o in others):
            return None
    for bowl in w.bowls:
        coming = [r for r in want if r.target == bowl and s.base(r.block) != bowl]
        if len(s.in_bowl(bowl)) + len(coming) > layout.BOWL_CAPACITY:
            return None
    return _made(w, "Put every block whose colour matches one of the bowls into that bowl, and leave the other "
                    "blocks alone.", both(rels(*want), kept(*others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("cashier", "chinese3", "astronaut", "knitter2", "student2", "plain68")
FRESH287: list[Template] = [
    (f"t287_{short}_{style}", category, globals()[f"t287_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
