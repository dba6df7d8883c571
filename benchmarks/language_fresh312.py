"""`FRESH312`, the three-hundred-and-thirteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own plain
words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table (one or two in a message). Six personas, one style each:
- farmer3: a farmer, plain-spoken: "Set the red block in the blue bowl."
- italian4: an Italian speaker writing English with small slips: "Please, you can put the green block on the yellow
  block?"
- lawyer2: a lawyer, formal and careful: "Kindly place the red block at the top left corner of the table."
- student4: a student, hurried and casual: "throw the red block in the bin"
- aunt2: an aunt, warm and chatty: "Oh honey, could you set the blue block down in the middle of the table for me?"
- plain93: a plain, ordinary adult with no quirks: "Take the red block off the green block and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 13c008c, the code of 9a19843, before anything it could prompt): 0.85
goal-correct (255 of 300), 40 refused, 0 wrong actions, 5 wrong replies. The wrong replies: a farmer's 'How many blocks
are sitting in that W?' looked for 'that W'. The refusals: an aunt's 'That W really ought to be empty, dear, with
everything that's in it tipped into the bin.', '... Oh, and keep W just as it is, I like it like that.', a student's 'i
want the purple, cyan and pink blocks in one tower, purple at the bottom, cyan in the middle and pink on top', an
Italian speaker's 'Put each block in a bowl, please, I don't want that any block stay on the table.', 'Please put all
the blocks what are not in a bowl inside W.', 'Make a tower with X on Y, but Z it must stay where is now.', a lawyer's
'Move X such that it no longer rests upon Y; it is not, however, to be placed in the bin.', 'Would you kindly inform me
what, if anything, is presently resting on top of X?'.
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

_CAP = layout.BOWL_CAPACITY
_BIN_ROOM = 5  # the most blocks one template sends to the bin
_TOP_LEFT, _TOP_RIGHT, _BOTTOM_LEFT, _BOTTOM_RIGHT, _MIDDLE = PLACES[:5]


# ----- helpers -------------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every goal holds and the gripper is empty at the end."""
    return both(*checks, lambda _i, f: f.held is None)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _free(w: World) -> list[str]:
    """Blocks that can be handled: not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _depth(s: SymState, block: str) -> int:
    """How high `block` sits in its tower (1 for a block resting on the table, a bowl or a place)."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(w: World, top: str, below: str) -> bool:
    """Whether `top` can go onto `below` without unbuilding `below` itself or making too tall a tower."""
    s = w.state
    return (top != below and below not in s.above(top) and s.base(below) != BIN
            and _depth(s, below) + 1 <= layout.MAX_TOWER)


def _fits(w: World, bowl: str, blocks: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(blocks)) <= _CAP


def _grounded(s: SymState, block: str) -> bool:
    """Rests on the table, a named place or a bowl (not on a block, not in the bin or the gripper)."""
    sup = s.support[block]
    return sup == TABLE or sup in PLACES or sup in s.bowls


def _alone(w: World, block: str) -> bool:
    """Not part of a stack: nothing on it and not on a block."""
    return w.state.is_clear(block) and w.state.support[block] not in w.state.support


def _col(w: World, name: str) -> str:
    return w.colour(name)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _tower(order: list[str], top_clear: bool = True) -> Check:
    """One tower of exactly `order`, bottom first, standing on the table, a place or in a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        if not _grounded(f, order[0]):
            return False
        if any(f.support[up] != down for down, up in zip(order, order[1:])):
            return False
        return f.is_clear(order[-1]) or not top_clear
    return check


def _one_tower(blocks: list[str]) -> Check:
    """Every one of `blocks` in a single tower, in any order, standing on the table, a place or in a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in f.support]
        if len(bottoms) != 1 or not _grounded(f, bottoms[0]):
            return False
        chain = [bottoms[0]]
        while len(chain) < len(blocks):
            up = f.on_top(chain[-1])
            if len(up) != 1:
                return False
            chain.append(up[0])
        return set(chain) == set(blocks)
    return check


