"""The twenty-second untuned batch of language templates (`FRESH21`), in six registers spread over the ten categories: a
sleep-deprived parent typing fast (fragments, a few typos, trailing off), a museum tour guide ("if you'll look to
your left", "this piece"), a bureaucratic form being filled in ("Item to be moved: ...", "Destination: ..."), a
speaker whose English follows Chinese word order ("please help me put", "bowl inside have how many block?"), a cowboy
from a western ("y'all", "fixin' to", "reckon", "yonder") and a yoga or meditation instructor ("gently", "let the
block rest in ...", "breathe in"). It was written by a tester who had not read the planner, its tests, the lexicon or
any other batch, and who never ran the planner on it while writing it.

Its first run, before any fix it prompted (300 instructions, seed 0; on 0be404d): goal correct 0.34 (102 of 300); 40
templates missed, 6 of them with the wrong kind of reply (28 instructions), each a request or a question answered with
the list of questions the agent can answer or with the scene: "Reckon you could mosey that blue block on over to the
bottom right corner yonder?", "What I'd love for our visitors to see is X placed in W.", "Round up every last one of
them blocks and herd 'em into W, y'hear?", "See that bowl with X in it? Reckon you oughta put Y in there with it.", 'how
many pieces on display here are stacked on top of another piece?', 'Where in tarnation has that cyan block got to,
partner?'; every other miss a refusal naming the words (165) or a question (5). What it found: a form's fields ('Item
to be moved: X. Destination: W. Reason for request: ...', 'Items NOT to be disturbed: ...'), Chinese word order ('the X
from W inside take out, put on table', 'The X please put into bin', 'The W inside have how many block?'), a cowboy's
drawl ('sittin'', 'oughta', 'where she sits', 'fetch X down off Y'), a yoga teacher's 'let X settle in W', 'as you
breathe out', 'while X stays perfectly still', a tour guide's 'direct your attention to X ... place this piece'. The
general rules it prompted are tested in other words in `tests/agent/test_understanding_fresh21.py`; since then it is
tuned on.
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers ---------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    """The colour word of a block or bowl."""
    return w.colour(name)


def _room(w: World, bowl: str) -> int:
    """How many more blocks the bowl takes."""
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _height(w: World, block: str) -> int:
    """How many blocks make up the tower from its bottom up to and including `block`."""
    n, cur = 1, w.state.support[block]
    while cur in w.state.support:
        n += 1
        cur = w.state.support[cur]
    return n


def _on_table(w: World, block: str) -> bool:
    """Whether the block rests on the table itself (or a named place on it)."""
    return w.state.support[block] in (TABLE, *PLACES)


def _free(w: World) -> list[str]:
    """Clear blocks whose tower stands on the table (not in a bowl, not in the bin)."""
    return [b for b in w.clear_blocks() if w.state.base(b) in (TABLE, *PLACES)]


def _bases(w: World) -> list[str]:
    """Clear blocks standing on the table with room for one more on top."""
    return [b for b in _free(w) if _height(w, b) < layout.MAX_TOWER]


def _solo(w: World, block: str) -> bool:
    """Whether "the <colour> one" can only mean this block (no bowl shares its colour)."""
    return all(_c(w, bw) != _c(w, block) for bw in w.bowls)


def _moves(w: World) -> list[tuple[str, str]]:
    """(block, target) for stacking a free block onto another block with room."""
    return [(b, t) for b in _free(w) for t in _bases(w) if b != t]


def _into(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for putting a free block into a bowl with room."""
    return [(b, bw) for b in _free(w) for bw in w.bowls if _room(w, bw) > 0]


def _where(w: World, block: str) -> str | None:
    """The expected answer words for where a block is, or None when the colours would make it unclear."""
    s = w.state.support[block]
    if s == TABLE:
        return "table"
    if s in PLACES:
        return "|".join(s.split())
    if s in w.state.support or s in w.bowls:
        if _c(w, s) == _c(w, block):
            return None
        return f"{_c(w, s)}|{'block' if s in w.state.support else 'bowl'}"
    return None


def _matching_open(w: World) -> list[Rel]:
    """The colour-matching relations, if at least one is not yet true and every bowl has room for its match."""
    want = matching(w)
    todo = [r for r in want if not holds(r, w.state)]
    if not todo:
        return []
    for bw in w.bowls:
        need = sum(1 for r in todo if r.target == bw)
        if need > _room(w, bw):
            return []
    return want


