"""`FRESH18`, the nineteenth untuned batch: sixty language templates, six in each category, in six registers spread one per category: a
programmer writing pseudo-code-ish English ("for each block in the red bowl: ...", "let x = ..."), a bored teenager
("ugh fine just", "like", "whatever", all lowercase), a puzzle book stating goals ("Goal: ...", "Target position:
..."), a British speaker with slang ("pop", "bung", "chuck", "cheers", "brilliant", "innit"), a stage magician or
game-show host ("and for my next trick ..."), and a careful lab technician's notebook ("Step 3: transfer ...",
"Ensure that ...", "Verify ..."). It was written by a tester who had not read the planner, its tests, the lexicon or
any other batch, and who never ran the planner on these sentences.

Its first run, before any fix it prompted (300 instructions, seed 0), was on the planner as `FRESH17`'s first fixes left
it (written before this batch was read): goal correct 0.54 (162 of 300; on 7403b0f, before those fixes, 0.49); 28
templates missed, 2 of them with the wrong kind of reply (10 instructions): 'What I desire, my friends, is to see X
appear inside W!' (answered with the scene) and 'Puzzle: how many of the bowls are empty right now?' (answered with
the list of questions); every other miss a refusal naming the words (120) or a question (8). What it found: a
magician's motion verbs ('watch it land on', 'vanishes into', 'shall now reappear inside'), 'keep your eyes on X: it
will not move an inch', a programmer's 'let x = ...' and 'return', 'Move: X. Destination: Y.', 'for each block: if
there is a bowl of the same colour, put the block in that bowl', 'Identify the bowl containing X. Transfer Y into that
same bowl.', 'Verify that ...', 'no other constraints', a teenager's 'like' and '... or what', 'the bowl' just named,
'..., not on the cyan block', 'no, no, not the pink bowl, the cyan bowl'. The general rules it prompted are tested in
other words in `tests/agent/test_understanding_fresh17.py`; since then it is tuned on.
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
from sim.core.lexicon import PLACES
from sim.core.relations import Rel, holds


# ----- helpers ------------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    """The colour word of a block or bowl."""
    return w.colour(name)


def _loose(w: World) -> list[str]:
    """Blocks that can be picked up at once: clear and not in the bin."""
    return w.clear_blocks()


def _below(w: World, block: str) -> list[str]:
    """Blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _tower(w: World, block: str) -> set[str]:
    """Every block in the tower that holds `block`."""
    return {block, *_below(w, block), *w.state.above(block)}


def _can_top(w: World, target: str, extra: int = 1) -> bool:
    """Whether `extra` more blocks can go on `target` (clear, tower not too tall)."""
    return w.state.is_clear(target) and len(_below(w, target)) + 1 + extra <= layout.MAX_TOWER


def _room(w: World, bowl: str, k: int = 1) -> bool:
    """Whether `bowl` has room for `k` more blocks."""
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _in(w: World, block: str, bowl: str) -> bool:
    return w.state.base(block) == bowl


def _pick1(w: World, items: list[str]) -> str | None:
    """One random item, or None."""
    got = w.pick(items)
    return got[0] if got else None


def _place(w: World) -> str:
    """A random named place."""
    return w.rng.choice(list(PLACES))


def _at_phrase(place: str) -> str:
    """'in the top left corner' / 'in the middle'."""
    return f"in the {place}"


def _top_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) pairs whose top block is clear."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _loose_into(w: World) -> tuple[str, str] | None:
    """A loose block and a bowl with room that does not hold it yet."""
    opts = [(x, bw) for x in _loose(w) for bw in w.bowls if _room(w, bw) and not _in(w, x, bw)]
    return w.rng.choice(opts) if opts else None


def _loose_onto(w: World, avoid: set[str] | None = None) -> tuple[str, str] | None:
    """Two different loose blocks (x, y): x can go on y."""
    avoid = avoid or set()
    opts = [(x, y) for x in _loose(w) for y in _loose(w) if x != y and _can_top(w, y) and not {x, y} & avoid]
    return w.rng.choice(opts) if opts else None


def _on_table(block: str) -> Check:
    return rels(Rel("on_table", block))


