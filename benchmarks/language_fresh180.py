"""`FRESH180`, the hundred-and-eighty-first untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words. A primary-school teacher shows the robot to a class, a retired engineer writes
precise, chatty full sentences, an office receptionist keeps it quick and friendly, a gardener uses plain outdoor
words, a teenager types in lowercase between games, and someone dictates while cooking in spoken run-on sentences.
They ask for the everyday jobs: a block into a bowl, onto another block or a named place, small towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table. The checks accept every end state the words allow (any order, any free choice of where moved-aside blocks go
unless the words say), require the gripper to be empty after an action, and never accept doing nothing.
The six styles:

- teacher: "Let's see you put the red block in the blue bowl. Can you show us?"
- engineer: "Kindly place the red block on top of the green block, if you would be so good."
- receptionist: "Could you just move the red block over to the middle real quick? Thanks!"
- gardener: "Pop the red block in the bin."
- teen: "ok so stack the red block on the green block and the blue block on the red block pls"
- cooking: "okay can you grab the red block and put it down in the top left corner please"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 6850491, the code of 39050fc, before anything it could prompt): 0.8267
goal-correct (248 of 300), 40 refused, 2 asked. Five wrong actions, all one template: "I'd like X over in the top left
corner and then um make it so Y is sitting on top of it" put Y on X where X stood (X never moved). Five wrong replies:
"How many blocks have I got in the bowls, all told?" got 'I don't see'. The refusals: "and hang on which bowl is X in
again", "do not disturb X while doing so", "ensure that X is not moved in the process", "put X in a bowl for me, just not
W though, any other bowl is fine", "so X has its own colour bowl right, put it in there and then um Y can go on top of
it", "Of the blocks outside W, shift the one nearest to it over to the middle", "put the blocks in the bowls that are
their colour, leave the other ones where they are pls".
"""

from __future__ import annotations

import math

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, both, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel


# ----- helpers ----------------------------------------------------------------------------------------
def _act(w: World, text: str, *checks: Check) -> Made:
    """An action instance: None when the goal already holds; the check also wants the gripper empty."""
    goal = both(*checks)
    if goal(w.state, w.state):
        return None
    return text, lambda i, f: f.held is None and goal(i, f)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _colour(name: str) -> str:
    return name.split()[0]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _bowl(w: World) -> str:
    return w.rng.choice(w.bowls)


def _not_above(w: World, keep: str, *moved: str) -> bool:
    """Whether `keep` can stay put while `moved` blocks are moved (it is none of them and not above any)."""
    return all(keep != m and keep not in w.state.above(m) for m in moved)


def _base_in(bases: tuple[str, ...], *blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) in bases for b in blocks)


def _off(block: str, below: str) -> Check:
    return lambda _i, f: f.support[block] != below


def _matched(w: World) -> dict[str, str]:
    """block -> the bowl of its colour, for every block that has one."""
    return {r.args[0]: r.args[1] for r in matching(w)}


def _lone(w: World, b: str) -> bool:
    """A block with nothing on it and no block under it (alone on the table or in a bowl)."""
    return w.state.is_clear(b) and w.state.support[b] not in w.state.support


