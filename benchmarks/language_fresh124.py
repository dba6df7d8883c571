"""`FRESH124`, the hundred-and-twenty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: requests written in structured formats, as people paste them from notes, tickets, chats and tools. A developer
drops a JSON or YAML snippet, a project manager sends a numbered checklist or an email with a subject line, a support
desk files a ticket with an acceptance line, a lab notebook lists key: value lines, a chat message uses arrows and
emoji bullets. Real newlines separate the lines, as they would in the pasted text.

- bullets: markdown and emoji bullet lists ("- red block -> bin").
- numbered: numbered checklists and to-do boxes ("1. put the red block on the green block").
- keyvalue: key: value lines from notes and forms ("object: red block" then "target: blue bowl" on the next line).
- arrows: arrows, symbols and table-like rows ("red => bin; green => on top of yellow").
- ticket: support tickets and emails ("Task #42 - Summary: ... Acceptance: ...", "Subject: ...").
- snippet: JSON-ish and YAML-ish snippets by programmers ('{"action": "move", "object": "red block", "into": "bin"}').

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(While writing it the tester ran `grep -n "line-length" pyproject.toml`, which printed nothing.)

Its first run (300 instructions, seed 0, on ca29ee0, after every fix before it and before anything it could prompt):
0.63 goal-correct (189 of 300), 91 refused, 11 asked, 9 wrong, four of them actions: a YAML list under 'frozen:' moved
its blocks to the place named above it (twice); a JSON request's '"exclude": ["white bowl"]' was dropped and the block
put in the white bowl; a 'query:' block with 'count: blocks' and 'where: W' put blocks into W; five wrong replies ('Q1)
how many blocks do you see altogether?', a ticket's subject line read as a question).
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
from sim.core.lexicon import BIN, GRIPPER, PLACES
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

ALL_KINDS = ("bin", "bowl", "place", "block")
FLAT_KINDS = ("bin", "bowl", "place")


# ----- helpers --------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """The goal holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _height(s: SymState, b: str) -> int:
    """Blocks from the bottom of `b`'s tower up to and including `b`."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _in_bin(s: SymState) -> int:
    return sum(s.base(b) == BIN for b in s.blocks)


def _kind(s: SymState, d: str) -> str:
    if d == BIN:
        return "bin"
    if d in PLACES:
        return "place"
    if d in s.bowls:
        return "bowl"
    return "block"


def _can(s: SymState, b: str, d: str) -> bool:
    """Whether clear block `b` can be put on target `d` in one move without disturbing anything else."""
    if (
        b not in s.support
        or b == d
        or not s.is_clear(b)
        or s.base(b) in (BIN, GRIPPER)
        or s.support[b] == d
    ):
        return False
    k = _kind(s, d)
    if k == "bin":
        return _in_bin(s) < 5
    if k == "place":
        return s.base(b) != d and sum(s.base(x) == d for x in s.blocks) < 4
    if k == "bowl":
        return s.base(b) != d and _room(s, d) >= 1
    return (
        s.is_clear(d)
        and s.base(d) not in (BIN, GRIPPER)
        and _height(s, d) < layout.MAX_TOWER
    )


def _apply(s: SymState, b: str, d: str) -> SymState:
    s2 = s.copy()
    s2.support[b] = d
    return s2


def _rel(s: SymState, b: str, d: str) -> Rel:
    k = _kind(s, d)
    if k == "bin":
        return Rel("in_bin", b)
    if k == "place":
        return Rel("at", b, d)
    if k == "bowl":
        return Rel("in", b, d)
    return Rel("on", b, d)


def _targets(s: SymState, kinds: tuple[str, ...]) -> dict[str, list[str]]:
    out = {
        "bin": [BIN],
        "place": list(PLACES),
        "bowl": list(s.bowls),
        "block": list(s.blocks),
    }
    return {k: out[k] for k in kinds}


def _move(
    w: World,
    kinds: tuple[str, ...] = ALL_KINDS,
    s: SymState | None = None,
    avoid: tuple[str, ...] = (),
) -> tuple[str, str] | None:
    """A random feasible move (block, target) of a clear block, the target kind drawn first."""
    s = s or w.state
    movers = [
        b
        for b in s.blocks
        if b not in avoid and s.is_clear(b) and s.base(b) not in (BIN, GRIPPER)
    ]
    w.rng.shuffle(movers)
    by_kind = _targets(s, kinds)
    for k in w.rng.sample(list(kinds), len(kinds)):
        for b in movers:
            ds = [d for d in by_kind[k] if d not in avoid and _can(s, b, d)]
            if ds:
                return b, w.rng.choice(ds)
    return None


def _moves(
    w: World, n: int, kinds: tuple[str, ...] = ALL_KINDS, avoid: tuple[str, ...] = ()
) -> tuple[list[tuple[str, str]], SymState] | None:
    """`n` feasible moves in a row, each of a different block, none undoing an earlier one."""
    s, out, moved = w.state, [], list(avoid)
    for _ in range(n):
        m = _move(w, kinds, s, tuple(moved))
        if m is None:
            return None
        out.append(m)
        moved.append(m[0])
        s = _apply(s, *m)
    if not all(holds(_rel(s, b, d), s) for b, d in out):
        return None
    return out, s


def _prep(w: World, d: str) -> str:
    """'into the blue bowl', 'on top of the green block', 'to the middle' ..."""
    k = _kind(w.state, d)
    if k in ("bin", "bowl"):
        return f"{w.rng.choice(['in', 'into'])} the {d}"
    if k == "place":
        return f"{w.rng.choice(['in', 'to'])} the {d}"
    return f"{w.rng.choice(['on', 'on top of', 'onto'])} the {d}"


def _at(w: World, d: str) -> str:
    """Where a block is, as a state: 'in the bin', 'on the green block', 'in the top left corner'."""
    k = _kind(w.state, d)
    if k in ("bin", "bowl"):
        return f"in the {d}"
    if k == "place":
        return f"{w.rng.choice(['in', 'at'])} the {d}"
    return f"{w.rng.choice(['on', 'on top of'])} the {d}"


def _now(w: World, b: str) -> str:
    """Where block `b` rests now."""
    s = w.state.support[b]
    if s in w.state.support:
        return f"on the {s}"
    if s in w.state.bowls:
        return f"in the {s}"
    if s in PLACES:
        return f"at the {s}"
    return "on the table"


def _bare(w: World, d: str) -> str:
    """A target as a short note would write it: 'bin', 'blue bowl', 'top left corner', 'on green block'."""
    if _kind(w.state, d) == "block":
        return w.rng.choice([f"on {d}", f"on top of {d}", f"onto the {d}"])
    return d


def _key(w: World, d: str) -> str:
    """A JSON key for the target's preposition."""
    return {"bin": "into", "bowl": "into", "place": "to", "block": "onto"}[
        _kind(w.state, d)
    ]


