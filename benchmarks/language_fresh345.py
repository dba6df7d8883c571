"""`FRESH345`, the three-hundred-and-forty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, asking the arm to tidy, move, sort and count blocks the way
they would ask a helper across the table. Six personas write them:
- waiter5: a polite waiter who talks as if serving a table ("Could I trouble you to bring the red block over to the blue bowl, please?")
- engineer7: a software engineer, precise and list-like ("Step 1: move the red block to the middle. Step 2: stack the green block on the red block.")
- aunt6: a chatty aunt with fond asides ("Oh, be a dear and stack the red block on the green block, would you?")
- hindi6: a Hindi speaker writing English with small slips ("Please put the red block in bin.")
- sportscaster: an excited sports commentator calling the play ("Here we go, folks! Red block into the bin!")
- plain126: a plain, ordinary adult ("Put the red block in the blue bowl.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 3de78d7, the code of 2cc17e8, before anything it could
prompt): 0.8667 goal-correct (260 of 300), 27 refused, 5 questions, 8 wrong actions, 0 wrong replies. The wrong
actions: a sportscaster's 'Every single block into one big tower, folks!' built no tower of them all; a Hindi
speaker's 'First you put X on top of Y, after that both should go in W' put every block in W (twice refused when W had
no room). The refusals: an engineer's 'Blocks in bowls: skip.' and 'All other blocks: no change.'; a sportscaster's
'Nobody on top of X! Clear it off' and '..., doesn't budge an inch!'; a Hindi speaker's '..., those leave as it is'.
The question: an engineer's 'Desired end state: X on Y. Please get it there.'
"""

from __future__ import annotations

from benchmarks.planner_language import (Check, Made, Template, World, answered, binned, count_in, empty,
                                         kept, matching, none_binned, rels, yes)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(s: SymState, b: str) -> int:
    """How high `b` stands in its tower (1: at the bottom)."""
    n = 1
    while s.support[b] in s.support:
        b, n = s.support[b], n + 1
    return n


def _stackable(w: World) -> list[tuple[str, str]]:
    """(top, below): two clear blocks, the tower under `below` low enough for one more."""
    clear = w.clear_blocks()
    return [(a, b) for a in clear for b in clear
            if a != b and _depth(w.state, b) < layout.MAX_TOWER and w.state.support[a] != b]


def _winner(items: list[str], key, margin: float = 0.03) -> str | None:
    """The item with the smallest key, only when it wins by `margin`."""
    if len(items) < 2:
        return None
    ranked = sorted(items, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= margin else None


def _pdist(w: World, block: str, place: str) -> float:
    (px, py), pos = layout.PLACES[place], w.scene.get(block).position
    return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5


def _out_of_bowls(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) not in w.bowls]


def _bowl_for(w: World, block: str, n: int = 1) -> str | None:
    """A bowl the block is not in that has room, or None."""
    free = [c for c in w.bowls if c != w.state.base(block) and _room(w, c, n)]
    return w.rng.choice(free) if free else None


def _lifted(w: World) -> list[str]:
    """Clear blocks that are not resting on the table: on another block or in a bowl."""
    return [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]


def _untouched(bowl: str) -> Check:
    """The same blocks in the bowl, each resting where it rested."""
    return lambda i, f: (sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl))
                         and all(i.support[b] == f.support[b] for b in i.in_bowl(bowl)))


def _free(w: World, *blocks: str) -> bool:
    """No block rests on any of these blocks."""
    return all(w.state.is_clear(b) for b in blocks)


def _bowl_colour_of(w: World, block: str) -> str | None:
    return next((c for c in w.bowls if w.colour(c) == w.colour(block)), None)


def _matchable(w: World) -> list[str]:
    """Blocks with a bowl of their colour, not yet in it, where that bowl has room."""
    out = []
    for b in w.blocks:
        bowl = _bowl_colour_of(w, b)
        if bowl and w.state.base(b) != bowl and _room(w, bowl):
            out.append(b)
    return out


