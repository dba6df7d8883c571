"""`FRESH330`, the three-hundred-and-thirty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying, sorting and asking about a tabletop in their own words.
Six personas write them:
- vet5: a vet, calm, kind and clear ("Could you gently put the red block in the blue bowl, please?")
- banker: a banker, formal, fond of numbers and conditions ("Kindly transfer the red block to the bin.")
- kid8: a nine-year-old, excited, simple words ("put the red block on the green block!!")
- german5: a German speaker writing English with small slips ("Please bring the red block in the top left corner.")
- singer: a singer, dramatic, musical words ("Oh, how I'd love to see the red block in the blue bowl!")
- plain111: a plain, ordinary adult ("Move the red block onto the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 398f989, the code of 10774b3, before anything it could prompt): 0.87
goal-correct (261 of 300), 36 refused, 0 questions, 3 wrong actions, 0 wrong replies. The wrong actions: a plain
adult's 'Match the blocks to the bowls by colour, but only the X and Y ones.' sorted another block (2), a singer's
'First, X to the middle; then Y upon it; and at last Z to crown them all!' put Z on another block (1). The refusals: a
singer's 'Oh, how I'd love to see X nestled in W!', 'Gather three blocks into W, a little trio singing together!',
'...; those two stay on stage!', 'The rightmost block, oh let it dance all the way to the top right corner!', '...,
but leave Y resting just where it is, my dear.', 'Let every block find the bowl of its own colour, like voices finding
their harmony!' and the crowning tower (3), the plain adult's 'but only the X and Y ones' (3).
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

_MARGIN = 0.03  # metres: a relative or position word needs a clear winner


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(name: str) -> str:
    """The colour word of a block or bowl name ("red block" -> "red")."""
    return name.split()[0]


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _height(s: SymState, block: str) -> int:
    """How high `block` stands in its tower (1: on the table, a place or a bowl)."""
    n, sup = 1, s.support[block]
    while sup in s.support:
        n, sup = n + 1, s.support[sup]
    return n


def _into_bowl(w: World) -> tuple[str, str] | None:
    """(block, bowl): a clear block not in that bowl, and a bowl with room."""
    opts = [(b, o) for b in w.clear_blocks() for o in w.bowls if w.state.base(b) != o and _room(w, o) > 0]
    return w.rng.choice(opts) if opts else None


def _onto(w: World) -> tuple[str, str] | None:
    """(top, below): two clear blocks, the lower one not in the bin and with room above it."""
    opts = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks()
            if a != b and w.state.support[a] != b and _height(w.state, b) < layout.MAX_TOWER]
    return w.rng.choice(opts) if opts else None


def _loose(w: World) -> str | None:
    cl = w.clear_blocks()
    return w.rng.choice(cl) if cl else None


def _off_table(w: World) -> str | None:
    """A clear block resting on a block or in a bowl (not straight on the table)."""
    cl = [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]
    return w.rng.choice(cl) if cl else None


def _others(w: World, *skip: str) -> list[str]:
    return [b for b in w.blocks if b not in skip]


def _winner(w: World, cands: list[str], key) -> str | None:
    """The candidate with the smallest key, when it beats every other block by `_MARGIN`."""
    if not cands:
        return None
    ranked = sorted(w.blocks, key=key)
    best = ranked[0]
    if best not in cands or (len(ranked) > 1 and key(ranked[1]) - key(best) < _MARGIN):
        return None
    return best


def _on_tbl(b: str) -> Check:
    """'On the table' as people mean it: the block's tower stands on the table (or a place on it)."""
    return lambda _i, f: f.base(b) in (TABLE, *PLACES)


def _names(blocks: list[str]) -> str:
    names = [f"the {b}" for b in blocks]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# ----- imperative -----------------------------------------------------------------------------------
