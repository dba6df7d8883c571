"""`FRESH238`, the two-hundred-and-thirty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing everyday jobs into the chat window for the first time (a
block into a bowl, onto another block or a named place, towers, sorting by colour, clearing a bowl or the table into
the bin, leaving some things as they are, and plain questions about the table, one or two in a message). Six kinds of
first-time user, each in their own words:
- electrician: brisk and practical, trade talk now and then: "Red block into the blue bowl. Quick job, no fuss."
- dutch: a Dutch speaker writing English with small slips: "Can you put the red block in the bowl of the same colour
  as him?"
- baker: warm and chatty, kitchen comparisons now and then: "Could you pop the red block in the bin for me? Like
  tossing out a burnt biscuit!"
- commuter: on a phone on a train, short and abbreviated: "red block to top left corner pls"
- granformal: an elderly lady, formal, complete and very polite: "Would you kindly place the red block in the middle of
  the table, please?"
- plain19: a plain, ordinary adult with no quirks: "Take the red block off the blue block, then put the blue block on
  top of it."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on adfebcf, the code of c607c4f, before anything it could prompt): 0.86
goal-correct (258 of 300), 37 refused, no question, no wrong action and five wrong replies. The wrong replies: the
commuter's "how many blocks on the table n how many in bowls?". The refusals: the Dutch speaker's "X must lay on Y" and
"Put all blocks in W, but not X, that one not."; the formal grandmother's "I should be very grateful if each of the
bowls could hold exactly one block, please."; the baker's "Everything in W into the bin, all but X, bless it, that one
stays in the bowl." and "Of the blocks out on the table, the one closest to W, could you pop it into that bowl, love?";
the electrician's "Whatever's sitting on X, strip it off and chuck it in the bin."; the commuter's "blocks that dont
match any bowl colour -> bin" and "X to the bottom right corner, leave everything else as is".
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
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_BIN_MAX = 5  # the most blocks a template asks to put in the bin


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's sentence and check, or None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(name: str) -> str:
    """The colour word of an object name ("red block" -> "red")."""
    return name.split()[0]


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _can_stack(s: SymState, top: str, below: str) -> bool:
    """Whether `top` can sensibly go onto `below`: different, not part of `below`'s tower underneath it,
    not already there, and the tower stays within `layout.MAX_TOWER`."""
    if top == below or top in _below(s, below) or s.support[top] == below:
        return False
    if s.base(below) == BIN:
        return False
    return len(_below(s, below)) + 2 <= layout.MAX_TOWER


def _room(s: SymState, bowl: str, incoming: list[str]) -> bool:
    """Whether `bowl` has room for the incoming blocks not already in it."""
    new = [b for b in incoming if s.base(b) != bowl]
    return len(s.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _loose(s: SymState) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in s.blocks if s.base(b) != BIN]


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _base_in(block: str, where: tuple[str, ...]) -> Check:
    return lambda _i, f: f.base(block) in where


def _base_not_in(block: str, where: tuple[str, ...]) -> Check:
    return lambda _i, f: f.support[block] != "gripper" and f.base(block) not in where


def _fits_bowl(w: World, blocks: list[str]) -> list[str]:
    """Bowls with room for `blocks`, not holding any of them yet."""
    s = w.state
    return [bw for bw in w.bowls if _room(s, bw, blocks) and all(s.base(b) != bw for b in blocks)]


# ----- imperative -------------------------------------------------------------------------------------
def t238_imp_electrician(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    bowls = _fits_bowl(w, [b])
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"{_c(b).capitalize()} block into the {bw}. Quick job, no fuss.", _act(rels(Rel("in", b, bw))))


def t238_imp_dutch(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w.state) for b in _loose(w.state) if _can_stack(w.state, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please can you put the {a} on top from the {b}?", _act(rels(Rel("on", a, b))))


def t238_imp_baker(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    return _made(w, f"Could you pop the {b} in the bin for me? Like tossing out a burnt biscuit!",
                 _act(binned([b])))


def t238_imp_commuter(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    place = w.rng.choice(_CORNERS)
    return _made(w, f"{b} to {place} pls", _act(rels(Rel("at", b, place))))


def t238_imp_granformal(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    return _made(w, f"Would you kindly place the {b} in the middle of the table, please? Thank you so much.",
                 _act(rels(Rel("at", b, _MIDDLE))))


def t238_imp_plain19(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    bw = w.state.base(b)
    return _made(w, f"Take the {b} out of the {bw} and put it down on the table.",
                 _act(rels(Rel("on_table", b))))


# ----- declarative ------------------------------------------------------------------------------------
def t238_dec_electrician(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    bowls = _fits_bowl(w, [b])
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"The {b} goes in the {bw}. That's the spec.", _act(rels(Rel("in", b, bw))))


def t238_dec_dutch(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w.state) for b in _loose(w.state) if _can_stack(w.state, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} must lay on the {b}.", _act(rels(Rel("on", a, b))))


def t238_dec_baker(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    return _made(w, f"Right, the {b} should be in the bin, that one's past its sell-by date.",
                 _act(binned([b])))


def t238_dec_commuter(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    place = w.rng.choice(_CORNERS)
    return _made(w, f"{b} shld be in the {place}", _act(rels(Rel("at", b, place))))


def t238_dec_granformal(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"The {bw} ought to be empty, if you would be so kind.", _act(empty(bw)))


def t238_dec_plain19(w: World) -> Made:
    blocks = _loose(w.state)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowls = [bw for bw in w.bowls if _room(w.state, bw, [a, b])]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"The {a} and the {b} should both be in the {bw}.",
                 _act(rels(Rel("in", a, bw), Rel("in", b, bw))))


# ----- desiderative -----------------------------------------------------------------------------------
def t238_des_electrician(w: World) -> Made:
    blocks = _loose(w.state)
    if len(blocks) < 3:
        return None
    a, b, c = w.pick(blocks, 3)
    return _made(w, f"I want a tower: {_c(a)} block at the bottom, {_c(b)} block on that, {_c(c)} block on top.",
                 _act(rels(Rel("stacked", a, b, c))))


def t238_des_dutch(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    bowls = _fits_bowl(w, [b])
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"I would like that the {b} lies in the {bw}.", _act(rels(Rel("in", b, bw))))


def t238_des_baker(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w.state) for b in _loose(w.state) if _can_stack(w.state, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Oh, I'd love the {a} sitting on the {b}, like a cherry on a cupcake.",
                 _act(rels(Rel("on", a, b))))


def t238_des_commuter(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    return _made(w, f"want the {b} in the bin thx", _act(binned([b])))


def t238_des_granformal(w: World) -> Made:
    blocks = _loose(w.state)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    place = w.rng.choice(_CORNERS)
    return _made(w, f"It is my wish that the {b} be placed in the {place}, if that is no trouble.",
                 _act(rels(Rel("at", b, place))))


def t238_des_plain19(w: World) -> Made:
    bowls = [bw for bw in w.bowls if 0 < len(w.state.in_bowl(bw)) <= _BIN_MAX]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    inside = w.state.in_bowl(bw)
    return _made(w, f"My goal is to have the {bw} emptied, with everything that was in it in the bin.",
                 _act(empty(bw), binned(inside)))


# ----- quantified -------------------------------------------------------------------------------------
def t238_qua_electrician(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table or len(on_table) > _BIN_MAX:
        return None
    return _made(w, "Every block that's on the table goes in the bin. Bowls stay as they are.",
                 _act(binned(on_table), kept(*w.in_bowls())))


def t238_qua_dutch(w: World) -> Made:
    blocks = _loose(w.state)
    if len(blocks) > layout.BOWL_CAPACITY * len(w.bowls) or len(w.bowls) < 2:
        return None
    bowls = tuple(w.bowls)
    return _made(w, "Put each block in a bowl, it does not matter which one.",
                 _act(*(_base_in(b, bowls) for b in blocks)))


def t238_qua_baker(w: World) -> Made:
    if len(_loose(w.state)) < 2:
        return None
    bowls = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) != 2]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"Could you make it exactly two blocks in the {bw}? Any two will do, like two eggs in a pan.",
                 _act(count_in(bw, 2)))


def t238_qua_commuter(w: World) -> Made:
    bowls = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"all blocks in the {bw} -> bin pls", _act(binned(w.state.in_bowl(bw))))


def t238_qua_granformal(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w.state)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    return _made(w, "I should be very grateful if each of the bowls could hold exactly one block, please.",
                 _act(*(count_in(bw, 1) for bw in bowls)))


def t238_qua_plain19(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    where = (TABLE, *PLACES)
    return _made(w, "Take every block out of the bowls and put them on the table.",
                 _act(*(_base_in(b, where) for b in inside)))


# ----- negated ----------------------------------------------------------------------------------------
def t238_neg_electrician(w: World) -> Made:
    blocks = _loose(w.state)
    if len(blocks) < 2 or len(blocks) - 1 > _BIN_MAX:
        return None
    keep = w.pick(blocks)[0]
    rest = [b for b in blocks if b != keep]
    return _made(w, f"Bin the lot except the {keep}.", _act(binned(rest), _not(Rel("in_bin", keep))))


def t238_neg_dutch(w: World) -> Made:
    blocks = _loose(w.state)
    if len(blocks) < 2:
        return None
    out = w.pick(blocks)[0]
    rest = [b for b in blocks if b != out]
    bowls = [bw for bw in w.bowls if len(rest) <= layout.BOWL_CAPACITY]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"Put all blocks in the {bw}, but not the {out}, that one not.",
                 _act(rels(*(Rel("in", b, bw) for b in rest)), _not(Rel("in", out, bw))))


def t238_neg_baker(w: World) -> Made:
    bowls = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) >= 2]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    inside = w.state.in_bowl(bw)
    stay = w.pick(inside)[0]
    rest = [b for b in inside if b != stay]
    return _made(w, f"Everything in the {bw} into the bin, all but the {stay}, bless it, that one stays in the bowl.",
                 _act(binned(rest), rels(Rel("in", stay, bw))))


def t238_neg_commuter(w: World) -> Made:
    on_table = w.state.on_the_table()
    if len(on_table) < 2:
        return None
    keep = w.pick(on_table)[0]
    rest = [b for b in on_table if b != keep]
    if len(rest) > _BIN_MAX:
        return None
    return _made(w, f"clear the table into the bin, not the {keep} tho",
                 _act(binned(rest), _not(Rel("in_bin", keep))))


def t238_neg_granformal(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    return _made(w, f"I would be most grateful if the {top} were no longer resting upon the {below}. "
                    "Please do not put it in the bin, however.",
                 _act(_not(Rel("on", top, below)), _not(Rel("in_bin", top))))


def t238_neg_plain19(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    return _made(w, f"Get the {b} out of the {w.state.base(b)}, but don't put it in the bin or in another bowl.",
                 _act(_base_not_in(b, (BIN, *w.bowls))))


# ----- relative ---------------------------------------------------------------------------------------
def t238_rel_electrician(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Whatever's sitting on the {below}, strip it off and chuck it in the bin.",
                 _act(binned([top])))


def t238_rel_dutch(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = _fits_bowl(w, [below])
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"Put the block what is under the {top} in the {bw} please.",
                 _act(rels(Rel("in", below, bw))))


def t238_rel_baker(w: World) -> Made:
    s = w.state
    if not w.bowls:
        return None
    bw = w.pick(w.bowls)[0]
    cands = [b for b in s.blocks if s.base(b) in (TABLE, *PLACES)]
    if len(cands) < 2:
        return None
    cands.sort(key=lambda b: w.dist(b, bw))
    near = cands[0]
    if s.support[near] not in (TABLE, *PLACES) or not s.is_clear(near):
        return None
    if w.dist(cands[1], bw) - w.dist(near, bw) < 0.03 or not _room(s, bw, [near]):
        return None
    return _made(w, f"Of the blocks out on the table, the one closest to the {bw}, could you pop it into that "
                    "bowl, love?", _act(rels(Rel("in", near, bw))))


def t238_rel_commuter(w: World) -> Made:
    tops = [t for t, _b in w.pairs() if w.state.is_clear(t) and w.state.base(t) != BIN]
    if len(tops) != 1:
        return None
    top = tops[0]
    return _made(w, "take the top block off the stack n put it in the bin", _act(binned([top])))


def t238_rel_granformal(w: World) -> Made:
    inside = w.in_bowls()
    others = _loose(w.state)
    choices = [(a, b) for a in inside for b in others
               if b != a and w.state.base(b) != w.state.base(a) and _room(w.state, w.state.base(a), [b])]
    if not choices:
        return None
    a, b = w.rng.choice(choices)
    return _made(w, f"Would you be so kind as to put the {b} into the same bowl as the {a}?",
                 _act(rels(Rel("in", b, w.state.base(a)))))


def t238_rel_plain19(w: World) -> Made:
    s = w.state
    bowls = [bw for bw in w.bowls if len(s.in_bowl(bw)) == 1]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    target = s.in_bowl(bw)[0]
    movers = [b for b in _loose(s) if _can_stack(s, b, target)]
    if not movers:
        return None
    b = w.pick(movers)[0]
    return _made(w, f"Put the {b} on top of the block that's in the {bw}.", _act(rels(Rel("on", b, target))))


# ----- keep -------------------------------------------------------------------------------------------
def t238_keep_electrician(w: World) -> Made:
    s = w.state
    bowls = [bw for bw in w.bowls if s.in_bowl(bw)]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    blocks = [b for b in _loose(s) if s.base(b) != bw]
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    return _made(w, f"Bin the {b}. Leave the {bw} as it is, don't touch what's in it.",
                 _act(binned([b]), kept(*s.in_bowl(bw))))


def _keep_pair(w: World) -> tuple[str, str, str] | None:
    """(mover, target, keeper): the mover can go on the target and the keeper need not move for it."""
    s = w.state
    blocks = _loose(s)
    out = [(a, b, k) for a in blocks for b in blocks for k in blocks
           if len({a, b, k}) == 3 and _can_stack(s, a, b) and k not in s.above(a) and k not in s.above(b)]
    return w.rng.choice(out) if out else None


def t238_keep_dutch(w: World) -> Made:
    choice = _keep_pair(w)
    if choice is None:
        return None
    a, b, k = choice
    return _made(w, f"Put the {a} on the {b}, but the {k} must stay where he is.",
                 _act(rels(Rel("on", a, b)), kept(k)))


def t238_keep_baker(w: World) -> Made:
    s = w.state
    movers = _loose(s)
    if not movers:
        return None
    a = w.pick(movers)[0]
    bowls = _fits_bowl(w, [a])
    keepers = [k for k in movers if k != a and k not in s.above(a)]
    if not bowls or not keepers:
        return None
    bw, k = w.pick(bowls)[0], w.pick(keepers)[0]
    return _made(w, f"Could you move the {a} into the {bw}? But don't touch the {k}, it's resting like dough.",
                 _act(rels(Rel("in", a, bw)), kept(k)))


def t238_keep_commuter(w: World) -> Made:
    s = w.state
    blocks = _loose(s)
    if len(blocks) < 2:
        return None
    b = w.pick(blocks)[0]
    place = w.rng.choice(_CORNERS)
    others = [o for o in s.blocks if o != b and o not in s.above(b)]
    return _made(w, f"{b} to the {place}, leave everything else as is",
                 _act(rels(Rel("at", b, place)), kept(*others)))


def t238_keep_granformal(w: World) -> Made:
    s = w.state
    full = [bw for bw in w.bowls if 0 < len(s.in_bowl(bw)) <= _BIN_MAX]
    if not full or len(w.bowls) < 2:
        return None
    a = w.pick(full)[0]
    b = w.pick([bw for bw in w.bowls if bw != a])[0]
    inside = sorted(s.in_bowl(b))
    same = lambda _i, f: sorted(f.in_bowl(b)) == inside  # noqa: E731
    return _made(w, f"Would you please empty the {a} into the bin, while leaving the {b} just as it is?",
                 _act(binned(s.in_bowl(a)), kept(*inside), same))


def t238_keep_plain19(w: World) -> Made:
    s = w.state
    pairs = [(t, b) for t, b in w.pairs() if s.base(t) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    movers = [m for m in _loose(s) if m not in (top, below) and m not in _below(s, below) and top not in s.above(m)]
    if not movers:
        return None
    m = w.pick(movers)[0]
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {m} to the {place}, but keep the {top} on the {below}.",
                 _act(rels(Rel("at", m, place), Rel("on", top, below))))


# ----- multi-step -------------------------------------------------------------------------------------
def t238_multi_electrician(w: World) -> Made:
    s = w.state
    blocks = _loose(s)
    triples = [(a, b, c) for a in blocks for b in blocks for c in blocks
               if len({a, b, c}) == 3 and _can_stack(s, b, c)]
    if not triples:
        return None
    a, b, c = w.rng.choice(triples)
    return _made(w, f"First job, the {a} in the bin. Then the {b} onto the {c}.",
                 _act(binned([a]), rels(Rel("on", b, c))))


def t238_multi_dutch(w: World) -> Made:
    blocks = _loose(w.state)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowls = [bw for bw in w.bowls if _room(w.state, bw, [a, b])]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    return _made(w, f"First put the {a} in the {bw}, and after that put also the {b} in the {bw}.",
                 _act(rels(Rel("in", a, bw), Rel("in", b, bw))))


def t238_multi_baker(w: World) -> Made:
    blocks = _loose(w.state)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    return _made(w, f"First, set the {a} down on the table, then pop the {b} on top of it, like a two-layer "
                    "sponge.", _act(rels(Rel("on_table", a), Rel("on", b, a))))


def t238_multi_commuter(w: World) -> Made:
    blocks = _loose(w.state)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    return _made(w, f"1st {a} to the middle, then {b} on top of it",
                 _act(rels(Rel("at", a, _MIDDLE), Rel("on", b, a))))


def t238_multi_granformal(w: World) -> Made:
    s = w.state
    bowls = [bw for bw in w.bowls if 0 < len(s.in_bowl(bw)) <= _BIN_MAX]
    if not bowls:
        return None
    bw = w.pick(bowls)[0]
    movers = [b for b in _loose(s) if s.base(b) != bw]
    if not movers:
        return None
    b = w.pick(movers)[0]
    return _made(w, f"Firstly, would you kindly empty the {bw} into the bin; and then, please, place the {b} "
                    f"into the {bw}. Thank you ever so much.",
                 _act(binned(s.in_bowl(bw)), rels(Rel("in", b, bw))))


def t238_multi_plain19(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the {top} off the {below}, then put the {below} on top of the {top}.",
                 _act(rels(Rel("on", below, top))))


# ----- question ---------------------------------------------------------------------------------------
def t238_q_electrician(w: World) -> Made:
    bw = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bw))
    return f"How many blocks in the {bw}? Need a count.", answered(str(n))


def t238_q_dutch(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        flag = True
    else:
        blocks = _loose(s)
        opts = [(a, b) for a in blocks for b in blocks
                if a != b and a not in s.above(b) and b not in s.above(a)]
        if not opts:
            return None
        a, b = w.rng.choice(opts)
        flag = False
    return f"Is the {a} on the {b}? I can not see it good from here.", answered(yes(flag))


def t238_q_baker(w: World) -> Made:
    s = w.state
    blocks = _loose(s)
    if not blocks:
        return None
    b = w.pick(blocks)[0]
    up = s.on_top(b)
    answer = up[0] if up else "nothing"
    return f"What's sitting right on top of the {b}, dear? Like checking what's on a cake.", answered(answer)


def t238_q_commuter(w: World) -> Made:
    s = w.state
    n_table = len(s.on_the_table())
    n_bowls = len(s.in_bowls())
    return "how many blocks on the table n how many in bowls?", answered(f"{n_table}|{n_bowls}")


def t238_q_granformal(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    return (f"Would you be so kind as to tell me which bowl the {b} is in, please?",
            answered(w.state.base(b)))


def t238_q_plain19(w: World) -> Made:
    s = w.state
    pairs = [(t, b) for t, b in w.pairs() if s.base(t) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return (f"Which block is the {top} sitting on? And how many bowls are there?",
            answered(f"{below}|{len(w.bowls)}"))


# ----- matching ---------------------------------------------------------------------------------------
def _match_ok(w: World) -> list[Rel] | None:
    """The colour-matching relations, when every bowl has room for its matching block."""
    want = matching(w)
    s = w.state
    if not want:
        return None
    for bw in w.bowls:
        incoming = [r.block for r in want if r.target == bw]
        if not _room(s, bw, incoming):
            return None
    return want


def t238_match_electrician(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    return _made(w, "Colour-code it: every block that has a bowl of its own colour goes in that bowl. "
                    "Like wiring to the right terminals.", _act(rels(*want)))


def t238_match_dutch(w: World) -> Made:
    want = [r for r in (_match_ok(w) or []) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Can you put the {r.block} in the bowl of the same colour as him?", _act(rels(r)))


def t238_match_baker(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if len(rest) > _BIN_MAX:
        return None
    return _made(w, "Could you put each block that matches a bowl's colour into that bowl, and the rest in the bin? "
                    "Like sorting sprinkles!", _act(rels(*want), binned(rest)))


def t238_match_commuter(w: World) -> Made:
    colours = {w.colour(bw) for bw in w.bowls}
    rest = [b for b in _loose(w.state) if w.colour(b) not in colours]
    if not rest or len(rest) > _BIN_MAX:
        return None
    return _made(w, "blocks that dont match any bowl colour -> bin", _act(binned(rest)))


def t238_match_granformal(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    s = w.state
    moving = [r.block for r in want if not holds(r, s)]
    matched = {r.block for r in want}
    others = [b for b in s.blocks if b not in matched]
    if any(o in s.above(m) for o in others for m in moving):
        return None
    return _made(w, "Would you kindly place each block in the bowl of its own colour, leaving those blocks that have "
                    "no bowl of their colour exactly where they are?", _act(rels(*want), kept(*others)))


def t238_match_plain19(w: World) -> Made:
    s = w.state
    bowl_colours = {w.colour(bw): bw for bw in w.bowls}
    matched = [b for b in _loose(s) if w.colour(b) in bowl_colours]
    pairs = [(m, t, bowl_colours[w.colour(m)]) for m in matched for t in _loose(s) if _can_stack(s, m, t)]
    if not pairs:
        return None
    m, t, bw = w.rng.choice(pairs)
    return _made(w, f"Put the block that's the same colour as the {bw} on top of the {t}.",
                 _act(rels(Rel("on", m, t))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("electrician", "dutch", "baker", "commuter", "granformal", "plain19")
FRESH238: list[Template] = [
    (f"t238_{short}_{style}", category, globals()[f"t238_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
