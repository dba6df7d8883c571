"""`FRESH221`, the two-hundred-and-twenty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six personas, one style each:
- teen2: a bored teenager, lowercase: "can u put the red block in the blue bowl"
- nurse3: a calm, procedural hospital nurse: "First, take the red block off the blue block. Then gently place the
  blue block in the green bowl."
- turkish: a Turkish speaker writing English with small slips: "Please take the red block and put it to the middle."
- comedian2: jokes around the request, clear about the goal: "Throw the red block in the bin. It knows what it did."
- accountant3: a bookkeeper, tallies and totals: "Carry every block in the red bowl over to the blue bowl."
- plain2: a plain, ordinary adult: "Put the red block on the blue block, then put the green block on the red block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2d28fdf, the code of 5b3b999, before anything it could prompt): 0.7167
goal-correct (215 of 300), 80 refused, no wrong action and five wrong replies. The wrong replies: the bookkeeper's "For my
records: how many blocks are on the table in total? Don't count the ones in bowls.". The refusals: the bookkeeper's
"That's two entries for that bowl", "a closing balance of exactly four blocks", "nothing left behind", "don't write it
off", "stays as it stands: nothing in, nothing out", "Reconcile the colours: any block sitting in a bowl of a different
colour comes out"; the comedian's jokes ("W is on a diet", "They've been eyeing each other all day", "no favourites, no
sharing", "X has tenure", "the block hogging the top of that tower? Yes, the show-off.", "Settle a bet for me"); the
nurse's "needs to come out of W and rest on the table"; and the Turkish speaker's "it is not needed anymore", "which ones
is not important", "this one stay outside of it".
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


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to ask for)."""
    return None if check(w.state, w.state) else (text, check)


def _live(w: World) -> list[str]:
    """Blocks not in the bin and not held."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _stack(s: SymState, b: str) -> list[str]:
    """Every block of the tower holding `b`, bottom first."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *reversed(s.above(bottom))]


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _can_top(w: World, a: str, b: str, extra: int = 1) -> bool:
    """Whether `a` (and `extra - 1` more blocks after it) can go on `b`: a tower on the table with room."""
    s = w.state
    return (a != b and a not in _stack(s, b) and s.base(b) in _GROUND and s.base(a) != BIN
            and len(_stack(s, b)) + extra <= layout.MAX_TOWER)


def _into(w: World, bowl: str, blocks: list[str]) -> bool:
    """Whether `blocks` fit into `bowl` (counting those already there)."""
    s = w.state
    new = [b for b in blocks if s.base(b) != bowl]
    return len(new) <= _room(s, bowl)


def _on(a: str, b: str) -> Rel:
    return Rel("on", a, b)


def _in(a: str, bowl: str) -> Rel:
    return Rel("in", a, bowl)


