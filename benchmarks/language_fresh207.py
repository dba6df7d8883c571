"""`FRESH207`, the two-hundred-and-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing everyday jobs into the chat window in their own
plain words (a block into a bowl, onto another block or a named place, towers, sorting by colour, clearing a bowl or the
table into the bin, leaving some things as they are, and plain questions about the table). Six personas:
- german: "The red block into the blue bowl put, please."
- doctor: "Red block on the green block. Now."
- trainer: "Alright, grab the red block and drop it in the bin! You got this!"
- visitor: "Would you kindly move the red block to the top left corner, please?"
- phone: "Put the red block, the red one, yes, in the middle. In the middle of the table."
- sarcastic: "ugh, fine. empty the blue bowl into the bin. wow so hard."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 0bdc712, the code of 54785a5, before anything it could prompt): 0.6867
goal-correct (206 of 300), 87 refused, two wrong actions and five wrong replies. The wrong actions: the German order
"First the red block in the bin put, then the blue block on the pink block stack." put the blue block on the top of the
pink block's tower, and "Put three blocks, three, in W. Just three, yes." put three more in a bowl that held one (read as
three to add; left as it is). The wrong replies: "How many blocks in W are there?". The refusals: the phone's repetitions
("the red block, the red one, yes, in the middle. In the middle of the table."), the German "The block that on X lies, into
the bin put it please." and "the green block where it is leave", the doctor's "Block under X. Bin. Now." and "Empty W.
Except X, it stays. Now.", the trainer's "you got this", the sarcastic teenager's "wow.", "i guess", and "What a lovely
little tower! Could you place the block at the very top of it into W?".
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_FLOOR = (TABLE, *PLACES)
_CORNERS = list(PLACES[:4])
_BIN_MAX = 5  # never ask for more blocks in the bin than it has slots for


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _height(s: SymState, block: str) -> int:
    """How many blocks stand in `block`'s tower up to and including it."""
    n, sup = 1, s.support[block]
    while sup in s.support:
        n, sup = n + 1, s.support[sup]
    return n


def _related(s: SymState, a: str, b: str) -> bool:
    """Whether a and b stand in one tower."""
    return a in s.above(b) or b in s.above(a)


