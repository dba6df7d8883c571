"""`FRESH303`, the three-hundred-and-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing what they want into the chat window in their own plain
words the first time they meet the robot. The jobs are the everyday ones (a block into a bowl, onto another block or a
named place, towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and
plain questions about the table, one or two in a message). Six kinds of first-time users write them:
- driver: a delivery driver, quick and direct: "red block in the blue bowl, quick"
- greek3: a Greek speaker writing English with small slips: "The red block must to be in the blue bowl."
- librarian2: a librarian, quiet and precise: "The green block should rest directly on the purple block, please."
- kid2: an eight-year-old, excited, simple words: "put the pink block on the top left corner!!! pleeease"
- grandma4: a grandma, sweet and roundabout: "Oh, all of the blocks but the red block can go in the blue bowl, love."
- plain84: a plain, ordinary adult with no quirks, varied everyday sentences: "Take the red block off the blue block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5fafd4a, the code of 5fafd4a, before anything it could prompt): 0.96
goal-correct (288 of 300), 7 refused, no question, no wrong action, 5 wrong replies. The wrong replies: a Greek
speaker's 'How many blocks there are on the table, outside of the bowls?' looked for 'the table outside of the bowls'.
The refusals: a grandma's 'put every single block into the bowls? I don't mind which bowl each one goes in.' (all into
one bowl, too many), a Greek speaker's 'Take out all the blocks from W but don't throw them to the bin.'.
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
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do), else the sentence and its check."""
    return None if check(w.state, w.state) else (text, check)


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out and cur != block:
        out.append(cur)
        cur = s.support[cur]
    return out


def _room(s: SymState, bowl: str, k: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _can_stack(s: SymState, target: str, *movers: str) -> bool:
    """Whether `movers` can go on `target`, one on the other, without taking the target's tower apart."""
    if target in movers or s.base(target) in (BIN, "gripper"):
        return False
    below = _below(s, target)
    if any(m in below for m in movers) or len(below) + 1 + len(movers) > layout.MAX_TOWER:
        return False
    base = s.base(target)
    if base in s.bowls:
        extra = sum(1 for m in movers if s.base(m) != base)
        return _room(s, base, extra)
    return True


def _grounded(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (or a named place on it): out of the bowls and the bin."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _in_some_bowl(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in f.bowls for b in blocks)


def _not_in_bowls(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) not in f.bowls for b in blocks)


def _not_on(top: str, below: str) -> Check:
    return lambda _i, f: f.support[top] != below


def _one_tower(blocks: list[str]) -> Check:
    """All `blocks` in one tower, any order, standing anywhere but the bin."""

    def check(_i: SymState, f: SymState) -> bool:
        sup = [f.support[b] for b in blocks]
        bases = [x for x in sup if x not in blocks]
        return len(bases) == 1 and bases[0] not in (BIN, "gripper") and len(set(sup)) == len(sup)

    return check


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, point: tuple[float, float]) -> str | None:
    """The one block clearly nearest `point` (alone in its tower, 3 cm ahead of any other), if there is one."""
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    if len(cands) < 2:
        return None
    dist = sorted((math.hypot(_xy(w, b)[0] - point[0], _xy(w, b)[1] - point[1]), b) for b in cands)
    (d0, b0), (d1, _b1) = dist[0], dist[1]
    if d1 - d0 < 0.03 or not w.state.is_clear(b0) or w.state.support[b0] in w.state.support:
        return None
    return b0


def _free(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _need_match(w: World) -> list[Rel]:
    return [r for r in matching(w) if not holds(r, w.state)]


# ----- imperative -------------------------------------------------------------------------------------
def t303_imp_driver(w: World) -> Made:
    b = w.rng.choice(_free(w))
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w.state, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"{b} in the {bowl}, quick", _act(rels(Rel("in", b, bowl))))


