"""`FRESH77`, the seventy-eighth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: everyday people typing into the robot's chat window, each in their own words. The six styles are six
users: a long-haul trucker on a phone at a rest stop, all lowercase and texting shorthand ("pls put the red
block in the blue bowl thx"); a kindergarten teacher, cheerful and full of "let's" ("Let's stack the red
block on top of the green block!"); a hotel concierge, formal and courteous ("Would you kindly place the red
block in the bin, please?"); a plumber between jobs, blunt trade talk ("Stick the red block in the top left
corner, mate."); a restaurant chef in the middle of service, clipped orders ("Red block off the green one,
onto the table. Thanks!"); and an accountant, precise and itemised ("Please move the red block from the blue
bowl to the green bowl.").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only
the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the
layout.

Its first run (300 instructions, seed 0, on 70aba82, after every fix before it and before anything it could prompt):
0.897 goal-correct (269 of 300), 22 refused, 0 asked, 9 wrong: seven wrong actions ('I would like W emptied, with its
contents moved to V' did nothing; 'place X in the bowl whose colour matches the cyan block' chose X's own bowl) and two
wrong replies ('Can we count three blocks into the red bowl?' answered with the help text).
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
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

_GAP = 0.03  # nearer than this is a tie for "left", "closest"


# ----- helpers --------------------------------------------------------------------------------------
def _b(w: World, name: str) -> str:
    """'red block' / 'blue bowl': how everyone here names things."""
    return f"{w.colour(name)} {'bowl' if name in w.bowls else 'block'}"


def _height(w: World, block: str) -> int:
    """How many blocks stand from the bottom of `block`'s tower up to and including it."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _movable(w: World) -> list[str]:
    return w.clear_blocks()


def _bowl_of(w: World, block: str) -> str | None:
    base = w.state.base(block)
    return base if base in w.bowls else None


def _stackable(w: World) -> list[tuple[str, str]]:
    """(a, b): two clear blocks where a can go on b (b's tower has room, a not already on b)."""
    clear = _movable(w)
    return [
        (a, b)
        for a in clear
        for b in clear
        if a != b and w.state.support[a] != b and _height(w, b) < layout.MAX_TOWER
    ]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n


def _on_table(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _match_ok(w: World) -> list[Rel] | None:
    """The colour-matching goals when some are still to do and every bowl has room for its blocks."""
    goals = matching(w)
    if not goals or all(w.state.base(r.block) == r.target for r in goals):
        return None
    for bowl in w.bowls:
        final = set(w.state.in_bowl(bowl)) | {
            r.block for r in goals if r.target == bowl
        }
        if len(final) > layout.BOWL_CAPACITY:
            return None
    return goals


# ----- imperative -----------------------------------------------------------------------------------
def t77_imp_trucker(w: World) -> Made:
    a = w.pick(_movable(w))
    bowls = [o for o in w.bowls if a and _bowl_of(w, a[0]) != o and _room(w, o)]
    if not a or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            "pls put the {} in the {} thx",
            "put the {} in the {} pls",
            "can u put the {} in the {}",
        ]
    )
    return text.format(_b(w, a[0]), _b(w, bowl)), rels(Rel("in", a[0], bowl))


def t77_imp_teacher(w: World) -> Made:
    pairs = _stackable(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            "Okay, let's stack the {} on top of the {}!",
            "Let's put the {} on top of the {} now!",
        ]
    )
    return text.format(_b(w, a), _b(w, b)), rels(Rel("on", a, b))


def t77_imp_concierge(w: World) -> Made:
    a = w.pick([b for b in w.blocks if w.state.base(b) != BIN])
    if not a:
        return None
    text = w.rng.choice(
        [
            "Would you kindly place the {} in the bin, please?",
            "Please be so kind as to dispose of the {} in the bin.",
        ]
    )
    return text.format(_b(w, a[0])), binned(a)


def t77_imp_plumber(w: World) -> Made:
    a = w.pick(_movable(w))
    if not a:
        return None
    place = _place(w)
    where = "the middle of the table" if place == "middle" else f"the {place}"
    text = w.rng.choice(
        ["Grab the {} and stick it in {}, mate.", "Shove the {} over to {}, cheers."]
    )
    return text.format(_b(w, a[0]), where), rels(Rel("at", a[0], place))


