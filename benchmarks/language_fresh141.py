"""`FRESH141`, the hundred-and-forty-second untuned batch: sixty language templates, six per category, for the offline planner.

Theme: room and capacity. People who talk about space, fullness and fitting: filling a bowl up, making room
in it, thinning out a crowded one, loading the bin with as many blocks as it takes, asking whether
there is room for two more. A bowl holds `layout.BOWL_CAPACITY` blocks, the bin `len(layout.BIN_SLOTS)`;
the sentences say so only as people would (full, room for one more, can't take any more). Requests about
the room in a bowl are only made where the bowl's blocks rest on its floor, so that its count is its fill.

- plain: "Fill the red bowl up with blocks from the table."
- chatty: "Could you put as many of the blocks on the table into the bin as will fit?"
- terse: "Blue bowl's too full. One block, max."
- packing: "Pack the red block and the green block into the white bowl; there's space for both."
- formal: "Kindly fill the orange bowl to capacity."
- fussy: "Put the pink block in the cyan bowl, but careful, don't overfill it."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 8ce4eaf, the code of eba1106, after every fix before it and before anything
it could prompt): 0.2633 goal-correct (79 of 300), 200 refused, 4 asked, 17 wrong, eight of them actions: 'fill W up with
blocks from the table' took a block off a tower and left it out (three times); 'take all but one of the blocks out of W'
took them all; 'put everything in W in the bin, then fill W with the table's blocks' put a binned block back; 'would you
find space for X in W?' and 'W is crammed. One block in it would be right' did nothing (three times); nine wrong replies
('room for how many more?', 'more free space in W than in V?'). Most refusals were 'fill', 'room', 'space', 'full',
'capacity'.
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
    empty,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

CAP = layout.BOWL_CAPACITY
BIN_CAP = len(layout.BIN_SLOTS)
_WORDS = ("no", "one", "two", "three", "four", "five", "six")


# ----- helpers --------------------------------------------------------------------------------------
def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _num(n: int) -> str:
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def _blocks(n: int, more: bool = False) -> str:
    """'one block', 'two more blocks'."""
    extra = " more" if more else ""
    return f"{_num(n)}{extra} block" + ("" if n == 1 else "s")


def _the(names: list[str]) -> str:
    """'the red block, the blue block and the green block'."""
    items = [f"the {n}" for n in names]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _n(s: SymState, bowl: str) -> int:
    return len(s.in_bowl(bowl))


def _tidy(w: World, bowl: str) -> bool:
    """Every block in the bowl rests on its floor: the count is how full it is."""
    return all(w.state.support[b] == bowl for b in w.state.in_bowl(bowl))


def _room(w: World, bowl: str) -> int:
    return CAP - _n(w.state, bowl)


def _table(w: World) -> list[str]:
    return w.state.on_the_table()


def _bin_n(s: SymState) -> int:
    return sum(s.base(b) == BIN for b in s.blocks)


def _bottoms(w: World) -> list[str]:
    """Blocks standing on the table itself (towers' bottoms and lone blocks)."""
    return [b for b in _table(w) if w.state.support[b] == TABLE]


def _nothing_held(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    return both(*checks, _nothing_held)


def _in(blocks: list[str], bowl: str) -> Check:
    return rels(*(Rel("in", b, bowl) for b in blocks))


def _count(bowl: str, lo: int, hi: int) -> Check:
    return lambda _i, f: lo <= _n(f, bowl) <= hi


def _only(bowl: str, blocks: list[str]) -> Check:
    return lambda _i, f: set(f.in_bowl(bowl)) == set(blocks)


def _within(bowl: str, blocks: list[str]) -> Check:
    """Nothing new in the bowl: what is in it was in it (or is one of `blocks`)."""
    return lambda _i, f: set(f.in_bowl(bowl)) <= set(blocks)


def _bins_to(n: int) -> Check:
    return lambda _i, f: _bin_n(f) == n


def _no_bowl_over(bowls: list[str], k: int) -> Check:
    return lambda _i, f: all(_n(f, b) <= k for b in bowls)


def _all_in_bowls(bowls: list[str]) -> Check:
    return lambda _i, f: (
        all(f.base(b) in bowls for b in f.blocks)
        and all(_n(f, b) <= CAP for b in bowls)
    )


def _roomy(w: World, least: int = 1) -> list[str]:
    return [b for b in w.bowls if _tidy(w, b) and _room(w, b) >= least]


def _holding(w: World, least: int = 1) -> list[str]:
    return [b for b in w.bowls if _n(w.state, b) >= least]


def _outside(w: World, bowl: str) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != bowl]


def _fill_from_table(
    w: World, bowl: str, spare: tuple[str, ...] = ()
) -> tuple[int, Check]:
    """The count a bowl reaches when filled from the table (leaving `spare` alone), and the check."""
    have = w.state.in_bowl(bowl)
    table = [b for b in _table(w) if b not in spare]
    goal = min(CAP, len(have) + len(table))
    others = [b for b in w.in_bowls() if b not in have]
    return goal, _done(_count(bowl, goal, goal), _in(have, bowl), kept(*others, *spare))


# ----- imperative -----------------------------------------------------------------------------------
def t141_imp_plain(w: World) -> Made:
    bowls = _roomy(w)
    if not bowls or not _table(w):
        return None
    (bowl,) = w.pick(bowls)
    _goal, check = _fill_from_table(w, bowl)
    text = _say(
        w,
        f"Fill the {bowl} up with blocks from the table.",
        f"Fill up the {bowl} using the blocks on the table.",
        f"Take blocks off the table and fill the {bowl} as full as it goes.",
    )
    return text, check


def t141_imp_chatty(w: World) -> Made:
    table = _table(w)
    if len(table) < 2:
        return None
    goal = min(BIN_CAP, len(table))
    text = _say(
        w,
        "Could you put as many of the blocks on the table into the bin as will fit?",
        "Would you mind loading the bin with the blocks from the table, as many as it'll take?",
        "Hey, can you get as many of the blocks on the table into the bin as it can hold?",
    )
    return text, _done(_bins_to(goal), kept(*w.in_bowls()))


def t141_imp_terse(w: World) -> Made:
    bowls = _holding(w)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    text = _say(
        w,
        f"Clear out the {bowl}. Need the space.",
        f"Empty the {bowl}, I need the room.",
        f"{bowl.capitalize()}: clear it out, I need room in it.",
    )
    return text, _done(empty(bowl))


def t141_imp_packing(w: World) -> Made:
    bowls = _roomy(w, 2)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    have = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"Pack the {x} and the {y} into the {bowl}; there's space for both.",
        f"Stow the {x} and the {y} in the {bowl}.",
        f"Load the {x} and the {y} into the {bowl}, they'll both fit.",
    )
    return text, _done(_in([x, y, *have], bowl), _count(bowl, 0, CAP))


