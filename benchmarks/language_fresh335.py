"""`FRESH335`, the three-hundred-and-thirty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing to the arm the way they would text a helper who is
standing at the table. Six personas write them:
- carpenter5: a carpenter, practical, trade words ("Set the red block square on top of the blue block.")
- professor5: a professor, formal, long sentences ("I would be most grateful if the green block were to end up in the pink bowl.")
- kid9: a six-year-old, excited, short sentences ("Put the red block in the bin!! Now!")
- vietnamese5: a Vietnamese speaker writing English with small slips ("Please put blue block to the top right corner.")
- mum5: a busy mum, quick, distracted ("grab the pink block and stick it in the middle, ta")
- plain116: a plain, ordinary adult ("Move the orange block onto the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 0e602fe, the code of bd33e56, before anything it could prompt): 0.8833
goal-correct (265 of 300), 35 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a carpenter's 'Set
X down on Y, square on top.' and 'I'd like X stacked on Y, nice and plumb.', a professor's 'It would please me greatly
if X were to end up in W.' and 'Would you place two blocks, whichever you prefer, in W? Two, mind you, not more.', a
Vietnamese speaker's 'I don't want any block stay on the table. Put all of them in the bin please.', a busy mum's
'that block on the far right - stick it in W', a plain adult's 'Empty W into the bin, but leave X in it.'.
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

MARGIN = 0.03  # metres: how clearly one block must win "leftmost", "nearest" and the like


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _level(s: SymState, block: str) -> int:
    """How many blocks the tower holds from `block` down, `block` included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stack_pair(w: World) -> tuple[str, str] | None:
    """Two loose tops (top, base): the first can go on the second (the second stands on the table, not too tall)."""
    s = w.state
    tops = w.clear_blocks()
    bases = [b for b in tops if s.base(b) in (TABLE, *PLACES) and _level(s, b) < layout.MAX_TOWER]
    options = [(a, b) for a in tops for b in bases if a != b]
    return w.rng.choice(options) if options else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _bowl_for(w: World, block: str) -> str | None:
    """A bowl with room that does not hold `block` yet."""
    options = [b for b in w.bowls if _room(w, b) and w.state.base(block) != b]
    return w.rng.choice(options) if options else None


def _off_table(w: World) -> list[str]:
    """Clear blocks that rest on a block or in a bowl: ones that can be put 'on the table'."""
    s = w.state
    return [b for b in w.clear_blocks() if s.support[b] not in (TABLE, *PLACES)]