def _not_on(top: str, below: str) -> Check:
    return lambda _i, f: not holds(Rel("on", top, below), f) and f.base(top) != "bin" and f.support[top] != "gripper"


def _clear(block: str) -> Check:
    return lambda _i, f: f.is_clear(block)


def _all_bowls_used(bowls: list[str]) -> Check:
    return lambda _i, f: all(f.in_bowl(bw) for bw in bowls)


# ----- imperative ---------------------------------------------------------------------------------------
def _u18_imp_arrow(w: World) -> Made:
    got = _loose_into(w)
    if not got:
        return None
    x, bw = got
    return f"move the {_c(w, x)} cube -> the {_c(w, bw)} bowl. that's it, return.", rels(Rel("in", x, bw))


def _u18_imp_teen_table(w: World) -> Made:
    pairs = _top_pairs(w)
    if not pairs:
        return None
    t, b = w.rng.choice(pairs)
    return (f"ugh fine whatever. just like take the {_c(w, t)} one off the {_c(w, b)} one and put it on the table",
            _on_table(t))


def _u18_imp_puzzle_corner(w: World) -> Made:
    x = _pick1(w, _loose(w))
    if not x:
        return None
    p = _place(w)
    return f"Move: the {_c(w, x)} cube. Destination: the {p}.", rels(Rel("at", x, p))


def _u18_imp_brit_bin(w: World) -> Made:
    x = _pick1(w, _loose(w))
    if not x:
        return None
    return f"Chuck the {_c(w, x)} brick in the bin for us, would you? Cheers.", binned([x])


def _u18_imp_magic_stack(w: World) -> Made:
    got = _loose_onto(w)
    if not got:
        return None
    x, y = got
    return ((f"Ladies and gentlemen, keep your eyes on the {_c(w, x)} block... and watch it land right on top of "
            f"the {_c(w, y)} block!"), rels(Rel("on", x, y)))


def _u18_imp_lab_transfer(w: World) -> Made:
    got = _loose_into(w)
    if not got:
        return None
    x, bw = got
    return (f"Step 1: transfer the {_c(w, x)} block into the {_c(w, bw)} bowl. Ensure that it sits inside the bowl.",
            rels(Rel("in", x, bw)))


# ----- declarative --------------------------------------------------------------------------------------
def _u18_dec_post(w: World) -> Made:
    got = _loose_onto(w)
    if not got:
        return None
    x, y = got
    return f"postcondition: the {_c(w, x)} block is on the {_c(w, y)} block.", rels(Rel("on", x, y))


def _u18_dec_teen_bin(w: World) -> Made:
    x = _pick1(w, _loose(w))
    if not x:
        return None
    return f"the {_c(w, x)} one goes in the trash. like obviously", binned([x])


def _u18_dec_target(w: World) -> Made:
    x = _pick1(w, _loose(w))
    if not x:
        return None
    p = _place(w)
    return f"Target position: the {_c(w, x)} cube is {_at_phrase(p)}.", rels(Rel("at", x, p))


def _u18_dec_brit(w: World) -> Made:
    got = _loose_onto(w)
    if not got:
        return None
    x, y = got
    return (f"Right, so the {_c(w, x)} block's sat on top of the {_c(w, y)} one at the end, yeah? Brilliant.",
            rels(Rel("on", x, y)))


def _u18_dec_magic(w: World) -> Made:
    got = _loose_into(w)
    if not got:
        return None
    x, bw = got
    return (f"When the curtain falls, the {_c(w, x)} cube will be sitting in the {_c(w, bw)} bowl!",
            rels(Rel("in", x, bw)))


def _u18_dec_lab(w: World) -> Made:
    pairs = _top_pairs(w)
    if not pairs:
        return None
    t, b = w.rng.choice(pairs)
    return (f"Expected end state: the {_c(w, t)} block rests directly on the table, not on the {_c(w, b)} block.",
            _on_table(t))


# ----- desiderative -------------------------------------------------------------------------------------
def _u18_des_prog(w: World) -> Made:
    got = _loose_into(w)
    if not got:
        return None
    x, bw = got
    return f"i want: {_c(w, x)} block in {_c(w, bw)} bowl. no other constraints.", rels(Rel("in", x, bw))


