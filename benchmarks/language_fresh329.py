"""`FRESH329`, the three-hundred-and-thirtieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table through a chat window, each in their own voice
and none of them thinking about how a robot reads. Six personas write them:
- optician: an optician, polite and precise ("Would you kindly place the red block in the blue bowl?")
- roofer: a roofer, blunt and practical ("Red block in the bin, then blue block to the top right corner.")
- grandma7: a grandmother, warm, chatty, a bit forgetful ("Oh, could you move the red block over to the middle for me, love?")
- italian5: an Italian speaker writing English with small slips ("Please you put the red block inside the bin.")
- skater: a skateboarder, slang, relaxed ("yo toss the red block in the blue bowl real quick")
- plain110: a plain, ordinary adult ("Put the red block on the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 398f989, the code of 10774b3, before anything it could prompt): 0.95
goal-correct (285 of 300), 15 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: an Italian
speaker's 'Take the block more near to W and put it in the bin.' and 'Before, put X on the table, after put Y on it.',
a grandma's '... and leave X just as it is? I've got that one how I like it.'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

MARGIN = 0.03  # a clear winner for "leftmost", "nearest" and the like


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(name: str) -> str:
    """'red block' -> 'red'."""
    return name.split()[0]


def _free(w: World) -> list[str]:
    """Blocks that can be picked up and moved (not in the bin)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str) -> bool:
    return len(w.state.in_bowl(bowl)) < layout.BOWL_CAPACITY


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of b's tower up to b, b included."""
    n = 1
    while s.support[b] in s.support:
        b = s.support[b]
        n += 1
    return n


def _same_tower(s: SymState, a: str, b: str) -> bool:
    return a in s.above(b) or b in s.above(a) or a == b


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can go on `below`: different towers, `below` clear, not in the bin, the tower not at full height."""
    s = w.state
    return (not _same_tower(s, top, below) and s.is_clear(below) and s.base(below) != BIN
            and _depth(s, below) < layout.MAX_TOWER)


def _bowl_for(w: World, block: str) -> str | None:
    """A random bowl the block is not in and that has room."""
    bowls = [b for b in w.bowls if w.state.base(block) != b and _room(w, b)]
    return w.pick(bowls)[0] if bowls else None


def _block_and_bowl(w: World) -> tuple[str, str] | None:
    got = w.pick(_free(w))
    if not got:
        return None
    bowl = _bowl_for(w, got[0])
    return (got[0], bowl) if bowl else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in _free(w) for b in w.blocks if _stackable(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _winner(w: World, blocks: list[str], key) -> str | None:
    """The block with the smallest key, when it beats every other by `MARGIN`."""
    if len(blocks) < 2:
        return None
    ranked = sorted(blocks, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= MARGIN else None


def _single_tower(w: World) -> list[str] | None:
    """The blocks of the one tower on the table, when there is exactly one."""
    s = w.state
    bottoms = {b for b in w.blocks if s.support[b] not in s.support and s.on_top(b)}
    if len(bottoms) != 1:
        return None
    bottom = bottoms.pop()
    return [bottom, *s.above(bottom)]


def _fits(w: World, wanted: list[Rel]) -> bool:
    """Every bowl in `wanted` can take its new blocks without going over capacity."""
    for bowl in {r.target for r in wanted}:
        new = [r.block for r in wanted if r.target == bowl and w.state.base(r.block) != bowl]
        if len(w.state.in_bowl(bowl)) + len(new) > layout.BOWL_CAPACITY:
            return False
    return True


def _one_tower(blocks: list[str]) -> Check:
    """All the blocks in one tower, standing anywhere but the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in f.support]
        return (len(bottoms) == 1 and f.base(bottoms[0]) != BIN
                and all(len(f.on_top(b)) <= 1 for b in blocks) and len(f.above(bottoms[0])) == len(blocks) - 1)
    return check


def _where(s: SymState, block: str) -> str:
    sup = s.support[block]
    return TABLE if sup == TABLE else sup


# ----- imperative ------------------------------------------------------------------------------------
def t329_imp_optician(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"Would you kindly place the {x} in the {bowl}?", _act(rels(Rel("in", x, bowl))))


def t329_imp_roofer(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"Stick the {x} on top of the {y}.", _act(rels(Rel("on", x, y))))


