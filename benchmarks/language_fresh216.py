"""`FRESH216`, the two-hundred-and-seventeenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six personas, one style each:
- farmer2: "reckon you could drop the red block in the blue bowl yonder?"
- coach: "Alright, let's go! Get the green block up on top of the yellow block. Hustle!"
- minimal: "red block -> bin"
- worried: "Could you please move the blue block to the top left corner? Very carefully, please."
- japanese: "Excuse me. Please put orange block on table. Thank you."
- storyteller: "My nephew left the pink block in the white bowl yesterday. Could you put it in the bin?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e13beb3, the code of 28d2c3b, before anything it could prompt): 0.7033
goal-correct (211 of 300), 69 refused, six asked, five wrong actions and nine wrong replies. The wrong actions: the coach's
"What I wanna see out there is a tower: X on the bottom, Y next, and Z up top. Let's go, let's go!" was answered with what
the robot sees. The wrong replies: the minimalist's "where purple block?" and the storyteller's "My little one just asked
me how many blocks aren't in any of the bowls, and honestly I've lost track. How many are there?". The refusals: the
farmer's "them blocks on the table are junk", "cept", "reckon i'll hang on to that one"; the minimalist's "X not on Y";
the anxious person's "I just don't want it too full", "very carefully", "I'm nervous about the others", "if it's safe";
the Japanese speaker's "Blocks in W please do not move, they are fine like this" and "bowl with same colour" (asked); and
the storyteller's stories before the request (a nephew, a son's favourite blocks, a daughter's tower, moving house).
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
    count_in,
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

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every goal holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _depth(w: World, block: str) -> int:
    """How many blocks from `block` down to the bottom of its tower, itself included."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _fits_on(w: World, below: str) -> bool:
    return _depth(w, below) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _bin_room(w: World, extra: int) -> bool:
    return w.state.count_at(BIN) + extra <= len(layout.BIN_SLOTS)


def _tower(w: World, block: str) -> list[str]:
    """The blocks of the tower holding `block`, bottom up."""
    bottom = block
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return [bottom, *w.state.above(bottom)[::-1]]


def _others(w: World, *names: str) -> list[str]:
    return [b for b in w.blocks if b not in names]


def _loose(w: World, bowl: str | None = None) -> list[str]:
    """Clear blocks (not in the bin), not already in `bowl`."""
    return [b for b in w.clear_blocks() if bowl is None or w.state.base(b) != bowl]


def _nearest(items: list[str], key, margin: float = 0.03) -> str | None:
    """The item with the smallest key, when it is clearly the smallest."""
    if not items:
        return None
    ranked = sorted(items, key=key)
    if len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < margin:
        return None
    return ranked[0]


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _match_for(w: World, bowl: str) -> str | None:
    return next((b for b in w.blocks if w.colour(b) == w.colour(bowl)), None)


# ----- imperative -------------------------------------------------------------------------------------
def t216_imp_farmer2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick(_loose(w, bowl))
    if not a or not _room(w, bowl):
        return None
    return _made(w, f"reckon you could drop the {a[0]} in the {bowl} yonder?", _act(rels(Rel("in", a[0], bowl))))


