"""`FRESH255`, the two-hundred-and-fifty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six personas, one style each:
- florist: a florist, warm, a flower comparison now and then: "Could you pop the red block into the blue bowl? Like
  tucking a little rose into its vase."
- french2: a French speaker writing English with small slips, object names right: "Put please the red block on the
  green block."
- referee: a football referee making firm calls: "The red block goes in the bin. Now, no arguing."
- kid10: a seven-year-old, excited, simple words: "put the red block in the top left corner!!! pleeease"
- doubter: an unsure person who hedges but is clear in the end: "Maybe... the block the red block is sitting on?
  Could that one go in the bin? I think so, yes."
- plain36: a plain, ordinary adult with no quirks: "Move the red block to the middle of the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2f08953, the code of 106222b, before anything it could prompt): 0.8167
goal-correct (245 of 300), 45 refused, five questions, five wrong actions and no wrong reply. The wrong actions: the
doubter's "Hmm, is there a bowl the same colour as X? I think there is... could you put the block in there? Yes,
please." was answered, not done. The questions: the doubter's "Could you maybe leave X alone and put all the other
blocks in the bin? I think that's it, yes.". The refusals: the referee's "X goes in the bin. Now, no arguing.", "The
block closest to W: off to the bin. Straight away." and "Clear W into the bin. X stays put. No discussion."; the
florist's "X belongs in W, the way a peony belongs in a tall vase."; the doubter's "I think... X should probably be in
the top left corner? Yes, the top left corner, I'm fairly sure.", "I'm not sure it's even possible, but could you stack
all the blocks into one single tower? I think that's what I want, yes." and "Could you maybe stack X on Y? But I'd
rather you didn't move Z... if that's all right."; the seven-year-old's "take all the blocks out of W but not X X stays
in"; the French speaker's "Please put X on the table, but the blocks in W, you let them like they are."
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

_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]
_ON_TABLE = (TABLE, *PLACES)


# ----- helpers -------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to ask for)."""
    return None if check(w.state, w.state) else (text, check)


def _depth(s: SymState, block: str) -> int:
    """How many blocks form the tower from its base up to `block`, itself included."""
    n, cur = 1, block
    while s.support[cur] in s.support:
        cur = s.support[cur]
        n += 1
    return n


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, cur = [], block
    while s.support[cur] in s.support:
        cur = s.support[cur]
        out.append(cur)
    return out


def _fits_on(w: World, x: str, y: str) -> bool:
    """Whether `x` can sensibly go on `y` (not the same, not under it, the tower not too high)."""
    s = w.state
    return x != y and x not in _below(s, y) and s.base(y) != BIN and _depth(s, y) < layout.MAX_TOWER


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    """Whether `bowl` has room for the blocks `adding` besides what stays in it."""
    staying = [b for b in w.state.in_bowl(bowl) if b not in adding]
    return len(staying) + len(adding) <= layout.BOWL_CAPACITY


def _loose(w: World) -> list[str]:
    """Blocks alone: on nothing, under nothing, and not in a bowl (their position is theirs alone)."""
    s = w.state
    return [b for b in w.blocks if s.support[b] in _ON_TABLE and s.is_clear(b)]


def _nearest(w: World, pos: tuple[float, float]) -> str | None:
    """The loose block clearly nearest to `pos` (every other block at least 4 cm further), if any."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - pos[0]) ** 2 + (p[1] - pos[1]) ** 2) ** 0.5

    ranked = sorted(w.blocks, key=d)
    if not ranked or ranked[0] not in _loose(w):
        return None
    if len(ranked) > 1 and d(ranked[1]) - d(ranked[0]) < 0.04:
        return None
    return ranked[0]


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return (p[0], p[1])


def _matched(w: World) -> dict[str, str]:
    """block -> the bowl of its colour."""
    return {r.args[0]: r.args[1] for r in matching(w)}


def _on_table(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (a named place included)."""
    return lambda _i, f: all(f.base(b) in _ON_TABLE for b in blocks)