def t77_imp_chef(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if not w.state.is_clear(top):
        return None
    text = w.rng.choice(
        [
            "{} off the {}, onto the table. Thanks!",
            "Get the {} off the {} and down on the table, please.",
        ]
    )
    sentence = text.format(_b(w, top), w.colour(below) + " one")
    return sentence[0].upper() + sentence[1:], rels(Rel("on_table", top))


def t77_imp_accountant(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(w.bowls) < 2:
        return None
    a = w.rng.choice(inside)
    src = _bowl_of(w, a)
    dst = [o for o in w.bowls if o != src and _room(w, o)]
    if not dst or src is None:
        return None
    d = w.rng.choice(dst)
    return (
        f"Please move the {_b(w, a)} from the {_b(w, src)} to the {_b(w, d)}.",
        rels(Rel("in", a, d)),
    )


# ----- declarative ----------------------------------------------------------------------------------
def t77_dec_trucker(w: World) -> Made:
    two = w.pick([b for b in w.blocks if w.state.base(b) != BIN], 2)
    if not two:
        return None
    a, b = two
    text = w.rng.choice(
        [
            "{} block and {} block both go in the bin",
            "the {} block n the {} block go in the bin",
        ]
    )
    return text.format(w.colour(a), w.colour(b)), binned([a, b])


def t77_dec_teacher(w: World) -> Made:
    a = w.pick(_movable(w))
    bowls = [o for o in w.bowls if a and _bowl_of(w, a[0]) != o and _room(w, o)]
    if not a or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(["Our {} belongs in the {}!", "The {} goes in the {}, please!"])
    return text.format(_b(w, a[0]), _b(w, bowl)), rels(Rel("in", a[0], bowl))


def t77_dec_concierge(w: World) -> Made:
    pairs = _stackable(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            "The {} is to be placed on the {}, please.",
            "The guest has asked for the {} on the {}.",
        ]
    )
    return text.format(_b(w, a), _b(w, b)), rels(Rel("on", a, b))


def t77_dec_plumber(w: World) -> Made:
    clear = _movable(w)
    if len(clear) < 2:
        return None
    a, b = w.rng.sample(clear, 2)
    bowls = [o for o in w.bowls if _bowl_of(w, b) != o and _room(w, o)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    sentence = (
        f"{w.colour(a).capitalize()} block needs to be in the bin, and the {w.colour(b)} one's gotta go in the "
        f"{_b(w, bowl)}."
    )
    return sentence, both(binned([a]), rels(Rel("in", b, bowl)))


def t77_dec_chef(w: World) -> Made:
    a = w.pick(_movable(w))
    if not a:
        return None
    place = _place(w)
    where = "the middle of the table" if place == "middle" else f"the {place}"
    text = w.rng.choice(
        ["The {} belongs in {}.", "{} goes in {}, that's where it lives."]
    )
    sentence = text.format(_b(w, a[0]), where)
    return sentence[0].upper() + sentence[1:], rels(Rel("at", a[0], place))


def t77_dec_accountant(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    have = len(w.state.in_bowl(bowl[0]))
    outside = [b for b in w.blocks if w.state.base(b) != bowl[0]]
    n = have + w.rng.choice([1, 2])
    if n > layout.BOWL_CAPACITY or n - have > len(outside):
        return None
    noun = "block" if n == 1 else "blocks"
    return (
        f"The {_b(w, bowl[0])} should end up holding exactly {n} {noun}.",
        count_in(bowl[0], n),
    )


# ----- desiderative ---------------------------------------------------------------------------------
def t77_des_trucker(w: World) -> Made:
    pairs = _stackable(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            "i want the {} block on the {} block",
            "id like the {} block on top of the {} one pls",
        ]
    )
    return text.format(w.colour(a), w.colour(b)), rels(Rel("on", a, b))


def t77_des_teacher(w: World) -> Made:
    a = w.pick(_movable(w))
    bowls = [o for o in w.bowls if a and _bowl_of(w, a[0]) != o and _room(w, o)]
    if not a or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            "I'd love for the {} to be in the {}, please!",
            "I really want the {} in the {}!",
        ]
    )
    return text.format(_b(w, a[0]), _b(w, bowl)), rels(Rel("in", a[0], bowl))


def t77_des_concierge(w: World) -> Made:
    a = w.pick(_movable(w))
    if not a:
        return None
    place = _place(w)
    where = "the middle of the table" if place == "middle" else f"the {place}"
    return (
        f"I would be most grateful if the {_b(w, a[0])} could be moved to {where}.",
        rels(Rel("at", a[0], place)),
    )


