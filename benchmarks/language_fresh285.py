"""`FRESH285`, the two-hundred-and-eighty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six personas, one style each:
- tech: "run a quick pick-and-place for me: grab the red block and drop it into the blue bowl"
- russian2: "Please, put the red block on top of the green block, it must be on him."
- actor2: "Away with the red block! Into the bin it goes, and let it never return!"
- neighbour: "morning! could you pop the red block over in the top left corner for me? ta"
- pensioner: "Could you please take the red block out of the blue bowl? Not into the bin, mind you."
- plain66: "Empty the blue bowl into the bin."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2a4bd06, the code of 48468db, before anything it could prompt): 0.7667
goal-correct (230 of 300), 70 refused, no wrong action, no wrong reply. The refusals: a technician's 'run a quick
pick-and-place for me: ...', 'Populate W with all the blocks, excluding X. That one must not end up in there.' and 'keep
the W contents as-is, no changes there', an actor's 'Away with X! Into the bin it goes, and let it never return!', 'Let
every bowl receive a block: one, and only one, for each!', 'Of all the blocks outside W, the one standing nearest to it:
into the bowl with it, at once!', 'the middle of the stage (forgive me, the table)! And then, Y atop it!' and 'X yearns
for the bowl of its own colour. Reunite them!', a Russian speaker's 'not somewhere other', 'Make so that in W are
exactly 1 block' and 'put in W the block of same colour', a neighbour's 'it's been bugging me all morning', 'W is
getting a bit full, could you take everything out of it except X? the others can just go in the bin' and 'whichever
block that is in W, could you lift it out ...'.
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

CORNERS = list(PLACES[:4])
MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """Every check holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    """An action template's result: None when the goal already holds in the scene."""
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _height(w: World, b: str) -> int:
    """How many blocks the tower holding `b` has from its bottom up to `b` itself."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _apart(w: World, a: str, b: str) -> bool:
    """Two different blocks in different towers."""
    return a != b and a not in w.state.above(b) and b not in w.state.above(a) and _bottom(w, a) != _bottom(w, b)


def _bottom(w: World, b: str) -> str:
    s = b
    while w.state.support[s] in w.state.support:
        s = w.state.support[s]
    return s


def _stackable(w: World, a: str, b: str) -> bool:
    """`a` can go onto `b`: different towers, and the tower under `b` leaves room."""
    return _apart(w, a, b) and _height(w, b) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _into(w: World) -> tuple[str, str] | None:
    """A block and a bowl it is not in, with room."""
    options = [(b, bowl) for b in w.blocks for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    return w.rng.choice(options) if options else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    options = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    return w.rng.choice(options) if options else None


def _full_bowls(w: World) -> list[str]:
    return [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]


def _base_in(block: str, *bases: str) -> Check:
    return lambda _i, f: f.base(block) in bases


def _bowl_as_is(bowl: str) -> Check:
    """The bowl holds the same blocks at the end, each resting where it rested."""
    return lambda i, f: set(f.in_bowl(bowl)) == set(i.in_bowl(bowl)) and all(
        f.support[b] == i.support[b] for b in i.in_bowl(bowl))


def _in_bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _matches(w: World) -> tuple[list[str], list[str]]:
    """(blocks with a bowl of their colour, blocks without one)."""
    colours = {w.colour(bowl) for bowl in w.bowls}
    yes_ = [b for b in w.blocks if w.colour(b) in colours]
    return yes_, [b for b in w.blocks if b not in yes_]


def _bowl_of(w: World, colour: str) -> str | None:
    return next((bowl for bowl in w.bowls if w.colour(bowl) == colour), None)


def _block_of(w: World, colour: str) -> str | None:
    return next((b for b in w.blocks if w.colour(b) == colour), None)


# ----- imperative ----------------------------------------------------------------------------------
def t285_imp_tech(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bowl = pick
    text = f"run a quick pick-and-place for me: grab the {b} and drop it into the {bowl}"
    return _made(w, text, rels(Rel("in", b, bowl)))


def t285_imp_russian2(w: World) -> Made:
    pick = _stack_pair(w)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"Please, put the {a} on top of the {b}, it must be on him.", rels(Rel("on", a, b)))


def t285_imp_actor2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"Away with the {b}! Into the bin it goes, and let it never return!", rels(Rel("in_bin", b)))


def t285_imp_neighbour(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(CORNERS)
    text = f"morning! could you pop the {b} over in the {place} for me? ta"
    return _made(w, text, rels(Rel("at", b, place)))


def t285_imp_pensioner(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = (f"Would you kindly build a tower for me: the {a} at the bottom, the {b} on it, and the {c} at the very "
            "top. Thank you ever so much.")
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t285_imp_plain66(w: World) -> Made:
    bowls = _full_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Empty the {bowl} into the bin.", binned(w.state.in_bowl(bowl)), empty(bowl))


# ----- declarative ---------------------------------------------------------------------------------
def t285_dec_tech(w: World) -> Made:
    pick = _stack_pair(w)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"Target config: the {a} stacked directly on the {b}.", rels(Rel("on", a, b)))


def t285_dec_russian2(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bowl = pick
    return _made(w, f"The {b} must be in the {bowl}, not somewhere other.", rels(Rel("in", b, bowl)))


def t285_dec_actor2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"The {b} belongs in the {MIDDLE} of the table. That, my friend, is its destiny!"
    return _made(w, text, rels(Rel("at", b, MIDDLE)))


def t285_dec_neighbour(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"honestly the {b} should be in the bin, it's been bugging me all morning",
                 rels(Rel("in_bin", b)))


def t285_dec_pensioner(w: World) -> Made:
    bowls = _full_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"The {bowl} ought to be empty, if you please.", empty(bowl))


def t285_dec_plain66(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    new = [x for x in (a, b) if w.state.base(x) != bowl]
    if not _room(w, bowl, len(new)):
        return None
    text = f"The {a} and the {b} should both be in the {bowl}."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- desiderative --------------------------------------------------------------------------------
def t285_des_tech(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(CORNERS)
    return _made(w, f"I'd like the {b} relocated to the {place}, thx.", rels(Rel("at", b, place)))


def t285_des_russian2(w: World) -> Made:
    pick = _stack_pair(w)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"I want that the {a} is standing on the {b}.", rels(Rel("on", a, b)))


def t285_des_actor2(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bowl = pick
    return _made(w, f"Oh, how I long to see the {b} resting in the {bowl}!", rels(Rel("in", b, bowl)))


def t285_des_neighbour(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not bottoms or len(w.blocks) < 3:
        return None
    b = w.rng.choice(bottoms)
    a, c = w.pick([x for x in w.blocks if x != b], 2)
    text = f"what I'd really love is a little tower: the {a} on the {b}, and the {c} on top of that"
    return _made(w, text, rels(Rel("on", a, b), Rel("on", c, a)))


def t285_des_pensioner(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"I should like the {top} taken off the {below} and put down on the table, please."
    return _made(w, text, rels(Rel("on_table", top)))


def t285_des_plain66(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"I want the {b} out of the {bowl} and on the table.", rels(Rel("on_table", b)))


# ----- quantified ----------------------------------------------------------------------------------
def t285_qua_tech(w: World) -> Made:
    return _made(w, "Batch job: move every single block into the bin.", binned(w.blocks))


def t285_qua_russian2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    options = [n for n in (1, 2, 3) if n != now and n <= len(w.blocks)]
    if not options:
        return None
    n = w.rng.choice(options)
    return _made(w, f"Make so that in the {bowl} are exactly {n} block{'s' if n > 1 else ''}.", count_in(bowl, n))


def t285_qua_actor2(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    text = "Let every bowl receive a block: one, and only one, for each!"
    return _made(w, text, *(count_in(bowl, 1) for bowl in w.bowls))


def t285_qua_neighbour(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "could you take all the blocks out of the bowls and just set them down on the table? cheers"
    out: Check = lambda _i, f: not f.in_bowls()
    return _made(w, text, out, *(_base_in(b, TABLE, *PLACES) for b in inside))


def t285_qua_pensioner(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Could you please put three of the blocks into the bin? Any three will do, thank you.",
                 _in_bin_count(3))


def t285_qua_plain66(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Put all the blocks in one single stack on the table.", rels(Rel("tower", *w.blocks)))


# ----- negated -------------------------------------------------------------------------------------
def t285_neg_tech(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b]
    text = f"Populate the {bowl} with all the blocks, excluding the {b}. That one must not end up in there."
    not_in: Check = lambda _i, f: f.base(b) != bowl
    return _made(w, text, rels(*(Rel("in", x, bowl) for x in others)), not_in)


def t285_neg_russian2(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bowl = pick
    return _made(w, f"Please do not put the {b} in the bin, put him in the {bowl}.", rels(Rel("in", b, bowl)))


def t285_neg_actor2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b]
    return _made(w, f"Every block save the {b} shall be cast into the bin! Spare the {b}!",
                 binned(others), none_binned([b]))


def t285_neg_neighbour(w: World) -> Made:
    options = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) >= 2]
    if not options:
        return None
    bowl = w.rng.choice(options)
    b = w.rng.choice(w.state.in_bowl(bowl))
    others = [x for x in w.state.in_bowl(bowl) if x != b]
    text = (f"the {bowl} is getting a bit full, could you take everything out of it except the {b}? "
            "the others can just go in the bin")
    return _made(w, text, rels(Rel("in", b, bowl)), binned(others))


def t285_neg_pensioner(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = f"Could you please take the {b} out of the {bowl}? Not into the bin, mind you."
    out: Check = lambda _i, f: f.base(b) not in (bowl, BIN)
    return _made(w, text, out)


def t285_neg_plain66(w: World) -> Made:
    inside = w.in_bowls()
    loose = [b for b in w.blocks if b not in inside]
    if not loose:
        return None
    return _made(w, "Move every block that isn't in a bowl into the bin.", binned(loose), none_binned(inside))


# ----- relative ------------------------------------------------------------------------------------
def t285_rel_tech(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Grab whatever block is sitting on top of the {below} and drop it in the bin.",
                 rels(Rel("in_bin", top)))


def t285_rel_russian2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the block which is under the {top} and put it to the {MIDDLE} of table.",
                 rels(Rel("at", below, MIDDLE)))


def t285_rel_actor2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl):
        return None
    outside = sorted((b for b in w.blocks if w.state.base(b) != bowl), key=lambda b: w.dist(b, bowl))
    if len(outside) < 2 or w.dist(outside[1], bowl) - w.dist(outside[0], bowl) < 0.04:
        return None
    b = outside[0]
    text = f"Of all the blocks outside the {bowl}, the one standing nearest to it: into the bowl with it, at once!"
    return _made(w, text, rels(Rel("in", b, bowl)))


def t285_rel_neighbour(w: World) -> Made:
    options = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not options:
        return None
    bowl = w.rng.choice(options)
    b = w.state.in_bowl(bowl)[0]
    text = f"whichever block that is in the {bowl}, could you lift it out and put it on the table for me"
    return _made(w, text, rels(Rel("on_table", b)))


def t285_rel_pensioner(w: World) -> Made:
    heights = {b: 1 + len(w.state.above(b)) for b in w.blocks if w.state.support[b] not in w.state.support}
    tallest = max(heights.values())
    bottoms = [b for b, h in heights.items() if h == tallest]
    if tallest < 2 or len(bottoms) != 1:
        return None
    top = w.state.above(bottoms[0])[0]
    return _made(w, "Please would you put the top block of the tallest stack into the bin.",
                 rels(Rel("in_bin", top)))


def t285_rel_plain66(w: World) -> Made:
    options = [(b, r) for r in w.in_bowls() for b in w.blocks
               if w.state.base(b) != w.state.base(r) and _room(w, w.state.base(r))]
    if not options:
        return None
    b, r = w.rng.choice(options)
    return _made(w, f"Put the {b} in the same bowl as the {r}.", rels(Rel("in", b, w.state.base(r))))


# ----- keep ----------------------------------------------------------------------------------------
def t285_keep_tech(w: World) -> Made:
    bowls = _full_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options:
        return None
    b = w.rng.choice(options)
    text = f"Move the {b} to the bin, but keep the {bowl} contents as-is, no changes there."
    return _made(w, text, rels(Rel("in_bin", b)), _bowl_as_is(bowl))


def t285_keep_russian2(w: World) -> Made:
    options = [(b, bowl, k) for b in w.blocks for bowl in w.bowls for k in w.blocks
               if w.state.base(b) != bowl and _room(w, bowl) and k != b and k not in w.state.above(b)]
    if not options:
        return None
    b, bowl, k = w.rng.choice(options)
    text = f"Put the {b} in the {bowl}, but the {k} must stay on his place."
    return _made(w, text, rels(Rel("in", b, bowl)), kept(k))


def t285_keep_actor2(w: World) -> Made:
    options = [(a, b, k) for a in w.blocks for b in w.blocks if _stackable(w, a, b) for k in w.blocks
               if k not in (a, b) and k not in w.state.above(a) and k not in w.state.above(b)]
    if not options:
        return None
    a, b, k = w.rng.choice(options)
    text = f"Build me a tower: the {a} upon the {b}! Yet the {k}, the {k} stays exactly where it lies."
    return _made(w, text, rels(Rel("on", a, b)), kept(k))


def t285_keep_neighbour(w: World) -> Made:
    bowls = _full_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options:
        return None
    b = w.rng.choice(options)
    place = w.rng.choice(CORNERS)
    text = f"could you stick the {b} in the {place}? just leave the {bowl} as it is though, I like it that way"
    return _made(w, text, rels(Rel("at", b, place)), _bowl_as_is(bowl))


def t285_keep_pensioner(w: World) -> Made:
    options = [(b, bowl) for b in w.blocks if w.state.is_clear(b) for bowl in w.bowls
               if w.state.base(b) != bowl and _room(w, bowl)]
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    others = [x for x in w.blocks if x != b]
    text = f"Would you kindly put the {b} into the {bowl}, and leave everything else just as it is? Thank you."
    return _made(w, text, rels(Rel("in", b, bowl)), kept(*others))


def t285_keep_plain66(w: World) -> Made:
    options = [(a, b, k) for a in w.blocks for b in w.blocks if _stackable(w, a, b) for k in w.blocks
               if k not in (a, b) and k not in w.state.above(a) and k not in w.state.above(b)]
    if not options:
        return None
    a, b, k = w.rng.choice(options)
    return _made(w, f"Move the {a} onto the {b}, and don't touch the {k}.", rels(Rel("on", a, b)), kept(k))


# ----- multi-step ----------------------------------------------------------------------------------
def t285_multi_tech(w: World) -> Made:
    pick = _into(w)
    if pick is None or len(w.blocks) < 2:
        return None
    b, bowl = pick
    a = w.rng.choice([x for x in w.blocks if x != b])
    text = f"Step 1: {a} to the bin. Step 2: {b} into the {bowl}."
    return _made(w, text, rels(Rel("in_bin", a), Rel("in", b, bowl)))


def t285_multi_russian2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"First take the {top} from the {below}, after put the {below} on the {top}."
    return _made(w, text, rels(Rel("on", below, top)))


def t285_multi_actor2(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    text = (f"First, the {a} to the {MIDDLE} of the stage (forgive me, the table)! "
            f"And then, the {b} atop it!")
    return _made(w, text, rels(Rel("at", a, MIDDLE), Rel("on", b, a)))


def t285_multi_neighbour(w: World) -> Made:
    bowls = _full_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    options = [b for b in w.blocks if b not in inside]
    if not options:
        return None
    b = w.rng.choice(options)
    text = f"first could you empty the {bowl} into the bin, and then after that pop the {b} in the {bowl}"
    return _made(w, text, binned(inside), rels(Rel("in", b, bowl)))


def t285_multi_pensioner(w: World) -> Made:
    options = []
    for g in w.blocks:
        s = w.state.support[g]
        if s in w.bowls or s in w.state.support:
            for b in w.blocks:
                if b == g or b == s or g in w.state.above(b):
                    continue
                if s in w.bowls and w.state.base(b) == s:
                    continue
                options.append((g, b, s))
    if not options:
        return None
    g, b, s = w.rng.choice(options)
    where = Rel("in", b, s) if s in w.bowls else Rel("on", b, s)
    text = f"First, please put the {g} in the bin, and after that put the {b} where the {g} was."
    return _made(w, text, rels(Rel("in_bin", g), where))


def t285_multi_plain66(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(w.blocks) < 2:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    a = w.rng.choice([x for x in w.blocks if x != b])
    text = f"Put the {a} in the bin, then take the {b} out of the {bowl} and put it on the table."
    return _made(w, text, rels(Rel("in_bin", a), Rel("on_table", b)))


# ----- questions -----------------------------------------------------------------------------------
def t285_q_tech(w: World) -> Made:
    bowls = _full_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _ask(f"quick query: how many blocks are currently in the {bowl}?", str(len(w.state.in_bowl(bowl))))


def t285_q_russian2(w: World) -> Made:
    options = []
    for b in w.blocks:
        s = w.state.support[b]
        if s in w.state.support and w.state.base(s) in w.bowls:
            continue
        options.append((b, s))
    if not options:
        return None
    b, s = w.rng.choice(options)
    return _ask(f"Where is now the {b}?", s)


def t285_q_actor2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        if len(w.blocks) < 2:
            return None
        a, b = w.pick(w.blocks, 2)
    state: SymState = w.state
    answer = yes(holds(Rel("on", a, b), state))
    return _ask(f"Speak, machine, I beg you! Does the {a} rest upon the {b}?", answer)


def t285_q_neighbour(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.blocks)
    answer = f"{n}|{yes(not w.state.in_bowl(bowl)).lower()}"
    return _ask(f"how many blocks have you got there altogether? oh and is the {bowl} empty?", answer)


def t285_q_pensioner(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _ask(f"Could you tell me, please, what colour the block on top of the {below} is?", w.colour(top))


def t285_q_plain66(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return _ask(f"What's in the {bowl} right now?", "|".join(inside) if inside else "nothing")


# ----- matching ------------------------------------------------------------------------------------
def t285_match_tech(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort the blocks by colour into the matching bowls.", rels(*want))


def t285_match_russian2(w: World) -> Made:
    options = []
    for bowl in w.bowls:
        b = _block_of(w, w.colour(bowl))
        if b and w.state.base(b) != bowl:
            options.append((b, bowl))
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    return _made(w, f"Please put in the {bowl} the block of same colour.", rels(Rel("in", b, bowl)))


def t285_match_actor2(w: World) -> Made:
    options = [(b, bowl) for b in w.blocks if (bowl := _bowl_of(w, w.colour(b))) and w.state.base(b) != bowl]
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    return _made(w, f"The {b} yearns for the bowl of its own colour. Reunite them!", rels(Rel("in", b, bowl)))


def t285_match_neighbour(w: World) -> Made:
    with_bowl, without = _matches(w)
    if not without:
        return None
    text = "any block that doesn't have a bowl of its own colour, could you pop those in the bin for me"
    return _made(w, text, binned(without), none_binned(with_bowl))


def t285_match_pensioner(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = ("Would you please put each block that has a bowl of its own colour into that bowl? "
            "The others may stay where they are.")
    return _made(w, text, rels(*want))


def t285_match_plain66(w: World) -> Made:
    want = matching(w)
    _with, without = _matches(w)
    if not want or not without:
        return None
    text = "Put every block that has a bowl of the same colour into that bowl, and the rest in the bin."
    return _made(w, text, both(rels(*want), binned(without)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("tech", "russian2", "actor2", "neighbour", "pensioner", "plain66")
FRESH285: list[Template] = [
    (f"t285_{short}_{style}", category, globals()[f"t285_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
