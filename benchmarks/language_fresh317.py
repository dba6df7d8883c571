"""`FRESH317`, the three-hundred-and-eighteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing to the arm the way they would type a text message,
an email or a note on the fridge. Six personas write them:
- taxi2: a taxi driver, direct and colloquial: "Grab the red block and chuck it in the blue bowl, cheers."
- programmer4: a programmer, terse, with arrows and numbered steps: "move red block -> top left corner"
- greataunt: a great-aunt, old-fashioned and formal: "Kindly set the green block upon the white block, if you please."
- arabic: an Arabic speaker writing English with small slips: "Please the blue block, put him in the bin."
- yoga: a yoga instructor, gentle and calm: "Let's softly bring the pink block to rest in the middle."
- plain98: a plain, ordinary adult: "Put the red block on the table."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 4982a16, the code of cd0e088, before anything it could prompt): 0.9333
goal-correct (280 of 300), 15 refused, 0 questions, 5 wrong actions, 0 wrong replies. The wrong actions: a plain
adult's 'Nothing should be left on the table except X. Put the rest in the bin.' binned X too. The refusals: a yoga
teacher's 'X belongs down on the table, resting on its own.' and 'Let's help every block find its home: the bowl that
shares its colour.', a programmer's 'W: should contain no blocks. empty it'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03  # metres: a position word needs a clear winner


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(s: SymState, block: str) -> int:
    """How many blocks stand in `block`'s tower from the bottom up to it, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _loose(w: World) -> list[str]:
    """Clear blocks that are not in a bowl (or the bin)."""
    return [b for b in w.clear_blocks() if w.state.base(b) not in w.bowls]


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(top, below): two clear blocks where `top` can go straight onto `below` (not in a bowl, tower not full)."""
    cands = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks()
             if a != b and w.state.base(b) not in w.bowls and _depth(w.state, b) < layout.MAX_TOWER
             and w.state.support[a] != b]
    return w.rng.choice(cands) if cands else None


def _into_bowl(w: World) -> tuple[str, str] | None:
    """(block, bowl): a clear block not already in that bowl, and room in it."""
    cands = [(b, bowl) for bowl in w.bowls if _room(w, bowl) for b in w.clear_blocks()
             if w.state.base(b) != bowl]
    return w.rng.choice(cands) if cands else None


def _pick(w: World, items: list[str], k: int = 1) -> list[str] | None:
    got = w.pick(items, k)
    return got or None


def _winner(scores: dict[str, float]) -> str | None:
    """The name with the smallest score, when it wins by at least `_MARGIN`."""
    if len(scores) < 2:
        return None
    ranked = sorted(scores, key=scores.get)
    return ranked[0] if scores[ranked[1]] - scores[ranked[0]] >= _MARGIN else None


def _on_table(*blocks: str) -> Check:
    """Each block stands directly on the table (or a named place on it)."""
    return rels(*(Rel("on_table", b) for b in blocks))


def _out_on_table(*blocks: str) -> Check:
    """Each block's tower stands on the table: out of bowls and the bin."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _match_ok(w: World) -> list[Rel]:
    """The matching relations still to do, when every bowl has room for its match; [] otherwise."""
    todo = [r for r in matching(w) if not holds(r, w.state)]
    if any(not _room(w, r.target) for r in todo):
        return []
    return todo


def _names(blocks: list[str]) -> str:
    words = [f"the {b}" for b in blocks]
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


# ----- imperative -----------------------------------------------------------------------------------
def t317_imp_taxi2(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"Grab the {b} and drop it in the {bowl}, cheers.", _act(rels(Rel("in", b, bowl))))


def t317_imp_programmer4(w: World) -> Made:
    b, place = _pick(w, w.clear_blocks()), w.rng.choice(PLACES)
    if not b:
        return None
    return _made(w, f"move {b[0]} -> {place}", _act(rels(Rel("at", b[0], place))))


def t317_imp_greataunt(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"Would you kindly place the {a} on top of the {b}, if it is no trouble to you? Thank you ever so "
                    "much.", _act(rels(Rel("on", a, b))))


