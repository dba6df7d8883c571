"""`FRESH134`, the hundred-and-thirty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: repetition and loops said in words. People who describe the job as something to keep doing, or to do
once per item, rather than as an end state: "keep putting blocks in the bin until none are left on the table",
"one by one, take the blocks out of the green bowl", "go through the tower and bin each block". Every loop has a
clear end state, and the check is that end state (plus whatever the sentence protects). Each check carries a
`demo`: the moves the tester had in mind, used only by the tester's own self-check.

- until: "Keep dropping blocks into the bin until the table has no blocks on it."
- each: "For each block in the green bowl: lift it out and set it down on the table."
- onebyone: "One by one, take the blocks off the red block and put them on the table."
- repeat: "Put the red block in the bin, then do the same with the blue block."
- aslong: "As long as there's a block on the red block, take the top one off and drop it in the bin."
- through: "Go through the blocks in the green bowl and move each one to the top left corner."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on cdeb722, the code of 91da592, after every fix before it and before anything
it could prompt): 0.28 goal-correct (84 of 300), 188 refused, 8 asked, 20 wrong, nine of them actions: 'take a block off
the table and bin it; do it three times in all' and 'then do that twice more' binned one block (four times); 'as long as
anything is stacked on X, lift the top block off and throw it in the bin' restacked the others instead of binning them
(twice); 'the blocks on the table all get dropped in the bin, one at a time' left the bottom of a tower (three times);
eleven wrong replies (the help text for 'how many blocks would you have to lift out of W before it's empty?'). Most
refusals were the loop itself: 'keep ...ing until', 'while W still has blocks in it', 'as long as', 'go through ... and
... each one', 'the same again for Y', 'Y the same way', 'but not with Z'.
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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

_GROUND = (TABLE, *PLACES)
_WORDS = ("zero", "one", "two", "three", "four", "five", "six")
_MARGIN = 0.03  # metres of y that make "left of" clear


# ----- helpers ---------------------------------------------------------------------------------------
def _made(text: str, check: Check, demo: list[tuple[str, str]]) -> Made:
    """The instance; the check must also leave the gripper empty. `demo`: intended (block, target) moves."""

    def final(i, f) -> bool:
        return f.held is None and check(i, f)

    final.demo = demo  # type: ignore[attr-defined]
    return text, final


def _ask(text: str, answer: str) -> Made:
    return text, answered(answer)


def _on_table(w: World) -> list[str]:
    """Blocks whose tower stands on the table (not in a bowl)."""
    return w.state.on_the_table()


def _direct(w: World, bowl: str) -> int:
    """How many blocks sit on the floor of `bowl` (its slots)."""
    return sum(1 for s in w.state.support.values() if s == bowl)


def _with_above(w: World) -> list[str]:
    """Blocks with at least one block on them."""
    return [b for b in w.blocks if w.state.above(b)]


def _grounded(w: World) -> list[str]:
    """Blocks resting directly on the table."""
    return [b for b in w.blocks if w.state.support[b] in _GROUND]


def _lone(w: World) -> list[str]:
    """Blocks alone on the table: directly on it and nothing on top."""
    return [b for b in _grounded(w) if w.state.is_clear(b)]


def _filled(w: World) -> list[str]:
    return [bw for bw in w.bowls if w.state.in_bowl(bw)]


def _on_tbl(blocks: list[str]) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _in(blocks: list[str], bowl: str) -> Check:
    return rels(*(Rel("in", b, bowl) for b in blocks))


def _at(blocks: list[str], place: str) -> Check:
    return rels(*(Rel("at", b, place) for b in blocks))


def _clear(block: str) -> Check:
    return rels(Rel("clear", block))


def _tops_first(w: World, blocks: list[str]) -> list[str]:
    """`blocks`, higher ones first (so that each is clear when its turn comes)."""
    return sorted(blocks, key=lambda b: _height(w, b), reverse=True)


def _height(w: World, block: str) -> int:
    n, s = 0, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _moves(w: World, blocks: list[str], target: str) -> list[tuple[str, str]]:
    return [(b, target) for b in _tops_first(w, blocks)]


def _left_of(w: World, x: str) -> list[str] | None:
    """Blocks clearly left of `x` (smaller y); None when some block is too close to call."""
    yx = w.y(x)
    if any(abs(w.y(b) - yx) < _MARGIN for b in w.blocks if b != x):
        return None
    return [b for b in w.blocks if w.y(b) < yx - _MARGIN]


def _matches(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every block with a bowl of its colour."""
    return [(r.block, r.target) for r in matching(w)]


def _match_made(w: World, texts: tuple[str, ...]) -> Made:
    pairs = _matches(w)
    todo = [(b, bw) for b, bw in pairs if w.state.base(b) != bw]
    if not todo:
        return None
    return _made(w.rng.choice(texts), rels(*matching(w)), _tops_first_pairs(w, todo))


