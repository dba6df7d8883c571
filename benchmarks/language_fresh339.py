"""`FRESH339`, the three-hundred-and-thirty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, asking the arm to tidy, sort, stack and tell them what is where,
the way they would type to anyone helping them at a table. Six personas write them:
- receptionist: a receptionist, polite and efficient ("Could you please place the red block in the blue bowl?").
- scientist5: a lab scientist, exact and hedged ("Ideally, the red block should end up resting directly on the green block.").
- teen10: a teenager texting, lowercase and slangy ("yo move the red block to the top left corner pls").
- arabic5: an Arabic speaker writing English with small slips ("Please you put the red block inside the bin.").
- builder5: a builder, blunt, site talk ("Red block in the blue bowl. Cheers.").
- plain120: a plain, ordinary adult ("Put the red block in the middle.").
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 05e9747, the code of f0784ca, before anything it could
prompt): 0.9333 goal-correct (280 of 300), 10 refused, 0 questions, 0 wrong actions, 10 wrong replies: a scientist's
'How many blocks are on the table at present, not counting any that are in the bowls?' and 'Where a block's colour
matches a bowl, please place it in that bowl; ...' (answered as a question). The refusals: 'The intended end state is
...', an Arabic speaker's 'Please don't let any block to stay on top of X'.
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

_MARGIN = 0.03  # metres: how clearly one block must win "leftmost", "nearest" and the like


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list) -> object | None:
    return w.rng.choice(items) if items else None


def _tops(w: World) -> list[tuple[str, str]]:
    """(top, below) for every clear block resting on a block."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(s: SymState, block: str) -> int:
    """How many blocks from the bottom of its tower up to and including `block`."""
    h, cur = 1, s.support[block]
    while cur in s.support:
        h, cur = h + 1, s.support[cur]
    return h


def _stack_pair(w: World) -> tuple[str, str] | None:
    """A clear block and another clear block it can go onto."""
    pairs = [(x, y) for x in w.clear_blocks() for y in w.clear_blocks()
             if x != y and _height(w.state, y) < layout.MAX_TOWER and w.state.support[x] != y]
    return _one(w, pairs)


