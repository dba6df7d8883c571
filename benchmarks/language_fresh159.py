"""`FRESH159`, the hundred-and-sixtieth untuned batch: sixty language templates, six per category, for the offline
planner.

The theme is litotes, double negatives and polarity: people who say what they want through negatives. They
understate a wish ("I wouldn't mind ...", "it wouldn't hurt to ..."), cancel one negative with another ("I can't
not have ...", "not doing it is not an option", "there's no reason not to ..."), fence a goal with "nothing but",
"anywhere but", "none but" or "any bowl but", quantify with "not a single" and "not one", bound counts with "no
fewer than" and "no more than", and give negated instructions that mean a positive goal ("don't leave the red block
out of the blue bowl", "don't forget to ..."). Every sentence has one plain reading; the checks accept exactly the
final states that reading allows: the named relation holds at the end with nothing left in the gripper, any free
choice the words leave open (which blocks, which bowl, where a moved block goes) is accepted, and what the words
forbid (the bin, a bowl, moving another block) is rejected. "On the table" for one block put there means resting
on the table itself; counted over blocks, it means every block whose tower stands on the table.

The six styles:

- litotes: "I wouldn't mind the red block in the blue bowl", "it wouldn't hurt to put the green block on the table"
- double: "Don't not stack the red block on the blue block: stack it there", "I can't not have the red block in
  the middle"
- but: "Put nothing but the red block in the blue bowl", "Every block but the green block goes in the bin"
- single: "Not a single block is to be left on the table", "Leave not a single block in the blue bowl"
- bound: "Put no fewer than two blocks into the blue bowl", "No more than one block should be left on the table"
- dont: "Don't leave the red block out of the blue bowl", "Don't forget to put the red block in the bin"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d8b3373, the code of 0105e3d, before anything it could prompt): 0.2667
goal-correct (80 of 300), 186 refused, 4 asked. Five wrong actions: "Make sure no bowl has fewer than one block in it."
took blocks out of the bowls once and did nothing, reporting done, once; "X can go in any of the bowls except W; put it
in one." put X in another bowl and then into W (three times). 25 wrong replies: 'Is it fair to say W isn't empty?',
"Isn't it true that there are no blocks in W?", 'Is there nothing but X in W?', 'How many bowls have not a single block
in them?', "Doesn't X have a block on top of it?" were not read. The refusals were litotes ("I wouldn't mind", "it
wouldn't hurt to"), double negatives, 'nothing but', 'not a single', 'no fewer than' and "don't let X stay outside W".
"""

from __future__ import annotations

from collections.abc import Iterable

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
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_FLAT = (TABLE, *PLACES)
_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}


# ----- helpers -------------------------------------------------------------------------------------------
def _one(w: World, items: Iterable[str]) -> str | None:
    items = list(items)
    return w.rng.choice(items) if items else None


def _say(w: World, *shapes: str) -> str:
    return w.rng.choice(shapes)


def _done(check: Check) -> Check:
    """An action's goal: the check holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when the scene already meets the goal (doing nothing must fail)."""
    if check(w.state, w.state):
        return None
    return text, _done(check)


def _flat(s: SymState, b: str) -> bool:
    """The block rests on the table itself (or a named place on it)."""
    return s.support[b] in _FLAT


def _under(s: SymState, b: str) -> list[str]:
    """Every block beneath `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _bowled(s: SymState, b: str) -> bool:
    return s.base(b) in s.bowls


def _bin_count(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _match(w: World, block: str) -> str | None:
    """The bowl of the block's colour, if there is one."""
    return next((bowl for bowl in w.bowls if w.colour(bowl) == w.colour(block)), None)


