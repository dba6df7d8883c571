"""`FRESH198`, the hundred-and-ninety-ninth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the chat
window in their own plain words. A receptionist is polite ("could you please", "thank you so much"), a chess coach
talks in moves and positions ("move", "position", "take"), a school librarian returns and puts things back, a
courier picks up, drops off and delivers, a cook pops things in, stirs them in and sets them aside, and a teenager
texts in lower case with no punctuation. The jobs are the everyday ones: a block into a bowl, onto another block or a
named place, towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are,
and plain questions about the table (one or two in a message). The checks accept any order and any choice the words
leave open (where a block goes when only "not the bin" or "on the table" is said, which two blocks when "any two" is
said, where blockers are put); they always want the gripper empty at the end, and a question with two questions in
it wants both answers. The six styles:

- receptionist: "Hi there! Could you please put the red block in the blue bowl? Thank you so much!"
- chess: "Move the red block onto the green block."
- librarian: "Please return the red block to the table."
- courier: "Pick up the red block and drop it off at the top left corner."
- cook: "Pop the red block in the bin, would you?"
- teen: "put the red block in the middle of the table"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 8a26d21, the code of f4335ca, before anything it could prompt): 0.8767
goal-correct (263 of 300), 35 refused, no wrong action. Two wrong replies: "Two quick ones: how many blocks are in W, and
is X on the table?" said No for a block on a block on the table (the tester counts a block in a tower as on the table).
The refusals: "set aside in the top right corner, out of my way", "i want the blue bowl empty can u do that", "Drop off
exactly two blocks in W; any two will do.", "without stacking anything on it", "drop it off anywhere except a bowl or the
bin", "theres stuff on the green block i dont want anything on it", "Which bowl is X in? I need to know where to pick it
up.".
"""

from __future__ import annotations

from itertools import permutations

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

