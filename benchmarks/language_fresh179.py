"""`FRESH179`, the hundred-and-eightieth untuned batch: sixty language templates, six per category, for the offline
planner.

The theme is time words and the order of steps. People say when each step happens with "before", "after", "once",
"as soon as", "but first", "before that", "first ... then ... last", "start by ... finish by", with steps given as
what must be true at each stage, and with "now", "still", "any more" and "at the moment" set against what should
come after; the order they say the steps in is often not the order they are done. Only the end state is checked,
so every check accepts any end state that does what the words mean, in any order the robot chooses, and most
instances are built so that the wrong order leaves a different end state (a block stacked too early could not be
moved, a block that goes "where X was" can only go there once X has left, a block taken off and put back ends on
top). A block that is only to be taken off or out of something, with no place named, may go anywhere but back there
or the bin; a block put "on the table" must rest directly on it (a named place counts); nothing may be left in the
gripper. Questions ask what is true now ("what is on X right now?", "is W still empty?") and are answered from
the scene. The six styles:

- before: "Before you put the red block in the blue bowl, take the green block out of it."
- after: "Once the red block is in the bin, the green block sits on the blue block in its place."
- first: "Put the red block on the green block, but first clear everything off the green block."
- seq: "Start by putting the red block in the blue bowl, then stack the green block on it, and finish by dropping
  the yellow block in the bin."
- stages: "At the start the red block is on the green block. Halfway through, the red block is on the table. At
  the end, the green block is on the red block."
- now: "The red block is on the green block right now. Move it so it's in the bin instead."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on b7cf361, the code of db025e1, before anything it could prompt): 0.5033
goal-correct (151 of 300), 129 refused, 7 asked. Seven wrong actions: "At the moment X is in W. I want Y in there
instead of it." put Y in W and left X there; "Stage one: X is in W. Stage two: Y is in it too, and W holds exactly two
blocks." put a third block in W (the count was read against the table as it was at the start); "Once every block in W
has gone into the bin, put X in there" put X in the bin, not in W. Six wrong replies: questions led by a time phrase
('After all this time, is X still on Y?', 'At this point, is there anything on top of X?', 'To begin with, how many
...?') got the help text. The refusals were the time words themselves: steps said with 'before' after the step they
precede ('I want X in the bin, but before it goes, take Y off it'), 'first' said last, goals said as stages ('At the
start ... Halfway through ... At the end ...'), 'for now' and 'at present' beside the goal, and 'instead of it'.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.planner_language import Made, Template, World, answered, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.symbolic import SymState

_CAP = layout.BOWL_CAPACITY
_TALL = layout.MAX_TOWER
Test = Callable[[SymState, SymState], bool]


# ----- helpers ----------------------------------------------------------------------------------------------------
def _act(w: World, text: str, test: Test) -> Made:
    """An action instance: nothing left in the gripper and `test` on the end state; None if it already holds."""
    def check(i: SymState, f: SymState) -> bool:
        return f.held is None and bool(test(i, f))

    if check(w.state, w.state):
        return None
    return text, check


def _say(w: World, *texts: str) -> str:
    return w.rng.choice(texts)


def _one(w: World, items: list) -> object:
    return w.rng.choice(items) if items else None


def _table(f: SymState, b: str) -> bool:
    """Resting directly on the table (a named place on it counts)."""
    return f.support[b] in (TABLE, *PLACES)


def _binned(f: SymState, b: str) -> bool:
    return f.base(b) == BIN


def _in(f: SymState, b: str, bowl: str) -> bool:
    return f.base(b) == bowl


def _at(f: SymState, b: str, place: str) -> bool:
    return f.base(b) == place


def _out(f: SymState, b: str, bowl: str) -> bool:
    """Taken out of `bowl` to anywhere but the bin."""
    return f.base(b) not in (bowl, BIN)


def _away(f: SymState, b: str, under: str) -> bool:
    """Taken off block `under` (no longer anywhere above it), and not thrown in the bin."""
    return b not in f.above(under) and f.base(b) != BIN


def _kept(i: SymState, f: SymState, b: str) -> bool:
    return i.support[b] == f.support[b]


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= _CAP


def _depth(s: SymState, b: str) -> int:
    """How many blocks from `b` down to what its tower stands on, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _where(s: SymState, b: str) -> str:
    sup = s.support[b]
    if sup == TABLE:
        return "on the table"
    if sup in s.bowls or sup in PLACES or sup == BIN:
        return f"in the {sup}"
    return f"on the {sup}"


def _at_spot(f: SymState, b: str, spot: str) -> bool:
    """`b` rests where the block that left `spot` rested: on that block, or in that bowl."""
    return f.support[b] == spot if spot in f.support else f.base(b) == spot


def _clear(w: World) -> list[str]:
    return w.clear_blocks()


def _lone_tops(w: World) -> list[tuple[str, str]]:
    """(top, below): `top` is the only block above `below`."""
    s = w.state
    return [(t, b) for t, b in w.pairs() if s.above(b) == [t]]


def _filled(w: World) -> list[str]:
    return [b for b in w.bowls if w.state.in_bowl(b)]


def _place(w: World) -> str:
    return w.rng.choice(PLACES)


def _bowl_of(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for blocks that have one."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _targets(w: World, x: str) -> list[tuple[str, Test]]:
    """Somewhere to move clear block `x` that it is not already: (phrase, test on the end state)."""
    s = w.state
    out: list[tuple[str, Test]] = [("in the bin", lambda _i, f: _binned(f, x))]
    p = _place(w)
    out.append((f"in the {p}", lambda _i, f: _at(f, x, p)))
    if not _table(s, x):
        out.append(("on the table", lambda _i, f: _table(f, x)))
    for bowl in w.bowls:
        if s.base(x) != bowl and _room(s, bowl):
            out.append((f"in the {bowl}", lambda _i, f, bowl=bowl: _in(f, x, bowl)))
    return out


# ----- imperative -------------------------------------------------------------------------------------------------
def t179_imp_before(w: World) -> Made:
    s = w.state
    full = [(y, b) for b in w.bowls for y in _clear(w) if s.base(y) == b]
    if not full:
        return None
    y, bowl = w.rng.choice(full)
    x = _one(w, [b for b in _clear(w) if s.base(b) != bowl])
    if x is None:
        return None
    text = _say(
        w,
        f"Before you put the {x} in the {bowl}, take the {y} out of it.",
        f"Before the {x} goes into the {bowl}, lift the {y} out of that bowl.",
        f"Take the {y} out of the {bowl} before you put the {x} in there.",
    )
    return _act(w, text, lambda _i, f: _in(f, x, bowl) and _out(f, y, bowl))


def t179_imp_after(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in _clear(w) if s.support[b] != TABLE])
    if x is None:
        return None
    spot = s.support[x]
    y = _one(w, [b for b in _clear(w) if b != x and s.base(b) != spot])
    if y is None:
        return None
    p, old = _place(w), _where(s, x)
    text = _say(
        w,
        f"After you've moved the {x} to the {p}, put the {y} where the {x} was, {old}.",
        f"Once the {x} is in the {p}, put the {y} {old}, where the {x} used to be.",
        f"As soon as you've shifted the {x} over to the {p}, set the {y} down {old} in its place.",
    )
    return _act(w, text, lambda _i, f: _at(f, x, p) and _at_spot(f, y, spot))