def _targets(w: World) -> list[str]:
    """Clear blocks whose tower stands on the table: natural places to stack onto."""
    return [b for b in w.clear_blocks() if w.state.base(b) in _FLAT]


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(a, b): a block to put on a clear block b standing on the table, a not already on b."""
    b = _one(w, _targets(w))
    if b is None:
        return None
    s = w.state
    a = _one(w, [x for x in w.blocks if x != b and s.support[x] != b and x not in _under(s, b)])
    return (a, b) if a is not None else None


def _num(n: int) -> str:
    return _NUM[n]


def _blocks(n: int) -> str:
    return f"{_num(n)} block" if n == 1 else f"{_num(n)} blocks"


# ----- imperative ----------------------------------------------------------------------------------------
def t159_imp_litotes(w: World) -> Made:
    a = _one(w, w.blocks)
    bowl = _one(w, [x for x in w.bowls if a and w.state.base(a) != x])
    if a is None or bowl is None:
        return None
    text = _say(w, f"Go ahead and put the {a} in the {bowl}; it wouldn't hurt.",
                f"It wouldn't hurt to move the {a} into the {bowl}, so please do.",
                f"Put the {a} in the {bowl}, would you? I wouldn't say no to that.")
    return _made(w, text, rels(Rel("in", a, bowl)))


def t159_imp_double(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = _say(w, f"Don't not stack the {a} on the {b}: stack it there.",
                f"Not putting the {a} on the {b} is not an option, so put it there.",
                f"It's not that you shouldn't put the {a} on top of the {b}; you should, so do it.")
    return _made(w, text, rels(Rel("on", a, b)))


def t159_imp_but(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    a = _one(w, [b for b in w.clear_blocks() if not _bowled(w.state, b)])
    if bowl is None or a is None:
        return None
    text = _say(w, f"Put nothing but the {a} in the {bowl}.",
                f"Put the {a} in the {bowl}, and nothing but the {a}: no other block goes in.",
                f"The {bowl} gets nothing but the {a}; put it in.")
    return _made(w, text, lambda _i, f: set(f.in_bowl(bowl)) == {a})


def t159_imp_single(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if bowl is None:
        return None
    text = _say(w, f"Empty the {bowl}: don't leave a single block in it.",
                f"Leave not a single block in the {bowl}.",
                f"Clear out the {bowl} so that not one block is left in it.")
    return _made(w, text, empty(bowl))


def t159_imp_bound(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    if bowl is None:
        return None
    k = w.rng.choice([2, 3] if len(w.blocks) >= 3 else [2])
    text = _say(w, f"Put no fewer than {_num(k)} blocks into the {bowl}; which ones is up to you.",
                f"Fill the {bowl} with no fewer than {_num(k)} blocks, any you like.",
                f"Move blocks into the {bowl} until it holds no fewer than {_num(k)} of them.")
    return _made(w, text, count_in(bowl, k, exact=False))


def t159_imp_dont(w: World) -> Made:
    a = _one(w, w.blocks)
    bowl = _one(w, [x for x in w.bowls if a and w.state.base(a) != x])
    if a is None or bowl is None:
        return None
    text = _say(w, f"Don't leave the {a} out of the {bowl}: it goes in there.",
                f"Don't forget to put the {a} in the {bowl}.",
                f"Don't let the {a} stay outside the {bowl}; put it in.")
    return _made(w, text, rels(Rel("in", a, bowl)))


# ----- declarative ---------------------------------------------------------------------------------------
def t159_dec_litotes(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    text = _say(w, f"The {a} being on the table would be no bad thing.",
                f"It would not be unwelcome if the {a} were on the table.",
                f"The table is not a bad place for the {a}; that is where it should be.")
    return _made(w, text, rels(Rel("on_table", a)))


def t159_dec_double(w: World) -> Made:
    a = _one(w, w.blocks)
    bowl = _one(w, [x for x in w.bowls if a and w.state.base(a) != x])
    if a is None or bowl is None:
        return None
    text = _say(w, f"The {a} not being in the {bowl} is not an option.",
                f"The {a} can't not be in the {bowl} when you're done.",
                f"It is not acceptable for the {a} to not be in the {bowl} at the end.")
    return _made(w, text, rels(Rel("in", a, bowl)))


def t159_dec_but(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    bowl = _one(w, full if full and w.rng.random() < 0.7 else w.bowls)
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if {b} != set(w.state.in_bowl(bowl))])
    if a is None:
        return None
    text = _say(w, f"When you're done, the {bowl} holds nothing but the {a}.",
                f"Nothing but the {a} is in the {bowl} at the end.",
                f"The {bowl} should contain the {a} and nothing but the {a}.")
    return _made(w, text, lambda _i, f: set(f.in_bowl(bowl)) == {a})


def t159_dec_single(w: World) -> Made:
    if not w.state.on_the_table():
        return None
    text = _say(w, "Not a single block is to be left on the table.",
                "By the end, not one block is on the table; the bowls and the bin are both fine places for them.",
                "The table ends up with not a single block on it.")
    return _made(w, text, lambda _i, f: not f.on_the_table())


def t159_dec_bound(w: World) -> Made:
    t = len(w.state.on_the_table())
    if t < 2:
        return None
    n = w.rng.randint(1, t - 1)
    text = _say(w, f"No more than {_blocks(n)} should be left on the table.",
                f"At the end the table holds no more than {_blocks(n)}.",
                f"There should be no more than {_blocks(n)} on the table when you're finished.")
    return _made(w, text, lambda _i, f: len(f.on_the_table()) <= n)


def t159_dec_dont(w: World) -> Made:
    pair = _one(w, [a for a, _b in w.pairs()])
    if pair is None:
        return None
    a, b = pair, w.state.support[pair]
    bowl = _one(w, [x for x in w.bowls if w.state.base(a) != x])
    if bowl is None:
        return None
    text = _say(w, f"The {a} doesn't stay on the {b}; it belongs in the {bowl}.",
                f"The {a} shouldn't be left sitting on the {b}: its place is in the {bowl}.",
                f"The {a} is not to stay on top of the {b}. It is to be in the {bowl}.")
    return _made(w, text, rels(Rel("in", a, bowl)))


# ----- desiderative --------------------------------------------------------------------------------------
def t159_des_litotes(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = _say(w, f"I wouldn't mind the {a} on top of the {b}.",
                f"I wouldn't say no to the {a} being stacked on the {b}.",
                f"I'd not be unhappy to see the {a} sitting on the {b}.")
    return _made(w, text, rels(Rel("on", a, b)))


def t159_des_double(w: World) -> Made:
    a = _one(w, w.blocks)
    place = _one(w, PLACES)
    if a is None or place is None:
        return None
    text = _say(w, f"I can't not have the {a} in the {place}.",
                f"It's not that I don't want the {a} in the {place}: I do.",
                f"I wouldn't be happy with the {a} not being in the {place}, so I'd like it there.")
    return _made(w, text, rels(Rel("at", a, place)))


def t159_des_but(w: World) -> Made:
    on_table = w.state.on_the_table()
    a = _one(w, [b for b in on_table if _flat(w.state, b)])
    if len(on_table) < 2 or a is None:
        return None
    text = _say(w, f"I'd like nothing but the {a} left on the table.",
                f"I want the table to hold nothing but the {a}.",
                f"Make it so that there's nothing but the {a} on the table.")
    return _made(w, text, lambda _i, f: set(f.on_the_table()) == {a})


def t159_des_single(w: World) -> Made:
    if not w.pairs():
        return None
    text = _say(w, "Make it so that not one block is stacked on another.",
                "I'd like not a single block sitting on top of another block.",
                "I want no towers at all: not one block on another block.")
    return _made(w, text, lambda _i, f: all(f.support[b] not in f.support for b in f.blocks))


def t159_des_bound(w: World) -> Made:
    k = w.rng.choice([2, 3])
    text = _say(w, f"I'd like no fewer than {_num(k)} blocks in the bin.",
                f"I want the bin to end up with no fewer than {_num(k)} blocks in it; any will do.",
                f"Make it so that the bin holds no fewer than {_num(k)} blocks.")
    return _made(w, text, lambda _i, f: _bin_count(f) >= k)


def t159_des_dont(w: World) -> Made:
    a = _one(w, w.state.on_the_table())
    if a is None:
        return None
    text = _say(w, f"I don't want the {a} on the table any more; I'd like it in the bin.",
                f"Please don't forget the {a}: I want it in the bin.",
                f"I'd rather the {a} weren't on the table. Make it so that it's in the bin.")
    return _made(w, text, rels(Rel("in_bin", a)))


# ----- quantified ----------------------------------------------------------------------------------------
def t159_qua_litotes(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not 2 <= len(on_table) <= 5:
        return None
    text = _say(w, "It wouldn't hurt to put every block on the table into the bin.",
                "I wouldn't mind each of the blocks on the table going in the bin.",
                "It wouldn't be a bad idea to put all the blocks that are on the table in the bin.")
    return _made(w, text, binned(on_table))


def t159_qua_double(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = _say(w, "There isn't a block here that doesn't belong in the bin: put every one of them in it.",
                "No block should fail to end up in the bin; all of them go in.",
                "It's not that some blocks shouldn't go in the bin. Every single block goes in the bin.")
    return _made(w, text, binned(w.blocks))


def t159_qua_but(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    others = [b for b in w.blocks if b != a]
    text = _say(w, f"Every block but the {a} goes in the bin.",
                f"Put all the blocks in the bin, all but the {a}.",
                f"Put each block except the {a} in the bin; none but the {a} stays out.")
    return _made(w, text, lambda i, f: binned(others)(i, f) and none_binned([a])(i, f))


def t159_qua_single(w: World) -> Made:
    held = w.in_bowls()
    if not held or (len(w.bowls) < 2 and len(held) < 2):
        return None
    if len(w.bowls) >= 2:
        text = _say(w, "Each bowl should be left without a single block in it.",
                    "Not a single block should stay in any of the bowls.",
                    "Make every bowl empty, with not one block left in any of them.")
    else:
        bowl = w.bowls[0]
        text = _say(w, f"Take every block out of the {bowl}; not a single one stays.",
                    f"All the blocks in the {bowl} come out, and not one is left behind.")
    bowls = list(w.bowls)
    return _made(w, text, lambda _i, f: all(not f.in_bowl(x) for x in bowls))


def t159_qua_bound(w: World) -> Made:
    bowls = list(w.bowls)
    if len(bowls) < 2:
        return None
    k = w.rng.choice([1, 2]) if 2 * len(bowls) <= len(w.blocks) else 1
    word = "one block" if k == 1 else "two blocks"
    text = _say(w, f"Every bowl should end up holding no fewer than {word}.",
                f"Make sure no bowl has fewer than {word} in it.",
                f"Each of the bowls gets no fewer than {word}.")
    return _made(w, text, lambda _i, f: all(len(f.in_bowl(x)) >= k for x in bowls))


def t159_qua_dont(w: World) -> Made:
    held = w.in_bowls()
    if not held:
        return None
    text = _say(w, "Don't leave any block in a bowl: every one of them goes on the table.",
                "Never leave blocks in the bowls; take each one out and put it on the table.",
                "Don't forget any of the blocks in the bowls: each of them comes out and goes on the table.")
    return _made(w, text, rels(*(Rel("on_table", b) for b in held)))


# ----- negated -------------------------------------------------------------------------------------------
def t159_neg_litotes(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if a is None:
        return None
    s = w.state
    others = [b for b in w.blocks if b != a]
    b = _one(w, [x for x in others if s.is_clear(x)] or others)
    if b is None or (s.support[a] in s.support and s.support[a] != b):
        return None
    text = _say(w, f"I wouldn't mind the {a} stacked on any block except the {b}.",
                f"It wouldn't hurt to put the {a} on top of some block, just not the {b}.",
                f"I'd not object to the {a} going on another block, as long as it's not the {b}.")
    return _made(w, text, lambda _i, f: f.support[a] in f.support and f.support[a] != b)


def t159_neg_double(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    text = _say(w, f"I don't want the {a} to not be on the table.",
                f"It's not that I don't want the {a} on the table; I do, so put it there.",
                f"Don't leave the {a} not on the table: it goes on the table.")
    return _made(w, text, rels(Rel("on_table", a)))


def t159_neg_but(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a = _one(w, w.blocks)
    if a is None:
        return None
    s = w.state
    avoid = s.base(a) if _bowled(s, a) and w.rng.random() < 0.7 else w.rng.choice(w.bowls)
    allowed = [x for x in w.bowls if x != avoid]
    text = _say(w, f"Put the {a} in any bowl but the {avoid}.",
                f"The {a} can go in any of the bowls except the {avoid}; put it in one.",
                f"Put the {a} in a bowl, but not the {avoid}.")
    return _made(w, text, lambda _i, f: f.base(a) in allowed)


def t159_neg_single(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    if w.rng.random() < 0.5:
        text = f"Empty the {bowl}, but don't put a single one of its blocks in the bin."
        keep_out = inside
    else:
        text = f"Take everything out of the {bowl} without putting a single block in the bin."
        keep_out = list(w.blocks)
    return _made(w, text, lambda i, f: empty(bowl)(i, f) and none_binned(keep_out)(i, f))


def t159_neg_bound(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None or len(w.blocks) < 3:
        return None
    text = _say(w, f"Put two blocks in the bin, no more and no fewer, but not the {a}.",
                f"No fewer than two and no more than two blocks go in the bin, and the {a} is not one of them.",
                f"Put exactly two blocks in the bin, never the {a}, and not a block more.")
    return _made(w, text, lambda _i, f: _bin_count(f) == 2 and f.base(a) != BIN)


def t159_neg_dont(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    bowl = w.state.base(a)
    text = _say(w, f"Don't let the {a} stay in the {bowl}, and don't put it in the bin either.",
                f"Never leave the {a} in the {bowl}; take it out, but not to the bin.",
                f"The {a} must not stay in the {bowl}, and it must not go in the bin.")
    return _made(w, text, lambda _i, f: f.base(a) not in (bowl, BIN))


# ----- relative ------------------------------------------------------------------------------------------
def t159_rel_litotes(w: World) -> Made:
    pair = _one(w, [top for top, _below in w.pairs()])
    if pair is None:
        return None
    top, below = pair, w.state.support[pair]
    text = _say(w, f"I wouldn't mind the block on top of the {below} being moved to the table.",
                f"It wouldn't hurt to put whatever block is sitting on the {below} on the table.",
                f"The block resting on the {below} would be no worse off on the table; put it there.")
    return _made(w, text, rels(Rel("on_table", top)))


def t159_rel_double(w: World) -> Made:
    pair = _one(w, [top for top, _below in w.pairs()])
    if pair is None:
        return None
    top, below = pair, w.state.support[pair]
    bowl = _one(w, [x for x in w.bowls if w.state.base(below) != x])
    if bowl is None:
        return None
    text = _say(w, f"There's no reason the block under the {top} can't go in the {bowl}: put it there.",
                f"It's not that the block beneath the {top} shouldn't be in the {bowl}; it should, so move it there.",
                f"Not moving the block under the {top} into the {bowl} is not an option.")
    return _made(w, text, rels(Rel("in", below, bowl)))


def t159_rel_but(w: World) -> Made:
    pair = _one(w, [top for top, _below in w.pairs()])
    if pair is None:
        return None
    top, below = pair, w.state.support[pair]
    text = _say(w, f"Get the block that sits on the {below} off it, and put it anywhere but the bin.",
                f"The block on top of the {below} can go anywhere but the bin; just take it off the {below}.",
                f"Take the block off the {below} and put it down anywhere at all but in the bin.")
    return _made(w, text, lambda _i, f: f.support[top] != below and f.base(top) != BIN)


def t159_rel_single(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    bowl = w.state.base(a)
    text = _say(w, f"Not one block may stay in the bowl the {a} is in.",
                f"Leave not a single block in the bowl that holds the {a}.",
                f"The bowl with the {a} in it should end up without a single block in it.")
    return _made(w, text, empty(bowl))


def t159_rel_bound(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    bowl = w.state.base(a)
    n = len(w.state.in_bowl(bowl)) + 1
    if n > 4 or len(w.blocks) < n:
        return None
    text = _say(w, f"The bowl with the {a} in it should end up holding no fewer than {_num(n)} blocks.",
                f"Add blocks to the bowl the {a} is in until it has no fewer than {_num(n)}.",
                f"Make sure the bowl holding the {a} has no fewer than {_num(n)} blocks in it.")
    return _made(w, text, count_in(bowl, n, exact=False))


def t159_rel_dont(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if len(w.state.in_bowl(x)) == 1])
    if bowl is None:
        return None
    x = w.state.in_bowl(bowl)[0]
    b = _one(w, [t for t in _targets(w) if t != x])
    if b is None:
        return None
    text = _say(w, f"Don't leave the block that's in the {bowl} there: put it on the {b}.",
                f"Don't forget the block sitting in the {bowl}; it goes on top of the {b}.",
                f"Don't let the block in the {bowl} stay put. Stack it on the {b}.")
    return _made(w, text, rels(Rel("on", x, b)))


# ----- keep ----------------------------------------------------------------------------------------------
def t159_keep_litotes(w: World) -> Made:
    s = w.state
    a = _one(w, w.blocks)
    bowl = _one(w, [x for x in w.bowls if a and s.base(a) != x])
    if a is None or bowl is None:
        return None
    c = _one(w, [x for x in w.blocks if x != a and x not in s.above(a)])
    if c is None:
        return None
    text = _say(w, f"I wouldn't mind the {a} in the {bowl}, as long as the {c} stays where it is.",
                f"It wouldn't hurt to put the {a} in the {bowl}; just leave the {c} alone.",
                f"I'd not say no to the {a} going in the {bowl}, but the {c} is not to be moved.")
    return _made(w, text, lambda i, f: rels(Rel("in", a, bowl))(i, f) and kept(c)(i, f))


def t159_keep_double(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    s = w.state
    c = _one(w, [x for x in w.blocks if x not in (a, b) and x not in s.above(a)])
    if c is None:
        return None
    text = _say(w, f"Stack the {a} on the {b}; there's no reason not to leave the {c} exactly where it is.",
                f"Put the {a} on the {b}. It's not that the {c} can't stay where it is: it can, so don't move it.",
                f"Put the {a} on top of the {b}, and not moving the {c} is not optional: it stays put.")
    return _made(w, text, lambda i, f: rels(Rel("on", a, b))(i, f) and kept(c)(i, f))


def t159_keep_but(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    bowl = _one(w, [x for x in w.bowls if a and w.state.base(a) != x])
    if a is None or bowl is None:
        return None
    others = [b for b in w.blocks if b != a]
    text = _say(w, f"Move nothing but the {a}: it goes in the {bowl}.",
                f"Put the {a} in the {bowl} and touch nothing but the {a}.",
                f"None of the blocks but the {a} should move; put it in the {bowl}.")
    return _made(w, text, lambda i, f: rels(Rel("in", a, bowl))(i, f) and kept(*others)(i, f))


def t159_keep_single(w: World) -> Made:
    a = _one(w, [b for b in w.clear_blocks() if not _flat(w.state, b)])
    if a is None:
        return None
    others = [b for b in w.blocks if b != a]
    text = _say(w, f"Put the {a} on the table without moving a single other block.",
                f"Set the {a} down on the table; not one other block should move.",
                f"Not a single block apart from the {a} is to move: put the {a} on the table.")
    return _made(w, text, lambda i, f: rels(Rel("on_table", a))(i, f) and kept(*others)(i, f))


def t159_keep_bound(w: World) -> Made:
    s = w.state
    ones = [b for b in w.blocks if len(s.above(b)) == 1]
    a = _one(w, ones if ones and w.rng.random() < 0.7 else w.clear_blocks())
    if a is None:
        return None

    def check(i: SymState, f: SymState) -> bool:
        moved = [b for b in f.blocks if b != a and f.support[b] != i.support[b]]
        return f.base(a) == BIN and len(moved) <= 1

    text = _say(w, f"Put the {a} in the bin, moving no more than one other block along the way.",
                f"Put the {a} in the bin, and don't move more than one other block while you're at it.",
                f"The {a} goes in the bin; no more than one other block may be moved to get it there.")
    return _made(w, text, check)


def t159_keep_dont(w: World) -> Made:
    s = w.state
    a = _one(w, w.blocks)
    place = _one(w, PLACES)
    if a is None or place is None:
        return None
    c = _one(w, [x for x in w.blocks if x != a and x not in s.above(a)])
    if c is None:
        return None
    text = _say(w, f"Don't touch the {c}, and don't forget to put the {a} in the {place}.",
                f"Don't move the {c}; just don't leave the {a} anywhere but the {place}.",
                f"Leave the {c} be, but don't forget the {a}: it goes in the {place}.")
    return _made(w, text, lambda i, f: rels(Rel("at", a, place))(i, f) and kept(c)(i, f))


# ----- multi_step ----------------------------------------------------------------------------------------
def t159_multi_litotes(w: World) -> Made:
    pair = _one(w, [top for top, _below in w.pairs()])
    if pair is None:
        return None
    a, b = pair, w.state.support[pair]
    bowl = _one(w, [x for x in w.bowls if w.state.base(b) != x])
    if bowl is None:
        return None
    text = _say(w, f"First, it wouldn't hurt to take the {a} off the {b} and set it on the table; "
                   f"after that, I wouldn't mind the {b} in the {bowl}.",
                f"It wouldn't hurt to lift the {a} off the {b} onto the table first, and then "
                f"to put the {b} in the {bowl}.")
    return _made(w, text, rels(Rel("on_table", a), Rel("in", b, bowl)))


def t159_multi_double(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if not _flat(w.state, b)])
    if a is None:
        return None
    b = _one(w, [x for x in w.blocks if x != a])
    if b is None:
        return None
    text = _say(w, f"First put the {a} on the table; after that, there's no reason not to stack the {b} on it, "
                   "so do that too.",
                f"Start by putting the {a} on the table. Then not stacking the {b} on top of it is not an option.",
                f"Put the {a} on the table first, and then don't not put the {b} on it: the {b} goes on the {a}.")
    return _made(w, text, rels(Rel("on_table", a), Rel("on", b, a)))


def t159_multi_but(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if not _flat(w.state, b)])
    if a is None:
        return None
    b = _one(w, [x for x in w.blocks if x != a])
    if b is None:
        return None
    text = _say(w, f"Put the {a} on the table first, and after that put nothing but the {b} on top of it.",
                f"First set the {a} down on the table; then let nothing but the {b} go on top of it.",
                f"Step one: the {a} goes on the table. Step two: the {b}, and nothing but the {b}, goes on it.")
    return _made(w, text, lambda _i, f: (f.support[a] in _FLAT and f.support[b] == a
                                          and f.on_top(a) == [b] and f.is_clear(b)))


def t159_multi_single(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if bowl is None:
        return None
    a = _one(w, [b for b in w.clear_blocks() if w.state.base(b) != bowl])
    if a is None:
        return None
    text = _say(w, f"First clear the {bowl} so that not a single block is left in it, then put the {a} in it.",
                f"Take every block out of the {bowl} first, not one left behind; after that, put the {a} in it.",
                f"Start by emptying the {bowl} of every single block. When not one is left, put the {a} in.")
    return _made(w, text, lambda _i, f: set(f.in_bowl(bowl)) == {a})


def t159_multi_bound(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if not _flat(w.state, b)])
    if a is None:
        return None
    text = _say(w, f"First put no fewer than two blocks in the bin, then put the {a} on the table.",
                f"Step one: no fewer than two blocks go in the bin. Step two: the {a} goes on the table.",
                f"Begin by putting no fewer than two blocks in the bin; once that's done, put the {a} on the table.")
    return _made(w, text, lambda _i, f: _bin_count(f) >= 2 and f.support[a] in _FLAT)


def t159_multi_dont(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    s = w.state
    low = set(_under(s, a)) | set(_under(s, b))
    c = _one(w, [x for x in w.blocks if x not in (a, b) and x not in low])
    if c is None:
        return None
    bowl = _one(w, [x for x in w.bowls if s.base(c) != x])
    if bowl is None:
        return None
    text = _say(w, f"First put the {a} on the {b}; after that, don't forget to put the {c} in the {bowl}.",
                f"Don't skip either step: stack the {a} on the {b}, and then put the {c} in the {bowl}.",
                f"Start by stacking the {a} on the {b}. Then don't leave the {c} out of the {bowl}: it goes in.")
    return _made(w, text, rels(Rel("on", a, b), Rel("in", c, bowl)))


# ----- question ------------------------------------------------------------------------------------------
def t159_q_litotes(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        bowl = w.rng.choice(w.bowls)
        return f"Is it fair to say the {bowl} isn't empty?", answered(yes(bool(s.in_bowl(bowl))))
    a = w.rng.choice(w.blocks)
    return f"Is it safe to say the {a} is not in any bowl?", answered(yes(not _bowled(s, a)))


def t159_q_double(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.6:
        clear = [b for b in w.blocks if s.is_clear(b)]
        covered = [b for b in w.blocks if not s.is_clear(b)]
        a = w.rng.choice(covered if covered and w.rng.random() < 0.5 else clear)
        return f"Isn't it true that no block is sitting on the {a}?", answered(yes(s.is_clear(a)))
    bowl = w.rng.choice(w.bowls)
    return f"Isn't it true that there are no blocks in the {bowl}?", answered(yes(not s.in_bowl(bowl)))


def t159_q_but(w: World) -> Made:
    s = w.state
    full = [x for x in w.bowls if s.in_bowl(x)]
    if full and w.rng.random() < 0.5:
        bowl = w.rng.choice(full)
        a = w.rng.choice(s.in_bowl(bowl))
        return f"Is there nothing but the {a} in the {bowl}?", answered(yes(set(s.in_bowl(bowl)) == {a}))
    a = _one(w, [b for b in w.blocks if _flat(s, b) or _bowled(s, b)])
    if a is None:
        return None
    return f"Is the {a} anywhere but on the table?", answered(yes(s.base(a) not in _FLAT))


def t159_q_single(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        n = sum(1 for x in w.bowls if not s.in_bowl(x))
        if n == 0:
            return None
        return "How many bowls have not a single block in them?", answered(str(n))
    n = sum(1 for b in w.blocks if s.is_clear(b))
    return "How many blocks have not a single other block on top of them?", answered(str(n))


def t159_q_bound(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        out = sum(1 for b in w.blocks if not _bowled(s, b))
        n = max(2, out + w.rng.choice([0, 1]))
        return (f"Are there no fewer than {_num(n)} blocks outside the bowls?",
                answered(yes(out >= n)))
    bowl = w.rng.choice(w.bowls)
    return f"Does the {bowl} hold no more than one block?", answered(yes(len(s.in_bowl(bowl)) <= 1))


def t159_q_dont(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        colour = w.rng.choice(list(layout.COLOURS))
        there = any(w.colour(b) == colour for b in w.blocks)
        article = "an" if colour[0] in "aeiou" else "a"
        return f"Don't you see {article} {colour} block anywhere?", answered(yes(there))
    b = w.rng.choice(w.blocks)
    return f"Doesn't the {b} have a block on top of it?", answered(yes(not s.is_clear(b)))


# ----- matching ------------------------------------------------------------------------------------------
def t159_match_litotes(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = _say(w, "I wouldn't mind every block that has a bowl of its own colour sitting in that bowl.",
                "It wouldn't hurt to put each block into the bowl of the same colour, wherever there is one.",
                "It would be no bad thing if the blocks that match a bowl's colour were all in their bowls.")
    return _made(w, text, rels(*want))


def t159_match_double(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if _match(w, b) and w.state.base(b) != _match(w, b)])
    if a is None:
        return None
    bowl = _match(w, a)
    assert bowl is not None
    text = _say(w, f"It's not OK for the {a} not to be in the bowl that matches its colour.",
                f"I can't not have the {a} in the bowl of the same colour.",
                f"There's no reason the {a} can't be in the bowl of its own colour, so put it there.")
    return _made(w, text, rels(Rel("in", a, bowl)))


def t159_match_but(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a = _one(w, [b for b in w.blocks if _match(w, b)])
    if a is None:
        return None
    own = _match(w, a)
    allowed = [x for x in w.bowls if x != own]
    text = _say(w, f"Put the {a} in any bowl but the one that matches its colour.",
                f"The {a} can go in any bowl except the one of its own colour; put it in one.",
                f"Put the {a} in a bowl, any but the bowl that's the same colour as it.")
    return _made(w, text, lambda _i, f: f.base(a) in allowed)


def t159_match_single(w: World) -> Made:
    def check(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) not in f.bowls or f.colours[f.base(b)] == f.colours[b] for b in f.blocks)

    text = _say(w, "Not a single block should be left in a bowl of a different colour.",
                "Make sure not one block sits in a bowl whose colour is different from its own.",
                "No bowl should hold a single block that isn't its own colour.")
    return _made(w, text, check)


def t159_match_bound(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if _match(w, b)])
    if a is None:
        return None
    bowl = _match(w, a)
    text = _say(w, f"Put the {a} in the bowl of its own colour, so that the bowl holds no more and no fewer "
                   "than one block.",
                f"The bowl that matches the {a} should end up with the {a} in it and no more than that one block.",
                f"The {a} goes in the bowl of the same colour, and that bowl holds no more than the {a}.")
    return _made(w, text, lambda _i, f: set(f.in_bowl(bowl)) == {a})


def t159_match_dont(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls
                    if any(w.colour(b) == w.colour(x) and w.state.base(b) != x for b in w.blocks)])
    if bowl is None:
        return None
    a = next(b for b in w.blocks if w.colour(b) == w.colour(bowl))
    text = _say(w, f"Don't leave the {bowl} without the block of the same colour in it.",
                f"Don't forget the block that matches the {bowl}: it goes in that bowl.",
                f"Never let the {bowl} go without its matching block; put the block of its colour in it.")
    return _made(w, text, rels(Rel("in", a, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("litotes", "double", "but", "single", "bound", "dont")
FRESH159: list[Template] = [
    (f"t159_{short}_{style}", category, globals()[f"t159_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
