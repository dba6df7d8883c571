"""`FRESH346`, the three-hundred-and-forty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table between other errands, each in the words
they use at work or at home. Six personas write them:
- postie: a cheerful postal worker who talks in deliveries ("Special delivery: the red block to the blue bowl, please!")
- professor6: a verbose, hedging professor ("Would you be so kind as to place the red block upon the green block?")
- gamer7: a gamer in gaming slang ("yo yeet the red block in the bin real quick")
- portuguese5: a Portuguese speaker writing English with small slips ("Please, put the red block inside of the blue bowl.")
- baker5: a warm baker with baking metaphors ("Pop the red block in the bin, love, like a burnt bun.")
- plain127: a plain, ordinary adult ("Move the red block to the middle.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 3de78d7, the code of 2cc17e8, before anything it could
prompt): 0.8833 goal-correct (265 of 300), 35 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a
postie's 'This one's addressed to W: X belongs in there!', 'X delivered to the top left corner before my round is
done', 'every last parcel', '... like letters into the right pigeonholes. Any without a matching bowl can stay put.';
a professor's 'It seems to me that ...'; a gamer's 'kick it out' and 'color match time: every block that has a same
color bowl goes in it'.
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


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its base up to `block`, `block` included."""
    n, sup = 1, s.support[block]
    while sup in s.support:
        n, sup = n + 1, s.support[sup]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _into(w: World, n: int = 1) -> tuple[list[str], str] | None:
    """`n` clear blocks and a bowl, not holding them, with room for them all."""
    bowls = [b for b in w.bowls if _room(w, b, n)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    blocks = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], n)
    return (blocks, bowl) if blocks else None


