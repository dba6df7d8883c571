"""`FRESH41`, the forty-second untuned batch: sixty language templates, six per category, written blind.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
Six kinds of ordinary users, one template each per category: a brisk kitchen chef, a whispering and precise
librarian, a parent using baby talk, a user filing a bug report, a user full of hedges, and a user of ordinal and
positional words ("the first bowl on the left", "the second block from the right").

Left and right are read as the named places read them: "left" is the side of the "top left corner" (smaller y).
An ordinal that would pick between two objects at about the same left-right position makes the scene unsuitable.

Its first run, before any fix it prompted (300 instructions, seed 0; on 419b53e with the first mends FRESH40 prompted:
questions with 'either of', 'have on top of it' and 'instead of', and 'X in W instead of Y'): goal correct 0.47 (141 of
300); 48 templates missed, 6 of them with a wrong action or reply: a bug report's 'Currently it's on the pink one.'
after the goal moved the block back; 'Put the 2nd block from the left in the corner; the first block on the left
stays where it is.' moved another block than the writer meant; questions with a chef's 'Yellow bowl, how many
blocks in it? Talk to me!', 'I can't tell if X is on Y. Is it?', 'where is the teeny X?' and 'Maybe a silly question,
but ...' got the help text.
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
from sim.core.relations import Rel

_GAP = 0.045  # left-right distance (metres) below which two objects are too close to rank by "left" and "right"


# ----- helpers ---------------------------------------------------------------------------------------
def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _short(w: World, b: str) -> str:
    """How a hurried speaker names a block: its colour alone, unless a bowl has that colour too."""
    c = _c(w, b)
    return c if all(_c(w, o) != c for o in w.bowls) else f"{c} block"


def _movable(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _on_table(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(w: World, b: str) -> int:
    """How many blocks the tower holds from its bottom up to and including `b`."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _below(w: World, b: str) -> list[str]:
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _can_stack(w: World, top: str, below: str) -> bool:
    """Putting `top` on `below` makes sense and is not already so."""
    return (top != below and w.state.support[top] != below and top not in _below(w, below)
            and w.state.base(below) != BIN and _depth(w, below) + 1 <= layout.MAX_TOWER)


def _where(w: World, b: str) -> str:
    s = w.state.support[b]
    if s == TABLE:
        return "on the table"
    if s == BIN:
        return "in the bin"
    if s in PLACES:
        return f"in the {s}"
    if s in w.state.bowls:
        return f"in the {_c(w, s)} bowl"
    return f"on the {_c(w, s)} block"


def _free_place(w: World, b: str) -> str | None:
    places = [p for p in PLACES if w.state.base(b) != p]
    return w.rng.choice(places) if places else None


def _nth(w: World, items: list[str], k: int, from_right: bool = False) -> str | None:
    """The k-th item (0-based) counted from the left (or the right), if it stands clearly apart from its
    neighbours; left is smaller y."""
    order = sorted(items, key=w.y, reverse=from_right)
    if k >= len(order):
        return None
    ys = [w.y(o) for o in order]
    if k > 0 and abs(ys[k] - ys[k - 1]) < _GAP:
        return None
    if k + 1 < len(order) and abs(ys[k + 1] - ys[k]) < _GAP:
        return None
    return order[k]


def _blk(w: World, k: int, from_right: bool) -> tuple[str | None, str]:
    """An ordinal block and how a person says it."""
    b = _nth(w, _movable(w), k, from_right)
    side = "right" if from_right else "left"
    if k == 1:
        phrase = _say(w, f"the second block from the {side}", f"the 2nd block from the {side}")
    elif from_right:
        phrase = _say(w, "the last block on the right", "the rightmost block", "the block furthest to the right",
                      "the block on the far right")
    else:
        phrase = _say(w, "the first block on the left", "the leftmost block", "the block furthest to the left",
                      "the very first block from the left")
    return b, phrase


def _bowl(w: World, from_right: bool, allow_one: bool = False) -> tuple[str | None, str]:
    """The leftmost or rightmost bowl (with at least two bowls) and how a person says it; with `allow_one`, a
    lone bowl is said by its colour."""
    if len(w.bowls) == 1 and allow_one:
        return w.bowls[0], f"the {_c(w, w.bowls[0])} bowl"
    if len(w.bowls) < 2:
        return None, ""
    b = _nth(w, w.bowls, 0, from_right)
    if from_right:
        phrase = _say(w, "the last bowl on the right", "the rightmost bowl", "the bowl on the far right")
    else:
        phrase = _say(w, "the first bowl on the left", "the leftmost bowl", "the bowl furthest to the left")
    return b, phrase


def _pair(w: World) -> tuple[str, str] | None:
    """(top, below): a block resting on another block, outside the bin."""
    pairs = [p for p in w.pairs() if w.state.base(p[0]) != BIN]
    return w.rng.choice(pairs) if pairs else None


def _lone_top(w: World) -> tuple[str, str] | None:
    """(top, below) where `below` carries exactly one block: "the block on the Y block" is that one."""
    pairs = [(t, b) for t, b in w.pairs() if len(w.state.on_top(b)) == 1 and w.state.base(t) != BIN]
    return w.rng.choice(pairs) if pairs else None


def _matching_goal(w: World) -> Made:
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return None
    return "", rels(*want)


