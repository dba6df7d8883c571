"""`FRESH86`, the eighty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

The theme is six everyday users the suite has not heard from yet, one per style: a busy parent who is interrupted
halfway through a sentence, an office worker who writes every request like an email, a retiree who explains why
before asking, a tourist with basic English, a sarcastic teenager, and a pedantic engineer who over-specifies.

- parent: "Put the red block in the — hang on — in the blue bowl, yes, the blue bowl."
- email: "Hi, could you please move the green block to the top left corner? Thanks, Sam"
- retiree: "My eyes aren't what they were, so I'd like the red block on top of the blue block, please."
- tourist: "Please, red block in bin. Thank you."
- teen: "ugh, fine. just put the red block on the table. whatever."
- engineer: "Place the red block precisely in the middle. Exactly one move; no other block is to be moved."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 3dab871, after every fix before it and before anything it could prompt):
0.53 goal-correct (159 of 300), 120 refused, 6 asked, 15 wrong: three wrong actions ('Excuse me, X stand on Y, yes?'
was planned as moves, twice; "All the blocks on the table, in the bin please. Sorry, the baby's crying. All of them on
the table." binned them and put them back) and twelve wrong replies ('wait is there stuff in W? like, at all?', 'Query:
how many blocks, exactly, rest directly on top of another block?', 'Sorry, where was I... how many blocks are in W
again?' and others answered with the help text or 'I don't see ...'). A draft of this module went into 6bd62cd by
mistake, with other files, while the tester was still writing it; it was not run before this first run.
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
from sim.core.lexicon import BIN, GRIPPER, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_BIN_CAPACITY = 5


# ----- helpers ----------------------------------------------------------------------------------------
def _hand_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*checks: Check) -> Check:
    """The goal holds and the gripper is empty."""
    return both(*checks, _hand_empty)


def _depth(s: SymState, block: str) -> int:
    """How many blocks make the tower from its base up to and including `block`."""
    d, cur = 1, s.support[block]
    while cur in s.support:
        d += 1
        cur = s.support[cur]
    return d


def _can_stack_on(s: SymState, target: str) -> bool:
    return s.is_clear(target) and _depth(s, target) < layout.MAX_TOWER and s.base(target) != BIN


def _room(s: SymState, bowl: str, k: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower, nearest first."""
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _c(w: World, block: str) -> str:
    return w.colour(block)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _unmoved_except(w: World, *moved: str) -> Check:
    return kept(*[b for b in w.blocks if b not in moved])


def _on_table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _standing_on_table(block: str) -> Check:
    """The block's tower stands on the table (or a named place on it): out of bowls, bin and gripper."""
    return lambda _i, f: f.base(block) not in (*f.bowls, BIN, GRIPPER)


def _not_yet(w: World, check: Check) -> bool:
    """The goal does not hold at the start (so that the request asks for something)."""
    return not check(w.state, w.state)


def _ret(w: World, text: str, check: Check) -> Made:
    return (text, check) if _not_yet(w, check) else None


def _matching_blocks(w: World) -> list[str]:
    bowl_colours = {_c(w, b) for b in w.bowls}
    return [b for b in w.blocks if _c(w, b) in bowl_colours]


def _bowl_of(w: World, colour: str) -> str:
    return next(b for b in w.bowls if _c(w, b) == colour)


def _matching_ok(w: World) -> bool:
    """Every block sorted into its colour's bowl fits."""
    for bowl in w.bowls:
        incoming = [b for b in _matching_blocks(w) if _c(w, b) == _c(w, bowl) and w.state.base(b) != bowl]
        if not _room(w.state, bowl, len(incoming)):
            return False
    return True


# ----- imperative -------------------------------------------------------------------------------------
def t86_imp_parent(w: World) -> Made:
    blocks = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not blocks or not bowls:
        return None
    (b,), (bowl,) = w.pick(blocks), w.pick(bowls)
    text = w.rng.choice(
        [
            f"Put the {b} in the — hang on — in the {bowl}, yes, the {bowl}.",
            f"Can you pop the {b} into the... sorry, one sec... into the {bowl}?",
            f"Right, where was I. The {b}. Put it in the {bowl}, please.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", b, bowl))))