def t179_imp_first(w: World) -> Made:
    s = w.state
    y = _one(w, [b for b in w.blocks if not s.is_clear(b) and _depth(s, b) < _TALL])
    if y is None:
        return None
    tops = s.above(y)
    x = _one(w, [b for b in _clear(w) if b not in tops and b != y])
    if x is None:
        return None
    text = _say(
        w,
        f"Put the {x} on the {y}, but first clear everything off the {y}.",
        f"Stack the {x} on top of the {y}; before that, take whatever is on the {y} off it.",
        f"Get the {x} onto the {y}. Before you do, though, lift off every block that's sitting on the {y}.",
    )
    return _act(w, text, lambda _i, f: f.support[x] == y and f.on_top(y) == [x]
                and all(_away(f, t, y) for t in tops))


def t179_imp_seq(w: World) -> Made:
    s = w.state
    clear = _clear(w)
    if len(clear) < 2:
        return None
    x, y = w.rng.sample(clear, 2)
    bowl = _one(w, [b for b in w.bowls if s.base(x) != b and _room(s, b, 2)])
    if bowl is None:
        return None
    rest = [b for b in clear if b not in (x, y)]
    z = _one(w, rest) if w.rng.random() < 0.7 else None
    if z is None:
        text = _say(
            w,
            f"Start by putting the {x} in the {bowl}, and finish by stacking the {y} on top of it.",
            f"First put the {x} in the {bowl}; then put the {y} on it.",
        )
        return _act(w, text, lambda _i, f: _in(f, x, bowl) and f.support[y] == x)
    text = _say(
        w,
        f"Start by putting the {x} in the {bowl}, then stack the {y} on it, and finish by dropping the {z} in the "
        f"bin.",
        f"First the {x} goes in the {bowl}; next, put the {y} on top of it; last of all, put the {z} in the bin.",
        f"To begin, put the {x} into the {bowl}. After that, set the {y} on the {x}. Finally, throw the {z} in the "
        f"bin.",
    )
    return _act(w, text, lambda _i, f: _in(f, x, bowl) and f.support[y] == x and _binned(f, z))


def t179_imp_stages(w: World) -> Made:
    s = w.state
    clear = _clear(w)
    if len(clear) < 2:
        return None
    x, y = w.rng.sample(clear, 2)
    if s.support[x] != TABLE:
        where, test = "on the table", (lambda f: _table(f, x))
    else:
        p = _place(w)
        where, test = f"in the {p}", (lambda f: _at(f, x, p))
    text = _say(
        w,
        f"Take it in stages: first get the {x} {where}, then get the {y} on top of it.",
        f"Work through two stages: get to where the {x} is {where}, and from there get to where the {y} sits on "
        f"the {x}.",
        f"Stage one: the {x} ends up {where}. Stage two: the {y} ends up on the {x}. Do both, in that order.",
    )
    return _act(w, text, lambda _i, f: test(f) and f.support[y] == x)


def t179_imp_now(w: World) -> Made:
    s = w.state
    x = _one(w, _clear(w))
    if x is None:
        return None
    tgt, test = w.rng.choice(_targets(w, x))
    where = _where(s, x)
    text = _say(
        w,
        f"The {x} is {where} right now. Move it so it's {tgt} instead.",
        f"At the moment the {x} is {where}; put it {tgt}.",
        f"Right now the {x} sits {where}. Take it from there and put it {tgt}.",
    )
    return _act(w, text, test)


# ----- declarative ------------------------------------------------------------------------------------------------
def t179_dec_before(w: World) -> Made:
    clear = _clear(w)
    if len(clear) < 2:
        return None
    x, y = w.rng.sample(clear, 2)
    p = _place(w)
    text = _say(
        w,
        f"The {x} is in the {p} before the {y} goes on top of it: at the end, the {y} sits on the {x} there.",
        f"Before the {y} is on the {x}, the {x} is in the {p}. The {y} is on the {x} at the end.",
        f"In the end the {y} is on top of the {x}, and before the {y} is put there, the {x} is in the {p}.",
    )
    return _act(w, text, lambda _i, f: _at(f, x, p) and f.support[y] == x)


def t179_dec_after(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in _clear(w) if s.support[b] != TABLE])
    if x is None:
        return None
    spot = s.support[x]
    y = _one(w, [b for b in _clear(w) if b != x and s.base(b) != spot])
    if y is None:
        return None
    old = _where(s, x)
    text = _say(
        w,
        f"After the {x} is in the bin, the {y} is {old}, where the {x} used to be.",
        f"Once the {x} has gone into the bin, the {y} sits {old} in its place.",
        f"The {x} is in the bin, and after it has gone, the {y} is {old}.",
    )
    return _act(w, text, lambda _i, f: _binned(f, x) and _at_spot(f, y, spot))


def t179_dec_first(w: World) -> Made:
    s = w.state
    pair = _one(w, _lone_tops(w))
    if pair is None:
        return None
    y, x = pair
    bowl = _one(w, [b for b in w.bowls if s.base(x) != b and _room(s, b)])
    if bowl is None:
        return None
    text = _say(
        w,
        f"The {x} is in the bin; before that, the {y} is off it and in the {bowl}.",
        f"The {x} is in the bin, but first the {y} is lifted off it into the {bowl}.",
        f"The {y} is in the {bowl} and the {x} is in the bin; the {y} comes off the {x} first.",
    )
    return _act(w, text, lambda _i, f: _binned(f, x) and _in(f, y, bowl))


def t179_dec_seq(w: World) -> Made:
    s = w.state
    options = [(y, x, b) for y, x in _lone_tops(w) for b in w.bowls if s.base(x) != b and _room(s, b, 2)]
    if options and w.rng.random() < 0.6:
        y, x, bowl = w.rng.choice(options)
        text = _say(
            w,
            f"First the {y} is off the {x} and on the table, then the {x} is in the {bowl}, and last the {y} is "
            f"back on top of the {x}.",
            f"To begin with, the {y} is on the table instead of on the {x}; next the {x} is in the {bowl}; "
            f"finally the {y} is on the {x} again.",
        )
        return _act(w, text, lambda _i, f: _in(f, x, bowl) and f.support[y] == x)
    clear = _clear(w)
    if len(clear) < 3:
        return None
    x, y, z = w.rng.sample(clear, 3)
    bowl = _one(w, [b for b in w.bowls if s.base(y) != b and _room(s, b, 2)])
    if bowl is None:
        return None
    text = _say(
        w,
        f"First the {x} is in the bin, then the {y} is in the {bowl}, and last the {z} is on the {y}.",
        f"The {x} is in the bin first. Then the {y} is in the {bowl}. Last, the {z} is on top of the {y}.",
    )
    return _act(w, text, lambda _i, f: _binned(f, x) and _in(f, y, bowl) and f.support[z] == y)


def t179_dec_stages(w: World) -> Made:
    s = w.state
    pairs = _lone_tops(w)
    if pairs and w.rng.random() < 0.7:
        x, y = w.rng.choice(pairs)
        text = _say(
            w,
            f"At the start the {x} is on the {y}. Halfway through, the {x} is on the table. At the end, the {y} "
            f"is on the {x}.",
            f"Now: the {x} on the {y}. Midway: the {x} on the table by itself. Finally: the {y} on top of the "
            f"{x}.",
        )
        return _act(w, text, lambda _i, f: _table(f, x) and f.support[y] == x)
    clear = _clear(w)
    if len(clear) < 3:
        return None
    x, y, z = w.rng.sample(clear, 3)
    bowl = _one(w, [b for b in w.bowls if s.base(x) != b and _room(s, b, 3)])
    if bowl is None:
        return None
    text = _say(
        w,
        f"Stage one: the {x} is in the {bowl}. Stage two: the {y} is on the {x}. Stage three: the {z} is on the "
        f"{y}.",
        f"At first the {x} is in the {bowl}; a bit later the {y} is on it; by the end the {z} is on the {y}.",
    )
    return _act(w, text, lambda _i, f: _in(f, x, bowl) and f.support[y] == x and f.support[z] == y)


