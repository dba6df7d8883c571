"""`FRESH245`, the two-hundred-and-forty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing into the chat window in their own plain words.
The jobs are the everyday ones (a block into a bowl, onto another block or a named place, a small tower, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions about the
table, one or two in a message. Six personas, one style each:
- librarian2: a quiet, orderly, precise librarian: "Please place the red block in the blue bowl."
- turkish: a Turkish speaker writing English with small slips: "Put the red block to the bowl which has same colour."
- streamer: a live streamer talking to chat and the robot at once: "ok chat watch this. robot, put the yellow block
  in the bottom right corner"
- accountant5: an accountant, exact about numbers, a little dry: "Each bowl is to hold exactly one block."
- toddlerparent: a parent typing one-handed with a toddler on the hip: "red block in the bin first. then the blue one"
- plain26: a plain, ordinary adult with no quirks: "Can you take the green block off the red block and put it on the
  table?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 380f83f, the code of a06aa1a, before anything it could prompt): 0.95
goal-correct (285 of 300), 15 refused, no question, no wrong action and no wrong reply. The refusals: the streamer's
"chat we're doing exactly two blocks in W, no more no less. go robot", "robot bin everything but X and Y, those two stay
right where they are chat" and "robot, put X in the bin but don't touch Y. chat Y is my lucky block lol".
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

_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _level(s: SymState, block: str) -> int:
    """How high `block` sits in its tower (1: resting on the table, a bowl or a place)."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _room(w: World, bowl: str, extra: int = 1, coming: tuple[str, ...] = ()) -> bool:
    """Whether `bowl` can take `extra` more blocks (blocks in `coming` already there are not counted)."""
    there = [b for b in w.state.in_bowl(bowl) if b not in coming]
    return len(there) + extra <= layout.BOWL_CAPACITY


def _grounded(w: World) -> list[str]:
    """Blocks whose tower stands on the table or a named place."""
    return [b for b in w.blocks if w.state.base(b) in _GROUND]


def _stack_target(w: World, block: str, exclude: tuple[str, ...] = ()) -> list[str]:
    """Blocks that `block` could be put on: standing on the table, with room above, and not under `block`."""
    s = w.state
    return [t for t in _grounded(w) if t != block and t not in exclude and t not in _below(s, block)
            and _level(s, t) < layout.MAX_TOWER]


def _is(rel: str, *args: str) -> Check:
    return rels(Rel(rel, *args))


def _base_not(block: str, *targets: str) -> Check:
    return lambda _i, f: f.base(block) not in targets


