"""`FRESH298`, the two-hundred-and-ninety-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting
by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table (one or two in a message). Six kinds of first-time user write them:
- builder2: a builder, blunt and practical: "Stack the red block on the blue block."
- vietnamese3: a Vietnamese speaker writing English with small slips: "please help me put red block into the blue bowl"
- teacher3: a primary school teacher, patient and step by step: "Let's put exactly two blocks in the blue bowl."
- coder: a software developer, terse and literal: "move red block to top right corner; keep all other blocks in place"
- grandma3: a grandma, affectionate and slow: "I would love the red block to go in the blue bowl, please, love."
- plain79: a plain, ordinary adult with no quirks at all: "Put the block closest to the bin into the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 08f7254, the code of 314adaa, before anything it could prompt): 0.9333
goal-correct (280 of 300), 15 refused, no question, no wrong action, 5 wrong replies. The wrong replies: a coder's
'count blocks on table, count blocks in bowls' looked for 'table count blocks in bowls'. The refusals: a coder's 'want:
W empty, its blocks in bin' and 'bin any block that sits in a bowl of a different colour', a teacher's 'If a block has a
bowl of the same colour, it goes in that bowl. Every other block goes in the bin.'.
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
_MIDDLE = PLACES[4]
_FLAT = (TABLE, *PLACES)  # what a tower may stand on, on the table


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of `b`'s tower up to `b`, `b` included."""
    n = 1
    while s.support[b] in s.support:
        b = s.support[b]
        n += 1
    return n


def _below(s: SymState, b: str) -> list[str]:
    out = []
    while s.support[b] in s.support:
        b = s.support[b]
        out.append(b)
    return out


def _tower(s: SymState, b: str) -> set[str]:
    return {b, *_below(s, b), *s.above(b)}


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _can_stack(s: SymState, top: str, below: str) -> bool:
    """`top` can end on `below`: different towers, `below` stands on the table and the tower stays low enough."""
    return (top not in _tower(s, below) and s.base(below) in _FLAT
            and _depth(s, below) + 1 <= layout.MAX_TOWER)


def _can_bowl(s: SymState, block: str, bowl: str) -> bool:
    return s.base(block) != bowl and _room(s, bowl) >= 1


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _unique_min(scored: list[tuple[float, str]], margin: float = 0.04) -> str | None:
    """The item with the clearly smallest score (by `margin`), else None."""
    if not scored:
        return None
    scored = sorted(scored)
    if len(scored) > 1 and scored[1][0] - scored[0][0] < margin:
        return None
    return scored[0][1]


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower (any order) of exactly these blocks, standing on the table or in a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        if any(b not in f.support for b in group):
            return False
        bottoms = [b for b in group if f.support[b] not in group]
        if len(bottoms) != 1 or f.support[bottoms[0]] in f.support or f.base(bottoms[0]) not in (*_FLAT, *f.bowls):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in group]
            if not up:
                break
            chain.append(up[0])
        return set(chain) == group
    return check


def _where(s: SymState, b: str) -> str:
    """Where a person would say block `b` is: the bowl, the block it rests on, the named place or the table."""
    base = s.base(b)
    if base in s.bowls:
        return base
    sup = s.support[b]
    if sup in s.support:
        return sup
    return sup if sup in PLACES else TABLE


# ----- imperative -------------------------------------------------------------------------------------
def t298_imp_builder2(w: World) -> Made:
    opts = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w.state, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"Stack the {a} on the {b}.", _act(rels(Rel("on", a, b))))


def t298_imp_vietnamese3(w: World) -> Made:
    opts = [(a, bowl) for a in w.blocks for bowl in w.bowls if _can_bowl(w.state, a, bowl)]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    return _made(w, f"please help me put {a} into the {bowl}", _act(rels(Rel("in", a, bowl))))


def t298_imp_teacher3(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), w.rng.choice(_CORNERS)
    text = f"Can you pick up the {a} and put it down in the {place}, please? Nice and careful."
    return _made(w, text, _act(rels(Rel("at", a, place))))