def t179_dec_now(w: World) -> Made:
    s = w.state
    x = _one(w, _clear(w))
    if x is None:
        return None
    tgt, test = w.rng.choice(_targets(w, x))
    where = _where(s, x)
    text = _say(
        w,
        f"Right now the {x} is {where}; by the end it is {tgt}.",
        f"The {x} is {where} at present, but when you're finished it is {tgt}.",
        f"The {x}, which is {where} for now, ends up {tgt}.",
    )
    return _act(w, text, test)


# ----- desiderative -----------------------------------------------------------------------------------------------
def t179_des_before(w: World) -> Made:
    pair = _one(w, _lone_tops(w))
    if pair is None:
        return None
    y, x = pair
    text = _say(
        w,
        f"I want the {x} in the bin, but before it goes, take the {y} off it and put the {y} on the table.",
        f"I'd like the {x} thrown in the bin. Before that happens, the {y} needs to come off it and go on the table.",
        f"Make it so that the {x} is in the bin; before you bin it, though, set the {y} from on top of it down on "
        f"the table.",
    )
    return _act(w, text, lambda _i, f: _binned(f, x) and _table(f, y))


def t179_des_after(w: World) -> Made:
    s = w.state
    options = [(x, y, b) for x, y in _lone_tops(w) for b in w.bowls if s.base(y) != b and _room(s, b)]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    text = _say(
        w,
        f"I'd like the {x} taken off the {y}, and once it's off, I want the {y} in the {bowl}.",
        f"Once the {x} is off the {y}, I'd like the {y} moved into the {bowl}.",
        f"As soon as the {x} has been lifted off the {y}, make it so that the {y} is in the {bowl}.",
    )
    return _act(w, text, lambda _i, f: _in(f, y, bowl) and _away(f, x, y))


def t179_des_first(w: World) -> Made:
    s = w.state
    clear = _clear(w)
    if len(clear) < 2:
        return None
    x, y = w.rng.sample(clear, 2)
    bowl = _one(w, [b for b in w.bowls if s.base(y) != b and _room(s, b, 2)])
    if bowl is None:
        return None
    text = _say(
        w,
        f"I'd like the {x} stacked on the {y}, but before that I want the {y} in the {bowl}.",
        f"I want the {x} on top of the {y}; first, though, the {y} should go into the {bowl}.",
        f"Make it so that the {x} sits on the {y}, but first put the {y} in the {bowl}.",
    )
    return _act(w, text, lambda _i, f: _in(f, y, bowl) and f.support[x] == y)


def t179_des_seq(w: World) -> Made:
    clear = _clear(w)
    if len(clear) < 2:
        return None
    if len(clear) >= 3 and w.rng.random() < 0.7:
        x, y, z = w.rng.sample(clear, 3)
        text = _say(
            w,
            f"I want three things, in this order: the {x} on the table, the {y} on the {x}, then the {z} on the {y}.",
            f"First I'd like the {x} on the table, then the {y} on top of it, and last the {z} on top of the {y}.",
            f"I'd like you to start with the {x} on the table, go on to put the {y} on it, and finish with the {z} "
            f"on the {y}.",
        )
        return _act(w, text, lambda _i, f: _table(f, x) and f.support[y] == x and f.support[z] == y)
    x, y = w.rng.sample(clear, 2)
    text = _say(
        w,
        f"I'd like the {x} on the table first, and then the {y} on top of it.",
        f"First I want the {x} set on the table; after that, I want the {y} stacked on it.",
    )
    return _act(w, text, lambda _i, f: _table(f, x) and f.support[y] == x)


def t179_des_stages(w: World) -> Made:
    s = w.state
    bowl = _one(w, _filled(w))
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    x = _one(w, [b for b in _clear(w) if b not in inside])
    if x is None:
        return None
    text = _say(
        w,
        f"I want the {bowl} to be empty at some point, and by the end I want the {x} in it on its own.",
        f"At some stage the {bowl} should be emptied; when everything's done, I'd like just the {x} in it.",
        f"Make it so that the {bowl} is empty first and, at the end, holds the {x} and nothing else.",
    )
    return _act(w, text, lambda _i, f: f.in_bowl(bowl) == [x] and all(_out(f, b, bowl) for b in inside))


def t179_des_now(w: World) -> Made:
    s = w.state
    options = [(a, b) for b in w.bowls for a in _clear(w) if s.base(a) == b]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    y = _one(w, [b for b in _clear(w) if s.base(b) != bowl])
    if y is None:
        return None
    shapes = [
        f"The {bowl} has the {a} in it right now; I'd like it to have the {y} in it instead.",
        f"At the moment the {a} is in the {bowl}. I want the {y} in there instead of it.",
    ]
    if s.in_bowl(bowl) == [a]:
        shapes.append(f"Right now it's the {a} that's in the {bowl}; I'd rather it were the {y}.")
    return _act(w, w.rng.choice(shapes), lambda _i, f: _in(f, y, bowl) and _out(f, a, bowl))


# ----- quantified -------------------------------------------------------------------------------------------------
def t179_qua_before(w: World) -> Made:
    s = w.state
    bowl = _one(w, _filled(w))
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    x = _one(w, [b for b in _clear(w) if b not in inside])
    if x is None:
        return None
    text = _say(
        w,
        f"Before you put the {x} in the {bowl}, take every block out of it.",
        f"Before the {x} goes in, empty the {bowl} of all its blocks; then put the {x} in it.",
        f"Take all the blocks out of the {bowl} before you put the {x} in there.",
    )
    return _act(w, text, lambda _i, f: f.in_bowl(bowl) == [x] and all(_out(f, b, bowl) for b in inside))


def t179_qua_after(w: World) -> Made:
    s = w.state
    bowl = _one(w, _filled(w))
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    x = _one(w, [b for b in _clear(w) if b not in inside])
    if x is None:
        return None
    text = _say(
        w,
        f"After all the blocks in the {bowl} are in the bin, put the {x} in the {bowl}.",
        f"Once every block in the {bowl} has gone into the bin, put the {x} in there.",
        f"As soon as each block that was in the {bowl} is in the bin, put the {x} in that bowl.",
    )
    return _act(w, text, lambda _i, f: _in(f, x, bowl) and all(_binned(f, b) for b in inside))


def t179_qua_first(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in w.blocks if not s.is_clear(b)])
    if x is None:
        return None
    tops = s.above(x)
    p = _place(w)
    text = _say(
        w,
        f"Move the {x} to the {p}, but first take every block off it.",
        f"Put the {x} in the {p}; before that, lift each block that's on top of it off.",
        f"The {x} needs to go to the {p}, but first get all the blocks above it off.",
    )
    return _act(w, text, lambda _i, f: _at(f, x, p) and all(_away(f, t, x) for t in tops))


def t179_qua_seq(w: World) -> Made:
    s = w.state
    bowl = _one(w, _filled(w))
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    x = _one(w, [b for b in _clear(w) if b not in inside])
    if x is None:
        return None
    other = _one(w, [b for b in w.bowls if b != bowl and _room(s, b, len(inside))])
    if other is not None:
        text = _say(
            w,
            f"First put all the blocks in the {bowl} into the {other}, then put the {x} in the {bowl}.",
            f"Start by moving every block from the {bowl} to the {other}; finish by putting the {x} in the {bowl}.",
        )
        return _act(w, text, lambda _i, f: _in(f, x, bowl) and all(_in(f, b, other) for b in inside))
    text = _say(
        w,
        f"First put every block that's in the {bowl} on the table, then put the {x} in the {bowl}.",
        f"Start by setting each block from the {bowl} down on the table; last of all, put the {x} in the {bowl}.",
    )
    return _act(w, text, lambda _i, f: _in(f, x, bowl) and all(_table(f, b) for b in inside))


