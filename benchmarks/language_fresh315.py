"""`FRESH315`, the three-hundred-and-sixteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing to the robot the way they would type to anyone,
about blocks, bowls, the bin and the corners of the table. Six personas write them:
- plumber3: a plumber, practical and blunt ("Red block in the bin. Done.")
- accountant2: an accountant, exact about numbers and exceptions ("Bin every block with the exception of the red
  block and the blue block.")
- grandma5: a grandmother, warm, rambling, many asides ("Could you pop the red block in the blue bowl, dear? My eyes
  aren't what they were.")
- hindi: a Hindi speaker writing English with small slips ("Kindly put red block in the bin itself, do the needful.")
- sailor2: a sailor, salty idioms, 'aye', 'stow', 'overboard' ("Aye, stow the red block in the blue bowl, matey.")
- plain96: a plain, ordinary adult ("Can you take the red block off the green block and put it on the table?")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 4982a16, the code of cd0e088, before anything it could prompt): 0.8767
goal-correct (263 of 300), 30 refused, 2 questions, 0 wrong actions, 5 wrong replies. The wrong replies: a sailor's
'How many blocks be stowed in W, matey?' (a help text). The refusals and questions: an accountant's 'Stack X on top of
Y, one block on the other.' (asked which block, twice), 'Required end state: X is in W, and W holds nothing else.', a
sailor's 'I'd fancy X stowed in the bin before the tide turns.' and 'Every block that ain't in a bowl goes overboard
into the bin, aye. Leave the ones in the bowls.', a Hindi speaker's 'Kindly take out both the blocks from W and keep
them on the table itself.' and 'Kindly shift X to the bottom left corner but Y should remain at its place only.', a
grandma's 'The rest of the blocks can go in the bin, dear, but not X. Don't you dare bin X, ...'.

Its writer reports that one grep, run to check the name of the bin, also printed the lexicon's line naming the bin,
the table and the gripper and a few of its patterns for words that mean the bin; none of those words is used here.
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

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list) -> object | None:
    got = w.pick(list(items))
    return got[0] if got else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    """Whether `bowl` has room for `n` more blocks."""
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(s: SymState, block: str) -> int:
    """How many blocks lie under `block`."""
    n, below = 0, s.support[block]
    while below in s.support:
        n, below = n + 1, s.support[below]
    return n


def _stack(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(top, below): two loose blocks where top can go on below (below stands on the table, tower not full)."""
    clear = [b for b in w.clear_blocks() if b not in exclude]
    pairs = [(a, b) for a in clear for b in clear if a != b and w.state.base(b) in (TABLE, *PLACES)
             and _depth(w.state, b) + 2 <= layout.MAX_TOWER]
    return _one(w, pairs)  # type: ignore[return-value]


