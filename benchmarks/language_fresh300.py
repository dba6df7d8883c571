"""`FRESH300`, the three-hundred-and-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the loose blocks into the bin, leaving some things as they are, and plain
questions about the table (one or two in a message). The six personas:
- waitress: a waitress, quick and friendly: "hiya, could you pop the red block in the blue bowl for me? thanks a bunch!"
- hindi3: a Hindi speaker writing English with small slips, object names right: "Please take the red block and keep
  it on top of the green block."
- accountant2: an accountant, careful with counts: "Put exactly two blocks into the blue bowl: no more, no fewer."
- gamer3: a gamer, casual with game slang: "yeet the red block into the bin lol"
- nan3: a nan, warm and chatty: "What I'd really like, sweetheart, is the red block in the blue bowl. Would you do
  that for me?"
- plain81: a plain, ordinary adult with no quirks at all: "The blue bowl should be empty when you're done."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5fafd4a, the code of 5fafd4a, before anything it could prompt): 0.9667
goal-correct (290 of 300), 10 refused, no question, no wrong action. The refusals: a Hindi speaker's 'Put X in W, but Y
should not move from its place.', a gamer's 'yo match W, put the same color block in it ez'.
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

_CORNERS = list(PLACES[:4])
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _hand_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every wanted check holds and the gripper is empty at the end."""
    return both(*checks, _hand_empty)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence, unless its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _live(w: World) -> list[str]:
    """Blocks that can be picked: not in the bin, not held."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _below(s: SymState, b: str) -> list[str]:
    """Every block under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _tower_of(s: SymState, b: str) -> list[str]:
    return [*_below(s, b), b, *s.above(b)]


def _stackable(s: SymState, a: str, b: str) -> bool:
    """Whether `a` can end up directly on `b` without taking `b`'s tower apart or passing the tower limit."""
    return a != b and a not in _below(s, b) and len(_below(s, b)) + 2 <= layout.MAX_TOWER


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _fits(s: SymState, bowl: str, blocks: list[str]) -> bool:
    return len([b for b in blocks if s.base(b) != bowl]) <= _room(s, bowl)


def _loose(w: World) -> list[str]:
    """Blocks whose tower stands on the table (not in a bowl, not in the bin)."""
    return [b for b in _live(w) if w.state.base(b) in _GROUND]


def _bowl_of_colour(w: World, colour: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == colour), None)


def _block_of_colour(w: World, colour: str) -> str | None:
    return next((b for b in _live(w) if w.colour(b) == colour), None)


def _nearest(w: World, to: str, among: list[str], margin: float = 0.03) -> str | None:
    """The one block of `among` clearly nearest to `to` (None on a near tie)."""
    ranked = sorted(among, key=lambda b: w.dist(b, to))
    if not ranked:
        return None
    if len(ranked) > 1 and w.dist(ranked[1], to) - w.dist(ranked[0], to) < margin:
        return None
    return ranked[0]


def _where(s: SymState, b: str) -> str:
    """What `b` rests on directly: a block, a bowl, a named place or the table."""
    return s.support[b]


# ----- imperative -------------------------------------------------------------------------------------
def t300_imp_waitress(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if _room(w.state, bw) > 0])
    a = _one(w, [b for b in _live(w) if w.state.base(b) != bowl]) if bowl else None
    if not a or not bowl:
        return None
    return _made(w, f"hiya, could you pop the {a} in the {bowl} for me? thanks a bunch!",
                 _act(rels(Rel("in", a, bowl))))


