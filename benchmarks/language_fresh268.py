"""`FRESH268`, the two-hundred-and-sixty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, small towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- gardener7: "Pop the red block into the blue bowl, the way you'd pot up a seedling."
- bengali: "Please you put the red block on top of the green block."
- detective: "The blue block. Which bowl is it in? And what's sitting on the red block?"
- teen8: "ugh fine. just throw the red block in the bin. happy now"
- grandad6: "Would you be so kind as to lift the red block off the green block and set it on the table, dear?"
- plain49: "Build a tower with the red block at the bottom, the blue block in the middle and the green block on top."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on caa00d7, the code of a38eaff, before anything it could prompt): 0.7667
goal-correct (230 of 300), 65 refused, no question, no wrong action and five wrong replies. The wrong replies: the
teenager's "how many blocks are just sitting on the table rn. like not in a bowl. asking for a friend". The refusals:
the teenager's "i just want X OFF Y. put it literally anywhere else idc", "can u just put all the blocks in W. yes ALL
of them. no i will not explain", "get X out of W. and no it does NOT go in the bin, why would it", "the block at the
very top of the stack X is in. bin. thx i guess" and "sort the blocks into the bowls that match their colour i guess.
the ones with no matching bowl just leave them where they are"; the grandfather's "My goal, if you can manage it, is a
little tower: X on Y, and Z on top of them both."; the Bengali speaker's "Please put exactly two block in W, not more
than two." and "Please put all the blocks in the bin except X. X no need to move."; the detective's "Everything into W.
Not X. Not Y.", "The block nearest W, not counting anything inside it. Bin it." and "Colours match up. Every block with
a bowl of its own colour goes in that bowl. The rest: bin."; the gardener's "Move X into W, but leave Y right where it's
planted." and "First put X in W, then lay Y on top of it, like mulch over a seed."
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

# ----- helpers --------------------------------------------------------------------------------------


def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    c = _act(check)
    return None if c(w.state, w.state) else (text, c)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _below(s: SymState, b: str) -> list[str]:
    """Every block under `b` in its tower."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _height(s: SymState, b: str) -> int:
    return 1 + len(_below(s, b))


def _can_stack(s: SymState, a: str, b: str) -> bool:
    """Whether `a` can end up directly on `b` without taking `b`'s tower apart."""
    return (a != b and s.base(b) != BIN and s.base(a) != BIN and a not in _below(s, b)
            and _height(s, b) < layout.MAX_TOWER)


def _room(s: SymState, bowl: str, moving: list[str]) -> bool:
    return len(set(s.in_bowl(bowl)) | set(moving)) <= layout.BOWL_CAPACITY


def _free_of(s: SymState, keep: str, *moving: str) -> bool:
    """`keep` is neither one of the moving blocks nor above one of them (so it need not move)."""
    return all(keep != m and keep not in s.above(m) for m in moving)


def _on_table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _off_table(w: World) -> list[str]:
    """Blocks resting on a block or in a bowl (not directly on the table)."""
    return [b for b in _live(w) if w.state.support[b] not in (TABLE, *PLACES)]


def _name(s: SymState, thing: str) -> str:
    return "table" if thing in (TABLE, *PLACES) else thing


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest_single(w: World, point: tuple[float, float], pool: list[str]) -> str | None:
    """The one block of `pool` nearest `point`, when it stands alone (no tower) and clearly nearest."""
    s = w.state

    def d(b: str) -> float:
        x, y = _xy(w, b)
        return ((x - point[0]) ** 2 + (y - point[1]) ** 2) ** 0.5

    ranked = sorted(pool, key=d)
    if len(ranked) < 2:
        return None
    best = ranked[0]
    if not s.is_clear(best) or s.support[best] in s.support:
        return None
    if d(ranked[1]) - d(best) < 0.04:
        return None
    return best


def _not_in(block: str, *places: str) -> Check:
    return lambda _i, f: f.base(block) not in places


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


# ----- imperative -----------------------------------------------------------------------------------


def t268_imp_gardener7(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if s.base(b) != bowl]
    if not cands or not _room(s, bowl, cands[:1]):
        return None
    a = w.pick(cands)[0]
    return _made(w, f"Pop the {a} into the {bowl}, the way you'd pot up a seedling.", rels(Rel("in", a, bowl)))


