"""`FRESH331`, the three-hundred-and-thirty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing to the arm the way they would text a helper, some
short and blunt, some chatty, some with small slips in their English. Six personas write them:
- plumber5: a plumber, practical and blunt ("Red block in the blue bowl. Go.")
- poet5: a poet, figurative and gentle ("Let the red block rest in the blue bowl, like a stone in a cupped hand.")
- uncle5: an uncle, jokey, full of folksy sayings ("Birds of a feather flock together, so pop each block in its own bowl.")
- dutch5: a Dutch speaker writing English with small slips ("I would like that the red block is in the bin.")
- nurse5: a nurse, calm, in clear checklists ("Step 1: red block on the table. Step 2: green block on top of it.")
- plain112: a plain, ordinary adult ("Can you move the red block to the middle?")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 398f989, the code of 10774b3, before anything it could prompt): 0.75
goal-correct (225 of 300), 60 refused, 10 questions, 0 wrong actions, 5 wrong replies. The wrong replies: a poet's
'Tell me, how many blocks rest on the open table, outside the bowls?'. The refusals and questions: an uncle's 'Alright
champ, ... Slow and steady wins the race!', 'The way I see it, X belongs in W, and that's all she wrote.', 'Sure would
make my day if X ended up in P. Just saying!', '... Pop it in the bin, easy as pie.' and '..., but hands off X. If it
ain't broke, don't fix it!', a Dutch speaker's '..., we need it not anymore.', 'X may not be in W anymore, put it
somewhere else please.' (asked where) and 'Only X must go in the bowl with the same colour, the others not.', a poet's
'X rests upon Y, the way snow rests on a roof.', 'I would love to see X asleep in W, like a stone in a cupped hand.',
'Let every block still standing on the table drift down into the bin; leave the bowls to dream.', 'Let no block linger
on X; leave it bare beneath the sky.' and 'The block waiting nearest W, like a shy guest at the door: bring it
inside.', a nurse's 'X needs to be on the table, not on top of anything or in a bowl.' (asked which block).
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

TL, TR, BL, BR, MID = PLACES
_MARGIN = 0.03


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(name: str) -> str:
    """The colour word of an object: "red" for "red block"."""
    return name.split()[0]


def _loose(w: World) -> list[str]:
    """Blocks whose tower stands on the table (not in a bowl)."""
    return [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES)]


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of b's tower up to b, b included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _below(s: SymState, b: str) -> list[str]:
    """Every block under b in its tower."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _room(w: World, bowl: str, block: str | None = None) -> bool:
    """Whether `block` (or one more block) fits in `bowl`."""
    inside = w.state.in_bowl(bowl)
    return block in inside or len(inside) < layout.BOWL_CAPACITY


def _can_stack(w: World, x: str, y: str) -> bool:
    """Whether x can go on y: y stands on the table, is not above x, and the tower stays low enough."""
    s = w.state
    return (x != y and s.base(y) in (TABLE, *PLACES) and y not in s.above(x)
            and _depth(s, y) + 1 <= layout.MAX_TOWER)


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(w, x, y) and w.state.support[x] != y]
    return w.rng.choice(pairs) if pairs else None


def _bowl_for(w: World, x: str) -> str | None:
    bowls = [b for b in w.bowls if _room(w, b, x) and w.state.base(x) != b]
    return w.rng.choice(bowls) if bowls else None


def _winner(w: World, cands: list[str], key) -> str | None:
    """The candidate with the smallest key, when it wins by a clear margin over every other candidate."""
    if not cands:
        return None
    ranked = sorted(cands, key=key)
    if len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < _MARGIN:
        return None
    return ranked[0]


def _untouched(bowl: str) -> Check:
    """The bowl keeps exactly the blocks it had, each resting where it rested."""
    return lambda i, f: set(f.in_bowl(bowl)) == set(i.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _in(x: str, bowl: str) -> Check:
    return rels(Rel("in", x, bowl))


def _on(x: str, y: str) -> Check:
    return rels(Rel("on", x, y))


def _at(x: str, place: str) -> Check:
    return rels(Rel("at", x, place))


def _bin(x: str) -> Check:
    return rels(Rel("in_bin", x))


def _table(x: str) -> Check:
    return rels(Rel("on_table", x))


def _off_table(w: World) -> list[str]:
    """Blocks that rest on a block or in a bowl: those 'put on the table' can move."""
    return [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES)]


