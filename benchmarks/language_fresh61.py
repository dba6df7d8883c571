"""`FRESH61`, the sixty-second untuned batch: sixty language templates, six per category, for the offline planner.

Theme: people who use uncommon words for the usual things. Other nouns (cube, brick, piece for a block; dish,
basin, container, receptacle for a bowl; trash, garbage, waste bin, rubbish bin for the bin; tabletop, surface for
the table), other verbs (relocate, transfer, deposit, position, shift, stash, lodge, heap, pile, discard, chuck,
ditch), other relations (atop, upon, beneath, within, inside of) and other quantity words (each and every, every
single, the lot, a pair of, exactly three). Each category has one template in each of six styles: 'formal',
'british', 'american', 'technical', 'casual' and 'old-fashioned' (spelt `oldfashioned` in the template names).

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates: only
the checks in `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 183a678, after every fix before it and before anything it could prompt):
0.783 goal-correct (235 of 300), 60 refused, 5 wrong: five wrong replies ('Query: is the white cube positioned atop the
purple cube?' answered with the help text).
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

_TIE = 0.03  # metres: two candidates closer than this are a tie


# ----- helpers -------------------------------------------------------------------------------------
def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _stackable(w: World, a: str, b: str) -> bool:
    """Whether "put a on b" is sensible, possible and not already true."""
    sup = w.state.support
    return (
        a != b
        and w.state.is_clear(b)
        and a not in _below(w, b)
        and len(_below(w, b)) + 2 <= layout.MAX_TOWER
        and w.state.base(b) != BIN
        and sup[a] != b
    )


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _off_table(w: World, block: str) -> bool:
    """The block rests on another block or in a bowl (so 'put it on the table' is not already true)."""
    return w.state.support[block] not in (TABLE, *PLACES) and w.state.base(block) != BIN


def _spot(place: str, surface: str = "table") -> str:
    return f"the middle of the {surface}" if place == "middle" else f"the {place}"


def _in_spot(place: str, surface: str = "table") -> str:
    return f"in the middle of the {surface}" if place == "middle" else f"in the {place}"


def _bowl_with_room(w: World, n: int = 1) -> str | None:
    return _one(w, [b for b in w.bowls if _room(w, b, n)])


def _unique_extreme(
    w: World, cands: list[str], key: Callable[[str], float], lowest: bool = True
) -> str | None:
    """The single candidate with the smallest (or largest) key, clear of the runner-up by `_TIE`; None when the
    winner shares its spot with another block (a tower) or the margin is too small."""
    if not cands:
        return None
    ranked = sorted(cands, key=key, reverse=not lowest)
    best = key(ranked[0])
    if len(ranked) > 1 and abs(key(ranked[1]) - best) < _TIE:
        return None
    return ranked[0]


def _pos_dist(w: World, block: str, xy: tuple[float, float]) -> float:
    p = w.scene.get(block).position
    return ((p[0] - xy[0]) ** 2 + (p[1] - xy[1]) ** 2) ** 0.5


def _one_pile(blocks: list[str]) -> Check:
    """Every block in one single tower, wherever it stands (not in the bin)."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in f.support]
        if len(bottoms) != 1 or f.base(bottoms[0]) == BIN:
            return False
        return sorted([bottoms[0], *f.above(bottoms[0])]) == sorted(blocks)

    return check


def _matching_ok(w: World) -> bool:
    """Colour matching has something to do and every bowl that gains a block has room."""
    todo = [r for r in matching(w) if w.state.base(r.block) != r.target]
    return bool(todo) and all(_room(w, r.target) for r in todo)


