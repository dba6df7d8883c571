"""`FRESH150`, the hundred-and-fiftieth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is what is there now, then what to do. People often first describe the table as it is at the moment
(true facts about the current scene in the present tense: "the red block is sitting in the blue bowl at the moment",
"there are two blocks in the white bowl", "right now the green block is on top of the yellow one", "the bin is empty")
and then say what they want in the same message. The facts are context, not goals: every fact is built from the
scene and is true when the message is sent, and most requests refer back to them ("Take it out and put it in the
bin", "Put the block right underneath it in the blue bowl", "then put the pink block where it was"). The checks are
only about what is asked (with nothing left in the gripper): any order, any free choice the words leave open, and
the blocks a sentence says to leave alone kept where they rest.

The six styles:

- report: "Status update: the red block is currently stacked on the blue block. Take the red block off and put it on
  the table."
- notice: "I notice the white bowl is empty right now. Put the green block in it."
- plain: "The red block is in the blue bowl. Take it out and drop it in the bin."
- seeit: "See the red block on top of the blue block? Put the blue block in the white bowl."
- ramble: "Okay so, right now the red block is, um, in the blue bowl, and there's two bowls out. Could you go ahead
  and move the red block over to the middle?"
- bullets: "Right now:\\n- the red block is on the table\\n- the blue block is in the white bowl\\n- the bin is
  empty\\nPut the red block and the blue block in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 4d87cd0, the code of 1b2a50c, after every fix before it and before anything
it could prompt): 0.6067 goal-correct (182 of 300), 83 refused, 25 asked, 10 wrong, none of them an action: ten wrong
replies, 'X is in W. Is Y in there too?' ('there too' not read as W) and "there's a block sitting on X. Which one is
it?" (the help text). Most refusals were the fact said before the request: 'I notice W is empty right now. Put X in it.',
a 'Right now:' list of facts, 'See the bin? It's empty right now. Put three blocks in it.'.
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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

# ----- helpers --------------------------------------------------------------------------------------
_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_FLAT = (TABLE, *PLACES)


def _num(n: int) -> str:
    return _WORDS[n] if 0 <= n < len(_WORDS) else str(n)


def _blocks(n: int) -> str:
    return f"{_num(n)} block" if n == 1 else f"{_num(n)} blocks"


def _the(names: list[str]) -> str:
    """'the red block', 'the red block and the blue block', 'the red block, the blue block and the cyan block'."""
    items = [f"the {n}" for n in names]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _loc(s: SymState, b: str) -> str:
    """Where block `b` rests right now, in words (always true of the scene)."""
    sup = s.support[b]
    if sup == TABLE:
        return "on the table"
    if sup in PLACES:
        return f"in the {sup}"
    if sup in s.bowls:
        return f"in the {sup}"
    if sup == BIN:
        return "in the bin"
    return f"on top of the {sup}"


def _at(place: str) -> str:
    return f"in the {place}"


def _bowl_fact(s: SymState, bowl: str) -> str:
    """'the blue bowl is empty' / 'the blue bowl has two blocks in it'."""
    n = len(s.in_bowl(bowl))
    return f"the {bowl} is empty" if n == 0 else f"the {bowl} has {_blocks(n)} in it"


def _done(*checks: Check) -> Check:
    """The goal holds and nothing is left in the gripper."""
    return both(*checks, lambda _i, f: f.held is None)


def _on_table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _on(top: str, below: str) -> Check:
    return rels(Rel("on", top, below))


def _at_place(block: str, place: str) -> Check:
    return rels(Rel("at", block, place))


def _clear(block: str) -> Check:
    return rels(Rel("clear", block))


def _standing_on_table(*blocks: str) -> Check:
    """Each block's tower stands on the table (a named place included): out of bowls and the bin."""
    return lambda _i, f: all(f.base(b) in _FLAT for b in blocks)