# ----- imperative -----
def t345_imp_waiter5(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, x[0]) if x else None
    if not bowl:
        return None
    return _made(w, f"Could I trouble you to bring the {x[0]} over to the {bowl}, please?",
                 _act(rels(Rel("in", x[0], bowl))))


def t345_imp_engineer7(w: World) -> Made:
    x, place = w.pick(w.clear_blocks()), w.rng.choice(PLACES)
    if not x:
        return None
    return _made(w, f"Action: move the {x[0]} to the {place}. Nothing else.", _act(rels(Rel("at", x[0], place))))


def t345_imp_aunt6(w: World) -> Made:
    pairs = _stackable(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Oh, be a dear and stack the {a} on top of the {b}, would you? They look so sweet together.",
                 _act(rels(Rel("on", a, b))))


def t345_imp_hindi6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"Please put the {x[0]} in bin.", _act(binned(x)))


def t345_imp_sportscaster(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Here we go, folks! Take the {a} off the {b} and put it down on the table!",
                 _act(rels(Rel("on_table", a))))


def t345_imp_plain126(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, x[0]) if x else None
    if not bowl:
        return None
    return _made(w, f"Put the {x[0]} in the {bowl}.", _act(rels(Rel("in", x[0], bowl))))


# ----- declarative -----
def t345_dec_waiter5(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, x[0]) if x else None
    if not bowl:
        return None
    return _made(w, f"The {x[0]} belongs in the {bowl}, if you would be so kind.", _act(rels(Rel("in", x[0], bowl))))


def t345_dec_engineer7(w: World) -> Made:
    pairs = _stackable(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Requirement: the {a} must end up directly on the {b}.", _act(rels(Rel("on", a, b))))


def t345_dec_aunt6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"That {x[0]} has to go in the bin, honey. It's been sitting there all day.", _act(binned(x)))


def t345_dec_hindi6(w: World) -> Made:
    x, place = w.pick(w.clear_blocks()), w.rng.choice(PLACES[:4])
    if not x:
        return None
    return _made(w, f"The {x[0]} should be at {place}.", _act(rels(Rel("at", x[0], place))))


def t345_dec_sportscaster(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, x[0]) if x else None
    if not bowl:
        return None
    return _made(w, f"The game plan is simple, folks: the {x[0]} ends up in the {bowl}! Make it happen!",
                 _act(rels(Rel("in", x[0], bowl))))


def t345_dec_plain126(w: World) -> Made:
    x = w.pick(_lifted(w))
    if not x:
        return None
    return _made(w, f"The {x[0]} goes on the table.", _act(rels(Rel("on_table", x[0]))))


# ----- desiderative -----
def t345_des_waiter5(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, x[0]) if x else None
    if not bowl:
        return None
    return _made(w, f"I would like the {x[0]} in the {bowl}, whenever you have a moment.",
                 _act(rels(Rel("in", x[0], bowl))))


def t345_des_engineer7(w: World) -> Made:
    pairs = _stackable(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Desired end state: {a} on {b}. Please get it there.", _act(rels(Rel("on", a, b))))


def t345_des_aunt6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"You know what would be lovely? The {x[0]} sitting right in the middle of the table. "
                    "Just like my kitchen!", _act(rels(Rel("at", x[0], PLACES[4]))))


def t345_des_hindi6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"I want that the {x[0]} should go in the bin.", _act(binned(x)))


def t345_des_sportscaster(w: World) -> Made:
    pairs = _stackable(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Oh, I'd love to see the {a} land right on top of the {b}! Let's make it happen!",
                 _act(rels(Rel("on", a, b))))


def t345_des_plain126(w: World) -> Made:
    x = w.pick(_lifted(w))
    if not x:
        return None
    return _made(w, f"I'd like the {x[0]} back on the table, please.", _act(rels(Rel("on_table", x[0]))))


