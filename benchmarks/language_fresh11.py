"""The twelfth untuned batch of the language suite (`FRESH11`, 70 templates): non-native speakers, children, a busy
engineer, a polite elderly user and a user who asks before acting, typing on a phone or talking to a voice assistant;
written by a tester who had not read the planner, its tests, the lexicon or any other batch.

Its first run, before any fix it prompted (350 instructions, seed 0): goal correct 0.649 (227 of 350); 25 templates
missed: 20 refused with a message naming the words or what was missing, two questions answered with the help text ("is
there a cyan block anywhere??", "excuse me, is X in W?"), two commands after a question answered as one question
("where is X? once you find it, park it ..."), and **one wrong robot action**: "add a block to W, but not the yellow
block" ended "done" when W already held a block. Its tester, while copying the house style, saw the opening of
`language_fresh10`'s docstring (its first-run lines), none of its templates. The general rules it prompted are tested
in other words in `tests/agent/test_understanding_fresh11.py`; since then it is tuned on.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    BIN,
    PLACES,
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

CAP = layout.BOWL_CAPACITY
CORNERS = [p for p in PLACES if "corner" in p]
MIDDLE = "middle"
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- helpers ---------------------------------------------------------------------------------------
def _n(w: World, bowl: str) -> int:
    return len(w.state.in_bowl(bowl))


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return _n(w, bowl) + k <= CAP


def _flat(w: World, bowl: str) -> bool:
    """Whether every block in `bowl` rests on its floor (no towers in it), so "how many are in it" has one reading."""
    return all(w.state.support[b] == bowl for b in w.state.in_bowl(bowl))


def _depth(s: SymState, block: str) -> int:
    """How many blocks from `block` down to the bottom of its tower, itself included."""
    d, cur = 1, s.support[block]
    while cur in s.support:
        d, cur = d + 1, s.support[cur]
    return d


def _live(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _into_bowl(w: World, need_nonempty: bool = False) -> tuple[str, str] | None:
    """A clear block and a bowl it is not in yet that has room for it."""
    bowls = [bl for bl in w.bowls if _room(w, bl) and (_n(w, bl) > 0 or not need_nonempty)]
    for bl in w.pick(bowls, len(bowls)):
        cands = [b for b in w.clear_blocks() if w.state.base(b) != bl]
        if cands:
            return w.pick(cands)[0], bl
    return None


def _stackable(w: World, a: str, b: str) -> bool:
    """Whether clear block `a` may go straight onto clear block `b` (tower height, bowl room)."""
    s = w.state
    if a == b or s.support[a] == b or not s.is_clear(b) or _depth(s, b) + 1 > layout.MAX_TOWER:
        return False
    base = s.base(b)
    if base == BIN:
        return False
    return not (base in s.bowls and s.base(a) != base and not _room(w, base))


def _stack_pair(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    clear = [b for b in w.clear_blocks() if b not in exclude]
    pairs = [(a, b) for a in clear for b in clear if _stackable(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _towers(w: World) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.on_top(b) and s.base(b) != BIN]
    return [[b, *s.above(b)[::-1]] for b in bottoms]


def _bin_fits(blocks: list[str]) -> bool:
    """Whether that many blocks go in the bin without crowding it (it has one drop slot per block)."""
    return len(blocks) <= len(layout.BIN_SLOTS)


def _in_bin_count(f: SymState) -> int:
    return sum(f.base(b) == BIN for b in f.blocks)


# ----- imperative -------------------------------------------------------------------------------------
def _y_imp_you_put(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bl = got
    return f"{b} you place in {bl} please", rels(Rel("in", b, bl))


def _y_imp_child_bin(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return f"can the robot make the {b} go in the bin?? pleeease", rels(Rel("in_bin", b))


def _y_imp_tuck_corner(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    corner = w.pick(CORNERS)[0]
    return f"tuck the {b[0]} into the {corner}", rels(Rel("at", b[0], corner))


def _y_imp_shove_middle(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return f"shove {b[0]} to the middle. quick.", rels(Rel("at", b[0], MIDDLE))


def _y_imp_stash_bowl(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bl = got
    return f"stash the {b} in the {bl}", rels(Rel("in", b, bl))


def _y_imp_lift_out(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not cands:
        return None
    b = w.pick(cands)[0]
    bl = w.state.base(b)
    return f"lift the {b} out of the {bl} and leave it on the table", rels(Rel("on_table", b))


def _y_imp_grab_put_on(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    return f"grab the {a} and set it on top of the {b}", rels(Rel("on", a, b))


def _y_imp_fetch_drop(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bl = got
    return f"fetch the {b} and drop it into the {bl}", rels(Rel("in", b, bl))


def _y_imp_elderly_place(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bl = got
    text = (f"Would you be so kind as to place the {b} in the {bl}, if it isn't too much trouble? "
            "Thank you ever so much, dear.")
    return text, rels(Rel("in", b, bl))


# ----- declarative ------------------------------------------------------------------------------------
def _y_dec_go_in(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bl = got
    return f"{w.colour(b)} block go in {bl}", rels(Rel("in", b, bl))


def _y_dec_belongs_on(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    return f"the {a} belongs on top of the {b}", rels(Rel("on", a, b))


def _y_dec_end_up_bin(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return f"the {b} should end up in the bin", rels(Rel("in_bin", b))


def _y_dec_sitting_corner(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    corner = w.pick(CORNERS)[0]
    return f"at the end the {b[0]} is sitting in the {corner}", rels(Rel("at", b[0], corner))


def _y_dec_table_not_bowl(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not cands:
        return None
    b = w.pick(cands)[0]
    return f"the {b} has to be on the table, not in the {w.state.base(b)}", rels(Rel("on_table", b))


def _y_dec_both_go(w: World) -> Made:
    for bl in w.pick(w.bowls, len(w.bowls)):
        cands = [b for b in w.clear_blocks() if w.state.base(b) != bl]
        if len(cands) >= 2 and _room(w, bl, 2):
            a, b = w.pick(cands, 2)
            return f"the {a} and the {b} both belong in the {bl}", rels(Rel("in", a, bl), Rel("in", b, bl))
    return None


def _y_dec_target_state(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    if w.state.support[a] == b and holds(Rel("on_table", b), w.state):
        return None
    return (f"target state: {a} on {b}, {b} on the table.",
            rels(Rel("on", a, b), Rel("on_table", b)))


# ----- desiderative -----------------------------------------------------------------------------------
def _y_des_want_bin(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return f"i want the {b} in the bin", rels(Rel("in_bin", b))


def _y_des_like_corner(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    corner = w.pick(CORNERS)[0]
    return f"I'd like the {b[0]} over in the {corner}, please", rels(Rel("at", b[0], corner))


def _y_des_need_empty(w: World) -> Made:
    full = [bl for bl in w.bowls if _n(w, bl) > 0]
    if not full:
        return None
    bl = w.pick(full)[0]
    return f"I need the {bl} empty", empty(bl)


def _y_des_wish_on(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    return f"i wish the {a} was on the {b}!!", rels(Rel("on", a, b))


def _y_des_together_tower(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    a, b = got
    if w.state.support[b] == a:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] == b or f.support[b] == a

    text = (f"I would dearly love to see the {a} and the {b} together in one little tower, whenever you have "
            "a moment, dear")
    return text, check


def _y_des_hope_bowl(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, bl = got
    return f"please i hope {b} can be inside the {bl} after", rels(Rel("in", b, bl))


def _y_des_need_at_end(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    a, b = w.pick(clear, 2)
    return (f"at the end I need the {a} in the middle and the {b} in the bin, that's all",
            rels(Rel("at", a, MIDDLE), Rel("in_bin", b)))


# ----- quantified -------------------------------------------------------------------------------------
def _y_qua_two_into_empty(w: World) -> Made:
    bowls = [bl for bl in w.bowls if _n(w, bl) == 0]
    if not bowls or len(_live(w)) < 2:
        return None
    bl = w.pick(bowls)[0]
    return f"get two of the blocks into the {bl}", count_in(bl, 2)


def _y_qua_all_bin_child(w: World) -> Made:
    live = _live(w)
    if not _bin_fits(live):
        return None
    return "ALL the blocks in the bin!!! every single one", binned(live)


def _y_qua_one_per_bowl(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w)) < len(w.bowls):
        return None
    if all(_n(w, bl) == 1 for bl in w.bowls):
        return None
    bowls = list(w.bowls)
    return "one block per bowl please", lambda _i, f: all(len(f.in_bowl(bl)) == 1 for bl in bowls)


def _y_qua_all_but_bowl(w: World) -> Made:
    live = _live(w)
    for bl in w.pick(w.bowls, len(w.bowls)):
        cands = [x for x in live if w.state.base(x) != bl]
        if not cands:
            continue
        x = w.pick(cands)[0]
        others = [b for b in live if b != x]
        if not others or len(others) > CAP or all(w.state.base(b) == bl for b in others):
            continue
        return (f"all blocks but the {x} into the {bl}",
                rels(*(Rel("in", b, bl) for b in others), Rel("in", x, bl, negated=True)))
    return None


def _y_qua_both_corner(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    a, b = w.pick(clear, 2)
    corner = w.pick(CORNERS)[0]
    return f"both the {a} and the {b} to the {corner}", rels(Rel("at", a, corner), Rel("at", b, corner))


def _y_qua_any_three_bin(w: World) -> Made:
    if len(_live(w)) < 3:
        return None
    return "get rid of any three blocks, bin them", lambda _i, f: _in_bin_count(f) == 3


def _y_qua_fill_up(w: World) -> Made:
    if len(_live(w)) < CAP:
        return None
    bowls = [bl for bl in w.bowls if _n(w, bl) < CAP]
    if not bowls:
        return None
    bl = w.pick(bowls)[0]
    return f"fill the {bl} up with blocks until it is full", count_in(bl, CAP)


def _y_qua_two_each(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w)) < 2 * len(w.bowls):
        return None
    if all(_n(w, bl) == 2 for bl in w.bowls):
        return None
    bowls = list(w.bowls)
    return ("I want exactly two blocks in every bowl",
            lambda _i, f: all(len(f.in_bowl(bl)) == 2 for bl in bowls))


# ----- negated ----------------------------------------------------------------------------------------
def _y_neg_except_bin(w: World) -> Made:
    live = _live(w)
    x = w.pick(live)[0]
    others = [b for b in live if b != x]
    if not _bin_fits(others):
        return None
    return f"chuck everything except the {x} in the bin", both(binned(others), none_binned([x]))


def _y_neg_not_that_one(w: World) -> Made:
    live = _live(w)
    for bl in w.pick(w.bowls, len(w.bowls)):
        outside = [b for b in live if w.state.base(b) != bl]
        if len(outside) < 2 or not _room(w, bl):
            continue
        x = w.pick(outside)[0]
        n = _n(w, bl)
        return (f"add a block to the {bl}, but not the {x}",
                both(count_in(bl, n + 1), rels(Rel("in", x, bl, negated=True))))
    return None


def _y_neg_clear_no_bin(w: World) -> Made:
    full = [bl for bl in w.bowls if _n(w, bl) > 0]
    if not full:
        return None
    bl = w.pick(full)[0]
    return f"clear out the {bl} but don't use the bin", both(empty(bl), none_binned(_live(w)))


def _y_neg_not_anymore(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not cands:
        return None
    b = w.pick(cands)[0]
    bl = w.state.base(b)
    return f"the {b} should not be in the {bl} anymore", rels(Rel("in", b, bl, negated=True))


def _y_neg_nothing_on_it(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return (f"slide the {b[0]} over to the middle and don't pile anything on top of it",
            rels(Rel("at", b[0], MIDDLE), Rel("clear", b[0])))


def _y_neg_not_away_child(w: World) -> Made:
    bowl_colours = {w.colour(bl) for bl in w.bowls}
    got = _into_bowl(w)
    if not got:
        return None
    b, bl = got
    if w.colour(b) in bowl_colours:
        return None
    return (f"no no dont throw the {w.colour(b)} one away, give it to the {bl} instead",
            rels(Rel("in", b, bl)))


def _y_neg_except_two_corner(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b = w.pick(live, 2)
    others = [x for x in live if x not in (a, b)]
    corner = w.pick(CORNERS)[0]
    return (f"shift every block except the {a} and the {b} to the {corner}",
            rels(*(Rel("at", x, corner) for x in others), Rel("at", a, corner, negated=True),
                 Rel("at", b, corner, negated=True)))


def _y_neg_not_stacked(w: World) -> Made:
    got = _into_bowl(w, need_nonempty=True)
    if not got:
        return None
    b, bl = got
    return (f"set the {b} down in the {bl}, not on top of another block",
            lambda _i, f: f.support[b] == bl)


# ----- relative ---------------------------------------------------------------------------------------
def _y_rel_on_top_bin(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"throw the block that's on top of the {below} into the bin", rels(Rel("in_bin", top))


def _y_rel_under(w: World) -> Made:
    for top, below in w.pick(w.pairs(), len(w.pairs())):
        bls = [bl for bl in w.bowls if w.state.base(below) != bl and _room(w, bl)]
        if bls:
            bl = w.pick(bls)[0]
            return f"carry the one under the {top} over to the {bl}", rels(Rel("in", below, bl))
    return None


def _y_rel_bowl_with_n(w: World) -> Made:
    counts = {bl: _n(w, bl) for bl in w.bowls}
    uniq = [bl for bl, n in counts.items() if n > 0 and list(counts.values()).count(n) == 1]
    if len(w.bowls) < 2 or not uniq or not all(_flat(w, b) for b in w.bowls):
        return None
    bl = w.pick(uniq)[0]
    n = counts[bl]
    noun = "block" if n == 1 else "blocks"
    return (f"dump all the blocks from the bowl with {_WORDS[n]} {noun} in it into the bin",
            both(binned(w.state.in_bowl(bl)), empty(bl)))


def _y_rel_empty_bowl(w: World) -> Made:
    empties = [bl for bl in w.bowls if _n(w, bl) == 0]
    if len(w.bowls) < 2 or len(empties) != 1:
        return None
    bl = empties[0]
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return f"stick the {b[0]} in the empty bowl", rels(Rel("in", b[0], bl))


def _y_rel_same_bowl(w: World) -> Made:
    for a in w.pick(w.in_bowls(), len(w.in_bowls())):
        bl = w.state.base(a)
        cands = [b for b in w.clear_blocks() if w.state.base(b) != bl]
        if cands and _room(w, bl):
            b = w.pick(cands)[0]
            return f"drop the {b} into the same bowl as the {a}", rels(Rel("in", b, bl))
    return None


def _y_rel_only_block_in(w: World) -> Made:
    ones = [bl for bl in w.bowls if _n(w, bl) == 1]
    if not ones:
        return None
    bl = w.pick(ones)[0]
    b = w.state.in_bowl(bl)[0]
    corner = w.pick(CORNERS)[0]
    return f"the block in the {bl} - bring it to the {corner}", rels(Rel("at", b, corner))


def _y_rel_bottom_of_tower(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    bottom = towers[0][0]
    return "the block at the bottom of the tower, bring that one to the middle", rels(Rel("at", bottom, MIDDLE))


def _y_rel_whatever_on(w: World) -> Made:
    cands = [b for b in w.blocks if len(w.state.above(b)) == 1]
    if not cands:
        return None
    b = w.pick(cands)[0]
    top = w.state.above(b)[0]
    return f"whatever's sitting on the {b}, lay it on the table", rels(Rel("on_table", top))


# ----- multi_step -------------------------------------------------------------------------------------
def _y_mul_ask_then_add(w: World) -> Made:
    for bl in w.pick(w.bowls, len(w.bowls)):
        if _room(w, bl) and any(w.state.base(b) != bl for b in _live(w)):
            n = _n(w, bl)
            return f"how many blocks are in the {bl}? and then put one more in", count_in(bl, n + 1)
    return None


def _y_mul_after_that(w: World) -> Made:
    clear = w.clear_blocks()
    for a in w.pick(clear, len(clear)):
        got = _stack_pair(w, exclude=(a,))
        if got:
            b, c = got
            return (f"toss the {a} in the bin. after that, stack the {b} on the {c}",
                    rels(Rel("in_bin", a), Rel("on", b, c)))
    return None


def _y_mul_once_done(w: World) -> Made:
    clear = w.clear_blocks()
    for bl in w.pick(w.bowls, len(w.bowls)):
        for a in w.pick(clear, len(clear)):
            if w.state.base(a) == bl:
                continue
            for b in clear:
                if b != a and _room(w, bl, 1 + (w.state.base(b) != bl)):
                    return (f"once you're done moving the {a} into the {bl}, plop the {b} on it",
                            rels(Rel("in", a, bl), Rel("on", b, a)))
    return None


def _y_mul_terse_finally(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 3:
        return None
    a, b, c = w.pick(clear, 3)
    corner = w.pick(CORNERS)[0]
    return (f"{a} to bin, {b} to {corner}, and finally {c} on {b}.",
            rels(Rel("in_bin", a), Rel("at", b, corner), Rel("on", c, b)))


def _y_mul_first_then_nn(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not cands:
        return None
    b = w.pick(cands)[0]
    return (f"first you take {b} from the {w.state.base(b)}, then you put it to the middle",
            rels(Rel("at", b, MIDDLE)))


def _y_mul_elderly_seq(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    a, bl = got
    rest = [b for b in w.clear_blocks() if b != a]
    if not rest:
        return None
    b = w.pick(rest)[0]
    corner = w.pick(CORNERS)[0]
    text = (f"Good afternoon. If you could please first pop the {a} into the {bl} and then, when that is done, "
            f"kindly carry the {b} over to the {corner}, I would be most grateful.")
    return text, rels(Rel("in", a, bl), Rel("at", b, corner))


def _y_mul_where_then(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    corner = w.pick(CORNERS)[0]
    return (f"where is the {b[0]} right now? once you find it, park it in the {corner}",
            rels(Rel("at", b[0], corner)))


def _y_mul_move_then_fill(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    for a in w.pick(w.in_bowls(), len(w.in_bowls())):
        if not w.state.is_clear(a):
            continue
        src = w.state.base(a)
        for dst in w.bowls:
            if dst == src or not _room(w, dst):
                continue
            cands = [b for b in w.clear_blocks() if b != a and w.state.base(b) != src]
            if cands:
                b = w.pick(cands)[0]
                return (f"move the {a} from the {src} to the {dst}, then fill the gap in the {src} with the {b}",
                        rels(Rel("in", a, dst), Rel("in", b, src)))
    return None


# ----- keep -------------------------------------------------------------------------------------------
def _y_keep_dont_move(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a = w.pick(live)[0]
    keep = [b for b in live if b != a and b not in w.state.above(a)]
    if not keep:
        return None
    b = w.pick(keep)[0]
    return f"chuck the {a} in the bin but don't move the {b}", both(rels(Rel("in_bin", a)), kept(b))


def _y_keep_where_rest(w: World) -> Made:
    live = _live(w)
    cands = [x for x in live if w.state.support[x] not in w.state.support]
    if len(live) < 2 or not cands:
        return None
    x = w.pick(cands)[0]
    others = [b for b in live if b != x]
    if not _bin_fits(others):
        return None
    return (f"keep the {x} where it is and send all the other blocks to the bin",
            both(kept(x), binned(others)))


def _y_keep_leave_alone(w: World) -> Made:
    live = _live(w)
    for x in w.pick(live, len(live)):
        got = _stack_pair(w, exclude=(x,))
        if got:
            a, b = got
            if x in w.state.above(a) or x in w.state.above(b):
                continue
            return f"leave the {x} alone, just stack the {a} on the {b}", both(rels(Rel("on", a, b)), kept(x))
    return None


def _y_keep_child(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a = w.pick(live)[0]
    keep = [b for b in live if b != a and b not in w.state.above(a)]
    if not keep:
        return None
    x = w.pick(keep)[0]
    others = [b for b in live if b != a]
    return (f"dont touch the {x}!!! only bin the {a} ok",
            both(rels(Rel("in_bin", a)), kept(x), none_binned(others)))


def _y_keep_tower(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    tower = w.rng.choice(towers)
    top = tower[-1]
    for bl in w.pick(w.bowls, len(w.bowls)):
        cands = [b for b in w.clear_blocks() if b not in tower and w.state.base(b) != bl]
        if cands and _room(w, bl):
            b = w.pick(cands)[0]
            return (f"the tower with the {top} on top stays exactly as it is; just pop the {b} into the {bl}",
                    both(kept(*tower), rels(Rel("clear", top), Rel("in", b, bl))))
    return None


# ----- question ---------------------------------------------------------------------------------------
def _y_que_how_many_nn(w: World) -> Made:
    full = [bl for bl in w.bowls if _n(w, bl) > 0 and _flat(w, bl)]
    if not full:
        return None
    bl = w.pick(full)[0]
    return f"how many block in {bl}?", answered(str(_n(w, bl)))


def _y_que_colour_on_top(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    return f"what colour is the block on top of the {below}?", answered(w.colour(top))


def _y_que_is_there_child(w: World) -> Made:
    present = {w.colour(b) for b in w.blocks}
    c = w.rng.choice(list(layout.COLOURS))
    return f"is there a {c} block anywhere??", answered(yes(c in present))


def _y_que_which_most(w: World) -> Made:
    if len(w.bowls) < 2 or not all(_flat(w, b) for b in w.bowls):
        return None
    counts = {bl: _n(w, bl) for bl in w.bowls}
    top = max(counts.values())
    best = [bl for bl, n in counts.items() if n == top]
    if top == 0 or len(best) != 1:
        return None
    return "which bowl has the most blocks in it?", answered(best[0])


def _y_que_is_in(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    bl = w.pick(w.bowls)[0]
    if w.state.base(b) == bl and w.state.support[b] != bl:
        return None
    return f"Excuse me, is the {b} in the {bl}?", answered(yes(w.state.support[b] == bl))


def _y_que_total(w: World) -> Made:
    return "what's the total number of blocks in the scene?", answered(str(len(w.blocks)))


def _y_que_bowl_colour(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    return f"what colour is the bowl the {b} is in?", answered(w.colour(w.state.base(b)))


def _y_que_anything_on(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return (f"Could you tell me, please, whether there is anything sitting on top of the {b}?",
            answered(yes(not w.state.is_clear(b))))


# ----- matching ---------------------------------------------------------------------------------------
def _matchable(w: World) -> list[Rel] | None:
    """The colour-matching goal, when it is unambiguous and fits: no block sits in a bowl of another colour,
    something is still to be moved, and every bowl has room for its block."""
    s = w.state
    if any(w.colour(b) != w.colour(s.base(b)) for b in w.in_bowls()):
        return None
    want = matching(w)
    todo = [r for r in want if not holds(r, s)]
    if not todo:
        return None
    if any(not _room(w, r.target) for r in todo):
        return None
    return want


def _y_mat_sort(w: World) -> Made:
    want = _matchable(w)
    if want is None:
        return None
    return "sort the blocks into the bowls by colour", rels(*want)


def _y_mat_same_colour_nn(w: World) -> Made:
    want = _matchable(w)
    if want is None:
        return None
    return "blocks which have bowl of same colour, they go in that bowl please", rels(*want)


FRESH11: list[Template] = [
    ("y_imp_you_put", "imperative", _y_imp_you_put),
    ("y_imp_child_bin", "imperative", _y_imp_child_bin),
    ("y_imp_tuck_corner", "imperative", _y_imp_tuck_corner),
    ("y_imp_shove_middle", "imperative", _y_imp_shove_middle),
    ("y_imp_stash_bowl", "imperative", _y_imp_stash_bowl),
    ("y_imp_lift_out", "imperative", _y_imp_lift_out),
    ("y_imp_grab_put_on", "imperative", _y_imp_grab_put_on),
    ("y_imp_fetch_drop", "imperative", _y_imp_fetch_drop),
    ("y_imp_elderly_place", "imperative", _y_imp_elderly_place),
    ("y_dec_go_in", "declarative", _y_dec_go_in),
    ("y_dec_belongs_on", "declarative", _y_dec_belongs_on),
    ("y_dec_end_up_bin", "declarative", _y_dec_end_up_bin),
    ("y_dec_sitting_corner", "declarative", _y_dec_sitting_corner),
    ("y_dec_table_not_bowl", "declarative", _y_dec_table_not_bowl),
    ("y_dec_both_go", "declarative", _y_dec_both_go),
    ("y_dec_target_state", "declarative", _y_dec_target_state),
    ("y_des_want_bin", "desiderative", _y_des_want_bin),
    ("y_des_like_corner", "desiderative", _y_des_like_corner),
    ("y_des_need_empty", "desiderative", _y_des_need_empty),
    ("y_des_wish_on", "desiderative", _y_des_wish_on),
    ("y_des_together_tower", "desiderative", _y_des_together_tower),
    ("y_des_hope_bowl", "desiderative", _y_des_hope_bowl),
    ("y_des_need_at_end", "desiderative", _y_des_need_at_end),
    ("y_qua_two_into_empty", "quantified", _y_qua_two_into_empty),
    ("y_qua_all_bin_child", "quantified", _y_qua_all_bin_child),
    ("y_qua_one_per_bowl", "quantified", _y_qua_one_per_bowl),
    ("y_qua_all_but_bowl", "quantified", _y_qua_all_but_bowl),
    ("y_qua_both_corner", "quantified", _y_qua_both_corner),
    ("y_qua_any_three_bin", "quantified", _y_qua_any_three_bin),
    ("y_qua_fill_up", "quantified", _y_qua_fill_up),
    ("y_qua_two_each", "quantified", _y_qua_two_each),
    ("y_neg_except_bin", "negated", _y_neg_except_bin),
    ("y_neg_not_that_one", "negated", _y_neg_not_that_one),
    ("y_neg_clear_no_bin", "negated", _y_neg_clear_no_bin),
    ("y_neg_not_anymore", "negated", _y_neg_not_anymore),
    ("y_neg_nothing_on_it", "negated", _y_neg_nothing_on_it),
    ("y_neg_not_away_child", "negated", _y_neg_not_away_child),
    ("y_neg_except_two_corner", "negated", _y_neg_except_two_corner),
    ("y_neg_not_stacked", "negated", _y_neg_not_stacked),
    ("y_rel_on_top_bin", "relative", _y_rel_on_top_bin),
    ("y_rel_under", "relative", _y_rel_under),
    ("y_rel_bowl_with_n", "relative", _y_rel_bowl_with_n),
    ("y_rel_empty_bowl", "relative", _y_rel_empty_bowl),
    ("y_rel_same_bowl", "relative", _y_rel_same_bowl),
    ("y_rel_only_block_in", "relative", _y_rel_only_block_in),
    ("y_rel_bottom_of_tower", "relative", _y_rel_bottom_of_tower),
    ("y_rel_whatever_on", "relative", _y_rel_whatever_on),
    ("y_mul_ask_then_add", "multi_step", _y_mul_ask_then_add),
    ("y_mul_after_that", "multi_step", _y_mul_after_that),
    ("y_mul_once_done", "multi_step", _y_mul_once_done),
    ("y_mul_terse_finally", "multi_step", _y_mul_terse_finally),
    ("y_mul_first_then_nn", "multi_step", _y_mul_first_then_nn),
    ("y_mul_elderly_seq", "multi_step", _y_mul_elderly_seq),
    ("y_mul_where_then", "multi_step", _y_mul_where_then),
    ("y_mul_move_then_fill", "multi_step", _y_mul_move_then_fill),
    ("y_keep_dont_move", "keep", _y_keep_dont_move),
    ("y_keep_where_rest", "keep", _y_keep_where_rest),
    ("y_keep_leave_alone", "keep", _y_keep_leave_alone),
    ("y_keep_child", "keep", _y_keep_child),
    ("y_keep_tower", "keep", _y_keep_tower),
    ("y_que_how_many_nn", "question", _y_que_how_many_nn),
    ("y_que_colour_on_top", "question", _y_que_colour_on_top),
    ("y_que_is_there_child", "question", _y_que_is_there_child),
    ("y_que_which_most", "question", _y_que_which_most),
    ("y_que_is_in", "question", _y_que_is_in),
    ("y_que_total", "question", _y_que_total),
    ("y_que_bowl_colour", "question", _y_que_bowl_colour),
    ("y_que_anything_on", "question", _y_que_anything_on),
    ("y_mat_sort", "matching", _y_mat_sort),
    ("y_mat_same_colour_nn", "matching", _y_mat_same_colour_nn),
]
