"""`FRESH130`, the hundred-and-thirty-first untuned batch: sixty language templates, six per category, for the offline planner.

Theme: references back to things said earlier in the same message. People name a few
objects once and then point back to them ("the former", "the second one", "it", "both of
them", "the other one", "the block I just mentioned") instead of naming them again. Every
reference has exactly one antecedent in the sentence itself, and every goal is unambiguous
in its scene.

- former: "Take the red block and the blue block. Put the former in the bin and the
  latter in the green bowl."
- ordinal: "There's a green block and a yellow block; stack the second one on the first."
- pronoun: "Pick up the orange block. Now put it in the pink bowl. Then put the white
  block on top of it."
- topic: "The red block and the blue block: both of them go in the green bowl."
- other: "Of the red block and the blue block, the red block stays put and the other one
  goes in the bin."
- mention: "Look at the cyan block. Put the block I just mentioned on the purple block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 33f9f73, the code of 9648b76, after every fix before it and before anything
it could prompt): 0.287 goal-correct (86 of 300), 182 refused, 14 asked, 18 wrong, five of them actions: 'See X and W?
They match - put the former in the latter.' was answered as a question (twice), and so was 'Look at X. Put the block I
just mentioned on Y.'; 'Move X to the corner. After that I want Y on that same block' put Y in the corner; 'I want
both, X and Y, in W; put the latter on the former' put both in W side by side; thirteen wrong replies ('I see X and Y;
is the second of them in W?', 'Look at X - how many blocks are on top of that same block?'). Most refusals were the
references themselves: the former, the latter, the second one, the block I just mentioned, the other one, both of them.
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
    kept,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers --------------------------------------------------------------------------------------
def _free(check: Check) -> Check:
    """The goal holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and check(i, f)


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its bottom up to `block`, `block` included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n += 1
        cur = s.support[cur]
    return n


def _room(w: World, bowl: str) -> int:
    """Free slots on the floor of `bowl`."""
    used = sum(1 for s in w.state.support.values() if s == bowl)
    return layout.BOWL_CAPACITY - used


def _stackable(w: World, block: str, extra: int = 1) -> bool:
    """`block` is clear, not in the bin, and `extra` more blocks fit on it."""
    s = w.state
    return (
        s.is_clear(block)
        and s.base(block) != BIN
        and _height(s, block) + extra <= layout.MAX_TOWER
    )


def _movable(w: World) -> list[str]:
    return w.clear_blocks()


def _loose(w: World) -> list[str]:
    """Blocks not in the bin (they may be under others)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _bowl_for(w: World, blocks: list[str]) -> str | None:
    """A bowl that none of `blocks` is in yet and that has room for all of them."""
    ok = [
        b
        for b in w.bowls
        if all(w.state.base(x) != b for x in blocks) and _room(w, b) >= len(blocks)
    ]
    return w.rng.choice(ok) if ok else None


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _a(name: str) -> str:
    return ("an " if name[0] in "aeiou" else "a ") + name


def _match_bowl(w: World, block: str) -> str | None:
    """The bowl of `block`'s colour, if there is one, it has room and `block` is not in it."""
    for bowl in w.bowls:
        if (
            w.colour(bowl) == w.colour(block)
            and w.state.base(block) != bowl
            and _room(w, bowl) >= 1
        ):
            return bowl
    return None


def _matchable(w: World) -> list[str]:
    return [b for b in _movable(w) if _match_bowl(w, b) is not None]


def _tops(w: World) -> list[tuple[str, str]]:
    """(top, below): a clear block resting directly on a block."""
    return [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]


def _in(block: str, target: str) -> Rel:
    return Rel("in", block, target)


def _on(block: str, target: str) -> Rel:
    return Rel("on", block, target)


def _at(block: str, place: str) -> Rel:
    return Rel("at", block, place)


# ----- imperative -----------------------------------------------------------------------------------
def t130_imp_former(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    z = _bowl_for(w, [y])
    if z is None:
        return None
    text = w.rng.choice(
        [
            f"Take the {x} and the {y}. Put the former in the bin and the latter in the {z}.",
            (
                f"Get the {x} and the {y}, then put the former into the bin and the latter "
                f"into the {z}."
            ),
            f"You see the {x} and the {y}? Bin the former and drop the latter in the {z}.",
        ]
    )
    return text, _free(both(binned([x]), rels(_in(y, z))))


def t130_imp_ordinal(w: World) -> Made:
    bases = [b for b in _movable(w) if _stackable(w, b)]
    if not bases:
        return None
    x = w.rng.choice(bases)
    ys = [b for b in _movable(w) if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"There's {_a(x)} and {_a(y)}; stack the second one on the first.",
            f"I see the {x} and the {y}. Put the second on top of the first.",
            f"Take the {x} and the {y} and place the second block I named on the first one.",
        ]
    )
    return text, _free(rels(_on(y, x)))


