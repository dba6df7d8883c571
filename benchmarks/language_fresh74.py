"""`FRESH74`, the seventy-fifth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: everyday people typing into the robot's chat window, each in their own words. The six styles are six
such people:

- `parent`: a parent playing with a toddler, chatty and warm ("Could you put the red block on top of the blue
  block? My son wants to see a tower.");
- `lab`: a lab technician, terse and procedural ("Step 1: red block into the bin. Step 2: blue block to the
  top left corner.");
- `elder`: an older person who types slowly and politely ("Good morning. Would you please place the red block
  on top of the blue block? Thank you.");
- `student`: a bored student, lower case and slangy ("chuck the red block in the bin");
- `cook`: a cook with busy hands, short and hurried ("Hands are covered in flour, drop the red block in the
  blue bowl for me.");
- `warehouse`: a warehouse worker, plain logistics talk ("Need any three blocks loaded into the bin, doesn't
  matter which.").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only
the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the
layout.

Its first run (300 instructions, seed 0, on 5690a94, after every fix before it and before anything it could prompt):
0.833 goal-correct (250 of 300), 43 refused, 0 asked, 7 wrong: four wrong actions ('bin everything except X, that one
stays where it is' kept another block instead) and three wrong replies ('how many blocks are out on the table, not in a
bowl?' left out blocks standing on others).
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
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _b(w: World, name: str) -> str:
    """'red block' / 'blue bowl': how people name an object."""
    return f"{w.colour(name)} {'bowl' if name in w.bowls else 'block'}"


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _in(p: str) -> str:
    """'in the top left corner', 'in the middle of the table'."""
    return f"in {_place(p)}"


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _height(w: World, b: str) -> int:
    """How many blocks stand in the tower holding `b`."""
    return len(_below(w, b)) + 1 + len(w.state.above(b))


def _in_tower(w: World, b: str) -> bool:
    return _height(w, b) > 1


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _grounded(w: World) -> list[str]:
    """Blocks whose tower stands on the table (or a named place on it)."""
    return [b for b in w.blocks if w.state.base(b) in _GROUND]


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can go straight onto `below`: both clear, different, and the tower stays low enough."""
    clear = w.clear_blocks()
    return (
        top != below
        and top in clear
        and below in clear
        and _height(w, below) + 1 <= layout.MAX_TOWER
    )


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [
        (a, b)
        for a in w.clear_blocks()
        for b in w.clear_blocks()
        if _stackable(w, a, b)
    ]
    return w.rng.choice(pairs) if pairs else None