def t216_imp_coach(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair or not _fits_on(w, pair[1]):
        return None
    a, b = pair
    return _made(w, f"Alright, let's go! Get the {a} up on top of the {b}. Hustle!", _act(rels(Rel("on", a, b))))


def t216_imp_minimal(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a or not _bin_room(w, 1):
        return None
    return _made(w, f"{a[0]} -> bin", _act(binned(a)))


def t216_imp_worried(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    corner = w.pick(list(CORNERS))[0]
    text = (f"Could you please move the {a[0]} to the {corner}? Very carefully, please, "
            "I really don't want anything knocked over.")
    return _made(w, text, _act(rels(Rel("at", a[0], corner)), kept(*_others(w, a[0]))))


def t216_imp_japanese(w: World) -> Made:
    a = w.pick([b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)])
    if not a:
        return None
    return _made(w, f"Excuse me. Please put {a[0]} on table. Thank you.", _act(rels(Rel("on_table", a[0]))))


def t216_imp_storyteller(w: World) -> Made:
    a = w.pick([b for b in w.clear_blocks() if w.state.base(b) in w.bowls])
    if not a or not _bin_room(w, 1):
        return None
    bowl = w.state.base(a[0])
    text = (f"My nephew was over yesterday and he left the {a[0]} sitting in the {bowl}. He's gone home now, "
            "so could you take it out and put it in the bin for me?")
    return _made(w, text, _act(binned(a)))


# ----- declarative ------------------------------------------------------------------------------------
def t216_dec_farmer2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick([b for b in w.blocks if w.state.base(b) != bowl and w.state.is_clear(b)])
    if not a or not _room(w, bowl):
        return None
    return _made(w, f"the {a[0]} oughta be in the {bowl}, that's where it belongs",
                 _act(rels(Rel("in", a[0], bowl))))


def t216_dec_coach(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair or not _fits_on(w, pair[1]):
        return None
    a, b = pair
    text = f"Here's the play, team: when we're done, the {a} is sitting on the {b}. Make it happen!"
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t216_dec_minimal(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick(_loose(w, bowl))
    if not a or not _room(w, bowl):
        return None
    return _made(w, f"{a[0]} belongs in {bowl}", _act(rels(Rel("in", a[0], bowl))))


def t216_dec_worried(w: World) -> Made:
    pair = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not pair:
        return None
    top, below = pair[0]
    text = (f"The {top} should be on the table, not on the {below}... if that's okay. "
            "Please go slowly so nothing falls.")
    return _made(w, text, _act(rels(Rel("on_table", top))))


def t216_dec_japanese(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    corner = w.pick(list(CORNERS))[0]
    return _made(w, f"Sorry. The {a[0]} should be in {corner}, please.", _act(rels(Rel("at", a[0], corner))))


def t216_dec_storyteller(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    trio = w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl], 3)
    if not trio or not _room(w, bowl, 2) or not _fits_on(w, trio[2]):
        return None
    a, b, c = trio
    text = (f"I'm setting up for my daughter's games night and she has it all planned out. By the end, the {a} "
            f"needs to be in the {bowl} and the {b} has to be on top of the {c}.")
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, c))))


# ----- desiderative -----------------------------------------------------------------------------------
def t216_des_farmer2(w: World) -> Made:
    pair = w.pick([b for b in w.blocks if w.state.base(b) != BIN], 2)
    if not pair or not _bin_room(w, 2):
        return None
    c1, c2 = w.colour(pair[0]), w.colour(pair[1])
    text = f"i'd like them {c1} and {c2} blocks chucked in the bin if ya don't mind"
    return _made(w, text, _act(binned(pair)))


