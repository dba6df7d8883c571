"""`FRESH314`, the three-hundred-and-fifteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing to the arm between other things. Six personas write them:
- nurse3: a nurse on a night shift, calm and clear, short checklists ("Red block into the blue bowl, please.")
- pilot2: an airline pilot, crisp and procedural ("Place the red block on top of the green block. Proceed.")
- gardener4: a gardener, friendly, talks of tidying and replanting ("The red block belongs in the blue bowl.")
- teen5: a teenager, lowercase, slang, abbreviations ("chuck the red block in the bin pls")
- vietnamese: a Vietnamese speaker writing English with small slips ("I want that the red block go to blue bowl.")
- plain95: a plain, ordinary adult ("Take the red block out of the blue bowl and set it down on the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 4982a16, the code of cd0e088, before anything it could prompt): 0.90
goal-correct (270 of 300), 25 refused, 0 questions, 5 wrong actions, 0 wrong replies. The wrong actions: a plain
adult's 'I'd rather have X on the table than on Y' (X on Y) did nothing. The refusals: a Vietnamese speaker's 'take X
off from Y and put it on table', a gardener's 'X belongs in W, same as a bulb belongs in its pot', a pilot's
'Requesting X be moved to the bin.', a gardener's 'Every block that isn't in a bowl can go in the bin; the bowls can
keep what they've got.', a plain adult's 'the block closest to the top edge of the table'.
"""

from __future__ import annotations

from benchmarks.planner_language import (Check, Made, Template, World, answered, binned, both, count_in, empty,
                                         kept, matching, none_binned, rels, yes)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _col(name: str) -> str:
    """The colour word of a name ("red block" -> "red")."""
    return name.split()[0]


def _depth(s: SymState, b: str) -> int:
    """How many blocks stand from the base of `b`'s tower up to `b`, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _clear(w: World, exclude: tuple[str, ...] = ()) -> list[str]:
    return [b for b in w.clear_blocks() if b not in exclude]


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _to_bowl(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A clear block not yet in a bowl with room for it."""
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    if bowl is None:
        return None
    block = _one(w, [b for b in _clear(w, exclude) if w.state.base(b) != bowl])
    return (block, bowl) if block else None


