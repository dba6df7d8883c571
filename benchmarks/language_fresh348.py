"""`FRESH348`, the three-hundred-and-forty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, asking a robot arm to shift blocks about between the bowls,
the bin, the table and its corners, and asking what is where. Six personas write them:
- plumber6: a plumber, practical, trade slang ("Shift the red block into the blue bowl, mate.")
- manager6: a project manager, deliverables talk ("Action item: the red block goes on top of the green block.")
- teen12: a teenager, sarcastic, lowercase ("just chuck the red block in the bin already")
- german6: a German speaker writing English with small slips ("Please put the red block to the top left corner.")
- gran8: a gran, gentle, old-fashioned ("Would you be a dear and pop the red block in the blue bowl?")
- plain129: a plain, ordinary adult ("Take the red block off the green block and put it on the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 41611c0, the code of 76a6417, before anything it could
prompt): 0.9133 goal-correct (274 of 300), 26 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a
manager's 'The deliverable here is X sitting on Y' and '... The rest are not part of this deliverable.'; a plumber's
'Everything in the bin except X. Leave that one out of it.' and 'Bin the lot. Every block on there, in the bin.'
(once); a teenager's 'X goes in W. NOT the bin. W'; a gran's 'I don't like the blocks piled on one another, dear.
Could you see that none of them is sitting on top of another block?'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

MARGIN = 0.03  # a clear winner for "leftmost", "nearest" and the like


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _grounded(s: SymState, b: str) -> bool:
    """The block stands directly on the table or a named place."""
    return s.support[b] in (TABLE, *PLACES)


def _loose(w: World) -> list[str]:
    """Blocks standing alone on the table: nothing under them but the table, nothing on them."""
    return [b for b in w.clear_blocks() if _grounded(w.state, b)]


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _height(w: World, b: str) -> int:
    return 1 + len(_below(w, b)) + len(w.state.above(b))


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _bases(w: World, x: str) -> list[str]:
    """Clear blocks on the table that `x` could be stacked on."""
    return [y for y in w.clear_blocks()
            if y != x and w.state.base(y) in (TABLE, *PLACES) and _height(w, y) < layout.MAX_TOWER]


def _into(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl with room that it is not in yet."""
    options = [(b, bowl) for b in w.clear_blocks() for bowl in w.bowls
               if w.state.base(b) != bowl and _room(w, bowl) > 0]
    return w.rng.choice(options) if options else None


def _two(w: World) -> list[str]:
    return w.pick(w.clear_blocks(), 2)


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(x, y): x is clear and can go on y."""
    options = [(x, y) for x in w.clear_blocks() for y in _bases(w, x)]
    return w.rng.choice(options) if options else None


def _winner(w: World, key, pool: list[str] | None = None) -> str | None:
    """The block with the clearly smallest key (a margin of MARGIN over every other block); it must stand alone."""
    pool = w.blocks if pool is None else pool
    ranked = sorted(pool, key=key)
    if len(ranked) < 2 or key(ranked[1]) - key(ranked[0]) < MARGIN:
        return None
    return ranked[0] if ranked[0] in _loose(w) else None


def _x(w: World, name: str) -> float:
    return w.scene.get(name).position[0]


def _the(place: str) -> str:
    return f"the {place}"


def _where(w: World, b: str) -> str:
    """What a person would say the block is on or in."""
    return w.state.support[b]


def _needs_moving(w: World) -> dict[str, str]:
    """Block -> its same-coloured bowl, for the matching blocks not yet in it."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks
            if w.colour(b) in by_colour and w.state.base(b) != by_colour[w.colour(b)]}


def _fits(w: World, moves: dict[str, str]) -> bool:
    """Every bowl can take the blocks that should go in (blocks that do not match may be taken out)."""
    return all(sum(1 for m in moves.values() if m == bowl) <= layout.BOWL_CAPACITY for bowl in w.bowls)


# ----- imperative -------------------------------------------------------------------------------------
def t348_imp_plumber6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"Shift the {x} into the {bowl}, mate.", _act(rels(Rel("in", x, bowl))))


def t348_imp_manager6(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"Action item for you: stack the {x} on top of the {y}.", _act(rels(Rel("on", x, y))))


def t348_imp_teen12(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"just chuck the {x[0]} in the bin already", _act(binned(x)))


def t348_imp_german6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"Please put the {x[0]} to the {p}.", _act(rels(Rel("at", x[0], p))))


