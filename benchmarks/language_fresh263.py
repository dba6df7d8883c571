"""`FRESH263`, the two-hundred-and-sixty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six personas write them:
- teacher6: a kindergarten teacher, encouraging, explains as to a child: "Let's put every single block into the
  blue bowl!"
- finnish2: a Finnish speaker writing English with small slips: "Take the block which is under the red block and put
  it to the top left corner."
- electrician2: an electrician, practical, safety words now and then: "Clear out the red bowl, but nothing goes in the
  bin."
- poet4: someone who likes to sound poetic, but still clear: "Let the blue block come to rest in the bin."
- kid13: a nine-year-old, bossy, simple words: "i want the green block in the bin right now"
- plain44: a plain, ordinary adult with no quirks: "My goal is to have the pink block in the red bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 3238aa5, the code of ae91376, before anything it could prompt): 0.8333
goal-correct (250 of 300), 45 refused, five questions, no wrong action and no wrong reply. The questions: the teacher's
"Let's put every single block into W! All of them, everybody gets a turn." The refusals: the nine-year-old's "make a
tower put X on Y and then Z on top of X"; the electrician's "X goes in the bin, it's got a crack in it." and "Clear out
W, but nothing goes in the bin, we might still need those."; the Finnish speaker's "I want that W is empty. Where the
blocks go is not important."; the poet's "Let each bowl cradle a single block, one apiece and no more.", "Leave X alone
and untouched; carry every other block away to the bin.", "Take the block that crowns the tallest tower and lay it down
in the middle of the table.", "Let X travel to the middle of the table, while Y keeps its quiet place." and "First let X
descend into W; after it, let Y follow it there."
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

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """The goal holds and the gripper is empty."""
    return both(*checks, lambda _i, f: f.held is None)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _free(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _height(s: SymState, block: str) -> int:
    """1 for a block on the ground or in a bowl, 2 for one on such a block, and so on."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _above(w: World, block: str) -> list[str]:
    return w.state.above(block)


def _not(rel: Rel) -> Rel:
    return Rel(rel.rel, *rel.args, negated=True)


def _bottom(block: str) -> Check:
    """The block rests on no other block (it is the foot of whatever it stands in)."""
    return lambda _i, f: f.support[block] not in f.support and f.support[block] != "gripper"


