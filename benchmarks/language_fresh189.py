"""`FRESH189`, the hundred-and-ninetieth untuned batch: sixty language templates, six per category, for the offline
planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words, the most common jobs (a block into a bowl, onto another block or a place,
stacks, sorting by colour, clearing into the bin, corners and the middle, leaving things alone, plain questions
with one or two questions in a message). The checks accept every outcome a reasonable person would accept (any
order, any free choice the words leave open), require an empty gripper after any action, and refuse, in every
action, a block thrown into the bin that the words did not send there. A question with two questions in it expects
both answers, in the order asked. The six styles:

- dentist: "Kindly place the red block in the blue bowl." (clinical, "kindly place", "kept as is")
- driver: "First stop: the red block to the middle. Second stop: the green block to the top left corner."
  (short, "next stop", "shift it over")
- baker: "Pop the red block on top of the green block, would you?" (warm, "layer", "a nice stack")
- agent: "You'll want the red block in the bin, but ideally the green block stays right where it is." (salesy)
- security: "The red block must go into a bowl. It must not go into the blue bowl." (rules, "must", "must not")
- parent: "ok so first the red block, put it in the bin... and then after that the green block goes on the...
  on the blue block. yeah." (a sleepy new parent typing one-handed, rambling and trailing off)

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on da20f71, the code of 202dd7d, before anything it could prompt): 0.65
goal-correct (195 of 300), 85 refused, 8 asked. Seven wrong actions: "What you'll want is W emptied out; everything in it
goes in the bin." put blocks into W ('in it' read as in any bowl); "what i'd really like is... X gone, in the bin i
mean... and Y too, bin as well" binned only Y. Five wrong replies: "is there... is there something on top of X? i can't
see from here... and how many bowls are there, i forget" answered only the count; "wait is anything stacked on X... and
um how many bowls have we got" was not answered. The refusals: "That's its stop.", "it's just clutter", "You must not
leave it where it is now.", "same bowl, if you... yeah", "if that's... yeah. both of them", "Every block must be in a
bowl. No exceptions.", "any three of the blocks... in the bin? doesn't matter which", "X is not to be binned.", "not
stacked on any other block", "not that one, just X", "The block closest to W: you'll want that one in the bowl.", "with
X kept exactly as it is", "Start with X on the table, layer Y on top of it, then finish with Z on top", "Step 1: X must
be taken off Y and put on the table. Step 2: ...", "W: its matching block goes in there.", "Sort them like my icing
colours: ...", "you'll want the others left right where they are", "All change! Every block that's in a bowl, out and
onto the table.", "Rule: X goes in whichever bowl Y is in. No other bowl.", "Y is a selling point, so leave it exactly
where it is", "a block whose colour has no bowl must not be in a bowl at all", "None of it goes in the bin, though.",
"Under no circumstances may it go in W.", "Next stop for whichever block X is sitting on: ...", "The correct position
for X is in W.", "one nice layer on another", "Whatever is in it, into the bin.". One slip while it was written: its
tester grepped `agent/evaluation/suite.py` (five lines: `scene_from_spec`'s signature and docstring), nothing of the
planner.
"""

from __future__ import annotations

from collections.abc import Iterable

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
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_CAPACITY = layout.BOWL_CAPACITY
_ANY = None  # bin_ok: any block may end in the bin


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check, bin_ok: Iterable[str] | None = ()) -> Check:
    """An action's check: nothing held, every check holds, no block the words did not send there ends in the bin."""
    allowed = None if bin_ok is None else set(bin_ok)

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None or not all(c(i, f) for c in checks):
            return False
        if allowed is None:
            return True
        return all(f.base(b) != BIN or i.base(b) == BIN or b in allowed for b in f.blocks)

    return check