def t141_imp_formal(w: World) -> Made:
    bowls = [
        b
        for b in _roomy(w)
        if _n(w.state, b) >= 1 and len(_outside(w, b)) >= _room(w, b)
    ]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    have = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"Please top up the {bowl} until it is full.",
        f"Kindly fill the {bowl} to capacity.",
        f"Please add blocks to the {bowl} until it can take no more.",
    )
    return text, _done(_count(bowl, CAP, CAP), _in(have, bowl))


def t141_imp_fussy(w: World) -> Made:
    bowls = _roomy(w)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if not loose:
        return None
    (x,) = w.pick(loose)
    n = _n(w.state, bowl)
    text = _say(
        w,
        f"Put the {x} in the {bowl}, but careful, don't overfill it.",
        f"Drop the {x} into the {bowl}, just that one, I don't want it overflowing.",
        f"Pop the {x} in the {bowl}, and please don't cram anything else in there.",
    )
    return text, _done(_in([x], bowl), _count(bowl, 0, n + 1))


# ----- declarative ----------------------------------------------------------------------------------
def t141_dec_plain(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b) and _n(w.state, b) >= 1]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    k = w.rng.randint(_room(w, bowl) + 1, CAP)
    text = _say(
        w,
        f"The {bowl} should have room for {_blocks(k, more=True)}.",
        f"There needs to be space in the {bowl} for {_blocks(k, more=True)}.",
        f"The {bowl} has to be able to take {_blocks(k, more=True)}.",
    )
    return text, _done(lambda _i, f: CAP - _n(f, bowl) >= k)


def t141_dec_chatty(w: World) -> Made:
    bowls = _holding(w, 2)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    (x,) = w.pick(w.state.in_bowl(bowl))
    text = _say(
        w,
        f"I think the {bowl} is a bit crowded; honestly it should just have the {x} in it.",
        f"You know, the {bowl} is too full, the {x} ought to be the only block in there.",
        f"The {bowl} is kind of packed. The {x} is the only one that should be in it, really.",
    )
    return text, _done(_only(bowl, [x]))


def t141_dec_terse(w: World) -> Made:
    bowls = _holding(w, 2)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    name = bowl.capitalize()
    text = _say(
        w,
        f"{name}'s too full. One block, max.",
        f"Too much in the {bowl}. One block at most.",
        f"{name} is overloaded. One block, tops.",
    )
    return text, _done(_count(bowl, 0, 1))


def t141_dec_packing(w: World) -> Made:
    bowls = _roomy(w, 3)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if len(loose) < 3:
        return None
    three = w.pick(loose, 3)
    have = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"{_the(three).capitalize()} all fit in the {bowl}, so that's where they go.",
        f"There's room in the {bowl} for {_the(three)}; that's where they belong.",
        f"The {bowl} has space for {_the(three)}, so they should be packed in there.",
    )
    return text, _done(_in([*three, *have], bowl))


def t141_dec_formal(w: World) -> Made:
    table = _table(w)
    if not table or len(table) > BIN_CAP:
        return None
    text = _say(
        w,
        "Every block currently on the table is to go in the bin.",
        "All the blocks on the table belong in the bin; it has the capacity for them.",
        "The blocks on the table are to be placed in the bin, which can hold them all.",
    )
    return text, _done(binned(table), none_binned(w.in_bowls()))


