"""`FRESH296`, the two-hundred-and-ninety-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing their first requests into the chat window in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of first-time users write them:
- chef2: a chef giving quick kitchen orders: "The red block into the blue bowl, now please!"
- italian3: an Italian speaker writing English with small slips: "The blue block must to be on the red block."
- scientist2: a methodical lab scientist: "Move the block nearest to the blue bowl into the bin."
- toddlerparent: a parent typing one-handed, with typos in small words: "put teh red block in teh bin pls"
- pensioner: a chatty pensioner, fond of the old days but clear: "Is the red block in the blue bowl, dear?"
- plain77: a plain, ordinary adult: "Take the red block out of the blue bowl and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 08f7254, the code of 314adaa, before anything it could prompt): 0.90
goal-correct (270 of 300), 29 refused, 1 question, no wrong action. The refusals and question: a pensioner's 'Would you
be so kind as to stand X on top of Y? My grandson used to build towers like that all afternoon.', 'X ought to be in the
bin, I should think. It's been cluttering up the table since before breakfast.' and 'There's a little stack with X at
the bottom. Would you take the one right at the top and pop it in W? Mind it doesn't topple.' (which block); a
scientist's 'Desired end state: ... Nothing else is specified.'; an Italian speaker's 'Put all the blocks into W apart
the X, please.'; a busy parent's 'empty W but dont put anythng in the bin'.
"""  # noqa: E501

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _depth(s: SymState, b: str) -> int:
    """How many blocks the tower holding `b` has from its bottom up to `b` (itself included)."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _tower(s: SymState, b: str) -> set[str]:
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return {bottom, *s.above(bottom)}


def _can_on(s: SymState, x: str, y: str) -> bool:
    return x != y and y not in _tower(s, x) and _depth(s, y) + 1 <= layout.MAX_TOWER


def _room(s: SymState, bowl: str, coming: list[str]) -> bool:
    staying = [b for b in s.in_bowl(bowl) if b not in coming]
    return len(staying) + len(coming) <= layout.BOWL_CAPACITY


def _on_ground(*blocks: str) -> Check:
    """Each block's tower stands on the table (a named place included): "on the table" as people count it."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _only_in(bowl: str, blocks: set[str]) -> Check:
    return lambda _i, f: set(f.in_bowl(bowl)) == blocks


def _not_in(block: str, *where: str) -> Check:
    return lambda _i, f: f.support[block] != "gripper" and f.base(block) not in where


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower (in any order), wherever it stands."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.base(bottoms[0]) in (BIN, "gripper"):
            return False
        return sorted([bottoms[0], *f.above(bottoms[0])]) == sorted(blocks)
    return check


def _bowl_of(w: World) -> dict[str, str]:
    return {w.colour(b): b for b in w.bowls}


# ----- imperative --------------------------------------------------------------------------------------
def t296_imp_chef2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl and _room(w.state, bowl, [b])])
    if not x:
        return None
    return _made(w, f"The {x} into the {bowl}, now please!", rels(Rel("in", x, bowl)))


def t296_imp_italian3(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Please you put the {x} on the top of the {y}.", rels(Rel("on", x, y)))


def t296_imp_scientist2(w: World) -> Made:
    x, corner = _one(w, w.blocks), w.rng.choice(CORNERS)
    return _made(w, f"Place the {x} at the {corner} of the table.", rels(Rel("at", x, corner)))


def t296_imp_toddlerparent(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"put teh {x} in teh bin pls", rels(Rel("in_bin", x)))


def t296_imp_pensioner(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = (f"Good morning! Would you be so kind as to stand the {x} on top of the {y}? My grandson used to build "
            "towers like that all afternoon.")
    return _made(w, text, rels(Rel("on", x, y)))


def t296_imp_plain77(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x)
    return _made(w, f"Take the {x} out of the {bowl} and put it on the table.", rels(Rel("on_table", x)))


# ----- declarative -------------------------------------------------------------------------------------
def t296_dec_chef2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl and _room(w.state, bowl, [b])])
    if not x:
        return None
    return _made(w, f"The {x} goes in the {bowl}. Next!", rels(Rel("in", x, bowl)))


