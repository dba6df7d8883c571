"""`FRESH321`, the three-hundred-and-twenty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table between other errands, each in the words they
would use anyway. Six personas write them:
- pharmacist: a pharmacist, careful, double-checks, exact: "Please place the red block into the blue bowl. Thank you."
- builder3: a builder, blunt, practical, trade talk: "Red block on the green block. Go."
- auntie5: an auntie, warm, chatty, terms of endearment: "Sweetheart, could you pop the yellow block in the bin for me?"
- turkish: a Turkish speaker writing English with small slips: "Put the red block to top left corner please."
- coach5: a sports coach, energetic, motivational: "Let's go! Blue block to the middle, right now, no hesitation!"
- plain102: a plain, ordinary adult: "Take the red block off the green block and put it on the table."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 856dc52, the code of dba2683, before anything it could prompt): 0.90
goal-correct (270 of 300), 25 refused, 5 questions, 0 wrong actions, 0 wrong replies. The refusals and questions: a
coach's 'Let's go! Move X to the middle, right now, no hesitation!', 'Champ, X needs to end up in W! You've got
this!', 'Everybody in the bin! Every single block, let's clear this table, go go go!' (asked which block), 'Nobody
stays on X! Get everything off it, come on!' and 'Colour match drill! Every block that has a bowl of its own colour
goes home to it!', a pharmacist's 'Could you confirm exactly how many blocks are in W at the moment?'.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

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

T = TypeVar("T")


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _r(*want: Rel) -> Check:
    """An action whose goal is these relations."""
    return _act(rels(*want))


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _movable(w: World) -> list[str]:
    """Blocks not in the bin (and not in the gripper)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _one(w: World, items: Sequence[T]) -> T | None:
    """One of `items` at random, or None."""
    return w.pick(list(items))[0] if items else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _can_stack(w: World, x: str, y: str) -> bool:
    """Putting `x` on `y` is sensible: `y` is clear and on the table side, neither is under the other, and the
    tower stays within `layout.MAX_TOWER`."""
    s = w.state
    return (x != y and s.is_clear(y) and s.base(y) not in (BIN, "gripper", *s.bowls) and y not in s.above(x)
            and x not in _below(s, y) and len(_below(s, y)) + 2 <= layout.MAX_TOWER)


def _winner(scores: dict[str, float], margin: float = 0.03) -> str | None:
    """The name with the smallest score, if it beats every other by `margin`."""
    if not scores:
        return None
    ranked = sorted(scores, key=scores.get)
    if len(ranked) > 1 and scores[ranked[1]] - scores[ranked[0]] < margin:
        return None
    return ranked[0]


def _place_dist(w: World, b: str, place: str) -> float:
    (px, py), pos = layout.PLACES[place], w.scene.get(b).position
    return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5


def _bowl_with_room(w: World, block: str) -> str | None:
    bowls = [o for o in w.bowls if w.state.base(block) != o and _room(w, o)]
    return w.pick(bowls)[0] if bowls else None


def _pair_bowl(w: World) -> tuple[str, str] | None:
    """A block not yet in a bowl that has room for it."""
    blocks = _movable(w)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    bowl = _bowl_with_room(w, b)
    return (b, bowl) if bowl else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(x, y) for x in _movable(w) for y in w.blocks if _can_stack(w, x, y)]
    return w.pick(pairs)[0] if pairs else None


def _other(w: World, *not_these: str) -> str | None:
    rest = [b for b in _movable(w) if b not in not_these]
    return w.pick(rest)[0] if rest else None


def _untouched(w: World, keep: str, moving: str) -> bool:
    """`keep` can stay where it is while `moving` is moved."""
    return keep != moving and keep not in w.state.above(moving)


def _same_bowl(bowl: str) -> Check:
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl))


def _colour_goals(w: World) -> list[Rel] | None:
    """Every block into the bowl of its colour, when some are not there yet and there is room."""
    want = matching(w)
    todo = [r for r in want if not holds(r, w.state)]
    if not todo or any(not _room(w, r.target) for r in todo):
        return None
    return want


