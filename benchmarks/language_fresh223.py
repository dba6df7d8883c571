"""`FRESH223`, the two-hundred-and-twenty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing everyday jobs into the chat window in their own
plain words (a block into a bowl, onto another block or a named place, towers, sorting by colour, clearing a bowl or
the table into the bin, leaving some things as they are, and plain questions about the table). Six personas:
- vet: "Let's pop the red block in the bin, there's a good robot. Nice and easy."
- greek: "Please, put the red block on the green block."
- cyclist: "Quick one: red block to the top left corner, go go go!"
- nightshift: "blue block goes in the bin"
- painter: "Lift the yellow block off the purple one and set it down on the bare table, please."
- plain4: "Move the red block into the green bowl, please."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb5478d, the code of 6da33c3, before anything it could prompt): 0.80
goal-correct (240 of 300), 50 refused, no wrong action and ten wrong replies. The wrong replies: the vet's "How many
blocks are in W, hun?" and the cyclist's "Quick count: how many blocks are out there in total, bowls included?". The
refusals: the vet's "tucked into W, gently now, no fuss", "one at a time, no rush, good robot", "sweetheart, that one
stays out of the bin", "could you gently lift it off ...? Easy does it.", "good job"; the painter's "each bowl cradles
exactly one block, a single spot of colour in every bowl", "Lift it off, but don't throw it in the bin", "See the little
stack? Take the block right at its very top", "then crown it with Y"; the night-shift worker's "any block sitting in a
bowl that isnt its colour, take it out of there".
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
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """The checks, with the gripper empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    return None if check(w.state, w.state) else (text, check)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _height(w: World, block: str) -> int:
    """How high `block` stands in its tower (1 = at the bottom)."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _loose(w: World) -> list[str]:
    """Clear blocks that are not in the bin."""
    return w.clear_blocks()


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _mismatched(w: World) -> list[str]:
    """Blocks whose tower stands in a bowl of another colour."""
    return [b for b in w.blocks if w.state.base(b) in w.bowls and w.colour(w.state.base(b)) != w.colour(b)]


def _unique_extreme(w: World, ref: str, cands: list[str], far: bool) -> str | None:
    """The candidate nearest to (or farthest from) `ref`, when it is clearly so (a margin over the next)."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=lambda b: w.dist(b, ref), reverse=far)
    d0, d1 = w.dist(ranked[0], ref), w.dist(ranked[1], ref)
    return ranked[0] if abs(d0 - d1) >= 0.04 else None


