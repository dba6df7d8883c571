"""The seventeenth untuned batch of the language suite (`FRESH16`, 60 templates): requests as someone guiding the
robot over a phone call, a video-tutorial narrator, an engineer typing key-value or JSON-like commands, speakers
whose English follows German, Spanish or French word order and idiom, a person multitasking who interrupts
themselves, and an academic methods-section writer write or say them; written by a tester who had not read the
planner, its tests, the lexicon or any other batch.

Its first run, before any fix it prompted (300 instructions, seed 0): goal correct 0.313 (94 of 300); 42 templates
missed, 4 of them with a wrong robot action (20 instructions), each a request or a question answered with the wrong
kind of reply: "what we're gonna do now is lift X off Y ..." (answered with the scene), "cna you put one of the blocks
... into the purple dish?" and 'so what have we got in the orange bowl at the moment?' and 'State whether the green bowl
currently contains any blocks.' (answered with the list of questions it can answer); every other miss a refusal naming
the words (184) or a question (2). What it found: key-value and JSON commands ('action=place object=X target=Y', '{move:
"X", to: "bin"}'), interruptions ('put the green - hang on, someone's at the door - yeah ok, put the green cube ...'),
German, Spanish and French word order and tags ('take you the X', 'ja?', 'no?', 'Voila', 'Lies X on Y, or no?', 'The X,
I want it on Y'), a tutorial narrator ("and now you'll see the robot ...", 'by the end of this clip'), a methods section
('The manipulator is first to place X upon Y, and subsequently to ...', 'under no circumstances is any block to be
discarded'). The general rules it prompted are tested in other words in `tests/agent/test_understanding_fresh16.py`;
since then it is tuned on.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    PLACES,
    TABLE,
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
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)
_BLOCK_WORDS = ("block", "cube", "brick")
_BOWL_WORDS = ("bowl", "dish", "basket", "container")
_BIN_WORDS = ("bin", "trash", "rubbish bin", "garbage")
_MIDDLE = "middle"


# ----- helpers ----------------------------------------------------------------------------------------
def _b(w: World, block: str) -> str:
    """A block by its colour and a synonym for "block" ("red cube")."""
    return f"{w.colour(block)} {w.rng.choice(_BLOCK_WORDS)}"


def _w(w: World, bowl: str) -> str:
    """A bowl by its colour and a synonym for "bowl" ("blue dish")."""
    return f"{w.colour(bowl)} {w.rng.choice(_BOWL_WORDS)}"


def _trash(w: World) -> str:
    return w.rng.choice(_BIN_WORDS)


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holding `block` has."""
    below, cur = 0, block
    while s.support[cur] in s.support:
        cur = s.support[cur]
        below += 1
    return below + 1 + len(s.above(block))


def _root(s: SymState, block: str) -> str:
    """The bottom block of the tower holding `block`."""
    cur = block
    while s.support[cur] in s.support:
        cur = s.support[cur]
    return cur


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(moved, target): two clear blocks, the target standing on the ground in a tower with room."""
    clear = w.clear_blocks()
    targets = [y for y in clear if w.state.base(y) in _GROUND and _height(w.state, y) < layout.MAX_TOWER]
    if not targets:
        return None
    y = w.rng.choice(targets)
    movers = [x for x in clear if x != y]
    return (w.rng.choice(movers), y) if movers else None


def _into(w: World, avoid: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(block, bowl): a clear block not yet in a bowl with room for it."""
    opts = [(x, a) for x in w.clear_blocks() if x not in avoid for a in w.bowls
            if w.state.base(x) != a and _room(w, a) > 0]
    return w.rng.choice(opts) if opts else None


def _others(w: World, *blocks: str) -> list[str]:
    return [b for b in w.blocks if b not in blocks]


def _matching_ok(w: World) -> list[Rel] | None:
    """The colour-matching goal, when some of it is still to do and every bowl it needs has room."""
    want = matching(w)
    todo = [r for r in want if w.state.base(r.block) != r.target]
    if not todo or any(_room(w, r.target) < 1 for r in todo):
        return None
    return want


