"""`FRESH344`, the three-hundred-and-forty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table through a chat window between other things. Six
personas write them:
- nurse7: a nurse, calm and caring ("Could you place the red block in the blue bowl for me, please? Thank you.")
- soldier: a soldier, clipped orders ("Red block. Top left corner. Now.")
- mum6: a busy mum, multitasking, quick ("quick, stack the red block on the green block pls")
- chinese6: a Chinese speaker writing English with small slips ("Please put the red block into the bin, thanks.")
- surfer: a surfer, laid back slang ("yo, pull the red block off that stack and just set it on the table, dude")
- plain125: a plain, ordinary adult ("Move the red block to the middle of the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 3de78d7, the code of 2cc17e8, before anything it could
prompt): 0.9333 goal-correct (280 of 300), 15 refused, 0 questions, 0 wrong actions, 5 wrong replies: a surfer's 'yo
how many blocks are chilling in W?'. The refusals: a surfer's 'I'd love X just chilling in the middle, man' and '...
but leave the tower alone, man'; a Chinese speaker's 'Empty W, but the blocks don't put in the bin'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(s: SymState, b: str) -> int:
    """How many blocks make the tower up to and including `b`."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stack_on(w: World) -> list[str]:
    """Clear blocks standing (in towers) on the table that can take one more block."""
    s = w.state
    return [b for b in w.clear_blocks() if s.base(b) in (TABLE, *PLACES) and _height(s, b) < layout.MAX_TOWER]


def _pair(w: World) -> tuple[str, str] | None:
    """(a clear block, another block it can be stacked on)."""
    bases = _stack_on(w)
    movers = w.clear_blocks()
    w.rng.shuffle(movers)
    for x in movers:
        ys = [y for y in bases if y != x and w.state.support[x] != y]
        if ys:
            return x, w.rng.choice(ys)
    return None


def _into(w: World) -> tuple[str, str] | None:
    """(a clear block, a bowl with room that it is not in)."""
    for x in w.pick(w.clear_blocks(), len(w.clear_blocks())):
        bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]
        if bowls:
            return x, w.rng.choice(bowls)
    return None


def _winner(w: World, names: list[str], key) -> str | None:
    """The name with the smallest key, if it wins by a clear margin."""
    if len(names) < 2:
        return names[0] if names else None
    ranked = sorted(names, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= _MARGIN else None


def _towers(w: World) -> list[list[str]]:
    """Each tower on the table or a place, bottom first."""
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] in (TABLE, *PLACES) and s.on_top(b)]
    return [[b, *s.above(b)[::-1]] for b in bottoms]


def _c(name: str) -> str:
    """"red block" -> "red"."""
    return name.split()[0]


# ----- imperative -----------------------------------------------------------------------------------
def t344_imp_nurse7(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"Could you place the {x} in the {bowl} for me, please? Thank you.", _act(rels(Rel("in", x, bowl))))


def t344_imp_soldier(w: World) -> Made:
    x, place = w.rng.choice(w.clear_blocks()), w.rng.choice(PLACES[:4])
    return _made(w, f"{x.capitalize()}. {place.capitalize()}. Now.", _act(rels(Rel("at", x, place))))


def t344_imp_mum6(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"quick, stack the {x} on the {y} pls", _act(rels(Rel("on", x, y))))


