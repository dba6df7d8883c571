"""`FRESH114`, the hundred-and-fifteenth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: typed in a hurry, the way people really type into a chat box. Misspellings and typos that leave the meaning
plain to any person ("teh", "blcok", "bule", "grene", "bwol", "stak"), dropped words and shorthand ("red -> bin",
"both red & blue in grene bowl"), no capitals or ALL CAPS, stretched words ("pleeease", "sooo"), odd or missing
punctuation, "u"/"ur"/"pls"/"thx"/"w/o"/"&" and a stray emoji or ":)" at the end. Colours stay spelled out (at
most a letter or two off, never into another colour or object word), and every request is feasible and means
one end state in its scene.

- texter: lower case, "pls", "thx", "u", ":)": "pls put teh bule block in the grene bwol :)"
- gamer: arrows, caps, "lol", "gg", "rn": "redd blcok -> bin lol"
- tired: a tired engineer's terse shorthand: "stak yelow on purpel. thats all"
- kid: a child's stretched words and emoji: "can u put the pinkk block in the top left corner pleeease 😄"
- learner: a non-native speaker's grammar: "please you put the orang blok on the table"
- phone: fat-finger typos on a phone keyboard: "mvoe teh cyna blcok to the midle"

Each action check also asks that nothing is left in the gripper. The intended moves ride on each action check
(`moves114`), so that the self-check can apply them to a copy of the state; the suite ignores them.

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 61ef769, after every fix before it and before anything it could prompt):
0.823 goal-correct (247 of 300), 48 refused, 5 wrong, two of them actions: 'dump evrything in the whitte bowl in teh
bin, then put whitte blcok in there' put the block in the bin instead of the emptied bowl (twice); three wrong replies
('orange block in the blu bowl?' planned as a move, 'how many blocks on the table total rn?' counted only blocks standing
directly on the table, 'is the redd bloc on the yellow block??' did not know 'redd').
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

# ----- hurried spelling ---------------------------------------------------------------------------------
_COLOUR_TYPOS: dict[str, tuple[str, ...]] = {
    "red": ("redd", "red"),
    "green": ("grene", "gren", "greeen"),
    "blue": ("bule", "blu", "bluee"),
    "yellow": ("yelow", "yello", "yellw"),
    "orange": ("ornage", "orang", "oragne"),
    "purple": ("purpel", "purpl", "puple"),
    "pink": ("pinkk", "pinnk"),
    "cyan": ("cyna", "cyaan"),
    "white": ("whtie", "wite", "whitte"),
}
_KIND_TYPOS: dict[str, tuple[str, ...]] = {
    "block": ("blcok", "blok", "blokc", "bloc"),
    "bowl": ("bwol", "bowll", "boowl"),
}
_PLACE_TYPOS: dict[str, tuple[str, ...]] = {
    "top left corner": ("top left cornr", "top left corner", "top lfet corner"),
    "top right corner": ("top rigth corner", "top right cornr", "top right corner"),
    "bottom left corner": (
        "botom left corner",
        "bottom left cornr",
        "bottom left corner",
    ),
    "bottom right corner": (
        "bottom rite corner",
        "botom right corner",
        "bottom right corner",
    ),
    "middle": ("midle", "middel", "middle"),
}


def _nm(w: World, name: str, p: float = 0.5, bare: bool = False) -> str:
    """`name` ("red block") as typed in a hurry: colour and kind each misspelled with chance `p`; with `bare`,
    a block's kind may be dropped when no bowl shares its colour."""
    colour = w.colour(name)
    kind = name.split()[-1]
    c = w.rng.choice(_COLOUR_TYPOS[colour]) if w.rng.random() < p else colour
    if (
        bare
        and kind == "block"
        and all(w.colour(b) != colour for b in w.bowls)
        and w.rng.random() < 0.5
    ):
        return c
    k = w.rng.choice(_KIND_TYPOS[kind]) if w.rng.random() < p else kind
    return f"{c} {k}"


def _pl(w: World, place: str, p: float = 0.5) -> str:
    return w.rng.choice(_PLACE_TYPOS[place]) if w.rng.random() < p else place


def _teh(w: World) -> str:
    return w.rng.choice(("teh", "the", "teh"))


# ----- scene helpers ------------------------------------------------------------------------------------
def _free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _go(check: Check, *moves: tuple[str, str]) -> Check:
    """The check with an empty gripper, carrying the intended moves (block, target) for the self-check."""
    full = both(check, _free)
    full.moves114 = moves  # type: ignore[attr-defined]
    return full


