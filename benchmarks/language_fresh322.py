"""`FRESH322`, the three-hundred-and-twenty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying the table, moving a block or two, asking what is
where and sorting blocks by colour, each in their own way of typing. Six personas write them:
- librarian5: a librarian, quiet, precise, polite ("Please place the red block in the blue bowl. Thank you.")
- mechanic5: a mechanic, practical, tools and parts talk ("Grab the red block and set it on top of the green block.")
- teen6: a teenager, lowercase, casual, abbreviations ("move the red block to the top right corner pls")
- japanese: a Japanese speaker writing English with small slips, very polite ("Please, put the red block into the bin.")
- nan5: a nan, warm, rambling, old-fashioned ("Could you be a dear and pop the red block in the middle of the table?")
- plain103: a plain, ordinary adult ("Take the red block off the blue block and put it on the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 856dc52, the code of dba2683, before anything it could prompt): 0.8667
goal-correct (260 of 300), 30 refused, 0 questions, 5 wrong actions, 5 wrong replies. The wrong actions: a mechanic's
'Scrap everything except X: all the other blocks go in the bin.' binned X too. The wrong replies: a nan's 'Is there
anything in W at all, dear? ...' ('I don't see the W at all'). The refusals: a mechanic's 'X goes on top of Y. That's
how this one's meant to be assembled.', 'See the block sitting on X? Pull it off and put it in W.' and 'Match the
parts up: every block goes in the bowl that's the same colour as it, where there is one.', a plain adult's 'X should
be on the table, not stacked on Y.', a Japanese speaker's 'Please make W empty, but X please keep in the bowl, do not
move it.' and 'Please put each block in the bowl of same colour. The blocks which have no same colour bowl, please
leave them as they are.'.
"""

from __future__ import annotations

from benchmarks.planner_language import (Check, Made, Template, World, answered, binned, count_in, empty, kept,
                                          matching, none_binned, rels, yes)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

MARGIN = 0.03  # a clear winner for "leftmost", "nearest" and the like


# ----- helpers -----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _go(w: World, text: str, *parts: Rel | Check) -> Made:
    """An action request: relations and checks that must all hold at the end, gripper empty."""
    checks = [rels(p) if isinstance(p, Rel) else p for p in parts]
    return _made(w, text, _act(*checks))


def _free(w: World) -> list[str]:
    """Blocks with nothing on them, not in the bin."""
    return w.clear_blocks()


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _height(w: World, b: str) -> int:
    """How tall the tower is up to and including `b`."""
    return 1 + len(_below(w, b))


def _winner(w: World, items: list[str], key, among: list[str] | None = None) -> str | None:
    """The item with the smallest key, when it beats every other of `among` (default `items`) by MARGIN."""
    if not items:
        return None
    best = min(items, key=key)
    others = [o for o in (among if among is not None else items) if o != best]
    if not others or any(key(o) - key(best) < MARGIN for o in others):
        return None
    return best


def _place(w: World, places: list[str] | None = None) -> str:
    return w.rng.choice(places or PLACES)


def _binned_count(state: SymState) -> int:
    return sum(state.base(b) == BIN for b in state.blocks)


def _bowl_with_room(w: World, n: int = 1) -> str | None:
    bowls = [b for b in w.bowls if _room(w, b, n)]
    return w.rng.choice(bowls) if bowls else None


def _match_ok(w: World, want: list[Rel]) -> bool:
    """The bowls have room for the blocks matching them."""
    for bowl in w.bowls:
        coming = [r for r in want if r.target == bowl and not holds(r, w.state)]
        if coming and not _room(w, bowl, len(coming)):
            return False
    return bool(want)


