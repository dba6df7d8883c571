"""`FRESH301`, the three-hundred-and-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window
in their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table (one or two in a message). Six kinds of people write them:
- plumber3: a plumber, blunt and practical: "Green block goes on the red block."
- russian3: a Russian speaker writing English with small slips: "I want that the blue block is in the red bowl."
- nurse2: a nurse, calm and kind: "Could you move the red block over to the top left corner, please? Thank you."
- student2: a student, hurried and casual: "chuck the blue block in the bin"
- uncle3: an uncle, jokey and rambling: "See the block that's furthest from the red bowl? Poor little guy looks lonely."
- plain82: a plain, ordinary adult with no quirks: "Put any two of the blocks into the green bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5fafd4a, the code of 5fafd4a, before anything it could prompt): 0.8867
goal-correct (266 of 300), 30 refused, no question, 4 wrong actions. The wrong actions: a nurse's 'Could you sort the
blocks into the bowls of the same colour, please? The ones without a matching bowl can stay just where they are.' took a
block without a matching bowl out of a bowl. The refusals: an uncle's jokes around his requests ('Don't ask me why, the
wife wants it that way and I've learned not to argue.', 'Way I see it, ... Always has. Make it so, number one, ha!',
'The white block? Don't you lay a finger on it. The rest of the blocks though, all of 'em, in the bin. Chop chop.',
'..., except, now hear me, X. That's my lucky block. That one stays right where it is, capisce?', 'Step three, there is
no step three, ha!', 'Pop quiz, robot, my nephew says you're smart: ...? No cheating!').
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
_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    if check(w.state, w.state):
        return None
    return text, _act(check)


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _grounded(w: World, block: str) -> bool:
    """The block's tower stands on the table (or a named place on it)."""
    return w.state.base(block) in _GROUND


def _stackable(w: World, top: str, below: str) -> bool:
    """Putting `top` on `below` is possible where `below` stands now: a tower on the table, not too high."""
    return (top != below and _grounded(w, below) and top not in _below(w.state, below)
            and len(_below(w.state, below)) + 2 <= layout.MAX_TOWER)


