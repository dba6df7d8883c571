"""`FRESH19`, the twentieth untuned batch: sixty language templates in six registers, one of each register per category: a hospital
nurse at shift handover ("stat", "please ensure", "noted"), an airline pilot reading a checklist ("confirm",
"affirmative", "checklist complete"), a five-year-old child (short, simple words, run-on sentences with "and
then"), an interior designer staging a room ("accent piece", "let it breathe", "anchor the corner"), a starship
captain ("Computer, ...", "Make it so", "Engage") and an online gamer ("pls", "gg", "ez", "speedrun this",
"noob"). They were written by a tester who had not read the planner, its tests, the lexicon or any other batch,
and who never ran the planner on them while writing.

Its first run, before any fix it prompted (300 instructions, seed 0; on 15ad9e2): goal correct 0.38 (114 of 300); 38
templates missed, 1 of them with a wrong robot action (5 instructions): "put the red block on the white block and then it
is a tower" (read 'it is a tower' as a tower to build, and took the red block down again); every other miss a refusal
naming the words (181). What it found: vocatives ('Computer, ...', '..., Number One'), tags by trade ('stat', 'ez', 'gg',
'noob', 'or nah'), a reason or a time that carries no goal ('because red is my favourite', 'before I hand over', 'Before
pushback I want ...'), a consequence after the request ('and then they can be friends'), 'anchor the corner with it',
'Confirm exactly two blocks in W. Not one, not three: two.', 'Negative on the purple bowl, any other bowl is fine', 'the
bowl where X is', 'Item: the block beneath X. Into the bin with it.', 'take all the blocks out and put them on the
table', 'quick q, ...'. The general rules it prompted are tested in other words in
`tests/agent/test_understanding_fresh19.py`; since then it is tuned on. After the first run two lines were mended that
took `SymState.above` (top first) for bottom first, so that 'the cube on top of the tallest stack' of three wanted the
middle block; no other line changed.
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers --------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    """The colour word of a block or bowl."""
    return w.colour(name)


def _spot(place: str) -> str:
    """A named place as people say it."""
    return "the middle of the table" if place == "middle" else f"the {place}"


def _room(w: World, bowl: str) -> int:
    """How many more blocks the bowl takes."""
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _depth(w: World, block: str) -> int:
    """How many blocks lie below this one in its tower."""
    n, s = 0, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _on_table(w: World, block: str) -> bool:
    """Whether the block's tower stands on the table (not in a bowl)."""
    return w.state.base(block) in (TABLE, *PLACES)


def _can_stack(w: World, top: str, below: str) -> bool:
    """Whether putting the clear block `top` on the clear table-tower block `below` is a new, legal move."""
    s = w.state
    return (top != below and s.is_clear(top) and s.is_clear(below) and _on_table(w, below)
            and s.support[top] != below and _depth(w, below) + 2 <= layout.MAX_TOWER)


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    """Every (top, below) that `_can_stack` allows."""
    loose = w.clear_blocks()
    return [(a, b) for a in loose for b in loose if _can_stack(w, a, b)]


def _tower(w: World, block: str) -> list[str]:
    """Every block of the tower holding `block`, bottom first."""
    bottom = block
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return [bottom, *w.state.above(bottom)[::-1]]  # `above` lists top first (mended after the first run)


def _not_in(w: World, bowl: str) -> list[str]:
    """Clear blocks that are not in the bowl."""
    return [b for b in w.clear_blocks() if w.state.base(b) != bowl]


def _goal(check: Check, w: World) -> bool:
    """Whether the check already holds on the scene as it is."""
    return check(w.state, w.state)


def _fresh(check: Check, w: World, text: str) -> Made:
    """The template's result, or None where the goal already holds."""
    return None if _goal(check, w) else (text, check)


def _matches_fit(w: World) -> bool:
    """Whether every block with a bowl of its colour can go there (room) and at least one is not there yet."""
    want = matching(w)
    if not want or all(holds(r, w.state) for r in want):
        return False
    return all(_room(w, r.target) >= 1 for r in want if not holds(r, w.state))


