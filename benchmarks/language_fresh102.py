"""`FRESH102`, the hundred-and-third untuned batch: sixty language templates, six per category, for the offline planner.

Theme: towers and stacks. People build a tower from named blocks or from every block, take one apart (onto the
table, into the bin, into the bowls), move a whole tower to a named place, crown the tallest tower with a block,
swap two blocks of a tower, turn a tower upside down, slide a block in under a tower and stack the blocks that
sit in a bowl; they say it as commands, as goals and as questions about the towers on the table. Every action
instance is checked against a hand-built sequence of moves on a copy of the symbolic state (the goal must hold
after it, and must not hold at the start), so each request is feasible in its scene.

- kid: "Make one great big tower out of all the blocks!"
- builder: "Knock down the stack with the red block on top and lay its blocks out on the table."
- terse: "Red block at the bottom, blue block in the middle, green block on top."
- polite: "Please move the tower with the red block on top to the middle."
- teacher: "Find the tower that is tallest and put the green block on top of it."
- chatty: "Okay, so swap the red block and the blue block in that tower for me, yeah?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 64ddee7, after every fix before it and before anything it could prompt):
0.427 goal-correct (128 of 300), 126 refused, 15 asked, 31 wrong: 14 wrong actions ('take the tower with X on top
apart so that each of its blocks sits on the table' did nothing, twice; 'The blocks which are in W, stacked up.' and
'The blocks in W ought to be stacked up into one tower' stacked every block into W, three times; 'Tower with X on top
to the top left corner.' moved only its base, twice; 'the blocks sitting on the table by themselves ... Stack them all
into one tower.' stacked two, twice; 'Take the tower apart and then drop every piece of it into W' put one piece in W;
'take the tower with X on top apart onto the table, but keep its bottom block, Y, where it is' moved Y; three more) and
17 wrong replies ('crown the tallest tower with X, while keeping Y in its spot' answered as a question, four times;
'How many blocks tall is the tower with X in it?', 'Is X part of a tower right now?', 'Is X in one of the towers?',
'So is X stacked up with other blocks, or not?', 'What block is X's tower built on, down at the base?').
"""

from __future__ import annotations

from itertools import pairwise

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    kept,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- the towers of a state ------------------------------------------------------------------------
def _chain(s: SymState, b: str) -> list[str]:
    """The whole tower holding `b`, bottom block first."""
    while s.support[b] in s.support:
        b = s.support[b]
    return [b, *s.above(b)[::-1]]


def _towers(s: SymState, ground: bool = False) -> list[list[str]]:
    """Every tower of two blocks or more (bottom first); `ground`: only those standing on the table."""
    out = []
    for b in s.blocks:
        sup = s.support[b]
        if sup in s.support or sup in (BIN, GRIPPER) or (ground and sup not in _GROUND):
            continue
        c = _chain(s, b)
        if len(c) >= 2:
            out.append(c)
    return out


def _tallest(s: SymState) -> list[str] | None:
    """The one tallest tower, if one is taller than every other and can take one more block."""
    towers = sorted(_towers(s), key=len, reverse=True)
    if not towers or (len(towers) > 1 and len(towers[1]) == len(towers[0])):
        return None
    return towers[0] if len(towers[0]) < layout.MAX_TOWER else None


def _loose(s: SymState) -> list[str]:
    """Blocks standing on the table by themselves (nothing under or on them)."""
    return [b for b in s.blocks if s.support[b] in _GROUND and s.is_clear(b)]


