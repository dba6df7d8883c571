"""`FRESH115`, the hundred-and-sixteenth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: conditions and choices left to the robot, as people ask for them. Requests hinge on a condition about the
scene ("if the red block is on the table, ...", "unless the blue bowl is empty, ...", "only if ...", "in case
...", "if ... otherwise ...", "when you've done that, and only if ... is still ...") or leave a choice open
("any bowl you like", "either the bin or the blue bowl", "whichever bowl is empty", "a free spot on the table",
"whichever block is closest to the bin"). Conditions are written both where they hold and where they do not; a
condition that fails with no "otherwise" means nothing moves, so the check keeps every block. A choice accepts
every allowed end state. The six styles are six speakers:

- engineer: "Condition: the red block is on the table. If that holds, move it into the blue bowl; if not, do
  nothing."
- teacher: "Let's try a choice: if the blue bowl has nothing in it, place the red block inside it, and if it
  isn't empty, the red block goes into the bin."
- parent: "Can you pop the red block into one of the bowls, sweetheart? Doesn't matter which."
- colleague: "Stick the red block either in the bin or in the blue bowl, whichever's easier."
- customer: "Please move the red block to the middle, unless the blue bowl is empty, in which case don't bother."
- scientist: "Identify the block nearest the bin and drop it in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 8e719b3, after every fix before it and before anything it could prompt):
0.357 goal-correct (107 of 300), 166 refused, 8 asked, 19 wrong, three of them actions: 'Condition: W empty. Action:
all blocks on the table go in the bin.' binned the blocks whatever W held (twice), 'If some block is sitting on Y,
move that block into W' moved another block; sixteen wrong replies (a condition asked as a question, 'Check whether X
is in a bowl. If it's not, ...' and 'Does a bowl match X's colour? If yes, ...' answered instead of done, 'Are any of
the bowls empty?', 'Is there a bowl with nothing in it?', 'To get W empty, how many blocks would have to be
removed?').
"""

from __future__ import annotations

import math

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    kept,
    matching,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

CORNERS = [p for p in PLACES if "corner" in p]
MARGIN = 0.03  # metres: how much nearer, further left or right something must be to be unambiguous


# ----- helpers ---------------------------------------------------------------------------------------
def _hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def act(*checks: Check) -> Check:
    """The goal holds and the gripper is empty at the end."""
    return both(*checks, _hand)


def still(w: World) -> Check:
    """Nothing moves: the condition did not hold."""
    return act(kept(*w.blocks))


def either(*checks: Check) -> Check:
    return lambda i, f: any(c(i, f) for c in checks)


def base_in(block: str, targets: list[str]) -> Check:
    """The block's tower stands on one of `targets` (bowls, places, the bin), not in the gripper."""
    allowed = set(targets)
    return lambda _i, f: f.support[block] != GRIPPER and f.base(block) in allowed


def on_a_block(block: str) -> Check:
    return lambda _i, f: f.support[block] in f.support


def put_down(block: str) -> Check:
    """The block rests right on the table (anywhere, a named place included)."""
    return rels(Rel("on_table", block))


def _movable(w: World) -> list[str]:
    """Blocks with nothing on them, not in the bin."""
    return w.clear_blocks()


def _loose(w: World) -> list[str]:
    """Clear blocks lying right on the table."""
    return [b for b in _movable(w) if w.state.support[b] == TABLE]


def _bowl_of(w: World, block: str) -> str | None:
    base = w.state.base(block)
    return base if base in w.bowls else None


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _height(w: World, block: str) -> int:
    n, cur = 1, w.state.support[block]
    while cur in w.state.support:
        n, cur = n + 1, w.state.support[cur]
    return n


def _stackable(w: World, target: str, block: str) -> bool:
    """`block` (clear) can go on `target`: a different clear block, not in the bin, with room above."""
    s = w.state
    return (
        target != block
        and s.is_clear(target)
        and s.base(target) != BIN
        and _height(w, target) < layout.MAX_TOWER
        and s.support[block] != target
    )


def _choice(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, point: tuple[float, float], cands: list[str]) -> str | None:
    """The candidate nearest `point`, when it is nearer than the next by `MARGIN`."""
    if not cands:
        return None
    ds = sorted(
        (math.hypot(_pos(w, c)[0] - point[0], _pos(w, c)[1] - point[1]), c)
        for c in cands
    )
    if len(ds) >= 2 and ds[1][0] - ds[0][0] < MARGIN:
        return None
    return ds[0][1]


def _closest_to_bin(w: World) -> str | None:
    """The one block nearest the bin, if it is unambiguous and has nothing on it."""
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    near = _nearest(w, layout.BIN_CENTER, cands)
    return near if near is not None and w.state.is_clear(near) else None


def _extreme(w: World, cands: list[str], right: bool) -> str | None:
    """The leftmost (or rightmost) candidate, by a margin."""
    if not cands:
        return None
    ys = sorted(((-w.y(c) if right else w.y(c)), c) for c in cands)
    if len(ys) >= 2 and ys[1][0] - ys[0][0] < MARGIN:
        return None
    return ys[0][1]