def _stack_pair(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(top, below): two clear blocks; the top can go on the other without a tower over the limit."""
    tops = _clear(w, exclude)
    top = _one(w, tops)
    if top is None:
        return None
    below = _one(w, [b for b in tops if b != top and _depth(w.state, b) < layout.MAX_TOWER])
    return (top, below) if below else None


def _on_block(w: World) -> tuple[str, str] | None:
    """(top, below) for a clear block resting on another block."""
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    return w.rng.choice(pairs) if pairs else None


def _winner(w: World, items: list[str], key, margin: float = 0.03) -> str | None:
    """The item with the clearly smallest key (by at least `margin`), if any."""
    if len(items) < 2:
        return None
    ranked = sorted(items, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= margin else None


def _on_tbl(block: str) -> Check:
    """The block's tower stands on the table (a named place included)."""
    return lambda _i, f: f.base(block) in (TABLE, *PLACES)


def _bowl_kept(w: World, bowl: str) -> Check:
    """Nothing in the bowl moves and nothing is added to it."""
    inside = w.state.in_bowl(bowl)
    return both(kept(*inside), count_in(bowl, len(inside)))


def _matching_ok(w: World) -> list[Rel] | None:
    """The matching relations, when every bowl has room for the blocks of its colour."""
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    for bowl in w.bowls:
        incoming = sum(1 for r in want if r.target == bowl)
        if incoming and not _room(w, bowl, incoming):
            return None
    return matching(w)


# ----- imperative -----------------------------------------------------------------------------------
def t314_imp_nurse3(w: World) -> Made:
    got = _to_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return _made(w, f"{_cap(x)} into the {bowl}, please.", _act(rels(Rel("in", x, bowl))))


def t314_imp_pilot2(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    return _made(w, f"Place the {x} on top of the {y}. Proceed.", _act(rels(Rel("on", x, y))))


def t314_imp_gardener4(w: World) -> Made:
    x = _one(w, _clear(w))
    if x is None:
        return None
    place = w.rng.choice(PLACES)
    text = f"Could you move the {x} over to the {place}? It'll have a bit more room to breathe there."
    return _made(w, text, _act(rels(Rel("at", x, place))))


def t314_imp_teen5(w: World) -> Made:
    x = _one(w, _clear(w))
    if x is None:
        return None
    return _made(w, f"chuck the {x} in the bin pls", _act(binned([x])))


def t314_imp_vietnamese(w: World) -> Made:
    got = _on_block(w)
    if got is None:
        return None
    x, y = got
    return _made(w, f"Please take the {x} off from {y} and put it on table.", _act(rels(Rel("on_table", x))))


def t314_imp_plain95(w: World) -> Made:
    x = _one(w, [b for b in _clear(w) if w.state.support[b] in w.bowls])
    if x is None:
        return None
    bowl = w.state.support[x]
    text = f"Take the {x} out of the {bowl} and set it down on the table."
    return _made(w, text, _act(rels(Rel("on_table", x))))


# ----- declarative ----------------------------------------------------------------------------------
def t314_dec_nurse3(w: World) -> Made:
    x = _one(w, _clear(w))
    if x is None:
        return None
    return _made(w, f"The {x} goes in the bin.", _act(binned([x])))


def t314_dec_pilot2(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    return _made(w, f"Required configuration: the {x} on top of the {y}.", _act(rels(Rel("on", x, y))))


def t314_dec_gardener4(w: World) -> Made:
    got = _to_bowl(w)
    if got is None:
        return None
    x, bowl = got
    text = f"The {x} belongs in the {bowl}, same as a bulb belongs in its pot."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t314_dec_teen5(w: World) -> Made:
    x = _one(w, _clear(w))
    if x is None:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"the {x} has to be in the {place} ok", _act(rels(Rel("at", x, place))))


def t314_dec_vietnamese(w: World) -> Made:
    x = _one(w, [b for b in _clear(w) if w.state.support[b] != TABLE])
    if x is None:
        return None
    return _made(w, f"The {x} must to be on the table.", _act(rels(Rel("on_table", x))))


def t314_dec_plain95(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    return _made(w, f"The {x} needs to be on top of the {y}.", _act(rels(Rel("on", x, y))))


# ----- desiderative ---------------------------------------------------------------------------------
def t314_des_nurse3(w: World) -> Made:
    got = _to_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return _made(w, f"I'd like the {x} in the {bowl}, please.", _act(rels(Rel("in", x, bowl))))


def t314_des_pilot2(w: World) -> Made:
    x = _one(w, _clear(w))
    if x is None:
        return None
    return _made(w, f"Requesting the {x} be moved to the bin.", _act(binned([x])))


def t314_des_gardener4(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    text = f"It would be lovely to have the {x} sitting on the {y}, like a little stacked planter."
    return _made(w, text, _act(rels(Rel("on", x, y))))


def t314_des_teen5(w: World) -> Made:
    x = _one(w, _clear(w))
    if x is None:
        return None
    return _made(w, f"i want the {x} in the middle pls", _act(rels(Rel("at", x, "middle"))))


def t314_des_vietnamese(w: World) -> Made:
    got = _to_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return _made(w, f"I want that the {x} go to the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t314_des_plain95(w: World) -> Made:
    got = _on_block(w)
    if got is None:
        return None
    x, y = got
    text = f"I'd rather have the {x} on the table than on the {y}."
    return _made(w, text, _act(rels(Rel("on_table", x))))


# ----- quantified -----------------------------------------------------------------------------------
def t314_qua_nurse3(w: World) -> Made:
    return _made(w, "All blocks into the bin, please.", _act(binned(w.blocks)))


def t314_qua_pilot2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if bowl is None or len(w.blocks) < 2:
        return None
    return _made(w, f"Transfer two blocks into the {bowl}.", _act(count_in(bowl, 2)))


def t314_qua_gardener4(w: World) -> Made:
    inside, outside = w.in_bowls(), w.state.on_the_table()
    if not inside or not outside:
        return None
    text = "Every block that isn't in a bowl can go in the bin; the bowls can keep what they've got."
    return _made(w, text, _act(binned(outside), kept(*inside)))


def t314_qua_teen5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "get every block out of the bowls and onto the table", _act(*(_on_tbl(b) for b in inside)))


def t314_qua_vietnamese(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    check = lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 3
    return _made(w, "Please put three block in the bin.", _act(check))


def t314_qua_plain95(w: World) -> Made:
    loose = w.state.on_the_table()
    bowl = _one(w, [b for b in w.bowls if _room(w, b, len(loose))])
    if bowl is None or len(loose) < 2:
        return None
    text = f"Put every block that's on the table into the {bowl}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in loose))))


# ----- negated --------------------------------------------------------------------------------------
def t314_neg_nurse3(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    return _made(w, f"No block should stay in the {bowl}.", _act(empty(bowl)))


def t314_neg_pilot2(w: World) -> Made:
    x = _one(w, w.blocks)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Bin all blocks except the {x}.", _act(binned(others), none_binned([x])))


def t314_neg_gardener4(w: World) -> Made:
    got = _on_block(w)
    if got is None:
        return None
    x, y = got
    text = f"The {x} shouldn't be sitting on the {y} anymore, could you lift it off?"
    return _made(w, text, _act(rels(Rel("on", x, y, negated=True))))


def t314_neg_teen5(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    text = f"everything in the bin except the {_col(x)} and {_col(y)} blocks"
    return _made(w, text, _act(binned(others), none_binned([x, y])))


def t314_neg_vietnamese(w: World) -> Made:
    x = _one(w, [b for b in _clear(w) if w.state.base(b) in w.bowls])
    if x is None:
        return None
    bowl = w.state.base(x)
    return _made(w, f"The {x} must not be in the {bowl} anymore.", _act(rels(Rel("in", x, bowl, negated=True))))


def t314_neg_plain95(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    text = f"Empty the {bowl}, but don't put anything in the bin."
    return _made(w, text, _act(empty(bowl), none_binned(w.blocks)))


# ----- relative -------------------------------------------------------------------------------------
def t314_rel_nurse3(w: World) -> Made:
    below = _one(w, [s for _t, s in w.pairs()])
    if below is None:
        return None
    x = w.state.on_top(below)[0]
    return _made(w, f"The block sitting on the {below} goes in the bin, please.", _act(binned([x])))


def t314_rel_pilot2(w: World) -> Made:
    x = _winner(w, w.blocks, w.y)
    if x is None or not w.state.is_clear(x):
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"Move the leftmost block to the {place}.", _act(rels(Rel("at", x, place))))


def t314_rel_gardener4(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    if bowl is None:
        return None
    x = _winner(w, [b for b in w.blocks if w.state.base(b) != bowl], lambda b: w.dist(b, bowl))
    if x is None or not w.state.is_clear(x):
        return None
    text = f"The block closest to the {bowl}, pop it into that bowl, would you?"
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t314_rel_teen5(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if bowl is None:
        return None
    x = w.state.in_bowl(bowl)[0]
    y = _one(w, [b for b in _clear(w, (x,)) if _depth(w.state, b) < layout.MAX_TOWER])
    if y is None:
        return None
    return _made(w, f"the block in the {bowl}, put it on the {y}", _act(rels(Rel("on", x, y))))


def t314_rel_vietnamese(w: World) -> Made:
    x = _winner(w, w.blocks, lambda b: -w.y(b))
    if x is None:
        return None
    return _made(w, "Please put the block which is most right into the bin.", _act(binned([x])))


def t314_rel_plain95(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    if bowl is None:
        return None
    x = _winner(w, [b for b in w.blocks if w.state.base(b) != bowl], lambda b: w.scene.get(b).position[0])
    if x is None or not w.state.is_clear(x):
        return None
    text = f"Take the block closest to the top edge of the table and put it in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


# ----- keep -----------------------------------------------------------------------------------------
def t314_keep_nurse3(w: World) -> Made:
    x = _one(w, _clear(w))
    y = _one(w, [b for b in w.blocks if b != x])
    if x is None or y is None:
        return None
    text = f"{_cap(x)} to the bin. Leave the {y} where it is."
    return _made(w, text, _act(binned([x]), kept(y)))


def t314_keep_pilot2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    got = _stack_pair(w, tuple(w.state.in_bowl(bowl)))
    if got is None:
        return None
    x, y = got
    text = f"Stack the {x} on the {y}. Do not touch the {bowl}."
    return _made(w, text, _act(rels(Rel("on", x, y)), _bowl_kept(w, bowl)))


def t314_keep_gardener4(w: World) -> Made:
    got = _to_bowl(w)
    if got is None:
        return None
    x, bowl = got
    y = _one(w, [b for b in w.blocks if b != x])
    if y is None:
        return None
    text = f"Could you tuck the {x} into the {bowl}, but let the {y} be where it is?"
    return _made(w, text, _act(rels(Rel("in", x, bowl)), kept(y)))


def t314_keep_teen5(w: World) -> Made:
    x = _one(w, _clear(w))
    y = _one(w, [b for b in w.blocks if b != x])
    if x is None or y is None:
        return None
    place = w.rng.choice(PLACES[:4])
    text = f"move the {x} to the {place} but dont touch the {y}"
    return _made(w, text, _act(rels(Rel("at", x, place)), kept(y)))


def t314_keep_vietnamese(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] not in w.state.support])
    if x is None:
        return None
    others = [b for b in w.blocks if b != x]
    text = f"Please put all the block in bin, only the {x} you leave it there."
    return _made(w, text, _act(binned(others), kept(x)))


def t314_keep_plain95(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    got = _on_block(w)
    if bowl is None or got is None or w.state.base(got[0]) == bowl:
        return None
    x = got[0]
    text = f"Put the {x} on the table, and leave everything in the {bowl} alone."
    return _made(w, text, _act(rels(Rel("on_table", x)), _bowl_kept(w, bowl)))


# ----- multi_step -----------------------------------------------------------------------------------
def t314_multi_nurse3(w: World) -> Made:
    got = _to_bowl(w)
    if got is None:
        return None
    y, bowl = got
    x = _one(w, _clear(w, (y,)))
    if x is None:
        return None
    text = f"First the {x} into the bin, then the {y} into the {bowl}."
    return _made(w, text, _act(binned([x]), rels(Rel("in", y, bowl))))


def t314_multi_pilot2(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    y, x = got
    place = w.rng.choice(PLACES[:4])
    text = f"Step one: {x} to the {place}. Step two: {y} on top of the {x}. Proceed."
    return _made(w, text, _act(rels(Rel("at", x, place), Rel("on", y, x))))


def t314_multi_gardener4(w: World) -> Made:
    got = _to_bowl(w)
    if got is None:
        return None
    y, bowl = got
    rest = _clear(w, (y,))
    if len(rest) < 2:
        return None
    x, z = w.pick(rest, 2)
    text = (f"Let's start by moving the {x} to the middle, after that pop the {y} in the {bowl}, "
            f"and then the {z} can go in the bin.")
    return _made(w, text, _act(rels(Rel("at", x, "middle"), Rel("in", y, bowl)), binned([z])))


def t314_multi_teen5(w: World) -> Made:
    got = _on_block(w)
    if got is None:
        return None
    x, y = got
    text = f"take the {x} off the {_col(y)} one then put the {_col(y)} one in the bin"
    return _made(w, text, _act(binned([y]), none_binned([x]), rels(Rel("on", x, y, negated=True))))


def t314_multi_vietnamese(w: World) -> Made:
    x = _one(w, [b for b in _clear(w) if w.state.support[b] != TABLE])
    y = _one(w, _clear(w, (x,)))
    if x is None or y is None:
        return None
    text = f"First you put the {x} on the table, after that put {y} on {x}."
    return _made(w, text, _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t314_multi_plain95(w: World) -> Made:
    bowl = _one(w, w.bowls)
    got = _stack_pair(w)
    if got is None:
        return None
    y, x = got
    if w.state.base(x) == bowl:
        return None
    extra = sum(1 for b in (x, y) if w.state.base(b) != bowl)
    if not _room(w, bowl, extra):
        return None
    text = f"Move the {x} into the {bowl}, then stack the {y} on it."
    return _made(w, text, _act(rels(Rel("in", x, bowl), Rel("on", y, x))))


# ----- question -------------------------------------------------------------------------------------
def t314_q_nurse3(w: World) -> Made:
    bowl = _one(w, w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"What's in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t314_q_pilot2(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        x, y = w.pick(w.blocks, 2)
    return f"Confirm: is the {x} on the {y}?", answered(yes(w.state.support[x] == y))


def t314_q_gardener4(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks are sitting in the {bowl} right now?", answered(str(n))


def t314_q_teen5(w: World) -> Made:
    x = _one(w, w.blocks)
    s = w.state.support[x]
    if s not in (TABLE, *w.bowls, *w.blocks):
        return None
    return f"where's the {x} at", answered(s)


def t314_q_vietnamese(w: World) -> Made:
    n = len(w.state.on_the_table())
    if n == 0:
        return None
    return "How many block are on the table now?", answered(str(n))


def t314_q_plain95(w: World) -> Made:
    y = _one(w, [s for _t, s in w.pairs()])
    if y is None:
        return None
    return f"What's sitting on top of the {y}?", answered(w.state.on_top(y)[0])


# ----- matching -------------------------------------------------------------------------------------
def t314_match_nurse3(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    return _made(w, "Each block into the bowl of its own colour, please.", _act(rels(*want)))


def t314_match_pilot2(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    return _made(w, "Sort the blocks into the bowls of matching colour. Proceed.", _act(rels(*want)))


def t314_match_gardener4(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Could you put the {r.block} into the bowl that's the same colour as it? Like goes with like."
    return _made(w, text, _act(rels(r)))


def t314_match_teen5(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    return _made(w, "match the blocks to the bowls w the same color", _act(rels(*want)))


def t314_match_vietnamese(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    return _made(w, "Please put every block into the bowl have same colour with it.", _act(rels(*want)))


def t314_match_plain95(w: World) -> Made:
    want = _matching_ok(w)
    if want is None:
        return None
    movers = [r.block for r in want if not holds(r, w.state)]
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    if not others or any(o in w.state.above(m) for m in movers for o in others):
        return None
    text = "Put the blocks that match a bowl's colour into that bowl, and leave the other blocks where they are."
    return _made(w, text, _act(rels(*want), kept(*others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse3", "pilot2", "gardener4", "teen5", "vietnamese", "plain95")
FRESH314: list[Template] = [
    (f"t314_{short}_{style}", category, globals()[f"t314_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