def t300_imp_hindi3(w: World) -> Made:
    live = _live(w)
    pairs = [(a, b) for a in live for b in live if _stackable(w.state, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please take the {a} and keep it on top of the {b}.", _act(rels(Rel("on", a, b))))


def t300_imp_accountant2(w: World) -> Made:
    a, place = _one(w, _live(w)), w.rng.choice(_CORNERS)
    if not a:
        return None
    return _made(w, f"Please relocate the {a} to the {place} of the table. Thank you.",
                 _act(rels(Rel("at", a, place))))


def t300_imp_gamer3(w: World) -> Made:
    a = _one(w, _live(w))
    if not a:
        return None
    return _made(w, f"yeet the {a} into the bin lol", _act(binned([a])))


def t300_imp_nan3(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a)
    return _made(w, f"Hello dear, could you lift the {a} out of the {bowl} and set it down on the table for me? "
                    "Thank you ever so much.", _act(rels(Rel("on_table", a))))


def t300_imp_plain81(w: World) -> Made:
    live = _live(w)
    bottoms = [b for b in live if w.state.base(b) in _GROUND]
    a = _one(w, bottoms)
    rest = [b for b in live if b != a]
    if not a or len(rest) < 2:
        return None
    b, c = w.pick(rest, 2)
    return _made(w, f"Build a tower with the {a} at the bottom, the {b} in the middle and the {c} on top.",
                 _act(rels(Rel("stacked", a, b, c))))


# ----- declarative ------------------------------------------------------------------------------------
def t300_dec_waitress(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if _room(w.state, bw) > 0])
    a = _one(w, [b for b in _live(w) if w.state.base(b) != bowl]) if bowl else None
    if not a or not bowl:
        return None
    return _made(w, f"the {a} goes in the {bowl}, hun. cheers!", _act(rels(Rel("in", a, bowl))))


def t300_dec_hindi3(w: World) -> Made:
    live = _live(w)
    pairs = [(a, b) for a in live for b in live if _stackable(w.state, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} should be on the {b}, right now it is at wrong place.", _act(rels(Rel("on", a, b))))


def t300_dec_accountant2(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if _room(w.state, bw) > 0])
    if not bowl:
        return None
    b = _one(w, [x for x in _live(w) if w.state.base(x) != bowl])
    a = _one(w, [x for x in _live(w) if x != b])
    if not a or not b:
        return None
    return _made(w, f"The {a} should end up in the bin, and the {b} should end up in the {bowl}.",
                 _act(binned([a]), rels(Rel("in", b, bowl))))


def t300_dec_gamer3(w: World) -> Made:
    a, place = _one(w, _live(w)), w.rng.choice(_CORNERS)
    if not a:
        return None
    return _made(w, f"objective: the {a} in the {place}. go go", _act(rels(Rel("at", a, place))))


def t300_dec_nan3(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a)
    return _made(w, f"Oh, the {a} ought to be sitting on the table, dear, not in the {bowl}.",
                 _act(rels(Rel("on_table", a))))


def t300_dec_plain81(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if w.state.in_bowl(bw)])
    if not bowl:
        return None
    return _made(w, f"The {bowl} should be empty when you're done.", _act(empty(bowl)))


# ----- desiderative -----------------------------------------------------------------------------------
def t300_des_waitress(w: World) -> Made:
    live = _live(w)
    pairs = [(a, b) for a in live for b in live if _stackable(w.state, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"i'd love the {a} on top of the {b} when you get a sec!", _act(rels(Rel("on", a, b))))


def t300_des_hindi3(w: World) -> Made:
    a = _one(w, _live(w))
    if not a:
        return None
    return _made(w, f"I want that the {a} should go in the bin.", _act(binned([a])))


def t300_des_accountant2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    if not _fits(w.state, bowl, [a, b]):
        return None
    return _made(w, f"I would like both the {a} and the {b} placed in the {bowl}, please.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t300_des_gamer3(w: World) -> Made:
    cands = _loose(w)
    if len(cands) < 3:
        return None
    a, b, c = w.pick(cands, 3)
    return _made(w, f"i want a tower outta the {a}, the {b} and the {c}, order doesnt matter",
                 _act(rels(Rel("tower", a, b, c))))


def t300_des_nan3(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if _room(w.state, bw) > 0])
    a = _one(w, [b for b in _live(w) if w.state.base(b) != bowl]) if bowl else None
    if not a or not bowl:
        return None
    return _made(w, f"What I'd really like, sweetheart, is the {a} in the {bowl}. Would you do that for me?",
                 _act(rels(Rel("in", a, bowl))))


def t300_des_plain81(w: World) -> Made:
    a, place = _one(w, _live(w)), w.rng.choice(list(PLACES))
    if not a:
        return None
    return _made(w, f"My goal is to have the {a} sitting in the {place}.", _act(rels(Rel("at", a, place))))


# ----- quantified -------------------------------------------------------------------------------------
def t300_qua_waitress(w: World) -> Made:
    loose = _loose(w)
    if not loose:
        return None
    return _made(w, "could you bin all the blocks that aren't in a bowl? thanks so much!", _act(binned(loose)))


def t300_qua_hindi3(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if w.state.in_bowl(bw)])
    if not bowl:
        return None
    return _made(w, f"Please put each and every block which is in the {bowl} into the bin.",
                 _act(binned(w.state.in_bowl(bowl))))