def t179_qua_stages(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    inside = s.in_bowl(bowl)
    clear = [b for b in _clear(w) if b not in inside]
    if len(clear) < 2:
        return None
    x, y = w.rng.sample(clear, 2)
    if inside:
        text = _say(
            w,
            f"Get the {bowl} empty first; by the end it should hold exactly two blocks: the {x} and the {y}.",
            f"First the {bowl} is emptied, and at the end it holds just two blocks, the {x} and the {y}.",
        )
    else:
        text = _say(
            w,
            f"Stage one: the {x} is in the {bowl}. Stage two: the {y} is in it too, and the {bowl} holds exactly "
            f"two blocks.",
            f"At first the {bowl} should hold one block, the {x}; by the end it should hold exactly two, the {x} and "
            f"the {y}.",
        )
    return _act(w, text, lambda _i, f: sorted(f.in_bowl(bowl)) == sorted([x, y])
                and all(_out(f, b, bowl) for b in inside))


def t179_qua_now(w: World) -> Made:
    s = w.state
    stacked = [t for t, _b in w.pairs()]
    if stacked and w.rng.random() < 0.7:
        n = len(stacked)
        shapes = ["Every block that is on top of another block right now should be on the table when you're done."]
        if n >= 2:
            shapes.append("Right now some blocks are stacked on others; put each of them on the table.")
            shapes.append(f"There are {n} blocks sitting on other blocks at the moment. Put all {n} of them on the "
                          f"table.")
        return _act(w, w.rng.choice(shapes), lambda _i, f: all(_table(f, t) for t in stacked))
    bowl = _one(w, _filled(w))
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    text = _say(
        w,
        f"All the blocks that are in the {bowl} at the moment go in the bin.",
        f"Whatever blocks are in the {bowl} right now, every one of them should end up in the bin.",
    )
    return _act(w, text, lambda _i, f: all(_binned(f, b) for b in inside))


# ----- negated ----------------------------------------------------------------------------------------------------
def t179_neg_before(w: World) -> Made:
    s = w.state
    options = [(y, z, x) for y, z in _lone_tops(w) for x in _clear(w) if x != y]
    if options and w.rng.random() < 0.7:
        y, z, x = w.rng.choice(options)
        p = _place(w)
        text = _say(
            w,
            f"Put the {x} on the {z}, but not before you've moved the {y} to the {p}.",
            f"Don't put the {x} on the {z} until the {y} has been moved off it to the {p}.",
            f"The {x} goes on the {z}, though not before the {y} is in the {p}.",
        )
        return _act(w, text, lambda _i, f: f.support[x] == z and _at(f, y, p))
    full = [(y, b) for b in w.bowls for y in _clear(w) if s.base(y) == b]
    if not full:
        return None
    y, bowl = w.rng.choice(full)
    x = _one(w, [b for b in _clear(w) if s.base(b) != bowl])
    if x is None:
        return None
    text = _say(
        w,
        f"Don't put the {x} in the {bowl} before the {y} is out of it.",
        f"The {x} goes in the {bowl}, but not until you've taken the {y} out of it.",
    )
    return _act(w, text, lambda _i, f: _in(f, x, bowl) and _out(f, y, bowl))


def t179_neg_after(w: World) -> Made:
    s = w.state
    pair = _one(w, [(x, y) for x, y in w.pairs() if s.is_clear(x)])
    if pair is None:
        return None
    x, y = pair
    ok = [b for b in w.bowls if _room(s, b) or s.base(x) == b]
    if not ok:
        return None
    where = "one of the bowls" if len(ok) > 1 else f"the {ok[0]}"
    text = _say(
        w,
        f"After you lift the {x} off the {y}, don't set it down on the table or back on the {y}: put it in {where}.",
        f"Once the {x} is off the {y}, don't leave it on the table; it goes in {where}.",
        f"After taking the {x} off the {y}, put it in {where}, not on the table.",
    )
    return _act(w, text, lambda _i, f: f.base(x) in ok and f.support[x] != y)


def t179_neg_first(w: World) -> Made:
    pair = _one(w, _lone_tops(w))
    if pair is None:
        return None
    y, x = pair
    text = _say(
        w,
        f"Put the {x} in the bin, but first take the {y} off it, and don't throw the {y} away.",
        f"Bin the {x}; before that, lift the {y} off it, but don't put the {y} in the bin.",
        f"The {x} goes in the bin, but not with the {y} on it: take the {y} off first and keep it out of the bin.",
    )
    return _act(w, text, lambda _i, f: _binned(f, x) and not _binned(f, y))


def t179_neg_seq(w: World) -> Made:
    s = w.state
    full = [(x, b) for b in w.bowls for x in _clear(w) if s.base(x) == b]
    if not full:
        return None
    x, bowl = w.rng.choice(full)
    y = _one(w, [b for b in _clear(w) if s.base(b) != bowl])
    if y is None:
        return None
    text = _say(
        w,
        f"First take the {x} out of the {bowl}, then put the {y} in it; never put the {x} back in.",
        f"Start by lifting the {x} out of the {bowl}, and after that put the {y} in; don't put the {x} back.",
        f"Take the {x} out of the {bowl} first, then the {y} goes in. The {x} must not end up back in there.",
    )
    return _act(w, text, lambda _i, f: _in(f, y, bowl) and _out(f, x, bowl))


def t179_neg_stages(w: World) -> Made:
    s = w.state
    clear = [b for b in _clear(w)]
    if len(clear) < 2:
        return None
    x = _one(w, [b for b in clear if _depth(s, b) < _TALL])
    if x is None:
        return None
    rest = [b for b in clear if b != x]
    y = w.rng.choice(rest)
    z = _one(w, [b for b in rest if b != y])
    if z is None:
        text = _say(
            w,
            f"At no point should the {x} move; by the end, the {y} is on it.",
            f"Without the {x} ever being moved, get the {y} onto it.",
        )
        return _act(w, text, lambda i, f: _kept(i, f, x) and f.support[y] == x)
    text = _say(
        w,
        f"At no point should the {x} move; by the end, the {y} is on it and the {z} is in the bin.",
        f"The {x} doesn't move at any stage: first the {z} goes in the bin, then the {y} ends up on top of the {x}.",
        f"Without the {x} ever being moved, get the {y} onto it, and after that the {z} into the bin.",
    )
    return _act(w, text, lambda i, f: _kept(i, f, x) and f.support[y] == x and _binned(f, z))


def t179_neg_now(w: World) -> Made:
    s = w.state
    pair = _one(w, [(x, y) for x, y in w.pairs() if s.is_clear(x)])
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        f"The {x} shouldn't be on the {y} any more: take it off, but don't put it in the bin.",
        f"The {x} is still on the {y}, and it shouldn't be. Move it off, and not into the bin.",
        f"I no longer want the {x} on the {y}. Take it off and put it anywhere but the bin.",
    )
    return _act(w, text, lambda _i, f: f.support[x] != y and not _binned(f, x))