def _into_bowl(w: World) -> tuple[str, str] | None:
    """A clear block not in a bowl that has room for it."""
    pairs = [(x, b) for x in w.clear_blocks() for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    return _one(w, pairs)


def _extreme(w: World, side: str) -> str | None:
    """The clearly left/right/top/bottom-most block, when it is clear to pick up; None otherwise."""
    key = {"left": lambda b: w.y(b), "right": lambda b: -w.y(b),
           "top": lambda b: w.scene.get(b).position[0], "bottom": lambda b: -w.scene.get(b).position[0]}[side]
    ranked = sorted(w.blocks, key=key)
    if len(ranked) < 2 or key(ranked[1]) - key(ranked[0]) < _MARGIN or not w.state.is_clear(ranked[0]):
        return None
    return ranked[0]


def _nearest(w: World, target: str) -> str | None:
    """The block clearly nearest `target` among those not already in it, when it is clear; None otherwise."""
    ranked = sorted((b for b in w.blocks if w.state.base(b) != target), key=lambda b: w.dist(b, target))
    if len(ranked) < 2 or w.dist(ranked[1], target) - w.dist(ranked[0], target) < _MARGIN:
        return None
    return ranked[0] if w.state.is_clear(ranked[0]) else None


def _bowl_same(bowl: str) -> Check:
    """The bowl holds exactly what it held at the start, each block resting as before."""
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _names(blocks: list[str]) -> str:
    parts = [f"the {b}" for b in blocks]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _bin_ok(blocks: list[str]) -> bool:
    return 1 <= len(blocks) <= len(layout.BIN_SLOTS)


# ----- imperative -------------------------------------------------------------------------------------
def t339_imp_receptionist(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    x, b = p
    return _made(w, f"Could you please place the {x} in the {b}? Thank you.", _act(rels(Rel("in", x, b))))


def t339_imp_scientist5(w: World) -> Made:
    p = _stack_pair(w)
    if p is None:
        return None
    x, y = p
    return _made(w, f"Please stack the {x} directly on top of the {y}, if that is feasible.",
                 _act(rels(Rel("on", x, y))))


def t339_imp_teen10(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.rng.choice(PLACES[:4])
    if x is None:
        return None
    return _made(w, f"yo move the {x} to the {place} pls", _act(rels(Rel("at", x, place))))


def t339_imp_arabic5(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"Please you put the {x} inside the bin.", _act(binned([x])))


def t339_imp_builder5(w: World) -> Made:
    p = _one(w, _tops(w))
    if p is None:
        return None
    x, y = p
    return _made(w, f"Get the {x} off the {y} and down on the table.", _act(rels(Rel("on_table", x))))


def t339_imp_plain120(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"Put the {x} in the middle of the table.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- declarative ------------------------------------------------------------------------------------
def t339_dec_receptionist(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    x, b = p
    return _made(w, f"The {x} should be in the {b}, please.", _act(rels(Rel("in", x, b))))


def t339_dec_scientist5(w: World) -> Made:
    p = _stack_pair(w)
    if p is None:
        return None
    x, y = p
    return _made(w, f"The intended end state is the {x} resting directly on the {y}.", _act(rels(Rel("on", x, y))))


def t339_dec_teen10(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"the {x} goes in the bin lol", _act(binned([x])))


def t339_dec_arabic5(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.rng.choice(PLACES[:4])
    if x is None:
        return None
    return _made(w, f"The {x} must to be on the {place}.", _act(rels(Rel("at", x, place))))


def t339_dec_builder5(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)])
    if x is None:
        return None
    return _made(w, f"The {x} belongs on the table. Sort it.", _act(rels(Rel("on_table", x))))


def t339_dec_plain120(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    x, b = p
    return _made(w, f"The {x} belongs in the {b}.", _act(rels(Rel("in", x, b))))


# ----- desiderative -----------------------------------------------------------------------------------
def t339_des_receptionist(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.rng.choice(PLACES[:4])
    if x is None:
        return None
    return _made(w, f"I'd like the {x} moved to the {place}, if you don't mind.", _act(rels(Rel("at", x, place))))


def t339_des_scientist5(w: World) -> Made:
    p = _stack_pair(w)
    if p is None:
        return None
    x, y = p
    return _made(w, f"Ideally, I would want the {x} sitting on top of the {y}.", _act(rels(Rel("on", x, y))))


def t339_des_teen10(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"i want the {x} in the bin tbh", _act(binned([x])))


def t339_des_arabic5(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    x, b = p
    return _made(w, f"I want that the {x} is in the {b}, please.", _act(rels(Rel("in", x, b))))


def t339_des_builder5(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)])
    if x is None:
        return None
    return _made(w, f"Need the {x} down on the table, mate.", _act(rels(Rel("on_table", x))))


def t339_des_plain120(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"It would be nice if the {x} was in the middle.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- quantified -------------------------------------------------------------------------------------
def t339_qua_receptionist(w: World) -> Made:
    if not _bin_ok(w.blocks):
        return None
    return _made(w, "Could you please put all the blocks in the bin?", _act(binned(w.blocks)))


def t339_qua_scientist5(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if b is None or len(w.blocks) < 2:
        return None
    return _made(w, f"Please put two blocks, any two, into the {b}, so that it holds exactly two.",
                 _act(count_in(b, 2)))


def t339_qua_teen10(w: World) -> Made:
    on = w.state.on_the_table()
    if len(on) < 2 or not _bin_ok(on):
        return None
    return _made(w, "put every block thats on the table in the bin", _act(binned(on)))


def t339_qua_arabic5(w: World) -> Made:
    out = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if len(out) < 2 or not _bin_ok(out) or not w.in_bowls():
        return None
    return _made(w, "Please, every block that is not inside a bowl, put it in the bin.", _act(binned(out)))


def t339_qua_builder5(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if b is None or len(w.blocks) < 3:
        return None
    return _made(w, f"Three blocks in the {b}. Any three, don't care which.", _act(count_in(b, 3)))


def t339_qua_plain120(w: World) -> Made:
    opts = [(a, b) for a in w.bowls for b in w.bowls
            if a != b and len(w.state.in_bowl(a)) >= 2 and _room(w, b, len(w.state.in_bowl(a)))]
    p = _one(w, opts)
    if p is None:
        return None
    a, b = p
    moved = w.state.in_bowl(a)
    return _made(w, f"Move all the blocks from the {a} to the {b}.",
                 _act(rels(*(Rel("in", x, b) for x in moved))))


# ----- negated ----------------------------------------------------------------------------------------
def t339_neg_receptionist(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if b is None:
        return None
    return _made(w, f"Please make sure no blocks are left in the {b}.", _act(empty(b)))


def t339_neg_scientist5(w: World) -> Made:
    x = _one(w, w.blocks)
    if x is None or len(w.blocks) < 3:
        return None
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Please place every block except the {x} in the bin.",
                 _act(binned(rest), none_binned([x])))


def t339_neg_teen10(w: World) -> Made:
    x = _one(w, [b for b in w.in_bowls() if w.state.is_clear(b)])
    if x is None:
        return None
    b = w.state.base(x)
    return _made(w, f"the {x} shouldnt be in the {b} anymore, take it out",
                 _act(rels(Rel("in", x, b, negated=True))))


def t339_neg_arabic5(w: World) -> Made:
    y = _one(w, [s for _, s in w.pairs()])
    if y is None:
        return None
    return _made(w, f"Please don't let any block to stay on top of the {y}.", _act(rels(Rel("clear", y))))


def t339_neg_builder5(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"Bin the lot except the {x} and the {y}.", _act(binned(rest), none_binned([x, y])))


def t339_neg_plain120(w: World) -> Made:
    x = _one(w, [b for b in w.in_bowls() if w.state.is_clear(b)])
    if x is None:
        return None
    b = w.state.base(x)
    return _made(w, f"Take the {x} out of the {b}, but don't put it in the {BIN}.",
                 _act(rels(Rel("in", x, b, negated=True), Rel("in_bin", x, negated=True))))


# ----- relative ---------------------------------------------------------------------------------------
def t339_rel_receptionist(w: World) -> Made:
    p = _one(w, _tops(w))
    if p is None:
        return None
    x, y = p
    return _made(w, f"Could you move the block that's on the {y} into the bin, please?", _act(binned([x])))


def t339_rel_scientist5(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if _room(w, b)])
    x = _nearest(w, b) if b else None
    if x is None:
        return None
    return _made(w, f"Please move the block nearest to the {b} into that bowl.", _act(rels(Rel("in", x, b))))


def t339_rel_teen10(w: World) -> Made:
    x = _extreme(w, "left")
    if x is None:
        return None
    return _made(w, "the leftmost block goes in the bin", _act(binned([x])))


def t339_rel_arabic5(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if b is None:
        return None
    x = w.state.in_bowl(b)[0]
    return _made(w, f"Please take the block which is inside the {b} and put it on the table.",
                 _act(rels(Rel("on_table", x))))


def t339_rel_builder5(w: World) -> Made:
    x = _extreme(w, "right")
    ys = [y for y in w.clear_blocks() if x and y != x and _height(w.state, y) < layout.MAX_TOWER]
    y = _one(w, ys)
    if x is None or y is None:
        return None
    return _made(w, f"Block furthest right, stick it on the {y}.", _act(rels(Rel("on", x, y))))


def t339_rel_plain120(w: World) -> Made:
    opts = [(t, s, b) for t, s in w.pairs() for b in w.bowls if w.state.base(s) != b and _room(w, b)]
    p = _one(w, opts)
    if p is None:
        return None
    t, s, b = p
    return _made(w, f"Put the block under the {t} in the {b}.", _act(rels(Rel("in", s, b))))


# ----- keep -------------------------------------------------------------------------------------------
def t339_keep_receptionist(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    x = _one(w, [x for x in w.clear_blocks() if b and w.state.base(x) != b])
    if b is None or x is None:
        return None
    return _made(w, f"Please put the {x} in the bin, but leave the {b} as it is.",
                 _act(binned([x]), _bowl_same(b)))


def t339_keep_scientist5(w: World) -> Made:
    p = _stack_pair(w)
    if p is None:
        return None
    x, y = p
    z = _one(w, [z for z in w.blocks if z not in (x, y)])
    if z is None:
        return None
    return _made(w, f"Please stack the {x} on the {y}; the {z} should remain exactly where it is.",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t339_keep_teen10(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.rng.choice(PLACES[:4])
    z = _one(w, [z for z in w.blocks if z != x])
    if x is None or z is None:
        return None
    return _made(w, f"move the {x} to the {place} but dont touch the {z} ok",
                 _act(rels(Rel("at", x, place)), kept(z)))


def t339_keep_arabic5(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2])
    if b is None:
        return None
    inside = w.state.in_bowl(b)
    x = w.rng.choice([i for i in inside if w.state.support[i] == b])  # a block at the bottom, resting in the bowl
    others = [o for o in inside if o != x]
    return _made(w, f"Please make empty the {b}, but the {x} keep it inside where it is.",
                 _act(rels(*(Rel("in", o, b, negated=True) for o in others)), kept(x)))


def t339_keep_builder5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    x = _one(w, [x for x in w.clear_blocks() if w.state.base(x) not in w.bowls])
    if not full or x is None:
        return None
    return _made(w, f"The {x} in the bin. Leave the bowls alone.",
                 _act(binned([x]), *(_bowl_same(b) for b in w.bowls)))


def t339_keep_plain120(w: World) -> Made:
    opts = [(x, y, b) for x, y in _tops(w) for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    p = _one(w, opts)
    if p is None:
        return None
    x, y, b = p
    return _made(w, f"Take the {x} off the {y} and put it in the {b}, but keep the {y} where it is.",
                 _act(rels(Rel("in", x, b)), kept(y)))


# ----- multi_step -------------------------------------------------------------------------------------
def t339_multi_receptionist(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    opts = [(y, b) for y in w.clear_blocks() for b in w.bowls if x and y != x and w.state.base(y) != b and _room(w, b)]
    p = _one(w, opts)
    if x is None or p is None:
        return None
    y, b = p
    return _made(w, f"First, please put the {x} in the bin, and then place the {y} in the {b}.",
                 _act(binned([x]), rels(Rel("in", y, b))))


def t339_multi_scientist5(w: World) -> Made:
    if len(w.clear_blocks()) < 2:
        return None
    x, y = w.pick(w.clear_blocks(), 2)
    return _made(w, f"Step one: move the {x} to the middle. Step two: place the {y} on top of it.",
                 _act(rels(Rel("at", x, PLACES[4]), Rel("on", y, x))))


def t339_multi_teen10(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    x = _one(w, [x for x in w.clear_blocks() if b and w.state.base(x) != b])
    if b is None or x is None:
        return None
    return _made(w, f"ok so first empty the {b} then put the {x} in it",
                 _act(lambda _i, f: f.in_bowl(b) == [x]))


def t339_multi_arabic5(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)])
    y = _one(w, [y for y in w.clear_blocks() if x and y != x])
    if x is None or y is None:
        return None
    return _made(w, f"First put the {x} on the table, after that you put the {y} on the {x}.",
                 _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t339_multi_builder5(w: World) -> Made:
    if len(w.clear_blocks()) < 3:
        return None
    x, y, z = w.pick(w.clear_blocks(), 3)
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"The {x} in the bin, then the {y} in the bin, then the {z} over to the {place}.",
                 _act(binned([x, y]), rels(Rel("at", z, place))))


def t339_multi_plain120(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    x, b = p
    y = _one(w, [y for y in w.clear_blocks() if y != x])
    if y is None or not _room(w, b, 2):
        return None
    return _made(w, f"Put the {x} in the {b}, then stack the {y} on top of it.",
                 _act(rels(Rel("in", x, b), Rel("on", y, x))))


# ----- question ---------------------------------------------------------------------------------------
def t339_q_receptionist(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(b)
    return f"Could you tell me what's in the {b}, please?", answered("|".join(inside) if inside else "nothing")


def t339_q_scientist5(w: World) -> Made:
    n = len(w.state.on_the_table())
    return ("How many blocks are on the table at present, not counting any that are in the bowls?",
            answered(str(n)))


def t339_q_teen10(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        x, y = w.pick(w.blocks, 2)
    return f"wait is the {x} on the {y}??", answered(yes(holds(Rel("on", x, y), w.state)))


def t339_q_arabic5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    s = w.state.support[x]
    if s in PLACES or (s in w.state.support and w.state.base(s) != TABLE):
        return None
    return f"Where is the {x}, please?", answered(s)


def t339_q_builder5(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    return f"How many blocks in the {b}?", answered(str(len(w.state.in_bowl(b))))


def t339_q_plain120(w: World) -> Made:
    x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    return f"Is the {x} in the {b}?", answered(yes(w.state.base(x) == b))


# ----- matching ---------------------------------------------------------------------------------------
def t339_match_receptionist(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Could you please sort the blocks into the bowls of the same colour?", _act(rels(*want)))


def t339_match_scientist5(w: World) -> Made:
    want = matching(w)
    moving = {r.block for r in want}
    rest = [b for b in w.blocks if b not in moving]
    if not want or any(set(w.state.above(m)) & set(rest) for m in moving):
        return None
    return _made(w, "Where a block's colour matches a bowl, please place it in that bowl; the remaining blocks "
                    "should stay where they are.", _act(rels(*want), kept(*rest)))


def t339_match_teen10(w: World) -> Made:
    r = _one(w, matching(w))
    if r is None:
        return None
    return _made(w, f"put the {r.block} in the bowl thats the same colour", _act(rels(r)))


def t339_match_arabic5(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Please put each block in the bowl with same colour of it.", _act(rels(*want)))


def t339_match_builder5(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Colours together. Every block into the bowl of its own colour, where there is one.",
                 _act(rels(*want)))


def t339_match_plain120(w: World) -> Made:
    want = matching(w)
    if len(want) < 2:
        return None
    a, b = w.rng.sample(want, 2)
    ca, cb = w.colour(a.block), w.colour(b.block)
    return _made(w, f"Put the {ca} and {cb} blocks into the bowls that match their colour.", _act(rels(a, b)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("receptionist", "scientist5", "teen10", "arabic5", "builder5", "plain120")
FRESH339: list[Template] = [
    (f"t339_{short}_{style}", category, globals()[f"t339_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