def t130_imp_pronoun(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Grab the {x} and drop it in the bin.",
                f"See the {x}? Put it in the bin.",
                f"Pick up the {x} and throw it in the bin, please.",
            ]
        )
        return text, _free(binned([x]))
    z = _bowl_for(w, [x])
    if z is None:
        return None
    text = w.rng.choice(
        [
            f"Grab the {x} and drop it in the {z}.",
            f"See the {x}? Put it in the {z}.",
            f"Pick up the {x} and set it down in the {z}, please.",
        ]
    )
    return text, _free(rels(_in(x, z)))


def t130_imp_topic(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), _place(w)
    text = w.rng.choice(
        [
            f"The {x} \u2014 put it in the {p}.",
            f"The {x}: move it to the {p}.",
            f"That {x}, take it over to the {p}.",
        ]
    )
    return text, _free(rels(_at(x, p)))


def t130_imp_other(w: World) -> Made:
    xs = [b for b in _movable(w) if _stackable(w, b)]
    m = w.pick(xs, 2)
    if not m:
        return None
    x, y = m
    text = w.rng.choice(
        [
            f"The {x} and the {y}: put one on top of the other.",
            f"Take the {x} and the {y} and stack one of them on the other one.",
            f"Stack the {x} and the {y}, one on the other \u2014 whichever way round you like.",
        ]
    )
    s1, s2 = _on(x, y), _on(y, x)
    return text, _free(lambda _i, f: holds(s1, f) or holds(s2, f))


def t130_imp_mention(w: World) -> Made:
    ys = [b for b in _movable(w) if _stackable(w, b)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _movable(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Look at the {x}. Put the block I just mentioned on the {y}.",
            f"There's the {x} \u2014 put that same block on top of the {y}.",
            f"Find the {x}; put the block I just named onto the {y}.",
        ]
    )
    return text, _free(rels(_on(x, y)))