def _on_ground(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _not_on(top: str, below: str) -> Check:
    return lambda _i, f: f.support[top] != below


def _one_tower(blocks: list[str]) -> Check:
    """All `blocks` in one single tower, in any order, standing on the table, a place or in a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.support[bottoms[0]] not in (*_GROUND, *f.bowls):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)
    return check


def _nearest(w: World, to: str, among: list[str], margin: float = 0.04) -> str | None:
    """The block of `among` clearly nearest to `to` (None when the two nearest are too close to call)."""
    ranked = sorted(among, key=lambda b: w.dist(b, to))
    if len(ranked) < 2 or w.dist(ranked[1], to) - w.dist(ranked[0], to) < margin:
        return None
    return ranked[0]


def _bowl_with_room(w: World, block: str) -> list[str]:
    return [c for c in w.bowls if w.state.base(block) != c and _room(w, c)]


def _keepable(w: World, keep: str, *moved: str) -> bool:
    """`keep` can stay where it rests while `moved` blocks are moved: it is not above any of them."""
    return all(keep != m and keep not in w.state.above(m) for m in moved)


# ----- imperative ---------------------------------------------------------------------------------------
def t245_imp_librarian2(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        bowls = _bowl_with_room(w, b)
        if bowls:
            c = w.rng.choice(bowls)
            return _made(w, f"Please place the {b} in the {c}.", _act(_is("in", b, c)))
    return None


def t245_imp_turkish(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        targets = _stack_target(w, b)
        if targets:
            t = w.rng.choice(targets)
            return _made(w, f"Please put the {b} on the {t}, thank you", _act(_is("on", b, t)))
    return None


def t245_imp_streamer(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"ok chat watch this. robot, put the {b} in the {p}", _act(_is("at", b, p)))


def t245_imp_accountant5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"Move the {b} to the bin.", _act(binned([b])))


def t245_imp_toddlerparent(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        bowls = _bowl_with_room(w, b)
        if bowls:
            c = w.rng.choice(bowls)
            return _made(w, f"{b} in the {c} pls", _act(_is("in", b, c)))
    return None


def t245_imp_plain26(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Can you take the {top} off the {below} and put it on the table?",
                 _act(_is("on_table", top)))


# ----- declarative --------------------------------------------------------------------------------------
def t245_dec_librarian2(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        bowls = _bowl_with_room(w, b)
        if bowls:
            c = w.rng.choice(bowls)
            return _made(w, f"The {b} belongs in the {c}.", _act(_is("in", b, c)))
    return None


def t245_dec_turkish(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"The {b} must be in the middle of the table.", _act(_is("at", b, "middle")))


def t245_dec_streamer(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"alright chat new rule: the {b} should be in the {p}. make it happen robot",
                 _act(_is("at", b, p)))


def t245_dec_accountant5(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    return _made(w, f"The {c} should contain zero blocks.", _act(empty(c)))


def t245_dec_toddlerparent(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"{b} goes in the bin", _act(binned([b])))


def t245_dec_plain26(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        targets = _stack_target(w, b)
        if targets:
            t = w.rng.choice(targets)
            return _made(w, f"The {b} should end up on top of the {t}.", _act(_is("on", b, t)))
    return None


# ----- desiderative -------------------------------------------------------------------------------------
def t245_des_librarian2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    p = w.rng.choice(PLACES)
    return _made(w, f"I would like the {b} placed in the {p}, please.", _act(_is("at", b, p)))


def t245_des_turkish(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        bowls = _bowl_with_room(w, b)
        if bowls:
            c = w.rng.choice(bowls)
            return _made(w, f"I want that the {b} is in the {c}.", _act(_is("in", b, c)))
    return None


def t245_des_streamer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    s = w.state
    bottom = [b for b in w.blocks if s.support[b] in _GROUND]
    if not bottom:
        return None
    base = w.rng.choice(bottom)
    mid, top = w.pick([b for b in w.blocks if b != base], 2)
    text = (f"chat i want a little tower today. robot, i'd love the {mid} on the {base} "
            f"and the {top} on top of the {mid}")
    return _made(w, text, _act(_is("on", mid, base), _is("on", top, mid)))


def t245_des_accountant5(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"I'd like two blocks in the bin: the {a} and the {b}.", _act(binned([a, b])))


def t245_des_toddlerparent(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.support[b] in w.bowls]
    if not inside:
        return None
    b = w.rng.choice(inside)
    c = w.state.support[b]
    return _made(w, f"want the {b} out of the {c}.. on the table", _act(_is("on_table", b)))


def t245_des_plain26(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    return _made(w, f"I'd like the {c} emptied out into the bin.", _act(binned(w.state.in_bowl(c))))


# ----- quantified ---------------------------------------------------------------------------------------
def t245_qua_librarian2(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Please stack all of the blocks into a single tower.", _act(_one_tower(w.blocks)))


def t245_qua_turkish(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not 2 <= len(on_table) <= 5:
        return None
    return _made(w, "Please put all blocks which are on the table into bin.", _act(binned(on_table)))


def t245_qua_streamer(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    c = w.rng.choice(w.bowls)
    return _made(w, f"chat we're doing exactly two blocks in the {c}, no more no less. go robot",
                 _act(count_in(c, 2)))


def t245_qua_accountant5(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    return _made(w, "Each bowl is to hold exactly one block.",
                 _act(*(count_in(c, 1) for c in bowls)))


def t245_qua_toddlerparent(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    c = w.rng.choice(w.bowls)
    return _made(w, f"all the blocks in the {c} pls. every one", _act(*(_is("in", b, c) for b in w.blocks)))


def t245_qua_plain26(w: World) -> Made:
    inside = w.state.in_bowls()
    if len(inside) < 2:
        return None
    return _made(w, "Put every block that's in a bowl into the bin.", _act(binned(inside)))


# ----- negated ------------------------------------------------------------------------------------------
def t245_neg_librarian2(w: World) -> Made:
    if len(w.blocks) > 6:
        return None
    spared = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != spared]
    return _made(w, f"Kindly put all of the blocks into the bin, with the exception of the {spared}.",
                 _act(binned(rest), none_binned([spared])))


def t245_neg_turkish(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    inside = w.state.in_bowl(c)
    return _made(w, f"Take all blocks out from the {c} but don't put them to the bin.",
                 _act(empty(c), none_binned(inside)))


def t245_neg_streamer(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    s = w.state
    stay = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in stay]
    if any(s.support[b] in rest for b in stay):
        return None
    a, b = stay
    text = f"robot bin everything but the {a} and the {b}, those two stay right where they are chat"
    return _made(w, text, _act(binned(rest), kept(a, b)))


def t245_neg_accountant5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    c = w.state.base(b)
    return _made(w, f"Remove the {b} from the {c}. It is not to go in the bin.", _act(_base_not(b, c, BIN)))


def t245_neg_toddlerparent(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"get the {top} off the {below}.. NOT in the bin tho",
                 _act(_not_on(top, below), _base_not(top, BIN)))


def t245_neg_plain26(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b = w.rng.choice(w.blocks)
    avoid = w.rng.choice(w.bowls)
    others = [c for c in w.bowls if c != avoid]
    if not any(_room(w, c, coming=(b,)) for c in others):
        return None
    return _made(w, f"Put the {b} in a bowl, but not the {avoid}.",
                 _act(lambda _i, f: f.base(b) in others))


# ----- relative -----------------------------------------------------------------------------------------
def t245_rel_librarian2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Please put the block resting on the {below} into the bin.", _act(binned([top])))


def t245_rel_turkish(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = _bowl_with_room(w, below)
    if not bowls:
        return None
    c = w.rng.choice(bowls)
    return _made(w, f"The block under the {top}, please put it in the {c}.", _act(_is("in", below, c)))


def t245_rel_streamer(w: World) -> Made:
    bowls = [c for c in w.bowls if not w.state.in_bowl(c)]
    if not bowls:
        return None
    c = w.rng.choice(bowls)
    b = _nearest(w, c, w.blocks)
    if b is None:
        return None
    return _made(w, f"chat watch, robot put the block that's closest to the {c} in the bin",
                 _act(binned([b])))


def t245_rel_accountant5(w: World) -> Made:
    s = w.state
    alone = [b for b in w.blocks if s.support[b] not in s.support and s.is_clear(b) and s.base(b) != BIN]
    if not alone:
        return None
    g = w.rng.choice(alone)
    b = _nearest(w, g, [x for x in w.blocks if x != g])
    if b is None:
        return None
    return _made(w, f"Move the block nearest to the {g} into the bin.", _act(binned([b])))


def t245_rel_toddlerparent(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"take the one thats on top of the {below} and put it on the table",
                 _act(_is("on_table", top)))


def t245_rel_plain26(w: World) -> Made:
    singles = [c for c in w.bowls if len(w.state.in_bowl(c)) == 1]
    if not singles:
        return None
    c = w.rng.choice(singles)
    b = w.state.in_bowl(c)[0]
    targets = _stack_target(w, b)
    if not targets:
        return None
    t = w.rng.choice(targets)
    return _made(w, f"Put the block that's sitting in the {c} on top of the {t}.", _act(_is("on", b, t)))


# ----- keep ---------------------------------------------------------------------------------------------
def t245_keep_librarian2(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        bowls = _bowl_with_room(w, b)
        keeps = [k for k in w.blocks if _keepable(w, k, b)]
        if bowls and keeps:
            c, k = w.rng.choice(bowls), w.rng.choice(keeps)
            text = f"Please put the {b} in the {c}, but leave the {k} exactly where it is."
            return _made(w, text, _act(_is("in", b, c), kept(k)))
    return None


def t245_keep_turkish(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        targets = _stack_target(w, b)
        if not targets:
            continue
        t = w.rng.choice(targets)
        keeps = [k for k in w.blocks if k != t and _keepable(w, k, b, t)]
        if keeps:
            k = w.rng.choice(keeps)
            text = f"Put the {b} on the {t}, but the {k} stay where it is please."
            return _made(w, text, _act(_is("on", b, t), kept(k)))
    return None


def t245_keep_streamer(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    keeps = [k for k in w.blocks if _keepable(w, k, b)]
    if not keeps:
        return None
    k = w.rng.choice(keeps)
    text = f"robot, put the {b} in the bin but don't touch the {k}. chat the {k} is my lucky block lol"
    return _made(w, text, _act(binned([b]), kept(k)))


def t245_keep_accountant5(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        bowls = _bowl_with_room(w, b)
        keeps = [k for k in w.blocks if _keepable(w, k, b)]
        if bowls and len(keeps) >= 2:
            c = w.rng.choice(bowls)
            k1, k2 = w.pick(keeps, 2)
            text = f"Move the {b} into the {c}. The {k1} and the {k2} are to stay where they are."
            return _made(w, text, _act(_is("in", b, c), kept(k1, k2)))
    return None


def t245_keep_toddlerparent(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    keeps = [k for k in w.blocks if _keepable(w, k, b)]
    if not keeps:
        return None
    k = w.rng.choice(keeps)
    return _made(w, f"move the {b} to the middle. dont move the {k}", _act(_is("at", b, "middle"), kept(k)))


def t245_keep_plain26(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    inside = w.state.in_bowl(c)
    keeps = [k for k in w.blocks if k not in inside]
    if not keeps:
        return None
    k = w.rng.choice(keeps)
    return _made(w, f"Could you empty the {c} into the bin but leave the {k} where it is?",
                 _act(binned(inside), kept(k)))


# ----- multi-step ---------------------------------------------------------------------------------------
def t245_multi_librarian2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    s = w.state
    for first in w.pick(w.blocks, len(w.blocks)):
        rest = [b for b in w.blocks if b != first]
        for b in w.pick(rest, len(rest)):
            targets = [t for t in _stack_target(w, b, exclude=(first,)) if first not in _below(s, t)]
            if targets:
                t = w.rng.choice(targets)
                text = f"First, please place the {first} in the bin. Then place the {b} on the {t}."
                return _made(w, text, _act(binned([first]), _is("on", b, t)))
    return None


def t245_multi_turkish(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    g, y = w.pick(w.blocks, 2)
    bowls = [c for c in w.bowls if _room(w, c, 2, coming=(g, y))]
    if not bowls:
        return None
    c = w.rng.choice(bowls)
    text = f"First put the {g} to the {c}, after that put the {y} on it."
    return _made(w, text, _act(_is("in", g, c), _is("on", y, g)))


def t245_multi_streamer(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    p = w.rng.choice(PLACES[:4])
    text = f"ok chat step one: robot put the {a} in the {p}. step two: the {b} goes on the {a}. lets gooo"
    return _made(w, text, _act(_is("at", a, p), _is("on", b, a)))


def t245_multi_accountant5(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    inside = w.state.in_bowl(c)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    b = w.rng.choice(outside)
    text = f"First take everything out of the {c} and put it on the table, then put the {b} in the {c}."
    return _made(w, text, _act(_on_ground(inside), _is("in", b, c)))


def t245_multi_toddlerparent(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"{a} in the bin first. then the {b} too", _act(binned([a, b])))


def t245_multi_plain26(w: World) -> Made:
    for top, below in w.pick(w.pairs(), len(w.pairs())):
        bowls = _bowl_with_room(w, below)
        if bowls:
            c = w.rng.choice(bowls)
            text = f"Take the {top} off the {below}, then put the {below} in the {c}."
            return _made(w, text, _act(_not_on(top, below), _is("in", below, c)))
    return None


# ----- question -----------------------------------------------------------------------------------------
def t245_q_librarian2(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    return f"How many blocks are in the {c}, please?", answered(str(len(w.state.in_bowl(c))))


def t245_q_turkish(w: World) -> Made:
    s = w.state
    known = [b for b in w.blocks if s.support[b] in s.support or s.support[b] in s.bowls]
    if not known:
        return None
    b = w.rng.choice(known)
    return f"Where is the {b}?", answered(s.support[b])


def t245_q_streamer(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        truth = True
    else:
        a, b = w.pick(w.blocks, 2)
        if b in _below(s, a):
            return None
        truth = False
    n = len(w.bowls)
    text = f"chat is asking: is the {a} on the {b}? and how many bowls are there"
    return text, answered(f"{yes(truth)}|{n}")


def t245_q_accountant5(w: World) -> Made:
    s = w.state
    on_table, in_bowls = len(s.on_the_table()), len(s.in_bowls())
    if not on_table or not in_bowls or on_table == in_bowls:
        return None
    return ("How many blocks are on the table, and how many are in bowls?",
            answered(f"{on_table}|{in_bowls}"))


def t245_q_toddlerparent(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    c = w.rng.choice(full)
    return f"whats in the {c}", answered("|".join(w.state.in_bowl(c)))


def t245_q_plain26(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"Which block is sitting on the {below}?", answered(top)


# ----- matching -----------------------------------------------------------------------------------------
def _unmatched(w: World) -> list[Rel]:
    """The colour-matching relations that do not hold yet, in scenes where every one of them fits."""
    want = matching(w)
    if not want or any(not _room(w, r.target, coming=(r.block,)) for r in want):
        return []
    return [r for r in want if not holds(r, w.state)]


def t245_match_librarian2(w: World) -> Made:
    if not _unmatched(w):
        return None
    return _made(w, "Please sort the blocks into the bowls of the same colour.", _act(rels(*matching(w))))


def t245_match_turkish(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    return _made(w, f"Put the {r.block} to the bowl which has same colour.", _act(rels(r)))


def t245_match_streamer(w: World) -> Made:
    if not _unmatched(w):
        return None
    text = "colour matching time chat!! robot, every block that has a bowl in its colour goes in that bowl"
    return _made(w, text, _act(rels(*matching(w))))


def t245_match_accountant5(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    return _made(w, f"Place the {r.block} in the bowl whose colour matches it.", _act(rels(r)))


def t245_match_toddlerparent(w: World) -> Made:
    if not _unmatched(w):
        return None
    return _made(w, "blocks in the same colour bowls pls", _act(rels(*matching(w))))


def t245_match_plain26(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    return _made(w, f"Could you put the block that matches the {r.target} into it?", _act(rels(r)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("librarian2", "turkish", "streamer", "accountant5", "toddlerparent", "plain26")
FRESH245: list[Template] = [
    (f"t245_{short}_{style}", category, globals()[f"t245_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