def _into_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl with room that it is not in yet."""
    options = [
        (x, bowl)
        for x in w.clear_blocks()
        for bowl in w.bowls
        if w.state.base(x) != bowl and _room(w, bowl)
    ]
    return w.rng.choice(options) if options else None


def _nearest(w: World, to: tuple[float, float], among: list[str]) -> str | None:
    """The single block nearest to a point, if it is clearly nearest and stands alone (not in a tower)."""
    if len(among) < 2:
        return None

    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - to[0]) ** 2 + (p[1] - to[1]) ** 2) ** 0.5

    ranked = sorted(among, key=d)
    first, second = ranked[0], ranked[1]
    if d(second) - d(first) < 0.03 or _in_tower(w, first):
        return None
    return first


def _bowl_full_after(
    w: World, moving_in: dict[str, list[str]], leaving: set[str]
) -> bool:
    """Whether some bowl would hold more than it can once `moving_in` arrive and `leaving` go."""
    for bowl in w.bowls:
        staying = [b for b in w.state.in_bowl(bowl) if b not in leaving]
        arriving = [b for b in moving_in.get(bowl, []) if b not in staying]
        if len(staying) + len(arriving) > layout.BOWL_CAPACITY:
            return True
    return False


def _matches(w: World) -> tuple[list[Rel], list[str]] | None:
    """The colour-matching relations and the blocks without a matching bowl, when there is work to do."""
    want = matching(w)
    if not want or all(w.state.base(r.block) == r.target for r in want):
        return None
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    return want, others


def _ground_check(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


# ----- imperative -----------------------------------------------------------------------------------
def t74_imp_parent(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    kid = w.rng.choice(["My son", "My daughter", "The little one"])
    return (
        f"Could you put the {_b(w, x)} on top of the {_b(w, y)}? {kid} wants to see a tower.",
        rels(Rel("on", x, y)),
    )


def t74_imp_lab(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return f"Transfer the {_b(w, x)} to the {_b(w, bowl)}.", rels(Rel("in", x, bowl))


def t74_imp_elder(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return (
        f"Good morning. Would you please place the {_b(w, x)} on top of the {_b(w, y)}? Thank you.",
        rels(Rel("on", x, y)),
    )


def t74_imp_student(w: World) -> Made:
    pick = w.pick([b for b in w.blocks if w.state.base(b) != BIN])
    if not pick:
        return None
    x = pick[0]
    return f"chuck the {_b(w, x)} in the bin", binned([x])


def t74_imp_cook(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    hands = w.rng.choice(
        [
            "Hands are covered in flour",
            "My hands are full",
            "Got raw chicken on my hands",
        ]
    )
    return f"{hands}, drop the {_b(w, x)} in the {_b(w, bowl)} for me.", rels(
        Rel("in", x, bowl)
    )


def t74_imp_warehouse(w: World) -> Made:
    pick = w.pick(w.clear_blocks())
    if not pick:
        return None
    x, p = pick[0], w.rng.choice(PLACES)
    return f"Move the {_b(w, x)} over to {_place(p)}.", rels(Rel("at", x, p))


# ----- declarative ----------------------------------------------------------------------------------
def t74_dec_parent(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    who = w.rng.choice(
        ["my daughter", "my son", "the boss of this house (she's three)"]
    )
    return (
        f"Okay, so the {_b(w, x)} lives in the {_b(w, bowl)} now, according to {who}.",
        rels(Rel("in", x, bowl)),
    )


def t74_dec_lab(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    y, bowl = got
    rest = w.pick([b for b in w.blocks if b != y and w.state.base(b) != BIN])
    if not rest:
        return None
    x = rest[0]
    if x in _below(
        w, y
    ):  # binning x would carry y along first; keep the two jobs apart
        return None
    return (
        f"Target configuration: {_b(w, x)} in the bin, {_b(w, y)} in the {_b(w, bowl)}.",
        rels(Rel("in_bin", x), Rel("in", y, bowl)),
    )


def t74_dec_elder(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return f"I believe the {_b(w, x)} belongs in the {_b(w, bowl)}, dear.", rels(
        Rel("in", x, bowl)
    )


def t74_dec_student(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return f"ok so the {_b(w, x)} is supposed to be on top of the {_b(w, y)}", rels(
        Rel("on", x, y)
    )


def t74_dec_cook(w: World) -> Made:
    pick = w.pick([b for b in w.blocks if w.state.base(b) != BIN])
    if not pick:
        return None
    x = pick[0]
    return f"That {_b(w, x)} goes in the bin.", binned([x])


def t74_dec_warehouse(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return f"The {_b(w, x)} needs to end up on top of the {_b(w, y)}.", rels(
        Rel("on", x, y)
    )


# ----- desiderative ---------------------------------------------------------------------------------
def t74_des_parent(w: World) -> Made:
    pick = w.pick([b for b in w.blocks if w.state.base(b) != BIN])
    if not pick:
        return None
    x = pick[0]
    return (
        f"We'd like the {_b(w, x)} in the bin please, she keeps trying to put it in her mouth.",
        binned([x]),
    )


def t74_des_lab(w: World) -> Made:
    pick = w.pick(w.clear_blocks())
    if not pick:
        return None
    x, p = pick[0], w.rng.choice(PLACES)
    return f"I need the {_b(w, x)} positioned {_in(p)}, please.", rels(Rel("at", x, p))


def t74_des_elder(w: World) -> Made:
    pick = w.pick(w.clear_blocks())
    if not pick:
        return None
    x, p = pick[0], w.rng.choice(PLACES)
    return (
        f"I would very much like the {_b(w, x)} moved to {_place(p)}, if it isn't too much trouble.",
        rels(Rel("at", x, p)),
    )


def t74_des_student(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return f"kinda want the {_b(w, x)} in the {_b(w, bowl)} ngl", rels(
        Rel("in", x, bowl)
    )


def t74_des_cook(w: World) -> Made:
    pick = w.pick(w.clear_blocks())
    if not pick:
        return None
    x, p = pick[0], w.rng.choice(PLACES)
    return f"Need the {_b(w, x)} over {_in(p)}, quick as you can.", rels(
        Rel("at", x, p)
    )


def t74_des_warehouse(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return f"I want the {_b(w, x)} in the {_b(w, bowl)} before end of shift.", rels(
        Rel("in", x, bowl)
    )


# ----- quantified -----------------------------------------------------------------------------------
def t74_qua_parent(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return "Playtime's over! Could you put all the blocks away in the bin?", binned(
        w.blocks
    )


def t74_qua_lab(w: World) -> Made:
    source = _grounded(w)
    options = [bowl for bowl in w.bowls if _room(w, bowl, 2)]
    if len(source) < 3 or not options:
        return None
    bowl = w.rng.choice(options)

    def check(i, f) -> bool:
        new = [b for b in f.in_bowl(bowl) if b not in i.in_bowl(bowl)]
        return len(new) == 2 and all(b in source for b in new)

    return f"Move any two blocks from the table into the {_b(w, bowl)}.", check


def t74_qua_elder(w: World) -> Made:
    source = _grounded(w)
    options = [bowl for bowl in w.bowls if _room(w, bowl, len(source))]
    if len(source) < 2 or not options:
        return None
    bowl = w.rng.choice(options)
    return (
        f"Would you be so kind as to put every block on the table into the {_b(w, bowl)}? Thank you kindly.",
        rels(*(Rel("in", b, bowl) for b in source)),
    )


def t74_qua_student(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER:
        return None

    def check(_i, f) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in f.support]
        branching = any(len(f.on_top(b)) > 1 for b in blocks)
        return (
            len(bottoms) == 1
            and not branching
            and f.base(bottoms[0]) not in (BIN, "gripper")
        )

    if check(w.state, w.state):  # already one tower: nothing to ask for
        return None
    return w.rng.choice(
        [
            "stack all the blocks into one big tower",
            "make one tower out of all the blocks lol",
        ]
    ), check


def t74_qua_cook(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return "Everything out of the bowls and onto the table, please!", _ground_check(
        inside
    )


def t74_qua_warehouse(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return (
        "Need any three blocks loaded into the bin, doesn't matter which.",
        lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3,
    )


# ----- negated --------------------------------------------------------------------------------------
def t74_neg_parent(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if len(others) > 5:
        return None
    return (
        f"Everything can go in the bin except the {_b(w, x)}, that one's her favourite.",
        both(binned(others), none_binned([x])),
    )


def t74_neg_lab(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return (
        f"Empty the {_b(w, bowl)} onto the table. Do not put anything in the bin.",
        both(_ground_check(inside), none_binned(w.blocks)),
    )


def t74_neg_elder(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    return (
        f"Please take the {_b(w, x)} out of the {_b(w, bowl)}, but don't throw it away in the bin, dear.",
        lambda _i, f: f.base(x) not in (bowl, BIN, "gripper"),
    )


def t74_neg_student(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return (
        f"the {_b(w, x)} shouldn't be on the {_b(w, y)}, take it off",
        lambda _i, f: f.support[x] not in (y, "gripper"),
    )


def t74_neg_cook(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    _x, y = w.rng.choice(pairs)
    return f"I don't want anything sitting on the {_b(w, y)}. Clear it off.", rels(
        Rel("clear", y)
    )


def t74_neg_warehouse(w: World) -> Made:
    pick = w.pick(w.clear_blocks())
    if not pick:
        return None
    x = pick[0]
    p, q = w.rng.sample(list(PLACES), 2)
    return f"The {_b(w, x)} goes to {_place(p)}, not {_place(q)}.", rels(
        Rel("at", x, p)
    )


# ----- relative -------------------------------------------------------------------------------------
def t74_rel_parent(w: World) -> Made:
    options = [
        (top, below, bowl)
        for top, below in w.pairs()
        if w.state.is_clear(top)
        for bowl in w.bowls
        if w.state.base(top) != bowl and _room(w, bowl)
    ]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    return (
        (
            f"Can you take the block that's sitting on the {_b(w, below)} and put it in the {_b(w, bowl)}? "
            "He thinks it's going to fall."
        ),
        rels(Rel("in", top, bowl)),
    )


def t74_rel_lab(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pos = w.scene.get(bowl).position
    x = _nearest(w, (pos[0], pos[1]), [b for b in w.blocks if w.state.base(b) != bowl])
    if x is None:
        return None
    return f"Discard the block nearest to the {_b(w, bowl)} into the bin.", binned([x])


def t74_rel_elder(w: World) -> Made:
    ones = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    x = w.state.in_bowl(bowl)[0]
    targets = [y for y in w.clear_blocks() if _stackable(w, x, y)]
    if not targets:
        return None
    y = w.rng.choice(targets)
    return (
        f"Would you please put the block that is in the {_b(w, bowl)} on top of the {_b(w, y)}?",
        rels(Rel("on", x, y)),
    )


def t74_rel_student(w: World) -> Made:
    ranked = sorted(w.blocks, key=w.y)
    if (
        len(ranked) < 2
        or w.y(ranked[1]) - w.y(ranked[0]) < 0.03
        or _in_tower(w, ranked[0])
    ):
        return None
    x = ranked[0]
    text = w.rng.choice(
        [
            "put the block that's furthest to the left in the bin",
            "bin whichever block is the most to the left",
        ]
    )
    return text, binned([x])


def t74_rel_cook(w: World) -> Made:
    options = [
        (top, below, bowl)
        for top, below in w.pairs()
        for bowl in w.bowls
        if w.state.base(below) != bowl and _room(w, bowl)
    ]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    return (
        f"Grab the block under the {_b(w, top)} and put it in the {_b(w, bowl)}.",
        rels(Rel("in", below, bowl)),
    )


def t74_rel_warehouse(w: World) -> Made:
    x = _nearest(w, layout.BIN_CENTER, list(w.blocks))
    if x is None or not w.state.is_clear(x):
        return None
    p = w.rng.choice(PLACES)
    return f"Whatever block is closest to the bin, move it to {_place(p)}.", rels(
        Rel("at", x, p)
    )


# ----- keep -----------------------------------------------------------------------------------------
def t74_keep_parent(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    rest = w.pick([b for b in w.blocks if b not in (x, y)])
    if not rest:
        return None
    z = rest[0]
    return (
        (
            f"Put the {_b(w, x)} on the {_b(w, y)}, but leave the {_b(w, z)} where it is, she just put it there "
            "herself."
        ),
        both(rels(Rel("on", x, y)), kept(z)),
    )


def t74_keep_lab(w: World) -> Made:
    pick = w.pick(w.clear_blocks())
    if not pick:
        return None
    x = pick[0]
    under = _below(w, x)
    z = under[0] if under else (w.pick([b for b in w.blocks if b != x]) or [None])[0]
    if z is None:
        return None
    p = w.rng.choice(PLACES)
    return (
        f"Place the {_b(w, x)} {_in(p)}. Do not move the {_b(w, z)}.",
        both(rels(Rel("at", x, p)), kept(z)),
    )


def t74_keep_elder(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if pairs:
        x, y = w.rng.choice(pairs)
        text = (
            f"Please take the {_b(w, x)} off the {_b(w, y)} and put it in the bin, but leave the {_b(w, y)} "
            "just where it is. Thank you."
        )
    else:
        pick = w.pick(w.clear_blocks(), 2)
        if not pick:
            return None
        x, y = pick
        text = f"Please put the {_b(w, x)} in the bin, but leave the {_b(w, y)} just where it is. Thank you."
    return text, both(binned([x]), kept(y))


def t74_keep_student(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    others_n = len(w.blocks) - 1
    if not options or others_n < 2 or others_n > 5:
        return None
    x = w.rng.choice(options)
    others = [b for b in w.blocks if b != x]
    return (
        f"bin everything except the {_b(w, x)}, that one stays where it is",
        both(binned(others), kept(x)),
    )


def t74_keep_cook(w: World) -> Made:
    pairs = [
        (top, below, bowl)
        for top, below in w.pairs()
        if w.state.is_clear(top)
        for bowl in w.bowls
        if w.state.base(top) != bowl and _room(w, bowl)
    ]
    if pairs and w.rng.random() < 0.7:
        y, x, bowl = w.rng.choice(pairs)
    else:
        got = _into_bowl(w)
        if got is None:
            return None
        y, bowl = got
        rest = w.pick([b for b in w.blocks if b != y])
        if not rest:
            return None
        x = rest[0]
    return (
        f"Keep the {_b(w, x)} right where it is and just put the {_b(w, y)} in the {_b(w, bowl)}.",
        both(rels(Rel("in", y, bowl)), kept(x)),
    )


def t74_keep_warehouse(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    tower = {x, y, *_below(w, y), *w.state.above(x)}
    rest = [z for z in w.clear_blocks() if z not in tower]
    if not rest:
        return None
    z = w.rng.choice(rest)
    return (
        f"Leave the {_b(w, x)} stacked on the {_b(w, y)} and toss the {_b(w, z)} in the bin.",
        both(rels(Rel("on", x, y)), kept(x, y), binned([z])),
    )


# ----- multi-step -----------------------------------------------------------------------------------
def t74_multi_parent(w: World) -> Made:
    options = [bowl for bowl in w.bowls if _room(w, bowl, 2)]
    clear = [b for b in w.clear_blocks() if not _in_tower(w, b)]
    if not options or len(clear) < 2:
        return None
    bowl = w.rng.choice(options)
    x, y = w.rng.sample(clear, 2)
    if w.state.base(x) == bowl:
        return None
    return (
        (
            f"First put the {_b(w, x)} in the {_b(w, bowl)}, then put the {_b(w, y)} on top of it. "
            "She wants to see them stacked."
        ),
        rels(Rel("in", x, bowl), Rel("on", y, x)),
    )


def t74_multi_lab(w: World) -> Made:
    pick = w.pick(w.clear_blocks(), 2)
    if not pick:
        return None
    x, y = pick
    p = w.rng.choice(PLACES)
    return (
        f"Step 1: {_b(w, x)} into the bin. Step 2: {_b(w, y)} to {_place(p)}.",
        rels(Rel("in_bin", x), Rel("at", y, p)),
    )


def t74_multi_elder(w: World) -> Made:
    options = [
        (top, below, bowl)
        for top, below in w.pairs()
        if w.state.is_clear(top)
        for bowl in w.bowls
        if w.state.base(below) != bowl and _room(w, bowl)
    ]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    return (
        (
            f"Could you first take the {_b(w, x)} off the {_b(w, y)} and set it down on the table, and then put the "
            f"{_b(w, y)} into the {_b(w, bowl)}? Many thanks."
        ),
        rels(Rel("on_table", x), Rel("in", y, bowl)),
    )


def t74_multi_student(w: World) -> Made:
    options = [
        b for b in w.clear_blocks() if w.state.support[b] in (*w.blocks, *w.bowls)
    ]
    if not options:
        return None
    x = w.rng.choice(options)
    where = w.state.support[x]
    rest = [y for y in w.clear_blocks() if y != x and y not in _below(w, x)]
    if where in w.bowls:
        rest = [y for y in rest if w.state.base(y) != where]
    if not rest:
        return None
    y = w.rng.choice(rest)
    if where in w.bowls:
        goal = Rel("in", y, where)
    else:
        if _height(w, x) > layout.MAX_TOWER:
            return None
        goal = Rel("on", y, where)
    return (
        f"bin the {_b(w, x)} and then put the {_b(w, y)} where the {_b(w, x)} was",
        rels(Rel("in_bin", x), goal),
    )


def t74_multi_cook(w: World) -> Made:
    clear = w.clear_blocks()
    options = [
        (x, y, z)
        for y in clear
        if _height(w, y) + 2 <= layout.MAX_TOWER
        for x in clear
        if x != y
        for z in clear
        if z not in (x, y)
    ]
    if not options:
        return None
    x, y, z = w.rng.choice(options)
    return (
        f"{_b(w, x).capitalize()} on the {_b(w, y)}, then the {_b(w, z)} on top of that. Go.",
        rels(Rel("on", x, y), Rel("on", z, x)),
    )


def t74_multi_warehouse(w: World) -> Made:
    pick = w.pick(w.clear_blocks(), 3)
    if not pick:
        return None
    x, y, z = pick
    p = w.rng.choice(PLACES)
    return (
        f"First the {_b(w, x)} in the bin, then the {_b(w, y)} to {_place(p)}, then the {_b(w, z)} on top of it.",
        rels(Rel("in_bin", x), Rel("at", y, p), Rel("on", z, y)),
    )


# ----- questions ------------------------------------------------------------------------------------
def t74_q_parent(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return (
        f"How many blocks are in the {_b(w, bowl)}? We're practising counting.",
        answered(str(n)),
    )


def t74_q_lab(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    direct = [b for b in w.blocks if w.state.support[b] == bowl]
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if direct and (not outside or w.rng.random() < 0.5):
        x, flag = w.rng.choice(direct), True
    elif outside:
        x, flag = w.rng.choice(outside), False
    else:
        return None
    return f"Confirm: is the {_b(w, x)} in the {_b(w, bowl)}?", answered(yes(flag))


def t74_q_elder(w: World) -> Made:
    ones = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    x = w.state.in_bowl(bowl)[0]
    return (
        f"Could you tell me what colour the block in the {_b(w, bowl)} is? My eyes aren't what they used to be.",
        answered(w.colour(x)),
    )


def t74_q_student(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        (x, y), flag = w.rng.choice(pairs), True
    else:
        pick = w.pick(w.blocks, 2)
        if not pick:
            return None
        x, y = pick
        flag = w.state.support[x] == y
        if not flag and y in _below(
            w, x
        ):  # higher up the same tower: "on" could be read either way
            return None
    return f"is the {_b(w, x)} on the {_b(w, y)} or nah", answered(yes(flag))


def t74_q_cook(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    return f"Which bowl's the {_b(w, x)} in? Can't look, I'm stirring.", answered(
        w.colour(bowl)
    )


def t74_q_warehouse(w: World) -> Made:
    n = len(_grounded(w))
    if n == 0:
        return None
    return (
        "Quick count: how many blocks are out on the table, not in a bowl?",
        answered(str(n)),
    )


# ----- colour matching ------------------------------------------------------------------------------
def t74_match_parent(w: World) -> Made:
    got = _matches(w)
    if got is None:
        return None
    want, _others = got
    moving = {r.block for r in want}
    if _bowl_full_after(
        w,
        {bowl: [r.block for r in want if r.target == bowl] for bowl in w.bowls},
        moving,
    ):
        return None
    return (
        "We're learning colours! Can you put each block into the bowl that's the same colour?",
        rels(*want),
    )


def t74_match_lab(w: World) -> Made:
    got = _matches(w)
    if got is None:
        return None
    want, others = got
    moving = {r.block for r in want if w.state.base(r.block) != r.target}
    if any(
        set(_below(w, b)) & moving for b in others
    ):  # "leave the rest untouched" could not hold
        return None
    if _bowl_full_after(
        w,
        {bowl: [r.block for r in want if r.target == bowl] for bowl in w.bowls},
        moving,
    ):
        return None
    return (
        "Sort the blocks into the bowls of matching colour where one exists; leave the rest untouched.",
        both(rels(*want), kept(*others)),
    )


def t74_match_elder(w: World) -> Made:
    options = [
        r
        for r in matching(w)
        if w.state.base(r.block) != r.target and _room(w, r.target)
    ]
    if not options:
        return None
    r = w.rng.choice(options)
    return (
        f"Would you kindly put the {_b(w, r.block)} into the bowl of the same colour?",
        rels(r),
    )


def t74_match_student(w: World) -> Made:
    got = _matches(w)
    if got is None:
        return None
    want, _others = got
    moving = {r.block for r in want}
    if _bowl_full_after(
        w,
        {bowl: [r.block for r in want if r.target == bowl] for bowl in w.bowls},
        moving,
    ):
        return None
    return w.rng.choice(
        [
            "sort the blocks into the bowls by color i guess",
            "match the blocks to the bowls by colour",
        ]
    ), rels(*want)


def t74_match_cook(w: World) -> Made:
    options = [
        r
        for r in matching(w)
        if w.state.base(r.block) != r.target and _room(w, r.target)
    ]
    if not options:
        return None
    r = w.rng.choice(options)
    return f"Put the block that matches the {_b(w, r.target)} into it.", rels(r)


def t74_match_warehouse(w: World) -> Made:
    got = _matches(w)
    if got is None:
        return None
    want, others = got
    if len(others) > 5:
        return None
    if _bowl_full_after(
        w,
        {bowl: [r.block for r in want if r.target == bowl] for bowl in w.bowls},
        set(w.blocks),
    ):
        return None
    return (
        (
            "Sort by colour: each block goes in the bowl of its colour, and anything without a matching bowl goes in "
            "the bin."
        ),
        both(rels(*want), binned(others)),
    )


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
_STYLES = ("parent", "lab", "elder", "student", "cook", "warehouse")

FRESH74: list[Template] = [
    (f"t74_{short}_{style}", category, globals()[f"t74_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
