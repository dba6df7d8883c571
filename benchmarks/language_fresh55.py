"""`FRESH55`, the fifty-sixth untuned batch: sixty language templates, six per category, in the English of people
whose first language is another one. It was written by a tester who had not read the planner, its tests, the lexicon
or any other batch of templates.

Styles, one template per category each: a French speaker ("the bowl of colour blue", "it is necessary that"), a
Japanese speaker (topic first, no articles or plurals), an Indian English speaker ("kindly", "do the needful",
"itself", "only", "prepone"), a Portuguese or Italian speaker (adjective after the noun, "more near"), a Russian
speaker (few articles, free word order) and an Arabic speaker ("please to put", "the block the red").

Its first run (300 instructions, seed 0, on 413b97d, after every fix of this session and before anything it could
prompt): 0.647 goal-correct (194 of 300), 82 refused, 5 asked, 19 wrong: twelve wrong actions ('the bowl of colour
white' read as the block's own colour, 'two blocks in the bowl of colour purple' put in other bowls, 'X, on top of it
Y should be' stacked the wrong way round, 'to leave the block the orange in its place' moved it) and seven wrong
replies ('W bowl, how many block inside?' answered with the help text, 'How many blocks there are on the table?'
counting only blocks directly on it).
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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

_GROUND = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(w: World, b: str) -> int:
    """How many blocks from the bottom of b's tower up to b, b included."""
    h, s = 1, w.state.support[b]
    while s in w.state.support:
        h, s = h + 1, w.state.support[s]
    return h