def t268_imp_bengali(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_stack(s, a, b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"Please you put the {a} on top of the {b}.", rels(Rel("on", a, b)))


def t268_imp_detective(w: World) -> Made:
    a = w.pick(_live(w))[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"The {a}. Move it to the {place}. Now.", rels(Rel("at", a, place)))


def t268_imp_teen8(w: World) -> Made:
    a = w.pick(_live(w))[0]
    return _made(w, f"ugh fine. just throw the {a} in the bin. happy now", binned([a]))


def t268_imp_grandad6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a) and w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"Would you be so kind as to lift the {a} off the {b} and set it down on the table, dear?",
                 _on_table(a))


def t268_imp_plain49(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _live(w) if s.support[b] == TABLE]
    if not bottoms or len(_live(w)) < 3:
        return None
    a = w.pick(bottoms)[0]
    b, c = w.pick([x for x in _live(w) if x != a], 2)
    return _made(w, f"Build a tower with the {a} at the bottom, the {b} in the middle and the {c} on top.",
                 rels(Rel("stacked", a, b, c)))


# ----- declarative ----------------------------------------------------------------------------------


def t268_dec_gardener7(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if s.base(b) != bowl]
    if not cands or not _room(s, bowl, cands[:1]):
        return None
    a = w.pick(cands)[0]
    return _made(w, f"The {a} belongs in the {bowl}, snug as a bulb in its bed.", rels(Rel("in", a, bowl)))


