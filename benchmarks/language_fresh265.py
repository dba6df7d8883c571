"""`FRESH265`, the two-hundred-and-sixty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing into the chat window in their own plain words.
The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting by colour,
clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the table (one
or two in a message). Six kinds of people write them:
- mailcarrier: "Morning! Just back off the Miller Road loop. Could you put the red block in the blue bowl for me?"
- romanian: "I want that the green block is in the yellow bowl, please."
- scientist5: "Step one: move the orange block to the middle. Step two: place the purple block on top of it."
- teen7: "first bin the red block then put the blue block in the green bowl"
- aunt: "Sweetie, is the blue block in a bowl? And how many bowls have we got out, I forget."
- plain46: "Put the red block in the bin and leave everything else alone."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5ab8f09, the code of 6f5a664, before anything it could prompt): 0.9267
goal-correct (278 of 300), 19 refused, no question, no wrong action and three wrong replies. The wrong replies: the
aunt's "Sweetie, is X in a bowl? And how many bowls have we got out, I forget." The refusals: the scientist's "My goal
is a single tower composed of X, Y and Z, with X as its base." and "Sort by colour: every block whose colour matches a
bowl goes into that bowl; all other blocks remain exactly where they are."; the mail carrier's "Could you put every
block that's in a bowl into the bin? Same as the dead letters, straight in the bin they go."; the Romanian speaker's
"Move X to the top right corner, and Y let it where it is, please."
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

CORNERS = list(PLACES[:4])


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _made(w: World, text: str, *checks: Check) -> Made:
    """An action: the goal plus an empty gripper; None when the goal already holds in the scene."""
    check = both(*checks, _idle)
    return None if check(w.state, w.state) else (text, check)


def _level(st: SymState, block: str) -> int:
    """How many blocks stand from the bottom of `block`'s tower up to and including it."""
    n, s = 1, st.support[block]
    while s in st.support:
        n, s = n + 1, st.support[s]
    return n


