"""`FRESH231`, the two-hundred-and-thirty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of first-time user:
- scientist2: "1. Place the red block in the blue bowl. 2. Then place the green block on top of the red block."
- thai: "first put the yellow block to bin, after that put the blue block on the red block"
- footballfan: "Oi robot, boot the orange block into the bin! Top bins!"
- shy2: "um... could you move the red block to the middle maybe"
- organiser: "Colour-code it: matching blocks into matching bowls, and anything without a match goes in the bin."
- plain12: "Take the red block off the blue block, then put the blue block in the green bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 658b935, the code of 3d65d8a, before anything it could prompt): 0.8667
goal-correct (260 of 300), 25 refused, no question, 15 wrong actions and no wrong reply. The wrong actions, each five
times: the shy person's "just one block in each bowl, maybe? um" got the help text, "um the red block to the middle? but
leave the red bowl how it is" did nothing, and "maybe... the blocks in the bowls that are the same colour as them?" was
met with a question about which block.
The refusals: the Thai speaker's "on top the green block, thank you ka"; the organiser's "sharing the red bowl", "every
bowl emptied out, with all of their blocks set out on the table instead", "Colour-code it: matching blocks into matching
bowls, and anything without a match goes in the bin."; the football fan's "straight red, off you go!", "back of the
net!".
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

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_FLOOR = (TABLE, *PLACES)
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- helpers --------------------------------------------------------------------------------------
def _hand_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _made(w: World, text: str, check: Check) -> Made:
    """An action: None when the goal already holds; otherwise the goal with the gripper empty at the end."""
    if check(w.state, w.state):
        return None
    return text, both(check, _hand_empty)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _choice(w: World, items: list) -> object | None:
    return w.rng.choice(items) if items else None


def _height(s: SymState, b: str) -> int:
    """How many blocks stand from the bottom of b's tower up to b (b included)."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stackable(s: SymState, top: str, below: str) -> bool:
    """top can be put straight onto below: different blocks, below not above top, and the tower stays legal."""
    return (top != below and below not in s.above(top) and s.base(below) != BIN
            and _height(s, below) + 1 <= layout.MAX_TOWER)


def _fits(s: SymState, bowl: str, blocks: list[str]) -> bool:
    new = [b for b in blocks if s.base(b) != bowl]
    return len(s.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _floor(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in _FLOOR for b in blocks)


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, cands: list[str], xy: tuple[float, float], margin: float = 0.03) -> str | None:
    """The candidate nearest to xy, when it is clearly nearer than every other one."""
    if not cands:
        return None
    d = sorted((((_xy(w, c)[0] - xy[0]) ** 2 + (_xy(w, c)[1] - xy[1]) ** 2) ** 0.5, c) for c in cands)
    if len(d) > 1 and d[1][0] - d[0][0] < margin:
        return None
    return d[0][1]


def _matching_ok(w: World) -> list[Rel]:
    """The colour-matching relations, or [] when there are none or a bowl could not take its match."""
    want = matching(w)
    s = w.state
    for bowl in w.bowls:
        if not _fits(s, bowl, [r.block for r in want if r.target == bowl]):
            return []
    return want


# ----- imperative ------------------------------------------------------------------------------------
def t231_imp_scientist2(w: World) -> Made:
    s = w.state
    opts = [(b, bw) for b in w.blocks for bw in w.bowls if s.base(b) != bw and _fits(s, bw, [b])]
    pick = _choice(w, opts)
    if pick is None:
        return None
    b, bw = pick
    return _made(w, f"Please transfer the {b} into the {bw}. Gently, if you can.", rels(Rel("in", b, bw)))


def t231_imp_thai(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b) and s.support[a] != b]
    pick = _choice(w, opts)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"please put the {a} on top the {b}, thank you ka", rels(Rel("on", a, b)))


def t231_imp_footballfan(w: World) -> Made:
    b = _choice(w, w.blocks)
    if b is None:
        return None
    return _made(w, f"Oi robot, boot the {b} into the bin! Top bins!", rels(Rel("in_bin", b)))


def t231_imp_shy2(w: World) -> Made:
    b = _choice(w, w.blocks)
    if b is None:
        return None
    return _made(w, f"um... could you move the {b} to the middle maybe", rels(Rel("at", b, _MIDDLE)))


def t231_imp_organiser(w: World) -> Made:
    bw = _choice(w, [bw for bw in w.bowls if w.state.in_bowl(bw)])
    if bw is None:
        return None
    inside = w.state.in_bowl(bw)
    return _made(w, f"Clear out the {bw}, please. Everything that's in it goes in the bin.",
                 both(binned(inside), empty(bw)))