def _bowl_left_alone(bowl: str, contents: list[str]) -> Check:
    """The bowl holds exactly what it held, each block resting where it rested."""
    def check(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(contents) and all(i.support[b] == f.support[b] for b in contents)
    return check


def _bin_count(n: int) -> Check:
    """Exactly n blocks in the bin."""
    return lambda _i, f: sum(1 for b in f.blocks if holds(Rel("in_bin", b), f)) == n


# ----- imperative -------------------------------------------------------------------------------------
def _v19_imp_nurse(w: World) -> Made:
    """Nurse: please ensure X goes into bowl B, stat."""
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = _not_in(w, bowl)
        if cands and _room(w, bowl) >= 1:
            x = w.pick(cands)[0]
            text = (f"Before I hand over: please ensure the {_c(w, x)} block goes into the {_c(w, bowl)} bowl, "
                    "stat. Thanks.")
            return _fresh(rels(Rel("in", x, bowl)), w, text)
    return None


def _v19_imp_pilot(w: World) -> Made:
    """Pilot: checklist item, X in the bin, confirm."""
    x = w.pick(w.clear_blocks())[0]
    text = f"Next checklist item: {_c(w, x)} cube, into the bin. Affirmative, proceed."
    return _fresh(binned([x]), w, text)


def _v19_imp_kid(w: World) -> Made:
    """Kid: put X on Y and then it's a tower."""
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"put the {_c(w, x)} block on the {_c(w, y)} block and then it is a tower"
    return _fresh(rels(Rel("on", x, y)), w, text)


def _v19_imp_designer(w: World) -> Made:
    """Designer: anchor a corner with X."""
    x = w.pick(w.clear_blocks())[0]
    corner = w.rng.choice([p for p in PLACES if p != "middle"])
    text = f"Take the {_c(w, x)} cube and anchor the {corner} with it."
    return _fresh(rels(Rel("at", x, corner)), w, text)


def _v19_imp_captain(w: World) -> Made:
    """Captain: set X down on the table. Engage."""
    cands = [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    x = w.pick(cands)[0]
    text = f"Computer, lift the {_c(w, x)} block and set it down on the table. Engage."
    return _fresh(rels(Rel("on_table", x)), w, text)


def _v19_imp_gamer(w: World) -> Made:
    """Gamer: pls yeet X in the trash."""
    x = w.pick(w.clear_blocks())[0]
    text = f"pls throw the {_c(w, x)} cube in the trash lol, ez"
    return _fresh(binned([x]), w, text)


# ----- declarative ------------------------------------------------------------------------------------
def _v19_dec_nurse(w: World) -> Made:
    """Nurse: handover note stating two facts as the goal."""
    loose = w.clear_blocks()
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = [b for b in loose if w.state.base(b) != bowl]
        if len(cands) >= 2 and _room(w, bowl) >= 1:
            x, y = w.pick(cands, 2)
            text = (f"Handover note, for the next shift: the {_c(w, x)} block is in the {_c(w, bowl)} bowl and "
                    f"the {_c(w, y)} block is in the bin. Noted.")
            return _fresh(rels(Rel("in", x, bowl), Rel("in_bin", y)), w, text)
    return None


def _v19_dec_pilot(w: World) -> Made:
    """Pilot: final configuration, X on Y."""
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"Final configuration: {_c(w, x)} block on top of the {_c(w, y)} block. Confirm."
    return _fresh(rels(Rel("on", x, y)), w, text)


def _v19_dec_kid(w: World) -> Made:
    """Kid: X lives in bowl B now."""
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = _not_in(w, bowl)
        if cands and _room(w, bowl) >= 1:
            x = w.pick(cands)[0]
            text = f"the {_c(w, x)} block lives in the {_c(w, bowl)} bowl now. that is its house."
            return _fresh(rels(Rel("in", x, bowl)), w, text)
    return None


def _v19_dec_designer(w: World) -> Made:
    """Designer: X sits in the middle as the accent piece."""
    x = w.pick(w.clear_blocks())[0]
    text = f"The {_c(w, x)} cube sits right in the middle of the table. That's our accent piece."
    return _fresh(rels(Rel("at", x, "middle")), w, text)


def _v19_dec_captain(w: World) -> Made:
    """Captain: X is to be on Y. Make it so."""
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"Computer: the {_c(w, x)} block is to be on top of the {_c(w, y)} block. Make it so."
    return _fresh(rels(Rel("on", x, y)), w, text)


def _v19_dec_gamer(w: World) -> Made:
    """Gamer: win condition, X in bowl B."""
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = _not_in(w, bowl)
        if cands and _room(w, bowl) >= 1:
            x = w.pick(cands)[0]
            text = f"win condition: {_c(w, x)} cube in the {_c(w, bowl)} bowl. gg"
            return _fresh(rels(Rel("in", x, bowl)), w, text)
    return None


# ----- desiderative -----------------------------------------------------------------------------------
def _v19_des_nurse(w: World) -> Made:
    """Nurse: I'd like X back on the table before handover."""
    cands = [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    x = w.pick(cands)[0]
    text = f"I'd like the {_c(w, x)} block down on the table before I hand over, please. Noted, thanks."
    return _fresh(rels(Rel("on_table", x)), w, text)


def _v19_des_pilot(w: World) -> Made:
    """Pilot: before pushback I want X in the bin."""
    x = w.pick(w.clear_blocks())[0]
    text = f"Before pushback I want the {_c(w, x)} block in the bin. Confirm when done."
    return _fresh(binned([x]), w, text)


def _v19_des_kid(w: World) -> Made:
    """Kid: I want X on Y because it's my favourite."""
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = (f"i want the {_c(w, x)} block on the {_c(w, y)} block because {_c(w, x)} is my favourite "
            f"and then it can sit up high")
    return _fresh(rels(Rel("on", x, y)), w, text)


def _v19_des_designer(w: World) -> Made:
    """Designer: I'd love X in a corner to anchor it."""
    x = w.pick(w.clear_blocks())[0]
    corner = w.rng.choice([p for p in PLACES if p != "middle"])
    text = f"I'd love the {_c(w, x)} cube in the {corner}. It really anchors the corner."
    return _fresh(rels(Rel("at", x, corner)), w, text)


def _v19_des_captain(w: World) -> Made:
    """Captain: I want X in bowl B, Number One."""
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = _not_in(w, bowl)
        if cands and _room(w, bowl) >= 1:
            x = w.pick(cands)[0]
            text = f"I want the {_c(w, x)} block in the {_c(w, bowl)} bowl, Number One. Make it so."
            return _fresh(rels(Rel("in", x, bowl)), w, text)
    return None


def _v19_des_gamer(w: World) -> Made:
    """Gamer: i want both X and Y in the bin pls."""
    loose = w.clear_blocks()
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    text = f"i want the {_c(w, x)} and {_c(w, y)} cubes both in the bin pls"
    return _fresh(binned([x, y]), w, text)


# ----- quantified -------------------------------------------------------------------------------------
def _v19_qua_nurse(w: World) -> Made:
    """Nurse: please ensure every block is in the bin."""
    text = "Full clear-out before handover: please ensure every single block ends up in the bin, stat."
    return _fresh(binned(w.blocks), w, text)


def _v19_qua_pilot(w: World) -> Made:
    """Pilot: exactly two blocks in bowl B."""
    bowl = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(bowl)) == 2:
        return None
    text = f"Confirm exactly two blocks in the {_c(w, bowl)} bowl. Not one, not three: two. Checklist complete."
    return _fresh(count_in(bowl, 2), w, text)


def _v19_qua_kid(w: World) -> Made:
    """Kid: all the blocks on the table."""
    if not w.pairs() and not w.in_bowls():
        return None
    check = rels(*(Rel("on_table", b) for b in w.blocks))
    text = "take all the blocks out and put them on the table, all of them, and then none are on top of each other"
    return _fresh(check, w, text)


def _v19_qua_designer(w: World) -> Made:
    """Designer: one cube per dish."""
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    check = both(*(count_in(b, 1) for b in w.bowls))
    text = "One cube per dish, please. Every dish gets exactly one, no more. Let it breathe."
    return _fresh(check, w, text)


def _v19_qua_captain(w: World) -> Made:
    """Captain: send every block in bowl B to the bin."""
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = f"Computer, send every block in the {_c(w, bowl)} bowl to the bin. Engage."
    return _fresh(binned(w.state.in_bowl(bowl)), w, text)


def _v19_qua_gamer(w: World) -> Made:
    """Gamer: exactly three cubes in the bin, any three."""
    if len(w.blocks) < 4:
        return None
    text = "speedrun this: put any 3 cubes in the trash. exactly 3, not more, noob"
    return _fresh(_bin_count(3), w, text)


# ----- negated ----------------------------------------------------------------------------------------
def _v19_neg_nurse(w: World) -> Made:
    """Nurse: no block left in any bowl, and none to the bin."""
    if not w.in_bowls():
        return None
    check = both(*(empty(b) for b in w.bowls), none_binned(w.blocks))
    text = ("Please ensure no blocks are left in any of the bowls, stat. They go on the table, "
            "not in the bin. Noted?")
    return _fresh(check, w, text)


def _v19_neg_pilot(w: World) -> Made:
    """Pilot: X into any bowl but not bowl B."""
    if len(w.bowls) < 2:
        return None
    for x in w.pick(w.clear_blocks(), len(w.clear_blocks())):
        for bowl in w.pick(w.bowls, len(w.bowls)):
            others = [b for b in w.bowls if b != bowl]
            if w.state.base(x) in others or not any(_room(w, o) >= 1 for o in others):
                continue
            def check(_i: SymState, f: SymState, x: str = x, others: list[str] = others) -> bool:
                return f.base(x) in others
            text = (f"{_c(w, x).capitalize()} block: into a bowl. Negative on the {_c(w, bowl)} bowl, "
                    "any other bowl is fine. Confirm.")
            return _fresh(check, w, text)
    return None


def _v19_neg_kid(w: World) -> Made:
    """Kid: all the blocks in bowl B but not X."""
    if len(w.blocks) > layout.BOWL_CAPACITY + 1:
        return None
    bowl = w.pick(w.bowls)[0]
    x = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != x]
    check = both(rels(*(Rel("in", b, bowl) for b in rest)), lambda _i, f: f.base(x) != bowl)
    text = (f"put all the blocks in the {_c(w, bowl)} bowl but not the {_c(w, x)} one. "
            f"the {_c(w, x)} one is not allowed in")
    return _fresh(check, w, text)


def _v19_neg_designer(w: World) -> Made:
    """Designer: nothing on top of X, let it breathe."""
    cands = [b for _t, b in w.pairs()]
    if not cands:
        return None
    x = w.pick(cands)[0]
    check = both(lambda _i, f: f.is_clear(x), kept(x))
    text = f"Nothing should sit on the {_c(w, x)} cube. Take it all off and let it breathe."
    return _fresh(check, w, text)


def _v19_neg_captain(w: World) -> Made:
    """Captain: X onto any block other than Y."""
    blocks = set(w.blocks)
    for x in w.pick(w.clear_blocks(), len(w.clear_blocks())):
        targets = [y for y in w.blocks if _can_stack(w, x, y)]
        if len(targets) < 2:
            continue
        for y in w.pick(targets, len(targets)):
            def check(_i: SymState, f: SymState, x: str = x, y: str = y) -> bool:
                return f.support[x] in blocks and f.support[x] != y
            if _goal(check, w):
                continue
            text = (f"Computer, place the {_c(w, x)} block on top of any block other than the {_c(w, y)} block. "
                    "Make it so.")
            return text, check
    return None


def _v19_neg_gamer(w: World) -> Made:
    """Gamer: bin every cube except two."""
    if len(w.blocks) < 3:
        return None
    x, y = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in (x, y)]
    text = f"bin every cube except the {_c(w, x)} and the {_c(w, y)} ones, ez"
    return _fresh(both(binned(rest), none_binned([x, y])), w, text)