def _below(s: SymState, b: str) -> list[str]:
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _tower(s: SymState, b: str) -> set[str]:
    return {b, *_below(s, b), *s.above(b)}


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _stackable(w: World, x: str, y: str, extra: int = 1) -> bool:
    """Whether `x` can go on `y` (clear, `extra` more blocks fit on it, `x` not under it)."""
    s = w.state
    return (
        x != y
        and s.is_clear(y)
        and len(_below(s, y)) + 1 + extra <= layout.MAX_TOWER
        and x not in _below(s, y)
        and s.support[y] != BIN
        and s.support[x] != y
        and (
            s.base(y) not in s.bowls
            or s.base(x) == s.base(y)
            or _room(w, s.base(y)) >= extra
        )
    )


def _fits(w: World, y: str, *blocks: str) -> bool:
    """Whether `blocks` fit in the bowl under `y`, if `y` stands in one."""
    bowl = w.state.base(y)
    if bowl not in w.state.bowls:
        return True
    return sum(w.state.base(b) != bowl for b in blocks) <= _room(w, bowl)


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(x, y) for x in _loose(w) for y in _loose(w) if _stackable(w, x, y)]
    return w.rng.choice(pairs) if pairs else None


def _bowl_for(w: World, block: str, room: int = 1) -> str | None:
    bowls = [b for b in w.bowls if w.state.base(block) != b and _room(w, b) >= room]
    return w.rng.choice(bowls) if bowls else None


def _lone(w: World, b: str) -> bool:
    return w.state.support[b] == TABLE and w.state.is_clear(b)


def _extreme(w: World, key: str) -> str | None:
    """The block furthest left ("left") or right, if it stands alone and clearly apart from every other."""
    sign = 1.0 if key == "left" else -1.0
    ranked = sorted(_loose(w), key=lambda b: sign * w.y(b))
    if len(ranked) < 2 or not _lone(w, ranked[0]):
        return None
    return ranked[0] if sign * (w.y(ranked[1]) - w.y(ranked[0])) >= 0.05 else None


# ----- imperative ---------------------------------------------------------------------------------------
def t114_imp_texter(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, x)
    if bowl is None:
        return None
    xs, bs = _nm(w, x), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"pls put {_teh(w)} {xs} in the {bs} :)",
            f"can u put the {xs} in {_teh(w)} {bs} pls",
            f"put {_nm(w, x, bare=True)} in the {bs} thx",
        )
    )
    return text, _go(rels(Rel("in", x, bowl)), (x, bowl))


