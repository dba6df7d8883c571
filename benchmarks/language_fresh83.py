"""`FRESH83`, the eighty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

The theme: six everyday users the planner has not heard from, one style each. A warehouse
picker used to short radio orders, a grandparent who has never used a robot and asks in
long, gentle, roundabout sentences, a gamer with slang and capitals for emphasis, a nurse
giving calm and precise instructions, a chef running a kitchen line, and a student writing
up a lab report in the past tense and the passive voice.

- radio: "Pick red block, drop it in the blue bowl. Over."
- gran: "Now dear, would you be so kind as to pick up the red block and set it down
  gently on top of the green block?"
- gamer: "ok bot, dunk the RED block in the bin, ez"
- nurse: "Please move the red block to the top left corner, gently."
- chef: "Not the bin, chef, the red block goes in the blue bowl!"
- report: "In this trial, the red block was to be placed in the blue bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Every check made here also demands an empty gripper at the end. Each action check carries
`intended`, the moves a person would make (block, target), used only by the tester's
self-check; the suite ignores it. (While looking for the lint settings, the tester saw
`pyproject.toml`'s import-linter contract line naming the planner's module layers; no
planner source was read.)

Its first run (300 instructions, seed 0, on cd52cc3, after every fix before it and before anything it could prompt):
0.62 goal-correct (186 of 300), 104 refused, 2 asked, 8 wrong: five wrong actions ('X should go in the bowl which sits
furthest left' put it in another bowl; 'Every block from W, bin it. Over.' put them on the table, twice; "I'd like,
well, could you please take that X and put it on top of Y?" was answered with the help text, twice) and three wrong
replies ('quick q: how many blocks we got altogether?' and 'W, block count? Over.', twice, answered with the help
text).
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

_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _free_hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _ok(text: str, check: Check, *moves: tuple[str, str]) -> Made:
    """The instance: its check also wants the gripper empty; `moves` is what a person would do."""
    done = both(check, _free_hand)
    done.intended = moves  # type: ignore[attr-defined]
    return text, done


def _height(s: SymState, block: str) -> int:
    """How many blocks from `block` down to its tower's base, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _top_first(s: SymState, blocks: list[str]) -> list[str]:
    return sorted(blocks, key=lambda b: -_height(s, b))


def _movable(w: World) -> list[str]:
    return w.clear_blocks()


def _bases(w: World, exclude: set[str]) -> list[str]:
    """Clear blocks standing in a tower on the table that has room for one more."""
    s = w.state
    return [
        b
        for b in w.clear_blocks()
        if b not in exclude
        and s.base(b) in _GROUND
        and _height(s, b) < layout.MAX_TOWER
    ]


