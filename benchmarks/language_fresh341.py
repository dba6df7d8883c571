"""`FRESH341`, the three-hundred-and-forty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table between other things, typing the way they
would to a helpful robot in a chat window. Six personas write them:
- nurse6: a nurse, kind and practical ("Could you pop the red block into the blue bowl for me? Thank you, love.")
- manager5: an office manager in business jargon ("Action item: stack the red block on the green block, please.")
- dad6: an easygoing dad with dad jokes ("Put the red block in the bin. Don't worry, it had a good run.")
- korean5: a Korean speaker with small slips in English ("Please move red block to top left corner.")
- artist5: a dreamy artist who describes colours ("Take the red block, ripe as a cherry, and set it on the green block.")
- plain122: a plain, ordinary adult ("Put the red block on the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 05e9747, the code of f0784ca, before anything it could
prompt): 0.80 goal-correct (240 of 300), 60 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: an
artist's similes ('cool as a swimming pool', 'pale as fresh snow', 'deep as the sea at dusk'), 'whatever its hue',
'... can drift into the bin'; a dad's jokes ('Don't worry, it had a good run', 'Bin there, done that', 'It's not
trash, it's family', 'Tower of power!', 'That bowl's off limits, like my snack drawer'); a plain adult's 'Match the
blocks to the bowls by colour, but only the ones on the table'. A writer's check ran one grep on
agent/evaluation/suite.py and saw the first five lines of scene_from_spec; nothing of it is used here.
"""

from __future__ import annotations

from benchmarks.planner_language import (Check, Made, Template, World, answered, binned, count_in, empty, kept,
                                         matching, none_binned, rels, yes)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