def t114_imp_gamer(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    xs = _nm(w, x, 0.7)
    text = w.rng.choice(
        (f"{xs} -> bin", f"YEET the {xs.upper()} in the bin lol", f"bin the {xs} rn")
    )
    return text, _go(rels(Rel("in_bin", x)), (x, BIN))


def t114_imp_tired(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    xs, ys = _nm(w, x, bare=True), _nm(w, y, bare=True)
    text = w.rng.choice(
        (
            f"stack {xs} on {ys}",
            f"stak {xs} on top of {ys} pls",
            f"{xs} on top of {ys}. thx",
        )
    )
    return text, _go(rels(Rel("on", x, y)), (x, y))


def t114_imp_kid(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    place = w.rng.choice(PLACES)
    xs, ps = _nm(w, x), _pl(w, place)
    text = w.rng.choice(
        (
            f"can u put the {xs} in the {ps} pleeease",
            f"put the {xs} in the {ps}!!!",
            f"PUT {_teh(w).upper()} {xs.upper()} IN THE {ps.upper()} 😄",
        )
    )
    return text, _go(rels(Rel("at", x, place)), (x, place))


def t114_imp_learner(w: World) -> Made:
    raised = [b for b in _loose(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not raised:
        return None
    x = w.rng.choice(raised)
    xs = _nm(w, x)
    text = w.rng.choice(
        (
            f"please you put the {xs} on the table",
            f"put the {xs} down on table please",
            f"the {xs}, put it on the tabel please",
        )
    )
    return text, _go(rels(Rel("on_table", x)), (x, TABLE))


def t114_imp_phone(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    xs, ms = _nm(w, x, 0.7), _pl(w, "middle", 0.7)
    text = w.rng.choice(
        (
            f"move teh {xs} to the {ms}",
            f"mvoe the {xs} to the {ms} pls",
            f"put teh {xs} in teh {ms}",
        )
    )
    return text, _go(rels(Rel("at", x, "middle")), (x, "middle"))


# ----- declarative --------------------------------------------------------------------------------------
def t114_dec_texter(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, x)
    if bowl is None:
        return None
    xs, bs = _nm(w, x), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"{_teh(w)} {xs} goes in the {bs} thx",
            f"{xs} goes in {_teh(w)} {bs} :)",
            f"the {xs} belongs in the {bs} lol",
        )
    )
    return text, _go(rels(Rel("in", x, bowl)), (x, bowl))


def t114_dec_gamer(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    xs = _nm(w, x, 0.7)
    text = w.rng.choice(
        (
            f"{xs} belongs in the bin gg",
            f"the bin is where the {xs} goes lol",
            f"{xs.upper()} GOES IN THE BIN",
        )
    )
    return text, _go(rels(Rel("in_bin", x)), (x, BIN))


def t114_dec_tired(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    xs, ys = _nm(w, x), _nm(w, y)
    text = w.rng.choice(
        (
            f"{xs} goes on {ys}. thats all",
            f"the {xs} is supposed to be on the {ys}",
            f"{xs} sits on top of {ys} when ur done",
        )
    )
    return text, _go(rels(Rel("on", x, y)), (x, y))


def t114_dec_kid(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    place = w.rng.choice(PLACES)
    xs, ps = _nm(w, x), _pl(w, place)
    text = w.rng.choice(
        (
            f"the {xs} has to be in the {ps} ok",
            f"the {xs} goes in the {ps}!!",
            f"the {xs} lives in the {ps} now 🏠",
        )
    )
    return text, _go(rels(Rel("at", x, place)), (x, place))


def t114_dec_learner(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, x)
    if bowl is None:
        return None
    xs, bs = _nm(w, x), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"the {bs} is for the {xs}",
            f"the {xs} is going in the {bs} please",
            f"the place of the {xs} is in the {bs}",
        )
    )
    return text, _go(rels(Rel("in", x, bowl)), (x, bowl))


def t114_dec_phone(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    x, y = pair
    xs, ys = _nm(w, x, 0.7), _nm(w, y, 0.7)
    text = w.rng.choice(
        (
            f"{xs} and {ys} both go in teh bin",
            f"teh {xs} & the {ys} go in the bin",
            f"the {xs} nad the {ys} belong in teh bin",
        )
    )
    return text, _go(binned([x, y]), (x, BIN), (y, BIN))


# ----- desiderative -------------------------------------------------------------------------------------
def t114_des_texter(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, x)
    if bowl is None:
        return None
    xs, bs = _nm(w, x), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"i want {_teh(w)} {xs} in the {bs} pls",
            f"i want the {xs} in {bs} :)",
            f"want the {xs} in the {bs} thx",
        )
    )
    return text, _go(rels(Rel("in", x, bowl)), (x, bowl))


def t114_des_gamer(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    xs, ys = _nm(w, x, 0.6), _nm(w, y, 0.6)
    text = w.rng.choice(
        (
            f"wanna see the {xs} stacked on the {ys}",
            f"i want {xs} on top of {ys} lol",
            f"NEED the {xs} on the {ys} rn",
        )
    )
    return text, _go(rels(Rel("on", x, y)), (x, y))


def t114_des_tired(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    xs = _nm(w, x)
    text = w.rng.choice(
        (
            f"need {xs} in bin. thx",
            f"id like the {xs} in the bin",
            f"want {xs} in the bin pls",
        )
    )
    return text, _go(rels(Rel("in_bin", x)), (x, BIN))


def t114_des_kid(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    place = w.rng.choice(PLACES)
    xs, ps = _nm(w, x), _pl(w, place)
    text = w.rng.choice(
        (
            f"i wish the {xs} was in the {ps} :)",
            f"i really really want the {xs} in the {ps}",
            f"i want the {xs} in the {ps} sooo bad",
        )
    )
    return text, _go(rels(Rel("at", x, place)), (x, place))


def t114_des_learner(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    xs, ys = _nm(w, x), _nm(w, y)
    text = w.rng.choice(
        (
            f"i would like that you put the {xs} on the {ys}",
            f"i want that the {xs} is on the {ys}",
            f"my wish is to have the {xs} on top the {ys}",
        )
    )
    return text, _go(rels(Rel("on", x, y)), (x, y))


def t114_des_phone(w: World) -> Made:
    raised = [b for b in _loose(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not raised:
        return None
    x = w.rng.choice(raised)
    xs = _nm(w, x, 0.7)
    text = w.rng.choice(
        (
            f"id like teh {xs} back on the table",
            f"i want the {xs} on teh tabel",
            f"would like teh {xs} on the table pls",
        )
    )
    return text, _go(rels(Rel("on_table", x)), (x, TABLE))


# ----- quantified ---------------------------------------------------------------------------------------
def t114_qua_texter(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > 5:
        return None
    text = w.rng.choice(
        (
            f"put all {_teh(w)} blocks in the bin pls",
            "all blcoks in the bin thx",
            "every block in the bin pls :)",
        )
    )
    return text, _go(binned(blocks), *((b, BIN) for b in blocks))


def t114_qua_gamer(w: World) -> Made:
    table = w.state.on_the_table()
    bowls = [b for b in w.bowls if _room(w, b) >= len(table)]
    if len(table) < 2 or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    bs = _nm(w, bowl, 0.6)
    text = w.rng.choice(
        (
            f"every blcok on the table -> {bs}",
            f"ALL the blocks on the table in the {bs.upper()} lol",
            f"all blocks on teh table into {bs} gogo",
        )
    )
    return text, _go(
        rels(*(Rel("in", b, bowl) for b in table)), *((b, bowl) for b in table)
    )


def t114_qua_tired(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    out = [b for b in _loose(w) if w.state.base(b) != bowl]
    if _room(w, bowl) < 2 or len(out) < 2:
        return None
    x, y = w.pick(out, 2)
    xs, ys, bs = _nm(w, x, bare=True), _nm(w, y, bare=True), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"both {xs} & {ys} in {bs}",
            f"{xs} & {ys} -> {bs}, both",
            f"put both {xs} and {ys} in the {bs}",
        )
    )
    return text, _go(rels(Rel("in", x, bowl), Rel("in", y, bowl)), (x, bowl), (y, bowl))


def t114_qua_kid(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    bs = _nm(w, bowl)
    text = w.rng.choice(
        (
            f"put two blocks in the {bs} pleeease",
            f"can u put 2 blocks in the {bs}",
            f"i want TWO blocks in the {bs} :)",
        )
    )
    x, y = w.pick(_loose(w), 2)
    return text, _go(count_in(bowl, 2), (x, bowl), (y, bowl))


def t114_qua_learner(w: World) -> Made:
    bowls = [b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= 5]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    bs = _nm(w, bowl)
    text = w.rng.choice(
        (
            f"please put every blocks of the {bs} into the bin",
            f"all the blocks which are in {bs}, put them in bin please",
            f"the blocks in the {bs}, all of them to the bin please",
        )
    )
    return text, _go(binned(inside), *((b, BIN) for b in reversed(inside)))


def t114_qua_phone(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    bs = _nm(w, bowl, 0.7)
    text = w.rng.choice(
        (
            f"take evrything out of teh {bs} and put it on the table",
            f"empty the {bs} onto teh table pls",
            f"all blocks from teh {bs} on the tabel",
        )
    )
    check: Check = lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside)
    return text, _go(check, *((b, TABLE) for b in inside))


# ----- negated ------------------------------------------------------------------------------------------
def t114_neg_texter(w: World) -> Made:
    blocks = _loose(w)
    x = w.rng.choice(blocks)
    others = [b for b in blocks if b != x]
    if not 2 <= len(others) <= 5:
        return None
    xs = _nm(w, x)
    text = w.rng.choice(
        (
            f"put every block in the bin except {_teh(w)} {xs} pls",
            f"all blocks in the bin but not the {xs} thx",
            f"bin everything except the {xs} :)",
        )
    )
    return text, _go(
        both(binned(others), none_binned([x])), *((b, BIN) for b in others)
    )


def t114_neg_gamer(w: World) -> Made:
    y = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, y)
    spare = [b for b in _loose(w) if b != y and b not in w.state.above(y)]
    if bowl is None or not spare:
        return None
    x = w.rng.choice(spare)
    xs, ys, bs = _nm(w, x, 0.6), _nm(w, y, 0.6), _nm(w, bowl, 0.6)
    text = w.rng.choice(
        (
            f"dont touch the {xs}!! {ys} -> {bs}",
            f"{ys} in {bs} but DONT touch {xs}",
            f"put {ys} in the {bs} w/o touching the {xs}",
        )
    )
    return text, _go(both(rels(Rel("in", y, bowl)), kept(x)), (y, bowl))


def t114_neg_tired(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, x)
    if bowl is None:
        return None
    other = w.rng.choice([b for b in w.bowls if b != bowl])
    xs, bs, os_ = _nm(w, x, bare=True), _nm(w, bowl), _nm(w, other)
    text = w.rng.choice(
        (
            f"{xs} in {bs}, not {os_}",
            f"put the {xs} in the {bs} not the {os_}",
            f"{xs} -> {bs} (NOT {os_})",
        )
    )
    return text, _go(rels(Rel("in", x, bowl)), (x, bowl))


def t114_neg_kid(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    xs, bs = _nm(w, x), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"i dont want the {xs} in the {bs} anymore",
            f"take the {xs} out of the {bs}, i dont want it there",
            f"the {xs} shouldnt be in the {bs} 😠",
        )
    )
    return text, _go(lambda _i, f: f.base(x) != bowl, (x, TABLE))


def t114_neg_learner(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    xs, ys = _nm(w, x), _nm(w, y)
    text = w.rng.choice(
        (
            f"please, no put the {xs} in the bin, put it on the {ys}",
            f"not in the bin! the {xs} go on top of the {ys} please",
            f"the {xs} not to the bin, on the {ys} please",
        )
    )
    return text, _go(both(rels(Rel("on", x, y)), none_binned([x])), (x, y))


def t114_neg_phone(w: World) -> Made:
    covered = [b for b in _loose(w) if not w.state.is_clear(b)]
    if covered:
        x = w.rng.choice(covered)
        xs = _nm(w, x, 0.7)
        text = w.rng.choice(
            (
                f"take evrything off teh {xs} but dont move it",
                f"clear teh top of the {xs} but dont move the {xs} itself",
                f"get evrything off the {xs}, dont move it tho",
            )
        )
        return text, _go(
            both(rels(Rel("clear", x)), kept(x)),
            *((b, TABLE) for b in w.state.above(x)),
        )
    x = w.rng.choice(_loose(w))
    bowl = w.state.base(x) if w.state.base(x) in w.bowls else w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != bowl and _room(w, b) >= 1]
    if not others:
        return None
    xs, bs = _nm(w, x, 0.7), _nm(w, bowl, 0.7)
    text = w.rng.choice(
        (
            f"put teh {xs} in a bowl, just not the {bs}",
            f"{xs} in one of teh bowls pls but NOT the {bs}",
        )
    )
    return text, _go(
        lambda _i, f: f.base(x) in f.bowls and f.base(x) != bowl, (x, others[0])
    )


# ----- relative -----------------------------------------------------------------------------------------
def t114_rel_texter(w: World) -> Made:
    tops = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not tops:
        return None
    x, y = w.rng.choice(tops)
    ys = _nm(w, y)
    text = w.rng.choice(
        (
            f"put the block thats on {_teh(w)} {ys} in the bin pls",
            f"the block on top of the {ys}, bin it pls",
            f"can u put whatever block is on the {ys} in the bin",
        )
    )
    return text, _go(rels(Rel("in_bin", x)), (x, BIN))


def t114_rel_gamer(w: World) -> Made:
    place = w.rng.choice(PLACES)
    ps = _pl(w, place)
    alone = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    tops = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if alone and (not tops or w.rng.random() < 0.5):
        bowl = w.rng.choice(alone)
        x = w.state.in_bowl(bowl)[0]
        bs = _nm(w, bowl, 0.6)
        text = w.rng.choice(
            (
                f"the blcok in the {bs} -> {ps}",
                f"block thats in {bs}, move it to {ps} lol",
                f"whatever block is in the {bs} to the {ps} rn",
            )
        )
    elif tops:
        x, y = w.rng.choice(tops)
        ys = _nm(w, y, 0.6)
        text = w.rng.choice(
            (
                f"the blcok on {ys} -> {ps}",
                f"block thats sitting on {ys}, move it to {ps} lol",
            )
        )
    else:
        return None
    return text, _go(rels(Rel("at", x, place)), (x, place))


def t114_rel_tired(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = _bowl_for(w, y)
    if bowl is None:
        return None
    xs, bs = _nm(w, x), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"block under {xs} -> {bs}",
            f"the block under the {xs}, put it in the {bs}",
            f"take the block beneath {xs} & put it in {bs}",
        )
    )
    return text, _go(rels(Rel("in", y, bowl)), (y, bowl))


def t114_rel_kid(w: World) -> Made:
    left = _extreme(w, "left")
    x = left or _extreme(w, "right")
    bowl = _bowl_for(w, x) if x else None
    if x is None or bowl is None:
        return None
    bs = _nm(w, bowl)
    side = "left" if left else "right"
    text = w.rng.choice(
        (
            f"put the block thats the most {side} in the {bs} pleeease",
            f"can u put the {side}est block in the {bs}",
            f"the block all the way on the {side} goes in the {bs} :D",
        )
    )
    return text, _go(rels(Rel("in", x, bowl)), (x, bowl))


def t114_rel_learner(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if bowls:
        bowl = w.rng.choice(bowls)
        ranked = sorted(_loose(w), key=lambda b: w.dist(b, bowl))
        x = ranked[0]
        if _lone(w, x) and w.dist(ranked[1], bowl) - w.dist(x, bowl) >= 0.05:
            bs = _nm(w, bowl)
            text = w.rng.choice(
                (
                    f"please put the block who is most near to the {bs} in the bin",
                    f"the block nearest of the {bs}, put it in bin please",
                    f"the block which is closest the {bs} must go to the bin",
                )
            )
            return text, _go(rels(Rel("in_bin", x)), (x, BIN))
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    xs = _nm(w, x)
    text = w.rng.choice(
        (
            f"the block where the {xs} is sitting on, put it in the bin please",
            f"please put in the bin the block which have the {xs} on it",
        )
    )
    return text, _go(rels(Rel("in_bin", y)), (y, BIN))


def t114_rel_phone(w: World) -> Made:
    right = _extreme(w, "right")
    x = right or _extreme(w, "left")
    if x is None:
        return None
    place = w.rng.choice(PLACES)
    ps = _pl(w, place, 0.7)
    if right:
        text = w.rng.choice(
            (
                f"the rightmost blcok to teh {ps}",
                f"move teh block furthest right to the {ps}",
                f"put the block taht is most to the right in the {ps}",
            )
        )
    else:
        text = w.rng.choice(
            (
                f"the leftmost blcok to teh {ps}",
                f"move teh block furthest left to the {ps}",
            )
        )
    return text, _go(rels(Rel("at", x, place)), (x, place))


# ----- keep ---------------------------------------------------------------------------------------------
def t114_keep_texter(w: World) -> Made:
    y = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, y)
    spare = [b for b in _loose(w) if b != y and b not in w.state.above(y)]
    if bowl is None or not spare:
        return None
    x = w.rng.choice(spare)
    xs, ys, bs = _nm(w, x), _nm(w, y), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"put {_teh(w)} {ys} in the {bs} but keep the {xs} where it is",
            f"{ys} in the {bs} pls, keep {xs} where it is",
            f"can u put the {ys} in {_teh(w)} {bs} & keep the {xs} where it is thx",
        )
    )
    return text, _go(both(rels(Rel("in", y, bowl)), kept(x)), (y, bowl))


def t114_keep_gamer(w: World) -> Made:
    y = w.rng.choice(_loose(w))
    spare = [b for b in _loose(w) if b != y and b not in w.state.above(y)]
    if not spare:
        return None
    x = w.rng.choice(spare)
    xs, ys = _nm(w, x, 0.6), _nm(w, y, 0.6)
    text = w.rng.choice(
        (
            f"{ys} -> bin, leave {xs} alone",
            f"bin the {ys} but leave the {xs} alone lol",
            f"{ys.upper()} IN THE BIN. {xs.upper()} STAYS",
        )
    )
    return text, _go(both(rels(Rel("in_bin", y)), kept(x)), (y, BIN))


def t114_keep_tired(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    bowl = w.rng.choice(bowls) if bowls else None
    inside = w.state.in_bowl(bowl) if bowl else []
    pairs = [
        (x, y)
        for x in _loose(w)
        for y in _loose(w)
        if x not in inside and y not in inside and _stackable(w, x, y)
    ]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    xs, ys = _nm(w, x, bare=True), _nm(w, y, bare=True)
    if bowl:
        bs = _nm(w, bowl)
        text = w.rng.choice(
            (
                f"keep the {bs} as is. {xs} on {ys}",
                f"{xs} on top of {ys}, leave whatever is in the {bs}",
                f"stak {xs} on {ys} w/o touching the {bs}",
            )
        )
        return text, _go(both(rels(Rel("on", x, y)), kept(*inside)), (x, y))
    spare = [b for b in _loose(w) if b not in (x, y) and b not in w.state.above(x)]
    if not spare:
        return None
    z = w.rng.choice(spare)
    zs = _nm(w, z)
    text = w.rng.choice(
        (
            f"keep {zs} where it is. {xs} on {ys}",
            f"stak {xs} on {ys} w/o moving the {zs}",
        )
    )
    return text, _go(both(rels(Rel("on", x, y)), kept(z)), (x, y))


def t114_keep_kid(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    spare = [
        b
        for b in _loose(w)
        if b not in (x, y) and b not in w.state.above(x) and b not in w.state.above(y)
    ]
    if not spare:
        return None
    z = w.rng.choice(spare)
    xs, ys, zs = _nm(w, x), _nm(w, y), _nm(w, z)
    text = w.rng.choice(
        (
            f"stack the {xs} on the {ys} but dont move the {zs} ok",
            f"put the {xs} on top of the {ys}!! the {zs} stays where it is",
            f"can u put the {xs} on the {ys} and keep the {zs} where it is pleeease",
        )
    )
    return text, _go(both(rels(Rel("on", x, y)), kept(z)), (x, y))


def t114_keep_learner(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, s = w.rng.choice(pairs)
    others = [b for b in _loose(w) if b not in _tower(w.state, x)]
    if not others:
        return None
    y = w.rng.choice(others)
    xs, ss, ys = _nm(w, x), _nm(w, s), _nm(w, y)
    text = w.rng.choice(
        (
            f"please keep the {xs} on the {ss}, and put the {ys} in the bin",
            f"the {xs} stay on the {ss} please, only the {ys} go in the bin",
            f"put the {ys} in bin but the {xs} must stay on {ss}",
        )
    )
    return text, _go(both(rels(Rel("in_bin", y)), kept(x)), (y, BIN))


def t114_keep_phone(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    others = [b for b in _loose(w) if b not in _tower(w.state, x)]
    if not others:
        return None
    y = w.rng.choice(others)
    xs, bs, ys, ms = (
        _nm(w, x, 0.7),
        _nm(w, bowl, 0.7),
        _nm(w, y, 0.7),
        _pl(w, "middle", 0.7),
    )
    text = w.rng.choice(
        (
            f"leave teh {xs} in the {bs} pls & move the {ys} to the {ms}",
            f"keep the {xs} in teh {bs}, just move {ys} to the {ms}",
            f"move teh {ys} to the {ms} but leave the {xs} in teh {bs}",
        )
    )
    return text, _go(rels(Rel("in", x, bowl), Rel("at", y, "middle")), (y, "middle"))


# ----- multi-step ---------------------------------------------------------------------------------------
def t114_multi_texter(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    x, y = pair
    bowl = _bowl_for(w, y)
    if bowl is None:
        return None
    xs, ys, bs = _nm(w, x), _nm(w, y), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"put {_teh(w)} {xs} in the bin then the {ys} in the {bs} thx",
            f"{xs} in bin, then {ys} in {bs} pls",
            f"first the {xs} in the bin and then {_teh(w)} {ys} in the {bs} :)",
        )
    )
    return text, _go(rels(Rel("in_bin", x), Rel("in", y, bowl)), (x, BIN), (y, bowl))


def t114_multi_gamer(w: World) -> Made:
    clear = [b for b in _loose(w) if w.state.is_clear(b)]
    triples = [
        (x, y, z)
        for y in clear
        for x in clear
        for z in clear
        if len({x, y, z}) == 3
        and _stackable(w, x, y, extra=2)
        and z not in _below(w.state, y)
        and _fits(w, y, x, z)
    ]
    if not triples:
        return None
    x, y, z = w.rng.choice(triples)
    xs, ys, zs = (
        _nm(w, x, 0.6, bare=True),
        _nm(w, y, 0.6, bare=True),
        _nm(w, z, 0.6, bare=True),
    )
    text = w.rng.choice(
        (
            f"{xs} on {ys}, then {zs} on {xs} ez",
            f"stack {xs} on {ys} then {zs} on top of {xs} gg",
            f"{xs} on {ys} then {zs} on top gg",
        )
    )
    return text, _go(rels(Rel("on", x, y), Rel("on", z, x)), (x, y), (z, x))


def t114_multi_tired(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    x, y = pair
    place = w.rng.choice(PLACES)
    xs, ys, ps = _nm(w, x, bare=True), _nm(w, y, bare=True), _pl(w, place)
    text = w.rng.choice(
        (
            f"1) {xs} to {ps} 2) {ys} to bin",
            f"{xs} to the {ps}, then {ys} in bin. done",
            f"first {xs} -> {ps}. then {ys} -> bin",
        )
    )
    return text, _go(rels(Rel("at", x, place), Rel("in_bin", y)), (x, place), (y, BIN))


def t114_multi_kid(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = _bowl_for(w, x)
    if bowl is None:
        return None
    xs, ys, bs = _nm(w, x), _nm(w, y), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"first take the {xs} off the {ys} then put it in the {bs} pleeease",
            f"take the {xs} off the {ys} and after put it in the {bs} 🙂",
            f"can u take the {xs} off the {ys} and then put it in the {bs}",
        )
    )
    return text, _go(rels(Rel("in", x, bowl)), (x, bowl))


def t114_multi_learner(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    x, y = pair
    if y in _below(w.state, x):
        return None
    xs, ys = _nm(w, x), _nm(w, y)
    text = w.rng.choice(
        (
            f"firstly move the {xs} to the middle, after that put the {ys} on it",
            f"first the {xs} go to the middle, then you put the {ys} on top of it please",
            f"please move the {xs} at the middle and after put the {ys} on the {xs}",
        )
    )
    return text, _go(
        rels(Rel("at", x, "middle"), Rel("on", y, x)), (x, "middle"), (y, x)
    )


def t114_multi_phone(w: World) -> Made:
    bowls = [b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= 5]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    x = w.rng.choice(outside)
    bs, xs = _nm(w, bowl, 0.7), _nm(w, x, 0.7)
    text = w.rng.choice(
        (
            f"empty teh {bs} into the bin and then put the {xs} in it",
            f"dump evrything in the {bs} in teh bin, then put {xs} in there",
            f"evrything from the {bs} to teh bin, aftr that the {xs} goes in the {bs}",
        )
    )
    return text, _go(
        both(binned(inside), rels(Rel("in", x, bowl))),
        *((b, BIN) for b in reversed(inside)),
        (x, bowl),
    )


# ----- question -----------------------------------------------------------------------------------------
def t114_q_texter(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    pool = inside if inside and w.rng.random() < 0.5 else _loose(w)
    x = w.rng.choice(pool)
    xs, bs = _nm(w, x), _nm(w, bowl)
    text = w.rng.choice(
        (
            f"is {_teh(w)} {xs} in the {bs}??",
            f"{xs} in the {bs}?",
            f"is the {xs} in {bs} rn?",
        )
    )
    return text, answered(yes(w.state.base(x) == bowl))


def t114_q_gamer(w: World) -> Made:
    n = len(w.blocks)
    text = w.rng.choice(
        (
            "how many blcoks r there lol",
            "HOW MANY BLOCKS R THERE",
            "how many blocks on the table total rn?",
        )
    )
    if "table" in text and len(w.state.on_the_table()) != n:
        text = "how many blocks r there total rn?"
    return text, answered(str(n))


def t114_q_tired(w: World) -> Made:
    tops = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not tops:
        return None
    x, y = w.rng.choice(tops)
    ys = _nm(w, y)
    text = w.rng.choice(
        (f"whats on {ys}", f"what's on top of teh {ys}?", f"what block is on the {ys}")
    )
    return text, answered(x)


def t114_q_kid(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(_loose(w), 2)
        if y in _below(
            w.state, x
        ):  # higher up the same tower: "on" it or not is for the reader to guess
            return None
    flag = w.state.support[x] == y
    xs, ys = _nm(w, x), _nm(w, y)
    text = w.rng.choice(
        (
            f"is the {xs} on the {ys}??",
            f"is the {xs} sitting on the {ys} 🤔",
            f"is teh {xs} on top of the {ys}",
        )
    )
    return text, answered(yes(flag))


def t114_q_learner(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    bs = _nm(w, bowl)
    text = w.rng.choice(
        (
            f"how many block there are in the {bs}?",
            f"how much blocks is in the {bs}",
            f"please tell me the number of block in the {bs}",
        )
    )
    return text, answered(str(len(w.state.in_bowl(bowl))))


def t114_q_phone(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    xs = _nm(w, x, 0.7)
    text = w.rng.choice(
        (
            f"wich bowl is teh {xs} in",
            f"wich bwol has the {xs}?",
            f"what bowl is teh {xs} in?",
        )
    )
    return text, answered(w.state.base(x))


# ----- matching -----------------------------------------------------------------------------------------
def _unmatched(w: World) -> list[Rel]:
    """The colour matches that do not hold yet; none when a bowl that needs its block has no room left."""
    todo = [r for r in matching(w) if w.state.base(r.block) != r.target]
    return todo if all(_room(w, r.target) >= 1 for r in todo) else []


def _all_matching(w: World, texts: tuple[str, ...]) -> Made:
    want = matching(w)
    todo = _unmatched(w)
    if not todo:
        return None
    moves = [(r.block, r.target) for r in todo] + [
        (r.block, r.target) for r in want if r not in todo
    ]
    return w.rng.choice(texts), _go(rels(*want), *moves)


def t114_match_texter(w: World) -> Made:
    return _all_matching(
        w,
        (
            "put each block in the bowl of the same colour pls",
            "put evry block in the same color bowl thx :)",
            "can u put the blocks in the bowls w/ the same colour as them",
        ),
    )


def t114_match_gamer(w: World) -> Made:
    return _all_matching(
        w,
        (
            "match colours: blocks -> same colour bowls",
            "BLOCKS INTO SAME COLOR BOWLS GG",
            "blocks go in the bowl w/ matching color lol",
        ),
    )


def t114_match_tired(w: World) -> Made:
    return _all_matching(
        w,
        (
            "blocks into the matching colour bowls where possible",
            "each block in its same-colour bowl if there is one",
            "colour match blocks & bowls. thx",
        ),
    )


def t114_match_kid(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    xs = _nm(w, r.block)
    text = w.rng.choice(
        (
            f"put the {xs} in the bowl thats the same colour as it",
            f"can u put the {xs} in the bowl that matches it pleeease",
            f"the {xs} wants to go in its same color bowl 🙂",
        )
    )
    return text, _go(rels(r), (r.block, r.target))


def t114_match_learner(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    bs = _nm(w, r.target)
    text = w.rng.choice(
        (
            f"put the block with same colour as the {bs} into it please",
            f"the block of the same color than the {bs}, put it inside",
            f"please, the block who has the colour of the {bs} go in the {bs}",
        )
    )
    return text, _go(rels(r), (r.block, r.target))


def t114_match_phone(w: World) -> Made:
    return _all_matching(
        w,
        (
            "evry block that has a bowl of teh same colour goes in it",
            "matching colours pls: each block in its bwol",
            "put teh blocks in the bowls taht match their colour",
        ),
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
_STYLES = ("texter", "gamer", "tired", "kid", "learner", "phone")
FRESH114: list[Template] = [
    (f"t114_{short}_{style}", category, globals()[f"t114_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