# ----- relative ---------------------------------------------------------------------------------------
def _v19_rel_nurse(w: World) -> Made:
    """Nurse: the block on top of X goes to the bin."""
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Please ensure whichever block is sitting on top of the {_c(w, below)} block goes to the bin, stat."
    return _fresh(binned([top]), w, text)


def _v19_rel_pilot(w: World) -> Made:
    """Pilot: the block directly beneath X, into the bin."""
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Item: the block directly beneath the {_c(w, top)} block. Into the bin with it. Confirm."
    return _fresh(binned([below]), w, text)


def _v19_rel_kid(w: World) -> Made:
    """Kid: put X in the bowl where Y is."""
    for y in w.pick(w.in_bowls(), len(w.in_bowls())):
        bowl = w.state.base(y)
        cands = _not_in(w, bowl)
        if not cands or _room(w, bowl) < 1:
            continue
        x = w.pick(cands)[0]
        text = (f"put the {_c(w, x)} block in the bowl where the {_c(w, y)} block is "
                "and then they can be friends")
        return _fresh(rels(Rel("in", x, bowl)), w, text)
    return None


def _v19_rel_designer(w: World) -> Made:
    """Designer: the cube closest to dish B goes inside it."""
    for bowl in w.pick(w.bowls, len(w.bowls)):
        if _room(w, bowl) < 1:
            continue
        cands = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) != bowl)
        if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.04 or not w.state.is_clear(cands[0][1]):
            continue
        x = cands[0][1]
        text = f"The cube closest to the {_c(w, bowl)} dish: tuck it inside that dish. A little accent piece."
        return _fresh(rels(Rel("in", x, bowl)), w, text)
    return None


