"""`FRESH196`, the hundred-and-ninety-seventh untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words. A hospital porter pops things over and whips them into bowls; a wedding
planner arranges everything just so around a centrepiece; a train guard talks of stops, boarding and minding the
gap; a maths teacher says exactly, each and at least; a dog walker rambles ("right so", "anyway") around a clear
request; and a non-native speaker's translation app gives stiff, literal but clear sentences. The jobs are the
everyday ones: a block into a bowl, onto another block or a named place, towers, colour matching, the bin, leaving
some things alone, and plain questions (one or two in a message). The checks accept every outcome the words allow
(any order, any free choice they leave open), require an empty gripper after actions, and reject doing nothing; blocks
the words do not send to the bin must not end up there, and what the words say to leave must rest where it rested.
The six styles:

- porter: "Whip the red block into the blue bowl, would you? Ta."
- planner: "Please arrange the green block on top of the red block, just so."
- guard: "Take the yellow block to the top left corner, please. All aboard!"
- teacher: "Put exactly two blocks in the bin, any two."
- walker: "Right so, the pink block, yeah? Stick it in the bin. Anyway, cheers."
- app: "I request that you take the cyan block and put it down on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 8a26d21, the code of f4335ca, before anything it could prompt): 0.6967
goal-correct (209 of 300), 75 refused, 2 asked. Nine wrong actions: "Build a tower of exactly three blocks: X at the
bottom, Y on it and Z on top." built a tower of four ('of exactly three' not read as its height); "Exactly one block is
directly below X. Put that block in the bin." binned X ('that block' read as X); "It is necessary that nothing is on X.
Please do not use the bin for this." did nothing (the first sentence set aside as background). Five wrong replies:
"Right so, the white block, is it in W? And how many blocks are in W, anyway?" and "What is on top of X, and is X in a
bowl?". The refusals include "Just so: X stands in the middle as the centrepiece.", "By the next stop, X is riding on
top of Y.", "Last stop for all its blocks.", "Right so, what I'd like, anyway, is X over in the middle.", "Nobody stays
in W", "Right so, not the bin, yeah? ...", "not counting any in bowls", "stay at their stops", "The blocks with no such
bowl do not move at all.", "the white block and the white bowl are the same colour, so put the block in that bowl",
"Each block: if a bowl of its colour exists, into that bowl; if not, into the bin.", "Next stop for X: the top right
corner.", "All aboard for the bin: each block that isn't in a bowl.", "so that it stands on the table itself", "exactly
two, no more", "the lot of them", "Please to tell the number of blocks which are in W.", "Colour-coordinate it for me:
...", "I would like that X becomes placed into W", "Count for me: first all the blocks, wherever they are, then the
bowls.".
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

_CORNERS = [p for p in PLACES if p != "middle"]
_WORDS = ("no", "one", "two", "three", "four", "five", "six")


# ----- helpers --------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's goal: every check, and nothing left in the gripper."""
    return both(_idle, *checks)


def _out(w: World, text: str, check: Check) -> Made:
    """The instance, or None when the goal already holds (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _say(w: World, *shapes: str) -> str:
    return w.rng.choice(shapes)


def _depth(s: SymState, b: str) -> int:
    """How many blocks stand below `b` in its tower."""
    n = 0
    while s.support[b] in s.support:
        b = s.support[b]
        n += 1
    return n


def _direct(s: SymState, bowl: str) -> list[str]:
    return [b for b, x in s.support.items() if x == bowl]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(_direct(w.state, bowl)) + n <= layout.BOWL_CAPACITY


def _bases(w: World, x: str) -> list[str]:
    """Clear blocks that `x` could be stacked on without making a tower taller than the limit."""
    return [b for b in w.clear_blocks() if b != x and _depth(w.state, b) <= layout.MAX_TOWER - 2]


def _others(w: World, *names: str) -> list[str]:
    return [b for b in w.blocks if b not in names]


def _tabled(*blocks: str) -> Check:
    """Each block stands on the table (directly, on a named place, or on a tower that does): not in a bowl or bin."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _bin_count(n: int) -> Check:
    return lambda _i, f: f.count_at(BIN) == n


def _blocks(n: int) -> str:
    return f"{_WORDS[n]} block" + ("" if n == 1 else "s")


