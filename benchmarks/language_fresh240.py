"""`FRESH240`, the two-hundred-and-forty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. The six personas, one example each:
- farmer: "Go on and set the red block in the blue bowl, if you would."
- japanese: "Please put the red block on the top of the green block."
- zoologist: "Kindly place the red block in the middle of the table."
- sarcastic: "ugh. just throw the red block in the bin already"
- careful2: "Please stack the red block on top of the green block. The red block goes on top."
- plain21: "Move the red block over to the top left corner."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on ac6120c, the code of c607c4f, before anything it could prompt): 0.8067
goal-correct (242 of 300), 53 refused, no question, no wrong action and five wrong replies. The wrong replies: the
sarcastic teenager's "is X even in W or not". The refusals: the careful retiree's "The blue block goes on top, the
yellow block stays underneath.", "X should be resting on the table itself, not on another block and not in a bowl.",
"Please empty W, but do not put any of its blocks in the bin. The table is fine." and "The blocks in W must stay in W,
just as they are now."; the sarcastic teenager's "i want X out of W. dont care where it goes, just not in there", "take
all the blocks out of the bowls and put them on the table. the table. not the bin", "dump everything in the bin. not X
or Y tho, those stay put" and "whatever block is at the very bottom of the stack X is in. bin it"; the zoologist's
"Arrange things so that each bowl holds exactly one block; which block goes where is up to you."; the farmer's "Any
block that's got a bowl the same colour as it, put it in that bowl."; the Japanese speaker's "I want make a tower on the
table. X at bottom, then Y, and Z at the top."
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
_MIDDLE = PLACES[4]
_ON_TABLE = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _depth(w: World, block: str) -> int:
    """How high `block` stands in its tower (1 at the bottom)."""
    return 1 + len(_below(w, block))


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can go directly on `below` without breaking the tower limit or its own tower."""
    return (top != below and w.state.base(below) != BIN and w.state.base(top) != BIN
            and below not in w.state.above(top) and _depth(w, below) + 1 <= layout.MAX_TOWER)


