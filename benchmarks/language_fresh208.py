"""`FRESH208`, the two-hundred-and-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six personas, one style each:
- nurse: a ward nurse, kind but efficient: "Could you just pop the red block in the blue bowl, please? Lovely."
- engineer: a software engineer, precise: "Ensure the red block is on the blue block and the green block is in the bin."
- mum: a busy mum with kids around: "put the red block in the bin. now please. no Sam not you"
- student: a university student, casual but complete: "could you like move the red block to the top left corner?"
- farmer2: an older farmer, plain and slow: "Now then, put the red block down on the table, would you."
- retail: a shop assistant arranging a display: "Can you stack the red block on the blue block so it's on show?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on abf5284, the code of a233c91, before anything it could prompt): 0.7533
goal-correct (226 of 300), 68 refused, 5 asked, one wrong action and no wrong reply. The wrong action: "Put one block in
each of them bowls. Don't matter which." added no block to a bowl that already held some (the tester wants one in each;
read as one more where none is; left as it is). The refusals: the mum's "now please. no Sam not you", the shop
assistant's "on display", "on show", "keep the green bowl display as it is", the nurse's "and the purple block as
well", the engineer's "Ensure each block sits directly on the table - none stacked, none in a bowl." and "..., and place
them on the table", the student's "basically", "if that makes sense", the farmer's "all bar the pink block. Them others
can go in the bin." and "Now then, that pile with X at the bottom. Whichever block's on the very top of it, ...".
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

_CORNERS = list(PLACES[:4])
_FLOOR = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _bottom(s: SymState, b: str) -> str:
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _tower(s: SymState, b: str) -> list[str]:
    """Every block of the tower holding `b`, bottom first."""
    bottom = _bottom(s, b)
    return [bottom, *reversed(s.above(bottom))]


def _below(s: SymState, b: str) -> list[str]:
    out: list[str] = []
    while s.support[b] in s.support:
        b = s.support[b]
        out.append(b)
    return out


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _loose(w: World) -> list[str]:
    """Blocks not in the bin and not in the gripper."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _stackable(w: World, x: str, y: str) -> bool:
    """`x` can go straight onto `y`: other towers, `y` on the table, and the tower stays low enough."""
    s = w.state
    return (x != y and x in _loose(w) and y in _loose(w) and x not in _tower(s, y)
            and s.base(y) in _FLOOR and len(_tower(s, y)) + 1 <= layout.MAX_TOWER)


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _stackable(w, x, y)]
    return w.rng.choice(pairs) if pairs else None