def _into(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(block, bowl): a loose block not in that bowl, and the bowl has room."""
    options = [(b, bowl) for bowl in w.bowls if _room(w, bowl) for b in w.clear_blocks()
               if w.state.base(b) != bowl and b not in exclude]
    return _one(w, options)  # type: ignore[return-value]


def _grounded(*blocks: str) -> Check:
    """Every block stands on the table (or a place on it), perhaps on another block there."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _out(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl, negated=True))


def _winner(w: World, items: list[str], key, margin: float = 0.03) -> str | None:
    """The item with the smallest key, when it beats every other by `margin`."""
    ranked = sorted(items, key=key)
    if not ranked or (len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < margin):
        return None
    return ranked[0]


def _where(w: World, block: str) -> str:
    """What a fair answer to "where is X" must name: the block under it, else its bowl, place or the table."""
    s = w.state.support[block]
    return s if s in w.state.support else w.state.base(block)


def _full_bowls(w: World, n: int = 1) -> list[str]:
    return [b for b in w.bowls if len(w.state.in_bowl(b)) >= n]


def _match_bowl(w: World, block: str) -> str | None:
    return next((bowl for bowl in w.bowls if w.colour(bowl) == w.colour(block)), None)


# ----- imperative -----------------------------------------------------------------------------------
def t315_imp_plumber3(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    a, bowl = got
    return _made(w, f"Shove the {a} in the {bowl}.", _act(rels(Rel("in", a, bowl))))


def t315_imp_accountant2(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"Stack the {a} on top of the {b}, one block on the other.", _act(rels(Rel("on", a, b))))


def t315_imp_grandma5(w: World) -> Made:
    a, place = _one(w, w.clear_blocks()), _one(w, PLACES[:4])
    if not a:
        return None
    return _made(w, f"Oh, would you be a love and pop the {a} over in the {place} for me? My eyes aren't what "
                    f"they were, and I can't reach that far anyway.", _act(rels(Rel("at", a, place))))


def t315_imp_hindi(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    return _made(w, f"Kindly put {a} in the bin itself.", _act(binned([a])))


def t315_imp_sailor2(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    a, bowl = got
    return _made(w, f"Aye, stow the {a} in the {bowl}, matey, and look lively.", _act(rels(Rel("in", a, bowl))))


def t315_imp_plain96(w: World) -> Made:
    pair = _one(w, [(a, b) for a, b in w.pairs() if w.state.is_clear(a)])
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Can you take the {a} off the {b} and put it on the table?", _act(rels(Rel("on_table", a))))


# ----- declarative ----------------------------------------------------------------------------------
def t315_dec_plumber3(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    return _made(w, f"The {a} goes in the bin.", _act(binned([a])))


def t315_dec_accountant2(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    a, bowl = got
    return _made(w, f"Required end state: the {a} is in the {bowl}, and the {bowl} holds nothing else.",
                 _act(rels(Rel("in", a, bowl)), count_in(bowl, 1)))


def t315_dec_grandma5(w: World) -> Made:
    a, place = _one(w, w.clear_blocks()), _one(w, PLACES)
    if not a:
        return None
    return _made(w, f"Now the {a} belongs in the {place}, dear. That's where it's always been kept, ever since "
                    f"Harold bought the set for the grandchildren.", _act(rels(Rel("at", a, place))))


def t315_dec_hindi(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"The {a} should be on top of the {b} only.", _act(rels(Rel("on", a, b))))


def t315_dec_sailor2(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    a, bowl = got
    return _made(w, f"The {a} belongs in the {bowl}, sailor. That's her home port.", _act(rels(Rel("in", a, bowl))))


def t315_dec_plain96(w: World) -> Made:
    pair = _one(w, [(a, b) for a, b in w.pairs() if w.state.is_clear(a)])
    if not pair:
        return None
    a, b = pair
    return _made(w, f"The {a} needs to be on the table, not on the {b}.", _act(rels(Rel("on_table", a))))


# ----- desiderative ---------------------------------------------------------------------------------
def t315_des_plumber3(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    a, bowl = got
    return _made(w, f"I want the {a} in the {bowl}. That's the job.", _act(rels(Rel("in", a, bowl))))


def t315_des_accountant2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    ab = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], 2)
    if not ab:
        return None
    a, b = ab
    return _made(w, f"I would like the {bowl} to contain exactly two blocks: the {a} and the {b}.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl)), count_in(bowl, 2)))


def t315_des_grandma5(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"It would be ever so nice to see the {a} sitting on top of the {b}, like a little hat. My "
                    f"grandson used to do that when he was small.", _act(rels(Rel("on", a, b))))


def t315_des_hindi(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    return _made(w, f"I am wanting {a} at the middle of table. Please do the needful.",
                 _act(rels(Rel("at", a, PLACES[4]))))


def t315_des_sailor2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    return _made(w, f"I'd fancy the {a} stowed in the bin before the tide turns.", _act(binned([a])))


def t315_des_plain96(w: World) -> Made:
    a = _one(w, [b for b in w.in_bowls() if w.state.is_clear(b)])
    if not a:
        return None
    bowl = w.state.base(a)
    return _made(w, f"I'd like the {a} out of the {bowl} and on the table, please.",
                 _act(rels(Rel("on_table", a))))


# ----- quantified -----------------------------------------------------------------------------------
def t315_qua_plumber3(w: World) -> Made:
    return _made(w, "All the blocks in the bin.", _act(binned(w.blocks)))


def t315_qua_accountant2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    have = len(w.state.in_bowl(bowl))
    n = _one(w, [k for k in range(2, min(layout.BOWL_CAPACITY, len(w.blocks)) + 1) if k != have])
    if not n:
        return None
    return _made(w, f"Put exactly {_WORDS[n]} blocks in the {bowl}, no more and no fewer.", _act(count_in(bowl, n)))


def t315_qua_grandma5(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    two: Check = lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 2
    return _made(w, "Would you put two of the blocks in the bin, sweetheart? Any two, I'm not fussy, I just have "
                    "too many of the things.", _act(two))


def t315_qua_hindi(w: World) -> Made:
    bowl = _one(w, _full_bowls(w, 2))
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    what = "both the blocks" if len(inside) == 2 else f"all {_WORDS[len(inside)]} blocks"
    return _made(w, f"Kindly take out {what} from the {bowl} and keep them on the table itself.",
                 _act(_grounded(*inside)))


def t315_qua_sailor2(w: World) -> Made:
    in_bowls = w.in_bowls()
    loose = [b for b in w.blocks if b not in in_bowls]
    if not in_bowls or not loose:
        return None
    return _made(w, "Every block that ain't in a bowl goes overboard into the bin, aye. Leave the ones in the bowls.",
                 _act(binned(loose), none_binned(in_bowls)))


def t315_qua_plain96(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl or len(w.blocks) < 2:
        return None
    return _made(w, f"Put two blocks in the {bowl}.", _act(count_in(bowl, 2)))


# ----- negated --------------------------------------------------------------------------------------
def t315_neg_plumber3(w: World) -> Made:
    pair = _one(w, [(a, b) for a, b in w.pairs() if w.state.is_clear(a)])
    if not pair:
        return None
    a, b = pair
    return _made(w, f"The {a} shouldn't be on the {b}. Get it off.", _act(rels(Rel("on", a, b, negated=True))))


def t315_neg_accountant2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Bin every block with the exception of the {a} and the {b}.",
                 _act(binned(rest), none_binned([a, b])))


def t315_neg_grandma5(w: World) -> Made:
    a = _one(w, w.blocks)
    rest = [x for x in w.blocks if x != a]
    return _made(w, f"The rest of the blocks can go in the bin, dear, but not the {a}. Don't you dare bin the {a}, "
                    f"I'm fond of that one.", _act(binned(rest), none_binned([a])))


def t315_neg_hindi(w: World) -> Made:
    b = _one(w, [below for _top, below in w.pairs()])
    if not b:
        return None
    return _made(w, f"No block should be kept on top of {b}. Kindly remove it.", _act(rels(Rel("clear", b))))


def t315_neg_sailor2(w: World) -> Made:
    bowl = _one(w, _full_bowls(w))
    if not bowl:
        return None
    return _made(w, f"Not a single block stays in the {bowl}, matey. Clear her out.", _act(empty(bowl)))


def t315_neg_plain96(w: World) -> Made:
    bowl = _one(w, _full_bowls(w, 2))
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    a = _one(w, inside)
    others: Check = lambda _i, f: all(f.base(x) != bowl for x in inside if x != a)
    return _made(w, f"Take everything out of the {bowl} except the {a}.", _act(rels(Rel("in", a, bowl)), others))


# ----- relative -------------------------------------------------------------------------------------
def t315_rel_plumber3(w: World) -> Made:
    pair = _one(w, w.pairs())
    if not pair:
        return None
    top, below = pair
    return _made(w, f"Block on the {below}. Bin it.", _act(binned([top])))


def t315_rel_accountant2(w: World) -> Made:
    a = _winner(w, w.blocks, w.y)
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    if not a or not bowl or w.state.base(a) == bowl:
        return None
    return _made(w, f"Take the leftmost block and place it in the {bowl}.", _act(rels(Rel("in", a, bowl))))


def t315_rel_grandma5(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl:
        return None
    a = _winner(w, w.blocks, lambda b: w.dist(b, bowl))
    if not a:
        return None
    return _made(w, f"See the block that's closest to the {bowl}? The nearest one, love. Could you tuck it into "
                    f"the {bowl} for me?", _act(rels(Rel("in", a, bowl))))


def t315_rel_hindi(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    a = w.state.in_bowl(bowl)[0]
    b = _one(w, [x for x in w.clear_blocks() if x != a and w.state.base(x) in (TABLE, *PLACES)
                 and _depth(w.state, x) + 2 <= layout.MAX_TOWER])
    if not b:
        return None
    return _made(w, f"The block which is kept in the {bowl}, kindly put that on top of {b}.",
                 _act(rels(Rel("on", a, b))))


def t315_rel_sailor2(w: World) -> Made:
    a = _winner(w, w.blocks, lambda b: -w.y(b))
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    if not a or not bowl or w.state.base(a) == bowl:
        return None
    return _made(w, f"Aye, the block farthest to the right, stow her in the {bowl}.", _act(rels(Rel("in", a, bowl))))


def t315_rel_plain96(w: World) -> Made:
    pair = _one(w, w.pairs())
    if not pair:
        return None
    top, below = pair
    place = _one(w, PLACES[:4])
    return _made(w, f"Move the block that's under the {top} to the {place}.", _act(rels(Rel("at", below, place))))


# ----- keep -----------------------------------------------------------------------------------------
def t315_keep_plumber3(w: World) -> Made:
    bowl = _one(w, _full_bowls(w))
    a = _one(w, [b for b in w.clear_blocks() if w.state.base(b) != bowl]) if bowl else None
    if not a:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Bin the {a}. Don't touch the {bowl}.",
                 _act(binned([a]), kept(*inside), count_in(bowl, len(inside))))


def t315_keep_accountant2(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    others = [x for x in w.blocks if x != a]
    return _made(w, f"Move the {a} onto the {b}. Every other block stays exactly where it is.",
                 _act(rels(Rel("on", a, b)), kept(*others)))


def t315_keep_grandma5(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    a, bowl = got
    c = _one(w, [x for x in w.blocks if x != a])
    if not c:
        return None
    return _made(w, f"Put the {a} in the {bowl}, would you? But leave my {c} right where it is, it looks just "
                    f"fine there and I've got used to it.", _act(rels(Rel("in", a, bowl)), kept(c)))


def t315_keep_hindi(w: World) -> Made:
    a, place = _one(w, w.clear_blocks()), _one(w, PLACES[:4])
    c = _one(w, [x for x in w.blocks if x != a]) if a else None
    if not c:
        return None
    return _made(w, f"Kindly shift {a} to the {place} but {c} should remain at its place only.",
                 _act(rels(Rel("at", a, place)), kept(c)))


def t315_keep_sailor2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    c = _one(w, [x for x in w.blocks if x != a]) if a else None
    if not c:
        return None
    return _made(w, f"Heave the {a} overboard into the bin, but leave the {c} be. She's shipshape where she is.",
                 _act(binned([a]), kept(c)))


def t315_keep_plain96(w: World) -> Made:
    bowl = _one(w, _full_bowls(w))
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    return _made(w, f"Put everything in the bin except what's in the {bowl}. Leave the {bowl} as it is.",
                 _act(binned(rest), kept(*inside), count_in(bowl, len(inside))))


# ----- multi_step -----------------------------------------------------------------------------------
def t315_multi_plumber3(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    got = _stack(w, exclude=(a,)) if a else None
    if not got:
        return None
    b, c = got
    return _made(w, f"First the {a} in the bin, then the {b} on the {c}.",
                 _act(binned([a]), rels(Rel("on", b, c))))


def t315_multi_accountant2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b, 2)])
    if not bowl:
        return None
    abc = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], 3)
    if not abc:
        return None
    a, b, c = abc
    return _made(w, f"Step 1: move the {a} to the {bowl}. Step 2: move the {b} to the {bowl}. "
                    f"Step 3: move the {c} to the bin.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl), Rel("in_bin", c))))


def t315_multi_grandma5(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    options = [(a, b, bowl) for a, b in pairs for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    got = _one(w, options)
    if not got:
        return None
    a, b, bowl = got
    return _made(w, f"First, dear, would you take the {a} off the {b} and set it down on the table (careful now, "
                    f"don't drop it), and then put the {b} in the {bowl}?",
                 _act(rels(Rel("on_table", a), Rel("in", b, bowl))))


def t315_multi_hindi(w: World) -> Made:
    ab = w.pick(w.clear_blocks(), 2)
    if not ab:
        return None
    a, b = ab
    return _made(w, f"First put {a} on the middle, after that put {b} on top of {a}.",
                 _act(rels(Rel("at", a, PLACES[4]), Rel("on", b, a))))


def t315_multi_sailor2(w: World) -> Made:
    abc = w.pick(w.clear_blocks(), 3)
    if not abc:
        return None
    a, b, c = abc
    return _made(w, f"Haul the {a} to the {PLACES[1]}, then stack the {b} on her, then the {c} on top o' that. Aye.",
                 _act(rels(Rel("at", a, PLACES[1]), Rel("on", b, a), Rel("on", c, b))))


def t315_multi_plain96(w: World) -> Made:
    a = _one(w, [b for b in w.in_bowls() if w.state.is_clear(b)])
    if not a:
        return None
    bowl = w.state.base(a)
    b = _one(w, [x for x in w.clear_blocks() if w.state.base(x) != bowl])
    if not b:
        return None
    return _made(w, f"Take the {a} out of the {bowl}, then put the {b} in there instead.",
                 _act(_out(a, bowl), rels(Rel("in", b, bowl))))


# ----- question -------------------------------------------------------------------------------------
def t315_q_plumber3(w: World) -> Made:
    bowl = _one(w, _full_bowls(w) if _full_bowls(w) and w.rng.random() < 0.6 else w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"What's in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t315_q_accountant2(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "Exactly how many blocks are on the table right now, not counting any in the bowls?", answered(str(n))


def t315_q_grandma5(w: World) -> Made:
    bowl = _one(w, w.bowls)
    inside = w.state.in_bowl(bowl)
    a = _one(w, inside) if inside and w.rng.random() < 0.5 else _one(w, w.blocks)
    return (f"Is the {a} in the {bowl}, dear? I can't quite see from here without my glasses.",
            answered(yes(w.state.base(a) == bowl)))


def t315_q_hindi(w: World) -> Made:
    a = _one(w, w.blocks)
    return f"Where is {a} kept?", answered(_where(w, a))


def t315_q_sailor2(w: World) -> Made:
    bowl = _one(w, _full_bowls(w) if _full_bowls(w) and w.rng.random() < 0.6 else w.bowls)
    return f"How many blocks be stowed in the {bowl}, matey?", answered(str(len(w.state.in_bowl(bowl))))


def t315_q_plain96(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = _one(w, pairs)
    else:
        a, b = w.pick(w.blocks, 2)
        if b in w.state.above(a) or a in w.state.above(b):
            return None  # "on" would be unclear across a tower
    return f"Is the {a} on the {b}?", answered(yes(holds(Rel("on", a, b), w.state)))


# ----- matching -------------------------------------------------------------------------------------
def t315_match_plumber3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Blocks into the bowls that match their colour.", _act(rels(*want)))


def t315_match_accountant2(w: World) -> Made:
    want = matching(w)
    moving = [r.block for r in want]
    stay = [b for b in w.blocks if b not in moving]
    if not want or not stay or any(x in stay for m in moving for x in w.state.above(m)):
        return None
    return _made(w, "Sort every block into the bowl of the same colour. Blocks without a bowl of their colour stay "
                    "exactly where they are.", _act(rels(*want), kept(*stay)))


def t315_match_grandma5(w: World) -> Made:
    a = _one(w, [r.block for r in matching(w) if not holds(r, w.state)])
    if not a:
        return None
    return _made(w, f"Could you put the {a} in the bowl that's the same colour as it, sweetie? Colours together, "
                    f"that's how my mother always kept things.", _act(rels(Rel("in", a, _match_bowl(w, a)))))


def t315_match_hindi(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Kindly put all blocks in the same colour bowls, whichever are matching.", _act(rels(*want)))


def t315_match_sailor2(w: World) -> Made:
    want = matching(w)
    moving = [r.block for r in want]
    rest = [b for b in w.blocks if b not in moving]
    if not want or not rest:
        return None
    return _made(w, "Every block to the bowl of her own colour, and any block without a matching bowl goes "
                    "overboard into the bin.", _act(rels(*want), binned(rest)))


def t315_match_plain96(w: World) -> Made:
    ab = w.pick([r.block for r in matching(w) if not holds(r, w.state)], 2)
    if not ab:
        return None
    a, b = ab
    return _made(w, f"Put the {a} in the bowl of the same colour, and the {b} too.",
                 _act(rels(Rel("in", a, _match_bowl(w, a)), Rel("in", b, _match_bowl(w, b)))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("plumber3", "accountant2", "grandma5", "hindi", "sailor2", "plain96")
FRESH315: list[Template] = [
    (f"t315_{short}_{style}", category, globals()[f"t315_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
