"""`FRESH192`, the hundred-and-ninety-third untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words. A firefighter is urgent and short ("now", "clear it", "get everything off"); a
journalist asks politely and asks questions ("could you", "can you tell me"); a veterinarian is gentle ("carefully
lift", "gently set it down"); a call-centre agent speaks from a script ("I can see that", "what I'll need you to do
is"); a bricklayer talks in courses and laying ("lay", "course", "on top of"); a ten-year-old types in lower case
("can you do the", "pleeease", "and then"). The jobs are the everyday ones: a block into a bowl, onto another block
or a named place, stacks and towers, sorting by colour, clearing a bowl or the table into the bin, leaving some
things as they are, and plain questions about the table (one or two in a message). The checks accept every outcome
a reasonable person would accept: any order, any free choice the words leave open (which two blocks, which other
bowl, where a block lifted off goes), other blocks moved out of the way unless the sentence says to leave them; they
always require an empty gripper, and a two-question message expects both answers, in the order asked.
The six styles:

- firefighter: "Get the red block into the blue bowl. Now!"
- journalist: "Could you move the green block onto the yellow block, please?"
- vet: "Carefully lift the white block and set it down gently in the top left corner."
- agent: "Okay, I can see the blue block on the table. What I'll need you to do is put it in the bin for me."
- bricklayer: "Build a tower: the red block at the bottom, the blue block on it, and the green block on top."
- kid: "can you do the purple block next pleeease, put it in the middle of the table"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on fd47be6, the code of 31e697b, before anything it could prompt): 0.7033
goal-correct (211 of 300), 66 refused, 1 asked. Ten wrong actions: "So the way this needs to end up, according to my
notes, is X sitting in the top right corner." and "What I'll need you to do is, first, ...; second, ...; and third, ..."
were answered as questions; "Could you find the bowl the same colour as X and ease the block into it?" was answered;
"Lay all 4 blocks in a single tower on the table, any order." did nothing ('in a single tower' dropped); "Blocks that
match a bowl's colour go in that bowl. Every other block gets laid into a single tower ..." set the first sentence aside
and stacked every block; "Sort them by colour: ..., and lay the rest in one tower on the table." Twelve wrong replies:
"how many blocks are in W? And is X in there?", "Just to confirm on my end, which block is sitting on X?", "Is anything
laid on top of X? And what is Y resting on?", "whats in W pleeease tell me". The refusals include "Put up a three-block
tower with X at the base, then Y, then Z at the very top", "can you do the pink block next pleeease", "placed there
gently", "I need that purple bowl cleared out, everything in it into the bin, right now.", "I'd love to get a shot of X
in the top right corner. Could you make that happen?", "eased softly down onto Y", "a tower of three courses on the
table", "None of it goes in the bin, mind.", "lift the one nearest W into it", "Match them up, fast: ...", "I can see
you have a blue bowl. What I'll need you to do is put the block of the same colour in it", "Bin's where X and Y
belong", "I can see X on your table. It should be in the bottom left corner.", "What I'd like to get sorted for you
today is X moved into W.", "whichever two you like", "pleeease can you do the tidy up", "in the bowl it's sitting in",
"Not the blue block, any other.", "can you do the white block in the empty bowl", "First, carefully, X goes in W. Then,
just as gently, ...", "Alright, I can see X there on the table. What I'll need you to do is drop it into the bin.".
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

_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(w: World, text: str, *checks: Check) -> Made:
    """An action instance: the checks plus an empty gripper; None when the goal already holds (doing nothing)."""
    check = both(_idle, *checks)
    return None if check(w.state, w.state) else (text, check)


def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _height(s: SymState, b: str) -> int:
    """How many blocks high `b` is in its tower (1 when it rests on the table, a bowl or a place)."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _live(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _tops(w: World, *exclude: str) -> list[str]:
    """Clear blocks another block can be put on without making a tower too tall."""
    return [b for b in w.clear_blocks() if b not in exclude and _height(w.state, b) < layout.MAX_TOWER]


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _bowls_for(w: World, b: str, need: int = 1, *exclude: str) -> list[str]:
    """Bowls that `b` is not in yet and that have room."""
    return [x for x in w.bowls if x not in exclude and w.state.base(b) != x and _room(w.state, x) >= need]


def _loose_on_table(w: World) -> list[str]:
    """Clear blocks resting directly on the table."""
    return [b for b in w.clear_blocks() if w.state.support[b] == TABLE]


def _in_place(p: str) -> str:
    return "in the middle of the table" if p == "middle" else f"in the {p}"


def _to_place(p: str) -> str:
    return "to the middle of the table" if p == "middle" else f"to the {p}"


