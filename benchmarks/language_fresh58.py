"""`FRESH58`, the fifty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: people who write in structured or written-channel formats rather than speak. The six styles are
'numbered' (steps as "1) ... 2) ...", "1. ...", "Step 1: ..."), 'bullets' ("- ...", "* ..." items on new lines or
split by " ; "), 'email' (a greeting, the request, and a sign-off with a name), 'texting' (lowercase SMS with
"pls", "thx", "u", "rn", "k" and emoji), 'shouting' (ALL CAPS or Title Case Every Word, with "!!") and 'formal'
(a legal or report register: "The operator is requested to ...", "It is required that ...", "Kindly ensure ...").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates (all sixty
were written before a formatter's diff, run over the wrong files, briefly printed parts of another batch; only two
yield and fairness fixes came after). Each template returns None when its scene would make the sentence ambiguous,
impossible or already true.

Its first run (300 instructions, seed 0, on 4e7be08, after every fix before it and before anything it could prompt):
0.733 goal-correct (220 of 300), 75 refused, 5 wrong: five wrong replies ('- quick check: is X on Y?' answered with the
help text).
"""

from __future__ import annotations

from collections.abc import Callable

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
from sim.core.symbolic import SymState

PREFIX = "m58"
_CAP = layout.BOWL_CAPACITY
_GROUND = (TABLE, *PLACES)
_TIE = 0.03


# ----- helpers ----------------------------------------------------------------------------------------------
def _bl(w: World, x: str) -> str:
    return f"{w.colour(x)} block"


def _bw(w: World, x: str) -> str:
    return f"{w.colour(x)} bowl"


def _room(w: World, bowl: str) -> int:
    return _CAP - len(w.state.in_bowl(bowl))


def _height(w: World, b: str) -> int:
    """How many blocks the tower holds from its base up to and including `b`."""
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


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _stackable(w: World, a: str, b: str) -> bool:
    """A clear block `a` can go straight onto a clear block `b` standing on the table, and is not there yet."""
    s = w.state
    return (
        a != b
        and s.is_clear(a)
        and s.is_clear(b)
        and s.base(a) != BIN
        and s.base(b) in _GROUND
        and _height(w, b) < layout.MAX_TOWER
        and s.support[a] != b
    )


def _to_bowl(w: World, blocks: list[str] | None = None) -> list[tuple[str, str]]:
    """(clear block, bowl) pairs where the block is not in that bowl yet and the bowl has room."""
    cands = w.clear_blocks() if blocks is None else blocks
    return [
        (a, bw)
        for a in cands
        for bw in w.bowls
        if w.state.base(a) != bw and _room(w, bw) >= 1
    ]


def _unique(w: World, cands: list[str], key: Callable[[str], float]) -> str | None:
    """The candidate with the smallest key, or None when the runner-up is within `_TIE` of it."""
    if not cands:
        return None
    ranked = sorted(cands, key=key)
    if len(ranked) >= 2 and key(ranked[1]) - key(ranked[0]) < _TIE:
        return None
    return ranked[0]


def _where(w: World, b: str) -> str | None:
    """What a good answer to 'where is b' must name."""
    s = w.state.support[b]
    if s in w.state.support:
        return None if w.state.base(s) in w.state.bowls else _bl(w, s)
    if s in w.state.bowls:
        return _bw(w, s)
    if s == TABLE:
        return "table"
    return s if s in PLACES else None


def _match_plan(w: World) -> tuple[list[Rel], list[str]] | None:
    """The matching relations and the blocks that must move for them, or None when nothing moves or no room."""
    want = matching(w)
    movers = [r.args[0] for r in want if w.state.base(r.args[0]) != r.args[1]]
    if not movers:
        return None
    for bowl in w.bowls:
        arriving = sum(1 for r in want if r.args[1] == bowl and r.args[0] in movers)
        if len(w.state.in_bowl(bowl)) + arriving > _CAP:
            return None
    return want, movers


def _unmatched_still(w: World, movers: list[str]) -> list[str]:
    """Blocks with no bowl of their colour that need not move for the matching (nothing under them moves)."""
    bowl_colours = {w.colour(b) for b in w.bowls}
    return [
        b
        for b in _live(w)
        if w.colour(b) not in bowl_colours
        and not any(x in movers for x in _below(w, b))
    ]