def _u18_des_teen(w: World) -> Made:
    got = _loose_onto(w)
    if not got:
        return None
    x, y = got
    return f"i just want the {_c(w, x)} one on the {_c(w, y)} one ok? thats literally it", rels(Rel("on", x, y))


def _u18_des_goal(w: World) -> Made:
    x = _pick1(w, _loose(w))
    if not x:
        return None
    p = _place(w)
    return f"Goal: I'd like the {_c(w, x)} cube to end up {_at_phrase(p)}.", rels(Rel("at", x, p))


def _u18_des_brit(w: World) -> Made:
    x = _pick1(w, _loose(w))
    if not x:
        return None
    return f"I'd love the {_c(w, x)} block in the bin, if you don't mind. Cheers mate.", binned([x])


def _u18_des_magic(w: World) -> Made:
    got = _loose_into(w)
    if not got:
        return None
    x, bw = got
    return (f"What I desire, my friends, is to see the {_c(w, x)} block appear inside the {_c(w, bw)} bowl!",
            rels(Rel("in", x, bw)))


def _u18_des_lab(w: World) -> Made:
    x = _pick1(w, _loose(w))
    if not x:
        return None
    p = _place(w)
    return ((f"I would like the {_c(w, x)} block positioned {_at_phrase(p)} of the table. Make it so before the next "
            "step."), rels(Rel("at", x, p)))