def _article(word: str) -> str:
    return "an" if word[0] in "aeiou" else "a"


def _grounded(*blocks: str) -> Check:
    """Each block rests directly on the table (a named place counts as the table)."""
    return lambda _i, f: all(f.support[b] in _GROUND for b in blocks)


def _not_in(block: str, *bad: str) -> Check:
    return lambda _i, f: f.base(block) not in bad


def _in_any_bowl(*blocks: str, but: str = "") -> Check:
    return lambda _i, f: all(f.base(b) in f.bowls and f.base(b) != but for b in blocks)


def _not_on(block: str, below: str) -> Check:
    return lambda _i, f: f.support[block] != below


def _on_some_block(block: str, but: str) -> Check:
    return lambda _i, f: f.support[block] in f.support and f.support[block] != but


def _matched(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for blocks that have one."""
    by_colour = {w.colour(x): x for x in w.bowls}
    return {b: by_colour[w.colour(b)] for b in _live(w) if w.colour(b) in by_colour}


def _seated_on_bowl_block(w: World) -> bool:
    """Whether some block rests on a block inside a bowl (is it 'in the bowl' or 'on a block'?)."""
    s = w.state
    return any(s.support[b] in s.support and s.base(b) in s.bowls for b in w.blocks)


def _colours(s: SymState, blocks: list[str]) -> str:
    return "|".join(s.colours[b] for b in blocks)


def _support_name(s: SymState, b: str) -> str:
    sup = s.support[b]
    return "table" if sup in _GROUND else sup


# ----- imperative -----------------------------------------------------------------------------------
def t192_imp_firefighter(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    bowl = w.pick(_bowls_for(w, b[0]))
    if not bowl:
        return None
    a, x = b[0], bowl[0]
    text = _say(w, f"Get the {a} into the {x}. Now!", f"The {a}, into the {x}, right now!",
                f"Move it! The {a} goes in the {x}, now.")
    return _goal(w, text, rels(Rel("in", a, x)))


def t192_imp_journalist(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    b = w.pick(_tops(w, a[0]))
    if not b:
        return None
    a, b = a[0], b[0]
    text = _say(w, f"Could you move the {a} onto the {b}, please?",
                f"Would you mind stacking the {a} on top of the {b}?",
                f"If it's no trouble, could you set the {a} on the {b}?")
    return _goal(w, text, rels(Rel("on", a, b)))


def t192_imp_vet(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a, p = a[0], w.rng.choice(PLACES)
    text = _say(w, f"Carefully lift the {a} and set it down gently {_in_place(p)}.",
                f"Gently now: pick up the {a} and place it {_in_place(p)}, nice and slow.",
                f"Slowly and carefully, move the {a} {_to_place(p)}.")
    return _goal(w, text, rels(Rel("at", a, p)))


def t192_imp_agent(w: World) -> Made:
    a = w.pick(_loose_on_table(w))
    if not a:
        return None
    a = a[0]
    text = _say(w, f"Okay, I can see the {a} on the table. What I'll need you to do is put it in the bin for me.",
                f"Alright, I can see the {a} there on the table. What I'll need you to do is drop it into the bin.",
                f"I can see that the {a} is sitting on the table. What I'll need you to do is throw it in the bin.")
    return _goal(w, text, binned([a]))


def t192_imp_bricklayer(w: World) -> Made:
    base = w.pick([b for b in _live(w) if w.state.support[b] == TABLE])
    if not base:
        return None
    rest = w.pick([b for b in _live(w) if b != base[0]], 2)
    if not rest:
        return None
    a, (b, c) = base[0], rest
    text = _say(w, f"Build a tower: the {a} at the bottom, the {b} on it, and the {c} on top.",
                f"Lay the {a} as the first course on the table, the {b} on top of it, and the {c} on top of that.",
                f"Put up a three-block tower with the {a} at the base, then the {b}, then the {c} at the very top.")
    return _goal(w, text, rels(Rel("stacked", a, b, c)))


def t192_imp_kid(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a, p = a[0], w.rng.choice(PLACES)
    text = _say(w, f"can you do the {a} next pleeease, put it {_in_place(p)}",
                f"pleeease can you put the {a} {_in_place(p)}",
                f"can you move the {a} {_to_place(p)} pleeease!!")
    return _goal(w, text, rels(Rel("at", a, p)))


# ----- declarative ----------------------------------------------------------------------------------
def t192_dec_firefighter(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair:
        return None
    a, b = pair
    text = _say(w, f"The {a} and the {b} need to be in the bin. Now!",
                f"The {a} and the {b} are in the bin when I look back. Go!",
                f"Bin's where the {a} and the {b} belong, right now.")
    return _goal(w, text, binned([a, b]))


def t192_dec_journalist(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    b = w.pick(_tops(w, a[0]))
    if not b:
        return None
    a, b = a[0], b[0]
    text = _say(w, f"Here's how the table should look at the end: the {a} is sitting on the {b}.",
                f"The end result I'm after is simple: the {a} on top of the {b}.",
                f"For the record, the {a} should be resting on the {b} when you're done.")
    return _goal(w, text, rels(Rel("on", a, b)))


def t192_dec_vet(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    x = w.pick(_bowls_for(w, a[0]))
    if not x:
        return None
    a, x = a[0], x[0]
    text = _say(w, f"The {a} should be resting in the {x}, placed there gently.",
                f"Gently does it: the {a} belongs in the {x}.",
                f"When we're finished, the {a} is lying safely in the {x}.")
    return _goal(w, text, rels(Rel("in", a, x)))


def t192_dec_agent(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a, p = a[0], w.rng.choice(PLACES)
    text = _say(w, f"So the way this needs to end up, according to my notes, is the {a} sitting {_in_place(p)}.",
                f"I can see the {a} on your table. It should be {_in_place(p)}.",
                f"Just to confirm the outcome we're looking for: the {a} is {_in_place(p)}.")
    return _goal(w, text, rels(Rel("at", a, p)))


def t192_dec_bricklayer(w: World) -> Made:
    c = w.pick([b for b in _tops(w) if _height(w.state, b) <= 2])
    if not c:
        return None
    ab = w.pick([b for b in w.clear_blocks() if b != c[0]], 2)
    if not ab:
        return None
    (a, b), c = ab, c[0]
    text = _say(w, f"The {a} should be laid on the {b}, and the {b} on the {c}.",
                f"The {b} is laid on the {c}, and the {a} is laid on top of the {b}.",
                f"The {b} sits on the {c}, and the {a} sits on top of the {b}.")
    return _goal(w, text, rels(Rel("on", a, b), Rel("on", b, c)))


def t192_dec_kid(w: World) -> Made:
    a = w.pick(_live(w))
    if not a:
        return None
    b = w.pick([x for x in w.clear_blocks() if x != a[0]])
    if not b:
        return None
    x = w.pick(_bowls_for(w, b[0]))
    if not x:
        return None
    a, b, x = a[0], b[0], x[0]
    text = _say(w, f"the {a} is in the bin and the {b} is in the {x} thats how it goes ok",
                f"ok so the {b} goes in the {x} and the {a} goes in the bin",
                f"the {a} is in the bin and then the {b} is in the {x} pleeease")
    return _goal(w, text, binned([a]), rels(Rel("in", b, x)))


# ----- desiderative ---------------------------------------------------------------------------------
def t192_des_firefighter(w: World) -> Made:
    x = w.pick([x for x in w.bowls if w.state.in_bowl(x)])
    if not x:
        return None
    x = x[0]
    inside = w.state.in_bowl(x)
    text = _say(w, f"I want every block out of the {x} and in the bin, now!",
                f"I want the {x} emptied into the bin. Now!",
                f"I need that {x} cleared out, everything in it into the bin, right now.")
    return _goal(w, text, binned(inside))


def t192_des_journalist(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a, p = a[0], w.rng.choice(PLACES)
    text = _say(w, f"I'd love to get a shot of the {a} {_in_place(p)}. Could you make that happen?",
                f"I'd like to see the {a} {_in_place(p)}, if that's possible.",
                f"What I'd really like is the {a} sitting {_in_place(p)}.")
    return _goal(w, text, rels(Rel("at", a, p)))


def t192_des_vet(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    b = w.pick(_tops(w, a[0]))
    if not b:
        return None
    a, b = a[0], b[0]
    text = _say(w, f"I'd like the {a} lifted very carefully onto the {b}.",
                f"I'd like you to gently rest the {a} on top of the {b}, please.",
                f"What I want is the {a} eased softly down onto the {b}.")
    return _goal(w, text, rels(Rel("on", a, b)))


def t192_des_agent(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    x = w.pick(_bowls_for(w, a[0]))
    if not x:
        return None
    a, x = a[0], x[0]
    text = _say(w, f"What I'd like to get sorted for you today is the {a} moved into the {x}.",
                f"I can see the {a} on your screen. What I'd like is for it to go in the {x}.",
                f"Okay, so I'd like to make it so that the {a} is in the {x}, if that works for you.")
    return _goal(w, text, rels(Rel("in", a, x)))


def t192_des_bricklayer(w: World) -> Made:
    three = w.pick(_live(w), 3)
    if not three:
        return None
    a, b, c = three
    text = _say(w, f"I want the {a}, the {b} and the {c} in one tower on the table, in any order.",
                f"I'd like a tower of three courses on the table: the {a}, the {b} and the {c}, any order you like.",
                f"Make it so the {a}, the {b} and the {c} are stacked up in a single tower on the table, any order.")
    return _goal(w, text, rels(Rel("tower", a, b, c)))


def t192_des_kid(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    a, b = pair
    x = w.pick([x for x in w.bowls if _room(w.state, x) >= sum(w.state.base(q) != x for q in pair)])
    if not x:
        return None
    x = x[0]
    text = _say(w, f"i want the {a} and the {b} both in the {x} pleeease",
                f"can you make it so the {a} and the {b} are in the {x} pleeease",
                f"i want the {a} in the {x} and the {b} in there too")
    return _goal(w, text, rels(Rel("in", a, x), Rel("in", b, x)))


# ----- quantified -----------------------------------------------------------------------------------
def t192_qua_firefighter(w: World) -> Made:
    blocks = _live(w)
    text = _say(w, "Every block in the bin. Clear it all, now!",
                "Get every single block into the bin, now!",
                "All the blocks, into the bin. Every one of them. Go!")
    return _goal(w, text, binned(blocks))


def t192_qua_journalist(w: World) -> Made:
    x = w.pick([x for x in w.bowls if not w.state.in_bowl(x)])
    if not x:
        return None
    x = x[0]
    text = _say(w, f"Could you put any two of the blocks in the {x}?",
                f"Would you put two blocks, whichever two you like, in the {x}?",
                f"Can you place exactly two blocks in the {x}? Any two will do.")
    return _goal(w, text, count_in(x, 2))


def t192_qua_vet(w: World) -> Made:
    pairs = [(x, y) for x in w.bowls for y in w.bowls if x != y and w.state.in_bowl(x)
             and _room(w.state, y) >= len(w.state.in_bowl(x))]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    inside = w.state.in_bowl(x)
    text = _say(w, f"Gently move each of the blocks in the {x} over to the {y}.",
                f"Carefully lift every block out of the {x} and settle them all in the {y}.",
                f"All of the blocks in the {x} need moving to the {y}, gently, one by one.")
    return _goal(w, text, rels(*(Rel("in", b, y) for b in inside)))


def t192_qua_agent(w: World) -> Made:
    if _seated_on_bowl_block(w):
        return None
    s = w.state
    on_table = [b for b in w.blocks if s.base(b) == TABLE]
    in_bowls = w.in_bowls()
    if not on_table or not in_bowls:
        return None
    text = _say(w, "What I'll need you to do is put every block that's on the table into the bin. The blocks in the "
                   "bowls stay where they are.",
                "I can see some blocks in bowls and some on the table. What I'll need you to do is bin all the ones "
                "on the table and leave the ones in the bowls as they are.")
    return _goal(w, text, binned(on_table), kept(*in_bowls))


def t192_qua_bricklayer(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) > layout.MAX_TOWER:
        return None
    text = _say(w, f"Lay all {len(blocks)} blocks in a single tower on the table, any order.",
                "Stack every block into one tower on the table. Order doesn't matter.",
                "Build one tower out of all the blocks, on the table, in whatever order you like.")
    return _goal(w, text, rels(Rel("tower", *blocks)))


def t192_qua_kid(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    where = "bowls" if len(w.bowls) > 1 else "bowl"
    any_ok = " any bowl is ok" if where == "bowls" else ""
    text = _say(w, f"can you put all the blocks in the {where} pleeease{any_ok}",
                f"pleeease can you do the tidy up and put every block in the {where}",
                f"can you put each and every block in the {where}")
    return _goal(w, text, _in_any_bowl(*blocks))


# ----- negated --------------------------------------------------------------------------------------
def t192_neg_firefighter(w: World) -> Made:
    a = w.pick(_live(w))
    if not a:
        return None
    a = a[0]
    others = [b for b in _live(w) if b != a]
    text = _say(w, f"Bin every block except the {a}. Now!",
                f"All the blocks in the bin except the {a}, go!",
                f"Clear the blocks into the bin, all of them but the {a}. Now!")
    return _goal(w, text, binned(others), none_binned([a]))


def t192_neg_journalist(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    x = w.rng.choice(w.bowls)
    if not _bowls_for(w, a, 1, x):
        return None
    text = _say(w, f"Could you put the {a} in a bowl? Just not the {x}.",
                f"Would you put the {a} into one of the bowls, any bowl except the {x}?",
                f"Can the {a} go in a bowl, please, as long as it isn't the {x}?")
    return _goal(w, text, _in_any_bowl(a, but=x))


def t192_neg_vet(w: World) -> Made:
    x = w.pick([x for x in w.bowls if w.state.in_bowl(x)])
    if not x:
        return None
    x = x[0]
    inside = w.state.in_bowl(x)
    text = _say(w, f"Carefully take the blocks out of the {x}, but please don't put them in the bin.",
                f"Gently lift everything out of the {x}. None of it goes in the bin, mind.",
                f"Could you empty the {x} for me, carefully, without throwing anything in the bin?")
    return _goal(w, text, *(_not_in(b, x, BIN) for b in inside))


def t192_neg_agent(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _say(w, f"I can see the {top} is on the {below}. What I'll need you to do is take it off and put it on the "
                   "table, not in a bowl and not in the bin.",
                f"I can see that the {top} is stacked on the {below}. What I'll need you to do is set it down on the "
                "table by itself, not on another block.")
    return _goal(w, text, _grounded(top))


def t192_neg_bricklayer(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t) and _tops(w, t, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = _say(w, f"Lift the {a} off the {b} and lay it on any other block, just not back on the {b}.",
                f"The {a} shouldn't be on the {b}. Lay it on top of some other block instead.",
                f"Take the {a} down off the {b} and put it on a different block. Not the {b}, any other.")
    return _goal(w, text, _on_some_block(a, b))


def t192_neg_kid(w: World) -> Made:
    keep = w.pick(_live(w), 2)
    if not keep:
        return None
    a, b = keep
    others = [x for x in _live(w) if x not in keep]
    text = _say(w, f"pleeease put all the blocks in the bin but NOT the {a} and NOT the {b}",
                f"can you put every block in the bin except the {a} and the {b} pleeease",
                f"put all the blocks in the bin but dont put the {a} or the {b} in there")
    return _goal(w, text, binned(others), none_binned(keep))


# ----- relative -------------------------------------------------------------------------------------
def t192_rel_firefighter(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _say(w, f"The block sitting on the {below}: bin it, now!",
                f"Whatever's on top of the {below}, get it in the bin. Now!",
                f"Get the block off the top of the {below} and into the bin, right now.")
    return _goal(w, text, binned([top]))


def t192_rel_journalist(w: World) -> Made:
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not singles:
        return None
    x = w.rng.choice(singles)
    a = w.state.in_bowl(x)[0]
    y = w.pick(_tops(w, a))
    if not y:
        return None
    y = y[0]
    text = _say(w, f"Whatever block is in the {x} right now, could you move it onto the {y}?",
                f"Could you take the block that's in the {x} and put it on top of the {y}?",
                f"There's one block in the {x}. Would you mind stacking it on the {y}?")
    return _goal(w, text, rels(Rel("on", a, y)))


def _nearest_loose(w: World, x: str) -> str | None:
    """The block on the table (not in a bowl) nearest bowl `x`, when it stands alone and clearly nearest."""
    s = w.state
    cands = sorted((w.dist(b, x), b) for b in w.blocks if s.base(b) == TABLE)
    if not cands:
        return None
    d, a = cands[0]
    if s.support[a] != TABLE or not s.is_clear(a) or (len(cands) > 1 and cands[1][0] - d < 0.05):
        return None
    return a


def t192_rel_vet(w: World) -> Made:
    options = [(x, a) for x in w.bowls if _room(w.state, x) >= 1 for a in [_nearest_loose(w, x)] if a]
    if not options:
        return None
    x, a = w.rng.choice(options)
    text = _say(w, f"Gently pick up the block on the table that's closest to the {x} and put it in that bowl.",
                f"Of the blocks out on the table, carefully lift the one nearest the {x} into it.",
                f"The block on the table nearest to the {x}: could you ease it gently into that bowl?")
    return _goal(w, text, rels(Rel("in", a, x)))


def t192_rel_agent(w: World) -> Made:
    s = w.state
    options = [(t, b, x) for t, b in w.pairs() for x in w.bowls if s.base(b) != x and _room(s, x) >= 1]
    if not options:
        return None
    top, below, x = w.rng.choice(options)
    text = _say(w, f"I can see there's a block underneath the {top}. What I'll need you to do is move that bottom "
                   f"block into the {x}.",
                f"Okay, so I can see the {top} is resting on another block. What I'll need you to do is put the "
                f"block it's resting on in the {x}.")
    return _goal(w, text, rels(Rel("in", below, x)))


def t192_rel_bricklayer(w: World) -> Made:
    s = w.state
    options = [(a, r, s.base(r)) for r in w.in_bowls() for a in w.clear_blocks()
               if s.base(a) != s.base(r) and _room(s, s.base(r)) >= 1]
    if not options:
        return None
    a, r, _x = w.rng.choice(options)
    text = _say(w, f"Lay the {a} in the same bowl as the {r}.",
                f"Whichever bowl the {r} is in, lay the {a} in there with it.",
                f"Put the {a} in with the {r}, in the bowl it's sitting in.")
    return _goal(w, text, rels(Rel("in", a, _x)))


def t192_rel_kid(w: World) -> Made:
    empty = [x for x in w.bowls if not w.state.in_bowl(x)]
    if len(empty) != 1:
        return None
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a, x = a[0], empty[0]
    text = _say(w, f"put the {a} in the bowl that has nothing in it pleeease",
                f"can you do the {a} in the empty bowl",
                f"the bowl with nothing in it needs the {a} in it pleeease")
    return _goal(w, text, rels(Rel("in", a, x)))


# ----- keep -----------------------------------------------------------------------------------------
def t192_keep_firefighter(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    b = w.pick([x for x in _live(w) if x != a[0]])
    if not b:
        return None
    a, b = a[0], b[0]
    text = _say(w, f"Get the {a} in the bin now, but leave the {b} where it is!",
                f"Don't touch the {b}! Just bin the {a}, now.",
                f"The {a} goes in the bin, right now. The {b} stays put.")
    return _goal(w, text, binned([a]), kept(b))


def t192_keep_journalist(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a, p = a[0], w.rng.choice(PLACES)
    others = [b for b in w.blocks if b != a]
    text = _say(w, f"Could you move the {a} {_to_place(p)} and leave everything else exactly as it is?",
                f"Would you put the {a} {_in_place(p)}, please, without moving any of the other blocks?",
                f"Can you shift only the {a}, {_to_place(p)}? Nothing else should move.")
    return _goal(w, text, rels(Rel("at", a, p)), kept(*others))


def t192_keep_vet(w: World) -> Made:
    x = w.pick([x for x in w.bowls if w.state.in_bowl(x)])
    if not x:
        return None
    x = x[0]
    inside = w.state.in_bowl(x)
    a = w.pick([b for b in w.clear_blocks() if b not in inside])
    if not a:
        return None
    b = w.pick([t for t in _tops(w, a[0]) if t not in inside])
    if not b:
        return None
    a, b = a[0], b[0]
    text = _say(w, f"Very carefully put the {a} on the {b}; the blocks in the {x} shouldn't be disturbed.",
                f"Gently rest the {a} on top of the {b}, and leave whatever's in the {x} alone.",
                f"Could you ease the {a} onto the {b}? Don't disturb anything in the {x}, please.")
    return _goal(w, text, rels(Rel("on", a, b)), kept(*inside))


def t192_keep_agent(w: World) -> Made:
    s = w.state
    options = [(t, b, c, x) for t, b in w.pairs() for c in w.clear_blocks() if c not in (t, b)
               for x in w.bowls if s.base(c) != x and _room(s, x) >= 1]
    if not options:
        return None
    top, below, c, x = w.rng.choice(options)
    text = _say(w, f"I can see the {top} sitting on the {below}. What I'll need you to do is leave those two just "
                   f"as they are and put the {c} in the {x}.",
                f"What I'll need you to do is put the {c} in the {x}. I can see the {top} is on the {below}; "
                "that stays as it is.")
    return _goal(w, text, rels(Rel("in", c, x)), kept(top, below))


def t192_keep_bricklayer(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick([b for b in w.clear_blocks() if b not in inside])
    if not a:
        return None
    b = w.pick([t for t in _tops(w, a[0]) if t not in inside])
    if not b:
        return None
    a, b = a[0], b[0]
    text = _say(w, f"Lay the {a} on the {b}, and leave every block in the bowls where it is.",
                f"Put the {a} on top of the {b}. The blocks in the bowls don't get touched.",
                f"Lay the {a} as a course on the {b}, but keep all the bowl blocks just where they are.")
    return _goal(w, text, rels(Rel("on", a, b)), kept(*inside))


def t192_keep_kid(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    others = [b for b in w.blocks if b != a]
    text = _say(w, f"can you put the {a} in the bin but dont move any of the other blocks ok pleeease",
                f"pleeease put the {a} in the bin and leave all the other blocks alone",
                f"can you do the {a} in the bin and the rest of the blocks stay where they are")
    return _goal(w, text, binned([a]), kept(*others))


# ----- multi-step -----------------------------------------------------------------------------------
def t192_multi_firefighter(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _say(w, f"First get the {top} off the {below}, then bin the {below}. Go!",
                f"Step one, {top} off the {below}. Step two, {below} in the bin. Now!",
                f"Get the {top} off the {below} first, and then the {below} goes in the bin, now.")
    return _goal(w, text, _not_on(top, below), binned([below]))


def t192_multi_journalist(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    a, b = pair
    x = w.pick(_bowls_for(w, a, 2))
    if not x:
        return None
    x = x[0]
    text = _say(w, f"Could you first put the {a} in the {x}, and after that put the {b} on top of it?",
                f"Would you put the {a} into the {x} and then stack the {b} on it?",
                f"Two things, in order: the {a} into the {x}, and then the {b} onto the {a}.")
    return _goal(w, text, rels(Rel("in", a, x), Rel("on", b, a)))


def t192_multi_vet(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    a, b = pair
    x, y = w.pick(w.bowls, 2)
    s = w.state
    if s.base(a) == x or s.base(b) == y or _room(s, x) < 1 or _room(s, y) < 1:
        return None
    text = _say(w, f"Gently, one at a time: lift the {a} into the {x}, and then the {b} into the {y}.",
                f"First, carefully, the {a} goes in the {x}. Then, just as gently, the {b} goes in the {y}.",
                f"Let's take it slowly. Put the {a} in the {x} first, and after that put the {b} in the {y}.")
    return _goal(w, text, rels(Rel("in", a, x), Rel("in", b, y)))


def t192_multi_agent(w: World) -> Made:
    three = w.pick(w.clear_blocks(), 3)
    if not three:
        return None
    a, b, c = three
    p1, p2 = w.rng.sample(PLACES, 2)
    text = _say(w, f"Okay, so step one, put the {a} {_in_place(p1)}. Step two, put the {b} {_in_place(p2)}. And step "
                   f"three, drop the {c} in the bin.",
                f"What I'll need you to do is, first, move the {a} {_to_place(p1)}; second, move the {b} "
                f"{_to_place(p2)}; and third, put the {c} in the bin.")
    return _goal(w, text, rels(Rel("at", a, p1), Rel("at", b, p2), Rel("in_bin", c)))


def t192_multi_bricklayer(w: World) -> Made:
    three = w.pick(_live(w), 3)
    if not three:
        return None
    a, b, c = three
    text = _say(w, f"First course: lay the {a} in the middle of the table. Second course: the {b} on top of it. "
                   f"Third course: the {c} on top of that.",
                f"Start by laying the {a} in the middle of the table, then lay the {b} on the {a}, and finish with "
                f"the {c} on the {b}.")
    return _goal(w, text, rels(Rel("at", a, "middle"), Rel("on", b, a), Rel("on", c, b)))


def t192_multi_kid(w: World) -> Made:
    three = w.pick(_live(w), 3)
    if not three:
        return None
    a, b, c = three
    text = _say(w, f"can you put the {a} in the bin and then the {b} and then the {c} too pleeease",
                f"first the {a} goes in the bin and then the {b} goes in the bin and then the {c}",
                f"can you do the {a} in the bin and then the {b} in the bin and then the {c} in the bin pleeease")
    return _goal(w, text, binned([a, b, c]))


# ----- questions ------------------------------------------------------------------------------------
def t192_q_firefighter(w: World) -> Made:
    x = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(x)
    outside = [b for b in w.blocks if b not in inside]
    a = w.rng.choice(inside) if inside and (w.rng.random() < 0.5 or not outside) else w.rng.choice(outside)
    text = _say(w, f"Quick: how many blocks are in the {x}? And is the {a} in there?",
                f"How many blocks in the {x}, right now? And is the {a} one of them?")
    return text, answered(f"{len(inside)}|{yes(a in inside)}")


def t192_q_journalist(w: World) -> Made:
    if w.rng.random() < 0.5:
        text = _say(w, "Can you tell me how many blocks you can see, and how many bowls?",
                    "For my article: how many blocks are there, counting the ones in bowls, and how many bowls?")
        return text, answered(f"{len(w.blocks)}|{len(w.bowls)}")
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    text = _say(w, f"Can you tell me which bowl the {a} is in?", f"I'm curious: which bowl is the {a} sitting in?")
    return text, answered(w.state.base(a))


def t192_q_vet(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        flag = True
    else:
        s = w.state
        options = [(a, b) for a in w.blocks for b in w.blocks if a != b and s.support[a] != b
                   and b not in s.above(a) and a not in s.above(b)]
        if not options:
            return None
        a, b = w.rng.choice(options)
        flag = False
    text = _say(w, f"Is the {a} sitting directly on the {b}?",
                f"Could you check for me: is the {a} resting on the {b}?")
    return text, answered(yes(flag))


def t192_q_agent(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _say(w, f"I can see a few blocks on your table. Can you confirm for me what colour the block on top of the "
                   f"{below} is?",
                f"Just to confirm on my end, which block is sitting on the {below}?")
    return text, answered(w.colour(top))


def t192_q_bricklayer(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    s = w.state
    text = _say(w, f"Is anything laid on top of the {a}? And what is the {b} resting on?",
                f"Has the {a} got a block on top of it? And what's under the {b}?")
    return text, answered(f"{yes(not s.is_clear(a))}|{_support_name(s, b)}")


def t192_q_kid(w: World) -> Made:
    x = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(x)
    text = _say(w, f"whats in the {x} pleeease tell me", f"can you tell me what blocks are in the {x}",
                f"what is in the {x}??")
    return text, answered(_colours(w.state, inside) if inside else "nothing")


# ----- matching -------------------------------------------------------------------------------------
def t192_match_firefighter(w: World) -> Made:
    goals = matching(w)
    if not goals or any(w.state.base(r.block) != r.target and _room(w.state, r.target) < 1 for r in goals):
        return None
    text = _say(w, "Every block that has a bowl of the same colour goes in that bowl, now!",
                "Match them up, fast: each block into the bowl of its own colour, if there is one. Now!")
    return _goal(w, text, rels(*goals))


def t192_match_journalist(w: World) -> Made:
    match = _matched(w)
    if not match or any(w.state.base(b) != x and _room(w.state, x) < 1 for b, x in match.items()):
        return None
    rest = [b for b in _live(w) if b not in match]
    text = _say(w, "Could you put each block in the bowl that matches its colour, and put any block that has no "
                   "matching bowl in the bin?",
                "Would you sort the blocks into the bowls of the same colour? Any block without a bowl of its colour "
                "should go in the bin.")
    return _goal(w, text, rels(*(Rel("in", b, x) for b, x in match.items())), binned(rest))


def t192_match_vet(w: World) -> Made:
    match = _matched(w)
    options = [b for b, x in match.items() if w.state.base(b) != x and _room(w.state, x) >= 1]
    if not options:
        return None
    a = w.rng.choice(options)
    text = _say(w, f"Carefully lift the {a} into the bowl that's the same colour as it.",
                f"Gently put the {a} in the bowl that matches it.",
                f"Could you find the bowl the same colour as the {a} and ease the block into it?")
    return _goal(w, text, rels(Rel("in", a, match[a])))


def t192_match_agent(w: World) -> Made:
    match = _matched(w)
    options = [b for b, x in match.items() if w.state.is_clear(b) and w.state.base(b) != x and _room(w.state, x) >= 1]
    if not options:
        return None
    a = w.rng.choice(options)
    x = match[a]
    others = [b for b in w.blocks if b != a]
    text = _say(w, f"I can see you have {_article(x)} {x}. What I'll need you to do is put the block of the same "
                   "colour in it, and leave the other blocks where they are.",
                f"What I'll need you to do is find the block that matches the {x} and put it in there. The other "
                "blocks stay as they are.")
    return _goal(w, text, rels(Rel("in", a, x)), kept(*others))


def t192_match_bricklayer(w: World) -> Made:
    match = _matched(w)
    rest = [b for b in _live(w) if b not in match]
    if not match or not 2 <= len(rest) <= layout.MAX_TOWER:
        return None
    if any(w.state.base(b) != x and _room(w.state, x) < 1 for b, x in match.items()):
        return None
    text = _say(w, "Sort them by colour: each block with a matching bowl goes in that bowl, and lay the rest in one "
                   "tower on the table.",
                "Blocks that match a bowl's colour go in that bowl. Every other block gets laid into a single tower "
                "on the table, any order.")
    return _goal(w, text, rels(*(Rel("in", b, x) for b, x in match.items()), Rel("tower", *rest)))


def t192_match_kid(w: World) -> Made:
    match = _matched(w)
    options = [b for b, x in match.items() if w.state.base(b) != x and _room(w.state, x) >= 1]
    if not options:
        return None
    a = w.rng.choice(options)
    b = w.pick([x for x in _live(w) if x != a])
    if not b:
        return None
    b = b[0]
    text = _say(w, f"can you do the matching game pleeease put the {a} in the bowl thats the same colour and then put "
                   f"the {b} in the bin",
                f"put the {a} in its matching bowl and then the {b} goes in the bin ok")
    return _goal(w, text, rels(Rel("in", a, match[a])), binned([b]))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("firefighter", "journalist", "vet", "agent", "bricklayer", "kid")
FRESH192: list[Template] = [
    (f"t192_{short}_{style}", category, globals()[f"t192_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