def _bowl_for(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can end up directly on `below` (below in the open, the tower not too high)."""
    s = w.state
    return (top != below and s.base(below) in _GROUND and s.base(top) != BIN and below not in s.above(top)
            and _height(s, below) + 1 <= layout.MAX_TOWER)


def _into(w: World, bowls: list[str] | None = None) -> tuple[str, str] | None:
    """A clear block and a bowl with room that does not hold it yet."""
    pairs = [(x, b) for x in w.clear_blocks() for b in (bowls or w.bowls) if w.state.base(x) != b and _room(w, b)]
    return w.rng.choice(pairs) if pairs else None


# ----- imperative -------------------------------------------------------------------------------------
def t263_imp_teacher6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, b = got
    return _made(w, f"Can you put the {x} into the {b}, please? Nice and gentle. You're doing great!",
                 _act(rels(Rel("in", x, b))))


def t263_imp_finnish2(w: World) -> Made:
    pairs = [(x, y) for x in w.clear_blocks() for y in w.clear_blocks() if _stackable(w, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Put the {x} on top of the {y}, please.", _act(rels(Rel("on", x, y))))


def t263_imp_electrician2(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(CORNERS)
    return _made(w, f"Move the {x} over to the {place}. Go slow, no need to rush it.", _act(rels(Rel("at", x, place))))


def t263_imp_poet4(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Lift the {x} gently and let it come to rest in the bin.", _act(binned([x])))


def t263_imp_kid13(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 3:
        return None
    x, y, z = w.pick(xs, 3)
    if w.state.base(y) not in _GROUND or _height(w.state, y) + 2 > layout.MAX_TOWER:
        return None
    return _made(w, f"make a tower put the {x} on the {y} and then the {z} on top of the {x}",
                 _act(rels(Rel("on", x, y), Rel("on", z, x))))


def t263_imp_plain44(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(t) in _GROUND and w.state.is_clear(t)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Please take the {x} off the {y} and put it down on the table.", _act(rels(Rel("on_table", x))))


# ----- declarative ------------------------------------------------------------------------------------
def t263_dec_teacher6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, b = got
    return _made(w, f"Look, the {x} belongs in the {b}! Let's help it get home.", _act(rels(Rel("in", x, b))))


def t263_dec_finnish2(w: World) -> Made:
    pairs = [(x, y) for x in _free(w) for y in _free(w) if _stackable(w, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"The {x} should be on the {y}.", _act(rels(Rel("on", x, y))))


def t263_dec_electrician2(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"The {x} goes in the bin, it's got a crack in it.", _act(binned([x])))


def t263_dec_poet4(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"The {x} should rest in the middle of the table, where the light falls.",
                 _act(rels(Rel("at", x, MIDDLE))))


def t263_dec_kid13(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"the {x} is supposed to be on the table not in the bowl", _act(rels(Rel("on_table", x))))


def t263_dec_plain44(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 2 or not w.bowls:
        return None
    x, y = w.pick(xs, 2)
    b = w.rng.choice(w.bowls)
    moving = sum(1 for k in (x, y) if w.state.base(k) != b)
    if not _room(w, b, moving):
        return None
    return _made(w, f"Both the {x} and the {y} should end up in the {b}.",
                 _act(rels(Rel("in", x, b), Rel("in", y, b))))


# ----- desiderative -----------------------------------------------------------------------------------
def t263_des_teacher6(w: World) -> Made:
    pairs = [(x, y) for x in _free(w) for y in _free(w) if _stackable(w, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"I would love to see the {x} sitting on top of the {y}. Can you do that for me?",
                 _act(rels(Rel("on", x, y))))


def t263_des_finnish2(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    return _made(w, f"I want that the {b} is empty. Where the blocks go is not important.", _act(empty(b)))


def t263_des_electrician2(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(CORNERS)
    return _made(w, f"I'd like the {x} parked in the {place}, out of the way.", _act(rels(Rel("at", x, place))))


def t263_des_poet4(w: World) -> Made:
    feet = [b for b in _free(w) if w.state.support[b] in _GROUND]
    if not feet:
        return None
    a = w.rng.choice(feet)
    rest = [b for b in _free(w) if b != a]
    if len(rest) < 2:
        return None
    b, c = w.pick(rest, 2)
    return _made(w, f"My wish is a little tower: the {a} at its foot, the {b} upon it, and the {c} crowning it all.",
                 _act(rels(Rel("on", b, a), Rel("on", c, b)), _bottom(a)))


def t263_des_kid13(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"i want the {x} in the bin right now", _act(binned([x])))


def t263_des_plain44(w: World) -> Made:
    got = _into(w, None)
    if not got:
        return None
    x, b = got
    return _made(w, f"My goal is to have the {x} in the {b}.", _act(rels(Rel("in", x, b))))


# ----- quantified -------------------------------------------------------------------------------------
def t263_qua_teacher6(w: World) -> Made:
    if not w.bowls or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    b = w.rng.choice(w.bowls)
    return _made(w, f"Let's put every single block into the {b}! All of them, everybody gets a turn.",
                 _act(rels(*(Rel("in", x, b) for x in w.blocks))))


def t263_qua_finnish2(w: World) -> Made:
    on_table = w.state.on_the_table()
    in_bowls = w.in_bowls()
    if not on_table or not in_bowls:
        return None
    return _made(w, "Put each block what is on the table into the bin. The blocks in the bowls can stay in bowls.",
                 _act(binned(on_table), none_binned(in_bowls)))


def t263_qua_electrician2(w: World) -> Made:
    if not w.bowls:
        return None
    b = w.rng.choice(w.bowls)
    return _made(w, f"I need exactly two blocks in the {b}, no more, no less. Doesn't matter which ones.",
                 _act(count_in(b, 2)))


def t263_qua_poet4(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowls = w.bowls
    return _made(w, "Let each bowl cradle a single block, one apiece and no more.",
                 _act(*(count_in(b, 1) for b in bowls)))


def t263_qua_kid13(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "put all the blocks in the bin", _act(binned(w.blocks)))


def t263_qua_plain44(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    return _made(w, "Please take all the blocks out of the bowls and put them on the table.",
                 _act(rels(*(Rel("on_table", x) for x in xs))))


# ----- negated ----------------------------------------------------------------------------------------
def t263_neg_teacher6(w: World) -> Made:
    if not w.bowls:
        return None
    x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    others = [o for o in w.blocks if o != x]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Let's put all the blocks in the {b}, except the {x}. The {x} doesn't go in!",
                 _act(rels(*(Rel("in", o, b) for o in others), _not(Rel("in", x, b)))))


def t263_neg_finnish2(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [o for o in w.blocks if o != x]
    return _made(w, f"All blocks put to the bin, but not the {x}.", _act(binned(others), none_binned([x])))


def t263_neg_electrician2(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    return _made(w, f"Clear out the {b}, but nothing goes in the bin, we might still need those.",
                 _act(empty(b), none_binned(w.blocks)))


def t263_neg_poet4(w: World) -> Made:
    xs = [b for b in _free(w) if w.state.support[b] not in w.state.support]
    if not xs:
        return None
    x = w.rng.choice(xs)
    others = [o for o in w.blocks if o != x]
    return _made(w, f"Leave the {x} alone and untouched; carry every other block away to the bin.",
                 _act(kept(x), binned(others)))


def t263_neg_kid13(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, b = got
    ys = [y for y in w.blocks if y != x and y not in _above(w, x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"put the {x} in the {b} but dont touch the {y}", _act(rels(Rel("in", x, b)), kept(y)))


def t263_neg_plain44(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = w.state.base(x)
    return _made(w, f"Take the {x} out of the {b}, but don't put it in the bin.",
                 _act(rels(_not(Rel("in", x, b)), _not(Rel("in_bin", x)))))


# ----- relative ---------------------------------------------------------------------------------------
def t263_rel_teacher6(w: World) -> Made:
    opts = [(t, y, b) for t, y in w.pairs() for b in w.bowls if w.state.base(t) != b and _room(w, b)]
    if not opts:
        return None
    t, y, b = w.rng.choice(opts)
    return _made(w, f"Can you find the block that's sitting on top of the {y}? Put that one in the {b}, please.",
                 _act(rels(Rel("in", t, b))))


def t263_rel_finnish2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    place = w.rng.choice(CORNERS)
    return _made(w, f"Take the block which is under the {x} and put it to the {place}.",
                 _act(rels(Rel("at", y, place))))


def _nearest(w: World, xs: list[str], dist) -> str | None:
    """The one of `xs` clearly nearest by `dist` (None when two are about as near)."""
    if not xs:
        return None
    ranked = sorted(xs, key=dist)
    if len(ranked) > 1 and dist(ranked[1]) - dist(ranked[0]) < 0.05:
        return None
    return ranked[0]


def t263_rel_electrician2(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    x = _nearest(w, _free(w), lambda k: w.dist(k, b))
    if x is None:
        return None
    return _made(w, f"Whichever block is closest to the {b}, drop it in the bin.", _act(binned([x])))


def t263_rel_poet4(w: World) -> Made:
    tops = [(b, _height(w.state, b)) for b in _free(w) if w.state.is_clear(b)]
    if not tops:
        return None
    best = max(h for _, h in tops)
    crowns = [b for b, h in tops if h == best]
    if best < 2 or len(crowns) != 1:
        return None
    x = crowns[0]
    return _made(w, "Take the block that crowns the tallest tower and lay it down in the middle of the table.",
                 _act(rels(Rel("at", x, MIDDLE))))


def t263_rel_kid13(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    x = w.state.in_bowl(b)[0]
    return _made(w, f"move the block thats in the {b} to the bin", _act(binned([x])))


def t263_rel_plain44(w: World) -> Made:
    if not w.bowls:
        return None
    place = w.rng.choice(CORNERS)
    px, py = layout.PLACES[place]

    def dist(k: str) -> float:
        pos = w.scene.get(k).position
        return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5

    x = _nearest(w, _free(w), dist)
    if x is None:
        return None
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    return _made(w, f"Put the block nearest the {place} into the {b}.", _act(rels(Rel("in", x, b))))


# ----- keep -------------------------------------------------------------------------------------------
def t263_keep_teacher6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, b = got
    ys = [y for y in w.blocks if y != x and y not in _above(w, x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"Please put the {x} in the {b}, but leave the {y} just where it is, okay? Good listening!",
                 _act(rels(Rel("in", x, b)), kept(y)))


def t263_keep_finnish2(w: World) -> Made:
    pairs = [(x, y) for x in _free(w) for y in _free(w) if _stackable(w, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    zs = [z for z in w.blocks if z not in (x, y) and z not in _above(w, x) and z not in _above(w, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Put the {x} on the {y}, but the {z} must stay on its place.",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t263_keep_electrician2(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 3:
        return None
    x, y = w.pick(xs, 2)
    zs = [z for z in w.blocks if z not in (x, y) and z not in _above(w, x) and z not in _above(w, y)
          and w.state.support[z] not in (x, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Toss the {x} and the {y} in the bin. The {z} stays put, nobody touches it.",
                 _act(binned([x, y]), kept(z)))


def t263_keep_poet4(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 2:
        return None
    x = w.rng.choice(xs)
    ys = [y for y in w.blocks if y != x and y not in _above(w, x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"Let the {x} travel to the middle of the table, while the {y} keeps its quiet place.",
                 _act(rels(Rel("at", x, MIDDLE)), kept(y)))


def t263_keep_kid13(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 3:
        return None
    x, y, z = w.pick(xs, 3)
    s = w.state
    if z in _above(w, x) or z in _above(w, y) or not (_stackable(w, x, y) or _stackable(w, y, x)):
        return None
    either = lambda i, f: holds(Rel("on", x, y), f) or holds(Rel("on", y, x), f)  # noqa: E731
    if s.support[z] in (x, y):
        return None
    return _made(w, f"make a tower with the {x} and the {y} but the {z} stays where it is",
                 _act(either, kept(z)))


def t263_keep_plain44(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(CORNERS)
    others = [o for o in w.blocks if o != x]
    return _made(w, f"Move the {x} to the {place} and leave everything else as it is.",
                 _act(rels(Rel("at", x, place)), kept(*others)))


# ----- multi-step -------------------------------------------------------------------------------------
def t263_multi_teacher6(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 3:
        return None
    x, y, z = w.pick(xs, 3)
    s = w.state
    if s.base(z) not in _GROUND or z in s.above(y) or _height(s, z) + 1 > layout.MAX_TOWER:
        return None
    return _made(w, f"First, let's put the {x} in the bin. Then can you put the {y} on the {z}? Good job!",
                 _act(binned([x]), rels(Rel("on", y, z))))


def t263_multi_finnish2(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [y for y in _free(w) if y != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"First take the {x} out of the {w.state.base(x)} to the table, then put the {y} on it.",
                 _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t263_multi_electrician2(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, b = got
    ys = [y for y in _free(w) if y != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"Step one, {x} into the {b}. Step two, {y} in the bin. That's the job.",
                 _act(rels(Rel("in", x, b)), binned([y])))


def t263_multi_poet4(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 2 or not w.bowls:
        return None
    x, y = w.pick(xs, 2)
    b = w.rng.choice(w.bowls)
    if not _room(w, b, sum(1 for k in (x, y) if w.state.base(k) != b)):
        return None
    return _made(w, f"First let the {x} descend into the {b}; after it, let the {y} follow it there.",
                 _act(rels(Rel("in", x, b), Rel("in", y, b))))


def t263_multi_kid13(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    place = w.rng.choice(CORNERS)
    return _made(w, f"first put the {x} in the {place} then put the {y} on it",
                 _act(rels(Rel("at", x, place), Rel("on", y, x))))


def t263_multi_plain44(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    inside = w.state.in_bowl(b)
    xs = [x for x in _free(w) if x not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Empty the {b} into the bin, then put the {x} in the {b}.",
                 _act(binned(inside), rels(Rel("in", x, b))))


# ----- questions --------------------------------------------------------------------------------------
def t263_q_teacher6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    n = len(w.state.in_bowl(b))
    return f"How many blocks are in the {b}? Let's count them together!", answered(str(n))


def t263_q_finnish2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        return f"Is the {x} on the {y}?", answered("Yes")
    opts = [(x, y) for x in w.blocks for y in w.blocks if x != y and x not in w.state.above(y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    return f"Is the {x} on the {y}?", answered("No")


def t263_q_electrician2(w: World) -> Made:
    ys = [y for y in w.blocks if len(w.state.above(y)) == 1]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return f"Before I reach in there: what's sitting on top of the {y}?", answered(w.state.on_top(y)[0])


def t263_q_poet4(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return f"Tell me, what lies beneath the {x}?", answered(y)


def t263_q_kid13(w: World) -> Made:
    n = w.state.count_at(TABLE)
    if n < 1 or not w.bowls:
        return None
    b = w.rng.choice(w.bowls)
    return f"how many blocks are on the table and is the {b} empty", answered(f"{n}|{yes(not w.state.in_bowl(b))}")


def t263_q_plain44(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = w.state.base(x)
    n = len(w.state.in_bowl(b))
    return f"Which bowl is the {x} in? And how many blocks are in that bowl altogether?", answered(f"{b}|{n}")


# ----- matching ---------------------------------------------------------------------------------------
def _sortable(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or any(not _room(w, r.target) for r in want if w.state.base(r.block) != r.target):
        return None
    return want


def t263_match_teacher6(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Colour matching time! Every block that has a bowl of the same colour goes into that bowl.",
                 _act(rels(*want)))


def t263_match_finnish2(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Put the blocks to the bowls with same colour.", _act(rels(*want)))


def t263_match_electrician2(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Put the {r.block} in the bowl that's the same colour as it.", _act(rels(r)))


def t263_match_poet4(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Let each block that shares its colour with a bowl come to rest in that bowl.", _act(rels(*want)))


def t263_match_kid13(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or len(rest) > 5:
        return None
    return _made(w, "put the blocks in the bowls that are the same colour and all the other blocks in the bin",
                 _act(rels(*want), binned(rest)))


def t263_match_plain44(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    movers = [r.block for r in want if not holds(r, w.state)]
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or any(k in w.state.above(m) for m in movers for k in rest):
        return None
    return _made(w, "Could you put each block into the bowl of the same colour, if there is one, and leave the "
                 "other blocks where they are?", _act(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("teacher6", "finnish2", "electrician2", "poet4", "kid13", "plain44")
FRESH263: list[Template] = [
    (f"t263_{short}_{style}", category, globals()[f"t263_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