def _not_in(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _height(s: SymState, b: str) -> int:
    return len(_below(s, b)) + 1


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower (any order), standing on the table, a named place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.support[bottoms[0]] not in (*_FLAT, *f.bowls):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _holds_now(w: World, check: Check) -> bool:
    return check(w.state, w.state)


def _word_answer(s: SymState, thing: str) -> str:
    """The answer prefix naming an object or the table: 'red|block', 'blue|bowl', 'table'."""
    if thing in _FLAT:
        return "table"
    return thing.replace(" ", "|")


def _places(w: World) -> str:
    return w.rng.choice(list(PLACES))


# ----- imperative -----------------------------------------------------------------------------------
def t150_imp_report(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        return (f"Status update: the {top} is currently stacked on the {below}. Take the {top} off and put it on the "
                f"table."), _done(_on_table(top))
    inside = [b for b in w.blocks if s.support[b] in s.bowls]
    if not inside:
        return None
    a = w.rng.choice(inside)
    return (f"Status update: the {a} is in the {s.support[a]} at the moment. Take it out and set it down on the "
            f"table."), _done(_on_table(a))


def t150_imp_notice(w: World) -> Made:
    s = w.state
    empties = [b for b in w.bowls if not s.in_bowl(b)]
    if not empties:
        return None
    bowl, a = w.rng.choice(empties), w.rng.choice(w.blocks)
    return f"I notice the {bowl} is empty right now. Put the {a} in it.", _done(_in(a, bowl))


def t150_imp_plain(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if s.support[b] in s.bowls]
    if inside:
        a = w.rng.choice(inside)
        return f"The {a} is in the {s.support[a]}. Take it out and drop it in the bin.", _done(binned([a]))
    loose = [b for b in w.clear_blocks() if s.support[b] == TABLE]
    if not loose:
        return None
    a = w.rng.choice(loose)
    return f"The {a} is on the table. Pick it up and drop it in the bin.", _done(binned([a]))


def t150_imp_seeit(w: World) -> Made:
    s = w.state
    pairs = [(t, b) for t, b in w.pairs() if len(w.bowls) > 1 or s.base(b) != w.bowls[0]]
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        bowl = w.rng.choice([x for x in w.bowls if s.base(below) != x])
        return f"See the {top} on top of the {below}? Put the {below} in the {bowl}.", _done(_in(below, bowl))
    loose = [b for b in w.clear_blocks() if s.support[b] == TABLE]
    if not loose:
        return None
    a = w.rng.choice(loose)
    c = w.rng.choice([b for b in w.blocks if b != a])
    return f"See the {a} sitting on the table? Stack the {c} on top of it.", _done(_on(c, a))


def t150_imp_ramble(w: World) -> Made:
    s = w.state
    a, place = w.rng.choice(w.blocks), _places(w)
    n = len(w.bowls)
    there = "there's one bowl out" if n == 1 else f"there's {_num(n)} bowls out"
    return (f"Okay so, right now the {a} is, um, {_loc(s, a)}, and {there}. Could you go ahead and move the {a} over "
            f"to the {place}?"), _done(_at_place(a, place))


def t150_imp_bullets(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    return (f"Right now:\n- the {a} is {_loc(s, a)}\n- the {b} is {_loc(s, b)}\n- the bin is empty\n"
            f"Put the {a} and the {b} in the bin."), _done(binned([a, b]))


# ----- declarative ----------------------------------------------------------------------------------
def t150_dec_report(w: World) -> Made:
    s = w.state
    a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if s.base(a) == bowl:
        return None
    return (f"Current state: the {a} is {_loc(s, a)}. Desired state: the {a} is in the {bowl}."), _done(_in(a, bowl))


def t150_dec_notice(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        return (f"I see the {top} is sitting on the {below} right now. The {below} should be on top of the {top} "
                f"instead."), _done(_on(below, top))
    flat = [b for b in w.blocks if s.support[b] == TABLE]
    if len(flat) < 2:
        return None
    a, b = w.pick(flat, 2)
    return (f"I see the {a} and the {b} are both on the table right now. The {a} should be on top of the {b}."
            ), _done(_on(a, b))


def t150_dec_plain(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"The {bowl} has {_the(s.in_bowl(bowl))} in it. That bowl should be empty.", _done(empty(bowl))


def t150_dec_seeit(w: World) -> Made:
    s = w.state
    a, place = w.rng.choice(w.blocks), _places(w)
    return f"See how the {a} is {_loc(s, a)}? The {a} belongs {_at(place)}.", _done(_at_place(a, place))


def t150_dec_ramble(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    if s.support[a] == b or _height(s, b) >= 4:
        return None
    return (f"So, uh, as things stand the {a} is {_loc(s, a)} and the {b} is {_loc(s, b)}, right? Well, the way it "
            f"should look is the {a} sitting on top of the {b}."), _done(_on(a, b))


def t150_dec_bullets(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if s.base(a) == bowl:
        return None
    return (f"Currently:\n- the {a} is {_loc(s, a)}\n- the {b} is {_loc(s, b)}\n- {_bowl_fact(s, bowl)}\n"
            f"End result: the {a} is in the {bowl}, and the {b} is in the bin."), _done(_in(a, bowl), binned([b]))


# ----- desiderative ---------------------------------------------------------------------------------
def t150_des_report(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    others = [b for b in w.blocks if s.base(b) != bowl]
    if not others:
        return None
    a = w.rng.choice(others)
    if s.in_bowl(bowl):
        text = (f"Status: {_bowl_fact(s, bowl)}, and the {a} is {_loc(s, a)}. I'd like the {a} in the {bowl} as "
                f"well.")
    else:
        text = f"Status: {_bowl_fact(s, bowl)} and the {a} is {_loc(s, a)}. I'd like the {a} in that bowl."
    return text, _done(_in(a, bowl))


def t150_des_notice(w: World) -> Made:
    s = w.state
    tops = [b for b in w.clear_blocks() if _height(s, b) < 4]
    if not tops:
        return None
    a = w.rng.choice(tops)
    b = w.rng.choice([x for x in w.blocks if x != a])
    return (f"I notice there's nothing on the {a} at the moment. I want the {b} on top of it."), _done(_on(b, a))


def t150_des_plain(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if s.support[b] in s.bowls]
    if inside and len(w.bowls) > 1:
        a = w.rng.choice(inside)
        bowl = w.rng.choice([x for x in w.bowls if x != s.support[a]])
        return f"The {a} is in the {s.support[a]}. I'd rather it were in the {bowl}.", _done(_in(a, bowl))
    flat = [b for b in w.blocks if s.support[b] == TABLE]
    if not flat:
        return None
    a, bowl = w.rng.choice(flat), w.rng.choice(w.bowls)
    return f"The {a} is on the table. I'd rather have it in the {bowl}.", _done(_in(a, bowl))


def t150_des_seeit(w: World) -> Made:
    s = w.state
    a, place = w.rng.choice(w.blocks), _places(w)
    return (f"See where the {a} is, {_loc(s, a)}? Make it so that the {a} ends up {_at(place)} instead."
            ), _done(_at_place(a, place))


def t150_des_ramble(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        return (f"Right, so at the moment the {top} is on top of the {below}, yeah? What I'd really like is for the "
                f"{below} to be on the table with nothing on it."), _done(_on_table(below), _clear(below))
    inside = [b for b in w.blocks if s.support[b] in s.bowls]
    if not inside:
        return None
    a = w.rng.choice(inside)
    return (f"Right, so at the moment the {a} is in the {s.support[a]}, yeah? What I'd really like is for the {a} to "
            f"be on the table with nothing on it."), _done(_on_table(a), _clear(a))


def t150_des_bullets(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    if s.base(a) == bowl:
        return None
    return (f"As things stand:\n- the {a} is {_loc(s, a)}\n- the {b} is {_loc(s, b)}\n- nothing is in the bin\n"
            f"I want the {b} in the bin and the {a} in the {bowl}."), _done(binned([b]), _in(a, bowl))


# ----- quantified -----------------------------------------------------------------------------------
def t150_qua_report(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    rest = [b for b in w.blocks if b not in inside]
    if not inside or not 2 <= len(rest) <= 5:
        return None
    verb = "is in a bowl" if len(inside) == 1 else "are in bowls"
    return (f"Status: {_num(len(inside))} of the {_num(len(w.blocks))} blocks {verb} right now. Put all the "
            f"blocks that aren't in a bowl into the bin."), _done(binned(rest))


def t150_qua_notice(w: World) -> Made:
    s = w.state
    flat = [b for b in w.blocks if s.support[b] == TABLE]
    if len(flat) < 2:
        return None
    group = w.pick(flat, min(3, len(flat)))
    if len(group) == 3:
        text = (f"I notice {_the(group)} are all on the table at the moment. Stack all three of them into a single "
                f"tower.")
    else:
        text = f"I notice {_the(group)} are both on the table at the moment. Stack both of them into one tower."
    return text, _done(_one_tower(group))


def t150_qua_plain(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    empties = [b for b in w.bowls if not s.in_bowl(b)]
    if not empties:
        return None
    if len(empties) == len(w.bowls):
        fact = "all of them are empty"
    else:
        fact = f"{_the(empties)} {'is' if len(empties) == 1 else 'are'} empty"
    check = _done(*(count_in(b, 1, exact=False) for b in w.bowls))
    return (f"There are {_num(len(w.bowls))} bowls, and {fact}. Put blocks in so that each bowl has at least one."
            ), check


def t150_qua_seeit(w: World) -> Made:
    k = 3 if len(w.blocks) >= 5 and w.rng.random() < 0.5 else 2
    check = _done(lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == k)
    return f"See the bin? It's empty right now. Put any {_num(k)} blocks in it.", check


def t150_qua_ramble(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    has = f"just the {inside[0]}" if len(inside) == 1 else _the(inside)
    return (f"So, um, currently the {bowl} has {has} in it, and I want everything in that bowl taken out and put on "
            f"the table, all of it."), _done(_standing_on_table(*inside))


def t150_qua_bullets(w: World) -> Made:
    s = w.state
    if all(s.support[b] in _FLAT for b in w.blocks):
        return None
    lines = "".join(f"- the {b} is {_loc(s, b)}\n" for b in w.blocks)
    return (f"Right now:\n{lines}Make sure every block ends up directly on the table, with none stacked and none in "
            f"a bowl."), _done(_on_table(*w.blocks))


# ----- negated --------------------------------------------------------------------------------------
def t150_neg_report(w: World) -> Made:
    s = w.state
    flat = [b for b in w.blocks if s.support[b] == TABLE]
    if len(flat) < 3:
        return None
    group = w.pick(flat, 3)
    c = group[-1]
    return (f"Status: {_the(group)} are on the table at the moment. Put them in the bin, all except the {c}."
            ), _done(binned(group[:2]), none_binned([c]))


def t150_neg_notice(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        return (f"I see the {top} is resting on the {below} currently. Take it off the {below}, but don't put it in "
                f"the bin."
                ), _done(lambda _i, f: f.support[top] != below, none_binned([top]))
    inside = [b for b in w.blocks if s.support[b] in s.bowls]
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = s.support[a]
    return (f"I see the {a} is in the {bowl} currently. Get it out of there, but not into the bin."
            ), _done(_not_in(a, bowl), none_binned([a]))


def t150_neg_plain(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    return (f"None of the blocks is in the bin. Put every block except the {a} and the {b} in the bin."
            ), _done(binned(rest), none_binned([a, b]))


def t150_neg_seeit(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    outside = [b for b in w.blocks if s.base(b) not in s.bowls]
    if not outside:
        return None
    a, bowl = w.rng.choice(outside), w.rng.choice(w.bowls)
    check = _done(lambda _i, f: f.base(a) in f.bowls and f.base(a) != bowl)
    return f"See that the {a} isn't in any bowl right now? Put it in one, any bowl but the {bowl}.", check


def t150_neg_ramble(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"Okay, so, the {top} is, like, on top of the {below} right now, and, um, I don't want anything on the "
            f"{below}. But don't move the {below} itself."), _done(_clear(below), kept(below))


def t150_neg_bullets(w: World) -> Made:
    s = w.state
    raised = [b for b in w.blocks if s.support[b] not in _FLAT]
    if not raised:
        return None
    a = w.rng.choice(raised)
    spare = [b for b in w.blocks if b != a and b not in s.above(a)]
    if not spare:
        return None
    c = w.rng.choice(spare)
    return (f"Right now:\n- the {a} is {_loc(s, a)}\n- the {c} is {_loc(s, c)}\nWithout moving the {c}, get the "
            f"{a} onto the table."), _done(_on_table(a), kept(c))


# ----- relative -------------------------------------------------------------------------------------
def t150_rel_report(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if s.base(below) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (f"Status: the {top} is currently on the {below}. Put the block right underneath it in the {bowl}."
            ), _done(_in(below, bowl))


def t150_rel_notice(w: World) -> Made:
    s = w.state
    single = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    if single and w.rng.random() < 0.6:
        bowl = w.rng.choice(single)
        x = s.in_bowl(bowl)[0]
        return (f"I notice there's just one block in the {bowl} right now. Take whatever's in the {bowl} and put it "
                f"on the table."), _done(_on_table(x))
    pairs = [(t, b) for t, b in w.pairs() if s.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"I notice something is sitting on the {below} right now. Put whatever is on the {below} in the bin."
            ), _done(binned([top]))


def t150_rel_plain(w: World) -> Made:
    s = w.state
    empties = [b for b in w.bowls if not s.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    ranked = sorted(w.blocks, key=lambda b: w.dist(b, bowl))
    x = ranked[0]
    if not s.is_clear(x) or s.support[x] in s.support:
        return None
    if len(ranked) > 1 and w.dist(ranked[1], bowl) - w.dist(x, bowl) < 0.03:
        return None
    return (f"The {bowl} is empty. Put the block that's closest to that bowl into it."), _done(_in(x, bowl))


def t150_rel_seeit(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = s.base(x)
    others = [b for b in w.blocks if s.base(b) != bowl]
    if not others:
        return None
    y = w.rng.choice(others)
    return f"See the {x}? It's in a bowl right now. Put the {y} in the same bowl.", _done(_in(y, bowl))


def t150_rel_ramble(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    full = [b for b in w.bowls if s.in_bowl(b)]
    empties = [b for b in w.bowls if not s.in_bowl(b)]
    n = _num(len(w.bowls))
    options = []
    if len(full) == 1 and len(s.in_bowl(full[0])) <= 5:
        options.append("full")
    if len(empties) == 1:
        options.append("empty")
    if not options:
        return None
    if w.rng.choice(options) == "full":
        inside = s.in_bowl(full[0])
        return (f"Okay so, of the {n} bowls, um, only one has anything in it right now. Could you take whatever's in "
                f"that bowl and put it all in the bin?"), _done(binned(inside))
    bowl = empties[0]
    x = w.rng.choice(w.blocks)
    return (f"Okay so, of the {n} bowls, um, only one is empty right now. Could you put the {x} in that one?"
            ), _done(_in(x, bowl))


def t150_rel_bullets(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.on_top(b)]
    if not bottoms:
        return None
    bottom = w.rng.choice(bottoms)
    chain = [bottom, *reversed(s.above(bottom))]
    lines = "".join(f"- the {up} is on the {low}\n" for low, up in zip(chain, chain[1:]))
    lines += f"- the {bottom} is {_loc(s, bottom)}\n"
    top = chain[-1]
    if s.base(bottom) == BIN or w.rng.random() < 0.5:
        return f"Right now:\n{lines}Put the bottom block of that stack in the bin.", _done(binned([bottom]))
    bowls = [b for b in w.bowls if s.base(bottom) != b]
    if not bowls:
        return f"Right now:\n{lines}Put the bottom block of that stack in the bin.", _done(binned([bottom]))
    bowl = w.rng.choice(bowls)
    return f"Right now:\n{lines}Put the top block of that stack in the {bowl}.", _done(_in(top, bowl))


# ----- keep -----------------------------------------------------------------------------------------
def t150_keep_report(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    spare = [b for b in w.blocks if b != a and b not in s.above(a)]
    if not spare:
        return None
    c = w.rng.choice(spare)
    return (f"Status: the {a} is {_loc(s, a)} and the {c} is {_loc(s, c)} right now. Put the {a} in the bin, and "
            f"leave the {c} where it is."), _done(binned([a]), kept(c))


def t150_keep_notice(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    outside = [b for b in w.blocks if s.base(b) != bowl]
    if not outside:
        return None
    z = w.rng.choice(outside)
    them = "that one" if len(inside) == 1 else "those"
    return (f"I see the {bowl} has {_the(inside)} in it at the moment. Leave {them} alone and put the {z} in there "
            f"too."), _done(_in(z, bowl), kept(*inside))


def t150_keep_plain(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    spare = [b for b in w.blocks if b not in (top, below) and b not in _below(s, below)]
    if not spare:
        return None
    x = w.rng.choice(spare)
    return (f"The {top} is on the {below}. Leave those two as they are and put the {x} in the bin."
            ), _done(binned([x]), kept(top, below))


def t150_keep_seeit(w: World) -> Made:
    s = w.state
    grounded = [b for b in w.blocks if s.support[b] not in s.support]
    if not grounded:
        return None
    a = w.rng.choice(grounded)
    others = [b for b in w.blocks if b != a]
    if len(others) > 5:
        return None
    return (f"See how the {a} is {_loc(s, a)} right now? That one stays. Put all the other blocks in the bin."
            ), _done(kept(a), binned(others))


def t150_keep_ramble(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if s.base(below) != b]
    spare = [b for b in w.blocks if b != below and b not in s.above(below)]
    if not bowls or not spare:
        return None
    bowl, x = w.rng.choice(bowls), w.rng.choice(spare)
    return (f"Okay, um, so at the moment the {top} is on the {below}, right, and I want the {below} in the {bowl}, "
            f"but, uh, the {x} should stay exactly where it is."), _done(_in(below, bowl), kept(x))


def t150_keep_bullets(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3:
        return None
    a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    spare = [b for b in w.blocks if b != a and b not in s.above(a)]
    if s.base(a) == bowl or len(spare) < 2:
        return None
    b, c = w.pick(spare, 2)
    return (f"Right now:\n- the {a} is {_loc(s, a)}\n- the {b} is {_loc(s, b)}\n- the {c} is {_loc(s, c)}\n"
            f"Put the {a} in the {bowl}. Leave the {b} and the {c} as they are."), _done(_in(a, bowl), kept(b, c))


# ----- multi_step -----------------------------------------------------------------------------------
def t150_multi_report(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if s.base(below) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (f"Status: the {top} is on the {below} at the moment. First put the {top} in the bin, then put the "
            f"{below} in the {bowl}."), _done(binned([top]), _in(below, bowl))


def t150_multi_notice(w: World) -> Made:
    s = w.state
    raised = [b for b in w.blocks if s.support[b] not in _FLAT]
    if not raised:
        return None
    a = w.rng.choice(raised)
    b = w.rng.choice([x for x in w.blocks if x != a])
    verb = "Take it out" if s.support[a] in s.bowls else "Take it off"
    return (f"I notice the {a} is {_loc(s, a)} right now. {verb} and put it on the table, then stack the {b} on top "
            f"of the {a}."), _done(_on_table(a), _on(b, a))


def t150_multi_plain(w: World) -> Made:
    s = w.state
    flat = [b for b in w.blocks if s.support[b] == TABLE]
    if not flat:
        return None
    a = w.rng.choice(flat)
    b = w.rng.choice([x for x in w.blocks if x != a])
    bowl = w.rng.choice(w.bowls)
    return (f"The {a} is on the table. Put it in the {bowl} first, and after that put the {b} on top of it."
            ), _done(_in(a, bowl), _on(b, a))


def t150_multi_seeit(w: World) -> Made:
    s = w.state
    place = _places(w)
    inside = [b for b in w.blocks if s.support[b] in s.bowls]
    if inside and w.rng.random() < 0.6:
        x = w.rng.choice(inside)
        bowl = s.support[x]
        others = [b for b in w.blocks if s.base(b) != bowl]
        if not others:
            return None
        y = w.rng.choice(others)
        return (f"See the {x} in the {bowl}? Move the {x} to the {place}, and then put the {y} where the {x} was."
                ), _done(_at_place(x, place), _in(y, bowl))
    pairs = w.pairs()
    if not pairs:
        return None
    x, low = w.rng.choice(pairs)
    others = [b for b in w.blocks if b not in (x, low) and b not in _below(s, low)]
    if not others:
        return None
    y = w.rng.choice(others)
    return (f"See the {x} on top of the {low}? Move the {x} to the {place}, and then put the {y} where the {x} was."
            ), _done(_at_place(x, place), _on(y, low))


def t150_multi_ramble(w: World) -> Made:
    s = w.state
    flat = [b for b in w.blocks if s.support[b] == TABLE]
    if len(flat) < 2:
        return None
    a, b = w.pick(flat, 2)
    c = w.rng.choice([x for x in w.blocks if x not in (a, b)])
    bowl = w.rng.choice(w.bowls)
    return (f"So, right now, uh, the {a} and the {b} are both on the table, yeah? First I'd like the {a} in the "
            f"{bowl}, then after that the {b} goes on top of the {a}, and then finally the {c} goes in the bin."
            ), _done(_in(a, bowl), _on(b, a), binned([c]))


def t150_multi_bullets(w: World) -> Made:
    s = w.state
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    ys = [b for b in w.blocks if b != x and s.support[b] not in _FLAT and b not in s.above(x)]
    if s.base(x) == bowl or not ys:
        return None
    y = w.rng.choice(ys)
    return (f"Right now:\n- the {x} is {_loc(s, x)}\n- {_bowl_fact(s, bowl)}\n- the {y} is {_loc(s, y)}\n"
            f"First move the {x} into the {bowl}, then move the {y} onto the table."
            ), _done(_in(x, bowl), _on_table(y))


# ----- question -------------------------------------------------------------------------------------
def t150_q_report(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    a = w.rng.choice(w.blocks)
    return (f"Status: the {a} is {_loc(s, a)} right now. How many blocks are in the {bowl}?"
            ), answered(str(len(s.in_bowl(bowl))))


def t150_q_notice(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"I see the {top} is on the {below}. What's under the {below}?"), answered(
        _word_answer(s, s.support[below]))


def t150_q_plain(w: World) -> Made:
    s = w.state
    inside = [b for b in w.blocks if s.support[b] in s.bowls]
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = s.support[a]
    same = [b for b in s.in_bowl(bowl) if b != a]
    other = [b for b in w.blocks if b != a and b not in same]
    pool = same if same and (not other or w.rng.random() < 0.5) else other
    if not pool:
        return None
    b = w.rng.choice(pool)
    return f"The {a} is in the {bowl}. Is the {b} in there too?", answered(yes(s.base(b) == bowl))


def t150_q_seeit(w: World) -> Made:
    s = w.state
    covered = [b for b in w.blocks if not s.is_clear(b)]
    bare = [b for b in w.blocks if s.is_clear(b)]
    pool = covered if covered and w.rng.random() < 0.5 else bare
    a = w.rng.choice(pool)
    return f"See the {a} {_loc(s, a)}? Is there anything on top of the {a}?", answered(yes(not s.is_clear(a)))


def t150_q_ramble(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"So, um, I can see the bin's empty right now, and, uh, there's a block sitting on the {below}. Which "
            f"one is it?"), answered(_word_answer(s, top))


def t150_q_bullets(w: World) -> Made:
    s = w.state
    n = len(s.in_bowls())
    if n == 0:
        return None
    a, b = w.pick(w.blocks, 2)
    return (f"Right now:\n- the {a} is {_loc(s, a)}\n- the {b} is {_loc(s, b)}\nHow many blocks are in bowls "
            f"altogether?"), answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def _matched(w: World) -> dict[str, str]:
    """Block -> the bowl of its colour, for every block that has one."""
    return {r.args[0]: r.args[1] for r in matching(w)}


def t150_match_report(w: World) -> Made:
    s = w.state
    pairs = _matched(w)
    want = rels(*matching(w))
    if not pairs or _holds_now(w, want):
        return None
    c = w.rng.choice(list(pairs))
    if len(pairs) == 1:
        text = (f"Status: only one block has a bowl of the same colour, the {c}, and it's {_loc(s, c)}. Put it in "
                f"the bowl that matches it.")
    else:
        text = (f"Status: {_num(len(pairs))} of the blocks have a bowl of the same colour, and the {c} is "
                f"{_loc(s, c)}. Put each of those {_num(len(pairs))} blocks in the bowl that matches it.")
    return text, _done(want)


def t150_match_notice(w: World) -> Made:
    s = w.state
    pairs = [(b, bowl) for b, bowl in _matched(w).items() if s.base(b) != bowl]
    if not pairs:
        return None
    b, bowl = w.rng.choice(pairs)
    return (f"I notice the {b} isn't in the {bowl} right now. Put it in the bowl that matches its colour."
            ), _done(_in(b, bowl))


def t150_match_plain(w: World) -> Made:
    s = w.state
    pairs = [(b, bowl) for b, bowl in _matched(w).items() if s.base(b) != bowl]
    if not pairs:
        return None
    b, bowl = w.rng.choice(pairs)
    inside = s.in_bowl(bowl)
    fact = f"The {bowl} is empty." if not inside else f"The {bowl} has {_the(inside)} in it."
    return f"{fact} Put the block of the same colour in it.", _done(_in(b, bowl))


def t150_match_seeit(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    other = [b for b in w.bowls if w.colour(b) != w.colour(a)]
    if not other or (s.base(a) in other):
        return None
    check = _done(lambda _i, f: f.base(a) in f.bowls and f.colours[f.base(a)] != f.colours[a])
    return f"See the {a} {_loc(s, a)}? Put the {a} in a bowl that isn't the same colour as it.", check


def t150_match_ramble(w: World) -> Made:
    s = w.state
    pairs = _matched(w)
    lone = [b for b in w.blocks if b not in pairs]
    if not pairs or not lone or len(lone) > 5:
        return None
    c = w.rng.choice(w.blocks)
    return (f"So, um, right now the {c} is {_loc(s, c)}, and, like, {_num(len(lone))} of the blocks don't have a bowl "
            f"in their colour. Could you put those ones, the ones with no matching bowl, in the bin?"
            ), _done(binned(lone))


def t150_match_bullets(w: World) -> Made:
    s = w.state
    pairs = _matched(w)
    want = rels(*matching(w))
    rest = [b for b in w.blocks if b not in pairs]
    if not pairs or not rest or _holds_now(w, want):
        return None
    movers = [b for b, bowl in pairs.items() if s.base(b) != bowl]
    if any(r in s.above(m) for m in movers for r in rest):
        return None
    lines = "".join(f"- the {b} is {_loc(s, b)}\n" for b in pairs)
    return (f"Right now:\n{lines}Put every block that has a bowl of the same colour into that bowl, and leave the "
            f"rest where they are."), _done(want, kept(*rest))


# ----- the batch ------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("report", "notice", "plain", "seeit", "ramble", "bullets")
FRESH150: list[Template] = [
    (f"t150_{short}_{style}", category, globals()[f"t150_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