def _same_contents(bowl: str) -> Check:
    """The bowl holds exactly what it held, each block resting where it rested."""
    return lambda i, f: set(i.in_bowl(bowl)) == set(f.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _matchers(w: World) -> list[Rel]:
    """The colour matches that are possible in the scene (the block is not in the bin)."""
    return [r for r in matching(w) if w.state.base(r.block) != BIN]


# ----- imperative -----------------------------------------------------------------------------------------
def t312_imp_farmer3(w: World) -> Made:
    blocks, bowls = _free(w), w.bowls
    if not blocks:
        return None
    b, bowl = w.rng.choice(blocks), w.rng.choice(bowls)
    if not _fits(w, bowl, [b]):
        return None
    return _made(w, f"Set the {b} in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t312_imp_italian4(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please, you can put the {a} on the {b}?", _act(rels(Rel("on", a, b))))


def t312_imp_lawyer2(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), w.rng.choice([_TOP_LEFT, _TOP_RIGHT, _BOTTOM_LEFT, _BOTTOM_RIGHT])
    text = f"Kindly place the {b} at the {place} of the table."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t312_imp_student4(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"throw the {b} in the bin", _act(rels(Rel("in_bin", b))))


def t312_imp_aunt2(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = f"Oh honey, could you set the {b} down in the {_MIDDLE} of the table for me?"
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE))))