# ----- imperative ----------------------------------------------------------------------------------
def p61_imp_formal(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    return (
        f"Kindly relocate the {_c(w, a)} cube into the {_c(w, bowl)} container.",
        rels(Rel("in", a, bowl)),
    )


def p61_imp_british(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return (
        f"Could you shift the {_c(w, a)} brick so it sits atop the {_c(w, b)} brick, please?",
        rels(Rel("on", a, b)),
    )


def p61_imp_american(w: World) -> Made:
    a = _one(w, w.blocks)
    return f"Go ahead and chuck the {_c(w, a)} cube in the trash.", binned([a])


def p61_imp_technical(w: World) -> Made:
    a = _one(w, w.blocks)
    place = w.rng.choice(PLACES)
    return f"Position the {_c(w, a)} cube {_in_spot(place, 'work surface')}.", rels(
        Rel("at", a, place)
    )


def p61_imp_casual(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    return (
        f"stash the {_c(w, a)} piece inside of the {_c(w, bowl)} dish real quick",
        rels(Rel("in", a, bowl)),
    )


def p61_imp_oldfashioned(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if _off_table(w, b)])
    if a is None:
        return None
    return f"Pray, set the {_c(w, a)} brick down upon the tabletop.", rels(
        Rel("on_table", a)
    )


# ----- declarative ---------------------------------------------------------------------------------
def p61_dec_formal(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    return (
        f"The {_c(w, a)} cube is to be deposited within the {_c(w, bowl)} receptacle.",
        rels(Rel("in", a, bowl)),
    )


def p61_dec_british(w: World) -> Made:
    a = _one(w, w.blocks)
    return f"That {_c(w, a)} brick belongs in the rubbish bin.", binned([a])


def p61_dec_american(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return f"The {_c(w, a)} cube goes atop the {_c(w, b)} cube.", rels(Rel("on", a, b))


def p61_dec_technical(w: World) -> Made:
    a = _one(w, w.blocks)
    place = w.rng.choice(PLACES)
    return (
        f"Required end state: the {_c(w, a)} cube occupies {_spot(place, 'surface')}.",
        rels(Rel("at", a, place)),
    )


def p61_dec_casual(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    return f"the {_c(w, a)} piece lives in the {_c(w, bowl)} dish from now on", rels(
        Rel("in", a, bowl)
    )


def p61_dec_oldfashioned(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if _off_table(w, b)])
    if a is None:
        return None
    return (
        f"The {_c(w, a)} brick ought properly to rest upon the table itself, not where it lies at present.",
        rels(Rel("on_table", a)),
    )


# ----- desiderative --------------------------------------------------------------------------------
def p61_des_formal(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    return (
        f"I would like the {_c(w, a)} cube transferred to the {_c(w, bowl)} basin, if you please.",
        rels(Rel("in", a, bowl)),
    )


def p61_des_british(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return f"I'd quite like the {_c(w, a)} brick sat upon the {_c(w, b)} brick.", rels(
        Rel("on", a, b)
    )


def p61_des_american(w: World) -> Made:
    a = _one(w, w.blocks)
    return f"I want the {_c(w, a)} cube in the garbage.", binned([a])


def p61_des_technical(w: World) -> Made:
    a = _one(w, w.blocks)
    place = w.rng.choice(PLACES)
    return f"Desired outcome: the {_c(w, a)} cube positioned {_in_spot(place)}.", rels(
        Rel("at", a, place)
    )


def p61_des_casual(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return f"i'd love to see the {_c(w, a)} piece perched on the {_c(w, b)} cube", rels(
        Rel("on", a, b)
    )


def p61_des_oldfashioned(w: World) -> Made:
    a = _one(w, [b for b in w.in_bowls() if w.state.support[b] in w.state.bowls])
    if a is None:
        return None
    bowl = w.state.base(a)
    return (
        f"I should like the {_c(w, a)} brick taken out of the {_c(w, bowl)} basin and laid upon the table.",
        rels(Rel("on_table", a)),
    )


# ----- quantified ----------------------------------------------------------------------------------
def p61_qua_formal(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return "Kindly deposit each and every cube in the waste bin.", binned(w.blocks)


def p61_qua_british(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if bowl is None:
        return None
    return (
        f"Pop a pair of bricks in the {_c(w, bowl)} basin, would you? Any two will do.",
        count_in(bowl, 2),
    )


def p61_qua_american(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = _one(w, w.bowls)
    if all(w.state.base(b) == bowl for b in w.blocks):
        return None
    return (
        f"Put every single cube into the {_c(w, bowl)} container.",
        rels(*(Rel("in", b, bowl) for b in w.blocks)),
    )


def p61_qua_technical(w: World) -> Made:
    if len(w.blocks) < 4 or len(w.blocks) > 6:
        return None
    return (
        "Transfer exactly three cubes to the waste bin.",
        lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3,
    )


def p61_qua_casual(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    loose = [b for b in w.blocks if w.state.base(b) not in w.state.bowls]
    if not empties or len(loose) < len(empties):
        return None
    bowls = w.bowls
    return (
        "make sure every dish has at least one piece in it, k?",
        lambda _i, f: all(f.in_bowl(b) for b in bowls),
    )


def p61_qua_oldfashioned(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    check = _one_pile(w.blocks)
    if check(w.state, w.state):
        return None
    return (
        "Pray, heap the whole lot of bricks one upon another in a single pile.",
        check,
    )


# ----- negated -------------------------------------------------------------------------------------
def p61_neg_formal(w: World) -> Made:
    if len(w.blocks) > 6:
        return None
    x = _one(w, w.blocks)
    others = [b for b in w.blocks if b != x]
    return (
        f"Kindly discard every cube with the exception of the {_c(w, x)} one.",
        both(binned(others), none_binned([x])),
    )


def p61_neg_british(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside or len(outside) > 5:
        return None
    return (
        "Chuck the bricks that aren't in a basin into the rubbish bin, please.",
        both(binned(outside), none_binned(inside)),
    )


def p61_neg_american(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    return (
        f"Don't throw the {_c(w, a)} cube in the trash, stick it in the {_c(w, bowl)} container instead.",
        both(rels(Rel("in", a, bowl)), none_binned([a])),
    )


def p61_neg_technical(w: World) -> Made:
    bowl = _one(w, w.bowls)
    xs = [
        b
        for b in w.blocks
        if w.state.support[b] not in w.state.support and w.state.base(b) != bowl
    ]
    x = _one(w, xs)
    if x is None:
        return None
    others = [b for b in w.blocks if b != x]
    todo = [b for b in others if w.state.base(b) != bowl]
    if not todo or not _room(w, bowl, len(todo)):
        return None
    return (
        f"Exclude the {_c(w, x)} cube; transfer all remaining cubes to the {_c(w, bowl)} receptacle.",
        both(
            rels(
                *(Rel("in", b, bowl) for b in others), Rel("in", x, bowl, negated=True)
            ),
            kept(x),
        ),
    )


def p61_neg_casual(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    a, b = pair.split("|")
    return (
        f"the {_c(w, a)} piece shouldn't be sitting atop the {_c(w, b)} piece, sort that out",
        rels(Rel("on", a, b, negated=True)),
    )


def p61_neg_oldfashioned(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    return (
        f"Pray remove every brick from the {_c(w, bowl)} basin, but on no account consign them to the rubbish bin.",
        both(empty(bowl), none_binned(inside)),
    )


# ----- relative ------------------------------------------------------------------------------------
def p61_rel_formal(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    near = _unique_extreme(w, cands, lambda b: w.dist(b, bowl))
    if near is None or _below(w, near) or not w.state.is_clear(near):
        return None
    return (
        f"Kindly transfer the cube nearest to the {_c(w, bowl)} basin into that basin.",
        rels(Rel("in", near, bowl)),
    )


def p61_rel_british(w: World) -> Made:
    left = _unique_extreme(w, w.blocks, w.y)
    if left is None or _below(w, left) or not w.state.is_clear(left):
        return None
    return (
        "Take whichever brick is furthest to the left and pop it in the bin, would you?",
        binned([left]),
    )


def p61_rel_american(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs() if w.state.base(a) != bowl])
    if pair is None:
        return None
    a, b = pair.split("|")
    return (
        f"Grab the cube that's sitting atop the {_c(w, b)} cube and stick it in the {_c(w, bowl)} container.",
        rels(Rel("in", a, bowl)),
    )


def p61_rel_technical(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    t, s = pair.split("|")
    place = w.rng.choice(PLACES)
    return (
        f"Relocate the cube located directly beneath the {_c(w, t)} cube to {_spot(place)}.",
        rels(Rel("at", s, place)),
    )


def p61_rel_casual(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if bowl is None:
        return None
    a = w.state.in_bowl(bowl)[0]
    return f"the piece in the {_c(w, bowl)} dish, ditch it in the garbage", binned([a])


def p61_rel_oldfashioned(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    corner = w.rng.choice([p for p in PLACES if p != "middle"])
    xy = layout.PLACES[corner]
    near = _unique_extreme(w, w.blocks, lambda b: _pos_dist(w, b, xy))
    if (
        near is None
        or _below(w, near)
        or not w.state.is_clear(near)
        or w.state.base(near) == bowl
    ):
        return None
    return (
        f"Pray take up the brick lying closest to the {corner} and lodge it within the {_c(w, bowl)} basin.",
        rels(Rel("in", near, bowl)),
    )


# ----- keep ----------------------------------------------------------------------------------------
def p61_keep_formal(w: World) -> Made:
    a = _one(w, w.blocks)
    x = _one(w, [b for b in w.blocks if b != a and b not in w.state.above(a)])
    if x is None:
        return None
    return (
        f"Please deposit the {_c(w, a)} cube in the waste bin, leaving the {_c(w, x)} cube undisturbed.",
        both(binned([a]), kept(x)),
    )


def p61_keep_british(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if len(w.bowls) < 2 or not full:
        return None
    stay = w.rng.choice(full)
    bowl = _one(w, [b for b in w.bowls if b != stay and _room(w, b)])
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) not in (stay, bowl)])
    if a is None:
        return None
    return (
        f"Leave the {_c(w, stay)} basin as it is and pop the {_c(w, a)} brick in the {_c(w, bowl)} one.",
        both(rels(Rel("in", a, bowl)), kept(*w.state.in_bowl(stay))),
    )


def p61_keep_american(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    x = _one(w, [o for o in w.blocks if o not in (a, b) and o not in w.state.above(a)])
    if x is None:
        return None
    return (
        f"Without messing with the {_c(w, x)} cube, stick the {_c(w, a)} cube atop the {_c(w, b)} cube.",
        both(rels(Rel("on", a, b)), kept(x)),
    )


def p61_keep_technical(w: World) -> Made:
    a = _one(w, w.blocks)
    x = _one(w, [b for b in w.blocks if b != a and b not in w.state.above(a)])
    if x is None:
        return None
    place = w.rng.choice(PLACES)
    return (
        f"Constraint: the {_c(w, x)} cube remains stationary. Task: transfer the {_c(w, a)} cube to {_spot(place)}.",
        both(rels(Rel("at", a, place)), kept(x)),
    )


def p61_keep_casual(w: World) -> Made:
    if len(w.blocks) > 6:
        return None
    x = _one(w, [b for b in w.blocks if w.state.support[b] not in w.state.support])
    if x is None:
        return None
    others = [b for b in w.blocks if b != x]
    return (
        f"keep the {_c(w, x)} piece where it is, everything else can go in the trash",
        both(binned(others), kept(x)),
    )


def p61_keep_oldfashioned(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if _off_table(w, b)])
    if a is None:
        return None
    x = _one(w, [b for b in w.blocks if b != a and b not in w.state.above(a)])
    if x is None:
        return None
    return (
        f"Pray let the {_c(w, x)} brick be, and set the {_c(w, a)} brick upon the bare table.",
        both(rels(Rel("on_table", a)), kept(x)),
    )


# ----- multi-step ----------------------------------------------------------------------------------
def p61_multi_formal(w: World) -> Made:
    bowl = _bowl_with_room(w, 2)
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    b = _one(
        w,
        [
            o
            for o in w.blocks
            if o != a and o not in w.state.above(a) and w.state.base(o) != bowl
        ],
    )
    if b is None:
        return None
    return (
        (
            f"First, relocate the {_c(w, a)} cube into the {_c(w, bowl)} basin; subsequently, "
            f"place the {_c(w, b)} cube atop the {_c(w, a)} one."
        ),
        rels(Rel("in", a, bowl), Rel("on", b, a)),
    )


def p61_multi_british(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    where = "the centre of the table" if place == "middle" else f"the {place}"
    return (
        f"Chuck the {_c(w, a)} brick in the bin, then shift the {_c(w, b)} brick over to {where}.",
        both(binned([a]), rels(Rel("at", b, place))),
    )


def p61_multi_american(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    a, b = pair.split("|")
    return (
        (
            f"Take the {_c(w, a)} cube off the {_c(w, b)} cube, set it down on the table, "
            f"then toss the {_c(w, b)} cube in the garbage."
        ),
        rels(Rel("on_table", a), Rel("in_bin", b)),
    )


def p61_multi_technical(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if bowl is None:
        return None
    a = _one(w, [o for o in w.blocks if w.state.base(o) != bowl])
    if a is None:
        return None
    rest = [o for o in w.blocks if o != a]
    b, c = w.pick(rest, 2)
    place = w.rng.choice(PLACES)
    return (
        (
            f"Step 1: transfer the {_c(w, a)} cube to the {_c(w, bowl)} receptacle. "
            f"Step 2: deposit the {_c(w, b)} cube in the waste bin. "
            f"Step 3: position the {_c(w, c)} cube {_in_spot(place)}."
        ),
        rels(Rel("in", a, bowl), Rel("in_bin", b), Rel("at", c, place)),
    )


def p61_multi_casual(w: World) -> Made:
    bowl = _bowl_with_room(w, 2)
    if bowl is None:
        return None
    cands = [o for o in w.blocks if w.state.base(o) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    return (
        f"pop the {_c(w, a)} piece in the {_c(w, bowl)} dish n then stash the {_c(w, b)} piece in there too",
        rels(Rel("in", a, bowl), Rel("in", b, bowl)),
    )


def p61_multi_oldfashioned(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    a = _one(w, [b for b in w.blocks if b not in inside])
    if a is None:
        return None
    return (
        (
            f"Pray, first empty the {_c(w, bowl)} basin out onto the table, and thereafter lodge the {_c(w, a)} brick "
            "within it."
        ),
        both(
            rels(Rel("in", a, bowl)),
            lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside),
        ),
    )


# ----- questions -----------------------------------------------------------------------------------
def _where(w: World, a: str) -> str:
    s = w.state.support[a]
    if s in w.state.support:
        return f"{_c(w, s)}|block"
    if s in w.state.bowls:
        return f"{_c(w, s)}|bowl"
    return "table"


def p61_q_formal(w: World) -> Made:
    a = _one(w, w.blocks)
    return f"Might I enquire where the {_c(w, a)} cube is presently located?", answered(
        _where(w, a)
    )


def p61_q_british(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = "|".join(_c(w, b) for b in w.state.in_bowl(bowl))
    return f"What's sat in the {_c(w, bowl)} basin at the moment?", answered(inside)


def p61_q_american(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    n = len(w.state.in_bowl(bowl))
    return (
        f"How many cubes are sitting inside the {_c(w, bowl)} container right now?",
        answered(str(n)),
    )


def p61_q_technical(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        return (
            f"Query: is the {_c(w, a)} cube positioned atop the {_c(w, b)} cube?",
            answered("Yes"),
        )
    a, b = w.pick(w.blocks, 2)
    if w.state.support[a] == b:
        return None
    return (
        f"Query: is the {_c(w, a)} cube positioned atop the {_c(w, b)} cube?",
        answered("No"),
    )


def p61_q_casual(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    a, b = pair.split("|")
    return f"whats the colour of the piece sitting on the {_c(w, b)} piece", answered(
        _c(w, a)
    )


def p61_q_oldfashioned(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a = _one(w, w.blocks)
        bowl = _one(w, w.bowls)
    flag = w.state.base(a) == bowl
    return (
        f"Pray tell, is the {_c(w, a)} brick to be found within the {_c(w, bowl)} basin?",
        answered(yes(flag)),
    )


# ----- matching ------------------------------------------------------------------------------------
def p61_match_formal(w: World) -> Made:
    if not _matching_ok(w):
        return None
    return "Kindly deposit each cube into the container of identical hue.", rels(
        *matching(w)
    )


def p61_match_british(w: World) -> Made:
    if not _matching_ok(w):
        return None
    return "Sort the bricks into the basins by colour, there's a good chap.", rels(
        *matching(w)
    )


def p61_match_american(w: World) -> Made:
    todo = [
        r
        for r in matching(w)
        if w.state.base(r.block) != r.target and _room(w, r.target)
    ]
    if not todo:
        return None
    r = w.rng.choice(todo)
    return (
        f"Put the {_c(w, r.block)} cube in the container that's the same color as it.",
        rels(r),
    )


def p61_match_technical(w: World) -> Made:
    if not _matching_ok(w):
        return None
    want = matching(w)
    moving = [r.block for r in want if w.state.base(r.block) != r.target]
    matched = {r.block for r in want}
    lifted = {x for m in moving for x in w.state.above(m)}
    stay = [b for b in w.blocks if b not in matched and b not in lifted]
    return (
        (
            "Assign each cube to the receptacle whose colour corresponds to its own; cubes without a corresponding "
            "receptacle remain in place."
        ),
        both(rels(*want), kept(*stay)),
    )


def p61_match_casual(w: World) -> Made:
    if not _matching_ok(w):
        return None
    return "colour-match the pieces to the dishes pls", rels(*matching(w))


def p61_match_oldfashioned(w: World) -> Made:
    todo = [
        r
        for r in matching(w)
        if w.state.base(r.block) != r.target and _room(w, r.target)
    ]
    if not todo:
        return None
    r = w.rng.choice(todo)
    stay = [b for b in w.blocks if b != r.block and b not in w.state.above(r.block)]
    return (
        f"Pray, lodge the {_c(w, r.block)} brick within the basin of like colour, and let the rest be.",
        both(rels(r), kept(*stay)),
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
_STYLES = ("formal", "british", "american", "technical", "casual", "oldfashioned")

FRESH61: list[Template] = [
    (f"p61_{short}_{style}", category, globals()[f"p61_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
