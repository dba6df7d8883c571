"""`FRESH187`, the hundred-and-eighty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no theme at all: six more ordinary people who have never seen the robot type what they want into its
chat window on an ordinary day, each in the words of their trade. A pharmacist asks carefully ("please ensure",
"one at a time"), a truck dispatcher is terse ("load", "unload", "ship it to"), a kindergarten teacher is cheerful
("let's pop", "all the little blocks"), a retired sailor is salty ("stow", "lash it on top", "aye"), a software tester
writes steps and expectations ("Step 1:", "Expected:", "verify") and a florist arranges ("arrange", "tuck", "pair
each with"). The jobs are the everyday ones: a block into a bowl, onto another block or to a named place, towers,
colour sorting, emptying a bowl, clearing blocks into the bin, leaving some things as they are, and plain questions
(one or two in a message). The checks accept any order and any choice the words leave open, ask that nothing be left
in the gripper, and that no block the words do not send to the bin ends up there; "on the table" accepts a block
whose tower stands on the table (a named place included) unless the words say "directly"; what is to be left alone
keeps what it rests on.

- pharmacist: "Please place the red block in the blue bowl. Carefully, one block at a time."
- dispatcher: "Ship every block to the bin except the green block."
- teacher: "Let's pop all the blocks into the yellow bowl except the red block!"
- sailor: "Stow the red block in the green bowl and leave the rest of the cargo where it lies."
- tester: "Step 1: move the red block to the top left corner. Step 2: move the blue block to the middle. Expected:
  both blocks in those spots."
- florist: "Tuck the red block into the white bowl without moving anything that's already in there."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on da20f71, the code of 202dd7d, before anything it could prompt): 0.8067
goal-correct (242 of 300), 48 refused, 1 asked. Four wrong actions: "Everybody into W! All except X, X stays out!" put X
in W too. Five wrong replies: "which block is riding on X, and how many bowls have we got?" answered only the count;
"What's sitting on top of X, and how many bowls are aboard?" did not count the bowls. The refusals: 'matey', 'aye', 'be
quick about it', 'lashed on top of', 'stowed in', 'Ship it', 'shipped to the bin', "W is where X and Y go, the pair of
them together", "with nothing on top of X. Please ensure that.", "Here's our picture: ...", "Expected result: ...; X on
the table itself, not on anything else", "Leave the W arrangement alone", "the rest of the cargo where it lies",
"Precondition: ... Action: ... Expected: ...", "put what's in it on the table", "take whatever is in W out and place it
on the table", "Give me a count: how many blocks, how many bowls?", "each bowl holds exactly one block; which block goes
where is up to you", "Every block riding on top of another one, bring it down onto the table", "Crown the tallest stack
with X", "pair Y with it by setting Y right on top of X".
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
from sim.core.relations import Rel
from sim.core.symbolic import SymState


# ----- helpers --------------------------------------------------------------------------------------
def _c(name: str) -> str:
    """The colour word of an object's name ("red block" -> "red")."""
    return name.split()[0]


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _one(w: World, items: list) -> object:
    return w.rng.choice(items) if items else None


def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _height(s: SymState, block: str) -> int:
    """How many blocks high `block` stands (1 on the table or in a bowl)."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(s: SymState, bowl: str, n: int) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _can_top(s: SymState, below: str) -> bool:
    """Whether one more block fits on top of `below` without a tower taller than the layout allows."""
    return _height(s, below) < layout.MAX_TOWER


def _new(w: World, text: str, check: Check) -> Made:
    """The instance, unless its goal already holds in the scene (then doing nothing would pass)."""
    return None if check(w.state, w.state) else (text, check)


def _free_hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(w: World, *checks: Check, thrown: tuple[str, ...] = ()) -> Check:
    """Every check, nothing in the gripper, and no block in the bin but those in `thrown`."""
    spare = [b for b in w.blocks if b not in thrown]
    return both(_free_hand, none_binned(spare), *checks)


def _on_table(*blocks: str) -> Check:
    """Each block's tower stands on the table (a named place included)."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _out_of(bowl: str) -> Check:
    """Whatever was in `bowl` at the start now stands on the table, and the bowl is empty."""
    return lambda i, f: not f.in_bowl(bowl) and all(f.base(b) in (TABLE, *PLACES) for b in i.in_bowl(bowl))