def t329_imp_grandma7(w: World) -> Made:
    x = w.pick(_free(w))
    if not x:
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"Oh, could you move the {x[0]} over to the {place} for me, love? Thank you ever so much.",
                 _act(rels(Rel("at", x[0], place))))


def t329_imp_italian5(w: World) -> Made:
    x = w.pick(_free(w))
    if not x:
        return None
    return _made(w, f"Please you put the {x[0]} inside the bin.", _act(binned(x)))


def t329_imp_skater(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"yo toss the {x} in the {bowl} real quick", _act(rels(Rel("in", x, bowl))))


def t329_imp_plain110(w: World) -> Made:
    off = [b for b in _free(w) if not holds(Rel("on_table", b), w.state)]
    if not off:
        return None
    x = w.rng.choice(off)
    return _made(w, f"Put the {x} on the table.", _act(rels(Rel("on_table", x))))


# ----- declarative -----------------------------------------------------------------------------------
def t329_dec_optician(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"The {x} should be in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t329_dec_roofer(w: World) -> Made:
    x = w.pick(_free(w))
    if not x:
        return None
    return _made(w, f"The {x[0]} goes in the bin.", _act(binned(x)))


def t329_dec_grandma7(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"Now, the {x} belongs on top of the {y}, dear. I'm nearly sure that's where it goes.",
                 _act(rels(Rel("on", x, y))))


def t329_dec_italian5(w: World) -> Made:
    x = w.pick(_free(w))
    if not x:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"The {x[0]} must to be in the {place}.", _act(rels(Rel("at", x[0], place))))


def t329_dec_skater(w: World) -> Made:
    off = [b for b in _free(w) if not holds(Rel("on_table", b), w.state)]
    if not off:
        return None
    x = w.rng.choice(off)
    return _made(w, f"the {x} has gotta be sitting on the table dude", _act(rels(Rel("on_table", x))))


def t329_dec_plain110(w: World) -> Made:
    x = w.pick(_free(w))
    if not x:
        return None
    return _made(w, f"The {x[0]} needs to be in the middle of the table.", _act(rels(Rel("at", x[0], PLACES[4]))))


# ----- desiderative ----------------------------------------------------------------------------------
def t329_des_optician(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"I would like the {x} placed in the {bowl}, please.", _act(rels(Rel("in", x, bowl))))


def t329_des_roofer(w: World) -> Made:
    x = w.pick(_free(w))
    if not x:
        return None
    return _made(w, f"Want the {x[0]} in the bin.", _act(binned(x)))


def t329_des_grandma7(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"It would be lovely if the {x} sat on top of the {y}, sweetheart.", _act(rels(Rel("on", x, y))))


def t329_des_italian5(w: World) -> Made:
    x = w.pick(_free(w))
    if not x:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"I would like that the {x[0]} go in the {place}, please.", _act(rels(Rel("at", x[0], place))))


def t329_des_skater(w: World) -> Made:
    off = [b for b in _free(w) if not holds(Rel("on_table", b), w.state)]
    if not off:
        return None
    x = w.rng.choice(off)
    return _made(w, f"kinda want the {x} back down on the table tbh", _act(rels(Rel("on_table", x))))


def t329_des_plain110(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"I want the {x} stacked on the {y}.", _act(rels(Rel("on", x, y))))


# ----- quantified ------------------------------------------------------------------------------------
def t329_qua_optician(w: World) -> Made:
    return _made(w, "Kindly put all of the blocks into the bin.", _act(binned(w.blocks)))


def t329_qua_roofer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    check = lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 3
    return _made(w, "Three blocks in the bin. Any three, don't care which.", _act(check))


def t329_qua_grandma7(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Could you put two of the blocks in the {bowl}, dear? Any two will do, I'm not fussy.",
                 _act(count_in(bowl, 2)))


