"""`FRESH318`, the three-hundred-and-nineteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing what they want done on the table the way they would say
it to a helper standing next to them. Six personas write them:
- electrician: an electrician, practical, step by step ("Step one: move the red block to the top left corner. Step
  two: stack the blue block on top of it.")
- journalist3: a journalist, clear, sometimes asks two questions at once ("What is in the green bowl, and how many
  blocks are on the table?")
- farmer4: an old farmer, plain country talk ("Every block that ain't in a bowl, toss it in the bin.")
- hungarian: a Hungarian speaker writing English with small slips ("Please put all blocks from the blue bowl to
  the bin.")
- parent5: a busy parent with kids around, distracted, quick ("everything in the bin except the red block pls")
- plain99: a plain, ordinary adult ("Put the block under the yellow block in the bin.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 4982a16, the code of cd0e088, before anything it could prompt): 0.9833
goal-correct (295 of 300), 5 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a busy parent's
'kids mixed up the colours again, put the blocks in their matching bowls pls'.

Its writer reports seeing, while looking for where scenes are made, about five lines of agent/evaluation/suite.py
(scene_from_spec) and nothing else of agent/.
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
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

MARGIN = 0.03  # metres: how much clearer than the runner-up a "leftmost" or "nearest" block must be
CORNERS = PLACES[:4]
MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list) -> object | None:
    """One item drawn at random, or None when there is none."""
    return w.rng.choice(items) if items else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    """Whether `bowl` has room for `n` more blocks."""
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(w: World, block: str) -> int:
    """How many blocks the tower holds from its base up to `block`, itself included."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _on_table(w: World, block: str) -> bool:
    return w.state.base(block) in (TABLE, *PLACES)


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    """(x, y): clear blocks, x may go on y (y's tower stands on the table and has room), x not on y already."""
    clear = w.clear_blocks()
    return [(x, y) for x in clear for y in clear
            if x != y and _on_table(w, y) and _depth(w, y) < layout.MAX_TOWER and w.state.support[x] != y]


def _into(w: World) -> list[tuple[str, str]]:
    """(block, bowl): a clear block that is not in that bowl, and the bowl has room."""
    return [(b, bowl) for b in w.clear_blocks() for bowl in w.bowls
            if w.state.base(b) != bowl and _room(w, bowl)]


