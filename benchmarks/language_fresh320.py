"""`FRESH320`, the three-hundred-and-twenty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying, sorting and asking about the blocks on the table the
way they would type to any helper. Six personas write them:
- firefighter: a firefighter, urgent, short commands ("Red block in the bin. Now.")
- historian: a historian, wordy, formal, fond of context ("Kindly place the red block upon the blue block.")
- kid6: a seven-year-old, excited, simple words, exclamation marks ("put the red block in the blue bowl!!")
- portuguese: a Portuguese speaker writing English with small slips ("The red block must to be in the middle.")
- office2: an office worker typing fast between meetings, some typos ("pls move teh red block to the middle, thx")
- plain101: a plain, ordinary adult ("Put the red block in the bin, please.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 856dc52, the code of dba2683, before anything it could prompt): 0.8333
goal-correct (250 of 300), 50 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a historian's
'..., much as one builds a little column of masonry, one stone at a time?', 'X, by rights and by long custom, belongs
in W.', 'I should very much like to see X resting in W, if it would not be too much trouble.', 'In the interest of
good order, I would ask that every block presently resting in a bowl be returned to the table.', 'Might you tell me,
as a matter of simple record, how many blocks presently rest upon the table?' and 'Each block whose colour corresponds
to that of a bowl ought, I think, to be placed within its counterpart, as a careful archivist files like with like.',
an office worker's 'would be gr8 if X ended up in the bin, thx' and 'empty W into the bin but dont touch V, its fine
as is', a plain adult's 'X shouldn't be in W. Could you move it out?', a Portuguese speaker's 'Can you say me where is
X?'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers -----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _r(*want: Rel) -> Check:
    return _act(rels(*want))


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _height(s: SymState, b: str) -> int:
    """How many blocks the tower holds up to and including `b`."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _onto(w: World, x: str) -> list[str]:
    """Clear blocks that `x` can be stacked on."""
    return [y for y in w.clear_blocks() if y != x and _height(w.state, y) < layout.MAX_TOWER]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _lifted(w: World) -> list[str]:
    """Clear blocks that are not standing directly on the table (on a block or in a bowl)."""
    return [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]


def _winner(scores: dict[str, float], margin: float = 0.03) -> str | None:
    """The name with the smallest score, when it beats every other by `margin`."""
    if len(scores) < 2:
        return None
    (best, a), (_, b) = sorted(scores.items(), key=lambda kv: kv[1])[:2]
    return best if b - a >= margin else None


def _leftmost(w: World, sign: float = 1.0) -> str | None:
    return _winner({b: sign * w.y(b) for b in _live(w)})


def _near_place(w: World, place: str, among: list[str]) -> str | None:
    px, py = layout.PLACES[place]
    pos = {b: w.scene.get(b).position for b in among}
    return _winner({b: ((p[0] - px) ** 2 + (p[1] - py) ** 2) ** 0.5 for b, p in pos.items()})


def _on_tab(*blocks: str) -> Check:
    """Each block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _one_tower(blocks: list[str]) -> Check:
    """All `blocks` form one tower, standing on the table, a place or in a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        sup = [f.support[b] for b in blocks]
        bottoms = [b for b, s in zip(blocks, sup) if s not in blocks]
        on_blocks = [s for s in sup if s in blocks]
        return (len(bottoms) == 1 and len(set(on_blocks)) == len(on_blocks)
                and f.base(bottoms[0]) != BIN)
    return check


def _c(name: str) -> str:
    """The colour word of a name: "red block" -> "red"."""
    return name.split()[0]