def t317_imp_arabic(w: World) -> Made:
    b = _pick(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Please take the {b[0]} and put him inside the bin.", _act(binned(b)))


def t317_imp_yoga(w: World) -> Made:
    b = _pick(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Let's gently carry the {b[0]} over to the middle of the table.",
                 _act(rels(Rel("at", b[0], PLACES[4]))))


def t317_imp_plain98(w: World) -> Made:
    b = _pick(w, [x for x in w.clear_blocks() if w.state.support[x] not in (TABLE, *PLACES)])
    if not b:
        return None
    return _made(w, f"Put the {b[0]} on the table.", _act(_on_table(b[0])))


# ----- declarative ----------------------------------------------------------------------------------
def t317_dec_taxi2(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"The {b} goes in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t317_dec_programmer4(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"expected state: {a} on top of {b}", _act(rels(Rel("on", a, b))))


def t317_dec_greataunt(w: World) -> Made:
    b = _pick(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"The {b[0]}, I am afraid, belongs in the bin, and that is where it ought to be.",
                 _act(binned(b)))


def t317_dec_arabic(w: World) -> Made:
    b, place = _pick(w, w.clear_blocks()), w.rng.choice(PLACES[:4])
    if not b:
        return None
    return _made(w, f"The {b[0]} must to be in the {place}.", _act(rels(Rel("at", b[0], place))))


def t317_dec_yoga(w: World) -> Made:
    b = _pick(w, [x for x in w.clear_blocks() if w.state.support[x] not in (TABLE, *PLACES)])
    if not b:
        return None
    return _made(w, f"The {b[0]} belongs down on the table, resting on its own.", _act(_on_table(b[0])))


def t317_dec_plain98(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"The {b} should be in the {bowl}.", _act(rels(Rel("in", b, bowl))))


# ----- desiderative ---------------------------------------------------------------------------------
def t317_des_taxi2(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"I want the {a} sitting on the {b}, yeah?", _act(rels(Rel("on", a, b))))


def t317_des_programmer4(w: World) -> Made:
    b = _pick(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"want: {b[0]} in bin", _act(binned(b)))


def t317_des_greataunt(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bowl = got
    return _made(w, f"I should very much like the {b} to be placed in the {bowl}, if you would be so kind.",
                 _act(rels(Rel("in", b, bowl))))


def t317_des_arabic(w: World) -> Made:
    b, place = _pick(w, w.clear_blocks()), w.rng.choice(PLACES[:4])
    if not b:
        return None
    return _made(w, f"I want that the {b[0]} is in the {place} please.", _act(rels(Rel("at", b[0], place))))


def t317_des_yoga(w: World) -> Made:
    b = _pick(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"It would be lovely to see the {b[0]} resting calmly in the middle.",
                 _act(rels(Rel("at", b[0], PLACES[4]))))


def t317_des_plain98(w: World) -> Made:
    two = _pick(w, w.clear_blocks(), 2)
    if not two:
        return None
    return _made(w, f"I'd like the {two[0]} and the {two[1]} both in the bin.", _act(binned(two)))


# ----- quantified -----------------------------------------------------------------------------------
def t317_qua_taxi2(w: World) -> Made:
    return _made(w, "Chuck every single block into the bin.", _act(binned(w.blocks)))


def t317_qua_programmer4(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"put 2 blocks in {bowl} (any 2)", _act(count_in(bowl, 2)))


def t317_qua_greataunt(w: World) -> Made:
    table = w.state.on_the_table()
    if not table or not w.in_bowls():
        return None
    return _made(w, "Would you be so good as to put every block that is standing on the table into the bin? "
                    "The ones in the bowls may stay as they are.",
                 _act(binned(table), none_binned(w.in_bowls())))


def t317_qua_arabic(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Take all the blocks from the {bowl} and put them on the table.",
                 _act(_out_on_table(*w.state.in_bowl(bowl))))


def t317_qua_yoga(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Let's place three of the blocks into the {bowl}, one at a time, nice and slow.",
                 _act(count_in(bowl, 3)))


def t317_qua_plain98(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(b) for b in w.bowls) or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "Put one block in each bowl.", _act(*(count_in(b, 1) for b in w.bowls)))


# ----- negated --------------------------------------------------------------------------------------
def t317_neg_taxi2(w: World) -> Made:
    b = _pick(w, w.blocks)
    if not b:
        return None
    rest = [x for x in w.blocks if x != b[0]]
    return _made(w, f"Bin everything except the {b[0]}.", _act(binned(rest), none_binned(b)))


def t317_neg_programmer4(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"{bowl}: should contain no blocks. empty it", _act(empty(bowl)))


def t317_neg_greataunt(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I would really rather the {a} were not sitting upon the {b}, dear. Do take it off, would you?",
                 _act(rels(Rel("on", a, b, negated=True))))


def t317_neg_arabic(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    keep = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in keep]
    c0, c1 = w.colour(keep[0]), w.colour(keep[1])
    return _made(w, f"Put all the blocks in the bin, but not the {c0} one and not the {c1} one.",
                 _act(binned(rest), none_binned(keep)))


def t317_neg_yoga(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Let's make sure no block is left sitting in the {bowl}.", _act(empty(bowl)))


def t317_neg_plain98(w: World) -> Made:
    if w.in_bowls():
        return None
    b = _pick(w, w.blocks)
    if not b:
        return None
    rest = [x for x in w.blocks if x != b[0]]
    return _made(w, f"Nothing should be left on the table except the {b[0]}. Put the rest in the bin.",
                 _act(binned(rest), _out_on_table(b[0])))


# ----- relative -------------------------------------------------------------------------------------
def t317_rel_taxi2(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    near = _winner({b: w.dist(b, bowl) for b in cands})
    if not near or not w.state.is_clear(near):
        return None
    return _made(w, f"The block closest to the {bowl}, stick it in the bin.", _act(binned([near])))


def t317_rel_programmer4(w: World) -> Made:
    left = _winner({b: w.y(b) for b in w.blocks})
    if not left or not w.state.is_clear(left):
        return None
    return _made(w, "leftmost block -> bin", _act(binned([left])))


def t317_rel_greataunt(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, below = w.rng.choice(pairs)
    bowls = [bw for bw in w.bowls if _room(w, bw) and w.state.base(a) != bw]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Would you kindly take the block that is resting on the {below} and place it in the {bowl}? "
                    "Much obliged.", _act(rels(Rel("in", a, bowl))))


def t317_rel_arabic(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block inside the {bowl}, put him on the table please.", _act(_on_table(b)))


def t317_rel_yoga(w: World) -> Made:
    right = _winner({b: -w.y(b) for b in w.blocks})
    if not right or not w.state.is_clear(right):
        return None
    return _made(w, "Let's bring the block that sits furthest to the right over to the top left corner.",
                 _act(rels(Rel("at", right, PLACES[0]))))


def t317_rel_plain98(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    far = _winner({b: -w.dist(b, bowl) for b in cands})
    if not far or not w.state.is_clear(far):
        return None
    return _made(w, f"Put whichever block is farthest from the {bowl} into the bin.", _act(binned([far])))


# ----- keep -----------------------------------------------------------------------------------------
def _other_not_above(w: World, moved: list[str]) -> list[str]:
    """Blocks that are not moved and do not sit above a moved block (so they can stay put)."""
    above = {x for m in moved for x in w.state.above(m)}
    return [b for b in w.blocks if b not in moved and b not in above]


def t317_keep_taxi2(w: World) -> Made:
    b = _pick(w, w.clear_blocks())
    if not b:
        return None
    stay = _pick(w, _other_not_above(w, b))
    if not stay:
        return None
    return _made(w, f"Throw the {b[0]} in the bin but leave the {stay[0]} alone.", _act(binned(b), kept(*stay)))


def t317_keep_programmer4(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    got = _into_bowl(w)
    if not got:
        return None
    b, bowl = got
    others = [x for x in w.bowls if x != bowl and w.state.base(b) != x]
    if not others:
        return None
    other = w.rng.choice(others)
    inside = w.state.in_bowl(other)
    same = lambda i, f: sorted(f.in_bowl(other)) == sorted(i.in_bowl(other))
    return _made(w, f"move {b} -> {bowl}; don't touch {other}", _act(rels(Rel("in", b, bowl)), kept(*inside), same))


def t317_keep_greataunt(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    stay = _pick(w, [x for x in _other_not_above(w, [a]) if x != b])
    if not stay:
        return None
    return _made(w, f"Kindly set the {a} upon the {b}, and do leave the {stay[0]} exactly where it is, if you please.",
                 _act(rels(Rel("on", a, b)), kept(*stay)))


def t317_keep_arabic(w: World) -> Made:
    b, place = _pick(w, w.clear_blocks()), w.rng.choice(PLACES[:4])
    if not b:
        return None
    stay = _pick(w, _other_not_above(w, b))
    if not stay:
        return None
    return _made(w, f"Put the {b[0]} to the {place}, but the {stay[0]} don't move it please.",
                 _act(rels(Rel("at", b[0], place)), kept(*stay)))


def t317_keep_yoga(w: World) -> Made:
    b = _pick(w, w.clear_blocks())
    if not b:
        return None
    stay = _pick(w, _other_not_above(w, b))
    if not stay:
        return None
    return _made(w, f"Let's move the {b[0]} into the bin, and let the {stay[0]} rest right where it is.",
                 _act(binned(b), kept(*stay)))


def t317_keep_plain98(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    stay = _pick(w, _other_not_above(w, inside))
    if not stay:
        return None
    return _made(w, f"Empty the {bowl} into the bin, but leave the {stay[0]} where it is.",
                 _act(binned(inside), kept(*stay)))


# ----- multi_step -----------------------------------------------------------------------------------
def t317_multi_taxi2(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    first = _pick(w, [x for x in w.clear_blocks() if x not in (a, b)])
    if not first:
        return None
    return _made(w, f"First the {first[0]} in the bin, then the {a} on the {b}.",
                 _act(binned(first), rels(Rel("on", a, b))))


def t317_multi_programmer4(w: World) -> Made:
    two = _pick(w, w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    place = w.rng.choice(PLACES)
    return _made(w, f"1. {a} -> {place}\n2. {b} -> on top of {a}",
                 _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t317_multi_greataunt(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    two = _pick(w, [x for x in w.clear_blocks() if w.state.base(x) != bowl], 2)
    if not two:
        return None
    return _made(w, f"To begin with, would you place the {two[0]} in the {bowl}; and after that, kindly put the "
                    f"{two[1]} in there as well.", _act(rels(Rel("in", two[0], bowl), Rel("in", two[1], bowl))))


def t317_multi_arabic(w: World) -> Made:
    cands = [(b, w.state.base(b)) for b in w.in_bowls() if w.state.is_clear(b)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    other = _pick(w, [x for x in w.clear_blocks() if w.state.base(x) != bowl])
    if not other:
        return None
    return _made(w, f"First you take the {b} out from the {bowl} and put on the table, after that put the {other[0]} "
                    f"in the {bowl}.", _act(_on_table(b), rels(Rel("in", other[0], bowl))))


def t317_multi_yoga(w: World) -> Made:
    two = _pick(w, w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    return _made(w, f"Let's begin by moving the {a} to the middle, and then we'll gently place the {b} on top of it.",
                 _act(rels(Rel("at", a, PLACES[4]), Rel("on", b, a))))


def t317_multi_plain98(w: World) -> Made:
    three = _pick(w, w.clear_blocks(), 3)
    if not three:
        return None
    a, b, c = three
    return _made(w, f"Put the {a} on the table, then put the {b} on top of it, then the {c} on top of that.",
                 _act(rels(Rel("stacked", a, b, c))))


# ----- question -------------------------------------------------------------------------------------
def t317_q_taxi2(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"What's in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t317_q_programmer4(w: World) -> Made:
    return "how many blocks on the table? just the number", answered(str(len(w.state.on_the_table())))


def t317_q_greataunt(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        two = _pick(w, w.blocks, 2)
        if not two:
            return None
        a, b = two
    flag = w.state.support[a] == b
    return (f"Might you tell me, please, whether the {a} is sitting on the {b}? My eyes are not what they were.",
            answered(yes(flag)))


def t317_q_arabic(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] in (TABLE, *w.bowls)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    where = w.state.support[b]
    return f"Where is the {b}?", answered(where)


def t317_q_yoga(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    return (f"How many blocks are resting in the {bowl} right now?",
            answered(str(len(w.state.in_bowl(bowl)))))


def t317_q_plain98(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    return f"Which block is sitting on the {b}?", answered(a)


# ----- matching -------------------------------------------------------------------------------------
def t317_match_taxi2(w: World) -> Made:
    todo = _match_ok(w)
    if not todo:
        return None
    return _made(w, "Stick the blocks in the bowls that match their colour.", _act(rels(*matching(w))))


def t317_match_programmer4(w: World) -> Made:
    todo = _match_ok(w)
    if not todo:
        return None
    return _made(w, "sort blocks by colour -> bowl of same colour", _act(rels(*matching(w))))


def t317_match_greataunt(w: World) -> Made:
    todo = _match_ok(w)
    if not todo:
        return None
    return _made(w, "Would you be a dear and put each block into the bowl of its own colour, wherever there is one?",
                 _act(rels(*matching(w))))


def t317_match_arabic(w: World) -> Made:
    todo = _match_ok(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    return _made(w, f"Put the {r.block} in the bowl with the same colour.", _act(rels(r)))


def t317_match_yoga(w: World) -> Made:
    todo = _match_ok(w)
    if not todo:
        return None
    return _made(w, "Let's help every block find its home: the bowl that shares its colour.",
                 _act(rels(*matching(w))))


def t317_match_plain98(w: World) -> Made:
    todo = _match_ok(w)
    if len(todo) < 2:
        return None
    two = w.rng.sample(todo, 2)
    return _made(w, f"Put {_names([r.block for r in two])} into the bowls that are the same colour as them.",
                 _act(rels(*two)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("taxi2", "programmer4", "greataunt", "arabic", "yoga", "plain98")
FRESH317: list[Template] = [
    (f"t317_{short}_{style}", category, globals()[f"t317_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
