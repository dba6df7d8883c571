"""`FRESH125`, the hundred-and-twenty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is complaints: people report what is wrong with the table instead of saying what to do ("the red
block is in the wrong bowl, it belongs in the blue one", "the white bowl shouldn't have anything in it",
"this tower is a mess, the top two need to come off"). Every complaint implies one fix, and says where things
should go whenever there could be doubt. The six styles are six people who complain:

- `frustrated`, a fed-up user: "Ugh, the cyan block is sitting on the red block again. Get it off and put it on
  the table."
- `manager`, a lab manager writing for the team: "For the record, the green block does not belong on the yellow
  block; it belongs on the table."
- `parent`, a parent tidying after the kids: "Honestly, kids. The blue block does not go in the pink bowl. Put it
  in the middle."
- `qa`, a QA tester filing a bug: "Expected: the red block in the white bowl. Actual: the red block is on the
  table."
- `support`, a customer writing to support (or an agent relaying one): "Hi, I've got a problem: my orange block
  is in the red bowl but it should be in the cyan bowl. Please move it over."
- `roommate`, a roommate who finds a mess: "dude, whatever's sitting on my purple block has to go. just bin it."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Each state check also asks for an empty gripper. For the tester's own self-check, every state check carries
`fix`: the moves (block, target) the tester meant, applied in order; the suite never reads it.

Its first run (300 instructions, seed 0, on 49bca03, after every fix before it and before anything it could prompt):
0.36 goal-correct (108 of 300), 166 refused (a complaint rarely says what to do in the words the planner reads: 'X is in
the wrong bowl', 'why is X still on Y?', 'whoever did this mixed up the bowls'), 3 asked, 23 wrong, two of them actions:
'I'd like X put away in W. It's still on the table.' put X in W and then back on the table; 'Issue: W contains 0 blocks;
expected exactly 1.' filled W; twenty-one wrong replies ('Which block did the kids put on top of X?', 'how many blocks
have been left out on the table instead of put away?').
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
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)
_NUMBERS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
Move = tuple[str, str]


# ----- helpers --------------------------------------------------------------------------------------
def _made(text: str, check: Check, moves: list[Move]) -> Made:
    """The sentence and its check, which also wants the gripper empty; `moves` is the tester's own fix."""

    def run(i: SymState, f: SymState) -> bool:
        return f.held is None and check(i, f)

    run.fix = list(moves)  # type: ignore[attr-defined]
    return text, run


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _place(p: str) -> str:
    return f"the {p}"


def _clearing(s: SymState, b: str) -> list[Move]:
    """Moves that take everything above `b` down to the table, top first."""
    return [(x, TABLE) for x in s.above(b)]


def _to(s: SymState, b: str, target: str) -> list[Move]:
    return [*_clearing(s, b), (b, target)]


def _height(s: SymState, b: str) -> int:
    """How many blocks high `b` stands (1 on the table or a bowl floor)."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _tower(s: SymState, b: str) -> set[str]:
    """Every block in the tower that holds `b`."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return {bottom, *s.above(bottom)}