# ----- helpers -----------------------------------------------------------------------------------------
_FLOOR = (TABLE, *PLACES)
_MARGIN = 0.03  # metres: a relative word needs a clear winner
_SIMILE = {
    "red": "ripe as a cherry", "green": "fresh as spring leaves", "blue": "deep as the sea at dusk",
    "yellow": "sunny as a lemon", "orange": "warm as a tangerine", "purple": "rich as a plum",
    "pink": "soft as a rose petal", "cyan": "cool as a swimming pool", "white": "pale as fresh snow",
}


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _spot(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _sim(w: World, name: str) -> str:
    return _SIMILE.get(w.colour(name), "quiet and lovely")


def _depth(s: SymState, block: str) -> int:
    """How many blocks from the floor up to `block`, itself included."""
    n = 1
    while s.support[block] in s.support:
        block, n = s.support[block], n + 1
    return n


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _into(w: World, avoid: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A clear block and a bowl with room that it is not in yet."""
    opts = [(x, b) for x in w.clear_blocks() if x not in avoid for b in w.bowls
            if w.state.base(x) != b and _room(w, b) > 0]
    return w.rng.choice(opts) if opts else None


def _onto(w: World, avoid: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """Two clear blocks (x, y): x can go on y, whose tower stands on the table and has room."""
    s, xs = w.state, [b for b in w.clear_blocks() if b not in avoid]
    opts = [(x, y) for x in xs for y in xs if x != y and s.support[x] != y and s.base(y) in _FLOOR
            and _depth(s, y) < layout.MAX_TOWER]
    return w.rng.choice(opts) if opts else None


def _winner(scores: dict[str, float]) -> str | None:
    """The name with the smallest score, when it wins by a clear margin."""
    if len(scores) < 2:
        return None
    first, second = sorted(scores.items(), key=lambda kv: kv[1])[:2]
    return first[0] if second[1] - first[1] >= _MARGIN else None


def _to_place(w: World, block: str, place: str) -> float:
    (x, y, *_), (px, py) = w.scene.get(block).position, layout.PLACES[place]
    return ((x - px) ** 2 + (y - py) ** 2) ** 0.5


def _where(w: World, block: str) -> str:
    s = w.state.support[block]
    return "table" if s == TABLE else s


def _binned_n(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


# ----- imperative --------------------------------------------------------------------------------------
def t341_imp_nurse6(w: World) -> Made:
    xb = _into(w)
    if not xb:
        return None
    x, b = xb
    return _made(w, f"Could you pop the {x} into the {b} for me? Thank you, love.", _act(rels(Rel("in", x, b))))


def t341_imp_manager5(w: World) -> Made:
    xy = _onto(w)
    if not xy:
        return None
    x, y = xy
    return _made(w, f"Action item for you: stack the {x} on top of the {y}. Thanks in advance.",
                 _act(rels(Rel("on", x, y))))


def t341_imp_dad6(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Chuck the {x} in the bin. Don't worry, it had a good run.", _act(binned([x])))


def t341_imp_korean5(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    return _made(w, f"Please move {x} to {p}.", _act(rels(Rel("at", x, p))))


def t341_imp_artist5(w: World) -> Made:
    xy = _onto(w)
    if not xy:
        return None
    x, y = xy
    return _made(w, f"Take the {x}, {_sim(w, x)}, and set it gently down on the {y}.",
                 _act(rels(Rel("on", x, y))))


def t341_imp_plain122(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if w.state.support[b] not in _FLOOR]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Put the {x} on the table.", _act(rels(Rel("on_table", x))))


# ----- declarative -------------------------------------------------------------------------------------
def t341_dec_nurse6(w: World) -> Made:
    xb = _into(w)
    if not xb:
        return None
    x, b = xb
    return _made(w, f"The {x} needs to go in the {b}, please.", _act(rels(Rel("in", x, b))))


def t341_dec_manager5(w: World) -> Made:
    xy = _onto(w)
    if not xy:
        return None
    x, y = xy
    return _made(w, f"Target state for this sprint: the {x} is on the {y}.", _act(rels(Rel("on", x, y))))


def t341_dec_dad6(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"The {x} belongs in the bin. Trust me, I'm a dad.", _act(binned([x])))


def t341_dec_korean5(w: World) -> Made:
    xb = _into(w)
    if not xb:
        return None
    x, b = xb
    return _made(w, f"The {x} have to be in the {b}.", _act(rels(Rel("in", x, b))))


def t341_dec_artist5(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    return _made(w, f"The {x} ought to be sitting in {_spot(p)}, {_sim(w, x)}.", _act(rels(Rel("at", x, p))))


def t341_dec_plain122(w: World) -> Made:
    xy = _onto(w)
    if not xy:
        return None
    x, y = xy
    return _made(w, f"The {x} should be on the {y}.", _act(rels(Rel("on", x, y))))


# ----- desiderative ------------------------------------------------------------------------------------
def t341_des_nurse6(w: World) -> Made:
    xb = _into(w)
    if not xb:
        return None
    x, b = xb
    return _made(w, f"I'd love the {x} in the {b}, if you don't mind.", _act(rels(Rel("in", x, b))))


def t341_des_manager5(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    return _made(w, f"Ideally I'd like to see the {x} relocated to {_spot(p)}.", _act(rels(Rel("at", x, p))))


def t341_des_dad6(w: World) -> Made:
    xy = _onto(w)
    if not xy:
        return None
    x, y = xy
    return _made(w, f"I want the {x} on top of the {y}, like a little hat. Very dapper.",
                 _act(rels(Rel("on", x, y))))


def t341_des_korean5(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"I want the {x} go in the bin, please.", _act(binned([x])))


def t341_des_artist5(w: World) -> Made:
    xb = _into(w)
    if not xb:
        return None
    x, b = xb
    return _made(w, f"It would be lovely if the {x}, {_sim(w, x)}, were resting in the {b}.",
                 _act(rels(Rel("in", x, b))))


def t341_des_plain122(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if w.state.support[b] not in _FLOOR]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"It would be nice if the {x} was on the table.", _act(rels(Rel("on_table", x))))


# ----- quantified --------------------------------------------------------------------------------------
def t341_qua_nurse6(w: World) -> Made:
    return _made(w, "Could you put all the blocks into the bin, please? We're tidying up for the day.",
                 _act(binned(w.blocks)))


def t341_qua_manager5(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    return _made(w, f"Let's consolidate: two blocks into the {b}, please. Any two will do.",
                 _act(count_in(b, 2)))


def t341_qua_dad6(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    stay = [Rel("in", b, w.state.base(b)) for b in inside]
    return _made(w, "Every block that isn't in a bowl goes in the bin. Bin there, done that.",
                 _act(binned(outside), rels(*stay)))


def t341_qua_korean5(w: World) -> Made:
    table = w.state.on_the_table()
    bowls = [b for b in w.bowls if len(table) + len(w.state.in_bowl(b)) <= layout.BOWL_CAPACITY]
    if len(table) < 2 or not bowls:
        return None
    b = w.rng.choice(bowls)
    return _made(w, f"Please put every blocks on the table into the {b}.",
                 _act(rels(*(Rel("in", x, b) for x in table))))


def t341_qua_artist5(w: World) -> Made:
    p = w.rng.choice(PLACES)
    return _made(w, f"Gather all the blocks together in {_spot(p)}, like a little bouquet of colours.",
                 _act(rels(*(Rel("at", x, p) for x in w.blocks))))


def t341_qua_plain122(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Put three of the blocks in the bin.", _act(_binned_n(3)))


# ----- negated -----------------------------------------------------------------------------------------
def t341_neg_nurse6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    return _made(w, f"No block should stay in the {b}. Could you empty it out for me, please?", _act(empty(b)))


def t341_neg_manager5(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not xs:
        return None
    x = w.rng.choice(xs)
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Going forward we bin everything except the {x}. That one is a key asset.",
                 _act(binned(rest), kept(x)))


def t341_neg_dad6(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Get the {x} off the {y}, just not into the bin. It's not trash, it's family.",
                 _act(rels(Rel("on", x, y, negated=True)), none_binned([x])))


def t341_neg_korean5(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = w.state.base(x)
    return _made(w, f"The {x} should not be in {b} anymore.", _act(rels(Rel("in", x, b, negated=True))))


def t341_neg_artist5(w: World) -> Made:
    ys = sorted({y for _, y in w.pairs()})
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"Nothing should sit on the {y}; let it breathe, {_sim(w, y)}.", _act(rels(Rel("clear", y))))


def t341_neg_plain122(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if len(xs) < 2 or len(w.blocks) < 3:
        return None
    x, z = w.pick(xs, 2)
    rest = [b for b in w.blocks if b not in (x, z)]
    return _made(w, f"Put all the blocks in the bin except the {x} and the {z}.",
                 _act(binned(rest), kept(x, z)))


# ----- relative ----------------------------------------------------------------------------------------
def t341_rel_nurse6(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) > 0]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    x = _winner({x: w.dist(x, b) for x in w.blocks if w.state.base(x) != b})
    if x is None or x not in w.clear_blocks():
        return None
    return _made(w, f"The block closest to the {b}, could you put it in the {b}, please?",
                 _act(rels(Rel("in", x, b))))


def t341_rel_manager5(w: World) -> Made:
    x = _winner({x: w.y(x) for x in w.blocks})
    if x is None or x not in w.clear_blocks():
        return None
    p = w.rng.choice(PLACES)
    return _made(w, f"Take the leftmost block and move it to {_spot(p)}. Let's keep things streamlined.",
                 _act(rels(Rel("at", x, p))))


def t341_rel_dad6(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Whatever block is sitting on the {y}, pop it in the bin. It's had its turn.",
                 _act(binned([x])))


def t341_rel_korean5(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    x = w.state.in_bowl(b)[0]
    return _made(w, f"Please move the block in {b} to table.", _act(rels(Rel("on_table", x))))


def t341_rel_artist5(w: World) -> Made:
    x = _winner({x: -w.y(x) for x in w.blocks})
    if x is None or x not in w.clear_blocks():
        return None
    ys = [y for y in w.clear_blocks() if y != x and w.state.base(y) in _FLOOR
          and _depth(w.state, y) < layout.MAX_TOWER]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"The block farthest to the right, whatever its hue, let it rest on the {y}.",
                 _act(rels(Rel("on", x, y))))


def t341_rel_plain122(w: World) -> Made:
    p = w.rng.choice(PLACES[:4])
    x = _winner({x: _to_place(w, x, p) for x in w.blocks})
    if x is None or x not in w.clear_blocks():
        return None
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b) > 0]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    return _made(w, f"Take the block nearest the {p} and put it in the {b}.", _act(rels(Rel("in", x, b))))


# ----- keep --------------------------------------------------------------------------------------------
def t341_keep_nurse6(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs or len(w.blocks) < 2:
        return None
    x = w.rng.choice(xs)
    y = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Could you put the {x} in the bin, but please leave the {y} where it is.",
                 _act(binned([x]), kept(y)))


def t341_keep_manager5(w: World) -> Made:
    xy = _onto(w)
    if not xy:
        return None
    x, y = xy
    zs = [b for b in w.blocks if b not in (x, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Move the {x} onto the {y}, but the {z} stays put. Hands off that one, per leadership.",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t341_keep_dad6(w: World) -> Made:
    full = [v for v in w.bowls if w.state.in_bowl(v)]
    if len(w.bowls) < 2 or not full:
        return None
    v = w.rng.choice(full)
    opts = [(x, b) for x in w.clear_blocks() if w.state.base(x) != v for b in w.bowls
            if b != v and w.state.base(x) != b and _room(w, b) > 0]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    return _made(w, f"Put the {x} in the {b}, but don't touch the {v}. That bowl's off limits, like my snack drawer.",
                 _act(rels(Rel("in", x, b)), kept(*w.state.in_bowl(v))))


def t341_keep_korean5(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs or len(w.blocks) < 2:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    y = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Put the {x} to {p} but not touch {y}, please.", _act(rels(Rel("at", x, p)), kept(y)))


def t341_keep_artist5(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs or len(w.blocks) < 2:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    y = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Let the {x} drift over to {_spot(p)}, {_sim(w, x)}, while the {y} stays just as it is.",
                 _act(rels(Rel("at", x, p)), kept(y)))


def t341_keep_plain122(w: World) -> Made:
    table = w.state.on_the_table()
    xs = [b for b in table if w.state.support[b] in _FLOOR]
    if not xs:
        return None
    x = w.rng.choice(xs)
    rest = [b for b in table if b != x]
    if not rest:
        return None
    return _made(w, f"Put every block on the table in the bin, but leave the {x} alone.",
                 _act(binned(rest), kept(x)))


# ----- multi_step --------------------------------------------------------------------------------------
def t341_multi_nurse6(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 2:
        return None
    x = w.rng.choice(xs)
    yb = _into(w, avoid=(x,))
    if not yb:
        return None
    y, b = yb
    return _made(w, f"First pop the {x} in the bin, then put the {y} in the {b}. Thanks so much.",
                 _act(binned([x]), rels(Rel("in", y, b))))


def t341_multi_manager5(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    p, q = w.pick(list(PLACES), 2)
    return _made(w, f"Step one: move the {x} to {_spot(p)}. Step two: move the {y} to {_spot(q)}. Let's execute.",
                 _act(rels(Rel("at", x, p), Rel("at", y, q))))


def t341_multi_dad6(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 3:
        return None
    x, y, z = w.pick(xs, 3)
    return _made(w, f"Put the {x} in the middle, then the {y} on it, then the {z} on top. Tower of power!",
                 _act(rels(Rel("at", x, PLACES[4]), Rel("on", y, x), Rel("on", z, y))))


def t341_multi_korean5(w: World) -> Made:
    opts = [x for x in w.clear_blocks() if w.state.support[x] in w.bowls]
    if not opts:
        return None
    x = w.rng.choice(opts)
    b = w.state.support[x]
    ys = [y for y in w.clear_blocks() if y != x and w.state.base(y) != b]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"First, take {x} out from {b}, and then put {y} in {b}.",
                 _act(rels(Rel("in", x, b, negated=True), Rel("in", y, b))))


def t341_multi_artist5(w: World) -> Made:
    xy = _onto(w)
    if not xy:
        return None
    x, y = xy
    zs = [z for z in w.clear_blocks() if z not in (x, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Begin by placing the {x} on the {y}, and after that let the {z}, {_sim(w, z)}, float into the bin.",
                 _act(rels(Rel("on", x, y)), binned([z])))


def t341_multi_plain122(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    p = w.rng.choice(PLACES)
    return _made(w, f"Move the {x} to {_spot(p)}, and after that put the {y} on top of it.",
                 _act(rels(Rel("at", x, p), Rel("on", y, x))))


# ----- question ----------------------------------------------------------------------------------------
def t341_q_nurse6(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(b)
    return f"What's in the {b} right now?", answered("|".join(inside) if inside else "nothing")


def t341_q_manager5(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "Quick status check: how many blocks are on the table?", answered(str(n))


def t341_q_dad6(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
    flag = holds(Rel("on", x, y), w.state)
    return f"Is the {x} sitting on the {y}? Asking for a friend.", answered(yes(flag))


def t341_q_korean5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"Where is the {x}?", answered(_where(w, x))


def t341_q_artist5(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    return f"Tell me, how many blocks are resting in the {b}?", answered(str(len(w.state.in_bowl(b))))


def t341_q_plain122(w: World) -> Made:
    x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if w.in_bowls() and w.rng.random() < 0.5:
        x = w.rng.choice(w.in_bowls())
        b = w.state.base(x) if w.rng.random() < 0.7 else b
    return f"Is the {x} in the {b}?", answered(yes(w.state.base(x) == b))


# ----- matching ----------------------------------------------------------------------------------------
def t341_match_nurse6(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Could you sort the blocks into the bowls that match their colours, please?", _act(rels(*want)))


def t341_match_manager5(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Let's get everyone aligned: each block goes into the bowl of its own colour.", _act(rels(*want)))


def t341_match_dad6(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Put the {r.block} in the bowl that matches it. Colour-coordinated, just like my socks.",
                 _act(rels(r)))


def t341_match_korean5(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Please put blocks in the same color bowl.", _act(rels(*want)))


def t341_match_artist5(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not rest:
        return None
    return _made(w, "Each block should rest in the bowl that shares its colour, and the ones with no matching bowl "
                    "can drift into the bin.", _act(rels(*want), binned(rest)))


def t341_match_plain122(w: World) -> Made:
    table = set(w.state.on_the_table())
    want = [r for r in matching(w) if r.block in table]
    if not want:
        return None
    return _made(w, "Match the blocks to the bowls by colour, but only the ones on the table.",
                 _act(rels(*want), kept(*w.in_bowls())))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse6", "manager5", "dad6", "korean5", "artist5", "plain122")
FRESH341: list[Template] = [
    (f"t341_{short}_{style}", category, globals()[f"t341_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