def _colour_bowl(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _flag(w: World) -> bool:
    return w.rng.random() < 0.5


# ----- imperative ------------------------------------------------------------------------------------
def t115_imp_engineer(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None or not _room(w, bowl):
        return None
    flag = _flag(w)
    if flag:
        cands = _loose(w)
    else:
        cands = [b for b in w.blocks if _bowl_of(w, b) not in (None, bowl)]
    a = _choice(w, cands)
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"If the {a} is on the table, put it in the {bowl}.",
            f"Condition: the {a} is on the table. If that holds, move it into the {bowl}; if not, do nothing.",
            f"Should the {a} be lying on the table, place it in the {bowl}.",
        ]
    )
    return text, (act(rels(Rel("in", a, bowl))) if flag else still(w))


def t115_imp_teacher(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) != bowl])
    if a is None:
        return None
    is_empty = not w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"If the {bowl} is empty, put the {a} in it; otherwise, put the {a} in the bin.",
            (
                f"Let's try a choice: if the {bowl} has nothing in it, place the {a} inside it, and if it isn't empty, "
                f"the {a} goes into the bin."
            ),
            f"Here's the rule: an empty {bowl} gets the {a}. If the {bowl} isn't empty, put the {a} in the bin instead.",
        ]
    )
    return text, act(rels(Rel("in", a, bowl) if is_empty else Rel("in_bin", a)))


def t115_imp_parent(w: World) -> Made:
    if len(w.bowls) < 2 or not any(_room(w, b) for b in w.bowls):
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) is None])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Honey, put the {a} in a bowl. Any bowl you like.",
            f"Can you pop the {a} into one of the bowls, sweetheart? Doesn't matter which.",
            f"Put the {a} in whichever bowl you want, okay?",
        ]
    )
    return text, act(base_in(a, w.bowls))


def t115_imp_colleague(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b)])
    if bowl is None:
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) != bowl])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Stick the {a} either in the bin or in the {bowl}, whichever's easier.",
            f"Put the {a} in the bin or the {bowl}. Your call.",
            f"Either the bin or the {bowl} is fine for the {a}; just pick one and put it there.",
        ]
    )
    return text, act(either(rels(Rel("in_bin", a)), rels(Rel("in", a, bowl))))


def t115_imp_customer(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    a = _choice(w, _movable(w))
    if bowl is None or a is None:
        return None
    place = w.rng.choice(PLACES)
    full = bool(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Unless the {bowl} is empty, move the {a} to the {place}.",
            f"Please move the {a} to the {place}, unless the {bowl} is empty, in which case don't bother.",
            f"Move the {a} over to the {place}, unless there's nothing in the {bowl}.",
        ]
    )
    return text, (act(rels(Rel("at", a, place))) if full else still(w))


def t115_imp_scientist(w: World) -> Made:
    a = _closest_to_bin(w)
    if a is None:
        return None
    text = w.rng.choice(
        [
            "Take whichever block is closest to the bin and put it in the bin.",
            "Identify the block nearest the bin and drop it in the bin.",
            "Whichever block sits nearest to the bin: place it in the bin.",
        ]
    )
    return text, act(rels(Rel("in_bin", a)))


# ----- declarative -----------------------------------------------------------------------------------
def t115_dec_engineer(w: World) -> Made:
    a = _choice(w, _movable(w))
    if a is None:
        return None
    s = w.state
    cands = [b for b in w.blocks if b != a and s.base(b) != BIN and s.support[a] != b]
    b = _choice(w, cands)
    if b is None:
        return None
    clear = s.is_clear(b)
    if clear and not _stackable(w, b, a):
        return None
    text = w.rng.choice(
        [
            f"Spec: the {a} goes on top of the {b} if the {b} has nothing on it; if it does, the {a} goes in the bin.",
            f"The {a} should end up stacked on the {b}, provided the {b} is clear. Otherwise it belongs in the bin.",
            f"If nothing is sitting on the {b}, the {a} goes on it. Else the {a} goes to the bin.",
        ]
    )
    return text, act(rels(Rel("on", a, b) if clear else Rel("in_bin", a)))


def t115_dec_teacher(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(w.bowls) < 2 or len(empties) != 1:
        return None
    bowl = empties[0]
    a = _choice(w, _movable(w))
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"The {a} goes into whichever bowl is empty.",
            f"The {a} belongs in the empty bowl, whichever one that is.",
            f"Whichever bowl has nothing in it, that's where the {a} should go.",
        ]
    )
    return text, act(rels(Rel("in", a, bowl)))


def t115_dec_parent(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b)])
    if bowl is None:
        return None
    flag = _flag(w)
    cs = [c for c in w.blocks if (w.state.base(c) == bowl) == flag]
    c = _choice(w, cs)
    if c is None:
        return None
    a = _choice(w, [b for b in _movable(w) if b != c and _bowl_of(w, b) != bowl])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"The {a} goes in the {bowl} only if the {c} is already in there.",
            f"The {a} belongs in the {bowl}, but only if the {c} is in there already.",
            f"If the {c} is in the {bowl}, then the {a} goes in the {bowl} as well. If not, nothing moves.",
        ]
    )
    return text, (act(rels(Rel("in", a, bowl))) if flag else still(w))


def t115_dec_colleague(w: World) -> Made:
    a = _choice(w, _movable(w))
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"The {a} needs to end up in one of the corners. Doesn't matter which.",
            f"The {a} goes in a corner. Any corner.",
            f"The {a} should go to whichever corner you like.",
        ]
    )
    return text, act(base_in(a, CORNERS))