def t231_imp_plain12(w: World) -> Made:
    b = _choice(w, w.blocks)
    if b is None:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Can you put the {b} in the {corner}?", rels(Rel("at", b, corner)))


# ----- declarative -----------------------------------------------------------------------------------
def t231_dec_scientist2(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b) and s.support[a] != b]
    pick = _choice(w, opts)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"Target configuration: the {a} resting directly on the {b}.", rels(Rel("on", a, b)))


def t231_dec_thai(w: World) -> Made:
    s = w.state
    opts = [(b, bw) for b in w.blocks for bw in w.bowls if s.base(b) != bw and _fits(s, bw, [b])]
    pick = _choice(w, opts)
    if pick is None:
        return None
    b, bw = pick
    return _made(w, f"the {b} should be in {bw} please", rels(Rel("in", b, bw)))


def t231_dec_footballfan(w: World) -> Made:
    b = _choice(w, w.blocks)
    if b is None:
        return None
    return _made(w, f"The {b} belongs in the bin, mate. Been rubbish all season.", rels(Rel("in_bin", b)))


def t231_dec_shy2(w: World) -> Made:
    b = _choice(w, w.blocks)
    if b is None:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"maybe the {b} should be in the {corner}? sorry", rels(Rel("at", b, corner)))


def t231_dec_organiser(w: World) -> Made:
    bw = _choice(w, [bw for bw in w.bowls if w.state.in_bowl(bw)])
    if bw is None:
        return None
    return _made(w, f"The {bw} should be completely empty.", empty(bw))


def t231_dec_plain12(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b) and s.support[a] != b]
    pick = _choice(w, opts)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"The {a} goes on top of the {b}.", rels(Rel("on", a, b)))


# ----- desiderative ----------------------------------------------------------------------------------
def t231_des_scientist2(w: World) -> Made:
    s = w.state
    opts = [(b, bw) for b in w.blocks for bw in w.bowls if s.base(b) != bw and _fits(s, bw, [b])]
    pick = _choice(w, opts)
    if pick is None:
        return None
    b, bw = pick
    return _made(w, f"I would like the {b} placed in the {bw}, please.", rels(Rel("in", b, bw)))


def t231_des_thai(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"i want the {a} and the {b} both in the bin", binned([a, b]))


def t231_des_footballfan(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    names = f"{w.colour(a)}, {w.colour(b)} and {w.colour(c)} blocks"
    text = f"I want the {names} stacked up into one tower, any order, like the lads piling on after a late winner!"
    return _made(w, text, rels(Rel("tower", a, b, c)))


def t231_des_shy2(w: World) -> Made:
    s = w.state
    b = _choice(w, [b for b in w.blocks if s.base(b) in s.bowls])
    if b is None:
        return None
    bw = s.base(b)
    return _made(w, f"i'd like the {b} out of the {bw}... on the table maybe?",
                 both(_floor([b]), lambda _i, f: f.base(b) != bw))


def t231_des_organiser(w: World) -> Made:
    s = w.state
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    opts = [bw for bw in w.bowls if _fits(s, bw, pair)]
    bw = _choice(w, opts)
    if bw is None:
        return None
    a, b = pair
    return _made(w, f"My goal is to have the {a} and the {b} sharing the {bw}.",
                 rels(Rel("in", a, bw), Rel("in", b, bw)))


def t231_des_plain12(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks if _stackable(s, a, b) and s.support[a] != b]
    pick = _choice(w, opts)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"I'd like the {a} on the {b}.", rels(Rel("on", a, b)))


# ----- quantified ------------------------------------------------------------------------------------
def t231_qua_scientist2(w: World) -> Made:
    bw = _choice(w, [bw for bw in w.bowls if w.state.in_bowl(bw)])
    if bw is None:
        return None
    inside = w.state.in_bowl(bw)
    return _made(w, f"Protocol: transfer each block in the {bw} to the bin, one at a time.", binned(inside))


def t231_qua_thai(w: World) -> Made:
    s = w.state
    bw = _choice(w, [bw for bw in w.bowls if not s.in_bowl(bw)])
    if bw is None or len(w.blocks) < 2:
        return None
    return _made(w, f"put exactly two block in the {bw} please", count_in(bw, 2))


def t231_qua_footballfan(w: World) -> Made:
    s = w.state
    on_table = s.on_the_table()
    if not on_table or len(on_table) > 5:
        return None
    return _made(w, "Every block on the table into the bin! Clean sheet, lads, clean sheet!", binned(on_table))