def _nearest(w: World, point: tuple[float, float], among: list[str] | None = None) -> str | None:
    """The block (of `among`) clearly nearest `point` (5 cm ahead of any other), when it stands alone; else None."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return math.hypot(p[0] - point[0], p[1] - point[1])

    ranked = sorted(w.blocks if among is None else among, key=d)
    if len(ranked) < 2 or d(ranked[1]) - d(ranked[0]) < 0.05 or not _lone(w, ranked[0]):
        return None
    return ranked[0]


# ----- imperative ---------------------------------------------------------------------------------------
def t180_imp_teacher(w: World) -> Made:
    a, bowl = w.rng.choice(w.blocks), _bowl(w)
    text = w.rng.choice([f"Let's see you put the {a} in the {bowl}. Can you show us?",
                         f"Can you show us how to put the {a} into the {bowl}, please? Off you go!"])
    return _act(w, text, rels(Rel("in", a, bowl)))


def t180_imp_engineer(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([f"Kindly place the {a} on top of the {b}, if you would be so good.",
                         f"Would you kindly pick up the {a} and set it down on the {b}? Much obliged."])
    return _act(w, text, rels(Rel("on", a, b)))


def t180_imp_receptionist(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), _place(w)
    text = w.rng.choice([f"Could you just move the {a} over to the {place} real quick? Thanks!",
                         f"Hi! Just pop the {a} in the {place} for me, thanks!"])
    return _act(w, text, rels(Rel("at", a, place)))


def t180_imp_gardener(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    text = w.rng.choice([f"Pop the {a} in the bin.", f"Chuck the {a} in the bin, would you."])
    return _act(w, text, binned([a]))


def t180_imp_teen(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = f"ok so stack the {a} on the {b} and the {c} on the {a} pls"
    return _act(w, text, rels(Rel("on", a, b), Rel("on", c, a)))


def t180_imp_cooking(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), _place(w)
    text = w.rng.choice([f"okay can you grab the {a} and put it down in the {place} please",
                         f"right so take the {a} and move it to the {place} yeah the {place}"])
    return _act(w, text, rels(Rel("at", a, place)))


# ----- declarative --------------------------------------------------------------------------------------
def t180_dec_teacher(w: World) -> Made:
    a, bowl = w.rng.choice(w.blocks), _bowl(w)
    text = f"Class, when our robot is finished, the {a} will be sitting inside the {bowl}. Let's watch!"
    return _act(w, text, rels(Rel("in", a, bowl)))


def t180_dec_engineer(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = (f"The arrangement I am after is as follows: the {a} rests on the {b}, and the {c} rests directly on "
            "the table.")
    return _act(w, text, rels(Rel("on", a, b), Rel("on_table", c)))


def t180_dec_receptionist(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    text = w.rng.choice([f"The {a} should be in the bin. Thanks!", f"Quick one: the {a} belongs in the bin, thanks!"])
    return _act(w, text, binned([a]))


def t180_dec_gardener(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), _place(w)
    text = f"{_cap(a)} in the {place}, that's where it lives."
    return _act(w, text, rels(Rel("at", a, place)))


def t180_dec_teen(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"ok so the {a} goes on top of the {b} thx"
    return _act(w, text, rels(Rel("on", a, b)))


def t180_dec_cooking(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = _bowl(w)
    text = f"so the {a} should be in the {bowl} and the {b} should be in the {bowl} as well and that's it"
    return _act(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- desiderative -------------------------------------------------------------------------------------
def t180_des_teacher(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"We'd like to see the {a} on top of the {b}. Can you help us, robot?"
    return _act(w, text, rels(Rel("on", a, b)))


def t180_des_engineer(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = _bowl(w)
    text = (f"I would like you to ensure that the {a} ends up in the bin, and that the {b} ends up in the "
            f"{bowl}.")
    return _act(w, text, binned([a]), rels(Rel("in", b, bowl)))


def t180_des_receptionist(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), _place(w)
    text = f"I'd love the {a} in the {place}, thanks so much!"
    return _act(w, text, rels(Rel("at", a, place)))


def t180_des_gardener(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"I want the {a} and the {b} both gone in the bin."
    return _act(w, text, binned([a, b]))


def t180_des_teen(w: World) -> Made:
    a, bowl = w.rng.choice(w.blocks), _bowl(w)
    text = f"i want the {a} in the {bowl} pls"
    return _act(w, text, rels(Rel("in", a, bowl)))


def t180_des_cooking(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = _place(w)
    text = f"I'd like the {a} over in the {place} and then um make it so the {b} is sitting on top of it"
    return _act(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


# ----- quantified ---------------------------------------------------------------------------------------
def t180_qua_teacher(w: World) -> Made:
    text = w.rng.choice(["Let's put every single block in the bin! Can you show us how?",
                         "Can you show the class how to put all of the blocks into the bin?"])
    return _act(w, text, binned(w.blocks))


def t180_qua_engineer(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Kindly ensure that every block currently sitting in a bowl is moved to the bin."
    return _act(w, text, binned(inside))


def t180_qua_receptionist(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Just put two blocks in the {bowl}, any two you like, thanks!"
    return _act(w, text, count_in(bowl, 2))


def t180_qua_gardener(w: World) -> Made:
    place = _place(w)
    text = f"Heap all the blocks up in the {place}."
    return _act(w, text, rels(*(Rel("at", b, place) for b in w.blocks)))


def t180_qua_teen(w: World) -> Made:
    loose = w.state.on_the_table()
    if not w.in_bowls():
        return None  # "on the table" only means something beside the blocks in bowls
    text = "ok so every block on the table goes in the bin pls, not the ones in bowls"
    return _act(w, text, binned(loose), none_binned(w.in_bowls()))


def t180_qua_cooking(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"okay so take all the blocks out of the {bowl} and put them on the table"
    return _act(w, text, _base_in((TABLE, *PLACES), *inside))


# ----- negated ------------------------------------------------------------------------------------------
def t180_neg_teacher(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != a]
    text = f"Let's put all the blocks in the bin except the {a}. Can you do that for us?"
    return _act(w, text, binned(others), none_binned([a]))


def t180_neg_engineer(w: World) -> Made:
    a, bowl = w.rng.choice(w.blocks), _bowl(w)
    keep = [b for b in w.blocks if _not_above(w, b, a)]
    if not keep:
        return None
    b = w.rng.choice(keep)
    text = f"Kindly move the {a} into the {bowl}, but do not disturb the {b} while doing so."
    return _act(w, text, rels(Rel("in", a, bowl)), kept(b))


def t180_neg_receptionist(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"Could you just empty the {bowl}, but not into the bin please? Thanks!"
    return _act(w, text, empty(bowl), none_binned(inside))


def t180_neg_gardener(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Shift the {a} off the {b}, but don't put it in the bin."
    return _act(w, text, _off(a, b), none_binned([a]))


def t180_neg_teen(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    text = f"ok so the {a} shouldnt be in the {bowl} anymore, just put it on the table pls"
    return _act(w, text, rels(Rel("on_table", a)))


def t180_neg_cooking(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a, bowl = w.rng.choice(w.blocks), _bowl(w)
    others = tuple(b for b in w.bowls if b != bowl)
    text = f"put the {a} in a bowl for me, just not the {bowl} though, any other bowl is fine"
    return _act(w, text, _base_in(others, a))


# ----- relative -----------------------------------------------------------------------------------------
def t180_rel_teacher(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = _bowl(w)
    text = f"Can you find the block sitting on top of the {b}? Let's put that one in the {bowl}."
    return _act(w, text, rels(Rel("in", a, bowl)))


def t180_rel_engineer(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.state.in_bowl(bowl)[0]
    c = w.rng.choice([b for b in w.blocks if b != a])
    text = f"Kindly take the block that is resting in the {bowl} and place it on the {c}."
    return _act(w, text, rels(Rel("on", a, c)))


def t180_rel_receptionist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, below = w.rng.choice(pairs)
    text = f"Real quick, could you put the block under the {a} in the bin? Thanks!"
    return _act(w, text, binned([below]))


def t180_rel_gardener(w: World) -> Made:
    options = []
    for bowl in w.bowls:
        p = w.scene.get(bowl).position
        a = _nearest(w, (p[0], p[1]), [b for b in w.blocks if w.state.base(b) != bowl])
        if a is not None:
            options.append((a, bowl))
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    place = _place(w)
    if w.state.in_bowl(bowl):
        text = f"Of the blocks outside the {bowl}, shift the one nearest to it over to the {place}."
    else:
        text = f"Shift the block nearest the {bowl} over to the {place}."
    return _act(w, text, rels(Rel("at", a, place)))


def t180_rel_teen(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"ok so whatever blocks r in the {bowl} put them in the bin pls"
    return _act(w, text, binned(w.state.in_bowl(bowl)))


def t180_rel_cooking(w: World) -> Made:
    a = _nearest(w, layout.BIN_CENTER)
    if a is None:
        return None
    bowl = _bowl(w)
    text = f"take the block that's closest to the bin and um put it in the {bowl}"
    return _act(w, text, rels(Rel("in", a, bowl)))


# ----- keep ---------------------------------------------------------------------------------------------
def t180_keep_teacher(w: World) -> Made:
    a, bowl = w.rng.choice(w.blocks), _bowl(w)
    keep = [b for b in w.blocks if _not_above(w, b, a)]
    if not keep:
        return None
    b = w.rng.choice(keep)
    text = f"Let's put the {a} in the {bowl}, and leave the {b} right where it is."
    return _act(w, text, rels(Rel("in", a, bowl)), kept(b))


def t180_keep_engineer(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    keep = [c for c in w.blocks if _not_above(w, c, a, b)]
    if not keep:
        return None
    c = w.rng.choice(keep)
    text = f"Kindly stack the {a} on the {b}; please ensure that the {c} is not moved in the process."
    return _act(w, text, rels(Rel("on", a, b)), kept(c))


def t180_keep_receptionist(w: World) -> Made:
    a = w.rng.choice(w.clear_blocks())
    others = [b for b in w.blocks if b != a]
    text = f"Just bin the {a} for me, thanks! Leave everything else as it is."
    return _act(w, text, binned([a]), kept(*others))


def t180_keep_gardener(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    a, b = w.pick(clear, 2)
    others = [c for c in w.blocks if c != a]
    text = f"Pop the {a} on top of the {b} and leave the rest be."
    return _act(w, text, rels(Rel("on", a, b)), kept(*others))


def t180_keep_teen(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    keep = [b for b in w.blocks if _not_above(w, b, a)]
    if not keep:
        return None
    b = w.rng.choice(keep)
    text = f"ok put the {a} in the bin but dont touch the {b} thx"
    return _act(w, text, binned([a]), kept(b))


def t180_keep_cooking(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    a, place = w.rng.choice(outside), _place(w)
    text = f"so the {a} goes over to the {place} and oh whatever's in the {bowl} stays where it is"
    return _act(w, text, rels(Rel("at", a, place)), kept(*inside))


# ----- multi_step ---------------------------------------------------------------------------------------
def t180_multi_teacher(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = _bowl(w)
    text = f"First, let's put the {a} in the {bowl}. Next, can you put the {b} on top of the {a}?"
    return _act(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def t180_multi_engineer(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    p1, p2 = w.pick(list(PLACES), 2)
    text = (f"Kindly perform the following steps in order: first, move the {a} to the {p1}; second, move the "
            f"{b} to the {p2}.")
    return _act(w, text, rels(Rel("at", a, p1), Rel("at", b, p2)))


def t180_multi_receptionist(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"Real quick: toss the {a} in the bin, then the {b} as well. Thanks!"
    return _act(w, text, binned([a, b]))


def t180_multi_gardener(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    place = _place(w)
    text = f"Shift the {a} to the {place}, then heap the {b} on it, then the {c} on top of that."
    return _act(w, text, rels(Rel("at", a, place), Rel("on", b, a), Rel("on", c, b)))


def t180_multi_teen(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = _bowl(w)
    text = f"ok first put the {a} in the {bowl} then put the {b} in the bin thx"
    return _act(w, text, rels(Rel("in", a, bowl)), binned([b]))


def t180_multi_cooking(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = (f"put the {a} on the table and then the {b} on top of the {a} and then oh and then the {c} goes "
            "in the bin")
    return _act(w, text, rels(Rel("on_table", a), Rel("on", b, a)), binned([c]))


# ----- question -----------------------------------------------------------------------------------------
def t180_q_teacher(w: World) -> Made:
    bowl = _bowl(w)
    n = len(w.state.in_bowl(bowl))
    text = f"Can you tell the class how many blocks are in the {bowl}?"
    return text, answered(str(n))


def t180_q_engineer(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    text = f"Kindly tell me whether the {a} is resting directly on the {b}."
    return text, answered(yes(w.state.support[a] == b))


def t180_q_receptionist(w: World) -> Made:
    bowl = _bowl(w)
    text = f"Quick question, is there anything in the {bowl}? Thanks!"
    return text, answered(yes(bool(w.state.in_bowl(bowl))))


def t180_q_gardener(w: World) -> Made:
    text = "How many blocks have I got in the bowls, all told?"
    return text, answered(str(len(w.in_bowls())))


def t180_q_teen(w: World) -> Made:
    present = [w.colour(b) for b in w.blocks]
    absent = [c for c in layout.COLOURS if c not in present]
    colour = w.rng.choice(present if (w.rng.random() < 0.5 or not absent) else absent)
    text = f"is there a {colour} block anywhere"
    return text, answered(yes(colour in present))


def t180_q_cooking(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    text = f"and hang on which bowl is the {a} in again"
    return text, answered(w.state.base(a))


# ----- matching -----------------------------------------------------------------------------------------
def t180_match_teacher(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Let's sort the blocks by colour: can you put each block into the bowl of the same colour?"
    return _act(w, text, rels(*want))


def t180_match_engineer(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    a = w.rng.choice(sorted(pairs))
    text = f"Kindly place the {a} in the bowl whose colour matches its own."
    return _act(w, text, rels(Rel("in", a, pairs[a])))


def t180_match_receptionist(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Colour match real quick: every block goes in the bowl of its own colour, if there is one. Thanks!"
    return _act(w, text, rels(*want))


def t180_match_gardener(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in _matched(w)]
    text = "Sort the blocks into the bowls by colour, and heap the rest in the bin."
    return _act(w, text, rels(*want), binned(rest))


def t180_match_teen(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    rest = [b for b in w.blocks if b not in pairs]
    moving = [b for b, bowl in pairs.items() if w.state.base(b) != bowl]
    if any(not _not_above(w, r, *moving) for r in rest):
        return None  # a block to leave alone sits on one that has to move
    text = "ok so put the blocks in the bowls that are their colour, leave the other ones where they are pls"
    return _act(w, text, rels(*matching(w)), kept(*rest))


def t180_match_cooking(w: World) -> Made:
    pairs = _matched(w)
    if not pairs:
        return None
    a = w.rng.choice(sorted(pairs))
    b = w.rng.choice([x for x in w.blocks if x != a])
    text = f"so the {a} has its own colour bowl right, put it in there and then um the {b} can go on top of it"
    return _act(w, text, rels(Rel("in", a, pairs[a]), Rel("on", b, a)))


# ----- the batch ----------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("teacher", "engineer", "receptionist", "gardener", "teen", "cooking")
FRESH180: list[Template] = [
    (f"t180_{short}_{style}", category, globals()[f"t180_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
