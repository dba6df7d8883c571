"""`FRESH294`, the two-hundred-and-ninety-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing into the chat window in their own plain
words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, small towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six personas, one style each:
- baker2: a baker, warm and practical: "Could you pop the red block into the blue bowl for me, love?"
- polish3: a Polish speaker writing English with small slips: "Please, put the green block on the yellow block."
- pharmacist: careful and exact: "Place the orange block at the top left corner of the table, please."
- skater: a young skateboarder in casual slang: "yo toss the purple block in the bin"
- granny2: a granny, sweet and roundabout: "Would you take the blue block out of the red bowl, dear?"
- plain75: a plain, ordinary adult with no quirks: "Move every block that isn't in a bowl into the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 08f7254, the code of 314adaa, before anything it could prompt): 0.9833
goal-correct (295 of 300), no refusal, no question, 5 wrong actions. The wrong actions: a skater's 'ok first dump
whatevers in W into the bin, then chuck X in there' put X in the bin (meant: W, the bowl tipped out for it).
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do); else the sentence and its check."""
    return None if check(w.state, w.state) else (text, check)


def _loose(w: World) -> list[str]:
    """Blocks that are not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _tower_of(w: World, b: str) -> set[str]:
    return {b, *_below(w, b), *w.state.above(b)}


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` can go on `below`: different towers, and the tower under it has room."""
    return top != below and top not in _tower_of(w, below) and len(_below(w, below)) + 2 <= layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _c(w: World, b: str) -> str:
    return w.colour(b)


