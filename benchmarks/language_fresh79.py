"""`FRESH79`, the eightieth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: things not to do and things to leave alone, in everyday words ("don't", "never", "no", "without",
"leave ... alone", "keep ... where it is", "hands off", "not the ...", "anything but", "nothing in ...",
"none of them"), said by ordinary people in every category. The six styles, one template per category each:

- `forbid`: a plain prohibition alongside a request ("Put the red block in the blue bowl, but don't touch the
  green block.");
- `stay`: keeping something where it is ("Stack the red block on the green block and leave the blue block
  where it is.");
- `except`: an exception, "all but", "except", "besides" ("Throw all the blocks in the bin except the red block
  and the green block.");
- `notgoal`: a negated goal ("The red block shouldn't be in the blue bowl.");
- `without`: a "without" clause ("Move the red block to the middle without moving anything else.");
- `none`: a "nothing / none / no" statement ("Empty the blue bowl. Leave nothing in it.").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e72ba82, after every fix before it and before anything it could prompt):
0.697 goal-correct (209 of 300), 69 refused, 7 asked, 15 wrong: ten wrong actions ('Put X in any bowl that doesn't
match its colour' put it in its own; 'Take the blocks out of the bowls, all except W' emptied W too; 'Make sure X isn't
on top of any other block' and "I don't want any block sitting on top of another block" left stacks) and five wrong
replies ("Is it true that there's nothing in W?" answered that there is no such thing).
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

_GRIPPER_OR_BIN = (GRIPPER, BIN)


# ----- helpers ----------------------------------------------------------------------------------------
def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _tower(w: World, b: str) -> set[str]:
    return {b, *_below(w, b), *w.state.above(b)}


def _height(w: World, b: str) -> int:
    return len(_tower(w, b))


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _free(w: World) -> list[str]:
    """Blocks with nothing on them, not in the bin: what can be picked up at once."""
    return w.clear_blocks()


def _stackable(w: World, b: str) -> bool:
    """Whether a block can go on top of `b` now."""
    return (
        w.state.is_clear(b)
        and w.state.base(b) not in (*_GRIPPER_OR_BIN, *w.bowls)
        and _height(w, b) + 1 <= layout.MAX_TOWER
    )


def _bystanders(w: World, involved: list[str]) -> list[str]:
    """Blocks in none of the towers of the blocks `involved`: touching them is never needed."""
    busy: set[str] = set()
    for x in involved:
        if x in w.state.support:
            busy |= _tower(w, x)
    return [c for c in w.blocks if c not in busy]


def _stacked_in_bowl(w: World) -> bool:
    """Whether some block in a bowl rests on another block (people may count those differently)."""
    return any(w.state.support[b] in w.state.support for b in w.in_bowls())


def _not_held(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _placed(w: World) -> tuple[str, str]:
    """A named place and the phrase for putting something there."""
    place = w.rng.choice(list(PLACES))
    return place, f"the {place}"


def _bowl_of(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower of their own, in any order, standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.support[bottoms[0]] in (*_GRIPPER_OR_BIN, *f.support):
            return False
        chain = [bottoms[0]]
        while f.on_top(chain[-1]):
            up = f.on_top(chain[-1])
            if len(up) != 1 or up[0] not in group:
                return False
            chain.append(up[0])
        return len(chain) == len(blocks)

    return check


# ----- imperative -------------------------------------------------------------------------------------
def t79_imp_forbid(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    movers = [a for a in _free(w) if w.state.base(a) != bowl]
    if not movers:
        return None
    a = w.rng.choice(movers)
    others = _bystanders(w, [a])
    if not others:
        return None
    c = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Put the {a} in the {bowl}, but don't touch the {c}.",
            f"Put the {a} into the {bowl}. Don't touch the {c} though.",
        ]
    )
    return text, both(rels(Rel("in", a, bowl)), kept(c))


def t79_imp_stay(w: World) -> Made:
    free = _free(w)
    pairs = [(a, b) for a in free for b in free if a != b and _stackable(w, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = _bystanders(w, [a, b])
    if not others:
        return None
    c = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Stack the {a} on the {b} and leave the {c} where it is.",
            f"Put the {a} on top of the {b}, and leave the {c} alone.",
        ]
    )
    return text, both(rels(Rel("on", a, b)), kept(c))


def t79_imp_except(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    keep = w.rng.choice(w.bowls)
    rest = [b for b in w.bowls if b != keep]
    if not any(w.state.in_bowl(b) for b in rest):
        return None
    inside = w.state.in_bowl(keep)
    if len(w.bowls) == 2:
        text = f"Take the blocks out of the bowls, all except the {keep}."
    else:
        text = f"Take the blocks out of every bowl except the {keep}."
    return text, both(*(empty(b) for b in rest), kept(*inside), _not_held)


def t79_imp_notgoal(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Take the {a} off the {b}, it shouldn't be sitting there.",
            f"Get the {a} off the {b}. It doesn't belong on it.",
        ]
    )
    return text, lambda _i, f: f.support[a] not in (b, GRIPPER)


def t79_imp_without(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    a = w.rng.choice(free)
    place, where = _placed(w)
    others = [b for b in w.blocks if b != a]
    text = f"Move the {a} to {where} without moving anything else."
    return text, both(rels(Rel("at", a, place)), kept(*others))


def t79_imp_none(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"Empty the {bowl}. Leave nothing in it.",
            f"Clear out the {bowl} so there's nothing in it.",
        ]
    )
    return text, both(empty(bowl), _not_held)


# ----- declarative ------------------------------------------------------------------------------------
def t79_dec_forbid(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    a = w.rng.choice(free)
    others = _bystanders(w, [a])
    if not others:
        return None
    c = w.rng.choice(others)
    return f"The {a} goes in the bin, but the {c} is off limits.", both(
        binned([a]), kept(c)
    )


def t79_dec_stay(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    a = w.rng.choice(free)
    others = _bystanders(w, [a])
    if not others:
        return None
    c = w.rng.choice(others)
    place, where = _placed(w)
    text = w.rng.choice(
        [
            f"The {a} goes in {where}, and the {c} stays right where it is.",
            f"The {c} stays put. The {a} goes in {where}.",
        ]
    )
    return text, both(rels(Rel("at", a, place)), kept(c))


def t79_dec_except(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [
        c
        for c in w.blocks
        if w.state.base(c) != bowl and w.state.support[c] not in w.state.support
    ]
    if not cands:
        return None
    c = w.rng.choice(cands)
    rest = [b for b in w.blocks if b != c]
    if (
        sum(1 for b in rest if w.state.base(b) != bowl) > _room(w, bowl)
        or len(rest) < 2
    ):
        return None
    text = f"Every block but the {c} goes in the {bowl}."
    return text, both(
        rels(*(Rel("in", b, bowl) for b in rest)), lambda _i, f: f.base(c) != bowl
    )


def t79_dec_notgoal(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    text = w.rng.choice(
        [
            f"The {a} shouldn't be in the {bowl}.",
            f"The {a} doesn't belong in the {bowl}.",
        ]
    )
    return text, lambda _i, f: f.base(a) not in (bowl, GRIPPER)


def t79_dec_without(w: World) -> Made:
    free = _free(w)
    pairs = [(a, b) for a in free for b in free if a != b and _stackable(w, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [x for x in w.blocks if x != a]
    text = f"The {a} goes on top of the {b}, without anything else getting moved."
    return text, both(rels(Rel("on", a, b)), kept(*others))


def t79_dec_none(w: World) -> Made:
    bases = sorted({b for _, b in w.pairs()})
    if not bases:
        return None
    b = w.rng.choice(bases)
    text = w.rng.choice(
        [f"No block belongs on top of the {b}.", f"Nothing belongs on the {b}."]
    )
    return text, both(rels(Rel("clear", b)), _not_held)


# ----- desiderative -----------------------------------------------------------------------------------
def t79_des_forbid(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    a = w.rng.choice(free)
    others = _bystanders(w, [a])
    if not others:
        return None
    c = w.rng.choice(others)
    place, where = _placed(w)
    text = w.rng.choice(
        [
            f"I'd like the {a} in {where}, but please don't touch the {c}.",
            f"I want the {a} moved to {where}. Don't you touch the {c}, though.",
        ]
    )
    return text, both(rels(Rel("at", a, place)), kept(c))


def t79_des_stay(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    movers = [a for a in _free(w) if w.state.base(a) != bowl]
    if not movers:
        return None
    a = w.rng.choice(movers)
    others = _bystanders(w, [a])
    if not others:
        return None
    c = w.rng.choice(others)
    text = f"I'd like the {a} in the {bowl}, and I want the {c} to stay exactly where it is."
    return text, both(rels(Rel("in", a, bowl)), kept(c))


def t79_des_except(w: World) -> Made:
    cands = [c for c in w.blocks if w.state.support[c] not in w.state.support]
    if not cands:
        return None
    c = w.rng.choice(cands)
    rest = [b for b in w.blocks if b != c]
    if not 2 <= len(rest) <= layout.MAX_TOWER:
        return None
    text = w.rng.choice(
        [
            f"I'd like all the blocks except the {c} stacked into one tower.",
            f"I want every block but the {c} stacked up in a single tower.",
        ]
    )
    return text, both(_one_tower(rest), _not_held)


def t79_des_notgoal(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    movers = [a for a in _free(w) if w.state.base(a) not in w.bowls]
    if not movers:
        return None
    a = w.rng.choice(movers)
    no = w.rng.choice(w.bowls)
    ok = [b for b in w.bowls if b != no]
    if not any(_room(w, b) >= 1 for b in ok):
        return None
    text = f"I'd like the {a} in one of the bowls, just not the {no}."
    return text, lambda _i, f: f.support[a] != GRIPPER and f.base(a) in ok


def t79_des_without(w: World) -> Made:
    bases = [
        b
        for b in w.blocks
        if w.state.support[b] not in w.state.support and w.state.on_top(b)
    ]
    if len(bases) != 1:
        return None
    tower = _tower(w, bases[0])
    movers = [a for a in _free(w) if a not in tower]
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not movers or not bowls:
        return None
    a = w.rng.choice(movers)
    bowl = w.rng.choice(bowls)
    if w.state.base(a) == bowl:
        return None
    text = w.rng.choice(
        [
            f"I'd like the {a} in the {bowl} without knocking over the tower.",
            f"I want the {a} put in the {bowl}, without taking the tower apart.",
        ]
    )
    return text, both(rels(Rel("in", a, bowl)), kept(*tower))


def t79_des_none(w: World) -> Made:
    if not w.pairs():
        return None
    text = w.rng.choice(
        [
            "I don't want any block sitting on top of another block.",
            "I want no blocks stacked on other blocks.",
        ]
    )
    return (
        text,
        lambda _i, f: (
            f.held is None and all(s not in f.support for s in f.support.values())
        ),
    )


# ----- quantified -------------------------------------------------------------------------------------
def t79_qua_forbid(w: World) -> Made:
    if len(w.blocks) < 4 or any(_height(w, b) >= 3 for b in w.blocks):
        return None
    c = w.rng.choice(w.blocks)

    def check(_i: SymState, f: SymState) -> bool:
        if f.held is not None:
            return False
        for b in f.blocks:
            if f.support[b] in (*_GRIPPER_OR_BIN, *f.support):
                continue
            chain = [b, *f.above(b)]
            if len(chain) == 3 and c not in chain:
                return True
        return False

    text = w.rng.choice(
        [
            f"Stack three blocks into a tower, but don't use the {c}.",
            f"Build a tower of three blocks. Not the {c}, though.",
        ]
    )
    return text, check


def t79_qua_stay(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    movers = [a for a in _free(w) if w.state.base(a) != bowl]
    if len(movers) < 2:
        return None
    a, b = w.rng.sample(movers, 2)
    others = _bystanders(w, [a, b])
    if not others:
        return None
    c = w.rng.choice(others)
    text = f"Put both the {a} and the {b} in the {bowl}, and leave the {c} where it is."
    return text, both(rels(Rel("in", a, bowl), Rel("in", b, bowl)), kept(c))


def t79_qua_except(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    c, d = w.rng.sample(w.blocks, 2)
    if not set(_below(w, c)) | set(_below(w, d)) <= {c, d}:
        return None
    rest = [b for b in w.blocks if b not in (c, d)]
    if len(rest) > 5:
        return None
    text = w.rng.choice(
        [
            f"Throw all the blocks in the bin except the {c} and the {d}.",
            f"Bin every block apart from the {c} and the {d}.",
        ]
    )
    return text, both(binned(rest), none_binned([c, d]))


def t79_qua_notgoal(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    have = len(w.state.in_bowl(bowl))
    need = 2 - have
    if need <= 0 or _room(w, bowl) < need:
        return None
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    c = w.rng.choice(cands)
    movers = [a for a in _free(w) if a != c and w.state.base(a) != bowl]
    if len(movers) < need:
        return None
    text = f"At least two blocks should end up in the {bowl}, and the {c} shouldn't be one of them."
    return text, both(
        count_in(bowl, 2, exact=False), lambda _i, f: f.base(c) != bowl, _not_held
    )


def t79_qua_without(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    outside = [b for b in w.blocks if b not in inside]
    if not outside or len(outside) > 5:
        return None
    text = w.rng.choice(
        [
            "Put all the blocks in the bin without touching the ones in the bowls.",
            "Throw every block in the bin, without touching any of the ones in the bowls.",
        ]
    )
    return text, both(binned(outside), kept(*inside))


def t79_qua_none(w: World) -> Made:
    outside = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if not outside or len(outside) > sum(_room(w, b) for b in w.bowls):
        return None
    text = w.rng.choice(
        [
            "Put the blocks in the bowls so that none of them are left on the table.",
            "Get all the blocks into the bowls. None should be left on the table.",
        ]
    )
    return (
        text,
        lambda _i, f: f.held is None and all(f.base(b) in f.bowls for b in f.blocks),
    )


# ----- negated ----------------------------------------------------------------------------------------
def t79_neg_forbid(w: World) -> Made:
    free = _free(w)
    movers = [a for a in free if w.state.support[a] not in w.state.support]
    if not movers:
        return None
    a = w.rng.choice(movers)
    targets = [b for b in free if b != a and _stackable(w, b)]
    if len(targets) < 2:
        return None
    c = w.rng.choice(targets)
    text = w.rng.choice(
        [
            f"Put the {a} on top of another block, but don't put it on the {c}.",
            f"Stack the {a} on some other block, but never on the {c}.",
        ]
    )
    return (
        text,
        lambda _i, f: (
            f.support[a] in f.support and f.support[a] != c and f.base(a) != BIN
        ),
    )


def t79_neg_stay(w: World) -> Made:
    inside = [a for a in w.in_bowls() if w.state.is_clear(a)]
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    others = _bystanders(w, [a])
    if not others:
        return None
    c = w.rng.choice(others)
    text = f"Don't move the {c} at all, but get the {a} out of the {bowl}."
    return text, both(lambda _i, f: f.base(a) not in (bowl, GRIPPER), kept(c))


def t79_neg_except(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    free = _free(w)
    if not free:
        return None
    a = w.rng.choice(free)
    text = f"Put the {a} in the {bowl}, and don't put anything but the {a} in it."
    return text, lambda _i, f: f.in_bowl(bowl) == [a]


def t79_neg_notgoal(w: World) -> Made:
    tops = [a for a, _ in w.pairs() if w.state.is_clear(a)]
    if not tops:
        return None
    a = w.rng.choice(tops)
    text = w.rng.choice(
        [
            f"Make sure the {a} isn't on top of any other block.",
            f"The {a} shouldn't be sitting on any block.",
        ]
    )
    return text, lambda _i, f: f.support[a] not in (*f.support, GRIPPER)


def t79_neg_without(w: World) -> Made:
    pairs = w.pairs()
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not pairs or not bowls:
        return None
    t, a = w.rng.choice(pairs)
    bowl = w.rng.choice(bowls)
    if w.state.base(a) == bowl:
        return None
    text = w.rng.choice(
        [
            f"Put the {a} in the {bowl} without the {t} on top of it.",
            f"Move the {a} into the {bowl}, but without the {t} still sitting on it.",
        ]
    )
    return text, both(
        rels(Rel("in", a, bowl)), lambda _i, f: f.support[t] not in (a, GRIPPER)
    )


def t79_neg_none(w: World) -> Made:
    bases = sorted({b for _, b in w.pairs()})
    if not bases:
        return None
    b = w.rng.choice(bases)
    above = w.state.above(b)
    text = w.rng.choice(
        [
            f"Don't leave anything on top of the {b}; whatever's on it goes in the bin.",
            f"Don't leave a single block on the {b}. Whatever's on it goes in the bin.",
        ]
    )
    return text, both(binned(above), none_binned([b]))


# ----- relative ---------------------------------------------------------------------------------------
def _single_bowls(w: World) -> list[str]:
    return [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]


def t79_rel_forbid(w: World) -> Made:
    singles = _single_bowls(w)
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    x = w.state.in_bowl(bowl)[0]
    free = [a for a in _free(w) if a != x]
    pairs = [(a, b) for a in free for b in free if a != b and _stackable(w, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Don't touch the block that's in the {bowl}; just put the {a} on the {b}.",
            f"Put the {a} on the {b}, and don't touch the block that's in the {bowl}.",
        ]
    )
    return text, both(rels(Rel("on", a, b)), kept(x))


def t79_rel_stay(w: World) -> Made:
    singles = [b for b in _single_bowls(w) if _room(w, b) >= 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    x = w.state.in_bowl(bowl)[0]
    movers = [a for a in _free(w) if w.state.base(a) != bowl]
    if not movers:
        return None
    a = w.rng.choice(movers)
    text = f"Put the {a} in the {bowl}, and leave the block that's already in there where it is."
    return text, both(rels(Rel("in", a, bowl)), kept(x))


def t79_rel_except(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    tops = [
        (t, b)
        for t, b in w.pairs()
        if w.state.is_clear(t) and w.state.base(t) not in w.bowls
    ]
    if not tops:
        return None
    t, b = w.rng.choice(tops)
    no = w.rng.choice(w.bowls)
    ok = [x for x in w.bowls if x != no]
    if not any(_room(w, x) >= 1 for x in ok):
        return None
    text = w.rng.choice(
        [
            f"Take the block that's on the {b} and put it in any bowl except the {no}.",
            f"The block that's sitting on the {b} can go in any bowl but the {no}.",
        ]
    )
    return text, lambda _i, f: f.support[t] != GRIPPER and f.base(t) in ok


def t79_rel_notgoal(w: World) -> Made:
    singles = _single_bowls(w)
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    x = w.state.in_bowl(bowl)[0]
    text = w.rng.choice(
        [
            f"The block that's in the {bowl} shouldn't be there.",
            f"Whatever block is in the {bowl} doesn't belong there.",
        ]
    )
    return text, lambda _i, f: f.base(x) not in (bowl, GRIPPER)


def t79_rel_without(w: World) -> Made:
    tops = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not tops or not bowls:
        return None
    t, b = w.rng.choice(tops)
    bowl = w.rng.choice(bowls)
    if w.state.base(t) == bowl:
        return None
    text = f"Put the block that's sitting on the {b} in the {bowl}, without moving the {b}."
    return text, both(rels(Rel("in", t, bowl)), kept(b))


def t79_rel_none(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(w.bowls) >= 2 and len(empties) == 1:
        free = _free(w)
        if not free:
            return None
        a = w.rng.choice(free)
        text = w.rng.choice(
            [
                f"Put the {a} in the bowl that has nothing in it.",
                f"Put the {a} in the bowl with no blocks in it.",
            ]
        )
        return text, rels(Rel("in", a, empties[0]))
    # Otherwise, with a tower standing: a block with nothing on it, as against one with blocks on top.
    if not w.pairs():
        return None
    movers = [a for a in _free(w) if w.state.support[a] not in w.state.support]
    if not movers:
        return None
    a = w.rng.choice(movers)
    if not any(b != a and _stackable(w, b) for b in _free(w)):
        return None
    text = f"Put the {a} on a block that has nothing on top of it."

    def check(i: SymState, f: SymState) -> bool:
        below = f.support[a]
        return (
            below in f.support and below != a and i.is_clear(below) and f.base(a) != BIN
        )

    return text, check


# ----- keep -------------------------------------------------------------------------------------------
def t79_keep_forbid(w: World) -> Made:
    free = _free(w)
    pairs = [(a, b) for a in free for b in free if a != b and _stackable(w, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = _bystanders(w, [a, b])
    if not others:
        return None
    c = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Hands off the {c}! Just put the {a} on the {b}.",
            f"Keep your hands off the {c} and stack the {a} on the {b}.",
        ]
    )
    return text, both(rels(Rel("on", a, b)), kept(c))


def t79_keep_stay(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    a = w.rng.choice(free)
    others = _bystanders(w, [a])
    if not others:
        return None
    c = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Put the {a} in the bin, but keep the {c} right where it is.",
            f"Keep the {c} where it is and throw the {a} in the bin.",
        ]
    )
    return text, both(binned([a]), kept(c))


def t79_keep_except(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    movers = [a for a in _free(w) if w.state.base(a) != bowl]
    if not movers:
        return None
    a = w.rng.choice(movers)
    others = [b for b in w.blocks if b != a]
    text = w.rng.choice(
        [
            f"Keep everything where it is except the {a}; that goes in the {bowl}.",
            f"Leave everything alone but the {a}, which goes in the {bowl}.",
        ]
    )
    return text, both(rels(Rel("in", a, bowl)), kept(*others))


def t79_keep_notgoal(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Get the {a} off the {b}, and keep it out of the bowls and out of the bin."
    return (
        text,
        lambda _i, f: (
            f.support[a] != b and f.base(a) not in (*f.bowls, *_GRIPPER_OR_BIN)
        ),
    )


def t79_keep_without(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not pairs or not bowls:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.rng.choice(bowls)
    if w.state.base(a) == bowl:
        return None
    text = f"Put the {a} in the {bowl} without moving the {b} it's sitting on. Keep that one where it is."
    return text, both(rels(Rel("in", a, bowl)), kept(b))


def t79_keep_none(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"Empty the {bowl}, but keep the blocks out of the bin. None of them go in there.",
            f"Take everything out of the {bowl}, and keep the bin empty: nothing goes in it.",
        ]
    )
    return text, both(empty(bowl), none_binned(w.blocks), _not_held)


# ----- multi-step -------------------------------------------------------------------------------------
def t79_multi_forbid(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    free = _free(w)
    if not bowls or len(free) < 3:
        return None
    bowl = w.rng.choice(bowls)
    movers = [a for a in free if w.state.base(a) != bowl]
    if not movers:
        return None
    a = w.rng.choice(movers)
    rest = [x for x in free if x != a]
    pairs = [(b, c) for b in rest for c in rest if b != c and _stackable(w, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    others = _bystanders(w, [a, b, c])
    if not others:
        return None
    d = w.rng.choice(others)
    text = f"Put the {a} in the {bowl}, then stack the {b} on the {c}. Don't touch the {d}."
    return text, both(rels(Rel("in", a, bowl), Rel("on", b, c)), kept(d))


def t79_multi_stay(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    a, b = w.rng.sample(free, 2)
    others = _bystanders(w, [a, b])
    if not others:
        return None
    c = w.rng.choice(others)
    place, where = _placed(w)
    text = w.rng.choice(
        [
            f"First put the {a} in {where}, then put the {b} in the bin. Leave the {c} where it is.",
            f"Move the {a} to {where} and after that throw the {b} in the bin, but leave the {c} alone.",
        ]
    )
    return text, both(rels(Rel("at", a, place)), binned([b]), kept(c))


def t79_multi_except(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    free = _free(w)
    pairs = [
        (a, b)
        for a in free
        for b in free
        if a != b and w.state.support[b] == TABLE and _stackable(w, b)
    ]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    cands = [
        c
        for c in w.blocks
        if c not in (a, b) and w.state.support[c] not in w.state.support
    ]
    if not cands:
        return None
    c = w.rng.choice(cands)
    rest = [x for x in w.blocks if x not in (a, b, c)]
    if not rest or len(rest) > 5:
        return None
    text = f"First stack the {a} on the {b}, then put everything else in the bin except the {c}."
    return text, both(rels(Rel("on", a, b)), binned(rest), none_binned([a, b, c]))


def t79_multi_notgoal(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    bowls = [x for x in w.bowls if _room(w, x) >= 1]
    if not pairs or not bowls:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.rng.choice(bowls)
    if w.state.base(b) == bowl:
        return None
    text = f"Take the {a} off the {b} and put the {b} in the {bowl}. The {a} shouldn't end up in there, though."
    return text, both(
        rels(Rel("in", b, bowl)),
        lambda _i, f: f.support[a] != b and f.base(a) not in (bowl, GRIPPER),
    )


def t79_multi_without(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    free = _free(w)
    if not bowls or len(free) < 2:
        return None
    bowl = w.rng.choice(bowls)
    movers = [a for a in free if w.state.base(a) != bowl]
    if not movers:
        return None
    a = w.rng.choice(movers)
    b = w.rng.choice([x for x in free if x != a])
    others = [x for x in w.blocks if x not in (a, b)]
    text = f"Put the {a} in the {bowl}, then the {b} in the bin, without moving anything else."
    return text, both(rels(Rel("in", a, bowl)), binned([b]), kept(*others))


def t79_multi_none(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    movers = [a for a in _free(w) if w.state.base(a) != bowl]
    if not movers:
        return None
    a = w.rng.choice(movers)
    text = w.rng.choice(
        [
            f"Empty the {bowl}, then put the {a} in it. Nothing else should be in there.",
            f"Take everything out of the {bowl} and then put the {a} in it, so it holds nothing but the {a}.",
        ]
    )
    return text, both(lambda _i, f: f.in_bowl(bowl) == [a], _not_held)


# ----- questions --------------------------------------------------------------------------------------
def t79_q_forbid(w: World) -> Made:
    if _stacked_in_bowl(w):
        return None
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a = w.rng.choice(w.blocks)
        bowl = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Don't move anything, just tell me: is the {a} in the {bowl}?",
            f"No moving things around, please. Is the {a} in the {bowl}?",
        ]
    )
    return text, answered(yes(w.state.base(a) == bowl))


def t79_q_stay(w: World) -> Made:
    if _stacked_in_bowl(w):
        return None
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Leave everything where it is and just tell me how many blocks are in the {bowl}."
    return text, answered(str(len(w.state.in_bowl(bowl))))


def t79_q_except(w: World) -> Made:
    if _stacked_in_bowl(w):
        return None
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    text = w.rng.choice(
        [
            f"Is there anything in the {bowl} besides the {a}?",
            f"Apart from the {a}, is anything in the {bowl}?",
        ]
    )
    return text, answered(yes(len(w.state.in_bowl(bowl)) > 1))


def t79_q_notgoal(w: World) -> Made:
    if _stacked_in_bowl(w):
        return None
    n = len([b for b in w.blocks if w.state.base(b) not in w.bowls])
    text = w.rng.choice(
        [
            "How many blocks aren't in a bowl?",
            "How many of the blocks are not in any bowl?",
        ]
    )
    return text, answered(str(n))


def t79_q_without(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, b = w.rng.choice(pairs)
    if len(w.state.on_top(b)) != 1 or not w.state.is_clear(t):
        return None
    text = w.rng.choice(
        [
            f"Without moving anything, can you tell me which block is sitting on the {b}?",
            f"Don't touch anything. Which block is on top of the {b}?",
        ]
    )
    return text, answered(w.colour(t))


def t79_q_none(w: World) -> Made:
    if _stacked_in_bowl(w):
        return None
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Is it true that there's nothing in the {bowl}?",
            f"Is it right that the {bowl} has no blocks in it?",
        ]
    )
    return text, answered(yes(not w.state.in_bowl(bowl)))


# ----- colour matching --------------------------------------------------------------------------------
def _match_plan(w: World) -> tuple[list[str], list[str]] | None:
    """(matched blocks still to move, blocks with no bowl of their colour), or None if the sorting can't be done."""
    todo = [r.block for r in matching(w) if w.state.base(r.block) != r.target]
    if not todo:
        return None
    for b in todo:
        bowl = _bowl_of(w, b)
        if bowl is None or _room(w, bowl) < 1:
            return None
    unmatched = [b for b in w.blocks if _bowl_of(w, b) is None]
    return todo, unmatched


