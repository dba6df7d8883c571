"""`FRESH236`, the two-hundred-and-thirty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six personas, one style each:
- barman: "Right, be a good lad and pop the red block in the blue bowl for me, cheers."
- malay: "Put the red block on top of the green block lah."
- teacher4: "Now, let's move the yellow block to the top left corner, please. Well done!"
- tired2: "bin the red block pls"
- surveyor: "Relocate the red block to the middle of the table, the centre point exactly."
- plain17: "Take the green block out of the purple bowl and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 160a4d6, the code of 8960651, before anything it could prompt): 0.8333
goal-correct (250 of 300), 50 refused, no question, no wrong action and no wrong reply. The refusals: the surveyor's "the
centre point exactly", "My requirement is a three-block tower: ...", "Do not disturb X under any circumstances.", "Measure
from X to each bowl and place the block in the bowl at the shortest distance.", "Two queries. First, ... Second, ...",
"For each bowl, locate the block of identical colour, where one exists, and place it inside that bowl."; the barman's
"there's a good fella", "Sort 'em out by colour, will ya: ..."; the teacher's "Of the blocks on the table, which one is
closest to W? Put that one into W, please!"; the Malay speaker's "then Y also same bowl lah".
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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

_BIN_ROOM = 5  # never ask for more than this many blocks in the bin at once


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    """An action: None when its goal already holds in the scene."""
    if all(c(w.state, w.state) for c in checks):
        return None
    return text, _act(*checks)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _below(s: SymState, b: str) -> list[str]:
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _root(s: SymState, b: str) -> str:
    below = _below(s, b)
    return below[-1] if below else b


def _live(w: World) -> list[str]:
    """Blocks not in the bin (nor held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _on_table(s: SymState, b: str) -> bool:
    return s.base(b) in (TABLE, *PLACES)


def _stackable(w: World) -> list[tuple[str, str]]:
    """(x, y): x can be put on y (different towers, y's tower stands on the table and has room)."""
    s = w.state
    live = _live(w)
    return [(x, y) for x in live for y in live
            if x != y and _root(s, x) != _root(s, y) and _on_table(s, y)
            and len(_below(s, y)) + 1 < layout.MAX_TOWER and s.support[x] != y]


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(adding)) <= layout.BOWL_CAPACITY


def _into_bowl(w: World) -> list[tuple[str, str]]:
    return [(b, bw) for b in _live(w) for bw in w.bowls if w.state.base(b) != bw and _room(w, bw, [b])]


def _full_bowls(w: World) -> list[str]:
    return [bw for bw in w.bowls if w.state.in_bowl(bw)]


def _choice(w: World, items: list):  # type: ignore[no-untyped-def]
    return w.rng.choice(items) if items else None


def _where(s: SymState, b: str) -> str:
    sup = s.support[b]
    return "table" if sup == TABLE else sup


# ----- imperative -----------------------------------------------------------------------------------
def t236_imp_barman(w: World) -> Made:
    c = _choice(w, _into_bowl(w))
    if not c:
        return None
    b, bw = c
    return _made(w, f"Right, be a good lad and pop the {b} in the {bw} for me, cheers.", rels(Rel("in", b, bw)))


def t236_imp_malay(w: World) -> Made:
    c = _choice(w, _stackable(w))
    if not c:
        return None
    x, y = c
    return _made(w, f"Put the {x} on top of the {y} lah.", rels(Rel("on", x, y)))


def t236_imp_teacher4(w: World) -> Made:
    b = _choice(w, _live(w))
    place = w.rng.choice(PLACES[:4])
    if not b:
        return None
    return _made(w, f"Now, let's move the {b} to the {place}, please. Well done!", rels(Rel("at", b, place)))


def t236_imp_tired2(w: World) -> Made:
    b = _choice(w, _live(w))
    if not b:
        return None
    return _made(w, f"bin the {b} pls", binned([b]))


def t236_imp_surveyor(w: World) -> Made:
    b = _choice(w, _live(w))
    if not b:
        return None
    return _made(w, f"Relocate the {b} to the middle of the table, the centre point exactly.",
                 rels(Rel("at", b, "middle")))


def t236_imp_plain17(w: World) -> Made:
    b = _choice(w, w.in_bowls())
    if not b:
        return None
    bw = w.state.base(b)
    return _made(w, f"Take the {b} out of the {bw} and put it on the table.", rels(Rel("on_table", b)))