# ----- quantified -----
def t345_qua_waiter5(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "Time to clear the table, please: all of the blocks into the bin, thank you.",
                 _act(binned(w.blocks)))


def t345_qua_engineer7(w: World) -> Made:
    loose = _out_of_bowls(w)
    if not w.in_bowls() or not loose:
        return None
    return _made(w, "For each block that is not in a bowl: move it to the bin. Blocks in bowls: skip.",
                 _act(binned(loose)))


def t345_qua_aunt6(w: World) -> Made:
    bowls = [c for c in w.bowls if not w.state.in_bowl(c)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Could you put two blocks in the {bowl} for me? Any two, I'm not fussy.",
                 _act(count_in(bowl, 2)))


def t345_qua_hindi6(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    on_table = lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside)
    return _made(w, f"All the blocks from {bowl}, please take them out and put on the table.", _act(on_table))


def t345_qua_sportscaster(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Every single block into one big tower, folks! Let's build it!",
                 _act(rels(Rel("tower", *w.blocks))))


def t345_qua_plain126(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Put every block that's in a bowl into the bin.", _act(binned(inside)))


# ----- negated -----
def t345_neg_waiter5(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"No block should stay in the {bowl}, please. We're clearing it for the next guest.",
                 _act(empty(bowl)))


def t345_neg_engineer7(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b not in x]
    if not x or not others or len(others) > 5:
        return None
    return _made(w, f"Move every block to the bin except the {x[0]}.", _act(binned(others), none_binned(x)))


def t345_neg_aunt6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"That {a} shouldn't be sitting on the {b}, dear. Take it off, would you?",
                 _act(rels(Rel("on", a, b, negated=True))))


def t345_neg_hindi6(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    return _made(w, f"The {x} is not supposed to be in {bowl}, please remove it from there.",
                 _act(rels(Rel("in", x, bowl, negated=True))))


def t345_neg_sportscaster(w: World) -> Made:
    bases = [b for _a, b in w.pairs()]
    if not bases:
        return None
    y = w.rng.choice(bases)
    return _made(w, f"Nobody on top of the {y}! Clear it off, let's go!", _act(rels(Rel("clear", y))))


def t345_neg_plain126(w: World) -> Made:
    keep = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in keep]
    if not keep or not others or len(others) > 5:
        return None
    return _made(w, f"Put every block except the {keep[0]} and the {keep[1]} in the bin.",
                 _act(binned(others), none_binned(keep)))


# ----- relative -----
def t345_rel_waiter5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    near = _winner(_out_of_bowls(w), lambda b: w.dist(b, bowl))
    if not near or not w.state.is_clear(near):
        return None
    return _made(w, f"The block nearest the {bowl}, could you take it away to the bin, please?", _act(binned([near])))


def t345_rel_engineer7(w: World) -> Made:
    left = _winner(w.blocks, w.y)
    bowl = _bowl_for(w, left) if left else None
    if not bowl or not w.state.is_clear(left):
        return None
    return _made(w, f"Target: the leftmost block. Action: place it in the {bowl}.", _act(rels(Rel("in", left, bowl))))


def t345_rel_aunt6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"The block sitting on the {b}, could you put it in the {place} for me, love?",
                 _act(rels(Rel("at", a, place))))