def t303_imp_greek3(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if a != b and _can_stack(w.state, b, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please, put the {a} on the top of the {b}.", _act(rels(Rel("on", a, b))))


def t303_imp_librarian2(w: World) -> Made:
    b = w.rng.choice(_free(w))
    return _made(w, f"Would you place the {b} in the bin, please.", _act(binned([b])))


def t303_imp_kid2(w: World) -> Made:
    b = w.rng.choice(_free(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"put the {b} on the {corner}!!! pleeease", _act(rels(Rel("at", b, corner))))


def t303_imp_grandma4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = (f"Oh, hello dear. Would you mind lifting the {b} out of the {bowl} and setting it down on the table for "
            "me? Thank you ever so much.")
    return _made(w, text, _act(rels(Rel("on_table", b))))


def t303_imp_plain84(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the {top} off the {below}.", _act(_not_on(top, below)))


# ----- declarative ------------------------------------------------------------------------------------
def t303_dec_driver(w: World) -> Made:
    b = w.rng.choice(_free(w))
    return _made(w, f"{b} goes in the bin", _act(binned([b])))


def t303_dec_greek3(w: World) -> Made:
    b = w.rng.choice(_free(w))
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w.state, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"The {b} must to be in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t303_dec_librarian2(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if a != b and _can_stack(w.state, b, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} should rest directly on the {b}, please.", _act(rels(Rel("on", a, b))))


def t303_dec_kid2(w: World) -> Made:
    b = w.rng.choice(_free(w))
    return _made(w, f"the {b} has to be in the {_MIDDLE} of the table!!", _act(rels(Rel("at", b, _MIDDLE))))


def t303_dec_grandma4(w: World) -> Made:
    two = w.pick(_free(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    text = f"I do think the {a} belongs in the bin, sweetheart, and the {b} as well."
    return _made(w, text, _act(binned([a, b])))


def t303_dec_plain84(w: World) -> Made:
    free = _free(w)
    trios = [(a, b, c) for a in free for b in free for c in free
             if len({a, b, c}) == 3 and w.state.base(a) in _GROUND and _can_stack(w.state, a, b, c)]
    if not trios:
        return None
    a, b, c = w.rng.choice(trios)
    text = f"The {c} should be on top of the {b}, and the {b} on top of the {a}."
    return _made(w, text, _act(rels(Rel("on", c, b), Rel("on", b, a))))


# ----- desiderative -----------------------------------------------------------------------------------
def t303_des_driver(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if a != b and _can_stack(w.state, b, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"want the {a} on the {b}", _act(rels(Rel("on", a, b))))


def t303_des_greek3(w: World) -> Made:
    b = w.rng.choice(_free(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"I would like the {b} to go at the {corner}.", _act(rels(Rel("at", b, corner))))


def t303_des_librarian2(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    contents = w.state.in_bowl(bowl)
    text = f"I would like the {bowl} emptied, please, with its contents placed in the bin."
    return _made(w, text, _act(binned(contents), empty(bowl)))


def t303_des_kid2(w: World) -> Made:
    three = w.pick(_free(w), 3)
    if len(three) < 3:
        return None
    a, b, c = three
    text = f"i want a tower!!! the {a} at the bottom then the {b} then the {c} on top"
    bottom: Check = lambda _i, f: f.support[a] not in f.support and f.base(a) != BIN
    return _made(w, text, _act(rels(Rel("on", b, a), Rel("on", c, b)), bottom))


def t303_des_grandma4(w: World) -> Made:
    b = w.rng.choice(_free(w))
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w.state, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"What I'd really like, dear, is the {b} in the {bowl}, if it's not too much bother."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t303_des_plain84(w: World) -> Made:
    two = w.pick(_free(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    if not any(len([x for x in w.state.in_bowl(bowl) if x not in two]) + 2 <= layout.BOWL_CAPACITY
               for bowl in w.bowls):
        return None
    same: Check = lambda _i, f: f.base(a) == f.base(b) and f.base(a) in f.bowls
    return _made(w, f"My goal is to have the {a} and the {b} in the same bowl.", _act(same))


# ----- quantified -------------------------------------------------------------------------------------
def t303_qua_driver(w: World) -> Made:
    free = _free(w)
    if len(free) > 5:
        return None
    return _made(w, "all blocks in the bin", _act(binned(free)))


def t303_qua_greek3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Please, take all the blocks that are in the bowls and put them on the table."
    return _made(w, text, _act(_grounded(inside)))


def t303_qua_librarian2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(_free(w)) < 2:
        return None
    return _made(w, f"Please arrange for exactly two blocks to be in the {bowl}.", _act(count_in(bowl, 2)))


def t303_qua_kid2(w: World) -> Made:
    free = _free(w)
    if len(free) != len(w.blocks) or len(free) > layout.MAX_TOWER:
        return None
    return _made(w, "make one big tower with ALL the blocks!!!", _act(_one_tower(free)))


def t303_qua_grandma4(w: World) -> Made:
    free = _free(w)
    if len(free) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    text = "Would you be a dear and put every single block into the bowls? I don't mind which bowl each one goes in."
    return _made(w, text, _act(_in_some_bowl(free)))


def t303_qua_plain84(w: World) -> Made:
    if len(_free(w)) < 4:
        return None
    three: Check = lambda i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == i.count_at(BIN) + 3
    return _made(w, "Put three of the blocks in the bin, it doesn't matter which.", _act(three))


# ----- negated ----------------------------------------------------------------------------------------
def t303_neg_driver(w: World) -> Made:
    free = _free(w)
    x = w.rng.choice(free)
    others = [b for b in free if b != x]
    if not others or len(others) > 5:
        return None
    return _made(w, f"everything in the bin except the {x}", _act(binned(others), none_binned([x])))


def t303_neg_greek3(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    contents = w.state.in_bowl(bowl)
    text = f"Take out all the blocks from the {bowl} but don't throw them to the bin."
    return _made(w, text, _act(empty(bowl), none_binned(contents)))


def t303_neg_librarian2(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    contents = w.state.in_bowl(bowl)
    others = [b for b in _free(w) if b not in contents]
    if not others or len(others) > 5:
        return None
    text = f"Please put every block in the bin, save for those in the {bowl}."
    return _made(w, text, _act(binned(others), none_binned(contents)))


def t303_neg_kid2(w: World) -> Made:
    free = _free(w)
    outside = [b for b in free if w.state.base(b) not in w.bowls]
    if not outside:
        return None
    x = w.rng.choice(outside)
    others = [b for b in free if b != x]
    if not others or len(others) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    text = f"put all the blocks in the bowls but NOT the {x}!!"
    return _made(w, text, _act(_in_some_bowl(others), _not_in_bowls([x])))


def t303_neg_grandma4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    free = _free(w)
    outside = [b for b in free if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    others = [b for b in free if b != x]
    if not others or len(others) > layout.BOWL_CAPACITY:
        return None
    not_x: Check = lambda _i, f: f.base(x) != bowl
    text = f"Oh, all of the blocks but the {x} can go in the {bowl}, love."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in others)), not_x))


def t303_neg_plain84(w: World) -> Made:
    free = _free(w)
    options = []
    for a in free:
        for b in free:
            targets = [c for c in free if c not in (a, b) and _can_stack(w.state, c, a)]
            if a != b and targets and w.state.support[a] not in w.state.support:
                options.append((a, b))
    if not options:
        return None
    a, b = w.rng.choice(options)
    on_other: Check = lambda _i, f: f.support[a] in f.support and f.support[a] != b
    return _made(w, f"Put the {a} on top of any block except the {b}.", _act(on_other))


# ----- relative ---------------------------------------------------------------------------------------
def t303_rel_driver(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"block sitting on the {below}, bin it", _act(binned([top])))


def t303_rel_greek3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [x for x in w.bowls if w.state.base(below) != x and _room(w.state, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Take the block which is under the {top} and put it in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t303_rel_librarian2(w: World) -> Made:
    b = _nearest(w, layout.PLACES[_MIDDLE])
    if b is None:
        return None
    text = f"Kindly move the block nearest the {_MIDDLE} of the table into the bin."
    return _made(w, text, _act(binned([b])))


def t303_rel_kid2(w: World) -> Made:
    tops = [t for t, _s in w.pairs() if w.state.is_clear(t)]
    if len(tops) != 1:
        return None
    top = tops[0]
    text = "take the block off the top of the tower and put it on the table!!"
    return _made(w, text, _act(rels(Rel("on_table", top))))


def t303_rel_grandma4(w: World) -> Made:
    b = _nearest(w, layout.BIN_CENTER)
    if b is None:
        return None
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w.state, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"The block closest to the bin, sweetheart, could you pop it into the {bowl}?"
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t303_rel_plain84(w: World) -> Made:
    lone = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not lone:
        return None
    bowl = w.rng.choice(lone)
    b = w.state.in_bowl(bowl)[0]
    targets = [t for t in _free(w) if t != b and _can_stack(w.state, t, b)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    return _made(w, f"Put the block that's in the {bowl} on top of the {t}.", _act(rels(Rel("on", b, t))))


# ----- keep -------------------------------------------------------------------------------------------
def t303_keep_driver(w: World) -> Made:
    free = _free(w)
    a = w.rng.choice(free)
    keep = [k for k in free if k != a and k not in w.state.above(a)]
    bowls = [x for x in w.bowls if w.state.base(a) != x and _room(w.state, x)]
    if not keep or not bowls:
        return None
    k = w.rng.choice(keep)
    bowl = w.rng.choice(bowls)
    return _made(w, f"{a} to the {bowl}, don't touch the {k}", _act(rels(Rel("in", a, bowl)), kept(k)))


def t303_keep_greek3(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    contents = w.state.in_bowl(bowl)
    keep = [k for k in _free(w) if k not in contents]
    if not keep:
        return None
    k = w.rng.choice(keep)
    text = f"Empty the {bowl} into the bin, but the {k} must stay where it is."
    return _made(w, text, _act(binned(contents), empty(bowl), kept(k)))


def t303_keep_librarian2(w: World) -> Made:
    free = _free(w)
    options = []
    for a in free:
        for b in free:
            if a == b or not _can_stack(w.state, b, a):
                continue
            busy = {a, b, *w.state.above(a), *w.state.above(b)}
            options += [(a, b, k) for k in free if k not in busy]
    if not options:
        return None
    a, b, k = w.rng.choice(options)
    text = f"Please stack the {a} on the {b}, leaving the {k} precisely where it is."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(k)))


def t303_keep_kid2(w: World) -> Made:
    free = _free(w)
    a = w.rng.choice(free)
    keep = [k for k in free if k != a and k not in w.state.above(a)]
    if not keep:
        return None
    k = w.rng.choice(keep)
    return _made(w, f"put the {a} in the bin but dont move the {k} ok", _act(binned([a]), kept(k)))


def t303_keep_grandma4(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in _free(w) if b not in inside]
    if not inside or not outside:
        return None
    a = w.rng.choice(outside)
    bowls = [x for x in w.bowls if _room(w.state, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"Could you pop the {a} into the {bowl} for me? And please don't disturb anything that's already in the "
            "bowls, dear.")
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(*inside)))


def t303_keep_plain84(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full or len(w.bowls) < 2:
        return None
    g = w.rng.choice(full)
    k = w.rng.choice([x for x in w.bowls if x != g])
    moving, staying = w.state.in_bowl(g), w.state.in_bowl(k)
    same: Check = lambda _i, f: sorted(f.in_bowl(k)) == sorted(staying)
    text = f"Move everything out of the {g} onto the table, but leave the {k} as it is."
    return _made(w, text, _act(_grounded(moving), kept(*staying), same))


# ----- multi-step -------------------------------------------------------------------------------------
def t303_multi_driver(w: World) -> Made:
    free = _free(w)
    options = [(r, a, b) for r in free for a in free for b in free
               if len({r, a, b}) == 3 and r not in _below(w.state, b) and _can_stack(w.state, b, a)]
    if not options:
        return None
    r, a, b = w.rng.choice(options)
    return _made(w, f"{r} in the bin, then {a} on the {b}", _act(binned([r]), rels(Rel("on", a, b))))


def t303_multi_greek3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    corner = w.rng.choice(_CORNERS)
    text = f"First you take the {x} from the {bowl} and after you put it on the {corner}."
    return _made(w, text, _act(rels(Rel("at", x, corner))))


def t303_multi_librarian2(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    contents = w.state.in_bowl(bowl)
    outside = [b for b in _free(w) if b not in contents]
    if not outside:
        return None
    o = w.rng.choice(outside)
    text = f"First, please empty the {bowl} into the bin; afterwards, place the {o} in it."
    return _made(w, text, _act(binned(contents), rels(Rel("in", o, bowl))))


def t303_multi_kid2(w: World) -> Made:
    free = _free(w)
    trios = [(r, g, b) for r in free for g in free for b in free
             if len({r, g, b}) == 3 and _can_stack(w.state, r, g, b)]
    if not trios:
        return None
    r, g, b = w.rng.choice(trios)
    text = f"first put the {g} on the {r} and then put the {b} on the {g}!!!"
    return _made(w, text, _act(rels(Rel("on", g, r), Rel("on", b, g))))


def t303_multi_grandma4(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Would you first take the {top} off the {below}, dear, and then put the {below} in the bin?"
    return _made(w, text, _act(_not_on(top, below), binned([below])))


def t303_multi_plain84(w: World) -> Made:
    two = w.pick(_free(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    corner = w.rng.choice(_CORNERS)
    text = f"Move the {a} to the {corner}, then stack the {b} on top of it."
    return _made(w, text, _act(rels(Rel("at", a, corner), Rel("on", b, a))))


# ----- question ---------------------------------------------------------------------------------------
def t303_q_driver(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"how many blocks in the {bowl}", answered(str(len(w.state.in_bowl(bowl)))))


def t303_q_greek3(w: World) -> Made:
    text = "How many blocks there are on the table, outside of the bowls?"
    return _made(w, text, answered(str(len(w.state.on_the_table()))))


def t303_q_librarian2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Could you tell me which block is resting on the {below}?", answered(top))


def t303_q_kid2(w: World) -> Made:
    b = w.rng.choice(_free(w))
    bowl = w.rng.choice(w.bowls)
    flag = w.state.base(b) == bowl
    text = f"is the {b} in the {bowl}??? and how many bowls are there"
    return _made(w, text, answered(f"{yes(flag)}|{len(w.bowls)}"))


def t303_q_grandma4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    contents = w.state.in_bowl(bowl)
    text = f"Sweetheart, what's in the {bowl}? My eyes aren't what they used to be."
    return _made(w, text, answered("|".join(contents) if contents else "nothing"))


def t303_q_plain84(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return _made(w, f"Which bowl is the {b} in?", answered(w.state.base(b)))


# ----- matching ---------------------------------------------------------------------------------------
def t303_match_driver(w: World) -> Made:
    if not _need_match(w):
        return None
    return _made(w, "blocks into the bowls with the same colour", _act(rels(*matching(w))))


def t303_match_greek3(w: World) -> Made:
    need = _need_match(w)
    if not need:
        return None
    r = w.rng.choice(need)
    text = f"Put the {r.block} inside the bowl that has the same colour with it."
    return _made(w, text, _act(rels(r)))


def t303_match_librarian2(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    others = [b for b in _free(w) if b not in matched]
    if not want or not others or len(others) > 5:
        return None
    text = ("Please place each block in the bowl of its own colour, where there is one, and put the remaining blocks "
            "in the bin.")
    return _made(w, text, _act(rels(*want), binned(others)))


def t303_match_kid2(w: World) -> Made:
    matched = {r.block for r in matching(w)}
    others = [b for b in _free(w) if b not in matched]
    if not matched or not others or len(others) > 5:
        return None
    return _made(w, "put all the blocks that dont have a bowl the same colour in the bin!!", _act(binned(others)))


def t303_match_grandma4(w: World) -> Made:
    need = _need_match(w)
    if len(need) < 2:
        return None
    x = w.rng.choice(need).block
    moving = {r.block for r in need if r.block != x}
    if any(b in moving for b in _below(w.state, x)):
        return None
    rest = [r for r in matching(w) if r.block != x]
    text = (f"Could you put the blocks into the bowls that match their colours, dear? All except the {x}, "
            "leave that one be.")
    return _made(w, text, _act(rels(*rest), kept(x)))


def t303_match_plain84(w: World) -> Made:
    want = matching(w)
    if not _need_match(w):
        return None
    matched = {r.block for r in want}
    others = [b for b in _free(w) if b not in matched]
    text = "Sort the blocks into the bowls of the same colour, and put any block without a matching bowl on the table."
    return _made(w, text, _act(rels(*want), _grounded(others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("driver", "greek3", "librarian2", "kid2", "grandma4", "plain84")
FRESH303: list[Template] = [
    (f"t303_{short}_{style}", category, globals()[f"t303_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