def t330_imp_vet5(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    b, o = p
    return _made(w, f"Could you gently put the {b} in the {o}, please?", _act(rels(Rel("in", b, o))))


def t330_imp_banker(w: World) -> Made:
    b = _loose(w)
    if b is None:
        return None
    return _made(w, f"Kindly transfer the {b} to the bin.", _act(binned([b])))


def t330_imp_kid8(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    a, b = p
    return _made(w, f"put the {a} on top of the {b}!!", _act(rels(Rel("on", a, b))))


def t330_imp_german5(w: World) -> Made:
    b, place = _loose(w), w.rng.choice(PLACES[:4])
    if b is None:
        return None
    return _made(w, f"Please bring the {b} in the {place}.", _act(rels(Rel("at", b, place))))


def t330_imp_singer(w: World) -> Made:
    b = _loose(w)
    if b is None:
        return None
    return _made(w, f"Lift the {b} high, and set it down softly in the middle of the table, like a final note!",
                 _act(rels(Rel("at", b, PLACES[4]))))


def t330_imp_plain111(w: World) -> Made:
    b = _off_table(w)
    if b is None:
        return None
    return _made(w, f"Move the {b} onto the table.", _act(rels(Rel("on_table", b))))


# ----- declarative ----------------------------------------------------------------------------------
def t330_dec_vet5(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    b, o = p
    return _made(w, f"The {b} belongs in the {o}.", _act(rels(Rel("in", b, o))))


def t330_dec_banker(w: World) -> Made:
    b = _loose(w)
    if b is None:
        return None
    return _made(w, f"By the end of this, the {b} must be in the bin.", _act(binned([b])))


def t330_dec_kid8(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    a, b = p
    return _made(w, f"the {a} goes on the {b}", _act(rels(Rel("on", a, b))))


def t330_dec_german5(w: World) -> Made:
    b, place = _loose(w), w.rng.choice(PLACES[:4])
    if b is None:
        return None
    return _made(w, f"The {b} has to stand in the {place}.", _act(rels(Rel("at", b, place))))


def t330_dec_singer(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    b, o = p
    return _made(w, f"The {b} should come to rest in the {o}, like a melody coming home.",
                 _act(rels(Rel("in", b, o))))


def t330_dec_plain111(w: World) -> Made:
    b = _loose(w)
    if b is None:
        return None
    return _made(w, f"The {b} needs to be in the bin.", _act(binned([b])))


# ----- desiderative ---------------------------------------------------------------------------------
def t330_des_vet5(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    b, o = p
    return _made(w, f"I'd like the {b} in the {o}, if that's all right with you.", _act(rels(Rel("in", b, o))))


def t330_des_banker(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    a, b = p
    return _made(w, f"I would prefer to have the {a} placed on top of the {b}.", _act(rels(Rel("on", a, b))))


def t330_des_kid8(w: World) -> Made:
    b = _loose(w)
    if b is None:
        return None
    return _made(w, f"i want the {b} in the bin!! pleeease", _act(binned([b])))


def t330_des_german5(w: World) -> Made:
    b, place = _loose(w), w.rng.choice(PLACES[:4])
    if b is None:
        return None
    return _made(w, f"I would like that the {b} is in the {place}.", _act(rels(Rel("at", b, place))))


def t330_des_singer(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    b, o = p
    return _made(w, f"Oh, how I'd love to see the {b} nestled in the {o}!", _act(rels(Rel("in", b, o))))


def t330_des_plain111(w: World) -> Made:
    b = _loose(w)
    if b is None:
        return None
    return _made(w, f"It would be nice if the {b} was in the middle of the table.",
                 _act(rels(Rel("at", b, PLACES[4]))))


# ----- quantified -----------------------------------------------------------------------------------
def t330_qua_vet5(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "Please put all the blocks in the bin.", _act(binned(w.blocks)))


def t330_qua_banker(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls or len(w.blocks) < 3:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"Place exactly two blocks in the {o}; any two will do.", _act(count_in(o, 2)))


def t330_qua_kid8(w: World) -> Made:
    on = w.state.on_the_table()
    if not on or len(on) > 5:
        return None
    return _made(w, "throw all the blocks that are on the table in the bin!!!",
                 _act(binned(on), none_binned(w.in_bowls())))


def t330_qua_german5(w: World) -> Made:
    inside = w.in_bowls()
    rest = [b for b in w.blocks if b not in inside]
    if not inside or not rest or len(rest) > 5:
        return None
    return _made(w, "Please put all blocks which are not in a bowl into the bin.",
                 _act(binned(rest), none_binned(inside)))


def t330_qua_singer(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls or len(w.blocks) < 4:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"Gather three blocks into the {o}, a little trio singing together!", _act(count_in(o, 3)))


def t330_qua_plain111(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Take every block that's in a bowl and put it on the table.",
                 _act(*(_on_tbl(b) for b in inside)))


# ----- negated --------------------------------------------------------------------------------------
def t330_neg_vet5(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    return _made(w, f"No block should stay in the {o}, please.", _act(empty(o)))


def t330_neg_banker(w: World) -> Made:
    if len(w.blocks) > 6:
        return None
    b = w.rng.choice(w.blocks)
    rest = _others(w, b)
    return _made(w, f"Move every block into the bin, with the sole exception of the {b}.",
                 _act(binned(rest), none_binned([b])))


def t330_neg_kid8(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    return _made(w, f"take the {b} out of the {o} but dont put it in the bin ok",
                 _act(rels(Rel("in", b, o, negated=True)), lambda _i, f: f.base(b) != BIN))


def t330_neg_german5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} shall not be on the {b} anymore.", _act(rels(Rel("on", a, b, negated=True))))


def t330_neg_singer(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    keep = w.pick(w.blocks, 2)
    rest = _others(w, *keep)
    return _made(w, f"Send every block to the bin except {_names(keep)}; those two stay on stage!",
                 _act(binned(rest), none_binned(keep)))


def t330_neg_plain111(w: World) -> Made:
    tops = [a for a, _ in w.pairs()]
    if not tops:
        return None
    a = w.rng.choice(tops)
    return _made(w, f"Make sure the {a} isn't sitting on top of another block.",
                 _act(lambda _i, f: f.support[a] not in f.support))


# ----- relative -------------------------------------------------------------------------------------
def t330_rel_vet5(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [o for o in w.bowls if _room(w, o) > 0 and w.state.base(a) != o]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"Please put the block that's sitting on the {b} into the {o}.", _act(rels(Rel("in", a, o))))


def t330_rel_banker(w: World) -> Made:
    b = _winner(w, w.clear_blocks(), w.y)
    if b is None:
        return None
    return _made(w, "Move the leftmost block to the bin.", _act(binned([b])))


def t330_rel_kid8(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    b = _winner(w, w.clear_blocks(), lambda n: w.dist(n, o))
    if b is None:
        return None
    return _made(w, f"the block that is closest to the {o}, put it in the bin!", _act(binned([b])))


def t330_rel_german5(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    b = w.state.in_bowl(o)[0]
    return _made(w, f"Take the block in the {o} and put it on the table, please.",
                 _act(rels(Rel("on_table", b))))


def t330_rel_singer(w: World) -> Made:
    b = _winner(w, w.clear_blocks(), lambda n: -w.y(n))
    if b is None:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"The rightmost block, oh let it dance all the way to the {place}!",
                 _act(rels(Rel("at", b, place))))


def t330_rel_plain111(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Put the block under the {a} in the bin.", _act(binned([b]), none_binned([a])))


# ----- keep -----------------------------------------------------------------------------------------
def t330_keep_vet5(w: World) -> Made:
    b = _loose(w)
    if b is None:
        return None
    stay = [o for o in _others(w, b) if b not in w.state.above(o)]
    if not stay:
        return None
    g = w.rng.choice(stay)
    return _made(w, f"Please put the {b} in the bin, but leave the {g} where it is.", _act(binned([b]), kept(g)))


def t330_keep_banker(w: World) -> Made:
    p = _into_bowl(w)
    if p is None:
        return None
    b, o = p
    stay = _others(w, b)
    if not stay:
        return None
    g = w.rng.choice(stay)
    return _made(w, f"Move the {b} to the {o}. The {g} is not to be touched under any circumstances.",
                 _act(rels(Rel("in", b, o)), kept(g)))


def t330_keep_kid8(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    g = w.rng.choice(full)
    opts = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks()
            if a != b and w.state.support[a] != b and _height(w.state, b) < layout.MAX_TOWER
            and g not in (w.state.base(a), w.state.base(b))]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    same = lambda i, f: sorted(f.in_bowl(g)) == sorted(i.in_bowl(g))
    return _made(w, f"put the {a} on the {b} but dont touch the {g}!!",
                 _act(rels(Rel("on", a, b)), same, kept(*w.state.in_bowl(g))))


def t330_keep_german5(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Put the {a} on the table, but the {b} must stay where it is.",
                 _act(rels(Rel("on_table", a)), kept(b)))


def t330_keep_singer(w: World) -> Made:
    b = _loose(w)
    if b is None:
        return None
    stay = [o for o in _others(w, b) if b not in w.state.above(o)]
    if not stay:
        return None
    g, place = w.rng.choice(stay), w.rng.choice(PLACES[:4])
    return _made(w, f"Carry the {b} to the {place}, but leave the {g} resting just where it is, my dear.",
                 _act(rels(Rel("at", b, place)), kept(g)))


def t330_keep_plain111(w: World) -> Made:
    p = _onto(w)
    if p is None:
        return None
    a, b = p
    return _made(w, f"Stack the {a} on the {b} and leave everything else where it is.",
                 _act(rels(Rel("on", a, b)), kept(*_others(w, a))))


# ----- multi_step -----------------------------------------------------------------------------------
def t330_multi_vet5(w: World) -> Made:
    if len(w.blocks) < 2 or not w.bowls:
        return None
    a, b = w.pick(w.blocks, 2)
    bowls = [o for o in w.bowls if _room(w, o) > 0 and w.state.base(b) != o]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"First put the {a} in the bin, and then put the {b} in the {o}.",
                 _act(binned([a]), rels(Rel("in", b, o))))


def t330_multi_banker(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"Step one: move the {a} to the {place}. Step two: place the {b} on top of it.",
                 _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t330_multi_kid8(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"first put the {a} in the bin and then the {b} in the bin too!!", _act(binned([a, b])))


def t330_multi_german5(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    bowls = [o for o in w.bowls if _room(w, o) > 0]
    if not pairs or not bowls:
        return None
    (a, b), o = w.rng.choice(pairs), w.rng.choice(bowls)
    if w.state.base(a) == o:
        return None
    return _made(w, f"At first take the {a} from the {b}, after put it into the {o}.", _act(rels(Rel("in", a, o))))


def t330_multi_singer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"First, the {a} to the middle; then the {b} upon it; and at last the {c} to crown them all!",
                 _act(rels(Rel("at", a, PLACES[4]), Rel("on", b, a), Rel("on", c, b))))


def t330_multi_plain111(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    p1, p2 = w.pick(list(PLACES[:4]), 2)
    return _made(w, f"Put the {a} in the {p1}, and after that move the {b} to the {p2}.",
                 _act(rels(Rel("at", a, p1), Rel("at", b, p2))))


# ----- question -------------------------------------------------------------------------------------
def t330_q_vet5(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(o)
    return f"What's in the {o} at the moment?", answered("|".join(inside) if inside else "nothing")


def t330_q_banker(w: World) -> Made:
    n = w.state.count_at(TABLE)
    return "How many blocks are currently on the table?", answered(str(n))


def t330_q_kid8(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    elif len(w.blocks) >= 2:
        a, b = w.pick(w.blocks, 2)
    else:
        return None
    return f"is the {a} on the {b}??", answered(yes(w.state.support[a] == b))


def t330_q_german5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    sup = w.state.support[b]
    return f"Where is standing the {b}?", answered(sup)


def t330_q_singer(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    return f"Tell me, how many blocks are resting in the {o}?", answered(str(len(w.state.in_bowl(o))))


def t330_q_plain111(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return f"Which block is on top of the {b}?", answered(a)


# ----- matching -------------------------------------------------------------------------------------
def t330_match_vet5(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Could you put each block into the bowl of the same colour, please?", _act(rels(*want)))


def t330_match_banker(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort the blocks by colour into the corresponding bowls.", _act(rels(*want)))


def t330_match_kid8(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"put the {r.block} in the {r.target} cause they're the same colour!!", _act(rels(r)))


def t330_match_german5(w: World) -> Made:
    want = matching(w)
    if not want or len(want) == len(w.blocks):
        return None
    return _made(w, "Please sort every block in the bowl with the same colour, when there is one.",
                 _act(rels(*want)))


def t330_match_singer(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Let every block find the bowl of its own colour, like voices finding their harmony!",
                 _act(rels(*want)))


def t330_match_plain111(w: World) -> Made:
    want = matching(w)
    if len(want) < 2:
        return None
    pick = w.pick(want, 2)
    other = [r for r in want if r not in pick]
    colours = f"{_c(pick[0].block)} and {_c(pick[1].block)}"
    untouched = lambda i, f: all(holds(r, f) == holds(r, i) for r in other)
    return _made(w, f"Match the blocks to the bowls by colour, but only the {colours} ones.",
                 _act(rels(*pick), untouched))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("vet5", "banker", "kid8", "german5", "singer", "plain111")
FRESH330: list[Template] = [
    (f"t330_{short}_{style}", category, globals()[f"t330_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
