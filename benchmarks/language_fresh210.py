"""`FRESH210`, the two-hundred-and-eleventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six kinds of people type them:
- waitress: "hon could you pop the red block in the blue bowl for me? thanks sugar"
- coachdriver: "Ladies and gentlemen, by the end of this tour the green block will be resting in the bin."
- accountant2: "I need precisely two blocks in the red bowl. Not one, not three. Which two is immaterial."
- gardener2: "I'd like the yellow block planted in the blue bowl, like a bulb in a pot."
- tired: "ugh just stack the red block on the white block"
- polite: "Please, may you take the pink block down from the cyan block and put it on the table? Many thanks."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on abf5284, the code of a233c91, before anything it could prompt): 0.4367
goal-correct (131 of 300), 161 refused, three wrong actions and five wrong replies. The wrong actions: a learner's "for
each bowl, put inside it the block of the same colour. In the bowls should stay only blocks of the same colour like the
bowl." left a block of another colour in a bowl (the second sentence was swallowed by the first). The wrong replies:
"Which block is growing on top of X?". The refusals: the waitress's "hon", "sugar", "would ya", "that's where it lives",
the tour driver's "Ladies and gentlemen, ... will now board that bowl", "proceed to", "no stragglers", "stays on the
table", the accountant's "Precisely that corner, not somewhere near it", "Please reconcile accordingly", "Every other
block: unchanged. Not a single other movement.", "Zero blocks in the bin", the gardener's "like a weed", "pot", "plant",
"rooted", "compost heap, I mean the bin", the tired user's "whatevers in W just put it on X", and the polite learner's
"may you", "in any case", "at last", "make one tower together".
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _loose(w: World) -> list[str]:
    """Blocks that are not in the bin (nothing is held in a generated scene)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, adding: list[str] | tuple[str, ...]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(adding)) <= layout.BOWL_CAPACITY


