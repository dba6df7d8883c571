"""`FRESH269`, the two-hundred-and-seventieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain
questions about the table, one or two in a message. Six personas, one style each:
- barber: "Afternoon! Busy one today. Anyway, could you pop the red block into the blue bowl for me? Cheers, mate."
- persian: "The red block must to be on top of the green block, like a small tower."
- coder: "want a tower, bottom -> top: the red block, the blue block, the green block"
- mum: "can you put the red block in the bin please - Charlie not now, mummy's busy - thanks"
- kid15: "make one big tower with ALL the blocks!!! every single one"
- plain50: "Could you move the red block to the top left corner? Keep the blue block exactly where it is, though."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 61cb31a, the code of a38eaff, before anything it could prompt): 0.8333
goal-correct (250 of 300), 50 refused, no question, no wrong action and no wrong reply. The refusals: the mum's words to
her children between the request ("can you put X in the bin please - Charlie not now, mummy's busy - thanks", "X goes in
the top right corner. Poppy put that DOWN please! sorry. yes, X in the top right corner", "i'd like W emptied into the
bin pls. JACK. put it down. thank you. yes W, into the bin", "take X off Y but don't put it in the bin - Mia, shoes on
please - just not the bin", "the top block off the stack into W please. Sam stop kicking your sister. sorry! top one, W"
and "X in the bin please, and leave the bowls as they are - Ruby, gentle with the cat!"); the Persian speaker's "Hello.
Please put X on top of Y, thank you very much for your helping."; the barber's "You know what I'd love? X in the bin.
Been meaning to tidy up round here all week, ha, never get the time."; the eight-year-old's "i want X on top of Y so its
a tower!!!"; the coder's "for each block: if there's a bowl of the same colour, put it in there. else leave it"
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do), else the instance."""
    return None if check(w.state, w.state) else (text, check)