def _below(st: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, s = [], st.support[block]
    while s in st.support:
        out.append(s)
        s = st.support[s]
    return out


def _can_stack(st: SymState, top: str, below: str) -> bool:
    """Whether `top` can sensibly go onto `below`: different, not under it, and the tower stays low enough."""
    return top != below and top not in _below(st, below) and _level(st, below) + 1 <= layout.MAX_TOWER


def _room(st: SymState, bowl: str, k: int = 1) -> bool:
    return len(st.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _flat(st: SymState, block: str) -> bool:
    """Directly on the table (or a named place on it)."""
    return st.support[block] in (TABLE, *PLACES)


def _alone(st: SymState, block: str) -> bool:
    """A one-block tower standing on the table."""
    return _flat(st, block) and st.is_clear(block)


def _in_bin(f: SymState) -> int:
    return sum(1 for b in f.blocks if f.base(b) == BIN)


def _place_words(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _nearest(w: World, ref: str, candidates: list[str]) -> str | None:
    """The one candidate clearly nearest to `ref`: a lone block, at least 3 cm nearer than any other."""
    ranked = sorted(candidates, key=lambda b: w.dist(ref, b))
    if not ranked:
        return None
    best = ranked[0]
    if len(ranked) > 1 and w.dist(ref, ranked[1]) < w.dist(ref, best) + 0.03:
        return None
    return best


# ----- imperative ----------------------------------------------------------------------------------------
def t265_imp_mailcarrier(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    blk = w.pick(blocks)[0]
    text = f"Morning! Just back off the Miller Road loop. Could you put the {blk} in the {bowl} for me?"
    return _made(w, text, rels(Rel("in", blk, bowl)))


def t265_imp_romanian(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if _can_stack(w.state, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Please, you can put the {a} on top of the {b}? Thank you very much."
    return _made(w, text, rels(Rel("on", a, b)))


def t265_imp_scientist5(w: World) -> Made:
    blk = w.pick(w.blocks)[0]
    place = w.rng.choice(PLACES)
    text = f"Please relocate the {blk} to {_place_words(place)}. I would like to observe it in that position."
    return _made(w, text, rels(Rel("at", blk, place)))


def t265_imp_teen7(w: World) -> Made:
    blk = w.pick(w.blocks)[0]
    text = f"yo can u toss the {blk} in the bin"
    return _made(w, text, rels(Rel("in_bin", blk)))


def t265_imp_aunt(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    blk = w.pick(inside)[0]
    bowl = w.state.base(blk)
    text = (f"Sweetie, would you take the {blk} out of the {bowl} and just pop it down on the table? "
            f"Thank you, dear.")
    return _made(w, text, rels(Rel("on_table", blk)))


def t265_imp_plain46(w: World) -> Made:
    free = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if len(free) < 3:
        return None
    a, b, c = w.pick(free, 3)
    text = f"Build a tower out of the {a}, the {b} and the {c}."
    return _made(w, text, rels(Rel("tower", a, b, c)))


# ----- declarative ---------------------------------------------------------------------------------------
def t265_dec_mailcarrier(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    blk = w.pick(blocks)[0]
    text = f"The {blk} should be in the {bowl}. Like a letter in the right mailbox, you know?"
    return _made(w, text, rels(Rel("in", blk, bowl)))


def t265_dec_romanian(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if _can_stack(w.state, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"At the end the {a} need to be on the {b}."
    return _made(w, text, rels(Rel("on", a, b)))


def t265_dec_scientist5(w: World) -> Made:
    blk = w.pick(w.blocks)[0]
    place = w.rng.choice(PLACES)
    where = "in the middle of the table" if place == "middle" else f"in the {place}"
    text = f"Expected final state: the {blk} rests {where}."
    return _made(w, text, rels(Rel("at", blk, place)))


def t265_dec_teen7(w: World) -> Made:
    blk = w.pick(w.blocks)[0]
    text = f"ok so the {blk} goes in the bin, its ugly lol"
    return _made(w, text, rels(Rel("in_bin", blk)))


def t265_dec_aunt(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = f"Sweetie, the {bowl} ought to be empty, that's where I keep my car keys."
    return _made(w, text, empty(bowl))


def t265_dec_plain46(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"The {top} should be on the table, not on the {below}."
    return _made(w, text, rels(Rel("on_table", top)))


# ----- desiderative --------------------------------------------------------------------------------------
def t265_des_mailcarrier(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if _can_stack(w.state, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"I'd like the {a} sitting on top of the {b}, if it's no trouble. My back's sore from the route today."
    return _made(w, text, rels(Rel("on", a, b)))


def t265_des_romanian(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    blk = w.pick(blocks)[0]
    text = f"I want that the {blk} is in the {bowl}, please."
    return _made(w, text, rels(Rel("in", blk, bowl)))


def t265_des_scientist5(w: World) -> Made:
    free = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if len(free) < 3:
        return None
    a, b, c = w.pick(free, 3)
    text = f"My goal is a single tower composed of the {a}, the {b} and the {c}, with the {a} as its base."
    return _made(w, text, rels(Rel("tower", a, b, c), Rel("on_table", a)))


def t265_des_teen7(w: World) -> Made:
    blk = w.pick(w.blocks)[0]
    corner = w.rng.choice(CORNERS)
    text = f"i want the {blk} in the {corner} lol"
    return _made(w, text, rels(Rel("at", blk, corner)))


def t265_des_aunt(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    text = f"Oh sweetie, I'd love for the {a} and the {b} to both go in the bin, they're just clutter."
    return _made(w, text, binned([a, b]))


def t265_des_plain46(w: World) -> Made:
    off = [b for b in w.blocks if not _flat(w.state, b)]
    if not off:
        return None
    blk = w.pick(off)[0]
    text = f"I'd like the {blk} on the table, please."
    return _made(w, text, rels(Rel("on_table", blk)))


# ----- quantified ----------------------------------------------------------------------------------------
def t265_qua_mailcarrier(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(inside) > 5:
        return None
    text = ("Could you put every block that's in a bowl into the bin? Same as the dead letters, "
            "straight in the bin they go.")
    return _made(w, text, binned(inside))


def t265_qua_romanian(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    text = f"Please put exactly two blocks in the {bowl}, not more, not less."
    return _made(w, text, count_in(bowl, 2))


def t265_qua_scientist5(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    text = "Condition to satisfy: each bowl contains exactly one block."
    return _made(w, text, lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))


def t265_qua_teen7(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = "bin all the blocks, every single one"
    return _made(w, text, binned(w.blocks))


def t265_qua_aunt(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    bowls = w.bowls
    text = "Sweetie, could you put all the blocks into the bowls? Any bowl at all is fine by me."
    return _made(w, text, lambda _i, f: all(f.base(b) in bowls for b in f.blocks))


def t265_qua_plain46(w: World) -> Made:
    if len(w.blocks) < 3 or _in_bin(w.state) > 0:
        return None
    text = "Put three blocks in the bin. Any three will do."
    return _made(w, text, lambda _i, f: _in_bin(f) == 3)


# ----- negated -------------------------------------------------------------------------------------------
def t265_neg_mailcarrier(w: World) -> Made:
    table = w.state.on_the_table()
    keepers = [b for b in table if _flat(w.state, b)]
    if not keepers:
        return None
    keep = w.pick(keepers)[0]
    others = [b for b in table if b != keep]
    if not others or len(others) > 5:
        return None
    text = f"Everything on the table goes in the bin except the {keep}. That one stays put."
    return _made(w, text, binned(others), kept(keep))


def t265_neg_romanian(w: World) -> Made:
    spare = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != spare]
    if len(others) > 5:
        return None
    text = f"Put all blocks in the bin, but not the {spare}."
    return _made(w, text, binned(others), none_binned([spare]))


def t265_neg_scientist5(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    spare = w.pick(outside)[0]
    others = [b for b in w.blocks if b != spare]
    text = f"Transfer every block except the {spare} into the {bowl}."
    return _made(w, text, rels(*(Rel("in", b, bowl) for b in others), Rel("in", spare, bowl, negated=True)))


def t265_neg_teen7(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = f"empty the {bowl} but dont put anything in the bin"
    return _made(w, text, empty(bowl), none_binned(w.blocks))


def t265_neg_aunt(w: World) -> Made:
    st = w.state
    options = []
    for a in w.blocks:
        for b in w.blocks:
            if not _can_stack(st, a, b) or st.support[a] == b:
                continue
            for c in w.blocks:
                if c not in (a, b) and c not in st.above(a) and c not in st.above(b):
                    options.append((a, b, c))
    if not options:
        return None
    a, b, c = w.rng.choice(options)
    text = f"Sweetie, move the {a} onto the {b}, but don't you touch the {c}, that one's mine."
    return _made(w, text, rels(Rel("on", a, b)), kept(c))


def t265_neg_plain46(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    _top, below = w.rng.choice(pairs)
    text = f"Clear everything off the {below}, but don't throw any of it away."
    return _made(w, text, rels(Rel("clear", below)), none_binned(w.state.above(below)))


# ----- relative ------------------------------------------------------------------------------------------
def t265_rel_mailcarrier(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"See the block sitting on the {below}? Put that one in the bin, please. Thanks, friend."
    return _made(w, text, rels(Rel("in_bin", top)))


def t265_rel_romanian(w: World) -> Made:
    pairs = w.pairs()
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not pairs or not bowls:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.pick(bowls)[0]
    text = f"Put the block which is under the {top} in the {bowl}."
    return _made(w, text, rels(Rel("in", below, bowl)))


def t265_rel_scientist5(w: World) -> Made:
    st = w.state
    ref = w.pick(w.blocks)[0]
    tower = {ref, *st.above(ref), *_below(st, ref)}
    best = _nearest(w, ref, [b for b in w.blocks if b not in tower])
    if best is None or not _alone(st, best):
        return None
    place = w.rng.choice(PLACES)
    text = f"Take the block closest to the {ref} and relocate it to {_place_words(place)}."
    return _made(w, text, rels(Rel("at", best, place)))


def t265_rel_teen7(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"the one on top of the {below}, put it on the table"
    return _made(w, text, rels(Rel("on_table", top)))


def t265_rel_aunt(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.pick(singles)[0]
    blk = w.state.in_bowl(bowl)[0]
    text = f"Sweetie, the block that's in the {bowl}, could you put it in the bin for me? There's a dear."
    return _made(w, text, rels(Rel("in_bin", blk)))


def t265_rel_plain46(w: World) -> Made:
    st = w.state
    free = [b for b in w.bowls if not st.in_bowl(b)]
    if not free:
        return None
    bowl = w.pick(free)[0]
    best = _nearest(w, bowl, w.blocks)
    if best is None or not _alone(st, best):
        return None
    text = f"Put the block that's closest to the {bowl} into that bowl."
    return _made(w, text, rels(Rel("in", best, bowl)))


# ----- keep ----------------------------------------------------------------------------------------------
def t265_keep_mailcarrier(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    a = w.pick(blocks)[0]
    others = [c for c in w.blocks if c != a and c not in w.state.above(a)]
    if not others:
        return None
    c = w.pick(others)[0]
    text = (f"Put the {a} in the {bowl}, but leave the {c} right where it is. "
            f"Same as the Hendersons' porch, you don't touch what's not yours.")
    return _made(w, text, rels(Rel("in", a, bowl)), kept(c))


def t265_keep_romanian(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    others = [c for c in w.blocks if c != a and c not in w.state.above(a)]
    if not others:
        return None
    c = w.pick(others)[0]
    corner = w.rng.choice(CORNERS)
    text = f"Move the {a} to the {corner}, and the {c} let it where it is, please."
    return _made(w, text, rels(Rel("at", a, corner)), kept(c))


def t265_keep_scientist5(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    src, ctl = w.pick(w.bowls, 2)
    contents, control = w.state.in_bowl(src), w.state.in_bowl(ctl)
    if not contents:
        return None
    text = (f"Empty the {src} into the bin, while keeping the {ctl} exactly as it is; "
            f"it serves as my control.")
    return _made(w, text, binned(contents), kept(*control),
                 lambda _i, f: sorted(f.in_bowl(ctl)) == sorted(control))


def t265_keep_teen7(w: World) -> Made:
    st = w.state
    options = []
    for a in w.blocks:
        for b in w.blocks:
            if not _can_stack(st, a, b) or st.support[a] == b:
                continue
            for c in w.blocks:
                if c not in (a, b) and c not in st.above(a) and c not in st.above(b):
                    options.append((a, b, c))
    if not options:
        return None
    a, b, c = w.rng.choice(options)
    text = f"stack the {a} on the {b} but dont move the {c} k"
    return _made(w, text, rels(Rel("on", a, b)), kept(c))


def t265_keep_aunt(w: World) -> Made:
    st = w.state
    inside = w.in_bowls()
    stacked = [t for t, _b in w.pairs() if st.base(t) not in w.bowls]
    if not stacked:
        return None
    blk = w.pick(stacked)[0]
    text = f"Sweetie, put the {blk} down on the table, and leave the bowls just the way they are, okay?"
    return _made(w, text, rels(Rel("on_table", blk)), kept(*inside),
                 lambda _i, f: all(sorted(f.in_bowl(b)) == sorted(st.in_bowl(b)) for b in st.bowls))


def t265_keep_plain46(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    blk = w.pick(clear)[0]
    others = [b for b in w.blocks if b != blk]
    text = f"Put the {blk} in the bin and leave everything else alone."
    return _made(w, text, rels(Rel("in_bin", blk)), kept(*others))


# ----- multi-step ----------------------------------------------------------------------------------------
def t265_multi_mailcarrier(w: World) -> Made:
    st = w.state
    bowl = w.pick(w.bowls)[0]
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    staying = [x for x in st.in_bowl(bowl) if x not in (a, b)]
    if len(staying) + 2 > layout.BOWL_CAPACITY:
        return None
    text = f"First put the {a} in the {bowl}, then set the {b} on top of it. Then I'm off to the post office."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def t265_multi_romanian(w: World) -> Made:
    st = w.state
    inside = [b for b in w.in_bowls() if st.is_clear(b)]
    if not inside:
        return None
    x = w.pick(inside)[0]
    bowl = st.base(x)
    outside = [b for b in w.blocks if st.base(b) != bowl]
    if not outside:
        return None
    y = w.pick(outside)[0]
    text = f"First you take the {x} out from the {bowl} and put it on the table, after put the {y} in the {bowl}."
    return _made(w, text, rels(Rel("on_table", x), Rel("in", y, bowl)))


def t265_multi_scientist5(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = (f"Step one: move the {a} to {_place_words(place)}. "
            f"Step two: place the {b} directly on top of the {a}.")
    return _made(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


def t265_multi_teen7(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w.state, b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.pick(bowls)[0]
    a, b = w.pick(w.blocks, 2)
    text = f"first bin the {a} then put the {b} in the {bowl}"
    return _made(w, text, rels(Rel("in_bin", a), Rel("in", b, bowl)))


def t265_multi_aunt(w: World) -> Made:
    st = w.state
    full = [b for b in w.bowls if st.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    contents = st.in_bowl(bowl)
    outside = [b for b in w.blocks if st.base(b) != bowl]
    if not outside or len(contents) > 5:
        return None
    blk = w.pick(outside)[0]
    text = (f"Sweetie, first empty out the {bowl}, everything in it goes in the bin, "
            f"and then put the {blk} in it. Oh, and thank you.")
    return _made(w, text, binned(contents), rels(Rel("in", blk, bowl)))


def t265_multi_plain46(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    g, r = w.pick(w.blocks, 2)
    corner = w.rng.choice(CORNERS)
    text = f"Stack the {g} on the {r}, and then move the two of them to the {corner}."
    return _made(w, text, rels(Rel("on", g, r), Rel("at", r, corner)))


# ----- questions -----------------------------------------------------------------------------------------
def t265_q_mailcarrier(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    n = len(w.state.in_bowl(bowl))
    text = f"How many blocks are in the {bowl}? I count parcels all day, so humour me."
    return text, answered(str(n))


def t265_q_romanian(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = holds(Rel("on", a, b), w.state)
    text = f"Please tell me, the {a} is on the {b}?"
    return text, answered(yes(flag))


def t265_q_scientist5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Observation request: which block is resting directly on the {below}?"
    return text, answered(top)


def t265_q_teen7(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    text = f"whats in the {bowl} rn"
    return text, answered("|".join(inside) if inside else "nothing")


def t265_q_aunt(w: World) -> Made:
    blk = w.pick(w.blocks)[0]
    flag = w.state.base(blk) in w.bowls
    text = f"Sweetie, is the {blk} in a bowl? And how many bowls have we got out, I forget."
    return text, answered(f"{yes(flag).lower()}|{len(w.bowls)}")


def t265_q_plain46(w: World) -> Made:
    st = w.state
    options = [b for b in w.blocks
               if st.support[b] in w.bowls or st.support[b] == TABLE
               or (st.support[b] in st.support and st.base(b) == TABLE)]
    if not options:
        return None
    blk = w.pick(options)[0]
    s = st.support[blk]
    text = f"Where is the {blk} right now?"
    return text, answered("table" if s == TABLE else s)


# ----- matching ------------------------------------------------------------------------------------------
def t265_match_mailcarrier(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Could you put each block in the bowl that's the same colour as it? Like sorting mail by route."
    return _made(w, text, rels(*want))


def t265_match_romanian(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Put the {r.block} in the bowl with the same colour, please."
    return _made(w, text, rels(r))


def t265_match_scientist5(w: World) -> Made:
    st = w.state
    want = matching(w)
    todo = [r for r in want if not holds(r, st)]
    if not todo:
        return None
    movers = {r.block for r in todo}
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(b in st.above(m) for b in rest for m in movers):
        return None
    if any(not _room(st, r.target) for r in todo):
        return None
    text = ("Sort by colour: every block whose colour matches a bowl goes into that bowl; "
            "all other blocks remain exactly where they are.")
    return _made(w, text, rels(*want), kept(*rest))


def t265_match_teen7(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"put the block thats the same color as the {r.target} in it"
    return _made(w, text, rels(r))


def t265_match_aunt(w: World) -> Made:
    want = matching(w)
    match = [r.block for r in want]
    odd = [b for b in w.blocks if b not in match]
    if not match or not odd or len(odd) > 5:
        return None
    text = ("Sweetie, the blocks that don't match any of the bowls, could you pop those in the bin? "
            "The matching ones can stay.")
    return _made(w, text, binned(odd), none_binned(match))


def t265_match_plain46(w: World) -> Made:
    colour = w.state.colours
    bowls = w.bowls
    text = "Make sure no block is sitting in a bowl of a different colour."

    def check(_i: SymState, f: SymState) -> bool:
        return all(colour[b] == colour[f.base(b)] for b in f.blocks if f.base(b) in bowls)

    return _made(w, text, check)


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mailcarrier", "romanian", "scientist5", "teen7", "aunt", "plain46")
FRESH265: list[Template] = [
    (f"t265_{short}_{style}", category, globals()[f"t265_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