# ----- imperative --------------------------------------------------------------------------------------
def t322_imp_librarian5(w: World) -> Made:
    bowl = _bowl_with_room(w)
    blocks = [b for b in _free(w) if bowl and w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _go(w, f"Please place the {b} in the {bowl}. Thank you.", Rel("in", b, bowl))


def t322_imp_mechanic5(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair or _height(w, pair[1]) >= layout.MAX_TOWER:
        return None
    a, b = pair
    return _go(w, f"Grab the {a} and set it on top of the {b}.", Rel("on", a, b))


def t322_imp_teen6(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), _place(w)
    return _go(w, f"move the {b} to the {place} pls", Rel("at", b, place))


def t322_imp_japanese(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _go(w, f"Please, put the {b} into the bin. Thank you very much.", Rel("in_bin", b))


def t322_imp_nan5(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _go(w, f"Could you be a dear and pop the {b} in the middle of the table for me?", Rel("at", b, PLACES[4]))


def t322_imp_plain103(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return _go(w, f"Take the {t} off the {s} and put it on the table.", Rel("on_table", t))


# ----- declarative -------------------------------------------------------------------------------------
def t322_dec_librarian5(w: World) -> Made:
    bowl = _bowl_with_room(w)
    blocks = [b for b in _free(w) if bowl and w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _go(w, f"The {b} belongs in the {bowl}.", Rel("in", b, bowl))


def t322_dec_mechanic5(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair or _height(w, pair[1]) >= layout.MAX_TOWER:
        return None
    a, b = pair
    return _go(w, f"The {a} goes on top of the {b}. That's how this one's meant to be assembled.", Rel("on", a, b))


def t322_dec_teen6(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _go(w, f"the {b} is supposed to be in the bin tbh", Rel("in_bin", b))


def t322_dec_japanese(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), _place(w)
    return _go(w, f"The {b} must be at the {place}, please.", Rel("at", b, place))


def t322_dec_nan5(w: World) -> Made:
    bowl = _bowl_with_room(w)
    blocks = [b for b in _free(w) if bowl and w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _go(w, f"Now, the {b} ought to be in the {bowl}, love, that's where it always goes.", Rel("in", b, bowl))


def t322_dec_plain103(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return _go(w, f"The {t} should be on the table, not stacked on the {s}.", Rel("on_table", t))


# ----- desiderative ------------------------------------------------------------------------------------
def t322_des_librarian5(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair or _height(w, pair[1]) >= layout.MAX_TOWER:
        return None
    a, b = pair
    return _go(w, f"I would like the {a} placed on top of the {b}, if you would be so kind.", Rel("on", a, b))


def t322_des_mechanic5(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), _place(w)
    return _go(w, f"What I need is the {b} parked in the {place}.", Rel("at", b, place))


def t322_des_teen6(w: World) -> Made:
    bowl = _bowl_with_room(w)
    blocks = [b for b in _free(w) if bowl and w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _go(w, f"i want the {b} in the {bowl} lol", Rel("in", b, bowl))


def t322_des_japanese(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _go(w, f"I wish that the {b} goes in the bin, if it is not trouble for you.", Rel("in_bin", b))


def t322_des_nan5(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), _place(w, PLACES[:4])
    return _go(w, f"Oh, I'd love the {b} over in the {place}, dear, if it's no bother to you.", Rel("at", b, place))


def t322_des_plain103(w: World) -> Made:
    blocks = _free(w)
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), _place(w)
    return _go(w, f"I'd like the {b} moved to the {place}.", Rel("at", b, place))


# ----- quantified --------------------------------------------------------------------------------------
def t322_qua_librarian5(w: World) -> Made:
    return _go(w, "Please put each of the blocks in the bin, every one of them.", binned(w.blocks))


def t322_qua_mechanic5(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Drop any two blocks into the {bowl}, doesn't matter which. It's empty right now."
    return _go(w, text, count_in(bowl, 2))


def t322_qua_teen6(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    text = "chuck all the blocks that arent in a bowl into the bin, leave the ones in the bowls"
    return _go(w, text, binned(outside), kept(*inside))


def t322_qua_japanese(w: World) -> Made:
    on_table = w.state.on_the_table()
    bowls = [b for b in w.bowls if _room(w, b, len(on_table))]
    if len(on_table) < 2 or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Please put all blocks which are on the table into the {bowl}."
    return _go(w, text, *(Rel("in", b, bowl) for b in on_table))


def t322_qua_nan5(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = "Would you put three of the blocks in the bin for me, love? Any three will do, I'm not fussy."
    return _go(w, text, lambda _i, f: _binned_count(f) == 3)


def t322_qua_plain103(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _go(w, f"Put every block from the {bowl} into the bin.", binned(w.state.in_bowl(bowl)))


# ----- negated -----------------------------------------------------------------------------------------
def t322_neg_librarian5(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _go(w, f"Please ensure that no blocks remain in the {bowl}.", empty(bowl))


def t322_neg_mechanic5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [o for o in w.blocks if o != b]
    text = f"Scrap everything except the {b}: all the other blocks go in the bin."
    return _go(w, text, binned(others), none_binned([b]))


def t322_neg_teen6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"get everything out of the {bowl} but dont put any of it in the bin ok"
    return _go(w, text, empty(bowl), none_binned(w.state.in_bowl(bowl)))


def t322_neg_japanese(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    a, s = w.rng.choice(pairs)
    return _go(w, f"The {a} should not be on the {s}. Please excuse me.", Rel("on", a, s, negated=True))


def t322_neg_nan5(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [o for o in w.blocks if o not in (a, b)]
    text = f"Put all the blocks in the bin, dear, all except the {a} and the {b}, I'm fond of those two."
    return _go(w, text, binned(others), none_binned([a, b]))


def t322_neg_plain103(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    b = w.rng.choice(covered)
    return _go(w, f"I don't want anything stacked on the {b}.", Rel("clear", b))


# ----- relative ----------------------------------------------------------------------------------------
def t322_rel_librarian5(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    rivals = [b for b in w.blocks if w.state.base(b) != bowl]
    loose = [b for b in rivals if w.state.base(b) == TABLE]
    b = _winner(w, loose, lambda o: w.dist(o, bowl), rivals)
    if b is None or not w.state.is_clear(b):
        return None
    return _go(w, f"Would you kindly move the block nearest to the {bowl} into the bin?", Rel("in_bin", b))


def t322_rel_mechanic5(w: World) -> Made:
    bowl = _bowl_with_room(w)
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not bowl or not pairs:
        return None
    t, s = w.rng.choice(pairs)
    text = f"See the block sitting on the {s}? Pull it off and put it in the {bowl}."
    return _go(w, text, Rel("in", t, bowl))


def t322_rel_teen6(w: World) -> Made:
    b = _winner(w, w.blocks, w.y)
    if b is None or not w.state.is_clear(b):
        return None
    place = _place(w, [PLACES[1], PLACES[3], PLACES[4]])
    return _go(w, f"move the block thats furthest left to the {place}", Rel("at", b, place))


def t322_rel_japanese(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    return _go(w, f"Please put the block which is in the {bowl} on the table.", Rel("on_table", b))


def t322_rel_nan5(w: World) -> Made:
    b = _winner(w, w.blocks, lambda o: -w.y(o))
    bowl = _bowl_with_room(w)
    if b is None or bowl is None or not w.state.is_clear(b) or w.state.base(b) == bowl:
        return None
    text = f"That block furthest over to the right, love, could you pop it in the {bowl}?"
    return _go(w, text, Rel("in", b, bowl))


def t322_rel_plain103(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return _go(w, f"Move the block under the {t} to the middle.", Rel("at", s, PLACES[4]))


# ----- keep --------------------------------------------------------------------------------------------
def t322_keep_librarian5(w: World) -> Made:
    blocks = _free(w)
    if not blocks or len(w.blocks) < 2:
        return None
    a = w.rng.choice(blocks)
    b = w.rng.choice([o for o in w.blocks if o != a])
    text = f"Please put the {a} in the bin, but leave the {b} exactly where it is."
    return _go(w, text, Rel("in_bin", a), kept(b))


def t322_keep_mechanic5(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair or _height(w, pair[1]) >= layout.MAX_TOWER or len(w.blocks) < 3:
        return None
    a, b = pair
    c = w.rng.choice([o for o in w.blocks if o not in pair])
    text = f"Stack the {a} on the {b}. Don't touch the {c}, it's fine where it is."
    return _go(w, text, Rel("on", a, b), kept(c))


def t322_keep_teen6(w: World) -> Made:
    bowl = _bowl_with_room(w)
    blocks = [b for b in _free(w) if bowl and w.state.base(b) != bowl]
    if not blocks:
        return None
    a = w.rng.choice(blocks)
    c = w.rng.choice([o for o in w.blocks if o != a])
    return _go(w, f"put the {a} in the {bowl} but dont mess w the {c}", Rel("in", a, bowl), kept(c))


def t322_keep_japanese(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    stay = [b for b in w.state.in_bowl(bowl) if w.state.support[b] == bowl]
    b = w.rng.choice(stay)
    others = [o for o in w.state.in_bowl(bowl) if o != b]
    text = f"Please make the {bowl} empty, but the {b} please keep in the bowl, do not move it."
    return _go(w, text, *(Rel("in", o, bowl, negated=True) for o in others), kept(b))


def t322_keep_nan5(w: World) -> Made:
    keep = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not keep:
        return None
    b = w.rng.choice(keep)
    others = [o for o in w.blocks if o != b]
    text = f"Tidy the blocks away into the bin for me, pet, but leave the {b} be, right where it is. That one's mine."
    return _go(w, text, binned(others), kept(b))


def t322_keep_plain103(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    blocks = [b for b in _free(w) if w.state.base(b) != bowl]
    if not blocks:
        return None
    a, place = w.rng.choice(blocks), _place(w)
    same = lambda i, f: sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl))  # noqa: E731
    text = f"Move the {a} to the {place} and leave the {bowl} alone."
    return _go(w, text, Rel("at", a, place), kept(*w.state.in_bowl(bowl)), same)


# ----- multi_step --------------------------------------------------------------------------------------
def t322_multi_librarian5(w: World) -> Made:
    bowl = _bowl_with_room(w, 2)
    pair = w.pick(_free(w), 2)
    if not bowl or not pair:
        return None
    a, b = pair
    text = f"First, please put the {a} in the {bowl}; then place the {b} on top of the {a}."
    return _go(w, text, Rel("in", a, bowl), Rel("on", b, a))


def t322_multi_mechanic5(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if not pair:
        return None
    a, b = pair
    place = _place(w)
    text = f"Step one: {a} goes in the bin. Step two: {b} to the {place}."
    return _go(w, text, Rel("in_bin", a), Rel("at", b, place))


def t322_multi_teen6(w: World) -> Made:
    bowl = _bowl_with_room(w)
    pairs = [(t, s) for t, s in w.pairs() if w.state.above(s) == [t] and w.state.base(s) != bowl]
    if not bowl or not pairs:
        return None
    t, s = w.rng.choice(pairs)
    text = f"ok so first take the {t} off the {s} then put the {s} in the {bowl}"
    return _go(w, text, Rel("on", t, s, negated=True), Rel("in", s, bowl))


def t322_multi_japanese(w: World) -> Made:
    trio = w.pick(_free(w), 3)
    if not trio or _height(w, trio[1]) + 2 > layout.MAX_TOWER:
        return None
    a, b, c = trio
    text = f"First please put the {a} on the {b}, and after that, put the {c} on the {a}. Thank you."
    return _go(w, text, Rel("on", a, b), Rel("on", c, a))


def t322_multi_nan5(w: World) -> Made:
    bowl = _bowl_with_room(w)
    trio = w.pick(_free(w), 3)
    if not bowl or not trio:
        return None
    a, b, c = trio
    place = _place(w, PLACES[:4])
    text = (f"Right, dear, first pop the {a} in the {bowl}, then put the {b} in the bin, "
            f"and after that the {c} wants to go in the {place}.")
    return _go(w, text, Rel("in", a, bowl), Rel("in_bin", b), Rel("at", c, place))


def t322_multi_plain103(w: World) -> Made:
    lifted = [b for b in _free(w) if w.state.support[b] != TABLE]
    if not lifted:
        return None
    a = w.rng.choice(lifted)
    others = [b for b in _free(w) if b != a and b not in _below(w, a)]
    if not others:
        return None
    b = w.rng.choice(others)
    return _go(w, f"Put the {a} on the table, then stack the {b} on it.", Rel("on_table", a), Rel("on", b, a))


# ----- question ----------------------------------------------------------------------------------------
def t322_q_librarian5(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"May I ask what is in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t322_q_mechanic5(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "How many blocks are sitting on the table right now, not counting the ones in bowls?", answered(str(n))


def t322_q_teen6(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        return f"is the {a} on the {b}?", answered("Yes")
    options = [(a, b) for a in w.blocks for b in w.blocks if a != b and b not in _below(w, a)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    return f"is the {a} on the {b}?", answered(yes(w.state.support[a] == b))


def t322_q_japanese(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] in (TABLE, *w.bowls) or w.state.base(b) == TABLE]
    if not options:
        return None
    b = w.rng.choice(options)
    return f"Excuse me, where is the {b}, please?", answered(w.state.support[b])


def t322_q_nan5(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"Is there anything in the {bowl} at all, dear? My eyes aren't what they were."
    return text, answered(yes(bool(w.state.in_bowl(bowl))))


def t322_q_plain103(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    return f"How many blocks are in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


# ----- matching ----------------------------------------------------------------------------------------
def t322_match_librarian5(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    return _go(w, "Kindly sort the blocks into the bowls of the same colour.", *want)


def t322_match_mechanic5(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    text = "Match the parts up: every block goes in the bowl that's the same colour as it, where there is one."
    return _go(w, text, *want)


def t322_match_teen6(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _go(w, f"can u put the {r.block} in the bowl thats the same color as it", r)


def t322_match_japanese(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if not rest or any(m in movers for b in rest for m in _below(w, b)):
        return None
    text = ("Please put each block in the bowl of same colour. The blocks which have no same colour bowl, "
            "please leave them as they are.")
    return _go(w, text, *want, kept(*rest))


def t322_match_nan5(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    text = "Oh, it'd be ever so nice if the blocks went in the bowls of their own colour, dear. Like with like."
    return _go(w, text, *want)


def t322_match_plain103(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not rest:
        return None
    text = "Put the blocks that match a bowl's colour into that bowl, and put the rest in the bin."
    return _go(w, text, *want, binned(rest))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("librarian5", "mechanic5", "teen6", "japanese", "nan5", "plain103")
FRESH322: list[Template] = [
    (f"t322_{short}_{style}", category, globals()[f"t322_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