def t141_dec_fussy(w: World) -> Made:
    bowls = _holding(w, 2)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    k = w.rng.randint(1, _n(w.state, bowl) - 1)
    text = _say(
        w,
        f"The {bowl} is overcrowded, it should only have {_blocks(k)} in it.",
        f"That {bowl} is crammed. {_blocks(k).capitalize()} in it would be right.",
        f"There are too many blocks squeezed into the {bowl}; it should hold just {_blocks(k)}.",
    )
    return text, _done(_count(bowl, k, k))


# ----- desiderative ---------------------------------------------------------------------------------
def t141_des_plain(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b) and _n(w.state, b) >= 1]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    lo, hi = _room(w, bowl) + 1, min(CAP, len(loose))
    if lo > hi:
        return None
    names = w.pick(loose, w.rng.randint(lo, hi))
    text = _say(
        w,
        f"I'd like enough room in the {bowl} for {_the(names)}.",
        f"I want there to be space in the {bowl} for {_the(names)}.",
        f"I need the {bowl} to have room for {_the(names)}.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        rest = [b for b in f.in_bowl(bowl) if b not in names]
        return len(rest) <= CAP - len(names)

    return text, _done(check)


def t141_des_chatty(w: World) -> Made:
    bowls = _roomy(w)
    if not bowls or not _table(w):
        return None
    (bowl,) = w.pick(bowls)
    _goal, check = _fill_from_table(w, bowl)
    text = _say(
        w,
        f"I'd love it if you could fill the {bowl} up for me with blocks from the table.",
        f"It would be great to have the {bowl} filled up, just use what's on the table.",
        f"I'd really like the {bowl} full, if you could grab blocks off the table for it.",
    )
    return text, check


def t141_des_terse(w: World) -> Made:
    if len(w.blocks) < BIN_CAP:
        return None
    text = _say(
        w,
        "Want the bin as full as it'll go.",
        "Bin full, please. Any blocks.",
        "Need the bin filled right up, whichever blocks.",
    )
    return text, _done(_bins_to(BIN_CAP))


def t141_des_packing(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    pair = w.pick(w.blocks, 2)
    if set(w.state.in_bowl(bowl)) == set(pair):
        return None
    x, y = pair
    text = _say(
        w,
        f"I'd like the {bowl} packed with the {x} and the {y} and nothing else.",
        f"I want just the {x} and the {y} in the {bowl}, nothing else in there.",
        f"I need the {bowl} to hold the {x} and the {y}, and only those two.",
    )
    return text, _done(_only(bowl, [x, y]))


def t141_des_formal(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    n = _n(w.state, bowl)
    options = [k for k in range(1, min(CAP, len(w.blocks)) + 1) if k != n]
    if not options:
        return None
    k = w.rng.choice(options)
    text = _say(
        w,
        f"I would like the {bowl} to contain exactly {_blocks(k)}.",
        f"I should like the {bowl} to hold precisely {_blocks(k)}.",
        f"My wish is for the {bowl} to have exactly {_blocks(k)} in it.",
    )
    return text, _done(_count(bowl, k, k))


def t141_des_fussy(w: World) -> Made:
    bowls = _holding(w, 2)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    (x,) = w.pick(w.state.in_bowl(bowl))
    stay = [b for b in w.state.in_bowl(bowl) if b != x and b not in w.state.above(x)]
    text = _say(
        w,
        f"I want the {x} out of the {bowl}; it's too crowded in there.",
        f"I'd like the {x} taken out of the {bowl}, it's far too squashed.",
        f"I'd rather the {x} weren't crammed in the {bowl} with the others.",
    )
    return text, _done(rels(Rel("in", x, bowl, negated=True)), _in(stay, bowl))


# ----- quantified -----------------------------------------------------------------------------------
def t141_qua_plain(w: World) -> Made:
    table = _table(w)
    bowls = [b for b in _roomy(w, 2) if len(table) >= 2]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    k = w.rng.randint(2, min(_room(w, bowl), len(table), 3))
    have = w.state.in_bowl(bowl)
    others = [b for b in w.in_bowls() if b not in have]
    text = _say(
        w,
        f"Put {_num(k)} of the blocks on the table into the {bowl}.",
        f"Move {_blocks(k)} off the table into the {bowl}.",
        f"Take {_blocks(k)} from the table and put them in the {bowl}.",
    )
    return text, _done(
        _count(bowl, len(have) + k, len(have) + k), _in(have, bowl), kept(*others)
    )


def t141_qua_chatty(w: World) -> Made:
    if not _holding(w, 2):
        return None
    text = _say(
        w,
        "Could you spread the blocks out so that no bowl has more than one block in it?",
        "Would you mind spreading things out a bit so every bowl has at most one block?",
        "Can you thin the bowls out for me? No more than one block in any of them.",
    )
    return text, _done(_no_bowl_over(w.bowls, 1))


def t141_qua_terse(w: World) -> Made:
    if len(w.blocks) < BIN_CAP:
        return None
    text = _say(
        w,
        "Five blocks in the bin. Any five.",
        "Bin: fill it. Five blocks, whichever.",
        "Fill the bin, five blocks, any of them.",
    )
    return text, _done(_bins_to(BIN_CAP))


def t141_qua_packing(w: World) -> Made:
    if not w.bowls or len(w.blocks) > CAP * len(w.bowls) or not _table(w):
        return None
    text = _say(
        w,
        "Pack every block into the bowls, as many to a bowl as will fit.",
        "Get all the blocks packed away in the bowls, without overfilling any of them.",
        "Load all of the blocks into the bowls; share them out so none overflows.",
    )
    return text, _done(_all_in_bowls(w.bowls))


def t141_qua_formal(w: World) -> Made:
    table = _table(w)
    bowls = _roomy(w)
    if not bowls or not table:
        return None
    (bowl,) = w.pick(bowls)
    have = w.state.in_bowl(bowl)
    k = w.rng.randint(len(have) + 1, min(CAP, len(have) + len(table)))
    others = [b for b in w.in_bowls() if b not in have]
    text = _say(
        w,
        f"Transfer blocks from the table to the {bowl} until it holds {_num(k)}.",
        f"Please move blocks from the table into the {bowl} until there {'is' if k == 1 else 'are'} {_blocks(k)} in it.",
        f"Kindly place blocks from the table in the {bowl} so that it contains {_blocks(k)} in total.",
    )
    return text, _done(_count(bowl, k, k), _in(have, bowl), kept(*others))


def t141_qua_fussy(w: World) -> Made:
    bowls = _holding(w, 2)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    have = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"Take all but one of the blocks out of the {bowl}, it's too crowded.",
        f"The {bowl} is packed too tight; leave just one block in it and take the rest out.",
        f"Too many in the {bowl}! Everything but one block has to come out.",
    )
    return text, _done(_count(bowl, 1, 1), _within(bowl, have))


# ----- negated --------------------------------------------------------------------------------------
def t141_neg_plain(w: World) -> Made:
    bowls = _holding(w)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    text = _say(
        w,
        f"Clear out the {bowl}, but don't put anything in the bin.",
        f"Empty the {bowl} without using the bin.",
        f"Make room in the {bowl} by taking everything out, and don't throw any of it in the bin.",
    )
    return text, _done(empty(bowl), none_binned(w.blocks))


def t141_neg_chatty(w: World) -> Made:
    pairs = [(b, v) for b in _roomy(w) for v in _holding(w) if v != b]
    if not pairs:
        return None
    ((bowl, spare),) = w.pick(pairs)
    keep = w.state.in_bowl(spare)
    have = w.state.in_bowl(bowl)
    free = [b for b in w.blocks if b not in keep and b not in have]
    if not free:
        return None
    goal = min(CAP, len(have) + len(free))
    text = _say(
        w,
        f"Could you fill up the {bowl}? Please don't touch the blocks in the {spare}, though.",
        f"Would you fill the {bowl} for me, but leave whatever's in the {spare} alone.",
        f"Can you get the {bowl} as full as it'll go? Just don't take anything from the {spare}.",
    )
    return text, _done(_count(bowl, goal, goal), _in(have, bowl), kept(*keep))


def t141_neg_terse(w: World) -> Made:
    if not w.bowls or len(w.blocks) > CAP * len(w.bowls) or not _table(w):
        return None
    text = _say(
        w,
        "No blocks left on the table. Bowls, not the bin.",
        "Nothing stays on the table, nothing in the bin. Bowls only.",
        "Clear the table into the bowls. Not the bin.",
    )
    return text, _done(_all_in_bowls(w.bowls))


def t141_neg_packing(w: World) -> Made:
    bowls = [b for b in _roomy(w) if _n(w.state, b) >= 1]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if not loose:
        return None
    (x,) = w.pick(loose)
    have = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"Fit the {x} into the {bowl} without unpacking what's already in there.",
        f"Squeeze the {x} into the {bowl}, but don't take anything out of it.",
        f"Get the {x} into the {bowl}; don't move out the blocks that are already packed in it.",
    )
    return text, _done(_in([x, *have], bowl))


def t141_neg_formal(w: World) -> Made:
    most = max((_n(w.state, b) for b in w.bowls), default=0)
    if most < 2:
        return None
    k = most - 1
    text = _say(
        w,
        f"Ensure that no bowl contains more than {_blocks(k)}.",
        f"Please see to it that none of the bowls holds more than {_blocks(k)}.",
        f"No bowl is to be left with more than {_blocks(k)} in it.",
    )
    return text, _done(_no_bowl_over(w.bowls, k))


def t141_neg_fussy(w: World) -> Made:
    pairs = [(b, v) for b in _holding(w) for v in _roomy(w) if v != b]
    if not pairs:
        return None
    ((bowl, other),) = w.pick(pairs)
    loose = _outside(w, other)
    if not loose:
        return None
    (x,) = w.pick(loose)
    have = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"Don't put anything more in the {bowl}, it has enough in it. Put the {x} in the {other}.",
        f"The {x} goes in the {other}, not the {bowl}; I don't want the {bowl} getting any fuller.",
        f"Put the {x} in the {other}, and whatever you do don't add anything to the {bowl}.",
    )
    return text, _done(_in([x], other), _within(bowl, have))


