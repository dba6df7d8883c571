"""`FRESH151`, the hundred-and-fifty-first untuned batch: sixty language templates, six per category, for the offline planner.

The theme is relayed requests: the person typing passes on what someone else asked for, or what a note, a ticket or
a worksheet says. The request comes as reported speech ("Sam asked me to tell you to bin the green block"), as a
quotation in straight or curly quotation marks, or after a colon ("the checklist says: ..."). Sometimes the speaker
adds a part of their own ("...; I'd also like the blue block on the table"), and sometimes they override a part
plainly ("she said to bin it, but don't, put it in the green bowl instead"): the check is what the request asks for
after the override, with the speaker's own part added. Everything the words leave open (where a block that is in
the way goes, which blocks go where when only a count or "off the table" is asked for) is left open by the check;
nothing may be left in the gripper. A relayed question is answered from the scene. The six styles:

- boss: "My supervisor wants you to put the red block in the blue bowl."
- colleague: "Sam asked me to tell you to bin the green block."
- note: "The note on the desk says: “Stack the red block on the white block.”"
- ticket: "Ticket #4521: move the yellow block to the top left corner of the table."
- family: "My daughter said to put the pink block in the bin, but don't — put it in the cyan bowl instead."
- teacher: "The worksheet says: “Build one tower on the table out of all 4 blocks, in any order.”"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 1b2a50c, the code of b470f8b, after every fix before it and before anything
it could prompt): 0.56 goal-correct (168 of 300), 124 refused, 3 asked, 5 wrong, four of them actions: 'every block
that has a bowl of its own colour goes in that bowl; any other block goes in the bin' binned one other block ('any other
block' read as a free choice, twice); 'Build one tower on the table out of all four blocks' put one block on the table
(twice); one wrong reply: 'My little sister would love it if X were in W' was answered as a question. Most refusals were
the relay itself: 'asked me to tell you to', 'the checklist says:', 'according to', 'Ticket #3905:', 'my boss wants to
know'.
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel

_BOSSES = ("my supervisor", "my manager", "the client", "my boss", "the shift lead")
_FOLK = ("Sam", "Priya", "Alex", "Maria", "Ben", "Jun", "Fatima", "Tom")
_KIN = ("my daughter", "my son", "my mum", "my dad", "Grandpa", "my little sister", "my nephew")
_ON_TABLE = (TABLE, *PLACES)
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- helpers ---------------------------------------------------------------------------------------
def _idle(_i, f) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's goal: every check, and nothing left in the gripper."""
    return both(_idle, *checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when the goal already holds (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list):
    return w.rng.choice(items) if items else None


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _boss(w: World) -> str:
    return w.rng.choice(_BOSSES)


def _folk(w: World) -> str:
    return w.rng.choice(_FOLK)


def _kin(w: World) -> str:
    return w.rng.choice(_KIN)


def _ticket(w: World) -> str:
    return f"#{w.rng.randint(1000, 9999)}"


def _spot(place: str) -> str:
    return f"the {place} of the table"


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _tower(w: World, b: str) -> set[str]:
    return {b, *_below(w, b), *w.state.above(b)}


def _level(w: World, b: str) -> int:
    return len(_below(w, b)) + 1


def _apart(w: World, *blocks: str) -> bool:
    """The blocks stand in pairwise different towers."""
    seen: set[str] = set()
    for b in blocks:
        t = _tower(w, b)
        if t & seen:
            return False
        seen |= t
    return True


def _stackable(w: World, z: str, extra: int = 1) -> bool:
    """`extra` blocks can go on `z` without a tower taller than allowed (z stands on the table)."""
    return w.state.base(z) in _ON_TABLE and _level(w, z) + extra <= layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.on_top(bowl)) + n <= layout.BOWL_CAPACITY


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _towers(w: World) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    return [[b, *w.state.above(b)[::-1]] for b in bottoms if w.state.above(b)]


def _unstacked(_i, f) -> bool:
    return all(f.support[b] not in f.support for b in f.blocks)


def _off_table(_i, f) -> bool:
    return not f.on_the_table()