def t345_rel_hindi6(w: World) -> Made:
    bowls = [c for c in w.bowls if len(w.state.in_bowl(c)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block which is in {bowl}, put that one on the table please.", _act(rels(Rel("on_table", x))))


def t345_rel_sportscaster(w: World) -> Made:
    place = w.rng.choice(PLACES[:4])
    near = _winner(w.blocks, lambda b: _pdist(w, b, place))
    if not near or not w.state.is_clear(near):
        return None
    return _made(w, f"The block closest to the {place}, send it into the bin! What a shot!", _act(binned([near])))


def t345_rel_plain126(w: World) -> Made:
    right = _winner(w.blocks, lambda b: -w.y(b))
    if not right or not w.state.is_clear(right):
        return None
    return _made(w, "Move the rightmost block to the middle.", _act(rels(Rel("at", right, PLACES[4]))))


# ----- keep -----
def t345_keep_waiter5(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    others = [b for b in w.blocks if x and b != x[0]]
    if not x or not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"Please put the {x[0]} in the bin, but leave the {y} exactly where it is.",
                 _act(binned(x), kept(y)))


def t345_keep_engineer7(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    x = w.pick([b for b in w.clear_blocks() if w.state.base(b) not in bowls])
    if not bowls or not x:
        return None
    bowl, place = w.rng.choice(bowls), w.rng.choice(PLACES)
    return _made(w, f"Move the {x[0]} to the {place}. Constraint: do not touch the {bowl} or anything in it.",
                 _act(rels(Rel("at", x[0], place)), _untouched(bowl)))


def t345_keep_aunt6(w: World) -> Made:
    pairs = _stackable(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [z for z in w.blocks if z not in (a, b)]
    if not others:
        return None
    z = w.rng.choice(others)
    return _made(w, f"Put the {a} on the {b}, sweetie, but don't you move the {z}. It's perfect where it is.",
                 _act(rels(Rel("on", a, b)), kept(z)))


def t345_keep_hindi6(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    rest = [b for b in w.blocks if w.state.base(b) != bowl]
    if not rest or len(rest) > 5:
        return None
    return _made(w, f"Put all blocks in the bin except the ones in {bowl}, those leave as it is.",
                 _act(binned(rest), kept(*w.state.in_bowl(bowl))))


def t345_keep_sportscaster(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    bowl = _bowl_for(w, x[0]) if x else None
    others = [b for b in w.blocks if x and b != x[0]]
    if not bowl or not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"The {x[0]} is heading for the {bowl}, and the {y} stays right where it is, "
                    "doesn't budge an inch!",
                 _act(rels(Rel("in", x[0], bowl)), kept(y)))


def t345_keep_plain126(w: World) -> Made:
    x = w.pick(_lifted(w))
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0]]
    return _made(w, f"Put the {x[0]} on the table and leave everything else alone.",
                 _act(rels(Rel("on_table", x[0])), kept(*others)))


# ----- multi_step -----
def t345_multi_waiter5(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    bowl = _bowl_for(w, two[1]) if two else None
    if not bowl:
        return None
    x, y = two
    return _made(w, f"First the {x} to the bin, please, and then the {y} into the {bowl}.",
                 _act(binned([x]), rels(Rel("in", y, bowl))))


def t345_multi_engineer7(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    x, y = two
    place = w.rng.choice(PLACES)
    return _made(w, f"Step 1: move the {x} to the {place}. Step 2: stack the {y} on the {x}.",
                 _act(rels(Rel("at", x, place), Rel("on", y, x))))


def t345_multi_aunt6(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    ys = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"First take the {x} out of the {bowl}, dear, and pop it on the table. Then put the {y} in the "
                    f"{bowl} instead. Lovely.", _act(rels(Rel("on_table", x), Rel("in", y, bowl))))


def t345_multi_hindi6(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    x, y = two
    bowl = _bowl_for(w, y, 2)
    if not bowl or w.state.base(x) == bowl:
        return None
    return _made(w, f"First you put the {x} on top of {y}, after that both should go in the {bowl}.",
                 _act(rels(Rel("on", x, y), Rel("in", y, bowl))))


def t345_multi_sportscaster(w: World) -> Made:
    three = w.pick(w.clear_blocks(), 3)
    if not three:
        return None
    x, y, z = three
    bowl = _bowl_for(w, x)
    place = w.rng.choice(PLACES)
    if not bowl:
        return None
    return _made(w, f"First, the {x} into the {bowl}! Then the {y} to the {place}! And finally the {z} into the bin! "
                    "What a sequence!", _act(rels(Rel("in", x, bowl), Rel("at", y, place)), binned([z])))


def t345_multi_plain126(w: World) -> Made:
    ys = _lifted(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in w.clear_blocks() if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Put the {x} in the bin, then put the {y} on the table.",
                 _act(binned([x]), rels(Rel("on_table", y))))


# ----- question -----
def _contents(w: World, bowl: str) -> str:
    inside = w.state.in_bowl(bowl)
    return "|".join(inside) if inside else "nothing"


def t345_q_waiter5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"Excuse me, what do we have in the {bowl} at the moment?", answered(_contents(w, bowl))


def t345_q_engineer7(w: World) -> Made:
    n = w.state.count_at(TABLE)
    return "Query: number of blocks on the table, not counting blocks in bowls.", answered(str(n))


def t345_q_aunt6(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    below = w.state.support[x]
    tower = [x, *w.state.above(x)]
    b = x
    while w.state.support[b] in w.state.support:
        b = w.state.support[b]
        tower.append(b)
    others = [z for z in w.blocks if z not in tower]
    if below in w.state.support and (not others or w.rng.random() < 0.5):
        y, flag = below, True
    elif others:
        y, flag = w.rng.choice(others), False
    else:
        return None
    return (f"Is the {x} on the {y}, dear? My eyes aren't what they used to be.",
            answered(yes(flag)))


def t345_q_hindi6(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"Tell me where is the {x}?", answered(w.state.support[x])


def t345_q_sportscaster(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks in the {bowl} right now? Give me the number!", answered(str(n))


def t345_q_plain126(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"What's sitting on the {below}?", answered(top)


# ----- matching -----
def _match_all(w: World) -> Made | None:
    want = matching(w)
    if not want:
        return None
    for c in w.bowls:
        incoming = [r for r in want if r.args[1] == c and w.state.base(r.args[0]) != c]
        if len(w.state.in_bowl(c)) + len(incoming) > layout.BOWL_CAPACITY:
            return None
    return want


def t345_match_waiter5(w: World) -> Made:
    want = _match_all(w)
    if not want:
        return None
    return _made(w, "Would you kindly seat each block in the bowl of its own colour, please?", _act(rels(*want)))


def t345_match_engineer7(w: World) -> Made:
    want = _match_all(w)
    if not want:
        return None
    movers = [r.args[0] for r in want if not holds(r, w.state)]
    rest = [b for b in w.blocks if b not in [r.args[0] for r in want]]
    if any(z in w.state.above(m) for m in movers for z in rest):
        return None
    return _made(w, "For every block that has a bowl of the same colour: place the block in that bowl. "
                    "All other blocks: no change.", _act(rels(*want), kept(*rest)))


def t345_match_aunt6(w: World) -> Made:
    xs = [b for b in _matchable(w) if w.state.is_clear(b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Oh, the {x} would look lovely in the bowl that matches it. Could you pop it in?",
                 _act(rels(Rel("in", x, _bowl_colour_of(w, x)))))


def t345_match_hindi6(w: World) -> Made:
    want = _match_all(w)
    if not want:
        return None
    return _made(w, "Please put each block in the same colour bowl.", _act(rels(*want)))


def t345_match_sportscaster(w: World) -> Made:
    xs = w.pick(_matchable(w), 2)
    if not xs:
        return None
    x, y = xs
    return _made(w, f"Colour match time! The {x} and the {y}, each one into the bowl of its own colour! Beautiful!",
                 _act(rels(Rel("in", x, _bowl_colour_of(w, x)), Rel("in", y, _bowl_colour_of(w, y)))))


def t345_match_plain126(w: World) -> Made:
    xs = _matchable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"Put the {x} in the bowl that's the same colour as it.",
                 _act(rels(Rel("in", x, _bowl_colour_of(w, x)))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("waiter5", "engineer7", "aunt6", "hindi6", "sportscaster", "plain126")
FRESH345: list[Template] = [
    (f"t345_{short}_{style}", category, globals()[f"t345_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
