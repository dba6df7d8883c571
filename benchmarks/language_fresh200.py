"""`FRESH200`, the two-hundred-and-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- mechanic: "chuck the red block in the bin but leave the blue block where it is"
- florist: "nestle the red block into the blue bowl, and keep the green block just as it is, please"
- accountant: "Kindly ensure that the blue bowl holds precisely two blocks."
- barista: "could I get two blocks in the blue bowl? any two you like!"
- coach: "Every single block into the blue bowl! Let's go, team!"
- learner: "please put blocks in the bin but not red block and not blue block"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 59284fb, the code of 2e64668, before anything it could prompt): 0.8367
goal-correct (251 of 300), 29 refused, 10 asked, five wrong actions and five wrong replies. The wrong actions: "could you
stack X on Y? but keep Z where it is please!" read the exception across the sentence and stacked every block (four), and
the learner's "put X in bowl with same colour as Y block" put X in the bowl of its own colour. The wrong replies: "what's
that sitting on top of X?" got the help text. The refusals and questions back: "By the whistle W is empty and everything that was in it is in
the bin!", "it'll look lovely there", "but not white block and not blue block", "the pink bowl stays exactly as it is,
hands off!", "the other blocks stay same place", "Additionally, kindly state how many bowls there are in total", "the
green block is on which block? and how many bowl there are?".
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

_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
_BIN_ROOM = 5  # the bin's slots: never ask for more blocks in it than this


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _choice(w: World, items: list) -> object | None:
    return w.rng.choice(items) if items else None


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    """Whether the bowl can hold what it holds now (less `adding`) and `adding` besides."""
    stay = [b for b in w.state.in_bowl(bowl) if b not in adding]
    return len(stay) + len(adding) <= layout.BOWL_CAPACITY


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can end on `below` without a tower over `layout.MAX_TOWER` (blockers lifted off)."""
    if top == below:
        return False
    under = [b for b in _below(w.state, below) if b != top]
    return len(under) + 2 <= layout.MAX_TOWER


def _clear_pair(w: World) -> tuple[str, str] | None:
    """(top, below): a clear block resting directly on another block."""
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t) and len(w.state.on_top(b)) == 1]
    return w.rng.choice(pairs) if pairs else None