def _on_ground(*blocks: str) -> Check:
    """'On the table', as people mean it: the block's tower stands on the table."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _choice(w: World, items: list):
    return w.rng.choice(items) if items else None


def _pair(w: World, ok) -> tuple[str, str] | None:
    cands = [(a, b) for a in w.blocks for b in w.blocks if a != b and ok(a, b)]
    return _choice(w, cands)


def _solo_top(w: World, block: str) -> str | None:
    """The one block resting on `block`, when exactly one block is above it."""
    above = w.state.above(block)
    return above[0] if len(above) == 1 else None


def _lone_pairs(w: World) -> list[tuple[str, str]]:
    """(top, under) where under stands straight on the table or in a bowl and top is the only block above it."""
    return [(t, u) for t, u in w.pairs() if w.state.support[u] not in w.state.support and _solo_top(w, u) == t]


def _matched(w: World) -> dict[str, str]:
    """Block -> the bowl of its colour."""
    return {r.args[0]: r.args[1] for r in matching(w)}


# ----- imperative -----------------------------------------------------------------------------------
def t301_imp_plumber3(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b) > 0])
    if bowl is None:
        return None
    block = _choice(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if block is None:
        return None
    return _made(w, f"Stick the {block} in the {bowl}.", rels(Rel("in", block, bowl)))


def t301_imp_russian3(w: World) -> Made:
    pair = _pair(w, lambda a, b: _stackable(w, a, b))
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"Please, put the {a} on the {b}.", rels(Rel("on", a, b)))


def t301_imp_nurse2(w: World) -> Made:
    block, place = _choice(w, w.blocks), _choice(w, _CORNERS)
    return _made(w, f"Could you move the {block} over to the {place}, please? Thank you.",
                 rels(Rel("at", block, place)))


def t301_imp_student2(w: World) -> Made:
    block = _choice(w, w.blocks)
    return _made(w, f"chuck the {block} in the bin", binned([block]))


def t301_imp_uncle3(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Alright robot, here's a job for you. The {bowl}, empty it out, whatever's in it goes in the "
                    "bin. Don't ask me why, the wife wants it that way and I've learned not to argue.",
                 both(binned(inside), lambda _i, f: not f.in_bowl(bowl)))


def t301_imp_plain82(w: World) -> Made:
    block = _choice(w, w.in_bowls())
    if block is None:
        return None
    bowl = w.state.base(block)
    return _made(w, f"Take the {block} out of the {bowl} and set it down on the table.", _on_ground(block))


# ----- declarative ----------------------------------------------------------------------------------
def t301_dec_plumber3(w: World) -> Made:
    pair = _pair(w, lambda a, b: _stackable(w, a, b))
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"{a.capitalize()} goes on the {b}.", rels(Rel("on", a, b)))


def t301_dec_russian3(w: World) -> Made:
    block = _choice(w, w.in_bowls())
    if block is None:
        return None
    return _made(w, f"The {block} must be on the table, not in the bowl.", _on_ground(block))


def t301_dec_nurse2(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b) > 0])
    if bowl is None:
        return None
    block = _choice(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if block is None:
        return None
    return _made(w, f"When you're all done, the {block} should be sitting in the {bowl}. Thank you so much.",
                 rels(Rel("in", block, bowl)))


def t301_dec_student2(w: World) -> Made:
    block = _choice(w, w.blocks)
    return _made(w, f"{block} should be in the bin", binned([block]))


def t301_dec_uncle3(w: World) -> Made:
    block, place = _choice(w, w.blocks), _choice(w, list(PLACES))
    where = "right in the middle of the table" if place == "middle" else f"in the {place}"
    return _made(w, f"Way I see it, the {block} belongs {where}. Always has. Make it so, number one, ha!",
                 rels(Rel("at", block, place)))


def t301_dec_plain82(w: World) -> Made:
    pair = _pair(w, lambda a, b: True)
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"The {a} should be on top of the {b}, and the {b} should be in the middle of the table.",
                 rels(Rel("on", a, b), Rel("at", b, "middle")))


# ----- desiderative ---------------------------------------------------------------------------------
def t301_des_plumber3(w: World) -> Made:
    block = _choice(w, w.blocks)
    return _made(w, f"I want the {block} gone. Bin.", binned([block]))


def t301_des_russian3(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b) > 0])
    if bowl is None:
        return None
    block = _choice(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if block is None:
        return None
    return _made(w, f"I want that the {block} is in the {bowl}.", rels(Rel("in", block, bowl)))


def t301_des_nurse2(w: World) -> Made:
    block = _choice(w, w.blocks)
    return _made(w, f"I'd like the {block} moved over to the middle of the table, if that's alright with you.",
                 rels(Rel("at", block, "middle")))


def t301_des_student2(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b) > 0])
    if bowl is None:
        return None
    block = _choice(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if block is None:
        return None
    return _made(w, f"i want the {block} in the {bowl} asap", rels(Rel("in", block, bowl)))


def t301_des_uncle3(w: World) -> Made:
    pair = _pair(w, lambda a, b: _stackable(w, a, b))
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"You know what would make my day? The {a} sitting right on top of the {b}, like a little hat. "
                    "Ha! A little hat.", rels(Rel("on", a, b)))


def t301_des_plain82(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    pair = _pair(w, lambda a, b: a < b)
    if pair is None:
        return None
    a, b = pair
    if sum(w.state.base(x) != bowl for x in pair) > _room(w, bowl):
        return None
    return _made(w, f"My goal is to have both the {a} and the {b} in the {bowl}.",
                 rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- quantified -----------------------------------------------------------------------------------
def t301_qua_plumber3(w: World) -> Made:
    table = w.state.on_the_table()
    if not 2 <= len(table) <= 5:
        return None
    return _made(w, "All the blocks on the table, in the bin.", binned(table))


def t301_qua_russian3(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if len(w.blocks) < 2:
        return None
    return _made(w, f"In the {bowl} must be exactly two blocks.", count_in(bowl, 2))


def t301_qua_nurse2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Could you please take every block out of the bowls and put them on the table?",
                 _on_ground(*inside))


def t301_qua_student2(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls) or any(len(w.state.in_bowl(b)) > 1 for b in w.bowls):
        return None
    return _made(w, "one block in each bowl pls", lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in w.bowls))


def t301_qua_uncle3(w: World) -> Made:
    inside = w.in_bowls()
    if not 1 <= len(inside) <= 5:
        return None
    return _made(w, "Spring cleaning, folks! Empty every bowl into the bin. Every last block, and I mean every one, "
                    "my mother-in-law is coming over.",
                 both(binned(inside), lambda _i, f: not any(f.in_bowl(b) for b in w.bowls)))


def t301_qua_plain82(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(outside) < 2 or _room(w, bowl) < 2:
        return None
    return _made(w, f"Put any two of the blocks into the {bowl}.",
                 lambda i, f: len(set(f.in_bowl(bowl)) - set(i.in_bowl(bowl))) == 2)


# ----- negated --------------------------------------------------------------------------------------
def t301_neg_plumber3(w: World) -> Made:
    keep = _choice(w, w.blocks)
    rest = [b for b in w.blocks if b != keep]
    if len(rest) > 5:
        return None
    return _made(w, f"Everything in the bin except the {keep}.", both(binned(rest), none_binned([keep])))


def t301_neg_russian3(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    stay = _choice(w, inside)
    out = [b for b in inside if b != stay]
    return _made(w, f"Please take all blocks out of the {bowl}, but not the {stay}.",
                 both(rels(Rel("in", stay, bowl)), lambda _i, f: all(f.base(b) != bowl for b in out)))


def t301_neg_nurse2(w: World) -> Made:
    table, inside = w.state.on_the_table(), w.in_bowls()
    if not inside or not 1 <= len(table) <= 5:
        return None
    return _made(w, "Could you put all the blocks into the bin, apart from the ones in the bowls? Those can stay put.",
                 both(binned(table), kept(*inside)))


def t301_neg_student2(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY + 1:
        return None
    skip, bowl = _choice(w, w.blocks), _choice(w, w.bowls)
    rest = [b for b in w.blocks if b != skip]
    return _made(w, f"put everything but the {skip} in the {bowl}",
                 rels(*(Rel("in", b, bowl) for b in rest), Rel("in", skip, bowl, negated=True)))


def t301_neg_uncle3(w: World) -> Made:
    keep = _choice(w, [b for b in w.blocks if w.state.support[b] not in w.state.support])
    rest = [b for b in w.blocks if b != keep]
    if keep is None or len(rest) > 5:
        return None
    return _made(w, f"Now listen here. The {keep}? Don't you lay a finger on it. The rest of the blocks though, all "
                    "of 'em, in the bin. Chop chop.", both(binned(rest), kept(keep)))


def t301_neg_plain82(w: World) -> Made:
    block = _choice(w, w.in_bowls())
    if block is None:
        return None
    bowl = w.state.base(block)
    return _made(w, f"Get the {block} out of the {bowl}, but don't put it in the bin.",
                 lambda _i, f: f.base(block) not in (bowl, BIN))


# ----- relative -------------------------------------------------------------------------------------
def t301_rel_plumber3(w: World) -> Made:
    pair = _choice(w, [(t, u) for t, u in w.pairs() if _solo_top(w, u) == t])
    if pair is None:
        return None
    top, under = pair
    return _made(w, f"Whatever's sitting on the {under}, bin it.", binned([top]))


def t301_rel_russian3(w: World) -> Made:
    pair = _choice(w, _lone_pairs(w))
    if pair is None:
        return None
    top, under = pair
    bowl = _choice(w, [b for b in w.bowls if _room(w, b) > 0 and w.state.base(under) != b])
    if bowl is None:
        return None
    return _made(w, f"Please put the block which is under the {top} into the {bowl}.", rels(Rel("in", under, bowl)))


def _ranked(w: World, bowl: str) -> list[str]:
    return sorted((b for b in w.blocks if w.state.base(b) != bowl), key=lambda b: w.dist(b, bowl))


def t301_rel_nurse2(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b) > 0])
    if bowl is None:
        return None
    ranked = _ranked(w, bowl)
    if len(ranked) < 2 or w.dist(ranked[1], bowl) - w.dist(ranked[0], bowl) < 0.04:
        return None
    return _made(w, f"Would you mind putting the block that's closest to the {bowl} into it, please?",
                 rels(Rel("in", ranked[0], bowl)))


def t301_rel_student2(w: World) -> Made:
    pair = _choice(w, [(t, u) for t, u in w.pairs() if _solo_top(w, u) == t])
    if pair is None:
        return None
    top, under = pair
    place = _choice(w, _CORNERS)
    return _made(w, f"grab the block on top of the {under} and stick it in the {place}", rels(Rel("at", top, place)))


def t301_rel_uncle3(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b) > 0])
    if bowl is None:
        return None
    ranked = _ranked(w, bowl)
    if len(ranked) < 2 or w.dist(ranked[-1], bowl) - w.dist(ranked[-2], bowl) < 0.04:
        return None
    return _made(w, f"See the block that's furthest from the {bowl}? Poor little guy looks lonely out there. Bring "
                    f"him over and pop him in the {bowl}, would ya.", rels(Rel("in", ranked[-1], bowl)))


def t301_rel_plain82(w: World) -> Made:
    pair = _choice(w, _lone_pairs(w))
    if pair is None:
        return None
    top, under = pair
    return _made(w, f"Put the block that's under the {top} on top of the {top}.", rels(Rel("on", under, top)))


# ----- keep -----------------------------------------------------------------------------------------
def t301_keep_plumber3(w: World) -> Made:
    pair = _pair(w, lambda a, b: b not in w.state.above(a))
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"{a.capitalize()} in the bin. Leave the {b} where it is.", both(binned([a]), kept(b)))


def t301_keep_russian3(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b) > 0])
    pair = _pair(w, lambda a, b: b not in w.state.above(a) and w.state.base(a) != bowl)
    if bowl is None or pair is None:
        return None
    a, b = pair
    return _made(w, f"Please put the {a} into the {bowl}, the {b} let stay on its place.",
                 both(rels(Rel("in", a, bowl)), kept(b)))


def t301_keep_nurse2(w: World) -> Made:
    inside = w.in_bowls()
    pair = _pair(w, lambda a, b: a not in inside and _stackable(w, a, b))
    if not inside or pair is None:
        return None
    a, b = pair
    return _made(w, f"Please stack the {a} on the {b}, and leave everything in the bowls just as it is.",
                 both(rels(Rel("on", a, b)), kept(*inside)))


def t301_keep_student2(w: World) -> Made:
    pair = _pair(w, lambda a, b: b not in w.state.above(a))
    if pair is None:
        return None
    a, b = pair
    place = _choice(w, _CORNERS)
    return _made(w, f"move the {a} to the {place} but dont touch the {b}",
                 both(rels(Rel("at", a, place)), kept(b)))


def t301_keep_uncle3(w: World) -> Made:
    table = w.state.on_the_table()
    keep = _choice(w, [b for b in table if w.state.support[b] not in w.state.support])
    if keep is None:
        return None
    rest = [b for b in table if b != keep]
    if not 1 <= len(rest) <= 5:
        return None
    return _made(w, f"Right, everything on the table goes in the bin, except, now hear me, the {keep}. That's my lucky "
                    "block. That one stays right where it is, capisce?", both(binned(rest), kept(keep)))


def t301_keep_plain82(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    target, same = w.pick(w.bowls, 2)
    if _room(w, target) < 1:
        return None
    block = _choice(w, [b for b in w.blocks if w.state.base(b) not in (target, same)])
    if block is None:
        return None
    inside = w.state.in_bowl(same)
    return _made(w, f"Put the {block} in the {target} and keep the {same} exactly as it is.",
                 both(rels(Rel("in", block, target)), kept(*inside),
                      lambda i, f: set(f.in_bowl(same)) == set(i.in_bowl(same))))


# ----- multi-step -----------------------------------------------------------------------------------
def t301_multi_plumber3(w: World) -> Made:
    pair = _pair(w, lambda a, b: _stackable(w, a, b))
    if pair is None:
        return None
    a, b = pair
    first = _choice(w, [x for x in w.blocks if x not in pair])
    if first is None:
        return None
    return _made(w, f"First the {first} in the bin, then the {a} on the {b}.",
                 both(binned([first]), rels(Rel("on", a, b))))


def t301_multi_russian3(w: World) -> Made:
    block = _choice(w, w.in_bowls())
    if block is None:
        return None
    bowl = w.state.base(block)
    other = _choice(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if other is None:
        return None
    return _made(w, f"First take the {block} out from the {bowl} and put on the table. After, put the {other} into "
                    f"the {bowl}.", both(_on_ground(block), rels(Rel("in", other, bowl))))


def t301_multi_nurse2(w: World) -> Made:
    pair = _pair(w, lambda a, b: w.state.support[b] != TABLE)
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"First, could you put the {b} on the table? Then place the {a} on top of it, please.",
                 both(_on_ground(b), rels(Rel("on", a, b))))


def t301_multi_student2(w: World) -> Made:
    pair = _pair(w, lambda a, b: True)
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"first bin the {a} then put the {b} in the middle",
                 both(binned([a]), rels(Rel("at", b, "middle"))))


def t301_multi_uncle3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if not _grounded(w, b) or len(_below(w.state, b)) + 3 > layout.MAX_TOWER:
        return None
    return _made(w, f"Okay, step one, bear with me here: the {a} goes on the {b}. Step two, the {c} goes on top of "
                    f"the {a}. Step three, there is no step three, ha!", rels(Rel("on", a, b), Rel("on", c, a)))


def t301_multi_plain82(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if _room(w, b) > 0])
    if bowl is None:
        return None
    pair = _pair(w, lambda a, b: w.state.base(a) != bowl)
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"Move the {a} into the {bowl}, and after that put the {b} in the bin.",
                 both(rels(Rel("in", a, bowl)), binned([b])))


# ----- question -------------------------------------------------------------------------------------
def t301_q_plumber3(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    return f"How many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t301_q_russian3(w: World) -> Made:
    s = w.state
    cands = [b for b in w.blocks if s.support[b] in s.bowls or (s.support[b] in s.support and _grounded(w, b))]
    block = _choice(w, cands)
    if block is None:
        return None
    return f"Tell me please, where is the {block}?", answered(s.support[block])


def t301_q_nurse2(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = _choice(w, w.pairs())
        flag = True
    else:
        pair = _pair(w, lambda x, y: x not in w.state.above(y))
        if pair is None:
            return None
        a, b = pair
        flag = False
    return f"Is the {a} on top of the {b} at the moment?", answered(yes(flag))


def t301_q_student2(w: World) -> Made:
    block = _choice(w, [b for b in w.blocks if len(w.state.above(b)) <= 1])
    if block is None:
        return None
    top = _solo_top(w, block)
    return f"whats on the {block}", answered(top or "nothing")


def t301_q_uncle3(w: World) -> Made:
    block, bowl = _choice(w, w.blocks), _choice(w, w.bowls)
    flag = holds(Rel("in", block, bowl), w.state)
    return (f"Pop quiz, robot, my nephew says you're smart: how many bowls are there on that table, and is the {block} "
            f"in the {bowl}? No cheating!", answered(f"{len(w.bowls)}|{yes(flag).lower()}"))


def t301_q_plain82(w: World) -> Made:
    pair = _choice(w, [(t, u) for t, u in w.pairs() if _solo_top(w, u) == t])
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if pair is None or bowl is None:
        return None
    top, under = pair
    return (f"Which block is sitting on the {under}, and how many blocks are in the {bowl}?",
            answered(f"{top}|{len(w.state.in_bowl(bowl))}"))


# ----- matching -------------------------------------------------------------------------------------
def t301_match_plumber3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Match the blocks to the bowls by colour.", rels(*want))


def t301_match_russian3(w: World) -> Made:
    match = _matched(w)
    block = _choice(w, [b for b, bowl in match.items() if w.state.base(b) != bowl and _room(w, bowl) > 0])
    if block is None:
        return None
    bowl = match[block]
    return _made(w, f"Please put into the {bowl} the block which has same colour.", rels(Rel("in", block, bowl)))


def t301_match_nurse2(w: World) -> Made:
    match = _matched(w)
    others = [b for b in w.blocks if b not in match]
    if not match or any(o in w.state.above(m) for m in match for o in others):
        return None
    return _made(w, "Could you sort the blocks into the bowls of the same colour, please? The ones without a matching "
                    "bowl can stay just where they are.", both(rels(*matching(w)), kept(*others)))


def t301_match_student2(w: World) -> Made:
    match = _matched(w)
    block = _choice(w, [b for b, bowl in match.items() if w.state.base(b) != bowl and _room(w, bowl) > 0])
    if block is None:
        return None
    return _made(w, f"put the {block} in the bowl thats the same colour as it", rels(Rel("in", block, match[block])))


def t301_match_uncle3(w: World) -> Made:
    match = _matched(w)
    rest = [b for b in w.blocks if b not in match]
    if not match or not 1 <= len(rest) <= 5:
        return None
    return _made(w, "Colour coordination time, the wife would be proud! Every block that's got a bowl in its colour "
                    "goes in that bowl, and the rest of 'em go in the bin.", both(rels(*matching(w)), binned(rest)))


def t301_match_plain82(w: World) -> Made:
    match = _matched(w)
    if len(match) < 2:
        return None
    skip = _choice(w, [b for b, bowl in match.items() if w.state.base(b) != bowl])
    if skip is None:
        return None
    return _made(w, f"Put each block into the bowl of the same colour, except the {skip}.",
                 rels(*(Rel("in", b, bowl) for b, bowl in match.items() if b != skip),
                      Rel("in", skip, match[skip], negated=True)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("plumber3", "russian3", "nurse2", "student2", "uncle3", "plain82")
FRESH301: list[Template] = [
    (f"t301_{short}_{style}", category, globals()[f"t301_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
