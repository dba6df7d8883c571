"""`FRESH121`, the hundred-and-twenty-second untuned batch: sixty language templates, six per category, for the offline planner.

Theme: vocabulary variety, the many words different people use for the same things and actions. Blocks are
cubes, bricks and pieces; bowls are dishes, basins, cups and containers; the bin is the trash, the rubbish bin
or the waste bin; the table is the table top or the workspace. Colours are said other ways ("crimson",
"sky blue", "the colour of grass", "lavender", "tangerine", "ivory"), but only where that word can mean exactly
one colour of the scene. Actions are chucked, tossed, popped, plonked, nestled, dumped, tucked, slotted,
transferred, relocated, stashed, piled and balanced. The six styles are six speakers:

- british: "Pop the crimson cube in the navy dish, would you?"
- american: "Toss the tangerine block in the trash can."
- kid: "I wanna see the cube the color of grass on top of the lemon one!"
- labtech: "Step one: transfer the ivory sample cube to the top-left corner. Step two: place the plum cube on top of it."
- gamer: "Pile every one of the bricks up into a single tower."
- elder: "Would you be so kind as to tuck the rose block into the emerald basin, dear?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only
the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the
layout. (Besides the allowed constant names of the lexicon, a grep over `sim/core/*.py` also printed its line
`BIN, TABLE, GRIPPER = "bin", "table", "gripper"`: constant names and values only.)

Every action check also asks for an empty gripper, and carries the moves the tester intended (`moves`, pairs of
block and target) for the batch's own self-check; a request already true in its scene is not made.

Its first run (300 instructions, seed 0, on 8d06a72, after every fix before it and before anything it could prompt):
0.157 goal-correct (47 of 300), 232 refused (shades the planner had no word for: 'crimson', 'tangerine', 'the cube the
colour of grass', 'lemon yellow', 'sky blue'; 'cup', 'sample', 'fire-engine red'), 21 wrong, three of them actions: 'bin
the cube with the cyan brick on top of it' binned the cyan brick (twice), 'Any of the cubes that isn't in a container
goes to the waste bin' binned one; eighteen wrong replies, questions naming a shade ('I don't see the plum bowl').
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
from sim.core.lexicon import BIN, GRIPPER, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

# ----- words -----------------------------------------------------------------------------------------
# colour -> (word, the other colours a person might take it for)
_SYN: dict[str, tuple[tuple[str, str], ...]] = {
    "red": (
        ("crimson", ""),
        ("scarlet", "orange"),
        ("cherry-red", ""),
        ("ruby", "pink"),
        ("fire-engine red", ""),
    ),
    "green": (
        ("grass-green", ""),
        ("emerald", ""),
        ("lime", "yellow"),
        ("leafy green", ""),
    ),
    "blue": (("navy", ""), ("royal blue", ""), ("sky blue", "cyan"), ("cobalt", "")),
    "yellow": (
        ("lemon yellow", ""),
        ("lemon", ""),
        ("canary", ""),
        ("mustard", "orange"),
    ),
    "orange": (("tangerine", ""), ("pumpkin", ""), ("amber", "yellow")),
    "purple": (
        ("violet", "blue pink"),
        ("lavender", "pink"),
        ("plum", ""),
        ("lilac", "pink"),
    ),
    "pink": (
        ("rose", "red"),
        ("bubblegum", ""),
        ("salmon", "orange"),
        ("hot pink", "purple"),
    ),
    "cyan": (("turquoise", "blue green"), ("aqua", "blue"), ("teal", "green blue")),
    "white": (("ivory", "yellow"), ("cream", "yellow"), ("snowy", "")),
}
# colour -> (a phrase after the noun, the other colours it might mean)
_PHRASE: dict[str, tuple[tuple[str, str], ...]] = {
    "red": (
        ("the colour of a fire engine", ""),
        ("the colour of a ripe strawberry", ""),
    ),
    "green": (("the colour of grass", ""), ("coloured like grass", "")),
    "blue": (("the colour of the sky", "cyan"),),
    "yellow": (("the colour of a lemon", ""), ("the colour of a banana", "")),
    "orange": (("coloured like a tangerine", ""),),
    "purple": (("the colour of an aubergine", ""),),
    "pink": (("the colour of bubblegum", ""),),
    "cyan": (("the colour of a swimming pool", "blue"),),
    "white": (("the colour of snow", ""), ("the colour of milk", "")),
}
_BLOCK = {
    "british": ("cube", "brick", "block"),
    "american": ("block", "cube", "piece"),
    "kid": ("block", "cube", "little block"),
    "labtech": ("cube", "block", "sample cube"),
    "gamer": ("cube", "brick", "block"),
    "elder": ("block", "brick", "piece"),
}
_BLOCKS = {
    "british": ("cubes", "bricks", "blocks"),
    "american": ("blocks", "cubes", "pieces"),
    "kid": ("blocks", "cubes"),
    "labtech": ("cubes", "blocks", "sample cubes"),
    "gamer": ("cubes", "bricks", "blocks"),
    "elder": ("blocks", "bricks", "pieces"),
}
_BOWL = {
    "british": ("dish", "bowl", "basin"),
    "american": ("bowl", "dish", "cup"),
    "kid": ("cup", "bowl"),
    "labtech": ("container", "dish", "basin"),
    "gamer": ("bowl", "container", "dish"),
    "elder": ("basin", "dish", "bowl"),
}
_BINS = {
    "british": ("the bin", "the rubbish bin"),
    "american": ("the trash", "the trash can", "the garbage"),
    "kid": ("the trash", "the bin"),
    "labtech": ("the waste bin", "the disposal bin"),
    "gamer": ("the trash", "the bin"),
    "elder": ("the waste bin", "the rubbish bin", "the wastebasket"),
}
_TABLES = {
    "british": ("the table", "the table top"),
    "american": ("the table", "the tabletop"),
    "kid": ("the table",),
    "labtech": ("the workspace", "the table top"),
    "gamer": ("the table", "the workspace"),
    "elder": ("the table", "the table top"),
}
_US = ("american", "kid", "gamer")


def _present(w: World) -> set[str]:
    return {w.colour(o) for o in (*w.blocks, *w.bowls)}


def _fits(
    w: World, colour: str, table: dict[str, tuple[tuple[str, str], ...]]
) -> list[str]:
    """The words for `colour` that no other colour of the scene could be taken for."""
    present = _present(w)
    return [word for word, others in table[colour] if not set(others.split()) & present]


def _adj(w: World, name: str) -> str:
    """A colour word for `name`: another word for its colour where one fits the scene, else the colour itself."""
    colour = w.colour(name)
    words = _fits(w, colour, _SYN)
    return w.rng.choice(words) if words and w.rng.random() < 0.9 else colour


def _np(w: World, name: str, kinds: tuple[str, ...], phrase: bool = True) -> str:
    """'the crimson cube', 'the cube the colour of grass' (where `phrase`) or 'the red cube'."""
    kind = w.rng.choice(kinds)
    colour = w.colour(name)
    phrases = _fits(w, colour, _PHRASE) if phrase else []
    if phrases and w.rng.random() < 0.2:
        return f"the {kind} {w.rng.choice(phrases)}"
    return f"the {_adj(w, name)} {kind}"


def _blk(w: World, name: str, style: str) -> str:
    return _np(w, name, _BLOCK[style])


def _bwl(w: World, name: str, style: str, phrase: bool = True) -> str:
    return _np(w, name, _BOWL[style], phrase)


def _one(w: World, name: str) -> str:
    return f"the {_adj(w, name)} one"


def _bin(w: World, style: str) -> str:
    return w.rng.choice(_BINS[style])


def _table(w: World, style: str) -> str:
    return w.rng.choice(_TABLES[style])


def _place(w: World, place: str) -> str:
    if place == "middle":
        return w.rng.choice(
            ["the middle", "the middle of the table", "the centre of the table"]
        )
    return w.rng.choice([f"the {place}", f"the {place.replace(' ', '-', 1)}"])


def _plural(word: str) -> str:
    return word + ("es" if word.endswith("sh") else "s")


def _say(style: str, text: str) -> str:
    text = text[0].upper() + text[1:]
    if style in _US:
        text = text.replace("colour", "color").replace("centre", "center")
    return text


# ----- the state -------------------------------------------------------------------------------------
def _below(s: SymState, b: str) -> list[str]:
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _tower(s: SymState, b: str) -> list[str]:
    return [b, *_below(s, b), *s.above(b)]


def _level(s: SymState, b: str) -> int:
    return 1 + len(_below(s, b))


def _room(s: SymState, bowl: str, k: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _bin_room(s: SymState, k: int) -> bool:
    return sum(s.base(b) == BIN for b in s.blocks) + k <= len(layout.BIN_SLOTS)


def _can_stack(s: SymState, x: str, y: str) -> bool:
    return x != y and y not in _tower(s, x) and _level(s, y) + 1 <= layout.MAX_TOWER


def _top_first(s: SymState, blocks: list[str]) -> list[str]:
    return sorted(blocks, key=lambda b: -_level(s, b))


def _towers(s: SymState) -> list[list[str]]:
    """Every stack of two or more blocks, bottom first."""
    bottoms = [b for b in s.blocks if s.support[b] not in s.support]
    return [t for t in ([b, *s.above(b)] for b in bottoms) if len(t) >= 2]


def _hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(w: World, text: str, check: Check, *moves: tuple[str, str]) -> Made:
    """An action request: its check with an empty gripper; None where the goal holds already."""
    full = both(check, _hand)
    if full(w.state, w.state):
        return None
    full.moves = list(moves)  # type: ignore[attr-defined]
    return text, full


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _on_table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _fill(w: World, bowl: str, k: int = 1) -> list[str]:
    """Blocks that could go into `bowl` (not in it yet), where it has room for `k` more."""
    s = w.state
    return [b for b in w.blocks if s.base(b) != bowl] if _room(s, bowl, k) else []


# ----- imperative --------------------------------------------------------------------------------------
def t121_imp_british(w: World) -> Made:
    opts = [(x, b) for b in w.bowls for x in _fill(w, b)]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    st = "british"
    X, B = _blk(w, x, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"Pop {X} in {B}, would you?",
            f"Could you pop {X} into {B}, please?",
            f"Just plonk {X} in {B}, ta.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", x, b)), (x, b))


def t121_imp_american(w: World) -> Made:
    if not _bin_room(w.state, 1):
        return None
    x = w.rng.choice(w.blocks)
    st = "american"
    X, T = _blk(w, x, st), _bin(w, st)
    text = w.rng.choice(
        [
            f"Toss {X} in {T}.",
            f"Go ahead and throw {X} in {T}.",
            f"Can you dump {X} in {T}?",
        ]
    )
    return _act(w, _say(st, text), binned([x]), (x, BIN))


def t121_imp_kid(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(s, x, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    st = "kid"
    X = _blk(w, x, st)
    Y = _one(w, y) if w.rng.random() < 0.5 else _blk(w, y, st)
    text = w.rng.choice(
        [
            f"Put {X} on top of {Y}!",
            f"Make {X} sit on {Y}!",
            f"can you put {X} on {Y} pleeease",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("on", x, y)), (x, y))


def t121_imp_labtech(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    st = "labtech"
    X, P = _blk(w, x, st), _place(w, p)
    text = w.rng.choice(
        [
            f"Relocate {X} to {P}.",
            f"Transfer {X} to {P}, please.",
            f"Please reposition {X} at {P}.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("at", x, p)), (x, p))


def t121_imp_gamer(w: World) -> Made:
    s = w.state
    opts = [x for x in w.blocks if s.support[x] not in (TABLE, *PLACES)]
    if not opts:
        return None
    x = w.rng.choice(opts)
    st = "gamer"
    X, T = _blk(w, x, st), _table(w, st)
    text = w.rng.choice(
        [
            f"Drop {X} onto {T}.",
            f"yo, put {X} down on {T}",
            f"Unload {X} onto {T} real quick.",
        ]
    )
    return _act(w, _say(st, text), _on_table(x), (x, TABLE))


def t121_imp_elder(w: World) -> Made:
    opts = [(x, b) for b in w.bowls for x in _fill(w, b)]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    st = "elder"
    X, B = _blk(w, x, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"Would you be so kind as to tuck {X} into {B}, dear?",
            f"Please nestle {X} in {B}.",
            f"Now then, pop {X} into {B} for me.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", x, b)), (x, b))


# ----- declarative -------------------------------------------------------------------------------------
def t121_dec_british(w: World) -> Made:
    if not _bin_room(w.state, 1):
        return None
    x = w.rng.choice(w.blocks)
    st = "british"
    X, T = _blk(w, x, st), _bin(w, st)
    text = w.rng.choice(
        [
            f"{X} belongs in {T}.",
            f"Right, {X} ought to go in {T}.",
            f"Honestly, {X} should be in {T} by now.",
        ]
    )
    return _act(w, _say(st, text), binned([x]), (x, BIN))


def t121_dec_american(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(s, x, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    st = "american"
    X, Y = _blk(w, x, st), _blk(w, y, st)
    text = w.rng.choice(
        [
            f"{X} should be sitting on {Y}.",
            f"{X} goes on top of {Y}.",
            f"The way it should look: {X} stacked on {Y}.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("on", x, y)), (x, y))


def t121_dec_kid(w: World) -> Made:
    opts = [(x, b) for b in w.bowls for x in _fill(w, b)]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    st = "kid"
    X, B = _blk(w, x, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"{X} lives in {B}!",
            f"{X} goes in {B}!",
            f"{X} has to be in {B}, that's its house!",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", x, b)), (x, b))


def t121_dec_labtech(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    st = "labtech"
    X, P = _blk(w, x, st), _place(w, p)
    text = w.rng.choice(
        [
            f"Target configuration: {X} at {P}.",
            f"{X} is to be located at {P}.",
            f"Specification: {X} positioned at {P}.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("at", x, p)), (x, p))


def t121_dec_gamer(w: World) -> Made:
    opts = [b for b in w.bowls if len(_fill(w, b, 2)) >= 2]
    if not opts:
        return None
    b = w.rng.choice(opts)
    x, y = w.pick(_fill(w, b, 2), 2)
    st = "gamer"
    X, Y, B = _blk(w, x, st), _blk(w, y, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"{X} and {Y} go in {B}.",
            f"{X} and {Y} belong in {B}, that's the objective.",
            f"Objective: {X} and {Y} in {B}.",
        ]
    )
    return _act(
        w, _say(st, text), rels(Rel("in", x, b), Rel("in", y, b)), (x, b), (y, b)
    )


def t121_dec_elder(w: World) -> Made:
    s = w.state
    opts = [x for x in w.blocks if s.support[x] not in (TABLE, *PLACES)]
    if not opts:
        return None
    x = w.rng.choice(opts)
    st = "elder"
    X, T = _blk(w, x, st), _table(w, st)
    text = w.rng.choice(
        [
            f"{X} should be on {T}, dear, not where it is now.",
            f"{X} belongs on {T}.",
            f"That's not where {X} goes; it goes on {T}.",
        ]
    )
    return _act(w, _say(st, text), _on_table(x), (x, TABLE))


# ----- desiderative ------------------------------------------------------------------------------------
def t121_des_british(w: World) -> Made:
    opts = [(x, b) for b in w.bowls for x in _fill(w, b)]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    st = "british"
    X, B = _blk(w, x, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"I'd quite like {X} tucked into {B}.",
            f"I'd love {X} in {B}, if you don't mind.",
            f"I fancy {X} in {B}, if that's all right.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", x, b)), (x, b))


def t121_des_american(w: World) -> Made:
    if not _bin_room(w.state, 1):
        return None
    x = w.rng.choice(w.blocks)
    st = "american"
    X, T = _blk(w, x, st), _bin(w, st)
    text = w.rng.choice(
        [
            f"I want {X} in {T}.",
            f"I'd like {X} gone, in {T} please.",
            f"I need {X} thrown in {T}.",
        ]
    )
    return _act(w, _say(st, text), binned([x]), (x, BIN))


def t121_des_kid(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(s, x, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    st = "kid"
    X = _blk(w, x, st)
    Y = _one(w, y) if w.rng.random() < 0.5 else _blk(w, y, st)
    text = w.rng.choice(
        [
            f"I wanna see {X} on top of {Y}!",
            f"I want {X} balanced on {Y}!",
            f"i want {X} on {Y} pleeease",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("on", x, y)), (x, y))


def t121_des_labtech(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p = w.rng.choice(PLACES)
    st = "labtech"
    X, Y, P = _blk(w, x, st), _blk(w, y, st), _place(w, p)
    text = w.rng.choice(
        [
            f"I need {X} and {Y} relocated to {P}.",
            f"We require {X} and {Y} at {P}.",
            f"I'd like {X} and {Y} both transferred to {P}.",
        ]
    )
    return _act(
        w, _say(st, text), rels(Rel("at", x, p), Rel("at", y, p)), (x, p), (y, p)
    )


def t121_des_gamer(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    st = "gamer"
    X, Y, Z = _blk(w, x, st), _blk(w, y, st), _blk(w, z, st)
    text = w.rng.choice(
        [
            f"I want a tower: {X} at the bottom, then {Y}, then {Z} on top.",
            f"Build me a stack with {X} on the bottom, {Y} on that and {Z} up top.",
            f"I need {Z} on {Y} on {X}, with {X} at the bottom, like a tower.",
        ]
    )
    return _act(
        w, _say(st, text), rels(Rel("stacked", x, y, z)), (x, TABLE), (y, x), (z, y)
    )


def t121_des_elder(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    st = "elder"
    X = _blk(w, x, st)
    text = w.rng.choice(
        [
            f"I'd love {X} in the middle of the table.",
            f"I should like {X} moved to the middle, please.",
            f"It would be nice to have {X} sitting in the centre of the table.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("at", x, "middle")), (x, "middle"))


# ----- quantified --------------------------------------------------------------------------------------
def t121_qua_british(w: World) -> Made:
    s = w.state
    if not _bin_room(s, len(w.blocks)):
        return None
    st = "british"
    T, Bs = _bin(w, st), w.rng.choice(_BLOCKS[st])
    text = w.rng.choice(
        [
            f"Chuck all the {Bs} in {T}, would you?",
            f"Bin every single one of the {Bs}, please.",
            f"Get rid of all the {Bs}, straight in {T}.",
        ]
    )
    return _act(
        w,
        _say(st, text),
        binned(w.blocks),
        *((b, BIN) for b in _top_first(s, w.blocks)),
    )


def t121_qua_american(w: World) -> Made:
    s = w.state
    opts = [b for b in w.bowls if s.in_bowl(b) and _bin_room(s, len(s.in_bowl(b)))]
    if not opts:
        return None
    b = w.rng.choice(opts)
    inside = s.in_bowl(b)
    st = "american"
    B, T = _bwl(w, b, st), _bin(w, st)
    text = w.rng.choice(
        [
            f"Dump everything in {B} into {T}.",
            f"Empty {B} into {T}.",
            f"Toss whatever's in {B} in {T}.",
        ]
    )
    return _act(
        w, _say(st, text), binned(inside), *((x, BIN) for x in _top_first(s, inside))
    )


def t121_qua_kid(w: World) -> Made:
    opts = [b for b in w.bowls if len(_fill(w, b, 2)) >= 2]
    if not opts:
        return None
    b = w.rng.choice(opts)
    x, y = w.pick(_fill(w, b, 2), 2)
    st = "kid"
    B, Bs = _bwl(w, b, st), w.rng.choice(_BLOCKS[st])
    text = w.rng.choice(
        [
            f"Put any two {Bs} in {B}!",
            f"can you put 2 {Bs} in {B}? any ones",
            f"I want two {Bs} in {B}, you pick!",
        ]
    )

    def two_more(i: SymState, f: SymState) -> bool:
        return len(set(f.in_bowl(b)) - set(i.in_bowl(b))) == 2

    return _act(w, _say(st, text), two_more, (x, b), (y, b))


def t121_qua_labtech(w: World) -> Made:
    s = w.state
    if len(w.blocks) > len(layout.PLACE_SLOTS):
        return None
    p = w.rng.choice(PLACES)
    st = "labtech"
    P, Bs = _place(w, p), w.rng.choice(_BLOCKS[st])
    text = w.rng.choice(
        [
            f"Relocate all {Bs} to {P}.",
            f"Transfer every one of the {Bs} to {P}.",
            f"All {Bs} are to be moved to {P}.",
        ]
    )
    return _act(
        w,
        _say(st, text),
        rels(*(Rel("at", b, p) for b in w.blocks)),
        *((b, p) for b in _top_first(s, w.blocks)),
    )


def t121_qua_gamer(w: World) -> Made:
    st = "gamer"
    Bs = w.rng.choice(_BLOCKS[st])
    if len(w.blocks) <= layout.MAX_TOWER:
        blocks = w.blocks
        text = w.rng.choice(
            [
                f"Stack all the {Bs} into one big tower.",
                f"Pile every one of the {Bs} up into a single tower.",
                f"Heap all the {Bs} into one stack, any order.",
            ]
        )
    else:
        blocks = w.pick(w.blocks, 3)
        X, Y, Z = (_blk(w, b, st) for b in blocks)
        text = w.rng.choice(
            [
                f"Pile all three of {X}, {Y} and {Z} into one tower, any order.",
                f"Stack {X}, {Y} and {Z}, all three of them, into a single tower.",
                f"Heap those three up into one stack: {X}, {Y} and {Z}. Order doesn't matter.",
            ]
        )
    order = w.rng.sample(blocks, len(blocks))
    moves = [(order[0], TABLE), *zip(order[1:], order[:-1])]
    return _act(w, _say(st, text), rels(Rel("tower", *blocks)), *moves)


def t121_qua_elder(w: World) -> Made:
    s = w.state
    k = w.rng.choice([2, 3]) if len(w.blocks) > 3 else 2
    if not _bin_room(s, k):
        return None
    st = "elder"
    T, Bs = _bin(w, st), w.rng.choice(_BLOCKS[st])
    n = {2: "two", 3: "three"}[k]
    text = w.rng.choice(
        [
            f"Would you put any {n} of the {Bs} in {T}, dear? It doesn't matter which.",
            f"I'd like {n} {Bs} put in {T}, please; any {n} will do.",
            f"Pop {n} of those {Bs} into {T} for me, whichever you like.",
        ]
    )

    def k_binned(i: SymState, f: SymState) -> bool:
        return (
            sum(f.base(b) == BIN for b in f.blocks)
            - sum(i.base(b) == BIN for b in i.blocks)
            == k
        )

    return _act(w, _say(st, text), k_binned, *((b, BIN) for b in w.pick(s.blocks, k)))


# ----- negated -----------------------------------------------------------------------------------------
def t121_neg_british(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if len(others) < 2 or not _bin_room(s, len(others)):
        return None
    st = "british"
    X, T, Bs = _blk(w, x, st), _bin(w, st), w.rng.choice(_BLOCKS[st])
    text = w.rng.choice(
        [
            f"Bin all the {Bs} apart from {X}.",
            f"Chuck every one of the {Bs} in {T} except {X}.",
            f"Get rid of all the {Bs} but {X}; in {T} with them.",
        ]
    )
    return _act(
        w,
        _say(st, text),
        both(binned(others), none_binned([x])),
        *((b, BIN) for b in _top_first(s, others)),
    )


def t121_neg_american(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    opts = [(x, a) for a in w.bowls for x in _fill(w, a)]
    if not opts:
        return None
    x, a = w.rng.choice(opts)
    b = w.rng.choice([o for o in w.bowls if o != a])
    st = "american"
    X, A, B = _blk(w, x, st), _bwl(w, a, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"Put {X} in {A}, not {B}.",
            f"Move {X} to {A}. Not {B}, {A}.",
            f"{X} goes in {A}, and not in {B}.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", x, a)), (x, a))


def t121_neg_kid(w: World) -> Made:
    opts = [(x, b) for b in w.bowls for x in _fill(w, b)]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    st = "kid"
    X, B, T = _blk(w, x, st), _bwl(w, b, st), _bin(w, st)
    text = w.rng.choice(
        [
            f"Don't put {X} in {T}! Put it in {B}!",
            f"not {T}!! put {X} in {B}",
            f"{X} doesn't go in {T}, it goes in {B}!",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", x, b)), (x, b))


def t121_neg_labtech(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside or not _bin_room(s, len(outside)):
        return None
    st = "labtech"
    T, Bs, Bw = _bin(w, st), w.rng.choice(_BLOCKS[st]), w.rng.choice(_BOWL[st])
    text = w.rng.choice(
        [
            f"Relocate all {Bs} that are not in a {Bw} to {T}.",
            f"Transfer every one of the {Bs} not currently in a {Bw} to {T}.",
            f"Any of the {Bs} that isn't in a {Bw} goes to {T}.",
        ]
    )
    return _act(
        w,
        _say(st, text),
        both(binned(outside), none_binned(inside)),
        *((b, BIN) for b in _top_first(s, outside)),
    )


def t121_neg_gamer(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    b = w.rng.choice(w.bowls)
    others = [o for o in w.bowls if o != b]
    free = [o for o in others if _room(s, o)]
    opts = [x for x in w.blocks if s.base(x) not in others]
    if not free or not opts:
        return None
    x = w.rng.choice(opts)
    st = "gamer"
    Bw = w.rng.choice(_BOWL[st])
    X, B = _blk(w, x, st), _np(w, b, (Bw,))
    text = w.rng.choice(
        [
            f"Put {X} in any {Bw} except {B}.",
            f"{X} goes in a {Bw}, just not {B}.",
            f"Drop {X} into one of the {_plural(Bw)}, anything but {B}.",
        ]
    )

    def other_bowl(_i: SymState, f: SymState) -> bool:
        return f.support[x] != GRIPPER and f.base(x) in others

    return _act(w, _say(st, text), other_bowl, (x, free[0]))


def t121_neg_elder(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    st = "elder"
    X, Y, T, Tr = _blk(w, x, st), _blk(w, y, st), _table(w, st), _bin(w, st)
    text = w.rng.choice(
        [
            f"Take {X} off {Y}, but don't put it in {Tr}; just set it down on {T}.",
            f"Lift {X} off {Y} and put it on {T}, not in {Tr}, mind.",
            f"Not in {Tr}, dear: take {X} off {Y} and put it on {T}.",
        ]
    )
    return _act(w, _say(st, text), _on_table(x), (x, TABLE))


# ----- relative ----------------------------------------------------------------------------------------
def t121_rel_british(w: World) -> Made:
    s = w.state
    if not _bin_room(s, 1):
        return None
    st = "british"
    T, K = _bin(w, st), w.rng.choice(_BLOCK[st])
    opts = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    if opts and (not w.pairs() or w.rng.random() < 0.5):
        b = w.rng.choice(opts)
        x = s.in_bowl(b)[0]
        B = _bwl(w, b, st)
        text = w.rng.choice(
            [
                f"Pop the {K} that's sitting in {B} into {T}.",
                f"The {K} in {B}: chuck it in {T}, please.",
                f"Could you bin the {K} that's in {B}?",
            ]
        )
        return _act(w, _say(st, text), binned([x]), (x, BIN))
    if not w.pairs():
        return None
    t, x = w.rng.choice(w.pairs())
    X = _blk(w, t, st)
    text = w.rng.choice(
        [
            f"Pop the {K} that {X} is sitting on into {T}.",
            f"The {K} underneath {X}: chuck it in {T}, please.",
            f"Could you bin the {K} with {X} on top of it?",
        ]
    )
    return _act(w, _say(st, text), binned([x]), (x, BIN))


def t121_rel_american(w: World) -> Made:
    pairs = w.pairs()
    if not pairs or not _bin_room(w.state, 1):
        return None
    t, y = w.rng.choice(pairs)
    st = "american"
    Y, T, K = _blk(w, y, st), _bin(w, st), w.rng.choice(_BLOCK[st])
    text = w.rng.choice(
        [
            f"Toss the {K} that's on top of {Y} in {T}.",
            f"Whatever {K} is sitting on {Y}, throw it in {T}.",
            f"Trash the {K} stacked on {Y}.",
        ]
    )
    return _act(w, _say(st, text), binned([t]), (t, BIN))


def t121_rel_kid(w: World) -> Made:
    s = w.state
    opts = [
        (x, u, b)
        for x, u in w.pairs()
        for b in w.bowls
        if s.base(u) != b and _room(s, b)
    ]
    if not opts:
        return None
    x, u, b = w.rng.choice(opts)
    st = "kid"
    X, B, K = _blk(w, x, st), _bwl(w, b, st), w.rng.choice(_BLOCK[st])
    text = w.rng.choice(
        [
            f"Put the {K} that's under {X} in {B}!",
            f"the {K} {X} is sitting on, put it in {B}!",
            f"move the {K} under {X} into {B}",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", u, b)), (u, b))


def t121_rel_labtech(w: World) -> Made:
    sides = [True, False] if w.rng.random() < 0.5 else [False, True]
    for right in sides:
        order = sorted(w.blocks, key=lambda b: -w.y(b) if right else w.y(b))
        if abs(w.y(order[0]) - w.y(order[1])) >= 0.04:
            break
    else:
        return None
    x, p = order[0], w.rng.choice(PLACES)
    st = "labtech"
    side = "right" if right else "left"
    P, K = _place(w, p), w.rng.choice(_BLOCK[st])
    text = w.rng.choice(
        [
            f"Relocate the {K} furthest to the {side} to {P}.",
            f"Transfer the {side}most {K} to {P}.",
            f"Move the {K} on the far {side} over to {P}.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("at", x, p)), (x, p))


def t121_rel_gamer(w: World) -> Made:
    s = w.state
    opts = [
        (t, y, z)
        for t, y in w.pairs()
        for z in w.blocks
        if z != y and _can_stack(s, t, z)
    ]
    if not opts:
        return None
    t, y, z = w.rng.choice(opts)
    st = "gamer"
    Y, Z, K = _blk(w, y, st), _blk(w, z, st), w.rng.choice(_BLOCK[st])
    text = w.rng.choice(
        [
            f"The {K} sitting on top of {Y}, slot it onto {Z}.",
            f"Grab whatever's stacked on {Y} and balance it on {Z}.",
            f"Move the {K} that's on {Y} over onto {Z}.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("on", t, z)), (t, z))


def t121_rel_elder(w: World) -> Made:
    if not _bin_room(w.state, 1):
        return None
    bx, by = layout.BIN_CENTER

    def d(b: str) -> float:
        x, y = w.scene.get(b).position[:2]
        return ((x - bx) ** 2 + (y - by) ** 2) ** 0.5

    sides = [True, False] if w.rng.random() < 0.5 else [False, True]
    for near in sides:
        order = sorted(w.blocks, key=d if near else lambda b: -d(b))
        if abs(d(order[1]) - d(order[0])) >= 0.04:
            break
    else:
        return None
    x = order[0]
    st = "elder"
    T, K = _bin(w, st), w.rng.choice(_BLOCK[st])
    if near:
        text = w.rng.choice(
            [
                f"Put the {K} nearest {T} into it, please.",
                f"The {K} closest to {T}: pop it in, would you?",
                f"Would you drop whichever {K} is nearest {T} into it?",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Put the {K} furthest from {T} into it, please.",
                f"The {K} farthest away from {T}: pop it in there, would you?",
                f"Would you fetch whichever {K} is furthest from {T} and drop it in?",
            ]
        )
    return _act(w, _say(st, text), binned([x]), (x, BIN))


# ----- keep --------------------------------------------------------------------------------------------
def t121_keep_british(w: World) -> Made:
    s = w.state
    if not _bin_room(s, 1):
        return None
    opts = [
        (x, y) for x in w.blocks for y in w.blocks if y != x and y not in s.above(x)
    ]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    st = "british"
    X, Y, T = _blk(w, x, st), _blk(w, y, st), _bin(w, st)
    text = w.rng.choice(
        [
            f"Chuck {X} in {T} but leave {Y} where it is.",
            f"Bin {X}, and don't move {Y}.",
            f"Pop {X} in {T}; {Y} stays put.",
        ]
    )
    return _act(w, _say(st, text), both(binned([x]), kept(y)), (x, BIN))


def t121_keep_american(w: World) -> Made:
    s = w.state
    opts = [
        (x, a, b)
        for a in w.bowls
        if s.in_bowl(a)
        for b in w.bowls
        if b != a
        for x in _fill(w, b)
        if s.base(x) != a
    ]
    if not opts:
        return None
    x, a, b = w.rng.choice(opts)
    st = "american"
    X, A, B = _blk(w, x, st), _bwl(w, a, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"Move {X} to {B} and keep everything in {A} where it is.",
            f"Put {X} in {B}, but leave what's in {A} alone.",
            f"Transfer {X} into {B} without touching {A}.",
        ]
    )
    return _act(
        w, _say(st, text), both(rels(Rel("in", x, b)), kept(*s.in_bowl(a))), (x, b)
    )


def t121_keep_kid(w: World) -> Made:
    s = w.state
    towers = _towers(s)
    if len(towers) != 1:
        return None
    tower = towers[0]
    opts = [(x, b) for b in w.bowls for x in _fill(w, b) if x not in tower]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    st = "kid"
    X, B = _blk(w, x, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"Don't touch the tower! Just put {X} in {B}.",
            f"leave the tower alone!! put {X} in {B}",
            f"Put {X} in {B} but don't knock over the tower!",
        ]
    )
    return _act(w, _say(st, text), both(rels(Rel("in", x, b)), kept(*tower)), (x, b))


def t121_keep_labtech(w: World) -> Made:
    s = w.state
    opts = [
        (x, y, z)
        for x in w.blocks
        for y in w.blocks
        if _can_stack(s, x, y)
        for z in w.blocks
        if z not in (x, y, *s.above(x), *s.above(y))
    ]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    st = "labtech"
    X, Y, Z = _blk(w, x, st), _blk(w, y, st), _blk(w, z, st)
    text = w.rng.choice(
        [
            f"Stack {X} on {Y}; {Z} must remain undisturbed.",
            f"Place {X} on top of {Y} without moving {Z}.",
            f"Please balance {X} on {Y}. Do not relocate {Z}.",
        ]
    )
    return _act(w, _say(st, text), both(rels(Rel("on", x, y)), kept(z)), (x, y))


def t121_keep_gamer(w: World) -> Made:
    s = w.state
    opts = [
        b
        for b in w.bowls
        if s.in_bowl(b)
        and _bin_room(s, len(w.blocks) - len(s.in_bowl(b)))
        and len(s.in_bowl(b)) < len(w.blocks)
    ]
    if not opts:
        return None
    b = w.rng.choice(opts)
    inside = s.in_bowl(b)
    others = [x for x in w.blocks if x not in inside]
    st = "gamer"
    B, T, Bs = _bwl(w, b, st), _bin(w, st), w.rng.choice(_BLOCKS[st])
    text = w.rng.choice(
        [
            f"Leave {B} alone and dump all the rest of the {Bs} in {T}.",
            f"Don't touch what's in {B}; trash all the other {Bs}.",
            f"All the {Bs} go in {T}, except the ones in {B}: leave those be.",
        ]
    )
    return _act(
        w,
        _say(st, text),
        both(binned(others), kept(*inside)),
        *((x, BIN) for x in _top_first(s, others)),
    )


def t121_keep_elder(w: World) -> Made:
    s = w.state
    opts = [
        (x, y)
        for y in w.blocks
        if s.support[y] not in (TABLE, *PLACES)
        for x in w.blocks
        if x != y and x not in s.above(y)
    ]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    st = "elder"
    X, Y, T = _blk(w, x, st), _blk(w, y, st), _table(w, st)
    text = w.rng.choice(
        [
            f"Leave {X} just where it is and put {Y} on {T}.",
            f"Don't move {X}, dear, but do put {Y} down on {T}.",
            f"Put {Y} on {T}, and mind you leave {X} be.",
        ]
    )
    return _act(w, _say(st, text), both(_on_table(y), kept(x)), (y, TABLE))


# ----- multi-step --------------------------------------------------------------------------------------
def t121_multi_british(w: World) -> Made:
    s = w.state
    if not _bin_room(s, 1):
        return None
    opts = [
        (x, y, z)
        for x in w.blocks
        for y in w.blocks
        for z in w.blocks
        if _can_stack(s, y, z) and x not in (*_tower(s, y), *_tower(s, z))
    ]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    st = "british"
    X, Y, Z, T = _blk(w, x, st), _blk(w, y, st), _blk(w, z, st), _bin(w, st)
    text = w.rng.choice(
        [
            f"First pop {X} in {T}, then stick {Y} on {Z}.",
            f"Chuck {X} in {T}, and after that balance {Y} on {Z}.",
            f"Bin {X}, then plonk {Y} on top of {Z}.",
        ]
    )
    return _act(
        w, _say(st, text), both(binned([x]), rels(Rel("on", y, z))), (x, BIN), (y, z)
    )


def t121_multi_american(w: World) -> Made:
    if not _bin_room(w.state, 1):
        return None
    x, y = w.pick(w.blocks, 2)
    p = w.rng.choice(PLACES)
    st = "american"
    X, Y, T, P = _blk(w, x, st), _blk(w, y, st), _bin(w, st), _place(w, p)
    text = w.rng.choice(
        [
            f"Toss {X} in {T} and then move {Y} to {P}.",
            f"First trash {X}, then put {Y} at {P}.",
            f"Throw {X} in {T}, then take {Y} over to {P}.",
        ]
    )
    return _act(
        w, _say(st, text), both(binned([x]), rels(Rel("at", y, p))), (x, BIN), (y, p)
    )


def t121_multi_kid(w: World) -> Made:
    opts = [
        (x, y, b) for b in w.bowls for y in _fill(w, b, 2) for x in w.blocks if x != y
    ]
    if not opts:
        return None
    x, y, b = w.rng.choice(opts)
    st = "kid"
    X, Y, B = _blk(w, x, st), _blk(w, y, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"Put {Y} in {B} and then put {X} on top of it!",
            f"first {Y} goes in {B}, then {X} goes on top!",
            f"put {Y} in {B}, then stack {X} on it",
        ]
    )
    return _act(
        w, _say(st, text), rels(Rel("in", y, b), Rel("on", x, y)), (y, b), (x, y)
    )


def t121_multi_labtech(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    p = w.rng.choice(PLACES)
    st = "labtech"
    X, Y, P = _blk(w, x, st), _blk(w, y, st), _place(w, p)
    text = w.rng.choice(
        [
            f"Step one: transfer {X} to {P}. Step two: place {Y} on top of it.",
            f"First relocate {X} to {P}, then stack {Y} on it.",
            f"Transfer {X} to {P}; subsequently, place {Y} on {X}.",
        ]
    )
    return _act(
        w, _say(st, text), rels(Rel("at", x, p), Rel("on", y, x)), (x, p), (y, x)
    )


def t121_multi_gamer(w: World) -> Made:
    s = w.state
    opts = [
        (x, b)
        for b in w.bowls
        if s.in_bowl(b) and _bin_room(s, len(s.in_bowl(b)))
        for x in w.blocks
        if s.base(x) != b
    ]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    inside = s.in_bowl(b)
    st = "gamer"
    X, B, T = _blk(w, x, st), _bwl(w, b, st), _bin(w, st)
    text = w.rng.choice(
        [
            f"First clear out {B} into {T}, then drop {X} into {B}.",
            f"Dump everything in {B} into {T} and then put {X} in {B}.",
            f"Empty {B} into {T}, then stash {X} in {B}.",
        ]
    )
    return _act(
        w,
        _say(st, text),
        both(binned(inside), rels(Rel("in", x, b))),
        *((o, BIN) for o in _top_first(s, inside)),
        (x, b),
    )


def t121_multi_elder(w: World) -> Made:
    opts = [
        (x, a, y, b)
        for a in w.bowls
        for b in w.bowls
        if a != b
        for x in _fill(w, a)
        for y in _fill(w, b)
        if x != y
    ]
    if not opts:
        return None
    x, a, y, b = w.rng.choice(opts)
    st = "elder"
    X, A, Y, B = _blk(w, x, st), _bwl(w, a, st), _blk(w, y, st), _bwl(w, b, st)
    text = w.rng.choice(
        [
            f"Put {X} in {A}, and then put {Y} in {B}, please.",
            f"First {X} into {A}, dear, and after that {Y} into {B}.",
            f"Would you tuck {X} into {A}, and then {Y} into {B}?",
        ]
    )
    return _act(
        w, _say(st, text), rels(Rel("in", x, a), Rel("in", y, b)), (x, a), (y, b)
    )


# ----- questions ---------------------------------------------------------------------------------------
def t121_q_british(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        b = s.base(x)
    else:
        x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    st = "british"
    X, B = _blk(w, x, st), _bwl(w, b, st)
    text = w.rng.choice(
        [f"Is {X} in {B}?", f"Is {X} sitting in {B}, then?", f"Have we got {X} in {B}?"]
    )
    return _ask(_say(st, text), yes(s.base(x) == b))


def t121_q_american(w: World) -> Made:
    s = w.state
    b = w.rng.choice(w.bowls)
    st = "american"
    B, Bs = _bwl(w, b, st), w.rng.choice(_BLOCKS[st])
    text = w.rng.choice(
        [
            f"How many {Bs} are in {B}?",
            f"How many {Bs} are sitting in {B} right now?",
            f"What's the count of {Bs} in {B}?",
        ]
    )
    return _ask(_say(st, text), str(len(s.in_bowl(b))))


def t121_q_kid(w: World) -> Made:
    s = w.state
    st = "kid"
    K = w.rng.choice(_BLOCK[st])
    alone = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    if alone and (not w.pairs() or w.rng.random() < 0.5):
        b = w.rng.choice(alone)
        B = _bwl(w, b, st)
        text = w.rng.choice(
            [
                f"What colour is the {K} in {B}?",
                f"what colour is the {K} inside {B}?",
                f"Which colour is the {K} sitting in {B}?",
            ]
        )
        return _ask(_say(st, text), w.colour(s.in_bowl(b)[0]))
    if not w.pairs():
        return None
    t, y = w.rng.choice(w.pairs())
    Y = _blk(w, y, st)
    text = w.rng.choice(
        [
            f"What colour is the {K} on top of {Y}?",
            f"what colour is the {K} sitting on {Y}?",
            f"Which colour is the {K} on {Y}?",
        ]
    )
    return _ask(_say(st, text), w.colour(t))


def t121_q_labtech(w: World) -> Made:
    s = w.state
    st = "labtech"
    K = w.rng.choice(_BLOCK[st])
    opts = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    if opts and (not w.pairs() or w.rng.random() < 0.5):
        b = w.rng.choice(opts)
        B = _bwl(w, b, st)
        text = w.rng.choice(
            [
                f"Which {K} is in {B}?",
                f"Identify the {K} currently in {B}.",
                f"What {K} is sitting in {B}?",
            ]
        )
        return _ask(_say(st, text), s.in_bowl(b)[0])
    if not w.pairs():
        return None
    t, y = w.rng.choice(w.pairs())
    Y = _blk(w, y, st)
    text = w.rng.choice(
        [
            f"Which {K} is resting on {Y}?",
            f"Identify the {K} stacked directly on {Y}.",
            f"What {K} sits on top of {Y}?",
        ]
    )
    return _ask(_say(st, text), t)


def t121_q_gamer(w: World) -> Made:
    s = w.state
    under = [y for _t, y in w.pairs()]
    x = (
        w.rng.choice(under)
        if under and w.rng.random() < 0.5
        else w.rng.choice(w.blocks)
    )
    st = "gamer"
    X = _blk(w, x, st)
    text = w.rng.choice(
        [
            f"Is anything stacked on {X}?",
            f"Is there a block on top of {X}?",
            f"Anything sitting on {X}?",
        ]
    )
    return _ask(_say(st, text), yes(not s.is_clear(x)))


def t121_q_elder(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if abs(w.y(x) - w.y(y)) < 0.04:
        return None
    right = w.rng.random() < 0.5
    side = "right" if right else "left"
    st = "elder"
    X, Y = _blk(w, x, st), _blk(w, y, st)
    text = w.rng.choice(
        [
            f"Is {X} to the {side} of {Y}?",
            f"Would {X} be on the {side} of {Y}, dear?",
            f"Tell me, is {X} further {side} than {Y}?",
        ]
    )
    flag = w.y(x) > w.y(y) if right else w.y(x) < w.y(y)
    return _ask(_say(st, text), yes(flag))


# ----- matching ----------------------------------------------------------------------------------------
def _match_moves(w: World) -> list[tuple[str, str]] | None:
    """The moves that put each block with a bowl of its colour into it, or None where a bowl would overflow."""
    s = w.state
    todo = [(r.block, r.target) for r in matching(w) if s.base(r.block) != r.target]
    if any(not _room(s, b) for _x, b in todo):
        return None
    return todo


def t121_match_british(w: World) -> Made:
    moves = _match_moves(w)
    if not moves:
        return None
    st = "british"
    Bs, Bw = w.rng.choice(_BLOCKS[st]), w.rng.choice(_BOWL[st])
    text = w.rng.choice(
        [
            f"Pop each of the {Bs} into the {Bw} that's the same colour as it.",
            f"Put the {Bs} in the {_plural(Bw)} of the same colour, please.",
            f"Sort the {Bs} into the matching coloured {_plural(Bw)}.",
        ]
    )
    again = [
        (r.block, r.target) for r in matching(w)
    ]  # those already home, should they be disturbed
    return _act(w, _say(st, text), rels(*matching(w)), *moves, *again)


def t121_match_american(w: World) -> Made:
    s = w.state
    moves = _match_moves(w)
    if not moves:
        return None
    matched = {r.block for r in matching(w)}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or not _bin_room(s, len(rest)):
        return None
    st = "american"
    T = _bin(w, st)
    text = w.rng.choice(
        [
            f"Match the blocks to the bowls by colour and toss whatever doesn't match in {T}.",
            f"Put each block in the bowl of its colour; anything without a matching bowl goes in {T}.",
            f"Sort the cubes into the same-colour bowls and dump the leftovers in {T}.",
        ]
    )
    return _act(
        w,
        _say(st, text),
        both(rels(*matching(w)), binned(rest)),
        *((b, BIN) for b in _top_first(s, rest)),
        *((r.block, r.target) for r in matching(w)),
    )


def t121_match_kid(w: World) -> Made:
    moves = _match_moves(w)
    if not moves:
        return None
    x, b = w.rng.choice(moves)
    st = "kid"
    X, Bw = _blk(w, x, st), w.rng.choice(_BOWL[st])
    text = w.rng.choice(
        [
            f"Put {X} in the {Bw} that's the same colour!",
            f"{X} wants to go in the {Bw} that matches it!",
            f"put {X} in its matching {Bw}",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", x, b)), (x, b))


def t121_match_labtech(w: World) -> Made:
    moves = _match_moves(w)
    if not moves:
        return None
    x, b = w.rng.choice(moves)
    st = "labtech"
    B, K = _bwl(w, b, st, phrase=False), w.rng.choice(_BLOCK[st])
    text = w.rng.choice(
        [
            f"Transfer the {K} that matches {B} into it.",
            f"Place the {K} of the same colour as {B} in it.",
            f"Relocate the {K} whose colour matches {B} into that same container.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", x, b)), (x, b))


def t121_match_gamer(w: World) -> Made:
    s = w.state
    by_colour = {w.colour(x): x for x in w.blocks}
    opts = [
        (x, t, b)
        for b in w.bowls
        if w.colour(b) in by_colour
        for t in [by_colour[w.colour(b)]]
        for x in w.blocks
        if _can_stack(s, x, t)
    ]
    if not opts:
        return None
    x, t, b = w.rng.choice(opts)
    st = "gamer"
    X, B, K = _blk(w, x, st), _bwl(w, b, st, phrase=False), w.rng.choice(_BLOCK[st])
    text = w.rng.choice(
        [
            f"Put {X} on the {K} that's the same colour as {B}.",
            f"Stack {X} on top of whichever {K} matches {B}.",
            f"Slot {X} onto the {K} that matches the colour of {B}.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("on", x, t)), (x, t))


def t121_match_elder(w: World) -> Made:
    s = w.state
    by_colour = {w.colour(x): x for x in w.blocks}
    opts = [
        (t, a, b)
        for a in w.bowls
        if w.colour(a) in by_colour
        for t in [by_colour[w.colour(a)]]
        for b in w.bowls
        if b != a and s.base(t) != b and _room(s, b)
    ]
    if not opts:
        return None
    t, a, b = w.rng.choice(opts)
    st = "elder"
    A, B, K = (
        _bwl(w, a, st, phrase=False),
        _bwl(w, b, st, phrase=False),
        w.rng.choice(_BLOCK[st]),
    )
    text = w.rng.choice(
        [
            f"Find the {K} that's the same colour as {A} and tuck it into {B}.",
            f"The {K} matching {A}: would you put it in {B}, dear?",
            f"Take the {K} the same colour as {A} and pop it in {B}, please.",
        ]
    )
    return _act(w, _say(st, text), rels(Rel("in", t, b)), (t, b))


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
_STYLES = ("british", "american", "kid", "labtech", "gamer", "elder")
FRESH121: list[Template] = [
    (f"t121_{short}_{style}", category, globals()[f"t121_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