def t298_imp_coder(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return _made(w, f"move {a} to bin", _act(rels(Rel("in_bin", a))))


def t298_imp_grandma3(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if s.base(b) in w.bowls or s.support[b] in s.support]
    if not opts:
        return None
    a = w.rng.choice(opts)
    frm = f"out of the {s.base(a)}" if s.base(a) in w.bowls else f"off the {s.support[a]}"
    text = f"Would you be a dear and lift the {a} {frm} and set it down on the table?"
    return _made(w, text, _act(rels(Rel("on_table", a))))


def t298_imp_plain79(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)

    def check(_i: SymState, f: SymState) -> bool:
        return (f.support[b] == a and f.support[c] == b and f.is_clear(c) and f.support[a] not in f.support
                and f.base(a) != BIN)
    text = f"Build a tower with the {a} on the bottom, then the {b}, and the {c} on top."
    return _made(w, text, _act(check))


# ----- declarative ------------------------------------------------------------------------------------
def t298_dec_builder2(w: World) -> Made:
    opts = [(a, bowl) for a in w.blocks for bowl in w.bowls if _can_bowl(w.state, a, bowl)]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    return _made(w, f"The {a} goes in the {bowl}.", _act(rels(Rel("in", a, bowl))))


def t298_dec_vietnamese3(w: World) -> Made:
    opts = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w.state, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"the {a} should be on top the {b}", _act(rels(Rel("on", a, b))))


def t298_dec_teacher3(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    text = f"When we're finished, the {a} should be sitting in the {_MIDDLE} of the table."
    return _made(w, text, _act(rels(Rel("at", a, _MIDDLE))))


def t298_dec_coder(w: World) -> Made:
    s = w.state
    opts = [(a, b, c) for a in w.blocks for b in w.blocks for c in w.blocks
            if _can_stack(s, a, b) and c not in _tower(s, a) | _tower(s, b) and s.support[c] not in _FLAT]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    text = f"end state: {a} on {b}, {c} on table"
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("on_table", c))))