def _tops_first_pairs(w: World, pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(pairs, key=lambda p: _height(w, p[0]), reverse=True)


def _count_on_table(n: int) -> Check:
    return lambda _i, f: len(f.on_the_table()) == n


# ----- imperative -------------------------------------------------------------------------------------
def t134_imp_until(w: World) -> Made:
    t = _on_table(w)
    if len(t) < 2 or len(w.blocks) > 5:
        return None
    text = w.rng.choice(
        (
            "Keep putting blocks in the bin until there are no blocks left on the table.",
            "Keep dropping blocks into the bin until the table has no blocks on it.",
            "Put blocks in the bin, and keep at it until none are left on the table.",
        )
    )
    return _made(text, binned(t), _moves(w, t, BIN))


def t134_imp_each(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        (
            f"Take each block out of the {bowl} and put it on the table.",
            f"For each block in the {bowl}: lift it out and set it down on the table.",
            f"Every block that's in the {bowl}, take it out and leave it on the table.",
        )
    )
    return _made(text, both(empty(bowl), _on_tbl(inside)), _moves(w, inside, TABLE))


def t134_imp_onebyone(w: World) -> Made:
    bases = _with_above(w)
    if not bases:
        return None
    base = w.rng.choice(bases)
    above = w.state.above(base)
    text = w.rng.choice(
        (
            f"One by one, take the blocks off the {base} and put them on the table.",
            f"Take the blocks off the {base} one at a time and set each of them down on the table.",
            f"Lift the blocks off the {base}, one at a time, and put every one of them on the table.",
        )
    )
    return _made(text, both(_clear(base), _on_tbl(above)), _moves(w, above, TABLE))


def t134_imp_repeat(w: World) -> Made:
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None:
        return None
    text = w.rng.choice(
        (
            f"Put the {a} in the bin, then do the same with the {b}.",
            f"Drop the {a} into the bin, and then repeat that with the {b}.",
            f"Bin the {a}. Then the {b} too, same thing.",
        )
    )
    return _made(text, binned([a, b]), [(a, BIN), (b, BIN)])


def t134_imp_aslong(w: World) -> Made:
    bases = _with_above(w)
    if not bases:
        return None
    base = w.rng.choice(bases)
    above = w.state.above(base)
    text = w.rng.choice(
        (
            f"As long as there's a block on the {base}, take the top one off and drop it in the bin.",
            f"While the {base} still has something on it, keep taking the top block off and putting it in the bin.",
            f"As long as anything is stacked on the {base}, lift the top block off and throw it in the bin.",
        )
    )
    return _made(text, both(_clear(base), binned(above)), _moves(w, above, BIN))


def t134_imp_through(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    place = w.rng.choice(PLACES)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        (
            f"Go through the blocks in the {bowl} and move each one to the {place}.",
            f"Work through the {bowl} block by block, putting every one of them in the {place}.",
            f"Go through what's in the {bowl}, one block at a time, and set each block down at the {place}.",
        )
    )
    return _made(text, _at(inside, place), _moves(w, inside, place))


# ----- declarative ------------------------------------------------------------------------------------
def t134_dec_until(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        (
            f"The job is to keep taking blocks out of the {bowl} and putting them on the table until the bowl is empty.",
            f"You keep moving blocks from the {bowl} onto the table until there are none left in it.",
            f"Blocks come out of the {bowl} and go on the table, again and again, until that bowl is empty.",
        )
    )
    return _made(text, both(empty(bowl), _on_tbl(inside)), _moves(w, inside, TABLE))


def t134_dec_each(w: World) -> Made:
    t = _on_table(w)
    if len(t) < 2 or len(w.blocks) > 5:
        return None
    text = w.rng.choice(
        (
            "Each block on the table goes into the bin, one after another.",
            "Every single block on the table is going in the bin, each in turn.",
            "The blocks on the table all get dropped in the bin, one at a time, each of them.",
        )
    )
    return _made(text, binned(t), _moves(w, t, BIN))


def t134_dec_onebyone(w: World) -> Made:
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        free = layout.BOWL_CAPACITY - _direct(w, bowl)
        outside = [b for b in w.blocks if w.state.base(b) != bowl]
        k = min(3, free, len(outside))
        if k >= 2:
            break
    else:
        return None
    chosen = w.pick(outside, k)
    names = ", ".join(f"the {b}" for b in chosen[:-1]) + f" and the {chosen[-1]}"
    text = w.rng.choice(
        (
            f"{names[0].upper() + names[1:]} go into the {bowl}, one by one.",
            f"One at a time, {names} are going in the {bowl}.",
            f"{names[0].upper() + names[1:]} each go in the {bowl}, one after the other.",
        )
    )
    return _made(text, _in(chosen, bowl), [(b, bowl) for b in chosen])


def t134_dec_repeat(w: World) -> Made:
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        (
            f"The {a} needs to go to the {place}, and after that the {b} does too.",
            f"The {a} goes in the {place}. Then the same again for the {b}.",
            f"First the {a} gets moved to the {place}, and then the {b} gets the same treatment.",
        )
    )
    return _made(text, _at([a, b], place), [(a, place), (b, place)])


def t134_dec_aslong(w: World) -> Made:
    for base in w.rng.sample(w.blocks, len(w.blocks)):
        above = w.state.above(base)
        if not above:
            continue
        bowls = [
            bw for bw in w.bowls if _direct(w, bw) + len(above) <= layout.BOWL_CAPACITY
        ]
        if bowls:
            break
    else:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        (
            f"As long as the {base} has something on it, you take the top block off and put it in the {bowl}.",
            f"While anything is still sitting on the {base}, the top block comes off and goes into the {bowl}.",
            f"The rule is: as long as there's a block on the {base}, the top one moves into the {bowl}.",
        )
    )
    return _made(text, both(_clear(base), _in(above, bowl)), _moves(w, above, bowl))