# ----- imperative ------------------------------------------------------------------------------------
def _x21_imp_parent(w: World) -> Made:
    """Parent: a quick, typo'd request to put one block in a bowl."""
    opts = [(b, bw) for b, bw in _into(w) if _solo(w, b)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return f"ok can u put the {_c(w, b)} one in teh {_c(w, bw)} bowl pls... thx", rels(Rel("in", b, bw))


def _x21_imp_guide(w: World) -> Made:
    """Tour guide: place this piece on top of another."""
    opts = _moves(w)
    if not opts:
        return None
    b, t = w.rng.choice(opts)
    return ((f"Now, if you'll direct your attention to the {_c(w, b)} block here. Lovely piece. If you would, "
            f"kindly place this piece on top of the {_c(w, t)} block."), rels(Rel("on", b, t)))


def _x21_imp_form(w: World) -> Made:
    """Form: one block to the bin."""
    opts = w.clear_blocks()
    if not opts:
        return None
    b = w.rng.choice(opts)
    return ((f"Item to be moved: {_c(w, b)} block. Destination: waste bin. Reason for request: item no longer "
            "required."), binned([b]))


def _x21_imp_chinese(w: World) -> Made:
    """Chinese word order: take a block out of a bowl and put it on the table."""
    opts = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not opts:
        return None
    b = w.rng.choice(opts)
    bw = w.state.base(b)
    return (f"Please help me the {_c(w, b)} block from {_c(w, bw)} bowl inside take out, put on the table.",
            rels(Rel("on_table", b)))


def _x21_imp_cowboy(w: World) -> Made:
    """Cowboy: mosey a block over to a named place."""
    opts = _free(w)
    if not opts:
        return None
    b = w.rng.choice(opts)
    place = w.rng.choice([p for p in PLACES if w.state.support[b] != p])
    where = "the middle of the table" if place == "middle" else f"the {place}"
    return ((f"I'm fixin' to tidy up this here table. Reckon you could mosey that {_c(w, b)} block on over to "
            f"{where} yonder?"), rels(Rel("at", b, place)))


def _x21_imp_yoga(w: World) -> Made:
    """Yoga: lift one block and let it rest on another."""
    opts = _moves(w)
    if not opts:
        return None
    b, t = w.rng.choice(opts)
    return ((f"Gently lift the {_c(w, b)} block. Breathe in. And as you breathe out, let it rest on the "
            f"{_c(w, t)} block."), rels(Rel("on", b, t)))


# ----- declarative -----------------------------------------------------------------------------------
def _x21_decl_parent(w: World) -> Made:
    """Parent: the block goes in the bowl, said as a fact."""
    opts = _into(w)
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return (f"the {_c(w, b)} block goes in the {_c(w, bw)} bowl. thats where it lives. thats the whole thing",
            rels(Rel("in", b, bw)))


def _x21_decl_guide(w: World) -> Made:
    """Tour guide: how the finished exhibit looks."""
    opts = [(b, t) for b, t in _moves(w) if _solo(w, b) and _solo(w, t)]
    if not opts:
        return None
    b, t = w.rng.choice(opts)
    return ((f"In the finished exhibit, ladies and gentlemen, the {_c(w, b)} piece stands directly atop the "
            f"{_c(w, t)} piece."), rels(Rel("on", b, t)))


def _x21_decl_form(w: World) -> Made:
    """Form: the final position of one item is a named place."""
    opts = _free(w)
    if not opts:
        return None
    b = w.rng.choice(opts)
    place = w.rng.choice([p for p in PLACES if w.state.support[b] != p])
    spot = "middle of table" if place == "middle" else f"{place} of table"
    return (f"Item: {_c(w, b)} block. Final position of item upon completion: {spot}.",
            rels(Rel("at", b, place)))


def _x21_decl_chinese(w: World) -> Made:
    """Chinese word order: two blocks are in the bowl."""
    opts = [(bw, pair) for bw in w.bowls if _room(w, bw) >= 2
            for pair in [w.pick(_free(w), 2)] if pair]
    if not opts:
        return None
    bw, (a, b) = w.rng.choice(opts)
    return ((f"The {_c(w, a)} block is in {_c(w, bw)} bowl inside, the {_c(w, b)} block also is in "
            f"{_c(w, bw)} bowl inside."), rels(Rel("in", a, bw), Rel("in", b, bw)))


def _x21_decl_cowboy(w: World) -> Made:
    """Cowboy: that block oughta be on the table, not stacked."""
    opts = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not opts:
        return None
    t, s = w.rng.choice(opts)
    return ((f"That {_c(w, t)} block oughta be sittin' flat on the table, partner, not perched up on the "
            f"{_c(w, s)} one."), rels(Rel("on_table", t)))


def _x21_decl_yoga(w: World) -> Made:
    """Yoga: the block is resting peacefully in the bowl."""
    opts = _into(w)
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return ((f"Breathe in. Picture it: the {_c(w, b)} block is resting peacefully in the {_c(w, bw)} bowl. "
            "Breathe out."), rels(Rel("in", b, bw)))


# ----- desiderative ----------------------------------------------------------------------------------
def _x21_want_parent(w: World) -> Made:
    """Parent: just wants one block in the trash."""
    opts = [b for b in w.clear_blocks() if _solo(w, b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    return f"i just want the {_c(w, b)} one in the trash. thats all. pls. so tired", binned([b])


def _x21_want_guide(w: World) -> Made:
    """Tour guide: what she would love visitors to see."""
    opts = [(b, bw) for b, bw in _into(w) if _solo(w, b)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return (f"What I'd love for our visitors to see is the {_c(w, b)} piece placed in the {_c(w, bw)} bowl.",
            rels(Rel("in", b, bw)))


def _x21_want_form(w: World) -> Made:
    """Form: desired outcome, one block on top of another."""
    opts = _moves(w)
    if not opts:
        return None
    b, t = w.rng.choice(opts)
    return ((f"Request type: relocation. Desired outcome: {_c(w, b)} block placed on top of {_c(w, t)} block. "
            "Urgency: standard."), rels(Rel("on", b, t)))


def _x21_want_chinese(w: World) -> Made:
    """Chinese word order: I want the block put on the other block above."""
    opts = _moves(w)
    if not opts:
        return None
    b, t = w.rng.choice(opts)
    return f"I want the {_c(w, b)} block put on the {_c(w, t)} block above.", rels(Rel("on", b, t))


def _x21_want_cowboy(w: World) -> Made:
    """Cowboy: much obliged if the block ended up at a named place."""
    opts = _free(w)
    if not opts:
        return None
    b = w.rng.choice(opts)
    place = w.rng.choice([p for p in PLACES if p != "middle" and w.state.support[b] != p])
    return (f"I'd be much obliged if that {_c(w, b)} block ended up over yonder in the {place}.",
            rels(Rel("at", b, place)))


def _x21_want_yoga(w: World) -> Made:
    """Yoga: make it so a block finds its home in a bowl."""
    opts = _into(w)
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return ((f"With a soft breath, I invite you to make it so the {_c(w, b)} block finds its home in the "
            f"{_c(w, bw)} bowl."), rels(Rel("in", b, bw)))


# ----- quantified ------------------------------------------------------------------------------------
def _x21_all_parent(w: World) -> Made:
    """Parent: every block that is in a bowl goes in the bin."""
    movers = w.in_bowls()
    if not movers:
        return None
    return "all the blocks in the bowls -> trash. all of em. every single one ugh", binned(movers)


def _x21_all_guide(w: World) -> Made:
    """Tour guide: exactly two pieces in an empty bowl."""
    opts = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not opts or len(w.blocks) < 2:
        return None
    bw = w.rng.choice(opts)
    return ((f"For this display, the {_c(w, bw)} bowl should hold exactly two pieces. Any two you like, "
            "your choice."), count_in(bw, 2))


def _x21_all_form(w: World) -> Made:
    """Form: all blocks in a bowl go to the table."""
    opts = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    movers = w.state.in_bowl(bw)
    return ((f"Items to be moved: all blocks currently located in the {_c(w, bw)} bowl. Destination: table. "
            "Reason for request: bowl required for other use."), rels(*(Rel("on_table", b) for b in movers)))


def _x21_all_chinese(w: World) -> Made:
    """Chinese word order: every empty bowl gets one block."""
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if len(w.bowls) < 2 or not empties:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(bw)) == 1 for bw in empties)

    return "Every empty bowl inside, please help me put one block.", check


def _x21_all_cowboy(w: World) -> Made:
    """Cowboy: round up every block into one bowl."""
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    opts = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) < len(w.blocks)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    return (f"Round up every last one of them blocks and herd 'em into the {_c(w, bw)} bowl, y'hear?",
            rels(*(Rel("in", b, bw) for b in w.blocks)))


def _x21_all_yoga(w: World) -> Made:
    """Yoga: exactly three blocks come to rest in a bowl."""
    opts = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) < 3]
    if not opts or len(w.blocks) < 3:
        return None
    bw = w.rng.choice(opts)
    return ((f"Gently now. Let exactly three blocks come to rest in the {_c(w, bw)} bowl, no more, no fewer. "
            "Breathe."), count_in(bw, 3))


