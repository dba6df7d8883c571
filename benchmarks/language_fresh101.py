"""`FRESH101`, the hundred-and-second untuned batch: sixty language templates, six per category, for the offline planner.

Theme: six new everyday users, each with a voice of their own, asking for the common jobs (put a block in a bowl,
stack, sort by colour, clear into the bin, move to a named place, questions about the scene):

- desk: a hotel receptionist, all courtesy ("Good afternoon! Would you kindly place the red block in the blue
  bowl? Thank you so much.").
- plumber: a tradesman on the job ("Right, stick the red block on top of the green block for me, mate.").
- ticket: a software developer who writes like a commit message or a ticket ("chore: empty blue bowl into bin").
- poet: a poet ("Carry the red block, gently, to the top left corner.").
- radio: a radio DJ on air ("Hit it! Send the yellow block straight to the bin!").
- hurry: an impatient customer ("Get the red block off the green block already, come on!").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a529d1b, after every fix before it and before anything it could prompt):
0.70 goal-correct (210 of 300), 84 refused, 1 asked, 5 wrong: 2 wrong actions ("X is off to the middle, but Y? It's
staying put!" moved Y too, twice) and 3 wrong replies ('How many blocks does W have in it at the moment, if I may
ask?'; 'How I wish X would dwell in the top right corner.' answered with the help text; 'Say, which block is it that
rests upon X?').
"""

from __future__ import annotations

import itertools

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


# ----- helpers --------------------------------------------------------------------------------------
def _hand_free(_i, f) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """The goal holds and the gripper is empty."""
    return both(*checks, _hand_free)


def _made(text: str, check: Check, *moves: tuple[str, str]) -> Made:
    """(text, check); the check carries `demo`, the moves (block, target) a person would make to reach the goal,
    read only by this batch's self-check (is the goal reachable?), never by the scoring."""
    check.demo = moves  # type: ignore[attr-defined]
    return text, check


def _room(w: World, bowl: str) -> int:
    """Free slots on the bowl's floor."""
    return layout.BOWL_CAPACITY - sum(1 for s in w.state.support.values() if s == bowl)


