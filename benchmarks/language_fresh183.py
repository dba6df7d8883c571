"""`FRESH183`, the hundred-and-eighty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no theme: yet more ordinary people on an ordinary day, typing what they want into the robot's chat window
in their own plain words. A bored commuter writes lower-case shrugs ("meh", "whatever, just"); a chef talks like a
kitchen ("plate it", "86 that", "station"); a sports coach shouts short energetic orders ("go go go", "nice, now"); a
very polite intern hedges every request ("would it be at all possible"); a scientist is precise ("place", "position",
"verify"); a parent tidying up after the kids is weary ("for the hundredth time", "back where it belongs"). The jobs
are the everyday ones: a block into a bowl, onto another block or to a named place, towers, sorting by colour,
emptying a bowl or the table into the bin, leaving some things as they are, and plain questions about the table. The
checks accept any order and any free choice the words leave open (which block goes first, where a block that had to
be moved out of the way ends up, where in a bowl or a corner a block lies, a block resting on another block inside a
bowl counting as in that bowl); they require an empty gripper, and what the speaker said to leave alone stays where it
was. Questions are answered from the scene: a count, a yes or no, or a colour.

- commuter: "meh, just put the red block in the blue bowl. whatever."
- chef: "Set the red block down on top of the green block, chef. Tickets are waiting."
- coach: "Go go go! The red block, get it to the top left corner! Move it!"
- intern: "Hi! Sorry to bother you. Would it be at all possible to move the red block into the bin, if it's not too
  much trouble?"
- scientist: "Place each block in the bowl of identical colour, where one exists. Place every block without a
  matching bowl in the bin."
- parent: "For the hundredth time, we don't pile things up. Take the red block off the green block and put it on
  the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 0c849d5, the code of 36e201a, before anything it could prompt): 0.66
goal-correct (198 of 300), 86 refused, 4 asked. Three wrong actions, one template: "Behind you! Okay: X onto Y. Stack it,
please." put X on Y and then back on the table. Nine wrong replies: "would you happen to know what colour the block on
top of X is?" after "Sorry to bother you, but" got the help text; "How many blocks have we got out here in total, bowls
included? Count 'em!" was not counted. The refusals: "whatever, just ...", "would it be at all possible to ...", "if it's at
all possible, if W could be emptied, with everything in it going into the bin", "Clear the station into the bin", "The X
block to the top left corner, now! The Y block stays exactly where it is", "Step one: X on the table! Step two: Y on top of
it! Step three: Z on top of that!", "Identify the block at the greatest distance from the bin", "W is sitting there empty.
Whichever block is closest to it goes in it.", "that block in W? just bin it.", "The bowls you leave alone: the blocks in
them stay right where they are", "Blocks inside bowls are not part of this procedure".
"""

from __future__ import annotations

import functools
from collections.abc import Callable

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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

# ----- helpers --------------------------------------------------------------------------------------
_GROUND = (TABLE, *PLACES)  # resting directly on the table (a named place is a spot on the table)
_CORNERS = [p for p in PLACES if p != "middle"]
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


def _spot(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _done(*checks: Check) -> Check:
    """Every check holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _fits_on(s: SymState, below: str) -> bool:
    """One more block fits on `below` (once whatever is on it has gone) without a tower over the limit."""
    return len(_below(s, below)) + 2 <= layout.MAX_TOWER


def _room(s: SymState, bowl: str, k: int = 1) -> bool:
    return sum(1 for b in s.blocks if s.support[b] == bowl) + k <= layout.BOWL_CAPACITY


def _stackable(s: SymState, top: str, below: str) -> bool:
    """`top` can be put on `below` and is not there yet."""
    return top != below and s.support[top] != below and below not in s.above(top) and _fits_on(s, below)


def _on_ground(*blocks: str) -> Check:
    """Each block rests directly on the table (anywhere on it, a corner or the middle included)."""
    return lambda _i, f: all(f.support[b] in _GROUND for b in blocks)


def _out_on_table(*blocks: str) -> Check:
    """Each block stands on the table: directly, or on a tower that stands on it (not in a bowl or the bin)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _in_some_bowl(block: str, but: str) -> Check:
    return lambda _i, f: f.base(block) in f.bowls and f.base(block) != but


def _all_bowls_empty() -> Check:
    return lambda _i, f: not f.in_bowls()


def _no_stacks() -> Check:
    return lambda _i, f: all(f.support[b] not in f.support for b in f.blocks)


def _tower(blocks: list[str]) -> Check:
    """The blocks form one tower by themselves, in any order, standing on the table or in a bowl."""
    group = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.support[bottoms[0]] not in (*_GROUND, *f.bowls):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in group]
            if len(up) != 1:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _extreme(w: World, names: list[str], point: tuple[float, float], far: bool = False,
             margin: float = 0.05) -> str | None:
    """The block among `names` nearest to (or farthest from) `point`, when it is clearly so (else None)."""
    def d(n: str) -> float:
        x, y = _xy(w, n)
        return ((x - point[0]) ** 2 + (y - point[1]) ** 2) ** 0.5

    ranked = sorted(names, key=d, reverse=far)
    if len(ranked) < 2:
        return ranked[0] if ranked else None
    return ranked[0] if abs(d(ranked[0]) - d(ranked[1])) >= margin else None


