"""`FRESH237`, the two-hundred-and-thirty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. The six personas:
- caretaker: "Right, clear the red bowl out into the bin, but leave the blue block where it is."
- finnish: "Please take the green block and put it to the top left corner."
- singer: "Act one: the red block onto the blue block. Act two: the yellow block onto the red block. Curtain!"
- retiree2: "Would you kindly place the orange block in the bin. Thank you."
- kid4: "put all the blocks in the pink bowl!!"
- plain18: "Where is the cyan block?"
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 160a4d6, the code of 8960651, before anything it could prompt): 0.8167
goal-correct (245 of 300), 45 refused, no question, five wrong actions and five wrong replies. The wrong actions: the
singer's "Oh, how I'd adore to see X perched on Y!" got the help text. The wrong replies: the singer's "Tell me, darling,
what sits upon X?". The refusals: the singer's "darling", "my darlings, the show is over!", "X has sung its last note. Its
final resting place is the bin.", "X is spared", "oh, leave X untouched", "Colour to colour, darling! Every block home to
the bowl that matches it!", "lay it ever so gently upon Y"; the caretaker's "I want W emptied, everything in it into the
bin."; the Finnish speaker's "Empty W to the bin, but not X, it stays in the bowl.".
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = list(PLACES[:4])


# ----- helpers ----------------------------------------------------------------------------------------
def _hands_free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    return both(*checks, _hands_free)


def _made(w: World, text: str, *checks: Check) -> Made:
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _not(rel: str, *args: str) -> Check:
    r = Rel(rel, *args, negated=True)
    return lambda _i, f: holds(r, f)


def _height(w: World, b: str) -> int:
    """How high `b` stands in its tower (1 on the table, a bowl or a place)."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _loose(w: World) -> list[str]:
    return w.clear_blocks()


def _onto(w: World, room: int = 1) -> list[tuple[str, str]]:
    """(x, y): clear x that can go on clear y with `room` more blocks fitting above y."""
    out = []
    for x in _loose(w):
        for y in _loose(w):
            if x != y and w.state.support[x] != y and _height(w, y) + room <= layout.MAX_TOWER:
                out.append((x, y))
    return out


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _into(w: World) -> list[tuple[str, str]]:
    """(x, bowl): a clear block not in that bowl, and room for it there."""
    return [(x, b) for b in w.bowls if _room(w, b) for x in _loose(w) if w.state.base(x) != b]


def _full_bowls(w: World, least: int = 1) -> list[str]:
    return [b for b in w.bowls if len(w.state.in_bowl(b)) >= least]


def _on_table(w: World) -> list[str]:
    return [b for b in w.state.on_the_table() if w.state.base(b) != BIN]


def _one(w: World, items: list):
    return w.rng.choice(items) if items else None


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _top_of(w: World) -> list[tuple[str, str]]:
    """(top, below): `top` is the only block above `below`."""
    return [(t, s) for t, s in w.pairs() if w.state.above(s) == [t]]


def _nearest(w: World, target: str, pool: list[str]) -> str | None:
    """The one block of `pool` clearly nearest `target` (None when two are about as near)."""
    ranked = sorted(pool, key=lambda b: w.dist(b, target))
    if not ranked:
        return None
    if len(ranked) > 1 and w.dist(ranked[1], target) - w.dist(ranked[0], target) < 0.04:
        return None
    return ranked[0]


# ----- imperative -------------------------------------------------------------------------------------
def t237_imp_caretaker(w: World) -> Made:
    pick = _one(w, _into(w))
    if not pick:
        return None
    x, b = pick
    return _made(w, f"Right, pop the {x} in the {b} for me, please.", rels(Rel("in", x, b)))


def t237_imp_finnish(w: World) -> Made:
    x, p = _one(w, _loose(w)), w.rng.choice(list(PLACES))
    if not x:
        return None
    return _made(w, f"Please take the {x} and put it to {_place(p)}.", rels(Rel("at", x, p)))