def _v19_rel_captain(w: World) -> Made:
    """Captain: the block in bowl B, to a named place."""
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.pick(ones)[0]
    x = w.state.in_bowl(bowl)[0]
    place = w.rng.choice(PLACES)
    text = f"Computer, take the block that's in the {_c(w, bowl)} bowl and relocate it to {_spot(place)}. Engage."
    return _fresh(rels(Rel("at", x, place)), w, text)


def _v19_rel_gamer(w: World) -> Made:
    """Gamer: bin the cube on top of the tallest stack."""
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    towers = sorted(([b, *w.state.above(b)[::-1]] for b in bottoms), key=len, reverse=True)  # mended after the first run
    if len(towers[0]) < 2 or (len(towers) > 1 and len(towers[1]) == len(towers[0])):
        return None
    top = towers[0][-1]
    text = "yo pls bin the cube on top of the tallest stack, ez"
    return _fresh(binned([top]), w, text)


# ----- keep -------------------------------------------------------------------------------------------
def _v19_keep_nurse(w: World) -> Made:
    """Nurse: X into bowl B, leave Y exactly as it is."""
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = _not_in(w, bowl)
        if not cands or _room(w, bowl) < 1:
            continue
        x = w.pick(cands)[0]
        stay = [b for b in w.blocks if b != x]
        y = w.pick(stay)[0]
        text = (f"Please move the {_c(w, x)} block into the {_c(w, bowl)} bowl, but leave the {_c(w, y)} block "
                "exactly as it is. Noted.")
        return _fresh(both(rels(Rel("in", x, bowl)), kept(y)), w, text)
    return None