def _out_of(bowl: str, blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) != bowl for b in blocks)


def _not_in(rel: str, *args: str) -> Check:
    return rels(Rel(rel, *args, negated=True))


# ----- imperative ----------------------------------------------------------------------------------
def t255_imp_florist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    x = w.pick(w.blocks)[0]
    if not _room(w, bowl, [x]):
        return None
    text = f"Could you pop the {x} into the {bowl}? Like tucking a little rose into its vase."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t255_imp_french2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if not _fits_on(w, x, y):
        return None
    return _made(w, f"Put please the {x} on the {y}.", _act(rels(Rel("on", x, y))))


def t255_imp_referee(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"The {x} goes in the bin. Now, no arguing.", _act(rels(Rel("in_bin", x))))


def t255_imp_kid10(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    corner = w.pick(_CORNERS)[0]
    return _made(w, f"put the {x} in the {corner}!!! pleeease", _act(rels(Rel("at", x, corner))))


def t255_imp_doubter(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] not in _ON_TABLE]
    if not cands:
        return None
    x = w.pick(cands)[0]
    text = f"Um, I'm not really sure how this works... could you move the {x} onto the table? Just the table. Yes."
    return _made(w, text, _act(rels(Rel("on_table", x))))


def t255_imp_plain36(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"Move the {x} to the middle of the table.", _act(rels(Rel("at", x, _MIDDLE))))


# ----- declarative ---------------------------------------------------------------------------------
def t255_dec_florist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    x = w.pick(w.blocks)[0]
    if not _room(w, bowl, [x]):
        return None
    text = f"The {x} belongs in the {bowl}, the way a peony belongs in a tall vase."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t255_dec_french2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if not _fits_on(w, x, y):
        return None
    return _made(w, f"The {x} must be on the {y}, it is more nice like this.", _act(rels(Rel("on", x, y))))


def t255_dec_referee(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"The {x} belongs in the bin. That decision is final.", _act(rels(Rel("in_bin", x))))