def _chk(w: World, moves: list[tuple[str, str]], s: SymState | None = None) -> Check:
    s = s or w.state
    return _done(rels(*(_rel(s, b, d) for b, d in moves)))


def _pairs(
    w: World, only_top: bool = False, only_bottom: bool = False
) -> list[tuple[str, str]]:
    """(top, below) pairs; `only_top`: nothing else above `below`; `only_bottom`: nothing else under `top`."""
    s = w.state
    return [
        (t, b)
        for t, b in w.pairs()
        if s.base(b) not in (BIN, GRIPPER)
        and (not only_top or s.above(b) == [t])
        and (not only_bottom or s.support[b] not in s.support)
    ]


def _flat_dest(w: World, b: str, avoid: tuple[str, ...] = ()) -> str | None:
    """A bin, bowl or place target for block `b` (which may have blocks on it: they move with the plan)."""
    s = w.state
    out = [BIN] if _in_bin(s) < 5 else []
    out += [
        bw for bw in s.bowls if s.base(b) != bw and _room(s, bw) >= 1 + len(s.above(b))
    ]
    out += list(PLACES)
    out = [d for d in out if d not in avoid]
    return w.rng.choice(out) if out else None


def _ticket(w: World) -> int:
    return w.rng.randint(12, 980)


def _name(w: World) -> str:
    return w.rng.choice(
        ["Priya", "Tom", "Dana", "Marco", "Aiko", "Sam", "Lena", "Omar"]
    )


def _single(w: World, b: str) -> bool:
    """`b` is a lone block: nothing on it, it rests on the table or a place."""
    s = w.state
    return (
        s.is_clear(b) and s.support[b] not in s.support and s.support[b] not in s.bowls
    )


def _extreme(w: World, side: str) -> str | None:
    """The block furthest to the left (or right), if it is a lone block clearly apart from every other one."""
    ys = sorted(w.blocks, key=w.y, reverse=side == "right")
    if len(ys) < 2:
        return None
    b, nxt = ys[0], ys[1]
    if not _single(w, b) or abs(w.y(b) - w.y(nxt)) < 0.05:
        return None
    return b


def _newly(bowl: str, n: int) -> Check:
    """Exactly `n` blocks were added to `bowl`, and those already there stayed in it."""

    def check(i: SymState, f: SymState) -> bool:
        before, after = set(i.in_bowl(bowl)), set(f.in_bowl(bowl))
        return before <= after and len(after - before) == n

    return check


def _base_not(b: str, *where: str) -> Check:
    return lambda _i, f: f.support[b] != GRIPPER and f.base(b) not in where


def _match_ok(w: World) -> list[Rel] | None:
    """The colour-matching goals, if at least one is not yet true and every bowl has room."""
    want = matching(w)
    s = w.state
    if not want or all(holds(r, s) for r in want):
        return None
    for r in want:
        if not holds(r, s) and _room(s, r.target) < 1 + len(s.above(r.block)):
            return None
    return want


