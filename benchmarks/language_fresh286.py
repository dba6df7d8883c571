"""`FRESH286`, the two-hundred-and-eighty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing into the chat window for the first time in their own
plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six personas, one style each:
- hairdresser: "Pop the red block in the bin for me, would you, but leave the blue block exactly where she is, love."
- portuguese2: "The block that is under the red block, you can put it in the blue bowl please?"
- referee: "Red card for every block except the red block! Off to the bin, all of them."
- teacher4: "Step one: put the red block on the table. Step two: put the blue block on top of the red block."
- grumpy: "Get everything off the red block. And don't go throwing anything in the bin."
- plain67: "Could you put the red block in whichever bowl is closest to it?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d79c098, the code of 61d6055, before anything it could prompt): 0.8033
goal-correct (241 of 300), 49 refused, 4 questions, 6 wrong actions. The wrong actions: a teacher's 'Find the bowl
that's the same colour as X and put X in it. Then do the same with Y.' put Y in X's bowl (5); 'Can you see the tallest
tower? Good. Now take the block from the very top of it and put it on the table' moved the top of another tower (1). The
refusals and questions: a hairdresser's 'while I finish this coffee', 'Ta.', 'sweep W out like it's closing time, babe',
a Portuguese speaker's 'take all the blocks of the bowls' and 'The block that is under X, you can put it in W please?',
a referee's 'Red card for every block except X! Off to the bin, all of them.' and 'and I don't want any arguing about
it', a teacher's 'keeping X company', 'just not X' after 'another block', 'We're going to tip everything in W into the
bin. X stays right where it is though, okay? We won't touch that one.' and a tower in numbered steps.
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


# ----- helpers ---------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None where the goal already holds in the scene."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _all(*checks: Check) -> Check:
    return lambda i, f: all(c(i, f) for c in checks)


def _on_table(f: SymState, b: str) -> bool:
    """The block's tower stands on the table (or a named place on it)."""
    return f.base(b) in _GROUND


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of `b`'s tower up to `b`, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _free(w: World) -> list[str]:
    """Clear blocks not in the bin."""
    return w.clear_blocks()


def _stackable(w: World, a: str, b: str) -> bool:
    """`a` can go straight onto `b`: both clear, `b`'s tower stands on the table and stays within the limit."""
    s = w.state
    return (a != b and s.is_clear(a) and s.is_clear(b) and s.base(b) in _GROUND
            and _depth(s, b) + 1 <= layout.MAX_TOWER)


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _stackable(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _not_in(w: World, bowl: str) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) not in (bowl, BIN)]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _off_ground(w: World) -> list[str]:
    """Blocks not resting directly on the table: on a block or in a bowl."""
    return [b for b in w.blocks if w.state.support[b] not in (*_GROUND, BIN)]


