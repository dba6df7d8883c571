"""`FRESH307`, the three-hundred-and-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing into the chat window in their own plain words.
The jobs are the everyday ones: a block into a bowl, onto another block or to a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table (one or two in a message). Six kinds of people write them:
- courier: a courier, fast and clipped: "red block in the blue bowl. quick."
- thai: a Thai speaker writing English with small slips, object names right: "Please you put the green block on
  top the yellow block."
- architect: an architect, spatial and careful: "Place the red block in the top left corner of the table."
- gamer4: a gamer, casual with game slang: "yeet the blue block into the bin lol"
- auntie3: an auntie, warm and chatty: "Oh sweetie, could you pop the pink block into the white bowl for me?"
- plain88: a plain, ordinary adult with no quirks, varied everyday sentences: "Clear out the blue bowl into the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 44b5f33: the code of 8a8dc04 and one change that asked nothing here,
0abdbdd, reverted after it, before anything it could prompt): 0.9433 goal-correct (283 of 300), 17 refused, 0 wrong
actions, 0 wrong replies. The refusals: a plain 'My goal is to get X off the table and into the bin.' (twice), an
architect's 'Ensure that exactly two blocks occupy W.', 'Into each bowl place the block that shares its colour, and make
sure no bowl holds a block of a different colour.', a Thai speaker's 'Put every block to the bowl that is same colour
with it, the other blocks don't move.'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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

_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """Every check holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    if check(w.state, w.state):
        return None
    return text, check


def _c(name: str) -> str:
    """The colour word of an object name ("red block" -> "red")."""
    return name.split()[0]


def _height(s: SymState, block: str) -> int:
    """How many blocks stand from the base of `block`'s tower up to it, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(w: World, top: str, below: str) -> bool:
    return top != below and _height(w.state, below) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _on_table(block: str) -> Check:
    """The block's tower stands on the table (a named place included)."""
    return lambda _i, f: f.base(block) in (TABLE, *PLACES)


def _lone(w: World, block: str) -> bool:
    s = w.state
    return s.support[block] not in s.support and s.is_clear(block) and s.support[block] != BIN


def _in_bowl_now(w: World, block: str) -> str | None:
    base = w.state.base(block)
    return base if base in w.state.bowls else None


def _tower(blocks: list[str], bottom: str | None = None) -> Check:
    """One tower of exactly these blocks in any order (standing anywhere but the bin), `bottom` lowest if given."""
    group = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        lows = [b for b in blocks if f.support[b] not in group]
        if len(lows) != 1 or f.base(lows[0]) == BIN or (bottom is not None and lows[0] != bottom):
            return False
        chain = [lows[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in group]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _extreme(w: World, ref: tuple[float, float], candidates: list[str], far: bool = False) -> str | None:
    """The candidate nearest to (or farthest from) `ref`, when it stands alone and clearly wins."""
    if len(candidates) < 2:
        return None

    def d(b: str) -> float:
        x, y = _xy(w, b)
        return ((x - ref[0]) ** 2 + (y - ref[1]) ** 2) ** 0.5

    ranked = sorted(candidates, key=d, reverse=far)
    best = ranked[0]
    if not _lone(w, best):
        return None
    if any(abs(d(b) - d(best)) < 0.04 for b in ranked[1:]):
        return None
    return best


def _stack_pair(w: World) -> tuple[str, str] | None:
    """A random (top, below) two blocks where top could go onto below."""
    options = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    return w.rng.choice(options) if options else None


def _bowl_with_room(w: World, n: int = 1) -> str | None:
    options = [b for b in w.bowls if _room(w, b, n)]
    return w.rng.choice(options) if options else None


# ----- imperative -----------------------------------------------------------------------------------
def t307_imp_courier(w: World) -> Made:
    bowl = _bowl_with_room(w)
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl]
    if not bowl or not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"{b} in the {bowl}. quick.", _act(rels(Rel("in", b, bowl))))


def t307_imp_thai(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Please you put the {a} on top the {b}.", _act(rels(Rel("on", a, b))))


def t307_imp_architect(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Place the {b} in the {place} of the table.", _act(rels(Rel("at", b, place))))


def t307_imp_gamer4(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"yeet the {b} into the bin lol", _act(binned([b])))


def t307_imp_auntie3(w: World) -> Made:
    bowl = _bowl_with_room(w)
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl]
    if not bowl or not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"Oh sweetie, could you pop the {b} into the {bowl} for me? Thank you so much!",
                 _act(rels(Rel("in", b, bowl))))