def _bowl_kept(bowl: str) -> Check:
    """The bowl holds just what it held, each block resting where it rested."""
    return lambda i, f: sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl)) and all(
        f.support[b] == i.support[b] for b in i.in_bowl(bowl))


def _not_in(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _towers(s: SymState) -> list[list[str]]:
    """Every tower (a single block too), bottom first, that is not in the bin."""
    out = []
    for b in s.blocks:
        if s.support[b] in s.support or s.base(b) == BIN:
            continue
        chain = [b]
        while s.on_top(chain[-1]):
            chain.append(s.on_top(chain[-1])[0])
        out.append(chain)
    return out


def _room_in(w: World, bowl: str, blocks: list[str]) -> bool:
    """Whether `bowl` can take those of `blocks` that are not in it yet."""
    return _room(w.state, bowl, sum(1 for b in blocks if w.state.base(b) != bowl))


def _stackable(w: World) -> list[tuple[str, str]]:
    """(x, y) with x not on y yet, y not above x, and room on y."""
    s = w.state
    return [(x, y) for x in w.blocks for y in w.blocks
            if x != y and s.support[x] != y and y not in s.above(x) and _can_top(s, y)]


def _matched(w: World) -> list[str]:
    return [r.block for r in matching(w)]


def _bowl_of(w: World, block: str) -> str:
    return next(b for b in w.bowls if w.colour(b) == w.colour(block))


def _names(items: list[str]) -> str:
    items = [f"the {i}" for i in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# ----- imperative -----------------------------------------------------------------------------------
def t187_imp_pharmacist(w: World) -> Made:
    pair = _one(w, [(x, b) for x in w.blocks for b in w.bowls if w.state.base(x) != b and _room(w.state, b, 1)])
    if pair is None:
        return None
    x, b = pair
    text = _say(w, f"Please place the {x} in the {b}. Carefully, one block at a time.",
                f"Could you please move the {x} into the {b}? Please ensure it goes in gently.")
    return _new(w, text, _done(w, rels(Rel("in", x, b))))


def t187_imp_dispatcher(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    text = _say(w, f"Ship the {x} to the {p}.", f"{_cap(x)} to the {p}. Move it.",
                f"Need the {x} moved over to the {p}. Go.")
    return _new(w, text, _done(w, rels(Rel("at", x, p))))


def t187_imp_teacher(w: World) -> Made:
    pair = _one(w, _stackable(w))
    if pair is None:
        return None
    x, y = pair
    text = _say(w, f"Let's pop the {x} right on top of the {y}!",
                f"Ooh, let's stack them! Can you put the {x} on top of the {y}, please?")
    return _new(w, text, _done(w, rels(Rel("on", x, y))))


def t187_imp_sailor(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    text = _say(w, f"Stow the {x} in the bin, aye.", f"Heave the {x} into the bin, matey, and be quick about it.")
    return _new(w, text, _done(w, binned([x]), thrown=(x,)))


def t187_imp_tester(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] != TABLE])
    if x is None:
        return None
    s = w.state.support[x]
    if s in w.bowls:
        text = f"Take the {x} out of the {s} and put it on the table. Expected: the {x} sits directly on the table."
    else:
        text = _say(w, f"Lift the {x} off the {s} and set it down on the table. Expected: {x} directly on the table.",
                    f"Step 1: pick up the {x}. Step 2: put it down on the table. Expected: the {x} is no longer on "
                    f"the {s}; it sits directly on the table.")
    return _new(w, text, _done(w, rels(Rel("on_table", x))))


def t187_imp_florist(w: World) -> Made:
    options = [(x, y, b) for x in w.blocks for y in w.blocks for b in w.bowls if x < y
               and not (w.state.base(x) == b and w.state.base(y) == b) and _room_in(w, b, [x, y])]
    pick = _one(w, options)
    if pick is None:
        return None
    x, y, b = pick
    if w.rng.random() < 0.5:
        x, y = y, x
    text = _say(w, f"Arrange the {x} and the {y} in the {b}, please.",
                f"Could you tuck the {x} into the {b}, and the {y} in there too?")
    return _new(w, text, _done(w, rels(Rel("in", x, b), Rel("in", y, b))))


# ----- declarative ----------------------------------------------------------------------------------
def t187_dec_pharmacist(w: World) -> Made:
    pair = _one(w, _stackable(w))
    if pair is None:
        return None
    x, y = pair
    text = _say(w, f"The {x} should be resting on the {y}, with nothing on top of the {x}. Please ensure that.",
                f"Please ensure the following: the {x} is on the {y}, and nothing is stacked on the {x}.")
    return _new(w, text, _done(w, rels(Rel("on", x, y), Rel("clear", x))))


def t187_dec_dispatcher(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    text = _say(w, f"Destination for the {x}: the {p}.", f"The {x} goes to the {p}.")
    return _new(w, text, _done(w, rels(Rel("at", x, p))))


def t187_dec_teacher(w: World) -> Made:
    pair = _one(w, [(x, y) for x, y in _stackable(w) if w.state.support[y] == TABLE])
    if pair is None:
        return None
    x, y = pair
    text = _say(w, f"The {x} goes on top of the {y}, and the {y} stays down on the table!",
                f"Here's our picture: the {y} on the table with the {x} sitting on top of it!")
    return _new(w, text, _done(w, rels(Rel("stacked", y, x))))


def t187_dec_sailor(w: World) -> Made:
    options = [(x, y, z) for x, y in _stackable(w) for z in w.blocks if z not in (x, y)]
    pick = _one(w, options)
    if pick is None:
        return None
    x, y, z = pick
    text = _say(w, f"The {x} is to be lashed on top of the {y}, and the {z} is to be stowed in the bin.",
                f"Here's how she should look: the {x} lashed on top of the {y}, and the {z} stowed away in the bin.")
    return _new(w, text, _done(w, rels(Rel("on", x, y)), binned([z]), thrown=(z,)))


def t187_dec_tester(w: World) -> Made:
    s = w.state
    options = [(x, y, b) for x in w.blocks for y in w.blocks for b in w.bowls
               if x != y and s.base(x) != b and s.support[y] not in (TABLE, *PLACES) and _room(s, b, 1)]
    pick = _one(w, options)
    if pick is None:
        return None
    x, y, b = pick
    text = _say(w, f"Expected state: the {x} in the {b}, the {y} directly on the table.",
                f"Expected result: {x} inside the {b}; {y} on the table itself, not on anything else.")
    return _new(w, text, _done(w, rels(Rel("in", x, b), Rel("on_table", y))))


def t187_dec_florist(w: World) -> Made:
    options = [(x, y, b) for x in w.blocks for y in w.blocks for b in w.bowls if x < y
               and not (w.state.base(x) == b and w.state.base(y) == b) and _room_in(w, b, [x, y])]
    pick = _one(w, options)
    if pick is None:
        return None
    x, y, b = pick
    text = _say(w, f"The {x} and the {y} both belong in the {b}.",
                f"The {b} is where the {x} and the {y} go, the pair of them together.")
    return _new(w, text, _done(w, rels(Rel("in", x, b), Rel("in", y, b))))


# ----- desiderative ---------------------------------------------------------------------------------
def t187_des_pharmacist(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p = w.rng.choice(PLACES)
    text = _say(w, f"I would like the {x} and the {y} both moved to the {p}, please. One at a time.",
                f"I'd like the {x} and the {y} placed at the {p}, please; one at a time is fine.")
    return _new(w, text, _done(w, rels(Rel("at", x, p), Rel("at", y, p))))


def t187_des_dispatcher(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    text = _say(w, f"Want the {x} and the {y} shipped to the bin.",
                f"I need the {x} and the {y} unloaded into the bin.")
    return _new(w, text, _done(w, binned([x, y]), thrown=(x, y)))


def t187_des_teacher(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    text = _say(w, f"I'd like a little tower of three: the {x} at the bottom, then the {y}, then the {z} on top!",
                f"I want to see a tower with the {x} on the bottom, the {y} on it and the {z} at the very top!")

    def tower(_i: SymState, f: SymState) -> bool:
        return f.support[y] == x and f.support[z] == y and f.support[x] not in (*f.support, BIN)

    return _new(w, text, _done(w, tower))


def t187_des_sailor(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if b is None:
        return None
    text = _say(w, f"I want the {b} emptied out onto the table, aye.",
                f"I'd have the {b} cleared out, matey; put what's in it on the table.")
    return _new(w, text, _done(w, _out_of(b)))


def t187_des_tester(w: World) -> Made:
    s = w.state
    pair = _one(w, [(b, c) for b in w.bowls for c in w.bowls
                    if b != c and s.in_bowl(b) and _room(s, c, len(s.in_bowl(b)))])
    if pair is None:
        return None
    b, c = pair
    moved = s.in_bowl(b)
    text = _say(w, f"I want every block in the {b} moved into the {c}. Expected: the {b} empty, the {c} holding them.",
                f"Desired outcome: the {b} is empty and everything that was in it is now in the {c}.")
    return _new(w, text, _done(w, empty(b), rels(*(Rel("in", m, c) for m in moved))))


def t187_des_florist(w: World) -> Made:
    s = w.state
    pair = _one(w, [(x, b) for x in w.blocks for b in w.bowls if s.in_bowl(b) != [x]])
    if pair is None:
        return None
    x, b = pair
    text = _say(w, f"Make it so that the {b} holds the {x} and nothing else.",
                f"I'd like the {b} to have only the {x} in it.")
    return _new(w, text, _done(w, lambda _i, f: f.in_bowl(b) == [x]))


# ----- quantified -----------------------------------------------------------------------------------
def t187_qua_pharmacist(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = _say(w, "Please take each block that is in a bowl out and place it on the table, one at a time.",
                "Please ensure that every block currently in a bowl is moved onto the table.")
    return _new(w, text, _done(w, _on_table(*inside)))


def t187_qua_dispatcher(w: World) -> Made:
    text = _say(w, "Unload every block into the bin.", "All blocks to the bin. Every last one.")
    return _new(w, text, _done(w, binned(w.blocks), thrown=tuple(w.blocks)))


def t187_qua_teacher(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    b = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) < len(w.blocks)])
    if b is None:
        return None
    text = _say(w, f"Let's put all the little blocks in the {b}!",
                f"Time to tidy up! Every single block goes into the {b}!")
    return _new(w, text, _done(w, rels(*(Rel("in", x, b) for x in w.blocks))))


def t187_qua_sailor(w: World) -> Made:
    tops = [t for t, _ in w.pairs()]
    if not tops:
        return None
    text = _say(w, "Take down every block that's sitting on top of another block and set each on the table, aye.",
                "Every block riding on top of another one, bring it down onto the table itself, matey.")
    return _new(w, text, _done(w, rels(*(Rel("on_table", t) for t in tops))))


def t187_qua_tester(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) != 3])
    if b is None:
        return None
    text = _say(w, f"Expected: the {b} contains exactly three blocks. Make it so.",
                f"Test setup: get exactly three blocks into the {b}, any three.")
    return _new(w, text, _done(w, count_in(b, 3)))


def t187_qua_florist(w: World) -> Made:
    if all(len(w.state.in_bowl(b)) == 1 for b in w.bowls):
        return None
    text = _say(w, "Arrange the blocks so that each bowl holds exactly one block; which block goes where is up to "
                   "you.",
                "Tuck exactly one block into every bowl, any block you like.")
    bowls = w.bowls
    return _new(w, text, _done(w, lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)))


# ----- negated --------------------------------------------------------------------------------------
def t187_neg_pharmacist(w: World) -> Made:
    pair = _one(w, [(x, y) for x in w.blocks for y in w.blocks if x != y and y not in w.state.above(x)])
    if pair is None:
        return None
    x, y = pair
    p = w.rng.choice(PLACES)
    text = _say(w, f"Please move the {x} to the {p}, but please do not touch the {y}.",
                f"Please place the {x} at the {p}. Do not move the {y} at all.")
    return _new(w, text, _done(w, rels(Rel("at", x, p)), kept(y)))


def t187_neg_dispatcher(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    text = _say(w, f"Ship every block to the bin except the {x}.", f"Every block into the bin. Not the {x}.")
    return _new(w, text, _done(w, binned(rest), thrown=tuple(rest)))


def t187_neg_teacher(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    pair = _one(w, [(x, b) for x in w.blocks for b in w.bowls
                    if w.state.base(x) != b and any(w.state.base(o) != b for o in w.blocks if o != x)])
    if pair is None:
        return None
    x, b = pair
    rest = [o for o in w.blocks if o != x]
    text = _say(w, f"Let's pop all the blocks into the {b} except the {x}!",
                f"Everybody into the {b}! All except the {x}, the {x} stays out!")
    return _new(w, text, _done(w, rels(*(Rel("in", o, b) for o in rest)), _not_in(x, b)))


def t187_neg_sailor(w: World) -> Made:
    g = _one(w, [b for b in w.blocks if not w.state.is_clear(b)])
    if g is None:
        return None
    text = _say(w, f"Get everything off the {g}, but nothing goes over the side into the bin, aye.",
                f"Clear the top of the {g}, matey, and don't you throw a single block in the bin.")
    return _new(w, text, _done(w, rels(Rel("clear", g))))


def t187_neg_tester(w: World) -> Made:
    s = w.state
    pair = _one(w, [(x, y) for x, y in _stackable(w) if s.is_clear(x) and s.is_clear(y)])
    if pair is None:
        return None
    x, y = pair
    others = [b for b in w.blocks if b != x]
    text = _say(w, f"Move the {x} onto the {y}. Do not move any other block. Expected: only the {x} has moved.",
                f"Test: put the {x} on the {y} without moving anything else.")
    return _new(w, text, _done(w, rels(Rel("on", x, y)), kept(*others)))


def t187_neg_florist(w: World) -> Made:
    s = w.state
    pair = _one(w, [(x, b) for x in w.blocks for b in w.bowls if s.in_bowl(b) and s.base(x) != b and _room(s, b, 1)])
    if pair is None:
        return None
    x, b = pair
    text = _say(w, f"Tuck the {x} into the {b} without moving anything that's already in there.",
                f"Arrange the {x} in the {b}, but don't disturb {_names(s.in_bowl(b))} already in it.")
    return _new(w, text, _done(w, rels(Rel("in", x, b)), kept(*s.in_bowl(b))))


# ----- relative -------------------------------------------------------------------------------------
def t187_rel_pharmacist(w: World) -> Made:
    pick = _one(w, [(t, u, b) for t, u in w.pairs() for b in w.bowls if w.state.base(t) != b and _room(w.state, b, 1)])
    if pick is None:
        return None
    t, u, b = pick
    text = _say(w, f"Please take the block that is sitting on the {u} and place it in the {b}.",
                f"Please move whichever block is on top of the {u} into the {b}, carefully.")
    return _new(w, text, _done(w, rels(Rel("in", t, b))))


def t187_rel_dispatcher(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if b is None:
        return None
    x, p = w.state.in_bowl(b)[0], w.rng.choice(PLACES)
    text = _say(w, f"The block in the {b}: ship it to the {p}.",
                f"Take whatever block is in the {b} and move it to the {p}.")
    return _new(w, text, _done(w, rels(Rel("at", x, p))))


def t187_rel_teacher(w: World) -> Made:
    pair = _one(w, [(t, u) for t, u in w.pairs() if w.state.support[u] not in w.state.support])
    if pair is None:
        return None
    t, u = pair
    text = _say(w, f"Let's find the block hiding under the {t} and pop it in the bin!",
                f"Let's take the block right underneath the {t} and put that one in the bin!")
    return _new(w, text, _done(w, binned([u]), thrown=(u,)))


def t187_rel_sailor(w: World) -> Made:
    s = w.state
    pick = _one(w, [(x, b) for b in w.bowls if len(s.in_bowl(b)) == 1 for x in w.blocks if s.base(x) != b])
    if pick is None:
        return None
    x, b = pick
    z = s.in_bowl(b)[0]
    text = _say(w, f"Lash the {x} on top of the block that's in the {b}, aye.",
                f"Put the {x} atop whatever block is sitting in the {b}, matey.")
    return _new(w, text, _done(w, rels(Rel("on", x, z))))


def t187_rel_tester(w: World) -> Made:
    s = w.state
    pair = _one(w, [(g, r) for r in s.in_bowls() for g in w.blocks
                    if s.base(g) != s.base(r) and _room(s, s.base(r), 1)])
    if pair is None:
        return None
    g, r = pair
    b = s.base(r)
    text = _say(w, f"Move the {g} into the same bowl as the {r}. Expected: both blocks in that one bowl.",
                f"Put the {g} in whichever bowl the {r} is in.")
    return _new(w, text, _done(w, rels(Rel("in", g, b))))


def t187_rel_florist(w: World) -> Made:
    s = w.state
    towers = _towers(s)
    tall = max(len(t) for t in towers)
    best = [t for t in towers if len(t) == tall]
    if tall < 2 or len(best) != 1 or tall >= layout.MAX_TOWER:
        return None
    top = best[0][-1]
    x = _one(w, [b for b in w.blocks if b not in best[0] and s.is_clear(b)])
    if x is None:
        return None
    text = _say(w, f"Arrange the {x} on top of the tallest stack.",
                f"Crown the tallest stack with the {x}: set it right on the top.")
    return _new(w, text, _done(w, rels(Rel("on", x, top))))


# ----- keep -----------------------------------------------------------------------------------------
def t187_keep_pharmacist(w: World) -> Made:
    pair = _one(w, [(b, c) for b in w.bowls for c in w.bowls if b != c and w.state.in_bowl(b)])
    if pair is None:
        return None
    b, c = pair
    text = _say(w, f"Please take whatever is in the {b} out and place it on the table, but please leave the {c} "
                   f"exactly as it is.",
                f"Please empty the {b} onto the table, one block at a time. The {c} should stay just as it is.")
    return _new(w, text, _done(w, _out_of(b), _bowl_kept(c)))


def t187_keep_dispatcher(w: World) -> Made:
    pair = _one(w, [(x, g) for x in w.blocks for g in w.blocks if x != g and g not in w.state.above(x)])
    if pair is None:
        return None
    x, g = pair
    text = _say(w, f"Ship the {x} to the bin. {_cap(g)} stays put.", f"Bin the {x}. Leave the {g} where it is.")
    return _new(w, text, _done(w, binned([x]), kept(g), thrown=(x,)))


def t187_keep_teacher(w: World) -> Made:
    s = w.state
    pick = _one(w, [(x, y, r) for x, y in _stackable(w) for r in w.blocks
                    if r not in (x, y) and r not in s.above(x) and r not in s.above(y)])
    if pick is None:
        return None
    x, y, r = pick
    text = _say(w, f"Let's put the {x} on top of the {y}! But the {r} stays right where it is, okay?",
                f"Let's pop the {x} onto the {y}, and let's leave the {r} just where it is!")
    return _new(w, text, _done(w, rels(Rel("on", x, y)), kept(r)))


def t187_keep_sailor(w: World) -> Made:
    s = w.state
    pair = _one(w, [(x, b) for x in w.blocks for b in w.bowls
                    if s.is_clear(x) and s.base(x) != b and _room(s, b, 1)])
    if pair is None:
        return None
    x, b = pair
    others = [o for o in w.blocks if o != x]
    text = _say(w, f"Stow the {x} in the {b} and leave the rest of the cargo where it lies.",
                f"Aye, put the {x} in the {b}; every other block stays exactly where it is.")
    return _new(w, text, _done(w, rels(Rel("in", x, b)), kept(*others)))


def t187_keep_tester(w: World) -> Made:
    pair = _one(w, [(x, y) for x in w.blocks for y in w.blocks if x != y and y not in w.state.above(x)])
    if pair is None:
        return None
    x, y = pair
    p = w.rng.choice(PLACES)
    text = _say(w, f"Precondition: the {y} stays unchanged. Action: move the {x} to the {p}. Expected: {x} at the "
                   f"{p}, {y} not moved.",
                f"Move the {x} to the {p}. Expected: the {y} is left exactly where it is.")
    return _new(w, text, _done(w, rels(Rel("at", x, p)), kept(y)))


def t187_keep_florist(w: World) -> Made:
    s = w.state
    pick = _one(w, [(x, b, c) for x in w.blocks for b in w.bowls for c in w.bowls
                    if b != c and s.base(x) not in (b, c) and _room(s, b, 1)])
    if pick is None:
        return None
    x, b, c = pick
    text = _say(w, f"Keep the {c} just as it is; just tuck the {x} into the {b}.",
                f"Leave the {c} arrangement alone and tuck the {x} into the {b}.")
    return _new(w, text, _done(w, rels(Rel("in", x, b)), _bowl_kept(c)))


# ----- multi_step -----------------------------------------------------------------------------------
def t187_multi_pharmacist(w: World) -> Made:
    pick = _one(w, [(x, g, b) for x in w.blocks for g in w.blocks for b in w.bowls
                    if x != g and w.state.support[g] != x and _room(w.state, b, 2)])
    if pick is None:
        return None
    x, g, b = pick
    text = _say(w, f"First, please place the {x} in the {b}. Then, once that is done, please place the {g} on top of "
                   f"the {x}.",
                f"Please do this in order: first the {x} goes into the {b}, and after that the {g} goes on top of the "
                f"{x}.")
    return _new(w, text, _done(w, rels(Rel("in", x, b), Rel("on", g, x))))


def t187_multi_dispatcher(w: World) -> Made:
    s = w.state
    pair = _one(w, [(b, x) for b in w.bowls if s.in_bowl(b) for x in w.blocks if s.base(x) != b])
    if pair is None:
        return None
    b, x = pair
    text = _say(w, f"Unload the {b} onto the table, then load the {x} into it.",
                f"Two jobs. One: unload the {b} to the table. Two: load the {x} into the {b}.")
    inside = s.in_bowl(b)
    return _new(w, text, _done(w, _on_table(*inside), rels(Rel("in", x, b))))


def t187_multi_teacher(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    text = _say(w, f"First let's put the {x} on the table, then pop the {y} on top of it, and then the {z} on top of "
                   f"the {y}!",
                f"Step one, the {x} goes on the table! Step two, the {y} goes on the {x}! Step three, the {z} goes on "
                f"the {y}!")
    return _new(w, text, _done(w, rels(Rel("stacked", x, y, z))))


def t187_multi_sailor(w: World) -> Made:
    pick = _one(w, [(r, g, b) for g, b in _stackable(w) for r in w.blocks if r not in (g, b)])
    if pick is None:
        return None
    r, g, b = pick
    text = _say(w, f"First stow the {r} in the bin, then lash the {g} on top of the {b}.",
                f"Heave the {r} into the bin, and after that lash the {g} atop the {b}, aye.")
    return _new(w, text, _done(w, binned([r]), rels(Rel("on", g, b)), thrown=(r,)))


def t187_multi_tester(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p, q = w.pick(list(PLACES), 2)
    text = _say(w, f"Step 1: move the {x} to the {p}. Step 2: move the {y} to the {q}. Expected: both blocks in "
                   f"those spots.",
                f"Run these in order. 1) {x} to the {p}. 2) {y} to the {q}.")
    return _new(w, text, _done(w, rels(Rel("at", x, p), Rel("at", y, q))))


def t187_multi_florist(w: World) -> Made:
    x, g = w.pick(w.blocks, 2)
    p = w.rng.choice(PLACES)
    where = "the middle of the table" if p == "middle" else f"the {p}"
    text = _say(w, f"First place the {x} in {where}, then set the {g} on top of the {x}.",
                f"Start with the {x} in {where}, and then pair the {g} with it by setting the {g} right on top of "
                f"the {x}.")
    return _new(w, text, _done(w, rels(Rel("at", x, p), Rel("on", g, x))))


# ----- question -------------------------------------------------------------------------------------
def t187_q_pharmacist(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if b is None:
        return None
    text = _say(w, f"Could you please tell me how many blocks are in the {b}?",
                f"How many blocks are currently in the {b}, please?")
    return text, answered(str(len(w.state.in_bowl(b))))


def t187_q_dispatcher(w: World) -> Made:
    nb, nw = len(w.blocks), len(w.bowls)
    if nb == nw:
        return None
    text = _say(w, "How many blocks you got, and how many bowls?", "Give me a count: how many blocks, how many bowls?")
    return text, answered(f"{nb}|{nw}")


def t187_q_teacher(w: World) -> Made:
    s = w.state
    if s.in_bowls() and w.rng.random() < 0.5:
        x = w.rng.choice(s.in_bowls())
        b, flag = s.base(x), True
    else:
        x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
        flag = s.base(x) == b
    text = _say(w, f"Robot, can you tell the class: is the {x} in the {b}?",
                f"Is the {x} sitting in the {b}? Let's find out!")
    return text, answered(yes(flag))


def t187_q_sailor(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    t, u = pair
    text = _say(w, f"What's sitting on top of the {u}, and how many bowls are aboard?",
                f"Aye, two questions: which block is riding on the {u}, and how many bowls have we got?")
    return text, answered(f"{_c(t)}|{len(w.bowls)}")


def t187_q_tester(w: World) -> Made:
    s = w.state
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        x, y = w.pick(w.blocks, 2)
        if x in s.above(y) and s.support[x] != y:
            return None
    text = _say(w, f"Verify: is the {x} on top of the {y}? Answer yes or no.",
                f"Quick check, expected yes or no: is the {x} resting on the {y}?")
    return text, answered(yes(s.support[x] == y))


def t187_q_florist(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if b is None:
        return None
    text = _say(w, f"Which blocks are in the {b} right now?", f"What's tucked in the {b} at the moment?")
    return text, answered("|".join(_c(x) for x in w.state.in_bowl(b)))


# ----- matching -------------------------------------------------------------------------------------
def _match_open(w: World) -> list[Rel]:
    """The colour matches, where at least one does not hold yet."""
    want = matching(w)
    return want if want and not rels(*want)(w.state, w.state) else []


def t187_match_pharmacist(w: World) -> Made:
    want = _match_open(w)
    if not want:
        return None
    text = _say(w, "Please place each block in the bowl of the same colour, wherever there is one.",
                "Please ensure every block that has a bowl of its own colour ends up in that bowl.")
    return _new(w, text, _done(w, rels(*want)))


def t187_match_dispatcher(w: World) -> Made:
    x = _one(w, [b for b in _matched(w) if w.state.base(b) != _bowl_of(w, b)])
    if x is None:
        return None
    c = _c(x)
    text = _say(w, f"Load the {x} into the bowl that matches its colour.",
                f"{_cap(x)} goes to the {c} bowl. Ship it.")
    return _new(w, text, _done(w, rels(Rel("in", x, _bowl_of(w, x)))))


def t187_match_teacher(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    left = [b for b in w.blocks if b not in _matched(w)]
    text = _say(w, "Let's play colour match! Every block goes into the bowl of its own colour, and any block without "
                   "a matching bowl goes in the bin!",
                "Matching game! Pop each block into the bowl that's the same colour, and the leftover blocks go in "
                "the bin!")
    return _new(w, text, _done(w, rels(*want), binned(left), thrown=tuple(left)))


def t187_match_sailor(w: World) -> Made:
    want = matching(w)
    left = [b for b in w.blocks if b not in _matched(w)]
    if not want or not left:
        return None
    text = _say(w, "Stow every block in the bowl of its own colour, aye; any block with no bowl of its colour goes on "
                   "the table.",
                "Each block to the bowl that matches its colour, matey, and the ones without a match go on the "
                "table.")
    return _new(w, text, _done(w, rels(*want), _on_table(*left)))


def t187_match_tester(w: World) -> Made:
    want = _match_open(w)
    if not want:
        return None
    text = _say(w, "For each bowl, move the block of the same colour into it. Expected: every block with a "
                   "same-coloured bowl is inside that bowl.",
                "Test case: colour match. Put each block into the bowl of its colour, if there is one. Expected: "
                "all matches made.")
    return _new(w, text, _done(w, rels(*want)))


def t187_match_florist(w: World) -> Made:
    s = w.state
    pick = _one(w, [(x, y) for x in _matched(w) for y in w.blocks if y != x
                    and not (s.base(x) == _bowl_of(w, x) and s.base(y) == _bowl_of(w, x))
                    and _room_in(w, _bowl_of(w, x), [x, y])])
    if pick is None:
        return None
    x, y = pick
    b = _bowl_of(w, x)
    text = _say(w, f"Pair the {x} with the bowl of its colour, and tuck the {y} into that same bowl.",
                f"Tuck the {x} into the bowl that matches it, and the {y} in there with it.")
    return _new(w, text, _done(w, rels(Rel("in", x, b), Rel("in", y, b))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pharmacist", "dispatcher", "teacher", "sailor", "tester", "florist")
FRESH187: list[Template] = [
    (f"t187_{short}_{style}", category, globals()[f"t187_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