def t300_qua_accountant2(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if not w.state.in_bowl(bw)])
    if not bowl or len(_live(w)) < 2:
        return None
    return _made(w, f"Put exactly two blocks into the {bowl}: no more, no fewer.", _act(count_in(bowl, 2)))


def t300_qua_gamer3(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    check: Check = lambda _i, f: all(f.base(b) in f.bowls for b in f.blocks)
    return _made(w, "get every single block into a bowl, any bowl works", _act(check))


def t300_qua_nan3(w: World) -> Made:
    if len(w.bowls) < 2 or w.in_bowls() or len(_live(w)) < len(w.bowls):
        return None
    check: Check = lambda _i, f: all(len(f.in_bowl(bw)) == 1 for bw in f.bowls)
    return _made(w, "Would you put one block in each of the bowls for me, dear? Any of the blocks will do.",
                 _act(check))


def t300_qua_plain81(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    check: Check = lambda _i, f: all(f.base(b) not in f.bowls for b in f.blocks) and all(
        f.base(b) in _GROUND for b in inside)
    return _made(w, "Take all the blocks out of the bowls and put them on the table.", _act(check))


# ----- negated ----------------------------------------------------------------------------------------
def t300_neg_waitress(w: World) -> Made:
    live = _live(w)
    a = _one(w, live)
    if not a or len(live) < 2:
        return None
    return _made(w, f"all the blocks in the bin except the {a} please!",
                 _act(binned([b for b in live if b != a]), none_binned([a])))


def t300_neg_hindi3(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a)
    check: Check = lambda _i, f: f.base(a) not in (bowl, BIN)
    return _made(w, f"Take the {a} out from the {bowl}, but don't put it in the bin.", _act(check))


def t300_neg_accountant2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    outside = [b for b in _live(w) if w.state.base(b) != bowl]
    if len(outside) < 2:
        return None
    a, b = w.pick(outside, 2)
    others = [x for x in _live(w) if x not in (a, b)]
    if not others or len(others) > layout.BOWL_CAPACITY:
        return None
    keep_out: Check = lambda _i, f: f.base(a) != bowl and f.base(b) != bowl
    return _made(w, f"Move every block except the {a} and the {b} into the {bowl}.",
                 _act(rels(*(Rel("in", x, bowl) for x in others)), keep_out))


def t300_neg_gamer3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    if not [c for c in _live(w) if c not in (a, b) and c not in w.state.above(a) and _stackable(w.state, a, c)]:
        return None
    check: Check = lambda _i, f: f.support[a] in f.support and not holds(Rel("on", a, b), f)
    return _made(w, f"move the {a} onto some other block, just not the {b}", _act(check))


def t300_neg_nan3(w: World) -> Made:
    bowls = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) >= 2]
    bowl = _one(w, bowls)
    if not bowl:
        return None
    a = _one(w, [b for b in w.state.in_bowl(bowl) if w.state.support[b] == bowl])
    if not a:
        return None
    others = [b for b in w.state.in_bowl(bowl) if b != a]
    out: Check = lambda _i, f: all(f.base(b) != bowl for b in others)
    return _made(w, f"Could you clear out the {bowl} for me, love, all except the {a}? That one can stay put.",
                 _act(out, kept(a)))


