"""`FRESH249`, the two-hundred-and-fiftieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six personas, one per style:
- pilot3: an airline pilot, calm, radio-style now and then: "Robot, this is the captain. Place the red block in the
  blue bowl, over."
- greek2: a Greek speaker writing English with small slips, object names right: "Please you put the red block on top
  of the green block."
- teacher5: a secondary-school teacher, clear instructions, a bit of classroom talk: "Right, first job of the day: pick
  up the red block and drop it in the bin, please."
- rushed: someone in a hurry, clipped, no punctuation: "bin everything but the red block and the blue block"
- oldsailor: an old sailor, salty phrases now and then: "What be sittin' in the blue bowl, matey?"
- plain30: a plain, ordinary adult with no quirks: "Could you empty the green bowl into the bin?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 781c45a, the code of 33dca36, before anything it could prompt): 0.80
goal-correct (240 of 300), 45 refused, 14 questions, one wrong action and no wrong reply. The wrong action: the
teacher's "What I'd like you to do is build a tower: X at the bottom, Y in the middle and Z on top." (four times
refused) put Y at the middle of the table when Y began under X. The questions: the old sailor's "Stack X on Y, then Z
atop o' that, matey." and "Take the block off the very top o' the tallest stack and heave it into the bin."; the
teacher's "Look at the blocks on the table and find the one nearest to W. That one goes into W." The refusals: the old
sailor's "What I'm after, matey, is X restin' on Y.", "Every block that's on the table goes over the side into the bin,
lad. Leave the bowls be.", "Don't ye lay a finger on X, but put Y atop Z." and "What be sittin' in W, matey?"; the
pilot's "Request exactly two blocks in W, any two will do. Over."; the teacher's "X shouldn't be in W any more. Take it
out and put it anywhere else you like."; the rushed person's "whatever block is in W move it to the top left corner";
the Greek speaker's "Put the blocks of W in the bin, but V let it like it is."
"""

from __future__ import annotations

from benchmarks.planner_language import (
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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)
_BIN_ROOM = 5  # the bin's slots: never ask for more blocks in it than this


# ----- helpers --------------------------------------------------------------------------------------
def _the(name: str) -> str:
    return f"the {name}"


def _done(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return both(*checks, _done)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    return None if check(w.state, w.state) else (text, check)


def _depth(s: SymState, b: str) -> int:
    """How high `b` sits in its tower: 1 when it rests on no block."""
    d = 1
    while s.support[b] in s.support:
        b = s.support[b]
        d += 1
    return d


def _bottom(s: SymState, b: str) -> str:
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _stackable(w: World, top: str, below: str, extra: int = 1) -> bool:
    """`top` can go onto `below` (which stands on the table) without breaking the tower limit."""
    s = w.state
    return (top != below and s.base(below) in _GROUND and below not in s.above(top)
            and _depth(s, below) + extra <= layout.MAX_TOWER)


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    there = [b for b in w.state.in_bowl(bowl) if b not in adding]
    return len(there) + len(adding) <= layout.BOWL_CAPACITY


def _bowl_as_is(bowl: str) -> Check:
    """The bowl left as it was: the same blocks in it, each resting where it rested."""
    return lambda i, f: (sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl))
                         and all(f.support[b] == i.support[b] for b in i.in_bowl(bowl)))


def _loose(w: World, b: str) -> bool:
    """A block alone on the table: nothing on it, on no block, in no bowl."""
    return w.state.support[b] in _GROUND and w.state.is_clear(b)


def _nearest(w: World, to: str, among: list[str], margin: float = 0.03) -> str | None:
    """The one block of `among` clearly nearest to `to` (None on a near tie)."""
    ranked = sorted((w.dist(to, b), b) for b in among if b != to)
    if not ranked:
        return None
    if len(ranked) > 1 and ranked[1][0] - ranked[0][0] < margin:
        return None
    return ranked[0][1]


def _bowl_of(w: World, block: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == w.colour(block)), None)


def _matched(w: World) -> list[str]:
    return [b for b in w.blocks if _bowl_of(w, b) is not None]


def _match_room(w: World) -> bool:
    return all(_room(w, _bowl_of(w, b) or "", [b]) for b in _matched(w))


# ----- imperative -----------------------------------------------------------------------------------
def t249_imp_pilot3(w: World) -> Made:
    if not w.bowls:
        return None
    a, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if not _room(w, bowl, [a]):
        return None
    return _made(w, f"Robot, this is the captain. Place {_the(a)} in {_the(bowl)}, over.",
                 _act(rels(Rel("in", a, bowl))))


