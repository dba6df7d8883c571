"""The fifteenth untuned batch of the language suite (`FRESH14`, 60 templates): requests as a requirements engineer
writes them in a specification, as a very verbose and over-polite elderly person says them, as someone texts them on a
phone, as a parent explains to a small child what the robot should do, as a cooking-show host puts them in loose
kitchen metaphors, and as a puzzle book states start and goal configurations; written by a tester who had not read the
planner, its tests, the lexicon or any other batch.

Its first run, before any fix it prompted (300 instructions, seed 0): goal correct 0.24 (72 of 300), the lowest of any
batch; 46 templates missed, 1 of them with a wrong robot action ('can you show Emma how you pick up X and put it down in
W?' answered with the list of questions it can answer, 5 instructions); every other miss a refusal naming the words (220)
or a question (3). What it found: a doer named before the verb ('The system shall deposit X in the bin', 'the robot lifts
X ...', 'then it drops Y ...', 'For each block that rests on another, the system shall relocate that block'), texting ('n'
for 'and', 'b nice', 'em', 'evry', '1st', 'k thx', 'w/'), an elderly speaker's courtesies ('Would you be so very kind,
dear robot, as to', "you're a treasure", 'if X could find its way into W', "I'd like that very much indeed"), similes
(', like a steak on the board'), asides ("any two you please, I'm not fussy", "we're still playing with it", "it's my
favourite"), 'X alone in W', 'the table surface', 'that bowl' for a bowl just named, 'Fixed pieces (must not move): ...',
'whose colour equals the colour of a bowl', 'Lily wants to know ...', 'supported by', 'where X has got to'. The general
rules it prompted are tested in other words in `tests/agent/test_understanding_fresh14.py`; since then it is tuned on.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    BIN,
    PLACES,
    TABLE,
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    count_in,
    empty,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _bottom(s: SymState, b: str) -> str:
    """The lowest block of the tower holding `b`."""
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _height(s: SymState, b: str) -> int:
    """How many blocks the tower holding `b` has."""
    return 1 + len(s.above(_bottom(s, b)))


def _towers(s: SymState) -> list[list[str]]:
    """Every stack of two or more blocks, bottom first."""
    out = []
    for b in s.blocks:
        if s.support[b] not in s.support and s.base(b) != BIN and s.above(b):
            out.append([b, *s.above(b)[::-1]])
    return out


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _on_ground(w: World, b: str) -> bool:
    return w.state.support[b] in _GROUND


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` can be set straight onto `below` (both clear, on a table-based tower with room)."""
    s = w.state
    return (top != below and s.is_clear(top) and s.is_clear(below) and s.support[top] != below
            and s.base(below) in _GROUND and _height(s, below) + 1 <= layout.MAX_TOWER)