def _matched(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every block that has a bowl of its colour."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return [(b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _tref(w: World, c: list[str]) -> str:
    opts = [
        f"the tower with the {c[-1]} on top",
        f"the stack with the {c[0]} at the bottom",
    ]
    if len(c) > 2:
        opts.append(f"the tower the {c[1]} is part of")
    if len(_towers(w.state)) == 1:
        opts.append("the tower")
    return w.rng.choice(opts)


# ----- checks ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """The goal, with the gripper empty at the end."""
    return both(lambda _i, f: f.held is None, *checks)


def _seq(*seq: str) -> Check:
    """One tower of exactly this order, bottom first, standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        base = f.support[seq[0]]
        return (
            base not in f.support
            and base not in (BIN, GRIPPER)
            and all(f.support[top] == below for below, top in pairwise(seq))
        )

    return check


def _one(blocks: list[str]) -> Check:
    """The blocks make one tower in any order, standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        bottoms = [b for b in blocks if f.support[b] not in group]
        if (
            len(bottoms) != 1
            or f.support[bottoms[0]] in f.support
            or f.support[bottoms[0]] in (BIN, GRIPPER)
        ):
            return False
        n, cur = 1, bottoms[0]
        while up := [b for b in f.on_top(cur) if b in group]:
            cur, n = up[0], n + 1
        return n == len(blocks)

    return check


def _bowl_group(w: World) -> tuple[str, list[str]] | None:
    """("the green bowl", its blocks) or ("the bowls", every block in a bowl): two to four blocks, not one tower yet."""
    s = w.state
    cands = [(f"the {bw}", s.in_bowl(bw)) for bw in w.bowls]
    if sum(bool(s.in_bowl(bw)) for bw in w.bowls) >= 2:
        cands.append(("the bowls", s.in_bowls()))
    cands = [
        (p, g)
        for p, g in cands
        if 2 <= len(g) <= layout.MAX_TOWER and not _one(g)(s, s)
    ]
    return w.rng.choice(cands) if cands else None


def _table(blocks: list[str]) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _bowled(blocks: list[str]) -> Check:
    return lambda _i, f: all(
        f.support[b] != GRIPPER and f.base(b) in f.bowls for b in blocks
    )


def _at(seq: list[str], place: str) -> Check:
    return rels(Rel("stacked", *seq), Rel("at", seq[0], place))


# ----- the hand-built plan every action instance is checked against ------------------------------------------
class _Plan:
    """Moves applied to a copy of the state; `ok` turns False at the first move the table would not allow."""

    def __init__(self, state: SymState) -> None:
        self.s = state.copy()
        self.ok = True

    def move(self, b: str, t: str) -> _Plan:
        s = self.s
        if not self.ok or b == t or not s.is_clear(b):
            self.ok = False
        elif t in s.support:
            self.ok = s.is_clear(t) and len(_chain(s, t)) < layout.MAX_TOWER
        elif t == BIN:
            self.ok = sum(s.base(x) == BIN for x in s.blocks if x != b) < 5
        elif t in s.bowls:
            self.ok = len([x for x in s.in_bowl(t) if x != b]) < layout.BOWL_CAPACITY
        else:
            self.ok = t in _GROUND
        if self.ok:
            s.support[b] = t
        return self

    def clear(self, b: str) -> _Plan:
        for x in self.s.above(b):  # top first
            self.move(x, TABLE)
        return self

    def put(self, b: str, t: str) -> _Plan:
        if self.ok and self.s.support[b] != t:
            self.clear(b)
            if t in self.s.support:
                self.clear(t)
            self.move(b, t)
        return self

    def build(self, seq: list[str], ground: str | None = None) -> _Plan:
        """Stack `seq` bottom first; `ground`: "table" (the table or a place), a place, or None (where it is)."""
        if not self.ok:
            return self
        first = seq[0]
        if self.s.support.get(seq[1] if len(seq) > 1 else "", "") != first:
            self.clear(first)
        sup = self.s.support[first]
        if ground == "table":
            target = sup if sup in _GROUND else TABLE
        elif ground:
            target = ground
        else:
            target = TABLE if sup in self.s.support or sup == BIN else sup
        if target != sup:
            self.clear(first).move(first, target)
        for below, top in pairwise(seq):
            self.put(top, below)
        return self

    def strip(self, c: list[str], target: str | None = None) -> _Plan:
        """Take a tower apart top first, each block onto the table (or `target`)."""
        for b in c[::-1][:-1]:
            self.move(b, target or TABLE)
        return self


def _made(w: World, text: str, check: Check, plan: _Plan | None = None) -> Made:
    """The instance, if its hand-built plan reaches the goal and the goal does not hold already."""
    if plan is not None and (
        not plan.ok or check(w.state, w.state) or not check(w.state, plan.s)
    ):
        return None
    return text, check


# ----- imperative -----------------------------------------------------------------------------------
def t102_imp_kid(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER:
        return None
    text = w.rng.choice(
        [
            "Make one great big tower out of all the blocks!",
            "Stack all the blocks up into one super tall tower!",
            "Put every single block on top of each other so it's one tower!",
        ]
    )
    return _made(
        w,
        text,
        _act(_one(blocks)),
        _Plan(w.state).build(blocks, "table"),
    )


def t102_imp_builder(w: World) -> Made:
    towers = _towers(w.state, ground=True)
    if not towers:
        return None
    c = w.rng.choice(towers)
    ref = w.rng.choice(
        [
            f"the stack with the {c[-1]} on top",
            f"the tower standing on the {c[0]}",
            _tref(w, c),
        ]
    )
    text = w.rng.choice(
        [
            f"Dismantle {ref} and set every block down on the table.",
            f"Knock down {ref} and lay its blocks out on the table.",
            f"Take {ref} apart, piece by piece, and put the pieces on the table.",
        ]
    )
    return _made(w, text, _act(_table(c)), _Plan(w.state).strip(c))


def t102_imp_terse(w: World) -> Made:
    c = _tallest(w.state)
    if c is None:
        return None
    others = [b for b in w.blocks if b not in c and w.state.base(b) != BIN]
    if not others:
        return None
    x = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"{_cap(x)} on top of the tallest tower.",
            f"Put the {x} on the tallest stack.",
            f"Top off the highest tower with the {x}.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("on", x, c[-1])), kept(*c)), _Plan(w.state).put(x, c[-1])
    )


def t102_imp_polite(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    place = w.rng.choice(PLACES)
    ref = _tref(w, c)
    text = w.rng.choice(
        [
            f"Please move {ref} to the {place}.",
            f"Would you please carry {ref} over to the {place}, keeping it in one piece?",
            f"Kindly move {ref}, the whole thing, to the {place}.",
        ]
    )
    plan = _Plan(w.state).strip(c).build(c, place)
    return _made(w, text, _act(_at(c, place)), plan)


def t102_imp_teacher(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    rev = c[::-1]
    text = w.rng.choice(
        [
            f"Rebuild the tower with the {c[-1]} on top upside down, so the {c[-1]} ends up at the bottom.",
            f"Reverse the order of the blocks in {_tref(w, c)}: the top block goes to the bottom and so on.",
            f"Turn {_tref(w, c)} upside down, block by block, so the {c[0]} finishes on top.",
        ]
    )
    return _made(w, text, _act(_seq(*rev)), _Plan(w.state).strip(c).build(rev))


def t102_imp_chatty(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    i, j = sorted(w.rng.sample(range(len(c)), 2))
    a, b = c[i], c[j]
    new = list(c)
    new[i], new[j] = b, a
    text = w.rng.choice(
        [
            f"Okay, so swap the {a} and the {b} in that tower for me, yeah?",
            f"Hey, switch the {b} and the {a} around in their stack, would you.",
            f"Right, the {a} and the {b} in that tower, just swap them over.",
        ]
    )
    return _made(w, text, _act(_seq(*new)), _Plan(w.state).strip(c).build(new))


# ----- declarative ----------------------------------------------------------------------------------
def t102_dec_kid(w: World) -> Made:
    towers = [c for c in _towers(w.state) if len(c) < layout.MAX_TOWER]
    if not towers:
        return None
    c = w.rng.choice(towers)
    others = [b for b in w.blocks if b not in c and w.state.base(b) != BIN]
    if not others:
        return None
    x = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"The {x} goes at the very bottom of the tower with the {c[-1]} on top!",
            f"The {x} has to be underneath the {c[0]}, at the bottom of its tower!",
            f"The tower with the {c[-1]} gets the {x} under it, right at the bottom!",
        ]
    )
    seq = [x, *c]
    return _made(w, text, _act(_seq(*seq)), _Plan(w.state).strip(c).build(seq))


def t102_dec_builder(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    text = w.rng.choice(
        [
            f"That whole stack with the {c[-1]} on top goes in the bin.",
            f"The stack on the {c[0]} is scrap: every block of it, the {c[0]} too, ends up in the bin.",
            f"Every block of {_tref(w, c)} belongs in the bin.",
        ]
    )
    return _made(w, text, _act(binned(c)), _Plan(w.state).strip(c, BIN).move(c[0], BIN))


def t102_dec_terse(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = w.rng.choice(
        [
            f"{_cap(a)} at the bottom, {b} in the middle, {c} on top.",
            f"Tower, bottom to top: {a}, {b}, {c}.",
            f"{_cap(c)} on the {b}, {b} on the {a}, {a} on the table.",
        ]
    )
    return _made(w, text, _act(_seq(a, b, c)), _Plan(w.state).build([a, b, c]))


def t102_dec_polite(w: World) -> Made:
    found = _bowl_group(w)
    if found is None:
        return None
    where, group = found
    text = w.rng.choice(
        [
            f"The blocks in {where} ought to be stacked up into one tower, if you don't mind.",
            f"The blocks that are in {where} should form a single tower, please.",
            f"If it's no trouble, the blocks in {where} should all be in one stack.",
        ]
    )
    base = _chain(w.state, group[0])[0]
    order = [base, *(b for b in group if b != base)]
    return _made(w, text, _act(_one(group)), _Plan(w.state).build(order))


def t102_dec_teacher(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER:
        return None
    text = w.rng.choice(
        [
            "By the end, every block should be in one single tower.",
            "All of the blocks are going to be in one tower when we're done.",
            "The goal is one tower that uses every last block.",
        ]
    )
    return _made(
        w,
        text,
        _act(_one(blocks)),
        _Plan(w.state).build(blocks, "table"),
    )


def t102_dec_chatty(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"So that tower with the {c[-1]} on top, the whole thing belongs in the {place}, just as it is.",
            f"Okay, the stack with the {c[0]} at the bottom really ought to be over at the {place}, same order.",
            f"I reckon {_tref(w, c)} lives in the {place}, all of it, stacked like it is now.",
        ]
    )
    plan = _Plan(w.state).strip(c).build(c, place)
    return _made(w, text, _act(_at(c, place)), plan)


# ----- desiderative ---------------------------------------------------------------------------------
def t102_des_kid(w: World) -> Made:
    c = _tallest(w.state)
    if c is None:
        return None
    others = [b for b in w.blocks if b not in c and w.state.base(b) != BIN]
    if not others:
        return None
    x = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"I wanna see the {x} right on top of the biggest tower!",
            f"I want the {x} on the tallest tower, at the very top!",
            f"I wish the {x} was sitting on top of the highest tower!",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("on", x, c[-1])), kept(*c)), _Plan(w.state).put(x, c[-1])
    )


def t102_des_builder(w: World) -> Made:
    towers = _towers(w.state, ground=True)
    if not towers:
        return None
    c = w.rng.choice(towers)
    plan = _Plan(w.state)
    for b in c[::-1]:
        free = [bw for bw in w.bowls if len(plan.s.in_bowl(bw)) < layout.BOWL_CAPACITY]
        if not free:
            return None
        plan.move(b, free[0])
    text = w.rng.choice(
        [
            f"I'd like the stack with the {c[-1]} on top broken down and its blocks put away in the bowls.",
            f"I want that tower on the {c[0]} knocked down, every piece of it in a bowl.",
            f"What I need is {_tref(w, c)} taken apart and its blocks dropped into the bowls.",
        ]
    )
    return _made(w, text, _act(_bowled(c)), plan)


def t102_des_terse(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    i, j = sorted(w.rng.sample(range(len(c)), 2))
    a, b = c[i], c[j]
    new = list(c)
    new[i], new[j] = b, a
    text = w.rng.choice(
        [
            f"Want the {a} and the {b} swapped.",
            f"I'd like the {b} and {a} switched in their tower.",
            f"Need the {a} where the {b} is and the {b} where the {a} is.",
        ]
    )
    return _made(w, text, _act(_seq(*new)), _Plan(w.state).strip(c).build(new))


def t102_des_polite(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = w.rng.choice(
        [
            f"I'd love a tower of the {a}, the {b} and the {c}, with the {a} at the bottom and the {c} on top, please.",
            f"If you could, I'd like the {c} on the {b} and the {b} on the {a}, please.",
            f"Would it be possible to have a stack with the {a} underneath, then the {b}, then the {c}? Thank you.",
        ]
    )
    return _made(w, text, _act(_seq(a, b, c)), _Plan(w.state).build([a, b, c]))


def t102_des_teacher(w: World) -> Made:
    towers = _towers(w.state, ground=True)
    if not towers:
        return None
    c = w.rng.choice(towers)
    text = w.rng.choice(
        [
            f"I'd like us to take {_tref(w, c)} apart so that each of its blocks sits on the table by itself.",
            f"Now I want the tower with the {c[-1]} on top taken down, every block standing alone on the table.",
            f"Let's have the stack on the {c[0]} undone, with its blocks side by side on the table.",
        ]
    )
    check = _act(_table(c), rels(*(Rel("clear", b) for b in c)))
    return _made(w, text, check, _Plan(w.state).strip(c))


def t102_des_chatty(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    rev = c[::-1]
    text = w.rng.choice(
        [
            f"Honestly I'd rather have that tower the other way up, the {c[-1]} at the bottom and the {c[0]} on top.",
            f"You know what I'd like? {_cap(_tref(w, c))} flipped, so everything's in the opposite order.",
            f"I kinda want the stack with the {c[0]} at the bottom reversed, top block down to the bottom and so on.",
        ]
    )
    return _made(w, text, _act(_seq(*rev)), _Plan(w.state).strip(c).build(rev))


# ----- quantified -----------------------------------------------------------------------------------
def t102_qua_kid(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    text = w.rng.choice(
        [
            f"Put all the blocks from the tower with the {c[-1]} on top in the bin!",
            f"Throw every block of {_tref(w, c)} in the bin!",
            f"All the blocks in the {c[0]}'s tower go in the bin, all of them!",
        ]
    )
    return _made(w, text, _act(binned(c)), _Plan(w.state).strip(c, BIN).move(c[0], BIN))


def t102_qua_builder(w: World) -> Made:
    group = w.in_bowls()
    if not 2 <= len(group) <= layout.MAX_TOWER:
        return None
    text = w.rng.choice(
        [
            "Stack every block that's sitting in a bowl into one tower on the table.",
            "Take all the blocks out of the bowls and stack them into a single tower on the table.",
            "Every block in the bowls comes out and goes into one stack on the table.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("tower", *group))), _Plan(w.state).build(group, "table")
    )


def t102_qua_terse(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER:
        return None
    text = w.rng.choice(
        [
            "All the blocks in one tower.",
            "Every block into a single stack.",
            "One tower, all blocks.",
        ]
    )
    return _made(
        w,
        text,
        _act(_one(blocks)),
        _Plan(w.state).build(blocks, "table"),
    )


def t102_qua_polite(w: World) -> Made:
    towers = [c for c in _towers(w.state) if len(c) <= len(w.bowls)]
    if not towers:
        return None
    c = w.rng.choice(towers)
    home = w.state.support[
        c[0]
    ]  # the bowl the tower stands in, if any: its bottom block may stay there
    bowls = (
        [home, *(bw for bw in w.bowls if bw != home)] if home in w.bowls else w.bowls
    )
    plan = _Plan(w.state)
    for b, bowl in list(zip(c, bowls))[::-1]:
        if plan.s.support[b] != bowl:
            plan.move(b, bowl)
    text = w.rng.choice(
        [
            f"Please put each block of the tower with the {c[-1]} on top into a different bowl.",
            f"Could you please take {_tref(w, c)} apart and give each of its blocks a bowl of its own?",
            f"Please split up the stack with the {c[0]} at the bottom so that each of its blocks is in a separate bowl.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        bases = [f.base(b) for b in c]
        return all(x in f.bowls for x in bases) and len(set(bases)) == len(c)

    return _made(w, text, _act(check), plan)


def t102_qua_teacher(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    if len(rest) < 2:
        return None
    text = w.rng.choice(
        [
            f"Build a tower exactly three blocks tall with the {x} at the bottom.",
            f"Make a stack of three blocks, no more and no fewer, standing on the {x}.",
            f"Put two blocks on the {x} so that it is the base of a tower of exactly three.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[x] in (*_GROUND, *f.bowls) and len(f.above(x)) == 2

    seq = [x, *w.rng.sample(rest, 2)]
    return _made(w, text, _act(check), _Plan(w.state).build(seq))


def t102_qua_chatty(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    tops = [c[-1] for c in towers]
    rest = [b for c in towers for b in c[:-1]]
    text = w.rng.choice(
        [
            "Take the top block off every tower and just set them down on the table, okay?",
            "So every tower loses its top block, yeah? Those just go on the table.",
            "Pop the top block off each of the towers and put them on the table.",
        ]
    )
    plan = _Plan(w.state)
    for t in tops:
        plan.move(t, TABLE)
    return _made(w, text, _act(_table(tops), kept(*rest)), plan)


# ----- negated --------------------------------------------------------------------------------------
def t102_neg_kid(w: World) -> Made:
    if not 3 <= len(w.blocks) <= layout.MAX_TOWER + 1:
        return None
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"Build a tower with all the blocks except the {x}!",
            f"Stack up every block but not the {x}, the {x} doesn't get to be in it!",
            f"Make a tower out of the blocks, only don't use the {x}!",
        ]
    )

    def apart(_i: SymState, f: SymState) -> bool:
        return f.support[x] not in rest and not any(f.support[b] == x for b in rest)

    plan = _Plan(w.state).clear(x)
    if w.state.support[x] in rest:
        plan.move(x, TABLE)
    plan.build(rest, "table")
    return _made(w, text, _act(_one(rest), apart), plan)


def t102_neg_builder(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    text = w.rng.choice(
        [
            f"Clear the stack on the {c[0]} into the bin, but don't move the {c[0]} itself.",
            f"Everything sitting on the {c[0]} goes in the bin; the {c[0]} doesn't budge.",
            f"Bin the blocks above the {c[0]}, not the {c[0]}, that one stays put.",
        ]
    )
    return _made(w, text, _act(binned(c[1:]), kept(c[0])), _Plan(w.state).strip(c, BIN))


def t102_neg_terse(w: World) -> Made:
    c = _tallest(w.state)
    if c is None:
        return None
    others = [
        b
        for b in w.blocks
        if b not in c and w.state.base(b) != BIN and w.state.is_clear(b)
    ]
    if not others:
        return None
    x = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"{_cap(x)} on the tallest tower. Don't move anything else.",
            f"Put the {x} on top of the tallest stack, no other block moves.",
            f"Tallest tower gets the {x} on top. Nothing else touched.",
        ]
    )
    check = _act(rels(Rel("on", x, c[-1])), kept(*(b for b in w.blocks if b != x)))
    return _made(w, text, check, _Plan(w.state).put(x, c[-1]))


def t102_neg_polite(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Please move the tower with the {c[-1]} on top to the {place} without changing the order of its blocks.",
            f"Could you please move {_tref(w, c)} to the {place}? Don't mix up the order, please.",
            f"Please shift the stack with the {c[0]} at the bottom to the {place}, and do not rearrange it.",
        ]
    )
    plan = _Plan(w.state).strip(c).build(c, place)
    return _made(w, text, _act(_at(c, place)), plan)


def t102_neg_teacher(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    a, b = c[-2], c[-1]
    new = [*c[:-2], b, a]
    text = w.rng.choice(
        [
            f"Swap the {a} and the {b} in their tower, but don't move any other block.",
            f"Exchange the places of the {b} and the {a}; no other block should be moved.",
            f"The {a} and the {b} trade places, and not a single other block moves.",
        ]
    )
    check = _act(_seq(*new), kept(*(x for x in w.blocks if x not in (a, b))))
    return _made(w, text, check, _Plan(w.state).move(b, TABLE).build(new))


def t102_neg_chatty(w: World) -> Made:
    towers = [c for c in _towers(w.state) if len(c) < layout.MAX_TOWER]
    if not towers:
        return None
    c = w.rng.choice(towers)
    others = [b for b in w.blocks if b not in c and w.state.base(b) != BIN]
    if not others:
        return None
    x = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Put the {x} under the tower with the {c[-1]} on top, not on top of it, underneath, yeah?",
            f"The {x} goes below the {c[0]}, so not on the top of that tower but at the bottom.",
            f"Stick the {x} at the bottom of {_tref(w, c)}; not on top, okay, under it.",
        ]
    )
    seq = [x, *c]
    return _made(w, text, _act(_seq(*seq)), _Plan(w.state).strip(c).build(seq))


# ----- relative -------------------------------------------------------------------------------------
def t102_rel_kid(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    x = w.rng.choice(c)
    text = w.rng.choice(
        [
            f"Put all the blocks of the tower that has the {x} in it into the bin!",
            f"The tower that the {x} is in, put all of it in the bin!",
            f"Throw the blocks that are in the same tower as the {x} in the bin, the {x} too!",
        ]
    )
    return _made(w, text, _act(binned(c)), _Plan(w.state).strip(c, BIN).move(c[0], BIN))


def t102_rel_builder(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Shift the stack whose bottom block is the {c[0]} over to the {place}, as it stands.",
            f"Move the tower that has the {c[-1]} on top to the {place} in one piece.",
            f"The stack which the {c[0]} is holding up, plus the {c[0]}, relocates to the {place}, same order.",
        ]
    )
    plan = _Plan(w.state).strip(c).build(c, place)
    return _made(w, text, _act(_at(c, place)), plan)


def t102_rel_terse(w: World) -> Made:
    found = _bowl_group(w)
    if found is None:
        return None
    where, group = found
    text = w.rng.choice(
        [
            f"Stack the blocks that are in {where}.",
            f"Blocks that sit in {where}: one tower.",
            f"The blocks which are in {where}, stacked up.",
        ]
    )
    base = _chain(w.state, group[0])[0]
    order = [base, *(b for b in group if b != base)]
    return _made(w, text, _act(_one(group)), _Plan(w.state).build(order))


def t102_rel_polite(w: World) -> Made:
    towers = [c for c in _towers(w.state) if len(c) < layout.MAX_TOWER]
    if not towers:
        return None
    c = w.rng.choice(towers)
    others = [b for b in w.blocks if b not in c and w.state.base(b) != BIN]
    if not others:
        return None
    x = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Please slide the {x} under the tower that has the {c[-1]} on top.",
            f"Could you please put the {x} underneath the stack whose bottom block is the {c[0]}?",
            f"Please make the {x} the new bottom block of the tower which the {c[-1]} is on top of.",
        ]
    )
    seq = [x, *c]
    return _made(w, text, _act(_seq(*seq)), _Plan(w.state).strip(c).build(seq))


def t102_rel_teacher(w: World) -> Made:
    c = _tallest(w.state)
    if c is None:
        return None
    others = [b for b in w.blocks if b not in c and w.state.base(b) != BIN]
    if not others:
        return None
    x = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Find the tower that is tallest and put the {x} on top of it.",
            f"The {x} goes on the tower which has the most blocks in it.",
            f"Look for the stack that stands highest, then place the {x} on its top block.",
        ]
    )
    return _made(
        w, text, _act(rels(Rel("on", x, c[-1])), kept(*c)), _Plan(w.state).put(x, c[-1])
    )


def t102_rel_chatty(w: World) -> Made:
    group = _loose(w.state)
    if not 2 <= len(group) <= layout.MAX_TOWER:
        return None
    text = w.rng.choice(
        [
            "You know the blocks that are just sitting on the table by themselves? Stack them all into one tower.",
            "So the blocks that aren't in a tower or a bowl, yeah, pile those up into one stack.",
            "Grab the blocks that are lying around on their own on the table and make them one tower, okay?",
        ]
    )
    return _made(w, text, _act(_one(group)), _Plan(w.state).build(group))


# ----- keep -----------------------------------------------------------------------------------------
def t102_keep_kid(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b, c, y = w.pick(w.blocks, 4)
    if any(y in w.state.above(z) for z in (a, b, c)):
        return None
    text = w.rng.choice(
        [
            f"Build a tower with the {a}, the {b} and the {c}, but keep the {y} right where it is!",
            f"Make a tower of the {a} and the {b} and the {c}! Don't move the {y} though!",
            f"Stack the {c}, the {a} and the {b} into a tower, and the {y} has to stay where it is!",
        ]
    )
    seq = [a, b, c]
    return _made(w, text, _act(_one(seq), kept(y)), _Plan(w.state).build(seq))


def t102_keep_builder(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    rev = c[::-1]
    text = w.rng.choice(
        [
            f"Flip the stack with the {c[-1]} on top, and leave every other block on site where it is.",
            f"Rebuild the tower on the {c[0]} in reverse order; keep the rest of the blocks as they are.",
            f"Turn {_tref(w, c)} upside down and keep everything else just where it stands.",
        ]
    )
    check = _act(_seq(*rev), kept(*(b for b in w.blocks if b not in c)))
    return _made(w, text, check, _Plan(w.state).strip(c).build(rev))


def t102_keep_terse(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    others = [b for b in w.blocks if b not in c]
    if not others:
        return None
    y = w.rng.choice(others)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Tower with the {c[-1]} on top to the {place}. Leave the {y} alone.",
            f"Whole stack from the {c[0]} up to the {place}, same order. {_cap(y)} stays.",
            f"Move {_tref(w, c)} to the {place}; keep the {y} where it is.",
        ]
    )
    plan = _Plan(w.state).strip(c).build(c, place)
    return _made(w, text, _act(_at(c, place), kept(y)), plan)


def t102_keep_polite(w: World) -> Made:
    c = _tallest(w.state)
    if c is None:
        return None
    others = [b for b in w.blocks if b not in c and w.state.base(b) != BIN]
    if not others:
        return None
    x = w.rng.choice(others)
    ys = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Please put the {x} on top of the tallest tower, and leave the {y} where it is.",
            f"Could you please set the {x} on the highest stack? Please keep the {y} where it is.",
            f"Would you kindly crown the tallest tower with the {x}, while keeping the {y} in its spot?",
        ]
    )
    check = _act(rels(Rel("on", x, c[-1])), kept(*c, y))
    return _made(w, text, check, _Plan(w.state).put(x, c[-1]))


def t102_keep_teacher(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    text = w.rng.choice(
        [
            f"Take {_tref(w, c)} apart onto the table, but keep its bottom block, the {c[0]}, where it is.",
            f"Unstack the blocks on the {c[0]} and put them on the table; the {c[0]} itself stays in place.",
            f"Let's move every block above the {c[0]} down onto the table, keeping the {c[0]} where it stands.",
        ]
    )
    return _made(w, text, _act(_table(c[1:]), kept(c[0])), _Plan(w.state).strip(c))


def t102_keep_chatty(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    a, b = c[-2], c[-1]
    new = [*c[:-2], b, a]
    text = w.rng.choice(
        [
            f"Swap the {a} and the {b} round, but keep all the other blocks where they are, yeah?",
            f"Okay so the {b} goes under the {a} now, and the rest of the blocks stay put.",
            f"Can you flip the {a} and the {b} in that tower? Everything else stays where it is though.",
        ]
    )
    check = _act(_seq(*new), kept(*(x for x in w.blocks if x not in (a, b))))
    return _made(w, text, check, _Plan(w.state).move(b, TABLE).build(new))


# ----- multi-step -----------------------------------------------------------------------------------
def t102_multi_kid(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    top = c[-1]
    rest = [b for b in w.blocks if b != top and w.state.base(b) != BIN]
    if len(rest) < 2:
        return None
    x, y = w.pick(rest, 2)
    text = w.rng.choice(
        [
            f"Take the {top} off the tower and put it in the bin, then put the {x} on the {y}!",
            f"First the {top} goes from the top of its tower into the bin, and then stack the {x} on the {y}!",
            f"Put the {top} in the bin, and after that make a little tower with the {x} on top of the {y}!",
        ]
    )
    check = _act(rels(Rel("in_bin", top), Rel("on", x, y)))
    return _made(w, text, check, _Plan(w.state).move(top, BIN).put(x, y))


def t102_multi_builder(w: World) -> Made:
    towers = _towers(w.state, ground=True)
    if not towers or not w.bowls:
        return None
    c = w.rng.choice(towers)
    bowl = w.rng.choice(w.bowls)
    plan = _Plan(w.state)
    for b in c[::-1]:
        plan.move(b, bowl)
    text = w.rng.choice(
        [
            f"Break down the stack with the {c[-1]} on top, then load its blocks into the {bowl}.",
            f"First knock down the tower with the {c[0]} at its base, then put all of its blocks in the {bowl}.",
            f"Take {_tref(w, c)} apart and then drop every piece of it into the {bowl}.",
        ]
    )
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in c))), plan)


def t102_multi_terse(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = w.rng.choice(
        [
            f"{_cap(a)} on the {b}, then {c} on the {a}.",
            f"First {a} onto {b}. Then {c} onto {a}.",
            f"{_cap(a)} on {b}. After that, {c} on {a}.",
        ]
    )
    check = _act(rels(Rel("on", a, b), Rel("on", c, a)))
    return _made(w, text, check, _Plan(w.state).put(a, b).put(c, a))


def t102_multi_polite(w: World) -> Made:
    towers = [c for c in _towers(w.state) if len(c) < layout.MAX_TOWER]
    if not towers:
        return None
    c = w.rng.choice(towers)
    others = [b for b in w.blocks if b not in c and w.state.base(b) != BIN]
    if not others:
        return None
    x = w.rng.choice(others)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Please move the tower with the {c[-1]} on top to the {place}, and then put the {x} on top of it.",
            f"Could you first move {_tref(w, c)} to the {place}, please, and after that add the {x} on top?",
            f"Please take the stack built on the {c[0]}, the {c[0]} included, to the {place}, then top it with the {x}.",
        ]
    )
    plan = _Plan(w.state).strip(c).build(c, place).put(x, c[-1])
    return _made(w, text, _act(_at([*c, x], place)), plan)


def t102_multi_teacher(w: World) -> Made:
    if not 3 <= len(w.blocks) <= layout.MAX_TOWER + 1:
        return None
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"First put the {x} in the bin, then build one tower out of all the other blocks.",
            f"Start by dropping the {x} into the bin; after that, stack every remaining block into a single tower.",
            f"Step one: the {x} goes in the bin. Step two: all the blocks that are left make one tower.",
        ]
    )
    check = _act(rels(Rel("in_bin", x)), _one(rest))
    return _made(
        w, text, check, _Plan(w.state).clear(x).move(x, BIN).build(rest, "table")
    )