def t344_imp_chinese6(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    return _made(w, f"Please put the {x} into the bin, thanks.", _act(binned([x])))


def t344_imp_surfer(w: World) -> Made:
    tops = [a for a, _ in w.pairs() if w.state.is_clear(a) and w.state.base(a) in (TABLE, *PLACES)]
    if not tops:
        return None
    x = w.rng.choice(tops)
    return _made(w, f"yo, pull the {x} off that stack and just set it on the table, dude",
                 _act(rels(Rel("on_table", x))))


def t344_imp_plain125(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    return _made(w, f"Move the {x} to the middle of the table.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- declarative ----------------------------------------------------------------------------------
def t344_dec_nurse7(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    return _made(w, f"The {x} belongs in the bin, if you could see to that.", _act(binned([x])))


def t344_dec_soldier(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"{x.capitalize()} goes on the {y}.", _act(rels(Rel("on", x, y))))


def t344_dec_mum6(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"ok the {x} needs to be in the {bowl}", _act(rels(Rel("in", x, bowl))))


def t344_dec_chinese6(w: World) -> Made:
    x, place = w.rng.choice(w.clear_blocks()), w.rng.choice(PLACES[:4])
    return _made(w, f"The {x} must be at the {place}.", _act(rels(Rel("at", x, place))))


def t344_dec_surfer(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"the {x} lives in the {bowl} now, bro", _act(rels(Rel("in", x, bowl))))


def t344_dec_plain125(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"The {x} should be sitting on top of the {y}.", _act(rels(Rel("on", x, y))))


# ----- desiderative ---------------------------------------------------------------------------------
def t344_des_nurse7(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"I'd like the {x} in the {bowl}, if you don't mind.", _act(rels(Rel("in", x, bowl))))


def t344_des_soldier(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    return _made(w, f"Want the {x} in the bin.", _act(binned([x])))


def t344_des_mum6(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"would be great if the {x} was on the {y}, thx", _act(rels(Rel("on", x, y))))


def t344_des_chinese6(w: World) -> Made:
    x, place = w.rng.choice(w.clear_blocks()), w.rng.choice(PLACES[:4])
    return _made(w, f"I want the {x} go to the {place}, please.", _act(rels(Rel("at", x, place))))


def t344_des_surfer(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    return _made(w, f"I'd love the {x} just chilling in the middle, man", _act(rels(Rel("at", x, PLACES[4]))))


def t344_des_plain125(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
        if len(xs) >= 2 and _room(w, bowl, 2):
            x, y = w.pick(xs, 2)
            return _made(w, f"It would be nice to have the {x} and the {y} both in the {bowl}.",
                         _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))
    return None


# ----- quantified -----------------------------------------------------------------------------------
def t344_qua_nurse7(w: World) -> Made:
    return _made(w, "Could you put all of the blocks in the bin, please?", _act(binned(w.blocks)))


def t344_qua_soldier(w: World) -> Made:
    loose, inside = w.state.on_the_table(), w.in_bowls()
    if not loose or not inside:
        return None
    return _made(w, "All blocks on the table into the bin. Bowls stay as they are.",
                 _act(binned(loose), none_binned(inside), kept(*inside)))


def t344_qua_mum6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.clear_blocks()) < 2:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"put two blocks in the {bowl}, any two", _act(count_in(bowl, 2)))


def t344_qua_chinese6(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Please take all the blocks out from the {bowl} and put them on the table.",
                 _act(rels(*(Rel("on_table", b) for b in inside))))


def t344_qua_surfer(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "stack every single block into one big tower, dude", _act(rels(Rel("tower", *w.blocks))))


def t344_qua_plain125(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Put three of the blocks in the bin, it doesn't matter which.",
                 _act(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3))


# ----- negated --------------------------------------------------------------------------------------
def t344_neg_nurse7(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Please make sure no block is left in the {bowl}.", _act(empty(bowl)))


def t344_neg_soldier(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Bin every block except the {x}.", _act(binned(others), none_binned([x])))


def t344_neg_mum6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"the {x} shouldn't be sitting on the {y}, sort that out pls",
                 _act(rels(Rel("on", x, y, negated=True))))


def t344_neg_chinese6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Empty the {bowl}, but the blocks don't put in the bin.", _act(empty(bowl), none_binned(inside)))


def t344_neg_surfer(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"everything but the {x} and the {_c(y)} one goes in the bin, dude",
                 _act(binned(others), none_binned([x, y])))


def t344_neg_plain125(w: World) -> Made:
    below = sorted({b for _, b in w.pairs()})
    if not below:
        return None
    x = w.rng.choice(below)
    return _made(w, f"I don't want anything on top of the {x}.", _act(rels(Rel("clear", x))))


# ----- relative -------------------------------------------------------------------------------------
def t344_rel_nurse7(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    names = [b for b in w.blocks if w.state.base(b) != bowl]
    x = _winner(w, names, lambda b: w.dist(b, bowl))
    if x is None or not w.state.is_clear(x) or w.state.support[x] != TABLE:
        return None
    return _made(w, f"Could you move the block nearest the {bowl} into the bin, please?", _act(binned([x])))


def t344_rel_soldier(w: World) -> Made:
    x = _winner(w, w.blocks, w.y)
    if x is None or not w.state.is_clear(x):
        return None
    return _made(w, "Leftmost block to the top right corner.", _act(rels(Rel("at", x, PLACES[1]))))


def t344_rel_mum6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"whatever's on top of the {y}, bin it", _act(binned([x])))


def t344_rel_chinese6(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block in the {bowl}, please move it to the middle.", _act(rels(Rel("at", x, PLACES[4]))))


def t344_rel_surfer(w: World) -> Made:
    x = _winner(w, w.blocks, lambda b: -w.y(b))
    if x is None or not w.state.is_clear(x):
        return None
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"grab the block way over on the right and toss it in the {bowl}",
                 _act(rels(Rel("in", x, bowl))))


def t344_rel_plain125(w: World) -> Made:
    if not w.pairs():
        return None
    x, y = w.rng.choice(w.pairs())
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"Move the block that the {x} is sitting on to the {place}.", _act(rels(Rel("at", y, place))))


# ----- keep -----------------------------------------------------------------------------------------
def t344_keep_nurse7(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    rest = [b for b in w.blocks if b not in (x, y)]
    if not rest:
        return None
    z = w.rng.choice(rest)
    return _made(w, f"Could you stack the {x} on the {y}? Please leave the {z} where it is.",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t344_keep_soldier(w: World) -> Made:
    stay = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not stay:
        return None
    x = w.rng.choice(stay)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"All blocks in the bin. {x.capitalize()} stays put.", _act(binned(others), kept(x)))


def t344_keep_mum6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not xs:
        return None
    x, inside = w.rng.choice(xs), w.state.in_bowl(bowl)
    same = lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(inside)
    return _made(w, f"put the {x} in the bin but don't touch the {bowl}", _act(binned([x]), same, kept(*inside)))


def t344_keep_chinese6(w: World) -> Made:
    x, place = w.rng.choice(w.clear_blocks()), w.rng.choice(PLACES[:4])
    rest = [b for b in w.blocks if b != x]
    z = w.rng.choice(rest)
    return _made(w, f"Put the {x} on the {place}, the {z} don't move it.", _act(rels(Rel("at", x, place)), kept(z)))


def t344_keep_surfer(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    tower = towers[0]
    for x in w.pick(w.clear_blocks(), len(w.clear_blocks())):
        bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]
        if x not in tower and bowls:
            bowl = w.rng.choice(bowls)
            return _made(w, f"pop the {x} in the {bowl} but leave the tower alone, man",
                         _act(rels(Rel("in", x, bowl)), kept(*tower)))
    return None


def t344_keep_plain125(w: World) -> Made:
    got = _pair(w)
    if not got:
        return None
    x, y = got
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Put the {x} on the {y} without moving any of the other blocks.",
                 _act(rels(Rel("on", x, y)), kept(*others)))


# ----- multi_step -----------------------------------------------------------------------------------
def t344_multi_nurse7(w: World) -> Made:
    got = _into(w)
    if not got:
        return None
    x, bowl = got
    rest = [b for b in w.clear_blocks() if b != x]
    if not rest:
        return None
    y = w.rng.choice(rest)
    return _made(w, f"First, could you put the {x} in the {bowl}, and then the {y} in the bin? Thank you.",
                 _act(rels(Rel("in", x, bowl), Rel("in_bin", y))))


def t344_multi_soldier(w: World) -> Made:
    xs = w.pick(w.clear_blocks(), 2)
    if not xs:
        return None
    x, y = xs
    return _made(w, f"{x.capitalize()} to the bin. Then {y} to the middle.",
                 _act(rels(Rel("in_bin", x), Rel("at", y, PLACES[4]))))


def t344_multi_mum6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"take the {x} off the {y}, then chuck the {y} in the bin",
                 _act(rels(Rel("on", x, y, negated=True), Rel("in_bin", y))))


def t344_multi_chinese6(w: World) -> Made:
    xs = w.pick(w.clear_blocks(), 2)
    if not xs:
        return None
    x, y = xs
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"First put the {x} to the {place}, after that put the {y} on it.",
                 _act(rels(Rel("at", x, place), Rel("on", y, x))))


def t344_multi_surfer(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        xs = [b for b in w.clear_blocks()]
        zs = [b for b in xs if w.state.base(b) != bowl]
        if len(xs) < 3 or not zs or not _room(w, bowl):
            continue
        z = w.rng.choice(zs)
        x, y = w.pick([b for b in xs if b != z], 2)
        return _made(w, f"ok so first bin the {x}, then the {_c(y)} one, then chuck the {z} in the {bowl}",
                     _act(rels(Rel("in_bin", x), Rel("in_bin", y), Rel("in", z, bowl))))
    return None


def t344_multi_plain125(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 3:
        return None
    for bowl in w.pick(w.bowls, len(w.bowls)):
        ys = [b for b in xs if w.state.base(b) != bowl]
        if not ys or not _room(w, bowl):
            continue
        y = w.rng.choice(ys)
        x, z = w.pick([b for b in xs if b != y], 2)
        return _made(w, f"Move the {x} to the top left corner, then put the {y} in the {bowl}, and finally stack "
                        f"the {z} on the {x}.",
                     _act(rels(Rel("at", x, PLACES[0]), Rel("in", y, bowl), Rel("on", z, x))))
    return None


# ----- question -------------------------------------------------------------------------------------
def t344_q_nurse7(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = sorted(w.state.in_bowl(bowl))
    return f"Could you tell me what's in the {bowl}, please?", answered("|".join(inside) if inside else "nothing")


def t344_q_soldier(w: World) -> Made:
    return "How many blocks on the table?", answered(str(w.state.count_at(TABLE)))


def t344_q_mum6(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside) if inside and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    return f"is the {x} in the {bowl}?", answered(yes(x in inside))


def t344_q_chinese6(w: World) -> Made:
    s = w.state
    xs = [b for b in w.blocks if not (s.support[b] in s.support and s.base(b) != s.support[b] and
                                      s.base(b) in w.bowls)]
    x = w.rng.choice(xs)
    return f"Where is the {x} now?", answered(s.support[x])


def t344_q_surfer(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"yo how many blocks are chilling in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t344_q_plain125(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        x, y = w.pick(w.blocks, 2)
    return f"Is the {x} on top of the {y}?", answered(yes(w.state.support[x] == y))


# ----- matching -------------------------------------------------------------------------------------
def t344_match_nurse7(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Could you please put each block into the bowl of the same colour? Thank you.", _act(rels(*want)))


def t344_match_soldier(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort the blocks into the bowls by colour.", _act(rels(*want)))


def t344_match_mum6(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"the {r.block} goes in the bowl that's the same colour, quick", _act(rels(r)))


def t344_match_chinese6(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    moving = {r.block for r in want}
    others = [b for b in w.blocks if b not in moving]
    if not others or any(set(w.state.above(m)) & set(others) for m in moving):
        return None
    return _made(w, "Please put the blocks to the bowl with same colour, the other blocks keep in their place.",
                 _act(rels(*want), kept(*others)))


def t344_match_surfer(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "any block that's got a bowl of its own colour, pop it in there dude", _act(rels(*want)))


def t344_match_plain125(w: World) -> Made:
    want = matching(w)
    moving = {r.block for r in want}
    others = [b for b in w.blocks if b not in moving]
    if not want or not others:
        return None
    return _made(w, "Put the blocks that match a bowl into that bowl, and everything else in the bin.",
                 _act(rels(*want), binned(others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse7", "soldier", "mum6", "chinese6", "surfer", "plain125")
FRESH344: list[Template] = [
    (f"t344_{short}_{style}", category, globals()[f"t344_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
