"""`FRESH355`, the three-hundred-and-fifty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a tabletop through a chat window, asking it to move,
stack, bin and sort blocks, and asking what is where. Six personas write them:
- nurse8: a nurse, reassuring and practical ("Okay, let's get the red block into the blue bowl, nice and easy.")
- lawyer7: a lawyer, in formal clauses ("The green block shall be deposited in the bin forthwith.")
- aunt7: an aunt, fussing and affectionate ("Sweetie, pop the pink block over in the top left corner, would you?")
- arabic6: an Arabic speaker writing English with small slips ("Please you put the red block inside the bin.")
- poet7: a poet, with whimsical imagery ("Let the white block sleep in the green bowl tonight.")
- plain136: a plain, ordinary adult ("Move the blue block onto the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at cfc3ccb, the code of bf5dfea, before anything it could
prompt): 0.90 goal-correct (270 of 300), 25 refused, 0 questions, 0 wrong actions, 5 wrong replies: a poet's 'how many
blocks are dreaming in W?'. The refusals: an aunt's '..., dear, it always has'; a poet's '..., a small moon on a brown
sky', 'let nothing rest upon its shoulders', 'let X fly to ..., and at last crown them both with Y'; a lawyer's 'Each
block whose colour corresponds to that of a bowl shall be placed in the said bowl.'
"""

from __future__ import annotations

import math

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03  # metres: a clear winner for "leftmost", "nearest" and the like


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _r(*want: Rel) -> Check:
    return _act(rels(*want))


def _col(name: str) -> str:
    """"red block" -> "red"."""
    return name.split()[0]


def _on_table(s: SymState, b: str) -> bool:
    return s.base(b) in (TABLE, *PLACES)


def _movable(w: World) -> list[str]:
    """Clear blocks that are not in the bin."""
    return w.clear_blocks()


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(s: SymState, b: str) -> int:
    """How many blocks stand from the bottom of b's tower up to b, b included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _tower(s: SymState, b: str) -> set[str]:
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return {bottom, *s.above(bottom)}


def _stack(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(block, target): two different clear blocks, the target's tower low enough to take one more."""
    free = [b for b in _movable(w) if b not in exclude]
    pairs = [(a, t) for a in free for t in free if a != t and _depth(w.state, t) < layout.MAX_TOWER]
    return w.pick(pairs)[0] if pairs else None


def _bowl_for(w: World, block: str) -> str | None:
    """A bowl with room that does not already hold the block."""
    bowls = [b for b in w.bowls if _room(w, b) and w.state.base(block) != b]
    return w.pick(bowls)[0] if bowls else None


def _winner(items: list[str], key) -> str | None:
    """The item with the smallest key, when it beats the next by the margin."""
    if not items:
        return None
    ranked = sorted(items, key=key)
    if len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < _MARGIN:
        return None
    return ranked[0]