def t102_multi_chatty(w: World) -> Made:
    towers = _towers(w.state)
    if not towers or not w.bowls:
        return None
    c = w.rng.choice(towers)
    top, below = c[-1], c[-2]
    others = [b for b in w.blocks if b not in c and w.state.base(b) != BIN]
    if not others:
        return None
    x = w.rng.choice(others)
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Take the {top} off that tower, pop it in the {bowl}, then stick the {x} where the {top} was.",
            f"So grab the {top} off the top, drop it in the {bowl}, and then the {x} goes on the {below} instead.",
            f"Okay, {top} off the tower and into the {bowl}, then swap in the {x} on top of the {below}, yeah?",
        ]
    )
    check = _act(rels(Rel("in", top, bowl), Rel("on", x, below)))
    return _made(w, text, check, _Plan(w.state).move(top, bowl).put(x, below))


# ----- question -------------------------------------------------------------------------------------
def t102_q_kid(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    x = w.rng.choice(c)
    text = w.rng.choice(
        [
            f"How many blocks tall is the tower with the {x} in it?",
            f"How high is the {x}'s tower? How many blocks?",
            f"How many blocks are in the tower that the {x} is in?",
        ]
    )
    return _made(w, text, answered(str(len(c))))


def t102_q_builder(w: World) -> Made:
    towers = _towers(w.state)
    if not towers:
        return None
    c = w.rng.choice(towers)
    text = w.rng.choice(
        [
            f"Which block is at the bottom of the stack with the {c[-1]} on top?",
            f"What block is the {c[-1]}'s tower built on, down at the base?",
            f"Which block is the bottom block of the tower under the {c[-1]}?",
        ]
    )
    return _made(w, text, answered(c[0]))


def t102_q_terse(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if w.rng.random() < 0.5 and pairs:
        a, b = w.rng.choice(pairs)
        flag = True
    else:
        cands = [
            (a, b)
            for a in w.blocks
            for b in w.blocks
            if a != b and _chain(s, a) != _chain(s, b)
        ]
        if not cands:
            return None
        a, b = w.rng.choice(cands)
        flag = False
    text = w.rng.choice(
        [
            f"Is the {a} on the {b}?",
            f"{_cap(a)} stacked on the {b}?",
            f"Is the {a} sitting on top of the {b}?",
        ]
    )
    return _made(w, text, answered(yes(flag)))


def t102_q_polite(w: World) -> Made:
    towers = _towers(w.state)
    if not towers or any(
        s not in _GROUND for s in (w.state.support[c[0]] for c in towers)
    ):
        return None
    text = w.rng.choice(
        [
            "Could you tell me how many towers of blocks there are on the table?",
            "Would you mind counting the towers on the table for me, please? How many are there?",
            "Please, how many stacks of blocks are standing on the table right now?",
        ]
    )
    return _made(w, text, answered(str(len(towers))))


def t102_q_teacher(w: World) -> Made:
    towers = sorted(_towers(w.state), key=len, reverse=True)
    if not towers or (len(towers) > 1 and len(towers[0]) == len(towers[1])):
        return None
    c = towers[0]
    text = w.rng.choice(
        [
            "Which block is on top of the tallest tower?",
            "Look at the highest tower: which block sits at its very top?",
            "Can you tell me which block is at the top of the tallest stack?",
        ]
    )
    return _made(w, text, answered(c[-1]))


def t102_q_chatty(w: World) -> Made:
    s = w.state
    inside = [b for c in _towers(s) for b in c]
    outside = [b for b in w.blocks if b not in inside and s.base(b) != BIN]
    flag = w.rng.random() < 0.5
    pool = inside if flag else outside
    if not pool:
        return None
    x = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Is the {x} part of a tower right now?",
            f"So is the {x} stacked up with other blocks, or not?",
            f"Hey, is the {x} in one of the towers?",
        ]
    )
    return _made(w, text, answered(yes(flag)))


