"""`FRESH161`, the hundred-and-sixty-second untuned batch: sixty language templates, six per category, for the offline planner.

The theme is prepositions and spatial words in all their variety: the same few relations (a block on a block, in a
bowl, in the bin, on the table, at a named place) said with many different prepositions and particles. People say
"upon", "atop", "within" and "beneath"; "put down on", "lift up off", "pick up and drop into"; "off of", "inside of",
"out from under", "in among"; "over to", "across to", "away from"; "in/at/into the top left corner", "to the top
left", "the middle of the table", "the centre"; and "on top" or "underneath" with no object when the sentence makes
it plain what they refer to. A block rests directly on one thing only, and "under", "beneath" and "underneath" mean
directly under. The checks accept any order of moves and any free choice the words leave open (where a moved-off
block ends up, which two blocks, which of the other bowls or corners); "on the table" accepts a named place on it;
"in a bowl" or "in a corner" accepts a block resting on a tower that stands there; nothing may be left in the
gripper. The six styles:

- olden: "Place the red block upon the blue block." / "Put every block save the green block into the bin."
- particle: "Lift the red block up off the blue block, but don't put it down on the table."
- doubled: "Pull the block out from under the yellow block and put it inside of the green bowl."
- heading: "Carry the red block over to the blue bowl and drop it in." / "Move two of the blocks across to the bin."
- corner: "Move the red block to the top left." / "Put a block in each of the four corners of the table."
- bare: "Get the red block and the blue block into one stack, the blue one at the bottom and the red one on top."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 8ba7a2a, the code of 86770ea, before anything it could prompt): 0.66
goal-correct (198 of 300), 81 refused, 8 asked. Six wrong actions: 'X has a block on top; put that one in W' moved X
instead of the block on it (five times), and "X shouldn't be underneath Y any more; put it on top instead." put Y on
another block. Seven wrong replies: 'How many blocks must come off the top before X can be picked up?' and 'Are X and Y
stacked with X on top?'. The refusals were 'upon', 'within', 'inside of', 'out from under', 'over to ... and drop it
in', 'let X be placed within W' and towers said by their parts.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    both,
    kept,
    matching,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_FLAT = (TABLE, *PLACES)  # what a block rests on when it stands directly on the table
_CORNERS = [p for p in PLACES if p.endswith("corner")]
_NUMBER = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- helpers ----------------------------------------------------------------------------------------
def _act(w: World, text: str, goal: Check) -> Made:
    """An action: the goal, with nothing left in the gripper; None when the goal already holds."""
    if goal(w.state, w.state):
        return None
    return text, both(goal, lambda _i, f: f.held is None)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _one(name: str) -> str:
    """ "red block" -> "the red one"."""
    return f"the {name.rsplit(' ', 1)[0]} one"


def _colour_of(w: World, name: str) -> str:
    return w.colour(name)


def _choice(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _fits(s: SymState, b: str, extra: int = 1) -> bool:
    """Whether `extra` more blocks can go on top of `b` without a tower taller than the layout allows."""
    return 1 + len(_below(s, b)) + extra <= layout.MAX_TOWER


def _pairs(w: World) -> list[tuple[str, str]]:
    return w.pairs()


def _flat_on(b: str) -> Check:
    return lambda _i, f: f.support[b] in _FLAT


def _off(a: str, b: str) -> Check:
    return lambda _i, f: f.support[a] != b


def _not_binned(a: str) -> Check:
    return lambda _i, f: f.base(a) != BIN


def _place_words(w: World, p: str, verb: str = "put") -> str:
    """A phrase for a named place after a verb: 'put' takes in/into/at/over in; 'move' takes to/over to/into; 'be'
    takes in/at/over in; 'go' takes to/over to/in."""
    if p == "middle":
        options = {
            "put": ["in the middle of the table", "into the middle of the table", "in the centre of the table"],
            "move": ["to the middle of the table", "into the middle of the table", "over to the centre of the table"],
            "be": ["in the middle of the table", "in the centre of the table", "at the centre of the table"],
            "go": ["to the middle of the table", "in the centre of the table", "into the middle of the table"],
        }[verb]
        return w.rng.choice(options)
    short = p.removesuffix(" corner")
    options = {
        "put": [f"in the {p}", f"into the {p}", f"at the {p}", f"over in the {p}"],
        "move": [f"to the {p}", f"over to the {p}", f"into the {p}", f"to the {short}"],
        "be": [f"in the {p}", f"at the {p}", f"over in the {p}"],
        "go": [f"to the {p}", f"over to the {p}", f"in the {p}", f"to the {short}"],
    }[verb]
    return w.rng.choice(options)


def _place_noun(w: World, p: str) -> str:
    if p == "middle":
        return w.rng.choice(["the middle of the table", "the centre of the table"])
    return f"the {p}"


# ----- imperative ---------------------------------------------------------------------------------------
def t161_imp_olden(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    if w.rng.random() < 0.5:
        b = _choice(w, [x for x in w.clear_blocks() if x != a and _fits(s, x)])
        if b is None:
            return None
        text = w.rng.choice([f"Place the {a} upon the {b}.", f"Set the {a} atop the {b}."])
        return _act(w, text, rels(Rel("on", a, b)))
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    text = w.rng.choice([f"Lay the {a} within the {bowl}.", f"Let the {a} be placed within the {bowl}."])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t161_imp_particle(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    b = _choice(w, [x for x in w.clear_blocks() if x != a and _fits(s, x)])
    if b is None:
        return None
    text = w.rng.choice([
        f"Pick the {a} up and put it down on top of the {b}.",
        f"Pick up the {a} and set it down on the {b}.",
        f"Lift the {a} up and lower it down onto the {b}.",
        f"Lift the {a} up onto the {b}.",
    ])
    return _act(w, text, rels(Rel("on", a, b)))


def t161_imp_doubled(w: World) -> Made:
    s = w.state
    a = _choice(w, [x for x in w.clear_blocks() if s.base(x) in s.bowls])
    if a is None:
        return None
    bowl = s.base(a)
    b = _choice(w, [x for x in w.clear_blocks() if x != a and s.base(x) != bowl and _fits(s, x)])
    if b is None:
        return None
    text = w.rng.choice([
        f"Take the {a} out from inside of the {bowl} and put it on top of the {b}.",
        f"Get the {a} out of the {bowl} and onto the top of the {b}.",
    ])
    return _act(w, text, rels(Rel("on", a, b)))


def t161_imp_heading(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    if w.rng.random() < 0.6:
        bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
        if bowl is None:
            return None
        text = w.rng.choice([
            f"Carry the {a} over to the {bowl} and drop it in.",
            f"Move the {a} across to the {bowl}.",
            f"Take the {a} away from where it is and over to the {bowl}, and put it in there.",
            f"Carry the {a} towards the {bowl} and into it.",
        ])
        return _act(w, text, rels(Rel("in", a, bowl)))
    text = w.rng.choice([f"Take the {a} over to the bin and drop it in.", f"Move the {a} across to the bin."])
    return _act(w, text, rels(Rel("in_bin", a)))


def t161_imp_corner(w: World) -> Made:
    a = _choice(w, w.blocks)
    p = _choice(w, list(PLACES))
    if a is None or p is None:
        return None
    if w.rng.random() < 0.5:
        text = f"Put the {a} {_place_words(w, p)}."
    else:
        text = f"{w.rng.choice(['Move', 'Slide', 'Shift'])} the {a} {_place_words(w, p, 'move')}."
    return _act(w, text, rels(Rel("at", a, p)))


def t161_imp_bare(w: World) -> Made:
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None or b is None:
        return None
    text = w.rng.choice([
        f"Get the {a} and the {b} into one stack, {_one(b)} at the bottom and {_one(a)} on top.",
        f"Make a two-block stack out of the {a} and the {b}, with {_one(b)} underneath.",
    ])
    goal = both(rels(Rel("on", a, b), Rel("clear", a)),
                lambda _i, f: f.support[b] not in f.support and f.support[b] != BIN)
    return _act(w, text, goal)


# ----- declarative --------------------------------------------------------------------------------------
def t161_dec_olden(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    if w.rng.random() < 0.5:
        b = _choice(w, [x for x in w.clear_blocks() if x != a and _fits(s, x)])
        if b is None:
            return None
        text = w.rng.choice([f"The {a} should rest upon the {b}.", f"The {a} is to sit atop the {b}."])
        return _act(w, text, rels(Rel("on", a, b)))
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    text = w.rng.choice([f"The {a} ought to lie within the {bowl}.", f"Within the {bowl} is where the {a} belongs."])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t161_dec_particle(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w) if s.is_clear(t)])
    if pair is None:
        return None
    a, b = pair.split("|")
    text = w.rng.choice([
        f"The {a} belongs down on the table rather than up on the {b}.",
        f"The {a} should be down on the table, not up on top of the {b}.",
    ])
    return _act(w, text, _flat_on(a))


def t161_dec_doubled(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    if w.rng.random() < 0.5:
        b = _choice(w, [x for x in w.clear_blocks() if x != a and _fits(s, x)])
        if b is None:
            return None
        return _act(w, f"The {a} should sit on top of the {b}.", rels(Rel("on", a, b)))
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    text = w.rng.choice([f"The {a} belongs inside of the {bowl}.", f"The {a} should end up inside of the {bowl}."])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t161_dec_heading(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    if w.rng.random() < 0.5:
        bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
        if bowl is None:
            return None
        text = w.rng.choice([f"The {a} needs to go over to the {bowl}.", f"The {a} has to head across to the {bowl}."])
        return _act(w, text, rels(Rel("in", a, bowl)))
    text = w.rng.choice([f"The {a} should be taken across to the bin.", f"The {a} is to go over to the bin."])
    return _act(w, text, rels(Rel("in_bin", a)))


def t161_dec_corner(w: World) -> Made:
    a = _choice(w, w.blocks)
    p = _choice(w, list(PLACES))
    if a is None or p is None:
        return None
    text = w.rng.choice([
        f"The {a} should be sitting {_place_words(w, p, 'be')}.",
        f"{_place_noun(w, p).capitalize()} is where the {a} belongs.",
    ])
    return _act(w, text, rels(Rel("at", a, p)))


def t161_dec_bare(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None or b is None or not _fits(s, b):
        return None
    text = w.rng.choice([
        f"The {a} and the {b} should end up stacked, {_one(b)} underneath.",
        f"When you're done, the {a} should be on top and the {b} right underneath it.",
    ])
    return _act(w, text, rels(Rel("on", a, b)))


# ----- desiderative -------------------------------------------------------------------------------------
def t161_des_olden(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    if w.rng.random() < 0.5:
        b = _choice(w, [x for x in w.clear_blocks() if x != a and _fits(s, x)])
        if b is None:
            return None
        text = w.rng.choice([f"I'd like the {a} set upon the {b}.", f"I want the {a} placed atop the {b}."])
        return _act(w, text, rels(Rel("on", a, b)))
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    return _act(w, f"I wish for the {a} to lie within the {bowl}.", rels(Rel("in", a, bowl)))


def t161_des_particle(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w) if s.is_clear(t)])
    if pair is None:
        return None
    a, b = pair.split("|")
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"I'd like you to pick the {a} up off the {b} and set it down in the {bowl}.",
        f"I want the {a} lifted up off the {b} and dropped down into the {bowl}.",
    ])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t161_des_doubled(w: World) -> Made:
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w)])
    if pair is None:
        return None
    c, a = pair.split("|")
    text = w.rng.choice([
        f"I want the {a} out from under the {c} and sitting on the table.",
        f"I'd like the {a} pulled out from underneath the {c} and set down on the table.",
    ])
    return _act(w, text, both(_flat_on(a), _off(c, a)))


def t161_des_heading(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    if w.rng.random() < 0.5:
        bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
        if bowl is None:
            return None
        text = w.rng.choice([
            f"I want the {a} carried over to the {bowl}.",
            f"Make it so that the {a} has gone across to the {bowl} and is in it.",
        ])
        there = [x for x in s.in_bowl(bowl) if x != a]
        if there:
            text = f"I'd like the {a} carried over to the {bowl}, to sit alongside the {there[0]} in there."
        return _act(w, text, rels(Rel("in", a, bowl)))
    text = w.rng.choice([f"I'd like the {a} moved across to the bin.", f"I want the {a} taken over to the bin."])
    return _act(w, text, rels(Rel("in_bin", a)))


def t161_des_corner(w: World) -> Made:
    a = _choice(w, w.blocks)
    p = _choice(w, list(PLACES))
    if a is None or p is None:
        return None
    noun = _place_noun(w, p)
    text = w.rng.choice([
        f"Make it so that {noun} has the {a} in it.",
        f"I'd like the {a} {_place_words(w, p, 'be')}.",
        f"What I want is the {a} sitting at {noun}.",
    ])
    return _act(w, text, rels(Rel("at", a, p)))


def t161_des_bare(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None or b is None or not _fits(s, a):
        return None
    text = w.rng.choice([
        f"I'd like the {a} and the {b} in a stack, {_one(a)} underneath.",
        f"Make it so the {a} is underneath and the {b} is on top.",
    ])
    return _act(w, text, rels(Rel("on", b, a)))


# ----- quantified ---------------------------------------------------------------------------------------
def t161_qua_olden(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if not inside:
        return None
    text = w.rng.choice([
        "Take every block that lies within a bowl and lay each one upon the table, not atop another block.",
        "Each block within a bowl is to be set upon the table itself, none of them atop another.",
    ])
    return _act(w, text, lambda _i, f: all(f.support[b] in _FLAT for b in inside))


def t161_qua_particle(w: World) -> Made:
    s = w.state
    bowl = _choice(w, w.bowls)
    if bowl is None:
        return None
    have = len(s.in_bowl(bowl))
    options = [n for n in (have + 1, have + 2) if n <= min(3, len(w.blocks))]
    if not options:
        return None
    n = w.rng.choice(options)
    word = _NUMBER[n] + (" block" if n == 1 else " blocks")
    text = w.rng.choice([
        f"Pick blocks up and set them down in the {bowl} until it holds exactly {word}.",
        f"Put down enough blocks in the {bowl} that it ends up with {word} in it, no more.",
    ])
    return _act(w, text, lambda _i, f: len(f.in_bowl(bowl)) == n)


def t161_qua_doubled(w: World) -> Made:
    s = w.state
    bowl = _choice(w, w.bowls)
    if bowl is None or len(s.in_bowl(bowl)) > 2:
        return None
    a, b = w.pick([x for x in w.blocks if s.base(x) != bowl], 2) or (None, None)
    if a is None or b is None:
        return None
    text = w.rng.choice([
        f"Put both the {a} and the {b} inside of the {bowl}.",
        f"Each of the two, the {a} and the {b}, goes inside of the {bowl}.",
    ])
    return _act(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t161_qua_heading(w: World) -> Made:
    text = w.rng.choice([
        "Move two of the blocks over to the bin, any two you like.",
        "Carry exactly two blocks across to the bin.",
    ])
    return _act(w, text, lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 2)


def t161_qua_corner(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = w.rng.choice([
        "Put a block in each of the four corners of the table.",
        "Every corner of the table should get a block: top left, top right, bottom left and bottom right.",
    ])
    return _act(w, text, lambda _i, f: all(f.count_at(p) >= 1 for p in _CORNERS))


def t161_qua_bare(w: World) -> Made:
    if not _pairs(w):
        return None
    text = w.rng.choice([
        "Make sure every block has nothing on top.",
        "Leave each and every block with nothing on top.",
    ])
    return _act(w, text, lambda _i, f: all(f.support[b] not in f.support for b in f.blocks))


# ----- negated ------------------------------------------------------------------------------------------
def t161_neg_olden(w: World) -> Made:
    a = _choice(w, w.blocks)
    if a is None:
        return None
    others = [b for b in w.blocks if b != a]
    text = w.rng.choice([
        f"Put every block save the {a} into the bin.",
        f"Cast all the blocks into the bin, save only the {a}, which is not to go in.",
    ])
    return _act(w, text, both(rels(*(Rel("in_bin", b) for b in others)), _not_binned(a)))


def t161_neg_particle(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w) if s.is_clear(t)])
    if pair is None:
        return None
    a, b = pair.split("|")
    text = w.rng.choice([
        f"Lift the {a} up off the {b}, but don't put it down on the table.",
        f"Pick the {a} up off the {b} and set it down somewhere that is not the table.",
    ])
    return _act(w, text, both(_off(a, b), lambda _i, f: f.support[a] not in _FLAT))


def t161_neg_doubled(w: World) -> Made:
    s = w.state
    a = _choice(w, [x for x in w.clear_blocks() if s.base(x) in s.bowls])
    if a is None:
        return None
    bowl = s.base(a)
    text = w.rng.choice([
        f"Get the {a} out of the {bowl}, but not into the bin.",
        f"Take the {a} out from inside of the {bowl} without dropping it into the bin.",
    ])
    return _act(w, text, lambda _i, f: f.base(a) not in (bowl, BIN))


def t161_neg_heading(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    bowl = _choice(w, w.bowls)
    a = _choice(w, [x for x in w.clear_blocks() if s.base(x) not in w.bowls or s.base(x) == bowl])
    if a is None or bowl is None:
        return None
    text = w.rng.choice([
        f"Move the {a} over to one of the bowls, just not the {bowl}.",
        f"Carry the {a} across to a bowl, but never to the {bowl}.",
    ])
    return _act(w, text, lambda _i, f: f.base(a) in f.bowls and f.base(a) != bowl)


def t161_neg_corner(w: World) -> Made:
    a = _choice(w, w.blocks)
    p = _choice(w, _CORNERS)
    if a is None or p is None:
        return None
    text = w.rng.choice([
        f"Put the {a} in a corner of the table, but not the {p}.",
        f"Move the {a} to any corner except the {p.removesuffix(' corner')} one.",
    ])
    return _act(w, text, lambda _i, f: f.base(a) in _CORNERS and f.base(a) != p)


def t161_neg_bare(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w) if s.is_clear(t)])
    if pair is None:
        return None
    c, a = pair.split("|")
    text = w.rng.choice([
        f"The {a} shouldn't be underneath the {c} any more; put it on top instead.",
        f"Don't leave the {a} underneath the {c}: swap the two so that {_one(a)} is on top.",
    ])
    return _act(w, text, both(rels(Rel("on", a, c)), _not_binned(c)))


# ----- relative -----------------------------------------------------------------------------------------
def t161_rel_olden(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w)])
    if pair is None:
        return None
    top, low = pair.split("|")
    form = w.rng.randrange(3)
    if form == 2:
        tower = {top, low, *_below(s, low), *s.above(top)}
        d = _choice(w, [x for x in w.clear_blocks() if x not in tower and _fits(s, x)])
        if d is None:
            return None
        return _act(w, f"Set the block atop the {low} upon the {d}.", rels(Rel("on", top, d)))
    a = top if form == 0 else low
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    if form == 0:
        text = f"Lay the block that rests upon the {low} within the {bowl}."
    else:
        text = f"The block that lies beneath the {top}: place it within the {bowl}."
    return _act(w, text, rels(Rel("in", a, bowl)))


def t161_rel_particle(w: World) -> Made:
    s = w.state
    bowl = _choice(w, [x for x in w.bowls if len(s.in_bowl(x)) == 1])
    if bowl is None:
        return None
    a = s.in_bowl(bowl)[0]
    text = w.rng.choice([
        f"Pick up the block sitting in the {bowl} and put it down on the table.",
        f"Lift the block in the {bowl} up and out, and set it down on the table.",
    ])
    return _act(w, text, _flat_on(a))


def t161_rel_doubled(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w)])
    if pair is None:
        return None
    c, a = pair.split("|")
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"Pull the block out from under the {c} and put it inside of the {bowl}.",
        f"Take the block from underneath the {c} and set it inside of the {bowl}.",
    ])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t161_rel_heading(w: World) -> Made:
    s = w.state
    b = _choice(w, w.in_bowls())
    if b is None:
        return None
    bowl = s.base(b)
    a = _choice(w, [x for x in w.clear_blocks() if s.base(x) != bowl])
    if a is None:
        return None
    text = w.rng.choice([
        f"Move the {a} over to the bowl that the {b} is sitting in.",
        f"Carry the {a} across to whichever bowl holds the {b}.",
    ])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t161_rel_corner(w: World) -> Made:
    s = w.state
    c = _choice(w, [x for x in w.blocks if _below(s, x)])
    if c is None:
        return None
    bottom = _below(s, c)[-1]
    p = _choice(w, list(PLACES))
    if p is None:
        return None
    text = w.rng.choice([
        f"Put the block at the bottom of the {c}'s stack {_place_words(w, p)}.",
        f"Take the block at the very bottom of the stack the {c} is part of and move it {_place_words(w, p, 'move')}.",
    ])
    return _act(w, text, rels(Rel("at", bottom, p)))


def t161_rel_bare(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w)])
    if pair is None:
        return None
    a, b = pair.split("|")
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"The {b} has a block on top; put that one in the {bowl}.",
        f"The {b} has something on top. Move that block into the {bowl}.",
    ])
    return _act(w, text, rels(Rel("in", a, bowl)))


# ----- keep ---------------------------------------------------------------------------------------------
def t161_keep_olden(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None or b is None or not _fits(s, b):
        return None
    c = _choice(w, [x for x in w.blocks if x not in (a, b)])
    if c is None:
        return None
    text = w.rng.choice([
        f"Place the {a} upon the {b}, but leave the {c} where it lies.",
        f"Set the {a} atop the {b} and let the {c} remain as it is.",
    ])
    return _act(w, text, both(rels(Rel("on", a, b)), kept(c)))


def t161_keep_particle(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    others = [x for x in w.blocks if x != a]
    text = w.rng.choice([
        f"Put the {a} down in the {bowl} and leave everything else alone.",
        f"Pick up the {a}, set it down in the {bowl}, and leave all the other blocks be.",
    ])
    return _act(w, text, both(rels(Rel("in", a, bowl)), kept(*others)))


def t161_keep_doubled(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w) if s.is_clear(t)])
    if pair is None:
        return None
    a, b = pair.split("|")
    c = _choice(w, [x for x in w.blocks if x not in (a, b)])
    if c is None:
        return None
    text = w.rng.choice([
        f"Take the {a} off of the {b} and put it in the bin, without moving the {c}.",
        f"Get the {a} off of the {b} and into the bin, but keep the {c} just where it is.",
    ])
    return _act(w, text, both(rels(Rel("in_bin", a)), kept(c)))


def t161_keep_heading(w: World) -> Made:
    s = w.state
    a = _choice(w, w.clear_blocks())
    if a is None:
        return None
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    b, c = w.pick([x for x in w.blocks if x != a], 2) or (None, None)
    if bowl is None or b is None or c is None:
        return None
    text = w.rng.choice([
        f"Move the {a} over to the {bowl}, keeping the {b} and the {c} right where they are.",
        f"Carry the {a} across to the {bowl}; the {b} and the {c} stay where they are.",
    ])
    return _act(w, text, both(rels(Rel("in", a, bowl)), kept(b, c)))


def t161_keep_corner(w: World) -> Made:
    a = _choice(w, w.clear_blocks())
    p = _choice(w, list(PLACES))
    if a is None or p is None:
        return None
    others = [x for x in w.blocks if x != a]
    text = w.rng.choice([
        f"Put the {a} {_place_words(w, p)}; the rest of the blocks stay put.",
        f"Move the {a} {_place_words(w, p, 'move')} and don't move any other block.",
    ])
    return _act(w, text, both(rels(Rel("at", a, p)), kept(*others)))


def t161_keep_bare(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w)])
    if pair is None:
        return None
    c, d = pair.split("|")
    a = _choice(w, [x for x in w.clear_blocks() if x not in (c, d)])
    if a is None:
        return None
    b = _choice(w, [x for x in w.clear_blocks() if x not in (a, d) and _fits(s, x)])
    if b is None:
        return None
    text = w.rng.choice([
        f"Put the {a} on the {b} and leave the {d} with the {c} still on top.",
        f"Stack the {a} onto the {b}; the {d} keeps the {c} on top, as it is now.",
        f"Set the {a} down on the {b}, but leave the {c} where it is, with the {d} right below it.",
    ])
    return _act(w, text, both(rels(Rel("on", a, b)), kept(c, d)))


# ----- multi_step ---------------------------------------------------------------------------------------
def t161_multi_olden(w: World) -> Made:
    s = w.state
    picked = w.pick(w.clear_blocks(), 3)
    if not picked:
        return None
    a, b, c = picked
    if not _fits(s, b, 2):
        return None
    text = w.rng.choice([
        f"First set the {a} upon the {b}, then lay the {c} atop the {a}.",
        f"Place the {a} upon the {b}; thereafter set the {c} upon the {a}.",
    ])
    return _act(w, text, rels(Rel("on", a, b), Rel("on", c, a)))


def t161_multi_particle(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w) if s.is_clear(t)])
    if pair is None:
        return None
    a, b = pair.split("|")
    bowl = _choice(w, [x for x in w.bowls if s.base(a) != x])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"Lift the {a} up off the {b} and put it down in the {bowl}; after that, set the {b} down on top of it.",
        f"Pick the {a} up off the {b}, drop it into the {bowl}, and then lay the {b} down onto the {a}.",
    ])
    return _act(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def t161_multi_doubled(w: World) -> Made:
    s = w.state
    a = _choice(w, [x for x in w.clear_blocks() if s.base(x) in s.bowls])
    if a is None:
        return None
    bowl = s.base(a)
    b = _choice(w, [x for x in w.clear_blocks() if x != a and s.base(x) != bowl and _fits(s, x)])
    if b is None:
        return None
    c = _choice(w, [x for x in w.clear_blocks() if x not in (a, b) and s.base(x) != bowl])
    if c is None:
        return None
    text = w.rng.choice([
        f"Take the {a} out of the {bowl}, put it on top of the {b}, and then put the {c} inside of the {bowl}.",
        f"First get the {a} out from inside of the {bowl} and onto the top of the {b}; then the {c} goes into the "
        f"{bowl}, in among whatever is left there.",
    ])
    return _act(w, text, rels(Rel("on", a, b), Rel("in", c, bowl)))


def t161_multi_heading(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None or b is None:
        return None
    bowl = _choice(w, [x for x in w.bowls if s.base(b) != x])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"Move the {a} over to the bin, then carry the {b} across to the {bowl}.",
        f"First take the {b} over to the {bowl} and put it in; after that, send the {a} across to the bin.",
    ])
    return _act(w, text, rels(Rel("in_bin", a), Rel("in", b, bowl)))


def t161_multi_corner(w: World) -> Made:
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None or b is None:
        return None
    if w.rng.random() < 0.5:
        text = (f"First put the {a} into the middle of the table, then set the {b} down in the middle too, "
                f"beside it rather than on top of it.")
        return _act(w, text, lambda _i, f: f.support[a] == "middle" and f.support[b] == "middle")
    p, q = w.pick(list(PLACES), 2)
    text = f"Put the {a} {_place_words(w, p)}, and after that move the {b} {_place_words(w, q, 'move')}."
    return _act(w, text, rels(Rel("at", a, p), Rel("at", b, q)))


def t161_multi_bare(w: World) -> Made:
    s = w.state
    pair = _choice(w, [f"{t}|{u}" for t, u in _pairs(w) if s.is_clear(t)])
    if pair is None:
        return None
    a, b = pair.split("|")
    text = w.rng.choice([
        f"Take the block on top of the {b} off, put it on the table, then put the {b} on top.",
        f"Lift off whatever is on top of the {b} and set it on the table; next, the {b} goes on top.",
    ])
    return _act(w, text, both(_flat_on(a), rels(Rel("on", b, a))))


# ----- question -----------------------------------------------------------------------------------------
def t161_q_olden(w: World) -> Made:
    s = w.state
    pairs = _pairs(w)
    if pairs and w.rng.random() < 0.4:
        a, b = w.rng.choice(pairs)
        if w.rng.random() < 0.5:
            text = w.rng.choice([f"What lies beneath the {a}?", f"Which block is beneath the {a}?"])
            return _ask(text, f"{_colour_of(w, b)}|block")
        text = w.rng.choice([f"What lies upon the {b}?", f"Which block rests atop the {b}?"])
        return _ask(text, f"{_colour_of(w, a)}|block")
    a, b = w.pick(w.blocks, 2) or (None, None)
    if a is None or b is None:
        return None
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    text = w.rng.choice([f"Is the {a} resting upon the {b}?", f"Does the {a} sit atop the {b}?"])
    return _ask(text, yes(s.support[a] == b))


def t161_q_particle(w: World) -> Made:
    s = w.state
    a = _choice(w, [x for x in w.blocks if s.above(x)])
    if a is None:
        return None
    n = len(s.above(a))
    text = w.rng.choice([
        f"How many blocks would you have to lift off before you could pick up the {a}?",
        f"How many blocks must come off the top before the {a} can be picked up?",
    ])
    return _ask(text, str(n))


def t161_q_doubled(w: World) -> Made:
    s = w.state
    full = [x for x in w.bowls if s.in_bowl(x)]
    if full and w.rng.random() < 0.5:
        bowl = w.rng.choice(full)
        return _ask(f"How many blocks are inside of the {bowl}?", str(len(s.in_bowl(bowl))))
    bowl = _choice(w, w.bowls)
    inside = s.in_bowl(bowl) if bowl else []
    a = _choice(w, inside if inside and w.rng.random() < 0.5 else w.blocks)
    if a is None or bowl is None:
        return None
    text = w.rng.choice([f"Is the {a} inside of the {bowl}?", f"Is the {a} sitting inside of the {bowl} right now?"])
    return _ask(text, yes(s.base(a) == bowl))


def t161_q_heading(w: World) -> Made:
    s = w.state
    a = _choice(w, [x for x in w.blocks if 1 <= len(s.above(x)) <= 2 and s.base(x) != BIN])
    if a is None:
        return None
    over = s.above(a)
    colours = "|".join(_colour_of(w, x) for x in over)
    if len(over) == 1:
        text = f"Which block would I need to move out of the way before carrying the {a} over to the bin?"
    else:
        text = f"Which blocks would have to be moved away from the {a} before it could go across to the bin?"
    return _ask(text, colours)


def t161_q_corner(w: World) -> Made:
    p = _choice(w, list(PLACES))
    if p is None:
        return None
    noun = _place_noun(w, p)
    any_there = w.state.count_at(p) > 0
    if w.rng.random() < 0.5:
        text = w.rng.choice([f"Is there a block in {noun}?", f"Is anything sitting over in {noun}?"])
        return _ask(text, yes(any_there))
    text = w.rng.choice([f"Is {noun} free of blocks?", f"Is {noun} empty at the moment?"])
    return _ask(text, yes(not any_there))


def t161_q_bare(w: World) -> Made:
    s = w.state
    pairs = _pairs(w)
    if pairs and w.rng.random() < 0.5:
        top, low = w.rng.choice(pairs)
        x, y = (top, low) if w.rng.random() < 0.5 else (low, top)
        return _ask(f"Are the {x} and the {y} stacked with {_one(x)} on top?", yes(x == top))
    a = _choice(w, w.blocks)
    if a is None:
        return None
    text = w.rng.choice([f"Does the {a} have a block on top?", f"Has the {a} got anything on top?"])
    return _ask(text, yes(not s.is_clear(a)))


# ----- matching -----------------------------------------------------------------------------------------
def _match_bowl(w: World, a: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(a)), None)


def _unmatched(w: World) -> list[str]:
    """Blocks with a bowl of their colour that they are not in yet."""
    s = w.state
    return [a for a in w.blocks if (m := _match_bowl(w, a)) is not None and s.base(a) != m]


def t161_match_olden(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = w.rng.choice([
        "Place each block within the bowl of its own colour, wherever such a bowl exists.",
        "Let every block that shares its hue with a bowl be laid within that bowl.",
    ])
    return _act(w, text, rels(*matching(w)))


def t161_match_particle(w: World) -> Made:
    a = _choice(w, _unmatched(w))
    if a is None:
        return None
    bowl = _match_bowl(w, a)
    assert bowl is not None
    text = w.rng.choice([
        f"Pick the {a} up and drop it into the bowl that matches it.",
        f"Pick up the {a} and put it down in the bowl of the same colour.",
    ])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t161_match_doubled(w: World) -> Made:
    a = _choice(w, _unmatched(w))
    if a is None:
        return None
    bowl = _match_bowl(w, a)
    assert bowl is not None
    text = w.rng.choice([
        f"Put the block that's the same colour as the {bowl} inside of it.",
        f"Take the block matching the {bowl} and put it inside of that bowl.",
    ])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t161_match_heading(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = w.rng.choice([
        "Every block whose colour matches a bowl should go over to that bowl.",
        "Move every block that has a bowl of the same colour across to that bowl.",
    ])
    return _act(w, text, rels(*matching(w)))


def t161_match_corner(w: World) -> Made:
    a = _choice(w, [x for x in w.blocks if _match_bowl(w, x) is not None])
    p = _choice(w, list(PLACES))
    if a is None or p is None:
        return None
    bowl = _match_bowl(w, a)
    text = w.rng.choice([
        f"Put the block that matches the {bowl} {_place_words(w, p)}.",
        f"The block the same colour as the {bowl} goes {_place_words(w, p, 'go')}.",
    ])
    return _act(w, text, rels(Rel("at", a, p)))


def t161_match_bare(w: World) -> Made:
    a = _choice(w, [x for x in w.blocks if _match_bowl(w, x) is not None])
    if a is None:
        return None
    bowl = _match_bowl(w, a)
    assert bowl is not None
    text = w.rng.choice([
        f"The block that matches the {bowl} should go into it, with nothing on top.",
        f"Put the block of the same colour as the {bowl} in it, and leave nothing on top.",
    ])
    return _act(w, text, rels(Rel("in", a, bowl), Rel("clear", a)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("olden", "particle", "doubled", "heading", "corner", "bare")
FRESH161: list[Template] = [
    (f"t161_{short}_{style}", category, globals()[f"t161_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
