"""`FRESH144`, the hundred-and-forty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is aspect and time-of-state words: still, already, anymore, any more, no longer, yet, remain, stay, keep,
"by the time you're done", "by the end", "for good". People say what should no longer hold (the relation must be
false at the end, wherever the block goes), what should still hold or stay (as at the start: the relation they name
holds at the end, or the block rests on exactly what it rested on), what is already done (true in the scene when
said, and it must still hold at the end, while the rest of the request is done) and what is not done yet but must
be by the end. Every "already" and "yet" claim is true in the scene it is said over, every requested change is
needed, and every check asks that nothing is left in the gripper. Questions are about the scene as it is now. The
six styles:

- nolonger: "Move the red block so that it is no longer on the green block."
- still: "Put the red block in the bin, but the blue block must still be on the green block afterwards."
- already: "The red block is already in the blue bowl, so just put the green block in there with it."
- anymore: "Take everything out of the blue bowl; nothing should be in it anymore."
- yet: "Neither the red block nor the green block is in the bin yet; by the time you're done, both are."
- stay: "Put the red block in the blue bowl and let the green block stay where it is."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on c51f3f0, the code of be227d2, after every fix before it and before anything
it could prompt): 0.54 goal-correct (162 of 300), 81 refused, 19 asked, 38 wrong, eighteen of them actions: 'X isn't on
Y yet, so put it there' and 'X isn't in W yet; by the end it should be' did nothing (read as 'X not on Y'); 'W already
has one block in it. Add exactly one more, any you like, to make two' did nothing; 'Don't move X; it should still be
on the table once Y is in the bin' binned X; 'X isn't in the bin yet: get it there ..., and keep ...' left X in the
gripper; 'the block resting on Y should no longer be on top of any block' and 'X should no longer be anywhere but W'
did nothing; twenty wrong replies: questions with 'still', 'already', 'anymore', 'no longer' and 'remains'. Most
refusals were a place said as 'there' or 'it' after 'yet', and 'no longer sitting on'.
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

_NUMBERS = ("no", "one", "two", "three", "four", "five", "six")


# ----- helpers --------------------------------------------------------------------------------------
def _done(*checks: Check) -> Check:
    """The goal holds and nothing is left in the gripper."""
    return both(lambda _i, f: f.held is None, *checks)


def _neg(rel: Rel) -> Rel:
    return Rel(rel.rel, *rel.args, negated=True)


def _where(s: SymState, b: str) -> str:
    """Where block `b` rests now, in words."""
    sup = s.support[b]
    if sup in s.bowls:
        return f"in the {sup}"
    if sup in s.support:
        return f"on the {sup}"
    if sup == BIN:
        return "in the bin"
    if sup in PLACES:
        return f"at the {sup}"
    return "on the table"


def _now(s: SymState, b: str) -> Rel:
    """The relation `_where` names."""
    sup = s.support[b]
    if sup in s.bowls:
        return Rel("in", b, sup)
    if sup in s.support:
        return Rel("on", b, sup)
    if sup == BIN:
        return Rel("in_bin", b)
    if sup in PLACES:
        return Rel("at", b, sup)
    return Rel("on_table", b)


def _under(s: SymState, b: str) -> list[str]:
    """The blocks below `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _can_top(s: SymState, b: str) -> bool:
    """Whether a block may go on top of `b` where `b` stands without the tower growing too tall."""
    return len(_under(s, b)) + 2 <= layout.MAX_TOWER


def _loose(s: SymState, b: str) -> bool:
    return s.support[b] in (TABLE, *PLACES)


def _mover_ok(s: SymState, mover: str, still: list[str]) -> bool:
    """`mover` can be moved without moving any block in `still`."""
    return mover not in still and not any(k in s.above(mover) for k in still)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


# ----- imperative -----------------------------------------------------------------------------------
def t144_imp_nolonger(w: World) -> Made:
    s = w.state
    cands = [b for b in w.blocks if s.support[b] in s.bowls or s.support[b] in s.support]
    if not cands:
        return None
    b = w.rng.choice(cands)
    rel, where = _now(s, b), _where(s, b)
    text = w.rng.choice([
        f"Move the {b} so that it is no longer {where}.",
        f"Shift the {b} somewhere else: it should no longer be {where} when you are done.",
    ])
    return text, _done(rels(_neg(rel)))


def t144_imp_still(w: World) -> Made:
    s = w.state
    opts = [(x, t, u) for t, u in w.pairs() for x in w.blocks if _mover_ok(s, x, [t, u])]
    if not opts:
        return None
    x, t, u = w.rng.choice(opts)
    text = w.rng.choice([
        f"Put the {x} in the bin, but the {t} must still be on the {u} afterwards.",
        f"Drop the {x} into the bin; the {t} should still be sitting on the {u} when you finish.",
    ])
    return text, _done(rels(Rel("in_bin", x), Rel("on", t, u)))


def t144_imp_already(w: World) -> Made:
    s = w.state
    opts = [(x, s.base(x), y) for x in w.in_bowls() for y in w.blocks if s.base(y) != s.base(x)]
    if not opts:
        return None
    x, bowl, y = w.rng.choice(opts)
    text = w.rng.choice([
        f"The {x} is already in the {bowl}, so just put the {y} in there with it.",
        f"Since the {x} is already sitting in the {bowl}, add the {y} to that bowl as well.",
    ])
    return text, _done(rels(Rel("in", y, bowl), Rel("in", x, bowl)))


def t144_imp_anymore(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice([
        f"Empty the {bowl}: I don't want anything in it any more.",
        f"Take everything out of the {bowl}; nothing should be in it anymore.",
    ])
    return text, _done(empty(bowl))


def t144_imp_yet(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in w.blocks for y in w.blocks
            if x != y and s.support[x] != y and _can_top(s, y) and x not in _under(s, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice([
        f"Stack the {x} on the {y}; it isn't there yet.",
        f"The {x} isn't on top of the {y} yet, so put it there.",
    ])
    return text, _done(rels(Rel("on", x, y)))


def t144_imp_stay(w: World) -> Made:
    s = w.state
    opts = [(x, bowl, g) for x in w.blocks for bowl in w.bowls for g in w.blocks
            if s.base(x) != bowl and g != x and _mover_ok(s, x, [g])]
    if not opts:
        return None
    x, bowl, g = w.rng.choice(opts)
    text = w.rng.choice([
        f"Put the {x} in the {bowl} and let the {g} stay where it is.",
        f"Move the {x} into the {bowl}; the {g} stays right where it is.",
    ])
    return text, _done(rels(Rel("in", x, bowl)), kept(g))


# ----- declarative ----------------------------------------------------------------------------------
def t144_dec_nolonger(w: World) -> Made:
    s = w.state
    opts = w.in_bowls()
    if not opts:
        return None
    x = w.rng.choice(opts)
    bowl = s.base(x)
    text = w.rng.choice([
        f"The {x} is no longer in the {bowl}: it sits on the table instead.",
        f"When you are done, the {x} is no longer in the {bowl} but on the table.",
    ])
    return text, _done(rels(Rel("on_table", x)))


def t144_dec_still(w: World) -> Made:
    s = w.state
    opts = [(t, u, x, bowl) for t, u in w.pairs() for x in w.blocks for bowl in w.bowls
            if _mover_ok(s, x, [t, u]) and s.base(x) != bowl]
    if not opts:
        return None
    t, u, x, bowl = w.rng.choice(opts)
    text = w.rng.choice([
        f"When you're done, the {t} is still on the {u} and the {x} is in the {bowl}.",
        f"At the end the {x} is in the {bowl}, while the {t} is still resting on the {u}.",
    ])
    return text, _done(rels(Rel("on", t, u), Rel("in", x, bowl)))


def t144_dec_already(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in w.blocks if s.support[x] == TABLE for y in w.blocks if not _loose(s, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice([
        f"The {x} is already on the table, and the {y} should be on the table too.",
        f"The {y} belongs on the table, just like the {x}, which is already there.",
    ])
    return text, _done(rels(Rel("on_table", y), Rel("on_table", x)))


def t144_dec_anymore(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if not s.is_clear(b)]
    if not opts:
        return None
    g = w.rng.choice(opts)
    text = w.rng.choice([
        f"Nothing is sitting on the {g} anymore.",
        f"The {g} doesn't have any block on top of it any more.",
    ])
    return text, _done(rels(Rel("clear", g)))


def t144_dec_yet(w: World) -> Made:
    picks = w.pick(w.blocks, w.rng.choice([1, 2]))
    if not picks:
        return None
    if len(picks) == 1:
        text = w.rng.choice([
            f"The {picks[0]} isn't in the bin yet, but by the end it should be.",
            f"By the time you're done, the {picks[0]} is in the bin; it isn't there yet.",
        ])
    else:
        a, b = picks
        text = w.rng.choice([
            f"Neither the {a} nor the {b} is in the bin yet; by the time you're done, both are.",
            f"By the end the {a} and the {b} are in the bin, where neither of them is yet.",
        ])
    return text, _done(binned(picks))


def t144_dec_stay(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    opts = [(bowl, r, g) for bowl in full for r in w.blocks for g in w.blocks
            if r != g and s.base(r) != bowl and s.base(g) != bowl and s.support[r] != g and _can_top(s, g)
            and r not in _under(s, g)]
    if not opts:
        return None
    bowl, r, g = w.rng.choice(opts)
    text = w.rng.choice([
        f"Everything in the {bowl} stays where it is, and the {r} ends up on top of the {g}.",
        f"The {r} ends up stacked on the {g}, and the blocks in the {bowl} remain exactly as they are.",
    ])
    return text, _done(rels(Rel("on", r, g)), kept(*s.in_bowl(bowl)))


# ----- desiderative ---------------------------------------------------------------------------------
def t144_des_nolonger(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, _u = w.rng.choice(pairs)
    text = w.rng.choice([
        f"I'd like the {x} to no longer be stacked on anything.",
        f"I want the {x} no longer sitting on top of another block.",
    ])
    return text, _done(lambda _i, f: f.support[x] not in f.support)


def t144_des_still(w: World) -> Made:
    s = w.state
    opts = [(x, bowl) for bowl in w.bowls if s.in_bowl(bowl) for x in w.blocks if s.base(x) != bowl]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    contents = s.in_bowl(bowl)
    text = w.rng.choice([
        f"I'd like the {x} in the bin, with the {bowl} still holding everything it holds now.",
        f"I want the {x} put in the bin, and I want the {bowl} to still have the same blocks in it.",
    ])
    return text, _done(binned([x]), rels(*(Rel("in", c, bowl) for c in contents)))


def t144_des_already(w: World) -> Made:
    s = w.state
    opts = [(r, g, b) for r, g in w.pairs() for b in w.blocks
            if b not in (r, g) and s.support[b] != r and b not in _under(s, r) and _can_top(s, r)]
    if not opts:
        return None
    r, g, b = w.rng.choice(opts)
    if s.support[g] == TABLE and w.rng.random() < 0.5:
        text = (f"I want a tower of the {g}, the {r} and the {b}, from the bottom up; "
                f"the {r} is already on the {g}.")
        return text, _done(rels(Rel("stacked", g, r, b)))
    text = w.rng.choice([
        f"The {r} is already on the {g}; I'd like the {b} on top of the {r}.",
        f"I'd like the {b} placed on the {r}, which is already sitting on the {g}.",
    ])
    return text, _done(rels(Rel("on", b, r), Rel("on", r, g)))


def t144_des_anymore(w: World) -> Made:
    s = w.state
    on_table = s.on_the_table()
    picks = w.pick(on_table, w.rng.choice([1, 2]))
    if not picks:
        return None
    if len(picks) == 1:
        text = w.rng.choice([
            f"I don't want the {picks[0]} on the table anymore; it can go in a bowl or in the bin.",
            f"I'd like the {picks[0]} off the table for good: into a bowl or the bin, whichever you like.",
        ])
    else:
        text = (f"I don't want the {picks[0]} or the {picks[1]} on the table any more; put them in bowls or in "
                f"the bin, as you like.")
    return text, _done(lambda _i, f: all(f.base(x) in (*f.bowls, BIN) for x in picks))


def t144_des_yet(w: World) -> Made:
    s = w.state
    opts = [(x, bowl) for x in w.blocks for bowl in w.bowls if s.base(x) != bowl]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = w.rng.choice([
        f"The {bowl} doesn't have the {x} in it yet; I'd like it there by the time you're done.",
        f"I'd like the {x} to be in the {bowl} by the end. It isn't yet.",
    ])
    return text, _done(rels(Rel("in", x, bowl)))


def t144_des_stay(w: World) -> Made:
    s = w.state
    opts = [(r, g) for r in w.blocks for g in w.blocks if r != g and _mover_ok(s, g, [r])]
    if not opts:
        return None
    r, g = w.rng.choice(opts)
    text = w.rng.choice([
        f"I'd like the {r} to stay where it is while you put the {g} in the bin.",
        f"I want the {g} in the bin, and I want the {r} to remain exactly where it is now.",
    ])
    return text, _done(binned([g]), kept(r))


# ----- quantified -----------------------------------------------------------------------------------
def t144_qua_nolonger(w: World) -> Made:
    stacked = [t for t, _u in w.pairs()]
    if not stacked:
        return None
    text = w.rng.choice([
        "Every block that sits on top of another block right now should no longer be on top of one.",
        "Each block that's currently stacked on another block should no longer be stacked on any block "
        "when you're done.",
    ])
    return text, _done(lambda _i, f: all(f.support[t] not in f.support for t in stacked))


def t144_qua_still(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside or len(outside) > 4:
        return None
    if len(inside) == 1:
        x = inside[0]
        tail = f"the {x} should still be in the {s.base(x)} afterwards"
    else:
        tail = "every block that is in a bowl now should still be in that bowl afterwards"
    text = w.rng.choice([
        f"Put every block that isn't in a bowl into the bin; {tail}.",
        f"All the blocks outside the bowls go in the bin, and {tail}.",
    ])
    return text, _done(binned(outside), rels(*(Rel("in", b, s.base(b)) for b in inside)))


def t144_qua_already(w: World) -> Made:
    s = w.state
    opts = [bowl for bowl in w.bowls if 1 <= len(s.in_bowl(bowl)) <= 3
            and any(s.base(b) != bowl for b in w.blocks)]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    contents = s.in_bowl(bowl)
    n = len(contents)
    noun = "block is" if n == 1 else "blocks are"
    text = w.rng.choice([
        f"{_cap(_NUMBERS[n])} {noun} already in the {bowl}; put one more block in, so that it holds "
        f"{_NUMBERS[n + 1]}.",
        f"The {bowl} already has {_NUMBERS[n]} block{'s' if n > 1 else ''} in it. Add exactly one more, any you "
        f"like, to make {_NUMBERS[n + 1]}.",
    ])
    return text, _done(count_in(bowl, n + 1), rels(*(Rel("in", c, bowl) for c in contents)))


def t144_qua_anymore(w: World) -> Made:
    s = w.state
    if not s.in_bowls():
        return None
    if len(w.bowls) == 1:
        text = f"Not a single block should be in the {w.bowls[0]} anymore."
    else:
        text = w.rng.choice([
            "No bowl should have any blocks in it anymore.",
            "None of the bowls should hold a single block any more.",
        ])
    return text, _done(lambda _i, f: not f.in_bowls())


def t144_qua_yet(w: World) -> Made:
    s = w.state
    outside = [b for b in w.blocks if s.base(b) not in s.bowls]
    room = layout.BOWL_CAPACITY * len(w.bowls) - sum(1 for b in w.blocks if s.support[b] in s.bowls)
    k = w.rng.choice([2, 3])
    if len(outside) < k or room < k:
        return None
    picks = w.pick(outside, k)
    if k == 2:
        a, b = picks
        text = (f"Neither the {a} nor the {b} is in a bowl yet; by the time you're done, each of them should be "
                f"in one.")
    else:
        a, b, c = picks
        text = (f"None of the {a}, the {b} and the {c} is in a bowl yet; by the end, every one of them should be "
                f"in some bowl.")
    return text, _done(lambda _i, f: all(f.base(x) in f.bowls for x in picks))


def t144_qua_stay(w: World) -> Made:
    s = w.state
    opts = [(x, bowl) for x in w.blocks if s.is_clear(x) for bowl in w.bowls if s.base(x) != bowl]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice([
        f"Put the {x} in the {bowl}; every other block stays right where it is.",
        f"Move only the {x}, into the {bowl}: all the other blocks should remain exactly where they are.",
    ])
    return text, _done(rels(Rel("in", x, bowl)), kept(*others))


# ----- negated --------------------------------------------------------------------------------------
def t144_neg_nolonger(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    text = w.rng.choice([
        f"The {t} should no longer be on the {u}, but don't put it in the bin.",
        f"Take the {t} off the {u} so that it's no longer there, and do not throw it in the bin.",
    ])
    return text, _done(rels(_neg(Rel("on", t, u)), _neg(Rel("in_bin", t))))


def t144_neg_still(w: World) -> Made:
    s = w.state
    opts = [(x, g) for x in w.blocks for g in w.blocks if x != g and _mover_ok(s, x, [g])]
    if not opts:
        return None
    x, g = w.rng.choice(opts)
    text = w.rng.choice([
        f"Put the {x} in the bin without disturbing the {g}: the {g} must still be {_where(s, g)} afterwards.",
        f"Don't move the {g} at all; it should still be {_where(s, g)} once the {x} is in the bin.",
    ])
    return text, _done(binned([x]), kept(g))


def t144_neg_already(w: World) -> Made:
    s = w.state
    opts = [(r, g) for r in w.blocks if s.support[r] in s.bowls for g in w.blocks
            if g != r and s.support[g] != r]
    if not opts:
        return None
    r, g = w.rng.choice(opts)
    bowl = s.support[r]
    text = w.rng.choice([
        f"The {r} is already in the {bowl}, so don't move it; just put the {g} on top of it.",
        f"Don't take the {r} out of the {bowl}, where it already is. Stack the {g} on top of it.",
    ])
    return text, _done(rels(Rel("on", g, r)), kept(r))


def t144_neg_anymore(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    text = w.rng.choice([
        f"The {t} shouldn't be on the {u} anymore, and don't put it in any bowl.",
        f"I don't want the {t} on the {u} any more; it must not go into a bowl either.",
    ])
    return text, _done(rels(_neg(Rel("on", t, u))), lambda _i, f: f.base(t) not in f.bowls)


def t144_neg_yet(w: World) -> Made:
    s = w.state
    if any(s.base(b) == BIN for b in w.blocks):
        return None
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice([
        f"Nothing is in the bin yet. Put the {x} in it, and nothing else.",
        f"The bin has nothing in it so far; put the {x} in there, but no other block.",
    ])
    return text, _done(binned([x]), none_binned(others))


def t144_neg_stay(w: World) -> Made:
    s = w.state
    opts = [x for x in w.blocks if s.is_clear(x) and not _loose(s, x)]
    if not opts:
        return None
    x = w.rng.choice(opts)
    sup = s.support[x]
    off = f"out of the {sup}" if sup in s.bowls else f"off the {sup}"
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice([
        f"Nothing but the {x} may move: take it {off} and set it down on the table.",
        f"Set the {x} down on the table, and don't let any other block leave its spot.",
    ])
    return text, _done(rels(Rel("on_table", x)), kept(*others))


# ----- relative -------------------------------------------------------------------------------------
def t144_rel_nolonger(w: World) -> Made:
    s = w.state
    single = [bowl for bowl in w.bowls if len(s.in_bowl(bowl)) == 1]
    if not single:
        tops = [(t, u) for t, u in w.pairs() if s.is_clear(t)]
        if not tops:
            return None
        t, u = w.rng.choice(tops)
        text = f"The block resting on the {u} should no longer be on top of any block."
        return text, _done(lambda _i, f: f.support[t] not in f.support)
    bowl = w.rng.choice(single)
    b = s.in_bowl(bowl)[0]
    text = w.rng.choice([
        f"The block that's in the {bowl} should no longer be in a bowl at all.",
        f"Whatever block is sitting in the {bowl} should no longer be in any bowl.",
    ])
    return text, _done(lambda _i, f: f.base(b) not in f.bowls)


def t144_rel_still(w: World) -> Made:
    s = w.state
    opts = [(t, u, bowl) for t, u in w.pairs() if s.is_clear(t) for bowl in w.bowls if s.base(t) != bowl]
    if not opts:
        return None
    t, u, bowl = w.rng.choice(opts)
    text = w.rng.choice([
        f"Move the block that's on top of the {u} into the {bowl}; the {u} should still be where it is.",
        f"The block resting on the {u} goes into the {bowl}, and the {u} itself should still be "
        f"{_where(s, u)}.",
    ])
    return text, _done(rels(Rel("in", t, bowl)), kept(u))


def t144_rel_already(w: World) -> Made:
    s = w.state
    opts = [(bowl, r) for bowl in w.bowls if len(s.in_bowl(bowl)) == 1 for r in w.blocks if s.base(r) != bowl]
    if not opts:
        return None
    bowl, r = w.rng.choice(opts)
    x = s.in_bowl(bowl)[0]
    text = w.rng.choice([
        f"Put the {r} on top of the block that's already in the {bowl}.",
        f"There's already one block in the {bowl}; stack the {r} on it.",
    ])
    return text, _done(rels(Rel("on", r, x)))


def t144_rel_anymore(w: World) -> Made:
    s = w.state
    opts = w.in_bowls()
    if not opts:
        return None
    r = w.rng.choice(opts)
    bowl = s.base(r)
    text = w.rng.choice([
        f"The bowl the {r} is in shouldn't have anything in it anymore.",
        f"Whichever bowl holds the {r} should be empty, with nothing in it any more.",
    ])
    return text, _done(empty(bowl))


def t144_rel_yet(w: World) -> Made:
    s = w.state
    empties = [bowl for bowl in w.bowls if not s.in_bowl(bowl)]
    if len(empties) != 1:
        opts = [(r, g) for r in w.in_bowls() for g in w.blocks if s.base(g) != s.base(r)]
        if not opts:
            return None
        r, g = w.rng.choice(opts)
        text = w.rng.choice([
            f"The {g} isn't in the bowl that holds the {r} yet; by the end, it should be.",
            f"By the time you're done, the {g} should be in whichever bowl the {r} is in; it isn't there yet.",
        ])
        return text, _done(rels(Rel("in", g, s.base(r))))
    bowl = empties[0]
    x = w.rng.choice(w.blocks)
    text = w.rng.choice([
        f"The bowl that has nothing in it yet should get the {x} by the time you're done.",
        f"By the end, the {x} should be in the bowl that is empty so far.",
    ])
    return text, _done(rels(Rel("in", x, bowl)))


def t144_rel_stay(w: World) -> Made:
    s = w.state
    opts = [(r, u, g) for r, u in w.pairs() for g in w.blocks
            if g not in (r, u) and g not in s.above(r) and g not in _under(s, r) and _can_top(s, g)]
    if not opts:
        return None
    r, u, g = w.rng.choice(opts)
    text = w.rng.choice([
        f"The block that the {r} is sitting on should stay put; move the {r} onto the {g}.",
        f"Stack the {r} on the {g}, and leave the block directly under the {r} where it is.",
    ])
    return text, _done(rels(Rel("on", r, g)), kept(u))


# ----- keep -----------------------------------------------------------------------------------------
def t144_keep_nolonger(w: World) -> Made:
    s = w.state
    opts = [(x, g) for x in w.in_bowls() for g in w.blocks if g != x and _mover_ok(s, x, [g])]
    if not opts:
        return None
    x, g = w.rng.choice(opts)
    bowl = s.base(x)
    text = w.rng.choice([
        f"Keep the {g} where it is, but the {x} should no longer be in the {bowl}.",
        f"The {x} should no longer be in the {bowl}; keep the {g} just as it is.",
    ])
    return text, _done(rels(_neg(Rel("in", x, bowl))), kept(g))


def t144_keep_still(w: World) -> Made:
    s = w.state
    opts = [(x, bowl, y) for x in w.blocks if s.is_clear(x) for bowl in w.bowls if s.base(x) != bowl
            for y in w.blocks if y != x]
    if not opts:
        return None
    x, bowl, y = w.rng.choice(opts)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice([
        f"Put the {x} in the {bowl}, and keep every other block where it is now, so the {y} is still "
        f"{_where(s, y)}.",
        f"Keep everything as it is apart from the {x}, which goes in the {bowl}; the {y}, for one, should still "
        f"be {_where(s, y)}.",
    ])
    return text, _done(rels(Rel("in", x, bowl)), kept(*others))


def t144_keep_already(w: World) -> Made:
    s = w.state
    opts = [(r, g, b) for r in w.blocks for g in w.blocks for b in w.blocks
            if len({r, g, b}) == 3 and s.support[g] != b and _mover_ok(s, g, [r]) and r not in s.above(b)
            and g not in _under(s, b) and _can_top(s, b)]
    if not opts:
        return None
    r, g, b = w.rng.choice(opts)
    text = w.rng.choice([
        f"The {r} is already {_where(s, r)}, which is where I want it, so keep it there; stack the {g} on the "
        f"{b}.",
        f"Stack the {g} on the {b}. Keep the {r} {_where(s, r)}, where it already is.",
    ])
    return text, _done(rels(Rel("on", g, b)), kept(r))


def t144_keep_anymore(w: World) -> Made:
    s = w.state
    opts = [(t, u, k) for t, u in w.pairs() for k in w.blocks if _mover_ok(s, t, [k])]
    if not opts:
        return None
    t, u, k = w.rng.choice(opts)
    text = w.rng.choice([
        f"I don't need the {t} on the {u} anymore; move it to the table, but keep the {k} where it is.",
        f"Keep the {k} in its spot, and put the {t} on the table: it shouldn't be on the {u} any more.",
    ])
    return text, _done(rels(Rel("on_table", t)), kept(k))


def t144_keep_yet(w: World) -> Made:
    s = w.state
    opts = [(x, bowl) for bowl in w.bowls if s.in_bowl(bowl) for x in w.blocks if s.base(x) != bowl]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = w.rng.choice([
        f"The {x} isn't in the bin yet: get it there by the end, and keep whatever is in the {bowl} as it is.",
        f"Keep the blocks in the {bowl} as they are, and by the time you're done the {x} should be in the bin, "
        f"where it isn't yet.",
    ])
    return text, _done(binned([x]), kept(*s.in_bowl(bowl)))


def t144_keep_stay(w: World) -> Made:
    s = w.state
    opts = [(x, bowl, r, g) for x in w.blocks for bowl in w.bowls if s.base(x) != bowl
            for r in w.blocks for g in w.blocks if r < g and _mover_ok(s, x, [r, g])]
    if not opts:
        return None
    x, bowl, r, g = w.rng.choice(opts)
    text = w.rng.choice([
        f"Make sure the {r} and the {g} both stay where they are, and move the {x} into the {bowl}.",
        f"Move the {x} into the {bowl}. Keep the {r} and the {g} right where they are now.",
    ])
    return text, _done(rels(Rel("in", x, bowl)), kept(r, g))


# ----- multi_step -----------------------------------------------------------------------------------
def t144_multi_nolonger(w: World) -> Made:
    s = w.state
    opts = [(t, u, bowl) for t, u in w.pairs() for bowl in w.bowls if s.base(u) != bowl]
    if not opts:
        return None
    t, u, bowl = w.rng.choice(opts)
    text = w.rng.choice([
        f"First take the {t} off the {u}, then put the {u} in the {bowl}. By the end, the {t} should no longer "
        f"be on the {u}.",
        f"Lift the {t} off the {u} so it's no longer on it, and after that move the {u} into the {bowl}.",
    ])
    return text, _done(rels(Rel("in", u, bowl), _neg(Rel("on", t, u))))


def t144_multi_still(w: World) -> Made:
    s = w.state
    opts = [(a, c, d, y) for a in w.blocks for c in w.blocks for d in w.blocks for y in w.blocks
            if len({a, c, d, y}) == 4 and s.support[c] != d and _can_top(s, d) and c not in _under(s, d)
            and y not in s.above(a) + s.above(c) + s.above(d)]
    if not opts:
        return None
    a, c, d, y = w.rng.choice(opts)
    text = w.rng.choice([
        f"First put the {a} in the bin, then stack the {c} on the {d}. The {y} should still be {_where(s, y)} "
        f"at the end.",
        f"Step one, the {a} goes in the bin; step two, the {c} goes on the {d}. Afterwards the {y} is still "
        f"{_where(s, y)}.",
    ])
    return text, _done(rels(Rel("in_bin", a), Rel("on", c, d), _now(s, y)))


def t144_multi_already(w: World) -> Made:
    s = w.state
    opts = [(r, g, y) for r in w.in_bowls() for g in w.blocks for y in w.blocks
            if len({r, g, y}) == 3 and g not in _under(s, r) and y not in _under(s, r) and s.support[y] != r
            and _can_top(s, r)]
    if not opts:
        return None
    r, g, y = w.rng.choice(opts)
    bowl = s.base(r)
    text = w.rng.choice([
        f"The {r} is already in the {bowl}. Next, put the {g} in the bin, and after that stack the {y} on the "
        f"{r}.",
        f"Leave the {r} in the {bowl}, where it already is; first drop the {g} in the bin, then set the {y} on "
        f"top of the {r}.",
    ])
    return text, _done(rels(Rel("in_bin", g), Rel("on", y, r), Rel("in", r, bowl)))


def t144_multi_anymore(w: World) -> Made:
    s = w.state
    opts = [(r, g) for r in w.in_bowls() for g in w.blocks if s.base(g) != s.base(r)]
    if not opts:
        return None
    r, g = w.rng.choice(opts)
    bowl = s.base(r)
    text = w.rng.choice([
        f"Take the {r} out of the {bowl}, then put the {g} into that bowl; the {r} shouldn't be in there "
        f"anymore.",
        f"First get the {r} out of the {bowl} for good, and then put the {g} in the {bowl}. The {r} isn't to be "
        f"in it any more.",
    ])
    return text, _done(rels(_neg(Rel("in", r, bowl)), Rel("in", g, bowl)))


def t144_multi_yet(w: World) -> Made:
    s = w.state
    opts = [(r, g) for r in w.blocks if not _loose(s, r) for g in w.blocks if g != r and s.support[g] != r]
    if not opts:
        return None
    r, g = w.rng.choice(opts)
    text = w.rng.choice([
        f"Step one: put the {r} on the table. Step two: put the {g} on top of it. Neither step is done yet.",
        f"The {r} isn't on the table yet: put it there first, and then stack the {g} on it.",
    ])
    return text, _done(rels(Rel("on_table", r), Rel("on", g, r)))


def t144_multi_stay(w: World) -> Made:
    s = w.state
    opts = [(r, bowl, g, y) for r in w.blocks for bowl in w.bowls if s.base(r) != bowl for g in w.blocks
            for y in w.blocks if len({r, g, y}) == 3 and _mover_ok(s, r, [y]) and _mover_ok(s, g, [y])]
    if not opts:
        return None
    r, bowl, g, y = w.rng.choice(opts)
    text = w.rng.choice([
        f"First put the {r} in the {bowl}, then put the {g} in the bin; the {y} stays where it is the whole "
        f"time.",
        f"Put the {r} into the {bowl} and, once that's done, the {g} into the bin. The {y} should remain "
        f"where it is.",
    ])
    return text, _done(rels(Rel("in", r, bowl), Rel("in_bin", g)), kept(y))


# ----- question -------------------------------------------------------------------------------------
def t144_q_nolonger(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        r = w.rng.choice(inside)
        bowl = s.base(r)
    else:
        r = w.rng.choice(w.blocks)
        bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([
        f"Is the {r} no longer in the {bowl}?",
        f"Is it true that the {r} is no longer in the {bowl}?",
    ])
    return text, answered(yes(s.base(r) != bowl))


def t144_q_still(w: World) -> Made:
    s = w.state
    supported = [b for b in w.blocks if s.support[b] in s.support or s.support[b] in s.bowls]
    if supported and w.rng.random() < 0.5:
        r = w.rng.choice(supported)
        target, truth = s.support[r], True
    else:
        r = w.rng.choice(w.blocks)
        targets = [t for t in [*w.bowls, *w.blocks] if t != r and t not in _under(s, r) and t != s.base(r)]
        if not targets:
            return None
        target, truth = w.rng.choice(targets), False
    if target in s.bowls:
        text = w.rng.choice([f"Is the {r} still in the {target}?", f"Is the {r} still sitting in the {target}?"])
    else:
        text = w.rng.choice([f"Is the {r} still on the {target}?", f"Is the {r} still stacked on the {target}?"])
    return text, answered(yes(truth))


def t144_q_already(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice([
        f"How many blocks are already in the {bowl}?",
        f"How many blocks does the {bowl} already hold?",
    ])
    return text, answered(str(len(s.in_bowl(bowl))))


def t144_q_anymore(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        bowl = w.rng.choice(w.bowls)
        text = w.rng.choice([
            f"Is there anything in the {bowl} anymore?",
            f"Does the {bowl} have any blocks in it any more?",
        ])
        return text, answered(yes(bool(s.in_bowl(bowl))))
    g = w.rng.choice(w.blocks)
    text = f"Does the {g} have anything on top of it anymore?"
    return text, answered(yes(not s.is_clear(g)))


def t144_q_yet(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        bowl = w.rng.choice(w.bowls)
        return f"Is the {bowl} empty yet?", answered(yes(not s.in_bowl(bowl)))
    r = w.rng.choice(w.blocks)
    text = w.rng.choice([f"Is the {r} in a bowl yet?", f"Has the {r} been put in any bowl yet?"])
    return text, answered(yes(s.base(r) in s.bowls))


def t144_q_stay(w: World) -> Made:
    s = w.state
    tops = [(t, u) for t, u in w.pairs() if s.is_clear(t)]
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if tops and (not full or w.rng.random() < 0.5):
        t, u = w.rng.choice(tops)
        text = w.rng.choice([f"Which block remains on top of the {u}?", f"What block is still sitting on the {u}?"])
        return text, answered(w.colour(t))
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice([f"How many blocks remain in the {bowl}?", f"How many blocks are still in the {bowl}?"])
    return text, answered(str(len(s.in_bowl(bowl))))


# ----- matching -------------------------------------------------------------------------------------
def _undone(w: World) -> list[Rel]:
    return [r for r in matching(w) if not holds(r, w.state)]


def t144_match_nolonger(w: World) -> Made:
    want = matching(w)
    todo = _undone(w)
    if not todo:
        return None
    if len(want) == 1:
        x = want[0].block
        text = w.rng.choice([
            f"The {x} should no longer be outside the bowl of its own colour.",
            f"The {x} should no longer be anywhere but the {want[0].target}.",
        ])
    else:
        text = w.rng.choice([
            "Every block that has a bowl of its own colour should no longer be outside that bowl.",
            "No block whose colour matches a bowl should be outside that bowl any longer.",
        ])
    return text, _done(rels(*want))


def t144_match_still(w: World) -> Made:
    s = w.state
    opts = [(rel, y) for rel in _undone(w) for y in w.blocks if _mover_ok(s, rel.block, [y])]
    if not opts:
        return None
    rel, y = w.rng.choice(opts)
    x = rel.block
    text = w.rng.choice([
        f"Put the {x} in the bowl of the same colour; the {y} should still be {_where(s, y)} at the end.",
        f"The {y} should still be {_where(s, y)} when you finish, and the {x} goes into the bowl that matches it.",
    ])
    return text, _done(rels(rel, _now(s, y)))


def t144_match_already(w: World) -> Made:
    s = w.state
    todo = _undone(w)
    if not todo:
        return None
    rel = w.rng.choice(todo)
    x, bowl = rel.block, rel.target
    done = [r for r in matching(w) if holds(r, s)]
    if done:
        d = w.rng.choice(done)
        text = (f"The {d.block} is already in the {d.target}, the bowl of its colour; put the {x} in its matching "
                f"bowl as well.")
        return text, _done(rels(rel, d))
    inside = s.in_bowl(bowl)
    if inside:
        c = w.rng.choice(inside)
        text = f"The {bowl} already has the {c} in it; put the {x} in there too, since they're the same colour."
        return text, _done(rels(rel, Rel("in", c, bowl)))
    text = f"The {bowl} is empty already, so there's room for the {x}: put it in there, since they're the same colour."
    return text, _done(rels(rel))


def t144_match_anymore(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.blocks if s.base(b) in s.bowls and w.colour(b) != w.colour(s.base(b))]
    if not wrong:
        return None
    text = w.rng.choice([
        "No block should sit in a bowl of a different colour anymore.",
        "I don't want any block in a bowl that isn't its own colour any more.",
    ])

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.colours[b] == f.colours[f.base(b)] for b in f.blocks if f.base(b) in f.bowls)

    return text, _done(check)


def t144_match_yet(w: World) -> Made:
    todo = _undone(w)
    if not todo:
        return None
    rel = w.rng.choice(todo)
    x, bowl = rel.block, rel.target
    text = w.rng.choice([
        f"The {x} isn't in the {bowl} yet; by the end it should be, since they're the same colour.",
        f"By the time you're done, the {x} should be in the bowl that matches it; it isn't there yet.",
    ])
    return text, _done(rels(rel))


def t144_match_stay(w: World) -> Made:
    s = w.state
    want = matching(w)
    todo = _undone(w)
    if not todo:
        return None
    matched = {r.block for r in want}
    others = [b for b in w.blocks if b not in matched]
    if not all(_mover_ok(s, r.block, others) for r in todo):
        return None
    text = w.rng.choice([
        "Put each block that has a bowl of its own colour into that bowl, and leave every other block where it is.",
        "Every block with a same-coloured bowl goes into it; the blocks without one stay exactly where they are.",
    ])
    return text, _done(rels(*want), kept(*others))


# ----- the batch ------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nolonger", "still", "already", "anymore", "yet", "stay")
FRESH144: list[Template] = [
    (f"t144_{short}_{style}", category, globals()[f"t144_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
