"""`FRESH191`, the hundred-and-ninety-second untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words. An airline pilot talks in checklists ("proceed to", "confirm", "step one"); a
hairdresser is chatty ("love", "just pop", "gorgeous"); a lab technician is precise ("transfer", "the contents",
"report"); a corner-shop owner is plain ("shove", "chuck", "put away in the bin"); a house painter is practical
("shift", "out of the way", "don't touch"); and a grandchild types for their grandma ("Grandma says ...", "she
wants"). They ask for the everyday jobs: a block into a bowl, onto another block or a named place, stacks, sorting
by colour, emptying a bowl or the table into the bin, leaving some things as they are, and plain questions about
the table (one or two in a message). The checks accept any order and any free choice the words leave open (which
two blocks, which bowl, where a block that had to be moved off another ends up), require the gripper to be empty
at the end, and refuse a goal that already holds. The six styles:

- pilot: "Proceed to place the red block in the blue bowl."
- stylist: "Could you just pop the green block on top of the red block for me? Love that."
- lab: "Transfer the yellow block to the top left corner."
- shop: "Shove the pink block in the bin, would you."
- painter: "Shift the cyan block out of the green bowl and onto the white block."
- grandma: "Grandma says can you take the red block out of the blue bowl and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on fd47be6, the code of 31e697b, before anything it could prompt): 0.86
goal-correct (258 of 300), 39 refused. Three wrong actions: "Shift every block that's sitting on the table, not in a
bowl, over to the top right corner." moved one block (the aside left a comma that cut the clause, and the second part
read 'it'). The refusals: "out of the way", "it would look gorgeous in there", "Put three of the blocks in the bin, I
don't mind which three.", "Grandma says every single block has to go in a bowl, she doesn't mind which bowl.", "Bin
every block that isn't in a bowl, but none of the ones in the bowls.", "I don't want any block stacked on another block:
take the stacks apart, but don't put anything in the bin.", "leave Y just where it is, I love it there", "don't touch Y
or anything in W", "Report the number of blocks currently in W.".
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
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
_CORNERS = [p for p in PLACES if p != "middle"]


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(w: World, text: str, *checks: Check) -> Made:
    """An action: the gripper ends empty and every check holds; None when the scene already satisfies it."""
    check = both(_idle, *checks)
    return None if check(w.state, w.state) else (text, check)


def _where(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    """Whether the bowl can take the blocks (a bowl holds at most four)."""
    new = [b for b in adding if w.state.base(b) != bowl]
    return len(w.state.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _depth(w: World, block: str) -> int:
    """How many blocks the tower holds from the bottom up to and including `block`."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _stacked(w: World) -> list[str]:
    """Blocks resting on another block."""
    return [b for b, s in w.state.support.items() if s in w.state.support]


def _can_stack(w: World, a: str, b: str) -> bool:
    """Whether `a` can go straight onto `b`: different, not already there, and the tower stays low enough."""
    return a != b and w.state.support[a] != b and _depth(w, b) + 1 <= layout.MAX_TOWER


def _on_table(block: str) -> Rel:
    return Rel("on_table", block)


def _base_is(block: str, *targets: str) -> Check:
    return lambda _i, f: f.base(block) in targets


def _base_not(block: str, *targets: str) -> Check:
    return lambda _i, f: f.base(block) not in targets


def _blocks_in(w: World, bowl: str) -> list[str]:
    return w.state.in_bowl(bowl)