def t115_dec_customer(w: World) -> Made:
    flag = _flag(w)
    if flag:
        pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
        if not pairs:
            return None
        a, b = w.rng.choice(pairs)
    else:
        a = _choice(w, _loose(w))
        if a is None:
            return None
        b = _choice(w, [x for x in w.blocks if x != a])
        if b is None:
            return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"In case the {a} is on top of the {b}, the {a} should go to the {place}.",
            f"The {a} goes to the {place}, but only in case it's sitting on the {b}.",
            f"Should the {a} be on the {b}, it goes to the {place}. Otherwise everything stays as it is.",
        ]
    )
    return text, (act(rels(Rel("at", a, place))) if flag else still(w))


def t115_dec_scientist(w: World) -> Made:
    place = w.rng.choice(PLACES)
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    a = _nearest(w, layout.PLACES[place], cands)
    if a is None or not w.state.is_clear(a):
        return None
    text = w.rng.choice(
        [
            f"The block nearest the {place} is to be placed at the {place}.",
            f"Whichever block is closest to the {place} goes to the {place}.",
            f"The block closest to the {place} should be moved onto the {place}.",
        ]
    )
    return text, act(rels(Rel("at", a, place)))


# ----- desiderative ----------------------------------------------------------------------------------
def t115_des_engineer(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) != bowl])
    if a is None:
        return None
    place = w.rng.choice(PLACES)
    many = len(w.state.in_bowl(bowl)) >= 2
    text = w.rng.choice(
        [
            f"I need the {a} at the {place} if the {bowl} holds two or more blocks; otherwise I need it in the {bowl}.",
            (
                f"What I want: if there are at least two blocks in the {bowl}, the {a} at the {place}; if there are fewer, "
                f"the {a} in the {bowl}."
            ),
            (
                f"I'd like the {a} in the {bowl}, unless the {bowl} already has two or more blocks in it, in which case "
                f"I'd like the {a} at the {place}."
            ),
        ]
    )
    return text, act(rels(Rel("at", a, place) if many else Rel("in", a, bowl)))


def t115_des_teacher(w: World) -> Made:
    s = w.state
    cands = [b for b in _movable(w) if s.support[b] not in s.support]
    a = _choice(w, [b for b in cands if any(_stackable(w, t, b) for t in w.blocks)])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"I'd like the {a} stacked on top of another block. Pick whichever one you like.",
            f"I'd like to see the {a} sitting on one of the other blocks; any of them will do.",
            f"Could I have the {a} on top of some other block? You choose which.",
        ]
    )
    return text, act(on_a_block(a))


def t115_des_parent(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    flag = _flag(w)
    b = _choice(w, [x for x in w.blocks if (w.state.base(x) == bowl) == flag])
    if b is None:
        return None
    a = _choice(w, [x for x in _movable(w) if x != b])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"I want the {a} in the bin, but only if the {b} is in the {bowl}.",
            f"I'd like the {a} thrown in the bin, only if the {b} is in the {bowl}, mind.",
            f"If the {b} is in the {bowl}, I want the {a} put in the bin. If it isn't, leave everything be.",
        ]
    )
    return text, (act(rels(Rel("in_bin", a))) if flag else still(w))


def t115_des_colleague(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) is not None])
    if a is None:
        return None
    cur = _bowl_of(w, a)
    others = [b for b in w.bowls if b != cur]
    if not any(_room(w, b) for b in others):
        return None
    text = w.rng.choice(
        [
            f"I'd like the {a} moved to a different bowl, doesn't matter which one.",
            f"Could you shift the {a} into one of the other bowls? I'd like it in any of them.",
            f"I want the {a} out of the {cur} and into another bowl, your pick.",
        ]
    )
    return text, act(base_in(a, others))


def t115_des_customer(w: World) -> Made:
    a = _choice(w, [b for b in _movable(w) if w.state.support[b] != TABLE])
    if a is None:
        return None
    where = f"the {_bowl_of(w, a) or w.state.support[a]}"
    text = w.rng.choice(
        [
            f"I'd like the {a} put down on the table, any free spot.",
            f"I want the {a} off {where} and on the table, wherever there's space.",
            f"I'd like the {a} on the table, somewhere free; where exactly is up to you.",
        ]
    )
    return text, act(put_down(a))


def t115_des_scientist(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b)])
    if bowl is None:
        return None
    flag = _flag(w)
    c = _choice(w, [x for x in w.blocks if (w.state.base(x) == bowl) == flag])
    if c is None:
        return None
    a = _choice(w, [b for b in _movable(w) if b != c and _bowl_of(w, b) != bowl])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"I'd want the {a} in the {bowl}, unless the {c} is already there; in that case, the bin.",
            (
                f"My preference: the {a} in the {bowl}. If the {c} is already in the {bowl}, though, I'd want the {a} in "
                f"the bin."
            ),
            f"I'd like the {a} placed in the {bowl} unless the {c} is in it, in which case the bin will do.",
        ]
    )
    return text, act(rels(Rel("in_bin", a) if flag else Rel("in", a, bowl)))


