"""`FRESH235`, the two-hundred-and-thirty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing what they want into the chat window the first time they
meet the arm. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six personas write them:
- lorry: a lorry driver, blunt and friendly: "Stick the red block in the blue bowl, mate."
- romanian: a Romanian speaker writing English with small slips: "The red block must to be on the green block."
- nurse4: a night nurse, calm, kind and efficient: "I'd like the red block in the green bowl, when you have a moment."
- teen4: a teenager texting, lower case and abbreviations: "throw the red block in the bin pls"
- collector: a stamp collector, precise and a little fussy: "The red block belongs in the bottom right corner."
- plain16: a plain, ordinary adult with no quirks: "Take the red block out of the blue bowl and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 160a4d6, the code of 8960651, before anything it could prompt): 0.8933
goal-correct (268 of 300), 20 refused, five questions asked, two wrong actions and five wrong replies. The wrong
actions: the collector's "One block in each bowl, please: no more and no fewer." left a bowl that already held blocks
with more than one. The wrong replies: the collector's "In which bowl, precisely, is X at present?". The refusals: the
teenager's "i want a tower w X on the bottom n Y on top of it", "hw many blocks r on the table rn? n is X in a bowl"; the
collector's "My goal is to have X resting directly on Y, with nothing on top of X."; "I'd like everything in W tipped into
the bin.". The questions: the collector's "Into W, please, the block of the same colour, and only that one.".
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

_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    if check(w.state, w.state):
        return None
    return text, _act(check)


def _height(s: SymState, block: str) -> int:
    """How many blocks stand from the ground up to `block`, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str, k: int) -> bool:
    """Whether `bowl` takes `k` more blocks."""
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _can_top(w: World, block: str, extra: int = 1) -> bool:
    """Whether `extra` blocks fit on top of `block`."""
    return _height(w.state, block) + extra <= layout.MAX_TOWER


def _grounded(s: SymState, block: str) -> bool:
    return s.support[block] in _GROUND


def _not_in(bowl: str, blocks: list[str], w: World) -> list[str]:
    return [b for b in blocks if w.state.base(b) != bowl]


def _c(name: str) -> str:
    """The colour word of an object's name ("red block" -> "red")."""
    return name.split()[0]


def _chain(blocks: list[str]) -> Check:
    """All `blocks` in one tower, in any order, on any ground but the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        sup = [f.support[b] for b in blocks]
        outside = [s for s in sup if s not in blocks]
        inside = [s for s in sup if s in blocks]
        return len(outside) == 1 and len(set(inside)) == len(inside) and f.base(blocks[0]) != BIN
    return check


def _one_pair(a: str, b: str) -> Check:
    """A two-block tower of `a` and `b`, either on top, not in the bin."""
    return lambda _i, f: (f.support[a] == b or f.support[b] == a) and f.base(a) != BIN


def _nearest(w: World, to: tuple[float, float], cands: list[str]) -> str | None:
    """The candidate clearly nearest to a point (None when two are about as near)."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - to[0]) ** 2 + (p[1] - to[1]) ** 2) ** 0.5
    ranked = sorted(cands, key=d)
    if not ranked or (len(ranked) > 1 and d(ranked[1]) - d(ranked[0]) < 0.03):
        return None
    return ranked[0]


def _placed(w: World) -> list[str]:
    """Blocks whose tower stands on the table (not in a bowl)."""
    return [b for b in w.blocks if w.state.base(b) in _GROUND]


