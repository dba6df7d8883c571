"""`FRESH113`, the hundred-and-fourteenth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: things named by their relation to other things rather than by their colour: "the block on top of the red
block", "the one under the green block", "the block in the blue bowl", "the only block in a bowl", "the block sitting
by itself on the table", "the block nearest the bin", "the top block of the tallest tower", "the block that is not in
any bowl", "the bowl with nothing in it", "the bowl that has the red block in it", "whatever is on the green block",
"the other block in the blue bowl besides the red block", inside ordinary requests, goals and questions. A reference
is used only when the scene makes it pick out exactly one thing. The styles are the speakers:

- engineer: "Relocate the block resting on the red block into the bin."
- teacher: "Please pick up the block underneath the green block and set it down in the middle of the table."
- parent: "Pop the block nearest the bin in the bin for me, please."
- customer: "I'd like the block in the blue bowl placed in the bowl with nothing in it, please."
- child: "put the one on top of the red one in the blue bowl"
- colleague: "Could you move whatever is on the green block to the top left corner?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(While looking up the lexicon's constant names, a grep for BIN/TABLE/GRIPPER also printed six lines of
`sim/core/lexicon.py`: the constant line and five synonym/alias lines naming words for the bin and the table. None of
those words is used here on purpose; "bin" and "table" are used throughout.)

Its first run (300 instructions, seed 0, on 354f008, after every fix before it and before anything it could prompt):
0.797 goal-correct (239 of 300), 38 refused, 11 asked, 12 wrong, none of them an action: 12 wrong replies ('Is the block on
top of X the Y block?' asked which block, four times; 'how many blocks the bowl the X block is in holds', 'is there
anything on top of the one nearest to the bin / the block sitting by itself on the table / the one block in a bowl?', 'How
many blocks are in the only bowl that has anything in it?', 'Has the bottom block of the stack got anything stacked on
it?', 'find the bowl that matches the block under X and put the block in it' answered).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    both,
    kept,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_CORNERS = tuple(p for p in PLACES if "corner" in p)
_ANY = (
    "on",
    "under",
    "inbowl",
    "only_bowl",
    "alone",
    "near_bin",
    "top",
    "bottom",
    "not_bowl",
    "other",
)
_CLEAR_KINDS = ("on", "inbowl", "only_bowl", "alone", "near_bin", "top", "not_bowl")


# ----- the scene, read relationally ------------------------------------------------------------------
def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _towers(s: SymState) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first (wherever it stands)."""
    return [
        [b, *reversed(s.above(b))]
        for b in s.blocks
        if s.support[b] not in s.support and s.on_top(b)
    ]


def _tallest(s: SymState) -> list[str] | None:
    towers = _towers(s)
    if not towers:
        return None
    h = max(len(t) for t in towers)
    best = [t for t in towers if len(t) == h]
    return best[0] if len(best) == 1 else None


def _loose(s: SymState) -> list[str]:
    """Blocks on the table with nothing under them and nothing on them."""
    return [b for b in s.blocks if s.support[b] in (TABLE, *PLACES) and s.is_clear(b)]