def _movable(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _bowl_with_room(w: World, block: str, need: int = 1) -> str | None:
    options = [c for c in w.bowls if w.state.base(block) != c and _room(w, c) >= need]
    return w.rng.choice(options) if options else None


def _pair(w: World) -> tuple[str, str] | None:
    """A (top, below) pair of blocks where `top` can be stacked on `below`."""
    options = [(a, b) for a in _movable(w) for b in _movable(w) if _stackable(w, a, b)
               and w.state.support[a] != b]
    return w.rng.choice(options) if options else None


def _one_tower(blocks: list[str]) -> Check:
    """The blocks all stand in one tower (any order, anything else on it allowed), not in the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        if any(f.base(b) in (BIN, "gripper") for b in blocks):
            return False
        bottoms = [b for b in blocks if not any(b in f.above(o) for o in blocks if o != b)]
        return len(bottoms) == 1 and all(o in f.above(bottoms[0]) for o in blocks if o != bottoms[0])
    return check


def _base_is(block: str, where: tuple[str, ...]) -> Check:
    return lambda _i, f: f.base(block) in where


def _base_not(block: str, where: str) -> Check:
    return lambda _i, f: f.base(block) != where


def _kept_in_place(blocks: list[str]) -> Check:
    """Each block still stands in whatever bowl (or other base) it stood in at the start."""
    return lambda i, f: all(f.base(b) == i.base(b) for b in blocks)


def _bowl_of(w: World, colour: str) -> str | None:
    return next((c for c in w.bowls if w.colour(c) == colour), None)


def _unmatched(w: World) -> list[str]:
    return [b for b in w.blocks if _bowl_of(w, w.colour(b)) is None]


def _unique_extreme(w: World, ref: str, candidates: list[str], far: bool) -> str | None:
    """The candidate nearest to (or furthest from) `ref`, when it stands clearly apart from the rest."""
    if len(candidates) < 2:
        return None
    ranked = sorted(candidates, key=lambda b: w.dist(b, ref), reverse=far)
    if abs(w.dist(ranked[0], ref) - w.dist(ranked[1], ref)) < 0.03:
        return None
    return ranked[0]


# ----- imperative -------------------------------------------------------------------------------------
def t240_imp_farmer(w: World) -> Made:
    x = w.rng.choice(_movable(w))
    bowl = _bowl_with_room(w, x)
    if bowl is None:
        return None
    return _made(w, f"Go on and set the {x} in the {bowl}, if you would.", _act(rels(Rel("in", x, bowl))))


def t240_imp_japanese(w: World) -> Made:
    p = _pair(w)
    if p is None:
        return None
    x, y = p
    return _made(w, f"Please put the {x} on the top of {y}.", _act(rels(Rel("on", x, y))))


def t240_imp_zoologist(w: World) -> Made:
    x = w.rng.choice(_movable(w))
    return _made(w, f"Kindly place the {x} in the middle of the table.", _act(rels(Rel("at", x, _MIDDLE))))


def t240_imp_sarcastic(w: World) -> Made:
    x = w.rng.choice(_movable(w))
    return _made(w, f"ugh. just throw the {x} in the bin already", _act(rels(Rel("in_bin", x))))


def t240_imp_careful2(w: World) -> Made:
    p = _pair(w)
    if p is None:
        return None
    x, y = p
    return _made(w, f"Please stack the {x} on top of the {y}. The {x} goes on top, the {y} stays underneath.",
                 _act(rels(Rel("on", x, y))))


def t240_imp_plain21(w: World) -> Made:
    x = w.rng.choice(_movable(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {x} over to the {corner}.", _act(rels(Rel("at", x, corner))))


# ----- declarative ------------------------------------------------------------------------------------
def t240_dec_farmer(w: World) -> Made:
    x = w.rng.choice(_movable(w))
    bowl = _bowl_with_room(w, x)
    if bowl is None:
        return None
    return _made(w, f"That {x} oughta be sittin in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t240_dec_japanese(w: World) -> Made:
    p = _pair(w)
    if p is None:
        return None
    x, y = p
    return _made(w, f"The {x} should be on {y}, please.", _act(rels(Rel("on", x, y))))


def t240_dec_zoologist(w: World) -> Made:
    x = w.rng.choice(_movable(w))
    return _made(w, f"The {x} belongs in the bin.", _act(rels(Rel("in_bin", x))))


def t240_dec_sarcastic(w: World) -> Made:
    x = w.rng.choice(_movable(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"the {x} goes in the {corner}. obviously", _act(rels(Rel("at", x, corner))))


def t240_dec_careful2(w: World) -> Made:
    options = [b for b in _movable(w) if w.state.support[b] not in _ON_TABLE]
    if not options:
        return None
    x = w.rng.choice(options)
    return _made(w, f"The {x} should be resting on the table itself, not on another block and not in a bowl.",
                 _act(rels(Rel("on_table", x))))


def t240_dec_plain21(w: World) -> Made:
    if len(_movable(w)) < 3:
        return None
    a, b, c = w.pick(_movable(w), 3)
    return _made(w, f"The {a}, the {b} and the {c} should all be in one tower.", _act(_one_tower([a, b, c])))


# ----- desiderative -----------------------------------------------------------------------------------
def t240_des_farmer(w: World) -> Made:
    if len(_movable(w)) < 2:
        return None
    x, y = w.pick(_movable(w), 2)
    options = [c for c in w.bowls if _room(w, c) >= sum(w.state.base(b) != c for b in (x, y))]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"I'd like the {x} and the {y} both put in the {bowl}, if it's no trouble.",
                 _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


def t240_des_japanese(w: World) -> Made:
    if len(_movable(w)) < 3:
        return None
    a, b, c = w.pick(_movable(w), 3)
    return _made(w, f"I want make a tower on the table. The {a} at bottom, then the {b}, and the {c} at the top.",
                 _act(rels(Rel("stacked", a, b, c))))


def t240_des_zoologist(w: World) -> Made:
    p = _pair(w)
    if p is None:
        return None
    x, y = p
    return _made(w, f"My aim is to have the {x} resting directly on the {y}.", _act(rels(Rel("on", x, y))))


def t240_des_sarcastic(w: World) -> Made:
    options = [b for b in _movable(w) if w.state.base(b) in w.bowls]
    if not options:
        return None
    x = w.rng.choice(options)
    bowl = w.state.base(x)
    return _made(w, f"i want the {x} out of the {bowl}. dont care where it goes, just not in there",
                 _act(_base_not(x, bowl)))


def t240_des_careful2(w: World) -> Made:
    x = w.rng.choice(_movable(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"I would like the {x} put in the {corner}, please. To be clear, I mean the {corner} of the "
                    f"table.", _act(rels(Rel("at", x, corner))))


def t240_des_plain21(w: World) -> Made:
    if len(_movable(w)) < 2:
        return None
    x, y = w.pick(_movable(w), 2)
    bowl = _bowl_with_room(w, y)
    if bowl is None:
        return None
    return _made(w, f"I'd like the {x} in the bin and the {y} in the {bowl}.",
                 _act(rels(Rel("in_bin", x), Rel("in", y, bowl))))


# ----- quantified -------------------------------------------------------------------------------------
def t240_qua_farmer(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) in _ON_TABLE]
    in_bowls = w.in_bowls()
    if not loose or len(loose) > len(layout.BIN_SLOTS):
        return None
    return _made(w, "Take every block sittin out on the table and toss em in the bin. Leave the bowls be.",
                 _act(binned(loose), kept(*in_bowls)))


def t240_qua_japanese(w: World) -> Made:
    options = [c for c in w.bowls if not w.state.in_bowl(c)]
    if not options or len(_movable(w)) < 2:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"Please put two blocks into the {bowl}. Which two is OK.",
                 _act(lambda _i, f: len(f.in_bowl(bowl)) == 2))


def t240_qua_zoologist(w: World) -> Made:
    if len(w.bowls) < 2 or len(_movable(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "Arrange things so that each bowl holds exactly one block; which block goes where is up to you.",
                 _act(lambda _i, f: all(len(f.in_bowl(c)) == 1 for c in bowls)))


def t240_qua_sarcastic(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "take all the blocks out of the bowls and put them on the table. the table. not the bin",
                 _act(*(_base_is(b, _ON_TABLE) for b in inside)))


def t240_qua_careful2(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) in _ON_TABLE]
    if not 2 <= len(loose) <= layout.MAX_TOWER:
        return None
    in_bowls = w.in_bowls()
    tower = _one_tower(loose)
    return _made(w, "Please stack all of the blocks that are out on the table into one single tower. Only the ones "
                    "on the table, please, not the ones in the bowls.",
                 _act(lambda i, f: tower(i, f) and all(f.base(b) in _ON_TABLE for b in loose),
                      _kept_in_place(in_bowls)))


def t240_qua_plain21(w: World) -> Made:
    if len(_movable(w)) < 3 or any(w.state.base(b) == BIN for b in w.blocks):
        return None
    return _made(w, "Put three blocks in the bin, any three.",
                 _act(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3))


# ----- negated ----------------------------------------------------------------------------------------
def t240_neg_farmer(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    if len(rest) > len(layout.BIN_SLOTS):
        return None
    return _made(w, f"Put all them blocks in the bin except the {x}.",
                 _act(binned(rest), lambda _i, f: f.base(x) != BIN))


def t240_neg_japanese(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Please put every block into the {bowl}, but not the {x}.",
                 _act(rels(*(Rel("in", b, bowl) for b in rest)), _base_not(x, bowl)))


def t240_neg_zoologist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Please take the {x} off the {y}, but do not put it in the bin.",
                 _act(lambda _i, f: f.support[x] != y, _base_not(x, BIN)))


def t240_neg_sarcastic(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    if any(u not in (a, b) for u in _below(w, a) + _below(w, b)):
        return None
    rest = [u for u in w.blocks if u not in (a, b)]
    if len(rest) > len(layout.BIN_SLOTS):
        return None
    return _made(w, f"dump everything in the bin. not the {a} or the {b} tho, those stay put",
                 _act(binned(rest), kept(a, b)))


def t240_neg_careful2(w: World) -> Made:
    options = [c for c in w.bowls if w.state.in_bowl(c)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Please empty the {bowl}, but do not put any of its blocks in the bin. The table is fine.",
                 _act(empty(bowl), none_binned(inside)))


def t240_neg_plain21(w: World) -> Made:
    options = [c for c in w.bowls if len(w.state.in_bowl(c)) >= 2]
    if not options:
        return None
    bowl = w.rng.choice(options)
    x = w.rng.choice(w.state.in_bowl(bowl))
    return _made(w, f"Take everything out of the {bowl} except the {x}.",
                 _act(lambda _i, f: f.in_bowl(bowl) == [x]))


# ----- relative ---------------------------------------------------------------------------------------
def t240_rel_farmer(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = _bowl_with_room(w, x)
    if bowl is None:
        return None
    return _made(w, f"Whatever block's sittin on top of the {y}, put it in the {bowl}.",
                 _act(rels(Rel("in", x, bowl))))


def t240_rel_japanese(w: World) -> Made:
    options = [c for c in w.bowls if not w.state.in_bowl(c)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    x = _unique_extreme(w, bowl, _movable(w), far=False)
    if x is None:
        return None
    return _made(w, f"Please put the block which is most near to the {bowl} into the {bowl}.",
                 _act(rels(Rel("in", x, bowl))))


def t240_rel_zoologist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = _bowl_with_room(w, y)
    if bowl is None:
        return None
    return _made(w, f"Take the block directly beneath the {x} and place it in the {bowl}.",
                 _act(rels(Rel("in", y, bowl))))


def t240_rel_sarcastic(w: World) -> Made:
    options = [b for b in w.blocks if _below(w, b)]
    if not options:
        return None
    x = w.rng.choice(options)
    bottom = _below(w, x)[-1]
    return _made(w, f"whatever block is at the very bottom of the stack the {x} is in. bin it",
                 _act(rels(Rel("in_bin", bottom))))


def t240_rel_careful2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = _unique_extreme(w, bowl, _movable(w), far=True)
    if x is None:
        return None
    return _made(w, f"Please pick up the block that is furthest away from the {bowl} and put it in the bin. The "
                    f"furthest one, please.", _act(rels(Rel("in_bin", x))))


def t240_rel_plain21(w: World) -> Made:
    options = [c for c in w.bowls if len(w.state.in_bowl(c)) == 1]
    if not options:
        return None
    bowl = w.rng.choice(options)
    x = w.state.in_bowl(bowl)[0]
    targets = [y for y in _movable(w) if _stackable(w, x, y) and w.state.base(y) != bowl]
    if not targets:
        return None
    y = w.rng.choice(targets)
    return _made(w, f"Put the block that's in the {bowl} on top of the {y}.", _act(rels(Rel("on", x, y))))


# ----- keep -------------------------------------------------------------------------------------------
def t240_keep_farmer(w: World) -> Made:
    if len(_movable(w)) < 2:
        return None
    x, y = w.pick(_movable(w), 2)
    if y in w.state.above(x):
        return None
    bowl = _bowl_with_room(w, x)
    if bowl is None:
        return None
    return _made(w, f"Put the {x} in the {bowl} but leave the {y} right where she sits.",
                 _act(rels(Rel("in", x, bowl)), kept(y)))


def t240_keep_japanese(w: World) -> Made:
    p = _pair(w)
    if p is None:
        return None
    x, y = p
    others = [z for z in w.blocks if z not in (x, y) and z not in w.state.above(x) and z not in w.state.above(y)]
    if not others:
        return None
    z = w.rng.choice(others)
    return _made(w, f"Please put the {x} on the {y}. Don't move the {z}, keep it same place please.",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t240_keep_zoologist(w: World) -> Made:
    options = [c for c in w.bowls if w.state.in_bowl(c)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in _movable(w) if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Transfer the {x} to the bin while keeping the {bowl} exactly as it is now.",
                 _act(rels(Rel("in_bin", x)), kept(*inside),
                      lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(inside)))


def t240_keep_sarcastic(w: World) -> Made:
    clear = w.clear_blocks()
    options = [(x, y) for x in clear for y in clear if _stackable(w, x, y)]
    if not options:
        return None
    x, y = w.rng.choice(options)
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"stack the {x} on the {y} and dont touch anything else ok",
                 _act(rels(Rel("on", x, y)), kept(*rest)))


def t240_keep_careful2(w: World) -> Made:
    options = [c for c in w.bowls if w.state.in_bowl(c)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in _movable(w) if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Please move the {x} to the {corner}. The blocks in the {bowl} must stay in the {bowl}, "
                    f"just as they are now.", _act(rels(Rel("at", x, corner)), kept(*inside)))


def t240_keep_plain21(w: World) -> Made:
    options = [c for c in w.bowls if w.state.in_bowl(c)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in w.blocks if b not in inside]
    if not xs or len(inside) > len(layout.BIN_SLOTS):
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Clear the {bowl} out into the bin, but keep the {x} where it is.",
                 _act(binned(inside), kept(x)))


# ----- multi-step -------------------------------------------------------------------------------------
def t240_multi_farmer(w: World) -> Made:
    p = _pair(w)
    if p is None:
        return None
    y, z = p
    xs = [b for b in _movable(w) if b not in (y, z)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"First off, put the {x} in the bin. Then set the {y} up on the {z}.",
                 _act(rels(Rel("in_bin", x), Rel("on", y, z))))


def t240_multi_japanese(w: World) -> Made:
    options = [b for b in w.in_bowls()]
    if not options:
        return None
    x = w.rng.choice(options)
    bowl = w.state.base(x)
    ys = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"First, please take the {x} out from the {bowl} and put on the table. After that, put "
                    f"the {y} in the {bowl}.", _act(rels(Rel("on_table", x), Rel("in", y, bowl))))


def t240_multi_zoologist(w: World) -> Made:
    if len(_movable(w)) < 2:
        return None
    x, y = w.pick(_movable(w), 2)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Begin by moving the {x} to the {corner}; afterwards, place the {y} on top of it.",
                 _act(rels(Rel("at", x, corner), Rel("on", y, x))))


def t240_multi_sarcastic(w: World) -> Made:
    options = [c for c in w.bowls if w.state.in_bowl(c)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in _movable(w) if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"ok first dump whatever's in the {bowl} into the bin, then put the {x} in that bowl. thrilling",
                 _act(binned(inside), rels(Rel("in", x, bowl))))


def t240_multi_careful2(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 3:
        return None
    x, y, z = w.pick(clear, 3)
    if _depth(w, y) + 2 > layout.MAX_TOWER:
        return None
    return _made(w, f"Please do this in two steps. Step one: put the {x} on the {y}. Step two: put the {z} on the "
                    f"{x}. Thank you.", _act(rels(Rel("on", x, y), Rel("on", z, x))))


def t240_multi_plain21(w: World) -> Made:
    if len(w.bowls) < 2 or len(_movable(w)) < 2:
        return None
    b1, b2 = w.pick(w.bowls, 2)
    x, y = w.pick(_movable(w), 2)
    if w.state.base(x) == b1 or w.state.base(y) == b2:
        return None
    if _room(w, b1) + (w.state.base(y) == b1) < 1 or _room(w, b2) + (w.state.base(x) == b2) < 1:
        return None
    return _made(w, f"Put the {x} in the {b1}, and after that move the {y} into the {b2}.",
                 _act(rels(Rel("in", x, b1), Rel("in", y, b2))))


# ----- questions --------------------------------------------------------------------------------------
def t240_q_farmer(w: World) -> Made:
    options = [c for c in w.bowls if w.state.in_bowl(c)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return f"How many blocks we got sittin in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t240_q_japanese(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    where = w.state.support[x]
    if where in (BIN, "gripper"):
        return None
    return f"Where is the {x} now? I can not find it well.", answered(where)


def t240_q_zoologist(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    top = w.state.on_top(x)
    return f"What, if anything, is resting directly on top of the {x}?", answered(top[0] if top else "nothing")


def t240_q_sarcastic(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl = w.state.base(x)
    else:
        x = w.rng.choice(w.blocks)
        bowl = w.rng.choice(w.bowls)
    return f"is the {x} even in the {bowl} or not", answered(yes(holds(Rel("in", x, bowl), w.state)))


def t240_q_careful2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
    flag = w.state.support[x] == y
    return (f"Could you tell me how many bowls there are altogether? And also, is the {x} sitting on top of the {y}?",
            answered(f"{len(w.bowls)}|{yes(flag)}"))


def t240_q_plain21(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    return f"Which bowl is the {x} in?", answered(w.state.base(x))


# ----- matching ---------------------------------------------------------------------------------------
def t240_match_farmer(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Any block that's got a bowl the same colour as it, put it in that bowl.", _act(rels(*want)))


def t240_match_japanese(w: World) -> Made:
    options = [b for b in _movable(w) if _bowl_of(w, w.colour(b))]
    if not options:
        return None
    x = w.rng.choice(options)
    bowl = _bowl_of(w, w.colour(x))
    return _made(w, f"Please put the {x} in the bowl of same colour.", _act(rels(Rel("in", x, bowl))))


def t240_match_zoologist(w: World) -> Made:
    refs = [b for b in w.blocks if _bowl_of(w, w.colour(b))]
    if not refs:
        return None
    y = w.rng.choice(refs)
    bowl = _bowl_of(w, w.colour(y))
    xs = [b for b in _movable(w) if b != y and w.state.base(b) != bowl]
    if not xs or _room(w, bowl) < 1:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Place the {x} in the bowl whose colour matches the {y}.", _act(rels(Rel("in", x, bowl))))


def t240_match_sarcastic(w: World) -> Made:
    want = matching(w)
    rest = _unmatched(w)
    if not want or not rest or len(rest) > len(layout.BIN_SLOTS):
        return None
    return _made(w, "put the blocks in the bowls that match their colour. the ones with no matching bowl just bin them",
                 _act(rels(*want), binned(rest)))


def t240_match_careful2(w: World) -> Made:
    want = matching(w)
    rest = _unmatched(w)
    if not want:
        return None
    movers = [r.block for r in want]
    if any(u in w.state.above(m) for u in rest for m in movers):
        return None
    for c in w.bowls:
        staying = [u for u in rest if w.state.base(u) == c]
        if len(staying) + sum(r.target == c for r in want) > layout.BOWL_CAPACITY:
            return None
    return _made(w, "Please make sure that every block with a bowl of the same colour ends up in that bowl. The "
                    "other blocks should stay exactly where they are.", _act(rels(*want), kept(*rest)))


def t240_match_plain21(w: World) -> Made:
    want = matching(w)
    rest = _unmatched(w)
    if not want or not rest or len(rest) > len(layout.PLACE_SLOTS):
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Sort the blocks into the bowls by colour, and put anything without a match in the {corner}.",
                 _act(rels(*want), rels(*(Rel("at", b, corner) for b in rest))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("farmer", "japanese", "zoologist", "sarcastic", "careful2", "plain21")
FRESH240: list[Template] = [
    (f"t240_{short}_{style}", category, globals()[f"t240_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
