"""`FRESH257`, the two-hundred-and-fifty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six kinds of first-time users write them:
- postman: a brisk postman, delivery words now and then: "Take the red block over to the blue bowl and drop it in."
- indonesian: an Indonesian speaker writing English with small slips: "Please you put the red block on top of the
  green block."
- knitter: a gentle, chatty grandmother who knits: "Oh, would you be a love and pop the red block in the bin for me?"
- manager: an office manager who asks in bullet points: "Action items:\n- Move the red block to the top left corner"
- kid11: an eager eight-year-old with simple words and some spelling slips: "i want the red block on the blue block
  pleeease"
- plain38: a plain, ordinary adult with no quirks: "The green block should be on top of the red block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 076a939, the code of b5d55d5, before anything it could prompt): 0.8633
goal-correct (259 of 300), 36 refused, no question, five wrong actions and no wrong reply. The wrong actions: the
knitter's "Could you tidy X away into the bin, dear? And leave Y just where it is." left X where it was. The refusals:
the postman's "Parcel for W: X. It goes in there."; the Indonesian speaker's "I want W become empty, all the blocks in
it please throw to the bin.", "Please put X on Y, but Z keep in its place, don't move it.", "Please put the blocks which
color is not same with any bowl into the bin." and (once) "Please move the blocks from W to the bin, but not X, that one
stay in the bowl."; the manager's "My goal: - one stack of three - X at the bottom, then Y, then Z on top" and
"Objective: - each bowl holds only the block of its own colour - nothing else in the bowls"; the plain adult's "Take X
out of W. Anywhere but the bin is fine."
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
_FLOOR = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _loose(w: World) -> list[str]:
    """Blocks that can be moved: not in the bin, not held."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _tower(s: SymState, b: str) -> set[str]:
    """Every block in the tower that holds `b`."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return {bottom, *s.above(bottom)}


def _height(s: SymState, b: str) -> int:
    """How many blocks from the bottom of its tower up to `b`, itself included."""
    n, cur = 1, b
    while s.support[cur] in s.support:
        cur = s.support[cur]
        n += 1
    return n


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can go straight onto `below`: another tower, standing on the table, with room left."""
    s = w.state
    return (top != below and below not in _tower(s, top) and s.base(below) in _FLOOR
            and _height(s, below) < layout.MAX_TOWER and s.base(top) != BIN)


def _room(w: World, bowl: str, moving: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(moving)) <= layout.BOWL_CAPACITY


def _xy(w: World, name: str) -> tuple[float, float]:
    if name in layout.PLACES:
        return layout.PLACES[name]
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, target: str, cands: list[str], margin: float = 0.03) -> str | None:
    """The candidate clearly nearest to `target` (None when the nearest two are close)."""
    if len(cands) < 2:
        return None
    tx, ty = _xy(w, target)
    ranked = sorted(cands, key=lambda b: ((_xy(w, b)[0] - tx) ** 2 + (_xy(w, b)[1] - ty) ** 2) ** 0.5)
    d = [((_xy(w, b)[0] - tx) ** 2 + (_xy(w, b)[1] - ty) ** 2) ** 0.5 for b in ranked[:2]]
    return ranked[0] if d[1] - d[0] >= margin else None