def t134_dec_through(w: World) -> Made:
    for src in w.rng.sample(_filled(w), len(_filled(w))):
        inside = w.state.in_bowl(src)
        dests = [
            bw
            for bw in w.bowls
            if bw != src and _direct(w, bw) + len(inside) <= layout.BOWL_CAPACITY
        ]
        if dests:
            break
    else:
        return None
    dest = w.rng.choice(dests)
    text = w.rng.choice(
        (
            f"Your task is to work through the {src} block by block, moving each one over to the {dest}.",
            f"You're going through the {src}: every block in it gets moved to the {dest}, one at a time.",
            f"The blocks in the {src} go to the {dest}, each one in turn.",
        )
    )
    return _made(text, both(empty(src), _in(inside, dest)), _moves(w, inside, dest))


# ----- desiderative -----------------------------------------------------------------------------------
def t134_des_until(w: World) -> Made:
    t = _on_table(w)
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        if len(t) >= 2 and _direct(w, bowl) + len(t) <= layout.BOWL_CAPACITY:
            break
    else:
        return None
    text = w.rng.choice(
        (
            f"I'd like you to keep moving blocks into the {bowl} until there are none left on the table.",
            f"I want you to keep putting blocks from the table in the {bowl} till the table has no blocks on it.",
            f"Could you keep filling the {bowl} with blocks from the table until the table has none left?",
        )
    )
    return _made(text, both(_in(t, bowl), _count_on_table(0)), _moves(w, t, bowl))


def t134_des_each(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        (
            f"I want each block in the {bowl} moved to the bin.",
            f"I'd like every block in the {bowl} put in the bin, each one on its own trip.",
            f"Please take each of the blocks in the {bowl} and drop it in the bin; that's what I'd like.",
        )
    )
    return _made(text, binned(inside), _moves(w, inside, BIN))


def t134_des_onebyone(w: World) -> Made:
    bowls = _filled(w)
    lone = _lone(w)
    if not bowls or not lone:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    if len(inside) + 1 > layout.MAX_TOWER:
        return None
    x = w.rng.choice(lone)
    order = _tops_first(w, inside)
    text = w.rng.choice(
        (
            f"I'd like you to move the blocks out of the {bowl} one by one and stack them on the {x}.",
            f"I want the blocks from the {bowl} piled on top of the {x}, one at a time.",
            f"One block at a time, I'd like whatever is in the {bowl} stacked up on the {x}.",
        )
    )
    on_x: Check = lambda _i, f: all(b in f.above(x) for b in inside)
    demo = [(b, below) for b, below in zip(order, [x, *order])]
    return _made(text, both(empty(bowl), on_x), demo)


def t134_des_repeat(w: World) -> Made:
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        outside = [b for b in w.blocks if w.state.base(b) != bowl]
        if _direct(w, bowl) <= 2 and len(outside) >= 2:
            break
    else:
        return None
    a, b = w.pick(outside, 2)
    text = w.rng.choice(
        (
            f"I'd like the {a} in the {bowl}, and then the same for the {b}, please.",
            f"I want you to put the {a} in the {bowl}, then do that again with the {b}.",
            f"Could you put the {a} into the {bowl}? And after that, the {b} as well, same way.",
        )
    )
    return _made(text, _in([a, b], bowl), [(a, bowl), (b, bowl)])


def t134_des_aslong(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        (
            f"As long as the {bowl} has blocks in it, I want you to keep taking one out and putting it in the bin.",
            f"I'd like you to keep emptying the {bowl} into the bin, a block at a time, for as long as anything's in it.",
            f"While there's still a block in the {bowl}, I want you to take it out and bin it.",
        )
    )
    return _made(text, both(empty(bowl), binned(inside)), _moves(w, inside, BIN))


def t134_des_through(w: World) -> Made:
    t = _on_table(w)
    if not 2 <= len(t) <= 5:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        (
            f"I'd like you to go through the blocks on the table one by one and put each in the {place}.",
            f"I want every block that's on the table moved to the {place}; go through them one at a time.",
            f"Could you work your way through the blocks on the table and move each of them to the {place}?",
        )
    )
    return _made(text, _at(t, place), _moves(w, t, place))


# ----- quantified -------------------------------------------------------------------------------------
def t134_qua_until(w: World) -> Made:
    t = _on_table(w)
    k = w.rng.choice((1, 2))
    if len(t) <= k or len(t) - k > 5:
        return None
    text = w.rng.choice(
        (
            (
                f"Keep moving blocks from the table into the bin until exactly {_WORDS[k]} "
                f"{'is' if k == 1 else 'are'} left on the table."
            ),
            (
                f"Put blocks from the table in the bin, one at a time, until only {_WORDS[k]} "
                f"{'block remains' if k == 1 else 'blocks remain'} on the table."
            ),
            f"Keep binning blocks off the table till there's just {_WORDS[k]} {'block' if k == 1 else 'blocks'} left there.",
        )
    )
    from_table: Check = lambda _i, f: all(f.base(b) in (BIN, *_GROUND) for b in t)
    return _made(
        text,
        both(_count_on_table(k), from_table),
        _moves(w, _tops_first(w, t)[: len(t) - k], BIN),
    )