def _pick_stack(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_stack(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _nearest(w: World, to: str, among: list[str], margin: float = 0.04) -> str | None:
    """The one block of `among` clearly nearest to `to` (None when two are close to a tie)."""
    ranked = sorted(among, key=lambda b: w.dist(b, to))
    if not ranked:
        return None
    if len(ranked) > 1 and w.dist(ranked[1], to) - w.dist(ranked[0], to) < margin:
        return None
    return ranked[0]


def _match_bowl(w: World, block: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == w.colour(block)), None)


def _not(r: Rel) -> Check:
    return lambda _i, f: not holds(r, f)


def _on_table_base(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (a named place counts)."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


# ----- imperative -------------------------------------------------------------------------------------
def t294_imp_baker2(w: World) -> Made:
    opts = [(b, bw) for b in _loose(w) for bw in w.bowls if w.state.base(b) != bw and _room(w, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return _made(w, f"Could you pop the {b} into the {bw} for me, love?", _act(rels(Rel("in", b, bw))))


def t294_imp_polish3(w: World) -> Made:
    p = _pick_stack(w)
    if p is None:
        return None
    a, b = p
    return _made(w, f"Please, put the {a} on the {b}.", _act(rels(Rel("on", a, b))))


def t294_imp_pharmacist(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Place the {b} at the {corner} of the table, please.", _act(rels(Rel("at", b, corner))))


def t294_imp_skater(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return _made(w, f"yo toss the {b} in the bin", _act(binned([b])))


def t294_imp_granny2(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not opts:
        return None
    b = w.rng.choice(opts)
    bw = w.state.support[b]
    return _made(w, f"Would you take the {b} out of the {bw} and set it down on the table for me, dear? "
                    "Thank you ever so much.", _act(rels(Rel("on_table", b))))


def t294_imp_plain75(w: World) -> Made:
    opts = [(b, bw) for b in w.in_bowls() for bw in w.bowls if w.state.base(b) != bw and _room(w, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    src = w.state.base(b)
    return _made(w, f"Take the {b} out of the {src} and put it in the {bw}.", _act(rels(Rel("in", b, bw))))


# ----- declarative ------------------------------------------------------------------------------------
def t294_dec_baker2(w: World) -> Made:
    opts = [(b, bw) for b in _loose(w) for bw in w.bowls if w.state.base(b) != bw and _room(w, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return _made(w, f"The {b} should be sitting in the {bw} when you're done, thanks pet.",
                 _act(rels(Rel("in", b, bw))))


def t294_dec_polish3(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return _made(w, f"The {b} should be in middle of the table.", _act(rels(Rel("at", b, _MIDDLE))))


def t294_dec_pharmacist(w: World) -> Made:
    opts = [(a, bw, c) for a in _loose(w) for bw in w.bowls for c in _loose(w)
            if a != c and w.state.base(a) != bw and _room(w, bw) and a not in w.state.above(c)]
    if not opts:
        return None
    a, bw, c = w.rng.choice(opts)
    return _made(w, f"The {a} is to be placed inside the {bw}, and the {c} is to be disposed of in the bin.",
                 _act(rels(Rel("in", a, bw), Rel("in_bin", c))))


def t294_dec_skater(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not opts:
        return None
    b = w.rng.choice(opts)
    bw = w.state.support[b]
    return _made(w, f"{_c(w, b)} block goes on the table dude, not in the {bw}", _act(rels(Rel("on_table", b))))


def t294_dec_granny2(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return _made(w, f"Oh, the {b} is meant to be in the bin, dear, it's no good to anybody now.",
                 _act(binned([b])))


def t294_dec_plain75(w: World) -> Made:
    p = _pick_stack(w)
    if p is None:
        return None
    a, b = p
    return _made(w, f"The {a} goes on top of the {b}.", _act(rels(Rel("on", a, b))))


# ----- desiderative -----------------------------------------------------------------------------------
def t294_des_baker2(w: World) -> Made:
    p = _pick_stack(w)
    if p is None:
        return None
    a, b = p
    return _made(w, f"I'd love the {a} on top of the {_c(w, b)} one, like a little layer cake.",
                 _act(rels(Rel("on", a, b))))


def t294_des_polish3(w: World) -> Made:
    opts = [(b, bw) for b in _loose(w) for bw in w.bowls if w.state.base(b) != bw and _room(w, bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return _made(w, f"I want that the {b} is in the {bw}.", _act(rels(Rel("in", b, bw))))


def t294_des_pharmacist(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"My goal is to have the {b} positioned precisely at the {corner}.",
                 _act(rels(Rel("at", b, corner))))


def t294_des_skater(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return _made(w, f"honestly i just want the {b} gone, like in the bin", _act(binned([b])))


def t294_des_granny2(w: World) -> Made:
    base = [b for b in _loose(w) if w.state.base(b) == TABLE]
    if not base or len(_loose(w)) < 3:
        return None
    bot = w.rng.choice(base)
    mid, top = w.pick([b for b in _loose(w) if b != bot], 2)

    def check(_i: SymState, f: SymState) -> bool:
        return (f.support[mid] == bot and f.support[top] == mid and f.support[bot] not in f.support
                and f.base(bot) != BIN)

    text = (f"I would so like a little tower, dear: the {bot} at the bottom, then the {_c(w, mid)} one, "
            f"and the {_c(w, top)} one on the very top.")
    return _made(w, text, _act(check))


def t294_des_plain75(w: World) -> Made:
    opts = [bw for bw in w.bowls if _room(w, bw, 2)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    free = [b for b in _loose(w) if w.state.base(b) != bw]
    if len(free) < 2:
        return None
    a, b = w.pick(free, 2)
    return _made(w, f"I'd like both the {a} and the {b} in the {bw}.", _act(rels(Rel("in", a, bw), Rel("in", b, bw))))


# ----- quantified -------------------------------------------------------------------------------------
def t294_qua_baker2(w: World) -> Made:
    opts = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    inside = w.state.in_bowl(bw)
    return _made(w, f"Tip every block out of the {bw} into the bin, would you, love?", _act(binned(inside)))


def t294_qua_polish3(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table or len(on_table) > 5:
        return None
    return _made(w, "Please put all blocks from the table to the bin.", _act(binned(on_table)))


def t294_qua_pharmacist(w: World) -> Made:
    opts = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not opts or len(_loose(w)) < 2:
        return None
    bw = w.rng.choice(opts)
    return _made(w, f"Place exactly two blocks in the {bw}: no more and no fewer.", _act(count_in(bw, 2)))


def t294_qua_skater(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > layout.MAX_TOWER:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.base(bottoms[0]) == BIN:
            return False
        return len(f.above(bottoms[0])) == len(blocks) - 1

    return _made(w, "stack all the blocks up into one big tower", _act(check))


def t294_qua_granny2(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(bw) for bw in w.bowls) or len(_loose(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    return _made(w, "Could you put one block in each of the bowls, dear? Any of them will do, I'm not fussy.",
                 _act(lambda _i, f: all(len(f.in_bowl(bw)) == 1 for bw in bowls)))


def t294_qua_plain75(w: World) -> Made:
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    return _made(w, "Take all of the blocks out of the bowls and put them on the table.",
                 _act(_on_table_base(inside)))


# ----- negated ----------------------------------------------------------------------------------------
def t294_neg_baker2(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 3:
        return None
    keep = w.rng.choice(blocks)
    rest = [b for b in blocks if b != keep]
    return _made(w, f"Pop all the blocks in the bin except the {_c(w, keep)} one, love.",
                 _act(binned(rest), none_binned([keep])))


def t294_neg_polish3(w: World) -> Made:
    opts = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    inside = w.state.in_bowl(bw)
    return _made(w, f"Take all blocks out from the {bw}, but not put them in the bin, please.",
                 _act(lambda _i, f: not f.in_bowl(bw), none_binned(inside)))


def t294_neg_pharmacist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Remove the {a} from the {b}. It must not go into the bin.",
                 _act(_not(Rel("on", a, b)), none_binned([a])))


def t294_neg_skater(w: World) -> Made:
    blocks = _loose(w)
    opts = [(x, bw) for x in blocks for bw in w.bowls
            if w.state.base(x) != bw and len(blocks) - 1 <= layout.BOWL_CAPACITY]
    if not opts:
        return None
    x, bw = w.rng.choice(opts)
    rest = [b for b in blocks if b != x]
    return _made(w, f"stick everything into the {bw} except the {x} lol",
                 _act(rels(*(Rel("in", b, bw) for b in rest)), _not(Rel("in", x, bw))))


def t294_neg_granny2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Could you lift the {a} off the {_c(w, b)} one, dear? Don't put it in a bowl, mind, "
                    "just on the table.", _act(rels(Rel("on_table", a))))


def t294_neg_plain75(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in _loose(w) if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "Move every block that isn't in a bowl into the bin.",
                 _act(binned(outside), none_binned(inside)))


# ----- relative ---------------------------------------------------------------------------------------
def t294_rel_baker2(w: World) -> Made:
    opts = [(a, b, bw) for a, b in w.pairs() for bw in w.bowls if w.state.base(a) != bw and _room(w, bw)]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    return _made(w, f"Pop the block that's sitting on the {b} into the {bw}, love.", _act(rels(Rel("in", a, bw))))


def t294_rel_polish3(w: World) -> Made:
    tops = [a for a, _b in w.pairs() if w.state.is_clear(a)]
    if len(tops) != 1:
        return None
    top = tops[0]
    opts = [bw for bw in w.bowls if w.state.base(top) != bw and _room(w, bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    return _made(w, f"Take the highest block from the tower and put it in {bw}.", _act(rels(Rel("in", top, bw))))


def t294_rel_pharmacist(w: World) -> Made:
    opts = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    near = _nearest(w, bw, _loose(w))
    if near is None:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Place the block nearest to the {bw} in the {corner}.", _act(rels(Rel("at", near, corner))))


def t294_rel_skater(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"grab whatever's on top of the {b} and put it on the table", _act(rels(Rel("on_table", a))))


def t294_rel_granny2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Do you see the block the {a} is resting on, dear? Would you move it to the {_MIDDLE} "
                    "of the table for me?", _act(rels(Rel("at", b, _MIDDLE))))


def t294_rel_plain75(w: World) -> Made:
    g = w.rng.choice(_loose(w))
    near = _nearest(w, g, [b for b in _loose(w) if b not in _tower_of(w, g)])
    if near is None or not _can_stack(w, near, g):
        return None
    return _made(w, f"Put the block nearest the {g} on top of it.", _act(rels(Rel("on", near, g))))


# ----- keep -------------------------------------------------------------------------------------------
def t294_keep_baker2(w: World) -> Made:
    opts = [(b, bw, k) for b in _loose(w) for bw in w.bowls for k in _loose(w)
            if k != b and w.state.base(b) != bw and _room(w, bw) and k not in w.state.above(b)]
    if not opts:
        return None
    b, bw, k = w.rng.choice(opts)
    return _made(w, f"Put the {b} in the {bw}, but leave the {k} just where it is, love.",
                 _act(rels(Rel("in", b, bw)), kept(k)))


def t294_keep_polish3(w: World) -> Made:
    blocks = _loose(w)
    opts = [k for k in blocks if w.state.support[k] not in w.state.support]
    if not opts:
        return None
    k = w.rng.choice(opts)
    rest = [b for b in blocks if b != k]
    return _made(w, f"Move all blocks to the bin, only the {k} stay where it is.", _act(binned(rest), kept(k)))


def t294_keep_pharmacist(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    out = [b for b in _loose(w) if b not in inside]
    pairs = [(a, b) for a in out for b in out if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Stack the {a} on the {b}. The blocks inside the bowls must remain untouched.",
                 _act(rels(Rel("on", a, b)), kept(*inside)))


def t294_keep_skater(w: World) -> Made:
    opts = [(bw, k) for bw in w.bowls for k in _loose(w) if w.state.in_bowl(bw) and w.state.base(k) != bw]
    if not opts:
        return None
    bw, k = w.rng.choice(opts)
    inside = w.state.in_bowl(bw)
    return _made(w, f"empty the {bw} into the bin but dont touch the {k}", _act(binned(inside), kept(k)))


def t294_keep_granny2(w: World) -> Made:
    opts = [b for b in _loose(w) if w.state.is_clear(b) and not holds(Rel("on_table", b), w.state)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    others = [x for x in w.blocks if x != b]
    return _made(w, f"Would you put the {b} on the table, dear, and leave everything else just as it is?",
                 _act(rels(Rel("on_table", b)), kept(*others)))


def t294_keep_plain75(w: World) -> Made:
    blocks = _loose(w)
    opts = [(b, k) for b in blocks for k in blocks if k != b and k not in w.state.above(b)]
    if not opts:
        return None
    b, k = w.rng.choice(opts)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Put the {b} in the {corner} and keep the {k} where it is.",
                 _act(rels(Rel("at", b, corner)), kept(k)))


# ----- multi-step -------------------------------------------------------------------------------------
def t294_multi_baker2(w: World) -> Made:
    opts = [(r, a, b) for r in _loose(w) for a, b in [(x, y) for x in _loose(w) for y in _loose(w)]
            if r not in (a, b) and _can_stack(w, a, b)]
    if not opts:
        return None
    r, a, b = w.rng.choice(opts)
    return _made(w, f"First pop the {r} in the bin, then put the {a} on the {_c(w, b)} one.",
                 _act(rels(Rel("in_bin", r), Rel("on", a, b))))


def t294_multi_polish3(w: World) -> Made:
    opts = [(g, r) for g in w.in_bowls() for r in _loose(w)
            if _can_stack(w, g, r) and w.state.base(r) != w.state.base(g)]
    if not opts:
        return None
    g, r = w.rng.choice(opts)
    bw = w.state.base(g)
    return _made(w, f"First take the {g} out of the {bw}, after put it on the {r}.",
                 _act(rels(Rel("on", g, r)), _not(Rel("in", g, bw))))


def t294_multi_pharmacist(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    return _made(w, f"Step one: move the {a} to the {_MIDDLE} of the table. Step two: place the {b} directly on "
                    "top of it.", _act(rels(Rel("at", a, _MIDDLE), Rel("on", b, a))))


def t294_multi_skater(w: World) -> Made:
    opts = [(bw, r) for bw in w.bowls for r in _loose(w) if w.state.in_bowl(bw) and w.state.base(r) != bw]
    if not opts:
        return None
    bw, r = w.rng.choice(opts)
    inside = w.state.in_bowl(bw)
    return _made(w, f"ok first dump whatevers in the {bw} into the bin, then chuck the {r} in there",
                 _act(binned(inside), rels(Rel("in", r, bw))))


def t294_multi_granny2(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    p, wh = w.pick(blocks, 2)
    return _made(w, f"First, dear, put the {p} on the table, and then once that's done, would you set the "
                    f"{_c(w, wh)} one on top of it?", _act(rels(Rel("on_table", p), Rel("on", wh, p))))


def t294_multi_plain75(w: World) -> Made:
    opts = [(a, bw, c) for a in _loose(w) for bw in w.bowls for c in _loose(w)
            if a != c and w.state.base(a) != bw and _room(w, bw)]
    if not opts:
        return None
    a, bw, c = w.rng.choice(opts)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Put the {a} in the {bw}, and after that move the {c} to the {corner}.",
                 _act(rels(Rel("in", a, bw), Rel("at", c, corner))))


# ----- questions --------------------------------------------------------------------------------------
def t294_q_baker2(w: World) -> Made:
    opts = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not opts:
        return None
    bw = w.rng.choice(opts)
    return f"How many blocks have we got in the {bw}, love?", answered(str(len(w.state.in_bowl(bw))))


def t294_q_polish3(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    return f"Is the {a} on the {b}?", answered(yes(w.state.support[a] == b))


def t294_q_pharmacist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return f"Which block is currently resting directly on the {b}?", answered(a)


def t294_q_skater(w: World) -> Made:
    bw = w.rng.choice(w.bowls)
    n = w.state.count_at(TABLE)
    return (f"yo how many blocks r on the table rn, and is the {bw} empty?",
            answered(f"{n}|{yes(not w.state.in_bowl(bw)).lower()}"))


def t294_q_granny2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    s = w.state.support[b]
    if s in w.bowls:
        where = s
    elif s in w.state.support and w.state.base(s) == TABLE:
        where = s
    else:
        return None
    return f"Where has the {b} got to, dear? I can't seem to see it anywhere.", answered(where)


def t294_q_plain75(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return f"Which bowl is the {b} in?", answered(w.state.base(b))


# ----- matching ---------------------------------------------------------------------------------------
def t294_match_baker2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Pop each block into the bowl that's the same colour as it, love.", _act(rels(*want)))


def t294_match_polish3(w: World) -> Made:
    opts = [(b, _match_bowl(w, b)) for b in _loose(w) if _match_bowl(w, b)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return _made(w, f"Put the {b} to the bowl with same colour.", _act(rels(Rel("in", b, bw))))


def t294_match_pharmacist(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in _loose(w) if b not in matched]
    if not want or not rest:
        return None
    return _made(w, "Every block whose colour matches a bowl is to be placed in that bowl; all remaining blocks "
                    "go in the bin.", _act(rels(*want), binned(rest)))


def t294_match_skater(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != BIN]
    skip = [r for r in want if not holds(r, w.state)]
    if len(want) < 2 or not skip:
        return None
    x = w.rng.choice(skip)
    rest = [r for r in want if r != x]
    return _made(w, f"match em up, every block in the bowl thats its color. leave the {_c(w, x.block)} block "
                    "out of it tho", _act(rels(*rest), _not(x)))


def t294_match_granny2(w: World) -> Made:
    opts = [(b, bw) for b in w.blocks for bw in w.bowls if w.colour(b) == w.colour(bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return f"Which of the blocks is the same colour as the {bw}, dear? My eyes aren't what they were.", answered(b)


def t294_match_plain75(w: World) -> Made:
    opts = [(b, bw) for b in _loose(w) for bw in w.bowls if w.colour(b) == w.colour(bw)]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return _made(w, f"Put the block that's the same colour as the {bw} in the bin.", _act(binned([b])))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("baker2", "polish3", "pharmacist", "skater", "granny2", "plain75")
FRESH294: list[Template] = [
    (f"t294_{short}_{style}", category, globals()[f"t294_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