# ----- declarative ----------------------------------------------------------------------------------
def t236_dec_barman(w: World) -> Made:
    b = _choice(w, _live(w))
    if not b:
        return None
    return _made(w, f"That {b} belongs in the bin, mate, that's where it ought to end up.", binned([b]))


def t236_dec_malay(w: World) -> Made:
    c = _choice(w, _into_bowl(w))
    if not c:
        return None
    b, bw = c
    return _made(w, f"The {b} should be inside the {bw}.", rels(Rel("in", b, bw)))


def t236_dec_teacher4(w: World) -> Made:
    c = _choice(w, _stackable(w))
    if not c:
        return None
    x, y = c
    return _made(w, f"When you're finished, the {x} will be sitting on the {y}. You can do it!",
                 rels(Rel("on", x, y)))


def t236_dec_tired2(w: World) -> Made:
    c = _choice(w, _into_bowl(w))
    if not c:
        return None
    b, bw = c
    return _made(w, f"{b} goes in {bw}", rels(Rel("in", b, bw)))


def t236_dec_surveyor(w: World) -> Made:
    b = _choice(w, _live(w))
    if not b:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"Final position: the {b} is at the {place}.", rels(Rel("at", b, place)))


def t236_dec_plain17(w: World) -> Made:
    bw = _choice(w, _full_bowls(w))
    if not bw:
        return None
    return _made(w, f"The {bw} should be empty.", empty(bw))


# ----- desiderative ---------------------------------------------------------------------------------
def t236_des_barman(w: World) -> Made:
    c = _choice(w, _stackable(w))
    if not c:
        return None
    x, y = c
    return _made(w, f"What I'd really like, if you don't mind, is the {x} stacked on the {y}.",
                 rels(Rel("on", x, y)))


def t236_des_malay(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"I want the {a} and the {b} both in the bin lah.", binned([a, b]))


def t236_des_teacher4(w: World) -> Made:
    c = _choice(w, _into_bowl(w))
    if not c:
        return None
    b, bw = c
    return _made(w, f"I'd love to see the {b} in the {bw}, please!", rels(Rel("in", b, bw)))


def t236_des_tired2(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    c = _choice(w, pairs)
    if not c:
        return None
    top, below = c
    return _made(w, f"just want the {top} off the {below}",
                 lambda _i, f: f.support[top] != below)


def t236_des_surveyor(w: World) -> Made:
    trio = w.pick(_live(w), 3)
    if not trio:
        return None
    a, b, c = trio
    return _made(w, f"My requirement is a three-block tower: the {a} on the bottom, the {b} in the middle and the "
                    f"{c} on top.", rels(Rel("stacked", a, b, c)))


def t236_des_plain17(w: World) -> Made:
    b = _choice(w, _live(w))
    if not b:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"My goal is to have the {b} in the {place}.", rels(Rel("at", b, place)))


# ----- quantified -----------------------------------------------------------------------------------
def t236_qua_barman(w: World) -> Made:
    bw = _choice(w, _full_bowls(w))
    if not bw:
        return None
    inside = w.state.in_bowl(bw)
    return _made(w, f"Chuck every block in the {bw} into the bin, there's a good fella.", binned(inside))


def t236_qua_malay(w: World) -> Made:
    live = _live(w)
    if len(live) > _BIN_ROOM:
        return None
    return _made(w, "Put all the blocks into the bin lah.", binned(live))


def t236_qua_teacher4(w: World) -> Made:
    bw = _choice(w, w.bowls)
    if not bw or len(_live(w)) < 2:
        return None
    return _made(w, f"Let's put exactly two blocks in the {bw}, no more and no fewer!", count_in(bw, 2))


def t236_qua_tired2(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "put a block in each bowl pls",
                 lambda _i, f: all(f.in_bowl(bw) for bw in bowls))


def t236_qua_surveyor(w: World) -> Made:
    bw = _choice(w, _full_bowls(w))
    if not bw:
        return None
    inside = w.state.in_bowl(bw)
    return _made(w, f"Transfer each block currently in the {bw} onto the table surface.",
                 rels(*(Rel("on_table", b) for b in inside)))


def t236_qua_plain17(w: World) -> Made:
    inside = w.in_bowls()
    if len(w.bowls) < 2 or not inside or len(inside) > _BIN_ROOM:
        return None
    return _made(w, "Empty every bowl into the bin.", binned(inside))