def t348_imp_gran8(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"Would you be a dear and move the {x[0]} over to the middle of the table?",
                 _act(rels(Rel("at", x[0], PLACES[4]))))


def t348_imp_plain129(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Take the {x} off the {y} and put it on the table.", _act(rels(Rel("on_table", x))))


# ----- declarative ------------------------------------------------------------------------------------
def t348_dec_plumber6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"{x.capitalize()} goes in the {bowl}. That's the job.", _act(rels(Rel("in", x, bowl))))


def t348_dec_manager6(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"The deliverable here is the {x} sitting on the {y}.", _act(rels(Rel("on", x, y))))


def t348_dec_teen12(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"the {x[0]} is supposed to be in the bin. obviously", _act(binned(x)))


def t348_dec_german6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"The {x[0]} must stand in the {p}.", _act(rels(Rel("at", x[0], p))))


def t348_dec_gran8(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"The {x} belongs in the {bowl}, dear.", _act(rels(Rel("in", x, bowl))))


def t348_dec_plain129(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"The {x} should be on the table, not on the {y}.", _act(rels(Rel("on_table", x))))


# ----- desiderative -----------------------------------------------------------------------------------
def t348_des_plumber6(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"I'd want the {x} up on the {y} if you can manage it.", _act(rels(Rel("on", x, y))))


def t348_des_manager6(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    xs = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], 2)
    if len(xs) < 2 or _room(w, bowl) < 2:
        return None
    return _made(w, f"Ideally I'd like both the {xs[0]} and the {xs[1]} in the {bowl} by end of day.",
                 _act(rels(Rel("in", xs[0], bowl), Rel("in", xs[1], bowl))))


def t348_des_teen12(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"i kinda want the {x[0]} in the bin ngl", _act(binned(x)))


def t348_des_german6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"I would like that the {x[0]} is in the {p}.", _act(rels(Rel("at", x[0], p))))


