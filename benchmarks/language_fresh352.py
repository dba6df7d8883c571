"""`FRESH352`, the three-hundred-and-fifty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table, asking where things are, sorting blocks by
colour, the way they would type it into a chat window. Six personas write them:
- hairdresser: a chatty hairdresser in salon talk, "Ooh, could you pop the red block in the blue bowl for me, love?"
- physicist: a physicist, exact and formal, "Place the red block directly on top of the green block."
- kid13: a child of six in very simple words, "put the red block in the bin"
- dutch6: a Dutch speaker writing English with small slips, "The red block must stand in the top left corner."
- chef7: a chef giving brisk kitchen orders, "Red block, in the blue bowl. Now."
- plain133: a plain, ordinary adult, "Move the red block to the middle."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at cfc3ccb, the code of bf5dfea, before anything it could
prompt): 0.8833 goal-correct (265 of 300), 30 refused, 5 questions, 0 wrong actions, 0 wrong replies. The refusals: a
hairdresser's '..., that'd look gorgeous', '..., and then, ooh, pop Y on top of it, lovely' and 'Oh, quick question
while I've got you, what's in W at the moment?'; a Dutch speaker's 'take all blocks out the pink bowl'; a physicist's
'the block with the smallest distance to W into that bowl'; a chef's 'The blue bowl: hands off.'. The question: a
hairdresser's 'No blocks in W please, hun, I want that one completely empty.'
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _c(name: str) -> str:
    """The colour word of a name: "red block" -> "red"."""
    return name.split()[0]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(s: SymState, block: str) -> int:
    """How many blocks stand in the tower up to and including `block`."""
    h, cur = 1, s.support[block]
    while cur in s.support:
        h, cur = h + 1, s.support[cur]
    return h


def _movable(w: World) -> list[str]:
    """Blocks with nothing on them, not in the bin."""
    return w.clear_blocks()


def _stackable(w: World, x: str) -> list[str]:
    """Clear blocks that `x` (a clear block) may go on top of."""
    return [y for y in w.clear_blocks() if y != x and _height(w.state, y) < layout.MAX_TOWER]


def _standalone(w: World) -> list[str]:
    """Blocks alone on the bare table: nothing under them, nothing on them."""
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _winner(w: World, key, candidates: list[str], pool: list[str], margin: float = 0.03) -> str | None:
    """The candidate with the smallest key, if it beats every other block of `pool` by `margin`."""
    if not candidates:
        return None
    best = min(candidates, key=key)
    if any(key(b) - key(best) < margin for b in pool if b != best):
        return None
    return best


def _place_dist(w: World, b: str, place: str) -> float:
    (x, y), (px, py) = w.scene.get(b).position[:2], layout.PLACES[place]
    return ((x - px) ** 2 + (y - py) ** 2) ** 0.5


def _r(*want: Rel) -> Check:
    return rels(*want)


def _on(a: str, b: str) -> Rel:
    return Rel("on", a, b)


def _in(a: str, bowl: str) -> Rel:
    return Rel("in", a, bowl)


def _at(a: str, place: str) -> Rel:
    return Rel("at", a, place)


def _table(a: str) -> Rel:
    return Rel("on_table", a)


def _bowl_with_room(w: World, n: int = 1) -> str | None:
    bowls = [b for b in w.bowls if _room(w, b, n)]
    return w.rng.choice(bowls) if bowls else None


def _free_block_and_bowl(w: World) -> tuple[str, str] | None:
    """A clear block not yet in a bowl that has room for it."""
    bowl = _bowl_with_room(w)
    xs = [b for b in _movable(w) if w.state.base(b) != bowl]
    return (w.rng.choice(xs), bowl) if bowl and xs else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    xs = [x for x in _movable(w) if _stackable(w, x)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return x, w.rng.choice(_stackable(w, x))


def _lifted(w: World) -> list[str]:
    """Clear blocks that are not standing on the table: in a bowl or on another block."""
    return [b for b in _movable(w) if not holds(_table(b), w.state)]


# ----- imperative ------------------------------------------------------------------------------------
def t352_imp_hairdresser(w: World) -> Made:
    pick = _free_block_and_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"Ooh, could you pop the {x} into the {bowl} for me, love? Ta.", _act(_r(_in(x, bowl))))


def t352_imp_physicist(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Place the {x} directly on top of the {y}.", _act(_r(_on(x, y))))


def t352_imp_kid13(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"put the {_c(x)} block in the bin", _act(binned([x])))


def t352_imp_dutch6(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(PLACES[:4])
    return _made(w, f"Can you put the {x} to the {place}, please?", _act(_r(_at(x, place))))


def t352_imp_chef7(w: World) -> Made:
    xs = _lifted(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    sup = w.state.support[x]
    off = f"out of the {sup}" if sup in w.bowls else f"off the {sup}"
    return _made(w, f"{_cap(x)}, {off}, down on the table. Now.", _act(_r(_table(x))))


def t352_imp_plain133(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Move the {x} to the middle of the table.", _act(_r(_at(x, PLACES[4]))))


# ----- declarative -----------------------------------------------------------------------------------
def t352_dec_hairdresser(w: World) -> Made:
    pick = _free_block_and_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"Honestly, the {x} belongs in the {bowl}, darling, that's where it lives.",
                 _act(_r(_in(x, bowl))))


def t352_dec_physicist(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"In the final configuration the {x} rests on the {y}.", _act(_r(_on(x, y))))


def t352_dec_kid13(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"the {x} goes in the bin", _act(binned([x])))


def t352_dec_dutch6(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(PLACES)
    where = "in the middle" if place == PLACES[4] else f"in the {place}"
    return _made(w, f"The {x} must stand {where}.", _act(_r(_at(x, place))))


def t352_dec_chef7(w: World) -> Made:
    xs = [b for b in _movable(w) if w.state.support[b] in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.support[x]
    return _made(w, f"{_cap(x)} is on the table, not in the {bowl}. Fix it.", _act(_r(_table(x))))


def t352_dec_plain133(w: World) -> Made:
    pick = _free_block_and_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"The {x} should be in the {bowl}.", _act(_r(_in(x, bowl))))


# ----- desiderative ----------------------------------------------------------------------------------
def t352_des_hairdresser(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Ooh, I'd love the {x} sitting up on top of the {y}, that'd look gorgeous.",
                 _act(_r(_on(x, y))))


def t352_des_physicist(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"I would like the {x} to be disposed of in the bin.", _act(binned([x])))


def t352_des_kid13(w: World) -> Made:
    pick = _free_block_and_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"i want the {_c(x)} block in the {_c(bowl)} bowl", _act(_r(_in(x, bowl))))


def t352_des_dutch6(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(PLACES[:4])
    return _made(w, f"I would like that the {x} is in the {place}.", _act(_r(_at(x, place))))


def t352_des_chef7(w: World) -> Made:
    pick = _free_block_and_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"Want the {x} in the {bowl}. Quick.", _act(_r(_in(x, bowl))))


def t352_des_plain133(w: World) -> Made:
    xs = [b for b in _movable(w) if w.state.support[b] in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.support[x]
    return _made(w, f"It would be nice if the {x} was on the table instead of in the {bowl}.",
                 _act(_r(_table(x))))


# ----- quantified ------------------------------------------------------------------------------------
def t352_qua_hairdresser(w: World) -> Made:
    return _made(w, "Right, tidy-up time, sweetheart: every single block into the bin, the lot of them.",
                 _act(binned(w.blocks)))


def t352_qua_physicist(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) < 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    if len(w.blocks) - len(w.state.in_bowl(bowl)) < 2 - len(w.state.in_bowl(bowl)):
        return None
    return _made(w, f"Ensure that the {bowl} contains exactly two blocks.", _act(count_in(bowl, 2)))


def t352_qua_kid13(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "put a block in every bowl", _act(lambda _i, f: all(f.in_bowl(b) for b in f.bowls)))


def t352_qua_dutch6(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Please take all blocks out the {bowl} and put them on the table.",
                 _act(_r(*(_table(b) for b in inside))))


def t352_qua_chef7(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Three blocks in the bin. Any three, I don't care which.",
                 _act(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3))


def t352_qua_plain133(w: World) -> Made:
    outside = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if not w.in_bowls() or not outside:
        return None
    return _made(w, "Put every block that isn't in a bowl into the bin.", _act(binned(outside)))


# ----- negated ---------------------------------------------------------------------------------------
def t352_neg_hairdresser(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"No blocks in the {bowl} please, hun, I want that one completely empty.", _act(empty(bowl)))


def t352_neg_physicist(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if len(w.blocks) < 3 or not xs:
        return None
    x = w.rng.choice(xs)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Put every block except the {x} into the bin.", _act(binned(others), none_binned([x])))


def t352_neg_kid13(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"i dont want the {_c(x)} block on the {_c(y)} block",
                 _act(_r(Rel("on", x, y, negated=True))))


def t352_neg_dutch6(w: World) -> Made:
    xs = [b for b in _movable(w) if w.state.base(b) in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    return _made(w, f"The {x} may not stay in the {bowl}.", _act(_r(Rel("in", x, bowl, negated=True))))


def t352_neg_chef7(w: World) -> Made:
    xs = [b for b in w.blocks if not w.state.is_clear(b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Nothing on the {x}. Clear it off.", _act(_r(Rel("clear", x))))


def t352_neg_plain133(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    if w.state.support[x] in others or w.state.support[y] in others:
        return None
    return _made(w, f"Bin everything but the {x} and the {y}.", _act(binned(others), none_binned([x, y])))


# ----- relative --------------------------------------------------------------------------------------
def t352_rel_hairdresser(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"See the block sitting on top of the {y}? Be a dear and pop that one in the bin.",
                 _act(binned([x])))


def t352_rel_physicist(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if not bowl:
        return None
    pool = [b for b in w.blocks if w.state.base(b) != bowl]
    x = _winner(w, lambda b: w.dist(b, bowl), [b for b in _standalone(w) if b in pool], pool)
    if not x:
        return None
    return _made(w, f"Move the block with the smallest distance to the {bowl} into that bowl.",
                 _act(_r(_in(x, bowl))))


def t352_rel_kid13(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"take the block that is in the {_c(bowl)} bowl and put it on the table", _act(_r(_table(x))))


def t352_rel_dutch6(w: World) -> Made:
    x = _winner(w, w.y, _standalone(w), w.blocks)
    if not x:
        return None
    return _made(w, "Put the most left block in the bin.", _act(binned([x])))


def t352_rel_chef7(w: World) -> Made:
    bowl = _bowl_with_room(w)
    if not bowl:
        return None
    x = _winner(w, lambda b: -w.y(b), _standalone(w), w.blocks)
    if not x:
        return None
    return _made(w, f"Block on the far right. Into the {bowl}.", _act(_r(_in(x, bowl))))


def t352_rel_plain133(w: World) -> Made:
    place = w.rng.choice(PLACES[:4])
    x = _winner(w, lambda b: _place_dist(w, b, place), _standalone(w), w.blocks)
    if not x:
        return None
    return _made(w, f"Take the block closest to the {place} and put it in that corner.",
                 _act(_r(_at(x, place))))


# ----- keep ------------------------------------------------------------------------------------------
def t352_keep_hairdresser(w: World) -> Made:
    xs = _movable(w)
    if len(w.blocks) < 2 or not xs:
        return None
    x = w.rng.choice(xs)
    z = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Pop the {x} in the bin for me, but leave the {z} exactly where it is, okay?",
                 _act(binned([x]), kept(z)))


def t352_keep_physicist(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    x, y = pick
    zs = [b for b in w.blocks if b not in (x, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Stack the {x} on the {y} without disturbing the {z}.", _act(_r(_on(x, y)), kept(z)))


def t352_keep_kid13(w: World) -> Made:
    pick = _free_block_and_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    zs = [b for b in w.blocks if b != x]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"put the {_c(x)} block in the {_c(bowl)} bowl but dont touch the {_c(z)} block",
                 _act(_r(_in(x, bowl)), kept(z)))


def t352_keep_dutch6(w: World) -> Made:
    xs = _movable(w)
    if len(w.blocks) < 2 or not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(PLACES[:4])
    z = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Move the {x} to the {place}, but the {z} must stay on his place.",
                 _act(_r(_at(x, place)), kept(z)))


def t352_keep_chef7(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"{_cap(x)} in the bin. The {bowl}: hands off.", _act(binned([x]), kept(*w.state.in_bowl(bowl))))


def t352_keep_plain133(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    zs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Empty the {bowl}, but leave the {z} alone.", _act(empty(bowl), kept(z)))


# ----- multi_step ------------------------------------------------------------------------------------
def t352_multi_hairdresser(w: World) -> Made:
    bowl = _bowl_with_room(w, 2)
    xs = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not bowl or len(xs) < 2:
        return None
    x, x2 = w.pick(xs, 2)
    return _made(w, f"First pop the {x} in the {bowl}, and then, ooh, pop the {x2} on top of it, lovely.",
                 _act(_r(_in(x, bowl), _on(x2, x))))


def t352_multi_physicist(w: World) -> Made:
    xs = _movable(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    place = w.rng.choice(PLACES)
    where = "at the centre of the table (the middle)" if place == PLACES[4] else f"at the {place}"
    return _made(w, f"First, place the {x} {where}. Subsequently, place the {y} on top of the {x}.",
                 _act(_r(_at(x, place), _on(y, x))))


def t352_multi_kid13(w: World) -> Made:
    xs = _movable(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    return _made(w, f"put the {_c(x)} block in the bin and then put the {_c(y)} block in the bin too",
                 _act(binned([x, y])))


def t352_multi_dutch6(w: World) -> Made:
    xs = _lifted(w)
    bowl = _bowl_with_room(w)
    if not xs or not bowl:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in _movable(w) if b != x and w.state.base(b) != bowl and w.state.support[x] != b]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"First the {x} on the table, after that you put the {y} in the {bowl}.",
                 _act(_r(_table(x), _in(y, bowl))))


def t352_multi_chef7(w: World) -> Made:
    xs = _movable(w)
    if len(xs) < 3:
        return None
    x, y, z = w.pick(xs, 3)
    p1, p2 = w.pick(PLACES[:4], 2)
    return _made(w, f"{_cap(x)} to the {p1}. {_cap(y)} to the {p2}. {_cap(z)} in the bin. Go.",
                 _act(_r(_at(x, p1), _at(y, p2)), binned([z])))


def t352_multi_plain133(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a) and w.state.on_top(b) == [a]]
    bowl = _bowl_with_room(w)
    if not pairs or not bowl:
        return None
    x, y = w.rng.choice(pairs)
    if w.state.base(x) == bowl:
        return None
    return _made(w, f"Take the {x} off the {y}, put it in the {bowl}, and then throw the {y} in the bin.",
                 _act(_r(_in(x, bowl)), binned([y])))


# ----- question --------------------------------------------------------------------------------------
def t352_q_hairdresser(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"Oh, quick question while I've got you, what's in the {bowl} at the moment?", answered(
        "|".join(inside) if inside else "nothing")


def t352_q_physicist(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "How many blocks are presently on the table?", answered(str(n))


def t352_q_kid13(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        apart = [(a, b) for a in w.blocks for b in w.blocks
                 if a != b and a not in w.state.above(b) and b not in w.state.above(a)]
        if not apart:
            return None
        x, y = w.rng.choice(apart)
    return f"is the {_c(x)} block on the {_c(y)} block?", answered(yes(w.state.support[x] == y))


def t352_q_dutch6(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    where = w.state.support[x]
    return f"Where is the {x} standing now?", answered(where)


def t352_q_chef7(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"How many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t352_q_plain133(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"Is the {bowl} empty?", answered(yes(not w.state.in_bowl(bowl)))


# ----- matching --------------------------------------------------------------------------------------
def _matches(w: World) -> list[Rel]:
    """Every block with a bowl of its colour, when each such bowl has room for its block."""
    want = matching(w)
    for r in want:
        if w.state.base(r.block) != r.target and not _room(w, r.target):
            return []
    return want


def t352_match_hairdresser(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "Let's colour-coordinate, babe: every block into the bowl that matches it.", _act(_r(*want)))


def t352_match_physicist(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "Place each block in the bowl of identical colour, wherever such a bowl exists.",
                 _act(_r(*want)))


def t352_match_kid13(w: World) -> Made:
    want = [r for r in _matches(w) if w.state.base(r.block) != r.target]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"put the {_c(r.block)} block in the {_c(r.target)} bowl because they are the same",
                 _act(_r(r)))


def t352_match_dutch6(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "Sort the blocks in the bowls with the same colour, please.", _act(_r(*want)))


def t352_match_chef7(w: World) -> Made:
    want = [r for r in _matches(w) if w.state.base(r.block) != r.target and w.state.is_clear(r.block)]
    if not want:
        return None
    r = w.rng.choice(want)
    rest = [b for b in w.blocks if b != r.block]
    return _made(w, f"{_cap(_c(r.block))} block to its own colour bowl. Rest stays put.",
                 _act(_r(r), kept(*rest)))


def t352_match_plain133(w: World) -> Made:
    want = _matches(w)
    skip = [r for r in want if w.state.base(r.block) != r.target and w.state.support[r.block] not in w.blocks]
    if len(want) < 2 or not skip:
        return None
    r = w.rng.choice(skip)
    others = [o for o in want if o != r]
    return _made(w, f"Put the blocks into the bowls that match their colour, except the {r.block}.",
                 _act(_r(*others), _r(Rel("in", r.block, r.target, negated=True))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("hairdresser", "physicist", "kid13", "dutch6", "chef7", "plain133")
FRESH352: list[Template] = [
    (f"t352_{short}_{style}", category, globals()[f"t352_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
