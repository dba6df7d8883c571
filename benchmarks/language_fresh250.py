"""`FRESH250`, the two-hundred-and-fifty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, plain questions about
the table, one or two in a message). Six personas, one template per category each:
- hairdresser2: "Could you pop the red block into the blue bowl for me, love? Like popping a client under the dryer."
- russian2: "Put red block on blue block, please."
- gardener6: "Please move the red block over to the top left corner, gently, like repotting a seedling."
- techlead: "Action: move the red block into the bin."
- kid9: "stack the red block on the blue block lol"
- plain31: "Take the red block out of the blue bowl and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 99569e7, the code of ad276a5, before anything it could prompt): 0.89
goal-correct (267 of 300), 30 refused, three questions, no wrong action and no wrong reply. The questions: the
gardener's "Each block that has a bowl in its own colour should go home to that bowl, like putting plants back in their
own pots. The rest stay where they are." The refusals: the gardener's "I'd like a little tower, please, growing up like
a bean cane: X at the bottom, then Y, then Z on top." and "Could you empty W into the bin? Leave X just as it is,
though, it's settled in nicely."; the hairdresser's "Clear W out for me, hun, but not X, that one stays put like a
regular in her chair." and "Pop X in the bin, but keep Y exactly where it is, it's perfect, don't touch a hair on it.";
the tech lead's "Colour sort: blocks into same-colour bowls. Non-matching blocks -> bin."; the plain adult's "Take out
anything in W that isn't the same colour as the bowl."
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

_FLOOR = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    return None if check(w.state, w.state) else (text, check)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _depth(s: SymState, block: str) -> int:
    """How many blocks from `block` down to the bottom of its tower, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower, nearest first."""
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _can_stack_on(w: World, block: str, target: str) -> bool:
    """Putting `block` on `target` is sensible: different blocks, not already in the same tower, room on top."""
    s = w.state
    return (block != target and target not in s.above(block) and target not in _below(s, block)
            and s.base(target) != BIN and _depth(s, target) + 1 <= layout.MAX_TOWER)


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _movable(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _at_place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _pick_place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _not_in(bowl: str, block: str) -> Check:
    return lambda _i, f: f.support[block] != "gripper" and f.base(block) != bowl


def _bowl_of_colour(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _nearest(w: World, to: str, candidates: list[str], margin: float = 0.05) -> str | None:
    """The clear, loose block nearest to `to`, when it is clearly nearer than every other candidate."""
    ranked = sorted(candidates, key=lambda b: w.dist(b, to))
    if len(ranked) < 2:
        return None
    first = ranked[0]
    if w.dist(ranked[1], to) - w.dist(first, to) < margin:
        return None
    if not w.state.is_clear(first) or w.state.support[first] not in _FLOOR:
        return None
    return first


# ----- imperative ------------------------------------------------------------------------------------
def t250_imp_hairdresser2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not options or not _room(w, bowl):
        return None
    a = w.rng.choice(options)
    text = f"Could you pop the {a} into the {bowl} for me, love? Like popping a client under the dryer."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t250_imp_russian2(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) for b in _movable(w) if _can_stack_on(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Put {a} on {b}, please.", _act(rels(Rel("on", a, b))))


def t250_imp_gardener6(w: World) -> Made:
    a = w.rng.choice(_movable(w))
    p = _pick_place(w)
    text = f"Please move the {a} over to {_at_place(p)}, gently, like repotting a seedling."
    return _made(w, text, _act(rels(Rel("at", a, p))))


def t250_imp_techlead(w: World) -> Made:
    a = w.rng.choice(_movable(w))
    return _made(w, f"Action: move the {a} into the bin.", _act(rels(Rel("in_bin", a))))


def t250_imp_kid9(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) for b in _movable(w) if _can_stack_on(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"stack the {a} on top of the {b} lol", _act(rels(Rel("on", a, b))))


def t250_imp_plain31(w: World) -> Made:
    options = w.in_bowls()
    if not options:
        return None
    a = w.rng.choice(options)
    bowl = w.state.base(a)
    text = f"Take the {a} out of the {bowl} and put it on the table."
    return _made(w, text, _act(rels(Rel("on_table", a))))


# ----- declarative -----------------------------------------------------------------------------------
def t250_dec_hairdresser2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not options or not _room(w, bowl):
        return None
    a = w.rng.choice(options)
    text = f"The {a} should end up in the {bowl}, darling, that's the look we're going for today."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t250_dec_russian2(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) for b in _movable(w) if _can_stack_on(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"{_cap(a)} must be on top of {b}.", _act(rels(Rel("on", a, b))))


def t250_dec_gardener6(w: World) -> Made:
    a = w.rng.choice(_movable(w))
    text = f"The {a} belongs in the bin now, I think, like a spent bloom on the compost."
    return _made(w, text, _act(rels(Rel("in_bin", a))))


def t250_dec_techlead(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 3:
        return None
    a, b, c = w.pick(blocks, 3)
    if _depth(w.state, b) + 2 > layout.MAX_TOWER or w.state.base(b) == BIN:
        return None
    if b in w.state.above(a) or b in w.state.above(c):
        return None
    text = f"Target state: {a} on {b}, {c} on {a}."
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("on", c, a))))


def t250_dec_kid9(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not options or not _room(w, bowl):
        return None
    a = w.rng.choice(options)
    text = f"the {a} is supposed to be in the {bowl} not where it is now"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t250_dec_plain31(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} should be empty.", _act(empty(bowl)))


# ----- desiderative ----------------------------------------------------------------------------------
def t250_des_hairdresser2(w: World) -> Made:
    a = w.rng.choice(_movable(w))
    text = f"I'd love the {a} sitting right in the middle of the table, like a nice centre parting."
    return _made(w, text, _act(rels(Rel("at", a, "middle"))))


def t250_des_russian2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not options or not _room(w, bowl):
        return None
    a = w.rng.choice(options)
    text = f"I want {a} to be in {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t250_des_gardener6(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 3:
        return None
    a, b, c = w.pick(blocks, 3)
    text = (f"I'd like a little tower, please, growing up like a bean cane: the {a} at the bottom, "
            f"then the {b}, then the {c} on top.")
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t250_des_techlead(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    return _made(w, f"Want: {a} and {b} both in the bin.", _act(binned([a, b])))


def t250_des_kid9(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) for b in _movable(w) if _can_stack_on(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"i want the {a} on the {b} pls", _act(rels(Rel("on", a, b))))


def t250_des_plain31(w: World) -> Made:
    options = [b for b in _movable(w) if w.state.support[b] not in _FLOOR]
    if not options:
        return None
    a = w.rng.choice(options)
    text = f"I'd like the {a} put down on the table by itself, please."
    return _made(w, text, _act(rels(Rel("on_table", a))))


# ----- quantified ------------------------------------------------------------------------------------
def t250_qua_hairdresser2(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"Right, sweetie, let's pop every single block into the {bowl}, all together like a full salon."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in blocks))))


def t250_qua_russian2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Put all blocks from {bowl} into bin.", _act(binned(inside)))


def t250_qua_gardener6(w: World) -> Made:
    if len(w.bowls) < 2 or len(_movable(w)) < len(w.bowls):
        return None
    text = "Could each bowl get exactly one block, please? Like one seedling per pot."
    return _made(w, text, _act(*(count_in(b, 1) for b in w.bowls)))


def t250_qua_techlead(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    options = [n for n in (1, 2, 3) if n != now and n <= len(_movable(w))]
    if not options:
        return None
    n = w.rng.choice(options)
    return _made(w, f"Target: exactly {n} blocks in the {bowl}." if n > 1 else
                 f"Target: exactly 1 block in the {bowl}.", _act(count_in(bowl, n)))


def t250_qua_kid9(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose or len(loose) > 5:
        return None
    return _made(w, "chuck all the blocks on the table in the bin", _act(binned(loose)))


def t250_qua_plain31(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) > layout.MAX_TOWER or len(blocks) < 2:
        return None
    return _made(w, "Stack all the blocks into one tower on the table.", _act(rels(Rel("tower", *blocks))))


# ----- negated ---------------------------------------------------------------------------------------
def t250_neg_hairdresser2(w: World) -> Made:
    options = [(a, bowl) for bowl in w.bowls for a in w.state.in_bowl(bowl)
               if w.state.support[a] == bowl and len(w.state.in_bowl(bowl)) >= 2]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    others = [b for b in w.state.in_bowl(bowl) if b != a]
    text = f"Clear the {bowl} out for me, hun, but not the {a}, that one stays put like a regular in her chair."
    return _made(w, text, _act(kept(a), *(_not_in(bowl, b) for b in others)))


def t250_neg_russian2(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 3:
        return None
    a = w.rng.choice(blocks)
    others = [b for b in blocks if b != a]
    if len(others) > 5:
        return None
    return _made(w, f"Put all blocks except {a} in bin.", _act(binned(others), none_binned([a])))


def t250_neg_gardener6(w: World) -> Made:
    options = w.in_bowls()
    if not options:
        return None
    a = w.rng.choice(options)
    bowl = w.state.base(a)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] != "gripper" and f.base(a) not in (bowl, BIN)

    text = f"Take the {a} out of the {bowl}, would you? But please don't put it in the bin, it's still got life in it."
    return _made(w, text, _act(check))


def t250_neg_techlead(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 3:
        return None
    a, b = w.pick(blocks, 2)
    others = [x for x in blocks if x not in (a, b)]
    if len(others) > 5:
        return None
    return _made(w, f"Bin all blocks but the {a} and the {b}.", _act(binned(others), none_binned([a, b])))


def t250_neg_kid9(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 3:
        return None
    a, b = w.pick(blocks, 2)
    if not any(_can_stack_on(w, a, c) for c in blocks if c not in (a, b)):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] in f.support and f.support[a] != b

    return _made(w, f"put the {a} on top of some other block, just not the {b}", _act(check))


def t250_neg_plain31(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    kept_out = [b for b in w.blocks if w.state.base(b) != BIN]
    text = f"Empty the {bowl} without putting anything in the bin."
    return _made(w, text, _act(empty(bowl), none_binned(kept_out)))


# ----- relative --------------------------------------------------------------------------------------
def t250_rel_hairdresser2(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.base(top) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    options = [b for b in w.bowls if w.state.base(top) != b and _room(w, b)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    text = f"See the block sitting on top of the {below}? Pop that one into the {bowl} for me, love."
    return _made(w, text, _act(rels(Rel("in", top, bowl))))


def t250_rel_russian2(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.base(top) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    p = _pick_place(w)
    text = f"Block which is under {top}, put it to {p}."
    return _made(w, text, _act(rels(Rel("at", below, p))))


def t250_rel_gardener6(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    candidates = [b for b in w.blocks if w.state.base(b) in _FLOOR]
    near = _nearest(w, bowl, candidates)
    if near is None or not _room(w, bowl):
        return None
    text = f"Would you move the block that's closest to the {bowl} into it? Like tucking a cutting into its pot."
    return _made(w, text, _act(rels(Rel("in", near, bowl))))


def t250_rel_techlead(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _movable(w) if s.support[b] not in s.support]
    heights = sorted(((1 + len(s.above(b)), b) for b in bottoms), reverse=True)
    if not heights or heights[0][0] < 2 or (len(heights) > 1 and heights[1][0] == heights[0][0]):
        return None
    top = s.above(heights[0][1])[0]
    return _made(w, "Move the top block of the tallest stack to the bin.", _act(rels(Rel("in_bin", top))))


def t250_rel_kid9(w: World) -> Made:
    s = w.state
    targets = [a for a in _movable(w) if _depth(s, a) + 1 <= layout.MAX_TOWER]
    if not targets:
        return None
    a = w.rng.choice(targets)
    tower = {a, *s.above(a), *_below(s, a)}
    candidates = [b for b in w.blocks if b not in tower and s.base(b) in _FLOOR]
    near = _nearest(w, a, candidates)
    if near is None:
        return None
    text = f"put the block thats closest to the {a} on top of it"
    return _made(w, text, _act(rels(Rel("on", near, a))))


def t250_rel_plain31(w: World) -> Made:
    s = w.state
    options = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    if not options:
        return None
    bowl = w.rng.choice(options)
    x = s.in_bowl(bowl)[0]
    targets = [a for a in _movable(w) if _can_stack_on(w, x, a)]
    if not targets:
        return None
    a = w.rng.choice(targets)
    text = f"Put the block that's in the {bowl} on top of the {a}."
    return _made(w, text, _act(rels(Rel("on", x, a))))


# ----- keep ------------------------------------------------------------------------------------------
def t250_keep_hairdresser2(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    if b in w.state.above(a):
        return None
    text = f"Pop the {a} in the bin, but keep the {b} exactly where it is, it's perfect, don't touch a hair on it."
    return _made(w, text, _act(rels(Rel("in_bin", a)), kept(b)))


def t250_keep_russian2(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 3:
        return None
    a, b, c = w.pick(blocks, 3)
    s = w.state
    if not _can_stack_on(w, a, b) or c in s.above(a) or c in s.above(b):
        return None
    text = f"Put {a} on {b}, but {c} must stay where it is."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(c)))


def t250_keep_gardener6(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    others = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not others:
        return None
    b = w.rng.choice(others)
    text = (f"Could you empty the {bowl} into the bin? Leave the {b} just as it is, though, "
            "it's settled in nicely.")
    return _made(w, text, _act(binned(w.state.in_bowl(bowl)), kept(b)))


def t250_keep_techlead(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if b in w.state.above(a) or w.state.base(a) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"{a} -> {bowl}. Keep {b} in place.", _act(rels(Rel("in", a, bowl)), kept(b)))


def t250_keep_kid9(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if b in w.state.above(a) or w.state.base(a) == bowl or not _room(w, bowl):
        return None
    text = f"put the {a} in the {bowl} but dont touch the {b}"
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(b)))


def t250_keep_plain31(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    options = [a for a in _movable(w) if w.state.base(a) != bowl]
    if not options:
        return None
    a = w.rng.choice(options)
    p = _pick_place(w)
    text = f"Move the {a} to {_at_place(p)} and leave everything in the {bowl} as it is."
    return _made(w, text, _act(rels(Rel("at", a, p)), kept(*w.state.in_bowl(bowl))))


# ----- multi-step ------------------------------------------------------------------------------------
def t250_multi_hairdresser2(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, 2):
        return None
    text = f"First pop the {a} into the {bowl}, then the {b} on top of it, sweetie, like a nice layered cut."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t250_multi_russian2(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    p = _pick_place(w)
    text = f"First put {a} in bin, after that put {b} to {p}."
    return _made(w, text, _act(rels(Rel("in_bin", a), Rel("at", b, p))))


def t250_multi_gardener6(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    options = [a for a in _movable(w) if w.state.base(a) != bowl]
    if not options:
        return None
    a = w.rng.choice(options)
    text = (f"Start by clearing out the {bowl}, like weeding a bed, and then put the {a} in it "
            "all on its own.")
    return _made(w, text, _act(rels(Rel("in", a, bowl)), count_in(bowl, 1)))


def t250_multi_techlead(w: World) -> Made:
    if not w.pairs():
        return None
    bowl = w.rng.choice(w.bowls)
    options = [a for a in _movable(w) if w.state.base(a) != bowl]
    if not options or not _room(w, bowl):
        return None
    a = w.rng.choice(options)

    def flat(_i: SymState, f: SymState) -> bool:
        return all(s not in f.support for s in f.support.values())

    text = f"1) unstack all the towers 2) then {a} -> {bowl}"
    return _made(w, text, _act(flat, rels(Rel("in", a, bowl))))


def t250_multi_kid9(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.base(top) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)

    def off(_i: SymState, f: SymState) -> bool:
        return f.support[a] != b

    text = f"first take the {a} off the {b} then put the {b} in the bin"
    return _made(w, text, _act(rels(Rel("in_bin", b)), off))


def t250_multi_plain31(w: World) -> Made:
    blocks = _movable(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl):
        return None
    text = f"Put the {a} in the bin, and after that move the {b} into the {bowl}."
    return _made(w, text, _act(rels(Rel("in_bin", a), Rel("in", b, bowl))))


# ----- questions -------------------------------------------------------------------------------------
def t250_q_hairdresser2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return _ask(f"Quick one while I've got you, hun: how many blocks are in the {bowl}?", str(n))


def t250_q_russian2(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        return _ask(f"Is {a} on {b}?", "Yes")
    options = [(a, b) for a in w.blocks for b in w.blocks
               if a != b and b not in _below(s, a) and a not in _below(s, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    return _ask(f"Is {a} on {b}?", yes(holds(Rel("on", a, b), s)))


def t250_q_gardener6(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    if len(inside) > 2:
        return None
    prefix = "|".join(inside) if inside else "nothing"
    return _ask(f"What's sitting in the {bowl} at the moment? Just curious what's been planted there.", prefix)


def t250_q_techlead(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = w.state.count_at(TABLE)
    is_empty = not w.state.in_bowl(bowl)
    text = f"Two questions: how many blocks are on the table? Is the {bowl} empty?"
    return _ask(text, f"{n}|{yes(is_empty).lower()}")


def t250_q_kid9(w: World) -> Made:
    s = w.state
    options = [(a, s.support[a]) for a in w.blocks if s.support[a] in s.bowls]
    options += [(a, s.support[a]) for a in w.blocks if s.support[a] in s.support and s.base(a) in _FLOOR]
    if not options:
        return None
    a, where = w.rng.choice(options)
    return _ask(f"wheres the {a}", where)


def t250_q_plain31(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _ask(f"Which block is sitting on the {below}?", top)


# ----- matching --------------------------------------------------------------------------------------
def t250_match_hairdresser2(w: World) -> Made:
    options = [(a, bowl) for a in _movable(w) if (bowl := _bowl_of_colour(w, w.colour(a))) is not None]
    options = [(a, bowl) for a, bowl in options if w.state.base(a) != bowl and _room(w, bowl)]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    text = (f"Let's colour-coordinate, like matching the toner to the highlights! "
            f"Put the {a} in the bowl that matches it.")
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t250_match_russian2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Please put every block into bowl with same colour.", _act(rels(*want)))


def t250_match_gardener6(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    s = w.state
    movers = [r.block for r in want if not holds(r, s)]
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(b in s.above(m) for m in movers for b in rest):
        return None
    text = ("Each block that has a bowl in its own colour should go home to that bowl, like putting plants back "
            "in their own pots. The rest stay where they are.")
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t250_match_techlead(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in _movable(w) if b not in {r.block for r in want}]
    if len(rest) > 4:
        return None
    text = "Colour sort: blocks into same-colour bowls. Non-matching blocks -> bin."
    return _made(w, text, _act(rels(*want), binned(rest)))


def t250_match_kid9(w: World) -> Made:
    options = [(a, bowl) for a in _movable(w) if (bowl := _bowl_of_colour(w, w.colour(a))) is not None]
    options = [(a, bowl) for a, bowl in options if w.state.base(a) != bowl and _room(w, bowl)]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    text = f"put the block thats the same colour as the {bowl} in it"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t250_match_plain31(w: World) -> Made:
    s = w.state
    options = [bowl for bowl in w.bowls if any(w.colour(b) != w.colour(bowl) for b in s.in_bowl(bowl))]
    if not options:
        return None
    bowl = w.rng.choice(options)
    odd = [b for b in s.in_bowl(bowl) if w.colour(b) != w.colour(bowl)]
    same = [b for b in s.in_bowl(bowl) if w.colour(b) == w.colour(bowl)]
    text = f"Take out anything in the {bowl} that isn't the same colour as the bowl."
    return _made(w, text, _act(*(_not_in(bowl, b) for b in odd), rels(*(Rel("in", b, bowl) for b in same))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("hairdresser2", "russian2", "gardener6", "techlead", "kid9", "plain31")
FRESH250: list[Template] = [
    (f"t250_{short}_{style}", category, globals()[f"t250_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
