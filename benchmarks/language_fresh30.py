"""`FRESH30`, the thirty-first untuned batch: sixty language templates, six per category, over random scenes.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
Six kinds of ordinary users, one template each per category: a busy parent multitasking, a science teacher
demonstrating to a class, an accessibility user dictating (punctuation words spelled out, very literal phrasing),
a game designer describing a level goal, an Indian English speaker, and a person politely correcting themselves.

Its first run, before any fix it prompted (300 instructions, seed 0; on 414a527 with this session's first three
question mends, written before the batch was read): goal correct 0.60 (180 of 300); 27 templates missed, 3 of them
with a wrong action or reply: a count taken back ('Put three of the blocks in the bin. Sorry, I meant two') binned
three; a dictated 'question mark' was read as part of a block's name; a question corrected after its '?' ('Is there
a block in W? Sorry, I meant V') was answered about W. The other misses were clear refusals or questions.
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


# ----- helpers ----------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _loose(w: World) -> list[str]:
    """Blocks that are not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _on_table(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(w: World, b: str) -> int:
    """How many blocks b's tower has from its bottom up to b, b included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _tower(w: World, b: str) -> set[str]:
    """Every block of the tower that holds b."""
    bottom = b
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return {bottom, *w.state.above(bottom)}


def _spot(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _into(w: World, n: int = 1) -> tuple[str, str] | None:
    """A loose block not in the chosen bowl, and a bowl with room for it."""
    bowls = [o for o in w.bowls if _room(w, o, n)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blocks = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not blocks:
        return None
    return w.rng.choice(blocks), bowl


def _onto(w: World) -> tuple[str, str] | None:
    """(a, b): a can sensibly be put on the clear block b."""
    options = [(a, b) for a in _loose(w) for b in w.clear_blocks()
               if a != b and w.state.support[a] != b and b not in w.state.above(a) and _height(w, b) < layout.MAX_TOWER]
    return w.rng.choice(options) if options else None


def _placed(w: World) -> tuple[str, str] | None:
    """A loose block and a named place it is not at."""
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    place = w.rng.choice([p for p in PLACES if w.state.base(b) != p])
    return b, place


def _off_table(w: World) -> list[str]:
    return [b for b in _loose(w) if not _on_table(w, b)]


def _match(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return None
    if any(not _room(w, r.target) for r in want if not rels(r)(w.state, w.state)):
        return None
    return want


def _not_under(w: World, keep: str, moved: str) -> bool:
    """`keep` can stay where it is while `moved` moves."""
    return keep != moved and keep not in w.state.above(moved)


# ----- imperative -------------------------------------------------------------------------------------
def g30_imp_parent(w: World) -> Made:
    got = _into(w)
    if got is None:
        return None
    b, o = got
    text = w.rng.choice(["ok quickly put the {b} block in the {o} bowl", "ok put the {b} block in the {o} bowl quick",
                         "quickly, {b} block into the {o} bowl pls"])
    return text.format(b=_c(w, b), o=_c(w, o)), rels(Rel("in", b, o))


def g30_imp_teacher(w: World) -> Made:
    got = _onto(w)
    if got is None:
        return None
    a, b = got
    return (f"Now watch as the robot picks up the {_c(w, a)} cube and sets it down on top of the {_c(w, b)} one.",
            rels(Rel("on", a, b)))


def g30_imp_access(w: World) -> Made:
    got = _placed(w)
    if got is None:
        return None
    b, p = got
    return (f"pick up the {_c(w, b)} block comma then put it down in {_spot(p)} period", rels(Rel("at", b, p)))


def g30_imp_game(w: World) -> Made:
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return f"Tutorial level, step one: have the robot toss the {_c(w, b)} block into the bin.", binned([b])


def g30_imp_indian(w: World) -> Made:
    blocks = _off_table(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return f"Kindly keep the {_c(w, b)} block on the table itself.", rels(Rel("on_table", b))


def g30_imp_correct(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    got = _into(w)
    if got is None:
        return None
    b, o = got
    wrong = w.rng.choice([x for x in w.bowls if x != o])
    return (f"Put the {_c(w, b)} block in the {_c(w, wrong)} bowl, sorry, I meant the {_c(w, o)} bowl.",
            rels(Rel("in", b, o)))


# ----- declarative ------------------------------------------------------------------------------------
def g30_dec_parent(w: World) -> Made:
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return f"ok the {_c(w, b)} block needs to be in the bin, thanks", binned([b])


def g30_dec_teacher(w: World) -> Made:
    got = _onto(w)
    if got is None:
        return None
    a, b = got
    return (f"By the end of this demo the {_c(w, a)} block will be sitting on top of the {_c(w, b)} block.",
            rels(Rel("on", a, b)))


def g30_dec_access(w: World) -> Made:
    got = _placed(w)
    if got is None:
        return None
    b, p = got
    return (f"the result I want is comma the {_c(w, b)} block is in {_spot(p)} period", rels(Rel("at", b, p)))


def g30_dec_game(w: World) -> Made:
    got = _into(w, 2)
    if got is None:
        return None
    a, o = got
    others = [b for b in _loose(w) if b != a and w.state.base(b) != o]
    if not others:
        return None
    b = w.rng.choice(others)
    return (f"The win condition is: the {_c(w, o)} bowl holds both the {_c(w, a)} block and the {_c(w, b)} block.",
            rels(Rel("in", a, o), Rel("in", b, o)))


def g30_dec_indian(w: World) -> Made:
    got = _into(w)
    if got is None:
        return None
    b, o = got
    return f"The {_c(w, b)} block should be inside the {_c(w, o)} bowl only.", rels(Rel("in", b, o))


def g30_dec_correct(w: World) -> Made:
    b = w.rng.choice(_loose(w)) if _loose(w) else None
    if b is None:
        return None
    first, second = w.rng.sample(list(PLACES), 2)
    if w.state.base(b) == second:
        return None
    return (f"The {_c(w, b)} block should end up in {_spot(first)}, no wait, {_spot(second)}.",
            rels(Rel("at", b, second)))


# ----- desiderative -----------------------------------------------------------------------------------
def g30_des_parent(w: World) -> Made:
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return f"i want the {_c(w, b)} block gone, in the bin, quickly pls", binned([b])


def g30_des_teacher(w: World) -> Made:
    blocks = _off_table(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    base = w.state.base(b)
    where = f"the {_c(w, base)} bowl" if base in w.state.bowls else "its stack"
    return ((f"Let's have the robot take the {_c(w, b)} block out of {where} and put it on the table, "
            "I'd like the class to see it up close."), rels(Rel("on_table", b)))


def g30_des_access(w: World) -> Made:
    got = _into(w)
    if got is None:
        return None
    b, o = got
    return f"I would like you to place the {_c(w, b)} block inside the {_c(w, o)} bowl period", rels(Rel("in", b, o))


def g30_des_game(w: World) -> Made:
    got = _onto(w)
    if got is None:
        return None
    a, b = got
    return (f"What I want for the opening screen is the {_c(w, a)} cube resting on the {_c(w, b)} cube.",
            rels(Rel("on", a, b)))


def g30_des_indian(w: World) -> Made:
    got = _placed(w)
    if got is None:
        return None
    b, p = got
    return f"I want that {_c(w, b)} block in {_spot(p)} only, kindly do the needful.", rels(Rel("at", b, p))


def g30_des_correct(w: World) -> Made:
    got = _onto(w)
    if got is None:
        return None
    a, b = got
    wrong = [x for x in w.blocks if x not in (a, b, w.state.support[a])]
    if not wrong:
        return None
    x = w.rng.choice(wrong)
    return (f"I'd like the {_c(w, a)} block on the {_c(w, x)} block, sorry, I meant on the {_c(w, b)} block.",
            rels(Rel("on", a, b)))


# ----- quantified -------------------------------------------------------------------------------------
def g30_qua_parent(w: World) -> Made:
    blocks = _loose(w)
    if not blocks:
        return None
    text = w.rng.choice(["ok all the blocks in the bin, quick", "ok quickly throw every block in the bin"])
    return text, binned(w.blocks)


def g30_qua_teacher(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls or len(_loose(w)) < 2:
        return None
    o = w.rng.choice(bowls)
    return (f"Let's have it put two blocks, any two, into the {_c(w, o)} bowl so everyone can count them.",
            count_in(o, 2))


def g30_qua_access(w: World) -> Made:
    outside = [b for b in _loose(w) if w.state.base(b) not in w.state.bowls]
    if not outside:
        return None
    bowls = [o for o in w.bowls if _room(w, o, len(outside))]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return (f"put every block that is not already in a bowl comma into the {_c(w, o)} bowl period",
            rels(*(Rel("in", b, o) for b in outside)))


def g30_qua_game(w: World) -> Made:
    if all(w.state.in_bowl(o) for o in w.bowls) or len(_loose(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    return ("The win condition is that every bowl on the table has at least one cube in it.",
            lambda _i, f: all(f.in_bowl(o) for o in bowls))


def g30_qua_indian(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    inside = w.state.in_bowl(o)
    what = "whatever block is inside, keep it" if len(inside) == 1 else "whatever blocks are inside, keep them"
    return (f"Kindly empty the {_c(w, o)} bowl fully, {what} on the table itself.",
            both(empty(o), lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside)))


def g30_qua_correct(w: World) -> Made:
    if len(_loose(w)) < 3 or len(_loose(w)) != len(w.blocks):
        return None
    blocks = list(w.blocks)
    return ("Put three of the blocks in the bin. Sorry, I meant two, just two of them.",
            lambda _i, f: sum(f.base(b) == BIN for b in blocks) == 2)


# ----- negated ----------------------------------------------------------------------------------------
def g30_neg_parent(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    keep = w.rng.choice(blocks)
    rest = [b for b in blocks if b != keep]
    return (f"ok quickly everything in the bin except the {_c(w, keep)} block",
            both(binned(rest), none_binned([keep])))


def g30_neg_teacher(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    bowls = list(w.bowls)
    check: Check = lambda _i, f: f.base(b) not in bowls and f.base(b) != "gripper"
    return ((f"Now watch as the robot takes the {_c(w, b)} block out of the {_c(w, o)} bowl and puts it "
            "somewhere that isn't a bowl at all."), check)


def g30_neg_access(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    avoid = w.rng.choice(w.bowls)
    blocks = [b for b in _loose(w) if w.state.base(b) not in w.state.bowls or w.state.base(b) == avoid]
    others = [o for o in w.bowls if o != avoid and _room(w, o)]
    if not blocks or not others:
        return None
    b = w.rng.choice(blocks)
    check: Check = lambda _i, f: f.base(b) in f.bowls and f.base(b) != avoid
    return f"put the {_c(w, b)} block in a bowl comma but not the {_c(w, avoid)} bowl period", check


def g30_neg_game(w: World) -> Made:
    blocks = [b for b in _loose(w) if _on_table(w, b)]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return (f"The win condition is simple: the {_c(w, b)} block is no longer touching the table.",
            lambda _i, f: f.support[b] not in (TABLE, "gripper", *PLACES))


def g30_neg_indian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return ((f"Kindly remove the {_c(w, top)} block from the top of the {_c(w, below)} block, but don't put it "
            "in the bin, okay?"),
            lambda _i, f: f.support[top] not in (below, "gripper") and f.base(top) != BIN)


def g30_neg_correct(w: World) -> Made:
    blocks = _off_table(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return (f"Throw the {_c(w, b)} block in the bin, no wait, don't bin it, just put it on the table.",
            both(rels(Rel("on_table", b)), none_binned([b])))


# ----- relative ---------------------------------------------------------------------------------------
def g30_rel_parent(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"ok take the one that's on top of the {_c(w, below)} block and put it in the bin", binned([top])


def _single(w: World) -> list[str]:
    return [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]


def g30_rel_teacher(w: World) -> Made:
    bowls = _single(w)
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    b = w.state.in_bowl(o)[0]
    p = w.rng.choice(list(PLACES))
    return (f"Let's have the robot move the block that's sitting in the {_c(w, o)} bowl over to {_spot(p)}.",
            rels(Rel("at", b, p)))


def g30_rel_access(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"pick up the block which is on top of the {_c(w, below)} block comma and put it on the table period",
            rels(Rel("on_table", top)))


def g30_rel_game(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    blocks = sorted((w.dist(b, o), b) for b in _loose(w) if w.state.base(b) != o)
    if not blocks or (len(blocks) > 1 and blocks[1][0] - blocks[0][0] < 0.03):
        return None
    b = blocks[0][1]
    return (f"The player must grab whichever cube is closest to the {_c(w, o)} bowl and drop it into that bowl.",
            rels(Rel("in", b, o)))


def g30_rel_indian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"Kindly put the block that is below the {_c(w, top)} block in the bin itself.", binned([below])


def g30_rel_correct(w: World) -> Made:
    bowls = _single(w)
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    b = w.state.in_bowl(o)[0]
    first, second = w.rng.sample(list(PLACES), 2)
    return (f"Move the block that's in the {_c(w, o)} bowl to {_spot(first)}. Actually, make that {_spot(second)}.",
            rels(Rel("at", b, second)))


# ----- keep -------------------------------------------------------------------------------------------
def _move_keep(w: World, moved_ok) -> tuple[str, str] | None:
    options = [(m, k) for m in _loose(w) if moved_ok(m) for k in _loose(w) if _not_under(w, k, m)]
    return w.rng.choice(options) if options else None


def g30_keep_parent(w: World) -> Made:
    got = _move_keep(w, lambda m: True)
    if got is None:
        return None
    m, k = got
    return (f"ok move the {_c(w, m)} block to the bin but leave the {_c(w, k)} one alone",
            both(binned([m]), kept(k)))


def g30_keep_teacher(w: World) -> Made:
    got = _move_keep(w, lambda m: not _on_table(w, m))
    if got is None:
        return None
    m, k = got
    return ((f"Now watch as the robot puts the {_c(w, m)} block down on the table without disturbing "
            f"the {_c(w, k)} block."), both(rels(Rel("on_table", m)), kept(k)))


def g30_keep_access(w: World) -> Made:
    got = _into(w)
    if got is None:
        return None
    m, o = got
    keep = [k for k in _loose(w) if _not_under(w, k, m)]
    if not keep:
        return None
    k = w.rng.choice(keep)
    return ((f"place the {_c(w, m)} block in the {_c(w, o)} bowl comma and keep the {_c(w, k)} block exactly where "
            "it is period"), both(rels(Rel("in", m, o)), kept(k)))


def g30_keep_game(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    tower = _tower(w, below)
    blocks = [b for b in _loose(w) if b not in tower]
    if not blocks:
        return None
    m = w.rng.choice(blocks)
    return ((f"The player must get the {_c(w, m)} cube into the bin while the {_c(w, top)}-on-{_c(w, below)} "
            "tower stays standing."), both(binned([m]), kept(top, below)))


def g30_keep_indian(w: World) -> Made:
    got = _onto(w)
    if got is None:
        return None
    a, b = got
    keep = [k for k in _loose(w) if k not in (a, b) and _not_under(w, k, a)]
    if not keep:
        return None
    k = w.rng.choice(keep)
    return ((f"Do one thing, keep the {_c(w, a)} block on the {_c(w, b)} block, but the {_c(w, k)} block should "
            "stay in its place only."), both(rels(Rel("on", a, b)), kept(k)))


def g30_keep_correct(w: World) -> Made:
    got = _move_keep(w, lambda m: True)
    if got is None:
        return None
    m, k = got
    wrong = [x for x in w.blocks if x not in (m, k)]
    if not wrong:
        return None
    x = w.rng.choice(wrong)
    return ((f"Put the {_c(w, m)} block in the bin and leave the {_c(w, x)} one, sorry, I meant leave the "
            f"{_c(w, k)} one where it is."), both(binned([m]), kept(k)))


# ----- multi-step -------------------------------------------------------------------------------------
def g30_multi_parent(w: World) -> Made:
    blocks = _loose(w)
    second = [b for b in _off_table(w)]
    options = [(a, b) for a in blocks for b in second if a != b and a not in w.state.above(b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    return (f"ok first the {_c(w, a)} block in the bin then the {_c(w, b)} one on the table",
            both(binned([a]), rels(Rel("on_table", b))))


def g30_multi_teacher(w: World) -> Made:
    got = _into(w, 2)
    if got is None:
        return None
    a, o = got
    others = [b for b in _loose(w) if b != a and w.state.base(b) != o]
    if not others:
        return None
    b = w.rng.choice(others)
    return ((f"First we'll have the robot put the {_c(w, a)} block in the {_c(w, o)} bowl, and then watch it put "
            f"the {_c(w, b)} block in there too."), rels(Rel("in", a, o), Rel("in", b, o)))


def g30_multi_access(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    a, b = w.rng.sample(blocks, 2)
    return ((f"first comma pick up the {_c(w, a)} block and put it in the bin period second comma pick up the "
            f"{_c(w, b)} block and put it in the bin too period"), binned([a, b]))


def g30_multi_game(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    a, b = w.rng.sample(clear, 2)
    p = w.rng.choice([x for x in PLACES if x != "middle"])
    return ((f"Level goal, in order: the {_c(w, a)} cube goes to the {p}, then the {_c(w, b)} cube goes on top "
            "of it."), rels(Rel("at", a, p), Rel("on", b, a)))


def g30_multi_indian(w: World) -> Made:
    got = _onto(w)
    if got is None:
        return None
    a, b = got
    rest = [x for x in _loose(w) if x not in (a, b) and x not in w.state.above(b) and x not in w.state.above(a)]
    if not rest:
        return None
    x = w.rng.choice(rest)
    return ((f"Kindly do one thing: first keep the {_c(w, a)} block on the {_c(w, b)} block, after that put the "
            f"{_c(w, x)} block in the bin."), both(rels(Rel("on", a, b)), binned([x])))


def g30_multi_correct(w: World) -> Made:
    got = _into(w, 2)
    if got is None:
        return None
    a, o = got
    others = [b for b in _loose(w) if b != a and w.state.base(b) != o]
    if not others:
        return None
    b = w.rng.choice(others)
    return ((f"Put the {_c(w, a)} block in the {_c(w, o)} bowl, then the {_c(w, b)} block in the bin. Sorry, I "
            f"meant the {_c(w, b)} block goes in the {_c(w, o)} bowl too."),
            both(rels(Rel("in", a, o), Rel("in", b, o)), none_binned([b])))


# ----- question ---------------------------------------------------------------------------------------
def g30_q_parent(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    return f"quick q, how many blocks in the {_c(w, o)} bowl rn?", answered(str(len(w.state.in_bowl(o))))


def g30_q_teacher(w: World) -> Made:
    b = w.rng.choice(_loose(w)) if _loose(w) else None
    if b is None:
        return None
    s = w.state.support[b]
    if s in PLACES:
        return None
    answer = "table" if s == TABLE else f"{_c(w, s)}|{'bowl' if s in w.state.bowls else 'block'}"
    return f"Okay class, let's ask it. Robot, what is the {_c(w, b)} block sitting on?", answered(answer)


def g30_q_access(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.rng.sample(w.blocks, 2)
    if a in w.state.above(b) and w.state.support[a] != b:
        return None  # higher up the same tower: unclear
    flag = w.state.support[a] == b
    return (f"is the {_c(w, a)} block on top of the {_c(w, b)} block question mark", answered(yes(flag)))


def g30_q_game(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    return (f"Quick level check before I save: is the {_c(w, o)} bowl empty right now?",
            answered(yes(not w.state.in_bowl(o))))


def g30_q_indian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"Kindly tell me which block is kept on the {_c(w, below)} block.", answered(f"{_c(w, top)}|block"))


def g30_q_correct(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    first, second = w.rng.sample(w.bowls, 2)
    return (f"Is there a block in the {_c(w, first)} bowl? Sorry, I meant the {_c(w, second)} bowl.",
            answered(yes(bool(w.state.in_bowl(second)))))


# ----- matching ---------------------------------------------------------------------------------------
def g30_match_parent(w: World) -> Made:
    want = _match(w)
    if want is None:
        return None
    return "ok sort the blocks into the bowls by colour, quickly", rels(*want)


def g30_match_teacher(w: World) -> Made:
    want = _match(w)
    if want is None:
        return None
    return ("Let's have the robot match each block with the bowl that's the same colour as it. Watch closely.",
            rels(*want))


def g30_match_access(w: World) -> Made:
    want = _match(w)
    if want is None:
        return None
    return ("put each block into the bowl that is the same colour as the block period", rels(*want))


def g30_match_game(w: World) -> Made:
    want = _match(w)
    if want is None:
        return None
    return (("The win condition is colour matching: any cube that has a bowl of its own colour must end up inside "
            "that bowl."), rels(*want))


def g30_match_indian(w: World) -> Made:
    want = _match(w)
    if want is None:
        return None
    return "Kindly put the blocks in their same colour bowls only.", rels(*want)


def g30_match_correct(w: World) -> Made:
    want = _match(w)
    if want is None:
        return None
    blocks = [r.block for r in want]
    return ("Put the blocks in the bin, no wait, sorry, I meant put them in the bowls that match their colours.",
            both(rels(*want), none_binned(blocks)))


FRESH30: list[Template] = [
    ("g30_imp_parent", "imperative", g30_imp_parent),
    ("g30_imp_teacher", "imperative", g30_imp_teacher),
    ("g30_imp_access", "imperative", g30_imp_access),
    ("g30_imp_game", "imperative", g30_imp_game),
    ("g30_imp_indian", "imperative", g30_imp_indian),
    ("g30_imp_correct", "imperative", g30_imp_correct),
    ("g30_dec_parent", "declarative", g30_dec_parent),
    ("g30_dec_teacher", "declarative", g30_dec_teacher),
    ("g30_dec_access", "declarative", g30_dec_access),
    ("g30_dec_game", "declarative", g30_dec_game),
    ("g30_dec_indian", "declarative", g30_dec_indian),
    ("g30_dec_correct", "declarative", g30_dec_correct),
    ("g30_des_parent", "desiderative", g30_des_parent),
    ("g30_des_teacher", "desiderative", g30_des_teacher),
    ("g30_des_access", "desiderative", g30_des_access),
    ("g30_des_game", "desiderative", g30_des_game),
    ("g30_des_indian", "desiderative", g30_des_indian),
    ("g30_des_correct", "desiderative", g30_des_correct),
    ("g30_qua_parent", "quantified", g30_qua_parent),
    ("g30_qua_teacher", "quantified", g30_qua_teacher),
    ("g30_qua_access", "quantified", g30_qua_access),
    ("g30_qua_game", "quantified", g30_qua_game),
    ("g30_qua_indian", "quantified", g30_qua_indian),
    ("g30_qua_correct", "quantified", g30_qua_correct),
    ("g30_neg_parent", "negated", g30_neg_parent),
    ("g30_neg_teacher", "negated", g30_neg_teacher),
    ("g30_neg_access", "negated", g30_neg_access),
    ("g30_neg_game", "negated", g30_neg_game),
    ("g30_neg_indian", "negated", g30_neg_indian),
    ("g30_neg_correct", "negated", g30_neg_correct),
    ("g30_rel_parent", "relative", g30_rel_parent),
    ("g30_rel_teacher", "relative", g30_rel_teacher),
    ("g30_rel_access", "relative", g30_rel_access),
    ("g30_rel_game", "relative", g30_rel_game),
    ("g30_rel_indian", "relative", g30_rel_indian),
    ("g30_rel_correct", "relative", g30_rel_correct),
    ("g30_keep_parent", "keep", g30_keep_parent),
    ("g30_keep_teacher", "keep", g30_keep_teacher),
    ("g30_keep_access", "keep", g30_keep_access),
    ("g30_keep_game", "keep", g30_keep_game),
    ("g30_keep_indian", "keep", g30_keep_indian),
    ("g30_keep_correct", "keep", g30_keep_correct),
    ("g30_multi_parent", "multi_step", g30_multi_parent),
    ("g30_multi_teacher", "multi_step", g30_multi_teacher),
    ("g30_multi_access", "multi_step", g30_multi_access),
    ("g30_multi_game", "multi_step", g30_multi_game),
    ("g30_multi_indian", "multi_step", g30_multi_indian),
    ("g30_multi_correct", "multi_step", g30_multi_correct),
    ("g30_q_parent", "question", g30_q_parent),
    ("g30_q_teacher", "question", g30_q_teacher),
    ("g30_q_access", "question", g30_q_access),
    ("g30_q_game", "question", g30_q_game),
    ("g30_q_indian", "question", g30_q_indian),
    ("g30_q_correct", "question", g30_q_correct),
    ("g30_match_parent", "matching", g30_match_parent),
    ("g30_match_teacher", "matching", g30_match_teacher),
    ("g30_match_access", "matching", g30_match_access),
    ("g30_match_game", "matching", g30_match_game),
    ("g30_match_indian", "matching", g30_match_indian),
    ("g30_match_correct", "matching", g30_match_correct),
]