# ----- negated ---------------------------------------------------------------------------------------
def _x21_not_parent(w: World) -> Made:
    """Parent: everything in the bin except one block."""
    if len(w.blocks) > 5:
        return None
    opts = [b for b in w.blocks if _solo(w, b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    rest = [o for o in w.blocks if o != b]
    return (f"everything in the bin except the {_c(w, b)} one. NOT the {_c(w, b)} one its the kids fav",
            both(binned(rest), none_binned([b])))


def _x21_not_guide(w: World) -> Made:
    """Tour guide: every piece other than one into a bowl."""
    opts = []
    for bw in w.bowls:
        for b in w.blocks:
            if w.state.base(b) == bw or not _solo(w, b):
                continue
            others = [o for o in w.blocks if o != b and w.state.base(o) != bw]
            if others and len(others) <= _room(w, bw):
                opts.append((b, bw))
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    others = [o for o in w.blocks if o != b]
    return ((f"Now, if you would, please move every block other than the {_c(w, b)} one into the {_c(w, bw)} "
            "bowl."), both(rels(*(Rel("in", o, bw) for o in others)), rels(Rel("in", b, bw, negated=True))))


def _x21_not_form(w: World) -> Made:
    """Form: a block to any bowl except one."""
    if len(w.bowls) < 2:
        return None
    opts = [(b, bw) for b in _free(w) for bw in w.bowls
            if any(_room(w, o) > 0 for o in w.bowls if o != bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)

    def check(_i: SymState, f: SymState) -> bool:
        return f.base(b) in f.bowls and f.base(b) != bw

    return ((f"Item to be moved: {_c(w, b)} block. Destination: any bowl EXCEPT the {_c(w, bw)} bowl. "
            "Reason for request: not applicable."), check)


def _x21_not_chinese(w: World) -> Made:
    """Chinese word order: the blocks not in a bowl all go into one bowl."""
    loose = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    opts = [bw for bw in w.bowls if loose and len(loose) <= _room(w, bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    return (f"The blocks that are not in bowl, please help me all put into the {_c(w, bw)} bowl.",
            rels(*(Rel("in", b, bw) for b in loose)))


def _x21_not_cowboy(w: World) -> Made:
    """Cowboy: clear a block off without binning anything."""
    opts = [s for _t, s in w.pairs()]
    if not opts:
        return None
    s = w.rng.choice(opts)
    return ((f"Ain't none of these blocks goin' in the bin, y'hear? Just clear off the {_c(w, s)} block so "
            "there ain't nothin' sittin' on it."), both(rels(Rel("clear", s)), none_binned(w.blocks)))


def _x21_not_yoga(w: World) -> Made:
    """Yoga: empty a bowl without sending anything to the bin."""
    opts = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    inside = w.state.in_bowl(bw)
    return ((f"Breathe in. Let the {_c(w, bw)} bowl become empty, gently, without sending a single block to the "
            "bin. Breathe out."), both(empty(bw), none_binned(inside)))


# ----- relative --------------------------------------------------------------------------------------
def _x21_rel_parent(w: World) -> Made:
    """Parent: the one on top of a block goes in the bin."""
    opts = [(t, s) for t, s in w.pairs() if w.state.is_clear(t) and _solo(w, s)]
    if not opts:
        return None
    t, s = w.rng.choice(opts)
    return f"the one on top of the {_c(w, s)} one... put it in the bin. sorry. tired", binned([t])


def _x21_rel_guide(w: World) -> Made:
    """Tour guide: the piece directly beneath a block goes into a bowl."""
    opts = [(t, s, bw) for t, s in w.pairs() for bw in w.bowls if w.state.base(s) != bw and _room(w, bw) > 0]
    if not opts:
        return None
    t, s, bw = w.rng.choice(opts)
    return ((f"Now, the piece directly beneath the {_c(w, t)} block, please move that one into the "
            f"{_c(w, bw)} bowl."), rels(Rel("in", s, bw)))


def _x21_rel_form(w: World) -> Made:
    """Form: the block nearest to a bowl goes to the bin."""
    opts = []
    for bw in w.bowls:
        cands = sorted((w.dist(b, bw), b) for b in w.blocks if w.state.base(b) != bw)
        if not cands:
            continue
        if len(cands) > 1 and cands[1][0] - cands[0][0] < 0.04:
            continue
        b = cands[0][1]
        if w.state.is_clear(b):
            opts.append((b, bw))
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return ((f"Item to be moved: the block located nearest to the {_c(w, bw)} bowl. Destination: bin. "
            "Reason for request: obstruction."), binned([b]))


def _x21_rel_chinese(w: World) -> Made:
    """Chinese word order: the bowl with nothing inside gets a block."""
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if len(empties) != 1:
        return None
    opts = _free(w)
    if not opts:
        return None
    b = w.rng.choice(opts)
    return (f"The bowl inside have nothing, that one. Please help me put the {_c(w, b)} block into it.",
            rels(Rel("in", b, empties[0])))


def _x21_rel_cowboy(w: World) -> Made:
    """Cowboy: the bowl with a given block in it gets another block."""
    opts = [(a, w.state.base(a), b) for a in w.in_bowls() for b in _free(w)
            if _room(w, w.state.base(a)) > 0]
    if not opts:
        return None
    a, bw, b = w.rng.choice(opts)
    return ((f"See that bowl with the {_c(w, a)} block in it? Reckon you oughta put the {_c(w, b)} block in "
            "there with it."), rels(Rel("in", b, bw)))


def _x21_rel_yoga(w: World) -> Made:
    """Yoga: the block at the very top of the tallest tower floats down to the table."""
    towers = [(1 + len(w.state.above(b)), b) for b in w.blocks if w.state.support[b] not in w.state.support]
    towers = [t for t in towers if t[0] >= 2]
    if not towers:
        return None
    towers.sort(reverse=True)
    if len(towers) > 1 and towers[0][0] == towers[1][0]:
        return None
    top = w.state.above(towers[0][1])[0]  # `above` lists top first
    return (("Breathe in. Now let the block at the very top of the tallest tower float gently down to the table. "
            "Breathe out."), rels(Rel("on_table", top)))


# ----- keep ------------------------------------------------------------------------------------------
def _x21_keep_parent(w: World) -> Made:
    """Parent: move one block into a bowl but don't touch another."""
    opts = [(b, bw, k) for b, bw in _into(w) for k in w.blocks if k != b and _solo(w, b) and _solo(w, k)]
    if not opts:
        return None
    b, bw, k = w.rng.choice(opts)
    return ((f"move the {_c(w, b)} one to the {_c(w, bw)} bowl but dont touch the {_c(w, k)} one ok?? just leave "
            "it"), both(rels(Rel("in", b, bw)), kept(k)))


def _x21_keep_guide(w: World) -> Made:
    """Tour guide: leaving one piece where it stands, stack two others."""
    opts = [(b, t, k) for b, t in _moves(w) for k in w.blocks
            if k not in (b, t) and all(_solo(w, x) for x in (b, t, k))]
    if not opts:
        return None
    b, t, k = w.rng.choice(opts)
    return ((f"Leaving the {_c(w, k)} piece exactly where it stands, please move the {_c(w, b)} piece onto the "
            f"{_c(w, t)} piece."), both(rels(Rel("on", b, t)), kept(k)))


def _x21_keep_form(w: World) -> Made:
    """Form: move one block to a named place; two items not to be disturbed."""
    opts = [(b, k) for b in _free(w) for k in [w.pick([o for o in w.blocks if o != b], 2)] if k]
    if not opts:
        return None
    b, (k1, k2) = w.rng.choice(opts)
    place = w.rng.choice([p for p in PLACES if w.state.support[b] != p])
    spot = "middle of table" if place == "middle" else place
    return ((f"Item to be moved: {_c(w, b)} block. Destination: {spot}. Items NOT to be disturbed: "
            f"{_c(w, k1)} block, {_c(w, k2)} block."), both(rels(Rel("at", b, place)), kept(k1, k2)))


def _x21_keep_chinese(w: World) -> Made:
    """Chinese word order: one block into the bin, another don't move."""
    opts = [(b, k) for b in w.clear_blocks() for k in w.blocks if k != b]
    if not opts:
        return None
    b, k = w.rng.choice(opts)
    return (f"The {_c(w, b)} block please put into bin, but the {_c(w, k)} block don't move, keep it there.",
            both(binned([b]), kept(k)))


def _x21_keep_cowboy(w: World) -> Made:
    """Cowboy: leave one block where she sits, fetch another off a tower."""
    opts = [(t, s, k) for t, s in w.pairs() if w.state.is_clear(t) for k in w.blocks if k not in (t, s)]
    if not opts:
        return None
    t, s, k = w.rng.choice(opts)
    return ((f"Leave that {_c(w, k)} block right where she sits. Now fetch the {_c(w, t)} one down off the "
            f"{_c(w, s)} one and set it on the table."), both(rels(Rel("on_table", t)), kept(k)))


def _x21_keep_yoga(w: World) -> Made:
    """Yoga: one block stays perfectly still while another goes into a bowl."""
    opts = [(b, bw, k) for b, bw in _into(w) for k in w.blocks if k != b]
    if not opts:
        return None
    b, bw, k = w.rng.choice(opts)
    return ((f"While the {_c(w, k)} block stays perfectly still, gently guide the {_c(w, b)} block into the "
            f"{_c(w, bw)} bowl."), both(rels(Rel("in", b, bw)), kept(k)))


# ----- multi-step ------------------------------------------------------------------------------------
def _x21_seq_parent(w: World) -> Made:
    """Parent: first one block to the bin, then a stacked block to the table."""
    opts = [(b, t) for t, _s in w.pairs() if w.state.is_clear(t) for b in w.clear_blocks()
            if b != t and _solo(w, b) and _solo(w, t)]
    if not opts:
        return None
    b, t = w.rng.choice(opts)
    return ((f"first the {_c(w, b)} one in the bin. then uh the {_c(w, t)} one on the table. then... thats it i "
            "think"), both(binned([b]), rels(Rel("on_table", t))))


def _x21_seq_guide(w: World) -> Made:
    """Tour guide: two stops, a piece into a bowl and another on top of it."""
    opts = [(b, bw, c) for b, bw in _into(w) if _room(w, bw) >= 2 and _solo(w, b)
            for c in _free(w) if c != b and _solo(w, c)]
    if not opts:
        return None
    b, bw, c = w.rng.choice(opts)
    return ((f"Our little tour has two stops. First, please place the {_c(w, b)} piece in the {_c(w, bw)} bowl. "
            f"Then, place the {_c(w, c)} piece on top of it."), rels(Rel("in", b, bw), Rel("on", c, b)))


def _x21_seq_form(w: World) -> Made:
    """Form: three numbered steps."""
    opts = []
    for bw in w.bowls:
        if _room(w, bw) < 1:
            continue
        free = _free(w)
        if len(free) < 3:
            continue
        a, b, c = w.pick(free, 3)
        opts.append((a, b, c, bw))
    if not opts:
        return None
    a, b, c, bw = w.rng.choice(opts)
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    return ((f"Step 1: Relocate {_c(w, a)} block to bin. Step 2: Relocate {_c(w, b)} block to {place}. "
            f"Step 3: Relocate {_c(w, c)} block to {_c(w, bw)} bowl."),
            both(binned([a]), rels(Rel("at", b, place), Rel("in", c, bw))))


def _x21_seq_chinese(w: World) -> Made:
    """Chinese word order: first take one out of a bowl, then put another in."""
    opts = [(a, w.state.base(a), b) for a in w.clear_blocks() if w.state.base(a) in w.bowls for b in _free(w)]
    if not opts:
        return None
    a, bw, b = w.rng.choice(opts)
    return ((f"First the {_c(w, a)} block from {_c(w, bw)} bowl take out, put on table, then the {_c(w, b)} block "
            "put into that bowl."), rels(Rel("on_table", a), Rel("in", b, bw)))


def _x21_seq_cowboy(w: World) -> Made:
    """Cowboy: first stack, after that bin another."""
    opts = [(b, t, c) for b, t in _moves(w) for c in w.clear_blocks() if c not in (b, t)]
    if not opts:
        return None
    b, t, c = w.rng.choice(opts)
    return ((f"Alright, first off, take the {_c(w, b)} block and set it atop the {_c(w, t)} one. After that, "
            f"toss the {_c(w, c)} block in the bin yonder."), both(rels(Rel("on", b, t)), binned([c])))


def _x21_seq_yoga(w: World) -> Made:
    """Yoga: breathe in with one move, then let another settle at a place."""
    opts = [(b, bw, c) for b, bw in _into(w) for c in _free(w) if c != b]
    if not opts:
        return None
    b, bw, c = w.rng.choice(opts)
    place = w.rng.choice([p for p in PLACES if w.state.support[c] != p])
    spot = "the middle of the table" if place == "middle" else f"the {place}"
    return ((f"Begin by breathing in and lifting the {_c(w, b)} block into the {_c(w, bw)} bowl. Breathe out. "
            f"Next, let the {_c(w, c)} block settle softly in {spot}."),
            rels(Rel("in", b, bw), Rel("at", c, place)))


# ----- questions -------------------------------------------------------------------------------------
def _x21_q_parent(w: World) -> Made:
    """Parent: is one block on top of another (yes or no)."""
    pairs = [(t, s) for t, s in w.pairs() if _solo(w, t) and _solo(w, s)]
    others = [(a, b) for a in w.blocks for b in w.blocks
              if a != b and w.state.support[a] != b and _solo(w, a) and _solo(w, b)]
    if not pairs or not others:
        return None
    a, b = w.rng.choice(pairs if w.rng.random() < 0.5 else others)
    flag = w.state.support[a] == b
    return f"wait is the {_c(w, a)} one on top of the {_c(w, b)} one?? cant see from here", answered(yes(flag))


def _x21_q_guide(w: World) -> Made:
    """Tour guide: how many pieces are stacked on another piece."""
    n = len(w.pairs())
    if n < 1:
        return None
    return (("Ladies and gentlemen, a little quiz: how many pieces on display here are stacked on top of another "
            "piece?"), answered(str(n)))


def _x21_q_form(w: World) -> Made:
    """Form: is a block in a bowl (yes or no)."""
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bw = w.state.base(b)
    else:
        b, bw = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = w.state.base(b) == bw
    return ((f"Query: Is the {_c(w, b)} block currently located in the {_c(w, bw)} bowl? Response required: "
            "yes or no."), answered(yes(flag)))


def _x21_q_chinese(w: World) -> Made:
    """Chinese word order: bowl inside have how many block?"""
    opts = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    return f"The {_c(w, bw)} bowl inside have how many block?", answered(str(len(w.state.in_bowl(bw))))


def _x21_q_cowboy(w: World) -> Made:
    """Cowboy: where in tarnation is that block."""
    opts = [(b, a) for b in w.blocks for a in [_where(w, b)] if a]
    if not opts:
        return None
    b, a = w.rng.choice(opts)
    return f"Where in tarnation has that {_c(w, b)} block got to, partner?", answered(a)


def _x21_q_yoga(w: World) -> Made:
    """Yoga: is anything resting on a block (yes or no)."""
    covered = [s for _t, s in w.pairs()]
    if not covered:
        return None
    b = w.rng.choice(covered) if w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    return (f"Take a slow breath, and simply notice: is anything resting on the {_c(w, b)} block right now?",
            answered(yes(not w.state.is_clear(b))))


# ----- colour matching -------------------------------------------------------------------------------
def _x21_match_parent(w: World) -> Made:
    """Parent: match them up like the toddler toy."""
    want = _matching_open(w)
    if not want:
        return None
    return ("match em up pls. each block in the bowl thats the same color. like the baby toy. u know",
            rels(*want))


def _x21_match_guide(w: World) -> Made:
    """Tour guide: each piece belongs in the bowl that shares its colour."""
    want = _matching_open(w)
    if not want:
        return None
    return (("For our final exhibit, each piece belongs in the bowl that shares its colour. If you would, please "
            "arrange them so."), rels(*want))


def _x21_match_form(w: World) -> Made:
    """Form: sort by colour; blocks without a matching bowl stay put."""
    want = _matching_open(w)
    if not want:
        return None
    matched = {r.block for r in want}
    movers = [r.block for r in want if not holds(r, w.state)]
    rest = [b for b in w.blocks if b not in matched]
    if any(a in rest for m in movers for a in w.state.above(m)):
        return None
    check: Check = both(rels(*want), kept(*rest)) if rest else rels(*want)
    return (("Sorting criterion: colour. Each block to be placed in the bowl of matching colour. Blocks with no "
            "matching bowl: leave in current position."), check)


def _x21_match_chinese(w: World) -> Made:
    """Chinese word order: same colour block put into same colour bowl."""
    want = _matching_open(w)
    if not want:
        return None
    return "Please help me, same color block put into same color bowl.", rels(*want)


def _x21_match_cowboy(w: World) -> Made:
    """Cowboy: sort them like cattle, every block to the bowl of its own colour."""
    want = _matching_open(w)
    if not want:
        return None
    return (("Sort 'em like cattle, partner: every block goes in the bowl of its own color, and y'all can rest "
            "easy."), rels(*want))


def _x21_match_yoga(w: World) -> Made:
    """Yoga: one block rests in the bowl of its own colour."""
    todo = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target) > 0]
    if not todo:
        return None
    r = w.rng.choice(todo)
    return ((f"Breathe in. Let the {_c(w, r.block)} block rest in the bowl of its own colour. Like finds like. "
            "Breathe out."), rels(r))


FRESH21: list[Template] = [
    ("x21_imp_parent", "imperative", _x21_imp_parent),
    ("x21_imp_guide", "imperative", _x21_imp_guide),
    ("x21_imp_form", "imperative", _x21_imp_form),
    ("x21_imp_chinese", "imperative", _x21_imp_chinese),
    ("x21_imp_cowboy", "imperative", _x21_imp_cowboy),
    ("x21_imp_yoga", "imperative", _x21_imp_yoga),
    ("x21_decl_parent", "declarative", _x21_decl_parent),
    ("x21_decl_guide", "declarative", _x21_decl_guide),
    ("x21_decl_form", "declarative", _x21_decl_form),
    ("x21_decl_chinese", "declarative", _x21_decl_chinese),
    ("x21_decl_cowboy", "declarative", _x21_decl_cowboy),
    ("x21_decl_yoga", "declarative", _x21_decl_yoga),
    ("x21_want_parent", "desiderative", _x21_want_parent),
    ("x21_want_guide", "desiderative", _x21_want_guide),
    ("x21_want_form", "desiderative", _x21_want_form),
    ("x21_want_chinese", "desiderative", _x21_want_chinese),
    ("x21_want_cowboy", "desiderative", _x21_want_cowboy),
    ("x21_want_yoga", "desiderative", _x21_want_yoga),
    ("x21_all_parent", "quantified", _x21_all_parent),
    ("x21_all_guide", "quantified", _x21_all_guide),
    ("x21_all_form", "quantified", _x21_all_form),
    ("x21_all_chinese", "quantified", _x21_all_chinese),
    ("x21_all_cowboy", "quantified", _x21_all_cowboy),
    ("x21_all_yoga", "quantified", _x21_all_yoga),
    ("x21_not_parent", "negated", _x21_not_parent),
    ("x21_not_guide", "negated", _x21_not_guide),
    ("x21_not_form", "negated", _x21_not_form),
    ("x21_not_chinese", "negated", _x21_not_chinese),
    ("x21_not_cowboy", "negated", _x21_not_cowboy),
    ("x21_not_yoga", "negated", _x21_not_yoga),
    ("x21_rel_parent", "relative", _x21_rel_parent),
    ("x21_rel_guide", "relative", _x21_rel_guide),
    ("x21_rel_form", "relative", _x21_rel_form),
    ("x21_rel_chinese", "relative", _x21_rel_chinese),
    ("x21_rel_cowboy", "relative", _x21_rel_cowboy),
    ("x21_rel_yoga", "relative", _x21_rel_yoga),
    ("x21_keep_parent", "keep", _x21_keep_parent),
    ("x21_keep_guide", "keep", _x21_keep_guide),
    ("x21_keep_form", "keep", _x21_keep_form),
    ("x21_keep_chinese", "keep", _x21_keep_chinese),
    ("x21_keep_cowboy", "keep", _x21_keep_cowboy),
    ("x21_keep_yoga", "keep", _x21_keep_yoga),
    ("x21_seq_parent", "multi_step", _x21_seq_parent),
    ("x21_seq_guide", "multi_step", _x21_seq_guide),
    ("x21_seq_form", "multi_step", _x21_seq_form),
    ("x21_seq_chinese", "multi_step", _x21_seq_chinese),
    ("x21_seq_cowboy", "multi_step", _x21_seq_cowboy),
    ("x21_seq_yoga", "multi_step", _x21_seq_yoga),
    ("x21_q_parent", "question", _x21_q_parent),
    ("x21_q_guide", "question", _x21_q_guide),
    ("x21_q_form", "question", _x21_q_form),
    ("x21_q_chinese", "question", _x21_q_chinese),
    ("x21_q_cowboy", "question", _x21_q_cowboy),
    ("x21_q_yoga", "question", _x21_q_yoga),
    ("x21_match_parent", "matching", _x21_match_parent),
    ("x21_match_guide", "matching", _x21_match_guide),
    ("x21_match_form", "matching", _x21_match_form),
    ("x21_match_chinese", "matching", _x21_match_chinese),
    ("x21_match_cowboy", "matching", _x21_match_cowboy),
    ("x21_match_yoga", "matching", _x21_match_yoga),
]
