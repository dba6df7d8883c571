"""`FRESH105`, the hundred-and-sixth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: pairings, swaps, reversals and orderings, as people ask for them: two blocks trade places, two blocks go
into two bowls respectively, the contents of two bowls are exchanged, a tower is turned upside down, a stack is
built in a stated order, each of a few blocks goes into a bowl of its own, blocks are paired with the bowls of
their colour. The six styles are six kinds of speaker:

- engineer: "Swap the positions of the red block and the blue block."
- teacher: "Let's rebuild the stack in reverse order: the green block goes at the bottom and the red block ends up
  on top."
- child: "make a tower! the red block at the bottom, then the blue block, then the green block on top"
- colleague: "Could you put the red and yellow blocks in the blue and pink bowls, respectively?"
- gamer: "red block and yellow block: first one goes in the bin, second one in the blue bowl"
- customer: "Please swap the contents of the red bowl and the blue bowl."

Swaps are checked by the relations they state: a block that leaves a bowl for the table must end up on the table
(anywhere), one that takes the place of a block on a block must rest on that block, one that goes to a bowl must be
in it (on its floor or on a block in it). Reversed or ordered stacks may stand on the table, a place or in a bowl.
Every check also wants the gripper empty. Each check carries `intended`, one final state that satisfies it, which
the self-check of this batch used.

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 91786a4, after every fix before it and before anything it could prompt):
0.37 goal-correct (111 of 300), 161 refused, 5 asked, 23 wrong: 11 wrong actions ("I'd like X and Y in each other's
bowls" put each in its own, twice; 'keep X where it is and stack Y then Z on top of it' did nothing or stacked Z on Y,
twice; 'Could you switch X with Y? Keep W just as it is now.' did nothing, twice; 'Take the tower which has X in it and
rebuild it upside down.' rebuilt it as it was; 'stack them up: X first, then Y, and Z goes last on top' left X out;
'First move X to P and Y to Q; after that, interchange the two.' did not swap; "Let's reverse the stack. X stays exactly
where it is, though." moved the stack onto another block; 'not the orange bowl for the blue one, the purple bowl! and the
cyan one goes in the orange bowl' moved only the cyan one) and 12 wrong replies (counts of blocks 'in the bowl of their
own colour', 'which one sits higher', 'can X and Y switch? i want them switched' answered with the help text).
"""

from __future__ import annotations

from itertools import pairwise

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    count_in,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_ON_TABLE = (TABLE, *PLACES)
_FULL = 4  # never fill a bowl past this many blocks (layout.BOWL_CAPACITY)
_GAP = 0.06  # "left of" only when the blocks are this far apart sideways


# ----- helpers ----------------------------------------------------------------------------------------
def _loc(s: SymState, b: str) -> tuple[str, str] | None:
    """Where `b` rests, as a swap sees it: ("in", bowl), ("on", block) or ("table", "table")."""
    sup = s.support[b]
    if sup in s.bowls:
        return ("in", sup)
    if sup in s.support:
        return ("on", sup)
    if sup in _ON_TABLE:
        return ("table", TABLE)
    return None