_CORNERS = PLACES[:4]
_FLAT = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """The goal holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _fresh(w: World, check: Check) -> bool:
    """Doing nothing does not already reach the goal."""
    return not check(w.state, w.state)


def _made(w: World, text: str, check: Check) -> Made:
    return (text, check) if _fresh(w, check) else None


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _height(s: SymState, b: str) -> int:
    """How many blocks the tower holds from its bottom up to `b`, `b` included."""
    return len(_below(s, b)) + 1


def _root(s: SymState, b: str) -> str:
    under = _below(s, b)
    return under[-1] if under else b


def _room(s: SymState, bowl: str, adding: list[str]) -> bool:
    return len(set(s.in_bowl(bowl)) | set(adding)) <= layout.BOWL_CAPACITY


def _can_stack(s: SymState, top: str, below: str, *more: str) -> bool:
    """`top` (and `more` on it) can go on `below`: another tower, not too tall, and room if it stands in a bowl."""
    bowl = s.base(below)
    return (top != below and _root(s, top) != _root(s, below) and _height(s, below) + len(more) < layout.MAX_TOWER
            and (bowl not in s.bowls or _room(s, bowl, [top, *more])))


def _match_fits(s: SymState, want: list[Rel]) -> bool:
    """Every bowl still holds at most four blocks once the blocks of its colour are in it."""
    return all(_room(s, bw, [r.block for r in want if r.target == bw]) for bw in s.bowls)


def _on_flat(b: str) -> Check:
    """`b` stands somewhere on the table (directly or on a tower there), not in a bowl, the bin or the gripper."""
    return lambda _i, f: f.base(b) in _FLAT


def _c(w: World, b: str) -> str:
    return w.colour(b)


def _stacks(w: World) -> list[tuple[str, str]]:
    return [(a, c) for a, c in permutations(w.blocks, 2) if _can_stack(w.state, a, c)]


def _nearest(w: World, blocks: list[str], dist) -> str | None:
    """The one block clearly nearest by `dist` (the next is at least 5 cm further), else None."""
    ranked = sorted(blocks, key=dist)
    if not ranked:
        return None
    if len(ranked) > 1 and dist(ranked[1]) - dist(ranked[0]) < 0.05:
        return None
    return ranked[0]


def _bowl_of(w: World, b: str) -> str | None:
    base = w.state.base(b)
    return base if base in w.state.bowls else None


# ----- imperative -----------------------------------------------------------------------------------
def t198_imp_recep(w: World) -> Made:
    s = w.state
    opts = [(b, bw) for b in w.blocks for bw in w.bowls if s.base(b) != bw and _room(s, bw, [b])]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return _made(w, f"Hi there! Could you please put the {b} in the {bw}? Thank you so much!",
                 _act(rels(Rel("in", b, bw))))


def t198_imp_chess(w: World) -> Made:
    opts = _stacks(w)
    if not opts:
        return None
    a, c = w.rng.choice(opts)
    return _made(w, f"Move the {a} onto the {c}.", _act(rels(Rel("on", a, c))))


def t198_imp_lib(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    return _made(w, f"Please return the {b} to the table.", _act(_on_flat(b)))


def t198_imp_courier(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Pick up the {b} and drop it off at the {corner}.", _act(rels(Rel("at", b, corner))))


def t198_imp_cook(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"Pop the {b} in the bin, would you?", _act(binned([b])))


def t198_imp_teen(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"put the {b} in the middle of the table", _act(rels(Rel("at", b, "middle"))))


# ----- declarative ----------------------------------------------------------------------------------
def t198_dec_recep(w: World) -> Made:
    s = w.state
    opts = [(b, bw) for b in w.blocks for bw in w.bowls if s.base(b) != bw and _room(s, bw, [b])]
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return _made(w, f"Good morning! The {b} should be in the {bw}, please. Thank you so much.",
                 _act(rels(Rel("in", b, bw))))


def t198_dec_chess(w: World) -> Made:
    opts = _stacks(w)
    if not opts or len(w.blocks) < 3:
        return None
    a, c = w.rng.choice(opts)
    d = w.rng.choice([b for b in w.blocks if b not in (a, c)])
    corner = w.rng.choice(_CORNERS)
    text = f"Here is the position I want: the {a} is on the {c}, and the {d} is in the {corner}."
    return _made(w, text, _act(rels(Rel("on", a, c), Rel("at", d, corner))))


def t198_dec_lib(w: World) -> Made:
    s = w.state
    opts = [(a, b, bw) for a, b in permutations(w.blocks, 2) for bw in w.bowls if _room(s, bw, [a, b])]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    return _made(w, f"The {a} and the {b} belong in the {bw}.", _act(rels(Rel("in", a, bw), Rel("in", b, bw))))


def t198_dec_courier(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    corner = w.rng.choice(_CORNERS)
    text = f"Here's how the drop-off should look: the {a} is at the {corner} and the {b} is in the bin."
    return _made(w, text, _act(rels(Rel("at", a, corner)), binned([b])))


def t198_dec_cook(w: World) -> Made:
    s = w.state
    opts = [(r, g, y) for r, g, y in permutations(w.blocks, 3)
            if r not in _below(s, g) and y not in _below(s, g) and _can_stack(s, r, g, y)]
    if not opts:
        return None
    r, g, y = w.rng.choice(opts)
    text = f"The {r} sits on top of the {g}, and the {y} sits on top of the {r}."
    return _made(w, text, _act(rels(Rel("on", r, g), Rel("on", y, r))))


def t198_dec_teen(w: World) -> Made:
    s = w.state
    opts = [(a, b, bw) for a, b in permutations(w.blocks, 2) for bw in w.bowls if _room(s, bw, [a])]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    text = f"ok so the {a} is in the {bw} and the {_c(w, b)} one is in the bin"
    return _made(w, text, _act(rels(Rel("in", a, bw)), binned([b])))


# ----- desiderative ---------------------------------------------------------------------------------
def t198_des_recep(w: World) -> Made:
    opts = _stacks(w)
    if not opts:
        return None
    a, c = w.rng.choice(opts)
    return _made(w, f"I'd like the {a} on top of the {c}, please, if it's no trouble. Thank you!",
                 _act(rels(Rel("on", a, c))))


def t198_des_chess(w: World) -> Made:
    r, g, b = w.pick(w.blocks, 3)

    def tower(_i: SymState, f: SymState) -> bool:
        return (f.support[g] == r and f.support[b] == g and f.support[r] not in f.support
                and f.base(r) != BIN and f.is_clear(b))

    text = f"I want a tower with the {r} at the bottom, the {g} on it, and the {b} on top."
    return _made(w, text, _act(tower))


def t198_des_lib(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = w.state.in_bowl(bw)
    return _made(w, f"I'd like whatever is in the {bw} put back on the table, please.",
                 _act(*(_on_flat(b) for b in inside)))


def t198_des_courier(w: World) -> Made:
    s = w.state
    opts = [(a, b, bw) for a, b in permutations(w.blocks, 2) for bw in w.bowls if _room(s, bw, [a])]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    corner = w.rng.choice(_CORNERS)
    text = f"I need the {a} delivered to the {bw} and the {b} delivered to the {corner}."
    return _made(w, text, _act(rels(Rel("in", a, bw), Rel("at", b, corner))))


def t198_des_cook(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Could you make it so that the {b} is set aside in the {corner}, out of my way?",
                 _act(rels(Rel("at", b, corner))))


def t198_des_teen(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    return _made(w, f"i want the {bw} empty can u do that", _act(empty(bw)))


# ----- quantified -----------------------------------------------------------------------------------
def t198_qua_recep(w: World) -> Made:
    return _made(w, "Could you please put every block in the bin? Thank you so much!", _act(binned(w.blocks)))


def t198_qua_chess(w: World) -> Made:
    s = w.state
    loose = s.on_the_table()
    room = sum(layout.BOWL_CAPACITY - len(s.in_bowl(bw)) for bw in w.bowls)
    if len(loose) < 2 or len(loose) > room:
        return None
    bowls = set(w.bowls)
    return _made(w, "Move each block that's on the table into a bowl.",
                 _act(lambda _i, f: all(f.base(b) in bowls for b in loose)))


def t198_qua_lib(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    return _made(w, "Please take every block out of the bowls and put it back on the table.",
                 _act(*(_on_flat(b) for b in inside)))


def t198_qua_courier(w: World) -> Made:
    free = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not free:
        return None
    bw = w.rng.choice(free)
    return _made(w, f"Drop off exactly two blocks in the {bw}; any two will do.", _act(count_in(bw, 2)))


def t198_qua_cook(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    return _made(w, f"Pop every block that's in the {bw} into the bin.", _act(binned(w.state.in_bowl(bw))))


def t198_qua_teen(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    return _made(w, "move all the blocks that r in bowls to the middle of the table",
                 _act(rels(*(Rel("at", b, "middle") for b in inside))))


# ----- negated --------------------------------------------------------------------------------------
def t198_neg_recep(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"Could you please put every block in the bin except the {b}? Thank you so much!",
                 _act(binned(rest), none_binned([b])))


def t198_neg_chess(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, c = w.rng.choice(pairs)
    return _made(w, f"Take the {a} off the {c}, but don't put it in the bin.",
                 _act(rels(Rel("on", a, c, negated=True)), none_binned([a])))


def t198_neg_lib(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    return _made(w, f"Please return the {b} to the table without stacking anything on it.",
                 _act(_on_flat(b), rels(Rel("clear", b))))


def t198_neg_courier(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    bw = w.state.base(b)
    return _made(w, f"Pick up the {b} from the {bw} and drop it off anywhere except a bowl or the bin.",
                 _act(_on_flat(b)))


def t198_neg_cook(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    opts = []
    for b in w.blocks:
        for bw in w.bowls:
            others = [o for o in w.bowls if o != bw]
            if s.base(b) not in others and any(_room(s, o, [b]) for o in others):
                opts.append((b, bw))
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    others = {o for o in w.bowls if o != bw}
    return _made(w, f"Pop the {b} into a bowl, just not the {bw}.", _act(lambda _i, f: f.base(b) in others))


def t198_neg_teen(w: World) -> Made:
    opts = [b for b in w.blocks if not w.state.is_clear(b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    return _made(w, f"theres stuff on the {b} i dont want anything on it", _act(rels(Rel("clear", b))))


# ----- relative -------------------------------------------------------------------------------------
def t198_rel_recep(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Could you please put the block that's sitting on the {below} in the bin? Thank you so much.",
                 _act(binned([top])))


def t198_rel_chess(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the block the {top} is standing on and move it to the middle of the table.",
                 _act(rels(Rel("at", below, "middle"))))


def t198_rel_lib(w: World) -> Made:
    single = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not single:
        return None
    bw = w.rng.choice(single)
    b = w.state.in_bowl(bw)[0]
    return _made(w, f"Please return the only block in the {bw} to the table.", _act(_on_flat(b)))


def t198_rel_courier(w: World) -> Made:
    s = w.state
    opts = []
    for bw in w.bowls:
        cands = [b for b in w.blocks if s.base(b) != bw]
        b = _nearest(w, cands, lambda x, bw=bw: w.dist(x, bw))
        if b is not None and _room(s, bw, [b]):
            opts.append((b, bw))
    if not opts:
        return None
    b, bw = w.rng.choice(opts)
    return _made(w, f"Pick up the block closest to the {bw} and deliver it into the {bw}.",
                 _act(rels(Rel("in", b, bw))))


def t198_rel_cook(w: World) -> Made:
    opts = []
    for corner in _CORNERS:
        px, py = layout.PLACES[corner]

        def dist(x: str, px: float = px, py: float = py) -> float:
            pos = w.scene.get(x).position
            return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5

        b = _nearest(w, w.blocks, dist)
        if b is not None:
            opts.append((b, corner))
    if not opts:
        return None
    b, corner = w.rng.choice(opts)
    return _made(w, f"Take the block nearest the {corner} and pop it in the bin.", _act(binned([b])))


def t198_rel_teen(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"move the block on top of the {_c(w, below)} one to the {corner}",
                 _act(rels(Rel("at", top, corner))))


# ----- keep -----------------------------------------------------------------------------------------
def t198_keep_recep(w: World) -> Made:
    s = w.state
    opts = [(b, g, bw) for b, g in permutations(w.blocks, 2) for bw in w.bowls
            if s.base(b) != bw and _room(s, bw, [b]) and g not in s.above(b)]
    if not opts:
        return None
    b, g, bw = w.rng.choice(opts)
    text = f"Could you please put the {b} in the {bw}, but leave the {g} where it is? Thank you so much!"
    return _made(w, text, _act(rels(Rel("in", b, bw)), kept(g)))


def t198_keep_chess(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    b = w.rng.choice(opts)
    corner = w.rng.choice(_CORNERS)
    rest = [x for x in w.blocks if x != b]
    text = f"Move the {b} to the {corner} and keep every other piece in its position."
    return _made(w, text, _act(rels(Rel("at", b, corner)), kept(*rest)))


def t198_keep_lib(w: World) -> Made:
    opts = [b for b in w.clear_blocks() if _bowl_of(w, b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"Please put the {b} back on the table and leave everything else as it is.",
                 _act(_on_flat(b), kept(*rest)))


def t198_keep_courier(w: World) -> Made:
    s = w.state
    opts = [(b, x, y) for b, x, y in permutations(w.blocks, 3)
            if x < y and x not in s.above(b) and y not in s.above(b)]
    if not opts:
        return None
    b, x, y = w.rng.choice(opts)
    return _made(w, f"Drop the {b} off in the bin; don't touch the {x} or the {y}.",
                 _act(binned([b]), kept(x, y)))


def t198_keep_cook(w: World) -> Made:
    s = w.state
    opts = [(r, g, y) for r, g in _stacks(w) for y in w.blocks
            if y not in (r, g) and y not in s.above(r) and y not in s.above(g)]
    if not opts:
        return None
    r, g, y = w.rng.choice(opts)
    return _made(w, f"Stack the {r} on the {g}, and leave the {y} just as it is.",
                 _act(rels(Rel("on", r, g)), kept(y)))


def t198_keep_teen(w: World) -> Made:
    opts = w.clear_blocks()
    if not opts:
        return None
    b = w.rng.choice(opts)
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"put the {_c(w, b)} block in the bin but dont move anything else",
                 _act(binned([b]), kept(*rest)))


# ----- multi_step -----------------------------------------------------------------------------------
def t198_multi_recep(w: World) -> Made:
    s = w.state
    opts = [(a, b, bw) for a, b in permutations(w.blocks, 2) for bw in w.bowls if _room(s, bw, [a, b])]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    text = (f"Could you please put the {a} in the {bw} first, and then put the {b} on top of it? "
            "Thank you so much!")
    return _made(w, text, _act(rels(Rel("in", a, bw), Rel("on", b, a))))


def t198_multi_chess(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"First move the {a} to the middle of the table, then move the {b} onto it."
    return _made(w, text, _act(rels(Rel("at", a, "middle"), Rel("on", b, a))))


def t198_multi_lib(w: World) -> Made:
    s = w.state
    opts = [(a, b, bw) for a, b in permutations(w.blocks, 2) for bw in w.bowls
            if _bowl_of(w, a) and _room(s, bw, [b])]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    text = f"First return the {a} to the table. After that, put the {b} back in the {bw}."
    return _made(w, text, _act(_on_flat(a), rels(Rel("in", b, bw))))


def t198_multi_courier(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    c1, c2 = w.pick(list(_CORNERS), 2)
    text = (f"Pick up the {a} and deliver it to the {c1}, then pick up the {b} and deliver it "
            f"to the {c2}.")
    return _made(w, text, _act(rels(Rel("at", a, c1), Rel("at", b, c2))))


def t198_multi_cook(w: World) -> Made:
    s = w.state
    opts = [(a, b, bw) for a, b in permutations(w.blocks, 2) for bw in w.bowls if _room(s, bw, [b])]
    if not opts:
        return None
    a, b, bw = w.rng.choice(opts)
    text = f"Pop the {a} in the bin first, then set the {b} aside in the {bw}."
    return _made(w, text, _act(binned([a]), rels(Rel("in", b, bw))))


def t198_multi_teen(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if w.state.support[a] in w.state.support:  # "on the table" would already be arguable for a stacked block
        return None
    text = f"first put the {_c(w, a)} block on the table then stack the {_c(w, b)} one on it"
    return _made(w, text, _act(_on_flat(a), rels(Rel("on", b, a))))


# ----- question -------------------------------------------------------------------------------------
def t198_q_recep(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    n = len(w.state.in_bowl(bw))
    return (f"Hello! Could you please tell me how many blocks are in the {bw}? Thank you so much.",
            answered(str(n)))


def t198_q_chess(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        prefix = _c(w, top)
    else:
        below = w.rng.choice(w.blocks)
        on = w.state.on_top(below)
        prefix = _c(w, on[0]) if on else "nothing"
    return f"Look at the position: what's on top of the {below}?", answered(prefix)


def t198_q_lib(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bw = w.state.base(b)
    else:
        b = w.rng.choice(w.blocks)
        bw = w.rng.choice(w.bowls)
    return f"Is the {b} in the {bw}?", answered(yes(w.state.base(b) == bw))


def t198_q_courier(w: World) -> Made:
    opts = [b for b in w.in_bowls() if _c(w, w.state.base(b)) != _c(w, b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    return f"Which bowl is the {b} in? I need to know where to pick it up.", answered(_c(w, w.state.base(b)))


def t198_q_cook(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    n = len(w.state.in_bowl(bw))
    b = w.rng.choice(w.blocks)
    on_table = b in w.state.on_the_table()
    text = f"Two quick ones: how many blocks are in the {bw}, and is the {b} on the table?"
    return text, answered(f"{n}|{yes(on_table)}")


def t198_q_teen(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    in_bowl = w.state.base(b) in w.state.bowls
    n = len(w.state.on_the_table())
    if n == 0:
        return None
    text = f"is the {_c(w, b)} block in a bowl and how many blocks r on the table"
    return text, answered(f"{yes(in_bowl)}|{n}")


# ----- matching -------------------------------------------------------------------------------------
def t198_match_recep(w: World) -> Made:
    want = matching(w)
    if not want or not _match_fits(w.state, want):
        return None
    return _made(w, "Could you please put each block into the bowl of the same colour? Thank you so much!",
                 _act(rels(*want)))


def t198_match_chess(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _match_fits(w.state, [r])]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Move the {r.block} into the bowl that matches its colour.", _act(rels(r)))


def t198_match_lib(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want or not _match_fits(w.state, want):
        return None
    movers = [r.block for r in want if not holds(r, s)]
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(x in s.above(m) for m in movers for x in rest):
        return None
    text = ("Please shelve every block in the bowl of its own colour; any block without a matching bowl stays "
            "where it is.")
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t198_match_courier(w: World) -> Made:
    want = matching(w)
    if not want or not _match_fits(w.state, want):
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    text = ("Deliver each block to the bowl of the same colour, and drop any block that has no matching bowl "
            "in the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t198_match_cook(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _match_fits(w.state, [r])]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Pop the block that's the same colour as the {r.target} into it.", _act(rels(r)))


def t198_match_teen(w: World) -> Made:
    want = matching(w)
    if not want or not _match_fits(w.state, want):
        return None
    return _made(w, "put the blocks in the bowls that r the same colour as them", _act(rels(*want)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("recep", "chess", "lib", "courier", "cook", "teen")
FRESH198: list[Template] = [
    (f"t198_{short}_{style}", category, globals()[f"t198_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
