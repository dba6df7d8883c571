"""`FRESH324`, the three-hundred-and-twenty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table of blocks and bowls through a chat window,
asking for one thing or two, now and then asking what is where. Six personas write them:
- barista: a friendly, fast barista talking coffee-shop style ("Grab the red block and drop it in the blue bowl for me, thanks!").
- engineer5: an engineer, precise, who states constraints ("Place the red block directly on the green block. Constraint: the yellow block must not be moved.").
- granny6: a sweet, long-winded granny who calls the robot 'dear' ("Oh dear, would you be a love and move the red block over to the top left corner?").
- chinese: a Chinese speaker writing English with small slips ("Please put yellow block into the bin.").
- tourist: an unsure, polite tourist asking for help ("Excuse me, sorry, could you maybe put the red block on the table?").
- plain105: a plain, ordinary adult ("Move the red block to the middle.").
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb8ea72, the code of 7077ecf, before anything it could prompt): 0.90
goal-correct (270 of 300), 25 refused, 0 questions, 5 wrong actions, 0 wrong replies. The wrong actions: a tourist's
'Um, could you put everything in the bin, but not X and Y? I'd like to keep those two.' binned the rest and then put
them back on the table. The refusals: an engineer's 'I want X on Y, with no other block moved.', a granny's 'Could you
gather up all the blocks that are in the bowls, dear, and set them out on the table? I want to have a good look at
them.', a Chinese speaker's 'Put all block which are not in bowl into the bin.' and 'I don't want any block in the
bowls. Take them out but don't throw into the bin.', a tourist's '... Please don't move anything else, I'm not sure I
could put it back.'.

Its writer reports seeing, while looking for where scenes are made, the line of agent/evaluation/suite.py that defines
scene_from_spec and nothing else of agent/.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03  # metres: a clear winner for "leftmost", "nearest" and the like


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _free(w: World) -> list[str]:
    """Blocks with nothing on them, not in the bin: they can be picked up straight away."""
    return w.clear_blocks()


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its base up to `block`, `block` included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can go straight onto `below`: both free, `below` stands on the table and the tower stays low."""
    s = w.state
    return (top != below and s.is_clear(top) and s.is_clear(below) and s.base(below) in (TABLE, *PLACES)
            and _height(s, below) + 1 <= layout.MAX_TOWER)


def _on_table(s: SymState, b: str) -> bool:
    return s.base(b) in (TABLE, *PLACES)


def _lone(w: World, b: str) -> bool:
    """A single block standing on the table: nothing under it, nothing on it."""
    return w.state.support[b] == TABLE and w.state.is_clear(b)


def _extreme(w: World, key) -> str | None:
    """The block with the smallest `key`, when it is a lone block and wins by `_MARGIN` over every other block."""
    ranked = sorted(w.blocks, key=key)
    if len(ranked) < 2 or key(ranked[1]) - key(ranked[0]) < _MARGIN or not _lone(w, ranked[0]):
        return None
    return ranked[0]


def _nearest(w: World, target: str, cands: list[str]) -> str | None:
    ranked = sorted(cands, key=lambda b: w.dist(b, target))
    if len(ranked) < 2 or w.dist(ranked[1], target) - w.dist(ranked[0], target) < _MARGIN or not _lone(w, ranked[0]):
        return None
    return ranked[0]


def _block_and_bowl(w: World) -> tuple[str, str] | None:
    """A free block not in the bowl, and a bowl with room for it."""
    bowls = [o for o in w.bowls if _room(w, o) > 0]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    blocks = [b for b in _free(w) if w.state.base(b) != bowl]
    return (w.pick(blocks)[0], bowl) if blocks else None