def _onto(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(x, y): the clear block x can go on the clear block y (the tower under y has room)."""
    free = [b for b in w.clear_blocks() if b not in exclude]
    pairs = [(x, y) for x in free for y in free
             if x != y and _height(w.state, y) < layout.MAX_TOWER and w.state.support[x] != y]
    return w.pick(pairs)[0] if pairs else None


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _winner(w: World, key, margin: float = 0.03) -> str | None:
    """The block with the clearly smallest `key` (a margin of `margin` metres over every other block)."""
    ranked = sorted(w.blocks, key=key)
    if len(ranked) < 2 or key(ranked[1]) - key(ranked[0]) < margin:
        return None
    return ranked[0]


def _to_point(w: World, point: tuple[float, float]):
    def key(b: str) -> float:
        x, y = w.scene.get(b).position[:2]
        return ((x - point[0]) ** 2 + (y - point[1]) ** 2) ** 0.5
    return key


def _in_bowl(w: World, need: int = 1) -> tuple[str, list[str]] | None:
    """A bowl holding at least `need` blocks, and its blocks."""
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= need]
    bowl = _one(w, full)
    return (bowl, w.state.in_bowl(bowl)) if bowl else None


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _lift(w: World) -> str | None:
    """A clear block that is not standing on the table itself: in a bowl or on another block."""
    return _one(w, [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)])


def _matchable(w: World, rs: list[Rel]) -> bool:
    """Every block in `rs` can go in its bowl (one block per colour, so one more per bowl)."""
    return all(holds(r, w.state) or _room(w, r.target) for r in rs)


# ----- imperative -------------------------------------------------------------------------------------
def t346_imp_postie(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    (x,), bowl = got
    return _made(w, f"Special delivery! Drop the {x} off in the {bowl}, please.", _act(rels(Rel("in", x, bowl))))


def t346_imp_professor6(w: World) -> Made:
    got = _onto(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"Would you be so kind as to place the {x} on top of the {y}, if it is not too much trouble?",
                 _act(rels(Rel("on", x, y))))


def t346_imp_gamer7(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.pick(PLACES)[0]
    if not x:
        return None
    return _made(w, f"yo move the {x} to the {place} asap", _act(rels(Rel("at", x, place))))


def t346_imp_portuguese5(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    return _made(w, f"Please, you can throw the {x} in the {BIN}?", _act(binned([x])))


def t346_imp_baker5(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] in w.bowls])
    if not x:
        return None
    bowl = w.state.support[x]
    return _made(w, f"Take the {x} out of the {bowl} and set it down on the {TABLE}, like a tray fresh out of "
                 f"the oven.", _act(rels(Rel("on_table", x))))


def t346_imp_plain127(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    return _made(w, f"Move the {x} to the {PLACES[4]}.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- declarative ------------------------------------------------------------------------------------
def t346_dec_postie(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    (x,), bowl = got
    return _made(w, f"This one's addressed to the {bowl}: the {x} belongs in there!", _act(rels(Rel("in", x, bowl))))


def t346_dec_professor6(w: World) -> Made:
    got = _onto(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"It seems to me that the {x} really ought to be resting on the {y}.",
                 _act(rels(Rel("on", x, y))))


def t346_dec_gamer7(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    return _made(w, f"the {x} has to be in the {BIN}, no cap", _act(binned([x])))


def t346_dec_portuguese5(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.pick(PLACES[:4])[0]
    if not x:
        return None
    return _made(w, f"The {x} must to be in the {place}.", _act(rels(Rel("at", x, place))))


def t346_dec_baker5(w: World) -> Made:
    x = _lift(w)
    if not x:
        return None
    return _made(w, f"The {x} should be sitting flat on the {TABLE}, like a loaf cooling on the rack.",
                 _act(rels(Rel("on_table", x))))


def t346_dec_plain127(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    (x,), bowl = got
    return _made(w, f"The {x} goes in the {bowl}.", _act(rels(Rel("in", x, bowl))))


# ----- desiderative -----------------------------------------------------------------------------------
def t346_des_postie(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.pick(PLACES)[0]
    if not x:
        return None
    return _made(w, f"I'd love to see the {x} delivered to the {place} before my round is done!",
                 _act(rels(Rel("at", x, place))))


def t346_des_professor6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    (x,), bowl = got
    return _made(w, f"I would, on reflection, rather like the {x} to end up in the {bowl}, if at all possible.",
                 _act(rels(Rel("in", x, bowl))))


def t346_des_gamer7(w: World) -> Made:
    got = _onto(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"i want the {x} stacked on the {y} fr", _act(rels(Rel("on", x, y))))


def t346_des_portuguese5(w: World) -> Made:
    got = _onto(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"I would like that the {x} goes on the top of the {y}, please.", _act(rels(Rel("on", x, y))))


def t346_des_baker5(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if not x:
        return None
    return _made(w, f"It would be lovely if the {x} went in the {BIN}, dear, like a batch that didn't rise.",
                 _act(binned([x])))


def t346_des_plain127(w: World) -> Made:
    got = _into(w, 2)
    if not got:
        return None
    (x, y), bowl = got
    return _made(w, f"I want the {x} and the {y} both in the {bowl}.",
                 _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


# ----- quantified -------------------------------------------------------------------------------------
def t346_qua_postie(w: World) -> Made:
    loose = w.state.on_the_table()
    if len(loose) < 2 or len(loose) > 5:
        return None
    return _made(w, f"Every block sitting on the {TABLE} is going to the {BIN} today, every last parcel!",
                 _act(binned(loose)))


def t346_qua_professor6(w: World) -> Made:
    got = _in_bowl(w, 2)
    if not got:
        return None
    bowl, inside = got
    return _made(w, f"I would be most grateful if each of the blocks currently in the {bowl} could be relocated "
                 f"to the {TABLE}.", _act(lambda _i, f: all(b in f.on_the_table() for b in inside)))


def t346_qua_gamer7(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, f"yeet every single block into the {BIN} lol", _act(binned(w.blocks)))


def t346_qua_portuguese5(w: World) -> Made:
    bowl = _one(w, w.bowls)
    outside = [b for b in w.blocks if b not in w.state.in_bowls()]
    if not bowl or not outside or not _room(w, bowl, len(outside)):
        return None
    return _made(w, f"Put every block what is not in a bowl inside of the {bowl}, please.",
                 _act(rels(*(Rel("in", b, bowl) for b in outside))))


def t346_qua_baker5(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, f"Pop any three of the blocks into the {BIN} for me, love, like scooping three buns off the "
                 f"tray.", _act(_bin_count(3)))


def t346_qua_plain127(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl or len([b for b in w.blocks if w.state.base(b) != bowl]) < 3:
        return None
    return _made(w, f"Put two blocks in the {bowl}.", _act(count_in(bowl, 2)))


# ----- negated ----------------------------------------------------------------------------------------
def t346_neg_postie(w: World) -> Made:
    got = _in_bowl(w)
    if not got:
        return None
    bowl, _inside = got
    return _made(w, f"Nothing should be left sitting in the {bowl} by the end of my shift!", _act(empty(bowl)))


def t346_neg_professor6(w: World) -> Made:
    x = _one(w, w.blocks)
    rest = [b for b in w.blocks if b != x]
    if not x or not 2 <= len(rest) <= 5:
        return None
    return _made(w, f"Kindly dispose of every block in the {BIN} except, I must insist, the {x}.",
                 _act(binned(rest), none_binned([x])))


def t346_neg_gamer7(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] in w.bowls])
    if not x:
        return None
    bowl = w.state.support[x]
    return _made(w, f"the {x} can't be in the {bowl}, kick it out", _act(rels(Rel("in", x, bowl, negated=True))))


def t346_neg_portuguese5(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs() if w.state.is_clear(a)])
    if not pair:
        return None
    x, y = pair.split("|")
    return _made(w, f"The {x} must not be on the {y} anymore.", _act(rels(Rel("on", x, y, negated=True))))


def t346_neg_baker5(w: World) -> Made:
    got = _in_bowl(w)
    if not got:
        return None
    bowl, inside = got
    return _made(w, f"The {bowl} shouldn't have a single block left in it, sweetheart; tip them all in the {BIN} "
                 f"like old crumbs.", _act(binned(inside), empty(bowl)))


def t346_neg_plain127(w: World) -> Made:
    got = _in_bowl(w)
    if not got:
        return None
    bowl, inside = got
    outside = [b for b in w.blocks if b not in inside]
    if not 2 <= len(outside) <= 5:
        return None
    return _made(w, f"Put all the blocks in the {BIN} except the ones in the {bowl}.",
                 _act(binned(outside), none_binned(inside)))


# ----- relative ---------------------------------------------------------------------------------------
def t346_rel_postie(w: World) -> Made:
    x = _winner(w, w.y)
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    if not x or not bowl or not w.state.is_clear(x) or w.state.base(x) == bowl:
        return None
    return _made(w, f"Grab the leftmost block and deliver it to the {bowl}, please!", _act(rels(Rel("in", x, bowl))))


def t346_rel_professor6(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    x = _winner(w, lambda b: w.dist(b, bowl))
    place = w.pick(PLACES)[0]
    if not x or not w.state.is_clear(x) or w.state.base(x) == bowl:
        return None
    return _made(w, f"The block nearest to the {bowl}: would you perhaps move it over to the {place}?",
                 _act(rels(Rel("at", x, place))))


def t346_rel_gamer7(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs() if w.state.is_clear(a)])
    if not pair:
        return None
    x, y = pair.split("|")
    return _made(w, f"whatever block is on the {y}, yeet it in the {BIN}", _act(binned([x])))


def t346_rel_portuguese5(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    (x,) = w.state.in_bowl(bowl)
    return _made(w, f"The block what is in the {bowl}, put it on the {TABLE} please.",
                 _act(rels(Rel("on_table", x))))


def t346_rel_baker5(w: World) -> Made:
    x = _winner(w, lambda b: -w.y(b))
    if not x or not w.state.is_clear(x):
        return None
    return _made(w, f"Take the block furthest to the right and slide it into the {PLACES[3]}, like the last tray "
                 f"into the oven.", _act(rels(Rel("at", x, PLACES[3]))))


def t346_rel_plain127(w: World) -> Made:
    x = _winner(w, _to_point(w, layout.PLACES[PLACES[4]]))
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    if not x or not bowl or not w.state.is_clear(x) or w.state.base(x) == bowl:
        return None
    return _made(w, f"Put the block closest to the {PLACES[4]} of the table in the {bowl}.",
                 _act(rels(Rel("in", x, bowl))))


# ----- keep -------------------------------------------------------------------------------------------
def t346_keep_postie(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    (x,), bowl = got
    y = _one(w, [b for b in w.blocks if b != x and x not in w.state.above(b)])
    if not y:
        return None
    return _made(w, f"Deliver the {x} to the {bowl}, but leave the {y} right where it is.",
                 _act(rels(Rel("in", x, bowl)), kept(y)))


def t346_keep_professor6(w: World) -> Made:
    got = _in_bowl(w)
    if not got:
        return None
    bowl, inside = got
    x = _one(w, [b for b in w.clear_blocks() if b not in inside])
    if not x:
        return None
    return _made(w, f"Would you place the {x} in the {BIN} while leaving the {bowl} entirely undisturbed?",
                 _act(binned([x]), kept(*inside)))


def t346_keep_gamer7(w: World) -> Made:
    got = _onto(w)
    if not got:
        return None
    x, y = got
    z = _one(w, [b for b in w.blocks if b not in (x, y) and x not in w.state.above(b)])
    if not z:
        return None
    return _made(w, f"stack the {x} on the {y} but dont touch the {z}", _act(rels(Rel("on", x, y)), kept(z)))


def t346_keep_portuguese5(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.pick(PLACES)[0]
    y = _one(w, [b for b in w.blocks if b != x and x not in w.state.above(b)])
    if not x or not y:
        return None
    return _made(w, f"Put the {x} in the {place}, but the {y} you leave where it is.",
                 _act(rels(Rel("at", x, place)), kept(y)))


def t346_keep_baker5(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs() if w.state.is_clear(a)])
    if not pair:
        return None
    x, y = pair.split("|")
    return _made(w, f"Lift the {x} off and put it on the {TABLE}, but let the {y} be, it's still proving.",
                 _act(rels(Rel("on_table", x)), kept(y)))


def t346_keep_plain127(w: World) -> Made:
    got = _in_bowl(w, 2)
    if not got:
        return None
    bowl, inside = got
    x = _one(w, [b for b in inside if w.state.support[b] == bowl])
    if not x:
        return None
    rest = [b for b in inside if b != x]
    return _made(w, f"Empty the {bowl} into the {BIN} but leave the {x} alone.", _act(binned(rest), kept(x)))


# ----- multi_step -------------------------------------------------------------------------------------
def t346_multi_postie(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    (y,), bowl = got
    x = _one(w, [b for b in w.clear_blocks() if b != y])
    place = w.pick(PLACES)[0]
    if not x:
        return None
    return _made(w, f"First stop: the {x} to the {place}. Second stop: the {y} into the {bowl}. Thanks!",
                 _act(rels(Rel("at", x, place), Rel("in", y, bowl))))


def t346_multi_professor6(w: World) -> Made:
    got = _onto(w)
    if not got:
        return None
    y, z = got
    x = _one(w, [b for b in w.clear_blocks() if b not in (y, z)])
    if not x:
        return None
    return _made(w, f"First, if you would, put the {x} in the {BIN}; thereafter, I suppose, place the {y} upon "
                 f"the {z}.", _act(binned([x]), rels(Rel("on", y, z))))


def t346_multi_gamer7(w: World) -> Made:
    free = w.clear_blocks()
    if len(free) < 3:
        return None
    x, y, z = w.pick(free, 3)
    if _height(w.state, y) > layout.MAX_TOWER - 2:
        return None
    return _made(w, f"ok first put the {x} on the {y}, then put the {z} on the {x}, ez",
                 _act(rels(Rel("on", x, y), Rel("on", z, x))))


def t346_multi_portuguese5(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] in w.bowls])
    if not x:
        return None
    bowl = w.state.support[x]
    y = _one(w, [b for b in w.clear_blocks() if w.state.base(b) != bowl])
    if not y:
        return None
    return _made(w, f"First you take the {x} out of the {bowl} and put on the {TABLE}, after you put the {y} in "
                 f"the {bowl}.", _act(rels(Rel("on_table", x), Rel("in", y, bowl))))


def t346_multi_baker5(w: World) -> Made:
    free = w.clear_blocks()
    if len(free) < 3:
        return None
    x, y, z = w.pick(free, 3)
    return _made(w, f"Layer it like a cake: first the {x} in the {PLACES[4]}, then the {y} on top of the {x}, and "
                 f"last the {z} in the {BIN}.",
                 _act(rels(Rel("at", x, PLACES[4]), Rel("on", y, x)), binned([z])))


def t346_multi_plain127(w: World) -> Made:
    free = w.clear_blocks()
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    place = w.pick(PLACES[:4])[0]
    return _made(w, f"Put the {x} in the {BIN}, then move the {y} to the {place}.",
                 _act(binned([x]), rels(Rel("at", y, place))))


# ----- question ---------------------------------------------------------------------------------------
def t346_q_postie(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return f"What've we got in the {bowl} today?", answered("|".join(inside) if inside else "nothing")


def t346_q_professor6(w: World) -> Made:
    n = len(w.state.on_the_table())
    return (f"I find myself wondering: how many blocks are presently on the {TABLE}?", answered(str(n)))


def t346_q_gamer7(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.pick(pairs)[0]
    else:
        x, y = w.pick(w.blocks, 2)
    return f"is the {x} on the {y}?", answered(yes(w.state.support[x] == y))


def t346_q_portuguese5(w: World) -> Made:
    x = _one(w, w.blocks)
    where = w.state.support[x]
    return f"Where is the {x}? I am not finding it.", answered(where)


def t346_q_baker5(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    return f"How many blocks are in the {bowl}, dear?", answered(str(len(w.state.in_bowl(bowl))))


def t346_q_plain127(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    got = _in_bowl(w)
    if not pair or not got:
        return None
    top, below = pair.split("|")
    bowl, inside = got
    return (f"Which block is on the {below}? And what's in the {bowl}?",
            answered("|".join([top, *(b for b in inside if b != top)])))


# ----- matching ---------------------------------------------------------------------------------------
def t346_match_postie(w: World) -> Made:
    rs = matching(w)
    if not rs or not _matchable(w, rs):
        return None
    return _made(w, "Sorting time! Each block into the bowl of its own colour, like letters into the right "
                 "pigeonholes. Any without a matching bowl can stay put.",
                 _act(rels(*rs)))


def t346_match_professor6(w: World) -> Made:
    rs = matching(w)
    if not rs or not _matchable(w, rs):
        return None
    return _made(w, "Could you arrange for each block whose colour matches one of the bowls to be placed in that "
                 "bowl?", _act(rels(*rs)))


def t346_match_gamer7(w: World) -> Made:
    rs = matching(w)
    if len(rs) < 2 or not _matchable(w, rs):
        return None
    return _made(w, "color match time: every block that has a same color bowl goes in it", _act(rels(*rs)))


def t346_match_portuguese5(w: World) -> Made:
    rs = [r for r in matching(w) if w.state.is_clear(r.block) and _room(w, r.target)]
    r = w.pick(rs)[0] if rs else None
    if not r:
        return None
    return _made(w, f"Put the {r.block} in the bowl of the same colour of it.", _act(rels(r)))


def t346_match_baker5(w: World) -> Made:
    rs = matching(w)
    if not rs or not _matchable(w, rs):
        return None
    return _made(w, "Any block with a bowl in its own colour, tuck it into that bowl, like matching the icing to "
                 "the cake.", _act(rels(*rs)))


def t346_match_plain127(w: World) -> Made:
    rs = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if len(rs) < 2:
        return None
    some = w.pick(rs, 2)
    a, b = (w.colour(r.block) for r in some)
    return _made(w, f"Put the {a} and {b} blocks into the bowls that match their colour.", _act(rels(*some)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("postie", "professor6", "gamer7", "portuguese5", "baker5", "plain127")
FRESH346: list[Template] = [
    (f"t346_{short}_{style}", category, globals()[f"t346_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