def _matched(w: World) -> dict[str, str]:
    """block -> the bowl of its colour."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _towers(w: World) -> dict[str, int]:
    """bottom block -> height, for every pile (on the table or in a bowl)."""
    s = w.state
    return {b: 1 + len(s.above(b)) for b in w.blocks if s.support[b] not in s.support and s.support[b] != BIN}


# ----- imperative ------------------------------------------------------------------------------------
def t286_imp_hairdresser(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    text = f"Okay love, while I finish this coffee, could you pop the {a} into the {bowl} for me? Ta."
    return _made(w, text, rels(Rel("in", a, bowl)))


def t286_imp_portuguese2(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = f"Please, you can put the {a} on top of the {b}?"
    return _made(w, text, rels(Rel("on", a, b)))


def t286_imp_referee(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"*whistle* The {a} is off! Send it to the bin."
    return _made(w, text, rels(Rel("in_bin", a)))


def t286_imp_teacher4(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a, place = w.rng.choice(cands), _place(w)
    text = f"Let's start nice and easy. Pick up the {a} and put it down gently in the {place}."
    return _made(w, text, rels(Rel("at", a, place)))


def t286_imp_grumpy(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = f"Stack the {a} on the {b} and be quick about it."
    return _made(w, text, rels(Rel("on", a, b)))


def t286_imp_plain67(w: World) -> Made:
    cands = _off_ground(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Can you move the {a} onto the table?"
    return _made(w, text, rels(Rel("on_table", a)))


# ----- declarative -----------------------------------------------------------------------------------
def t286_dec_hairdresser(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _not_in(w, bowl)
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    text = f"So here's the look we're going for, sweetheart: the {a} sits in the {bowl}. Gorgeous."
    return _made(w, text, rels(Rel("in", a, bowl)))


def t286_dec_portuguese2(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = f"The {a} must to be on the {b}."
    return _made(w, text, rels(Rel("on", a, b)))


def t286_dec_referee(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"My decision is final. The {a} goes in the bin."
    return _made(w, text, rels(Rel("in_bin", a)))


def t286_dec_teacher4(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a, place = w.rng.choice(cands), _place(w)
    text = f"When we're all finished, the {a} should be sitting in the {place}."
    return _made(w, text, rels(Rel("at", a, place)))


def t286_dec_grumpy(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"The {a} belongs on the table. Not on the {b}. On the table."
    return _made(w, text, rels(Rel("on_table", a)))


def t286_dec_plain67(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = _not_in(w, bowl)
    if len(cands) < 2 or not _room(w, bowl, 2):
        return None
    a, b = w.pick(cands, 2)
    text = f"The {a} and the {b} should both be in the {bowl}."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- desiderative ----------------------------------------------------------------------------------
def t286_des_hairdresser(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a, place = w.rng.choice(cands), _place(w)
    text = f"Honestly, hun, I'd love to see the {a} over in the {place}. It'd look fab there."
    return _made(w, text, rels(Rel("at", a, place)))


def t286_des_portuguese2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    text = f"I would like very much the {a} inside of the {bowl}, please."
    return _made(w, text, rels(Rel("in", a, bowl)))


def t286_des_referee(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    text = f"What I want to see is the {a} and the {b} in the bin. Both of them. That's the decision."
    return _made(w, text, binned([a, b]))


def t286_des_teacher4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not inside or not cands or not _room(w, bowl):
        return None
    a, b = w.rng.choice(cands), w.rng.choice(inside)
    text = (f"What I'd like is for the {a} to end up in the {bowl} too, keeping the {b} company. "
            f"Can you do that for me?")
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t286_des_grumpy(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = f"I want the {a} on the {b}. Is that so hard?"
    return _made(w, text, rels(Rel("on", a, b)))


def t286_des_plain67(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"I'd like the {bowl} emptied out onto the table, please."
    return _made(w, text, lambda _i, f: all(_on_table(f, b) for b in inside))


# ----- quantified ------------------------------------------------------------------------------------
def t286_qua_hairdresser(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"Right, sweep the {bowl} out like it's closing time, babe: every single block in it goes in the bin."
    return _made(w, text, binned(inside))


def t286_qua_portuguese2(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = "Please take all the blocks of the bowls and put every one on the table."
    return _made(w, text, lambda _i, f: all(_on_table(f, b) for b in inside))


def t286_qua_referee(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(bowl)) == 2:
        return None
    text = f"Rules are rules: exactly two blocks in the {bowl}. No more, no less."
    return _made(w, text, count_in(bowl, 2))


def t286_qua_teacher4(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    text = "Let's share the blocks out fairly: one block in each bowl. Just one in every bowl, no more."
    return _made(w, text, lambda i, f: all(count_in(b, 1)(i, f) for b in bowls))


def t286_qua_grumpy(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER:
        return None
    text = "Put all the blocks in one tower. Any order, I don't care."
    return _made(w, text, rels(Rel("tower", *blocks)))


def t286_qua_plain67(w: World) -> Made:
    bare = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bare or len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(bare)
    text = f"Put three blocks in the {bowl}, any three will do."
    return _made(w, text, count_in(bowl, 3))


# ----- negated ---------------------------------------------------------------------------------------
def t286_neg_hairdresser(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in w.blocks if b != a]
    text = f"Every block goes in the {bowl} except the {a}, love. She's sitting this one out."
    return _made(w, text, lambda _i, f: all(f.base(b) == bowl for b in others) and f.base(a) not in (bowl, BIN))


def t286_neg_portuguese2(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    text = f"Take the {a} out of the {bowl}, but no put it in the bin, ok?"
    return _made(w, text, lambda _i, f: f.base(a) not in (bowl, BIN))


def t286_neg_referee(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    a = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != a]
    text = f"Red card for every block except the {a}! Off to the bin, all of them."
    return _made(w, text, _all(binned(others), none_binned([a])))


def t286_neg_teacher4(w: World) -> Made:
    free = _free(w)
    if len(free) < 3:
        return None
    a = w.rng.choice(free)
    b = w.rng.choice([x for x in free if x != a])
    if not any(_stackable(w, a, c) for c in free if c not in (a, b)):
        return None
    blocks = w.blocks
    text = f"Please put the {a} on top of another block. Any block you like, just not the {b}."
    return _made(w, text, lambda _i, f: f.support[a] in blocks and f.support[a] != b)


def t286_neg_grumpy(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    _top, b = w.rng.choice(pairs)
    text = f"Get everything off the {b}. And don't go throwing anything in the bin."
    return _made(w, text, _all(rels(Rel("clear", b)), none_binned(w.blocks)))


def t286_neg_plain67(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    others = [x for x in w.bowls if x != bowl]
    cands = [b for b in _free(w) if w.state.base(b) not in others]
    if not cands or not any(_room(w, x) for x in others):
        return None
    a = w.rng.choice(cands)
    text = f"Could you put the {a} in one of the bowls? Just not the {bowl}."
    return _made(w, text, lambda _i, f: f.base(a) in others)


# ----- relative --------------------------------------------------------------------------------------
def t286_rel_hairdresser(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, b = w.rng.choice(pairs)
    text = f"Sweetie, the block sitting on top of the {b}, pop that one in the bin for me."
    return _made(w, text, rels(Rel("in_bin", top)))


def t286_rel_portuguese2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pairs = [(a, u) for a, u in w.pairs() if w.state.base(u) != bowl]
    if not pairs or not _room(w, bowl):
        return None
    a, under = w.rng.choice(pairs)
    text = f"The block that is under the {a}, you can put it in the {bowl} please?"
    return _made(w, text, rels(Rel("in", under, bowl)))


def t286_rel_referee(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) not in (bowl, BIN))
    if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.03 or not _room(w, bowl):
        return None
    near = cands[0][1]
    text = f"Closest block to the {bowl} goes into the {bowl}. That's my call, no discussion."
    return _made(w, text, rels(Rel("in", near, bowl)))


def t286_rel_teacher4(w: World) -> Made:
    towers = sorted(((h, b) for b, h in _towers(w).items()), reverse=True)
    if not towers or towers[0][0] < 2 or (len(towers) > 1 and towers[1][0] == towers[0][0]):
        return None
    top = w.state.above(towers[0][1])[0]
    text = ("Can you see the tallest tower? Good. Now take the block from the very top of it "
            "and put it on the table, please.")
    return _made(w, text, rels(Rel("on_table", top)))


def t286_rel_grumpy(w: World) -> Made:
    cands = sorted((w.y(b), b) for b in w.blocks if w.state.base(b) != BIN)
    if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.05:
        return None
    left = cands[0][1]
    text = "The block furthest to the left. Bin it."
    return _made(w, text, rels(Rel("in_bin", left)))


def t286_rel_plain67(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    cands = [b for b in _free(w) if w.state.base(b) not in w.bowls]
    if not cands:
        return None
    a = w.rng.choice(cands)
    near = sorted((w.dist(a, x), x) for x in w.bowls)
    if near[1][0] - near[0][0] < 0.03 or not _room(w, near[0][1]):
        return None
    bowl = near[0][1]
    text = f"Could you put the {a} in whichever bowl is closest to it?"
    return _made(w, text, rels(Rel("in", a, bowl)))


# ----- keep ------------------------------------------------------------------------------------------
def t286_keep_hairdresser(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    a = w.rng.choice(cands)
    rest = [b for b in cands if b != a and b not in w.state.above(a)]
    if not rest:
        return None
    b = w.rng.choice(rest)
    text = f"Pop the {a} in the bin for me, would you, but leave the {b} exactly where she is, love."
    return _made(w, text, _all(rels(Rel("in_bin", a)), kept(b)))


def t286_keep_portuguese2(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    rest = [c for c in w.blocks if c not in (a, b)]
    if not rest:
        return None
    c = w.rng.choice(rest)
    text = f"Put the {a} on the {b}, but the {c} you let it how it is, don't touch."
    return _made(w, text, _all(rels(Rel("on", a, b)), kept(c)))


def t286_keep_referee(w: World) -> Made:
    cands = _free(w)
    if not cands:
        return None
    a, place = w.rng.choice(cands), _place(w)
    rest = [b for b in w.blocks if b != a]
    b = w.rng.choice(rest)
    text = f"Move the {a} to the {place}. The {b} stays put, and I don't want any arguing about it."
    return _made(w, text, _all(rels(Rel("at", a, place)), kept(b)))


def t286_keep_teacher4(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if w.state.base(b) in _GROUND]
    if not outside:
        return None
    a = w.rng.choice(outside)
    text = (f"We're going to tip everything in the {bowl} into the bin. "
            f"The {a} stays right where it is though, okay? We won't touch that one.")
    return _made(w, text, _all(binned(inside), kept(a)))


def t286_keep_grumpy(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    rest = [c for c in w.blocks if c not in (a, b)]
    text = f"Put the {a} on the {b}. Leave the rest of them alone."
    return _made(w, text, _all(rels(Rel("on", a, b)), kept(*rest)))


def t286_keep_plain67(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    rest = [c for c in w.blocks if c != a]
    text = f"Move the {a} into the {bowl} without moving anything else."
    return _made(w, text, _all(rels(Rel("in", a, bowl)), kept(*rest)))


# ----- multi-step ------------------------------------------------------------------------------------
def t286_multi_hairdresser(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pair = _stack_pair(w)
    if pair is None or not _room(w, bowl):
        return None
    b, c = pair
    cands = [a for a in w.blocks if a not in (b, c) and w.state.base(a) not in (bowl, BIN)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"First the {a} goes in the {bowl}, hun, and then pop the {b} on top of the {c}. Lovely."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("on", b, c)))


def t286_multi_portuguese2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"First you take the {a} from the {b}, after you put it in the bin."
    return _made(w, text, rels(Rel("in_bin", a)))


def t286_multi_referee(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    place = _place(w)
    text = f"Two decisions. One: the {a} goes off to the bin. Two: the {b} goes to the {place}."
    return _made(w, text, rels(Rel("in_bin", a), Rel("at", b, place)))


def t286_multi_teacher4(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = (f"Let's build a little tower together. Step one: put the {a} on the table. "
            f"Step two: put the {b} on top of the {a}. Step three: put the {c} on top of the {b}. Well done!")
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t286_multi_grumpy(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Take the {a} off the {b}. Then the {b} goes in the bin. Go on."
    return _made(w, text, _all(rels(Rel("in_bin", b)), none_binned([a])))


def t286_multi_plain67(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) not in (bowl, BIN)]
    if len(cands) < 2 or not _room(w, bowl):
        return None
    a, b = w.pick(cands, 2)
    place = _place(w)
    text = f"Put the {a} in the {bowl}, and after that move the {b} over to the {place}."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("at", b, place)))


# ----- questions -------------------------------------------------------------------------------------
def t286_q_hairdresser(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    text = f"Ooh, quick one while you're at it, love: how many blocks are in the {bowl} at the moment?"
    return text, answered(str(n))


def t286_q_portuguese2(w: World) -> Made:
    a, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    n = len(w.state.on_the_table())
    if n == 0:
        return None
    flag = holds(Rel("in", a, bowl), w.state)
    text = f"The {a} is inside the {bowl}? And how many blocks there is on the table?"
    return text, answered(f"{yes(flag)}|{n}")


def t286_q_referee(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, b = w.rng.choice(pairs)
    text = f"Quick check before the restart: which block is on top of the {b}?"
    return text, answered(top)


def t286_q_teacher4(w: World) -> Made:
    s = w.state
    cands = [(b, s.support[b]) for b in w.blocks
             if s.support[b] in s.bowls or (s.support[b] in s.support and s.base(b) in _GROUND)]
    if not cands:
        return None
    a, where = w.rng.choice(cands)
    text = f"Can you tell me where the {a} is right now?"
    return text, answered(where)


def t286_q_grumpy(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = w.state.support[a] == b
    text = f"Is the {a} on the {b} or not?"
    return text, answered(yes(flag))


def t286_q_plain67(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, b = w.rng.choice(pairs)
    text = f"How many blocks are there altogether? And which one is sitting on the {b}?"
    return text, answered(f"{len(w.blocks)}|{top}")


# ----- matching --------------------------------------------------------------------------------------
def t286_match_hairdresser(w: World) -> Made:
    want = matching(w)
    if not want or not all(_room(w, r.target) for r in want if not holds(r, w.state)):
        return None
    text = "Let's colour-coordinate, babe! Every block into the bowl that matches its colour."
    return _made(w, text, rels(*want))


def t286_match_portuguese2(w: World) -> Made:
    pairs = [(b, x) for b, x in _matched(w).items() if w.state.base(b) != x and _room(w, x)]
    if not pairs:
        return None
    a, bowl = w.rng.choice(pairs)
    text = f"Please, put the {a} in the bowl of the same colour."
    return _made(w, text, rels(Rel("in", a, bowl)))


def t286_match_referee(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    s = w.state
    rest = [b for b in w.blocks if b not in pairs]
    for b, x in pairs.items():
        if s.base(b) != x and (not _room(w, x) or any(r in rest for r in s.above(b))):
            return None
    text = ("Colours together! Any block that has a bowl of its own colour goes in that bowl. "
            "Every other block stays exactly where it is.")
    return _made(w, text, _all(rels(*(Rel("in", b, x) for b, x in pairs.items())), kept(*rest)))


def t286_match_teacher4(w: World) -> Made:
    pairs = list(_matched(w).items())
    if len(pairs) < 2:
        return None
    (a, x), (b, y) = w.rng.sample(pairs, 2)
    if not all(_room(w, z) for c, z in ((a, x), (b, y)) if w.state.base(c) != z):
        return None
    text = (f"Let's play a colour game! Find the bowl that's the same colour as the {a} and put the {a} in it. "
            f"Then do the same with the {b}.")
    return _made(w, text, rels(Rel("in", a, x), Rel("in", b, y)))


def t286_match_grumpy(w: World) -> Made:
    pairs = _matched(w)
    rest = [b for b in w.blocks if b not in pairs]
    if not pairs or not rest or len(rest) > 4:
        return None
    text = "Blocks go in the bowl of their colour. The ones with no bowl of their colour go in the bin. Got it?"
    return _made(w, text, _all(rels(*(Rel("in", b, x) for b, x in pairs.items())), binned(rest)))


def t286_match_plain67(w: World) -> Made:
    pairs = list(_matched(w).items())
    if not pairs:
        return None
    b, bowl = w.rng.choice(pairs)
    cands = [a for a in w.blocks if a != b and w.state.base(a) not in (bowl, BIN)]
    if not cands or not _room(w, bowl):
        return None
    a = w.rng.choice(cands)
    text = f"Put the {a} in the bowl that's the same colour as the {b}."
    return _made(w, text, rels(Rel("in", a, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("hairdresser", "portuguese2", "referee", "teacher4", "grumpy", "plain67")
FRESH286: list[Template] = [
    (f"t286_{short}_{style}", category, globals()[f"t286_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