def _pair(w: World) -> tuple[str, str] | None:
    """Two free blocks, the first can be stacked on the second."""
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _stackable(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _lifted(w: World) -> list[str]:
    """Free blocks that are not standing on the table themselves (in a bowl, or on another block)."""
    return [b for b in _free(w) if w.state.support[b] not in (TABLE, *PLACES)]


def _to_table(b: str) -> Check:
    return lambda _i, f: _on_table(f, b)


def _matches(w: World) -> tuple[list[Rel], list[str]]:
    """The colour-matching goals and the blocks that have no bowl of their colour."""
    want = matching(w)
    matched = {r.block for r in want}
    return want, [b for b in w.blocks if b not in matched]


def _match_fits(w: World, want: list[Rel]) -> bool:
    """Every matching bowl has room for the block that still has to go in."""
    return bool(want) and all(_room(w, r.target) > 0 for r in want if not holds(r, w.state))


# ----- imperative -----------------------------------------------------------------------------------
def t324_imp_barista(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"Grab the {x} and drop it in the {bowl} for me, thanks!", _act(rels(Rel("in", x, bowl))))


def t324_imp_engineer5(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"Place the {x} directly on top of the {y}.", _act(rels(Rel("on", x, y))))


def t324_imp_granny6(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x, place = w.pick(xs)[0], w.rng.choice(PLACES[:4])
    return _made(w, f"Oh dear, would you be a love and move the {x} over to the {place}? Thank you, dear.",
                 _act(rels(Rel("at", x, place))))


def t324_imp_chinese(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"Please put {x} into the bin.", _act(rels(Rel("in_bin", x))))


def t324_imp_tourist(w: World) -> Made:
    xs = _lifted(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"Excuse me, sorry, could you maybe put the {x} on the table?", _act(_to_table(x)))


def t324_imp_plain105(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"Move the {x} to the middle.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- declarative ----------------------------------------------------------------------------------
def t324_dec_barista(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"Okay so the {x} goes in the bin, that's the order!", _act(rels(Rel("in_bin", x))))


def t324_dec_engineer5(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"Required final state: the {x} rests on the {y}.", _act(rels(Rel("on", x, y))))


def t324_dec_granny6(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"Now dear, the {x} belongs in the {bowl}, that's where I always keep it, you see.",
                 _act(rels(Rel("in", x, bowl))))


def t324_dec_chinese(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x, place = w.pick(xs)[0], w.rng.choice(PLACES[2:4])
    return _made(w, f"The {x} should be at {place}.", _act(rels(Rel("at", x, place))))


def t324_dec_tourist(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"I think the {x} is supposed to be on the table, not on the {y}... is that okay?",
                 _act(_to_table(x)))


def t324_dec_plain105(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"The {bowl} needs to have the {x} in it.", _act(rels(Rel("in", x, bowl))))


# ----- desiderative ---------------------------------------------------------------------------------
def t324_des_barista(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"I'd love the {x} up in the top right corner when you get a sec!",
                 _act(rels(Rel("at", x, PLACES[1]))))


def t324_des_engineer5(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    others = [b for b in w.blocks if b != x]
    return _made(w, f"I want the {x} on the {y}, with no other block moved.",
                 _act(rels(Rel("on", x, y)), kept(*others)))


def t324_des_granny6(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"It would be ever so nice, dear, if the {x} were sitting in the {bowl}. "
                    "I do like things tidy.", _act(rels(Rel("in", x, bowl))))


def t324_des_chinese(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"I want the {x} go to bin.", _act(rels(Rel("in_bin", x))))


def t324_des_tourist(w: World) -> Made:
    xs = _lifted(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"Hello, I would like the {x} on the table please, if that is possible?", _act(_to_table(x)))


def t324_des_plain105(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    return _made(w, f"I'd like the {x} and the {y} both in the bin.", _act(binned([x, y])))


# ----- quantified -----------------------------------------------------------------------------------
def t324_qua_barista(w: World) -> Made:
    return _made(w, "We're closing up! Toss every block in the bin, please.", _act(binned(w.blocks)))


def t324_qua_engineer5(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) < 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    if len([b for b in w.blocks if w.state.base(b) != bowl]) < 2 - len(w.state.in_bowl(bowl)):
        return None
    return _made(w, f"Put exactly two blocks in the {bowl}, no more, no fewer.", _act(count_in(bowl, 2)))


def t324_qua_granny6(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Could you gather up all the blocks that are in the bowls, dear, and set them out on the "
                    "table? I want to have a good look at them.",
                 _act(lambda _i, f: all(_on_table(f, b) for b in inside)))


def t324_qua_chinese(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    where = {b: w.state.base(b) for b in inside}
    return _made(w, "Put all block which are not in bowl into the bin.",
                 _act(binned(outside), lambda _i, f: all(f.base(b) == o for b, o in where.items())))


def t324_qua_tourist(w: World) -> Made:
    if len(w.blocks) < 4 or w.state.count_at(BIN):
        return None
    return _made(w, "Excuse me, could you put three blocks in the bin? Any three is fine, thank you.",
                 _act(lambda _i, f: f.count_at(BIN) == 3))


def t324_qua_plain105(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < 2 * len(w.bowls):
        return None
    return _made(w, "Put two blocks in each bowl.", _act(*(count_in(o, 2) for o in w.bowls)))


# ----- negated --------------------------------------------------------------------------------------
def t324_neg_barista(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Clear out the {bowl} real quick, no blocks left in it, okay?", _act(empty(bowl)))


def t324_neg_engineer5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Move every block into the bin except the {x}.", _act(binned(others), none_binned([x])))


def t324_neg_granny6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Oh my, the {x} mustn't stay on top of the {y}, dear. Would you take it off for me?",
                 _act(rels(Rel("on", x, y, negated=True))))


def t324_neg_chinese(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "I don't want any block in the bowls. Take them out but don't throw into the bin.",
                 _act(lambda _i, f: not f.in_bowls(), none_binned(inside)))


def t324_neg_tourist(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"Um, could you put everything in the bin, but not the {x} and the {y}? "
                    "I'd like to keep those two.", _act(binned(others), none_binned([x, y])))


def t324_neg_plain105(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    x = w.pick(inside)[0]
    bowl = w.state.base(x)
    return _made(w, f"Take the {x} out of the {bowl}.", _act(rels(Rel("in", x, bowl, negated=True))))


# ----- relative -------------------------------------------------------------------------------------
def t324_rel_barista(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"That block sitting on the {y}? Pop it in the bin!", _act(rels(Rel("in_bin", x))))


def t324_rel_engineer5(w: World) -> Made:
    x = _extreme(w, w.y)
    if not x:
        return None
    return _made(w, "Move the leftmost block to the top right corner.", _act(rels(Rel("at", x, PLACES[1]))))


def t324_rel_granny6(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o) > 0]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    x = _nearest(w, bowl, [b for b in w.blocks if w.state.base(b) != bowl])
    if not x:
        return None
    return _made(w, f"Dear, the block that's closest to the {bowl}, could you put it into that bowl? "
                    "It's only a little way to go.", _act(rels(Rel("in", x, bowl))))


def t324_rel_chinese(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    x = w.state.in_bowl(bowl)[0]
    ys = [y for y in _free(w) if _stackable(w, x, y)]
    if not ys:
        return None
    y = w.pick(ys)[0]
    return _made(w, f"Take the block in {bowl} and put it on the {y}.", _act(rels(Rel("on", x, y))))


def t324_rel_tourist(w: World) -> Made:
    x = _extreme(w, lambda b: -w.y(b))
    if not x:
        return None
    return _made(w, "Sorry, could you move the block that is furthest to the right into the bin?",
                 _act(rels(Rel("in_bin", x))))


def t324_rel_plain105(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Put the block under the {x} in the bin.", _act(rels(Rel("in_bin", y))))


# ----- keep -----------------------------------------------------------------------------------------
def t324_keep_barista(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    xs = [b for b in _free(w) if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"Bin the {x}, but leave the {bowl} alone, yeah?",
                 _act(rels(Rel("in_bin", x)), kept(*w.state.in_bowl(bowl))))


def t324_keep_engineer5(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    zs = [b for b in w.blocks if b not in (x, y)]
    if not zs:
        return None
    z = w.pick(zs)[0]
    return _made(w, f"Place the {x} on the {y}. Constraint: the {z} must not be moved.",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t324_keep_granny6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Would you put the {x} in the bin for me, dear? But do leave the {y} just where it is, "
                    "it's perfectly happy there.", _act(rels(Rel("in_bin", x)), kept(y)))


def t324_keep_chinese(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    zs = [b for b in w.blocks if b != x]
    if not zs:
        return None
    z = w.pick(zs)[0]
    return _made(w, f"Put the {x} into bin but not touch {z}.", _act(rels(Rel("in_bin", x)), kept(z)))


def t324_keep_tourist(w: World) -> Made:
    xs = _free(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Could you please move the {x} to the top left corner? Please don't move anything else, "
                    "I'm not sure I could put it back.", _act(rels(Rel("at", x, PLACES[0])), kept(*others)))


def t324_keep_plain105(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    zs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not zs:
        return None
    z = w.pick(zs)[0]
    return _made(w, f"Empty the {bowl} into the bin but leave the {z} where it is.",
                 _act(binned(w.state.in_bowl(bowl)), kept(z)))


# ----- multi-step -----------------------------------------------------------------------------------
def t324_multi_barista(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    y, bowl = got
    xs = [b for b in _free(w) if b != y]
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"First the {x} in the bin, then the {y} in the {bowl}. Go go go!",
                 _act(rels(Rel("in_bin", x), Rel("in", y, bowl))))


def t324_multi_engineer5(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    return _made(w, f"Step 1: move the {x} to the middle. Step 2: place the {y} on the {x}.",
                 _act(rels(Rel("at", x, PLACES[4]), Rel("on", y, x))))


def t324_multi_granny6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a) and w.state.base(b) != BIN]
    bowls = [o for o in w.bowls if _room(w, o) > 0]
    if not pairs or not bowls:
        return None
    x, y = w.rng.choice(pairs)
    bowl = w.pick(bowls)[0]
    if w.state.base(y) == bowl:
        return None
    return _made(w, f"First, dear, take the {x} off the {y}, and then pop the {y} into the {bowl}, "
                    "there's a good robot.", _act(rels(Rel("on", x, y, negated=True), Rel("in", y, bowl))))


def t324_multi_chinese(w: World) -> Made:
    xs = _lifted(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    ys = [b for b in _free(w) if b != x]
    if not ys:
        return None
    y = w.pick(ys)[0]
    return _made(w, f"First put {x} on table, after that put {y} on the {x}.",
                 _act(_to_table(x), rels(Rel("on", y, x))))


def t324_multi_tourist(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    return _made(w, f"Could you first move the {x} to the top left corner, and then the {y} to the top right "
                    "corner? Thank you so much.", _act(rels(Rel("at", x, PLACES[0]), Rel("at", y, PLACES[1]))))


def t324_multi_plain105(w: World) -> Made:
    xs = _free(w)
    if len(xs) < 3:
        return None
    x, y, z = w.pick(xs, 3)
    return _made(w, f"Put the {x} in the bin, then the {y} in the bin too, and then move the {z} to the middle.",
                 _act(rels(Rel("in_bin", x), Rel("in_bin", y), Rel("at", z, PLACES[4]))))


# ----- question -------------------------------------------------------------------------------------
def t324_q_barista(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    return f"Hey, what's in the {bowl} right now?", answered("|".join(inside) if inside else "nothing")


def t324_q_engineer5(w: World) -> Made:
    n = w.state.count_at(TABLE)
    return ("How many blocks are on the table right now? Count stacked blocks too, but not the ones in bowls.",
            answered(str(n)))


def t324_q_granny6(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
    flag = w.state.support[x] == y
    return (f"Is the {x} sitting on the {y}, dear? My eyes aren't what they used to be.", answered(yes(flag)))


def t324_q_chinese(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return f"Where is {x} now?", answered(w.state.support[x])


def t324_q_tourist(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return (f"Sorry to bother you, how many blocks are there in the {bowl}?",
            answered(str(len(w.state.in_bowl(bowl)))))


def t324_q_plain105(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return f"What's on top of the {y}?", answered(x)


# ----- matching -------------------------------------------------------------------------------------
def t324_match_barista(w: World) -> Made:
    want, _ = _matches(w)
    if not _match_fits(w, want):
        return None
    return _made(w, "Sort the blocks into the bowls that match their colours, thanks!", _act(rels(*want)))


def t324_match_engineer5(w: World) -> Made:
    want, rest = _matches(w)
    if not _match_fits(w, want):
        return None
    moving = [r.block for r in want if not holds(r, w.state)]
    if any(z in w.state.above(b) for b in moving for z in rest):
        return None
    return _made(w, "Put each block in the bowl of the same colour. Blocks without a bowl of their colour stay "
                    "where they are.", _act(rels(*want), kept(*rest)))


def t324_match_granny6(w: World) -> Made:
    want, _ = _matches(w)
    todo = [r for r in want if not holds(r, w.state) and _room(w, r.target) > 0]
    if not todo:
        return None
    r = w.rng.choice(todo)
    return _made(w, f"Dear, could you put the {r.block} in the bowl that's the same colour as it? "
                    "They look so sweet together.", _act(rels(r)))


def t324_match_chinese(w: World) -> Made:
    want, _ = _matches(w)
    if not _match_fits(w, want):
        return None
    return _made(w, "Please put the blocks to the bowl of same colour.", _act(rels(*want)))


def t324_match_tourist(w: World) -> Made:
    want, _ = _matches(w)
    todo = [r for r in want if not holds(r, w.state) and _room(w, r.target) > 0]
    if not todo:
        return None
    r = w.rng.choice(todo)
    return _made(w, f"Is it possible to put the {r.block} into the bowl with the same colour? Thank you.",
                 _act(rels(r)))


def t324_match_plain105(w: World) -> Made:
    want, rest = _matches(w)
    if not _match_fits(w, want) or not rest:
        return None
    return _made(w, "Match the blocks to the bowls by colour and put the leftover blocks in the bin.",
                 _act(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("barista", "engineer5", "granny6", "chinese", "tourist", "plain105")
FRESH324: list[Template] = [
    (f"t324_{short}_{style}", category, globals()[f"t324_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
