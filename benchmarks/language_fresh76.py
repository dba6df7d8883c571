"""`FRESH76`, the seventy-seventh untuned batch: sixty language templates, six per category, for the offline planner.

Theme: ordinary people who mix a little of everything (a request with a reference by position or colour, a count, an
exception, something to leave alone, a follow-up step, or a question), each said the way that person would say it.
The six styles, one per template in every category:

- short: short and direct ("Put the red block in the blue bowl.");
- polite: polite and long ("Hello there! When you have a moment, please stack the red block on top of the green
  block. Thank you very much, no rush at all.");
- casual: casual, with slang ("toss the red block in the bin real quick lol");
- why: explaining why ("Move the red block to the top left corner, I want it out of the way.");
- correct: correcting themselves once ("Put the red block on the green block, no wait, on the blue block.");
- ask: asking as a question ("Can you take the red block off the green block and put it on the table?").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5690a94, after every fix before it and before anything it could prompt):
0.82 goal-correct (246 of 300), 39 refused, 0 asked, 15 wrong: ten wrong actions ('Put the rightmost block on W. No
wait, I mean the leftmost one.' took back the target instead; 'Keep X where it is, because I've lined it up just right,
and move Y to the corner.' dropped the move with the reason) and five wrong replies ('Do you know which block is
furthest to the right?' answered with the help text).
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
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel

_GAP = 0.03  # metres: closer than this is a near-tie for "leftmost", "closest" and the like


# ----- helpers ----------------------------------------------------------------------------------------
def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _level(w: World, block: str) -> int:
    """How high `block` sits in its tower (1 = at the bottom)."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n += 1
        s = w.state.support[s]
    return n


def _stackable(w: World, top: str, below: str, extra: int = 1) -> bool:
    """`top` (clear) can go on `below` (clear), and `extra` blocks on it still fit in a tower."""
    return top != below and _level(w, below) + extra <= layout.MAX_TOWER


def _loose(w: World) -> list[str]:
    """Clear blocks that are not in a bowl (nor in the bin)."""
    return [b for b in w.clear_blocks() if w.state.base(b) not in w.bowls]


def _into(w: World, bowl: str) -> list[str]:
    """Clear blocks that could be put into `bowl` (not already in it)."""
    return [b for b in w.clear_blocks() if w.state.base(b) != bowl]


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _extreme(w: World, right: bool) -> str | None:
    """The one block furthest left (or right), clearly so; None if it is a near-tie or part of a tower."""
    cands = sorted(
        (b for b in w.blocks if w.state.base(b) != BIN and b != w.state.held),
        key=w.y,
        reverse=right,
    )
    if len(cands) < 2 or abs(w.y(cands[0]) - w.y(cands[1])) < _GAP:
        return None
    return cands[0]


