"""`FRESH62`, the sixty-third untuned batch: sixty language templates, six per category, one per speaker style.

Theme: six people who could hardly be more unlike one another, each asking for the same kinds of things in their
own words, with no special trick beyond the widest natural variety of phrasing. The six styles:

- `lab`: a robotics researcher running trials, precise and a little jargon-heavy ("Task:", "Goal state:", "Step 1:").
- `kid`: a seven-year-old typing in lowercase, with "u", "wanna", stretched vowels and exclamation marks.
- `butler`: an extremely polite butler, all "would you be so kind" and "I should be most obliged".
- `grump`: a grumpy neighbour, short, impatient and put upon.
- `caster`: a sports commentator narrating the table as a match ("folks", "here comes", "double play").
- `picker`: a warehouse picker in terse shorthand ("pick", "drop", "asap", "thx", few articles).

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.

Its first run (300 instructions, seed 0, on be37a97, after every fix before it and before anything it could prompt):
0.613 goal-correct (184 of 300), 100 refused, 16 wrong: five wrong actions ('Every single block that's in a bowl, in the
bin' binned one of them) and eleven wrong replies (a wish said as 'what this crowd is dying to see is ...' answered with
a list of the scene, 'And what colour, folks, is ...?' and 'Report the current location of X' with the help text).
"""

from __future__ import annotations

from benchmarks.planner_language import (
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
from sim.core.symbolic import SymState

_CAP = layout.BOWL_CAPACITY
_BIN_MAX = 5
_GAP = 0.03


# ----- helpers --------------------------------------------------------------------------------------
def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _tower(w: World, b: str) -> set[str]:
    return {b, *_below(w, b), *w.state.above(b)}


def _solo(w: World, b: str) -> bool:
    """Alone in its column: nothing under it and nothing on it."""
    return len(_tower(w, b)) == 1


def _on_table(w: World) -> list[str]:
    """Blocks whose tower stands on the table."""
    return [b for b in w.blocks if w.state.base(b) == TABLE]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= _CAP


def _can_stack(w: World, a: str, b: str) -> bool:
    """`a` can go on `b`: different towers, `b` stands on the table and the tower stays low enough."""
    return (
        a != b
        and b not in _tower(w, a)
        and w.state.base(b) == TABLE
        and len(_below(w, b)) + 2 <= layout.MAX_TOWER
    )


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _not_in_bowl(w: World, bowl: str) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != bowl]


def _bowl_and_block(w: World, n_room: int = 1) -> tuple[str, str] | None:
    """A bowl with room and a block not in it."""
    options = [
        (bw, b) for bw in w.bowls if _room(w, bw, n_room) for b in _not_in_bowl(w, bw)
    ]
    return w.rng.choice(options) if options else None


def _lifted(w: World) -> list[tuple[str, str]]:
    """(block, what it is lifted from) for every block not directly on the table: on a block or in a bowl."""
    out = [(a, s) for a, s in w.pairs()]
    out += [
        (b, w.state.support[b]) for b in w.blocks if w.state.support[b] in w.state.bowls
    ]
    return out


def _bin_count(s: SymState) -> int:
    return sum(s.base(b) == BIN for b in s.blocks)


def _extreme(w: World, key, candidates: list[str]) -> str | None:
    """The candidate with the smallest key, when it stands alone and clearly ahead of the others."""
    if len(candidates) < 2:
        return None
    ranked = sorted(candidates, key=key)
    best = ranked[0]
    if not _solo(w, best):
        return None
    if key(ranked[1]) - key(best) < _GAP:
        return None
    return best


def _match_targets(w: World, blocks: list[str]) -> list[Rel] | None:
    """The matching relations for `blocks` (None when none is missing or a bowl would overflow)."""
    want = [r for r in matching(w) if r.block in blocks]
    if not want or all(w.state.base(r.block) == r.target for r in want):
        return None
    for bowl in w.bowls:
        incoming = {r.block for r in want if r.target == bowl}
        if len(set(w.state.in_bowl(bowl)) | incoming) > _CAP:
            return None
    return want


