"""`FRESH51`, the fifty-second untuned batch: sixty language templates, six per category, for the offline planner.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
Every category has one template in each of six styles, people from other trades bringing their own words: a warehouse
picker (SKU, tote, stow, putaway), a programmer typing pseudo-code, a cook (set aside, plate, toss, mise en place),
a board or video game player (pieces, the board, moves), a lab scientist writing a protocol (Step 1., n=2, verify)
and a coach barking short orders ("Red block. Blue bowl. Now!").

Its first run, before any fix it prompted (300 instructions, seed 0, on 6c6f9a5): 0.467 goal-correct (140 of 300), 144
refused, 5 asked, 11 wrong: one wrong action ('n=2 blocks per bowl') and ten wrong replies ('how many SKUs in the W
tote?' and 'Count the blocks that are not in any bowl and report n.').
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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds

_CAP = layout.BOWL_CAPACITY
_FLOOR = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _code(w: World, name: str) -> str:
    """How a programmer names a thing: red_block, blue_bowl."""
    kind = "bowl" if name in w.state.bowls else "block"
    return f"{w.colour(name)}_{kind}"


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(adding)) <= _CAP


def _on_floor(w: World, b: str) -> bool:
    """Resting directly on the table (or a named place on it)."""
    return w.state.support[b] in _FLOOR


def _loose(w: World) -> list[str]:
    """Blocks not in any bowl (nor the bin)."""
    return [b for b in w.blocks if w.state.base(b) in _FLOOR]


def _in_any_bowl(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) in w.state.bowls]


def _level(w: World, b: str) -> int:
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can sensibly go on `below`: a free block standing in a tower on the table, not under `top`."""
    s = w.state
    return (top != below and s.is_clear(below) and s.base(below) in _FLOOR and below not in s.above(top)
            and s.support[top] != below and _level(w, below) < layout.MAX_TOWER)


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _into(w: World) -> tuple[str, str] | None:
    """(block, bowl): a block not yet in that bowl, which has room for it."""
    options = [(b, bowl) for bowl in w.bowls for b in w.blocks if w.state.base(b) != bowl and _room(w, bowl, [b])]
    return w.rng.choice(options) if options else None


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _where(place: str) -> str:
    return f"the {place}" if place != "middle" else "the middle of the table"


def _off_floor(w: World) -> list[str]:
    """Blocks not resting on the table itself: on another block or in a bowl."""
    return [b for b in w.blocks if not _on_floor(w, b) and w.state.base(b) != BIN]


def _new(check: Check, w: World) -> Check | None:
    """The check, or None when it already holds in the scene."""
    return None if check(w.state, w.state) else check


def _made(text: str, check: Check, w: World) -> Made:
    c = _new(check, w)
    return (text, c) if c is not None else None


def _matching(w: World) -> Check | None:
    want = matching(w)
    if not want or all(holds(r, w.state) for r in want):
        return None
    if any(not _room(w, r.target, [r.block]) for r in want):
        return None
    return rels(*want)