def t312_imp_plain93(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Take the {a} off the {b} and put it on the table."
    return _made(w, text, _act(rels(Rel("on_table", a))))


# ----- declarative ----------------------------------------------------------------------------------------
def t312_dec_farmer3(w: World) -> Made:
    options = [(b, bowl) for b in _free(w) for bowl in w.bowls if _fits(w, bowl, [b])]
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    return _made(w, f"The {b} goes in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t312_dec_italian4(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"The {a} must to be on the top of the {b}."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t312_dec_lawyer2(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = f"The {b} is to be disposed of in the bin, if you would."
    return _made(w, text, _act(rels(Rel("in_bin", b))))


def t312_dec_student4(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"{b} needs to be in the {_BOTTOM_RIGHT}", _act(rels(Rel("at", b, _BOTTOM_RIGHT))))


def t312_dec_aunt2(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if 0 < len(w.state.in_bowl(bowl)) <= _BIN_ROOM]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = (f"That {bowl} really ought to be empty, dear, with everything that's in it tipped into the bin. "
            "Thank you ever so much!")
    return _made(w, text, _act(empty(bowl), binned(inside)))


def t312_dec_plain93(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowls = [bowl for bowl in w.bowls if _fits(w, bowl, [a, b])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"The {_col(w, a)} and {_col(w, b)} blocks should both be in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


# ----- desiderative ---------------------------------------------------------------------------------------
def t312_des_farmer3(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I want the {a} sitting on the {b}.", _act(rels(Rel("on", a, b))))


def t312_des_italian4(w: World) -> Made:
    options = [(b, bowl) for b in _free(w) for bowl in w.bowls if _fits(w, bowl, [b])]
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    text = f"I would like that the {b} is in the {bowl}, please."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t312_des_lawyer2(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = f"It is my wish that the {b} be placed at the {_BOTTOM_LEFT} of the table."
    return _made(w, text, _act(rels(Rel("at", b, _BOTTOM_LEFT))))


def t312_des_student4(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 3:
        return None
    bottom, mid, top = w.pick(blocks, 3)
    text = (f"i want the {_col(w, bottom)}, {_col(w, mid)} and {_col(w, top)} blocks in one tower, "
            f"{_col(w, bottom)} at the bottom, {_col(w, mid)} in the middle and {_col(w, top)} on top")
    return _made(w, text, _act(_tower([bottom, mid, top])))


def t312_des_aunt2(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"What I'd really love, sweetheart, is for the {a} to sit right on top of the {_col(w, b)} one. "
            "Wouldn't that look nice?")
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t312_des_plain93(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"My goal is to have the {bowl} empty.", _act(empty(bowl)))


# ----- quantified -----------------------------------------------------------------------------------------
def t312_qua_farmer3(w: World) -> Made:
    blocks = _free(w)
    if w.state.in_bowls() or len(blocks) != len(w.blocks) or len(blocks) > _BIN_ROOM:
        return None
    return _made(w, "Clear every last block off the table and into the bin.", _act(binned(blocks)))


def t312_qua_italian4(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) > _CAP * len(w.bowls):
        return None
    text = "Put each block in a bowl, please, I don't want that any block stay on the table."
    check: Check = lambda _i, f: all(f.base(b) in f.bowls for b in blocks)
    return _made(w, text, _act(check))


def t312_qua_lawyer2(w: World) -> Made:
    if len(_free(w)) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"Please ensure that the {bowl} contains exactly two blocks, no more and no fewer."
    return _made(w, text, _act(count_in(bowl, 2)))


def t312_qua_student4(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) > _CAP:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"all the blocks in the {bowl} pls", _act(rels(*(Rel("in", b, bowl) for b in blocks))))


def t312_qua_aunt2(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or w.state.in_bowls() or len(_free(w)) < len(bowls):
        return None
    text = "Could you put one block in each of the bowls for me, dear? Any of the blocks will do, I'm not fussy."
    check: Check = lambda _i, f: all(len(f.in_bowl(bowl)) == 1 for bowl in bowls)
    return _made(w, text, _act(check))


def t312_qua_plain93(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) != len(w.blocks) or len(blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all of the blocks up into a single tower.", _act(_one_tower(blocks)))


# ----- negated --------------------------------------------------------------------------------------------
def t312_neg_farmer3(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 2:
        return None
    spared = w.rng.choice(blocks)
    rest = [b for b in blocks if b != spared]
    if len(rest) > _BIN_ROOM:
        return None
    text = f"Put all the blocks in the bin except the {_col(w, spared)} one."
    return _made(w, text, _act(binned(rest), none_binned([spared])))


def t312_neg_italian4(w: World) -> Made:
    loose = [b for b in _free(w) if w.state.base(b) not in w.bowls]
    if not loose:
        return None
    bowls = [bowl for bowl in w.bowls if _fits(w, bowl, loose)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Please put all the blocks what are not in a bowl inside the {bowl}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in loose))))


def t312_neg_lawyer2(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"Move the {a} such that it no longer rests upon the {b}; it is not, however, to be placed in "
            "the bin.")
    return _made(w, text, _act(_not(Rel("on", a, b)), _not(Rel("in_bin", a))))


def t312_neg_student4(w: World) -> Made:
    inside = [b for b in w.in_bowls()]
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = f"take the {b} out of the {bowl} but dont put it in the bin"
    return _made(w, text, _act(_not(Rel("in", b, bowl)), _not(Rel("in_bin", b))))


def t312_neg_aunt2(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) != len(w.blocks):
        return None
    alone = [b for b in blocks if w.state.support[b] not in w.state.support]
    if not alone:
        return None
    spared = w.rng.choice(alone)
    others = [b for b in blocks if b != spared]
    bowls = [bowl for bowl in w.bowls if _fits(w, bowl, others)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"Would you leave the {spared} alone, love, and put all the others in the {bowl}? "
            "Not that one, just the rest.")
    return _made(w, text, _act(kept(spared), rels(*(Rel("in", b, bowl) for b in others))))


def t312_neg_plain93(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 3:
        return None
    a, avoid = w.pick(blocks, 2)
    targets = [b for b in blocks if b != avoid and _can_stack(w, a, b)]
    if not targets:
        return None
    check: Check = lambda _i, f: f.support[a] in f.support and f.support[a] != avoid
    text = f"Put the {a} on top of any block except the {_col(w, avoid)} one."
    return _made(w, text, _act(check))


# ----- relative -------------------------------------------------------------------------------------------
def t312_rel_farmer3(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Take whatever block is sitting on the {below} and toss it in the bin."
    return _made(w, text, _act(rels(Rel("in_bin", top))))


def t312_rel_italian4(w: World) -> Made:
    options = [(top, below, bowl) for top, below in w.pairs() for bowl in w.bowls
               if w.state.base(below) != BIN and _fits(w, bowl, [below])]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    text = f"The block that is under the {top}, please put it into the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t312_rel_lawyer2(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    blocks = _free(w)
    if not bowls or len(blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    ranked = sorted(blocks, key=lambda b: w.dist(b, bowl))
    near = ranked[0]
    if not _alone(w, near) or w.dist(ranked[1], bowl) - w.dist(near, bowl) < 0.04:
        return None
    text = f"Please relocate the block nearest to the {bowl} to the {_TOP_RIGHT}."
    return _made(w, text, _act(rels(Rel("at", near, _TOP_RIGHT))))


def t312_rel_student4(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"move the block thats in the {bowl} to the {_MIDDLE}", _act(rels(Rel("at", b, _MIDDLE))))


def t312_rel_aunt2(w: World) -> Made:
    blocks = _free(w)
    anchors = [b for b in blocks if _alone(w, b) and _depth(w.state, b) + 1 <= layout.MAX_TOWER]
    if len(blocks) < 3 or not anchors:
        return None
    anchor = w.rng.choice(anchors)
    ranked = sorted((b for b in blocks if b != anchor), key=lambda b: w.dist(b, anchor))
    near = ranked[0]
    if not _alone(w, near) or w.dist(ranked[1], anchor) - w.dist(near, anchor) < 0.04:
        return None
    text = (f"Could you pick up the block that's closest to the {anchor} and pop it on top of the "
            f"{_col(w, anchor)} one, sweetie?")
    return _made(w, text, _act(rels(Rel("on", near, anchor))))


def t312_rel_plain93(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _free(w) if s.support[b] not in s.support and not s.is_clear(b)]
    if len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    bowls = [bowl for bowl in w.bowls if _fits(w, bowl, [top])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Put the top block of the stack in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", top, bowl))))


# ----- keep -----------------------------------------------------------------------------------------------
def t312_keep_farmer3(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 2:
        return None
    b, stay = w.pick(blocks, 2)
    if stay in w.state.above(b):
        return None
    bowls = [bowl for bowl in w.bowls if _fits(w, bowl, [b])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Put the {b} in the {bowl}, but leave the {stay} where it is."
    return _made(w, text, _act(rels(Rel("in", b, bowl)), kept(stay)))


def t312_keep_italian4(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 3:
        return None
    a, b, stay = w.pick(blocks, 3)
    s = w.state
    if not _can_stack(w, a, b) or stay in s.above(a) or stay in s.above(b):
        return None
    text = f"Make a tower with the {a} on the {b}, but the {stay} it must stay where is now."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(stay)))


def t312_keep_lawyer2(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if 0 < len(w.state.in_bowl(bowl)) <= _BIN_ROOM]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    others = [b for b in _free(w) if b not in inside]
    if not others:
        return None
    stay = w.rng.choice(others)
    text = (f"Kindly empty the contents of the {bowl} into the bin, while leaving the {stay} entirely "
            "undisturbed.")
    return _made(w, text, _act(binned(inside), kept(stay)))


def t312_keep_student4(w: World) -> Made:
    blocks = [b for b in _free(w) if w.state.is_clear(b)]
    if not blocks or len(w.blocks) < 2:
        return None
    b = w.rng.choice(blocks)
    others = [o for o in w.blocks if o != b]
    text = f"move the {b} to the {_TOP_RIGHT}, dont touch anything else"
    return _made(w, text, _act(rels(Rel("at", b, _TOP_RIGHT)), kept(*others)))


def t312_keep_aunt2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in _free(w) if w.state.base(b) != bowl]
    pairs = [(a, b) for a in outside for b in outside if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"Be a dear and put the {a} on the {b}, would you? Oh, and keep the {bowl} just as it is, "
            "I like it like that.")
    return _made(w, text, _act(rels(Rel("on", a, b)), _same_contents(bowl)))


def t312_keep_plain93(w: World) -> Made:
    clear = [b for b in _free(w) if w.state.is_clear(b)]
    pairs = [(a, b) for a in clear for b in clear if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [o for o in w.blocks if o != a]
    text = f"Stack the {a} on the {b} and keep everything else where it is."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(*others)))


# ----- multi-step -----------------------------------------------------------------------------------------
def t312_multi_farmer3(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 3:
        return None
    gone = w.rng.choice(blocks)
    pairs = [(a, b) for a in blocks for b in blocks if gone not in (a, b) and _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"First put the {gone} in the bin, then put the {a} on the {b}."
    return _made(w, text, _act(rels(Rel("in_bin", gone), Rel("on", a, b))))


def t312_multi_italian4(w: World) -> Made:
    inside = [b for b in w.in_bowls()]
    if not inside or len(_free(w)) < 2:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    a = w.rng.choice([o for o in _free(w) if o != b])
    text = (f"First take the {b} from the {bowl} and put on the table, after you put the {a} on the "
            f"{b}.")
    return _made(w, text, _act(rels(Rel("on_table", b), Rel("on", a, b))))


def t312_multi_lawyer2(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 3:
        return None
    base, mid, top = w.pick(blocks, 3)
    text = (f"First, move the {base} to the {_BOTTOM_LEFT}; second, place the {mid} upon it; and finally, "
            f"place the {top} upon the {mid}.")
    return _made(w, text, _act(rels(Rel("at", base, _BOTTOM_LEFT), Rel("on", mid, base), Rel("on", top, mid))))


def t312_multi_student4(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if 0 < len(w.state.in_bowl(bowl)) <= _BIN_ROOM]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _free(w) if b not in inside]
    if not outside:
        return None
    b = w.rng.choice(outside)
    text = f"dump whats in the {bowl} into the bin then the {b} goes in the {bowl}"
    return _made(w, text, _act(binned(inside), rels(Rel("in", b, bowl))))


def t312_multi_aunt2(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowls = [bowl for bowl in w.bowls if len(set(w.state.in_bowl(bowl)) | {a, b}) <= _CAP]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"First could you put the {a} in the {bowl}, and then once that's done, pop the {b} right on "
            "top of it? Lovely.")
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t312_multi_plain93(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowls = [bowl for bowl in w.bowls if _fits(w, bowl, [b])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Take the {a} to the {_MIDDLE} of the table. After that, put the {b} in the {bowl}."
    return _made(w, text, _act(rels(Rel("at", a, _MIDDLE), Rel("in", b, bowl))))


# ----- questions ------------------------------------------------------------------------------------------
def t312_q_farmer3(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"How many blocks are sitting in that {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t312_q_italian4(w: World) -> Made:
    s, blocks = w.state, _free(w)
    if len(blocks) < 2:
        return None
    pairs = [(a, b) for a, b in w.pairs() if s.base(a) != BIN]
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(blocks, 2)
        if a in s.above(b) and s.support[a] != b:
            return None
    on = s.support[a] == b
    text = f"Is the {a} on the {b}? And how many bowls there are on the table?"
    return text, answered(f"{yes(on)}|{len(w.bowls)}")


def t312_q_lawyer2(w: World) -> Made:
    blocks = [b for b in _free(w) if len(w.state.above(b)) <= 1]
    covered = [b for b in blocks if w.state.above(b)]
    if not blocks:
        return None
    b = w.rng.choice(covered if covered and w.rng.random() < 0.5 else blocks)
    up = w.state.on_top(b)
    text = f"Would you kindly inform me what, if anything, is presently resting on top of the {b}?"
    return text, answered(up[0] if up else "nothing")


def t312_q_student4(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a, b in w.pairs() if s.support[b] not in s.support]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return f"whats under the {a}", answered(b)


def t312_q_aunt2(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bowl = w.state.base(b)
    else:
        b, bowl = w.rng.choice(_free(w)), w.rng.choice(w.bowls)
    flag = w.state.base(b) == bowl
    text = f"Is the {b} in the {bowl}, dear? I can't quite tell from where I'm sitting."
    return text, answered(yes(flag))


def t312_q_plain93(w: World) -> Made:
    inside = w.in_bowls()
    n = w.state.count_at(TABLE)
    if not inside or n < 1:
        return None
    b = w.rng.choice(inside)
    text = f"Which bowl is the {b} in, and how many blocks are on the table?"
    return text, answered(f"{w.state.base(b)}|{n}")


# ----- matching -------------------------------------------------------------------------------------------
def t312_match_farmer3(w: World) -> Made:
    want = _matchers(w)
    if not want or not all(_fits(w, r.target, [r.block]) for r in want):
        return None
    return _made(w, "Put each block in the bowl that's the same colour as it.", _act(rels(*want)))


def t312_match_italian4(w: World) -> Made:
    want = _matchers(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in _free(w) if b not in matched]
    if not rest or len(rest) > _BIN_ROOM:
        return None
    text = "Put the blocks in the bowls of the same colour, and the other blocks in the bin, please."
    return _made(w, text, _act(rels(*want), binned(rest)))


def t312_match_lawyer2(w: World) -> Made:
    want = [r for r in _matchers(w) if _fits(w, r.target, [r.block])]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Please place the {r.block} in the bowl of the corresponding colour."
    return _made(w, text, _act(rels(r)))


def t312_match_student4(w: World) -> Made:
    want = _matchers(w)
    if not want or not all(_fits(w, r.target, [r.block]) for r in want):
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or any(o in w.state.above(m) for m in matched for o in rest):
        return None
    text = "match the blocks to the bowls by colour, dont move the other ones"
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t312_match_aunt2(w: World) -> Made:
    want = [r for r in _matchers(w) if _fits(w, r.target, [r.block])]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Could you find the block that matches the {r.target} and pop it in there, dear?"
    return _made(w, text, _act(rels(r)))


def t312_match_plain93(w: World) -> Made:
    want = _matchers(w)
    if not want:
        return None
    r = w.rng.choice(want)
    bowl, twin = r.target, r.block
    options = [b for b in _free(w) if b != twin and _fits(w, bowl, [b])]
    if not options:
        return None
    b = w.rng.choice(options)
    text = f"Put the {b} in the bowl that's the same colour as the {twin}."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("farmer3", "italian4", "lawyer2", "student4", "aunt2", "plain93")
FRESH312: list[Template] = [
    (f"t312_{short}_{style}", category, globals()[f"t312_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
