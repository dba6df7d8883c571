"""`FRESH283`, the two-hundred-and-eighty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own plain
words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, small towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six kinds of people write them:
- captain: a ship's captain, orders and nautical words, the request still clear: "Stow the red block in the blue bowl,
  sailor, and look lively."
- swedish2: a Swedish speaker writing English with small slips, object names right: "Please, can you lift the red
  block and put it on the green block? Tack!"
- lawyer2: a lawyer, careful conditions: "Transfer the red block to the blue bowl, provided that the green block
  remains exactly where it is."
- youth: a youth worker, casual and upbeat: "hey! can u chuck the red block in the bin? ty :)"
- granny6: a grandmother, gentle and a little forgetful: "Where has the pink block got to, dear? I can't see it
  anywhere."
- plain64: a plain, ordinary adult with no quirks, varied everyday sentences: "Stack the blue block on the red block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2a4bd06, the code of 48468db, before anything it could prompt): 0.85
goal-correct (255 of 300), 40 refused, 5 wrong actions, no wrong reply. The wrong actions: a grandmother's 'Oh, X, dear,
it's sitting in W, isn't it... could you take it out and put it on the table for me?' was answered, not done (5). The
refusals: a captain's 'sailor, and look lively', 'keep the rest of the cargo exactly where it lies' and 'Sort the cargo:
...', a lawyer's 'Should anything be resting on it, you may set that aside first, wherever is convenient', 'but on no
account is X to be moved' and 'on the condition that X remains exactly where it is at present', a grandmother's 'None in
the bowls and none piled on top of each other', a youth worker's 'can u put each block that has a matching bowl in it,
and bin the rest'.
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]
_BIN_MAX = len(layout.BIN_SLOTS)  # no more blocks sent to the bin than it has slots, to stay well within reach


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _depth(s: SymState, block: str) -> int:
    """How many blocks from the bottom of its tower up to `block`, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can go directly on `below` (a tower on the table, low enough), and does not rest there yet."""
    s = w.state
    if top == below or s.support[top] == below or s.base(below) not in (TABLE, *PLACES):
        return False
    return _depth(s, below) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, incoming: list[str]) -> bool:
    s = w.state
    n = len(s.in_bowl(bowl)) + sum(1 for b in incoming if s.base(b) != bowl)
    return n <= layout.BOWL_CAPACITY


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _dist_to(w: World, block: str, xy: tuple[float, float]) -> float:
    bx, by = _xy(w, block)
    return ((bx - xy[0]) ** 2 + (by - xy[1]) ** 2) ** 0.5


def _extreme(w: World, blocks: list[str], xy: tuple[float, float], far: bool = False,
             margin: float = 0.03) -> str | None:
    """The block nearest to (or furthest from) `xy`, when it is clearly so (a margin ahead of the runner-up)."""
    if not blocks:
        return None
    ranked = sorted(blocks, key=lambda b: _dist_to(w, b, xy), reverse=far)
    if len(ranked) > 1 and abs(_dist_to(w, ranked[0], xy) - _dist_to(w, ranked[1], xy)) < margin:
        return None
    return ranked[0]


def _bowl_for(w: World, block: str, extra: list[str] | None = None) -> str | None:
    """A random bowl that `block` is not in yet and that has room for it (and `extra`)."""
    s = w.state
    options = [bw for bw in w.bowls if s.base(block) != bw and _room(w, bw, [block, *(extra or [])])]
    return w.rng.choice(options) if options else None


def _not_in_bowl(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) not in w.bowls]


def _where(s: SymState, block: str) -> str | None:
    """Where a block plainly is, as a person would name it: its bowl, the block it sits on, or the table."""
    sup = s.support[block]
    if sup in s.bowls:
        return sup
    if sup in s.support:
        return sup if s.base(sup) == TABLE else None
    return "table" if sup == TABLE else None


def _kept_bowl(bowl: str, blocks: list[str]) -> Check:
    """The bowl holds exactly the blocks it held, each resting where it rested."""
    return both(kept(*blocks), count_in(bowl, len(blocks)))


# ----- imperative ---------------------------------------------------------------------------------------
def t283_imp_captain(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    return _made(w, f"Stow the {a} in the {bowl}, sailor, and look lively.", rels(Rel("in", a, bowl)))


def t283_imp_swedish2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please, can you lift the {a} and put it on the {b}? Tack!", rels(Rel("on", a, b)))


def t283_imp_lawyer2(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    where = "the middle of the table" if place == _MIDDLE else f"the {place} of the table"
    text = (f"Please move the {a} to {where}. Should anything be resting on it, you may set that aside "
            "first, wherever is convenient.")
    return _made(w, text, rels(Rel("at", a, place)))


def t283_imp_youth(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return _made(w, f"hey! can u chuck the {a} in the bin? ty :)", binned([a]))


def t283_imp_granny6(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not options:
        return None
    a = w.rng.choice(options)
    bowl = w.state.support[a]
    text = (f"Oh, the {a}, dear, it's sitting in the {bowl}, isn't it... could you take it out and put it "
            "on the table for me? Thank you.")
    return _made(w, text, rels(Rel("on_table", a)))


def t283_imp_plain64(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Stack the {a} on the {b}.", rels(Rel("on", a, b)))


# ----- declarative --------------------------------------------------------------------------------------
def t283_dec_captain(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    return _made(w, f"The {a} belongs in the {bowl}. Make it so.", rels(Rel("in", a, bowl)))


def t283_dec_swedish2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} should be laying on top of the {b}.", rels(Rel("on", a, b)))


def t283_dec_lawyer2(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    text = f"For the avoidance of doubt: the {a} is to be in the bin once you have finished."
    return _made(w, text, binned([a]))


def t283_dec_youth(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return _made(w, f"ok so the {a} goes in the middle of the table", rels(Rel("at", a, _MIDDLE)))


def t283_dec_granny6(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"I think the {a} is meant to be sitting on the {b}, dear. That's how I had it."
    return _made(w, text, rels(Rel("on", a, b)))


def t283_dec_plain64(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"The {a} needs to be in the {corner}.", rels(Rel("at", a, corner)))


# ----- desiderative -------------------------------------------------------------------------------------
def t283_des_captain(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"I want the {a} and the {b} in the bin, on the double.", binned([a, b]))


def t283_des_swedish2(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"I would like to have the {a} in the {corner}, please.", rels(Rel("at", a, corner)))


def t283_des_lawyer2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"My objective is that the {a} should rest directly on the {b}."
    return _made(w, text, rels(Rel("on", a, b)))


def t283_des_youth(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    return _made(w, f"i'd love it if the {a} was in the {bowl}!!", rels(Rel("in", a, bowl)))


def t283_des_granny6(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"I'd like a little tower, dear: the {a} at the bottom and the {b} on top of it."
    return _made(w, text, rels(Rel("stacked", a, b)))


def t283_des_plain64(w: World) -> Made:
    options = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"I'd like the {bowl} to be empty, please.", empty(bowl))


# ----- quantified ---------------------------------------------------------------------------------------
def t283_qua_captain(w: World) -> Made:
    if len(w.blocks) > _BIN_MAX:
        return None
    return _made(w, "All hands: every last block into the bin, the ones in the bowls too.", binned(w.blocks))


def t283_qua_swedish2(w: World) -> Made:
    options = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) != 2]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"Put exactly two blocks in the {bowl}, please.", count_in(bowl, 2))


def t283_qua_lawyer2(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.in_bowl(bw) for bw in bowls)

    return _made(w, "Each bowl shall contain at least one block when you are done.", check)


def t283_qua_youth(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(bw) for bw in w.bowls):
        return None
    bowls = w.bowls

    def check(_i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(bw)) == 1 for bw in bowls)

    return _made(w, "put one block in each bowl pls", check)


def t283_qua_granny6(w: World) -> Made:
    text = ("Could you take all the blocks and set them out on the table, dear? None in the bowls and none piled "
            "on top of each other.")
    return _made(w, text, rels(*(Rel("on_table", b) for b in w.blocks)))


def t283_qua_plain64(w: World) -> Made:
    options = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"Move all of the blocks in the {bowl} to the bin.", binned(w.state.in_bowl(bowl)))


# ----- negated ------------------------------------------------------------------------------------------
def t283_neg_captain(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not options or len(w.blocks) - 1 > _BIN_MAX:
        return None
    a = w.rng.choice(options)
    rest = [b for b in w.blocks if b != a]
    text = f"Every block into the bin except the {a}; she stays right where she is."
    return _made(w, text, both(binned(rest), kept(a)))


def t283_neg_swedish2(w: World) -> Made:
    if len(w.blocks) - 1 > _BIN_MAX:
        return None
    a = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"Put all blocks in the bin but not the {a}.", both(binned(rest), none_binned([a])))


def t283_neg_lawyer2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    text = f"Move the {a} into the {bowl}, but on no account is the {b} to be moved."
    return _made(w, text, both(rels(Rel("in", a, bowl)), kept(b)))


def t283_neg_youth(w: World) -> Made:
    options = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    text = f"empty the {bowl} but dont put anything in the bin ok"
    return _made(w, text, both(empty(bowl), none_binned(w.blocks)))


def t283_neg_granny6(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    options = [bw for bw in w.bowls if w.state.base(a) != bw]
    if not options or len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(options)
    rest = [b for b in w.blocks if b != a]
    text = f"Put all the blocks except the {a} into the {bowl}, would you, dear?"
    return _made(w, text, rels(*(Rel("in", b, bowl) for b in rest), Rel("in", a, bowl, negated=True)))


def t283_neg_plain64(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside or len(outside) > _BIN_MAX:
        return None
    text = "Put everything in the bin apart from the blocks in the bowls."
    return _made(w, text, both(binned(outside), none_binned(inside)))


# ----- relative -----------------------------------------------------------------------------------------
def t283_rel_captain(w: World) -> Made:
    options = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    target = _extreme(w, w.blocks, _xy(w, bowl))
    if target is None:
        return None
    return _made(w, f"Take the block nearest the {bowl} and stow it in the bin.", binned([target]))


def t283_rel_swedish2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_for(w, top)
    if bowl is None:
        return None
    text = f"Put the block that is lying on the {below} in the {bowl}."
    return _made(w, text, rels(Rel("in", top, bowl)))


def t283_rel_lawyer2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"The block currently situated directly beneath the {top} is to be placed in the bin."
    return _made(w, text, binned([below]))


def t283_rel_youth(w: World) -> Made:
    options = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not options:
        return None
    bowl = w.rng.choice(options)
    (block,) = w.state.in_bowl(bowl)
    return _made(w, f"grab whatever's in the {bowl} and stick it on the table", rels(Rel("on_table", block)))


def t283_rel_granny6(w: World) -> Made:
    target = _extreme(w, w.blocks, layout.BIN_CENTER)
    if target is None:
        return None
    bowl = _bowl_for(w, target)
    if bowl is None:
        return None
    text = f"The block closest to the bin, dear, could you pop it in the {bowl}?"
    return _made(w, text, rels(Rel("in", target, bowl)))


def t283_rel_plain64(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    target = _extreme(w, w.blocks, _xy(w, bowl), far=True)
    if target is None:
        return None
    text = f"Move the block furthest from the {bowl} to the middle of the table."
    return _made(w, text, rels(Rel("at", target, _MIDDLE)))


# ----- keep ---------------------------------------------------------------------------------------------
def t283_keep_captain(w: World) -> Made:
    options = [b for b in w.blocks if w.state.is_clear(b)]
    if not options:
        return None
    a = w.rng.choice(options)
    rest = [b for b in w.blocks if b != a]
    text = f"Put the {a} in the bin and keep the rest of the cargo exactly where it lies."
    return _made(w, text, both(binned([a]), kept(*rest)))


def t283_keep_swedish2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options:
        return None
    a = w.rng.choice(options)
    text = f"Move the {a} to the middle, but keep the {bowl} like it is now."
    return _made(w, text, both(rels(Rel("at", a, _MIDDLE)), _kept_bowl(bowl, w.state.in_bowl(bowl))))


def t283_keep_lawyer2(w: World) -> Made:
    s = w.state
    triples = [(a, c, b) for a in w.blocks for c in w.blocks for b in w.blocks
               if _stackable(w, a, c) and b not in (a, c) and b not in s.above(a) and b not in s.above(c)]
    if not triples:
        return None
    a, c, b = w.rng.choice(triples)
    text = f"Place the {a} upon the {c}, on the condition that the {b} remains exactly where it is at present."
    return _made(w, text, both(rels(Rel("on", a, c)), kept(b)))


def t283_keep_youth(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    text = f"pop the {a} in the {bowl} but leave the {b} alone pls"
    return _made(w, text, both(rels(Rel("in", a, bowl)), kept(b)))


def t283_keep_granny6(w: World) -> Made:
    options = _not_in_bowl(w)
    if not options:
        return None
    a = w.rng.choice(options)
    keep = both(*(_kept_bowl(bw, w.state.in_bowl(bw)) for bw in w.bowls))
    text = f"Could you tidy the {a} away into the bin, dear, and leave the bowls just as they are?"
    return _made(w, text, both(binned([a]), keep))


def t283_keep_plain64(w: World) -> Made:
    options = [b for b in w.blocks if w.state.is_clear(b) and w.state.support[b] not in (TABLE, *PLACES)]
    if not options:
        return None
    a = w.rng.choice(options)
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"Put the {a} on the table and don't move anything else.",
                 both(rels(Rel("on_table", a)), kept(*rest)))


# ----- multi-step ---------------------------------------------------------------------------------------
def t283_multi_captain(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    pairs = [(b, c) for b in w.blocks for c in w.blocks if a not in (b, c) and _stackable(w, b, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    text = f"First stow the {a} in the bin, then put the {b} on top of the {c}."
    return _made(w, text, both(binned([a]), rels(Rel("on", b, c))))


def t283_multi_swedish2(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not options:
        return None
    a = w.rng.choice(options)
    bowl = w.state.support[a]
    others = [b for b in w.blocks if w.state.base(b) != bowl]
    if not others:
        return None
    b = w.rng.choice(others)
    text = (f"First take the {a} out from the {bowl} and put it on the table, and after that put the {b} "
            f"in the {bowl}.")
    return _made(w, text, rels(Rel("on_table", a), Rel("in", b, bowl)))


def t283_multi_lawyer2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    corner = w.rng.choice(_CORNERS)
    text = (f"First, move the {a} to the {corner}; thereafter, and only thereafter, place the {b} on top of "
            f"the {a}.")
    return _made(w, text, rels(Rel("at", a, corner), Rel("on", b, a)))


def t283_multi_youth(w: World) -> Made:
    options = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    if len(inside) > _BIN_MAX:
        return None
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if a not in inside and b not in inside and _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"first empty the {bowl} into the bin then stack the {a} on the {b}"
    return _made(w, text, both(binned(inside), rels(Rel("on", a, b))))


def t283_multi_granny6(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = _bowl_for(w, a, [b])
    if bowl is None:
        return None
    text = f"First put the {a} in the {bowl}, dear, and then the {b} can go in there with it."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t283_multi_plain64(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_for(w, below)
    if bowl is None:
        return None
    text = f"Take the {top} off the {below}, then put the {below} in the {bowl}."
    return _made(w, text, rels(Rel("on", top, below, negated=True), Rel("in", below, bowl)))


# ----- question -----------------------------------------------------------------------------------------
def t283_q_captain(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return _ask(f"Lookout! How many blocks are in the {bowl}? Report.", str(n))


def t283_q_swedish2(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
        if a in s.above(b):
            return None
    return _ask(f"Is the {a} standing on the {b}?", yes(holds(Rel("on", a, b), s)))


def t283_q_lawyer2(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    tops = w.state.on_top(a)
    answer = tops[0] if tops else "nothing"
    return _ask(f"Please state what, if anything, is resting directly on top of the {a}.", answer)


def t283_q_youth(w: World) -> Made:
    options = [b for b in w.blocks if w.state.base(b) in w.bowls]
    if not options:
        return None
    a = w.rng.choice(options)
    n = len(w.state.on_the_table())
    return _ask(f"how many blocks r on the table rn? and which bowl is the {a} in?", f"{n}|{w.state.base(a)}")


def t283_q_granny6(w: World) -> Made:
    options = [b for b in w.blocks if _where(w.state, b) is not None]
    if not options:
        return None
    a = w.rng.choice(options)
    answer = _where(w.state, a)
    assert answer is not None
    return _ask(f"Where has the {a} got to, dear? I can't see it anywhere.", answer)


def t283_q_plain64(w: World) -> Made:
    nb, nk = len(w.bowls), len(w.blocks)
    if nb == nk:
        return None
    return _ask("How many bowls are there, and how many blocks?", f"{nb}|{nk}")


# ----- matching -----------------------------------------------------------------------------------------
def t283_match_captain(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort the cargo: every block into the bowl of its own colour.", rels(*want))


def t283_match_swedish2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put the blocks in the bowls that have same colour as them.", rels(*want))


def t283_match_lawyer2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want]
    rest = [b for b in w.blocks if b not in movers]
    if any(b in w.state.above(m) for m in movers for b in rest):
        return None
    text = ("Any block whose colour matches that of a bowl shall be placed in that bowl; all other blocks are to "
            "remain where they are.")
    return _made(w, text, both(rels(*want), kept(*rest)))


def t283_match_youth(w: World) -> Made:
    want = matching(w)
    movers = [r.block for r in want]
    rest = [b for b in w.blocks if b not in movers]
    if not want or not rest or len(rest) > _BIN_MAX:
        return None
    text = "can u put each block that has a matching bowl in it, and bin the rest"
    return _made(w, text, both(rels(*want), binned(rest)))


def t283_match_granny6(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != r.target]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Could you put the block that's the same colour as the {r.target} into it, love?"
    return _made(w, text, rels(r))


def t283_match_plain64(w: World) -> Made:
    by_colour = {w.colour(bw): bw for bw in w.bowls}
    pairs = [(a, b, by_colour[w.colour(b)]) for a in w.blocks for b in w.blocks
             if a != b and w.colour(b) in by_colour and _room(w, by_colour[w.colour(b)], [a])]
    if not pairs:
        return None
    a, b, bowl = w.rng.choice(pairs)
    return _made(w, f"Put the {a} in the bowl that's the same colour as the {b}.", rels(Rel("in", a, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("captain", "swedish2", "lawyer2", "youth", "granny6", "plain64")
FRESH283: list[Template] = [
    (f"t283_{short}_{style}", category, globals()[f"t283_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