def t237_imp_singer(w: World) -> Made:
    pick = _one(w, _onto(w))
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Lift the {x}, darling, and lay it ever so gently upon the {y}!", rels(Rel("on", x, y)))


def t237_imp_retiree2(w: World) -> Made:
    x = _one(w, _loose(w))
    if not x:
        return None
    return _made(w, f"Would you kindly place the {x} in the bin. Thank you.", binned([x]))


def t237_imp_kid4(w: World) -> Made:
    pick = _one(w, _onto(w))
    if not pick:
        return None
    x, y = pick
    return _made(w, f"put the {x} on top of the {y}!!", rels(Rel("on", x, y)))


def t237_imp_plain18(w: World) -> Made:
    x, p = _one(w, _loose(w)), w.rng.choice(_CORNERS)
    if not x:
        return None
    return _made(w, f"Move the {x} over to the {p}.", rels(Rel("at", x, p)))


# ----- declarative ------------------------------------------------------------------------------------
def t237_dec_caretaker(w: World) -> Made:
    pick = _one(w, _into(w))
    if not pick:
        return None
    x, b = pick
    return _made(w, f"The {x} belongs in the {b}.", rels(Rel("in", x, b)))


def t237_dec_finnish(w: World) -> Made:
    pick = _one(w, _onto(w))
    if not pick:
        return None
    x, y = pick
    return _made(w, f"The {x} should be on the {y}, not where it is now.", rels(Rel("on", x, y)))


def t237_dec_singer(w: World) -> Made:
    x = _one(w, _loose(w))
    if not x:
        return None
    return _made(w, f"The {x} has sung its last note. Its final resting place is the bin.", binned([x]))


def t237_dec_retiree2(w: World) -> Made:
    x, p = _one(w, _loose(w)), w.rng.choice(list(PLACES))
    if not x:
        return None
    return _made(w, f"The {x} ought to be in {_place(p)}, if you please.", rels(Rel("at", x, p)))


def t237_dec_kid4(w: World) -> Made:
    pick = _one(w, _into(w))
    if not pick:
        return None
    x, b = pick
    return _made(w, f"the {x} goes in the {b}", rels(Rel("in", x, b)))


def t237_dec_plain18(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"The {a}, the {b} and the {c} should be stacked in one tower. Any order is fine.",
                 rels(Rel("tower", a, b, c)))


# ----- desiderative -----------------------------------------------------------------------------------
def t237_des_caretaker(w: World) -> Made:
    b = _one(w, _full_bowls(w))
    if not b:
        return None
    inside = w.state.in_bowl(b)
    return _made(w, f"I want the {b} emptied, everything in it into the bin.", empty(b), binned(inside))


def t237_des_finnish(w: World) -> Made:
    pick = _one(w, _into(w))
    if not pick:
        return None
    x, b = pick
    return _made(w, f"I would like that the {x} is in the {b}.", rels(Rel("in", x, b)))


def t237_des_singer(w: World) -> Made:
    pick = _one(w, _onto(w))
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Oh, how I'd adore to see the {x} perched on the {y}!", rels(Rel("on", x, y)))


def t237_des_retiree2(w: World) -> Made:
    picks = [(x, y, z) for x, y in _onto(w, 2) for z in _loose(w) if z not in (x, y)]
    pick = _one(w, picks)
    if not pick:
        return None
    x, y, z = pick
    return _made(w, f"My goal is to have the {x} resting on the {y}, and the {z} on top of the {x}.",
                 rels(Rel("on", x, y), Rel("on", z, x)))


def t237_des_kid4(w: World) -> Made:
    x = _one(w, _loose(w))
    if not x:
        return None
    return _made(w, f"i want the {x} in the bin!!!", binned([x]))


def t237_des_plain18(w: World) -> Made:
    x, p = _one(w, _loose(w)), w.rng.choice(_CORNERS)
    if not x:
        return None
    return _made(w, f"I'd like the {x} moved to the {p}, please.", rels(Rel("at", x, p)))