def _live(w: World) -> list[str]:
    """Blocks that are on the table or in a bowl (not in the bin, not held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _into(w: World, block: str, bowl: str) -> bool:
    return w.state.base(block) != bowl and _room(w, bowl) >= 1


def _below(w: World, block: str) -> list[str]:
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _tower(w: World, block: str) -> set[str]:
    return {block, *_below(w, block), *w.state.above(block)}


def _standing(w: World, block: str) -> bool:
    return w.state.base(block) in _GROUND


def _stackable(w: World, top: str, below: str) -> bool:
    return (top != below and _standing(w, below) and top not in _below(w, below)
            and len(_below(w, below)) + 2 <= layout.MAX_TOWER)


def _lone(w: World, block: str) -> bool:
    """A block by itself on the table: nothing under it but the table, nothing on it."""
    return w.state.support[block] in _GROUND and w.state.is_clear(block)


def _in_bowls(s: SymState) -> list[str]:
    return [b for b in s.blocks if s.base(b) in s.bowls]


def _bowl_of(w: World, colour: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == colour), None)


def _no_mismatch(i: SymState, f: SymState) -> bool:
    """No block ends in a bowl of another colour unless it was already in that bowl."""
    return all(f.base(b) not in f.bowls or f.colours[f.base(b)] == f.colours[b] or i.base(b) == f.base(b)
               for b in f.blocks)


def _sortable(w: World) -> list[Rel] | None:
    """The matching relations, when the scene suits a 'sort by colour' request (two or more matches, no block in a
    bowl of another colour, room in every bowl that gets one)."""
    want = matching(w)
    if len(want) < 2:
        return None
    if any(w.colour(w.state.base(b)) != w.colour(b) for b in _in_bowls(w.state)):
        return None
    for r in want:
        if w.state.base(r.block) != r.target and _room(w, r.target) < 1:
            return None
    return want


# ----- imperative ------------------------------------------------------------------------------------
def t269_imp_barber(w: World) -> Made:
    options = [(b, bw) for b in _live(w) for bw in w.bowls if _into(w, b, bw)]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    text = (f"Afternoon! Busy one today, half the town wants a trim before the weekend. Anyway, could you pop the "
            f"{b} into the {bw} for me? Cheers, mate.")
    return _made(w, text, _act(rels(Rel("in", b, bw))))


def t269_imp_persian(w: World) -> Made:
    options = [(a, b) for a in _live(w) for b in _live(w) if _stackable(w, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = f"Hello. Please put the {a} on top of {b}, thank you very much for your helping."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t269_imp_coder(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    place = w.rng.choice(PLACES)
    text = f"move the {b[0]} -> {place}"
    return _made(w, text, _act(rels(Rel("at", b[0], place))))


def t269_imp_mum(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    text = f"can you put the {b[0]} in the bin please - Charlie not now, mummy's busy - thanks"
    return _made(w, text, _act(binned(b)))


def t269_imp_kid15(w: World) -> Made:
    options = [b for b in _live(w) if w.state.support[b] not in _GROUND]
    if not options:
        return None
    b = w.rng.choice(options)
    text = f"robot!! can you take the {b} and put it on the table?? pleeease"
    return _made(w, text, _act(rels(Rel("on_table", b))))


def t269_imp_plain50(w: World) -> Made:
    options = [(a, b) for a in _live(w) for b in _live(w) if _stackable(w, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    return _made(w, f"Stack the {a} on the {b}.", _act(rels(Rel("on", a, b))))


# ----- declarative -----------------------------------------------------------------------------------
def t269_dec_barber(w: World) -> Made:
    options = [(b, bw) for b in _live(w) for bw in w.bowls if _into(w, b, bw)]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    text = (f"So here's how I like it, same as my chairs in the shop: the {b} should be in the {bw} at the end. "
            f"Nothing fancy.")
    return _made(w, text, _act(rels(Rel("in", b, bw))))


def t269_dec_persian(w: World) -> Made:
    options = [(a, b) for a in _live(w) for b in _live(w) if _stackable(w, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = f"The {a} must to be on top of the {b}, like a small tower."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t269_dec_coder(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    text = f"expected end state: {b[0]} in the bin. that's it"
    return _made(w, text, _act(binned(b)))


def t269_dec_mum(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    place = w.rng.choice(PLACES)
    text = f"the {b[0]} goes in the {place}. Poppy put that DOWN please! sorry. yes, {b[0]} in the {place}"
    return _made(w, text, _act(rels(Rel("at", b[0], place))))


def t269_dec_kid15(w: World) -> Made:
    options = [(a, b) for a in _live(w) for b in _live(w) if _stackable(w, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = f"the {a} is supposed to be on top of the {b}!!! like a tower"
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t269_dec_plain50(w: World) -> Made:
    options = []
    for bw in w.bowls:
        for a in _live(w):
            for b in _live(w):
                need = sum(1 for x in (a, b) if w.state.base(x) != bw)
                if a < b and 1 <= need <= _room(w, bw):
                    options.append((a, b, bw))
    if not options:
        return None
    a, b, bw = w.rng.choice(options)
    text = f"Both the {a} and the {b} should be in the {bw}."
    return _made(w, text, _act(rels(Rel("in", a, bw), Rel("in", b, bw))))


# ----- desiderative ----------------------------------------------------------------------------------
def t269_des_barber(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    text = (f"You know what I'd love? The {b[0]} in the bin. Been meaning to tidy up round here all week, ha, "
            f"never get the time.")
    return _made(w, text, _act(binned(b)))


def t269_des_persian(w: World) -> Made:
    options = [(b, bw) for b in _live(w) for bw in w.bowls if _into(w, b, bw)]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    return _made(w, f"I want that the {b} is in the {bw}, please.", _act(rels(Rel("in", b, bw))))


def t269_des_coder(w: World) -> Made:
    abc = w.pick(_live(w), 3)
    if not abc:
        return None
    a, b, c = abc
    text = f"want a tower, bottom -> top: the {a}, the {b}, the {c}"
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t269_des_mum(w: World) -> Made:
    options = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not options:
        return None
    bw = w.rng.choice(options)
    inside = w.state.in_bowl(bw)
    text = f"i'd like the {bw} emptied into the bin pls. JACK. put it down. thank you. yes the {bw}, into the bin"
    return _made(w, text, _act(binned(inside), empty(bw)))


def t269_des_kid15(w: World) -> Made:
    options = [(a, b) for a in _live(w) for b in _live(w) if _stackable(w, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = f"i want the {a} on top of the {b} so its a tower!!!"
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t269_des_plain50(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"My goal is to have the {b[0]} sitting in the {corner}."
    return _made(w, text, _act(rels(Rel("at", b[0], corner))))


# ----- quantified ------------------------------------------------------------------------------------
def t269_qua_barber(w: World) -> Made:
    inside = _in_bowls(w.state)
    if len(inside) < 2:
        return None
    text = ("Right, while I sweep up the hair: every block that's sitting in a bowl, could you chuck it in the bin? "
            "All of them.")
    return _made(w, text, _act(binned(inside)))


def t269_qua_persian(w: World) -> Made:
    options = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) < 2]
    if not options or len(_live(w)) < 2:
        return None
    bw = w.rng.choice(options)
    text = f"Please make it so the {bw} have exactly two blocks in it."
    return _made(w, text, _act(count_in(bw, 2)))


def t269_qua_coder(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(bw) for bw in w.bowls) or len(_live(w)) < len(w.bowls):
        return None
    text = "one block per bowl pls. any blocks, doesn't matter which"
    return _made(w, text, _act(*(count_in(bw, 1) for bw in w.bowls)))


def t269_qua_mum(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) > layout.BOWL_CAPACITY or len(blocks) != len(w.blocks):
        return None
    bw = w.rng.choice(w.bowls)
    text = f"put all the blocks in the {bw} please - all of them? yes Lily, ALL of them - thanks"
    return _made(w, text, _act(rels(*(Rel("in", b, bw) for b in blocks))))


def t269_qua_kid15(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) > layout.MAX_TOWER or len(blocks) != len(w.blocks):
        return None
    text = "make one big tower with ALL the blocks!!! every single one"
    return _made(w, text, _act(rels(Rel("tower", *blocks))))


def t269_qua_plain50(w: World) -> Made:
    options = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not options or len(_live(w)) < 3:
        return None
    bw = w.rng.choice(options)
    text = f"Put any three blocks in the {bw}, whichever ones you like."
    return _made(w, text, _act(count_in(bw, 3)))


# ----- negated ---------------------------------------------------------------------------------------
def t269_neg_barber(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) < 3:
        return None
    keep = w.rng.choice(blocks)
    rest = [b for b in blocks if b != keep]
    text = (f"Could you put every block in the bin except the {keep}? I'm keeping that one for the window display, "
            f"it goes nicely with the combs.")
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t269_neg_persian(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) != len(w.blocks) or len(blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    bw = w.rng.choice(w.bowls)
    options = [b for b in blocks if w.state.base(b) != bw]
    if not options:
        return None
    keep = w.rng.choice(options)
    rest = [b for b in blocks if b != keep]
    text = f"Please put all of blocks in the {bw} except the {keep}."
    return _made(w, text, _act(rels(*(Rel("in", b, bw) for b in rest), Rel("in", keep, bw, negated=True))))


def t269_neg_coder(w: World) -> Made:
    options = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not options:
        return None
    bw = w.rng.choice(options)
    text = f"empty the {bw}. don't bin anything though"
    return _made(w, text, _act(empty(bw), none_binned(_live(w))))


def t269_neg_mum(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"take the {a} off the {b} but don't put it in the bin - Mia, shoes on please - just not the bin"
    return _made(w, text, _act(rels(Rel("on", a, b, negated=True)), none_binned([a])))


def t269_neg_kid15(w: World) -> Made:
    inside = _in_bowls(w.state)
    outside = [b for b in _live(w) if b not in inside]
    if not inside or not outside:
        return None
    text = "put all the blocks that are NOT in a bowl into the bin!!"
    return _made(w, text, _act(binned(outside), none_binned(inside)))


def t269_neg_plain50(w: World) -> Made:
    if len(w.bowls) != 2:
        return None
    no, other = w.pick(w.bowls, 2)
    options = [b for b in _live(w) if _into(w, b, other)]
    if not options:
        return None
    b = w.rng.choice(options)
    text = f"Put the {b} in the bowl that isn't the {w.colour(no)} one."
    return _made(w, text, _act(rels(Rel("in", b, other))))


# ----- relative --------------------------------------------------------------------------------------
def t269_rel_barber(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"That block sitting on top of the {b}, could you put it in the bin for me? Ta, you're a star."
    return _made(w, text, _act(binned([a])))


def t269_rel_persian(w: World) -> Made:
    options = [(a, b, bw) for a, b in w.pairs() for bw in w.bowls if _into(w, b, bw)]
    if not options:
        return None
    a, b, bw = w.rng.choice(options)
    text = f"Please put the block which is under the {a} in the {bw}."
    return _made(w, text, _act(rels(Rel("in", b, bw))))


def t269_rel_coder(w: World) -> Made:
    options = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not options:
        return None
    bw = w.rng.choice(options)
    ranked = sorted(_live(w), key=lambda b: w.dist(b, bw))
    if len(ranked) < 2 or not _lone(w, ranked[0]) or w.dist(ranked[1], bw) - w.dist(ranked[0], bw) < 0.04:
        return None
    text = f"closest block to the {bw} -> into the {bw}"
    return _made(w, text, _act(rels(Rel("in", ranked[0], bw))))


def t269_rel_mum(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support and not w.state.is_clear(b)]
    if len(bottoms) != 1:
        return None
    top = w.state.above(bottoms[0])[0]
    options = [bw for bw in w.bowls if _into(w, top, bw)]
    if not options or w.state.base(top) == BIN:
        return None
    bw = w.rng.choice(options)
    text = f"the top block off the stack into the {bw} please. Sam stop kicking your sister. sorry! top one, {bw}"
    return _made(w, text, _act(rels(Rel("in", top, bw))))


def t269_rel_kid15(w: World) -> Made:
    options = []
    for bw in w.bowls:
        inside = w.state.in_bowl(bw)
        if len(inside) == 1:
            options += [(inside[0], bw, y) for y in _live(w) if _stackable(w, inside[0], y)]
    if not options:
        return None
    a, bw, y = w.rng.choice(options)
    text = f"the block in the {bw}, put it on top of the {y}!!"
    return _made(w, text, _act(rels(Rel("on", a, y))))


def t269_rel_plain50(w: World) -> Made:
    ranked = sorted(_live(w), key=w.y)
    if len(ranked) < 2 or not _lone(w, ranked[0]) or w.y(ranked[1]) - w.y(ranked[0]) < 0.04:
        return None
    text = "Please put the block that's furthest to the left in the bin."
    return _made(w, text, _act(binned([ranked[0]])))


# ----- keep ------------------------------------------------------------------------------------------
def t269_keep_barber(w: World) -> Made:
    options = [(bw, x) for bw in w.bowls if w.state.in_bowl(bw) for x in _live(w) if w.state.base(x) != bw]
    if not options:
        return None
    bw, x = w.rng.choice(options)
    inside = w.state.in_bowl(bw)
    text = (f"Could you tip everything in the {bw} into the bin? But keep the {x} just where it is, that one's my "
            f"lucky charm.")
    return _made(w, text, _act(binned(inside), kept(x)))


def t269_keep_persian(w: World) -> Made:
    options = [(a, b, z) for a in _live(w) for b in _live(w) if _stackable(w, a, b)
               for z in _live(w) if z not in (a, b) and z not in w.state.above(a) + w.state.above(b)]
    if not options:
        return None
    a, b, z = w.rng.choice(options)
    text = f"Please put the {a} on the {b}, but the {z} stay where it is."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(z)))


def t269_keep_coder(w: World) -> Made:
    options = [b for b in _live(w) if w.state.is_clear(b)]
    if not options:
        return None
    b = w.rng.choice(options)
    place = w.rng.choice(PLACES)
    others = [x for x in w.blocks if x != b]
    text = f"move the {b} to the {place}. don't touch anything else"
    return _made(w, text, _act(rels(Rel("at", b, place)), kept(*others)))


def t269_keep_mum(w: World) -> Made:
    inside = _in_bowls(w.state)
    options = [b for b in _live(w) if b not in inside]
    if not inside or not options:
        return None
    b = w.rng.choice(options)

    def bowls_as_they_are(i: SymState, f: SymState) -> bool:
        return all(sorted(i.in_bowl(bw)) == sorted(f.in_bowl(bw)) for bw in i.bowls)

    text = f"{b} in the bin please, and leave the bowls as they are - Ruby, gentle with the cat!"
    return _made(w, text, _act(binned([b]), kept(*inside), bowls_as_they_are))


def t269_keep_kid15(w: World) -> Made:
    options = [(a, b, z) for a in _live(w) for b in _live(w)
               if a < b and _standing(w, a) and _standing(w, b)
               for z in _live(w) if z not in (a, b) and z not in w.state.above(a) + w.state.above(b)]
    if not options:
        return None
    a, b, z = w.rng.choice(options)
    text = f"make a tower with the {a} and the {b} but DONT move the {z}!!"
    return _made(w, text, _act(rels(Rel("tower", a, b)), kept(z)))


def t269_keep_plain50(w: World) -> Made:
    options = [(x, z) for x in _live(w) for z in _live(w) if z != x and z not in w.state.above(x)]
    if not options:
        return None
    x, z = w.rng.choice(options)
    corner = w.rng.choice(_CORNERS)
    text = f"Could you move the {x} to the {corner}? Keep the {z} exactly where it is, though."
    return _made(w, text, _act(rels(Rel("at", x, corner)), kept(z)))


# ----- multi-step ------------------------------------------------------------------------------------
def t269_multi_barber(w: World) -> Made:
    options = [(x, y, z) for x in _live(w) for y in _live(w) for z in _live(w)
               if x not in (y, z) and z not in _tower(w, x) and _stackable(w, y, z)]
    if not options:
        return None
    x, y, z = w.rng.choice(options)
    text = (f"First, if you don't mind, pop the {x} in the bin, then put the {y} on the {z}. Lovely stuff, "
            f"my last customer would've loved this.")
    return _made(w, text, _act(binned([x]), rels(Rel("on", y, z))))


def t269_multi_persian(w: World) -> Made:
    options = [(x, w.state.base(x), y) for x in _in_bowls(w.state) for y in _live(w)
               if w.state.is_clear(x) and _stackable(w, x, y)]
    if not options:
        return None
    x, bw, y = w.rng.choice(options)
    text = f"First take the {x} out of the {bw}, after that put it on the {y}."
    return _made(w, text, _act(rels(Rel("on", x, y))))


def t269_multi_coder(w: World) -> Made:
    options = [(bw, x) for bw in w.bowls if w.state.in_bowl(bw) for x in _live(w) if w.state.base(x) != bw]
    if not options:
        return None
    bw, x = w.rng.choice(options)
    inside = w.state.in_bowl(bw)
    text = f"step 1: empty the {bw} into the bin. step 2: put the {x} in the {bw}."
    return _made(w, text, _act(binned(inside), rels(Rel("in", x, bw))))


def t269_multi_mum(w: World) -> Made:
    options = [(a, b, bw) for bw in w.bowls if _room(w, bw) >= 2 for a in _live(w) for b in _live(w)
               if a != b and w.state.base(a) != bw and w.state.base(b) != bw]
    if not options:
        return None
    a, b, bw = w.rng.choice(options)
    text = f"first the {a} in the {bw}, then the {b} in there too. Emma, shoes ON. thanks"
    return _made(w, text, _act(rels(Rel("in", a, bw), Rel("in", b, bw))))


def t269_multi_kid15(w: World) -> Made:
    options = [(x, y) for x in _live(w) if w.state.support[x] not in _GROUND for y in _live(w) if y != x]
    if not options:
        return None
    x, y = w.rng.choice(options)
    text = f"first put the {x} on the table and then put the {y} on top of it!!!"
    return _made(w, text, _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t269_multi_plain50(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair:
        return None
    x, y = pair
    corner = w.rng.choice(_CORNERS)
    text = f"Move the {x} to the {corner}, and after that stack the {y} on top of it."
    return _made(w, text, _act(rels(Rel("at", x, corner), Rel("on", y, x))))


# ----- questions -------------------------------------------------------------------------------------
def t269_q_barber(w: World) -> Made:
    options = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not options:
        return None
    bw = w.rng.choice(options)
    n = len(w.state.in_bowl(bw))
    text = f"Oh, before I forget, my nephew wanted to know this: how many blocks are in the {bw} at the moment?"
    return text, answered(str(n))


def t269_q_persian(w: World) -> Made:
    x, y = w.pick(_live(w), 2) or (None, None)
    if x is None:
        return None
    bw = w.rng.choice(w.bowls)
    flag = holds(Rel("in", x, bw), w.state)
    up = w.state.on_top(y)
    thing = up[0] if up else "nothing"
    text = f"Is the {x} in the {bw}? And what is there on the {y}?"
    return text, answered(f"{yes(flag)}|{thing}")


def t269_q_coder(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    s = w.state.support[b[0]]
    where = TABLE if s == TABLE else s
    return f"quick query: where's the {b[0]}?", answered(where)


def t269_q_mum(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        options = [(a, b) for a in _live(w) for b in _live(w) if a != b and a not in w.state.above(b)]
        if not options:
            return None
        a, b = w.rng.choice(options)
    flag = w.state.support[a] == b
    text = f"quick question - is the {a} on top of the {b}? Leo, stop that. sorry"
    return text, answered(yes(flag))


def t269_q_kid15(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"what colour is the block on top of the {b}??"
    return text, answered(w.colour(a))


def t269_q_plain50(w: World) -> Made:
    options = [b for b in _live(w) if w.state.base(b) in w.bowls]
    if not options:
        return None
    x = w.rng.choice(options)
    other = w.rng.choice(w.bowls)
    flag = not w.state.in_bowl(other)
    text = f"Which bowl is the {x} in? And is the {other} empty?"
    return text, answered(f"{w.state.base(x)}|{yes(flag)}")


# ----- matching --------------------------------------------------------------------------------------
def t269_match_barber(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    text = ("Here's a little job while I finish this gentleman's beard: could you put the blocks into the bowls "
            "that match their colour? The ones without a matching bowl can stay put.")
    return _made(w, text, _act(rels(*want), _no_mismatch))


def t269_match_persian(w: World) -> Made:
    options = [r for r in matching(w) if _into(w, r.block, r.target)]
    if not options:
        return None
    r = w.rng.choice(options)
    text = f"Please put the {r.block} in the bowl with same colour."
    return _made(w, text, _act(rels(r)))


def t269_match_coder(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    text = "for each block: if there's a bowl of the same colour, put it in there. else leave it"
    return _made(w, text, _act(rels(*want), _no_mismatch))


def t269_match_mum(w: World) -> Made:
    options = [r for r in matching(w) if _into(w, r.block, r.target)]
    if not options:
        return None
    r = w.rng.choice(options)
    text = f"the block that's the same colour as the {r.target} - put it in there please. Noah, ONE biscuit. one."
    return _made(w, text, _act(rels(r)))


def t269_match_kid15(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    c = w.colour(w.rng.choice(want).block)
    text = f"put the blocks in the bowls that are the same colour as them!!! like the {c} block in the {c} bowl"
    return _made(w, text, _act(rels(*want), _no_mismatch))


def t269_match_plain50(w: World) -> Made:
    options = []
    for z in w.blocks:
        bw = _bowl_of(w, w.colour(z))
        if bw:
            options += [(x, z, bw) for x in _live(w) if x != z and _into(w, x, bw)]
    if not options:
        return None
    x, z, bw = w.rng.choice(options)
    text = f"Put the {x} in the bowl that's the same colour as the {z}."
    return _made(w, text, _act(rels(Rel("in", x, bw))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("barber", "persian", "coder", "mum", "kid15", "plain50")
FRESH269: list[Template] = [
    (f"t269_{short}_{style}", category, globals()[f"t269_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