# ----- quantified ---------------------------------------------------------------------------------------
def _u18_qua_foreach(w: World) -> Made:
    bw = _pick1(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bw:
        return None
    return f"for each block in the {_c(w, bw)} bowl: move it to the bin.", binned(w.state.in_bowl(bw))


def _u18_qua_teen(w: World) -> Made:
    if all(w.state.in_bowl(b) for b in w.bowls) or len(w.bowls) < 2:
        return None
    return "ugh ok just make sure every bowl has like at least one block in it", _all_bowls_used(w.bowls)


def _u18_qua_exact(w: World) -> Made:
    bw = _pick1(w, [b for b in w.bowls if len(w.state.in_bowl(b)) < 2])
    if not bw:
        return None
    return f"Goal: exactly two blocks in the {_c(w, bw)} bowl.", count_in(bw, 2)


def _u18_qua_brit(w: World) -> Made:
    bw = _pick1(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bw or len(w.blocks) < 2:
        return None
    return f"Pop any two blocks into the {_c(w, bw)} dish, doesn't matter which. Ta.", count_in(bw, 2)


def _u18_qua_magic(w: World) -> Made:
    return "For my grand finale, every single block vanishes into the bin! Every last one!", binned(w.blocks)


def _u18_qua_lab(w: World) -> Made:
    opts = [(a, b) for a in w.bowls for b in w.bowls
            if a != b and w.state.in_bowl(a) and _room(w, b, len(w.state.in_bowl(a)))]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    moved = w.state.in_bowl(a)
    return ((f"Transfer each of the blocks in the {_c(w, a)} bowl to the {_c(w, b)} bowl. Verify that the "
            f"{_c(w, a)} bowl is empty afterwards."), both(rels(*(Rel("in", x, b) for x in moved)), empty(a)))


# ----- negated ------------------------------------------------------------------------------------------
def _u18_neg_except(w: World) -> Made:
    x = _pick1(w, w.blocks)
    if not x:
        return None
    others = [b for b in w.blocks if b != x]
    return (f"for every block except the {_c(w, x)} one: put it in the bin.",
            both(binned(others), none_binned([x])))


def _u18_neg_teen(w: World) -> Made:
    pairs = _top_pairs(w)
    if not pairs:
        return None
    t, b = w.rng.choice(pairs)
    return f"ugh move the {_c(w, t)} one off the {_c(w, b)} one. just not into the bin ok", _not_on(t, b)


def _u18_neg_puzzle(w: World) -> Made:
    bw = _pick1(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bw:
        return None
    return f"Goal: no block remains in the {_c(w, bw)} bowl.", empty(bw)


def _u18_neg_brit(w: World) -> Made:
    inside = w.in_bowls()
    out = [b for b in w.blocks if b not in inside]
    if not inside or not out:
        return None
    return ("Bin all the blocks apart from the ones in the bowls, ta. Easy enough, innit?",
            both(binned(out), none_binned(inside)))


def _u18_neg_magic(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    got = _loose_into(w)
    if not got:
        return None
    x, bw = got
    other = w.rng.choice([b for b in w.bowls if b != bw])
    return ((f"And now the {_c(w, x)} block will leap into the {_c(w, other)} bowl... no, no, not the "
            f"{_c(w, other)} bowl, the {_c(w, bw)} bowl!"), rels(Rel("in", x, bw)))


def _u18_neg_lab(w: World) -> Made:
    b = _pick1(w, sorted({b for _t, b in w.pairs()}))
    if not b:
        return None
    return (f"Ensure that no block remains on top of the {_c(w, b)} block. Do not use the bin for this.",
            both(_clear(b), none_binned(w.blocks)))


# ----- relative -----------------------------------------------------------------------------------------
def _u18_rel_let(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, b = w.rng.choice(pairs)
    return f"let x = the block sitting on the {_c(w, b)} block. move x to the bin.", binned([t])


def _u18_rel_teen_near(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    bw = _pick1(w, bowls)
    if not bw:
        return None
    cands = sorted((w.dist(x, bw), x) for x in w.blocks if w.state.base(x) != "bin")
    if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.03:
        return None
    x = cands[0][1]
    if not w.state.is_clear(x) or w.state.support[x] in w.state.support:
        return None
    return (f"ugh just put whichever block is like closest to the {_c(w, bw)} bowl in it",
            rels(Rel("in", x, bw)))


def _u18_rel_empty(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(empties) != 1:
        return None
    x = _pick1(w, _loose(w))
    if not x:
        return None
    return f"Goal: the {_c(w, x)} cube is in the empty bowl.", rels(Rel("in", x, empties[0]))


def _u18_rel_brit(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    bw = _pick1(w, singles)
    if not bw:
        return None
    x = w.state.in_bowl(bw)[0]
    y = _pick1(w, [y for y in _loose(w) if y != x and _can_top(w, y)])
    if not y:
        return None
    return (f"Grab whichever block's in the {_c(w, bw)} bowl and bung it on top of the {_c(w, y)} one, cheers.",
            rels(Rel("on", x, y)))


def _u18_rel_magic(w: World) -> Made:
    opts = [(t, b, bw) for t, b in w.pairs() for bw in w.bowls if _room(w, bw) and not _in(w, b, bw)]
    if not opts:
        return None
    t, b, bw = w.rng.choice(opts)
    return (f"The block hiding beneath the {_c(w, t)} cube... shall now reappear inside the {_c(w, bw)} bowl!",
            rels(Rel("in", b, bw)))


def _u18_rel_lab(w: World) -> Made:
    opts = [(z, x) for z in w.in_bowls() for x in _loose(w)
            if not _in(w, x, w.state.base(z)) and _room(w, w.state.base(z))]
    if not opts:
        return None
    z, x = w.rng.choice(opts)
    return (f"Identify the bowl containing the {_c(w, z)} block. Transfer the {_c(w, x)} block into that same bowl.",
            rels(Rel("in", x, w.state.base(z))))


# ----- keep ---------------------------------------------------------------------------------------------
def _u18_keep_prog(w: World) -> Made:
    x = _pick1(w, _loose(w))
    if not x:
        return None
    g = _pick1(w, [b for b in w.blocks if b not in _tower(w, x)])
    if not g:
        return None
    return (f"move {_c(w, x)} block -> bin; constraint: {_c(w, g)} block stays exactly where it is.",
            both(binned([x]), kept(g)))


def _u18_keep_teen(w: World) -> Made:
    got = _loose_onto(w)
    if not got:
        return None
    x, y = got
    r = _pick1(w, [b for b in w.blocks if b not in _tower(w, x) | _tower(w, y)])
    if not r:
        return None
    return (f"just stack the {_c(w, x)} one on the {_c(w, y)} one but like leave the {_c(w, r)} one alone ok",
            both(rels(Rel("on", x, y)), kept(r)))


def _u18_keep_puzzle(w: World) -> Made:
    bw = _pick1(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bw:
        return None
    x = _pick1(w, [b for b in _loose(w) if not _in(w, b, bw)])
    if not x:
        return None
    p = _place(w)
    return ((f"Goal: the {_c(w, x)} cube {_at_phrase(p)}. Rule: the contents of the {_c(w, bw)} bowl must stay as "
            "they are."), both(rels(Rel("at", x, p)), kept(*w.state.in_bowl(bw))))


def _u18_keep_brit(w: World) -> Made:
    got = _loose_into(w)
    if not got:
        return None
    x, bw = got
    rest = [b for b in w.blocks if b != x]
    return (f"Pop the {_c(w, x)} block in the {_c(w, bw)} dish but leave the rest where they are, cheers.",
            both(rels(Rel("in", x, bw)), kept(*rest)))


def _u18_keep_magic(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if _tower(w, t) == {t, b}]
    if not pairs:
        return None
    t, b = w.rng.choice(pairs)
    opts = [(x, bw) for x in _loose(w) for bw in w.bowls
            if x not in (t, b) and _room(w, bw) and not _in(w, x, bw)]
    if not opts:
        return None
    x, bw = w.rng.choice(opts)
    return ((f"Keep your eyes on the tower of the {_c(w, t)} and {_c(w, b)} blocks: it will not move an inch... while "
            f"the {_c(w, x)} block jumps into the {_c(w, bw)} bowl!"), both(rels(Rel("in", x, bw)), kept(t, b)))


def _u18_keep_lab(w: World) -> Made:
    x = _pick1(w, _loose(w))
    if not x:
        return None
    r = _pick1(w, [b for b in w.blocks if b not in _tower(w, x)])
    if not r:
        return None
    p = _place(w)
    return (f"Step 1: move the {_c(w, x)} block to the {p}. Ensure that the {_c(w, r)} block is not disturbed.",
            both(rels(Rel("at", x, p)), kept(r)))


# ----- multi-step ---------------------------------------------------------------------------------------
def _u18_ms_prog(w: World) -> Made:
    loose = _loose(w)
    opts = [(a, b, c) for a in loose for b in loose for c in loose
            if len({a, b, c}) == 3 and _can_top(w, c)]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    return (f"first: move the {_c(w, a)} cube to the bin. then: move the {_c(w, b)} cube onto the {_c(w, c)} cube.",
            both(binned([a]), rels(Rel("on", b, c))))


def _u18_ms_teen(w: World) -> Made:
    loose = _loose(w)
    opts = [(g, p, bw) for g in loose for p in loose for bw in w.bowls
            if g != p and _room(w, bw, 2) and not _in(w, g, bw) and not _in(w, p, bw)]
    if not opts:
        return None
    g, p, bw = w.rng.choice(opts)
    return ((f"ugh ok first put the {_c(w, g)} one in the {_c(w, bw)} bowl and then like put the {_c(w, p)} one on top "
            "of it"), rels(Rel("in", g, bw), Rel("on", p, g)))


def _u18_ms_puzzle(w: World) -> Made:
    got = _loose_onto(w)
    if not got:
        return None
    p, o = got
    place = _place(w)
    return ((f"Step 1: {_c(w, o)} cube to the {place}. Step 2: {_c(w, p)} cube on top of the {_c(w, o)} cube. "
            "Goal: both steps done."), rels(Rel("at", o, place), Rel("on", p, o)))


def _u18_ms_brit(w: World) -> Made:
    pairs = _top_pairs(w)
    if not pairs:
        return None
    g, below = w.rng.choice(pairs)
    c = _pick1(w, [b for b in w.blocks if b != g and (w.state.is_clear(b) or b == below)
                   and w.state.base(b) != "bin"])
    if not c:
        return None
    return ((f"Right, first off bung the {_c(w, g)} block on the table, then pop the {_c(w, c)} one on top of it. "
            "Brilliant."), both(_on_table(g), rels(Rel("on", c, g))))


def _u18_ms_magic(w: World) -> Made:
    loose = _loose(w)
    opts = [(x, y, bw) for x in loose for y in loose for bw in w.bowls
            if x != y and _room(w, bw) and not _in(w, y, bw)]
    if not opts:
        return None
    x, y, bw = w.rng.choice(opts)
    return ((f"First, the {_c(w, x)} block vanishes into the bin! Then, ta-da, the {_c(w, y)} block appears in the "
            f"{_c(w, bw)} bowl!"), both(binned([x]), rels(Rel("in", y, bw))))


def _u18_ms_lab(w: World) -> Made:
    opts = [(t, b, bw) for t, b in _top_pairs(w) for bw in w.bowls if _room(w, bw) and not _in(w, b, bw)
            and len(_below(w, b)) == 0]
    if not opts:
        return None
    t, b, bw = w.rng.choice(opts)
    return ((f"Step 1: remove the {_c(w, t)} block from the {_c(w, b)} block and place it on the table. Step 2: "
            f"transfer the {_c(w, b)} block to the {_c(w, bw)} bowl. Step 3: verify that the {_c(w, b)} block is "
            "inside the bowl."), both(_on_table(t), rels(Rel("in", b, bw))))


# ----- questions ----------------------------------------------------------------------------------------
def _u18_q_count(w: World) -> Made:
    bw = _pick1(w, w.bowls)
    if not bw:
        return None
    n = len(w.state.in_bowl(bw))
    return f"how many blocks are in the {_c(w, bw)} bowl? just return the number", answered(str(n))


def _u18_q_teen(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        got = w.pick(w.blocks, 2)
        if not got:
            return None
        x, y = got
    flag = w.state.support[x] == y
    return f"wait is the {_c(w, x)} one like on top of the {_c(w, y)} one or what", answered(yes(flag))


def _u18_q_puzzle(w: World) -> Made:
    n = sum(1 for b in w.bowls if not w.state.in_bowl(b))
    return "Puzzle: how many of the bowls are empty right now?", answered(str(n))


def _u18_q_brit(w: World) -> Made:
    bw = _pick1(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bw:
        return None
    words = "|".join(_c(w, x) for x in w.state.in_bowl(bw))
    return f"What's in the {_c(w, bw)} bowl, mate?", answered(words)


def _u18_q_magic(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, b = w.rng.choice(pairs)
    return (f"And now, a question for our audience: which block is sitting on top of the {_c(w, b)} block?",
            answered(_c(w, t)))


def _u18_q_lab(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bw = w.state.base(x)
    else:
        x = _pick1(w, w.blocks)
        bw = _pick1(w, w.bowls)
        if not x or not bw:
            return None
    return (f"Verify: is the {_c(w, x)} block in the {_c(w, bw)} bowl? Record yes or no.",
            answered(yes(_in(w, x, bw))))


# ----- colour matching ----------------------------------------------------------------------------------
def _match(w: World) -> list[Rel] | None:
    """The matching relations, if there is something left to match."""
    want = matching(w)
    if not want or all(holds(r, w.state) for r in want):
        return None
    return want


def _u18_mat_prog(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    return "for each block: if there's a bowl of the same colour, put the block in that bowl.", rels(*want)


def _u18_mat_teen(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    return "ugh just put the blocks in the bowls that like match their colour i guess", rels(*want)


def _u18_mat_puzzle(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    return "Goal: every block that shares its colour with a bowl is inside that bowl.", rels(*want)


def _u18_mat_brit(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    return "Sort the blocks into their matching bowls, colour to colour. Cheers, you're a star.", rels(*want)


def _u18_mat_magic(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    return "Watch as each block finds its way home... to the bowl of its very own colour!", rels(*want)


def _u18_mat_lab(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or any(m in _below(w, u) for u in rest for m in matched):
        return None
    return (("Sort by colour: transfer each block to the bowl of the same colour, where one exists. Blocks without a "
            "matching bowl must stay where they are."), both(rels(*want), kept(*rest)))


FRESH18: list[Template] = [
    ("u18_imp_arrow", "imperative", _u18_imp_arrow),
    ("u18_imp_teen_table", "imperative", _u18_imp_teen_table),
    ("u18_imp_puzzle_corner", "imperative", _u18_imp_puzzle_corner),
    ("u18_imp_brit_bin", "imperative", _u18_imp_brit_bin),
    ("u18_imp_magic_stack", "imperative", _u18_imp_magic_stack),
    ("u18_imp_lab_transfer", "imperative", _u18_imp_lab_transfer),
    ("u18_dec_post", "declarative", _u18_dec_post),
    ("u18_dec_teen_bin", "declarative", _u18_dec_teen_bin),
    ("u18_dec_target", "declarative", _u18_dec_target),
    ("u18_dec_brit", "declarative", _u18_dec_brit),
    ("u18_dec_magic", "declarative", _u18_dec_magic),
    ("u18_dec_lab", "declarative", _u18_dec_lab),
    ("u18_des_prog", "desiderative", _u18_des_prog),
    ("u18_des_teen", "desiderative", _u18_des_teen),
    ("u18_des_goal", "desiderative", _u18_des_goal),
    ("u18_des_brit", "desiderative", _u18_des_brit),
    ("u18_des_magic", "desiderative", _u18_des_magic),
    ("u18_des_lab", "desiderative", _u18_des_lab),
    ("u18_qua_foreach", "quantified", _u18_qua_foreach),
    ("u18_qua_teen", "quantified", _u18_qua_teen),
    ("u18_qua_exact", "quantified", _u18_qua_exact),
    ("u18_qua_brit", "quantified", _u18_qua_brit),
    ("u18_qua_magic", "quantified", _u18_qua_magic),
    ("u18_qua_lab", "quantified", _u18_qua_lab),
    ("u18_neg_except", "negated", _u18_neg_except),
    ("u18_neg_teen", "negated", _u18_neg_teen),
    ("u18_neg_puzzle", "negated", _u18_neg_puzzle),
    ("u18_neg_brit", "negated", _u18_neg_brit),
    ("u18_neg_magic", "negated", _u18_neg_magic),
    ("u18_neg_lab", "negated", _u18_neg_lab),
    ("u18_rel_let", "relative", _u18_rel_let),
    ("u18_rel_teen_near", "relative", _u18_rel_teen_near),
    ("u18_rel_empty", "relative", _u18_rel_empty),
    ("u18_rel_brit", "relative", _u18_rel_brit),
    ("u18_rel_magic", "relative", _u18_rel_magic),
    ("u18_rel_lab", "relative", _u18_rel_lab),
    ("u18_keep_prog", "keep", _u18_keep_prog),
    ("u18_keep_teen", "keep", _u18_keep_teen),
    ("u18_keep_puzzle", "keep", _u18_keep_puzzle),
    ("u18_keep_brit", "keep", _u18_keep_brit),
    ("u18_keep_magic", "keep", _u18_keep_magic),
    ("u18_keep_lab", "keep", _u18_keep_lab),
    ("u18_ms_prog", "multi_step", _u18_ms_prog),
    ("u18_ms_teen", "multi_step", _u18_ms_teen),
    ("u18_ms_puzzle", "multi_step", _u18_ms_puzzle),
    ("u18_ms_brit", "multi_step", _u18_ms_brit),
    ("u18_ms_magic", "multi_step", _u18_ms_magic),
    ("u18_ms_lab", "multi_step", _u18_ms_lab),
    ("u18_q_count", "question", _u18_q_count),
    ("u18_q_teen", "question", _u18_q_teen),
    ("u18_q_puzzle", "question", _u18_q_puzzle),
    ("u18_q_brit", "question", _u18_q_brit),
    ("u18_q_magic", "question", _u18_q_magic),
    ("u18_q_lab", "question", _u18_q_lab),
    ("u18_mat_prog", "matching", _u18_mat_prog),
    ("u18_mat_teen", "matching", _u18_mat_teen),
    ("u18_mat_puzzle", "matching", _u18_mat_puzzle),
    ("u18_mat_brit", "matching", _u18_mat_brit),
    ("u18_mat_magic", "matching", _u18_mat_magic),
    ("u18_mat_lab", "matching", _u18_mat_lab),
]