# ----- quantified ------------------------------------------------------------------------------------
def t115_qua_engineer(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    table = w.state.on_the_table()
    if bowl is None or not table or len(table) > 5:
        return None
    flag = not w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"If the {bowl} is empty, move every block on the table into the bin.",
            f"Condition: {bowl} empty. Action: all blocks on the table go in the bin.",
            f"Provided the {bowl} has nothing in it, clear every block off the table into the bin.",
        ]
    )
    return text, (act(binned(table)) if flag else still(w))


def t115_qua_teacher(w: World) -> Made:
    table = w.state.on_the_table()
    bowl = _choice(w, [b for b in w.bowls if _room(w, b, 2)])
    if bowl is None or len(table) < 3:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return sum(f.base(b) == bowl for b in table) == 2

    text = w.rng.choice(
        [
            f"Put two of the blocks that are on the table into the {bowl}. Any two.",
            f"Choose any two blocks from the table and place them in the {bowl}.",
            f"Two of the blocks on the table into the {bowl}, please. Pick whichever two.",
        ]
    )
    return text, act(check)


def t115_qua_parent(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"If there are any blocks in the {bowl}, put them all in the bin.",
            f"Anything in the {bowl}? If so, every one of those blocks goes in the bin.",
            f"If the {bowl} has blocks in it, put all of them in the bin, please.",
        ]
    )
    return text, (act(binned(inside)) if inside else still(w))


def t115_qua_colleague(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    ok = (BIN, TABLE, *PLACES)

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.support[b] != GRIPPER and f.base(b) in ok for b in inside)

    text = w.rng.choice(
        [
            f"Empty the {bowl}; each block can go in the bin or on the table, whatever's easier.",
            f"Take all the blocks out of the {bowl}. Bin or table, I don't mind which for each one.",
            f"Every block in the {bowl} has to come out. Put them in the bin or on the table, your choice.",
        ]
    )
    return text, act(check)


def t115_qua_customer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    flag = not w.state.in_bowls()
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) != bowl])
    if a is None or not _room(w, bowl):
        return None
    text = w.rng.choice(
        [
            f"If none of the bowls have anything in them, put the {a} in the {bowl}.",
            f"Only if every bowl is empty, please put the {a} in the {bowl}.",
            f"In case all the bowls are empty, put the {a} in the {bowl}; if not, leave things as they are.",
        ]
    )
    return text, (act(rels(Rel("in", a, bowl))) if flag else still(w))


def t115_qua_scientist(w: World) -> Made:
    a = _choice(w, [b for b in w.blocks if w.state.base(b) != BIN])
    if a is None:
        return None
    tower = {a, *w.state.above(a)}
    cur = a
    while w.state.support[cur] in w.state.support:
        cur = w.state.support[cur]
        tower.add(cur)
    others = [b for b in w.blocks if b not in tower]
    if any(abs(w.y(b) - w.y(a)) < MARGIN for b in others):
        return None
    lefts = [b for b in others if w.y(b) < w.y(a)]
    if not lefts or len(lefts) > 5:
        return None
    text = w.rng.choice(
        [
            f"Every block to the left of the {a} goes in the bin; leave the {a} itself where it is.",
            f"Bin all the blocks that are left of the {a}, but don't move the {a}.",
            f"Take each block lying to the left of the {a} and put it in the bin. The {a} stays.",
        ]
    )
    return text, act(binned(lefts), kept(a))


# ----- negated ---------------------------------------------------------------------------------------
def t115_neg_engineer(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) != bowl])
    if a is None:
        return None
    flag = not w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Don't touch the {a} unless the {bowl} is empty. If it is, put the {a} in it.",
            f"Do not move the {a} unless the {bowl} is empty; if the {bowl} is empty, the {a} goes in.",
            f"If the {bowl} is not empty, leave the {a} alone; if it is empty, put the {a} in it.",
        ]
    )
    return text, (act(rels(Rel("in", a, bowl))) if flag else still(w))


def t115_neg_teacher(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b)])
    if bowl is None:
        return None
    flag = _flag(w)
    if flag:
        a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) is None])
    else:
        a = _choice(w, [b for b in w.blocks if _bowl_of(w, b) is not None])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"If the {a} isn't in a bowl, put it in the {bowl}.",
            f"The {a}: if it is not already in one of the bowls, place it in the {bowl}.",
            f"Check whether the {a} is in a bowl. If it's not, put it in the {bowl}; if it is, leave it.",
        ]
    )
    return text, (act(rels(Rel("in", a, bowl))) if flag else still(w))


def t115_neg_parent(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != x]
    if not any(_room(w, b) for b in others):
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) in (None, x)])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Put the {a} in any bowl except the {x}.",
            f"The {a} can go in any of the bowls, just not the {x}.",
            f"Put the {a} in a bowl, sweetie. Not the {x}; any other one is fine.",
        ]
    )
    return text, act(base_in(a, others))


def t115_neg_colleague(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] not in (b, GRIPPER) and f.base(a) != BIN

    text = w.rng.choice(
        [
            f"Take the {a} off the {b}, but don't put it in the bin.",
            f"Move the {a} off the {b}; anywhere but the bin.",
            f"Get the {a} off the {b}. Wherever you like, as long as it's not the bin.",
        ]
    )
    return text, act(check)