def _height(s: SymState, b: str) -> int:
    """How many blocks stand in b's tower up to and including b."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _near_bin(w: World) -> str | None:
    """The block nearest the bin, when it stands alone there and clearly nearer than every other block."""
    bx, by = layout.BIN_CENTER
    pos = {
        b: w.scene.get(b).position
        for b in w.blocks
        if w.state.support[b] not in (BIN, GRIPPER)
    }
    if len(pos) < 2:
        return None
    order = sorted((math.hypot(p[0] - bx, p[1] - by), b) for b, p in pos.items())
    (d0, b0), (d1, _b1) = order[0], order[1]
    if d1 - d0 < 0.04:  # a tower (same spot) or a near tie
        return None
    return b0


def _n(w: World, x: str, casual: bool = False) -> str:
    """'the red block', or casually 'the red one'."""
    if casual and x in w.state.support and w.rng.random() < 0.5:
        return f"the {w.colour(x)} one"
    return f"the {x}"


def _refs(
    w: World, kinds: tuple[str, ...], casual: bool = False, relative: bool = False
) -> list[tuple[str, str]]:
    """(block, phrase) for every block that one of the relations in `kinds` picks out uniquely."""
    s = w.state
    out: list[tuple[str, str]] = []

    def n(x: str) -> str:
        return _n(w, x, casual)

    bowl_blocks = s.in_bowls()
    loose = _loose(s)
    tall = _tallest(s)
    tw = (
        (
            "the tallest tower"
            if len(_towers(s)) > 1
            else _say(w, "the tower", "the stack")
        )
        if tall
        else ""
    )
    near = _near_bin(w)
    outside = [b for b in s.blocks if s.base(b) not in s.bowls]
    for b in w.blocks:
        sup, up = s.support[b], s.on_top(b)
        if sup in (BIN, GRIPPER):
            continue
        if (
            "on" in kinds and sup in s.support and not up
        ):  # directly on it, and the top of its tower
            x = n(sup)
            out.append(
                (
                    b,
                    _say(
                        w,
                        f"the block that's sitting on {x}",
                        f"the block that is resting on {x}",
                    )
                    if relative
                    else _say(
                        w,
                        f"the block on top of {x}",
                        f"the block sitting on {x}",
                        f"the one on top of {x}",
                    ),
                )
            )
        if "what_on" in kinds and sup in s.support and s.above(sup) == [b]:
            x = n(sup)
            out.append(
                (b, _say(w, f"whatever is on {x}", f"whatever's sitting on top of {x}"))
            )
        if (
            "under" in kinds and len(up) == 1 and sup not in s.support
        ):  # the only block under it
            t = n(up[0])
            out.append(
                (
                    b,
                    _say(
                        w,
                        f"the block that {t} is sitting on",
                        f"the block which has {t} on top of it",
                    )
                    if relative
                    else _say(
                        w,
                        f"the block under {t}",
                        f"the block underneath {t}",
                        f"the one beneath {t}",
                    ),
                )
            )
        for bowl in s.bowls:
            if s.in_bowl(bowl) == [b]:
                if "inbowl" in kinds:
                    out.append(
                        (
                            b,
                            _say(
                                w,
                                f"the block that's in the {bowl}",
                                f"the block which is sitting in the {bowl}",
                            )
                            if relative
                            else _say(
                                w,
                                f"the block in the {bowl}",
                                f"the block sitting in the {bowl}",
                                f"the one in the {bowl}",
                            ),
                        )
                    )
                if "what_in" in kinds:
                    out.append(
                        (
                            b,
                            _say(
                                w,
                                f"whatever is in the {bowl}",
                                f"whatever's in the {bowl}",
                            ),
                        )
                    )
            if "other" in kinds and len(s.in_bowl(bowl)) == 2 and b in s.in_bowl(bowl):
                c = "the " + next(x for x in s.in_bowl(bowl) if x != b)
                out.append(
                    (
                        b,
                        _say(
                            w,
                            f"the other block in the {bowl} besides {c}",
                            f"the block in the {bowl} that isn't {c}",
                        ),
                    )
                )
        if "only_bowl" in kinds and bowl_blocks == [b]:
            out.append(
                (
                    b,
                    "the block that's the only one in a bowl"
                    if relative
                    else _say(
                        w, "the only block in a bowl", "the one block that's in a bowl"
                    ),
                )
            )
        if "alone" in kinds and loose == [b] and len(s.blocks) >= 3:
            out.append(
                (
                    b,
                    _say(
                        w,
                        "the block that's sitting on its own on the table",
                        "the block that's by itself on the table",
                    )
                    if relative
                    else _say(
                        w,
                        "the block sitting by itself on the table",
                        "the block on its own on the table",
                    ),
                )
            )
        if "near_bin" in kinds and near == b:
            out.append(
                (
                    b,
                    _say(
                        w,
                        "the block that's closest to the bin",
                        "the block which is nearest the bin",
                    )
                    if relative
                    else _say(
                        w,
                        "the block nearest the bin",
                        "the block closest to the bin",
                        "the one nearest to the bin",
                    ),
                )
            )
        if "top" in kinds and tall and tall[-1] == b:
            out.append(
                (
                    b,
                    f"the block that's at the top of {tw}"
                    if relative
                    else _say(
                        w, f"the top block of {tw}", f"the block at the top of {tw}"
                    ),
                )
            )
        if "bottom" in kinds and tall and tall[0] == b:
            out.append(
                (
                    b,
                    f"the block that's at the bottom of {tw}"
                    if relative
                    else _say(
                        w,
                        f"the bottom block of {tw}",
                        f"the block at the bottom of {tw}",
                    ),
                )
            )
        if "not_bowl" in kinds and outside == [b] and len(s.blocks) >= 3:
            out.append(
                (
                    b,
                    "the block that isn't in any bowl"
                    if relative
                    else _say(
                        w,
                        "the block that is not in any bowl",
                        "the only block not in a bowl",
                    ),
                )
            )
    return out


def _ref(
    w: World,
    kinds: tuple[str, ...] = _ANY,
    casual: bool = False,
    relative: bool = False,
    ok: Callable[[str], bool] | None = None,
) -> tuple[str, str] | None:
    """One (block, phrase), chosen at random; `ok` (a predicate on the block) filters."""
    found = [r for r in _refs(w, kinds, casual, relative) if ok is None or ok(r[0])]
    return w.rng.choice(found) if found else None


def _bowl_refs(
    w: World, avoid: tuple[str, ...] = (), relative: bool = False
) -> list[tuple[str, str]]:
    """(bowl, phrase) for bowls named by what is (or is not) in them; `avoid` blocks are not used as anchors."""
    s = w.state
    out: list[tuple[str, str]] = []
    empties = [b for b in s.bowls if not s.in_bowl(b)]
    used = [b for b in s.bowls if s.in_bowl(b)]
    if len(empties) == 1:
        out.append(
            (
                empties[0],
                _say(w, "the bowl that has nothing in it", "the bowl which is empty")
                if relative
                else _say(
                    w,
                    "the bowl with nothing in it",
                    "the empty bowl",
                    "the bowl that's empty",
                ),
            )
        )
    for x in s.in_bowls():
        if x in avoid:
            continue
        out.append(
            (
                s.base(x),
                _say(
                    w,
                    f"the bowl that contains the {x}",
                    f"the bowl which has the {x} in it",
                )
                if relative
                else _say(
                    w,
                    f"the bowl that has the {x} in it",
                    f"the bowl with the {x} in it",
                    f"the bowl the {x} is in",
                ),
            )
        )
    if len(used) == 1 and len(s.bowls) >= 2:
        out.append(
            (
                used[0],
                _say(
                    w,
                    "the bowl with something in it",
                    "the only bowl that has anything in it",
                ),
            )
        )
    return out


def _fits_bowl(s: SymState, b: str, bowl: str) -> bool:
    return (
        s.base(b) != bowl
        and len([x for x in s.in_bowl(bowl) if x != b]) < layout.BOWL_CAPACITY
    )


def _can_stack(s: SymState, b: str, c: str) -> bool:
    """b can go on top of c: c is a free block elsewhere and the tower stays within `layout.MAX_TOWER`."""
    return (
        c != b
        and s.is_clear(c)
        and c not in s.above(b)
        and s.support[c] not in (BIN, GRIPPER)
        and _height(s, c) < layout.MAX_TOWER
    )


def _dests(
    w: World,
    b: str,
    kinds: tuple[str, ...],
    casual: bool = False,
    rel_bowl: bool = False,
    rel_block: bool = False,
) -> list[tuple[str, Rel, str]]:
    """(phrase, relation, target) for places `b` could be put; "bin", "place", "bowl", "block", "table"."""
    s = w.state
    out: list[tuple[str, Rel, str]] = []
    if "bin" in kinds and len([x for x in s.blocks if s.base(x) == BIN]) < 5:
        out.append((_say(w, "in the bin", "into the bin"), Rel("in_bin", b), BIN))
    if "place" in kinds:
        for p in PLACES:
            if p == "middle":
                phrase = _say(w, "in the middle of the table", "in the middle")
            else:
                phrase = _say(w, f"in the {p}", f"in the {p} of the table")
            out.append((phrase, Rel("at", b, p), p))
    if "bowl" in kinds:
        if rel_bowl:
            for bowl, phrase in _bowl_refs(w, avoid=(b,)):
                if _fits_bowl(s, b, bowl):
                    out.append(
                        (
                            _say(w, f"in {phrase}", f"into {phrase}"),
                            Rel("in", b, bowl),
                            bowl,
                        )
                    )
        else:
            for bowl in s.bowls:
                if _fits_bowl(s, b, bowl):
                    out.append(
                        (
                            _say(w, f"in the {bowl}", f"into the {bowl}"),
                            Rel("in", b, bowl),
                            bowl,
                        )
                    )
    if "block" in kinds:
        if rel_block:
            for c, phrase in _refs(w, _CLEAR_KINDS, casual):
                if _can_stack(s, b, c) and s.support[b] != c:
                    out.append(
                        (
                            _say(w, f"on top of {phrase}", f"on {phrase}"),
                            Rel("on", b, c),
                            c,
                        )
                    )
        else:
            for c in s.blocks:
                if _can_stack(s, b, c) and s.support[b] != c:
                    out.append(
                        (
                            _say(
                                w,
                                f"on top of {_n(w, c, casual)}",
                                f"on {_n(w, c, casual)}",
                            ),
                            Rel("on", b, c),
                            c,
                        )
                    )
    if "table" in kinds and s.support[b] not in (TABLE, *PLACES):
        out.append(
            (_say(w, "on the table", "down on the table"), Rel("on_table", b), TABLE)
        )
    return out


def _dest(
    w: World, b: str, kinds: tuple[str, ...], **kw: bool
) -> tuple[str, Rel, str] | None:
    found = _dests(w, b, kinds, **kw)
    return w.rng.choice(found) if found else None


def _to(where: str) -> str:
    """A destination after a verb of motion ("move", "relocate"): "to the corner", "into the bowl"."""
    for a, b in (
        ("in the middle", "to the middle"),
        ("in the bin", "into the bin"),
        ("in the ", "into the "),
    ):
        if where.startswith(a):
            where = b + where[len(a) :]
            break
    for p in _CORNERS:
        where = where.replace(f"into the {p}", f"to the {p}")
    return where


def _matching_bowl(w: World, b: str) -> str | None:
    s = w.state
    bowl = next((x for x in s.bowls if w.colour(x) == w.colour(b)), None)
    return bowl if bowl is not None and _fits_bowl(s, b, bowl) else None


# ----- checks -----------------------------------------------------------------------------------------
def _hand_free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(*want: Rel, extra: tuple[Check, ...] = ()) -> Check:
    return both(rels(*want), _hand_free, *extra)


def _made(w: World, text: str, check: Check, *moves: tuple[str, str]) -> Made:
    """The instance; `moves` (block, target) are the intended moves, kept on the check for the self-check.
    An instance whose goal already holds is dropped."""
    if getattr(check, "answer_prefix", None) is None and check(w.state, w.state):
        return None
    check.moves = moves  # type: ignore[attr-defined]
    return text, check


# ----- imperative -------------------------------------------------------------------------------------
def t113_imp_engineer(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("bin", "place", "bowl"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    where = _to(where)
    text = _say(
        w,
        f"Relocate {ref} {where}.",
        f"Move {ref} {where}.",
        f"Transfer {ref} {where}.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_imp_teacher(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("block", "place", "table"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"Please pick up {ref} and set it down {where}.",
        f"Now, take {ref} and place it {where}.",
        f"Let's have you put {ref} {where}, please.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_imp_parent(w: World) -> Made:
    r = _ref(w, _ANY + ("what_on", "what_in"))
    if not r:
        return None
    b, ref = r
    text = _say(
        w,
        f"Pop {ref} in the bin for me, please.",
        f"Can you put {ref} in the bin, sweetie?",
        f"Be a dear and throw {ref} in the bin.",
    )
    return _made(w, text, _goal(Rel("in_bin", b)), (b, BIN))


def t113_imp_customer(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("bowl",), rel_bowl=True)
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"Please put {ref} {where}.",
        f"Could you place {ref} {where}, please?",
        f"Put {ref} {where}, thanks.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_imp_child(w: World) -> Made:
    r = _ref(w, ("on", "under", "inbowl", "top", "near_bin"), casual=True)
    d = r and _dest(w, r[0], ("bowl", "bin"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w, f"put {ref} {where}", f"put {ref} {where} now", f"can u put {ref} {where}"
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_imp_colleague(w: World) -> Made:
    r = _ref(w, ("what_on", "what_in"))
    d = r and _dest(w, r[0], ("place", "table"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"Could you move {ref} {_to(where)}?",
        f"Hey, can you stick {ref} {where}?",
        f"Mind putting {ref} {where}?",
    )
    return _made(w, text, _goal(rel), (b, target))


# ----- declarative ------------------------------------------------------------------------------------
def t113_dec_engineer(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("bin", "place"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"{_cap(ref)} goes {where}.",
        f"{_cap(ref)} needs to end up {where}.",
        f"End state: {ref} sitting {where}.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_dec_teacher(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("bowl",))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    where = where.replace("into ", "in ")
    text = _say(
        w,
        f"{_cap(ref)} belongs {where}.",
        f"The right place for {ref} is {where}.",
        f"{_cap(ref)} ought to be {where}.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_dec_parent(w: World) -> Made:
    r = _ref(w, _ANY, casual=True)
    d = r and _dest(w, r[0], ("place",))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"{_cap(ref)} should be {where}.",
        f"{_cap(ref)} lives {where} from now on.",
        f"Okay, {ref} is supposed to be {where}.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_dec_customer(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("block",))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"{_cap(ref)} is supposed to be {where}.",
        f"My order says {ref} should sit {where}.",
        f"{_cap(ref)} should be stacked {where}.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_dec_child(w: World) -> Made:
    r = _ref(w, ("top", "near_bin", "alone", "on", "inbowl", "only_bowl"), casual=True)
    d = r and _dest(w, r[0], ("bin", "bowl"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w, f"{ref} goes {where}", f"{ref} has to go {where}", f"{ref} is going {where}"
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_dec_colleague(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("bowl",), rel_bowl=True)
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    bowl_phrase = where.split(" ", 1)[1]
    text = _say(
        w,
        f"{_cap(bowl_phrase)} is where {ref} should go.",
        f"{_cap(ref)} should really be {where}.",
        f"Just so you know, {ref} goes {where}.",
    )
    return _made(w, text, _goal(rel), (b, target))


# ----- desiderative -----------------------------------------------------------------------------------
def t113_des_engineer(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("bin", "place", "bowl"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"I need {ref} moved {_to(where)}.",
        f"I'd want {ref} relocated {_to(where)}.",
        f"Requirement: I want {ref} {where}.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_des_teacher(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("block",), rel_block=True)
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"I'd like you to put {ref} {where}.",
        f"What I'd like now is {ref} {where}.",
        f"I want to see {ref} {where}, please.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_des_parent(w: World) -> Made:
    r = _ref(w, _ANY + ("what_on", "what_in"))
    if not r:
        return None
    b, ref = r
    text = _say(
        w,
        f"I want {ref} in the bin, please.",
        f"I'd really like {ref} put away in the bin.",
        f"Honey, I'd love it if {ref} went in the bin.",
    )
    return _made(w, text, _goal(Rel("in_bin", b)), (b, BIN))


def t113_des_customer(w: World) -> Made:
    r = _ref(w)
    d = r and _dest(w, r[0], ("bowl",), rel_bowl=True)
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    where = where.replace("into ", "in ")
    text = _say(
        w,
        f"I'd like {ref} placed {where}, please.",
        f"What I want is {ref} {where}.",
        f"I'd prefer {ref} {where}, if that's possible.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_des_child(w: World) -> Made:
    r = _ref(w, ("on", "under", "inbowl", "near_bin", "top", "alone"), casual=True)
    d = r and _dest(w, r[0], ("place", "bin"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"i want {ref} {where}",
        f"i wanna see {ref} {where}!",
        f"i want {ref} to be {where} pls",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_des_colleague(w: World) -> Made:
    r = _ref(
        w, ("on", "inbowl", "only_bowl", "top", "near_bin", "alone", "under", "what_on")
    )
    d = r and _dest(w, r[0], ("block",), rel_block=True)
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"It'd be great if {ref} ended up {where}.",
        f"Ideally {ref} would be sitting {where}.",
        f"I'd love {ref} to be {where}, if you get a sec.",
    )
    return _made(w, text, _goal(rel), (b, target))


# ----- quantified -------------------------------------------------------------------------------------
def t113_qua_engineer(w: World) -> Made:
    s = w.state
    stacked = [b for b in s.blocks if s.support[b] in s.support]
    if not stacked:
        return None
    text = _say(
        w,
        "Move every block that's sitting on another block onto the table.",
        "Take each block that rests on top of another block and put it on the table.",
        "Unstack: every block currently on another block goes down on the table.",
    )
    return _made(
        w,
        text,
        _goal(*(Rel("on_table", b) for b in stacked)),
        *((b, TABLE) for b in reversed(stacked)),
    )


def t113_qua_teacher(w: World) -> Made:
    s = w.state
    in_bowls = s.in_bowls()
    tall = _tallest(s)
    if 2 <= len(in_bowls) <= 5 and (not tall or w.rng.random() < 0.5):
        text = _say(
            w,
            "Please put all the blocks that are in bowls into the bin.",
            "Every block that's sitting in a bowl goes in the bin, please.",
            "Let's take all the blocks out of the bowls and put them in the bin.",
        )
        return _made(
            w,
            text,
            _goal(*(Rel("in_bin", b) for b in in_bowls)),
            *((b, BIN) for b in in_bowls),
        )
    if not tall:
        return None
    tw = (
        "the tallest tower"
        if len(_towers(s)) > 1
        else _say(w, "the tower", "the stack")
    )
    p = w.rng.choice(_CORNERS)
    text = _say(
        w,
        f"Please move all the blocks of {tw} to the {p}.",
        f"Every block in {tw} should go to the {p}, please.",
    )
    return _made(
        w, text, _goal(*(Rel("at", b, p) for b in tall)), *((b, p) for b in tall)
    )


def t113_qua_parent(w: World) -> Made:
    s = w.state
    r = _ref(
        w,
        ("bottom", "inbowl", "only_bowl", "under", "other"),
        ok=lambda b: not s.is_clear(b),
    )
    if not r:
        return None
    x, ref = r
    text = _say(
        w,
        f"Take everything off {ref}, please.",
        f"Can you get all the blocks off {ref}, sweetie?",
        f"Clear off everything that's on {ref}.",
    )
    return _made(w, text, _goal(Rel("clear", x)), *((b, TABLE) for b in s.above(x)))


def t113_qua_customer(w: World) -> Made:
    s = w.state
    tall = _tallest(s)
    loose = _loose(s)
    if (not tall or w.rng.random() < 0.4) and 2 <= len(loose) <= 5:
        text = _say(
            w,
            "I'd like every block that's sitting on its own on the table moved into the bin.",
            "Please put all the blocks that are by themselves on the table, not stacked, in the bin.",
        )
        return _made(
            w,
            text,
            _goal(*(Rel("in_bin", b) for b in loose)),
            *((b, BIN) for b in loose),
        )
    if not tall:
        return None
    tw = (
        "the tallest tower"
        if len(_towers(s)) > 1
        else _say(w, "the tower", "the stack")
    )
    text = _say(
        w,
        f"I'd like all the blocks in {tw} moved into the bin.",
        f"Please put every block from {tw} in the bin.",
        f"Could the whole of {tw} go in the bin, every block of it?",
    )
    return _made(
        w,
        text,
        _goal(*(Rel("in_bin", b) for b in tall)),
        *((b, BIN) for b in reversed(tall)),
    )


def t113_qua_child(w: World) -> Made:
    s = w.state
    r = _ref(
        w,
        ("bottom", "inbowl", "under", "only_bowl"),
        casual=True,
        ok=lambda b: not s.is_clear(b),
    )
    if r and w.rng.random() < 0.5:
        x, ref = r
    else:
        bases = [b for b in s.blocks if not s.is_clear(b)]
        if not bases:
            return None
        x = w.rng.choice(bases)
        ref = _n(w, x, casual=True)
    above = s.above(x)
    text = _say(
        w,
        f"put everything thats on top of {ref} in the bin",
        f"put all the blocks on {ref} in the bin",
        f"all the stuff on {ref} goes in the bin",
    )
    return _made(
        w, text, _goal(*(Rel("in_bin", b) for b in above)), *((b, BIN) for b in above)
    )


def t113_qua_colleague(w: World) -> Made:
    s = w.state
    found = _bowl_refs(w)
    found = [(bowl, phrase) for bowl, phrase in found if s.in_bowl(bowl)]
    if not found:
        return None
    bowl, phrase = w.rng.choice(found)
    text = _say(
        w,
        f"Could you take everything out of {phrase}?",
        f"Can you empty out {phrase} for me?",
        f"Mind clearing every block out of {phrase}?",
    )
    check = both(lambda _i, f: not f.in_bowl(bowl), _hand_free)
    return _made(w, text, check, *((b, TABLE) for b in reversed(s.in_bowl(bowl))))


# ----- negated ----------------------------------------------------------------------------------------
def t113_neg_engineer(w: World) -> Made:
    s = w.state
    r = _ref(w)
    d = r and _dest(w, r[0], ("bin", "place", "bowl"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    others = [
        k for k in s.blocks if k != b and k not in s.above(b) and s.support[k] != BIN
    ]
    if not others:
        return None
    k = w.rng.choice(others)
    krefs = [p for x, p in _refs(w, _ANY) if x == k and p not in ref]
    kname = w.rng.choice(krefs) if krefs and w.rng.random() < 0.5 else f"the {k}"
    text = _say(
        w,
        f"Move {ref} {_to(where)}; do not move {kname}.",
        f"Relocate {ref} {_to(where)} without moving {kname}.",
        f"Put {ref} {where}. Constraint: {kname} must not move.",
    )
    return _made(w, text, _goal(rel, extra=(kept(k),)), (b, target))


def t113_neg_teacher(w: World) -> Made:
    s = w.state
    r = _ref(w)
    if not r:
        return None
    b, ref = r
    others = [x for x in s.blocks if x != b]
    if not 2 <= len(others) <= 5:
        return None
    text = _say(
        w,
        f"Please put every block except {ref} in the bin.",
        f"All the blocks go in the bin, apart from {ref}.",
        f"Put all the blocks but {ref} into the bin.",
    )
    check = _goal(
        *(Rel("in_bin", x) for x in others), extra=(lambda _i, f: f.base(b) != BIN,)
    )
    return _made(w, text, check, *((x, BIN) for x in others))


def t113_neg_parent(w: World) -> Made:
    r = _ref(w, _ANY, casual=True)
    d = r and _dest(w, r[0], ("bowl",))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"Don't put {ref} in the bin, put it {where} instead.",
        f"Not the bin! {_cap(ref)} goes {where}.",
        f"Please don't throw {ref} away; put it {where}.",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_neg_customer(w: World) -> Made:
    s = w.state
    r = _ref(w, ("inbowl", "only_bowl", "other"))
    if not r:
        return None
    b, ref = r
    bowl = s.base(b)
    text = _say(
        w,
        f"Please take {ref} out of its bowl, but don't put it in the bin.",
        f"I'd like {ref} out of that bowl. Not in the bin, though.",
        f"Could you get {ref} out of the bowl without binning it?",
    )
    check = both(lambda _i, f: f.base(b) not in (bowl, BIN, GRIPPER), _hand_free)
    return _made(w, text, check, (b, TABLE))


def t113_neg_child(w: World) -> Made:
    s = w.state
    r = _ref(
        w,
        ("on", "inbowl", "top", "only_bowl", "other"),
        casual=True,
        ok=lambda b: s.support[b] != TABLE,
    )
    if not r:
        return None
    b, ref = r
    text = _say(
        w,
        f"put {ref} on the table but not in a corner",
        f"put {ref} on the table. not in the corners!!",
        f"i want {ref} on the table and not in any corner",
    )
    check = _goal(
        Rel("on_table", b), extra=(lambda _i, f: f.support[b] not in _CORNERS,)
    )
    return _made(w, text, check, (b, TABLE))


def t113_neg_colleague(w: World) -> Made:
    r = _ref(w, ("on",))
    if not r:
        return None
    b, ref = r
    x = w.state.support[b]
    text = _say(
        w,
        f"Can you get {ref} off it, just not into the bin?",
        f"Could you take {ref} off the {x}? Don't bin it, though.",
        f"Lift {ref} off the {x} and put it anywhere except the bin.",
    )
    check = both(
        lambda _i, f: f.support[b] != x and f.base(b) not in (BIN, GRIPPER), _hand_free
    )
    return _made(w, text, check, (b, TABLE))


# ----- relative ---------------------------------------------------------------------------------------
def t113_rel_engineer(w: World) -> Made:
    r = _ref(w, _ANY, relative=True)
    if not r:
        return None
    b, ref = r
    found = [
        (bowl, p)
        for bowl, p in _bowl_refs(w, avoid=(b,), relative=True)
        if _fits_bowl(w.state, b, bowl)
    ]
    if not found:
        return None
    bowl, where = w.rng.choice(found)
    text = _say(
        w,
        f"Place {ref} into {where}.",
        f"Move {ref} to {where}.",
        f"Transfer {ref} into {where}.",
    )
    return _made(w, text, _goal(Rel("in", b, bowl)), (b, bowl))


def t113_rel_teacher(w: World) -> Made:
    r = _ref(w, ("on", "under", "inbowl", "near_bin", "top", "bottom"), relative=True)
    d = r and _dest(w, r[0], ("place",))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"Please pick up {ref} and put it {where}.",
        f"Find {ref}, and move it {_to(where)}.",
        f"Can you move {ref} {_to(where)}, please?",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_rel_parent(w: World) -> Made:
    r = _ref(
        w,
        ("alone", "near_bin", "only_bowl", "not_bowl", "top", "under", "inbowl"),
        relative=True,
    )
    if not r:
        return None
    b, ref = r
    text = _say(
        w,
        f"Put {ref} in the bin, please.",
        f"Could you throw {ref} in the bin for me?",
        f"Go on, put {ref} in the bin.",
    )
    return _made(w, text, _goal(Rel("in_bin", b)), (b, BIN))


def t113_rel_customer(w: World) -> Made:
    r = _ref(w, _ANY, relative=True)
    if not r:
        return None
    b, ref = r
    s = w.state
    found = [
        (c, p)
        for c, p in _refs(w, _CLEAR_KINDS, relative=True)
        if _can_stack(s, b, c) and s.support[b] != c
    ]
    if not found:
        return None
    c, where = w.rng.choice(found)
    text = _say(
        w,
        f"Could you put {ref} on top of {where}?",
        f"I'd like {ref} stacked on {where}.",
        f"Please set {ref} on {where}.",
    )
    return _made(w, text, _goal(Rel("on", b, c)), (b, c))


def t113_rel_child(w: World) -> Made:
    r = _ref(w, ("under", "on", "inbowl", "near_bin"), casual=True, relative=True)
    d = r and _dest(w, r[0], ("bin", "bowl"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    text = _say(
        w,
        f"put {ref} {where}",
        f"can you put {ref} {where}",
        f"{ref} has to go {where}",
    )
    return _made(w, text, _goal(rel), (b, target))


def t113_rel_colleague(w: World) -> Made:
    s = w.state
    tall = _tallest(s)
    if not tall or len(tall) >= layout.MAX_TOWER:
        return None
    top = tall[-1]
    r = _ref(
        w,
        (
            "inbowl",
            "near_bin",
            "alone",
            "only_bowl",
            "not_bowl",
            "other",
            "on",
            "under",
        ),
        relative=True,
        ok=lambda b: b not in tall and _can_stack(s, b, top),
    )
    if not r:
        return None
    b, ref = r
    tw = "the tallest tower" if len(_towers(s)) > 1 else "the tower"
    text = _say(
        w,
        f"Can you stack {ref} on the block that's at the top of {tw}?",
        f"Could you put {ref} on top of {tw}?",
        f"Mind adding {ref} to the top of {tw}?",
    )
    return _made(w, text, _goal(Rel("on", b, top)), (b, top))


# ----- keep -------------------------------------------------------------------------------------------
def _keepable(s: SymState, k: str, x: str) -> bool:
    """k can stay where it is while x moves."""
    return k != x and k not in s.above(x) and s.support[k] not in (BIN, GRIPPER)


def t113_keep_engineer(w: World) -> Made:
    s = w.state
    r = _ref(w)
    if not r:
        return None
    k, ref = r
    xs = [
        x for x in s.blocks if _keepable(s, k, x) and s.support[x] not in (BIN, GRIPPER)
    ]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _say(
        w,
        f"Put the {x} in the bin but keep {ref} where it is.",
        f"Move the {x} into the bin; {ref} stays put.",
        f"Bin the {x}. Keep {ref} in its current position.",
    )
    return _made(w, text, _goal(Rel("in_bin", x), extra=(kept(k),)), (x, BIN))


def t113_keep_teacher(w: World) -> Made:
    s = w.state
    r = _ref(w)
    d = r and _dest(w, r[0], ("place", "bowl", "block"))
    if not r or not d:
        return None
    (b, ref), (where, rel, target) = r, d
    ks = [k for k in s.blocks if _keepable(s, k, b) and k != target]
    if not ks:
        return None
    k = w.rng.choice(ks)
    text = _say(
        w,
        f"Move {ref} {_to(where)}, and leave the {k} exactly where it is.",
        f"Put {ref} {where}, but keep the {k} where it is.",
        f"Please place {ref} {where}; the {k} should stay right where it is.",
    )
    return _made(w, text, _goal(rel, extra=(kept(k),)), (b, target))


def t113_keep_parent(w: World) -> Made:
    s = w.state
    r = _ref(w, ("what_on", "what_in"))
    if not r:
        return None
    k, ref = r
    xs = [
        x for x in s.blocks if _keepable(s, k, x) and s.support[x] not in (BIN, GRIPPER)
    ]
    if not xs:
        return None
    x = w.rng.choice(xs)
    d = _dest(w, x, ("bowl", "bin"))
    if not d:
        return None
    where, rel, target = d
    text = _say(
        w,
        f"Put the {x} {where}, and leave {ref} alone.",
        f"Leave {ref} where it is, sweetie, and put the {x} {where}.",
        f"Don't touch {ref}; just put the {x} {where}.",
    )
    return _made(w, text, _goal(rel, extra=(kept(k),)), (x, target))


def t113_keep_customer(w: World) -> Made:
    s = w.state
    r = _ref(w)
    if not r:
        return None
    k, ref = r
    xs = [
        x for x in s.blocks if _keepable(s, k, x) and s.support[x] not in (BIN, GRIPPER)
    ]
    if not xs:
        return None
    x = w.rng.choice(xs)
    p = w.rng.choice(tuple(PLACES))
    where = "in the middle of the table" if p == "middle" else f"in the {p}"
    text = _say(
        w,
        f"Please keep {ref} where it is and put the {x} {where}.",
        f"I'd like the {x} {where}, but {ref} has to stay where it is.",
        f"Put the {x} {where}, please, and don't move {ref}.",
    )
    return _made(w, text, _goal(Rel("at", x, p), extra=(kept(k),)), (x, p))


def t113_keep_child(w: World) -> Made:
    s = w.state
    r = _ref(w, ("on", "inbowl", "top", "near_bin", "under"), casual=True)
    if not r:
        return None
    k, ref = r
    xs = [
        x for x in s.blocks if _keepable(s, k, x) and s.support[x] not in (BIN, GRIPPER)
    ]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _say(
        w,
        f"dont move {ref}!! put the {x} in the bin",
        f"put the {x} in the bin but {ref} stays there ok",
        f"leave {ref} where it is and put the {x} in the bin",
    )
    return _made(w, text, _goal(Rel("in_bin", x), extra=(kept(k),)), (x, BIN))


def t113_keep_colleague(w: World) -> Made:
    s = w.state
    r = _ref(w, ("inbowl", "only_bowl", "other", "what_in"))
    if not r:
        return None
    k, ref = r
    bowl = s.base(k)
    xs = [
        x
        for x in s.blocks
        if _keepable(s, k, x)
        and _fits_bowl(s, x, bowl)
        and s.support[x] not in (BIN, GRIPPER)
    ]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _say(
        w,
        f"Leave {ref} where it is and put the {x} in that same bowl.",
        f"Could you put the {x} in with {ref}? Don't move that one itself, though.",
        f"Keep {ref} in place and drop the {x} into that bowl too.",
    )
    return _made(w, text, _goal(Rel("in", x, bowl), extra=(kept(k),)), (x, bowl))


# ----- multi-step -------------------------------------------------------------------------------------
def t113_multi_engineer(w: World) -> Made:
    r1 = _ref(w)
    if not r1:
        return None
    b1, ref1 = r1
    r2 = _ref(w, tuple(k for k in _ANY if k != "other"), ok=lambda b: b != b1)
    if not r2:
        return None
    b2, ref2 = r2
    p = w.rng.choice(tuple(PLACES))
    where = "in the middle of the table" if p == "middle" else f"in the {p}"
    text = _say(
        w,
        f"First move {ref1} to the bin, then place {ref2} {where}.",
        f"Step one: {ref1} into the bin. Step two: {ref2} {where}.",
        f"Bin {ref1}, and after that put {ref2} {where}.",
    )
    return _made(
        w, text, _goal(Rel("in_bin", b1), Rel("at", b2, p)), (b1, BIN), (b2, p)
    )


def t113_multi_teacher(w: World) -> Made:
    s = w.state
    r1 = _ref(w, ("inbowl", "on", "near_bin", "alone", "top", "under"))
    if not r1:
        return None
    b1, ref1 = r1
    b2 = w.rng.choice(
        [b for b in s.blocks if b != b1 and s.support[b] not in (BIN, GRIPPER)]
    )
    p = w.rng.choice(tuple(PLACES))
    where = "in the middle of the table" if p == "middle" else f"in the {p}"
    text = _say(
        w,
        f"First put {ref1} {where}, then put the {b2} on top of it.",
        f"Let's put {ref1} {where}, and then stack the {b2} on it.",
        f"Take {ref1} and set it {where}. Next, place the {b2} on top of it.",
    )
    return _made(w, text, _goal(Rel("at", b1, p), Rel("on", b2, b1)), (b1, p), (b2, b1))


def t113_multi_parent(w: World) -> Made:
    s = w.state
    r = _ref(w, ("inbowl", "other", "only_bowl"))
    if not r:
        return None
    b, ref = r
    bowl = s.base(b)
    xs = [
        x
        for x in s.blocks
        if x != b and s.base(x) != bowl and s.support[x] not in (BIN, GRIPPER)
    ]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _say(
        w,
        f"Take {ref} out and put it on the table, then put the {x} in the {bowl}.",
        f"First {ref} comes out onto the table, and then the {x} goes in the {bowl}.",
        f"Put {ref} on the table, sweetie, and after that pop the {x} into the {bowl}.",
    )
    check = _goal(Rel("on_table", b), Rel("in", x, bowl))
    return _made(w, text, check, (b, TABLE), (x, bowl))


def t113_multi_customer(w: World) -> Made:
    s = w.state
    r = _ref(w)
    if not r:
        return None
    b, ref = r
    found = [
        (bowl, p) for bowl, p in _bowl_refs(w, avoid=(b,)) if _fits_bowl(s, b, bowl)
    ]
    zs = [z for z in s.blocks if z != b and s.support[z] not in (BIN, GRIPPER)]
    if not found or not zs:
        return None
    bowl, where = w.rng.choice(found)
    z = w.rng.choice(zs)
    text = _say(
        w,
        f"Please put {ref} into {where}, and then put the {z} on top of it.",
        f"I'd like {ref} moved into {where}, with the {z} stacked on it afterwards.",
        f"Could you put {ref} in {where}? Then the {z} goes on top of it.",
    )
    return _made(w, text, _goal(Rel("in", b, bowl), Rel("on", z, b)), (b, bowl), (z, b))


def t113_multi_child(w: World) -> Made:
    s = w.state
    pairs = [(b, x) for b, x in w.pairs() if s.above(x) == [b]]
    if not pairs:
        return None
    b, x = w.rng.choice(pairs)
    cs = [c for c in s.blocks if c not in (b, x) and _can_stack(s, x, c)]
    if not cs:
        return None
    c = w.rng.choice(cs)
    xn = _n(w, x, casual=True)
    xn2 = f"the {w.colour(x)} one" if xn == f"the {x}" else f"the {x}"
    cn = _n(w, c, casual=True)
    text = _say(
        w,
        f"first put the block on top of {xn} in the bin and then put {xn2} on {cn}",
        f"put the one thats on {xn} in the bin then put {xn2} on top of {cn}",
        f"take the block off {xn} and put it in the bin, then {xn2} goes on {cn}",
    )
    return _made(w, text, _goal(Rel("in_bin", b), Rel("on", x, c)), (b, BIN), (x, c))


def t113_multi_colleague(w: World) -> Made:
    s = w.state
    pairs = [(b, x) for b, x in w.pairs() if s.above(x) == [b]]
    if not pairs:
        return None
    b, x = w.rng.choice(pairs)
    ref = _say(w, f"the block off the {x}", f"whatever is on the {x}")
    text = _say(
        w,
        f"Take {ref}, set it on the table, and then stack the {x} on top of it.",
        f"Could you move {ref} down to the table and then put the {x} on it?",
        f"Swap them round: put {ref} on the table first, then the {x} on top of it.",
    )
    return _made(
        w, text, _goal(Rel("on_table", b), Rel("on", x, b)), (b, TABLE), (x, b)
    )


# ----- questions --------------------------------------------------------------------------------------
def t113_q_engineer(w: World) -> Made:
    s = w.state
    found: list[tuple[str, str]] = []
    for b, x in w.pairs():
        if s.is_clear(b):
            found.append(
                (
                    b,
                    _say(
                        w,
                        f"Which block is resting on the {x}?",
                        f"Identify the block on top of the {x}.",
                    ),
                )
            )
        if x in s.support and s.support[x] not in s.support:
            found.append(
                (
                    x,
                    _say(
                        w,
                        f"Which block is directly under the {b}?",
                        f"Identify the block beneath the {b}.",
                    ),
                )
            )
    near = _near_bin(w)
    if near:
        found.append(
            (
                near,
                _say(
                    w,
                    "Which block is nearest the bin?",
                    "Identify the block closest to the bin.",
                ),
            )
        )
    tall = _tallest(s)
    if tall and len(_towers(s)) > 1:
        found.append((tall[-1], "Which block is at the top of the tallest tower?"))
    if not found:
        return None
    b, text = w.rng.choice(found)
    return _made(w, text, answered(b))


def t113_q_teacher(w: World) -> Made:
    s = w.state
    found: list[tuple[str, str]] = []
    for bowl in s.bowls:
        inside = s.in_bowl(bowl)
        if len(inside) == 1:
            found.append(
                (
                    inside[0],
                    _say(
                        w,
                        f"Can you tell me which block is in the {bowl}?",
                        f"What's sitting in the {bowl}?",
                    ),
                )
            )
    for x in s.in_bowls():
        found.append(
            (
                s.base(x),
                _say(
                    w,
                    f"Which bowl is the {x} in?",
                    f"Can you tell me which bowl has the {x} in it?",
                ),
            )
        )
    if not found:
        return None
    answer, text = w.rng.choice(found)
    return _made(w, text, answered(answer))


def t113_q_parent(w: World) -> Made:
    s = w.state
    r = _ref(w, ("on", "under", "inbowl", "near_bin", "top"))
    if not r:
        return None
    b, ref = r
    wrong = [x for x in s.blocks if x != b and x not in ref]
    guess = b if not wrong or w.rng.random() < 0.5 else w.rng.choice(wrong)
    text = _say(
        w,
        f"Is {ref} the {guess}?",
        f"Sweetie, is {ref} the {guess}?",
        f"Tell me, is the {guess} {ref}?",
    )
    return _made(w, text, answered(yes(guess == b)))


def t113_q_customer(w: World) -> Made:
    s = w.state
    found = [
        (bowl, p)
        for bowl, p in _bowl_refs(w)
        if "nothing" not in p and "empty" not in p
    ]
    if not found:
        return None
    bowl, phrase = w.rng.choice(found)
    n = len(s.in_bowl(bowl))
    text = _say(
        w,
        f"How many blocks are in {phrase}?",
        f"Could you tell me how many blocks {phrase} holds?",
        f"How many blocks are sitting in {phrase}, please?",
    )
    return _made(w, text, answered(str(n)))


def t113_q_child(w: World) -> Made:
    r = _ref(w, ("under", "on", "inbowl", "near_bin", "top"), casual=True)
    if not r or w.colour(r[0]) in r[1]:
        return None
    b, ref = r
    text = _say(
        w, f"what colour is {ref}?", f"what color is {ref}", f"which colour is {ref}??"
    )
    return _made(w, text, answered(w.colour(b)))


def t113_q_colleague(w: World) -> Made:
    s = w.state
    r = _ref(w, ("inbowl", "near_bin", "on", "other", "only_bowl", "alone", "bottom"))
    if not r:
        return None
    b, ref = r
    text = _say(
        w,
        f"Is there anything on top of {ref}?",
        f"Quick one: is anything sitting on {ref}?",
        f"Has {ref} got anything stacked on it?",
    )
    return _made(w, text, answered(yes(not s.is_clear(b))))


# ----- matching ---------------------------------------------------------------------------------------
def t113_match_engineer(w: World) -> Made:
    r = _ref(
        w, _ANY + ("what_on", "what_in"), ok=lambda b: _matching_bowl(w, b) is not None
    )
    if not r:
        return None
    b, ref = r
    bowl = _matching_bowl(w, b)
    assert bowl is not None
    text = _say(
        w,
        f"Move {ref} into the bowl of matching colour.",
        f"Sort {ref} into its colour-matched bowl.",
        f"Put {ref} in the bowl whose colour matches it.",
    )
    return _made(w, text, _goal(Rel("in", b, bowl)), (b, bowl))


def t113_match_teacher(w: World) -> Made:
    r = _ref(w, _ANY, ok=lambda b: _matching_bowl(w, b) is not None)
    if not r:
        return None
    b, ref = r
    bowl = _matching_bowl(w, b)
    assert bowl is not None
    text = _say(
        w,
        f"Put {ref} into the bowl that's the same colour as it.",
        f"Can you find the bowl that matches {ref} and put the block in it?",
        f"Please put {ref} in the bowl of the same colour.",
    )
    return _made(w, text, _goal(Rel("in", b, bowl)), (b, bowl))


def t113_match_parent(w: World) -> Made:
    s = w.state
    found = []
    for bowl, phrase in _bowl_refs(w):
        b = next((x for x in s.blocks if w.colour(x) == w.colour(bowl)), None)
        if (
            b is not None
            and _fits_bowl(s, b, bowl)
            and s.support[b] not in (BIN, GRIPPER)
            and b not in phrase
        ):
            found.append((b, bowl, phrase))
    if not found:
        return None
    b, bowl, phrase = w.rng.choice(found)
    text = _say(
        w,
        f"Find the block that's the same colour as {phrase} and put it in there.",
        f"Put the block that matches {phrase} into that bowl, sweetie.",
        f"The block with the same colour as {phrase} goes in it.",
    )
    return _made(w, text, _goal(Rel("in", b, bowl)), (b, bowl))


def t113_match_customer(w: World) -> Made:
    r = _ref(
        w, _ANY + ("what_on", "what_in"), ok=lambda b: _matching_bowl(w, b) is not None
    )
    if not r:
        return None
    b, ref = r
    bowl = _matching_bowl(w, b)
    assert bowl is not None
    text = _say(
        w,
        f"I'd like {ref} put in the bowl that matches its colour, please.",
        f"Could {ref} go into the bowl of the same colour?",
        f"Please move {ref} to the bowl that's its colour.",
    )
    return _made(w, text, _goal(Rel("in", b, bowl)), (b, bowl))


def t113_match_child(w: World) -> Made:
    r = _ref(
        w,
        ("on", "under", "inbowl", "near_bin", "top", "alone", "only_bowl"),
        casual=True,
        ok=lambda b: _matching_bowl(w, b) is not None,
    )
    if not r:
        return None
    b, ref = r
    bowl = _matching_bowl(w, b)
    assert bowl is not None
    text = _say(
        w,
        f"put {ref} in the bowl thats the same colour as it",
        f"put {ref} in its matching bowl",
        f"{ref} goes in the bowl with the same color",
    )
    return _made(w, text, _goal(Rel("in", b, bowl)), (b, bowl))


def t113_match_colleague(w: World) -> Made:
    r = _ref(
        w, _ANY + ("what_on", "what_in"), ok=lambda b: _matching_bowl(w, b) is not None
    )
    if not r:
        return None
    b, ref = r
    bowl = _matching_bowl(w, b)
    assert bowl is not None
    text = _say(
        w,
        f"Can you sort {ref} into its matching bowl?",
        f"Could you move {ref} over to the bowl that's the same colour?",
        f"Would you put {ref} in the bowl that matches it, colour-wise?",
    )
    return _made(w, text, _goal(Rel("in", b, bowl)), (b, bowl))


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
_STYLES = ("engineer", "teacher", "parent", "customer", "child", "colleague")
FRESH113: list[Template] = [
    (f"t113_{short}_{style}", category, globals()[f"t113_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
