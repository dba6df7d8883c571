"""`FRESH258`, the two-hundred-and-fifty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table (one or two in a message). Six kinds of people write them:
- carpenter: a practical carpenter who measures things in words: "Take the red block and set it square on top of
  the blue block, edges lined up."
- thai: a Thai speaker writing English with small slips, object names right: "The red block should to be in the
  blue bowl, please."
- yogi: a calm, unhurried yoga teacher: "Slowly now, when you are ready, carry the green block over to the top left
  corner."
- student4: a university student in a hurry, lowercase, few commas: "chuck the red block in the bin"
- formal2: a very formal, old-fashioned writer of long polite sentences: "I should very much like the green block
  to be placed within the red bowl, if it is no trouble to you."
- plain39: a plain, ordinary adult with no quirks, varied everyday sentences: "Take the red block off the green
  block and put it down on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 60806a5, the code of b5d55d5, before anything it could prompt): 0.8467
goal-correct (254 of 300), 46 refused, no question, no wrong action and no wrong reply. The refusals: the carpenter's
"Take X and set it square on top of Y, edges lined up.", "X goes on Y, dead centre." and "I want a tower three blocks
high: X on the bottom, Y in the middle and Z on top."; the yoga teacher's "I'd like W to be empty, with all of its
blocks resting peacefully in the bin."; the formal writer's "Kindly lift X out of W and set it down upon the table, if
you would be so good as to oblige me.", "I would be obliged if you would remove X from W, though not, I beg you, into
the bin.", "Pray set X at the top right corner, taking great care that Y remains precisely where it is.", "First, if you
would, place X upon Y; that being done, kindly move the pair of them together into W.", "Might I trouble you to tell me
which block lies beneath X?" and (once) "Would you kindly place each block whose colour matches one of the bowls into
that bowl, leaving every other block precisely where it stands."
"""

from __future__ import annotations

from benchmarks.planner_language import Check, Made, Template, World, answered, kept, matching, none_binned, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_MARGIN = 0.03  # metres: how much nearer the nearest thing must be than the next for "nearest" to be clear


# ----- helpers ----------------------------------------------------------------------------------------------------
def _hold(*want: Rel) -> Check:
    return lambda _i, f: all(holds(r, f) for r in want)


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _free(w: World) -> list[str]:
    """Blocks that are not in the bin or the gripper."""
    return [b for b in w.blocks if w.state.base(b) != BIN and w.state.support[b] != "gripper"]


def _depth(s: SymState, block: str) -> int:
    """How high `block` stands in its tower (1 for a block on the table or in a bowl)."""
    n = 1
    while s.support[block] in s.support:
        block = s.support[block]
        n += 1
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _flat(s: SymState, block: str) -> bool:
    """The block rests right on the table (or a named place on it)."""
    return s.support[block] in (TABLE, *PLACES)


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    """(a, b): two clear blocks where a may go on b without the tower growing too high."""
    clear = w.clear_blocks()
    return [(a, b) for a in clear for b in clear if a != b and _depth(w.state, b) < layout.MAX_TOWER]


