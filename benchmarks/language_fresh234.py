"""`FRESH234`, the two-hundred-and-thirty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing into the chat window for the first time in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six kinds of first-time users, one style each:
- cook2: a home cook, kitchen words at times: "Pop the red block into the blue bowl for me, like an egg into the pan."
- ukrainian: a Ukrainian speaker, small slips in English: "Please, put the green block on top of yellow block."
- techie: an IT person, terse, a little jargon: "move red block to top left corner. thx"
- grandad2: a grandfather, slow, polite, wordy: "Would you be so kind as to put the blue block in the bin for me?"
- runner2: a jogger on a break, short breathless messages: "red block in the bin. green block too"
- plain15: a plain, ordinary adult with no quirks at all: "The white block should be on top of the pink block."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on f79de39, the code of c9e1454, before anything it could prompt): 0.85
goal-correct (255 of 300), 35 refused, no question, five wrong actions and five wrong replies. The wrong actions: the
cook's "Lift off the block that's on top of X and put it in the bin, like skimming a stock." The wrong replies: the cook's
"How many blocks are in W right now? Counting them like eggs in a carton.". The refusals: the grandfather's "I don't think
we'll be needing it", "I don't mind at all where it goes, so long as it's not in that bowl any more"; the runner's "build
a tower quick - X at the bottom, ..."; the Ukrainian speaker's "it is not needed on table anymore"; the cook's "it's like
bread dough, don't touch it while it's proving", "W is only for yellow things, so put X in it and take anything else
out"; the IT person's "colour-match: each block that has a same-colour bowl goes in that bowl".
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

CAP = layout.BOWL_CAPACITY
BIN_MAX = len(layout.BIN_SLOTS)
GROUND = (TABLE, *PLACES)
CORNERS = PLACES[:4]
MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _blocks(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= CAP


def _height(w: World, b: str) -> int:
    """How many blocks from the ground up to `b`, `b` included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _below(w: World, b: str) -> list[str]:
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _mates(w: World, b: str) -> set[str]:
    """Every block in `b`'s tower, `b` included."""
    return {b, *w.state.above(b), *_below(w, b)}


def _stackable(w: World, top: str, below: str, extra: int = 1) -> bool:
    """`top` (and `extra - 1` more) can go on `below`: different towers, on the table, not too high."""
    return (top not in _mates(w, below) and w.state.base(below) in GROUND
            and _height(w, below) + extra <= layout.MAX_TOWER)


def _not(rel: Rel) -> Rel:
    return rel.model_copy(update={"negated": True})


