"""`FRESH142`, the hundred-and-forty-third untuned batch: sixty language templates, six per category, for the offline planner.

Theme: the bin, as people talk about it. Every request or question is about throwing blocks away, fishing them
back out, emptying the bin, keeping things out of it or asking what is in it. Many scenes start with blocks
already in the bin: the scene generator never puts any there, so such templates move clear blocks into the
bin's slots by editing the world's perceived scene (`w.scene.objects`, in place) and its symbolic state
together, before writing the sentence; the instance must therefore be scored on `w.scene` as `make` left it.
The bin holds at most `len(layout.BIN_SLOTS)` (five) blocks, a bowl `layout.BOWL_CAPACITY`, a tower
`layout.MAX_TOWER`; every request respects them. The six styles:

- plain: "Put the red block in the bin."
- polite: "Could you please take the blue block back out of the bin and put it in the white bowl?"
- slang: "Fish the pink block out of the trash and stick it on the green block."
- terse: "Bin the red block and the cyan block."
- chatty: "Ugh, that stack with the red block at the bottom is junk now, just throw the whole thing in the bin."
- british: "Pop the yellow block from the blue bowl in the bin, would you?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(One slip: a grep of the lexicon for `BIN`/`TABLE`/`GRIPPER` also printed four lines of its contents, synonym
patterns for the bin (such as "trash can", "rubbish bin", "garbage", "wastebasket") and for the table; the
tester then also printed one generated `Scene` at run time to learn the fields of a perceived object.)

Its first run (300 instructions, seed 0, on c1ff1f2, the code of 29efe15, after every fix before it and before anything
it could prompt): 0.60 goal-correct (180 of 300), 102 refused, 3 asked, 15 wrong, six of them actions: 'tip everything in
the bin out onto the table, then put X in the bin' left the bin's blocks in it (four times: 'everything' never meant what
is in the bin); 'X and Y are keepers, everything else on the table in the bin' binned a keeper; 'the ones (in the bin)
whose colour matches a bowl should go back in that bowl' moved a block from the table; nine wrong replies ('how many
blocks aren't in the bin?', a request ending 'would you?' answered with the help text).
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
    kept,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, GRIPPER, PLACES
from sim.core.relations import Rel
from sim.core.symbolic import SymState

BIN_CAP = len(layout.BIN_SLOTS)
MARGIN = 0.03  # metres: "left of", "nearest" must win by this much


# ----- helpers --------------------------------------------------------------------------------------
def _binned_now(s: SymState) -> list[str]:
    return [b for b in s.blocks if s.base(b) == BIN]


def _room(w: World) -> int:
    return BIN_CAP - len(_binned_now(w.state))


def _out(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _level(s: SymState, b: str) -> int:
    """1 for a block resting on a table, bowl or place; 2 for one on such a block; ..."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_top(w: World, b: str) -> bool:
    """Another block may be put straight onto `b` (clear, not in the bin, tower not full)."""
    s = w.state
    return s.is_clear(b) and s.base(b) != BIN and _level(s, b) < layout.MAX_TOWER


def _bowl_room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """The goal holds and the gripper is empty."""
    return both(*checks, _free)


def _not_in_bin(blocks: list[str]) -> Check:
    """Out of the bin and put down somewhere (not left in the gripper)."""
    return lambda _i, f: all(f.base(b) not in (BIN, GRIPPER) for b in blocks)


def _on_table(blocks: list[str]) -> Check:
    """On the table in the everyday sense: the tower stands on the table or a place on it."""
    return lambda _i, f: all(b in f.on_the_table() for b in blocks)


def _bin_count(n: int) -> Check:
    return lambda _i, f: len(_binned_now(f)) == n


def _drop(w: World, block: str) -> None:
    """Move a clear block into the next free bin slot, in the perceived scene and the symbolic state alike."""
    dx, dy = layout.BIN_SLOTS[len(_binned_now(w.state))]
    pos = (layout.BIN_CENTER[0] + dx, layout.BIN_CENTER[1] + dy, layout.BLOCK_SIZE / 2)
    objs = w.scene.objects
    i = next(k for k, o in enumerate(objs) if o.name == block)
    objs[i] = objs[i].model_copy(update={"support": BIN, "position": pos})
    w.state.support[block] = BIN


def _seed(w: World, k: int, among: list[str] | None = None) -> list[str] | None:
    """Throw `k` clear blocks (from `among`, if given) into the bin first; None when that is not possible."""
    if k > _room(w):
        return None
    done: list[str] = []
    for _ in range(k):
        options = [b for b in w.clear_blocks() if among is None or b in among]
        if not options:
            return None
        b = w.rng.choice(options)
        _drop(w, b)
        done.append(b)
    return done


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


