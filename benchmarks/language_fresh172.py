"""`FRESH172`, the hundred-and-seventy-third untuned batch: sixty language templates, six per category, for the offline planner.

The theme is reciprocals, reflexives and 'each other': people describe a relation between several things at once
("stack the red and blue blocks on each other", "keep them apart from one another", "the blue block should sit by
itself", "put them together in one bowl", "let them trade places", "put one of them on the other"). The checks
accept every outcome the words allow: "on each other" is either block on top (anywhere but the bin); "apart" is any
arrangement where the two share no bowl and no tower; "by itself on the table" is resting on the table (or a named
place on it) with no block under or on it, and "by itself in a bowl" is the only block in that bowl; "together in a
bowl" is the same bowl, stacked or side by side; a swap puts each block where the other rested (on the same block,
in the same bowl, or on the table). No check lets a block end in the bin unless the bin is named, or one in the
gripper.
The six styles:

- eachother: "stack the red block and the blue block on each other" (on each other, on one another)
- apart: "separate the red block and the blue block from each other" (apart, away from each other, different bowls)
- alone: "put the green block on the table by itself" (by itself, on its own, by themselves, to itself)
- together: "put the red block and the blue block together in one bowl" (together with each other, sharing a bowl)
- swap: "swap the red block and the blue block with each other" (swap, trade places, change places)
- other: "put one of the red block and the blue block on the other" (one ... the other, one in each, the others)

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d8e59ff, the code of 9a795f3, before anything it could prompt): 0.46
goal-correct (138 of 300), 111 refused, 15 asked. Sixteen wrong actions: "X and Y are both on the table, each one on its
own" reported done with a block on one of them; "put all three blocks that are on the table together in one bowl" moved
one; "put X and the only block in W on top of one another" put X in W; "move X and Y apart from one another", "take the X
and Y blocks away from one another" and "keep X where it is and move Y away from it" did nothing; "I'd like X in a bowl by
itself" put it in a bowl with another block; "..., and then Z on top of the other two" put Z on another block; "leave X
alone and take Y apart from it: ..." left Y in the gripper. Twenty wrong replies: 'are X and Y stacked on each other?',
'is X in a bowl by itself?', 'how many other blocks are in the same tower as X?' got "I don't see ...".
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.planner_language import Check, Made, Template, World, answered, both, kept, matching, yes
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_FLOOR = (TABLE, *PLACES)
_ROOM = 2  # a bowl that takes two more blocks holds at most this many already


# ----- small helpers ------------------------------------------------------------------------------
def _c(name: str) -> str:
    """The colour word of an object's name."""
    return name.split()[0]


def _opt(w: World, *texts: str) -> str:
    return w.rng.choice(texts)


def _mix(w: World, items: list[str]) -> list[str]:
    out = list(items)
    w.rng.shuffle(out)
    return out


def _settled(f: SymState, binnable: tuple[str, ...] = ()) -> bool:
    """Nothing in the gripper and no block thrown in the bin unless the sentence asked for it."""
    return f.held is None and all(f.base(b) != BIN for b in f.blocks if b not in binnable)


def _act(goal: Callable[[SymState, SymState], bool], binnable: tuple[str, ...] = ()) -> Check:
    return lambda i, f: _settled(f, binnable) and goal(i, f)


def _fresh(w: World, check: Check) -> bool:
    """Doing nothing must not already satisfy the check."""
    return not check(w.state, w.state)


def _stacked2(s: SymState, a: str, b: str) -> bool:
    """One of the two rests directly on the other."""
    return s.support[a] == b or s.support[b] == a


def _same_tower(s: SymState, a: str, b: str) -> bool:
    return a in s.above(b) or b in s.above(a)


def _same_bowl(s: SymState, a: str, b: str) -> bool:
    return s.base(a) in s.bowls and s.base(a) == s.base(b)


def _together(s: SymState, a: str, b: str) -> bool:
    return _same_tower(s, a, b) or _same_bowl(s, a, b)


def _apart(s: SymState, a: str, b: str) -> bool:
    return not _together(s, a, b)


def _in_tower(s: SymState, b: str) -> bool:
    return s.support[b] in s.support or not s.is_clear(b)


def _alone_table(s: SymState, b: str) -> bool:
    """On the table (or a named place on it), nothing under it but the table and nothing on it."""
    return s.support[b] in _FLOOR and s.is_clear(b)


def _alone_bowl(s: SymState, b: str) -> bool:
    return s.base(b) in s.bowls and s.in_bowl(s.base(b)) == [b]


def _alone(s: SymState, b: str) -> bool:
    """Not on a block, nothing on it, and no other block in its bowl."""
    return s.support[b] not in s.support and s.is_clear(b) and s.base(b) not in (BIN, "gripper") and (
        s.base(b) not in s.bowls or s.in_bowl(s.base(b)) == [b])


def _on_table(s: SymState, b: str) -> bool:
    return s.base(b) in _FLOOR


def _chain(s: SymState, blocks: list[str]) -> bool:
    """The blocks form one unbroken pile, one on another in any order (on anything but the bin)."""
    group = set(blocks)
    bottoms = [b for b in blocks if s.support[b] not in group]
    inside = {s.support[b] for b in blocks if s.support[b] in group}
    return len(bottoms) == 1 and len(inside) == len(blocks) - 1 and s.base(bottoms[0]) not in (BIN, "gripper")