# ----- relative -------------------------------------------------------------------------------------
def _roomiest(w: World) -> str | None:
    """The one bowl with the most room, when there are several bowls, all counted by their floor."""
    if len(w.bowls) < 2 or not all(_tidy(w, b) for b in w.bowls):
        return None
    best = max(_room(w, b) for b in w.bowls)
    top = [b for b in w.bowls if _room(w, b) == best]
    return top[0] if len(top) == 1 and best >= 1 else None


def _roomy_target(w: World) -> tuple[str, str] | None:
    """A bowl picked out by its room: the one empty bowl, or the one with the most room."""
    empties = [b for b in w.bowls if _n(w.state, b) == 0]
    roomiest = _roomiest(w)
    if len(empties) == 1 and (roomiest is None or w.rng.random() < 0.5):
        return empties[0], _say(
            w, "the bowl that's empty", "the bowl that has nothing in it"
        )
    if roomiest is not None:
        return roomiest, _say(
            w, "the bowl that has the most room", "the bowl with the most space left"
        )
    return None


def t141_rel_plain(w: World) -> Made:
    target = _roomy_target(w)
    if target is None:
        return None
    bowl, where = target
    refs = [
        (t, f"the block that's on the {s}") for t, s in w.pairs() if w.state.is_clear(t)
    ]
    refs += [(s, f"the block that's under the {t}") for t, s in w.pairs()]
    for other in w.bowls:
        inside = w.state.in_bowl(other)
        if other != bowl and len(inside) == 1:
            refs.append((inside[0], f"the block that's in the {other}"))
    refs = [(b, ref) for b, ref in refs if w.state.base(b) != bowl]
    if not refs:
        return None
    ((x, ref),) = w.pick(refs)
    text = _say(
        w,
        f"Put {ref} into {where}.",
        f"Move {ref} into {where}.",
        f"Take {ref} and put it in {where}.",
    )
    return text, _done(_in([x], bowl), _count(bowl, 0, CAP))


