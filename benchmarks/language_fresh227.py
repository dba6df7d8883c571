"""`FRESH227`, the two-hundred-and-twenty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing into the chat window in their own plain words.
The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers, sorting by colour,
clearing a bowl or the table into the bin, leaving some things as they are) and plain questions about the table, one
or two in a message. Six personas, one per style:
- fisherman: a fisherman, laconic and a little salty: "Stow the red block in the blue bowl."
- german2: a German speaker writing English with small slips: "Put please the green block onto the yellow block."
- waiter2: a waiter, polite service talk: "The red block is to go on top of the blue block, please, thank you."
- gamer3: a young gamer, casual, gaming slang: "yeet the blue block into the bin lol"
- mum3: a mother multitasking, quick, reminding the robot of things: "I'd like the red block in the bin please, and
  remember the blue block is sitting on it"
- plain8: a plain, ordinary adult with no quirks: "Move the orange block to the middle of the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e9f30d3, the code of 432dcfd, before anything it could prompt): 0.8533
goal-correct (256 of 300), 36 refused, two questions asked, no wrong action and six wrong replies. The wrong replies: the
mother's "quick one, is W empty? and what's sitting on X", the gamer's "yo whats the block count on the table" and the
fisherman's "Pink bowl. Anything in it?". The refusals: the mother's "just on the table is fine", "and remember X is
sitting on it", "before it falls", "except X, leave that one where it is", "any block with no bowl in the same colour goes
in the bin, thanks"; the German speaker's "Take the block below from X", "First you put ..., after this you put ...",
"which ones is egal"; the gamer's "wrong colour blocks in the bowls = get them out", "gimme exactly one block per bowl, any
blocks", "its trash"; the fisherman's "X is bin material"; "don't change anything in W". The question: the fisherman's
"Want X off that pile and down on the table.".
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

_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]
_BIN_MAX = len(layout.BIN_SLOTS)  # never ask for more blocks in the bin than it has slots


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


def _depth(s: SymState, block: str) -> int:
    """How many blocks there are from the bottom of `block`'s tower up to `block` itself."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _grounded(s: SymState, block: str) -> bool:
    """Resting directly on the table (or a named place on it)."""
    return s.support[block] in (TABLE, *PLACES)


def _on_table_base(s: SymState, block: str) -> bool:
    return s.base(block) in (TABLE, *PLACES)


def _can_stack_on(w: World, block: str, n: int = 1) -> bool:
    """`n` more blocks fit on `block`, whose tower stands on the table."""
    return _on_table_base(w.state, block) and _depth(w.state, block) + n <= layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1, leaving: tuple[str, ...] = ()) -> bool:
    inside = [b for b in w.state.in_bowl(bowl) if b not in leaving]
    return len(inside) + n <= layout.BOWL_CAPACITY