def t115_neg_customer(w: World) -> Made:
    flag = _flag(w)
    if flag:
        pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
        if not pairs:
            return None
        b, a = w.rng.choice(pairs)
    else:
        a = _choice(w, [x for x in w.blocks if w.state.base(x) != BIN])
        if a is None:
            return None
        b = _choice(w, [x for x in w.blocks if x != a and w.state.support[x] != a])
        if b is None:
            return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Leave the {a} where it is. If the {b} is sitting on it, though, move the {b} to the {place}.",
            f"Don't move the {a}. In case the {b} is on top of it, put the {b} at the {place}.",
            f"Please don't touch the {a}; only if the {b} is on it should you move the {b}, to the {place}.",
        ]
    )
    return text, (act(rels(Rel("at", b, place)), kept(a)) if flag else still(w))


def t115_neg_scientist(w: World) -> Made:
    flag = _flag(w)
    if flag:
        a = _choice(w, _movable(w))
        if a is None:
            return None
        b = _choice(w, [t for t in w.blocks if _stackable(w, t, a)])
    else:
        pairs = [(t, x) for t, x in w.pairs() if w.state.is_clear(t)]
        if not pairs:
            return None
        a, b = w.rng.choice(pairs)
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"If the {a} is not on the {b}, put it there.",
            f"Unless the {a} is already on the {b}, place it on the {b}.",
            f"Check: is the {a} on the {b}? If not, stack it there; if so, leave everything.",
        ]
    )
    return text, (act(rels(Rel("on", a, b))) if flag else still(w))


# ----- relative --------------------------------------------------------------------------------------
def t115_rel_engineer(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b)])
    if bowl is None:
        return None
    flag = _flag(w)
    if flag:
        pairs = [
            (t, b)
            for t, b in w.pairs()
            if w.state.is_clear(t) and w.state.base(t) != bowl
        ]
        if not pairs:
            return None
        top, b = w.rng.choice(pairs)
    else:
        b = _choice(w, [x for x in w.blocks if w.state.is_clear(x)])
        top = ""
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"Put the block that's on top of the {b} into the {bowl}, if there is one.",
            f"If some block is sitting on the {b}, move that block into the {bowl}.",
            f"Whatever block is resting on the {b}, if there is one, goes into the {bowl}.",
        ]
    )
    return text, (act(rels(Rel("in", top, bowl))) if flag else still(w))


def t115_rel_teacher(w: World) -> Made:
    c = _choice(w, w.in_bowls())
    if c is None:
        return None
    bowl = w.state.base(c)
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) != bowl])
    if a is None or not _room(w, bowl):
        return None
    text = w.rng.choice(
        [
            f"Put the {a} in whichever bowl has the {c} in it.",
            f"Place the {a} in the bowl that the {c} is in.",
            f"The {c} is in one of the bowls. Put the {a} in that same bowl.",
        ]
    )
    return text, act(rels(Rel("in", a, bowl)))


def t115_rel_parent(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = _extreme(w, w.bowls, right=False)
    if bowl is None or not _room(w, bowl):
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) != bowl])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Put the {a} in the bowl that's furthest to the left.",
            f"Whichever bowl is the leftmost one, put the {a} in it.",
            f"The {a} goes into the left-most bowl, please.",
        ]
    )
    return text, act(rels(Rel("in", a, bowl)))


def t115_rel_colleague(w: World) -> Made:
    flag = _flag(w)
    if flag:
        pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
        if not pairs:
            return None
        top, b = w.rng.choice(pairs)
    else:
        b = _choice(w, [x for x in w.blocks if w.state.is_clear(x)])
        top = ""
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"If there's a block sitting on the {b}, take it off and put it anywhere on the table.",
            f"Whatever's stacked on the {b}, if anything, move it down onto the table, wherever there's room.",
            f"Any block that's on top of the {b}: put it on the table somewhere. If there's nothing on it, never mind.",
        ]
    )
    return text, (act(put_down(top)) if flag else still(w))


def t115_rel_customer(w: World) -> Made:
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) is None])
    if a is None:
        return None
    bowl = _nearest(w, _pos(w, a), w.bowls)
    if bowl is None or not _room(w, bowl):
        return None
    text = w.rng.choice(
        [
            f"Put the {a} in the bowl that's closest to it.",
            f"Move the {a} into whichever bowl is nearest to it.",
            f"The bowl nearest the {a}: put the {a} in that one.",
        ]
    )
    return text, act(rels(Rel("in", a, bowl)))


def t115_rel_scientist(w: World) -> Made:
    r = _extreme(w, [b for b in w.blocks if w.state.base(b) != BIN], right=True)
    if r is None:
        return None
    s = w.state
    if s.support[r] == TABLE and s.is_clear(r):
        flag = True
    elif s.support[r] in w.bowls:
        flag = False
    else:
        return None
    a = _choice(w, [b for b in _movable(w) if b != r])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Put the {a} on the block that's furthest to the right, but only if that block is on the table.",
            f"Find the rightmost block. If it's sitting on the table, stack the {a} on it; if not, do nothing.",
            f"Stack the {a} onto whichever block is furthest right, provided that block is on the table itself.",
        ]
    )
    return text, (act(rels(Rel("on", a, r))) if flag else still(w))