def t86_imp_email(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    (b,) = w.pick(blocks)
    place = w.rng.choice(["top left corner", "top right corner", "bottom left corner", "bottom right corner"])
    text = w.rng.choice(
        [
            f"Hi,\nCould you please move the {b} to the {place}?\nThanks,\nSam",
            f"Hi there, would you mind placing the {b} in the {place} when you get a moment? Many thanks, Sam",
            f"Hello, please move the {b} over to the {place}. Best regards, Sam",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", b, place))))


def t86_imp_retiree(w: World) -> Made:
    targets = [t for t in w.blocks if _can_stack_on(w.state, t)]
    if not targets:
        return None
    (t,) = w.pick(targets)
    tops = [b for b in w.blocks if b != t and b not in _below(w.state, t) and w.state.support[b] != t]
    if not tops:
        return None
    (b,) = w.pick(tops)
    text = w.rng.choice(
        [
            f"My eyes aren't what they used to be, so I'd like the {b} on top of the {t} where I can find it. Would you stack it there?",
            f"I like to keep things in little piles, it saves room on the table. Please put the {b} on the {t}.",
            f"Since my hands shake a bit these days, I'd be grateful if you'd set the {b} on top of the {t} for me.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("on", b, t))))


def t86_imp_tourist(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    text = w.rng.choice(
        [
            f"Please, {b} in bin. Thank you.",
            f"You put {b} to the bin, please.",
            f"{b.capitalize()} — bin. Please.",
        ]
    )
    return _ret(w, text, _done(binned([b])))


def t86_imp_teen(w: World) -> Made:
    blocks = [b for b in w.blocks if w.state.support[b] != TABLE]
    if not blocks:
        return None
    (b,) = w.pick(blocks)
    text = w.rng.choice(
        [
            f"ugh, fine. just put the {b} on the table. whatever.",
            f"can you just... put the {b} down on the table. like, anywhere on the table. ok?",
            f"whatever. the {b}, on the table. done.",
        ]
    )
    return _ret(w, text, _done(_on_table(b)))


def t86_imp_engineer(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    (b,) = w.pick(blocks)
    text = w.rng.choice(
        [
            f"Place the {b} precisely in the middle. Exactly one move; no other block is to be moved.",
            f"Move the {b}, and only the {b}, to the middle of the table. One pick, one place, nothing else.",
            f"Relocate exactly one object: the {b}, to the middle. All other blocks remain exactly where they are.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", b, "middle")), _unmoved_except(w, b)))


# ----- declarative ------------------------------------------------------------------------------------
def t86_dec_parent(w: World) -> Made:
    targets = [t for t in w.blocks if _can_stack_on(w.state, t)]
    if not targets:
        return None
    (t,) = w.pick(targets)
    tops = [b for b in w.blocks if b != t and b not in _below(w.state, t)]
    if not tops:
        return None
    (b,) = w.pick(tops)
    bc, tc = _c(w, b), _c(w, t)
    text = w.rng.choice(
        [
            f"Right, where was I... the {bc} one goes on the {tc} one. The {bc} block on the {t}, I mean.",
            f"The {b} goes on — no, put that down! — sorry. The {b} goes on top of the {t}.",
            f"Okay so the {b} is going on the {t}. Hang on. Yes. On the {t}.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("on", b, t))))


def t86_dec_email(w: World) -> Made:
    blocks = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not blocks or not bowls:
        return None
    (b,), (bowl,) = w.pick(blocks), w.pick(bowls)
    text = w.rng.choice(
        [
            f"Hi,\nJust a heads-up: from today the {b} belongs in the {bowl}.\nThanks,\nSam",
            f"Hello, as discussed, the {b} is to be kept in the {bowl} going forward. Kind regards, Sam",
            f"Hi all, quick note: the {b}'s new home is the {bowl}. Cheers, Sam",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", b, bowl))))


def t86_dec_retiree(w: World) -> Made:
    tops = [b for b, s in w.pairs() if w.state.is_clear(b)]
    if not tops:
        return None
    (b,) = w.pick(tops)
    text = w.rng.choice(
        [
            f"That tower looks wobbly and I worry it will tip over, so the {b} on top belongs down on the table.",
            f"The little ones might knock the pile over, so the {b} should really be sitting on the table by itself.",
            f"I never liked things piled up; my late husband always said so. The {b} goes on the table.",
        ]
    )
    return _ret(w, text, _done(_on_table(b)))


def t86_dec_tourist(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    (b,) = w.pick(blocks)
    place = w.rng.choice(["top left corner", "top right corner", "bottom left corner", "bottom right corner", "middle"])
    text = w.rng.choice(
        [
            f"Place of {b} is {place}.",
            f"{b.capitalize()} is for {place}. Please.",
            f"This {b} — his place is {place}. Please put there.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", b, place))))


def t86_dec_teen(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    text = w.rng.choice(
        [
            f"the {b} belongs in the bin. obviously.",
            f"ugh, the {b} is literally trash. it goes in the bin.",
            f"the {b}? bin. that's where it goes. whatever.",
        ]
    )
    return _ret(w, text, _done(binned([b])))


def t86_dec_engineer(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]
    if not bottoms:
        return None
    (bottom,) = w.pick(bottoms)
    tops = [b for b in w.clear_blocks() if b != bottom]
    if not tops:
        return None
    (top,) = w.pick(tops)
    text = w.rng.choice(
        [
            f"Target configuration: a tower of exactly two blocks, the {bottom} at the bottom on the table and the {top} directly on top of it, nothing on the {top}.",
            f"The required end state is precisely this: the {top} resting directly on the {bottom}, the {bottom} standing on the table, and nothing above the {top}.",
            f"Final state, to be exact: {bottom} on the table, {top} on the {bottom}, {top} clear.",
        ]
    )
    check = _done(rels(Rel("stacked", bottom, top), Rel("clear", top)))
    return _ret(w, text, check)


# ----- desiderative -----------------------------------------------------------------------------------
def t86_des_parent(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    text = w.rng.choice(
        [
            f"I'd like — sorry, the kettle — I'd like the {b} in the bin, please.",
            f"I want the {b}... where was I... in the bin. Yes, the {b} in the bin.",
            f"What I need is — hang on, someone's at the door — the {b} in the bin.",
        ]
    )
    return _ret(w, text, _done(binned([b])))


def t86_des_email(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    text = w.rng.choice(
        [
            f"Hi,\nI would like the {bowl} to be empty by this afternoon. Could you take care of it?\nThanks,\nSam",
            f"Hello, it would be great if the {bowl} could be emptied. Anything in it can go on the table. Best, Sam",
            f"Hi, I'd appreciate it if you could clear everything out of the {bowl}. Thanks in advance, Sam",
        ]
    )
    return _ret(w, text, _done(empty(bowl)))


def t86_des_retiree(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    (b,) = w.pick(blocks)
    place = w.rng.choice(["top left corner", "top right corner", "bottom left corner", "bottom right corner"])
    text = w.rng.choice(
        [
            f"I've always liked a tidy corner, so I'd love to have the {b} sitting in the {place}.",
            f"Because I'm left with only a little light by the window, I'd like the {b} over in the {place}.",
            f"My doctor says I shouldn't reach far, so I would like the {b} moved to the {place}, please.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", b, place))))


def t86_des_tourist(w: World) -> Made:
    targets = [t for t in w.blocks if _can_stack_on(w.state, t)]
    if not targets:
        return None
    (t,) = w.pick(targets)
    tops = [b for b in w.blocks if b != t and b not in _below(w.state, t) and w.state.support[b] != t]
    if not tops:
        return None
    (b,) = w.pick(tops)
    text = w.rng.choice(
        [
            f"I want {b} on {t}. Thank you.",
            f"I like {b} up on {t}, please.",
            f"Please, I want: {b} go on top {t}.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("on", b, t))))


def t86_des_teen(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    (b,) = w.pick(inside)
    bowl = w.state.base(b)
    text = w.rng.choice(
        [
            f"i want the {b} out of the {bowl}. don't care where. whatever.",
            f"ugh, can the {b} just not be in the {bowl} anymore? put it wherever.",
            f"i just want the {b} gone from the {bowl}, ok? anywhere else is fine.",
        ]
    )
    return _ret(w, text, _done(_not(Rel("in", b, bowl))))


def t86_des_engineer(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    (bowl,) = w.pick(w.bowls)
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice(
        [
            f"I require exactly two blocks in the {bowl}: the {a} and the {b}, and no others.",
            f"Desired state of the {bowl}: precisely the {a} and the {b}. Nothing more, nothing less.",
            f"I want the {bowl} to contain exactly two blocks, namely the {a} and the {b}.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", a, bowl), Rel("in", b, bowl)), count_in(bowl, 2)))


# ----- quantified -------------------------------------------------------------------------------------
def t86_qua_parent(w: World) -> Made:
    table = w.state.on_the_table()
    if not 2 <= len(table) <= _BIN_CAPACITY:
        return None
    text = w.rng.choice(
        [
            "Every block on the table goes in the bin — hang on — yes, every one of them on the table.",
            "All the blocks on the table, in the bin please. Sorry, the baby's crying. All of them on the table.",
            "Can you put every block that's on the table into the... where was I... into the bin.",
        ]
    )
    return _ret(w, text, _done(binned(table)))


def t86_qua_email(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.blocks) <= layout.BOWL_CAPACITY]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    text = w.rng.choice(
        [
            f"Hi,\nCould you please put all of the blocks into the {bowl}?\nThanks,\nSam",
            f"Hello, would you be able to gather every block into the {bowl}? Much appreciated. Sam",
            f"Hi, please collect all the blocks together into the {bowl}. Thank you, Sam",
        ]
    )
    return _ret(w, text, _done(count_in(bowl, len(w.blocks))))


def t86_qua_retiree(w: World) -> Made:
    if not w.in_bowls():
        return None
    text = w.rng.choice(
        [
            "My grandson has been playing with the bowls again, so I'd like every block taken out of the bowls and put back on the table.",
            "I use those bowls for my sweets, so please take all the blocks out of them and set them on the table.",
            "Since I need the bowls for dinner, could you put every block that's in a bowl onto the table instead?",
        ]
    )
    check: Check = lambda _i, f: all(f.base(b) not in (*f.bowls, BIN, GRIPPER) for b in f.blocks)
    return _ret(w, text, _done(check))


def t86_qua_tourist(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    (bowl,) = w.pick(bowls)
    text = w.rng.choice(
        [
            f"Two block in {bowl}, please. Any two.",
            f"Please put two blocks to {bowl}. Which blocks, no problem.",
            f"{bowl.capitalize()}: two blocks inside. Only two. Thank you.",
        ]
    )
    return _ret(w, text, _done(count_in(bowl, 2)))


def t86_qua_teen(w: World) -> Made:
    if len(w.blocks) > _BIN_CAPACITY:
        return None
    text = w.rng.choice(
        [
            "ugh. just bin all of them. every single block. whatever.",
            "fine. all the blocks in the bin. all of them. happy?",
            "literally just throw every block in the bin, i'm so done.",
        ]
    )
    return _ret(w, text, _done(binned(w.blocks)))


def t86_qua_engineer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    text = w.rng.choice(
        [
            "Move exactly three blocks to the bin, any three, and leave every other block exactly where it is.",
            "Precisely three blocks are to end up in the bin, no more and no fewer; the remaining blocks are not to be moved.",
            "Put exactly 3 blocks in the bin. Your choice which. No other block may change position.",
        ]
    )

    def check(i: SymState, f: SymState) -> bool:
        inside = [b for b in f.blocks if f.base(b) == BIN]
        return len(inside) == 3 and all(i.support[b] == f.support[b] for b in f.blocks if b not in inside)

    return _ret(w, text, _done(check))


# ----- negated ----------------------------------------------------------------------------------------
def t86_neg_parent(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    others = [o for o in w.blocks if o != b]
    if not 1 <= len(others) <= _BIN_CAPACITY:
        return None
    bc = _c(w, b)
    text = w.rng.choice(
        [
            f"Put the blocks in the bin but not the {bc} one — hang on — yes, the {b} stays out of the bin.",
            f"All the blocks into the bin... no wait, not the {b}. Everything except the {b}.",
            f"Bin the blocks, sorry, one sec — not the {bc} one! Keep the {b} out of the bin.",
        ]
    )
    return _ret(w, text, _done(binned(others), none_binned([b])))


def t86_neg_email(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    (bowl,) = w.pick(bowls)
    contents = w.state.in_bowl(bowl)
    blocks = [b for b in w.clear_blocks() if b not in contents]
    if not blocks:
        return None
    (b,) = w.pick(blocks)
    text = w.rng.choice(
        [
            f"Hi,\nPlease move the {b} to the middle, but please don't touch the {bowl} or anything in it.\nThanks,\nSam",
            f"Hello, could you put the {b} in the middle? Please do not disturb the {bowl} or its contents. Best, Sam",
            f"Hi, the {b} should go to the middle. Just a reminder not to move anything in the {bowl}. Cheers, Sam",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", b, "middle")), kept(*contents), count_in(bowl, len(contents))))


def t86_neg_retiree(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    (b,) = w.pick(inside)
    bowl = w.state.base(b)
    text = w.rng.choice(
        [
            f"These blocks belong to my grandson, so please don't put any of them in the bin. Just take the {b} out of the {bowl} and set it on the table.",
            f"Because the bin is for rubbish and these are not rubbish, nothing goes in the bin. But the {b} shouldn't be in the {bowl}; put it on the table.",
            f"I don't want the {b} in the {bowl} any more, as I need the bowl, but don't throw it in the bin; the table is fine.",
        ]
    )
    return _ret(w, text, _done(_on_table(b), none_binned(w.blocks)))


def t86_neg_tourist(w: World) -> Made:
    targets = [t for t in w.blocks if _can_stack_on(w.state, t) and w.state.base(t) not in w.bowls]
    if not targets:
        return None
    (t,) = w.pick(targets)
    tops = [b for b in w.blocks if b != t and b not in _below(w.state, t) and w.state.support[b] != t]
    if not tops:
        return None
    (b,) = w.pick(tops)
    text = w.rng.choice(
        [
            f"{b.capitalize()}: no in bin, no in bowl. Put on {t}.",
            f"Please, {b} not to bin. Not to bowl. On {t}, yes.",
            f"No bin for {b}! Put {b} on {t}, please.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("on", b, t)), none_binned([b])))


def t86_neg_teen(w: World) -> Made:
    blocks = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not blocks or not bowls:
        return None
    (b,), (bowl,) = w.pick(blocks), w.pick(bowls)
    text = w.rng.choice(
        [
            f"ugh, the {b} is NOT going in the bin, ok? put it in the {bowl} instead. whatever.",
            f"no, not the bin. the {b} goes in the {bowl}. god.",
            f"don't bin the {b}, i literally said the {bowl}. put it in the {bowl}.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", b, bowl)), none_binned([b])))


def t86_neg_engineer(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks:
        return None
    (b,) = w.pick(blocks)
    place = w.rng.choice(["top left corner", "top right corner", "bottom left corner", "bottom right corner"])
    text = w.rng.choice(
        [
            f"Move the {b} to the {place}. Do not move any other block; do not use the bin.",
            f"Transfer the {b} precisely to the {place}. No other block is to be touched, and nothing goes in the bin.",
            f"Only the {b} moves: to the {place}. Under no circumstances move another block or use the bin.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", b, place)), _unmoved_except(w, b), none_binned(w.blocks)))


# ----- relative ---------------------------------------------------------------------------------------
def t86_rel_parent(w: World) -> Made:
    options = [(w.state.in_bowl(bowl)[0], "in", bowl) for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    options += [(top, "on", below) for top, below in w.pairs()]
    if not options:
        return None
    b, how, where = w.rng.choice(options)
    where_words = f"in the {where}" if how == "in" else f"on top of the {where}"
    text = w.rng.choice(
        [
            f"The block that's — hang on — {where_words}, put it in the bin.",
            f"Could you bin the block that's sitting {where_words}? Sorry, where was I. Yes, that one, the bin.",
            f"That block which is {where_words} — one sec, kids! — that one goes in the bin.",
        ]
    )
    return _ret(w, text, _done(binned([b])))


def t86_rel_email(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.base(top) not in w.bowls]
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not pairs or not bowls:
        return None
    (top, below), (bowl,) = w.rng.choice(pairs), w.pick(bowls)
    text = w.rng.choice(
        [
            f"Hi,\nCould you please move the block that is sitting on top of the {below} into the {bowl}?\nThanks,\nSam",
            f"Hello, the block which rests on the {below} needs to go in the {bowl}, please. Best, Sam",
            f"Hi, would you kindly put the block that's on the {below} into the {bowl}? Regards, Sam",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", top, bowl))))


def t86_rel_retiree(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(empties) == 1 and w.rng.random() < 0.5:
        bowl = empties[0]
        (b,) = w.pick(w.blocks)
        text = w.rng.choice(
            [
                f"The bowl that has nothing in it looks so lonely, so please put the {b} in it.",
                f"An empty bowl always seemed a waste to me, so could you put the {b} in the bowl that's empty?",
                f"Since one of the bowls has nothing in it, I'd like the {b} in that empty bowl.",
            ]
        )
        return _ret(w, text, _done(rels(Rel("in", b, bowl))))
    inside = w.in_bowls()
    if not inside:
        return None
    (friend,) = w.pick(inside)
    bowl = w.state.base(friend)
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks or not _room(w.state, bowl):
        return None
    (b,) = w.pick(blocks)
    text = w.rng.choice(
        [
            f"The {friend} must feel lonely, so please put the {b} in the bowl that the {friend} is in.",
            f"I like to keep the {friend} and the {b} together, they were a gift, so the {b} should go in the bowl where the {friend} is.",
            f"Because they belong together, would you put the {b} into the same bowl the {friend} is sitting in?",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", b, bowl))))


def t86_rel_tourist(w: World) -> Made:
    ys = sorted((w.y(b), b) for b in w.blocks)
    if len(ys) < 2 or ys[1][0] - ys[0][0] < 0.05:
        return None
    b = ys[0][1]
    text = w.rng.choice(
        [
            "Block what is most on left side, put in bin please.",
            "The block who is on the left, most left — this one to bin.",
            "Please, left block, the most left one, go in bin.",
        ]
    )
    return _ret(w, text, _done(binned([b])))


def t86_rel_teen(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        cands = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) != bowl)
        if not _room(w.state, bowl) or not cands or (len(cands) > 1 and cands[1][0] - cands[0][0] < 0.03):
            continue
        b = cands[0][1]
        text = w.rng.choice(
            [
                f"the block that's closest to the {bowl}, just move it into the {bowl}. ugh.",
                f"whatever. whichever block is nearest the {bowl} goes in it.",
                f"put the block that's like, right next to the {bowl}, in the {bowl}. the closest one. obviously.",
            ]
        )
        return _ret(w, text, _done(rels(Rel("in", b, bowl))))
    return None


def t86_rel_engineer(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    place = w.rng.choice(["top left corner", "top right corner", "bottom left corner", "bottom right corner"])
    text = w.rng.choice(
        [
            f"Identify the block that currently supports the {top}, i.e. the one directly beneath it, and place it precisely in the {place}.",
            f"The block located directly under the {top} is to be moved to the {place}.",
            f"Take the block on which the {top} currently rests and put it exactly in the {place}.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", below, place))))


# ----- keep -------------------------------------------------------------------------------------------
def t86_keep_parent(w: World) -> Made:
    stays = [b for b in w.blocks if w.state.support[b] == TABLE]
    if not stays:
        return None
    (b,) = w.pick(stays)
    table = [o for o in w.state.on_the_table() if o != b]
    if not 1 <= len(table) <= _BIN_CAPACITY:
        return None
    text = w.rng.choice(
        [
            f"Bin everything on the table — hang on — keep the {b} where it is though.",
            f"Put the blocks on the table in the bin, except, sorry, one sec, leave the {b} where it is.",
            f"Where was I... right, every block on the table into the bin, but the {b} stays put.",
        ]
    )
    return _ret(w, text, _done(binned(table), kept(b)))


def t86_keep_email(w: World) -> Made:
    blocks = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not blocks or not bowls:
        return None
    (b,), (bowl,) = w.pick(blocks), w.pick(bowls)
    stays = [o for o in w.blocks if o != b and o not in w.state.above(b)]
    if not stays:
        return None
    (s,) = w.pick(stays)
    text = w.rng.choice(
        [
            f"Hi,\nCould you please put the {b} in the {bowl}? Please keep the {s} exactly where it is.\nThanks,\nSam",
            f"Hello, please move the {b} into the {bowl}, leaving the {s} untouched. Best, Sam",
            f"Hi, the {b} needs to go in the {bowl}. The {s} should stay where it is, please. Regards, Sam",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", b, bowl)), kept(s)))


def t86_keep_retiree(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full or len(w.bowls) < 2:
        return None
    (keep_bowl,) = w.pick(full)
    contents = w.state.in_bowl(keep_bowl)
    targets = [b for b in w.bowls if b != keep_bowl and _room(w.state, b)]
    blocks = [b for b in w.blocks if b not in contents and w.state.base(b) not in targets]
    if not targets or not blocks:
        return None
    (bowl,), (b,) = w.pick(targets), w.pick(blocks)
    text = w.rng.choice(
        [
            f"I've arranged the {keep_bowl} just so, so keep it as it is, and please tidy the {b} into the {bowl}.",
            f"The {keep_bowl} is how my wife left it, so leave it exactly as it is. The {b} should go in the {bowl}.",
            f"Because I like the {keep_bowl} the way it is, don't change it; just put the {b} into the {bowl}.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", b, bowl)), kept(*contents), count_in(keep_bowl, len(contents))))


def t86_keep_tourist(w: World) -> Made:
    targets = [t for t in w.blocks if _can_stack_on(w.state, t)]
    if not targets:
        return None
    (t,) = w.pick(targets)
    tops = [b for b in w.blocks if b != t and b not in _below(w.state, t) and w.state.support[b] != t]
    if not tops:
        return None
    (b,) = w.pick(tops)
    text = w.rng.choice(
        [
            f"{t.capitalize()} stay. {b.capitalize()} go on {t}.",
            f"Please no move {t}. Put {b} on it.",
            f"{t.capitalize()} — stay there. Then {b} on top of {t}, please.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("on", b, t)), kept(t)))


def t86_keep_teen(w: World) -> Made:
    bases = sorted({below for _top, below in w.pairs() if w.state.support[below] not in w.state.support})
    if not bases:
        return None
    (base,) = w.pick(bases)
    tower = [base, *w.state.above(base)]
    blocks = [b for b in w.clear_blocks() if b not in tower]
    if not blocks:
        return None
    (b,) = w.pick(blocks)
    name = "the tower" if len(bases) == 1 else f"the tower with the {tower[-1]} on top"
    text = w.rng.choice(
        [
            f"keep {name} as it is, ugh, just move the {b} to the middle.",
            f"don't mess up {name}. whatever. the {b} goes in the middle.",
            f"leave {name} alone, ok? just put the {b} in the middle. fine.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", b, "middle")), kept(*tower)))


def t86_keep_engineer(w: World) -> Made:
    blocks = w.clear_blocks()
    if not blocks or len(w.blocks) < 3:
        return None
    (b,) = w.pick(blocks)
    a, c = w.pick([o for o in w.blocks if o != b], 2)
    text = w.rng.choice(
        [
            f"Keep the {a} and the {c} fixed in their current positions. Move only the {b}, into the bin.",
            f"The {a} and the {c} must remain exactly where they are. Only the {b} is to be moved, into the bin.",
            f"Constraint: {a} and {c} unchanged; every other block unchanged too, except the {b}, which goes to the bin.",
        ]
    )
    return _ret(w, text, _done(binned([b]), kept(a, c), _unmoved_except(w, b)))


# ----- multi-step -------------------------------------------------------------------------------------
def t86_multi_parent(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, t = w.pick(w.blocks, 3)
    if _depth(w.state, t) >= layout.MAX_TOWER or a in _below(w.state, t) or b in _below(w.state, t):
        return None
    text = w.rng.choice(
        [
            f"First put the {a} in the bin — hang on, where was I — oh yes, and then the {b} on the {t}.",
            f"The {a} in the bin, then — sorry, phone — then the {b} goes on top of the {t}.",
            f"Can you bin the {a}... one sec... and after that stack the {b} on the {t}.",
        ]
    )
    return _ret(w, text, _done(binned([a]), rels(Rel("on", b, t))))


def t86_multi_email(w: World) -> Made:
    blocks = w.clear_blocks()
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    p, q = w.rng.sample(["top left corner", "top right corner", "bottom left corner", "bottom right corner"], 2)
    text = w.rng.choice(
        [
            f"Hi,\nCould you please (1) move the {a} to the {p} and (2) move the {b} to the {q}?\nThanks,\nSam",
            f"Hello, two quick things: first, the {a} to the {p}; second, the {b} to the {q}. Best, Sam",
            f"Hi, please move the {a} to the {p}, and once that's done, the {b} to the {q}. Thanks, Sam",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", a, p), Rel("at", b, q))))


def t86_multi_retiree(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice(
        [
            f"I'm building a little tower for the grandchildren, so first put the {a} in the middle, then the {b} on top of it.",
            f"Because the middle is where I can reach, please set the {a} there first, and then the {b} on top of the {a}.",
            f"My granddaughter wants to see a tower, so the {a} goes in the middle first, and afterwards the {b} goes on it.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("at", a, "middle"), Rel("on", b, a))))


def t86_multi_tourist(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not bowls or len(w.blocks) < 2:
        return None
    (bowl,) = w.pick(bowls)
    firsts = [o for o in w.blocks if w.state.base(o) != bowl]
    if not firsts:
        return None
    (a,) = w.pick(firsts)
    (b,) = w.pick([o for o in w.blocks if o != a])
    text = w.rng.choice(
        [
            f"First {a} in {bowl}. After, {b} in bin.",
            f"Please: one, {a} go to {bowl}. Two, {b} go to bin.",
            f"{a.capitalize()} put in {bowl}, then {b} put in bin. Thank you very much.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", a, bowl)), binned([b])))


def t86_multi_teen(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if not w.state.is_clear(top):
        return None
    tc, bc = _c(w, top), _c(w, below)
    text = w.rng.choice(
        [
            f"ugh, fine. take the {top} off the {below}, then put the {bc} one in the bin. happy?",
            f"whatever. get the {tc} one off the {below} and then bin the {below}.",
            f"take the {top} off the {below}. then the {below} goes in the bin. ugh.",
        ]
    )
    return _ret(w, text, _done(_not(Rel("on", top, below)), binned([below])))


def t86_multi_engineer(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w.state, b)]
    blocks = [b for b in w.clear_blocks() if w.state.base(b) not in w.bowls]
    if not bowls or len(blocks) < 2:
        return None
    (bowl,) = w.pick(bowls)
    a, b = w.pick(blocks, 2)
    text = w.rng.choice(
        [
            f"Execute in this order, with no other moves: 1) the {a} into the {bowl}; 2) the {b} onto the {a}.",
            f"Step one: place the {a} in the {bowl}. Step two: place the {b} directly on the {a}. In that order, no other moves.",
            f"Precisely two moves: first the {a} to the {bowl}, then the {b} on top of the {a}. Nothing else.",
        ]
    )
    check = _done(rels(Rel("in", a, bowl), Rel("on", b, a)), _unmoved_except(w, a, b))
    return _ret(w, text, check)


# ----- question ---------------------------------------------------------------------------------------
def t86_q_parent(w: World) -> Made:
    (bowl,) = w.pick(w.bowls)
    contents = w.state.in_bowl(bowl)
    if any(w.state.support[b] != bowl for b in contents):
        return None
    text = w.rng.choice(
        [
            f"Hang on — how many blocks are in the {bowl} right now?",
            f"Sorry, where was I... how many blocks are in the {bowl} again?",
            f"Quick, before the kids get back: how many blocks are there in the {bowl}?",
        ]
    )
    return text, answered(str(len(contents)))


def t86_q_email(w: World) -> Made:
    (b,) = w.pick(w.blocks)
    (bowl,) = w.pick(w.bowls)
    if w.state.base(b) in w.bowls and w.state.support[b] not in w.bowls:
        return None
    text = w.rng.choice(
        [
            f"Hi,\nQuick question: is the {b} in the {bowl}?\nThanks,\nSam",
            f"Hello, could you confirm whether the {b} is currently in the {bowl}? Best, Sam",
            f"Hi, just checking: is the {b} inside the {bowl} at the moment? Cheers, Sam",
        ]
    )
    return text, answered(yes(w.state.base(b) == bowl))


def t86_q_retiree(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I can't quite see from my chair, so could you tell me what is sitting on the {below}?",
            f"My glasses are upstairs, so I can't tell: which block is on top of the {below}?",
            f"Since you can see better than I can, what's resting on the {below}?",
        ]
    )
    return text, answered(top)


def t86_q_tourist(w: World) -> Made:
    (a,) = w.pick(w.blocks)
    sup = w.state.support[a]
    if sup in w.state.support and w.rng.random() < 0.5:
        b, flag = sup, True
    else:
        others = [o for o in w.blocks if o != a and o not in _below(w.state, a) and o not in w.state.above(a)]
        if not others:
            return None
        (b,) = w.pick(others)
        flag = False
    text = w.rng.choice(
        [
            f"{a.capitalize()} is on {b}? Yes or no?",
            f"Excuse me, {a} stand on {b}, yes?",
            f"Is {a} on the {b}? I not see well.",
        ]
    )
    return text, answered(yes(flag))


def t86_q_teen(w: World) -> Made:
    (bowl,) = w.pick(w.bowls)
    text = w.rng.choice(
        [
            f"ugh, is there even anything in the {bowl}? whatever.",
            f"is the {bowl} empty or not. just yes or no, i don't care.",
            f"wait is there stuff in the {bowl}? like, at all?",
        ]
    )
    has = bool(w.state.in_bowl(bowl))
    return text, answered(yes(not has) if "empty or not" in text else yes(has))


def t86_q_engineer(w: World) -> Made:
    n = len(w.pairs())
    text = w.rng.choice(
        [
            "Query: how many blocks, exactly, rest directly on top of another block? Report a single integer.",
            "State precisely the number of blocks that are currently stacked on another block.",
            "Count the blocks whose immediate support is another block. I need the exact number.",
        ]
    )
    return text, answered(str(n))


# ----- matching ---------------------------------------------------------------------------------------
def _all_matching(w: World) -> Check | None:
    want = matching(w)
    if not want or not _matching_ok(w):
        return None
    return _done(rels(*want))


def t86_match_parent(w: World) -> Made:
    check = _all_matching(w)
    if check is None:
        return None
    text = w.rng.choice(
        [
            "Put each block in the bowl of its own colour — hang on — yeah, same colours together.",
            "Can you sort the blocks into the matching bowls? Sorry, one sec... yes, colour to colour.",
            "Where was I... oh, the blocks. Each one in the bowl that's the same colour, please.",
        ]
    )
    return _ret(w, text, check)


def t86_match_email(w: World) -> Made:
    check = _all_matching(w)
    if check is None:
        return None
    text = w.rng.choice(
        [
            "Hi,\nCould you please sort the blocks into the bowls that match their colours?\nThanks,\nSam",
            "Hello, would you mind putting each block into the bowl of the same colour, where there is one? Best, Sam",
            "Hi, please match the blocks to the bowls by colour. Much appreciated, Sam",
        ]
    )
    return _ret(w, text, check)


def t86_match_retiree(w: World) -> Made:
    blocks = [b for b in _matching_blocks(w) if w.state.base(b) != _bowl_of(w, _c(w, b))]
    blocks = [b for b in blocks if _room(w.state, _bowl_of(w, _c(w, b)))]
    if not blocks:
        return None
    (b,) = w.pick(blocks)
    text = w.rng.choice(
        [
            f"My eyesight is going and colours help me find things, so please put the {b} in the bowl that is the same colour as it.",
            f"I sort everything by colour, it's how I remember where things are. Could the {b} go in its matching bowl?",
            f"Because I can only tell things apart by colour these days, I'd like the {b} in the bowl of its colour.",
        ]
    )
    return _ret(w, text, _done(rels(Rel("in", b, _bowl_of(w, _c(w, b))))))


def t86_match_tourist(w: World) -> Made:
    check = _all_matching(w)
    if check is None:
        return None
    text = w.rng.choice(
        [
            "Block and bowl same colour, put together, please.",
            "Please, every block go in bowl of same colour.",
            "Same colour block, same colour bowl. You put like this, please.",
        ]
    )
    return _ret(w, text, check)


def t86_match_teen(w: World) -> Made:
    check = _all_matching(w)
    if check is None:
        return None
    text = w.rng.choice(
        [
            "ugh, mum says the colours have to match. so put the blocks in their same-colour bowls. whatever.",
            "fine. blocks go in the bowl that's the same colour as them. happy now?",
            "just, like, match the blocks to the bowls by colour. so boring.",
        ]
    )
    return _ret(w, text, check)


def t86_match_engineer(w: World) -> Made:
    check = _all_matching(w)
    if check is None:
        return None
    moving = [b for b in _matching_blocks(w) if w.state.base(b) != _bowl_of(w, _c(w, b))]
    rest = [b for b in w.blocks if b not in _matching_blocks(w)]
    if any(o in rest for b in moving for o in w.state.above(b)):
        return None
    text = w.rng.choice(
        [
            "For every block that has a bowl of identical colour, place it in that bowl; blocks without a matching bowl must not be moved.",
            "Sort by colour, strictly: each block with a same-coloured bowl goes into that bowl. Blocks with no such bowl stay exactly where they are.",
            "Precisely this: blocks whose colour matches a bowl go into that bowl. No other block is to be moved.",
        ]
    )
    return _ret(w, text, both(check, kept(*rest)))


# ----- the batch ----------------------------------------------------------------------------------------
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
_STYLES = ("parent", "email", "retiree", "tourist", "teen", "engineer")
FRESH86: list[Template] = [
    (f"t86_{short}_{style}", category, globals()[f"t86_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