def _live(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _lone(s: SymState, block: str) -> bool:
    """A block standing by itself: nothing on it and not on another block."""
    return s.is_clear(block) and s.support[block] not in s.support


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _closest(w: World, point: tuple[float, float], margin: float = 0.03) -> str | None:
    """The block nearest `point`, if it stands alone and is clearly nearer than every other block."""
    def d(b: str) -> float:
        x, y = _xy(w, b)
        return ((x - point[0]) ** 2 + (y - point[1]) ** 2) ** 0.5

    ranked = sorted(_live(w), key=d)
    if len(ranked) < 2 or not _lone(w.state, ranked[0]) or d(ranked[1]) - d(ranked[0]) < margin:
        return None
    return ranked[0]


def _bowl_colour(w: World) -> dict[str, str]:
    return {w.colour(b): b for b in w.bowls}


def _the_bowls(w: World) -> str:
    return "the bowls" if len(w.bowls) > 1 else "the bowl"


def _not_rel(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


# ----- imperative --------------------------------------------------------------------------------------
def t227_imp_fisherman(w: World) -> Made:
    options = [(b, bw) for b in _live(w) for bw in w.bowls if w.state.base(b) != bw and _room(w, bw)]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    text = w.rng.choice([f"Stow the {b} in the {bw}.", f"{_cap(b)} in the {bw}. Go on."])
    return _made(w, text, rels(Rel("in", b, bw)))


def t227_imp_german2(w: World) -> Made:
    options = [(a, b) for a in _live(w) for b in _live(w) if a != b and _can_stack_on(w, b)
               and w.state.support[a] != b]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = w.rng.choice([f"Put please the {a} onto the {b}.", f"Please you put the {a} on the {b}."])
    return _made(w, text, rels(Rel("on", a, b)))


def t227_imp_waiter2(w: World) -> Made:
    blocks = _live(w)
    if not blocks:
        return None
    b, corner = w.rng.choice(blocks), w.rng.choice(_CORNERS)
    text = w.rng.choice([
        f"Could you place the {b} in the {corner} right away, please? Thank you kindly.",
        f"If you would be so kind, the {b} to the {corner}, please.",
    ])
    return _made(w, text, rels(Rel("at", b, corner)))


def t227_imp_gamer3(w: World) -> Made:
    blocks = _live(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = w.rng.choice([f"yeet the {b} into the bin lol", f"ok throw the {b} in the bin, its trash"])
    return _made(w, text, rels(Rel("in_bin", b)))


def t227_imp_mum3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bw = w.state.base(b)
    text = w.rng.choice([
        f"take the {b} out of the {bw} and put it on the table pls",
        f"can you get the {b} out of the {bw}, just on the table is fine",
    ])
    return _made(w, text, rels(Rel("on_table", b)))


def t227_imp_plain8(w: World) -> Made:
    blocks = _live(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = w.rng.choice([f"Move the {b} to the middle of the table.", f"Please put the {b} in the middle."])
    return _made(w, text, rels(Rel("at", b, _MIDDLE)))


# ----- declarative -------------------------------------------------------------------------------------
def t227_dec_fisherman(w: World) -> Made:
    blocks = _live(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = w.rng.choice([f"{_cap(b)} belongs in the bin.", f"That {b} is bin material."])
    return _made(w, text, rels(Rel("in_bin", b)))


def t227_dec_german2(w: World) -> Made:
    options = [(b, bw) for b in _live(w) for bw in w.bowls if w.state.base(b) != bw and _room(w, bw)]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    text = w.rng.choice([f"At the end the {b} must lie in the {bw}.", f"The {b} belongs into the {bw}."])
    return _made(w, text, rels(Rel("in", b, bw)))


def t227_dec_waiter2(w: World) -> Made:
    options = [(a, b) for a in _live(w) for b in _live(w) if a != b and _can_stack_on(w, b)
               and w.state.support[a] != b]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = w.rng.choice([
        f"The {a} is to go on top of the {b}, please, thank you.",
        f"The {a} should be resting on the {b}, if it's no trouble.",
    ])
    return _made(w, text, rels(Rel("on", a, b)))


def t227_dec_gamer3(w: World) -> Made:
    blocks = _live(w)
    if not blocks:
        return None
    b, corner = w.rng.choice(blocks), w.rng.choice(_CORNERS)
    text = w.rng.choice([
        f"the {b} is supposed to be in the {corner}, thats the objective",
        f"objective: {b} in the {corner}",
    ])
    return _made(w, text, rels(Rel("at", b, corner)))


def t227_dec_mum3(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair:
        return None
    a, b = pair
    text = w.rng.choice([
        f"the {a} and the {b} should both be in the bin by the time I'm back, ok?",
        f"right, the {a} and the {b} need to be in the bin, both of them",
    ])
    return _made(w, text, rels(Rel("in_bin", a), Rel("in_bin", b)))


def t227_dec_plain8(w: World) -> Made:
    off = [b for b in _live(w) if not holds(Rel("on_table", b), w.state)]
    options = [(a, b, bw) for a in _live(w) for b in off for bw in w.bowls
               if a != b and w.state.base(a) != bw and _room(w, bw, leaving=(b,))]
    if not options:
        return None
    a, b, bw = w.rng.choice(options)
    text = w.rng.choice([
        f"The {a} should end up in the {bw} and the {b} on the table.",
        f"The {a} goes in the {bw}, and the {b} belongs on the table.",
    ])
    return _made(w, text, rels(Rel("in", a, bw), Rel("on_table", b)))


# ----- desiderative ------------------------------------------------------------------------------------
def t227_des_fisherman(w: World) -> Made:
    tops = [t for t, _ in w.pairs() if w.state.base(t) != BIN]
    if not tops:
        return None
    t = w.rng.choice(tops)
    text = w.rng.choice([
        f"Want the {t} off that pile and down on the table.",
        f"Need the {t} on the table. Off the pile.",
    ])
    return _made(w, text, rels(Rel("on_table", t)))


def t227_des_german2(w: World) -> Made:
    options = [(b, bw) for b in _live(w) for bw in w.bowls if w.state.base(b) != bw and _room(w, bw)]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    text = w.rng.choice([f"I would like that the {b} lies in the {bw}.", f"I wish me the {b} in the {bw}, please."])
    return _made(w, text, rels(Rel("in", b, bw)))


def t227_des_waiter2(w: World) -> Made:
    blocks = _live(w)
    if not blocks:
        return None
    b, corner = w.rng.choice(blocks), w.rng.choice(_CORNERS)
    text = w.rng.choice([
        f"I'd like the {b} brought over to the {corner}, please, whenever you're ready.",
        f"I would very much like the {b} at the {corner}, thank you.",
    ])
    return _made(w, text, rels(Rel("at", b, corner)))


def t227_des_gamer3(w: World) -> Made:
    three = w.pick(_live(w), 3)
    if not three:
        return None
    a, b, c = three
    text = w.rng.choice([
        f"i want a tower: {a} on the bottom, then {b}, then {c} on top",
        f"wanna see a 3 block tower, {a} at the bottom, {b} on that, {c} on top",
    ])
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t227_des_mum3(w: World) -> Made:
    options = [b for b in _live(w) if len(w.state.on_top(b)) == 1]
    if not options:
        return None
    b = w.rng.choice(options)
    on = w.state.on_top(b)[0]
    text = w.rng.choice([
        f"I'd like the {b} in the bin please, and remember the {on} is sitting on it",
        f"i want the {b} gone, in the bin. careful, the {on} is on top of it",
    ])
    return _made(w, text, rels(Rel("in_bin", b)))


def t227_des_plain8(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    text = w.rng.choice([f"My goal is to have the {bw} empty.", f"I'd like the {bw} to be empty, please."])
    return _made(w, text, empty(bw))


# ----- quantified --------------------------------------------------------------------------------------
def t227_qua_fisherman(w: World) -> Made:
    blocks = _live(w)
    if not 2 <= len(blocks) <= _BIN_MAX:
        return None
    text = w.rng.choice(["All the blocks in the bin.", "Every last block in the bin."])
    return _made(w, text, binned(blocks))


def t227_qua_german2(w: World) -> Made:
    free = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not free or len(_live(w)) < 3:
        return None
    bw = w.rng.choice(free)
    text = w.rng.choice([
        f"Please lay exactly two blocks into the {bw}, not more.",
        f"In the {bw} shall be exactly two blocks, which ones is egal.",
    ])
    return _made(w, text, count_in(bw, 2))


def t227_qua_waiter2(w: World) -> Made:
    loose = w.state.on_the_table()
    if not 2 <= len(loose) <= _BIN_MAX:
        return None
    text = w.rng.choice([
        "Every block on the table into the bin, please, right away.",
        "Would you clear all of the blocks off the table into the bin, please? Thank you.",
    ])
    return _made(w, text, binned(loose))


def t227_qua_gamer3(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w)) < len(w.bowls):
        return None
    text = w.rng.choice(["one block in each bowl, dont care which", "gimme exactly one block per bowl, any blocks"])
    bowls = list(w.bowls)
    return _made(w, text, lambda _i, f: all(len(f.in_bowl(bw)) == 1 for bw in bowls))


def t227_qua_mum3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = w.state.in_bowl(bw)
    text = w.rng.choice([
        f"everything in the {bw} goes in the bin please, I need that bowl",
        f"all the blocks in the {bw} in the bin, quick, I need the bowl",
    ])
    return _made(w, text, binned(inside), empty(bw))


def t227_qua_plain8(w: World) -> Made:
    if len(_live(w)) < 4:
        return None
    text = w.rng.choice([
        "Put three of the blocks in the bin, it doesn't matter which.",
        "Throw any three blocks in the bin.",
    ])
    return _made(w, text, lambda _i, f: f.count_at(BIN) == 3)


# ----- negated -----------------------------------------------------------------------------------------
def t227_neg_fisherman(w: World) -> Made:
    blocks = _live(w)
    if not 3 <= len(blocks) <= _BIN_MAX + 1:
        return None
    b = w.rng.choice(blocks)
    others = [o for o in blocks if o != b]
    text = w.rng.choice([f"Everything in the bin but the {b}.", f"Bin the lot. Not the {b}."])
    return _made(w, text, binned(others), none_binned([b]))


def t227_neg_german2(w: World) -> Made:
    blocks = _live(w)
    if not 3 <= len(blocks) <= layout.BOWL_CAPACITY + 1:
        return None
    options = [(b, bw) for b in blocks for bw in w.bowls if w.state.base(b) != bw]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    others = [o for o in blocks if o != b]
    text = w.rng.choice([
        f"Please put all blocks in the {bw}, only not the {b}.",
        f"All blocks into the {bw} please, but the {b} not.",
    ])
    return _made(w, text, rels(*(Rel("in", o, bw) for o in others)), _not_rel(Rel("in", b, bw)))


def t227_neg_waiter2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    bowls = list(w.bowls)
    where = _the_bowls(w)
    text = w.rng.choice([
        f"Please take all the blocks out of {where}, but do not put any of them in the bin, thank you.",
        f"Would you empty {where} for me, please? Not into the bin, though.",
    ])
    return _made(w, text, none_binned(inside), lambda _i, f: all(f.base(b) not in bowls for b in inside))


def t227_neg_gamer3(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    options = [(b, bw) for b in _live(w) for bw in w.bowls
               if any(o != bw and _room(w, o) and w.state.base(b) != o for o in w.bowls)
               and not (w.state.base(b) in w.bowls and w.state.base(b) != bw)]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    text = w.rng.choice([f"put the {b} in any bowl except the {bw}", f"{b} in a bowl, just not the {bw} pls"])
    bowls = list(w.bowls)
    return _made(w, text, lambda _i, f: f.base(b) in bowls and f.base(b) != bw)


def t227_neg_mum3(w: World) -> Made:
    options = [b for b in _live(w) if not w.state.is_clear(b)]
    if not options:
        return None
    b = w.rng.choice(options)
    above = w.state.above(b)
    if w.rng.random() < 0.5:
        text, spared = f"take everything off the {b} but not into the bin, I still need them", above
    else:
        text, spared = f"clear the top of the {b}, and don't bin anything, we're using those", w.blocks
    return _made(w, text, rels(Rel("clear", b)), none_binned(spared))


def t227_neg_plain8(w: World) -> Made:
    blocks = _live(w)
    if not 3 <= len(blocks) <= len(layout.PLACE_SLOTS) + 1:
        return None
    b = w.rng.choice(blocks)
    others = [o for o in blocks if o != b]
    text = w.rng.choice([
        f"Move all the blocks apart from the {b} to the middle.",
        f"Put every block except the {b} in the middle of the table.",
    ])
    return _made(w, text, rels(*(Rel("at", o, _MIDDLE) for o in others)), _not_rel(Rel("at", b, _MIDDLE)))


# ----- relative ----------------------------------------------------------------------------------------
def t227_rel_fisherman(w: World) -> Made:
    options = [(t, s) for t, s in w.pairs() if len(w.state.on_top(s)) == 1 and w.state.base(s) != BIN]
    if not options:
        return None
    t, s = w.rng.choice(options)
    text = w.rng.choice([f"The one sitting on the {s}. Bin it.", f"Whatever's on the {s}, into the bin."])
    return _made(w, text, rels(Rel("in_bin", t)))


def t227_rel_german2(w: World) -> Made:
    options = [(t, s, bw) for t, s in w.pairs() for bw in w.bowls if w.state.base(s) != bw and _room(w, bw)]
    if not options:
        return None
    t, s, bw = w.rng.choice(options)
    text = w.rng.choice([
        f"The block under the {t}, put it please in the {bw}.",
        f"Take the block below from the {t} and put it in the {bw}.",
    ])
    return _made(w, text, rels(Rel("in", s, bw)))


def t227_rel_waiter2(w: World) -> Made:
    free = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not free:
        return None
    bw = w.rng.choice(free)
    b = _closest(w, _xy(w, bw))
    if b is None:
        return None
    text = w.rng.choice([
        f"Could you kindly put the block nearest the {bw} into that bowl, please?",
        f"The block closest to the {bw}, please place it in the {bw}. Thank you.",
    ])
    return _made(w, text, rels(Rel("in", b, bw)))


def t227_rel_gamer3(w: World) -> Made:
    ranked = sorted(_live(w), key=w.y)
    if len(ranked) < 2 or not _lone(w.state, ranked[0]) or w.y(ranked[1]) - w.y(ranked[0]) < 0.03:
        return None
    b = ranked[0]
    options = [bw for bw in w.bowls if w.state.base(b) != bw and _room(w, bw)]
    if not options:
        return None
    bw = w.rng.choice(options)
    text = w.rng.choice([
        f"yo put the block furthest to the left in the {bw}",
        f"leftmost block -> {bw}, go",
    ])
    return _made(w, text, rels(Rel("in", b, bw)))


def t227_rel_mum3(w: World) -> Made:
    tops = [b for b in _live(w) if w.state.support[b] in w.state.support and w.state.is_clear(b)]
    if len(tops) != 1:
        return None
    t = tops[0]
    text = w.rng.choice([
        "the block on top of the stack, put it on the table pls, the cat's about to knock it over",
        "can you take the top block off the stack and put it on the table, before it falls",
    ])
    return _made(w, text, rels(Rel("on_table", t)))


def t227_rel_plain8(w: World) -> Made:
    corner = w.rng.choice(_CORNERS)
    b = _closest(w, layout.PLACES[corner])
    if b is None:
        return None
    text = w.rng.choice([
        f"Move the block closest to the {corner} into the bin.",
        f"Put whichever block is nearest the {corner} in the bin.",
    ])
    return _made(w, text, rels(Rel("in_bin", b)))


# ----- keep --------------------------------------------------------------------------------------------
def t227_keep_fisherman(w: World) -> Made:
    options = [b for b in _live(w) if w.state.is_clear(b)]
    if len(_live(w)) < 2 or not options:
        return None
    b = w.rng.choice(options)
    rest = [o for o in w.blocks if o != b]
    text = w.rng.choice([f"Bin the {b}. Leave the rest be.", f"{_cap(b)} in the bin. Rest stays put."])
    return _made(w, text, rels(Rel("in_bin", b)), kept(*rest))


def t227_keep_german2(w: World) -> Made:
    s = w.state
    options = [(a, b, y) for a in _live(w) for b in _live(w) for y in _live(w)
               if len({a, b, y}) == 3 and _can_stack_on(w, b) and s.support[a] != b
               and y not in s.above(a) and y not in s.above(b)]
    if not options:
        return None
    a, b, y = w.rng.choice(options)
    text = w.rng.choice([
        f"Please put the {a} on the {b}, but the {y} shall stay where it is.",
        f"Put the {a} on the {b}. The {y} must remain on its place.",
    ])
    return _made(w, text, rels(Rel("on", a, b)), kept(y))


def t227_keep_waiter2(w: World) -> Made:
    inside = w.in_bowls()
    options = [b for b in _live(w) if w.state.base(b) not in w.bowls]
    if not inside or not options:
        return None
    b = w.rng.choice(options)
    text = w.rng.choice([
        f"Kindly move the {b} to the middle, and do leave whatever is in {_the_bowls(w)} just as it is, thank you.",
        f"The {b} to the middle, please; the blocks in {_the_bowls(w)} are to stay exactly where they are.",
    ])
    return _made(w, text, rels(Rel("at", b, _MIDDLE)), kept(*inside))


def t227_keep_gamer3(w: World) -> Made:
    s = w.state
    options = [(a, bw, c) for a in _live(w) for bw in w.bowls for c in _live(w)
               if a != c and s.base(a) != bw and _room(w, bw) and c not in s.above(a)]
    if not options:
        return None
    a, bw, c = w.rng.choice(options)
    text = w.rng.choice([
        f"put the {a} in the {bw} but dont touch the {c}",
        f"{a} into the {bw}, and the {c} is off limits, dont move it",
    ])
    return _made(w, text, rels(Rel("in", a, bw)), kept(c))


def t227_keep_mum3(w: World) -> Made:
    loose = w.state.on_the_table()
    options = [p for p in loose if _grounded(w.state, p)]
    if not options:
        return None
    p = w.rng.choice(options)
    others = [o for o in loose if o != p]
    if not 1 <= len(others) <= _BIN_MAX:
        return None
    text = w.rng.choice([
        f"tidy everything on the table into the bin but leave the {p}, that's my son's",
        f"bin all the blocks on the table, except the {p}, leave that one where it is",
    ])
    return _made(w, text, binned(others), kept(p))


def t227_keep_plain8(w: World) -> Made:
    s = w.state
    full = [bw for bw in w.bowls if s.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = s.in_bowl(bw)
    options = [(a, b) for a in _live(w) for b in _live(w) if a != b and _can_stack_on(w, b) and s.support[a] != b
               and a not in inside and b not in inside]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = w.rng.choice([
        f"Could you stack the {a} on the {b}? Keep the {bw} as it is.",
        f"Put the {a} on top of the {b}, but don't change anything in the {bw}.",
    ])
    return _made(w, text, rels(Rel("on", a, b)), kept(*inside),
                 lambda _i, f: sorted(f.in_bowl(bw)) == sorted(inside))


# ----- multi-step --------------------------------------------------------------------------------------
def t227_multi_fisherman(w: World) -> Made:
    off = [b for b in _live(w) if not holds(Rel("on_table", b), w.state)]
    options = [(a, b) for a in _live(w) for b in off if a != b]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = w.rng.choice([
        f"First the {a} goes in the bin. After that, {b} onto the table.",
        f"{_cap(a)} in the bin. Then the {b} down on the table.",
    ])
    return _made(w, text, rels(Rel("in_bin", a), Rel("on_table", b)))


def t227_multi_german2(w: World) -> Made:
    options = [(g, y, bw) for g in _live(w) for y in _live(w) for bw in w.bowls
               if g != y and _room(w, bw, 2, leaving=(g, y))]
    if not options:
        return None
    g, y, bw = w.rng.choice(options)
    text = w.rng.choice([
        f"First you put the {g} in the {bw}, after this you put the {y} on the {g}.",
        f"At first the {g} into the {bw}, and then comes the {y} on the {g}.",
    ])
    return _made(w, text, rels(Rel("in", g, bw), Rel("on", y, g)))


def t227_multi_waiter2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    old = w.state.in_bowl(bw)
    options = [r for r in _live(w) if r not in old]
    if not options:
        return None
    r = w.rng.choice(options)
    text = w.rng.choice([
        f"To begin, please empty the {bw} onto the table; after that, the {r} goes into the {bw}, thank you.",
        f"First, if you would, take the blocks out of the {bw} and set them on the table. Then place the {r} in it.",
    ])
    return _made(w, text, rels(*(Rel("on_table", o) for o in old), Rel("in", r, bw)))


def t227_multi_gamer3(w: World) -> Made:
    options = [(y, b, p) for y in _live(w) for b in _live(w) for p in _live(w)
               if len({y, b, p}) == 3 and _can_stack_on(w, y, 2)]
    if not options:
        return None
    y, b, p = w.rng.choice(options)
    text = w.rng.choice([
        f"first build a tower: {b} on the {y}. then put the {p} on top",
        f"step 1 stack the {b} on the {y}, step 2 {p} on top of that",
    ])
    return _made(w, text, rels(Rel("on", b, y), Rel("on", p, b)))


def t227_multi_mum3(w: World) -> Made:
    options = [(o, x, bw) for o in _live(w) for x in _live(w) for bw in w.bowls
               if o != x and w.state.base(x) != bw and _room(w, bw, leaving=(o,))]
    if not options:
        return None
    o, x, bw = w.rng.choice(options)
    text = w.rng.choice([
        f"first the {o} in the bin, then the {x} in the {bw}, then you're done, thanks",
        f"bin the {o} first and then pop the {x} in the {bw}",
    ])
    return _made(w, text, rels(Rel("in_bin", o), Rel("in", x, bw)))


def t227_multi_plain8(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair:
        return None
    r, b = pair
    text = w.rng.choice([
        f"Put the {r} in the middle, and after that put the {b} on top of it.",
        f"First move the {r} to the middle of the table, then stack the {b} on it.",
    ])
    return _made(w, text, rels(Rel("at", r, _MIDDLE), Rel("on", b, r)))


# ----- questions ---------------------------------------------------------------------------------------
def t227_q_fisherman(w: World) -> Made:
    bw = w.rng.choice(w.bowls)
    text = w.rng.choice([f"Anything in the {bw}?", f"{_cap(bw)}. Anything in it?"])
    return _ask(text, yes(bool(w.state.in_bowl(bw))))


def t227_q_german2(w: World) -> Made:
    options = [b for b in _live(w) if w.state.support[b] == TABLE or w.state.support[b] in w.bowls]
    if not options:
        return None
    b = w.rng.choice(options)
    text = w.rng.choice([f"Lies the {b} on the table?", f"Is the {b} lying on the table or not?"])
    return _ask(text, yes(w.state.support[b] == TABLE))


def t227_q_waiter2(w: World) -> Made:
    options = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) <= 2]
    if not options:
        return None
    bw = w.rng.choice(options)
    inside = w.state.in_bowl(bw)
    text = w.rng.choice([f"Pardon me, what is in the {bw}, please?", f"May I ask what the {bw} has in it?"])
    return _ask(text, "|".join(inside) if inside else "nothing")


def t227_q_gamer3(w: World) -> Made:
    n = len(w.state.on_the_table())
    if not n:
        return None
    text = w.rng.choice(["how many blocks r on the table rn", "yo whats the block count on the table"])
    return _ask(text, str(n))


def t227_q_mum3(w: World) -> Made:
    options = [b for b in _live(w) if len(w.state.on_top(b)) == 1]
    if not options:
        return None
    b = w.rng.choice(options)
    bw = w.rng.choice(w.bowls)
    top = w.state.on_top(b)[0]
    text = w.rng.choice([
        f"what's on the {b}? and is the {bw} empty",
        f"quick one, is the {bw} empty? and what's sitting on the {b}",
    ])
    return _ask(text, f"{top}|{yes(not w.state.in_bowl(bw))}")


def t227_q_plain8(w: World) -> Made:
    s = w.state

    def where(b: str) -> str | None:
        sup = s.support[b]
        if sup == TABLE:
            return "table"
        if sup in s.bowls:
            return sup
        if sup in s.support and s.support[sup] == TABLE:
            return sup
        return None

    options = [b for b in _live(w) if where(b)]
    if not options:
        return None
    b = w.rng.choice(options)
    text = w.rng.choice([
        f"Where is the {b}, and how many bowls are there?",
        f"How many bowls are on the table? And where's the {b}?",
    ])
    return _ask(text, f"{where(b)}|{len(w.bowls)}")


# ----- matching ----------------------------------------------------------------------------------------
def t227_match_fisherman(w: World) -> Made:
    want = matching(w)
    if not want or not all(_room(w, r.target, leaving=(r.block,)) for r in want):
        return None
    text = w.rng.choice(["Blocks into the bowls of their own colour.", "Each block to its own colour bowl."])
    return _made(w, text, rels(*want))


def t227_match_german2(w: World) -> Made:
    options = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not options:
        return None
    r = w.rng.choice(options)
    text = w.rng.choice([
        f"Put the {r.block} in the bowl which has the same colour.",
        f"The {r.block} please in the bowl with the same colour like it.",
    ])
    return _made(w, text, rels(r))


def t227_match_waiter2(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    if not want or not 1 <= len(rest) <= _BIN_MAX:
        return None
    text = w.rng.choice([
        "Would you kindly put each block that has a bowl of its colour into that bowl, and the rest in the bin?",
        "Please, blocks go into the bowl of the same colour where there is one; any others into the bin, thank you.",
    ])
    return _made(w, text, rels(*want), binned(rest))


def t227_match_gamer3(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.in_bowls() if w.colour(s.base(b)) != w.colour(b)]
    if not wrong:
        return None
    bowl_col = {bw: w.colour(bw) for bw in w.bowls}
    cols = {b: w.colour(b) for b in wrong}
    text = w.rng.choice([
        "any block sitting in a bowl thats not its colour, get it outta there",
        "wrong colour blocks in the bowls = get them out",
    ])
    return _made(w, text, lambda _i, f: all(f.base(b) not in bowl_col or bowl_col[f.base(b)] == cols[b]
                                            for b in wrong))


def t227_match_mum3(w: World) -> Made:
    by_colour = _bowl_colour(w)
    odd = [b for b in _live(w) if w.colour(b) not in by_colour]
    if len(odd) == len(_live(w)) or not 1 <= len(odd) <= _BIN_MAX:
        return None
    text = w.rng.choice([
        "the blocks that don't have a bowl of their colour, bin them please",
        "any block with no bowl in the same colour goes in the bin, thanks",
    ])
    return _made(w, text, binned(odd))


def t227_match_plain8(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    others = [b for b in _live(w) if b not in matched]
    moving = [r.block for r in want if not holds(r, s)]
    if any(o in s.above(m) for o in others for m in moving):
        return None
    text = w.rng.choice([
        "Put the blocks that match a bowl's colour into those bowls, and leave the others where they are.",
        "Any block that has a bowl of the same colour goes in it; don't move the rest.",
    ])
    return _made(w, text, rels(*want), kept(*others))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("fisherman", "german2", "waiter2", "gamer3", "mum3", "plain8")
FRESH227: list[Template] = [
    (f"t227_{short}_{style}", category, globals()[f"t227_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