def t300_neg_plain81(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    a = _one(w, _live(w))
    if not a or not any(_room(w.state, bw) > 0 for bw in w.bowls if bw != bowl):
        return None
    check: Check = lambda _i, f: f.base(a) in f.bowls and f.base(a) != bowl
    return _made(w, f"Put the {a} in a bowl, but not the {bowl}.", _act(check))


# ----- relative ---------------------------------------------------------------------------------------
def t300_rel_waitress(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, b = w.rng.choice(pairs)
    bowl = _one(w, [bw for bw in w.bowls if _room(w.state, bw) > 0 and w.state.base(top) != bw])
    if not bowl:
        return None
    return _made(w, f"grab the block that's sitting on the {b} and pop it in the {bowl}, thanks!",
                 _act(rels(Rel("in", top, bowl))))


def t300_rel_hindi3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, below = w.rng.choice(pairs)
    return _made(w, f"The block which is below the {a}, please put that one in the bin.", _act(binned([below])))


def t300_rel_accountant2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _nearest(w, bowl, [b for b in _live(w) if w.state.base(b) not in w.bowls]) if bowl else None
    if not x:
        return None
    place = w.rng.choice(list(PLACES))
    return _made(w, f"Of the blocks that are not in a bowl, take the one closest to the {bowl} and move it to the "
                    f"{place}.", _act(rels(Rel("at", x, place))))


def t300_rel_gamer3(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1])
    if not bowl:
        return None
    x = w.state.in_bowl(bowl)[0]
    b = _one(w, [b for b in _live(w) if _stackable(w.state, x, b)])
    if not b:
        return None
    return _made(w, f"whatever block is in the {bowl}, stack it on the {b}", _act(rels(Rel("on", x, b))))


def t300_rel_nan3(w: World) -> Made:
    s = w.state
    alone = [b for b in _live(w) if s.is_clear(b) and s.support[b] not in s.support]
    a = _one(w, alone)
    if not a:
        return None
    near = _nearest(w, a, [b for b in _live(w) if b != a])
    if not near or not s.is_clear(near) or s.support[near] in s.support or s.base(near) not in _GROUND:
        return None
    return _made(w, f"Would you put the {a} on top of whichever block is nearest to it, dear?",
                 _act(rels(Rel("on", a, near))))


def t300_rel_plain81(w: World) -> Made:
    s = w.state
    tops = [t for t, _b in w.pairs() if s.is_clear(t)]
    if len(tops) != 1:
        return None
    top = tops[0]
    bowl = _one(w, [bw for bw in w.bowls if _room(s, bw) > 0 and s.base(top) != bw])
    if not bowl:
        return None
    return _made(w, f"Put the top block of the tower in the {bowl}.", _act(rels(Rel("in", top, bowl))))


# ----- keep -------------------------------------------------------------------------------------------
def t300_keep_waitress(w: World) -> Made:
    s, live = w.state, _live(w)
    pairs = [(a, b) for a in live for b in live if _stackable(s, a, b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    c = _one(w, [c for c in live if c not in (a, b) and c not in s.above(a) and c not in s.above(b)])
    if not c:
        return None
    return _made(w, f"could you move the {a} onto the {b}? leave the {c} where it is though, thanks!",
                 _act(rels(Rel("on", a, b)), kept(c)))


def t300_keep_hindi3(w: World) -> Made:
    s = w.state
    bowl = _one(w, [bw for bw in w.bowls if _room(s, bw) > 0])
    a = _one(w, [b for b in _live(w) if s.base(b) != bowl]) if bowl else None
    if not a or not bowl:
        return None
    c = _one(w, [c for c in _live(w) if c != a and c not in s.above(a)])
    if not c:
        return None
    return _made(w, f"Put the {a} in the {bowl}, but the {c} should not move from its place.",
                 _act(rels(Rel("in", a, bowl)), kept(c)))


def t300_keep_accountant2(w: World) -> Made:
    s = w.state
    bowl = _one(w, [bw for bw in w.bowls if s.in_bowl(bw)])
    if not bowl:
        return None
    c = _one(w, [c for c in _live(w) if s.base(c) != bowl])
    if not c:
        return None
    return _made(w, f"Empty the {bowl} into the bin, but keep the {c} exactly where it is.",
                 _act(binned(s.in_bowl(bowl)), kept(c)))


def t300_keep_gamer3(w: World) -> Made:
    s = w.state
    a, place = _one(w, _live(w)), w.rng.choice(_CORNERS)
    if not a:
        return None
    c = _one(w, [c for c in _live(w) if c != a and c not in s.above(a)])
    if not c:
        return None
    return _made(w, f"drop the {a} in the {place} but the {c} stays put, dont touch it",
                 _act(rels(Rel("at", a, place)), kept(c)))


def t300_keep_nan3(w: World) -> Made:
    s = w.state
    bowl = _one(w, [bw for bw in w.bowls if s.in_bowl(bw)])
    if not bowl:
        return None
    a = _one(w, [b for b in _live(w) if s.base(b) != bowl])
    if not a:
        return None
    return _made(w, f"Could you pop the {a} into the bin, love, and leave whatever's in the {bowl} just as it is?",
                 _act(binned([a]), kept(*s.in_bowl(bowl))))


def t300_keep_plain81(w: World) -> Made:
    s = w.state
    loose = _loose(w)
    c = _one(w, [b for b in loose if s.support[b] in _GROUND])
    rest = [b for b in loose if b != c]
    if not c or not rest:
        return None
    return _made(w, f"Put all the blocks that are sitting on the table (not the ones in bowls) into the bin, but keep "
                    f"the {c} where it is.", _act(binned(rest), kept(c)))


# ----- multi-step -------------------------------------------------------------------------------------
def t300_multi_waitress(w: World) -> Made:
    s, live = w.state, _live(w)
    pairs = [(b, c) for b in live for c in live if _stackable(s, b, c) and s.support[b] != c]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    a = _one(w, [a for a in live if a not in _tower_of(s, b) and a not in _tower_of(s, c)])
    if not a:
        return None
    return _made(w, f"first pop the {a} in the bin, then put the {b} on the {c}, thanks!",
                 _act(binned([a]), rels(Rel("on", b, c))))


def t300_multi_hindi3(w: World) -> Made:
    s = w.state
    a = _one(w, w.in_bowls())
    if not a:
        return None
    bowl = s.base(a)
    b = _one(w, [b for b in _live(w) if s.base(b) != bowl])
    if not b:
        return None
    return _made(w, f"First take out the {a} from the {bowl} and put it on table, after that put the {b} in the "
                    f"{bowl}.", _act(rels(Rel("on_table", a), Rel("in", b, bowl))))


def t300_multi_accountant2(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    p1, p2 = w.pick(list(PLACES), 2)
    return _made(w, f"Step one: move the {a} to the {p1}. Step two: move the {b} to the {p2}.",
                 _act(rels(Rel("at", a, p1), Rel("at", b, p2))))


def t300_multi_gamer3(w: World) -> Made:
    s, live = w.state, _live(w)
    a = _one(w, [x for x in live if len(_below(s, x)) + 3 <= layout.MAX_TOWER])
    if not a:
        return None
    rest = [x for x in live if x != a and x not in _below(s, a)]
    if len(rest) < 2:
        return None
    b, c = w.pick(rest, 2)
    return _made(w, f"ok first stack the {b} on the {a}, then the {c} on top of the {b}",
                 _act(rels(Rel("on", b, a), Rel("on", c, b))))


def t300_multi_nan3(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    cands = [b for b in _live(w) if s.base(b) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    if not _fits(s, bowl, [a, b]):
        return None
    return _made(w, f"First, dear, put the {a} into the {bowl}, and once that's done pop the {b} in there with it.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t300_multi_plain81(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    off: Check = lambda _i, f: f.support[a] != b and f.base(a) != BIN
    return _made(w, f"Take the {a} off the {b}, then put the {b} in the bin.", _act(off, binned([b])))


# ----- question ---------------------------------------------------------------------------------------
def _on_question(w: World) -> tuple[str, str, bool] | None:
    """(a, b, a is directly on b); a "no" pair never has a anywhere above b."""
    s, live = w.state, _live(w)
    if w.rng.random() < 0.5 and w.pairs():
        a, b = w.rng.choice(w.pairs())
        return a, b, True
    cands = [(a, b) for a in live for b in live if a != b and a not in s.above(b)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    return a, b, False


def t300_q_waitress(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    return f"quick one, how many blocks are in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t300_q_hindi3(w: World) -> Made:
    q = _on_question(w)
    if not q:
        return None
    a, b, flag = q
    return f"Is the {a} kept on the {b}?", answered(yes(flag))


def _counted_bowl(w: World) -> str | None:
    """A bowl to count, one with blocks in it where there is one."""
    return _one(w, [bw for bw in w.bowls if w.state.in_bowl(bw)] or w.bowls)


def t300_q_accountant2(w: World) -> Made:
    bowl = _counted_bowl(w)
    if not bowl:
        return None
    n = len(w.state.in_bowl(bowl))
    return (f"How many blocks are there in total, and how many of them are in the {bowl}?",
            answered(f"{len(w.blocks)}|{n}"))


def t300_q_gamer3(w: World) -> Made:
    s = w.state
    a = _one(w, [b for b in _live(w) if not (s.support[b] in s.support and s.base(b) in s.bowls)])
    if not a:
        return None
    return f"wheres the {a} at", answered(_where(s, a))


def t300_q_nan3(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.6 and w.pairs():
        _t, b = w.rng.choice(w.pairs())
    else:
        b = _one(w, _live(w))
    if not b:
        return None
    tops = s.on_top(b)
    return (f"Oh, what's sitting on top of the {b}, dear? My eyes aren't what they used to be.",
            answered(tops[0] if tops else "nothing"))


def t300_q_plain81(w: World) -> Made:
    bowl = _counted_bowl(w)
    q = _on_question(w)
    if not bowl or not q:
        return None
    a, b, flag = q
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks are in the {bowl}, and is the {a} on the {b}?", answered(f"{n}|{yes(flag).lower()}")


# ----- matching ---------------------------------------------------------------------------------------
def t300_match_waitress(w: World) -> Made:
    want = matching(w)
    if not want or any(r.block not in _live(w) for r in want):
        return None
    if any(not _fits(w.state, bw, [r.block for r in want if r.target == bw]) for bw in w.bowls):
        return None
    return _made(w, "could you put each block in the bowl that's the same colour as it? thanks a million!",
                 _act(rels(*want)))


def t300_match_hindi3(w: World) -> Made:
    want = [r for r in matching(w) if r.block in _live(w) and _fits(w.state, r.target, [r.block])]
    r = w.rng.choice(want) if want else None
    if not r:
        return None
    return _made(w, f"Please put the {r.block} in the bowl which is having same colour as it.", _act(rels(r)))


def t300_match_accountant2(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    if not want or not rest or any(r.block not in _live(w) for r in want):
        return None
    if any(not _fits(w.state, bw, [r.block for r in want if r.target == bw]) for bw in w.bowls):
        return None
    return _made(w, "Please sort the blocks: each block that has a bowl of the same colour goes into that bowl, and "
                    "every other block goes into the bin.", _act(rels(*want), binned(rest)))


def t300_match_gamer3(w: World) -> Made:
    pairs = [(bw, _block_of_colour(w, w.colour(bw))) for bw in w.bowls]
    pairs = [(bw, m) for bw, m in pairs if m and _fits(w.state, bw, [m])]
    if not pairs:
        return None
    bowl, m = w.rng.choice(pairs)
    return _made(w, f"yo match the {bowl}, put the same color block in it ez", _act(rels(Rel("in", m, bowl))))


def t300_match_nan3(w: World) -> Made:
    s = w.state
    pairs = [(bw, _block_of_colour(w, w.colour(bw))) for bw in w.bowls]
    pairs = [(bw, m) for bw, m in pairs if m]
    if not pairs:
        return None
    bowl, m = w.rng.choice(pairs)
    a = _one(w, [a for a in _live(w) if _stackable(s, a, m) and s.support[a] != m])
    if not a:
        return None
    return _made(w, f"Would you pop the {a} on top of the block that's the same colour as the {bowl}, love?",
                 _act(rels(Rel("on", a, m))))


def t300_match_plain81(w: World) -> Made:
    rest = [b for b in _live(w) if _bowl_of_colour(w, w.colour(b)) is None]
    if not rest:
        return None
    return _made(w, "Put every block whose colour doesn't match any of the bowls in the bin.", _act(binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("waitress", "hindi3", "accountant2", "gamer3", "nan3", "plain81")
FRESH300: list[Template] = [
    (f"t300_{short}_{style}", category, globals()[f"t300_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