def t268_dec_bengali(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_stack(s, a, b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"The {a} should be sitting on the {b}. Kindly do the needful.", rels(Rel("on", a, b)))


def t268_dec_detective(w: World) -> Made:
    if len(_live(w)) < 2:
        return None
    a, b = w.pick(_live(w), 2)
    return _made(w, f"The {a} goes in the bin. The {b} too.", binned([a, b]))


def t268_dec_teen8(w: World) -> Made:
    a = w.pick(_live(w))[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"ok so the {a} is supposed to be at the {place}. obviously. not that anyone asked me",
                 rels(Rel("at", a, place)))


def t268_dec_grandad6(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"The {bowl} ought to be empty when you're done, there's a good lad.", empty(bowl))


def t268_dec_plain49(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or len(_live(w)) < 2:
        return None
    bowl1, bowl2 = w.pick(w.bowls, 2)
    a, b = w.pick(_live(w), 2)
    if not _room(s, bowl1, [a]) or not _room(s, bowl2, [b]):
        return None
    return _made(w, f"The {a} should be in the {bowl1} and the {b} in the {bowl2}.",
                 rels(Rel("in", a, bowl1), Rel("in", b, bowl2)))


# ----- desiderative ---------------------------------------------------------------------------------


def t268_des_gardener7(w: World) -> Made:
    a = w.pick(_live(w))[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"I'd like the {a} set down at the {place}, like a pot stood out on the patio.",
                 rels(Rel("at", a, place)))


def t268_des_bengali(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if s.base(b) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    if not _room(s, bowl, [a, b]):
        return None
    return _made(w, f"I am wanting the {a} and the {b} both in the {bowl}.",
                 rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t268_des_detective(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_stack(s, a, b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"What I want: the {a} on top of the {b}. Clean job.", rels(Rel("on", a, b)))


def t268_des_teen8(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"i just want the {a} OFF the {b}. put it literally anywhere else idc",
                 lambda _i, f: f.support[a] != b)


def t268_des_grandad6(w: World) -> Made:
    s = w.state
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    if a in _below(s, b) or c in _below(s, b) or _height(s, b) + 2 > layout.MAX_TOWER:
        return None
    return _made(w, f"My goal, if you can manage it, is a little tower: the {a} on the {b}, "
                    f"and the {c} on top of them both.", rels(Rel("on", a, b), Rel("on", c, a)))


def t268_des_plain49(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"I'd like the {bowl} emptied into the bin, please.", both(binned(inside), empty(bowl)))


# ----- quantified -----------------------------------------------------------------------------------


def t268_qua_gardener7(w: World) -> Made:
    live = _live(w)
    return _made(w, "Every single block into the bin, please, the whole lot, like clearing out the old compost.",
                 binned(live))


def t268_qua_bengali(w: World) -> Made:
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not empties or len(_live(w)) < 2:
        return None
    bowl = w.pick(empties)[0]
    return _made(w, f"Please put exactly two block in the {bowl}, not more than two.", count_in(bowl, 2))


def t268_qua_detective(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    return _made(w, "Each bowl gets one block. One per bowl. No exceptions.",
                 lambda _i, f: all(len(f.in_bowl(bw)) == 1 for bw in bowls))


def t268_qua_teen8(w: World) -> Made:
    live = _live(w)
    if len(live) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"can u just put all the blocks in the {bowl}. yes ALL of them. no i will not explain",
                 rels(*(Rel("in", b, bowl) for b in live)))


def t268_qua_grandad6(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    return _made(w, "Could you take all of the blocks out of the bowls and put them on the table, dear? "
                    "Every last one of them.",
                 lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside))


def t268_qua_plain49(w: World) -> Made:
    if len(_live(w)) < 4 or any(w.state.base(b) == BIN for b in w.blocks):
        return None
    return _made(w, "Put any three of the blocks in the bin. It doesn't matter which three.", _bin_count(3))


# ----- negated --------------------------------------------------------------------------------------


def t268_neg_gardener7(w: World) -> Made:
    s = w.state
    full = [bw for bw in w.bowls if s.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = s.in_bowl(bowl)
    outside = [b for b in _live(w) if b not in inside]
    if not outside:
        return None
    return _made(w, f"Every block that isn't in the {bowl} can go in the bin. Leave the {bowl} be, "
                    f"like a bed that's just been sown.", both(binned(outside), kept(*inside)))


def t268_neg_bengali(w: World) -> Made:
    s = w.state
    cands = [b for b in _live(w) if s.support[b] not in s.support]
    if not cands or len(_live(w)) < 2:
        return None
    a = w.pick(cands)[0]
    others = [b for b in _live(w) if b != a]
    return _made(w, f"Please put all the blocks in the bin except the {a}. The {a} no need to move.",
                 both(binned(others), kept(a)))


def t268_neg_detective(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    outside = [b for b in _live(w) if s.base(b) != bowl]
    if len(outside) < 2:
        return None
    a, b = w.pick(outside, 2)
    rest = [x for x in _live(w) if x not in (a, b)]
    if not rest or len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Everything into the {bowl}. Not the {a}. Not the {b}.",
                 both(rels(*(Rel("in", x, bowl) for x in rest)), _not_in(a, bowl), _not_in(b, bowl)))


def t268_neg_teen8(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    return _made(w, f"get the {a} out of the {bowl}. and no it does NOT go in the bin, why would it",
                 _not_in(a, bowl, BIN))


def t268_neg_grandad6(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b = w.pick(live, 2)
    others = [x for x in live if x not in (a, b)]
    return _made(w, f"Put the blocks in the bin, dear, all but the {a} and the {b}. I'm rather fond of those two.",
                 both(binned(others), none_binned([a, b])))


def t268_neg_plain49(w: World) -> Made:
    s = w.state
    full = [bw for bw in w.bowls if len(s.in_bowl(bw)) >= 2]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = s.in_bowl(bowl)
    a = w.pick(inside)[0]
    rest = [x for x in inside if x != a]
    return _made(w, f"Take everything out of the {bowl} except the {a}.",
                 both(rels(Rel("in", a, bowl)), lambda _i, f: all(f.base(x) != bowl for x in rest)))


# ----- relative -------------------------------------------------------------------------------------


def t268_rel_gardener7(w: World) -> Made:
    s = w.state
    pairs = [(top, b) for top, b in w.pairs() if s.base(top) != BIN]
    if not pairs:
        return None
    top, b = pairs[w.rng.randrange(len(pairs))]
    bowls = [bw for bw in w.bowls if s.base(top) != bw and _room(s, bw, [top])]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Whichever block is sitting on top of the {b}, repot it into the {bowl} for me.",
                 rels(Rel("in", top, bowl)))


def t268_rel_bengali(w: World) -> Made:
    pairs = [(top, b) for top, b in w.pairs() if w.state.base(top) != BIN]
    if not pairs:
        return None
    top, b = pairs[w.rng.randrange(len(pairs))]
    return _made(w, f"Please take the block which is under the {top} and put it into the bin.", binned([b]))


def t268_rel_detective(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    pool = [b for b in _live(w) if s.base(b) != bowl]
    best = _nearest_single(w, _xy(w, bowl), pool)
    if best is None:
        return None
    return _made(w, f"The block nearest the {bowl}, not counting anything inside it. Bin it.", binned([best]))


def t268_rel_teen8(w: World) -> Made:
    s = w.state
    cands = [b for b in _live(w) if s.above(b)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    top = s.above(b)[0]
    return _made(w, f"the block at the very top of the stack the {b} is in. bin. thx i guess", binned([top]))


def t268_rel_grandad6(w: World) -> Made:
    place = w.pick(list(PLACES))[0]
    best = _nearest_single(w, layout.PLACES[place], _live(w))
    if best is None:
        return None
    return _made(w, f"Could you find whichever block is nearest the {place} and move it right onto the {place}, "
                    f"dear?", rels(Rel("at", best, place)))


def t268_rel_plain49(w: World) -> Made:
    s = w.state
    ones = [bw for bw in w.bowls if len(s.in_bowl(bw)) == 1]
    if not ones:
        return None
    bowl = w.pick(ones)[0]
    x = s.in_bowl(bowl)[0]
    targets = [b for b in _live(w) if _can_stack(s, x, b)]
    if not targets:
        return None
    b = w.pick(targets)[0]
    return _made(w, f"Put the block that's in the {bowl} on top of the {b}.", rels(Rel("on", x, b)))


# ----- keep -----------------------------------------------------------------------------------------


def t268_keep_gardener7(w: World) -> Made:
    s = w.state
    if len(_live(w)) < 2:
        return None
    a, b = w.pick(_live(w), 2)
    bowls = [bw for bw in w.bowls if s.base(a) != bw and _room(s, bw, [a])]
    if not bowls or not _free_of(s, b, a):
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Move the {a} into the {bowl}, but leave the {b} right where it's planted.",
                 both(rels(Rel("in", a, bowl)), kept(b)))


def t268_keep_bengali(w: World) -> Made:
    s = w.state
    if len(_live(w)) < 3:
        return None
    a, b, c = w.pick(_live(w), 3)
    if not _can_stack(s, a, b) or not _free_of(s, c, a, b):
        return None
    return _made(w, f"Put the {a} on the {b} but keep the {c} in same place, don't touch it please.",
                 both(rels(Rel("on", a, b)), kept(c)))


def t268_keep_detective(w: World) -> Made:
    s = w.state
    full = [bw for bw in w.bowls if s.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = s.in_bowl(bowl)
    outside = [b for b in _live(w) if b not in inside]
    if not outside:
        return None
    a = w.pick(outside)[0]
    return _made(w, f"Clear the {bowl} into the bin. Leave the {a} alone.", both(binned(inside), kept(a)))


def t268_keep_teen8(w: World) -> Made:
    s = w.state
    if len(_live(w)) < 2:
        return None
    a, b = w.pick(_live(w), 2)
    if not _free_of(s, b, a):
        return None
    place = w.pick(list(PLACES))[0]
    return _made(w, f"put the {a} at the {place} but the {b} stays exactly where it is ok? thats literally it",
                 both(rels(Rel("at", a, place)), kept(b)))


def t268_keep_grandad6(w: World) -> Made:
    s = w.state
    pairs = [(b, c) for b, c in w.pairs() if s.base(b) != BIN]
    if not pairs:
        return None
    b, c = pairs[w.rng.randrange(len(pairs))]
    cands = [a for a in _live(w) if a not in (b, c) and _free_of(s, b, a) and _free_of(s, c, a)]
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowls = [bw for bw in w.bowls if s.base(a) != bw and _room(s, bw, [a])]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"I'd like the {a} moved over to the {bowl}, but do keep the {b} sitting on the {c} "
                    f"just as it is now.", both(rels(Rel("in", a, bowl)), kept(b)))


def t268_keep_plain49(w: World) -> Made:
    s = w.state
    if len(_live(w)) < 3:
        return None
    a, b, c = w.pick(_live(w), 3)
    bowls = [bw for bw in w.bowls if s.base(a) != bw and _room(s, bw, [a])]
    if not bowls or not _free_of(s, b, a) or not _free_of(s, c, a):
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Put the {a} in the {bowl}, and keep the {b} and the {c} where they are.",
                 both(rels(Rel("in", a, bowl)), kept(b, c)))


# ----- multi-step -----------------------------------------------------------------------------------


def t268_multi_gardener7(w: World) -> Made:
    s = w.state
    if len(_live(w)) < 2:
        return None
    a, b = w.pick(_live(w), 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(s, bowl, [a, b]):
        return None
    return _made(w, f"First put the {a} in the {bowl}, then lay the {b} on top of it, like mulch over a seed.",
                 rels(Rel("in", a, bowl), Rel("on", b, a)))


def t268_multi_bengali(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = s.base(a)
    cands = [b for b in _live(w) if s.base(b) != bowl]
    if not cands:
        return None
    b = w.pick(cands)[0]
    return _made(w, f"First you take the {a} out from the {bowl} and put on the table, then put the {b} "
                    f"in the {bowl}.", both(_on_table(a), rels(Rel("in", b, bowl))))


def t268_multi_detective(w: World) -> Made:
    s = w.state
    if len(_live(w)) < 3:
        return None
    a, b, c = w.pick(_live(w), 3)
    if not _can_stack(s, b, c):
        return None
    return _made(w, f"Two things. One: the {a} in the bin. Two: the {b} onto the {c}.",
                 both(binned([a]), rels(Rel("on", b, c))))


def t268_multi_teen8(w: World) -> Made:
    if len(_live(w)) < 2:
        return None
    a, b = w.pick(_live(w), 2)
    place = w.pick(list(PLACES))[0]
    return _made(w, f"ok first move the {a} to the {place}, then put the {b} on it. then ur done. finally",
                 rels(Rel("at", a, place), Rel("on", b, a)))


def t268_multi_grandad6(w: World) -> Made:
    s = w.state
    off = _off_table(w)
    if not off or len(_live(w)) < 3:
        return None
    a = w.pick(off)[0]
    rest = [x for x in _live(w) if x != a]
    b, c = w.pick(rest, 2)
    if c in s.above(b) or _height(s, c) >= layout.MAX_TOWER or b in _below(s, c):
        return None
    return _made(w, f"Start by putting the {a} down on the table, dear, and after that the {b} can go on top "
                    f"of the {c}.", both(_on_table(a), rels(Rel("on", b, c))))


def t268_multi_plain49(w: World) -> Made:
    s = w.state
    if len(_live(w)) < 3:
        return None
    a, b, c = w.pick(_live(w), 3)
    bowls = [bw for bw in w.bowls if _room(s, bw, [b, c])]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Put the {a} in the bin, then move the {b} into the {bowl}, and finally stack the {c} "
                    f"on the {b}.", both(binned([a]), rels(Rel("in", b, bowl), Rel("on", c, b))))


# ----- questions ------------------------------------------------------------------------------------


def t268_q_gardener7(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return _ask(f"How many blocks have you got in the {bowl}? Just a count, like seedlings in a tray.", str(n))


def t268_q_bengali(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = pairs[w.rng.randrange(len(pairs))]
    else:
        a, b = w.pick(w.blocks, 2)
    return _ask(f"The {a} is on the {b} or not? Please tell me.", yes(holds(Rel("on", a, b), w.state)))


def t268_q_detective(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    b = w.pick([x for x in w.blocks if x != a])[0]
    tops = s.on_top(b)
    second = tops[0] if tops else "nothing"
    return _ask(f"The {a}. Which bowl is it in? And what's sitting on the {b}?", f"{s.base(a)}|{second}")


def t268_q_teen8(w: World) -> Made:
    n = w.state.count_at(TABLE)
    return _ask("how many blocks are just sitting on the table rn. like not in a bowl. asking for a friend", str(n))


def t268_q_grandad6(w: World) -> Made:
    s = w.state
    a = w.pick(w.blocks)[0]
    return _ask(f"Tell me, dear, what's the {a} resting on?", _name(s, s.support[a]))


def t268_q_plain49(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    inside = s.in_bowl(bowl)
    if len(inside) > 2:
        return None
    return _ask(f"What's in the {bowl} right now?", "|".join(inside) if inside else "nothing")


# ----- matching -------------------------------------------------------------------------------------


def t268_match_gardener7(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put each block in the bowl of its own colour, like sorting seed packets into their tins.",
                 rels(*want))


def t268_match_bengali(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.pick(want)[0]
    return _made(w, f"The {r.block} please put in the bowl which is same colour as it.", rels(r))


def t268_match_detective(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    return _made(w, "Colours match up. Every block with a bowl of its own colour goes in that bowl. The rest: bin.",
                 both(rels(*want), binned(rest)))


def t268_match_teen8(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    if not rest or not all(_free_of(s, x, *matched) for x in rest):
        return None
    return _made(w, "sort the blocks into the bowls that match their colour i guess. the ones with no matching "
                    "bowl just leave them where they are", both(rels(*want), kept(*rest)))


def t268_match_grandad6(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.pick(want)[0]
    return _made(w, f"Could you find the block that's the same colour as the {r.target} and put it in there, dear?",
                 rels(r))


def t268_match_plain49(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want:
        return None
    r = w.pick(want)[0]
    cands = [a for a in _live(w) if a != r.block and s.base(a) != r.target and _room(s, r.target, [a])]
    if not cands:
        return None
    a = w.pick(cands)[0]
    return _made(w, f"Put the {a} in the bowl that's the same colour as the {r.block}.",
                 rels(Rel("in", a, r.target)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("gardener7", "bengali", "detective", "teen8", "grandad6", "plain49")
FRESH268: list[Template] = [
    (f"t268_{short}_{style}", category, globals()[f"t268_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