def t296_dec_italian3(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"The {x} must to be on the {y}.", rels(Rel("on", x, y)))


def t296_dec_scientist2(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = (f"Desired end state: the {a} on the table, the {b} on top of the {a}, and the {c} on top of the {b}. "
            "Nothing else is specified.")
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t296_dec_toddlerparent(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"the {x} shud be in the middle", rels(Rel("at", x, MIDDLE)))


def t296_dec_pensioner(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.base(b) == TABLE])
    if not x:
        return None
    text = (f"The {x} ought to be in the bin, I should think. It's been cluttering up the table since before "
            "breakfast.")
    return _made(w, text, rels(Rel("in_bin", x)))


def t296_dec_plain77(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _one(w, [b for b in w.blocks if bowl and w.state.base(b) != bowl and _room(w.state, bowl, [b])])
    y = _one(w, [b for b in w.blocks if b != x])
    if not x or not y:
        return None
    text = f"The {x} should be in the {bowl} and the {y} should be in the bin."
    return _made(w, text, rels(Rel("in", x, bowl), Rel("in_bin", y)))


# ----- desiderative ------------------------------------------------------------------------------------
def t296_des_chef2(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"I want the {x} stacked on the {y}. Chop chop!", rels(Rel("on", x, y)))


def t296_des_italian3(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"I would like that the {x} goes in the bin, please.", rels(Rel("in_bin", x)))


def t296_des_scientist2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _one(w, w.blocks)
    if not bowl or set(w.state.in_bowl(bowl)) == {x}:
        return None
    text = f"My objective: the {bowl} should contain the {x} and nothing else."
    return _made(w, text, _only_in(bowl, {x}))


def t296_des_toddlerparent(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"i want the {bowl} empty pls", empty(bowl))


def t296_des_pensioner(w: World) -> Made:
    x, corner = _one(w, w.blocks), w.rng.choice(CORNERS)
    text = (f"I'd like the {x} over in the {corner}, if you please. It's like rearranging the furniture in the "
            "front room, this is.")
    return _made(w, text, rels(Rel("at", x, corner)))


def t296_des_plain77(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    x, y = w.pick(w.blocks, 2)
    if not _room(w.state, bowl, [x, y]):
        return None
    text = f"I'd like the {x} and the {y} both in the {bowl}."
    return _made(w, text, rels(Rel("in", x, bowl), Rel("in", y, bowl)))


# ----- quantified --------------------------------------------------------------------------------------
def t296_qua_chef2(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "All blocks in the bin. Everything. Go!", binned(w.blocks))


def t296_qua_italian3(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) < 2])
    if not bowl:
        return None
    text = f"Please, put exactly two blocks in the {bowl}, not more and not less."
    return _made(w, text, lambda _i, f: len(f.in_bowl(bowl)) == 2)


def t296_qua_scientist2(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowls = list(w.bowls)
    return _made(w, "Arrange it so that each bowl contains exactly one block.",
                 lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))


def t296_qua_toddlerparent(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"put all teh blocks in the {bowl} plz", rels(*(Rel("in", b, bowl) for b in w.blocks)))


def t296_qua_pensioner(w: World) -> Made:
    out = [b for b in w.blocks if w.state.base(b) == TABLE]
    if not out or len(out) > 5:
        return None
    text = ("Every block that's sitting out on the table should go in the bin, please, dear. Tidy table, tidy mind, "
            "my mother used to say.")
    return _made(w, text, binned(out))