def _into(w: World) -> tuple[str, str] | None:
    """A loose block and a bowl it is not in, with room for it."""
    pairs = [(b, bowl) for b in _loose(w) for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    return w.rng.choice(pairs) if pairs else None


def _off_table(w: World) -> list[str]:
    """Blocks not resting directly on the table (on a block or in a bowl)."""
    return [b for b in _loose(w) if w.state.support[b] not in _FLOOR]


def _where(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _nearest(w: World, point: tuple[float, float], skip_bowl: str | None = None) -> str | None:
    """The lone block on the table nearest `point`, if it is clearly nearer than every other block."""
    cands = [b for b in _loose(w) if w.state.base(b) != skip_bowl]

    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2) ** 0.5

    if len(cands) < 2:
        return None
    cands.sort(key=d)
    best = cands[0]
    if w.state.support[best] != TABLE or not w.state.is_clear(best) or d(cands[1]) - d(best) < 0.03:
        return None
    return best


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _bowl_as_was(bowl: str) -> Check:
    """The bowl holds the same blocks, each resting as before."""
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


# ----- imperative -------------------------------------------------------------------------------------
def t208_imp_nurse(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"Could you just pop the {x} in the {bowl}, please? Lovely.", rels(Rel("in", x, bowl)))


def t208_imp_engineer(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"Move the {x} onto the {y}.", rels(Rel("on", x, y)))


def t208_imp_mum(w: World) -> Made:
    [x] = w.pick(_loose(w)) or [None]
    if x is None:
        return None
    return _made(w, f"put the {x} in the bin. now please. no Sam not you", binned([x]))


def t208_imp_student(w: World) -> Made:
    [x] = w.pick(_loose(w)) or [None]
    if x is None:
        return None
    place = w.rng.choice(_CORNERS)
    return _made(w, f"could you like move the {x} to the {place}?", rels(Rel("at", x, place)))


def t208_imp_farmer2(w: World) -> Made:
    [x] = w.pick(_off_table(w)) or [None]
    if x is None:
        return None
    return _made(w, f"Now then, put the {x} down on the table, would you.", rels(Rel("on_table", x)))


def t208_imp_retail(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"Can you stack the {x} on the {y} so it's on show?", rels(Rel("on", x, y)))


# ----- declarative ------------------------------------------------------------------------------------
def t208_dec_nurse(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"The {x} should be in the {bowl}, if you could sort that for me.", rels(Rel("in", x, bowl)))


def t208_dec_engineer(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    s = w.state
    others = [z for z in _loose(w) if z not in _tower(s, x) and z not in _tower(s, y)]
    if not others:
        return None
    z = w.rng.choice(others)
    return _made(w, f"Target state: the {x} is on the {y} and the {z} is in the bin.",
                 both(rels(Rel("on", x, y)), binned([z])))


def t208_dec_mum(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"the {x} belongs in the {bowl}. thanks", rels(Rel("in", x, bowl)))


def t208_dec_student(w: World) -> Made:
    [x] = w.pick(_loose(w)) or [None]
    if x is None:
        return None
    place = w.rng.choice(_CORNERS)
    return _made(w, f"so basically the {x} needs to end up in the {place}.", rels(Rel("at", x, place)))


def t208_dec_farmer2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"The {x} ought to be sat on top of the {y}, I reckon.", rels(Rel("on", x, y)))


def t208_dec_retail(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if len(cands) < 2:
        return None
    x, y = w.pick(cands, 2)
    return _made(w, f"The {x} and the {y} should both be on display in the {bowl}.",
                 rels(Rel("in", x, bowl), Rel("in", y, bowl)))


# ----- desiderative -----------------------------------------------------------------------------------
def t208_des_nurse(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    return _made(w, f"I'd like the {x} in the bin please, and the {y} as well. Thank you.", binned([x, y]))


def t208_des_engineer(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    x, y, z = w.pick(loose, 3)
    return _made(w, f"I want the {x}, {y} and {z} in one tower: the {x} at the bottom, then the {y}, "
                    f"then the {z} on top.", rels(Rel("stacked", x, y, z)))


def t208_des_mum(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"i want the {x} on the {y}. quick before the baby wakes up", rels(Rel("on", x, y)))


def t208_des_student(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"My goal is basically to have the {x} in the {bowl}, if that makes sense.",
                 rels(Rel("in", x, bowl)))


def t208_des_farmer2(w: World) -> Made:
    [x] = w.pick(_loose(w)) or [None]
    if x is None:
        return None
    place = w.rng.choice(_CORNERS)
    return _made(w, f"What I'm after is the {x} over in the {place}.", rels(Rel("at", x, place)))


def t208_des_retail(w: World) -> Made:
    [x] = w.pick(_loose(w)) or [None]
    if x is None:
        return None
    return _made(w, f"I'd like the {x} on show in the middle of the table, please.", rels(Rel("at", x, "middle")))


# ----- quantified -------------------------------------------------------------------------------------
def t208_qua_nurse(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Pop every block that's in the {bowl} into the bin, please.", binned(w.state.in_bowl(bowl)))


def t208_qua_engineer(w: World) -> Made:
    blocks = _loose(w)
    return _made(w, "Ensure each block sits directly on the table - none stacked, none in a bowl.",
                 rels(*(Rel("on_table", b) for b in blocks)))


def t208_qua_mum(w: World) -> Made:
    return _made(w, "all the blocks in the bin. all of them. yes the bin", binned(_loose(w)))


def t208_qua_student(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(_loose(w)) < 2:
        return None
    return _made(w, f"could you make it so the {bowl} has exactly two blocks in it?", count_in(bowl, 2))


def t208_qua_farmer2(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "Put one block in each of them bowls. Don't matter which.",
                 lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))


def t208_qua_retail(w: World) -> Made:
    table = w.state.on_the_table()
    if not 2 <= len(table) <= layout.MAX_TOWER:
        return None
    return _made(w, "Stack all the blocks that are on the table into one tower for the display.",
                 rels(Rel("tower", *table)))


# ----- negated ----------------------------------------------------------------------------------------
def t208_neg_nurse(w: World) -> Made:
    cands = [b for b in _loose(w) if w.state.support[b] not in w.state.support]
    loose = _loose(w)
    if not cands or len(loose) < 2:
        return None
    x = w.rng.choice(cands)
    others = [b for b in loose if b != x]
    return _made(w, f"Could you pop all the blocks in the bin except the {x}? Just leave that one be.",
                 both(binned(others), kept(x)))


def t208_neg_engineer(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside)
    others = [b for b in inside if b != x]
    return _made(w, f"Remove every block from the {bowl} except the {x}, and place them on the table.",
                 both(rels(Rel("in", x, bowl)), lambda _i, f: all(f.base(b) in _FLOOR for b in others)))


def t208_neg_mum(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    y, bowl = pick
    cands = [b for b in _loose(w) if b != y and b not in w.state.above(y)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    return _made(w, f"don't touch the {x}!! put the {y} in the {bowl}", both(rels(Rel("in", y, bowl)), kept(x)))


def t208_neg_student(w: World) -> Made:
    loose = _loose(w)
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in loose if w.state.base(b) != bowl]
    if len(loose) < 2 or len(loose) - 1 > layout.BOWL_CAPACITY or not cands:
        return None
    x = w.rng.choice(cands)
    others = [b for b in loose if b != x]
    return _made(w, f"Could you put all the blocks in the {bowl}, but not the {x}?",
                 both(rels(*(Rel("in", b, bowl) for b in others)), _not(Rel("in", x, bowl))))


def t208_neg_farmer2(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside)
    others = [b for b in inside if b != x]
    return _made(w, f"Clear the {bowl} out, all bar the {x}. Them others can go in the bin.",
                 both(rels(Rel("in", x, bowl)), binned(others)))


def t208_neg_retail(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 2:
        return None
    x = w.rng.choice(table)
    others = [b for b in table if b != x]
    return _made(w, f"Clear everything off the table into the bin apart from the {x} - that one stays on show.",
                 both(binned(others), lambda _i, f: x in f.on_the_table()))


# ----- relative ---------------------------------------------------------------------------------------
def t208_rel_nurse(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    [x] = w.state.in_bowl(bowl)
    return _made(w, f"Could you just take the block out of the {bowl} and pop it in the bin, please?",
                 binned([x]))


def t208_rel_engineer(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Move the block directly beneath the {top} to the bin.", binned([below]))


def t208_rel_mum(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"the one on top of the {below}. on the table please", rels(Rel("on_table", top)))


def t208_rel_student(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _nearest(w, _xy(w, bowl), skip_bowl=bowl)
    if x is None:
        return None
    return _made(w, f"Could you move the block that's closest to the {bowl} into it?", rels(Rel("in", x, bowl)))


def t208_rel_farmer2(w: World) -> Made:
    cands = [b for b in _loose(w) if w.state.support[b] in _FLOOR and w.state.above(b)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    top = w.state.above(x)[0]
    return _made(w, f"Now then, that pile with the {x} at the bottom. Whichever block's on the very top of it, "
                    f"put that one in the bin.", binned([top]))


def t208_rel_retail(w: World) -> Made:
    place = w.rng.choice(_CORNERS)
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _nearest(w, layout.PLACES[place])
    if x is None:
        return None
    return _made(w, f"Move the block nearest the {place} into the {bowl} for the display.",
                 rels(Rel("in", x, bowl)))


# ----- keep -------------------------------------------------------------------------------------------
def t208_keep_nurse(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    x = w.rng.choice(loose)
    cands = [y for y in loose if y != x and y not in w.state.above(x)]
    if not cands:
        return None
    y = w.rng.choice(cands)
    return _made(w, f"Pop the {x} in the bin, but leave the {y} just where it is, please.",
                 both(binned([x]), kept(y)))


def t208_keep_engineer(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    s = w.state
    cands = [z for z in _loose(w) if z not in (x, y) and z not in s.above(x) and z not in s.above(y)]
    if not cands:
        return None
    z = w.rng.choice(cands)
    return _made(w, f"Move the {x} onto the {y}. Constraint: the {z} must not move.",
                 both(rels(Rel("on", x, y)), kept(z)))


def t208_keep_mum(w: World) -> Made:
    pairs = [(b, bowl) for b in _loose(w) if w.state.is_clear(b) for bowl in w.bowls
             if w.state.base(b) != bowl and _room(w, bowl)]
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"put the {x} in the {bowl}. leave the rest alone!!", both(rels(Rel("in", x, bowl)), kept(*rest)))


def t208_keep_student(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    pairs = [(x, y) for x in w.blocks for y in w.blocks
             if _stackable(w, x, y) and w.state.base(x) != bowl]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"could you put the {x} on the {y} but keep the {bowl} exactly how it is?",
                 both(rels(Rel("on", x, y)), _bowl_as_was(bowl)))


def t208_keep_farmer2(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    cands = [(x, y, z) for y, z in pairs for x in _off_table(w)
             if x not in (y, z) and x not in _below(s, y)]
    if not cands:
        return None
    x, y, z = w.rng.choice(cands)
    return _made(w, f"Put the {x} on the table, but leave the {y} sat on the {z} where it is.",
                 both(rels(Rel("on_table", x)), kept(y)))


def t208_keep_retail(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    x = w.rng.choice(cands)
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Arrange the {x} in the {place}, but keep the {bowl} display as it is.",
                 both(rels(Rel("at", x, place)), _bowl_as_was(bowl)))


# ----- multi-step -------------------------------------------------------------------------------------
def t208_multi_nurse(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    y, bowl = pick
    cands = [b for b in _loose(w) if b != y]
    if not cands:
        return None
    x = w.rng.choice(cands)
    return _made(w, f"First pop the {x} in the bin, then the {y} into the {bowl}, please. There we are.",
                 both(binned([x]), rels(Rel("in", y, bowl))))


def t208_multi_engineer(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Steps:\n- move the {x} to the {place}\n- then place the {y} on top of the {x}",
                 rels(Rel("at", x, place), Rel("on", y, x)))


def t208_multi_mum(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.rng.choice(w.state.in_bowl(bowl))
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    y = w.rng.choice(cands)
    return _made(w, f"take the {x} out of the {bowl}. then put the {y} in there instead",
                 both(_not(Rel("in", x, bowl)), rels(Rel("in", y, bowl))))


def t208_multi_student(w: World) -> Made:
    off = _off_table(w)
    if not off:
        return None
    x = w.rng.choice(off)
    cands = [b for b in _loose(w) if b != x]
    if not cands:
        return None
    y = w.rng.choice(cands)
    return _made(w, f"first could you move the {x} onto the table, and then basically put the {y} on top of it?",
                 rels(Rel("on_table", x), Rel("on", y, x)))


def t208_multi_farmer2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    y, z = pair
    s = w.state
    cands = [b for b in _loose(w) if b not in _tower(s, y) and b not in _tower(s, z)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    return _made(w, f"First off, put the {x} in the bin. Then after that the {y} wants to go on the {z}.",
                 both(binned([x]), rels(Rel("on", y, z))))


def t208_multi_retail(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _loose(w) if b not in inside]
    if len(cands) < 2:
        return None
    x, y = w.pick(cands, 2)
    return _made(w, f"First clear the {bowl} into the bin, then arrange the {x} and the {y} in it.",
                 both(binned(inside), rels(Rel("in", x, bowl), Rel("in", y, bowl))))


# ----- questions --------------------------------------------------------------------------------------
def t208_q_nurse(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return _ask(f"How many blocks are in the {bowl} at the moment?", str(w.state.count_at(bowl)))


def t208_q_engineer(w: World) -> Made:
    y = w.rng.choice(_loose(w))
    on = w.state.on_top(y)
    return _ask(f"Query: what is directly on top of the {y}?", on[0] if on else "nothing")


def t208_q_mum(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    bowl = w.rng.choice(w.bowls)
    flag = w.state.base(x) == bowl
    n = w.state.count_at(TABLE)
    return _ask(f"is the {x} in the {bowl}? and how many blocks are on the table", f"{yes(flag)}|{n}")


def t208_q_student(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _ask(f"which block is the {top} sitting on right now? i can't really see it from here", below)


def t208_q_farmer2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    return _ask(f"Now then, which bowl's the {x} in?", w.state.base(x))


def t208_q_retail(w: World) -> Made:
    pairs = w.pairs()
    loose = _loose(w)
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    elif len(loose) >= 2:
        x, y = w.pick(loose, 2)
    else:
        return None
    flag = w.state.support[x] == y
    return _ask(f"Is the {x} sitting on the {y}? And how many bowls have we got out on the table?",
                f"{yes(flag)}|{len(w.bowls)}")


# ----- matching ---------------------------------------------------------------------------------------
def _match_pairs(w: World) -> list[tuple[str, str]]:
    by_colour = {w.colour(b): b for b in w.bowls}
    return [(b, by_colour[w.colour(b)]) for b in _loose(w) if w.colour(b) in by_colour]


def t208_match_nurse(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Could you pop each block into the bowl that matches its colour, please? Lovely.", rels(*want))


def t208_match_engineer(w: World) -> Made:
    pairs = [(b, bowl) for b, bowl in _match_pairs(w) if _room(w, bowl)]
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    return _made(w, f"Ensure the {x} ends up in the bowl of the same colour.", rels(Rel("in", x, bowl)))


def t208_match_mum(w: World) -> Made:
    pairs = [(b, bowl) for b, bowl in _match_pairs(w) if _room(w, bowl)]
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    rest = [b for b in _loose(w) if b != x]
    return _made(w, f"the {x} goes in the {bowl}. everything else in the bin",
                 both(rels(Rel("in", x, bowl)), binned(rest)))


def t208_match_student(w: World) -> Made:
    pairs = _match_pairs(w)
    if not pairs:
        return None
    s = w.state
    matched = [b for b, _ in pairs]
    rest = [b for b in _loose(w) if b not in matched]
    if any(r in s.above(m) for m in matched for r in rest):
        return None
    return _made(w, "could you put the blocks that are the same colour as a bowl into that bowl, and basically "
                    "leave the other ones where they are?",
                 both(rels(*(Rel("in", b, bowl) for b, bowl in pairs)), kept(*rest)))


def t208_match_farmer2(w: World) -> Made:
    pairs = _match_pairs(w)
    if not pairs:
        return None
    matched = [b for b, _ in pairs]
    rest = [b for b in _loose(w) if b not in matched]
    return _made(w, "Any block that's the same colour as one of them bowls, put it in that bowl. "
                    "The rest of them can go in the bin.",
                 both(rels(*(Rel("in", b, bowl) for b, bowl in pairs)), binned(rest), none_binned(matched)))


def t208_match_retail(w: World) -> Made:
    pairs = _match_pairs(w)
    if len(pairs) != len(w.bowls):
        return None
    return _made(w, "Arrange the display so each bowl holds the block of its own colour and nothing else.",
                 lambda _i, f: all(f.in_bowl(bowl) == [b] for b, bowl in pairs))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse", "engineer", "mum", "student", "farmer2", "retail")
FRESH208: list[Template] = [
    (f"t208_{short}_{style}", category, globals()[f"t208_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