def _room(s: SymState, bowl: str, extra: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _stackable(s: SymState, b: str, target: str, extra: int = 1) -> bool:
    """Whether `extra` blocks starting with `b` can go on top of block `target` (tower height, bowl room)."""
    if (
        target == b
        or not s.is_clear(target)
        or _height(s, target) + extra > layout.MAX_TOWER
    ):
        return False
    base = s.base(target)
    return base not in s.bowls or _room(s, base, extra)


def _where(s: SymState, b: str) -> str:
    sup = s.support[b]
    if sup in s.bowls:
        return f"in the {sup}"
    if sup in s.support:
        return f"on the {sup}"
    if sup == BIN:
        return "in the bin"
    return "on the table"


def _tops(w: World) -> list[tuple[str, str]]:
    """(top, below) for every clear block resting on a block."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _loose(w: World) -> list[str]:
    """Clear blocks standing right on the table."""
    return [
        b for b in w.blocks if w.state.support[b] in _GROUND and w.state.is_clear(b)
    ]


def _bowl_clear(w: World) -> list[str]:
    """Clear blocks somewhere in a bowl."""
    return [b for b in w.in_bowls() if w.state.is_clear(b)]


def _colour_bowl(w: World, b: str) -> str | None:
    return next((x for x in w.bowls if w.colour(x) == w.colour(b)), None)


def _unmatched(w: World) -> list[tuple[str, str]]:
    """(block, bowl of its colour) for every block not yet in the bowl of its colour."""
    out = []
    for b in w.blocks:
        bowl = _colour_bowl(w, b)
        if bowl is not None and w.state.base(b) != bowl:
            out.append((b, bowl))
    return out


def _tabled(b: str) -> Check:
    """The block stands on the table, alone or in a tower there ("put it on the table")."""
    return lambda _i, f: f.base(b) in _GROUND


def _flat(*blocks: str) -> Check:
    """Each block rests right on the table ("on its own", "directly")."""
    return rels(*(Rel("on_table", b) for b in blocks))


def _off(top: str, below: str) -> Check:
    return rels(Rel("on", top, below, negated=True))


def _top_down(s: SymState, blocks: list[str], target: str) -> list[Move]:
    return [(b, target) for b in sorted(blocks, key=lambda x: -_height(s, x))]


# ----- imperative -----------------------------------------------------------------------------------
def t125_imp_frustrated(w: World) -> Made:
    opts = [(t, b) for t, b in _tops(w)] + [
        (b, "") for b in _bowl_clear(w) if w.state.support[b] in w.bowls
    ]
    if not opts:
        return None
    b, below = w.rng.choice(opts)
    if below:
        text = w.rng.choice(
            [
                f"Ugh, the {b} is sitting on the {below} again. Get it off and put it on the table.",
                f"Seriously? The {b} is on top of the {below}. Take it off and set it down on the table.",
                f"Why is the {b} stacked on the {below}?! Move it onto the table already.",
            ]
        )
        return _made(text, both(_tabled(b), _off(b, below)), [(b, TABLE)])
    bowl = w.state.base(b)
    text = w.rng.choice(
        [
            f"Ugh, who put the {b} in the {bowl}? Take it out and put it on the table.",
            f"Seriously, the {b} is in the {bowl} again. Get it out of there and onto the table.",
        ]
    )
    return _made(text, _tabled(b), [(b, TABLE)])


def t125_imp_manager(w: World) -> Made:
    opts = [(b, x) for b in _loose(w) for x in w.bowls if _room(w.state, x)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Whoever used the bench last left the {b} out. Put it back in the {bowl}, please.",
            f"Team, the {b} was left lying on the table again. Please return it to the {bowl}.",
            f"Reminder after this morning's check: the {b} was not put away. Place it in the {bowl}.",
        ]
    )
    return _made(text, rels(Rel("in", b, bowl)), [(b, bowl)])


def t125_imp_parent(w: World) -> Made:
    opts = _bowl_clear(w) + [t for t, _ in _tops(w)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    p = w.rng.choice(PLACES)
    where = _where(w.state, b)
    text = w.rng.choice(
        [
            f"The kids left the {b} {where} again. Take it from there and set it down in {_place(p)}, please.",
            f"Oh no, look where the {b} ended up, {where}. Move it to {_place(p)} for me.",
            f"Honestly, kids. The {b} does not go {where}. Put it in {_place(p)}.",
        ]
    )
    return _made(text, rels(Rel("at", b, p)), [(b, p)])


def t125_imp_qa(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Found a problem in this run: the {b} should have been thrown out. Put it in the bin.",
            f"Bug: the {b} is still {_where(w.state, b)}. Fix: drop it into the bin.",
            f"Test step failed, the {b} was never discarded. Please throw the {b} in the bin.",
        ]
    )
    return _made(text, binned([b]), [(b, BIN)])


def t125_imp_support(w: World) -> Made:
    s = w.state
    opts = [
        (b, x)
        for b in w.blocks
        if s.base(b) != BIN
        for x in w.bowls
        if s.base(b) != x and _room(s, x)
    ]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    here = s.base(b)
    if here in s.bowls:
        text = w.rng.choice(
            [
                f"Hi, I've got a problem: my {b} is in the {here} but it should be in the {bowl}. Please move it over.",
                f"Hello, the {b} was put in the {here} by mistake. Could you please move it to the {bowl}?",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Hi, I've got a problem: my {b} is {_where(s, b)} but it should be in the {bowl}. Please put it there.",
                f"Hello, the {b} never made it into the {bowl}. Could you please put it in?",
            ]
        )
    return _made(text, rels(Rel("in", b, bowl)), _to(s, b, bowl))


def t125_imp_roommate(w: World) -> Made:
    s = w.state
    tops = _tops(w)
    if tops:
        b, below = w.rng.choice(tops)
        opts = [c for c in w.blocks if c not in (b, below) and _stackable(s, b, c)]
        if not opts:
            return None
        c = w.rng.choice(opts)
        text = w.rng.choice(
            [
                f"Dude, you left the {b} right on top of my {below}. Move it onto the {c}.",
                f"Bro, why is your {b} on my {below}? Stick it on the {c} instead.",
            ]
        )
        return _made(text, rels(Rel("on", b, c)), [(b, c)])
    opts2 = [
        (b, c) for b in _loose(w) for c in w.blocks if _stackable(s, b, c) and c != b
    ]
    if not opts2:
        return None
    b, c = w.rng.choice(opts2)
    text = w.rng.choice(
        [
            f"Dude, you left the {b} lying around again. Stack it on the {c}.",
            f"Your {b} is just sitting there in the way, man. Put it on top of the {c}.",
        ]
    )
    return _made(text, rels(Rel("on", b, c)), [(b, c)])


# ----- declarative ----------------------------------------------------------------------------------
def t125_dec_frustrated(w: World) -> Made:
    s = w.state
    opts = [
        (b, x) for b in w.in_bowls() for x in w.bowls if x != s.base(b) and _room(s, x)
    ]
    if opts and w.rng.random() < 0.7:
        b, bowl = w.rng.choice(opts)
        text = w.rng.choice(
            [
                f"The {b} is in the wrong bowl. It goes in the {bowl}.",
                f"Come on, the {b} is in the wrong bowl! It belongs in the {bowl}.",
                f"That's the wrong bowl for the {b}. Its bowl is the {bowl}.",
            ]
        )
        return _made(text, rels(Rel("in", b, bowl)), _to(s, b, bowl))
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The {b} is in the wrong spot. It belongs in {_place(p)}.",
            f"Ugh, the {b} is in completely the wrong place. Its place is {_place(p)}.",
        ]
    )
    return _made(text, rels(Rel("at", b, p)), _to(s, b, p))


def t125_dec_manager(w: World) -> Made:
    tops = _tops(w)
    if tops and w.rng.random() < 0.7:
        b, below = w.rng.choice(tops)
        text = w.rng.choice(
            [
                f"For the record, the {b} does not belong on the {below}; it belongs on the table.",
                f"Note for the team: the {b} is not stored on top of the {below}. Its spot is on the table.",
            ]
        )
        return _made(text, both(_tabled(b), _off(b, below)), [(b, TABLE)])
    opts = [b for b in _bowl_clear(w) if w.state.support[b] in w.bowls]
    if not opts:
        return None
    b = w.rng.choice(opts)
    bowl = w.state.base(b)
    text = w.rng.choice(
        [
            f"For the record, the {b} does not belong in the {bowl}; it belongs on the table.",
            f"Note for the team: the {b} is stored on the table, not in the {bowl}.",
        ]
    )
    return _made(text, _tabled(b), [(b, TABLE)])


def t125_dec_parent(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    where = _where(w.state, b)
    text = w.rng.choice(
        [
            f"The {b} is supposed to be in the bin, not {where}.",
            f"Kids, the {b} is broken, it goes in the bin. It shouldn't still be {where}.",
            f"That {b} was meant for the bin ages ago, and it's still {where}.",
        ]
    )
    return _made(text, binned([b]), _to(w.state, b, BIN))


def t125_dec_qa(w: World) -> Made:
    s = w.state
    opts = [(b, x) for b in w.blocks for x in w.bowls if s.base(b) != x and _room(s, x)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Expected: the {b} in the {bowl}. Actual: the {b} is {_where(s, b)}.",
            f"Test failed. Expected result: {b} inside the {bowl}. Observed: {b} {_where(s, b)}.",
            f"Mismatch found: the {b} should be in the {bowl}, but it is {_where(s, b)}.",
        ]
    )
    return _made(text, rels(Rel("in", b, bowl)), _to(s, b, bowl))


def t125_dec_support(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Hi, the {b} should be in {_place(p)} and it isn't.",
            f"Hello, I'm writing because my {b} is supposed to be sitting in {_place(p)}, but it's {_where(w.state, b)}.",
            f"Hi there, the customer says the {b} belongs in {_place(p)}, and right now it's not there.",
        ]
    )
    return _made(text, rels(Rel("at", b, p)), _to(w.state, b, p))


def t125_dec_roommate(w: World) -> Made:
    s = w.state
    tops = [
        (t, b, x)
        for t, b in _tops(w)
        for x in w.bowls
        if s.base(t) != x and _room(s, x)
    ]
    if tops and w.rng.random() < 0.6:
        t, below, bowl = w.rng.choice(tops)
        text = w.rng.choice(
            [
                f"the {t} isn't supposed to be on my {below}, it goes in the {bowl}.",
                f"yo, your {t} doesn't live on top of my {below}. it lives in the {bowl}.",
            ]
        )
        return _made(text, rels(Rel("in", t, bowl)), [(t, bowl)])
    opts = [(b, x) for b in _loose(w) for x in w.bowls if _room(s, x)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"your {b} is just lying on the table again, man. it lives in the {bowl}.",
            f"dude, the {b} doesn't go on the table, it goes in the {bowl}.",
        ]
    )
    return _made(text, rels(Rel("in", b, bowl)), [(b, bowl)])


# ----- desiderative ---------------------------------------------------------------------------------
def t125_des_frustrated(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if s.support[b] not in _GROUND]
    if not opts:
        return None
    b = w.rng.choice(opts)
    p = w.rng.choice(["middle", "middle", *PLACES])
    text = w.rng.choice(
        [
            f"Why is the {b} still sitting {_where(s, b)}? I wanted it in {_place(p)}.",
            f"I asked for the {b} in {_place(p)} and it's still {_where(s, b)}. What happened?",
            f"The {b} is still {_where(s, b)}. I wanted it over in {_place(p)}!",
        ]
    )
    return _made(text, rels(Rel("at", b, p)), _to(s, b, p))


def t125_des_manager(w: World) -> Made:
    s = w.state
    opts = [
        (b, c)
        for b in w.clear_blocks()
        for c in w.blocks
        if s.support[b] != c and _stackable(s, b, c)
    ]
    if not opts:
        return None
    b, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I'd like the {b} on top of the {c}, not {_where(s, b)}.",
            f"The {b} is {_where(s, b)}, which is not how I wanted it. I want it stacked on the {c}.",
            f"What I asked for was the {b} on the {c}; it's still {_where(s, b)}.",
        ]
    )
    return _made(text, rels(Rel("on", b, c)), [(b, c)])


def t125_des_parent(w: World) -> Made:
    s = w.state
    opts = [
        (b, x)
        for b in w.blocks
        if s.base(b) not in s.bowls
        for x in w.bowls
        if _room(s, x)
    ]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I want the {b} back in the {bowl} where it belongs, not {_where(s, b)}.",
            f"Who took the {b} out of the {bowl}? I'd like it back in there.",
            f"I'd really like the {b} put away in the {bowl}. It's still {_where(s, b)}.",
        ]
    )
    return _made(text, rels(Rel("in", b, bowl)), _to(s, b, bowl))


def t125_des_qa(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"I'd expect the {b} to end up in the bin, but it's still {_where(w.state, b)}.",
            f"Desired outcome: the {b} in the bin. Current outcome: the {b} {_where(w.state, b)}.",
            f"The {b} should have been discarded; I want it in the bin.",
        ]
    )
    return _made(text, binned([b]), _to(w.state, b, BIN))


def t125_des_support(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Hi, I was hoping the {b} would be in {_place(p)} by now. Could you sort that out?",
            f"Hello, the customer would like the {b} moved to {_place(p)}; it's still {_where(w.state, b)}.",
            f"Hi, I'd really like my {b} in {_place(p)}, it's been {_where(w.state, b)} all day.",
        ]
    )
    return _made(text, rels(Rel("at", b, p)), _to(w.state, b, p))


def t125_des_roommate(w: World) -> Made:
    s = w.state
    opts = [
        (b, c)
        for b in _loose(w) + _bowl_clear(w)
        for c in w.blocks
        if _stackable(s, b, c) and s.support[b] != c
    ]
    if not opts:
        return None
    b, c = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I wanted my {b} stacked on the {c}, not left {_where(s, b)}.",
            f"man, I wanted the {b} on top of the {c}. why's it still {_where(s, b)}?",
        ]
    )
    return _made(text, rels(Rel("on", b, c)), [(b, c)])


# ----- quantified -----------------------------------------------------------------------------------
def t125_qua_frustrated(w: World) -> Made:
    s = w.state
    full = [x for x in w.bowls if s.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Ugh, everything in the {bowl} is wrong. It all belongs on the table.",
            f"Every single block in the {bowl} is in the wrong place! They all go on the table.",
            f"Why is there stuff in the {bowl}? All of it should be out on the table.",
        ]
    )
    check = lambda _i, f: all(f.base(b) in _GROUND for b in inside)
    return _made(text, check, _top_down(s, inside, TABLE))


def t125_qua_manager(w: World) -> Made:
    s = w.state
    out = s.on_the_table()
    if not out or len(out) > 5:
        return None
    text = w.rng.choice(
        [
            "All the blocks on the table were supposed to go in the bin. Please see to it.",
            f"Every block still out on the table was meant to be binned. That's {_NUMBERS[len(out)]} blocks.",
            "None of the blocks on the table should still be there; they all belong in the bin.",
        ]
    )
    return _made(text, binned(out), _top_down(s, out, BIN))


def t125_qua_parent(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    n = len(inside)
    many = "it" if n == 1 else ("both" if n == 2 else f"all {_NUMBERS[n]}")
    text = w.rng.choice(
        [
            f"The kids keep putting blocks in the bowls. None of them belong there, so take {many} out onto the table.",
            "Not one block should be in a bowl, kids! Every block in the bowls goes back on the table.",
            "All the blocks in the bowls are in the wrong place; they all belong on the table.",
        ]
    )
    if n == 1:
        text = w.rng.choice(
            [
                f"The kids put a block in a bowl again. No block belongs there, so take {many} out onto the table.",
                "Not one block should be in a bowl, kids! Whatever's in the bowls goes back on the table.",
            ]
        )
    check = lambda _i, f: all(f.base(b) in _GROUND for b in inside)
    return _made(text, check, _top_down(s, inside, TABLE))


def t125_qua_qa(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    inside = s.in_bowl(bowl)
    n = len(inside)
    if n and (w.rng.random() < 0.5 or not _room(s, bowl)):
        m = n - 1
        top = next(b for b in inside if s.is_clear(b))
        moves = [(top, TABLE)]
    else:
        extra = [b for b in w.clear_blocks() if b not in inside]
        if not extra or not _room(s, bowl):
            return None
        m = n + 1
        moves = [(w.rng.choice(extra), bowl)]
    noun = "block" if m == 1 else "blocks"
    text = w.rng.choice(
        [
            f"Issue: the {bowl} contains {n} block{'s' if n != 1 else ''}; expected exactly {m}.",
            f"Count check failed on the {bowl}: it should hold exactly {m} {noun}, not {n}.",
            f"The {bowl} is supposed to have exactly {_NUMBERS.get(m, m)} {noun} in it. Please correct.",
        ]
    )
    return _made(text, count_in(bowl, m), moves)


def t125_qua_support(w: World) -> Made:
    s = w.state
    bases = [b for b in w.blocks if s.support[b] not in s.support and s.above(b)]
    if not bases:
        return None
    base = w.rng.choice(bases)
    up = s.above(base)
    k = len(up)
    what = "the top block" if k == 1 else f"the top {_NUMBERS[k]} blocks"
    text = w.rng.choice(
        [
            (
                f"Hello, my tower on the {base} is a mess: {what} need{'s' if k == 1 else ''} to come off and sit on the "
                f"table on {'its' if k == 1 else 'their'} own."
            ),
            (
                f"Hi, nothing should be stacked on the {base}. Every block on top of it needs to come off, each one "
                "directly on the table."
            ),
        ]
    )
    return _made(
        text, both(rels(Rel("clear", base)), _flat(*up)), [(b, TABLE) for b in up]
    )


def t125_qua_roommate(w: World) -> Made:
    s = w.state
    stacked = [t for t, _ in w.pairs()]
    if not stacked:
        return None
    text = w.rng.choice(
        [
            (
                "Who stacked all these? No block should be sitting on another block; put the stacked ones down on the "
                "table."
            ),
            (
                "dude, every block that's on top of another one needs to come down onto the table. none of them "
                "should be stacked."
            ),
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.support[b] in _GROUND for b in stacked) and not any(
            x in f.support for x in f.support.values()
        )

    return _made(text, check, _top_down(s, stacked, TABLE))


# ----- negated --------------------------------------------------------------------------------------
def t125_neg_frustrated(w: World) -> Made:
    s = w.state
    full = [x for x in w.bowls if s.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"The {bowl} shouldn't have anything in it!",
            f"Why is there stuff in the {bowl}? Nothing is supposed to be in there.",
            f"Ugh, the {bowl} is not supposed to have a single block in it.",
        ]
    )
    return _made(text, empty(bowl), _top_down(s, s.in_bowl(bowl), TABLE))


def t125_neg_manager(w: World) -> Made:
    s = w.state
    stacked = [t for t, _ in w.pairs()]
    if not stacked:
        return None
    b = w.rng.choice(stacked)
    text = w.rng.choice(
        [
            f"Per our setup, the {b} is not supposed to be stacked on anything. Put it directly on the table.",
            f"The {b} must never sit on another block. It goes straight on the table surface.",
            f"Policy reminder: the {b} isn't kept on top of other blocks. Set it down flat on the table.",
        ]
    )
    return _made(text, _flat(b), _to(s, b, TABLE))


def t125_neg_parent(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if s.on_top(b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Nothing should be piled on the {b}. The kids keep doing it.",
            f"How many times do I have to say it: there shouldn't be anything on top of the {b}.",
            f"The {b} is not a shelf, kids. Nothing goes on top of it.",
        ]
    )
    return _made(text, rels(Rel("clear", b)), _clearing(s, b))


def t125_neg_qa(w: World) -> Made:
    s = w.state
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Defect: the {b} is in the {s.base(b)}. It should not be in any bowl.",
            f"Bug report: the {b} must not end up in a bowl, and it's in the {s.base(b)}.",
            f"Failed check: no bowl should contain the {b}.",
        ]
    )
    check = lambda _i, f: f.base(b) not in f.bowls
    return _made(text, check, _to(s, b, TABLE))


def t125_neg_support(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, below = w.rng.choice(tops)
    text = w.rng.choice(
        [
            (
                f"Hi, the {t} keeps ending up on top of the {below} and it shouldn't be there. Could you move it off? "
                "Please don't throw it away though."
            ),
            (
                f"Hello, my {t} is not supposed to be on the {below}. Can you take it off? I still need it, so not in "
                "the bin."
            ),
        ]
    )
    return _made(text, both(_off(t, below), none_binned([t])), [(t, TABLE)])


def t125_neg_roommate(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if s.base(b) in _GROUND and s.is_clear(b)]
    bowls = [x for x in w.bowls if _room(s, x)]
    if not opts or not bowls:
        return None
    b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"I don't want the {b} on the table anymore. Put it in a bowl, I don't care which.",
            f"dude, the {b} can't stay out on the table. any bowl is fine, just not out here.",
        ]
    )
    check = lambda _i, f: f.base(b) in f.bowls
    return _made(text, check, [(b, w.rng.choice(bowls))])


# ----- relative -------------------------------------------------------------------------------------
def t125_rel_frustrated(w: World) -> Made:
    tops = [(t, b) for t, b in _tops(w) if len(w.state.on_top(b)) == 1]
    if not tops:
        return None
    t, below = w.rng.choice(tops)
    text = w.rng.choice(
        [
            f"The block that's sitting on the {below} is in the way. Get it off and onto the table.",
            f"Ugh, whatever block is on top of the {below} is blocking it. Move that block onto the table.",
            f"The one that's stacked on the {below} is in my way! Put it on the table.",
        ]
    )
    return _made(text, both(_tabled(t), _off(t, below)), [(t, TABLE)])


def t125_rel_manager(w: World) -> Made:
    s = w.state
    single = [x for x in w.bowls if len(s.in_bowl(x)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    b = s.in_bowl(bowl)[0]
    others = [x for x in w.bowls if x != bowl and _room(s, x)]
    if others:
        other = w.rng.choice(others)
        text = w.rng.choice(
            [
                f"The block in the {bowl} was put there by mistake; it belongs in the {other}.",
                f"Whatever block was left in the {bowl} is misfiled. It should be in the {other}.",
            ]
        )
        return _made(text, rels(Rel("in", b, other)), [(b, other)])
    text = w.rng.choice(
        [
            f"The block in the {bowl} was put there by mistake; it belongs on the table.",
            f"Whatever block was left in the {bowl} is misfiled. It should be out on the table.",
        ]
    )
    return _made(text, _tabled(b), [(b, TABLE)])


def t125_rel_parent(w: World) -> Made:
    s = w.state
    refs = [x for x in w.bowls if not s.in_bowl(x)] + list(PLACES)
    ref = w.rng.choice(refs)
    if ref in layout.PLACES:
        px, py = layout.PLACES[ref]
        dist = {
            b: (
                (w.scene.get(b).position[0] - px) ** 2
                + (w.scene.get(b).position[1] - py) ** 2
            )
            ** 0.5
            for b in w.blocks
        }
    else:
        dist = {b: w.dist(b, ref) for b in w.blocks}
    cands = sorted((d, b) for b, d in dist.items())
    if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.03:
        return None
    b = cands[0][1]
    if not s.is_clear(b):
        return None
    text = w.rng.choice(
        [
            f"The block closest to {_place(ref)} is the one the kids keep playing with. Put it in the bin.",
            f"See the block that's nearest {_place(ref)}? It's chewed up. It goes in the bin.",
            f"That block right by {_place(ref)}, the closest one, is ruined. Throw it in the bin.",
        ]
    )
    return _made(text, binned([b]), [(b, BIN)])


def t125_rel_qa(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    t, below = w.rng.choice(pairs)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The block under the {t} is in the wrong place: it should be in {_place(p)}.",
            f"Issue: whichever block the {t} is resting on should be in {_place(p)} instead.",
            f"Wrong position for the block beneath the {t}. Expected location: {_place(p)}.",
        ]
    )
    return _made(text, rels(Rel("at", below, p)), _to(s, below, p))


def t125_rel_support(w: World) -> Made:
    s = w.state
    side = w.rng.choice(["left", "right"])
    sign = 1 if side == "left" else -1
    order = sorted((sign * w.y(b), b) for b in w.blocks)
    if len(order) < 2 or order[1][0] - order[0][0] < 0.03:
        return None
    b = order[0][1]
    if not s.is_clear(b):
        return None
    rooms = [x for x in w.bowls if x != s.base(b) and _room(s, x)]
    if not rooms:
        return None
    bowl = w.rng.choice(rooms)
    text = w.rng.choice(
        [
            f"Hi, the block that's furthest to the {side} is the one in the wrong place. It should be in the {bowl}.",
            f"Hello, the customer says the block on the far {side} was never put away; it goes in the {bowl}.",
        ]
    )
    return _made(text, rels(Rel("in", b, bowl)), [(b, bowl)])


def t125_rel_roommate(w: World) -> Made:
    tops = [(t, b) for t, b in _tops(w) if len(w.state.on_top(b)) == 1]
    if not tops:
        return None
    t, below = w.rng.choice(tops)
    text = w.rng.choice(
        [
            f"dude, whatever's sitting on my {below} has to go. just bin it.",
            f"the block you left on top of my {below}? it's trash, throw it in the bin.",
        ]
    )
    return _made(text, binned([t]), [(t, BIN)])


# ----- keep -----------------------------------------------------------------------------------------
def t125_keep_frustrated(w: World) -> Made:
    s = w.state
    opts = [
        (b, x)
        for b in w.blocks
        for x in w.bowls
        if s.base(b) != x and _room(s, x, 1 + len(s.above(b)))
    ]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    others = [a for a in w.blocks if a != b and a not in s.above(b)]
    if not others:
        return None
    a = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"The {a} is fine, leave it alone! It's the {b} that's wrong. It goes in the {bowl}.",
            f"Don't touch the {a}, it's where it should be. The problem is the {b}: it belongs in the {bowl}.",
        ]
    )
    return _made(text, both(rels(Rel("in", b, bowl)), kept(a)), _to(s, b, bowl))


def t125_keep_manager(w: World) -> Made:
    s = w.state
    opts = [b for b in w.clear_blocks() if s.support[b] not in _GROUND]
    if not opts:
        return None
    b = w.rng.choice(opts)
    rest = [x for x in w.blocks if x != b]
    text = w.rng.choice(
        [
            f"Only the {b} is out of place; it belongs on the table. Everything else stays exactly where it is.",
            (
                f"The only problem on the bench is the {b}, which should be on the table. Leave all the other blocks "
                "as they are."
            ),
        ]
    )
    check = both(
        _tabled(b), rels(Rel("on", b, s.support[b], negated=True)), kept(*rest)
    )
    if s.support[b] in s.bowls:
        check = both(_tabled(b), kept(*rest))
    return _made(text, check, [(b, TABLE)])


def t125_keep_parent(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs:
        t, below = w.rng.choice(pairs)
        tower = _tower(s, t)
        opts = [
            (b, x)
            for b in w.blocks
            if b not in tower
            for x in w.bowls
            if s.base(b) != x and _room(s, x)
        ]
        if not opts:
            return None
        b, bowl = w.rng.choice(opts)
        text = w.rng.choice(
            [
                (
                    f"Leave the {t} on the {below} just the way it is. The problem is the {b}, which should be in the "
                    f"{bowl}."
                ),
                (
                    f"The {t} sitting on the {below} is fine, don't touch those two. It's the {b} that belongs in the "
                    f"{bowl}."
                ),
            ]
        )
        return _made(
            text, both(rels(Rel("in", b, bowl)), kept(t, below)), _to(s, b, bowl)
        )
    opts2 = [
        (a, b, x)
        for a in w.blocks
        for b in w.blocks
        if a != b
        for x in w.bowls
        if s.base(b) != x
    ]
    opts2 = [o for o in opts2 if _room(s, o[2])]
    if not opts2:
        return None
    a, b, bowl = w.rng.choice(opts2)
    text = w.rng.choice(
        [
            f"Leave the {a} where it is, that one's fine. The {b} is the one that should be in the {bowl}.",
            f"The kids got the {a} right, leave it. But the {b} belongs in the {bowl}.",
        ]
    )
    return _made(text, both(rels(Rel("in", b, bowl)), kept(a)), _to(s, b, bowl))


def t125_keep_qa(w: World) -> Made:
    s = w.state
    b = w.rng.choice(w.blocks)
    others = [a for a in w.blocks if a != b and a not in s.above(b)]
    if not others:
        return None
    a = w.rng.choice(others)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Regression: the {b} should be at {_place(p)}. Do not touch the {a} while fixing it.",
            f"Bug: the {b} is {_where(s, b)}, expected in {_place(p)}. The {a} is correct and must not move.",
        ]
    )
    return _made(text, both(rels(Rel("at", b, p)), kept(a)), _to(s, b, p))


def t125_keep_support(w: World) -> Made:
    s = w.state
    opts = [
        (b, c)
        for b in w.clear_blocks()
        for c in w.blocks
        if s.support[b] != c and _stackable(s, b, c)
    ]
    if not opts:
        return None
    b, c = w.rng.choice(opts)
    rest = [d for d in w.blocks if d not in (b, c)]
    if not rest:
        return None
    d = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"The customer says the {b} should be on the {c}, but the {d} must stay where it is.",
            f"Hi, my {b} is supposed to be on top of the {c}. Please don't move the {d} though, it's fine.",
        ]
    )
    return _made(text, both(rels(Rel("on", b, c)), kept(d)), [(b, c)])


def t125_keep_roommate(w: World) -> Made:
    s = w.state
    b = w.rng.choice(w.blocks)
    others = [a for a in w.blocks if a != b and a not in s.above(b)]
    if not others:
        return None
    a = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"dude don't touch my {a}, it's fine where it is. your {b} though is in the wrong place, just bin it.",
            f"leave my {a} alone. the {b} on the other hand shouldn't be here at all, toss it in the bin.",
        ]
    )
    return _made(text, both(binned([b]), kept(a)), _to(s, b, BIN))


# ----- multi-step -----------------------------------------------------------------------------------
def t125_multi_frustrated(w: World) -> Made:
    s = w.state
    tall = [
        b for b in w.blocks if s.support[b] not in s.support and len(s.above(b)) >= 2
    ]
    if tall and w.rng.random() < 0.6:
        base = w.rng.choice(tall)
        up = s.above(base)
        two, rest = up[:2], up[2:]
        keep_top = rest[0] if rest else base
        text = w.rng.choice(
            [
                f"This tower on the {base} is a mess, the top two need to come off and go on the table.",
                f"Ugh, the stack on the {base} is wrong. Take the two top blocks off it and put them on the table.",
            ]
        )
        check = both(rels(Rel("clear", keep_top)), *(_tabled(x) for x in two))
        return _made(text, check, [(x, TABLE) for x in two])
    clear = w.clear_blocks()
    opts = [
        (a, b, x)
        for a in clear
        for b in clear
        if a != b
        for x in w.bowls
        if s.base(a) != x and _room(s, x)
    ]
    if not opts:
        return None
    a, b, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Two things are wrong here: the {a} should be in the {bowl}, and the {b} should be in the bin.",
            f"Ugh, it's all wrong. The {a} goes in the {bowl}, and the {b} was supposed to be thrown in the bin.",
        ]
    )
    return _made(
        text, both(rels(Rel("in", a, bowl)), binned([b])), [(a, bowl), (b, BIN)]
    )


def t125_multi_manager(w: World) -> Made:
    s = w.state
    opts = [
        (t, b, x)
        for t, b in _tops(w)
        for x in w.bowls
        if s.base(b) != x and _room(s, x)
    ]
    if not opts:
        return None
    t, below, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Two corrections. First, get the {t} off the {below}; then the {below} goes in the {bowl}.",
            (
                f"The {below} was supposed to be in the {bowl}, and it has the {t} on it. Take the {t} off first, then "
                f"put the {below} in the {bowl}."
            ),
        ]
    )
    return _made(
        text,
        both(_off(t, below), rels(Rel("in", below, bowl))),
        [(t, TABLE), (below, bowl)],
    )


def t125_multi_parent(w: World) -> Made:
    s = w.state
    ins = [b for b in _bowl_clear(w)]
    if not ins:
        return None
    a = w.rng.choice(ins)
    rest = [b for b in w.clear_blocks() if b != a]
    if not rest:
        return None
    b = w.rng.choice(rest)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"The kids made two messes: the {a} is in the {s.base(a)} and should be on the table, and the {b} "
                f"should go in {_place(p)}."
            ),
            (
                f"Okay, two things. The {a} doesn't belong in the {s.base(a)}, it goes on the table. And the {b} "
                f"belongs in {_place(p)}."
            ),
        ]
    )
    return _made(text, both(_tabled(a), rels(Rel("at", b, p))), [(a, TABLE), (b, p)])


def t125_multi_qa(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    opts = [(a, x) for a in clear for x in w.bowls if s.base(a) != x and _room(s, x)]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    pairs = [
        (b, c)
        for b in clear
        for c in w.blocks
        if a not in (b, c)
        and s.support[b] != c
        and s.base(c) != bowl
        and _stackable(s, b, c)
    ]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Two bugs. 1) The {a} ended up {_where(s, a)}, expected the {bowl}. 2) The {b} should be on the {c}.",
            f"Found two defects: the {a} is not in the {bowl} as expected, and the {b} is not on top of the {c}.",
        ]
    )
    return _made(
        text, both(rels(Rel("in", a, bowl)), rels(Rel("on", b, c))), [(a, bowl), (b, c)]
    )


def t125_multi_support(w: World) -> Made:
    s = w.state
    opts = [a for a in w.clear_blocks() if s.support[a] not in _GROUND]
    if not opts:
        return None
    a = w.rng.choice(opts)
    spot = s.support[a]
    rest = [b for b in w.clear_blocks() if b not in (a, spot)]
    if not rest:
        return None
    b = w.rng.choice(rest)
    goal = Rel("in", b, spot) if spot in s.bowls else Rel("on", b, spot)
    text = w.rng.choice(
        [
            f"Hi, a few problems: the {a} needs to go in the bin, and then the {b} should go where the {a} was.",
            f"Hello, the {a} shouldn't be {_where(s, a)}, please throw it in the bin. Then put the {b} where the {a} used to be.",
        ]
    )
    return _made(text, both(binned([a]), rels(goal)), [(a, BIN), (b, spot)])


def t125_multi_roommate(w: World) -> Made:
    s = w.state
    opts = []
    for a in w.clear_blocks():
        for c in w.blocks:
            if c == a or c == s.support[a] or not _stackable(s, a, c, 2):
                continue
            opts += [(a, c, b) for b in w.clear_blocks() if b not in (a, c)]
    if not opts:
        return None
    a, c, b = w.rng.choice(opts)
    below = s.support[a]
    if below in s.support:
        text = w.rng.choice(
            [
                f"ok so the {a} is on the wrong block, it goes on the {c}, and after that put the {b} on top of it.",
                f"dude, the {a} shouldn't be on the {below}. move it onto the {c}, then stack the {b} on the {a}.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"ok so the {a} is in the wrong place, it goes on the {c}, and after that put the {b} on top of it.",
                f"dude, your {a} is {_where(s, a)}, it's supposed to be on the {c} with the {b} on top of it.",
            ]
        )
    return _made(text, rels(Rel("on", a, c), Rel("on", b, a)), [(a, c), (b, a)])


# ----- questions ------------------------------------------------------------------------------------
def t125_q_frustrated(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        t, below = w.rng.choice(pairs)
    else:
        t, below = w.pick(w.blocks, 2)
    flag = s.support[t] == below
    text = w.rng.choice(
        [
            f"Is the {t} still sitting on the {below}? I asked for it to be moved ages ago.",
            f"Ugh, tell me honestly: is the {t} still on top of the {below}?",
        ]
    )
    return _ask(text, yes(flag))


def t125_q_manager(w: World) -> Made:
    n = len(w.state.on_the_table())
    text = w.rng.choice(
        [
            "How many blocks are still lying around on the table? There shouldn't be any.",
            "Quick audit: how many blocks have been left out on the table instead of put away?",
        ]
    )
    return _ask(text, str(n))


def t125_q_parent(w: World) -> Made:
    s = w.state
    tops = [(t, b) for t, b in w.pairs() if len(s.on_top(b)) == 1]
    single = [x for x in w.bowls if len(s.in_bowl(x)) == 1]
    if tops and (not single or w.rng.random() < 0.5):
        t, below = w.rng.choice(tops)
        text = w.rng.choice(
            [
                f"Which block did the kids put on top of the {below}?",
                f"Somebody stacked something on the {below} again. Which block is it?",
            ]
        )
        return _ask(text, t)
    if not single:
        return None
    bowl = w.rng.choice(single)
    text = w.rng.choice(
        [
            f"Which block did the kids throw in the {bowl}?",
            f"There's a block in the {bowl} that shouldn't be there. Which one is it?",
        ]
    )
    return _ask(text, s.in_bowl(bowl)[0])


def t125_q_qa(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Verify: is the {bowl} empty? It's supposed to be.",
            f"Checking a reported bug: is the {bowl} empty right now?",
        ]
    )
    return _ask(text, yes(not w.state.in_bowl(bowl)))


def t125_q_support(w: World) -> Made:
    s = w.state
    ins = w.in_bowls()
    if ins and w.rng.random() < 0.5:
        b = w.rng.choice(ins)
        bowl = s.base(b)
    else:
        b = w.rng.choice(w.blocks)
        bowl = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Hi, is my {b} in the {bowl}? It's supposed to be there.",
            f"Hello, a customer is asking whether the {b} is inside the {bowl}. Is it?",
        ]
    )
    return _ask(text, yes(s.base(b) == bowl))


def t125_q_roommate(w: World) -> Made:
    s = w.state
    covered = [b for b in w.blocks if s.on_top(b)]
    if covered and w.rng.random() < 0.5:
        b = w.rng.choice(covered)
    else:
        b = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"Is there anything on top of my {b}? I need it and it's probably buried.",
            f"yo, did somebody pile stuff on my {b} again? is anything sitting on it?",
        ]
    )
    return _ask(text, yes(bool(s.on_top(b))))


# ----- matching -------------------------------------------------------------------------------------
def _match_fix(w: World, todo: list[tuple[str, str]]) -> list[Move]:
    """Moves that put each block of `todo` in its bowl, redoing any that clearing undid."""
    f, moves = w.state.copy(), []
    done = [
        (b, x)
        for b in w.blocks
        if (x := _colour_bowl(w, b)) is not None and w.state.base(b) == x
    ]
    for _ in range(3):
        for b, bowl in todo + done:
            if f.base(b) != bowl:
                for m in _to(f, b, bowl):
                    moves.append(m)
                    f.support[m[0]] = m[1]
    return moves


def _match_room(w: World, todo: list[tuple[str, str]]) -> bool:
    return all(_room(w.state, bowl, 1 + len(w.state.above(b))) for b, bowl in todo)


def t125_match_frustrated(w: World) -> Made:
    todo = _unmatched(w)
    if not todo or not _match_room(w, todo):
        return None
    text = w.rng.choice(
        [
            "Whoever did this mixed up the bowls: each block should be in its own colour's bowl.",
            "Ugh, the colours are all wrong. Every block that has a bowl of its colour belongs in that bowl.",
            "Why aren't these sorted? The blocks go in the bowls of the same colour!",
        ]
    )
    return _made(text, rels(*matching(w)), _match_fix(w, todo))


def t125_match_manager(w: World) -> Made:
    s = w.state
    todo = [(b, x) for b, x in _unmatched(w) if _room(s, x, 1 + len(s.above(b)))]
    if not todo:
        return None
    b, bowl = w.rng.choice(todo)
    if s.base(b) in s.bowls:
        text = w.rng.choice(
            [
                f"The {b} is in the wrong bowl. It belongs in the bowl that matches its colour.",
                f"For the record, the {b} was filed in the {s.base(b)}; it goes in the bowl of its own colour.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"The {b} hasn't been put away: it goes in the bowl of the same colour.",
                f"Note for the team: the {b} is supposed to be stored in its matching bowl, but it's {_where(s, b)}.",
            ]
        )
    return _made(text, rels(Rel("in", b, bowl)), _match_fix(w, [(b, bowl)]))


def t125_match_parent(w: World) -> Made:
    s = w.state
    todo = [(b, x) for b, x in _unmatched(w) if _room(s, x, 1 + len(s.above(b)))]
    if not todo:
        return None
    b, bowl = w.rng.choice(todo)
    text = w.rng.choice(
        [
            f"The {bowl} is missing its block. The block of the same colour should be in it.",
            f"Kids, the {bowl} is supposed to get the block that matches it, and it doesn't have it.",
            f"The {bowl} is supposed to have the matching block in it, and it's still not there.",
        ]
    )
    return _made(text, rels(Rel("in", b, bowl)), _match_fix(w, [(b, bowl)]))


def t125_match_qa(w: World) -> Made:
    todo = _unmatched(w)
    if not todo or not _match_room(w, todo):
        return None
    n = len(todo)
    text = w.rng.choice(
        [
            (
                f"Colour sort failed for {n} block{'s' if n != 1 else ''}: each block with a same-coloured bowl must be "
                "sitting in it."
            ),
            "Colour sort check failed. Every block that has a bowl of its own colour must be in that bowl.",
        ]
    )
    return _made(text, rels(*matching(w)), _match_fix(w, todo))


def t125_match_support(w: World) -> Made:
    s = w.state
    todo = _unmatched(w)
    if not todo or not _match_room(w, todo):
        return None
    if len(todo) == 1:
        b, bowl = todo[0]
        text = w.rng.choice(
            [
                (
                    f"Hi, I asked for the blocks to be sorted into bowls by colour, but the {b} is {_where(s, b)}. "
                    "Can you fix that?"
                ),
                f"Hello, the colour sorting isn't right: the {b} isn't in the bowl of its colour.",
            ]
        )
        return _made(text, rels(Rel("in", b, bowl)), _match_fix(w, todo))
    names = [b for b, _ in todo]
    listed = ", ".join(f"the {b}" for b in names[:-1]) + f" and the {names[-1]}"
    text = w.rng.choice(
        [
            (
                f"Hi, I asked for the blocks to be sorted into bowls by colour and it isn't done: {listed} are still "
                "not in the bowls of their colours."
            ),
            (
                f"Hello, the customer's colour sort is unfinished. {listed[0].upper()}{listed[1:]} each still need "
                "to go in the bowl that matches them."
            ),
        ]
    )
    return _made(text, rels(*matching(w)), _match_fix(w, todo))


def t125_match_roommate(w: World) -> Made:
    s = w.state
    todo = [(b, x) for b, x in _unmatched(w) if _room(s, x, 1 + len(s.above(b)))]
    if not todo:
        return None
    b, bowl = w.rng.choice(todo)
    c = w.colour(b)
    text = w.rng.choice(
        [
            f"the {c} block and the {c} bowl go together, man. why is the block {_where(s, b)}?",
            f"dude, the {b} goes in the {c} bowl, same colour. it's {_where(s, b)}.",
        ]
    )
    return _made(text, rels(Rel("in", b, bowl)), _match_fix(w, [(b, bowl)]))


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
_STYLES = ("frustrated", "manager", "parent", "qa", "support", "roommate")
FRESH125: list[Template] = [
    (f"t125_{short}_{style}", category, globals()[f"t125_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
