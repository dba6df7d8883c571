"""`FRESH126`, the hundred-and-twenty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

Theme: names given inside the request, and pretend play. The speaker first gives an object or a place a name or a
role ("let's call the blue bowl 'home'", "the bin is a volcano", "x is the red block", "the top left corner is base
camp") and then uses that name; every name is defined in the same message, before or right after its use, and
refers to exactly one object or place. The styles are the speakers:

- parent: "Let's call the blue bowl 'home'. Put the red block home."
- teacher: "Class, for this activity the top left corner is called station one. Move the green block to station one."
- gamemaster: "Pretend the bin is the volcano and throw the pink block in the volcano."
- coder: "Let A be the white bowl and B the cyan bowl: two blocks into A, none into B."
- story: "The red block is a brave knight and the blue block is his horse. Put the knight on his horse."
- colleague: "Quick one: the bottom left corner is the archive from now on. File the green block in the archive, thanks."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Each check also carries `intended_moves`, the (block, target) moves the tester had in mind; only the tester's
self-check replayed them (a satisfiable goal), the suite never reads them.

Its first run (300 instructions, seed 0, on 39a65cc, after every fix before it and before anything it could prompt):
0.037 goal-correct (11 of 300), 277 refused (no name given in a request was read as the thing it named: 'let's call W
home', 'the bin is the volcano', 'let A be W'), 2 asked, 10 wrong, none of them actions: ten wrong replies, each a
question asked with a given name ('Define x as the blue block. Does x have anything on top of it?').
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}


# ----- helpers ----------------------------------------------------------------------------------------
def _hand_free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(*checks: Check) -> Check:
    """The goal, with nothing left in the gripper."""
    return both(_hand_free, *checks)


def _out(text: str, check: Check, *moves: tuple[str, str]) -> Made:
    check.intended_moves = moves  # type: ignore[attr-defined]
    return text, check


def _not(rel: Rel) -> Rel:
    return rel.model_copy(update={"negated": True})


def _height(w: World, block: str) -> int:
    """How many blocks there are from `block` down to the ground of its tower, itself included."""
    n, cur = 1, w.state.support[block]
    while cur in w.state.support:
        n, cur = n + 1, w.state.support[cur]
    return n


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _outside(w: World, bowl: str) -> list[str]:
    """Clear blocks that are not in `bowl` (nor in the bin)."""
    return [b for b in w.clear_blocks() if w.state.base(b) != bowl]


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    """(x, y): x clear, y clear and low enough to take x, x not already on y."""
    clear = w.clear_blocks()
    return [
        (x, y)
        for x in clear
        for y in clear
        if x != y and _height(w, y) < layout.MAX_TOWER and w.state.support[x] != y
    ]


def _clear_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where the top block is clear."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _at_count(place: str, n: int) -> Check:
    return lambda _i, f: (
        sum(f.base(b) == place and f.support[b] != GRIPPER for b in f.blocks) == n
    )


def _not_in_bowl(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _same_contents(bowl: str) -> Check:
    return lambda i, f: set(i.in_bowl(bowl)) == set(f.in_bowl(bowl))


def _all_still_in(bowl: str, blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) == bowl for b in blocks)


def _matching_todo(w: World) -> list[Rel] | None:
    """The colour matching, if some of it is still to do and every bowl has room for what comes."""
    want = matching(w)
    todo = [r for r in want if not holds(r, w.state)]
    if not todo or any(_room(w, r.target) < 1 for r in todo):
        return None
    return want


# ----- imperative ---------------------------------------------------------------------------------------
def t126_imp_parent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if not cands or _room(w, bowl) < 1:
        return None
    blk = w.rng.choice(cands)
    nick, into = w.rng.choice(
        [
            ("home", "home"),
            ("the nest", "in the nest"),
            ("the bathtub", "into the bathtub"),
        ]
    )
    text = w.rng.choice(
        [
            f"Let's call the {bowl} '{nick}'. Put the {blk} {into}.",
            f"Okay sweetie, pretend the {bowl} is {nick}. Can you put the {blk} {into}?",
            f"See the {bowl}? That's {nick} now. Let's pop the {blk} {into}!",
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl))), (blk, bowl))


def t126_imp_teacher(w: World) -> Made:
    place = w.rng.choice(PLACES)
    blk = w.rng.choice(w.clear_blocks())
    nick = w.rng.choice(["station one", "base camp", "the finish line"])
    text = w.rng.choice(
        [
            f"Class, for this activity the {place} is called {nick}. Move the {blk} to {nick}.",
            f"Listen carefully: {nick} is the {place}. Please bring the {blk} to {nick}.",
            f"The {place} is {nick} today. Take the {blk} to {nick}, please.",
        ]
    )
    return _out(text, _goal(rels(Rel("at", blk, place))), (blk, place))


def t126_imp_gamemaster(w: World) -> Made:
    blk = w.rng.choice(w.clear_blocks())
    nick = w.rng.choice(["the volcano", "the lava pit", "the abyss"])
    text = w.rng.choice(
        [
            f"Pretend the bin is {nick} and throw the {blk} in {nick}.",
            f"The bin is {nick}. Your quest: hurl the {blk} into {nick}!",
            f"Roll for initiative! The bin is {nick} now, and you must toss the {blk} into {nick}.",
        ]
    )
    return _out(text, _goal(binned([blk])), (blk, BIN))


def t126_imp_coder(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if not cands or _room(w, bowl) < 1:
        return None
    blk = w.rng.choice(cands)
    a, b = w.rng.choice([("x", "A"), ("src", "dst"), ("item", "target")])
    text = w.rng.choice(
        [
            f"Let {a} be the {blk} and {b} the {bowl}. Move {a} into {b}.",
            f"{b} = the {bowl}; {a} = the {blk}. Put {a} in {b}.",
            f"Put {a} in {b}, where {a} is the {blk} and {b} is the {bowl}.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl))), (blk, bowl))


def t126_imp_story(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    rider, mount = w.rng.choice(
        [("knight", "horse"), ("cowboy", "pony"), ("jockey", "racehorse")]
    )
    text = w.rng.choice(
        [
            f"Our story: the {x} is a brave {rider} and the {y} is his {mount}. Put the {rider} on his {mount}.",
            (
                f"Once upon a time, a {rider} (the {x}) wanted to ride a {mount} (the {y}). "
                f"Set the {rider} on top of the {mount}."
            ),
            f"The {y} is a {mount}, and the {x} is the {rider} who rides it. Help the {rider} climb onto the {mount}.",
        ]
    )
    return _out(text, _goal(rels(Rel("on", x, y))), (x, y))


def t126_imp_colleague(w: World) -> Made:
    place = w.rng.choice(PLACES)
    blk = w.rng.choice(w.clear_blocks())
    nick = w.rng.choice(["the archive", "the outbox", "the done pile"])
    text = w.rng.choice(
        [
            f"Quick one: the {place} is {nick} from now on. File the {blk} in {nick}, thanks.",
            f"Let's call the {place} '{nick}'. Can you move the {blk} to {nick}?",
            f"FYI we're using the {place} as {nick}. Please send the {blk} over to {nick}.",
        ]
    )
    return _out(text, _goal(rels(Rel("at", blk, place))), (blk, place))


# ----- declarative --------------------------------------------------------------------------------------
def t126_dec_parent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if not cands or _room(w, bowl) < 1:
        return None
    blk = w.rng.choice(cands)
    pet, house = w.rng.choice(
        [("rubber duck", "bathtub"), ("puppy", "doghouse"), ("car", "garage")]
    )
    text = w.rng.choice(
        [
            f"The {bowl} is the {house}, and the {blk} is the {pet}. The {pet} goes in the {house}.",
            (
                f"This is the {house} (the {bowl}) and this is the {pet} (the {blk}). "
                f"The {pet} sleeps in the {house} tonight."
            ),
            f"Pretend the {blk} is a {pet} and the {bowl} is its {house}. The {pet} belongs in its {house}.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl))), (blk, bowl))


def t126_dec_teacher(w: World) -> Made:
    place = w.rng.choice(PLACES)
    blk = w.rng.choice(w.clear_blocks())
    text = w.rng.choice(
        [
            f"Here's the setup: the {place} is the finish line, and the {blk} ends up at the finish line.",
            f"Today the {place} is our finish line. The {blk} is the runner, and the runner finishes at the finish line.",
            f"The {blk} is team captain, and the {place} is the meeting spot. The team captain waits at the meeting spot.",
        ]
    )
    return _out(text, _goal(rels(Rel("at", blk, place))), (blk, place))


def t126_dec_gamemaster(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if len(cands) < 2 or _room(w, bowl) < 2:
        return None
    a, b = w.pick(cands, 2)
    text = w.rng.choice(
        [
            (
                f"The {bowl} is the dragon's hoard. The {a} is the ruby and the {b} is the emerald, "
                "and both gems end up in the hoard."
            ),
            (
                f"In this dungeon the {bowl} is the treasure chest, the {a} is the golden idol and the {b} is the "
                "silver crown. The idol and the crown belong in the treasure chest."
            ),
            (
                f"The party's loot: the {a} is the amulet, the {b} is the sword. "
                f"The loot goes in the adventurer's pack, which is the {bowl}."
            ),
        ]
    )
    return _out(
        text, _goal(rels(Rel("in", a, bowl), Rel("in", b, bowl))), (a, bowl), (b, bowl)
    )


def t126_dec_coder(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Spec: let x = the {x} and y = the {y}. Postcondition: x is on top of y.",
            f"Given src := the {x} and dst := the {y}, the expected end state is src stacked on dst.",
            f"Assertion after the run: a sits directly on b, with a being the {x} and b the {y}.",
        ]
    )
    return _out(text, _goal(rels(Rel("on", x, y))), (x, y))


def t126_dec_story(w: World) -> Made:
    blk = w.rng.choice(w.clear_blocks())
    text = w.rng.choice(
        [
            (
                f"In our tale the bin is the bottomless well, and the {blk} is the wicked witch. "
                "At the end, the witch falls into the bottomless well."
            ),
            f"The {blk} is a grumpy troll and the bin is the deep dark pit. The troll ends the story in the pit.",
            f"This is the story of the {blk}, a sneaky goblin, who lands in the swamp; the swamp is the bin.",
        ]
    )
    return _out(text, _goal(binned([blk])), (blk, BIN))


def t126_dec_colleague(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if not cands or _room(w, bowl) < 1:
        return None
    blk = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Heads up: we're calling the {bowl} the done pile. The {blk} belongs in the done pile.",
            (
                f"FYI, the {bowl} is the outbox for this sprint, and the {blk} is ready to ship, "
                f"so the {blk} goes in the outbox."
            ),
            f"Naming convention: the {bowl} is 'review'. The {blk} is headed to review.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl))), (blk, bowl))


# ----- desiderative -------------------------------------------------------------------------------------
def t126_des_parent(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The {x} is teddy and the {y} is teddy's pillow. I'd like teddy to sleep on his pillow.",
            f"Let's pretend the {x} is a kitty and the {y} is her cushion. I want the kitty on her cushion!",
            f"Ooh, the {y} can be the bed and the {x} is the dolly. I want the dolly lying on the bed.",
        ]
    )
    return _out(text, _goal(rels(Rel("on", x, y))), (x, y))


def t126_des_teacher(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if not cands or _room(w, bowl) < 1:
        return None
    blk = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Let's call the {bowl} the library. I'd like the {blk} to be in the library, please.",
            f"Boys and girls, the {bowl} is our reading nook. I would like the {blk} put in the reading nook.",
            f"The {bowl} is the lost-and-found box today. I'd love to see the {blk} in the lost-and-found box.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl))), (blk, bowl))


def t126_des_gamemaster(w: World) -> Made:
    place = w.rng.choice(PLACES)
    blk = w.rng.choice(w.clear_blocks())
    text = w.rng.choice(
        [
            f"The {place} is the portal. I want the hero, that's the {blk}, standing at the portal.",
            f"Adventurers, the {place} is the ancient shrine. I'd like the paladin - the {blk} - to reach the shrine.",
            f"For this quest, the {place} is the exit gate, and the {blk} is the rogue. I want the rogue at the exit gate.",
        ]
    )
    return _out(text, _goal(rels(Rel("at", blk, place))), (blk, place))


def t126_des_coder(w: World) -> Made:
    blk = w.rng.choice(w.clear_blocks())
    text = w.rng.choice(
        [
            f"Let bucket = the bin. I want x in bucket, where x is the {blk}.",
            f"Alias trash to the bin. I'd like the {blk} (call it obj) moved into trash.",
            f"I want garbage to contain x, where garbage means the bin and x means the {blk}.",
        ]
    )
    return _out(text, _goal(binned([blk])), (blk, BIN))


def t126_des_story(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if not cands or _room(w, bowl) < 1:
        return None
    blk = w.rng.choice(cands)
    text = w.rng.choice(
        [
            (
                f"The {bowl} is the princess's castle and the {blk} is the princess. "
                "I'd love for the princess to get back inside her castle."
            ),
            f"I wish the little fox, the {blk}, were safe in its den. Its den is the {bowl}.",
            (
                f"Let the {bowl} be the enchanted pond. I'd like the frog prince, who is the {blk}, "
                "to be in the enchanted pond."
            ),
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl))), (blk, bowl))


def t126_des_colleague(w: World) -> Made:
    cands = w.clear_blocks()
    if len(cands) < 2:
        return None
    place = w.rng.choice(PLACES)
    a, b = w.pick(cands, 2)
    text = w.rng.choice(
        [
            f"Could we treat the {place} as the staging area? I'd want the {a} and the {b} both in the staging area.",
            f"Let's call the {place} 'staging'. Ideally the {a} and the {b} would both end up in staging.",
            f"I'd like the {a} and the {b} over at the loading dock, by which I mean the {place}.",
        ]
    )
    return _out(
        text,
        _goal(rels(Rel("at", a, place), Rel("at", b, place))),
        (a, place),
        (b, place),
    )


# ----- quantified ---------------------------------------------------------------------------------------
def _top_first(w: World, blocks: list[str]) -> list[str]:
    return sorted(blocks, key=lambda b: -_height(w, b))


def t126_qua_parent(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = w.rng.choice([2, 3])
    if len(w.blocks) < n:
        return None
    num = _NUMBERS[n]
    text = w.rng.choice(
        [
            f"The {bowl} is the toy box. Let's put {num} blocks in the toy box!",
            f"Pretend the {bowl} is a basket. Can you put {num} blocks in the basket, sweetie?",
            f"The {bowl} is the cookie jar, and the blocks are cookies. Put exactly {num} cookies in the cookie jar.",
        ]
    )
    chosen = _top_first(w, w.pick(w.blocks, n))
    return _out(text, _goal(count_in(bowl, n)), *((b, bowl) for b in chosen))


def t126_qua_teacher(w: World) -> Made:
    place = w.rng.choice(PLACES)
    n = w.rng.choice([2, 3])
    if len(w.blocks) < n:
        return None
    num = _NUMBERS[n]
    text = w.rng.choice(
        [
            f"The {place} is base camp. Bring {num} blocks to base camp.",
            (
                f"Let's call the {place} 'the gathering spot'. I need {num} blocks at the gathering spot - "
                "no more, no fewer."
            ),
            f"Everyone, the {place} is home base. Exactly {num} blocks should go to home base.",
        ]
    )
    chosen = _top_first(w, w.pick(w.blocks, n))
    return _out(text, _goal(_at_count(place, n)), *((b, place) for b in chosen))


def t126_qua_gamemaster(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = w.rng.choice(
        [
            "The bin is a volcano. Throw every block into the volcano!",
            "Final battle: the bin is the dragon's mouth. Feed it all of the blocks!",
            "The bin is the portal to the underworld, and every last block must go through the portal.",
        ]
    )
    return _out(
        text, _goal(binned(w.blocks)), *((b, BIN) for b in _top_first(w, w.blocks))
    )


def t126_qua_coder(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(bowls) < 2:
        return None
    a, b = w.pick(bowls, 2)
    text = w.rng.choice(
        [
            f"Let A be the {a} and B the {b}: two blocks into A, none into B.",
            f"A := the {a}, B := the {b}. Put 2 blocks in A and 0 in B.",
            f"With A = the {a} and B = the {b}, fill A with exactly two blocks and leave B empty.",
        ]
    )
    chosen = _top_first(w, w.pick(w.blocks, 2))
    return _out(text, _goal(count_in(a, 2), empty(b)), *((x, a) for x in chosen))


def t126_qua_story(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not 2 <= len(on_table) <= 5:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"The {place} is a tiny island, and the blocks on the table are shipwrecked sailors. "
                "Every sailor swims to the island."
            ),
            (
                f"Once upon a time, all the blocks on the table were sheep, and the {place} was their meadow. "
                "Lead every sheep to the meadow."
            ),
            f"The {place} is the campfire. All of the blocks on the table gather at the campfire.",
        ]
    )
    check = _goal(rels(*(Rel("at", b, place) for b in on_table)))
    return _out(text, check, *((b, place) for b in _top_first(w, on_table)))


def t126_qua_colleague(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    cur = len(inside)
    options = []
    outside = _outside(w, bowl)
    if cur + 1 <= layout.BOWL_CAPACITY and outside:
        options.append(cur + 1)
    if cur >= 2:
        options.append(cur - 1)
    if not options:
        return None
    n = w.rng.choice(options)
    num = _NUMBERS[n]
    noun = "block" if n == 1 else "blocks"
    text = w.rng.choice(
        [
            f"Let's call the {bowl} the inbox. Make sure the inbox ends up with exactly {num} {noun} in it.",
            f"The {bowl} is our in-tray. By the end, I need {num} {noun} in the in-tray, no more and no less.",
            f"We'll call the {bowl} 'the queue'. The queue should hold exactly {num} {noun} when you're done.",
        ]
    )
    if n > cur:
        move = (w.rng.choice(outside), bowl)
    else:
        move = (next(b for b in inside if w.state.is_clear(b)), TABLE)
    return _out(text, _goal(count_in(bowl, n)), move)


# ----- negated ------------------------------------------------------------------------------------------
def t126_neg_parent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if not cands:
        return None
    car = w.rng.choice(cands)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"The {bowl} is the garage and the {car} is a car. Don't put the car in the garage - "
                f"park it at the {place} instead."
            ),
            (
                f"Pretend the {car} is a car. The garage (that's the {bowl}) is closed today, so the car doesn't go "
                f"in there; drive it to the {place}."
            ),
            (
                f"Let's say the {car} is a fire truck and the {bowl} is the fire station. Not into the fire station "
                f"this time - take the truck to the {place}."
            ),
        ]
    )
    return _out(
        text,
        _goal(rels(Rel("at", car, place), _not(Rel("in", car, bowl)))),
        (car, place),
    )


def t126_neg_teacher(w: World) -> Made:
    bob = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != bob]
    if not 2 <= len(others) <= 5:
        return None
    text = w.rng.choice(
        [
            f"The bin is the recycling. Everything except Bob goes in the recycling - Bob is the {bob}.",
            f"Let's call the {bob} Bob. Put all the blocks in the recycling bin, but not Bob.",
            (
                f"The bin will be our recycling box today. Every block but the {bob} - he's Bob - goes into the "
                "recycling box."
            ),
        ]
    )
    moves = [(b, BIN) for b in _top_first(w, others)]
    if not w.state.is_clear(bob) or w.state.support[bob] in w.state.support:
        moves.insert(
            0, (bob, TABLE)
        )  # Bob out of the way first (the self-check's moves only)
    return _out(text, _goal(binned(others), none_binned([bob])), *moves)


def t126_neg_gamemaster(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"The {bowl} is quicksand! Get every block out of the quicksand, but don't throw any of them in the bin.",
            (
                f"The {bowl} is a pool of acid. Rescue all the blocks from the acid pool - and no, the bin is not a "
                "safe place for them."
            ),
            (
                f"Warning, adventurer: the {bowl} is a cursed pit. Pull every block out of the cursed pit, "
                "and don't drop any in the bin."
            ),
        ]
    )
    return _out(
        text,
        _goal(empty(bowl), none_binned(inside)),
        *((b, TABLE) for b in _top_first(w, inside)),
    )


def t126_neg_coder(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, b = w.pick(w.bowls, 2)
    cands = _outside(w, a)
    if w.state.in_bowl(b) or _room(w, a) < 1 or not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Let A = the {a} and B = the {b}. Move x into A, where x is the {x}; nothing should go into B.",
            f"A is the {a}, B is the {b}, x is the {x}. Put x in A. Do not put anything in B.",
            f"Define A as the {a} and B as the {b}. x (the {x}) goes into A, never into B, and B stays empty.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", x, a)), empty(b)), (x, a))


def t126_neg_story(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            (
                f"The {top} is a dragon sleeping on the {below}, which is a treasure chest. Move the dragon off the "
                "treasure chest, but don't throw it in the bin."
            ),
            (
                f"Our hero, the {below}, is trapped under a troll: the {top}. Get the troll off our hero - but the "
                "troll must not end up in the bin."
            ),
            (
                f"The {below} is a little mouse and the {top} is the cat sitting on it. Shoo the cat off the mouse, "
                "just not into the bin."
            ),
        ]
    )
    return _out(
        text, _goal(rels(_not(Rel("on", top, below))), none_binned([top])), (top, TABLE)
    )


def t126_neg_colleague(w: World) -> Made:
    cands = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    bowl = w.state.base(blk)
    text = w.rng.choice(
        [
            f"The {bowl} is the outbox. Take the {blk} out of the outbox, but not into the bin - the table is fine.",
            (
                f"We're calling the {bowl} 'pending'. The {blk} shouldn't be in pending anymore; move it out, and "
                "please don't bin it."
            ),
            f"Call the {bowl} the archive. Pull the {blk} out of the archive - it shouldn't go in the bin either.",
        ]
    )
    return _out(text, _goal(_not_in_bowl(blk, bowl), none_binned([blk])), (blk, TABLE))


# ----- relative -----------------------------------------------------------------------------------------
def t126_rel_parent(w: World) -> Made:
    pairs = _clear_pairs(w)
    bowl = w.rng.choice(w.bowls)
    pairs = [(t, b) for t, b in pairs if w.state.base(t) != bowl]
    if not pairs or _room(w, bowl) < 1:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"See the block sitting on the {below}? That's Kitty. Let's put Kitty in the {bowl}.",
            f"The block that's on top of the {below} is called Kitty. Can you put Kitty in the {bowl}?",
            f"We'll call the block resting on the {below} 'Kitty'. Put Kitty into the {bowl}, please.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", top, bowl))), (top, bowl))


def t126_rel_teacher(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I'll call the block under the {top} 'the step'. Put the step in the bin.",
            f"The block that the {top} is sitting on is called the step. Please put the step in the bin.",
            f"Let's name the block right below the {top} 'Bob'. Put Bob in the bin.",
        ]
    )
    return _out(text, _goal(binned([below])), (below, BIN))


def t126_rel_gamemaster(w: World) -> Made:
    held = w.in_bowls()
    if not held:
        return None
    blk = w.rng.choice(held)
    bowl = w.state.base(blk)
    cands = _outside(w, bowl)
    if not cands or _room(w, bowl) < 1:
        return None
    b2 = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"The bowl that holds the {blk} is the dungeon. Put the {b2} in the dungeon too.",
            f"Whichever bowl the {blk} is in, that's the prison. Throw the {b2} into the prison.",
            f"The bowl with the {blk} inside is the goblin camp. Sneak the {b2} into the goblin camp.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", b2, bowl))), (b2, bowl))


def t126_rel_coder(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    cands = [b for b in w.clear_blocks() if b != x and _height(w, b) < layout.MAX_TOWER]
    if not cands:
        return None
    y = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Let x be whichever block is in the {bowl} (there's just one). Move x onto the {y}.",
            f"x := the block inside the {bowl}. Stack x on the {y}.",
            f"Take the block that's in the {bowl}, call it x, and put x on top of the {y}.",
        ]
    )
    return _out(text, _goal(rels(Rel("on", x, y))), (x, y))


def t126_rel_story(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(w.bowls) < 2 or len(empties) != 1:
        return None
    bowl = empties[0]
    blk = w.rng.choice(w.clear_blocks())
    text = w.rng.choice(
        [
            f"The bowl with nothing in it is the empty nest. The {blk} is a baby bird - fly it to the empty nest.",
            (
                f"Once there was a bird, the {blk}, looking for a home. The only bowl with no blocks in it became her "
                "nest. Put the bird in her nest."
            ),
            f"The bowl that's still empty is a cozy cave, and the {blk} is a sleepy bear. Put the bear in the cozy cave.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl))), (blk, bowl))


def t126_rel_colleague(w: World) -> Made:
    pairs = _clear_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"The block sitting on top of the {below} - let's call it the blocker - needs to go to the {place}.",
            f"Call whatever block is on the {below} 'the blocker'. Move the blocker to the {place}, please.",
            (
                f"Can you take the block that's stacked on the {below}? We'll call it the blocker. "
                f"Put the blocker at the {place}."
            ),
        ]
    )
    return _out(text, _goal(rels(Rel("at", top, place))), (top, place))


# ----- keep ---------------------------------------------------------------------------------------------
def t126_keep_parent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if not cands or _room(w, bowl) < 1:
        return None
    b2 = w.rng.choice(cands)
    others = [b for b in w.blocks if b != b2]
    if not others:
        return None
    b1 = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Shh, the {b1} is the sleeping baby - don't move the baby! Put the {b2} in the {bowl}.",
            (
                f"The {b1} is napping, so let's leave the little napper right where it is. "
                f"Now, put the {b2} in the {bowl}."
            ),
            f"Pretend the {b1} is a sleeping puppy. Keep the puppy where it is while you put the {b2} in the {bowl}.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", b2, bowl)), kept(b1)), (b2, bowl))


def t126_keep_teacher(w: World) -> Made:
    bowls = [
        b for b in w.bowls if w.state.in_bowl(b) and _room(w, b) >= 1 and _outside(w, b)
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    blk = w.rng.choice(_outside(w, bowl))
    i = w.rng.randrange(3)
    text = [
        (
            f"The {bowl} is the 'finished' tray. Keep whatever is already in the finished tray where it is, "
            f"and add the {blk} to it."
        ),
        f"Let's call the {bowl} the done box. Leave the blocks in the done box alone and put the {blk} in there too.",
        f"The {bowl} is our treasure box. Don't take anything out of the treasure box; just put the {blk} in it.",
    ][i]
    keep = kept(*inside) if i < 2 else _all_still_in(bowl, inside)
    return _out(text, _goal(rels(Rel("in", blk, bowl)), keep), (blk, bowl))


def t126_keep_gamemaster(w: World) -> Made:
    cands = w.clear_blocks()
    if len(cands) < 2 or len(w.blocks) < 3:
        return None
    b2, b3 = w.pick(cands, 2)
    b1 = w.rng.choice([b for b in w.blocks if b not in (b2, b3)])
    text = w.rng.choice(
        [
            f"The {b1} is a stone statue: it never moves. Throw the {b2} and the {b3} into the lava, which is the bin.",
            (
                f"In this room the {b1} is a cursed statue - don't touch it! The bin is a lava pit; drop the {b2} and "
                f"the {b3} into the lava pit."
            ),
            (
                f"The bin is the lava and the {b1} is the sleeping golem. Without moving the golem, toss the {b2} and "
                f"the {b3} in the lava."
            ),
        ]
    )
    return _out(text, _goal(binned([b2, b3]), kept(b1)), (b2, BIN), (b3, BIN))


def t126_keep_coder(w: World) -> Made:
    b2 = w.rng.choice(w.clear_blocks())
    b1 = w.rng.choice([b for b in w.blocks if b != b2])
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"const anchor = the {b1}; anchor must not move. Move the {b2} to home, where home is the {place}.",
            f"Let anchor be the {b1} and home the {place}. Put the {b2} at home, keeping anchor fixed.",
            f"Pin the {b1} (call it anchor) in place. Then send the {b2} to the {place}, which we'll call home.",
        ]
    )
    return _out(text, _goal(rels(Rel("at", b2, place)), kept(b1)), (b2, place))


def t126_keep_story(w: World) -> Made:
    towers = [
        (t, b) for t, b in _clear_pairs(w) if w.state.support[b] not in w.state.support
    ]
    if not towers:
        return None
    top, below = w.rng.choice(towers)
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _outside(w, bowl) if b != top]
    if not cands or _room(w, bowl) < 1:
        return None
    blk = w.rng.choice(cands)
    text = w.rng.choice(
        [
            (
                f"The {below} with the {top} on it is a castle, and the castle must stay standing just as it is. "
                f"Meanwhile the {blk}, a traveller, goes into the {bowl}."
            ),
            (
                f"Let's say the little tower of the {top} on the {below} is the king's castle. Leave the castle "
                f"untouched, and move the {blk} into the {bowl}."
            ),
            (
                f"The stack made of the {below} and the {top} is an old lighthouse; nobody moves the lighthouse. "
                f"The {blk} is our boat: put the boat in the {bowl}."
            ),
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl)), kept(top, below)), (blk, bowl))


def t126_keep_colleague(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b) and _outside(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blk = w.rng.choice(_outside(w, bowl))
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Let's call the {bowl} the archive - leave the archive exactly as it is. Move the {blk} to the {place}.",
            (
                f"The {bowl} is the archive, so nothing in it gets touched and nothing new goes in. "
                f"Please take the {blk} to the {place}."
            ),
            f"Treat the {bowl} as the archive: hands off. Meanwhile, move the {blk} over to the {place}.",
        ]
    )
    check = _goal(
        rels(Rel("at", blk, place)), _same_contents(bowl), kept(*w.state.in_bowl(bowl))
    )
    return _out(text, check, (blk, place))


# ----- multi-step ---------------------------------------------------------------------------------------
def t126_multi_parent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if len(cands) < 2 or _room(w, bowl) < 2:
        return None
    car, b2 = w.pick(cands, 2)
    text = w.rng.choice(
        [
            (
                f"The {bowl} is the garage and the {car} is a car. First drive the car into the garage, then park the "
                f"{b2} on top of the car."
            ),
            (
                f"Let's play: the {car} is a car, the {bowl} is its garage. Put the car in the garage, and after that "
                f"put the {b2} on the car."
            ),
            (
                f"Pretend the {bowl} is a garage. The {car} is the car - park it in the garage first. "
                f"Then put the {b2} on the car's roof."
            ),
        ]
    )
    return _out(
        text,
        _goal(rels(Rel("in", car, bowl), Rel("on", b2, car))),
        (car, bowl),
        (b2, car),
    )


def t126_multi_teacher(w: World) -> Made:
    cands = w.clear_blocks()
    if len(cands) < 2:
        return None
    blk, b2 = w.pick(cands, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Step one: the {place} is station A, and the {blk} goes there. Step two: the {b2} goes on top of it.",
            f"Let's call the {place} station A. First move the {blk} to station A; next, stack the {b2} on the {blk}.",
            f"Station A is the {place}. Take the {blk} to station A, then put the {b2} on top of it.",
        ]
    )
    return _out(
        text,
        _goal(rels(Rel("at", blk, place), Rel("on", b2, blk))),
        (blk, place),
        (b2, blk),
    )


def t126_multi_gamemaster(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if len(cands) < 2 or _room(w, bowl) < 1:
        return None
    b1, b2 = w.pick(cands, 2)
    text = w.rng.choice(
        [
            (
                f"The bin is the abyss and the {b1} is the cursed idol. First, throw the idol into the abyss. "
                f"Then put the {b2} in the {bowl}."
            ),
            (
                f"The {b1} is a cursed idol and the bin is a bottomless pit. Toss the idol into the pit, and once "
                f"that's done, move the {b2} into the {bowl}."
            ),
            f"Two tasks, hero. The bin is the abyss: cast the {b1} into it. After that, place the {b2} in the {bowl}.",
        ]
    )
    return _out(
        text, _goal(binned([b1]), rels(Rel("in", b2, bowl))), (b1, BIN), (b2, bowl)
    )


def t126_multi_coder(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if len(cands) < 2 or _room(w, bowl) < 1:
        return None
    x, y = w.pick(cands, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"x = the {x}; y = the {y}. Step 1: move x into the {bowl}. Step 2: move x to the {place}. "
                "Step 3: put y on x."
            ),
            (
                f"Let x be the {x} and y the {y}. First put x in the {bowl}, then move x to the {place}, "
                "and finally stack y on x."
            ),
            (
                f"With x := the {x} and y := the {y}: x goes into the {bowl}, then x goes to the {place}, "
                "then y goes on top of x."
            ),
        ]
    )
    return _out(
        text,
        _goal(rels(Rel("at", x, place), Rel("on", y, x))),
        (x, bowl),
        (x, place),
        (y, x),
    )


def t126_multi_story(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _outside(w, bowl)
    if len(cands) < 2 or _room(w, bowl) < 1:
        return None
    b1, b2 = w.pick(cands, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"The {b1} is the hare and the {b2} is the tortoise. The hare hops into the {bowl}, and after that "
                f"the tortoise crawls to the {place}."
            ),
            (
                f"First the hare - that's the {b1} - leaps into the {bowl}; then the tortoise, the {b2}, wanders over "
                f"to the {place}."
            ),
            (
                f"In our fable the {bowl} is the pond. The frog, the {b1}, jumps into the pond first, then the snail, "
                f"the {b2}, slides to the {place}."
            ),
        ]
    )
    return _out(
        text,
        _goal(rels(Rel("in", b1, bowl), Rel("at", b2, place))),
        (b1, bowl),
        (b2, place),
    )


def t126_multi_colleague(w: World) -> Made:
    options = []
    for bowl in w.bowls:
        inside = [b for b in w.state.in_bowl(bowl) if w.state.is_clear(b)]
        outside = _outside(w, bowl)
        if inside and outside:
            options.append((bowl, inside, outside))
    if not options:
        return None
    bowl, inside, outside = w.rng.choice(options)
    b1, b2 = w.rng.choice(inside), w.rng.choice(outside)
    text = w.rng.choice(
        [
            (
                f"Let's call the bin the shredder and the {bowl} the outbox. Take the {b1} out of the outbox and "
                f"shred it, then put the {b2} in the outbox."
            ),
            (
                f"The {bowl} is the outbox and the bin is the shredder. First the {b1} goes from the outbox to the "
                f"shredder; after that, the {b2} goes into the outbox."
            ),
            (
                f"Housekeeping: the {bowl} is 'outgoing', the bin is 'trash'. Move the {b1} from outgoing to trash, "
                f"then drop the {b2} into outgoing."
            ),
        ]
    )
    return _out(
        text, _goal(binned([b1]), rels(Rel("in", b2, bowl))), (b1, BIN), (b2, bowl)
    )


# ----- question -----------------------------------------------------------------------------------------
def t126_q_parent(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    pool = inside if inside and (w.rng.random() < 0.5 or not outside) else outside
    car = w.rng.choice(pool)
    flag = w.state.base(car) == bowl
    text = w.rng.choice(
        [
            f"The {car} is a car and the {bowl} is the garage. Is the car in the garage?",
            f"Is the car (the {car}) in the garage? The garage is the {bowl}.",
            f"Pretend the {bowl} is the garage and the {car} is a car. Is the car parked in the garage?",
        ]
    )
    return text, answered(yes(flag))


def t126_q_teacher(w: World) -> Made:
    bowls = [
        b
        for b in w.bowls
        if w.state.in_bowl(b)
        and all(w.state.support[x] == b for x in w.state.in_bowl(b))
    ]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Let's call the {bowl} box A. How many blocks are in box A?",
            f"Class, the {bowl} is basket one. How many blocks are in basket one?",
            f"The {bowl} is the fishbowl today. Count the blocks in the fishbowl: how many are there?",
        ]
    )
    return text, answered(str(n))


def t126_q_gamemaster(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The block on top of the {below} is the treasure. What colour is the treasure?",
            f"There's a gem resting on the {below}; call it the treasure. What colour is the treasure?",
            f"The block sitting on the {below} is the magic orb. What colour is the orb?",
        ]
    )
    return text, answered(w.colour(top))


def t126_q_coder(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    clear = [b for b in w.blocks if w.state.is_clear(b)]
    pool = covered if covered and w.rng.random() < 0.5 else clear
    x = w.rng.choice(pool)
    text = w.rng.choice(
        [
            f"let x = the {x}. Is anything stacked on x?",
            f"Is there a block on top of x? x is the {x}.",
            f"Define x as the {x}. Does x have anything on top of it?",
        ]
    )
    return text, answered(yes(not w.state.is_clear(x)))


def t126_q_story(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blk = w.state.in_bowl(bowl)[0]
    text = w.rng.choice(
        [
            f"The {bowl} is the castle. Which block lives in the castle?",
            f"Once upon a time there was a castle, the {bowl}, and one block lived inside it. Which block is it?",
            f"Let's say the {bowl} is the wizard's hut. Which block is in the wizard's hut?",
        ]
    )
    return text, answered(f"{w.colour(blk)} block")


def t126_q_colleague(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        flag = True
    else:

        def below_chain(x: str) -> list[str]:
            out, cur = [], w.state.support[x]
            while cur in w.state.support:
                out.append(cur)
                cur = w.state.support[cur]
            return out

        cands = [
            (x, y)
            for x in w.blocks
            for y in w.blocks
            if x != y and y not in below_chain(x)
        ]
        a, b = w.rng.choice(cands)
        flag = False
    text = w.rng.choice(
        [
            f"Call the {a} 'Alpha' and the {b} 'Beta'. Is Alpha sitting on Beta?",
            f"Quick check - Alpha is the {a}, Beta is the {b}. Is Alpha on top of Beta?",
            f"Is Alpha stacked on Beta? By Alpha I mean the {a}, and Beta is the {b}.",
        ]
    )
    return text, answered(yes(flag))


# ----- matching -----------------------------------------------------------------------------------------
def _match_moves(w: World, want: list[Rel]) -> list[tuple[str, str]]:
    return [(r.block, r.target) for r in want if not holds(r, w.state)]


def _single_match(w: World) -> tuple[str, str] | None:
    cands = [
        (r.block, r.target)
        for r in matching(w)
        if not holds(r, w.state) and _room(w, r.target) >= 1
    ]
    return w.rng.choice(cands) if cands else None


def t126_match_parent(w: World) -> Made:
    want = _matching_todo(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            (
                "Let's pretend the bowls are houses and the blocks are kids. Each kid lives in the house that's the same "
                "colour as them. Send the kids home!"
            ),
            (
                "The bowls are nests and the blocks are baby birds. Put every baby bird that has a nest of its own "
                "colour into that nest."
            ),
            "Okay, the bowls are beds and the blocks are teddies. Tuck each teddy into the bed that matches its colour.",
        ]
    )
    return _out(text, _goal(rels(*want)), *_match_moves(w, want))


def t126_match_teacher(w: World) -> Made:
    want = _matching_todo(w)
    if want is None:
        return None
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            (
                "Let's call each bowl a team, named after its colour. Every block joins the team of its own colour, "
                "if there is one."
            ),
            "Each bowl is a team today. Put each block in the team that has the same colour as it, if there is one.",
            (
                f"The bowls are team baskets: the {bowl} is team {w.colour(bowl)}, and so on. Sort the blocks into "
                "the team basket of their colour where there is one."
            ),
        ]
    )
    return _out(text, _goal(rels(*want)), *_match_moves(w, want))


def t126_match_gamemaster(w: World) -> Made:
    found = _single_match(w)
    if found is None:
        return None
    blk, bowl = found
    text = w.rng.choice(
        [
            (
                f"The {blk} is a key, and it only fits the chest of the same colour. The chests are the bowls. "
                "Put the key in its chest."
            ),
            (
                f"The bowls are treasure chests and the {blk} is a magic key. Drop the key into the chest that matches "
                "its colour."
            ),
            f"Your key is the {blk}. Each bowl is a locked chest; the key goes in the chest of its own colour.",
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl))), (blk, bowl))


def t126_match_coder(w: World) -> Made:
    want = _matching_todo(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            (
                "Define home(b) as the bowl whose colour equals b's colour. For every block b that has a home, "
                "put b in home(b)."
            ),
            (
                "Let home(b) = the bowl with the same colour as block b. Move each block b into home(b) wherever "
                "home(b) exists."
            ),
            (
                "For each block, call the same-coloured bowl its bucket (if one exists). Put every block that has a "
                "bucket in its bucket."
            ),
        ]
    )
    return _out(text, _goal(rels(*want)), *_match_moves(w, want))


def t126_match_story(w: World) -> Made:
    found = _single_match(w)
    if found is None:
        return None
    blk, bowl = found
    text = w.rng.choice(
        [
            (
                f"The {blk} is a lost duckling, and its mother is the bowl of the same colour. "
                "Bring the duckling back to its mother."
            ),
            (
                f"Once upon a time a little lamb - the {blk} - lost its way. Its home is the bowl that shares its "
                "colour. Lead the lamb home."
            ),
            (
                f"The {blk} is a tiny dragon whose cave is the bowl of its own colour. Help the dragon get back into "
                "its cave."
            ),
        ]
    )
    return _out(text, _goal(rels(Rel("in", blk, bowl))), (blk, bowl))


def t126_match_colleague(w: World) -> Made:
    want = _matching_todo(w)
    if want is None:
        return None
    text = w.rng.choice(
        [
            (
                "Treat each bowl as a folder labelled by its colour. File each block into its matching folder - "
                "blocks without a folder can stay where they are."
            ),
            (
                "Think of the bowls as folders, one per colour. Every block whose colour has a folder goes into "
                "that folder."
            ),
            (
                "Let's call each bowl the folder for its colour. Sort the blocks into the folder of the same colour; "
                "the rest can stay put."
            ),
        ]
    )
    return _out(text, _goal(rels(*want)), *_match_moves(w, want))


# ----- the batch ----------------------------------------------------------------------------------------
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
_STYLES = ("parent", "teacher", "gamemaster", "coder", "story", "colleague")
FRESH126: list[Template] = [
    (f"t126_{short}_{style}", category, globals()[f"t126_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
