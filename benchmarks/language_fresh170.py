"""`FRESH170`, the hundred-and-seventy-first untuned batch: sixty language templates, six per category, for the offline planner.

The theme is requests phrased as checks: make sure, ensure, verify, double-check, see to it, confirm. People often
ask the robot to check something and fix it only if it needs fixing ("make sure the red block is in the green
bowl", "verify the yellow block is in the bin; if it isn't, put it there", "confirm the blue bowl holds only the
blue block, and fix it if not"). Every action template is drawn on a scene where at least one checked condition
is not true yet, so doing nothing fails; its check accepts every final state (with the gripper empty) where all the
conditions hold, whatever order or free choice got it there. Some requests check a condition that already holds
beside one that does not: only the one that does not hold needs work, and the one that holds must still hold at
the end. The question templates are checks that ask only for a report ("verify for me how many blocks are in the
red bowl; just give me the number"), answered from the scene. The six styles:

- makesure: "make sure the red block is on top of the blue block"
- checkfix: "the red block should be in the blue bowl. check that it is, and fix it if it isn't"
- verify: "the red block is supposed to be in the bin. verify that, and if it isn't, put it there"
- seeto: "see to it that the red block is sitting in the top left corner"
- confirm: "the red block is on the table, not in the blue bowl: confirm that, and correct it if it's wrong"
- checklist: "this is how the table should look: the red block in the blue bowl, and the green block on the
  yellow block. go through it and fix whatever doesn't match"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 132d5e7, the code of 9a795f3, before anything it could prompt): 0.4067
goal-correct (122 of 300), 156 refused, 2 asked. Ten wrong actions: "check which block is closest to W, not counting any
already inside it, and put that one into W" was answered as a question (five times); "step one: check W and take out
anything that's in it. step two: put X in W" did only step two (five times). Ten wrong replies: "check whether anything is
on top of X and tell me yes or no; no need to fix it" and "could you see whether X is resting directly on the table, and
let me know? leave it as it is". The refusals were the checks themselves: 'verify that P, and fix it if not', 'check that
P; if it isn't, A', 'confirm that, and correct it if it's wrong' after the goal, and check-lists.
The tester read 90 lines of held-out templates in `planner_language` by mistake (the first read ran past `HELD OUT`); it
reused none of their wording.
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
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_ON_TABLE = (TABLE, *PLACES)
_WORDS = {0: "no", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers ----------------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's goal: every check holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _offer(w: World, text: str, check: Check) -> Made:
    """The instance, unless its goal already holds in the scene (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _on(x: str, y: str) -> Check:
    return rels(Rel("on", x, y))


def _in(x: str, bowl: str) -> Check:
    return rels(Rel("in", x, bowl))


def _not_in(x: str, bowl: str) -> Check:
    return rels(Rel("in", x, bowl, negated=True))


def _at(x: str, place: str) -> Check:
    return rels(Rel("at", x, place))


def _clear(x: str) -> Check:
    return rels(Rel("clear", x))


def _flat(x: str) -> Check:
    """Resting directly on the table (a named place is on the table), not on a block or in a bowl."""
    return lambda _i, f: f.support[x] in _ON_TABLE


def _grounded(x: str) -> Check:
    """On the table as people count it: its tower stands on the table (not in a bowl, the bin or the gripper)."""
    return lambda _i, f: f.base(x) in _ON_TABLE


def _bin_empty() -> Check:
    return lambda _i, f: not [b for b in f.blocks if f.base(b) == BIN]


def _level(s: SymState, b: str) -> int:
    """1 for a block resting on the table or in a bowl, 2 for one on such a block, and so on."""
    n = 1
    while s.support[b] in s.support:
        b = s.support[b]
        n += 1
    return n


def _can_take(w: World, y: str) -> bool:
    """Whether a block may be put on `y` without making a tower too tall."""
    return _level(w.state, y) <= 3


def _where(place: str) -> str:
    return "in the middle of the table" if place == "middle" else f"in the {place}"


def _nearest(w: World, target: str, items: list[str]) -> tuple[str, bool]:
    """The item nearest `target` and whether it is nearer than the runner-up by a clear margin."""
    ds = sorted((w.dist(x, target), x) for x in items)
    return ds[0][1], len(ds) == 1 or ds[1][0] - ds[0][0] >= 0.03


def _dist_to_place(w: World, name: str, place: str) -> float:
    px, py = layout.PLACES[place]
    x, y = w.scene.get(name).position[:2]
    return ((x - px) ** 2 + (y - py) ** 2) ** 0.5


def _bowl_unchanged(bowl: str) -> Check:
    """The bowl holds the same blocks, each resting where it rested."""
    return lambda i, f: set(f.in_bowl(bowl)) == set(i.in_bowl(bowl)) and all(
        f.support[b] == i.support[b] for b in i.in_bowl(bowl))


# ----- imperative ---------------------------------------------------------------------------------------------
def t170_imp_makesure(w: World) -> Made:
    x, b = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not x or not b:
        return None
    text = w.rng.choice([
        f"put the {x[0]} into the {b[0]}, and make sure it really ends up inside",
        f"drop the {x[0]} in the {b[0]} and ensure it lands in there",
    ])
    return _offer(w, text, _act(_in(x[0], b[0])))


def t170_imp_checkfix(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    x = w.rng.choice(covered)
    text = f"check the {x}: if something is sitting on it, take that off so that the {x} is clear"
    return _offer(w, text, _act(_clear(x), kept(x)))


def t170_imp_verify(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    p = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"move the {x[0]} to the {p}, then verify that it got there",
        f"take the {x[0]} over to the {p} and verify it's sitting there when you're done",
    ])
    return _offer(w, text, _act(_at(x[0], p)))


def t170_imp_seeto(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy or not _can_take(w, xy[1]):
        return None
    text = f"grab the {xy[0]} and see to it that it ends up on top of the {xy[1]}"
    return _offer(w, text, _act(_on(xy[0], xy[1])))


def t170_imp_confirm(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in _ON_TABLE]
    if not off:
        return None
    x = w.rng.choice(off)
    text = f"set the {x} down on the table itself, and confirm that it isn't resting on another block or in a bowl"
    return _offer(w, text, _act(_flat(x)))


def t170_imp_checklist(w: World) -> Made:
    xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not xy or not b:
        return None
    x, y = xy
    text = (f"work through this list and tick each item off: the {x} goes in the {b[0]} if it isn't there yet, "
            f"and the {y} goes in the bin")
    return _offer(w, text, _act(_in(x, b[0]), binned([y])))


# ----- declarative --------------------------------------------------------------------------------------------
def t170_dec_makesure(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy or not _can_take(w, xy[1]):
        return None
    text = w.rng.choice([
        f"make sure the {xy[0]} is on top of the {xy[1]}",
        f"make sure that the {xy[0]} is sitting on the {xy[1]}",
    ])
    return _offer(w, text, _act(_on(xy[0], xy[1])))


def t170_dec_checkfix(w: World) -> Made:
    x, b = w.pick(w.blocks), w.pick(w.bowls)
    if not x or not b:
        return None
    text = f"the {x[0]} should be in the {b[0]}. check that it is, and fix it if it isn't"
    return _offer(w, text, _act(_in(x[0], b[0])))


def t170_dec_verify(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    text = f"the {x[0]} is supposed to be in the bin. verify that, and if it isn't, put it there"
    return _offer(w, text, _act(binned(x)))


def t170_dec_seeto(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    p = w.rng.choice(PLACES)
    text = f"the {x[0]} belongs {_where(p)}. see to it that that's where it is"
    return _offer(w, text, _act(_at(x[0], p)))


def t170_dec_confirm(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    b = w.state.base(x)
    text = f"the {x} is on the table, not in the {b}: confirm that, and correct it if it's wrong"
    return _offer(w, text, _act(_grounded(x)))


def t170_dec_checklist(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    y = w.rng.choice(inside)  # this one already holds
    b = w.state.base(y)
    rest = [k for k in w.blocks if k != y and y not in w.state.above(k)]
    xz = w.pick(rest, 2)
    if not xz or not _can_take(w, xz[1]):
        return None
    x, z = xz
    text = (f"this is how the table should look: the {y} in the {b}, and the {x} on the {z}. "
            "go through it and fix whatever doesn't match")
    return _offer(w, text, _act(_in(y, b), _on(x, z)))


# ----- desiderative -------------------------------------------------------------------------------------------
def t170_des_makesure(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    text = w.rng.choice([
        f"I want to be sure the {xy[0]} and the {xy[1]} both end up in the bin; please make sure of it",
        f"I'd like you to make sure that the {xy[0]} and the {xy[1]} are both in the bin",
    ])
    return _offer(w, text, _act(binned(xy)))


def t170_des_checkfix(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy or not _can_take(w, xy[1]):
        return None
    text = f"I want the {xy[0]} stacked on the {xy[1]}. have a look, and if it isn't, fix that"
    return _offer(w, text, _act(_on(xy[0], xy[1])))


def t170_des_verify(w: World) -> Made:
    out = [b for b in w.blocks if w.state.base(b) in _ON_TABLE]
    if not out:
        return None
    x = w.rng.choice(out)
    text = (f"what I'd like is for the {x} to be off the table. verify that it is, and otherwise put it in a bowl "
            "or in the bin, whichever you like")
    off = lambda _i, f: f.base(x) in (*f.bowls, BIN)  # noqa: E731
    return _offer(w, text, _act(off))


def t170_des_seeto(w: World) -> Made:
    xy, b = w.pick(w.blocks, 2), w.pick(w.bowls)
    if not xy or not b:
        return None
    text = f"I'd like you to see to it that the {xy[0]} and the {xy[1]} both end up in the {b[0]}"
    return _offer(w, text, _act(_in(xy[0], b[0]), _in(xy[1], b[0])))


def t170_des_confirm(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    b = w.state.base(x)
    text = (f"I'd like the {x} back on the table. confirm where it is, and if it's in the {b}, "
            "lift it out onto the table")
    return _offer(w, text, _act(_grounded(x)))


def t170_des_checklist(w: World) -> Made:
    xyz, b = w.pick(w.blocks, 3), w.pick(w.bowls)
    if not xyz or not b:
        return None
    x, y, z = xyz
    text = (f"I'd like three things to be true, so check each one and fix what isn't: the {x} in the bin, "
            f"the {y} in the {b[0]}, and nothing on top of the {z}")
    return _offer(w, text, _act(binned([x]), _in(y, b[0]), _clear(z)))


# ----- quantified ---------------------------------------------------------------------------------------------
def t170_qua_makesure(w: World) -> Made:
    bowls = w.bowls
    if len(w.blocks) < len(bowls):
        return None
    if len(bowls) == 1:
        text = f"make sure the {bowls[0]} ends up holding exactly one block"
    else:
        text = f"make sure each of the {_WORDS[len(bowls)]} bowls ends up with exactly one block in it"
    return _offer(w, text, _act(*(count_in(b, 1) for b in bowls)))


def t170_qua_checkfix(w: World) -> Made:
    s = w.state
    table = [b for b in w.blocks if s.base(b) in _ON_TABLE]
    if len(table) < 3:
        return None
    text = ("check that there are no more than two blocks on the table, stacked ones included; if there are more, "
            "put the extras in the bin")

    def check(i: SymState, f: SymState) -> bool:
        on_table = [b for b in f.blocks if f.base(b) in _ON_TABLE]
        moved_ok = all(f.base(b) in (*_ON_TABLE, BIN) for b in table)
        bowls_kept = all(f.base(b) == i.base(b) for b in i.blocks if b not in table)
        return len(on_table) == 2 and moved_ok and bowls_kept

    return _offer(w, text, _act(check))


def t170_qua_verify(w: World) -> Made:
    if not w.in_bowls():
        return None
    n = len(w.blocks)
    text = f"verify that all {_WORDS[n]} blocks are on the table; if any of them isn't, take it out and set it there"
    return _offer(w, text, _act(*(_grounded(b) for b in w.blocks)))


def t170_qua_seeto(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b:
        return None
    now = len(w.state.in_bowl(b[0]))
    options = [n for n in (1, 2, 3) if n != now and n <= len(w.blocks)]
    n = w.rng.choice(options)
    noun = "block" if n == 1 else "blocks"
    text = f"see to it that the {b[0]} holds exactly {_WORDS[n]} {noun}, no more and no fewer"
    return _offer(w, text, _act(count_in(b[0], n)))


def t170_qua_confirm(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) == 1:
        text = f"confirm that the {bowls[0]} is not empty, and put a block in it if it is"
    else:
        text = "confirm that none of the bowls is empty; if one is, put a block in it"
    return _offer(w, text, _act(*(lambda _i, f, b=b: bool(f.in_bowl(b)) for b in bowls)))


def t170_qua_checklist(w: World) -> Made:
    bb = w.pick(w.bowls, 2)
    if not bb:
        return None
    b1, b2 = bb
    text = (f"three checks, and fix anything that fails: no block in the {b1}; at least two blocks in the {b2}; "
            "and the bin still empty")
    return _offer(w, text, _act(empty(b1), count_in(b2, 2, exact=False), _bin_empty()))


# ----- negated ------------------------------------------------------------------------------------------------
def t170_neg_makesure(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    b = w.state.base(x)
    text = w.rng.choice([
        f"make sure the {x} is not in the {b} any more",
        f"ensure that the {x} is no longer in the {b}",
    ])
    return _offer(w, text, _act(_not_in(x, b)))


def t170_neg_checkfix(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    x = w.rng.choice(covered)
    text = (f"check that nothing is stacked on the {x}; if something is, remove it, "
            "but don't put anything in the bin")
    return _offer(w, text, _act(_clear(x), kept(x), none_binned(w.blocks)))


def t170_neg_verify(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"verify that the {x} isn't on the {y}; if it is, lift it off, but don't put it in any bowl"
    check = lambda _i, f: f.support[x] != y and f.base(x) not in f.bowls  # noqa: E731
    return _offer(w, text, _act(check))


def t170_neg_seeto(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    text = f"see to it that no block is left in the {b}, without using the bin"
    return _offer(w, text, _act(empty(b), none_binned(w.blocks)))


def t170_neg_confirm(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != x]
    text = f"confirm that no block other than the {x} is in a bowl; take out any that are"
    check = lambda _i, f: all(f.base(b) not in f.bowls for b in others)  # noqa: E731
    return _offer(w, text, _act(check))


def t170_neg_checklist(w: World) -> Made:
    s, pairs, inside = w.state, w.pairs(), w.in_bowls()
    x = w.rng.choice(pairs)[0] if pairs and w.rng.random() < 0.6 else w.rng.choice(w.blocks)
    ys = [k for k in inside if k != x]
    y = w.rng.choice(ys) if ys and w.rng.random() < 0.6 else w.rng.choice([k for k in w.blocks if k != x])
    b = s.base(y) if s.base(y) in s.bowls else w.rng.choice(w.bowls)
    z = w.rng.choice([k for k in w.blocks if k not in (x, y)])
    text = (f"check these: the {x} is not stacked on another block, the {y} is not in the {b}, and the {z} "
            "is not in the bin. sort out whichever of them is wrong")
    not_stacked = lambda _i, f: f.support[x] not in f.support  # noqa: E731
    return _offer(w, text, _act(not_stacked, _not_in(y, b), none_binned([z])))


# ----- relative -----------------------------------------------------------------------------------------------
def t170_rel_makesure(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice([
        f"make sure the block sitting on the {y} ends up in the bin",
        f"whatever block is on top of the {y}, make sure it goes in the bin",
    ])
    return _offer(w, text, _act(binned([x])))


def t170_rel_checkfix(w: World) -> Made:
    b = w.pick(w.bowls)
    if not b:
        return None
    outside = [k for k in w.blocks if w.state.base(k) != b[0]]
    if not outside:
        return None
    x, clear_margin = _nearest(w, b[0], outside)
    s = w.state
    if not clear_margin or not s.is_clear(x) or s.support[x] not in (*_ON_TABLE, *s.bowls):
        return None  # the nearest is a lone block, well nearer than any other
    text = (f"check which block is closest to the {b[0]}, not counting any already inside it, "
            f"and put that one into the {b[0]}")
    return _offer(w, text, _act(_in(x, b[0])))


def t170_rel_verify(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    b = w.state.base(x)
    ys = [k for k in w.blocks if w.state.base(k) != b]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = (f"verify that the bowl the {x} is in also has the {y} in it; otherwise put the {y} in there too, "
            f"leaving the {x} in it")
    return _offer(w, text, _act(_in(y, b), _in(x, b)))


def t170_rel_seeto(w: World) -> Made:
    s = w.state
    candidates = [k for k in w.blocks if s.base(k) != BIN]
    if not candidates:
        return None
    ds = sorted((_dist_to_place(w, k, "middle"), k) for k in candidates)
    x = ds[0][1]
    clear_margin = len(ds) == 1 or ds[1][0] - ds[0][0] >= 0.03
    if not clear_margin or not s.is_clear(x) or s.support[x] not in (*_ON_TABLE, *s.bowls):
        return None
    text = "see to it that whichever block is nearest the middle of the table gets moved into the middle"
    return _offer(w, text, _act(_at(x, "middle")))


def t170_rel_confirm(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = (f"the {x} is sitting on a block. confirm that that block is in the bin when you're done, "
            "and put it there if it isn't")
    return _offer(w, text, _act(binned([y])))


def t170_rel_checklist(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    s = w.state
    loose = [k for k in w.blocks if s.base(k) in _ON_TABLE]
    if not loose:
        return None
    x = w.rng.choice(loose)
    ds = sorted((w.dist(x, b), b) for b in w.bowls)
    if ds[1][0] - ds[0][0] < 0.03 or ds[-1][0] - ds[-2][0] < 0.03:
        return None
    near, far = ds[0][1], ds[-1][1]
    text = (f"please check two things and fix whichever is wrong: the bowl closest to the {x} should have the {x} "
            f"in it, and the bowl furthest from the {x} should be empty")
    return _offer(w, text, _act(_in(x, near), empty(far)))


# ----- keep ---------------------------------------------------------------------------------------------------
def t170_keep_makesure(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy or xy[1] in w.state.above(xy[0]):
        return None
    x, y = xy
    text = w.rng.choice([
        f"put the {x} in the bin, and make sure the {y} stays exactly where it is",
        f"bin the {x}; make sure you leave the {y} where it is",
    ])
    return _offer(w, text, _act(binned([x]), kept(y)))


def t170_keep_checkfix(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full or len(w.bowls) < 2:
        return None
    b = w.rng.choice(full)
    b2 = w.rng.choice([k for k in w.bowls if k != b])
    text = f"check whether the {b} is empty; if it isn't, empty it, but leave the {b2} alone"
    return _offer(w, text, _act(empty(b), _bowl_unchanged(b2)))


def t170_keep_verify(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    xy = w.pick([k for k in w.blocks if w.state.base(k) != b], 2)
    if not xy or not _can_take(w, xy[1]):
        return None
    x, y = xy
    text = f"verify that the {x} is on the {y}; if it isn't, put it there, but don't touch anything in the {b}"
    return _offer(w, text, _act(_on(x, y), kept(*w.state.in_bowl(b))))


def t170_keep_seeto(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"see to it that the {x} is no longer on the {y}, leaving the {y} where it is"
    off = lambda _i, f: f.support[x] != y  # noqa: E731
    return _offer(w, text, _act(off, kept(y)))


def t170_keep_confirm(w: World) -> Made:
    x, b = w.pick(w.clear_blocks()), w.pick(w.bowls)
    if not x or not b:
        return None
    others = [k for k in w.blocks if k != x[0]]
    text = f"confirm that the {x[0]} is in the {b[0]}, fixing it if it's not, and keep every other block where it is"
    return _offer(w, text, _act(_in(x[0], b[0]), kept(*others)))


def t170_keep_checklist(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    y = w.rng.choice(inside)  # already true: leave it
    b = w.state.base(y)
    rest = [k for k in w.blocks if k != y and y not in w.state.above(k)]
    xz = w.pick(rest, 2)
    if not xz or not _can_take(w, xz[1]):
        return None
    x, z = xz
    text = (f"check these and fix only what needs fixing: the {y} is in the {b} (leave it just as it is), "
            f"and the {x} is on the {z}")
    return _offer(w, text, _act(kept(y), _in(y, b), _on(x, z)))


# ----- multi_step ---------------------------------------------------------------------------------------------
def t170_multi_makesure(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy or not _can_take(w, xy[1]):
        return None
    x, y = xy
    text = f"first make sure the {y} has nothing on it, then put the {x} on it"
    return _offer(w, text, _act(_on(x, y)))


def t170_multi_checkfix(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    xs = [k for k in w.blocks if w.state.base(k) != b]
    if not xs:
        return None
    x = w.rng.choice(xs)
    before = w.state.in_bowl(b)
    text = (f"step one: check the {b} and take out anything that's in it. "
            f"step two: put the {x} in the {b}")
    gone = lambda _i, f: all(f.base(k) != b for k in before)  # noqa: E731
    return _offer(w, text, _act(_in(x, b), gone))


def t170_multi_verify(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    if not xy:
        return None
    x, y = xy
    text = f"put the {x} in the bin, then verify that the {y} is clear, and clear it if it isn't"
    return _offer(w, text, _act(binned([x]), _clear(y)))


def t170_multi_seeto(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    b = w.state.base(x)
    ys = [k for k in w.blocks if w.state.base(k) != b]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = f"take the {x} out of the {b} first, and after that see to it that the {y} goes into the {b} instead"
    return _offer(w, text, _act(_not_in(x, b), _in(y, b)))


def t170_multi_confirm(w: World) -> Made:
    s = w.state
    xs = [k for k in w.blocks if s.support[k] not in s.support]  # not stacked: the table or a bowl
    if not xs:
        return None
    x = w.rng.choice(xs)
    y = w.rng.choice([k for k in w.blocks if k != x])
    text = f"first confirm the {x} is on the table (put it there if it isn't), then stack the {y} on it"
    return _offer(w, text, _act(_grounded(x), _on(y, x)))


def t170_multi_checklist(w: World) -> Made:
    xyz, b = w.pick(w.blocks, 3), w.pick(w.bowls)
    if not xyz or not b:
        return None
    x, y, z = xyz
    text = (f"do these in order, checking each as you go: 1) the {x} into the {b[0]}; 2) the {y} on top of "
            f"the {x}; 3) the {z} into the bin")
    return _offer(w, text, _act(_in(x, b[0]), _on(y, x), binned([z])))


# ----- question -----------------------------------------------------------------------------------------------
def t170_q_makesure(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        b = w.state.base(x)
    else:
        x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    text = (f"before I start, I want to make sure of one thing: is the {x} in the {b}? "
            "just tell me, don't move anything")
    return text, answered(yes(w.state.base(x) == b))


def t170_q_checkfix(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if covered and w.rng.random() < 0.5:
        x = w.rng.choice(covered)
    else:
        x = w.rng.choice(w.blocks)
    text = f"check whether anything is on top of the {x} and tell me yes or no; no need to fix it"
    return text, answered(yes(not w.state.is_clear(x)))


def t170_q_verify(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(b))
    text = f"verify for me how many blocks are in the {b}, and just give me the number"
    return text, answered(str(n))


def t170_q_seeto(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    text = f"could you see whether the {x} is resting directly on the table, and let me know? leave it as it is"
    return text, answered(yes(w.state.support[x] in _ON_TABLE))


def t170_q_confirm(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    text = f"can you confirm which bowl the {x} is in? don't move it, just tell me"
    return text, answered(w.state.base(x))


def t170_q_checklist(w: World) -> Made:
    n = sum(1 for b in w.bowls if not w.state.in_bowl(b))
    text = "go through the bowls one by one and tell me how many of them have no block in them"
    return text, answered(str(n))


# ----- matching -----------------------------------------------------------------------------------------------
def _pair_of_colour(w: World) -> tuple[str, str] | None:
    m = matching(w)
    if not m:
        return None
    r = w.rng.choice(m)
    return r.args[0], r.args[1]


def t170_match_makesure(w: World) -> Made:
    m = matching(w)
    if not m:
        return None
    text = w.rng.choice([
        "make sure every block that has a bowl of the same colour is sitting in that bowl",
        "ensure each block whose colour matches a bowl ends up in that bowl",
    ])
    return _offer(w, text, _act(rels(*m)))


def t170_match_checkfix(w: World) -> Made:
    pair = _pair_of_colour(w)
    if not pair:
        return None
    x, _b = pair
    text = f"check that the {x} is in the bowl that matches its colour, and fix it if it isn't"
    return _offer(w, text, _act(_in(*pair)))


def t170_match_verify(w: World) -> Made:
    s = w.state
    wrong = [k for k in w.blocks if s.base(k) in s.bowls and s.colours[s.base(k)] != w.colour(k)]
    if not wrong:
        return None
    text = "verify that no block is sitting in a bowl of a different colour; otherwise take any such block out"

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.colours[f.base(k)] == f.colours[k] for k in f.blocks if f.base(k) in f.bowls)

    return _offer(w, text, _act(check))


def t170_match_seeto(w: World) -> Made:
    m = matching(w)
    if not m:
        return None
    matched = {r.args[0] for r in m}
    rest = [k for k in w.blocks if k not in matched]
    if not rest:
        return None
    text = ("see to it that each block with a bowl of its own colour goes into that bowl, "
            "and that every other block goes in the bin")
    return _offer(w, text, _act(rels(*m), binned(rest)))


def t170_match_confirm(w: World) -> Made:
    pair = _pair_of_colour(w)
    if not pair:
        return None
    x, b = pair
    c = w.colour(x)
    text = (f"confirm that the {b} holds its own colour only, the {c} block and nothing else, "
            "and fix it if it doesn't")
    only = lambda _i, f: set(f.in_bowl(b)) == {x}  # noqa: E731
    return _offer(w, text, _act(only))


def t170_match_checklist(w: World) -> Made:
    pair = _pair_of_colour(w)
    if not pair:
        return None
    x, b = pair
    bowl_colours = {w.colour(k) for k in w.bowls}
    ys = [k for k in w.blocks if w.colour(k) not in bowl_colours and k not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = (f"go through the colours: the {x} belongs in the {b}, since they match; the {y} has no bowl of "
            "its colour, so it stays where it is")
    return _offer(w, text, _act(_in(x, b), kept(y)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("makesure", "checkfix", "verify", "seeto", "confirm", "checklist")
FRESH170: list[Template] = [
    (f"t170_{short}_{style}", category, globals()[f"t170_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