def t255_dec_kid10(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if not _fits_on(w, x, y):
        return None
    return _made(w, f"the {x} should be on top of the {y}", _act(rels(Rel("on", x, y))))


def t255_dec_doubter(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    corner = w.pick(_CORNERS)[0]
    text = f"I think... the {x} should probably be in the {corner}? Yes, the {corner}, I'm fairly sure."
    return _made(w, text, _act(rels(Rel("at", x, corner))))


def t255_dec_plain36(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"The {bowl} should be empty.", _act(empty(bowl)))


# ----- desiderative --------------------------------------------------------------------------------
def t255_des_florist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    x = w.pick(w.blocks)[0]
    if not _room(w, bowl, [x]):
        return None
    text = f"I'd love to see the {x} sitting in the {bowl}, like a marigold in a terracotta pot."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t255_des_french2(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"I would like that the {x} is in the bin, please.", _act(rels(Rel("in_bin", x))))


def t255_des_referee(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = f"I want a tower: the {a} at the bottom, the {b} on it, and the {c} on top. Clear?"
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t255_des_kid10(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if not _fits_on(w, x, y):
        return None
    return _made(w, f"i want the {x} on the {y} pleeeease", _act(rels(Rel("on", x, y))))


def t255_des_doubter(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    text = f"My goal is... hmm, I'd like the {x} in the middle of the table, I think? Yes, the middle."
    return _made(w, text, _act(rels(Rel("at", x, _MIDDLE))))


def t255_des_plain36(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"I'd like the {bowl} emptied into the bin.", _act(binned(w.state.in_bowl(bowl))))


# ----- quantified ----------------------------------------------------------------------------------
def t255_qua_florist(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    text = f"Could you gather all the blocks into the {bowl}? Like one big bouquet."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t255_qua_french2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Put exactly two blocks in the {bowl}, no more, no less.", _act(count_in(bowl, 2)))


def t255_qua_referee(w: World) -> Made:
    if not w.state.in_bowls():
        return None
    text = "All blocks out of the bowls and onto the table. Every single one, no exceptions."
    return _made(w, text, _act(_on_table(w.blocks)))


def t255_qua_kid10(w: World) -> Made:
    if len(w.bowls) < 2 or w.state.in_bowls() or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "put one block in every bowl!!", _act(*(count_in(b, 1) for b in w.bowls)))


def t255_qua_doubter(w: World) -> Made:
    if not 3 <= len(w.blocks) <= layout.MAX_TOWER:
        return None
    text = ("I'm not sure it's even possible, but could you stack all the blocks into one single tower? "
            "I think that's what I want, yes.")
    return _made(w, text, _act(rels(Rel("tower", *w.blocks))))


def t255_qua_plain36(w: World) -> Made:
    loose = w.state.on_the_table()
    if not 2 <= len(loose) <= 5:
        return None
    return _made(w, "Put each block that's on the table into the bin.", _act(binned(loose)))


# ----- negated -------------------------------------------------------------------------------------
def t255_neg_florist(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != x]
    if not 2 <= len(others) <= 5:
        return None
    text = f"Put all the blocks in the bin except the {x}, that one's my favourite bloom."
    return _made(w, text, _act(binned(others), _not_in("in_bin", x)))


def t255_neg_french2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = f"Empty the {bowl} but do not throw the blocks in the bin, please."
    return _made(w, text, _act(empty(bowl), none_binned(w.state.in_bowl(bowl))))


def t255_neg_referee(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    x = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != x]
    if not 2 <= len(others) <= layout.BOWL_CAPACITY:
        return None
    text = f"Every block goes into the {bowl} except the {x}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in others)), _not_in("in", x, bowl)))


def t255_neg_kid10(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    x = w.pick(inside)[0]
    others = [b for b in inside if b != x]
    text = f"take all the blocks out of the {bowl} but not the {x} the {x} stays in"
    return _made(w, text, _act(_out_of(bowl, others), rels(Rel("in", x, bowl))))


def t255_neg_doubter(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    x = w.pick(cands)[0]
    others = [b for b in w.blocks if b != x]
    if not 2 <= len(others) <= 5:
        return None
    text = (f"Could you maybe leave the {x} alone and put all the other blocks in the bin? "
            "I think that's it, yes.")
    return _made(w, text, _act(binned(others), kept(x)))


def t255_neg_plain36(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    x = w.pick(inside)[0]
    bowl = w.state.base(x)
    text = f"Get the {x} out of the {bowl}, but don't throw it in the bin."
    return _made(w, text, _act(_out_of(bowl, [x]), _not_in("in_bin", x)))


# ----- relative ------------------------------------------------------------------------------------
def t255_rel_florist(w: World) -> Made:
    cands = [b for b in w.blocks if len(w.state.above(b)) == 1]
    if not cands:
        return None
    y = w.pick(cands)[0]
    top = w.state.above(y)[0]
    text = f"The little block sitting on top of the {y}, could you move it to the bin? Like pinching off a spent bud."
    return _made(w, text, _act(rels(Rel("in_bin", top))))


def t255_rel_french2(w: World) -> Made:
    if not w.pairs():
        return None
    x, below = w.pick(w.pairs())[0]
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [below]):
        return None
    text = f"Take the block which is under the {x} and put it in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t255_rel_referee(w: World) -> Made:
    free = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not free:
        return None
    bowl = w.pick(free)[0]
    x = _nearest(w, _pos(w, bowl))
    if x is None:
        return None
    return _made(w, f"The block closest to the {bowl}: off to the bin. Straight away.", _act(rels(Rel("in_bin", x))))


def t255_rel_kid10(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.pick(ones)[0]
    z = w.state.in_bowl(bowl)[0]
    x = w.pick([b for b in w.blocks if b != z])[0]
    if not _fits_on(w, x, z):
        return None
    return _made(w, f"can you put the {x} on the block thats in the {bowl}", _act(rels(Rel("on", x, z))))


def t255_rel_doubter(w: World) -> Made:
    if not w.pairs():
        return None
    x, below = w.pick(w.pairs())[0]
    text = f"Maybe... the block the {x} is sitting on? Could that one go in the bin? I think so, yes."
    return _made(w, text, _act(rels(Rel("in_bin", below))))


def t255_rel_plain36(w: World) -> Made:
    corner = w.pick(_CORNERS)[0]
    x = _nearest(w, layout.PLACES[corner])
    if x is None:
        return None
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [x]):
        return None
    text = f"Move whichever block is closest to the {corner} into the {bowl}."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


# ----- keep ----------------------------------------------------------------------------------------
def t255_keep_florist(w: World) -> Made:
    x, k = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if k in w.state.above(x) or not _room(w, bowl, [x]):
        return None
    text = f"Move the {x} into the {bowl}, but leave the {k} just where it is, like a tulip you don't want to disturb."
    return _made(w, text, _act(rels(Rel("in", x, bowl)), kept(k)))


def t255_keep_french2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    cands = [b for b in w.blocks if w.state.support[b] not in _ON_TABLE and w.state.base(b) != bowl]
    if not cands:
        return None
    x = w.pick(cands)[0]
    text = f"Please put the {x} on the table, but the blocks in the {bowl}, you let them like they are."
    return _made(w, text, _act(rels(Rel("on_table", x)), kept(*w.state.in_bowl(bowl))))


def t255_keep_referee(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    k = w.pick(outside)[0]
    text = f"Clear the {bowl} into the bin. The {k} stays put. No discussion."
    return _made(w, text, _act(binned(w.state.in_bowl(bowl)), kept(k)))


def t255_keep_kid10(w: World) -> Made:
    x, k = w.pick(w.blocks, 2)
    if k in w.state.above(x):
        return None
    return _made(w, f"put the {x} in the bin but dont move the {k} ok", _act(rels(Rel("in_bin", x)), kept(k)))


def t255_keep_doubter(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y, k = w.pick(w.blocks, 3)
    if not _fits_on(w, x, y) or k in w.state.above(x) + w.state.above(y):
        return None
    text = f"Could you maybe stack the {x} on the {y}? But I'd rather you didn't move the {k}... if that's all right."
    return _made(w, text, _act(rels(Rel("on", x, y)), kept(k)))


def t255_keep_plain36(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    x = w.pick(cands)[0]
    corner = w.pick(_CORNERS)[0]
    text = f"Put the {x} in the {corner} and keep everything in the {bowl} where it is."
    return _made(w, text, _act(rels(Rel("at", x, corner)), kept(*w.state.in_bowl(bowl))))


# ----- multi-step ----------------------------------------------------------------------------------
def t255_multi_florist(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [x, y]):
        return None
    text = f"First put the {x} in the {bowl}, then set the {y} on top of it, like arranging a little posy."
    return _made(w, text, _act(rels(Rel("in", x, bowl), Rel("on", y, x))))


def t255_multi_french2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    text = f"First you bring the {x} to the bin, after you put the {y} in the middle."
    return _made(w, text, _act(rels(Rel("in_bin", x), Rel("at", y, _MIDDLE))))


def t255_multi_referee(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    text = f"Step one: the {x} on the table. Step two: the {y} on the {x}. Go."
    return _made(w, text, _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t255_multi_kid10(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    return _made(w, f"first put the {x} in the bin and then the {y} too!!", _act(binned([x, y])))


def t255_multi_doubter(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    cands = [b for b in w.blocks if b not in inside]
    if not cands:
        return None
    x = w.pick(cands)[0]
    text = (f"Maybe first empty the {bowl} onto the table? And then... I think put the {x} in the {bowl}. "
            "Yes, that's it.")
    return _made(w, text, _act(_on_table(inside), rels(Rel("in", x, bowl))))


def t255_multi_plain36(w: World) -> Made:
    if not w.pairs():
        return None
    x, y = w.pick(w.pairs())[0]
    bowl = w.pick(w.bowls)[0]
    if w.state.base(x) == bowl or not _room(w, bowl, [x]):
        return None
    text = f"Take the {x} off the {y}, put it in the {bowl}, and then put the {y} in the bin."
    return _made(w, text, _act(rels(Rel("in", x, bowl), Rel("in_bin", y))))


# ----- questions -----------------------------------------------------------------------------------
def t255_q_florist(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks are sitting in the {bowl}, dear?", answered(str(n))


def t255_q_french2(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    sup = w.state.support[x]
    if sup not in w.state.support and sup not in w.bowls and sup != TABLE:
        return None
    return f"Where is the {x}, please? I don't find it.", answered("table" if sup == TABLE else sup)


def t255_q_referee(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.pick(w.pairs())[0]
        flag = True
    else:
        a, b = w.pick(w.blocks, 2)
        if a in w.state.above(b):
            return None
        flag = holds(Rel("on", a, b), w.state)
    return f"Is the {a} on the {b}? Yes or no.", answered(yes(flag))


def t255_q_kid10(w: World) -> Made:
    cands = [b for b in w.blocks if len(w.state.above(b)) == 1]
    if not cands:
        return None
    y = w.pick(cands)[0]
    top = w.state.above(y)[0]
    return f"whats on top of the {y}?? and how many bowls are there", answered(f"{top}|{len(w.bowls)}")


def t255_q_doubter(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    x = w.pick(inside)[0] if inside and w.rng.random() < 0.5 else w.pick(w.blocks)[0]
    flag = w.state.base(x) == bowl
    return f"I'm not sure I'm seeing this right... is the {x} in the {bowl}?", answered(yes(flag))


def t255_q_plain36(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    sup = w.state.support[x]
    if sup not in w.state.support and sup not in w.bowls and sup != TABLE:
        return None
    under = "table" if sup == TABLE else sup
    text = f"What's underneath the {x}? And how many blocks are there in total?"
    return text, answered(f"{under}|{len(w.blocks)}")


# ----- matching ------------------------------------------------------------------------------------
def t255_match_florist(w: World) -> Made:
    pairs = _matched(w)
    if len(pairs) < 2:
        return None
    x, y = w.pick(sorted(pairs), 2)
    text = (f"Could you tuck the {x} into the bowl that matches it, and the {y} into its matching bowl too? "
            "Like pairing flowers with vases.")
    return _made(w, text, _act(rels(Rel("in", x, pairs[x]), Rel("in", y, pairs[y]))))


def t255_match_french2(w: World) -> Made:
    if len(_matched(w)) < 2:
        return None
    text = "Each block which has a bowl of his colour, put it inside this bowl, please."
    return _made(w, text, _act(rels(*matching(w))))


def t255_match_referee(w: World) -> Made:
    pairs = _matched(w)
    rest = [b for b in w.blocks if b not in pairs]
    if not pairs or not 1 <= len(rest) <= 5:
        return None
    text = "Colour match: each block with a bowl of its colour goes into that bowl. The rest go to the bin."
    return _made(w, text, _act(rels(*matching(w)), binned(rest)))


def t255_match_kid10(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    x = w.pick(sorted(pairs))[0]
    return _made(w, f"put the {x} in the bowl thats the same color as it", _act(rels(Rel("in", x, pairs[x]))))


def t255_match_doubter(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    x = w.pick(sorted(pairs))[0]
    text = (f"Hmm, is there a bowl the same colour as the {x}? I think there is... could you put the block in there? "
            "Yes, please.")
    return _made(w, text, _act(rels(Rel("in", x, pairs[x]))))


def t255_match_plain36(w: World) -> Made:
    pairs = _matched(w)
    rest = [b for b in w.blocks if b not in pairs]
    if not 1 <= len(rest) <= 5:
        return None
    text = "Put every block that doesn't match the colour of any bowl into the bin."
    return _made(w, text, _act(binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("florist", "french2", "referee", "kid10", "doubter", "plain36")
FRESH255: list[Template] = [
    (f"t255_{short}_{style}", category, globals()[f"t255_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