# ----- imperative -------------------------------------------------------------------------------------------
def m58_imp_numbered(w: World) -> Made:
    opts = _to_bowl(w)
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    return f"1) grab the {_bl(w, a)} 2) drop it into the {_bw(w, bowl)}", rels(
        Rel("in", a, bowl)
    )


def m58_imp_bullets(w: World) -> Made:
    opts = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return f"- take the {_bl(w, a)}\n- set it down on top of the {_bl(w, b)}", rels(
        Rel("on", a, b)
    )


def m58_imp_email(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(list(PLACES))
    text = f"Hi robot,\n\nCould you please move the {_bl(w, a)} over to the {place}?\n\nThanks,\nSam"
    return text, rels(Rel("at", a, place))


def m58_imp_texting(w: World) -> Made:
    cands = _live(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    return f"pls toss the {_bl(w, a)} in the bin thx 👍", binned([a])


def m58_imp_shouting(w: World) -> Made:
    cands = [
        b
        for b in w.in_bowls()
        if w.state.is_clear(b) and w.state.support[b] in w.state.bowls
    ]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.support[a]
    text = f"take the {_bl(w, a)} out of the {_bw(w, bowl)} and put it on the table!!".upper()
    return text, rels(Rel("on_table", a))


def m58_imp_formal(w: World) -> Made:
    s = w.state
    opts = [
        (a, b)
        for a in _live(w)
        for b in w.blocks
        if a != b
        and s.is_clear(b)
        and s.base(b) in _GROUND
        and b not in s.above(a)
        and s.support[a] != b
        and _height(w, b) < layout.MAX_TOWER
    ]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return (
        f"The operator is requested to place the {_bl(w, a)} upon the {_bl(w, b)}.",
        rels(Rel("on", a, b)),
    )


# ----- declarative ------------------------------------------------------------------------------------------
def m58_dec_numbered(w: World) -> Made:
    opts = _to_bowl(w)
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    others = [b for b in w.clear_blocks() if b != a]
    if not others:
        return None
    b, place = w.rng.choice(others), w.rng.choice(list(PLACES))
    text = f"End state:\n1. {_bl(w, a)}: in the {_bw(w, bowl)}\n2. {_bl(w, b)}: at the {place}"
    return text, rels(Rel("in", a, bowl), Rel("at", b, place))


def m58_dec_bullets(w: World) -> Made:
    opts = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return (
        f"* the {_bl(w, a)} belongs on the {_bl(w, b)}\n* everything else is fine",
        rels(Rel("on", a, b)),
    )


def m58_dec_email(w: World) -> Made:
    cands = _live(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = (
        f"Hello,\n\nJust a note: the {_bl(w, a)} is supposed to be in the bin, not where it is now.\n\n"
        "Appreciate it,\nPriya"
    )
    return text, binned([a])


def m58_dec_texting(w: World) -> Made:
    opts = _to_bowl(w)
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    return f"the {_bl(w, a)} goes in the {_bw(w, bowl)} k", rels(Rel("in", a, bowl))


def m58_dec_shouting(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(list(PLACES))
    return f"The {_bl(w, a)} Belongs At The {place}!!".title(), rels(
        Rel("at", a, place)
    )


def m58_dec_formal(w: World) -> Made:
    opts = [
        (a, b)
        for a, b in w.pairs()
        if w.state.is_clear(a) and w.state.base(b) in _GROUND
    ]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = f"Per the agreed arrangement, the {_bl(w, a)} is to rest on the table itself, not atop the {_bl(w, b)}."
    return text, rels(Rel("on_table", a))


# ----- desiderative -----------------------------------------------------------------------------------------
def m58_des_numbered(w: World) -> Made:
    pairs = [(b, c) for b in w.blocks for c in w.blocks if _stackable(w, b, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    firsts = [a for a in w.clear_blocks() if a not in (b, c)]
    if not firsts:
        return None
    a = w.rng.choice(firsts)
    text = f"Two things I'd like done:\n1) the {_bl(w, a)} in the bin\n2) the {_bl(w, b)} on top of the {_bl(w, c)}"
    return text, rels(Rel("in_bin", a), Rel("on", b, c))


def m58_des_bullets(w: World) -> Made:
    cands = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    text = f"- I'd like the {_bl(w, a)} back on the table\n- i.e. out of the {_bw(w, bowl)}"
    return text, rels(Rel("on_table", a))


def m58_des_email(w: World) -> Made:
    opts = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = (
        f"Dear robot,\n\nI'd love to have the {_bl(w, a)} sitting on the {_bl(w, b)}, whenever you get a moment.\n\n"
        "Best,\nLee"
    )
    return text, rels(Rel("on", a, b))


def m58_des_texting(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(list(PLACES))
    return f"rly want the {_bl(w, a)} at the {place} rn pls :)", rels(
        Rel("at", a, place)
    )


def m58_des_shouting(w: World) -> Made:
    cands = _live(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    return f"I WANT THE {_bl(w, a).upper()} IN THE BIN!!", binned([a])


def m58_des_formal(w: World) -> Made:
    opts = _to_bowl(w)
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    text = f"The undersigned wishes for the {_bl(w, a)} to be relocated to the {_bw(w, bowl)}."
    return text, rels(Rel("in", a, bowl))


# ----- quantified -------------------------------------------------------------------------------------------
def m58_qua_numbered(w: World) -> Made:
    cands = [bw for bw in w.bowls if 1 <= len(w.state.in_bowl(bw)) <= 5]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    text = f"1) take every block out of the {_bw(w, bowl)}\n2) drop them all in the bin"
    return text, binned(w.state.in_bowl(bowl))


def m58_qua_bullets(w: World) -> Made:
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    spare = [b for b in w.clear_blocks() if w.state.base(b) not in w.state.bowls]
    if not empties or len(spare) < len(empties):
        return None
    bowls = list(w.bowls)

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.in_bowl(bw) for bw in bowls)

    return (
        "- every bowl needs at least one block in it\n- which blocks is up to you",
        check,
    )


def m58_qua_email(w: World) -> Made:
    cands = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) < 2]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    outside = [b for b in _live(w) if w.state.base(b) != bowl]
    if len(outside) + len(w.state.in_bowl(bowl)) < 2:
        return None
    text = (
        f"Hi robot,\n\nCould you make sure the {_bw(w, bowl)} ends up with exactly two blocks in it? "
        "Any two are fine.\n\nThanks,\nTom"
    )
    return text, count_in(bowl, 2)


def m58_qua_texting(w: World) -> Made:
    live = _live(w)
    if len(live) > _CAP:
        return None
    cands = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) < len(live)]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    return f"can u put all the blocks in the {_bw(w, bowl)} pls thx", rels(
        *(Rel("in", b, bowl) for b in live)
    )


def m58_qua_shouting(w: World) -> Made:
    live = _live(w)
    if not 2 <= len(live) <= layout.MAX_TOWER:
        return None
    check: Check = rels(Rel("tower", *live))
    if check(w.state, w.state):
        return None
    return "STACK ALL THE BLOCKS INTO ONE SINGLE TOWER!!", check


def m58_qua_formal(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Kindly ensure that each block currently located in a bowl is returned to the table."
    return text, rels(*(Rel("on_table", b) for b in inside))


# ----- negated ----------------------------------------------------------------------------------------------
def m58_neg_numbered(w: World) -> Made:
    live = _live(w)
    cands = [a for a in live if w.state.support[a] not in w.state.support]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in live if b != a]
    if not others or len(others) > 5:
        return None
    text = f"1. everything goes in the bin\n2. except the {_bl(w, a)}, leave that one where it is"
    return text, both(binned(others), kept(a))


def m58_neg_bullets(w: World) -> Made:
    outside = [b for b in _live(w) if w.state.base(b) not in w.state.bowls]
    inside = w.in_bowls()
    if not outside or len(outside) > 5 or not w.bowls:
        return None
    place = w.rng.choice(list(PLACES))
    text = (
        f"- the blocks that aren't in a bowl -> {place}\n- the ones in bowls stay put"
    )
    return text, both(rels(*(Rel("at", b, place) for b in outside)), kept(*inside))


def m58_neg_email(w: World) -> Made:
    opts = w.pairs()
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = (
        f"Hi,\n\nThe {_bl(w, a)} shouldn't be sitting on the {_bl(w, b)}. Could you sort that out?\n\n"
        "Thanks,\nJo"
    )
    return text, rels(Rel("on", a, b, negated=True))


def m58_neg_texting(w: World) -> Made:
    cands = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    return f"dont want anything in the {_bw(w, bowl)} rn, pls clear it out thx", empty(
        bowl
    )


def m58_neg_shouting(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    opts = [
        (a, v, x)
        for a, v in _to_bowl(w)
        for x in w.bowls
        if x != v and w.state.base(a) != x
    ]
    if not opts:
        return None
    a, good, bad = w.rng.choice(opts)
    text = f"DON'T PUT THE {_bl(w, a)} IN THE {_bw(w, bad)}!! PUT IT IN THE {_bw(w, good)}!!".upper()
    return text, rels(Rel("in", a, good), Rel("in", a, bad, negated=True))


def m58_neg_formal(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(list(PLACES))
    text = (
        f"The operator is requested not to discard the {_bl(w, a)} in the bin, but rather to position it "
        f"at the {place}."
    )
    return text, both(rels(Rel("at", a, place)), none_binned([a]))


# ----- relative ---------------------------------------------------------------------------------------------
def m58_rel_numbered(w: World) -> Made:
    a = _unique(w, _live(w), w.y)
    if a is None or not w.state.is_clear(a):
        return None
    cands = [bw for bw in w.bowls if w.state.base(a) != bw and _room(w, bw) >= 1]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    text = f"Step 1: find the leftmost block. Step 2: put it in the {_bw(w, bowl)}."
    return text, rels(Rel("in", a, bowl))


def m58_rel_bullets(w: World) -> Made:
    opts = [(top, below) for top, below in w.pairs() if w.state.is_clear(top)]
    if not opts:
        return None
    top, below = w.rng.choice(opts)
    return f"- the block on top of the {_bl(w, below)} ; - goes to the bin", binned(
        [top]
    )


def m58_rel_email(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    a = _unique(
        w, [b for b in _live(w) if w.state.base(b) != bowl], lambda b: w.dist(b, bowl)
    )
    if a is None or not w.state.is_clear(a):
        return None
    place = w.rng.choice(list(PLACES))
    text = (
        f"Hi robot,\n\nCould you take whichever block is closest to the {_bw(w, bowl)} and move it to the "
        f"{place}?\n\nThanks,\nKim"
    )
    return text, rels(Rel("at", a, place))


def m58_rel_texting(w: World) -> Made:
    srcs = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not srcs:
        return None
    src = w.rng.choice(srcs)
    a = w.state.in_bowl(src)[0]
    dsts = [bw for bw in w.bowls if bw != src and _room(w, bw) >= 1]
    if dsts and w.rng.random() < 0.5:
        dst = w.rng.choice(dsts)
        text = f"move the block thats in the {_bw(w, src)} to the {_bw(w, dst)} pls"
        return text, rels(Rel("in", a, dst))
    place = w.rng.choice(list(PLACES))
    text = f"can u move whatever block is in the {_bw(w, src)} to the {place} pls ty"
    return text, rels(Rel("at", a, place))


def m58_rel_shouting(w: World) -> Made:
    a = _unique(w, _live(w), lambda b: -w.y(b))
    if a is None:
        return None
    cands = [b for b in w.blocks if _stackable(w, a, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return f"PUT THE RIGHTMOST BLOCK ON THE {_bl(w, b)}!!".upper(), rels(
        Rel("on", a, b)
    )


def m58_rel_formal(w: World) -> Made:
    opts = [(top, below) for top, below in w.pairs() if w.state.base(below) in _GROUND]
    if not opts:
        return None
    top, below = w.rng.choice(opts)
    text = f"Kindly ensure that the block situated directly beneath the {_bl(w, top)} is placed in the bin."
    return text, both(binned([below]), none_binned([top]))


# ----- keep -------------------------------------------------------------------------------------------------
def m58_keep_numbered(w: World) -> Made:
    opts = _to_bowl(w)
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    others = [k for k in _live(w) if k != a]
    if not others:
        return None
    k = w.rng.choice(others)
    text = f"1. leave the {_bl(w, k)} where it is\n2. put the {_bl(w, a)} in the {_bw(w, bowl)}"
    return text, both(kept(k), rels(Rel("in", a, bowl)))


def m58_keep_bullets(w: World) -> Made:
    opts = [
        (x, a, v)
        for x in w.bowls
        if w.state.in_bowl(x)
        for a, v in _to_bowl(w)
        if v != x and w.state.base(a) != x
    ]
    if not opts:
        return None
    x, a, v = w.rng.choice(opts)
    text = f"- don't touch anything in the {_bw(w, x)}\n- move the {_bl(w, a)} into the {_bw(w, v)}"
    return text, both(kept(*w.state.in_bowl(x)), rels(Rel("in", a, v)))


def m58_keep_email(w: World) -> Made:
    opts = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    others = [k for k in _live(w) if k not in (a, b)]
    if not others:
        return None
    k = w.rng.choice(others)
    text = (
        f"Hi robot,\nPlease stack the {_bl(w, a)} on the {_bl(w, b)}, but keep the {_bl(w, k)} exactly where it "
        "is.\nThanks!\nMaria"
    )
    return text, both(rels(Rel("on", a, b)), kept(k))


def m58_keep_texting(w: World) -> Made:
    live = _live(w)
    opts = [(a, k) for a in live for k in live if k != a and k not in w.state.above(a)]
    if not opts:
        return None
    a, k = w.rng.choice(opts)
    return f"bin the {_bl(w, a)} but leave the {_bl(w, k)} alone k thx", both(
        binned([a]), kept(k)
    )


def m58_keep_shouting(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [k for k in _live(w) if k != a]
    if not others:
        return None
    k, place = w.rng.choice(others), w.rng.choice(list(PLACES))
    text = f"DO NOT MOVE THE {_bl(w, k)}!! JUST PUT THE {_bl(w, a)} AT THE {place}!!".upper()
    return text, both(kept(k), rels(Rel("at", a, place)))


def m58_keep_formal(w: World) -> Made:
    s = w.state
    cands = [b for b in _live(w) if s.is_clear(b) and s.support[b] not in _GROUND]
    if not cands:
        return None
    a = w.rng.choice(cands)
    if s.support[a] in s.support:
        k = s.support[a]
    else:
        others = [b for b in _live(w) if b != a]
        if not others:
            return None
        k = w.rng.choice(others)
    text = (
        f"The {_bl(w, k)} is to remain in its present position; the operator is requested to move the "
        f"{_bl(w, a)} onto the table."
    )
    return text, both(kept(k), rels(Rel("on_table", a)))


# ----- multi_step -------------------------------------------------------------------------------------------
def m58_multi_numbered(w: World) -> Made:
    pairs = [(b, c) for b in w.blocks for c in w.blocks if _stackable(w, b, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    rest = [x for x in w.clear_blocks() if x not in (b, c)]
    if len(rest) < 2:
        return None
    a, d = w.pick(rest, 2)
    bowls = [bw for bw in w.bowls if w.state.base(a) != bw and _room(w, bw) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (
        f"1. put the {_bl(w, a)} in the {_bw(w, bowl)}\n2. stack the {_bl(w, b)} on the {_bl(w, c)}\n"
        f"3. bin the {_bl(w, d)}"
    )
    return text, rels(Rel("in", a, bowl), Rel("on", b, c), Rel("in_bin", d))


def m58_multi_bullets(w: World) -> Made:
    cands = w.clear_blocks()
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    place = w.rng.choice(list(PLACES))
    text = f"* {_bl(w, a)} to the {place}\n* {_bl(w, b)} to the bin"
    return text, rels(Rel("at", a, place), Rel("in_bin", b))


def m58_multi_email(w: World) -> Made:
    s = w.state
    opts = [
        (a, b)
        for a in w.in_bowls()
        if s.is_clear(a) and s.support[a] in s.bowls
        for b in w.clear_blocks()
        if s.base(b) != s.support[a]
    ]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    bowl = s.support[a]
    text = (
        f"Hi robot,\n\nFirst take the {_bl(w, a)} out of the {_bw(w, bowl)} and set it on the table, then put the "
        f"{_bl(w, b)} into that bowl instead.\n\nThanks,\nSam"
    )
    return text, rels(Rel("on_table", a), Rel("in", b, bowl))


def m58_multi_texting(w: World) -> Made:
    s = w.state
    opts = [
        (a, b, c)
        for a in w.clear_blocks()
        for b in w.blocks
        for c in w.clear_blocks()
        if len({a, b, c}) == 3
        and _stackable(w, a, b)
        and _height(w, b) + 2 <= layout.MAX_TOWER
        and s.support[c] != b
    ]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    text = f"put the {_bl(w, a)} on the {_bl(w, b)}, then the {_bl(w, c)} on top of the {_bl(w, a)} thx"
    return text, rels(Rel("on", a, b), Rel("on", c, a))


def m58_multi_shouting(w: World) -> Made:
    cands = w.clear_blocks()
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    place = w.rng.choice(list(PLACES))
    text = f"FIRST PUT THE {_bl(w, a)} IN THE BIN!! THEN MOVE THE {_bl(w, b)} TO THE {place}!!".upper()
    return text, rels(Rel("in_bin", a), Rel("at", b, place))


def m58_multi_formal(w: World) -> Made:
    pairs = [(b, c) for b in w.blocks for c in w.blocks if _stackable(w, b, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    opts = [(a, bw) for a, bw in _to_bowl(w) if a not in (b, c)]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    text = (
        f"The operator is requested, firstly, to place the {_bl(w, a)} in the {_bw(w, bowl)} and, secondly, "
        f"to set the {_bl(w, b)} upon the {_bl(w, c)}."
    )
    return text, rels(Rel("in", a, bowl), Rel("on", b, c))


# ----- question ---------------------------------------------------------------------------------------------
def m58_q_numbered(w: World) -> Made:
    cands = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    n = len(w.state.in_bowl(bowl))
    return f"1) how many blocks are in the {_bw(w, bowl)} right now?", answered(str(n))


def m58_q_bullets(w: World) -> Made:
    live = _live(w)
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
        flag = True
    else:
        opts = [
            (a, b)
            for a in live
            for b in live
            if a != b and b not in _below(w, a) and a not in _below(w, b)
        ]
        if not opts:
            return None
        a, b = w.rng.choice(opts)
        flag = False
    return f"- quick check: is the {_bl(w, a)} on the {_bl(w, b)}?", answered(yes(flag))


def m58_q_email(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    a = w.rng.choice(live)
    where = _where(w, a)
    if where is None:
        return None
    text = f"Hi robot,\n\nCould you tell me where the {_bl(w, a)} is at the moment?\n\nThanks,\nSam"
    return text, answered(where)


def m58_q_texting(w: World) -> Made:
    cands = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    inside = w.state.in_bowl(bowl)
    if any(w.colour(b) == w.colour(bowl) for b in inside):
        return None
    want = "|".join(w.colour(b) for b in inside)
    return f"whats in the {_bw(w, bowl)} rn?", answered(want)


def m58_q_shouting(w: World) -> Made:
    opts = [(top, below) for top, below in w.pairs() if w.state.is_clear(top)]
    if not opts:
        return None
    top, below = w.rng.choice(opts)
    return (
        f"WHAT COLOUR IS THE BLOCK SITTING ON THE {_bl(w, below).upper()}?!!",
        answered(w.colour(top)),
    )


def m58_q_formal(w: World) -> Made:
    live = _live(w)
    if not live or not w.bowls:
        return None
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a, bowl = w.rng.choice(live), w.rng.choice(w.bowls)
    flag = w.state.base(a) == bowl
    text = f"The operator is requested to confirm whether the {_bl(w, a)} is presently in the {_bw(w, bowl)}."
    return text, answered(yes(flag))


# ----- matching ---------------------------------------------------------------------------------------------
def m58_match_numbered(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None:
        return None
    want, _ = plan
    return (
        "1. look at each block's colour\n2. put it in the bowl of that same colour",
        rels(*want),
    )


def m58_match_bullets(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None:
        return None
    want, movers = plan
    still = _unmatched_still(w, movers)
    text = "- sort the blocks into the bowls by colour\n- no bowl in a block's colour? leave that block be"
    return text, both(rels(*want), kept(*still))


def m58_match_email(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None:
        return None
    want, _ = plan
    text = (
        "Hello robot,\n\nWould you be so kind as to pair each block up with the bowl that shares its colour?\n\n"
        "Many thanks,\nDana"
    )
    return text, rels(*want)


def m58_match_texting(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None:
        return None
    want, movers = plan
    opts = [r for r in want if r.args[0] in movers and _room(w, r.args[1]) >= 1]
    if not opts:
        return None
    r = w.rng.choice(opts)
    return (
        f"put the {_bl(w, r.args[0])} in the bowl thats the same colour as it pls 👍",
        rels(r),
    )


def m58_match_shouting(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None:
        return None
    want, _ = plan
    return "Every Block Goes Into The Bowl That Matches Its Colour!!", rels(*want)


def m58_match_formal(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None:
        return None
    want, _ = plan
    text = "It is required that each block be deposited in the bowl of identical colour, where such a bowl exists."
    return text, rels(*want)


# ----- the batch --------------------------------------------------------------------------------------------
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
_STYLES = ("numbered", "bullets", "email", "texting", "shouting", "formal")

FRESH58: list[Template] = [
    (f"{PREFIX}_{short}_{style}", category, globals()[f"{PREFIX}_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