def _sole(w: World) -> list[tuple[str, str]]:
    """(bowl, block) for every bowl that holds exactly one block."""
    out = []
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if len(inside) == 1:
            out.append((bowl, inside[0]))
    return out


def _bowl_of(w: World, b: str) -> str | None:
    base = w.state.base(b)
    return base if base in w.bowls else None


def _match_bowl(w: World, b: str) -> str | None:
    return next((o for o in w.bowls if w.colour(o) == w.colour(b)), None)


# ----- imperative -----------------------------------------------------------------------------------
def t196_imp_porter(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(w, f"Can you pop the {x} into the {bowl} for me? Cheers.",
                f"Whip the {x} into the {bowl}, would you? Ta.",
                f"Right, pop the {x} over into the {bowl}, please.")
    return _out(w, text, _act(rels(Rel("in", x, bowl))))


def t196_imp_planner(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    ys = _bases(w, x)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, f"Please arrange the {x} on top of the {y}, just so.",
                f"Place the {x} neatly onto the {y}. It has to be just so.",
                f"Could you set the {x} on the {y}? Nice and tidy, please.")
    return _out(w, text, _act(rels(Rel("on", x, y))))


def t196_imp_guard(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    p = w.rng.choice(list(PLACES))
    text = _say(w, f"Take the {x} to the {p}, please. All aboard!",
                f"Next stop for the {x}: the {p}. Move it there, please.",
                f"Mind the gap and carry the {x} over to the {p}.")
    return _out(w, text, _act(rels(Rel("at", x, p))))


def t196_imp_teacher(w: World) -> Made:
    floor = [b for b in w.blocks if w.state.base(b) == TABLE]
    if not floor:
        return None
    a = w.rng.choice(floor)
    b, c = w.pick(_others(w, a), 2)
    text = _say(w, f"Build a tower of exactly three blocks: the {a} at the bottom, the {b} on it and the {c} on top.",
                f"Make one tower of exactly three blocks, with the {a} on the table, the {b} on the {a} and the {c} "
                f"on the {b}.")
    return _out(w, text, _act(rels(Rel("stacked", a, b, c), Rel("clear", c))))


def t196_imp_walker(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    text = _say(w, f"Right so, the {x}, yeah? Stick it in the bin. Anyway, cheers.",
                f"Right so, anyway, could you chuck the {x} in the bin? That'd be grand.",
                f"So I was thinking, right, the {x} can go in the bin. Do that, would you?")
    return _out(w, text, _act(binned([x]), none_binned(_others(w, x))))


def t196_imp_app(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if w.state.support[b] != TABLE]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _say(w, f"I request that you take the {x} and put it down on the table.",
                f"Please to place the {x} on the surface of the table.",
                f"Kindly move the {x} so that it stands on the table itself.")
    return _out(w, text, _act(rels(Rel("on_table", x)), none_binned([x])))


# ----- declarative ----------------------------------------------------------------------------------
def t196_dec_porter(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    text = _say(w, f"The {x} and the {y} go in the bin, mate.",
                f"Both the {x} and the {y} end up in the bin. Ta.",
                f"Job for you: the {x} goes in the bin, and so does the {y}.")
    return _out(w, text, _act(binned([x, y]), none_binned(_others(w, x, y))))


def t196_dec_planner(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    text = _say(w, f"The centrepiece is the {x}: it sits in the middle of the table.",
                f"The {x} is the centrepiece, sitting right in the middle, just so.",
                f"Just so: the {x} stands in the middle as the centrepiece.")
    return _out(w, text, _act(rels(Rel("at", x, "middle"))))


def t196_dec_guard(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    ys = _bases(w, x)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, f"By the next stop, the {x} is riding on top of the {y}.",
                f"The {x} travels on the {y}, please.",
                f"All aboard: the {x} sits on the {y}.")
    return _out(w, text, _act(rels(Rel("on", x, y))))


def t196_dec_teacher(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cur = len(w.state.in_bowl(bowl))
    options = [n for n in range(1, min(layout.BOWL_CAPACITY, len(w.blocks)) + 1) if n != cur]
    n = w.rng.choice(options)
    text = _say(w, f"The {bowl} holds exactly {_blocks(n)}.",
                f"In the end the {bowl} contains exactly {_blocks(n)}, no more and no fewer.")
    return _out(w, text, _act(count_in(bowl, n), none_binned(w.blocks)))


def t196_dec_walker(w: World) -> Made:
    loose = w.clear_blocks()
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    zs = [z for z in _bases(w, y) if z != x]
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = _say(w, f"Right so, the {x} ends up in the bin, yeah, and the {y} is on the {z}. Anyway.",
                f"Right so, anyway, how I want it: the {y} on top of the {z}, and the {x} in the bin.")
    return _out(w, text, _act(binned([x]), rels(Rel("on", y, z)), none_binned(_others(w, x))))


def t196_dec_app(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    p = w.rng.choice(_CORNERS)
    text = _say(w, f"The desired state: the {x} is located at the {p}.",
                f"Result wanted is following: the {x} stands in the {p} of the table.")
    return _out(w, text, _act(rels(Rel("at", x, p))))


# ----- desiderative ---------------------------------------------------------------------------------
def t196_des_porter(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    ys = _bases(w, x)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, f"I'd like the {x} popped over onto the {y}, mate.",
                f"What I want is the {x} sat on top of the {y}. Cheers.")
    return _out(w, text, _act(rels(Rel("on", x, y))))


def t196_des_planner(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    text = _say(w, f"I'd like the {x}, the {y} and the {z} arranged in one tower, in any order you like.",
                f"I want a single tower made of the {x}, the {y} and the {z}; the order doesn't matter, "
                f"as long as it looks just so.")
    return _out(w, text, _act(rels(Rel("tower", x, y, z))))


def t196_des_guard(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = _say(w, f"I want every block in the {bowl} to get off at the bin, please.",
                f"I'd like the {bowl} emptied into the bin. Last stop for all its blocks.")
    return _out(w, text, _act(binned(inside), none_binned(_others(w, *inside))))


def t196_des_teacher(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cur = len(w.state.in_bowl(bowl))
    options = [n for n in range(max(2, cur + 1), min(layout.BOWL_CAPACITY, len(w.blocks)) + 1)]
    if not options:
        return None
    n = w.rng.choice(options)
    text = _say(w, f"I want at least {_blocks(n)} in the {bowl}.",
                f"I would like the {bowl} to have at least {_blocks(n)} in it.")
    return _out(w, text, _act(count_in(bowl, n, exact=False), none_binned(w.blocks)))


def t196_des_walker(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    p = w.rng.choice(list(PLACES))
    text = _say(w, f"Right so, what I'd like, anyway, is the {x} over in the {p}.",
                f"Right so, I've been meaning to say, I'd like the {x} moved to the {p}. Anyway, ta.")
    return _out(w, text, _act(rels(Rel("at", x, p))))


def t196_des_app(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(w, f"My wish is that the {x} is inside the {bowl}.",
                f"I would like that the {x} becomes placed into the {bowl}, please.")
    return _out(w, text, _act(rels(Rel("in", x, bowl))))


# ----- quantified -----------------------------------------------------------------------------------
def t196_qua_porter(w: World) -> Made:
    text = _say(w, "Pop every block in the bin, ta.",
                "Whip all the blocks into the bin, every last one of them.")
    return _out(w, text, _act(binned(w.blocks)))


def t196_qua_planner(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    p = w.rng.choice(list(PLACES))
    text = _say(w, f"Arrange every block from the {bowl} in the {p}, just so.",
                f"Each block that is in the {bowl} should go to the {p}. All of them, please.")
    return _out(w, text, _act(rels(*(Rel("at", b, p) for b in inside))))


def t196_qua_guard(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    outside = _others(w, *inside)
    text = _say(w, "Every block outside the bowls goes to the bin, please. The ones in bowls stay where they are.",
                "All aboard for the bin: each block that isn't in a bowl. Blocks in the bowls stay put.")
    return _out(w, text, _act(binned(outside), kept(*inside)))


def t196_qua_teacher(w: World) -> Made:
    text = _say(w, "Put exactly two blocks in the bin, any two.",
                "Choose any two of the blocks and put them in the bin: exactly two, no more.")
    return _out(w, text, _act(_bin_count(2)))


def t196_qua_walker(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    text = _say(w, f"Right so, every single block, yeah, in the {bowl}. Anyway.",
                f"Right so, anyway, all of the blocks can go in the {bowl}, the lot of them.")
    return _out(w, text, _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t196_qua_app(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = _say(w, "Please, each block which is in a bowl, move it out onto the table.",
                "All of the blocks that are inside bowls: please take them out and put them on the table.")
    return _out(w, text, _act(_tabled(*inside)))


# ----- negated --------------------------------------------------------------------------------------
def t196_neg_porter(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    text = _say(w, f"Pop all the blocks in the bin except the {x}.",
                f"Everything into the bin, mate, but not the {x}.")
    return _out(w, text, _act(binned(_others(w, x)), none_binned([x])))


def t196_neg_planner(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = _say(w, f"Lift the {x} off the {y} and set it on the table; not in a bowl and not in the bin, just so.",
                f"The {x} mustn't stay on the {y}. Put it down on the table, and nowhere else.")
    return _out(w, text, _act(rels(Rel("on_table", x)), none_binned([x])))


def t196_neg_guard(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = _say(w, f"Nobody stays in the {bowl}: take every block out onto the table, not into the bin.",
                f"Mind the gap: no block is to remain in the {bowl}. Put them on the table, never in the bin.")
    return _out(w, text, _act(empty(bowl), _tabled(*inside)))


def t196_neg_teacher(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    ys = _bases(w, x)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, f"Put the {x} on the {y} without moving any other block.",
                f"Place the {x} onto the {y}. Do not move a single other block.")
    return _out(w, text, _act(rels(Rel("on", x, y)), kept(*_others(w, x))))


def t196_neg_walker(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if w.state.support[b] in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.support[x]
    text = _say(w, f"Right so, the {x}, don't bin it, anyway, just get it out of the {bowl} and onto the table.",
                f"Right so, not the bin, yeah? The {x} comes out of the {bowl} and goes on the table. Anyway.")
    return _out(w, text, _act(_tabled(x)))


def t196_neg_app(w: World) -> Made:
    ys = [b for b in w.blocks if not w.state.is_clear(b)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    above = w.state.above(y)
    text = _say(w, f"Please remove all blocks from the top of the {y}. Do not put them into the bin.",
                f"It is necessary that nothing is on the {y}. Please do not use the bin for this.")
    return _out(w, text, _act(rels(Rel("clear", y)), none_binned(above)))


# ----- relative -------------------------------------------------------------------------------------
def t196_rel_porter(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, y = w.rng.choice(pairs)
    text = _say(w, f"Pop the block that's sitting on the {y} into the bin.",
                f"Whichever block is on top of the {y}, whip it into the bin for me.")
    return _out(w, text, _act(binned([top]), none_binned(_others(w, top))))


def t196_rel_planner(w: World) -> Made:
    sole = [(bowl, b) for bowl, b in _sole(w) if w.state.is_clear(b)]
    if not sole:
        return None
    bowl, b = w.rng.choice(sole)
    zs = _bases(w, b)
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = _say(w, f"The block in the {bowl}: arrange it on the {z}, just so.",
                f"Take whichever block is in the {bowl} and set it neatly on top of the {z}.")
    return _out(w, text, _act(rels(Rel("on", b, z))))


def t196_rel_guard(w: World) -> Made:
    tops = [b for b in w.clear_blocks() if w.state.support[b] in w.state.support]
    if len(tops) != 1:
        return None
    t = tops[0]
    p = w.rng.choice(list(PLACES))
    text = _say(w, f"Take the block at the top of the tower to the {p}.",
                f"Next stop the {p} for the top block of the stack, please.")
    return _out(w, text, _act(rels(Rel("at", t, p))))


def t196_rel_teacher(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.support[b] in w.state.support]
    if not xs:
        return None
    x = w.rng.choice(xs)
    under = w.state.support[x]
    text = _say(w, f"Take the block directly underneath the {x} and put it in the bin.",
                f"Exactly one block is directly below the {x}. Put that block in the bin.")
    return _out(w, text, _act(binned([under]), none_binned(_others(w, under))))


def t196_rel_walker(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) == TABLE]
    ranked = sorted(outside, key=lambda b: w.dist(b, bowl))
    if not ranked:
        return None
    x = ranked[0]
    if w.state.support[x] != TABLE or not w.state.is_clear(x):
        return None
    if len(ranked) > 1 and w.dist(ranked[1], bowl) < 1.3 * w.dist(x, bowl):
        return None
    p = w.rng.choice(list(PLACES))
    text = _say(w, f"Right so, of the blocks that aren't in a bowl, the one closest to the {bowl}, yeah, anyway, "
                   f"stick it in the {p}.",
                f"Right so, you know the block nearest the {bowl}, not counting any in bowls? Move that one to the "
                f"{p}. Anyway, ta.")
    return _out(w, text, _act(rels(Rel("at", x, p))))


def t196_rel_app(w: World) -> Made:
    ys = [b for b in w.blocks if _bowl_of(w, b)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    bowl = _bowl_of(w, y)
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not xs or not _room(w, bowl):
        return None
    x = w.rng.choice(xs)
    text = _say(w, f"Please put the {x} into the bowl where the {y} is.",
                f"The bowl which contains the {y}: please place the {x} inside it also.")
    return _out(w, text, _act(rels(Rel("in", x, bowl))))


# ----- keep -----------------------------------------------------------------------------------------
def t196_keep_porter(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    y = w.rng.choice(_others(w, x))
    text = _say(w, f"Pop the {x} in the bin, but leave the {y} where it is.",
                f"Whip the {x} into the bin; the {y} stays put, mind.")
    return _out(w, text, _act(binned([x]), kept(y), none_binned([y])))


def t196_keep_planner(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in w.clear_blocks() if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [y for y in _bases(w, x) if y not in inside]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, f"Arrange the {x} on the {y}; the {bowl} and everything in it stay just so.",
                f"Please set the {x} on top of the {y}, and don't disturb what is in the {bowl}.")
    return _out(w, text, _act(rels(Rel("on", x, y)), kept(*inside)))


def t196_keep_guard(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    rest = _others(w, x)
    if not bowls or len(rest) < 2:
        return None
    bowl = w.rng.choice(bowls)
    y, z = w.pick(rest, 2)
    text = _say(w, f"All aboard the {bowl}: the {x} goes in. The {y} and the {z} stay where they are.",
                f"Move the {x} into the {bowl}, please, but the {y} and the {z} stay at their stops.")
    return _out(w, text, _act(rels(Rel("in", x, bowl)), kept(y, z)))


def t196_keep_teacher(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    p = w.rng.choice(list(PLACES))
    text = _say(w, f"Move exactly one block: the {x}, to the {p}. Every other block stays where it is.",
                f"Put the {x} in the {p}, and keep each of the other blocks exactly where it is.")
    return _out(w, text, _act(rels(Rel("at", x, p)), kept(*_others(w, x))))


def t196_keep_walker(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    rest = _others(w, *inside)
    if not rest:
        return None
    y = w.rng.choice(rest)
    text = _say(w, f"Right so, clear out the {bowl} into the bin, anyway, but leave the {y} alone, it's fine "
                   f"where it is.",
                f"Right so, the {y} stays as it is, yeah, and everything in the {bowl} goes in the bin. Anyway.")
    return _out(w, text, _act(binned(inside), kept(y), none_binned(rest)))


def t196_keep_app(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    zs = _bases(w, x)
    if not zs:
        return None
    z = w.rng.choice(zs)
    rest = _others(w, x, z)
    if not rest:
        return None
    y = w.rng.choice(rest)
    text = _say(w, f"Please keep the {y} in its current place and move the {x} onto the {z}.",
                f"The {y} must remain in the same position. The {x}, please put it on the {z}.")
    return _out(w, text, _act(rels(Rel("on", x, z)), kept(y)))


# ----- multi-step -----------------------------------------------------------------------------------
def t196_multi_porter(w: World) -> Made:
    loose = w.clear_blocks()
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    bowls = [b for b in w.bowls if w.state.base(y) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(w, f"First pop the {x} in the bin, then whip the {y} into the {bowl}.",
                f"Two quick jobs: the {x} into the bin, and after that the {y} over into the {bowl}. Ta.")
    return _out(w, text, _act(binned([x]), rels(Rel("in", y, bowl)), none_binned(_others(w, x))))


def t196_multi_planner(w: World) -> Made:
    loose = w.clear_blocks()
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    p = w.rng.choice(list(PLACES))
    text = _say(w, f"Start by arranging the {x} in the {p}, then set the {y} on top of it, just so.",
                f"First the {x} goes to the {p}. After that, place the {y} on the {x}.")
    return _out(w, text, _act(rels(Rel("at", x, p), Rel("on", y, x))))


def t196_multi_guard(w: World) -> Made:
    loose = w.clear_blocks()
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    p, q = w.pick(list(PLACES), 2)
    text = _say(w, f"First stop: the {x} to the {p}. Next stop: the {y} to the {q}.",
                f"Take the {x} to the {p}, and then take the {y} to the {q}. All aboard!")
    return _out(w, text, _act(rels(Rel("at", x, p), Rel("at", y, q))))


def t196_multi_teacher(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in w.clear_blocks() if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _say(w, f"First empty the {bowl} into the bin, then put the {x} in the {bowl}.",
                f"Step one: every block in the {bowl} goes in the bin. Step two: the {x} goes in the {bowl}.")
    return _out(w, text, _act(binned(inside), rels(Rel("in", x, bowl)), count_in(bowl, 1),
                              none_binned(_others(w, *inside))))


def t196_multi_walker(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if w.state.support[b] in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.support[x]
    zs = [z for z in _bases(w, x) if w.state.base(z) != bowl]
    if not zs:
        return None
    z = w.rng.choice(zs)
    ys = [b for b in w.clear_blocks() if b not in (x, z)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, f"Right so, first the {x} out of the {bowl} and onto the {z}, yeah, then the {y} in the bin. "
                   f"Anyway.",
                f"Right so, anyway, take the {x} from the {bowl} and put it on the {z}, and after that bin the {y}.")
    return _out(w, text, _act(rels(Rel("on", x, z)), binned([y]), none_binned(_others(w, y))))


def t196_multi_app(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if w.state.support[b] in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.support[x]
    ys = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, f"Firstly, please take the {x} out of the {bowl} and put it on the table. Secondly, please put "
                   f"the {y} into the {bowl}.",
                f"Please do in this order: one, the {x} from the {bowl} to the table; two, the {y} into the {bowl}.")
    return _out(w, text, _act(rels(Rel("on_table", x), Rel("in", y, bowl))))


# ----- questions ------------------------------------------------------------------------------------
def t196_q_porter(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if w.rng.random() < 0.5:
        n = len(w.state.in_bowl(bowl))
        return _say(w, f"How many blocks are in the {bowl}, mate?",
                    f"Quick count for me: how many blocks in the {bowl}?"), answered(str(n))
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside) if inside and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    return f"Quick one before I pop off: is the {x} in the {bowl}?", answered(yes(w.state.base(x) == bowl))


def t196_q_planner(w: World) -> Made:
    if w.rng.random() < 0.5:
        x = w.rng.choice(w.blocks)
        s = w.state
        if s.support[x] in s.support and w.rng.random() < 0.5:
            y = s.support[x]
        else:
            ys = [b for b in w.blocks if b != x and b not in s.above(x) and x not in s.above(b)]
            if not ys:
                return None
            y = w.rng.choice(ys)
        return f"Is the {x} sitting directly on the {y}? I need to know it's just so.", answered(
            yes(s.support[x] == y))
    pairs = w.pairs()
    if not pairs:
        return None
    top, y = w.rng.choice(pairs)
    return (f"What is on top of the {y}, and is the {y} in a bowl?",
            answered(f"{top}|{yes(_bowl_of(w, y) is not None).lower()}"))


def t196_q_guard(w: World) -> Made:
    if w.rng.random() < 0.5:
        pairs = w.pairs()
        if not pairs:
            return None
        top, y = w.rng.choice(pairs)
        return _say(w, f"Which block is on top of the {y}?",
                    f"Passenger check: what block is riding on the {y}?"), answered(top)
    x = w.rng.choice(w.blocks)
    return f"Is there anything sitting on top of the {x}?", answered(yes(not w.state.is_clear(x)))


def t196_q_teacher(w: World) -> Made:
    if w.rng.random() < 0.5:
        return _say(w, "How many blocks are there altogether, and how many bowls?",
                    "Count for me: first all the blocks, wherever they are, then the bowls."), answered(
            f"{len(w.blocks)}|{len(w.bowls)}")
    bowl = w.rng.choice(w.bowls)
    return f"Does the {bowl} hold at least two blocks?", answered(yes(len(w.state.in_bowl(bowl)) >= 2))


def t196_q_walker(w: World) -> Made:
    inside = w.state.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        return _say(w, f"Right so, anyway, which bowl is the {x} in?",
                    f"Right so, the {x}, yeah, what bowl's it in? Anyway."), answered(_bowl_of(w, x) or "")
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(w.blocks)
    n = len(w.state.in_bowl(bowl))
    return (f"Right so, the {x}, is it in the {bowl}? And how many blocks are in the {bowl}, anyway?",
            answered(f"{yes(w.state.base(x) == bowl).lower()}|{n}"))


def t196_q_app(w: World) -> Made:
    if w.rng.random() < 0.5:
        bowl = w.rng.choice(w.bowls)
        return _say(w, f"Please inform me: how many blocks are inside the {bowl}?",
                    f"Please to tell the number of blocks which are in the {bowl}."), answered(
            str(len(w.state.in_bowl(bowl))))
    x = w.rng.choice(w.blocks)
    return f"Please to answer: what is the thing which is directly under the {x}?", answered(w.state.support[x])


# ----- matching -------------------------------------------------------------------------------------
def t196_match_porter(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = _say(w, "Pop each block into the bowl that's the same colour as it.",
                "Whip every block into its matching bowl, colour for colour. Ta.")
    return _out(w, text, _act(rels(*want)))


def t196_match_planner(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = _say(w, "Arrange the blocks so that each one sits in the bowl of its own colour, just so.",
                "Colour-coordinate it for me: every block that has a bowl of the same colour goes in that bowl.")
    return _out(w, text, _act(rels(*want)))


def t196_match_guard(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if _match_bowl(w, b) and w.state.base(b) != _match_bowl(w, b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = _match_bowl(w, x)
    text = _say(w, f"Only the {x}, please: into the bowl that matches its colour. Nothing else moves.",
                f"All aboard for the {x}: it goes in the bowl of the same colour, and the rest stay put.")
    return _out(w, text, _act(rels(Rel("in", x, bowl)), kept(*_others(w, x))))


def t196_match_teacher(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = [r.block for r in want]
    rest = _others(w, *matched)
    s = w.state
    for r in want:
        if s.base(r.block) != r.target and any(b in rest for b in s.above(r.block)):
            return None
    text = _say(w, "Each block that has a bowl of exactly its colour goes in that bowl; every other block stays "
                   "exactly where it is.",
                "Put every block into the bowl of the same colour, where there is one. The blocks with no such "
                "bowl do not move at all.")
    return _out(w, text, _act(rels(*want), kept(*rest)))


def t196_match_walker(w: World) -> Made:
    xs = [b for b in w.blocks if _match_bowl(w, b) and w.state.base(b) != _match_bowl(w, b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = _match_bowl(w, x)
    c = w.colour(x)
    text = _say(w, f"Right so, the {c} block, yeah, it goes with the {c} bowl, anyway, pop it in.",
                f"Right so, anyway, the {x} and the {bowl} are the same colour, so put the block in that bowl.")
    return _out(w, text, _act(rels(Rel("in", x, bowl)), none_binned(w.blocks)))


def t196_match_app(w: World) -> Made:
    want = matching(w)
    rest = _others(w, *(r.block for r in want))
    if not want or not rest:
        return None
    text = _say(w, "Please put each block into the bowl which has the same colour. The blocks which have no bowl of "
                   "the same colour, please put them into the bin.",
                "Each block: if a bowl of its colour exists, into that bowl; if not, into the bin. Please do this.")
    return _out(w, text, _act(rels(*want), binned(rest)))


# ----- the list -------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("porter", "planner", "guard", "teacher", "walker", "app")
FRESH196: list[Template] = [
    (f"t196_{short}_{style}", category, globals()[f"t196_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
