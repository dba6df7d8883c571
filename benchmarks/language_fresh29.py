"""`FRESH29`, the thirtieth untuned batch: sixty language templates, six per category, about ordinary users of six
more kinds typing everyday English into a robot chat window. It was written by a tester who had not read the
planner, its tests, the lexicon or any other batch of templates.

Each category has one template per style: an office worker tidying a desk (plain and polite, "could you",
"I need"); a robotics hobbyist ("grab", "drop", "place", "pose", "pick-and-place"); a warehouse supervisor (short
orders, "move", "load", "clear", numbers); a hesitant person who hedges ("maybe", "I guess", "if possible", "I think",
"kind of"); a Spanish speaker writing English (Spanish word order and false friends, "the block red", "put it over
the table"); and someone who explains why ("because", "so that", "since": reasons that do not change the goal).

Its first run, before any fix it prompted (300 instructions, seed 0; on c3748b5): goal correct 0.75 (225 of 300); 15
templates missed, 1 of them with a wrong kind of reply (5 instructions): 'Pink bowl contents?' (answered with the list
of questions); every other miss a refusal (70). What it found: purposes and reasons ('so that I can reach it', 'so
it's easier for me to find them later', 'since the table is getting crowded', 'so the desk is less cluttered'), a
hobbyist's 'quick pick-and-place test:' label, 'the block blue', 'over the block', 'the bowl with its colour', "I don't
think X should be in W", "I'd rather the blue block stayed put, I think", 'but the cube blue leave it where it is', 'on
the table? like nothing stacked and nothing in bowls', 'In which bowl is X?', 'Is W empty? I want to put something in
it.', 'I think I saw a blue block earlier... is there one? not sure'. The general rules it prompted are tested in other
words in `tests/agent/test_understanding_fresh29.py`; since then it is tuned on.
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


# ----- helpers --------------------------------------------------------------------------------------
def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _flat(s, b: str) -> bool:
    """Resting directly on the table (or one of its named places)."""
    return s.support[b] in (TABLE, *PLACES)


def _depth(w: World, b: str) -> int:
    """How many blocks b's tower holds up to and including b."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _into(w: World) -> tuple[str, str] | None:
    """(block, bowl): a loose block not yet in a bowl with room."""
    bowls = [o for o in w.bowls if _room(w, o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    blocks = [b for b in _loose(w) if w.state.base(b) != bowl]
    return (w.pick(blocks)[0], bowl) if blocks else None


def _stack(w: World) -> tuple[str, str] | None:
    """(top, below): top can sensibly be put on below, not already there."""
    loose = _loose(w)
    if len(loose) < 2:
        return None
    a, b = w.pick(loose, 2)
    if w.state.support[a] == b or b in w.state.above(a) or _depth(w, b) >= layout.MAX_TOWER:
        return None
    return a, b


def _place(w: World) -> tuple[str, str] | None:
    """(block, place): a loose block not at that place."""
    loose = _loose(w)
    if not loose:
        return None
    b, p = w.pick(loose)[0], w.pick(list(PLACES))[0]
    return None if w.state.base(b) == p else (b, p)


def _raised(w: World) -> list[str]:
    """Loose blocks not resting directly on the table: on a block or in a bowl."""
    return [b for b in _loose(w) if not _flat(w.state, b)]


def _pair(w: World) -> tuple[str, str] | None:
    pairs = w.pairs()
    return w.pick(pairs)[0] if pairs else None


def _only_in(w: World) -> tuple[str, str] | None:
    """(block, bowl) for a bowl holding exactly one block."""
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return w.state.in_bowl(bowl)[0], bowl


def _undisturbed(w: World, *movers: str) -> list[str]:
    """Loose blocks that moving `movers` need not disturb: not movers, not above a mover."""
    above = {x for m in movers for x in w.state.above(m)}
    return [b for b in _loose(w) if b not in movers and b not in above]


def _match(w: World) -> Check | None:
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return None
    return rels(*want)


def _c(w: World, name: str) -> str:
    return w.colour(name)


# ----- imperative -----------------------------------------------------------------------------------
def f29_imp_office(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return (f"Could you please put the {_c(w, b)} block in the {_c(w, bowl)} bowl? Thanks.",
            rels(Rel("in", b, bowl)))


def f29_imp_hobby(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return f"grab the {_c(w, a)} cube and drop it on top of the {_c(w, b)} one", rels(Rel("on", a, b))


def f29_imp_warehouse(w: World) -> Made:
    got = _place(w)
    if not got:
        return None
    b, p = got
    return f"Move {_c(w, b)} block to {p}. Now.", rels(Rel("at", b, p))


def f29_imp_hesitant(w: World) -> Made:
    loose = _loose(w)
    if not loose:
        return None
    b = w.pick(loose)[0]
    return f"um, maybe put the {_c(w, b)} block in the bin? if possible", binned([b])


def f29_imp_spanish(w: World) -> Made:
    raised = _raised(w)
    if not raised:
        return None
    b = w.pick(raised)[0]
    return f"Please put the block {_c(w, b)} over the table.", rels(Rel("on_table", b))


def f29_imp_reason(w: World) -> Made:
    loose = [b for b in _loose(w) if w.state.base(b) != "middle"]
    if not loose:
        return None
    b = w.pick(loose)[0]
    return (f"Put the {_c(w, b)} block in the middle, because I want to take a picture of it.",
            rels(Rel("at", b, "middle")))


# ----- declarative ----------------------------------------------------------------------------------
def f29_dec_office(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return (f"The {_c(w, b)} block should go in the {_c(w, bowl)} bowl, please.", rels(Rel("in", b, bowl)))


def f29_dec_hobby(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return f"target pose: {_c(w, a)} cube sitting on the {_c(w, b)} cube", rels(Rel("on", a, b))


def f29_dec_warehouse(w: World) -> Made:
    got = _place(w)
    if not got:
        return None
    b, p = got
    return f"{_c(w, b).capitalize()} block belongs in the {p}.", rels(Rel("at", b, p))


def f29_dec_hesitant(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    a, b = got
    return (f"I think the {_c(w, a)} block should probably be on the table, not on the {_c(w, b)} one?",
            rels(Rel("on_table", a)))


def f29_dec_spanish(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return f"The block {_c(w, b)} must be inside the bowl {_c(w, bowl)}.", rels(Rel("in", b, bowl))


def f29_dec_reason(w: World) -> Made:
    loose = _loose(w)
    if not loose:
        return None
    b = w.pick(loose)[0]
    return f"The {_c(w, b)} block needs to be in the bin, since it's chipped.", binned([b])


# ----- desiderative ---------------------------------------------------------------------------------
def f29_des_office(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return (f"I need the {_c(w, a)} block on top of the {_c(w, b)} block, if you don't mind.",
            rels(Rel("on", a, b)))


def f29_des_hobby(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return f"wanna see the {_c(w, b)} cube in the {_c(w, bowl)} bowl", rels(Rel("in", b, bowl))


def f29_des_warehouse(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    a, b = w.pick(loose, 2)
    return f"Want {_c(w, a)} in the bin. {_c(w, b).capitalize()} too.", binned([a, b])


def f29_des_hesitant(w: World) -> Made:
    loose = [b for b in _loose(w) if w.state.base(b) != "middle"]
    if not loose:
        return None
    b = w.pick(loose)[0]
    return (f"I guess I'd kind of like the {_c(w, b)} block in the middle, if that's ok?",
            rels(Rel("at", b, "middle")))


def f29_des_spanish(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    return (f"I would like that you put the cube {_c(w, b)} in the bowl {_c(w, bowl)}.",
            rels(Rel("in", b, bowl)))


def f29_des_reason(w: World) -> Made:
    raised = _raised(w)
    if not raised:
        return None
    b = w.pick(raised)[0]
    return (f"I want the {_c(w, b)} block down on the table so that I can reach it more easily.",
            rels(Rel("on_table", b)))


# ----- quantified -----------------------------------------------------------------------------------
def f29_qua_office(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return (f"Could you take all the blocks out of the {_c(w, bowl)} bowl and put them on the table?",
            rels(*(Rel("on_table", b) for b in inside)))


def f29_qua_hobby(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o, 2)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    n = len(w.state.in_bowl(bowl))
    if len([b for b in _loose(w) if w.state.base(b) != bowl]) < 2:
        return None
    inside = w.state.in_bowl(bowl)
    return (f"quick pick-and-place test: drop any two cubes into the {_c(w, bowl)} bowl",
            both(count_in(bowl, n + 2), lambda _i, f: all(f.base(b) == bowl for b in inside)))


def f29_qua_warehouse(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return f"Clear the {_c(w, bowl)} bowl. Everything in it goes to the bin.", both(binned(inside), empty(bowl))


def f29_qua_hesitant(w: World) -> Made:
    loose = _loose(w)
    if all(_flat(w.state, b) for b in loose):
        return None
    return ("I think maybe all the blocks should just be on the table? like nothing stacked and nothing in bowls",
            rels(*(Rel("on_table", b) for b in loose)))


def f29_qua_spanish(w: World) -> Made:
    loose = _loose(w)
    if len(loose) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    if all(w.state.base(b) == bowl for b in loose):
        return None
    return (f"Put all the blocks inside the bowl {_c(w, bowl)}, please.",
            rels(*(Rel("in", b, bowl) for b in loose)))


def f29_qua_reason(w: World) -> Made:
    inside = [b for b in _loose(w) if w.state.base(b) in w.state.bowls]
    if not inside:
        return None
    return ("Put every block that's in a bowl into the bin, since we're finished with the bowls.", binned(inside))


# ----- negated --------------------------------------------------------------------------------------
def f29_neg_office(w: World) -> Made:
    inside = [b for b in _loose(w) if w.state.base(b) in w.state.bowls]
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    return (f"Could you take the {_c(w, b)} block out of the {_c(w, bowl)} bowl? Don't throw it away though.",
            lambda _i, f: f.base(b) not in (bowl, BIN))


def f29_neg_hobby(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    a, b = got
    return (f"grab the {_c(w, a)} cube off the {_c(w, b)} one, just don't drop it in the bin",
            lambda _i, f: f.support[a] != b and f.base(a) != BIN)


def f29_neg_warehouse(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    keep = w.pick(loose)[0]
    rest = [b for b in loose if b != keep]
    return f"Bin everything except the {_c(w, keep)} block.", both(binned(rest), none_binned([keep]))


def f29_neg_hesitant(w: World) -> Made:
    inside = [b for b in _loose(w) if w.state.base(b) in w.state.bowls]
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    return ((f"I don't think the {_c(w, b)} block should be in the {_c(w, bowl)} bowl... could you maybe take it "
            "out?"), lambda _i, f: f.base(b) != bowl)


def f29_neg_spanish(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    a, b = got
    return (f"The block {_c(w, a)} must not be over the block {_c(w, b)}, take it from there please.",
            lambda _i, f: f.support[a] != b)


def f29_neg_reason(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    a, b = got
    return ((f"Take the {_c(w, a)} block off the {_c(w, b)} block but don't put it on the table, since the table is "
            "getting crowded."), lambda _i, f: f.support[a] != b and not _flat(f, a))


# ----- relative -------------------------------------------------------------------------------------
def f29_rel_office(w: World) -> Made:
    got = _pair(w)
    bowls = [o for o in w.bowls if _room(w, o)]
    if not got or not bowls:
        return None
    a, b = got
    bowl = w.pick(bowls)[0]
    if w.state.base(a) == bowl:
        return None
    return (f"Could you move the block that's on the {_c(w, b)} block into the {_c(w, bowl)} bowl?",
            rels(Rel("in", a, bowl)))


def f29_rel_hobby(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    a, b = got
    return (f"pick the cube that the {_c(w, a)} one is sitting on and drop it in the bin", binned([b]))


def f29_rel_warehouse(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    cands = sorted((w.dist(b, bowl), b) for b in _loose(w) if w.state.base(b) != bowl and w.state.is_clear(b))
    if not cands or (len(cands) > 1 and cands[1][0] - cands[0][0] < 0.04):
        return None
    b = cands[0][1]
    if any(w.dist(x, bowl) - cands[0][0] < 0.04 for x in _loose(w) if x != b and w.state.base(x) != bowl):
        return None
    return f"Load the block closest to the {_c(w, bowl)} bowl into it.", rels(Rel("in", b, bowl))


def f29_rel_hesitant(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    a, b = got
    return (f"um, the block that's sitting on top of the {_c(w, b)} one, could you maybe put it on the table?",
            rels(Rel("on_table", a)))


def f29_rel_spanish(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    a, b = got
    return f"The block that is over the block {_c(w, b)}, put it in the bin.", binned([a])


def f29_rel_reason(w: World) -> Made:
    got = _only_in(w)
    if not got:
        return None
    b, bowl = got
    p = w.pick(list(PLACES))[0]
    return (f"Put the block that's in the {_c(w, bowl)} bowl in the {p}, because I need that bowl empty.",
            rels(Rel("at", b, p)))


# ----- keep -----------------------------------------------------------------------------------------
def f29_keep_office(w: World) -> Made:
    loose = _loose(w)
    if not loose:
        return None
    a = w.pick(loose)[0]
    others = _undisturbed(w, a)
    if not others:
        return None
    b = w.pick(others)[0]
    return (f"Please put the {_c(w, a)} block in the bin but leave the {_c(w, b)} block where it is.",
            both(binned([a]), kept(b)))


def f29_keep_hobby(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    others = [c for c in _undisturbed(w, a, b) if c != b and w.state.support[b] != c]
    if not others:
        return None
    c = w.pick(others)[0]
    return (f"stack {_c(w, a)} on {_c(w, b)}, don't touch the {_c(w, c)} cube",
            both(rels(Rel("on", a, b)), kept(c)))


def f29_keep_warehouse(w: World) -> Made:
    got = _place(w)
    if not got:
        return None
    a, p = got
    others = _undisturbed(w, a)
    if not others:
        return None
    b = w.pick(others)[0]
    return (f"Move {_c(w, a)} to the {p}. {_c(w, b).capitalize()} stays.", both(rels(Rel("at", a, p)), kept(b)))


def f29_keep_hesitant(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    a, bowl = got
    others = _undisturbed(w, a)
    if not others:
        return None
    b = w.pick(others)[0]
    return ((f"Maybe move the {_c(w, a)} block into the {_c(w, bowl)} bowl? but I'd rather the {_c(w, b)} block "
            "stayed put, I think"), both(rels(Rel("in", a, bowl)), kept(b)))


def f29_keep_spanish(w: World) -> Made:
    raised = _raised(w)
    if not raised:
        return None
    a = w.pick(raised)[0]
    others = _undisturbed(w, a)
    if not others:
        return None
    b = w.pick(others)[0]
    return (f"Put the cube {_c(w, a)} on the table, but the cube {_c(w, b)} leave it where it is.",
            both(rels(Rel("on_table", a)), kept(b)))


def f29_keep_reason(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    a, bowl = got
    others = _undisturbed(w, a)
    if not others:
        return None
    b = w.pick(others)[0]
    return ((f"Put the {_c(w, a)} block in the {_c(w, bowl)} bowl but keep the {_c(w, b)} block exactly where it is, "
            "because I'm using it as a marker."), both(rels(Rel("in", a, bowl)), kept(b)))


# ----- multi_step -----------------------------------------------------------------------------------
def f29_multi_office(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    others = [x for x in _loose(w) if x != b]
    if not others:
        return None
    a = w.pick(others)[0]
    return (f"First put the {_c(w, a)} block in the bin, then put the {_c(w, b)} block in the {_c(w, bowl)} bowl.",
            both(binned([a]), rels(Rel("in", b, bowl))))


def f29_multi_hobby(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    others = [x for x in _loose(w) if x not in (a, b)]
    if not others:
        return None
    c = w.pick(others)[0]
    return (f"pick {_c(w, a)}, place on {_c(w, b)}. then pick {_c(w, c)} -> bin",
            both(rels(Rel("on", a, b)), binned([c])))


def f29_multi_warehouse(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    a, bowl = got
    others = [x for x in _loose(w) if x != a]
    if not others:
        return None
    b = w.pick(others)[0]
    return (f"Load {_c(w, a)} into the {_c(w, bowl)} bowl. Then {_c(w, b)} to the bin.",
            both(rels(Rel("in", a, bowl)), binned([b])))


def f29_multi_hesitant(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    a, b = w.pick(loose, 2)
    if _flat(w.state, a) and w.state.support[b] == a:
        return None
    return ((f"could you maybe put the {_c(w, a)} block on the table and then, I guess, the {_c(w, b)} block on top "
            "of it?"), rels(Rel("on_table", a), Rel("on", b, a)))


def f29_multi_spanish(w: World) -> Made:
    got = _place(w)
    if not got:
        return None
    a, p = got
    others = [x for x in _loose(w) if x != a]
    if not others:
        return None
    b = w.pick(others)[0]
    return (f"First take the block {_c(w, a)} to the {p}, after put the block {_c(w, b)} over it.",
            rels(Rel("at", a, p), Rel("on", b, a)))


def f29_multi_reason(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    b, bowl = got
    others = [x for x in _loose(w) if x != b]
    if not others:
        return None
    a = w.pick(others)[0]
    return ((f"Put the {_c(w, a)} block in the bin and then the {_c(w, b)} block in the {_c(w, bowl)} bowl, so the "
            "desk is less cluttered."), both(binned([a]), rels(Rel("in", b, bowl))))


# ----- question -------------------------------------------------------------------------------------
def f29_q_office(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"Could you tell me how many blocks are in the {_c(w, bowl)} bowl?", answered(str(n))


def f29_q_hobby(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.pick(pairs)[0]
    else:
        loose = _loose(w)
        if len(loose) < 2:
            return None
        a, b = w.pick(loose, 2)
    return f"is the {_c(w, a)} cube sitting on the {_c(w, b)} one rn?", answered(yes(w.state.support[a] == b))


def f29_q_warehouse(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    if len(inside) > 1:
        return None
    ans = f"{_c(w, inside[0])}|block" if inside else "nothing"
    return f"{_c(w, bowl).capitalize()} bowl contents?", answered(ans)


def f29_q_hesitant(w: World) -> Made:
    colour = w.pick(list(layout.COLOURS))[0]
    there = any(_c(w, b) == colour for b in w.blocks)
    return (f"I think I saw a {colour} block earlier... is there one? not sure", answered(yes(there)))


def f29_q_spanish(w: World) -> Made:
    inside = [b for b in w.blocks if w.state.base(b) in w.state.bowls]
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    return f"In which bowl is the block {_c(w, b)}?", answered(f"{_c(w, bowl)}|bowl")


def f29_q_reason(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return (f"Is the {_c(w, bowl)} bowl empty? I want to put something in it.",
            answered(yes(not w.state.in_bowl(bowl))))


# ----- matching -------------------------------------------------------------------------------------
def f29_match_office(w: World) -> Made:
    check = _match(w)
    return ("Could you please sort the blocks into the bowls of the same colour?", check) if check else None


def f29_match_hobby(w: World) -> Made:
    check = _match(w)
    return ("colour-match pick-and-place: each cube goes into the bowl with its colour", check) if check else None


def f29_match_warehouse(w: World) -> Made:
    check = _match(w)
    return ("Sort by colour. Blocks to matching bowls.", check) if check else None


def f29_match_hesitant(w: World) -> Made:
    check = _match(w)
    return ("maybe put each block in the bowl that's the same colour as it? if there is one, I guess",
            check) if check else None


def f29_match_spanish(w: World) -> Made:
    check = _match(w)
    return ("Put every block in the bowl of his same color.", check) if check else None


def f29_match_reason(w: World) -> Made:
    check = _match(w)
    return ("Put the blocks in the bowls that match their colour, so it's easier for me to find them later.",
            check) if check else None


FRESH29: list[Template] = [
    ("f29_imp_office", "imperative", f29_imp_office),
    ("f29_imp_hobby", "imperative", f29_imp_hobby),
    ("f29_imp_warehouse", "imperative", f29_imp_warehouse),
    ("f29_imp_hesitant", "imperative", f29_imp_hesitant),
    ("f29_imp_spanish", "imperative", f29_imp_spanish),
    ("f29_imp_reason", "imperative", f29_imp_reason),
    ("f29_dec_office", "declarative", f29_dec_office),
    ("f29_dec_hobby", "declarative", f29_dec_hobby),
    ("f29_dec_warehouse", "declarative", f29_dec_warehouse),
    ("f29_dec_hesitant", "declarative", f29_dec_hesitant),
    ("f29_dec_spanish", "declarative", f29_dec_spanish),
    ("f29_dec_reason", "declarative", f29_dec_reason),
    ("f29_des_office", "desiderative", f29_des_office),
    ("f29_des_hobby", "desiderative", f29_des_hobby),
    ("f29_des_warehouse", "desiderative", f29_des_warehouse),
    ("f29_des_hesitant", "desiderative", f29_des_hesitant),
    ("f29_des_spanish", "desiderative", f29_des_spanish),
    ("f29_des_reason", "desiderative", f29_des_reason),
    ("f29_qua_office", "quantified", f29_qua_office),
    ("f29_qua_hobby", "quantified", f29_qua_hobby),
    ("f29_qua_warehouse", "quantified", f29_qua_warehouse),
    ("f29_qua_hesitant", "quantified", f29_qua_hesitant),
    ("f29_qua_spanish", "quantified", f29_qua_spanish),
    ("f29_qua_reason", "quantified", f29_qua_reason),
    ("f29_neg_office", "negated", f29_neg_office),
    ("f29_neg_hobby", "negated", f29_neg_hobby),
    ("f29_neg_warehouse", "negated", f29_neg_warehouse),
    ("f29_neg_hesitant", "negated", f29_neg_hesitant),
    ("f29_neg_spanish", "negated", f29_neg_spanish),
    ("f29_neg_reason", "negated", f29_neg_reason),
    ("f29_rel_office", "relative", f29_rel_office),
    ("f29_rel_hobby", "relative", f29_rel_hobby),
    ("f29_rel_warehouse", "relative", f29_rel_warehouse),
    ("f29_rel_hesitant", "relative", f29_rel_hesitant),
    ("f29_rel_spanish", "relative", f29_rel_spanish),
    ("f29_rel_reason", "relative", f29_rel_reason),
    ("f29_keep_office", "keep", f29_keep_office),
    ("f29_keep_hobby", "keep", f29_keep_hobby),
    ("f29_keep_warehouse", "keep", f29_keep_warehouse),
    ("f29_keep_hesitant", "keep", f29_keep_hesitant),
    ("f29_keep_spanish", "keep", f29_keep_spanish),
    ("f29_keep_reason", "keep", f29_keep_reason),
    ("f29_multi_office", "multi_step", f29_multi_office),
    ("f29_multi_hobby", "multi_step", f29_multi_hobby),
    ("f29_multi_warehouse", "multi_step", f29_multi_warehouse),
    ("f29_multi_hesitant", "multi_step", f29_multi_hesitant),
    ("f29_multi_spanish", "multi_step", f29_multi_spanish),
    ("f29_multi_reason", "multi_step", f29_multi_reason),
    ("f29_q_office", "question", f29_q_office),
    ("f29_q_hobby", "question", f29_q_hobby),
    ("f29_q_warehouse", "question", f29_q_warehouse),
    ("f29_q_hesitant", "question", f29_q_hesitant),
    ("f29_q_spanish", "question", f29_q_spanish),
    ("f29_q_reason", "question", f29_q_reason),
    ("f29_match_office", "matching", f29_match_office),
    ("f29_match_hobby", "matching", f29_match_hobby),
    ("f29_match_warehouse", "matching", f29_match_warehouse),
    ("f29_match_hesitant", "matching", f29_match_hesitant),
    ("f29_match_spanish", "matching", f29_match_spanish),
    ("f29_match_reason", "matching", f29_match_reason),
]