def t249_imp_greek2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _stackable(w, a, b):
        return None
    return _made(w, f"Please you put {_the(a)} on top of {_the(b)}.", _act(rels(Rel("on", a, b))))


def t249_imp_teacher5(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"Right, first job of the day: pick up {_the(a)} and drop it in the bin, please.",
                 _act(binned([a])))


def t249_imp_rushed(w: World) -> Made:
    a, place = w.pick(w.blocks)[0], w.pick(list(PLACES))[0]
    return _made(w, f"move the {a} to the {place} quick", _act(rels(Rel("at", a, place))))


def t249_imp_oldsailor(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if not _stackable(w, a, b, extra=2) or b in w.state.above(c):
        return None
    return _made(w, f"Stack {_the(a)} on {_the(b)}, then {_the(c)} atop o' that, matey.",
                 _act(rels(Rel("on", a, b), Rel("on", c, a))))


def t249_imp_plain30(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    if len(inside) > _BIN_ROOM:
        return None
    return _made(w, f"Could you empty {_the(bowl)} into the bin?", _act(binned(inside), empty(bowl)))


# ----- declarative ----------------------------------------------------------------------------------
def t249_dec_pilot3(w: World) -> Made:
    if not w.bowls:
        return None
    a, c = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [a]):
        return None
    return _made(w, f"Requested final state: {a} in {_the(bowl)}, {c} in the bin. Over.",
                 _act(rels(Rel("in", a, bowl)), binned([c])))


def t249_dec_greek2(w: World) -> Made:
    a, place = w.pick(w.blocks)[0], w.pick(list(PLACES[:4]))[0]
    return _made(w, f"The {a} must to be in the {place} at the end.", _act(rels(Rel("at", a, place))))


def t249_dec_teacher5(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _stackable(w, a, b):
        return None
    return _made(w, f"By the end of this, {_the(a)} should be sitting on top of {_the(b)}.",
                 _act(rels(Rel("on", a, b))))


def t249_dec_rushed(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"{bowl} should be empty thats all", _act(empty(bowl)))


def t249_dec_oldsailor(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    s = w.state
    if not _stackable(w, b, c) or b in s.above(a) or c in s.above(a):
        return None
    return _made(w, f"{_the(a).capitalize()} belongs in the bin, and {_the(b)} goes atop {_the(c)}, aye.",
                 _act(binned([a]), rels(Rel("on", b, c))))


def t249_dec_plain30(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    trio = w.pick(w.blocks, 3)

    def one_stack(_i: SymState, f: SymState) -> bool:
        return len({_bottom(f, b) for b in trio}) == 1 and f.base(trio[0]) != BIN

    a, b, c = trio
    return _made(w, f"The {a}, the {b} and the {c} should all end up in one stack.", _act(one_stack))


# ----- desiderative ---------------------------------------------------------------------------------
def t249_des_pilot3(w: World) -> Made:
    a, place = w.pick(w.blocks)[0], w.pick(list(PLACES))[0]
    return _made(w, f"Captain speaking. I'd like {_the(a)} parked in the {place}, please.",
                 _act(rels(Rel("at", a, place))))


def t249_des_greek2(w: World) -> Made:
    if not w.bowls:
        return None
    a, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if not _room(w, bowl, [a]):
        return None
    return _made(w, f"I want that you put {_the(a)} inside {_the(bowl)}.", _act(rels(Rel("in", a, bowl))))


def t249_des_teacher5(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)

    def standing(_i: SymState, f: SymState) -> bool:
        return f.support[a] not in f.support and f.base(a) != BIN

    return _made(w, f"What I'd like you to do is build a tower: {_the(a)} at the bottom, {_the(b)} in the middle "
                    f"and {_the(c)} on top.",
                 _act(rels(Rel("on", b, a), Rel("on", c, b), Rel("clear", c)), standing))


def t249_des_rushed(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"want the {a} and the {b} in the bin", _act(binned([a, b])))


def t249_des_oldsailor(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _stackable(w, a, b):
        return None
    return _made(w, f"What I'm after, matey, is {_the(a)} restin' on {_the(b)}.", _act(rels(Rel("on", a, b))))


def t249_des_plain30(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _made(w, f"My goal is to get {_the(a)} off {_the(b)} and back down on the table.",
                 _act(rels(Rel("on_table", a))))


# ----- quantified -----------------------------------------------------------------------------------
def t249_qua_pilot3(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Request exactly two blocks in {_the(bowl)}, any two will do. Over.",
                 _act(count_in(bowl, 2)))


def t249_qua_greek2(w: World) -> Made:
    if not w.state.in_bowls():
        return None

    def out(i: SymState, f: SymState) -> bool:
        return all(f.base(b) in _GROUND for b in i.in_bowls())

    return _made(w, "Please take every block out from the bowls and put them on the table.", _act(out))


def t249_qua_teacher5(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(w.blocks) < len(bowls):
        return None

    def one_each(_i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(bw)) == 1 for bw in bowls)

    return _made(w, "Let's share them out: exactly one block in each bowl, please. It doesn't matter which ones.",
                 _act(one_each))


def t249_qua_rushed(w: World) -> Made:
    if not w.bowls or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"every block into the {bowl}", _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t249_qua_oldsailor(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table or len(on_table) > _BIN_ROOM:
        return None
    stowed = w.state.in_bowls()
    return _made(w, "Every block that's on the table goes over the side into the bin, lad. Leave the bowls be.",
                 _act(binned(on_table), kept(*stowed)))


def t249_qua_plain30(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not w.bowls or len(on_table) < 2:
        return None
    bowl = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(bowl)) + 2 > layout.BOWL_CAPACITY:
        return None

    def two(i: SymState, f: SymState) -> bool:
        return sum(1 for b in i.on_the_table() if f.base(b) == bowl) == 2

    return _made(w, f"Could you put any two of the blocks on the table into {_the(bowl)}?", _act(two))


# ----- negated --------------------------------------------------------------------------------------
def t249_neg_pilot3(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != a]
    if len(others) > _BIN_ROOM:
        return None
    return _made(w, f"Put all the blocks except {_the(a)} into the bin. Over.",
                 _act(binned(others), none_binned([a])))


def t249_neg_greek2(w: World) -> Made:
    if not w.bowls:
        return None
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if b in w.state.above(a) or not _room(w, bowl, [a]):
        return None
    return _made(w, f"Put {_the(a)} in {_the(bowl)}, but {_the(b)} don't touch it, leave him.",
                 _act(rels(Rel("in", a, bowl)), kept(b)))


def t249_neg_teacher5(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    return _made(w, f"{_the(a).capitalize()} shouldn't be in {_the(bowl)} any more. Take it out and put it anywhere "
                    "else you like.",
                 _act(rels(Rel("in", a, bowl, negated=True))))


def t249_neg_rushed(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    if not others or len(others) > _BIN_ROOM:
        return None
    return _made(w, f"bin everything but the {a} and the {b}", _act(binned(others), none_binned([a, b])))


def t249_neg_oldsailor(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    s = w.state
    if not _stackable(w, b, c) or a in s.above(b) or a in s.above(c):
        return None
    return _made(w, f"Don't ye lay a finger on {_the(a)}, but put {_the(b)} atop {_the(c)}.",
                 _act(rels(Rel("on", b, c)), kept(a)))


def t249_neg_plain30(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _made(w, f"Get {_the(a)} off {_the(b)}, but don't put it in the bin.",
                 _act(rels(Rel("on", a, b, negated=True), Rel("in_bin", a, negated=True))))


# ----- relative -------------------------------------------------------------------------------------
def t249_rel_pilot3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"Take the block sitting on top of {_the(below)} and put it in the bin. Over.",
                 _act(binned([top])))


def t249_rel_greek2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs or not w.bowls:
        return None
    top, below = w.pick(pairs)[0]
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [below]):
        return None
    return _made(w, f"The block under {_the(top)}, please put him inside {_the(bowl)}.",
                 _act(rels(Rel("in", below, bowl))))


def t249_rel_teacher5(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.pick(w.bowls)[0]
    near = _nearest(w, bowl, w.state.on_the_table())
    if near is None or not _room(w, bowl, [near]):
        return None
    return _made(w, f"Look at the blocks on the table and find the one nearest to {_the(bowl)}. That one goes into "
                    f"{_the(bowl)}.",
                 _act(rels(Rel("in", near, bowl))))


def t249_rel_rushed(w: World) -> Made:
    single = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not single:
        return None
    bowl = w.pick(single)[0]
    a = w.state.in_bowl(bowl)[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"whatever block is in the {bowl} move it to the {place}", _act(rels(Rel("at", a, place))))


def t249_rel_oldsailor(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.base(b) != BIN]
    heights = sorted(((len(s.above(b)) + 1, b) for b in bottoms), reverse=True)
    if not heights or heights[0][0] < 2 or (len(heights) > 1 and heights[1][0] == heights[0][0]):
        return None
    top = s.above(heights[0][1])[0]
    return _made(w, "Take the block off the very top o' the tallest stack and heave it into the bin.",
                 _act(binned([top])))


def t249_rel_plain30(w: World) -> Made:
    loose = [b for b in w.blocks if _loose(w, b)]
    if not loose:
        return None
    a = w.pick(loose)[0]
    near = _nearest(w, a, w.blocks)
    if near is None or not _loose(w, near):
        return None
    return _made(w, f"Put {_the(a)} on top of whichever block is closest to it.", _act(rels(Rel("on", a, near))))


# ----- keep -----------------------------------------------------------------------------------------
def t249_keep_pilot3(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.pick(list(PLACES))[0]
    if b in w.state.above(a):
        return None
    return _made(w, f"Move {_the(a)} to the {place}, and keep {_the(b)} where it is, over.",
                 _act(rels(Rel("at", a, place)), kept(b)))


def t249_keep_greek2(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    one, other = w.pick(w.bowls, 2)
    inside = w.state.in_bowl(one)
    if not inside or len(inside) > _BIN_ROOM:
        return None
    return _made(w, f"Put the blocks of {_the(one)} in the bin, but {_the(other)} let it like it is.",
                 _act(binned(inside), _bowl_as_is(other)))


def t249_keep_teacher5(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    s = w.state
    if not _stackable(w, b, a) or c in s.above(a) or c in s.above(b):
        return None
    return _made(w, f"Build a little tower with {_the(b)} on {_the(a)}, but leave {_the(c)} where it is, please.",
                 _act(rels(Rel("on", b, a)), kept(c)))


def t249_keep_rushed(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    a = w.pick(clear)[0]
    others = [b for b in w.blocks if b != a]
    return _made(w, f"bin the {a} and leave everything else as is", _act(binned([a]), kept(*others)))


def t249_keep_oldsailor(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    rest = [b for b in w.blocks if b not in w.state.in_bowl(bowl)]
    if not rest:
        return None
    a = w.pick(rest)[0]
    return _made(w, f"Shift {_the(a)} to the middle o' the table, but leave {_the(bowl)} and all that's in it be.",
                 _act(rels(Rel("at", a, "middle")), _bowl_as_is(bowl)))


def t249_keep_plain30(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _stackable(w, a, b):
        return None
    return _made(w, f"Put {_the(a)} on {_the(b)}, but keep {_the(b)} where it is.",
                 _act(rels(Rel("on", a, b)), kept(b)))


# ----- multi-step -----------------------------------------------------------------------------------
def t249_multi_pilot3(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"First, {_the(a)} into the bin. Then {_the(b)} to the middle. Over.",
                 _act(binned([a]), rels(Rel("at", b, "middle"))))


def t249_multi_greek2(w: World) -> Made:
    raised = [b for b in w.blocks if w.state.support[b] not in _GROUND]
    if not raised:
        return None
    a = w.pick(raised)[0]
    b = w.pick([x for x in w.blocks if x != a])[0]
    return _made(w, f"First put {_the(a)} on the table, after put {_the(b)} on it.",
                 _act(rels(Rel("on_table", a), Rel("on", b, a))))


def t249_multi_teacher5(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    a = w.pick([b for b in w.blocks if b not in inside])[0]

    def emptied(i: SymState, f: SymState) -> bool:
        return all(f.base(b) in _GROUND for b in i.in_bowl(bowl)) and f.in_bowl(bowl) == [a]

    return _made(w, f"Step one: empty {_the(bowl)} onto the table. Step two: put {_the(a)} in {_the(bowl)}.",
                 _act(emptied))


def t249_multi_rushed(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    rest = [b for b in w.blocks if w.state.base(b) != bowl]
    if not rest:
        return None
    b = w.pick(rest)[0]
    return _made(w, f"{a} out of the {bowl} into the bin then {b} into the {bowl}",
                 _act(binned([a]), rels(Rel("in", b, bowl))))


def t249_multi_oldsailor(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _made(w, f"First haul {_the(a)} off {_the(b)} and set it down on the table, then toss {_the(b)} into the "
                    "bin, arr.",
                 _act(rels(Rel("on_table", a)), binned([b])))


def t249_multi_plain30(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.pick(list(PLACES))[0]
    return _made(w, f"Start by putting {_the(a)} in the {place}, and after that stack {_the(b)} on it.",
                 _act(rels(Rel("at", a, place), Rel("on", b, a))))


# ----- questions ------------------------------------------------------------------------------------
def t249_q_pilot3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    n = len(w.state.in_bowl(bowl))
    return f"Request a count: how many blocks are in {_the(bowl)}? Over.", answered(str(n))


def t249_q_greek2(w: World) -> Made:
    inside = w.state.in_bowls()
    if not w.bowls:
        return None
    if inside and w.rng.random() < 0.5:
        a = w.pick(inside)[0]
        bowl = w.state.base(a)
    else:
        a, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    flag = holds(Rel("in", a, bowl), w.state)
    return f"{_the(a).capitalize()}, it is inside {_the(bowl)} or not?", answered(yes(flag))


def t249_q_teacher5(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.pick(pairs)[0]
    else:
        a, b = w.pick(w.blocks, 2)
        if a in s.above(b):
            return None
    n = s.count_at(TABLE)
    return (f"Two quick questions for you: how many blocks are on the table, and is {_the(a)} sitting on {_the(b)}?",
            answered(f"{n}|{yes(s.support[a] == b)}"))


def t249_q_rushed(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    a = w.pick(covered if covered and w.rng.random() < 0.6 else w.blocks)[0]
    on = w.state.on_top(a)
    return f"whats on top of the {a}", answered(on[0] if on else "nothing")


def t249_q_oldsailor(w: World) -> Made:
    if not w.bowls:
        return None
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    bowl = w.pick(full if full and w.rng.random() < 0.7 else w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    return f"What be sittin' in {_the(bowl)}, matey?", answered("|".join(inside) if inside else "nothing")


def t249_q_plain30(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    flag = not w.state.is_clear(a)
    return (f"Is there anything on top of {_the(a)}? Also, how many bowls are there?",
            answered(f"{yes(flag)}|{len(w.bowls)}"))


# ----- matching -------------------------------------------------------------------------------------
def t249_match_pilot3(w: World) -> Made:
    if not _matched(w) or not _match_room(w):
        return None
    return _made(w, "Every block that has a bowl of the same colour, put it in that bowl. Over.",
                 _act(rels(*matching(w))))


def t249_match_greek2(w: World) -> Made:
    cands = _matched(w)
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowl = _bowl_of(w, a) or ""
    if not _room(w, bowl, [a]):
        return None
    return _made(w, f"Put {_the(a)} in the bowl that has the same colour with it.", _act(rels(Rel("in", a, bowl))))


def t249_match_teacher5(w: World) -> Made:
    goes = _matched(w)
    if not goes or not _match_room(w):
        return None
    s = w.state
    rest = [b for b in w.blocks if b not in goes]
    moving = [b for b in goes if s.base(b) != _bowl_of(w, b)]
    if any(r in s.above(m) for m in moving for r in rest):
        return None
    return _made(w, "Colour matching time! Each block that has a bowl of its own colour goes into that bowl, and "
                    "every other block stays exactly where it is.",
                 _act(rels(*matching(w)), kept(*rest)))


def t249_match_rushed(w: World) -> Made:
    cands = _matched(w)
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowl = _bowl_of(w, a) or ""
    if not _room(w, bowl, [a]):
        return None
    return _made(w, f"block that matches the {bowl} goes in it", _act(rels(Rel("in", a, bowl))))


def t249_match_oldsailor(w: World) -> Made:
    goes = _matched(w)
    rest = [b for b in w.blocks if b not in goes]
    if not goes or not rest or len(rest) > _BIN_ROOM or not _match_room(w):
        return None
    return _made(w, "Every block with a bowl o' its own colour goes in that bowl, and the rest go overboard into the "
                    "bin!",
                 _act(rels(*matching(w)), binned(rest)))


def t249_match_plain30(w: World) -> Made:
    cands = _matched(w)
    if not cands:
        return None
    x = w.pick(cands)[0]
    bowl = _bowl_of(w, x) or ""
    others = [b for b in w.blocks if b != x]
    y = w.pick(others)[0]
    if not _room(w, bowl, [y]):
        return None
    return _made(w, f"Put {_the(y)} in the bowl that's the same colour as {_the(x)}.",
                 _act(rels(Rel("in", y, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pilot3", "greek2", "teacher5", "rushed", "oldsailor", "plain30")
FRESH249: list[Template] = [
    (f"t249_{short}_{style}", category, globals()[f"t249_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