def _go(w: World, text: str, check: Check) -> Made:
    """The instance, or None when the goal already holds (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _say(w: World, options: list[str], **names: str) -> str:
    return w.rng.choice(options).format(**names)


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b`, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _tower(s: SymState, b: str) -> set[str]:
    under = _below(s, b)
    bottom = under[-1] if under else b
    return {bottom, *s.above(bottom)}


def _level(s: SymState, b: str) -> int:
    """1 for a block resting on the table, a place or a bowl; 2 for one on such a block; and so on."""
    return 1 + len(_below(s, b))


def _fits(s: SymState, bowl: str, adding: int) -> bool:
    return len(s.in_bowl(bowl)) + adding <= _CAPACITY


def _new_in(s: SymState, bowl: str, blocks: Iterable[str]) -> int:
    return sum(1 for b in set(blocks) if s.base(b) != bowl)


def _stack_targets(w: World, x: str) -> list[str]:
    """Clear blocks that `x` could be put on: not in its tower, low enough for one more."""
    s = w.state
    return [y for y in w.clear_blocks() if y not in _tower(s, x) and _level(s, y) <= 3]


def _on_table(b: str) -> Check:
    return lambda _i, f: f.base(b) in (TABLE, *PLACES)


def _one_tower(group: Iterable[str]) -> Check:
    """The blocks make one tower, in any order, standing on the table, a place or in a bowl."""
    g = set(group)

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in g if f.support[b] not in g]
        if len(bottoms) != 1 or f.support[bottoms[0]] not in (TABLE, *PLACES, *f.bowls):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in g]
            if not up:
                break
            chain.append(up[0])
        return set(chain) == g

    return check


def _stack(order: list[str], table_only: bool = False) -> Check:
    """The blocks stacked in this order from the bottom up; the bottom on the table or a place (or in a bowl)."""

    def check(_i: SymState, f: SymState) -> bool:
        grounds = (TABLE, *PLACES) if table_only else (TABLE, *PLACES, *f.bowls)
        return f.support[order[0]] in grounds and all(f.support[t] == b for b, t in zip(order, order[1:]))

    return check


def _bowl_as_is(bowl: str) -> Check:
    """The bowl holds the same blocks as before, each resting where it rested."""
    return lambda i, f: set(f.in_bowl(bowl)) == set(i.in_bowl(bowl)) and all(
        f.support[b] == i.support[b] for b in i.in_bowl(bowl))


def _flat_bowl(s: SymState, bowl: str) -> bool:
    """No tower inside the bowl, so "how many blocks are in it" has one reading."""
    return all(s.support[b] == bowl for b in s.in_bowl(bowl))


def _matches_fit(w: World, want: list[Rel]) -> bool:
    s = w.state
    return all(_fits(s, bowl, _new_in(s, bowl, [r.block for r in want if r.target == bowl]))
               for bowl in {r.target for r in want})


def _matched(w: World) -> list[str]:
    return [r.block for r in matching(w)]


def _movers(w: World, want: list[Rel]) -> list[str]:
    s = w.state
    return [r.block for r in want if s.base(r.block) != r.target]


# ----- imperative -------------------------------------------------------------------------------------
def t189_imp_dentist(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if w.state.base(x) == bowl or not _fits(w.state, bowl, 1):
        return None
    text = _say(w, ["Kindly place the {x} in the {bowl}.", "Would you kindly place the {x} into the {bowl}, please."],
                x=x, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl))))


def t189_imp_driver(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    text = _say(w, ["Shift the {x} over to the {p}. That's its stop.",
                    "Next stop for the {x}: the {p}. Shift it over."], x=x, p=p)
    return _go(w, text, _act(rels(Rel("at", x, p))))


def t189_imp_baker(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    ys = _stack_targets(w, x)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, ["Pop the {x} on top of the {y}, would you?", "Could you pop the {x} onto the {y}, love?"],
                x=x, y=y)
    return _go(w, text, _act(rels(Rel("on", x, y))))


def t189_imp_agent(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    text = _say(w, ["You'll want to move the {x} into the bin; it's just clutter.",
                    "Honestly, the {x} is cluttering the place. Put it in the bin."], x=x)
    return _go(w, text, _act(binned([x]), bin_ok=[x]))


def t189_imp_security(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _say(w, ["You must put the {x} down on the table.",
                    "Put the {x} on the table. You must not leave it where it is now."], x=x)
    return _go(w, text, _act(rels(Rel("on_table", x))))


def t189_imp_parent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(xs) < 2 or not _fits(w.state, bowl, 2):
        return None
    x, y = w.pick(xs, 2)
    text = _say(w, ["ok can you... put the {x} in the {bowl}... and the {y} as well, same bowl, if you... yeah",
                    "um so the {x} and the {y}, could they both go in the {bowl}... both of them... thanks"],
                x=x, y=y, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


# ----- declarative ------------------------------------------------------------------------------------
def t189_dec_dentist(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if w.state.base(x) == bowl or not _fits(w.state, bowl, 1):
        return None
    text = _say(w, ["The {x} belongs in the {bowl}. Kindly see to it.",
                    "The correct position for the {x} is in the {bowl}."], x=x, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl))))


def t189_dec_driver(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    text = _say(w, ["The {x} goes to the {p}. That's the last stop.", "The {p} is the {x}'s stop."], x=x, p=p)
    return _go(w, text, _act(rels(Rel("at", x, p))))


def t189_dec_baker(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    ys = _stack_targets(w, x)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, ["The {x} sits on top of the {y}, like a layer on a cake.",
                    "The {x} goes on the {y}: one nice layer on another."], x=x, y=y)
    return _go(w, text, _act(rels(Rel("on", x, y))))


def t189_dec_agent(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    p1, p2 = w.pick(list(PLACES), 2)
    text = _say(w, ["Ideally, the {x} is in the {p1} and the {y} is in the {p2}.",
                    "Picture this: the {x} sitting in the {p1}, the {y} in the {p2}. That's the layout you want."],
                x=x, y=y, p1=p1, p2=p2)
    return _go(w, text, _act(rels(Rel("at", x, p1), Rel("at", y, p2))))


def t189_dec_security(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x, y = w.pick(w.blocks, 2)
    if not _fits(w.state, bowl, _new_in(w.state, bowl, [x, y])):
        return None
    text = _say(w, ["Required end state: the {x} is in the {bowl}, and the {y} is directly on top of the {x}.",
                    "Policy: the {x} is in the {bowl}. The {y} is on the {x}."], x=x, y=y, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl), Rel("on", y, x))))


def t189_dec_parent(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = _say(w, ["the {x} should just be on the table, not up on the... on the {y}, just on the table",
                    "so the {x}... it's not meant to be on the {y}, it lives on the table... the table, yeah"],
                x=x, y=y)
    return _go(w, text, _act(rels(Rel("on_table", x))))


# ----- desiderative -----------------------------------------------------------------------------------
def t189_des_dentist(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    text = _say(w, ["I would like the {x} placed in the {p}, please.",
                    "I'd like the {x} moved to the {p}, if you would be so kind."], x=x, p=p)
    return _go(w, text, _act(rels(Rel("at", x, p))))


def t189_des_driver(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    ys = _stack_targets(w, x)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, ["Want the {x} on the {y}. Quick as you can.", "I want the {x} on top of the {y}. Ta."], x=x, y=y)
    return _go(w, text, _act(rels(Rel("on", x, y))))


def t189_des_baker(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = _say(w, ["I'd love a nice stack: the {a} at the bottom, then the {b}, then the {c} on top.",
                    "What I'd like is a nice little stack, the {a} at the bottom, the {b} in the middle and the {c} "
                    "on top."], a=a, b=b, c=c)
    return _go(w, text, _act(_stack([a, b, c])))


def t189_des_agent(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = _say(w, ["What you'll want is the {bowl} emptied out; everything in it goes in the bin.",
                    "I'd love to see the {bowl} empty. Whatever is in it, into the bin."], bowl=bowl)
    return _go(w, text, _act(empty(bowl), binned(inside), bin_ok=inside))


def t189_des_security(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    ys = [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in w.blocks if b != y]
    x = w.rng.choice(xs)
    if w.state.base(x) != bowl and not _fits(w.state, bowl, 1):
        return None
    text = _say(w, ["I want the {x} in the {bowl} and the {y} on the table. Those are the requirements.",
                    "I want two things: the {x} must be in the {bowl}, and the {y} must be on the table."],
                x=x, y=y, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl), Rel("on_table", y))))


def t189_des_parent(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    text = _say(w, ["i'd like... hm. i'd like the {x} and the {y} both in the bin, if that's... yeah. both of them",
                    "what i'd really like is... the {x} gone, in the bin i mean... and the {y} too, bin as well"],
                x=x, y=y)
    return _go(w, text, _act(binned([x, y]), bin_ok=[x, y]))


# ----- quantified -------------------------------------------------------------------------------------
def t189_qua_dentist(w: World) -> Made:
    text = w.rng.choice(["Kindly place every block in the bin.", "Kindly place all of the blocks in the bin, please."])
    return _go(w, text, _act(binned(w.blocks), bin_ok=_ANY))


def t189_qua_driver(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = w.rng.choice(["All change! Every block that's in a bowl, out and onto the table.",
                         "Everyone out of the bowls: every block in a bowl goes onto the table."])
    return _go(w, text, _act(*(_on_table(b) for b in inside)))


def t189_qua_baker(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    text = w.rng.choice(["Layer all the blocks into one nice stack, any order you like.",
                         "Could you make one nice stack out of every block? The order doesn't matter."])
    return _go(w, text, _act(_one_tower(w.blocks)))


def t189_qua_agent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    text = _say(w, ["You'll want exactly two blocks in the {bowl}, any two.",
                    "Ideally the {bowl} shows off exactly two blocks. Which two is up to you."], bowl=bowl)
    return _go(w, text, _act(count_in(bowl, 2)))


def t189_qua_security(w: World) -> Made:
    if len(w.blocks) > _CAPACITY * len(w.bowls):
        return None
    text = w.rng.choice(["Every block must be in a bowl. No exceptions.",
                         "Rule: all blocks must be inside bowls. Not one may be left outside a bowl."])
    return _go(w, text, _act(lambda _i, f: all(f.base(b) in f.bowls for b in f.blocks)))


def t189_qua_parent(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = w.rng.choice(["any three of the blocks... in the bin? doesn't matter which... just three of them",
                         "can you put three blocks in the bin... any three, i don't mind which... three"])
    return _go(w, text, _act(lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 3, bin_ok=_ANY))


# ----- negated ----------------------------------------------------------------------------------------
def t189_neg_dentist(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    text = _say(w, ["Kindly place every block in the bin except the {x}.",
                    "Kindly place all the blocks in the bin. The {x} is not to be binned."], x=x)
    return _go(w, text, _act(binned(rest), bin_ok=rest))


def t189_neg_driver(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = _say(w, ["Get the {x} off the {y}. Not into the bin, mind.",
                    "Shift the {x} off the {y}, but don't put it in the bin."], x=x, y=y)
    return _go(w, text, _act(lambda _i, f: f.support[x] != y))


def t189_neg_baker(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(w.blocks)
    if sum(1 for b in w.blocks if w.state.support[b] == bowl) >= _CAPACITY or not _fits(w.state, bowl, 1):
        return None
    text = _say(w, ["Pop the {x} into the {bowl}, but don't put it on top of another block; straight onto the "
                    "bottom of the bowl.", "Put the {x} in the {bowl}, love, not stacked on any other block."],
                x=x, bowl=bowl)
    return _go(w, text, _act(lambda _i, f: f.support[x] == bowl))


def t189_neg_agent(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(w, ["Ideally nothing is left in the {bowl}, but don't bin any of it; you'll want to keep those "
                    "blocks.",
                    "Take everything out of the {bowl}. None of it goes in the bin, though."], bowl=bowl)
    return _go(w, text, _act(empty(bowl)))


def t189_neg_security(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(w.blocks)
    others = [b for b in w.bowls if b != bowl]
    if not any(_fits(w.state, b, 1) for b in others):
        return None
    text = _say(w, ["The {x} must go into a bowl. It must not go into the {bowl}.",
                    "Put the {x} in a bowl. Under no circumstances may it go in the {bowl}."], x=x, bowl=bowl)
    return _go(w, text, _act(lambda _i, f: f.base(x) in others))


def t189_neg_parent(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    text = _say(w, ["don't... don't put the {x} in the bin ok? just the {y}. the {y} goes in the bin",
                    "the {y} can go in the bin... not the {x} though, not that one, just the {y}"], x=x, y=y)
    return _go(w, text, _act(binned([y]), bin_ok=[y]))


# ----- relative ---------------------------------------------------------------------------------------
def t189_rel_dentist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(x) == bowl or not _fits(w.state, bowl, 1):
        return None
    text = _say(w, ["Kindly place the block that is on top of the {y} in the {bowl}.",
                    "The block resting on the {y}: kindly place it in the {bowl}."], y=y, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl))))


def t189_rel_driver(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    p = w.rng.choice(PLACES)
    text = _say(w, ["The block under the {x}: shift it to the {p}.",
                    "Next stop for whichever block the {x} is sitting on: the {p}."], x=x, p=p)
    return _go(w, text, _act(rels(Rel("at", y, p))))


def t189_rel_baker(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    ys = [y for y in _stack_targets(w, x) if w.state.base(y) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, ["Pop the block that's in the {bowl} on top of the {y}.",
                    "Whatever block is sitting in the {bowl}, layer it onto the {y}, please."], bowl=bowl, y=y)
    return _go(w, text, _act(rels(Rel("on", x, y))))


def t189_rel_agent(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) != bowl)
        if cands and _fits(w.state, bowl, 1) and (len(cands) == 1 or cands[1][0] - cands[0][0] >= 0.05):
            break
    else:
        return None
    x = cands[0][1]
    if w.state.in_bowl(bowl):
        text = _say(w, ["Of the blocks outside the {bowl}, the one closest to it: you'll want that one in the bowl.",
                        "See the block nearest the {bowl}, not counting what's already in it? Ideally it goes in "
                        "there too."], bowl=bowl)
    else:
        text = _say(w, ["The block closest to the {bowl}: you'll want that one in the bowl.",
                        "See the block nearest the {bowl}? Ideally it goes into that bowl."], bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl))))


def t189_rel_security(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    ys = [b for b in w.blocks if w.state.base(b) != bowl]
    if not ys or not _fits(w.state, bowl, 1):
        return None
    y = w.rng.choice(ys)
    text = _say(w, ["The {y} must end up in the same bowl as the {x}.",
                    "Rule: the {y} goes in whichever bowl the {x} is in. No other bowl."], x=x, y=y)
    return _go(w, text, _act(rels(Rel("in", y, bowl))))


def t189_rel_parent(w: World) -> Made:
    ys = [b for b in w.blocks if w.state.support[b] not in w.state.support and not w.state.is_clear(b)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    top = w.state.above(y)[0]
    text = _say(w, ["that tower... the one with the {y} at the bottom... the block right at the top of it, can that "
                    "go in the bin", "the top block on the... on the stack that starts with the {y}, could you "
                    "bin it... just the top one"], y=y)
    return _go(w, text, _act(binned([top]), bin_ok=[top]))


# ----- keep -------------------------------------------------------------------------------------------
def t189_keep_dentist(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    zs = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if w.state.base(x) == bowl or not zs or not _fits(w.state, bowl, 1):
        return None
    z = w.rng.choice(zs)
    text = _say(w, ["Kindly place the {x} in the {bowl}. The {z} is to be kept as is.",
                    "Kindly place the {x} into the {bowl}, with the {z} kept exactly as it is."], x=x, z=z, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl)), kept(z)))


def t189_keep_driver(w: World) -> Made:
    x, p = w.rng.choice(w.clear_blocks()), w.rng.choice(PLACES)
    rest = [b for b in w.blocks if b != x]
    text = _say(w, ["Shift the {x} to the {p}. Everything else stays put.",
                    "Just the {x}, over to the {p}. Nobody else moves."], x=x, p=p)
    return _go(w, text, _act(rels(Rel("at", x, p)), kept(*rest)))


def t189_keep_baker(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [y for y in _stack_targets(w, x) if w.state.base(y) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = _say(w, ["Pop the {x} on top of the {y}, and leave the {bowl} just as it is.",
                    "Layer the {x} onto the {y}, love, but don't touch the {bowl} or anything in it."],
                x=x, y=y, bowl=bowl)
    return _go(w, text, _act(rels(Rel("on", x, y)), _bowl_as_is(bowl)))


def t189_keep_agent(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    zs = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = _say(w, ["You'll want the {x} in the bin, but ideally the {z} stays right where it is.",
                    "Bin the {x}; the {z} is a selling point, so leave it exactly where it is."], x=x, z=z)
    return _go(w, text, _act(binned([x]), kept(z), bin_ok=[x]))


def t189_keep_security(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(w.bowls)
    x, y = w.pick(w.blocks, 2)
    s = w.state
    zs = [b for b in w.blocks if b not in (x, y, *s.above(x), *s.above(y))]
    if not zs or not _fits(s, bowl, _new_in(s, bowl, [x, y])):
        return None
    z = w.rng.choice(zs)
    text = _say(w, ["Put the {x} and the {y} in the {bowl}. The {z} must not be moved.",
                    "The {x} and the {y} must go in the {bowl}. Under no circumstances is the {z} to be moved."],
                x=x, y=y, z=z, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl), Rel("in", y, bowl)), kept(z)))


def t189_keep_parent(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    zs = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if len(zs) < 2 or w.state.base(x) == bowl or not _fits(w.state, bowl, 1):
        return None
    y, z = w.pick(zs, 2)
    text = _say(w, ["could you put the {x} in the {bowl}... but leave the {y} and the {z} alone, they're fine where "
                    "they... yeah", "the {x} into the {bowl} please... and don't touch the {y} or the {z}, they can "
                    "just stay"], x=x, y=y, z=z, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl)), kept(y, z)))


# ----- multi-step -------------------------------------------------------------------------------------
def t189_multi_dentist(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x, y = w.pick(w.blocks, 2)
    if not _fits(w.state, bowl, _new_in(w.state, bowl, [x, y])):
        return None
    text = _say(w, ["First, kindly place the {x} in the {bowl}. Then place the {y} on top of the {x}.",
                    "Step one: the {x} into the {bowl}. Step two: kindly place the {y} on the {x}."],
                x=x, y=y, bowl=bowl)
    return _go(w, text, _act(rels(Rel("in", x, bowl), Rel("on", y, x))))


def t189_multi_driver(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p1, p2 = w.pick(list(PLACES), 2)
    text = _say(w, ["First stop: the {x} to the {p1}. Second stop: the {y} to the {p2}.",
                    "Shift the {x} to the {p1}, then after that the {y} over to the {p2}."], x=x, y=y, p1=p1, p2=p2)
    return _go(w, text, _act(rels(Rel("at", x, p1), Rel("at", y, p2))))


def t189_multi_baker(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = _say(w, ["Start with the {a} on the table, layer the {b} on top of it, then finish with the {c} on top.",
                    "First put the {a} down on the table. Next pop the {b} on it, and last of all the {c} on the "
                    "{b}."],
                a=a, b=b, c=c)
    return _go(w, text, _act(_stack([a, b, c], table_only=True)))


def t189_multi_agent(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in w.clear_blocks() if b not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = _say(w, ["Step one: empty the {bowl} onto the table. Step two: put the {x} in it.",
                    "First you'll want to take everything out of the {bowl} and put it on the table, then put the {x} "
                    "in the {bowl} on its own."], bowl=bowl, x=x)
    return _go(w, text, _act(lambda _i, f: set(f.in_bowl(bowl)) == {x}, *(_on_table(b) for b in inside)))


def t189_multi_security(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = _say(w, ["Step 1: the {x} must be taken off the {y} and put on the table. Step 2: the {y} must then go in "
                    "the bin.", "First the {x} must come off the {y} onto the table. After that, the {y} must be "
                    "put in the bin."], x=x, y=y)
    return _go(w, text, _act(rels(Rel("on_table", x)), binned([y]), bin_ok=[y]))


def t189_multi_parent(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x = w.rng.choice(w.clear_blocks())
    ys = [b for b in w.blocks if b != x]
    y = w.rng.choice(ys)
    zs = [z for z in w.blocks if z not in (x, y) and z not in _tower(w.state, y)
          and all(a == x for a in w.state.above(z)) and _level(w.state, z) <= 3]
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = _say(w, ["ok so first the {x}, put it in the bin... and then after that the {y} goes on the... on the "
                    "{z}. yeah. then we're done i think", "first can you bin the {x}... and then, um, the {y}, put "
                    "it on top of the {z}... that's it"], x=x, y=y, z=z)
    return _go(w, text, _act(binned([x]), rels(Rel("on", y, z)), bin_ok=[x]))


# ----- question ---------------------------------------------------------------------------------------
def t189_q_dentist(w: World) -> Made:
    bowls = [b for b in w.bowls if _flat_bowl(w.state, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(w, ["Kindly tell me how many blocks are in the {bowl}.", "How many blocks are in the {bowl}, please?"],
                bowl=bowl)
    return text, answered(str(len(w.state.in_bowl(bowl))))


def _yes_no_pair(w: World) -> tuple[str, str, bool] | None:
    """(x, y, whether x rests directly on y); the No cases keep y out of x's tower."""
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        return x, y, True
    x = w.rng.choice(w.blocks)
    ys = [b for b in w.blocks if b not in _tower(w.state, x)]
    if not ys:
        return None
    return x, w.rng.choice(ys), False


