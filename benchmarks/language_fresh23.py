"""`FRESH23`, the twenty-fourth untuned batch: sixty language templates, six per category, for ordinary users.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
Each category has one template in each of six everyday styles: a terse lab engineer typing fast in lowercase, a
polite non-native speaker, a voice-assistant transcript (fillers, self-corrections, no punctuation), a patient
teacher, a casual British or American colloquial speaker, and a neutral writer who varies the vocabulary.

Its first run, before any fix it prompted (300 instructions, seed 0; on 074ada0): goal correct 0.767 (230 of 300); 14
templates missed, 2 of them with a wrong robot action or wrong kind of reply (10 instructions): 'grab the block the
green one's sitting on and pop it in the middle' (moved the green block itself), 'anything sat on the pink block?'
(stacked blocks on it instead of answering); on other scenes than that run's, 'the bowl that is the same colour as the
pink block' was read as the moved block's own bowl. Every other miss a refusal or a question (60). What it found: "'s"
for "is" ("which bowl's the X in?", "X's gonna sit on Y"), a word broken off before a repair ('put the uh yellow no
sorry the red block'), 'receptacle', a learner's 'please to put' and 'blocks what are', 'taken out and placed on',
'instead of it', "don't care which", 'do not stick X on Y', 'the X block, do not throw it away', an unpunctuated
'the bowl that has X in it put Y in that one', a bowl 'the same colour as' a block. The general rules it prompted
are tested in other words in `tests/agent/test_understanding_fresh23.py`; since then it is tuned on.
"""

from __future__ import annotations

from collections.abc import Callable

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

_BIN_ROOM = len(layout.BIN_SLOTS)  # the most blocks these templates ever ask to have in the bin


# ----- helpers --------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _into(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A random (block, bowl) where the block is not yet in that bowl and the bowl has room."""
    options = [(b, bw) for b in w.blocks for bw in w.bowls
               if b not in exclude and w.state.base(b) != bw and _room(w, bw)]
    return w.rng.choice(options) if options else None


def _depth(w: World, block: str) -> int:
    """How many blocks make up the tower from its bottom up to `block` (itself included)."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether asking to put `top` directly on `below` makes sense and is not already true."""
    st = w.state
    return (top != below and st.is_clear(below) and st.support[top] != below and below not in st.above(top)
            and st.base(below) in (TABLE, *PLACES) and _depth(w, below) < layout.MAX_TOWER)