def t307_imp_plain88(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Clear out the {bowl} into the bin.", _act(binned(inside), empty(bowl)))


# ----- declarative ----------------------------------------------------------------------------------
def t307_dec_courier(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"{a} on the {b}. that's the job.", _act(rels(Rel("on", a, b))))


def t307_dec_thai(w: World) -> Made:
    bowl = _bowl_with_room(w)
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl]
    if not bowl or not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"The {b} should be inside the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t307_dec_architect(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"In the final arrangement, the {b} sits at the {_MIDDLE} of the table.",
                 _act(rels(Rel("at", b, _MIDDLE))))


def t307_dec_gamer4(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"end state: {b} in the bin, gg", _act(binned([b])))


def t307_dec_auntie3(w: World) -> Made:
    bowl = _bowl_with_room(w)
    loose = [b for b in w.blocks if _in_bowl_now(w, b) is None]
    if not bowl or not loose:
        return None
    b = w.rng.choice(loose)
    return _made(w, f"The {b} really ought to be sitting in the {bowl}, love, it looks so lonely out there.",
                 _act(rels(Rel("in", b, bowl))))


def t307_dec_plain88(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} should be empty.", _act(empty(bowl)))


# ----- desiderative ---------------------------------------------------------------------------------
def t307_des_courier(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"want the {a} on the {b}. asap", _act(rels(Rel("on", a, b))))


def t307_des_thai(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    three = w.pick(w.blocks, 3)
    bottom = three[0]
    others = three[1:]
    text = (f"I want to make one tower with the {three[0]}, the {others[0]} and the {others[1]}, "
            f"the {_c(bottom)} one is at the bottom.")
    return _made(w, text, _act(_tower(three, bottom)))


def t307_des_architect(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(_CORNERS)
    return _made(w, f"I'd like the {b} positioned in the {place}, please.", _act(rels(Rel("at", b, place))))


def t307_des_gamer4(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"ngl i just want the {a} sitting on the {b}", _act(rels(Rel("on", a, b))))


def t307_des_auntie3(w: World) -> Made:
    bowl = _bowl_with_room(w)
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl]
    if not bowl or not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"What I'd really love, darling, is for the {b} to be in the {bowl}.",
                 _act(rels(Rel("in", b, bowl))))


def t307_des_plain88(w: World) -> Made:
    table = w.state.on_the_table()
    if not table:
        return None
    b = w.rng.choice(table)
    return _made(w, f"My goal is to get the {b} off the table and into the bin.", _act(binned([b])))


# ----- quantified -----------------------------------------------------------------------------------
def t307_qua_courier(w: World) -> Made:
    return _made(w, "all blocks in the bin.", _act(binned(w.blocks)))