# ----- quantified -------------------------------------------------------------------------------------
def t237_qua_caretaker(w: World) -> Made:
    loose = _on_table(w)
    if not loose:
        return None
    return _made(w, "Clear every block off the table into the bin. The bowls can stay as they are.",
                 binned(loose), kept(*w.in_bowls()))


def t237_qua_finnish(w: World) -> Made:
    if len(w.bowls) < 2 or _full_bowls(w) or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "Put one block to each bowl, please.", *(count_in(b, 1) for b in w.bowls))


def t237_qua_singer(w: World) -> Made:
    return _made(w, "Every single block into the bin, my darlings, the show is over!", binned(w.blocks))


def t237_qua_retiree2(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not b:
        return None
    return _made(w, f"Please place exactly two blocks in the {b}; which two is up to you.", count_in(b, 2))


def t237_qua_kid4(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    b = w.rng.choice(w.bowls)
    if any(w.state.in_bowl(o) for o in w.bowls if o != b):
        return None
    return _made(w, f"put all the blocks in the {b}!!", rels(*(Rel("in", x, b) for x in w.blocks)))


def t237_qua_plain18(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all of the blocks into a single tower.", rels(Rel("tower", *w.blocks)))


# ----- negated ----------------------------------------------------------------------------------------
def t237_neg_caretaker(w: World) -> Made:
    loose = _on_table(w)
    if len(loose) < 2:
        return None
    x = w.rng.choice(loose)
    rest = [b for b in loose if b != x]
    return _made(w, f"Bin everything that's on the table except the {x}.", binned(rest), none_binned([x]))


def t237_neg_finnish(w: World) -> Made:
    b = _one(w, _full_bowls(w, 2))
    if not b:
        return None
    inside = w.state.in_bowl(b)
    x = w.rng.choice(inside)
    rest = [o for o in inside if o != x]
    return _made(w, f"Empty the {b} to the bin, but not the {x}, it stays in the bowl.",
                 binned(rest), rels(Rel("in", x, b)))


def t237_neg_singer(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Everything into the bin! Everything but the {x}, my dear, the {x} is spared.",
                 binned(rest), none_binned([x]))


def t237_neg_retiree2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"Please put all the blocks in the bin apart from the {x} and the {y}.",
                 binned(rest), none_binned([x, y]))


def t237_neg_kid4(w: World) -> Made:
    pick = _one(w, _into(w))
    if not pick:
        return None
    x, b = pick
    return _made(w, f"dont put the {x} in the bin!! put it in the {b}", rels(Rel("in", x, b)))


def t237_neg_plain18(w: World) -> Made:
    pick = _one(w, [(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Get the {x} off the {y}, but don't throw it in the bin.",
                 _not("on", x, y), none_binned([x]))


# ----- relative ---------------------------------------------------------------------------------------
def t237_rel_caretaker(w: World) -> Made:
    pick = _one(w, _top_of(w))
    if not pick:
        return None
    t, s = pick
    return _made(w, f"Whatever's sitting on the {s}, chuck it in the bin.", binned([t]))


def t237_rel_finnish(w: World) -> Made:
    picks = [(t, s, b) for t, s in w.pairs() for b in w.bowls if _room(w, b) and w.state.base(s) != b]
    pick = _one(w, picks)
    if not pick:
        return None
    t, s, b = pick
    return _made(w, f"Put the block which is under the {t} to the {b}.", rels(Rel("in", s, b)))


def t237_rel_singer(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not b:
        return None
    x = _nearest(w, b, [o for o in w.blocks if w.state.base(o) != BIN])
    if not x:
        return None
    return _made(w, f"The block closest to the {b}, darling, off to the bin with it!", binned([x]))


def t237_rel_retiree2(w: World) -> Made:
    x = _one(w, [b for b in _loose(w) if w.state.support[b] not in w.state.support
                 and w.state.base(b) not in (*w.bowls, BIN)])
    if not x:
        return None
    n = _nearest(w, x, [o for o in w.blocks if o != x and w.state.base(o) != BIN])
    if not n:
        return None
    return _made(w, f"Would you place whichever block is nearest the {x} on top of the {x}?", rels(Rel("on", n, x)))


def t237_rel_kid4(w: World) -> Made:
    pick = _one(w, _top_of(w))
    if not pick:
        return None
    t, s = pick
    return _made(w, f"the block on top of the {s} put it on the table", rels(Rel("on_table", t)))


def t237_rel_plain18(w: World) -> Made:
    picks = []
    for b in w.bowls:
        inside = w.state.in_bowl(b)
        if len(inside) == 1:
            picks += [(inside[0], b, y) for y in _loose(w) if y != inside[0] and _height(w, y) < layout.MAX_TOWER]
    pick = _one(w, picks)
    if not pick:
        return None
    x, b, y = pick
    return _made(w, f"Take the block that's in the {b} and put it on the {y}.", rels(Rel("on", x, y)))


# ----- keep -------------------------------------------------------------------------------------------
def t237_keep_caretaker(w: World) -> Made:
    b = _one(w, _full_bowls(w))
    others = [x for x in w.blocks if w.state.base(x) != b]
    if not b or not others:
        return None
    x = w.rng.choice(others)
    inside = w.state.in_bowl(b)
    return _made(w, f"Right, clear the {b} out into the bin, but leave the {x} where it is.",
                 empty(b), binned(inside), kept(x))


def t237_keep_finnish(w: World) -> Made:
    picks = [(x, y, z) for x, y in _onto(w) for z in w.blocks if z not in (x, y)]
    pick = _one(w, picks)
    if not pick:
        return None
    x, y, z = pick
    return _made(w, f"Put the {x} on the {y} but keep the {z} like it is now.", rels(Rel("on", x, y)), kept(z))


def t237_keep_singer(w: World) -> Made:
    x = _one(w, _loose(w))
    if not x:
        return None
    z = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Send the {x} to the bin! But the {z}, oh, leave the {z} untouched.", binned([x]), kept(z))


def t237_keep_retiree2(w: World) -> Made:
    pick = _one(w, _into(w))
    if not pick:
        return None
    x, b = pick
    rest = [o for o in w.blocks if o != x]
    return _made(w, f"Please move the {x} into the {b}; the other blocks should stay exactly where they are.",
                 rels(Rel("in", x, b)), kept(*rest))


def t237_keep_kid4(w: World) -> Made:
    pick = _one(w, _into(w))
    if not pick:
        return None
    x, b = pick
    z = _one(w, [o for o in w.blocks if o != x])
    if not z:
        return None
    return _made(w, f"put the {x} in the {b} but dont touch the {z}", rels(Rel("in", x, b)), kept(z))


def t237_keep_plain18(w: World) -> Made:
    held = w.in_bowls()
    picks = [(x, y) for x, y in _onto(w) if x not in held and y not in held]
    pick = _one(w, picks)
    if not held or not pick:
        return None
    x, y = pick
    return _made(w, f"Stack the {x} on the {y} and leave everything in the bowls alone.",
                 rels(Rel("on", x, y)), kept(*held))


# ----- multi-step -------------------------------------------------------------------------------------
def t237_multi_caretaker(w: World) -> Made:
    picks = [(x, y, b) for y, b in _into(w) for x in _loose(w) if x != y]
    pick = _one(w, picks)
    if not pick:
        return None
    x, y, b = pick
    return _made(w, f"First put the {x} in the bin, then the {y} goes in the {b}.",
                 binned([x]), rels(Rel("in", y, b)))


def t237_multi_finnish(w: World) -> Made:
    picks = [(t, s, b) for t, s in _top_of(w) for b in w.bowls if _room(w, b) and w.state.base(s) != b]
    pick = _one(w, picks)
    if not pick:
        return None
    t, s, b = pick
    return _made(w, f"First take the {t} away from the {s}, then put the {s} to the {b}.",
                 rels(Rel("in", s, b)), _not("on", t, s))


def t237_multi_singer(w: World) -> Made:
    picks = [(x, y, z) for x, y in _onto(w, 2) for z in _loose(w) if z not in (x, y)]
    pick = _one(w, picks)
    if not pick:
        return None
    x, y, z = pick
    return _made(w, f"Act one: the {x} onto the {y}. Act two: the {z} onto the {x}. Curtain!",
                 rels(Rel("on", x, y), Rel("on", z, x)))


def t237_multi_retiree2(w: World) -> Made:
    b = _one(w, _full_bowls(w))
    if not b:
        return None
    inside = w.state.in_bowl(b)
    x = _one(w, [o for o in _loose(w) if o not in inside])
    if not x:
        return None
    return _made(w, f"Firstly, empty the {b} into the bin; secondly, place the {x} in the {b}.",
                 binned(inside), rels(Rel("in", x, b)))


def t237_multi_kid4(w: World) -> Made:
    if len(_loose(w)) < 2:
        return None
    x, y = w.pick(_loose(w), 2)
    return _made(w, f"first put the {x} in the bin and then put the {y} in the bin too", binned([x, y]))


def t237_multi_plain18(w: World) -> Made:
    if len(_loose(w)) < 2:
        return None
    x, y = w.pick(_loose(w), 2)
    p = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {x} to the {p}, and after that put the {y} on top of it.",
                 rels(Rel("at", x, p), Rel("on", y, x)))


# ----- question ---------------------------------------------------------------------------------------
def t237_q_caretaker(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    return f"How many blocks are in the {b} right now?", answered(str(len(w.state.in_bowl(b))))


def t237_q_finnish(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
    return f"Is the {x} on the {y}?", answered(yes(w.state.support[x] == y))


def t237_q_singer(w: World) -> Made:
    pick = _one(w, _top_of(w))
    if not pick:
        return None
    t, s = pick
    return f"Tell me, darling, what sits upon the {s}?", answered(t)


def t237_q_retiree2(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    n = len(_on_table(w))
    return (f"Could you tell me how many blocks are on the table, and whether the {b} is empty?",
            answered(f"{n}|{yes(not w.state.in_bowl(b)).lower()}"))


def t237_q_kid4(w: World) -> Made:
    x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    return f"is the {x} in the {b}??", answered(yes(w.state.base(x) == b))


def t237_q_plain18(w: World) -> Made:
    s = w.state
    picks = [x for x in w.blocks if s.support[x] in w.bowls
             or (s.support[x] in s.support and s.base(x) in (TABLE, *PLACES))]
    x = _one(w, picks)
    if not x:
        return None
    return f"Where is the {x}?", answered(s.support[x])


# ----- matching ---------------------------------------------------------------------------------------
def t237_match_caretaker(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort the blocks into the bowls of the same colour, where there is one.", rels(*want))


def t237_match_finnish(w: World) -> Made:
    r = _one(w, [r for r in matching(w) if not holds(r, w.state)])
    if not r:
        return None
    return _made(w, f"Put the {r.block} to the bowl which has same colour.", rels(r))


def t237_match_singer(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Colour to colour, darling! Every block home to the bowl that matches it!", rels(*want))


def t237_match_retiree2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Each block that has a bowl of its own colour should go into that bowl, please.", rels(*want))


def t237_match_kid4(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "can u put the blocks in the bowls that are the same colour as them", rels(*want))


def t237_match_plain18(w: World) -> Made:
    r = _one(w, [r for r in matching(w) if not holds(r, w.state)])
    if not r:
        return None
    return _made(w, f"Put the block that's the same colour as the {r.target} into it.", rels(r))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("caretaker", "finnish", "singer", "retiree2", "kid4", "plain18")
FRESH237: list[Template] = [
    (f"t237_{short}_{style}", category, globals()[f"t237_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