def _to_bowl(w: World, b: str | None = None) -> tuple[str, str] | None:
    """A (block, bowl) pair with the block not in that bowl and the bowl with room; None when there is none."""
    blocks = [b] if b else [x for x in w.blocks if w.state.support[x] != BIN]
    options = [(x, bw) for x in blocks for bw in w.bowls if w.state.base(x) != bw and _room(w, bw)]
    return w.rng.choice(options) if options else None


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can sensibly be put on `below`: a free block standing on the table, room left in the tower."""
    s = w.state
    return (top != below and s.is_clear(below) and s.base(below) in _GROUND and below not in s.above(top)
            and s.support[top] != below and _height(w, below) + 1 <= layout.MAX_TOWER
            and s.support[top] != BIN)


def _stack_pair(w: World) -> tuple[str, str] | None:
    options = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    return w.rng.choice(options) if options else None


def _other(w: World, avoid: list[str], cond=None) -> str | None:
    rest = [b for b in w.blocks if b not in avoid and w.state.support[b] != BIN and (cond is None or cond(b))]
    return w.rng.choice(rest) if rest else None


def _matching(w: World) -> Check | None:
    want = matching(w)
    todo = [r for r in want if w.state.base(r.block) != r.target]
    if not want or not todo:
        return None
    if any(not _room(w, r.target, sum(1 for t in todo if t.target == r.target)) for r in todo):
        return None
    return rels(*want)


def _bin_count(state) -> int:
    return sum(1 for b in state.blocks if state.base(b) == BIN)


# ----- imperative ------------------------------------------------------------------------------------
def j55_imp_french(w: World) -> Made:
    p = _to_bowl(w)
    if not p:
        return None
    b, bowl = p
    return f"Put the {_c(w, b)} block in the bowl of colour {_c(w, bowl)}, please.", rels(Rel("in", b, bowl))


def j55_imp_japanese(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    a, b = p
    return f"{_c(w, a).capitalize()} block, please put on {_c(w, b)} block.", rels(Rel("on", a, b))


def j55_imp_indian(w: World) -> Made:
    b = _other(w, [])
    if not b:
        return None
    return f"Kindly throw the {_c(w, b)} block in the bin itself.", rels(Rel("in_bin", b))


def j55_imp_romance(w: World) -> Made:
    b = _other(w, [])
    place = w.rng.choice(list(PLACES))
    if not b or w.state.base(b) == place:
        return None
    return f"Put the block {_c(w, b)} in the {place} of the table.", rels(Rel("at", b, place))


def j55_imp_russian(w: World) -> Made:
    p = _to_bowl(w)
    if not p:
        return None
    b, bowl = p
    return f"In {_c(w, bowl)} bowl put {_c(w, b)} block.", rels(Rel("in", b, bowl))


def j55_imp_arabic(w: World) -> Made:
    options = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not options:
        return None
    b = w.rng.choice(options)
    bowl = w.state.base(b)
    return (f"Please to take the block the {_c(w, b)} out from the bowl the {_c(w, bowl)} and to put it on the table.",
            rels(Rel("on_table", b)))


# ----- declarative -----------------------------------------------------------------------------------
def j55_dec_french(w: World) -> Made:
    p = _to_bowl(w)
    if not p:
        return None
    b, bowl = p
    return (f"It is necessary that the {_c(w, b)} block is in the bowl of colour {_c(w, bowl)}.",
            rels(Rel("in", b, bowl)))


def j55_dec_japanese(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    a, b = p
    return f"{_c(w, b).capitalize()} block, on top of it {_c(w, a)} block should be.", rels(Rel("on", a, b))


def j55_dec_indian(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] not in _GROUND and w.state.support[b] != BIN]
    if not options:
        return None
    b = w.rng.choice(options)
    return f"The {_c(w, b)} block has to be kept on the table only.", rels(Rel("on_table", b))


def j55_dec_romance(w: World) -> Made:
    b = _other(w, [])
    place = w.rng.choice(list(PLACES))
    if not b or w.state.base(b) == place:
        return None
    return f"The block {_c(w, b)} goes in the {place}.", rels(Rel("at", b, place))


def j55_dec_russian(w: World) -> Made:
    b = _other(w, [])
    if not b:
        return None
    return f"{_c(w, b).capitalize()} block must be in bin.", rels(Rel("in_bin", b))


def j55_dec_arabic(w: World) -> Made:
    p = _to_bowl(w)
    if not p:
        return None
    b, bowl = p
    return (f"The block the {_c(w, b)}, it should be inside the bowl the {_c(w, bowl)}.",
            rels(Rel("in", b, bowl)))


# ----- desiderative ----------------------------------------------------------------------------------
def j55_des_french(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    a, b = p
    return (f"I would like that you put the {_c(w, a)} block on the {_c(w, b)} block, if you please.",
            rels(Rel("on", a, b)))


def j55_des_japanese(w: World) -> Made:
    p = _to_bowl(w)
    if not p:
        return None
    b, bowl = p
    return f"I want {_c(w, b)} block in {_c(w, bowl)} bowl, please.", rels(Rel("in", b, bowl))


def j55_des_indian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"I want the {_c(w, top)} block on the table itself, not on top of the {_c(w, below)} block.",
            rels(Rel("on_table", top)))


def j55_des_romance(w: World) -> Made:
    b = _other(w, [])
    if not b:
        return None
    return f"I would like to see the block {_c(w, b)} inside the bin.", rels(Rel("in_bin", b))


def j55_des_russian(w: World) -> Made:
    b = _other(w, [])
    place = w.rng.choice(list(PLACES))
    if not b or w.state.base(b) == place:
        return None
    return f"I want that {_c(w, b)} block is in {place}.", rels(Rel("at", b, place))


def j55_des_arabic(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    a, b = p
    return (f"I want from you to put the block the {_c(w, a)} over the block the {_c(w, b)}.",
            rels(Rel("on", a, b)))


# ----- quantified ------------------------------------------------------------------------------------
def j55_qua_french(w: World) -> Made:
    options = [bw for bw in w.bowls if _room(w, bw, 2)
               and len([b for b in w.blocks if w.state.base(b) != bw and w.state.support[b] != BIN]) >= 2]
    if not options:
        return None
    bowl = w.rng.choice(options)
    n = len(w.state.in_bowl(bowl)) + 2
    return (f"Please put two blocks in the bowl of colour {_c(w, bowl)}, it does not matter which ones.",
            count_in(bowl, n))


def j55_qua_japanese(w: World) -> Made:
    on_table = w.state.on_the_table()
    if len(on_table) < 2:
        return None
    return "Blocks on table, all of them, please put in bin.", binned(on_table)


def j55_qua_indian(w: World) -> Made:
    options = [bw for bw in w.bowls if _room(w, bw, 2)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    free = [b for b in w.blocks if w.state.base(b) != bowl and w.state.support[b] != BIN]
    pair = w.pick(free, 2)
    if not pair:
        return None
    a, b = pair
    return (f"Kindly put both the {_c(w, a)} and {_c(w, b)} blocks in the {_c(w, bowl)} bowl.",
            rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def j55_qua_romance(w: World) -> Made:
    options = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not options or len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(options)
    return f"Put three blocks whichever inside the bowl {_c(w, bowl)}.", count_in(bowl, 3)


def j55_qua_russian(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return ("Take all blocks out from bowls, put them on table.",
            lambda _i, f: all(f.base(b) in _GROUND for b in inside))


def j55_qua_arabic(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or all(w.state.in_bowl(bw) for bw in bowls):
        return None
    free = [b for b in w.blocks if w.state.base(b) not in bowls]
    if len(free) < sum(1 for bw in bowls if not w.state.in_bowl(bw)):
        return None
    return ("Please to put one block in every bowl.",
            lambda _i, f: all(f.in_bowl(bw) for bw in bowls))


# ----- negated ---------------------------------------------------------------------------------------
def j55_neg_french(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b = _other(w, [], lambda x: w.state.base(x) not in w.bowls)
    if not b:
        return None
    avoid = w.rng.choice(w.bowls)
    if not any(_room(w, bw) for bw in w.bowls if bw != avoid):
        return None
    others = [bw for bw in w.bowls if bw != avoid]
    return (f"Put the {_c(w, b)} block in a bowl, but not in the bowl of colour {_c(w, avoid)}.",
            lambda _i, f: f.base(b) in others)


def j55_neg_japanese(w: World) -> Made:
    options = w.in_bowls()
    if not options:
        return None
    b = w.rng.choice(options)
    return (f"{_c(w, b).capitalize()} block, I don't want in bowl. Put on table is OK.",
            lambda _i, f: f.base(b) in _GROUND)


def j55_neg_indian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    p = _to_bowl(w, top)
    if not p:
        return None
    bowl = p[1]
    return ((f"Kindly ensure the {_c(w, top)} block is not sitting on the {_c(w, below)} block, keep it in the "
            f"{_c(w, bowl)} bowl instead."), rels(Rel("in", top, bowl), Rel("on", top, below, negated=True)))


def j55_neg_romance(w: World) -> Made:
    keep = _other(w, [])
    if not keep:
        return None
    rest = [b for b in w.blocks if b != keep and w.state.support[b] != BIN]
    if not rest:
        return None
    return (f"Throw in the bin all the blocks that are not the {_c(w, keep)} one.",
            both(binned(rest), none_binned([keep])))


def j55_neg_russian(w: World) -> Made:
    options = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return f"Make so that in {_c(w, bowl)} bowl there is no blocks.", empty(bowl)


def j55_neg_arabic(w: World) -> Made:
    b = _other(w, [], lambda x: w.state.base(x) in _GROUND)
    if not b or not w.bowls:
        return None
    p = _to_bowl(w, b)
    if not p:
        return None
    return ((f"Please not to throw the block the {_c(w, b)} in the bin, but to put it in the bowl the "
            f"{_c(w, p[1])}."), both(rels(Rel("in", b, p[1])), none_binned([b])))


# ----- relative --------------------------------------------------------------------------------------
def j55_rel_french(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    p = _to_bowl(w, top)
    if not p:
        return None
    return (f"Put the block that is on the {_c(w, below)} block in the bowl of colour {_c(w, p[1])}.",
            rels(Rel("in", top, p[1])))


def j55_rel_japanese(w: World) -> Made:
    options = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not options:
        return None
    bowl = w.rng.choice(options)
    b = w.state.in_bowl(bowl)[0]
    return f"Block which is in {_c(w, bowl)} bowl, please put on table.", rels(Rel("on_table", b))


def j55_rel_indian(w: World) -> Made:
    bowl_colours = {_c(w, bw) for bw in w.bowls}
    options = [b for b in w.blocks if _c(w, b) in bowl_colours and w.state.support[b] != BIN]
    if len(options) != 1:
        return None
    b = options[0]
    return ("The block which is having the same colour as one of the bowls, kindly put that block in the bin.",
            rels(Rel("in_bin", b)))


def j55_rel_romance(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    cands = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) not in (bowl, BIN))
    if not cands or not _room(w, bowl):
        return None
    d0, b = cands[0]
    if w.state.support[b] != TABLE or not w.state.is_clear(b):
        return None
    if len(cands) > 1 and cands[1][0] - d0 < 0.04:
        return None
    return (f"The block that is more near of the bowl {_c(w, bowl)}, put it inside this bowl.",
            rels(Rel("in", b, bowl)))


def j55_rel_russian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"Put in bin block, on which stands {_c(w, top)} block.", rels(Rel("in_bin", below))


def j55_rel_arabic(w: World) -> Made:
    options = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not options:
        return None
    src = w.rng.choice(options)
    b = w.state.in_bowl(src)[0]
    dest = [bw for bw in w.bowls if bw != src and _room(w, bw)]
    if dest:
        dst = w.rng.choice(dest)
        return (f"Please, the block which it is in the bowl the {_c(w, src)}, put it in the bowl the {_c(w, dst)}.",
                rels(Rel("in", b, dst)))
    place = w.rng.choice(list(PLACES))
    return (f"Please, the block which it is in the bowl the {_c(w, src)}, take it and put it in the {place}.",
            rels(Rel("at", b, place)))


# ----- keep ------------------------------------------------------------------------------------------
def j55_keep_french(w: World) -> Made:
    p = _to_bowl(w)
    if not p:
        return None
    b, bowl = p
    stay = _other(w, [b], lambda x: x not in w.state.above(b))
    if not stay:
        return None
    return ((f"Put the {_c(w, b)} block in the {_c(w, bowl)} bowl, please, it is necessary that the {_c(w, stay)} block "
            f"stays where it is."), both(rels(Rel("in", b, bowl)), kept(stay)))


def j55_keep_japanese(w: World) -> Made:
    b = _other(w, [])
    if not b:
        return None
    stay = _other(w, [b], lambda x: x not in w.state.above(b))
    if not stay:
        return None
    return (f"{_c(w, b).capitalize()} block, please put in bin. {_c(w, stay).capitalize()} block, don't touch.",
            both(rels(Rel("in_bin", b)), kept(stay)))


def j55_keep_indian(w: World) -> Made:
    p = _to_bowl(w)
    if not p:
        return None
    b, bowl = p
    stay = _other(w, [b], lambda x: x not in w.state.above(b))
    if not stay:
        return None
    return ((f"Kindly do the needful and keep the {_c(w, b)} block in the {_c(w, bowl)} bowl, but please don't "
            f"disturb the {_c(w, stay)} block."), both(rels(Rel("in", b, bowl)), kept(stay)))


def j55_keep_romance(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    a, b = p
    stay = _other(w, [a, b], lambda x: x not in w.state.above(a))
    if not stay:
        return None
    return (f"Put the block {_c(w, a)} over the block {_c(w, b)}, but leave the block {_c(w, stay)} where it is.",
            both(rels(Rel("on", a, b)), kept(stay)))


def j55_keep_russian(w: World) -> Made:
    b = _other(w, [])
    place = w.rng.choice(list(PLACES))
    if not b or w.state.base(b) == place:
        return None
    stay = _other(w, [b], lambda x: x not in w.state.above(b))
    if not stay:
        return None
    return (f"Move {_c(w, b)} block to {place}, {_c(w, stay)} block leave on its place.",
            both(rels(Rel("at", b, place)), kept(stay)))


def j55_keep_arabic(w: World) -> Made:
    b = _other(w, [])
    if not b:
        return None
    stay = _other(w, [b], lambda x: x not in w.state.above(b))
    if not stay:
        return None
    return ((f"Please to put the block the {_c(w, b)} in the bin and to leave the block the {_c(w, stay)} in its "
            f"place."), both(rels(Rel("in_bin", b)), kept(stay)))


# ----- multi-step ------------------------------------------------------------------------------------
def j55_multi_french(w: World) -> Made:
    p = _to_bowl(w)
    if not p or not _room(w, p[1], 2):
        return None
    a, bowl = p
    b = _other(w, [a], lambda x: w.state.base(x) != bowl)
    if not b:
        return None
    return ((f"First, put the {_c(w, a)} block in the bowl of colour {_c(w, bowl)}, and after, the {_c(w, b)} block "
            f"on the {_c(w, a)} one."), rels(Rel("in", a, bowl), Rel("on", b, a)))


def j55_multi_japanese(w: World) -> Made:
    a = _other(w, [])
    if not a:
        return None
    b = _other(w, [a])
    p = _to_bowl(w, b) if b else None
    if not p:
        return None
    return (f"{_c(w, a).capitalize()} block, put in bin. Then {_c(w, b)} block, put in {_c(w, p[1])} bowl.",
            rels(Rel("in_bin", a), Rel("in", b, p[1])))


def j55_multi_indian(w: World) -> Made:
    a = _other(w, [])
    if not a:
        return None
    b = _other(w, [a])
    p = _to_bowl(w, b) if b else None
    if not p:
        return None
    return ((f"Kindly prepone the {_c(w, a)} block, put it in the bin first itself, and after that keep the "
            f"{_c(w, b)} block in the {_c(w, p[1])} bowl."), rels(Rel("in_bin", a), Rel("in", b, p[1])))


def j55_multi_romance(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    a, b = p
    if _height(w, b) + 2 > layout.MAX_TOWER:
        return None
    c = _other(w, [a, b], lambda x: b not in w.state.above(x) and a not in w.state.above(x))
    if not c:
        return None
    return ((f"Put the block {_c(w, a)} on the block {_c(w, b)} and after put the block {_c(w, c)} on the block "
            f"{_c(w, a)}."), rels(Rel("on", a, b), Rel("on", c, a)))


def j55_multi_russian(w: World) -> Made:
    a = _other(w, [])
    if not a:
        return None
    b = _other(w, [a])
    place = w.rng.choice(list(PLACES))
    if not b or w.state.base(b) == place:
        return None
    return (f"Put {_c(w, a)} block in bin, after that {_c(w, b)} block put in {place}.",
            rels(Rel("in_bin", a), Rel("at", b, place)))


def j55_multi_arabic(w: World) -> Made:
    p = _to_bowl(w)
    if not p:
        return None
    a, bowl = p
    b = _other(w, [a])
    place = w.rng.choice(list(PLACES))
    if not b:
        return None
    return ((f"Please to take the block the {_c(w, a)} and to put it in the bowl the {_c(w, bowl)}, and then to take "
            f"the block the {_c(w, b)} and to put it in the {place}."), rels(Rel("in", a, bowl), Rel("at", b, place)))


# ----- questions -------------------------------------------------------------------------------------
def j55_q_french(w: World) -> Made:
    if not w.bowls:
        return None
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    bowl = w.rng.choice(full if full and w.rng.random() < 0.5 else w.bowls)
    return f"Is there a block in the bowl of colour {_c(w, bowl)}?", answered(yes(bool(w.state.in_bowl(bowl))))


def j55_q_japanese(w: World) -> Made:
    if not w.bowls:
        return None
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    bowl = w.rng.choice(full if full and w.rng.random() < 0.6 else w.bowls)
    return f"{_c(w, bowl).capitalize()} bowl, how many block inside?", answered(str(len(w.state.in_bowl(bowl))))


def j55_q_indian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"What is the colour of the block which is kept on the {_c(w, below)} block?",
            answered(_c(w, top)))


def j55_q_romance(w: World) -> Made:
    return "How many blocks there are on the table?", answered(str(len(w.state.on_the_table())))


def j55_q_russian(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        ab = w.pick(w.blocks, 2)
        if not ab:
            return None
        a, b = ab
    return f"Is {_c(w, a)} block on {_c(w, b)} block?", answered(yes(w.state.support[a] == b))


def j55_q_arabic(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return (f"Please, in which bowl is the block the {_c(w, b)}?",
            answered(f"{_c(w, w.state.base(b))}|bowl"))


# ----- matching --------------------------------------------------------------------------------------
def _match(text: str):
    def make(w: World) -> Made:
        check = _matching(w)
        return (text, check) if check else None
    return make


j55_match_french = _match("Put each block in the bowl of its colour, please.")
j55_match_japanese = _match("Blocks, please put in bowl of same colour.")
j55_match_indian = _match("Kindly put the blocks in their respective coloured bowls.")
j55_match_romance = _match("Put every block inside the bowl of the same color of it.")
j55_match_russian = _match("Put blocks into bowls of same colour as block.")
j55_match_arabic = _match("Please to put every block in the bowl that it has the same colour of it.")

_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("french", "japanese", "indian", "romance", "russian", "arabic")

FRESH55: list[Template] = [
    (f"j55_{short}_{style}", category, globals()[f"j55_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