def t79_match_forbid(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None:
        return None
    todo, unmatched = plan
    cands = [c for c in unmatched if not _tower(w, c) & set(todo)]
    if not cands:
        return None
    c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put each block in the bowl of its own colour, but don't touch the {c}.",
            f"Sort the blocks into the bowls that match their colours. Leave the {c} alone, though.",
        ]
    )
    return text, both(rels(*matching(w)), kept(c))


def t79_match_stay(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None:
        return None
    todo = [a for a in plan[0] if w.state.is_clear(a)]
    if not todo:
        return None
    a = w.rng.choice(todo)
    bowl = _bowl_of(w, a)
    assert bowl is not None
    others = [b for b in w.blocks if b != a]
    text = w.rng.choice(
        [
            f"Put the {a} in the bowl that matches its colour, and leave everything else where it is.",
            f"Put the {a} in the bowl of the same colour. Everything else stays where it is.",
        ]
    )
    return text, both(rels(Rel("in", a, bowl)), kept(*others))


def t79_match_except(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None or len(plan[0]) < 2:
        return None
    c = w.rng.choice(plan[0])
    bowl = _bowl_of(w, c)
    want = [r for r in matching(w) if r.block != c]
    text = w.rng.choice(
        [
            f"Put every block in the bowl that matches its colour, except the {c}.",
            f"Sort the blocks into their matching bowls, all but the {c}.",
        ]
    )
    return text, both(rels(*want), lambda _i, f: f.base(c) not in (bowl, GRIPPER))


def t79_match_notgoal(w: World) -> Made:
    movers = [
        a
        for a in _free(w)
        if _bowl_of(w, a) is not None and w.state.base(a) not in w.bowls
    ]
    if not movers:
        return None
    a = w.rng.choice(movers)
    same = _bowl_of(w, a)
    ok = [b for b in w.bowls if b != same]
    if not any(_room(w, b) >= 1 for b in ok):
        return None
    text = w.rng.choice(
        [
            f"Put the {a} in a bowl, but not the one that's the same colour as it.",
            f"Put the {a} in any bowl that doesn't match its colour.",
        ]
    )
    return text, lambda _i, f: f.support[a] != GRIPPER and f.base(a) in ok


def t79_match_without(w: World) -> Made:
    plan = _match_plan(w)
    if plan is None:
        return None
    todo, unmatched = plan
    if not unmatched or any(_tower(w, u) & set(todo) for u in unmatched):
        return None
    text = w.rng.choice(
        [
            "Put the blocks in the bowls of their colours, without touching any block that has no bowl.",
            "Sort the blocks into the bowls of their colours, without moving the ones that don't have a bowl.",
        ]
    )
    return text, both(rels(*matching(w)), kept(*unmatched))


def t79_match_none(w: World) -> Made:
    wrong = [b for b in w.in_bowls() if w.colour(w.state.base(b)) != w.colour(b)]
    if not wrong:
        return None
    text = w.rng.choice(
        [
            "No block should be sitting in a bowl that isn't its colour.",
            "Make sure none of the blocks are in a bowl of a different colour.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and all(
            f.base(b) not in f.bowls or f.colours[f.base(b)] == f.colours[b]
            for b in f.blocks
        )

    return text, check


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
_STYLES = ("forbid", "stay", "except", "notgoal", "without", "none")

FRESH79: list[Template] = [
    (f"t79_{short}_{style}", category, globals()[f"t79_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
