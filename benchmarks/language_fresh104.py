"""`FRESH104`, the hundred-and-fifth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is purpose: people rarely give a bare order, they explain themselves. Each request carries a reason
("because I need the table clear"), a purpose ("in order to free the blue bowl") or is stated through its result
("so that nothing is left on the table", "until the bin holds three blocks", "move whatever is needed so the red
block ends up on the green one"). The six styles are six speakers with their own reasons:

- engineer: "Move whatever is needed so that the red block ends up on top of the blue block; the fixture test needs
  that pair."
- parent: "Put the green block in the bin, please, the baby keeps trying to chew on it."
- teacher: "For the counting lesson I'd like exactly three blocks in the pink bowl, so the children can count them."
- colleague: "I need the cyan bowl empty for the calibration run, so whatever's in it has to come out."
- customer: "The red block and the yellow block have to end up together in the blue bowl; I'm buying them as a set."
- child: "Make one big tower out of all the blocks on the table, so it's taller than my teddy!"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on bc00eb6, after every fix before it and before anything it could prompt):
0.437 goal-correct (131 of 300), 153 refused, 16 wrong: 13 wrong actions ('Whatever block is resting on X has to go on
the table; I need to get at X.' ended holding X, three times; "I'd rather have X than Y: first take Y out of W, then put X
in it." put Y back in W, four times; 'Every block wants to go home to the bowl of its colour! Put them there!' moved one
twice, twice; "I'd like X in a bowl that isn't the same colour as it" put X in its own bowl, twice; 'Every block sitting
in a bowl that isn't its colour has to come out' moved a block into a bowl; 'Because I'm about to wipe the table down,
I'd like every block on it to go into the bin.' binned one) and 3 wrong replies ('Is X on top of Y? The baby might knock
it over.').
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
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


# ----- helpers ----------------------------------------------------------------------------------------
def _hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """The goal holds and the gripper is empty."""
    return both(_hand, *checks)


def _depth(s: SymState, b: str) -> int:
    """1 for a block at the bottom of its tower, 2 for the one on it, ..."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _tower(s: SymState, b: str) -> list[str]:
    """The blocks of the tower holding `b`, bottom first."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *s.above(bottom)[::-1]]


def _avail(s: SymState) -> list[str]:
    """Blocks that are not in the bin or the gripper."""
    return [b for b in s.blocks if s.base(b) not in (BIN, GRIPPER)]


def _room(s: SymState, bowl: str, extra: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _can_on(s: SymState, x: str, y: str) -> bool:
    """Whether "x on y" is a sensible, feasible goal that does not hold yet."""
    if x == y or s.support[x] == y or x not in _avail(s) or y not in _avail(s):
        return False
    if y in s.above(x):  # y has to come off x first and may go anywhere
        return True
    return _depth(s, y) < layout.MAX_TOWER


def _on_table(f: SymState, b: str) -> bool:
    return f.support[b] != GRIPPER and f.base(b) in (TABLE, *PLACES)


def _alone_on_table(b: str) -> Check:
    return _act(rels(Rel("on_table", b), Rel("clear", b)))


def _num(n: int, as_word: bool) -> str:
    return _WORDS[n] if as_word else str(n)


def _pick_pair(w: World, cands: list[tuple[str, str]]) -> tuple[str, str] | None:
    return w.rng.choice(cands) if cands else None


# ----- imperative -------------------------------------------------------------------------------------
def t104_imp_engineer(w: World) -> Made:
    s = w.state
    cands = [(x, y) for x in w.blocks for y in w.blocks if _can_on(s, x, y)]
    hard = [(x, y) for x, y in cands if not s.is_clear(x) or not s.is_clear(y)]
    pair = _pick_pair(w, hard if hard and w.rng.random() < 0.7 else cands)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Move whatever is needed so that the {x} ends up on top of the {y}; the fixture test needs that pair.",
            (
                f"In order to run the load test, the {x} has to sit directly on the {y}. Shift whatever is in the way "
                f"and put it there."
            ),
            f"Put the {x} on the {y} so the sensor can read both at once, and clear anything that blocks you first.",
        ]
    )
    return text, _act(rels(Rel("on", x, y)))


def t104_imp_parent(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    x = x[0]
    text = w.rng.choice(
        [
            f"Put the {x} in the bin, please, the baby keeps trying to chew on it.",
            f"Throw the {x} into the bin so nobody trips over it.",
            f"Could you drop the {x} in the bin? It's chipped and I don't want the kids cutting themselves.",
        ]
    )
    return text, _act(binned([x]))


def t104_imp_teacher(w: World) -> Made:
    s = w.state
    cands = [b for b in _avail(s) if not (s.support[b] == TABLE and s.is_clear(b))]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {x} on the table by itself so the whole class can see it.",
            (
                f"Set the {x} down on its own on the table, with nothing on top of it, so the children can look at it "
                f"from every side."
            ),
            f"So that everyone can see it properly, take the {x} and stand it on the table on its own.",
        ]
    )
    return text, _alone_on_table(x)


def t104_imp_colleague(w: World) -> Made:
    s = w.state
    xs = s.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = s.base(x)
    if s.in_bowl(bowl) == [x]:
        text = w.rng.choice(
            [
                f"Take the {x} out of the {bowl} and put it on the table, I need that bowl for the next batch.",
                f"Could you lift the {x} out of the {bowl} onto the table? I want the bowl for my own parts.",
                f"Get the {x} out of the {bowl} and set it on the table, because I'm about to use that bowl.",
            ]
        )
        return text, _act(rels(Rel("on_table", x)), empty(bowl))
    text = w.rng.choice(
        [
            f"Take the {x} out of the {bowl} and put it on the table, I want to check it for cracks.",
            f"Could you lift the {x} out of the {bowl} onto the table? I need to weigh it.",
            f"Get the {x} out of the {bowl} and set it on the table, because I'm logging its serial number.",
        ]
    )
    return text, _act(rels(Rel("on_table", x)))


def t104_imp_customer(w: World) -> Made:
    s = w.state
    cands = [
        (x, b) for x in _avail(s) for b in s.bowls if s.base(x) != b and _room(s, b)
    ]
    pair = _pick_pair(w, cands)
    if pair is None:
        return None
    x, bowl = pair
    text = w.rng.choice(
        [
            f"Put the {x} in the {bowl}, please, so I can carry it out with me.",
            f"I'll take the {x}; pop it in the {bowl} so it's ready for me to pick up.",
            f"Could you place the {x} into the {bowl}? That way I can take it home in one go.",
        ]
    )
    return text, _act(rels(Rel("in", x, bowl)))


def t104_imp_child(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    cands = [
        (x, y)
        for x in clear
        for y in clear
        if x != y and _depth(s, y) < layout.MAX_TOWER
    ]
    pair = _pick_pair(w, cands)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Put the {x} on the {y} so my tower gets bigger!",
            f"Stack the {x} on top of the {y}, I'm making the tallest tower ever!",
            f"Can you put the {x} on the {y}? I want to build a tower up to the sky!",
        ]
    )
    return text, _act(rels(Rel("on", x, y)))


# ----- declarative ------------------------------------------------------------------------------------
def t104_dec_engineer(w: World) -> Made:
    pair = _pick_pair(w, w.pairs())
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"The {x} is sitting on the {y}, and I need the {y} clear for the next measurement.",
            f"The {x} is in the way of the {y}. Deal with it, so that nothing is left on top of the {y}.",
            f"For the next step the top of the {y} has to be free; right now the {x} is on it.",
        ]
    )
    return text, _act(rels(Rel("clear", y)))


def t104_dec_parent(w: World) -> Made:
    s = w.state
    cands = [
        (x, b) for x in _avail(s) for b in s.bowls if s.base(x) != b and _room(s, b)
    ]
    pair = _pick_pair(w, cands)
    if pair is None:
        return None
    x, bowl = pair
    text = w.rng.choice(
        [
            f"The {x} goes in the {bowl}, that's where it lives, and it's nearly bedtime.",
            f"It's tidy-up time: the {x} belongs in the {bowl}.",
            f"The {x} should be in the {bowl} so it doesn't get lost under the sofa again.",
        ]
    )
    return text, _act(rels(Rel("in", x, bowl)))


def t104_dec_teacher(w: World) -> Made:
    xs = _avail(w.state)
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The {x} needs to be in the {place}; that's where today's lesson starts.",
            f"For the demonstration, the {x} should be sitting in the {place}.",
            f"The {x} belongs in the {place}, so the children can find it when they come in.",
        ]
    )
    return text, _act(rels(Rel("at", x, place)))


def t104_dec_colleague(w: World) -> Made:
    s = w.state
    full = [b for b in s.bowls if s.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice(
        [
            f"I need the {bowl} empty for the calibration run, so whatever's in it has to come out.",
            f"The {bowl} has to be empty before I start my experiment.",
            f"Heads up: I'm using the {bowl} in a minute, so it needs to be cleared out.",
        ]
    )
    return text, _act(empty(bowl))


def t104_dec_customer(w: World) -> Made:
    s = w.state
    xs = _avail(s)
    cands = []
    for bowl in s.bowls:
        for x in xs:
            for y in xs:
                if x < y and not (s.base(x) == bowl and s.base(y) == bowl):
                    extra = (s.base(x) != bowl) + (s.base(y) != bowl)
                    if _room(s, bowl, extra):
                        cands.append((x, y, bowl))
    if not cands:
        return None
    x, y, bowl = w.rng.choice(cands)
    if w.rng.random() < 0.5:
        x, y = y, x
    text = w.rng.choice(
        [
            f"The {x} and the {y} have to end up together in the {bowl}; I'm buying them as a set.",
            f"I'm taking the {x} and the {y}, and they need to be in the {bowl} so I can carry them.",
            f"Both the {x} and the {y} should be in the {bowl}, because that's how I ordered them.",
        ]
    )
    return text, _act(rels(Rel("in", x, bowl), Rel("in", y, bowl)))


def t104_dec_child(w: World) -> Made:
    s = w.state
    pair = _pick_pair(
        w, [(x, y) for x in w.blocks for y in w.blocks if _can_on(s, x, y)]
    )
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"My {x} is supposed to be on top of the {y}! That's how my castle goes.",
            f"The {x} has to go on the {y}, because that's my castle's roof!",
            f"The {x} belongs on the {y}, so my robot tower looks right!",
        ]
    )
    return text, _act(rels(Rel("on", x, y)))


# ----- desiderative -----------------------------------------------------------------------------------
def t104_des_engineer(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    pair = _pick_pair(
        w,
        [
            (x, y)
            for x in clear
            for y in clear
            if x != y and _depth(s, y) < layout.MAX_TOWER
        ],
    )
    if pair is None:
        return None
    x, y = pair
    h = _WORDS[_depth(s, y) + 1]
    text = w.rng.choice(
        [
            f"I'd like the {x} stacked on the {y}, so that the stack there is {h} blocks high.",
            f"I want the {x} on top of the {y}; the goal is a {h}-block stack for the stability test.",
            f"What I need is the {x} on the {y}, so that the tower reaches {h} blocks.",
        ]
    )
    return text, _act(rels(Rel("on", x, y)))


def t104_des_parent(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if not 2 <= len(table) <= 5:
        return None
    if s.in_bowls():
        texts = [
            (
                "Put the blocks lying on the table into the bin, but leave the bowls and what's in them; I need the "
                "table clear for supper."
            ),
            (
                "Because I'm about to wipe round the bowls, I'd like every block that isn't in a bowl to go into the "
                "bin."
            ),
        ]
    else:
        texts = [
            "Put the blocks that are on the table into the bin, please, I need the table clear for supper.",
            "Because I'm about to wipe the table down, I'd like every block on it to go into the bin.",
            "I want no blocks left on the table so we can eat there; put them all in the bin.",
        ]
    return w.rng.choice(texts), _act(binned(table))


def t104_des_teacher(w: World) -> Made:
    s = w.state
    cands = []
    for bowl in s.bowls:
        cur = len(s.in_bowl(bowl))
        outside = len([b for b in _avail(s) if s.base(b) != bowl])
        cands += [
            (bowl, n)
            for n in range(
                max(cur + 1, 2), min(layout.BOWL_CAPACITY, cur + outside) + 1
            )
        ]
    if not cands:
        return None
    bowl, n = w.rng.choice(cands)
    word = _num(n, w.rng.random() < 0.6)
    text = w.rng.choice(
        [
            f"For the counting lesson I'd like exactly {word} blocks in the {bowl}, so the children can count them.",
            f"I want the {bowl} to hold {word} blocks, no more and no fewer, so we can practise counting.",
            f"So the class can count to {word}, please make it so there are exactly {word} blocks in the {bowl}.",
        ]
    )
    return text, _act(count_in(bowl, n))


def t104_des_colleague(w: World) -> Made:
    xs = _avail(w.state)
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I'd like the {x} in the {place}; that's where the scanner can see it.",
            f"Could I have the {x} over in the {place}? I want to photograph it there.",
            f"I need the {x} moved to the {place} so my camera rig picks it up.",
        ]
    )
    return text, _act(rels(Rel("at", x, place)))


def t104_des_customer(w: World) -> Made:
    xs = w.pick(_avail(w.state), 2)
    if not xs:
        return None
    x, y = xs
    text = w.rng.choice(
        [
            f"I'd like the {x} and the {y} in the bin, I don't want them after all.",
            f"I've changed my mind about the {x} and the {y}, so I want them both thrown in the bin.",
            f"Please get rid of the {x} and the {y}; I'd like them in the bin because I'm not buying them.",
        ]
    )
    return text, _act(binned([x, y]))


def t104_des_child(w: World) -> Made:
    s = w.state
    cands = [
        (x, b) for x in _avail(s) for b in s.bowls if s.base(x) != b and _room(s, b)
    ]
    pair = _pick_pair(w, cands)
    if pair is None:
        return None
    x, bowl = pair
    text = w.rng.choice(
        [
            f"I want the {x} in the {bowl} because it's my favourite bowl!",
            f"I want my {x} to go in the {bowl}, so it can have a nap in there!",
            f"Can the {x} be in the {bowl}? That's its house!",
        ]
    )
    return text, _act(rels(Rel("in", x, bowl)))


# ----- quantified -------------------------------------------------------------------------------------
def t104_qua_engineer(w: World) -> Made:
    s = w.state
    top = min(5, len(_avail(s)))
    if top < 2:
        return None
    n = w.rng.randint(2, top)
    word = _num(n, w.rng.random() < 0.6)
    text = w.rng.choice(
        [
            f"Keep putting blocks into the bin until it holds {word}; that's the batch size for the test.",
            f"Fill the bin with blocks until there are exactly {word} in it, so the scale reading is meaningful.",
            f"I need {word} blocks in the bin for the weight check, any {word} will do.",
        ]
    )
    return text, _act(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n)


def t104_qua_parent(w: World) -> Made:
    s = w.state
    cands = [b for b in s.bowls if 1 <= len(s.in_bowl(b)) <= 5]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    inside = s.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Put every block that's in the {bowl} into the bin, so I can wash the bowl.",
            f"Tip all the blocks out of the {bowl} into the bin; I want to use it for the fruit.",
            f"So I can give the {bowl} a rinse, move all the blocks in it to the bin.",
        ]
    )
    return text, _act(binned(inside))


def t104_qua_teacher(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if not inside:
        return None
    text = w.rng.choice(
        [
            "Take all the blocks out of the bowls and put them on the table, so the children can count them.",
            "So the class can see every block, move all the ones in the bowls onto the table.",
            "Every block that's in a bowl should come out onto the table for the lesson.",
        ]
    )
    return text, _act(lambda _i, f: all(_on_table(f, b) for b in inside))


def t104_qua_colleague(w: World) -> Made:
    s = w.state
    xs = _avail(s)
    if not 3 <= len(xs) <= 6:
        return None
    x = w.rng.choice(xs)
    others = [b for b in xs if b != x]
    text = w.rng.choice(
        [
            f"Put all the blocks except the {x} in the bin; we only need the {x} for the next run.",
            f"Everything but the {x} can go in the bin, since the {x} is the only one I'm testing.",
            f"Bin every block apart from the {x}, I'm keeping that one for the demo.",
        ]
    )
    return text, _act(binned(others), none_binned([x]))


def t104_qua_customer(w: World) -> Made:
    s = w.state
    bowls = [b for b in s.bowls if not s.in_bowl(b)]
    outside = len(_avail(s))
    if not bowls or outside < 2:
        return None
    bowl = w.rng.choice(bowls)
    n = w.rng.randint(2, min(3, outside))
    word = _WORDS[n]
    text = w.rng.choice(
        [
            f"Put any {word} blocks in the {bowl}; I'll take those {word} home with me.",
            f"I'm buying {word} blocks, I don't mind which, so put {word} of them in the {bowl} for me.",
            f"Could you fill the {bowl} with {word} blocks, any of them, so I can carry them to the till?",
        ]
    )
    return text, _act(count_in(bowl, n))


def t104_qua_child(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if not 2 <= len(table) <= layout.MAX_TOWER or _act(rels(Rel("tower", *table)))(
        s, s
    ):
        return None
    text = w.rng.choice(
        [
            "Make one big tower out of all the blocks on the table, so it's taller than my teddy!",
            "Put all the blocks that are on the table into one tower, I want it to be the biggest!",
            "Stack up every block on the table into one tall tower so I can knock it down!",
        ]
    )
    if s.in_bowls():
        text = text.replace(
            "on the table", "on the table (not the ones in the bowls)", 1
        )
    return text, _act(rels(Rel("tower", *table)))


# ----- negated ----------------------------------------------------------------------------------------
def t104_neg_engineer(w: World) -> Made:
    s = w.state
    cands = []
    for bowl in s.bowls:
        inside = s.in_bowl(bowl)
        if 1 <= len(inside) <= 5:
            cands += [(bowl, x) for x in _avail(s) if s.base(x) != bowl]
    if not cands:
        return None
    bowl, x = w.rng.choice(cands)
    inside = s.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Empty the {bowl} into the bin so we can reuse it, but don't touch the {x}; it's still being measured.",
            f"To free up the {bowl}, put what's in it in the bin. Do not move the {x}, it's mid-calibration.",
            f"I need the {bowl} free, so bin its contents, and leave the {x} alone because the probe is on it.",
        ]
    )
    return text, _act(binned(inside), kept(x))


def t104_neg_parent(w: World) -> Made:
    s = w.state
    xs = s.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = s.base(x)
    text = w.rng.choice(
        [
            f"Take the {x} out of the {bowl}, but don't put it in the bin; your sister still wants to play with it.",
            f"Get the {x} out of the {bowl}, please, though not into the bin, because it's your brother's favourite.",
            f"The {x} shouldn't stay in the {bowl}, but don't throw it in the bin either, we still need it.",
        ]
    )
    return text, _act(lambda _i, f: f.base(x) not in (bowl, BIN))


def t104_neg_teacher(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    space = sum(layout.BOWL_CAPACITY - len(s.in_bowl(b)) for b in s.bowls)
    if not table or len(table) > space:
        return None
    everything = s.blocks
    text = w.rng.choice(
        [
            "So that no blocks are left on the table, put every one into a bowl. Not the bin, we still need them.",
            "I want the table clear of blocks for the test, but don't bin any: put them in the bowls.",
            "Tidy every block on the table into the bowls so the desk is clear, and don't throw any into the bin.",
        ]
    )
    return text, _act(lambda _i, f: not f.on_the_table(), none_binned(everything))


def t104_neg_colleague(w: World) -> Made:
    s = w.state
    clear = [b for b in w.clear_blocks() if _depth(s, b) < layout.MAX_TOWER]
    movers = w.clear_blocks()
    cands = [
        (x, y, z) for x in movers for y in clear for z in clear if len({x, y, z}) == 3
    ]
    if not cands:
        return None
    x, y, z = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Stack the {x} on the {y}, not on the {z}; the {z} is reserved for my test.",
            f"Put the {x} on top of the {y}. Don't use the {z}, because I'm weighing it later.",
            f"The {x} should go on the {y} and not on the {z}, so my setup on the {z} stays as it is.",
        ]
    )
    return text, _act(rels(Rel("on", x, y), Rel("on", x, z, negated=True)))


def t104_neg_customer(w: World) -> Made:
    s = w.state
    cands = [b for b in s.bowls if s.in_bowl(b)]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    inside = s.in_bowl(bowl)
    text = w.rng.choice(
        [
            (
                f"I'm taking the {bowl} with my order, so take the blocks out of it and put them on the table, not in "
                f"the bin."
            ),
            (
                f"I don't want any blocks left in the {bowl}, I'm buying the bowl on its own. Put them on the table, "
                f"don't bin them."
            ),
            f"Please empty the {bowl} onto the table so I can buy just the bowl, but don't throw the blocks away.",
        ]
    )
    return text, _act(empty(bowl), lambda _i, f: all(_on_table(f, b) for b in inside))


def t104_neg_child(w: World) -> Made:
    pair = _pick_pair(w, w.pairs())
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"The {x} shouldn't be on the {y} anymore, it makes my tower wobbly!",
            f"I don't want the {x} on top of the {y}! Take it off, it's too wobbly.",
            f"The {x} can't stay on the {y}, because then my tower falls over!",
        ]
    )
    return text, _act(lambda _i, f: f.support[x] != y)


# ----- relative ---------------------------------------------------------------------------------------
def t104_rel_engineer(w: World) -> Made:
    pair = _pick_pair(w, w.pairs())
    if pair is None:
        return None
    top, x = pair
    text = w.rng.choice(
        [
            f"Move the block that's sitting on the {x} onto the table, so the {x} is accessible.",
            f"Whatever block is resting on the {x} has to go on the table; I need to get at the {x}.",
            f"Put the block that's directly on top of the {x} on the table, so the {x} is free for the probe.",
        ]
    )
    return text, _act(rels(Rel("on_table", top), Rel("clear", x)))


def t104_rel_parent(w: World) -> Made:
    s = w.state
    xs = s.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = s.base(x)
    text = w.rng.choice(
        [
            f"The bowl with the {x} in it: empty it out, I need it for the snacks.",
            f"Could you empty the bowl that the {x} is in? We need it for the popcorn.",
            f"Clear out the bowl that has the {x} in it, so I can put the crisps in.",
        ]
    )
    return text, _act(empty(bowl))


def t104_rel_teacher(w: World) -> Made:
    s = w.state
    pairs = [(t, b) for t, b in w.pairs() if len(s.above(b)) == 1]
    pair = _pick_pair(w, pairs)
    if pair is None:
        return None
    top, x = pair
    text = w.rng.choice(
        [
            f"Put the block that's on top of the {x} into the bin, so the children can see the {x} properly.",
            f"The block sitting on the {x} can go in the bin; then everyone can see the {x}.",
            f"So the class can see the whole {x}, throw the block that's on it into the bin.",
        ]
    )
    return text, _act(binned([top]))


def t104_rel_colleague(w: World) -> Made:
    s = w.state
    if len(s.bowls) < 2:
        return None
    order = sorted(s.bowls, key=w.y)
    side = w.rng.choice(["left", "right"])
    bowl, nxt = (order[0], order[1]) if side == "left" else (order[-1], order[-2])
    if abs(w.y(bowl) - w.y(nxt)) < 0.06 or not _room(s, bowl):
        return None
    xs = [x for x in _avail(s) if s.base(x) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Put the {x} in the bowl that's furthest to the {side}, that's the one I'm sorting into.",
            f"Could you drop the {x} into the bowl on the far {side}? I'm collecting the parts there.",
            f"The {x} goes in whichever bowl is the most to the {side}, because that's my bowl.",
        ]
    )
    return text, _act(rels(Rel("in", x, bowl)))


def t104_rel_customer(w: World) -> Made:
    s = w.state
    xs = [x for x in _avail(s) if s.base(x) not in s.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    order = sorted(s.bowls, key=lambda b: w.dist(x, b))
    bowl = order[0]
    if len(order) > 1 and w.dist(x, order[1]) - w.dist(x, bowl) < 0.05:
        return None
    if not _room(s, bowl):
        return None
    text = w.rng.choice(
        [
            f"Put the {x} in the bowl that's closest to it, so it doesn't have far to travel.",
            f"Could the {x} go in the bowl that's nearest to it? It saves time.",
            f"Pop the {x} into whichever bowl is closest to it, so it's quick.",
        ]
    )
    return text, _act(rels(Rel("in", x, bowl)))


def t104_rel_child(w: World) -> Made:
    s = w.state
    lone = []
    for bowl in s.bowls:
        inside = s.in_bowl(bowl)
        if len(inside) == 1:
            b = inside[0]
            lone += [
                (b, bowl, x)
                for x in w.clear_blocks()
                if x != b and _depth(s, x) < layout.MAX_TOWER
            ]
    joins = [
        (x, y)
        for y in s.in_bowls()
        for x in _avail(s)
        if s.base(x) != s.base(y) and _room(s, s.base(y))
    ]
    if lone and (not joins or w.rng.random() < 0.5):
        b, bowl, x = w.rng.choice(lone)
        text = w.rng.choice(
            [
                f"Put the block that's in the {bowl} on top of the {x}, so they can be friends!",
                f"The block that's inside the {bowl} wants to sit on the {x}! Put it there!",
                f"Can you take the block from the {bowl} and put it on the {x}? Then they're a family!",
            ]
        )
        return text, _act(rels(Rel("on", b, x)))
    if not joins:
        return None
    x, y = w.rng.choice(joins)
    text = w.rng.choice(
        [
            f"Put the {x} in the bowl that the {y} is in, so they can be together!",
            f"The {x} is sad, put it in the same bowl as the {y} so it has a friend!",
            f"Can the {x} go in the bowl where the {y} is? They're best friends!",
        ]
    )
    return text, _act(rels(Rel("in", x, s.base(y))))


# ----- keep -------------------------------------------------------------------------------------------
def t104_keep_engineer(w: World) -> Made:
    s = w.state
    xs = _avail(s)
    cands = [(x, y) for x in xs for y in xs if x != y and y not in s.above(x)]
    pair = _pick_pair(w, cands)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Get the {x} into the bin while keeping the {y} exactly where it is; it's our reference.",
            f"In order to clear the test area, bin the {x}, but keep the {y} where it is, it's been calibrated.",
            f"Put the {x} in the bin, and keep the {y} in place, because we measure everything from it.",
        ]
    )
    return text, _act(binned([x]), kept(y))


def t104_keep_parent(w: World) -> Made:
    s = w.state
    cands = [
        (x, b)
        for x in w.clear_blocks()
        for b in s.bowls
        if s.base(x) != b and _room(s, b)
    ]
    pair = _pick_pair(w, cands)
    if pair is None:
        return None
    x, bowl = pair
    others = [b for b in s.blocks if b != x]
    text = w.rng.choice(
        [
            f"Put the {x} in the {bowl}, but keep everything else just as it is, the kids spent ages arranging it.",
            f"Just the {x} goes in the {bowl}; leave the other blocks where they are, they're part of a game.",
            f"Move the {x} into the {bowl} and keep the rest as they are, so the children's game isn't spoiled.",
        ]
    )
    return text, _act(rels(Rel("in", x, bowl)), kept(*others))


def t104_keep_teacher(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    cands = [
        (x, y)
        for x in clear
        for y in clear
        if x != y and _depth(s, y) < layout.MAX_TOWER
    ]
    pair = _pick_pair(w, cands)
    if pair is None:
        return None
    x, y = pair
    others = [b for b in s.blocks if b != x]
    text = w.rng.choice(
        [
            f"Put the {x} on the {y} without moving anything else; the children arranged the rest.",
            f"Stack the {x} onto the {y}, and keep all the other blocks where they are for the lesson.",
            f"So the display stays as the class made it, only move the {x}: put it on the {y}.",
        ]
    )
    return text, _act(rels(Rel("on", x, y)), kept(*others))


def t104_keep_colleague(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    xs = [x for x in w.clear_blocks() if s.base(x) not in s.bowls]
    if not inside or not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Keep the blocks in the bowls where they are and put the {x} in the {place}, so I can scan it.",
            f"Move the {x} to the {place} for the scan, but the blocks in the bowls stay where they are.",
            f"I need the {x} in the {place} for a photo; keep everything that's in the bowls as it is.",
        ]
    )
    return text, _act(rels(Rel("at", x, place)), kept(*inside))


def t104_keep_customer(w: World) -> Made:
    s = w.state
    cands = []
    for z in w.clear_blocks():
        rest = [b for b in _avail(s) if b != z]
        for bowl in s.bowls:
            if s.base(z) != bowl and _room(s, bowl) and len(rest) >= 2:
                cands.append((z, bowl, rest))
    if not cands:
        return None
    z, bowl, rest = w.rng.choice(cands)
    x, y = w.rng.sample(rest, 2)
    text = w.rng.choice(
        [
            (
                f"So the display stays as it is, keep the {x} and the {y} where they are, and just put the {z} in "
                f"the {bowl}."
            ),
            (
                f"I'd like the {z} in the {bowl}, but the {x} and the {y} should stay put; I've already photographed "
                f"them."
            ),
            f"Put the {z} into the {bowl}, please, keeping the {x} and the {y} where they are for my picture.",
        ]
    )
    return text, _act(rels(Rel("in", z, bowl)), kept(x, y))


def t104_keep_child(w: World) -> Made:
    s = w.state
    towers = {tuple(_tower(s, t)) for t, _b in w.pairs()}
    cands = [
        (list(t), x)
        for t in towers
        for x in w.clear_blocks()
        if x not in t and s.base(x) not in s.bowls
    ]
    if not cands:
        return None
    tower, x = w.rng.choice(cands)
    place = w.rng.choice(PLACES)
    top = tower[-1]
    text = w.rng.choice(
        [
            f"Put the {x} in the {place}, but don't knock my tower down! It's the one with the {top} on top.",
            f"Move the {x} to the {place} and keep my tower with the {top} on it just like it is!",
            f"Can the {x} go to the {place}? But my tower with the {top} has to stay exactly the same!",
        ]
    )
    return text, _act(rels(Rel("at", x, place)), kept(*tower))


# ----- multi-step -------------------------------------------------------------------------------------
def t104_multi_engineer(w: World) -> Made:
    s = w.state
    xs = [x for x in _avail(s) if not s.is_clear(x)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"First clear off the {x} so we can reach it, then put it in the bin.",
            f"To retire the {x}, take off whatever is on top of it first and then drop it in the bin.",
            f"Unstack what's sitting on the {x}, then move the {x} itself to the bin; it failed inspection.",
        ]
    )
    return text, _act(binned([x]))


def t104_multi_parent(w: World) -> Made:
    xs = w.pick(_avail(w.state), 2)
    if not xs:
        return None
    x, y = xs
    text = w.rng.choice(
        [
            f"Put the {x} in the bin, and then the {y} too, so I can vacuum under the table.",
            f"First the {x} goes in the bin, then the {y}, because Grandma is coming and I want it tidy.",
            f"Throw the {x} into the bin and after that the {y}, so the little one can't swallow them.",
        ]
    )
    return text, _act(binned([x, y]))


def t104_multi_teacher(w: World) -> Made:
    s = w.state
    xs = [x for x in _avail(s) if s.support[x] != TABLE]
    cands = [(x, y) for x in xs for y in w.clear_blocks() if y != x]
    pair = _pick_pair(w, cands)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"First put the {x} on the table, then stack the {y} on it, so everyone can compare the colours.",
            f"Put the {x} down on the table, and after that put the {y} on top of it, so the class sees the pair.",
            f"For the demonstration, set the {x} on the table first and then place the {y} on it.",
        ]
    )
    return text, _act(rels(Rel("on", y, x), Rel("on_table", x)))


def t104_multi_colleague(w: World) -> Made:
    s = w.state
    cands = [
        (x, b) for x in _avail(s) for b in s.bowls if s.base(x) != b and _room(s, b)
    ]
    pair = _pick_pair(w, cands)
    if pair is None:
        return None
    x, bowl = pair
    ys = [y for y in _avail(s) if y != x]
    if not ys:
        return None
    y, place = w.rng.choice(ys), w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Put the {x} in the {bowl} and then move the {y} to the {place}; I need both set up for the next run.",
            f"First the {x} into the {bowl}, then the {y} over to the {place}, so the rig is ready when I'm back.",
            f"So we can start the trial, drop the {x} in the {bowl}, and after that put the {y} in the {place}.",
        ]
    )
    return text, _act(rels(Rel("in", x, bowl), Rel("at", y, place)))


def t104_multi_customer(w: World) -> Made:
    s = w.state
    xs = s.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = s.base(x)
    ys = [y for y in _avail(s) if s.base(y) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Take the {x} out of the {bowl}, then put the {y} in its place, because I prefer the {y}.",
            f"I'd rather have the {y} than the {x}: first take the {x} out of the {bowl}, then put the {y} in it.",
            f"Swap them for me: the {x} comes out of the {bowl} and the {y} goes in, so my order is right.",
        ]
    )
    return text, _act(rels(Rel("in", x, bowl, negated=True), Rel("in", y, bowl)))


def t104_multi_child(w: World) -> Made:
    s = w.state
    xs = w.pick(_avail(s), 3)
    if not xs:
        return None
    x, y, z = xs
    on_table = f"First put the {x} on the table, then the {y} on it, then the {z} on top, so it's a rainbow tower!"
    text = w.rng.choice(
        [
            on_table,
            f"The {x} goes at the bottom, then the {y}, and then the {z} at the very top! It's my rocket!",
            f"Make a tower: the {x} first, then the {y} on it, and the {z} last, so it looks like a snowman!",
        ]
    )
    floors = (TABLE, *PLACES) if text == on_table else (TABLE, *PLACES, *s.bowls)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[x] in floors and f.support[y] == x and f.support[z] == y

    if check(s, s):
        return None
    return text, _act(check)


# ----- questions --------------------------------------------------------------------------------------
def t104_q_engineer(w: World) -> Made:
    s = w.state
    bowls = [b for b in s.bowls if s.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(s.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Before I start the run, how many blocks are in the {bowl}?",
            f"I need the count for the log: how many blocks does the {bowl} hold right now?",
            f"So I can set the load correctly, how many blocks are sitting in the {bowl}?",
        ]
    )
    return text, answered(str(n))


def t104_q_parent(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        xs = _avail(s)
        cands = [(x, y) for x in xs for y in xs if x != y and x not in s.above(y)]
        if not cands:
            return None
        x, y = w.rng.choice(cands)
        flag = False
    text = w.rng.choice(
        [
            f"Is the {x} on top of the {y}? The baby might knock it over.",
            f"Before I let the toddler near the table: is the {x} sitting on the {y}?",
            f"Is the {x} stacked on the {y}? I don't want it falling on the cat.",
        ]
    )
    return text, answered(yes(flag))


def t104_q_teacher(w: World) -> Made:
    n = len(w.state.in_bowls())
    if n < 1:
        return None
    text = w.rng.choice(
        [
            "So I can fill in the worksheet: how many blocks are in the bowls altogether?",
            "For the register, how many blocks are sitting in bowls right now, all bowls together?",
            "The children want to check their answer: how many blocks are inside the bowls in total?",
        ]
    )
    return text, answered(str(n))


def t104_q_colleague(w: World) -> Made:
    s = w.state
    pairs = [(t, b) for t, b in w.pairs() if len(s.above(b)) == 1]
    pair = _pick_pair(w, pairs)
    if pair is None:
        return None
    top, x = pair
    text = w.rng.choice(
        [
            f"Which block is on the {x}? I need to move it before I start.",
            f"What's sitting on top of the {x}? I have to know what to lift off first.",
            f"Quick one, so I can plan the swap: which block is resting on the {x}?",
        ]
    )
    return text, answered(top)


def t104_q_customer(w: World) -> Made:
    s = w.state
    if not s.bowls:
        return None
    bowl = w.rng.choice(s.bowls)
    text = w.rng.choice(
        [
            f"Is the {bowl} empty? I'd like to buy it on its own.",
            f"I want to take the {bowl} home, is it empty?",
            f"Before I pay for the {bowl}: is it empty?",
        ]
    )
    return text, answered(yes(not s.in_bowl(bowl)))


def t104_q_child(w: World) -> Made:
    s = w.state
    if not s.bowls:
        return None
    bowl = w.rng.choice(s.bowls)
    inside = s.in_bowl(bowl)
    outside = [b for b in _avail(s) if b not in inside]
    if inside and (w.rng.random() < 0.5 or not outside):
        x, flag = w.rng.choice(inside), True
    elif outside:
        x, flag = w.rng.choice(outside), False
    else:
        return None
    text = w.rng.choice(
        [
            f"Is my {x} in the {bowl}? I want to find it!",
            f"Is the {x} inside the {bowl}? I'm looking for it so I can play.",
            f"Did the {x} go in the {bowl}? I can't see it!",
        ]
    )
    return text, answered(yes(flag))


# ----- matching ---------------------------------------------------------------------------------------
def _match_ok(w: World) -> list[Rel] | None:
    s = w.state
    want = matching(w)
    if not want or rels(*want)(s, s):
        return None
    for bowl in s.bowls:
        extra = sum(1 for r in want if r.target == bowl and s.base(r.block) != bowl)
        if not _room(s, bowl, extra):
            return None
    return want


def t104_match_engineer(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "Put each block into the bowl of its own colour, where there is one, so the colour check passes.",
            "To get the sorting test green, every block that has a bowl of the same colour should end up in it.",
            (
                "Sort the blocks by colour into the matching bowls, so that the vision check finds each one where it "
                "belongs."
            ),
        ]
    )
    return text, _act(rels(*want))


def t104_match_parent(w: World) -> Made:
    s = w.state
    want = [
        r for r in matching(w) if s.base(r.block) != r.target and _room(s, r.target)
    ]
    if not want:
        return None
    r = w.rng.choice(want)
    text = w.rng.choice(
        [
            f"Put the {r.block} in the bowl that's the same colour, so your brother knows where it goes.",
            f"The {r.block} goes in the bowl that matches it, so we can find it next time.",
            f"Can you put the {r.block} in the bowl of the same colour? That way the toys stay sorted.",
        ]
    )
    return text, _act(rels(r))


def t104_match_teacher(w: World) -> Made:
    s = w.state
    want = [
        r for r in matching(w) if s.base(r.block) != r.target and _room(s, r.target)
    ]
    if not want:
        return None
    r = w.rng.choice(want)
    text = w.rng.choice(
        [
            f"Put the block that matches the {r.target} into it, so the children can see the pair.",
            f"The block that's the same colour as the {r.target} should go in it, for our colour lesson.",
            f"So the class can see what matching means, put the block of the same colour into the {r.target}.",
        ]
    )
    return text, _act(rels(r))


def t104_match_colleague(w: World) -> Made:
    s = w.state
    wrong = [b for b in s.in_bowls() if w.colour(b) != w.colour(s.base(b))]
    if not wrong:
        return None
    where = {b: s.base(b) for b in wrong}
    text = w.rng.choice(
        [
            "Take any block that's in a bowl of a different colour out and put it on the table, so the sort is clean.",
            "Every block sitting in a bowl that isn't its colour has to come out onto the table, so my sort is clean.",
            "So the colour sort is right, move the blocks that are in the wrong-coloured bowls onto the table.",
        ]
    )
    return text, _act(
        lambda _i, f: all(_on_table(f, b) and f.base(b) != where[b] for b in wrong)
    )


def t104_match_customer(w: World) -> Made:
    s = w.state
    cands = []
    for x in _avail(s):
        base = s.base(x)
        if base in s.bowls and w.colour(base) != w.colour(x):
            continue
        if any(w.colour(b) != w.colour(x) and _room(s, b) for b in s.bowls):
            cands.append(x)
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {x} in a bowl of a different colour, so it stands out in the shop window.",
            f"I'd like the {x} in a bowl that isn't the same colour as it, so there's some contrast.",
            f"For my display, the {x} should sit in a bowl of another colour, so it pops.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        base = f.base(x)
        return (
            f.support[x] != GRIPPER
            and base in f.bowls
            and f.colours[base] != f.colours[x]
        )

    return text, _act(check)


def t104_match_child(w: World) -> Made:
    want = _match_ok(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            "Put the blocks in the bowls that are the same colour, so they're with their mummies!",
            "Every block wants to go home to the bowl of its colour! Put them there!",
            "Make the blocks go in the bowls that match them, so they're not lost!",
        ]
    )
    return text, _act(rels(*want))


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
_STYLES = ("engineer", "parent", "teacher", "colleague", "customer", "child")
FRESH104: list[Template] = [
    (f"t104_{short}_{style}", category, globals()[f"t104_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