def t307_qua_thai(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    bowls = w.bowls
    blocks = w.blocks
    check = _act(lambda _i, f: all(f.base(b) in bowls for b in blocks))
    return _made(w, "Please put each block in a bowl, any bowl is ok.", check)


def t307_qua_architect(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    options = [n for n in range(1, min(layout.BOWL_CAPACITY, len(w.blocks)) + 1) if n != now]
    if not options:
        return None
    n = w.rng.choice(options)
    noun = "block" if n == 1 else "blocks"
    verb = "occupies" if n == 1 else "occupy"
    return _made(w, f"Ensure that exactly {_NUMBERS[n]} {noun} {verb} the {bowl}.", _act(count_in(bowl, n)))


def t307_qua_gamer4(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "stack every single block into one big tower", _act(_tower(w.blocks)))


def t307_qua_auntie3(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(w.blocks) < len(bowls) or w.state.in_bowls():
        return None
    check = _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))
    return _made(w, "Could you put one block in each bowl, sweetheart? Any block will do, I'm not fussy.", check)


def t307_qua_plain88(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    check = _act(*(_on_table(b) for b in inside))
    return _made(w, f"Take every block out of the {bowl} and put them on the table.", check)


# ----- negated --------------------------------------------------------------------------------------
def t307_neg_courier(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b]
    return _made(w, f"everything in the bin except the {b}.", _act(binned(others), none_binned([b])))


def t307_neg_thai(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Please put all block into the bin, but not the {a} and not the {b}.",
                 _act(binned(others), none_binned([a, b])))


def t307_neg_architect(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    check = _act(lambda _i, f: f.base(b) not in (bowl, BIN))
    return _made(w, f"Take the {b} out of the {bowl}, but do not put it in the bin.", check)


def t307_neg_gamer4(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 2 or w.state.in_bowls():  # no block in a bowl: "on the table" means every block
        return None
    keep = w.rng.choice(table)
    others = [x for x in table if x != keep]
    return _made(w, f"bin every block on the table, not the {keep} tho",
                 _act(binned(others), none_binned([keep])))


def t307_neg_auntie3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    s = w.state
    spare = [x for x in w.blocks if x not in (a, b) and x not in s.above(a) and x not in s.above(b)]
    if not spare:
        return None
    c = w.rng.choice(spare)
    return _made(w, f"Oh, don't touch the {c}, dear, but could you put the {a} on the {b}?",
                 _act(rels(Rel("on", a, b)), kept(c)))


def t307_neg_plain88(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    check = _act(lambda _i, f: f.support[a] != b and f.base(a) != BIN)
    return _made(w, f"Move the {a} off the {b}, but not into the bin.", check)


# ----- relative -------------------------------------------------------------------------------------
def t307_rel_courier(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"block on top of the {below} -> bin.", _act(binned([top])))


def t307_rel_thai(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    options = [bw for bw in w.bowls if w.state.base(below) != bw and _room(w, bw)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"Please take the block under the {top} and put it in the {bowl}.",
                 _act(rels(Rel("in", below, bowl))))


def t307_rel_architect(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if w.state.in_bowl(bowl):
        return None
    b = _extreme(w, _xy(w, bowl), w.blocks)
    if not b:
        return None
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Take the block nearest to the {bowl} and set it down in the {place}.",
                 _act(rels(Rel("at", b, place))))


def t307_rel_gamer4(w: World) -> Made:
    b = _extreme(w, layout.BIN_CENTER, w.blocks)
    if not b:
        return None
    return _made(w, "whichever block is closest to the bin, yeet it in there", _act(binned([b])))


def t307_rel_auntie3(w: World) -> Made:
    solo = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not solo:
        return None
    bowl = w.rng.choice(solo)
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"That little block sitting all by itself in the {bowl}, could you move it out onto the "
                    f"table for me, love?", _act(_on_table(b)))


def t307_rel_plain88(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if w.state.in_bowl(bowl):
        return None
    b = _extreme(w, _xy(w, bowl), w.blocks, far=True)
    if not b:
        return None
    return _made(w, f"Move the block that's farthest from the {bowl} into the bin.", _act(binned([b])))


# ----- keep -----------------------------------------------------------------------------------------
def t307_keep_courier(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if not bowl or len(w.blocks) < 2:
        return None
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    spare = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not spare:
        return None
    c = w.rng.choice(spare)
    return _made(w, f"{b} to the {bowl}. leave the {c} where it is.",
                 _act(rels(Rel("in", b, bowl)), kept(c)))


def t307_keep_thai(w: World) -> Made:
    s = w.state
    options = [b for b in w.blocks if s.support[b] not in s.support]
    if not options or len(w.blocks) < 2:
        return None
    keep = w.rng.choice(options)
    others = [x for x in w.blocks if x != keep]
    return _made(w, f"Throw all the blocks in the bin, but the {keep} please keep it where it is.",
                 _act(binned(others), kept(keep)))


def t307_keep_architect(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    s = w.state
    spare = [x for x in w.blocks if x not in (a, b) and x not in s.above(a) and x not in s.above(b)]
    if not spare:
        return None
    c = w.rng.choice(spare)
    return _made(w, f"Stack the {a} on top of the {b}; the {c} should remain exactly where it is.",
                 _act(rels(Rel("on", a, b)), kept(c)))


def t307_keep_gamer4(w: World) -> Made:
    options = [bw for bw in w.bowls if w.state.in_bowl(bw) and _room(w, bw)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    b = w.rng.choice(outside)
    return _made(w, f"put the {b} in the {bowl} but dont mess with the blocks already in there",
                 _act(rels(Rel("in", b, bowl)), kept(*inside)))


def t307_keep_auntie3(w: World) -> Made:
    inside = w.state.in_bowls()
    table = w.state.on_the_table()
    if not inside or not table:
        return None
    return _made(w, "Could you tidy everything off the table into the bin, dear? But leave the blocks in the "
                    "bowls just as they are.", _act(binned(table), kept(*inside)))


def t307_keep_plain88(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    b = w.rng.choice(w.blocks)
    spare = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not spare:
        return None
    c = w.rng.choice(spare)
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Put the {b} in the {place} and keep the {c} in its place.",
                 _act(rels(Rel("at", b, place)), kept(c)))


# ----- multi-step -----------------------------------------------------------------------------------
def t307_multi_courier(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    r = w.rng.choice(w.blocks)
    rest = [x for x in w.blocks if x != r]
    options = [(a, b) for a in rest for b in rest if _can_stack(w, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    return _made(w, f"first {r} in the bin. then {a} on the {b}.",
                 _act(binned([r]), rels(Rel("on", a, b))))


def t307_multi_thai(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"First you take the {b} out from the {bowl}, after that put it on the table at the "
                    f"{_MIDDLE}.", _act(rels(Rel("at", b, _MIDDLE))))


def t307_multi_architect(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Begin by placing the {a} in the {place}; next, stack the {b} directly on it.",
                 _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t307_multi_gamer4(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"step 1 bin the {a}, step 2 bin the {b}, ez", _act(binned([a, b])))


def t307_multi_auntie3(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    need = sum(1 for x in (a, b) if w.state.base(x) != bowl)
    if w.state.base(a) == bowl or not _room(w, bowl, need):
        return None
    return _made(w, f"First, sweetie, put the {a} in the {bowl}, and after that pop the {b} in there with it.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t307_multi_plain88(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    b = w.rng.choice(outside)
    check = _act(rels(Rel("in", b, bowl)), lambda _i, f: all(f.base(x) != bowl for x in inside))
    return _made(w, f"Empty the {bowl} first, then put the {b} in it.", check)


# ----- question -------------------------------------------------------------------------------------
def t307_q_courier(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"how many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t307_q_thai(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = holds(Rel("on", a, b), w.state)
    return f"The {a} is on the {b} or not?", answered(yes(flag))


def t307_q_architect(w: World) -> Made:
    s = w.state
    covered = [b for b in w.blocks if s.on_top(b)]
    if covered and w.rng.random() < 0.5:
        b = w.rng.choice(covered)
    else:
        b = w.rng.choice(w.blocks)
    tops = s.on_top(b)
    return f"What is resting directly on top of the {b}?", answered(tops[0] if tops else "nothing")


def t307_q_gamer4(w: World) -> Made:
    return "quick q: how many blocks we got in total?", answered(str(len(w.blocks)))


def t307_q_auntie3(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    flag = _in_bowl_now(w, b) is not None
    n = len(w.bowls)
    return (f"Is the {b} in a bowl, dear? And how many bowls have you got out there on the table?",
            answered(f"{yes(flag)}|{n}"))


def t307_q_plain88(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return f"Which bowl is the {b} in?", answered(w.state.base(b))


# ----- matching -------------------------------------------------------------------------------------
def t307_match_courier(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "blocks into same colour bowls.", _act(rels(*want)))


def t307_match_thai(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want if not holds(r, w.state)]
    s = w.state
    stay = [b for b in w.blocks if b not in [r.block for r in want]]
    if any(x in s.above(m) for m in movers for x in stay):
        return None
    return _made(w, "Put every block to the bowl that is same colour with it, the other blocks don't move.",
                 _act(rels(*want), kept(*stay)))


def t307_match_architect(w: World) -> Made:
    want = matching(w)
    if len(want) != len(w.bowls):  # every bowl has a block of its colour
        return None
    bowls = w.bowls
    colour = w.colour

    def pure(_i: SymState, f: SymState) -> bool:
        return all(colour(b) == colour(bw) for bw in bowls for b in f.in_bowl(bw))

    return _made(w, "Into each bowl place the block that shares its colour, and make sure no bowl holds a block "
                    "of a different colour.", _act(rels(*want), pure))


def t307_match_gamer4(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in [r.block for r in want]]
    if not want or not rest:
        return None
    return _made(w, "colour match time: blocks go in the bowl of their colour, the rest go in the bin",
                 _act(rels(*want), binned(rest)))


def t307_match_auntie3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Oh, it would be lovely if every block was sitting in the bowl of its own colour, sweetheart.",
                 _act(rels(*want)))


def t307_match_plain88(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    bowl = r.target
    return _made(w, f"Find the block that's the same colour as the {bowl} and put it in that bowl.",
                 _act(rels(r)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("courier", "thai", "architect", "gamer4", "auntie3", "plain88")
FRESH307: list[Template] = [
    (f"t307_{short}_{style}", category, globals()[f"t307_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