def _tower(s: SymState, b: str) -> list[str]:
    """The blocks of b's tower, bottom first."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *s.above(bottom)]


def _level(s: SymState, b: str) -> int:
    return _tower(s, b).index(b) + 1


def _spot(s: SymState, b: str) -> tuple[str, ...]:
    """Where a block rests, as a swap reads it: on a block, in a bowl, or on the table."""
    sup = s.support[b]
    if sup in s.support:
        return ("on", sup)
    if s.base(b) in s.bowls:
        return ("in", s.base(b))
    if sup in _FLOOR:
        return ("table",)
    return (sup,)


def _swapped(i: SymState, f: SymState, a: str, b: str) -> bool:
    return _spot(f, a) == _spot(i, b) and _spot(f, b) == _spot(i, a)


def _swap_pairs(s: SymState) -> list[tuple[str, str]]:
    clear = [b for b in s.blocks if s.is_clear(b)]
    return [(a, b) for a in clear for b in clear if a < b and _spot(s, a) != _spot(s, b)]


def _together_pairs(s: SymState) -> list[tuple[str, str]]:
    return [(a, b) for a in s.blocks for b in s.blocks if a < b and _together(s, a, b)]


def _roomy(s: SymState, bowl: str, besides: tuple[str, ...] = (), room: int = _ROOM) -> bool:
    return len([b for b in s.in_bowl(bowl) if b not in besides]) <= room


def _matched(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every block that has a bowl of its colour."""
    return [(r.args[0], r.args[1]) for r in matching(w)]


def _refs(s: SymState) -> dict[str, list[str]]:
    """Ways to name a block by where it is rather than by its colour alone."""
    out: dict[str, list[str]] = {b: [] for b in s.blocks}
    for b in s.blocks:
        if s.support[b] in s.support:
            out[b].append(f"the block that sits on the {s.support[b]}")
        for t in s.on_top(b):
            out[b].append(f"the block that the {t} sits on")
        if s.base(b) in s.bowls and s.in_bowl(s.base(b)) == [b]:
            out[b].append(f"the only block in the {s.base(b)}")
    return {b: r for b, r in out.items() if r}


def _two_towers(s: SymState) -> list[tuple[str, str]]:
    """(top, bottom) of every tower of exactly two blocks."""
    return [(t, b) for t, b in s.support.items() if b in s.support and s.support[b] not in s.support
            and s.is_clear(t)]


# ----- imperative ---------------------------------------------------------------------------------
def t172_imp_eachother(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in s.blocks for b in s.blocks if a < b and not _stacked2(s, a, b)]
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    text = _opt(w, f"Stack the {a} and the {b} on each other.",
                f"Put the {a} and the {b} on top of one another; either one can go on top.",
                f"Pile the {_c(a)} and {_c(b)} blocks on one another.")
    return text, _act(lambda _i, f: _stacked2(f, a, b))


def t172_imp_apart(w: World) -> Made:
    pairs = _together_pairs(w.state)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    text = _opt(w, f"Separate the {a} and the {b} from each other.",
                f"Move the {a} and the {b} apart, so that they no longer share a bowl or a tower.",
                f"Take the {_c(a)} and {_c(b)} blocks away from one another.")
    return text, _act(lambda _i, f: _apart(f, a, b))


