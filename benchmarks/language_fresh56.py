"""`FRESH56`, the fifty-seventh untuned batch: sixty language templates, six per category, one per style.

Theme: people speaking to the robot through voice dictation, the transcript passed on as typed. The six styles:
'nopunct' (no punctuation or capitals, all run together), 'fillers' (uh, um, like, you know, so), 'selfcorrect'
(the speaker changes their mind mid-sentence; the check follows the corrected reading), 'falsestart' (starts over,
repeats a word: "can you, okay, put the the ..."), 'runon' (one long "so basically ... and then ..." sentence) and
'homophone' (mild speech-to-text slips a reader still understands: "two"/"too" for "to", "read" for red, "blew" for
blue, "won" for one, "their" for there, "wear" for where).

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.

Its first run (300 instructions, seed 0, on 4e7be08, after every fix before it and before anything it could prompt):
0.593 goal-correct (178 of 300), 95 refused, 10 asked, 17 wrong: seven wrong actions ('put too of the blocks in the bin'
binned them all, 'um so like add one more block to every bowl you know' added one or none) and ten wrong replies (a
question taken back mid-sentence, 'how many blocks are their all together').
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

PREFIX = "k56"
_CORNERS = [p for p in PLACES if "corner" in p]
_MIDDLE = "middle"
_GAP = 0.03  # two candidates closer than this (metres) are a tie
_SOUNDS = {"red": "read", "blue": "blew"}


# ----- helpers ----------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _h(w: World, name: str) -> str:
    """The colour word as dictation might mishear it ("read" for red, "blew" for blue)."""
    return _SOUNDS.get(w.colour(name), w.colour(name))


def _bowl_colours(w: World) -> set[str]:
    return {w.colour(b) for b in w.bowls}


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _level(w: World, block: str) -> int:
    """How many blocks from `block` down to what its tower stands on, itself included."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _below(w: World, block: str) -> list[str]:
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can sensibly go straight onto `below` (clear, standing on the table, tower not too tall)."""
    st = w.state
    return (
        top != below
        and st.is_clear(below)
        and st.base(below) not in (*st.bowls, BIN)
        and top not in _below(w, below)
        and below not in st.above(top)
        and st.support[top] != below
        and _level(w, below) + 1 <= layout.MAX_TOWER
    )


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    return [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]


def _outside(w: World) -> list[str]:
    """Blocks not in any bowl (nor the bin)."""
    return [b for b in w.blocks if w.state.base(b) not in (*w.state.bowls, BIN)]


def _unique(w: World, cands: list[str], key) -> str | None:
    """The candidate with the smallest key, when no other comes within `_GAP` of it."""
    if not cands:
        return None
    ranked = sorted(cands, key=key)
    if len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < _GAP:
        return None
    return ranked[0]


def _holds(w: World, r: Rel) -> bool:
    return rels(r)(w.state, w.state)


def _done(text: str, check: Check, w: World) -> Made:
    """(None when the goal already holds.)"""
    return None if check(w.state, w.state) else (text, check)


def _match_check(w: World) -> list[Rel] | None:
    """The colour-matching relations, or None when nothing is left to do or a bowl lacks room."""
    want = matching(w)
    todo = [r for r in want if not _holds(w, r)]
    if not todo:
        return None
    for bowl in w.bowls:
        incoming = sum(1 for r in todo if r.target == bowl)
        if not _room(w, bowl, incoming):
            return None
    return want


# ----- imperative -------------------------------------------------------------------------------------
def k56_imp_nopunct(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = f"put the {_c(w, b)} block in the {_c(w, bowl)} bowl please"
    return _done(text, rels(Rel("in", b, bowl)), w)


def k56_imp_fillers(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    text = f"um so like pick up the {_c(w, a)} block and uh set it down on the {_c(w, b)} block"
    return _done(text, rels(Rel("on", a, b)), w)


def k56_imp_selfcorrect(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    wrong, right = w.pick(w.blocks, 2)
    if wrong in w.state.above(right):
        return None
    place = w.pick(_CORNERS)[0]
    text = f"move the {_c(w, wrong)} no sorry the {_c(w, right)} block to the {place}"
    return _done(text, both(rels(Rel("at", right, place)), kept(wrong)), w)


def k56_imp_falsestart(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"can you, okay, uh, grab the the {_c(w, b)} block and drop it in the bin"
    return _done(text, binned([b]), w)


def k56_imp_runon(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.pick(_CORNERS)[0]
    text = (
        f"so basically what i want you to do is take the {_c(w, b)} block and carry it over to the {place} "
        f"and then set it down there and then that's it that's all"
    )
    return _done(text, rels(Rel("at", b, place)), w)


def k56_imp_homophone(w: World) -> Made:
    pairs = [(a, b) for a, b in _stack_pairs(w) if _c(w, b) not in _bowl_colours(w)]
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    text = f"set the {_h(w, a)} block on too the {_h(w, b)} won"
    return _done(text, rels(Rel("on", a, b)), w)


# ----- declarative ------------------------------------------------------------------------------------
def k56_dec_nopunct(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = f"the {_c(w, b)} block belongs in the {_c(w, bowl)} bowl"
    return _done(text, rels(Rel("in", b, bowl)), w)


def k56_dec_fillers(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    text = f"um the {_c(w, a)} block is uh supposed to be like on top of the {_c(w, b)} block"
    return _done(text, rels(Rel("on", a, b)), w)


def k56_dec_selfcorrect(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = f"the {_c(w, b)} block goes in the bin no actually in the {_c(w, bowl)} bowl"
    return _done(text, both(rels(Rel("in", b, bowl)), none_binned([b])), w)


def k56_dec_falsestart(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    c = _c(w, b)
    text = f"the the {c} block should, sorry, the {c} block should be sitting in the {_MIDDLE}"
    return _done(text, rels(Rel("at", b, _MIDDLE)), w)


def k56_dec_runon(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = (
        f"so the way it should end up is the {_c(w, a)} block is on the table and the {_c(w, b)} block is on top "
        f"of the {_c(w, a)} block and then the {_c(w, c)} block is on top of the {_c(w, b)} block"
    )
    return _done(text, rels(Rel("stacked", a, b, c)), w)


def k56_dec_homophone(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.pick(_CORNERS)[0]
    text = f"the {_h(w, b)} block should be over their in the {place}"
    return _done(text, rels(Rel("at", b, place)), w)


# ----- desiderative -----------------------------------------------------------------------------------
def k56_des_nopunct(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) not in w.state.bowls]
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    text = f"i want the {_c(w, a)} block down on the table instead of on the {_c(w, b)} block"
    return _done(text, rels(Rel("on_table", a)), w)


def k56_des_fillers(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = f"so um i'd like the {_c(w, b)} block to be like in the {_c(w, bowl)} bowl you know"
    return _done(text, rels(Rel("in", b, bowl)), w)


def k56_des_selfcorrect(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    wrong, right = w.pick(_CORNERS, 2)
    wrong_short = wrong.removesuffix(" corner")
    text = f"i'd like the {_c(w, b)} block in the {wrong_short} no the {right}"
    return _done(text, rels(Rel("at", b, right)), w)


def k56_des_falsestart(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"what i, okay what i need is, is the {_c(w, b)} block gone, like in the bin i mean"
    return _done(text, binned([b]), w)


def k56_des_runon(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = (
        f"so what i'd really love is if the {_c(w, b)} block could end up over in the {_c(w, bowl)} bowl "
        f"and then it would all look way tidier and yeah that would be great"
    )
    return _done(text, rels(Rel("in", b, bowl)), w)


def k56_des_homophone(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    text = f"i wood like the {_h(w, a)} block on top of the {_h(w, b)} block"
    return _done(text, rels(Rel("on", a, b)), w)


# ----- quantified -------------------------------------------------------------------------------------
def _one_tower(blocks: list[str]) -> Check:
    def check(_i, f) -> bool:
        sup = f.support
        if any(f.base(b) in (BIN, "gripper") for b in blocks):
            return False
        bottoms = [b for b in blocks if sup[b] not in blocks]
        tops = [b for b in blocks if not [x for x in blocks if sup[x] == b]]
        return (
            len(bottoms) == 1
            and len(tops) == 1
            and all(len(f.on_top(b)) <= 1 for b in blocks)
        )

    return check


def k56_qua_nopunct(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    text = "stack all the blocks up into one tall tower"
    return _done(text, _one_tower(w.blocks), w)


def k56_qua_fillers(w: World) -> Made:
    if (
        len(w.bowls) < 2
        or not all(_room(w, v) for v in w.bowls)
        or len(_outside(w)) < len(w.bowls)
    ):
        return None
    start = {v: len(w.state.in_bowl(v)) for v in w.bowls}
    text = "um so like add one more block to every bowl you know"
    return _done(
        text, lambda _i, f: all(len(f.in_bowl(v)) == start[v] + 1 for v in w.bowls), w
    )


def k56_qua_selfcorrect(w: World) -> Made:
    bowls = [v for v in w.bowls if not w.state.in_bowl(v)]
    if not bowls or len(_outside(w)) < 2:
        return None
    bowl = w.pick(bowls)[0]
    text = f"put three no wait two blocks in the {_c(w, bowl)} bowl"
    return _done(text, count_in(bowl, 2), w)


def k56_qua_falsestart(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = "can you, uh, can you put every single, every block in the bin"
    return _done(text, binned(w.blocks), w)


def k56_qua_runon(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    have = len(w.state.in_bowl(bowl))
    if have >= 3 or len(w.blocks) - have < 3 - have:
        return None
    text = (
        f"ok so what i want is exactly three blocks in the {_c(w, bowl)} bowl not more and not less "
        f"and then you can stop after that"
    )
    return _done(text, count_in(bowl, 3), w)


def k56_qua_homophone(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    text = "put too of the blocks in the bin"
    return _done(
        text, lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 2, w
    )


# ----- negated ----------------------------------------------------------------------------------------
def k56_neg_nopunct(w: World) -> Made:
    inside, outside = w.in_bowls(), _outside(w)
    if not inside or not outside or len(outside) > 5:
        return None
    place = w.pick(_CORNERS)[0]
    text = f"move the blocks that arent in a bowl to the {place}"
    return _done(
        text, both(rels(*(Rel("at", b, place) for b in outside)), kept(*inside)), w
    )


def k56_neg_fillers(w: World) -> Made:
    bowls = [v for v in w.bowls if w.state.in_bowl(v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = f"so um i don't want anything in the {_c(w, bowl)} bowl anymore you know"
    return _done(text, empty(bowl), w)


def k56_neg_selfcorrect(w: World) -> Made:
    if len(w.blocks) < 3 or len(w.blocks) > 6:
        return None
    wrong, right = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b != right]
    text = f"move all the blocks except the {_c(w, wrong)} one, no, except the {_c(w, right)} one, to the {_MIDDLE}"
    goal = rels(
        *(Rel("at", b, _MIDDLE) for b in rest), Rel("at", right, _MIDDLE, negated=True)
    )
    return _done(text, goal, w)


def k56_neg_falsestart(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    text = f"the the {_c(w, a)} block, don't, uh, don't put it in the bin, put it on the {_c(w, b)} block"
    return _done(text, both(rels(Rel("on", a, b)), none_binned([a])), w)


def k56_neg_runon(w: World) -> Made:
    if not w.pairs():
        return None
    text = (
        "so basically none of the blocks should be sitting on top of another block i want them all "
        "side by side and then we're good"
    )
    goal = both(
        lambda _i, f: all(f.support[b] not in f.support for b in f.blocks),
        none_binned(w.blocks),
    )
    return _done(text, goal, w)


def k56_neg_homophone(w: World) -> Made:
    if len(w.blocks) > 6:
        return None
    keep = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != keep]
    if len(rest) > 5:
        return None
    text = f"put all the blocks in the bin accept the {_h(w, keep)} won"
    return _done(text, both(binned(rest), none_binned([keep])), w)


# ----- relative ---------------------------------------------------------------------------------------
def k56_rel_nopunct(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    b = _unique(
        w, [x for x in w.blocks if w.state.base(x) != bowl], lambda x: w.dist(x, bowl)
    )
    if b is None:
        return None
    c = _c(w, bowl)
    text = f"put the block thats closest to the {c} bowl in the {c} bowl"
    return _done(text, rels(Rel("in", b, bowl)), w)


def k56_rel_fillers(w: World) -> Made:
    b = _unique(w, w.blocks, w.y)
    if b is None:
        return None
    place = "top right corner"
    text = f"um the block that's like furthest to the left uh put it in the {place}"
    return _done(text, rels(Rel("at", b, place)), w)


def k56_rel_selfcorrect(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    others = [b for b in w.blocks if b not in (top, below)]
    if not others:
        return None
    wrong = w.pick(others)[0]
    text = f"move the block sitting on the {_c(w, wrong)}, no, on the {_c(w, below)} block to the center"
    return _done(text, rels(Rel("at", top, _MIDDLE)), w)


def k56_rel_falsestart(w: World) -> Made:
    bowls = [v for v in w.bowls if len(w.state.in_bowl(v)) == 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    b = w.state.in_bowl(bowl)[0]
    text = f"the one in, okay, the block that's in the {_c(w, bowl)} bowl, put it in the bin"
    return _done(text, binned([b]), w)


def k56_rel_runon(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    b = _unique(w, w.blocks, lambda x: -w.y(x))
    if b is None or w.state.base(b) == bowl:
        return None
    text = (
        f"so basically whichever block is the furthest over to the right i want that one to go in the "
        f"{_c(w, bowl)} bowl and then we're good"
    )
    return _done(text, rels(Rel("in", b, bowl)), w)


def k56_rel_homophone(w: World) -> Made:
    ref = w.pick(w.blocks)[0]
    cands = [b for b in w.blocks if w.dist(b, ref) > 0.01]
    b = _unique(w, cands, lambda x: w.dist(x, ref))
    if b is None:
        return None
    text = f"put the block closest too the {_h(w, ref)} block in the bin"
    return _done(text, binned([b]), w)


# ----- keep -------------------------------------------------------------------------------------------
def k56_keep_nopunct(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.pick(bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.pick(cands)[0]
    stay = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not stay:
        return None
    z = w.pick(stay)[0]
    text = f"put the {_c(w, b)} block in the {_c(w, bowl)} bowl but leave the {_c(w, z)} block where it is"
    return _done(text, both(rels(Rel("in", b, bowl)), kept(z)), w)


def k56_keep_fillers(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.is_clear(b)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    others = [x for x in w.blocks if x != b]
    place = "bottom left corner"
    text = f"um so like move the {_c(w, b)} block to the {place} and uh don't touch any of the other blocks you know"
    return _done(text, both(rels(Rel("at", b, place)), kept(*others)), w)


def k56_keep_selfcorrect(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    leave, wrong, right = w.pick(w.blocks, 3)
    above = w.state.above(right)
    if leave in above or wrong in above:
        return None
    text = (
        f"leave the {_c(w, leave)} block alone and put the {_c(w, wrong)}, sorry, "
        f"the {_c(w, right)} block in the bin"
    )
    return _done(text, both(binned([right]), kept(leave, wrong)), w)


def k56_keep_falsestart(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    stay = [x for x in w.blocks if x not in (a, b) and x not in w.state.above(a)]
    if not stay:
        return None
    z = w.pick(stay)[0]
    text = f"don't, okay, don't move the {_c(w, z)} block, just uh stack the {_c(w, a)} block on the {_c(w, b)} block"
    return _done(text, both(rels(Rel("on", a, b)), kept(z)), w)


def k56_keep_runon(w: World) -> Made:
    full = [v for v in w.bowls if w.state.in_bowl(v)]
    if not full or len(w.bowls) < 2:
        return None
    still = w.pick(full)[0]
    bowls = [v for v in w.bowls if v != still and _room(w, v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) not in (still, bowl)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = (
        f"so basically the {_c(w, still)} bowl stays exactly how it is and then the {_c(w, b)} block goes in "
        f"the {_c(w, bowl)} bowl and that's everything"
    )
    return _done(text, both(rels(Rel("in", b, bowl)), kept(*w.state.in_bowl(still))), w)


def k56_keep_homophone(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.pick(bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.pick(cands)[0]
    stay = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not stay:
        return None
    z = w.pick(stay)[0]
    text = f"leave the {_h(w, z)} block wear it is and put the {_h(w, b)} block in too the {_h(w, bowl)} bowl"
    return _done(text, both(rels(Rel("in", b, bowl)), kept(z)), w)


# ----- multi-step -------------------------------------------------------------------------------------
def k56_multi_nopunct(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    rest = [x for x in w.blocks if x not in (a, b) and x not in _below(w, b)]
    if not rest:
        return None
    x = w.pick(rest)[0]
    text = f"put the {_c(w, x)} block in the bin then put the {_c(w, a)} block on the {_c(w, b)} block"
    return _done(text, both(binned([x]), rels(Rel("on", a, b))), w)


def k56_multi_fillers(w: World) -> Made:
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.pick(bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.pick(cands)[0]
    z = w.pick([b for b in w.blocks if b != a])[0]
    ca = _c(w, a) if _c(w, a) not in _bowl_colours(w) else f"{_c(w, a)} block"
    text = f"uh first like put the {ca} in the {_c(w, bowl)} bowl and um then the {_c(w, z)} block goes to the middle"
    return _done(text, rels(Rel("in", a, bowl), Rel("at", z, _MIDDLE)), w)


def k56_multi_selfcorrect(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    first, wrong, right = w.pick(_CORNERS, 3)
    text = (
        f"move the {_c(w, a)} block to the {first} then the {_c(w, b)} block to the {wrong}, "
        f"no, the {right}"
    )
    return _done(text, rels(Rel("at", a, first), Rel("at", b, right)), w)


def k56_multi_falsestart(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    text = (
        f"so first, okay, first take the {_c(w, top)} block off the {_c(w, below)} one, and then, uh, "
        f"and then put the {_c(w, below)} block in the bin"
    )
    goal = both(
        rels(Rel("on", top, below, negated=True)), binned([below]), none_binned([top])
    )
    return _done(text, goal, w)


def k56_multi_runon(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bowls = [v for v in w.bowls if _room(w, v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    lifted = [
        b
        for b in w.blocks
        if w.state.support[b] != TABLE and w.state.support[b] not in PLACES
    ]
    if not lifted:
        return None
    z = w.pick(lifted)[0]
    cands = [b for b in w.blocks if b != z and w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.pick(cands)[0]
    rest = [b for b in w.blocks if b not in (a, z)]
    y = w.pick(rest)[0]
    text = (
        f"so basically the {_c(w, a)} block goes in the {_c(w, bowl)} bowl and then the {_c(w, y)} block goes "
        f"in the bin and then the {_c(w, z)} block should just be on the table"
    )
    return _done(
        text, rels(Rel("in", a, bowl), Rel("in_bin", y), Rel("on_table", z)), w
    )


def k56_multi_homophone(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    text = f"put the {_h(w, a)} block in the bin and then put the {_h(w, b)} block their too"
    return _done(text, binned([a, b]), w)


# ----- question ---------------------------------------------------------------------------------------
def k56_q_nopunct(w: World) -> Made:
    cands = [
        b for b in w.blocks if w.state.support[b] in (*w.state.bowls, *w.state.support)
    ]
    if not cands:
        return None
    b = w.pick(cands)[0]
    sup = w.state.support[b]
    kind = "bowl" if sup in w.state.bowls else "block"
    return f"where is the {_c(w, b)} block", answered(f"{_c(w, sup)} {kind}")


def k56_q_fillers(w: World) -> Made:
    bowls = [v for v in w.bowls if w.state.in_bowl(v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"um how many blocks are like in the {_c(w, bowl)} bowl right now", answered(
        str(n)
    )


def k56_q_selfcorrect(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.pick(pairs)[0]
    else:
        top, below = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (top, below)]
    wrong = w.pick(others)[0]
    flag = w.state.support[top] == below
    text = f"is the {_c(w, top)} block on the {_c(w, wrong)}, no wait, on the {_c(w, below)} block"
    return text, answered(yes(flag))


def k56_q_falsestart(w: World) -> Made:
    bowls = [v for v in w.bowls if w.state.in_bowl(v)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    inside = "|".join(_c(w, b) for b in w.state.in_bowl(bowl))
    return f"what, uh, what's in the the {_c(w, bowl)} bowl", answered(inside)


def k56_q_runon(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    text = (
        f"so basically i just want to know what colour the block on top of the {_c(w, below)} block is "
        f"and that's all i need"
    )
    return text, answered(_c(w, top))


def k56_q_homophone(w: World) -> Made:
    return "how many blocks are their all together", answered(str(len(w.blocks)))


# ----- matching ---------------------------------------------------------------------------------------
def k56_match_nopunct(w: World) -> Made:
    want = _match_check(w)
    if want is None:
        return None
    return "put each block in the bowl thats the same colour as it", rels(*want)


def k56_match_fillers(w: World) -> Made:
    want = _match_check(w)
    if want is None:
        return None
    return "um so like sort the blocks into the bowls by colour you know", rels(*want)


def k56_match_selfcorrect(w: World) -> Made:
    if _match_check(w) is None:
        return None
    todo = [r for r in matching(w) if not _holds(w, r)]
    r = w.pick(todo)[0]
    text = f"match up all the, no, just the {_c(w, r.block)} block with the bowl of its colour"
    return _done(text, rels(r), w)


def k56_match_falsestart(w: World) -> Made:
    want = _match_check(w)
    if want is None:
        return None
    return (
        "can you, okay, can you match the the blocks up with the bowls colour wise",
        rels(*want),
    )


def k56_match_runon(w: World) -> Made:
    want = _match_check(w)
    if want is None:
        return None
    moving = [r.block for r in want if not _holds(w, r)]
    disturbed = {x for b in moving for x in w.state.above(b)}
    matched = {r.block for r in want}
    stay = [b for b in w.blocks if b not in matched and b not in disturbed]
    text = (
        "so basically if a block is the same colour as one of the bowls it goes in that bowl and then the "
        "rest of them can just stay where they are"
    )
    return _done(text, both(rels(*want), kept(*stay)), w)


def k56_match_homophone(w: World) -> Made:
    want = _match_check(w)
    if want is None:
        return None
    return "put every block in the bowl that matches it's colour if their is one", rels(
        *want
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
_STYLES = ("nopunct", "fillers", "selfcorrect", "falsestart", "runon", "homophone")

FRESH56: list[Template] = [
    (f"{PREFIX}_{short}_{style}", category, globals()[f"{PREFIX}_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