def t141_rel_chatty(w: World) -> Made:
    bowls = [
        b
        for b in _roomy(w)
        if _n(w.state, b) >= 1 and len(_outside(w, b)) >= _room(w, b)
    ]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    have = w.state.in_bowl(bowl)
    (x,) = w.pick(have)
    text = _say(
        w,
        f"Could you fill up the bowl that's got the {x} in it?",
        f"Would you top up the bowl the {x} is sitting in, please? Right up to full.",
        f"Can you fill the bowl that has the {x} in it until it can't take any more?",
    )
    return text, _done(_count(bowl, CAP, CAP), _in(have, bowl))


def t141_rel_terse(w: World) -> Made:
    bowls = _holding(w)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    (x,) = w.pick(w.state.in_bowl(bowl))
    text = _say(
        w,
        f"Bowl with the {x} in it: empty it.",
        f"The bowl the {x}'s in. Clear it out.",
        f"Empty whichever bowl has the {x}. Need the room.",
    )
    return text, _done(empty(bowl))


def t141_rel_packing(w: World) -> Made:
    found = _roomy_target(w)
    if found is None:
        return None
    target, where = found
    sources = [
        b for b in _holding(w) if b != target and _n(w.state, b) <= _room(w, target)
    ]
    if not sources:
        return None
    (src,) = w.pick(sources)
    moving = w.state.in_bowl(src)
    text = _say(
        w,
        f"Move the blocks that are in the {src} into {where}.",
        f"Repack whatever's in the {src} into {where}.",
        f"Put the blocks that are sitting in the {src} into {where}.",
    )
    return text, _done(_in(moving, target), _count(target, 0, CAP))


def t141_rel_formal(w: World) -> Made:
    bowls = [b for b in _holding(w) if _n(w.state, b) <= BIN_CAP]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    have = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"Please free up the {bowl} by moving the blocks that are in it to the bin.",
        f"Kindly place in the bin every block which is currently in the {bowl}.",
        f"The blocks that occupy the {bowl} should be transferred to the bin, please.",
    )
    return text, _done(binned(have))


def t141_rel_fussy(w: World) -> Made:
    counts = {b: _n(w.state, b) for b in w.bowls}
    most = max(counts.values(), default=0)
    top = [b for b, n in counts.items() if n == most]
    if most >= 2 and len(top) == 1 and len(w.bowls) >= 2:
        bowl = top[0]
        which = _say(
            w,
            "the bowl that has the most blocks in it",
            "whichever bowl is the fullest",
        )
    else:
        bowls = _holding(w, 2)
        if not bowls:
            return None
        (bowl,) = w.pick(bowls)
        (x,) = w.pick(w.state.in_bowl(bowl))
        which = f"the bowl that the {x} is in"
    have = w.state.in_bowl(bowl)
    n = len(have)
    text = _say(
        w,
        f"{which.capitalize()} is too crowded; take one block out of it.",
        f"Take a block out of {which}, it's overfull.",
        f"It's too crammed in {which}. One block needs to come out.",
    )
    return text, _done(_count(bowl, n - 1, n - 1), _within(bowl, have))