def _roomy(w: World, block: str | None = None) -> list[str]:
    """Bowls with plenty of room that `block` is not already in."""
    s = w.state
    return [
        b
        for b in w.bowls
        if len(s.in_bowl(b)) <= 2 and (block is None or s.base(block) != b)
    ]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _on_ground(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n


def _one_tower(blocks: list[str]) -> Check:
    """All `blocks` in one tower, in any order, standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.support[bottoms[0]] in (BIN, GRIPPER):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if len(up) != 1:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _untouched_bowl(bowl: str) -> Check:
    return lambda i, f: (
        set(f.in_bowl(bowl)) == set(i.in_bowl(bowl))
        and all(i.support[b] == f.support[b] for b in i.in_bowl(bowl))
    )


def _off_ground(w: World) -> list[str]:
    """Clear blocks that rest on a block or in a bowl (not in the bin): can be put on the table."""
    s = w.state
    return [b for b in w.clear_blocks() if s.support[b] not in _GROUND]


def _from_phrase(w: World, x: str) -> str:
    s = w.state.support[x]
    return f"out of the {s}" if s in w.bowls else f"off the {s}"


def _sole(w: World) -> list[tuple[str, str]]:
    """(bowl, block) for bowls holding exactly one block."""
    out = []
    for b in w.bowls:
        inside = w.state.in_bowl(b)
        if len(inside) == 1:
            out.append((b, inside[0]))
    return out


def _holds_now(w: World, r: Rel) -> bool:
    return rels(r)(w.state, w.state)


def _unmatched(w: World) -> list[Rel]:
    """The colour-matching relations, when some do not hold yet and every bowl has room."""
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return []
    if any(len(w.state.in_bowl(r.target)) > 2 for r in want):
        return []
    return want


# ----- imperative -------------------------------------------------------------------------------------
def t83_imp_radio(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowls = _roomy(w, x)
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Pick {x}, drop it in the {b}. Over.",
            f"{_cap(x)} to the {b}, how copy? Over.",
            f"Move {x} into {b}, over and out.",
        ]
    )
    return _ok(text, rels(Rel("in", x, b)), (x, b))


def t83_imp_gran(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    ts = _bases(w, {x})
    if not ts:
        return None
    t = w.rng.choice(ts)
    text = w.rng.choice(
        [
            (
                f"Now dear, would you be so kind as to pick up the {x} and set it down gently on "
                f"top of the {t}?"
            ),
            (
                f"If it isn't too much bother, I wonder if you could lift the {x} and rest it on "
                f"the {t} for me, love."
            ),
            (
                f"Oh, hello there. I'd like, well, could you please take that {x} and put it on "
                f"top of the {t}? Thank you ever so much."
            ),
        ]
    )
    return _ok(text, rels(Rel("on", x, t)), (x, t))


def t83_imp_gamer(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    loud = x.split()[0].upper() + " block"
    text = w.rng.choice(
        [
            f"yeet the {x} into the bin lol",
            f"ok bot, dunk the {loud} in the bin, ez",
            f"bin the {x}, no cap",
        ]
    )
    return _ok(text, binned([x]), (x, BIN))


def t83_imp_nurse(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), _place(w)
    text = w.rng.choice(
        [
            f"Please move the {x} to the {p}, gently.",
            f"Take the {x} and place it in the {p}, please. Thank you.",
            f"Now, I need you to move the {x} to the {p}. Slowly, please.",
        ]
    )
    return _ok(text, rels(Rel("at", x, p)), (x, p))


def t83_imp_chef(w: World) -> Made:
    xs = _off_ground(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    src = _from_phrase(w, x)
    text = w.rng.choice(
        [
            f"{_cap(x)} {src} and onto the table, chef!",
            f"Pull the {x} {src}, set it on the table. Heard?",
            f"Get the {x} {src} and down on the table, yes chef!",
        ]
    )
    return _ok(text, rels(Rel("on_table", x)), (x, TABLE))


def t83_imp_report(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowls = _roomy(w, x)
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"In this trial, the {x} was to be placed in the {b}.",
            f"Step 1: the {x} was to be picked up and placed inside the {b}.",
            f"Method: the {x} is to be transferred into the {b} by the robot.",
        ]
    )
    return _ok(text, rels(Rel("in", x, b)), (x, b))


# ----- declarative ------------------------------------------------------------------------------------
def t83_dec_radio(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    ts = _bases(w, {x})
    if not ts:
        return None
    t = w.rng.choice(ts)
    text = w.rng.choice(
        [
            f"{_cap(x)} goes on {t}. Over.",
            f"{_cap(x)} on top of the {t}, that's the order. Over.",
            f"Order is: {x} stacked on {t}. Over.",
        ]
    )
    return _ok(text, rels(Rel("on", x, t)), (x, t))


def t83_dec_gran(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowls = _roomy(w, x)
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"The {x} belongs in the {b}, I should think, dear.",
            f"Oh, that {x} ought to be sitting in the {b}, you know.",
            f"Now, the way I like it, the {x} lives in the {b}, sweetheart.",
        ]
    )
    return _ok(text, rels(Rel("in", x, b)), (x, b))


def t83_dec_gamer(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"the {x} belongs in the bin fr",
            f"the {x} is trash tbh, it goes in the bin",
            f"{x} goes in the bin, that's the meta",
        ]
    )
    return _ok(text, binned([x]), (x, BIN))


def t83_dec_nurse(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), _place(w)
    text = w.rng.choice(
        [
            f"The {x} needs to be in the {p}.",
            f"The {x} should be resting in the {p}, please.",
            f"The {x} is to go to the {p}.",
        ]
    )
    return _ok(text, rels(Rel("at", x, p)), (x, p))


def t83_dec_chef(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), _place(w)
    text = w.rng.choice(
        [
            f"The {x} goes in the {p}, chef.",
            f"{_cap(x)}'s going to the {p}, heard?",
            f"{_cap(x)}, {p}. That's where it lives, yes chef.",
        ]
    )
    return _ok(text, rels(Rel("at", x, p)), (x, p))


def t83_dec_report(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"The {x} was to end up in the bin.",
            f"The expected final state was that the {x} rested in the bin.",
            f"According to the protocol, the {x} was to be disposed of in the bin.",
        ]
    )
    return _ok(text, binned([x]), (x, BIN))


# ----- desiderative -----------------------------------------------------------------------------------
def t83_des_radio(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Need {x} in the bin, over.",
            f"Requesting {x} to the bin. Over.",
            f"Want the {x} binned. Over.",
        ]
    )
    return _ok(text, binned([x]), (x, BIN))


def t83_des_gran(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    ts = _bases(w, {x})
    if not ts:
        return None
    t = w.rng.choice(ts)
    text = w.rng.choice(
        [
            f"I'd love it if the {x} could sit on top of the {t}, if that's all right.",
            f"What I'd really like, dear, is to see the {x} resting on the {t}.",
            f"I was rather hoping you might put the {x} on the {t} for me.",
        ]
    )
    return _ok(text, rels(Rel("on", x, t)), (x, t))


def t83_des_gamer(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowls = _roomy(w, x)
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"i want the {x} in the {b} NOW pls",
            f"ngl i kinda want the {x} in the {b}",
            f"would be so pog if the {x} was in the {b}",
        ]
    )
    return _ok(text, rels(Rel("in", x, b)), (x, b))


def t83_des_nurse(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), _place(w)
    text = w.rng.choice(
        [
            f"I'd like the {x} moved to the {p}, please.",
            f"I would like the {x} in the {p} when you're ready.",
            f"I need the {x} placed in the {p}, please.",
        ]
    )
    return _ok(text, rels(Rel("at", x, p)), (x, p))


def t83_des_chef(w: World) -> Made:
    xs = _off_ground(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    src = _from_phrase(w, x)
    text = w.rng.choice(
        [
            f"I want the {x} {src} and on the table, chef!",
            f"I need that {x} {src} and on the table, yes?",
            f"I want to see the {x} on the table, {src}, now!",
        ]
    )
    return _ok(text, rels(Rel("on_table", x)), (x, TABLE))


def t83_des_report(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    ts = _bases(w, {x})
    if not ts:
        return None
    t = w.rng.choice(ts)
    text = w.rng.choice(
        [
            f"It was desired that the {x} be stacked on the {t}.",
            f"The aim of the experiment was for the {x} to rest on top of the {t}.",
            f"The intention was that the {x} would be placed on the {t}.",
        ]
    )
    return _ok(text, rels(Rel("on", x, t)), (x, t))


# ----- quantified -------------------------------------------------------------------------------------
def t83_qua_radio(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    inside = w.state.in_bowl(b)
    text = w.rng.choice(
        [
            f"All blocks in the {b} to the bin, over.",
            f"Empty the {b} into the bin. Everything. Over.",
            f"Every block from the {b}, bin it. Over.",
        ]
    )
    return _ok(text, binned(inside), *((x, BIN) for x in _top_first(w.state, inside)))


def t83_qua_gran(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = w.rng.choice(
        [
            "Could you please put every single block into the bin, dear?",
            "I'd like all of the blocks tidied away into the bin, if you would be so kind.",
            "Would you gather up all the blocks and pop them in the bin for me, love?",
        ]
    )
    return _ok(
        text, binned(w.blocks), *((x, BIN) for x in _top_first(w.state, w.blocks))
    )


def t83_qua_gamer(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    two = w.clear_blocks()[:2]
    if len(two) < 2:
        return None
    text = w.rng.choice(
        [
            f"put 2 blocks in the {b}, any 2, ez",
            f"throw TWO blocks in the {b}, whichever",
            f"need exactly 2 blocks in the {b}, go go",
        ]
    )
    return _ok(text, count_in(b, 2), *((x, b) for x in two))


def t83_qua_nurse(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    inside = w.state.in_bowl(b)
    text = w.rng.choice(
        [
            f"Please empty the {b} and set each of its blocks on the table.",
            f"Take every block out of the {b}, please, and put them on the table.",
            f"I'd like all the blocks in the {b} moved onto the table, one at a time.",
        ]
    )
    return _ok(
        text,
        both(empty(b), _on_ground(inside)),
        *((x, TABLE) for x in _top_first(w.state, inside)),
    )


def t83_qua_chef(w: World) -> Made:
    n = w.rng.choice([2, 3])
    if len(w.blocks) < n + 1:
        return None
    word = {2: "two", 3: "three"}[n]
    some = _top_first(w.state, w.blocks)[:n]
    text = w.rng.choice(
        [
            f"Get {word} blocks in the bin, any {word}, move it!",
            f"I want {word} blocks in the bin, any {word}, chef!",
            f"Bin {word} blocks, whichever, let's go!",
        ]
    )
    return _ok(text, _bin_count(n), *((x, BIN) for x in some))


def t83_qua_report(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER:
        return None
    tower = _one_tower(blocks)
    if tower(w.state, w.state):
        return None
    text = w.rng.choice(
        [
            "All of the blocks were to be stacked into a single tower.",
            "The procedure required every block to be assembled into one tower, in any order.",
            (
                "In the final step, the blocks were stacked one on top of another to form a "
                "single tower."
            ),
        ]
    )
    order = sorted(blocks, key=lambda b: _height(w.state, b))
    moves = [(order[0], TABLE)] + [
        (order[k], order[k - 1]) for k in range(1, len(order))
    ]
    return _ok(text, tower, *moves)


# ----- negated ----------------------------------------------------------------------------------------
def t83_neg_radio(w: World) -> Made:
    xs = [x for x in w.clear_blocks() if w.state.base(x) in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = w.state.base(x)
    text = w.rng.choice(
        [
            f"{_cap(x)} out of the {b}. Not in the bin. Over.",
            f"Pull {x} from the {b}, don't bin it, over.",
            f"{_cap(x)}, out of the {b}, negative on the bin. Over.",
        ]
    )
    check = rels(Rel("in", x, b, negated=True), Rel("in_bin", x, negated=True))
    return _ok(text, check, (x, TABLE))


def t83_neg_gran(w: World) -> Made:
    s = w.state
    keep = [x for x in w.blocks if s.support[x] not in s.support]
    others_n = len(w.blocks) - 1
    if not keep or others_n > 5:
        return None
    x = w.rng.choice(keep)
    others = [b for b in w.blocks if b != x]
    i = w.rng.randrange(3)
    text = [
        f"Could you put all the blocks in the bin except the {x}, dear? Leave that one be.",
        f"I'd like everything in the bin apart from the {x}. Don't you touch that one, love.",
        f"Would you tidy all the blocks into the bin, only not the {x}, if you please?",
    ][i]
    check = both(binned(others), kept(x) if i < 2 else none_binned([x]))
    return _ok(text, check, *((b, BIN) for b in _top_first(s, others)))


def t83_neg_gamer(w: World) -> Made:
    xs = [x for x in _movable(w) if w.state.support[x] not in w.blocks]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ts = _bases(w, {x})
    if len(ts) < 2:
        return None
    no = w.rng.choice(ts)
    ok = [t for t in ts if t != no]
    loud = no.split()[0].upper() + " block"
    text = w.rng.choice(
        [
            f"put the {x} on ANY block except the {no} lol",
            f"stack the {x} on whatever block, just NOT the {loud}",
            f"{x} on top of some block, anything but the {no} ok",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[x] in f.support and f.support[x] != no

    return _ok(text, check, (x, ok[0]))


def t83_neg_nurse(w: World) -> Made:
    pairs = [(x, t) for x, t in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, t = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Please take the {x} off the {t}, but do not put it in the bin.",
            f"Remove the {x} from the {t}, please. Not into the bin.",
            f"Lift the {x} off the {t}. It shouldn't go in the bin.",
        ]
    )
    check = rels(Rel("on", x, t, negated=True), Rel("in_bin", x, negated=True))
    return _ok(text, check, (x, TABLE))


def t83_neg_chef(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowls = _roomy(w, x)
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Not the bin, chef, the {x} goes in the {b}!",
            f"Don't you dare bin the {x}, it goes in the {b}!",
            f"{_cap(x)} in the {b}, NOT the bin, heard?",
        ]
    )
    return _ok(text, rels(Rel("in", x, b)), (x, b))


def t83_neg_report(w: World) -> Made:
    xs = [x for x in w.clear_blocks() if w.state.support[x] in _GROUND]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowls = _roomy(w, x)
    if not bowls:
        return None
    where = "a bowl" if len(w.bowls) == 1 else "one of the bowls"
    text = w.rng.choice(
        [
            f"The {x} was not to remain on the table; it was to be placed in {where}.",
            f"It was specified that the {x} should no longer be on the table but in {where}.",
            f"The {x} was not left on the table: it was to be put into {where}.",
        ]
    )
    return _ok(text, lambda _i, f: f.base(x) in f.bowls, (x, bowls[0]))


# ----- relative ---------------------------------------------------------------------------------------
def t83_rel_radio(w: World) -> Made:
    s = w.state
    under = [
        u for u in w.blocks if len(s.on_top(u)) == 1 and s.is_clear(s.on_top(u)[0])
    ]
    if not under:
        return None
    u = w.rng.choice(under)
    top = s.on_top(u)[0]
    text = w.rng.choice(
        [
            f"Block on top of the {u}, to the bin. Over.",
            f"Whatever block is sitting on the {u}, bin it. Over.",
            f"The block that's on the {u} goes in the bin, over.",
        ]
    )
    return _ok(text, binned([top]), (top, BIN))


def t83_rel_gran(w: World) -> Made:
    sole = _sole(w)
    if not sole:
        return None
    b, x = w.rng.choice(sole)
    text = w.rng.choice(
        [
            f"Would you be a dear and take the block that's in the {b} and put it on the table?",
            (
                f"The block which is sitting in the {b}, love, could you put that one on the table "
                f"for me?"
            ),
            (
                f"I wonder if you could lift out the block that is in the {b} and set it down on "
                f"the table, please."
            ),
        ]
    )
    return _ok(text, rels(Rel("on_table", x)), (x, TABLE))


def t83_rel_gamer(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(empties) != 1:
        return None
    e = empties[0]
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"put the {x} in the bowl that's empty lol",
            f"{x} goes in the bowl with nothing in it, ez",
            f"drop the {x} in whichever bowl is EMPTY",
        ]
    )
    return _ok(text, rels(Rel("in", x, e)), (x, e))


def t83_rel_nurse(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    ys = sorted(w.bowls, key=w.y)
    if w.y(ys[1]) - w.y(ys[0]) < 0.05:
        return None
    left = ys[0]
    if len(w.state.in_bowl(left)) > 2:
        return None
    xs = [x for x in _movable(w) if w.state.base(x) != left]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Please place the {x} in the bowl that is furthest to the left.",
            f"Put the {x} into the bowl that's on the far left, please.",
            f"The {x} should go in the bowl which sits furthest left, thank you.",
        ]
    )
    return _ok(text, rels(Rel("in", x, left)), (x, left))


def t83_rel_chef(w: World) -> Made:
    s = w.state
    bowls = [b for b in w.bowls if not s.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    by = sorted(w.blocks, key=lambda x: w.dist(x, b))
    x = by[0]
    if len(by) > 1 and w.dist(by[1], b) - w.dist(x, b) < 0.04:
        return None
    if s.support[x] not in _GROUND or not s.is_clear(x):
        return None
    text = w.rng.choice(
        [
            f"The block that's closest to the {b}, plate it in there, chef!",
            f"Grab the block nearest the {b} and put it in the {b}!",
            f"Whichever block is closest to the {b} goes in it, heard?",
        ]
    )
    return _ok(text, rels(Rel("in", x, b)), (x, b))


def t83_rel_report(w: World) -> Made:
    sole = _sole(w)
    if not sole:
        return None
    b, x = w.rng.choice(sole)
    ts = _bases(w, {x})
    if not ts:
        return None
    t = w.rng.choice(ts)
    text = w.rng.choice(
        [
            f"The block that was located in the {b} was to be stacked on the {t}.",
            f"The block which had been placed in the {b} was then to be moved onto the {t}.",
            f"Next, the block found in the {b} was to be put on top of the {t}.",
        ]
    )
    return _ok(text, rels(Rel("on", x, t)), (x, t))


# ----- keep -------------------------------------------------------------------------------------------
def t83_keep_radio(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    y = w.rng.choice([b for b in w.blocks if b != x])
    text = w.rng.choice(
        [
            f"{_cap(x)} to the bin. {_cap(y)} stays put. Over.",
            f"Bin the {x}, don't touch the {y}, over.",
            f"{_cap(x)}, bin. {_cap(y)}, hold position. Over.",
        ]
    )
    return _ok(text, both(binned([x]), kept(y)), (x, BIN))


def t83_keep_gran(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowls = _roomy(w, x)
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    y = w.rng.choice([k for k in w.blocks if k != x])
    text = w.rng.choice(
        [
            f"Please put the {x} in the {b}, but do leave the {y} just where it is, won't you?",
            f"Could you move the {x} into the {b}? Only, please don't disturb the {y}, dear.",
            f"I'd like the {x} in the {b}, love, and the {y} left exactly as it is.",
        ]
    )
    return _ok(text, both(rels(Rel("in", x, b)), kept(y)), (x, b))


def t83_keep_gamer(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    ts = _bases(w, {x})
    if not ts:
        return None
    t = w.rng.choice(ts)
    ys = [k for k in w.blocks if k not in (x, t)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice(
        [
            f"stack the {x} on the {t} but DONT touch the {y}",
            f"{x} on the {t} pls, the {y} stays where it is, dont move it",
            f"put the {x} on top of the {t}. leave the {y} ALONE lol",
        ]
    )
    return _ok(text, both(rels(Rel("on", x, t)), kept(y)), (x, t))


def t83_keep_nurse(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), _place(w)
    y = w.rng.choice([k for k in w.blocks if k != x])
    text = w.rng.choice(
        [
            f"Please move the {x} to the {p}; the {y} must stay exactly where it is.",
            f"Place the {x} in the {p}, please, and keep the {y} where it is.",
            f"Move the {x} to the {p}. Do not move the {y}, please.",
        ]
    )
    return _ok(text, both(rels(Rel("at", x, p)), kept(y)), (x, p))


def t83_keep_chef(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    xs = [x for x in _movable(w) if w.state.base(x) != b]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"{_cap(x)} in the bin, and nobody touches the {b}!",
            f"Bin the {x}. Leave everything in the {b} exactly as it is, chef.",
            f"The {x} goes in the bin. Hands off the {b}, heard?",
        ]
    )
    return _ok(text, both(binned([x]), _untouched_bowl(b)), (x, BIN))


def t83_keep_report(w: World) -> Made:
    xs = _movable(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowls = _roomy(w, x)
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    y = w.rng.choice([k for k in w.blocks if k != x])
    text = w.rng.choice(
        [
            f"The {x} was to be moved into the {b} while the {y} was to remain undisturbed.",
            (
                f"The {x} was to be transferred to the {b}; the {y} was kept in its original "
                f"position."
            ),
            f"Only the {x} was to be moved, into the {b}; the {y} was not to be touched.",
        ]
    )
    return _ok(text, both(rels(Rel("in", x, b)), kept(y)), (x, b))


# ----- multi-step -------------------------------------------------------------------------------------
def t83_multi_radio(w: World) -> Made:
    xs = _movable(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    bowls = _roomy(w, y)
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"First {x} to the bin, then {y} to the {b}. Over.",
            f"Two moves: {x} in the bin, then {y} in the {b}. Over.",
            f"{_cap(x)}, bin. Then {y}, {b}. Over.",
        ]
    )
    return _ok(text, rels(Rel("in_bin", x), Rel("in", y, b)), (x, BIN), (y, b))


def t83_multi_gran(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x, y in w.pairs() if s.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowls = _roomy(w, y)
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            (
                f"Could you first take the {x} off the {y} and put it on the table, and after "
                f"that put the {y} in the {b}, dear?"
            ),
            (
                f"First, dear, lift the {x} off the {y} and set it down on the table. Then, when "
                f"you're ready, the {y} can go into the {b}."
            ),
            (
                f"I'd like you to move the {x} from the {y} onto the table first, and then pop "
                f"the {y} into the {b}, if you would."
            ),
        ]
    )
    check = rels(Rel("on_table", x), Rel("in", y, b))
    return _ok(text, check, (x, TABLE), (y, b))


def t83_multi_gamer(w: World) -> Made:
    xs = _movable(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    zs = [z for z in _bases(w, {x, y}) if w.state.support[y] != z]
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = w.rng.choice(
        [
            f"bin the {x}, then stack the {y} on the {z}, gg",
            f"first yeet the {x} in the bin, then {y} on top of {z}. ez",
            f"ok 2 things: {x} in the bin, THEN the {y} on the {z}",
        ]
    )
    return _ok(text, rels(Rel("in_bin", x), Rel("on", y, z)), (x, BIN), (y, z))


def t83_multi_nurse(w: World) -> Made:
    xs = _movable(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    p = _place(w)
    text = w.rng.choice(
        [
            f"Please place the {x} in the {p}, and then place the {y} on top of it.",
            f"First move the {x} to the {p}. Then put the {y} on the {x}, please.",
            f"Put the {x} in the {p} first, please; after that, the {y} goes on top of it.",
        ]
    )
    return _ok(text, rels(Rel("at", x, p), Rel("on", y, x)), (x, p), (y, x))


def t83_multi_chef(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    xs = _movable(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    b1s = _roomy(w, x)
    if not b1s:
        return None
    b1 = w.rng.choice(b1s)
    b2s = [b for b in _roomy(w, y) if b != b1]
    if not b2s:
        return None
    b2 = w.rng.choice(b2s)
    text = w.rng.choice(
        [
            f"{_cap(x)} in the {b1}, {y} in the {b2}, go go go!",
            f"{_cap(x)} to the {b1}, then {y} to the {b2}. Service, please!",
            f"Plate it: {x} in the {b1}, {y} in the {b2}. Yes chef!",
        ]
    )
    return _ok(text, rels(Rel("in", x, b1), Rel("in", y, b2)), (x, b1), (y, b2))


def t83_multi_report(w: World) -> Made:
    xs = _movable(w)
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    p = _place(w)
    text = w.rng.choice(
        [
            f"The {x} was first placed in the bin; subsequently, the {y} was moved to the {p}.",
            (
                f"First, the {x} was to be discarded into the bin, after which the {y} was to be "
                f"moved to the {p}."
            ),
            (
                f"Two steps were carried out: the {x} was put in the bin, and then the {y} was "
                f"placed in the {p}."
            ),
        ]
    )
    return _ok(text, rels(Rel("in_bin", x), Rel("at", y, p)), (x, BIN), (y, p))


# ----- questions --------------------------------------------------------------------------------------
def t83_q_radio(w: World) -> Made:
    s = w.state
    ok = [
        b
        for b in w.bowls
        if s.in_bowl(b) and all(s.support[x] == b for x in s.in_bowl(b))
    ]
    if not ok:
        return None
    b = w.rng.choice(ok)
    text = w.rng.choice(
        [
            f"How many blocks in the {b}? Over.",
            f"{_cap(b)}, block count? Over.",
            f"Say again how many blocks are in the {b}, over.",
        ]
    )
    return text, answered(str(len(s.in_bowl(b))))


def t83_q_gran(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        pairs = w.pairs()
        flag = True
    else:
        pairs = [
            (x, y)
            for x in w.blocks
            for y in w.blocks
            if x != y
            and s.support[x] != y
            and y not in _below(s, x)
            and s.base(x) != BIN
        ]
        flag = False
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I can't quite see from here, dear. Is the {x} sitting on top of the {y}?",
            f"Tell me, is the {x} resting on the {y}? My eyes aren't what they used to be.",
            f"Would you mind telling me whether the {x} is on the {y}, love?",
        ]
    )
    return text, answered(yes(flag))


def _below(s: SymState, block: str) -> list[str]:
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def t83_q_gamer(w: World) -> Made:
    text = w.rng.choice(
        [
            "yo how many blocks r there in total",
            "quick q: how many blocks we got altogether?",
            "how many blocks total?? count em",
        ]
    )
    return text, answered(str(len(w.blocks)))


def t83_q_nurse(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    full = bool(w.state.in_bowl(b))
    i = w.rng.randrange(3)
    text = [
        f"Is the {b} empty?",
        f"Could you tell me whether the {b} is empty, please?",
        f"Is there any block in the {b} at the moment?",
    ][i]
    return text, answered(yes(full if i == 2 else not full))


def t83_q_chef(w: World) -> Made:
    s = w.state
    under = [u for u in w.blocks if len(s.on_top(u)) == 1]
    if not under:
        return None
    u = w.rng.choice(under)
    text = w.rng.choice(
        [
            f"What's on top of the {u}, chef?",
            f"Which block is sitting on the {u}?",
            f"Tell me what's on the {u}, quick!",
        ]
    )
    return text, answered(s.on_top(u)[0])


def t83_q_report(w: World) -> Made:
    sole = _sole(w)
    if not sole:
        return None
    b, x = w.rng.choice(sole)
    text = w.rng.choice(
        [
            f"For the record, which block was observed in the {b}?",
            f"For my lab report: which block is currently in the {b}?",
            f"Which block was recorded as being inside the {b}?",
        ]
    )
    return text, answered(x)


# ----- matching ---------------------------------------------------------------------------------------
def t83_match_radio(w: World) -> Made:
    want = _unmatched(w)
    if not want:
        return None
    text = w.rng.choice(
        [
            "Sort blocks to matching bowls, over.",
            "All blocks to the bowl of their colour. Over.",
            "Match blocks to bowls by colour, over.",
        ]
    )
    return _ok(text, rels(*want), *((r.block, r.target) for r in want))


def t83_match_gran(w: World) -> Made:
    want = [
        r for r in _unmatched(w) if w.state.is_clear(r.block) and not _holds_now(w, r)
    ]
    if not want:
        return None
    r = w.rng.choice(want)
    x = r.block
    text = w.rng.choice(
        [
            f"Would you put the {x} in the bowl that's the same colour as it, dear?",
            f"Could you pop the {x} into the bowl that matches it, love?",
            f"I think the {x} would look lovely in the bowl of the same colour. Would you?",
        ]
    )
    return _ok(text, rels(r), (x, r.target))


def t83_match_gamer(w: World) -> Made:
    want = _unmatched(w)
    if not want:
        return None
    text = w.rng.choice(
        [
            "put every block in the bowl that matches its colour, ez",
            "colour match the blocks to the bowls, GO",
            "all blocks into their SAME colour bowls, gg ez",
        ]
    )
    return _ok(text, rels(*want), *((r.block, r.target) for r in want))


def t83_match_nurse(w: World) -> Made:
    want = _unmatched(w)
    if not want:
        return None
    text = w.rng.choice(
        [
            "Please place each block into the bowl of the same colour, where there is one.",
            "Sort the blocks into the bowls by matching colour, please.",
            "Each block should go in the bowl that matches its colour, please.",
        ]
    )
    return _ok(text, rels(*want), *((r.block, r.target) for r in want))


def t83_match_chef(w: World) -> Made:
    want = [r for r in _unmatched(w) if not _holds_now(w, r)]
    if not want:
        return None
    r = w.rng.choice(want)
    b = r.target
    text = w.rng.choice(
        [
            f"Find the block that matches the {b} and put it in there, chef!",
            f"Whatever block matches the {b}'s colour, put it in the {b}, yes chef!",
            f"The {b} wants its matching block. Plate it!",
        ]
    )
    return _ok(text, rels(r), (r.block, b))


def t83_match_report(w: World) -> Made:
    want = _unmatched(w)
    if not want:
        return None
    text = w.rng.choice(
        [
            "The blocks were to be sorted by colour into the correspondingly coloured bowls.",
            "Each block was to be placed in the bowl of matching colour, where one existed.",
            "The blocks were then sorted so that each one sat in the bowl of its own colour.",
        ]
    )
    return _ok(text, rels(*want), *((r.block, r.target) for r in want))


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
_STYLES = ("radio", "gran", "gamer", "nurse", "chef", "report")
FRESH83: list[Template] = [
    (f"t83_{short}_{style}", category, globals()[f"t83_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