def _place_phrase(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _bowl_of(w: World, colour: str) -> str | None:
    return next((bw for bw in w.bowls if _c(w, bw) == colour), None)


def _bare_ok(w: World, *blocks: str) -> bool:
    """A bare colour ("put yellow in the bin") names only the block when no bowl has that colour."""
    bowl_colours = {_c(w, bw) for bw in w.bowls}
    return all(_c(w, b) not in bowl_colours for b in blocks)


def _matching_room(w: World, want: list[Rel]) -> bool:
    """Every bowl that has to take a block of its colour has room for it."""
    return all(_room(w, r.target) for r in want if w.state.base(r.block) != r.target)


def _on_table(*blocks: str) -> Check:
    return lambda _i, f: all(f.support[b] in _GROUND for b in blocks)


# ===== imperative ======================================================================================
def _o_spec_bin_block(w: World) -> Made:
    """Requirements engineer: a 'shall' statement."""
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return f"The system shall deposit the {_c(w, b[0])} cube in the waste bin.", binned(b)


def _o_text_into_bowl(w: World) -> Made:
    """Texting: an indirect request, abbreviated."""
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    b = w.pick([x for x in w.clear_blocks() if w.state.base(x) != bowl[0]])
    if not b:
        return None
    return (f"would b nice if u put the {_c(w, b[0])} block in the {_c(w, bowl[0])} bowl, thx",
            rels(Rel("in", b[0], bowl[0])))


def _o_elderly_stack(w: World) -> Made:
    """Elderly, over-polite: stack one block on another."""
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return ((f"Would you be so very kind, dear robot, as to set the {_c(w, a)} block upon the {_c(w, b)} block? "
            "Thank you ever so much, you're a treasure."), rels(Rel("on", a, b)))


def _o_parent_corner(w: World) -> Made:
    """Parent to child: a block to a named place."""
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(list(PLACES))
    where = "in the middle of the table" if place == "middle" else f"in the {place}"
    return (f"Robot, can you show Emma how you pick up the {_c(w, b[0])} block and put it down {where}?",
            rels(Rel("at", b[0], place)))


def _o_chef_unstack(w: World) -> Made:
    """Cooking-show host: take the top block off a stack onto the table."""
    tops = [b for b in w.clear_blocks() if w.state.support[b] in w.state.support]
    b = w.pick(tops)
    if not b:
        return None
    return ((f"Right, chefs: lift the {_c(w, b[0])} cube off the top of its stack and rest it on the bare table, "
            "like a steak on the board."), rels(Rel("on_table", b[0])))


def _o_puzzle_transfer(w: World) -> Made:
    """Puzzle book: a move from a bowl to the middle."""
    b = w.pick([x for x in w.clear_blocks() if w.state.support[x] in w.bowls])
    if not b:
        return None
    bowl = w.state.support[b[0]]
    return (f"Move: the {_c(w, b[0])} brick from the {_c(w, bowl)} dish to the middle of the table.",
            rels(Rel("at", b[0], "middle")))


# ===== declarative =====================================================================================
def _o_spec_post_on(w: World) -> Made:
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return f"Post-condition: the {_c(w, a)} block is resting on the {_c(w, b)} block.", rels(Rel("on", a, b))


def _o_puzzle_goal_pair(w: World) -> Made:
    """Puzzle book: a goal configuration of two relations."""
    bowl = w.pick(w.bowls)
    ab = w.pick(w.clear_blocks(), 2)
    if not bowl or not ab:
        return None
    a, g = ab
    bw = bowl[0]
    entering = sum(w.state.base(x) != bw for x in (a, g))
    if not _room(w, bw, entering) or _height(w.state, a) + 1 > layout.MAX_TOWER:
        return None
    want = [Rel("in", a, bw), Rel("on", g, a)]
    if w.state.base(a) == bw and w.state.support[g] == a:
        return None
    return ((f"Goal configuration: {_c(w, a)} cube in the {_c(w, bw)} dish; {_c(w, g)} cube on top of the "
            f"{_c(w, a)} cube."), rels(*want))


def _o_text_goal_two(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    ab = w.pick(w.clear_blocks(), 2)
    if not ab or w.state.base(ab[1]) == bowl[0]:
        return None
    a, b = ab
    return (f"goal: {_c(w, a)} block in the trash n {_c(w, b)} block in the {_c(w, bowl[0])} bowl",
            rels(Rel("in_bin", a), Rel("in", b, bowl[0])))


def _o_elderly_corner(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice(list(PLACES))
    return ((f"When all is said and done, dear robot, the {_c(w, b[0])} block is to be sitting in "
            f"{_place_phrase(place)} - if it isn't too much trouble for you."), rels(Rel("at", b[0], place)))


def _o_chef_plating(w: World) -> Made:
    """Cooking-show host: a two-block stack on the table as the final plating."""
    pairs = [(y, o) for y in w.clear_blocks() for o in w.clear_blocks()
             if y != o and not (w.state.support[y] == o and _on_ground(w, o))]
    if not pairs:
        return None
    y, o = pairs[w.rng.randrange(len(pairs))]
    return ((f"Final plating: the {_c(w, y)} cube sits on the {_c(w, o)} cube, and the {_c(w, o)} cube sits right "
            "on the table."), rels(Rel("on", y, o), Rel("on_table", o)))


def _o_spec_alone_on_table(w: World) -> Made:
    s = w.state
    b = w.pick([x for x in w.blocks if not (s.support[x] in _GROUND and s.is_clear(x))])
    if not b:
        return None
    return ((f"Post-condition: the {_c(w, b[0])} block rests directly on the table surface with nothing on top of "
            "it."), rels(Rel("on_table", b[0]), Rel("clear", b[0])))


# ===== desiderative ====================================================================================
def _o_text_want_bin_two(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab:
        return None
    return f"i want the {_c(w, ab[0])} n {_c(w, ab[1])} blocks in the trash", binned(ab)


def _o_elderly_like_bowl(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    b = w.pick([x for x in w.blocks if w.state.base(x) != bowl[0]])
    if not b:
        return None
    return ((f"Oh, I'd be ever so grateful, young robot, if the {_c(w, b[0])} block could find its way into the "
            f"{_c(w, bowl[0])} bowl. I'd like that very much indeed, thank you kindly."),
            rels(Rel("in", b[0], bowl[0])))


def _o_spec_desired_outcome(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    return (f"The desired outcome is that the {_c(w, b[0])} block is located in the {place}.",
            rels(Rel("at", b[0], place)))


def _o_parent_like_stack(w: World) -> Made:
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return ((f"Let's tell the robot what we'd like, okay? We'd like the {_c(w, a)} block on top of the "
            f"{_c(w, b)} block. Ready, robot?"), rels(Rel("on", a, b)))


def _o_chef_empty_onto_table(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    bowl = w.pick(full)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    return ((f"What I'd love to see is the {_c(w, bowl[0])} dish emptied out onto the table - turn it all out, "
            "like cookies off a tray."), lambda _i, f: all(f.base(b) in _GROUND for b in inside))


def _o_puzzle_alone_in(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    bw = bowl[0]
    b = w.pick(w.blocks)
    if not b or w.state.in_bowl(bw) == b:
        return None
    return (f"Desired end state: the {_c(w, b[0])} brick alone in the {_c(w, bw)} basket.",
            lambda _i, f: f.in_bowl(bw) == b)


# ===== quantified ======================================================================================
def _o_text_bin_bowled(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(inside) > 5:
        return None
    rest = [b for b in w.blocks if b not in inside]
    return "chuck evry block thats in a bowl into the bin pls", both(binned(inside), none_binned(rest))


def _o_spec_each_stacked(w: World) -> Made:
    s = w.state
    up = [b for b in w.blocks if s.support[b] in s.support]
    if not up:
        return None
    return (("For each block that currently rests on another block, the system shall relocate that block onto the "
            "table."), _on_table(*up))


def _o_elderly_exactly_two(w: World) -> Made:
    bowl = w.pick([bw for bw in w.bowls if not w.state.in_bowl(bw)])
    if not bowl or len(w.blocks) < 2:
        return None
    return ((f"Could you kindly put exactly two blocks - any two you please, I'm not fussy - into the "
            f"{_c(w, bowl[0])} bowl, and not one more?"), count_in(bowl[0], 2))


def _o_chef_rest_bin(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    b = w.pick([x for x in w.blocks if w.state.base(x) != bowl[0]])
    if not b:
        return None
    rest = [x for x in w.blocks if x != b[0]]
    if len(rest) > 5:
        return None
    return ((f"Put the {_c(w, b[0])} cube in the {_c(w, bowl[0])} bowl and all the rest of the cubes in the bin - "
            "we're clearing the counter for the next course."), both(rels(Rel("in", b[0], bowl[0])), binned(rest)))


def _o_puzzle_each_bowl(w: World) -> Made:
    bowls = w.bowls
    if all(w.state.in_bowl(bw) for bw in bowls):
        return None
    return "Goal: at least one brick in every dish.", lambda _i, f: all(f.in_bowl(bw) for bw in bowls)


def _o_parent_all_flat(w: World) -> Made:
    blocks = w.blocks
    if all(_on_ground(w, b) for b in blocks):
        return None
    return (("Let's ask the robot to make every block sit right on the table, sweetie: none of them in the bowls, "
            "and none of them piled on top of another."), _on_table(*blocks))


# ===== negated =========================================================================================
def _o_text_except(w: World) -> Made:
    b = w.pick(w.blocks)
    rest = [x for x in w.blocks if x not in b]
    if not b or len(rest) > 5:
        return None
    return f"bin evrything xcept the {_c(w, b[0])} block", both(binned(rest), none_binned(b))


def _o_elderly_dont_touch(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    r = w.pick([x for x in w.blocks if x != a[0]])
    if not r:
        return None
    return ((f"Pleese, dear, put the {_c(w, a[0])} block in the middle of the table, but whatever you do, don't "
            f"lay a finger on the {_c(w, r[0])} block - it's my favourite."),
            both(rels(Rel("at", a[0], "middle")), kept(r[0])))


def _o_spec_not_in_bowl_bin(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside or len(outside) > 5:
        return None
    return ("The system shall move every block that is not in a bowl into the bin.",
            both(binned(outside), none_binned(inside)))


def _o_chef_leave_alone(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    b = w.pick([x for x in w.clear_blocks() if w.state.base(x) != bowl[0]])
    if not b:
        return None
    p = w.pick([x for x in w.blocks if x != b[0]])
    if not p:
        return None
    return ((f"Leave the {_c(w, p[0])} cube alone - it's resting, like a good dough - and pop the {_c(w, b[0])} "
            f"cube into the {_c(w, bowl[0])} bowl."), both(rels(Rel("in", b[0], bowl[0])), kept(p[0])))


def _o_puzzle_no_block_in(w: World) -> Made:
    bowl = w.pick([bw for bw in w.bowls if w.state.in_bowl(bw)])
    if not bowl:
        return None
    return f"Goal: no brick remains in the {_c(w, bowl[0])} dish.", empty(bowl[0])


def _o_parent_off_not_bin(w: World) -> Made:
    tops = [(a, s) for a, s in w.pairs() if w.state.is_clear(a)]
    if not tops:
        return None
    a, s = tops[w.rng.randrange(len(tops))]
    return ((f"Robot, can you take the {_c(w, a)} block off the {_c(w, s)} block? But don't put it in the garbage, "
            "we're still playing with it!"), lambda _i, f: f.support[a] != s and f.base(a) != BIN)


# ===== relative ========================================================================================
def _o_text_whats_on_top(w: World) -> Made:
    s = w.state
    under = [b for b in w.blocks if len(s.above(b)) == 1 and s.base(b) != BIN]
    b = w.pick(under)
    if not b:
        return None
    top = s.above(b[0])[0]
    return (f"grab whatever's on top of the {_c(w, b[0])} block n put it in the trash",
            both(binned([top]), none_binned(b)))


def _o_elderly_underneath(w: World) -> Made:
    s = w.state
    pairs = [(t, u) for t, u in w.pairs() if s.support[u] not in s.support]
    if not pairs:
        return None
    t, u = pairs[w.rng.randrange(len(pairs))]
    bowl = w.pick([bw for bw in w.bowls if s.base(u) != bw and _room(w, bw)])
    if not bowl:
        return None
    return ((f"The block that's underneath the {_c(w, t)} block - would you be good enough to put it in the "
            f"{_c(w, bowl[0])} bowl, dear? I'd be most obliged."), rels(Rel("in", u, bowl[0])))


def _o_spec_nearest(w: World) -> Made:
    bowl = w.pick([bw for bw in w.bowls if not w.state.in_bowl(bw)])
    if not bowl:
        return None
    ranked = sorted(w.blocks, key=lambda b: w.dist(b, bowl[0]))
    if len(ranked) < 2 or w.dist(ranked[1], bowl[0]) - w.dist(ranked[0], bowl[0]) < 0.03:
        return None
    near = ranked[0]
    if not w.state.is_clear(near):
        return None
    return (f"The system shall place the block nearest to the {_c(w, bowl[0])} bowl into that bowl.",
            rels(Rel("in", near, bowl[0])))


def _o_chef_dish_with(w: World) -> Made:
    b = w.pick(w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b[0])
    inside = w.state.in_bowl(bowl)
    rest = [x for x in w.blocks if x not in inside]
    return (f"Whichever dish has the {_c(w, b[0])} cube in it - tip everything in that dish into the bin.",
            both(binned(inside), none_binned(rest)))


def _o_puzzle_tallest(w: World) -> Made:
    towers = sorted(_towers(w.state), key=len, reverse=True)
    if not towers or (len(towers) > 1 and len(towers[1]) == len(towers[0])):
        return None
    top = towers[0][-1]
    place = w.rng.choice(list(PLACES))
    return (f"Move the top brick of the tallest stack to {_place_phrase(place)}.", rels(Rel("at", top, place)))


def _o_parent_on_block_in_bowl(w: World) -> Made:
    ones = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    bowl = w.pick(ones)
    if not bowl:
        return None
    t = w.state.in_bowl(bowl[0])[0]
    p = w.pick([x for x in w.clear_blocks() if x != t])
    if not p:
        return None
    return ((f"Can the robot put the {_c(w, p[0])} block on top of the block that's in the {_c(w, bowl[0])} bowl? "
            "Gently now, like we practised!"), rels(Rel("on", p[0], t)))


# ===== multi-step ======================================================================================
def _o_spec_steps(w: World) -> Made:
    r = w.pick(w.clear_blocks())
    if not r:
        return None
    pairs = [(a, g) for a in w.clear_blocks() for g in w.clear_blocks()
             if r[0] not in (a, g) and _can_stack(w, a, g)]
    if not pairs:
        return None
    a, g = pairs[w.rng.randrange(len(pairs))]
    return ((f"Step 1: The system shall move the {_c(w, r[0])} block to the bin. Step 2: The system shall move the "
            f"{_c(w, a)} block onto the the {_c(w, g)} block."), rels(Rel("in_bin", r[0]), Rel("on", a, g)))


def _o_text_first_then(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    bw = bowl[0]
    gy = w.pick([x for x in w.clear_blocks() if w.state.base(x) != bw], 2)
    if not gy or not _room(w, bw, 2):
        return None
    g, y = gy
    return (f"1st put {_c(w, g)} block in the {_c(w, bw)} bowl, then {_c(w, y)} block on top of the {_c(w, g)} block",
            rels(Rel("in", g, bw), Rel("on", y, g)))


def _o_elderly_swap_in(w: World) -> Made:
    out = w.pick([x for x in w.clear_blocks() if w.state.support[x] in w.bowls])
    if not out:
        return None
    bw = w.state.support[out[0]]
    cc = w.pick([x for x in w.clear_blocks() if w.state.base(x) != bw])
    if not cc:
        return None
    return ((f"First, if you'd be so kind, take the {_c(w, out[0])} block out of the {_c(w, bw)} bowl and set it on "
            f"the table; and after that, dear, put the {_c(w, cc[0])} block into the {_c(w, bw)} bowl in its place."),
            rels(Rel("on_table", out[0]), Rel("in", cc[0], bw)))


def _o_chef_steps(w: World) -> Made:
    ob = w.pick(w.clear_blocks(), 2)
    if not ob:
        return None
    o, b = ob
    return ((f"Step one, chefs: the {_c(w, o)} cube goes in the bin - those are our scraps. Step two: the "
            f"{_c(w, b)} cube goes to the middle of the table, our serving spot."),
            rels(Rel("in_bin", o), Rel("at", b, "middle")))


def _o_puzzle_moves(w: World) -> Made:
    trip = w.pick(w.clear_blocks(), 3)
    if not trip:
        return None
    r, b, g = trip
    if not _can_stack(w, r, b) or _height(w.state, b) + 2 > layout.MAX_TOWER:
        return None
    return ((f"Solution sequence. Move 1: {_c(w, r)} cube onto {_c(w, b)} cube. Move 2: {_c(w, g)} cube onto "
            f"{_c(w, r)} cube."), rels(Rel("on", r, b), Rel("on", g, r)))


def _o_parent_lift_then_bin(w: World) -> Made:
    tops = [(y, p) for y, p in w.pairs() if w.state.is_clear(y)]
    if not tops:
        return None
    y, p = tops[w.rng.randrange(len(tops))]
    return ((f"Okay buddy, watch this: first the robot lifts the {_c(w, y)} block off the {_c(w, p)} block, and then "
            f"it drops the {_c(w, p)} block in the bin. Go on, robot!"), both(binned([p]), none_binned([y])))


# ===== keep ============================================================================================
def _o_spec_keep(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    g = w.pick([x for x in w.clear_blocks() if w.state.base(x) != bowl[0]])
    if not g:
        return None
    r = w.pick([x for x in w.blocks if x != g[0]])
    if not r:
        return None
    return ((f"The system shall move the {_c(w, g[0])} block into the {_c(w, bowl[0])} container. Constraint: the "
            f"{_c(w, r[0])} block shall remain in its current position."),
            both(rels(Rel("in", g[0], bowl[0])), kept(r[0])))


def _o_text_keep(w: World) -> Made:
    yp = w.pick(w.clear_blocks(), 2)
    if not yp or not _bare_ok(w, *yp):
        return None
    y, p = yp
    return f"put {_c(w, y)} in the bin but keep {_c(w, p)} where it is k thx", both(binned([y]), kept(p))


def _o_elderly_keep_stack(w: World) -> Made:
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    k = w.pick([x for x in w.blocks if x not in (a, b)])
    if not k:
        return None
    return ((f"Would you mind awfully stacking the {_c(w, a)} block on the {_c(w, b)} one, dear? And do keep the "
            f"{_c(w, k[0])} block just exactly where it sits now, won't you."),
            both(rels(Rel("on", a, b)), kept(k[0])))


def _o_chef_keep_tower(w: World) -> Made:
    towers = _towers(w.state)
    if len(towers) != 1:
        return None
    tower = towers[0]
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw)])
    if not bowl:
        return None
    b = w.pick([x for x in w.clear_blocks() if x not in tower and w.state.base(x) != bowl[0]])
    if not b:
        return None
    return ((f"Let the tower stand just as it is - like a souffle you don't dare touch - and slide the "
            f"{_c(w, b[0])} cube into the {_c(w, bowl[0])} bowl."), both(rels(Rel("in", b[0], bowl[0])), kept(*tower)))


def _o_parent_keep_empty(w: World) -> Made:
    bowl = w.pick([bw for bw in w.bowls if w.state.in_bowl(bw)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    g = w.pick([x for x in w.blocks if x not in inside])
    if not g:
        return None
    return ((f"The robot is going to empty the {_c(w, bowl[0])} bowl into the bin, but it has to keep the "
            f"{_c(w, g[0])} block in the very same spot. Go ahead, robot."), both(binned(inside), kept(g[0])))


def _o_puzzle_fixed(w: World) -> Made:
    inside = w.in_bowls()
    b = w.pick([x for x in w.clear_blocks() if x not in inside])
    if not inside or not b:
        return None
    return (f"Goal: {_c(w, b[0])} brick in the bin. Fixed pieces (must not move): every brick currently in a dish.",
            both(binned(b), kept(*inside)))


# ===== question ========================================================================================
def _o_text_count(w: World) -> Made:
    bowl = w.pick([bw for bw in w.bowls if w.state.in_bowl(bw)])
    if not bowl:
        return None
    return (f"how many blocks r in the {_c(w, bowl[0])} bowl?", answered(str(len(w.state.in_bowl(bowl[0])))))


def _o_elderly_where(w: World) -> Made:
    s = w.state
    # A block stacked inside a bowl is both "in the bowl" and "on the block below": either answer would do.
    b = w.pick([x for x in w.blocks if not (s.support[x] in s.support and s.base(x) in s.bowls)])
    if not b:
        return None
    return ((f"Pardon me, robot dear, but could you tell an old man where the {_c(w, b[0])} block has got to? "
            "My eyes aren't what they were."), answered(w.state.support[b[0]]))


def _o_spec_yesno(w: World) -> Made:
    s = w.state
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.pairs()[w.rng.randrange(len(w.pairs()))]
        flag = True
    else:
        ab = w.pick(w.blocks, 2)
        if not ab:
            return None
        a, b = ab
        chain, x = [], a
        while s.support[x] in s.support:
            x = s.support[x]
            chain.append(x)
        if b in chain:
            return None
        flag = False
    return (f"Query: is the {_c(w, a)} block currently supported by the {_c(w, b)} block? Respond yes or no.",
            answered(yes(flag)))


def _o_chef_colour_on_top(w: World) -> Made:
    s = w.state
    b = w.pick([x for x in w.blocks if len(s.above(x)) == 1])
    if not b:
        return None
    top = s.above(b[0])[0]
    return (f"Quick question for the kitchen: what colour is the cube sitting on top of the {_c(w, b[0])} cube?",
            answered(_c(w, top)))


def _o_puzzle_contents(w: World) -> Made:
    bowl = w.pick([bw for bw in w.bowls if w.state.in_bowl(bw)])
    if not bowl:
        return None
    return (f"Check the start position: which bricks are in the {_c(w, bowl[0])} dish?",
            answered("|".join(w.state.in_bowl(bowl[0]))))


def _o_parent_which_bowl(w: World) -> Made:
    b = w.pick(w.in_bowls())
    if not b:
        return None
    return (f"Robot, Lily wants to know which bowl the {_c(w, b[0])} block is in. Can you tell her?",
            answered(w.state.base(b[0])))


# ===== matching ========================================================================================
def _matching_todo(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or all(w.state.base(r.block) == r.target for r in want) or not _matching_room(w, want):
        return None
    return want


def _o_text_match_all(w: World) -> Made:
    want = _matching_todo(w)
    if not want:
        return None
    return "match em up pls: evry block goes in the bowl w/ the same colour (if there is 1)", rels(*want)


def _o_elderly_match_all(w: World) -> Made:
    want = _matching_todo(w)
    if not want:
        return None
    return (("I do like a tidy table, dear. Would you be so good as to put each little block into the bowl that is "
            "the very same colour as it is - where there is such a bowl, of course?"), rels(*want))


def _o_spec_match(w: World) -> Made:
    want = _matching_todo(w)
    if not want:
        return None
    return ("Post-condition: every block whose colour equals the colour of a bowl is contained in that bowl.",
            rels(*want))


def _o_chef_match_rest_bin(w: World) -> Made:
    want = _matching_todo(w)
    if not want:
        return None
    paired = {r.block for r in want}
    loose = [b for b in w.blocks if b not in paired]
    if not loose or len(loose) > 5:
        return None
    return (("Like with like, chefs! Each cube goes into the dish of its own colour, and any cube without a matching "
            "dish goes in the rubbish."), both(rels(*want), binned(loose)))


def _o_puzzle_sort(w: World) -> Made:
    want = matching(w)
    if not want or not _matching_room(w, want):
        return None
    paired = {r.block for r in want}
    others = [b for b in w.blocks if b not in paired]
    bowls = w.bowls

    def check(i: SymState, f: SymState) -> bool:
        return rels(*want)(i, f) and all(f.base(b) not in bowls for b in others)

    if check(w.state, w.state):
        return None
    return (("Goal: every brick that has a dish of its own colour sits in that dish, and no other brick is in any "
            "dish."), check)


def _o_parent_match_one(w: World) -> Made:
    todo = [r for r in matching(w) if w.state.base(r.block) != r.target and _room(w, r.target)]
    if not todo:
        return None
    r = todo[w.rng.randrange(len(todo))]
    c = _c(w, r.block)
    return ((f"Let's help the robot, sweetie: the {c} block goes in the bowl that's the same colour as it. "
            f"{c.capitalize()} with {c}!"), rels(r))


FRESH14: list[Template] = [
    ("o_spec_bin_block", "imperative", _o_spec_bin_block),
    ("o_text_into_bowl", "imperative", _o_text_into_bowl),
    ("o_elderly_stack", "imperative", _o_elderly_stack),
    ("o_parent_corner", "imperative", _o_parent_corner),
    ("o_chef_unstack", "imperative", _o_chef_unstack),
    ("o_puzzle_transfer", "imperative", _o_puzzle_transfer),
    ("o_spec_post_on", "declarative", _o_spec_post_on),
    ("o_puzzle_goal_pair", "declarative", _o_puzzle_goal_pair),
    ("o_text_goal_two", "declarative", _o_text_goal_two),
    ("o_elderly_corner", "declarative", _o_elderly_corner),
    ("o_chef_plating", "declarative", _o_chef_plating),
    ("o_spec_alone_on_table", "declarative", _o_spec_alone_on_table),
    ("o_text_want_bin_two", "desiderative", _o_text_want_bin_two),
    ("o_elderly_like_bowl", "desiderative", _o_elderly_like_bowl),
    ("o_spec_desired_outcome", "desiderative", _o_spec_desired_outcome),
    ("o_parent_like_stack", "desiderative", _o_parent_like_stack),
    ("o_chef_empty_onto_table", "desiderative", _o_chef_empty_onto_table),
    ("o_puzzle_alone_in", "desiderative", _o_puzzle_alone_in),
    ("o_text_bin_bowled", "quantified", _o_text_bin_bowled),
    ("o_spec_each_stacked", "quantified", _o_spec_each_stacked),
    ("o_elderly_exactly_two", "quantified", _o_elderly_exactly_two),
    ("o_chef_rest_bin", "quantified", _o_chef_rest_bin),
    ("o_puzzle_each_bowl", "quantified", _o_puzzle_each_bowl),
    ("o_parent_all_flat", "quantified", _o_parent_all_flat),
    ("o_text_except", "negated", _o_text_except),
    ("o_elderly_dont_touch", "negated", _o_elderly_dont_touch),
    ("o_spec_not_in_bowl_bin", "negated", _o_spec_not_in_bowl_bin),
    ("o_chef_leave_alone", "negated", _o_chef_leave_alone),
    ("o_puzzle_no_block_in", "negated", _o_puzzle_no_block_in),
    ("o_parent_off_not_bin", "negated", _o_parent_off_not_bin),
    ("o_text_whats_on_top", "relative", _o_text_whats_on_top),
    ("o_elderly_underneath", "relative", _o_elderly_underneath),
    ("o_spec_nearest", "relative", _o_spec_nearest),
    ("o_chef_dish_with", "relative", _o_chef_dish_with),
    ("o_puzzle_tallest", "relative", _o_puzzle_tallest),
    ("o_parent_on_block_in_bowl", "relative", _o_parent_on_block_in_bowl),
    ("o_spec_steps", "multi_step", _o_spec_steps),
    ("o_text_first_then", "multi_step", _o_text_first_then),
    ("o_elderly_swap_in", "multi_step", _o_elderly_swap_in),
    ("o_chef_steps", "multi_step", _o_chef_steps),
    ("o_puzzle_moves", "multi_step", _o_puzzle_moves),
    ("o_parent_lift_then_bin", "multi_step", _o_parent_lift_then_bin),
    ("o_spec_keep", "keep", _o_spec_keep),
    ("o_text_keep", "keep", _o_text_keep),
    ("o_elderly_keep_stack", "keep", _o_elderly_keep_stack),
    ("o_chef_keep_tower", "keep", _o_chef_keep_tower),
    ("o_parent_keep_empty", "keep", _o_parent_keep_empty),
    ("o_puzzle_fixed", "keep", _o_puzzle_fixed),
    ("o_text_count", "question", _o_text_count),
    ("o_elderly_where", "question", _o_elderly_where),
    ("o_spec_yesno", "question", _o_spec_yesno),
    ("o_chef_colour_on_top", "question", _o_chef_colour_on_top),
    ("o_puzzle_contents", "question", _o_puzzle_contents),
    ("o_parent_which_bowl", "question", _o_parent_which_bowl),
    ("o_text_match_all", "matching", _o_text_match_all),
    ("o_elderly_match_all", "matching", _o_elderly_match_all),
    ("o_spec_match", "matching", _o_spec_match),
    ("o_chef_match_rest_bin", "matching", _o_chef_match_rest_bin),
    ("o_puzzle_sort", "matching", _o_puzzle_sort),
    ("o_parent_match_one", "matching", _o_parent_match_one),
]