# ----- keep -----------------------------------------------------------------------------------------
def t141_keep_plain(w: World) -> Made:
    bowls = _roomy(w)
    bottoms = _bottoms(w)
    if not bowls or len(_table(w)) < 2 or not bottoms:
        return None
    (bowl,) = w.pick(bowls)
    (x,) = w.pick(bottoms)
    _goal, check = _fill_from_table(w, bowl, spare=(x,))
    text = _say(
        w,
        f"Fill the {bowl} from the table, but keep the {x} where it is.",
        f"Fill up the {bowl} with blocks off the table; the {x} stays put, though.",
        f"Use the blocks on the table to fill the {bowl}, leaving the {x} where it is.",
    )
    return text, check


def t141_keep_chatty(w: World) -> Made:
    bowls = _holding(w)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if not loose:
        return None
    (x,) = w.pick(loose)
    (z,) = w.pick(w.state.in_bowl(bowl))
    text = _say(
        w,
        f"Could you make room in the {bowl} for the {x}? Keep the {z} in there, though.",
        f"Would you find space for the {x} in the {bowl}? The {z} should stay in it.",
        f"Can you fit the {x} into the {bowl} for me, keeping the {z} in there too?",
    )
    return text, _done(_in([x, z], bowl), _count(bowl, 0, CAP))


def t141_keep_terse(w: World) -> Made:
    pairs = [(b, v) for b in _holding(w) for v in w.bowls if v != b]
    if not pairs:
        return None
    ((bowl, spare),) = w.pick(pairs)
    keep = w.state.in_bowl(spare)
    text = _say(
        w,
        f"Leave the {spare} alone. Empty the {bowl}.",
        f"Empty the {bowl}. {spare.capitalize()} stays as it is.",
        f"Clear the {bowl} out; the {spare} doesn't change.",
    )
    return text, _done(empty(bowl), kept(*keep), _within(spare, keep))


def t141_keep_packing(w: World) -> Made:
    bottoms = _bottoms(w)
    table = _table(w)
    if len(table) < 2 or not bottoms:
        return None
    (x,) = w.pick(bottoms)
    goal = min(BIN_CAP, len(table) - 1)
    text = _say(
        w,
        f"Load the bin with blocks from the table, as many as fit, but keep the {x} out of it.",
        f"Pack the bin as full as it'll go from the table; the {x} stays where it is.",
        f"Fill the bin up with the table's blocks, all except the {x}, which stays put.",
    )
    return text, _done(_bins_to(goal), kept(x, *w.in_bowls()))


def t141_keep_formal(w: World) -> Made:
    table = _table(w)
    bowls = [b for b in _roomy(w) if _n(w.state, b) >= 1 and len(table) >= _room(w, b)]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    have = w.state.in_bowl(bowl)
    others = [b for b in w.in_bowls() if b not in have]
    text = _say(
        w,
        f"Retain the blocks already in the {bowl}, and add to it from the table until it is full.",
        f"Keep the {bowl}'s present contents where they are and fill the remaining space from the table.",
        f"Leave the blocks in the {bowl} undisturbed, then fill it to capacity with blocks from the table.",
    )
    return text, _done(_count(bowl, CAP, CAP), kept(*have, *others))


def t141_keep_fussy(w: World) -> Made:
    bowls = [b for b in _roomy(w, 3)]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    text = _say(
        w,
        f"Put the {x} and the {y} in the {bowl}, but keep at least one spot in it free.",
        f"The {x} and the {y} can go in the {bowl}; just keep it from getting completely full.",
        f"Add the {x} and the {y} to the {bowl}, keeping some room spare in it, mind.",
    )
    return text, _done(_in([x, y], bowl), _count(bowl, 0, CAP - 1))


# ----- multi-step -----------------------------------------------------------------------------------
def t141_multi_plain(w: World) -> Made:
    table = _table(w)
    bowls = [b for b in _holding(w) if _n(w.state, b) <= BIN_CAP]
    if not bowls or not table:
        return None
    (bowl,) = w.pick(bowls)
    have = w.state.in_bowl(bowl)
    goal = min(CAP, len(table))
    others = [b for b in w.in_bowls() if b not in have]
    text = _say(
        w,
        f"Empty the {bowl} into the bin, then fill it back up with blocks from the table.",
        f"Tip what's in the {bowl} into the bin, and after that refill it from the table.",
        f"First put everything in the {bowl} in the bin, then fill the {bowl} with the table's blocks.",
    )
    return text, _done(binned(have), _count(bowl, goal, goal), kept(*others))


def t141_multi_chatty(w: World) -> Made:
    bowls = _holding(w)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if not loose:
        return None
    (x,) = w.pick(w.state.in_bowl(bowl))
    (y,) = w.pick(loose)
    text = _say(
        w,
        f"First could you take the {x} out of the {bowl}, and then put the {y} in there instead?",
        f"Would you swap things round: the {x} comes out of the {bowl}, then the {y} goes in?",
        f"Can you make space by lifting the {x} out of the {bowl}, and then pop the {y} in?",
    )
    return text, _done(
        rels(Rel("in", x, bowl, negated=True), Rel("in", y, bowl)), _count(bowl, 0, CAP)
    )