def t77_des_plumber(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = _bowl_of(w, a[0])
    assert bowl is not None
    text = w.rng.choice(
        [
            "Could do with the {} out of the {}, mate, just leave it on the table.",
            "Want the {} out of the {} and on the table, ta.",
        ]
    )
    return text.format(_b(w, a[0]), _b(w, bowl)), rels(Rel("on_table", a[0]))


def t77_des_chef(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o, 2)])
    if not bowl:
        return None
    two = w.pick([b for b in _movable(w) if _bowl_of(w, b) != bowl[0]], 2)
    if not two:
        return None
    a, b = two
    return (
        f"I need the {w.colour(a)} and {w.colour(b)} blocks in the {_b(w, bowl[0])}. Go!",
        rels(Rel("in", a, bowl[0]), Rel("in", b, bowl[0])),
    )


def t77_des_accountant(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full or len(w.bowls) < 2:
        return None
    src = w.rng.choice(full)
    moving = w.state.in_bowl(src)
    dst = [o for o in w.bowls if o != src and _room(w, o, len(moving))]
    if not dst:
        return None
    d = w.rng.choice(dst)
    return (
        f"I would like the {_b(w, src)} emptied, with its contents moved to the {_b(w, d)}.",
        rels(*(Rel("in", b, d) for b in moving)),
    )


# ----- quantified -----------------------------------------------------------------------------------
def t77_qua_trucker(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = w.rng.choice(
        ["just throw all the blocks in the bin pls", "put every block in the bin thx"]
    )
    return text, binned(w.blocks)


def t77_qua_teacher(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if not w.state.in_bowl(o)])
    if not bowl or len(w.blocks) < 3:
        return None
    text = w.rng.choice(
        ["Let's put three blocks in the {}!", "Can we count three blocks into the {}?"]
    )
    return text.format(_b(w, bowl[0])), count_in(bowl[0], 3)


def t77_qua_concierge(w: World) -> Made:
    two = w.pick([b for b in w.blocks if w.state.base(b) != BIN], 2)
    if not two:
        return None
    a, b = two
    return (
        f"Would you kindly put both the {w.colour(a)} and the {w.colour(b)} blocks in the bin?",
        binned([a, b]),
    )


def t77_qua_plumber(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(inside) > 5:
        return None
    text = w.rng.choice(
        [
            "Chuck everything out of the bowls into the bin, mate.",
            "Tip all the blocks from the bowls in the bin.",
        ]
    )
    return text, binned(inside)


def t77_qua_chef(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    text = w.rng.choice(
        [
            "Any two blocks into the bin, please.",
            "Two blocks in the bin, whichever. Thanks!",
        ]
    )
    return text, _bin_count(2)


def t77_qua_accountant(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    outside = [b for b in w.blocks if _bowl_of(w, b) is None]
    if len(outside) < 2 or not _room(w, bowl[0], len(outside)):
        return None
    return (
        f"Please put every block that is not already in a bowl into the {_b(w, bowl[0])}.",
        rels(*(Rel("in", b, bowl[0]) for b in outside)),
    )


# ----- negated --------------------------------------------------------------------------------------
def t77_neg_trucker(w: World) -> Made:
    c = w.pick(w.blocks)
    others = [b for b in w.blocks if c and b != c[0]]
    if not c or len(others) > 5:
        return None
    text = w.rng.choice(
        [
            "toss every block in the bin except the {} one",
            "bin all the blocks but not the {} one",
        ]
    )
    return text.format(w.colour(c[0])), both(binned(others), none_binned(c))


def t77_neg_teacher(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = _bowl_of(w, a[0])
    check: Check = lambda _i, f: f.base(a[0]) not in (bowl, BIN) and f.held != a[0]
    return (
        f"Let's take the {_b(w, a[0])} out of the {_b(w, bowl or '')}, but not into the bin, okay?",
        check,
    )


def t77_neg_concierge(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    _top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            "Please ensure nothing is resting on the {}.",
            "Kindly see that there is nothing left on top of the {}.",
        ]
    )
    return text.format(_b(w, below)), rels(Rel("clear", below))


def t77_neg_plumber(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return (
        f"Empty the {_b(w, bowl)} out onto the table, mate, don't bin any of it.",
        both(_on_table(inside), none_binned(inside)),
    )


def t77_neg_chef(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    check: Check = lambda _i, f: (
        f.support[top] != below and f.base(top) != BIN and f.held != top
    )
    text = w.rng.choice(
        ["Get the {} off the {}. Not in the bin!", "{} off the {}, and don't bin it."]
    )
    sentence = text.format(_b(w, top), _b(w, below))
    return sentence[0].upper() + sentence[1:], check


def t77_neg_accountant(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside or len(outside) > 5:
        return None
    return (
        f"Please put all blocks in the bin, except those in the {_b(w, bowl)}.",
        both(binned(outside), none_binned(inside)),
    )


# ----- relative -------------------------------------------------------------------------------------
def t77_rel_trucker(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [o for o in w.bowls if _bowl_of(w, top) != o and _room(w, o)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (
        f"grab the block thats sitting on the {w.colour(below)} block and put it in the {_b(w, bowl)}",
        rels(Rel("in", top, bowl)),
    )


def t77_rel_teacher(w: World) -> Made:
    single = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    a = w.state.in_bowl(bowl)[0]
    place = _place(w)
    where = "the middle of the table" if place == "middle" else f"the {place}"
    return (
        f"Can we move the block that's in the {_b(w, bowl)} over to {where}?",
        rels(Rel("at", a, place)),
    )


def t77_rel_concierge(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    if not bowl:
        return None
    cands = sorted(
        (w.dist(b, bowl[0]), b) for b in w.blocks if w.state.base(b) != bowl[0]
    )
    if not cands or (len(cands) > 1 and cands[1][0] - cands[0][0] < _GAP):
        return None
    a = cands[0][1]
    return (
        f"Would you please place the block closest to the {_b(w, bowl[0])} into it?",
        rels(Rel("in", a, bowl[0])),
    )


def t77_rel_plumber(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.support[s] not in w.state.support]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            "The block underneath the {} one, stick that in the bin.",
            "Bin the block that's under the {} one, mate.",
        ]
    )
    return text.format(w.colour(top)), binned([below])


def t77_rel_chef(w: World) -> Made:
    c = w.pick(w.in_bowls())
    if not c:
        return None
    bowl = _bowl_of(w, c[0])
    d = w.pick([b for b in _movable(w) if bowl and w.state.base(b) != bowl])
    if not d or not bowl or not _room(w, bowl):
        return None
    return (
        f"The bowl with the {_b(w, c[0])} in it: put the {_b(w, d[0])} in there too.",
        rels(Rel("in", d[0], bowl)),
    )


def t77_rel_accountant(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    by_y = sorted(w.bowls, key=w.y)
    if w.y(by_y[1]) - w.y(by_y[0]) < _GAP:
        return None
    left = by_y[0]
    a = w.pick([b for b in _movable(w) if w.state.base(b) != left])
    if not a or not _room(w, left):
        return None
    return (
        f"Please put the {_b(w, a[0])} in the bowl furthest to the left.",
        rels(Rel("in", a[0], left)),
    )


# ----- keep -----------------------------------------------------------------------------------------
def t77_keep_trucker(w: World) -> Made:
    a = w.pick([b for b in w.blocks if w.state.base(b) != BIN])
    if not a:
        return None
    b = w.pick([x for x in w.blocks if x != a[0] and x not in w.state.above(a[0])])
    if not b:
        return None
    text = w.rng.choice(
        [
            "put the {} block in the bin but leave the {} block where it is",
            "bin the {} block, dont touch the {} one",
        ]
    )
    return text.format(w.colour(a[0]), w.colour(b[0])), both(binned(a), kept(b[0]))


def t77_keep_teacher(w: World) -> Made:
    pairs = _stackable(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    c = w.pick([x for x in w.blocks if x not in (a, b)])
    if not c:
        return None
    return (
        f"Let's put the {_b(w, a)} on the {_b(w, b)}, and the {_b(w, c[0])} stays right where it is!",
        both(rels(Rel("on", a, b)), kept(c[0])),
    )


def t77_keep_concierge(w: World) -> Made:
    a = w.pick(_movable(w))
    if not a:
        return None
    b = w.pick([x for x in w.blocks if x != a[0]])
    if not b:
        return None
    place = _place(w)
    where = "the middle of the table" if place == "middle" else f"the {place}"
    return (
        f"Would you kindly move the {_b(w, a[0])} to {where}, leaving the {_b(w, b[0])} undisturbed?",
        both(rels(Rel("at", a[0], place)), kept(b[0])),
    )


def t77_keep_plumber(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    _top, below = w.rng.choice(pairs)
    c = w.colour(below)
    text = w.rng.choice(
        [
            "Clear off the top of the {c} block but don't shift the {c} block itself.",
            "Get whatever's on the {c} block off it, leave the {c} block where it is though.",
        ]
    )
    return text.format(c=c), both(rels(Rel("clear", below)), kept(below))


def t77_keep_chef(w: World) -> Made:
    c = w.pick([b for b in w.blocks if w.state.support[b] not in w.state.support])
    if not c:
        return None
    others = [b for b in w.blocks if b != c[0]]
    if len(others) > 5:
        return None
    return (
        f"Everything into the bin except the {_b(w, c[0])}, that one stays put.",
        both(binned(others), kept(c[0])),
    )


def t77_keep_accountant(w: World) -> Made:
    a = w.pick(_movable(w))
    bowls = [o for o in w.bowls if a and _bowl_of(w, a[0]) != o and _room(w, o)]
    if not a or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    stay = w.pick([x for x in w.blocks if x != a[0]], 2)
    if not stay:
        return None
    b, c = stay
    sentence = (
        f"Please transfer the {_b(w, a[0])} to the {_b(w, bowl)}; the {w.colour(b)} and {w.colour(c)} blocks "
        "must not be moved."
    )
    return (
        sentence,
        both(rels(Rel("in", a[0], bowl)), kept(b, c)),
    )


# ----- multi-step -----------------------------------------------------------------------------------
def t77_multi_trucker(w: World) -> Made:
    pairs = _stackable(w)
    clear = _movable(w)
    opts = [(a, b, c) for (b, c) in pairs for a in clear if a not in (b, c)]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    return (
        f"put the {w.colour(a)} block in the bin then the {w.colour(b)} block on the {w.colour(c)} block",
        both(binned([a]), rels(Rel("on", b, c))),
    )


def t77_multi_teacher(w: World) -> Made:
    clear = _movable(w)
    if len(clear) < 2:
        return None
    a, b = w.rng.sample(clear, 2)
    bowls = [o for o in w.bowls if _bowl_of(w, a) != o and _room(w, o, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (
        f"First, let's put the {_b(w, a)} in the {_b(w, bowl)}, and then the {_b(w, b)} on top of it!",
        rels(Rel("in", a, bowl), Rel("on", b, a)),
    )


def t77_multi_concierge(w: World) -> Made:
    clear = _movable(w)
    if len(clear) < 2:
        return None
    a, b = w.rng.sample(clear, 2)
    b1 = w.pick([o for o in w.bowls if _bowl_of(w, a) != o and _room(w, o)])
    if not b1:
        return None
    b2 = w.pick(
        [o for o in w.bowls if o != b1[0] and _bowl_of(w, b) != o and _room(w, o)]
    )
    if not b2:
        return None
    sentence = (
        f"Would you first place the {_b(w, a)} in the {_b(w, b1[0])}, and afterwards the {_b(w, b)} in the "
        f"{_b(w, b2[0])}?"
    )
    return (
        sentence,
        rels(Rel("in", a, b1[0]), Rel("in", b, b2[0])),
    )


def t77_multi_plumber(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    check: Check = lambda _i, f: f.support[top] != below
    return (
        f"Take the {w.colour(top)} block off the {w.colour(below)} one, then chuck the {w.colour(below)} one in the bin.",
        both(binned([below]), check),
    )


def t77_multi_chef(w: World) -> Made:
    clear = _movable(w)
    if len(clear) < 2:
        return None
    a, b = w.rng.sample(clear, 2)
    c = w.pick(
        [
            x
            for x in w.blocks
            if x not in (a, b) and x not in w.state.above(a) + w.state.above(b)
        ]
    )
    if not c:
        return None
    p1, p2 = w.rng.sample(list(PLACES), 2)
    w1 = "the middle" if p1 == "middle" else f"the {p1}"
    w2 = "the middle" if p2 == "middle" else f"the {p2}"
    sentence = (
        f"{w.colour(a).capitalize()} block to {w1}, {w.colour(b)} block to {w2}, then the {w.colour(c[0])} block in "
        "the bin."
    )
    return (
        sentence,
        both(rels(Rel("at", a, p1), Rel("at", b, p2)), binned(c)),
    )


def t77_multi_accountant(w: World) -> Made:
    clear = _movable(w)
    if len(clear) < 2:
        return None
    a, b = w.rng.sample(clear, 2)
    bowls = [o for o in w.bowls if _bowl_of(w, a) != o and _room(w, o)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (
        f"Step 1: move the {_b(w, a)} into the {_b(w, bowl)}. Step 2: put the {_b(w, b)} in the bin.",
        both(rels(Rel("in", a, bowl)), binned([b])),
    )


# ----- questions ------------------------------------------------------------------------------------
def t77_q_trucker(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        ["how many blocks r in the {} rn", "how many blocks in the {}?"]
    )
    return text.format(_b(w, bowl)), answered(str(n))


def t77_q_teacher(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (
        f"Can you tell me what colour the block on top of the {_b(w, below)} is?",
        answered(w.colour(top)),
    )


def t77_q_concierge(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = _bowl_of(w, a) or ""
    else:
        a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    return (
        f"Might I ask whether the {_b(w, a)} is in the {_b(w, bowl)}?",
        answered(yes(w.state.base(a) == bowl)),
    )


def t77_q_plumber(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        c = w.rng.choice(pairs)[1]
    else:
        c = w.rng.choice(w.blocks)
    return (
        f"Is there anything sitting on the {_b(w, c)}?",
        answered(yes(not w.state.is_clear(c))),
    )


def t77_q_chef(w: World) -> Made:
    text = w.rng.choice(
        [
            "Quick count: how many blocks are there altogether?",
            "How many blocks have we got in total?",
        ]
    )
    return text, answered(str(len(w.blocks)))


def t77_q_accountant(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = _bowl_of(w, a[0]) or ""
    return (f"Which bowl is the {_b(w, a[0])} in?", answered(_b(w, bowl)))


# ----- matching -------------------------------------------------------------------------------------
def t77_match_trucker(w: World) -> Made:
    goals = _match_ok(w)
    if not goals:
        return None
    text = w.rng.choice(
        [
            "put the blocks in the bowls that match their colour",
            "sort blocks into same colour bowls pls",
        ]
    )
    return text, rels(*goals)


def t77_match_teacher(w: World) -> Made:
    goals = [
        r
        for r in matching(w)
        if w.state.base(r.block) != r.target and _room(w, r.target)
    ]
    if not goals:
        return None
    r = w.rng.choice(goals)
    return (
        f"Let's help the {_b(w, r.block)} find the bowl that's the same colour as it!",
        rels(r),
    )


def t77_match_concierge(w: World) -> Made:
    goals = [
        r
        for r in matching(w)
        if w.state.base(r.block) != r.target and _room(w, r.target)
    ]
    if not goals:
        return None
    r = w.rng.choice(goals)
    return (
        f"Would you kindly put the block that matches the {_b(w, r.target)} into it?",
        rels(r),
    )


def t77_match_plumber(w: World) -> Made:
    goals = _match_ok(w)
    if not goals:
        return None
    matched = {r.block for r in goals}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or len(rest) > 5:
        return None
    return (
        "Colour-match the blocks to the bowls, mate, and bin whatever doesn't have a matching bowl.",
        both(rels(*goals), binned(rest)),
    )


def t77_match_chef(w: World) -> Made:
    goals = _match_ok(w)
    if not goals:
        return None
    matched = {r.block for r in goals}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or any(x in matched for b in rest for x in _below(w, b)):
        return None
    return (
        "Every block into its matching bowl. The rest stay where they are.",
        both(rels(*goals), kept(*rest)),
    )


def _below(w: World, block: str) -> list[str]:
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def t77_match_accountant(w: World) -> Made:
    goals = [r for r in matching(w) if _room(w, r.target)]
    if not goals:
        return None
    r = w.rng.choice(goals)
    c = w.pick([b for b in _movable(w) if b != r.block and w.state.base(b) != r.target])
    if not c:
        return None
    return (
        f"Please place the {_b(w, c[0])} in the bowl whose colour matches the {_b(w, r.block)}.",
        rels(Rel("in", c[0], r.target)),
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
_STYLES = ("trucker", "teacher", "concierge", "plumber", "chef", "accountant")

FRESH77: list[Template] = [
    (f"t77_{short}_{style}", category, globals()[f"t77_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