# ----- imperative -----------------------------------------------------------------------------------
def t321_imp_pharmacist(w: World) -> Made:
    p = _pair_bowl(w)
    return p and _made(w, f"Please place the {p[0]} into the {p[1]}. Thank you.",
                       _r(Rel("in", p[0], p[1])))


def t321_imp_builder3(w: World) -> Made:
    p = _stack_pair(w)
    return p and _made(w, f"{p[0].capitalize()} on the {p[1]}. Go.", _r(Rel("on", *p)))


def t321_imp_auntie5(w: World) -> Made:
    b = _one(w, _movable(w))
    return b and _made(w, f"Sweetheart, could you pop the {b} in the bin for me? It's in my way.",
                       _r(Rel("in_bin", b)))


def t321_imp_turkish(w: World) -> Made:
    b, place = _one(w, _movable(w)), _one(w, PLACES[:4])
    return b and _made(w, f"Put the {b} to {place} please.", _r(Rel("at", b, place)))


def t321_imp_coach5(w: World) -> Made:
    b = _one(w, _movable(w))
    return b and _made(w, f"Let's go! Move the {b} to the middle, right now, no hesitation!",
                       _r(Rel("at", b, PLACES[4])))


def t321_imp_plain102(w: World) -> Made:
    p = _one(w, [(t, s) for t, s in w.pairs() if w.state.base(t) not in w.state.bowls])
    return p and _made(w, f"Take the {p[0]} off the {p[1]} and put it on the {TABLE}.",
                       _r(Rel("on_table", p[0]), Rel("on", *p, negated=True)))


# ----- declarative ----------------------------------------------------------------------------------
def t321_dec_pharmacist(w: World) -> Made:
    p = _pair_bowl(w)
    return p and _made(w, f"When you are finished, the {p[0]} must be in the {p[1]}.", _r(Rel("in", *p)))


def t321_dec_builder3(w: World) -> Made:
    p = _stack_pair(w)
    return p and _made(w, f"The {p[0]} goes on top of the {p[1]}.", _r(Rel("on", *p)))


def t321_dec_auntie5(w: World) -> Made:
    b = _one(w, _movable(w))
    return b and _made(w, f"Darling, the {b} belongs in the bin, it's just clutter now.",
                       _r(Rel("in_bin", b)))


def t321_dec_turkish(w: World) -> Made:
    b, place = _one(w, _movable(w)), _one(w, PLACES[:4])
    return b and _made(w, f"The {b} has to be on the {place}.", _r(Rel("at", b, place)))


def t321_dec_coach5(w: World) -> Made:
    p = _pair_bowl(w)
    return p and _made(w, f"Champ, the {p[0]} needs to end up in the {p[1]}! You've got this!", _r(Rel("in", *p)))


def t321_dec_plain102(w: World) -> Made:
    p = _one(w, [(t, s) for t, s in w.pairs() if w.state.base(t) not in w.state.bowls])
    return p and _made(w, f"The {p[0]} should be on the table, not on the {p[1]}.",
                       _r(Rel("on_table", p[0]), Rel("on", *p, negated=True)))


# ----- desiderative ---------------------------------------------------------------------------------
def t321_des_pharmacist(w: World) -> Made:
    p = _pair_bowl(w)
    return p and _made(w, f"I would like the {p[0]} placed in the {p[1]}, please.", _r(Rel("in", *p)))


def t321_des_builder3(w: World) -> Made:
    p = _stack_pair(w)
    return p and _made(w, f"Want the {p[0]} stacked on the {p[1]}.", _r(Rel("on", *p)))


def t321_des_auntie5(w: World) -> Made:
    b, place = _one(w, _movable(w)), _one(w, PLACES[:4])
    return b and _made(w, f"Oh honey, it would be lovely if the {b} sat in the {place}.",
                       _r(Rel("at", b, place)))


def t321_des_turkish(w: World) -> Made:
    b = _one(w, _movable(w))
    return b and _made(w, f"I want that the {b} is in the bin.", _r(Rel("in_bin", b)))