def _and(names: list[str]) -> str:
    parts = [f"the {n}" for n in names]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _bowl_of(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _tower_of(s: SymState, b: str) -> list[str]:
    """Every block in the tower that holds `b`."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *s.above(bottom)]


# ----- imperative -----------------------------------------------------------------------------------
def t142_imp_plain(w: World) -> Made:
    x = w.pick(_out(w))
    if not x or _room(w) < 1:
        return None
    x = x[0]
    text = w.rng.choice(
        [
            f"Put the {x} in the bin.",
            f"Throw the {x} away.",
            f"Place the {x} into the bin.",
        ]
    )
    return text, _done(binned([x]))


def t142_imp_polite(w: World) -> Made:
    bowls = w.pick([b for b in w.bowls if _bowl_room(w, b)])
    y = _seed(w, 1)
    if not bowls or not y:
        return None
    y, z = y[0], bowls[0]
    text = w.rng.choice(
        [
            f"Could you please take the {y} back out of the bin and put it in the {z}?",
            f"Would you mind fishing the {y} out of the bin and setting it in the {z}, please?",
            f"Please retrieve the {y} from the bin and place it in the {z}.",
        ]
    )
    return text, _done(rels(Rel("in", y, z)))


def t142_imp_slang(w: World) -> Made:
    y = _seed(w, 1)
    if not y:
        return None
    y = y[0]
    xs = w.pick([b for b in w.blocks if b != y and _can_top(w, b)])
    if not xs:
        return None
    x = xs[0]
    text = w.rng.choice(
        [
            f"Fish the {y} out of the trash and stick it on the {x}.",
            f"Grab the {y} outta the garbage and slap it on top of the {x}.",
            f"Dig the {y} back out of the trash and put it on top of the {x}.",
        ]
    )
    return text, _done(rels(Rel("on", y, x)))


def t142_imp_terse(w: World) -> Made:
    two = w.pick(_out(w), 2)
    if not two or _room(w) < 2:
        return None
    a, b = two
    text = w.rng.choice(
        [
            f"Bin the {a} and the {b}.",
            f"{_cap(a)} and {b} in the bin.",
            f"The {a} and the {b}, into the bin.",
        ]
    )
    return text, _done(binned([a, b]))


def t142_imp_chatty(w: World) -> Made:
    s = w.state
    bottoms = [
        b
        for b in w.blocks
        if s.support[b] not in s.support and s.base(b) != BIN and s.above(b)
    ]
    x = w.pick(bottoms)
    if not x:
        return None
    x = x[0]
    tower = [x, *s.above(x)]
    if len(tower) > _room(w):
        return None
    text = w.rng.choice(
        [
            f"Ugh, that stack with the {x} at the bottom is junk now, just throw the whole thing in the bin.",
            f"Okay so that whole tower, from the {x} at the bottom up, can go in the bin, thanks.",
            f"Honestly I'm done with that pile with the {x} at the bottom, toss all of it in the bin, {x} and all.",
        ]
    )
    return text, _done(binned(tower))


def t142_imp_british(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x or _room(w) < 1:
        return None
    x = x[0]
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"Pop the {x} from the {bowl} in the bin, would you?",
            f"Take the {x} out of the {bowl} and chuck it in the rubbish, please.",
            f"Could you bin the {x} that's in the {bowl}? Cheers.",
        ]
    )
    return text, _done(binned([x]))


# ----- declarative ----------------------------------------------------------------------------------
def t142_dec_plain(w: World) -> Made:
    x = w.pick(_out(w))
    if not x or _room(w) < 1:
        return None
    x = x[0]
    text = w.rng.choice(
        [
            f"The {x} should end up in the bin.",
            f"The {x} goes in the bin.",
            f"The {x} belongs in the bin.",
        ]
    )
    return text, _done(binned([x]))


def t142_dec_polite(w: World) -> Made:
    two = w.pick(_out(w), 2)
    if not two or _room(w) < 2:
        return None
    a, b = two
    text = w.rng.choice(
        [
            f"I'd like the bin to end up holding the {a} and the {b}, please.",
            f"When you're done, the bin should hold the {a} and the {b}, please.",
            f"The {a} and the {b} should both be in the bin at the end, if you would.",
        ]
    )
    return text, _done(binned([a, b]))


def t142_dec_slang(w: World) -> Made:
    y = _seed(w, w.rng.randint(1, 2))
    if not y:
        return None
    y = y[-1]
    text = w.rng.choice(
        [
            f"The {y}'s gotta end up back on the table, not in the trash.",
            f"That {y} in the garbage? It's supposed to be on the table.",
            f"The {y} ain't trash, it's meant to be out on the table.",
        ]
    )
    return text, _done(_on_table([y]))


def t142_dec_terse(w: World) -> Made:
    two = w.pick(_out(w), 2)
    if not two or _room(w) < 1:
        return None
    x, y = two
    bowls = [b for b in w.bowls if w.state.base(y) != b and _bowl_room(w, b)]
    if not bowls:
        return None
    z = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"{_cap(x)} in the bin, {y} in the {z}. That's the goal.",
            f"Target: the {x} binned, the {y} in the {z}.",
            f"End result: {x} in the bin and {y} in the {z}.",
        ]
    )
    return text, _done(binned([x]), rels(Rel("in", y, z)))


def t142_dec_chatty(w: World) -> Made:
    k = w.rng.randint(1, 2)
    bowls = w.pick([b for b in w.bowls if _bowl_room(w, b, k)])
    seeded = _seed(w, k)
    if not bowls or not seeded:
        return None
    z = bowls[0]
    text = w.rng.choice(
        [
            f"So what I'm after is an empty bin, everything that's in there now should be back in the {z}.",
            f"Basically the bin should end up empty, with whatever's in it right now sitting in the {z} instead.",
            f"What I want at the end is nothing in the bin and all of its contents in the {z}.",
        ]
    )
    return text, _done(rels(*(Rel("in", b, z) for b in seeded)))


def t142_dec_british(w: World) -> Made:
    x = w.pick(w.in_bowls())
    if not x or _room(w) < 1:
        return None
    x = x[0]
    z = w.state.base(x)
    text = w.rng.choice(
        [
            f"By the end, the {x} ought to be in the rubbish bin rather than the {z}.",
            f"The {x} oughtn't be in the {z}; its proper place is the bin.",
            f"That {x} in the {z} belongs in the bin, really.",
        ]
    )
    return text, _done(binned([x]))


# ----- desiderative ---------------------------------------------------------------------------------
def t142_des_plain(w: World) -> Made:
    x = w.pick(_out(w))
    if not x or _room(w) < 1:
        return None
    x = x[0]
    text = w.rng.choice(
        [
            f"I want the {x} in the bin.",
            f"I'd like the {x} thrown away.",
            f"I want to get rid of the {x}, so put it in the bin.",
        ]
    )
    return text, _done(binned([x]))


def t142_des_polite(w: World) -> Made:
    bowls = w.pick([b for b in w.bowls if _bowl_room(w, b)])
    y = _seed(w, w.rng.randint(1, 2))
    if not bowls or not y:
        return None
    y, z = y[0], bowls[0]
    text = w.rng.choice(
        [
            f"I'd like the {y} out of the bin and back in the {z}, please.",
            f"If you could, I'd like the {y} rescued from the bin and put in the {z}.",
            f"I would really appreciate having the {y} taken out of the bin and placed in the {z}.",
        ]
    )
    return text, _done(rels(Rel("in", y, z)))


def t142_des_slang(w: World) -> Made:
    two = w.pick(_out(w), 2)
    if not two or _room(w) < 2:
        return None
    a, b = two
    text = w.rng.choice(
        [
            f"I wanna see the {a} and the {b} in the trash.",
            f"I need the {a} and the {b} gone, trash 'em.",
            f"I want the {a} and the {b} in the garbage, like, now.",
        ]
    )
    return text, _done(binned([a, b]))


def t142_des_terse(w: World) -> Made:
    if not _seed(w, w.rng.randint(1, 3)):
        return None
    text = w.rng.choice(
        ["Want the bin empty.", "I need the bin emptied.", "I want an empty bin."]
    )
    return text, _done(_not_in_bin(w.blocks))


def t142_des_chatty(w: World) -> Made:
    y = _seed(w, w.rng.randint(1, 2))
    if not y:
        return None
    y = y[0]
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"You know what, I'd rather the {y} wasn't in the bin after all. I'd like it at the {p}.",
            f"Changed my mind about the {y}: I want it out of the bin and sitting at the {p}.",
            f"Hmm, actually I'd like the {y} back. Could it go at the {p} instead of the bin?",
        ]
    )
    return text, _done(rels(Rel("at", y, p)))


def t142_des_british(w: World) -> Made:
    x = w.pick(_out(w))
    if not x or _room(w) < 1:
        return None
    x = x[0]
    text = w.rng.choice(
        [
            f"I'd quite like the {x} binned, if it's no bother.",
            f"I'd rather like the {x} in the rubbish, please.",
            f"I should like the {x} chucked in the bin, ta.",
        ]
    )
    return text, _done(binned([x]))


# ----- quantified -----------------------------------------------------------------------------------
def t142_qua_plain(w: World) -> Made:
    bowls = [b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= _room(w)]
    if not bowls:
        return None
    z = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put every block from the {z} in the bin.",
            f"Throw away all the blocks in the {z}.",
            f"Empty the {z} into the bin.",
        ]
    )
    return text, _done(binned(w.state.in_bowl(z)))


def t142_qua_polite(w: World) -> Made:
    table = w.state.on_the_table()
    x = w.pick(table)
    if not x:
        return None
    x = x[0]
    others = [b for b in table if b != x]
    if not 0 < len(others) <= _room(w):
        return None
    text = w.rng.choice(
        [
            f"Could you please throw away everything that's on the table except the {x}?",
            f"Would you bin all the blocks on the table apart from the {x}, please?",
            f"Please put every block on the table in the bin, all but the {x}.",
        ]
    )
    return text, _done(binned(others), none_binned([x]))


def t142_qua_slang(w: World) -> Made:
    if len(_out(w)) < 2 or _room(w) < 2:
        return None
    n = len(_binned_now(w.state)) + 2
    text = w.rng.choice(
        [
            "Toss any two blocks in the trash.",
            "Chuck two blocks in the garbage, don't care which.",
            "Pick whatever two blocks you like and trash 'em.",
        ]
    )
    return text, _done(_bin_count(n))


def t142_qua_terse(w: World) -> Made:
    if len(w.blocks) > BIN_CAP:
        return None
    _seed(w, w.rng.randint(0, 1))
    text = w.rng.choice(
        ["Everything in the bin.", "All blocks into the bin.", "Bin every block."]
    )
    return text, _done(binned(w.blocks))


def t142_qua_chatty(w: World) -> Made:
    seeded = _seed(w, w.rng.randint(2, 3))
    if not seeded:
        return None
    text = w.rng.choice(
        [
            "There's a bunch of stuff in the bin, could you pull all of it out and just leave it on the table somewhere?",
            "So everything in the bin, all of it, can come back out onto the table, wherever's fine.",
            "Okay, whatever's sitting in the bin, take every last block out and put them on the table.",
        ]
    )
    return text, _done(_on_table(seeded))


def t142_qua_british(w: World) -> Made:
    s = w.state
    cands = [
        b for b in s.on_the_table() if s.support[b] not in s.support
    ]  # towers' bottoms
    w.rng.shuffle(cands)
    for x in cands:
        tower = set(_tower_of(s, x))
        rest = [b for b in _out(w) if b not in tower]
        if any(abs(w.y(b) - w.y(x)) < MARGIN for b in rest):
            continue
        left = [b for b in rest if w.y(b) < w.y(x)]
        if 0 < len(left) <= _room(w):
            break
    else:
        return None
    text = w.rng.choice(
        [
            f"Chuck all the blocks to the left of the {x} in the rubbish.",
            f"Everything left of the {x}, bin the lot, would you?",
            f"Could you put every block that's to the left of the {x} in the bin, please?",
        ]
    )
    return text, _done(binned(left))


def t142_neg_plain(w: World) -> Made:
    if _room(w) < 1:
        return None
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != BIN]
    if pairs and w.rng.random() < 0.6:
        y, x = w.rng.choice(pairs)
    else:
        two = w.pick(_out(w), 2)
        if not two:
            return None
        x, y = two
    text = w.rng.choice(
        [
            f"Put the {x} in the bin, but leave the {y} out of it.",
            f"Throw away the {x} but not the {y}.",
            f"Bin the {x}. Don't bin the {y}, though.",
        ]
    )
    return text, _done(binned([x]), none_binned([y]))


def t142_neg_polite(w: World) -> Made:
    y = _seed(w, w.rng.randint(1, 2))
    if not y:
        return None
    y = y[-1]
    text = w.rng.choice(
        [
            f"Please take the {y} out of the bin; it shouldn't be in there.",
            f"The {y} isn't meant to be in the bin. Could you take it out, please?",
            f"Would you kindly get the {y} out of the bin? It doesn't belong there.",
        ]
    )
    return text, _done(_not_in_bin([y]))


def t142_neg_slang(w: World) -> Made:
    bowls = [b for b in w.bowls if 2 <= len(w.state.in_bowl(b)) <= _room(w) + 1]
    if bowls:
        z = w.rng.choice(bowls)
        inside = w.state.in_bowl(z)
        x = w.rng.choice(inside)
        others = [b for b in inside if b != x]
        text = w.rng.choice(
            [
                f"Trash everything in the {z} except the {x}.",
                f"Dump all the stuff in the {z} in the garbage, but not the {x}.",
                f"Everything in the {z} goes in the trash, minus the {x}.",
            ]
        )
        return text, _done(binned(others), none_binned([x]))
    out = _out(w)
    if len(out) < 2 or len(out) - 1 > _room(w):
        return None
    x = w.rng.choice(out)
    others = [b for b in out if b != x]
    text = w.rng.choice(
        [
            f"Trash every single block except the {x}.",
            f"Dump all the blocks in the garbage, but not the {x}.",
        ]
    )
    return text, _done(binned(others), none_binned([x]))


def t142_neg_terse(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x or _room(w) < 1:
        return None
    x = x[0]
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"{_cap(x)} in the bin. Don't touch anything else.",
            f"Bin the {x}; nothing else moves.",
            f"Only the {x} in the bin, nothing else gets moved.",
        ]
    )
    return text, _done(binned([x]), kept(*others))


def t142_neg_chatty(w: World) -> Made:
    s = w.state
    xs = w.pick([b for b in _out(w) if s.above(b) and len(s.above(b)) <= _room(w)])
    if xs:
        x = xs[0]
        text = w.rng.choice(
            [
                f"Go ahead and throw out whatever's sitting on the {x}, just don't throw the {x} itself away.",
                f"Everything stacked on top of the {x} can go in the bin, but not the {x}, okay?",
                f"So the stuff piled on the {x}? Bin it. The {x} stays out of the bin though.",
            ]
        )
        return text, _done(binned(s.above(x)), none_binned([x]))
    x = w.pick(_out(w))
    if not x or _room(w) < 1:
        return None
    x = x[0]
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"Okay, the {x} can go in the bin, but please don't throw anything else out, alright?",
            f"So yeah, bin the {x}, but nothing else goes in the bin, okay?",
        ]
    )
    return text, _done(binned([x]), none_binned(others))


def t142_neg_british(w: World) -> Made:
    x = w.pick(_out(w))
    if not x:
        return None
    x = x[0]
    bowls = [b for b in w.bowls if w.state.base(x) != b and _bowl_room(w, b)]
    if not bowls:
        return None
    z = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Don't chuck the {x} in the bin, pop it in the {z} instead.",
            f"Mind you don't bin the {x}; it wants to go in the {z}.",
            f"Not the rubbish for the {x}, please. The {z}.",
        ]
    )
    return text, _done(rels(Rel("in", x, z)))


# ----- relative -------------------------------------------------------------------------------------
def t142_rel_plain(w: World) -> Made:
    if _room(w) < 1:
        return None
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != BIN]
    if pairs:
        y, x = w.rng.choice(pairs)
        text = w.rng.choice(
            [
                f"Put the block that's on the {x} in the bin.",
                f"Throw away the block sitting on top of the {x}.",
                f"Take the block that is resting on the {x} and put it in the bin.",
            ]
        )
        return text, _done(binned([y]))
    s = w.state
    singles = [
        b for b in s.on_the_table() if s.support[b] not in s.support and s.is_clear(b)
    ]
    w.rng.shuffle(singles)
    for x in singles:
        others = sorted((b for b in _out(w) if b != x), key=lambda b: w.dist(b, x))
        if others and (
            len(others) == 1 or w.dist(others[1], x) - w.dist(others[0], x) >= MARGIN
        ):
            y = others[0]
            break
    else:
        return None
    text = w.rng.choice(
        [
            f"Put the block that's closest to the {x} in the bin.",
            f"Throw away the block that is nearest to the {x}.",
        ]
    )
    return text, _done(binned([y]))


def t142_rel_polite(w: World) -> Made:
    bowls = [b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= _room(w)]
    if not bowls:
        return None
    z = w.rng.choice(bowls)
    inside = w.state.in_bowl(z)
    if len(inside) == 1:
        options = [
            f"Could you throw away the block that's in the {z}, please?",
            f"Would you mind putting the block in the {z} into the bin?",
            f"Please bin the block that is sitting in the {z}.",
        ]
    else:
        options = [
            f"Could you throw away the blocks that are in the {z}, please?",
            f"Would you mind putting the blocks that are sitting in the {z} into the bin?",
        ]
    return w.rng.choice(options), _done(binned(inside))


def t142_rel_slang(w: World) -> Made:
    bowls = w.pick([b for b in w.bowls if _bowl_room(w, b)])
    y = _seed(w, 1)
    if not bowls or not y:
        return None
    y, z = y[0], bowls[0]
    text = w.rng.choice(
        [
            f"Grab the block that's in the trash and stick it in the {z}.",
            f"That block that ended up in the garbage, yeah, fish it out and drop it in the {z}.",
            f"The block in the trash? Get it out and into the {z}.",
        ]
    )
    return text, _done(rels(Rel("in", y, z)))


def t142_rel_terse(w: World) -> Made:
    if _room(w) < 1:
        return None
    cx, cy = layout.BIN_CENTER

    def d(b: str) -> float:
        x, y = _xy(w, b)
        return ((x - cx) ** 2 + (y - cy) ** 2) ** 0.5

    cands = sorted(_out(w), key=d)
    if not cands:
        return None
    best = cands[0]
    if len(cands) > 1 and d(cands[1]) - d(best) < MARGIN:
        return None  # a tall tower or a near tie: no single nearest block
    text = w.rng.choice(
        [
            "Bin whichever block is closest to the bin.",
            "The block nearest the bin: into the bin.",
            "Closest block to the bin goes in it.",
        ]
    )
    return text, _done(binned([best]))


def t142_rel_chatty(w: World) -> Made:
    if _room(w) < 1:
        return None
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != BIN]
    if pairs:
        y, x = w.rng.choice(pairs)
        text = w.rng.choice(
            [
                f"See the block that the {y} is sitting on? That one's garbage, toss it.",
                f"The block right under the {y}, yeah, that one can go in the bin.",
                f"So the block the {y} is stacked on top of, I don't need it anymore, throw it out.",
            ]
        )
        return text, _done(binned([x]))
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    z = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"You see the block that's sitting in the {z}? That one's junk, toss it.",
            f"Oh, and the block that's in the {z}, I don't need it anymore, throw it out.",
        ]
    )
    return text, _done(binned(w.state.in_bowl(z)))


def t142_rel_british(w: World) -> Made:
    if _room(w) < 1:
        return None
    cands = sorted(_out(w), key=w.y)
    if not cands:
        return None
    best = cands[0]
    if len(cands) > 1 and w.y(cands[1]) - w.y(best) < MARGIN:
        return None  # a tower or a near tie on the far left
    text = w.rng.choice(
        [
            "The block that's furthest to the left, bin it, would you?",
            "Could you pop the block on the far left in the rubbish?",
            "Whichever block is leftmost, chuck it in the bin, please.",
        ]
    )
    return text, _done(binned([best]))


# ----- keep -----------------------------------------------------------------------------------------
def t142_keep_plain(w: World) -> Made:
    x = w.pick(_out(w))
    if not x or _room(w) < 1:
        return None
    x = x[0]
    ys = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"Throw away the {x}, but keep the {y} where it is.",
            f"Put the {x} in the bin and keep the {y} exactly where it is.",
            f"Keep the {y} where it is and throw the {x} in the bin.",
        ]
    )
    return text, _done(binned([x]), kept(y))


def t142_keep_polite(w: World) -> Made:
    if not _seed(w, w.rng.randint(1, 2)):
        return None
    x = w.pick(_out(w))
    if not x:
        return None
    x = x[0]
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"Please keep the bin for the {x} only: put it in there and take anything else out.",
            f"Could the bin be just for the {x}, please? Anything else in it should come out.",
            f"I'd like you to keep the bin for the {x} alone, please, so nothing else stays in it.",
        ]
    )
    return text, _done(binned([x]), none_binned(others))


def t142_keep_slang(w: World) -> Made:
    seeded = _seed(w, 2)
    if not seeded:
        return None
    y, z = seeded
    text = w.rng.choice(
        [
            f"Keep the {y} in the trash, but pull the {z} out.",
            f"Leave the {y} in the garbage, just get the {z} outta there.",
            f"The {y} stays in the trash. The {z}, dig that one out.",
        ]
    )
    return text, _done(binned([y]), _not_in_bin([z]))


def t142_keep_terse(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls or _room(w) < 1:
        return None
    z = w.rng.choice(bowls)
    xs = w.pick([b for b in _out(w) if w.state.base(b) != z])
    if not xs:
        return None
    x = xs[0]
    text = w.rng.choice(
        [
            f"Bin the {x}; keep the {z} as is.",
            f"{_cap(x)} to the bin. Keep the {z} the way it is.",
            f"The {x} in the bin, the {z} kept as it is.",
        ]
    )
    inside = set(w.state.in_bowl(z))
    same = lambda _i, f: set(f.in_bowl(z)) == inside  # nothing added, nothing taken out
    return text, _done(binned([x]), kept(*inside), same)


def t142_keep_chatty(w: World) -> Made:
    table = w.state.on_the_table()
    two = w.pick(table, 2)
    if not two:
        return None
    x, y = two
    rest = [b for b in table if b not in two]
    if not 0 < len(rest) <= _room(w):
        return None
    text = w.rng.choice(
        [
            f"I'd like to keep the {x} and the {y}, so throw away everything else on the table.",
            f"Okay, I'm keeping the {x} and the {y}. The rest of the stuff on the table can go in the bin.",
            f"So the {x} and the {y} are keepers, everything else that's on the table, in the bin please.",
        ]
    )
    return text, _done(binned(rest), none_binned([x, y]))


def t142_keep_british(w: World) -> Made:
    y = _seed(w, w.rng.randint(1, 2))
    if not y:
        return None
    y = y[0]
    text = w.rng.choice(
        [
            f"Fish the {y} out of the bin and keep hold of it, would you?",
            f"Could you get the {y} out of the rubbish and hang on to it for me?",
            f"Retrieve the {y} from the bin and keep it in the gripper for now, please.",
        ]
    )
    return text, rels(Rel("held", y))


# ----- multi-step -----------------------------------------------------------------------------------
def t142_multi_plain(w: World) -> Made:
    two = w.pick(_out(w), 2)
    if not two or _room(w) < 2:
        return None
    a, b = two
    text = w.rng.choice(
        [
            f"Put the {a} in the bin, then put the {b} in the bin too.",
            f"First throw away the {a}, and after that the {b}.",
            f"Put the {a} in the bin. Then do the same with the {b}.",
        ]
    )
    return text, _done(binned([a, b]))


def t142_multi_polite(w: World) -> Made:
    two = w.pick(_out(w), 2)
    if not two or _room(w) < 1:
        return None
    x, y = two
    bowls = [b for b in w.bowls if w.state.base(x) != b and _bowl_room(w, b)]
    if not bowls:
        return None
    z = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Could you first put the {x} in the {z} and then throw the {y} away?",
            f"Would you please move the {x} into the {z}, and after that put the {y} in the bin?",
            f"First the {x} into the {z}, please, and then could you bin the {y}?",
        ]
    )
    return text, _done(rels(Rel("in", x, z)), binned([y]))


def t142_multi_slang(w: World) -> Made:
    x = w.pick(_out(w))
    if not x or _room(w) < 1:
        return None
    x = x[0]
    bowls = [b for b in w.bowls if w.state.base(x) != b and _bowl_room(w, b)]
    if not bowls:
        return None
    z = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Toss the {x} in the trash, then fish it right back out and drop it in the {z}.",
            f"Chuck the {x} in the garbage, then grab it back out and stick it in the {z}.",
            f"Trash the {x}, then change your mind and dig it out and put it in the {z}.",
        ]
    )
    return text, _done(rels(Rel("in", x, z)))


def t142_multi_terse(w: World) -> Made:
    y = _seed(w, 1)
    if not y:
        return None
    y = y[0]
    xs = w.pick([b for b in w.blocks if b != y and _can_top(w, b)])
    if not xs:
        return None
    x = xs[0]
    ws = w.pick([b for b in _out(w) if b not in _tower_of(w.state, x)])
    if not ws:
        return None
    v = ws[0]
    text = w.rng.choice(
        [
            f"{_cap(y)} out of the bin and onto the {x}, then the {v} into the bin.",
            f"First the {y} from the bin onto the {x}; then bin the {v}.",
            f"Get the {y} out of the bin, onto the {x}. Then bin the {v}.",
        ]
    )
    return text, _done(rels(Rel("on", y, x)), binned([v]))


def t142_multi_chatty(w: World) -> Made:
    seeded = _seed(w, w.rng.randint(1, 2))
    if not seeded:
        return None
    x = w.pick(_out(w))
    if not x:
        return None
    x = x[0]
    text = w.rng.choice(
        [
            f"Alright, first empty the bin out onto the table, and after that throw the {x} in there.",
            f"Okay, step one: tip everything in the bin out onto the table. Step two: the {x} goes in the bin.",
            f"So can you dump whatever's in the bin onto the table first, and then put the {x} in the bin?",
        ]
    )
    return text, _done(_on_table(seeded), binned([x]))


def t142_multi_british(w: World) -> Made:
    if _room(w) < 1:
        return None
    s = w.state
    tops = [b for b in w.blocks if _can_top(w, b)]
    v = w.pick(tops)
    if not v:
        return None
    v = v[0]
    ys = [b for b in _out(w) if b != v and v not in s.above(b)]
    y = w.pick(ys)
    if not y:
        return None
    y = y[0]
    xs = w.pick([b for b in _out(w) if b not in (v, y)])
    if not xs:
        return None
    x = xs[0]
    text = w.rng.choice(
        [
            f"Pop the {x} in the bin, then stack the {y} on the {v}.",
            f"Chuck the {x} in the rubbish first, and then pop the {y} on top of the {v}, would you?",
            f"Bin the {x}, and once that's done, put the {y} on the {v}, please.",
        ]
    )
    return text, _done(binned([x]), rels(Rel("on", y, v)))


# ----- question -------------------------------------------------------------------------------------
def t142_q_plain(w: World) -> Made:
    k = w.rng.randint(0, 3)
    if _seed(w, k) is None:
        return None
    text = w.rng.choice(
        [
            "How many blocks are in the bin?",
            "How many blocks are there in the bin right now?",
            "How many blocks have been thrown in the bin?",
        ]
    )
    return text, answered(str(len(_binned_now(w.state))))


def t142_q_polite(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    x = x[0]
    if w.rng.random() < 0.5 and _seed(w, 1, [x]) is None:
        return None
    text = w.rng.choice(
        [
            f"Could you tell me whether the {x} is in the bin?",
            f"Would you mind telling me if the {x} is in the bin, please?",
            f"Excuse me, is the {x} in the bin?",
        ]
    )
    return text, answered(yes(w.state.base(x) == BIN))


def t142_q_slang(w: World) -> Made:
    if _seed(w, w.rng.randint(0, 2)) is None:
        return None
    text = w.rng.choice(
        [
            "Is there anything in the trash right now?",
            "Anything in the garbage at the moment?",
            "Yo, is there any stuff in the trash?",
        ]
    )
    return text, answered(yes(bool(_binned_now(w.state))))


def t142_q_terse(w: World) -> Made:
    y = _seed(w, 1)
    if not y:
        return None
    text = w.rng.choice(
        ["Which block is in the bin?", "What's in the bin?", "Bin contents?"]
    )
    return text, answered(y[0])


def t142_q_chatty(w: World) -> Made:
    if _seed(w, w.rng.randint(0, 2)) is None:
        return None
    n = len(_out(w))
    text = w.rng.choice(
        [
            "So how many blocks are still out of the bin, then?",
            "Just curious, how many blocks haven't been thrown in the bin yet?",
            "Hey, how many blocks are there that aren't in the bin?",
        ]
    )
    return text, answered(str(n))


def t142_q_british(w: World) -> Made:
    x = _seed(w, 1)
    if not x:
        return None
    if _seed(w, w.rng.randint(0, 1)) is None:
        return None
    x = x[0]
    text = w.rng.choice(
        [
            f"Is there anything in the bin apart from the {x}?",
            f"Besides the {x}, is there anything else in the rubbish bin?",
            f"Apart from the {x}, has anything else gone in the bin?",
        ]
    )
    return text, answered(yes(len(_binned_now(w.state)) > 1))


# ----- matching -------------------------------------------------------------------------------------
def t142_match_plain(w: World) -> Made:
    matched = [b for b in w.blocks if _bowl_of(w, b)]
    rest = [b for b in w.blocks if not _bowl_of(w, b)]
    if not matched or not 0 < len(rest) <= _room(w):
        return None
    text = w.rng.choice(
        [
            "Put each block in the bowl of its colour and throw the rest in the bin.",
            "Sort the blocks into the bowls that match their colours, and bin whatever doesn't have a matching bowl.",
            "Blocks with a bowl of the same colour go in that bowl; everything else goes in the bin.",
        ]
    )
    want = [Rel("in", b, _bowl_of(w, b) or "") for b in matched]
    return text, _done(rels(*want), binned(rest))


def t142_match_polite(w: World) -> Made:
    cands = [
        b
        for b in w.clear_blocks()
        if (z := _bowl_of(w, b)) and w.state.base(b) != z and _bowl_room(w, z)
    ]
    x = w.pick(cands)
    if not x or not _seed(w, 1, x):
        return None
    x = x[0]
    z = _bowl_of(w, x) or ""
    text = w.rng.choice(
        [
            f"Could you take the {x} out of the bin and put it in the bowl that matches its colour, please?",
            f"Would you rescue the {x} from the bin and place it in the bowl of the same colour?",
            f"Please fish the {x} out of the bin and put it in its matching bowl.",
        ]
    )
    return text, _done(rels(Rel("in", x, z)))


def t142_match_slang(w: World) -> Made:
    matched = [b for b in _out(w) if _bowl_of(w, b)]
    if not 0 < len(matched) <= _room(w):
        return None
    text = w.rng.choice(
        [
            "Chuck every block that's the same colour as a bowl into the trash.",
            "Any block that matches one of the bowls' colours, trash it.",
            "If a block's got a bowl the same colour as it, toss that block in the garbage.",
        ]
    )
    return text, _done(binned(matched))


def t142_match_terse(w: World) -> Made:
    rest = [b for b in _out(w) if not _bowl_of(w, b)]
    if not 0 < len(rest) <= _room(w):
        return None
    text = w.rng.choice(
        [
            "Blocks with no bowl of their colour: into the bin.",
            "Bin every block that has no matching bowl.",
            "Unmatched blocks go in the bin.",
        ]
    )
    return text, _done(binned(rest))


def t142_match_chatty(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if (z := _bowl_of(w, b)) and _bowl_room(w, z)]
    if not cands:
        return None
    seeded = _seed(w, w.rng.randint(1, min(2, len(cands))), cands)
    if not seeded:
        return None
    if w.rng.random() < 0.5:
        _seed(w, 1, [b for b in w.blocks if not _bowl_of(w, b)])
    text = w.rng.choice(
        [
            (
                "Some blocks got thrown in the bin by mistake. Could you pull out the ones that have a matching bowl "
                "and put each in its own bowl?"
            ),
            "Oops, a few blocks ended up in the bin. The ones whose colour matches a bowl should go back in that bowl.",
            "So anything in the bin that has a bowl of the same colour, take it out and put it in that bowl, okay?",
        ]
    )
    return text, _done(rels(*(Rel("in", b, _bowl_of(w, b) or "") for b in seeded)))


def t142_match_british(w: World) -> Made:
    if _room(w) < 1:
        return None
    ys = [b for b in _out(w) if (z := _bowl_of(w, b)) and len(w.state.in_bowl(z)) <= 2]
    y = w.pick(ys)
    if not y:
        return None
    y = y[0]
    z = _bowl_of(w, y) or ""
    xs = w.pick([b for b in _out(w) if b != y])
    if not xs:
        return None
    x = xs[0]
    text = w.rng.choice(
        [
            f"Pop the {x} in the bowl that's the same colour as the {y}, and bin the {y}.",
            f"Put the {x} in the bowl matching the {y}, then chuck the {y} in the rubbish.",
            f"The {x} wants to go in the bowl the colour of the {y}; the {y} itself can go in the bin.",
        ]
    )
    return text, _done(rels(Rel("in", x, z)), binned([y]))


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
_STYLES = ("plain", "polite", "slang", "terse", "chatty", "british")
FRESH142: list[Template] = [
    (f"t142_{short}_{style}", category, globals()[f"t142_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