# ----- keep ------------------------------------------------------------------------------------------
def t115_keep_engineer(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) != bowl])
    if a is None:
        return None
    b = _choice(w, [x for x in w.blocks if x != a])
    if b is None:
        return None
    flag = not w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"If the {bowl} is empty, put the {a} in it, but keep the {b} where it is.",
            f"Keep the {b} in place. Then, only if the {bowl} is empty, move the {a} into it.",
            f"Provided the {bowl} is empty, the {a} goes in; the {b} must not move either way.",
        ]
    )
    return text, (act(rels(Rel("in", a, bowl)), kept(b)) if flag else still(w))


def t115_keep_teacher(w: World) -> Made:
    flag = _flag(w)
    if flag:
        b = _choice(w, _loose(w))
    else:
        b = _choice(w, w.in_bowls())
    if b is None:
        return None
    a = _choice(w, [x for x in w.blocks if x != b])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Leave the {a} alone, and if the {b} is on the table, put the {b} in the bin.",
            f"Don't move the {a}. If the {b} is lying on the table, it goes in the bin.",
            f"The {a} stays where it is. As for the {b}: if it's on the table, bin it.",
        ]
    )
    return text, (act(rels(Rel("in_bin", b)), kept(a)) if flag else still(w))


def t115_keep_parent(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None or not any(_room(w, b) for b in w.bowls):
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) is None])
    if a is None:
        return None
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Don't touch anything in the {bowl}, but put the {a} in a bowl. Any one.",
            f"Leave what's in the {bowl} where it is, and pop the {a} into any bowl you like.",
            f"Put the {a} into one of the bowls, whichever, and keep the blocks in the {bowl} where they are.",
        ]
    )
    return text, act(kept(*inside), base_in(a, w.bowls))


def t115_keep_colleague(w: World) -> Made:
    a = _choice(w, _movable(w))
    if a is None:
        return None
    b = _choice(w, [x for x in w.blocks if x != a])
    if b is None:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Put the {a} either in the bin or at the {place}, your call. Just leave the {b} where it is.",
            f"The {a} can go in the bin or on the {place}, whichever. Don't move the {b} though.",
            f"Keep the {b} where it is and move the {a} to either the {place} or the bin.",
        ]
    )
    return text, act(either(rels(Rel("in_bin", a)), rels(Rel("at", a, place))), kept(b))


def t115_keep_customer(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    flag = _flag(w)
    if flag:
        c = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) == bowl])
    else:
        c = _choice(w, _loose(w))
    if c is None:
        return None
    others = [b for b in w.blocks if b != c]
    text = w.rng.choice(
        [
            f"In case the {c} is in the {bowl}, take it out and put it in the bin; everything else stays put.",
            f"If the {c} is in the {bowl}, I'd like it moved to the bin. Nothing else should move.",
            f"Everything stays where it is, except: if the {c} is in the {bowl}, bin it.",
        ]
    )
    return text, (act(rels(Rel("in_bin", c)), kept(*others)) if flag else still(w))


def t115_keep_scientist(w: World) -> Made:
    near = _closest_to_bin(w)
    if near is None:
        return None
    a = _choice(w, [b for b in w.blocks if b != near])
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Without disturbing the {a}, move whichever block is closest to the bin into the bin.",
            f"Keep the {a} where it is, and put the block nearest the bin into the bin.",
            f"The {a} must stay put. The block closest to the bin, whichever it is, goes in the bin.",
        ]
    )
    return text, act(rels(Rel("in_bin", near)), kept(a))


# ----- multi-step ------------------------------------------------------------------------------------
def t115_multi_engineer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl, bowl2 = w.pick(w.bowls, 2)
    if not _room(w, bowl):
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) not in (bowl, bowl2)])
    if a is None:
        return None
    b = _choice(w, [x for x in _movable(w) if x != a and _bowl_of(w, x) != bowl2])
    if b is None:
        return None
    flag = not w.state.in_bowl(bowl2)
    text = w.rng.choice(
        [
            f"First put the {a} in the {bowl}; then, if the {bowl2} is still empty, put the {b} in it.",
            f"Step 1: the {a} into the {bowl}. Step 2: only if the {bowl2} is still empty, the {b} into the {bowl2}.",
            (
                f"Move the {a} into the {bowl}. Once that's done, and only if the {bowl2} is still empty, put the {b} "
                f"into the {bowl2}."
            ),
        ]
    )
    second = rels(Rel("in", b, bowl2)) if flag else kept(b)
    return text, act(rels(Rel("in", a, bowl)), second)


def t115_multi_teacher(w: World) -> Made:
    a = _choice(w, _movable(w))
    if a is None:
        return None
    b = _choice(w, [t for t in w.blocks if _stackable(w, t, a)])
    if b is None:
        return None
    flag = _flag(w)
    rest = [x for x in w.blocks if x not in (a, b)]
    if flag:
        c = _choice(
            w, [x for x in rest if w.state.support[x] == TABLE and w.state.is_clear(x)]
        )
    else:
        c = _choice(w, [x for x in rest if _bowl_of(w, x) is not None])
    if c is None:
        return None
    text = w.rng.choice(
        [
            (
                f"Put the {a} on the {b}. When you've done that, and only if the {c} is still on the table, put the {c} "
                f"in the bin."
            ),
            f"Stack the {a} on the {b}. After that, if the {c} is still on the table, it goes in the bin.",
            (
                f"First the {a} goes on top of the {b}; then, only if the {c} is still sitting on the table, put the {c} "
                f"in the bin."
            ),
        ]
    )
    second = rels(Rel("in_bin", c)) if flag else kept(c)
    return text, act(rels(Rel("on", a, b)), second)