def t321_des_coach5(w: World) -> Made:
    p = _stack_pair(w)
    return p and _made(w, f"I wanna see the {p[0]} on top of the {p[1]}, team! Make it happen!",
                       _r(Rel("on", *p)))


def t321_des_plain102(w: World) -> Made:
    b = _one(w, w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b)
    return _made(w, f"I'd like the {b} out of the {bowl} and on the {TABLE}.", _r(Rel("on_table", b)))


# ----- quantified -----------------------------------------------------------------------------------
def t321_qua_pharmacist(w: World) -> Made:
    blocks = w.state.on_the_table()
    if not blocks or not w.in_bowls():
        return None
    return _made(w, "Please move every block that is on the table into the bin. The ones in bowls can stay.",
                 _act(binned(blocks)))


def t321_qua_builder3(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    return bowl and _made(w, f"Every block in the {bowl}, into the bin.", _act(binned(w.state.in_bowl(bowl))))


def t321_qua_auntie5(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if not w.state.in_bowl(o)])
    if not bowl or len(_movable(w)) < 2:
        return None
    return _made(w, f"Sweetie, could you put two blocks in the {bowl} for me? Any two will do.",
                 _act(count_in(bowl, 2)))


def t321_qua_turkish(w: World) -> Made:
    rest = [b for b in _movable(w) if b not in w.in_bowls()]
    if not w.in_bowls() or not rest:
        return None
    return _made(w, "Put all the blocks what are not in a bowl to the bin.", _act(binned(rest)))


def t321_qua_coach5(w: World) -> Made:
    return _made(w, "Everybody in the bin! Every single block, let's clear this table, go go go!",
                 _act(binned(w.blocks)))


def t321_qua_plain102(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Take all the blocks out of the bowls and put them on the table.",
                 _r(*(Rel("on_table", b) for b in inside)))


# ----- negated --------------------------------------------------------------------------------------
def t321_neg_pharmacist(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    return bowl and _made(w, f"Please make sure that no block remains in the {bowl}.", _act(empty(bowl)))


def t321_neg_builder3(w: World) -> Made:
    b = _one(w, _movable(w))
    if not b or len(w.blocks) < 3:
        return None
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"Bin everything except the {b}.", _act(binned(rest), none_binned([b])))


def t321_neg_auntie5(w: World) -> Made:
    p = _one(w, w.pairs())
    return p and _made(w, f"Oh dear, the {p[0]} shouldn't be sitting on the {p[1]}. Could you take it off, love?",
                       _r(Rel("on", *p, negated=True)))


def t321_neg_turkish(w: World) -> Made:
    b = _one(w, w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b)
    return _made(w, f"The {b} is not belong in the {bowl}. Take it out please.",
                 _r(Rel("in", b, bowl, negated=True)))


def t321_neg_coach5(w: World) -> Made:
    below = _one(w, sorted({s for _t, s in w.pairs()}))
    return below and _made(w, f"Nobody stays on the {below}! Get everything off it, come on!",
                           _r(Rel("clear", below)))


def t321_neg_plain102(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    return _made(w, f"Put all the blocks in the bin, but not the ones in the {bowl}.",
                 _act(binned(rest), none_binned(inside)))


# ----- relative -------------------------------------------------------------------------------------
def t321_rel_pharmacist(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if not w.state.in_bowl(o)])
    if not bowl:
        return None
    near = _winner({b: w.dist(b, bowl) for b in _movable(w)})
    if not near or near in w.in_bowls():
        return None
    return _made(w, f"Please place the block that is closest to the {bowl} into that bowl.",
                 _r(Rel("in", near, bowl)))


def t321_rel_builder3(w: World) -> Made:
    left = _winner({b: w.y(b) for b in _movable(w)})
    return left and _made(w, "Leftmost block, in the bin.", _r(Rel("in_bin", left)))


def t321_rel_auntie5(w: World) -> Made:
    p = _one(w, w.pairs())
    if not p:
        return None
    bowl = _bowl_with_room(w, p[0])
    return bowl and _made(w, f"Sweetheart, the block sitting on the {p[1]}, could you pop it in the {bowl}?",
                          _r(Rel("in", p[0], bowl)))