def _can_stack(w: World, top: str, below: str) -> bool:
    s = w.state
    return top != below and not _related(s, top, below) and _height(s, below) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, blocks: list[str]) -> bool:
    new = [b for b in blocks if w.state.base(b) != bowl]
    return len(w.state.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _in(block: str, where: str) -> Check:
    return rels(Rel("in", block, where))


def _on(top: str, below: str) -> Check:
    return rels(Rel("on", top, below))


def _at(block: str, place: str) -> Check:
    return rels(Rel("at", block, place))


def _on_floor(block: str) -> Check:
    """Directly on the table (a named place on it included)."""
    return lambda _i, f: f.support[block] in _FLOOR


def _base_floor(block: str) -> Check:
    """Its tower stands on the table (not in a bowl or the bin)."""
    return lambda _i, f: f.base(block) in _FLOOR


def _in_some_bowl(block: str, but: str = "") -> Check:
    return lambda _i, f: f.base(block) in f.bowls and f.base(block) != but


def _not(check: Check) -> Check:
    return lambda i, f: not check(i, f)


def _bowl_with_room(w: World, blocks: list[str]) -> str | None:
    options = [bw for bw in w.bowls if _room(w, bw, blocks)]
    return w.rng.choice(options) if options else None


def _pair(w: World) -> tuple[str, str] | None:
    pairs = w.pairs()
    return w.rng.choice(pairs) if pairs else None


def _matches(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for every block that has one."""
    return {r.args[0]: r.args[1] for r in matching(w)}


def _match_room(w: World, blocks: list[str]) -> bool:
    m = _matches(w)
    return all(_room(w, bw, [b for b in blocks if m[b] == bw]) for bw in set(m[b] for b in blocks))


# ----- imperative -------------------------------------------------------------------------------------
def t207_imp_german(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    bowl = _bowl_with_room(w, [b])
    if bowl is None:
        return None
    return _made(w, f"Please the {b} into the {bowl} put.", _act(_in(b, bowl)))


def t207_imp_doctor(w: World) -> Made:
    top, below = w.pick(w.blocks, 2)
    if not _can_stack(w, top, below):
        return None
    return _made(w, f"{_cap(top)} on the {below}. Now.", _act(_on(top, below)))


def t207_imp_trainer(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return _made(w, f"Alright, grab the {b} and drop it in the bin! You got this!", _act(binned([b])))


def t207_imp_visitor(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Would you kindly move the {b} to the {place}, please?", _act(_at(b, place)))


def t207_imp_phone(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"Put the {b}, the {_c(w, b)} one, yes, in the middle. In the middle of the table."
    return _made(w, text, _act(_at(b, "middle")))


def t207_imp_sarcastic(w: World) -> Made:
    full = [bw for bw in w.bowls if 0 < len(w.state.in_bowl(bw)) <= _BIN_MAX]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"ugh, fine. empty the {bowl} into the bin. wow so hard.", _act(binned(inside), empty(bowl)))


# ----- declarative ------------------------------------------------------------------------------------
def t207_dec_german(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    bowl = _bowl_with_room(w, [b])
    if bowl is None:
        return None
    return _made(w, f"The {b} in the {bowl} should be, please.", _act(_in(b, bowl)))


def t207_dec_doctor(w: World) -> Made:
    top, below = w.pick(w.blocks, 2)
    if not _can_stack(w, top, below):
        return None
    return _made(w, f"{_cap(top)} should be on the {below}. Stat.", _act(_on(top, below)))


def t207_dec_trainer(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.rng.choice(_CORNERS)
    text = f"Here's the finish line: the {b} is at the {place}! Let's crush it!"
    return _made(w, text, _act(_at(b, place)))


def t207_dec_visitor(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    bowl = _bowl_with_room(w, [b])
    if bowl is None:
        return None
    return _made(w, f"I believe the {b} belongs in the {bowl}, if that's no trouble.", _act(_in(b, bowl)))


def t207_dec_phone(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    text = f"The {b} goes on the table. On the table, yes, the {_c(w, b)} one, not in the bowl."
    return _made(w, text, _act(_base_floor(b)))


def t207_dec_sarcastic(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return _made(w, f"the {b} is supposed to be in the bin. like, obviously.", _act(binned([b])))


# ----- desiderative -----------------------------------------------------------------------------------
def t207_des_german(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return _made(w, f"I would like that the {b} in the bin lies.", _act(binned([b])))


def t207_des_doctor(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)

    def tower(_i: SymState, f: SymState) -> bool:
        return f.support[c] == b and f.support[b] == a and f.support[a] not in f.support

    text = f"Want a tower. {_cap(a)} at the bottom, then the {b}, then the {c} on top. Now."
    return _made(w, text, _act(tower))


def t207_des_trainer(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    bowl = _bowl_with_room(w, [b])
    if bowl is None:
        return None
    text = f"What I wanna see is the {b} in the {bowl}. One more rep, you got this!"
    return _made(w, text, _act(_in(b, bowl)))


def t207_des_visitor(w: World) -> Made:
    top, below = w.pick(w.blocks, 2)
    if not _can_stack(w, top, below):
        return None
    text = f"I'd love to see the {top} placed on top of the {below}, if you would be so kind."
    return _made(w, text, _act(_on(top, below)))


def t207_des_phone(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.rng.choice(_CORNERS)
    text = f"I'd like the {b} in the {place}, the {_c(w, b)} one, yes, in the {place}."
    return _made(w, text, _act(_at(b, place)))


def t207_des_sarcastic(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"i want the {bowl} empty. like totally empty. put the stuff wherever, i dont care"
    return _made(w, text, _act(empty(bowl)))


# ----- quantified -------------------------------------------------------------------------------------
def t207_qua_german(w: World) -> Made:
    if len(w.blocks) > _BIN_MAX:
        return None
    return _made(w, "Please all blocks into the bin put, every one.", _act(binned(w.blocks)))


def t207_qua_doctor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Exactly two blocks in the {bowl}. Now.", _act(count_in(bowl, 2)))


def t207_qua_trainer(w: World) -> Made:
    bowls = w.bowls
    check = _act(lambda _i, f: all(f.in_bowl(bw) for bw in bowls))
    return _made(w, "Every bowl gets at least one block, no empty bowls! Let's crush it!", check)


def t207_qua_visitor(w: World) -> Made:
    bowls = w.bowls
    check = _act(lambda _i, f: all(len(f.in_bowl(bw)) == 1 for bw in bowls))
    return _made(w, "Could each bowl have exactly one block in it, please?", check)


def t207_qua_phone(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Put three blocks, three, in the {bowl}. Just three, yes.", _act(count_in(bowl, 3)))


def t207_qua_sarcastic(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    blocks = w.blocks
    check = _act(lambda i, f: all(_in_some_bowl(b)(i, f) for b in blocks))
    return _made(w, "put every block in a bowl. any bowl. wow so hard", check)


# ----- negated ----------------------------------------------------------------------------------------
def t207_neg_german(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != x]
    text = f"All blocks except the {x} into the bin put, please."
    return _made(w, text, _act(binned(others), none_binned([x])))


def t207_neg_doctor(w: World) -> Made:
    options = [(bw, k) for bw in w.bowls if len(w.state.in_bowl(bw)) >= 2
               for k in w.state.in_bowl(bw) if w.state.support[k] == bw]
    if not options:
        return None
    bowl, k = w.rng.choice(options)
    check = _act(lambda _i, f: f.in_bowl(bowl) == [k], kept(k))
    return _made(w, f"Empty the {bowl}. Except the {k}, it stays. Now.", check)


def t207_neg_trainer(w: World) -> Made:
    if not w.in_bowls():
        return None
    blocks = w.blocks
    check = _act(lambda i, f: all(_base_floor(b)(i, f) for b in blocks))
    return _made(w, "No block stays in a bowl! Every block out of the bowls and onto the table, you got this!", check)


def t207_neg_visitor(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if not any(_can_stack(w, x, z) for z in w.blocks if z not in (x, y)):
        return None
    check = _act(lambda _i, f: f.support[x] in f.support and f.support[x] != y)
    text = f"Could you stack the {x} on top of any block other than the {y}, please?"
    return _made(w, text, check)


def t207_neg_phone(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = (f"Take everything out of the {bowl}, everything, but not into the bin, dear, "
            "don't put it in the bin.")
    return _made(w, text, _act(empty(bowl), none_binned(inside)))


def t207_neg_sarcastic(w: World) -> Made:
    options = [b for b in w.in_bowls()
               if any(_room(w, bw, [b]) for bw in w.bowls if bw != w.state.base(b))]
    if not options:
        return None
    b = w.rng.choice(options)
    bowl = w.state.base(b)
    text = f"get the {b} out of the {bowl} and into a different bowl. not the {bowl}. any other one. wow."
    return _made(w, text, _act(_in_some_bowl(b, but=bowl)))


# ----- relative ---------------------------------------------------------------------------------------
def t207_rel_german(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    return _made(w, f"The block that on the {below} lies, into the bin put it please.", _act(binned([top])))


def t207_rel_doctor(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    return _made(w, f"Block under the {top}. Bin. Now.", _act(binned([below])))


def t207_rel_trainer(w: World) -> Made:
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    ranked = sorted(w.blocks, key=lambda b: w.dist(b, bowl))
    n = ranked[0]
    if w.dist(ranked[1], bowl) - w.dist(n, bowl) < 0.04:
        return None
    if w.state.support[n] in w.state.support or not w.state.is_clear(n):
        return None
    text = f"See the {bowl}? Grab the block closest to it and pop it in there! You got this!"
    return _made(w, text, _act(_in(n, bowl)))


def t207_rel_visitor(w: World) -> Made:
    s = w.state
    tops = [b for b in w.blocks if s.is_clear(b) and s.support[b] in s.support]
    if len(tops) != 1:
        return None
    top = tops[0]
    bowl = _bowl_with_room(w, [top])
    if bowl is None:
        return None
    text = f"What a lovely little tower! Could you place the block at the very top of it into the {bowl}?"
    return _made(w, text, _act(_in(top, bowl)))


def t207_rel_phone(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    place = w.rng.choice(_CORNERS)
    text = f"The block on top of the {below}, the one sitting on the {below}, yes, put it in the {place}."
    return _made(w, text, _act(_at(top, place)))


def t207_rel_sarcastic(w: World) -> Made:
    options = [b for b in w.in_bowls() if len(w.state.in_bowl(w.state.base(b))) <= _BIN_MAX]
    if not options:
        return None
    b = w.rng.choice(options)
    bowl = w.state.base(b)
    inside = w.state.in_bowl(bowl)
    text = f"the bowl the {b} is in? empty it into the bin. wow. groundbreaking."
    return _made(w, text, _act(binned(inside), empty(bowl)))


# ----- keep -------------------------------------------------------------------------------------------
def t207_keep_german(w: World) -> Made:
    b, k = w.pick(w.blocks, 2)
    if k in w.state.above(b):
        return None
    bowl = _bowl_with_room(w, [b])
    if bowl is None:
        return None
    text = f"The {b} into the {bowl} put, but the {k} where it is leave."
    return _made(w, text, _act(_in(b, bowl), kept(k)))


def t207_keep_doctor(w: World) -> Made:
    b, k = w.pick(w.blocks, 2)
    if k in w.state.above(b):
        return None
    return _made(w, f"Bin the {b}. {_cap(k)} stays put. Now.", _act(binned([b]), kept(k)))


def t207_keep_trainer(w: World) -> Made:
    x, y, k = w.pick(w.blocks, 3)
    s = w.state
    if _related(s, k, x) or _related(s, k, y):
        return None

    def tower(_i: SymState, f: SymState) -> bool:
        return (f.support[x] == y and f.support[y] not in f.support and f.is_clear(x)) or (
            f.support[y] == x and f.support[x] not in f.support and f.is_clear(y))

    text = f"Build me a tower out of the {x} and the {y}, but keep the {k} right where it is! You got this!"
    return _made(w, text, _act(tower, kept(k)))


def t207_keep_visitor(w: World) -> Made:
    full = [bw for bw in w.bowls if 0 < len(w.state.in_bowl(bw)) <= _BIN_MAX]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    r = w.rng.choice(outside)
    text = f"Might you empty the {bowl} into the bin, while leaving the {r} exactly where it is?"
    return _made(w, text, _act(binned(inside), empty(bowl), kept(r)))


def t207_keep_phone(w: World) -> Made:
    g, r, k = w.pick(w.blocks, 3)
    s = w.state
    if not _can_stack(w, g, r) or k in s.above(g) or k in s.above(r):
        return None
    text = (f"Move the {g} onto the {r}, the {_c(w, r)} one, yes, but don't move the {_c(w, k)} one, "
            f"leave the {k} alone.")
    return _made(w, text, _act(_on(g, r), kept(k)))


def t207_keep_sarcastic(w: World) -> Made:
    b, k = w.pick(w.blocks, 2)
    if k in w.state.above(b):
        return None
    text = f"put the {b} in the middle i guess. and the {k} stays exactly where it is ok. wow."
    return _made(w, text, _act(_at(b, "middle"), kept(k)))


# ----- multi-step -------------------------------------------------------------------------------------
def t207_multi_german(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    if not _can_stack(w, b, c):
        return None
    text = f"First the {a} in the bin put, then the {b} on the {c} stack."
    return _made(w, text, _act(binned([a]), _on(b, c)))


def t207_multi_doctor(w: World) -> Made:
    full = [bw for bw in w.bowls if 0 < len(w.state.in_bowl(bw)) <= _BIN_MAX]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    g = w.rng.choice(outside)
    text = f"First: empty the {bowl} into the bin. Then {g} into the {bowl}. Go."
    return _made(w, text, _act(binned(inside), _in(g, bowl)))


def t207_multi_trainer(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    bowl = _bowl_with_room(w, [x, y])
    if bowl is None:
        return None
    text = f"Warm-up: the {x} in the {bowl}. Then one more: the {y} in the {bowl} too! You got this!"
    return _made(w, text, _act(_in(x, bowl), _in(y, bowl)))


def t207_multi_visitor(w: World) -> Made:
    r, b = w.pick(w.blocks, 2)
    place = w.rng.choice(_CORNERS)
    text = f"Could you first move the {r} to the {place}, and after that place the {b} on top of it?"
    return _made(w, text, _act(_at(r, place), _on(b, r)))


def t207_multi_phone(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    g, bl = pair
    text = f"First take the {g} off the {bl}, off the {_c(w, bl)} one, and then put the {bl} in the bin."
    return _made(w, text, _act(binned([bl]), _not(_on(g, bl))))


def t207_multi_sarcastic(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    r = w.rng.choice(inside)
    x = w.rng.choice([b for b in w.blocks if b != r])
    text = f"ok so first put the {r} on the table, then put the {x} on it. what a challenge"
    return _made(w, text, _act(_on_floor(r), _on(x, r)))


# ----- question ---------------------------------------------------------------------------------------
def t207_q_german(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"How many blocks in the {bowl} are there?", answered(str(len(w.state.in_bowl(bowl))))


def t207_q_doctor(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return f"Where's the {b}. Now.", answered(w.state.support[b])


def t207_q_trainer(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    bowl = w.pick(w.bowls)[0]
    inside = holds(Rel("in", b, bowl), w.state)
    text = f"Quick check, champ: is the {b} in the {bowl}? And how many blocks have we got in total? You got this!"
    return text, answered(f"{yes(inside)}|{len(w.blocks)}")


def t207_q_visitor(w: World) -> Made:
    pair = _pair(w)
    if pair is None:
        return None
    top, below = pair
    return f"Excuse me, which block is sitting on top of the {below}? I'm curious.", answered(top)


def t207_q_phone(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = f"Is the {b} in a bowl? The {_c(w, b)} one, is it in a bowl?"
    return text, answered(yes(w.state.base(b) in w.bowls))


def t207_q_sarcastic(w: World) -> Made:
    s = w.state
    pair = _pair(w)
    if pair is not None and w.rng.random() < 0.5:
        b, other = pair
    else:
        b, other = w.pick(w.blocks, 2)
    text = f"how many bowls are there and is the {b} on the {other}. so thrilling"
    return text, answered(f"{len(w.bowls)}|{yes(s.support[b] == other)}")


# ----- matching ---------------------------------------------------------------------------------------
def t207_match_german(w: World) -> Made:
    m = _matches(w)
    if not m or not _match_room(w, list(m)):
        return None
    return _made(w, "Every block in the bowl with the same colour put, please.", _act(rels(*matching(w))))


def t207_match_doctor(w: World) -> Made:
    m = _matches(w)
    options = [b for b in m if _room(w, m[b], [b])]
    if not options:
        return None
    b = w.rng.choice(options)
    return _made(w, f"{_cap(b)} into the bowl of the same colour. Stat.", _act(_in(b, m[b])))


def t207_match_trainer(w: World) -> Made:
    m = _matches(w)
    rest = [b for b in w.blocks if b not in m]
    if not m or not rest or len(rest) > _BIN_MAX or not _match_room(w, list(m)):
        return None
    text = ("Colour match time! Every block into its same-colour bowl, and the rest of the blocks in the bin! "
            "Let's crush it!")
    return _made(w, text, _act(rels(*matching(w)), binned(rest)))


def t207_match_visitor(w: World) -> Made:
    m = _matches(w)
    s = w.state
    rest = [b for b in w.blocks if b not in m]
    if not m or not _match_room(w, list(m)) or any(r in s.above(b) for r in rest for b in m):
        return None
    text = ("Would it be possible to put each block into the bowl of its own colour, where there is one, "
            "and leave the other blocks just as they are?")
    return _made(w, text, _act(rels(*matching(w)), kept(*rest)))


def t207_match_phone(w: World) -> Made:
    m = _matches(w)
    options = [b for b in m if _room(w, m[b], [b])]
    if not options:
        return None
    b = w.rng.choice(options)
    bowl = m[b]
    text = f"Put the block that's the same colour as the {bowl} into it, into the {bowl}, the same colour, yes."
    return _made(w, text, _act(_in(b, bowl)))


def t207_match_sarcastic(w: World) -> Made:
    m = _matches(w)
    rest = [b for b in w.blocks if b not in m]
    if not m or not rest or len(rest) > _BIN_MAX:
        return None
    text = "put the blocks that dont match any bowl in the bin. like the ones with no bowl their colour. wow so hard"
    return _made(w, text, _act(binned(rest), none_binned(list(m))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("german", "doctor", "trainer", "visitor", "phone", "sarcastic")
FRESH207: list[Template] = [
    (f"t207_{short}_{style}", category, globals()[f"t207_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