# ----- relative ---------------------------------------------------------------------------------------------------
def t179_rel_before(w: World) -> Made:
    pair = _one(w, _lone_tops(w))
    if pair is None:
        return None
    y, b = pair
    text = _say(
        w,
        f"Before you move the block under the {y} to the bin, put the {y} on the table.",
        f"Put the {y} on the table before you throw the block it's sitting on into the bin.",
        f"Before the block beneath the {y} goes in the bin, set the {y} down on the table.",
    )
    return _act(w, text, lambda _i, f: _binned(f, b) and _table(f, y))


def t179_rel_after(w: World) -> Made:
    s = w.state
    options = [(x, b) for b in w.bowls for x in _clear(w) if s.base(x) == b]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    inside = s.in_bowl(bowl)
    tops = [(t, z) for t, z in w.pairs() if s.is_clear(t) and t not in inside]
    if tops and w.rng.random() < 0.7:
        t, z = w.rng.choice(tops)
        text = _say(
            w,
            f"Empty the bowl the {x} is in; after that, put the block sitting on the {z} into it.",
            f"Take everything out of the bowl that holds the {x}, and once it's empty, put the block that's on top "
            f"of the {z} in it.",
        )
    else:
        t = _one(w, [b for b in _clear(w) if b not in inside])
        if t is None:
            return None
        text = _say(
            w,
            f"Empty the bowl the {x} is sitting in, and once it's empty, put the {t} in it.",
            f"After you've taken every block out of the bowl the {x} is in, put the {t} in that bowl.",
        )
    return _act(w, text, lambda _i, f: f.in_bowl(bowl) == [t] and all(_out(f, b, bowl) for b in inside))


def _nearest(w: World, bowl: str) -> str | None:
    """The one loose block clearly nearer `bowl` than every other stack, when there is one (and `bowl` is empty)."""
    s = w.state
    if s.in_bowl(bowl):
        return None
    spots: dict[tuple[float, float], list[str]] = {}
    for b in w.blocks:
        pos = w.scene.get(b).position
        spots.setdefault((round(pos[0], 3), round(pos[1], 3)), []).append(b)
    ranked = sorted(spots.values(), key=lambda group: w.dist(group[0], bowl))
    if not ranked:
        return None
    first = ranked[0]
    if len(first) != 1 or s.support[first[0]] != TABLE:
        return None
    if len(ranked) > 1 and w.dist(ranked[1][0], bowl) < w.dist(first[0], bowl) + 0.05:
        return None
    return first[0]


def t179_rel_first(w: World) -> Made:
    s = w.state
    p = _place(w)
    bowl = _one(w, w.bowls)
    n = _nearest(w, bowl) if bowl else None
    if n is not None and w.rng.random() < 0.6:
        x = _one(w, [b for b in _clear(w) if b != n])
        if x is None:
            return None
        text = _say(
            w,
            f"Stack the block nearest the {bowl} on the {x}, but first move the {x} to the {p}.",
            f"Put the block closest to the {bowl} on top of the {x}; before that, move the {x} into the {p}.",
        )
        return _act(w, text, lambda _i, f: _at(f, x, p) and f.support[n] == x)
    options = [(t, z, x) for t, z in w.pairs() if s.is_clear(t) for x in _clear(w) if x != t]
    if not options:
        return None
    t, z, x = w.rng.choice(options)
    text = _say(
        w,
        f"Stack the block that's sitting on the {z} on the {x}, but first move the {x} to the {p}.",
        f"Put the block on top of the {z} onto the {x}; before that, though, the {x} goes to the {p}.",
    )
    return _act(w, text, lambda _i, f: _at(f, x, p) and f.support[t] == x)


def t179_rel_seq(w: World) -> Made:
    pair = _one(w, _lone_tops(w))
    if pair is None:
        return None
    t, x = pair
    text = _say(
        w,
        f"First take the block sitting on the {x} and put it on the table, then put the {x} on top of it.",
        f"Start by lifting the block off the top of the {x} onto the table; then stack the {x} on that block.",
        f"Take whatever block is on the {x}, set it on the table first, and after that put the {x} on it.",
    )
    return _act(w, text, lambda _i, f: _table(f, t) and f.support[x] == t)


def t179_rel_stages(w: World) -> Made:
    s = w.state
    pair = _one(w, _lone_tops(w))
    if pair is None:
        return None
    y, b = pair
    if s.support[b] != TABLE:
        test: Callable[[SymState], bool] = lambda f: _table(f, b)
        text = _say(
            w,
            f"Get the block under the {y} onto the table first; by the end, the {y} should be back on top of it.",
            f"At first, the block that the {y} is resting on should be on the table; at the end, the {y} should be "
            f"sitting on it again.",
        )
    else:
        bowl = _one(w, [c for c in w.bowls if _room(s, c, 2)])
        if bowl is not None and w.rng.random() < 0.5:
            where, test = f"in the {bowl}", (lambda f: _in(f, b, bowl))
        else:
            p = _place(w)
            where, test = f"in the {p}", (lambda f: _at(f, b, p))
        text = _say(
            w,
            f"First the block under the {y} should be {where}; at the end the {y} should be sitting on it again.",
            f"Get the block the {y} is resting on {where} first; by the end the {y} should be back on top of it.",
        )
    return _act(w, text, lambda _i, f: test(f) and f.support[y] == b)


def t179_rel_now(w: World) -> Made:
    s = w.state
    options: list[tuple[str, str]] = []
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        if len(inside) == 1:
            options.append((inside[0], f"bowl:{bowl}"))
    options += [(t, f"block:{z}") for t, z in w.pairs() if s.is_clear(t)]
    if not options:
        return None
    a, how = w.rng.choice(options)
    y = _one(w, [b for b in _clear(w) if b != a and b != s.support[a] and _depth(s, b) < _TALL])
    if y is None:
        return None
    kind, ref = how.split(":")
    if kind == "bowl":
        text = _say(
            w,
            f"Whatever block is in the {ref} right now should end up on top of the {y}.",
            f"The block that's in the {ref} at the moment: put it on the {y}.",
        )
    else:
        text = _say(
            w,
            f"The block that's on the {ref} at the moment: put it on the {y}.",
            f"Take the block currently sitting on the {ref} and stack it on the {y}.",
        )
    return _act(w, text, lambda _i, f: f.support[a] == y)


# ----- keep -------------------------------------------------------------------------------------------------------
def t179_keep_before(w: World) -> Made:
    pair = _one(w, _lone_tops(w))
    if pair is None:
        return None
    y, x = pair
    z = _one(w, [b for b in w.blocks if b not in (x, y)])
    if z is None:
        return None
    text = _say(
        w,
        f"Before you put the {x} in the bin, move the {y} off it onto the table, and leave the {z} where it is.",
        f"Leave the {z} alone. Before the {x} goes in the bin, lift the {y} off it and put it on the table.",
        f"Before you bin the {x}, put the {y} that's on it on the table; the {z} stays put.",
    )
    return _act(w, text, lambda i, f: _binned(f, x) and _table(f, y) and _kept(i, f, z))


def t179_keep_after(w: World) -> Made:
    s = w.state
    clear = _clear(w)
    if len(clear) < 2:
        return None
    x, y = w.rng.sample(clear, 2)
    bowl = _one(w, [b for b in w.bowls if s.base(x) != b and _room(s, b)])
    z = _one(w, [b for b in w.blocks if b not in (x, y)])
    if bowl is None or z is None:
        return None
    if not _table(s, y):
        go, test = "on the table", (lambda f: _table(f, y))
    else:
        p = _place(w)
        go, test = f"in the {p}", (lambda f: _at(f, y, p))
    text = _say(
        w,
        f"After you've put the {x} in the {bowl}, put the {y} {go}; don't touch the {z}.",
        f"Once the {x} is in the {bowl}, leave it there and put the {y} {go}. Leave the {z} as it is.",
        f"Put the {x} in the {bowl}, and after that, the {y} {go}; the {z} stays where it is.",
    )
    return _act(w, text, lambda i, f: _in(f, x, bowl) and test(f) and _kept(i, f, z))