def _level(w: World, block: str) -> int:
    """1 for a block resting on the table or in a bowl, 2 for one on such a block, ..."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _clear(w: World) -> list[str]:
    return w.clear_blocks()


def _bases(w: World) -> list[str]:
    """Clear blocks a block can be stacked on."""
    return [b for b in w.clear_blocks() if _level(w, b) < layout.MAX_TOWER]


def _below(w: World, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _outside(w: World, bowl: str) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != bowl]


def _open_bowls(w: World, need: int = 1) -> list[str]:
    return [b for b in w.bowls if _room(w, b) >= need]


def _in_bin(f) -> int:
    return sum(1 for b in f.blocks if f.base(b) == BIN)


def _apart(w: World, block: str, key, others: list[str], margin: float = 0.03) -> bool:
    """`block` stands alone on the table and beats every other block in `others` by `margin` on `key`."""
    if w.state.support[block] != TABLE or not w.state.is_clear(block):
        return False
    return all(key(o) - key(block) >= margin for o in others if o != block)


def _match_pairs(w: World) -> list[tuple[str, str]]:
    """(block, bowl of its colour) for every block that has one."""
    return [(r.args[0], r.args[1]) for r in matching(w)]


# ----- imperative -----------------------------------------------------------------------------------
def t101_imp_desk(w: World) -> Made:
    bowls = _open_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Good afternoon! Would you kindly place the {x} in the {bowl}? Thank you so much.",
            f"Welcome back. If I may, please set the {x} into the {bowl} for me.",
            f"Hello there, could I ask you to put the {x} in the {bowl}, please? Much appreciated.",
        ]
    )
    return _made(text, _done(rels(Rel("in", x, bowl))), (x, bowl))


def t101_imp_plumber(w: World) -> Made:
    ys = _bases(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _clear(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Right, stick the {x} on top of the {y} for me, mate.",
            f"Pop the {x} up on the {y}, cheers.",
            f"Go on then, lift the {x} and sit it on the {y}.",
        ]
    )
    return _made(text, _done(rels(Rel("on", x, y))), (x, y))


def t101_imp_ticket(w: World) -> Made:
    bowls = [b for b in w.bowls if 1 <= len(w.state.in_bowl(b)) <= 5]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"chore: empty {bowl} into bin",
            f"TODO: dump everything in the {bowl} -> bin",
            f"task: move all blocks from the {bowl} to the bin",
        ]
    )
    moves = sorted(inside, key=lambda b: -_level(w, b))
    return _made(text, _done(binned(inside), empty(bowl)), *((b, BIN) for b in moves))


def t101_imp_poet(w: World) -> Made:
    xs = _clear(w)
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Carry the {x}, gently, to the {place}.",
            f"Bear the {x} away to the {place}, where the light falls softly.",
            f"Take up the {x} and lay it down in the {place}.",
        ]
    )
    return _made(text, _done(rels(Rel("at", x, place))), (x, place))


def t101_imp_radio(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"And now, folks, drop the {x} right into the bin!",
            f"Hit it! Send the {x} straight to the bin!",
            f"Alright listeners, toss the {x} in the bin — here we go!",
        ]
    )
    return _made(text, _done(rels(Rel("in_bin", x))), (x, BIN))


def t101_imp_hurry(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Just take the {x} off the {y}. Now.",
            f"Get the {x} off the {y} already, come on!",
            f"Off. The {x}, off the {y}. Quickly.",
        ]
    )
    check = _done(lambda _i, f: f.support[x] != y, none_binned([x]))
    return _made(text, check, (x, TABLE))


# ----- declarative ----------------------------------------------------------------------------------
def t101_dec_desk(w: World) -> Made:
    bowls = _open_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in _clear(w) if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"The {x} belongs in the {bowl}, if you would be so kind.",
            f"The {x} is to go in the {bowl}, please. Thank you!",
            f"The {x} is meant to be in the {bowl}, if you'd be so kind.",
        ]
    )
    return _made(text, _done(rels(Rel("in", x, bowl))), (x, bowl))


def t101_dec_plumber(w: World) -> Made:
    ys = _bases(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _clear(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"That {x}'s supposed to be sat on the {y}, not where it is now.",
            f"The {x} wants to be on top of the {y}, mate.",
            f"The {x} goes on the {y}, that's how it should be.",
        ]
    )
    return _made(text, _done(rels(Rel("on", x, y))), (x, y))


def t101_dec_ticket(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Expected: {x} in the {place}. Actual: {x} somewhere else.",
            f"Bug: the {x} should be in the {place} but it is not.",
            f"Acceptance criteria: the {x} is located in the {place}.",
        ]
    )
    return _made(text, _done(rels(Rel("at", x, place))), (x, place))


def t101_dec_poet(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    goal = Rel("stacked", a, b, c)
    if rels(goal)(w.state, w.state):
        return None
    text = w.rng.choice(
        [
            f"The {c} upon the {b}, the {b} upon the {a}: so shall the tower stand.",
            f"A tower there should be: the {a} below, the {b} above it, and the {c} crowning all.",
            f"The {a} is the ground, the {b} rests on it, and the {c} is the crown of the tower.",
        ]
    )
    return _made(text, _done(rels(goal)), (a, TABLE), (b, a), (c, b))


def t101_dec_radio(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"By the end of this song, the {x} should be in the bin!",
            f"Word on the street is the {x} belongs in the bin, folks!",
            f"The {x} is in the bin by the next ad break — that's the plan!",
        ]
    )
    return _made(text, _done(rels(Rel("in_bin", x))), (x, BIN))


def t101_dec_hurry(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = sorted(w.state.in_bowl(bowl), key=lambda b: -_level(w, b))
    text = w.rng.choice(
        [
            f"The {bowl} should be empty. It isn't. Sort it out.",
            f"That {bowl} is supposed to be empty, come on!",
            f"Why is there stuff in the {bowl}? It should be empty. Now.",
        ]
    )
    return _made(text, _done(empty(bowl)), *((b, TABLE) for b in inside))


# ----- desiderative ---------------------------------------------------------------------------------
def t101_des_desk(w: World) -> Made:
    ys = _bases(w)
    if not ys:
        return None
    y = w.rng.choice(ys)
    xs = [b for b in _clear(w) if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"I'd love to have the {x} on top of the {y}, if it's no trouble at all.",
            f"I'd like the {x} placed on the {y}, please, whenever you're ready.",
            f"If possible, I would like the {x} to sit on the {y}. Thank you!",
        ]
    )
    return _made(text, _done(rels(Rel("on", x, y))), (x, y))


def t101_des_plumber(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"I need the {x} out of that {bowl} and on the table.",
            f"What I want is the {x} out of the {bowl}, sat on the table.",
            f"Want the {x} fished out of the {bowl} and put down on the table.",
        ]
    )
    return _made(text, _done(rels(Rel("on_table", x))), (x, TABLE))


def t101_des_ticket(w: World) -> Made:
    bowls = _open_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = _outside(w, bowl)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"As a user, I want the {x} in the {bowl} so that I can find it later.",
            f"Feature request: I'd like the {x} to end up in the {bowl}.",
            f"I want the {x} moved into the {bowl} (see #{w.rng.randint(100, 999)}).",
        ]
    )
    return _made(text, _done(rels(Rel("in", x, bowl))), (x, bowl))


def t101_des_poet(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I long to see the {x} resting in the {place}.",
            f"How I wish the {x} would dwell in the {place}.",
            f"My heart wants the {x} to lie in the {place}.",
        ]
    )
    return _made(text, _done(rels(Rel("at", x, place))), (x, place))


def t101_des_radio(w: World) -> Made:
    bowls = _open_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = _outside(w, bowl)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Our caller Dave would love to see the {x} go into the {bowl}!",
            f"I'd love the {x} in the {bowl} before the news at nine!",
            f"We'd really like the {x} dropped into the {bowl}, folks!",
        ]
    )
    return _made(text, _done(rels(Rel("in", x, bowl))), (x, bowl))


def t101_des_hurry(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    text = w.rng.choice(
        [
            f"I just want the {x} and the {y} in the bin. That's all. Quick.",
            f"All I want is the {x} and the {y} in the bin, hurry up.",
            f"Look, I need the {x} and the {y} in the bin, right now.",
        ]
    )
    return _made(text, _done(binned([x, y])), (x, BIN), (y, BIN))


# ----- quantified -----------------------------------------------------------------------------------
def t101_qua_desk(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            "Kindly place all of the blocks in the bin, thank you.",
            "Could every block please go into the bin? Many thanks.",
            "Please put each and every block in the bin, thank you kindly.",
        ]
    )
    moves = sorted(blocks, key=lambda b: -_level(w, b))
    return _made(text, _done(binned(blocks)), *((b, BIN) for b in moves))


def t101_qua_plumber(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = sorted(w.state.in_bowl(bowl), key=lambda b: -_level(w, b))
    lot = "both" if len(inside) == 2 else "all"
    text = w.rng.choice(
        [
            f"Get {lot} the blocks out of the {bowl} and onto the table.",
            f"Every block in that {bowl} comes out and goes on the table, mate.",
            f"Tip the {bowl} out onto the table, every last block.",
        ]
    )
    check = _done(rels(*(Rel("on_table", b) for b in inside)))
    return _made(text, check, *((b, TABLE) for b in inside))


def t101_qua_ticket(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    k = w.rng.choice([2, 3])
    if len(xs) < k:
        return None
    word = {2: "two", 3: "three"}[k]
    text = w.rng.choice(
        [
            f"task: move {k} blocks (any) into the {bowl}",
            f"Acceptance: the {bowl} contains exactly {word} blocks.",
            f"todo: put {word} blocks in the {bowl}, doesn't matter which",
        ]
    )
    chosen = sorted(xs, key=lambda b: -_level(w, b))[:k]
    return _made(text, _done(count_in(bowl, k)), *((b, bowl) for b in chosen))


def t101_qua_poet(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER or rels(Rel("tower", *blocks))(w.state, w.state):
        return None
    text = w.rng.choice(
        [
            "Let all the blocks become a single tower, reaching for the sky.",
            "Gather every block, and raise them into one tall tower.",
            "Let each block climb upon another, till all of them stand as one tower.",
        ]
    )
    moves = [(blocks[0], TABLE)] + [(b, a) for a, b in itertools.pairwise(blocks)]
    return _made(text, _done(rels(Rel("tower", *blocks))), *moves)


def t101_qua_radio(w: World) -> Made:
    k = w.rng.choice([2, 3])
    if len(w.blocks) < k:
        return None
    word = {2: "Two", 3: "Three"}[k]
    text = w.rng.choice(
        [
            f"{word} blocks into the bin — any {word.lower()}, your pick, folks!",
            f"Let's get {word.lower()} of those blocks into the bin, any {word.lower()} you like!",
            f"We need exactly {word.lower()} blocks in the bin, listeners. Go!",
        ]
    )
    chosen = sorted(w.blocks, key=lambda b: -_level(w, b))[:k]
    return _made(
        text, _done(lambda _i, f: _in_bin(f) == k), *((b, BIN) for b in chosen)
    )


def t101_qua_hurry(w: World) -> Made:
    xs = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if not 2 <= len(xs) <= len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            "Every block that isn't in a bowl — bin it. Now.",
            "All the blocks outside the bowls, in the bin, quickly.",
            "Just put every block that's not in a bowl in the bin, hurry.",
        ]
    )
    moves = sorted(xs, key=lambda b: -_level(w, b))
    return _made(text, _done(binned(xs)), *((b, BIN) for b in moves))


# ----- negated --------------------------------------------------------------------------------------
def t101_neg_desk(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if len(others) > len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            f"Please put every block except the {x} in the bin, thank you.",
            f"Could all the blocks but the {x} go into the bin, please?",
            f"Every block except the {x} into the bin, if you'd be so kind; the {x} stays out.",
        ]
    )
    moves = sorted(others, key=lambda b: -_level(w, b))
    return _made(
        text, _done(binned(others), none_binned([x])), *((b, BIN) for b in moves)
    )


def t101_neg_plumber(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = sorted(w.state.in_bowl(bowl), key=lambda b: -_level(w, b))
    text = w.rng.choice(
        [
            f"Clear out the {bowl}, but don't bin anything.",
            f"Empty that {bowl}. Nothing goes in the bin, mind.",
            f"Get everything out of the {bowl}, just don't chuck any of it in the bin.",
        ]
    )
    return _made(
        text, _done(empty(bowl), none_binned(w.blocks)), *((b, TABLE) for b in inside)
    )


def t101_neg_ticket(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl, other = w.pick(w.bowls, 2)
    if _room(w, bowl) < 1:
        return None
    xs = _outside(w, bowl)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"fix: {x} goes in the {bowl}, NOT the {other}",
            f"bug: the {x} must end up in the {bowl} (not in the {other})",
            f"Put the {x} in the {bowl}. Not the {other}, the {bowl}.",
        ]
    )
    return _made(
        text,
        _done(rels(Rel("in", x, bowl), Rel("in", x, other, negated=True))),
        (x, bowl),
    )


def t101_neg_poet(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"Let the {x} leave the {bowl}, but let it not fall into the bin.",
            f"Lift the {x} from the {bowl}, yet not to the bin; never the bin.",
            f"Take the {x} out of the {bowl}, but do not give it to the bin.",
        ]
    )
    check = _done(rels(Rel("in", x, bowl, negated=True)), none_binned([x]))
    return _made(text, check, (x, TABLE))


def t101_neg_radio(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    r, g = w.pick(w.blocks, 2)
    text = w.rng.choice(
        [
            f"Don't you dare put the {r} in the bin! The {g} though, that goes in the bin!",
            f"Not the {r}, folks, the {g}! The {g} is going in the bin!",
            f"The {g} hits the bin, but no, no, not the {r}!",
        ]
    )
    return _made(text, _done(rels(Rel("in_bin", g)), none_binned([r])), (g, BIN))


def t101_neg_hurry(w: World) -> Made:
    bowls = _open_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = _outside(w, bowl)
    if len(xs) < 2:
        return None
    r, b = w.pick(xs, 2)
    text = w.rng.choice(
        [
            f"No, not the {r}! The {b}! Put the {b} in the {bowl}!",
            f"The {b}, not the {r}. In the {bowl}. Come on.",
            f"Ugh, I said the {b}, not the {r}. The {b} into the {bowl}, now.",
        ]
    )
    return _made(
        text,
        _done(rels(Rel("in", b, bowl), Rel("in", r, bowl, negated=True))),
        (b, bowl),
    )


# ----- relative -------------------------------------------------------------------------------------
def t101_rel_desk(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowls = [b for b in _open_bowls(w) if w.state.base(x) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"The block that is sitting on the {y}: could you move it into the {bowl}, please?",
            f"Would you please put the block resting on the {y} in the {bowl}?",
            f"The block on top of the {y}, if you could kindly place it in the {bowl}. Thank you.",
        ]
    )
    return _made(text, _done(rels(Rel("in", x, bowl))), (x, bowl))


def t101_rel_plumber(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    (x,) = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"The block in the {bowl}, chuck that in the bin.",
            f"Whatever block's in the {bowl}, bin it.",
            f"That block sat in the {bowl}, stick it in the bin, mate.",
        ]
    )
    return _made(text, _done(rels(Rel("in_bin", x))), (x, BIN))


def t101_rel_ticket(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.support[y] not in w.state.support]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"task: move the block beneath the {x} to the {place}",
            f"Move the block that the {x} is sitting on to the {place}.",
            f"bug: block under {x} should be in the {place}",
        ]
    )
    return _made(text, _done(rels(Rel("at", y, place))), (y, place))


def t101_rel_poet(w: World) -> Made:
    bowls = _open_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    xs = _outside(w, bowl)
    if not xs:
        return None
    x = min(xs, key=lambda b: w.dist(b, bowl))
    if not _apart(w, x, lambda b: w.dist(b, bowl), xs):
        return None
    if w.state.in_bowl(bowl):  # "nearest" must not point at a block already inside
        text = w.rng.choice(
            [
                f"Of all the blocks that wander outside the {bowl}, the nearest, let it come to rest within.",
                f"Whichever block dwells closest to the {bowl}, yet not inside it, let it join the others there.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"The block that lies nearest to the {bowl}, let it come to rest within it.",
                f"Whichever block dwells closest to the {bowl}, let it be gathered into that bowl.",
                f"The block that is nearest the {bowl}: lay it inside.",
            ]
        )
    return _made(text, _done(rels(Rel("in", x, bowl))), (x, bowl))


def t101_rel_radio(w: World) -> Made:
    x = min(w.blocks, key=w.y)
    if not _apart(w, x, w.y, w.blocks):
        return None
    text = w.rng.choice(
        [
            "The block way over on the left is heading for the bin, folks!",
            "Leftmost block, you're going in the bin!",
            "Let's send the block on the far left into the bin!",
        ]
    )
    return _made(text, _done(rels(Rel("in_bin", x))), (x, BIN))


def t101_rel_hurry(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.support[y] not in w.state.support]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Whatever the {x} is sitting on, bin it. Now.",
            f"The block under the {x}, in the bin, quick.",
            f"Put the block the {x} is on in the bin, come on.",
        ]
    )
    return _made(text, _done(rels(Rel("in_bin", y))), (y, BIN))


# ----- keep -----------------------------------------------------------------------------------------
def t101_keep_desk(w: World) -> Made:
    bowls = _open_bowls(w)
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    r = w.rng.choice(w.blocks)
    gs = [g for g in _outside(w, bowl) if g != r and g not in _below(w, r)]
    if not gs:
        return None
    g = w.rng.choice(gs)
    text = w.rng.choice(
        [
            f"Please leave the {r} exactly where it is, and put the {g} in the {bowl}.",
            f"Could the {g} go into the {bowl}, please? The {r} should stay just as it is.",
            f"Kindly place the {g} in the {bowl}, but do leave the {r} where it is, thank you.",
        ]
    )
    return _made(text, _done(kept(r), rels(Rel("in", g, bowl))), (g, bowl))


def t101_keep_plumber(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    ys = _outside(w, bowl)
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Leave the {bowl} as it is, just bin the {y}.",
            f"Don't touch the {bowl}, mate. Only the {y}, in the bin.",
            f"Bin the {y} and leave whatever's in the {bowl} alone.",
        ]
    )
    same = lambda i, f: sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl))
    return _made(text, _done(same, kept(*inside), rels(Rel("in_bin", y))), (y, BIN))


def t101_keep_ticket(w: World) -> Made:
    bs = _bases(w)
    if not bs or len(w.blocks) < 3:
        return None
    b = w.rng.choice(bs)
    rs = [x for x in _clear(w) if x != b]
    if not rs:
        return None
    r = w.rng.choice(rs)
    g = w.rng.choice([x for x in w.blocks if x not in (r, b)])
    text = w.rng.choice(
        [
            f"Constraint: {g} must not move. Task: stack {r} on {b}.",
            f"task: put {r} on top of {b}; note: do not move the {g}",
            f"AC: {r} sits on {b}; {g} unchanged",
        ]
    )
    return _made(text, _done(kept(g), rels(Rel("on", r, b))), (r, b))


def t101_keep_poet(w: World) -> Made:
    y = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != y]
    if not others or len(others) > len(layout.BIN_SLOTS) or _below(w, y):
        return None
    text = w.rng.choice(
        [
            f"Let the {y} sleep undisturbed; carry all the other blocks to the bin.",
            f"Leave the {y} in its quiet place, and let every other block go to the bin.",
            f"All the blocks but the {y} must go to the bin; the {y} stays, unmoved.",
        ]
    )
    moves = sorted(others, key=lambda b: -_level(w, b))
    return _made(text, _done(kept(y), binned(others)), *((b, BIN) for b in moves))


def t101_keep_radio(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    r = w.rng.choice(w.blocks)
    bs = [b for b in w.blocks if b != r and b not in _below(w, r)]
    if not bs:
        return None
    b, place = w.rng.choice(bs), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Keep the {r} right where it is, folks, and send the {b} to the {place}!",
            f"The {b} is off to the {place}, but the {r}? It's staying put!",
            f"Send the {b} over to the {place}, and nobody touch the {r}!",
        ]
    )
    return _made(text, _done(kept(r), rels(Rel("at", b, place))), (b, place))


def t101_keep_hurry(w: World) -> Made:
    rs = [b for b in _clear(w) if w.state.support[b] != TABLE]
    if not rs:
        return None
    r = w.rng.choice(rs)
    text = w.rng.choice(
        [
            f"Don't move anything else, just put the {r} on the table.",
            f"Only the {r}, on the table. Don't touch anything else. Hurry.",
            f"Put the {r} down on the table and leave everything else alone, quick.",
        ]
    )
    others = [b for b in w.blocks if b != r]
    return _made(text, _done(kept(*others), rels(Rel("on_table", r))), (r, TABLE))


# ----- multi-step -----------------------------------------------------------------------------------
def t101_multi_desk(w: World) -> Made:
    bowls = _open_bowls(w)
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    rs = _outside(w, bowl)
    if not rs:
        return None
    r = w.rng.choice(rs)
    g = w.rng.choice([b for b in w.blocks if b != r])
    text = w.rng.choice(
        [
            f"First, please put the {r} in the {bowl}, and after that the {g} in the bin.",
            f"Could you place the {r} in the {bowl} and then put the {g} in the bin? Thank you.",
            f"To begin, the {r} into the {bowl}, please; then the {g} into the bin.",
        ]
    )
    return _made(
        text, _done(rels(Rel("in", r, bowl), Rel("in_bin", g))), (r, bowl), (g, BIN)
    )


def t101_multi_plumber(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowls = [b for b in _open_bowls(w) if w.state.base(y) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Take the {x} off the {y}, bin it, then stick the {y} in the {bowl}.",
            f"Right: {x} off the {y} and in the bin, then the {y} goes in the {bowl}.",
            f"First job, bin the {x} that's on the {y}. Second job, the {y} in the {bowl}.",
        ]
    )
    return _made(
        text, _done(rels(Rel("in_bin", x), Rel("in", y, bowl))), (x, BIN), (y, bowl)
    )


def t101_multi_ticket(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    y, r = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Steps: 1) move {y} to the {place} 2) stack {r} on {y}",
            f"TODO: {y} -> {place}, then {r} -> on top of {y}",
            f"subtasks: move the {y} to the {place}; after that, put the {r} on it",
        ]
    )
    return _made(
        text, _done(rels(Rel("at", y, place), Rel("on", r, y))), (y, place), (r, y)
    )


def t101_multi_poet(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    r, b = w.pick(w.blocks, 2)
    text = w.rng.choice(
        [
            f"First the {r} to the bin, and then the {b} to follow it.",
            f"Let the {r} go down into the bin, and after it, the {b}.",
            f"Send the {r} to the bin; let the {b} follow close behind.",
        ]
    )
    return _made(text, _done(binned([r, b])), (r, BIN), (b, BIN))


def t101_multi_radio(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    r, g = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"First up, the {r} heads to the {place}, and then the {g} jumps right on top of it!",
            f"Coming up after the break: the {r} over to the {place}, then the {g} stacked on it!",
            f"Here's the plan, folks: move the {r} to the {place}, then pop the {g} on top!",
        ]
    )
    return _made(
        text, _done(rels(Rel("at", r, place), Rel("on", g, r))), (r, place), (g, r)
    )


def t101_multi_hurry(w: World) -> Made:
    bowls = _open_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    rs = _outside(w, bowl)
    if len(rs) < 2:
        return None
    r, b = w.pick(rs, 2)
    where = "the bowl" if len(w.bowls) == 1 else f"the {bowl}"
    text = w.rng.choice(
        [
            f"Put the {r} in {where}, then the {b} on it. Go, go.",
            f"The {r} in {where}, the {b} on top of it. Quick!",
            f"Come on: the {r} into {where} and the {b} on top. Now.",
        ]
    )
    return _made(
        text, _done(rels(Rel("in", r, bowl), Rel("on", b, r))), (r, bowl), (b, r)
    )


# ----- questions ------------------------------------------------------------------------------------
def t101_q_desk(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Could you tell me how many blocks are in the {bowl}, please?",
            f"How many blocks does the {bowl} have in it at the moment, if I may ask?",
            f"Just checking: how many blocks are there in the {bowl}?",
        ]
    )
    return text, answered(str(n))


def t101_q_plumber(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    pool = covered if covered and w.rng.random() < 0.5 else w.blocks
    x = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Is there anything sat on top of the {x}?",
            f"Has the {x} got anything on top of it?",
            f"Anything stacked on the {x}, mate?",
        ]
    )
    return text, answered(yes(not w.state.is_clear(x)))


def t101_q_ticket(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl = w.state.base(x) if w.rng.random() < 0.7 else w.rng.choice(w.bowls)
    else:
        x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            f"Q: is {x} in {bowl}? yes/no",
            f"question: does the {bowl} contain the {x}?",
            f"Can you confirm whether the {x} is in the {bowl}?",
        ]
    )
    return text, answered(yes(w.state.base(x) == bowl))


def t101_q_poet(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Tell me, which block lies upon the {y}?",
            f"Say, which block is it that rests upon the {y}?",
            f"What block sits, like a crown, on the {y}?",
        ]
    )
    return text, answered(x)


def t101_q_radio(w: World) -> Made:
    text = w.rng.choice(
        [
            "Quick quiz for the listeners: how many blocks are there altogether?",
            "How many blocks have we got in total, folks?",
            "Count 'em up: how many blocks are there in all?",
        ]
    )
    return text, answered(str(len(w.blocks)))


def t101_q_hurry(w: World) -> Made:
    inside = w.in_bowls()
    pool = inside if inside and w.rng.random() < 0.5 else w.blocks
    x = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"Is the {x} in a bowl or not? Quick.",
            f"Just tell me: is the {x} in any of the bowls?",
            f"Yes or no, is the {x} in a bowl?",
        ]
    )
    return text, answered(yes(w.state.base(x) in w.bowls))


# ----- matching -------------------------------------------------------------------------------------
def _all_matching(w: World) -> tuple[list[Rel], list[tuple[str, str]]] | None:
    """The matching goal and the moves it needs, if some block is not yet in its bowl and every bowl has room."""
    want = matching(w)
    todo = [
        (r.args[0], r.args[1]) for r in want if w.state.base(r.args[0]) != r.args[1]
    ]
    if not todo or any(_room(w, bowl) < 1 for _b, bowl in todo):
        return None
    moving = {b for b, _bowl in todo}
    # A block already in its bowl but resting on one that moves is put back in its bowl afterwards.
    back = [
        (r.args[0], r.args[1])
        for r in want
        if r.args[0] not in moving and moving & set(_below(w, r.args[0]))
    ]
    return want, todo + back


def t101_match_desk(w: World) -> Made:
    got = _all_matching(w)
    if got is None:
        return None
    want, todo = got
    text = w.rng.choice(
        [
            "Could you please put each block in the bowl of the same colour?",
            "Would you kindly sort the blocks into the bowls that match their colours, please?",
            "Please place every block into the bowl of its own colour, where there is one. Thank you!",
        ]
    )
    return _made(text, _done(rels(*want)), *todo)


def t101_match_plumber(w: World) -> Made:
    got = _all_matching(w)
    if got is None:
        return None
    want, todo = got
    text = w.rng.choice(
        [
            "Colour-code 'em: every block in the bowl that matches it.",
            "Match 'em up, mate: each block in the bowl of the same colour.",
            "Sort the blocks by colour into the bowls, like with like.",
        ]
    )
    return _made(text, _done(rels(*want)), *todo)


def _one_match(w: World) -> tuple[str, str] | None:
    todo = [
        (b, bowl)
        for b, bowl in _match_pairs(w)
        if w.state.base(b) != bowl and _room(w, bowl) >= 1
    ]
    return w.rng.choice(todo) if todo else None


def t101_match_ticket(w: World) -> Made:
    got = _one_match(w)
    if got is None:
        return None
    x, bowl = got
    text = w.rng.choice(
        [
            f"fix: move {x} into the bowl of the same colour",
            f"TODO: {x} -> matching-colour bowl",
            f"Put the {x} in the bowl that matches its colour.",
        ]
    )
    return _made(text, _done(rels(Rel("in", x, bowl))), (x, bowl))


def t101_match_poet(w: World) -> Made:
    got = _all_matching(w)
    if got is None:
        return None
    want, todo = got
    text = w.rng.choice(
        [
            "Let each block find the bowl that wears its colour.",
            "Let every block go home to the bowl that shares its hue.",
            "May each block rest in the bowl of its own colour.",
        ]
    )
    return _made(text, _done(rels(*want)), *todo)


def t101_match_radio(w: World) -> Made:
    got = _one_match(w)
    if got is None:
        return None
    x, bowl = got
    text = w.rng.choice(
        [
            f"The {x} is going home to the bowl of its own colour!",
            f"Let's get the {x} into the bowl that matches it, folks!",
            f"Up next: the {x} finds its matching bowl!",
        ]
    )
    return _made(text, _done(rels(Rel("in", x, bowl))), (x, bowl))


def t101_match_hurry(w: World) -> Made:
    got = _all_matching(w)
    if got is None:
        return None
    want, _todo = got
    paired = {r.args[0] for r in want}
    rest = [b for b in w.blocks if b not in paired]
    if not rest or len(rest) > len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            "Blocks in the bowls of their colour, the rest in the bin. Now.",
            "Match the blocks to the bowls by colour and bin whatever doesn't match. Quick.",
            "Same-colour bowls for the blocks, everything else in the bin, hurry up.",
        ]
    )
    binning = [(b, BIN) for b in sorted(rest, key=lambda b: -_level(w, b))]
    moves = [*binning, *((r.args[0], r.args[1]) for r in want)]
    return _made(text, _done(rels(*want), binned(rest)), *moves)


_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("desk", "plumber", "ticket", "poet", "radio", "hurry")
FRESH101: list[Template] = [
    (f"t101_{short}_{style}", category, globals()[f"t101_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