def t115_multi_parent(w: World) -> Made:
    if not any(_room(w, b) for b in w.bowls):
        return None
    a = _choice(w, _movable(w))
    if a is None:
        return None
    b = _choice(w, [x for x in _movable(w) if x != a and _bowl_of(w, x) is None])
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"Put the {a} in the bin, then put the {b} in whichever bowl you like.",
            f"First the {a} goes in the bin, sweetie. After that, the {b} goes in a bowl, any bowl.",
            f"Can you put the {a} in the bin, and when you're done, the {b} in one of the bowls? Doesn't matter which.",
        ]
    )
    return text, act(rels(Rel("in_bin", a)), base_in(b, w.bowls))


def t115_multi_colleague(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    a = _choice(w, _movable(w))
    if a is None:
        return None
    b = _choice(w, [x for x in _movable(w) if x != a and _bowl_of(w, x) != bowl])
    if b is None:
        return None
    after = len(w.state.in_bowl(bowl)) - (1 if _bowl_of(w, a) == bowl else 0)
    flag = after < 2
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"Move the {a} to the {place}, and after that, if the {bowl} has fewer than two blocks in it, put the {b} "
                f"in the {bowl}."
            ),
            (
                f"First the {a} goes to the {place}. Then check the {bowl}: if there are fewer than two blocks in it, "
                f"add the {b}."
            ),
            (
                f"Put the {a} at the {place}; once that's done, put the {b} in the {bowl}, but only if at that point the "
                f"{bowl} has fewer than two blocks in it."
            ),
        ]
    )
    second = rels(Rel("in", b, bowl)) if flag else kept(b)
    return text, act(rels(Rel("at", a, place)), second)