def _colour_bowl(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


# ----- imperative ---------------------------------------------------------------------------------------
def t191_imp_pilot(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not a or not _room(w, bowl, a):
        return None
    text = w.rng.choice([
        f"Proceed to place the {a[0]} in the {bowl}.",
        f"Checklist item: pick up the {a[0]} and put it into the {bowl}. Proceed.",
    ])
    return _goal(w, text, rels(Rel("in", a[0], bowl)))


def t191_imp_stylist(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_stack(w, a, b):
        return None
    text = w.rng.choice([
        f"Could you just pop the {a} on top of the {b} for me? Love that.",
        f"Oh, just pop the {a} onto the {b}, would you, love?",
    ])
    return _goal(w, text, rels(Rel("on", a, b)))


def t191_imp_lab(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    place = w.rng.choice(PLACES)
    return _goal(w, f"Transfer the {a} to {_where(place)}.", rels(Rel("at", a, place)))


def t191_imp_shop(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    text = w.rng.choice([f"Shove the {a} in the bin, would you.", f"Chuck the {a} in the bin."])
    return _goal(w, text, binned([a]))


def t191_imp_painter(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    others = [b for b in w.blocks if w.state.base(b) != bowl and _can_stack(w, a, b)]
    if not others:
        return None
    b = w.pick(others)[0]
    return _goal(w, f"Shift the {a} out of the {bowl} and onto the {b}.", rels(Rel("on", a, b)))


def t191_imp_grandma(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    text = f"Grandma says can you take the {a} out of the {bowl} and put it on the table."
    return _goal(w, text, rels(_on_table(a)))


# ----- declarative --------------------------------------------------------------------------------------
def t191_dec_pilot(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a, b = w.pick(w.blocks, 2)
    if w.state.base(a) == bowl or not _room(w, bowl, [a]) or a in w.state.above(b):
        return None
    text = f"Target configuration: the {a} in the {bowl} and the {b} in the bin."
    return _goal(w, text, rels(Rel("in", a, bowl), Rel("in_bin", b)))


def t191_dec_stylist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a, b = w.pick(w.blocks, 2)
    if not _room(w, bowl, [a, b]):
        return None
    text = f"The {a} and the {b} both go in the {bowl}, love, that's the look."
    return _goal(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t191_dec_lab(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = f"Required end state: the {a} is at {_where(place)} and the {b} is stacked directly on top of it."
    return _goal(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


def t191_dec_shop(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([f"The {a} belongs in the bin, and so does the {b}.",
                         f"The {a} and the {b} are going in the bin."])
    return _goal(w, text, binned([a, b]))


def t191_dec_painter(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.rng.choice(_CORNERS)
    text = w.rng.choice([f"The {a} needs to be in the {corner}, out of the way.",
                         f"The {a} should be sitting over in the {corner}, out of my way."])
    return _goal(w, text, rels(Rel("at", a, corner)))


def t191_dec_grandma(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_stack(w, a, b):
        return None
    return _goal(w, f"Grandma says the {a} is meant to be on top of the {b}.", rels(Rel("on", a, b)))


# ----- desiderative -------------------------------------------------------------------------------------
def t191_des_pilot(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_stack(w, a, b):
        return None
    return _goal(w, f"I'd like the {a} stacked on the {b} before we proceed.", rels(Rel("on", a, b)))


def t191_des_stylist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not a or not _room(w, bowl, a):
        return None
    text = f"I'd love the {a[0]} in the {bowl}, it would look gorgeous in there."
    return _goal(w, text, rels(Rel("in", a[0], bowl)))


def t191_des_lab(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    p, q = w.rng.sample(PLACES, 2)
    text = f"I want the {a} transferred to {_where(p)} and the {b} transferred to {_where(q)}."
    return _goal(w, text, rels(Rel("at", a, p), Rel("at", b, q)))


def t191_des_shop(w: World) -> Made:
    full = [b for b in w.bowls if _blocks_in(w, b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = w.rng.choice([f"I want the {bowl} emptied into the bin.",
                         f"I want everything in the {bowl} put in the bin."])
    return _goal(w, text, binned(_blocks_in(w, bowl)), empty(bowl))


def t191_des_painter(w: World) -> Made:
    under = [s for _b, s in w.pairs()]
    if not under:
        return None
    a = w.pick(under)[0]
    return _goal(w, f"Make it so that nothing is sitting on top of the {a}.", rels(Rel("clear", a)))


def t191_des_grandma(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a, b = w.pick(w.blocks, 2)
    if w.state.base(b) == bowl or not _room(w, bowl, [b]) or b in w.state.above(a):
        return None
    text = f"Grandma says she'd like the {a} in the bin and the {b} in the {bowl}."
    return _goal(w, text, rels(Rel("in_bin", a), Rel("in", b, bowl)))


# ----- quantified ---------------------------------------------------------------------------------------
def t191_qua_pilot(w: World) -> Made:
    n = _NUMBERS[len(w.blocks)]
    text = w.rng.choice([f"Proceed to put all {n} blocks in the bin.",
                         f"All {n} blocks into the bin, please. Proceed."])
    return _goal(w, text, binned(w.blocks))


def t191_qua_stylist(w: World) -> Made:
    full = [b for b in w.bowls if _blocks_in(w, b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = _blocks_in(w, bowl)
    text = f"Pop every block that's in the {bowl} out onto the table for me, love."
    return _goal(w, text, *(_base_is(b, TABLE, *PLACES) for b in inside))


def t191_qua_lab(w: World) -> Made:
    bare = [b for b in w.bowls if not _blocks_in(w, b)]
    if not bare:
        return None
    bowl = w.pick(bare)[0]
    text = f"Transfer two blocks, any two, into the empty {bowl}."
    return _goal(w, text, count_in(bowl, 2))


def t191_qua_shop(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = w.rng.choice(["Put three of the blocks in the bin, I don't mind which three.",
                         "Chuck any three blocks in the bin."])
    return _goal(w, text, lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3)


def t191_qua_painter(w: World) -> Made:
    out = [b for b in w.blocks if w.state.base(b) == TABLE]
    if not out or len(out) > 4:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"Shift every block that's sitting on the table, not in a bowl, over to the {corner}."
    return _goal(w, text, rels(*(Rel("at", b, corner) for b in out)))


def t191_qua_grandma(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    text = "Grandma says every single block has to go in a bowl, she doesn't mind which bowl."
    return _goal(w, text, *(_base_is(b, *w.bowls) for b in w.blocks))


# ----- negated ------------------------------------------------------------------------------------------
def t191_neg_pilot(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a]
    text = f"Put every block in the bin except the {a}. The {a} does not go in the bin."
    return _goal(w, text, binned(rest), none_binned([a]))


def t191_neg_stylist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(a) == bowl or not _room(w, bowl, [a]):
        return None
    text = f"Don't leave the {a} on the {b}, love, pop it in the {bowl} instead."
    return _goal(w, text, rels(Rel("in", a, bowl)))


def t191_neg_lab(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    text = f"Remove the {a} from the {bowl}, but do not put it in the bin."
    return _goal(w, text, _base_not(a, bowl, BIN))


def t191_neg_shop(w: World) -> Made:
    inside = w.in_bowls()
    out = [b for b in w.blocks if b not in inside]
    if not inside or not out:
        return None
    text = w.rng.choice(["Bin every block that isn't in a bowl, but none of the ones in the bowls.",
                         "Shove all the blocks that aren't in a bowl into the bin. Not the ones in the bowls."])
    return _goal(w, text, binned(out), none_binned(inside))


def t191_neg_painter(w: World) -> Made:
    if not w.pairs():
        return None
    text = "I don't want any block stacked on another block: take the stacks apart, but don't put anything in the bin."
    flat: Check = lambda _i, f: all(f.support[b] not in f.support for b in f.blocks)
    return _goal(w, text, flat, none_binned(w.blocks))


def t191_neg_grandma(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(w.bowls) < 2:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    other = w.pick([b for b in w.bowls if b != bowl])[0]
    if not _room(w, other, [a]):
        return None
    text = f"Grandma says the {a} shouldn't be in the {bowl}, she wants it in the {other} instead."
    return _goal(w, text, rels(Rel("in", a, other)))


# ----- relative -----------------------------------------------------------------------------------------
def t191_rel_pilot(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, a = w.rng.choice(pairs)
    place = w.rng.choice(PLACES)
    text = f"Move the block that is on top of the {a} to {_where(place)}."
    return _goal(w, text, rels(Rel("at", top, place)))


def t191_rel_stylist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, under = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(under) == bowl or not _room(w, bowl, [under]):
        return None
    text = f"See the block the {a} is sitting on? Pop that one in the {bowl}, would you?"
    return _goal(w, text, rels(Rel("in", under, bowl)))


def t191_rel_lab(w: World) -> Made:
    up = _stacked(w)
    if not up:
        return None
    a = w.pick(up)[0]
    bottom = _below(w, a)[-1]
    place = w.rng.choice(PLACES)
    text = f"Transfer the block at the bottom of the stack containing the {a} to {_where(place)}."
    return _goal(w, text, rels(Rel("at", bottom, place)))


def t191_rel_shop(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    near = sorted((b for b in w.blocks if w.state.base(b) != bowl), key=lambda b: w.dist(b, bowl))
    if not near:
        return None
    best = near[0]
    if w.state.support[best] != TABLE or not w.state.is_clear(best) or not _room(w, bowl, [best]):
        return None
    if len(near) > 1 and w.dist(near[1], bowl) - w.dist(best, bowl) < 0.05:
        return None
    text = f"Shove the block that's closest to the {bowl} into it."
    return _goal(w, text, rels(Rel("in", best, bowl)))


def t191_rel_painter(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    towers = sorted(((len(w.state.above(b)) + 1, b) for b in bottoms), reverse=True)
    if towers[0][0] < 2 or (len(towers) > 1 and towers[1][0] == towers[0][0]):
        return None
    top = w.state.above(towers[0][1])[0]
    text = "Shift the block on the very top of the tallest stack into the bin."
    return _goal(w, text, binned([top]))


def t191_rel_grandma(w: World) -> Made:
    single = [b for b in w.bowls if len(_blocks_in(w, b)) == 1]
    if not single:
        return None
    bowl = w.pick(single)[0]
    x = _blocks_in(w, bowl)[0]
    targets = [b for b in w.blocks if _can_stack(w, x, b) and w.colour(b) != w.colour(bowl)]
    if not targets:
        return None
    a = w.pick(targets)[0]
    text = f"Grandma says the block that's in the {bowl} should go on top of the {a}."
    return _goal(w, text, rels(Rel("on", x, a)))


# ----- keep ---------------------------------------------------------------------------------------------
def t191_keep_pilot(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl])
    if not a or not _room(w, bowl, a):
        return None
    stay = [b for b in w.blocks if b != a[0] and b not in w.state.above(a[0])]
    if not stay:
        return None
    b = w.pick(stay)[0]
    text = f"Place the {a[0]} in the {bowl}. The {b} stays where it is; do not move it."
    return _goal(w, text, rels(Rel("in", a[0], bowl)), kept(b))


def t191_keep_stylist(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_stack(w, a, b):
        return None
    stay = [c for c in w.blocks if c not in (a, b, *w.state.above(a), *w.state.above(b))]
    if not stay:
        return None
    c = w.pick(stay)[0]
    text = f"Pop the {a} on top of the {b}, but leave the {c} just where it is, I love it there."
    return _goal(w, text, rels(Rel("on", a, b)), kept(c))


def t191_keep_lab(w: World) -> Made:
    full = [b for b in w.bowls if _blocks_in(w, b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = _blocks_in(w, bowl)
    a = w.pick([b for b in w.blocks if b not in inside])
    if not a:
        return None
    text = f"Transfer the {a[0]} to the bin. The contents of the {bowl} must remain undisturbed."
    return _goal(w, text, binned(a), kept(*inside))


def t191_keep_shop(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2 or len(w.blocks) < 3:
        return None
    a, b = w.pick(clear, 2)
    rest = [c for c in w.blocks if c not in (a, b)]
    text = w.rng.choice([f"Bin the {a} and the {b}, and leave everything else alone.",
                         f"Put the {a} and the {b} away in the bin. Don't touch anything else."])
    return _goal(w, text, binned([a, b]), kept(*rest))


def t191_keep_painter(w: World) -> Made:
    full = [b for b in w.bowls if _blocks_in(w, b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = _blocks_in(w, bowl)
    a = w.pick([b for b in w.blocks if b not in inside])
    if not a:
        return None
    stay = [b for b in w.blocks if b not in inside and b != a[0] and b not in w.state.above(a[0])]
    if not stay:
        return None
    b = w.pick(stay)[0]
    corner = w.rng.choice(_CORNERS)
    text = f"Shift the {a[0]} to the {corner}, but don't touch the {b} or anything in the {bowl}."
    return _goal(w, text, rels(Rel("at", a[0], corner)), kept(b, *inside))


def t191_keep_grandma(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2 or len(w.blocks) < 3:
        return None
    a, b = w.pick(clear, 2)
    if not _can_stack(w, a, b):
        return None
    rest = [c for c in w.blocks if c not in (a, b)]
    text = f"Grandma says stack the {a} on the {b}, and leave all the other blocks where they are."
    return _goal(w, text, rels(Rel("on", a, b)), kept(*rest))


# ----- multi-step ---------------------------------------------------------------------------------------
def t191_multi_pilot(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a, b = w.pick(w.blocks, 2)
    if not _room(w, bowl, [a, b]):
        return None
    text = f"Step one: place the {a} in the {bowl}. Step two: place the {b} on top of the {a}. Proceed."
    return _goal(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def t191_multi_stylist(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = f"First pop the {a} in the bin, then move the {b} over to {_where(place)}, love."
    return _goal(w, text, binned([a]), rels(Rel("at", b, place)))


def t191_multi_lab(w: World) -> Made:
    full = [b for b in w.bowls if _blocks_in(w, b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = _blocks_in(w, bowl)
    a = w.pick([b for b in w.blocks if b not in inside])
    if not a:
        return None
    text = f"First empty the {bowl} into the bin, then transfer the {a[0]} into the {bowl}."
    return _goal(w, text, binned(inside), rels(Rel("in", a[0], bowl)), count_in(bowl, 1))


def t191_multi_shop(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Take the {a} off the {b} and put it on the table, then chuck the {b} in the bin."
    return _goal(w, text, rels(_on_table(a)), binned([b]))


def t191_multi_painter(w: World) -> Made:
    under = [s for _b, s in w.pairs()]
    if not under:
        return None
    a = w.pick(under)[0]
    on = w.state.above(a)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [a]):
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"First shift whatever's sitting on the {a} over to the {corner}, then shift the {a} into the {bowl}."
    return _goal(w, text, rels(*(Rel("at", b, corner) for b in on), Rel("in", a, bowl)))


def t191_multi_grandma(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    low = _below(w, b)
    if a in low or c in low or _depth(w, b) + 2 > layout.MAX_TOWER:
        return None
    text = f"Grandma says: first the {a} goes on the {b}, and after that the {c} goes on top of the {a}."
    return _goal(w, text, rels(Rel("on", a, b), Rel("on", c, a)))


# ----- questions ----------------------------------------------------------------------------------------
def t191_q_pilot(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = [b for b in w.blocks if w.state.support[b] == bowl]
    outside = [b for b in w.blocks if w.state.support[b] == TABLE]
    pool = inside if inside and w.rng.random() < 0.5 else outside
    if not pool:
        return None
    a = w.pick(pool)[0]
    return f"Confirm: is the {a} in the {bowl}? Yes or no.", answered(yes(w.state.support[a] == bowl))


def t191_q_stylist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, a = w.rng.choice(pairs)
    return f"Ooh, what colour's the block sitting on top of the {a}?", answered(w.colour(top))


def t191_q_lab(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = w.state.count_at(bowl)
    text = w.rng.choice([f"Report the number of blocks currently in the {bowl}.",
                         f"How many blocks does the {bowl} contain at present?"])
    return text, answered(str(n))


def t191_q_shop(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n, m = w.state.count_at(TABLE), w.state.count_at(bowl)
    if n == m:
        return None
    text = f"How many blocks are out on the table, not in a bowl? And how many are in the {bowl}?"
    return text, answered(f"{n}|{m}")


def t191_q_painter(w: World) -> Made:
    pairs = w.pairs()
    covered = [s for _b, s in pairs]
    bare = [b for b in w.blocks if b not in covered]
    pool = covered if covered and w.rng.random() < 0.5 else bare
    a = w.pick(pool)[0]
    return f"Is there anything sitting on top of the {a}?", answered(yes(a in covered))


def t191_q_grandma(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
        if b in _below(w, a):
            return None
    on = w.state.support[a] == b
    text = f"Grandma wants to know two things: is the {a} on top of the {b}, and how many bowls are there?"
    return text, answered(f"{yes(on)}|{len(w.bowls)}")


# ----- matching -----------------------------------------------------------------------------------------
def _matches_fit(w: World, wanted: list[Rel]) -> bool:
    return all(_room(w, bowl, [r.block for r in wanted if r.target == bowl]) for bowl in w.bowls)


def t191_match_pilot(w: World) -> Made:
    wanted = matching(w)
    if not wanted or not _matches_fit(w, wanted):
        return None
    text = "Colour check: every block that has a bowl of its own colour goes into that bowl. Proceed."
    return _goal(w, text, rels(*wanted))


def t191_match_stylist(w: World) -> Made:
    wanted = matching(w)
    if not wanted:
        return None
    r = w.rng.choice(wanted)
    if not _room(w, r.target, [r.block]):
        return None
    return _goal(w, f"Pop the {r.block} in the bowl that matches it, love.", rels(r))


def t191_match_lab(w: World) -> Made:
    wanted = matching(w)
    if not wanted:
        return None
    r = w.rng.choice(wanted)
    if not _room(w, r.target, [r.block]):
        return None
    text = f"Transfer the block whose colour matches the {r.target} into that bowl."
    return _goal(w, text, rels(r))


def t191_match_shop(w: World) -> Made:
    wanted = matching(w)
    rest = [b for b in w.blocks if not _colour_bowl(w, b)]
    if not wanted or not rest or not _matches_fit(w, wanted):
        return None
    text = "Put each block in the bowl that's the same colour, and chuck any block without a matching bowl in the bin."
    return _goal(w, text, rels(*wanted), binned(rest))


def t191_match_painter(w: World) -> Made:
    wanted = matching(w)
    rest = [b for b in w.blocks if not _colour_bowl(w, b)]
    if not wanted or not rest or not _matches_fit(w, wanted):
        return None
    moving = [r.block for r in wanted if w.state.base(r.block) != r.target]
    if any(b in w.state.above(m) for m in moving for b in rest):
        return None
    text = "Every block with a bowl of the same colour goes in that bowl; leave the other blocks where they are."
    return _goal(w, text, rels(*wanted), kept(*rest))


def t191_match_grandma(w: World) -> Made:
    wanted = matching(w)
    if not wanted or len(w.blocks) < 2:
        return None
    r = w.rng.choice(wanted)
    if not _room(w, r.target, [r.block]):
        return None
    b = w.pick([c for c in w.blocks if c != r.block])[0]
    text = f"Grandma says the {r.block} goes in the bowl that's the same colour as it, and the {b} goes in the bin."
    return _goal(w, text, rels(r), binned([b]))


# ----- the batch ----------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pilot", "stylist", "lab", "shop", "painter", "grandma")
FRESH191: list[Template] = [
    (f"t191_{short}_{style}", category, globals()[f"t191_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