def _visible(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _place_dist(w: World, b: str, place: str) -> float:
    (x, y), p = layout.PLACES[place], w.scene.get(b).position
    return math.hypot(p[0] - x, p[1] - y)


def _where(w: World, b: str) -> str:
    s = w.state.support[b]
    return TABLE if s == TABLE else s


# ----- imperative ------------------------------------------------------------------------------------
def t355_imp_nurse8(w: World) -> Made:
    b = w.pick(_movable(w))
    bowl = _bowl_for(w, b[0]) if b else None
    if not bowl:
        return None
    return _made(w, f"Okay, let's move the {b[0]} into the {bowl} for me, nice and gently.", _r(Rel("in", b[0], bowl)))


def t355_imp_lawyer7(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    return _made(w, f"Place the {p[0]} upon the {p[1]}.", _r(Rel("on", *p)))


def t355_imp_aunt7(w: World) -> Made:
    b, place = w.pick(_movable(w)), w.pick(PLACES[:4])[0]
    if not b:
        return None
    return _made(w, f"Sweetie, pop the {b[0]} over in the {place}, would you?", _r(Rel("at", b[0], place)))


def t355_imp_arabic6(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"Please you put the {b[0]} inside the bin.", _r(Rel("in_bin", b[0])))


def t355_imp_poet7(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"Let the {b[0]} drift down to the middle of the table, like a leaf settling.",
                 _r(Rel("at", b[0], PLACES[4])))


def t355_imp_plain136(w: World) -> Made:
    b = w.pick([x for x in _movable(w) if w.state.support[x] in w.bowls])
    if not b:
        return None
    bowl = w.state.support[b[0]]
    return _made(w, f"Take the {b[0]} out of the {bowl} and put it on the table.", _r(Rel("on_table", b[0])))


# ----- declarative -----------------------------------------------------------------------------------
def t355_dec_nurse8(w: World) -> Made:
    b = w.pick(_movable(w))
    bowl = _bowl_for(w, b[0]) if b else None
    if not bowl:
        return None
    return _made(w, f"The {b[0]} needs to be in the {bowl}, that's all we need.", _r(Rel("in", b[0], bowl)))


def t355_dec_lawyer7(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"The {b[0]} shall be deposited in the bin forthwith.", _r(Rel("in_bin", b[0])))


def t355_dec_aunt7(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    return _made(w, f"Oh, the {p[0]} belongs on top of the {p[1]}, dear, it always has.", _r(Rel("on", *p)))


def t355_dec_arabic6(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"The {b[0]} must to be on the bottom right corner.", _r(Rel("at", b[0], PLACES[3])))


def t355_dec_poet7(w: World) -> Made:
    b = w.pick(_movable(w))
    bowl = _bowl_for(w, b[0]) if b else None
    if not bowl:
        return None
    return _made(w, f"Tonight the {b[0]} sleeps in the {bowl}.", _r(Rel("in", b[0], bowl)))


def t355_dec_plain136(w: World) -> Made:
    b = w.pick([x for x in _movable(w) if w.state.support[x] != TABLE])
    if not b:
        return None
    return _made(w, f"The {b[0]} has to go on the table.", _r(Rel("on_table", b[0])))


# ----- desiderative ----------------------------------------------------------------------------------
def t355_des_nurse8(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"I'd like the {b[0]} in the bin, if that's alright with you.", _r(Rel("in_bin", b[0])))


def t355_des_lawyer7(w: World) -> Made:
    p = _stack(w)
    if not p:
        return None
    return _made(w, f"It is my wish that the {p[0]} be placed on the {p[1]}.", _r(Rel("on", *p)))


def t355_des_aunt7(w: World) -> Made:
    b = w.pick(_movable(w))
    bowl = _bowl_for(w, b[0]) if b else None
    if not bowl:
        return None
    return _made(w, f"I'd just love to see the {b[0]} sitting in the {bowl}, sweetie.", _r(Rel("in", b[0], bowl)))


def t355_des_arabic6(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"I want that the {b[0]} go to the top right corner.", _r(Rel("at", b[0], PLACES[1])))


def t355_des_poet7(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"I long to see the {b[0]} standing in the middle of the table, a small moon on a brown sky.",
                 _r(Rel("at", b[0], PLACES[4])))


def t355_des_plain136(w: World) -> Made:
    two = w.pick(_movable(w), 2)
    bowls = [b for b in w.bowls if _room(w, b, 2) and all(w.state.base(x) != b for x in two)]
    if len(two) < 2 or not bowls:
        return None
    a, b, bowl = two[0], two[1], bowls[0]
    return _made(w, f"Could I have the {a} and the {b} in the {bowl}?", _r(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- quantified ------------------------------------------------------------------------------------
def t355_qua_nurse8(w: World) -> Made:
    return _made(w, "Let's get all the blocks into the bin, one at a time, no rush.", _act(binned(w.blocks)))


def t355_qua_lawyer7(w: World) -> Made:
    inside = w.in_bowls()
    out = [b for b in w.blocks if b not in inside]
    if not inside or not out:
        return None
    return _made(w, "Every block not contained in a bowl shall be deposited in the bin.",
                 _act(binned(out), none_binned(inside)))


def t355_qua_aunt7(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len([b for b in w.blocks if w.state.base(b) != BIN]) < 2:
        return None
    return _made(w, f"Put two blocks in the {bowls[0]} for me, love, any two will do.",
                 _act(count_in(bowls[0], 2)))


def t355_qua_arabic6(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    place = PLACES[0]
    check = _act(lambda _i, f: sum(1 for b in f.blocks if f.base(b) == place) == 3)
    return _made(w, f"Please put three block on the {place}, any of them is ok.", check)


def t355_qua_poet7(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    check = _act(lambda _i, f: all(_on_table(f, b) for b in inside))
    return _made(w, "Gather every block out of the bowls and lay them on the table, like fruit spilled from baskets.",
                 check)


def t355_qua_plain136(w: World) -> Made:
    out = [b for b in w.blocks if b not in w.in_bowls()]
    bowls = [b for b in w.bowls if _room(w, b, len(out))]
    if not out or not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Put every block that isn't in a bowl into the {bowl}.",
                 _r(*(Rel("in", b, bowl) for b in out)))


# ----- negated ---------------------------------------------------------------------------------------
def t355_neg_nurse8(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    inside = w.state.in_bowl(bowl)
    check = _act(empty(bowl), lambda _i, f: all(_on_table(f, b) for b in inside))
    return _made(w, f"No block should stay in the {bowl}, okay? Just set them down on the table.", check)


def t355_neg_lawyer7(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"The {bowl} shall contain no blocks whatsoever.", _act(empty(bowl)))


def t355_neg_aunt7(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"The {top} shouldn't be sitting on the {below}, dear, take it off.",
                 _r(Rel("on", top, below, negated=True)))


def t355_neg_arabic6(w: World) -> Made:
    b = w.pick(w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b[0])
    return _made(w, f"The {b[0]} must not be in the {bowl}, take it out from there please.",
                 _r(Rel("in", b[0], bowl, negated=True)))


def t355_neg_poet7(w: World) -> Made:
    under = [s for _t, s in w.pairs()]
    if not under:
        return None
    b = w.pick(under)[0]
    return _made(w, f"Free the {b}; let nothing rest upon its shoulders.", _r(Rel("clear", b)))


def t355_neg_plain136(w: World) -> Made:
    keep = w.pick([b for b in w.blocks if w.state.support[b] not in w.state.support])
    if not keep or len(w.blocks) < 2:
        return None
    rest = [b for b in w.blocks if b != keep[0]]
    return _made(w, f"Put everything except the {keep[0]} in the bin.", _act(binned(rest), none_binned(keep)))


# ----- relative --------------------------------------------------------------------------------------
def t355_rel_nurse8(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"Could you take the block that's sitting on the {below} and put it in the bin?",
                 _r(Rel("in_bin", top)))


def t355_rel_lawyer7(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    b = _winner([x for x in _visible(w) if w.state.base(x) != bowl], lambda x: w.dist(x, bowl))
    if not b or not _on_table(w.state, b):
        return None
    return _made(w, f"The block situated nearest to the {bowl} shall be moved to the top left corner.",
                 _r(Rel("at", b, PLACES[0])))


def t355_rel_aunt7(w: World) -> Made:
    b = _winner(_visible(w), w.y)
    bowl = _bowl_for(w, b) if b else None
    if not bowl:
        return None
    return _made(w, f"Sweetie, the block furthest to the left, could you pop it in the {bowl}?",
                 _r(Rel("in", b, bowl)))


def t355_rel_arabic6(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"Take the block which is in the {bowl} and put it on the table.", _r(Rel("on_table", b)))


def t355_rel_poet7(w: World) -> Made:
    b = _winner(_visible(w), lambda x: -w.y(x))
    if not b:
        return None
    return _made(w, "The block that wanders farthest to the right, let it travel to the bin.", _r(Rel("in_bin", b)))


def t355_rel_plain136(w: World) -> Made:
    place = PLACES[2]
    b = _winner(_visible(w), lambda x: _place_dist(w, x, place))
    if not b:
        return None
    return _made(w, f"Put the block closest to the {place} in the bin.", _r(Rel("in_bin", b)))


# ----- keep ------------------------------------------------------------------------------------------
def t355_keep_nurse8(w: World) -> Made:
    b = w.pick(_movable(w))
    bowl = _bowl_for(w, b[0]) if b else None
    other = w.pick([x for x in w.blocks if b and x != b[0]])
    if not bowl or not other:
        return None
    return _made(w, f"Let's put the {b[0]} in the {bowl}, but leave the {other[0]} right where it is.",
                 _act(rels(Rel("in", b[0], bowl)), kept(other[0])))


def t355_keep_lawyer7(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    b = w.pick([x for x in _movable(w) if w.state.base(x) != bowl])
    if not b:
        return None
    return _made(w, f"Move the {b[0]} to the bin; the {bowl} and its contents shall not be disturbed.",
                 _act(rels(Rel("in_bin", b[0])), kept(*w.state.in_bowl(bowl))))


def t355_keep_aunt7(w: World) -> Made:
    p = _stack(w)
    other = w.pick([x for x in w.blocks if p and x not in p])
    if not other:
        return None
    return _made(w, f"Stack the {p[0]} on the {p[1]}, dear, but don't you touch the {other[0]}.",
                 _act(rels(Rel("on", *p)), kept(other[0])))


def t355_keep_arabic6(w: World) -> Made:
    keep = w.pick([b for b in w.blocks if w.state.support[b] not in w.state.support])
    if not keep or len(w.blocks) < 2:
        return None
    rest = [b for b in w.blocks if b != keep[0]]
    return _made(w, f"Put all the blocks in the bin but not touch the {keep[0]} please.",
                 _act(binned(rest), kept(keep[0])))


def t355_keep_poet7(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    tower = _tower(w.state, below)
    b = w.pick([x for x in _movable(w) if x not in tower])
    if not b:
        return None
    return _made(w, f"Carry the {b[0]} off to the top right corner, and leave the tower with the {top} on "
                    f"the {below} standing just as it is.",
                 _act(rels(Rel("at", b[0], PLACES[1])), kept(*tower)))


def t355_keep_plain136(w: World) -> Made:
    bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) >= 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    stay = w.pick([x for x in w.state.in_bowl(bowl) if w.state.support[x] == bowl])
    if not stay:
        return None
    others = [x for x in w.state.in_bowl(bowl) if x != stay[0]]
    return _made(w, f"Clear out the {bowl}, but the {stay[0]} stays in there.",
                 _act(kept(stay[0]), lambda _i, f: all(f.base(x) != bowl for x in others)))


# ----- multi-step ------------------------------------------------------------------------------------
def t355_multi_nurse8(w: World) -> Made:
    first = w.pick(_movable(w))
    p = _stack(w, exclude=tuple(first))
    if not first or not p:
        return None
    return _made(w, f"First put the {first[0]} in the bin, then the {p[0]} goes on the {p[1]}. You're doing great.",
                 _r(Rel("in_bin", first[0]), Rel("on", *p)))


def t355_multi_lawyer7(w: World) -> Made:
    two = w.pick(_movable(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    return _made(w, f"Firstly, the {a} shall be moved to the top left corner; secondly, the {b} shall be placed upon "
                    f"the {a}.", _r(Rel("at", a, PLACES[0]), Rel("on", b, a)))


def t355_multi_aunt7(w: World) -> Made:
    two = w.pick(_movable(w), 2)
    bowl = _bowl_for(w, two[1]) if len(two) == 2 else None
    if not bowl:
        return None
    a, b = two
    return _made(w, f"First move the {a} to the middle, and after that pop the {b} in the {bowl}, there's a love.",
                 _r(Rel("at", a, PLACES[4]), Rel("in", b, bowl)))


def t355_multi_arabic6(w: World) -> Made:
    two = w.pick(_movable(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    return _made(w, f"Take the {a} to the bin, after this take the {b} also to the bin.", _act(binned([a, b])))


def t355_multi_poet7(w: World) -> Made:
    three = w.pick(_movable(w), 3)
    if len(three) < 3:
        return None
    a, b, c = three
    return _made(w, f"First let the {a} fly to the bottom right corner, then set the {b} upon it, and at last crown "
                    f"them both with the {c}.",
                 _r(Rel("at", a, PLACES[3]), Rel("on", b, a), Rel("on", c, b)))


def t355_multi_plain136(w: World) -> Made:
    low = w.pick([x for x in _movable(w) if w.state.support[x] != TABLE])
    top = w.pick([x for x in _movable(w) if low and x != low[0]])
    if not top:
        return None
    return _made(w, f"Put the {low[0]} on the table, then put the {top[0]} on top of it.",
                 _r(Rel("on_table", low[0]), Rel("on", top[0], low[0])))


# ----- question --------------------------------------------------------------------------------------
def t355_q_nurse8(w: World) -> Made:
    bowls = [b for b in w.bowls if 1 <= len(w.state.in_bowl(b)) <= 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return f"What's in the {bowl} right now?", answered("|".join(w.state.in_bowl(bowl)))


def t355_q_lawyer7(w: World) -> Made:
    return ("Kindly state how many blocks are presently located on the table.",
            answered(str(len(w.state.on_the_table()))))


def t355_q_aunt7(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.pick(pairs)[0]
    else:
        two = w.pick(w.blocks, 2)
        top, below = two[0], two[1]
    return (f"Is the {top} sitting on the {below}, dear?",
            answered(yes(holds(Rel("on", top, below), w.state))))


def t355_q_arabic6(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return f"Where is the {b}? I don't find it.", answered(_where(w, b))


def t355_q_poet7(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return (f"Tell me, how many blocks are dreaming in the {bowl}?",
            answered(str(len(w.state.in_bowl(bowl)))))


def t355_q_plain136(w: World) -> Made:
    b = w.pick(w.in_bowls())
    if not b:
        return None
    return f"Which bowl is the {b[0]} in?", answered(w.state.base(b[0]))


# ----- matching --------------------------------------------------------------------------------------
def _matchable(w: World, want: list[Rel]) -> bool:
    """Every bowl still to receive a block has room for it."""
    todo = [r for r in want if not holds(r, w.state)]
    return bool(todo) and all(_room(w, r.target, sum(1 for q in todo if q.target == r.target)) for r in todo)


def t355_match_nurse8(w: World) -> Made:
    want = matching(w)
    if not _matchable(w, want):
        return None
    return _made(w, "Let's sort the blocks into the bowls that match their colours, okay?", _r(*want))


def t355_match_lawyer7(w: World) -> Made:
    want = matching(w)
    if not _matchable(w, want):
        return None
    return _made(w, "Each block whose colour corresponds to that of a bowl shall be placed in the said bowl.",
                 _r(*want))


def t355_match_aunt7(w: World) -> Made:
    want = [r for r in matching(w) if _matchable(w, [r])]
    if not want:
        return None
    r = w.pick(want)[0]
    return _made(w, f"Could you put the {r.block} in the bowl of its own colour, dear?", _r(r))


def t355_match_arabic6(w: World) -> Made:
    want = matching(w)
    if not _matchable(w, want):
        return None
    return _made(w, "Put every block in the bowl which have same colour of it.", _r(*want))


def t355_match_poet7(w: World) -> Made:
    want = matching(w)
    if not _matchable(w, want):
        return None
    return _made(w, "Let each block find its way home to the bowl that wears its colour.", _r(*want))


def t355_match_plain136(w: World) -> Made:
    want = [r for r in matching(w) if _matchable(w, [r])]
    if len(want) < 2:
        return None
    a, b = w.pick(want, 2)
    return _made(w, f"Put the {a.block} in the {a.target} and the {b.block} in the {b.target}.", _r(a, b))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse8", "lawyer7", "aunt7", "arabic6", "poet7", "plain136")
FRESH355: list[Template] = [
    (f"t355_{short}_{style}", category, globals()[f"t355_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