def _winner(w: World, blocks: list[str], key) -> str | None:
    """The block with the smallest key, when it wins by at least MARGIN."""
    if len(blocks) < 2:
        return None
    ranked = sorted(blocks, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= MARGIN else None


def _towers(w: World) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    s = w.state
    out = []
    for b in w.blocks:
        if s.support[b] not in s.support and s.on_top(b):
            out.append([b, *reversed(s.above(b))])
    return out


def _in_bin(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _todo(w: World) -> list[Rel]:
    """The matching relations (block in the bowl of its colour) that do not hold yet."""
    return [r for r in matching(w) if not holds(r, w.state)]


# ----- imperative --------------------------------------------------------------------------------------
def t335_imp_carpenter5(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Set the {a} down on the {b}, square on top.", _act(rels(Rel("on", a, b))))


def t335_imp_professor5(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, a[0]) if a else None
    if not bowl:
        return None
    return _made(w, f"Kindly transfer the {a[0]} into the {bowl}, if you would be so good.",
                 _act(rels(Rel("in", a[0], bowl))))


def t335_imp_kid9(w: World) -> Made:
    a = w.pick(w.blocks)
    if not a:
        return None
    return _made(w, f"Put the {a[0]} in the bin!! Now now now!", _act(binned(a)))


def t335_imp_vietnamese5(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"Please move {a[0]} to the {place}.", _act(rels(Rel("at", a[0], place))))


def t335_imp_mum5(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    return _made(w, f"grab the {a[0]} and stick it in the middle", _act(rels(Rel("at", a[0], PLACES[4]))))


def t335_imp_plain116(w: World) -> Made:
    a = w.pick(_off_table(w))
    if not a:
        return None
    return _made(w, f"Move the {a[0]} onto the table.", _act(rels(Rel("on_table", a[0]))))


# ----- declarative -------------------------------------------------------------------------------------
def t335_dec_carpenter5(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"The {a} goes on top of the {b}.", _act(rels(Rel("on", a, b))))


def t335_dec_professor5(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, a[0]) if a else None
    if not bowl:
        return None
    return _made(w, f"The proper place for the {a[0]}, I am quite convinced, is the {bowl}.",
                 _act(rels(Rel("in", a[0], bowl))))


def t335_dec_kid9(w: World) -> Made:
    a = w.pick(w.blocks)
    if not a:
        return None
    return _made(w, f"The {a[0]} has to go in the bin! It's the rule!", _act(binned(a)))


def t335_dec_vietnamese5(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"The {a[0]} must be at {place}.", _act(rels(Rel("at", a[0], place))))


def t335_dec_mum5(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, a[0]) if a else None
    if not bowl:
        return None
    return _made(w, f"{a[0]} belongs in the {bowl}", _act(rels(Rel("in", a[0], bowl))))


def t335_dec_plain116(w: World) -> Made:
    a = w.pick(w.blocks)
    if not a:
        return None
    return _made(w, f"The {a[0]} should be in the bin.", _act(binned(a)))


# ----- desiderative ------------------------------------------------------------------------------------
def t335_des_carpenter5(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"I'd like the {a} stacked on the {b}, nice and plumb.", _act(rels(Rel("on", a, b))))


def t335_des_professor5(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, a[0]) if a else None
    if not bowl:
        return None
    return _made(w, f"It would please me greatly if the {a[0]} were to end up in the {bowl}.",
                 _act(rels(Rel("in", a[0], bowl))))


def t335_des_kid9(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"I want the {a[0]} in the {place}! Pleeease!", _act(rels(Rel("at", a[0], place))))


def t335_des_vietnamese5(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, a[0]) if a else None
    if not bowl:
        return None
    return _made(w, f"I want to have the {a[0]} inside {bowl}.", _act(rels(Rel("in", a[0], bowl))))


def t335_des_mum5(w: World) -> Made:
    a = w.pick(w.blocks)
    if not a:
        return None
    return _made(w, f"would love the {a[0]} in the bin, thanks", _act(binned(a)))


def t335_des_plain116(w: World) -> Made:
    a = w.pick(_off_table(w))
    if not a:
        return None
    return _made(w, f"I'd like the {a[0]} back on the table, please.", _act(rels(Rel("on_table", a[0]))))


# ----- quantified --------------------------------------------------------------------------------------
def t335_qua_carpenter5(w: World) -> Made:
    return _made(w, "Clear the lot into the bin. Every single block.", _act(binned(w.blocks)))


def t335_qua_professor5(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Would you place two blocks, whichever you prefer, in the {bowl}? Two, mind you, not more.",
                 _act(count_in(bowl, 2)))


def t335_qua_kid9(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"All the blocks in the {bowl}! All of them!",
                 _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t335_qua_vietnamese5(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "Please put all block that is not in a bowl into the bin.",
                 _act(binned(outside), none_binned(inside)))


def t335_qua_mum5(w: World) -> Made:
    return _made(w, "two blocks in the bin pls, any two, don't care which",
                 _act(lambda _i, f: _in_bin(f) == 2))


def t335_qua_plain116(w: World) -> Made:
    table = w.state.on_the_table()
    bowls = [b for b in w.bowls if _room(w, b, len(table))]
    if len(table) < 2 or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Put every block that's on the table into the {bowl}.",
                 _act(rels(*(Rel("in", b, bowl) for b in table))))


# ----- negated -----------------------------------------------------------------------------------------
def t335_neg_carpenter5(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Clear out the {bowl}. Nothing left in it.", _act(empty(bowl)))


def t335_neg_professor5(w: World) -> Made:
    a = w.pick(w.blocks)
    if not a:
        return None
    rest = [b for b in w.blocks if b != a[0]]
    return _made(w, f"Please dispose of every block in the bin, with the sole exception of the {a[0]}.",
                 _act(binned(rest), none_binned(a)))


def t335_neg_kid9(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} can't be on the {b}! Take it off!", _act(rels(Rel("on", a, b, negated=True))))


def t335_neg_vietnamese5(w: World) -> Made:
    table = w.state.on_the_table()
    if not table:
        return None
    return _made(w, "I don't want any block stay on the table. Put all of them in the bin please.",
                 _act(binned(table)))


def t335_neg_mum5(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"nothing left in the {bowl} pls, just chuck it all in the bin",
                 _act(binned(w.state.in_bowl(bowl))))


def t335_neg_plain116(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a[0])
    return _made(w, f"The {a[0]} shouldn't be in the {bowl}.", _act(rels(Rel("in", a[0], bowl, negated=True))))


# ----- relative ----------------------------------------------------------------------------------------
def t335_rel_carpenter5(w: World) -> Made:
    a = _winner(w, w.blocks, w.y)
    if not a:
        return None
    return _made(w, "The block furthest to the left, scrap it. In the bin.", _act(binned([a])))


def t335_rel_professor5(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = _winner(w, w.blocks, lambda b: w.dist(b, bowl))
    if not a:
        return None
    return _made(w, f"Would you be so kind as to move the block nearest to the {bowl} into the middle of the table?",
                 _act(rels(Rel("at", a, PLACES[4]))))


def t335_rel_kid9(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The block on the {b} goes in the bin! Bye bye block!", _act(binned([a])))


def t335_rel_vietnamese5(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block in {bowl}, please take it out and put on the table.",
                 _act(rels(Rel("on_table", a))))


def t335_rel_mum5(w: World) -> Made:
    a = _winner(w, w.blocks, lambda b: -w.y(b))
    bowl = _bowl_for(w, a) if a else None
    if not bowl:
        return None
    return _made(w, f"that block on the far right - stick it in the {bowl}", _act(rels(Rel("in", a, bowl))))


def t335_rel_plain116(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"Move the block that's under the {a} to the {place}.", _act(rels(Rel("at", b, place))))


# ----- keep --------------------------------------------------------------------------------------------
def t335_keep_carpenter5(w: World) -> Made:
    a = w.pick(w.blocks)
    if not a:
        return None
    others = [b for b in w.blocks if b != a[0] and b not in w.state.above(a[0])]
    if not others:
        return None
    k = w.rng.choice(others)
    return _made(w, f"Bin the {a[0]}, but leave the {k} where it sits.", _act(binned(a), kept(k)))


def t335_keep_professor5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    keep = w.rng.choice(full)
    movers = [b for b in w.clear_blocks() if w.state.base(b) != keep]
    targets = [b for b in w.bowls if b != keep and _room(w, b)]
    if not movers or not targets:
        return None
    a, bowl = w.rng.choice(movers), w.rng.choice(targets)
    if w.state.base(a) == bowl:
        return None
    return _made(w, f"Place the {a} into the {bowl}; I must ask, however, that the {keep} and whatever is in it "
                    "be left entirely undisturbed.",
                 _act(rels(Rel("in", a, bowl)), kept(*w.state.in_bowl(keep))))


def t335_keep_kid9(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    others = [k for k in w.blocks if k not in (a, b)]
    if not others:
        return None
    k = w.rng.choice(others)
    return _made(w, f"Put the {a} on the {b}! Don't touch the {k}! It's mine!",
                 _act(rels(Rel("on", a, b)), kept(k)))


def t335_keep_vietnamese5(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    tower = towers[0]
    movers = [b for b in w.clear_blocks() if b not in tower]
    if not movers:
        return None
    a = w.rng.choice(movers)
    return _made(w, f"Please put the {a} to the middle, but don't move the tower.",
                 _act(rels(Rel("at", a, PLACES[4])), kept(*tower)))


def t335_keep_mum5(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    place = w.rng.choice(PLACES[:4])
    rest = [b for b in w.blocks if b != a[0]]
    return _made(w, f"move the {a[0]} to the {place}, don't touch anything else",
                 _act(rels(Rel("at", a[0], place)), kept(*rest)))


def t335_keep_plain116(w: World) -> Made:
    s = w.state
    options = [b for b in w.in_bowls() if s.support[b] in s.bowls and len(s.in_bowl(s.support[b])) >= 2]
    if not options:
        return None
    k = w.rng.choice(options)
    bowl = s.support[k]
    rest = [b for b in s.in_bowl(bowl) if b != k]
    return _made(w, f"Empty the {bowl} into the bin, but leave the {k} in it.", _act(binned(rest), kept(k)))


# ----- multi_step --------------------------------------------------------------------------------------
def t335_multi_carpenter5(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"First lift the {a} off the {b} and set it down on the table, then the {b} goes in the bin.",
                 _act(rels(Rel("on_table", a)), binned([b])))


def t335_multi_professor5(w: World) -> Made:
    blocks = w.pick(w.clear_blocks(), 2)
    if not blocks:
        return None
    a, b = blocks
    bowl = _bowl_for(w, a)
    if not bowl or not _room(w, bowl, 2):
        return None
    return _made(w, f"First, kindly place the {a} into the {bowl}; thereafter, I should like the {b} set atop the {a}.",
                 _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t335_multi_kid9(w: World) -> Made:
    blocks = w.pick(w.clear_blocks(), 3)
    if not blocks:
        return None
    a, b, c = blocks
    return _made(w, f"First the {a} goes in the bin! Then the {b}! Then the {c}! Yay!", _act(binned(blocks)))


def t335_multi_vietnamese5(w: World) -> Made:
    blocks = w.pick(w.clear_blocks(), 2)
    if not blocks:
        return None
    a, b = blocks
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"First put the {a} on {place}, after that put the {b} on the {a}.",
                 _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t335_multi_mum5(w: World) -> Made:
    blocks = w.pick(w.clear_blocks(), 2)
    if not blocks:
        return None
    a, b = blocks
    return _made(w, f"{a} to the middle, then {b} in the bin, ta",
                 _act(rels(Rel("at", a, PLACES[4])), binned([b])))


def t335_multi_plain116(w: World) -> Made:
    s = w.state
    inside = [b for b in w.in_bowls() if s.is_clear(b)]
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = s.base(a)
    others = [b for b in w.clear_blocks() if s.base(b) != bowl]
    if not others:
        return None
    b = w.rng.choice(others)
    return _made(w, f"Take the {a} out of the {bowl} and put it on the table, then put the {b} in the {bowl}.",
                 _act(rels(Rel("on_table", a), Rel("in", b, bowl))))


# ----- question ----------------------------------------------------------------------------------------
def t335_q_carpenter5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"How many blocks are sitting in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t335_q_professor5(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        two = w.pick(w.blocks, 2)
        if not two:
            return None
        a, b = two
    flag = w.state.support[a] == b
    return (f"Could you tell me, please, whether the {a} is at present resting upon the {b}?",
            answered(yes(flag)))


def t335_q_kid9(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    where = w.state.support[a]
    return f"Where is the {a}? I can't find it!", answered(where)


def t335_q_vietnamese5(w: World) -> Made:
    n = w.state.count_at(TABLE)
    if n == 0:
        return None
    return "How many block are on the table now?", answered(str(n))


def t335_q_mum5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"what's in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t335_q_plain116(w: World) -> Made:
    s = w.state
    options = [b for b in w.blocks if s.support[b] in (TABLE, *PLACES, *s.bowls)]
    if not options:
        return None
    a = w.rng.choice(options)
    return f"Is the {a} on the table?", answered(yes(s.support[a] in (TABLE, *PLACES)))


# ----- matching ----------------------------------------------------------------------------------------
def t335_match_carpenter5(w: World) -> Made:
    if not _todo(w):
        return None
    return _made(w, "Sort the blocks by colour: each one into the bowl of its own colour.", _act(rels(*matching(w))))


def t335_match_professor5(w: World) -> Made:
    if not _todo(w):
        return None
    return _made(w, "Would you please place each block in the bowl that shares its colour, wherever such a bowl "
                    "exists?", _act(rels(*matching(w))))


def t335_match_kid9(w: World) -> Made:
    todo = _todo(w)
    if len(todo) < 2:
        return None
    r1, r2 = w.rng.sample(todo, 2)
    return _made(w, f"Put the {r1.block} in the {r1.target} and the {r2.block} in the {r2.target}! They match!",
                 _act(rels(r1, r2)))


def t335_match_vietnamese5(w: World) -> Made:
    if not _todo(w):
        return None
    return _made(w, "Please put the blocks into the bowl same colour with them.", _act(rels(*matching(w))))


def t335_match_mum5(w: World) -> Made:
    if not _todo(w):
        return None
    return _made(w, "match the colours up - blocks in their own colour bowls", _act(rels(*matching(w))))


def t335_match_plain116(w: World) -> Made:
    todo = _todo(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    return _made(w, f"Put the {r.block} in the bowl that's the same colour as it.", _act(rels(r)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("carpenter5", "professor5", "kid9", "vietnamese5", "mum5", "plain116")
FRESH335: list[Template] = [
    (f"t335_{short}_{style}", category, globals()[f"t335_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