def t321_rel_turkish(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if len(w.state.in_bowl(o)) == 1])
    if not bowl:
        return None
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"Take the block in the {bowl} and put it on the middle.", _r(Rel("at", b, PLACES[4])))


def t321_rel_coach5(w: World) -> Made:
    right = _winner({b: -w.y(b) for b in _movable(w)})
    ys = [y for y in w.blocks if right and _can_stack(w, right, y)]
    if not right or not ys:
        return None
    y = _one(w, ys)
    return _made(w, f"Grab the block farthest to the right and stack it on the {y}! Quick hands!",
                 _r(Rel("on", right, y)))


def t321_rel_plain102(w: World) -> Made:
    near = _winner({b: _place_dist(w, b, PLACES[0]) for b in _movable(w)})
    return near and _made(w, "Move the block nearest the top left corner into the bin.", _r(Rel("in_bin", near)))


# ----- keep -----------------------------------------------------------------------------------------
def t321_keep_pharmacist(w: World) -> Made:
    p = _pair_bowl(w)
    keep = p and _other(w, *p)
    if not keep or not _untouched(w, keep, p[0]):
        return None
    return _made(w, f"Please put the {p[0]} in the {p[1]}, but leave the {keep} exactly where it is.",
                 _act(rels(Rel("in", *p)), kept(keep)))


def t321_keep_builder3(w: World) -> Made:
    p = _stack_pair(w)
    bowl = p and _one(w, [o for o in w.bowls if not {*p} & {*w.state.in_bowl(o)}])
    return bowl and _made(w, f"{p[0].capitalize()} on the {p[1]}. Leave the {bowl} alone.",
                          _act(rels(Rel("on", *p)), _same_bowl(bowl)))


def t321_keep_auntie5(w: World) -> Made:
    table = w.state.on_the_table()
    keep = _one(w, [b for b in table if w.state.support[b] not in w.state.support])
    if not keep or len(table) < 2:
        return None
    rest = [b for b in table if b != keep]
    return _made(w, f"Could you put all the blocks on the table into the bin, love, but leave the {keep} where "
                    "it is? It's my favourite.", _act(binned(rest), kept(keep)))


def t321_keep_turkish(w: World) -> Made:
    b = _one(w, _movable(w))
    keep = b and _other(w, b)
    if not keep or not _untouched(w, keep, b):
        return None
    return _made(w, f"Put the {b} on the top left corner, but the {keep} don't move it.",
                 _act(rels(Rel("at", b, PLACES[0])), kept(keep)))


def t321_keep_coach5(w: World) -> Made:
    table = w.state.on_the_table()
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not table or not bowl:
        return None
    return _made(w, f"Every block on the table into the bin, team, but the {bowl} stays exactly as it is!",
                 _act(binned(table), _same_bowl(bowl)))


def t321_keep_plain102(w: World) -> Made:
    b = _one(w, _movable(w))
    keep = b and _other(w, b)
    if not keep or not _untouched(w, keep, b):
        return None
    return _made(w, f"Move the {b} to the bottom right corner and don't touch the {keep}.",
                 _act(rels(Rel("at", b, PLACES[3])), kept(keep)))


# ----- multi_step -----------------------------------------------------------------------------------
def t321_multi_pharmacist(w: World) -> Made:
    p = _pair_bowl(w)
    second = p and _other(w, *p)
    if not second or p[0] in w.state.above(second):
        return None
    return _made(w, f"First, place the {p[0]} in the {p[1]}. After that, place the {second} in the bin.",
                 _r(Rel("in", *p), Rel("in_bin", second)))