# ----- imperative -------------------------------------------------------------------------------------
def q62_imp_lab(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    return f"Task: relocate the {a} to the {p}. No other objects need to change.", rels(
        Rel("at", a, p)
    )


def q62_imp_kid(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return f"can u put the {a} on top of the {b} pleeeease", rels(Rel("on", a, b))


def q62_imp_butler(w: World) -> Made:
    pick = _bowl_and_block(w)
    if pick is None:
        return None
    bowl, a = pick
    return (
        f"Would you be so kind as to place the {a} in the {bowl}? I should be most obliged.",
        rels(Rel("in", a, bowl)),
    )


def q62_imp_grump(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return f"Chuck the {a} in the bin. Today, if possible.", binned([a])


def q62_imp_caster(w: World) -> Made:
    options = _lifted(w)
    if not options:
        return None
    a, s = w.rng.choice(options)
    where = f"out of the {s}" if s in w.state.bowls else f"down off the {s}"
    return (
        f"And here comes the {a}, {where} and flat onto the table. Let's see it, folks!",
        rels(Rel("on_table", a)),
    )


def q62_imp_picker(w: World) -> Made:
    pick = _bowl_and_block(w)
    if pick is None:
        return None
    bowl, a = pick
    return f"pick {a}, drop in {bowl}. next", rels(Rel("in", a, bowl))


# ----- declarative ------------------------------------------------------------------------------------
def q62_dec_lab(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return f"Goal state: the {a} resting directly on the {b}.", rels(Rel("on", a, b))


def q62_dec_kid(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return f"the {a} goes in the bin cuz its yucky", binned([a])


def q62_dec_butler(w: World) -> Made:
    pick = _bowl_and_block(w)
    if pick is None:
        return None
    bowl, a = pick
    return (
        f"The {a}, if I may say so, belongs in the {bowl}; that is where it is customarily kept.",
        rels(Rel("in", a, bowl)),
    )


def q62_dec_grump(w: World) -> Made:
    options = _lifted(w)
    if not options:
        return None
    a, s = w.rng.choice(options)
    where = f"sitting in the {s}" if s in w.state.bowls else f"perched up on the {s}"
    return f"That {a} is supposed to be on the table. Not {where}. On the table.", rels(
        Rel("on_table", a)
    )


def q62_dec_caster(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    return (
        f"The final whistle goes and the {a} is sitting pretty in the {p}. What a finish that will be!",
        rels(Rel("at", a, p)),
    )


def q62_dec_picker(w: World) -> Made:
    pick = _bowl_and_block(w)
    if pick is None:
        return None
    bowl, a = pick
    return f"location for the {a} is the {bowl}", rels(Rel("in", a, bowl))


# ----- desiderative -----------------------------------------------------------------------------------
def q62_des_lab(w: World) -> Made:
    options = _lifted(w)
    if not options:
        return None
    a, _s = w.rng.choice(options)
    return f"For this trial I'd like the {a} set directly on the table surface.", rels(
        Rel("on_table", a)
    )


def q62_des_kid(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return f"i wanna see the {a} on the {b}!!! a tower!!", rels(Rel("on", a, b))


def q62_des_butler(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return (
        f"I should very much like the {a} disposed of in the bin, should it not be too much bother.",
        binned([a]),
    )


def q62_des_grump(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    return (
        f"All I want, ALL I want, is the {a} off the {b}. Is that so hard?",
        rels(Rel("on", a, b, negated=True)),
    )


def q62_des_caster(w: World) -> Made:
    pick = _bowl_and_block(w)
    if pick is None:
        return None
    bowl, a = pick
    return (
        f"What this crowd is dying to see is the {a} dropping into the {bowl}!",
        rels(Rel("in", a, bowl)),
    )


def q62_des_picker(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    return f"need the {a} at the {p} asap", rels(Rel("at", a, p))


# ----- quantified -------------------------------------------------------------------------------------
def q62_qua_lab(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    counts = {bw: len(w.state.in_bowl(bw)) for bw in w.bowls}
    if any(n > 1 for n in counts.values()) or all(n == 1 for n in counts.values()):
        return None
    need = sum(n == 0 for n in counts.values())
    if len(_on_table(w)) < need:
        return None
    return (
        "Condition: exactly one block per bowl, for every bowl on the table.",
        both(*(count_in(bw, 1) for bw in w.bowls)),
    )


def q62_qua_kid(w: World) -> Made:
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not empties or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(empties)
    return f"put 2 blocks in the {bowl}!! any 2 u want", count_in(bowl, 2)


def q62_qua_butler(w: World) -> Made:
    if all(w.state.support[b] == TABLE for b in w.blocks):
        return None
    return (
        "Might I ask that every block be set down directly upon the table, none atop another and none in a bowl?",
        rels(*(Rel("on_table", b) for b in w.blocks)),
    )


def q62_qua_grump(w: World) -> Made:
    inside = w.in_bowls()
    if not 2 <= len(inside) <= _BIN_MAX:
        return None
    return (
        "Every single block that's in a bowl, in the bin. All of them. Go on.",
        binned(inside),
    )


def q62_qua_caster(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return (
        "Three blocks, folks, count 'em, three of them are headed for the bin tonight, no more, no less!",
        lambda _i, f: _bin_count(f) == 3,
    )


def q62_qua_picker(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    p = w.rng.choice(PLACES)
    return f"all blocks to the {p}. every one of em", rels(
        *(Rel("at", b, p) for b in w.blocks)
    )


# ----- negated ----------------------------------------------------------------------------------------
def q62_neg_lab(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if not 2 <= len(others) <= _BIN_MAX:
        return None
    return (
        f"Move every block with the exception of the {x} into the bin.",
        both(binned(others), none_binned([x])),
    )


def q62_neg_kid(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) not in w.state.bowls]
    if len(loose) < 2 or not w.in_bowls():
        return None
    bowls = [bw for bw in w.bowls if _room(w, bw, len(loose))]
    if bowls:
        bowl = w.rng.choice(bowls)
        return (
            f"put all the blocks that r NOT in a bowl into the {bowl}",
            rels(*(Rel("in", b, bowl) for b in loose)),
        )
    if len(loose) > _BIN_MAX:
        return None
    return "put all the blocks that r NOT in a bowl in the bin ok", both(
        binned(loose), none_binned(w.in_bowls())
    )


def q62_neg_butler(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    return (
        f"Kindly lift the {a} off the {b}, though not into the bin, I beg you.",
        both(rels(Rel("on", a, b, negated=True)), none_binned([a])),
    )


def q62_neg_grump(w: World) -> Made:
    inside = [b for b in w.blocks if w.state.support[b] in w.state.bowls]
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return f"The {a} should NOT be in the {bowl}. Sort it out.", rels(
        Rel("in", a, bowl, negated=True)
    )


def q62_neg_caster(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    if len(others) > 5:
        return None
    p = w.rng.choice(PLACES)
    return (
        f"Everybody except the {x} and the {y} is off to the {p}! What a stampede!",
        rels(
            *(Rel("at", b, p) for b in others),
            Rel("at", x, p, negated=True),
            Rel("at", y, p, negated=True),
        ),
    )


def q62_neg_picker(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) not in w.state.bowls]
    if not loose:
        return None
    space = sum(_CAP - len(w.state.in_bowl(bw)) for bw in w.bowls)
    if len(loose) > space:
        return None
    return (
        "no blocks left on the table. everything goes in bowls",
        lambda _i, f: all(f.base(b) in f.bowls for b in f.blocks),
    )


# ----- relative ---------------------------------------------------------------------------------------
def q62_rel_lab(w: World) -> Made:
    a = _extreme(w, w.y, list(w.blocks))
    if a is None:
        return None
    return (
        "Move the leftmost block, as seen from the front camera, into the bin.",
        binned([a]),
    )


def q62_rel_kid(w: World) -> Made:
    options = [
        (a, b, bw)
        for a, b in w.pairs()
        for bw in w.bowls
        if w.state.base(a) != bw and _room(w, bw)
    ]
    if not options:
        return None
    a, b, bowl = w.rng.choice(options)
    return f"put the block thats on top of the {b} in the {bowl}", rels(
        Rel("in", a, bowl)
    )


def q62_rel_butler(w: World) -> Made:
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = _extreme(w, lambda b: w.dist(b, bowl), _not_in_bowl(w, bowl))
    if a is None:
        return None
    return (
        f"Would you kindly place whichever block is nearest the {bowl} into that very bowl?",
        rels(Rel("in", a, bowl)),
    )


def q62_rel_grump(w: World) -> Made:
    singles = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    a = w.state.in_bowl(bowl)[0]
    return (
        f"Whatever block's in the {bowl}, get it out and stick it on the table.",
        rels(Rel("on_table", a)),
    )


def q62_rel_caster(w: World) -> Made:
    a = _extreme(w, lambda b: -w.y(b), list(w.blocks))
    if a is None:
        return None
    targets = [b for b in w.blocks if _can_stack(w, a, b)]
    if not targets:
        return None
    b = w.rng.choice(targets)
    return (
        f"The rightmost block is taking a ride on top of the {b}! Look at it go!",
        rels(Rel("on", a, b)),
    )


def q62_rel_picker(w: World) -> Made:
    if not w.pairs():
        return None
    a, under = w.rng.choice(w.pairs())
    p = w.rng.choice(PLACES)
    return f"block under the {a}, move it to the {p}", rels(Rel("at", under, p))


# ----- keep -------------------------------------------------------------------------------------------
def _keeper(w: World, movers: list[str]) -> str | None:
    """A block that can stay put while `movers` move: not above any of them."""
    options = [
        b
        for b in w.blocks
        if b not in movers and not any(b in w.state.above(m) for m in movers)
    ]
    return w.rng.choice(options) if options else None


def q62_keep_lab(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    b = _keeper(w, [a])
    if b is None:
        return None
    p = w.rng.choice(PLACES)
    return (
        f"Move the {a} to the {p}. Constraint: the {b} must not be disturbed.",
        both(rels(Rel("at", a, p)), kept(b)),
    )


def q62_keep_kid(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    b = _keeper(w, [a])
    if b is None:
        return None
    return f"put the {a} in the bin but dont touch the {b} its MINE", both(
        binned([a]), kept(b)
    )


def q62_keep_butler(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    contents = w.state.in_bowl(bowl)
    outside = _not_in_bowl(w, bowl)
    if not outside:
        return None
    a = w.rng.choice(outside)
    return (
        f"Pray leave the {bowl} and its contents exactly as they are, and do put the {a} in the bin.",
        both(binned([a]), kept(*contents)),
    )


def q62_keep_grump(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return f"Don't you touch the {a}. Leave it right where it is. I mean it.", kept(a)


def q62_keep_caster(w: World) -> Made:
    pick = _bowl_and_block(w)
    if pick is None:
        return None
    bowl, b = pick
    a = _keeper(w, [b])
    if a is None:
        return None
    return (
        f"The {a} holds its ground while the {b} makes a run for the {bowl}!",
        both(rels(Rel("in", b, bowl)), kept(a)),
    )


def q62_keep_picker(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    b, c = w.pick(w.blocks, 2)
    a = _keeper(w, [b, c])
    if a is None:
        return None
    return f"{a} stays. {b} and {c} to the bin", both(binned([b, c]), kept(a))


# ----- multi_step -------------------------------------------------------------------------------------
def q62_multi_lab(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    rest = [
        c
        for c in w.blocks
        if c not in (a, b) and c not in _below(w, a) and c not in _below(w, b)
    ]
    if not rest:
        return None
    c = w.rng.choice(rest)
    p = w.rng.choice(PLACES)
    return (
        f"Step 1: stack the {a} on the {b}. Step 2: translate the {c} to the {p}.",
        rels(Rel("on", a, b), Rel("at", c, p)),
    )


def q62_multi_kid(w: World) -> Made:
    pick = _bowl_and_block(w)
    if pick is None:
        return None
    bowl, a = pick
    tops = [b for b in w.blocks if b != a and b not in _below(w, a)]
    if not tops:
        return None
    b = w.rng.choice(tops)
    return (
        f"put the {a} in the {bowl} and then put the {b} on top of it",
        rels(Rel("in", a, bowl), Rel("on", b, a)),
    )


def q62_multi_butler(w: World) -> Made:
    full = [bw for bw in w.bowls if 1 <= len(w.state.in_bowl(bw)) <= _BIN_MAX]
    if not full:
        return None
    bowl = w.rng.choice(full)
    contents = w.state.in_bowl(bowl)
    outside = _not_in_bowl(w, bowl)
    if not outside:
        return None
    a = w.rng.choice(outside)
    return (
        f"Might you first empty the {bowl} into the bin, and thereafter set the {a} in it? Thank you ever so.",
        both(binned(contents), rels(Rel("in", a, bowl))),
    )


def q62_multi_grump(w: World) -> Made:
    if not w.pairs() or len(w.blocks) < 3:
        return None
    a, b = w.rng.choice(w.pairs())
    c = w.rng.choice([x for x in w.blocks if x not in (a, b)])
    p = w.rng.choice(PLACES)
    return (
        f"Take the {a} off the {b}, stick it in the {p}, then bin the {c}. And be quick about it.",
        both(rels(Rel("at", a, p)), binned([c])),
    )


def q62_multi_caster(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    p1, p2 = w.rng.sample(list(PLACES), 2)
    return (
        f"Double play! The {a} breaks for the {p1}, and the {b} heads for the {p2}!",
        rels(Rel("at", a, p1), Rel("at", b, p2)),
    )


def q62_multi_picker(w: World) -> Made:
    options = []
    for bowl, b in [
        (bw, x) for bw in w.bowls if _room(w, bw) for x in _not_in_bowl(w, bw)
    ]:
        for a in w.blocks:
            for c in w.blocks:
                if len({a, b, c}) < 3:
                    continue
                towers = [_below(w, x) for x in (a, b, c)]
                if any(x in t for x in (a, b, c) for t in towers):
                    continue
                options.append((a, bowl, b, c))
    if not options:
        return None
    a, bowl, b, c = w.rng.choice(options)
    return (
        f"bin the {a}, {b} in the {bowl}, {c} on top of the {b}. thx",
        both(binned([a]), rels(Rel("in", b, bowl), Rel("on", c, b))),
    )


# ----- question ---------------------------------------------------------------------------------------
def q62_q_lab(w: World) -> Made:
    options = [
        b
        for b in w.blocks
        if w.state.support[b] == w.state.base(b) or w.state.base(b) == TABLE
    ]
    a = w.rng.choice(options)
    return f"Report the current location of the {a}.", answered(w.state.support[a])


def q62_q_kid(w: World) -> Made:
    return "how many blocks are there altogether?? i counted but i forgot", answered(
        str(len(w.blocks))
    )


def q62_q_butler(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
        return f"Might I enquire whether the {a} is resting upon the {b}?", answered(
            yes(True)
        )
    options = [
        (a, b) for a in w.blocks for b in w.blocks if a != b and b not in _tower(w, a)
    ]
    if not options:
        return None
    a, b = w.rng.choice(options)
    return f"Might I enquire whether the {a} is resting upon the {b}?", answered(
        yes(False)
    )


def q62_q_grump(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"What's in the {bowl}, then? Well?", answered(
        "|".join(w.colour(b) for b in w.state.in_bowl(bowl))
    )


def q62_q_caster(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.rng.choice(w.pairs())
    return f"And what colour, folks, is the block perched on top of the {b}?", answered(
        w.colour(a)
    )


def q62_q_picker(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        return f"{a} in the {bowl}? y/n", answered(yes(True))
    a = w.rng.choice(_not_in_bowl(w, bowl))
    return f"{a} in the {bowl}? y/n", answered(yes(False))


# ----- matching ---------------------------------------------------------------------------------------
def q62_match_lab(w: World) -> Made:
    want = _match_targets(w, w.blocks)
    if want is None:
        return None
    return (
        "Sort by colour: any block whose colour matches one of the bowls goes into that bowl.",
        rels(*want),
    )


def q62_match_kid(w: World) -> Made:
    want = _match_targets(w, w.blocks)
    if want is None:
        return None
    return "put the blocks in the bowls that r the same colour as them", rels(*want)


def q62_match_butler(w: World) -> Made:
    want = _match_targets(w, w.blocks)
    if want is None:
        return None
    missing = [r for r in want if w.state.base(r.block) != r.target]
    r = w.rng.choice(missing)
    if not _room(w, r.target):
        return None
    return (
        f"Would you be good enough to place the {r.block} in the bowl of the very same hue?",
        rels(r),
    )


def q62_match_grump(w: World) -> Made:
    want = _match_targets(w, _on_table(w))
    if want is None:
        return None
    return (
        "Any block lying about on the table that's got a bowl the same colour, in it goes. Honestly.",
        rels(*want),
    )


def q62_match_caster(w: World) -> Made:
    want = _match_targets(w, w.blocks)
    if want is None:
        return None
    return (
        "It's the colour-match showdown: every block races home to the bowl wearing its colours!",
        rels(*want),
    )


def q62_match_picker(w: World) -> Made:
    want = _match_targets(w, w.blocks)
    if want is None:
        return None
    return "colour match: blocks to same colour bowl", rels(*want)


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
_STYLES = ("lab", "kid", "butler", "grump", "caster", "picker")
FRESH62: list[Template] = [
    (f"q62_{short}_{style}", category, globals()[f"q62_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
