"""`FRESH156`, the hundred-and-fifty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

The theme is negative questions, tag questions and checking back. People who ask for something in the shape of a
negative question followed by "make it so" or "sort it out" ("shouldn't the red block be in the blue bowl? make it
so"), who put a grammatical tag on a statement ("you'll put it in the bin, won't you?"), who suggest with "why don't
you" or "couldn't you", who put a trailing tag on a plain request ("put it on the table, would you?"), who state the
plan and check it back with "right?", "ok?" or "yeah?", or who check what was supposed to happen before asking for it
("wasn't the red block supposed to go on the green one? put it there then"). In the action categories every sentence
is clearly a request, and the checks accept any order and any free choice the words leave open (where blocks taken off
go, which blocks fill a count), require an empty gripper, and fail when nothing is done. In the question category the
questions are genuine questions about the scene, negative or tagged, and the expected answer is what is true ("Isn't
the red block in the blue bowl?" is "Yes" when it is in it; "There aren't any blocks in the bowl, are there?" is "Yes"
when there are some). The six styles:

- negq: "Shouldn't the red block be in the blue bowl? Make it so."
- tag: "You'll stack the red block on the green block, won't you?"
- whydont: "Why don't you put the red block in the bin?"
- reqtag: "Put the red block down on the table, would you?"
- checkback: "The red block goes to the top left corner, ok? Go ahead."
- supposed: "Wasn't the red block supposed to go on the green block? Put it there then."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on bbfba23, the code of 86de510, before anything it could prompt): 0.4433
goal-correct (133 of 300), 120 refused, 11 asked. Ten wrong actions: 'So X is sitting on Y, right?' was planned as
putting X on Y (five times), and "Isn't the finished table supposed to have X in W and Y on the table? Make it so."
moved the wrong blocks twice and did nothing, reporting done, three times. 26 wrong replies: seven requests answered
('Shouldn't you put X in W and after that stack Y on it? Go on then.' with a tower's description, "Couldn't you build a
tower: ...?" and "You remember I want X on Y, don't you? Do it now." with the help text) and 19 questions answered
wrongly or not at all ("Isn't X in W?", "There aren't any blocks in W, are there?", "Wasn't someone going to take X off
Y? Is it still on it?").
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
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_NUMBERS = ("no", "one", "two", "three", "four", "five", "six")
_ON_TABLE = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _done(*checks: Check) -> Check:
    """Every check holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, unless the scene already satisfies it (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _free(w: World) -> list[str]:
    """Blocks that are not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _below(st: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    s = st.support[b]
    while s in st.support:
        out.append(s)
        s = st.support[s]
    return out


def _tower(st: SymState, b: str) -> set[str]:
    return {b, *_below(st, b), *st.above(b)}


def _stackable(st: SymState, b: str) -> bool:
    """A clear block that one more block can go on without making the tower too tall."""
    return st.is_clear(b) and len(_below(st, b)) + 1 <= 3 and st.base(b) != BIN


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _at(p: str) -> str:
    """Where a block is at a named place: "in the middle of the table", "in the top left corner"."""
    return f"in {_place(p)}"


def _match_bowl(w: World, b: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == w.colour(b)), None)


def _bowl_room(st: SymState, bowl: str, n: int = 1) -> bool:
    return len(st.on_top(bowl)) + n <= 4


def _out_of(w: World, bowl: str) -> list[str]:
    """Blocks not already in `bowl` (nor in the bin)."""
    return [b for b in _free(w) if w.state.base(b) != bowl]


def _choice(w: World, options: list[str]) -> str:
    return w.rng.choice(options)


# ----- imperative -----------------------------------------------------------------------------------
def t156_imp_negq(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    a = w.pick(_out_of(w, bowl))
    if not a or not _bowl_room(w.state, bowl):
        return None
    text = _choice(w, [
        f"Shouldn't the {a[0]} be in the {bowl}? Make it so.",
        f"Shouldn't the {a[0]} be sitting in the {bowl}? Go on, fix that.",
    ])
    return _made(w, text, _done(rels(Rel("in", a[0], bowl))))


def t156_imp_tag(w: World) -> Made:
    st = w.state
    tops = [b for b in w.clear_blocks()]
    if len(tops) < 2:
        return None
    a = _choice(w, tops)
    bs = [b for b in tops if b != a and _stackable(st, b)]
    if not bs:
        return None
    b = _choice(w, bs)
    text = _choice(w, [
        f"You'll stack the {a} on the {b}, won't you?",
        f"You can put the {a} on top of the {b}, can't you? Do that.",
    ])
    return _made(w, text, _done(rels(Rel("on", a, b))))


def t156_imp_whydont(w: World) -> Made:
    a = _choice(w, _free(w))
    text = _choice(w, [
        f"Why don't you put the {a} in the bin?",
        f"Why don't you just throw the {a} away? The bin's right there.",
    ])
    return _made(w, text, _done(rels(Rel("in_bin", a))))


def t156_imp_reqtag(w: World) -> Made:
    cands = [b for b in _free(w) if w.state.support[b] not in _ON_TABLE]
    if not cands:
        return None
    a = _choice(w, cands)
    text = _choice(w, [
        f"Put the {a} down on the table, would you?",
        f"Take the {a} and set it on the table, will you?",
    ])
    return _made(w, text, _done(rels(Rel("on_table", a))))


def t156_imp_checkback(w: World) -> Made:
    a = _choice(w, _free(w))
    p = _choice(w, list(PLACES))
    text = _choice(w, [
        f"The {a} goes to {_place(p)}, ok? Go ahead.",
        f"So you're moving the {a} over to {_place(p)}, right? Off you go then.",
    ])
    return _made(w, text, _done(rels(Rel("at", a, p))))


def t156_imp_supposed(w: World) -> Made:
    st = w.state
    bs = [b for b in w.blocks if _stackable(st, b)]
    if not bs:
        return None
    b = _choice(w, bs)
    As = [x for x in _free(w) if x not in _tower(st, b)]
    if not As:
        return None
    a = _choice(w, As)
    text = _choice(w, [
        f"Wasn't the {a} supposed to go on the {b}? Put it there then.",
        f"Wasn't the {a} meant to be on top of the {b}? Go on and put it there.",
    ])
    return _made(w, text, _done(rels(Rel("on", a, b))))


# ----- declarative ----------------------------------------------------------------------------------
def t156_dec_negq(w: World) -> Made:
    st = w.state
    bowl = _choice(w, w.bowls)
    cs = [c for c in _free(w) if st.support[c] not in _ON_TABLE]
    if not cs:
        return None
    c = _choice(w, cs)
    As = [x for x in _out_of(w, bowl) if x != c]
    if not As or not _bowl_room(st, bowl):
        return None
    a = _choice(w, As)
    text = (f"Isn't the finished table supposed to have the {a} in the {bowl} and the {c} on the table? "
            "Make it so.")
    return _made(w, text, _done(rels(Rel("in", a, bowl), Rel("on_table", c))))


def t156_dec_tag(w: World) -> Made:
    a = _choice(w, _free(w))
    p = _choice(w, list(PLACES))
    text = _choice(w, [
        f"The {a} should be {_at(p)} when you're done, shouldn't it? Make sure it is.",
        f"The {a} ends up {_at(p)}, doesn't it? See to that.",
    ])
    return _made(w, text, _done(rels(Rel("at", a, p))))


def t156_dec_whydont(w: World) -> Made:
    st = w.state
    tops = w.clear_blocks()
    if len(tops) < 2:
        return None
    a = _choice(w, tops)
    bs = [b for b in tops if b != a and _stackable(st, b)]
    if not bs:
        return None
    b = _choice(w, bs)
    cs = [c for c in _free(w) if c not in (a, b) and c not in _below(st, a) and c not in _below(st, b)]
    if not cs:
        return None
    c = _choice(w, cs)
    text = (f"The {a} is on the {b} and the {c} is in the bin: why don't you make the table look like that?")
    return _made(w, text, _done(rels(Rel("on", a, b), Rel("in_bin", c))))


def t156_dec_reqtag(w: World) -> Made:
    a, c = w.pick(_free(w), 2) or (None, None)
    if a is None:
        return None
    text = _choice(w, [
        f"The {a} and the {c} are both in the bin when you've finished; see to that, will you?",
        f"When you're done the {a} is in the bin, and so is the {c}. Sort that out, would you?",
    ])
    return _made(w, text, _done(binned([a, c])))


def t156_dec_checkback(w: World) -> Made:
    st = w.state
    bs = [b for b in _free(w) if not st.is_clear(b)]
    if not bs:
        return None
    b = _choice(w, bs)
    a = _choice(w, [x for x in _free(w) if x != b])
    text = f"At the end the {a} is in the bin and there's nothing on the {b}, right? Off you go."
    return _made(w, text, _done(rels(Rel("in_bin", a), Rel("clear", b))))


def t156_dec_supposed(w: World) -> Made:
    st = w.state
    bowl = _choice(w, w.bowls)
    As = _free(w)
    a = _choice(w, As)
    cs = [c for c in As if c != a and c not in _below(st, a)]
    if not cs or not _bowl_room(st, bowl):
        return None
    c = _choice(w, cs)
    text = (f"Wasn't the {a} meant to be in the {bowl}, with the {c} sitting on top of it? "
            "That's how it should be, so sort it out.")
    return _made(w, text, _done(rels(Rel("in", a, bowl), Rel("on", c, a))))


# ----- desiderative ---------------------------------------------------------------------------------
def t156_des_negq(w: World) -> Made:
    st = w.state
    bowl = _choice(w, w.bowls)
    two = w.pick(_free(w), 2)
    if not two or not _bowl_room(st, bowl, 2):
        return None
    a, c = two
    text = _choice(w, [
        f"Wouldn't it be nicer with the {a} and the {c} both in the {bowl}? That's what I'd like, go ahead.",
        f"Wouldn't the {a} and the {c} look better in the {bowl}? I'd like them there; make it so.",
    ])
    return _made(w, text, _done(rels(Rel("in", a, bowl), Rel("in", c, bowl))))


def t156_des_tag(w: World) -> Made:
    st = w.state
    tops = w.clear_blocks()
    bs = [b for b in tops if _stackable(st, b)]
    if not bs:
        return None
    b = _choice(w, bs)
    As = [x for x in tops if x != b]
    if not As:
        return None
    a = _choice(w, As)
    text = _choice(w, [
        f"You know I'd like the {a} on top of the {b}, don't you? Go on then.",
        f"You remember I want the {a} stacked on the {b}, don't you? Do it now.",
    ])
    return _made(w, text, _done(rels(Rel("on", a, b))))


def t156_des_whydont(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = _choice(w, full)
    text = _choice(w, [
        f"I want the {bowl} empty. Couldn't you take everything out of it?",
        f"I'd like nothing left in the {bowl}. Why don't you clear it out?",
    ])
    return _made(w, text, _done(empty(bowl)))


def t156_des_reqtag(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = _choice(w, pairs)  # type: ignore[arg-type]
    text = f"I want the {a} off the {b} and down on the table; do that for me, would you?"
    return _made(w, text, _done(rels(Rel("on_table", a))))


def t156_des_checkback(w: World) -> Made:
    st = w.state
    bowl = _choice(w, w.bowls)
    two = w.pick(_free(w), 2)
    if not two or not _bowl_room(st, bowl):
        return None
    a, c = two
    p = _choice(w, list(PLACES))
    text = f"I'd like the {a} {_at(p)} and the {c} in the {bowl}, ok?"
    return _made(w, text, _done(rels(Rel("at", a, p), Rel("in", c, bowl))))


def t156_des_supposed(w: World) -> Made:
    a = _choice(w, _free(w))
    text = _choice(w, [
        f"Didn't I say I wanted the {a} in the bin? I still do, so go ahead and put it there.",
        f"Wasn't the {a} supposed to end up in the bin? I'd still like that; do it please.",
    ])
    return _made(w, text, _done(rels(Rel("in_bin", a))))


# ----- quantified -----------------------------------------------------------------------------------
def t156_qua_negq(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = _choice(w, full)
    inside = w.state.in_bowl(bowl)
    text = _choice(w, [
        f"Shouldn't all the blocks in the {bowl} be in the bin? Make it so.",
        f"Shouldn't every block that's in the {bowl} go in the bin? Sort that out.",
    ])
    return _made(w, text, _done(binned(inside)))


def t156_qua_tag(w: World) -> Made:
    if len(w.bowls) < 2 or not any(not w.state.in_bowl(bw) for bw in w.bowls):
        return None
    bowls = w.bowls
    text = _choice(w, [
        "Each of the bowls should end up with at least one block in it, shouldn't it? Sort that out.",
        "Every bowl ought to have a block or more in it, oughtn't it? Make it so.",
    ])
    return _made(w, text, _done(lambda _i, f: all(f.in_bowl(bw) for bw in bowls)))


def t156_qua_whydont(w: World) -> Made:
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not empties:
        return None
    bowl = _choice(w, empties)
    text = _choice(w, [
        f"Why don't you put two blocks in the {bowl}? Any two will do.",
        f"Couldn't you put exactly two of the blocks into the {bowl}? I don't mind which.",
    ])
    return _made(w, text, _done(count_in(bowl, 2)))


def t156_qua_reqtag(w: World) -> Made:
    tops = [a for a, _b in w.pairs() if w.state.base(a) != BIN]
    if not tops:
        return None
    text = _choice(w, [
        "Put each block that's sitting on another block down on the table, would you?",
        "Take every block that's stacked on another block and set it on the table, will you?",
    ])
    return _made(w, text, _done(rels(*(Rel("on_table", a) for a in tops))))


def t156_qua_checkback(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = _choice(w, [
        "Every block that's in a bowl comes out and goes on the table, ok?",
        "All the blocks in the bowls get taken out and put on the table, yeah? Go on.",
    ])
    return _made(w, text, _done(lambda _i, f: all(f.base(b) in _ON_TABLE for b in inside)))


def t156_qua_supposed(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    n = len(w.state.in_bowl(bowl))
    if n == 2:
        return None
    text = _choice(w, [
        f"Weren't there supposed to be exactly two blocks in the {bowl}? Make it so.",
        f"Wasn't the {bowl} meant to hold two blocks, no more and no fewer? Sort it out.",
    ])
    return _made(w, text, _done(count_in(bowl, 2)))


# ----- negated --------------------------------------------------------------------------------------
def t156_neg_negq(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    a = _choice(w, inside)
    bowl = w.state.base(a)
    text = _choice(w, [
        f"Isn't it wrong for the {a} to be in the {bowl}? Take it out, but don't put it in the bin.",
        f"Doesn't the {a} look out of place in the {bowl}? Get it out of there, but not into the bin.",
    ])
    return _made(w, text, _done(lambda _i, f: f.base(a) not in (bowl, BIN)))


def t156_neg_tag(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    a = w.pick(_out_of(w, bowl))
    if not a or not _bowl_room(w.state, bowl):
        return None
    text = f"You won't put the {a[0]} in the bin, will you? Put it in the {bowl} instead."
    return _made(w, text, _done(rels(Rel("in", a[0], bowl))))


def t156_neg_whydont(w: World) -> Made:
    a = _choice(w, _free(w))
    others = [b for b in w.blocks if b != a]
    text = _choice(w, [
        f"Why don't you put every block except the {a} in the bin?",
        f"Couldn't you bin all the blocks apart from the {a}? Not that one.",
    ])
    return _made(w, text, _done(binned(others), none_binned([a])))


def t156_neg_reqtag(w: World) -> Made:
    st = w.state
    bowl = _choice(w, w.bowls)
    a = w.pick(_out_of(w, bowl))
    if not a or not _bowl_room(st, bowl):
        return None
    cs = [c for c in w.blocks if c != a[0] and c not in st.above(a[0])]
    if not cs:
        return None
    c = _choice(w, cs)
    text = f"Move the {a[0]} into the {bowl} without touching the {c}, would you?"
    return _made(w, text, _done(rels(Rel("in", a[0], bowl)), kept(c)))


def t156_neg_checkback(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    not_this = _choice(w, w.bowls)
    others = [bw for bw in w.bowls if bw != not_this]
    a = _choice(w, _free(w))
    text = _choice(w, [
        f"The {a} goes in a bowl, but not the {not_this}, ok?",
        f"So the {a} goes into one of the bowls, just not the {not_this}, right? Go ahead.",
    ])
    return _made(w, text, _done(lambda _i, f: f.base(a) in others))


def t156_neg_supposed(w: World) -> Made:
    st = w.state
    bs = [b for b in _free(w) if not st.is_clear(b)]
    if not bs:
        return None
    b = _choice(w, bs)
    up = st.above(b)
    blocks = set(w.blocks)
    text = (f"Wasn't the {b} supposed to have nothing on top of it? Take off what's there, and don't stack it "
            "on any other block.")
    if len(up) > 1:
        text = (f"Wasn't the {b} supposed to have nothing on top of it? Take off everything that's there, and "
                "don't stack any of it on another block.")
    return _made(w, text, _done(rels(Rel("clear", b)),
                                lambda _i, f: all(f.support[x] not in blocks for x in up)))


# ----- relative -------------------------------------------------------------------------------------
def t156_rel_negq(w: World) -> Made:
    st = w.state
    bs = [b for b in _free(w) if len(st.above(b)) == 1]
    if not bs:
        return None
    b = _choice(w, bs)
    top = st.on_top(b)[0]
    text = _choice(w, [
        f"Shouldn't the block on top of the {b} be in the bin? Make it so.",
        f"Shouldn't whatever block is sitting on the {b} go in the bin? Sort that out.",
    ])
    return _made(w, text, _done(rels(Rel("in_bin", top))))


def t156_rel_tag(w: World) -> Made:
    st = w.state
    cands = [(a, s) for a, s in w.pairs() if st.support[s] not in st.support]
    if not cands:
        return None
    a, s = _choice(w, cands)  # type: ignore[arg-type]
    bowls = [bw for bw in w.bowls if st.base(s) != bw and _bowl_room(st, bw)]
    if not bowls:
        return None
    bowl = _choice(w, bowls)
    text = _choice(w, [
        f"The block under the {a} should go in the {bowl}, shouldn't it? Go ahead and put it there.",
        f"The block the {a} is resting on belongs in the {bowl}, doesn't it? Move it there.",
    ])
    return _made(w, text, _done(rels(Rel("in", s, bowl))))


def t156_rel_whydont(w: World) -> Made:
    st = w.state
    singles = [bw for bw in w.bowls if len(st.in_bowl(bw)) == 1]
    if not singles:
        return None
    bowl = _choice(w, singles)
    x = st.in_bowl(bowl)[0]
    cs = [c for c in w.blocks if c != x and _stackable(st, c)]
    if not cs:
        return None
    c = _choice(w, cs)
    text = _choice(w, [
        f"Why don't you take the block that's in the {bowl} and put it on the {c}?",
        f"Couldn't you move whatever block is in the {bowl} onto the {c}?",
    ])
    return _made(w, text, _done(rels(Rel("on", x, c))))


def _xy(w: World, name: str) -> tuple[float, float]:
    if name in layout.PLACES:
        return layout.PLACES[name]
    pos = w.scene.get(name).position
    return pos[0], pos[1]


def t156_rel_reqtag(w: World) -> Made:
    """The block nearest an empty bowl or a named place: a lone block on the table, clearly nearer than any other."""
    st = w.state
    refs = [bw for bw in w.bowls if not st.in_bowl(bw)] + list(PLACES)
    w.rng.shuffle(refs)
    for ref in refs:
        rx, ry = _xy(w, ref)
        far = {b: ((_xy(w, b)[0] - rx) ** 2 + (_xy(w, b)[1] - ry) ** 2) ** 0.5 for b in _free(w)}
        ranked = sorted(far, key=far.__getitem__)
        near = ranked[0]
        if st.support[near] == TABLE and st.is_clear(near) and far[ranked[1]] - far[near] >= 0.04:
            break
    else:
        return None
    where = f"the {ref}" if ref in w.bowls else _place(ref)
    text = _choice(w, [
        f"Put the block nearest {where} in the bin, would you?",
        f"Throw the block that's closest to {where} into the bin, will you?",
    ])
    return _made(w, text, _done(rels(Rel("in_bin", near))))


def t156_rel_checkback(w: World) -> Made:
    st = w.state
    bottoms = [b for b in _free(w) if st.support[b] not in st.support and st.above(b)]
    if not bottoms:
        return None
    a = _choice(w, bottoms)
    top = st.above(a)[0]
    text = _choice(w, [
        f"The block at the very top of the stack the {a} is in goes on the table, ok? Go ahead.",
        f"You're taking the top block off the {a}'s stack and putting it on the table, right? Do it.",
    ])
    return _made(w, text, _done(rels(Rel("on_table", top))))


def t156_rel_supposed(w: World) -> Made:
    st = w.state
    empties = [bw for bw in w.bowls if not st.in_bowl(bw)]
    if len(empties) == 1 and w.rng.random() < 0.5:
        bowl = empties[0]
        a = _choice(w, _free(w))
        text = _choice(w, [
            f"Wasn't the empty bowl supposed to get the {a}? Put it in there then.",
            f"Wasn't the {a} meant to go in the bowl that has nothing in it? Go on, do that.",
        ])
        return _made(w, text, _done(rels(Rel("in", a, bowl))))
    full = [bw for bw in w.bowls if st.in_bowl(bw) and _bowl_room(st, bw)]
    if not full:
        return None
    bowl = _choice(w, full)
    x = _choice(w, st.in_bowl(bowl))
    a = w.pick(_out_of(w, bowl))
    if not a:
        return None
    text = f"Wasn't the {a[0]} supposed to go in the same bowl as the {x}? Put it in with it then."
    return _made(w, text, _done(rels(Rel("in", a[0], bowl))))


# ----- keep -----------------------------------------------------------------------------------------
def _keeper(w: World, a: str, exclude: tuple[str, ...] = ()) -> str | None:
    """A block other than `a` that can stay where it is while `a` moves (not above it)."""
    cs = [c for c in w.blocks if c != a and c not in exclude and c not in w.state.above(a)]
    return _choice(w, cs) if cs else None


def t156_keep_negq(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    a = w.pick(_out_of(w, bowl))
    if not a or not _bowl_room(w.state, bowl):
        return None
    c = _keeper(w, a[0])
    if c is None:
        return None
    text = f"Shouldn't the {a[0]} be in the {bowl}? Sort it out, and don't touch the {c}."
    return _made(w, text, _done(rels(Rel("in", a[0], bowl)), kept(c)))


def t156_keep_tag(w: World) -> Made:
    cands = [b for b in _free(w) if w.state.support[b] not in _ON_TABLE]
    if not cands:
        return None
    a = _choice(w, cands)
    c = _keeper(w, a)
    if c is None:
        return None
    text = f"You'll leave the {c} alone, won't you? Just set the {a} down on the table."
    return _made(w, text, _done(rels(Rel("on_table", a)), kept(c)))


def t156_keep_whydont(w: World) -> Made:
    st = w.state
    tops = w.clear_blocks()
    bs = [b for b in tops if _stackable(st, b)]
    if not bs:
        return None
    b = _choice(w, bs)
    As = [x for x in tops if x != b]
    if not As:
        return None
    a = _choice(w, As)
    rest = [x for x in w.blocks if x != a]
    text = _choice(w, [
        f"Why don't you put the {a} on the {b} and leave everything else where it is?",
        f"Couldn't you just stack the {a} on the {b}? Nothing else needs to move.",
    ])
    return _made(w, text, _done(rels(Rel("on", a, b)), kept(*rest)))


def t156_keep_reqtag(w: World) -> Made:
    a = _choice(w, _free(w))
    c = _keeper(w, a)
    d = _keeper(w, a, (c,)) if c else None
    if c is None or d is None:
        return None
    text = f"Drop the {a} in the bin and keep the {c} and the {d} where they are, would you?"
    return _made(w, text, _done(rels(Rel("in_bin", a)), kept(c, d)))


def t156_keep_checkback(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    a = w.pick(_out_of(w, bowl))
    if not a or not _bowl_room(w.state, bowl):
        return None
    c = _keeper(w, a[0])
    if c is None:
        return None
    text = f"The {a[0]} goes in the {bowl}, ok? And the {c} stays where it is, yeah?"
    return _made(w, text, _done(rels(Rel("in", a[0], bowl)), kept(c)))


def t156_keep_supposed(w: World) -> Made:
    a = _choice(w, _free(w))
    c = _keeper(w, a)
    if c is None:
        return None
    p = _choice(w, list(PLACES))
    text = (f"Wasn't the {c} supposed to stay put? It still should. Put the {a} {_at(p)} "
            f"without moving the {c}.")
    return _made(w, text, _done(rels(Rel("at", a, p)), kept(c)))


# ----- multi_step -----------------------------------------------------------------------------------
def t156_multi_negq(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    two = w.pick(_free(w), 2)
    if not two or not _bowl_room(w.state, bowl):
        return None
    a, b = two
    text = _choice(w, [
        f"Shouldn't the {a} go in the {bowl} first, and then the {b} on top of it? Do it that way.",
        f"Shouldn't you put the {a} into the {bowl} and after that stack the {b} on it? Go on then.",
    ])
    return _made(w, text, _done(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t156_multi_tag(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = _choice(w, pairs)  # type: ignore[arg-type]
    text = f"You'll take the {a} off the {b} first and then put the {b} in the bin, won't you?"
    return _made(w, text, _done(rels(Rel("in_bin", b)), none_binned([a]),
                                lambda _i, f: f.support[a] != b))


def t156_multi_whydont(w: World) -> Made:
    three = w.pick(_free(w), 3)
    if not three:
        return None
    a, b, c = three
    blocks = set(w.blocks)
    text = _choice(w, [
        f"Why don't you start a tower with the {a}, put the {b} on it, and then finish with the {c} on top?",
        f"Couldn't you build a tower: the {a} at the bottom, then the {b}, then the {c} on top?",
    ])
    return _made(w, text, _done(rels(Rel("on", b, a), Rel("on", c, b)),
                                lambda _i, f: f.support[a] not in blocks))


def t156_multi_reqtag(w: World) -> Made:
    st = w.state
    full = [bw for bw in w.bowls if st.in_bowl(bw)]
    if not full:
        return None
    bowl = _choice(w, full)
    inside = st.in_bowl(bowl)
    a = _choice(w, _out_of(w, bowl))
    text = f"Empty the {bowl} onto the table first, then put the {a} in it, would you?"
    return _made(w, text, _done(lambda _i, f: set(f.in_bowl(bowl)) == {a} and all(
        f.base(x) in _ON_TABLE for x in inside)))


def t156_multi_checkback(w: World) -> Made:
    st = w.state
    cands = [a for a in _free(w) if st.support[a] not in _ON_TABLE]
    if not cands:
        return None
    a = _choice(w, cands)
    spot = st.support[a]
    bs = [b for b in _free(w) if b not in _tower(st, a)]
    if not bs:
        return None
    b = _choice(w, bs)
    rel = Rel("on", b, spot) if spot in st.support else Rel("in", b, spot)
    text = _choice(w, [
        f"First the {a} goes in the bin, then the {b} goes where the {a} was, ok?",
        f"So: the {a} into the bin, and after that the {b} takes its place, yeah? Go ahead.",
    ])
    return _made(w, text, _done(rels(Rel("in_bin", a), rel)))


def t156_multi_supposed(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    two = w.pick(_free(w), 2)
    if not two or not _bowl_room(w.state, bowl):
        return None
    a, c = two
    p = _choice(w, list(PLACES))
    text = (f"Weren't you going to put the {a} in the {bowl} and after that move the {c} to {_place(p)}? "
            "Do that now.")
    return _made(w, text, _done(rels(Rel("in", a, bowl), Rel("at", c, p))))


# ----- question -------------------------------------------------------------------------------------
def _bowl_and_block(w: World) -> tuple[str, str]:
    """A bowl and a block, the block in it about half the time when the scene allows."""
    st = w.state
    full = [bw for bw in w.bowls if st.in_bowl(bw)]
    if full and w.rng.random() < 0.5:
        bowl = _choice(w, full)
        return bowl, _choice(w, st.in_bowl(bowl))
    bowl = _choice(w, w.bowls)
    return bowl, _choice(w, w.blocks)


def t156_q_negq(w: World) -> Made:
    st = w.state
    if w.rng.random() < 0.5:
        bowl, a = _bowl_and_block(w)
        return f"Isn't the {a} in the {bowl}?", answered(yes(st.base(a) == bowl))
    bowl = _choice(w, w.bowls)
    n = len(st.in_bowl(bowl))
    asked = n if n and w.rng.random() < 0.5 else _choice(w, [k for k in (1, 2, 3) if k != n])
    noun = "block" if asked == 1 else "blocks"
    return f"Doesn't the {bowl} have {_NUMBERS[asked]} {noun} in it?", answered(yes(n == asked))


def t156_q_tag(w: World) -> Made:
    st = w.state
    r = w.rng.random()
    if r < 0.45:
        bowl = _choice(w, w.bowls)
        return f"There aren't any blocks in the {bowl}, are there?", answered(yes(bool(st.in_bowl(bowl))))
    if r < 0.9:
        cands = [b for b in w.blocks if st.support[b] == TABLE or st.support[b] in w.bowls]
        a = _choice(w, cands)
        return f"The {a}'s on the table, isn't it?", answered(yes(st.support[a] == TABLE))
    return "There aren't any blocks in the bin, are there?", answered(yes(st.count_at(BIN) > 0))


def t156_q_whydont(w: World) -> Made:
    st = w.state
    full = [bw for bw in w.bowls if st.in_bowl(bw)]
    if full and w.rng.random() < 0.6:
        bowl = _choice(w, full)
        return (f"Couldn't you tell me how many blocks are in the {bowl}?",
                answered(str(len(st.in_bowl(bowl)))))
    return "Why don't you tell me how many blocks there are altogether?", answered(str(len(w.blocks)))


def _rests_on(st: SymState, a: str) -> str:
    s = st.support[a]
    if s in _ON_TABLE:
        return "table"
    if s == BIN:
        return "bin"
    return "|".join(s.split())


def t156_q_reqtag(w: World) -> Made:
    st = w.state
    if w.rng.random() < 0.5:
        a = _choice(w, w.blocks)
        return f"Tell me what the {a} is sitting on, would you?", answered(_rests_on(st, a))
    cands = [b for b in w.blocks if len(st.above(b)) <= 1]
    b = _choice(w, cands)
    on = st.on_top(b)
    prefix = "|".join(on[0].split()) if on else "nothing"
    return f"Let me know what's on top of the {b}, will you?", answered(prefix)


def t156_q_checkback(w: World) -> Made:
    st = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = _choice(w, pairs)  # type: ignore[arg-type]
    else:
        a, b = w.pick(w.blocks, 2)
    if a in st.above(b) and st.support[a] != b:
        return None  # higher up the same tower: "on top of" would be unclear
    if w.rng.random() < 0.5:
        return f"So the {a} is sitting on the {b}, right?", answered(yes(st.support[a] == b))
    return f"The {a} is on top of the {b}, yeah?", answered(yes(st.support[a] == b))


def t156_q_supposed(w: World) -> Made:
    st = w.state
    if w.rng.random() < 0.5:
        bowl, a = _bowl_and_block(w)
        return (f"Wasn't the {bowl} supposed to have the {a} in it? Is it in there?",
                answered(yes(st.base(a) == bowl)))
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = _choice(w, pairs)  # type: ignore[arg-type]
    else:
        a, b = w.pick(w.blocks, 2)
    if a in st.above(b) and st.support[a] != b:
        return None  # higher up the same tower: "on it" would be unclear
    return (f"Wasn't someone going to take the {a} off the {b}? Is it still on it?",
            answered(yes(st.support[a] == b)))


# ----- matching -------------------------------------------------------------------------------------
def t156_match_negq(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = _choice(w, [
        "Shouldn't every block that has a bowl of the same colour be sitting in that bowl? Sort that out.",
        "Shouldn't the blocks be in the bowls that match their colours, where there is one? Make it so.",
    ])
    return _made(w, text, _done(rels(*want)))


def t156_match_tag(w: World) -> Made:
    cands = [b for b in _free(w) if _match_bowl(w, b) and w.state.base(b) != _match_bowl(w, b)]
    if not cands:
        return None
    a = _choice(w, cands)
    bowl = _match_bowl(w, a)
    assert bowl is not None
    text = _choice(w, [
        f"The {a} belongs in the bowl that's the same colour, doesn't it? Put it there.",
        f"The {a} ought to be in the bowl of its own colour, oughtn't it? Go on, put it there.",
    ])
    return _made(w, text, _done(rels(Rel("in", a, bowl))))


def t156_match_whydont(w: World) -> Made:
    cands = [bw for bw in w.bowls if any(w.colour(b) == w.colour(bw) for b in _free(w))]
    if not cands:
        return None
    bowl = _choice(w, cands)
    m = next(b for b in _free(w) if w.colour(b) == w.colour(bowl))
    text = _choice(w, [
        f"Why don't you put the block that's the same colour as the {bowl} into it?",
        f"Couldn't you find the block that matches the {bowl} and put it in there?",
    ])
    return _made(w, text, _done(rels(Rel("in", m, bowl))))


def t156_match_reqtag(w: World) -> Made:
    a = _choice(w, _free(w))
    wrong = [bw for bw in w.bowls if w.colour(bw) != w.colour(a)]
    if not wrong:
        return None
    text = f"Put the {a} in a bowl that isn't its colour, would you?"
    if len(wrong) >= 2 and w.rng.random() < 0.5:
        text = f"Drop the {a} into one of the bowls that doesn't match it, will you?"
    return _made(w, text, _done(lambda _i, f: f.base(a) in wrong))


def t156_match_checkback(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if _match_bowl(w, b) is None]
    text = ("Blocks go in the bowl of their own colour, and any block with no bowl of its colour goes in the bin, "
            "ok?")
    return _made(w, text, _done(rels(*want), binned(rest)))


def t156_match_supposed(w: World) -> Made:
    cands = [bw for bw in w.bowls if any(w.colour(b) == w.colour(bw) for b in _free(w))]
    if not cands:
        return None
    bowl = _choice(w, cands)
    m = next(b for b in _free(w) if w.colour(b) == w.colour(bowl))
    if m in w.state.in_bowl(bowl):
        text = (f"Wasn't the {bowl} meant to hold only the block of its own colour? Take everything else out of it; "
                f"the {m} stays.")
    else:
        text = (f"Wasn't the {bowl} meant to hold only the block of its own colour? Take anything else out of it "
                f"and put the {m} in.")
    return _made(w, text, _done(lambda _i, f: set(f.in_bowl(bowl)) == {m}))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("negq", "tag", "whydont", "reqtag", "checkback", "supposed")
FRESH156: list[Template] = [
    (f"t156_{short}_{style}", category, globals()[f"t156_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
