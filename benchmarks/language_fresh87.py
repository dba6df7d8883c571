"""`FRESH87`, the eighty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: a goal together with its constraints. Each request says what to achieve and, the way a person setting
rules for a helper would, what must stay, what must not happen, what may be used and in what order ("..., but
only the red one goes in the bin", "..., and nothing else should move", "..., as long as the blue bowl stays
empty", "..., without stacking anything", "..., and do the red one last"). Questions ask about the table as it is.
The six styles are the kinds of constraint:

- still: what must stay put. "Put the red block in the bin, then the green block on the blue block, and leave the
  rest alone."
- never: what must not happen. "Clear off the top of the red block, but don't put anything in the bin."
- only: what may be used or moved. "Put the red block in the blue bowl and the green block in the bin, and only
  move those two."
- order: in what order. "Put the red block and the blue block in the bin, but do the red one last."
- aslong: a condition the goal is allowed under. "Put the red block in a bowl, as long as the blue bowl stays
  empty."
- rules: several rules at once. "Keep the red block where it is. Don't use the bin. Get the green block onto the
  table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(By mistake the tester printed the two import lines at the top of `benchmarks/language_fresh54.py`, while checking
how a batch imports the checks; nothing else of any other batch.)

Its first run (300 instructions, seed 0, on 3dab871, after every fix before it and before anything it could prompt):
0.517 goal-correct (155 of 300), 124 refused, 1 asked, 20 wrong: ten wrong actions ('..., as long as W stays empty' and
'...; nothing goes in W, though' put a block in W, six times; 'Lift off whatever block is on top of X, and after that
put X in W' left a block in the gripper, three times; "Get three blocks into the bin. Rules: the green block stays out
of it, and don't touch anything in W." binned both) and ten wrong replies ('Is there nothing on top of X?', 'Is W
empty, with no blocks in it?', 'Is X all on its own in W?', 'Without touching anything, which bowl has X in it?' and
others answered with the help text or 'I don't see ...').
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
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------
def _say(w: World, *phrasings: str) -> str:
    return w.rng.choice(phrasings)


def _goal(*checks: Check) -> Check:
    """The checks together, with nothing left in the gripper."""
    return both(*checks, lambda _i, f: f.held is None)


def _to(place: str) -> str:
    return "to the middle of the table" if place == "middle" else f"to the {place}"


def _at(place: str) -> str:
    return "in the middle of the table" if place == "middle" else f"in the {place}"


def _height(s: SymState, block: str) -> int:
    """How many blocks from `block` down to the bottom of its tower, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _below(s: SymState, block: str) -> list[str]:
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _stackable(s: SymState, block: str) -> bool:
    """A clear block that one more block may go on."""
    return s.is_clear(block) and _height(s, block) < layout.MAX_TOWER and s.base(block) != BIN


def _others_kept(w: World, *moved: str) -> Check:
    return kept(*(b for b in w.blocks if b not in moved))


def _no_new_stacks(i: SymState, f: SymState) -> bool:
    return all(f.support[b] not in f.support or f.support[b] == i.support[b] for b in f.support)


def _bowl_as_is(bowl: str) -> Check:
    return lambda i, f: (
        set(f.in_bowl(bowl)) == set(i.in_bowl(bowl)) and all(i.support[b] == f.support[b] for b in i.in_bowl(bowl))
    )


def _nothing_new_in_bowls(i: SymState, f: SymState) -> bool:
    return all(set(f.in_bowl(bw)) <= set(i.in_bowl(bw)) for bw in f.bowls)


def _in_some_bowl_but(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) in f.bowls and f.base(block) != bowl


