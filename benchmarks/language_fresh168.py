"""`FRESH168`, the hundred-and-sixty-ninth untuned batch: sixty language templates, six per category,
for the offline planner.

The theme is permissions and prohibitions on the means: besides the goal, people say what the robot may and may not
touch, use or move while it does the job. A permission ("you may move the green block out of the way") never obliges
the robot to move anything; a prohibition on a block means that block rests where it rested at the start; a
prohibition on a place (a bowl, the bin, a corner) means no block ends up there that was not there at the start; a
restriction to some blocks means every other block stays where it was. The checks accept any final state that reaches
the goal with nothing left in the gripper and breaks none of the rules, in any order and with any free choice the
words leave open; each scene is chosen so that the goal is reachable within the rules.

- mayclear: "Put the red block in the blue bowl. You may move the green block out of the way, but not the cyan one."
- offlimits: "Move the red block onto the pink block, but don't touch the white block."
- noplace: "Take the red block out of the blue bowl, but don't put anything in the bin."
- onlyuse: "Using only the red and the green block, build a tower of two in the middle."
- feelfree: "Put the red block in the blue bowl. Feel free to move any other block, except the white one."
- policy: "Put the red block in the bin. House rule: blocks in bowls are not to be moved."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 1824f4e, the code of f308f88, before anything it could prompt): 0.3433
goal-correct (103 of 300), 185 refused, 5 asked. Two wrong actions: "Never put anything in W. Just make sure X is not on
the table." put X in W (the rule against W was dropped as a restatement). Five wrong replies: 'Is there a block sitting
on X that you would have to move out of the way before picking it up?'. The refusals were the permissions themselves
('you may move X out of the way if you need to, but not Y', 'feel free to move any other block, except Y', 'X is off
limits', 'the bin is out of bounds', 'stay out of W', 'no block may leave its bowl') and 'using only X and Y'.
"""

from __future__ import annotations

from collections.abc import Iterable

from benchmarks.planner_language import Check, Made, Template, World, answered, yes
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

CORNERS = [p for p in PLACES if p != "middle"]
ON_TABLE = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _rule(goal: Iterable[Rel] | Check, frozen: Iterable[str] = (), banned: Iterable[str] = ()) -> Check:
    """The goal holds, nothing is held, no `frozen` block moved and no block newly rests in a `banned` place."""
    frozen, banned = list(frozen), list(banned)
    if callable(goal):
        ok = goal
    else:
        want = list(goal)
        ok = lambda _i, f: all(holds(r, f) for r in want)  # noqa: E731

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None or not ok(i, f):
            return False
        if any(i.support[b] != f.support[b] for b in frozen):
            return False
        return not any(f.base(b) == p and i.base(b) != p for p in banned for b in f.blocks)

    return check


def _to(block: str, target: str, w: World) -> Rel:
    if target in w.bowls:
        return Rel("in", block, target)
    if target == BIN:
        return Rel("in_bin", block)
    if target in PLACES:
        return Rel("at", block, target)
    if target == TABLE:
        return Rel("on_table", block)
    return Rel("on", block, target)


def _free(w: World) -> list[str]:
    """Clear blocks out of the bin."""
    return w.clear_blocks()


def _room(w: World, n: int = 1, avoid: Iterable[str] = ()) -> list[str]:
    return [b for b in w.bowls if len(w.state.in_bowl(b)) + n <= 4 and b not in avoid]


def _tops(w: World) -> list[tuple[str, str]]:
    """(top, below): a clear block resting directly on another block."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _others(w: World, *skip: str) -> list[str]:
    return [b for b in w.blocks if b not in skip]


def _short(block: str) -> str:
    return block.split()[0]


def _towers(w: World) -> list[list[str]]:
    """Every tower (bottom first) of two or more blocks."""
    s = w.state
    return [[b, *reversed(s.above(b))] for b in w.blocks if s.support[b] not in s.support and s.above(b)]


def _movers(w: World) -> list[str]:
    """Blocks with a bowl of their colour that are not in it yet."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return [b for b in w.blocks if w.colour(b) in by_colour and w.state.base(b) != by_colour[w.colour(b)]]


def _bowl_of(w: World, block: str) -> str:
    return next(b for b in w.bowls if w.colour(b) == w.colour(block))


def _not_done(made: tuple[str, Check], w: World) -> Made:
    text, check = made
    return None if check(w.state, w.state) else (text, check)