def _nearest(w: World, pos: tuple[float, float], candidates: list[str]) -> str | None:
    """The candidate block nearest to `pos`, only when it is clearly nearer than every other block."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - pos[0]) ** 2 + (p[1] - pos[1]) ** 2) ** 0.5

    if not candidates:
        return None
    best = min(candidates, key=d)
    others = [d(b) for b in w.blocks if b != best and w.state.base(b) != BIN]
    return best if all(o - d(best) > 0.05 for o in others) else None


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return (p[0], p[1])


# ----- imperative -----------------------------------------------------------------------------------
def t221_imp_teen2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or _room(w.state, bowl) < 1:
        return None
    b = w.pick(cands)[0]
    return _made(w, f"can u put the {b} in the {bowl}", _act(rels(_in(b, bowl))))


def t221_imp_nurse3(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_top(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please gently place the {a} on top of the {b}.", _act(rels(_on(a, b))))


def t221_imp_turkish(w: World) -> Made:
    b = w.pick(_live(w))[0]
    place = w.rng.choice(PLACES)
    return _made(w, f"Please take the {b} and put it to the {place}.", _act(rels(Rel("at", b, place))))


def t221_imp_comedian2(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return _made(w, f"Throw the {b} in the bin. It knows what it did.", _act(rels(Rel("in_bin", b))))


def t221_imp_accountant3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if len(cands) < 2 or _room(w.state, bowl) < 2:
        return None
    a, b = w.pick(cands, 2)
    text = f"Move the {a} and the {b} into the {bowl}. That's two entries for that bowl."
    return _made(w, text, _act(rels(_in(a, bowl), _in(b, bowl))))


def t221_imp_plain2(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a) and w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Take the {a} off the {b} and put it down on the table.", _act(rels(Rel("on_table", a))))


# ----- declarative ----------------------------------------------------------------------------------
def t221_dec_teen2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or _room(w.state, bowl) < 1:
        return None
    b = w.pick(cands)[0]
    return _made(w, f"the {b} goes in the {bowl} k", _act(rels(_in(b, bowl))))


def t221_dec_nurse3(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    bowl = w.state.base(b)
    text = f"The {b} needs to come out of the {bowl} and rest on the table, please."
    return _made(w, text, _act(rels(Rel("on_table", b))))


def t221_dec_turkish(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return _made(w, f"The {b} must be in the bin, it is not needed anymore.", _act(rels(Rel("in_bin", b))))


def t221_dec_comedian2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = f"The {bowl} is on a diet. By the time you're done it should be completely empty."
    return _made(w, text, _act(empty(bowl)))


def t221_dec_accountant3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if len(cands) < 2 or _room(w.state, bowl) < 1:
        return None
    a, b = w.pick(cands, 2)
    place = w.rng.choice(PLACES)
    text = f"Closing position: the {a} sits at the {place} and the {b} sits in the {bowl}."
    return _made(w, text, _act(rels(Rel("at", a, place), _in(b, bowl))))


def t221_dec_plain2(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_top(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} should be on top of the {b} when you're done.", _act(rels(_on(a, b))))


# ----- desiderative ---------------------------------------------------------------------------------
def t221_des_teen2(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return _made(w, f"i want the {b} in the bin i guess", _act(rels(Rel("in_bin", b))))


def t221_des_nurse3(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    text = (f"I would like a tower of three, please: the {a} at the bottom, then the {b}, "
            f"then the {c} on top.")
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t221_des_turkish(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or _room(w.state, bowl) < 1:
        return None
    b = w.pick(cands)[0]
    return _made(w, f"I want that the {b} is inside the {bowl}, please.", _act(rels(_in(b, bowl))))


def t221_des_comedian2(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_top(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"I'd like the {a} on the {b}. They've been eyeing each other all day, let them be together."
    return _made(w, text, _act(rels(_on(a, b))))


def t221_des_accountant3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    now = len(w.state.in_bowl(bowl))
    options = [n for n in range(1, min(layout.BOWL_CAPACITY, len(_live(w))) + 1) if n != now]
    if not options:
        return None
    n = w.rng.choice(options)
    word = {1: "one block", 2: "two blocks", 3: "three blocks", 4: "four blocks"}[n]
    text = f"My goal is a closing balance of exactly {word} in the {bowl}, no more and no less. Any blocks will do."
    return _made(w, text, _act(count_in(bowl, n)))


def t221_des_plain2(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return _made(w, f"I'd like the {b} moved to the middle of the table.", _act(rels(Rel("at", b, "middle"))))


# ----- quantified -----------------------------------------------------------------------------------
def t221_qua_teen2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"dump everything in the {bowl} into the bin", _act(binned(inside)))


def t221_qua_nurse3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Please take every block that is in a bowl out, one at a time, and set each one down on the table."
    return _made(w, text, _act(rels(*(Rel("on_table", b) for b in inside))))


def t221_qua_turkish(w: World) -> Made:
    free = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not free or len(_live(w)) < 2:
        return None
    bowl = w.pick(free)[0]
    text = f"Put exactly two blocks in the {bowl}, which ones is not important."
    return _made(w, text, _act(count_in(bowl, 2)))


def t221_qua_comedian2(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(_live(w)) < len(bowls):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(bw)) == 1 for bw in bowls)

    text = "Every bowl deserves exactly one block. One each, no favourites, no sharing."
    return _made(w, text, _act(check))


def t221_qua_accountant3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if len(w.bowls) < 2 or not full:
        return None
    src = w.pick(full)[0]
    dst = w.pick([bw for bw in w.bowls if bw != src])[0]
    inside = w.state.in_bowl(src)
    if not _into(w, dst, inside):
        return None
    text = f"Carry every block in the {src} over to the {dst}. All of them, nothing left behind."
    return _made(w, text, _act(rels(*(_in(b, dst) for b in inside))))


def t221_qua_plain2(w: World) -> Made:
    on_table = w.state.on_the_table()
    in_bin = [b for b in w.blocks if w.state.base(b) == BIN]
    if not on_table or len(on_table) + len(in_bin) > 5:
        return None
    return _made(w, "Put every block that's on the table into the bin.", _act(binned(on_table)))


# ----- negated --------------------------------------------------------------------------------------
def t221_neg_teen2(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    x = w.pick(live)[0]
    rest = [b for b in live if b != x]
    if len(rest) > 5:
        return None
    return _made(w, f"put all the blocks in the bin except the {x}",
                 _act(binned(rest), none_binned([x])))


def t221_neg_nurse3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    keep_out = _live(w)
    text = f"Please empty the {bowl}, but do not put anything in the bin."
    return _made(w, text, _act(empty(bowl), none_binned(keep_out)))


def t221_neg_turkish(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    live = _live(w)
    x = w.pick(live)[0]
    rest = [b for b in live if b != x]
    if not rest or not _into(w, bowl, rest):
        return None
    text = f"Put all of the blocks into the {bowl} but not the {x}, this one stay outside of it."
    return _made(w, text, _act(rels(*(_in(b, bowl) for b in rest), Rel("in", x, bowl, negated=True))))


def t221_neg_comedian2(w: World) -> Made:
    cands = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) >= 2]
    if not cands:
        return None
    bowl = w.pick(cands)[0]
    inside = w.state.in_bowl(bowl)
    stay = [b for b in inside if w.state.support[b] == bowl]
    if not stay:
        return None
    x = w.pick(stay)[0]
    rest = [b for b in inside if b != x]
    text = f"Everything in the {bowl} goes in the bin except the {x}. The {x} has tenure."
    return _made(w, text, _act(binned(rest), rels(_in(x, bowl))))


def t221_neg_accountant3(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowl = w.state.base(a)
    text = f"Take the {a} out of the {bowl}, but don't write it off: it does not go in the bin."
    return _made(w, text, _act(rels(Rel("in", a, bowl, negated=True), Rel("in_bin", a, negated=True))))


def t221_neg_plain2(w: World) -> Made:
    pairs = []
    for a, b in w.pairs():
        if w.state.base(a) == BIN:
            continue
        if any(_can_top(w, a, c) for c in _live(w) if c != b):
            pairs.append((a, b))
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    blocks = w.blocks

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] in blocks and f.support[a] != b

    return _made(w, f"Move the {a} onto a different block. Any block is fine, just not the {b}.", _act(check))


# ----- relative -------------------------------------------------------------------------------------
def t221_rel_teen2(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"move the block on top of the {b} to the bin", _act(rels(Rel("in_bin", a))))


def t221_rel_nurse3(w: World) -> Made:
    free = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not free:
        return None
    bowl = w.pick(free)[0]
    near = _nearest(w, _pos(w, bowl), [b for b in _live(w) if w.state.base(b) in _GROUND])
    if near is None:
        return None
    text = f"Please take the block closest to the {bowl} and place it gently in the {bowl}."
    return _made(w, text, _act(rels(_in(near, bowl))))


def t221_rel_turkish(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    place = w.rng.choice(PLACES)
    text = f"The block which is under the {a}, please put it to the {place}."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t221_rel_comedian2(w: World) -> Made:
    s = w.state
    tops = [a for a, _b in w.pairs() if s.is_clear(a)]
    if len(tops) != 1 or s.base(tops[0]) not in _GROUND:
        return None
    top = tops[0]
    bowls = [bw for bw in w.bowls if _room(s, bw) >= 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = f"See the block hogging the top of that tower? Yes, the show-off. Put it in the {bowl}."
    return _made(w, text, _act(rels(_in(top, bowl))))


def t221_rel_accountant3(w: World) -> Made:
    place = w.rng.choice(PLACES[:4])
    near = _nearest(w, layout.PLACES[place], _live(w))
    if near is None:
        return None
    text = f"Move the block closest to the {place} into the bin. One line item, that's all."
    return _made(w, text, _act(rels(Rel("in_bin", near))))


def t221_rel_plain2(w: World) -> Made:
    singles = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not singles:
        return None
    bowl = w.pick(singles)[0]
    x = w.state.in_bowl(bowl)[0]
    targets = [b for b in _live(w) if _can_top(w, x, b)]
    if not targets:
        return None
    b = w.pick(targets)[0]
    return _made(w, f"Put the block that's in the {bowl} on top of the {b}.", _act(rels(_on(x, b))))


# ----- keep -----------------------------------------------------------------------------------------
def t221_keep_teen2(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a = w.pick(live)[0]
    ks = [k for k in live if k != a and k not in w.state.above(a)]
    if not ks:
        return None
    k = w.pick(ks)[0]
    return _made(w, f"put the {a} in the bin but dont touch the {k}", _act(rels(Rel("in_bin", a)), kept(k)))


def t221_keep_nurse3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    ks = [k for k in _live(w) if k not in inside]
    if not ks:
        return None
    k = w.pick(ks)[0]
    text = f"Please empty the {bowl} into the bin, but keep the {k} exactly where it is."
    return _made(w, text, _act(binned(inside), kept(k)))


def t221_keep_turkish(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_top(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    s = w.state
    ks = [k for k in _live(w) if k not in (a, b) and k not in s.above(a) and k not in s.above(b)]
    if not ks:
        return None
    k = w.pick(ks)[0]
    text = f"Make a tower with the {a} on the {b}, but the {k} stay where it is, don't move it."
    return _made(w, text, _act(rels(_on(a, b)), kept(k)))


def t221_keep_comedian2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or _room(w.state, bowl) < 1:
        return None
    a = w.pick(cands)[0]
    ks = [k for k in _live(w) if k != a and k not in w.state.above(a)]
    if not ks:
        return None
    k = w.pick(ks)[0]
    text = f"Pop the {a} into the {bowl} and leave the {k} alone. It's had a long day."
    return _made(w, text, _act(rels(_in(a, bowl)), kept(k)))


def t221_keep_accountant3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.pick(cands)[0]
    place = w.rng.choice(PLACES)

    def same(i: SymState, f: SymState) -> bool:
        return sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl))

    text = f"Move the {a} to the {place}. The {bowl} stays as it stands: nothing in, nothing out."
    return _made(w, text, _act(rels(Rel("at", a, place)), same))


def t221_keep_plain2(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _live(w) for b in _live(w)
             if _can_top(w, a, b) and s.is_clear(a) and s.is_clear(b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [o for o in w.blocks if o != a]
    text = f"Put the {a} on the {b} and keep everything else where it is."
    return _made(w, text, _act(rels(_on(a, b)), kept(*others)))


# ----- multi-step -----------------------------------------------------------------------------------
def t221_multi_teen2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    if w.state.base(b) != bowl and _room(w.state, bowl) < 1:
        return None
    text = f"first move the {a} to the bin then put the {b} in the {bowl}"
    return _made(w, text, _act(rels(Rel("in_bin", a), _in(b, bowl))))


def t221_multi_nurse3(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) in _GROUND]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [bw for bw in w.bowls if _room(w.state, bw) >= 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]

    def off(_i: SymState, f: SymState) -> bool:
        return f.support[a] != b

    text = f"First, take the {a} off the {b}. Then gently place the {b} in the {bowl}."
    return _made(w, text, _act(rels(_in(b, bowl)), off))


def t221_multi_turkish(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    place = w.rng.choice(PLACES)
    text = f"First put the {a} to the {place}, after this put the {b} on the {a}."
    return _made(w, text, _act(rels(Rel("at", a, place), _on(b, a))))


def t221_multi_comedian2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if len(cands) < 2 or _room(w.state, bowl) < 2:
        return None
    a, b = w.pick(cands, 2)
    text = f"Step one: the {a} into the {bowl}. Step two: the {b} into the {bowl}. Step three: I applaud."
    return _made(w, text, _act(rels(_in(a, bowl), _in(b, bowl))))


def t221_multi_accountant3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _live(w) if b not in inside]
    if not cands:
        return None
    a = w.pick(cands)[0]
    text = f"First clear the {bowl} out into the bin. Then carry the {a} over into the {bowl}."
    return _made(w, text, _act(binned(inside), rels(_in(a, bowl))))


def t221_multi_plain2(w: World) -> Made:
    live = _live(w)
    trios = [(a, b, c) for b in live for a in live for c in live
             if len({a, b, c}) == 3 and _can_top(w, a, b, extra=2) and c not in _stack(w.state, b)]
    if not trios:
        return None
    a, b, c = w.rng.choice(trios)
    text = f"Put the {a} on the {b}, then put the {c} on the {a}."
    return _made(w, text, _act(rels(_on(a, b), _on(c, a))))


# ----- questions ------------------------------------------------------------------------------------
def t221_q_teen2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    if len(inside) > 2:
        return None
    prefix = "|".join(inside) if inside else "nothing"
    return _made(w, f"whats in the {bowl} rn", answered(prefix))


def t221_q_nurse3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return _made(w, f"How many blocks are in the {bowl} at the moment, please?", answered(str(n)))


def t221_q_turkish(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        opts = [(a, b) for a in w.blocks for b in w.blocks if a != b and b not in _stack(s, a)]
        if not opts:
            return None
        a, b = w.rng.choice(opts)
    flag = holds(_on(a, b), s)
    return _made(w, f"Is the {a} on the {b}?", answered(yes(flag)))


def t221_q_comedian2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    a = w.pick(w.blocks)[0]
    text = (f"Settle a bet for me, my cousin owes me a sandwich: how many blocks are in the {bowl}, "
            f"and is the {a} one of them?")
    return _made(w, text, answered(f"{len(inside)}|{yes(a in inside).lower()}"))


def t221_q_accountant3(w: World) -> Made:
    n = len(w.state.on_the_table())
    text = "For my records: how many blocks are on the table in total? Don't count the ones in bowls."
    return _made(w, text, answered(str(n)))


def t221_q_plain2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Which block is sitting on the {b}?", answered(a))


# ----- colour matching ------------------------------------------------------------------------------
def _bowl_of(w: World, colour: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == colour), None)


def t221_match_teen2(w: World) -> Made:
    cands = [b for b in _live(w) if _bowl_of(w, w.colour(b)) is not None]
    if not cands:
        return None
    b = w.pick(cands)[0]
    bowl = _bowl_of(w, w.colour(b))
    if bowl is None or not _into(w, bowl, [b]):
        return None
    return _made(w, f"put the {b} in the bowl that matches it", _act(rels(_in(b, bowl))))


def t221_match_nurse3(w: World) -> Made:
    want = matching(w)
    if not want or not all(_into(w, r.target, [r.block]) for r in want):
        return None
    text = "Please sort the blocks by colour: each block goes into the bowl of the same colour, where there is one."
    return _made(w, text, _act(rels(*want)))


def t221_match_turkish(w: World) -> Made:
    cands = [b for b in _live(w) if _bowl_of(w, w.colour(b)) is not None]
    if not cands:
        return None
    b = w.pick(cands)[0]
    bowl = _bowl_of(w, w.colour(b))
    if bowl is None or not _into(w, bowl, [b]):
        return None
    text = f"The {b}, put it in the bowl which has same colour with it."
    return _made(w, text, _act(rels(_in(b, bowl))))


def t221_match_comedian2(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    if not want or not rest or len(rest) > 5:
        return None
    if not all(_into(w, r.target, [r.block]) for r in want):
        return None
    text = ("Colour-coordinate everything: each block goes in the bowl of its own colour, and any block without "
            "a matching bowl goes in the bin. Fashion is brutal.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t221_match_accountant3(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(s.base(b))]
    if not wrong:
        return None
    text = ("Reconcile the colours: any block sitting in a bowl of a different colour comes out and goes on the "
            "table.")
    return _made(w, text, _act(rels(*(Rel("on_table", b) for b in wrong))))


def t221_match_plain2(w: World) -> Made:
    refs = [b for b in w.blocks if _bowl_of(w, w.colour(b)) is not None]
    if not refs:
        return None
    ref = w.pick(refs)[0]
    bowl = _bowl_of(w, w.colour(ref))
    if bowl is None:
        return None
    cands = [b for b in _live(w) if b != ref and w.state.base(b) != bowl]
    if not cands or _room(w.state, bowl) < 1:
        return None
    a = w.pick(cands)[0]
    text = f"Put the {a} in the bowl that's the same colour as the {ref}."
    return _made(w, text, _act(rels(_in(a, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("teen2", "nurse3", "turkish", "comedian2", "accountant3", "plain2")
FRESH221: list[Template] = [
    (f"t221_{short}_{style}", category, globals()[f"t221_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