def _loc_rel(b: str, loc: tuple[str, str]) -> Rel:
    kind, target = loc
    return Rel("on_table", b) if kind == "table" else Rel(kind, b, target)


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b`, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _towers(s: SymState) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    out = []
    for b in s.blocks:
        if s.support[b] not in s.support and s.on_top(b):
            chain = [b]
            while s.on_top(chain[-1]):
                chain.append(s.on_top(chain[-1])[0])
            out.append(chain)
    return out


def _room(s: SymState, bowl: str, extra: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + extra <= _FULL


def _colour_bowl(w: World, b: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == w.colour(b)), None)


def _one(w: World, b: str) -> str:
    """How people shorten a block: "the red one" where no bowl shares its colour, else "the red block"."""
    return f"the {w.colour(b)} one" if _colour_bowl(w, b) is None else f"the {b}"


def _lift(s: SymState, b: str) -> None:
    for x in s.above(b):
        s.support[x] = TABLE


def _move(s: SymState, b: str, target: str) -> None:
    """Put `b` on `target` in a witness state, clearing `b` and a target block first."""
    _lift(s, b)
    if target in s.support:
        _lift(s, target)
    s.support[b] = target


def _moved(w: World, *moves: tuple[str, str]) -> SymState:
    f = w.state.copy()
    for b, target in moves:
        _move(f, b, target)
    return f


def _gripper_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _made(w: World, text: str, check: Check, intended: SymState | None = None) -> Made:
    """The instance, unless its goal holds already; every goal also wants the gripper empty."""
    if check(w.state, w.state):
        return None
    done = both(check, _gripper_empty)
    done.intended = intended  # type: ignore[attr-defined]
    return text, done


def _not_binned(*blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) not in (BIN, GRIPPER) for b in blocks)


# swaps ------------------------------------------------------------------------------------------------
def _swappable(w: World, a: str, b: str) -> bool:
    s = w.state
    la, lb = _loc(s, a), _loc(s, b)
    return bool(
        la
        and lb
        and la != lb
        and s.is_clear(a)
        and s.is_clear(b)
        and s.base(a) != s.base(b)
    )


def _swap(w: World, a: str, b: str) -> tuple[Check, SymState]:
    s = w.state
    la, lb = _loc(s, a), _loc(s, b)
    assert la and lb
    f = s.copy()
    f.support[a], f.support[b] = lb[1], la[1]
    return rels(_loc_rel(a, lb), _loc_rel(b, la)), f


def _swap_pair(w: World, ok=lambda a, b: True) -> tuple[str, str] | None:
    pairs = [
        (a, b)
        for a in w.blocks
        for b in w.blocks
        if a < b and _swappable(w, a, b) and ok(a, b)
    ]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return (a, b) if w.rng.random() < 0.5 else (b, a)


# stacks in an order -------------------------------------------------------------------------------------
def _chain(order: list[str]) -> Check:
    """`order` stands as one stack, bottom first, on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        sup = f.support
        first = sup[order[0]]
        return (
            first not in sup
            and first not in (BIN, GRIPPER)
            and all(sup[top] == below for below, top in pairwise(order))
        )

    return check


def _chain_state(w: World, order: list[str]) -> SymState:
    f = w.state.copy()
    _move(f, order[0], TABLE)
    for below, top in pairwise(order):
        _move(f, top, below)
    return f


def _reverse_all(w: World, towers: list[list[str]]) -> tuple[Check, SymState]:
    f = w.state.copy()
    for t in towers:
        rev = t[::-1]
        f.support[rev[0]] = w.state.support[t[0]]
        for below, top in pairwise(rev):
            f.support[top] = below
    return both(*(_chain(t[::-1]) for t in towers)), f


def _only_tower(w: World) -> list[str] | None:
    towers = _towers(w.state)
    return towers[0] if len(towers) == 1 else None


def _three(w: World) -> list[str] | None:
    return w.pick(w.blocks, 3) or None


# bowls -----------------------------------------------------------------------------------------------------
def _exchange(w: World, a: str, b: str) -> tuple[Check, SymState] | None:
    s = w.state
    sa, sb = s.in_bowl(a), s.in_bowl(b)
    if not (sa or sb):
        return None
    f = s.copy()
    for x in s.blocks:
        if s.support[x] == a:
            f.support[x] = b
        elif s.support[x] == b:
            f.support[x] = a
    check = both(
        rels(*(Rel("in", x, b) for x in sa), *(Rel("in", x, a) for x in sb)),
        count_in(a, len(sb)),
        count_in(b, len(sa)),
    )
    return check, f


def _two_bowls(w: World, full: bool = False) -> tuple[str, str] | None:
    """Two bowls with something to exchange (in both, when `full`)."""
    s = w.state
    options = [
        (a, b)
        for a in w.bowls
        for b in w.bowls
        if a != b
        and (s.in_bowl(a) and s.in_bowl(b) if full else (s.in_bowl(a) or s.in_bowl(b)))
    ]
    return w.rng.choice(options) if options else None


def _respective(w: World) -> tuple[str, str, str, str] | None:
    """Blocks x, y and bowls p, q for "x and y into p and q respectively"."""
    if len(w.bowls) < 2 or len(w.blocks) < 2:
        return None
    s = w.state
    for _ in range(12):
        x, y = w.pick(w.blocks, 2)
        p, q = w.pick(w.bowls, 2)
        if s.base(x) == p or s.base(y) == q:
            continue
        if _room(s, p) and _room(s, q):
            return x, y, p, q
    return None


def _separate(w: World, blocks: list[str]) -> tuple[Check, SymState] | None:
    """`blocks` end up in different bowls (one each)."""
    s = w.state
    if len(blocks) > len(w.bowls) or any(not _room(s, bw) for bw in w.bowls):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        bases = [f.base(b) for b in blocks]
        return all(x in f.bowls for x in bases) and len(set(bases)) == len(blocks)

    order = list(w.bowls)
    w.rng.shuffle(order)
    f = w.state.copy()
    for b, bowl in zip(blocks, order):
        _move(f, b, bowl)
    return check, f


def _listing(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _matchable(w: World) -> list[str]:
    s = w.state
    out = []
    for b in w.blocks:
        bowl = _colour_bowl(w, b)
        if bowl is not None and _room(s, bowl):
            out.append(b)
    return out


def _all_matched(w: World) -> tuple[Check, SymState] | None:
    want = matching(w)
    if not want or any(not _room(w.state, bw) for bw in w.bowls):
        return None
    f = _moved(w, *((r.args[0], r.args[1]) for r in want))
    return rels(*want), f


def _rdesc(w: World, b: str) -> str | None:
    """A relative clause that picks out `b` alone, if its place does."""
    s = w.state
    sup = s.support[b]
    if sup in s.bowls and len(s.in_bowl(sup)) == 1:
        return w.rng.choice(
            (
                f"the block that's in the {sup}",
                f"the block which is sitting in the {sup}",
            )
        )
    if sup in s.support:
        return w.rng.choice(
            (
                f"the block that's sitting on the {sup}",
                f"the block which is on top of the {sup}",
            )
        )
    tops = s.on_top(b)
    if len(tops) == 1:
        return w.rng.choice(
            (
                f"the block that the {tops[0]} is sitting on",
                f"the block that's under the {tops[0]}",
            )
        )
    return None


# ----- imperative ---------------------------------------------------------------------------------------
def t105_imp_engineer(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    check, f = _swap(w, a, b)
    text = w.rng.choice(
        (
            f"Swap the positions of the {a} and the {b}.",
            f"Interchange the {a} and the {b}, so each one ends up where the other one is now.",
            f"Exchange the locations of the {a} and the {b}.",
        )
    )
    return _made(w, text, check, f)


def t105_imp_teacher(w: World) -> Made:
    tower = _only_tower(w)
    if tower is None:
        return None
    check, f = _reverse_all(w, [tower])
    text = w.rng.choice(
        (
            "Now turn the tower upside down, so that the block on top ends up at the bottom.",
            (
                f"Let's rebuild the stack in reverse order: the {tower[-1]} goes at the bottom and the {tower[0]} "
                "ends up on top."
            ),
            "Please flip the stack over so that its order is reversed.",
        )
    )
    return _made(w, text, check, f)


def t105_imp_child(w: World) -> Made:
    order = _three(w)
    if order is None:
        return None
    x, y, z = order
    text = w.rng.choice(
        (
            f"make a tower! the {x} at the bottom, then the {y}, then the {z} on top",
            f"build a tower with the {x} at the bottom, the {y} next and the {z} right at the top",
            f"stack them up: {x} first, then {y}, and {z} goes last on top",
        )
    )
    return _made(w, text, _chain(order), _chain_state(w, order))


def t105_imp_colleague(w: World) -> Made:
    got = _respective(w)
    if got is None:
        return None
    x, y, p, q = got
    cx, cy, cp, cq = (w.colour(n) for n in got)
    text = w.rng.choice(
        (
            f"Put the {cx} and {cy} blocks into the {cp} and {cq} bowls, respectively.",
            f"Drop the {x} and the {y} into the {p} and the {q} respectively, would you?",
            f"Could you put the {cx} and {cy} blocks in the {cp} and {cq} bowls, in that order?",
        )
    )
    return _made(
        w, text, rels(Rel("in", x, p), Rel("in", y, q)), _moved(w, (x, p), (y, q))
    )


def t105_imp_gamer(w: World) -> Made:
    if not w.bowls or len(w.blocks) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(y) == bowl or not _room(w.state, bowl):
        return None
    text = w.rng.choice(
        (
            f"{x} and {y}: first one goes in the bin, second one in the {bowl}",
            f"take the {x} and the {y}. bin the first, drop the second in the {bowl}",
            f"ok so {x}, {y} -- the first to the bin and the second into the {bowl}",
        )
    )
    check = both(binned([x]), rels(Rel("in", y, bowl)))
    return _made(w, text, check, _moved(w, (x, BIN), (y, bowl)))


def t105_imp_customer(w: World) -> Made:
    pair = _two_bowls(w)
    if pair is None:
        return None
    a, b = pair
    got = _exchange(w, a, b)
    if got is None:
        return None
    text = w.rng.choice(
        (
            f"Please swap the contents of the {a} and the {b}.",
            f"Could you exchange what's in the {a} with what's in the {b}, please?",
            f"Please switch the {a}'s blocks with the {b}'s blocks.",
        )
    )
    return _made(w, text, *got)


# ----- declarative ----------------------------------------------------------------------------------------
def t105_dec_engineer(w: World) -> Made:
    order = _three(w)
    if order is None:
        return None
    x, y, z = order
    cx, cy, cz = (w.colour(n) for n in order)
    text = w.rng.choice(
        (
            f"Target stack, bottom to top: the {x}, the {y}, the {z}.",
            (
                f"The final configuration is a single stack with the {x} at the base, the {y} in the middle and the {z} "
                "on top."
            ),
            f"The stack is to be built {cx}, {cy}, {cz}, from the bottom up.",
        )
    )
    return _made(w, text, _chain(order), _chain_state(w, order))


def t105_dec_teacher(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    check, f = _swap(w, a, b)
    text = w.rng.choice(
        (
            f"The {a} and the {b} are going to trade places.",
            f"The {a} and the {b} are going to switch spots with each other now.",
            f"Next, the {a} and the {b} swap places.",
        )
    )
    return _made(w, text, check, f)


def t105_dec_child(w: World) -> Made:
    if not w.bowls or len(w.blocks) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(y) == bowl or not _room(w.state, bowl):
        return None
    text = w.rng.choice(
        (
            f"{_one(w, x)} goes in the bin and {_one(w, y)} goes in the {bowl}",
            f"the {x} lives in the bin now and the {y} lives in the {bowl}",
            f"{_one(w, y)} goes in the {bowl} and {_one(w, x)} goes in the bin!!",
        )
    )
    check = both(binned([x]), rels(Rel("in", y, bowl)))
    return _made(w, text, check, _moved(w, (x, BIN), (y, bowl)))


def t105_dec_colleague(w: World) -> Made:
    got = _respective(w)
    if got is None:
        return None
    x, y, p, q = got
    cx, cy, cp, cq = (w.colour(n) for n in got)
    text = w.rng.choice(
        (
            f"The {cx} and {cy} blocks belong in the {cp} and {cq} bowls respectively.",
            f"The {cx} and {cy} blocks go in the {cp} and {cq} bowls, respectively.",
            f"The {x} and the {y} are meant for the {p} and the {q}, in that order.",
        )
    )
    return _made(
        w, text, rels(Rel("in", x, p), Rel("in", y, q)), _moved(w, (x, p), (y, q))
    )


def t105_dec_gamer(w: World) -> Made:
    tower = _only_tower(w)
    if tower is None:
        return None
    check, f = _reverse_all(w, [tower])
    text = w.rng.choice(
        (
            "the stack gets flipped: top block at the bottom, bottom block on top, order reversed",
            f"new rule: the tower is upside down now, so the {tower[-1]} is at the bottom and the {tower[0]} on top",
            "that tower's order is getting reversed, top to bottom",
        )
    )
    return _made(w, text, check, f)


def t105_dec_customer(w: World) -> Made:
    pair = _two_bowls(w, full=True)
    if pair is None:
        return None
    a, b = pair
    got = _exchange(w, a, b)
    if got is None:
        return None
    text = w.rng.choice(
        (
            f"What's in the {a} belongs in the {b}, and what's in the {b} belongs in the {a}.",
            f"The blocks in the {a} and the blocks in the {b} should be the other way round.",
            f"The {a}'s blocks go in the {b}, and the {b}'s blocks go in the {a}.",
        )
    )
    return _made(w, text, *got)


# ----- desiderative -----------------------------------------------------------------------------------------
def t105_des_engineer(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    tower = w.rng.choice(towers)
    member = w.rng.choice(tower)
    check, f = _reverse_all(w, [tower])
    text = w.rng.choice(
        (
            f"I need the stack with the {member} in it inverted.",
            f"I want the tower containing the {member} rebuilt in reverse order.",
            f"What I need is the {member}'s tower flipped, so its bottom block ends up on top.",
        )
    )
    return _made(w, text, check, f)


def t105_des_teacher(w: World) -> Made:
    k = min(len(w.bowls), 3)
    if k < 2:
        return None
    blocks = w.pick(w.blocks, k)
    got = _separate(w, blocks)
    if got is None:
        return None
    names = [f"the {b}" for b in blocks]
    text = w.rng.choice(
        (
            f"I'd like each of these blocks, {_listing(names)}, in a different bowl.",
            f"I would like {_listing(names)} to end up in separate bowls, one per bowl.",
            f"What I'd like is {_listing(names)} spread over the bowls, no two in the same bowl.",
        )
    )
    return _made(w, text, *got)


def t105_des_child(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    check, f = _swap(w, a, b)
    ca, cb = w.colour(a), w.colour(b)
    text = w.rng.choice(
        (
            f"i want the {a} and the {b} to swap places!",
            f"i wanna see the {ca} and {cb} blocks trade places",
            f"can the {a} and the {b} switch? i want them switched",
        )
    )
    return _made(w, text, check, f)


def t105_des_colleague(w: World) -> Made:
    s = w.state
    options = []
    for x in w.blocks:
        for y in w.blocks:
            p, q = _colour_bowl(w, y), _colour_bowl(w, x)
            if (
                x < y
                and p
                and q
                and s.base(x) != p
                and s.base(y) != q
                and _room(s, p)
                and _room(s, q)
            ):
                options.append((x, y, p, q))
    if not options:
        return None
    x, y, p, q = w.rng.choice(options)
    text = w.rng.choice(
        (
            f"I'd love it if the {x} were in the {p} and the {y} in the {q}.",
            f"Ideally I'd like the {x} and the {y} crossed over: the {x} in the {p} and the {y} in the {q}.",
            f"I'd like the {w.colour(x)} and {w.colour(y)} blocks in each other's bowls, if you can.",
        )
    )
    return _made(
        w, text, rels(Rel("in", x, p), Rel("in", y, q)), _moved(w, (x, p), (y, q))
    )


def t105_des_gamer(w: World) -> Made:
    order = _three(w)
    if order is None:
        return None
    cx, cy, cz = (w.colour(n) for n in order)
    text = w.rng.choice(
        (
            f"want a tower of blocks: {cx} at the bottom, {cy} in the middle, {cz} on top",
            f"i'd like a stack going {cx}, {cy}, {cz} from the ground up, blocks obviously",
            f"gimme a tower: {cx} block as the base, {cy} block on it, {cz} block on top",
        )
    )
    return _made(w, text, _chain(order), _chain_state(w, order))


def t105_des_customer(w: World) -> Made:
    if len(w.bowls) != 2:
        return None
    a, b = w.bowls
    got = _exchange(w, a, b)
    if got is None:
        return None
    text = w.rng.choice(
        (
            "I'd like the contents of the two bowls swapped, please.",
            "I would like whatever is in one bowl moved to the other one, and the other way round.",
            "I'd like the blocks in the two bowls swapped round, please.",
        )
    )
    return _made(w, text, *got)


# ----- quantified ----------------------------------------------------------------------------------------------
def t105_qua_engineer(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    check, f = _reverse_all(w, towers)
    text = w.rng.choice(
        (
            "Invert every stack.",
            "Reverse the order of every tower in the scene.",
            "All stacks: reverse their order, bottom to top.",
        )
    )
    return _made(w, text, check, f)


def t105_qua_teacher(w: World) -> Made:
    order = _three(w)
    if order is None:
        return None
    x, y, z = order
    text = w.rng.choice(
        (
            f"All three blocks into one tower, please, in this order from the bottom: the {x}, the {y}, the {z}.",
            f"Put all three of them, the {x}, the {y} and the {z}, in a single tower, in that order from the bottom.",
            f"Each of these goes into one stack: first the {x}, then the {y} on it, then the {z} on top.",
        )
    )
    return _made(w, text, _chain(order), _chain_state(w, order))


def t105_qua_child(w: World) -> Made:
    tower = _only_tower(w)
    if tower is None or len(tower) > len(w.bowls):
        return None
    got = _separate(w, tower)
    if got is None:
        return None
    text = w.rng.choice(
        (
            "put every block from the tower in a different bowl",
            "each block in the tower goes in its own bowl, a different one each",
            "take all the blocks off the tower and put each one in a different bowl",
        )
    )
    return _made(w, text, *got)


def t105_qua_colleague(w: World) -> Made:
    pair = _two_bowls(w, full=True)
    if pair is None:
        return None
    a, b = pair
    got = _exchange(w, a, b)
    if got is None:
        return None
    text = w.rng.choice(
        (
            f"Could you move everything in the {a} to the {b}, and everything in the {b} to the {a}?",
            f"All the blocks in the {a} go to the {b} and all the ones in the {b} go to the {a}, okay?",
            f"Swap every block in the {a} with every block in the {b}, please.",
        )
    )
    return _made(w, text, *got)


def t105_qua_gamer(w: World) -> Made:
    order = _three(w)
    if order is None:
        return None
    top = order[-1]
    rest = order[:2]

    def check(_i: SymState, f: SymState) -> bool:
        return _chain([*rest, top])(_i, f) or _chain([*rest[::-1], top])(_i, f)

    names = [w.colour(b) for b in order]
    w.rng.shuffle(names)
    text = w.rng.choice(
        (
            f"all three, {', '.join(names)}, in one stack. any order, as long as {w.colour(top)} is on top",
            (
                f"stack all 3 of the {names[0]}, {names[1]} and {names[2]} blocks, {w.colour(top)} one on top, "
                "the other two whatever"
            ),
            f"every one of the {names[0]}, {names[1]} and {names[2]} blocks in a single tower, the {top} on top",
        )
    )
    return _made(w, text, check, _chain_state(w, order))


def t105_qua_customer(w: World) -> Made:
    if not w.bowls:
        return None
    x, y = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    s = w.state
    if not _room(s, bowl, 2 - (s.base(x) == bowl) - (s.base(y) == bowl)):
        return None
    text = w.rng.choice(
        (
            (
                f"Please put both the {x} and the {y} in the {bowl}, the {w.colour(x)} one underneath and the "
                f"{w.colour(y)} one on top of it."
            ),
            (
                f"I'd like both blocks, {w.colour(x)} and {w.colour(y)}, in the {bowl}: the {x} at the bottom and the {y} "
                "on it."
            ),
            f"Both of them into the {bowl}, please: first the {x}, then the {y} on top of it.",
        )
    )
    check = rels(Rel("in", x, bowl), Rel("on", y, x))
    return _made(w, text, check, _moved(w, (x, bowl), (y, x)))


# ----- negated ----------------------------------------------------------------------------------------------------
def t105_neg_engineer(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    check, f = _swap(w, a, b)
    others = [x for x in w.blocks if x not in (a, b)]
    text = w.rng.choice(
        (
            f"Swap the {a} and the {b} without moving anything else.",
            f"Swap the {a} and the {b}; no other block should change position.",
            f"Exchange the {a} and the {b}, and don't relocate any of the other blocks.",
        )
    )
    return _made(w, text, both(check, kept(*others)), f)


def t105_neg_teacher(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    tower = w.rng.choice(towers)
    check, f = _reverse_all(w, [tower])
    which = (
        "the tower"
        if len(towers) == 1
        else f"the tower with the {w.rng.choice(tower)} in it"
    )
    text = w.rng.choice(
        (
            f"Reverse {which}, but don't use the bin.",
            f"Turn {which} upside down without putting anything in the bin.",
            f"Let's flip {which} over. Nothing goes in the bin, mind.",
        )
    )
    return _made(w, text, both(check, none_binned(w.blocks)), f)


def t105_neg_child(w: World) -> Made:
    got = _respective(w)
    if got is None:
        return None
    x, y, p, q = got
    text = w.rng.choice(
        (
            f"no, don't put the {x} in the {q}! the {x} goes in the {p}, and the {y} goes in the {q}",
            f"not the {q} for {_one(w, x)}, the {p}! and {_one(w, y)} goes in the {q}",
            f"{_one(w, y)} in the {q} and {_one(w, x)} in the {p}, not the other way round",
        )
    )
    return _made(
        w, text, rels(Rel("in", x, p), Rel("in", y, q)), _moved(w, (x, p), (y, q))
    )


def t105_neg_colleague(w: World) -> Made:
    pair = _two_bowls(w)
    if pair is None:
        return None
    a, b = pair
    got = _exchange(w, a, b)
    if got is None:
        return None
    check, f = got
    text = w.rng.choice(
        (
            f"Swap what's in the {a} and the {b}, but don't put anything in the bin.",
            f"Could you exchange the contents of the {a} and the {b}? Don't use the bin for it.",
            f"Switch the {a}'s and the {b}'s contents around, and nothing goes into the bin, please.",
        )
    )
    return _made(w, text, both(check, none_binned(w.blocks)), f)


def t105_neg_gamer(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    order = _three(w)
    assert order is not None
    s = w.state
    spare = [
        z for z in w.blocks if z not in order and not set(_below(s, z)) & set(order)
    ]
    if not spare:
        return None
    z = w.rng.choice(spare)
    cx, cy, cc = (w.colour(n) for n in order)
    text = w.rng.choice(
        (
            f"stack {cx}, {cy}, {cc} bottom to top, don't touch the {z} though",
            f"tower time: {cx} block, then {cy}, then {cc} on top. do not move the {z}",
            f"build {cx} > {cy} > {cc} from the bottom up, and leave the {z} alone",
        )
    )
    return _made(w, text, both(_chain(order), kept(z)), _chain_state(w, order))


def t105_neg_customer(w: World) -> Made:
    pairs = [(t, u) for t, u in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    f = w.state.copy()
    f.support[t], f.support[u] = w.state.support[u], t
    text = w.rng.choice(
        (
            f"I don't want the {t} sitting on the {u} any more; please put the {u} on top of the {t} instead.",
            f"The {t} shouldn't be on the {u}. Could you put them the other way round, please?",
            f"Please don't leave the {t} on top of the {u}: I'd like it the other way round.",
        )
    )
    return _made(w, text, both(rels(Rel("on", u, t)), _not_binned(t)), f)


# ----- relative ---------------------------------------------------------------------------------------------------
def t105_rel_engineer(w: World) -> Made:
    descs = {b: _rdesc(w, b) for b in w.blocks}
    pair = _swap_pair(w, lambda a, b: bool(descs[a] and descs[b]))
    if pair is None:
        return None
    a, b = pair
    check, f = _swap(w, a, b)
    text = w.rng.choice(
        (
            f"Swap {descs[a]} with {descs[b]}.",
            f"Interchange {descs[a]} and {descs[b]}.",
            f"Put {descs[a]} where {descs[b]} is, and vice versa.",
        )
    )
    return _made(w, text, check, f)


def t105_rel_teacher(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    tower = w.rng.choice(towers)
    member = w.rng.choice(tower)
    check, f = _reverse_all(w, [tower])
    text = w.rng.choice(
        (
            f"Reverse the order of the blocks in the tower that the {member} belongs to.",
            f"Take the tower which has the {member} in it and rebuild it upside down.",
            f"The stack that the {member} is part of: can you turn it upside down for me?",
        )
    )
    return _made(w, text, check, f)


def t105_rel_child(w: World) -> Made:
    if not w.bowls:
        return None
    descs = {b: _rdesc(w, b) for b in w.blocks}
    named = [b for b in w.blocks if descs[b]]
    if len(named) < 2:
        return None
    x, y = w.pick(named, 2)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(y) == bowl or not _room(w.state, bowl) or x in _below(w.state, y):
        return None
    text = w.rng.choice(
        (
            f"put {descs[x]} in the bin and {descs[y]} in the {bowl}",
            f"{descs[y]} goes in the {bowl}, and {descs[x]} goes in the bin",
            f"i want {descs[x]} in the bin and {descs[y]} in the {bowl} please",
        )
    )
    check = both(binned([x]), rels(Rel("in", y, bowl)))
    return _made(w, text, check, _moved(w, (x, BIN), (y, bowl)))


def t105_rel_colleague(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    tower = w.rng.choice(towers)
    member = w.rng.choice(tower)
    check, f = _reverse_all(
        w, [tower]
    )  # towers start at most three high: swapping the ends reverses them
    which = "the stack" if len(towers) == 1 else f"the stack the {member} is in"
    text = w.rng.choice(
        (
            f"Could you swap the block that's at the top of {which} with the one that's at the bottom?",
            f"The block that sits at the bottom of {which} and the one that's on top of it all: swap them, please.",
            f"Can you make the block that's on top of {which} the bottom one, and the bottom one the top?",
        )
    )
    return _made(w, text, check, f)


def t105_rel_gamer(w: World) -> Made:
    s = w.state
    loose = [b for b in w.blocks if s.base(b) == TABLE]
    if not 2 <= len(loose) <= 4 or any(
        not s.is_clear(b) or s.support[b] != TABLE for b in loose
    ):
        return None
    order = sorted(loose, key=w.y)
    if any(w.y(b) - w.y(a) < _GAP for a, b in pairwise(order)):
        return None
    text = w.rng.choice(
        (
            "stack the blocks that are lying on the table, leftmost one at the bottom, rightmost on top",
            "the blocks that aren't in a bowl: stack em, going left to right from the bottom up",
            "take the blocks which are on the table and make one tower, left one first, right one last on top",
        )
    )
    return _made(w, text, _chain(order), _chain_state(w, order))


def t105_rel_customer(w: World) -> Made:
    options = [
        b
        for b in _matchable(w)
        if w.state.support[b] in w.state.support or w.state.on_top(b)
    ]
    if not options:
        return None
    b = w.rng.choice(options)
    desc = _rdesc(w, b)
    bowl = _colour_bowl(w, b)
    if desc is None or bowl is None:
        return None
    text = w.rng.choice(
        (
            f"Please put {desc} into the bowl that's the same colour as it.",
            f"Could you move {desc} to the bowl which matches its colour?",
            f"I'd like {desc} paired up with the bowl that has its colour, please.",
        )
    )
    return _made(w, text, rels(Rel("in", b, bowl)), _moved(w, (b, bowl)))


# ----- keep -----------------------------------------------------------------------------------------------------------
def t105_keep_engineer(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    others = [x for x in w.blocks if x not in pair]
    if not others:
        return None
    z = w.rng.choice(others)
    check, f = _swap(w, a, b)
    text = w.rng.choice(
        (
            f"Swap the {a} and the {b}, but keep the {z} where it is.",
            f"Exchange the positions of the {a} and the {b} while keeping the {z} fixed in place.",
            f"Keep the {z} in position and swap the {a} with the {b}.",
        )
    )
    return _made(w, text, both(check, kept(z)), f)


def t105_keep_teacher(w: World) -> Made:
    tower = _only_tower(w)
    if tower is None:
        return None
    others = [x for x in w.blocks if x not in tower]
    if not others:
        return None
    z = w.rng.choice(others)
    check, f = _reverse_all(w, [tower])
    text = w.rng.choice(
        (
            f"Turn the tower upside down, but keep the {z} where it is.",
            f"Let's reverse the stack. The {z} stays exactly where it is, though.",
            f"Keep the {z} where it is and rebuild the tower in the opposite order.",
        )
    )
    return _made(w, text, both(check, kept(z)), f)


def t105_keep_child(w: World) -> Made:
    got = _respective(w)
    if got is None:
        return None
    x, y, p, q = got
    s = w.state
    spare = [z for z in w.blocks if z not in (x, y) and not {x, y} & set(_below(s, z))]
    if not spare:
        return None
    z = w.rng.choice(spare)
    text = w.rng.choice(
        (
            f"put the {x} in the {p} and the {y} in the {q}, but {_one(w, z)} stays where it is!",
            f"{_one(w, x)} in the {p}, {_one(w, y)} in the {q}, and keep {_one(w, z)} right where it is",
            f"keep the {z} still! and put the {x} and the {y} in the {p} and the {q}, in that order",
        )
    )
    check = both(rels(Rel("in", x, p), Rel("in", y, q)), kept(z))
    return _made(w, text, check, _moved(w, (x, p), (y, q)))


def t105_keep_colleague(w: World) -> Made:
    pair = _two_bowls(w)
    if pair is None:
        return None
    a, b = pair
    got = _exchange(w, a, b)
    spare = [z for z in w.blocks if w.state.base(z) not in (a, b)]
    if got is None or not spare:
        return None
    z = w.rng.choice(spare)
    check, f = got
    text = w.rng.choice(
        (
            f"Swap the contents of the {a} and the {b}, but keep the {z} where it is.",
            f"Could you exchange what's in the {a} and the {b}? Keep the {z} where it is, though.",
            f"Keep the {z} put and switch the {a}'s blocks with the {b}'s.",
        )
    )
    return _made(w, text, both(check, kept(z)), f)


def t105_keep_gamer(w: World) -> Made:
    order = _three(w)
    if order is None:
        return None
    x, y, z = order
    s = w.state
    if {y, z} & set(_below(s, x)) or len(_below(s, x)) + 3 > 4:
        return None
    text = w.rng.choice(
        (
            f"keep the {x} where it is and stack the {y} then the {z} on top of it",
            f"{w.colour(x)} block stays put. {w.colour(y)} on it, {w.colour(z)} on top of that",
            f"don't move the {x}, just build on it: {y} first, {z} last",
        )
    )
    check = both(kept(x), rels(Rel("on", y, x), Rel("on", z, y)))
    return _made(w, text, check, _moved(w, (y, x), (z, y)))


def t105_keep_customer(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    s = w.state
    pair = _swap_pair(w, lambda a, b: bowl not in (s.base(a), s.base(b)))
    if pair is None:
        return None
    a, b = pair
    check, f = _swap(w, a, b)
    inside = s.in_bowl(bowl)
    text = w.rng.choice(
        (
            f"Please swap the {a} and the {b}, and keep the {bowl} exactly as it is.",
            f"Could you switch the {a} with the {b}? Keep the {bowl} just as it is now, please.",
            f"I'd like the {a} and the {b} swapped, but keep the {bowl} the way it is.",
        )
    )
    return _made(w, text, both(check, kept(*inside), count_in(bowl, len(inside))), f)


# ----- multi-step --------------------------------------------------------------------------------------------------
def t105_multi_engineer(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p, q = w.rng.sample(PLACES, 2)
    text = w.rng.choice(
        (
            f"Place the {x} in the {p} and the {y} in the {q}, then swap them.",
            f"First move the {x} to the {p} and the {y} to the {q}; after that, interchange the two.",
            f"Step one: {x} to the {p}. Step two: {y} to the {q}. Step three: swap those two blocks.",
        )
    )
    return _made(
        w, text, rels(Rel("at", x, q), Rel("at", y, p)), _moved(w, (x, q), (y, p))
    )


def t105_multi_teacher(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    f = _moved(w, (x, TABLE), (y, x))
    text = w.rng.choice(
        (
            f"First stack the {x} on the {y}, then turn that little tower upside down.",
            f"Put the {x} on top of the {y}, and then flip the two of them over.",
            f"Let's put the {x} onto the {y} first. Then reverse that pair.",
        )
    )
    return _made(w, text, both(rels(Rel("on", y, x)), _not_binned(x)), f)


def t105_multi_child(w: World) -> Made:
    s = w.state
    options = []
    for x in w.blocks:
        lx = _loc(s, x)
        if lx is None or not s.is_clear(x):
            continue
        for y in w.blocks:
            if y != x and y not in _below(s, x) and not holds(_loc_rel(y, lx), s):
                options.append((x, y, lx))
    if not options:
        return None
    x, y, lx = w.rng.choice(options)
    f = w.state.copy()
    f.support[x] = BIN
    _move(f, y, lx[1])
    text = w.rng.choice(
        (
            f"put {_one(w, x)} in the bin, then put {_one(w, y)} where {_one(w, x)} was",
            f"first the {x} goes in the bin, and then the {y} goes in its spot",
            f"bin the {x}! then the {y} takes its place",
        )
    )
    return _made(w, text, both(binned([x]), rels(_loc_rel(y, lx))), f)


def t105_multi_colleague(w: World) -> Made:
    got = _respective(w)
    if got is None:
        return None
    x, y, p, q = got
    s = w.state
    if s.base(x) == q or s.base(y) == p:
        return None
    text = w.rng.choice(
        (
            f"Put the {x} in the {p} and the {y} in the {q}, then swap them.",
            f"Could you drop the {x} into the {p} and the {y} into the {q}, and then switch the two round?",
            f"First the {x} into the {p}, the {y} into the {q}; then have them trade bowls.",
        )
    )
    return _made(
        w, text, rels(Rel("in", x, q), Rel("in", y, p)), _moved(w, (x, q), (y, p))
    )


def t105_multi_gamer(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    s = w.state
    busy = {a, b, *_below(s, a), *_below(s, b)}
    spare = [c for c in w.blocks if c not in busy]
    if not spare:
        return None
    c = w.rng.choice(spare)
    check, f = _swap(w, a, b)
    _move(f, c, BIN)
    text = w.rng.choice(
        (
            f"first swap the {a} and the {b}, then bin the {c}",
            f"{w.colour(a)} and {w.colour(b)} blocks trade places, after that the {c} goes in the bin",
            f"swap {a} with {b}, then yeet the {c} into the bin",
        )
    )
    return _made(w, text, both(check, binned([c])), f)


def t105_multi_customer(w: World) -> Made:
    pair = _two_bowls(w)
    if pair is None:
        return None
    a, b = pair
    s = w.state
    moving = s.in_bowl(a)
    if not moving:
        a, b = b, a
        moving = s.in_bowl(a)
    if not _room(s, b, len(moving)):
        return None
    others = [y for y in w.blocks if s.base(y) != a]
    if not others:
        return None
    y = w.rng.choice(others)
    if s.base(y) == b and not _room(s, b, len(moving) - 1):
        return None
    f = s.copy()
    for x in s.blocks:
        if s.support[x] == a:
            f.support[x] = b
    _move(f, y, a)
    text = w.rng.choice(
        (
            f"Please take everything out of the {a}, put it in the {b}, and then put the {y} in the {a}.",
            f"Could you empty the {a} into the {b} first, and after that put the {y} into the {a}?",
            f"First move the blocks in the {a} over to the {b}, please, then the {y} goes into the {a}.",
        )
    )
    check = rels(*(Rel("in", x, b) for x in moving), Rel("in", y, a))
    return _made(w, text, check, f)


# ----- questions ------------------------------------------------------------------------------------------------------
def t105_q_engineer(w: World) -> Made:
    tower = _only_tower(w)
    if tower is None:
        return None
    text = w.rng.choice(
        (
            "What is the order of the blocks in the tower, from bottom to top?",
            "List the blocks in the stack, bottom to top.",
            "What's the stacking order of the tower, starting from the base?",
        )
    )
    return text, answered("|".join(tower))


def t105_q_teacher(w: World) -> Made:
    tower = _only_tower(w)
    if tower is None:
        return None
    text = w.rng.choice(
        (
            "If we turned the tower upside down, which block would end up on top?",
            "Suppose we reversed the stack. Which block would be at the top then?",
            "Think about it: if the tower were flipped over, which block would be on top?",
        )
    )
    return text, answered(tower[0])


def t105_q_child(w: World) -> Made:
    options = [b for b in w.blocks if _colour_bowl(w, b)]
    if not options:
        return None
    b = w.rng.choice(options)
    bowl = _colour_bowl(w, b)
    assert bowl is not None
    text = w.rng.choice(
        (
            f"is the {b} in the {bowl}?",
            f"is the {w.colour(b)} block in its matching bowl?",
            f"did the {b} already go in the bowl that's the same colour as it?",
        )
    )
    return text, answered(yes(w.state.base(b) == bowl))


def t105_q_colleague(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    tower = w.rng.choice(towers)
    lo, hi = sorted(w.rng.sample(range(len(tower)), 2))
    a, b = (tower[lo], tower[hi]) if w.rng.random() < 0.5 else (tower[hi], tower[lo])
    text = w.rng.choice(
        (
            f"Which one is higher up, the {a} or the {b}?",
            f"Quick question: is it the {a} or the {b} that's nearer the top of the stack?",
            f"Of the {a} and the {b}, which one sits higher?",
        )
    )
    return text, answered(tower[hi])


def t105_q_gamer(w: World) -> Made:
    options = [b for b in w.blocks if _colour_bowl(w, b)]
    if not options:
        return None
    n = sum(w.state.base(b) == _colour_bowl(w, b) for b in options)
    text = w.rng.choice(
        (
            "how many blocks are sitting in the bowl of their own colour?",
            "how many blocks are already in the bowl that matches their colour?",
            "count the blocks that are in a bowl of the same colour as them",
        )
    )
    return text, answered(str(n))


def t105_q_customer(w: World) -> Made:
    pairs = [
        (a, b)
        for a in w.blocks
        for b in w.blocks
        if a != b and abs(w.y(a) - w.y(b)) > _GAP
    ]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        (
            f"Is the {a} to the left of the {b}?",
            f"Could you tell me whether the {a} is on the left of the {b}?",
            f"Is the {a} further left than the {b}?",
        )
    )
    return text, answered(yes(w.y(a) < w.y(b)))


# ----- matching --------------------------------------------------------------------------------------------------------
def t105_match_engineer(w: World) -> Made:
    got = _all_matched(w)
    if got is None:
        return None
    text = w.rng.choice(
        (
            "Pair each block with the bowl of its colour.",
            "Place every block that has a same-coloured bowl into that bowl.",
            "Match blocks to bowls by colour: each block goes into the bowl of its colour.",
        )
    )
    return _made(w, text, *got)


def t105_match_teacher(w: World) -> Made:
    options = _matchable(w)
    if len(options) < 2:
        return None
    x, y = w.pick(options, 2)
    p, q = _colour_bowl(w, x), _colour_bowl(w, y)
    assert p and q
    text = w.rng.choice(
        (
            f"Put the {x} and the {y} into the bowls that match their colours.",
            f"Now, the {x} and the {y}: each one goes into the bowl of the same colour.",
            f"Can you find the matching bowl for the {x} and for the {y}, and put each block in it?",
        )
    )
    return _made(
        w, text, rels(Rel("in", x, p), Rel("in", y, q)), _moved(w, (x, p), (y, q))
    )


def t105_match_child(w: World) -> Made:
    options = [
        (x, y, bowl)
        for y in w.blocks
        if (bowl := _colour_bowl(w, y))
        for x in w.blocks
        if x != y and w.state.base(x) != bowl and _room(w.state, bowl)
    ]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    text = w.rng.choice(
        (
            f"put the {x} in the bowl that's the same colour as the {y}",
            f"the {x} goes in the bowl with the same colour as the {y}",
            f"put {_one(w, x)} in the bowl that matches the {y}",
        )
    )
    return _made(w, text, rels(Rel("in", x, bowl)), _moved(w, (x, bowl)))


def t105_match_colleague(w: World) -> Made:
    got = _all_matched(w)
    if got is None:
        return None
    check, f = got
    matched = {r.args[0] for r in matching(w)}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or len(rest) > 5:
        return None
    for b in rest:
        _move(f, b, BIN)
    text = w.rng.choice(
        (
            "Match the blocks up with the bowls by colour, and put whatever's left over in the bin.",
            "Could you pair each block with its colour's bowl and bin the ones that don't have a bowl?",
            "Every block with a bowl of its own colour goes in that bowl; the leftovers go in the bin.",
        )
    )
    return _made(w, text, both(check, binned(rest)), f)


def t105_match_gamer(w: World) -> Made:
    options = _matchable(w)
    if not options:
        return None
    x = w.rng.choice(options)
    bowl = _colour_bowl(w, x)
    if bowl is None or not _room(w.state, bowl, 2):
        return None
    y = w.rng.choice([b for b in w.blocks if b != x])
    text = w.rng.choice(
        (
            f"get the {x} into its matching bowl and stack the {y} on it",
            f"{w.colour(x)} block goes to the bowl of its colour, then {w.colour(y)} block on top of it",
            f"match the {x} with its bowl, then put the {y} on top",
        )
    )
    check = rels(Rel("in", x, bowl), Rel("on", y, x))
    return _made(w, text, check, _moved(w, (x, bowl), (y, x)))


def t105_match_customer(w: World) -> Made:
    got = _all_matched(w)
    if got is None:
        return None
    check, f = got
    matched = {r.args[0] for r in matching(w)}
    s = w.state
    rest = [b for b in w.blocks if b not in matched]
    if not rest or any(matched & set(_below(s, b)) for b in rest):
        return None
    text = w.rng.choice(
        (
            (
                "Could you put each block that has a bowl of the same colour into that bowl, and leave the rest where "
                "they are?"
            ),
            "Please match the blocks to the bowls of their colour, but leave the other blocks alone.",
            "I'd like every block in its own colour's bowl if there is one; the rest should stay put.",
        )
    )
    return _made(w, text, both(check, kept(*rest)), f)


# ----- the batch ------------------------------------------------------------------------------------------------------
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
_STYLES = ("engineer", "teacher", "child", "colleague", "gamer", "customer")
FRESH105: list[Template] = [
    (f"t105_{short}_{style}", category, globals()[f"t105_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
