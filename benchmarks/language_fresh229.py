"""`FRESH229`, the two-hundred-and-thirtieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each a first-time user typing into the chat window in their own
plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers, sorting
by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions about the
table, one or two in a message. The six personas:
- pharmacist: "Please place the red block in the blue bowl. Thank you."
- hungarian: "Put the green block into the red bowl, but the yellow block please don't touch it, it stay where it is."
- courier: "bin everything except the red block and the blue block"
- knitter: "Could you put one block in each bowl? Any ones, I'm not fussy - it's like picking buttons out of my tin!"
- boss2: "Going forward, the orange block needs to be in the green bowl. Please action."
- plain10: "Can you make a tower out of the red block, the blue block and the green block?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 658b935, the code of 3d65d8a, before anything it could prompt): 0.7433
goal-correct (223 of 300), 75 refused, two questions asked, no wrong action and no wrong reply. The refusals: the
Hungarian speaker's "so it stand on the top of it", "on the top of it"; the knitter's similes and asides ("same as my yarn
basket!", "it's like picking buttons out of my tin!", "like leftover yarn!", "like my first ever tea cosy!", "like a good
yarn pairing!"); the manager's "Please action ...", "Going forward, ..."; "throw any block that's sitting in a bowl of a
different colour into the bin". The questions: "whichever block is closest to W, bin it", "nothing stay on the table or
in the bowls".
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

_FLOOR = (TABLE, *PLACES)  # a tower standing here stands on the table
_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every goal holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, adding: int) -> bool:
    return len(w.state.in_bowl(bowl)) + adding <= layout.BOWL_CAPACITY


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _stackable(w: World, top: str, base: str) -> bool:
    """`top` can go straight onto `base`: base stands on the table, the tower stays low enough and top is not under
    base."""
    if top == base or w.state.base(base) not in _FLOOR or top in _below(w, base):
        return False
    return len(_below(w, base)) + 2 <= layout.MAX_TOWER


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b) and w.state.support[a] != b]
    return w.rng.choice(pairs) if pairs else None


def _off_bowl(w: World, adding: int = 1) -> tuple[str, str] | None:
    """A (block, bowl) with the block not in that bowl and room for it there."""
    opts = [(b, k) for b in w.blocks for k in w.bowls if w.state.base(b) != k and _room(w, k, adding)]
    return w.rng.choice(opts) if opts else None


def _at(block: str, place: str) -> Check:
    return rels(Rel("at", block, place))


def _on(top: str, base: str) -> Check:
    return rels(Rel("on", top, base))


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _table_block(w: World) -> list[str]:
    return w.state.on_the_table()


# ----- imperative -------------------------------------------------------------------------------------
def t229_imp_pharmacist(w: World) -> Made:
    pick = _off_bowl(w)
    if not pick:
        return None
    b, k = pick
    return _made(w, f"Please place the {b} in the {k}. Thank you.", _act(_in(b, k)))


def t229_imp_hungarian(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"Please put the {a} on the {b}, so it stand on the top of it.", _act(_on(a, b)))


def t229_imp_courier(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"{a} to the {corner} thx", _act(_at(a, corner)))


def t229_imp_knitter(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    text = (f"Oh, could you pop the {a} into the {BIN} for me? I've been meaning to tidy up, "
            "my craft table is a disaster too!")
    return _made(w, text, _act(binned([a])))


def t229_imp_boss2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    k = w.state.base(a)
    text = f"Please action taking the {a} out of the {k} and putting it on the {TABLE}."
    return _made(w, text, _act(rels(Rel("on_table", a))))


def _tower_of(blocks: list[str]) -> Check:
    """One tower of exactly these blocks, in any order, standing on the table, a place or in a bowl."""
    group = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        if any(f.base(b) == BIN for b in blocks):
            return False
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.support[bottoms[0]] in f.support:
            return False
        chain = [bottoms[0]]
        while True:
            up = f.on_top(chain[-1])
            if not up:
                break
            if len(up) != 1 or up[0] not in group:
                return False
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def t229_imp_plain10(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"Can you make a tower out of the {a}, the {b} and the {c}?", _act(_tower_of([a, b, c])))


# ----- declarative ------------------------------------------------------------------------------------
def t229_dec_pharmacist(w: World) -> Made:
    pick = _off_bowl(w)
    if not pick:
        return None
    b, k = pick
    return _made(w, f"When you have finished, the {b} should be in the {k}, please.", _act(_in(b, k)))


def t229_dec_hungarian(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"The {a} has to be on the {b} at the end, on the top of it.", _act(_on(a, b)))


def t229_dec_courier(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return _made(w, f"{a} goes in the bin", _act(binned([a])))


def t229_dec_knitter(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    text = (f"So the way I picture it, the {a} sits right in the {_MIDDLE} of the table, "
            "like a little centrepiece on my coffee table!")
    return _made(w, text, _act(_at(a, _MIDDLE)))


def t229_dec_boss2(w: World) -> Made:
    pick = _off_bowl(w)
    if not pick:
        return None
    b, k = pick
    return _made(w, f"Going forward, the {b} needs to be in the {k}. Please action.", _act(_in(b, k)))


def t229_dec_plain10(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    k = w.rng.choice(w.bowls)
    adding = sum(1 for x in (a, b) if w.state.base(x) != k)
    if not _room(w, k, adding):
        return None
    return _made(w, f"The {a} and the {b} should both end up in the {k}.", _act(_in(a, k), _in(b, k)))


# ----- desiderative -----------------------------------------------------------------------------------
def t229_des_pharmacist(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"I would like the {a} placed in the {corner}, if you would be so kind.", _act(_at(a, corner)))


def t229_des_hungarian(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"I want that the {a} and also the {b} are in the bin.", _act(binned([a, b])))


def t229_des_courier(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"want the {a} on the {b}, quick", _act(_on(a, b)))


def t229_des_knitter(w: World) -> Made:
    full = [k for k in w.bowls if w.state.in_bowl(k)]
    if not full:
        return None
    k = w.rng.choice(full)
    text = (f"What I'd really love is for the {k} to be completely empty - I like a tidy workspace, "
            "same as my yarn basket!")
    return _made(w, text, _act(empty(k)))


def t229_des_boss2(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    top, bottom = w.pick(w.blocks, 2)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[top] == bottom and f.support[bottom] in (*_FLOOR, *f.bowls) and f.is_clear(top)

    text = f"My goal for this session: one tower of just the {top} and the {bottom}, with the {bottom} at the bottom."
    return _made(w, text, _act(check))


def t229_des_plain10(w: World) -> Made:
    full = [k for k in w.bowls if w.state.in_bowl(k)]
    if not full:
        return None
    k = w.rng.choice(full)
    inside = w.state.in_bowl(k)
    return _made(w, f"I'd like whatever's in the {k} taken out and put on the table.",
                 _act(rels(*(Rel("on_table", b) for b in inside))))


# ----- quantified -------------------------------------------------------------------------------------
def t229_qua_pharmacist(w: World) -> Made:
    k = w.rng.choice(w.bowls)
    if len(w.blocks) < 2:
        return None
    return _made(w, f"Kindly make sure there are exactly two blocks in the {k} - no more and no fewer.",
                 _act(count_in(k, 2)))


def t229_qua_hungarian(w: World) -> Made:
    return _made(w, "Please put every block in the bin, all of them, nothing stay on the table or in the bowls.",
                 _act(binned(w.blocks)))


def t229_qua_courier(w: World) -> Made:
    on_table = _table_block(w)
    k = w.rng.choice(w.bowls)
    if not on_table or not _room(w, k, len(on_table)):
        return None
    return _made(w, f"all blocks on the table into the {k}", _act(*(_in(b, k) for b in on_table)))


def t229_qua_knitter(w: World) -> Made:
    if len(w.bowls) < 2 or w.in_bowls() or len(w.blocks) < len(w.bowls):
        return None
    text = "Could you put one block in each bowl? Any ones, I'm not fussy - it's like picking buttons out of my tin!"
    return _made(w, text, _act(*(count_in(k, 1) for k in w.bowls)))


def t229_qua_boss2(w: World) -> Made:
    if not w.in_bowls():
        return None
    return _made(w, "Please action clearing out every bowl. Going forward I want all of them empty.",
                 _act(*(empty(k) for k in w.bowls)))


def t229_qua_plain10(w: World) -> Made:
    if len(w.blocks) < 4 or w.state.count_at(BIN):
        return None
    check: Check = lambda _i, f: f.count_at(BIN) == 3
    return _made(w, "Put any three of the blocks in the bin, I don't mind which.", _act(check))


# ----- negated ----------------------------------------------------------------------------------------
def t229_neg_pharmacist(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not opts:
        return None
    a = w.rng.choice(opts)
    others = [b for b in w.blocks if b != a]
    text = f"Please put all the blocks in the bin except the {a}; that one should stay exactly where it is."
    return _made(w, text, _act(binned(others), kept(a)))


def t229_neg_hungarian(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    k = w.rng.choice(w.bowls)
    others = [b for b in w.blocks if b != a]
    if w.state.base(a) == k or len(others) > layout.BOWL_CAPACITY:
        return None
    not_in: Check = lambda _i, f: f.base(a) != k
    return _made(w, f"Put all the blocks in the {k} but not the {a}, please.",
                 _act(*(_in(b, k) for b in others), not_in))


def t229_neg_courier(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"bin everything except the {a} and the {b}", _act(binned(others), none_binned([a, b])))


def t229_neg_knitter(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    k = w.state.base(a)
    out: Check = lambda _i, f: f.base(a) not in (k, BIN)
    text = (f"Would you take the {a} out of the {k}? Just don't put it in the bin - "
            "I might still need it, like leftover yarn!")
    return _made(w, text, _act(out))


def t229_neg_boss2(w: World) -> Made:
    on_table = _table_block(w)
    if len(on_table) < 2:
        return None
    a = w.rng.choice(on_table)
    others = [b for b in on_table if b != a]
    stays: Check = lambda _i, f: f.base(a) in _FLOOR
    return _made(w, f"Please action clearing the table into the bin - all of it but the {a}.",
                 _act(binned(others), stays))


def t229_neg_plain10(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    out: Check = lambda _i, f: all(f.base(b) not in (*f.bowls, BIN) for b in inside)
    return _made(w, "Take all the blocks out of the bowls, but don't put any of them in the bin.", _act(out))


# ----- relative ---------------------------------------------------------------------------------------
def t229_rel_pharmacist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Please remove the block that is resting on the {below} and place it in the bin."
    return _made(w, text, _act(binned([top])))


def t229_rel_hungarian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [k for k in w.bowls if w.state.base(below) != k and _room(w, k, 1)]
    if not bowls:
        return None
    k = w.rng.choice(bowls)
    return _made(w, f"Take the block which is under the {top} and put it into the {k}.", _act(_in(below, k)))


def _alone(w: World, block: str) -> bool:
    """No other block shares its spot (it is not part of a tower)."""
    return all(w.dist(block, b) > 0.01 for b in w.blocks if b != block)


def _nearest(w: World, ranked: list[tuple[float, str]]) -> str | None:
    """The nearest when it stands alone and clearly nearer than the next."""
    ranked.sort()
    if not ranked or not _alone(w, ranked[0][1]):
        return None
    if len(ranked) > 1 and ranked[1][0] - ranked[0][0] < 0.03:
        return None
    return ranked[0][1]


def t229_rel_courier(w: World) -> Made:
    k = w.rng.choice(w.bowls)
    if w.state.in_bowl(k):
        return None
    ranked = [(w.dist(b, k), b) for b in w.blocks if w.state.base(b) not in w.bowls]
    a = _nearest(w, ranked)
    if a is None:
        return None
    return _made(w, f"whichever block is closest to the {k}, bin it", _act(binned([a])))


def t229_rel_knitter(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    heights = sorted(((1 + len(w.state.above(b)), b) for b in bottoms), reverse=True)
    if not heights or heights[0][0] < 2 or (len(heights) > 1 and heights[1][0] == heights[0][0]):
        return None
    bottom = heights[0][1]
    top = w.state.above(bottom)[0]
    bowls = [k for k in w.bowls if w.state.base(bottom) != k and _room(w, k, 1)]
    if not bowls:
        return None
    k = w.rng.choice(bowls)
    text = (f"See that tallest stack of blocks? Could you lift the very top one off and pop it into the {k}? "
            "It looks wobbly, like my first ever tea cosy!")
    return _made(w, text, _act(_in(top, k)))


def t229_rel_boss2(w: World) -> Made:
    cx, cy = layout.BIN_CENTER

    def to_bin(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - cx) ** 2 + (p[1] - cy) ** 2) ** 0.5

    a = _nearest(w, [(to_bin(b), b) for b in w.blocks])
    if a is None:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Please action moving whichever block is closest to the bin over to the {corner}.",
                 _act(_at(a, corner)))


def t229_rel_plain10(w: World) -> Made:
    singles = [k for k in w.bowls if len(w.state.in_bowl(k)) == 1]
    if not singles:
        return None
    k = w.rng.choice(singles)
    a = w.state.in_bowl(k)[0]
    targets = [t for t in w.blocks if _stackable(w, a, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    return _made(w, f"Take whatever block is in the {k} and put it on top of the {t}.", _act(_on(a, t)))


# ----- keep -------------------------------------------------------------------------------------------
def _free_of(w: World, keep: str, *movers: str) -> bool:
    """Moving `movers` does not force `keep` to move: it is none of them and rests above none of them."""
    return all(keep != m and keep not in w.state.above(m) for m in movers)


def t229_keep_pharmacist(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    if not _free_of(w, b, a):
        return None
    text = f"Please put the {a} in the bin, but kindly leave the {b} exactly where it is."
    return _made(w, text, _act(binned([a]), kept(b)))


def t229_keep_hungarian(w: World) -> Made:
    pick = _off_bowl(w)
    if not pick:
        return None
    a, k = pick
    keep = [b for b in w.blocks if _free_of(w, b, a)]
    if not keep:
        return None
    b = w.rng.choice(keep)
    text = f"Put the {a} into the {k}, but the {b} please don't touch it, it stay where it is."
    return _made(w, text, _act(_in(a, k), kept(b)))


def t229_keep_courier(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    a, b = pick
    keep = [c for c in w.blocks if _free_of(w, c, a, b)]
    if not keep:
        return None
    c = w.rng.choice(keep)
    return _made(w, f"{a} on the {b}. dont move the {c}", _act(_on(a, b), kept(c)))


def t229_keep_knitter(w: World) -> Made:
    opts = [p for p in _table_block(w) if w.state.support[p] in _FLOOR]
    if not opts:
        return None
    p = w.rng.choice(opts)
    others = [b for b in _table_block(w) if b != p]
    if not others:
        return None
    text = (f"Could you tidy all the blocks on the table into the bin but keep the {p} just as it is? "
            "It's my favourite colour, it matches the scarf I'm knitting!")
    return _made(w, text, _act(binned(others), kept(p)))


def t229_keep_boss2(w: World) -> Made:
    full = [k for k in w.bowls if w.state.in_bowl(k)]
    if not full:
        return None
    k = w.rng.choice(full)
    keep = [g for g in w.blocks if w.state.base(g) != k]
    if not keep:
        return None
    g = w.rng.choice(keep)
    return _made(w, f"Please action emptying the {k}. The {g} stays where it is, going forward.",
                 _act(empty(k), kept(g)))


def t229_keep_plain10(w: World) -> Made:
    clear = [b for b in w.blocks if w.state.is_clear(b)]
    if not clear:
        return None
    a = w.rng.choice(clear)
    corner = w.rng.choice(_CORNERS)
    others = [b for b in w.blocks if b != a]
    return _made(w, f"Put the {a} in the {corner} and leave everything else where it is.",
                 _act(_at(a, corner), kept(*others)))


# ----- multi-step -------------------------------------------------------------------------------------
def t229_multi_pharmacist(w: World) -> Made:
    pick = _off_bowl(w)
    if not pick or len(w.blocks) < 2:
        return None
    b, k = pick
    a = w.rng.choice([x for x in w.blocks if x != b])
    text = f"First, please put the {a} in the bin. Then, kindly place the {b} in the {k}."
    return _made(w, text, _act(binned([a]), _in(b, k)))


def t229_multi_hungarian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"First take the {top} down from the {below}, after put it in the {_MIDDLE} of table."
    return _made(w, text, _act(_at(top, _MIDDLE)))


def t229_multi_courier(w: World) -> Made:
    pick = _stack_pair(w)
    if not pick:
        return None
    b, c = pick
    rest = [x for x in w.blocks if x not in (b, c)]
    if not rest:
        return None
    a = w.rng.choice(rest)
    return _made(w, f"{a} in the bin then {b} on the {c}", _act(binned([a]), _on(b, c)))


def t229_multi_knitter(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.support[b] not in _FLOOR]
    if not opts or len(w.blocks) < 2:
        return None
    o = w.rng.choice(opts)
    p = w.rng.choice([x for x in w.blocks if x != o])
    text = (f"Okay so first could you put the {o} on the table, and then once that's done pop the {p} on top "
            "of it? I'm making a little snowman, ha ha!")
    return _made(w, text, _act(rels(Rel("on_table", o)), _on(p, o)))


def t229_multi_boss2(w: World) -> Made:
    full = [k for k in w.bowls if w.state.in_bowl(k)]
    if not full:
        return None
    k = w.rng.choice(full)
    inside = w.state.in_bowl(k)
    outside = [g for g in w.blocks if g not in inside]
    if not outside:
        return None
    g = w.rng.choice(outside)
    text = f"Step one: please action emptying the {k} into the bin. Step two: the {g} goes into the {k}."
    return _made(w, text, _act(binned(inside), _in(g, k)))


def t229_multi_plain10(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if _stackable(w, a, b) and w.state.support[b] not in w.state.support]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    corner = w.rng.choice(_CORNERS)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] == b and f.support[b] not in f.support and holds(Rel("at", b, corner), f)

    return _made(w, f"First put the {a} on the {b}, then move the whole stack to the {corner}.", _act(check))


# ----- questions --------------------------------------------------------------------------------------
def t229_q_pharmacist(w: World) -> Made:
    full = [k for k in w.bowls if w.state.in_bowl(k)]
    if not full:
        return None
    k = w.rng.choice(full)
    n = len(w.state.in_bowl(k))
    return f"Could you please tell me how many blocks are in the {k} at the moment?", answered(str(n))


def t229_q_hungarian(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        flag = True
    else:
        if len(w.blocks) < 2:
            return None
        a, b = w.pick(w.blocks, 2)
        if a in w.state.above(b):
            return None
        flag = False
    n = len(w.bowls)
    text = f"Is the {a} on the {b}? And how many bowls there are on the table?"
    return text, answered(f"{yes(flag)}|{n}")


def t229_q_courier(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"whats under the {top}", answered(below)


def t229_q_knitter(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.support[b] in (*w.bowls, TABLE)]
    if not opts:
        return None
    a = w.rng.choice(opts)
    s = w.state.support[a]
    text = f"Where's the {a} got to? I can never find anything, my knitting needles go walkabout all the time!"
    return text, answered(s)


def t229_q_boss2(w: World) -> Made:
    k = w.rng.choice(w.bowls)
    n = len(w.state.on_the_table())
    flag = not w.state.in_bowl(k)
    text = f"Quick status check please: how many blocks are on the table right now, and is the {k} empty?"
    return text, answered(f"{n}|{yes(flag)}")


def t229_q_plain10(w: World) -> Made:
    k = w.rng.choice(w.bowls)
    flag = bool(w.state.in_bowl(k))
    return f"Are there any blocks in the {k} right now?", answered(yes(flag))


# ----- matching ---------------------------------------------------------------------------------------
def t229_match_pharmacist(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Please put each block into the bowl of the same colour, wherever there is one.",
                 _act(rels(*want)))


def t229_match_hungarian(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put the blocks in the bowls which have same colour like them, please.", _act(rels(*want)))


def t229_match_courier(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target, 1)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"the block matching the {r.target} goes in it", _act(rels(r)))


def t229_match_knitter(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want if not holds(r, w.state)]
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not rest or not all(_free_of(w, b, *movers) for b in rest):
        return None
    text = ("I love it when colours match, like a good yarn pairing! Could you put the blocks into their matching "
            "bowls and leave the rest be?")
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t229_match_boss2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    text = ("Please action a colour sort: any block whose colour matches a bowl goes into that bowl, "
            "everything else goes to the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t229_match_plain10(w: World) -> Made:
    wrong = [b for b in w.in_bowls() if w.colour(w.state.base(b)) != w.colour(b)]
    if not wrong:
        return None
    return _made(w, "Please throw any block that's sitting in a bowl of a different colour into the bin.",
                 _act(binned(wrong)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pharmacist", "hungarian", "courier", "knitter", "boss2", "plain10")
FRESH229: list[Template] = [
    (f"t229_{short}_{style}", category, globals()[f"t229_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