def t134_qua_each(w: World) -> Made:
    t = _on_table(w)
    if not 2 <= len(t) <= 5:
        return None
    n = _WORDS[len(t)]
    text = w.rng.choice(
        (
            f"Take all {n} blocks that are on the table and put each one in the bin.",
            f"All {n} of the blocks on the table go in the bin, one per trip.",
            f"Every one of the {n} blocks on the table: into the bin, one at a time.",
        )
    )
    return _made(text, binned(t), _moves(w, t, BIN))


def t134_qua_onebyone(w: World) -> Made:
    t = _on_table(w)
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        k = min(3, layout.BOWL_CAPACITY - _direct(w, bowl), len(t))
        if k >= 2:
            break
    else:
        return None
    k = w.rng.randint(2, k)
    text = w.rng.choice(
        (
            f"Put {_WORDS[k]} blocks from the table into the {bowl}, one at a time.",
            f"One by one, move {_WORDS[k]} of the blocks on the table into the {bowl}.",
            f"Take {_WORDS[k]} blocks off the table, one after the other, and put each in the {bowl}.",
        )
    )
    got: Check = lambda _i, f: sum(1 for b in t if f.base(b) == bowl) == k
    return _made(text, got, _moves(w, _tops_first(w, t)[:k], bowl))


def t134_qua_repeat(w: World) -> Made:
    t = _on_table(w)
    if len(t) < 3:
        return None
    text = w.rng.choice(
        (
            "Drop a block from the table into the bin. Then do that twice more.",
            "Put one block from the table in the bin, and repeat that two more times.",
            "Take a block off the table and bin it; do it three times in all.",
        )
    )
    three: Check = lambda _i, f: (
        sum(1 for b in f.blocks if f.base(b) == BIN) == 3
        and all(b in t for b in f.blocks if f.base(b) == BIN)
    )
    return _made(text, three, _moves(w, _tops_first(w, t)[:3], BIN))


def t134_qua_aslong(w: World) -> Made:
    t = _on_table(w)
    k = w.rng.choice((1, 2))
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        if len(t) > k and _direct(w, bowl) + len(t) - k <= layout.BOWL_CAPACITY:
            break
    else:
        return None
    text = w.rng.choice(
        (
            (
                f"As long as there are more than {_WORDS[k]} {'block' if k == 1 else 'blocks'} on the table, "
                f"put one of them in the {bowl}."
            ),
            (
                f"While the table still has more than {_WORDS[k]} {'block' if k == 1 else 'blocks'} on it, "
                f"keep moving one at a time into the {bowl}."
            ),
            f"Keep putting blocks from the table in the {bowl} as long as more than {_WORDS[k]} are left on the table.",
        )
    )
    moved: Check = lambda _i, f: all(f.base(b) in (bowl, *_GROUND) for b in t)
    return _made(
        text,
        both(_count_on_table(k), moved),
        _moves(w, _tops_first(w, t)[: len(t) - k], bowl),
    )


def t134_qua_through(w: World) -> Made:
    t = _on_table(w)
    if not 2 <= len(t) <= 5 or len(t) == len(w.blocks):
        return None
    text = w.rng.choice(
        (
            "Go through every block that isn't in a bowl and put each one in the bin.",
            "Work through all the blocks that aren't in a bowl, one by one, and bin every one of them.",
            "Every block not sitting in a bowl: go through them all and drop each in the bin.",
        )
    )
    return _made(text, binned(t), _moves(w, t, BIN))


# ----- negated ----------------------------------------------------------------------------------------
def t134_neg_until(w: World) -> Made:
    t = _on_table(w)
    if not 2 <= len(t) <= 6:
        return None
    x = w.rng.choice(t)
    rest = [b for b in t if b != x]
    if len(rest) > 5:
        return None
    text = w.rng.choice(
        (
            f"Don't stop putting blocks from the table in the bin until the {x} is the only one left there.",
            f"Keep binning blocks from the table until only the {x} is left, and don't bin the {x}.",
            f"Keep clearing blocks off the table into the bin, but not the {x}: stop when it's the only one left.",
        )
    )
    check = both(binned(rest), rels(Rel("on_table", x)))
    demo = [m for m in _moves(w, rest, BIN)] + (
        [(x, TABLE)] if w.state.support[x] not in _GROUND else []
    )
    return _made(text, check, _order_demo(w, demo))


def _order_demo(w: World, demo: list[tuple[str, str]]) -> list[tuple[str, str]]:
    return sorted(demo, key=lambda m: _height(w, m[0]), reverse=True)


def t134_neg_each(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        (
            f"Take each block out of the {bowl}, but don't put any of them in the bin; just leave them on the table.",
            f"Each block in the {bowl} comes out and goes on the table, not in the bin.",
            f"Empty the {bowl} one block at a time onto the table, and don't bin a single one.",
        )
    )
    return _made(text, both(empty(bowl), _on_tbl(inside)), _moves(w, inside, TABLE))