# ----- declarative ----------------------------------------------------------------------------------
def t130_dec_former(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    p = _place(w)
    text = w.rng.choice(
        [
            (
                f"The {x} and the {y} are in my way; the former belongs in the bin, "
                f"the latter in the {p}."
            ),
            (
                f"Of the {x} and the {y}, the former should be in the bin and the latter "
                f"should be in the {p}."
            ),
            f"The {x} and the {y}: the former goes in the bin, the latter goes in the {p}.",
        ]
    )
    return text, _free(both(binned([x]), rels(_at(y, p))))


def t130_dec_ordinal(w: World) -> Made:
    ys = [b for b in _movable(w) if _stackable(w, b)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _movable(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"I've got the {x} and the {y} here; the first one goes on the second one.",
            f"The {x} and the {y} \u2014 the first should be sitting on the second.",
            f"Two blocks, the {x} and the {y}: the first one belongs on top of the second one.",
        ]
    )
    return text, _free(rels(_on(x, y)))


def t130_dec_pronoun(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    z = _bowl_for(w, [x])
    if z is None:
        return None
    text = w.rng.choice(
        [
            f"The {x} is in the wrong spot; it belongs in the {z}.",
            f"The {x} is out of place. It should be in the {z}.",
            f"That {x} needs to be in the {z}; it doesn't belong where it is now.",
        ]
    )
    return text, _free(rels(_in(x, z)))


def t130_dec_topic(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    z = _bowl_for(w, [x, y])
    if z is None:
        return None
    text = w.rng.choice(
        [
            f"The {x} and the {y}: both of them go in the {z}.",
            f"The {x} and the {y} \u2014 the two of them belong in the {z}.",
            f"The {x}, the {y}... those two should be in the {z}.",
        ]
    )
    return text, _free(rels(_in(x, z), _in(y, z)))


def t130_dec_other(w: World) -> Made:
    ys = _movable(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _loose(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Out of the {x} and the {y}, the {x} stays put and the other one goes in the bin.",
            (
                f"The {x} and the {y}: the {x} is fine where it is, the other one belongs "
                f"in the bin."
            ),
            f"Of the {x} and the {y}, the one that isn't the {x} should be in the bin.",
        ]
    )
    return text, _free(both(kept(x), binned([y])))


def t130_dec_mention(w: World) -> Made:
    ys = [b for b in _movable(w) if _stackable(w, b)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _movable(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"About the {x}: the block I just mentioned belongs on top of the {y}.",
            f"There's the {x}. That same block should be sitting on the {y}.",
            f"Note the {x}; the block I just named goes on the {y}.",
        ]
    )
    return text, _free(rels(_on(x, y)))


# ----- desiderative ---------------------------------------------------------------------------------
def t130_des_former(w: World) -> Made:
    zs = [b for b in _movable(w) if _stackable(w, b)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    m = w.pick([b for b in _movable(w) if b != z], 2)
    if not m:
        return None
    x, y = m
    text = w.rng.choice(
        [
            (
                f"I'd like the {x} and the {y} moved: the former onto the {z}, the latter "
                f"into the bin."
            ),
            (
                f"Could you deal with the {x} and the {y} for me? I want the former on the "
                f"{z} and the latter in the bin."
            ),
            (
                f"I want the {x} and the {y} sorted out, the former stacked on the {z} and "
                f"the latter in the bin."
            ),
        ]
    )
    return text, _free(both(rels(_on(x, z)), binned([y])))


def t130_des_ordinal(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    p = _place(w)
    text = w.rng.choice(
        [
            (
                f"I'd like the {x} and the {y} in the {p}, with the second one sitting on "
                f"the first."
            ),
            (
                f"I want the {x} and the {y} stacked in the {p}: the first one at the bottom, "
                f"the second one on top of it."
            ),
            (
                f"What I'd love is the {x} and the {y} in the {p}, the second on top of "
                f"the first."
            ),
        ]
    )
    return text, _free(rels(_at(x, p), _on(y, x)))


def t130_des_pronoun(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    z = _bowl_for(w, [x])
    if z is None:
        return None
    text = w.rng.choice(
        [
            f"I'd love the {x} to be in the {z} \u2014 can you get it there?",
            f"I want the {x} in the {z}. Could you put it there for me?",
            f"I'd like the {x} moved; could you put it in the {z}?",
        ]
    )
    return text, _free(rels(_in(x, z)))


def t130_des_topic(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    text = w.rng.choice(
        [
            f"The {x} and the {y} \u2014 I want the two of them in the bin.",
            f"The {x}, and the {y}: I'd like both of them thrown in the bin.",
            f"The {x} and the {y}... I'd really like those two in the bin.",
        ]
    )
    return text, _free(binned([x, y]))


def t130_des_other(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in _loose(w) if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            (
                f"I'd like one of the {x} and the {y} in the bin, the {x}, and the other one "
                f"left exactly where it is."
            ),
            (
                f"Of the {x} and the {y}, I want the {x} in the bin; the other one should stay "
                f"where it is."
            ),
            f"The {x} and the {y}: I'd like the {x} binned and the other one untouched.",
        ]
    )
    return text, _free(both(binned([x]), kept(y)))


def t130_des_mention(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    p = _place(w)
    text = w.rng.choice(
        [
            (
                f"I'd like the {x} moved to the {p}, and then the {y} put on top of the "
                f"block I just mentioned."
            ),
            (
                f"Could you move the {x} to the {p}? After that I want the {y} on that same "
                f"block."
            ),
            f"I want the {x} in the {p} and the {y} stacked on the block I named first.",
        ]
    )
    return text, _free(rels(_at(x, p), _on(y, x)))


# ----- quantified -----------------------------------------------------------------------------------
def t130_qua_former(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    ok = [
        b
        for b in w.bowls
        if (w.state.base(x) == b and _stackable(w, x))
        or (w.state.base(x) != b and _room(w, b) >= 1)
    ]
    if not ok:
        return None
    z = w.rng.choice(ok)
    text = w.rng.choice(
        [
            (
                f"The {x} and the {y}: put both of them in the {z}, the latter on top of "
                f"the former."
            ),
            (
                f"Put both the {x} and the {y} in the {z}, with the latter stacked on "
                f"the former."
            ),
            f"I want both, the {x} and the {y}, in the {z}; put the latter on the former.",
        ]
    )
    return text, _free(rels(_in(x, z), _on(y, x)))


def t130_qua_ordinal(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, z = m
    ys = [b for b in _loose(w) if b not in (x, z)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            (
                f"Here are three blocks: the {x}, the {y} and the {z}. Put all of them in the "
                f"bin except the second."
            ),
            (
                f"The {x}, the {y}, the {z}: every one of them goes in the bin apart from the "
                f"second one."
            ),
            f"Take the {x}, the {y} and the {z} and throw all but the second one in the bin.",
        ]
    )
    return text, _free(both(binned([x, z]), none_binned([y])))


def t130_qua_pronoun(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    p = _place(w)
    text = w.rng.choice(
        [
            f"Find the {x} and the {y}, then put them both in the {p}.",
            f"Pick up the {x} and the {y} and move each of them to the {p}.",
            f"Get the {x} and the {y}; I want both of them in the {p}.",
        ]
    )
    return text, _free(rels(_at(x, p), _at(y, p)))


def t130_qua_topic(w: World) -> Made:
    m = w.pick(_movable(w), 3)
    if not m:
        return None
    x, y, z = m
    text = w.rng.choice(
        [
            f"The {x}, the {y} and the {z} \u2014 all three of them go in the bin.",
            f"The {x}, the {y}, the {z}: throw every one of them in the bin.",
            f"The {x} and the {y} and the {z} \u2014 put all three in the bin.",
        ]
    )
    return text, _free(binned([x, y, z]))


def t130_qua_other(w: World) -> Made:
    m = w.pick(_movable(w), 3)
    if not m:
        return None
    x, y, z = m
    ok = [
        b
        for b in w.bowls
        if _room(w, b) >= sum(w.state.base(v) != b for v in (y, z))
        and not (w.state.base(y) == b and w.state.base(z) == b)
    ]
    if not ok:
        return None
    b = w.rng.choice(ok)
    text = w.rng.choice(
        [
            (
                f"Of the {x}, the {y} and the {z}, put the {x} in the bin and the other two "
                f"in the {b}."
            ),
            (
                f"Take the {x}, the {y} and the {z}. The {x} goes in the bin; both of the "
                f"others go in the {b}."
            ),
            f"The {x}, the {y}, the {z}: bin the {x} and put the other two in the {b}.",
        ]
    )
    return text, _free(both(binned([x]), rels(_in(y, b), _in(z, b))))


def t130_qua_mention(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    others = [b for b in w.blocks if b not in (x, y)]
    text = w.rng.choice(
        [
            (
                f"Put the {x} and the {y} in the bin \u2014 just the two blocks I mentioned, "
                f"nothing else."
            ),
            f"Throw the {x} and the {y} in the bin, only those two, no other block.",
            f"Bin the {x} and the {y}, and only the blocks I just named.",
        ]
    )
    return text, _free(both(binned([x, y]), none_binned(others)))


# ----- negated --------------------------------------------------------------------------------------
def t130_neg_former(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in _loose(w) if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"The {x} and the {y}: bin the former, but don't touch the latter.",
            (
                f"Between the {x} and the {y}, throw the former in the bin and don't move "
                f"the latter."
            ),
            (
                f"There's the {x} and the {y}. The former goes in the bin; the latter must "
                f"not be moved."
            ),
        ]
    )
    return text, _free(both(binned([x]), kept(y)))


def t130_neg_ordinal(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in _loose(w) if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    ok = [
        b
        for b in w.bowls
        if _room(w, b) >= 1 and w.state.base(x) != b and w.state.base(y) != b
    ]
    if not ok:
        return None
    z = w.rng.choice(ok)
    text = w.rng.choice(
        [
            (
                f"I'm naming two blocks, the {x} and the {y}. Put the first one in the {z}, "
                f"not the second."
            ),
            f"The {x} and the {y}: the first goes in the {z}, the second does not.",
            (
                f"Of the {x} and the {y}, only the first one goes in the {z}; don't put the "
                f"second one in there."
            ),
        ]
    )
    return text, _free(rels(_in(x, z), Rel("in", y, z, negated=True)))


def t130_neg_pronoun(w: World) -> Made:
    ys = [b for b in _movable(w) if _stackable(w, b)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _movable(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"The {x} is not going in the bin; put it on the {y} instead.",
            f"Don't throw the {x} away \u2014 put it on top of the {y}.",
            f"Don't bin the {x}. Stack it on the {y}.",
        ]
    )
    return text, _free(both(rels(_on(x, y)), none_binned([x])))


def t130_neg_topic(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    z = _bowl_for(w, [x])
    if z is None:
        return None
    text = w.rng.choice(
        [
            f"The {x}: don't put it in the bin, put it in the {z}.",
            f"The {x} \u2014 it shouldn't go in the bin; put it in the {z} instead.",
            f"The {x}, don't bin it; it goes in the {z}.",
        ]
    )
    return text, _free(both(rels(_in(x, z)), none_binned([x])))


def t130_neg_other(w: World) -> Made:
    ys = _movable(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _loose(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    p = _place(w)
    text = w.rng.choice(
        [
            (
                f"Take the {x} or the {y} \u2014 not the {x}, the other one \u2014 and put it "
                f"in the {p}."
            ),
            f"Of the {x} and the {y}, don't move the {x}; move the other one to the {p}.",
            (
                f"It's not the {x} I want moved, it's the other one, the {y}: put that in "
                f"the {p}."
            ),
        ]
    )
    return text, _free(both(rels(_at(y, p)), kept(x)))


def t130_neg_mention(w: World) -> Made:
    s = w.state
    xs = [b for b in _movable(w) if s.support[b] not in s.support]
    others_ok = 1 <= len(w.blocks) - 1 <= 5
    if not xs or not others_ok:
        return None
    x = w.rng.choice(xs)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            (
                f"The {x} stays out of the bin. Put all the other blocks in the bin \u2014 "
                f"just not the block I mentioned."
            ),
            f"Throw every block in the bin except the {x}; don't bin that one.",
            f"Everything but the {x} goes in the bin; leave the block I named out of it.",
        ]
    )
    return text, _free(both(binned(others), none_binned([x])))


# ----- relative -------------------------------------------------------------------------------------
def t130_rel_former(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    x, s = w.rng.choice(tops)
    z = _bowl_for(w, [s])
    if z is None:
        return None
    text = w.rng.choice(
        [
            (
                f"The {x} and the block it's sitting on: put the former in the bin and the "
                f"latter in the {z}."
            ),
            (
                f"Take the {x} and the block directly under it; the former goes in the bin, "
                f"the latter in the {z}."
            ),
            (
                f"There's the {x} and the block that's right beneath it. Bin the former and "
                f"put the latter in the {z}."
            ),
        ]
    )
    return text, _free(both(binned([x]), rels(_in(s, z))))


def t130_rel_ordinal(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, s = w.rng.choice(tops)
    z = _bowl_for(w, [t])
    if z is None:
        return None
    text = w.rng.choice(
        [
            (
                f"There's the {s} and the block that's sitting on top of it. Put the second "
                f"one in the {z}."
            ),
            (
                f"Look at the {s}, and at the block that rests on it. The second of those "
                f"goes in the {z}."
            ),
            (
                f"The {s}, and then the block that sits right on it: put the second one into "
                f"the {z}."
            ),
        ]
    )
    return text, _free(rels(_in(t, z)))


def t130_rel_pronoun(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    xs = [b for b in _movable(w) if w.state.base(b) not in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    near = sorted(w.bowls, key=lambda b: w.dist(x, b))
    if w.dist(x, near[1]) - w.dist(x, near[0]) < 0.05 or _room(w, near[0]) < 1:
        return None
    z = near[0]
    text = w.rng.choice(
        [
            f"Put the {x} in the bowl that's closest to it.",
            f"Take the {x} and drop it into whichever bowl is nearest to it.",
            f"Move the {x} into the bowl that is closest to it.",
        ]
    )
    return text, _free(rels(_in(x, z)))


def t130_rel_topic(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, s = w.rng.choice(tops)
    text = w.rng.choice(
        [
            f"The block that's on top of the {s} \u2014 that one, put it in the bin.",
            f"The block that sits on the {s}: throw it in the bin.",
            f"That block which is resting on the {s}, put it in the bin.",
        ]
    )
    return text, _free(binned([t]))


def t130_rel_other(w: World) -> Made:
    xs = [b for b in _movable(w) if w.state.base(b) in w.bowls]
    if len(w.bowls) < 2 or not xs:
        return None
    x = w.rng.choice(xs)
    a = w.state.base(x)
    rest = [v for v in w.bowls if v != a]
    b = w.rng.choice(rest)
    if _room(w, b) < 1:
        return None
    if len(rest) == 1:
        text = w.rng.choice(
            [
                f"The {x} is in one of the two bowls; move it to the other one.",
                f"Take the {x} out of the bowl it's in and put it in the other bowl.",
                f"The {x} is sitting in the {a}. Put it in the other bowl instead.",
            ]
        )
    else:
        c = next(v for v in rest if v != b)
        text = w.rng.choice(
            [
                (
                    f"The {x} is in the {a}. Move it to the bowl that isn't the {a} or "
                    f"the {c}."
                ),
                (
                    f"Take the {x} out of the bowl it's in and put it in the one bowl that "
                    f"is neither that bowl nor the {c}."
                ),
            ]
        )
    return text, _free(rels(_in(x, b)))


def t130_rel_mention(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, s = w.rng.choice(tops)
    p = _place(w)
    text = w.rng.choice(
        [
            (
                f"Find the block that's on top of the {s}. Put the block I just described in "
                f"the {p}."
            ),
            f"There's a block sitting on the {s}; move that block to the {p}.",
            (
                f"Look at whichever block is resting on the {s}, and put the block I just "
                f"described in the {p}."
            ),
        ]
    )
    return text, _free(rels(_at(t, p)))


# ----- keep -----------------------------------------------------------------------------------------
def t130_keep_former(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in _loose(w) if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    p = _place(w)
    text = w.rng.choice(
        [
            (
                f"The {x} and the {y}: move the former to the {p} and keep the latter where "
                f"it is."
            ),
            (
                f"Of the {x} and the {y}, put the former in the {p} and leave the latter where "
                f"it is."
            ),
            (
                f"The {x} and the {y} \u2014 the former goes to the {p}, the latter stays right "
                f"where it is."
            ),
        ]
    )
    return text, _free(both(rels(_at(x, p)), kept(y)))


def t130_keep_ordinal(w: World) -> Made:
    ys = _movable(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _loose(w) if b != y]
    z = _bowl_for(w, [y])
    if not xs or z is None:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            (
                f"Two blocks here, the {x} and the {y}. Leave the first one where it is and "
                f"put the second one in the {z}."
            ),
            (
                f"The {x} and the {y}: keep the first where it is, and move the second into "
                f"the {z}."
            ),
            (
                f"Look at the {x} and the {y}. The first one stays; the second goes in "
                f"the {z}."
            ),
        ]
    )
    return text, _free(both(kept(x), rels(_in(y, z))))


def t130_keep_pronoun(w: World) -> Made:
    xs = [b for b in _movable(w) if _stackable(w, b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in _movable(w) if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"The {x} stays put. Stack the {y} on it.",
            f"Keep the {x} right where it is and put the {y} on top of it.",
            f"Don't move the {x}; just put the {y} on it.",
        ]
    )
    return text, _free(both(kept(x), rels(_on(y, x))))


def t130_keep_topic(w: World) -> Made:
    zs = _movable(w)
    if not zs:
        return None
    z = w.rng.choice(zs)
    m = w.pick([b for b in _loose(w) if b != z], 2)
    if not m:
        return None
    x, y = m
    text = w.rng.choice(
        [
            (
                f"The {x} and the {y} \u2014 leave the two of them alone, and put the {z} in "
                f"the bin."
            ),
            f"The {x}, the {y}: keep both of them where they are. The {z} goes in the bin.",
            f"The {x} and the {y}, those two stay where they are; throw the {z} in the bin.",
        ]
    )
    return text, _free(both(kept(x, y), binned([z])))


def t130_keep_other(w: World) -> Made:
    ys = _movable(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _loose(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    p = _place(w)
    text = w.rng.choice(
        [
            (
                f"The {x} and the {y}: keep one of them where it is \u2014 the {x} \u2014 and "
                f"put the other one in the {p}."
            ),
            (
                f"Of the {x} and the {y}, the {x} stays where it is and the other one goes to "
                f"the {p}."
            ),
            f"The {x} and the {y}: leave the {x} alone and move the other one to the {p}.",
        ]
    )
    return text, _free(both(kept(x), rels(_at(y, p))))


def t130_keep_mention(w: World) -> Made:
    ys = _movable(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _loose(w) if b != y]
    z = _bowl_for(w, [y])
    if not xs or z is None:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            (
                f"Watch out for the {x}: that block stays where it is. Just put the {y} in "
                f"the {z}."
            ),
            (
                f"Careful with the {x} \u2014 keep the block I just mentioned where it is, and "
                f"put the {y} in the {z}."
            ),
            f"There's the {x}; leave that same block alone and move the {y} into the {z}.",
        ]
    )
    return text, _free(both(kept(x), rels(_in(y, z))))


# ----- multi-step -----------------------------------------------------------------------------------
def t130_multi_former(w: World) -> Made:
    ys = [b for b in _movable(w) if _stackable(w, b, 2)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    m = w.pick([b for b in _movable(w) if b != y], 2)
    if not m:
        return None
    x, z = m
    text = w.rng.choice(
        [
            f"Put the {x} on the {y}, and then put the {z} on the former.",
            f"First stack the {x} on the {y}; then stack the {z} on top of the former.",
            f"Stack the {x} onto the {y}. After that, the {z} goes on the former.",
        ]
    )
    return text, _free(rels(_on(x, y), _on(z, x)))


def t130_multi_ordinal(w: World) -> Made:
    xs = [b for b in _movable(w) if _stackable(w, b, 2)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    m = w.pick([b for b in _movable(w) if b != x], 2)
    if not m:
        return None
    y, z = m
    text = w.rng.choice(
        [
            (
                f"I'm thinking of the {x}, the {y} and the {z}. Put the second on the first, "
                f"then the third on the second."
            ),
            (
                f"Take the {x}, the {y} and the {z}: first stack the second one on the first "
                f"one, and then the third one on the second one."
            ),
            (
                f"The {x}, the {y}, the {z}. The second goes on the first; after that, the "
                f"third goes on the second."
            ),
        ]
    )
    return text, _free(rels(_on(y, x), _on(z, y)))


def t130_multi_pronoun(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, z = m
    b = _bowl_for(w, [x])
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"Pick up the {x}. Now put it in the {b}. Then put the {z} on top of it.",
            f"Grab the {x} and set it down in the {b}; after that, put the {z} on it.",
            f"Take the {x}, put it in the {b}, then stack the {z} on top of it.",
        ]
    )
    return text, _free(rels(_in(x, b), _on(z, x)))


def t130_multi_topic(w: World) -> Made:
    s = w.state
    xs = [
        b for b in _movable(w) if s.support[b] in s.support or s.support[b] in s.bowls
    ]
    if not xs:
        return None
    x = w.rng.choice(xs)
    below = s.support[x]
    ys = [b for b in _movable(w) if b not in (x, below) and s.base(b) != below]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"The {x}: first put it in the bin, then put the {y} in the spot it just left.",
            (
                f"The {x} \u2014 throw it in the bin, and after that put the {y} where that "
                f"block used to be."
            ),
            f"The {x}, bin it first; then the {y} goes in the spot the {x} just left.",
        ]
    )
    goal = _on(y, below) if below in s.support else _in(y, below)
    return text, _free(both(binned([x]), rels(goal)))


def t130_multi_other(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    p = _place(w)
    text = w.rng.choice(
        [
            (
                f"Of the {x} and the {y}, put the {x} in the {p} first; after that, put the "
                f"other one on top of it."
            ),
            f"The {x} and the {y}: move the {x} to the {p}, then put the other one on it.",
            (
                f"Take the {x} and the {y}. First the {x} goes to the {p}, and then the other "
                f"one goes on top."
            ),
        ]
    )
    return text, _free(rels(_at(x, p), _on(y, x)))


def t130_multi_mention(w: World) -> Made:
    m = w.pick(_movable(w), 2)
    if not m:
        return None
    x, y = m
    b = _bowl_for(w, [x, y]) if w.rng.random() < 0.5 else None
    if b is None:
        text = w.rng.choice(
            [
                (
                    f"Put the {x} in the bin. Then put the {y} in the same place as the "
                    f"block I just mentioned."
                ),
                (
                    f"First throw the {x} in the bin, and then put the {y} wherever you put "
                    f"that block."
                ),
                (
                    f"Put the {x} in the bin, and after that the {y} goes where the block I "
                    f"mentioned went."
                ),
            ]
        )
        return text, _free(binned([x, y]))
    text = w.rng.choice(
        [
            (
                f"Put the {x} in the {b}. Then put the {y} in the same place as the block I "
                f"just mentioned."
            ),
            (
                f"First put the {x} in the {b}, and then put the {y} wherever you put that "
                f"block."
            ),
        ]
    )
    return text, _free(rels(_in(x, b), _in(y, b)))


# ----- questions ------------------------------------------------------------------------------------
def t130_q_former(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        m = w.pick(w.blocks, 2)
        if not m:
            return None
        x, y = m
        if x in s.above(y) and s.support[x] != y:
            return None
    text = w.rng.choice(
        [
            f"Take the {x} and the {y}: is the former on top of the latter?",
            f"The {x} and the {y} \u2014 is the former sitting on the latter?",
            f"Consider the {x} and the {y}. Is the former stacked directly on the latter?",
        ]
    )
    return text, answered(yes(s.support[x] == y))


def t130_q_ordinal(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        y = w.rng.choice(inside)
    else:
        y = w.rng.choice(w.blocks)
    xs = [b for b in w.blocks if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    z = (
        s.base(y)
        if s.base(y) in s.bowls and w.rng.random() < 0.7
        else w.rng.choice(w.bowls)
    )
    text = w.rng.choice(
        [
            f"Look at the {x} and the {y}. Is the second one in the {z}?",
            f"I see the {x} and the {y}; is the second of them in the {z}?",
            f"The {x}, then the {y}: is the second one inside the {z}?",
        ]
    )
    return text, answered(yes(s.base(y) == z))


def t130_q_pronoun(w: World) -> Made:
    s = w.state
    xs = [b for b in w.blocks if len(s.above(b)) == 1]
    if not xs:
        return None
    x = w.rng.choice(xs)
    t = s.on_top(x)[0]
    text = w.rng.choice(
        [
            f"Look at the {x}. What's sitting on it?",
            f"There's something on the {x} \u2014 what is it?",
            f"Check the {x}: which block is stacked on it?",
        ]
    )
    return text, answered(t)


def t130_q_topic(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        if w.rng.random() < 0.5:
            x, y = y, x
    else:
        m = w.pick(w.blocks, 2)
        if not m:
            return None
        x, y = m
        if (
            s.support[x] != y
            and s.support[y] != x
            and (x in s.above(y) or y in s.above(x))
        ):
            return None
    text = w.rng.choice(
        [
            f"The {x} and the {y} \u2014 is one of them stacked on the other?",
            f"The {x} and the {y}: is either of them sitting on the other one?",
            f"The {x}, the {y} \u2014 is one of those two on top of the other?",
        ]
    )
    return text, answered(yes(s.support[x] == y or s.support[y] == x))


def t130_q_other(w: World) -> Made:
    s = w.state
    options: list[tuple[str, str, str]] = []
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        if len(inside) == 2:
            x, o = w.rng.sample(inside, 2)
            options.append(("bowl", bowl, f"{x}|{o}"))
    for b in w.blocks:
        if s.support[b] not in s.support and len(s.above(b)) == 1:
            x, o = w.rng.sample([b, s.above(b)[0]], 2)
            options.append(("tower", "", f"{x}|{o}"))
    if not options:
        return None
    kind, bowl, names = w.rng.choice(options)
    x, o = names.split("|")
    if kind == "bowl":
        text = w.rng.choice(
            [
                f"There are two blocks in the {bowl}; one is the {x}. What's the other one?",
                f"The {bowl} holds the {x} and one other block. Which is the other one?",
            ]
        )
    else:
        text = w.rng.choice(
            [
                (
                    f"The {x} is stacked with exactly one other block. Which block is the other "
                    f"one?"
                ),
                f"The {x} sits in a stack of two. What's the other block in that stack?",
            ]
        )
    return text, answered(o)


def t130_q_mention(w: World) -> Made:
    s = w.state
    ones = [b for b in w.blocks if len(s.above(b)) == 1]
    zeros = [b for b in w.blocks if not s.above(b) and s.base(b) != BIN]
    if ones and w.rng.random() < 0.7:
        x = w.rng.choice(ones)
    elif zeros:
        x = w.rng.choice(zeros)
    else:
        return None
    text = w.rng.choice(
        [
            f"Think of the {x}. How many blocks are stacked on top of that block?",
            f"There's the {x}. How many blocks sit on the block I just mentioned?",
            f"Look at the {x} \u2014 how many blocks are on top of that same block?",
        ]
    )
    return text, answered(str(len(s.above(x))))


# ----- matching -------------------------------------------------------------------------------------
def t130_match_former(w: World) -> Made:
    xs = _matchable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = _match_bowl(w, x)
    assert b is not None
    text = w.rng.choice(
        [
            f"The {x} and the {b}: put the former into the latter.",
            f"See the {x} and the {b}? They match \u2014 put the former in the latter.",
            f"The {x}, the {b}: same colour, so the former goes in the latter.",
        ]
    )
    return text, _free(rels(_in(x, b)))


def t130_match_ordinal(w: World) -> Made:
    ys = _matchable(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    b = _match_bowl(w, y)
    assert b is not None
    m = w.pick([v for v in w.blocks if v != y], 2)
    if not m:
        return None
    x, z = m
    text = w.rng.choice(
        [
            (
                f"Take the {x}, the {y} and the {z}. The second one goes in the bowl that "
                f"matches its colour."
            ),
            (
                f"I'm naming the {x}, the {y} and the {z}; put the second of them in the bowl "
                f"of the same colour."
            ),
            (
                f"Of the {x}, the {y} and the {z}, put the second one in the bowl that's its "
                f"colour."
            ),
        ]
    )
    return text, _free(rels(_in(y, b)))


def t130_match_pronoun(w: World) -> Made:
    xs = _matchable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = _match_bowl(w, x)
    assert b is not None
    text = w.rng.choice(
        [
            f"Grab the {x} and put it in the bowl that's the same colour as it.",
            f"Pick up the {x} and drop it into the bowl that matches it.",
            f"Take the {x}; put it in its matching bowl.",
        ]
    )
    return text, _free(rels(_in(x, b)))


def t130_match_topic(w: World) -> Made:
    xs = _matchable(w)
    if len(xs) == 1:
        x = xs[0]
        b = _match_bowl(w, x)
        assert b is not None
        text = w.rng.choice(
            [
                f"The {x} — it goes in the bowl of its own colour.",
                f"The {x}: put it in the bowl that matches it.",
            ]
        )
        return text, _free(rels(_in(x, b)))
    m = w.pick(xs, 2)
    if not m:
        return None
    x, y = m
    bx, by = _match_bowl(w, x), _match_bowl(w, y)
    assert bx is not None and by is not None
    text = w.rng.choice(
        [
            f"The {x} and the {y} \u2014 each of them goes in the bowl of its own colour.",
            f"The {x} and the {y}: put each one in the bowl that matches it.",
            f"The {x}, the {y}... sort the two of them into the bowls of their colours.",
        ]
    )
    return text, _free(rels(_in(x, bx), _in(y, by)))


def t130_match_other(w: World) -> Made:
    xs = _matchable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = _match_bowl(w, x)
    assert b is not None
    others = [v for v in w.blocks if v != x]
    text = w.rng.choice(
        [
            f"Put the {x} in the bowl of the same colour, and leave the other blocks alone.",
            f"Sort the {x} into its matching bowl; the other blocks stay where they are.",
            (
                f"The {x} goes in the bowl that matches it \u2014 don't touch any of the other "
                f"blocks."
            ),
        ]
    )
    return text, _free(both(rels(_in(x, b)), kept(*others)))


def t130_match_mention(w: World) -> Made:
    xs = _matchable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = _match_bowl(w, x)
    assert b is not None
    text = w.rng.choice(
        [
            (
                f"The {x} matches one of the bowls. Put that block in the bowl whose colour "
                f"it shares."
            ),
            (
                f"There's the {x} and a bowl of the same colour. Put the block I mentioned into "
                f"that bowl."
            ),
            f"Notice the {x}? Put that same block in the bowl that's its colour.",
        ]
    )
    return text, _free(rels(_in(x, b)))


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
_STYLES = ("former", "ordinal", "pronoun", "topic", "other", "mention")
FRESH130: list[Template] = [
    (f"t130_{short}_{style}", category, globals()[f"t130_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