def t189_q_driver(w: World) -> Made:
    got = _yes_no_pair(w)
    if got is None:
        return None
    x, y, flag = got
    text = _say(w, ["Is the {x} sitting on the {y}? Yes or no.", "{x} on the {y}, yes or no?"], x=x, y=y)
    return text[0].upper() + text[1:], answered(yes(flag))


def t189_q_baker(w: World) -> Made:
    bowls = [b for b in w.bowls if _flat_bowl(w.state, b)]
    xs = [b for b in w.blocks if w.state.support[b] in (TABLE, *w.bowls)]
    if not bowls or not xs:
        return None
    bowl, x = w.rng.choice(bowls), w.rng.choice(xs)
    n, flag = len(w.state.in_bowl(bowl)), w.state.support[x] == TABLE
    text = _say(w, ["How many blocks are in the {bowl}, and is the {x} on the table?",
                    "Two quick ones, love: how many blocks are in the {bowl}? And is the {x} on the table?"],
                bowl=bowl, x=x)
    return text, answered(f"{n}|{yes(flag)}")


def t189_q_agent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    flag = not w.state.in_bowl(bowl)
    text = _say(w, ["Quick question: is the {bowl} empty? And how many blocks are there in total?",
                    "Is the {bowl} empty right now, and how many blocks do we have altogether?"], bowl=bowl)
    return text, answered(f"{yes(flag)}|{len(w.blocks)}")