def t321_multi_builder3(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    tops = [t for t in _movable(w) if t not in (x, y) and t not in _below(w.state, y)
            and len(_below(w.state, y)) + 3 <= layout.MAX_TOWER and x not in w.state.above(t)]
    t = _one(w, tops)
    return t and _made(w, f"{x.capitalize()} on the {y}, then the {t} on the {x}.",
                       _r(Rel("on", x, y), Rel("on", t, x)))


def t321_multi_auntie5(w: World) -> Made:
    p = _one(w, w.pairs())
    if not p:
        return None
    top, below = p
    bowl = _bowl_with_room(w, below)
    return bowl and _made(w, f"Oh love, first take the {top} off the {below}, and then pop the {below} in the "
                             f"{bowl}, would you?", _r(Rel("in", below, bowl), Rel("on", top, below, negated=True)))


def t321_multi_turkish(w: World) -> Made:
    a = _one(w, _movable(w))
    b = a and _other(w, a)
    if not b or a in w.state.above(b):
        return None
    return _made(w, f"First the {a} put in the bin, after put the {b} on middle.",
                 _r(Rel("in_bin", a), Rel("at", b, PLACES[4])))


def t321_multi_coach5(w: World) -> Made:
    three = w.pick(_movable(w), 3)
    if not three:
        return None
    a, b, c = three
    return _made(w, f"Three moves, team! {a.capitalize()} to the top left corner, {b} to the top right corner, "
                    f"then the {c} in the bin! Go!",
                 _r(Rel("at", a, PLACES[0]), Rel("at", b, PLACES[1]), Rel("in_bin", c)))


def t321_multi_plain102(w: World) -> Made:
    p = _pair_bowl(w)
    g = p and _other(w, *p)
    if not g or g in _below(w.state, p[0]) or not _room(w, p[1], 2):
        return None
    return _made(w, f"Put the {p[0]} in the {p[1]}, then put the {g} on top of it.",
                 _r(Rel("in", *p), Rel("on", g, p[0])))


# ----- question -------------------------------------------------------------------------------------
def t321_q_pharmacist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"Could you confirm exactly how many blocks are in the {bowl} at the moment?", answered(str(n))


def t321_q_builder3(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    return bowl and (f"What's in the {bowl}?", answered("|".join(w.state.in_bowl(bowl))))


def t321_q_auntie5(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = _one(w, w.pairs())
    else:
        a, b = w.pick(w.blocks, 2)
    flag = holds(Rel("on", a, b), w.state)
    return f"Sweetie, is the {a} sitting on the {b}?", answered(yes(flag))


def t321_q_turkish(w: World) -> Made:
    b = _one(w, _movable(w))
    where = w.state.support[b]
    return f"Where is the {b}?", answered(where)


def t321_q_coach5(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "Quick count, team: how many blocks are on the table right now?", answered(str(n))


def t321_q_plain102(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"Is there anything in the {bowl}?", answered(yes(bool(w.state.in_bowl(bowl))))


# ----- matching -------------------------------------------------------------------------------------
def t321_match_pharmacist(w: World) -> Made:
    want = _colour_goals(w)
    return want and _made(w, "Please sort each block into the bowl of the same colour, where there is one.",
                          _r(*want))


def t321_match_builder3(w: World) -> Made:
    want = _colour_goals(w)
    return want and _made(w, "Blocks into their matching bowls.", _r(*want))


def t321_match_auntie5(w: World) -> Made:
    todo = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    r = _one(w, todo)
    return r and _made(w, f"Darling, could you put the {r.block} in the bowl that matches it?", _r(r))


def t321_match_turkish(w: World) -> Made:
    want = _colour_goals(w)
    return want and _made(w, "Please put the blocks to the bowl with same colour like them, if there is one.",
                          _r(*want))


def t321_match_coach5(w: World) -> Made:
    want = _colour_goals(w)
    return want and _made(w, "Colour match drill! Every block that has a bowl of its own colour goes home to it!",
                          _r(*want))


def t321_match_plain102(w: World) -> Made:
    want = _colour_goals(w)
    if not want:
        return None
    movers = {r.block for r in want if not holds(r, w.state)}
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(b in w.state.above(m) for m in movers for b in rest):
        return None
    return _made(w, "Put each block that has a bowl of its colour into that bowl, and leave the rest where they are.",
                 _act(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pharmacist", "builder3", "auntie5", "turkish", "coach5", "plain102")
FRESH321: list[Template] = [
    (f"t321_{short}_{style}", category, globals()[f"t321_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
