"""`FRESH27`, the twenty-eighth untuned batch: sixty language templates, six per category, in the words of ordinary
users typing into a robot chat window. It was written by a tester who had not read the planner, its tests, the
lexicon or any other batch of templates.

Six styles, one template per style in every category: a teenager texting (slang, "can u", no capitals), a lab
technician writing a procedure (full sentences, sometimes the future tense), a person who leans on spatial words
(nearest, furthest, next to, corners), a German or French speaker (foreign word order, false friends), a writer of
long run-on sentences ("and then", "also"), and a terse expert ("red -> blue bowl", "stack: yellow on red").

Its first run, before any fix it prompted (300 instructions, seed 0; on 371a1eb): goal correct 0.62 (186 of 300); 29
templates missed, 3 of them with a wrong kind of reply (11 instructions): 'how many blocks r in the purple bowl rn'
(no such bowl as 'the purple bowl rn'), 'Lies the yellow block on the orange block?' (stacked blocks instead of
answering), 'cyan bowl empty?' (the list of questions); every other miss a refusal or a question (103). What it
found: texting words ('rn', 'ngl', 'fr', 'lowkey', 'bruh', 'idc', 'lol'), a request's end said aloud ('and then
you're done', "and that's it, thanks"), a learner's word order ('Put please X', 'Take first X', 'and after put',
'the cyan block you let where it is', 'not in the bin but on the table', 'Is it so that ...?'), 'would look way better
on', 'At the end of the procedure ... is to be stored in', 'disposed of', 'of the work area', 'I'd really like it if
you could empty W, just put the stuff on the table', 'I want X gone', 'grab any 3 blocks and put them in the bin',
'All the blocks which are not lying in a bowl, put them ...', 'you see the block on X, take that one off and put it
in W', 'block below orange: move to ...', 'yellow: out of the white bowl, no bin', 'the one by the cyan bowl', 'the
block right next to it', "I can't really see it from here, so what's on top of X", 'Can you confirm whether ...',
'whatever side of the table they're on', 'the blocks and the bowls have colours'. The general rules it prompted are
tested in other words in `tests/agent/test_understanding_fresh27.py`; since then it is tuned on.
"""

from __future__ import annotations

import math

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

CORNERS = [p for p in PLACES if "corner" in p]
ON_TABLE = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _on_table(w: World) -> list[str]:
    """Blocks whose tower stands on the table (not in a bowl)."""
    return [b for b in w.blocks if w.state.base(b) in ON_TABLE]


def _targets(w: World, exclude: tuple[str, ...] = ()) -> list[str]:
    """Blocks one can stack onto: clear, resting directly on the table."""
    return [b for b in w.blocks if w.state.is_clear(b) and w.state.support[b] in ON_TABLE and b not in exclude]


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _rank(w: World, cands: list[str], key, k: int = 1, margin: float = 0.03) -> list[str]:
    """The k candidates smallest by key, when the k-th is clearly ahead of the next one; else []."""
    ranked = sorted(cands, key=key)
    if len(ranked) < k:
        return []
    if len(ranked) > k and key(ranked[k]) - key(ranked[k - 1]) < margin:
        return []
    return ranked[:k]


def _near(w: World, ref: str, cands: list[str], k: int = 1, margin: float = 0.03) -> list[str]:
    return _rank(w, [c for c in cands if c != ref], lambda b: w.dist(b, ref), k, margin)


def _from_robot(w: World, name: str) -> float:
    x, y = _pos(w, name)
    return math.hypot(x, y)


def _table_only(f_state, blocks: list[str]) -> bool:
    return all(f_state.base(b) in ON_TABLE for b in blocks)


def _movable(w: World, b: str, k: str) -> bool:
    """k may stay put while b moves (k is not b, nor stacked on b)."""
    return k != b and k not in w.state.above(b)