def t172_imp_alone(w: World) -> Made:
    s = w.state
    xs = [b for b in s.blocks if not _alone_table(s, b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _opt(w, f"Put the {x} on the table by itself.",
                f"Stand the {x} on its own on the table.",
                f"Set the {x} down on the table all by itself, with nothing on it.")
    return text, _act(lambda _i, f: _alone_table(f, x))


def t172_imp_together(w: World) -> Made:
    s = w.state
    bowls = [g for g in s.bowls if _roomy(s, g)]
    pairs = [(a, b) for a in s.blocks for b in s.blocks if a < b and not _same_bowl(s, a, b)]
    if not bowls or not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    if len(s.bowls) == 1:
        g = s.bowls[0]
        text = _opt(w, f"Put the {a} and the {b} together in the {g}.",
                    f"Get the {a} and the {b} into the {g}, together.")
        return text, _act(lambda _i, f: f.base(a) == g and f.base(b) == g)
    text = _opt(w, f"Put the {a} and the {b} together in one bowl; any bowl will do.",
                f"Get the {a} and the {b} into the same bowl as each other.")
    return text, _act(lambda _i, f: _same_bowl(f, a, b))


def t172_imp_swap(w: World) -> Made:
    pairs = _swap_pairs(w.state)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    text = _opt(w, f"Swap the {a} and the {b} with each other.",
                f"Swap the places of the {a} and the {b}.",
                f"Make the {a} and the {b} trade places with each other.")
    return text, _act(lambda i, f: _swapped(i, f, a, b))


def t172_imp_other(w: World) -> Made:
    s = w.state
    if any(not _roomy(s, g, room=3) for g in s.bowls):
        return None
    a, b = w.pick(s.blocks, 2)
    bowls = list(s.bowls)
    if len(bowls) == 2:
        text = f"Put the {a} in one bowl and the {b} in the other."
        check = _act(lambda _i, f: {f.base(a), f.base(b)} == set(bowls))
    elif len(bowls) == 3:
        g = w.rng.choice(bowls)
        text = f"Put the {a} in the {g}, and the {b} in one of the other bowls."
        check = _act(lambda _i, f: f.base(a) == g and f.base(b) in bowls and f.base(b) != g)
    else:
        g = bowls[0]
        text = f"Put one of the {a} and the {b} in the {g} and the other one on the table."
        check = _act(lambda _i, f: (f.base(a) == g and _on_table(f, b)) or (f.base(b) == g and _on_table(f, a)))
    return (text, check) if _fresh(w, check) else None


# ----- declarative --------------------------------------------------------------------------------
def t172_dec_eachother(w: World) -> Made:
    s = w.state
    trio = w.pick(s.blocks, 3)
    if len(trio) < 3 or _chain(s, trio):
        return None
    a, b, c = trio
    text = _opt(w, f"The {a}, the {b} and the {c} are stacked on one another in a single tower, in any order.",
                f"The {_c(a)}, {_c(b)} and {_c(c)} blocks should be piled on top of one another, in whatever order.")
    return text, _act(lambda _i, f: _chain(f, trio))


def t172_dec_apart(w: World) -> Made:
    s = w.state
    if len(s.bowls) < 2 or sum(_roomy(s, g, room=3) for g in s.bowls) < 2:
        return None
    a, b = w.pick(s.blocks, 2)

    def goal(_i: SymState, f: SymState) -> bool:
        return f.base(a) in f.bowls and f.base(b) in f.bowls and f.base(a) != f.base(b)

    text = _opt(w, f"The {a} and the {b} are in different bowls from each other.",
                f"The {a} should be in a bowl, and the {b} in a different bowl from it.")
    check = _act(goal)
    return (text, check) if _fresh(w, check) else None


def t172_dec_alone(w: World) -> Made:
    s = w.state
    pair_bowls = [g for g in s.bowls if len(s.in_bowl(g)) == 2]
    if pair_bowls and w.rng.random() < 0.5:
        g = w.rng.choice(pair_bowls)
        a, b = s.in_bowl(g)
        text = f"The two blocks in the {g} each stand by themselves on the table."
    else:
        a, b = w.pick(s.blocks, 2)
        if _alone_table(s, a) and _alone_table(s, b):
            return None
        text = _opt(w, f"The {a} and the {b} each stand on the table by themselves.",
                    f"The {a} and the {b} are both on the table, each one on its own.")
    return text, _act(lambda _i, f: _alone_table(f, a) and _alone_table(f, b))


def t172_dec_together(w: World) -> Made:
    s = w.state
    a, b = w.pick(s.blocks, 2)
    bowls = [g for g in s.bowls if _roomy(s, g, (a, b)) and not (s.base(a) == g and s.base(b) == g)]
    if not bowls:
        return None
    g = w.rng.choice(bowls)
    text = _opt(w, f"The {a} and the {b} are together in the {g}.",
                f"The {g} holds the {a} and the {b} together.")
    return text, _act(lambda _i, f: f.base(a) == g and f.base(b) == g)


def t172_dec_swap(w: World) -> Made:
    pairs = _swap_pairs(w.state)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    text = _opt(w, f"The {a} and the {b} have swapped places with each other.",
                f"The {a} is where the {b} is now, and the {b} is where the {a} is now.")
    return text, _act(lambda i, f: _swapped(i, f, a, b))


def t172_dec_other(w: World) -> Made:
    s = w.state
    a, b = w.pick(s.blocks, 2)
    bowls = [g for g in s.bowls if _roomy(s, g, (a, b))]
    if not bowls:
        return None
    g = w.rng.choice(bowls)
    text = _opt(w, f"One of the {a} and the {b} sits on the other, inside the {g}.",
                f"Inside the {g}, one of the {_c(a)} and {_c(b)} blocks rests on top of the other.")
    check = _act(lambda _i, f: _stacked2(f, a, b) and f.base(a) == g)
    return (text, check) if _fresh(w, check) else None


# ----- desiderative -------------------------------------------------------------------------------
def t172_des_eachother(w: World) -> Made:
    s = w.state
    groups = [s.in_bowl(g) for g in s.bowls if 2 <= len(s.in_bowl(g)) <= 4 and not _chain(s, s.in_bowl(g))]
    if groups and w.rng.random() < 0.5:
        group = w.rng.choice(groups)
        g = s.base(group[0])
        text = _opt(w, f"I want the blocks in the {g} stacked on one another.",
                    f"I'd like the blocks that are in the {g} piled on top of each other, in any order.")
        return text, _act(lambda _i, f: _chain(f, group))
    pairs = [(a, b) for a in s.blocks for b in s.blocks if a < b and not _stacked2(s, a, b)]
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    text = _opt(w, f"I'd like the {a} and the {b} stacked on each other; I don't mind which is on top.",
                f"I want the {_c(a)} and {_c(b)} blocks on top of one another.",
                f"Make it so that the {a} and the {b} are on top of each other.")
    return text, _act(lambda _i, f: _stacked2(f, a, b))


def t172_des_apart(w: World) -> Made:
    pairs = _together_pairs(w.state)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    text = _opt(w, f"I'd like the {a} and the {b} kept apart from each other, not in the same bowl and not in the "
                   "same tower.",
                f"I want the {a} and the {b} away from one another: no shared bowl and no shared tower.")
    return text, _act(lambda _i, f: _apart(f, a, b))


def t172_des_alone(w: World) -> Made:
    s = w.state
    xs = [b for b in s.blocks if not _alone_bowl(s, b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _opt(w, f"I'd like the {x} in a bowl by itself.",
                f"I want the {x} to have a bowl all to itself.",
                f"Make it so that the {x} is alone in a bowl.")
    return text, _act(lambda _i, f: _alone_bowl(f, x))


def t172_des_together(w: World) -> Made:
    s = w.state
    group = w.pick(s.blocks, w.rng.choice((2, 3)))
    if not group:
        return None

    def goal(_i: SymState, f: SymState) -> bool:
        bases = {f.base(b) for b in group}
        return len(bases) == 1 and bases <= set(f.bowls)

    if len(group) == 2:
        a, b = group
        text = _opt(w, f"I'd like the {a} and the {b} together in one bowl.",
                    f"Make it so that the {a} and the {b} share a bowl with each other.")
    else:
        a, b, c = group
        text = _opt(w, f"I want the {a}, the {b} and the {c} all together in the same bowl.",
                    f"I'd like the {_c(a)}, {_c(b)} and {_c(c)} blocks to be in one bowl together.")
    check = _act(goal)
    return (text, check) if _fresh(w, check) else None


def t172_des_swap(w: World) -> Made:
    pairs = _swap_pairs(w.state)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    text = _opt(w, f"I'd like the {a} and the {b} to trade places.",
                f"I want the {a} and the {b} swapped with each other.",
                f"Make it so that the {a} and the {b} have changed places with one another.")
    return text, _act(lambda i, f: _swapped(i, f, a, b))


def t172_des_other(w: World) -> Made:
    s = w.state
    bowls = list(s.bowls)
    if len(bowls) < 2 or any(not _roomy(s, g, room=3) for g in bowls):
        return None
    group = w.pick(s.blocks, len(bowls))
    if len(group) == 2:
        a, b = group
        text = _opt(w, f"I'd like the {a} and the {b} in the two bowls, one in each.",
                    f"I want each of the two bowls to hold one of the {a} and the {b}.")
    else:
        a, b, c = group
        text = f"I'd like the {a}, the {b} and the {c} in the three bowls, one in each."
    check = _act(lambda _i, f: sorted(f.base(b) for b in group) == sorted(bowls))
    return (text, check) if _fresh(w, check) else None


# ----- quantified ---------------------------------------------------------------------------------
def t172_qua_eachother(w: World) -> Made:
    s = w.state
    loose = [b for b in s.blocks if _alone_table(s, b)]
    if not 2 <= len(loose) <= 4:
        return None
    n = len(loose)
    if n == 2:
        text = _opt(w, "Stack both blocks that stand by themselves on the table on each other.",
                    "The two blocks standing on their own on the table: stack them on one another.")
    else:
        word = {3: "three", 4: "four"}[n]
        text = _opt(w, f"Stack all {word} blocks that stand by themselves on the table on one another, in any order.",
                    f"Make the {word} blocks that are on their own on the table into one tower, one on another.")
    return text, _act(lambda _i, f: _chain(f, loose))


def t172_qua_apart(w: World) -> Made:
    s = w.state
    if not _together_pairs(s):
        return None
    blocks = list(s.blocks)
    text = _opt(w, "Spread the blocks out so that every block is apart from every other one: none on another block "
                   "and no two in the same bowl.",
                "Make sure each block is apart from all the others, never two in one tower or in one bowl.")
    return text, _act(lambda _i, f: all(_apart(f, a, b) for a in blocks for b in blocks if a < b))


def t172_qua_alone(w: World) -> Made:
    s = w.state
    options: list[tuple[str, list[str]]] = []
    if any(not _alone_table(s, b) for b in s.blocks):
        options.append(("Put every block on the table, each one by itself.", list(s.blocks)))
    for g in s.bowls:
        inside = s.in_bowl(g)
        if len(inside) >= 2:
            options.append((f"Take each block out of the {g} and stand it on the table on its own.", inside))
        elif len(inside) == 1:
            options.append((f"There is one block in the {g}; take it out and stand it on the table by itself.",
                            inside))
    towered = [b for b in s.blocks if _in_tower(s, b)]
    if towered:
        options.append(("Take every tower apart so that each of its blocks stands on the table by itself.", towered))
    if not options:
        return None
    text, group = w.rng.choice(options)
    return text, _act(lambda _i, f: all(_alone_table(f, b) for b in group))


def t172_qua_together(w: World) -> Made:
    s = w.state
    ts = s.on_the_table()
    if not 2 <= len(ts) <= 4:
        return None
    n = len(ts)
    what = "both blocks" if n == 2 else "all {} blocks".format({3: "three", 4: "four"}[n])
    if len(s.bowls) == 1:
        g = s.bowls[0]
        text = _opt(w, f"Put {what} that are on the table together in the {g}.",
                    f"Every block on the table goes into the {g}, all together.")
        return text, _act(lambda _i, f: all(f.base(b) == g for b in ts))
    text = _opt(w, f"Put {what} that are on the table together in one bowl.",
                "Gather every block that is on the table into a single bowl, together with each other.")
    return text, _act(lambda _i, f: len({f.base(b) for b in ts}) == 1 and f.base(ts[0]) in f.bowls)


def t172_qua_swap(w: World) -> Made:
    s = w.state
    towers = _two_towers(s)
    if not towers:
        return None
    if len(towers) == 1:
        text = _opt(w, "There is one tower of two blocks; swap its two blocks with each other.",
                    "Turn the one two-block tower upside down, so that its two blocks trade places.")
    else:
        text = _opt(w, "There are two towers of two blocks; in both, swap the two blocks with each other.",
                    "In every tower of two blocks, let the two blocks change places with one another.")

    def goal(i: SymState, f: SymState) -> bool:
        return all(f.support[b] == t and _spot(f, t) == _spot(i, b) for t, b in towers)

    return text, _act(goal)


def t172_qua_other(w: World) -> Made:
    s = w.state
    bowls = list(s.bowls)
    if w.rng.random() < 0.5 and len(s.blocks) >= len(bowls) + 1:
        text = _opt(w, "Leave exactly one block in each bowl and put all the other blocks on the table.",
                    "Each bowl should end up with a single block in it, and every other block on the table.")

        def goal(_i: SymState, f: SymState) -> bool:
            return all(len(f.in_bowl(g)) == 1 for g in bowls) and all(
                f.base(b) in bowls or _on_table(f, b) for b in f.blocks)
    else:
        g = w.rng.choice(bowls)
        text = _opt(w, f"Put two blocks in the {g} and all the other blocks on the table.",
                    f"Exactly two of the blocks should be in the {g}; the others go on the table.")

        def goal(_i: SymState, f: SymState) -> bool:
            return len(f.in_bowl(g)) == 2 and all(f.base(b) == g or _on_table(f, b) for b in f.blocks)

    check = _act(goal)
    return (text, check) if _fresh(w, check) else None


# ----- negated ------------------------------------------------------------------------------------
def t172_neg_eachother(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in s.blocks for b in s.blocks if a < b and not _stacked2(s, a, b)]
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    if w.rng.random() < 0.5:
        text = _opt(w, f"Stack the {a} and the {b} on one another, but not in a bowl.",
                    f"Put the {a} and the {b} on top of each other, not inside any bowl.")
        return text, _act(lambda _i, f: _stacked2(f, a, b) and _on_table(f, a))
    text = _opt(w, f"Put the {a} and the {b} on top of each other, and don't put anything else on them.",
                f"Stack the {_c(a)} and {_c(b)} blocks on one another with no other block on top of them.")

    def goal(_i: SymState, f: SymState) -> bool:
        top = a if f.support[a] == b else b
        return _stacked2(f, a, b) and f.is_clear(top)

    return text, _act(goal)


def t172_neg_apart(w: World) -> Made:
    pairs = _together_pairs(w.state)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    text = _opt(w, f"Make sure the {a} and the {b} are not in the same bowl or the same tower as each other.",
                f"Don't leave the {a} and the {b} together: neither in one tower nor in one bowl.")
    return text, _act(lambda _i, f: _apart(f, a, b))


def t172_neg_alone(w: World) -> Made:
    s = w.state
    xs = [b for b in s.blocks if not _alone(s, b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _opt(w, f"Fix it so that no block is on the {x}, the {x} is not on another block, and no other block "
                   "shares a bowl with it.",
                f"Put the {x} somewhere on its own: not on any block, with nothing on top of it, and not in a bowl "
                "with other blocks.")
    return text, _act(lambda _i, f: _alone(f, x))


def t172_neg_together(w: World) -> Made:
    s = w.state
    a, b = w.pick(s.blocks, 2)
    if len(s.bowls) >= 2:
        g = w.rng.choice(s.bowls)
        if not any(_roomy(s, h, (a, b)) for h in s.bowls if h != g):
            return None
        text = _opt(w, f"Put the {a} and the {b} together in one bowl, but not in the {g}.",
                    f"The {a} and the {b} should share a bowl that isn't the {g}.")
        check = _act(lambda _i, f: _same_bowl(f, a, b) and f.base(a) != g)
    else:
        g = s.bowls[0]
        if not _roomy(s, g, (a, b)):
            return None
        text = _opt(w, f"Put the {a} and the {b} together in the {g}, not on top of each other.",
                    f"Put the {a} and the {b} side by side in the {g}, neither one stacked on the other.")
        check = _act(lambda _i, f: f.base(a) == g and f.base(b) == g and not _same_tower(f, a, b))
    return (text, check) if _fresh(w, check) else None


def t172_neg_swap(w: World) -> Made:
    s = w.state
    pairs = _swap_pairs(s)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    rest = [c for c in s.blocks if c not in (a, b)]
    text = _opt(w, f"Swap the {a} and the {b} with each other without moving any other block.",
                f"Trade the places of the {a} and the {b}, and don't move anything else.")
    return text, _act(both(lambda i, f: _swapped(i, f, a, b), kept(*rest)))


def t172_neg_other(w: World) -> Made:
    s = w.state
    a, b = w.pick(s.blocks, 2)
    if s.support[b] == a or a in s.above(b) or _level(s, a) > 3:
        return None
    text = _opt(w, f"Put one of the {a} and the {b} on the other, but not the {a} on top.",
                f"Put one of the {_c(a)} and {_c(b)} blocks on top of the other; the {a} must not be the one on top.")
    return text, _act(lambda _i, f: f.support[b] == a)


# ----- relative -----------------------------------------------------------------------------------
def t172_rel_eachother(w: World) -> Made:
    s = w.state
    refs = _refs(s)
    if not refs:
        return None
    x = w.rng.choice(sorted(refs))
    ys = [y for y in s.blocks if y != x and not _stacked2(s, x, y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    rx = w.rng.choice(refs[x])
    ry = f"the {y}"
    text = _opt(w, f"Stack {ry} and {rx} on each other.",
                f"Put {ry} and {rx} on top of one another, in either order.")
    return text, _act(lambda _i, f: _stacked2(f, x, y))


def t172_rel_apart(w: World) -> Made:
    s = w.state
    options: list[tuple[str, str, str]] = []
    for t, b in w.pairs():
        options.append((f"Separate the {b} from the block on it.", t, b))
        options.append((f"Separate the {t} from the block under it, so they are not in one tower.", t, b))
    for g in s.bowls:
        if len(s.in_bowl(g)) == 2:
            p, q = s.in_bowl(g)
            options.append((f"Separate the two blocks in the {g} from each other.", p, q))
    if not options:
        return None
    text, a, b = w.rng.choice(options)
    return text, _act(lambda _i, f: _apart(f, a, b))


def t172_rel_alone(w: World) -> Made:
    s = w.state
    refs = {x: r for x, r in _refs(s).items() if not _alone_table(s, x)}
    if not refs:
        return None
    x = w.rng.choice(sorted(refs))
    rx = w.rng.choice(refs[x])
    text = _opt(w, f"Put {rx} on the table by itself.",
                f"Take {rx} and set it on the table on its own.")
    return text[0].upper() + text[1:], _act(lambda _i, f: _alone_table(f, x))


def t172_rel_together(w: World) -> Made:
    s = w.state
    refs = _refs(s)
    if not refs:
        return None
    x = w.rng.choice(sorted(refs))
    rx = w.rng.choice(refs[x])
    g = w.rng.choice(s.bowls)
    if s.base(x) == g:
        return None
    inside = s.in_bowl(g)
    if len(inside) == 1 and inside[0] != x and w.rng.random() < 0.6:
        y = inside[0]
        text = f"Move {rx} into the {g}, together with the block that is already there."
    else:
        ys = [y for y in s.blocks if y != x and _roomy(s, g, (x, y))]
        if not ys:
            return None
        y = w.rng.choice(ys)
        text = f"Put the {y} and {rx} together in the {g}."
    if not _roomy(s, g, (x, y)):
        return None
    return text, _act(lambda _i, f: f.base(x) == g and f.base(y) == g)


def t172_rel_swap(w: World) -> Made:
    s = w.state
    refs = _refs(s)
    pairs = [(a, b) for a, b in _swap_pairs(s) if a in refs or b in refs]
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    if a not in refs:
        a, b = b, a
    ra = w.rng.choice(refs[a])
    rb = w.rng.choice(refs[b]) if b in refs and w.rng.random() < 0.5 else f"the {b}"
    text = _opt(w, f"Swap {ra} with {rb}.",
                f"Let {rb} and {ra} trade places with each other.")
    return text, _act(lambda i, f: _swapped(i, f, a, b))


def t172_rel_other(w: World) -> Made:
    s = w.state
    options: list[tuple[str, Check]] = []
    for p in s.blocks:
        for q in s.blocks:
            if p == q or _same_tower(s, p, q) or _level(s, q) > 3:
                continue
            pair = " and the ".join(_mix(w, [p, q]))
            if s.base(p) in s.bowls and _on_table(s, q):
                g = s.base(p)
                options.append((f"Of the {pair}, put the one that is in a bowl on top of the other.",
                                _act(lambda _i, f, p=p, q=q: f.support[p] == q)))
                if _roomy(s, g, room=3):
                    into = _act(lambda _i, f, p=p, q=q, g=g: f.base(q) == g and f.base(p) == g)
                    options.append((f"Of the {pair}, move the one that is on the table into the bowl the other "
                                    "one is in.", into))
            if s.support[p] in s.support and s.support[q] not in s.support and s.is_clear(q):
                options.append((f"Of the {pair}, put the one that is on another block on top of the other one.",
                                _act(lambda _i, f, p=p, q=q: f.support[p] == q)))
    if not options:
        return None
    return w.rng.choice(options)


# ----- keep ---------------------------------------------------------------------------------------
def t172_keep_eachother(w: World) -> Made:
    s = w.state
    clear = [b for b in s.blocks if s.is_clear(b)]
    pairs = [(a, b) for a in clear for b in clear if a < b and not _stacked2(s, a, b)
             and min(_level(s, a), _level(s, b)) <= 3]
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    rest = [c for c in s.blocks if c not in (a, b)]
    keepers = [c for c in rest if c not in s.above(a) and c not in s.above(b)]
    if keepers and w.rng.random() < 0.5:
        k = w.rng.choice(keepers)
        text = _opt(w, f"Stack the {a} and the {b} on one another, but keep the {k} where it is.",
                    f"Leave the {k} where it is and put the {a} and the {b} on top of each other.")
        return text, _act(both(lambda _i, f: _stacked2(f, a, b), kept(k)))
    text = _opt(w, f"Stack the {a} and the {b} on each other, and leave every other block where it is.",
                f"Put the {a} and the {b} on top of one another; all the other blocks stay put.")
    return text, _act(both(lambda _i, f: _stacked2(f, a, b), kept(*rest)))


def t172_keep_apart(w: World) -> Made:
    s = w.state
    pairs = _together_pairs(s)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    if w.rng.random() < 0.5:
        k, m = (b, a) if a in s.above(b) else (a, b)  # keep the lower one
        text = _opt(w, f"Keep the {k} where it is and move the {m} away from it, so that they share no bowl and "
                       "no tower.",
                    f"Leave the {k} alone and take the {m} apart from it: not in its bowl and not in its tower.")
        return text, _act(both(lambda _i, f: _apart(f, a, b), kept(k)))
    keepers = [c for c in s.blocks if c not in (a, b) and not _same_tower(s, c, a) and not _same_tower(s, c, b)]
    if not keepers:
        return None
    k = w.rng.choice(keepers)
    text = _opt(w, f"Separate the {a} and the {b} from each other; the {k} stays where it is.",
                f"Move the {a} and the {b} apart from one another without moving the {k}.")
    return text, _act(both(lambda _i, f: _apart(f, a, b), kept(k)))


def t172_keep_alone(w: World) -> Made:
    s = w.state
    xs = [b for b in s.blocks if not _alone_table(s, b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ks = [k for k in s.blocks if k != x and k not in s.above(x)]
    if not ks:
        return None
    k = w.rng.choice(ks)
    text = _opt(w, f"Put the {x} on the table by itself, and leave the {k} where it is.",
                f"Stand the {x} on its own on the table; the {k} stays put.",
                f"Keep the {k} where it is while you set the {x} down on the table by itself.")
    return text, _act(both(lambda _i, f: _alone_table(f, x), kept(k)))


def t172_keep_together(w: World) -> Made:
    s = w.state
    ys = [y for y in s.in_bowls() if _roomy(s, s.base(y), room=3)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    g = s.base(y)
    xs = [x for x in s.blocks if s.base(x) != g]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _opt(w, f"Put the {x} in the {g} together with the {y}, and leave the {y} where it is.",
                f"Without moving the {y}, put the {x} in with it, in the {g}.",
                f"Keep the {y} where it is and put the {x} in the {g} with it.")
    return text, _act(both(lambda _i, f: f.base(x) == g, kept(y)))


def t172_keep_swap(w: World) -> Made:
    s = w.state
    pairs = _swap_pairs(s)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    rest = [c for c in s.blocks if c not in (a, b)]
    if not rest:
        return None
    k = w.rng.choice(rest)
    text = _opt(w, f"Let the {a} and the {b} trade places, and keep the {k} where it is.",
                f"Leave the {k} as it is, and swap the {a} and the {b} with one another.")
    return text, _act(both(lambda i, f: _swapped(i, f, a, b), kept(k)))


def t172_keep_other(w: World) -> Made:
    s = w.state
    a, b = w.pick(s.blocks, 2)
    if not s.is_clear(a) or a in s.above(b) or _level(s, a) > 3:
        return None
    text = _opt(w, f"Put one of the {a} and the {b} on the other, keeping the {a} where it is.",
                f"Of the {a} and the {b}, leave the {a} where it is and put the other one on top of it.")
    return text, _act(both(lambda _i, f: f.support[b] == a, kept(a)))


# ----- multi_step ---------------------------------------------------------------------------------
def t172_multi_eachother(w: World) -> Made:
    s = w.state
    trio = w.pick(s.blocks, 3)
    if len(trio) < 3:
        return None
    x, a, b = trio
    if _stacked2(s, a, b):
        return None
    if s.support[x] in s.support and w.rng.random() < 0.5:
        c = s.support[x]
        text = f"Take the {x} off the {c} first; after that, stack the {a} and the {b} on one another."
        return text, _act(lambda _i, f: f.support[x] != c and _stacked2(f, a, b))
    bowls = [g for g in s.bowls if s.base(x) != g and _roomy(s, g)]
    if not bowls:
        return None
    g = w.rng.choice(bowls)
    text = f"First put the {x} in the {g}, then stack the {a} and the {b} on each other."
    return text, _act(lambda _i, f: f.base(x) == g and _stacked2(f, a, b))


def t172_multi_apart(w: World) -> Made:
    s = w.state
    pairs = _together_pairs(s)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    bowls = [g for g in s.bowls if s.base(a) != g and _roomy(s, g, room=3)]
    if bowls and w.rng.random() < 0.6:
        g = w.rng.choice(bowls)
        text = f"First separate the {a} and the {b} from each other, then put the {b} in the {g}."
        return text, _act(lambda _i, f: _apart(f, a, b) and f.base(b) == g)
    text = f"Pull the {a} and the {b} apart from one another, and after that stand the {a} on the table by itself."
    return text, _act(lambda _i, f: _apart(f, a, b) and _alone_table(f, a))


def t172_multi_alone(w: World) -> Made:
    s = w.state
    x, y = w.pick(s.blocks, 2)
    if w.rng.random() < 0.5:
        if _alone_table(s, x):
            return None
        bowls = [g for g in s.bowls if s.base(y) != g and _roomy(s, g, room=3)]
        if not bowls:
            return None
        g = w.rng.choice(bowls)
        text = f"First stand the {x} on the table by itself, then put the {y} in the {g}."
        return text, _act(lambda _i, f: _alone_table(f, x) and f.base(y) == g)
    if _alone_bowl(s, x):
        return None
    text = f"Put the {x} in a bowl of its own first, and then put the {y} on the table."
    check = _act(lambda _i, f: _alone_bowl(f, x) and _on_table(f, y))
    return text, check


def t172_multi_together(w: World) -> Made:
    s = w.state
    trio = w.pick(s.blocks, 3)
    if len(trio) < 3:
        return None
    a, b, c = trio
    g = w.rng.choice(s.bowls)
    if w.rng.random() < 0.5:
        if not _roomy(s, g, (a, b)):
            return None
        text = f"First put the {a} in the {g}, and after that put the {b} in there with it."
        check = _act(lambda _i, f: f.base(a) == g and f.base(b) == g)
    else:
        if not _roomy(s, g, (b, c)):
            return None
        text = f"Put the {a} on the table, then put the {b} and the {c} together in the {g}."
        check = _act(lambda _i, f: _on_table(f, a) and f.base(b) == g and f.base(c) == g)
    return (text, check) if _fresh(w, check) else None


def t172_multi_swap(w: World) -> Made:
    s = w.state
    pairs = _swap_pairs(s)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    cs = [c for c in s.blocks if c not in (a, b) and not _same_tower(s, c, a) and not _same_tower(s, c, b)]
    if not cs:
        return None
    c = w.rng.choice(cs)
    bowls = [g for g in s.bowls if s.base(c) != g and _roomy(s, g)]
    if bowls and w.rng.random() < 0.5:
        g = w.rng.choice(bowls)
        text = f"Swap the {a} and the {b} with each other, and then put the {c} in the {g}."
        return text, _act(lambda i, f: _swapped(i, f, a, b) and f.base(c) == g)
    text = f"Swap the {a} and the {b} with each other, then put the {c} in the bin."
    return text, _act(lambda i, f: _swapped(i, f, a, b) and f.base(c) == BIN, binnable=(c,))


def t172_multi_other(w: World) -> Made:
    s = w.state
    bowls = list(s.bowls)
    if len(bowls) == 2 and w.rng.random() < 0.5:
        if any(not _roomy(s, g, room=3) for g in bowls):
            return None
        a, b = w.pick(s.blocks, 2)
        text = f"Put the {a} in one bowl first, then the {b} in the other bowl."
        check = _act(lambda _i, f: {f.base(a), f.base(b)} == set(bowls))
    else:
        a, b, c = w.pick(s.blocks, 3)
        text = f"Put the {a} on the table, then the {b} on it, and then the {c} on top of the other two."
        check = _act(lambda _i, f: holds(Rel("stacked", a, b, c), f))
    return (text, check) if _fresh(w, check) else None


# ----- question -----------------------------------------------------------------------------------
def t172_q_eachother(w: World) -> Made:
    s = w.state
    stacked = [(t, b) for t, b in w.pairs()]
    loose = [(a, b) for a in s.blocks for b in s.blocks if a < b and not _same_tower(s, a, b)]
    if stacked and (w.rng.random() < 0.5 or not loose):
        a, b = _mix(w, list(w.rng.choice(stacked)))
        flag = True
    elif loose:
        a, b = _mix(w, list(w.rng.choice(loose)))
        flag = False
    else:
        return None
    text = _opt(w, f"Are the {a} and the {b} stacked on each other?",
                f"Is either of the {a} and the {b} sitting directly on the other?",
                f"Are the {_c(a)} and {_c(b)} blocks on one another?")
    return text, answered(yes(flag))


def t172_q_apart(w: World) -> Made:
    s = w.state
    together = _together_pairs(s)
    others = [(a, b) for a in s.blocks for b in s.blocks if a < b and not _together(s, a, b)]
    if together and (w.rng.random() < 0.5 or not others):
        a, b = _mix(w, list(w.rng.choice(together)))
    elif others:
        a, b = _mix(w, list(w.rng.choice(others)))
    else:
        return None
    text = _opt(w, f"Are the {a} and the {b} in the same bowl or the same tower as each other?",
                f"Do the {a} and the {b} share a bowl or a tower with one another?")
    return text, answered(yes(_together(s, a, b)))


def t172_q_alone(w: World) -> Made:
    s = w.state
    in_bowl = s.in_bowls()
    if in_bowl and w.rng.random() < 0.4:
        x = w.rng.choice(in_bowl)
        text = _opt(w, f"Is the {x} in a bowl by itself?",
                    f"Does the {x} have its bowl all to itself?")
        return text, answered(yes(_alone_bowl(s, x)))
    n = sum(_alone_table(s, b) for b in s.blocks)
    text = _opt(w, "How many blocks stand on the table by themselves, not on another block and with nothing on them?",
                "Count the blocks that are on their own on the table, with no block under or on top of them. "
                "How many are there?")
    return text, answered(str(n))


def t172_q_together(w: World) -> Made:
    s = w.state
    cand = [(a, b) for a in s.blocks for b in s.blocks if a < b and (s.base(a) in s.bowls or s.base(b) in s.bowls)]
    same = [(a, b) for a, b in cand if _same_bowl(s, a, b)]
    if same and w.rng.random() < 0.5:
        a, b = _mix(w, list(w.rng.choice(same)))
    elif cand:
        a, b = _mix(w, list(w.rng.choice(cand)))
    else:
        return None
    text = _opt(w, f"Are the {a} and the {b} together in one bowl?",
                f"Is the {a} in the same bowl as the {b}?")
    return text, answered(yes(_same_bowl(s, a, b)))


def t172_q_swap(w: World) -> Made:
    s = w.state
    pairs = _swap_pairs(s)
    if not pairs:
        return None
    a, b = _mix(w, list(w.rng.choice(pairs)))
    where = _spot(s, b)
    if w.rng.random() < 0.5:
        g = s.base(b) if s.base(b) in s.bowls and w.rng.random() < 0.6 else w.rng.choice(s.bowls)
        flag = s.base(b) == g
        text = f"If the {a} and the {b} swapped places with each other, would the {a} be in the {g}?"
    else:
        flag = where == ("table",)
        text = f"Suppose the {a} and the {b} traded places. Would the {a} then rest directly on the table?"
    return text, answered(yes(flag))


def t172_q_other(w: World) -> Made:
    s = w.state
    options: list[tuple[str, int]] = []
    for x in s.blocks:
        if _in_tower(s, x):
            options.append((f"How many other blocks are in the same tower as the {x}?", len(_tower(s, x)) - 1))
        if s.base(x) in s.bowls:
            g = s.base(x)
            options.append((f"Besides the {x}, how many other blocks are in the {g}?", len(s.in_bowl(g)) - 1))
    if not options:
        return None
    text, n = w.rng.choice(options)
    return text, answered(str(n))


# ----- matching -----------------------------------------------------------------------------------
def t172_match_eachother(w: World) -> Made:
    s = w.state
    matched = _matched(w)
    if not matched:
        return None
    m, g = w.rng.choice(matched)
    xs = [x for x in s.blocks if x != m and _roomy(s, g, (m, x)) and not (_stacked2(s, m, x) and s.base(m) == g)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _opt(w, f"Stack the {m} and the {x} on each other in the bowl that matches the {m}.",
                f"In the bowl of the same colour as the {m}, stack the {m} and the {x} on one another.")
    return text, _act(lambda _i, f: _stacked2(f, m, x) and f.base(m) == g)


def t172_match_apart(w: World) -> Made:
    s = w.state
    matched = _matched(w)
    if not matched:
        return None
    m, g = w.rng.choice(matched)
    y = w.rng.choice([b for b in s.blocks if b != m])
    text = _opt(w, f"Put the {m} in the bowl of its own colour, apart from the {y}: not in the same bowl or tower.",
                f"The {m} goes into its matching bowl, and the {y} must not share a bowl or a tower with it.")
    check = _act(lambda _i, f: f.base(m) == g and _apart(f, m, y))
    return (text, check) if _fresh(w, check) else None


def t172_match_alone(w: World) -> Made:
    matched = [(m, g) for m, g in _matched(w) if not (_alone_bowl(w.state, m) and w.state.base(m) == g)]
    if not matched:
        return None
    m, g = w.rng.choice(matched)
    text = _opt(w, f"Put the {m} by itself in the bowl that matches its colour.",
                f"The {m} should have the bowl of its own colour all to itself.")
    return text, _act(lambda _i, f: f.base(m) == g and f.in_bowl(g) == [m])


def t172_match_together(w: World) -> Made:
    s = w.state
    matched = _matched(w)
    if not matched:
        return None
    m, g = w.rng.choice(matched)
    xs = [x for x in s.blocks if x != m and _roomy(s, g, (m, x)) and not (s.base(x) == g and s.base(m) == g)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _opt(w, f"Put the {x} and the block of the same colour as the {g} together in that bowl.",
                f"Put the {m} and the {x} together in the bowl that matches the {m}.")
    return text, _act(lambda _i, f: f.base(m) == g and f.base(x) == g)


def t172_match_swap(w: World) -> Made:
    s = w.state
    matched = [(m, g) for m, g in _matched(w) if s.is_clear(m) and s.base(m) != g]
    strong = [(m, z) for m, g in matched for z in s.in_bowl(g) if s.is_clear(z)]
    if strong and w.rng.random() < 0.5:
        m, z = w.rng.choice(strong)
        text = f"Swap the {m} with the {z}, so that the {m} ends up in the bowl of its own colour."
        return text, _act(lambda i, f: _swapped(i, f, m, z))
    options = []
    for a, b in _swap_pairs(s):
        for m, g in matched:
            if m not in (a, b) and not _same_tower(s, m, a) and not _same_tower(s, m, b) and _roomy(s, g, room=3):
                options.append((a, b, m, g))
    if not options:
        return None
    a, b, m, g = w.rng.choice(options)
    text = f"Swap the {a} and the {b} with each other, and put the {m} in the bowl that matches it."
    return text, _act(lambda i, f: _swapped(i, f, a, b) and f.base(m) == g)


def t172_match_other(w: World) -> Made:
    s = w.state
    matched = _matched(w)
    if not matched:
        return None
    bowls = list(s.bowls)
    if len(bowls) == 2 and w.rng.random() < 0.5:
        m, g = w.rng.choice(matched)
        other = next(h for h in bowls if h != g)
        x = w.rng.choice([b for b in s.blocks if b != m])
        if not _roomy(s, other, room=3):
            return None
        text = f"Put the {m} in the bowl that matches it and the {x} in the other bowl."
        check = _act(lambda _i, f: f.base(m) == g and f.base(x) == other)
    else:
        pairs = dict(matched)
        text = _opt(w, "Put each block that has a bowl of its own colour into that bowl, and the other blocks on the "
                       "table.",
                    "Every block with a matching bowl goes into it; all the other blocks go on the table.")

        def goal(_i: SymState, f: SymState) -> bool:
            return all(f.base(b) == pairs[b] if b in pairs else _on_table(f, b) for b in f.blocks)

        check = _act(goal)
    return (text, check) if _fresh(w, check) else None


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("eachother", "apart", "alone", "together", "swap", "other")
FRESH172: list[Template] = [
    (f"t172_{short}_{style}", category, globals()[f"t172_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