# ----- imperative ------------------------------------------------------------------------------------
def t331_imp_plumber5(w: World) -> Made:
    x = w.pick(w.blocks)
    bowl = _bowl_for(w, x[0]) if x else None
    if not bowl:
        return None
    return _made(w, f"{_c(x[0]).capitalize()} block in the {bowl}. Go.", _act(_in(x[0], bowl)))


def t331_imp_poet5(w: World) -> Made:
    x, place = w.pick(w.blocks)[0], w.rng.choice(PLACES[:4])
    return _made(w, f"Carry the {x}, gentle as a falling leaf, over to the {place}.", _act(_at(x, place)))


def t331_imp_uncle5(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    return _made(w, f"Alright champ, stack the {p[0]} on the {p[1]}. Slow and steady wins the race!",
                 _act(_on(*p)))


def t331_imp_dutch5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"Please put the {x} in the bin, we need it not anymore.", _act(_bin(x)))


def t331_imp_nurse5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Please take the {x} off the {y} and set it down on the table by itself.", _act(_table(x)))


def t331_imp_plain112(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"Can you move the {x} to the middle?", _act(_at(x, MID)))


# ----- declarative -----------------------------------------------------------------------------------
def t331_dec_plumber5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"{_c(x).capitalize()} block goes in the bin.", _act(_bin(x)))


def t331_dec_poet5(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    return _made(w, f"The {p[0]} rests upon the {p[1]}, the way snow rests on a roof.", _act(_on(*p)))


def t331_dec_uncle5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    bowl = _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"The way I see it, the {x} belongs in the {bowl}, and that's all she wrote.",
                 _act(_in(x, bowl)))


def t331_dec_dutch5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"The {x} must stand in the bottom right corner.", _act(_at(x, BR)))


def t331_dec_nurse5(w: World) -> Made:
    xs = _off_table(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"The {x} needs to be on the table, not on top of anything or in a bowl.", _act(_table(x)))


def t331_dec_plain112(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    bowl = _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"The {bowl} should have the {x} in it.", _act(_in(x, bowl)))


# ----- desiderative ----------------------------------------------------------------------------------
def t331_des_plumber5(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    return _made(w, f"Want the {p[0]} on top of the {p[1]}.", _act(_on(*p)))


def t331_des_poet5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    bowl = _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"I would love to see the {x} asleep in the {bowl}, like a stone in a cupped hand.",
                 _act(_in(x, bowl)))


def t331_des_uncle5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"Sure would make my day if the {x} ended up in the top right corner. Just saying!",
                 _act(_at(x, TR)))


def t331_des_dutch5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"I would like that the {x} is in the bin.", _act(_bin(x)))


def t331_des_nurse5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"I'd like the {x} moved to the bottom left corner, please.", _act(_at(x, BL)))


