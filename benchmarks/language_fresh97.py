"""`FRESH97`, the ninety-eighth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: chat messages from a user in the middle of a session. People type two or three requests in one message,
add an afterthought ("oh, and ..."), correct themselves ("actually, make that ...", "wait, not that one"), give a
reason ("because I need the bowl"), make a request depend on the scene ("if the bin is empty ...") or describe a
problem to fix ("the red block is in the wrong bowl"). The styles:

- chain: "Put the red block in the bin. Then put the blue block on the green block."
- addon: "Move the red block to the middle. Oh, and put the blue block in the green bowl while you're at it."
- correct: "Put the red block in the blue bowl. Actually, make that the green bowl."
- reason: "Put the red block on the table, I need the blue bowl for something else."
- cond: "If the blue bowl is empty, put the red block in it; if not, put it in the bin."
- problem: "The red block is on the blue block, but it's supposed to be the other way round."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(One slip: a `grep` for the names BIN, TABLE and GRIPPER in the lexicon also printed five of its lines, synonyms for
the bin and the table and one place alias; nothing else of the lexicon was read.)

Its first run (300 instructions, seed 0, on d016a50, after every fix before it and before anything it could prompt):
0.647 goal-correct (194 of 300), 89 refused, 3 asked, 13 wrong and one crash: 10 wrong actions ('Is there a block in
W? If so, stack it on X. If the bowl's empty, put X in it.' did nothing, twice; 'Is there a block in W? If there is,
tell me which one.' was planned as moves, twice; 'Move the block that's on X to the table, I need to get at X.' held
X, twice; 'Empty W into the bin, all of it, and then put Y in there.' binned Y, twice; 'If X is in a bowl, leave it
there; otherwise put it in W. And put Y in the bin.' lost the last sentence; 'Bin the block nearest W. Wait, I mean
the one that's farthest away from W.' binned the nearest), 3 wrong replies ("What's in W? Wait, not that one, the red
one.", "What's in W? Sorry, I mean V.") and a crash ('Why is X in W? Take it out, and don't put it in any other bowl
either.' raised KeyError: 'it' resolved to the bowl).
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
from sim.core.symbolic import SymState

_NUMBERS = ("zero", "one", "two", "three", "four", "five")


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """The checks, and nothing left in the gripper."""
    return both(*checks, _idle)


def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _depth(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its base up to `block`, inclusive."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stackable(w: World, base: str) -> bool:
    """Whether one more block fits on `base` (clear, and the tower stays within its height)."""
    return w.state.is_clear(base) and _depth(w.state, base) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _flat(w: World, block: str) -> bool:
    """Rests right on the table (or a named place on it)."""
    return w.state.support[block] in (TABLE, *PLACES)


def _in_bin_count(n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n


def _on_table_base(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (or a place): out of bowls and the bin."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _clear_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where the top block has nothing on it."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _bowl_of_colour(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _unsorted(w: World) -> list[Rel]:
    """The colour-matching relations that do not hold yet."""
    return [r for r in matching(w) if w.state.base(r.args[0]) != r.args[1]]


def _sortable(w: World) -> bool:
    """Every matching bowl has room for its block."""
    return all(_room(w, r.args[1]) for r in _unsorted(w))


def _unique_extreme(values: dict[str, float], lowest: bool) -> str | None:
    """The block with the lowest (or highest) value, if it beats every other block by a clear margin."""
    order = sorted(values, key=values.get, reverse=not lowest)
    if len(order) < 2 or abs(values[order[0]] - values[order[1]]) < 0.03:
        return None
    return order[0]


# ----- imperative ------------------------------------------------------------------------------------
def t97_imp_chain(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 3:
        return None
    a, b, c = w.pick(cl, 3)
    if not _stackable(w, c):
        return None
    text = _say(
        w,
        f"Okay, next: put the {a} in the bin. Then put the {b} on the {c}.",
        f"Can you throw the {a} in the bin, and then stack the {b} on top of the {c}?",
        f"Put the {a} in the bin, please. After that, put the {b} on the {c}.",
    )
    return text, _done(rels(Rel("in_bin", a), Rel("on", b, c)))


def t97_imp_addon(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    bowl = w.rng.choice(w.bowls)
    place = w.rng.choice(PLACES)
    if w.state.base(b) == bowl or not _room(w, bowl):
        return None
    text = _say(
        w,
        f"Move the {a} to the {place}. Oh, and put the {b} in the {bowl} while you're at it.",
        f"Put the {a} in the {place}, please. Oh, and the {b} into the {bowl} too.",
        f"Take the {a} over to the {place}. Oh, and put the {b} in the {bowl} as well.",
    )
    return text, _done(rels(Rel("at", a, place), Rel("in", b, bowl)))


def t97_imp_correct(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b1, b2 = w.pick(w.bowls, 2)
    cl = [b for b in w.clear_blocks() if w.state.base(b) not in (b1, b2)]
    if not cl or not _room(w, b2):
        return None
    a = w.rng.choice(cl)
    other = w.colour(b2)
    text = _say(
        w,
        f"Put the {a} in the {b1}. Actually, make that the {b2}.",
        f"Put the {a} in the {b1}. Wait, not that one, the {other} one.",
        f"Move the {a} into the {b1}. Sorry, I meant the {b2}, not the {b1}.",
    )
    return text, _done(rels(Rel("in", a, b2)))


def t97_imp_reason(w: World) -> Made:
    cl = w.clear_blocks()
    if not cl:
        return None
    inside = [b for b in cl if w.state.base(b) in w.bowls]
    if inside and w.rng.random() < 0.6:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
        text = _say(
            w,
            f"Take the {a} out of the {bowl} and put it on the table, I need the bowl.",
            f"Put the {a} on the table, please. I need the {bowl} for something else.",
            f"Could you move the {a} out onto the table? I want to use the {bowl}.",
        )
        return text, _done(rels(Rel("on_table", a)))
    a = w.rng.choice(cl)
    text = _say(
        w,
        f"Put the {a} in the bin, I don't need it anymore.",
        f"Throw the {a} in the bin, please; we're done with it.",
        f"Get rid of the {a}, put it in the bin. It's just in the way.",
    )
    return text, _done(rels(Rel("in_bin", a)))


def t97_imp_cond(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cl = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not cl:
        return None
    a = w.rng.choice(cl)
    goal = Rel("in", a, bowl) if not w.state.in_bowl(bowl) else Rel("in_bin", a)
    text = _say(
        w,
        f"If the {bowl} is empty, put the {a} in it; if not, put it in the bin.",
        f"Put the {a} in the {bowl} if there's nothing in it yet. Otherwise just put it in the bin.",
        f"Check the {bowl}: if it's empty, drop the {a} in there, and if it isn't, put the {a} in the bin.",
    )
    return text, _done(rels(goal))


def t97_imp_problem(w: World) -> Made:
    pairs = _clear_pairs(w)
    inside = [
        b
        for b in w.clear_blocks()
        if w.state.base(b) in w.bowls and w.state.support[b] in w.bowls
    ]
    if pairs and (not inside or w.rng.random() < 0.5):
        top, below = w.rng.choice(pairs)
        text = _say(
            w,
            f"The {top} is sitting on the {below} and it shouldn't be. Put it on the table.",
            f"The {top} ended up on top of the {below} by mistake; move it to the table, please.",
            f"Hmm, the {top} shouldn't be stacked on the {below}. Can you put it down on the table?",
        )
        return text, _done(rels(Rel("on_table", top)))
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    text = _say(
        w,
        f"The {a} is in the {bowl} by mistake. Put it on the table.",
        f"Oops, the {a} shouldn't be in the {bowl}. Take it out and put it on the table, please.",
    )
    return text, _done(rels(Rel("on_table", a)))


# ----- declarative -----------------------------------------------------------------------------------
def t97_dec_chain(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    bowl = w.rng.choice(w.bowls)
    already = w.state.base(a) == bowl
    need = (0 if already else 1) + (0 if w.state.base(b) == bowl else 1)
    if not _room(w, bowl, need) or (already and not _stackable(w, a)):
        return None
    text = _say(
        w,
        f"The {a} goes in the {bowl}, and the {b} goes on top of it.",
        f"The {a} belongs in the {bowl}, with the {b} stacked on it.",
        f"Next, the {a} should be in the {bowl}, and the {b} should be on the {a}.",
    )
    return text, _done(rels(Rel("in", a, bowl), Rel("on", b, a)))


def t97_dec_addon(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    text = _say(
        w,
        f"The {a} goes in the bin. Oh, and so does the {b}.",
        f"The {a} belongs in the bin. Oh, the {b} too.",
        f"The {a} should go in the bin. Oh, and the {b} as well, now that I think of it.",
    )
    return text, _done(binned([a, b]))


def t97_dec_correct(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 3:
        return None
    a, b, c = w.pick(cl, 3)
    if not _stackable(w, c):
        return None
    text = _say(
        w,
        f"The {a} goes on the {b}. No wait, it goes on the {c}.",
        f"The {a} should be on the {b}. Sorry, I mean on the {c}.",
        f"The {a} goes on top of the {b}. Wait, not that one: the {c}.",
    )
    return text, _done(rels(Rel("on", a, c), Rel("on", a, b, negated=True)))


def t97_dec_reason(w: World) -> Made:
    cl = w.clear_blocks()
    if not cl:
        return None
    a = w.rng.choice(cl)
    place = w.rng.choice(PLACES)
    text = _say(
        w,
        f"The {a} should be in the {place}, that's where I keep it.",
        f"The {a} belongs in the {place}, because that's where I'll look for it later.",
        f"The {a} goes in the {place}; I want it out of the way.",
    )
    return text, _done(rels(Rel("at", a, place)))


def t97_dec_cond(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 1 or len(w.blocks) < 2:
        return None
    a = w.rng.choice(cl)
    g = w.rng.choice([b for b in w.blocks if b != a])
    where = w.state.base(g)
    if where in w.bowls:
        if w.state.base(a) == where or not _room(w, where):
            return None
        goal = Rel("in", a, where)
    else:
        if not _stackable(w, g):
            return None
        goal = Rel("on", a, g)
    text = _say(
        w,
        f"If the {g} is in a bowl, the {a} goes in that bowl too. If it isn't, the {a} goes on top of the {g}.",
        f"The {a} goes with the {g}: in the same bowl if the {g} is in one, and on top of it if it's not.",
    )
    return text, _done(rels(goal))


def t97_dec_problem(w: World) -> Made:
    pairs = _clear_pairs(w)
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        text = _say(
            w,
            f"The {top} is on the {below}, but it's supposed to be the other way round.",
            f"Those two are stacked wrong: the {below} should be on top of the {top}, not under it.",
            f"The {top} and the {below} are in the wrong order. The {below} goes on the {top}.",
        )
        return text, _done(rels(Rel("on", below, top)))
    inside = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not inside or len(w.bowls) < 2:
        return None
    a = w.rng.choice(inside)
    now = w.state.base(a)
    bowl = w.rng.choice([b for b in w.bowls if b != now])
    if not _room(w, bowl):
        return None
    text = _say(
        w,
        f"The {a} is in the {now}, but it belongs in the {bowl}.",
        f"The {a} is in the wrong bowl. It's supposed to be in the {bowl}.",
    )
    return text, _done(rels(Rel("in", a, bowl)))


# ----- desiderative ----------------------------------------------------------------------------------
def t97_des_chain(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 3:
        return None
    a, b, c = w.pick(cl, 3)
    place = w.rng.choice(PLACES)
    if not _stackable(w, c):
        return None
    text = _say(
        w,
        f"I'd like the {a} moved to the {place} and the {b} on the {c}, please.",
        f"I want the {a} in the {place}, and then I'd like the {b} on top of the {c}.",
        f"Could I have the {a} over in the {place}? And I'd like the {b} stacked on the {c}.",
    )
    return text, _done(rels(Rel("at", a, place), Rel("on", b, c)))


def t97_des_addon(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cl = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if len(cl) < 2 or not _room(w, bowl, 2):
        return None
    a, b = w.pick(cl, 2)
    text = _say(
        w,
        f"I want the {a} in the {bowl}. Oh, and I'd like the {b} in there too.",
        f"I'd like the {a} in the {bowl}, please. Oh, and the {b} as well.",
        f"Could you put the {a} in the {bowl}? Oh, and I want the {b} in it too.",
    )
    return text, _done(rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t97_des_correct(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    if w.rng.random() < 0.5:
        goal = Rel("in_bin", b)
        text = _say(
            w,
            f"I'd like the {a} in the bin. Sorry, I meant the {b}, not the {a}.",
            f"Could you put the {a} in the bin? Wait, no, I meant the {b}.",
        )
    else:
        place = w.rng.choice(PLACES)
        goal = Rel("at", b, place)
        text = _say(
            w,
            f"I want the {a} moved to the {place}. Oops, I meant the {b}.",
            f"I'd like the {a} in the {place}. Sorry, not the {a}, the {b}.",
        )
    return text, _done(rels(goal), kept(a))


def t97_des_reason(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"I need the {bowl} for something else, so I'd like everything in it moved to the table.",
        f"Could you empty the {bowl} onto the table? I need it.",
        f"I'd like the {bowl} empty, because I'm going to use it. Just put what's in it on the table.",
    )
    return text, _done(empty(bowl), _on_table_base(inside))


def t97_des_cond(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 1 or len(w.blocks) < 2:
        return None
    a = w.rng.choice(cl)
    others = [b for b in w.blocks if b != a and w.state.support[a] != b]
    busy = [b for b in others if not w.state.is_clear(b)]
    if not others:
        return None
    g = w.rng.choice(busy if busy and w.rng.random() < 0.4 else others)
    if w.state.is_clear(g):
        if not _stackable(w, g):
            return None
        goal = Rel("on", a, g)
    else:
        goal = Rel("in_bin", a)
    text = _say(
        w,
        f"If nothing's on the {g}, I'd like the {a} on top of it. If something is, just put the {a} in the bin.",
        f"I'd like the {a} stacked on the {g}, if the {g} is free. If it isn't, I'd rather have the {a} in the bin.",
        f"I want the {a} on the {g} if there's nothing on it already; otherwise I want it in the bin.",
    )
    return text, _done(rels(goal))


def t97_des_problem(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        text = _say(
            w,
            f"I can't get at the {below} because the {top} is on it. I'd like the {top} in the bin, please.",
            f"The {top} is in my way, it's sitting on the {below}. Could you put the {top} in the bin?",
            f"I need the {below}, but the {top} is on top of it. I want the {top} gone, in the bin.",
        )
        return text, _done(rels(Rel("in_bin", top)))
    inside = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    text = _say(
        w,
        f"The {a} is taking up room in the {bowl}. I'd like it on the table instead.",
        f"The {bowl} is getting crowded. Could you put the {a} on the table?",
    )
    return text, _done(rels(Rel("on_table", a)))


# ----- quantified ------------------------------------------------------------------------------------
def t97_qua_chain(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cl = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not cl:
        return None
    a = w.rng.choice(cl)
    text = _say(
        w,
        f"Put every block that's in the {bowl} in the bin. Then put the {a} in the {bowl}.",
        f"Empty the {bowl} into the bin, all of it, and then put the {a} in there.",
        f"Take all the blocks out of the {bowl} and put them in the bin, then put the {a} in the {bowl}.",
    )
    return text, _done(binned(inside), rels(Rel("in", a, bowl)))


def t97_qua_addon(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != a]
    if len(rest) > 5:
        return None
    text = _say(
        w,
        f"Put all the blocks in the bin. Oh, except the {a}.",
        f"Put every block in the bin. Oh, but not the {a}.",
        f"Bin all the blocks, please. Oh, leave the {a} out of it.",
    )
    return text, _done(binned(rest), none_binned([a]))


def t97_qua_correct(w: World) -> Made:
    top = min(4, len(w.blocks) - 1)
    if top < 2:
        return None
    k, m = w.pick(list(range(1, top + 1)), 2)
    noun = "block" if k == 1 else "blocks"
    text = _say(
        w,
        f"Put {_NUMBERS[k]} {noun} in the bin. Actually, make that {_NUMBERS[m]}.",
        f"Could you put {_NUMBERS[k]} of the blocks in the bin? Wait, sorry, {_NUMBERS[m]}.",
        f"Bin {_NUMBERS[k]} {noun}. No, hang on, {_NUMBERS[m]}, not {_NUMBERS[k]}.",
    )
    return text, _done(_in_bin_count(m))


def t97_qua_reason(w: World) -> Made:
    out = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if not 2 <= len(out) <= 5:
        return None
    text = _say(
        w,
        "Put all the blocks that aren't in a bowl into the bin, I need the space.",
        "Could you bin every block that isn't in a bowl? I want to clear the table.",
        "Every block that's not in a bowl goes in the bin, please; I need room to work.",
    )
    return text, _done(binned(out))


def t97_qua_cond(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cl = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not cl:
        return None
    a = w.rng.choice(cl)
    inside = w.state.in_bowls()
    text = _say(
        w,
        f"If any of the bowls has a block in it, take all of those blocks out and put them in the bin. "
        f"If they're all empty, put the {a} in the {bowl}.",
        f"If there are blocks in any of the bowls, put all of them in the bin. Otherwise put the {a} in the {bowl}.",
    )
    return text, _done(binned(inside) if inside else rels(Rel("in", a, bowl)))


def t97_qua_problem(w: World) -> Made:
    stacked = [t for t, _b in w.pairs()]
    if not stacked:
        return None
    text = _say(
        w,
        "The blocks shouldn't be stacked. Take every block that's sitting on another block and put it on the table.",
        "Some of the blocks got stacked by mistake. Can you unstack all of them onto the table?",
        "There are blocks piled on other blocks, and there shouldn't be. Put each of them on the table.",
    )

    def flat(_i: SymState, f: SymState) -> bool:
        return all(f.support[b] not in f.support for b in f.blocks)

    return text, _done(rels(*(Rel("on_table", b) for b in stacked)), flat)


# ----- negated ---------------------------------------------------------------------------------------
def t97_neg_chain(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cl = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if len(cl) < 2 or not _room(w, bowl):
        return None
    a, b = w.pick(cl, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    if not rest:
        return None
    c = w.rng.choice(rest)
    text = _say(
        w,
        f"Put the {a} in the {bowl} and the {b} in the bin, but don't touch the {c}.",
        f"Put the {a} in the {bowl}, then the {b} in the bin. Don't move the {c}, though.",
        f"Can you put the {a} in the {bowl} and bin the {b}? Just don't touch the {c}.",
    )
    return text, _done(rels(Rel("in", a, bowl), Rel("in_bin", b)), kept(c))


def t97_neg_addon(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    if not _stackable(w, b):
        return None
    text = _say(
        w,
        f"Put the {a} on the {b}. Oh, and don't move the {b}, it's fine where it is.",
        f"Stack the {a} on the {b}. Oh, and don't move the {b} to do it.",
        f"Put the {a} on top of the {b}. Oh, and please don't pick up the {b}.",
    )
    return text, _done(rels(Rel("on", a, b)), kept(b))


def t97_neg_correct(w: World) -> Made:
    cl = w.clear_blocks()
    if not cl:
        return None
    a = w.rng.choice(cl)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(a) == bowl or not _room(w, bowl):
        return None
    text = _say(
        w,
        f"Put the {a} in the bin. Wait, no, don't put it in the bin. Put it in the {bowl}.",
        f"Bin the {a}. Actually, no, don't bin it; put it in the {bowl} instead.",
        f"Throw the {a} away. Hang on, don't throw it away, put it in the {bowl}.",
    )
    return text, _done(rels(Rel("in", a, bowl), Rel("in_bin", a, negated=True)))


def t97_neg_reason(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    e = w.rng.choice(empties)
    others = [b for b in w.bowls if b != e and _room(w, b)]
    cl = [b for b in w.clear_blocks() if w.state.base(b) not in w.bowls]
    if not others or not cl:
        return None
    a = w.rng.choice(cl)
    text = _say(
        w,
        f"Put the {a} in a bowl, but not the {e}, I need that one empty.",
        f"Could you put the {a} in one of the bowls? Not the {e} though, I want to keep it empty.",
        f"The {a} needs to go in a bowl. Don't use the {e}, because I need it empty.",
    )
    ok_bowls = [b for b in w.bowls if b != e]

    def in_other(_i: SymState, f: SymState) -> bool:
        return f.base(a) in ok_bowls

    return text, _done(in_other, empty(e))


def t97_neg_cond(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    tops = [t for t, _b in _clear_pairs(w)]
    r = w.rng.choice(tops if tops and w.rng.random() < 0.5 else cl)
    m = w.rng.choice([b for b in cl if b != r])
    if w.state.support[r] not in w.state.support:
        if not _stackable(w, r):
            return None
        goal = Rel("on", m, r)
    else:
        goal = Rel("in_bin", m)
    text = _say(
        w,
        f"If the {r} isn't on top of another block, put the {m} on it. If it is, put the {m} in the bin.",
        f"Put the {m} on the {r}, unless the {r} is stacked on another block; in that case put the {m} in the bin.",
        f"If the {r} is not sitting on a block, stack the {m} on it. Otherwise the {m} goes in the bin.",
    )
    return text, _done(rels(goal))


def t97_neg_problem(w: World) -> Made:
    inside = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    pairs = _clear_pairs(w)
    if inside and (not pairs or w.rng.random() < 0.5):
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
        bowls = list(w.bowls)
        text = _say(
            w,
            f"The {a} shouldn't be in the {bowl}. Put it anywhere else, just not in a bowl.",
            f"Why is the {a} in the {bowl}? Take it out, and don't put it in any other bowl either.",
        )

        def out(_i: SymState, f: SymState) -> bool:
            return f.base(a) not in bowls

        return text, _done(out)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _say(
        w,
        f"The {top} shouldn't be on the {below}. Move it somewhere else, but not into the bin.",
        f"The {top} is on the {below}, which is wrong. Take it off, just don't put it in the bin.",
    )
    return text, _done(
        rels(Rel("on", top, below, negated=True), Rel("in_bin", top, negated=True))
    )


# ----- relative --------------------------------------------------------------------------------------
def t97_rel_chain(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if w.state.base(below) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"Take the block that's on the {below} and put it in the bin, then put the {below} in the {bowl}.",
        f"Put whatever block is sitting on the {below} in the bin. Then move the {below} into the {bowl}.",
        f"The block on top of the {below} goes in the bin. After that, put the {below} in the {bowl}.",
    )
    return text, _done(rels(Rel("in_bin", top), Rel("in", below, bowl)))


def t97_rel_addon(w: World) -> Made:
    ys = {b: w.y(b) for b in w.blocks}
    left = _unique_extreme(ys, lowest=True)
    right = _unique_extreme(ys, lowest=False)
    if not left or not right:
        return None
    text = _say(
        w,
        "Put the leftmost block in the bin. Oh, and the rightmost one too.",
        "Bin the block furthest to the left. Oh, and the one furthest to the right as well.",
        "Put the block on the far left in the bin. Oh, the one on the far right too, please.",
    )
    return text, _done(binned([left, right]))


def t97_rel_correct(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    ds = {b: w.dist(b, bowl) for b in w.blocks}
    far = _unique_extreme(ds, lowest=False)
    if not far:
        return None
    # The first, retracted, reference: whatever is nearest the bowl (anything in it, or the closest blocks).
    nearest = min(ds.values())
    near = [b for b in w.blocks if ds[b] < nearest + 0.03 or w.state.base(b) == bowl]
    if far in near:
        return None
    text = _say(
        w,
        f"Put the block closest to the {bowl} in the bin. Actually, not that one, the one farthest from it.",
        f"Bin the block nearest the {bowl}. Wait, I mean the one that's farthest away from the {bowl}.",
        f"Put the block next to the {bowl} in the bin. Sorry, no: the block farthest from the {bowl}.",
    )
    return text, _done(rels(Rel("in_bin", far)), none_binned(near))


def t97_rel_reason(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    pairs = w.pairs()
    if singles and (not pairs or w.rng.random() < 0.5):
        bowl = w.rng.choice(singles)
        x = w.state.in_bowl(bowl)[0]
        text = _say(
            w,
            f"Put the block that's in the {bowl} in the bin, I need the bowl.",
            f"Could you bin whatever block is in the {bowl}? I want to use that bowl.",
        )
        return text, _done(rels(Rel("in_bin", x)))
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _say(
        w,
        f"Move the block that's on the {below} to the table, I need to get at the {below}.",
        f"Put the block sitting on top of the {below} on the table, please. I want to use the {below} next.",
    )
    return text, _done(rels(Rel("on_table", top)))


def t97_rel_cond(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) <= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    cl = [b for b in w.clear_blocks() if b not in inside]
    if not cl:
        return None
    r = w.rng.choice(cl)
    if inside:
        if not _stackable(w, r):
            return None
        goal = Rel("on", inside[0], r)
    else:
        goal = Rel("in", r, bowl)
    text = _say(
        w,
        f"If there's a block in the {bowl}, put it on the {r}; if not, put the {r} in the {bowl}.",
        f"Is there a block in the {bowl}? If so, stack it on the {r}. If the bowl's empty, put the {r} in it.",
        f"Whatever block is in the {bowl} goes on the {r}. If there isn't one, put the {r} in the {bowl} instead.",
    )
    return text, _done(rels(goal))


def t97_rel_problem(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.7:
        top, below = w.rng.choice(pairs)
        bowl = w.rng.choice(w.bowls)
        if w.state.base(top) == bowl or not _room(w, bowl):
            return None
        text = _say(
            w,
            f"The block sitting on the {below} is in the wrong place. It belongs in the {bowl}.",
            f"The block that's on the {below} shouldn't be there; put it in the {bowl}.",
        )
        return text, _done(rels(Rel("in", top, bowl)))
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    x = w.state.in_bowl(bowl)[0]
    text = _say(
        w,
        f"The block in the {bowl} shouldn't be in there. Put it on the table.",
        f"Whatever's in the {bowl} is in the wrong place. Take that block out and put it on the table.",
    )
    return text, _done(rels(Rel("on_table", x)))


# ----- keep ------------------------------------------------------------------------------------------
def t97_keep_chain(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    if _flat(w, b):
        place = w.rng.choice(PLACES)
        goal, where = Rel("at", b, place), f"to the {place}"
    else:
        goal, where = Rel("on_table", b), "to the table"
    rest = [x for x in w.blocks if x not in (a, b)]
    text = _say(
        w,
        f"Put the {a} in the bin and move the {b} {where}, and leave everything else where it is.",
        f"Bin the {a}, move the {b} {where}, and leave the rest alone.",
        f"Put the {a} in the bin. Then move the {b} {where}. Keep everything else as it is.",
    )
    return text, _done(rels(Rel("in_bin", a), goal), kept(*rest))


def t97_keep_addon(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b) and _room(w, b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    g = w.rng.choice(w.state.in_bowl(bowl))
    cl = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not cl:
        return None
    a = w.rng.choice(cl)
    text = _say(
        w,
        f"Put the {a} in the {bowl}. Oh, and keep the {g} in there too.",
        f"Put the {a} in the {bowl}. Oh, and the {g} stays in there, don't take it out.",
        f"Could you add the {a} to the {bowl}? Oh, and keep the {g} in the bowl as well.",
    )
    return text, _done(rels(Rel("in", a, bowl), Rel("in", g, bowl)))


def t97_keep_correct(w: World) -> Made:
    cl = [b for b in w.clear_blocks() if not _flat(w, b)]
    if not cl:
        return None
    a = w.rng.choice(cl)
    others = [b for b in w.blocks if b != a]
    off = [b for b in others if not _flat(w, b)]
    g = w.rng.choice(off if off and w.rng.random() < 0.7 else others)
    text = _say(
        w,
        f"Move the {a} and the {g} to the table. Actually, keep the {g} where it is.",
        f"Put the {a} and the {g} on the table. Wait, no, leave the {g} where it is, just the {a}.",
        f"Take the {a} and the {g} down to the table. Sorry, keep the {g} as it is.",
    )
    return text, _done(rels(Rel("on_table", a)), kept(g))


def t97_keep_reason(w: World) -> Made:
    cl = w.clear_blocks()
    inside = [b for b in w.blocks if w.state.base(b) in w.bowls]
    if inside and w.rng.random() < 0.6:
        r = w.rng.choice(inside)
        bowl = w.state.base(r)
        choices = [b for b in cl if b != r]
        if not choices:
            return None
        g = w.rng.choice(choices)
        text = _say(
            w,
            f"Leave the {r} in the {bowl}, I want it there. Put the {g} in the bin.",
            f"Put the {g} in the bin, but keep the {r} in the {bowl}; I'm using it.",
        )
        return text, _done(rels(Rel("in_bin", g)), kept(r))
    r = w.rng.choice(w.blocks)
    choices = [b for b in cl if b != r]
    if not choices:
        return None
    g = w.rng.choice(choices)
    text = _say(
        w,
        f"Keep the {r} where it is, because I'm using it, and put the {g} in the bin.",
        f"Put the {g} in the bin. Leave the {r} alone though, it's where I want it.",
    )
    return text, _done(rels(Rel("in_bin", g)), kept(r))


def t97_keep_cond(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    inside = [b for b in cl if w.state.base(b) in w.bowls]
    r = w.rng.choice(inside if inside and w.rng.random() < 0.5 else cl)
    g = w.rng.choice([b for b in cl if b != r])
    bowl = w.rng.choice(w.bowls)
    if w.state.base(r) in w.bowls:
        keep: Check = kept(r)
    else:
        if not _room(w, bowl):
            return None
        keep = rels(Rel("in", r, bowl))
    text = _say(
        w,
        f"If the {r} is in a bowl, leave it there; otherwise put it in the {bowl}. And put the {g} in the bin.",
        f"Put the {g} in the bin. Then, if the {r} isn't in a bowl yet, put it in the {bowl}; "
        f"if it is, keep it where it is.",
    )
    return text, _done(rels(Rel("in_bin", g)), keep)


def t97_keep_problem(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    r, g = w.pick(cl, 2)
    if not _stackable(w, r):
        return None
    text = _say(
        w,
        f"Someone keeps moving the {r}. Please leave it where it is this time, and just put the {g} on top of it.",
        f"The {r} keeps getting moved around, and I don't want that. Keep it where it is and stack the {g} on it.",
        f"Every time I look, the {r} has moved. Leave it alone this time; just put the {g} on it.",
    )
    return text, _done(rels(Rel("on", g, r)), kept(r))


# ----- multi-step ------------------------------------------------------------------------------------
def t97_multi_chain(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 3:
        return None
    a, b, c = w.pick(cl, 3)
    text = _say(
        w,
        f"Put the {a} on the table, then stack the {b} on it, then put the {c} on the {b}.",
        f"First put the {a} on the table. Then put the {b} on top of it, and after that the {c} on top of the {b}.",
        f"Build me a tower: the {a} on the table, the {b} on the {a}, and then the {c} on top.",
    )
    return text, _done(rels(Rel("on_table", a), Rel("on", b, a), Rel("on", c, b)))


def t97_multi_addon(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 3:
        return None
    a, b, c = w.pick(cl, 3)
    place = w.rng.choice(PLACES)
    text = _say(
        w,
        f"Move the {a} to the {place}, then put the {b} on it. Oh, and after that, put the {c} in the bin.",
        f"Put the {a} in the {place} and then stack the {b} on it. Oh, and then bin the {c}.",
        f"First the {a} goes to the {place}, then the {b} goes on top of it. Oh, and the {c} in the bin after that.",
    )
    return text, _done(rels(Rel("at", a, place), Rel("on", b, a), Rel("in_bin", c)))


def t97_multi_correct(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    text = _say(
        w,
        f"Put the {a} on the table and the {b} on top of it. Wait, the other way round: "
        f"the {b} on the table, with the {a} on top.",
        f"First put the {a} on the table, then the {b} on it. Actually, swap them: the {b} first, "
        f"then the {a} on top.",
        f"Put the {a} down on the table and stack the {b} on it. No, sorry, I got that backwards: "
        f"the {a} goes on the {b}, and the {b} on the table.",
    )
    return text, _done(rels(Rel("on_table", b), Rel("on", a, b)))


def t97_multi_reason(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cl = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not cl:
        return None
    a = w.rng.choice(cl)
    text = _say(
        w,
        f"Empty the {bowl} onto the table first, since I need it, and then put the {a} in it.",
        f"First take everything out of the {bowl} and put it on the table, because I want the {a} in there "
        f"on its own. Then put the {a} in.",
        f"I need the {bowl} for the {a}, so first move what's in it to the table, then put the {a} in the {bowl}.",
    )
    return text, _done(_on_table_base(inside), rels(Rel("in", a, bowl)))


def t97_multi_cond(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cl = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if len(cl) < 3:
        return None
    a, m, y = w.pick(cl, 3)
    if w.state.in_bowl(bowl):
        if not _stackable(w, y):
            return None
        goal = Rel("on", m, y)
    else:
        goal = Rel("in", m, bowl)
    text = _say(
        w,
        f"First put the {a} in the bin. Then, if the {bowl} is empty, put the {m} in it; "
        f"otherwise stack the {m} on the {y}.",
        f"Bin the {a} first. After that, the {m} goes in the {bowl} if it's empty, or on the {y} if it isn't.",
    )
    return text, _done(rels(Rel("in_bin", a), goal))


def t97_multi_problem(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if w.state.base(below) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"The {below} is buried under the {top}. Move the {top} to the table, then put the {below} in the {bowl}.",
        f"I can't reach the {below}, the {top} is on it. Put the {top} on the table first, "
        f"and then the {below} in the {bowl}.",
    )
    return text, _done(rels(Rel("on_table", top), Rel("in", below, bowl)))


# ----- questions -------------------------------------------------------------------------------------
def t97_q_chain(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    bowl = w.rng.choice(full or w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = _say(
        w,
        f"Okay, that's done. Next question: how many blocks are in the {bowl} right now?",
        f"Thanks. Now, how many blocks are in the {bowl}?",
        f"Good. Before the next step, can you tell me how many blocks there are in the {bowl}?",
    )
    return text, answered(str(n))


def t97_q_addon(w: World) -> Made:
    s = w.state
    direct = w.pairs()
    indirect = [(t, b) for b in w.blocks for t in s.above(b) if s.support[t] != b]
    roll = w.rng.random()
    if direct and roll < 0.5:
        a, b = w.rng.choice(direct)
    elif indirect and roll < 0.8:
        a, b = w.rng.choice(indirect)
    else:
        a, b = w.pick(w.blocks, 2)
    text = _say(
        w,
        f"Is the {a} on the {b}? Oh, I mean directly on it, not just somewhere in the same tower.",
        f"Is the {a} sitting on the {b}? Oh, and I mean right on top of it.",
    )
    return text, answered(yes(s.support[a] == b))


def t97_q_correct(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b1, b2 = w.pick(w.bowls, 2)
    inside = w.state.in_bowl(b2)
    text = _say(
        w,
        f"What's in the {b1}? Sorry, I mean the {b2}.",
        f"What's in the {b1}? Wait, not that one, the {w.colour(b2)} one.",
        f"Which blocks are in the {b1}? Oops, I meant the {b2}.",
    )
    return text, answered("|".join(inside) if inside else "nothing")


def t97_q_reason(w: World) -> Made:
    busy = [b for b in w.blocks if not w.state.is_clear(b)]
    a = w.rng.choice(busy if busy and w.rng.random() < 0.5 else w.blocks)
    clear = w.state.is_clear(a)
    if w.rng.random() < 0.5:
        text = _say(
            w,
            f"Is there anything on the {a}? I want to pick it up.",
            f"Is anything stacked on the {a}? I need to know before I grab it.",
        )
        return text, answered(yes(not clear))
    text = _say(
        w,
        f"Is the {a} clear? I want to put something on it.",
        f"Is the top of the {a} clear? I'd like to stack something on it next.",
    )
    return text, answered(yes(clear))


def t97_q_cond(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) <= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"Is there a block in the {bowl}? If so, which one?",
        f"Is there a block in the {bowl}? If there is, tell me which one.",
    )
    return text, answered(inside[0] if inside else "No")


def t97_q_problem(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    where = w.state.base(a)
    if where in w.bowls and w.rng.random() < 0.6:
        text = f"I can't find the {a}. Which bowl is it in?"
        if len(w.bowls) > 1 and w.rng.random() < 0.5:
            text = f"I think the {a} ended up in the wrong bowl. Which bowl is it in?"
        return text, answered(where)
    bowl = w.rng.choice(w.bowls)
    text = _say(
        w,
        f"I can't find the {a}. Is it in the {bowl}?",
        f"Something's off, I lost track of the {a}. Is it in the {bowl}?",
    )
    return text, answered(yes(where == bowl))


# ----- matching --------------------------------------------------------------------------------------
def t97_match_chain(w: World) -> Made:
    want = matching(w)
    if not _unsorted(w) or not _sortable(w):
        return None
    matched = {r.args[0] for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not 1 <= len(rest) <= 5:
        return None
    text = _say(
        w,
        "Put each block in the bowl that matches its colour, then put the rest in the bin.",
        "Sort the blocks into the bowls by colour. Then put whatever's left over in the bin.",
        "Match the blocks to the bowls by colour, and after that put all the other blocks in the bin.",
    )
    return text, _done(rels(*want), binned(rest))


def t97_match_addon(w: World) -> Made:
    want = matching(w)
    todo = _unsorted(w)
    if not todo or not _sortable(w):
        return None
    matched = {r.args[0] for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or any(
        x not in matched for r in todo for x in w.state.above(r.args[0])
    ):
        return None
    text = _say(
        w,
        "Sort the blocks into the bowls by colour. Oh, and leave the others where they are.",
        "Put the blocks in the bowls that match their colours. Oh, and don't move the ones with no matching bowl.",
        "Put each block in its own colour's bowl. Oh, and any block without a matching bowl stays put.",
    )
    return text, _done(rels(*want), kept(*rest))


def t97_match_correct(w: World) -> Made:
    todo = [r for r in _unsorted(w) if _room(w, r.args[1])]
    if not todo:
        return None
    a, home = w.rng.choice(todo).args
    others = [b for b in w.bowls if b != home and b != w.state.base(a)]
    wrong = (
        f"the {w.rng.choice(others)}" if others and w.rng.random() < 0.7 else "the bin"
    )
    text = _say(
        w,
        f"Put the {a} in {wrong}. Wait, no, put it in the bowl that's the same colour as it.",
        f"Put the {a} in {wrong}. Actually, make that the bowl that matches its colour.",
        f"Move the {a} to {wrong}. Sorry, I meant the bowl of its own colour.",
    )
    return text, _done(rels(Rel("in", a, home)))


def t97_match_reason(w: World) -> Made:
    if not _unsorted(w) or not _sortable(w):
        return None
    text = _say(
        w,
        "Put each block in the bowl of its own colour, it makes it easier for me to find them.",
        "Could you sort the blocks into the bowls by colour? I want to see which ones are missing.",
        "Put every block that has a bowl of the same colour into that bowl, because I'm going to count them later.",
    )
    return text, _done(rels(*matching(w)))


def t97_match_cond(w: World) -> Made:
    cl = w.clear_blocks()
    homed = [b for b in cl if _bowl_of_colour(w, b)]
    if not cl:
        return None
    a = w.rng.choice(homed if homed and w.rng.random() < 0.5 else cl)
    home = _bowl_of_colour(w, a)
    if home:
        if w.state.base(a) == home or not _room(w, home):
            return None
        goal = Rel("in", a, home)
    else:
        goal = Rel("in_bin", a)
    text = _say(
        w,
        f"If there's a bowl the same colour as the {a}, put it in there; otherwise put it in the bin.",
        f"The {a}: if one of the bowls matches its colour, put it in that one. If none does, bin it.",
        f"Put the {a} in the bowl of its colour, if there is one. If there isn't, it goes in the bin.",
    )
    return text, _done(rels(goal))


def t97_match_problem(w: World) -> Made:
    if not _unsorted(w) or not _sortable(w):
        return None
    text = _say(
        w,
        "The blocks aren't sorted by colour, and they should be. Can you put each one in the bowl that matches it?",
        "Something's wrong: the blocks are supposed to be in the bowls of their own colour, and they aren't. "
        "Please fix that.",
        "The colours are all mixed up. Every block that has a bowl of its colour should be in that bowl.",
    )
    return text, _done(rels(*matching(w)))


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
_STYLES = ("chain", "addon", "correct", "reason", "cond", "problem")
FRESH97: list[Template] = [
    (f"t97_{short}_{style}", category, globals()[f"t97_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