def _colour_bowl(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


# ----- imperative -------------------------------------------------------------------------------------
def t76_imp_short(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a = w.pick(_into(w, bowl))
    if not a or _room(w, bowl) < 1:
        return None
    return f"Put the {a[0]} in the {bowl}.", rels(Rel("in", a[0], bowl))


def t76_imp_polite(w: World) -> Made:
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or not _stackable(w, ab[0], ab[1]):
        return None
    a, b = ab
    return (
        f"Hello there! When you have a moment, please stack the {a} on top of the {b}. "
        "Thank you very much, no rush at all."
    ), rels(Rel("on", a, b))


def t76_imp_casual(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    return f"toss the {a[0]} in the bin real quick lol", binned(a)


def t76_imp_why(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    p = w.rng.choice(list(PLACES))
    return f"Move the {a[0]} to {_place(p)}, I want it out of the way.", rels(
        Rel("at", a[0], p)
    )


def t76_imp_correct(w: World) -> Made:
    abc = w.pick(w.clear_blocks(), 3)
    if not abc or not _stackable(w, abc[0], abc[2]):
        return None
    a, b, c = abc
    return f"Put the {a} on the {b}, no wait, on the {c}.", rels(Rel("on", a, c))


def t76_imp_ask(w: World) -> Made:
    pair = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not pair:
        return None
    a, b = pair[0]
    return f"Can you take the {a} off the {b} and put it on the table?", rels(
        Rel("on_table", a)
    )


# ----- declarative ------------------------------------------------------------------------------------
def t76_dec_short(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a = w.pick(_into(w, bowl))
    if not a or _room(w, bowl) < 1:
        return None
    return f"The {a[0]} goes in the {bowl}.", rels(Rel("in", a[0], bowl))


def t76_dec_polite(w: World) -> Made:
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or not _stackable(w, ab[0], ab[1]):
        return None
    a, b = ab
    return (
        f"Just so you know, the {a} is meant to be sitting on top of the {b}. "
        "I'd be grateful if you could set that up for me. Thanks ever so much!"
    ), rels(Rel("on", a, b))


def t76_dec_casual(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    return f"ugh that {a[0]} is junk, it goes in the bin", binned(a)


def t76_dec_why(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    p = w.rng.choice(list(PLACES))
    return (
        f"The {a[0]} needs to be in {_place(p)}, because that's where I always look for it.",
        rels(Rel("at", a[0], p)),
    )


def t76_dec_correct(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    wrong, right = w.pick(w.bowls, 2)
    a = w.pick(_into(w, right))
    if not a or _room(w, right) < 1:
        return None
    return f"The {a[0]} goes in the {wrong}. Sorry, I meant the {right}.", rels(
        Rel("in", a[0], right)
    )


def t76_dec_ask(w: World) -> Made:
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or not _stackable(w, ab[0], ab[1]):
        return None
    a, b = ab
    return f"The {a} should be on the {b}, can you do that?", rels(Rel("on", a, b))


# ----- desiderative -----------------------------------------------------------------------------------
def t76_des_short(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    return f"I want the {a[0]} in the bin.", binned(a)


def t76_des_polite(w: World) -> Made:
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or not _stackable(w, ab[0], ab[1]):
        return None
    a, b = ab
    return (
        f"I would really love it if the {a} could end up on top of the {b}, whenever you get a chance. "
        "Thank you so much!"
    ), rels(Rel("on", a, b))


def t76_des_casual(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a = w.pick(_into(w, bowl))
    if not a or _room(w, bowl) < 1:
        return None
    return f"i wanna see the {a[0]} in the {bowl}, k thx", rels(Rel("in", a[0], bowl))


def t76_des_why(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    return (
        f"I'd like the {a[0]} moved to the middle of the table, because I want to take a photo of it.",
        rels(Rel("at", a[0], "middle")),
    )


def t76_des_correct(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or not _stackable(w, ab[0], ab[1]) or w.state.base(ab[0]) == bowl:
        return None
    a, b = ab
    return (
        f"I need the {a} in the {bowl}... actually no, I need it on top of the {b}.",
        rels(Rel("on", a, b)),
    )


def t76_des_ask(w: World) -> Made:
    off = [
        b
        for b in w.clear_blocks()
        if w.state.support[b] in w.state.support or w.state.base(b) in w.bowls
    ]
    a = w.pick(off)
    if not a:
        return None
    return f"Could I get the {a[0]} on the table, please?", rels(Rel("on_table", a[0]))


# ----- quantified -------------------------------------------------------------------------------------
def t76_qua_short(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl or len(w.blocks) < 3:
        return None
    return f"Put two blocks in the {bowl[0]}.", count_in(bowl[0], 2)


def t76_qua_polite(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return (
        "Hello! When you get a chance, please put every single block on the table into the bin. "
        "Many thanks, I really appreciate it."
        if not w.in_bowls()
        else "Hello! When you get a chance, please put every single block into the bin, including the ones in the "
        "bowls. Many thanks, I really appreciate it."
    ), binned(w.blocks)


def t76_qua_casual(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    rest = [b for b in w.blocks if b not in inside]
    return (
        f"dump everything that's in the {bowl[0]} into the bin lol",
        both(binned(inside), none_binned(rest)),
    )


def t76_qua_why(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    them = "them" if len(inside) > 1 else "it"
    text = f"Take everything out of the {bowl[0]} and put {them} on the table, because I need that bowl for something else."
    return text, both(rels(*(Rel("on_table", b) for b in inside)), empty(bowl[0]))


def t76_qua_correct(w: World) -> Made:
    if len([b for b in w.blocks if w.state.base(b) != BIN]) < 3:
        return None
    check: Check = lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 2
    return "Drop three of the blocks in the bin. Actually, make that two.", check


def t76_qua_ask(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    src = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not src:
        return None
    inside = w.state.in_bowl(src[0])
    dst = w.pick([b for b in w.bowls if b != src[0] and _room(w, b) >= len(inside)])
    if not dst:
        return None
    return (
        f"Could you move everything from the {src[0]} into the {dst[0]}?",
        rels(*(Rel("in", b, dst[0]) for b in inside)),
    )


# ----- negated ----------------------------------------------------------------------------------------
def t76_neg_short(w: World) -> Made:
    a = w.pick(w.blocks)
    rest = [b for b in w.blocks if b not in a]
    if not a or len(rest) > 5:
        return None
    return f"Put every block except the {a[0]} in the bin.", both(
        binned(rest), none_binned(a)
    )


def t76_neg_polite(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    not_this = w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != not_this and _room(w, b) >= 1]
    a = w.pick(_loose(w))
    if not a or not others:
        return None
    a0 = a[0]
    text = f"I'd be very grateful if you would put the {a0} into one of the bowls, just not the {not_this}, please. Thank you!"
    return text, lambda _i, f: f.held != a0 and f.base(a0) in others


def t76_neg_casual(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a = w.pick(_into(w, bowl))
    if not a or _room(w, bowl) < 1:
        return None
    return f"nah don't bin the {a[0]}, stick it in the {bowl} instead", rels(
        Rel("in", a[0], bowl)
    )


def t76_neg_why(w: World) -> Made:
    pair = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not pair:
        return None
    a, b = pair[0]
    return (
        f"The {a} shouldn't be sitting on the {b}, because it keeps sliding off. Please move it somewhere else.",
        rels(Rel("on", a, b, negated=True), Rel("held", a, negated=True)),
    )


def t76_neg_correct(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab:
        return None
    a, b = ab
    rest = [x for x in w.blocks if x != b]
    if len(rest) > 5:
        return None
    return (
        f"Bin everything but the {a}. Wait, no, everything but the {b}.",
        both(binned(rest), none_binned([b])),
    )


def t76_neg_ask(w: World) -> Made:
    clear = w.clear_blocks()
    a = w.pick([b for b in clear if w.state.support[b] not in w.state.support])
    if not a or len(clear) < 3:
        return None
    not_this = w.rng.choice([b for b in clear if b != a[0]])
    ok = [b for b in clear if b not in (a[0], not_this) and _stackable(w, a[0], b)]
    if not ok:
        return None
    a0 = a[0]
    blocks = set(w.blocks)
    return (
        f"Can you put the {a0} on top of one of the other blocks, just not the {not_this}?",
        lambda _i, f: f.support[a0] in blocks and f.support[a0] != not_this,
    )


# ----- relative ---------------------------------------------------------------------------------------
def t76_rel_short(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    return f"Put the block that's on the {below} in the bin.", binned([top])


def t76_rel_polite(w: World) -> Made:
    left = _extreme(w, right=False)
    bowl = w.rng.choice(w.bowls)
    if (
        left is None
        or not w.state.is_clear(left)
        or w.state.base(left) == bowl
        or _room(w, bowl) < 1
    ):
        return None
    return (
        f"Hello! If you don't mind, please put the block that's furthest to the left into the {bowl}. "
        "Thanks a ton!"
    ), rels(Rel("in", left, bowl))


def t76_rel_casual(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    x = w.state.in_bowl(bowl[0])[0]
    b = w.pick([c for c in w.clear_blocks() if _stackable(w, x, c)])
    if not b:
        return None
    return (
        f"grab the block chillin in the {bowl[0]} and stick it on the {b[0]}",
        rels(Rel("on", x, b[0])),
    )


def t76_rel_why(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if _room(w, bowl) < 1:
        return None
    cands = sorted(
        (
            b
            for b in w.blocks
            if w.state.base(b) not in (bowl, BIN) and b != w.state.held
        ),
        key=lambda b: w.dist(b, bowl),
    )
    if len(cands) < 2 or w.dist(cands[1], bowl) - w.dist(cands[0], bowl) < _GAP:
        return None
    x = cands[0]
    if not w.state.is_clear(x) or w.state.support[x] in w.state.support:
        return None
    return (
        f"Move the block closest to the {bowl} into it, since it's nearly there already.",
        rels(Rel("in", x, bowl)),
    )


def t76_rel_correct(w: World) -> Made:
    left, right = _extreme(w, right=False), _extreme(w, right=True)
    if left is None or right is None or not w.state.is_clear(left):
        return None
    b = w.pick([c for c in w.clear_blocks() if c != right and _stackable(w, left, c)])
    if not b:
        return None
    return (
        f"Put the rightmost block on the {b[0]}. No wait, I mean the leftmost one.",
        rels(Rel("on", left, b[0])),
    )


def t76_rel_ask(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    p = w.rng.choice(list(PLACES))
    return f"Can you move the block that's under the {top} to {_place(p)}?", rels(
        Rel("at", below, p)
    )


# ----- keep -------------------------------------------------------------------------------------------
def _under_or_other(w: World, a: str) -> str | None:
    """The block `a` rests on if any, else another block chosen at random."""
    s = w.state.support[a]
    if s in w.state.support:
        return s
    other = w.pick([b for b in w.blocks if b != a])
    return other[0] if other else None


def t76_keep_short(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    b = _under_or_other(w, a[0])
    if b is None:
        return None
    return f"Put the {a[0]} in the bin and leave the {b} alone.", both(
        binned(a), kept(b)
    )


def t76_keep_polite(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a = w.pick(_into(w, bowl))
    if not a or _room(w, bowl) < 1:
        return None
    rest = [b for b in w.blocks if b != a[0]]
    return (
        f"Hello there. Please move the {a[0]} into the {bowl}, but I'd appreciate it if everything else "
        "stayed exactly where it is. Thank you so much!"
    ), both(rels(Rel("in", a[0], bowl)), kept(*rest))


def t76_keep_casual(w: World) -> Made:
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or not _stackable(w, ab[0], ab[1]):
        return None
    a, b = ab
    c = w.pick([x for x in w.blocks if x not in ab])
    if not c:
        return None
    return (
        f"stick the {a} on the {b} but don't mess with the {c[0]}, k?",
        both(rels(Rel("on", a, b)), kept(c[0])),
    )


def t76_keep_why(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    a = _under_or_other(w, b[0])
    if a is None:
        return None
    p = w.rng.choice(list(PLACES))
    return (
        f"Keep the {a} where it is, because I've lined it up just right, and move the {b[0]} to {_place(p)}.",
        both(rels(Rel("at", b[0], p)), kept(a)),
    )


def t76_keep_correct(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    b = _under_or_other(w, a[0])
    if b is None:
        return None
    return (
        f"Put the {a[0]} and the {b} in the bin. Actually, keep the {b}; just bin the {a[0]}.",
        both(binned(a), kept(b)),
    )


def t76_keep_ask(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a = w.pick(_into(w, bowl))
    if not a or _room(w, bowl) < 1:
        return None
    b = _under_or_other(w, a[0])
    if b is None:
        return None
    return (
        f"Can you put the {a[0]} in the {bowl} without moving the {b}?",
        both(rels(Rel("in", a[0], bowl)), kept(b)),
    )


# ----- multi-step -------------------------------------------------------------------------------------
def t76_multi_short(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or w.state.base(ab[0]) == bowl or _room(w, bowl) < 2:
        return None
    a, b = ab
    return (
        f"Put the {a} in the {bowl}, then stack the {b} on the {a}.",
        rels(Rel("in", a, bowl), Rel("on", b, a)),
    )


def t76_multi_polite(w: World) -> Made:
    pair = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not pair:
        return None
    a, b = pair[0]
    return (
        f"First, please lift the {a} off the {b}, and after that put the {b} in the bin. "
        "Thank you very much for your help!"
    ), both(binned([b]), none_binned([a]))


def t76_multi_casual(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or w.state.base(ab[0]) == bowl or _room(w, bowl) < 1:
        return None
    a, b = ab
    return (
        f"grab the {a}, drop it in the {bowl}, then chuck the {b} in the bin",
        both(rels(Rel("in", a, bowl)), binned([b])),
    )


def t76_multi_why(w: World) -> Made:
    abc = w.pick(w.clear_blocks(), 3)
    if not abc or not _stackable(w, abc[1], abc[2]):
        return None
    a, b, c = abc
    p = w.rng.choice(list(PLACES))
    return (
        f"Move the {a} to {_place(p)} first so it's out of the way, and then stack the {b} on the {c}.",
        rels(Rel("at", a, p), Rel("on", b, c)),
    )


def t76_multi_correct(w: World) -> Made:
    abd = w.pick(w.clear_blocks(), 3)
    if not abd or not _stackable(w, abd[0], abd[1], extra=2):
        return None
    a, b, d = abd
    c = w.pick([x for x in w.blocks if x not in abd])
    if not c:
        return None
    return (
        f"Put the {a} on the {b}, then the {c[0]} on top of that. No, wait, the {d} on top of that.",
        rels(Rel("on", a, b), Rel("on", d, a)),
    )


def t76_multi_ask(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or w.state.base(ab[1]) == bowl or _room(w, bowl) < 1:
        return None
    a, b = ab
    return (
        f"Could you put the {a} in the bin and then move the {b} into the {bowl}?",
        both(binned([a]), rels(Rel("in", b, bowl))),
    )


# ----- question ---------------------------------------------------------------------------------------
def t76_q_short(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
    else:
        a = w.rng.choice(w.blocks)
    bowl = (
        w.state.base(a)
        if a in inside and w.rng.random() < 0.7
        else w.rng.choice(w.bowls)
    )
    return f"Is the {a} in the {bowl}?", answered(yes(w.state.base(a) == bowl))


def t76_q_polite(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    n = len(w.state.in_bowl(bowl[0]))
    return (
        f"Excuse me, would you please tell me how many blocks are in the {bowl[0]} at the moment? Thank you.",
        answered(str(n)),
    )


def t76_q_casual(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    return f"yo what colour's the block sitting on the {below}?", answered(
        w.colour(top)
    )


def t76_q_why(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a = w.rng.choice(pairs)[1]
    else:
        a = w.rng.choice(w.blocks)
    return (
        f"I'm deciding what to clear first, so: is there anything stacked on the {a}?",
        answered(yes(not w.state.is_clear(a))),
    )


def t76_q_correct(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, c = w.rng.choice(pairs)
    else:
        ac = w.pick(w.blocks, 2)
        if not ac:
            return None
        a, c = ac
    if a in w.state.above(c) and w.state.support[a] != c:
        return None
    b = w.pick([x for x in w.blocks if x not in (a, c)])
    if not b:
        return None
    return f"Is the {a} on the {b[0]}? Sorry, I meant on the {c}.", answered(
        yes(w.state.support[a] == c)
    )


def t76_q_ask(w: World) -> Made:
    right = _extreme(w, right=True)
    if right is None:
        return None
    return "Do you know which block is furthest to the right?", answered(
        w.colour(right)
    )


# ----- matching ---------------------------------------------------------------------------------------
def _matches(w: World) -> list[Rel] | None:
    """The colour matches, when at least one is still to be made."""
    want = matching(w)
    if not want or all(w.state.base(r.block) == r.target for r in want):
        return None
    return want


def t76_match_short(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    return "Put each block in the bowl that's the same colour.", rels(*want)


def t76_match_polite(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    return (
        "Hello! Please put every block that has a bowl of the same colour into that bowl. "
        "Thank you ever so much, I really appreciate it."
    ), rels(*want)


def t76_match_casual(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    return "sort the blocks into the bowls by colour, ez", rels(*want)


def t76_match_why(w: World) -> Made:
    a = w.pick(
        [b for b in w.blocks if (c := _colour_bowl(w, b)) and w.state.base(b) != c]
    )
    if not a:
        return None
    bowl = _colour_bowl(w, a[0])
    assert bowl is not None
    return (
        f"Put the {a[0]} in the bowl that matches its colour, since I'm sorting everything by colour.",
        rels(Rel("in", a[0], bowl)),
    )


def t76_match_correct(w: World) -> Made:
    a = w.pick(
        [b for b in w.blocks if (c := _colour_bowl(w, b)) and w.state.base(b) != c]
    )
    if not a or len(w.bowls) < 2:
        return None
    bowl = _colour_bowl(w, a[0])
    assert bowl is not None
    wrong = w.rng.choice([b for b in w.bowls if b != bowl])
    return (
        f"Put the {a[0]} in the {wrong}, no, sorry, in the bowl that's the same colour as it.",
        rels(Rel("in", a[0], bowl)),
    )


def t76_match_ask(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if any(b in w.state.above(m) for m in movers for b in rest):
        return None
    check: Check = both(rels(*want), kept(*rest))
    return (
        "Can you put each block in the bowl of its own colour and leave the rest where they are?",
        check,
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
_STYLES = ("short", "polite", "casual", "why", "correct", "ask")

FRESH76: list[Template] = [
    (f"t76_{short}_{style}", category, globals()[f"t76_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