# ----- imperative -----------------------------------------------------------------------------------
def t124_imp_bullets(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    head = w.rng.choice(["", "robot todo:\n", "for the arm:\n"])
    text = head + w.rng.choice(
        [
            f"- put the {b} {_prep(w, d)}",
            f"* {b}: move it {_prep(w, d)}",
            f"\N{BULLET} please move the {b} {_prep(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_imp_numbered(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"[ ] put the {b} {_prep(w, d)}",
            f"1. Pick up the {b} and place it {_prep(w, d)}.",
            f"TODO\n[ ] {b} {_prep(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_imp_keyvalue(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"object: {b}\ntarget: {_bare(w, d)}",
            f"action: move\nitem: {b}\nto: {_prep(w, d).split(' ', 1)[1]}"
            if _kind(w.state, d) != "block"
            else f"action: stack\nitem: {b}\non: {d}",
            f"pick: {b}\nplace: {_prep(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_imp_arrows(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    c = w.colour(b)
    text = w.rng.choice(
        [
            f"{b} -> {_bare(w, d)}",
            f"{c} => {_bare(w, d)}",
            f"block | destination\n------|------------\n{b} | {_bare(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_imp_ticket(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"Task #{_ticket(w)} - Summary: move the {b} {_prep(w, d)}.\nAcceptance: the {b} is {_at(w, d)}.",
            (
                f"Subject: quick favour\n\nHi robot,\ncould you put the {b} {_prep(w, d)} when you get a chance?\n\n"
                f"Thanks,\n{_name(w)}"
            ),
            f"[SUPPORT-{_ticket(w)}] Customer request: the {b} needs to go {_prep(w, d)}. Priority: normal.",
        ]
    )
    return text, _chk(w, [m])


def t124_imp_snippet(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    k = _key(w, d)
    text = w.rng.choice(
        [
            f'{{"action": "move", "object": "{b}", "{k}": "{d}"}}',
            f"task:\n  move: {b}\n  {k}: {d}",
            f'robot.move("{b}", {k}="{d}")',
        ]
    )
    return text, _chk(w, [m])


# ----- declarative ----------------------------------------------------------------------------------
def t124_dec_bullets(w: World) -> Made:
    got = _moves(w, 2)
    if got is None:
        return None
    (b1, d1), (b2, d2) = got[0]
    head = w.rng.choice(
        [
            "Desired end state:",
            "Target layout (from my notes):",
            "When you're done it should look like this:",
        ]
    )
    bullet = w.rng.choice(["-", "*", "\N{WHITE HEAVY CHECK MARK}"])
    text = (
        f"{head}\n{bullet} the {b1} is {_at(w, d1)}\n{bullet} the {b2} is {_at(w, d2)}"
    )
    return text, _chk(w, got[0])


def t124_dec_numbered(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"End state:\n1. The {b} sits {_at(w, d)}.\n2. Nothing is left in the gripper.",
            f"Checklist for the final picture:\n1) {b} {_at(w, d)}\n2) gripper empty",
            f"Expected result\n1. the {b} is {_at(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_dec_keyvalue(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"Object: {b}\nCurrently: {_now(w, b)}\nShould be: {_at(w, d)}",
            f"item: {b}\nfinal position: {_at(w, d)}",
            f"{b} location (expected): {_bare(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_dec_arrows(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"{b} \N{RIGHTWARDS DOUBLE ARROW} ends up {_at(w, d)}",
            f"goal: {b} -> {_at(w, d)} (final)",
            f"{b}: {_now(w, b)} \N{RIGHTWARDS ARROW} {_at(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_dec_ticket(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"Bug #{_ticket(w)}: the {b} is {_now(w, b)}, but it belongs {_at(w, d)}.",
            (
                f"Subject: {b} is in the wrong place\n\nThe {b} should be {_at(w, d)}. Right now it is {_now(w, b)}.\n\n"
                f"- {_name(w)}"
            ),
            f"Ticket {_ticket(w)}\nAcceptance criteria: the {b} is {_at(w, d)}.",
        ]
    )
    return text, _chk(w, [m])


def t124_dec_snippet(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    at = _at(w, d)
    text = w.rng.choice(
        [
            f'{{"goal": {{"{b}": "{at}"}}}}',
            f"final_state:\n  {b}: {at}",
            f'{{"{b}": {{"location": "{at}"}}}}',
        ]
    )
    return text, _chk(w, [m])


# ----- desiderative ---------------------------------------------------------------------------------
def t124_des_bullets(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"My wishlist:\n- I'd like the {b} {_at(w, d)}",
            f"\N{SPARKLES} would be great to have the {b} {_at(w, d)}",
            f"- want: {b} {_at(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_des_numbered(w: World) -> Made:
    got = _moves(w, 2)
    if got is None:
        return None
    (b1, d1), (b2, d2) = got[0]
    text = w.rng.choice(
        [
            f"Things I want:\n1. the {b1} {_at(w, d1)}\n2. the {b2} {_at(w, d2)}",
            f"[ ] I want the {b1} {_at(w, d1)}\n[ ] and I'd like the {b2} {_at(w, d2)}",
            f"I'd like two things:\n1) {b1} {_at(w, d1)}\n2) {b2} {_at(w, d2)}",
        ]
    )
    return text, _chk(w, got[0])


def t124_des_keyvalue(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"want: {b} {_at(w, d)}\npriority: low\nwhen: whenever",
            f"Requested by: {_name(w)}\nWish: the {b} {_at(w, d)}",
            f"desired: {b} {_at(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_des_arrows(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"I want \N{RIGHTWARDS ARROW} {b} {_at(w, d)}",
            f"wish: {w.colour(b)} => {_bare(w, d)}",
            f"what I'd like >> {b} -> {_bare(w, d)}",
        ]
    )
    return text, _chk(w, [m])


def t124_des_ticket(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"Feature request #{_ticket(w)}\nAs a user I want the {b} {_at(w, d)} so that my desk looks tidy.",
            f"Subject: small wish\n\nHi! I'd love to have the {b} {_at(w, d)}.\n\nCheers,\n{_name(w)}",
            f"Story {_ticket(w)}: I would like the {b} to be {_at(w, d)}.",
        ]
    )
    return text, _chk(w, [m])


def t124_des_snippet(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    at = _at(w, d)
    text = w.rng.choice(
        [
            f'{{"wants": ["{b} {at}"]}}',
            f"desired:\n  - {b} {at}",
            f"# TODO({_name(w).lower()}): I'd like the {b} {at}",
        ]
    )
    return text, _chk(w, [m])


# ----- quantified -----------------------------------------------------------------------------------
def t124_qua_bullets(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if len(w.blocks) <= 5 and w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                "- all blocks -> bin",
                "* every single block goes in the bin",
                "- bin: all the blocks",
            ]
        )
        return text, _done(binned(w.blocks))
    if not 2 <= len(table) <= 5:
        return None
    text = w.rng.choice(
        [
            "- every block on the table -> bin",
            "cleanup:\n* all blocks that are on the table into the bin",
            "\N{WASTEBASKET} all the blocks lying on the table: bin",
        ]
    )
    return text, _done(binned(table))


def t124_qua_numbered(w: World) -> Made:
    s = w.state
    bowls = [
        bw
        for bw in s.bowls
        if _room(s, bw) >= 2 and len([b for b in w.blocks if s.base(b) != bw]) >= 2
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = 2
    if (
        _room(s, bowl) >= 3
        and len([b for b in w.blocks if s.base(b) != bowl]) >= 3
        and w.rng.random() < 0.4
    ):
        n = 3
    word = {2: "two", 3: "three"}[n]
    text = w.rng.choice(
        [
            f"[ ] put {word} blocks in the {bowl}",
            f"1. Put any {word} blocks into the {bowl}.",
            f"Step 1: add {n} blocks to the {bowl} (any {word} will do)",
        ]
    )
    return text, _done(_newly(bowl, n))


def t124_qua_keyvalue(w: World) -> Made:
    s = w.state
    full = [bw for bw in s.bowls if s.in_bowl(bw)]
    if not full:
        return None
    src = w.rng.choice(full)
    inside = s.in_bowl(src)
    dests = ([BIN] if len(inside) <= 5 else []) + list(PLACES)
    dests += [bw for bw in s.bowls if bw != src and _room(s, bw) >= len(inside)]
    d = w.rng.choice(dests)
    target = "" if d == BIN else _at(w, d).split(" ", 1)[1]
    target = d if d == BIN else target
    text = w.rng.choice(
        [
            f"scope: all blocks in the {src}\ndestination: {target}",
            f"Objects: every block currently in the {src}\nMove to: {target}",
            f"what: whatever blocks are in the {src}\nwhere: {target}",
        ]
    )
    return text, _done(rels(*(_rel(s, b, d) for b in inside)))


def t124_qua_arrows(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if not inside or len(inside) > 5:
        return None
    if w.rng.random() < 0.6:
        text = w.rng.choice(
            [
                "all blocks in bowls => bin",
                "every block in a bowl -> bin",
                "bowls \u2192 empty into bin",
            ]
        )
        return text, _done(binned(inside))
    place = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"every block in a bowl -> {place}",
            f"all blocks that are in any bowl => {place}",
        ]
    )
    return text, _done(rels(*(Rel("at", b, place) for b in inside)))


def t124_qua_ticket(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(s.bowls)
    k = len(s.in_bowl(bowl))
    outside = [b for b in w.blocks if s.base(b) != bowl]
    options = [n for n in (1, 2, 3) if n != k and n - k <= len(outside)]
    if not options:
        return None
    n = w.rng.choice(options)
    word = {1: "one block", 2: "two blocks", 3: "three blocks"}[n]
    text = w.rng.choice(
        [
            (
                f"Task #{_ticket(w)} - Summary: adjust the {bowl}.\nAcceptance: the {bowl} holds exactly {n} "
                f"block{'s' if n > 1 else ''}."
            ),
            f"Subject: {bowl}\n\nPlease make sure the {bowl} ends up with exactly {word} in it.\n\n{_name(w)}",
            f"[OPS-{_ticket(w)}] The {bowl} should contain exactly {n} block{'s' if n > 1 else ''}, no more, no less.",
        ]
    )
    return text, _done(count_in(bowl, n))


def t124_qua_snippet(w: World) -> Made:
    n_blocks = len(w.blocks)
    options = [n for n in (2, 3) if n <= n_blocks - 1] + (
        ["all"] if n_blocks <= 5 else []
    )
    n = w.rng.choice(options)
    if n == "all":
        text = w.rng.choice(
            [
                '{"action": "move", "quantity": "all", "what": "blocks", "into": "bin"}',
                "move:\n  what: blocks\n  how_many: all\n  to: bin",
            ]
        )
        return text, _done(binned(w.blocks))
    text = w.rng.choice(
        [
            f'{{"action": "move", "count": {n}, "what": "blocks", "into": "bin"}}',
            f"move:\n  what: blocks\n  how_many: {n}  # any {n}\n  to: bin",
        ]
    )
    return text, _done(lambda _i, f: _in_bin(f) == n)


# ----- negated --------------------------------------------------------------------------------------
def t124_neg_bullets(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    keep = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != keep]
    if len(others) > 5:
        return None
    c = w.colour(keep)
    text = w.rng.choice(
        [
            f"- everything except the {keep} -> bin",
            f"* all blocks into the bin\n* NOT the {keep}",
            f"\N{NO ENTRY} {c} stays out of the bin\n\N{WASTEBASKET} every other block goes in",
        ]
    )
    return text, _done(binned(others), none_binned([keep]))


def t124_neg_numbered(w: World) -> Made:
    s = w.state
    pairs = _pairs(w)
    inbowl = [b for b in w.clear_blocks() if s.base(b) in s.bowls]
    if pairs and (not inbowl or w.rng.random() < 0.5):
        top, below = w.rng.choice(pairs)
        text = w.rng.choice(
            [
                f"1. take the {top} off the {below}\n2. don't put it in the bin",
                f"[ ] {top} off the {below}\n[ ] (not into the bin!)",
            ]
        )
        return text, _done(lambda _i, f: f.support[top] != below, _base_not(top, BIN))
    if not inbowl:
        return None
    b = w.rng.choice(inbowl)
    bowl = s.base(b)
    text = w.rng.choice(
        [
            f"1. get the {b} out of the {bowl}\n2. do NOT put it in the bin",
            f"[ ] {b} out of the {bowl} (but not into the bin)",
        ]
    )
    return text, _done(_base_not(b, bowl, BIN))


def t124_neg_keyvalue(w: World) -> Made:
    s = w.state
    full = [bw for bw in s.bowls if s.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"{bowl}: no blocks",
                f"bowl: {bowl}\ncontents: none",
                f"{bowl} contents (wanted): nothing",
            ]
        )
        return text, _done(empty(bowl))
    text = w.rng.choice(
        [
            f"bowl: {bowl}\ncontents: none\nbin: off limits",
            f"{bowl}: empty it\nnote: don't use the bin",
        ]
    )
    return text, _done(empty(bowl), none_binned(inside))


def t124_neg_arrows(w: World) -> Made:
    s = w.state
    inbowl = [b for b in w.blocks if s.base(b) in s.bowls]
    if not inbowl:
        return None
    b = w.rng.choice(inbowl)
    bowl = s.base(b)
    text = w.rng.choice(
        [
            f"{b} -> anywhere except the {bowl} or the bin",
            f"{w.colour(b)} => out of the {bowl} (not the bin though)",
            f"{b} \N{RIGHTWARDS ARROW} somewhere that isn't the {bowl} and isn't the bin",
        ]
    )
    return text, _done(_base_not(b, bowl, BIN))


def t124_neg_ticket(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Issue #{_ticket(w)}: the {top} must not sit on another block. Please fix.",
                (
                    f"Subject: {top}\n\nThe {top} shouldn't be stacked on any block. Can you sort that out?\n\n"
                    f"{_name(w)}"
                ),
            ]
        )
        return text, _done(lambda _i, f: f.support[top] not in f.support)
    text = w.rng.choice(
        [
            f"Bug #{_ticket(w)}: nothing should be on top of the {below}.",
            f"Subject: {below} is covered\n\nThere shouldn't be anything on the {below}. Thanks!",
        ]
    )
    return text, _done(rels(Rel("clear", below)))


def t124_neg_snippet(w: World) -> Made:
    s = w.state
    if len(s.bowls) < 2:
        return None
    b = w.rng.choice(w.clear_blocks() or [""])
    if not b:
        return None
    no = w.rng.choice(s.bowls)
    ok = [bw for bw in s.bowls if bw != no and s.base(b) != bw and _room(s, bw) >= 1]
    if not ok or s.base(b) in s.bowls and s.base(b) != no:
        return None
    text = w.rng.choice(
        [
            f'{{"object": "{b}", "into": "bowl", "exclude": ["{no}"]}}',
            f"move: {b}\nto: any bowl\nnot: {no}",
            f"put({b!r}, target='a bowl', except_={no!r})",
        ]
    )
    return text, _done(
        lambda _i, f: (
            f.support[b] != GRIPPER and f.base(b) in f.bowls and f.base(b) != no
        )
    )


# ----- relative -------------------------------------------------------------------------------------
def t124_rel_bullets(w: World) -> Made:
    pairs = _pairs(w, only_top=True)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    d = _flat_dest(w, top)
    if d is None:
        return None
    text = w.rng.choice(
        [
            f"- the block on top of the {below} -> {_bare(w, d)}",
            f"* whichever block sits on the {below}: {_prep(w, d)}",
            f"\N{WHITE RIGHT POINTING BACKHAND INDEX} block that's on the {below} \N{RIGHTWARDS ARROW} {_bare(w, d)}",
        ]
    )
    return text, _done(rels(_rel(w.state, top, d)))


def t124_rel_numbered(w: World) -> Made:
    s = w.state
    lone = [bw for bw in s.bowls if len(s.in_bowl(bw)) == 1]
    pairs = _pairs(w, only_bottom=True)
    if lone and (not pairs or w.rng.random() < 0.5):
        bowl = w.rng.choice(lone)
        b = s.in_bowl(bowl)[0]
        d = _flat_dest(w, b, (bowl,))
        if d is None:
            return None
        text = w.rng.choice(
            [
                f"1. grab the block in the {bowl}\n2. put it {_prep(w, d)}",
                f"1) take whatever block is inside the {bowl}\n2) move it {_prep(w, d)}",
            ]
        )
        return text, _done(rels(_rel(s, b, d)))
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    d = _flat_dest(w, below)
    if d is None:
        return None
    text = w.rng.choice(
        [
            f"1. find the block underneath the {top}\n2. put that one {_prep(w, d)}",
            f"[ ] the block the {top} is sitting on -> {_bare(w, d)}",
        ]
    )
    return text, _done(rels(_rel(s, below, d)))


def t124_rel_keyvalue(w: World) -> Made:
    b = _extreme(w, "left")
    if b is None:
        return None
    d = _flat_dest(w, b)
    if d is None:
        return None
    text = w.rng.choice(
        [
            f"object: the leftmost block\ntarget: {_bare(w, d)}",
            f"which: block furthest to the left\nwhere to: {_bare(w, d)}",
            f"Item: left-most block\nAction: put it {_prep(w, d)}",
        ]
    )
    return text, _done(rels(_rel(w.state, b, d)))


def t124_rel_arrows(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(s.bowls)
    near = sorted(
        (b for b in w.blocks if s.base(b) not in s.bowls), key=lambda b: w.dist(b, bowl)
    )
    if not near:
        return None
    b = near[0]
    if not _single(w, b) or (
        len(near) > 1 and w.dist(near[1], bowl) - w.dist(b, bowl) < 0.03
    ):
        return None
    d = _flat_dest(w, b)
    if d is None:
        return None
    there = "into it" if d == bowl else _bare(w, d)
    which = (
        "block on the table"
        if s.in_bowls()
        else w.rng.choice(["block", "block on the table"])
    )
    text = w.rng.choice(
        [
            f"{which} closest to the {bowl} => {there}",
            f"nearest {which} to the {bowl} -> {there}",
            f"object | destination\n{which} nearest the {bowl} | {bowl if d == bowl else _bare(w, d)}",
        ]
    )
    return text, _done(rels(_rel(s, b, d)))


def t124_rel_ticket(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    d = _flat_dest(w, below)
    if d is None:
        return None
    text = w.rng.choice(
        [
            (
                f"Subject: the one under the {top}\n\nCan you move the block that the {top} is sitting on "
                f"{_prep(w, d)}?\n\n{_name(w)}"
            ),
            f"Task #{_ticket(w)} - Summary: the block directly below the {top} goes {_prep(w, d)}.",
        ]
    )
    return text, _done(rels(_rel(w.state, below, d)))


def t124_rel_snippet(w: World) -> Made:
    b = _extreme(w, "right")
    if b is None:
        return None
    d = _flat_dest(w, b)
    if d is None:
        return None
    text = w.rng.choice(
        [
            f'{{"object": {{"kind": "block", "position": "rightmost"}}, "{_key(w, d)}": "{d}"}}',
            f"target_block: the one furthest to the right\nput_{_key(w, d)}: {d}",
            f"select: rightmost block\nthen: move {_prep(w, d)}",
        ]
    )
    return text, _done(rels(_rel(w.state, b, d)))


# ----- keep -----------------------------------------------------------------------------------------
def t124_keep_bullets(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    still = [x for x in w.blocks if x not in (b, d)]
    if not still:
        return None
    k = w.rng.choice(still)
    text = w.rng.choice(
        [
            f"- {b} -> {_bare(w, d)}\n- {k}: don't touch",
            f"* move the {b} {_prep(w, d)}\n* leave the {k} exactly where it is",
            f"\N{WHITE HEAVY CHECK MARK} {b} {_prep(w, d)}\n\N{NO ENTRY} {k} stays put",
        ]
    )
    return text, _done(rels(_rel(w.state, b, d)), kept(k))


def t124_keep_numbered(w: World) -> Made:
    s = w.state
    full = [bw for bw in s.bowls if s.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    m = _move(w, avoid=(bowl, *inside))
    if m is None:
        return None
    b, d = m
    text = w.rng.choice(
        [
            f"[ ] put the {b} {_prep(w, d)}\n[ ] leave the {bowl} alone",
            f"1. move the {b} {_prep(w, d)}\n2. don't touch anything in the {bowl}",
        ]
    )

    def same(i: SymState, f: SymState) -> bool:
        return set(i.in_bowl(bowl)) == set(f.in_bowl(bowl))

    return text, _done(rels(_rel(s, b, d)), kept(*inside), same)


def t124_keep_keyvalue(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    still = [x for x in w.blocks if x not in (b, d)]
    if len(still) < 2:
        return None
    k = w.pick(still, 2)
    text = w.rng.choice(
        [
            f"move: {b}\nto: {_bare(w, d)}\nkeep fixed: {k[0]}, {k[1]}",
            f"object: {b}\ndestination: {_bare(w, d)}\ndo not move: {k[0]} and {k[1]}",
        ]
    )
    return text, _done(rels(_rel(w.state, b, d)), kept(*k))


def t124_keep_arrows(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    still = [x for x in w.blocks if x not in (b, d)]
    if not still:
        return None
    k = w.rng.choice(still)
    text = w.rng.choice(
        [
            f"{b} -> {_bare(w, d)} | {k}: stays put",
            f"{w.colour(b)} => {_bare(w, d)}; {w.colour(k)} block = fixed",
            f"{b} \N{RIGHTWARDS ARROW} {_bare(w, d)} (the {k} doesn't move)",
        ]
    )
    return text, _done(rels(_rel(w.state, b, d)), kept(k))


def t124_keep_ticket(w: World) -> Made:
    s = w.state
    pairs = _pairs(w)
    if pairs:
        top, below = w.rng.choice(pairs)
        frozen = [below, *s.above(below)]
        bottom = below
        while s.support[bottom] in s.support:
            bottom = s.support[bottom]
            frozen.append(bottom)
        m = _move(w, avoid=tuple(frozen))
        if m is None:
            return None
        b, d = m
        text = (
            f"Task #{_ticket(w)} - Summary: put the {b} {_prep(w, d)}.\n"
            f"Constraint: the stack with the {top} on the {below} must stay exactly as it is."
        )
        return text, _done(rels(_rel(s, b, d)), kept(*frozen))
    m = _move(w)
    if m is None:
        return None
    b, d = m
    still = [x for x in w.blocks if x not in (b, d)]
    if not still:
        return None
    k = w.rng.choice(still)
    text = f"Subject: {b}\n\nPlease put the {b} {_prep(w, d)}, but don't move the {k}.\n\nThanks,\n{_name(w)}"
    return text, _done(rels(_rel(s, b, d)), kept(k))


def t124_keep_snippet(w: World) -> Made:
    m = _move(w)
    if m is None:
        return None
    b, d = m
    still = [x for x in w.blocks if x not in (b, d)]
    if not still:
        return None
    k = w.pick(still, min(2, len(still)))
    keep = ", ".join(f'"{x}"' for x in k)
    lines = "\n".join(f"  - {x}" for x in k)
    text = w.rng.choice(
        [
            f'{{"move": {{"{b}": "{_bare(w, d)}"}}, "keep": [{keep}]}}',
            f"moves:\n  {b}: {_bare(w, d)}\nfrozen:\n{lines}",
        ]
    )
    return text, _done(rels(_rel(w.state, b, d)), kept(*k))


# ----- multi-step -----------------------------------------------------------------------------------
def t124_multi_bullets(w: World) -> Made:
    got = _moves(w, 2)
    if got is None:
        return None
    (b1, d1), (b2, d2) = got[0]
    bullet = w.rng.choice(["-", "*", "\N{BULLET}"])
    text = f"{bullet} {b1} -> {_bare(w, d1)}\n{bullet} {b2} -> {_bare(w, d2)}"
    if w.rng.random() < 0.4:
        text = f"two things:\n{bullet} put the {b1} {_prep(w, d1)}\n{bullet} then the {b2} {_prep(w, d2)}"
    return text, _chk(w, got[0], got[1])


def t124_multi_numbered(w: World) -> Made:
    s = w.state
    clear = [b for b in w.clear_blocks() if s.base(b) not in (BIN, GRIPPER)]
    bases = [b for b in clear if _height(s, b) <= layout.MAX_TOWER - 2]
    if len(clear) < 3 or not bases:
        return None
    base = w.rng.choice(bases)
    a, c = w.pick([b for b in clear if b != base], 2)
    text = w.rng.choice(
        [
            f"1. put the {a} on the {base}\n2. then put the {c} on the {a}",
            f"Steps:\n1) {a} on top of {base}\n2) {c} on top of {a}",
            f"[ ] stack the {a} onto the {base}\n[ ] stack the {c} onto the {a}",
        ]
    )
    return text, _done(rels(Rel("on", a, base), Rel("on", c, a)))


def t124_multi_keyvalue(w: World) -> Made:
    got = _moves(w, 3) if w.rng.random() < 0.6 else None
    got = got or _moves(w, 2)
    if got is None:
        return None
    keys = ["first", "then", "finally"] if len(got[0]) == 3 else ["first", "then"]
    if w.rng.random() < 0.5:
        keys = [f"step {i + 1}" for i in range(len(got[0]))]
    text = "\n".join(f"{k}: {b} -> {_bare(w, d)}" for k, (b, d) in zip(keys, got[0]))
    return text, _chk(w, got[0], got[1])


def t124_multi_arrows(w: World) -> Made:
    got = _moves(w, 2)
    if got is None:
        return None
    (b1, d1), (b2, d2) = got[0]
    c1, c2 = w.colour(b1), w.colour(b2)
    text = w.rng.choice(
        [
            f"{c1} => {_bare(w, d1)}; {c2} => {_bare(w, d2)}",
            f"{b1} -> {_bare(w, d1)}, then {b2} -> {_bare(w, d2)}",
            f"block | goes to\n{b1} | {_bare(w, d1)}\n{b2} | {_bare(w, d2)}",
        ]
    )
    return text, _chk(w, got[0], got[1])


def t124_multi_ticket(w: World) -> Made:
    got = _moves(w, 2)
    if got is None:
        return None
    (b1, d1), (b2, d2) = got[0]
    text = w.rng.choice(
        [
            (
                f"Subject: two things before the demo\n\nHi,\n1) put the {b1} {_prep(w, d1)}\n"
                f"2) put the {b2} {_prep(w, d2)}\n\nThanks,\n{_name(w)}"
            ),
            f"Task #{_ticket(w)}\nSub-tasks:\n- [ ] {b1} {_prep(w, d1)}\n- [ ] {b2} {_prep(w, d2)}",
        ]
    )
    return text, _chk(w, got[0], got[1])


def t124_multi_snippet(w: World) -> Made:
    got = _moves(w, w.rng.choice([2, 3]))
    got = got or _moves(w, 2)
    if got is None:
        return None
    if w.rng.random() < 0.5:
        text = "steps:\n" + "\n".join(
            f"  - move: {b}\n    {_key(w, d)}: {d}" for b, d in got[0]
        )
    else:
        items = ", ".join(
            f'{{"move": "{b}", "{_key(w, d)}": "{d}"}}' for b, d in got[0]
        )
        text = f"[{items}]"
    return text, _chk(w, got[0], got[1])


# ----- questions ------------------------------------------------------------------------------------
def t124_q_bullets(w: World) -> Made:
    s = w.state
    pairs = _pairs(w)
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
        flag = True
    else:
        a, b = w.pick(w.blocks, 2)
        if (
            a in s.above(b) and s.support[a] != b
        ):  # higher up the same tower: "on top of" would be unclear
            return None
        top, below, flag = a, b, s.support[a] == b
    text = w.rng.choice(
        [
            f"Quick check:\n- is the {top} on the {below}?",
            f"* question: is the {top} sitting on top of the {below}?",
        ]
    )
    return text, answered(yes(flag))


def t124_q_numbered(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.6:
        bowl = w.rng.choice(s.bowls)
        n = len(s.in_bowl(bowl))
        text = w.rng.choice(
            [
                f"1. How many blocks are in the {bowl}?",
                f"Q1. number of blocks inside the {bowl}?",
            ]
        )
        return text, answered(str(n))
    text = w.rng.choice(
        [
            "1. How many blocks are there in total?",
            "Q1) how many blocks do you see altogether?",
        ]
    )
    return text, answered(str(len(w.blocks)))


def t124_q_keyvalue(w: World) -> Made:
    pairs = _pairs(w, only_top=True)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"query: which block is on top of the {below}\nanswer: ?",
            f"question: what block sits on the {below}?\nformat: short",
        ]
    )
    return text, answered(top)


def t124_q_arrows(w: World) -> Made:
    s = w.state
    inbowl = s.in_bowls()
    if inbowl and w.rng.random() < 0.5:
        b = w.rng.choice(inbowl)
        bowl = s.base(b)
    else:
        b = w.rng.choice(w.blocks)
        bowl = w.rng.choice(s.bowls)
    flag = s.base(b) == bowl
    text = w.rng.choice(
        [
            f"{b} -> in the {bowl}? (y/n)",
            f"{b} \N{RIGHTWARDS ARROW} {bowl}?? is it in there or not",
        ]
    )
    return text, answered(yes(flag))


def t124_q_ticket(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(s.bowls)
    flag = not s.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Support ticket #{_ticket(w)}\nCustomer asks: is the {bowl} empty?",
            f"Subject: {bowl}\n\nHi, quick question: is the {bowl} empty right now?\n\n{_name(w)}",
        ]
    )
    return text, answered(yes(flag))


def t124_q_snippet(w: World) -> Made:
    pairs = _pairs(w, only_bottom=True)
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
        text = w.rng.choice(
            [
                f'{{"question": "which block is under the {top}?"}}',
                f"query:\n  ask: what is under the {top}",
            ]
        )
        return text, answered(below)
    bowl = w.rng.choice(w.state.bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f'{{"question": "how many blocks are in the {bowl}?"}}',
            f"query:\n  count: blocks\n  where: {bowl}",
        ]
    )
    return text, answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def t124_match_bullets(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "- each block -> the bowl of the same colour",
            "* sort by colour: every block into its matching bowl",
            "\N{ARTIST PALETTE} blocks go in the bowl that matches their colour",
        ]
    )
    return text, _done(rels(*want))


def t124_match_numbered(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    s = w.state
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if any(
        x in s.above(m) for m in movers for x in rest
    ):  # a block to leave alone lies on one to move
        return None
    text = w.rng.choice(
        [
            "[ ] sort the blocks into the bowls with the same colour\n[ ] leave the rest where they are",
            "1. put every block whose colour matches a bowl into that bowl\n2. don't touch the other blocks",
        ]
    )
    return text, _done(rels(*want), kept(*rest))


def t124_match_keyvalue(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "rule: block colour = bowl colour\naction: put each block in its bowl\nunmatched: leave",
            "sort_by: colour\ntarget: bowls\nblocks without a bowl: ignore",
        ]
    )
    return text, _done(rels(*want))


def t124_match_arrows(w: World) -> Made:
    s = w.state
    want = [
        r
        for r in matching(w)
        if not holds(r, s) and _room(s, r.target) >= 1 + len(s.above(r.block))
    ]
    if not want:
        return None
    r = w.rng.choice(want)
    text = w.rng.choice(
        [
            f"{r.block} -> bowl of the same colour",
            f"{w.colour(r.block)} block => matching bowl",
            f"{r.block} \N{RIGHTWARDS ARROW} whichever bowl has its colour",
        ]
    )
    return text, _done(rels(r))


def t124_match_ticket(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            (
                "Subject: colour sorting\n\nHi team,\nplease put every block that has a bowl of the same colour into "
                f"that bowl. The other blocks can stay.\n\nThanks,\n{_name(w)}"
            ),
            (
                f"Task #{_ticket(w)} - Summary: colour-match blocks and bowls.\n"
                "Acceptance: every block with a same-coloured bowl is in that bowl."
            ),
        ]
    )
    return text, _done(rels(*want))


def t124_match_snippet(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if rest and len(rest) <= 5 and w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                "sort:\n  by: colour\n  into: bowls\n  unmatched: bin",
                '{"sort_by": "colour", "into": "matching bowls", "no_match": "bin"}',
            ]
        )
        return text, _done(rels(*want), binned(rest))
    text = w.rng.choice(
        [
            "sort:\n  by: colour\n  into: bowls",
            '{"sort_by": "colour", "into": "matching bowls"}',
        ]
    )
    return text, _done(rels(*want))


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
_STYLES = ("bullets", "numbered", "keyvalue", "arrows", "ticket", "snippet")
FRESH124: list[Template] = [
    (f"t124_{short}_{style}", category, globals()[f"t124_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