def _not_rel(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _bowl_as_was(bowl: str) -> Check:
    """The bowl holds the same blocks, each resting where it rested."""
    return lambda i, f: (sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl))
                         and all(i.support[b] == f.support[b] for b in i.in_bowl(bowl)))


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower together, in any order (not in the bin)."""
    group = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        outside = [b for b in blocks if f.support[b] not in group]
        if len(outside) != 1 or f.base(outside[0]) in (BIN, "gripper"):
            return False
        return all(len([x for x in f.on_top(b) if x in group]) <= 1 for b in blocks)

    return check


def _where(place: str) -> str:
    return "in the middle of the table" if place == _MIDDLE else f"in the {place}"


def _matched(w: World) -> list[str]:
    colours = {w.colour(b) for b in w.bowls}
    return [b for b in w.blocks if w.colour(b) in colours]


def _bowl_of(w: World, block: str) -> str:
    return next(b for b in w.bowls if w.colour(b) == w.colour(block))


# ----- imperative -----------------------------------------------------------------------------------
def t257_imp_postman(w: World) -> Made:
    bowl = _one(w, w.bowls)
    block = _one(w, [b for b in _loose(w) if w.state.base(b) != bowl])
    if not bowl or not block or not _room(w, bowl, [block]):
        return None
    return _made(w, f"Take the {block} over to the {bowl} and drop it in.", _act(rels(Rel("in", block, bowl))))


def t257_imp_indonesian(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please you put the {a} on top of the {b}.", _act(rels(Rel("on", a, b))))


def t257_imp_knitter(w: World) -> Made:
    block, place = _one(w, _loose(w)), w.rng.choice(list(PLACES))
    if not block:
        return None
    text = f"Oh, would you be a love and pop the {block} {_where(place)} for me? Thank you, dear."
    return _made(w, text, _act(rels(Rel("at", block, place))))


def t257_imp_manager(w: World) -> Made:
    block = _one(w, _loose(w))
    if not block:
        return None
    return _made(w, f"Action items:\n- Move the {block} into the bin\n- That's all for now",
                 _act(binned([block])))


def t257_imp_kid11(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if len(three) < 3:
        return None
    a, b, c = three
    return _made(w, f"can you make a tower with the {a} and the {b} and the {c}", _act(_one_tower(three)))


def t257_imp_plain38(w: World) -> Made:
    block = _one(w, [b for b in w.in_bowls() if w.state.is_clear(b)])
    if not block:
        return None
    bowl = w.state.base(block)
    return _made(w, f"Take the {block} out of the {bowl} and put it on the table.",
                 _act(rels(Rel("on_table", block))))


# ----- declarative ----------------------------------------------------------------------------------
def t257_dec_postman(w: World) -> Made:
    bowl = _one(w, w.bowls)
    block = _one(w, [b for b in _loose(w) if w.state.base(b) != bowl])
    if not bowl or not block or not _room(w, bowl, [block]):
        return None
    return _made(w, f"Parcel for the {bowl}: the {block}. It goes in there.", _act(rels(Rel("in", block, bowl))))


def t257_dec_indonesian(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} must be on the {b}, I already try but cannot.", _act(rels(Rel("on", a, b))))


def t257_dec_knitter(w: World) -> Made:
    block = _one(w, _loose(w))
    if not block:
        return None
    text = f"I do think the {block} ought to be in the bin, dear. It's only in the way there."
    return _made(w, text, _act(binned([block])))


def t257_dec_manager(w: World) -> Made:
    bowl = _one(w, w.bowls)
    two = w.pick([b for b in _loose(w) if w.state.base(b) != bowl], 2)
    if not bowl or len(two) < 2 or not _room(w, bowl, two):
        return None
    a, b = two
    text = f"Desired end state:\n- {a}: in the {bowl}\n- {b}: in the {bowl}"
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t257_dec_kid11(w: World) -> Made:
    block, place = _one(w, _loose(w)), w.rng.choice(_CORNERS)
    if not block:
        return None
    return _made(w, f"the {block} goes in the {place}", _act(rels(Rel("at", block, place))))


def t257_dec_plain38(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} should be on top of the {b}.", _act(rels(Rel("on", a, b))))


# ----- desiderative ---------------------------------------------------------------------------------
def t257_des_postman(w: World) -> Made:
    block = _one(w, _loose(w))
    if not block:
        return None
    return _made(w, f"I'd like the {block} dropped off in the middle of the table, cheers.",
                 _act(rels(Rel("at", block, _MIDDLE))))


def t257_des_indonesian(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"I want the {bowl} become empty, all the blocks in it please throw to the bin.",
                 _act(empty(bowl), binned(inside)))


def t257_des_knitter(w: World) -> Made:
    bowl = _one(w, w.bowls)
    two = w.pick(_loose(w), 2)
    if not bowl or len(two) < 2 or not _room(w, bowl, two):
        return None
    a, b = two
    text = f"What I'd really love, dear, is for the {a} and the {b} to be in the {bowl} together."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t257_des_manager(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if len(three) < 3:
        return None
    a, b, c = three
    text = f"My goal:\n- one stack of three\n- {a} at the bottom, then the {b}, then the {c} on top"
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t257_des_kid11(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"i want the {a} on the {b} pleeease", _act(rels(Rel("on", a, b))))


def t257_des_plain38(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    return _made(w, f"What I want is the {a} and the {b} both in the bin.", _act(binned(two)))


# ----- quantified -----------------------------------------------------------------------------------
def t257_qua_postman(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Every block in the {bowl} goes to the bin. The whole lot.", _act(binned(inside)))


def t257_qua_indonesian(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl or len(_loose(w)) < 3:
        return None
    return _made(w, f"Please put two blocks into the {bowl}, any block is okay, only two.",
                 _act(count_in(bowl, 2)))


def t257_qua_knitter(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    bowls = tuple(w.bowls)
    text = "Could you put every one of the blocks into the bowls, dear? It doesn't matter which bowl."
    return _made(w, text, _act(lambda _i, f: all(f.base(b) in bowls for b in f.blocks)))


def t257_qua_manager(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    text = "Request:\n- exactly one block in each bowl\n- which block goes where is up to you"
    return _made(w, text, _act(*(count_in(b, 1) for b in bowls)))


def t257_qua_kid11(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "put evry block thats in a bowl into the bin", _act(binned(inside)))


def t257_qua_plain38(w: World) -> Made:
    if len(_loose(w)) < 4 or w.state.count_at(BIN):
        return None
    return _made(w, "Put three of the blocks in the bin. Any three will do.",
                 _act(lambda _i, f: f.count_at(BIN) == 3))


# ----- negated --------------------------------------------------------------------------------------
def t257_neg_postman(w: World) -> Made:
    block = _one(w, _loose(w))
    if not block:
        return None
    others = [b for b in w.blocks if b != block]
    return _made(w, f"Everything goes in the bin except the {block}. That one stays.",
                 _act(binned(others), none_binned([block])))


def t257_neg_indonesian(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    block = w.rng.choice(inside)
    others = [b for b in inside if b != block]
    text = f"Please move the blocks from the {bowl} to the bin, but not the {block}, that one stay in the bowl."
    return _made(w, text, _act(binned(others), rels(Rel("in", block, bowl))))


def t257_neg_knitter(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl or len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    block = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if not block:
        return None
    others = [b for b in w.blocks if b != block]
    text = f"Would you put all the blocks into the {bowl}, dear? All except the {block}, that is."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in others)), _not_rel(Rel("in", block, bowl))))


def t257_neg_manager(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    block = _one(w, [b for b in _loose(w) if b not in inside])
    if not block:
        return None
    text = f"Two points:\n- Clear the {bowl} out into the bin\n- Do NOT touch the {block}"
    return _made(w, text, _act(binned(inside), kept(block)))


def t257_neg_kid11(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    others = [x for x in w.blocks if x not in two]
    return _made(w, f"put all the blocks in the bin exept the {a} and the {b}",
                 _act(binned(others), none_binned(two)))


def t257_neg_plain38(w: World) -> Made:
    block = _one(w, w.in_bowls())
    if not block:
        return None
    bowl = w.state.base(block)
    return _made(w, f"Take the {block} out of the {bowl}. Anywhere but the bin is fine.",
                 _act(lambda _i, f: f.base(block) not in (bowl, BIN)))


# ----- relative -------------------------------------------------------------------------------------
def t257_rel_postman(w: World) -> Made:
    pair = _one(w, [p for p in w.pairs() if w.state.is_clear(p[0]) and w.state.base(p[0]) != BIN])
    if not pair:
        return None
    top, below = pair
    return _made(w, f"Grab the block sitting on the {below} and drop it in the bin.", _act(binned([top])))


def t257_rel_indonesian(w: World) -> Made:
    pair = _one(w, [p for p in w.pairs() if w.state.base(p[0]) != BIN])
    if not pair:
        return None
    top, below = pair
    bowl = _one(w, [b for b in w.bowls if w.state.base(below) != b and _room(w, b, [below])])
    if not bowl:
        return None
    return _made(w, f"The block under the {top}, please move it to the {bowl}.", _act(rels(Rel("in", below, bowl))))


def t257_rel_knitter(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl:
        return None
    block = _nearest(w, bowl, _loose(w))
    if not block:
        return None
    text = f"The block that's nearest the {bowl}, would you put that one in the bin for me, love?"
    return _made(w, text, _act(binned([block])))


def t257_rel_manager(w: World) -> Made:
    corner, bowl = w.rng.choice(_CORNERS), _one(w, w.bowls)
    block = _nearest(w, corner, _loose(w))
    if not bowl or not block or w.state.base(block) == bowl or not _room(w, bowl, [block]):
        return None
    text = f"Task:\n- move the block closest to the {corner} into the {bowl}"
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


def t257_rel_kid11(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.on_top(b)]
    if len(bottoms) != 1 or s.support[bottoms[0]] not in _FLOOR:
        return None
    top = s.above(bottoms[0])[0]
    return _made(w, "take the top block off the tower and put it on the table",
                 _act(rels(Rel("on_table", top))))


def t257_rel_plain38(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    block = w.state.in_bowl(bowl)[0]
    target = _one(w, [b for b in w.blocks if _stackable(w, block, b)])
    if not target:
        return None
    return _made(w, f"Put the block that's in the {bowl} on top of the {target}.",
                 _act(rels(Rel("on", block, target))))


# ----- keep -----------------------------------------------------------------------------------------
def t257_keep_postman(w: World) -> Made:
    bowl = _one(w, w.bowls)
    block = _one(w, [b for b in _loose(w) if w.state.base(b) != bowl])
    if not bowl or not block:
        return None
    return _made(w, f"{block[0].upper()}{block[1:]} to the bin, and leave the {bowl} exactly as it is.",
                 _act(binned([block]), _bowl_as_was(bowl)))


def t257_keep_indonesian(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    busy = {a, b, *w.state.above(a), *w.state.above(b)}
    keep = _one(w, [x for x in w.blocks if x not in busy])
    if not keep:
        return None
    text = f"Please put the {a} on the {b}, but the {keep} keep in its place, don't move it."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(keep)))


def t257_keep_knitter(w: World) -> Made:
    block = _one(w, _loose(w))
    if not block:
        return None
    busy = {block, *w.state.above(block)}
    keep = _one(w, [x for x in w.blocks if x not in busy])
    if not keep:
        return None
    text = f"Could you tidy the {block} away into the bin, dear? And leave the {keep} just where it is."
    return _made(w, text, _act(binned([block]), kept(keep)))


def t257_keep_manager(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    block = _one(w, [b for b in _loose(w) if w.state.base(b) != bowl])
    corner = w.rng.choice(_CORNERS)
    if not block:
        return None
    inside = w.state.in_bowl(bowl)
    text = f"Two things:\n- Move the {block} to the {corner}\n- Keep everything in the {bowl} where it is"
    return _made(w, text, _act(rels(Rel("at", block, corner)), kept(*inside)))


def t257_keep_kid11(w: World) -> Made:
    bowl = _one(w, w.bowls)
    block = _one(w, [b for b in _loose(w) if w.state.base(b) != bowl])
    if not bowl or not block or not _room(w, bowl, [block]):
        return None
    busy = {block, *w.state.above(block)}
    keep = _one(w, [x for x in w.blocks if x not in busy])
    if not keep:
        return None
    return _made(w, f"put the {block} in the {bowl} but dont move the {keep} ok",
                 _act(rels(Rel("in", block, bowl)), kept(keep)))


def t257_keep_plain38(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _loose(w) for b in w.blocks
             if _stackable(w, a, b) and s.is_clear(a) and s.is_clear(b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [x for x in w.blocks if x != a]
    return _made(w, f"Stack the {a} on the {b}, and leave all the other blocks where they are.",
                 _act(rels(Rel("on", a, b)), kept(*others)))


# ----- multi-step -----------------------------------------------------------------------------------
def t257_multi_postman(w: World) -> Made:
    bowl = _one(w, w.bowls)
    two = w.pick(_loose(w), 2)
    if not bowl or len(two) < 2:
        return None
    a, b = two
    if w.state.base(b) != bowl and not _room(w, bowl, [b]):
        return None
    return _made(w, f"First the {a} into the bin, then the {b} into the {bowl}. Two drops, done.",
                 _act(binned([a]), rels(Rel("in", b, bowl))))


def t257_multi_indonesian(w: World) -> Made:
    block = _one(w, [b for b in w.in_bowls() if w.state.is_clear(b)])
    if not block:
        return None
    bowl = w.state.base(block)
    other = _one(w, [b for b in _loose(w) if w.state.base(b) != bowl])
    if not other:
        return None
    text = f"First, take the {block} from the {bowl} to the table, after that put the {other} in the {bowl}."
    return _made(w, text, _act(rels(Rel("on_table", block), Rel("in", other, bowl))))


def t257_multi_knitter(w: World) -> Made:
    base = _one(w, _loose(w))
    if not base:
        return None
    top = _one(w, [b for b in _loose(w) if b not in _tower(w.state, base)])
    if not top:
        return None
    text = (f"First put the {base} in the middle of the table, dear, and then set the {top} on top of it. "
            "Lovely.")
    return _made(w, text, _act(rels(Rel("at", base, _MIDDLE), Rel("on", top, base))))


def t257_multi_manager(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    block = _one(w, [b for b in _loose(w) if b not in inside])
    if not block:
        return None
    text = f"Steps:\n1. Empty the {bowl} into the bin.\n2. Put the {block} in the {bowl}."
    return _made(w, text, _act(binned(inside), rels(Rel("in", block, bowl))))


def t257_multi_kid11(w: World) -> Made:
    first = _one(w, _loose(w))
    if not first:
        return None
    pairs = [(a, b) for a in _loose(w) for b in w.blocks
             if first not in (a, b) and _stackable(w, a, b) and first not in w.state.above(b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"frist put the {first} in the bin then put the {a} on the {b}",
                 _act(binned([first]), rels(Rel("on", a, b))))


def t257_multi_plain38(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {a} to the {corner}, and after that put the {b} in the bin.",
                 _act(rels(Rel("at", a, corner)), binned([b])))


# ----- question -------------------------------------------------------------------------------------
def t257_q_postman(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return f"How many blocks in the {bowl} right now?", answered(str(w.state.count_at(bowl)))


def t257_q_indonesian(w: World) -> Made:
    block, bowl = _one(w, w.blocks), _one(w, w.bowls)
    if not block or not bowl:
        return None
    if w.in_bowls() and w.rng.random() < 0.5:
        block = w.rng.choice(w.in_bowls())
        bowl = w.state.base(block)
    flag = holds(Rel("in", block, bowl), w.state)
    return f"The {block} is inside the {bowl} or not?", answered(yes(flag))


def t257_q_knitter(w: World) -> Made:
    block = _one(w, w.in_bowls())
    if not block:
        return None
    return f"Which bowl has the {block} in it, dear? My eyes aren't what they were.", answered(w.state.base(block))


def t257_q_manager(w: World) -> Made:
    pair = _one(w, w.pairs()) if w.rng.random() < 0.5 else None
    if pair is None:
        two = w.pick(w.blocks, 2)
        if len(two) < 2:
            return None
        pair = (two[0], two[1])
    a, b = pair
    flag = holds(Rel("on", a, b), w.state)
    text = f"Two quick questions:\n- How many bowls are there?\n- Is the {a} on the {b}?"
    return text, answered(f"{len(w.bowls)}|{yes(flag)}")


def t257_q_kid11(w: World) -> Made:
    block = _one(w, [p[1] for p in w.pairs()]) if w.rng.random() < 0.5 else _one(w, w.blocks)
    if not block:
        return None
    return f"is there anything on top of the {block}", answered(yes(not w.state.is_clear(block)))


def t257_q_plain38(w: World) -> Made:
    s = w.state
    block = _one(w, [b for b in w.blocks if s.support[b] in s.support or s.support[b] in s.bowls])
    if not block:
        return None
    return f"What is the {block} sitting on?", answered(s.support[block])


# ----- matching -------------------------------------------------------------------------------------
def t257_match_postman(w: World) -> Made:
    if not matching(w):
        return None
    return _made(w, "Sort them by colour: each block to the bowl that's its own colour, if there is one.",
                 _act(rels(*matching(w))))


def t257_match_indonesian(w: World) -> Made:
    matched = _matched(w)
    unmatched = [b for b in _loose(w) if b not in matched]
    if not matched or not unmatched:
        return None
    return _made(w, "Please put the blocks which color is not same with any bowl into the bin.",
                 _act(binned(unmatched), none_binned(matched)))


def t257_match_knitter(w: World) -> Made:
    matched = _matched(w)
    unmatched = [b for b in _loose(w) if b not in matched]
    if not matched or not unmatched:
        return None
    text = ("Could you put each block in the bowl that matches its colour, dear? "
            "And the ones without a matching bowl can go in the bin.")
    return _made(w, text, _act(rels(*matching(w)), binned(unmatched)))


def t257_match_manager(w: World) -> Made:
    blocks_by_colour = {w.colour(b): b for b in w.blocks}
    if not all(w.colour(bowl) in blocks_by_colour for bowl in w.bowls):
        return None
    want = {bowl: blocks_by_colour[w.colour(bowl)] for bowl in w.bowls}
    text = "Objective:\n- each bowl holds only the block of its own colour\n- nothing else in the bowls"
    return _made(w, text, _act(lambda _i, f: all(f.in_bowl(bw) == [b] for bw, b in want.items())))


def t257_match_kid11(w: World) -> Made:
    block = _one(w, [b for b in _matched(w) if w.state.base(b) != _bowl_of(w, b)])
    if not block:
        return None
    bowl = _bowl_of(w, block)
    if not _room(w, bowl, [block]):
        return None
    return _made(w, f"find the block thats the same colour as the {bowl} and put it in there",
                 _act(rels(Rel("in", block, bowl))))


def t257_match_plain38(w: World) -> Made:
    s = w.state
    matched = _matched(w)
    rest = [b for b in w.blocks if b not in matched]
    moving = [b for b in matched if s.base(b) != _bowl_of(w, b)]
    if not moving or any(x in rest for b in moving for x in s.above(b)):
        return None
    for bowl in w.bowls:
        staying = [b for b in s.in_bowl(bowl) if b in rest]
        if len(staying) + sum(1 for b in matched if _bowl_of(w, b) == bowl) > layout.BOWL_CAPACITY:
            return None
    text = ("Put each block that has a bowl of the same colour into that bowl, "
            "and leave the other blocks where they are.")
    return _made(w, text, _act(rels(*matching(w)), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("postman", "indonesian", "knitter", "manager", "kid11", "plain38")
FRESH257: list[Template] = [
    (f"t257_{short}_{style}", category, globals()[f"t257_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