def _v19_keep_pilot(w: World) -> Made:
    """Pilot: X to the bin, Y remains in position."""
    loose = w.clear_blocks()
    x = w.pick(loose)[0]
    y = w.pick([b for b in w.blocks if b != x])[0]
    text = f"{_c(w, x).capitalize()} block to the bin. {_c(w, y).capitalize()} block remains in position. Confirm."
    return _fresh(both(binned([x]), kept(y)), w, text)


def _v19_keep_kid(w: World) -> Made:
    """Kid: put X on Y but don't move Z, it's sleeping."""
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    z = w.pick([b for b in w.blocks if b not in (x, y)])
    if not z:
        return None
    text = (f"put the {_c(w, x)} block on the {_c(w, y)} block but don't move the {_c(w, z[0])} block "
            f"because the {_c(w, z[0])} block is sleeping")
    return _fresh(both(rels(Rel("on", x, y)), kept(z[0])), w, text)


def _v19_keep_designer(w: World) -> Made:
    """Designer: X into a corner, leave bowl B alone."""
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    cands = _not_in(w, bowl)
    if not cands:
        return None
    x = w.pick(cands)[0]
    corner = w.rng.choice([p for p in PLACES if p != "middle"])
    check = both(rels(Rel("at", x, corner)), _bowl_left_alone(bowl, w.state.in_bowl(bowl)))
    text = (f"Slide the {_c(w, x)} cube over to anchor the {corner}, and leave the {_c(w, bowl)} dish alone. "
            "It's perfect as it is.")
    return _fresh(check, w, text)