def _matching(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return None
    return want


# ----- imperative -------------------------------------------------------------------------------------
def d27_teen_imperative(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks:
        return None
    b = w.pick(blocks)[0]
    text = w.rng.choice(["can u put the {b} block in the {o} bowl lol", "can u put the {b} one in the {o} bowl pls",
                         "yo put the {b} block in the {o} bowl"])
    return text.format(b=_c(w, b), o=_c(w, bowl[0])), rels(Rel("in", b, bowl[0]))


def d27_lab_imperative(w: World) -> Made:
    t = w.pick(_targets(w))
    if not t:
        return None
    blocks = [b for b in w.blocks if b != t[0] and w.state.support[b] != t[0] and t[0] not in w.state.above(b)]
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    text = w.rng.choice(["Please transfer the {b} cube onto the {t} cube.",
                         "Transfer the {b} cube and place it on top of the {t} cube."])
    return text.format(b=_c(w, b), t=_c(w, t[0])), rels(Rel("on", b, t[0]))


def d27_spatial_imperative(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    if not bowl:
        return None
    o = bowl[0]
    near = _near(w, o, [b for b in w.blocks if w.state.base(b) != o])
    if not near:
        return None
    text = w.rng.choice(["Put the block closest to the {o} bowl into it.",
                         "Take the block that's nearest the {o} bowl and drop it in that bowl."])
    return text.format(o=_c(w, o)), rels(Rel("in", near[0], o))


def d27_foreign_imperative(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    o = w.state.base(b)
    text = w.rng.choice(["Take the {b} block out from the {o} bowl and lay it on the table.",
                         "Take please the {b} block out of the {o} bowl and lay it on the table."])
    return text.format(b=_c(w, b), o=_c(w, o)), rels(Rel("on_table", b))


def d27_runon_imperative(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = w.rng.choice(["ok so grab the {b} block, and then drop it in the bin, and that's it, thanks",
                         "so can you pick up the {b} block and then put it in the bin, and then you're done"])
    return text.format(b=_c(w, b)), rels(Rel("in_bin", b))


def d27_terse_imperative(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks:
        return None
    b = w.pick(blocks)[0]
    text = w.rng.choice(["{b} -> {o} bowl", "{b} block -> {o} bowl", "{b} into {o} bowl."])
    return text.format(b=_c(w, b), o=_c(w, bowl[0])), rels(Rel("in", b, bowl[0]))


# ----- declarative ------------------------------------------------------------------------------------
def d27_teen_declarative(w: World) -> Made:
    t = w.pick(_targets(w))
    if not t:
        return None
    blocks = [b for b in w.blocks if b != t[0] and w.state.support[b] != t[0] and t[0] not in w.state.above(b)]
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    text = w.rng.choice(["ngl the {b} block would look way better on top of the {t} one",
                         "the {b} block goes on the {t} one fr"])
    return text.format(b=_c(w, b), t=_c(w, t[0])), rels(Rel("on", b, t[0]))


def d27_lab_declarative(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks:
        return None
    b = w.pick(blocks)[0]
    text = w.rng.choice(["At the end of the procedure the {b} cube is to be stored in the {o} bowl.",
                         "The {b} cube is to be kept in the {o} bowl."])
    return text.format(b=_c(w, b), o=_c(w, bowl[0])), rels(Rel("in", b, bowl[0]))


def d27_spatial_declarative(w: World) -> Made:
    far = _rank(w, w.blocks, lambda b: -_from_robot(w, b))
    if not far:
        return None
    text = w.rng.choice(["The block furthest away from you belongs in the bin.",
                         "The block that's farthest from you should be in the bin."])
    return text, rels(Rel("in_bin", far[0]))


def d27_foreign_declarative(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    lying = [b for b in w.blocks if w.state.support[b] == TABLE]
    if not bowl or not lying:
        return None
    b = w.pick(lying)[0]
    text = w.rng.choice(["The {b} block which lies on the table belongs into the {o} bowl.",
                         "The {b} block, which is lying on the table, must be in the {o} bowl."])
    return text.format(b=_c(w, b), o=_c(w, bowl[0])), rels(Rel("in", b, bowl[0]))


def d27_runon_declarative(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    o = w.state.base(b)
    text = ("the {b} block is in the wrong spot, it should be on the table and not in the {o} bowl, "
            "and that's it really")
    return text.format(b=_c(w, b), o=_c(w, o)), rels(Rel("on_table", b))


def d27_terse_declarative(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    text = w.rng.choice(["goal: {a} in bin, {b} in {o} bowl", "end state: {a} in bin. {b} in {o} bowl."])
    return (text.format(a=_c(w, a), b=_c(w, b), o=_c(w, bowl[0])),
            rels(Rel("in_bin", a), Rel("in", b, bowl[0])))


# ----- desiderative -----------------------------------------------------------------------------------
def d27_teen_desiderative(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = w.rng.choice(["lowkey want the {b} one in the bin fr", "i want the {b} block gone, bin it lol"])
    return text.format(b=_c(w, b)), rels(Rel("in_bin", b))


def d27_lab_desiderative(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    p = w.rng.choice(PLACES)
    text = w.rng.choice(["I would like the {b} cube to be positioned at the {p}.",
                         "I would like the {b} cube to be placed in the {p} of the work area."])
    return text.format(b=_c(w, b), p=p), rels(Rel("at", b, p))


def d27_spatial_desiderative(w: World) -> Made:
    near = _rank(w, w.blocks, lambda b: _from_robot(w, b))
    if not near:
        return None
    b = near[0]
    t = w.pick(_targets(w, exclude=(b, w.state.support[b])))
    if not t or t[0] in w.state.above(b):
        return None
    text = w.rng.choice(["I'd like the block closest to you to sit on the {t} block.",
                         "I want the block nearest to you on top of the {t} block."])
    return text.format(t=_c(w, t[0])), rels(Rel("on", b, t[0]))


def d27_foreign_desiderative(w: World) -> Made:
    t = w.pick(_targets(w))
    if not t:
        return None
    blocks = [b for b in w.blocks if b != t[0] and w.state.support[b] != t[0] and t[0] not in w.state.above(b)]
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    text = w.rng.choice(["I wish that the {b} block stands on the {t} block.",
                         "I would like that the {b} block is standing on the {t} block."])
    return text.format(b=_c(w, b), t=_c(w, t[0])), rels(Rel("on", b, t[0]))


def d27_runon_desiderative(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.pick(full)[0]
    was = w.state.in_bowl(o)
    rest = [b for b in w.blocks if b not in was]
    if not rest:
        return None
    b = w.pick(rest)[0]
    text = ("I'd really like it if you could empty the {o} bowl, just put the stuff on the table, "
            "and then also the {b} block should go in the bin")
    return (text.format(o=_c(w, o), b=_c(w, b)),
            both(empty(o), lambda _i, f: _table_only(f, was), rels(Rel("in_bin", b))))


def d27_terse_desiderative(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    p = w.rng.choice(PLACES)
    text = w.rng.choice(["want {b} at {p}", "need {b} block in {p}"])
    return text.format(b=_c(w, b), p=p), rels(Rel("at", b, p))


# ----- quantified -------------------------------------------------------------------------------------
def d27_teen_quantified(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o, 2)])
    if not bowl or len([b for b in w.blocks if w.state.base(b) != bowl[0]]) < 2:
        return None
    o = bowl[0]
    text = w.rng.choice(["bruh just put any two blocks in the {o} bowl idc which",
                         "can u put 2 blocks in the {o} bowl, doesnt matter which lol"])
    return text.format(o=_c(w, o)), count_in(o, len(w.state.in_bowl(o)) + 2)


def d27_lab_quantified(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.pick(full)[0]
    text = w.rng.choice(["All cubes currently in the {o} bowl shall be discarded into the bin.",
                         "Every cube in the {o} bowl will be disposed of in the bin."])
    return text.format(o=_c(w, o)), binned(w.state.in_bowl(o))


def d27_spatial_quantified(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o, 2)])
    if not bowl:
        return None
    o = bowl[0]
    cands = [b for b in w.blocks if w.state.base(b) != o]
    if len(cands) < 3:
        return None
    two = _near(w, o, cands, k=2)
    if not two:
        return None
    text = w.rng.choice(["Put the two blocks nearest to the {o} bowl in it.",
                         "Move the 2 blocks closest to the {o} bowl into that bowl."])
    return text.format(o=_c(w, o)), rels(*(Rel("in", b, o) for b in two))


def d27_foreign_quantified(w: World) -> Made:
    out = _on_table(w)
    if not 2 <= len(out) <= 5:
        return None
    text = w.rng.choice(["Throw please all blocks which are not in a bowl into the bin.",
                         "All the blocks which are not lying in a bowl, put them in the bin."])
    return text, binned(out)


def d27_runon_quantified(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = w.rng.choice(["put three of the blocks in the bin, doesn't matter which ones, and then we're done",
                         "grab any 3 blocks and put them in the bin, any three is fine, and then that's everything"])

    def check(i, f) -> bool:
        return sum(f.base(b) == BIN for b in f.blocks) - sum(i.base(b) == BIN for b in i.blocks) == 3

    return text, check


def d27_terse_quantified(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    o = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(o)) == len(w.blocks):
        return None
    text = w.rng.choice(["all blocks -> {o} bowl", "everything -> {o} bowl"])
    return text.format(o=_c(w, o)), rels(*(Rel("in", b, o) for b in w.blocks))


# ----- negated ----------------------------------------------------------------------------------------
def d27_teen_negated(w: World) -> Made:
    if len(w.blocks) > 6:
        return None
    b = w.pick(w.blocks)[0]
    others = [x for x in w.blocks if x != b]
    text = w.rng.choice(["bin everything except the {b} one lol",
                         "throw all the blocks in the bin but not the {b} one"])
    return text.format(b=_c(w, b)), both(binned(others), none_binned([b]))


def d27_lab_negated(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks:
        return None
    b = w.pick(blocks)[0]
    text = w.rng.choice(["The {b} cube must not go into the bin. Place it in the {o} bowl.",
                         "Do not discard the {b} cube; it will be placed in the {o} bowl instead."])
    return text.format(b=_c(w, b), o=_c(w, bowl[0])), both(rels(Rel("in", b, bowl[0])), none_binned([b]))


def d27_spatial_negated(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]
    if not loose:
        return None
    found = [(b, n[0]) for b in w.pick(loose, len(loose)) for n in [_near(w, b, w.blocks)]
             if n and w.dist(b, n[0]) <= 0.2]
    if not found:
        return None
    b, n = found[0]
    text = w.rng.choice(["Put the {b} block in the bin but don't touch the block right next to it.",
                         "Bin the {b} block, and do not move the one beside it."])
    return text.format(b=_c(w, b)), both(rels(Rel("in_bin", b)), kept(n))


def d27_foreign_negated(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in ON_TABLE]
    if not off:
        return None
    b = w.pick(off)[0]
    text = w.rng.choice(["Put the {b} block not in the bin but on the table.",
                         "The {b} block, put it on the table, not into the bin."])
    return text.format(b=_c(w, b)), rels(Rel("on_table", b))


def d27_runon_negated(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.pick(full)[0]
    was = w.state.in_bowl(o)
    rest = [b for b in w.blocks if b not in was]
    text = ("clear out the {o} bowl, but don't put anything in the bin, just put the blocks on the table, "
            "and leave everything else as it is")
    return (text.format(o=_c(w, o)),
            both(empty(o), none_binned(w.blocks), lambda _i, f: _table_only(f, was), kept(*rest)))


def d27_terse_negated(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    o = w.state.base(b)
    text = w.rng.choice(["{b} out of {o} bowl. not in bin.", "{b}: out of the {o} bowl, no bin"])
    return text.format(b=_c(w, b), o=_c(w, o)), lambda _i, f: f.base(b) not in (o, BIN)


# ----- relative ---------------------------------------------------------------------------------------
def d27_teen_relative(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, t = w.pick(pairs)[0]
    text = w.rng.choice(["the block thats sitting on the {t} one, can u throw it in the bin",
                         "put the one thats on top of the {t} block in the bin pls"])
    return text.format(t=_c(w, t)), rels(Rel("in_bin", top))


def d27_lab_relative(w: World) -> Made:
    ones = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not ones:
        return None
    o = w.pick(ones)[0]
    b = w.state.in_bowl(o)[0]
    p = w.rng.choice(PLACES)
    text = w.rng.choice(["The cube that is currently resting in the {o} bowl will be moved to the {p}.",
                         "Remove the cube that is located in the {o} bowl and place it at the {p}."])
    return text.format(o=_c(w, o), p=p), rels(Rel("at", b, p))


def d27_spatial_relative(w: World) -> Made:
    corner = w.rng.choice(CORNERS)
    cx, cy = layout.PLACES[corner]
    near = _rank(w, w.blocks, lambda b: math.hypot(_pos(w, b)[0] - cx, _pos(w, b)[1] - cy))
    if not near:
        return None
    b = near[0]
    bowl = w.pick([o for o in w.bowls if _room(w, o) and w.state.base(b) != o])
    if not bowl:
        return None
    text = w.rng.choice(["Take the block that is nearest to the {p} and put it in the {o} bowl.",
                         "The block that's closest to the {p}, move it into the {o} bowl."])
    return text.format(p=corner, o=_c(w, bowl[0])), rels(Rel("in", b, bowl[0]))


def d27_foreign_relative(w: World) -> Made:
    ones = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not ones:
        return None
    o = w.pick(ones)[0]
    b = w.state.in_bowl(o)[0]
    t = w.pick(_targets(w, exclude=(b,)))
    if not t:
        return None
    text = w.rng.choice(["Put the block, which is in the {o} bowl, on the {t} block.",
                         "The block which lies in the {o} bowl, put it please on the {t} block."])
    return text.format(o=_c(w, o), t=_c(w, t[0])), rels(Rel("on", b, t[0]))


def d27_runon_relative(w: World) -> Made:
    pairs = w.pairs()
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    if not pairs or not bowl:
        return None
    top, t = w.pick(pairs)[0]
    if w.state.base(top) == bowl[0]:
        return None
    text = ("you see the block that's sitting on the {t} block, take that one off and put it in the {o} bowl, "
            "and then that's all")
    return text.format(t=_c(w, t), o=_c(w, bowl[0])), rels(Rel("in", top, bowl[0]))


def d27_terse_relative(w: World) -> Made:
    pairs = [(top, s) for top, s in w.pairs() if w.state.base(s) in ON_TABLE]
    if not pairs:
        return None
    top, s = w.pick(pairs)[0]
    p = w.rng.choice(PLACES)
    text = w.rng.choice(["one under {b} -> {p}", "block below {b}: move to {p}"])
    return text.format(b=_c(w, top), p=p), rels(Rel("at", s, p))


# ----- keep -------------------------------------------------------------------------------------------
def d27_teen_keep(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks:
        return None
    b = w.pick(blocks)[0]
    ks = [k for k in w.blocks if _movable(w, b, k)]
    if not ks:
        return None
    k = w.pick(ks)[0]
    text = w.rng.choice(["move the {b} block to the {o} bowl but dont touch the {k} one ok",
                         "can u put the {b} one in the {o} bowl, leave the {k} one alone tho"])
    return (text.format(b=_c(w, b), o=_c(w, bowl[0]), k=_c(w, k)),
            both(rels(Rel("in", b, bowl[0])), kept(k)))


def d27_lab_keep(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    ks = [k for k in w.blocks if _movable(w, b, k)]
    if not ks:
        return None
    k = w.pick(ks)[0]
    text = w.rng.choice(["Transfer the {b} cube to the bin. The {k} cube must remain exactly where it is.",
                         "The {b} cube will be placed in the bin; the {k} cube is not to be disturbed."])
    return text.format(b=_c(w, b), k=_c(w, k)), both(rels(Rel("in_bin", b)), kept(k))


def d27_spatial_keep(w: World) -> Made:
    bowls = w.pick(w.bowls, len(w.bowls))
    near = [(o, n[0]) for o in bowls for n in [_near(w, o, _on_table(w))] if n and w.dist(n[0], o) <= 0.25]
    if not near:
        return None
    o, k = near[0]
    t = w.pick(_targets(w, exclude=(k,)))
    if not t:
        return None
    blocks = [b for b in w.blocks if b not in (k, t[0]) and w.state.support[b] != t[0] and _movable(w, b, k)
              and t[0] not in w.state.above(b)]
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    text = w.rng.choice(["Put the {b} block on the {t} block, but leave the block next to the {o} bowl where it is.",
                         "Stack the {b} block on the {t} block without moving the one by the {o} bowl."])
    return text.format(b=_c(w, b), t=_c(w, t[0]), o=_c(w, o)), both(rels(Rel("on", b, t[0])), kept(k))


def d27_foreign_keep(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks:
        return None
    b = w.pick(blocks)[0]
    ks = [k for k in w.blocks if _movable(w, b, k)]
    if not ks:
        return None
    k = w.pick(ks)[0]
    text = w.rng.choice(["Put the {b} block into the {o} bowl and let the {k} block stand where it stands.",
                         "Put please the {b} block in the {o} bowl, the {k} block you let where it is."])
    return (text.format(b=_c(w, b), o=_c(w, bowl[0]), k=_c(w, k)),
            both(rels(Rel("in", b, bowl[0])), kept(k)))


def d27_runon_keep(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in ON_TABLE]
    if not off:
        return None
    b = w.pick(off)[0]
    ks = [k for k in w.blocks if _movable(w, b, k)]
    if len(ks) < 2:
        return None
    k, k2 = w.pick(ks, 2)
    text = ("so take the {b} block and put it on the table, and then also make sure the {k} block and the {k2} "
            "block stay exactly where they are, don't move them")
    return (text.format(b=_c(w, b), k=_c(w, k), k2=_c(w, k2)),
            both(rels(Rel("on_table", b)), kept(k, k2)))


def d27_terse_keep(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    ks = [k for k in w.blocks if _movable(w, b, k)]
    if not ks:
        return None
    k = w.pick(ks)[0]
    text = w.rng.choice(["{b} -> bin, keep {k}", "bin {b}. {k} stays."])
    return text.format(b=_c(w, b), k=_c(w, k)), both(rels(Rel("in_bin", b)), kept(k))


# ----- multi_step -------------------------------------------------------------------------------------
def d27_teen_multi_step(w: World) -> Made:
    c = w.pick([x for x in _targets(w) if w.state.support[x] == TABLE])
    if not c:
        return None
    rest = [x for x in w.blocks if x != c[0]]
    if len(rest) < 2:
        return None
    a, b = w.pick(rest, 2)
    if w.state.support[b] == c[0]:
        return None
    text = w.rng.choice(["first put the {a} block in the bin then stack the {b} one on the {c} one thx",
                         "ok bin the {a} one and then put the {b} one on top of the {c} one"])
    return (text.format(a=_c(w, a), b=_c(w, b), c=_c(w, c[0])),
            rels(Rel("in_bin", a), Rel("on", b, c[0])))


def d27_lab_multi_step(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks:
        return None
    a = w.pick(blocks)[0]
    b = w.pick([x for x in w.blocks if x != a])[0]
    p = w.rng.choice(PLACES)
    text = ("First, the robot will place the {a} cube in the {o} bowl. "
            "The robot will then place the {b} cube at the {p}.")
    return (text.format(a=_c(w, a), o=_c(w, bowl[0]), b=_c(w, b), p=p),
            rels(Rel("in", a, bowl[0]), Rel("at", b, p)))


def d27_spatial_multi_step(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    p1, p2 = w.rng.sample(CORNERS, 2)
    text = w.rng.choice(["Put the {a} block in the {p1}, and the {b} block in the {p2}.",
                         "Move the {a} block over to the {p1} and then the {b} block to the {p2}."])
    return (text.format(a=_c(w, a), b=_c(w, b), p1=p1, p2=p2),
            rels(Rel("at", a, p1), Rel("at", b, p2)))


def d27_foreign_multi_step(w: World) -> Made:
    pairs = [(a, t) for a, t in w.pairs() if w.state.base(t) in ON_TABLE]
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    if not pairs or not bowl:
        return None
    a, t = w.pick(pairs)[0]
    text = w.rng.choice([("At first take the {a} block from the {t} block and put it on the table, after that "
                          "put the {t} block in the {o} bowl."),
                         ("Take first the {a} block down from the {t} block onto the table, and after put the {t} "
                          "block into the {o} bowl.")])
    return (text.format(a=_c(w, a), t=_c(w, t), o=_c(w, bowl[0])),
            rels(Rel("on_table", a), Rel("in", t, bowl[0])))


def d27_runon_multi_step(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    if not bowl or len(w.blocks) < 4:
        return None
    o = bowl[0]
    cs = [x for x in _targets(w) if w.state.support[x] == TABLE]
    if not cs:
        return None
    c = w.pick(cs)[0]
    as_ = [x for x in w.blocks if x != c and w.state.base(x) != o]
    if not as_:
        return None
    a = w.pick(as_)[0]
    rest = [x for x in w.blocks if x not in (a, c) and w.state.support[x] != c]
    if len(rest) < 2:
        return None
    b, d = w.pick(rest, 2)
    text = ("put the {a} block in the {o} bowl, and then the {b} block on top of the {c} block, "
            "and also the {d} block in the bin")
    return (text.format(a=_c(w, a), o=_c(w, o), b=_c(w, b), c=_c(w, c), d=_c(w, d)),
            rels(Rel("in", a, o), Rel("on", b, c), Rel("in_bin", d)))


def d27_terse_multi_step(w: World) -> Made:
    bowl = w.pick([o for o in w.bowls if _room(w, o)])
    blocks = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    text = w.rng.choice(["1. {a} -> bin 2. {b} -> {o} bowl", "{a} to bin, then {b} to {o} bowl"])
    return (text.format(a=_c(w, a), b=_c(w, b), o=_c(w, bowl[0])),
            rels(Rel("in_bin", a), Rel("in", b, bowl[0])))


# ----- question ---------------------------------------------------------------------------------------
def d27_teen_question(w: World) -> Made:
    o = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(o))
    text = w.rng.choice(["how many blocks r in the {o} bowl rn", "yo how many blocks in the {o} bowl??"])
    return text.format(o=_c(w, o)), answered(str(n))


def d27_lab_question(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.pick(inside)[0]
        o = w.state.base(b) if w.rng.random() < 0.6 else w.pick(w.bowls)[0]
    else:
        b, o = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    text = w.rng.choice(["Please report whether the {b} cube is currently located in the {o} bowl.",
                         "Can you confirm whether the {b} cube is in the {o} bowl at present?"])
    return text.format(b=_c(w, b), o=_c(w, o)), answered(yes(w.state.base(b) == o))


def d27_spatial_question(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    out = _on_table(w)
    found = [(b, n[0]) for b in w.pick(out, len(out)) for n in [_near(w, b, w.bowls, margin=0.05)] if n]
    if not found:
        return None
    b, near = found[0]
    text = w.rng.choice(["Which bowl is closest to the {b} block?", "which bowl is the {b} block nearest to?"])
    return text.format(b=_c(w, b)), answered(f"{_c(w, near)}|bowl")


def d27_foreign_question(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        b, t = w.pick(pairs)[0]
    else:
        b, t = w.pick(w.blocks, 2)
    text = w.rng.choice(["Is it so that the {b} block lies on the {t} block?",
                         "Lies the {b} block on the {t} block?"])
    return text.format(b=_c(w, b), t=_c(w, t)), answered(yes(w.state.support[b] == t))


def d27_runon_question(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        b = w.pick(pairs)[0][1]
    else:
        b = w.pick(w.blocks)[0]
    up = w.state.on_top(b)
    text = ("I can't really see it from where I'm sitting, so what's on top of the {b} block, "
            "is there anything on it")
    return text.format(b=_c(w, b)), answered(_c(w, up[0]) if up else "nothing")


def d27_terse_question(w: World) -> Made:
    o = w.pick(w.bowls)[0]
    text = w.rng.choice(["{o} bowl empty?", "{o} bowl: empty y/n?"])
    return text.format(o=_c(w, o)), answered(yes(not w.state.in_bowl(o)))


# ----- matching ---------------------------------------------------------------------------------------
def d27_teen_matching(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice(["can u put the blocks in the bowls that match their color lol",
                         "sort the blocks into the same color bowls pls"])
    return text, rels(*want)


def d27_lab_matching(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice(["Each cube is to be placed in the bowl of the corresponding colour.",
                         "The robot will place every cube into the bowl whose colour matches its own."])
    return text, rels(*want)


def d27_spatial_matching(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice(["Move each block across to the bowl of its own colour, wherever that bowl is on the table.",
                         ("Whatever side of the table they're on, get the blocks over into the bowls that match "
                          "their colour.")])
    return text, rels(*want)


def d27_foreign_matching(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice(["Put please every block into the bowl which has the same colour like it.",
                         "Every block must come in the bowl with the same colour."])
    return text, rels(*want)


def d27_runon_matching(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    matched = {r.block for r in want}
    movers = [r.block for r in want if not rels(r)(w.state, w.state)]
    rest = [b for b in w.blocks if b not in matched and not any(b in w.state.above(m) for m in movers)]
    text = ("ok so the blocks and the bowls have colours, and I want each block to go in the bowl that's the same "
            "colour as it, and then the rest can just stay where they are")
    check: Check = both(rels(*want), kept(*rest))
    return text, check


def d27_terse_matching(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice(["sort by colour", "blocks -> matching bowls", "colour match: blocks into bowls"])
    return text, rels(*want)


FRESH27: list[Template] = [
    ("d27_teen_imperative", "imperative", d27_teen_imperative),
    ("d27_lab_imperative", "imperative", d27_lab_imperative),
    ("d27_spatial_imperative", "imperative", d27_spatial_imperative),
    ("d27_foreign_imperative", "imperative", d27_foreign_imperative),
    ("d27_runon_imperative", "imperative", d27_runon_imperative),
    ("d27_terse_imperative", "imperative", d27_terse_imperative),
    ("d27_teen_declarative", "declarative", d27_teen_declarative),
    ("d27_lab_declarative", "declarative", d27_lab_declarative),
    ("d27_spatial_declarative", "declarative", d27_spatial_declarative),
    ("d27_foreign_declarative", "declarative", d27_foreign_declarative),
    ("d27_runon_declarative", "declarative", d27_runon_declarative),
    ("d27_terse_declarative", "declarative", d27_terse_declarative),
    ("d27_teen_desiderative", "desiderative", d27_teen_desiderative),
    ("d27_lab_desiderative", "desiderative", d27_lab_desiderative),
    ("d27_spatial_desiderative", "desiderative", d27_spatial_desiderative),
    ("d27_foreign_desiderative", "desiderative", d27_foreign_desiderative),
    ("d27_runon_desiderative", "desiderative", d27_runon_desiderative),
    ("d27_terse_desiderative", "desiderative", d27_terse_desiderative),
    ("d27_teen_quantified", "quantified", d27_teen_quantified),
    ("d27_lab_quantified", "quantified", d27_lab_quantified),
    ("d27_spatial_quantified", "quantified", d27_spatial_quantified),
    ("d27_foreign_quantified", "quantified", d27_foreign_quantified),
    ("d27_runon_quantified", "quantified", d27_runon_quantified),
    ("d27_terse_quantified", "quantified", d27_terse_quantified),
    ("d27_teen_negated", "negated", d27_teen_negated),
    ("d27_lab_negated", "negated", d27_lab_negated),
    ("d27_spatial_negated", "negated", d27_spatial_negated),
    ("d27_foreign_negated", "negated", d27_foreign_negated),
    ("d27_runon_negated", "negated", d27_runon_negated),
    ("d27_terse_negated", "negated", d27_terse_negated),
    ("d27_teen_relative", "relative", d27_teen_relative),
    ("d27_lab_relative", "relative", d27_lab_relative),
    ("d27_spatial_relative", "relative", d27_spatial_relative),
    ("d27_foreign_relative", "relative", d27_foreign_relative),
    ("d27_runon_relative", "relative", d27_runon_relative),
    ("d27_terse_relative", "relative", d27_terse_relative),
    ("d27_teen_keep", "keep", d27_teen_keep),
    ("d27_lab_keep", "keep", d27_lab_keep),
    ("d27_spatial_keep", "keep", d27_spatial_keep),
    ("d27_foreign_keep", "keep", d27_foreign_keep),
    ("d27_runon_keep", "keep", d27_runon_keep),
    ("d27_terse_keep", "keep", d27_terse_keep),
    ("d27_teen_multi_step", "multi_step", d27_teen_multi_step),
    ("d27_lab_multi_step", "multi_step", d27_lab_multi_step),
    ("d27_spatial_multi_step", "multi_step", d27_spatial_multi_step),
    ("d27_foreign_multi_step", "multi_step", d27_foreign_multi_step),
    ("d27_runon_multi_step", "multi_step", d27_runon_multi_step),
    ("d27_terse_multi_step", "multi_step", d27_terse_multi_step),
    ("d27_teen_question", "question", d27_teen_question),
    ("d27_lab_question", "question", d27_lab_question),
    ("d27_spatial_question", "question", d27_spatial_question),
    ("d27_foreign_question", "question", d27_foreign_question),
    ("d27_runon_question", "question", d27_runon_question),
    ("d27_terse_question", "question", d27_terse_question),
    ("d27_teen_matching", "matching", d27_teen_matching),
    ("d27_lab_matching", "matching", d27_lab_matching),
    ("d27_spatial_matching", "matching", d27_spatial_matching),
    ("d27_foreign_matching", "matching", d27_foreign_matching),
    ("d27_runon_matching", "matching", d27_runon_matching),
    ("d27_terse_matching", "matching", d27_terse_matching),
]