# ----- imperative -----------------------------------------------------------------------------------
def t168_imp_mayclear(w: World) -> Made:
    tops = [(c, b) for c, b in _tops(w) if w.state.above(b) == [c]]
    if not tops:
        return None
    c, b = w.pick(tops)[0]
    bowl = _one(w, [x for x in _room(w) if w.state.base(b) != x])
    if bowl is None:
        return None
    d = _one(w, _others(w, b, c))
    if d is None:
        return _not_done((f"Put the {b} in the {bowl}. You may move the {c} out of the way if you need to.",
                          _rule([_to(b, bowl, w)])), w)
    return _not_done((f"Put the {b} in the {bowl}. You may move the {c} out of the way if you need to, "
                      f"but not the {d}.", _rule([_to(b, bowl, w)], frozen=[d])), w)


def t168_imp_offlimits(w: World) -> Made:
    b = _one(w, _free(w))
    if b is None:
        return None
    t = _one(w, [x for x in _free(w) if x != b])
    x = _one(w, _others(w, b, t or ""))
    if t is None or x is None:
        return None
    return _not_done((f"Move the {b} onto the {t}, but don't touch the {x}.", _rule([_to(b, t, w)], frozen=[x])), w)


def t168_imp_noplace(w: World) -> Made:
    b = _one(w, [x for x in _free(w) if w.state.base(x) in w.bowls])
    if b is None:
        return None
    bowl = w.state.base(b)
    return (f"Take the {b} out of the {bowl}, but don't put anything in the bin.",
            _rule(lambda _i, f: f.base(b) != bowl, banned=[BIN]))


def t168_imp_onlyuse(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair:
        return None
    a, b = pair
    place = w.pick(list(PLACES))[0]
    rest = _others(w, a, b)

    def tower(_i: SymState, f: SymState) -> bool:
        s = f.support
        return (s[a] == place and s[b] == a) or (s[b] == place and s[a] == b)

    return (f"Using only the {_short(a)} and the {_short(b)} blocks, build a tower of two in the {place}.",
            _rule(tower, frozen=rest))


def t168_imp_feelfree(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if w.state.support[x] != BIN])
    if b is None:
        return None
    bowl = _one(w, [x for x in _room(w) if w.state.base(b) != x])
    x = _one(w, [y for y in _others(w, b) if y not in w.state.above(b)])
    if bowl is None or x is None:
        return None
    return (f"Put the {b} in the {bowl}. Feel free to move any other block, except the {x}.",
            _rule([_to(b, bowl, w)], frozen=[x]))


def t168_imp_policy(w: World) -> Made:
    b = _one(w, [x for x in _free(w) if w.state.base(x) not in w.bowls])
    if b is None:
        return None
    return (f"Put the {b} in the bin. House rule: blocks in bowls are not to be moved.",
            _rule([_to(b, BIN, w)], frozen=w.in_bowls()))