def t115_multi_customer(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    flag = _bowl_of(w, b) is not None
    text = w.rng.choice(
        [
            (
                f"Take the {a} off the {b} and put it down anywhere on the table. Then, if the {b} is in a bowl, put the "
                f"{b} in the bin."
            ),
            (
                f"Lift the {a} off the {b} onto a free spot on the table; after that, in case the {b} is sitting in a "
                f"bowl, move it to the bin."
            ),
            f"First get the {a} off the {b}, any free spot on the table. Then, only if the {b} is in a bowl, bin it.",
        ]
    )
    second = rels(Rel("in_bin", b)) if flag else kept(b)
    return text, act(put_down(a), second)


def t115_multi_scientist(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    a = _choice(w, [b for b in _movable(w) if _bowl_of(w, b) != bowl])
    if a is None:
        return None
    b = _choice(w, [x for x in _movable(w) if x != a])
    if b is None:
        return None
    flag = bool(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Put the {a} in the bin. Then, unless the {bowl} is empty, put the {b} in the bin too.",
            (
                f"Procedure: first, the {a} into the bin. Second, only if the {bowl} contains at least one block, the {b} "
                f"into the bin as well."
            ),
            (
                f"Place the {a} in the bin; afterwards, in case the {bowl} has anything in it, place the {b} in the bin "
                f"also."
            ),
        ]
    )
    second = rels(Rel("in_bin", b)) if flag else kept(b)
    return text, act(rels(Rel("in_bin", a)), second)


# ----- questions -------------------------------------------------------------------------------------
def t115_q_engineer(w: World) -> Made:
    flag = _flag(w)
    if flag:
        a = _choice(w, [b for b in w.blocks if w.state.support[b] == TABLE])
    else:
        a = _choice(w, w.in_bowls())
    if a is None:
        return None
    text = w.rng.choice(
        [
            f"Before I give you the next step: is the {a} on the table?",
            f"Quick check for my if-statement. Is the {a} on the table right now?",
            f"Is the {a} lying on the table, yes or no?",
        ]
    )
    return text, answered(yes(flag))


def t115_q_teacher(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(w.bowls) < 2 or len(empties) != 1:
        return None
    text = w.rng.choice(
        [
            "Which bowl is empty?",
            "Which of the bowls has nothing in it?",
            "Can you tell me which bowl is the empty one?",
        ]
    )
    return text, answered(empties[0])


def t115_q_parent(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    flag = any(not w.state.in_bowl(b) for b in w.bowls)
    # Most scenes have an empty bowl: skip half of them, so that "No" comes up too.
    if flag and _flag(w):
        return None
    text = w.rng.choice(
        [
            "Is there a bowl with nothing in it?",
            "Are any of the bowls empty?",
            "Is at least one of the bowls empty right now?",
        ]
    )
    return text, answered(yes(flag))


def t115_q_colleague(w: World) -> Made:
    near = _closest_to_bin(w)
    if near is None or w.state.above(near) or w.state.support[near] in w.state.support:
        return None
    text = w.rng.choice(
        [
            "Which block is closest to the bin?",
            "Which block is nearest the bin right now?",
            "Out of all the blocks, which one is the closest to the bin?",
        ]
    )
    return text, answered(near)


def t115_q_customer(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"How many blocks would you have to take out to empty the {bowl}?",
            f"If I wanted the {bowl} empty, how many blocks would need to come out of it?",
            f"To get the {bowl} empty, how many blocks would have to be removed?",
        ]
    )
    return text, answered(str(n))


def t115_q_scientist(w: World) -> Made:
    a = _choice(w, w.in_bowls())
    if a is None:
        return None
    bowl = w.state.base(a)
    flag = _flag(w)
    b = _choice(
        w, [x for x in w.blocks if x != a and (w.state.base(x) == bowl) == flag]
    )
    if b is None:
        return None
    text = w.rng.choice(
        [
            f"Is the {a} in the same bowl as the {b}?",
            f"Are the {a} and the {b} in the same bowl?",
            f"Do the {a} and the {b} share a bowl?",
        ]
    )
    return text, answered(yes(flag))


# ----- matching --------------------------------------------------------------------------------------
def t115_match_engineer(w: World) -> Made:
    flag = _flag(w)
    cands = []
    for b in _movable(w):
        cb = _colour_bowl(w, b)
        if (
            flag
            and cb is not None
            and _bowl_of(w, b) != cb
            and _room(w, cb)
            or not flag
            and cb is None
        ):
            cands.append(b)
    a = _choice(w, cands)
    if a is None:
        return None
    cb = _colour_bowl(w, a)
    text = w.rng.choice(
        [
            f"If there's a bowl the same colour as the {a}, put the {a} in it; otherwise put it in the bin.",
            f"Matching rule: the {a} goes in the bowl of its colour if there is one, else in the bin.",
            f"Does a bowl match the {a}'s colour? If yes, put the {a} in that bowl; if no, in the bin.",
        ]
    )
    return text, act(rels(Rel("in", a, cb) if cb else Rel("in_bin", a)))


def t115_match_teacher(w: World) -> Made:
    want = matching(w)
    todo = [r for r in want if w.state.base(r.block) != r.target]
    if not todo or any(not _room(w, r.target) for r in todo):
        return None
    text = w.rng.choice(
        [
            "Put each block into the bowl that matches its colour, if there is one.",
            "Every block that has a bowl of its own colour should go into that bowl.",
            "Sort by colour: any block with a matching bowl goes in it.",
        ]
    )
    return text, act(rels(*want))


def t115_match_parent(w: World) -> Made:
    want = matching(w)
    if not want or any(w.state.base(r.block) == r.target for r in want):
        return None
    if any(not _room(w, r.target) for r in want):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return (
            sum(
                f.base(r.block) == r.target and f.support[r.block] != GRIPPER
                for r in want
            )
            == 1
        )

    text = w.rng.choice(
        [
            "Pick one block that has a bowl of the same colour and put it in that bowl.",
            "Find a block that matches one of the bowls, any one of them, and pop it into its bowl.",
            "Put one colour-matching block into its bowl, sweetheart. Doesn't matter which one.",
        ]
    )
    return text, act(check)


def t115_match_colleague(w: World) -> Made:
    flag = _flag(w)
    cands = []
    for b in w.blocks:
        cb = _colour_bowl(w, b)
        if cb is None or w.state.base(b) in (cb, BIN) or not _room(w, cb):
            continue
        if w.state.is_clear(b) == flag:
            cands.append(b)
    a = _choice(w, cands)
    if a is None:
        return None
    cb = _colour_bowl(w, a)
    text = w.rng.choice(
        [
            f"If the {a} has nothing on top of it, put it in the bowl that matches its colour.",
            f"Put the {a} in its matching bowl, but only if nothing is stacked on the {a}.",
            f"Only if the {a} is clear, move it into the bowl of the same colour.",
        ]
    )
    return text, (act(rels(Rel("in", a, cb))) if flag else still(w))


def t115_match_customer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    cands = []
    for b in _movable(w):
        cb = _colour_bowl(w, b)
        if cb is None:
            continue
        others = [x for x in w.bowls if x != cb]
        if _bowl_of(w, b) not in others and any(_room(w, x) for x in others):
            cands.append(b)
    a = _choice(w, cands)
    if a is None:
        return None
    others = [x for x in w.bowls if x != _colour_bowl(w, a)]
    text = w.rng.choice(
        [
            f"Put the {a} in a bowl that isn't its colour. Any of them.",
            f"Put the {a} in one of the bowls that doesn't match it; whichever you like.",
            f"Place the {a} into a bowl of a different colour from it, any one.",
        ]
    )
    return text, act(base_in(a, others))


def t115_match_scientist(w: World) -> Made:
    want = matching(w)
    s = w.state
    table = [r for r in want if s.support[r.block] == TABLE and s.is_clear(r.block)]
    inside = [r for r in want if _bowl_of(w, r.block) is not None]
    if not table or len(table) + len(inside) != len(want):
        return None
    if any(not _room(w, r.target) for r in table):
        return None
    moved = {r.block for r in table}
    rest = [b for b in w.blocks if b not in moved]
    text = w.rng.choice(
        [
            (
                "For each block that matches a bowl's colour: if it's on the table, put it in its bowl. Leave everything "
                "else alone."
            ),
            "Blocks with a matching bowl that are lying on the table go into their bowls; all the other blocks stay put.",
            "Any block on the table whose colour matches a bowl goes into that bowl. Nothing else moves.",
        ]
    )
    return text, act(rels(*(Rel("in", r.block, r.target) for r in table)), kept(*rest))


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
_STYLES = ("engineer", "teacher", "parent", "colleague", "customer", "scientist")
FRESH115: list[Template] = [
    (f"t115_{short}_{style}", category, globals()[f"t115_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