def t231_qua_shy2(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    check = both(*(count_in(bw, 1) for bw in w.bowls))
    return _made(w, "just one block in each bowl, maybe? um", check)


def t231_qua_organiser(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if not inside:
        return None
    return _made(w, "I want every bowl emptied out, with all of their blocks set out on the table instead.",
                 both(_floor(inside), *(empty(bw) for bw in w.bowls)))


def t231_qua_plain12(w: World) -> Made:
    s = w.state
    bw = _choice(w, [bw for bw in w.bowls if _fits(s, bw, w.blocks)])
    if bw is None:
        return None
    return _made(w, f"Put all the blocks in the {bw}.", rels(*(Rel("in", b, bw) for b in w.blocks)))


# ----- negated ---------------------------------------------------------------------------------------
def t231_neg_scientist2(w: World) -> Made:
    b = _choice(w, w.blocks)
    if b is None:
        return None
    others = [o for o in w.blocks if o != b]
    return _made(w, f"Transfer all blocks to the bin, with the exception of the {b}.",
                 both(binned(others), none_binned([b])))


def t231_neg_thai(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if len(table) < 2:
        return None
    b = w.rng.choice(table)
    others = [o for o in table if o != b]
    return _made(w, f"move all the block that not in a bowl to the bin, but not the {b}",
                 both(binned(others), none_binned([b])))


def t231_neg_footballfan(w: World) -> Made:
    s = w.state
    keepers = [b for b in w.blocks if s.support[b] not in s.support]
    b = _choice(w, keepers)
    if b is None:
        return None
    others = [o for o in w.blocks if o != b]
    return _made(w, f"Send the lot off to the bin except the {b}. He's our keeper, he's not going anywhere!",
                 both(binned(others), kept(b)))


def t231_neg_shy2(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    opts = [(b, bw) for b in w.blocks for bw in w.bowls
            if all(s.base(b) != o for o in w.bowls if o != bw)
            and any(o != bw and _fits(s, o, [b]) for o in w.bowls)]
    pick = _choice(w, opts)
    if pick is None:
        return None
    b, bw = pick
    bowls = [o for o in w.bowls if o != bw]
    return _made(w, f"um could the {b} go in a bowl? just not the {bw}",
                 lambda _i, f: f.base(b) in bowls)


def t231_neg_organiser(w: World) -> Made:
    s = w.state
    for _ in range(4):
        bw = w.rng.choice(w.bowls)
        excl = w.pick([b for b in w.blocks if s.base(b) != bw], 2)
        if not excl:
            continue
        others = [b for b in w.blocks if b not in excl]
        if not _fits(s, bw, others):
            continue
        a, b = excl
        return _made(w, f"Everything goes into the {bw} except the {a} and the {b}.",
                     both(rels(*(Rel("in", o, bw) for o in others)),
                          rels(Rel("in", a, bw, negated=True), Rel("in", b, bw, negated=True))))
    return None


def t231_neg_plain12(w: World) -> Made:
    s = w.state
    b = _choice(w, s.in_bowls())
    if b is None:
        return None
    bw = s.base(b)
    return _made(w, f"Take the {b} out of the {bw}, but don't put it in the bin.",
                 lambda _i, f: f.base(b) not in (bw, BIN))


# ----- relative --------------------------------------------------------------------------------------
def t231_rel_scientist2(w: World) -> Made:
    s = w.state
    bw = _choice(w, [bw for bw in w.bowls if not s.in_bowl(bw)])
    if bw is None:
        return None
    b = _nearest(w, w.blocks, _xy(w, bw))
    if b is None:
        return None
    return _made(w, f"Identify the block nearest to the {bw} and place that block in the bin.",
                 rels(Rel("in_bin", b)))


def t231_rel_thai(w: World) -> Made:
    s = w.state
    opts = [(top, below, bw) for top, below in w.pairs() for bw in w.bowls
            if s.base(top) != bw and _fits(s, bw, [top])]
    pick = _choice(w, opts)
    if pick is None:
        return None
    top, below, bw = pick
    return _made(w, f"the block that on top of the {below}, please put it to {bw}", rels(Rel("in", top, bw)))


def t231_rel_footballfan(w: World) -> Made:
    pick = _choice(w, w.pairs())
    if pick is None:
        return None
    top, below = pick
    return _made(w, f"Whatever block is under the {top}, bin it! It's been carrying the whole team, time it retired.",
                 rels(Rel("in_bin", below)))


def t231_rel_shy2(w: World) -> Made:
    s = w.state
    bw = _choice(w, [bw for bw in w.bowls if len(s.in_bowl(bw)) == 1])
    if bw is None:
        return None
    b = s.in_bowl(bw)[0]
    return _made(w, f"um the block in the {bw}... could you take it out and put it on the table?",
                 both(_floor([b]), lambda _i, f: f.base(b) != bw))


def t231_rel_organiser(w: World) -> Made:
    s = w.state
    corner = w.rng.choice(_CORNERS)
    b = _nearest(w, w.blocks, layout.PLACES[corner])
    if b is None:
        return None
    bw = _choice(w, [bw for bw in w.bowls if s.base(b) != bw and _fits(s, bw, [b])])
    if bw is None:
        return None
    return _made(w, f"Whichever block is closest to the {corner} belongs in the {bw}.", rels(Rel("in", b, bw)))


def t231_rel_plain12(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if s.is_clear(b) and s.support[b] not in s.support and s.base(b) != BIN]
    ref = _choice(w, opts)
    if ref is None:
        return None
    b = _nearest(w, [o for o in w.blocks if o != ref], _xy(w, ref))
    if b is None or not _stackable(s, b, ref):
        return None
    return _made(w, f"Grab whichever block is closest to the {ref} and stack it on the {ref}.",
                 rels(Rel("on", b, ref)))


# ----- keep ------------------------------------------------------------------------------------------
def t231_keep_scientist2(w: World) -> Made:
    s = w.state
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    b, k = pair
    if k in s.above(b):
        return None
    return _made(w, f"Move the {b} into the bin. Control condition: the {k} must remain exactly where it is.",
                 both(rels(Rel("in_bin", b)), kept(k)))


def t231_keep_thai(w: World) -> Made:
    s = w.state
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    b, k = pair
    bw = _choice(w, [bw for bw in w.bowls if s.base(b) != bw and _fits(s, bw, [b])])
    if bw is None or k in s.above(b):
        return None
    return _made(w, f"put {b} in {bw}, but the {k} keep same place please",
                 both(rels(Rel("in", b, bw)), kept(k)))


def t231_keep_footballfan(w: World) -> Made:
    s = w.state
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, k = trio
    if not _stackable(s, a, b) or s.support[a] == b or k in s.above(a) or k in s.above(b):
        return None
    return _made(w, f"Stick the {a} on the {b}, but hands off the {k}! Untouchable, top scorer, the GOAT!",
                 both(rels(Rel("on", a, b)), kept(k)))


def t231_keep_shy2(w: World) -> Made:
    s = w.state
    bw = w.rng.choice(w.bowls)
    inside = s.in_bowl(bw)
    b = _choice(w, [b for b in w.blocks if s.base(b) != bw])
    if b is None:
        return None
    same = lambda i, f: sorted(f.in_bowl(bw)) == sorted(i.in_bowl(bw))  # noqa: E731
    return _made(w, f"um the {b} to the middle? but leave the {bw} how it is",
                 both(rels(Rel("at", b, _MIDDLE)), kept(*inside), same))


def t231_keep_organiser(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    src, dst = w.pick(w.bowls, 2)
    inside = s.in_bowl(src)
    if not inside or not _fits(s, dst, inside):
        return None
    k = _choice(w, [b for b in w.blocks if s.base(b) != src])
    if k is None:
        return None
    return _made(w, f"Move everything in the {src} over to the {dst}, and keep the {k} exactly where it is.",
                 both(rels(*(Rel("in", b, dst) for b in inside)), kept(k)))


def t231_keep_plain12(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks
            if a != b and s.is_clear(a) and s.is_clear(b) and _stackable(s, a, b)]
    pick = _choice(w, opts)
    if pick is None:
        return None
    a, b = pick
    others = [o for o in w.blocks if o != a]
    return _made(w, f"Put the {a} on the {b} and leave everything else where it is.",
                 both(rels(Rel("on", a, b)), kept(*others)))


# ----- multi_step ------------------------------------------------------------------------------------
def t231_multi_scientist2(w: World) -> Made:
    s = w.state
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    bw = _choice(w, [bw for bw in w.bowls if len(s.in_bowl(bw)) + 2 <= layout.BOWL_CAPACITY])
    if bw is None:
        return None
    text = f"1. Place the {a} in the {bw}. 2. Then place the {b} on top of the {a}."
    return _made(w, text, rels(Rel("in", a, bw), Rel("on", b, a)))


def t231_multi_thai(w: World) -> Made:
    s = w.state
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    y, a, b = trio
    if not _stackable(s, a, b):
        return None
    return _made(w, f"first put the {y} to bin, after that put the {a} on the {b}",
                 rels(Rel("in_bin", y), Rel("on", a, b)))


def t231_multi_footballfan(w: World) -> Made:
    s = w.state
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    bw = _choice(w, [bw for bw in w.bowls if _fits(s, bw, [b])])
    if bw is None:
        return None
    return _made(w, f"First the {a} in the bin, straight red, off you go! Then the {b} into the {bw}, back of the net!",
                 rels(Rel("in_bin", a), Rel("in", b, bw)))


def t231_multi_shy2(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"um first the {a} to the bin... then the {w.colour(b)} one too maybe", binned([a, b]))


def t231_multi_organiser(w: World) -> Made:
    s = w.state
    bw = _choice(w, [bw for bw in w.bowls if s.in_bowl(bw)])
    if bw is None:
        return None
    inside = s.in_bowl(bw)
    b = _choice(w, [b for b in w.blocks if s.base(b) != bw])
    if b is None:
        return None
    return _made(w, f"Step one: empty the {bw} into the bin. Step two: the {b} goes in the {bw}.",
                 both(binned(inside), rels(Rel("in", b, bw))))


def t231_multi_plain12(w: World) -> Made:
    s = w.state
    opts = [(top, below, bw) for top, below in w.pairs() for bw in w.bowls
            if s.base(below) != bw and _fits(s, bw, [below])]
    pick = _choice(w, opts)
    if pick is None:
        return None
    top, below, bw = pick
    return _made(w, f"Take the {top} off the {below}, then put the {below} in the {bw}.",
                 rels(Rel("on", top, below, negated=True), Rel("in", below, bw)))


# ----- question --------------------------------------------------------------------------------------
def t231_q_scientist2(w: World) -> Made:
    bw = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bw))
    return _ask(f"Quick count for my notes, please: how many blocks are currently in the {bw}?", str(n))


def t231_q_thai(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        pair = w.pick(w.blocks, 2)
        if not pair:
            return None
        a, b = pair
    return _ask(f"the {a} is on the {b} or not?", yes(holds(Rel("on", a, b), s)))


def t231_q_footballfan(w: World) -> Made:
    s = w.state
    b = w.rng.choice(w.blocks)
    above = s.above(b)
    if len(above) > 1:
        return None
    answer = above[0] if above else "nothing"
    return _ask(f"Ref! What's sitting on top of the {b}?", answer)


def t231_q_shy2(w: World) -> Made:
    s = w.state
    b = w.rng.choice(w.blocks)
    return _ask(f"sorry... is the {b} in a bowl?", yes(s.base(b) in s.bowls))


def t231_q_organiser(w: World) -> Made:
    s = w.state
    on_table = s.count_at(TABLE)
    in_bowls = len(s.in_bowls())
    return _ask("For my inventory: how many blocks are on the table, and how many are in bowls?",
                f"{on_table}|{in_bowls}")


def t231_q_plain12(w: World) -> Made:
    s = w.state
    b = _choice(w, s.in_bowls())
    if b is None:
        return None
    return _ask(f"Which bowl is the {b} in?", s.base(b))


# ----- matching --------------------------------------------------------------------------------------
def t231_match_scientist2(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    return _made(w, "Please sort the blocks by colour: any block that matches a bowl's colour goes into that bowl.",
                 rels(*want))


def t231_match_thai(w: World) -> Made:
    s = w.state
    opts = [r for r in matching(w) if s.base(r.block) != r.target and _fits(s, r.target, [r.block])]
    r = _choice(w, opts)
    if r is None:
        return None
    return _made(w, f"can you put the {r.block} in the bowl same colour with it", rels(r))


def t231_match_footballfan(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    return _made(w, "Home colours, lads! Every block that's got a bowl in its own colour goes in that bowl!",
                 rels(*want))


def t231_match_shy2(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    return _made(w, "maybe... the blocks in the bowls that are the same colour as them?", rels(*want))


def t231_match_organiser(w: World) -> Made:
    want = _matching_ok(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not rest:
        return None
    text = "Colour-code it: matching blocks into matching bowls, and anything without a match goes in the bin."
    return _made(w, text, both(rels(*want), binned(rest)))


def t231_match_plain12(w: World) -> Made:
    s = w.state
    opts = []
    for x in w.blocks:
        bw = _bowl_of(w, w.colour(x))
        if bw is None:
            continue
        opts += [(y, x, bw) for y in w.blocks if y != x and s.base(y) != bw and _fits(s, bw, [y])]
    pick = _choice(w, opts)
    if pick is None:
        return None
    y, x, bw = pick
    return _made(w, f"Put the {y} in the bowl that's the same colour as the {x}.", rels(Rel("in", y, bw)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("scientist2", "thai", "footballfan", "shy2", "organiser", "plain12")
FRESH231: list[Template] = [
    (f"t231_{short}_{style}", category, globals()[f"t231_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