def t296_qua_plain77(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all of the blocks into a single tower.", _one_tower(list(w.blocks)))


# ----- negated -----------------------------------------------------------------------------------------
def t296_neg_chef2(w: World) -> Made:
    x = _one(w, w.blocks)
    rest = [b for b in w.blocks if b != x]
    if len(rest) > 5:
        return None
    return _made(w, f"Everything in the bin except the {x}.", binned(rest), none_binned([x]))


def t296_neg_italian3(w: World) -> Made:
    bowl, x = _one(w, w.bowls), _one(w, w.blocks)
    rest = [b for b in w.blocks if b != x]
    if not bowl or len(rest) > layout.BOWL_CAPACITY:
        return None
    text = f"Put all the blocks into the {bowl} apart the {x}, please."
    return _made(w, text, rels(*(Rel("in", b, bowl) for b in rest), Rel("in", x, bowl, negated=True)))


def t296_neg_scientist2(w: World) -> Made:
    out = [b for b in w.blocks if w.state.base(b) == TABLE]
    if len(out) < 2:
        return None
    x = w.rng.choice(out)
    rest = [b for b in out if b != x]
    if len(rest) > 5:
        return None
    text = f"Transfer every block currently on the table to the bin, with the exception of the {x}."
    return _made(w, text, binned(rest), none_binned([x]))


def t296_neg_toddlerparent(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"empty the {bowl} but dont put anythng in the bin", empty(bowl), none_binned(w.blocks))


def t296_neg_pensioner(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in (x, y)]
    if len(rest) > 5:
        return None
    text = (f"Would you put all the blocks in the bin except the {x} and the {y}? I've always had a soft spot for "
            "those two colours.")
    return _made(w, text, binned(rest), none_binned([x, y]))


def t296_neg_plain77(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x)
    return _made(w, f"Take the {x} out of the {bowl}, but don't put it in the bin.", _not_in(x, bowl, BIN))


# ----- relative ----------------------------------------------------------------------------------------
def t296_rel_chef2(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    return _made(w, f"The block on top of the {below}: in the bin. Now.", rels(Rel("in_bin", top)))


def t296_rel_italian3(w: World) -> Made:
    pair = w.pick(w.pairs())
    bowl = _one(w, w.bowls)
    if not pair or not bowl:
        return None
    top, below = pair[0]
    if w.state.base(below) != bowl and not _room(w.state, bowl, [below]):
        return None
    text = f"Take the block under the {top} and put it in the {bowl}."
    return _made(w, text, rels(Rel("in", below, bowl)))


def _alone(w: World, b: str) -> bool:
    """A block standing by itself on the table: nothing under it, nothing on it."""
    return w.state.support[b] in _GROUND and w.state.is_clear(b)


def _nearest(w: World, target: str, others: list[str]) -> str | None:
    """The block in `others` clearly nearest `target`, when it stands alone and no other object is nearly as near."""
    if not others:
        return None
    ranked = sorted(others, key=lambda b: w.dist(b, target))
    best = ranked[0]
    if not _alone(w, best):
        return None
    if len(ranked) > 1 and w.dist(ranked[1], target) - w.dist(best, target) < 0.05:
        return None
    return best


def t296_rel_scientist2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl:
        return None
    x = _nearest(w, bowl, list(w.blocks))
    if not x:
        return None
    return _made(w, f"Move the block nearest to the {bowl} into the bin.", rels(Rel("in_bin", x)))


def t296_rel_toddlerparent(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"the block in the {bowl} put it on teh table pls", rels(Rel("on_table", x)))


def t296_rel_pensioner(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] in _GROUND and not w.state.is_clear(b)])
    bowl = _one(w, w.bowls)
    if not x or not bowl:
        return None
    top = w.state.above(x)[0]
    if not _room(w.state, bowl, [top]):
        return None
    text = (f"There's a little stack with the {x} at the bottom. Would you take the one right at the top and pop it "
            f"in the {bowl}? Mind it doesn't topple.")
    return _made(w, text, rels(Rel("in", top, bowl)))


def t296_rel_plain77(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if _alone(w, b)])
    if not x:
        return None
    y = _nearest(w, x, [b for b in w.blocks if b != x])
    if not y:
        return None
    return _made(w, f"Put the block closest to the {x} in the bin.", rels(Rel("in_bin", y)))


# ----- keep --------------------------------------------------------------------------------------------
def t296_keep_chef2(w: World) -> Made:
    x = _one(w, w.blocks)
    y = _one(w, [b for b in w.blocks if b != x and b not in w.state.above(x)])
    if not y:
        return None
    return _made(w, f"The {x} in the bin. The {y} stays put.", rels(Rel("in_bin", x)), kept(y))