def t179_keep_first(w: World) -> Made:
    options = [(z, y, x) for z, y in _lone_tops(w) for x in _clear(w) if x != z]
    if not options:
        return None
    z, y, x = w.rng.choice(options)
    others = [b for b in w.blocks if b not in (x, y, z)]
    k = w.rng.choice(others) if others and w.rng.random() < 0.7 else y
    text = _say(
        w,
        f"Put the {x} on the {y}, but first take the {z} off the {y}; leave the {k} where it is.",
        f"Stack the {x} on the {y}; before that, lift the {z} off it. Don't move the {k}.",
        f"Leave the {k} alone and put the {x} on top of the {y}, but take the {z} off the {y} first.",
    )
    if k == y:
        text = _say(
            w,
            f"Put the {x} on the {y}, but first take the {z} off the {y}; the {y} itself stays where it is.",
            f"Without moving the {y}, stack the {x} on it; before that, lift the {z} off it.",
        )
    return _act(w, text, lambda i, f: f.support[x] == y and _away(f, z, y) and _kept(i, f, k))


def t179_keep_seq(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in _clear(w) if not _table(s, b)])
    if x is None:
        return None
    y = _one(w, [b for b in _clear(w) if b != x])
    if y is None:
        return None
    others = [b for b in w.blocks if b not in (x, y)]
    text = _say(
        w,
        f"First put the {x} on the table, then put the {y} on it; all the other blocks stay where they are.",
        f"Start by setting the {x} down on the table and finish by stacking the {y} on top of it. Leave every "
        f"other block alone.",
        f"Put the {x} on the table first and the {y} on top of it after that, without moving anything else.",
    )
    return _act(w, text, lambda i, f: _table(f, x) and f.support[y] == x and all(_kept(i, f, b) for b in others))


def t179_keep_stages(w: World) -> Made:
    s = w.state
    y = _one(w, _clear(w))
    if y is None:
        return None
    x = _one(w, [b for b in w.blocks if b != y])
    if x is None:
        return None
    where = _where(s, x)
    bowl = _one(w, [b for b in w.bowls if s.base(y) != b and _room(s, b)])
    if bowl is not None and w.rng.random() < 0.6:
        go, test = f"in the {bowl}", (lambda f: _in(f, y, bowl))
    else:
        go, test = "in the bin", (lambda f: _binned(f, y))
    text = _say(
        w,
        f"By the end the {y} should be {go}, and at every point along the way the {x} should stay exactly where it "
        f"is now, {where}.",
        f"When you're done, the {x} should still be {where}, never having been moved, and the {y} should be {go}.",
        f"The {x} stays put {where} throughout, untouched; by the time you finish, the {y} is {go}.",
    )
    return _act(w, text, lambda i, f: _kept(i, f, x) and test(f))


def t179_keep_now(w: World) -> Made:
    s = w.state
    y = _one(w, _clear(w))
    if y is None:
        return None
    bowl = _one(w, [b for b in w.bowls if s.base(y) != b and _room(s, b)])
    x = _one(w, [b for b in w.blocks if b != y])
    if bowl is None or x is None:
        return None
    where = _where(s, x)
    text = _say(
        w,
        f"Leave the {x} exactly where it is right now, and move the {y} into the {bowl}.",
        f"The {x} is {where} now and shouldn't be moved at all; put the {y} in the {bowl}.",
        f"Put the {y} in the {bowl}, but don't move the {x} from the spot it's in at the moment.",
    )
    return _act(w, text, lambda i, f: _kept(i, f, x) and _in(f, y, bowl))


# ----- multi_step -------------------------------------------------------------------------------------------------
def t179_multi_before(w: World) -> Made:
    s = w.state
    options = [(z, x, y, b) for z, x in _lone_tops(w) for y in _clear(w) if y != z
               for b in w.bowls if s.base(x) != b and _room(s, b, 2)]
    if not options:
        return None
    z, x, y, bowl = w.rng.choice(options)
    text = _say(
        w,
        f"Before stacking the {y} on the {x}, put the {x} in the {bowl}; and before that, take the {z} off the {x}.",
        f"Take the {z} off the {x} before you move the {x} into the {bowl}, and only after that put the {y} on "
        f"the {x}.",
        f"Before the {y} goes on the {x}, the {x} has to be in the {bowl}, and before the {x} can move, the {z} "
        f"must come off it.",
    )
    return _act(w, text, lambda _i, f: _in(f, x, bowl) and f.support[y] == x and _away(f, z, x))


def t179_multi_after(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in _clear(w) if s.support[b] != TABLE])
    if x is None:
        return None
    spot = s.support[x]
    ys = [b for b in _clear(w) if b != x and s.base(b) != spot]
    if not ys:
        return None
    y = w.rng.choice(ys)
    old = _where(s, x)
    tall = spot in s.support and _depth(s, spot) + 2 > _TALL
    z = _one(w, [b for b in _clear(w) if b not in (x, y)]) if not tall else None
    if z is None:
        text = _say(
            w,
            f"Put the {x} in the bin. After that, put the {y} {old}, where the {x} was.",
            f"Throw the {x} in the bin; once it's gone, put the {y} {old} in its place.",
        )
        return _act(w, text, lambda _i, f: _binned(f, x) and _at_spot(f, y, spot))
    text = _say(
        w,
        f"Put the {x} in the bin. After that, put the {y} {old}, where the {x} was, and after that, put the {z} on "
        f"the {y}.",
        f"Throw the {x} in the bin; once it's gone, put the {y} {old}; once the {y} is there, stack the {z} on it.",
    )
    return _act(w, text, lambda _i, f: _binned(f, x) and _at_spot(f, y, spot) and f.support[z] == y)


def t179_multi_first(w: World) -> Made:
    clear = _clear(w)
    if len(clear) < 3:
        return None
    x, y, z = w.rng.sample(clear, 3)
    p = _place(w)
    text = _say(
        w,
        f"Stack the {y} on the {z} and then the {x} on the {y}, but before any of that, move the {z} to the {p}.",
        f"Put the {y} on the {z}, then the {x} on top; before doing either, put the {z} in the {p}.",
        f"Build a tower: the {y} on the {z}, then the {x} on the {y}. Before that, though, the {z} has to go to the "
        f"{p}.",
    )
    return _act(w, text, lambda _i, f: _at(f, z, p) and f.support[y] == z and f.support[x] == y)


def t179_multi_seq(w: World) -> Made:
    s = w.state
    clear = _clear(w)
    if len(clear) < 3:
        return None
    x, y, z = w.rng.sample(clear, 3)
    bowl = _one(w, [b for b in w.bowls if s.base(y) != b and _room(s, b, 2)])
    if bowl is None:
        return None
    p = _place(w)
    text = _say(
        w,
        f"First, move the {x} to the {p}. Next, put the {y} in the {bowl}. Last of all, stack the {z} on top of "
        f"the {y}.",
        f"Start by putting the {x} in the {p}, then put the {y} into the {bowl}, and finish with the {z} on the "
        f"{y}.",
        f"Step one, the {x} to the {p}; step two, the {y} into the {bowl}; step three, the {z} onto the {y}.",
    )
    return _act(w, text, lambda _i, f: _at(f, x, p) and _in(f, y, bowl) and f.support[z] == y)