# ----- imperative ---------------------------------------------------------------------------------------
def f51_imp_picker(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    x, bowl = pick
    return _made(f"Pick the {_c(w, x)} SKU and stow it in the {_c(w, bowl)} tote.", rels(Rel("in", x, bowl)), w)


def f51_imp_code(w: World) -> Made:
    if not (pair := _stack_pair(w)):
        return None
    x, y = pair
    return _made(f"place({_code(w, x)}, on_top_of={_code(w, y)})", rels(Rel("on", x, y)), w)


def f51_imp_cook(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _made(f"That {_c(w, x)} cube's no good, toss it in the bin.", rels(Rel("in_bin", x)), w)


def f51_imp_game(w: World) -> Made:
    if not (pair := _stack_pair(w)):
        return None
    x, y = pair
    return _made(f"drop the {_c(w, x)} piece on the {_c(w, y)} one", rels(Rel("on", x, y)), w)


def f51_imp_lab(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), _place(w)
    return _made(f"Transfer the {_c(w, x)} block to {_where(place)}.", rels(Rel("at", x, place)), w)


def f51_imp_coach(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    x, bowl = pick
    return _made(f"{_c(w, x).capitalize()} block. {_c(w, bowl).capitalize()} bowl. Now!",
                 rels(Rel("in", x, bowl)), w)


# ----- declarative --------------------------------------------------------------------------------------
def f51_decl_picker(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    x, bowl = pick
    return _made(f"The {_c(w, x)} SKU belongs in the {_c(w, bowl)} tote.", rels(Rel("in", x, bowl)), w)


def f51_decl_code(w: World) -> Made:
    if not (off := _off_floor(w)):
        return None
    x = w.rng.choice(off)
    return _made(f'expected end state: {_code(w, x)}.on == "table"', rels(Rel("on_table", x)), w)


def f51_decl_cook(w: World) -> Made:
    if not (pair := _stack_pair(w)):
        return None
    x, y = pair
    return _made(f"The {_c(w, x)} cube sits on top of the {_c(w, y)} cube, like a garnish.",
                 rels(Rel("on", x, y)), w)


def f51_decl_game(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), _place(w)
    return _made(f"The {_c(w, x)} piece's next move is to {_where(place)}.", rels(Rel("at", x, place)), w)


def f51_decl_lab(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    x, bowl = pick
    return _made(f"Final condition: the {_c(w, x)} block is located in the {_c(w, bowl)} bowl.",
                 rels(Rel("in", x, bowl)), w)


def f51_decl_coach(w: World) -> Made:
    if not (pair := _stack_pair(w)):
        return None
    x, y = pair
    return _made(f"{_c(w, x).capitalize()} block goes on the {_c(w, y)} block. That's the drill.",
                 rels(Rel("on", x, y)), w)


# ----- desiderative -------------------------------------------------------------------------------------
def f51_want_picker(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    x, bowl = pick
    return _made(f"I need the {_c(w, x)} SKU put away in the {_c(w, bowl)} tote please",
                 rels(Rel("in", x, bowl)), w)


def f51_want_code(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _made(f"I want the result of trash({_code(w, x)}), i.e. the {_c(w, x)} block ends up in the bin",
                 rels(Rel("in_bin", x)), w)


def f51_want_cook(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), _place(w)
    return _made(f"I'd like the {_c(w, x)} cube set aside in {_where(place)}.", rels(Rel("at", x, place)), w)


def f51_want_game(w: World) -> Made:
    if not (pair := _stack_pair(w)):
        return None
    x, y = pair
    return _made(f"i want the {_c(w, x)} piece stacked on the {_c(w, y)} piece", rels(Rel("on", x, y)), w)


def f51_want_lab(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    x, bowl = pick
    return _made(f"The {_c(w, x)} block should be placed in the {_c(w, bowl)} bowl prior to imaging.",
                 rels(Rel("in", x, bowl)), w)


def f51_want_coach(w: World) -> Made:
    if not (off := _off_floor(w)):
        return None
    x = w.rng.choice(off)
    return _made(f"I want that {_c(w, x)} block on the table, pronto!", rels(Rel("on_table", x)), w)


# ----- quantified ---------------------------------------------------------------------------------------
def f51_all_picker(w: World) -> Made:
    loose = _loose(w)
    bowl = w.rng.choice(w.bowls)
    if len(loose) < 2 or not _room(w, bowl, loose):
        return None
    return _made(f"Stow every SKU that isn't already in a tote into the {_c(w, bowl)} tote.",
                 rels(*(Rel("in", b, bowl) for b in loose)), w)


def f51_all_code(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    return _made("for b in blocks: if not in_any_bowl(b): bin(b)",
                 both(binned(loose), none_binned(_in_any_bowl(w))), w)


def f51_all_cook(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    return _made(f"Plate any two cubes in the {_c(w, bowl)} bowl, doesn't matter which.", count_in(bowl, 2), w)


def f51_all_game(w: World) -> Made:
    return _made("Clear the board, every piece goes in the bin.", binned(w.blocks), w)


def f51_all_lab(w: World) -> Made:
    if len(w.blocks) < 2 * len(w.bowls):
        return None
    if len(w.bowls) == 1:
        text = f"Protocol: the {_c(w, w.bowls[0])} bowl should hold n=2 blocks."
    else:
        text = "Protocol: distribute the blocks among the bowls, n=2 blocks per bowl."
    return _made(text, both(*(count_in(b, 2) for b in w.bowls)), w)


def f51_all_coach(w: World) -> Made:
    inside = _in_any_bowl(w)
    if not inside:
        return None
    return _made("Everything out of the bowls! Onto the table! Move!",
                 both(rels(*(Rel("on_table", b) for b in inside)), *(empty(b) for b in w.bowls)), w)


# ----- negated ------------------------------------------------------------------------------------------
def f51_not_picker(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x, avoid = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != avoid]
    if w.state.base(x) in others or not any(_room(w, b, [x]) for b in others):
        return None
    check: Check = lambda _i, f: f.base(x) in others
    return _made(f"Stow the {_c(w, x)} SKU in a tote, any tote but the {_c(w, avoid)} one.", check, w)


def f51_not_code(w: World) -> Made:
    inside = _in_any_bowl(w)
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    check: Check = lambda _i, f: f.base(x) not in (bowl, BIN)
    return _made(f"{_code(w, bowl)}.remove({_code(w, x)})  # don't bin it though", check, w)


def f51_not_cook(w: World) -> Made:
    if not (off := _off_floor(w)):
        return None
    x = w.rng.choice(off)
    return _made(f"Don't toss the {_c(w, x)} cube, just set it aside on the table.", rels(Rel("on_table", x)), w)


def f51_not_game(w: World) -> Made:
    inside = _in_any_bowl(w)
    if not inside:
        return None
    return _made("No pieces left in the bowls, and don't bin any of them.",
                 both(*(empty(b) for b in w.bowls), none_binned(w.blocks)), w)


def f51_not_lab(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    rest = [b for b in w.blocks if b != x]
    if not _room(w, bowl, rest):
        return None
    check = both(rels(*(Rel("in", b, bowl) for b in rest)), lambda _i, f: f.base(x) != bowl)
    return _made(f"Transfer all blocks except the {_c(w, x)} block into the {_c(w, bowl)} bowl.", check, w)


def f51_not_coach(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    return _made(f"Not the {_c(w, y)} one! The {_c(w, x)} block, in the bin, now!",
                 both(rels(Rel("in_bin", x)), none_binned([y])), w)


# ----- relative -----------------------------------------------------------------------------------------
def f51_rel_picker(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    src = w.rng.choice(singles)
    x = w.state.in_bowl(src)[0]
    dests = [b for b in w.bowls if b != src and _room(w, b, [x])]
    if dests and w.rng.random() < 0.5:
        dst = w.rng.choice(dests)
        return _made(f"Pick the SKU that's in the {_c(w, src)} tote and stow it in the {_c(w, dst)} tote.",
                     rels(Rel("in", x, dst)), w)
    place = _place(w)
    return _made(f"Pick the SKU that's in the {_c(w, src)} tote, putaway location: {place}.",
                 rels(Rel("at", x, place)), w)


def f51_rel_code(w: World) -> Made:
    if not (pairs := w.pairs()):
        return None
    top, below = w.rng.choice(pairs)
    return _made(f"bin(block_on_top_of({_code(w, below)}))", rels(Rel("in_bin", top)), w)


def f51_rel_cook(w: World) -> Made:
    if not (pairs := w.pairs()):
        return None
    top, below = w.rng.choice(pairs)
    return _made(f"The cube sitting on the {_c(w, below)} cube, set that one aside on the table.",
                 rels(Rel("on_table", top)), w)


def f51_rel_game(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support and not w.state.is_clear(b)]
    if len(bottoms) != 1:
        return None
    x = bottoms[0]
    dests = [b for b in w.bowls if w.state.base(x) != b and _room(w, b, [x])]
    if not dests:
        return None
    bowl = w.rng.choice(dests)
    return _made(f"Take the piece at the bottom of the stack and put it in the {_c(w, bowl)} bowl.",
                 rels(Rel("in", x, bowl)), w)


def f51_rel_lab(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    loose = _loose(w)
    if not loose:
        return None
    ranked = sorted(loose, key=lambda b: w.dist(b, bowl))
    x = ranked[0]
    if not (w.state.is_clear(x) and _on_floor(w, x) and _room(w, bowl, [x])):
        return None
    if len(ranked) > 1 and w.dist(ranked[1], bowl) < w.dist(x, bowl) + 0.03:
        return None
    return _made(f"Of the blocks not yet in a bowl, transfer the one nearest the {_c(w, bowl)} bowl into it.",
                 rels(Rel("in", x, bowl)), w)


def f51_rel_coach(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    x = w.state.in_bowl(bowl)[0]
    return _made(f"The block in the {_c(w, bowl)} bowl! Out! On the table! Now!", rels(Rel("on_table", x)), w)


# ----- keep ---------------------------------------------------------------------------------------------
def _keep_pair(w: World, x: str) -> str | None:
    others = [b for b in w.blocks if b != x and b not in w.state.above(x)]
    return w.rng.choice(others) if others else None


def f51_keep_picker(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    x, bowl = pick
    if not (y := _keep_pair(w, x)):
        return None
    return _made(f"Stow the {_c(w, x)} SKU in the {_c(w, bowl)} tote, don't touch the {_c(w, y)} SKU.",
                 both(rels(Rel("in", x, bowl)), kept(y)), w)


def f51_keep_code(w: World) -> Made:
    if not (off := _off_floor(w)):
        return None
    x = w.rng.choice(off)
    if not (y := _keep_pair(w, x)):
        return None
    return _made(f'move({_code(w, x)}, "table")  # leave {_code(w, y)} where it is',
                 both(rels(Rel("on_table", x)), kept(y)), w)


def f51_keep_cook(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    if not w.state.is_clear(x):
        return None
    rest = [b for b in w.blocks if b != x]
    return _made(f"Toss the {_c(w, x)} cube but leave the rest of the mise en place as it is.",
                 both(rels(Rel("in_bin", x)), kept(*rest)), w)


def f51_keep_game(w: World) -> Made:
    x, place = w.rng.choice(w.blocks), _place(w)
    if not w.state.is_clear(x):
        return None
    rest = [b for b in w.blocks if b != x]
    return _made(f"Move the {_c(w, x)} piece to {_where(place)} without moving any other piece.",
                 both(rels(Rel("at", x, place)), kept(*rest)), w)


def f51_keep_lab(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    x, bowl = pick
    if not (y := _keep_pair(w, x)):
        return None
    return _made(f"Transfer the {_c(w, x)} block to the {_c(w, bowl)} bowl. Control: the {_c(w, y)} block "
                 "must remain undisturbed.", both(rels(Rel("in", x, bowl)), kept(y)), w)


def f51_keep_coach(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    if not (y := _keep_pair(w, x)):
        return None
    return _made(f"{_c(w, x).capitalize()} block in the bin. {_c(w, y).capitalize()} block stays put!",
                 both(rels(Rel("in_bin", x)), kept(y)), w)


# ----- multi_step ---------------------------------------------------------------------------------------
def f51_multi_picker(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    x, bowl = pick
    others = [b for b in w.blocks if b != x]
    y = w.rng.choice(others)
    if not _room(w, bowl, [x, y]):
        return None
    return _made(f"First stow the {_c(w, x)} SKU in the {_c(w, bowl)} tote, then put the {_c(w, y)} SKU on top "
                 "of it.", rels(Rel("in", x, bowl), Rel("on", y, x)), w)


def f51_multi_code(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    y, bowl = pick
    x = w.rng.choice([b for b in w.blocks if b != y])
    return _made(f"bin({_code(w, x)}); move({_code(w, y)}, {_code(w, bowl)})",
                 rels(Rel("in_bin", x), Rel("in", y, bowl)), w)


def f51_multi_cook(w: World) -> Made:
    if not (pick := _into(w)):
        return None
    y, bowl = pick
    x, place = w.rng.choice([b for b in w.blocks if b != y]), _place(w)
    return _made(f"Set the {_c(w, x)} cube aside in {_where(place)}, then plate the {_c(w, y)} cube in the "
                 f"{_c(w, bowl)} bowl.", rels(Rel("at", x, place), Rel("in", y, bowl)), w)


def f51_multi_game(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    place = _place(w)
    return _made(f"Two moves: {_c(w, x)} piece to {_where(place)}, then the {_c(w, y)} piece on top of it.",
                 rels(Rel("at", x, place), Rel("on", y, x)), w)


def f51_multi_lab(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    x, y = w.pick(w.blocks, 2)
    text = (f"Step 1. Transfer the {_c(w, x)} block to the {_c(w, bowl)} bowl. Step 2. Transfer the {_c(w, y)} "
            f"block to the bin. Step 3. Verify the {_c(w, bowl)} bowl contains exactly one block.")
    return _made(text, both(rels(Rel("in", x, bowl), Rel("in_bin", y)), count_in(bowl, 1)), w)


def f51_multi_coach(w: World) -> Made:
    if not (off := _off_floor(w)):
        return None
    y = w.rng.choice(off)
    x = w.rng.choice([b for b in w.blocks if b != y])
    return _made(f"{_c(w, x).capitalize()} block, in the bin! Then {_c(w, y)} block, onto the table! "
                 "Move it, move it!", rels(Rel("in_bin", x), Rel("on_table", y)), w)


# ----- question -----------------------------------------------------------------------------------------
def f51_q_picker(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"qty check: how many SKUs in the {_c(w, bowl)} tote?", answered(str(len(w.state.in_bowl(bowl))))


def f51_q_code(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"quick check: is {_code(w, bowl)}.empty()?", answered(yes(not w.state.in_bowl(bowl)))


def f51_q_cook(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    answer = "|".join(_c(w, b) for b in inside) if inside else "nothing"
    return f"What have we got in the {_c(w, bowl)} bowl?", answered(answer)


def f51_q_game(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    s = w.state.support[x]
    if s in _FLOOR:
        answer = "table"
    elif s in w.state.bowls:
        answer = f"{_c(w, s)}|bowl"
    elif w.state.base(x) in _FLOOR:
        answer = f"{_c(w, s)}|block"
    else:
        return None
    return f"where's the {_c(w, x)} piece?", answered(answer)


def f51_q_lab(w: World) -> Made:
    n = len(_loose(w))
    return "Count the blocks that are not in any bowl and report n.", answered(str(n))


def f51_q_coach(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        options = [(a, b) for a in w.blocks for b in w.blocks if a != b and a not in w.state.above(b)
                   and b not in w.state.above(a)]
        if not options:
            return None
        x, y = w.rng.choice(options)
        flag = False
    return f"{_c(w, x).capitalize()} block on the {_c(w, y)} block? Yes or no!", answered(yes(flag))


# ----- matching -----------------------------------------------------------------------------------------
def f51_match_picker(w: World) -> Made:
    if not (check := _matching(w)):
        return None
    return "Slot every SKU into the tote that matches its colour.", check


def f51_match_code(w: World) -> Made:
    if not (check := _matching(w)):
        return None
    return "for block in blocks: if block.color in bowls: move(block, bowls[block.color])", check


def f51_match_cook(w: World) -> Made:
    if not (check := _matching(w)):
        return None
    return "Mise en place: each cube goes in the bowl of the same colour.", check


def f51_match_game(w: World) -> Made:
    todo = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target, [r.block])]
    if not todo:
        return None
    r = w.rng.choice(todo)
    return f"put the {_c(w, r.block)} piece in its matching bowl", rels(r)


def f51_match_lab(w: World) -> Made:
    if not (check := _matching(w)):
        return None
    return "Sort the blocks by colour: each block into the bowl of the corresponding colour, where one exists.", check


def f51_match_coach(w: World) -> Made:
    if not (check := _matching(w)):
        return None
    return "Colours together! Every block to its own colour bowl! Go go go!", check


FRESH51: list[Template] = [
    ("f51_imp_picker", "imperative", f51_imp_picker),
    ("f51_imp_code", "imperative", f51_imp_code),
    ("f51_imp_cook", "imperative", f51_imp_cook),
    ("f51_imp_game", "imperative", f51_imp_game),
    ("f51_imp_lab", "imperative", f51_imp_lab),
    ("f51_imp_coach", "imperative", f51_imp_coach),
    ("f51_decl_picker", "declarative", f51_decl_picker),
    ("f51_decl_code", "declarative", f51_decl_code),
    ("f51_decl_cook", "declarative", f51_decl_cook),
    ("f51_decl_game", "declarative", f51_decl_game),
    ("f51_decl_lab", "declarative", f51_decl_lab),
    ("f51_decl_coach", "declarative", f51_decl_coach),
    ("f51_want_picker", "desiderative", f51_want_picker),
    ("f51_want_code", "desiderative", f51_want_code),
    ("f51_want_cook", "desiderative", f51_want_cook),
    ("f51_want_game", "desiderative", f51_want_game),
    ("f51_want_lab", "desiderative", f51_want_lab),
    ("f51_want_coach", "desiderative", f51_want_coach),
    ("f51_all_picker", "quantified", f51_all_picker),
    ("f51_all_code", "quantified", f51_all_code),
    ("f51_all_cook", "quantified", f51_all_cook),
    ("f51_all_game", "quantified", f51_all_game),
    ("f51_all_lab", "quantified", f51_all_lab),
    ("f51_all_coach", "quantified", f51_all_coach),
    ("f51_not_picker", "negated", f51_not_picker),
    ("f51_not_code", "negated", f51_not_code),
    ("f51_not_cook", "negated", f51_not_cook),
    ("f51_not_game", "negated", f51_not_game),
    ("f51_not_lab", "negated", f51_not_lab),
    ("f51_not_coach", "negated", f51_not_coach),
    ("f51_rel_picker", "relative", f51_rel_picker),
    ("f51_rel_code", "relative", f51_rel_code),
    ("f51_rel_cook", "relative", f51_rel_cook),
    ("f51_rel_game", "relative", f51_rel_game),
    ("f51_rel_lab", "relative", f51_rel_lab),
    ("f51_rel_coach", "relative", f51_rel_coach),
    ("f51_keep_picker", "keep", f51_keep_picker),
    ("f51_keep_code", "keep", f51_keep_code),
    ("f51_keep_cook", "keep", f51_keep_cook),
    ("f51_keep_game", "keep", f51_keep_game),
    ("f51_keep_lab", "keep", f51_keep_lab),
    ("f51_keep_coach", "keep", f51_keep_coach),
    ("f51_multi_picker", "multi_step", f51_multi_picker),
    ("f51_multi_code", "multi_step", f51_multi_code),
    ("f51_multi_cook", "multi_step", f51_multi_cook),
    ("f51_multi_game", "multi_step", f51_multi_game),
    ("f51_multi_lab", "multi_step", f51_multi_lab),
    ("f51_multi_coach", "multi_step", f51_multi_coach),
    ("f51_q_picker", "question", f51_q_picker),
    ("f51_q_code", "question", f51_q_code),
    ("f51_q_cook", "question", f51_q_cook),
    ("f51_q_game", "question", f51_q_game),
    ("f51_q_lab", "question", f51_q_lab),
    ("f51_q_coach", "question", f51_q_coach),
    ("f51_match_picker", "matching", f51_match_picker),
    ("f51_match_code", "matching", f51_match_code),
    ("f51_match_cook", "matching", f51_match_cook),
    ("f51_match_game", "matching", f51_match_game),
    ("f51_match_lab", "matching", f51_match_lab),
    ("f51_match_coach", "matching", f51_match_coach),
]