def t298_dec_grandma3(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    return _made(w, f"Oh, the {bowl} really ought to be empty, sweetheart.", _act(empty(bowl)))


def t298_dec_plain79(w: World) -> Made:
    s = w.state
    opts = [(a, b, bowl) for a in w.blocks for b in w.blocks for bowl in w.bowls
            if a != b and _can_bowl(s, b, bowl) and a not in s.above(b)]
    if not opts:
        return None
    a, b, bowl = w.rng.choice(opts)
    text = f"The {a} should be in the bin and the {b} should be in the {bowl}."
    return _made(w, text, _act(rels(Rel("in_bin", a), Rel("in", b, bowl))))


# ----- desiderative -----------------------------------------------------------------------------------
def t298_des_builder2(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return _made(w, f"want the {a} in the bin.", _act(rels(Rel("in_bin", a))))


def t298_des_vietnamese3(w: World) -> Made:
    opts = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w.state, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"i want the {a} is on the {b}", _act(rels(Rel("on", a, b))))


def t298_des_teacher3(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), w.rng.choice(_CORNERS)
    text = f"What I'd like is for the {a} to be sitting in the {place}."
    return _made(w, text, _act(rels(Rel("at", a, place))))


def t298_des_coder(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"want: {bowl} empty, its blocks in bin", _act(empty(bowl), binned(inside)))


def t298_des_grandma3(w: World) -> Made:
    opts = [(a, bowl) for a in w.blocks for bowl in w.bowls if _can_bowl(w.state, a, bowl)]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    text = f"I would love the {a} to go in the {bowl}, please, love."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t298_des_plain79(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = f"My goal is a single tower made of the {a}, the {b} and the {c}, in any order."
    return _made(w, text, _act(_one_tower([a, b, c])))


# ----- quantified -------------------------------------------------------------------------------------
def t298_qua_builder2(w: World) -> Made:
    return _made(w, "All the blocks in the bin.", _act(binned(w.blocks)))


def t298_qua_vietnamese3(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"please move all the block in the {bowl} to the bin", _act(binned(inside)))


def t298_qua_teacher3(w: World) -> Made:
    opts = [b for b in w.bowls if len(w.state.in_bowl(b)) < 2]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    text = f"Let's put exactly two blocks in the {bowl}. Any two blocks will do!"
    return _made(w, text, _act(count_in(bowl, 2)))


def t298_qua_coder(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "put exactly 1 block in each bowl", _act(*(count_in(b, 1) for b in bowls)))


def t298_qua_grandma3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    bowls = w.bowls

    def check(_i: SymState, f: SymState) -> bool:
        return all(not f.in_bowl(b) for b in bowls) and all(f.base(b) in _FLAT for b in inside)
    text = "Could you take every block out of the bowls and put them on the table, dear?"
    return _made(w, text, _act(check))


def t298_qua_plain79(w: World) -> Made:
    if len(w.blocks) < 4:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return sum(1 for b in f.blocks if f.base(b) == BIN) == 3
    return _made(w, "Put any three blocks in the bin.", _act(check))


# ----- negated ----------------------------------------------------------------------------------------
def t298_neg_builder2(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != a]
    return _made(w, f"everything in the bin except the {a}.", _act(binned(others), none_binned([a])))


def t298_neg_vietnamese3(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    opts = [(a, bowl) for a in w.blocks for bowl in w.bowls
            if any(o != bowl and _can_bowl(s, a, o) for o in w.bowls) and s.base(a) in (bowl, *_FLAT)]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    bowls = w.bowls

    def check(_i: SymState, f: SymState) -> bool:
        return f.base(a) in bowls and f.base(a) != bowl
    return _made(w, f"please put the {a} in a bowl but not the {bowl}", _act(check))


def t298_neg_teacher3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"The {a} shouldn't be on the {b} anymore. Can you move it somewhere else, but not into the bin?"
    return _made(w, text, _act(_not(Rel("on", a, b)), _not(Rel("in_bin", a))))


def t298_neg_coder(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "bin every block that is not in a bowl", _act(binned(outside), none_binned(inside)))


def t298_neg_grandma3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    text = f"Put all the blocks into the bin except the {a} and the {b}, would you, dear?"
    return _made(w, text, _act(binned(others), none_binned([a, b])))


def t298_neg_plain79(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    inside = w.state.in_bowl(bowl)
    text = f"Empty the {bowl}, but don't put anything from it in the bin."
    return _made(w, text, _act(empty(bowl), none_binned(inside)))


# ----- relative ---------------------------------------------------------------------------------------
def t298_rel_builder2(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"whatever's sitting on the {below}, bin it", _act(rels(Rel("in_bin", top))))


def t298_rel_vietnamese3(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    cands = [b for b in w.blocks if b not in _tower(s, x)]
    near = _unique_min([(w.dist(x, b), b) for b in cands])
    if near is None:
        return None
    return _made(w, f"please put the block that nearest to the {x} in the bin", _act(rels(Rel("in_bin", near))))


def t298_rel_teacher3(w: World) -> Made:
    s = w.state
    opts = [(t, b, bowl) for t, b in w.pairs() for bowl in w.bowls
            if s.support[b] not in s.support and _can_bowl(s, b, bowl)]
    if not opts:
        return None
    top, below, bowl = w.rng.choice(opts)
    text = f"Can you find the block that is under the {top}? Let's put that block in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t298_rel_coder(w: World) -> Made:
    left = _unique_min([(w.y(b), b) for b in w.blocks])
    if left is None:
        return None
    place = w.rng.choice(_CORNERS)
    return _made(w, f"move the leftmost block to the {place}", _act(rels(Rel("at", left, place))))


def t298_rel_grandma3(w: World) -> Made:
    s = w.state
    opts = [bowl for bowl in w.bowls if len(s.in_bowl(bowl)) == 1]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    a = s.in_bowl(bowl)[0]
    text = f"Would you take the block that's in the {bowl} and put it on the table, love?"
    return _made(w, text, _act(rels(Rel("on_table", a))))


def t298_rel_plain79(w: World) -> Made:
    bx, by = layout.BIN_CENTER
    scored = []
    for b in w.blocks:
        x, y = _pos(w, b)
        scored.append((((x - bx) ** 2 + (y - by) ** 2) ** 0.5, b))
    near = _unique_min(scored)
    if near is None:
        return None
    return _made(w, "Put the block closest to the bin into the bin.", _act(rels(Rel("in_bin", near))))


# ----- keep -------------------------------------------------------------------------------------------
def t298_keep_builder2(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks if a != b and b not in s.above(a)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"{a} in the bin. don't touch the {b}.", _act(rels(Rel("in_bin", a)), kept(b)))


def t298_keep_vietnamese3(w: World) -> Made:
    s = w.state
    opts = [(a, b, bowl) for a in w.blocks for b in w.blocks for bowl in w.bowls
            if _can_stack(s, a, b) and s.base(a) != bowl and s.base(b) != bowl]
    if not opts:
        return None
    a, b, bowl = w.rng.choice(opts)
    inside = s.in_bowl(bowl)

    def same_bowl(_i: SymState, f: SymState) -> bool:
        return set(f.in_bowl(bowl)) == set(inside)
    text = f"please put the {a} on the {b}, but keep the {bowl} like it is now"
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(*inside), same_bowl))


def t298_keep_teacher3(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3:
        return None
    opts = [b for b in w.blocks if s.support[b] not in s.support]
    if not opts:
        return None
    a = w.rng.choice(opts)
    others = [b for b in w.blocks if b != a]
    text = f"Let's put all the blocks in the bin, but the {a} stays exactly where it is."
    return _made(w, text, _act(binned(others), kept(a)))


def t298_keep_coder(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.is_clear(b)]
    if not opts:
        return None
    a, place = w.rng.choice(opts), w.rng.choice(_CORNERS)
    others = [b for b in w.blocks if b != a]
    text = f"move {a} to {place}; keep all other blocks in place"
    return _made(w, text, _act(rels(Rel("at", a, place)), kept(*others)))


def t298_keep_grandma3(w: World) -> Made:
    s = w.state
    opts = [(a, b, bowl) for a in w.blocks for b in w.blocks for bowl in w.bowls
            if a != b and b not in s.above(a) and _can_bowl(s, a, bowl)]
    if not opts:
        return None
    a, b, bowl = w.rng.choice(opts)
    text = f"Put the {a} in the {bowl}, love, but leave the {b} just as it is."
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(b)))


def t298_keep_plain79(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks
            if _can_stack(s, a, b) and s.is_clear(a) and s.is_clear(b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    others = [x for x in w.blocks if x != a]
    text = f"Stack the {a} on the {b} without moving anything else."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(*others)))


# ----- multi-step -------------------------------------------------------------------------------------
def t298_multi_builder2(w: World) -> Made:
    s = w.state
    opts = [(a, b, c) for a in w.blocks for b in w.blocks for c in w.blocks
            if a not in (b, c) and _can_stack(s, b, c) and a not in _tower(s, c)]
    if not opts:
        return None
    a, b, c = w.rng.choice(opts)
    text = f"first {a} in the bin, then {b} on the {c}."
    return _made(w, text, _act(rels(Rel("in_bin", a), Rel("on", b, c))))


def t298_multi_vietnamese3(w: World) -> Made:
    s = w.state
    opts = [(y, b, bowl) for bowl in w.bowls for y in s.in_bowl(bowl) for b in w.blocks if s.base(b) != bowl]
    if not opts:
        return None
    y, b, bowl = w.rng.choice(opts)
    text = f"first please take the {y} out from the {bowl}, after that put the {b} in the {bowl}"
    return _made(w, text, _act(_not(Rel("in", y, bowl)), rels(Rel("in", b, bowl))))


def t298_multi_teacher3(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(_CORNERS)
    text = f"First, put the {a} in the {place}. Then put the {b} on top of it."
    return _made(w, text, _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t298_multi_coder(w: World) -> Made:
    s = w.state
    opts = [(g, r) for g in w.blocks for r in w.blocks
            if g != r and (s.base(g) in w.bowls or s.support[g] in s.support)]
    if not opts:
        return None
    g, r = w.rng.choice(opts)
    text = f"1. move {g} to table 2. put {r} on {g}"
    return _made(w, text, _act(rels(Rel("on_table", g), Rel("on", r, g))))


def t298_multi_grandma3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    b, r = w.rng.choice(pairs)
    text = f"First could you take the {b} off the {r}, dear, and then put the {r} in the bin?"
    return _made(w, text, _act(rels(Rel("in_bin", r)), _not(Rel("on", b, r))))


def t298_multi_plain79(w: World) -> Made:
    s = w.state
    opts = []
    for y in w.blocks:
        sup = s.support[y]
        if not s.is_clear(y) or not (sup in s.support or sup in w.bowls):
            continue
        for p in w.blocks:
            if p in _tower(s, y):
                continue
            if sup in w.bowls and s.base(p) == sup:
                continue
            opts.append((y, p, sup))
    if not opts:
        return None
    y, p, sup = w.rng.choice(opts)
    goal = Rel("in", p, sup) if sup in w.bowls else Rel("on", p, sup)
    text = f"Put the {y} in the bin, then put the {p} where the {y} was."
    return _made(w, text, _act(rels(Rel("in_bin", y), goal)))


# ----- questions --------------------------------------------------------------------------------------
def t298_q_builder2(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    return f"how many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t298_q_vietnamese3(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = w.state.support[a] == b
    return f"the {a} is on the {b} or not?", answered(yes(flag))


def t298_q_teacher3(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"Can you tell me which block is sitting on top of the {below}?", answered(top)


def t298_q_coder(w: World) -> Made:
    s = w.state
    on_table, in_bowls = s.count_at(TABLE), len(s.in_bowls())
    if not in_bowls:
        return None
    return "count blocks on table, count blocks in bowls", answered(f"{on_table}|{in_bowls}")


def t298_q_grandma3(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return f"Now where has the {a} got to, dear?", answered(_where(w.state, a))


def t298_q_plain79(w: World) -> Made:
    a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    inside = w.state.base(a) == bowl
    if w.in_bowls() and w.rng.random() < 0.5:
        a = w.rng.choice(w.in_bowls())
        bowl = w.state.base(a)
        inside = True
    text = f"Is the {a} in the {bowl}? And how many blocks are on the table?"
    return text, answered(f"{yes(inside).lower()}|{w.state.count_at(TABLE)}")


# ----- matching ---------------------------------------------------------------------------------------
def t298_match_builder2(w: World) -> Made:
    s = w.state
    goal = matching(w)
    if not goal:
        return None
    if any(w.colour(b) != w.colour(s.base(b)) for b in w.in_bowls()):
        return None  # a block already in a bowl of another colour would make "sort" unclear
    return _made(w, "Sort the blocks by colour into the matching bowls.", _act(rels(*goal)))


def t298_match_vietnamese3(w: World) -> Made:
    opts = []
    for b in w.blocks:
        bowl = _bowl_of(w, w.colour(b))
        if bowl and _can_bowl(w.state, b, bowl):
            opts.append((b, bowl))
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    return _made(w, f"please put the {b} into the bowl have same colour with it", _act(rels(Rel("in", b, bowl))))


def t298_match_teacher3(w: World) -> Made:
    goal = matching(w)
    rest = [b for b in w.blocks if _bowl_of(w, w.colour(b)) is None]
    if not goal or not rest:
        return None
    text = ("Let's sort by colour! If a block has a bowl of the same colour, it goes in that bowl. "
            "Every other block goes in the bin.")
    return _made(w, text, _act(rels(*goal), binned(rest)))


def t298_match_coder(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(s.base(b))]
    if not wrong:
        return None
    return _made(w, "bin any block that sits in a bowl of a different colour", _act(binned(wrong)))


def t298_match_grandma3(w: World) -> Made:
    s = w.state
    goal = matching(w)
    if not goal:
        return None
    rest = [b for b in w.blocks if _bowl_of(w, w.colour(b)) is None]
    moving = {r.block for r in goal if not holds(r, s)}
    if any(s.support[b] in moving for b in rest):
        return None  # a block that must stay rests on one that must move
    text = ("Could you pop each block into the bowl of its own colour, dear? "
            "The ones with no bowl of their colour can stay just where they are.")
    return _made(w, text, _act(rels(*goal), kept(*rest)))


def t298_match_plain79(w: World) -> Made:
    s = w.state
    opts = []
    for x in w.blocks:
        for y in w.blocks:
            bowl = _bowl_of(w, w.colour(y))
            if x != y and bowl and _can_bowl(s, x, bowl):
                opts.append((x, y, bowl))
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = f"Put the {x} in the bowl that's the same colour as the {y}."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("builder2", "vietnamese3", "teacher3", "coder", "grandma3", "plain79")
FRESH298: list[Template] = [
    (f"t298_{short}_{style}", category, globals()[f"t298_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