def _depth(s: SymState, block: str) -> int:
    """How many blocks lie under `block` in its tower."""
    n, cur = 0, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` may go onto `below`: different blocks, `below` not resting on `top`, the tower stays low enough."""
    s = w.state
    return top != below and below not in s.above(top) and _depth(s, below) + 2 <= layout.MAX_TOWER


def _on_ground(b: str) -> Check:
    """The block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: f.base(b) in _GROUND


def _bowl_left_alone(bowl: str) -> Check:
    """The bowl holds the same blocks as at the start, each resting where it rested."""
    return lambda i, f: set(f.in_bowl(bowl)) == set(i.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return (p[0], p[1])


def _nearest(w: World, to: tuple[float, float], among: list[str]) -> str | None:
    """The block of `among` nearest to the point `to`, when it is clearly nearer than the next one."""
    def d(b: str) -> float:
        x, y = _pos(w, b)
        return ((x - to[0]) ** 2 + (y - to[1]) ** 2) ** 0.5

    ranked = sorted(among, key=d)
    if not ranked:
        return None
    if len(ranked) > 1 and d(ranked[1]) - d(ranked[0]) < 0.03:
        return None
    return ranked[0]


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower in any order, standing on the table, a named place or in a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        sups = [f.support[b] for b in blocks]
        outside = [s for s in sups if s not in group]
        return len(outside) == 1 and outside[0] in (*_GROUND, *f.bowls) and len(set(sups)) == len(sups)
    return check


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _pair(w: World) -> tuple[str, str] | None:
    pairs = w.pairs()
    return w.rng.choice(pairs) if pairs else None


# ----- imperative -------------------------------------------------------------------------------------
def t210_imp_waitress(w: World) -> Made:
    block, bowl = w.rng.choice(_loose(w)), w.rng.choice(w.bowls)
    if not _room(w, bowl, [block]):
        return None
    text = f"hon could you pop the {block} in the {bowl} for me? thanks sugar"
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


def t210_imp_coachdriver(w: World) -> Made:
    block = w.rng.choice(_loose(w))
    text = f"Alright folks, driver speaking. Kindly move the {block} over to the middle of the table, thank you."
    return _made(w, text, _act(rels(Rel("at", block, _MIDDLE))))


def t210_imp_accountant2(w: World) -> Made:
    block, corner = w.rng.choice(_loose(w)), w.rng.choice(_CORNERS)
    text = f"Relocate the {block} to the {corner}, please. Precisely that corner, not somewhere near it."
    return _made(w, text, _act(rels(Rel("at", block, corner))))


def t210_imp_gardener2(w: World) -> Made:
    block = w.rng.choice(_loose(w))
    text = f"Pull the {block} out like a weed and toss it in the bin, would you."
    return _made(w, text, _act(binned([block])))


def t210_imp_tired(w: World) -> Made:
    top, below = w.pick(_loose(w), 2) or ("", "")
    if not top or not _can_stack(w, top, below):
        return None
    text = f"ugh just stack the {top} on the {below}"
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t210_imp_polite(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    text = f"Please, may you take the {top} down from the {below} and put it on the table? Many thanks."
    return _made(w, text, _act(rels(Rel("on_table", top))))


# ----- declarative ------------------------------------------------------------------------------------
def t210_dec_waitress(w: World) -> Made:
    block, bowl = w.rng.choice(_loose(w)), w.rng.choice(w.bowls)
    if not _room(w, bowl, [block]):
        return None
    text = f"sugar, the {block} goes in the {bowl}, that's where it lives"
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


def t210_dec_coachdriver(w: World) -> Made:
    block = w.rng.choice(_loose(w))
    text = f"Ladies and gentlemen, by the end of this tour the {block} will be resting in the bin."
    return _made(w, text, _act(binned([block])))


def t210_dec_accountant2(w: World) -> Made:
    block, corner = w.rng.choice(_loose(w)), w.rng.choice(_CORNERS)
    text = f"The correct final position of the {block} is the {corner}. Please reconcile accordingly."
    return _made(w, text, _act(rels(Rel("at", block, corner))))


def t210_dec_gardener2(w: World) -> Made:
    top, below = w.pick(_loose(w), 2) or ("", "")
    if not top or not _can_stack(w, top, below):
        return None
    text = f"The {top} should sit right on top of the {below}, like a cutting grafted onto its rootstock."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t210_dec_tired(w: World) -> Made:
    options = [b for b in _loose(w) if w.state.support[b] not in _GROUND]
    if not options:
        return None
    block = w.rng.choice(options)
    text = f"the {block} should just be on the table. thats it"
    return _made(w, text, _act(rels(Rel("on_table", block))))


def t210_dec_polite(w: World) -> Made:
    block = w.rng.choice(_loose(w))
    text = f"The {block} should be in the middle of the table, I think. Please, at the end it must to be there."
    return _made(w, text, _act(rels(Rel("at", block, _MIDDLE))))


# ----- desiderative -----------------------------------------------------------------------------------
def t210_des_waitress(w: World) -> Made:
    top, below = w.pick(_loose(w), 2) or ("", "")
    if not top or not _can_stack(w, top, below):
        return None
    text = f"what i'd love, hon, is the {top} sitting right on the {below}"
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t210_des_coachdriver(w: World) -> Made:
    block, corner = w.rng.choice(_loose(w)), w.rng.choice(_CORNERS)
    text = f"Ladies and gentlemen, I'd like the {block} parked in the {corner}, please."
    return _made(w, text, _act(rels(Rel("at", block, corner))))


def t210_des_accountant2(w: World) -> Made:
    block = w.rng.choice(_loose(w))
    text = f"My goal is simple: the {block} ends up in the bin. That is the entire entry."
    return _made(w, text, _act(binned([block])))


def t210_des_gardener2(w: World) -> Made:
    block, bowl = w.rng.choice(_loose(w)), w.rng.choice(w.bowls)
    if not _room(w, bowl, [block]):
        return None
    text = f"I'd like the {block} planted in the {bowl}, like a bulb in a pot."
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


def t210_des_tired(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    text = f"i just want the {top} off the {below} and down on the table"
    return _made(w, text, _act(rels(Rel("on_table", top))))


def t210_des_polite(w: World) -> Made:
    blocks = w.pick(_loose(w), 3)
    if not blocks:
        return None
    a, b, c = blocks
    text = (f"I would like very much that the {a}, the {b} and the {c} make one tower together. "
            "The order of them does not matter for me.")
    return _made(w, text, _act(_one_tower(blocks)))


# ----- quantified -------------------------------------------------------------------------------------
def t210_qua_waitress(w: World) -> Made:
    text = "hon every last block goes in the bin, thanks sugar"
    return _made(w, text, _act(binned(w.blocks)))


def t210_qua_coachdriver(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    text = f"Ladies and gentlemen, all blocks please proceed to the {bowl}. All of them, no stragglers."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t210_qua_accountant2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    text = f"I need precisely two blocks in the {bowl}. Not one, not three. Which two is immaterial."
    return _made(w, text, _act(count_in(bowl, 2)))


def t210_qua_gardener2(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    text = "One block per pot, please: exactly one block in each of the bowls, any blocks you like."
    return _made(w, text, _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)))


def t210_qua_tired(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"ugh clear everything out of the {bowl}. all of it in the bin"
    return _made(w, text, _act(binned(w.state.in_bowl(bowl)), empty(bowl)))


def t210_qua_polite(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = "Please, each block which is in a bowl, take it out and put it on the table. Every one of them, please."
    return _made(w, text, _act(*(_on_ground(b) for b in inside)))


# ----- negated ----------------------------------------------------------------------------------------
def t210_neg_waitress(w: World) -> Made:
    keep = w.rng.choice(_loose(w))
    others = [b for b in w.blocks if b != keep]
    text = f"put all the blocks in the bin except the {keep}, hon. that one stays out"
    return _made(w, text, _act(binned(others), none_binned([keep])))


def t210_neg_coachdriver(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 2:
        return None
    keep = w.rng.choice(table)
    others = [b for b in table if b != keep]
    text = (f"Ladies and gentlemen, all the blocks on the table are off to the bin, all but the {keep}, "
            "which stays on the table.")
    return _made(w, text, _act(binned(others), _on_ground(keep)))


def t210_neg_accountant2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Empty the {bowl}, but none of its blocks go in the bin. Zero blocks in the bin, please."
    return _made(w, text, _act(empty(bowl), none_binned(w.blocks)))


def t210_neg_gardener2(w: World) -> Made:
    table, inside = w.state.on_the_table(), w.state.in_bowls()
    if not table or not inside:
        return None
    text = "Every block that isn't in a bowl goes on the compost heap, I mean the bin. The potted ones stay out of it."
    return _made(w, text, _act(binned(table), none_binned(inside)))


def t210_neg_tired(w: World) -> Made:
    wrong, right = w.pick(_loose(w), 2) or ("", "")
    if not wrong:
        return None
    text = f"ugh not the {wrong}, i meant the {right}. put the {right} in the bin"
    return _made(w, text, _act(binned([right]), none_binned([wrong])))


def t210_neg_polite(w: World) -> Made:
    block, still = w.pick(_loose(w), 2) or ("", "")
    if not block or still in w.state.above(block):
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"Please move the {block} to the {corner}, but please do not move the {still} in any case."
    return _made(w, text, _act(rels(Rel("at", block, corner)), kept(still)))


# ----- relative ---------------------------------------------------------------------------------------
def t210_rel_waitress(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    text = f"hon grab whatever block's sittin on the {below} and put it in the bin for me"
    return _made(w, text, _act(binned([top])))


def t210_rel_coachdriver(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    block = _nearest(w, _pos(w, bowl), _loose(w))
    if block is None:
        return None
    text = f"Ladies and gentlemen, the block closest to the {bowl} will now move to the middle of the table."
    return _made(w, text, _act(rels(Rel("at", block, _MIDDLE))))


def t210_rel_accountant2(w: World) -> Made:
    options = [(a, w.state.support[a]) for a in _loose(w) if w.state.support[a] in w.state.support]
    if not options:
        return None
    a, under = w.rng.choice(options)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [under]):
        return None
    text = f"Take the block directly beneath the {a} and put it in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", under, bowl))))


def t210_rel_gardener2(w: World) -> Made:
    block = _nearest(w, layout.BIN_CENTER, _loose(w))
    if block is None:
        return None
    text = "The block nearest the bin goes in the bin, like the last of the clippings."
    return _made(w, text, _act(binned([block])))


def t210_rel_tired(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    (block,) = w.state.in_bowl(bowl)
    targets = [b for b in _loose(w) if b != block and _can_stack(w, block, b)]
    if not targets:
        return None
    below = w.rng.choice(targets)
    text = f"whatevers in the {bowl} just put it on the {below}"
    return _made(w, text, _act(rels(Rel("on", block, below))))


def t210_rel_polite(w: World) -> Made:
    alone = [b for b in _loose(w) if w.state.is_clear(b) and w.state.support[b] not in w.state.support]
    if not alone:
        return None
    target = w.rng.choice(alone)
    block = _nearest(w, _pos(w, target), [b for b in _loose(w) if b != target])
    if block is None:
        return None
    text = f"Please, the block which is the nearest to the {target}, could you put it on the top of the {target}?"
    return _made(w, text, _act(rels(Rel("on", block, target))))


# ----- keep -------------------------------------------------------------------------------------------
def t210_keep_waitress(w: World) -> Made:
    block, still = w.pick(_loose(w), 2) or ("", "")
    if not block or still in w.state.above(block):
        return None
    text = f"hon, bin the {block} but keep the {still} right where it is, ok?"
    return _made(w, text, _act(binned([block]), kept(still)))


def t210_keep_coachdriver(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full or len(w.bowls) < 2:
        return None
    stay = w.rng.choice(full)
    dest = w.rng.choice([b for b in w.bowls if b != stay])
    options = [b for b in _loose(w) if w.state.base(b) != stay]
    if not options:
        return None
    block = w.rng.choice(options)
    if not _room(w, dest, [block]):
        return None
    text = (f"Ladies and gentlemen, the {block} is transferring to the {dest}; the {stay} and everything "
            "in it stays exactly as it is.")
    return _made(w, text, _act(rels(Rel("in", block, dest)), _bowl_left_alone(stay)))


def t210_keep_accountant2(w: World) -> Made:
    options = [b for b in _loose(w) if w.state.is_clear(b)]
    block, corner = w.rng.choice(options), w.rng.choice(_CORNERS)
    others = [b for b in w.blocks if b != block]
    text = f"Transfer the {block} to the {corner}. Every other block: unchanged. Not a single other movement."
    return _made(w, text, _act(rels(Rel("at", block, corner)), kept(*others)))


def t210_keep_gardener2(w: World) -> Made:
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    top, below, rooted = trio
    if not _can_stack(w, top, below) or rooted in w.state.above(top) + w.state.above(below):
        return None
    text = f"Leave the {rooted} rooted where it is and put the {top} on the {below}."
    return _made(w, text, _act(rels(Rel("on", top, below)), kept(rooted)))


def t210_keep_tired(w: World) -> Made:
    options = w.state.on_the_table()
    if not options:
        return None
    block = w.rng.choice(options)
    text = f"just move the {block} to the middle. leave the bowls alone"
    return _made(w, text, _act(rels(Rel("at", block, _MIDDLE)), *(_bowl_left_alone(b) for b in w.bowls)))


def t210_keep_polite(w: World) -> Made:
    towers = [(t, b) for t, b in w.pairs() if w.state.is_clear(t) and w.state.support[b] not in w.state.support]
    if not towers:
        return None
    top, below = w.rng.choice(towers)
    options = [b for b in _loose(w) if b not in (top, below)]
    if not options:
        return None
    block, corner = w.rng.choice(options), w.rng.choice(_CORNERS)
    text = (f"Kindly bring the {block} to the {corner}; the tower of the {top} on the {below} should stay "
            "like it is, please.")
    return _made(w, text, _act(rels(Rel("at", block, corner)), kept(top, below)))


# ----- multi-step -------------------------------------------------------------------------------------
def t210_multi_waitress(w: World) -> Made:
    base, top = w.pick(_loose(w), 2) or ("", "")
    bowl = w.rng.choice(w.bowls)
    if not base or not _room(w, bowl, [base, top]):
        return None
    text = f"first the {base} in the {bowl}, hon, then the {top} on top of it. thanks sugar"
    return _made(w, text, _act(rels(Rel("in", base, bowl), Rel("on", top, base))))


def t210_multi_coachdriver(w: World) -> Made:
    base, top = w.pick(_loose(w), 2) or ("", "")
    if not base:
        return None
    corner = w.rng.choice(_CORNERS)
    text = (f"Ladies and gentlemen, first stop: the {base} goes to the {corner}. "
            f"Second stop: the {top} goes on top of the {base}.")
    return _made(w, text, _act(rels(Rel("at", base, corner), Rel("on", top, base))))


def t210_multi_accountant2(w: World) -> Made:
    gone, moved = w.pick(_loose(w), 2) or ("", "")
    bowl = w.rng.choice(w.bowls)
    if not gone or not _room(w, bowl, [moved]):
        return None
    text = f"Step one: the {gone} goes in the bin. Step two: the {moved} goes in the {bowl}. That's the full ledger."
    return _made(w, text, _act(binned([gone]), rels(Rel("in", moved, bowl))))


def t210_multi_gardener2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    contents = w.state.in_bowl(bowl)
    options = [b for b in _loose(w) if b not in contents]
    if not options:
        return None
    block = w.rng.choice(options)
    text = f"First clear the {bowl} out, everything in it into the bin, then plant the {block} in it."
    return _made(w, text, _act(binned(contents), rels(Rel("in", block, bowl))))


def t210_multi_tired(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    text = f"take the {top} off the {below}, then put the {below} in the bin"
    return _made(w, text, _act(binned([below]), lambda _i, f: f.support[top] != below))


def t210_multi_polite(w: World) -> Made:
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, c = trio
    text = (f"Firstly please put the {a} on the table, after that put the {b} on the {a}, "
            f"and at last the {c} on the {b}.")
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


# ----- questions --------------------------------------------------------------------------------------
def t210_q_waitress(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"hon how many blocks are in the {bowl} right now?", answered(str(len(w.state.in_bowl(bowl))))


def t210_q_coachdriver(w: World) -> Made:
    options = [b for b in _loose(w) if w.state.support[b] in (TABLE, *w.blocks, *w.bowls)]
    if not options:
        return None
    block = w.rng.choice(options)
    under = w.state.support[block]
    return (f"Ladies and gentlemen, a little quiz for you: what is the {block} sitting on?",
            answered(under))


def t210_q_accountant2(w: World) -> Made:
    outside = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    inside = w.state.in_bowls()
    if inside and w.rng.random() < 0.5:
        block = w.rng.choice(inside)
        bowl = w.state.base(block)
    else:
        block, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = holds(Rel("in", block, bowl), w.state)
    text = f"Two questions. How many blocks are not in any bowl? And is the {block} in the {bowl}?"
    return text, answered(f"{len(outside)}|{yes(flag).lower()}")


def t210_q_gardener2(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    return f"Which block is growing on top of the {below}?", answered(top)


def t210_q_tired(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"whats in the {bowl}", answered("|".join(inside) if inside else "nothing")


def t210_q_polite(w: World) -> Made:
    if w.rng.random() < 0.5:
        pair = _pair(w)
        if pair is None:
            return None
        a, b = pair
    else:
        a, b = w.pick(_loose(w), 2) or ("", "")
        if not a or a in w.state.above(b):
            return None
    flag = w.state.support[a] == b
    text = f"Excuse me, is the {a} on the {b}? And how many bowls are on the table, please?"
    return text, answered(f"{yes(flag).lower()}|{len(w.bowls)}")


# ----- matching ---------------------------------------------------------------------------------------
def t210_match_waitress(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "sugar, pop each block in the bowl that's the same colour as it, would ya?"
    return _made(w, text, _act(rels(*want)))


def t210_match_coachdriver(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want]
    seated = [b for b in w.blocks if b not in movers]
    if any(s in w.state.above(m) for s in seated for m in movers):
        return None
    if any(not _room(w, r.target, [r.block]) for r in want):
        return None
    text = ("Ladies and gentlemen, every block with a bowl of its own colour will now board that bowl; "
            "everyone else, please stay in your seats.")
    return _made(w, text, _act(rels(*want), kept(*seated)))


def t210_match_accountant2(w: World) -> Made:
    pairs = [(b, _bowl_of(w, w.colour(b))) for b in _loose(w) if _bowl_of(w, w.colour(b))]
    if not pairs:
        return None
    block, bowl = w.rng.choice(pairs)
    assert bowl is not None
    c = w.colour(block)
    text = (f"Colour reconciliation: the {block} goes into the {bowl}, and at the end the {bowl} holds exactly "
            f"one block, the {c} one.")
    return _made(w, text, _act(lambda _i, f: f.in_bowl(bowl) == [block]))


def t210_match_gardener2(w: World) -> Made:
    want = matching(w)
    movers = [r.block for r in want]
    rest = [b for b in _loose(w) if b not in movers]
    if not want or not rest:
        return None
    c = w.colour(w.rng.choice(movers))
    text = (f"Plant every block in the pot of its own colour, {c} in {c} and so on. "
            "Anything without a matching bowl goes in the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t210_match_tired(w: World) -> Made:
    pairs = [(b, _bowl_of(w, w.colour(b))) for b in w.blocks if _bowl_of(w, w.colour(b))]
    if not pairs:
        return None
    ref, bowl = w.rng.choice(pairs)
    assert bowl is not None
    options = [b for b in _loose(w) if b != ref]
    if not options:
        return None
    block = w.rng.choice(options)
    if not _room(w, bowl, [block]):
        return None
    text = f"ugh put the {block} in the bowl thats the same colour as the {ref}"
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


def t210_match_polite(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    bowls = w.bowls
    colours = w.state.colours

    def only_own(_i: SymState, f: SymState) -> bool:
        return all(colours[b] == colours[bowl] for bowl in bowls for b in f.in_bowl(bowl))

    text = ("Please, for each bowl, put inside it the block of the same colour. In the bowls should stay only "
            "blocks of the same colour like the bowl.")
    return _made(w, text, _act(rels(*want), only_own))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("waitress", "coachdriver", "accountant2", "gardener2", "tired", "polite")
FRESH210: list[Template] = [
    (f"t210_{short}_{style}", category, globals()[f"t210_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
