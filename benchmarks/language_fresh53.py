"""`FRESH53`, the fifty-fourth untuned batch: sixty language templates, six per category, about preferences,
alternatives and indifference, as people state them when they do not mind every detail.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
Each category has one template in each of six styles: a preference ("ideally", "preferably", "I'd rather"), an
alternative or fallback ("the bin or the table, your call"), indifference ("any block will do"), a priority or order
("the red one first"), a hedged request ("maybe ...? I think that works") and a request with its reason given.
Where a request leaves a choice, its check accepts every choice a sensible person would accept.

Its first run (300 instructions, seed 0, on e928cf1, after every fix of this session and before anything it could
prompt): 0.487 goal-correct (146 of 300), 153 refused, 1 wrong: a wrong action, 'The X block belongs in a bowl,
preferably the Y one' read with 'the Y one' as the Y block, put in a bowl too. Its refusals are the style itself:
alternatives ('the table or the bin, your call'), preferences ('ideally in the corner'), indifference ('whichever
block is easiest'), orders ('first, and the other after that') and hedges. It was left untuned: its misses are not
mended, so its figure in the suite is its first run.
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
from sim.core.relations import Rel
from sim.core.symbolic import SymState

H53_WORDS = {2: "two", 3: "three"}


# ----- helpers ----------------------------------------------------------------------------------------
def h53_c(w: World, name: str) -> str:
    """The colour word of a block or bowl."""
    return w.colour(name)


def h53_flat(st: SymState, b: str) -> bool:
    """Whether b rests directly on the table (or a named place on it)."""
    return st.support[b] in (TABLE, *PLACES)


def h53_room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def h53_any(*checks: Check) -> Check:
    return lambda i, f: any(c(i, f) for c in checks)


def h53_free(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def h53_newly_in(bowl: str, but: tuple[str, ...] = ()) -> Check:
    """Some block (not one of `but`) that was not in `bowl` is in it now."""
    return lambda i, f: any(f.base(b) == bowl and i.base(b) != bowl for b in f.blocks if b not in but)


def h53_matched(w: World) -> Made:
    """The matching goal, or None when there is nothing to match or it already holds."""
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return None
    return "", rels(*want)


# ----- imperative --------------------------------------------------------------------------------------
def h53_imp_pref(w: World) -> Made:
    cands = [b for b in h53_free(w) if not h53_flat(w.state, b)]
    if not cands:
        return None
    b, p = w.pick(cands)[0], w.pick(list(PLACES))[0]
    return f"Move the {h53_c(w, b)} block onto the table, ideally in the {p}.", rels(Rel("at", b, p))


def h53_imp_alt(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x, y = w.pick(w.bowls, 2)
    cands = [b for b in w.blocks if w.state.base(b) not in (x, y)]
    if not cands or not (h53_room(w, x) or h53_room(w, y)):
        return None
    b = w.pick(cands)[0]
    text = f"stick the {h53_c(w, b)} block in the {h53_c(w, x)} bowl or the {h53_c(w, y)} one, your call"
    return text, h53_any(rels(Rel("in", b, x)), rels(Rel("in", b, y)))


def h53_imp_indiff(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    if not h53_room(w, x) or not [b for b in w.blocks if w.state.base(b) != x]:
        return None
    return f"Grab whichever block is easiest and drop it in the {h53_c(w, x)} bowl.", h53_newly_in(x)


def h53_imp_order(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowls = [x for x in w.bowls if w.state.base(below) != x and h53_room(w, x)]
    if not bowls:
        return None
    x = w.pick(bowls)[0]
    ct, cb = h53_c(w, top), h53_c(w, below)
    text = (f"Start with the one on top: take the {ct} block off the {cb} block, then put the {cb} block in the "
            f"{h53_c(w, x)} bowl.")
    return text, both(rels(Rel("in", below, x)), lambda _i, f: f.support[top] != below)


def h53_imp_hedge(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != x]
    if not cands or not h53_room(w, x):
        return None
    b = w.pick(cands)[0]
    return f"Maybe put the {h53_c(w, b)} block in the {h53_c(w, x)} bowl? I think that works.", rels(Rel("in", b, x))


def h53_imp_reason(w: World) -> Made:
    b = w.pick(h53_free(w))[0]
    return f"Bin the {h53_c(w, b)} block, I need it out of the way.", binned([b])


# ----- declarative -------------------------------------------------------------------------------------
def h53_dec_pref(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != x]
    if not cands or not h53_room(w, x):
        return None
    b = w.pick(cands)[0]
    return f"The {h53_c(w, b)} block belongs in a bowl, preferably the {h53_c(w, x)} one.", rels(Rel("in", b, x))


def h53_dec_alt(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    opts = [(b, c) for b in w.blocks for c in w.clear_blocks()
            if b != c and w.state.base(b) != x and w.state.support[b] != c and c not in w.state.above(b)]
    if not opts or not h53_room(w, x):
        return None
    b, c = w.pick(opts)[0]
    text = (f"The {h53_c(w, b)} block can go either in the {h53_c(w, x)} bowl or on top of the {h53_c(w, c)} block, "
            f"both are fine.")
    return text, h53_any(rels(Rel("in", b, x)), rels(Rel("on", b, c)))


def h53_dec_indiff(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    c = w.pick(cands)[0]
    text = f"It doesn't matter which block, but one of them has to be sitting on the {h53_c(w, c)} block."
    return text, lambda _i, f: bool(f.on_top(c))


def h53_dec_order(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != x]
    if len(cands) < 2 or not h53_room(w, x, 2):
        return None
    a, b = w.pick(cands, 2)
    text = f"The {h53_c(w, a)} block goes in the {h53_c(w, x)} bowl first, and the {h53_c(w, b)} block after that."
    return text, rels(Rel("in", a, x), Rel("in", b, x))


def h53_dec_hedge(w: World) -> Made:
    opts = [(b, c) for b in w.blocks for c in h53_free(w)
            if b != c and w.state.support[b] != c and c not in w.state.above(b)]
    if not opts:
        return None
    b, c = w.pick(opts)[0]
    text = f"I think the {h53_c(w, b)} block should probably be on the {h53_c(w, c)} block, if that's OK."
    return text, rels(Rel("on", b, c))


def h53_dec_reason(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    x = w.pick(full)[0]
    return f"The {h53_c(w, x)} bowl has to be empty, because I want to use it for something.", empty(x)


# ----- desiderative ------------------------------------------------------------------------------------
def h53_des_pref(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != x]
    if not cands or not h53_room(w, x):
        return None
    b = w.pick(cands)[0]
    text = f"I'd rather the {h53_c(w, b)} block sat in the {h53_c(w, x)} bowl than where it is now."
    return text, rels(Rel("in", b, x))


def h53_des_alt(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    x = w.state.base(b)
    text = f"I'd like the {h53_c(w, b)} block out of the {h53_c(w, x)} bowl. The table or the bin, your call."
    return text, h53_any(rels(Rel("on_table", b)), rels(Rel("in_bin", b)))


def h53_des_indiff(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    now = len(w.state.in_bowl(x))
    counts = [n for n in (2, 3) if n > now and n <= len(w.blocks)]
    if not counts:
        return None
    n = w.pick(counts)[0]
    text = f"I want {H53_WORDS[n]} blocks in the {h53_c(w, x)} bowl, I don't care which ones."
    return text, count_in(x, n)


def h53_des_order(w: World) -> Made:
    a, b = w.pick(h53_free(w), 2)
    text = f"I'd like the {h53_c(w, a)} block in the bin first, and then the {h53_c(w, b)} one whenever you get to it."
    return text, binned([a, b])


def h53_des_hedge(w: World) -> Made:
    b, p = w.pick(h53_free(w))[0], w.pick(list(PLACES))[0]
    text = f"i kind of want the {h53_c(w, b)} block in the {p}, if that's not too much trouble?"
    return text, rels(Rel("at", b, p))


def h53_des_reason(w: World) -> Made:
    cands = [b for b in h53_free(w) if not h53_flat(w.state, b)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    return f"I want the {h53_c(w, b)} block on the table so I can get a better look at it.", rels(Rel("on_table", b))


# ----- quantified --------------------------------------------------------------------------------------
def h53_qua_pref(w: World) -> Made:
    blocks = h53_free(w)
    if all(h53_flat(w.state, b) for b in blocks):
        return None
    text = "Preferably every block ends up flat on the table: nothing stacked, nothing in the bowls."
    return text, lambda _i, f: all(h53_flat(f, b) for b in blocks)


def h53_qua_alt(w: World) -> Made:
    pairs = w.pairs()
    if not pairs or any(w.state.base(b) in w.bowls for b, _ in pairs):
        return None
    stacked = [b for b, _ in pairs]
    blocks = h53_free(w)

    def check(_i: SymState, f: SymState) -> bool:
        down = all(h53_flat(f, b) or f.base(b) in f.bowls for b in stacked)
        no_tower = all(f.support[b] not in f.support for b in blocks if f.base(b) in (TABLE, *PLACES))
        return down and no_tower and none_binned(blocks)(_i, f)

    text = "Whatever's stacked on another block should come down, onto the table or into a bowl, either is fine by me."
    return text, check


def h53_qua_indiff(w: World) -> Made:
    if len(h53_free(w)) < 2:
        return None

    def check(i: SymState, f: SymState) -> bool:
        return sum(1 for b in f.blocks if f.base(b) == BIN and i.base(b) != BIN) == 2

    return "Throw any two of the blocks in the bin, I don't care which.", check


def h53_qua_order(w: World) -> Made:
    stacked = [b for b, _ in w.pairs()]
    if not stacked:
        return None
    x = w.pick(w.bowls)[0]
    if any(w.state.base(b) == x for b in stacked) or not h53_room(w, x, len(stacked)):
        return None
    text = f"Every block that's sitting on top of another one, into the {h53_c(w, x)} bowl please, highest ones first."
    return text, rels(*(Rel("in", b, x) for b in stacked))


def h53_qua_hedge(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != x]
    if len(cands) < 2 or not h53_room(w, x, 2):
        return None
    a, b = w.pick(cands, 2)
    text = (f"I think both the {h53_c(w, a)} and the {h53_c(w, b)} block should probably go in the {h53_c(w, x)} bowl, "
            f"if they fit?")
    return text, rels(Rel("in", a, x), Rel("in", b, x))


def h53_qua_reason(w: World) -> Made:
    if len(w.bowls) < 2 or not w.in_bowls():
        return None
    which = "both bowls" if len(w.bowls) == 2 else "all the bowls"
    return f"Empty out {which}, I need them for something else.", both(*(empty(x) for x in w.bowls))


# ----- negated -----------------------------------------------------------------------------------------
def h53_neg_pref(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.pick(w.bowls)[0]
    others = [y for y in w.bowls if y != x and h53_room(w, y)]
    cands = [b for b in w.blocks if w.state.base(b) not in others]
    if not others or not cands:
        return None
    b = w.pick(cands)[0]
    text = f"Put the {h53_c(w, b)} block in a bowl, but preferably not the {h53_c(w, x)} one."
    return text, lambda _i, f: f.base(b) in others


def h53_neg_alt(w: World) -> Made:
    y = w.pick(w.bowls)[0]
    cands = [b for b in h53_free(w) if not h53_flat(w.state, b) and w.state.base(b) != y]
    if not cands or not h53_room(w, y):
        return None
    b = w.pick(cands)[0]
    text = f"Don't put the {h53_c(w, b)} block in the bin. The table or the {h53_c(w, y)} bowl will do."
    return text, h53_any(rels(Rel("on_table", b)), rels(Rel("in", b, y)))


def h53_neg_indiff(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    outside = [b for b in w.blocks if w.state.base(b) != x]
    if len(outside) < 2 or not h53_room(w, x):
        return None
    k = w.pick(outside)[0]
    text = f"Put a block in the {h53_c(w, x)} bowl. I don't care which one, just not the {h53_c(w, k)} block."
    return text, both(h53_newly_in(x, (k,)), lambda _i, f: f.base(k) != x)


def h53_neg_order(w: World) -> Made:
    a, b = w.pick(h53_free(w), 2)
    text = f"don't bin the {h53_c(w, b)} block yet, just the {h53_c(w, a)} one for now"
    return text, both(binned([a]), none_binned([b]))


def h53_neg_hedge(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    b, c = w.pick(pairs)[0]
    text = (f"I don't think the {h53_c(w, b)} block should be on the {h53_c(w, c)} block. "
            f"Maybe put it on the table instead?")
    return text, rels(Rel("on_table", b))


def h53_neg_reason(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    x = w.state.base(b)
    text = f"Take the {h53_c(w, b)} block out of the {h53_c(w, x)} bowl, but don't throw it away, I still need it."
    return text, lambda _i, f: f.base(b) not in (x, BIN)


# ----- relative ----------------------------------------------------------------------------------------
def h53_rel_pref(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    p = w.pick(list(PLACES))[0]
    text = f"Move the block that's on top of the {h53_c(w, below)} block, ideally to the {p}."
    return text, rels(Rel("at", top, p))


def h53_rel_alt(w: World) -> Made:
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not singles:
        return None
    x = w.pick(singles)[0]
    b = w.state.in_bowl(x)[0]
    text = f"The block that's in the {h53_c(w, x)} bowl, put it on the table or in the bin, whichever is easier."
    return text, h53_any(rels(Rel("on_table", b)), rels(Rel("in_bin", b)))


def h53_rel_indiff(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    c = w.pick(clear)[0]
    loose = [b for b in h53_free(w) if w.state.base(b) not in w.bowls]
    if not [b for b in loose if b != c and c not in w.state.above(b)]:
        return None
    text = f"Take any block that isn't in a bowl and put it on the {h53_c(w, c)} block, I'm not picky."
    return text, lambda _i, f: any(f.support[b] == c for b in loose)


def h53_rel_order(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    p = w.pick(list(PLACES))[0]
    cb = h53_c(w, below)
    text = f"First put the block that's on top of the {cb} block in the {p}, then put the {cb} block on it."
    return text, rels(Rel("at", top, p), Rel("on", below, top))


def h53_rel_hedge(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    text = (f"I think the block the {h53_c(w, top)} block is sitting on should probably go in the bin. "
            f"Could you do that?")
    return text, both(binned([below]), none_binned([top]))


def h53_rel_reason(w: World) -> Made:
    opts = [(b, k) for k in w.in_bowls() for b in w.blocks
            if w.state.base(b) != w.state.base(k) and h53_room(w, w.state.base(k))]
    if not opts:
        return None
    b, k = w.pick(opts)[0]
    x = w.state.base(k)
    text = f"Put the {h53_c(w, b)} block in the bowl the {h53_c(w, k)} block is in, I want to keep them together."
    return text, rels(Rel("in", b, x))


# ----- keep --------------------------------------------------------------------------------------------
def h53_keep_pref(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    opts = [(b, k) for b in w.blocks for k in w.blocks
            if b != k and w.state.base(b) != x and k not in w.state.above(b)]
    if not opts or not h53_room(w, x):
        return None
    b, k = w.pick(opts)[0]
    text = (f"Put the {h53_c(w, b)} block in the {h53_c(w, x)} bowl, and ideally leave the {h53_c(w, k)} block "
            f"where it is.")
    return text, both(rels(Rel("in", b, x)), kept(k))


def h53_keep_alt(w: World) -> Made:
    p = w.pick(list(PLACES))[0]
    opts = [(b, k) for b in h53_free(w) for k in w.blocks if b != k and k not in w.state.above(b)]
    if not opts:
        return None
    b, k = w.pick(opts)[0]
    text = (f"Move the {h53_c(w, b)} block to the bin or the {p}, your choice, "
            f"but leave the {h53_c(w, k)} block alone.")
    return text, both(h53_any(rels(Rel("in_bin", b)), rels(Rel("at", b, p))), kept(k))


def h53_keep_indiff(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    if not h53_room(w, x):
        return None
    k = w.pick(w.blocks)[0]
    if not [b for b in w.blocks if b != k and w.state.base(b) != x and k not in w.state.above(b)]:
        return None
    text = f"Put any block you like in the {h53_c(w, x)} bowl, as long as the {h53_c(w, k)} block stays where it is."
    return text, both(h53_newly_in(x), kept(k))


def h53_keep_order(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != x]
    if len(cands) < 2 or not h53_room(w, x, 2):
        return None
    a, b = w.pick(cands, 2)
    keeps = [k for k in w.blocks if k not in (a, b) and k not in w.state.above(a) and k not in w.state.above(b)]
    if not keeps:
        return None
    k = w.pick(keeps)[0]
    text = (f"{h53_c(w, a).capitalize()} block into the {h53_c(w, x)} bowl first, then the {h53_c(w, b)} block in "
            f"after it. Leave the {h53_c(w, k)} block as it is.")
    return text, both(rels(Rel("in", a, x), Rel("in", b, x)), kept(k))


def h53_keep_hedge(w: World) -> Made:
    opts = [(b, c, k) for b in w.blocks for c in w.clear_blocks() for k in w.blocks
            if len({b, c, k}) == 3 and w.state.support[b] != c and c not in w.state.above(b)
            and k not in w.state.above(b)]
    if not opts:
        return None
    b, c, k = w.pick(opts)[0]
    text = (f"If it's OK, could you put the {h53_c(w, b)} block on the {h53_c(w, c)} block "
            f"without moving the {h53_c(w, k)} block?")
    return text, both(rels(Rel("on", b, c)), kept(k))


def h53_keep_reason(w: World) -> Made:
    opts = [(b, k) for b in h53_free(w) for k in w.blocks if b != k and k not in w.state.above(b)]
    if not opts:
        return None
    b, k = w.pick(opts)[0]
    text = f"Bin the {h53_c(w, b)} block but keep the {h53_c(w, k)} block where it is, I'm still using it."
    return text, both(binned([b]), kept(k))


# ----- multi_step --------------------------------------------------------------------------------------
def h53_multi_pref(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != x]
    if not cands or not h53_room(w, x):
        return None
    a = w.pick(cands)[0]
    b = w.pick([o for o in w.blocks if o != a])[0]
    p = w.pick(list(PLACES))[0]
    text = (f"Put the {h53_c(w, a)} block in the {h53_c(w, x)} bowl and then the {h53_c(w, b)} block on the table, "
            f"ideally in the {p}.")
    return text, rels(Rel("in", a, x), Rel("at", b, p))


def h53_multi_alt(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    if not h53_room(w, x):
        return None
    st = w.state
    opts = [(a, c, b) for a in w.blocks for c in w.clear_blocks() for b in w.blocks
            if len({a, b, c}) == 3 and st.support[a] != c and c not in st.above(a) and c not in st.above(b)
            and st.base(b) != x]
    if not opts:
        return None
    a, c, b = w.pick(opts)[0]
    text = (f"Put the {h53_c(w, a)} block on the {h53_c(w, c)} block, then the {h53_c(w, b)} block in the bin or the "
            f"{h53_c(w, x)} bowl, whichever you prefer.")
    return text, both(rels(Rel("on", a, c)), h53_any(rels(Rel("in_bin", b)), rels(Rel("in", b, x))))


def h53_multi_indiff(w: World) -> Made:
    a, p = w.pick(h53_free(w))[0], w.pick(list(PLACES))[0]
    text = f"Move the {h53_c(w, a)} block to the {p}, then put whichever block you like on top of it."
    return text, both(rels(Rel("at", a, p)), lambda _i, f: bool(f.on_top(a)))


def h53_multi_order(w: World) -> Made:
    st = w.state
    opts = [(a, b, c) for a in h53_free(w) for b in w.blocks for c in h53_free(w)
            if len({a, b, c}) == 3 and st.support[b] != c and c not in st.above(b)]
    if not opts:
        return None
    a, b, c = w.pick(opts)[0]
    text = f"Do the {h53_c(w, a)} block first, into the bin, then the {h53_c(w, b)} block onto the {h53_c(w, c)} block."
    return text, rels(Rel("in_bin", a), Rel("on", b, c))


def h53_multi_hedge(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    opts = [(a, b) for a in h53_free(w) for b in w.blocks
            if a != b and not h53_flat(w.state, a) and w.state.base(b) != x]
    if not opts or not h53_room(w, x):
        return None
    a, b = w.pick(opts)[0]
    one = "block" if h53_c(w, b) == h53_c(w, x) else "one"
    text = (f"Maybe put the {h53_c(w, a)} block on the table and, um, the {h53_c(w, b)} {one} in the "
            f"{h53_c(w, x)} bowl? I think that's right.")
    return text, rels(Rel("on_table", a), Rel("in", b, x))


def h53_multi_reason(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    x = w.pick(full)[0]
    inside = w.state.in_bowl(x)
    b = w.pick([o for o in w.blocks if o not in inside])[0]
    text = (f"Empty the {h53_c(w, x)} bowl onto the table and then put the {h53_c(w, b)} block in it, "
            f"I want it in there by itself.")
    return text, both(rels(*(Rel("on_table", o) for o in inside), Rel("in", b, x)), count_in(x, 1))


# ----- question ----------------------------------------------------------------------------------------
def h53_q_pref(w: World) -> Made:
    lower = [s for _, s in w.pairs()]
    b = w.pick(lower if lower and w.rng.random() < 0.5 else w.blocks)[0]
    text = f"I'd prefer to take the {h53_c(w, b)} block without moving anything else. Is there anything on top of it?"
    return text, answered(yes(not w.state.is_clear(b)))


def h53_q_alt(w: World) -> Made:
    if len(w.bowls) < 2 or not w.in_bowls():
        return None
    b = w.pick(w.in_bowls())[0]
    x = w.state.base(b)
    y = w.pick([o for o in w.bowls if o != x])[0]
    first, second = (x, y) if w.rng.random() < 0.5 else (y, x)
    text = f"Is the {h53_c(w, b)} block in the {h53_c(w, first)} bowl or the {h53_c(w, second)} one?"
    return text, answered(f"{h53_c(w, x)}|bowl")


def h53_q_indiff(w: World) -> Made:
    n = len(w.in_bowls())
    if n < 1:
        return None
    return "How many blocks are in bowls at the moment? Any bowl counts.", answered(str(n))


def h53_q_order(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    b = w.pick(covered)[0]
    first = w.state.above(b)[0]
    text = f"What do I need to take off first to get at the {h53_c(w, b)} block?"
    return text, answered(f"{h53_c(w, first)}|block")


def h53_q_hedge(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        b, c = w.pick(pairs)[0]
    else:
        b, c = w.pick(w.blocks, 2)
    flag = w.state.support[b] == c
    text = f"I might be wrong, but is the {h53_c(w, b)} block sitting on the {h53_c(w, c)} block?"
    return text, answered(yes(flag))


def h53_q_reason(w: World) -> Made:
    x = w.pick(w.bowls)[0]
    text = f"Is the {h53_c(w, x)} bowl empty? I want to put something in it."
    return text, answered(yes(not w.state.in_bowl(x)))


# ----- matching ----------------------------------------------------------------------------------------
def h53_match_pref(w: World) -> Made:
    made = h53_matched(w)
    if made is None:
        return None
    return "Ideally each block should go in the bowl that's the same colour as it.", made[1]


def h53_match_alt(w: World) -> Made:
    made = h53_matched(w)
    bowl_colours = {w.colour(x) for x in w.bowls}
    odd = [b for b in h53_free(w) if w.colour(b) not in bowl_colours]
    if made is None or not odd:
        return None
    goal = made[1]

    def check(i: SymState, f: SymState) -> bool:
        return goal(i, f) and all(f.support[b] == i.support[b] or h53_flat(f, b) for b in odd)

    text = ("Sort the blocks into the bowls by colour. Any block that hasn't got a bowl in its colour can stay where "
            "it is or go on the table, your call.")
    return text, check


def h53_match_indiff(w: World) -> Made:
    made = h53_matched(w)
    if made is None:
        return None
    return "match up the colours, blocks into the bowl of the same colour. i don't mind what order", made[1]


def h53_match_order(w: World) -> Made:
    made = h53_matched(w)
    if made is None:
        return None
    todo = [r.block for r in matching(w) if w.state.base(r.block) != r.target]
    c = h53_c(w, w.pick(todo)[0])
    text = f"Put each block in the bowl of its own colour. Do the {c} one first, the others whenever."
    return text, made[1]


def h53_match_hedge(w: World) -> Made:
    made = h53_matched(w)
    if made is None:
        return None
    text = ("I think the blocks are supposed to go in the bowls that match their colour? "
            "Could you do that, if it's no bother.")
    return text, made[1]


def h53_match_reason(w: World) -> Made:
    made = h53_matched(w)
    if made is None:
        return None
    return "Could you sort the blocks into the matching bowls? It'll make them easier to find later.", made[1]


FRESH53: list[Template] = [
    ("h53_imp_pref", "imperative", h53_imp_pref),
    ("h53_imp_alt", "imperative", h53_imp_alt),
    ("h53_imp_indiff", "imperative", h53_imp_indiff),
    ("h53_imp_order", "imperative", h53_imp_order),
    ("h53_imp_hedge", "imperative", h53_imp_hedge),
    ("h53_imp_reason", "imperative", h53_imp_reason),
    ("h53_dec_pref", "declarative", h53_dec_pref),
    ("h53_dec_alt", "declarative", h53_dec_alt),
    ("h53_dec_indiff", "declarative", h53_dec_indiff),
    ("h53_dec_order", "declarative", h53_dec_order),
    ("h53_dec_hedge", "declarative", h53_dec_hedge),
    ("h53_dec_reason", "declarative", h53_dec_reason),
    ("h53_des_pref", "desiderative", h53_des_pref),
    ("h53_des_alt", "desiderative", h53_des_alt),
    ("h53_des_indiff", "desiderative", h53_des_indiff),
    ("h53_des_order", "desiderative", h53_des_order),
    ("h53_des_hedge", "desiderative", h53_des_hedge),
    ("h53_des_reason", "desiderative", h53_des_reason),
    ("h53_qua_pref", "quantified", h53_qua_pref),
    ("h53_qua_alt", "quantified", h53_qua_alt),
    ("h53_qua_indiff", "quantified", h53_qua_indiff),
    ("h53_qua_order", "quantified", h53_qua_order),
    ("h53_qua_hedge", "quantified", h53_qua_hedge),
    ("h53_qua_reason", "quantified", h53_qua_reason),
    ("h53_neg_pref", "negated", h53_neg_pref),
    ("h53_neg_alt", "negated", h53_neg_alt),
    ("h53_neg_indiff", "negated", h53_neg_indiff),
    ("h53_neg_order", "negated", h53_neg_order),
    ("h53_neg_hedge", "negated", h53_neg_hedge),
    ("h53_neg_reason", "negated", h53_neg_reason),
    ("h53_rel_pref", "relative", h53_rel_pref),
    ("h53_rel_alt", "relative", h53_rel_alt),
    ("h53_rel_indiff", "relative", h53_rel_indiff),
    ("h53_rel_order", "relative", h53_rel_order),
    ("h53_rel_hedge", "relative", h53_rel_hedge),
    ("h53_rel_reason", "relative", h53_rel_reason),
    ("h53_keep_pref", "keep", h53_keep_pref),
    ("h53_keep_alt", "keep", h53_keep_alt),
    ("h53_keep_indiff", "keep", h53_keep_indiff),
    ("h53_keep_order", "keep", h53_keep_order),
    ("h53_keep_hedge", "keep", h53_keep_hedge),
    ("h53_keep_reason", "keep", h53_keep_reason),
    ("h53_multi_pref", "multi_step", h53_multi_pref),
    ("h53_multi_alt", "multi_step", h53_multi_alt),
    ("h53_multi_indiff", "multi_step", h53_multi_indiff),
    ("h53_multi_order", "multi_step", h53_multi_order),
    ("h53_multi_hedge", "multi_step", h53_multi_hedge),
    ("h53_multi_reason", "multi_step", h53_multi_reason),
    ("h53_q_pref", "question", h53_q_pref),
    ("h53_q_alt", "question", h53_q_alt),
    ("h53_q_indiff", "question", h53_q_indiff),
    ("h53_q_order", "question", h53_q_order),
    ("h53_q_hedge", "question", h53_q_hedge),
    ("h53_q_reason", "question", h53_q_reason),
    ("h53_match_pref", "matching", h53_match_pref),
    ("h53_match_alt", "matching", h53_match_alt),
    ("h53_match_indiff", "matching", h53_match_indiff),
    ("h53_match_order", "matching", h53_match_order),
    ("h53_match_hedge", "matching", h53_match_hedge),
    ("h53_match_reason", "matching", h53_match_reason),
]