def t141_multi_terse(w: World) -> Made:
    bowls = _roomy(w, 2)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if len(loose) < 3:
        return None
    x, y, z = w.pick(loose, 3)
    text = _say(
        w,
        f"Bin the {x}. Then the {y} and the {z} into the {bowl}.",
        f"{x.capitalize()} in the bin. After that, {y} and {z} in the {bowl}.",
        f"{x.capitalize()}: bin. Then {y} and {z}: {bowl}.",
    )
    return text, _done(binned([x]), _in([y, z], bowl))


def t141_multi_packing(w: World) -> Made:
    pairs = [
        (b, v)
        for b in _holding(w)
        for v in w.bowls
        if v != b and _tidy(w, v) and _room(w, v) >= 1
    ]
    if not pairs:
        return None
    ((bowl, other),) = w.pick(pairs)
    keep = w.state.in_bowl(other)
    goal = min(CAP, len(w.blocks))
    text = _say(
        w,
        f"Unpack the {bowl} onto the table, then pack the {other} full.",
        f"Take everything out of the {bowl} and put it on the table; then fill the {other} right up.",
        f"First unload the {bowl} onto the table, and after that pack the {other} until it's full.",
    )
    return text, _done(empty(bowl), _count(other, goal, goal), _in(keep, other))


def t141_multi_formal(w: World) -> Made:
    table = _table(w)
    bowls = _roomy(w)
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if not loose:
        return None
    (x,) = w.pick(loose)
    if len([b for b in table if b != x]) < _room(w, bowl):
        return None
    have = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"Move the {x} to the bin; subsequently, fill the {bowl} to capacity with blocks from the table.",
        f"Please first place the {x} in the bin, and then fill the {bowl} from the table until it is full.",
        f"Begin by putting the {x} in the bin. Thereafter, fill the {bowl} completely from the table.",
    )
    return text, _done(binned([x]), _count(bowl, CAP, CAP), _in(have, bowl))


def t141_multi_fussy(w: World) -> Made:
    pairs = [
        (b, v)
        for b in _holding(w)
        for v in _roomy(w, 2)
        if v != b and _room(w, v) > _room(w, b)
    ]
    if not pairs:
        return None
    ((bowl, other),) = w.pick(pairs)
    (x,) = w.pick(w.state.in_bowl(bowl))
    text = _say(
        w,
        f"Take the {x} out of the {bowl} first, then put it in the {other}, where there's more space.",
        f"The {bowl} is getting full: lift the {x} out, and then set it in the {other}, which has room.",
        f"Get the {x} out of the {bowl}, and then move it to the roomier {other}.",
    )
    return text, _done(_in([x], other), _count(other, 0, CAP))