def t134_neg_onebyone(w: World) -> Made:
    bases = _with_above(w)
    if not bases:
        return None
    base = w.rng.choice(bases)
    above = w.state.above(base)
    text = w.rng.choice(
        (
            f"Move the blocks off the {base} one by one, and don't put any of them in the bin.",
            f"One at a time, take everything off the {base}, but none of it goes in the bin.",
            f"Clear the {base} a block at a time, without binning any of the blocks you take off.",
        )
    )
    return _made(text, both(_clear(base), none_binned(above)), _moves(w, above, TABLE))


def t134_neg_repeat(w: World) -> Made:
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        outside = [b for b in w.blocks if w.state.base(b) != bowl]
        if _direct(w, bowl) <= 2 and len(outside) >= 3:
            break
    else:
        return None
    # the left-out block must not have to pass through the bowl: keep it off the towers of a and b
    for _ in range(10):
        a, b, c = w.pick(outside, 3)
        if c not in w.state.above(a) + w.state.above(b):
            break
    else:
        return None
    text = w.rng.choice(
        (
            f"Put the {a} in the {bowl}, then do the same with the {b}, but not with the {c}.",
            f"Move the {a} into the {bowl} and repeat that for the {b}; don't do it for the {c}.",
            f"The {a} goes in the {bowl}, then the {b} the same way. Not the {c}, though.",
        )
    )
    check = both(_in([a, b], bowl), rels(Rel("in", c, bowl, negated=True)))
    return _made(text, check, [(a, bowl), (b, bowl)])


def t134_neg_aslong(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        (
            f"As long as the {bowl} isn't empty, keep taking blocks out of it and putting them on the table.",
            f"Until there's no block left in the {bowl}, keep lifting one out and setting it on the table.",
            f"Don't stop taking blocks out of the {bowl} and onto the table while it still has any in it.",
        )
    )
    return _made(text, both(empty(bowl), _on_tbl(inside)), _moves(w, inside, TABLE))


def t134_neg_through(w: World) -> Made:
    t = _on_table(w)
    bowled = w.state.in_bowls()
    if not bowled or not 2 <= len(t) <= 5:
        return None
    text = w.rng.choice(
        (
            "Go through the blocks one by one and put every block that isn't in a bowl into the bin.",
            "Work through the blocks and bin each one that's not in a bowl; leave the ones in bowls out of it.",
            "One at a time, put the blocks in the bin, apart from those in bowls, which don't go in the bin.",
        )
    )
    return _made(text, both(binned(t), none_binned(bowled)), _moves(w, t, BIN))


# ----- relative ---------------------------------------------------------------------------------------
def t134_rel_until(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside)
    text = w.rng.choice(
        (
            f"Keep taking blocks out of the bowl that has the {x} in it until it's empty, and put them on the table.",
            f"The bowl the {x} is sitting in: keep lifting blocks out of it onto the table until there are none left.",
            f"Take blocks out of the bowl that's holding the {x}, one after another, onto the table till it's empty.",
        )
    )
    return _made(text, both(empty(bowl), _on_tbl(inside)), _moves(w, inside, TABLE))


def t134_rel_each(w: World) -> Made:
    tops = [top for top, _below in w.pairs()]
    if not tops:
        return None
    text = w.rng.choice(
        (
            "Take each block that's sitting on top of another block and put it on the table.",
            "Every block that is resting on another block: lift it off and set it on the table.",
            "Go block by block and move each one that's stacked on another block down onto the table.",
        )
    )
    return _made(text, _on_tbl(tops), _moves(w, tops, TABLE))


def t134_rel_onebyone(w: World) -> Made:
    for x in w.rng.sample(w.blocks, len(w.blocks)):
        left = _left_of(w, x)
        if left and len(left) <= 5:
            break
    else:
        return None
    text = w.rng.choice(
        (
            f"One by one, put the blocks that are to the left of the {x} into the bin.",
            f"Every block that's left of the {x}: into the bin, one at a time.",
            f"Take the blocks that sit to the left of the {x} and drop them in the bin one after another.",
        )
    )
    return _made(text, binned(left), _moves(w, left, BIN))


def t134_rel_repeat(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.is_clear(top)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        (
            f"Take the block that's sitting on the {below} and put it in the bin; then do the same with the {below}.",
            f"Bin the block that's on top of the {below}, and after that repeat it for the {below} itself.",
            f"Whatever block is on the {below} goes in the bin, and then the {below} goes the same way.",
        )
    )
    above = w.state.above(top)
    return _made(
        text, binned([top, below]), [*_moves(w, above, TABLE), (top, BIN), (below, BIN)]
    )