def t331_des_plain112(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    return _made(w, f"It would be nice to have the {p[0]} sitting on the {p[1]}.", _act(_on(*p)))


# ----- quantified ------------------------------------------------------------------------------------
def t331_qua_plumber5(w: World) -> Made:
    return _made(w, "All the blocks in the bin.", _act(binned(w.blocks)))


def t331_qua_poet5(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table or len(on_table) == len(w.blocks):
        return None
    return _made(w, "Let every block still standing on the table drift down into the bin; leave the bowls to dream.",
                 _act(binned(on_table), none_binned(w.in_bowls())))


def t331_qua_uncle5(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Put two blocks in the {bowl}, any two will do. Two's company, three's a crowd!",
                 _act(count_in(bowl, 2)))


def t331_qua_dutch5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    rest = [b for b in w.blocks if b not in inside]
    return _made(w, "Please put all blocks what are not in a bowl into the bin.",
                 _act(binned(rest), none_binned(inside)))


def t331_qua_nurse5(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    check = _act(lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside))
    return _made(w, f"Please empty the {bowl}: every block in it goes onto the table.", check)


def t331_qua_plain112(w: World) -> Made:
    check = _act(lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 3)
    return _made(w, "Throw any three of the blocks in the bin.", check)


# ----- negated ---------------------------------------------------------------------------------------
def t331_neg_plumber5(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Nothing stays in the {bowl}. Clear it out.", _act(empty(bowl)))


def t331_neg_poet5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    y = w.rng.choice(pairs)[1]
    return _made(w, f"Let no block linger on the {y}; leave it bare beneath the sky.", _act(rels(Rel("clear", y))))


def t331_neg_uncle5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Toss everything but the {x} in the bin. Keep that one, like the last slice of pie!",
                 _act(binned(others), none_binned([x])))


def t331_neg_dutch5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    return _made(w, f"The {x} may not be in the {bowl} anymore, put it somewhere else please.",
                 _act(rels(Rel("in", x, bowl, negated=True))))


def t331_neg_nurse5(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.rng.choice(w.state.in_bowl(bowl))
    check = _act(lambda _i, f: f.in_bowl(bowl) == [x])
    return _made(w, f"Please take everything out of the {bowl} except the {x}.", check)


def t331_neg_plain112(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"Put every block in the bin except the {_c(x)} one and the {_c(y)} one.",
                 _act(binned(others), none_binned([x, y])))


# ----- relative --------------------------------------------------------------------------------------
def t331_rel_plumber5(w: World) -> Made:
    x = _winner(w, w.blocks, w.y)
    if not x:
        return None
    return _made(w, "Leftmost block, into the bin.", _act(_bin(x)))


def t331_rel_poet5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl):
        return None
    x = _winner(w, [b for b in w.blocks if w.state.base(b) != bowl], lambda b: w.dist(b, bowl))
    if not x:
        return None
    return _made(w, f"The block waiting nearest the {bowl}, like a shy guest at the door: bring it inside.",
                 _act(_in(x, bowl)))


def t331_rel_uncle5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"See the block sitting on top of the {y}? Pop it in the bin, easy as pie.", _act(_bin(x)))


def t331_rel_dutch5(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block what is in the {bowl}, put it on the table please.", _act(_table(x)))


def t331_rel_nurse5(w: World) -> Made:
    x = _winner(w, w.blocks, lambda b: -w.y(b))
    if not x:
        return None
    return _made(w, "Please take the rightmost block and place it in the middle of the table.", _act(_at(x, MID)))


def t331_rel_plain112(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Take the block that's underneath the {x} and put it in the bin.", _act(_bin(y)))


# ----- keep ------------------------------------------------------------------------------------------
def t331_keep_plumber5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Bin the {x}. Leave the {bowl} alone.", _act(_bin(x), _untouched(bowl)))


def t331_keep_poet5(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    zs = [b for b in w.blocks if b not in (x, y) and b not in w.state.above(x) and b not in w.state.above(y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Lift the {x} onto the {y}, but let the {z} sleep where it lies.",
                 _act(_on(x, y), kept(z)))


def t331_keep_uncle5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    bowl = _bowl_for(w, x)
    zs = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if not bowl or not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Put the {x} in the {bowl}, but hands off the {z}. If it ain't broke, don't fix it!",
                 _act(_in(x, bowl), kept(z)))


def t331_keep_dutch5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    zs = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Put the {x} to the top left corner, but the {z} must stay on his place.",
                 _act(_at(x, TL), kept(z)))


def t331_keep_nurse5(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    rest = [b for b in w.blocks if w.state.base(b) != bowl]
    if not rest:
        return None
    return _made(w, f"Please put all the blocks in the bin except the ones in the {bowl}. Leave the {bowl} as it is.",
                 _act(binned(rest), _untouched(bowl)))


def t331_keep_plain112(w: World) -> Made:
    xs = _off_table(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    zs = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Move the {x} onto the table, but don't touch the {z}.", _act(_table(x), kept(z)))


# ----- multi_step ------------------------------------------------------------------------------------
def t331_multi_plumber5(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    bowl = _bowl_for(w, y)
    if not bowl:
        return None
    return _made(w, f"{_c(x).capitalize()} block in the bin, then {_c(y)} block in the {bowl}.",
                 _act(_bin(x), _in(y, bowl)))


def t331_multi_poet5(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    return _made(w, f"First carry the {x} to the top left corner, then lay the {y} upon it like a little hat.",
                 _act(_at(x, TL), _on(y, x)))


def t331_multi_uncle5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Step one, the {x} comes off the {y} and goes on the table. Step two, the {y} goes in the bin. "
                    "Easy peasy, lemon squeezy.", _act(_table(x), _bin(y)))


def t331_multi_dutch5(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    return _made(w, f"First the {x} in the bin, and after that you put the {y} to the middle.",
                 _act(_bin(x), _at(y, MID)))


def t331_multi_nurse5(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    return _made(w, f"Step 1: put the {x} on the table. Step 2: put the {y} on top of it. "
                    f"Step 3: put the {z} on top of the {y}.", _act(rels(Rel("stacked", x, y, z))))


def t331_multi_plain112(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    bowl = _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"Put the {x} in the {bowl} and then put the {y} in the bin.", _act(_in(x, bowl), _bin(y)))


# ----- question --------------------------------------------------------------------------------------
def t331_q_plumber5(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"What's in the {bowl}?", answered("|".join(w.state.in_bowl(bowl)))


def t331_q_poet5(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "Tell me, how many blocks rest on the open table, outside the bowls?", answered(str(n))


def t331_q_uncle5(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x = w.pick(w.blocks)[0]
        ys = [b for b in w.blocks if b != x and b not in _below(w.state, x)]
        if not ys:
            return None
        y = w.rng.choice(ys)
    flag = w.state.support[x] == y
    return f"Quick one for ya: is the {x} sitting on the {y}?", answered(yes(flag))


def t331_q_dutch5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    s = w.state.support[x]
    if s in w.state.support and w.state.base(x) not in (TABLE, *PLACES):
        return None  # on a block in a bowl: two honest answers
    return f"Where is the {x} standing now?", answered(s)


def t331_q_nurse5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"Please tell me how many blocks are in the {bowl}.", answered(str(len(w.state.in_bowl(bowl))))


def t331_q_plain112(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return f"Is there anything on top of the {x}?", answered(yes(not w.state.is_clear(x)))


# ----- matching --------------------------------------------------------------------------------------
def _match_all(w: World, text: str) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, text, _act(rels(*want)))


def t331_match_plumber5(w: World) -> Made:
    return _match_all(w, "Blocks into the bowls that match their colour.")


def t331_match_poet5(w: World) -> Made:
    return _match_all(w, "Let each block find the bowl that wears its own colour.")


def t331_match_uncle5(w: World) -> Made:
    return _match_all(w, "Birds of a feather flock together, so pop each block in the bowl of the same colour.")


def t331_match_dutch5(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    others = [o for o in matching(w) if o != r and not holds(o, w.state)]
    check = _act(rels(r), lambda _i, f: not any(holds(o, f) for o in others))
    return _made(w, f"Only the {r.block} must go in the bowl with the same colour, the others not.", check)


def t331_match_nurse5(w: World) -> Made:
    want = matching(w)
    if len(want) < 2:
        return None
    a, b = w.rng.sample(want, 2)
    return _made(w, f"Please put the {a.block} and the {b.block} each into the bowl of its own colour.",
                 _act(rels(a, b)))


def t331_match_plain112(w: World) -> Made:
    want = matching(w)
    moving = [r.block for r in want if not holds(r, w.state)]
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not moving or any(b in w.state.above(m) for m in moving for b in rest):
        return None
    return _made(w, "Sort the blocks into the bowls by colour, and leave the others where they are.",
                 _act(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("plumber5", "poet5", "uncle5", "dutch5", "nurse5", "plain112")
FRESH331: list[Template] = [
    (f"t331_{short}_{style}", category, globals()[f"t331_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