def t329_qua_italian5(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose:
        return None
    return _made(w, "Please, put all the blocks what are on the table inside the bin.", _act(binned(loose)))


def t329_qua_skater(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"dump everything in the {bowl} into the bin", _act(binned(w.state.in_bowl(bowl))))


def t329_qua_plain110(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all the blocks into one tower.", _act(_one_tower(w.blocks)))


# ----- negated ---------------------------------------------------------------------------------------
def t329_neg_optician(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Please make sure that no block remains in the {bowl}.", _act(empty(bowl)))


def t329_neg_roofer(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Everything but the {x} goes in the bin.", _act(binned(rest), none_binned([x])))


def t329_neg_grandma7(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"The {x} shouldn't be sitting on the {y} anymore, dear. Would you take it off?",
                 _act(rels(Rel("on", x, y, negated=True))))


def t329_neg_italian5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    return _made(w, f"The {x} not in the {bowl}, please. Take it out from there.",
                 _act(rels(Rel("in", x, bowl, negated=True))))


def t329_neg_skater(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    x = w.rng.choice(covered)
    return _made(w, f"nothing on top of the {x} ok? clear it off", _act(rels(Rel("clear", x))))


def t329_neg_plain110(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    keep = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in keep]
    if not rest:
        return None
    return _made(w, f"Put every block in the bin apart from the ones in the {bowl}.",
                 _act(binned(rest), none_binned(keep)))


# ----- relative --------------------------------------------------------------------------------------
def t329_rel_optician(w: World) -> Made:
    x = _winner(w, w.blocks, w.y)
    if not x:
        return None
    return _made(w, "Please move the leftmost block to the bin.", _act(binned([x])))


def t329_rel_roofer(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Whatever's sitting on the {below}, bin it.", _act(binned([top])))


def t329_rel_grandma7(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block that's in the {bowl}, could you pop it out onto the table, dear?",
                 _act(rels(Rel("on_table", x))))


def t329_rel_italian5(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _winner(w, w.blocks, lambda b: w.dist(b, bowl))
    if not x:
        return None
    return _made(w, f"Take the block more near to the {bowl} and put it in the bin.", _act(binned([x])))


def t329_rel_skater(w: World) -> Made:
    x = _winner(w, w.blocks, lambda b: -w.y(b))
    if not x:
        return None
    return _made(w, "grab the block furthest right and stick it in the top left corner",
                 _act(rels(Rel("at", x, PLACES[0]))))


def t329_rel_plain110(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_for(w, below)
    if not bowl:
        return None
    return _made(w, f"Put the block under the {top} in the {bowl}.", _act(rels(Rel("in", below, bowl))))


# ----- keep ------------------------------------------------------------------------------------------
def t329_keep_optician(w: World) -> Made:
    x = w.pick(_free(w))
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0] and b not in w.state.above(x[0])]
    if not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"Please put the {x[0]} in the bin, but leave the {y} where it is.",
                 _act(binned(x), kept(y)))


def t329_keep_roofer(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    pairs = [(a, b) for a in _free(w) for b in w.blocks
             if a not in inside and b not in inside and _stackable(w, a, b)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    untouched = lambda i, f: sorted(f.in_bowl(bowl)) == sorted(inside)
    return _made(w, f"{_c(x).capitalize()} block on the {y}. Don't touch the {bowl}.",
                 _act(rels(Rel("on", x, y)), kept(*inside), untouched))


def t329_keep_grandma7(w: World) -> Made:
    x = w.pick(_free(w))
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0] and b not in w.state.above(x[0])]
    if not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"Could you move the {x[0]} to the middle, dear, and leave the {y} just as it is? "
                    "I've got that one how I like it.", _act(rels(Rel("at", x[0], PLACES[4])), kept(y)))


def t329_keep_italian5(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    others = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"Put the {x} in the {bowl} but the {y}, don't move it please.",
                 _act(rels(Rel("in", x, bowl)), kept(y)))


def t329_keep_skater(w: World) -> Made:
    tower = _single_tower(w)
    if not tower:
        return None
    loose = [b for b in _free(w) if b not in tower]
    if not loose:
        return None
    x = w.rng.choice(loose)
    return _made(w, f"bin the {x} but leave the stack alone", _act(binned([x]), kept(*tower)))


def t329_keep_plain110(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside)
    others = [Rel("in", b, bowl, negated=True) for b in inside if b != x]
    return _made(w, f"Clear out the {bowl} but leave the {x} in it.", _act(rels(Rel("in", x, bowl), *others)))


# ----- multi_step ------------------------------------------------------------------------------------
def t329_multi_optician(w: World) -> Made:
    got = _block_and_bowl(w)
    if not got:
        return None
    x, bowl = got
    others = [b for b in _free(w) if not _same_tower(w.state, b, x)]
    if not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"First, please place the {x} in the {bowl}; then put the {y} on top of it.",
                 _act(rels(Rel("in", x, bowl), Rel("on", y, x))))


def t329_multi_roofer(w: World) -> Made:
    two = w.pick(_free(w), 2)
    if not two:
        return None
    x, y = two
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"{_c(x).capitalize()} block in the bin, then {_c(y)} block to the {place}.",
                 _act(binned([x]), rels(Rel("at", y, place))))


def t329_multi_grandma7(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = _bowl_for(w, y)
    if not bowl:
        return None
    return _made(w, f"First take the {x} off the {y}, and then put the {y} in the {bowl}, would you?",
                 _act(rels(Rel("on", x, y, negated=True), Rel("in", y, bowl))))


def t329_multi_italian5(w: World) -> Made:
    two = w.pick(_free(w), 2)
    if not two:
        return None
    x, y = two
    return _made(w, f"Before, put the {x} on the table, after put the {y} on it.",
                 _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t329_multi_skater(w: World) -> Made:
    three = w.pick(_free(w), 3)
    if not three:
        return None
    x, y, z = three
    return _made(w, f"move the {x} to the middle, then the {y} on top of it, then the {z} on top of that",
                 _act(rels(Rel("at", x, PLACES[4]), Rel("on", y, x), Rel("on", z, y))))


def t329_multi_plain110(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    others = [b for b in _free(w) if w.state.base(b) != bowl]
    if not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"Take the {x} out of the {bowl} and then put the {y} in there instead.",
                 _act(rels(Rel("in", x, bowl, negated=True), Rel("in", y, bowl))))


# ----- question --------------------------------------------------------------------------------------
def t329_q_optician(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"Could you tell me what is in the {bowl}?", answered("|".join(w.state.in_bowl(bowl)))


def t329_q_roofer(w: World) -> Made:
    return "How many blocks on the table?", answered(str(w.state.count_at(TABLE)))


def t329_q_grandma7(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        x, y = w.pick(w.blocks, 2)
    flag = w.state.support[x] == y
    return (f"Is the {x} on top of the {y}? My eyes aren't what they used to be, dear.", answered(yes(flag)))


def t329_q_italian5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"Where is the {x}? I don't find it.", answered(_where(w.state, x))


def t329_q_skater(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    return f"how many blocks in the {bowl} rn?", answered(str(len(w.state.in_bowl(bowl))))


def t329_q_plain110(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = w.state.count_at(TABLE)
    return (f"How many blocks are on the table, and what's in the {bowl}?",
            answered("|".join([str(n), *w.state.in_bowl(bowl)])))


# ----- matching --------------------------------------------------------------------------------------
def _all_matching(w: World, text: str) -> Made:
    wanted = matching(w)
    if not wanted or not _fits(w, wanted):
        return None
    return _made(w, text, _act(rels(*wanted)))


def t329_match_optician(w: World) -> Made:
    return _all_matching(w, "Please sort the blocks into the bowls of the same colour.")


def t329_match_roofer(w: World) -> Made:
    return _all_matching(w, "Blocks into the bowls that match their colour.")


def t329_match_grandma7(w: World) -> Made:
    wanted = [r for r in matching(w) if not holds(r, w.state) and _fits(w, [r])]
    if not wanted:
        return None
    r = w.rng.choice(wanted)
    return _made(w, f"Could you put the {r.block} in the bowl that's the same colour as it, dear?", _act(rels(r)))


def t329_match_italian5(w: World) -> Made:
    return _all_matching(w, "Put every block in the bowl of his colour, please.")


def t329_match_skater(w: World) -> Made:
    return _all_matching(w, "match up the blocks with their bowls, colours gotta match")


def t329_match_plain110(w: World) -> Made:
    wanted = [r for r in matching(w) if not holds(r, w.state)]
    if len(wanted) < 2:
        return None
    two = w.rng.sample(wanted, 2)
    if not _fits(w, two):
        return None
    a, b = (_c(r.block) for r in two)
    return _made(w, f"Put the {a} and {b} blocks into the bowls of the same colour.", _act(rels(*two)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("optician", "roofer", "grandma7", "italian5", "skater", "plain110")
FRESH329: list[Template] = [
    (f"t329_{short}_{style}", category, globals()[f"t329_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