# ----- matching -------------------------------------------------------------------------------------
def t102_match_kid(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    m, bowl = w.rng.choice(pairs)
    c = _tallest(w.state)
    if c is not None and m not in c:
        target, where = c[-1], "on top of the tallest tower"
        check = _act(rels(Rel("on", m, target)), kept(*c))
    else:
        ys = [b for b in w.blocks if b != m and w.state.base(b) != BIN]
        if not ys:
            return None
        target = w.rng.choice(ys)
        where = f"on the {target}"
        check = _act(rels(Rel("on", m, target)))
    text = w.rng.choice(
        [
            f"Put the block that's the same colour as the {bowl} {where}!",
            f"The block that matches the {bowl} goes {where}!",
            f"Find the block with the same colour as the {bowl} and stack it {where}!",
        ]
    )
    return _made(w, text, check, _Plan(w.state).put(m, target))


def t102_match_builder(w: World) -> Made:
    pairs = _matched(w)
    rest = [b for b in w.blocks if b not in {m for m, _ in pairs}]
    if not pairs or not 2 <= len(rest) <= layout.MAX_TOWER:
        return None
    text = w.rng.choice(
        [
            "Sort the blocks into the bowls that match them, then stack whatever's left into one tower.",
            "Every block with a bowl of its colour goes in that bowl; the leftovers get stacked into a single tower.",
            "Match the blocks to their bowls by colour, and build one stack from the blocks that have no bowl.",
        ]
    )
    plan = _Plan(w.state)
    for m, bowl in pairs:
        plan.clear(m).move(m, bowl)
    plan.build(rest, "table")
    return _made(
        w,
        text,
        _act(rels(*(Rel("in", m, bowl) for m, bowl in pairs)), _one(rest)),
        plan,
    )


def t102_match_terse(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    m, bowl = w.rng.choice(pairs)
    ys = [b for b in w.blocks if b != m]
    y = w.rng.choice(ys)
    if w.rng.random() < 1 / 3:  # the matching block is the bottom of the tower
        text = f"Tower: block matching the {bowl} at the bottom, {y} on it."
        return _made(w, text, _act(_seq(m, y)), _Plan(w.state).build([m, y]))
    text = w.rng.choice(
        [
            f"{_cap(y)} on the block that matches the {bowl}.",
            f"Block of the {bowl}'s colour, {y} on top of it.",
        ]
    )
    return _made(w, text, _act(rels(Rel("on", y, m))), _Plan(w.state).put(y, m))


def t102_match_polite(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    m, bowl = w.rng.choice(pairs)
    ys = [b for b in w.blocks if b != m]
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Please stack the block that's the same colour as the {bowl} on top of the {y}.",
            f"Could you please put the block matching the {bowl} onto the {y}?",
            f"Please take the block whose colour matches the {bowl} and set it on the {y}, thank you.",
        ]
    )
    return _made(w, text, _act(rels(Rel("on", m, y))), _Plan(w.state).put(m, y))


def t102_match_teacher(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    m, bowl = w.rng.choice(pairs)
    y = w.rng.choice([b for b in w.blocks if b != m])
    text = w.rng.choice(
        [
            f"Put the block that matches the {bowl} into that bowl, then stack the {y} on it inside the bowl.",
            f"First the block of the same colour as the {bowl} goes in it; then the {y} goes on top of that block.",
            f"Let's make a little tower in the {bowl}: its matching block at the bottom and the {y} on top.",
        ]
    )
    check = _act(rels(Rel("in", m, bowl), Rel("on", y, m)))
    return _made(
        w, text, check, _Plan(w.state).clear(m).clear(y).put(m, bowl).put(y, m)
    )


def t102_match_chatty(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    m, bowl = w.rng.choice(pairs)
    y = w.rng.choice([b for b in w.blocks if b != m])
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"So put the {y} on the block that matches the {bowl}, then move that little tower to the {place}.",
            f"Okay, the block that's the {bowl}'s colour goes in the {place}, and the {y} on top of it, yeah?",
            f"Stick the {y} on top of whichever block matches the {bowl}, and both of them end up in the {place}.",
        ]
    )
    plan = _Plan(w.state).clear(y).build([m, y], place)
    return _made(w, text, _act(_at([m, y], place)), plan)


_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("kid", "builder", "terse", "polite", "teacher", "chatty")
FRESH102: list[Template] = [
    (f"t102_{short}_{style}", category, globals()[f"t102_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