def _nearest(w: World, pos: tuple[float, float]) -> str | None:
    """The one block clearly nearest to `pos` (standing alone, 3 cm nearer than any other), if any."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - pos[0]) ** 2 + (p[1] - pos[1]) ** 2) ** 0.5

    ranked = sorted(_blocks(w), key=d)
    if len(ranked) < 2:
        return None
    first = ranked[0]
    if len(_mates(w, first)) > 1 or d(ranked[1]) < d(first) + 0.03:
        return None
    return first


def _matches(w: World) -> tuple[list[Rel], list[str]]:
    """The colour-matching relations and the blocks with no bowl of their colour."""
    pairs = matching(w)
    matched = {r.block for r in pairs}
    return pairs, [b for b in _blocks(w) if b not in matched]


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return (p[0], p[1])


# ----- imperative -------------------------------------------------------------------------------------
def t234_imp_cook2(w: World) -> Made:
    opts = [(b, o) for b in _blocks(w) for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    return _made(w, f"Pop the {b} into the {o} for me, like an egg into the pan.", _act(rels(Rel("in", b, o))))


def t234_imp_ukrainian(w: World) -> Made:
    opts = [(a, b) for a in _blocks(w) for b in _blocks(w) if a != b and _stackable(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"Please, put the {a} on top of {b}.", _act(rels(Rel("on", a, b))))


def t234_imp_techie(w: World) -> Made:
    b = w.rng.choice(_blocks(w))
    corner = w.rng.choice(CORNERS)
    return _made(w, f"move {b} to {corner}. thx", _act(rels(Rel("at", b, corner))))


def t234_imp_grandad2(w: World) -> Made:
    b = w.rng.choice(_blocks(w))
    text = (f"Good morning. Would you be so kind as to put the {b} in the bin for me? I don't think we'll be "
            "needing it. Thank you kindly.")
    return _made(w, text, _act(binned([b])))


def t234_imp_runner2(w: World) -> Made:
    bs = _blocks(w)
    if len(bs) < 3:
        return None
    a, b, c = w.pick(bs, 3)
    text = f"build a tower quick - {a} at the bottom, {b} on it, {c} on top"
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t234_imp_plain15(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    bowl = w.state.base(b)
    return _made(w, f"Take the {b} out of the {bowl} and put it on the table.", _act(rels(Rel("on_table", b))))


# ----- declarative ------------------------------------------------------------------------------------
def t234_dec_cook2(w: World) -> Made:
    opts = [(b, o) for b in _blocks(w) for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    text = f"The {b} should be in the {o}. That's where it lives, like the ladle lives in the drawer."
    return _made(w, text, _act(rels(Rel("in", b, o))))


def t234_dec_ukrainian(w: World) -> Made:
    b = w.rng.choice(_blocks(w))
    return _made(w, f"The {b} must be in the bin, it is not needed on table anymore.", _act(binned([b])))


def t234_dec_techie(w: World) -> Made:
    bs = _blocks(w)
    opts = [(g, r, b) for g in bs for r in bs for b in bs if len({g, r, b}) == 3
            and _stackable(w, r, b, 2) and g not in _mates(w, b) and g not in _mates(w, r)]
    if not opts:
        return None
    g, r, b = w.rng.choice(opts)
    text = f"desired state: {g} on {r}, {r} on {b}."
    return _made(w, text, _act(rels(Rel("on", g, r), Rel("on", r, b))))


def t234_dec_grandad2(w: World) -> Made:
    b = w.rng.choice(_blocks(w))
    text = f"The {b} ought to be in the middle of the table, I think, if that's no bother to you."
    return _made(w, text, _act(rels(Rel("at", b, MIDDLE))))


def t234_dec_runner2(w: World) -> Made:
    bs = _blocks(w)
    if len(bs) < 2:
        return None
    a, b = w.pick(bs, 2)
    return _made(w, f"{a} in the bin. {b} too", _act(binned([a, b])))


def t234_dec_plain15(w: World) -> Made:
    opts = [(a, b) for a in _blocks(w) for b in _blocks(w) if a != b and _stackable(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"The {a} should be on top of the {b}.", _act(rels(Rel("on", a, b))))


# ----- desiderative -----------------------------------------------------------------------------------
def t234_des_cook2(w: World) -> Made:
    opts = [o for o in w.bowls if w.state.in_bowl(o)]
    if not opts:
        return None
    o = w.rng.choice(opts)
    inside = w.state.in_bowl(o)
    text = f"I'd like the {o} emptied into the bin, like scraping the leftovers off a plate."
    return _made(w, text, _act(binned(inside), empty(o)))


def t234_des_ukrainian(w: World) -> Made:
    opts = [(a, b) for a in _blocks(w) for b in _blocks(w) if a != b and _stackable(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"I want that the {a} will be on the {b}.", _act(rels(Rel("on", a, b))))


def t234_des_techie(w: World) -> Made:
    b = w.rng.choice(_blocks(w))
    corner = w.rng.choice(CORNERS)
    return _made(w, f"I want the {b} at the {corner}, ty", _act(rels(Rel("at", b, corner))))


def t234_des_grandad2(w: World) -> Made:
    bs = _blocks(w)
    if len(bs) < 2:
        return None
    a, b = w.pick(bs, 2)
    o = w.rng.choice(w.bowls)
    need = sum(1 for x in (a, b) if w.state.base(x) != o)
    if not _room(w, o, need):
        return None
    text = (f"What I'd really like, if you don't mind, is for the {a} and the {b} both to end up in the {o}. "
            "Take your time.")
    return _made(w, text, _act(rels(Rel("in", a, o), Rel("in", b, o))))


def t234_des_runner2(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    bowl = w.state.base(b)
    return _made(w, f"want {b} out of the {bowl}, on the table pls", _act(rels(Rel("on_table", b))))


def t234_des_plain15(w: World) -> Made:
    bs = _blocks(w)
    if len(bs) < 3:
        return None
    a, b, c = w.pick(bs, 3)
    ca, cb, cc = w.colour(a), w.colour(b), w.colour(c)
    text = f"My goal is a tower of the {ca}, {cb} and {cc} blocks, with the {ca} one at the bottom."

    def check(_i: SymState, f: SymState) -> bool:
        return holds(Rel("tower", a, b, c), f) and f.support[a] in GROUND

    return _made(w, text, _act(check))


# ----- quantified -------------------------------------------------------------------------------------
def t234_qua_cook2(w: World) -> Made:
    bs = _blocks(w)
    if len(bs) > CAP:
        return None
    o = w.rng.choice(w.bowls)
    text = f"Put all the blocks in the {o}, like tipping all the chopped veg into one pot."
    return _made(w, text, _act(rels(*(Rel("in", b, o) for b in bs))))


def t234_qua_ukrainian(w: World) -> Made:
    bs = _blocks(w)
    if len(bs) > BIN_MAX:
        return None
    return _made(w, "Please, put every block to the bin.", _act(binned(bs)))


def t234_qua_techie(w: World) -> Made:
    bs = _blocks(w)
    o = w.rng.choice(w.bowls)
    if len(bs) < 2:
        return None
    return _made(w, f"need exactly 2 blocks in the {o}. which ones doesn't matter.", _act(count_in(o, 2)))


def t234_qua_grandad2(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or any(w.state.in_bowl(o) for o in bowls) or len(_blocks(w)) < len(bowls):
        return None
    text = "Would you put one block in each of the bowls, please? Any block will do, I'm not fussy."
    return _made(w, text, _act(*(count_in(o, 1) for o in bowls)))


def t234_qua_runner2(w: World) -> Made:
    opts = [o for o in w.bowls if w.state.in_bowl(o)]
    if not opts:
        return None
    o = w.rng.choice(opts)
    inside = w.state.in_bowl(o)
    return _made(w, f"all blocks out of the {o}. onto the table", _act(rels(*(Rel("on_table", b) for b in inside))))


def t234_qua_plain15(w: World) -> Made:
    opts = [(a, b) for a in w.bowls for b in w.bowls if a != b and w.state.in_bowl(a)
            and _room(w, b, len(w.state.in_bowl(a)))]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    inside = w.state.in_bowl(a)
    text = f"Could you move every block in the {a} over to the {b}?"
    return _made(w, text, _act(rels(*(Rel("in", x, b) for x in inside))))


# ----- negated ----------------------------------------------------------------------------------------
def t234_neg_cook2(w: World) -> Made:
    bs = _blocks(w)
    keep = w.rng.choice(bs)
    rest = [b for b in bs if b != keep]
    if not rest or len(rest) > BIN_MAX:
        return None
    text = f"Bin every block except the {w.colour(keep)} one, I'm clearing the counter for dinner."
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t234_neg_ukrainian(w: World) -> Made:
    bs = _blocks(w)
    o = w.rng.choice(w.bowls)
    opts = [b for b in bs if w.state.base(b) != o]
    if not opts:
        return None
    skip = w.rng.choice(opts)
    rest = [b for b in bs if b != skip]
    if not rest or len(rest) > CAP:
        return None
    text = f"Put all blocks in the {o}, but not the {skip}."
    return _made(w, text, _act(rels(*(Rel("in", b, o) for b in rest)), rels(_not(Rel("in", skip, o)))))


def t234_neg_techie(w: World) -> Made:
    opts = [o for o in w.bowls if len(w.state.in_bowl(o)) >= 2]
    if not opts:
        return None
    o = w.rng.choice(opts)
    inside = w.state.in_bowl(o)
    stay = w.rng.choice(inside)
    rest = [b for b in inside if b != stay]
    text = f"empty the {o} into the bin except the {stay}. {stay} stays in the bowl."
    return _made(w, text, _act(binned(rest), rels(Rel("in", stay, o))))


def t234_neg_grandad2(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    o = w.state.base(b)
    text = (f"I'd like the {b} out of the {o}, please. I don't mind at all where it goes, so long as it's "
            "not in that bowl any more.")
    return _made(w, text, _act(rels(_not(Rel("in", b, o)))))


def t234_neg_runner2(w: World) -> Made:
    bs = _blocks(w)
    if len(bs) < 3:
        return None
    a, b = w.pick(bs, 2)
    rest = [x for x in bs if x not in (a, b)]
    if len(rest) > BIN_MAX:
        return None
    return _made(w, f"everything in the bin except {a} and {b}", _act(binned(rest), none_binned([a, b])))


def t234_neg_plain15(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b = w.rng.choice(_blocks(w))
    no = w.rng.choice(w.bowls)
    others = [o for o in w.bowls if o != no]
    if not any(_room(w, o) for o in others):
        return None
    text = f"Put the {b} in one of the bowls, just not the {no}."

    def check(_i: SymState, f: SymState) -> bool:
        return f.base(b) in others

    return _made(w, text, _act(check))


# ----- relative ---------------------------------------------------------------------------------------
def t234_rel_cook2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Lift off the block that's on top of the {below} and put it in the bin, like skimming a stock."
    return _made(w, text, _act(binned([top])))


def t234_rel_ukrainian(w: World) -> Made:
    pairs = w.pairs()
    opts = [(top, below, o) for top, below in pairs for o in w.bowls
            if w.state.base(below) != o and _room(w, o)]
    if not opts:
        return None
    top, below, o = w.rng.choice(opts)
    text = f"Put the block which is under the {top} in the {o}, please."
    return _made(w, text, _act(rels(Rel("in", below, o))))


def t234_rel_techie(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    b = _nearest(w, _pos(w, o))
    if b is None or w.state.in_bowl(o):
        return None
    return _made(w, f"nearest block to the {o} -> bin pls", _act(binned([b])))


def t234_rel_grandad2(w: World) -> Made:
    opts = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not opts:
        return None
    o = w.rng.choice(opts)
    (b,) = w.state.in_bowl(o)
    corner = w.rng.choice(CORNERS)
    text = (f"There's just the one block in the {o}. Would you lift it out and set it down in the {corner}, "
            "please?")
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t234_rel_runner2(w: World) -> Made:
    tops = [top for top, _ in w.pairs() if w.state.is_clear(top)]
    if len(tops) != 1:
        return None
    return _made(w, "top block off the stack. bin it", _act(binned(tops)))


def t234_rel_plain15(w: World) -> Made:
    corner = w.rng.choice(CORNERS)
    b = _nearest(w, layout.PLACES[corner])
    opts = [o for o in w.bowls if _room(w, o)]
    if b is None or not opts:
        return None
    o = w.rng.choice(opts)
    return _made(w, f"Move the block closest to the {corner} into the {o}.", _act(rels(Rel("in", b, o))))


# ----- keep -------------------------------------------------------------------------------------------
def t234_keep_cook2(w: World) -> Made:
    opts = [(b, o) for b in _blocks(w) for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    others = [x for x in _blocks(w) if x != b and x not in w.state.above(b)]
    if not others:
        return None
    k = w.rng.choice(others)
    text = (f"Put the {b} in the {o}, but leave the {k} where it is - it's like bread dough, "
            "don't touch it while it's proving.")
    return _made(w, text, _act(rels(Rel("in", b, o)), kept(k)))


def t234_keep_ukrainian(w: World) -> Made:
    bs = _blocks(w)
    opts = [(a, b, k) for a in bs for b in bs for k in bs if len({a, b, k}) == 3 and _stackable(w, a, b)
            and k not in w.state.above(a) and k not in w.state.above(b)]
    if not opts:
        return None
    a, b, k = w.rng.choice(opts)
    text = f"Put the {a} on the {b}, and the {k} please do not touch."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(k)))


def t234_keep_techie(w: World) -> Made:
    opts = [(o, k) for o in w.bowls if w.state.in_bowl(o) for k in _blocks(w) if w.state.base(k) != o]
    if not opts:
        return None
    o, k = w.rng.choice(opts)
    inside = w.state.in_bowl(o)
    return _made(w, f"bin everything in the {o}. keep the {k} as-is.", _act(binned(inside), kept(k)))


def t234_keep_grandad2(w: World) -> Made:
    opts = [(b, o) for o in w.bowls if w.state.in_bowl(o) for b in _blocks(w) if w.state.base(b) != o]
    if not opts:
        return None
    b, o = w.rng.choice(opts)
    inside = w.state.in_bowl(o)
    text = (f"I'd like the {b} moved to the middle of the table, but please leave the {o} and whatever is in it "
            "just as it is.")
    return _made(w, text, _act(rels(Rel("at", b, MIDDLE)), kept(*inside)))


def t234_keep_runner2(w: World) -> Made:
    bs = _blocks(w)
    opts = [(a, b, k) for a in bs for b in bs for k in bs if len({a, b, k}) == 3 and _stackable(w, a, b)
            and k not in w.state.above(a) and k not in w.state.above(b)]
    if not opts:
        return None
    a, b, k = w.rng.choice(opts)
    return _made(w, f"{a} on {b}. {k} stays put", _act(rels(Rel("on", a, b)), kept(k)))


def t234_keep_plain15(w: World) -> Made:
    opts = [b for b in _blocks(w) if not w.state.is_clear(b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = f"Clear everything off the {b}, but leave the {b} itself where it is."
    return _made(w, text, _act(rels(Rel("clear", b)), kept(b)))


# ----- multi_step -------------------------------------------------------------------------------------
def t234_multi_cook2(w: World) -> Made:
    bs = _blocks(w)
    opts = [(r, g, o) for r in bs for g in bs for o in w.bowls if r != g and g not in _mates(w, r)
            and w.state.base(r) != o and _room(w, o, 2)]
    if not opts:
        return None
    r, g, o = w.rng.choice(opts)
    text = f"First put the {r} in the {o}, then put the {g} on top of it, like layering a lasagne."
    return _made(w, text, _act(rels(Rel("in", r, o), Rel("on", g, r))))


def t234_multi_ukrainian(w: World) -> Made:
    bs = _blocks(w)
    if len(bs) < 2:
        return None
    a, b = w.pick(bs, 2)
    corner = w.rng.choice(CORNERS)
    text = f"At first take the {a} to the bin, after put the {b} to the {corner}."
    return _made(w, text, _act(binned([a]), rels(Rel("at", b, corner))))


def t234_multi_techie(w: World) -> Made:
    bs = _blocks(w)
    if len(bs) < 2:
        return None
    a, b = w.pick(bs, 2)
    o = w.rng.choice(w.bowls)
    if w.state.base(a) != o and not _room(w, o):
        return None
    text = f"step 1: {a} -> {o}. step 2: {b} -> bin."
    return _made(w, text, _act(rels(Rel("in", a, o)), binned([b])))


def t234_multi_grandad2(w: World) -> Made:
    opts = [(top, below, o) for top, below in w.pairs() for o in w.bowls
            if w.state.base(below) != o and _room(w, o)]
    if not opts:
        return None
    top, below, o = w.rng.choice(opts)
    text = (f"First, if you would, lift the {top} off the {below}, and then put the {below} into the {o}. "
            "Much obliged.")
    return _made(w, text, _act(rels(Rel("in", below, o), _not(Rel("on", top, below)))))


def t234_multi_runner2(w: World) -> Made:
    bs = _blocks(w)
    opts = [(g, b, r) for g in bs for b in bs for r in bs if len({g, b, r}) == 3
            and _stackable(w, g, b, 2) and r not in _mates(w, b) and r not in _mates(w, g)]
    if not opts:
        return None
    g, b, r = w.rng.choice(opts)
    return _made(w, f"first {g} on {b}. then {r} on {g}", _act(rels(Rel("on", g, b), Rel("on", r, g))))


def t234_multi_plain15(w: World) -> Made:
    opts = [(o, r) for o in w.bowls if w.state.in_bowl(o) for r in _blocks(w) if w.state.base(r) != o]
    if not opts:
        return None
    o, r = w.rng.choice(opts)
    inside = w.state.in_bowl(o)
    text = f"Empty the {o} onto the table, then put the {r} in it."
    return _made(w, text, _act(rels(*(Rel("on_table", b) for b in inside), Rel("in", r, o))))


# ----- question ---------------------------------------------------------------------------------------
def t234_q_cook2(w: World) -> Made:
    opts = [o for o in w.bowls if w.state.in_bowl(o)]
    if not opts:
        return None
    o = w.rng.choice(opts)
    n = len(w.state.in_bowl(o))
    return f"How many blocks are in the {o} right now? Counting them like eggs in a carton.", answered(str(n))


def t234_q_ukrainian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"Which block is lying on the {below}?", answered(top)


def t234_q_techie(w: World) -> Made:
    return "how many blocks total, and how many bowls?", answered(f"{len(_blocks(w))}|{len(w.bowls)}")


def t234_q_grandad2(w: World) -> Made:
    b = w.rng.choice(_blocks(w))
    inside = w.state.base(b) in w.bowls
    o = w.state.base(b) if inside and w.rng.random() < 0.5 else w.rng.choice(w.bowls)
    flag = w.state.base(b) == o
    text = f"Could you tell me, please, whether the {b} is in the {o}? My eyes aren't what they were."
    return text, answered(yes(flag))


def t234_q_runner2(w: World) -> Made:
    opts = [b for b in _blocks(w) if w.state.support[b] in (TABLE, *w.bowls)
            or (w.state.support[b] in w.state.support and w.state.base(b) == TABLE)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    s = w.state.support[b]
    return f"where's the {b}", answered(s)


def t234_q_plain15(w: World) -> Made:
    pairs = w.pairs()
    bs = _blocks(w)
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(bs, 2)
    flag = w.state.support[a] == b
    text = f"Is the {a} on the {b}? And how many bowls are there?"
    return text, answered(f"{yes(flag).lower()}|{len(w.bowls)}")


# ----- matching ---------------------------------------------------------------------------------------
def t234_match_cook2(w: World) -> Made:
    opts = [b for b in _blocks(w) if f"{w.colour(b)} bowl" in w.bowls]
    if not opts:
        return None
    b = w.rng.choice(opts)
    o = f"{w.colour(b)} bowl"
    others = [x for x in _blocks(w) if x != b]
    text = f"The {o} is only for {w.colour(b)} things, so put the {b} in it and take anything else out."
    return _made(w, text, _act(rels(Rel("in", b, o), *(_not(Rel("in", x, o)) for x in others))))


def t234_match_ukrainian(w: World) -> Made:
    opts = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not opts:
        return None
    r = w.rng.choice(opts)
    return _made(w, f"Put the {r.block} in the bowl of same colour.", _act(rels(r)))


def _room_for(w: World, pairs: list[Rel]) -> bool:
    for o in w.bowls:
        need = sum(1 for r in pairs if r.target == o and not holds(r, w.state))
        if not _room(w, o, need):
            return False
    return True


def t234_match_techie(w: World) -> Made:
    pairs, _ = _matches(w)
    if not pairs or not _room_for(w, pairs):
        return None
    return _made(w, "colour-match: each block that has a same-colour bowl goes in that bowl.", _act(rels(*pairs)))


def t234_match_grandad2(w: World) -> Made:
    opts = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not opts:
        return None
    r = w.rng.choice(opts)
    text = f"Would you find the block that's the same colour as the {r.target} and put it in there, please?"
    return _made(w, text, _act(rels(r)))


def t234_match_runner2(w: World) -> Made:
    pairs, rest = _matches(w)
    if not pairs or not rest or len(rest) > BIN_MAX:
        return None
    return _made(w, "blocks into matching bowls. rest in the bin", _act(rels(*pairs), binned(rest)))


def t234_match_plain15(w: World) -> Made:
    pairs, rest = _matches(w)
    if not pairs or not rest or not _room_for(w, pairs):
        return None
    moving = [r.block for r in pairs if not holds(r, w.state)]
    if any(x in w.state.above(m) for m in moving for x in rest):
        return None
    text = "Put every block that matches a bowl's colour into that bowl, and leave the other blocks where they are."
    return _made(w, text, _act(rels(*pairs), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("cook2", "ukrainian", "techie", "grandad2", "runner2", "plain15")
FRESH234: list[Template] = [
    (f"t234_{short}_{style}", category, globals()[f"t234_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