def _v19_keep_captain(w: World) -> Made:
    """Captain: every block in bowl B to the table, Y stays where it is."""
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    stay = [b for b in w.blocks if w.state.base(b) != bowl]
    if not stay:
        return None
    y = w.pick(stay)[0]
    check = both(rels(*(Rel("on_table", b) for b in inside)), kept(y))
    text = (f"Computer, move every block in the {_c(w, bowl)} bowl onto the table. The {_c(w, y)} block stays "
            "exactly where it is. Make it so.")
    return _fresh(check, w, text)


def _v19_keep_gamer(w: World) -> Made:
    """Gamer: stack X on Y, don't touch the stack that is my base."""
    for top, _below in w.pick(w.pairs(), len(w.pairs())):
        tower = _tower(w, top)
        pairs = [(a, b) for a, b in _stack_pairs(w) if a not in tower and b not in tower]
        if not pairs:
            continue
        x, y = w.rng.choice(pairs)
        base = " on ".join(_c(w, b) for b in reversed(tower))
        text = (f"pls stack the {_c(w, x)} cube on the {_c(w, y)} cube but dont touch the {base} stack, "
                "thats my base lol")
        return _fresh(both(rels(Rel("on", x, y)), kept(*tower)), w, text)
    return None


# ----- multi-step -------------------------------------------------------------------------------------
def _v19_multi_nurse(w: World) -> Made:
    """Nurse: first X in the bin, then Y into bowl B."""
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = _not_in(w, bowl)
        loose = w.clear_blocks()
        if not cands or _room(w, bowl) < 1 or len(loose) < 2:
            continue
        y = w.pick(cands)[0]
        x = w.pick([b for b in loose if b != y])[0]
        text = (f"Two things before handover. First, the {_c(w, x)} block into the bin. Then please ensure the "
                f"{_c(w, y)} block goes into the {_c(w, bowl)} bowl. Noted, thanks.")
        return _fresh(rels(Rel("in_bin", x), Rel("in", y, bowl)), w, text)
    return None