def t348_des_gran8(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"It would be lovely if the {x} were sitting in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t348_des_plain129(w: World) -> Made:
    xs = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    return _made(w, f"I want the {x} out of the {bowl} and sitting on the table.", _act(rels(Rel("on_table", x))))


# ----- quantified -------------------------------------------------------------------------------------
def t348_qua_plumber6(w: World) -> Made:
    return _made(w, "Bin the lot. Every block on there, in the bin.", _act(binned(w.blocks)))


def t348_qua_manager6(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    return _made(w, f"I need exactly two blocks in the {bowl}. Which two is your call.",
                 _act(count_in(bowl, 2)))


def t348_qua_teen12(w: World) -> Made:
    xs = w.state.on_the_table()
    if len(xs) < 2:
        return None
    return _made(w, "put every block that's on the table in the bin. all of them. yes really", _act(binned(xs)))


def t348_qua_german6(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if len(xs) < 2 or len(xs) > _room(w, bowl):
        return None
    return _made(w, f"Please put all blocks which are not in a bowl into the {bowl}.",
                 _act(rels(*(Rel("in", b, bowl) for b in xs))))


def t348_qua_gran8(w: World) -> Made:
    xs = w.in_bowls()
    if len(xs) < 2:
        return None
    return _made(w, "Could you take all the blocks out of the bowls and set them on the table, dear?",
                 _act(rels(*(Rel("on_table", b) for b in xs))))


def t348_qua_plain129(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Put three of the blocks in the bin. Doesn't matter which ones.",
                 _act(lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 3))


# ----- negated ----------------------------------------------------------------------------------------
def t348_neg_plumber6(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Everything in the bin except the {x}. Leave that one out of it.",
                 _act(binned(others), none_binned([x])))


def t348_neg_manager6(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Going forward, no blocks should remain in the {bowl}.", _act(empty(bowl)))


def t348_neg_teen12(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"the {x} goes in the {bowl}. NOT the bin. the {bowl}", _act(rels(Rel("in", x, bowl))))


def t348_neg_german6(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"The {x} shall not be on the {y} anymore.", _act(rels(Rel("on", x, y, negated=True))))


def t348_neg_gran8(w: World) -> Made:
    if not w.pairs():
        return None
    return _made(w, "I don't like the blocks piled on one another, dear. Could you see that none of them is "
                    "sitting on top of another block?",
                 _act(lambda _i, f: all(f.support[b] not in f.support for b in f.blocks)))


def t348_neg_plain129(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.rng.choice(w.state.in_bowl(bowl))
    return _made(w, f"Clear everything out of the {bowl} except the {x}.",
                 _act(lambda _i, f: f.in_bowl(bowl) == [x]))


# ----- relative ---------------------------------------------------------------------------------------
def t348_rel_plumber6(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    x = _winner(w, lambda b: w.dist(b, bowl))
    if not x:
        return None
    return _made(w, f"Grab whichever block is nearest the {bowl} and drop it in the bin.", _act(binned([x])))


def t348_rel_manager6(w: World) -> Made:
    x = _winner(w, lambda b: w.y(b))
    if not x:
        return None
    return _made(w, "Next deliverable: take the leftmost block and relocate it to the top right corner.",
                 _act(rels(Rel("at", x, PLACES[1]))))


def t348_rel_teen12(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"whatever's sitting on the {y}, bin it", _act(binned([x])))


def t348_rel_german6(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block which is in the {bowl}, put it please on the table.", _act(rels(Rel("on_table", x))))


def t348_rel_gran8(w: World) -> Made:
    x = _winner(w, lambda b: -w.y(b))
    bowls = [b for b in w.bowls if _room(w, b) > 0]
    if not x or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"The block furthest over to the right, could you pop it in the {bowl} for me?",
                 _act(rels(Rel("in", x, bowl))))


def t348_rel_plain129(w: World) -> Made:
    x = _winner(w, lambda b: _x(w, b))
    if not x:
        return None
    return _made(w, "Move the block nearest the top of the table down to the bottom right corner.",
                 _act(rels(Rel("at", x, PLACES[3]))))


# ----- keep -------------------------------------------------------------------------------------------
def t348_keep_plumber6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    y = w.rng.choice([b for b in w.blocks if b != x[0]])
    return _made(w, f"Bin the {x[0]} but leave the {y} where she is.", _act(binned(x), kept(y)))


def t348_keep_manager6(w: World) -> Made:
    full = [v for v in w.bowls if w.state.in_bowl(v)]
    if len(w.bowls) < 2 or not full:
        return None
    other = w.rng.choice(full)
    bowl = w.rng.choice([b for b in w.bowls if b != other])
    xs = [b for b in w.clear_blocks() if w.state.base(b) not in (bowl, other)]
    if not xs or _room(w, bowl) < 1:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Move the {x} into the {bowl}. The {other} is out of scope, so don't touch what's in it.",
                 _act(rels(Rel("in", x, bowl)), kept(*w.state.in_bowl(other))))


def t348_keep_teen12(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    z = w.rng.choice([b for b in w.blocks if b not in (x, y)])
    return _made(w, f"put the {x} on the {y} and dont touch the {z} ok",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t348_keep_german6(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Please make the {bowl} empty, but the {x} you must leave where it is.",
                 _act(empty(bowl), kept(x)))


def t348_keep_gran8(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    x = w.rng.choice(xs)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Could you tidy all the blocks away into the bin, only leave the {x} just where it is, please?",
                 _act(binned(others), kept(x)))


def t348_keep_plain129(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0]]
    return _made(w, f"Move the {x[0]} to the middle, but leave everything else as it is.",
                 _act(rels(Rel("at", x[0], PLACES[4])), kept(*others)))


# ----- multi_step -------------------------------------------------------------------------------------
def t348_multi_plumber6(w: World) -> Made:
    xs = _two(w)
    if len(xs) < 2 or not w.bowls:
        return None
    x, y = xs
    bowls = [b for b in w.bowls if w.state.base(y) != b and _room(w, b) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"First the {x} in the bin, then the {y} in the {bowl}. Cheers.",
                 _act(binned([x]), rels(Rel("in", y, bowl))))


def t348_multi_manager6(w: World) -> Made:
    xs = _two(w)
    if len(xs) < 2:
        return None
    x, y = xs
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"Phase one: the {x} goes to the {p}. Phase two: the {y} goes on top of the {x}.",
                 _act(rels(Rel("at", x, p), Rel("on", y, x))))


def t348_multi_teen12(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"ok so first take the {x} off the {y}, then put the {y} in the bin. thats it",
                 _act(binned([y]), none_binned([x])))


def t348_multi_german6(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    xs = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], 2)
    if len(xs) < 2 or _room(w, bowl) < 2:
        return None
    x, y = xs
    return _made(w, f"At first put the {x} in the {bowl}, after this the {y} also in the {bowl}.",
                 _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


def t348_multi_gran8(w: World) -> Made:
    xs = w.pick(w.clear_blocks(), 3)
    if len(xs) < 3:
        return None
    x, y, z = xs
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"Firstly, would you move the {x} to the {p}, then put the {y} on top of it, and after that "
                    f"the {z} on top of the {y}? Thank you, love.",
                 _act(rels(Rel("at", x, p), Rel("on", y, x), Rel("on", z, y))))


def t348_multi_plain129(w: World) -> Made:
    xs = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [b for b in w.clear_blocks() if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"Put the {x} on the table, then stack the {y} on it.",
                 _act(rels(Rel("on_table", x), Rel("on", y, x))))


# ----- question ---------------------------------------------------------------------------------------
def t348_q_plumber6(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"What've we got in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t348_q_manager6(w: World) -> Made:
    return ("Quick status check: how many blocks are on the table right now?",
            answered(str(len(w.state.on_the_table()))))


def t348_q_teen12(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        x, y = w.pick(w.blocks, 2)
    return f"is the {x} on the {y} or what", answered(yes(w.state.support[x] == y))


def t348_q_german6(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"Where is the {x} lying?", answered(_where(w, x))


def t348_q_gran8(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    return f"How many blocks are in the {bowl}, love?", answered(str(len(w.state.in_bowl(bowl))))


def t348_q_plain129(w: World) -> Made:
    xs = [b for b in w.blocks if _grounded(w.state, b) or w.state.support[b] in w.bowls]
    x = w.rng.choice(xs)
    return f"Is the {x} on the table?", answered(yes(_grounded(w.state, x)))


# ----- matching ---------------------------------------------------------------------------------------
def t348_match_plumber6(w: World) -> Made:
    moves = _needs_moving(w)
    if not moves or not _fits(w, moves):
        return None
    return _made(w, "Sort the blocks into the bowls by colour. Like goes with like.", _act(rels(*matching(w))))


def t348_match_manager6(w: World) -> Made:
    moves = _needs_moving(w)
    if not moves or not _fits(w, moves):
        return None
    return _made(w, "Can we get every block that has a bowl of the same colour into that bowl? The rest are "
                    "not part of this deliverable.", _act(rels(*matching(w))))


def t348_match_teen12(w: World) -> Made:
    moves = _needs_moving(w)
    if not moves:
        return None
    x = w.rng.choice(list(moves))
    if _room(w, moves[x]) < 1:
        return None
    return _made(w, f"the {x} goes in the {moves[x]}. matching colours. it's not hard",
                 _act(rels(Rel("in", x, moves[x]))))


def t348_match_german6(w: World) -> Made:
    moves = _needs_moving(w)
    if not moves or any(_room(w, b) < 1 for b in moves.values()):
        return None
    by_colour = {w.colour(b) for b in w.bowls}
    rest = [b for b in w.blocks if w.colour(b) not in by_colour]
    if any(r in w.state.above(m) for m in moves for r in rest):
        return None
    return _made(w, "Please put each block into the bowl of the same colour, the other blocks stay where they are.",
                 _act(rels(*matching(w)), kept(*rest)))


def t348_match_gran8(w: World) -> Made:
    moves = _needs_moving(w)
    by_colour = {w.colour(b) for b in w.bowls}
    rest = [b for b in w.blocks if w.colour(b) not in by_colour]
    if not moves or not rest or not _fits(w, moves):
        return None
    return _made(w, "Could you put the blocks into the bowls that match their colours, dear, and any block "
                    "without a matching bowl into the bin?", _act(rels(*matching(w)), binned(rest)))


def t348_match_plain129(w: World) -> Made:
    moves = _needs_moving(w)
    if len(moves) < 2 or not _fits(w, moves):
        return None
    x = w.rng.choice(list(moves))
    if any(b in moves for b in _below(w, x)):
        return None
    want = [r for r in matching(w) if r.block != x]
    return _made(w, f"Match the blocks up with the bowls of the same colour, except the {x}. Leave that one "
                    f"where it is.", _act(rels(*want), kept(x)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("plumber6", "manager6", "teen12", "german6", "gran8", "plain129")
FRESH348: list[Template] = [
    (f"t348_{short}_{style}", category, globals()[f"t348_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
