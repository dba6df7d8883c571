"""`FRESH308`, the three-hundred-and-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or to a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six kinds of people write them:
- cashier: "Hiya! Could you pop the red block in the blue bowl for me? Thanks a bunch!"
- spanish4: "Please, you can put the green block on top of the yellow block?"
- vet: "Move the blue block over to the top left corner, please."
- student3: "chuck the red block in the bin"
- butler: "Would you be so kind as to place the orange block on the green block, if you please."
- plain89: "Take the yellow block out of the green bowl and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 44b5f33: the code of 8a8dc04 and one change that asked nothing here,
0abdbdd, reverted after it, before anything it could prompt): 0.95 goal-correct (285 of 300), 15 refused, 0 wrong
actions, 0 wrong replies. The refusals: a butler's 'It would please me greatly to see X resting in the bottom right
corner.', 'Would you kindly place exactly three blocks in the bin, and no more?', 'Would you be good enough to remove
from W every block that is not blue?' (W the blue bowl).
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
from sim.core.symbolic import SymState

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]
_FLOOR = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's sentence and action check, or None when the goal already holds in the scene."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _free(w: World) -> list[str]:
    """Blocks that are not in the bin (nor held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _height(s: SymState, block: str) -> int:
    """How many blocks, `block` included, stand from the bottom of its tower up to it."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _same_tower(s: SymState, a: str, b: str) -> bool:
    return a == b or a in s.above(b) or b in s.above(a)


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _can_stack(w: World, top: str, below: str) -> bool:
    s = w.state
    return not _same_tower(s, top, below) and _height(s, below) + 1 <= layout.MAX_TOWER


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _block_of(w: World, colour: str) -> str | None:
    return next((b for b in _free(w) if w.colour(b) == colour), None)


def _xy(w: World, name: str) -> tuple[float, float]:
    if name in PLACES:
        return layout.PLACES[name]
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, to: str, among: list[str], margin: float = 0.03) -> str | None:
    """The one block of `among` clearly nearest to `to` (None on a near tie, e.g. two blocks in one tower)."""
    tx, ty = _xy(w, to)
    ranked = sorted(among, key=lambda b: ((_xy(w, b)[0] - tx) ** 2 + (_xy(w, b)[1] - ty) ** 2) ** 0.5)
    if not ranked:
        return None
    d = [((_xy(w, b)[0] - tx) ** 2 + (_xy(w, b)[1] - ty) ** 2) ** 0.5 for b in ranked[:2]]
    return ranked[0] if len(d) == 1 or d[1] - d[0] > margin else None


def _bowl_same(i: SymState, f: SymState, bowl: str) -> bool:
    """The bowl holds the same blocks as at the start, each resting where it rested."""
    return set(f.in_bowl(bowl)) == set(i.in_bowl(bowl)) and all(i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _bin_count(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _short(name: str) -> str:
    """'red block' -> 'red'."""
    return name.split()[0]


# ----- imperative ---------------------------------------------------------------------------------------
def t308_imp_cashier(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls or not _free(w):
        return None
    block, bowl = w.pick(_free(w))[0], w.pick(bowls)[0]
    return _made(w, f"Hiya! Could you pop the {block} in the {bowl} for me? Thanks a bunch!",
                 rels(Rel("in", block, bowl)))


def t308_imp_spanish4(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"Please, you can put the {top} on top of the {below}?", rels(Rel("on", top, below)))


def t308_imp_vet(w: World) -> Made:
    if not _free(w):
        return None
    block, corner = w.pick(_free(w))[0], w.pick(list(CORNERS))[0]
    return _made(w, f"Move the {block} over to the {corner}, please.", rels(Rel("at", block, corner)))


def t308_imp_student3(w: World) -> Made:
    if not _free(w):
        return None
    block = w.pick(_free(w))[0]
    return _made(w, f"chuck the {block} in the bin", binned([block]))


def t308_imp_butler(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"Would you be so kind as to place the {top} on the {below}, if you please.",
                 rels(Rel("on", top, below)))


def t308_imp_plain89(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.base(b) in w.bowls]
    if not inside:
        return None
    block = w.pick(inside)[0]
    bowl = w.state.base(block)
    return _made(w, f"Take the {block} out of the {bowl} and put it on the table.", rels(Rel("on_table", block)))


# ----- declarative --------------------------------------------------------------------------------------
def t308_dec_cashier(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls or not _free(w):
        return None
    block, bowl = w.pick(_free(w))[0], w.pick(bowls)[0]
    return _made(w, f"The {block} goes in the {bowl}, love. Cheers!", rels(Rel("in", block, bowl)))


def t308_dec_spanish4(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"The {top} must to be on the {below}.", rels(Rel("on", top, below)))


def t308_dec_vet(w: World) -> Made:
    if not _free(w):
        return None
    block = w.pick(_free(w))[0]
    return _made(w, f"The {block} should end up in the bin.", binned([block]))


def t308_dec_student3(w: World) -> Made:
    if not _free(w):
        return None
    block, corner = w.pick(_free(w))[0], w.pick(list(CORNERS))[0]
    return _made(w, f"the {block} should be in the {corner}", rels(Rel("at", block, corner)))


def t308_dec_butler(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls or not _free(w):
        return None
    block, bowl = w.pick(_free(w))[0], w.pick(bowls)[0]
    return _made(w, f"The {block} is to be placed in the {bowl}, if you would be so good.",
                 rels(Rel("in", block, bowl)))


def t308_dec_plain89(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.base(b) in w.bowls]
    if not inside:
        return None
    block = w.pick(inside)[0]
    bowl = w.state.base(block)
    return _made(w, f"The {block} belongs on the table, not in the {bowl}.", rels(Rel("on_table", block)))


# ----- desiderative -------------------------------------------------------------------------------------
def t308_des_cashier(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls or not _free(w):
        return None
    block, bowl = w.pick(_free(w))[0], w.pick(bowls)[0]
    return _made(w, f"Ooh, I'd love the {block} in the {bowl} please!", rels(Rel("in", block, bowl)))


def t308_des_spanish4(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"I would like that the {top} is on the {below}, please.", rels(Rel("on", top, below)))


def t308_des_vet(w: World) -> Made:
    if not _free(w):
        return None
    block = w.pick(_free(w))[0]
    return _made(w, f"I want the {block} in the bin, thanks.", binned([block]))


def t308_des_student3(w: World) -> Made:
    free = _free(w)
    if len(free) < 3:
        return None
    bottom, mid, top = w.pick(free, 3)
    text = (f"wanna have a tower of the {bottom}, the {mid} and the {top}, "
            f"{_short(bottom)} at the bottom and {_short(top)} on top")
    return _made(w, text, rels(Rel("stacked", bottom, mid, top)))


def t308_des_butler(w: World) -> Made:
    if not _free(w):
        return None
    block, corner = w.pick(_free(w))[0], w.pick(list(CORNERS))[0]
    return _made(w, f"It would please me greatly to see the {block} resting in the {corner}.",
                 rels(Rel("at", block, corner)))


def t308_des_plain89(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"My goal is to have the {bowl} empty.", empty(bowl))


# ----- quantified ---------------------------------------------------------------------------------------
def t308_qua_cashier(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose or len(loose) > len(layout.BIN_SLOTS):
        return None
    return _made(w, "Right, every block on the table into the bin please, thank you!", binned(loose))


def t308_qua_spanish4(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(_free(w)) < 2:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Put two blocks in the {bowl}, any of them is ok.", count_in(bowl, 2))


def t308_qua_vet(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Take each block that's in a bowl and set it down on the table.",
                 rels(*(Rel("on_table", b) for b in inside)))


def t308_qua_student3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"bin all the blocks in the {bowl}", binned(w.state.in_bowl(bowl)))


def t308_qua_butler(w: World) -> Made:
    if len(_free(w)) < 3 or _bin_count(w.state):
        return None
    return _made(w, "Would you kindly place exactly three blocks in the bin, and no more?",
                 lambda _i, f: _bin_count(f) == 3)


def t308_qua_plain89(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or any(w.state.in_bowl(b) for b in bowls) or len(_free(w)) < len(bowls):
        return None
    return _made(w, "Put one block in each bowl.", both(*(count_in(b, 1) for b in bowls)))


# ----- negated ------------------------------------------------------------------------------------------
def t308_neg_cashier(w: World) -> Made:
    loose = w.state.on_the_table()
    if len(loose) < 2:
        return None
    spared = w.pick(loose)[0]
    rest = [b for b in loose if b != spared]
    return _made(w, f"Can you clear all the blocks off the table into the bin except the {spared}? Ta!",
                 both(binned(rest), none_binned([spared])))


def t308_neg_spanish4(w: World) -> Made:
    free = _free(w)
    if len(free) < 2 or len(free) - 1 > len(layout.BIN_SLOTS):
        return None
    spared = w.pick(free)[0]
    rest = [b for b in free if b != spared]
    return _made(w, f"Put all the blocks in the bin but not the {spared}, this one no.",
                 both(binned(rest), none_binned([spared])))


def t308_neg_vet(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    inside = w.state.in_bowl(bowl)
    stay = w.pick(inside)[0]
    out = [b for b in inside if b != stay]
    check = both(rels(Rel("in", stay, bowl)), rels(*(Rel("in", b, bowl, negated=True) for b in out)))
    return _made(w, f"Empty the {bowl}, but leave the {stay} in it.", check)


def t308_neg_student3(w: World) -> Made:
    free = _free(w)
    if len(free) < 2 or len(free) - 1 > len(layout.PLACE_SLOTS):
        return None
    spared, corner = w.pick(free)[0], w.pick(list(CORNERS))[0]
    rest = [b for b in free if b != spared]
    check = rels(*(Rel("at", b, corner) for b in rest), Rel("at", spared, corner, negated=True))
    return _made(w, f"move all the blocks except the {_short(spared)} one to the {corner}", check)


def t308_neg_butler(w: World) -> Made:
    s = w.state
    spared = [b for b in _free(w) if s.support[b] not in s.support]  # resting on a bowl, the table or a place
    if not spared:
        return None
    keep = w.pick(spared)[0]
    bowls = [b for b in w.bowls if len(_free(w)) - 1 + (keep in s.in_bowl(b)) <= layout.BOWL_CAPACITY]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    rest = [b for b in _free(w) if b != keep]
    text = f"Pray leave the {keep} alone, and be so good as to put all the other blocks in the {bowl}."
    return _made(w, text, both(kept(keep), rels(*(Rel("in", b, bowl) for b in rest))))


def t308_neg_plain89(w: World) -> Made:
    s = w.state
    outside = [b for b in _free(w) if s.base(b) not in s.bowls]
    inside = s.in_bowls()
    if not outside or not inside or len(outside) > len(layout.BIN_SLOTS):
        return None
    return _made(w, "Put every block that isn't in a bowl into the bin.", both(binned(outside), none_binned(inside)))


# ----- relative -----------------------------------------------------------------------------------------
def t308_rel_cashier(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"Grab the block sitting on the {below} and stick it in the bin, thanks!", binned([top]))


def t308_rel_spanish4(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != BIN]
    bowls = [b for b in w.bowls if _room(w, b)]
    if not pairs or not bowls:
        return None
    top, below = w.pick(pairs)[0]
    bowl = w.pick(bowls)[0]
    return _made(w, f"Put the block that is under the {top} in the {bowl}, please.", rels(Rel("in", below, bowl)))


def t308_rel_vet(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    near = _nearest(w, bowl, _free(w))
    if near is None:
        return None
    return _made(w, f"Move the block closest to the {bowl} into it.", rels(Rel("in", near, bowl)))


def t308_rel_student3(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    block = w.state.in_bowl(bowl)[0]
    return _made(w, f"take the block thats in the {bowl} and bin it", binned([block]))


def t308_rel_butler(w: World) -> Made:
    corner = w.pick(list(CORNERS))[0]
    near = _nearest(w, corner, _free(w))
    if near is None:
        return None
    return _made(w, f"Might I trouble you to place the block nearest the {corner} in the bin?", binned([near]))


def t308_rel_plain89(w: World) -> Made:
    free = sorted(_free(w), key=lambda b: w.y(b))
    if len(free) < 2 or w.y(free[1]) - w.y(free[0]) < 0.04:
        return None
    return _made(w, "Move the leftmost block to the middle of the table.", rels(Rel("at", free[0], MIDDLE)))


# ----- keep ---------------------------------------------------------------------------------------------
def t308_keep_cashier(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    block = w.pick(free)[0]
    others = [b for b in free if b != block and b not in w.state.above(block)]
    if not others:
        return None
    stay = w.pick(others)[0]
    return _made(w, f"Pop the {block} in the bin but keep the {stay} right where it is, ta!",
                 both(binned([block]), kept(stay)))


def t308_keep_spanish4(w: World) -> Made:
    s = w.state
    inside = [b for b in s.in_bowls() if s.support[b] in s.bowls]
    if not inside:
        return None
    stay = w.pick(inside)[0]
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b) and stay not in (a, b)
             and stay not in s.above(a) and stay not in s.above(b)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowl = s.support[stay]
    text = f"Put the {top} on the {below}, but the {stay} stay in the {bowl}, no move it."
    return _made(w, text, both(rels(Rel("on", top, below)), kept(stay)))


def t308_keep_vet(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if not full or len(w.bowls) < 2:
        return None
    clear = w.pick(full)[0]
    leave = w.pick([b for b in w.bowls if b != clear])[0]
    if len(s.in_bowl(clear)) > len(layout.BIN_SLOTS):
        return None
    return _made(w, f"Empty the {clear} into the bin, but leave the {leave} as it is.",
                 both(binned(s.in_bowl(clear)), lambda i, f: _bowl_same(i, f, leave)))


def t308_keep_student3(w: World) -> Made:
    s = w.state
    free = _free(w)
    pairs = [(a, b) for a in free for b in free if _can_stack(w, a, b)]
    options = [(a, b, c) for a, b in pairs for c in free
               if c not in (a, b) and c not in s.above(a) and c not in s.above(b)]
    if not options:
        return None
    top, below, stay = w.pick(options)[0]
    text = f"stack the {top} on the {_short(below)} one but dont touch the {stay}"
    return _made(w, text, both(rels(Rel("on", top, below)), kept(stay)))


def t308_keep_butler(w: World) -> Made:
    s = w.state
    loose = s.on_the_table()
    inside = s.in_bowls()
    if not loose or not inside or len(loose) > len(layout.BIN_SLOTS):
        return None
    bowls = list(w.bowls)
    text = "Kindly clear the blocks from the table into the bin, whilst leaving the bowls exactly as they are."
    return _made(w, text, both(binned(loose), lambda i, f: all(_bowl_same(i, f, b) for b in bowls)))


def t308_keep_plain89(w: World) -> Made:
    s = w.state
    clear = [b for b in w.clear_blocks() if s.base(b) not in (BIN, "gripper")]
    if not clear:
        return None
    block = w.pick(clear)[0]
    others = [b for b in w.blocks if b != block]
    return _made(w, f"Move the {block} to the bottom right corner and leave everything else where it is.",
                 both(rels(Rel("at", block, "bottom right corner")), kept(*others)))


# ----- multi-step ---------------------------------------------------------------------------------------
def t308_multi_cashier(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    first, second = w.pick(free, 2)
    bowls = [b for b in w.bowls if _room(w, b) or first in w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = f"First the {first} in the bin, then the {second} in the {bowl}. Lovely, thanks!"
    return _made(w, text, both(binned([first]), rels(Rel("in", second, bowl))))


def t308_multi_spanish4(w: World) -> Made:
    s = w.state
    inside = [b for b in s.in_bowls() if s.base(b) in s.bowls]
    options = [(a, b) for a in inside for b in _free(w) if _can_stack(w, a, b) and s.base(b) != s.base(a)]
    if not options:
        return None
    block, onto = w.pick(options)[0]
    bowl = s.base(block)
    text = f"First you take the {block} out of the {bowl}, after you put it on the {onto}."
    return _made(w, text, rels(Rel("on", block, onto), Rel("in", block, bowl, negated=True)))


def t308_multi_vet(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = s.in_bowl(bowl)
    others = [b for b in _free(w) if b not in inside]
    if not others:
        return None
    block = w.pick(others)[0]
    text = f"Start by emptying the {bowl} onto the table, then put the {block} in it."
    check = both(lambda _i, f: all(f.base(b) in _FLOOR for b in inside), rels(Rel("in", block, bowl)))
    return _made(w, text, check)


def t308_multi_student3(w: World) -> Made:
    s = w.state
    free = _free(w)
    options = []
    for gone in free:
        sup = s.support[gone]
        for mover in free:
            if mover == gone or _same_tower(s, mover, gone):
                continue
            if sup in s.bowls and mover not in s.in_bowl(sup):
                options.append((gone, mover, Rel("in", mover, sup)))
            elif sup in s.support and mover not in (sup, *s.above(sup)) and sup not in s.above(mover) \
                    and _height(s, sup) + 1 <= layout.MAX_TOWER:
                options.append((gone, mover, Rel("on", mover, sup)))
    if not options:
        return None
    gone, mover, rel = w.pick(options)[0]
    text = f"first bin the {gone} then put the {_short(mover)} one where the {_short(gone)} one was"
    return _made(w, text, both(binned([gone]), rels(rel)))


def t308_multi_butler(w: World) -> Made:
    s = w.state
    free = _free(w)
    options = [(a, b, c) for a in free for b in free for c in free
               if len({a, b, c}) == 3 and not any(_same_tower(s, x, y) for x, y in ((a, b), (a, c), (b, c)))
               and _height(s, a) + 2 <= layout.MAX_TOWER]
    if not options:
        return None
    base, mid, top = w.pick(options)[0]
    text = (f"Firstly, kindly place the {mid} upon the {base}; thereafter, "
            f"the {top} upon the {mid}, if you would be so good.")
    return _made(w, text, rels(Rel("on", mid, base), Rel("on", top, mid)))


def t308_multi_plain89(w: World) -> Made:
    free = _free(w)
    bowls = [b for b in w.bowls if _room(w, b)]
    if len(free) < 2 or not bowls:
        return None
    first, second = w.pick(free, 2)
    bowl = w.pick(bowls)[0]
    text = f"Put the {first} in the {bowl}, and after that move the {second} to the middle."
    return _made(w, text, rels(Rel("in", first, bowl), Rel("at", second, MIDDLE)))


# ----- questions ----------------------------------------------------------------------------------------
def t308_q_cashier(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return f"Quick one, how many blocks have we got in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t308_q_spanish4(w: World) -> Made:
    s = w.state
    options = [b for b in _free(w) if s.support[b] in s.bowls
               or (s.support[b] in s.support and s.base(b) not in s.bowls)]
    if not options:
        return None
    block = w.pick(options)[0]
    return f"Where is it the {block}?", answered(s.support[block])


def t308_q_vet(w: World) -> Made:
    s = w.state
    free = _free(w)
    if len(free) < 2:
        return None
    if w.pairs() and w.rng.random() < 0.5:
        top, below = w.pick(w.pairs())[0]
    else:
        top, below = w.pick(free, 2)
    return f"Is the {top} on the {below}?", answered(yes(s.support[top] == below))


def t308_q_student3(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    n = len(s.on_the_table())
    return (f"how many blocks r on the table rn, and is the {bowl} empty",
            answered(f"{n}|{yes(not s.in_bowl(bowl)).lower()}"))


def t308_q_butler(w: World) -> Made:
    s = w.state
    block = w.pick(_free(w))[0] if _free(w) else None
    if block is None:
        return None
    on = s.on_top(block)
    return (f"Might I enquire what, if anything, is resting upon the {block}?",
            answered(on[0] if on else "nothing"))


def t308_q_plain89(w: World) -> Made:
    s = w.state
    inside = [b for b in s.in_bowls() if s.base(b) in s.bowls]
    if not inside:
        return None
    block = w.pick(inside)[0]
    return f"Which bowl is the {block} in?", answered(s.base(block))


# ----- matching -----------------------------------------------------------------------------------------
def _match_room(w: World, want: list[Rel]) -> bool:
    return all(_room(w, r.target) for r in want if not holds(r, w.state))


def t308_match_cashier(w: World) -> Made:
    want = matching(w)
    if not want or not _match_room(w, want):
        return None
    return _made(w, "Could you sort the blocks into the bowls of the same colour, please? Cheers!", rels(*want))


def t308_match_spanish4(w: World) -> Made:
    options = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not options:
        return None
    rel = w.pick(options)[0]
    return _made(w, f"Put the {rel.block} in the bowl of the same colour, please.", rels(rel))


def t308_match_vet(w: World) -> Made:
    want = matching(w)
    if not want or not _match_room(w, want):
        return None
    matched = {r.block for r in want}
    rest = [b for b in _free(w) if b not in matched]
    if len(rest) > len(layout.BIN_SLOTS):
        return None
    text = "Match the blocks to the bowls by colour, and anything without a matching bowl can go in the bin."
    return _made(w, text, both(rels(*want), binned(rest)))


def t308_match_student3(w: World) -> Made:
    options = []
    for bowl in w.bowls:
        twin = _block_of(w, w.colour(bowl))
        if twin is None:
            continue
        for block in _free(w):
            if block != twin and _can_stack(w, block, twin):
                options.append((block, twin, bowl))
    if not options:
        return None
    block, twin, bowl = w.pick(options)[0]
    text = f"put the {block} on the block thats the same colour as the {bowl}"
    return _made(w, text, rels(Rel("on", block, twin)))


def t308_match_butler(w: World) -> Made:
    s = w.state
    options = [b for b in w.bowls if any(w.colour(x) != w.colour(b) for x in s.in_bowl(b))]
    if not options:
        return None
    bowl = w.pick(options)[0]
    odd = [x for x in s.in_bowl(bowl) if w.colour(x) != w.colour(bowl)]
    colour = w.colour(bowl)
    text = f"Would you be good enough to remove from the {bowl} every block that is not {colour}?"
    same = [x for x in s.in_bowl(bowl) if x not in odd]
    return _made(w, text, rels(*(Rel("in", x, bowl, negated=True) for x in odd), *(Rel("in", x, bowl) for x in same)))


def t308_match_plain89(w: World) -> Made:
    options = [(b, _block_of(w, w.colour(b))) for b in w.bowls if _block_of(w, w.colour(b))]
    if not options:
        return None
    bowl, block = w.pick(options)[0]
    corner = w.pick(list(CORNERS))[0]
    return _made(w, f"Move the block that matches the {bowl} to the {corner}.", rels(Rel("at", block, corner)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("cashier", "spanish4", "vet", "student3", "butler", "plain89")
FRESH308: list[Template] = [
    (f"t308_{short}_{style}", category, globals()[f"t308_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