def _into(w: World) -> tuple[str, str] | None:
    """(block, bowl): a movable block not yet in a bowl with room."""
    options = [(b, o) for b in _movable(w) for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    return w.rng.choice(options) if options else None


def _stack(w: World) -> tuple[str, str] | None:
    options = [(a, b) for a in _movable(w) for b in _movable(w) if _can_stack(w, a, b)]
    return w.rng.choice(options) if options else None


def _off(top: str, below: str) -> Check:
    """`top` no longer rests on `below`, and was not thrown in the bin for it."""
    return both(lambda _i, f: f.support[top] != below, none_binned([top]))


def _plural(n: int, word: str = "block") -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


# ----- imperative ------------------------------------------------------------------------------------
def v41_imp_chef(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    x, o = (_c(w, n) for n in pick)
    text = _say(w, f"Behind! {_cap(x)} block, {o} bowl, now!",
                f"{_cap(x)} block into the {o} bowl! Hands, hands, let's go!",
                f"Hey! You! {x} block in the {o} bowl. Move it!",
                f"Corner! Grab the {x} block, drop it in the {o} bowl, chop chop!")
    return text, rels(Rel("in", *pick))


def v41_imp_librarian(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = (_c(w, n) for n in pick)
    text = _say(w, f"Quietly, please place the {x} block on top of the {y} block.",
                f"Shh... would you kindly set the {x} block onto the {y} block, please.",
                f"Please, and quietly: the {x} block, placed squarely on the {y} block. Thank you.",
                f"If you would, gently stack the {x} block on the {y} block. Softly, please.")
    return text, rels(Rel("on", *pick))


def v41_imp_baby(w: World) -> Made:
    blocks = _movable(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    x = _c(w, b)
    text = _say(w, f"can you put the wittle {x} block in the bin? bye bye {x} blocky!",
                f"Uh-oh, the {x} block is yucky! Put it in the bin-bin, okay?",
                f"throw the itty bitty {x} block in the bin for mama! yaaay!",
                f"The {x} blocky goes in the trash bin, can you do it? Good job!")
    return text, rels(Rel("in_bin", b))


def v41_imp_bug(w: World) -> Made:
    blocks = _movable(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    p = _free_place(w, b)
    if p is None:
        return None
    x = _c(w, b)
    text = _say(w, f"Expected: {x} block in the {p}. Actual: {x} block {_where(w, b)}. Please fix.",
                f"BUG: {x} block is {_where(w, b)}, expected it in the {p}. Pls fix",
                f"Repro: look at the {x} block.\nExpected: in the {p}\nActual: {_where(w, b)}\nFix please.")
    return text, rels(Rel("at", b, p))


def v41_imp_hedge(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    x, y = (_c(w, n) for n in pair)
    text = _say(w, f"If it's not too much trouble, could you maybe take the {x} block off the {y} block and set it "
                   f"on the table? Perhaps?",
                f"Um, sorry, would it maybe be possible to put the {x} block down on the table? If you can, I mean.",
                f"I was wondering if perhaps you might move the {x} block to the table, if that's not too much bother.")
    return text, rels(Rel("on_table", pair[0]))


def v41_imp_ordinal(w: World) -> Made:
    k = w.rng.choice((0, 1))
    b, bphrase = _blk(w, k, from_right=True)
    o, ophrase = _bowl(w, from_right=False, allow_one=True)
    if b is None or o is None or w.state.base(b) == o or not _room(w, o):
        return None
    text = _say(w, f"Put {bphrase} into {ophrase}.", f"Take {bphrase} and drop it in {ophrase}.",
                f"{_cap(bphrase)} -> {ophrase}, please")
    return text, rels(Rel("in", b, o))


# ----- declarative -----------------------------------------------------------------------------------
def v41_dec_chef(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = (_c(w, n) for n in pick)
    text = _say(w, f"{_cap(x)} block's going on the {y} block, yes chef!",
                f"{_cap(_short(w, pick[0]))} on {_short(w, pick[1])}. That's the build. Heard?",
                f"Okay team! {_cap(x)} block sits on top of the {y} block. Now!",
                f"Listen up, the {x} block goes on the {y} block, not tomorrow, NOW")
    return text, rels(Rel("on", *pick))


def v41_dec_librarian(w: World) -> Made:
    blocks = _movable(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    p = _free_place(w, b)
    if p is None:
        return None
    x = _c(w, b)
    text = _say(w, f"The {x} block belongs in the {p}, please.",
                f"Quietly now: the {x} block is to be kept in the {p}.",
                f"The proper place for the {x} block is the {p}. Thank you kindly.",
                f"(whispering) the {x} block's place is the {p}.")
    return text, rels(Rel("at", b, p))


def v41_dec_baby(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    x, o = (_c(w, n) for n in pick)
    bowl = "the bowl" if len(w.bowls) == 1 else f"the {o} bowl"
    text = _say(w, f"the wittle {x} block goes in {bowl}!",
                f"The teeny {x} blocky wants to sit in {bowl}, yes it does!",
                f"{x} block goes night-night in {bowl}. shhh.",
                f"Look! the itty bitty {x} block lives in {bowl}! wheee")
    return text, rels(Rel("in", *pick))


def v41_dec_bug(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = (_c(w, n) for n in pick)
    text = _say(w, f"Bug: {x} block is {_where(w, pick[0])}. It should be on top of the {y} block.",
                f"Issue #12: the {x} block should be stacked on the {y} block but it's {_where(w, pick[0])}.",
                f"Defect - {x} block position wrong. Correct state: {x} block on {y} block.")
    return text, rels(Rel("on", *pick))


def v41_dec_hedge(w: World) -> Made:
    blocks = _movable(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    x = _c(w, b)
    text = _say(w, f"I suppose the {x} block maybe doesn't really need to be here anymore... perhaps it could go "
                   f"in the bin?",
                f"I think, if it's alright, the {x} block should probably end up in the bin, maybe.",
                f"Honestly the {x} block could perhaps sort of live in the bin now, if that's okay with you.")
    return text, rels(Rel("in_bin", b))


def v41_dec_ordinal(w: World) -> Made:
    b, phrase = _blk(w, w.rng.choice((0, 1)), w.rng.random() < 0.5)
    if b is None:
        return None
    options = [o for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    if not options:
        return None
    o = w.rng.choice(options)
    text = _say(w, f"{_cap(phrase)} goes in the {_c(w, o)} bowl.",
                f"{_cap(phrase)} belongs in the {_c(w, o)} bowl.",
                f"The {_c(w, o)} bowl is where {phrase} should be.")
    return text, rels(Rel("in", b, o))


# ----- desiderative ----------------------------------------------------------------------------------
def v41_des_chef(w: World) -> Made:
    blocks = [b for b in _movable(w) if not _on_table(w, b)]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    x = _c(w, b)
    text = _say(w, f"I want that {x} block on the table, yesterday!",
                f"I need the {x} block down on the table, chef, NOW!",
                f"Want the {_short(w, b)} on the table! Flat on the table! Go!",
                f"Gimme the {x} block on the table, let's go people")
    return text, rels(Rel("on_table", b))


def v41_des_librarian(w: World) -> Made:
    blocks = _movable(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    p = _free_place(w, b)
    if p is None:
        return None
    x = _c(w, b)
    text = _say(w, f"I would like the {x} block moved to the {p}, quietly, please.",
                f"I'd prefer the {x} block to be placed precisely in the {p}. Thank you.",
                f"Shh. I'd like the {x} block in the {p}, if you please.")
    return text, rels(Rel("at", b, p))


def v41_des_baby(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = (_c(w, n) for n in pick)
    text = _say(w, f"Mama wants the teeny {x} block on top of the {y} block, okay sweetie?",
                f"I wanna see the wittle {x} block sitting on the {y} block! pwease?",
                f"we want the {x} blocky up on the {y} blocky! up up up!")
    return text, rels(Rel("on", *pick))


def v41_des_bug(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    n = len(w.state.in_bowl(o))
    c = _c(w, o)
    text = _say(w, f"Desired behaviour: the {c} bowl is empty. Current behaviour: the {c} bowl has {_plural(n)} "
                   f"in it.",
                f"Expected result: {c} bowl empty.\nActual result: {_plural(n)} in {c} bowl.\nI want it empty.",
                f"Ticket: want the {c} bowl cleared out. Right now it contains {_plural(n)}.")
    return text, empty(o)


def v41_des_hedge(w: World) -> Made:
    blocks = _movable(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    x = _c(w, b)
    text = _say(w, f"I'd sort of like the {x} block in the bin, maybe? If that's possible. No rush.",
                f"Would it perhaps be okay if I had the {x} block put in the bin? Only if it's no trouble.",
                f"I think I'd maybe like the {x} block gone, into the bin I guess, if you don't mind?")
    return text, rels(Rel("in_bin", b))


def v41_des_ordinal(w: World) -> Made:
    a, aphrase = _blk(w, 0, from_right=False)
    b, bphrase = _blk(w, 0, from_right=True)
    if a is None or b is None or not _can_stack(w, a, b):
        return None
    text = _say(w, f"I'd like {aphrase} stacked on {bphrase}.",
                f"I want {aphrase} on top of {bphrase}.",
                f"What I want is {aphrase} sitting on {bphrase}, please.")
    return text, rels(Rel("on", a, b))


# ----- quantified ------------------------------------------------------------------------------------
def v41_qua_chef(w: World) -> Made:
    blocks = _movable(w)
    if not blocks:
        return None
    text = _say(w, "All blocks in the bin! Clear my station! Now!",
                "Everything off the board, every block in the bin, go!",
                "Bin 'em all! Every last block! Move move move!",
                "Station reset: all the blocks, in the bin, yes chef")
    return text, binned(blocks)


def v41_qua_librarian(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls or len(_movable(w)) < 2:
        return None
    o = w.rng.choice(bowls)
    c = _c(w, o)
    text = _say(w, f"Please place exactly two blocks in the {c} bowl, no more and no fewer.",
                f"Quietly, please: two blocks, precisely two, into the {c} bowl.",
                f"Would you put two of the blocks in the {c} bowl, please. Exactly two.")
    return text, count_in(o, 2, exact=True)


def v41_qua_baby(w: World) -> Made:
    blocks = _movable(w)
    if not blocks or len(blocks) > layout.BOWL_CAPACITY:
        return None
    o = w.rng.choice(w.bowls)
    want = rels(*(Rel("in", b, o) for b in blocks))
    if want(w.state, w.state):
        return None
    bowl = "the bowl" if len(w.bowls) == 1 else f"the {_c(w, o)} bowl"
    text = _say(w, f"Let's put aaall the wittle blocks in {bowl}! All of them!",
                f"every single blocky goes in {bowl}, yay! one, two, all of them!",
                f"Can all the teeny blocks go in {bowl}? All the blockies?")
    return text, want


def v41_qua_bug(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    cur = len(w.state.in_bowl(o))
    options = [n for n in range(layout.BOWL_CAPACITY + 1) if n != cur and n <= len(_movable(w))]
    if not options:
        return None
    n = w.rng.choice(options)
    c = _c(w, o)
    text = _say(w, f"Expected: {_plural(n)} in the {c} bowl. Actual: {cur}. Please fix.",
                f"Bug - block count in {c} bowl is {cur}, should be {n}.",
                f"Expected: {c} bowl contains {n}\nActual: {c} bowl contains {cur}\nPlease fix.")
    return text, count_in(o, n, exact=True)


def v41_qua_hedge(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.base(b) != BIN]
    if not inside:
        return None
    bowls = "the bowl" if len(w.bowls) == 1 else "the bowls"
    text = _say(w, f"If it isn't too much trouble, maybe take all the blocks out of {bowls} and perhaps just put "
                   f"them on the table?",
                f"Could you possibly, when you get a chance, move every block that's in {bowls} onto the table? "
                f"I think that'd be nice.",
                f"Sorry, I'd maybe like all the blocks in {bowls} back on the table, if that's okay?")
    return text, lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside)


def v41_qua_ordinal(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 3:
        return None
    first, second = _nth(w, blocks, 0), _nth(w, blocks, 1)
    if first is None or second is None:
        return None
    text = _say(w, "Put the first two blocks on the left in the bin.",
                "The two leftmost blocks go in the bin please",
                "Bin the two blocks furthest to the left.")
    return text, binned([first, second])


# ----- negated ---------------------------------------------------------------------------------------
def v41_neg_chef(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    keep = w.rng.choice(blocks)
    rest = [b for b in blocks if b != keep]
    x = _c(w, keep)
    text = _say(w, f"Everything in the bin except the {x} block! Not the {_short(w, keep)}, chef!",
                f"Bin it all, NOT the {x} block. Heard?",
                f"All blocks in the bin! Leave the {x} block out of it, don't you dare bin the {_short(w, keep)}!")
    return text, both(binned(rest), none_binned([keep]))


def v41_neg_librarian(w: World) -> Made:
    inside = [(b, w.state.base(b)) for b in w.in_bowls() if w.state.base(b) != BIN]
    if not inside:
        return None
    b, o = w.rng.choice(inside)
    x, c = _c(w, b), _c(w, o)
    text = _say(w, f"Quietly, please: the {x} block does not belong in the {c} bowl. Not in the bin either; "
                   f"the table will do.",
                f"The {x} block should not be in the {c} bowl. Kindly set it on the table, and not in the bin.",
                f"Please remove the {x} block from the {c} bowl. It is not to go in the bin; the table, please.")
    return text, lambda _i, f: f.base(b) in (TABLE, *PLACES)


def v41_neg_baby(w: World) -> Made:
    options = [(b, o) for b in _movable(w) if _on_table(w, b) for o in w.bowls if _room(w, o)]
    if not options:
        return None
    b, o = w.rng.choice(options)
    x, c = _c(w, b), _c(w, o)
    text = _say(w, f"No no no sweetie, the wittle {x} block doesn't go on the table, it goes in the {c} bowl!",
                f"nooo, not on the table silly! the {x} blocky goes in the {c} bowl!",
                f"Uh-oh! {x} block not on the table! In the {c} bowl, in you go!")
    return text, rels(Rel("in", b, o))


def v41_neg_bug(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    x, y = _c(w, top), _c(w, below)
    text = _say(w, f"Bug: the {x} block should NOT be on the {y} block. Please fix.",
                f"Issue: {x} block is stacked on {y} block. That's wrong, it must not be on it.",
                f"Expected: {x} block not on the {y} block.\nActual: {x} block on the {y} block.")
    return text, _off(top, below)


def v41_neg_hedge(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    inside = w.state.in_bowl(o)
    c = _c(w, o)
    text = _say(w, f"If it isn't too much trouble, could you perhaps empty the {c} bowl, but maybe not by throwing "
                   f"things in the bin?",
                f"Maybe clear out the {c} bowl? I'd rather nothing went in the bin though, if possible.",
                f"Sorry, would you possibly take everything out of the {c} bowl? Just, um, please don't bin any of it.")
    return text, both(empty(o), none_binned(inside))


def v41_neg_ordinal(w: World) -> Made:
    first, fphrase = _bowl(w, from_right=False)
    last, lphrase = _bowl(w, from_right=True)
    if first is None or last is None:
        return None
    blocks = [b for b in _movable(w) if w.state.base(b) != last]
    if not blocks or not _room(w, last):
        return None
    b = w.rng.choice(blocks)
    x = _c(w, b)
    if len(w.bowls) == 2:
        text = _say(w, f"Don't put the {x} block in {fphrase}, put it in the other one.",
                    f"The {x} block goes in {lphrase}, not the one on the left.")
    else:
        text = _say(w, f"Put the {x} block in {lphrase}, not {fphrase}.",
                    f"Not the first bowl on the left, the last one on the right: the {x} block goes there.")
    return text, rels(Rel("in", b, last))


# ----- relative --------------------------------------------------------------------------------------
def v41_rel_chef(w: World) -> Made:
    pair = _lone_top(w)
    if pair is None:
        return None
    y = _c(w, pair[1])
    text = _say(w, f"The block sitting on the {y} one, bin it! Go!",
                f"Whatever's on top of the {y} block, in the bin! Now!",
                f"That block on the {y} block? Trash. Bin. Move!")
    return text, rels(Rel("in_bin", pair[0]))


def v41_rel_librarian(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    b = w.state.in_bowl(o)[0]
    c = _c(w, o)
    text = _say(w, f"Please place the block that is in the {c} bowl on the table, quietly.",
                f"Kindly take the block which is sitting in the {c} bowl and set it on the table.",
                f"The block currently in the {c} bowl, would you move it to the table, please. Softly.")
    return text, rels(Rel("on_table", b))


def v41_rel_baby(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    options = [o for o in w.bowls if w.state.base(below) != o and _room(w, o)]
    if not options:
        return None
    o = w.rng.choice(options)
    x, c = _c(w, top), _c(w, o)
    text = _say(w, f"the teeny block hiding under the {x} block wants to come out and go in the {c} bowl!",
                f"Peekaboo! The wittle block under the {x} block, can it go in the {c} bowl?",
                f"the blocky that's underneath the {x} one goes in the {c} bowl, okay?")
    return text, rels(Rel("in", below, o))


def v41_rel_bug(w: World) -> Made:
    pair = _lone_top(w)
    if pair is None:
        return None
    top, below = pair
    p = _free_place(w, top)
    if p is None:
        return None
    y = _c(w, below)
    text = _say(w, f"Issue: the block on top of the {y} block is in the wrong place. Expected location: {p}.",
                f"Bug: block stacked on {y} block should be in the {p}. Currently it's on the {y} one.",
                f"Expected: the block that is on the {y} block sits in the {p}. Actual: still on {y}.")
    return text, rels(Rel("at", top, p))


def v41_rel_hedge(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    blocks = sorted((b for b in _movable(w) if w.state.base(b) != o), key=lambda b: w.dist(b, o))
    if len(blocks) < 2 or w.dist(blocks[1], o) - w.dist(blocks[0], o) < _GAP:
        return None
    b, c = blocks[0], _c(w, o)
    if w.state.in_bowl(o):
        text = _say(w, f"Perhaps the block closest to the {c} bowl, I mean one that's not already in it, could go in "
                       f"there too? If that's okay.",
                    f"Maybe, if you don't mind, the nearest block to the {c} bowl (not counting what's inside) could "
                    f"be put in it?")
    else:
        text = _say(w, f"Perhaps the block that's closest to the {c} bowl could go in it, if that's okay?",
                    f"Maybe, if you don't mind, the block nearest the {c} bowl could be put inside the {c} bowl?",
                    f"I think perhaps whichever block is closest to the {c} bowl might go in there? If it's no "
                    f"trouble.")
    return text, rels(Rel("in", b, o))


def v41_rel_ordinal(w: World) -> Made:
    loose = [b for b in _movable(w) if w.state.base(b) not in w.state.bowls]
    if len(loose) < 2:
        return None
    from_right = w.rng.random() < 0.5
    b = _nth(w, loose, 0, from_right)
    options = [o for o in w.bowls if _room(w, o)]
    if b is None or not options:
        return None
    o = w.rng.choice(options)
    side, c = ("right" if from_right else "left"), _c(w, o)
    text = _say(w, f"Take the {side}most block that isn't in a bowl and put it in the {c} bowl.",
                f"Of the blocks that aren't in any bowl, the one furthest to the {side} goes in the {c} bowl.",
                f"The block furthest {side} that's not already in a bowl, put it in the {c} bowl please.")
    return text, rels(Rel("in", b, o))


# ----- keep ------------------------------------------------------------------------------------------
def _other(w: World, b: str) -> str | None:
    """A block to keep while `b` moves: the one under it if any, else another block not above it."""
    s = w.state.support[b]
    if s in w.state.support:
        return s
    others = [o for o in _movable(w) if o != b and o not in w.state.above(b)]
    return w.rng.choice(others) if others else None


def v41_keep_chef(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    b = w.rng.choice(blocks)
    other = _other(w, b)
    p = _free_place(w, b)
    if other is None or p is None:
        return None
    x, y = _c(w, b), _c(w, other)
    text = _say(w, f"{_cap(x)} block to the {p}! Leave the {y} one alone, chef!",
                f"Move the {x} block to the {p}. Don't touch the {_short(w, other)}! Heard?",
                f"{_cap(x)} block, {p}, go! {_cap(y)} block stays put!")
    return text, both(rels(Rel("at", b, p)), kept(other))


def v41_keep_librarian(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    x, y = _c(w, top), _c(w, below)
    text = _say(w, f"Please lift the {x} block off the {y} block and place it in the bin, leaving the {y} block "
                   f"exactly where it is.",
                f"Quietly, please: the {x} block goes in the bin. The {y} block beneath it is not to be moved.",
                f"Kindly bin the {x} block; the {y} block should stay precisely as it is.")
    return text, both(rels(Rel("in_bin", top)), kept(below))


def v41_keep_baby(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.base(b) != BIN]
    free = [b for b in _movable(w) if b not in inside]
    options = [(a, b) for a in free for b in free if _can_stack(w, a, b)]
    if not inside or not options:
        return None
    a, b = w.rng.choice(options)
    x, y = _c(w, a), _c(w, b)
    bowl = "the bowl" if len({w.state.base(i) for i in inside}) == 1 else "the bowls"
    text = _say(w, f"Put the itty bitty {x} block on the {y} one, but don't touch the blockies in {bowl}, "
                   f"they're sleeping! Shhh.",
                f"{x} block goes up on the {y} block! but leave the ones in {bowl} alone, they're having nap time",
                f"can the wittle {x} block go on the {y} block? and the blocks in {bowl} stay right there, okay?")
    return text, both(rels(Rel("on", a, b)), kept(*inside))


def v41_keep_bug(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    full = [v for v in w.bowls if w.state.in_bowl(v)]
    if not full:
        return None
    v = w.rng.choice(full)
    contents = w.state.in_bowl(v)
    options = [(b, o) for b in _movable(w) if b not in contents for o in w.bowls
               if o != v and w.state.base(b) != o and _room(w, o)]
    if not options:
        return None
    b, o = w.rng.choice(options)
    x, c, vc = _c(w, b), _c(w, o), _c(w, v)
    text = _say(w, f"Expected: {x} block in the {c} bowl, {vc} bowl unchanged. Actual: {x} block {_where(w, b)}. "
                   f"Please fix without touching the {vc} bowl.",
                f"Bug: {x} block should be in the {c} bowl. Constraint: the {vc} bowl must stay exactly as is.",
                f"Fix request - put the {x} block in the {c} bowl. Regression risk: do NOT change the {vc} bowl.")
    return text, both(rels(Rel("in", b, o)), kept(*contents), count_in(v, len(contents), exact=True))


def v41_keep_hedge(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    b = w.rng.choice(blocks)
    other = _other(w, b)
    if other is None:
        return None
    x, y = _c(w, b), _c(w, other)
    text = _say(w, f"Maybe you could put the {x} block in the bin, perhaps, but if possible leave the {y} block "
                   f"where it is?",
                f"If it's okay, I'd like the {x} block binned, I think, but could the {y} block maybe stay put?",
                f"Would you perhaps bin the {x} block? And, if you can, maybe don't move the {y} block.")
    return text, both(rels(Rel("in_bin", b)), kept(other))


def v41_keep_ordinal(w: World) -> Made:
    first, fphrase = _blk(w, 0, from_right=False)
    second, _ = _blk(w, 1, from_right=False)
    if first is None or second is None or first in w.state.above(second):
        return None
    p = _free_place(w, second)
    if p is None:
        return None
    text = _say(w, f"Move the second block from the left to the {p}, but keep the first one where it is.",
                f"Put the 2nd block from the left in the {p}; {fphrase} stays where it is.",
                f"The second block from the left goes to the {p}. Don't move {fphrase}.")
    return text, both(rels(Rel("at", second, p)), kept(first))


# ----- multi_step ------------------------------------------------------------------------------------
def v41_multi_chef(w: World) -> Made:
    options = [(a, b, o) for a in _movable(w) for b in _movable(w) for o in w.bowls
               if a != b and _room(w, o, 2) and w.state.support[b] != a]
    if not options:
        return None
    a, b, o = w.rng.choice(options)
    x, y, c = _c(w, a), _c(w, b), _c(w, o)
    text = _say(w, f"{_cap(_short(w, a))} in the {c} bowl, then {_short(w, b)} on top of {_short(w, a)}! Go go go!",
                f"Fire! {_cap(x)} block into the {c} bowl. Then {y} block on the {_short(w, a)}. Heard?",
                f"First {x} block, {c} bowl. Then stack the {_short(w, b)} on it. Move!")
    return text, rels(Rel("in", a, o), Rel("on", b, a))


def v41_multi_librarian(w: World) -> Made:
    down = [b for b in _movable(w) if not _on_table(w, b)]
    options = [(a, b, o) for a in down for b in _movable(w) for o in w.bowls
               if a != b and w.state.base(b) != o and _room(w, o)]
    if not options:
        return None
    a, b, o = w.rng.choice(options)
    x, y, c = _c(w, a), _c(w, b), _c(w, o)
    text = _say(w, f"First, please place the {x} block on the table. Then, quietly, put the {y} block in the {c} bowl.",
                f"Would you kindly set the {x} block on the table, and after that place the {y} block in the {c} bowl.",
                f"Please, in this order: the {x} block onto the table; then the {y} block into the {c} bowl.")
    return text, rels(Rel("on_table", a), Rel("in", b, o))


def v41_multi_baby(w: World) -> Made:
    options = [(a, b, o) for a in _movable(w) for b in _movable(w) for o in w.bowls
               if a != b and w.state.base(b) != o and _room(w, o)]
    if not options:
        return None
    a, b, o = w.rng.choice(options)
    x, y, c = _c(w, a), _c(w, b), _c(w, o)
    text = _say(w, f"First the wittle {x} block goes bye-bye in the bin, and then the {y} block goes in the "
                   f"{c} bowl, yay!",
                f"{x} blocky in the bin first! then {y} blocky in the {c} bowl! good job!",
                f"okay sweetie, bin the teeny {x} block, then put the {y} one in the {c} bowl")
    return text, rels(Rel("in_bin", a), Rel("in", b, o))


def v41_multi_bug(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    a, b = w.rng.sample(blocks, 2)
    p = _free_place(w, a)
    if p is None:
        return None
    x, y = _c(w, a), _c(w, b)
    text = _say(w, f"Expected sequence: 1) {x} block moved to the {p} 2) {y} block stacked on the {x} block. "
                   f"Actual: nothing happened. Please redo.",
                f"Steps that should happen:\n1. move {x} block to {p}\n2. put {y} block on top of {x} block\n"
                f"Observed: no movement. Please retry.",
                f"Bug: asked for {x} block to the {p} and then the {y} block on it. Nothing moved. Try again.")
    return text, rels(Rel("at", a, p), Rel("on", b, a))


def v41_multi_hedge(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    x, y = _c(w, top), _c(w, below)
    text = _say(w, f"Could you maybe first take the {x} block off the {y} one, and then, if it's no trouble, perhaps "
                   f"put the {y} one in the bin?",
                f"I was thinking, perhaps, lift the {x} block off the {y} block, and then maybe bin the {y} block? "
                f"If that works.",
                f"If possible, could you sort of move the {x} block off the {y} block first, then maybe the {y} "
                f"block could go in the bin? Only if it's easy.")
    return text, both(rels(Rel("in_bin", below)), _off(top, below))


def v41_multi_ordinal(w: World) -> Made:
    a, aphrase = _blk(w, 0, from_right=False)
    b, bphrase = _blk(w, 0, from_right=True)
    o, ophrase = _bowl(w, from_right=True, allow_one=True)
    if a is None or b is None or o is None or a == b or w.state.base(a) == o:
        return None
    need = 1 + (w.state.base(b) != o)
    if not _room(w, o, need):
        return None
    text = _say(w, f"Put {aphrase} in {ophrase}, and then {bphrase} in the same bowl.",
                f"First {aphrase} into {ophrase}, then {bphrase} into that bowl too.",
                f"Move {aphrase} to {ophrase}. After that, {bphrase} goes in there as well.")
    return text, rels(Rel("in", a, o), Rel("in", b, o))


# ----- question --------------------------------------------------------------------------------------
def v41_q_chef(w: World) -> Made:
    full = [v for v in w.bowls if w.state.in_bowl(v)]
    o = w.rng.choice(full if full and w.rng.random() < 0.5 else w.bowls)
    c = _c(w, o)
    text = _say(w, f"How many blocks in the {c} bowl? Quick!",
                f"Count! How many blocks in the {c} bowl, chef?",
                f"{_cap(c)} bowl, how many blocks in it? Talk to me!")
    return text, answered(str(len(w.state.in_bowl(o))))


def v41_q_librarian(w: World) -> Made:
    inside = [(b, w.state.base(b)) for b in w.in_bowls() if w.state.base(b) != BIN]
    if inside and w.rng.random() < 0.5:
        b, o = w.rng.choice(inside)
    else:
        b, o = w.rng.choice(_movable(w)), w.rng.choice(w.bowls)
    x, c = _c(w, b), _c(w, o)
    text = _say(w, f"Excuse me, is the {x} block in the {c} bowl?",
                f"Pardon me, could you tell me whether the {x} block is in the {c} bowl?",
                f"(quietly) Is the {x} block inside the {c} bowl, please?")
    return text, answered(yes(w.state.base(b) == o))


def v41_q_baby(w: World) -> Made:
    inside = [b for b in _movable(w) if w.state.support[b] in w.state.bowls]
    if not inside:
        return None
    b = w.rng.choice(inside)
    x, c = _c(w, b), _c(w, w.state.support[b])
    text = _say(w, f"where did the wittle {x} block go? where is it?",
                f"Where's the {x} blocky? Where is it hiding?",
                f"Ooh, where is the teeny {x} block? Can you see it?")
    return text, answered(f"{c}|bowl")


def v41_q_bug(w: World) -> Made:
    pair = _pair(w)
    if pair is not None and w.rng.random() < 0.5:
        a, b = pair
    else:
        blocks = _movable(w)
        if len(blocks) < 2:
            return None
        a, b = w.rng.sample(blocks, 2)
    x, y = _c(w, a), _c(w, b)
    text = _say(w, f"Bug report: I can't tell if the {x} block is on top of the {y} block. Is it?",
                f"Need to verify state before filing: is the {x} block on the {y} block?",
                f"Question for triage - {x} block on {y} block, yes or no?")
    return text, answered(yes(w.state.support[a] == b))


def v41_q_hedge(w: World) -> Made:
    if w.rng.random() < 0.5:
        text = _say(w, "Sorry to bother you, but could you perhaps tell me how many blocks there are? "
                       "If it's no trouble.",
                    "Um, I might be wrong, but how many blocks are there, roughly? Maybe you could count them?")
        return text, answered(str(len(w.blocks)))
    text = _say(w, "If you don't mind me asking, how many bowls are there, would you say?",
                "Maybe a silly question, but how many bowls can you see, perhaps?")
    return text, answered(str(len(w.bowls)))


def v41_q_ordinal(w: World) -> Made:
    if w.rng.random() < 0.5:
        from_right = w.rng.random() < 0.5
        o, phrase = _bowl(w, from_right)
        if o is None:
            return None
    else:
        o, phrase = _blk(w, w.rng.choice((0, 1)), w.rng.random() < 0.5)
        if o is None:
            return None
    text = _say(w, f"What colour is {phrase}?", f"{_cap(phrase)}, what colour is it?",
                f"Tell me the colour of {phrase}.")
    return text, answered(_c(w, o))


# ----- matching --------------------------------------------------------------------------------------
def v41_match_chef(w: World) -> Made:
    made = _matching_goal(w)
    if made is None:
        return None
    c = _c(w, matching(w)[0].block)
    text = _say(w, f"Colours to their bowls! {_cap(c)} to {c}, you know the drill, move!",
                "Match 'em up! Every block in its own colour bowl! Service!",
                "Blocks into the same colour bowls, go go go, yes chef!")
    return text, made[1]


def v41_match_librarian(w: World) -> Made:
    made = _matching_goal(w)
    if made is None:
        return None
    text = _say(w, "Quietly, please place each block in the bowl of the same colour. Thank you.",
                "Would you kindly file each block into the bowl that matches its colour, please.",
                "Shh. Every block goes in the bowl of its own colour, please, precisely.")
    return text, made[1]


def v41_match_baby(w: World) -> Made:
    made = _matching_goal(w)
    if made is None:
        return None
    text = _say(w, "Let's help every wittle block find its bowl, same colour, yay!",
                "the blockies want to go in the bowls that are the same colour as them! can you help?",
                "Colour match time! each teeny block goes in the bowl with its colour!")
    return text, made[1]


def v41_match_bug(w: World) -> Made:
    made = _matching_goal(w)
    if made is None:
        return None
    text = _say(w, "Expected: every block in the bowl matching its colour. Actual: not sorted. Please fix.",
                "Bug: colour sorting not done. Blocks should be in the bowls of the same colour.",
                "Expected: blocks sorted into same-colour bowls\nActual: unsorted\nPriority: medium")
    return text, made[1]


def v41_match_hedge(w: World) -> Made:
    made = _matching_goal(w)
    if made is None:
        return None
    text = _say(w, "Maybe, if it's not too much trouble, could you perhaps sort the blocks into the bowls with the "
                   "matching colours?",
                "I think it'd be nice, maybe, if each block went into the bowl of its colour? If you can.",
                "Could you possibly put the blocks in the bowls that match them in colour? No worries if not.")
    return text, made[1]


def v41_match_ordinal(w: World) -> Made:
    made = _matching_goal(w)
    if made is None or len(w.bowls) < 2:
        return None
    text = _say(w, "Go through the bowls from left to right and put the block of the same colour in each one.",
                "Starting with the first bowl on the left, give every bowl the block that matches its colour.",
                "From the leftmost bowl to the rightmost, put each block in the bowl of its colour.")
    return text, made[1]


FRESH41: list[Template] = [
    ("v41_imp_chef", "imperative", v41_imp_chef),
    ("v41_imp_librarian", "imperative", v41_imp_librarian),
    ("v41_imp_baby", "imperative", v41_imp_baby),
    ("v41_imp_bug", "imperative", v41_imp_bug),
    ("v41_imp_hedge", "imperative", v41_imp_hedge),
    ("v41_imp_ordinal", "imperative", v41_imp_ordinal),
    ("v41_dec_chef", "declarative", v41_dec_chef),
    ("v41_dec_librarian", "declarative", v41_dec_librarian),
    ("v41_dec_baby", "declarative", v41_dec_baby),
    ("v41_dec_bug", "declarative", v41_dec_bug),
    ("v41_dec_hedge", "declarative", v41_dec_hedge),
    ("v41_dec_ordinal", "declarative", v41_dec_ordinal),
    ("v41_des_chef", "desiderative", v41_des_chef),
    ("v41_des_librarian", "desiderative", v41_des_librarian),
    ("v41_des_baby", "desiderative", v41_des_baby),
    ("v41_des_bug", "desiderative", v41_des_bug),
    ("v41_des_hedge", "desiderative", v41_des_hedge),
    ("v41_des_ordinal", "desiderative", v41_des_ordinal),
    ("v41_qua_chef", "quantified", v41_qua_chef),
    ("v41_qua_librarian", "quantified", v41_qua_librarian),
    ("v41_qua_baby", "quantified", v41_qua_baby),
    ("v41_qua_bug", "quantified", v41_qua_bug),
    ("v41_qua_hedge", "quantified", v41_qua_hedge),
    ("v41_qua_ordinal", "quantified", v41_qua_ordinal),
    ("v41_neg_chef", "negated", v41_neg_chef),
    ("v41_neg_librarian", "negated", v41_neg_librarian),
    ("v41_neg_baby", "negated", v41_neg_baby),
    ("v41_neg_bug", "negated", v41_neg_bug),
    ("v41_neg_hedge", "negated", v41_neg_hedge),
    ("v41_neg_ordinal", "negated", v41_neg_ordinal),
    ("v41_rel_chef", "relative", v41_rel_chef),
    ("v41_rel_librarian", "relative", v41_rel_librarian),
    ("v41_rel_baby", "relative", v41_rel_baby),
    ("v41_rel_bug", "relative", v41_rel_bug),
    ("v41_rel_hedge", "relative", v41_rel_hedge),
    ("v41_rel_ordinal", "relative", v41_rel_ordinal),
    ("v41_keep_chef", "keep", v41_keep_chef),
    ("v41_keep_librarian", "keep", v41_keep_librarian),
    ("v41_keep_baby", "keep", v41_keep_baby),
    ("v41_keep_bug", "keep", v41_keep_bug),
    ("v41_keep_hedge", "keep", v41_keep_hedge),
    ("v41_keep_ordinal", "keep", v41_keep_ordinal),
    ("v41_multi_chef", "multi_step", v41_multi_chef),
    ("v41_multi_librarian", "multi_step", v41_multi_librarian),
    ("v41_multi_baby", "multi_step", v41_multi_baby),
    ("v41_multi_bug", "multi_step", v41_multi_bug),
    ("v41_multi_hedge", "multi_step", v41_multi_hedge),
    ("v41_multi_ordinal", "multi_step", v41_multi_ordinal),
    ("v41_q_chef", "question", v41_q_chef),
    ("v41_q_librarian", "question", v41_q_librarian),
    ("v41_q_baby", "question", v41_q_baby),
    ("v41_q_bug", "question", v41_q_bug),
    ("v41_q_hedge", "question", v41_q_hedge),
    ("v41_q_ordinal", "question", v41_q_ordinal),
    ("v41_match_chef", "matching", v41_match_chef),
    ("v41_match_librarian", "matching", v41_match_librarian),
    ("v41_match_baby", "matching", v41_match_baby),
    ("v41_match_bug", "matching", v41_match_bug),
    ("v41_match_hedge", "matching", v41_match_hedge),
    ("v41_match_ordinal", "matching", v41_match_ordinal),
]