# ----- imperative -----------------------------------------------------------------------------------
def t223_imp_vet(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    return _made(w, f"Let's pop the {b[0]} in the bin, there's a good robot. Nice and easy.",
                 _act(binned(b)))


def t223_imp_greek(w: World) -> Made:
    c = w.pick(_loose(w), 2)
    if not c or _height(w, c[1]) > layout.MAX_TOWER - 1:
        return None
    return _made(w, f"Please, put the {c[0]} on the {c[1]}.", _act(rels(Rel("on", c[0], c[1]))))


def t223_imp_cyclist(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Quick one: {b[0]} to the {corner}, go go go!", _act(rels(Rel("at", b[0], corner))))


def t223_imp_nightshift(w: World) -> Made:
    bowl = w.pick(w.bowls)
    cands = [b for b in _loose(w) if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not cands or not _room(w, bowl[0]):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"{b} into the {bowl[0]}", _act(rels(Rel("in", b, bowl[0]))))


def t223_imp_painter(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Lift the {top} off the {_c(w, below)} one and set it down on the bare table, please.",
                 _act(rels(Rel("on_table", top))))


def t223_imp_plain4(w: World) -> Made:
    bowl = w.pick(w.bowls)
    cands = [b for b in _loose(w) if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not cands or not _room(w, bowl[0]):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"Move the {b} into the {bowl[0]}, please.", _act(rels(Rel("in", b, bowl[0]))))


# ----- declarative ----------------------------------------------------------------------------------
def t223_dec_vet(w: World) -> Made:
    bowl = w.pick(w.bowls)
    cands = [b for b in _loose(w) if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not cands or not _room(w, bowl[0]):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"The {b} should be resting in the {bowl[0]} when you're done, love.",
                 _act(rels(Rel("in", b, bowl[0]))))


def t223_dec_greek(w: World) -> Made:
    c = w.pick(_loose(w), 2)
    if not c or _height(w, c[1]) > layout.MAX_TOWER - 1:
        return None
    return _made(w, f"The {c[0]} must to be on the {c[1]}, okay?", _act(rels(Rel("on", c[0], c[1]))))


def t223_dec_cyclist(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    return _made(w, f"Target: {b[0]} parked at the {_MIDDLE}. Boom.", _act(rels(Rel("at", b[0], _MIDDLE))))


def t223_dec_nightshift(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    return _made(w, f"{b[0]} goes in the bin", _act(binned(b)))


def t223_dec_painter(w: World) -> Made:
    c = w.pick(_loose(w), 2)
    if not c or _height(w, c[1]) > layout.MAX_TOWER - 1:
        return None
    return _made(w, f"The {c[0]} belongs on top of the {_c(w, c[1])} one, like a little dab of colour on a plinth.",
                 _act(rels(Rel("on", c[0], c[1]))))


def t223_dec_plain4(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} should be empty.", _act(empty(bowl)))


# ----- desiderative ---------------------------------------------------------------------------------
def t223_des_vet(w: World) -> Made:
    bowl = w.pick(w.bowls)
    cands = [b for b in _loose(w) if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not cands or not _room(w, bowl[0]):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"I'd like the {b} tucked into the {bowl[0]}, gently now, no fuss.",
                 _act(rels(Rel("in", b, bowl[0]))))


def t223_des_greek(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    return _made(w, f"I want that the {b[0]} is in the bin.", _act(binned(b)))


def t223_des_cyclist(w: World) -> Made:
    c = w.pick(w.blocks, 2)
    if not c:
        return None
    return _made(w, f"Want a two-block tower: {c[0]} on the bottom, {c[1]} on top. Let's ride.",
                 _act(rels(Rel("stacked", c[0], c[1]), Rel("clear", c[1]))))


def t223_des_nightshift(w: World) -> Made:
    cands = [b for b in _loose(w) if not holds(Rel("on_table", b), w.state)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _made(w, f"want the {b} on the table", _act(rels(Rel("on_table", b))))


def t223_des_painter(w: World) -> Made:
    c = w.pick(w.blocks, 3)
    if not c:
        return None
    return _made(w, f"My goal is a neat column of three: the {c[0]} at the base, then the {c[1]}, and the {c[2]} "
                    "crowning it.", _act(rels(Rel("stacked", *c), Rel("clear", c[2]))))


def t223_des_plain4(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"I'd like the {b[0]} in the {corner}.", _act(rels(Rel("at", b[0], corner))))


# ----- quantified -----------------------------------------------------------------------------------
def t223_qua_vet(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Let's put every block into the {bowl[0]}, one at a time, no rush, good robot.",
                 _act(rels(*(Rel("in", b, bowl[0]) for b in w.blocks))))


def t223_qua_greek(w: World) -> Made:
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    return _made(w, "Put all the blocks in the bin please, all of them.", _act(binned(w.blocks)))


def t223_qua_cyclist(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or len(w.blocks) < 2:
        return None
    return _made(w, f"Exactly two blocks in the {bowl[0]}, no more, no less. Go!", _act(count_in(bowl[0], 2)))


def t223_qua_nightshift(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose or len(loose) > len(layout.BIN_SLOTS):
        return None
    stay = w.in_bowls()
    return _made(w, "bin every block thats sitting on the table. leave the bowls be",
                 _act(binned(loose), kept(*stay)))


def t223_qua_painter(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    check: Check = lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)
    return _made(w, "Arrange things so each bowl cradles exactly one block, a single spot of colour in every bowl.",
                 _act(check))


def t223_qua_plain4(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all the blocks into a single tower.", _act(rels(Rel("tower", *w.blocks))))


# ----- negated --------------------------------------------------------------------------------------
def t223_neg_vet(w: World) -> Made:
    b = w.pick(w.blocks)
    rest = [x for x in w.blocks if b and x != b[0]]
    if not b or len(rest) > len(layout.BIN_SLOTS):
        return None
    return _made(w, f"Everything goes in the bin except the {b[0]}, sweetheart, that one stays out of the bin.",
                 _act(binned(rest), none_binned(b)))


def t223_neg_greek(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    cands = [b for b in w.blocks if w.state.base(b) != bowl[0]]
    if not cands:
        return None
    g = w.rng.choice(cands)
    rest = [b for b in w.blocks if b != g]
    if not rest or len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all blocks in the {bowl[0]} but not the {g}.",
                 _act(rels(*(Rel("in", b, bowl[0]) for b in rest)), _not(Rel("in", g, bowl[0]))))


def t223_neg_cyclist(w: World) -> Made:
    c = w.pick(w.blocks, 2)
    if not c:
        return None
    rest = [b for b in w.blocks if b not in c]
    if not rest:
        return None
    return _made(w, f"Bin all but the {c[0]} and the {c[1]}. Those two stay in the race.",
                 _act(binned(rest), none_binned(c)))


def t223_neg_nightshift(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"take everything out of the {bowl}, not into the bin tho",
                 _act(empty(bowl), none_binned(inside)))


def t223_neg_painter(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The {top} shouldn't be sitting on the {_c(w, below)} one any more. Lift it off, but don't "
                    "throw it in the bin.", _act(_not(Rel("on", top, below)), none_binned([top])))


def t223_neg_plain4(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    return _made(w, f"Move the {b} out of the {bowl}, but not into the bin.",
                 _act(_not(Rel("in", b, bowl)), none_binned([b])))


# ----- relative -------------------------------------------------------------------------------------
def t223_rel_vet(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t) and len(w.state.on_top(s)) == 1]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The block sitting on top of the {below}, could you gently lift it off and put it in the "
                    "bin? Easy does it.", _act(binned([top])))


def t223_rel_greek(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(s) != bowl[0]]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the block under the {top} and put it in the {bowl[0]}.",
                 _act(rels(Rel("in", below, bowl[0]))))


def t223_rel_cyclist(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    b = _unique_extreme(w, bowl, w.blocks, far=False)
    if b is None:
        return None
    return _made(w, f"Grab the block closest to the {bowl} and chuck it in the bin. Sprint!", _act(binned([b])))


def t223_rel_nightshift(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    cands = [b for b in w.blocks if w.state.base(b) != bowl[0]]
    b = _unique_extreme(w, bowl[0], cands, far=True)
    if b is None:
        return None
    return _made(w, f"whichever block is farthest from the {bowl[0]}, put it in that bowl",
                 _act(rels(Rel("in", b, bowl[0]))))


def t223_rel_painter(w: World) -> Made:
    tops = [t for t, _s in w.pairs() if w.state.is_clear(t)]
    if len(tops) != 1:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"See the little stack? Take the block right at its very top and set it in the {corner}.",
                 _act(rels(Rel("at", tops[0], corner))))


def t223_rel_plain4(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    x = w.state.in_bowl(bowl)[0]
    cands = [b for b in _loose(w) if b != x and _height(w, b) <= layout.MAX_TOWER - 1]
    if not cands:
        return None
    t = w.rng.choice(cands)
    return _made(w, f"Put the block that's in the {bowl} onto the {t}.", _act(rels(Rel("on", x, t))))


# ----- keep -----------------------------------------------------------------------------------------
def t223_keep_vet(w: World) -> Made:
    b = w.pick(_loose(w))
    others = [x for x in w.blocks if b and x != b[0]]
    if not b or not others:
        return None
    k = w.rng.choice(others)
    return _made(w, f"Pop the {b[0]} in the bin, but leave the {k} exactly where it is, it's happy there.",
                 _act(binned(b), kept(k)))


def t223_keep_greek(w: World) -> Made:
    bowl = w.pick(w.bowls)
    cands = [b for b in _loose(w) if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not cands or not _room(w, bowl[0]):
        return None
    b = w.rng.choice(cands)
    others = [x for x in w.blocks if x != b]
    if not others:
        return None
    k = w.rng.choice(others)
    return _made(w, f"Put the {b} in the {bowl[0]}. The {k} stay where it is, don't move him.",
                 _act(rels(Rel("in", b, bowl[0])), kept(k)))


def t223_keep_cyclist(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    k = w.rng.choice(outside)
    return _made(w, f"Clear out the {bowl} but keep the {k} right where it is. Steady pace.",
                 _act(empty(bowl), kept(k)))


def t223_keep_nightshift(w: World) -> Made:
    c = w.pick(_loose(w), 2)
    if not c or _height(w, c[1]) > layout.MAX_TOWER - 1:
        return None
    rest = [b for b in w.blocks if b not in c]
    return _made(w, f"stack the {c[0]} on the {c[1]}. leave the rest alone",
                 _act(rels(Rel("on", c[0], c[1])), kept(*rest)))


def t223_keep_painter(w: World) -> Made:
    b = w.pick(_loose(w))
    others = [x for x in w.blocks if b and x != b[0]]
    if not b or len(others) < 2:
        return None
    k = w.rng.sample(others, 2)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {b[0]} to the {corner}, but please don't disturb the {_c(w, k[0])} and "
                    f"{_c(w, k[1])} blocks; I like how they sit.", _act(rels(Rel("at", b[0], corner)), kept(*k)))


def t223_keep_plain4(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    return _made(w, f"Empty the {bowl} into the bin, but keep everything else on the table as it is.",
                 _act(binned(inside), kept(*rest)))


# ----- multi-step -----------------------------------------------------------------------------------
def t223_multi_vet(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t) and w.state.base(s) != bowl[0]]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"First, gently take the {top} off the {below}. Then pop the {below} into the {bowl[0]}, "
                    "good job.", _act(rels(Rel("in", below, bowl[0])), _not(Rel("on", top, below))))


def t223_multi_greek(w: World) -> Made:
    c = w.pick(_loose(w), 3)
    if not c or _height(w, c[2]) > layout.MAX_TOWER - 1:
        return None
    return _made(w, f"First put the {c[0]} in the bin, after put the {c[1]} on the {c[2]}.",
                 _act(binned([c[0]]), rels(Rel("on", c[1], c[2]))))


def t223_multi_cyclist(w: World) -> Made:
    c = w.pick(w.blocks, 2)
    if not c:
        return None
    return _made(w, f"Step one: {c[0]} to the {_MIDDLE}. Step two: {c[1]} on top of it. Done and dusted.",
                 _act(rels(Rel("at", c[0], _MIDDLE), Rel("on", c[1], c[0]))))


def t223_multi_nightshift(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in w.blocks if b not in inside]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _made(w, f"first empty the {bowl} into the bin then put the {b} in that bowl",
                 _act(binned(inside), rels(Rel("in", b, bowl))))


def t223_multi_painter(w: World) -> Made:
    c = w.pick(w.blocks, 2)
    if not c:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Begin by moving the {c[0]} to the {corner}, then crown it with the {c[1]}.",
                 _act(rels(Rel("at", c[0], corner), Rel("on", c[1], c[0]))))


def t223_multi_plain4(w: World) -> Made:
    bowl = w.pick(w.bowls)
    cands = [b for b in w.blocks if bowl and w.state.base(b) != bowl[0]]
    if not bowl or len(cands) < 1 or not _room(w, bowl[0]):
        return None
    b = w.rng.choice(cands)
    others = [x for x in w.blocks if x != b]
    if not others:
        return None
    g = w.rng.choice(others)
    return _made(w, f"Put the {b} in the {bowl[0]}, and after that put the {g} in the bin.",
                 _act(rels(Rel("in", b, bowl[0])), binned([g])))


# ----- questions ------------------------------------------------------------------------------------
def t223_q_vet(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"How many blocks are in the {bowl}, hun?", answered(str(len(w.state.in_bowl(bowl))))


def t223_q_greek(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
    else:
        c = w.pick(w.blocks, 2)
        if not c:
            return None
        top, below = c
    return f"The {top}, it is on the {below}?", answered(yes(w.state.support[top] == below))


def t223_q_cyclist(w: World) -> Made:
    return "Quick count: how many blocks are out there in total, bowls included?", answered(str(len(w.blocks)))


def t223_q_nightshift(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    up = w.state.on_top(b)
    return f"whats on the {b}", answered(up[0] if up else "nothing")


def t223_q_painter(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    return f"Which bowl is the {b} nestled in?", answered(w.state.base(b))


def t223_q_plain4(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    flag = w.state.base(b) == bowl
    return (f"How many bowls are there? And is the {b} in the {bowl}?",
            answered(f"{len(w.bowls)}|{yes(flag).lower()}"))


# ----- matching -------------------------------------------------------------------------------------
def t223_match_vet(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Could you put each block into the bowl that matches its colour, sweetheart? Take your time.",
                 _act(rels(*want)))


def t223_match_greek(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Put the {r.block} in the bowl with the same colour.", _act(rels(r)))


def t223_match_cyclist(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not rest or len(rest) > len(layout.BIN_SLOTS):
        return None
    return _made(w, "Colour-match time: blocks into their same-colour bowls, the rest straight to the bin.",
                 _act(rels(*want), binned(rest)))


def t223_match_nightshift(w: World) -> Made:
    bad = _mismatched(w)
    if not bad:
        return None
    start = {b: w.state.base(b) for b in bad}
    check: Check = lambda _i, f: all(f.base(b) != bowl for b, bowl in start.items())
    return _made(w, "any block sitting in a bowl that isnt its colour, take it out of there", _act(check))


def t223_match_painter(w: World) -> Made:
    want = matching(w)
    moved = {r.block for r in want if not holds(r, w.state)}
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not moved or not rest:
        return None
    if any(set(w.state.above(m)) & set(rest) for m in moved):
        return None  # an unmatched block would have to move out of the way
    return _made(w, "Every block whose colour matches a bowl should go into that bowl, but leave the others "
                    "exactly where they are, they look lovely as they are.", _act(rels(*want), kept(*rest)))


def t223_match_plain4(w: World) -> Made:
    blocks_by_colour = {w.colour(b): b for b in w.blocks}
    pairs = [(b, bowl) for bowl in w.bowls if w.colour(bowl) in blocks_by_colour
             for b in w.blocks if b != blocks_by_colour[w.colour(bowl)] and w.state.base(b) != bowl]
    pairs = [(b, bowl) for b, bowl in pairs if _room(w, bowl)]
    if not pairs:
        return None
    b, bowl = w.rng.choice(pairs)
    ref = blocks_by_colour[w.colour(bowl)]
    return _made(w, f"Put the {b} into the bowl that's the same colour as the {ref}.", _act(rels(Rel("in", b, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("vet", "greek", "cyclist", "nightshift", "painter", "plain4")
FRESH223: list[Template] = [
    (f"t223_{short}_{style}", category, globals()[f"t223_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