# ----- question -------------------------------------------------------------------------------------
def t141_q_plain(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    room = _room(w, bowl)
    if w.rng.random() < 0.5 and room >= 1:
        k = w.rng.randint(1, min(room, 3))
    elif room < 3:
        k = w.rng.randint(room + 1, 3)
    else:
        k = w.rng.randint(1, 3)
    text = _say(
        w,
        f"Is there room in the {bowl} for {_blocks(k, more=True)}?",
        f"Could the {bowl} take {_blocks(k, more=True)}?",
        f"Will {_blocks(k, more=True)} fit in the {bowl}?",
    )
    return text, answered(yes(room >= k))


def t141_q_chatty(w: World) -> Made:
    k = w.rng.randint(1, min(3, len(w.blocks)))
    names = w.pick(w.blocks, k)
    text = _say(
        w,
        f"Just wondering, if {_the(names)} went into the bin, how many more blocks could the bin still take?",
        f"Say I put {_the(names)} in the bin. How many more blocks would it have room for after that?",
        f"I'm curious: once {_the(names)} {'is' if k == 1 else 'are'} in the bin, how many more would fit in it?",
    )
    return text, answered(str(BIN_CAP - _bin_n(w.state) - k))


def t141_q_terse(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    name = bowl.capitalize()
    text = _say(
        w,
        f"{name}: how many more till it's full?",
        f"How many more blocks fit in the {bowl}?",
        f"{name}. Room for how many more blocks?",
    )
    return text, answered(str(_room(w, bowl)))


def t141_q_packing(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    table = _table(w)
    if not bowls or not table:
        return None
    (bowl,) = w.pick(bowls)
    text = _say(
        w,
        f"Would all the blocks on the table fit in the {bowl}?",
        f"Could I pack every block that's on the table into the {bowl}?",
        f"Is the {bowl} big enough to take all the blocks lying on the table?",
    )
    return text, answered(yes(len(table) <= _room(w, bowl)))


def t141_q_formal(w: World) -> Made:
    bowl = _roomiest(w)
    if bowl is not None and w.rng.random() < 0.5:
        text = _say(
            w,
            "Which bowl has the greatest remaining capacity?",
            "Which of the bowls has the most room left in it?",
            "Could you tell me which bowl has the most free space?",
        )
        return text, answered(bowl)
    if len(w.bowls) < 2 or not all(_tidy(w, b) for b in w.bowls):
        return None
    a, b = w.pick(w.bowls, 2)
    text = _say(
        w,
        f"Does the {a} have more remaining capacity than the {b}?",
        f"Is there more free space in the {a} than in the {b}?",
        f"Would you say the {a} can take more blocks than the {b}?",
    )
    return text, answered(yes(_room(w, a) > _room(w, b)))


def t141_q_fussy(w: World) -> Made:
    bowls = [b for b in w.bowls if _tidy(w, b)]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    loose = _outside(w, bowl)
    if len(loose) < 2:
        return None
    names = w.pick(loose, w.rng.randint(2, min(3, len(loose))))
    over = _n(w.state, bowl) + len(names) > CAP
    text = _say(
        w,
        f"Would the {bowl} overflow if I put {_the(names)} in it?",
        f"If {_the(names)} went in the {bowl}, would it be too full?",
        f"I'm worried: would adding {_the(names)} overfill the {bowl}?",
    )
    return text, answered(yes(over))


# ----- matching -------------------------------------------------------------------------------------
def _match_of(w: World, bowl: str) -> str | None:
    return next((b for b in w.blocks if w.colour(b) == w.colour(bowl)), None)


def t141_match_plain(w: World) -> Made:
    want = matching(w)
    if not want or all(w.state.base(r.block) == r.target for r in want):
        return None
    for r in want:
        if w.state.base(r.block) != r.target and _room(w, r.target) < 1:
            return None
    text = _say(
        w,
        "Put every block into the bowl of its own colour; there's room for them.",
        "Sort the blocks into the bowls that match their colours.",
        "Each block that has a bowl of the same colour goes in that bowl, please.",
    )
    return text, _done(rels(*want), _no_bowl_over(w.bowls, CAP))


def t141_match_chatty(w: World) -> Made:
    bowls = [b for b in w.bowls if (m := _match_of(w, b)) and w.state.base(m) != b]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    x = _match_of(w, bowl)
    text = _say(
        w,
        f"Could you put the matching block in the {bowl}, making room first if you need to?",
        f"Would you make space in the {bowl} for the block of the same colour and put it in?",
        f"Can you find room in the {bowl} for the block that's the same colour as it?",
    )
    return text, _done(_in([x], bowl), _count(bowl, 0, CAP))


def t141_match_terse(w: World) -> Made:
    bowls = [
        b
        for b in w.bowls
        if any(w.colour(x) != w.colour(b) for x in w.state.in_bowl(b))
    ]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    colour = w.colour(bowl)
    stay = [x for x in w.state.in_bowl(bowl) if w.colour(x) == colour]
    text = _say(
        w,
        f"Anything in the {bowl} that isn't {colour}: out.",
        f"{bowl.capitalize()}. Only {colour} stays in it, the rest out.",
        f"Out of the {bowl}, everything not {colour}.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.colours[x] == colour for x in f.in_bowl(bowl))

    return text, _done(check, _in(stay, bowl))


def t141_match_packing(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    own = {r.target: r.block for r in want}
    done = all(
        set(w.state.in_bowl(b)) == ({own[b]} if b in own else set()) for b in w.bowls
    )
    if done:
        return None
    text = _say(
        w,
        "Pack the bowls by colour: each gets the block of its own colour and nothing else.",
        "Repack the bowls so each one holds only its same-colour block, if there is one.",
        "Sort the bowls out: a bowl keeps just the block that matches it, everything else comes out.",
    )

    def check(_i: SymState, f: SymState) -> bool:
        return all(
            set(f.in_bowl(b)) == ({own[b]} if b in own else set()) for b in w.bowls
        )

    return text, _done(check)


def t141_match_formal(w: World) -> Made:
    want = matching(w)
    matched = [r.block for r in want]
    rest = [b for b in w.blocks if b not in matched]
    if not matched or not rest or len(rest) > BIN_CAP:
        return None
    text = _say(
        w,
        "Place in the bin every block that has no bowl of its own colour.",
        "Please put each block without a matching bowl into the bin.",
        "Any block for which there is no bowl of the same colour is to go in the bin.",
    )
    return text, _done(binned(rest), none_binned(matched))


def t141_match_fussy(w: World) -> Made:
    bowls = [
        b
        for b in w.bowls
        if _match_of(w, b)
        and any(w.colour(x) != w.colour(b) for x in w.state.in_bowl(b))
    ]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    x = _match_of(w, bowl)
    text = _say(
        w,
        f"Only the {x} belongs in the {bowl}; it's too crowded with the others in there.",
        f"The {bowl} should have the {x} in it and nothing else, it's cluttered.",
        f"Just the {x} in the {bowl}, please, it's much too crowded with the rest.",
    )
    return text, _done(_only(bowl, [x]))


_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("plain", "chatty", "terse", "packing", "formal", "fussy")
FRESH141: list[Template] = [
    (f"t141_{short}_{style}", category, globals()[f"t141_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