# ----- declarative ----------------------------------------------------------------------------------
def t168_dec_mayclear(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    c, b = w.pick(tops)[0]
    return (f"The {b} ends up in the bin. The {c} is sitting on it, and you're allowed to put the {c} wherever "
            f"you like.", _rule([_to(b, BIN, w)]))


def t168_dec_offlimits(w: World) -> Made:
    b = _one(w, _free(w))
    if b is None:
        return None
    x = _one(w, _others(w, b))
    if x is None:
        return None
    return (f"When you're finished, the {b} is in the bin and the {x} is exactly where it is now: the {x} is "
            f"off limits.", _rule([_to(b, BIN, w)], frozen=[x]))


def t168_dec_noplace(w: World) -> Made:
    b = _one(w, _free(w))
    if b is None:
        return None
    t = _one(w, [x for x in _free(w) if x != b])
    if t is None:
        return None
    corner = w.pick(CORNERS)[0]
    return _not_done((f"The {b} is on top of the {t}, and nothing is in the {corner}: that corner is not to be "
                      f"used.", _rule([_to(b, t, w)], banned=[corner])), w)


def t168_dec_onlyuse(w: World) -> Made:
    a = _one(w, _free(w))
    if a is None:
        return None
    bowl = _one(w, [x for x in _room(w) if w.state.base(a) != x])
    if bowl is None:
        return None
    return (f"The {a} is in the {bowl}, and it is the only block that gets moved.",
            _rule([_to(a, bowl, w)], frozen=_others(w, a)))


def t168_dec_feelfree(w: World) -> Made:
    b = _one(w, _free(w))
    t = _one(w, [x for x in _free(w) if x != b])
    if b is None or t is None or w.state.support[b] == t:
        return None
    corner = w.pick(CORNERS)[0]
    return (f"At the end the {b} sits directly on the {t}. Feel free to set blocks down anywhere on the table in "
            f"the meantime, except the {corner}.", _rule([_to(b, t, w)], banned=[corner]))


def t168_dec_policy(w: World) -> Made:
    b = _one(w, [x for x in _free(w) if w.state.base(x) not in w.bowls])
    if b is None:
        return None
    t = _one(w, [x for x in _free(w) if x != b])
    if t is None:
        return None
    inside = {x: w.state.base(x) for x in w.in_bowls()}

    def stay(_i: SymState, f: SymState) -> bool:
        return all(f.base(x) == bowl for x, bowl in inside.items())

    return _not_done((f"The {b} sits on the {t}. The rule here is that no block may leave its bowl.",
                      _rule(lambda i, f: holds(_to(b, t, w), f) and stay(i, f))), w)


# ----- desiderative ---------------------------------------------------------------------------------
def t168_des_mayclear(w: World) -> Made:
    tops = [(c, b) for c, b in _tops(w) if w.state.above(b) == [c]]
    if not tops:
        return None
    c, b = w.pick(tops)[0]
    t = _one(w, [x for x in _free(w) if x not in (b, c)])
    if t is None:
        return None
    return (f"I'd like the {b} stacked on the {t}. You have my permission to lift the {c} off it first.",
            _rule([_to(b, t, w)]))


def t168_des_offlimits(w: World) -> Made:
    b = _one(w, _free(w))
    if b is None:
        return None
    xs = w.pick(_others(w, b), 2)
    if not xs:
        return None
    place = w.pick(list(PLACES))[0]
    return (f"I want the {b} in the {place}. Whatever you do, leave the {xs[0]} and the {xs[1]} alone.",
            _rule([_to(b, place, w)], frozen=xs))


def t168_des_noplace(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b = _one(w, [x for x in _free(w) if w.state.base(x) == TABLE])
    if b is None:
        return None
    bowl = w.pick(w.bowls)[0]
    allowed = [x for x in w.bowls if x != bowl]
    if not _room(w, avoid=[bowl]):
        return None
    return (f"I'd like the {b} in a bowl, any bowl except the {bowl}.",
            _rule(lambda _i, f: f.base(b) in allowed, banned=[bowl]))


def t168_des_onlyuse(w: World) -> Made:
    t = _one(w, [x for x in _free(w)])
    if t is None:
        return None
    ab = w.pick([x for x in _free(w) if x != t], 2)
    if not ab:
        return None
    a, b = ab

    def goal(_i: SymState, f: SymState) -> bool:
        return any(f.support[x] == t for x in (a, b))

    return (f"I'd like a block on top of the {t}, but only the {a} or the {b} may be used for it.",
            _rule(goal, frozen=_others(w, a, b)))


def t168_des_feelfree(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    bowl = _one(w, full)
    if bowl is None:
        return None
    return (f"I'd like the {bowl} emptied. Feel free to put what's in it anywhere you like, except in the bin.",
            _rule(lambda _i, f: not f.in_bowl(bowl), banned=[BIN]))


def t168_des_policy(w: World) -> Made:
    b = _one(w, [x for x in _free(w) if w.state.base(x) in w.bowls])
    if b is None:
        return None
    bowl = w.state.base(b)
    return (f"Could you get the {b} out of the {bowl} for me? Policy: nothing goes in the bin.",
            _rule(lambda _i, f: f.base(b) != bowl, banned=[BIN]))


# ----- quantified -----------------------------------------------------------------------------------
def t168_qua_mayclear(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if w.state.above(x)])
    if b is None:
        return None
    up = w.state.above(b)
    bowl = _one(w, [x for x in _room(w, len(up)) if w.state.base(b) != x])
    if bowl is None:
        return None
    return (f"Put all the blocks that are stacked on the {b} into the {bowl}; you may take them off in whatever "
            f"order you need.", _rule([_to(x, bowl, w) for x in up]))


def t168_qua_offlimits(w: World) -> Made:
    table = w.state.on_the_table()
    x = _one(w, [y for y in table if w.state.support[y] in ON_TABLE])
    if x is None:
        return None
    rest = [y for y in table if y != x]
    if not 2 <= len(rest) <= 4:
        return None
    return (f"Put all the blocks that are on the table into the bin, all except the {x}, which you mustn't touch.",
            _rule([_to(y, BIN, w) for y in rest], frozen=[x]))


def t168_qua_noplace(w: World) -> Made:
    movers = w.in_bowls()
    if not movers:
        return None
    def goal(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) == TABLE for b in movers)

    return ("Put every block that's in a bowl onto the table, but keep them out of the four corners and the middle.",
            _rule(goal, banned=list(PLACES)))


def t168_qua_onlyuse(w: World) -> Made:
    outside = [b for b in w.blocks if w.state.base(b) not in (*w.bowls, BIN)]
    if len(outside) < 3:
        return None

    def goal(i: SymState, f: SymState) -> bool:
        return sum(1 for b in f.blocks if f.base(b) == BIN and i.base(b) != BIN) == 3

    return ("Put exactly three blocks in the bin, using only blocks that are not in a bowl.",
            _rule(goal, frozen=w.in_bowls()))


def t168_qua_feelfree(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if bowl is None:
        return None
    keep = w.state.in_bowl(bowl)
    rest = _others(w, *keep)
    if not 1 <= len(rest) <= 5:
        return None
    return (f"Feel free to move anything except the blocks in the {bowl}: I want all the other blocks in the bin.",
            _rule([_to(b, BIN, w) for b in rest], frozen=keep))


def t168_qua_policy(w: World) -> Made:
    movers = [b for b in w.blocks if w.state.support[b] in w.state.support and w.state.base(b) in ON_TABLE]
    if not movers or any(w.state.support[b] in w.state.support for b in w.in_bowls()):
        return None

    def goal(_i: SymState, f: SymState) -> bool:
        return all(f.support[b] in ON_TABLE for b in movers)

    return ("Every block that is standing on another block goes down onto the table. Policy: blocks in bowls are "
            "not to be touched.", _rule(goal, frozen=w.in_bowls()))


# ----- negated --------------------------------------------------------------------------------------
def t168_neg_mayclear(w: World) -> Made:
    tops = [(c, b) for c, b in _tops(w) if w.state.support[b] == TABLE]
    if not tops:
        return None
    c, b = w.pick(tops)[0]

    def goal(_i: SymState, f: SymState) -> bool:
        return f.support[b] not in ON_TABLE and f.base(b) != BIN

    return (f"The {b} shouldn't be on the table any more. You're allowed to move the {c} to get at it, but don't "
            f"put the {b} in the bin.", _rule(goal))


def t168_neg_offlimits(w: World) -> Made:
    b = _one(w, [x for x in _free(w) if w.state.base(x) in w.bowls])
    if b is None:
        return None
    bowl = w.state.base(b)
    x = _one(w, _others(w, b))
    if x is None:
        return None
    return (f"Don't move the {x}. The {b} should not be in the {bowl} any more.",
            _rule(lambda _i, f: f.base(b) != bowl, frozen=[x]))


def t168_neg_noplace(w: World) -> Made:
    b = _one(w, [x for x in _free(w) if w.state.support[x] == TABLE])
    if b is None:
        return None
    bowl = w.pick(w.bowls)[0]

    def goal(_i: SymState, f: SymState) -> bool:
        return f.support[b] not in ON_TABLE

    return (f"Never put anything in the {bowl}. Just make sure the {b} is not on the table.",
            _rule(goal, banned=[bowl]))


def t168_neg_onlyuse(w: World) -> Made:
    bowl = _one(w, [x for x in _room(w) if not w.state.in_bowl(x)])
    a = _one(w, _free(w))
    if bowl is None or a is None:
        return None
    return (f"Use only the {a}: the {bowl} should not be empty afterwards.",
            _rule(lambda _i, f: bool(f.in_bowl(bowl)), frozen=_others(w, a)))


def t168_neg_feelfree(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    b, s = w.pick(tops)[0]
    x = _one(w, _others(w, b, s))
    if x is None:
        return None
    return (f"Feel free to move any block except the {x}, but at the end the {b} must no longer be on the {s}.",
            _rule(lambda _i, f: f.support[b] != s, frozen=[x]))


def t168_neg_policy(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    _c, t = w.pick(tops)[0]
    return (f"Blocks are not to be put in the bin. Make sure that no block is left on the {t}.",
            _rule(lambda _i, f: f.is_clear(t), banned=[BIN]))


# ----- relative -------------------------------------------------------------------------------------
def t168_rel_mayclear(w: World) -> Made:
    tops = [(c, b) for c, b in _tops(w) if w.state.above(b) == [c]]
    if not tops:
        return None
    c, b = w.pick(tops)[0]
    place = w.pick(list(PLACES))[0]
    return (f"Move the block that's under the {c} to the {place}. You may set the {c} aside anywhere first.",
            _rule([_to(b, place, w)]))


def t168_rel_offlimits(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    c, s = w.pick(tops)[0]
    bowl = _one(w, [x for x in _room(w) if w.state.base(c) != x])
    if bowl is None:
        return None
    return (f"Put the block that's on top of the {s} into the {bowl}, and keep your hands off the {s}.",
            _rule([_to(c, bowl, w)], frozen=[s]))


def t168_rel_noplace(w: World) -> Made:
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    bowl = _one(w, singles)
    if bowl is None:
        return None
    b = w.state.in_bowl(bowl)[0]
    t = _one(w, [x for x in _free(w) if x != b])
    if t is None:
        return None
    return (f"Put the block that's in the {bowl} on the {t}. The bin is out of bounds.",
            _rule([_to(b, t, w)], banned=[BIN]))


def t168_rel_onlyuse(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    c, s = w.pick(tops)[0]
    bowl = _one(w, [x for x in _room(w) if w.state.base(c) != x])
    if bowl is None:
        return None
    allowed = [t for t, _ in tops]
    return (f"Only blocks at the top of a stack may be moved. Put the one on the {s} in the {bowl}.",
            _rule([_to(c, bowl, w)], frozen=_others(w, *allowed)))


def t168_rel_feelfree(w: World) -> Made:
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    bowl = _one(w, singles)
    if bowl is None:
        return None
    b = w.state.in_bowl(bowl)[0]
    t = _one(w, [x for x in _free(w) if x != b])
    x = _one(w, _others(w, b, t or ""))
    if t is None or x is None:
        return None
    return (f"Put the block in the {bowl} on top of the {t}. Feel free to move other blocks if you need to, "
            f"except the {x}.", _rule([_to(b, t, w)], frozen=[x]))


def t168_rel_policy(w: World) -> Made:
    tops = [(c, s) for c, s in _tops(w) if w.state.base(s) not in w.bowls]
    if not tops:
        return None
    c, s = w.pick(tops)[0]
    return (f"Policy: blocks in bowls are not to be moved. Put the block sitting on the {s} into the bin.",
            _rule([_to(c, BIN, w)], frozen=w.in_bowls()))


# ----- keep -----------------------------------------------------------------------------------------
def t168_keep_mayclear(w: World) -> Made:
    tops = [(c, b) for c, b in _tops(w) if w.state.above(b) == [c]]
    if not tops:
        return None
    c, b = w.pick(tops)[0]
    bowl = _one(w, [x for x in _room(w) if w.state.base(b) != x])
    if bowl is None:
        return None
    return (f"Put the {b} in the {bowl} and leave every other block where it is, apart from the {c}, which you may "
            f"move if it's in the way.", _rule([_to(b, bowl, w)], frozen=_others(w, b, c)))


def t168_keep_offlimits(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    b = _one(w, [x for x in _free(w) if x not in inside])
    if b is None:
        return None
    t = _one(w, [x for x in _free(w) if x != b])
    x = _one(w, [y for y in _others(w, b, t or "") if y not in inside])
    if t is None or x is None:
        return None
    return _not_done((f"Put the {b} on the {t}. The {x} is off limits, and the blocks in the {bowl} stay put as "
                      f"well.", _rule([_to(b, t, w)], frozen=[x, *inside])), w)


def t168_keep_noplace(w: World) -> Made:
    b = _one(w, _free(w))
    if b is None:
        return None
    x = _one(w, _others(w, b))
    if x is None:
        return None
    corner = w.pick(CORNERS)[0]
    return (f"Put the {b} in the {corner}. Don't use the bin, and leave the {x} where it is.",
            _rule([_to(b, corner, w)], frozen=[x], banned=[BIN]))


def t168_keep_onlyuse(w: World) -> Made:
    ab = w.pick(_free(w), 2)
    if not ab:
        return None
    a, b = ab
    if w.state.support[a] == b or w.state.support[b] == a:
        return None
    return (f"Move just the {a} and the {b}: put them both in the bin. Everything else stays put.",
            _rule([_to(a, BIN, w), _to(b, BIN, w)], frozen=_others(w, a, b)))


def t168_keep_feelfree(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    tower = towers[0]
    b = _one(w, [x for x in _free(w) if x not in tower])
    if b is None:
        return None
    bowl = _one(w, [x for x in _room(w) if w.state.base(b) != x])
    if bowl is None:
        return None
    return (f"Feel free to move whatever you like except the tower: just get the {b} into the {bowl}.",
            _rule([_to(b, bowl, w)], frozen=tower))


def t168_keep_policy(w: World) -> Made:
    b = _one(w, [x for x in _free(w) if w.state.base(x) in w.bowls])
    if b is None:
        return None
    t = _one(w, [x for x in _free(w) if x != b and w.state.base(x) != w.state.base(b)])
    if t is None:
        return None
    inside = {x: w.state.base(x) for x in w.in_bowls() if x != b}

    def goal(_i: SymState, f: SymState) -> bool:
        return f.support[b] == t and all(f.base(x) == bowl for x, bowl in inside.items())

    return (f"The only block allowed to leave its bowl is the {b}. Move it onto the {t} and keep everything else "
            f"in its bowl.", _rule(goal))


# ----- multi_step -----------------------------------------------------------------------------------
def t168_multi_mayclear(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    c, b = w.pick(tops)[0]
    xy = w.pick([x for x in _free(w) if x not in (b, c)], 2)
    if not xy:
        return None
    x, y = xy
    if w.state.support[x] == y:
        return None
    return (f"First put the {x} on the {y}, then put the {b} in the bin. You may move the {c} out of the way for "
            f"the second step.", _rule([_to(x, y, w), _to(b, BIN, w)]))


def t168_multi_offlimits(w: World) -> Made:
    ab = w.pick(_free(w), 2)
    if not ab:
        return None
    a, b = ab
    bowl = _one(w, [y for y in _room(w, 2) if w.state.base(a) != y])
    x = _one(w, _others(w, a, b))
    if bowl is None or x is None:
        return None
    return _not_done((f"First put the {a} in the {bowl}, then put the {b} on top of it. The {x} is off limits the "
                      f"whole time.", _rule([_to(a, bowl, w), _to(b, a, w)], frozen=[x])), w)


def t168_multi_noplace(w: World) -> Made:
    ab = w.pick(_free(w), 2)
    if not ab:
        return None
    a, b = ab
    corner = w.pick(CORNERS)[0]
    bowl = w.pick(w.bowls)[0]
    return (f"Start by putting the {a} in the {corner}; after that, stack the {b} on it. Stay out of the {bowl} "
            f"throughout.", _rule([_to(a, corner, w), _to(b, a, w)], banned=[bowl]))


def t168_multi_onlyuse(w: World) -> Made:
    abc = w.pick(_free(w), 3)
    if not abc:
        return None
    a, b, c = abc
    if w.state.support[a] in (b, c) or w.state.support[b] == c:
        return None
    return (f"Using only the {a}, the {b} and the {c}: first stack the {b} on the {a}, then the {c} on the {b}.",
            _rule([_to(b, a, w), _to(c, b, w)], frozen=_others(w, a, b, c)))


def t168_multi_feelfree(w: World) -> Made:
    ab = w.pick([x for x in w.blocks if w.state.support[x] != BIN], 2)
    if not ab:
        return None
    a, b = ab
    p, q = w.pick(list(PLACES), 2)
    x = _one(w, [y for y in _others(w, a, b) if y not in w.state.above(a) + w.state.above(b)])
    if x is None:
        return None
    return (f"Move the {a} to the {p} first and the {b} to the {q} after that. Feel free to move other blocks out "
            f"of the way, except the {x}.", _rule([_to(a, p, w), _to(b, q, w)], frozen=[x]))


def t168_multi_policy(w: World) -> Made:
    ab = w.pick(_free(w), 2)
    if not ab:
        return None
    a, b = ab
    bowl = _one(w, [x for x in _room(w) if w.state.base(a) != x])
    if bowl is None:
        return None
    corner = w.pick(CORNERS)[0]
    return (f"Standing rule: nothing goes in the {corner}. Step one, put the {a} in the {bowl}; step two, put the "
            f"{b} in the bin.", _rule([_to(a, bowl, w), _to(b, BIN, w)], banned=[corner]))


# ----- question -------------------------------------------------------------------------------------
def t168_q_mayclear(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if w.state.support[x] != BIN])
    if b is None:
        return None
    return (f"Is there a block sitting on the {b} that you would have to move out of the way before picking it up?",
            answered(yes(not w.state.is_clear(b))))


def t168_q_offlimits(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] in w.state.support])
    if x is None:
        return None
    return (f"Don't move the {x}; just tell me what colour the block under it is.",
            answered(w.colour(w.state.support[x])))


def t168_q_noplace(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return (f"Don't put anything in the bin yet. First, how many blocks are in the {bowl}?",
            answered(str(len(w.state.in_bowl(bowl)))))


def t168_q_onlyuse(w: World) -> Made:
    n = sum(1 for b in w.blocks if w.state.base(b) not in (*w.bowls, BIN))
    return ("Only blocks outside the bowls may be used today. How many blocks is that?", answered(str(n)))


def t168_q_feelfree(w: World) -> Made:
    b = _one(w, w.blocks)
    if b is None:
        return None
    return (f"Feel free to look around, but don't move anything: is the {b} in a bowl?",
            answered(yes(w.state.base(b) in w.bowls)))


def t168_q_policy(w: World) -> Made:
    return ("House rule: no block may leave its bowl. How many blocks are in bowls right now?",
            answered(str(len(w.in_bowls()))))


# ----- matching -------------------------------------------------------------------------------------
def _match_goal(w: World, movers: list[str]) -> list[Rel]:
    return [_to(b, _bowl_of(w, b), w) for b in movers]


def t168_match_mayclear(w: World) -> Made:
    movers = _movers(w)
    if not movers:
        return None
    return ("Put each block into the bowl of the same colour. If another block is in the way, you may move it.",
            _rule(_match_goal(w, movers)))


def t168_match_offlimits(w: World) -> Made:
    movers = _movers(w)
    if not movers:
        return None
    above = {x for b in movers for x in w.state.above(b)}
    x = _one(w, [b for b in w.blocks if b not in movers and b not in above])
    if x is None:
        return None
    return (f"Put the blocks into the bowls of their own colour, but the {x} is off limits.",
            _rule(_match_goal(w, movers), frozen=[x]))


def t168_match_noplace(w: World) -> Made:
    movers = _movers(w)
    if not movers:
        return None
    return ("Sort the blocks into the bowls by colour, but don't put anything in the bin or in the corners.",
            _rule(_match_goal(w, movers), banned=[BIN, *CORNERS]))


def t168_match_onlyuse(w: World) -> Made:
    movers = [b for b in _movers(w) if w.state.is_clear(b)]
    if not movers:
        return None
    use = w.pick(movers, 2) or movers[:1]
    if len(use) == 2:
        text = (f"Use only the {use[0]} and the {use[1]}: put each of them in the bowl that matches its colour.")
    else:
        text = f"Use only the {use[0]}: put it in the bowl that matches its colour."
    return text, _rule(_match_goal(w, use), frozen=_others(w, *use))


def t168_match_feelfree(w: World) -> Made:
    movers = _movers(w)
    inside = w.in_bowls()
    if not movers or any(b in inside for b in movers) or not inside:
        return None
    return ("Feel free to move whatever you need except the blocks that are already in bowls: put every block whose "
            "colour matches a bowl into that bowl.", _rule(_match_goal(w, movers), frozen=inside))


def t168_match_policy(w: World) -> Made:
    movers = _movers(w)
    if not movers or any(x not in movers for b in movers for x in w.state.above(b)):
        return None
    by_colour = {w.colour(b) for b in w.bowls}
    fixed = [b for b in w.blocks if w.colour(b) not in by_colour]
    return ("Policy: only blocks that have a bowl of their own colour may be moved. Put each of them into its "
            "matching bowl.", _rule(_match_goal(w, movers), frozen=fixed))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mayclear", "offlimits", "noplace", "onlyuse", "feelfree", "policy")
FRESH168: list[Template] = [
    (f"t168_{short}_{style}", category, globals()[f"t168_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