def t296_keep_italian3(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    pairs = [(x, y) for x in w.blocks for y in w.blocks
             if x not in inside and y not in inside and _can_on(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"Put the {x} on the {y}, but leave the {bowl} how it is."
    return _made(w, text, rels(Rel("on", x, y)), kept(*inside), _only_in(bowl, set(inside)))


def t296_keep_scientist2(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.is_clear(b)])
    if not x:
        return None
    others = [b for b in w.blocks if b != x]
    text = f"Relocate the {x} to the middle. All other blocks are to remain in their current positions."
    return _made(w, text, rels(Rel("at", x, MIDDLE)), kept(*others))


def t296_keep_toddlerparent(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    y = _one(w, [b for b in w.blocks if b not in inside])
    if not y:
        return None
    text = f"empty the {bowl} onto the table n leave the {y} alone"
    return _made(w, text, _on_ground(*inside), kept(y))


def t296_keep_pensioner(w: World) -> Made:
    s = w.state
    triples = [(x, y, z) for x in w.blocks for y in w.blocks if _can_on(s, x, y)
               for z in w.blocks if z not in (x, y) and z not in s.above(x) and z not in s.above(y)]
    if not triples:
        return None
    x, y, z = w.rng.choice(triples)
    text = (f"I'd like the {x} put on top of the {y}, but do leave the {z} just where it is. It's been there since "
            "Tuesday and I've grown rather fond of it.")
    return _made(w, text, rels(Rel("on", x, y)), kept(z))


def t296_keep_plain77(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if not x:
        return None
    return _made(w, f"Clear everything out of the {bowl} but keep the {x} where it is.", empty(bowl), kept(x))


# ----- multi-step --------------------------------------------------------------------------------------
def t296_multi_chef2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    x, y = w.pick(w.blocks, 2)
    if not _room(w.state, bowl, [x, y]):
        return None
    text = f"First: the {x} in the {bowl}. Then: the {y} on the {x}. Go."
    return _made(w, text, rels(Rel("in", x, bowl), Rel("on", y, x)))


def t296_multi_italian3(w: World) -> Made:
    pairs = [(y, z) for y in w.blocks for z in w.blocks if _can_on(w.state, y, z)]
    if not pairs:
        return None
    y, z = w.rng.choice(pairs)
    x = _one(w, [b for b in w.blocks if b not in (y, z)])
    if not x:
        return None
    text = f"First you put the {x} in the bin, after you put the {y} on the {z}."
    return _made(w, text, rels(Rel("in_bin", x), Rel("on", y, z)))


def t296_multi_scientist2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    corner = w.rng.choice(CORNERS)
    text = f"Step 1: move the {x} to the {corner}. Step 2: stack the {y} on the {x}."
    return _made(w, text, rels(Rel("at", x, corner), Rel("on", y, x)))


def t296_multi_toddlerparent(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if not x:
        return None
    return _made(w, f"first empty the {bowl} then put the {x} in it", _only_in(bowl, {x}))


def t296_multi_pensioner(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    text = (f"First, would you lift the {top} off the {below}, and then put it in the bin? One thing at a time, "
            "my late husband always said.")
    return _made(w, text, rels(Rel("in_bin", top)))


def t296_multi_plain77(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] not in _GROUND])
    y = _one(w, [b for b in w.blocks if b != x])
    if not x or not y:
        return None
    text = f"Put the {x} on the table first, then put the {y} on top of it."
    return _made(w, text, rels(Rel("on_table", x), Rel("on", y, x)))


# ----- questions ---------------------------------------------------------------------------------------
def t296_q_chef2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return f"How many blocks in the {bowl}? Quick.", answered(str(len(w.state.in_bowl(bowl))))


def t296_q_italian3(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in w.blocks if s.support[b] in (TABLE, *w.bowls)
                 or (s.support[b] in s.support and s.support[s.support[b]] == TABLE)])
    if not x:
        return None
    return f"Where is the {x}? I don't find it.", answered(s.support[x])


def t296_q_scientist2(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    pair = w.pick(w.pairs())
    if pair and w.rng.random() < 0.5:
        x, y = pair[0]
    else:
        x, y = w.pick(w.blocks, 2)
    flag = holds(Rel("on", x, y), w.state)
    text = f"Two questions: is the {x} on the {y}, and how many blocks are in the {bowl}?"
    return text, answered(f"{yes(flag).lower()}|{len(w.state.in_bowl(bowl))}")


def t296_q_toddlerparent(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if 1 <= len(w.state.in_bowl(b)) <= 2])
    if not bowl:
        return None
    return f"whats in teh {bowl}", answered("|".join(w.state.in_bowl(bowl)))


def t296_q_pensioner(w: World) -> Made:
    bowl = _one(w, w.bowls)
    inside = w.state.in_bowl(bowl) if bowl else []
    x = w.rng.choice(inside) if inside and w.rng.random() < 0.5 else _one(w, w.blocks)
    if not bowl or not x:
        return None
    text = f"Is the {x} in the {bowl}, dear? My eyes aren't what they used to be."
    return text, answered(yes(w.state.base(x) == bowl))


def t296_q_plain77(w: World) -> Made:
    pair = w.pick(w.pairs())
    n = w.state.count_at(TABLE)
    if not pair or n < 1:
        return None
    top, below = pair[0]
    text = f"How many blocks are on the table? And what's sitting on top of the {below}?"
    return text, answered(f"{n}|{top}")


# ----- colour matching ---------------------------------------------------------------------------------
def _matchable(w: World) -> list[Rel]:
    want = matching(w)
    return want if want and not all(holds(r, w.state) for r in want) else []


def t296_match_chef2(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    return _made(w, "Blocks into the bowls of the same colour. Go!", rels(*want))


def t296_match_italian3(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    return _made(w, "Please put every block in the bowl of his same colour.", rels(*want))


def t296_match_scientist2(w: World) -> Made:
    want = _matchable(w)
    rest = [b for b in w.blocks if w.colour(b) not in _bowl_of(w)]
    if not want or len(rest) > 5:
        return None
    text = ("Sort by colour: each block with a bowl of the same colour goes into that bowl; all remaining blocks go "
            "to the bin.")
    return _made(w, text, rels(*want), binned(rest))


def t296_match_toddlerparent(w: World) -> Made:
    by = _bowl_of(w)
    x = _one(w, [b for b in w.blocks if w.colour(b) in by and w.state.base(b) != by[w.colour(b)]])
    if not x:
        return None
    bowl = by[w.colour(x)]
    if not _room(w.state, bowl, [x]):
        return None
    return _made(w, f"put the {x} in the bowl thats the same colour", rels(Rel("in", x, bowl)))


def t296_match_pensioner(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    s = w.state
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if any(b in s.above(m) for m in movers for b in rest):
        return None
    if any(len([b for b in s.in_bowl(r.target) if b in rest]) + 1 > layout.BOWL_CAPACITY for r in want):
        return None
    text = ("Could you put the blocks in the bowls that match their colours, and leave the others just where they "
            "are? My granddaughter loves a matching game.")
    return _made(w, text, rels(*want), kept(*rest))


def t296_match_plain77(w: World) -> Made:
    by = _bowl_of(w)
    colours = {w.colour(b): b for b in w.blocks}
    src = _one(w, [bowl for c, bowl in by.items() if c in colours])
    if not src:
        return None
    x = colours[w.colour(src)]
    dst = _one(w, [b for b in w.bowls if b != src and w.state.base(x) != b and _room(w.state, b, [x])])
    if not dst:
        return None
    text = f"Move the block that's the same colour as the {src} into the {dst}."
    return _made(w, text, rels(Rel("in", x, dst)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("chef2", "italian3", "scientist2", "toddlerparent", "pensioner", "plain77")
FRESH296: list[Template] = [
    (f"t296_{short}_{style}", category, globals()[f"t296_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
