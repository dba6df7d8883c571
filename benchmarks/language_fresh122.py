"""`FRESH122`, the hundred-and-twenty-third untuned batch: sixty language templates, six per category, for the offline planner.

The theme is learner and non-native English, written the way second-language speakers and young learners really
write it: missing or wrong articles ("put red block to blue bowl"), wrong prepositions ("at the bin", "inside of
the bowl"), adjectives after the noun ("the block red"), odd word order and verb forms, plurals that do not agree
("two block in the white bowl"), literal translations ("make that the red block stays", "I want that ..."),
questions without inversion ("the red block is in the bowl?") and a child's spelling. Each style is one kind of
speaker:

- `spanish`: "Put the block red inside of the bowl blue, please."
- `german`: "On the green block comes the yellow block."
- `french`: "The blue block, it is on the red block?"
- `chinese`: "first yellow block put to middle, then green block put on yellow block"
- `hindi`: "Kindly take out the red block and keep it on the table itself."
- `child`: "i dont want nothing on the red blok"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(The permitted grep of the lexicon's constant names also printed two regular-expression lines of it, `_KIND` and
`_SHADE_WORD_RE`; nothing else past the allowed ranges was printed.)

Every check of an action also asks for an empty gripper, and carries the moves a person would make (`moves`, a
tuple of (block, target) pairs) for the batch's own self-check; the planner never sees them.

Its first run (300 instructions, seed 0, on 1e12439, after every fix before it and before anything it could prompt):
0.62 goal-correct (186 of 300), 92 refused, 4 asked, 18 wrong, twelve of them actions: 'Place please X on top from Y'
ended as done, nothing moved (twice); 'Put every block in the bin but no the white block' stacked blocks on the white
block (three times); a question without inversion planned as a move or as done ('The purple block is in the white
bowl?', 'The block red is on the block orange?', 'The orange block, it is on the white block?'; six times); 'green
block below the block, put into orange bowl' moved the green block where the tester meant the block under it (left as
it is: a fair English reading); six wrong replies ('On the blue block is what block?', 'How many blocks lie in W?').
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

# A child's spelling of the colours (each still plain to a patient reader).
_CHILD_COLOUR = {
    "green": "grean",
    "yellow": "yelow",
    "purple": "purpel",
    "blue": "blu",
    "white": "wite",
}


# ----- helpers ----------------------------------------------------------------------------------------
def _hand_free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _intent(check: Check, *moves: tuple[str, str]) -> Check:
    """The check, with an empty gripper at the end, and the moves a person would make (for the self-check)."""
    out = both(check, _hand_free)
    out.moves = moves  # type: ignore[attr-defined]
    return out


def _height(s: SymState, block: str) -> int:
    """How many blocks stand in the tower from its base up to `block`, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stackable(w: World, block: str) -> bool:
    return block in w.clear_blocks() and _height(w.state, block) < layout.MAX_TOWER


def _room(w: World, bowl: str) -> bool:
    return sum(1 for s in w.state.support.values() if s == bowl) < layout.BOWL_CAPACITY


def _col(w: World, name: str) -> str:
    return w.colour(name)


def _kid(w: World, name: str) -> str:
    c = w.colour(name)
    return _CHILD_COLOUR.get(c, c) if w.rng.random() < 0.5 else c


def _short(w: World, block: str) -> str:
    """ "the green one" where no bowl shares the colour, else "the green block"."""
    c = w.colour(block)
    if any(w.colour(b) == c for b in w.bowls):
        return f"the {c} block"
    return w.rng.choice([f"the {c} one", f"the {c}"])


def _on_pair(w: World) -> tuple[str, str] | None:
    """(block, target block): both clear, the target can take one more, the block not already on it."""
    pairs = [
        (a, t)
        for a in w.clear_blocks()
        for t in w.clear_blocks()
        if a != t and _stackable(w, t) and w.state.support[a] != t
    ]
    return w.rng.choice(pairs) if pairs else None


def _block_bowl(w: World) -> tuple[str, str] | None:
    """(clear block, bowl with room) with the block not already in that bowl."""
    pairs = [
        (b, x)
        for x in w.bowls
        if _room(w, x)
        for b in w.clear_blocks()
        if w.state.base(b) != x
    ]
    return w.rng.choice(pairs) if pairs else None


def _off_table(w: World) -> list[str]:
    """Clear blocks that do not stand directly on the table (in a bowl or on a block)."""
    return [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]


def _on_tbl(block: str) -> Check:
    return lambda _i, f: f.base(block) in (TABLE, *PLACES)