def _loose(w: World) -> list[str]:
    """Blocks not in the bin (all of them, in a generated scene)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _same_set(bowl: str) -> Check:
    return lambda i, f: sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl))


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


# ----- imperative -----------------------------------------------------------------------------------
def t200_imp_mechanic(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if not _room(w, bowl, [x]):
        return None
    return _made(w, f"stick the {x} in the {bowl}, mate", _act(rels(Rel("in", x, bowl))))


def t200_imp_florist(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None or not _stackable(w, x, y):
        return None
    return _made(w, f"Could you pop the {x} on top of the {y}, please?", _act(rels(Rel("on", x, y))))


def t200_imp_accountant(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), _place(w)
    return _made(w, f"Please move the {x} to the {place}.", _act(rels(Rel("at", x, place))))


def t200_imp_barista(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _made(w, f"hiya! could you toss the {x} in the bin for me? thanks so much", _act(rels(Rel("in_bin", x))))


def t200_imp_coach(w: World) -> Made:
    busy = [b for b in w.blocks if not w.state.is_clear(b)]
    y = _choice(w, busy)
    if y is None:
        return None
    return _made(w, f"Get everything off the top of the {y}! Move it, move it!", _act(rels(Rel("clear", y))))


def t200_imp_learner(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES)]
    x = _choice(w, off)
    if x is None:
        return None
    return _made(w, f"please take {x} and put it on table", _act(rels(Rel("on_table", x))))


# ----- declarative ----------------------------------------------------------------------------------
def t200_dec_mechanic(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    bowl = w.rng.choice(w.bowls)
    if x is None or not _room(w, bowl, [x]):
        return None
    check = _act(rels(Rel("in", x, bowl), Rel("in_bin", y)))
    return _made(w, f"the {x} goes in the {bowl} and the {y} goes in the bin", check)


def t200_dec_florist(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    y, x = _choice(w, inside), _choice(w, outside)
    if y is None or x is None or not _room(w, bowl, [x, y]):
        return None
    check = _act(rels(Rel("in", x, bowl), Rel("in", y, bowl)))
    return _made(w, f"The {x} should be nestled in the {bowl} together with the {y}.", check)


def t200_dec_accountant(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None:
        return None
    place = _place(w)
    check = _act(rels(Rel("at", x, place), Rel("on", y, x)))
    return _made(w, f"The {x} is to be located at the {place}, with the {y} stacked directly on top of it.", check)


def t200_dec_barista(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None or not _stackable(w, x, y):
        return None
    return _made(w, f"the order's simple: the {x} sits on top of the {y}!", _act(rels(Rel("on", x, y))))


def t200_dec_coach(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b) and len(w.state.in_bowl(b)) <= _BIN_ROOM]
    bowl = _choice(w, full)
    if bowl is None:
        return None
    check = _act(empty(bowl), binned(w.state.in_bowl(bowl)))
    return _made(w, f"By the whistle the {bowl} is empty and everything that was in it is in the bin!", check)


def t200_dec_learner(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if not _room(w, bowl, [x]):
        return None
    return _made(w, f"{x} must be in the {bowl} at the end", _act(rels(Rel("in", x, bowl))))


# ----- desiderative ---------------------------------------------------------------------------------
def t200_des_mechanic(w: World) -> Made:
    pair = _clear_pair(w)
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"I want the {x} off the {y} and chucked in the bin", _act(rels(Rel("in_bin", x))))


def t200_des_florist(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), _place(w)
    return _made(w, f"I'd love the {x} set at the {place}, it'll look lovely there", _act(rels(Rel("at", x, place))))


def t200_des_accountant(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    bowl = w.rng.choice(w.bowls)
    if x is None or not _room(w, bowl, [x]):
        return None
    check = _act(rels(Rel("in", x, bowl), Rel("in_bin", y)))
    text = f"It is my wish that the {x} be placed in the {bowl} and that the {y} be disposed of in the bin."
    return _made(w, text, check)


def t200_des_barista(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None or not _stackable(w, x, y):
        return None
    return _made(w, f"I'd like the {x} on top of the {y} when you get a sec, ta!", _act(rels(Rel("on", x, y))))


def t200_des_coach(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    text = f"I wanna see a tower of the {a}, the {b} and the {c}, any order! Let's go!"
    return _made(w, text, _act(rels(Rel("tower", a, b, c))))


def t200_des_learner(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if not _room(w, bowl, [x]):
        return None
    return _made(w, f"i want the {x} in {bowl} please", _act(rels(Rel("in", x, bowl))))


# ----- quantified -----------------------------------------------------------------------------------
def t200_qua_mechanic(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose or len(loose) > _BIN_ROOM or not w.in_bowls():
        return None
    check = _act(binned(loose), kept(*w.in_bowls()))
    return _made(w, "chuck every block that isn't in a bowl into the bin, leave the bowls alone", check)


def t200_qua_florist(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(w.blocks) < len(bowls):
        return None
    check = _act(*(count_in(b, 1) for b in bowls))
    return _made(w, "pop exactly one block in each bowl, would you?", check)


def t200_qua_accountant(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    options = [n for n in range(1, min(layout.BOWL_CAPACITY, len(w.blocks)) + 1) if n != now]
    n = w.rng.choice(options)
    blocks = "block" if n == 1 else "blocks"
    text = f"Kindly ensure that the {bowl} holds precisely {_NUMBERS[n]} {blocks}."
    return _made(w, text, _act(count_in(bowl, n)))


def t200_qua_barista(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if bowl is None:
        return None
    return _made(w, f"could I get two blocks in the {bowl}? any two you like!", _act(count_in(bowl, 2)))


def t200_qua_coach(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    check = _act(rels(*(Rel("in", b, bowl) for b in w.blocks)))
    return _made(w, f"Every single block into the {bowl}! Let's go, team!", check)


def t200_qua_learner(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    place = _place(w)
    check = _act(rels(*(Rel("at", b, place) for b in w.state.in_bowl(bowl))))
    return _made(w, f"please move all blocks from the {bowl} to the {place}", check)


# ----- negated --------------------------------------------------------------------------------------
def t200_neg_mechanic(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in _loose(w) if b != x]
    if len(rest) > _BIN_ROOM:
        return None
    return _made(w, f"bin the lot except the {x}, mate", _act(binned(rest), none_binned([x])))


def t200_neg_florist(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    check = _act(empty(bowl), none_binned(w.state.in_bowl(bowl)))
    return _made(w, f"take everything out of the {bowl}, but please don't put any of it in the bin", check)


def t200_neg_accountant(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None or y in w.state.above(x):
        return None
    place = _place(w)
    check = _act(rels(Rel("at", x, place)), kept(y))
    text = f"Please relocate the {x} to the {place}; under no circumstances is the {y} to be moved."
    return _made(w, text, check)


def t200_neg_barista(w: World) -> Made:
    pair = _clear_pair(w)
    if pair is None:
        return None
    x, y = pair
    check = _act(_not(Rel("on", x, y)), _not(Rel("in_bin", x)))
    return _made(w, f"could you take the {x} off the {y}? just not into the bin, thanks!", check)


def t200_neg_coach(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    rest = [b for b in w.blocks if b != x]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    check = _act(rels(*(Rel("in", b, bowl) for b in rest)), _not(Rel("in", x, bowl)))
    return _made(w, f"All the blocks into the {bowl} except the {x}! Not the {x}! Go!", check)


def t200_neg_learner(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    rest = [b for b in _loose(w) if b not in (x, y)]
    if x is None or not rest or len(rest) > _BIN_ROOM:
        return None
    check = _act(binned(rest), none_binned([x, y]))
    return _made(w, f"please put blocks in the bin but not {x} and not {y}", check)


# ----- relative -------------------------------------------------------------------------------------
def t200_rel_mechanic(w: World) -> Made:
    pair = _clear_pair(w)
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"grab whatever's sitting on the {y} and chuck it in the bin", _act(rels(Rel("in_bin", x))))


def t200_rel_florist(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.support[b] not in w.state.support]
    pair = _choice(w, pairs)
    if pair is None:
        return None
    x, below = pair
    bowls = [b for b in w.bowls if w.state.base(below) != b and _room(w, b, [below])]
    bowl = _choice(w, bowls)
    if bowl is None:
        return None
    return _made(w, f"pop the block underneath the {x} into the {bowl}", _act(rels(Rel("in", below, bowl))))


def t200_rel_accountant(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY:
        return None
    others = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) != bowl)
    if len(others) < 2 or others[1][0] - others[0][0] < 0.04:
        return None
    x = others[0][1]
    text = f"Please transfer the block nearest to the {bowl} into the {bowl}."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t200_rel_barista(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.on_top(b) and w.state.support[b] not in w.state.support]
    if len(bottoms) != 1:
        return None
    top = w.state.above(bottoms[0])[0]
    place = _place(w)
    text = f"could I get the top block of the tower moved over to the {place}, please?"
    return _made(w, text, _act(rels(Rel("at", top, place))))


def t200_rel_coach(w: World) -> Made:
    pair = _choice(w, w.pairs())
    if pair is None:
        return None
    x, below = pair
    return _made(w, f"See the block the {x} is sitting on? Get it in the bin, now!", _act(rels(Rel("in_bin", below))))


def t200_rel_learner(w: World) -> Made:
    pair = _clear_pair(w)
    if pair is None:
        return None
    x, y = pair
    bowl = _choice(w, [b for b in w.bowls if _room(w, b, [x])])
    if bowl is None:
        return None
    return _made(w, f"the block on the {y}, put it in {bowl} please", _act(rels(Rel("in", x, bowl))))


# ----- keep -----------------------------------------------------------------------------------------
def t200_keep_mechanic(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None or y in w.state.above(x):
        return None
    check = _act(rels(Rel("in_bin", x)), kept(y))
    return _made(w, f"chuck the {x} in the bin but leave the {y} where it is", check)


def t200_keep_florist(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    bowl = w.rng.choice(w.bowls)
    if x is None or y in w.state.above(x) or not _room(w, bowl, [x]):
        return None
    check = _act(rels(Rel("in", x, bowl)), kept(y))
    return _made(w, f"nestle the {x} into the {bowl}, and keep the {y} just as it is, please", check)


def t200_keep_accountant(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= _BIN_ROOM])
    if bowl is None:
        return None
    y = _choice(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if y is None:
        return None
    check = _act(binned(w.state.in_bowl(bowl)), kept(y))
    return _made(w, f"Kindly clear the {bowl} into the bin, while keeping the {y} exactly where it is.", check)


def t200_keep_barista(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    x, y, z = trio
    if not _stackable(w, x, y) or z in w.state.above(x) or z in w.state.above(y):
        return None
    check = _act(rels(Rel("on", x, y)), kept(z))
    return _made(w, f"could you stack the {x} on the {y}? but keep the {z} where it is please!", check)


def t200_keep_coach(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = _choice(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if x is None:
        return None
    place = _place(w)
    check = _act(rels(Rel("at", x, place)), kept(*w.state.in_bowl(bowl)), _same_set(bowl))
    return _made(w, f"Get the {x} to the {place}! And the {bowl} stays exactly as it is, hands off!", check)


def t200_keep_learner(w: World) -> Made:
    x = _choice(w, [b for b in w.blocks if w.state.is_clear(b)])
    if x is None:
        return None
    others = [b for b in w.blocks if b != x]
    check = _act(rels(Rel("in_bin", x)), kept(*others))
    return _made(w, f"put the {x} in the bin please, the other blocks stay same place", check)


# ----- multi-step -----------------------------------------------------------------------------------
def t200_multi_mechanic(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    x, y, z = trio
    if not _stackable(w, y, z) or x in _below(w.state, z):
        return None
    check = _act(rels(Rel("in_bin", x), Rel("on", y, z)))
    return _made(w, f"first chuck the {x} in the bin, then stick the {y} on the {z}", check)


def t200_multi_florist(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    bowl = w.rng.choice(w.bowls)
    if x is None or not _room(w, bowl, [x, y]):
        return None
    check = _act(rels(Rel("in", x, bowl), Rel("on", y, x)))
    return _made(w, f"First pop the {x} into the {bowl}, then set the {y} on top of it.", check)


def t200_multi_accountant(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None:
        return None
    p1, p2 = w.rng.sample(list(PLACES), 2)
    check = _act(rels(Rel("at", x, p1), Rel("at", y, p2)))
    return _made(w, f"Firstly, move the {x} to the {p1}. Secondly, move the {y} to the {p2}.", check)


def t200_multi_barista(w: World) -> Made:
    x, y = w.pick(w.blocks, 2) or (None, None)
    bowl = w.rng.choice(w.bowls)
    if x is None or not _room(w, bowl, [y]):
        return None
    check = _act(rels(Rel("in_bin", x), Rel("in", y, bowl)))
    return _made(w, f"two things for you: the {x} in the bin, and then the {y} into the {bowl}, ta!", check)


def t200_multi_coach(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    x, y, z = trio
    text = f"Step one, the {x} on the table! Step two, the {y} on top of it! Step three, the {z} on top of that! Go!"
    return _made(w, text, _act(rels(Rel("stacked", x, y, z))))


def t200_multi_learner(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside)
    y = _choice(w, [b for b in w.blocks if b not in inside])
    if y is None:
        return None
    check = _act(_not(Rel("in", x, bowl)), rels(Rel("in", y, bowl)))
    return _made(w, f"first take the {x} out from the {bowl}, after that put the {y} in there", check)


# ----- questions ------------------------------------------------------------------------------------
def t200_q_mechanic(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    if n == 0:
        return None
    return f"how many blocks in the {bowl}, mate?", answered(str(n))


def t200_q_florist(w: World) -> Made:
    pair = _clear_pair(w)
    if pair is None:
        return None
    x, y = pair
    return f"what's that sitting on top of the {y}?", answered(x)


def t200_q_accountant(w: World) -> Made:
    pair = _choice(w, w.pairs()) if w.rng.random() < 0.5 else None
    x, y = pair or w.pick(w.blocks, 2)
    flag = w.state.support[x] == y
    text = f"Is the {x} on the {y}? Additionally, kindly state how many bowls there are in total."
    return text, answered(f"{yes(flag)}|{len(w.bowls)}")


def t200_q_barista(w: World) -> Made:
    s = w.state
    on_block = [b for b in w.blocks if s.support[b] in s.support and s.base(b) in (TABLE, *PLACES)]
    spots = [b for b in w.blocks if s.support[b] in s.bowls] + on_block
    x = _choice(w, spots)
    if x is None:
        return None
    return f"quick q, where's the {x} at?", answered(s.support[x])


def t200_q_coach(w: World) -> Made:
    n = len(w.pairs())
    if n == 0:
        return None
    return "Heads up! How many blocks are sitting on top of other blocks right now?", answered(str(n))


def t200_q_learner(w: World) -> Made:
    pair = _choice(w, w.pairs())
    if pair is None:
        return None
    x, below = pair
    n = len(w.bowls)
    return f"the {x} is on which block? and how many bowl there are?", answered(f"{below}|{n}")


# ----- matching -------------------------------------------------------------------------------------
def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def t200_match_mechanic(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "stick each block in the bowl that's the same colour as it, mate", _act(rels(*want)))


def t200_match_florist(w: World) -> Made:
    x = _choice(w, [r.block for r in matching(w) if not holds(r, w.state)])
    if x is None:
        return None
    bowl = _bowl_of(w, w.colour(x))
    return _made(w, f"pop the {x} into the bowl that matches its colour", _act(rels(Rel("in", x, bowl))))


def t200_match_accountant(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not rest or len(rest) > _BIN_ROOM:
        return None
    check = _act(rels(*want), binned(rest))
    text = "Kindly place each block in the bowl of its own colour; the remaining blocks are to be placed in the bin."
    return _made(w, text, check)


def t200_match_barista(w: World) -> Made:
    want = matching(w)
    moving = [r for r in want if not holds(r, w.state)]
    cands = [r.block for r in moving if not any(m.block in _below(w.state, r.block) for m in moving)]
    y = _choice(w, cands)
    if y is None:
        return None
    check = _act(rels(*(r for r in want if r.block != y)), kept(y))
    return _made(w, f"could I get the blocks sorted into their matching bowls? but leave the {y} alone please", check)


def t200_match_coach(w: World) -> Made:
    r = _choice(w, [r for r in matching(w) if not holds(r, w.state)])
    if r is None:
        return None
    return _made(w, f"Find the block that's the same colour as the {r.target} and get it in there! Go!", _act(rels(r)))


def t200_match_learner(w: World) -> Made:
    y = _choice(w, [r.block for r in matching(w)])
    if y is None:
        return None
    bowl = _bowl_of(w, w.colour(y))
    x = _choice(w, [b for b in w.blocks if b != y and _room(w, bowl, [b])])
    if x is None:
        return None
    return _made(w, f"put the {x} in bowl with same colour as {y}", _act(rels(Rel("in", x, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mechanic", "florist", "accountant", "barista", "coach", "learner")
FRESH200: list[Template] = [
    (f"t200_{short}_{style}", category, globals()[f"t200_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