# ----- imperative ---------------------------------------------------------------------------------------
def t320_imp_firefighter(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    text = w.rng.choice([f"{x[0].capitalize()} in the bin. Now.", f"Bin the {x[0]}. Go!",
                         f"Get the {x[0]} in the bin, quick."])
    return _made(w, text, _act(binned(x)))


def t320_imp_historian(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    ys = _onto(w, x[0]) if x else []
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = (f"Would you be so kind as to place the {x[0]} upon the {y}, much as one builds a little column of "
            f"masonry, one stone at a time?")
    return _made(w, text, _r(Rel("on", x[0], y)))


def t320_imp_kid6(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl[0]]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice([f"put the {x} in the {bowl[0]}!!", f"Put the {x} in the {bowl[0]}! Yay!"])
    return _made(w, text, _r(Rel("in", x, bowl[0])))


def t320_imp_portuguese(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"Please you put the {x[0]} in the {place}.", f"Put the {x[0]} on the {place}, please."])
    return _made(w, text, _r(Rel("at", x[0], place)))


def t320_imp_office2(w: World) -> Made:
    x = w.pick(_lifted(w))
    if not x:
        return None
    text = w.rng.choice([f"pls move teh {x[0]} onto the table", f"move the {x[0]} down to the table pls, thx"])
    return _made(w, text, _r(Rel("on_table", x[0])))


def t320_imp_plain101(w: World) -> Made:
    pair = w.pick([p for p in w.pairs() if w.state.is_clear(p[0])])
    if not pair:
        return None
    x, y = pair[0]
    return _made(w, f"Take the {x} off the {y} and put it on the table.", _r(Rel("on_table", x)))


# ----- declarative --------------------------------------------------------------------------------------
def t320_dec_firefighter(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    return _made(w, f"{x[0].capitalize()} goes in the bin.", _act(binned(x)))


def t320_dec_historian(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl[0]]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"The {x}, by rights and by long custom, belongs in the {bowl[0]}."
    return _made(w, text, _r(Rel("in", x, bowl[0])))


def t320_dec_kid6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    ys = _onto(w, x[0]) if x else []
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"the {x[0]} has to be on top of the {y}!!! like a tower!", _r(Rel("on", x[0], y)))


def t320_dec_portuguese(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"The {x[0]} must to be in the middle.", _r(Rel("at", x[0], PLACES[4])))


def t320_dec_office2(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if w.state.support[b] in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.support[x]
    return _made(w, f"{x} needs to be on the table, not in teh {bowl}", _r(Rel("on_table", x)))


def t320_dec_plain101(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    return _made(w, f"The {x[0]} should be in the bin.", _act(binned(x)))


# ----- desiderative -------------------------------------------------------------------------------------
def t320_des_firefighter(w: World) -> Made:
    x = w.pick(_lifted(w))
    if not x:
        return None
    return _made(w, f"Need the {x[0]} on the table. Now.", _r(Rel("on_table", x[0])))


def t320_des_historian(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl[0]]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = (f"I should very much like to see the {x} resting in the {bowl[0]}, if it would not be too much "
            f"trouble.")
    return _made(w, text, _r(Rel("in", x, bowl[0])))


def t320_des_kid6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"I want the {x[0]} in the middle!!! pleeease", _r(Rel("at", x[0], PLACES[4])))


def t320_des_portuguese(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"I would like very much the {x[0]} in the {place}.", _r(Rel("at", x[0], place)))


def t320_des_office2(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    return _made(w, f"would be gr8 if the {x[0]} ended up in the bin, thx", _act(binned(x)))


def t320_des_plain101(w: World) -> Made:
    xy = w.pick(_live(w), 2)
    if not xy:
        return None
    text = f"It would be nice if the {xy[0]} and the {xy[1]} were both in the bin."
    return _made(w, text, _act(binned(xy)))


# ----- quantified ---------------------------------------------------------------------------------------
def t320_qua_firefighter(w: World) -> Made:
    return _made(w, w.rng.choice(["All blocks in the bin. Move!", "Every block in the bin. Go."]),
                 _act(binned(w.blocks)))


def t320_qua_historian(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    text = ("In the interest of good order, I would ask that every block presently resting in a bowl be returned to "
            "the table.")
    return _made(w, text, _act(_on_tab(*xs)))


def t320_qua_kid6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(_live(w)) < 3:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"put two blocks in the {bowl}!! just two!", _act(count_in(bowl, 2)))


def t320_qua_portuguese(w: World) -> Made:
    xs = w.state.on_the_table()
    rest = [b for b in w.blocks if b not in xs]
    if not xs or not rest:
        return None
    text = "Put all the blocks what are on the table in the bin, please."
    return _made(w, text, _act(binned(xs), none_binned(rest)))


def t320_qua_office2(w: World) -> Made:
    if len(_live(w)) < 4:
        return None
    return _made(w, "throw any 3 blocks in teh bin, doesnt matter which", _act(count_in(BIN, 3)))


def t320_qua_plain101(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    text = w.rng.choice(["Stack all the blocks into a single tower.", "Can you make one tower out of all the blocks?"])
    return _made(w, text, _act(_one_tower(w.blocks)))


# ----- negated ------------------------------------------------------------------------------------------
def t320_neg_firefighter(w: World) -> Made:
    xs = [b for b in _live(w) if not w.state.is_clear(b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Nothing on top of the {x}. Clear it!", _r(Rel("clear", x)))


def t320_neg_historian(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    rest = [b for b in w.blocks if b != x[0]]
    text = (f"I would ask that every block be consigned to the bin, save the {x[0]}, which is to be spared that "
            f"fate.")
    return _made(w, text, _act(binned(rest), none_binned(x)))


def t320_neg_kid6(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    x, y = pair[0]
    return _made(w, f"the {x} can't be on the {y}!! take it off!", _r(Rel("on", x, y, negated=True)))


def t320_neg_portuguese(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"No block can to stay in the {bowl}, please take them out.", _act(empty(bowl)))


def t320_neg_office2(w: World) -> Made:
    keep = w.pick(w.blocks, 2)
    if not keep or len(w.blocks) < 3:
        return None
    rest = [b for b in w.blocks if b not in keep]
    text = f"everything but the {keep[0]} and the {keep[1]} into the bin pls"
    return _made(w, text, _act(binned(rest), none_binned(keep)))


def t320_neg_plain101(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    text = f"The {x} shouldn't be in the {bowl}. Could you move it out?"
    return _made(w, text, _r(Rel("in", x, bowl, negated=True)))


# ----- relative -----------------------------------------------------------------------------------------
def t320_rel_firefighter(w: World) -> Made:
    x = _leftmost(w)
    if x is None:
        return None
    return _made(w, "Leftmost block to the bin! Go!", _act(binned([x])))


def t320_rel_historian(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    text = f"Kindly remove the block that rests upon the {below} and set it down upon the table itself."
    return _made(w, text, _r(Rel("on_table", top)))


def t320_rel_kid6(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"take the block that's in the {bowl} and put it on the table!!", _r(Rel("on_table", x)))


def t320_rel_portuguese(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    among = [b for b in _live(w) if w.state.base(b) != bowl[0]]
    x = _winner({b: w.dist(b, bowl[0]) for b in among})
    if x is None:
        return None
    text = f"Put the block more near of the {bowl[0]} in the top right corner."
    return _made(w, text, _r(Rel("at", x, PLACES[1])))


def t320_rel_office2(w: World) -> Made:
    x = _leftmost(w, -1.0)
    bowl = w.pick(w.bowls)
    if x is None or not bowl or not _room(w, bowl[0]) or w.state.base(x) == bowl[0]:
        return None
    return _made(w, f"grab the rightmost block n put it in the {bowl[0]}", _r(Rel("in", x, bowl[0])))


def t320_rel_plain101(w: World) -> Made:
    place = w.rng.choice(PLACES[:4])
    x = _near_place(w, place, _live(w))
    if x is None:
        return None
    return _made(w, f"Put the block closest to the {place} into the bin.", _act(binned([x])))


# ----- keep ---------------------------------------------------------------------------------------------
def t320_keep_firefighter(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    y = w.rng.choice([b for b in _live(w) if b != x[0]] or [None])
    if y is None:
        return None
    return _made(w, f"{x[0].capitalize()} in the bin. Don't touch the {y}.", _act(binned(x), kept(y)))


def t320_keep_historian(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl[0]]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in _live(w) if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = (f"Pray move the {x} into the {bowl[0]}, but leave the {y} precisely where it presently stands; it has "
            f"been arranged just so.")
    return _made(w, text, _act(rels(Rel("in", x, bowl[0])), kept(y)))


def t320_keep_kid6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    ys = _onto(w, x[0]) if x else []
    if not ys:
        return None
    y = w.rng.choice(ys)
    zs = [b for b in _live(w) if b not in (x[0], y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = f"put the {x[0]} on the {y} but dont touch the {_c(z)} one!!"
    return _made(w, text, _act(rels(Rel("on", x[0], y)), kept(z)))


def t320_keep_portuguese(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not xs:
        return None
    x = w.rng.choice(xs)
    rest = [b for b in w.blocks if b != x]
    text = f"Put all the blocks in the bin but let the {x} where it is."
    return _made(w, text, _act(binned(rest), kept(x)))


def t320_keep_office2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full or len(w.bowls) < 2:
        return None
    a = w.rng.choice(full)
    b = w.rng.choice([o for o in w.bowls if o != a])
    inside = w.state.in_bowl(b)
    same = lambda i, f: sorted(f.in_bowl(b)) == sorted(i.in_bowl(b))  # noqa: E731
    text = f"empty the {a} into the bin but dont touch the {b}, its fine as is"
    return _made(w, text, _act(binned(w.state.in_bowl(a)), kept(*inside), same))


def t320_keep_plain101(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    rest = [b for b in w.blocks if b != x[0]]
    text = f"Move the {x[0]} to the top right corner and leave everything else alone."
    return _made(w, text, _act(rels(Rel("at", x[0], PLACES[1])), kept(*rest)))


# ----- multi_step ---------------------------------------------------------------------------------------
def t320_multi_firefighter(w: World) -> Made:
    xyz = w.pick(w.clear_blocks(), 3)
    if not xyz:
        return None
    x, y, z = xyz
    if _height(w.state, z) >= layout.MAX_TOWER:
        return None
    text = f"{x.capitalize()} to the bin. Then {y} on the {z}. Go."
    return _made(w, text, _act(binned([x]), rels(Rel("on", y, z))))


def t320_multi_historian(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0], 2):
        return None
    xy = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl[0]], 2)
    if not xy:
        return None
    x, y = xy
    text = (f"First, if you please, the {x} into the {bowl[0]}; and thereafter, the {y} placed upon the {x}, "
            f"so that the one crowns the other.")
    return _made(w, text, _r(Rel("in", x, bowl[0]), Rel("on", y, x)))


def t320_multi_kid6(w: World) -> Made:
    x = w.pick(_lifted(w))
    if not x:
        return None
    ys = [b for b in w.clear_blocks() if b != x[0]]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = f"first put the {x[0]} on the table and then put the {y} on it!!"
    return _made(w, text, _r(Rel("on_table", x[0]), Rel("on", y, x[0])))


def t320_multi_portuguese(w: World) -> Made:
    bowl = w.pick(w.bowls)
    xy = w.pick(w.clear_blocks(), 2)
    if not bowl or not xy or not _room(w, bowl[0]) or w.state.base(xy[1]) == bowl[0]:
        return None
    x, y = xy
    text = f"First you put the {x} in the bin, after you put the {y} in the {bowl[0]}."
    return _made(w, text, _act(binned([x]), rels(Rel("in", y, bowl[0]))))


def t320_multi_office2(w: World) -> Made:
    pair = w.pick([p for p in w.pairs() if w.state.is_clear(p[0])])
    if not pair:
        return None
    x, y = pair[0]
    text = f"take the {x} off the {y}, then put {y} in the bin thx"
    return _made(w, text, _act(rels(Rel("on", x, y, negated=True)), binned([y]), none_binned([x])))


def t320_multi_plain101(w: World) -> Made:
    xyz = w.pick(w.clear_blocks(), 3)
    if not xyz:
        return None
    x, y, z = xyz
    text = f"Put the {x} in the middle, then stack the {y} on it, and then put the {z} on top of that."
    return _made(w, text, _r(Rel("at", x, PLACES[4]), Rel("on", y, x), Rel("on", z, y)))


# ----- question -----------------------------------------------------------------------------------------
def t320_q_firefighter(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    return f"What's in the {bowl[0]}? Quick.", answered("|".join(inside) if inside else "nothing")


def t320_q_historian(w: World) -> Made:
    n = w.state.count_at(TABLE)
    text = "Might you tell me, as a matter of simple record, how many blocks presently rest upon the table?"
    return text, answered(str(n))


def t320_q_kid6(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        return f"is the {x} on the {y}??", answered("Yes")
    cands = [(x, y) for x in _live(w) for y in _live(w)
             if x != y and y not in w.state.above(x) and x not in w.state.above(y)]
    if not cands:
        return None
    x, y = w.rng.choice(cands)
    return f"is the {x} on the {y}??", answered(yes(holds(Rel("on", x, y), w.state)))


def t320_q_portuguese(w: World) -> Made:
    x = w.pick(_live(w))
    if not x:
        return None
    sup = w.state.support[x[0]]
    where = TABLE if sup == TABLE else sup
    return f"Can you say me where is the {x[0]}?", answered(where)


def t320_q_office2(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"how many blocks in teh {bowl} rn?", answered(str(len(w.state.in_bowl(bowl))))


def t320_q_plain101(w: World) -> Made:
    towers = [s for _, s in w.pairs()]
    pool = towers if towers and w.rng.random() < 0.5 else _live(w)
    x = w.rng.choice(pool)
    return f"Is there anything on top of the {x}?", answered(yes(not w.state.is_clear(x)))


# ----- matching -----------------------------------------------------------------------------------------
def t320_match_firefighter(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Blocks into the bowls of their colour. Go!", _r(*want))


def t320_match_historian(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = ("Each block whose colour corresponds to that of a bowl ought, I think, to be placed within its "
            "counterpart, as a careful archivist files like with like.")
    return _made(w, text, _r(*want))


def t320_match_kid6(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"put the {r.block} in the bowl that's the same colour!! they match!"
    return _made(w, text, _r(r))


def t320_match_portuguese(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put each block in the bowl of same colour, please.", _r(*want))


def t320_match_office2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "can u put the blocks that match a bowl in that bowl? ty", _r(*want))


def t320_match_plain101(w: World) -> Made:
    want = matching(w)
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not others:
        return None
    text = ("Put every block that has a bowl of its own colour into that bowl, and put the other blocks in the "
            "bin.")
    return _made(w, text, _act(rels(*want), binned(others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("firefighter", "historian", "kid6", "portuguese", "office2", "plain101")
FRESH320: list[Template] = [
    (f"t320_{short}_{style}", category, globals()[f"t320_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