def _alone_in(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every bowl that holds exactly one block."""
    return [(w.state.in_bowl(x)[0], x) for x in w.bowls if len(w.state.in_bowl(x)) == 1]


def _referents(w: World) -> list[tuple[str, str, str]]:
    """(block, "in" | "on", anchor): the one block in a bowl, or the block on a block (each unique)."""
    return [(b, "in", x) for b, x in _alone_in(w)] + [
        (top, "on", below) for top, below in w.pairs()
    ]


# ----- imperative -------------------------------------------------------------------------------------
def t122_imp_spanish(w: World) -> Made:
    p = _block_bowl(w)
    if p is None:
        return None
    b, bowl = p
    c, k = _col(w, b), _col(w, bowl)
    text = w.rng.choice(
        [
            f"put {c} block to {k} bowl",
            f"Put the block {c} inside of the bowl {k}, please.",
            f"Put {c} block into the {k} bowl, por favor.",
        ]
    )
    return text, _intent(rels(Rel("in", b, bowl)), (b, bowl))


def t122_imp_german(w: World) -> Made:
    p = _on_pair(w)
    if p is None:
        return None
    a, t = p
    ca, ct = _col(w, a), _col(w, t)
    text = w.rng.choice(
        [
            f"Lay the {ca} block onto the {ct} block.",
            f"Put the {ca} block on the {ct} block, bitte.",
            f"Place please the {ca} block on top from the {ct} block.",
        ]
    )
    return text, _intent(rels(Rel("on", a, t)), (a, t))


def t122_imp_french(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    c = _col(w, b)
    text = w.rng.choice(
        [
            f"Put the {c} block at the bin.",
            f"Throw the block {c} in the bin, please.",
            f"Put the {c} block into the bin, s'il vous plait.",
        ]
    )
    return text, _intent(binned([b]), (b, BIN))


def t122_imp_chinese(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), w.rng.choice(list(PLACES))
    c = _col(w, b)
    text = w.rng.choice(
        [
            f"move {c} block go to {place}",
            f"{c} block put to the {place}",
            f"Please you move {c} block at {place}.",
        ]
    )
    return text, _intent(rels(Rel("at", b, place)), (b, place))


def t122_imp_hindi(w: World) -> Made:
    blocks = _off_table(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    c = _col(w, b)
    if w.state.support[b] in w.bowls:
        out = f"take out the {c} block from the {_col(w, w.state.support[b])} bowl"
    else:
        out = f"take down the {c} block from the {_col(w, w.state.support[b])} block"
    text = w.rng.choice(
        [
            f"Kindly {out} and keep it on the table itself.",
            f"Please {out} and put it on the table.",
            f"Do one thing, {out} and keep it on the table.",
        ]
    )
    return text, _intent(rels(Rel("on_table", b)), (b, TABLE))


def t122_imp_child(w: World) -> Made:
    p = _block_bowl(w)
    if p is None:
        return None
    b, bowl = p
    c, k = _kid(w, b), _kid(w, bowl)
    text = w.rng.choice(
        [
            f"put the {c} blok in the {k} bowl",
            f"pleas put the {c} block in the {k} bowl",
            f"put {c} blok in {k} bowl pleese",
        ]
    )
    return text, _intent(rels(Rel("in", b, bowl)), (b, bowl))


# ----- declarative ------------------------------------------------------------------------------------
def t122_dec_spanish(w: World) -> Made:
    p = _block_bowl(w)
    if p is None:
        return None
    b, bowl = p
    c, k = _col(w, b), _col(w, bowl)
    text = w.rng.choice(
        [
            f"The {c} block must to go in the {k} bowl.",
            f"The block {c} has to be in the bowl {k}.",
            f"The {c} block goes inside of the {k} bowl.",
        ]
    )
    return text, _intent(rels(Rel("in", b, bowl)), (b, bowl))


def t122_dec_german(w: World) -> Made:
    p = _on_pair(w)
    if p is None:
        return None
    a, t = p
    ca, ct = _col(w, a), _col(w, t)
    text = w.rng.choice(
        [
            f"The {ca} block comes on the {ct} block.",
            f"On the {ct} block comes the {ca} block.",
            f"The {ca} block belongs on the {ct} block.",
        ]
    )
    return text, _intent(rels(Rel("on", a, t)), (a, t))


def t122_dec_french(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    c = _col(w, b)
    text = w.rng.choice(
        [
            f"The {c} block, it goes at the bin.",
            f"The block {c} must go to the bin.",
            f"The place of the {c} block is in the bin.",
        ]
    )
    return text, _intent(binned([b]), (b, BIN))


def t122_dec_chinese(w: World) -> Made:
    p = _on_pair(w)
    if p is None:
        return None
    a, t = p
    ca, ct = _col(w, a), _col(w, t)
    text = w.rng.choice(
        [
            f"{ca} block must on {ct} block.",
            f"{ca} block need be on top of {ct} block",
            f"The {ca} block should on the {ct} block.",
        ]
    )
    return text, _intent(rels(Rel("on", a, t)), (a, t))


def t122_dec_hindi(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), w.rng.choice(list(PLACES))
    c = _col(w, b)
    text = w.rng.choice(
        [
            f"The {c} block should be there in the {place}.",
            f"The {c} block is supposed to be kept at the {place}.",
            f"Actually the {c} block has to be in the {place} only.",
        ]
    )
    return text, _intent(rels(Rel("at", b, place)), (b, place))


def t122_dec_child(w: World) -> Made:
    p = _on_pair(w)
    if p is None:
        return None
    a, t = p
    ca, ct = _kid(w, a), _kid(w, t)
    text = w.rng.choice(
        [
            f"the {ca} blok gos on top of the {ct} blok",
            f"the {ca} block has to go on the {ct} block",
            f"{ca} blok gose on the {ct} blok",
        ]
    )
    return text, _intent(rels(Rel("on", a, t)), (a, t))


# ----- desiderative -----------------------------------------------------------------------------------
def t122_des_spanish(w: World) -> Made:
    p = _on_pair(w)
    if p is None:
        return None
    a, t = p
    ca = _col(w, a)
    text = w.rng.choice(
        [
            f"I want that the {ca} block is on {_short(w, t)}.",
            f"I would like that the {ca} block is on top of {_short(w, t)}.",
            f"I want that you put the block {ca} over the block {_col(w, t)}.",
        ]
    )
    return text, _intent(rels(Rel("on", a, t)), (a, t))


def t122_des_german(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    c = _col(w, b)
    text = w.rng.choice(
        [
            f"I would like that the {c} block is in the bin.",
            f"I wish me the {c} block in the bin.",
            f"It would be nice when the {c} block is in the bin.",
        ]
    )
    return text, _intent(binned([b]), (b, BIN))


def t122_des_french(w: World) -> Made:
    p = _block_bowl(w)
    if p is None:
        return None
    b, bowl = p
    c, k = _col(w, b), _col(w, bowl)
    text = w.rng.choice(
        [
            f"I would like the block {c} in the bowl {k}, please.",
            f"I would want that the {c} block is in the {k} bowl.",
            f"I desire that the {c} block is inside the {k} bowl.",
        ]
    )
    return text, _intent(rels(Rel("in", b, bowl)), (b, bowl))


def t122_des_chinese(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), w.rng.choice(list(PLACES))
    c = _col(w, b)
    text = w.rng.choice(
        [
            f"I want {c} block go to {place}.",
            f"I hope {c} block at {place}",
            f"I want the {c} block is in {place}, thank you",
        ]
    )
    return text, _intent(rels(Rel("at", b, place)), (b, place))


def t122_des_hindi(w: World) -> Made:
    p = _block_bowl(w)
    if p is None:
        return None
    b, bowl = p
    c, k = _col(w, b), _col(w, bowl)
    text = w.rng.choice(
        [
            f"I want that the {c} block should come in the {k} bowl.",
            f"My wish is that the {c} block should be kept inside the {k} bowl.",
            f"I am wanting the {c} block in the {k} bowl.",
        ]
    )
    return text, _intent(rels(Rel("in", b, bowl)), (b, bowl))


def t122_des_child(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    c = _kid(w, b)
    text = w.rng.choice(
        [
            f"i want the {c} blok in the bin",
            f"i wont the {c} block to be in the bin pleas",
            f"i want the {c} blok in the bin becaus i dont like it",
        ]
    )
    return text, _intent(binned([b]), (b, BIN))


# ----- quantified -------------------------------------------------------------------------------------
def t122_qua_spanish(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > 5:
        return None
    text = w.rng.choice(
        [
            "Put all the blocks to the bin.",
            "All block goes to the bin.",
            "Put all the blocks in the bin, all of them.",
        ]
    )
    return text, _intent(binned(blocks), *((b, BIN) for b in blocks))


def t122_qua_german(w: World) -> Made:
    bowls = [x for x in w.bowls if not w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    loose = [b for b in w.clear_blocks() if w.state.base(b) not in w.bowls]
    if len(loose) < 2:
        return None
    k = _col(w, bowl)
    text = w.rng.choice(
        [
            f"Put two block in the {k} bowl.",
            f"Two blocks in the {k} bowl, please.",
            f"Give two of the blocks into the {k} bowl.",
        ]
    )
    return text, _intent(count_in(bowl, 2), *((b, bowl) for b in w.pick(loose, 2)))


def t122_qua_french(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) < len(w.blocks)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    k = _col(w, bowl)
    text = w.rng.choice(
        [
            f"Put all the blocks inside of the {k} bowl.",
            f"Put the blocks all in the bowl {k}.",
            f"Put every blocks in the {k} bowl, please.",
        ]
    )
    moves = [(b, bowl) for b in w.blocks if w.state.base(b) != bowl]
    return text, _intent(rels(*(Rel("in", b, bowl) for b in w.blocks)), *moves)


def _in_bin3(_i: SymState, f: SymState) -> bool:
    return sum(1 for b in f.blocks if f.base(b) == BIN) == 3


def t122_qua_chinese(w: World) -> Made:
    blocks = w.clear_blocks()
    if len(blocks) < 3:
        return None
    text = w.rng.choice(
        [
            "three block put in bin",
            "Take three blocks, put into bin.",
            "3 block to the bin please",
        ]
    )
    return text, _intent(_in_bin3, *((b, BIN) for b in w.pick(blocks, 3)))


def t122_qua_hindi(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    k = _col(w, bowl)
    if len(inside) == 2:
        them = f"Both the blocks of the {k} bowl, put them on the table."
    else:
        them = (
            f"Whatever blocks are there in the {k} bowl, put all of them on the table."
        )
    text = w.rng.choice(
        [
            f"Take out all the blocks from the {k} bowl and keep them on the table.",
            them,
            f"Kindly remove all blocks from {k} bowl and keep on the table itself.",
        ]
    )
    return text, _intent(
        both(*(_on_tbl(b) for b in inside)), *((b, TABLE) for b in inside)
    )


def t122_qua_child(w: World) -> Made:
    away = [b for b in w.blocks if w.state.base(b) in w.bowls]
    if not away:
        return None
    text = w.rng.choice(
        [
            "put all the bloks on the tabel",
            "put evry block on the table",
            "all the blocks go on the tabel pleas",
        ]
    )
    return text, _intent(
        both(*(_on_tbl(b) for b in w.blocks)), *((b, TABLE) for b in away)
    )


# ----- negated ----------------------------------------------------------------------------------------
def t122_neg_spanish(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    c = _col(w, x)
    text = w.rng.choice(
        [
            f"Put all the blocks in the bin, no the {c} one.",
            f"All the blocks to the bin except the {c} block, this one no.",
            f"Put every block in the bin but no the {c} block.",
        ]
    )
    moves = [(b, BIN) for b in rest]
    if (
        w.state.support[x] in w.state.support
    ):  # the kept-out block has to come off what goes in the bin
        moves.insert(0, (x, TABLE))
    return text, _intent(both(binned(rest), none_binned([x])), *moves)


def t122_neg_german(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    c, k = _col(w, b), _col(w, bowl)
    text = w.rng.choice(
        [
            f"The {c} block should not be in the {k} bowl anymore.",
            f"Take the {c} block out from the {k} bowl, it must not stay inside.",
            f"The {c} block may not more be in the {k} bowl.",
        ]
    )
    return text, _intent(lambda _i, f: f.base(b) != bowl, (b, TABLE))


def t122_neg_french(w: World) -> Made:
    p = _on_pair(w)
    if p is None:
        return None
    a, t = p
    others = [k for k in w.blocks if k not in (a, t)]
    if not others:
        return None
    k = w.rng.choice(others)
    ca, ct, ck = _col(w, a), _col(w, t), _col(w, k)
    text = w.rng.choice(
        [
            f"Don't touch the {ck} block, and put the {ca} block on the {ct} block.",
            f"Without to touch the {ck} block, put the {ca} block over the {ct} block.",
            f"Put the {ca} block on the {ct} block, but the {ck} block, you don't move it.",
        ]
    )
    return text, _intent(both(rels(Rel("on", a, t)), kept(k)), (a, t))


def t122_neg_chinese(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    k = _col(w, bowl)
    text = w.rng.choice(
        [
            f"{k} bowl inside no block, take all out",
            f"make {k} bowl not have any block",
            f"I don't want blocks in {k} bowl, take out them",
        ]
    )
    return text, _intent(empty(bowl), *((b, TABLE) for b in w.state.in_bowl(bowl)))


def t122_neg_hindi(w: World) -> Made:
    p = _on_pair(w)
    if p is None:
        return None
    a, t = p
    others = [
        u
        for u in w.clear_blocks()
        if u not in (a, t) and _stackable(w, u) and w.state.support[a] != u
    ]
    if not others:
        return None
    u = w.rng.choice(others)
    ca, ct, cu = _col(w, a), _col(w, t), _col(w, u)
    text = w.rng.choice(
        [
            f"Put the {ca} block on the {ct} block, not on the {cu} block.",
            f"Place the {ca} block on top of the {ct} block only, not on top of the {cu} block.",
            f"The {ca} block should not go on the {cu} block, kindly put it on the {ct} block.",
        ]
    )
    return text, _intent(rels(Rel("on", a, t)), (a, t))


def t122_neg_child(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.base(below) != BIN]
    if not pairs:
        return None
    _top, below = w.rng.choice(pairs)
    c = _kid(w, below)
    text = w.rng.choice(
        [
            f"i dont want nothing on the {c} blok",
            f"no blocks on top of the {c} blok pleas",
            f"take evrything off the {c} block, nothing on it",
        ]
    )
    above = w.state.above(below)
    return text, _intent(rels(Rel("clear", below)), *((b, TABLE) for b in above))


# ----- relative ---------------------------------------------------------------------------------------
def t122_rel_spanish(w: World) -> Made:
    refs = _referents(w)
    if not refs:
        return None
    b, rel, anchor = w.rng.choice(refs)
    a = _col(w, anchor)
    where = f"inside of the {a} bowl" if rel == "in" else f"on top of the {a} block"
    text = w.rng.choice(
        [
            f"The block that is {where}, put it at the bin.",
            f"Put the block what is {where} to the bin.",
            f"The block that there is {where}, throw it in the bin.",
        ]
    )
    return text, _intent(binned([b]), (b, BIN))


def t122_rel_german(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.base(below) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    c = _col(w, below)
    text = w.rng.choice(
        [
            f"Put the block which lies on the {c} block onto the table.",
            f"The block that on the {c} block lies, put it on the table.",
            f"Take the block which on the {c} block stands and set it on the table.",
        ]
    )
    return text, _intent(rels(Rel("on_table", top)), (top, TABLE))


def _extreme(w: World, side: str) -> str | None:
    """The block farthest to one side, if it stands alone (clear, not on a block) and clearly apart."""
    ys = sorted(((w.y(b), b) for b in w.blocks), reverse=side == "right")
    (y0, b), rest = ys[0], ys[1:]
    if not rest or abs(rest[0][0] - y0) < 0.05:
        return None
    if not w.state.is_clear(b) or w.state.support[b] in w.state.support:
        return None
    return b


def t122_rel_french(w: World) -> Made:
    opts = [
        (side, b, x)
        for side in ("left", "right")
        if (b := _extreme(w, side)) is not None
        for x in w.bowls
        if _room(w, x) and w.state.base(b) != x
    ]
    if not opts:
        return None
    side, b, bowl = w.rng.choice(opts)
    k = _col(w, bowl)
    text = w.rng.choice(
        [
            f"Take the block which is the most at {side} and put it in the {k} bowl.",
            f"The block the more to the {side}, put it inside the bowl {k}.",
            f"Put the block who is the most on the {side} in the {k} bowl.",
        ]
    )
    return text, _intent(rels(Rel("in", b, bowl)), (b, bowl))


def t122_rel_chinese(w: World) -> Made:
    opts = [
        (top, below, x)
        for top, below in w.pairs()
        for x in w.bowls
        if w.state.base(below) not in (BIN, x) and _room(w, x)
    ]
    if not opts:
        return None
    top, below, bowl = w.rng.choice(opts)
    ct, k = _col(w, top), _col(w, bowl)
    text = w.rng.choice(
        [
            f"the block under {ct} block, move to {k} bowl",
            f"{ct} block below the block, put into {k} bowl",
            f"Which block is under the {ct} block, that one put in {k} bowl.",
        ]
    )
    return text, _intent(rels(Rel("in", below, bowl)), (below, bowl))


def t122_rel_hindi(w: World) -> Made:
    tops = [b for b in w.clear_blocks() if w.state.support[b] in w.state.support]
    if len(tops) != 1:
        return None
    top = tops[0]
    text = w.rng.choice(
        [
            "The block which is on the top of the tower, put that one in the bin.",
            "Whichever block is kept on top of the tower, kindly put it in the bin.",
            "The topmost block of the tower, that you put in the bin.",
        ]
    )
    return text, _intent(binned([top]), (top, BIN))


def t122_rel_child(w: World) -> Made:
    opts = [
        (b, rel, anchor, t)
        for b, rel, anchor in _referents(w)
        for t in w.clear_blocks()
        if t not in (b, anchor) and t not in w.state.above(b) and _stackable(w, t)
    ]
    if not opts:
        return None
    b, rel, anchor, t = w.rng.choice(opts)
    a, ct = _kid(w, anchor), _kid(w, t)
    where = f"in the {a} bowl" if rel == "in" else f"on the {a} blok"
    text = w.rng.choice(
        [
            f"the blok that is {where} put it on the {ct} blok",
            f"put the block wich is {where} on top of the {ct} block",
            f"the one {where} gos on the {ct} blok",
        ]
    )
    return text, _intent(rels(Rel("on", b, t)), (b, t))


# ----- keep -------------------------------------------------------------------------------------------
def t122_keep_spanish(w: World) -> Made:
    keep = [
        k
        for k in w.blocks
        if w.state.support[k] not in w.state.support and w.state.base(k) != BIN
    ]
    if not keep:
        return None
    k = w.rng.choice(keep)
    rest = [b for b in w.blocks if b != k]
    c = _col(w, k)
    text = w.rng.choice(
        [
            f"Make that the {c} block stays where it is, and the other blocks put them in the bin.",
            f"The {c} block leave it where it is, the rest of blocks to the bin.",
            f"Put all the other blocks in the bin, but the {c} block must to stay in its place.",
        ]
    )
    return text, _intent(both(kept(k), binned(rest)), *((b, BIN) for b in rest))


def t122_keep_german(w: World) -> Made:
    p = _block_bowl(w)
    if p is None:
        return None
    a, bowl = p
    others = [k for k in w.blocks if k != a]
    if not others:
        return None
    k = w.rng.choice(others)
    ca, cb, ck = _col(w, a), _col(w, bowl), _col(w, k)
    text = w.rng.choice(
        [
            f"The {ck} block stays on its place! Put the {ca} block in the {cb} bowl.",
            f"Put the {ca} block into the {cb} bowl, but the {ck} block remains where it is.",
            f"The {ck} block you let stand. The {ca} block comes in the {cb} bowl.",
        ]
    )
    return text, _intent(both(kept(k), rels(Rel("in", a, bowl))), (a, bowl))


def t122_keep_french(w: World) -> Made:
    p = _on_pair(w)
    if p is None:
        return None
    a, k = p
    ca, ck = _col(w, a), _col(w, k)
    text = w.rng.choice(
        [
            f"Let the {ck} block at its place and put the {ca} block on it.",
            f"Leave the {ck} block there, don't move it, and put the {ca} block on top of it.",
            f"The {ck} block stays where it is; you put the {ca} block on him.",
        ]
    )
    return text, _intent(both(kept(k), rels(Rel("on", a, k))), (a, k))


def t122_keep_chinese(w: World) -> Made:
    opts = [
        (k, x)
        for x in w.bowls
        for k in w.state.in_bowl(x)
        if w.state.support[k] == x and len(w.state.in_bowl(x)) >= 2
    ]
    if not opts:
        movers = w.clear_blocks()
        if len(movers) < 2:
            return None
        a, k = w.pick(movers, 2)
        place = w.rng.choice(list(PLACES))
        ca, ck = _col(w, a), _col(w, k)
        text = w.rng.choice(
            [
                f"{ck} block don't move. {ca} block put to {place}.",
                f"{ck} block keep there, you move {ca} block to {place}",
            ]
        )
        return text, _intent(both(kept(k), rels(Rel("at", a, place))), (a, place))
    k, bowl = w.rng.choice(opts)
    ck, cb = _col(w, k), _col(w, bowl)
    text = w.rng.choice(
        [
            f"{ck} block keep in {cb} bowl, other blocks take out from {cb} bowl",
            f"{ck} block don't move, it stay in {cb} bowl. Other block in {cb} bowl, put outside",
            f"Only {ck} block can stay in {cb} bowl, take out the others blocks.",
        ]
    )
    others = [b for b in w.state.in_bowl(bowl) if b != k]
    check = both(kept(k), lambda _i, f: f.in_bowl(bowl) == [k])
    return text, _intent(check, *((b, TABLE) for b in others))


def t122_keep_hindi(w: World) -> Made:
    blocks = w.clear_blocks()
    if len(blocks) < 2:
        return None
    a = w.rng.choice(blocks)
    k = w.rng.choice([b for b in w.blocks if b != a])
    ca, ck = _col(w, a), _col(w, k)
    text = w.rng.choice(
        [
            f"Keep the {ck} block as it is and put the {ca} block in the bin.",
            f"Let the {ck} block remain there only, just put the {ca} block in the bin.",
            f"Don't disturb the {ck} block, put the {ca} block into the bin.",
        ]
    )
    return text, _intent(both(kept(k), binned([a])), (a, BIN))


def t122_keep_child(w: World) -> Made:
    blocks = _off_table(w)
    if not blocks:
        return None
    a = w.rng.choice(blocks)
    k = w.rng.choice([b for b in w.blocks if b != a])
    ca, ck = _kid(w, a), _kid(w, k)
    text = w.rng.choice(
        [
            f"leave the {ck} blok alone and put the {ca} blok on the tabel",
            f"dont move the {ck} block. put the {ca} block on the table",
            f"the {ck} blok stays there but the {ca} blok gos on the table",
        ]
    )
    return text, _intent(both(kept(k), rels(Rel("on_table", a))), (a, TABLE))


# ----- multi-step -------------------------------------------------------------------------------------
def t122_multi_spanish(w: World) -> Made:
    p = _block_bowl(w)
    if p is None:
        return None
    b, bowl = p
    firsts = [a for a in w.clear_blocks() if a != b]
    if not firsts:
        return None
    a = w.rng.choice(firsts)
    ca, cb, k = _col(w, a), _col(w, b), _col(w, bowl)
    text = w.rng.choice(
        [
            f"First put the {ca} block in the bin and after put the {cb} block in the {k} bowl.",
            f"First the {ca} block to the bin, and after that the {cb} block inside of the {k} bowl.",
            f"Put the {ca} block at the bin, and then you put the {cb} block in the bowl {k}.",
        ]
    )
    check = both(binned([a]), rels(Rel("in", b, bowl)))
    return text, _intent(check, (a, BIN), (b, bowl))


def _chain(low: str, mid: str, top: str) -> Check:
    return lambda _i, f: (
        f.support[mid] == low
        and f.support[top] == mid
        and f.base(low) not in (BIN, GRIPPER)
    )


def t122_multi_german(w: World) -> Made:
    lows = [b for b in w.clear_blocks() if _height(w.state, b) <= layout.MAX_TOWER - 2]
    if not lows or len(w.clear_blocks()) < 3:
        return None
    low = w.rng.choice(lows)
    mid, top = w.pick([b for b in w.clear_blocks() if b != low], 2)
    cl, cm, ct = _col(w, low), _col(w, mid), _col(w, top)
    text = w.rng.choice(
        [
            f"Build a tower: the {cl} block down, on it the {cm} block and the {ct} block up.",
            f"Make the tower with {cl} below, {cm} over it and {ct} at the top.",
            f"Do the tower with the {cl} block down, then the {cm} block, then the {ct} block up.",
        ]
    )
    return text, _intent(_chain(low, mid, top), (mid, low), (top, mid))


def t122_multi_french(w: World) -> Made:
    p = _block_bowl(w)
    if p is None:
        return None
    a, bowl = p
    seconds = [b for b in w.clear_blocks() if b != a]
    if not seconds:
        return None
    b = w.rng.choice(seconds)
    ca, cb, k = _col(w, a), _col(w, b), _col(w, bowl)
    text = w.rng.choice(
        [
            f"Take the {ca} block, put it in the bowl {k}, then take {_short(w, b)} and put it on {_short(w, a)}.",
            f"First the {ca} block goes inside the {k} bowl, and after, the {cb} block goes on the {ca} block.",
            f"Put the block {ca} in the bowl {k} and then the block {cb} on the block {ca}.",
        ]
    )
    check = rels(Rel("in", a, bowl), Rel("on", b, a))
    return text, _intent(check, (a, bowl), (b, a))


def t122_multi_chinese(w: World) -> Made:
    blocks = w.clear_blocks()
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    place = w.rng.choice(list(PLACES))
    ca, cb = _col(w, a), _col(w, b)
    text = w.rng.choice(
        [
            f"first {ca} block put to {place}, then {cb} block put on {ca} block",
            f"{ca} block move to {place} first, after {cb} block on top of {ca} block",
            f"First you put {ca} block at {place}. Then {cb} block put on it.",
        ]
    )
    check = rels(Rel("at", a, place), Rel("on", b, a))
    return text, _intent(check, (a, place), (b, a))


def t122_multi_hindi(w: World) -> Made:
    pairs = [
        (top, below)
        for top, below in w.pairs()
        if w.state.is_clear(top) and w.state.base(below) != BIN
    ]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    ct, cb = _col(w, top), _col(w, below)
    text = w.rng.choice(
        [
            f"Firstly remove the {ct} block from the {cb} block and then put the {cb} block in the bin.",
            f"First take off the {ct} block from the {cb} block, after that the {cb} block you put in the bin.",
            f"Kindly first remove {ct} block from top of {cb} block, then {cb} block put into bin.",
        ]
    )
    check = both(binned([below]), lambda _i, f: f.support[top] != below)
    return text, _intent(check, (top, TABLE), (below, BIN))


def t122_multi_child(w: World) -> Made:
    blocks = w.clear_blocks()
    if len(blocks) < 3:
        return None
    three = w.pick(blocks, 3)
    a, b, c = (_kid(w, x) for x in three)
    text = w.rng.choice(
        [
            f"put the {a} block in the bin and then the {b} block and then the {c} block",
            f"frist the {a} blok in the bin then the {b} blok then the {c} blok",
            f"put {a} blok in the bin and then {b} blok and then {c} blok in the bin to",
        ]
    )
    return text, _intent(binned(three), *((x, BIN) for x in three))


# ----- questions --------------------------------------------------------------------------------------
def t122_q_spanish(w: World) -> Made:
    opts = [
        (b, x)
        for b in w.blocks
        for x in w.bowls
        if w.state.base(b) != x or w.state.support[b] == x
    ]
    if not opts:
        return None
    inside = [(b, x) for b, x in opts if w.state.support[b] == x]
    b, bowl = w.rng.choice(inside if inside and w.rng.random() < 0.5 else opts)
    c, k = _col(w, b), _col(w, bowl)
    text = w.rng.choice(
        [
            f"The {c} block is in the {k} bowl?",
            f"The block {c} is inside the bowl {k}, yes or no?",
            f"The {c} block it is in the {k} bowl or not?",
        ]
    )
    return text, answered(yes(w.state.base(b) == bowl))


def t122_q_german(w: World) -> Made:
    bowls = [
        x
        for x in w.bowls
        if w.state.in_bowl(x)
        and all(w.state.support[b] == x for b in w.state.in_bowl(x))
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    k = _col(w, bowl)
    text = w.rng.choice(
        [
            f"How many blocks there are in the {k} bowl?",
            f"How many blocks lie in the {k} bowl?",
            f"How much blocks are in the {k} bowl?",
        ]
    )
    return text, answered(str(len(w.state.in_bowl(bowl))))


def t122_q_french(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, t = w.rng.choice(pairs)
    else:
        others = [
            (a, t)
            for a in w.blocks
            for t in w.blocks
            if a != t and t not in _below(w.state, a)
        ]
        if not others:
            return None
        a, t = w.rng.choice(others)
    ca, ct = _col(w, a), _col(w, t)
    text = w.rng.choice(
        [
            f"The {ca} block, it is on the {ct} block?",
            f"The block {ca} is on the block {ct}?",
            f"The {ca} block is on top of the {ct} block, or not?",
        ]
    )
    return text, answered(yes(w.state.support[a] == t))


def _below(s: SymState, block: str) -> list[str]:
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def t122_q_chinese(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    cb = _col(w, below)
    text = w.rng.choice(
        [
            f"{cb} block on top is which block?",
            f"What block is on {cb} block?",
            f"On the {cb} block is what block?",
        ]
    )
    return text, answered(f"{_col(w, top)} block")


def t122_q_hindi(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    ct = _col(w, top)
    text = w.rng.choice(
        [
            f"The {ct} block is kept on which block?",
            f"On which block the {ct} block is kept?",
            f"The {ct} block is sitting on top of which block, tell me.",
        ]
    )
    return text, answered(f"{_col(w, below)} block")


def t122_q_child(w: World) -> Made:
    refs = _referents(w)
    if not refs:
        return None
    b, rel, anchor = w.rng.choice(refs)
    a = _kid(w, anchor)
    where = f"in the {a} bowl" if rel == "in" else f"on top of the {a} blok"
    text = w.rng.choice(
        [
            f"wich blok is {where}?",
            f"what block is {where}",
            f"whats {where}",
        ]
    )
    return text, answered(f"{_col(w, b)} block")


# ----- matching ---------------------------------------------------------------------------------------
def _match_ok(w: World) -> list[Rel] | None:
    """The colour-matching relations, if some are not true yet and every matching bowl has room."""
    want = matching(w)
    todo = [r for r in want if w.state.base(r.block) != r.target]
    if not todo or any(not _room(w, r.target) for r in todo):
        return None
    if any(w.state.base(r.block) == BIN for r in want):
        return None
    return want


def _match_moves(w: World, want: list[Rel]) -> list[tuple[str, str]]:
    todo = [(r.block, r.target) for r in want if w.state.base(r.block) != r.target]
    moved = {b for b, _ in todo}
    # a block already home on one that has to leave comes off with it, and goes back afterwards
    back = [
        (r.block, r.target)
        for r in want
        if r.block not in moved and moved & set(_below(w.state, r.block))
    ]
    return todo + back


def t122_match_spanish(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "Put each block in the bowl of his same colour.",
            "Every block put it in the bowl with the same colour than it.",
            "Put the blocks in the bowls of the same colour that them.",
        ]
    )
    return text, _intent(rels(*want), *_match_moves(w, want))


def t122_match_german(w: World) -> Made:
    want = [r for r in (_match_ok(w) or []) if w.state.base(r.block) != r.target]
    if not want:
        return None
    r = w.rng.choice(want)
    k = _col(w, r.target)
    text = w.rng.choice(
        [
            f"In the {k} bowl comes the block with the same colour.",
            f"Put into the {k} bowl the block which has the same colour.",
            f"The block that has the colour of the {k} bowl, put it there inside.",
        ]
    )
    return text, _intent(rels(r), (r.block, r.target))


def t122_match_french(w: World) -> Made:
    want = [r for r in (_match_ok(w) or []) if w.state.base(r.block) != r.target]
    if not want:
        return None
    r = w.rng.choice(want)
    c = _col(w, r.block)
    text = w.rng.choice(
        [
            f"Put the block {c} in the bowl of the same colour.",
            f"The {c} block, put it inside of the bowl who has the same colour.",
            f"Put the {c} block in the bowl of its colour, please.",
        ]
    )
    return text, _intent(rels(r), (r.block, r.target))


def t122_match_chinese(w: World) -> Made:
    colours = {w.colour(x) for x in w.bowls}
    odd = [b for b in w.blocks if w.colour(b) not in colours]
    same = [b for b in w.blocks if w.colour(b) in colours]
    if not odd or not same or len(odd) > 5:
        return None
    text = w.rng.choice(
        [
            "block not same colour with any bowl, all put into bin",
            "The blocks which colour no bowl have, put them to bin.",
            "If block colour not same like a bowl, throw it in bin.",
        ]
    )
    return text, _intent(both(binned(odd), none_binned(same)), *((b, BIN) for b in odd))


def t122_match_hindi(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "Whichever block is having the same colour as a bowl, put it in that bowl.",
            "Kindly put each block in its own colour bowl.",
            "Every block should go in the bowl of same colour as that block.",
        ]
    )
    return text, _intent(rels(*want), *_match_moves(w, want))


def t122_match_child(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "put the blocks in the bowls that are the same coler",
            "put evry blok in the bowl with the same colour as it",
            "the bloks go in the bowls that are the same colur",
        ]
    )
    return text, _intent(rels(*want), *_match_moves(w, want))


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
_STYLES = ("spanish", "german", "french", "chinese", "hindi", "child")
FRESH122: list[Template] = [
    (f"t122_{short}_{style}", category, globals()[f"t122_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