def _stack_pair(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    options = [(t, b) for t in w.blocks for b in w.blocks
               if t not in exclude and b not in exclude and _stackable(w, t, b)]
    return w.rng.choice(options) if options else None


def _pair(w: World) -> tuple[str, str] | None:
    """A random (top, below) of a block resting directly on another."""
    pairs = w.pairs()
    return w.rng.choice(pairs) if pairs else None


def _place(w: World, block: str | None = None) -> str:
    options = [p for p in PLACES if block is None or w.state.base(block) != p]
    return w.rng.choice(options)


def _bin_count(f: SymState) -> int:
    return sum(1 for b in f.support if f.base(b) == BIN)


def _stay(w: World, *moving: str) -> list[str]:
    """Blocks other than `moving` that moving those never forces to move (none of them is above one)."""
    above = {a for m in moving for a in w.state.above(m)}
    return [b for b in w.blocks if b not in moving and b not in above]


def _matching(w: World) -> Check | None:
    want = matching(w)
    todo = [r for r in want if w.state.base(r.args[0]) != r.args[1]]
    if not todo or any(not _room(w, r.args[1]) for r in todo):
        return None
    return rels(*want)


# ----- imperative -----------------------------------------------------------------------------------
def z23_imp_terse(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = _place(w, b)
    return f"move {_c(w, b)} block to the {p} pls", rels(Rel("at", b, p))


def z23_imp_nonnative(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bw = pick
    return (f"Can you make the {_c(w, b)} block be inside the {_c(w, bw)} bowl, please?",
            rels(Rel("in", b, bw)))


def z23_imp_voice(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    right, wrong = w.pick(w.blocks, 2)
    return (f"um can you put the uh {_c(w, wrong)} no sorry the {_c(w, right)} block in the bin",
            both(binned([right]), none_binned([wrong])))


def z23_imp_teacher(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bw = pick
    return (f"Please pick up the {_c(w, b)} block and place it carefully in the {_c(w, bw)} bowl.",
            rels(Rel("in", b, bw)))


def z23_imp_colloquial(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return f"chuck the {_c(w, b)} block in the bin mate", binned([b])


def z23_imp_neutral(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bw = pick
    return f"Relocate the {_c(w, b)} cube to the {_c(w, bw)} container.", rels(Rel("in", b, bw))


# ----- declarative ----------------------------------------------------------------------------------
def z23_decl_terse(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bw = pick
    return f"{_c(w, b)} block goes in {_c(w, bw)} bowl", rels(Rel("in", b, bw))


def z23_decl_nonnative(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    return (f"The {_c(w, top)} block it should be on the table, not on the {_c(w, below)} block.",
            rels(Rel("on_table", top)))


def z23_decl_voice(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return f"okay so the uh the {_c(w, b)} block is going in the bin", binned([b])


def z23_decl_teacher(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = _place(w, b)
    where = "in the middle of the table" if p == "middle" else f"in the {p} of the table"
    return f"The {_c(w, b)} block belongs {where}.", rels(Rel("at", b, p))


def z23_decl_colloquial(w: World) -> Made:
    pick = _stack_pair(w)
    if pick is None:
        return None
    top, below = pick
    return (f"so the {_c(w, top)} block's gonna sit on top of the {_c(w, below)} one",
            rels(Rel("on", top, below)))


def z23_decl_neutral(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bw = pick
    return f"The {_c(w, b)} cube's proper place is the {_c(w, bw)} dish.", rels(Rel("in", b, bw))


# ----- desiderative ---------------------------------------------------------------------------------
def z23_des_terse(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bw = pick
    return f"need the {_c(w, b)} block in the {_c(w, bw)} bowl asap", rels(Rel("in", b, bw))


def z23_des_nonnative(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = _place(w, b)
    return f"I would like that you put the {_c(w, b)} block in the {p}.", rels(Rel("at", b, p))


def z23_des_voice(w: World) -> Made:
    pick = _stack_pair(w)
    if pick is None:
        return None
    top, below = pick
    return (f"i want um i want the {_c(w, top)} block like on top of the uh {_c(w, below)} block",
            rels(Rel("on", top, below)))


def z23_des_teacher(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return f"I would like the {_c(w, b)} block to end up in the bin, please.", binned([b])


def z23_des_colloquial(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    return (f"wanna have the {_c(w, top)} block off the {_c(w, below)} one and just sat on the table",
            rels(Rel("on_table", top)))


def z23_des_neutral(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bw = pick
    return (f"My preference is for the {_c(w, b)} cube to be deposited in the {_c(w, bw)} receptacle.",
            rels(Rel("in", b, bw)))


# ----- quantified -----------------------------------------------------------------------------------
def z23_quant_terse(w: World) -> Made:
    bowls = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not bowls or len(w.blocks) < 3:
        return None
    bw = w.rng.choice(bowls)
    return f"put 2 blocks in the {_c(w, bw)} bowl, any 2 is fine", count_in(bw, 2, exact=True)


def z23_quant_nonnative(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    inside = [b for b in w.blocks if b not in loose]
    if not inside or not loose or len(loose) > _BIN_ROOM:
        return None
    return ("Please put all blocks what are not in a bowl into the bin.",
            both(binned(loose), none_binned(inside)))


def z23_quant_voice(w: World) -> Made:
    if not w.bowls or len(w.blocks) < 2:
        return None
    bw = w.rng.choice(w.bowls)
    options = [b for b in w.blocks if w.state.base(b) != bw]
    if len(options) < 2 or not _room(w, bw, 2):
        return None
    a, b = w.pick(options, 2)
    return (f"um move both the {_c(w, a)} and the uh {_c(w, b)} blocks into the {_c(w, bw)} bowl",
            rels(Rel("in", a, bw), Rel("in", b, bw)))


def z23_quant_teacher(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return ("Every block that is sitting in a bowl should be taken out and placed on the table.",
            rels(*(Rel("on_table", b) for b in inside)))


def z23_quant_colloquial(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return "stick three of the blocks in the bin, don't care which", lambda _i, f: _bin_count(f) == 3


def z23_quant_neutral(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    inside = w.state.in_bowl(bw)
    others = [b for b in w.blocks if b not in inside]
    return (f"Transfer every cube currently in the {_c(w, bw)} dish to the bin.",
            both(binned(inside), none_binned(others)))


# ----- negated --------------------------------------------------------------------------------------
def z23_neg_terse(w: World) -> Made:
    keep = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != keep]
    if len(others) > _BIN_ROOM:
        return None
    return f"bin every block except the {_c(w, keep)} one pls", both(binned(others), none_binned([keep]))


def z23_neg_nonnative(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bw = pick
    return (f"The {_c(w, b)} block, please do not throw it away. Put it inside the {_c(w, bw)} bowl.",
            both(rels(Rel("in", b, bw)), none_binned([b])))


def z23_neg_voice(w: World) -> Made:
    if not w.bowls:
        return None
    b = w.rng.choice(w.blocks)
    bw = w.rng.choice(w.bowls)
    p = _place(w, b)
    return (f"um put the {_c(w, b)} block uh not in the {_c(w, bw)} bowl like in the {p} instead",
            rels(Rel("at", b, p)))


def z23_neg_teacher(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    inside = w.state.in_bowl(bw)
    return (f"Please take every block out of the {_c(w, bw)} bowl, but do not put any of them in the bin.",
            both(empty(bw), none_binned(inside)))


def z23_neg_colloquial(w: World) -> Made:
    options = [(t, b1, b2) for t in w.blocks for b1 in w.blocks for b2 in w.blocks
               if b1 != b2 and t not in (b1, b2) and w.state.support[t] != b1 and _stackable(w, t, b2)]
    if not options:
        return None
    top, wrong, right = w.rng.choice(options)
    return ((f"nah don't stick the {_c(w, top)} block on the {_c(w, wrong)} one, stick it on the "
            f"{_c(w, right)} one mate"), rels(Rel("on", top, right)))


def z23_neg_neutral(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    return (f"Lift the {_c(w, top)} cube off the {_c(w, below)} cube, but do not discard it.",
            lambda _i, f: f.support[top] != below and f.base(top) != BIN)


# ----- relative -------------------------------------------------------------------------------------
def z23_rel_terse(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    return f"put the block thats on the {_c(w, below)} block in the bin", binned([top])


def z23_rel_nonnative(w: World) -> Made:
    bowls = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    b = w.state.in_bowl(bw)[0]
    return (f"The block which is inside the {_c(w, bw)} bowl, please to put it on the table.",
            rels(Rel("on_table", b)))


def z23_rel_voice(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    ref = w.rng.choice(inside)
    bw = w.state.base(ref)
    options = [b for b in w.blocks if w.state.base(b) != bw]
    if not options or not _room(w, bw):
        return None
    b = w.rng.choice(options)
    return (f"so the bowl that has the {_c(w, ref)} block in it um put the {_c(w, b)} block in that one too",
            rels(Rel("in", b, bw)))


def z23_rel_teacher(w: World) -> Made:
    by_colour = {_c(w, bw): bw for bw in w.bowls}
    options = [(b, ref, by_colour[_c(w, ref)]) for ref in w.blocks if _c(w, ref) in by_colour
               for b in w.blocks if b != ref]
    options = [(b, ref, bw) for b, ref, bw in options if w.state.base(b) != bw and _room(w, bw)]
    if not options:
        return None
    b, ref, bw = w.rng.choice(options)
    return (f"Put the {_c(w, b)} block into the bowl that is the same colour as the {_c(w, ref)} block.",
            rels(Rel("in", b, bw)))


def z23_rel_colloquial(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    p = _place(w, below)
    return (f"grab the block the {_c(w, top)} one's sitting on and pop it in the {p}",
            rels(Rel("at", below, p)))


def z23_rel_neutral(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    bowls = [bw for bw in w.bowls if w.state.base(top) != bw and _room(w, bw)]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    return (f"Lift the cube sitting directly on the {_c(w, below)} cube and set it down in the {_c(w, bw)} dish.",
            rels(Rel("in", top, bw)))


# ----- keep -----------------------------------------------------------------------------------------
def z23_keep_terse(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, bw = pick
    stay = _stay(w, b)
    if not stay:
        return None
    s = w.rng.choice(stay)
    return (f"move {_c(w, b)} block to the {_c(w, bw)} bowl, leave {_c(w, s)} where it is",
            both(rels(Rel("in", b, bw)), kept(s)))


def z23_keep_nonnative(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    stay = _stay(w, b)
    if not stay:
        return None
    s = w.rng.choice(stay)
    return (f"Please put the {_c(w, b)} block in the bin but the {_c(w, s)} block must stay where it is now.",
            both(binned([b]), kept(s)))


def z23_keep_voice(w: World) -> Made:
    pick = _stack_pair(w)
    if pick is None:
        return None
    top, below = pick
    stay = _stay(w, top, below)
    if not stay:
        return None
    s = w.rng.choice(stay)
    return ((f"um stack the {_c(w, top)} block on the uh {_c(w, below)} block and like don't touch the "
            f"{_c(w, s)} one"), both(rels(Rel("on", top, below)), kept(s)))


def z23_keep_teacher(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    bowls = [bw for bw in w.bowls if w.state.base(top) != bw and _room(w, bw)]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    tc, bc = _c(w, top), _c(w, below)
    return ((f"Please take the {tc} block off the {bc} block and put it in the {_c(w, bw)} bowl, but leave the "
            f"{bc} block where it is."), both(rels(Rel("in", top, bw)), kept(below)))


def z23_keep_colloquial(w: World) -> Made:
    options = [(b, bw) for b in w.blocks for bw in w.bowls
               if w.state.is_clear(b) and w.state.base(b) != bw and _room(w, bw)]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    rest = [x for x in w.blocks if x != b]
    return (f"chuck the {_c(w, b)} block in the {_c(w, bw)} bowl but leave the rest alone yeah",
            both(rels(Rel("in", b, bw)), kept(*rest)))


def z23_keep_neutral(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    stay = _stay(w, b)
    if not stay:
        return None
    s = w.rng.choice(stay)
    p = _place(w, b)
    return (f"Relocate the {_c(w, b)} cube to the {p} while leaving the {_c(w, s)} cube undisturbed.",
            both(rels(Rel("at", b, p)), kept(s)))


# ----- multi_step -----------------------------------------------------------------------------------
def z23_multi_terse(w: World) -> Made:
    options = [(a, b, bw) for a in w.blocks for b in w.blocks for bw in w.bowls
               if a != b and w.state.base(a) != bw and w.state.base(b) != bw and _room(w, bw, 2)]
    if not options:
        return None
    a, b, bw = w.rng.choice(options)
    return (f"put {_c(w, a)} block in {_c(w, bw)} bowl then {_c(w, b)} block on top of it",
            rels(Rel("in", a, bw), Rel("on", b, a)))


def z23_multi_nonnative(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bw = w.state.base(x)
    options = [b for b in w.blocks if w.state.base(b) != bw]
    if not options:
        return None
    y = w.rng.choice(options)
    return ((f"First please take the {_c(w, x)} block out from the {_c(w, bw)} bowl, after you put it on the "
            f"table and put the {_c(w, y)} block in the {_c(w, bw)} bowl instead of it."),
            rels(Rel("on_table", x), Rel("in", y, bw)))


def z23_multi_voice(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    p = _place(w, a)
    return ((f"okay um first put the {_c(w, a)} block in the {p} and then uh the {_c(w, b)} block goes on top "
            "of it"), rels(Rel("at", a, p), Rel("on", b, a)))


def z23_multi_teacher(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    p1, p2 = w.pick([p for p in PLACES if p != "middle"], 2)
    if w.state.base(a) == p1 and w.state.base(b) == p2:
        return None
    return ((f"First, move the {_c(w, a)} block to the {p1}. Next, move the {_c(w, b)} block to the {p2}. "
            f"Finally, put the {_c(w, c)} block in the bin."),
            rels(Rel("at", a, p1), Rel("at", b, p2), Rel("in_bin", c)))


def z23_multi_colloquial(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    return (f"take the {_c(w, top)} one off the {_c(w, below)} one, then chuck the {_c(w, below)} one in the bin",
            lambda _i, f: f.base(below) == BIN and f.base(top) != BIN)


def z23_multi_neutral(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    p = _place(w, b)
    return (f"Discard the {_c(w, a)} cube, then position the {_c(w, b)} cube in the {p}.",
            rels(Rel("in_bin", a), Rel("at", b, p)))


# ----- question -------------------------------------------------------------------------------------
def z23_q_terse(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    return f"how many blocks in {_c(w, bw)} bowl?", answered(str(len(w.state.in_bowl(bw))))


def z23_q_nonnative(w: World) -> Made:
    if not w.bowls:
        return None
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bw = w.state.base(b)
    else:
        b, bw = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    return (f"The {_c(w, b)} block, is it inside of the {_c(w, bw)} bowl?",
            answered(yes(w.state.base(b) == bw)))


def z23_q_voice(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        return f"um what's like on top of the uh {_c(w, below)} block", answered(f"{_c(w, top)}|block")
    clear = [b for b in w.blocks if w.state.is_clear(b)]
    b = w.rng.choice(clear)
    return f"um what's like on top of the uh {_c(w, b)} block", answered("nothing")


def z23_q_teacher(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bw = w.state.base(b)
    return f"Could you tell me which bowl the {_c(w, b)} block is in?", answered(f"{_c(w, bw)}|bowl")


def z23_q_colloquial(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        b = w.rng.choice(pairs)[1]
    else:
        b = w.rng.choice(w.blocks)
    return f"anything sat on the {_c(w, b)} block?", answered(yes(not w.state.is_clear(b)))


def z23_q_neutral(w: World) -> Made:
    return "How many cubes are there altogether?", answered(str(len(w.blocks)))


# ----- matching -------------------------------------------------------------------------------------
def _match(text: str) -> Callable[[World], Made]:
    def make(w: World) -> Made:
        check = _matching(w)
        return None if check is None else (text, check)
    return make


z23_match_terse = _match("sort blocks into matching bowls pls")
z23_match_nonnative = _match("Please put each block in the bowl of the same colour like it.")
z23_match_voice = _match("um can you put the blocks in the uh the bowls that match their colour")
z23_match_teacher = _match("Please place every block into the bowl that has the same colour as the block itself.")
z23_match_colloquial = _match("pop the blocks in the bowls that match 'em, cheers")
z23_match_neutral = _match("Arrange the cubes so that each one rests in the dish of its own colour.")


FRESH23: list[Template] = [
    ("z23_imp_terse", "imperative", z23_imp_terse),
    ("z23_imp_nonnative", "imperative", z23_imp_nonnative),
    ("z23_imp_voice", "imperative", z23_imp_voice),
    ("z23_imp_teacher", "imperative", z23_imp_teacher),
    ("z23_imp_colloquial", "imperative", z23_imp_colloquial),
    ("z23_imp_neutral", "imperative", z23_imp_neutral),
    ("z23_decl_terse", "declarative", z23_decl_terse),
    ("z23_decl_nonnative", "declarative", z23_decl_nonnative),
    ("z23_decl_voice", "declarative", z23_decl_voice),
    ("z23_decl_teacher", "declarative", z23_decl_teacher),
    ("z23_decl_colloquial", "declarative", z23_decl_colloquial),
    ("z23_decl_neutral", "declarative", z23_decl_neutral),
    ("z23_des_terse", "desiderative", z23_des_terse),
    ("z23_des_nonnative", "desiderative", z23_des_nonnative),
    ("z23_des_voice", "desiderative", z23_des_voice),
    ("z23_des_teacher", "desiderative", z23_des_teacher),
    ("z23_des_colloquial", "desiderative", z23_des_colloquial),
    ("z23_des_neutral", "desiderative", z23_des_neutral),
    ("z23_quant_terse", "quantified", z23_quant_terse),
    ("z23_quant_nonnative", "quantified", z23_quant_nonnative),
    ("z23_quant_voice", "quantified", z23_quant_voice),
    ("z23_quant_teacher", "quantified", z23_quant_teacher),
    ("z23_quant_colloquial", "quantified", z23_quant_colloquial),
    ("z23_quant_neutral", "quantified", z23_quant_neutral),
    ("z23_neg_terse", "negated", z23_neg_terse),
    ("z23_neg_nonnative", "negated", z23_neg_nonnative),
    ("z23_neg_voice", "negated", z23_neg_voice),
    ("z23_neg_teacher", "negated", z23_neg_teacher),
    ("z23_neg_colloquial", "negated", z23_neg_colloquial),
    ("z23_neg_neutral", "negated", z23_neg_neutral),
    ("z23_rel_terse", "relative", z23_rel_terse),
    ("z23_rel_nonnative", "relative", z23_rel_nonnative),
    ("z23_rel_voice", "relative", z23_rel_voice),
    ("z23_rel_teacher", "relative", z23_rel_teacher),
    ("z23_rel_colloquial", "relative", z23_rel_colloquial),
    ("z23_rel_neutral", "relative", z23_rel_neutral),
    ("z23_keep_terse", "keep", z23_keep_terse),
    ("z23_keep_nonnative", "keep", z23_keep_nonnative),
    ("z23_keep_voice", "keep", z23_keep_voice),
    ("z23_keep_teacher", "keep", z23_keep_teacher),
    ("z23_keep_colloquial", "keep", z23_keep_colloquial),
    ("z23_keep_neutral", "keep", z23_keep_neutral),
    ("z23_multi_terse", "multi_step", z23_multi_terse),
    ("z23_multi_nonnative", "multi_step", z23_multi_nonnative),
    ("z23_multi_voice", "multi_step", z23_multi_voice),
    ("z23_multi_teacher", "multi_step", z23_multi_teacher),
    ("z23_multi_colloquial", "multi_step", z23_multi_colloquial),
    ("z23_multi_neutral", "multi_step", z23_multi_neutral),
    ("z23_q_terse", "question", z23_q_terse),
    ("z23_q_nonnative", "question", z23_q_nonnative),
    ("z23_q_voice", "question", z23_q_voice),
    ("z23_q_teacher", "question", z23_q_teacher),
    ("z23_q_colloquial", "question", z23_q_colloquial),
    ("z23_q_neutral", "question", z23_q_neutral),
    ("z23_match_terse", "matching", z23_match_terse),
    ("z23_match_nonnative", "matching", z23_match_nonnative),
    ("z23_match_voice", "matching", z23_match_voice),
    ("z23_match_teacher", "matching", z23_match_teacher),
    ("z23_match_colloquial", "matching", z23_match_colloquial),
    ("z23_match_neutral", "matching", z23_match_neutral),
]