def _v19_multi_pilot(w: World) -> Made:
    """Pilot: step one X on the table, step two Y on X."""
    s = w.state
    cands = [b for b in w.clear_blocks() if s.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    x = w.pick(cands)[0]
    ys = [b for b in w.clear_blocks() if b != x]
    if not ys:
        return None
    y = w.pick(ys)[0]
    text = (f"Step one: {_c(w, x)} block on the table. Step two: {_c(w, y)} block on top of the {_c(w, x)} block. "
            "Confirm. Checklist complete.")
    return _fresh(rels(Rel("on_table", x), Rel("on", y, x)), w, text)


def _v19_multi_kid(w: World) -> Made:
    """Kid: first X in the bowl and then Y and then Z."""
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = [b for b in w.blocks if w.state.base(b) != bowl]
        if len(cands) < 3 or _room(w, bowl) < 3:
            continue
        x, y, z = w.pick(cands, 3)
        text = (f"first put the {_c(w, x)} block in the {_c(w, bowl)} bowl and then put the {_c(w, y)} block in "
                f"the bowl too and then the {_c(w, z)} one")
        return _fresh(rels(Rel("in", x, bowl), Rel("in", y, bowl), Rel("in", z, bowl)), w, text)
    return None


def _v19_multi_designer(w: World) -> Made:
    """Designer: clear dish B into the bin, then set X in it."""
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    cands = [b for b in w.clear_blocks() if b not in inside]
    if not cands:
        return None
    x = w.pick(cands)[0]
    text = (f"Start by clearing everything out of the {_c(w, bowl)} dish into the bin. Then set the {_c(w, x)} "
            "cube in it on its own, as an accent piece.")
    return _fresh(both(binned(inside), rels(Rel("in", x, bowl))), w, text)


def _v19_multi_captain(w: World) -> Made:
    """Captain: first X on Y, after that Z to the middle."""
    pairs = _stack_pairs(w)
    for x, y in w.pick(pairs, len(pairs)):
        zs = [b for b in w.clear_blocks() if b not in (x, y)]
        if not zs:
            continue
        z = w.pick(zs)[0]
        text = (f"Computer: first, put the {_c(w, x)} block on the {_c(w, y)} block. After that, move the "
                f"{_c(w, z)} block to the middle of the table. Engage.")
        return _fresh(rels(Rel("on", x, y), Rel("at", z, "middle")), w, text)
    return None


def _v19_multi_gamer(w: World) -> Made:
    """Gamer: 1) X to a corner 2) Y on top of it 3) gg."""
    loose = w.clear_blocks()
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    corner = w.rng.choice([p for p in PLACES if p != "middle"])
    text = f"ok speedrun this: 1) {_c(w, x)} cube to the {corner} 2) {_c(w, y)} cube on top of it 3) gg"
    return _fresh(rels(Rel("at", x, corner), Rel("on", y, x)), w, text)


# ----- questions --------------------------------------------------------------------------------------
def _v19_q_nurse(w: World) -> Made:
    """Nurse: how many blocks are in bowl B?"""
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"Quick one for handover: how many blocks are in the {_c(w, bowl)} bowl right now?", answered(str(n))


def _v19_q_pilot(w: World) -> Made:
    """Pilot: confirm, is X on top of Y?"""
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        x, y = w.pick(w.blocks, 2)
        flag = w.state.support[x] == y
    return f"Confirm: is the {_c(w, x)} block on top of the {_c(w, y)} block?", answered(yes(flag))


def _v19_q_kid(w: World) -> Made:
    """Kid: how many blocks are there?"""
    n = len(w.blocks)
    return "how many blocks are there? i want to count them too", answered(str(n))


def _v19_q_designer(w: World) -> Made:
    """Designer: what's sitting on X?"""
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"What's sitting on the {_c(w, below)} cube at the moment?", answered(f"{_c(w, top)}|block")


def _v19_q_captain(w: World) -> Made:
    """Captain: report, where is X?"""
    cands = [b for b in w.blocks if w.state.support[b] in w.state.support or w.state.support[b] in w.bowls]
    if not cands:
        return None
    x = w.pick(cands)[0]
    s = w.state.support[x]
    kind = "bowl" if s in w.bowls else "block"
    return f"Computer, report: where is the {_c(w, x)} block?", answered(f"{_c(w, s)}|{kind}")


def _v19_q_gamer(w: World) -> Made:
    """Gamer: is bowl B empty or nah?"""
    bowl = w.pick(w.bowls)[0]
    flag = not w.state.in_bowl(bowl)
    return f"quick q, is the {_c(w, bowl)} bowl empty or nah", answered(yes(flag))


# ----- colour matching --------------------------------------------------------------------------------
def _v19_match_nurse(w: World) -> Made:
    """Nurse: each block into the bowl of the same colour."""
    if not _matches_fit(w):
        return None
    text = "Please ensure each block goes into the bowl of the same colour as it, stat. Noted?"
    return text, rels(*matching(w))


def _v19_match_pilot(w: World) -> Made:
    """Pilot: colour match checklist."""
    if not _matches_fit(w):
        return None
    text = ("Colour match check: every block that has a bowl of its own colour goes into that bowl. "
            "Confirm when checklist complete.")
    return text, rels(*matching(w))


def _v19_match_kid(w: World) -> Made:
    """Kid: put the blocks in the bowls that are the same colour, like a matching game."""
    if not _matches_fit(w):
        return None
    colour = w.colour(matching(w)[0].block)
    text = (f"put the blocks in the bowls that are the same colour like a matching game, "
            f"and then {colour} goes in {colour}")
    return text, rels(*matching(w))


def _v19_match_designer(w: World) -> Made:
    """Designer: colour-coordinate each cube with its dish."""
    if not _matches_fit(w):
        return None
    text = "Let's colour-coordinate: every cube goes in the dish that matches its colour. So much more cohesive."
    return text, rels(*matching(w))


def _v19_match_captain(w: World) -> Made:
    """Captain: place X in the bowl that matches its colour."""
    todo = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target) >= 1]
    if not todo:
        return None
    r = w.rng.choice(todo)
    text = f"Computer, place the {_c(w, r.block)} block in the bowl that matches its colour. Make it so."
    return text, rels(r)


def _v19_match_gamer(w: World) -> Made:
    """Gamer: match cubes to bowls by colour, leftovers in the trash."""
    if not _matches_fit(w):
        return None
    want = matching(w)
    leftover = [b for b in w.blocks if b not in {r.block for r in want}]
    if not leftover:
        return None
    text = "match the cubes to the bowls by colour, the ones with no matching bowl go in the trash. ez, speedrun this"
    return text, both(rels(*want), binned(leftover))