# ----- imperative -------------------------------------------------------------------------------------
def t235_imp_lorry(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_in(bowl, w.blocks, w)
    if not cands or not _room(w, bowl, 1):
        return None
    a = w.pick(cands)[0]
    return _made(w, f"Stick the {a} in the {bowl}, mate.", rels(Rel("in", a, bowl)))


def t235_imp_romanian(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_top(w, b):
        return None
    return _made(w, f"Please, put the {a} on the {b}.", rels(Rel("on", a, b)))


def t235_imp_nurse4(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    place = w.pick(list(PLACES[:4]))[0]
    return _made(w, f"Could you move the {a} to the {place}, please?", rels(Rel("at", a, place)))


def t235_imp_teen4(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"throw the {a} in the bin pls", binned([a]))


def t235_imp_collector(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"Place the {a} in the middle of the table, if you would.", rels(Rel("at", a, "middle")))


def t235_imp_plain16(w: World) -> Made:
    if not w.in_bowls():
        return None
    a = w.pick(w.in_bowls())[0]
    bowl = w.state.base(a)
    return _made(w, f"Take the {a} out of the {bowl} and put it on the table.", rels(Rel("on_table", a)))


# ----- declarative ------------------------------------------------------------------------------------
def t235_dec_lorry(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_in(bowl, w.blocks, w)
    if not cands or not _room(w, bowl, 1):
        return None
    a = w.pick(cands)[0]
    return _made(w, f"{_c(a).capitalize()} block goes in the {bowl}.", rels(Rel("in", a, bowl)))


def t235_dec_romanian(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_top(w, b):
        return None
    return _made(w, f"The {a} must to be on the {b}.", rels(Rel("on", a, b)))


def t235_dec_nurse4(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"The {a} should end up in the bin, thank you.", binned([a]))


def t235_dec_teen4(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_in(bowl, w.blocks, w)
    if not cands or not _room(w, bowl, 1):
        return None
    a = w.pick(cands)[0]
    return _made(w, f"the {a} shud be in the {bowl} tbh", rels(Rel("in", a, bowl)))


def t235_dec_collector(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"The {a} belongs in the bottom right corner, and nowhere else.",
                 rels(Rel("at", a, "bottom right corner")))


def t235_dec_plain16(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"The {bowl} should be empty.", empty(bowl))


# ----- desiderative -----------------------------------------------------------------------------------
def t235_des_lorry(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_top(w, b):
        return None
    return _made(w, f"I want that {a} sat on the {b}, ta.", rels(Rel("on", a, b)))


def t235_des_romanian(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"I would like that the {a} is in the bin.", binned([a]))


def t235_des_nurse4(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_in(bowl, w.blocks, w)
    if not cands or not _room(w, bowl, 1):
        return None
    a = w.pick(cands)[0]
    return _made(w, f"I'd like the {a} in the {bowl}, when you have a moment.", rels(Rel("in", a, bowl)))


def t235_des_teen4(w: World) -> Made:
    lows = [b for b in w.blocks if _grounded(w.state, b)]
    if not lows:
        return None
    low = w.pick(lows)[0]
    top = w.pick([b for b in w.blocks if b != low])[0]
    return _made(w, f"i want a tower w the {low} on the bottom n the {top} on top of it",
                 lambda _i, f: f.support[top] == low and f.support[low] not in f.support and f.base(low) != BIN)


def t235_des_collector(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_top(w, b):
        return None
    return _made(w, f"My goal is to have the {a} resting directly on the {b}, with nothing on top of the {a}.",
                 rels(Rel("on", a, b), Rel("clear", a)))


def t235_des_plain16(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"I'd like everything in the {bowl} tipped into the bin.", both(binned(inside), empty(bowl)))


# ----- quantified -------------------------------------------------------------------------------------
def t235_qua_lorry(w: World) -> Made:
    return _made(w, "All the blocks in the bin, cheers.", binned(w.blocks))


def t235_qua_romanian(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    loose = _placed(w)
    if not loose or not _room(w, bowl, len(loose)):
        return None
    return _made(w, f"Put every block from the table into the {bowl}, please.",
                 rels(*(Rel("in", b, bowl) for b in loose)))


def t235_qua_nurse4(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.blocks) < 2:
        return None
    return _made(w, f"Could you make it so there are exactly two blocks in the {bowl}, please?",
                 count_in(bowl, 2))


def t235_qua_teen4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "put every block thats in a bowl on the table", rels(*(Rel("on_table", b) for b in inside)))


def t235_qua_collector(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "One block in each bowl, please: no more and no fewer.",
                 both(*(count_in(b, 1) for b in w.bowls)))


def t235_qua_plain16(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all the blocks into one tower.", _chain(w.blocks))


# ----- negated ----------------------------------------------------------------------------------------
def t235_neg_lorry(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"Bin all the blocks except the {_c(a)} one.", both(binned(rest), none_binned([a])))


def t235_neg_romanian(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all blocks in the {bowl} but not the {a}.",
                 rels(*(Rel("in", b, bowl) for b in rest), Rel("in", a, bowl, negated=True)))


def t235_neg_nurse4(w: World) -> Made:
    if not w.pairs():
        return None
    a, b = w.pick(w.pairs())[0]
    return _made(w, f"Please lift the {a} off the {b}, but don't put it in the bin.",
                 rels(Rel("on", a, b, negated=True), Rel("in_bin", a, negated=True)))


def t235_neg_teen4(w: World) -> Made:
    lows = [b for b in _placed(w) if _grounded(w.state, b)]
    if not lows:
        return None
    a = w.pick(lows)[0]
    rest = [b for b in _placed(w) if b != a]
    if not rest:
        return None
    return _made(w, f"bin everything on the table except the {a}, leave that one alone",
                 both(binned(rest), kept(a)))


def t235_neg_collector(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    return _made(w, f"Please put all the blocks in the bin, with the sole exception of those in the {bowl}.",
                 both(binned(rest), none_binned(inside)))


def t235_neg_plain16(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"Empty the {bowl}, but don't put anything in the bin.",
                 both(empty(bowl), none_binned(w.blocks)))


# ----- relative ---------------------------------------------------------------------------------------
def t235_rel_lorry(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.pick(w.pairs())[0]
    return _made(w, f"Grab the block on top of the {below} and chuck it in the bin.", binned([top]))


def t235_rel_romanian(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.pick(w.pairs())[0]
    bowls = [b for b in w.bowls if b != w.state.base(below) and _room(w, b, 1)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Put the block which is under the {top} in the {bowl}.", rels(Rel("in", below, bowl)))


def t235_rel_nurse4(w: World) -> Made:
    ref = w.pick(w.blocks)[0]
    tower = {ref, *w.state.above(ref)}
    cur = w.state.support[ref]
    while cur in w.state.support:
        tower.add(cur)
        cur = w.state.support[cur]
    p = w.scene.get(ref).position
    near = _nearest(w, (p[0], p[1]), [b for b in w.blocks if b != ref])
    if near is None or near in tower:
        return None
    bowls = [b for b in w.bowls if b != w.state.base(near) and _room(w, b, 1)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Would you put the block closest to the {ref} into the {bowl}, please?",
                 rels(Rel("in", near, bowl)))


def t235_rel_teen4(w: World) -> Made:
    tops = [t for t, _s in w.pairs() if w.state.is_clear(t)]
    if len(tops) != 1:
        return None
    return _made(w, "take the top block off the stack n put it on the table", rels(Rel("on_table", tops[0])))


def t235_rel_collector(w: World) -> Made:
    corner = w.pick(list(PLACES[:4]))[0]
    near = _nearest(w, layout.PLACES[corner], w.blocks)
    if near is None:
        return None
    return _made(w, f"Kindly put the block nearest the {corner} in the bin.", binned([near]))


def t235_rel_plain16(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.pick(ones)[0]
    a = w.state.in_bowl(bowl)[0]
    cands = [b for b in w.blocks if b != a and _can_top(w, b)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    return _made(w, f"Put the block that's in the {bowl} on the {b}.", rels(Rel("on", a, b)))


# ----- keep -------------------------------------------------------------------------------------------
def t235_keep_lorry(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != a and b not in w.state.above(a)]
    if not others:
        return None
    b = w.pick(others)[0]
    return _made(w, f"Bin the {a} but leave the {b} where it is.", both(binned([a]), kept(b)))


def t235_keep_romanian(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_in(bowl, w.blocks, w)
    if not cands or not _room(w, bowl, 1):
        return None
    a = w.pick(cands)[0]
    others = [b for b in w.blocks if b != a and b not in w.state.above(a)]
    if not others:
        return None
    b = w.pick(others)[0]
    return _made(w, f"Put the {a} in the {bowl}, but the {b} please let it stay where it is.",
                 both(rels(Rel("in", a, bowl)), kept(b)))


def t235_keep_nurse4(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    return _made(w, f"Please empty the {bowl} onto the table, and leave everything else just as it is.",
                 both(rels(*(Rel("on_table", b) for b in inside)), kept(*rest)))


def t235_keep_teen4(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    if not _can_top(w, b):
        return None
    moved = {a, b, *w.state.above(a), *w.state.above(b)}
    others = [c for c in w.blocks if c not in moved]
    if not others:
        return None
    c = w.pick(others)[0]
    return _made(w, f"put the {a} on the {b} but dont touch the {c}", both(rels(Rel("on", a, b)), kept(c)))


def t235_keep_collector(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    cands = [b for b in w.blocks if b not in inside]
    if not cands:
        return None
    a = w.pick(cands)[0]
    return _made(w, f"Move the {a} to the middle, and I'd ask that the blocks in the {bowl} stay exactly as they are.",
                 both(rels(Rel("at", a, "middle")), kept(*inside)))


def t235_keep_plain16(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    moved = {a, b, *w.state.above(a), *w.state.above(b)}
    others = [c for c in w.blocks if c not in moved]
    if not others:
        return None
    c = w.pick(others)[0]
    return _made(w, f"Make a little tower out of the {a} and the {b}, and keep the {c} where it is.",
                 both(_one_pair(a, b), kept(c)))


# ----- multi-step -------------------------------------------------------------------------------------
def t235_multi_lorry(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if not _can_top(w, c):
        return None
    return _made(w, f"First chuck the {a} in the bin, then put the {b} on the {c}.",
                 both(binned([a]), rels(Rel("on", b, c))))


def t235_multi_romanian(w: World) -> Made:
    lifted = [b for b in w.blocks if not _grounded(w.state, b)]
    if not lifted:
        return None
    a = w.pick(lifted)[0]
    b = w.pick([x for x in w.blocks if x != a])[0]
    return _made(w, f"First you put the {a} on the table, after you put the {b} on the {a}.",
                 lambda _i, f: _grounded(f, a) and f.support[b] == a)


def t235_multi_nurse4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.pick(cands)[0]
    return _made(w, f"First take the {a} out of the {bowl} and set it on the table, then put the {b} in that bowl.",
                 rels(Rel("on_table", a), Rel("in", b, bowl)))


def t235_multi_teen4(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, 2):
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"first put the {a} in the {bowl} then put the {b} on it",
                 rels(Rel("in", a, bowl), Rel("on", b, a)))


def t235_multi_collector(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"First, the {a} to the top left corner; second, the {b} onto the {a}. In that order, please.",
                 rels(Rel("at", a, "top left corner"), Rel("on", b, a)))


def t235_multi_plain16(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bowl = w.pick(w.bowls)[0]
    a, b, c = w.pick(w.blocks, 3)
    if not _room(w, bowl, 2):
        return None
    return _made(w, f"Put the {a} in the bin, then move the {b} into the {bowl}, and then put the {c} on the {b}.",
                 both(binned([a]), rels(Rel("in", b, bowl), Rel("on", c, b))))


# ----- questions --------------------------------------------------------------------------------------
def t235_q_lorry(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return f"How many blocks have you got in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t235_q_romanian(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.pick(w.pairs())[0]
    else:
        a, b = w.pick(w.blocks, 2)
    return f"Is the {a} on the {b}?", answered(yes(holds(Rel("on", a, b), w.state)))


def t235_q_nurse4(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.pick(w.pairs())[0]
    return f"What's sitting on top of the {below}, please?", answered(top)


def t235_q_teen4(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    if not (_grounded(w.state, a) or w.state.support[a] in w.bowls):
        return None
    n = len(w.state.on_the_table())
    return (f"hw many blocks r on the table rn? n is the {a} in a bowl",
            answered(f"{n}|{yes(w.state.base(a) in w.bowls).lower()}"))


def t235_q_collector(w: World) -> Made:
    if not w.in_bowls():
        return None
    a = w.pick(w.in_bowls())[0]
    return f"In which bowl, precisely, is the {a} at present?", answered(w.state.base(a))


def t235_q_plain16(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    if not (_grounded(w.state, a) or w.state.support[a] in w.bowls):
        return None
    bowl = w.pick(w.bowls)[0]
    on = yes(_grounded(w.state, a)).lower()
    return (f"Is the {a} on the table? And how many blocks are in the {bowl}?",
            answered(f"{on}|{len(w.state.in_bowl(bowl))}"))


# ----- matching ---------------------------------------------------------------------------------------
def t235_match_lorry(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort the blocks into the bowls by colour, would you.", rels(*want))


def t235_match_romanian(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put every block in the bowl which has the same colour like it.", rels(*want))


def t235_match_nurse4(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.pick(want)[0]
    return _made(w, f"Could you pop the {r.block} into the bowl that matches its colour?", rels(r))


def t235_match_teen4(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not rest:
        return None
    return _made(w, "put the blocks in the bowls w the same colour n bin the rest",
                 both(rels(*want), binned(rest)))


def t235_match_collector(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.pick(want)[0]
    return _made(w, f"Into the {r.target}, please, the block of the same colour, and only that one.",
                 both(rels(r), count_in(r.target, 1)))


def t235_match_plain16(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.pick(want)[0]
    target = r.block
    cands = [b for b in w.blocks if b != target]
    if not _can_top(w, target) or not cands:
        return None
    a = w.pick(cands)[0]
    return _made(w, f"Put the {a} on the block that's the same colour as the {r.target}.",
                 rels(Rel("on", a, target)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("lorry", "romanian", "nurse4", "teen4", "collector", "plain16")
FRESH235: list[Template] = [
    (f"t235_{short}_{style}", category, globals()[f"t235_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