def _on_ground(*blocks: str) -> Check:
    """Each block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _not_on_a_block(*blocks: str) -> Check:
    return lambda _i, f: all(f.support[b] not in f.support and f.support[b] != GRIPPER for b in blocks)


def _matchers(w: World) -> dict[str, str]:
    """block -> the bowl of its colour."""
    by_colour = {w.colour(bw): bw for bw in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _todo(w: World) -> dict[str, str]:
    """The matching blocks not yet in their bowl, where their bowl has room."""
    s = w.state
    return {b: bw for b, bw in _matchers(w).items() if s.base(b) != bw}


def _match_room(w: World, todo: dict[str, str]) -> bool:
    return all(_room(w.state, bw) for bw in todo.values())


# ----- imperative --------------------------------------------------------------------------------------
def t87_imp_still(w: World) -> Made:
    s = w.state
    opts = [(b, bw) for b in w.clear_blocks() for bw in w.bowls if s.base(b) != bw and _room(s, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = _say(
        w,
        f"Put the {b} in the {bw}, and nothing else should move.",
        f"Move the {b} into the {bw}, and leave every other block exactly where it is.",
        f"Drop the {b} in the {bw}, but don't shift any of the other blocks.",
    )
    return text, _goal(rels(Rel("in", b, bw)), _others_kept(w, b))


def t87_imp_never(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if not s.is_clear(b)]
    if not opts:
        return None
    x = w.rng.choice(opts)
    text = _say(
        w,
        f"Clear off the top of the {x}, but don't put anything in the bin.",
        f"Get everything off the {x}. Just don't use the bin for any of it.",
        f"Take whatever's stacked on the {x} off it, without throwing anything in the bin.",
    )
    return text, _goal(rels(Rel("clear", x)), none_binned(w.blocks))


def t87_imp_only(w: World) -> Made:
    s = w.state
    opts = [(bw, b) for bw in w.bowls if len(s.in_bowl(bw)) >= 2 for b in s.in_bowl(bw)]
    if not opts:
        return None
    bw, b = w.rng.choice(opts)
    rest = [o for o in s.in_bowl(bw) if o != b]
    c = w.colour(b)
    text = _say(
        w,
        f"Empty the {bw}, but only the {b} goes in the bin; the rest go on the table.",
        f"Take everything out of the {bw}. Use the bin for the {b} only, and put the others on the table.",
        f"Clear out the {bw}. Only the {c} one is allowed in the bin, everything else from it goes on the table.",
    )
    return text, _goal(empty(bw), binned([b]), _on_ground(*rest))


def t87_imp_order(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    ca = w.colour(a)
    text = _say(
        w,
        f"Put the {a} and the {b} in the bin, but do the {ca} one last.",
        f"Throw the {b} and the {a} in the bin, and leave the {a} till the end.",
        f"Bin the {a} and the {b}. The {ca} one goes in last.",
    )
    return text, _goal(binned([a, b]), none_binned([o for o in w.blocks if o not in (a, b)]))


def t87_imp_aslong(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    opts = [
        (b, k)
        for k in w.bowls
        if not s.in_bowl(k) and any(bw != k and _room(s, bw) for bw in w.bowls)
        for b in w.blocks
        if s.base(b) not in w.bowls
    ]
    if not opts:
        return None
    b, k = w.rng.choice(opts)
    text = _say(
        w,
        f"Put the {b} in a bowl, as long as the {k} stays empty.",
        f"Get the {b} into one of the bowls. Any of them, as long as the {k} stays empty.",
        f"Put the {b} into a bowl; I don't mind which, as long as nothing goes in the {k}.",
    )
    return text, _goal(_in_some_bowl_but(b, k), empty(k))


def t87_imp_rules(w: World) -> Made:
    s = w.state
    opts = [
        (a, b, bw)
        for bw in w.bowls
        for a in w.clear_blocks()
        for b in w.blocks
        if a != b and _stackable(s, b) and s.base(a) != bw and s.base(b) != bw
    ]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    text = _say(
        w,
        f"Put the {a} on the {b}. Rules: don't use the bin, and leave the {bw} alone.",
        f"Stack the {a} on top of the {b}. Two things: nothing goes in the bin, and don't touch the {bw}.",
        f"Put the {a} on the {b}, and while you're at it, keep away from the bin and the {bw}.",
    )
    return text, _goal(rels(Rel("on", a, b)), none_binned(w.blocks), _bowl_as_is(bw))


# ----- declarative -------------------------------------------------------------------------------------
def t87_dec_still(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = _say(
        w,
        f"The {b} goes in the bin, and everything else stays where it is.",
        f"The {b} belongs in the bin. Nothing else moves.",
        f"The {b} is going in the bin; the other blocks stay exactly as they are.",
    )
    return text, _goal(binned([b]), _others_kept(w, b))


def t87_dec_never(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if s.support[b] not in _GROUND]
    if not opts:
        return None
    g = w.rng.choice(opts)
    text = _say(
        w,
        f"The {g} goes on the table, and nothing goes in the bin.",
        f"The {g} belongs on the table. No block goes in the bin, though.",
        f"The {g} goes down on the table itself, and the bin stays empty.",
    )
    return text, _goal(rels(Rel("on_table", g)), none_binned(w.blocks))


def t87_dec_only(w: World) -> Made:
    s = w.state
    opts = [(b, bw) for bw in w.bowls if s.in_bowl(bw) for b in w.blocks if set(s.in_bowl(bw)) != {b}]
    opts = [(b, bw) for b, bw in opts if s.base(b) == bw or _room(s, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    text = _say(
        w,
        f"The {bw} is for the {b} only: the {b} goes in it and nothing else stays in there.",
        f"Only the {b} belongs in the {bw}; everything else comes out of it.",
        f"The {bw} holds the {b} and nothing else.",
    )
    return text, _goal(rels(Rel("in", b, bw)), lambda _i, f: set(f.in_bowl(bw)) == {b})


def t87_dec_order(w: World) -> Made:
    s = w.state
    opts = [
        (r, g)
        for r in w.clear_blocks()
        if s.support[r] not in _GROUND
        for g in w.clear_blocks()
        if g != r and g != s.support[r] and s.base(g) != s.support[r]
    ]
    if not opts:
        return None
    r, g = w.rng.choice(opts)
    was = s.support[r]
    where = Rel("in", g, was) if was in s.bowls else Rel("on", g, was)
    text = _say(
        w,
        f"The {r} goes in the bin first, and then the {g} goes where the {r} was.",
        f"First the {r} goes into the bin; after that, the {g} takes its place.",
        f"The {r} is binned first, and the {g} ends up just where the {r} was sitting.",
    )
    return text, _goal(binned([r]), rels(where))


def t87_dec_aslong(w: World) -> Made:
    s = w.state
    r = w.rng.choice(w.blocks)
    sup = s.support[r]
    if sup in s.support:
        g = sup
    else:
        others = [b for b in w.blocks if b != r and b not in s.above(r)]
        if not others:
            return None
        g = w.rng.choice(others)
    place = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"The {r} goes {_at(place)}, as long as the {g} stays where it is.",
        f"The {r} belongs {_at(place)}. That's fine as long as the {g} isn't moved.",
        f"The {r} is going {_to(place)}, provided the {g} stays put.",
    )
    return text, _goal(rels(Rel("at", r, place)), kept(g))


def t87_dec_rules(w: World) -> Made:
    s = w.state
    opts = [
        (a, b, c)
        for a in w.blocks
        for b in w.blocks
        if a != b
        and s.support[a] != b
        and _height(s, b) < layout.MAX_TOWER
        and a not in _below(s, b)
        and b not in s.above(a)
        for c in w.blocks
        if c not in (a, b) and c not in s.above(a) and c not in s.above(b)
    ]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    text = _say(
        w,
        f"Here's the deal: the {a} goes on top of the {b}, nothing goes in the bin, and the {c} stays put.",
        f"The {a} goes on the {b}. The bin is off limits, and the {c} doesn't move.",
        f"The {a} ends up stacked on the {b}; nothing gets binned, and the {c} stays where it is.",
    )
    return text, _goal(rels(Rel("on", a, b)), none_binned(w.blocks), kept(c))


# ----- desiderative ------------------------------------------------------------------------------------
def t87_des_still(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if a != b and _stackable(s, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = _say(
        w,
        f"I'd like the {a} on top of the {b}, but I don't want anything else to move.",
        f"I want the {a} stacked on the {b}, and the rest left exactly as they are.",
        f"I'd love the {a} on the {b}. I'd rather nothing else got moved, though.",
    )
    return text, _goal(rels(Rel("on", a, b)), _others_kept(w, a))


def t87_des_never(w: World) -> Made:
    s = w.state
    opts = [bw for bw in w.bowls if s.in_bowl(bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    text = _say(
        w,
        f"I want the {bw} emptied, but I don't want anything stacked on anything.",
        f"I'd like everything out of the {bw}, without piling blocks on top of each other.",
        f"I want the {bw} empty, and please don't stack any blocks while you're at it.",
    )
    return text, _goal(empty(bw), _no_new_stacks)


def t87_des_only(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    text = _say(
        w,
        f"I want the {a} and the {b} in the bin, those two and nothing else.",
        f"I'd like the {a} and the {b} thrown in the bin, and only those.",
        f"I just want the {a} and the {b} in the bin; no other block goes in there.",
    )
    return text, _goal(binned([a, b]), none_binned([o for o in w.blocks if o not in (a, b)]))


def t87_des_order(w: World) -> Made:
    r, g = w.pick(w.blocks, 2)
    place = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"I'd like the {r} moved {_to(place)} first, and then the {g} put on top of it.",
        f"I want the {r} {_at(place)}, do that first, and after that the {g} on top of it.",
        f"First I'd like the {r} taken {_to(place)}, then I want the {g} stacked on it.",
    )
    return text, _goal(rels(Rel("at", r, place), Rel("on", g, r)))


def t87_des_aslong(w: World) -> Made:
    s = w.state
    opts = [(g, bw) for bw in w.bowls if s.in_bowl(bw) and _room(s, bw) for g in w.blocks if s.base(g) != bw]
    if not opts:
        return None
    g, bw = w.rng.choice(opts)
    there = s.in_bowl(bw)
    text = _say(
        w,
        f"I'd love the {g} in the {bw}, as long as nothing that's already in there gets moved.",
        f"I want the {g} in the {bw}. Fine, as long as whatever is already in it stays put.",
        f"I'd like the {g} put in the {bw}, provided you don't disturb what's in there now.",
    )
    return text, _goal(rels(Rel("in", g, bw)), kept(*there))


def t87_des_rules(w: World) -> Made:
    s = w.state
    if not s.in_bowls():
        return None
    opts = [b for b in w.blocks if s.base(b) in _GROUND]
    if not opts:
        return None
    r = w.rng.choice(opts)
    text = _say(
        w,
        f"I want every block out of the bowls. Two rules: nothing goes in the bin, and the {r} stays where it is.",
        f"I'd like the bowls emptied, but don't use the bin, and don't move the {r}.",
        f"What I want is all the bowls empty. Nothing in the bin, please, and leave the {r} alone.",
    )
    return text, _goal(lambda _i, f: not f.in_bowls(), none_binned(w.blocks), kept(r))


# ----- quantified --------------------------------------------------------------------------------------
def t87_qua_still(w: World) -> Made:
    inb = w.state.in_bowls()
    if not inb or len(inb) > 5:
        return None
    text = _say(
        w,
        "Put every block that's in a bowl into the bin, and leave all the others where they are.",
        "All the blocks sitting in bowls go in the bin; don't move any of the rest.",
        "Bin each block that's in a bowl. Every other block stays put.",
    )
    return text, _goal(binned(inb), _others_kept(w, *inb))


def t87_qua_never(w: World) -> Made:
    s = w.state
    opts = [
        (bw, r)
        for bw in w.bowls
        if not s.in_bowl(bw)
        for r in w.blocks
        if len([b for b in w.clear_blocks() if b != r]) >= 2
    ]
    if not opts:
        return None
    bw, r = w.rng.choice(opts)
    c = w.colour(r)
    text = _say(
        w,
        f"Put two blocks in the {bw}, but not the {r}.",
        f"Any two blocks into the {bw}, please. Just not the {c} one.",
        f"Get two of the blocks into the {bw}; don't use the {r} for it, though.",
    )
    return text, _goal(count_in(bw, 2), lambda _i, f: f.base(r) != bw)


def t87_qua_only(w: World) -> Made:
    s = w.state
    if any(abs(w.y(b)) < 0.04 for b in w.blocks):
        return None
    left = [b for b in w.blocks if w.y(b) < 0]
    right = [b for b in w.blocks if w.y(b) > 0]
    if not left or not right or len(left) > 5 or any(s.base(b) in s.bowls for b in left):
        return None
    text = _say(
        w,
        "Put all the blocks on the left side of the table in the bin, but only those.",
        "Every block on the left half goes in the bin, and nothing from the right half.",
        "Bin everything on the left side of the table, and only the left side.",
    )
    return text, _goal(binned(left), none_binned(right))


def t87_qua_order(w: World) -> Made:
    s = w.state
    ground = [b for b in w.blocks if s.base(b) in _GROUND]
    if len(ground) < 3:
        return None
    a, b, c = w.pick(ground, 3)
    text = _say(
        w,
        f"Stack all three of them, the {a}, the {b} and the {c}, into one tower, with the {a} at the bottom.",
        f"Make one tower out of the {a}, the {b} and the {c}; the {a} has to be on the bottom.",
        f"Build a single stack from those three blocks: the {a}, the {b} and the {c}. Start with the {a} at the bottom.",
    )
    return text, _goal(rels(Rel("tower", a, b, c)), lambda _i, f: f.support[a] in _GROUND)


def t87_qua_aslong(w: World) -> Made:
    s = w.state
    ground = [b for b in w.blocks if s.base(b) in _GROUND]
    inb = s.in_bowls()
    if not inb or not ground or len(ground) > 5:
        return None
    text = _say(
        w,
        "Put every block on the table in the bin, as long as you leave the bowls alone.",
        "All the blocks out on the table can go in the bin, as long as nothing in the bowls gets moved.",
        "Bin every block that's out on the table, provided whatever's in the bowls stays put.",
    )
    return text, _goal(binned(ground), kept(*inb))


def t87_qua_rules(w: World) -> Made:
    s = w.state
    opts = []
    for bw in w.bowls:
        if not s.in_bowl(bw):
            continue
        for r in w.blocks:
            if s.base(r) == bw:
                continue
            if len([b for b in w.blocks if b != r and s.base(b) != bw]) >= 3:
                opts.append((bw, r))
    if not opts:
        return None
    bw, r = w.rng.choice(opts)
    text = _say(
        w,
        f"Get three blocks into the bin. Rules: the {r} stays out of it, and don't touch anything in the {bw}.",
        f"Three blocks go in the bin. Not the {r}, and nothing from the {bw}.",
        f"I need three blocks in the bin. Don't pick the {r}, and leave what's in the {bw} alone.",
    )
    return text, _goal(
        lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3, none_binned([r]), kept(*s.in_bowl(bw))
    )


# ----- negated -----------------------------------------------------------------------------------------
def t87_neg_still(w: World) -> Made:
    s = w.state
    opts = [bw for bw in w.bowls if s.in_bowl(bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    text = _say(
        w,
        f"Don't leave any blocks in the {bw}, but don't move anything else either.",
        f"Nothing should stay in the {bw}, and no other block should move.",
        f"I don't want a single block left in the {bw}. Don't touch the other blocks, though.",
    )
    return text, _goal(empty(bw), _others_kept(w, *s.in_bowl(bw)))


def t87_neg_never(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    r, g = w.rng.choice(pairs)
    text = _say(
        w,
        f"The {r} shouldn't be on the {g} anymore, and don't stack it on any other block either.",
        f"I don't want the {r} on top of the {g}, or on top of any other block.",
        f"Don't leave the {r} sitting on the {g}, and don't put it on another block instead.",
    )
    return text, _goal(_not_on_a_block(r))


def t87_neg_only(w: World) -> Made:
    s = w.state
    opts = [bw for bw in w.bowls if 0 < len(s.in_bowl(bw)) <= 5]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    there = s.in_bowl(bw)
    text = _say(
        w,
        f"The blocks in the {bw} can't stay there, and the only place they can go is the bin.",
        f"None of the blocks in the {bw} should stay in it; the bin's the only place for them.",
        f"Don't leave anything in the {bw}. The bin is the only place those blocks may go.",
    )
    return text, _goal(empty(bw), binned(there))


def t87_neg_order(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    g, r = w.rng.choice(pairs)
    place = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"Don't move the {r} {_to(place)} until you've taken the {g} off it.",
        f"Don't put the {r} {_at(place)} before the {g} is off it.",
        f"Don't take the {r} {_to(place)} with the {g} still on it; get the {g} off first.",
    )
    return text, _goal(rels(Rel("at", r, place), Rel("on", g, r, negated=True)))


def t87_neg_aslong(w: World) -> Made:
    s = w.state
    opts = [(bw, k) for bw in w.bowls if s.in_bowl(bw) for k in w.bowls if k != bw]
    if not opts:
        return None
    bw, k = w.rng.choice(opts)
    text = _say(
        w,
        f"Nothing should be left in the {bw}, as long as the {k} stays exactly as it is.",
        f"The {bw} mustn't have anything in it, as long as you don't change the {k}.",
        f"I don't want anything in the {bw}, as long as the {k} is left just as it is.",
    )
    return text, _goal(empty(bw), _bowl_as_is(k))


def t87_neg_rules(w: World) -> Made:
    if not w.pairs():
        return None
    text = _say(
        w,
        "No blocks on top of other blocks, please. And don't use the bin or the bowls for it.",
        "I don't want any block sitting on another one. Don't put anything in the bin or in a bowl to get there.",
        "Nothing should be stacked, and no block goes in the bin or a bowl while you sort that out.",
    )
    return text, _goal(_not_on_a_block(*w.blocks), none_binned(w.blocks), _nothing_new_in_bowls)


# ----- relative ----------------------------------------------------------------------------------------
def _single_tops(w: World) -> list[tuple[str, str]]:
    """(block, the one block resting on it)."""
    s = w.state
    return [(b, s.on_top(b)[0]) for b in w.blocks if len(s.on_top(b)) == 1]


def t87_rel_still(w: World) -> Made:
    s = w.state
    opts = [(r, x) for r, x in _single_tops(w) if s.is_clear(x)]
    if not opts:
        return None
    r, x = w.rng.choice(opts)
    text = _say(
        w,
        f"Put the block that's sitting on the {r} in the bin, and don't move anything else.",
        f"Whatever block is on top of the {r} goes in the bin. Everything else stays where it is.",
        f"Take the block that's on the {r} and throw it in the bin; leave every other block alone.",
    )
    return text, _goal(binned([x]), _others_kept(w, x))


def t87_rel_never(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    opts = [
        (r, x, bw)
        for r, x in _single_tops(w)
        if s.base(x) not in w.bowls
        for bw in w.bowls
        if any(o != bw and _room(s, o) for o in w.bowls)
    ]
    if not opts:
        return None
    r, x, bw = w.rng.choice(opts)
    text = _say(
        w,
        f"Take the block that's on top of the {r} and put it in a bowl, not the {bw} though.",
        f"The block sitting on the {r} should go into one of the bowls, just not the {bw}.",
        f"Move whichever block is on the {r} into a bowl, but don't use the {bw}.",
    )
    return text, _goal(_in_some_bowl_but(x, bw))


def t87_rel_only(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    g, x = w.rng.choice(pairs)
    text = _say(
        w,
        f"Bin the block that the {g} is sitting on, and only that one.",
        f"The block underneath the {g} goes in the bin, and nothing else does.",
        f"Put the block the {g} is resting on into the bin; no other block goes in there.",
    )
    return text, _goal(binned([x]), none_binned([b for b in w.blocks if b != x]))


def t87_rel_order(w: World) -> Made:
    s = w.state
    opts = [(r, x, bw) for r, x in _single_tops(w) for bw in w.bowls if s.base(r) != bw and _room(s, bw)]
    if not opts:
        return None
    r, x, bw = w.rng.choice(opts)
    text = _say(
        w,
        f"First take the block that's on the {r} off it, then put the {r} in the {bw}.",
        f"Get the block that's sitting on the {r} off first, and then the {r} goes into the {bw}.",
        f"Lift off whatever block is on top of the {r}, and after that put the {r} in the {bw}.",
    )
    return text, _goal(rels(Rel("in", r, bw), Rel("on", x, r, negated=True)))


def t87_rel_aslong(w: World) -> Made:
    s = w.state
    opts = [
        (bw, s.in_bowl(bw)[0], g)
        for bw in w.bowls
        if len(s.in_bowl(bw)) == 1
        for g in w.blocks
        if _stackable(s, g) and s.base(g) != bw
    ]
    if not opts:
        return None
    bw, x, g = w.rng.choice(opts)
    text = _say(
        w,
        f"Put the block that's in the {bw} on top of the {g}, as long as the {g} stays where it is.",
        f"Stack the block from the {bw} onto the {g}. Fine, as long as the {g} itself doesn't move.",
        f"The block that's sitting in the {bw} goes on the {g}, as long as you don't move the {g}.",
    )
    return text, _goal(rels(Rel("on", x, g)), kept(g))


def t87_rel_rules(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    y, x = w.rng.choice(pairs)
    place = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"Move the block that's under the {y} {_to(place)}. The {y} mustn't end up in the bin, "
        "and nothing new goes in a bowl.",
        f"The block the {y} is sitting on goes {_to(place)}. Rules: don't bin the {y}, and don't put anything "
        "in the bowls.",
        f"Take the block underneath the {y} {_to(place)}; keep the {y} out of the bin and don't put anything "
        "into any bowl.",
    )
    return text, _goal(rels(Rel("at", x, place)), none_binned([y]), _nothing_new_in_bowls)


# ----- keep --------------------------------------------------------------------------------------------
def t87_keep_still(w: World) -> Made:
    s = w.state
    inb = s.in_bowls()
    if not inb:
        return None
    ground = [b for b in w.clear_blocks() if s.base(b) in _GROUND]
    opts = [(a, b) for a in ground for b in ground if a != b and _stackable(s, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = _say(
        w,
        f"Keep every block that's in a bowl where it is, and put the {a} on the {b}.",
        f"Put the {a} on top of the {b}, and keep the blocks in the bowls exactly where they are.",
        f"Keep the blocks in the bowls still. Just stack the {a} on the {b}.",
    )
    return text, _goal(rels(Rel("on", a, b)), kept(*inb))


def t87_keep_never(w: World) -> Made:
    s = w.state
    opts = [
        (a, b, bw)
        for bw in w.bowls
        for a in w.clear_blocks()
        for b in w.clear_blocks()
        if a != b and _stackable(s, b) and s.base(a) != bw and s.base(b) != bw
    ]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    text = _say(
        w,
        f"Keep the {bw} as it is, nothing in and nothing out, and put the {a} on the {b}.",
        f"Put the {a} on top of the {b}, but keep the {bw} just the way it is: don't add anything or take "
        "anything out.",
        f"Stack the {a} on the {b}, and keep the {bw} untouched.",
    )
    return text, _goal(rels(Rel("on", a, b)), _bowl_as_is(bw))


def t87_keep_only(w: World) -> Made:
    s = w.state
    if s.in_bowls():
        return None
    r = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != r]
    if not others or len(others) > 5:
        return None
    c = w.colour(r)
    text = _say(
        w,
        f"Keep only the {r} on the table; every other block goes in the bin.",
        f"The {r} stays on the table, and it's the only one that does. The rest go in the bin.",
        f"Keep the {c} block on the table and bin all the other blocks.",
    )
    return text, _goal(_on_ground(r), binned(others))


def t87_keep_order(w: World) -> Made:
    s = w.state
    opts = [(g, r, bw) for g, r in w.pairs() for bw in w.bowls if s.base(r) != bw and _room(s, bw)]
    if not opts:
        return None
    g, r, bw = w.rng.choice(opts)
    text = _say(
        w,
        f"Keep the {r} where it is: first lift the {g} off it, then put the {g} in the {bw}.",
        f"Take the {g} off the {r} and then put the {g} in the {bw}. The {r} stays where it is.",
        f"The {r} stays put. Get the {g} off it first, then into the {bw} with it.",
    )
    return text, _goal(kept(r), rels(Rel("in", g, bw)))


def t87_keep_aslong(w: World) -> Made:
    s = w.state
    g = w.rng.choice(w.blocks)
    sup = s.support[g]
    if sup in s.support:
        r = sup
    else:
        others = [b for b in w.blocks if b != g and b not in s.above(g)]
        if not others:
            return None
        r = w.rng.choice(others)
    text = _say(
        w,
        f"Put the {g} in the bin, as long as the {r} stays put.",
        f"Bin the {g}, as long as you keep the {r} exactly where it is.",
        f"Get the {g} into the bin; just keep the {r} where it is while you do it.",
    )
    return text, _goal(binned([g]), kept(r))


def t87_keep_rules(w: World) -> Made:
    s = w.state
    opts = [g for g in w.blocks if s.support[g] not in _GROUND]
    if not opts:
        return None
    g = w.rng.choice(opts)
    sup = s.support[g]
    if sup in s.support:
        r = sup
    else:
        others = [b for b in w.blocks if b != g and b not in s.above(g)]
        if not others:
            return None
        r = w.rng.choice(others)
    text = _say(
        w,
        f"Keep the {r} where it is. Don't use the bin. Get the {g} onto the table.",
        f"Three rules: the {r} stays put, nothing goes in the bin, and the {g} ends up on the table.",
        f"The {g} needs to go on the table. Keep the {r} where it is and leave the bin out of it.",
    )
    return text, _goal(rels(Rel("on_table", g)), kept(r), none_binned(w.blocks))


# ----- multi-step --------------------------------------------------------------------------------------
def t87_multi_still(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    opts = [(a, b, c) for a in clear for b in clear for c in clear if len({a, b, c}) == 3 and _stackable(s, c)]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    text = _say(
        w,
        f"Put the {a} in the bin, then the {b} on the {c}, and leave the rest alone.",
        f"Two things: the {a} into the bin, and the {b} onto the {c}. Don't move any other block.",
        f"First bin the {a}, then stack the {b} on the {c}. Everything else stays where it is.",
    )
    return text, _goal(binned([a]), rels(Rel("on", b, c)), _others_kept(w, a, b))


def t87_multi_never(w: World) -> Made:
    r, g = w.pick(w.blocks, 2)
    p1, p2 = w.rng.sample(list(PLACES), 2)
    text = _say(
        w,
        f"Move the {r} {_to(p1)} and then the {g} {_to(p2)}, without stacking them on anything.",
        f"The {r} goes {_to(p1)}, then the {g} {_to(p2)}, and neither of them on top of another block.",
        f"First the {r} {_to(p1)}, then the {g} {_to(p2)}; don't put either of them on a block.",
    )
    return text, _goal(rels(Rel("at", r, p1), Rel("at", g, p2)), _not_on_a_block(r, g))


def t87_multi_only(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    opts = [(a, b, bw) for a in clear for b in clear if a != b for bw in w.bowls if s.base(a) != bw and _room(s, bw)]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    text = _say(
        w,
        f"Put the {a} in the {bw} and the {b} in the bin, and only move those two.",
        f"The {a} into the {bw}, the {b} into the bin, and nothing else gets moved.",
        f"Drop the {a} in the {bw}, then throw the {b} in the bin. Those are the only two blocks you touch.",
    )
    return text, _goal(rels(Rel("in", a, bw)), binned([b]), _others_kept(w, a, b))


def t87_multi_order(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = _say(
        w,
        f"First put the {a} on the table, then stack the {b} on it, then the {c} on top.",
        f"Start with the {a} on the table, put the {b} on top of it, and finish with the {c} on top of the {b}.",
        f"The {a} goes down on the table first, then the {b} goes on it, and the {c} goes last, on top.",
    )
    return text, _goal(rels(Rel("stacked", a, b, c)))


def t87_multi_aslong(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    opts = [
        (r, g, k)
        for k in w.bowls
        if not s.in_bowl(k) and any(bw != k and _room(s, bw) for bw in w.bowls)
        for g in w.blocks
        if s.base(g) not in w.bowls
        for r in w.blocks
        if r != g
    ]
    if not opts:
        return None
    r, g, k = w.rng.choice(opts)
    text = _say(
        w,
        f"Put the {r} in the bin and the {g} in a bowl, as long as the {k} stays empty.",
        f"Bin the {r}, then get the {g} into one of the bowls. Any bowl, as long as the {k} stays empty.",
        f"First the {r} goes in the bin, then the {g} into a bowl; nothing goes in the {k}, though.",
    )
    return text, _goal(binned([r]), _in_some_bowl_but(g, k), empty(k))


def t87_multi_rules(w: World) -> Made:
    s = w.state
    opts = [(a, b, bw) for a in w.blocks for b in w.blocks if a != b for bw in w.bowls if s.base(a) != bw]
    opts = [(a, b, bw) for a, b, bw in opts if _room(s, bw)]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    place = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"Three things: put the {a} in the {bw}, put the {b} {_at(place)}, and don't use the bin at all.",
        f"The {a} goes in the {bw} and the {b} goes {_to(place)}, and the bin stays empty.",
        f"Put the {a} in the {bw}, then the {b} {_at(place)}. One rule: nothing goes in the bin.",
    )
    return text, _goal(rels(Rel("in", a, bw), Rel("at", b, place)), none_binned(w.blocks))


# ----- question ----------------------------------------------------------------------------------------
def t87_q_still(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    nots = [(a, b) for a in w.blocks for b in w.blocks if a != b and b not in _below(s, a) and a not in _below(s, b)]
    if pairs and (not nots or w.rng.random() < 0.5):
        a, b = w.rng.choice(pairs)
    elif nots:
        a, b = w.rng.choice(nots)
    else:
        return None
    text = _say(
        w,
        f"Is the {a} still sitting on the {b}?",
        f"Is the {a} still on top of the {b}?",
        f"Just checking: is the {a} still on the {b}?",
    )
    return text, answered(yes(s.support[a] == b))


def t87_q_never(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        b = w.rng.choice(w.blocks)
        text = _say(
            w,
            f"Is there nothing on top of the {b}?",
            f"Has the {b} got nothing stacked on it?",
            f"Is the {b} free, with no block on top of it?",
        )
        return text, answered(yes(s.is_clear(b)))
    bw = w.rng.choice(w.bowls)
    text = _say(
        w,
        f"Is there nothing at all in the {bw}?",
        f"Is the {bw} empty, with no blocks in it?",
        f"Has the {bw} got no blocks in it?",
    )
    return text, answered(yes(not s.in_bowl(bw)))


def t87_q_only(w: World) -> Made:
    s = w.state
    inb = s.in_bowls()
    if not inb:
        return None
    b = w.rng.choice(inb)
    bw = s.base(b)
    alone = set(s.in_bowl(bw)) == {b}
    if w.rng.random() < 0.35:
        return f"Is there anything in the {bw} besides the {b}?", answered(yes(not alone))
    text = _say(
        w,
        f"Is the {b} the only block in the {bw}?",
        f"Is the {b} all on its own in the {bw}?",
    )
    return text, answered(yes(alone))


def t87_q_order(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    r = w.rng.choice(pairs)[0]
    bottom = _below(s, r)[-1]
    text = _say(
        w,
        f"Which block is at the bottom of the stack the {r} is in?",
        f"What's the lowest block in the tower with the {r} in it?",
        f"In the stack that has the {r}, which block is on the bottom?",
    )
    return text, answered(bottom)


def t87_q_aslong(w: World) -> Made:
    n = len(w.clear_blocks())
    text = _say(
        w,
        "How many blocks could be picked up right now, as long as nothing else gets moved first?",
        "How many blocks have nothing on top of them right now?",
        "Without moving anything, how many blocks are free to lift straight off, with nothing on top of them?",
    )
    return text, answered(str(n))


def t87_q_rules(w: World) -> Made:
    s = w.state
    inb = s.in_bowls()
    if not inb:
        return None
    r = w.rng.choice(inb)
    text = _say(
        w,
        f"Don't move anything, just tell me: which bowl is the {r} in?",
        f"Without touching anything, which bowl has the {r} in it?",
        f"Just tell me, no moving: what bowl is the {r} sitting in?",
    )
    return text, answered(s.base(r))


# ----- matching ----------------------------------------------------------------------------------------
def t87_match_still(w: World) -> Made:
    s = w.state
    todo = _todo(w)
    if not todo or not _match_room(w, todo):
        return None
    if any(o not in todo for t in todo for o in s.above(t)):
        return None
    text = _say(
        w,
        "Put each block in the bowl that's its colour, and leave every other block where it is.",
        "Match the blocks to the bowls by colour, and don't move any block that doesn't have a bowl of its own colour.",
        "Sort the blocks into the bowls of the same colour; nothing else should move.",
    )
    return text, _goal(rels(*matching(w)), _others_kept(w, *todo))


def t87_match_never(w: World) -> Made:
    todo = _todo(w)
    if not todo or not _match_room(w, todo):
        return None
    text = _say(
        w,
        "Sort the blocks into the bowls by colour, but don't put anything in the bin.",
        "Every block that has a bowl of its colour goes in that bowl, and keep the bin empty.",
        "Put the blocks in their matching bowls without using the bin.",
    )
    return text, _goal(rels(*matching(w)), none_binned(w.blocks))


def t87_match_only(w: World) -> Made:
    todo = _todo(w)
    if not todo:
        return None
    r = w.rng.choice(list(todo))
    bw = todo[r]
    if not _room(w.state, bw):
        return None
    others = {b: o for b, o in todo.items() if b != r}
    text = _say(
        w,
        f"Put only the {r} into the bowl of the same colour, none of the other blocks.",
        f"Just the {r} goes into its matching bowl; don't match up any other block.",
        f"Match up the {r} with the {bw}, and only that one.",
    )
    return text, _goal(rels(Rel("in", r, bw)), lambda _i, f: all(f.base(b) != o for b, o in others.items()))


def t87_match_order(w: World) -> Made:
    todo = _todo(w)
    if len(todo) < 2 or not _match_room(w, todo):
        return None
    r = w.rng.choice(list(todo))
    c = w.colour(r)
    text = _say(
        w,
        f"Put the blocks into the bowls that match their colours, and do the {r} last.",
        f"Sort the blocks into their colour bowls, but save the {c} one for last.",
        f"Match every block to its colour bowl; the {r} goes in last.",
    )
    return text, _goal(rels(*matching(w)))


def t87_match_aslong(w: World) -> Made:
    s = w.state
    todo = _todo(w)
    if not todo or not _match_room(w, todo) or any(s.base(b) in s.bowls for b in todo):
        return None
    inb = s.in_bowls()
    text = _say(
        w,
        "Put the blocks in the bowls that match their colours, as long as nothing that's already in a bowl gets moved.",
        "Match the blocks to the same-coloured bowls. Fine, as long as the blocks already in bowls stay put.",
        "Sort the blocks into bowls by colour, provided you don't disturb anything that's already in a bowl.",
    )
    return text, _goal(rels(*matching(w)), kept(*inb))


def t87_match_rules(w: World) -> Made:
    s = w.state
    todo = _todo(w)
    if not todo or not _match_room(w, todo):
        return None
    rest = [b for b in w.blocks if b not in _matchers(w)]
    if not rest or len(rest) > 5 or any(s.base(b) in s.bowls for b in rest):
        return None
    text = _say(
        w,
        "Every block with a bowl of its colour goes in that bowl, and the rest go in the bin. Don't stack anything.",
        "Rules: blocks go in the bowl that matches their colour, blocks without a matching bowl go in the bin, "
        "and no stacking.",
        "Sort by colour into the bowls, bin whatever doesn't have a matching bowl, and don't put any block on top "
        "of another.",
    )
    return text, _goal(rels(*matching(w)), binned(rest), _no_new_stacks)


# ----- the batch ---------------------------------------------------------------------------------------
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
_STYLES = ("still", "never", "only", "order", "aslong", "rules")
FRESH87: list[Template] = [
    (f"t87_{short}_{style}", category, globals()[f"t87_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