def _winner(cands: list[str], key) -> str | None:
    """The candidate with the smallest key, when it beats the runner-up by `MARGIN`."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= MARGIN else None


def _untouched(bowl: str) -> Check:
    """A bowl left alone: the same blocks in it, each resting where it rested, and nothing added."""
    return lambda i, f: sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _colour_pairs(w: World, blocks: list[str] | None = None) -> list[tuple[str, str]] | None:
    """(block, bowl of its colour) for `blocks` (default all); None when a bowl that must take a block is full."""
    bowl_of = {w.colour(b): b for b in w.bowls}
    pairs = [(b, bowl_of[w.colour(b)]) for b in (w.blocks if blocks is None else blocks) if w.colour(b) in bowl_of]
    for b, bowl in pairs:
        if w.state.base(b) != bowl and not _room(w, bowl):
            return None
    return pairs


def _in_bin(state: SymState) -> int:
    """How many blocks are in the bin."""
    return sum(state.base(b) == BIN for b in state.blocks)


def _in(pairs: list[tuple[str, str]]) -> list[Rel]:
    return [Rel("in", b, bowl) for b, bowl in pairs]


def _listing(blocks: list[str]) -> str:
    """An answer prefix naming every block, or "nothing"."""
    return "|".join(blocks) if blocks else "nothing"


# ----- imperative -------------------------------------------------------------------------------------
def t318_imp_electrician(w: World) -> Made:
    x, y = _one(w, _stack_pairs(w)) or (None, None)
    if x is None:
        return None
    return _made(w, f"Take the {x} and set it on top of the {y}.", _act(rels(Rel("on", x, y))))


def t318_imp_journalist3(w: World) -> Made:
    x, bowl = _one(w, _into(w)) or (None, None)
    if x is None:
        return None
    return _made(w, f"Could you move the {x} into the {bowl}?", _act(rels(Rel("in", x, bowl))))


def t318_imp_farmer4(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.rng.choice(CORNERS)
    if x is None:
        return None
    return _made(w, f"Fetch the {x} over to the {place}, would ya.", _act(rels(Rel("at", x, place))))


def t318_imp_hungarian(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"Please you put the {x} into the bin, thank you.", _act(binned([x])))


def t318_imp_parent5(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)])
    if x is None:
        return None
    where = f"out of the {w.state.support[x]}" if w.state.support[x] in w.bowls else f"off the {w.state.support[x]}"
    return _made(w, f"get the {x} {where} and onto the table pls",
                 _act(rels(Rel("on_table", x))))


def t318_imp_plain99(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"Move the {x} to the middle of the table.", _act(rels(Rel("at", x, MIDDLE))))


# ----- declarative ------------------------------------------------------------------------------------
def t318_dec_electrician(w: World) -> Made:
    x, bowl = _one(w, _into(w)) or (None, None)
    if x is None:
        return None
    return _made(w, f"The {x} goes in the {bowl}. That's the job.", _act(rels(Rel("in", x, bowl))))


def t318_dec_journalist3(w: World) -> Made:
    x, y = _one(w, _stack_pairs(w)) or (None, None)
    if x is None:
        return None
    return _made(w, f"The {x} should end up on top of the {y}.", _act(rels(Rel("on", x, y))))


def t318_dec_farmer4(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"That {x} belongs in the bin.", _act(binned([x])))


def t318_dec_hungarian(w: World) -> Made:
    x, bowl = _one(w, _into(w)) or (None, None)
    if x is None:
        return None
    return _made(w, f"The {x} must be in the {bowl}, this is the correct place of it.", _act(rels(Rel("in", x, bowl))))


def t318_dec_parent5(w: World) -> Made:
    x, bowl = _one(w, _into(w)) or (None, None)
    if x is None:
        return None
    return _made(w, f"ok the {x} is meant to be in the {bowl}, not where it is now", _act(rels(Rel("in", x, bowl))))


def t318_dec_plain99(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.rng.choice(CORNERS)
    if x is None:
        return None
    return _made(w, f"The {x} belongs in the {place}.", _act(rels(Rel("at", x, place))))


# ----- desiderative -----------------------------------------------------------------------------------
def t318_des_electrician(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.rng.choice(CORNERS)
    if x is None:
        return None
    return _made(w, f"What I need is the {x} sitting in the {place}.", _act(rels(Rel("at", x, place))))


def t318_des_journalist3(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"I'd like the {x} and the {y} both in the bin, if that's possible.", _act(binned([x, y])))


def t318_des_farmer4(w: World) -> Made:
    x, bowl = _one(w, _into(w)) or (None, None)
    if x is None:
        return None
    return _made(w, f"I'd be much obliged if you'd set the {x} in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t318_des_hungarian(w: World) -> Made:
    x, place = _one(w, w.clear_blocks()), w.rng.choice(PLACES)
    if x is None:
        return None
    return _made(w, f"I would like that the {x} is on the {place}.", _act(rels(Rel("at", x, place))))


def t318_des_parent5(w: World) -> Made:
    x, y = _one(w, _stack_pairs(w)) or (None, None)
    if x is None:
        return None
    return _made(w, f"would love the {x} on the {y}. thanks!!", _act(rels(Rel("on", x, y))))


def t318_des_plain99(w: World) -> Made:
    pair = _one(w, [(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"I want the {x} on the table, not on the {y}.", _act(rels(Rel("on_table", x))))


# ----- quantified -------------------------------------------------------------------------------------
def t318_qua_electrician(w: World) -> Made:
    return _made(w, "All blocks into the bin. Every single one.", _act(binned(w.blocks)))


def t318_qua_journalist3(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if bowl is None:
        return None
    return _made(w, f"Can you put two blocks in the {bowl}? Any two will do.", _act(count_in(bowl, 2)))


def t318_qua_farmer4(w: World) -> Made:
    outside = [b for b in w.blocks if b not in w.in_bowls()]
    return _made(w, "Every block that ain't in a bowl, toss it in the bin.",
                 _act(binned(outside), kept(*w.in_bowls())))


def t318_qua_hungarian(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    return _made(w, f"Please put all blocks from the {bowl} to the bin.", _act(binned(inside), none_binned(rest)))


def t318_qua_parent5(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    return _made(w, "put 3 blocks in the bin, any 3, quick", _act(lambda _i, f: _in_bin(f) == 3))


def t318_qua_plain99(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    table = w.state.on_the_table()
    if len(table) < 2 or not _room(w, bowl, len(table)):
        return None
    return _made(w, f"Put every block on the table into the {bowl}.",
                 _act(rels(*(Rel("in", b, bowl) for b in table))))


# ----- negated ----------------------------------------------------------------------------------------
def t318_neg_electrician(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if not w.state.is_clear(b)])
    if x is None:
        return None
    return _made(w, f"Nothing should be sitting on the {x}. Take the blocks off it and leave the {x} where it is.",
                 _act(rels(Rel("clear", x)), kept(x)))


def t318_neg_journalist3(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"Please make sure the {x} is no longer on the {y}.", _act(rels(Rel("on", x, y, negated=True))))


def t318_neg_farmer4(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Don't leave a single block in that {bowl}. Set 'em out on the table.",
                 _act(empty(bowl), rels(*(Rel("on_table", b) for b in inside))))


def t318_neg_hungarian(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    return _made(w, f"The {x} should not be in the {bowl} anymore. Put it on the table, please.",
                 _act(rels(Rel("in", x, bowl, negated=True), Rel("on_table", x))))


def t318_neg_parent5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"everything in the bin except the {x} pls", _act(binned(others), none_binned([x])))


def t318_neg_plain99(w: World) -> Made:
    table = w.state.on_the_table()
    return _made(w, "None of the blocks should be on the table. Put them in the bin.",
                 _act(binned(table), none_binned(w.in_bowls())))


# ----- relative ---------------------------------------------------------------------------------------
def t318_rel_electrician(w: World) -> Made:
    x = _winner(w.blocks, w.y)
    if x is None:
        return None
    return _made(w, "Find the leftmost block and put it in the bin.", _act(binned([x])))


def t318_rel_journalist3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = _winner([b for b in w.blocks if w.state.base(b) != bowl], lambda b: w.dist(b, bowl))
    if x is None or not _room(w, bowl, 1 + len(w.state.above(x))):
        return None
    return _made(w, f"Could you put the block nearest the {bowl} into the {bowl}?", _act(rels(Rel("in", x, bowl))))


def t318_rel_farmer4(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"That block sittin' on the {y}, set it down on the table.", _act(rels(Rel("on_table", x))))


def t318_rel_hungarian(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if bowl is None:
        return None
    x, place = w.state.in_bowl(bowl)[0], w.rng.choice(PLACES)
    return _made(w, f"The block which is in the {bowl}, please put it on the {place}.", _act(rels(Rel("at", x, place))))


def t318_rel_parent5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = _winner(w.blocks, lambda b: -w.y(b))
    if x is None or w.state.base(x) == bowl or not _room(w, bowl, 1 + len(w.state.above(x))):
        return None
    return _made(w, f"the block furthest to the right - pop it in the {bowl}", _act(rels(Rel("in", x, bowl))))


def t318_rel_plain99(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    x, below = pair
    return _made(w, f"Put the block under the {x} in the bin.", _act(binned([below])))


# ----- keep -------------------------------------------------------------------------------------------
def t318_keep_electrician(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    y = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Put the {x} in the bin. Leave the {y} where it is.", _act(binned([x]), kept(y)))


def t318_keep_journalist3(w: World) -> Made:
    x, y = _one(w, _stack_pairs(w)) or (None, None)
    others = [b for b in w.blocks if b not in (x, y)]
    if x is None or not others:
        return None
    z = w.rng.choice(others)
    return _made(w, f"Could you stack the {x} on the {y} without touching the {z}?",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t318_keep_farmer4(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl, other = w.pick(w.bowls, 2)
    x = _one(w, [b for b in w.clear_blocks() if w.state.base(b) not in (bowl, other)])
    if x is None or not _room(w, bowl):
        return None
    return _made(w, f"Put the {x} in the {bowl}, but don't you touch the {other}.",
                 _act(rels(Rel("in", x, bowl)), _untouched(other)))


def t318_keep_hungarian(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] not in w.state.support])
    if x is None:
        return None
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Please put all blocks to the bin, but the {x} leave where it is.",
                 _act(binned(others), kept(x)))


def t318_keep_parent5(w: World) -> Made:
    x, y = _one(w, [(x, y) for x, y in _stack_pairs(w) if w.state.base(x) not in w.bowls]) or (None, None)
    if x is None:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"move the {x} onto the {y} but leave the {bowl} alone!!",
                 _act(rels(Rel("on", x, y)), _untouched(bowl)))


def t318_keep_plain99(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if x is None:
        return None
    return _made(w, f"Empty the {bowl}, but leave the {x} where it is.", _act(empty(bowl), kept(x)))


# ----- multi_step -------------------------------------------------------------------------------------
def t318_multi_electrician(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    x, y = pair
    place = w.rng.choice(CORNERS)
    return _made(w, f"Step one: move the {x} to the {place}. Step two: stack the {y} on top of it.",
                 _act(rels(Rel("at", x, place), Rel("on", y, x))))


def t318_multi_journalist3(w: World) -> Made:
    x, bowl = _one(w, _into(w)) or (None, None)
    if x is None:
        return None
    y = _one(w, [b for b in w.clear_blocks() if b != x])
    if y is None:
        return None
    return _made(w, f"First put the {x} in the {bowl}, then put the {y} in the bin.",
                 _act(rels(Rel("in", x, bowl)), binned([y])))


def t318_multi_farmer4(w: World) -> Made:
    pair = _one(w, [(x, y) for x, y in w.pairs() if w.state.above(y) == [x]])
    if pair is None:
        return None
    x, y = pair
    bowl = _one(w, [b for b in w.bowls if w.state.base(y) != b and _room(w, b)])
    if bowl is None:
        return None
    return _made(w, f"Take the {x} off the {y} first, then set the {y} in the {bowl}.",
                 _act(rels(Rel("on", x, y, negated=True), Rel("in", y, bowl))))


def t318_multi_hungarian(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)])
    y = _one(w, [b for b in w.clear_blocks() if b != x])
    if x is None or y is None:
        return None
    return _made(w, f"First you put the {x} on the table, after this put the {y} on the {x}.",
                 _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t318_multi_parent5(w: World) -> Made:
    y, bowl = _one(w, _into(w)) or (None, None)
    if y is None:
        return None
    x = _one(w, [b for b in w.clear_blocks() if b != y])
    if x is None:
        return None
    return _made(w, f"bin the {x} first, then the {y} goes in the {bowl}. thx",
                 _act(binned([x]), rels(Rel("in", y, bowl))))


def t318_multi_plain99(w: World) -> Made:
    three = w.pick(w.clear_blocks(), 3)
    if not three:
        return None
    x, y, z = three
    return _made(w, f"Put the {x} in the middle, then the {y} on top of it, and then the {z} on top of the {y}.",
                 _act(rels(Rel("at", x, MIDDLE), Rel("on", y, x), Rel("on", z, y))))


# ----- question ---------------------------------------------------------------------------------------
def t318_q_electrician(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"How many blocks are in the {bowl}? Just give me the number.", answered(str(len(w.state.in_bowl(bowl))))


def t318_q_journalist3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = w.state.count_at(TABLE)
    return (f"What is in the {bowl}, and how many blocks are on the table?",
            answered(f"{_listing(w.state.in_bowl(bowl))}|{n}"))


def t318_q_farmer4(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    s = w.state.support[x]
    return f"Where's the {x} at?", answered(s)


def t318_q_hungarian(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
    return f"Is the {x} standing on the {y}?", answered(yes(holds(Rel("on", x, y), w.state)))


def t318_q_parent5(w: World) -> Made:
    return "wait how many blocks are on the table right now?", answered(str(w.state.count_at(TABLE)))


def t318_q_plain99(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    x = w.rng.choice(covered) if covered and w.rng.random() < 0.6 else w.rng.choice(w.blocks)
    return f"What is on top of the {x}?", answered(_listing(w.state.on_top(x)))


# ----- matching ---------------------------------------------------------------------------------------
def t318_match_electrician(w: World) -> Made:
    pairs = _colour_pairs(w)
    if not pairs:
        return None
    return _made(w, "Sort the blocks by colour: each block goes in the bowl of the same colour.",
                 _act(rels(*_in(pairs))))


def t318_match_journalist3(w: World) -> Made:
    pairs = _colour_pairs(w)
    pair = _one(w, [(b, bowl) for b, bowl in pairs or [] if w.state.base(b) != bowl])
    if pair is None:
        return None
    x, bowl = pair
    if not _room(w, bowl):
        return None
    return _made(w, f"Could you put the {x} in the bowl of the same colour?", _act(rels(Rel("in", x, bowl))))


def t318_match_farmer4(w: World) -> Made:
    pairs = _colour_pairs(w, [b for b in w.blocks if _on_table(w, b)])
    if not pairs:
        return None
    return _made(w, "Any block on the table that's got a bowl of its own colour, put it in that bowl.",
                 _act(rels(*_in(pairs))))


def t318_match_hungarian(w: World) -> Made:
    pairs = _colour_pairs(w)
    if not pairs:
        return None
    moving = [b for b, bowl in pairs if w.state.base(b) != bowl]
    rest = [b for b in w.blocks if b not in dict(pairs)]
    if any(r in w.state.above(m) for m in moving for r in rest):
        return None
    return _made(w, "Please put every block in the bowl with same colour. The other blocks leave where they are.",
                 _act(rels(*_in(pairs)), kept(*rest)))


def t318_match_parent5(w: World) -> Made:
    pairs = _colour_pairs(w)
    if not pairs:
        return None
    return _made(w, "kids mixed up the colours again, put the blocks in their matching bowls pls",
                 _act(rels(*_in(pairs))))


def t318_match_plain99(w: World) -> Made:
    pairs = _colour_pairs(w)
    todo = [(b, bowl) for b, bowl in pairs or [] if w.state.base(b) != bowl]
    two = w.pick(todo, 2)
    if not two:
        return None
    (x, bx), (y, by) = two
    return _made(w, f"Put the {x} in the {bx} and the {y} in the {by}.",
                 _act(rels(Rel("in", x, bx), Rel("in", y, by))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("electrician", "journalist3", "farmer4", "hungarian", "parent5", "plain99")
FRESH318: list[Template] = [
    (f"t318_{short}_{style}", category, globals()[f"t318_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