def t179_multi_stages(w: World) -> Made:
    s = w.state
    clear = _clear(w)
    if len(clear) < 3:
        return None
    x, y, z = w.rng.sample(clear, 3)
    bowl = _one(w, [b for b in w.bowls if s.base(y) != b and _room(s, b)])
    if bowl is None:
        return None
    text = _say(
        w,
        f"Step 1: the {x} is on the table. Step 2: the {y} is in the {bowl}. Step 3: the {z} is on the {x}.",
        f"Get to these states one after another: the {x} on the table, then the {y} in the {bowl}, then the {z} "
        f"on top of the {x}.",
        f"First the {x} should be on the table; once it is, the {y} should be in the {bowl}; and once that's true, "
        f"the {z} should be on the {x}.",
    )
    return _act(w, text, lambda _i, f: _table(f, x) and _in(f, y, bowl) and f.support[z] == x)


def t179_multi_now(w: World) -> Made:
    s = w.state
    options = [(a, b) for b in w.bowls for a in _clear(w) if s.base(a) == b]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    x = _one(w, [b for b in _clear(w) if s.base(b) != bowl])
    if x is None:
        return None
    p = _place(w)
    text = _say(
        w,
        f"Right now the {a} is in the {bowl}. Take it out and set it in the {p}, put the {x} in the {bowl}, then "
        f"stack the {a} on the {x}.",
        f"At the moment the {a} sits in the {bowl}. Lift it out, put the {x} in the {bowl}, and then put the {a} "
        f"on top of the {x}.",
        f"The {bowl} has the {a} in it now. Move the {a} to the {p}, then put the {x} in the {bowl}, and then put "
        f"the {a} back in the {bowl} on top of the {x}.",
    )
    return _act(w, text, lambda _i, f: _in(f, x, bowl) and f.support[a] == x)