# ----- imperative -------------------------------------------------------------------------------------
def _s16_phone_drop(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, a = p
    text = f"ok can you hear me? right, so grab the {_b(w, x)} and drop it into the {_w(w, a)}, that's it."
    return text, rels(Rel("in", x, a))


def _s16_json_trash(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return f'{{move: "{x[0]}", to: "{w.rng.choice(("trash", "bin", "garbage"))}"}}', binned(x)


def _s16_kv_place(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return f"action=place object={x} target={y}", rels(Rel("on", x, y))


def _s16_german_lay_on(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return f"Please take you the {x} and lay it on the {y}, ja? On top of it.", rels(Rel("on", x, y))


def _s16_interrupt_middle(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    c = w.colour(x[0])
    text = f"put the {c} — hang on, someone's at the door — yeah ok, put the {_b(w, x[0])} in the middle of the table"
    return text, rels(Rel("at", x[0], _MIDDLE))


def _s16_tutorial_lift_off(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"what we're gonna do now is lift the {_b(w, top)} off the {_b(w, below)} and just set it down "
            "on the table")
    return text, rels(Rel("on_table", top))


# ----- declarative ------------------------------------------------------------------------------------
def _s16_decl_end_state(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return f"end_state: {x} on top of {y}", rels(Rel("on", x, y))


def _s16_decl_spanish_inside(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, a = p
    text = f"At the end, the {_b(w, x)} is inside the {_w(w, a)}, yes? Like that it has to be."
    return text, rels(Rel("in", x, a))


def _s16_decl_academic_upon(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return f"In the final configuration, the {x} rests directly upon the {y}.", rels(Rel("on", x, y))


def _s16_decl_phone_trash(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    text = f"ok so when you're done, the {w.colour(x[0])} cube's in the {_trash(w)}, yeah? that's all."
    return text, binned(x)


def _s16_decl_tutorial_middle(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    text = f"and by the end of this clip the {_b(w, x[0])} is gonna be sitting right in the middle of the table"
    return text, rels(Rel("at", x[0], _MIDDLE))


def _s16_decl_french_two(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    y, a = p
    xs = [b for b in w.clear_blocks() if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"The {x} is in the bin, and the {y} is in the {a}. Voilà, this is the result I need."
    return text, both(binned([x]), rels(Rel("in", y, a)))


# ----- desiderative -----------------------------------------------------------------------------------
def _s16_want_german_on(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return f"The {x}, I want it on the {y}.", rels(Rel("on", x, y))


def _s16_want_phone_dish(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, a = p
    text = f"yeah so what I'd like is for the {w.colour(x)} cube to end up in the {w.colour(a)} dish"
    return text, rels(Rel("in", x, a))


def _s16_want_tutorial_garbage(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return f"so the goal for this one is getting the {_b(w, x[0])} into the garbage", binned(x)


def _s16_want_academic_middle(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    text = f"The desired outcome is that the {x[0]} be positioned in the middle of the table."
    return text, rels(Rel("at", x[0], _MIDDLE))


def _s16_want_interrupt_on(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    text = (f"I'd love it if — sorry, one sec, typing — if the {w.colour(x)} brick could go on top of "
            f"the {w.colour(y)} brick")
    return text, rels(Rel("on", x, y))


def _s16_want_spanish_basket(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, a = p
    text = f"I would like that you put the {w.colour(x)} cube inside of the {w.colour(a)} basket, please."
    return text, rels(Rel("in", x, a))


# ----- quantified -------------------------------------------------------------------------------------
def _s16_all_from_bowl_to_bin(w: World) -> Made:
    full = [a for a in w.bowls if 0 < len(w.state.in_bowl(a)) <= 5]
    if not full:
        return None
    a = w.rng.choice(full)
    text = f"everything that's in the {_w(w, a)} right now, all of it, goes in the rubbish bin"
    return text, binned(w.state.in_bowl(a))


def _s16_exactly_two(w: World) -> Made:
    opts = [a for a in w.bowls if len(w.state.in_bowl(a)) != 2]
    if not opts:
        return None
    a = w.rng.choice(opts)
    return f"I want exactly two blocks in the {_w(w, a)}, not more, not less.", count_in(a, 2)


def _s16_json_all_bin(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return "{action: move, objects: all blocks, target: bin}", binned(w.blocks)


def _s16_any_one_in(w: World) -> Made:
    opts = [a for a in w.bowls if _room(w, a) > 0 and len(w.state.in_bowl(a)) < len(w.blocks)]
    if not opts:
        return None
    a = w.rng.choice(opts)

    def check(i: SymState, f: SymState) -> bool:
        before, after = set(i.in_bowl(a)), set(f.in_bowl(a))
        return before <= after and len(after) == len(before) + 1

    text = f"cna you put one of the blocks — any one, I don't mind which — into the {_w(w, a)}?"
    return text, check


def _s16_academic_rest_bin(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, a = p
    rest = _others(w, x)
    if not 1 <= len(rest) <= 5:
        return None
    text = f"The manipulator is to place the {x} in the {a} and to deposit all remaining blocks in the bin."
    return text, both(rels(Rel("in", x, a)), binned(rest))


def _s16_each_bowl_one(w: World) -> Made:
    if not any(not w.state.in_bowl(a) for a in w.bowls) or len(w.bowls) > len(w.blocks):
        return None
    bowls = w.bowls
    text = "Each bowl needs at least one cube inside, ok? So arrange it, please."
    return text, lambda _i, f: all(f.in_bowl(a) for a in bowls)


# ----- negated ----------------------------------------------------------------------------------------
def _s16_bin_all_but(w: World) -> Made:
    x = w.pick(w.blocks)
    rest = _others(w, *x)
    if not x or not 1 <= len(rest) <= 5:
        return None
    c = w.colour(x[0])
    text = f"bin everything except the {c} block — wait, yes, except the {c} block, that one stays out of the bin"
    return text, both(binned(rest), none_binned(x))


def _s16_phone_dont_touch(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, a = p
    zs = _others(w, x)
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = f"put the {_b(w, x)} in teh {_w(w, a)} but don't touch the {_b(w, z)}, ok?"
    return text, both(rels(Rel("in", x, a)), kept(z))


def _s16_kv_do_not_move(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    zs = _others(w, x, y)
    if not zs:
        return None
    z = w.rng.choice(zs)
    return f"stack({x} -> {y}); do_not_move: [{z}]", both(rels(Rel("on", x, y)), kept(z))


def _s16_spanish_not_these_two(w: World) -> Made:
    xy = w.pick(w.blocks, 2)
    rest = _others(w, *xy)
    if not xy or not 1 <= len(rest) <= 5:
        return None
    x, y = xy
    text = f"All the blocks into the bin, no? But not the {w.colour(x)} and not the {w.colour(y)} one."
    return text, both(binned(rest), none_binned(xy))


def _s16_interrupt_not_bin(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, a = p
    text = (f"chuck the {w.colour(x)} cube in the — no, not the bin, don't bin it — put it in the "
            f"{_w(w, a)}")
    return text, both(rels(Rel("in", x, a)), none_binned([x]))


def _s16_academic_empty_no_bin(w: World) -> Made:
    full = [a for a in w.bowls if w.state.in_bowl(a)]
    if not full:
        return None
    a = w.rng.choice(full)
    text = (f"The manipulator is to empty the {a}; under no circumstances is any block to be discarded "
            "into the bin.")
    return text, both(empty(a), none_binned(w.blocks))


# ----- relative ---------------------------------------------------------------------------------------
def _s16_the_one_sitting_on(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"the cube sitting on the {_b(w, below)}, throw that one in the {_trash(w)}"
    return text, binned([top])


def _s16_the_one_under(w: World) -> Made:
    opts = [(t, s, a) for t, s in w.pairs() if w.state.support[s] not in w.state.support
            for a in w.bowls if w.state.base(s) != a and _room(w, a) > 0]
    if not opts:
        return None
    top, below, a = w.rng.choice(opts)
    text = f"The block that is under the {top}, this one I want in the {_w(w, a)}."
    return text, rels(Rel("in", below, a))


def _s16_kv_bowl_containing(w: World) -> Made:
    opts = [(y, w.state.base(x)) for x in w.in_bowls() for y in w.clear_blocks()
            if w.state.base(y) != w.state.base(x) and _room(w, w.state.base(x)) > 0]
    if not opts:
        return None
    y, a = w.rng.choice(opts)
    x = w.rng.choice(w.state.in_bowl(a))
    return f"place {y} -> bowl_containing({x})", rels(Rel("in", y, a))


def _s16_tutorial_closest_bowl(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    xs = [b for b in w.clear_blocks() if w.state.base(b) not in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    near = sorted(w.bowls, key=lambda a: w.dist(x, a))
    if w.dist(x, near[1]) - w.dist(x, near[0]) < 0.05 or _room(w, near[0]) < 1:
        return None
    text = f"and now you'll see the robot take the {_b(w, x)} and put it in whichever bowl is closest to it"
    return text, rels(Rel("in", x, near[0]))


def _s16_the_empty_bowl(w: World) -> Made:
    empties = [a for a in w.bowls if not w.state.in_bowl(a)]
    if len(w.bowls) < 2 or len(empties) != 1:
        return None
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    text = f"put the {w.colour(x[0])} block in the empty — er — the empty bowl, the one with nothing in it"
    return text, rels(Rel("in", x[0], empties[0]))


def _s16_academic_nearest_block(w: World) -> Made:
    empties = [a for a in w.bowls if not w.state.in_bowl(a)]
    if not empties:
        return None
    a = w.rng.choice(empties)
    towers: dict[str, list[str]] = {}
    for b in w.blocks:
        towers.setdefault(_root(w.state, b), []).append(b)
    near = sorted(towers, key=lambda r: w.dist(r, a))
    if len(towers[near[0]]) != 1:
        return None
    if len(near) > 1 and w.dist(near[1], a) - w.dist(near[0], a) < 0.05:
        return None
    text = f"The block nearest to the {a} is to be placed inside that bowl."
    return text, rels(Rel("in", near[0], a))


# ----- keep -------------------------------------------------------------------------------------------
def _s16_phone_keep(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    x, a = p
    zs = _others(w, x)
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = f"keep the {_b(w, z)} where it is, ok? and just put the {_b(w, x)} in the {_w(w, a)}"
    return text, both(rels(Rel("in", x, a)), kept(z))


def _s16_kv_keep_fixed(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs or len(w.blocks) < 2:
        return None
    x = w.rng.choice(xs)
    z = w.rng.choice(_others(w, x))
    return f"action=bin object={x} keep_fixed={z}", both(binned([x]), kept(z))


def _s16_german_remains(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    zs = _others(w, x, y)
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = f"The {z} remains where it is. The {x} goes onto the {y}."
    return text, both(rels(Rel("on", x, y)), kept(z))


def _s16_spanish_must_stay(w: World) -> Made:
    opts = [(x, w.state.base(x), y, b) for x in w.in_bowls() for y in w.clear_blocks() if y != x
            for b in w.bowls if b != w.state.base(x) and w.state.base(y) != b and _room(w, b) > 0]
    if not opts:
        return None
    x, a, y, b = w.rng.choice(opts)
    text = f"The {_b(w, x)} must stay in the {_w(w, a)}, eh? You only move the {_b(w, y)} into the {_w(w, b)}."
    return text, rels(Rel("in", x, a), Rel("in", y, b))


def _s16_academic_remain(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs or len(w.blocks) < 2:
        return None
    x = w.rng.choice(xs)
    z = w.rng.choice(_others(w, x))
    text = (f"While the {z} is to remain in its current position, the {x} is to be relocated to the middle "
            "of the table.")
    return text, both(rels(Rel("at", x, _MIDDLE)), kept(z))


def _s16_tutorial_tower_stays(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    tower = _root(w.state, below)
    p = _into(w, avoid=tuple(b for b in w.blocks if _root(w.state, b) == tower))
    if not p:
        return None
    x, a = p
    text = (f"we're not gonna touch this little tower here — the {_b(w, top)} on the {_b(w, below)} stays "
            f"exactly like it is — what we are gonna do is drop the {_b(w, x)} in the {_w(w, a)}")
    return text, both(rels(Rel("in", x, a)), kept(top, below))


# ----- multi-step -------------------------------------------------------------------------------------
def _s16_phone_first_second(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    y, z = p
    xs = [b for b in w.clear_blocks() if b not in (y, z)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = (f"ok first thing, put the {_b(w, x)} in the bin. then, second thing, the {_b(w, y)} goes on the "
            f"{_b(w, z)}.")
    return text, both(binned([x]), rels(Rel("on", y, z)))


def _s16_numbered_middle_then_on(w: World) -> Made:
    xy = w.pick(w.clear_blocks(), 2)
    if not xy:
        return None
    x, y = xy
    text = f"1) {x} to the middle of the table 2) {y} on top of the {x}"
    return text, rels(Rel("at", x, _MIDDLE), Rel("on", y, x))


def _s16_tutorial_out_then_in(w: World) -> Made:
    opts = [(x, w.state.base(x), y) for x in w.in_bowls() if w.state.is_clear(x) for y in w.clear_blocks()
            if y != x and w.state.base(y) != w.state.base(x)]
    if not opts:
        return None
    x, a, y = w.rng.choice(opts)
    bowl = _w(w, a)
    text = (f"first we take the {_b(w, x)} out of the {bowl} and pop it on the table, then the {_b(w, y)} goes "
            f"in the {bowl}, where the {w.colour(x)} one was")
    return text, rels(Rel("on_table", x), Rel("in", y, a))


def _s16_json_list(w: World) -> Made:
    p = _into(w)
    if not p:
        return None
    y, a = p
    xs = [b for b in w.clear_blocks() if b != y]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f'[{{"pick": "{x}", "place": "bin"}}, {{"pick": "{y}", "place": "{a}"}}]'
    return text, both(binned([x]), rels(Rel("in", y, a)))


def _s16_interrupt_then(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    y, z = p
    xs = [b for b in w.clear_blocks() if b not in (y, z)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = (f"first the {w.colour(x)} cube into the — one sec — into the {_trash(w)}, and then, uh, the "
            f"{w.colour(y)} cube onto the {w.colour(z)} cube")
    return text, both(binned([x]), rels(Rel("on", y, z)))


def _s16_academic_subsequently(w: World) -> Made:
    clear = w.clear_blocks()
    opts = [(x, y, z) for y in clear if w.state.base(y) in _GROUND and _height(w.state, y) + 2 <= layout.MAX_TOWER
            for x in clear if x != y for z in clear if z not in (x, y)]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = (f"The manipulator is first to place the {x} upon the {y}, and subsequently to place the {z} upon "
            f"the {x}.")
    return text, rels(Rel("on", x, y), Rel("on", z, x))


# ----- questions --------------------------------------------------------------------------------------
def _s16_q_phone_how_many(w: World) -> Made:
    full = [a for a in w.bowls if w.state.in_bowl(a)]
    if not full:
        return None
    a = w.rng.choice(full)
    text = f"quick question, can you hear me ok? how many cubes are in the {_w(w, a)} right now?"
    return text, answered(str(len(w.state.in_bowl(a))))


def _s16_q_spanish_where(w: World) -> Made:
    opts: list[tuple[str, str]] = []
    for b in w.blocks:
        s = w.state.support[b]
        if s in w.bowls:
            opts.append((b, s))
        elif s == TABLE:
            opts.append((b, "table"))
        elif s in w.state.support and w.state.base(s) in _GROUND:
            opts.append((b, s))
    if not opts:
        return None
    b, where = w.rng.choice(opts)
    return f"The {_b(w, b)}, where is it?", answered(where)


def _s16_q_german_lies_on(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        xy = w.pick(w.blocks, 2)
        if not xy or xy[0] in w.state.above(xy[1]):  # not a block somewhere above the other
            return None
        x, y = xy
    flag = w.state.support[x] == y
    return f"Lies the {x} on the {y}, or no?", answered(yes(flag))


def _s16_q_tutorial_what_in(w: World) -> Made:
    full = [a for a in w.bowls if w.state.in_bowl(a)]
    if not full:
        return None
    a = w.rng.choice(full)
    text = f"so what have we got in the {a} at the moment?"
    return text, answered("|".join(w.state.in_bowl(a)))


def _s16_q_kv_colour_on_top(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"query: colour_of(block_on_top_of({below}))", answered(w.colour(top))


def _s16_q_academic_contains(w: World) -> Made:
    a = w.pick(w.bowls)
    if not a:
        return None
    text = f"State whether the {a[0]} currently contains any blocks."
    return text, answered(yes(bool(w.state.in_bowl(a[0]))))


# ----- colour matching --------------------------------------------------------------------------------
def _s16_match_phone(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    return "ok so, every cube goes into the dish that's the same colour as it, yeah?", rels(*want)


def _s16_match_kv_sort(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    return "sort: blocks -> bowls, key=colour", rels(*want)


def _s16_match_spanish(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    text = "Each block to the bowl of its same colour, please — the ones that have a bowl of their colour."
    return text, rels(*want)


def _s16_match_interrupt_one(w: World) -> Made:
    opts = [r for r in matching(w) if w.state.base(r.block) != r.target and _room(w, r.target) > 0]
    if not opts:
        return None
    r = w.rng.choice(opts)
    text = f"put the {w.colour(r.block)} block in the — what's it called — the bowl that's the same colour as it"
    return text, rels(r)


def _s16_match_german_colour_of(w: World) -> Made:
    bowl_of = {w.colour(a): a for a in w.bowls}
    opts = [(x, y, bowl_of[w.colour(y)]) for y in w.blocks if w.colour(y) in bowl_of for x in w.blocks
            if x != y and w.state.base(x) != bowl_of[w.colour(y)] and _room(w, bowl_of[w.colour(y)]) > 0]
    if not opts:
        return None
    x, y, a = w.rng.choice(opts)
    text = f"The {_b(w, x)}, put it in the bowl that has the colour of the {_b(w, y)}."
    return text, rels(Rel("in", x, a))


def _s16_match_tutorial_pair_up(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    matched = {r.block for r in want}
    todo = [r.block for r in want if w.state.base(r.block) != r.target]
    stay = [b for b in w.blocks if b not in matched]
    if any(b in w.state.above(t) for t in todo for b in stay):
        return None
    text = ("now watch, the robot's gonna pair up every block with the bowl of the same colour — and if a block "
            "has no bowl in its colour, it just stays put")
    return text, both(rels(*want), kept(*stay))


FRESH16: list[Template] = [
    ("s16_phone_drop", "imperative", _s16_phone_drop),
    ("s16_json_trash", "imperative", _s16_json_trash),
    ("s16_kv_place", "imperative", _s16_kv_place),
    ("s16_german_lay_on", "imperative", _s16_german_lay_on),
    ("s16_interrupt_middle", "imperative", _s16_interrupt_middle),
    ("s16_tutorial_lift_off", "imperative", _s16_tutorial_lift_off),
    ("s16_decl_end_state", "declarative", _s16_decl_end_state),
    ("s16_decl_spanish_inside", "declarative", _s16_decl_spanish_inside),
    ("s16_decl_academic_upon", "declarative", _s16_decl_academic_upon),
    ("s16_decl_phone_trash", "declarative", _s16_decl_phone_trash),
    ("s16_decl_tutorial_middle", "declarative", _s16_decl_tutorial_middle),
    ("s16_decl_french_two", "declarative", _s16_decl_french_two),
    ("s16_want_german_on", "desiderative", _s16_want_german_on),
    ("s16_want_phone_dish", "desiderative", _s16_want_phone_dish),
    ("s16_want_tutorial_garbage", "desiderative", _s16_want_tutorial_garbage),
    ("s16_want_academic_middle", "desiderative", _s16_want_academic_middle),
    ("s16_want_interrupt_on", "desiderative", _s16_want_interrupt_on),
    ("s16_want_spanish_basket", "desiderative", _s16_want_spanish_basket),
    ("s16_all_from_bowl_to_bin", "quantified", _s16_all_from_bowl_to_bin),
    ("s16_exactly_two", "quantified", _s16_exactly_two),
    ("s16_json_all_bin", "quantified", _s16_json_all_bin),
    ("s16_any_one_in", "quantified", _s16_any_one_in),
    ("s16_academic_rest_bin", "quantified", _s16_academic_rest_bin),
    ("s16_each_bowl_one", "quantified", _s16_each_bowl_one),
    ("s16_bin_all_but", "negated", _s16_bin_all_but),
    ("s16_phone_dont_touch", "negated", _s16_phone_dont_touch),
    ("s16_kv_do_not_move", "negated", _s16_kv_do_not_move),
    ("s16_spanish_not_these_two", "negated", _s16_spanish_not_these_two),
    ("s16_interrupt_not_bin", "negated", _s16_interrupt_not_bin),
    ("s16_academic_empty_no_bin", "negated", _s16_academic_empty_no_bin),
    ("s16_the_one_sitting_on", "relative", _s16_the_one_sitting_on),
    ("s16_the_one_under", "relative", _s16_the_one_under),
    ("s16_kv_bowl_containing", "relative", _s16_kv_bowl_containing),
    ("s16_tutorial_closest_bowl", "relative", _s16_tutorial_closest_bowl),
    ("s16_the_empty_bowl", "relative", _s16_the_empty_bowl),
    ("s16_academic_nearest_block", "relative", _s16_academic_nearest_block),
    ("s16_phone_keep", "keep", _s16_phone_keep),
    ("s16_kv_keep_fixed", "keep", _s16_kv_keep_fixed),
    ("s16_german_remains", "keep", _s16_german_remains),
    ("s16_spanish_must_stay", "keep", _s16_spanish_must_stay),
    ("s16_academic_remain", "keep", _s16_academic_remain),
    ("s16_tutorial_tower_stays", "keep", _s16_tutorial_tower_stays),
    ("s16_phone_first_second", "multi_step", _s16_phone_first_second),
    ("s16_numbered_middle_then_on", "multi_step", _s16_numbered_middle_then_on),
    ("s16_tutorial_out_then_in", "multi_step", _s16_tutorial_out_then_in),
    ("s16_json_list", "multi_step", _s16_json_list),
    ("s16_interrupt_then", "multi_step", _s16_interrupt_then),
    ("s16_academic_subsequently", "multi_step", _s16_academic_subsequently),
    ("s16_q_phone_how_many", "question", _s16_q_phone_how_many),
    ("s16_q_spanish_where", "question", _s16_q_spanish_where),
    ("s16_q_german_lies_on", "question", _s16_q_german_lies_on),
    ("s16_q_tutorial_what_in", "question", _s16_q_tutorial_what_in),
    ("s16_q_kv_colour_on_top", "question", _s16_q_kv_colour_on_top),
    ("s16_q_academic_contains", "question", _s16_q_academic_contains),
    ("s16_match_phone", "matching", _s16_match_phone),
    ("s16_match_kv_sort", "matching", _s16_match_kv_sort),
    ("s16_match_spanish", "matching", _s16_match_spanish),
    ("s16_match_interrupt_one", "matching", _s16_match_interrupt_one),
    ("s16_match_german_colour_of", "matching", _s16_match_german_colour_of),
    ("s16_match_tutorial_pair_up", "matching", _s16_match_tutorial_pair_up),
]