def t189_q_security(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    direct = [b for b in w.blocks if w.state.support[b] == bowl]
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if direct and w.rng.random() < 0.5:
        x, flag = w.rng.choice(direct), True
    elif outside:
        x, flag = w.rng.choice(outside), False
    else:
        return None
    text = _say(w, ["Report: is the {x} in the {bowl}? Answer yes or no.", "Confirm whether the {x} is in the {bowl}: "
                    "yes or no."], x=x, bowl=bowl)
    return text, answered(yes(flag))


def t189_q_parent(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if covered and w.rng.random() < 0.5:
        x = w.rng.choice(covered)
    else:
        x = w.rng.choice(w.blocks)
    flag = not w.state.is_clear(x)
    text = _say(w, ["is there... is there something on top of the {x}? i can't see from here... and how many bowls "
                    "are there, i forget", "wait is anything stacked on the {x}... and um how many bowls have we "
                    "got"], x=x)
    return text, answered(f"{yes(flag)}|{len(w.bowls)}")


# ----- matching ---------------------------------------------------------------------------------------
def t189_match_dentist(w: World) -> Made:
    want = matching(w)
    if not want or not _matches_fit(w, want):
        return None
    text = w.rng.choice(["Kindly place each block in the bowl of the same colour.",
                         "Kindly place every block that has a bowl of its own colour into that bowl."])
    return _go(w, text, _act(rels(*want)))


def t189_match_driver(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != r.target and _fits(w.state, r.target, 1)]
    if not want:
        return None
    r = w.rng.choice(want)
    text = _say(w, ["Shift the block that matches the {bowl} into it.",
                    "The {bowl}: its matching block goes in there. Next stop."], bowl=r.target)
    return _go(w, text, _act(rels(r)))


def t189_match_baker(w: World) -> Made:
    want = matching(w)
    if not want or not _matches_fit(w, want):
        return None
    rest = [b for b in w.blocks if b not in _matched(w)]
    text = w.rng.choice(["Sort them like my icing colours: every block with a bowl of its own colour goes in that "
                         "bowl, and the rest go in the bin.", "Each block into the bowl that matches it, love, and "
                         "any block without a matching bowl can go in the bin."])
    return _go(w, text, _act(rels(*want), binned(rest), bin_ok=rest))


def t189_match_agent(w: World) -> Made:
    want = matching(w)
    if not want or not _matches_fit(w, want):
        return None
    s = w.state
    rest = [b for b in w.blocks if b not in _matched(w)]
    if any(b in s.above(m) for m in _movers(w, want) for b in rest):
        return None
    text = w.rng.choice(["Ideally every block with a matching bowl goes into it; you'll want the others left right "
                         "where they are.", "Match the blocks to the bowls of their colour. Any block without a "
                         "matching bowl stays exactly where it is."])
    return _go(w, text, _act(rels(*want), kept(*rest)))


def t189_match_security(w: World) -> Made:
    want = matching(w)
    if not want or not _matches_fit(w, want):
        return None
    rest = [b for b in w.blocks if b not in _matched(w)]
    text = w.rng.choice(["Every block that has a bowl of its colour must be in that bowl. Blocks with no bowl of "
                         "their colour must not be in any bowl.", "Rule: a block goes in the bowl of its own colour "
                         "if there is one; a block whose colour has no bowl must not be in a bowl at all."])
    return _go(w, text, _act(rels(*want), lambda _i, f: all(f.base(b) not in f.bowls for b in rest)))


def t189_match_parent(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != r.target and _fits(w.state, r.target, 1)]
    if not want:
        return None
    r = w.rng.choice(want)
    c = w.colour(r.block)
    text = _say(w, ["the {c} block... can it go in the bowl that matches it... the {c} one, yeah",
                    "um the {x}, put it in the bowl that's the same colour as it... please"], c=c, x=r.block)
    return _go(w, text, _act(rels(r)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("dentist", "driver", "baker", "agent", "security", "parent")
FRESH189: list[Template] = [
    (f"t189_{short}_{style}", category, globals()[f"t189_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
