"""`FRESH197`, the hundred-and-ninety-eighth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no theme: yet more ordinary people on an ordinary day, typing what they want into the robot's chat
window in their own plain words. A carpenter sets, squares up and stacks; a news reader speaks formally ("please
note", "the red block is to be"); a toddler's grandparent pops the little blocks in ("there we go"); a project
manager talks in deliverables and action items; a surfer chucks things ("dude", "sweet"); and an impatient engineer
wants it done now ("just", "why is X still on Y, move it"). The jobs are the everyday ones: a block into a bowl, onto
another block or a named place, towers, sorting by colour, binning and emptying, leaving some things as they are, and
plain questions (one or two in a message). The checks accept any order and any choice the words leave open, ask for
an empty gripper after every action, never accept throwing away a block the words did not send to the bin, and hold
the blocks a sentence says to leave alone exactly where they were.

- carp: "Set the red block square on top of the blue block."
- news: "Please note: the red block is to be placed in the bin and the blue block in the green bowl."
- gran: "Pop the little red block into the blue bowl, there we go."
- pm: "Action item: the red block to the top left corner by the end of this session."
- surf: "Dude, chuck the red block in the bin, sweet."
- eng: "Why is the red block still on the blue block? It goes on the green block. Move it."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 8a26d21, the code of f4335ca, before anything it could prompt): 0.6633
goal-correct (199 of 300), 89 refused, 8 asked. Four wrong actions: "Grab whatever block is in W and chuck it on X,
sweet." binned the block (the unknown 'sweet' left 'it on X' read whole as the thing to throw away). The refusals
include ', sweet', 'dude', ', there we go', 'sweetheart', 'chilling', "The orange block is the base: ...", "Why is X still
on Y? It goes on Z. Move it.", "stacked in that order, X at the bottom on the table", "I'd love it if X was just chilling
on top of Y", "every block that's in a bowl, chuck it in the bin. Leave the rest.", "but don't throw any of them away",
"Leave the bowls just how they are", "The yellow block belongs in the yellow bowl, same colour. Just move it.", "Chuck
everything in the bin except the blocks in the bowls.", "Little blue block into W first, sweetheart, and then the little
white block in with it.", "I'd like W empty by the end of this, with what's in it moved onto the table.", "There's a
block on X. Just put that block in the bin.".
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

CORNERS = [p for p in PLACES if p != "middle"]
CAPACITY = layout.BOWL_CAPACITY
TALLEST = layout.MAX_TOWER


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's goal: every check holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _out(w: World, text: str, check: Check) -> Made:
    """The instance, or None when the goal already holds (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _nobin(w: World, *sent: str) -> Check:
    """No block goes to the bin unless the words sent it there."""
    return none_binned([b for b in w.blocks if b not in sent])


def _table(*blocks: str) -> Check:
    """Each block rests directly on the table (a named place on it included)."""
    return lambda _i, f: all(f.support[b] in (TABLE, *PLACES) for b in blocks)


def _off(block: str, below: str) -> Check:
    return lambda _i, f: f.support[block] != below


def _not_in(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _bowls_same() -> Check:
    """Every bowl holds just what it held at the start, each block resting where it rested."""
    return lambda i, f: all(sorted(i.in_bowl(x)) == sorted(f.in_bowl(x)) for x in i.bowls) and all(
        i.support[b] == f.support[b] for b in i.in_bowls())


def _level(s: SymState, b: str) -> int:
    """1 for a block on the table or in a bowl, 2 for one on such a block, and so on."""
    n, x = 1, s.support[b]
    while x in s.support:
        n, x = n + 1, s.support[x]
    return n


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= CAPACITY


def _live(w: World) -> list[str]:
    """Blocks not in the bin or the gripper."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _base_ok(w: World, b: str, extra: int = 1) -> bool:
    """Room for `extra` more blocks directly over `b` (the blocks above it moved off)."""
    return _level(w.state, b) + extra <= TALLEST


def _pl(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _c(name: str) -> str:
    return name.split()[0]


def _single_bowls(w: World) -> list[str]:
    return [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]


def _sentence(w: World, *choices: str) -> str:
    return w.rng.choice(list(choices))


# ----- imperative -----------------------------------------------------------------------------------
def t197_imp_carp(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    if not _base_ok(w, b):
        return None
    text = _sentence(w, f"Set the {a} square on top of the {b}.", f"Stack the {a} on the {b}, nice and square.",
                     f"Take the {a} and set it down on the {b}.")
    return _out(w, text, _act(rels(Rel("on", a, b)), _nobin(w)))


def t197_imp_news(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.pick(cands)[0]
    text = _sentence(w, f"Please place the {a} in the {bowl}.", f"Kindly move the {a} into the {bowl}, please.",
                     f"Please transfer the {a} to the {bowl}.")
    return _out(w, text, _act(rels(Rel("in", a, bowl)), _nobin(w)))


def t197_imp_gran(w: World) -> Made:
    a = w.pick(_live(w))[0]
    text = _sentence(w, f"Pop the little {a} in the middle of the table, there we go.",
                     f"Can you pop the little {a} right in the middle of the table for me? There we go.",
                     f"There we go, now pop that little {a} into the middle of the table.")
    return _out(w, text, _act(rels(Rel("at", a, "middle")), _nobin(w)))


def t197_imp_pm(w: World) -> Made:
    a = w.pick(_live(w))[0]
    p = w.rng.choice(CORNERS)
    text = _sentence(w, f"Action item: move the {a} to the {p}.",
                     f"Next action item for you: get the {a} over to the {p}.",
                     f"Please action this: the {a} needs moving to the {p}, thanks.")
    return _out(w, text, _act(rels(Rel("at", a, p)), _nobin(w)))


def t197_imp_surf(w: World) -> Made:
    a = w.pick(_live(w))[0]
    text = _sentence(w, f"Dude, chuck the {a} in the bin.", f"Chuck the {a} in the bin, sweet.",
                     f"Yo dude, just chuck that {a} into the bin.")
    return _out(w, text, _act(binned([a]), _nobin(w, a)))


def t197_imp_eng(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowl = w.state.base(a)
    text = _sentence(w, f"Just take the {a} out of the {bowl} and put it on the table. Now.",
                     f"Take the {a} out of the {bowl}. Just put it on the table.",
                     f"Now: {a} out of the {bowl}, onto the table. Just do it.")
    return _out(w, text, _act(_table(a), _nobin(w)))


# ----- declarative ----------------------------------------------------------------------------------
def t197_dec_carp(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    b, a, c = w.pick(live, 3)
    if not _base_ok(w, b, 2):
        return None
    text = _sentence(w, f"The {a} sits square on the {b}, and the {c} sits on the {a}.",
                     f"The {b} is the base: the {a} sits on it and the {c} sits on the {a}.")
    return _out(w, text, _act(rels(Rel("on", a, b), Rel("on", c, a)), _nobin(w)))


def t197_dec_news(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(b) != bowl and not _room(w, bowl):
        return None
    text = _sentence(w, f"Please note: the {a} is to be in the bin, and the {b} is to be in the {bowl}.",
                     f"Please note that the {b} is to be in the {bowl} and the {a} is to be in the bin.")
    return _out(w, text, _act(binned([a]), rels(Rel("in", b, bowl)), _nobin(w, a)))


def t197_dec_gran(w: World) -> Made:
    live = _live(w)
    bowl = w.pick(w.bowls)[0]
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    need = sum(1 for x in (a, b) if w.state.base(x) != bowl)
    if not _room(w, bowl, need):
        return None
    text = _sentence(w, f"The little {a} goes in the {bowl}, and the little {b} goes in there too. There we go.",
                     f"There we go: the little {a} and the little {b} both belong in the {bowl}.")
    return _out(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl)), _nobin(w)))


def t197_dec_pm(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    p, q = w.rng.sample(CORNERS, 2)
    text = _sentence(w, f"Deliverable: the {a} is at the {p} and the {b} is at the {q}.",
                     f"End state for this sprint: the {a} is in the {p}, the {b} is in the {q}.")
    return _out(w, text, _act(rels(Rel("at", a, p), Rel("at", b, q)), _nobin(w)))


def t197_dec_surf(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowl = w.state.base(a)
    text = _sentence(w, f"Dude, the {a} is meant to be on the table, not in the {bowl}.",
                     f"Dude, the {a} lives on the table, not in the {bowl}, sweet?")
    return _out(w, text, _act(_table(a), _nobin(w)))


def t197_dec_eng(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    cands = [c for c in w.clear_blocks() if c not in (a, b, *w.state.above(a)) and _base_ok(w, c)]
    if not cands:
        return None
    c = w.pick(cands)[0]
    text = _sentence(w, f"Why is the {a} still on the {b}? It goes on the {c}. Move it.",
                     f"The {a} is supposed to be on the {c}, not the {b}. Just move it. Now.")
    return _out(w, text, _act(rels(Rel("on", a, c)), _nobin(w)))


# ----- desiderative ---------------------------------------------------------------------------------
def t197_des_carp(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    text = _sentence(w, f"I'd like a tower squared up: the {a} on the bottom, then the {b}, then the {c} on top.",
                     f"I want the {a}, the {b} and the {c} stacked in that order, the {a} at the bottom on the "
                     f"table.")
    return _out(w, text, _act(rels(Rel("stacked", a, b, c)), _nobin(w)))


def t197_des_news(w: World) -> Made:
    a = w.pick(_live(w))[0]
    text = _sentence(w, f"We would like the {a} to be placed in the middle of the table, please.",
                     f"It is requested that the {a} be placed in the middle of the table.")
    return _out(w, text, _act(rels(Rel("at", a, "middle")), _nobin(w)))


def t197_des_gran(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.pick(cands)[0]
    text = _sentence(w, f"Grandma would love the little {a} in the {bowl}, please, sweetheart.",
                     f"I'd like the little {a} to go in the {bowl}, there we go.")
    return _out(w, text, _act(rels(Rel("in", a, bowl)), _nobin(w)))


def t197_des_pm(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    inside = w.state.in_bowl(bowl)
    text = _sentence(w, f"I'd like the {bowl} empty by the end of this, with what's in it moved onto the table.",
                     f"What I want as the deliverable: the {bowl} cleared out, its blocks on the table.")
    on_table: Check = lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside)
    return _out(w, text, _act(on_table, _nobin(w)))


def t197_des_surf(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    if b in w.state.above(a) or not _base_ok(w, b):
        return None
    text = _sentence(w, f"Dude, I'd love it if the {a} was just chilling on top of the {b}.",
                     f"I want the {a} riding on top of the {b}, dude.")
    return _out(w, text, _act(rels(Rel("on", a, b)), _nobin(w)))


def t197_des_eng(w: World) -> Made:
    a = w.pick(_live(w))[0]
    p = w.rng.choice(CORNERS)
    text = _sentence(w, f"I want the {a} at the {p}. Just move it there. Now.",
                     f"I want the {a} in the {p}, not where it is now. Just do it.")
    return _out(w, text, _act(rels(Rel("at", a, p)), _nobin(w)))


# ----- quantified -----------------------------------------------------------------------------------
def t197_qua_carp(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if len(cands) < 3 or not _room(w, bowl, 3):
        return None
    a, b, c = w.pick(cands, 3)
    text = _sentence(w, f"Set all three of them in the {bowl}: the {a}, the {b} and the {c}.",
                     f"The {a}, the {b} and the {c}: set each one in the {bowl}.")
    return _out(w, text, _act(rels(*(Rel("in", x, bowl) for x in (a, b, c))), _nobin(w)))


def t197_qua_news(w: World) -> Made:
    text = _sentence(w, "All blocks are to be removed to the bin.",
                     "Please note that every block, including any in the bowls, is to be put in the bin.")
    return _out(w, text, _act(binned(w.blocks)))


def t197_qua_gran(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    inside = w.state.in_bowl(bowl)
    text = _sentence(w, f"Pop all the blocks in the {bowl} into the bin, there we go.",
                     f"Every little block in the {bowl} goes in the bin now, there we go.")
    return _out(w, text, _act(binned(inside), _nobin(w, *inside)))


def t197_qua_pm(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    if n > 1:
        return None
    text = _sentence(w, f"Action item: by the end, the {bowl} holds exactly two blocks. Any two will do.",
                     f"Deliverable: exactly two blocks in the {bowl}, whichever two you like.")
    return _out(w, text, _act(count_in(bowl, 2), _nobin(w)))


def t197_qua_surf(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = _sentence(w, "Dude, every block that's in a bowl, chuck it in the bin. Leave the rest.",
                     "Chuck all the blocks out of the bowls and into the bin, dude, just those ones.")
    return _out(w, text, _act(binned(inside), _nobin(w, *inside)))


def t197_qua_eng(w: World) -> Made:
    live = _live(w)
    text = _sentence(w, "Just put every block directly on the table. Nothing stacked, nothing in a bowl. Now.",
                     "Every single block goes flat on the table, now. No stacks, nothing in the bowls.")
    return _out(w, text, _act(_table(*live), _nobin(w)))


# ----- negated --------------------------------------------------------------------------------------
def t197_neg_carp(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    good, bad = w.pick(w.bowls, 2)
    cands = [b for b in _live(w) if w.state.base(b) != good]
    if not cands or not _room(w, good):
        return None
    a = w.pick(cands)[0]
    text = _sentence(w, f"Set the {a} in the {good}, not the {bad}.",
                     f"Not the {bad}: the {a} goes in the {good}.")
    return _out(w, text, _act(rels(Rel("in", a, good)), _nobin(w)))


def t197_neg_news(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a = w.pick(live)[0]
    rest = [b for b in live if b != a]
    text = _sentence(w, f"Please note: all blocks except the {a} are to be put in the bin.",
                     f"Every block, with the exception of the {a}, is to be removed to the bin.")
    return _out(w, text, _act(binned(rest), none_binned([a])))


def t197_neg_gran(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    inside = w.state.in_bowl(bowl)
    text = _sentence(w, f"Empty the {bowl} for me, but don't throw any of them away, there we go.",
                     f"Take the little blocks out of the {bowl}, sweetheart, but none of them go in the bin.")
    return _out(w, text, _act(*(_not_in(b, bowl) for b in inside), _nobin(w)))


def t197_neg_pm(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowl = w.state.base(a)
    text = _sentence(w, f"Action item: the {a} must not be in the {bowl} by the end. Do not bin it.",
                     f"By end of day the {a} is no longer in the {bowl}, and it does not go in the bin either.")
    return _out(w, text, _act(_not_in(a, bowl), _nobin(w)))


def t197_neg_surf(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in _live(w) if b not in inside]
    if not inside or not outside:
        return None
    text = _sentence(w, "Dude, chuck everything in the bin except the blocks in the bowls.",
                     "Chuck every block in the bin, dude, but not the ones sitting in bowls.")
    return _out(w, text, _act(binned(outside), none_binned(inside)))


def t197_neg_eng(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = _sentence(w, f"Why is the {a} still on the {b}? Get it off. Not into the bin.",
                     f"The {a} should not be on the {b}. Just take it off, and don't bin it.")
    return _out(w, text, _act(_off(a, b), _nobin(w)))


# ----- relative -------------------------------------------------------------------------------------
def t197_rel_carp(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = _sentence(w, f"Take the block sitting on the {below} and set it down on the table.",
                     f"Whatever block is resting right on the {below}, set it on the table.")
    return _out(w, text, _act(_table(top), _nobin(w)))


def t197_rel_news(w: World) -> Made:
    bowls = _single_bowls(w)
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    a = w.state.in_bowl(bowl)[0]
    p = w.rng.choice(CORNERS)
    text = _sentence(w, f"The block in the {bowl} is to be moved to the {p}.",
                     f"Please move the block currently in the {bowl} to the {p}.")
    return _out(w, text, _act(rels(Rel("at", a, p)), _nobin(w)))


def t197_rel_gran(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    cands = [x for x in w.bowls if w.state.base(below) != x and _room(w, x)]
    if not cands:
        return None
    bowl = w.pick(cands)[0]
    text = _sentence(w, f"Pop the little block underneath the {top} into the {bowl}, there we go.",
                     f"The little block the {top} is sitting on, pop that one in the {bowl}.")
    return _out(w, text, _act(rels(Rel("in", below, bowl)), _nobin(w)))


def t197_rel_pm(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    table = w.state.on_the_table()
    if not table:
        return None
    ds = sorted((w.dist(b, bowl), b) for b in table)
    near = ds[0][1]
    if len(ds) > 1 and ds[1][0] - ds[0][0] < 0.05:
        return None
    if w.state.support[near] != TABLE or not w.state.is_clear(near) or not _room(w, bowl):
        return None
    text = _sentence(w, f"Action item: whichever block on the table is closest to the {bowl}, move it into the "
                        f"{bowl}.",
                     f"Take the block on the table nearest the {bowl} and put it in the {bowl}, please.")
    return _out(w, text, _act(rels(Rel("in", near, bowl)), _nobin(w)))


def t197_rel_surf(w: World) -> Made:
    bowls = _single_bowls(w)
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    a = w.state.in_bowl(bowl)[0]
    cands = [b for b in w.clear_blocks() if b != a and _base_ok(w, b)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = _sentence(w, f"Dude, that block chilling in the {bowl}? Chuck it on top of the {b}.",
                     f"Grab whatever block is in the {bowl} and chuck it on the {b}, sweet.")
    return _out(w, text, _act(rels(Rel("on", a, b)), _nobin(w)))


def t197_rel_eng(w: World) -> Made:
    cands = [b for b in _live(w) if len(w.state.above(b)) == 1]
    if not cands:
        return None
    a = w.pick(cands)[0]
    top = w.state.above(a)[0]
    text = _sentence(w, f"Just bin whatever is sitting on top of the {a}. Now.",
                     f"There's a block on the {a}. Just put that block in the bin.")
    return _out(w, text, _act(binned([top]), _nobin(w, top)))


# ----- keep -----------------------------------------------------------------------------------------
def t197_keep_carp(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    live = _live(w)
    cands = [b for b in live if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.pick(cands)[0]
    stay = [b for b in live if b != a and b not in w.state.above(a)]
    if not stay:
        return None
    k = w.pick(stay)[0]
    text = _sentence(w, f"Set the {a} in the {bowl}, and leave the {k} just where it is.",
                     f"Leave the {k} be. Set the {a} in the {bowl}.")
    return _out(w, text, _act(rels(Rel("in", a, bowl)), kept(k), _nobin(w)))


def t197_keep_news(w: World) -> Made:
    cl = w.clear_blocks()
    if not cl:
        return None
    a = w.pick(cl)[0]
    rest = [b for b in w.blocks if b != a]
    text = _sentence(w, f"The {a} is to be placed in the bin. All other blocks are to remain exactly where they are.",
                     f"Please note: only the {a} is to be binned; everything else is to stay as it is.")
    return _out(w, text, _act(binned([a]), kept(*rest)))


def t197_keep_gran(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    other = w.pick(full)[0]
    bowl = w.pick([x for x in w.bowls if x != other])[0]
    cands = [b for b in _live(w) if w.state.base(b) not in (bowl, other)]
    if not cands or not _room(w, bowl):
        return None
    a = w.pick(cands)[0]
    inside = w.state.in_bowl(other)
    text = _sentence(w, f"Pop the little {a} into the {bowl}, but leave everything in the {other} alone, there we go.",
                     f"Don't touch what's in the {other}, sweetheart. Just pop the little {a} in the {bowl}.")
    return _out(w, text, _act(rels(Rel("in", a, bowl)), kept(*inside), _nobin(w)))


def t197_keep_pm(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    p, q = w.rng.sample(CORNERS, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    text = _sentence(w, f"Action items: the {a} to the {p}, the {b} to the {q}. Everything else stays as is.",
                     f"Scope is tight: move the {a} to the {p} and the {b} to the {q}, and nothing else changes.")
    return _out(w, text, _act(rels(Rel("at", a, p), Rel("at", b, q)), kept(*rest)))


def t197_keep_surf(w: World) -> Made:
    out = [b for b in _live(w) if w.state.base(b) not in w.bowls]
    if len(out) < 2:
        return None
    a, b = w.pick(out, 2)
    if b in w.state.above(a) or not _base_ok(w, b):
        return None
    text = _sentence(w, f"Dude, chuck the {a} on the {b}, but leave the bowls alone.",
                     f"Leave the bowls just how they are, dude, and stick the {a} on top of the {b}.")
    return _out(w, text, _act(rels(Rel("on", a, b)), _bowls_same(), _nobin(w)))


def t197_keep_eng(w: World) -> Made:
    cl = [b for b in w.clear_blocks() if _base_ok(w, b)]
    if len(cl) < 2:
        return None
    a, b = w.pick(cl, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    text = _sentence(w, f"Stack the {a} on the {b}. Now. Everything else stays put.",
                     f"Just put the {a} on the {b} and don't touch anything else.")
    return _out(w, text, _act(rels(Rel("on", a, b)), kept(*rest)))


# ----- multi-step -----------------------------------------------------------------------------------
def t197_multi_carp(w: World) -> Made:
    live = _live(w)
    cands = [b for b in live if w.state.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    a = w.pick(cands)[0]
    b = w.pick([x for x in live if x != a])[0]
    text = _sentence(w, f"First set the {a} down on the table, then stack the {b} on it.",
                     f"Set the {a} on the table first. After that, the {b} goes on top of it.")
    return _out(w, text, _act(_table(a), rels(Rel("on", b, a)), _nobin(w)))


def t197_multi_news(w: World) -> Made:
    cl = w.clear_blocks()
    live = _live(w)
    if not cl or len(live) < 2:
        return None
    a = w.pick(cl)[0]
    b = w.pick([x for x in live if x != a])[0]
    text = _sentence(w, f"Please first place the {a} in the bin; thereafter, the {b} is to be moved to the middle "
                        f"of the table.",
                     f"Firstly, the {a} is to be put in the bin. Secondly, the {b} is to be placed in the middle "
                     f"of the table.")
    return _out(w, text, _act(binned([a]), rels(Rel("at", b, "middle")), _nobin(w, a)))


def t197_multi_gran(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if len(cands) < 2 or not _room(w, bowl, 2):
        return None
    a, b = w.pick(cands, 2)
    text = _sentence(w, f"First pop the little {a} in the {bowl}, then the little {b} in after it. There we go.",
                     f"Little {a} into the {bowl} first, sweetheart, and then the little {b} in with it.")
    return _out(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl)), _nobin(w)))


def t197_multi_pm(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _live(w) if b not in inside]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = _sentence(w, f"Step one: empty the {bowl} into the bin. Step two: put the {b} in the {bowl}.",
                     f"Two action items, in order: first bin everything in the {bowl}, then move the {b} into it.")
    return _out(w, text, _act(binned(inside), rels(Rel("in", b, bowl)), _nobin(w, *inside)))


def t197_multi_surf(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    if c in w.state.above(b) or not _base_ok(w, c):
        return None
    text = _sentence(w, f"Dude, chuck the {a} in the bin, then put the {b} on the {c}, sweet.",
                     f"First chuck the {a} in the bin, dude. Then the {b} goes on top of the {c}.")
    return _out(w, text, _act(binned([a]), rels(Rel("on", b, c)), _nobin(w, a)))


def t197_multi_eng(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = _sentence(w, f"Move the {a} off the {b}. Then put the {b} in the bin. Now.",
                     f"Why is the {a} still on the {b}? Move it off, then just bin the {b}.")
    return _out(w, text, _act(binned([b]), _nobin(w, b)))


# ----- questions ------------------------------------------------------------------------------------
def t197_q_carp(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    text = _sentence(w, f"How many blocks are sitting in the {bowl} right now?",
                     f"Quick count for me: how many blocks in the {bowl}?")
    return text, answered(str(n))


def t197_q_news(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    pool = inside if inside and w.rng.random() < 0.5 else [b for b in w.blocks if b not in inside]
    if not pool:
        return None
    a = w.pick(pool)[0]
    text = _sentence(w, f"Please report: is the {a} in the {bowl}?",
                     f"Could you please confirm whether the {a} is currently in the {bowl}?")
    return text, answered(yes(w.state.base(a) == bowl))


def t197_q_gran(w: World) -> Made:
    stacked = [t for t, _ in w.pairs()]
    pool = stacked if stacked and w.rng.random() < 0.5 else [b for b in w.blocks if b not in stacked]
    if not pool:
        return None
    a = w.pick(pool)[0]
    text = _sentence(w, f"Is the little {a} sitting on top of another block?",
                     f"Now then, is the little {a} on top of one of the other blocks?")
    return text, answered(yes(w.state.support[a] in w.state.support))


def t197_q_pm(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    cands = [b for b in w.blocks if w.state.support[b] == TABLE or w.state.base(b) in w.bowls]
    if not cands:
        return None
    a = w.pick(cands)[0]
    flag = w.state.support[a] == TABLE
    text = _sentence(w, f"Status update please: how many blocks are in the {bowl}, and is the {a} on the table?",
                     f"Two quick questions for the report: how many blocks does the {bowl} hold, and is the {a} "
                     f"on the table?")
    return text, answered(f"{n}|{yes(flag)}")


def t197_q_surf(w: World) -> Made:
    bowls = _single_bowls(w)
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    a = w.state.in_bowl(bowl)[0]
    text = _sentence(w, f"Dude, which block is chilling in the {bowl}?",
                     f"Yo, what colour is the block in the {bowl}?")
    return text, answered(_c(a))


def t197_q_eng(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    text = _sentence(w, f"Just tell me what's on top of the {below}, and how many blocks are in the {bowl}.",
                     f"What block is sitting on the {below}? And how many are in the {bowl}? Quick.")
    return text, answered(f"{_c(top)}|{n}")


# ----- matching -------------------------------------------------------------------------------------
def _unmatched(w: World) -> list[Rel]:
    return [r for r in matching(w) if w.state.base(r.block) != r.target]


def t197_match_carp(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = _sentence(w, "Set each block in the bowl of its own colour.",
                     "Square things up: every block that has a bowl of the same colour goes in that bowl.")
    return _out(w, text, _act(rels(*matching(w)), _nobin(w)))


def t197_match_news(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    matched = {r.block for r in matching(w)}
    rest = [b for b in w.blocks if b not in matched]
    if any(b in rest for r in todo for b in w.state.above(r.block)):
        return None
    text = _sentence(w, "Blocks are to be sorted into the bowls of matching colour; blocks with no bowl of their "
                        "colour are to remain where they are.",
                     "Please note: each block with a bowl of the same colour is to be placed in that bowl. All "
                     "other blocks stay exactly where they are.")
    return _out(w, text, _act(rels(*matching(w)), kept(*rest), _nobin(w)))


def t197_match_gran(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = _sentence(w, "Let's put each little block in the bowl that's the same colour as it, there we go.",
                     "Colours together, sweetheart: every little block goes in the bowl that matches it, if there "
                     "is one.")
    return _out(w, text, _act(rels(*matching(w)), _nobin(w)))


def t197_match_pm(w: World) -> Made:
    if not _unmatched(w):
        return None
    matched = {r.block for r in matching(w)}
    rest = [b for b in w.blocks if b not in matched]
    text = _sentence(w, "Deliverable: every block with a bowl of its colour is in that bowl, and every other "
                        "block is in the bin.",
                     "Action items: sort the blocks into the bowls of the same colour, and bin any block that has "
                     "no matching bowl.")
    return _out(w, text, _act(rels(*matching(w)), binned(rest), none_binned(sorted(matched))))


def t197_match_surf(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = _sentence(w, "Dude, match 'em up: blocks into the bowls of the same colour, sweet.",
                     "Sort the blocks into the bowls that match their colour, dude.")
    return _out(w, text, _act(rels(*matching(w)), _nobin(w)))


def t197_match_eng(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    a, bowl = r.block, r.target
    where = w.state.base(a)
    if where in w.bowls:
        text = f"Why is the {a} still in the {where}? It goes in the {bowl}. Move it. Now."
    else:
        text = _sentence(w, f"Why isn't the {a} in the {bowl} yet? Just put it there. Now.",
                         f"The {a} belongs in the {bowl}, same colour. Just move it.")
    return _out(w, text, _act(rels(r), _nobin(w)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("carp", "news", "gran", "pm", "surf", "eng")
FRESH197: list[Template] = [
    (f"t197_{short}_{style}", category, globals()[f"t197_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