def _nearest(w: World, to: str, cands: list[str]) -> str | None:
    """The candidate clearly nearest `to` (None when two are about as near)."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=lambda b: w.dist(b, to))
    return ranked[0] if w.dist(ranked[1], to) - w.dist(ranked[0], to) >= _MARGIN else None


def _bin_count(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _binned(blocks: list[str]) -> Check:
    return _hold(*(Rel("in_bin", b) for b in blocks))


def _matches(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for every block that has one."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in _free(w) if w.colour(b) in by_colour}


# ----- imperative -------------------------------------------------------------------------------------------------
def t258_imp_carpenter(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Take the {a} and set it square on top of the {b}, edges lined up.", _act(_hold(Rel("on", a, b))))


def t258_imp_thai(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    return _made(w, f"Can you help me put the {a} inside the {bowl}, thank you.", _act(_hold(Rel("in", a, bowl))))


def t258_imp_yogi(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(_CORNERS)
    text = f"Slowly now, when you are ready, carry the {a} over to the {place}."
    return _made(w, text, _act(_hold(Rel("at", a, place))))


def t258_imp_student4(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    return _made(w, f"chuck the {a} in the bin", _act(_hold(Rel("in_bin", a))))


def t258_imp_formal2(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.support[a]
    text = (f"Kindly lift the {a} out of the {bowl} and set it down upon the table, if you would be so good as to "
            "oblige me.")
    return _made(w, text, _act(_hold(Rel("on_table", a))))


def t258_imp_plain39(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Take the {top} off the {below} and put it down on the table."
    return _made(w, text, _act(_hold(Rel("on_table", top))))


# ----- declarative ------------------------------------------------------------------------------------------------
def t258_dec_carpenter(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} goes on the {b}, dead centre.", _act(_hold(Rel("on", a, b))))


def t258_dec_thai(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    return _made(w, f"The {a} should to be in the {bowl}, please.", _act(_hold(Rel("in", a, bowl))))


def t258_dec_yogi(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    return _made(w, f"The {a} belongs in the bin now. It has done its work.", _act(_hold(Rel("in_bin", a))))


def t258_dec_student4(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(_CORNERS)
    return _made(w, f"{a} should be in the {place} not where it is now", _act(_hold(Rel("at", a, place))))


def t258_dec_formal2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    text = f"The {a} ought properly to be resting within the {bowl}, rather than where it presently lies."
    return _made(w, text, _act(_hold(Rel("in", a, bowl))))


def t258_dec_plain39(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"The {bowl} should be empty.", _act(lambda _i, f: not f.in_bowl(bowl)))


# ----- desiderative -----------------------------------------------------------------------------------------------
def t258_des_carpenter(w: World) -> Made:
    cands = _free(w)
    if len(cands) < 3:
        return None
    x, y, z = w.pick(cands, 3)
    text = f"I want a tower three blocks high: the {x} on the bottom, the {y} in the middle and the {z} on top."
    return _made(w, text, _act(_hold(Rel("stacked", x, y, z))))


def t258_des_thai(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I want the {a} is on top of the {b} please.", _act(_hold(Rel("on", a, b))))


def t258_des_yogi(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"I'd like the {bowl} to be empty, with all of its blocks resting peacefully in the bin."
    return _made(w, text, _act(_binned(inside)))


def t258_des_student4(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a, place = w.rng.choice(cands), w.rng.choice(_CORNERS)
    return _made(w, f"i want the {a} in the {place} pls", _act(_hold(Rel("at", a, place))))


def t258_des_formal2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    text = f"I should very much like the {a} to be placed within the {bowl}, if it is no trouble to you."
    return _made(w, text, _act(_hold(Rel("in", a, bowl))))


def t258_des_plain39(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _free(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    new = sum(1 for x in (a, b) if w.state.base(x) != bowl)
    if not _room(w, bowl, new):
        return None
    text = f"I'd like the {a} and the {b} both in the {bowl}."
    return _made(w, text, _act(_hold(Rel("in", a, bowl), Rel("in", b, bowl))))


# ----- quantified -------------------------------------------------------------------------------------------------
def t258_qua_carpenter(w: World) -> Made:
    table = w.state.on_the_table()
    if not table or len(table) > 5:
        return None
    return _made(w, "Put all the blocks that are on the table into the bin, every last one.", _act(_binned(table)))


def t258_qua_thai(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(_free(w)) < 2:
        return None
    check = _act(lambda _i, f: len(f.in_bowl(bowl)) == 2)
    return _made(w, f"Please make the {bowl} have exactly two block inside.", check)


def t258_qua_yogi(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowls = w.bowls
    check = _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))
    return _made(w, "Let each bowl hold exactly one block, no more and no fewer.", check)


def t258_qua_student4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    table = w.state.on_the_table()
    if not table or not _room(w, bowl, len(table)):
        return None
    return _made(w, f"put all the blocks on the table in the {bowl}", _act(_hold(*(Rel("in", b, bowl) for b in table))))


def t258_qua_formal2(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"Would you kindly set every one of the blocks presently in the {bowl} down upon the table."
    return _made(w, text, _act(_hold(*(Rel("on_table", b) for b in inside))))


def t258_qua_plain39(w: World) -> Made:
    if len(_free(w)) < 4:
        return None
    check = _act(lambda i, f: _bin_count(f) == _bin_count(i) + 3)
    return _made(w, "Put three blocks in the bin, I don't mind which three.", check)


# ----- negated ----------------------------------------------------------------------------------------------------
def t258_neg_carpenter(w: World) -> Made:
    cands = _free(w)
    if len(cands) < 2 or len(cands) > 6:
        return None
    a = w.rng.choice(cands)
    others = [b for b in cands if b != a]
    return _made(w, f"Bin every block except the {a}.", _act(_binned(others), none_binned([a])))


def t258_neg_thai(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in _free(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    g = w.rng.choice(outside)
    others = [b for b in _free(w) if b != g]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Please put all the blocks in the {bowl} but not the {g}, that one no."
    check = _act(_hold(*(Rel("in", b, bowl) for b in others), Rel("in", g, bowl, negated=True)))
    return _made(w, text, check)


def t258_neg_yogi(w: World) -> Made:
    table = w.state.on_the_table()
    cands = [b for b in table if _flat(w.state, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in table if b != a]
    if not others:
        return None
    text = f"Let all the blocks on the table go into the bin, all but the {a}; that one can stay where it rests."
    return _made(w, text, _act(_binned(others), kept(a)))


def t258_neg_student4(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blocks = w.blocks
    check = _act(lambda _i, f: not f.in_bowl(bowl), none_binned(blocks))
    return _made(w, f"empty the {bowl} but dont put anything in the bin", check)


def t258_neg_formal2(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = w.state.base(a)
    text = f"I would be obliged if you would remove the {a} from the {bowl}, though not, I beg you, into the bin."
    return _made(w, text, _act(_hold(Rel("in", a, bowl, negated=True), Rel("in_bin", a, negated=True))))


def t258_neg_plain39(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _free(w) if b not in inside]
    if not outside:
        return None
    text = f"Put every block in the bin except the ones in the {bowl}."
    return _made(w, text, _act(_binned(outside), none_binned(inside)))


# ----- relative ---------------------------------------------------------------------------------------------------
def t258_rel_carpenter(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Whatever block is sitting on top of the {below}, take it off and drop it in the bin."
    return _made(w, text, _act(_hold(Rel("in_bin", top))))


def t258_rel_thai(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != bowl]
    if not pairs or not _room(w, bowl):
        return None
    top, below = w.rng.choice(pairs)
    text = f"Please move the block under the {top} to the {bowl}."
    return _made(w, text, _act(_hold(Rel("in", below, bowl))))


def t258_rel_yogi(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = _nearest(w, bowl, _free(w))
    if a is None:
        return None
    place = w.rng.choice(_CORNERS)
    text = f"Take the block nearest to the {bowl}, and let it come to rest in the {place}."
    return _made(w, text, _act(_hold(Rel("at", a, place))))


def t258_rel_student4(w: World) -> Made:
    options = [(t, b, y) for t, b in w.pairs() for y in w.clear_blocks()
               if y not in (t, b) and _depth(w.state, y) < layout.MAX_TOWER]
    if not options:
        return None
    top, below, y = w.rng.choice(options)
    return _made(w, f"move the block on top of the {below} onto the {y}", _act(_hold(Rel("on", top, y))))


def t258_rel_formal2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, below = w.rng.choice(pairs)
    text = f"Would you kindly place the block upon which the {a} now rests into the bin."
    return _made(w, text, _act(_hold(Rel("in_bin", below))))


def t258_rel_plain39(w: World) -> Made:
    lone = [b for b in w.clear_blocks() if _flat(w.state, b)]
    if not lone:
        return None
    r = w.rng.choice(lone)
    n = _nearest(w, r, [b for b in _free(w) if b != r])
    if n is None:
        return None
    bowls = [b for b in w.bowls if w.state.base(n) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Put the block closest to the {r} in the {bowl}.", _act(_hold(Rel("in", n, bowl))))


# ----- keep -------------------------------------------------------------------------------------------------------
def t258_keep_carpenter(w: World) -> Made:
    cands = _free(w)
    if len(cands) < 2:
        return None
    a = w.rng.choice(cands)
    keeps = [k for k in cands if k != a and k not in w.state.above(a)]
    if not keeps:
        return None
    k = w.rng.choice(keeps)
    text = f"Bin the {a}, but leave the {k} exactly where it sits."
    return _made(w, text, _act(_hold(Rel("in_bin", a)), kept(k)))


def t258_keep_thai(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    keeps = [k for k in _free(w) if k not in (a, b)]
    if not keeps:
        return None
    k = w.rng.choice(keeps)
    text = f"Please put the {a} on the {b}, but the {k} you keep it where it is."
    return _made(w, text, _act(_hold(Rel("on", a, b)), kept(k)))


def t258_keep_yogi(w: World) -> Made:
    options = []
    for src in w.bowls:
        for dst in w.bowls:
            if src == dst:
                continue
            for k in w.state.in_bowl(src):
                others = [b for b in w.state.in_bowl(src) if b != k]
                if w.state.support[k] == src and others and _room(w, dst, len(others)):
                    options.append((src, dst, k, others))
    if not options:
        return None
    src, dst, k, others = w.rng.choice(options)
    text = f"Gently move the blocks in the {src} over to the {dst}, but let the {k} stay just where it is."
    return _made(w, text, _act(_hold(*(Rel("in", b, dst) for b in others)), kept(k)))


def t258_keep_student4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    keeps = [k for k in _free(w) if k != a and k not in w.state.above(a)]
    if not keeps:
        return None
    k = w.rng.choice(keeps)
    return _made(w, f"put the {a} in the {bowl} but leave the {k} alone", _act(_hold(Rel("in", a, bowl)), kept(k)))


def t258_keep_formal2(w: World) -> Made:
    cands = _free(w)
    if len(cands) < 2:
        return None
    a = w.rng.choice(cands)
    keeps = [k for k in cands if k != a and k not in w.state.above(a)]
    if not keeps:
        return None
    k, place = w.rng.choice(keeps), w.rng.choice(_CORNERS)
    text = f"Pray set the {a} at the {place}, taking great care that the {k} remains precisely where it is."
    return _made(w, text, _act(_hold(Rel("at", a, place)), kept(k)))


def t258_keep_plain39(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in w.blocks if b != a]
    text = f"Move the {a} to the middle of the table and don't touch anything else."
    return _made(w, text, _act(_hold(Rel("at", a, _MIDDLE)), kept(*others)))


# ----- multi-step -------------------------------------------------------------------------------------------------
def t258_multi_carpenter(w: World) -> Made:
    cands = [b for b in _free(w) if not _flat(w.state, b)]
    if not cands:
        return None
    r = w.rng.choice(cands)
    b = w.rng.choice([x for x in _free(w) if x != r])
    text = f"First get the {r} down onto the table, then set the {b} on top of it."
    return _made(w, text, _act(_hold(Rel("on_table", r), Rel("on", b, r))))


def t258_multi_thai(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    r = w.rng.choice(cands)
    g = w.rng.choice([x for x in _free(w) if x != r])
    text = f"First put the {g} into the bin, after that you put the {r} in the {bowl}."
    return _made(w, text, _act(_hold(Rel("in_bin", g), Rel("in", r, bowl))))


def t258_multi_yogi(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl, place = w.state.base(a), w.rng.choice(_CORNERS)
    text = f"Begin by lifting the {a} out of the {bowl}, and then let it rest in the {place}."
    return _made(w, text, _act(_hold(Rel("at", a, place))))


def t258_multi_student4(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    r = w.rng.choice(cands)
    return _made(w, f"first empty the {bowl} then put the {r} in it", _act(lambda _i, f: f.in_bowl(bowl) == [r]))


def t258_multi_formal2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _free(w)
    if len(cands) < 2:
        return None
    r, y = w.pick(cands, 2)
    new = sum(1 for x in (r, y) if w.state.base(x) != bowl)
    if not _room(w, bowl, new):
        return None
    text = (f"First, if you would, place the {r} upon the {y}; that being done, kindly move the pair of them "
            f"together into the {bowl}.")
    return _made(w, text, _act(_hold(Rel("on", r, y), Rel("in", y, bowl))))


def t258_multi_plain39(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != bowl]
    if not pairs or not _room(w, bowl):
        return None
    g, r = w.rng.choice(pairs)
    text = f"Take the {g} off the {r}, then put the {r} in the {bowl}."
    return _made(w, text, _act(_hold(Rel("in", r, bowl), Rel("on", g, r, negated=True))))


# ----- questions --------------------------------------------------------------------------------------------------
def t258_q_carpenter(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _ask(f"How many blocks have you got in the {bowl} at the moment?", str(len(w.state.in_bowl(bowl))))


def t258_q_thai(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _ask(f"What block is on top of the {below}?", top)


def t258_q_yogi(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a)
    else:
        a, bowl = w.rng.choice(_free(w)), w.rng.choice(w.bowls)
    return _ask(f"Tell me, is the {a} resting in the {bowl}?", yes(w.state.base(a) == bowl))


def t258_q_student4(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        cands = _free(w)
        a, b = w.pick(cands, 2)
    text = f"how many blocks r in the {bowl} and is the {a} on the {b}"
    return _ask(text, f"{n}|{yes(w.state.support[a] == b).lower()}")


def t258_q_formal2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, below = w.rng.choice(pairs)
    return _ask(f"Might I trouble you to tell me which block lies beneath the {a}?", below)


def t258_q_plain39(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] == TABLE or w.state.support[b] in w.bowls]
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not cands or not bowls:
        return None
    a, bowl = w.rng.choice(cands), w.rng.choice(bowls)
    where = w.state.support[a]
    text = f"Where's the {a} right now? And how many blocks are in the {bowl}?"
    return _ask(text, f"{where}|{len(w.state.in_bowl(bowl))}")


# ----- matching ---------------------------------------------------------------------------------------------------
def t258_match_carpenter(w: World) -> Made:
    todo = {b: bowl for b, bowl in _matches(w).items() if w.state.base(b) != bowl}
    if not todo or not all(_room(w, bowl) for bowl in todo.values()):
        return None
    text = "Every block that has a bowl of its own colour goes in that bowl."
    return _made(w, text, _act(_hold(*matching(w))))


def t258_match_thai(w: World) -> Made:
    todo = [(b, bowl) for b, bowl in _matches(w).items() if w.state.base(b) != bowl and _room(w, bowl)]
    if not todo:
        return None
    b, bowl = w.rng.choice(todo)
    return _made(w, f"Please put the {b} in the bowl with same colour.", _act(_hold(Rel("in", b, bowl))))


def t258_match_yogi(w: World) -> Made:
    options = [(a, c, bowl) for c, bowl in _matches(w).items() for a in _free(w)
               if a != c and w.state.base(a) != bowl and _room(w, bowl)]
    if not options:
        return None
    a, c, bowl = w.rng.choice(options)
    text = f"Gently place the {a} in the bowl that is the same colour as the {c}."
    return _made(w, text, _act(_hold(Rel("in", a, bowl))))


def t258_match_student4(w: World) -> Made:
    todo = _matches(w)
    rest = [b for b in _free(w) if b not in todo]
    if not todo or not rest or not all(_room(w, bowl) for bowl in todo.values()):
        return None
    text = "put the blocks in the bowls that match their colour and the rest in the bin"
    return _made(w, text, _act(_hold(*matching(w)), _binned(rest)))


def t258_match_formal2(w: World) -> Made:
    todo = {b: bowl for b, bowl in _matches(w).items() if w.state.base(b) != bowl}
    rest = [b for b in w.blocks if b not in _matches(w)]
    if not todo or not all(_room(w, bowl) for bowl in todo.values()):
        return None
    if any(r in w.state.above(b) for b in todo for r in rest):
        return None
    text = ("Would you kindly place each block whose colour matches one of the bowls into that bowl, leaving every "
            "other block precisely where it stands.")
    return _made(w, text, _act(_hold(*matching(w)), kept(*rest)))


def t258_match_plain39(w: World) -> Made:
    todo = list(_matches(w).items())
    if not todo:
        return None
    b, bowl = w.rng.choice(todo)
    text = f"Find the block that's the same colour as the {bowl} and drop it in the bin."
    return _made(w, text, _act(_hold(Rel("in_bin", b))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("carpenter", "thai", "yogi", "student4", "formal2", "plain39")
FRESH258: list[Template] = [
    (f"t258_{short}_{style}", category, globals()[f"t258_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