def t134_rel_aslong(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, below = w.rng.choice(pairs)
    above = w.state.above(below)
    text = w.rng.choice(
        (
            (
                f"As long as the block that the {x} is sitting on has anything on it, "
                "take the top block off and put it on the table."
            ),
            f"The block under the {x}: while something is still on it, keep lifting the top one off onto the table.",
            f"Keep taking the top block off the one the {x} rests on, onto the table, as long as it has anything on it.",
        )
    )
    return _made(text, both(_clear(below), _on_tbl(above)), _moves(w, above, TABLE))


def t134_rel_through(w: World) -> Made:
    bowled = w.state.in_bowls()
    if not bowled:
        return None
    text = w.rng.choice(
        (
            "Go through the blocks that are in a bowl, one at a time, and put each of them in the bin.",
            "Work through every block that's sitting in a bowl and drop each one in the bin.",
            "One after another, take the blocks that are in bowls and bin them.",
        )
    )
    return _made(text, binned(bowled), _moves(w, bowled, BIN))


# ----- keep -------------------------------------------------------------------------------------------
def t134_keep_until(w: World) -> Made:
    t = _on_table(w)
    ground = [b for b in _grounded(w) if b in t]
    if len(t) < 2 or not ground:
        return None
    k = w.rng.choice(ground)
    rest = [b for b in t if b != k]
    if len(rest) > 5:
        return None
    text = w.rng.choice(
        (
            f"Keep putting blocks from the table in the bin until the {k} is the only one left, and don't move the {k}.",
            (
                f"Bin the blocks on the table one after another, leaving the {k} exactly where it is, "
                "until it's the last one there."
            ),
            f"Keep clearing the table into the bin, block by block, but the {k} stays put.",
        )
    )
    return _made(text, both(binned(rest), kept(k)), _moves(w, rest, BIN))


def t134_keep_each(w: World) -> Made:
    bases = _with_above(w)
    if not bases:
        return None
    base = w.rng.choice(bases)
    above = w.state.above(base)
    text = w.rng.choice(
        (
            f"Take each block off the {base} and put it on the table, and leave the {base} itself right where it is.",
            f"For each block stacked on the {base}, lift it off onto the table; don't move the {base}.",
            f"Every block on the {base} comes off onto the table, one at a time. Keep the {base} where it is.",
        )
    )
    return _made(
        text, both(_clear(base), _on_tbl(above), kept(base)), _moves(w, above, TABLE)
    )


def t134_keep_onebyone(w: World) -> Made:
    t = _on_table(w)
    ground = [b for b in _grounded(w) if b in t]
    if len(t) < 3 or not ground:
        return None
    k = w.rng.choice(ground)
    rest = [b for b in t if b != k]
    place = w.rng.choice(PLACES)
    if len(rest) > len(layout.PLACE_SLOTS):
        return None
    text = w.rng.choice(
        (
            f"One at a time, move every block on the table to the {place}, except the {k}, which stays where it is.",
            f"One by one, take the blocks on the table over to the {place}, but keep the {k} where it is.",
            f"Move the blocks on the table to the {place}, one after the other; leave the {k} alone.",
        )
    )
    return _made(text, both(_at(rest, place), kept(k)), _moves(w, rest, place))


def t134_keep_repeat(w: World) -> Made:
    ground = _grounded(w)
    place = w.rng.choice(PLACES)
    for k in w.rng.sample(ground, len(ground)):
        others = [b for b in w.blocks if b != k and k not in w.state.above(b)]
        if len(others) >= 2:
            break
    else:
        return None
    a, b = w.pick(others, 2)
    text = w.rng.choice(
        (
            f"Put the {a} in the {place}, then do the same with the {b}, and keep the {k} where it is.",
            f"Move the {a} to the {place} and repeat that for the {b}. Don't touch the {k}.",
            f"The {a} goes to the {place}, and then the {b} the same way; the {k} stays exactly where it is.",
        )
    )
    above = [x for x in w.state.above(a) + w.state.above(b) if x not in (a, b)]
    demo = [*_moves(w, above, TABLE), (a, place), (b, place)]
    return _made(text, both(_at([a, b], place), kept(k)), demo)


def t134_keep_aslong(w: World) -> Made:
    bowls = _filled(w)
    lone = _lone(w)
    if not bowls or not lone:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    k = w.rng.choice(lone)
    text = w.rng.choice(
        (
            (
                f"As long as there are blocks in the {bowl}, take them out one at a time and put them in the bin, "
                f"but leave the {k} alone."
            ),
            f"While the {bowl} still has blocks in it, keep binning them one by one; the {k} stays where it is.",
            f"Keep moving blocks from the {bowl} to the bin as long as there are any, without touching the {k}.",
        )
    )
    return _made(
        text, both(empty(bowl), binned(inside), kept(k)), _moves(w, inside, BIN)
    )


def t134_keep_through(w: World) -> Made:
    bases = _with_above(w)
    if not bases:
        return None
    base = w.rng.choice(bases)
    above = w.state.above(base)
    text = w.rng.choice(
        (
            (
                f"Go through the stack on the {base} from the top down, putting each block in the bin, "
                f"but keep the {base} where it is."
            ),
            f"Work down the blocks on the {base} one at a time and bin each of them; the {base} itself stays put.",
            f"Bin the blocks on top of the {base}, going through them one by one, and leave the {base} where it is.",
        )
    )
    return _made(text, both(binned(above), kept(base)), _moves(w, above, BIN))


# ----- multi-step -------------------------------------------------------------------------------------
def t134_multi_until(w: World) -> Made:
    for base in w.rng.sample(w.blocks, len(w.blocks)):
        if not w.state.above(base):
            continue
        bowls = [
            bw
            for bw in w.bowls
            if w.state.base(base) != bw and _direct(w, bw) < layout.BOWL_CAPACITY
        ]
        if bowls:
            break
    else:
        return None
    bowl = w.rng.choice(bowls)
    above = w.state.above(base)
    text = w.rng.choice(
        (
            f"Keep taking blocks off the {base} until it's clear, then put the {base} in the {bowl}.",
            f"Take the blocks off the {base} one at a time till nothing's on it; after that, move it into the {bowl}.",
            f"First keep lifting blocks off the {base} until it's bare, and then put the {base} in the {bowl}.",
        )
    )
    check = both(_in([base], bowl), _clear(base))
    return _made(text, check, [*_moves(w, above, TABLE), (base, bowl)])


def t134_multi_each(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    x = w.rng.choice(outside)
    text = w.rng.choice(
        (
            f"Put each block from the {bowl} in the bin, and after that, put the {x} in the {bowl}.",
            f"One at a time, move every block in the {bowl} to the bin; then put the {x} in the {bowl}.",
            f"First bin each block that's in the {bowl}, then the {x} goes in the {bowl}.",
        )
    )
    above = w.state.above(x)
    return _made(
        text,
        both(binned(inside), _in([x], bowl)),
        [*_moves(w, inside, BIN), *_moves(w, above, TABLE), (x, bowl)],
    )


def t134_multi_onebyone(w: World) -> Made:
    t = _on_table(w)
    bowled = w.state.in_bowls()
    if not bowled or not 2 <= len(t) <= 5:
        return None
    y = w.rng.choice(bowled)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        (
            f"First move the blocks on the table into the bin one at a time, then put the {y} on the {place}.",
            f"One by one, bin the blocks that are on the table. After that, take the {y} to the {place}.",
            f"Drop the table's blocks in the bin one after another, and once that's done, move the {y} to the {place}.",
        )
    )
    above = [b for b in w.state.above(y)]
    return _made(
        text,
        both(binned(t), _at([y], place)),
        [*_moves(w, t, BIN), *_moves(w, above, TABLE), (y, place)],
    )


def t134_multi_repeat(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        if _direct(w, bowl) < layout.BOWL_CAPACITY and w.state.base(c) != bowl:
            break
    else:
        return None
    text = w.rng.choice(
        (
            f"Put the {a} in the bin, then repeat with the {b}, and finally put the {c} in the {bowl}.",
            f"Bin the {a}, do the same with the {b}, and after that move the {c} into the {bowl}.",
            f"The {a} goes in the bin, then the {b} the same way; last, the {c} into the {bowl}.",
        )
    )
    above = [x for x in w.state.above(c) if x not in (a, b)]
    demo = [(a, BIN), (b, BIN), *_moves(w, above, TABLE), (c, bowl)]
    return _made(text, both(binned([a, b]), _in([c], bowl)), demo)


def t134_multi_aslong(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    x = w.rng.choice(outside)
    text = w.rng.choice(
        (
            (
                f"As long as the {bowl} has blocks in it, move them out one at a time onto the table; "
                f"then put the {x} in the {bowl}."
            ),
            (
                f"While there's anything in the {bowl}, take a block out and set it on the table. "
                f"When it's empty, put the {x} in it."
            ),
            f"Keep emptying the {bowl} onto the table as long as it has blocks, and then drop the {x} into it.",
        )
    )
    above = w.state.above(x)
    only_x: Check = lambda _i, f: f.in_bowl(bowl) == [x]
    return _made(
        text,
        both(_on_tbl(inside), _in([x], bowl), only_x),
        [*_moves(w, inside, TABLE), *_moves(w, above, TABLE), (x, bowl)],
    )


def t134_multi_through(w: World) -> Made:
    for base in w.rng.sample(w.blocks, len(w.blocks)):
        above = w.state.above(base)
        if not above:
            continue
        tower = {base, *above}
        hosts = [
            b
            for b in w.blocks
            if b not in tower
            and b not in w.state.above(base)
            and base not in w.state.above(b)
            and w.state.is_clear(b)
            and _height(w, b) + 2 <= layout.MAX_TOWER
        ]
        if hosts:
            break
    else:
        return None
    x = w.rng.choice(hosts)
    text = w.rng.choice(
        (
            f"Go through the blocks on the {base}, putting each one on the table, and then stack the {base} on the {x}.",
            f"Take the blocks on the {base} off one by one onto the table; after that, put the {base} on the {x}.",
            f"Work down the stack on the {base}, moving each block to the table, then set the {base} on top of the {x}.",
        )
    )
    check = both(_on_tbl(above), rels(Rel("on", base, x)))
    return _made(text, check, [*_moves(w, above, TABLE), (base, x)])


# ----- questions --------------------------------------------------------------------------------------
def t134_q_until(w: World) -> Made:
    bowls = _filled(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        (
            f"If you kept taking blocks out of the {bowl} until it was empty, how many would you take out?",
            f"How many blocks would you have to lift out of the {bowl}, one at a time, before it's empty?",
            f"Say you keep emptying the {bowl} block by block until nothing's left. How many blocks is that?",
        )
    )
    return _ask(text, str(n))


def t134_q_each(w: World) -> Made:
    t = _on_table(w)
    if not 1 <= len(t) <= 5:
        return None
    text = w.rng.choice(
        (
            "If you moved each block that isn't in a bowl to the bin, one per trip, how many trips would that be?",
            (
                "How many times would you have to go to the bin to get rid of every block that's not in a bowl, "
                "one block each time?"
            ),
            "Taking them one at a time, how many trips to the bin would it take to bin each block outside the bowls?",
        )
    )
    return _ask(text, str(len(t)))


def t134_q_onebyone(w: World) -> Made:
    n = len(_grounded(w))
    text = w.rng.choice(
        (
            (
                "Counting them one by one, how many blocks are resting directly on the table, not on another block "
                "and not in a bowl?"
            ),
            (
                "Go through the blocks one at a time: how many of them sit right on the table itself, "
                "with no block or bowl under them?"
            ),
            "One by one, how many blocks have nothing but the table underneath them?",
        )
    )
    return _ask(text, str(n))


def t134_q_repeat(w: World) -> Made:
    t = _on_table(w)
    clear = [b for b in t if w.state.is_clear(b)]
    if len(clear) < 2:
        return None
    a, b = w.pick(clear, 2)
    left = len(t) > 2
    text = w.rng.choice(
        (
            f"If you put the {a} in the bin and then did the same with the {b}, would any blocks be left on the table?",
            f"Suppose you bin the {a}, and then repeat that for the {b}. Is there still a block on the table after that?",
            f"After dropping the {a} in the bin and doing the same for the {b}, would the table still have blocks on it?",
        )
    )
    return _ask(text, yes(left))


def t134_q_aslong(w: World) -> Made:
    bases = _with_above(w)
    if not bases:
        return None
    base = w.rng.choice(bases)
    n = len(w.state.above(base))
    text = w.rng.choice(
        (
            f"How many times would you have to take the top block off the {base} before there's nothing left on it?",
            f"If you kept lifting blocks off the {base} as long as it had anything on it, how many would you lift?",
            f"Taking one block at a time off the {base} until it's clear, how many moves is that?",
        )
    )
    return _ask(text, str(n))


def t134_q_through(w: World) -> Made:
    stacked = [
        b for b in w.blocks if w.state.above(b) or w.state.support[b] in w.state.support
    ]
    if not stacked:
        return None
    bottom = peak = w.rng.choice(stacked)
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    while w.state.on_top(peak):
        peak = w.state.on_top(peak)[0]
    text = w.rng.choice(
        (
            f"Going down the stack the {peak} is on, one block at a time, which block would you reach last?",
            f"If you took apart the tower with the {peak} at the top, block by block, which block would be the last one?",
            f"Work through the tower that has the {peak} on top, from the top down: which block is at the very bottom?",
        )
    )
    return _ask(text, bottom)


# ----- matching ---------------------------------------------------------------------------------------
def t134_match_until(w: World) -> Made:
    return _match_made(
        w,
        (
            "Keep putting blocks into the bowls of their own colour until every block that has a matching bowl is in it.",
            "Keep going until each block with a bowl of the same colour is sitting in that bowl.",
            "Keep matching blocks to the bowls of the same colour till there's none left to match.",
        ),
    )


def t134_match_each(w: World) -> Made:
    return _match_made(
        w,
        (
            "For each block that has a bowl of the same colour, put it in that bowl.",
            "Every block whose colour matches a bowl: put it in that bowl.",
            "Put each block that has a same-coloured bowl into its bowl.",
        ),
    )


def t134_match_onebyone(w: World) -> Made:
    return _match_made(
        w,
        (
            "One at a time, put each block in the bowl that's the same colour as it, if there is one.",
            "One by one, move the blocks into the bowls that match their colour, wherever there's a match.",
            "Block by block, drop each one into the bowl of its own colour, when there's a bowl of that colour.",
        ),
    )


def t134_match_repeat(w: World) -> Made:
    pairs = [(b, bw) for b, bw in _matches(w) if w.state.base(b) != bw]
    if not pairs:
        return None
    first, bowl = w.rng.choice(pairs)
    text = w.rng.choice(
        (
            f"Put the {first} in the {bowl}, and then do the same for any other block whose colour matches a bowl.",
            f"The {first} goes in the {bowl}. Repeat that for every other block that has a bowl of its colour.",
            f"Start with the {first} into the {bowl}, then keep doing the same with the other blocks that match a bowl.",
        )
    )
    return _made(text, rels(*matching(w)), _tops_first_pairs(w, pairs))


def t134_match_aslong(w: World) -> Made:
    return _match_made(
        w,
        (
            "As long as there's a block outside the bowl of its own colour, pick it up and put it in that bowl.",
            "While some block still isn't in the bowl that matches its colour, move it there.",
            "As long as any block with a same-coloured bowl is outside it, keep putting blocks in their bowls.",
        ),
    )


def t134_match_through(w: World) -> Made:
    return _match_made(
        w,
        (
            "Go through the blocks one by one: if a bowl has the same colour as the block, put the block in it.",
            "Work through the blocks and drop each one into the bowl of its colour, whenever there's such a bowl.",
            "Go through every block, and whenever one matches a bowl's colour, put it in that bowl.",
        ),
    )


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
_STYLES = ("until", "each", "onebyone", "repeat", "aslong", "through")
FRESH134: list[Template] = [
    (f"t134_{short}_{style}", category, globals()[f"t134_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