def _matches(w: World) -> list[tuple[str, str]]:
    """(block, bowl of its colour) for every block that has one."""
    return [(r.args[0], r.args[1]) for r in matching(w)]


def _action(make: Callable[[World], Made]) -> Callable[[World], Made]:
    """An action template: no instance when its goal already holds in the scene (doing nothing must fail)."""

    @functools.wraps(make)
    def wrapped(w: World) -> Made:
        made = make(w)
        if made is None or made[1](w.state, w.state):
            return None
        return made

    return wrapped


def _unmet(w: World, want: list[Rel]) -> bool:
    return not all(holds(r, w.state) for r in want)


# ----- imperative ---------------------------------------------------------------------------------
@_action
def t183_imp_commuter(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options or not _room(w.state, bowl):
        return None
    b = w.rng.choice(options)
    text = w.rng.choice([f"meh, just put the {b} in the {bowl}. whatever.",
                         f"whatever, just stick the {b} in the {bowl} i guess"])
    return text, _done(rels(Rel("in", b, bowl)))


@_action
def t183_imp_chef(w: World) -> Made:
    pairs = [(b, c) for b in w.blocks for c in w.blocks if _stackable(w.state, b, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    text = w.rng.choice([f"Set the {b} down on top of the {c}, chef. Tickets are waiting.",
                         f"Behind you! Okay: {b} onto the {c}. Stack it, please."])
    return text, _done(rels(Rel("on", b, c)))


@_action
def t183_imp_coach(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(_CORNERS)
    text = w.rng.choice([f"Go go go! The {b}, get it to {_spot(place)}! Move it!",
                         f"Come on, hustle! Take the {b} over to {_spot(place)}, right now!"])
    return text, _done(rels(Rel("at", b, place)))


@_action
def t183_imp_intern(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = (f"Hi! Sorry to bother you. Would it be at all possible to move the {b} into the bin, if it's not too "
            "much trouble?")
    return text, _done(binned([b]))


@_action
def t183_imp_scientist(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] not in _GROUND]
    if not options:
        return None
    b = w.rng.choice(options)
    return (f"Remove the {b} from the {w.state.support[b]} and place it directly on the table surface.",
            _done(_on_ground(b)))


@_action
def t183_imp_parent(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"For the hundredth time, we don't pile things up. Take the {top} off the {below} and put it on the "
            "table.")
    return text, _done(_on_ground(top))


# ----- declarative --------------------------------------------------------------------------------
@_action
def t183_dec_commuter(w: World) -> Made:
    pairs = [(b, c) for b in w.blocks for c in w.blocks if _stackable(w.state, b, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    text = w.rng.choice([f"end result: the {b} sits on the {c}. that's it. whatever.",
                         f"meh. the {b} is on top of the {c}, that's all"])
    return text, _done(rels(Rel("on", b, c)))


@_action
def t183_dec_chef(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(options) < 2 or not _room(w.state, bowl, 2):
        return None
    a, b = w.pick(options, 2)
    text = f"Final plate: the {a} and the {b} are both in the {bowl}. That's the dish."
    return text, _done(rels(Rel("in", a, bowl), Rel("in", b, bowl)))


@_action
def t183_dec_coach(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    p, q = w.pick(_CORNERS, 2)
    text = f"Here's the play: the {a} is in {_spot(p)} and the {b} is in {_spot(q)}. Make it happen, team!"
    return text, _done(rels(Rel("at", a, p), Rel("at", b, q)))


@_action
def t183_dec_intern(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options or not _room(w.state, bowl):
        return None
    b = w.rng.choice(options)
    c = w.rng.choice([x for x in w.blocks if x != b])
    text = (f"Sorry, just so I describe it properly: the way it should end up is that the {b} is in the {bowl} and "
            f"the {c} is on the table, not on anything else. I hope that's all right!")
    return text, _done(rels(Rel("in", b, bowl)), _on_ground(c))


@_action
def t183_dec_scientist(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    pairs = [(c, d) for c in w.blocks for d in w.blocks if b not in (c, d) and _stackable(w.state, c, d)]
    if not pairs:
        return None
    c, d = w.rng.choice(pairs)
    text = f"Desired end state: the {b} rests in the bin; the {c} rests directly on the {d}."
    return text, _done(binned([b]), rels(Rel("on", c, d)))


@_action
def t183_dec_parent(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = (f"Here's how this table looks when I come back: the {a} in the bin, and the {b} in the bin too. "
            "That's it.")
    return text, _done(binned([a, b]))


# ----- desiderative -------------------------------------------------------------------------------
@_action
def t183_des_commuter(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice([f"meh. i'd like the {b} in the middle of the table. whatever, just do it",
                         f"i want the {b} moved to the middle of the table i guess"])
    return text, _done(rels(Rel("at", b, "middle")))


@_action
def t183_des_chef(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options or not _room(w.state, bowl):
        return None
    b = w.rng.choice(options)
    text = w.rng.choice([f"I want the {b} in the {bowl}. Plate it up, chef.",
                         f"Chef would like the {b} in the {bowl}, yes? Thank you, chef."])
    return text, _done(rels(Rel("in", b, bowl)))


@_action
def t183_des_coach(w: World) -> Made:
    group = w.pick(w.blocks, 3)
    if not group or _tower(group)(w.state, w.state):
        return None
    a, b, c = group
    text = f"I want the {a}, the {b} and the {c} stacked up in one tower, any order! Let's go go go!"
    return text, _done(_tower(group))


@_action
def t183_des_intern(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = (f"I'd really appreciate it, if it's at all possible, if the {bowl} could be emptied, with everything "
            "in it going into the bin. Only if it's no bother!")
    return text, _done(binned(inside), empty(bowl))


@_action
def t183_des_scientist(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(_CORNERS)
    text = f"I would like the {b} positioned at {_spot(place)}. Verify the placement afterwards."
    return text, _done(rels(Rel("at", b, place)))


@_action
def t183_des_parent(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"All I'd like, just once, is for the {a} and the {b} to be put away in the bin. Is that so much to ask?"
    return text, _done(binned([a, b]))


# ----- quantified ---------------------------------------------------------------------------------
@_action
def t183_qua_commuter(w: World) -> Made:
    text = w.rng.choice(["meh. just chuck all the blocks in the bin, whatever.",
                         "whatever, every block goes in the bin. all of them."])
    return text, _done(binned(w.blocks))


@_action
def t183_qua_chef(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"86 everything in the {bowl}: every block in it goes in the bin. All of it, chef."
    return text, _done(binned(inside))


@_action
def t183_qua_coach(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(options) < 3 or not _room(w.state, bowl, 3):
        return None
    a, b, c = w.pick(options, 3)
    text = w.rng.choice([f"All three of them into the {bowl}: the {a}, the {b} and the {c}! Go go go!",
                         f"Every one of these goes in the {bowl}, the {a}, the {b}, the {c}! Hustle!"])
    return text, _done(rels(*(Rel("in", x, bowl) for x in (a, b, c))))


@_action
def t183_qua_intern(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    counts = [n for n in (1, 2, 3) if n != now and n <= len(w.blocks)]
    n = w.rng.choice(counts)
    text = (f"Would it be at all possible to have exactly {_WORDS[n]} block{'s' if n > 1 else ''} in the {bowl}? "
            "Any of them would be perfectly fine, whichever is easiest for you.")
    return text, _done(count_in(bowl, n))


@_action
def t183_qua_scientist(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    inside = w.state.in_bowls()
    text = ("Place each block that is not inside a bowl into the bin. Blocks inside bowls are not part of this "
            "procedure; leave them out of the bin.")
    return text, _done(binned(loose), none_binned(inside))


@_action
def t183_qua_parent(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = "Every single block that's in a bowl comes out and goes on the table. All of them. Every one."
    return text, _done(_out_on_table(*inside))


# ----- negated ------------------------------------------------------------------------------------
@_action
def t183_neg_commuter(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"get the {top} off the {below}. don't care where it goes, just not the bin. whatever."
    return text, _done(lambda _i, f: f.support[top] != below, none_binned([top]))


@_action
def t183_neg_chef(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b]
    text = w.rng.choice([f"86 everything but the {b}: every other block goes in the bin. Not the {b}.",
                         f"Clear the station into the bin, all the blocks except the {b}. Don't bin the {b}."])
    return text, _done(binned(others), none_binned([b]))


@_action
def t183_neg_coach(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = (f"Not one block left in the {bowl}! Get them all out, and don't you dare put them in the bin: onto the "
            "table! Go!")
    return text, _done(empty(bowl), _out_on_table(*inside))


@_action
def t183_neg_intern(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    options = [b for b in w.blocks if w.state.base(b) not in w.bowls or w.state.base(b) == bowl]
    if not options:
        return None
    b = w.rng.choice(options)
    text = (f"Would it be at all possible to put the {b} in one of the bowls? Any one except the {bowl}, please, "
            "if that's okay.")
    return text, _done(_in_some_bowl(b, bowl))


@_action
def t183_neg_scientist(w: World) -> Made:
    raised = [t for t, _s in w.pairs()]
    if not raised:
        return None
    text = ("Ensure that no block remains stacked on another block. Any block removed from a stack must be placed "
            "directly on the table surface, not in a bowl or the bin.")
    return text, _done(_no_stacks(), _on_ground(*raised))


@_action
def t183_neg_parent(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    rest = [b for b in w.blocks if b not in inside]
    text = ("No more blocks in the bowls! Everything that's in a bowl goes in the bin, and don't you dare bin "
            "anything else.")
    return text, _done(binned(inside), none_binned(rest), _all_bowls_empty())


# ----- relative -----------------------------------------------------------------------------------
@_action
def t183_rel_commuter(w: World) -> Made:
    single = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    b = w.state.in_bowl(bowl)[0]
    text = w.rng.choice([f"that block in the {bowl}? just bin it. whatever.",
                         f"meh, whatever's in the {bowl}, chuck it in the bin"])
    return text, _done(binned([b]))


@_action
def t183_rel_chef(w: World) -> Made:
    options = [(t, s, bowl) for t, s in w.pairs() for bowl in w.bowls
               if w.state.base(t) != bowl and _room(w.state, bowl)]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    text = f"Whatever's sitting on top of the {below}, plate it in the {bowl}. Quick, chef."
    return text, _done(rels(Rel("in", top, bowl)))


@_action
def t183_rel_coach(w: World) -> Made:
    b = _extreme(w, w.blocks, layout.BIN_CENTER)
    if b is None:
        return None
    text = w.rng.choice(["The block closest to the bin: into the bin! Go go go!",
                         "Nice, now the block nearest the bin goes in the bin. Hustle!"])
    return text, _done(binned([b]))


@_action
def t183_rel_intern(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"Would it be at all possible to take the block that's underneath the {top} and put it in the bin? "
            "Sorry, I know that's a bit fiddly.")
    return text, _done(binned([below]))


@_action
def t183_rel_scientist(w: World) -> Made:
    b = _extreme(w, w.blocks, layout.BIN_CENTER, far=True)
    if b is None:
        return None
    text = "Identify the block at the greatest distance from the bin and place it at the middle of the table."
    return text, _done(rels(Rel("at", b, "middle")))


@_action
def t183_rel_parent(w: World) -> Made:
    empties = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not empties:
        return None
    w.rng.shuffle(empties)
    found = [(bowl, b) for bowl in empties if (b := _extreme(w, w.blocks, _xy(w, bowl))) is not None]
    if not found:
        return None
    bowl, b = found[0]
    text = (f"The {bowl} is sitting there empty. Whichever block is closest to it goes in it. For the hundredth "
            "time.")
    return text, _done(rels(Rel("in", b, bowl)))


# ----- keep ---------------------------------------------------------------------------------------
@_action
def t183_keep_commuter(w: World) -> Made:
    clear = w.clear_blocks()
    pairs = [(b, c) for b in clear for c in clear if _stackable(w.state, b, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    others = [x for x in w.blocks if x != b]
    text = f"move the {b} onto the {c}. leave everything else alone i guess. whatever."
    return text, _done(rels(Rel("on", b, c)), kept(*others))


@_action
def t183_keep_chef(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    b = w.rng.choice(options)
    text = f"Get the {b} in the bin. And hands off the {bowl}, chef: whatever's in it stays exactly where it is."
    return text, _done(binned([b]), kept(*w.state.in_bowl(bowl)))


@_action
def t183_keep_coach(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    options = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not options:
        return None
    g = w.rng.choice(options)
    place = w.rng.choice(_CORNERS)
    text = (f"The {b} to {_spot(place)}, now! The {g} stays exactly where it is, don't touch it! Go go go!")
    return text, _done(rels(Rel("at", b, place)), kept(g))


@_action
def t183_keep_intern(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    options = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if len(options) < 2:
        return None
    c, d = w.pick(options, 2)
    text = (f"Would it be at all possible to put the {b} in the bin, while leaving the {c} and the {d} exactly "
            "where they are? Thank you so much!")
    return text, _done(binned([b]), kept(c, d))


@_action
def t183_keep_scientist(w: World) -> Made:
    options = [(b, bowl) for b in w.clear_blocks() for bowl in w.bowls
               if w.state.base(b) != bowl and _room(w.state, bowl)]
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    others = [x for x in w.blocks if x != b]
    text = f"Place the {b} in the {bowl}. Control condition: every other block remains in its current position."
    return text, _done(rels(Rel("in", b, bowl)), kept(*others))


@_action
def t183_keep_parent(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    loose = [b for b in w.blocks if b not in inside]
    text = ("Every block that's out on the table goes in the bin. The bowls you leave alone: the blocks in them stay "
            "right where they are.")
    return text, _done(binned(loose), kept(*inside))


# ----- multi_step ---------------------------------------------------------------------------------
@_action
def t183_multi_commuter(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if not _room(w.state, bowl):
        return None
    a, b = w.pick(w.blocks, 2)
    want = [Rel("in", a, bowl), Rel("on", b, a)]
    if not _unmet(w, want):
        return None
    text = f"ugh ok. first put the {a} in the {bowl}, then put the {b} on top of it. whatever."
    return text, _done(rels(*want))


@_action
def t183_multi_chef(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    b = w.rng.choice([x for x in w.blocks if x not in inside])
    text = f"First, clear the {bowl} into the bin. Then plate the {b} in the {bowl}. Heard?"
    return text, _done(binned(inside), rels(Rel("in", b, bowl)))


@_action
def t183_multi_coach(w: World) -> Made:
    group = w.pick(w.blocks, 3)
    if not group:
        return None
    want = Rel("stacked", *group)
    if holds(want, w.state):
        return None
    a, b, c = group
    text = (f"Step one: the {a} on the table! Step two: the {b} on top of it! Step three: the {c} on top of that! "
            "Go go go!")
    return text, _done(rels(want))


@_action
def t183_multi_intern(w: World) -> Made:
    options = [(t, s, bowl) for t, s in w.pairs() for bowl in w.bowls
               if w.state.base(s) != bowl and _room(w.state, bowl)]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    text = (f"Could you possibly first take the {top} off the {below} and put it in the bin, and then, if it's no "
            f"trouble, put the {below} in the {bowl}?")
    return text, _done(binned([top]), rels(Rel("in", below, bowl)))


@_action
def t183_multi_scientist(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(_CORNERS)
    text = (f"Step 1: place the {a} at {_spot(place)}. Step 2: place the {b} on top of the {a}. Step 3: verify "
            f"that the {b} rests on the {a}.")
    return text, _done(rels(Rel("at", a, place), Rel("on", b, a)))


@_action
def t183_multi_parent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options or not _room(w.state, bowl):
        return None
    a = w.rng.choice(options)
    b = w.rng.choice([x for x in w.blocks if x != a])
    text = f"Right. First the {a} goes back in the {bowl}. Then the {b} goes in the bin. Then I'm having a coffee."
    return text, _done(rels(Rel("in", a, bowl)), binned([b]))


# ----- question -----------------------------------------------------------------------------------
def t183_q_commuter(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice([f"meh. how many blocks are in the {bowl}?",
                         f"how many blocks in the {bowl} right now? just curious, whatever"])
    return text, answered(str(n))


def t183_q_chef(w: World) -> Made:
    inside = w.state.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bowl = w.state.base(b)
    else:
        b = w.rng.choice(w.blocks)
        bowl = w.rng.choice(w.bowls)
    text = f"Quick check, chef: is the {b} in the {bowl}? Yes or no."
    return text, answered(yes(w.state.base(b) == bowl))


def t183_q_coach(w: World) -> Made:
    text = w.rng.choice(["Headcount! How many blocks have we got out here in total, bowls included? Count 'em!",
                         "Okay team, how many blocks are there altogether? Every block counts, in a bowl or not!"])
    return text, answered(str(len(w.blocks)))


def t183_q_intern(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"Sorry to bother you, but would you happen to know what colour the block on top of the {below} is? "
            "Thank you!")
    return text, answered(w.colour(top))


def t183_q_scientist(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    text = f"Verify for me: is the {a} resting directly on the {b}?"
    return text, answered(yes(w.state.support[a] == b))


def t183_q_parent(w: World) -> Made:
    options = [b for b in w.state.in_bowls() if w.colour(w.state.base(b)) != w.colour(b)]
    if not options:
        return None
    b = w.rng.choice(options)
    text = f"Where on earth has the {b} got to? Which bowl is it in?"
    return text, answered(w.colour(w.state.base(b)))


# ----- matching -----------------------------------------------------------------------------------
@_action
def t183_match_commuter(w: World) -> Made:
    want = matching(w)
    if not want or not _unmet(w, want):
        return None
    text = w.rng.choice(["whatever, just put the blocks in the bowls that are the same colour as them.",
                         "meh. blocks go in the bowl that matches their colour. the ones that have one, anyway."])
    return text, _done(rels(*want))


@_action
def t183_match_chef(w: World) -> Made:
    options = [(b, bowl) for b, bowl in _matches(w) if w.state.base(b) != bowl]
    if not options:
        return None
    b, _bowl = w.rng.choice(options)
    text = f"The {b} goes in the bowl that matches its colour. Its station, chef. Put it there."
    return text, _done(rels(Rel("in", b, _bowl)))


@_action
def t183_match_coach(w: World) -> Made:
    want = matching(w)
    if not want or not _unmet(w, want):
        return None
    text = "Match 'em up! Every block that's got a bowl of the same colour goes in that bowl! Go go go!"
    return text, _done(rels(*want))


@_action
def t183_match_intern(w: World) -> Made:
    pairs = _matches(w)
    want = [Rel("in", b, bowl) for b, bowl in pairs]
    if not want or not _unmet(w, want):
        return None
    moving = [b for b, bowl in pairs if w.state.base(b) != bowl]
    matched = {b for b, _bowl in pairs}
    forced = {x for b in moving for x in w.state.above(b)}
    stay = [x for x in w.blocks if x not in matched and x not in forced]
    text = ("If you have a moment, would it be at all possible to put each block that has a bowl of its own colour "
            "into that bowl, and leave the other blocks where they are? Thank you!")
    return text, _done(rels(*want), kept(*stay))


@_action
def t183_match_scientist(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.args[0] for r in want}
    rest = [b for b in w.blocks if b not in matched]
    text = ("Place each block in the bowl of identical colour, where one exists. Place every block without a matching "
            "bowl in the bin.")
    return text, _done(rels(*want), binned(rest))


@_action
def t183_match_parent(w: World) -> Made:
    options = [(b, bowl) for b, bowl in _matches(w) if w.state.base(b) != bowl]
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    text = f"The {b} belongs in the {bowl}. Put it back where it belongs, for the hundredth time."
    return text, _done(rels(Rel("in", b, bowl)))


# ----- the batch ----------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("commuter", "chef", "coach", "intern", "scientist", "parent")
FRESH183: list[Template] = [
    (f"t183_{short}_{style}", category, globals()[f"t183_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