# ----- imperative ------------------------------------------------------------------------------------
def t151_imp_boss(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    if x is None:
        return None
    who = _boss(w)
    text = w.rng.choice([
        f"{_cap(who)} wants you to put the {x} in the {bowl}.",
        f"{_cap(who)} asked for the {x} to go into the {bowl}.",
        f"Request from {who}: put the {x} in the {bowl}, please.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t151_imp_colleague(w: World) -> Made:
    x = _one(w, w.blocks)
    name = _folk(w)
    text = w.rng.choice([
        f"{name} asked me to tell you to bin the {x}.",
        f"{name} just messaged: 'please throw the {x} in the bin'.",
        f"Passing on a message from {name}: drop the {x} in the bin.",
    ])
    return _made(w, text, _act(binned([x])))


def t151_imp_note(w: World) -> Made:
    pairs = [(x, z) for x in w.blocks for z in w.blocks if x != z and _apart(w, x, z) and _stackable(w, z)]
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    text = w.rng.choice([
        f"The note on the desk says: \u201cStack the {x} on the {z}.\u201d",
        f"Someone left a sticky note that reads 'put the {x} on top of the {z}'.",
        f"There's a note here: place the {x} on the {z}.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, z))))


def t151_imp_ticket(w: World) -> Made:
    x = _one(w, w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Ticket {_ticket(w)}: move the {x} to {_spot(place)}.",
        f"The work order says: \u201cRelocate the {x} to {_spot(place)}.\u201d",
        f'Quoting the email: "Please move the {x} over to {_spot(place)}."',
    ])
    return _made(w, text, _act(rels(Rel("at", x, place))))


def t151_imp_family(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl, kin = w.state.base(x), _kin(w)
    text = w.rng.choice([
        f"{_cap(kin)} wants you to take the {x} out of the {bowl} and put it on the table.",
        f"{_cap(kin)} asked me to get you to lift the {x} out of the {bowl} and set it down on the table.",
    ])
    return _made(w, text, _act(rels(Rel("on_table", x))))


def t151_imp_teacher(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b1, b2 = w.pick(w.bowls, 2)
    x = _one(w, [b for b in w.blocks if w.state.base(b) != b2])
    if x is None or not _room(w, b2):
        return None
    text = w.rng.choice([
        f"The worksheet says to put the {x} in the {b1}, but the teacher corrected it in class: "
        f"it goes in the {b2} instead.",
        f"Exercise 3 on the worksheet reads \u201cput the {x} into the {b1}\u201d; the teacher crossed out "
        f"{w.colour(b1)} and wrote {w.colour(b2)}, so put it in the {b2}.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, b2))))


# ----- declarative -----------------------------------------------------------------------------------
def t151_dec_boss(w: World) -> Made:
    z = _one(w, [b for b in w.blocks if not w.state.is_clear(b)])
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    x = _one(w, [b for b in w.blocks if b != z and bowl and w.state.base(b) != bowl])
    if z is None or x is None:
        return None
    who = _boss(w)
    text = w.rng.choice([
        f"According to {who}'s spec, the {x} is in the {bowl} and there is nothing on top of the {z}.",
        f"{_cap(who)} described the finished table: nothing stacked on the {z}, and the {x} in the {bowl}.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl), Rel("clear", z))))


def t151_dec_colleague(w: World) -> Made:
    pairs = [(x, z) for x in w.blocks for z in w.blocks if x != z and _apart(w, x, z) and _stackable(w, z)]
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    y = _one(w, [b for b in w.blocks if b not in (x, z)])
    if y is None:
        return None
    name = _folk(w)
    text = w.rng.choice([
        f"{name}'s message says the {x} is sitting on the {z} in the final layout, and I want the {y} "
        f"in the bin as well.",
        f"According to {name}, the {x} should be on top of the {z} when you're done; I'd also like the {y} "
        f"to be in the bin.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, z), Rel("in_bin", y))))


def t151_dec_note(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    if x is None:
        return None
    text = w.rng.choice([
        f"The checklist says: \u201c{_cap(x)} in the bin. {_cap(bowl)} empty.\u201d",
        f"The closing checklist reads: the {bowl} is empty, and the {x} is in the bin.",
    ])
    return _made(w, text, _act(binned([x]), empty(bowl)))


def t151_dec_ticket(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    y = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    x = _one(w, [b for b in w.blocks if b != y])
    if y is None or x is None:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"The email from facilities, quoted: \u201cDesired layout \u2014 {x}: {_spot(place)}; {y}: in the "
        f"{bowl}.\u201d",
        f'Ticket {_ticket(w)} describes the end state as: "the {y} is in the {bowl} and the {x} is at '
        f'{_spot(place)}".',
    ])
    return _made(w, text, _act(rels(Rel("at", x, place), Rel("in", y, bowl))))


def t151_dec_family(w: World) -> Made:
    kin = _kin(w)
    if w.rng.random() < 0.5:
        bowl = _one(w, [b for b in w.bowls if _room(w, b)])
        x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
        if x is None:
            return None
        text = w.rng.choice([
            f"{_cap(kin)} says the {x} belongs in the {bowl}.",
            f"{_cap(kin)} insists that the {x}'s place is in the {bowl}.",
        ])
        return _made(w, text, _act(rels(Rel("in", x, bowl))))
    pairs = [(x, z) for x in w.blocks for z in w.blocks if x != z and _apart(w, x, z) and _stackable(w, z)]
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    text = w.rng.choice([
        f"{_cap(kin)} says the {x} belongs on top of the {z}.",
        f"According to {kin}, the {x} sits on the {z}.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, z))))


def t151_dec_teacher(w: World) -> Made:
    triples = [(x, z, b) for x in w.blocks for z in w.blocks for b in w.blocks
               if len({x, z, b}) == 3 and _apart(w, x, z, b) and _stackable(w, b, 2)]
    if not triples:
        return None
    x, z, b = w.rng.choice(triples)
    if w.rng.random() < 0.5:
        text = f"The answer key on the worksheet shows the {x} on top of the {z}, and the {z} on top of the {b}."
        return _made(w, text, _act(rels(Rel("on", x, z), Rel("on", z, b))))
    text = (f"The teacher's diagram shows one tower on the table: the {b} at the bottom, then the {z}, "
            f"then the {x} on top.")
    return _made(w, text, _act(rels(Rel("stacked", b, z, x))))


# ----- desiderative ----------------------------------------------------------------------------------
def t151_des_boss(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    y = _one(w, [b for b in w.blocks if b != x and w.state.support[b] not in _ON_TABLE])
    if x is None or y is None:
        return None
    who = _boss(w)
    text = w.rng.choice([
        f"{_cap(who)} wants the {x} in the {bowl}; I'd also like the {y} on the table.",
        f"{_cap(who)} would like the {x} to end up in the {bowl}, and personally I'd like the {y} moved onto "
        f"the table.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl), Rel("on_table", y))))


def t151_des_colleague(w: World) -> Made:
    pairs = [(x, z) for x in w.blocks for z in w.blocks if x != z and _apart(w, x, z) and _stackable(w, z)]
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    name = _folk(w)
    text = w.rng.choice([
        f"{name} texted: \u201cI'd love the {x} stacked on the {z}.\u201d",
        f"{name} mentioned that they'd like the {x} on top of the {z}.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, z))))


def t151_des_note(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b, 2)])
    if bowl is None:
        return None
    pair = w.pick([b for b in w.blocks if w.state.support[b] != bowl], 2)
    if not pair:
        return None
    x, y = pair
    text = w.rng.choice([
        f"A note taped to the table says: \u201cI'd like the {x} and the {y} both in the {bowl}, please.\u201d",
        f"The note I was handed: 'What I want is the {x} and the {y} in the {bowl}.'",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


def t151_des_ticket(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    x, y = pair
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"The email ends with: \u201cWhat I want is for the {x} to be in the bin and the {y} to be at "
        f"{_spot(place)}.\u201d",
        f'Ticket {_ticket(w)}, customer request: "We would like the {y} moved to {_spot(place)} and the {x} '
        f'thrown in the bin."',
    ])
    return _made(w, text, _act(rels(Rel("in_bin", x), Rel("at", y, place))))


def t151_des_family(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    if x is None:
        return None
    kin = _kin(w)
    text = w.rng.choice([
        f"{_cap(kin)} would love it if the {x} were in the {bowl}.",
        f"{_cap(kin)} asked me to make it so that the {x} is in the {bowl}.",
        f"{_cap(kin)} really wants the {x} in the {bowl}. Could you make that happen?",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t151_des_teacher(w: World) -> Made:
    pairs = [(x, z) for x in w.blocks for z in w.blocks if x != z and _apart(w, x, z) and _stackable(w, x)]
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    text = w.rng.choice([
        f"The teacher wants us to make it so that the {x} is directly under the {z}.",
        f"Our teacher said she'd like the {z} to end up resting on the {x}.",
    ])
    return _made(w, text, _act(rels(Rel("on", z, x))))


# ----- quantified ------------------------------------------------------------------------------------
def t151_qua_boss(w: World) -> Made:
    who = _boss(w)
    text = w.rng.choice([
        f"{_cap(who)} wants every block off the table \u2014 into a bowl or the bin, whichever.",
        f"{_cap(who)} would like all the blocks off the table, each one either in a bowl or in the bin.",
    ])
    return _made(w, text, _act(_off_table))


def t151_qua_colleague(w: World) -> Made:
    bowl = _one(w, w.bowls)
    cur = len(w.state.in_bowl(bowl))
    n = _one(w, [k for k in (1, 2, 3) if k != cur and k <= len(w.blocks)])
    if n is None:
        return None
    name = _folk(w)
    s = "" if n == 1 else "s"
    text = w.rng.choice([
        f"{name} asked for exactly {_WORDS[n]} block{s} in the {bowl}.",
        f"{name}'s message: 'the {bowl} should have {n} block{s} in it, no more, no less'.",
    ])
    return _made(w, text, _act(count_in(bowl, n)))


def t151_qua_note(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    x, y, z = trio
    text = w.rng.choice([
        f"Checklist item 4: \u201ceach of the {x}, the {y} and the {z} goes in the bin.\u201d",
        f"The checklist says every one of these goes in the bin: the {x}, the {y}, the {z}.",
    ])
    return _made(w, text, _act(binned(trio)))


def t151_qua_ticket(w: World) -> Made:
    movers = w.in_bowls()
    if not movers:
        return None
    text = w.rng.choice([
        f'Ticket {_ticket(w)}: "Take every block that is in a bowl out of it and put it on the table."',
        "The email asks for all the blocks that are currently in bowls to be moved onto the table.",
    ])
    return _made(w, text, _act(lambda _i, f: all(f.base(b) in _ON_TABLE for b in movers)))


def t151_qua_family(w: World) -> Made:
    if len(w.bowls) < 2 or all(w.state.in_bowl(b) for b in w.bowls):
        return None
    kin = _kin(w)
    text = w.rng.choice([
        f"{_cap(kin)} wants every bowl to have at least one block in it.",
        f"{_cap(kin)} says each of the bowls needs a block in it.",
    ])
    return _made(w, text, _act(lambda _i, f: all(f.in_bowl(b) for b in f.bowls)))


def t151_qua_teacher(w: World) -> Made:
    n = len(w.blocks)
    if n > layout.MAX_TOWER:
        return None
    text = w.rng.choice([
        f"The worksheet says: \u201cBuild one tower on the table out of all {n} blocks, in any order.\u201d",
        f"The teacher's instructions: stack all {_WORDS[n]} blocks into a single tower standing on the table; "
        f"the order doesn't matter.",
    ])
    return _made(w, text, _act(rels(Rel("tower", *w.blocks))))


# ----- negated ---------------------------------------------------------------------------------------
def t151_neg_boss(w: World) -> Made:
    x = _one(w, w.blocks)
    others = [b for b in w.blocks if b != x]
    who = _boss(w)
    text = w.rng.choice([
        f"{_cap(who)} says to bin every block except the {x}.",
        f"{_cap(who)} wants all the blocks in the bin apart from the {x}, which must not go in.",
    ])
    return _made(w, text, _act(binned(others), none_binned([x])))


def t151_neg_colleague(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    x, z = pair
    name = _folk(w)
    text = w.rng.choice([
        f"{name} asked me to pass on that the {x} shouldn't be on the {z} any more \u2014 and it shouldn't go "
        f"in the bin either.",
        f"From {name}: 'Get the {x} off the {z}, but not into the bin.'",
    ])
    return _made(w, text, _act(rels(Rel("on", x, z, negated=True)), none_binned([x])))


def t151_neg_note(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"The note says: \u201cDon't leave anything in the {bowl}, and don't put anything in the bin.\u201d",
        f"Note from the morning shift: nothing should stay in the {bowl}; the bin is not to be used.",
    ])
    return _made(w, text, _act(empty(bowl), none_binned(w.blocks)))


def t151_neg_ticket(w: World) -> Made:
    if not w.pairs():
        return None
    text = w.rng.choice([
        f"Ticket {_ticket(w)}: \u201cNo block should be sitting on another block.\u201d",
        'The email says: "nothing may be stacked; no block on top of any other block."',
    ])
    return _made(w, text, _act(_unstacked))


def t151_neg_family(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    if x is None:
        return None
    kin = _kin(w)
    text = w.rng.choice([
        f"{_cap(kin)} said to put the {x} in the bin, but don't \u2014 put it in the {bowl} instead.",
        f"{_cap(kin)} told me the {x} should go in the bin. Please don't do that; the {bowl} is where it "
        f"should go.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t151_neg_teacher(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    text = w.rng.choice([
        "The worksheet says: \u201cPut every block that is not in a bowl into the bin.\u201d",
        "The teacher wants all the blocks that aren't in a bowl thrown in the bin, and none of the others.",
    ])
    return _made(w, text, _act(binned(outside), none_binned(inside)))


# ----- relative --------------------------------------------------------------------------------------
def t151_rel_boss(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    x, z = pair
    who = _boss(w)
    text = w.rng.choice([
        f"{_cap(who)} wants the block that's sitting on the {z} put in the bin.",
        f"{_cap(who)} says whichever block is on top of the {z} goes in the bin.",
    ])
    return _made(w, text, _act(binned([x])))


def t151_rel_colleague(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if bowl is None:
        return None
    x = w.state.in_bowl(bowl)[0]
    name = _folk(w)
    text = w.rng.choice([
        f"{name} says the block in the {bowl} should come out and go on the table.",
        f"{name} wants whatever block is in the {bowl} taken out and put on the table.",
    ])
    return _made(w, text, _act(rels(Rel("on_table", x))))


def t151_rel_note(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    x, z = pair
    bowl = _one(w, [b for b in w.bowls if _room(w, b) and w.state.base(z) != b])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"The note says: \u201cPut the block underneath the {x} into the {bowl}.\u201d",
        f"A sticky note: 'the block the {x} is resting on goes in the {bowl}'.",
    ])
    return _made(w, text, _act(rels(Rel("in", z, bowl))))


def t151_rel_ticket(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    text = w.rng.choice([
        f'Ticket {_ticket(w)}: "Empty the bowl that has the {x} in it into the bin."',
        f"The email asks for the bowl holding the {x} to be emptied, with everything in it going into the bin.",
    ])
    return _made(w, text, _act(binned(w.state.in_bowl(bowl))))


def t151_rel_family(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    if bowl is None:
        return None
    cands = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) != bowl)
    if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.05:
        return None
    x = cands[0][1]
    kin = _kin(w)
    text = w.rng.choice([
        f"{_cap(kin)} wants the block closest to the {bowl} put inside it.",
        f"{_cap(kin)} says the block nearest the {bowl} should go into that bowl.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t151_rel_teacher(w: World) -> Made:
    tower = _one(w, _towers(w))
    if tower is None:
        return None
    y, top = w.rng.choice(tower[:-1]), tower[-1]
    text = w.rng.choice([
        f"The worksheet says: \u201cTake the top block off the stack that the {y} is in, and put it in the bin.\u201d",
        f"The teacher told us to put the highest block of the {y}'s stack into the bin.",
    ])
    return _made(w, text, _act(binned([top])))


# ----- keep ------------------------------------------------------------------------------------------
def t151_keep_boss(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    y = _one(w, [b for b in w.blocks if x and b != x and _apart(w, x, b)])
    if y is None:
        return None
    who = _boss(w)
    text = w.rng.choice([
        f"{_cap(who)} wants the {x} in the {bowl}, but the {y} has to stay exactly where it is.",
        f"{_cap(who)} asked for two things: leave the {y} alone, and get the {x} into the {bowl}.",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl)), kept(y)))


def t151_keep_colleague(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if a < b and set(w.state.above(a)) | set(w.state.above(b)) <= {a, b}]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    others = [b for b in w.blocks if b not in (x, y)]
    name = _folk(w)
    text = w.rng.choice([
        f"{name} asked me to tell you: bin the {x} and the {y}, and leave everything else alone.",
        f"{name}'s message: 'Only the {y} and the {x} go in the bin. Nothing else gets moved.'",
    ])
    return _made(w, text, _act(binned([x, y]), kept(*others)))


def t151_keep_note(w: World) -> Made:
    trios = [(x, z, y) for x in w.blocks for z in w.blocks for y in w.blocks
             if len({x, z, y}) == 3 and _apart(w, x, z, y) and _stackable(w, z)]
    if not trios:
        return None
    x, z, y = w.rng.choice(trios)
    text = w.rng.choice([
        f"Note on the whiteboard: \u201c{_cap(x)} on the {z}. Don't move the {y}.\u201d",
        f"The note reads: put the {x} on the {z}, and the {y} stays where it is.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, z)), kept(y)))


def t151_keep_ticket(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    movers = w.state.in_bowl(bowl)
    y = _one(w, [b for b in w.blocks if b not in movers])
    if y is None:
        return None
    text = w.rng.choice([
        f'The email says: "Please take everything out of the {bowl} and put it on the table, but keep the {y} '
        f'exactly where it is."',
        f"Ticket {_ticket(w)}: \u201cClear the {bowl} out onto the table. The {y} is not to be moved.\u201d",
    ])
    return _made(w, text, _act(lambda _i, f: all(f.base(b) in _ON_TABLE for b in movers), kept(y)))


def t151_keep_family(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if x != y and _apart(w, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    kin = _kin(w)
    text = w.rng.choice([
        f"{_cap(kin)} said to throw the {x} and the {y} in the bin, but leave the {y} where it is \u2014 "
        f"just bin the {x}.",
        f"{_cap(kin)} wanted the {y} and the {x} binned. Change of plan: only the {x} goes in the bin, "
        f"and the {y} stays put.",
    ])
    return _made(w, text, _act(binned([x]), kept(y)))


def t151_keep_teacher(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    place = w.rng.choice(PLACES)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice([
        f"The worksheet says: \u201cMove the {x} to {_spot(place)}. Everything else stays put.\u201d",
        f"The teacher's task for today: put the {x} at {_spot(place)} without moving any other block.",
    ])
    return _made(w, text, _act(rels(Rel("at", x, place)), kept(*others)))


# ----- multi_step ------------------------------------------------------------------------------------
def t151_multi_boss(w: World) -> Made:
    trios = [(x, y, z) for x in w.blocks for y in w.blocks for z in w.blocks
             if len({x, y, z}) == 3 and _apart(w, x, z) and _stackable(w, z)]
    if not trios:
        return None
    x, y, z = w.rng.choice(trios)
    who = _boss(w)
    text = w.rng.choice([
        f"{_cap(who)} wants two things done, in this order: first the {x} into the bin, then the {y} on top of "
        f"the {z}.",
        f"{_cap(who)} said to bin the {x} first, and once that's done, stack the {y} on the {z}.",
    ])
    return _made(w, text, _act(rels(Rel("in_bin", x), Rel("on", y, z))))


def t151_multi_colleague(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] not in _ON_TABLE])
    y = _one(w, [b for b in w.blocks if x and b != x])
    if y is None:
        return None
    name = _folk(w)
    text = w.rng.choice([
        f"{name} said: first put the {x} on the table, then put the {y} on top of it.",
        f"Message from {name}: \u2018Step 1, the {x} goes on the table. Step 2, the {y} goes on the {x}.\u2019",
    ])
    return _made(w, text, _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t151_multi_note(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b, 2)])
    if bowl is None:
        return None
    trio = w.pick(w.blocks, 3)
    x, y, z = trio
    text = w.rng.choice([
        f"The note lists three steps: 1) bin the {x}; 2) put the {y} in the {bowl}; 3) put the {z} in the "
        f"{bowl} as well.",
        f"The note says: \u201cFirst the {x} goes in the bin. Next, the {y} into the {bowl}. Last, the {z} "
        f"into the {bowl} too.\u201d",
    ])
    return _made(w, text, _act(rels(Rel("in_bin", x), Rel("in", y, bowl), Rel("in", z, bowl))))


def t151_multi_ticket(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if _room(w, b)])
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl])
    if x is None:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Ticket {_ticket(w)}: \u201cStep one: move the {x} to {_spot(place)}. Step two: move it from there "
        f"into the {bowl}.\u201d",
        f'The email says: "Start by moving the {x} to {_spot(place)}; after that, put it in the {bowl}."',
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t151_multi_family(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    x, z = pair
    bowl = _one(w, [b for b in w.bowls if _room(w, b) and w.state.base(z) != b])
    if bowl is None:
        return None
    kin = _kin(w)
    text = w.rng.choice([
        f"{_cap(kin)} wants you to take the {x} off the {z}, and after that put the {z} in the {bowl}.",
        f"{_cap(kin)} asked for this: lift the {x} off the {z} first, then move the {z} into the {bowl}.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, z, negated=True), Rel("in", z, bowl))))


def t151_multi_teacher(w: World) -> Made:
    trios = [(x, y, z) for x in w.blocks for y in w.blocks for z in w.blocks
             if len({x, y, z}) == 3 and _apart(w, x, y) and _apart(w, z, y) and _stackable(w, y, 2)]
    if not trios:
        return None
    x, y, z = w.rng.choice(trios)
    text = w.rng.choice([
        f"Worksheet steps: \u201cFirst, stack the {x} on the {y}. Second, stack the {z} on the {x}.\u201d",
        f"The teacher said to put the {x} on the {y} and then, after that, the {z} on the {x}.",
    ])
    return _made(w, text, _act(rels(Rel("on", x, y), Rel("on", z, x))))


# ----- question --------------------------------------------------------------------------------------
def t151_q_boss(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    n = len(w.state.in_bowl(bowl))
    who = _boss(w)
    text = w.rng.choice([
        f"{_cap(who)} wants to know how many blocks are in the {bowl}.",
        f"{_cap(who)} is asking: how many blocks does the {bowl} hold right now?",
    ])
    return text, answered(str(n))


def t151_q_colleague(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        (x, z), flag = w.rng.choice(pairs), True
    else:
        cands = [(x, z) for x in w.blocks for z in w.blocks if x != z and z not in _below(w, x)]
        if not cands:
            return None
        (x, z), flag = w.rng.choice(cands), False
    name = _folk(w)
    text = w.rng.choice([
        f"{name} wants to know: is the {x} on the {z}?",
        f"{name} asked me to check whether the {x} is sitting on top of the {z}. Is it?",
    ])
    return text, answered(yes(flag))


def t151_q_note(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    text = w.rng.choice([
        f"There's a note asking: \u201cWhich bowl is the {x} in?\u201d",
        f"Someone left a note with a question on it: what colour is the bowl that the {x} is in?",
    ])
    return text, answered(w.colour(bowl))


def t151_q_ticket(w: World) -> Made:
    present = [w.colour(b) for b in w.blocks]
    absent = [c for c in layout.COLOURS if c not in present]
    flag = w.rng.random() < 0.5 or not absent
    colour = w.rng.choice(present if flag else absent)
    a = "an" if colour[0] in "aeiou" else "a"
    text = w.rng.choice([
        f'Ticket {_ticket(w)}, from a customer: "Is there {a} {colour} block anywhere in the scene?"',
        f"The email asks whether there is {a} {colour} block at all. Is there?",
    ])
    return text, answered(yes(flag))


def t151_q_family(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    x, z = pair
    kin = _kin(w)
    text = w.rng.choice([
        f"{_cap(kin)} is asking what colour the block on top of the {z} is.",
        f"{_cap(kin)} wants to know: which colour is the block sitting on the {z}?",
    ])
    return text, answered(w.colour(x))


def t151_q_teacher(w: World) -> Made:
    n = sum(1 for b in w.blocks if w.state.base(b) not in w.bowls)
    text = w.rng.choice([
        "Worksheet question 5: \u201cHow many blocks are not in any bowl?\u201d",
        "The teacher asked the class to count the blocks that are outside the bowls. How many are there?",
    ])
    return text, answered(str(n))


# ----- matching --------------------------------------------------------------------------------------
def t151_match_boss(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    who = _boss(w)
    text = w.rng.choice([
        f"{_cap(who)} wants each block in the bowl that matches its colour.",
        f"{_cap(who)} asked for every block with a bowl of the same colour to be put in that bowl.",
    ])
    return _made(w, text, _act(rels(*want)))


def t151_match_colleague(w: World) -> Made:
    r = _one(w, [r for r in matching(w) if _room(w, r.target)])
    if r is None:
        return None
    name = _folk(w)
    text = w.rng.choice([
        f"{name} asked me to tell you to put the {r.block} in the bowl of the same colour.",
        f"From {name}: 'the {r.block} goes in its matching bowl'.",
    ])
    return _made(w, text, _act(rels(r)))


def t151_match_note(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    text = w.rng.choice([
        "The checklist says: \u201cevery block that has a bowl of its own colour goes in that bowl; "
        "any other block goes in the bin.\u201d",
        "The note reads: match blocks to bowls by colour, and bin the blocks that have no bowl of their colour.",
    ])
    return _made(w, text, _act(rels(*want), binned(rest)))


def t151_match_ticket(w: World) -> Made:
    y = _one(w, [b for b in w.blocks if _bowl_of(w, w.colour(b))])
    if y is None:
        return None
    bowl = _bowl_of(w, w.colour(y))
    x = _one(w, [b for b in w.blocks if b != y and w.state.base(b) != bowl])
    if x is None or not _room(w, bowl):
        return None
    text = w.rng.choice([
        f'The email reads: "Please put the {x} in the bowl that is the same colour as the {y}."',
        f"Ticket {_ticket(w)}: \u201cThe {x} goes in whichever bowl matches the {y}'s colour.\u201d",
    ])
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t151_match_family(w: World) -> Made:
    r = _one(w, [r for r in matching(w) if w.state.is_clear(r.block) and _room(w, r.target)])
    if r is None:
        return None
    others = [b for b in w.blocks if b != r.block]
    kin = _kin(w)
    text = w.rng.choice([
        f"{_cap(kin)} wants the block that's the same colour as the {r.target} put inside it, and nothing "
        f"else moved.",
        f"{_cap(kin)} says: put the block matching the {r.target} into it, and leave all the other blocks "
        f"where they are.",
    ])
    return _made(w, text, _act(rels(r), kept(*others)))


def t151_match_teacher(w: World) -> Made:
    r = _one(w, [r for r in matching(w) if _room(w, r.target, 2)])
    if r is None:
        return None
    y = _one(w, [b for b in w.blocks if b != r.block and any(c != _bowl_of(w, w.colour(b)) for c in w.bowls)])
    if y is None:
        return None
    own = _bowl_of(w, w.colour(y))

    def wrong_bowl(_i, f) -> bool:
        return f.base(y) in f.bowls and f.base(y) != own

    text = w.rng.choice([
        f"Worksheet exercise: \u201cPut the {r.block} in the bowl of its colour, and put the {y} in a bowl "
        f"that is not its colour.\u201d",
        f"The teacher's sheet says the {r.block} goes in its matching bowl, while the {y} goes in any bowl "
        f"whose colour is different from its own.",
    ])
    return _made(w, text, _act(rels(r), wrong_bowl))


# ----- the batch -------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("boss", "colleague", "note", "ticket", "family", "teacher")
FRESH151: list[Template] = [
    (f"t151_{short}_{style}", category, globals()[f"t151_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