FRESH19: list[Template] = [
    ("v19_imp_nurse", "imperative", _v19_imp_nurse),
    ("v19_imp_pilot", "imperative", _v19_imp_pilot),
    ("v19_imp_kid", "imperative", _v19_imp_kid),
    ("v19_imp_designer", "imperative", _v19_imp_designer),
    ("v19_imp_captain", "imperative", _v19_imp_captain),
    ("v19_imp_gamer", "imperative", _v19_imp_gamer),
    ("v19_dec_nurse", "declarative", _v19_dec_nurse),
    ("v19_dec_pilot", "declarative", _v19_dec_pilot),
    ("v19_dec_kid", "declarative", _v19_dec_kid),
    ("v19_dec_designer", "declarative", _v19_dec_designer),
    ("v19_dec_captain", "declarative", _v19_dec_captain),
    ("v19_dec_gamer", "declarative", _v19_dec_gamer),
    ("v19_des_nurse", "desiderative", _v19_des_nurse),
    ("v19_des_pilot", "desiderative", _v19_des_pilot),
    ("v19_des_kid", "desiderative", _v19_des_kid),
    ("v19_des_designer", "desiderative", _v19_des_designer),
    ("v19_des_captain", "desiderative", _v19_des_captain),
    ("v19_des_gamer", "desiderative", _v19_des_gamer),
    ("v19_qua_nurse", "quantified", _v19_qua_nurse),
    ("v19_qua_pilot", "quantified", _v19_qua_pilot),
    ("v19_qua_kid", "quantified", _v19_qua_kid),
    ("v19_qua_designer", "quantified", _v19_qua_designer),
    ("v19_qua_captain", "quantified", _v19_qua_captain),
    ("v19_qua_gamer", "quantified", _v19_qua_gamer),
    ("v19_neg_nurse", "negated", _v19_neg_nurse),
    ("v19_neg_pilot", "negated", _v19_neg_pilot),
    ("v19_neg_kid", "negated", _v19_neg_kid),
    ("v19_neg_designer", "negated", _v19_neg_designer),
    ("v19_neg_captain", "negated", _v19_neg_captain),
    ("v19_neg_gamer", "negated", _v19_neg_gamer),
    ("v19_rel_nurse", "relative", _v19_rel_nurse),
    ("v19_rel_pilot", "relative", _v19_rel_pilot),
    ("v19_rel_kid", "relative", _v19_rel_kid),
    ("v19_rel_designer", "relative", _v19_rel_designer),
    ("v19_rel_captain", "relative", _v19_rel_captain),
    ("v19_rel_gamer", "relative", _v19_rel_gamer),
    ("v19_keep_nurse", "keep", _v19_keep_nurse),
    ("v19_keep_pilot", "keep", _v19_keep_pilot),
    ("v19_keep_kid", "keep", _v19_keep_kid),
    ("v19_keep_designer", "keep", _v19_keep_designer),
    ("v19_keep_captain", "keep", _v19_keep_captain),
    ("v19_keep_gamer", "keep", _v19_keep_gamer),
    ("v19_multi_nurse", "multi_step", _v19_multi_nurse),
    ("v19_multi_pilot", "multi_step", _v19_multi_pilot),
    ("v19_multi_kid", "multi_step", _v19_multi_kid),
    ("v19_multi_designer", "multi_step", _v19_multi_designer),
    ("v19_multi_captain", "multi_step", _v19_multi_captain),
    ("v19_multi_gamer", "multi_step", _v19_multi_gamer),
    ("v19_q_nurse", "question", _v19_q_nurse),
    ("v19_q_pilot", "question", _v19_q_pilot),
    ("v19_q_kid", "question", _v19_q_kid),
    ("v19_q_designer", "question", _v19_q_designer),
    ("v19_q_captain", "question", _v19_q_captain),
    ("v19_q_gamer", "question", _v19_q_gamer),
    ("v19_match_nurse", "matching", _v19_match_nurse),
    ("v19_match_pilot", "matching", _v19_match_pilot),
    ("v19_match_kid", "matching", _v19_match_kid),
    ("v19_match_designer", "matching", _v19_match_designer),
    ("v19_match_captain", "matching", _v19_match_captain),
    ("v19_match_gamer", "matching", _v19_match_gamer),
]