def t216_des_coach(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    text = (f"What I wanna see out there is a tower: the {a} on the bottom, the {b} next, and the {c} up top. "
            "Let's go, let's go!")
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t216_des_minimal(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick(_loose(w, bowl))
    if not a or not _room(w, bowl):
        return None
    return _made(w, f"want {a[0]} in {bowl}", _act(rels(Rel("in", a[0], bowl))))


def t216_des_worried(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a or not _bin_room(w, 1):
        return None
    text = (f"I'd really like the {a[0]} in the bin, but please don't touch any of the other blocks, "
            "I'm worried they'll fall.")
    return _made(w, text, _act(binned(a), kept(*_others(w, a[0]))))


def t216_des_japanese(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair or not _fits_on(w, pair[1]):
        return None
    a, b = pair
    text = f"I would like {a} to be on top of {b}, please. Thank you very much."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t216_des_storyteller(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    corner = w.pick(list(CORNERS))[0]
    text = (f"It's been a long week and I like my things just so. My goal for today is simple: "
            f"I want the {a[0]} sitting in the {corner}.")
    return _made(w, text, _act(rels(Rel("at", a[0], corner))))


# ----- quantified -------------------------------------------------------------------------------------
def t216_qua_farmer2(w: World) -> Made:
    loose = w.state.on_the_table()
    held_back = w.in_bowls()
    if not loose or not held_back or not _bin_room(w, len(loose)):
        return None
    text = ("them blocks on the table are junk, reckon you could chuck every last one of em in the bin? "
            "leave the ones in the bowls be")
    return _made(w, text, _act(binned(loose), kept(*held_back)))


def t216_qua_coach(w: World) -> Made:
    if len(w.bowls) < 2:
        return None

    def one_each(_i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(bowl)) == 1 for bowl in f.bowls)

    return _made(w, "Alright team, every bowl gets exactly one block, no more, no less. Hustle!", _act(one_each))


def t216_qua_minimal(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"all blocks in {bowl}", _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t216_qua_worried(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    text = (f"Could you please put exactly two blocks in the {bowl}? Any two is fine, "
            "I just don't want it too full. Please be careful.")
    return _made(w, text, _act(count_in(bowl, 2)))


def t216_qua_japanese(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None

    def on_table(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) in (TABLE, *PLACES) for b in inside)

    text = "Please take every block out from the bowls and put them on table. Thank you."
    return _made(w, text, _act(on_table))


def t216_qua_storyteller(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or not _bin_room(w, len(inside)):
        return None
    text = ("We're moving house tomorrow and I'm packing up the kitchen. Every bowl needs to end up empty, "
            "so please put all of the blocks that are in them into the bin.")
    return _made(w, text, _act(binned(inside)))


# ----- negated ----------------------------------------------------------------------------------------
def t216_neg_farmer2(w: World) -> Made:
    x = w.pick(w.blocks)
    rest = _others(w, *x)
    if not x or not _bin_room(w, len(rest)):
        return None
    text = f"chuck all them blocks in the bin cept the {x[0]}, reckon i'll hang on to that one"
    return _made(w, text, _act(binned(rest), none_binned(x)))


def t216_neg_coach(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    y = w.pick(w.blocks)
    rest = _others(w, *y)
    if not y or len(rest) > layout.BOWL_CAPACITY:
        return None
    text = f"Every block but the {y[0]} into the {bowl}! Go go go!"
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in rest), Rel("in", y[0], bowl, negated=True))))


def t216_neg_minimal(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    a, b = pair[0]
    return _made(w, f"{a} not on {b}", _act(rels(Rel("on", a, b, negated=True))))


def t216_neg_worried(w: World) -> Made:
    table = w.state.on_the_table()
    x = w.pick([b for b in table if w.state.support[b] in (TABLE, *PLACES)])
    if not x or len(table) < 2:
        return None
    rest = [b for b in table if b != x[0]]
    if not _bin_room(w, len(rest)):
        return None
    text = (f"Please put the blocks that are on the table into the bin, but not the {x[0]}. "
            f"Please don't touch the {x[0]} at all, leave it alone.")
    return _made(w, text, _act(binned(rest), kept(*x)))


def t216_neg_japanese(w: World) -> Made:
    a = w.pick([b for b in w.clear_blocks() if w.state.base(b) in w.bowls])
    if not a:
        return None
    bowl = w.state.base(a[0])

    def out_not_bin(_i: SymState, f: SymState) -> bool:
        return f.base(a[0]) not in (bowl, BIN)

    text = f"Please take {a[0]} out from {bowl}, but please do not put it in bin."
    return _made(w, text, _act(out_not_bin))


def t216_neg_storyteller(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    keep = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in keep]
    if not keep or not rest or not _bin_room(w, len(rest)):
        return None
    text = (f"My son keeps his favourite blocks in the {bowl} and he'd be upset if I threw them out. "
            f"Could you put every block in the bin except the ones in the {bowl}?")
    return _made(w, text, _act(binned(rest), rels(*(Rel("in", b, bowl) for b in keep))))


# ----- relative ---------------------------------------------------------------------------------------
def t216_rel_farmer2(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair or not _bin_room(w, 1 + len(w.state.above(pair[0][0]))):
        return None
    top, below = pair[0]
    text = f"grab the block sittin on top of the {below} and toss it yonder in the bin"
    return _made(w, text, _act(binned([top])))


def t216_rel_coach(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl:
        return None
    bx, by = _xy(w, bowl[0])
    a = _nearest(w.blocks, lambda b: math.hypot(_xy(w, b)[0] - bx, _xy(w, b)[1] - by))
    if a is None:
        return None
    text = f"See the block closest to the {bowl[0]}? Get it in that bowl. Nice and quick, let's go!"
    return _made(w, text, _act(rels(Rel("in", a, bowl[0]))))


def t216_rel_minimal(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    return _made(w, f"block under {top} -> {MIDDLE}", _act(rels(Rel("at", below, MIDDLE))))


def t216_rel_worried(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    a = w.state.in_bowl(bowl[0])[0]
    corner = w.pick(list(CORNERS))[0]
    text = (f"Please, very carefully, take out the only block that's in the {bowl[0]} and put it in the "
            f"{corner}. Sorry, I'm just nervous about things getting knocked.")
    return _made(w, text, _act(rels(Rel("at", a, corner))))


def t216_rel_japanese(w: World) -> Made:
    corner = w.pick(list(CORNERS))[0]
    bowl = w.pick(w.bowls)[0]
    px, py = layout.PLACES[corner]
    a = _nearest(w.blocks, lambda b: math.hypot(_xy(w, b)[0] - px, _xy(w, b)[1] - py))
    if a is None or w.state.base(a) == bowl or not _room(w, bowl):
        return None
    text = f"Excuse me, please put block which is nearest to {corner} into the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t216_rel_storyteller(w: World) -> Made:
    tops = [t for t, _s in w.pairs() if w.state.is_clear(t)]
    top = w.pick(tops)
    if not top:
        return None
    bottom = _tower(w, top[0])[0]
    bowl = w.pick([b for b in w.bowls if b != w.state.base(bottom)])
    if not bowl or not _room(w, bowl[0]):
        return None
    text = (f"My daughter built a little tower this morning with the {top[0]} right at the top. Now she wants "
            f"the block at the very bottom of that tower for her {bowl[0]}. Could you put it in there for her?")
    return _made(w, text, _act(rels(Rel("in", bottom, bowl[0]))))


# ----- keep -------------------------------------------------------------------------------------------
def t216_keep_farmer2(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    pair = w.pick([b for b in w.clear_blocks() if b not in inside], 2)
    if not pair or not _fits_on(w, pair[1]):
        return None
    a, b = pair
    text = f"set the {a} on the {b} but leave them blocks in the {bowl[0]} be"
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(*inside)))


def t216_keep_coach(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    x = w.pick([b for b in w.blocks if b not in inside])
    if not x or not _bin_room(w, len(inside)):
        return None
    text = f"Empty the {bowl[0]} into the bin, but the {x[0]} stays put! Hustle, people!"
    return _made(w, text, _act(binned(inside), kept(*x)))


def t216_keep_minimal(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair or not _fits_on(w, pair[1]):
        return None
    a, b = pair
    c = w.pick(_others(w, a, b))
    if not c:
        return None
    return _made(w, f"{a} on {b}. {c[0]} stays.", _act(rels(Rel("on", a, b)), kept(*c)))


def t216_keep_worried(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    text = (f"I'd like the {a[0]} moved to the {MIDDLE}, but please leave everything else exactly where it is. "
            "I'm nervous about the others.")
    return _made(w, text, _act(rels(Rel("at", a[0], MIDDLE)), kept(*_others(w, a[0]))))


def t216_keep_japanese(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b1, b2 = w.pick(w.bowls, 2)
    inside = w.state.in_bowl(b2)
    a = w.pick([b for b in w.clear_blocks() if w.state.base(b) not in (b1, b2)])
    if not inside or not a or not _room(w, b1):
        return None
    text = f"Please put {a[0]} in the {b1}. Blocks in {b2} please do not move, they are fine like this."
    return _made(w, text, _act(rels(Rel("in", a[0], b1)), kept(*inside)))


def t216_keep_storyteller(w: World) -> Made:
    top = w.pick([t for t, _s in w.pairs() if w.state.is_clear(t)])
    if not top:
        return None
    tower = _tower(w, top[0])
    a = w.pick([b for b in w.clear_blocks() if b not in tower])
    if not a or not _bin_room(w, 1):
        return None
    text = (f"I spent all morning getting that tower with the {top[0]} on top to stand up straight, "
            f"so please don't touch it. Could you just put the {a[0]} in the bin?")
    return _made(w, text, _act(binned(a), kept(*tower)))


# ----- multi-step -------------------------------------------------------------------------------------
def t216_multi_farmer2(w: World) -> Made:
    trio = w.pick(w.clear_blocks(), 3)
    if not trio or not _bin_room(w, 1) or not _fits_on(w, trio[2]):
        return None
    a, b, c = trio
    text = f"first off put the {a} in the bin, then set the {b} up on the {c}"
    return _made(w, text, _act(binned([a]), rels(Rel("on", b, c))))


def t216_multi_coach(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    pair = w.pick(_loose(w, bowl), 2)
    if not pair or not _room(w, bowl):
        return None
    a, b = pair
    corner = w.pick(list(CORNERS))[0]
    text = f"Step one: {a} into the {bowl}. Step two: {b} to the {corner}. Go!"
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("at", b, corner))))


def t216_multi_minimal(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair or not _bin_room(w, 1):
        return None
    a, b = pair
    return _made(w, f"{a} -> bin, then {b} -> {MIDDLE}", _act(binned([a]), rels(Rel("at", b, MIDDLE))))


def t216_multi_worried(w: World) -> Made:
    pair = w.pick([(t, s) for t, s in w.pairs() if w.state.is_clear(t)])
    if not pair:
        return None
    top, below = pair[0]
    bowl = w.pick([b for b in w.bowls if b != w.state.base(below)])
    if not bowl or not _room(w, bowl[0]):
        return None
    text = (f"First, please carefully take the {top} off the {below} and put it on the table. After that, "
            f"if it's safe, put the {below} in the {bowl[0]}.")
    return _made(w, text, _act(rels(Rel("on_table", top), Rel("in", below, bowl[0]))))


def t216_multi_japanese(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    g, r = pair
    corner = w.pick(list(CORNERS))[0]
    text = f"First, please move {g} to {corner}. Next, please put {r} on the {g}. Thank you."
    return _made(w, text, _act(rels(Rel("at", g, corner), Rel("on", r, g))))


def t216_multi_storyteller(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    a = w.pick([b for b in w.clear_blocks() if b not in inside])
    if not a or not _bin_room(w, len(inside)):
        return None
    text = (f"We've got guests coming tonight so I'm tidying up. First take the blocks out of the {bowl[0]} "
            f"and put them in the bin, then put the {a[0]} in the {bowl[0]} so it looks nice.")
    return _made(w, text, _act(binned(inside), rels(Rel("in", a[0], bowl[0]))))


# ----- questions --------------------------------------------------------------------------------------
def t216_q_farmer2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"how many blocks ya got sittin in the {bowl}?", answered(str(n))


def t216_q_coach(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    text = f"Huddle up! How many blocks are in the {bowl}, and which block is on top of the {below}?"
    return text, answered(f"{n}|{top}")


def t216_q_minimal(w: World) -> Made:
    sup = w.state.support
    a = w.pick([b for b in w.blocks if sup[b] == TABLE or sup[b] in w.bowls
                or (sup[b] in sup and w.state.base(b) == TABLE)])
    if not a:
        return None
    return f"where {a[0]}?", answered(sup[a[0]])


def t216_q_worried(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    bowl = w.pick(w.bowls)[0]
    flag = holds(Rel("in", a, bowl), w.state)
    text = (f"Sorry to bother you, is the {a} in the {bowl}? I don't want anything moved, "
            "I just need to know.")
    return text, answered(yes(flag))


def t216_q_japanese(w: World) -> Made:
    sup = w.state.support
    a = w.pick([b for b in w.blocks if sup[b] in (TABLE, *PLACES) or w.state.base(b) in w.bowls])
    if not a:
        return None
    bowl = w.pick(w.bowls)[0]
    flag = holds(Rel("on_table", a[0]), w.state)
    n = len(w.state.in_bowl(bowl))
    text = f"Excuse me, please tell me. Is {a[0]} on table? And how many blocks are in {bowl}?"
    return text, answered(f"{yes(flag).lower()}|{n}")


def t216_q_storyteller(w: World) -> Made:
    n = sum(1 for b in w.blocks if w.state.base(b) not in w.bowls)
    text = ("My little one just asked me how many blocks aren't in any of the bowls, and honestly I've lost "
            "track. How many are there?")
    return text, answered(str(n))


# ----- matching ---------------------------------------------------------------------------------------
def t216_match_farmer2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "put each block in the bowl that's the same colour as it, where there's one that matches"
    return _made(w, text, _act(rels(*want)))


def t216_match_coach(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if _match_for(w, b)])
    if not bowl or not _room(w, bowl[0]):
        return None
    a = _match_for(w, bowl[0])
    text = f"Find the block that's the same colour as the {bowl[0]} and get it in there. Let's go, nice work!"
    return _made(w, text, _act(rels(Rel("in", a, bowl[0]))))


def t216_match_minimal(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if _match_for(w, b)])
    if not bowl:
        return None
    ref = _match_for(w, bowl[0])
    a = w.pick([b for b in _others(w, ref) if w.state.base(b) != bowl[0]])
    if not a or not _room(w, bowl[0]):
        return None
    return _made(w, f"{a[0]} in bowl same colour as {ref}", _act(rels(Rel("in", a[0], bowl[0]))))


def t216_match_worried(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if _match_for(w, b)])
    if not bowl or not _room(w, bowl[0]):
        return None
    a = _match_for(w, bowl[0])
    if not w.state.is_clear(a):
        return None
    text = (f"Could you carefully put the {a} into the bowl of the same colour? "
            "Please don't touch anything else, I'd hate for something to fall.")
    return _made(w, text, _act(rels(Rel("in", a, bowl[0])), kept(*_others(w, a))))


def t216_match_japanese(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not rest or not _bin_room(w, len(rest)):
        return None
    text = ("Please put each block in bowl with same colour. Blocks which have no same colour bowl, "
            "please put in the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t216_match_storyteller(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if _match_for(w, b)])
    if not bowl:
        return None
    a = _match_for(w, bowl[0])

    def only(_i: SymState, f: SymState) -> bool:
        return f.in_bowl(bowl[0]) == [a]

    text = (f"My daughter is learning her colours at the moment. She says the {bowl[0]} should only have "
            f"the {a} in it, nothing else. Could you sort that out for her?")
    return _made(w, text, _act(only))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("farmer2", "coach", "minimal", "worried", "japanese", "storyteller")
FRESH216: list[Template] = [
    (f"t216_{short}_{style}", category, globals()[f"t216_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