# ----- negated --------------------------------------------------------------------------------------
def t236_neg_barman(w: World) -> Made:
    live = _live(w)
    s = w.state
    keep = _choice(w, [b for b in live if s.support[b] not in s.support])
    if not keep or len(live) - 1 > _BIN_ROOM:
        return None
    rest = [b for b in live if b != keep]
    return _made(w, f"Bin the lot except the {keep}, leave that one be.", binned(rest), kept(keep))


def t236_neg_malay(w: World) -> Made:
    c = _choice(w, _into_bowl(w))
    if not c:
        return None
    b, bw = c
    return _made(w, f"Don't put the {b} in the bin, put it in the {bw} lah.", rels(Rel("in", b, bw)))


def t236_neg_teacher4(w: World) -> Made:
    bw = _choice(w, _full_bowls(w))
    if not bw:
        return None
    inside = w.state.in_bowl(bw)
    return _made(w, f"Let's take every block out of the {bw}, but please don't put any of them in the bin!",
                 empty(bw), none_binned(inside))


def t236_neg_tired2(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b = w.pick(live, 2)
    rest = [x for x in live if x not in (a, b)]
    if len(rest) > _BIN_ROOM:
        return None
    return _made(w, f"everything in the bin except the {a} and the {b}", binned(rest), none_binned([a, b]))


def t236_neg_surveyor(w: World) -> Made:
    s = w.state
    opts = [(x, y, k) for x, y in _stackable(w) for k in _live(w)
            if k not in (x, y) and k not in s.above(x) and k not in s.above(y)]
    c = _choice(w, opts)
    if not c:
        return None
    x, y, k = c
    return _made(w, f"Do not disturb the {k} under any circumstances. Reposition the {x} onto the {y}.",
                 rels(Rel("on", x, y)), kept(k))


def t236_neg_plain17(w: World) -> Made:
    b = _choice(w, w.in_bowls())
    if not b:
        return None
    bw = w.state.base(b)
    return _made(w, f"Take the {b} out of the {bw}, but don't put it in the bin.",
                 lambda _i, f: f.base(b) not in (bw, BIN))


# ----- relative -------------------------------------------------------------------------------------
def t236_rel_barman(w: World) -> Made:
    c = _choice(w, [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN])
    if not c:
        return None
    _top, below = c
    top = w.state.on_top(below)[0]
    return _made(w, f"See the block sitting on top of the {below}? Bin that one for me, cheers.", binned([top]))


def t236_rel_malay(w: World) -> Made:
    opts = [(t, bw) for t, s in w.pairs() for bw in w.bowls
            if w.state.base(t) not in (BIN, bw) and _room(w, bw, [s])]
    c = _choice(w, opts)
    if not c:
        return None
    top, bw = c
    under = w.state.support[top]
    return _made(w, f"The block under the {top}, put that one inside the {bw} lah.", rels(Rel("in", under, bw)))


def t236_rel_teacher4(w: World) -> Made:
    bw = _choice(w, w.bowls)
    s = w.state
    cands = [b for b in _live(w) if _on_table(s, b)]
    if not bw or len(cands) < 2:
        return None
    cands.sort(key=lambda b: w.dist(b, bw))
    if w.dist(cands[1], bw) - w.dist(cands[0], bw) < 0.04 or not _room(w, bw, [cands[0]]):
        return None
    near = cands[0]
    return _made(w, f"Of the blocks on the table, which one is closest to the {bw}? Put that one into the {bw}, "
                    f"please!", rels(Rel("in", near, bw)))


def t236_rel_tired2(w: World) -> Made:
    opts = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    bw = _choice(w, opts)
    if not bw:
        return None
    b = w.state.in_bowl(bw)[0]
    return _made(w, f"move the block thats in the {bw} to the middle", rels(Rel("at", b, "middle")))


def t236_rel_surveyor(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b = _choice(w, [x for x in _live(w) if w.state.base(x) not in w.bowls])
    if not b:
        return None
    bowls = sorted(w.bowls, key=lambda bw: w.dist(b, bw))
    if w.dist(b, bowls[1]) - w.dist(b, bowls[0]) < 0.04 or not _room(w, bowls[0], [b]):
        return None
    return _made(w, f"Measure from the {b} to each bowl and place the block in the bowl at the shortest distance.",
                 rels(Rel("in", b, bowls[0])))


def t236_rel_plain17(w: World) -> Made:
    c = _choice(w, [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN])
    if not c:
        return None
    _top, below = c
    top = w.state.on_top(below)[0]
    return _made(w, f"Put the block that's on top of the {below} onto the table.", rels(Rel("on_table", top)))


# ----- keep -----------------------------------------------------------------------------------------
def t236_keep_barman(w: World) -> Made:
    s = w.state
    opts = [(b, bw, k) for b, bw in _into_bowl(w) for k in _live(w) if k != b and k not in s.above(b)]
    c = _choice(w, opts)
    if not c:
        return None
    b, bw, k = c
    return _made(w, f"Pop the {b} in the {bw}, but leave the {k} exactly where it is, alright?",
                 rels(Rel("in", b, bw)), kept(k))


def t236_keep_malay(w: World) -> Made:
    s = w.state
    opts = [(x, y, k) for x, y in _stackable(w) for k in _live(w)
            if k not in (x, y) and k not in s.above(x) and k not in s.above(y)]
    c = _choice(w, opts)
    if not c:
        return None
    x, y, k = c
    return _made(w, f"Stack the {x} on the {y}, the {k} don't move ah.", rels(Rel("on", x, y)), kept(k))


def t236_keep_teacher4(w: World) -> Made:
    bw = _choice(w, _full_bowls(w))
    if not bw:
        return None
    inside = w.state.in_bowl(bw)
    k = _choice(w, [b for b in _live(w) if w.state.base(b) != bw])
    if not k:
        return None
    return _made(w, f"Let's empty the {bw} into the bin, but keep the {k} right where it is!",
                 binned(inside), kept(k))


def t236_keep_tired2(w: World) -> Made:
    live = _live(w)
    b = _choice(w, [x for x in live if w.state.is_clear(x)])
    if not b:
        return None
    rest = [x for x in live if x != b]
    return _made(w, f"bin the {b}, dont touch the rest", binned([b]), kept(*rest))


def t236_keep_surveyor(w: World) -> Made:
    bw = _choice(w, _full_bowls(w))
    if not bw:
        return None
    inside = w.state.in_bowl(bw)
    b = _choice(w, [x for x in _live(w) if w.state.base(x) != bw])
    if not b:
        return None
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"Move the {b} to the {place}; the contents of the {bw} are to remain undisturbed.",
                 rels(Rel("at", b, place)), kept(*inside))


def t236_keep_plain17(w: World) -> Made:
    s = w.state
    opts = [(b, t, u) for t, u in w.pairs() for b in _live(w)
            if b not in (t, u) and b not in s.above(t) and b not in _below(s, u)
            and not _on_table_support(s, b) and s.base(t) != BIN]
    c = _choice(w, opts)
    if not c:
        return None
    b, t, u = c
    return _made(w, f"Put the {b} on the table and keep the {t} on the {u}.",
                 rels(Rel("on_table", b), Rel("on", t, u)))


def _on_table_support(s: SymState, b: str) -> bool:
    return s.support[b] in (TABLE, *PLACES)


# ----- multi-step -----------------------------------------------------------------------------------
def t236_multi_barman(w: World) -> Made:
    opts = [(r, x, y) for x, y in _stackable(w) for r in _live(w) if r not in (x, y)]
    c = _choice(w, opts)
    if not c:
        return None
    r, x, y = c
    return _made(w, f"First off, the {r} into the bin, then stick the {x} on the {y}, ta.",
                 binned([r]), rels(Rel("on", x, y)))


def t236_multi_malay(w: World) -> Made:
    opts = [(a, b, bw) for a, bw in _into_bowl(w) for b in _live(w) if b != a and _room(w, bw, [a, b])]
    c = _choice(w, opts)
    if not c:
        return None
    a, b, bw = c
    return _made(w, f"First put the {a} in the {bw}, then the {b} also same bowl lah.",
                 rels(Rel("in", a, bw), Rel("in", b, bw)))


def t236_multi_teacher4(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair:
        return None
    a, b = pair
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"First, put the {a} in the {place}. Next, put the {b} on top of it. Great job!",
                 rels(Rel("at", a, place), Rel("on", b, a)))


def t236_multi_tired2(w: World) -> Made:
    bw = _choice(w, _full_bowls(w))
    if not bw:
        return None
    inside = w.state.in_bowl(bw)
    b = _choice(w, [x for x in _live(w) if x not in inside])
    if not b:
        return None
    return _made(w, f"take everything out of the {bw}, then put the {b} in it",
                 lambda _i, f: all(f.base(x) != bw for x in inside), rels(Rel("in", b, bw)))


def t236_multi_surveyor(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if not pair:
        return None
    a, b = pair
    pa, pb = w.pick(list(PLACES[:4]), 2)
    return _made(w, f"Step one: relocate the {a} to the {pa}. Step two: relocate the {b} to the {pb}.",
                 rels(Rel("at", a, pa), Rel("at", b, pb)))


def t236_multi_plain17(w: World) -> Made:
    s = w.state
    opts = [(r, b) for r in _live(w) for b in _live(w)
            if r != b and not _on_table_support(s, r) and b not in _below(s, r)]
    c = _choice(w, opts)
    if not c:
        return None
    r, b = c
    return _made(w, f"Put the {r} on the table, then stack the {b} on top of it.",
                 rels(Rel("on_table", r), Rel("on", b, r)))


# ----- questions ------------------------------------------------------------------------------------
def t236_q_barman(w: World) -> Made:
    bw = _choice(w, _full_bowls(w))
    if not bw:
        return None
    return _ask(f"How many blocks have we got in the {bw} then?", str(len(w.state.in_bowl(bw))))


def t236_q_malay(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = _choice(w, w.pairs())
    else:
        pair = w.pick(w.blocks, 2)
        if not pair:
            return None
        a, b = pair
    return _ask(f"The {a} is on the {b} or not?", yes(holds(Rel("on", a, b), w.state)))


def t236_q_teacher4(w: World) -> Made:
    c = _choice(w, w.pairs())
    if not c:
        return None
    _top, below = c
    top = w.state.on_top(below)[0]
    return _ask(f"What colour is the block on top of the {below}?", w.colour(top))


def t236_q_tired2(w: World) -> Made:
    b = _choice(w, [x for x in _live(w) if w.state.support[x] not in w.state.support])
    if not b:
        return None
    return _ask(f"wheres the {b}", _where(w.state, b))


def t236_q_surveyor(w: World) -> Made:
    bw = _choice(w, _full_bowls(w))
    pair = w.pick(w.blocks, 2)
    if not bw or not pair:
        return None
    if w.pairs() and w.rng.random() < 0.5:
        pair = list(_choice(w, w.pairs()))
    a, b = pair
    n = len(w.state.in_bowl(bw))
    on = yes(holds(Rel("on", a, b), w.state))
    return _ask(f"Two queries. First, the number of blocks in the {bw}. Second, is the {a} stacked directly on "
                f"the {b}?", f"{n}|{on}")


def t236_q_plain17(w: World) -> Made:
    bw = _choice(w, w.bowls)
    b = _choice(w, _live(w))
    if not bw or not b:
        return None
    any_in = yes(bool(w.state.in_bowl(bw)))
    tops = w.state.on_top(b)
    top = tops[0] if tops else "nothing"
    return _ask(f"Is there anything in the {bw}? And what's sitting on the {b}?", f"{any_in}|{top}")


# ----- matching -------------------------------------------------------------------------------------
def _matchable(w: World) -> list[Rel]:
    out = [r for r in matching(w) if w.state.base(r.block) != BIN]
    return out if all(_room(w, bw, [r.block for r in out if r.target == bw]) for bw in w.bowls) else []


def t236_match_barman(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    return _made(w, "Sort 'em out by colour, will ya: every block that's got a bowl of its own colour goes in "
                    "that bowl.", rels(*want))


def t236_match_malay(w: World) -> Made:
    r = _choice(w, _matchable(w))
    if not r:
        return None
    return _made(w, f"Put the {r.block} into the bowl same colour with it lah.", rels(r))


def t236_match_teacher4(w: World) -> Made:
    want = _matchable(w)
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    if not want or not rest or len(rest) > _BIN_ROOM:
        return None
    return _made(w, "Colour game! Every block with a bowl of the same colour goes into that bowl, and the other "
                    "blocks go in the bin.", rels(*want), binned(rest))


def t236_match_tired2(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    return _made(w, "colour match the blocks to the bowls pls, the ones that have a matching bowl", rels(*want))


def t236_match_surveyor(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    return _made(w, "For each bowl, locate the block of identical colour, where one exists, and place it inside "
                    "that bowl.", rels(*want))


def t236_match_plain17(w: World) -> Made:
    colours = {w.colour(bw) for bw in w.bowls}
    odd = [b for b in _live(w) if w.colour(b) not in colours]
    if not odd or len(odd) > _BIN_ROOM or len(odd) == len(_live(w)):
        return None
    return _made(w, "Put the blocks that don't match the colour of any bowl in the bin.", binned(odd))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("barman", "malay", "teacher4", "tired2", "surveyor", "plain17")
FRESH236: list[Template] = [
    (f"t236_{short}_{style}", category, globals()[f"t236_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