# ----- question ---------------------------------------------------------------------------------------------------
def t179_q_before(w: World) -> Made:
    filled = _filled(w)
    bowl = w.rng.choice(filled if filled and w.rng.random() < 0.5 else w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = _say(
        w,
        f"Before we start, how many blocks are in the {bowl} right now?",
        f"Before you do anything, tell me how many blocks the {bowl} holds.",
        f"Before anything gets moved: how many blocks are there in the {bowl}?",
    )
    return text, answered(str(n))


def t179_q_after(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        if len(w.blocks) < 2:
            return None
        x, y = w.rng.sample(w.blocks, 2)
    text = _say(
        w,
        f"After all this time, is the {x} still on the {y}?",
        f"Once you've had a look: is the {x} still sitting on top of the {y}?",
    )
    return text, answered(yes(s.support[x] == y))


def t179_q_first(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    sup = s.support[x]
    text = _say(
        w,
        f"First things first: what is the {x} resting on?",
        f"Before anything else, tell me what the {x} is sitting on.",
        f"Answer this first: what's directly under the {x}?",
    )
    return text, answered("table" if sup in (TABLE, *PLACES) else sup)


def t179_q_seq(w: World) -> Made:
    s = w.state
    roll = w.rng.random()
    if roll < 0.4:
        text = _say(
            w,
            "To start with, how many blocks are sitting in bowls?",
            "To begin with, how many of the blocks are in a bowl?",
            "First of all, tell me how many blocks are inside bowls at the moment.",
        )
        return text, answered(str(len(s.in_bowls())))
    if roll < 0.7:
        x = w.rng.choice(w.blocks)
        text = _say(
            w,
            f"To start with, how many blocks are stacked above the {x}?",
            f"Let's begin with a count: how many blocks are piled on top of the {x}?",
        )
        return text, answered(str(len(s.above(x))))
    text = _say(
        w,
        "For a start, how many blocks are there in all?",
        "To begin, tell me how many blocks there are altogether.",
        "First question, before anything else happens: how many bowls are on the table?",
    )
    return text, answered(str(len(w.bowls) if "bowls" in text else len(w.blocks)))


def t179_q_stages(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        x = w.rng.choice(w.blocks)
        text = _say(
            w,
            f"At this point, is there anything on top of the {x}?",
            f"At this stage, is anything stacked on the {x}?",
        )
        return text, answered(yes(not s.is_clear(x)))
    filled = _filled(w)
    bowl = w.rng.choice(filled if filled and w.rng.random() < 0.5 else w.bowls)
    text = _say(
        w,
        f"At this moment, is the {bowl} empty?",
        f"As things stand, is the {bowl} empty?",
    )
    return text, answered(yes(not s.in_bowl(bowl)))


def t179_q_now(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.35:
        bowl = w.rng.choice(w.bowls)
        text = _say(
            w,
            f"Is the {bowl} still empty?",
            f"Right now, is the {bowl} still empty?",
        )
        return text, answered(yes(not s.in_bowl(bowl)))
    covered = [b for b in w.blocks if len(s.above(b)) == 1]
    bare = [b for b in w.blocks if s.is_clear(b)]
    pool = covered if covered and w.rng.random() < 0.5 else bare
    x = w.rng.choice(pool)
    text = _say(
        w,
        f"What is on the {x} right now?",
        f"Right now, what's sitting on top of the {x}?",
        f"What's on the {x} at the moment?",
    )
    on = s.on_top(x)
    return text, answered(on[0] if on else "nothing")


# ----- matching ---------------------------------------------------------------------------------------------------
def _sorted_all(w: World) -> Test:
    """Every block with a bowl of its colour is in it; every other block is in no bowl and not in the bin."""
    home = _bowl_of(w)
    bowls = set(w.bowls)

    def test(_i: SymState, f: SymState) -> bool:
        for b in f.blocks:
            if b in home:
                if f.base(b) != home[b]:
                    return False
            elif f.base(b) in bowls or f.base(b) == BIN:
                return False
        return True

    return test


def t179_match_before(w: World) -> Made:
    s = w.state
    home = _bowl_of(w)
    if not home:
        return None
    shapes: list[Callable[[], Made]] = []
    wrong = [b for b in w.blocks if s.base(b) in w.bowls and home.get(b) != s.base(b)]
    if wrong:
        def sort_all() -> Made:
            text = _say(
                w,
                "Before you sort the blocks into the bowls of their own colours, take out any block that's in a bowl "
                "of a different colour.",
                "Before putting each block in the bowl that matches it, first take every block that's in the wrong "
                "colour of bowl out of it.",
            )
            return _act(w, text, _sorted_all(w))
        shapes.append(sort_all)
    b_opts = [(x, y) for x in _clear(w) if x in home and s.base(x) != home[x]
              for y in _clear(w) if y != x and s.base(y) == home[x]]
    if b_opts:
        def out_first() -> Made:
            x, y = w.rng.choice(b_opts)
            v = home[x]
            text = _say(
                w,
                f"Before you put the {x} in the bowl that matches its colour, take the {y} out of that bowl.",
                f"Before the {x} goes into the bowl of the same colour, lift the {y} out of it.",
            )
            return _act(w, text, lambda _i, f: _in(f, x, v) and _out(f, y, v))
        shapes.append(out_first)
    c_opts = [(y, x) for y, x in _lone_tops(w) if x in home and s.base(x) != home[x] and _room(s, home[x])]
    if c_opts:
        def off_first() -> Made:
            y, x = w.rng.choice(c_opts)
            v = home[x]
            text = _say(
                w,
                f"Before the {x} goes into the bowl of the same colour, lift the {y} off it and put the {y} on the "
                f"table.",
                f"Before you put the {x} in its matching bowl, set the {y} that's on it down on the table.",
            )
            return _act(w, text, lambda _i, f: _in(f, x, v) and _table(f, y))
        shapes.append(off_first)
    if not shapes:
        return None
    return w.rng.choice(shapes)()


def t179_match_after(w: World) -> Made:
    s = w.state
    home = _bowl_of(w)
    shapes: list[Callable[[], Made]] = []
    a_opts = [x for x in _clear(w) if x in home and s.base(x) in w.bowls and s.base(x) != home[x]
              and _room(s, home[x])]
    if a_opts:
        def wrong_bowl() -> Made:
            x = w.rng.choice(a_opts)
            v, old = home[x], s.base(x)
            text = _say(
                w,
                f"After you've taken the {x} out of the {old}, put it in the bowl that's the same colour as it.",
                f"Once the {x} is out of the {old}, put it in the bowl that matches its colour.",
            )
            return _act(w, text, lambda _i, f: _in(f, x, v))
        shapes.append(wrong_bowl)
    b_opts = [(y, x) for y, x in _lone_tops(w) if x in home and s.base(x) != home[x] and _room(s, home[x])]
    if b_opts:
        def off_then() -> Made:
            y, x = w.rng.choice(b_opts)
            v = home[x]
            text = _say(
                w,
                f"Once the {y} is off the {x}, put the {x} in the bowl of its own colour.",
                f"After you've lifted the {y} off the {x}, the {x} goes in the bowl that matches it.",
            )
            return _act(w, text, lambda _i, f: _in(f, x, v) and _away(f, y, x))
        shapes.append(off_then)
    c_opts = [(x, y) for x in _clear(w) if x in home and s.base(x) != home[x] and _room(s, home[x])
              for y in _clear(w) if y != x]
    if c_opts:
        def bin_then() -> Made:
            x, y = w.rng.choice(c_opts)
            v = home[x]
            text = _say(
                w,
                f"As soon as the {y} is in the bin, put the {x} into the bowl that matches it.",
                f"After the {y} has gone in the bin, put the {x} in the bowl of the same colour.",
            )
            return _act(w, text, lambda _i, f: _binned(f, y) and _in(f, x, v))
        shapes.append(bin_then)
    if not shapes:
        return None
    return w.rng.choice(shapes)()


def t179_match_first(w: World) -> Made:
    s = w.state
    home = _bowl_of(w)
    shapes: list[Callable[[], Made]] = []
    a_opts = [x for x in _clear(w) if x in home and s.base(x) != home[x] and s.in_bowl(home[x])]
    if a_opts:
        def empty_first() -> Made:
            x = w.rng.choice(a_opts)
            v = home[x]
            inside = s.in_bowl(v)
            text = _say(
                w,
                f"Put the {x} in the bowl of its own colour, but first empty that bowl.",
                f"The {x} goes into the bowl that matches it; before that, take everything out of that bowl.",
            )
            return _act(w, text, lambda _i, f: f.in_bowl(v) == [x] and all(_out(f, b, v) for b in inside))
        shapes.append(empty_first)
    b_opts = [(y, x) for y, x in _lone_tops(w) if x in home and s.base(x) != home[x] and _room(s, home[x])]
    if b_opts:
        def off_first() -> Made:
            y, x = w.rng.choice(b_opts)
            v = home[x]
            text = _say(
                w,
                f"Put the {x} in the bowl that matches it, but first take the {y} off it and set the {y} on the "
                f"table.",
                f"The {x} goes in the same-coloured bowl; before that, put the {y} from on top of it on the table.",
            )
            return _act(w, text, lambda _i, f: _in(f, x, v) and _table(f, y))
        shapes.append(off_first)
    c_opts = [(x, y) for x in _clear(w) if x in home and s.base(x) != home[x] and _room(s, home[x])
              for y in _clear(w) if y != x and not _table(s, y)]
    if c_opts:
        def table_first() -> Made:
            x, y = w.rng.choice(c_opts)
            v = home[x]
            text = _say(
                w,
                f"Put the {x} in the same-coloured bowl, but before that, put the {y} on the table.",
                f"The {x} should go in the bowl of its colour; first, though, move the {y} onto the table.",
            )
            return _act(w, text, lambda _i, f: _in(f, x, v) and _table(f, y))
        shapes.append(table_first)
    if not shapes:
        return None
    return w.rng.choice(shapes)()


def t179_match_seq(w: World) -> Made:
    s = w.state
    home = _bowl_of(w)
    xs = [x for x in _clear(w) if x in home and s.base(x) != home[x] and _room(s, home[x], 2)]
    x = _one(w, xs)
    if x is None:
        return None
    v = home[x]
    y = _one(w, [b for b in _clear(w) if b != x])
    if y is None:
        return None
    zs = [z for z in _clear(w) if z in home and z not in (x, y) and home[z] != v and s.base(z) != home[z]
          and _room(s, home[z])]
    z = _one(w, zs) if w.rng.random() < 0.5 else None
    if z is not None:
        u = home[z]
        text = _say(
            w,
            f"First put the {x} in the bowl of its colour, then the {y} on top of it, and last of all the {z} in "
            f"its own colour's bowl.",
            f"Start with the {x} in the bowl matching it, then stack the {y} on the {x}, and finish by putting the "
            f"{z} in the bowl that matches the {z}.",
        )
        return _act(w, text, lambda _i, f: _in(f, x, v) and f.support[y] == x and _in(f, z, u))
    text = _say(
        w,
        f"First put the {x} in the bowl that's the same colour, then put the {y} on top of it.",
        f"Start with the {x}: into the bowl matching its colour. Then stack the {y} on it.",
    )
    return _act(w, text, lambda _i, f: _in(f, x, v) and f.support[y] == x)


def t179_match_stages(w: World) -> Made:
    s = w.state
    home = _bowl_of(w)
    xs = [x for x in _clear(w) if x in home and s.base(x) != home[x]]
    x = _one(w, xs)
    if x is None:
        return None
    v = home[x]
    inside = s.in_bowl(v)
    colour = w.colour(v)
    if inside:
        text = _say(
            w,
            f"First, every block in the {v} that isn't {colour} should be out of it; after that, the {colour} block "
            f"should be in it, alone.",
            f"Stage one: the {v} has nothing in it. Stage two: it holds the block of its own colour and nothing else.",
        )
    else:
        text = _say(
            w,
            f"By the end, the {v} should hold the block of its own colour and nothing else.",
            f"At the finish, the {v} should contain just one block: the {x}, its matching colour.",
        )
    return _act(w, text, lambda _i, f: f.in_bowl(v) == [x] and all(_out(f, b, v) for b in inside))


def t179_match_now(w: World) -> Made:
    s = w.state
    home = _bowl_of(w)
    xs = [x for x in _clear(w) if x in home and s.base(x) != home[x] and _room(s, home[x])]
    x = _one(w, xs)
    if x is None:
        return None
    v, old = home[x], s.base(x)
    if old in w.bowls:
        text = _say(
            w,
            f"The {x} is in the {old} right now, which is the wrong colour; move it to the bowl that matches it.",
            f"At the moment the {x} sits in the {old}. It belongs in the bowl of its own colour, so put it there.",
        )
    else:
        text = _say(
            w,
            f"The {x} is {_where(s, x)} at the moment, but it belongs in the bowl of its own colour. Put it there.",
            f"Right now the {x} isn't in the bowl that matches it. Put it in that bowl.",
        )
    return _act(w, text, lambda _i, f: _in(f, x, v))


# ----- the batch --------------------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("before", "after", "first", "seq", "stages", "now")
FRESH179: list[Template] = [
    (f"t179_{short}_{style}", category, globals()[f"t179_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
