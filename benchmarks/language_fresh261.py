"""`FRESH261`, the two-hundred-and-sixty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- chemist: "Step 1: pick up the red block. Step 2: lower it into the blue bowl and release it."
- filipino: "Please put the red block on top of the green block po, thank you."
- fisherman: "Take the red block over to the top left corner, there's a good lad."
- texter: "put the red block in the bin pls"
- polite4: "I'm so sorry to bother you, but could you possibly stack the red block on the blue block?"
- plain42: "Empty the blue bowl into the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 45b43cc, the code of b5d55d5, before anything it could prompt): 0.88
goal-correct (264 of 300), 30 refused, two questions, three wrong actions and one wrong reply. The wrong actions: the
fisherman's "I'd fancy a little tower on the table out of X, Y and Z, like a lighthouse." only took a block off another.
The wrong reply: the apologetic person's "I'm so sorry to bother you, but how many blocks are in W, and is X in a bowl
at all?" answered only the second question. The questions: the fisherman's tower, twice. The refusals: the Filipino
speaker's "X should be on top of Y na."; the fisherman's "That X belongs in the bin, it does. Been cluttering the place
long enough.", "Clear out W, but don't you go tossing anything in the bin." and "Tip W out into the bin, but leave V be,
just as she is."; the chemist's "Procedure: place every block into the bin, one at a time, until none remain out."; the
apologetic person's "I'm sorry to ask so much, but first could you empty W onto the table, and then put X into it? Thank
you!"
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
from sim.core.relations import Rel
from sim.core.symbolic import SymState

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _live(w: World) -> list[str]:
    """Blocks not in the bin (nor held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _depth(w: World, b: str) -> int:
    return len(_below(w, b)) + 1


def _same_tower(w: World, a: str, b: str) -> bool:
    return a in _below(w, b) or b in _below(w, a)


def _can_stack(w: World, top: str, below: str) -> bool:
    return top != below and not _same_tower(w, top, below) and _depth(w, below) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _one_tower(blocks: list[str]) -> Check:
    """All of `blocks` in one tower, any order, standing anywhere but the bin."""

    def check(_i: SymState, f: SymState) -> bool:
        sup = f.support
        bottoms = [b for b in blocks if sup[b] not in blocks]
        if len(bottoms) != 1 or f.base(bottoms[0]) in (BIN, "gripper"):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _nearest(w: World, pos: tuple[float, float], cands: list[str], margin: float = 0.03) -> str | None:
    """The candidate nearest `pos`, if it is clearly nearer than every other one."""
    if len(cands) < 2:
        return None
    d = []
    for b in cands:
        p = w.scene.get(b).position
        d.append((((p[0] - pos[0]) ** 2 + (p[1] - pos[1]) ** 2) ** 0.5, b))
    d.sort()
    return d[0][1] if d[1][0] - d[0][0] >= margin else None


def _bowl_with_room(w: World, block: str, need: int = 1) -> str | None:
    bowls = [o for o in w.bowls if _room(w, o) >= need and w.state.base(block) != o]
    return w.pick(bowls)[0] if bowls else None


# ----- imperative ---------------------------------------------------------------------------------------
def t261_imp_chemist(w: World) -> Made:
    b = w.pick(_live(w))[0]
    bowl = _bowl_with_room(w, b)
    if not bowl:
        return None
    return _made(w, f"Step 1: pick up the {b}. Step 2: lower it into the {bowl} and release it.",
                 _act(rels(Rel("in", b, bowl))))


def t261_imp_filipino(w: World) -> Made:
    live = _live(w)
    opts = [(a, b) for a in live for b in live if _can_stack(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"Please put the {a} on top of the {b} po, thank you.", _act(rels(Rel("on", a, b))))


def t261_imp_fisherman(w: World) -> Made:
    b = w.pick(_live(w))[0]
    place = w.rng.choice(CORNERS)
    return _made(w, f"Take the {b} over to the {place}, there's a good lad.", _act(rels(Rel("at", b, place))))


def t261_imp_texter(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return _made(w, f"put the {b} in the bin pls", _act(binned([b])))


def t261_imp_polite4(w: World) -> Made:
    live = _live(w)
    opts = [(a, b) for a in live for b in live if _can_stack(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"I'm so sorry to bother you, but could you possibly stack the {a} on the {b}? "
                    "Thank you so much, and sorry again.", _act(rels(Rel("on", a, b))))


def t261_imp_plain42(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Empty the {bowl} into the bin.", _act(binned(w.state.in_bowl(bowl)), empty(bowl)))


# ----- declarative --------------------------------------------------------------------------------------
def t261_dec_chemist(w: World) -> Made:
    b = w.pick(_live(w))[0]
    bowl = _bowl_with_room(w, b)
    if not bowl:
        return None
    return _made(w, f"Required end state: the {b} resting inside the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t261_dec_filipino(w: World) -> Made:
    live = _live(w)
    opts = [(a, b) for a in live for b in live if _can_stack(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"The {a} should be on top of the {b} na.", _act(rels(Rel("on", a, b))))


def t261_dec_fisherman(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return _made(w, f"That {b} belongs in the bin, it does. Been cluttering the place long enough.",
                 _act(binned([b])))


def t261_dec_texter(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return _made(w, f"the {b} shud be in the {MIDDLE}", _act(rels(Rel("at", b, MIDDLE))))


def t261_dec_polite4(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"If it isn't too much trouble, the {bowl} ought to be empty. Sorry, and thank you!",
                 _act(empty(bowl)))


def t261_dec_plain42(w: World) -> Made:
    two = w.pick(_live(w), 2)
    if not two:
        return None
    a, b = two
    return _made(w, f"The {a} and the {b} should both be in the bin.", _act(binned([a, b])))


# ----- desiderative -------------------------------------------------------------------------------------
def t261_des_chemist(w: World) -> Made:
    b = w.pick(_live(w))[0]
    bowl = _bowl_with_room(w, b)
    if not bowl:
        return None
    return _made(w, f"I require the {b} to be placed in the {bowl}. Please proceed.",
                 _act(rels(Rel("in", b, bowl))))


def t261_des_filipino(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I want the {a} on the table, not on the {b} anymore.", _act(rels(Rel("on_table", a))))


def t261_des_fisherman(w: World) -> Made:
    three = w.pick(_live(w), 3)
    if not three:
        return None
    a, b, c = three
    return _made(w, f"I'd fancy a little tower on the table out of the {a}, the {b} and the {c}, "
                    "like a lighthouse.", _act(rels(Rel("tower", a, b, c))))


def t261_des_texter(w: World) -> Made:
    b = w.pick(_live(w))[0]
    place = w.rng.choice(CORNERS)
    return _made(w, f"i want the {b} in the {place}", _act(rels(Rel("at", b, place))))


def t261_des_polite4(w: World) -> Made:
    b = w.pick(_live(w))[0]
    return _made(w, f"I'd be ever so grateful if the {b} could end up in the bin. Sorry to be a nuisance!",
                 _act(binned([b])))


def t261_des_plain42(w: World) -> Made:
    live = _live(w)
    opts = [(a, b) for a in live for b in live if _can_stack(w, a, b)]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"My goal is to have the {a} sitting on the {b}.", _act(rels(Rel("on", a, b))))


# ----- quantified ---------------------------------------------------------------------------------------
def t261_qua_chemist(w: World) -> Made:
    return _made(w, "Procedure: place every block into the bin, one at a time, until none remain out.",
                 _act(binned(w.blocks)))


def t261_qua_filipino(w: World) -> Made:
    live = _live(w)
    if len(live) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Put all the blocks inside the {bowl} please.",
                 _act(rels(*(Rel("in", b, bowl) for b in live))))


def t261_qua_fisherman(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if len(_live(w)) < 2:
        return None
    return _made(w, f"I want exactly two blocks in the {bowl}. No more, no fewer, mind.",
                 _act(count_in(bowl, 2)))


def t261_qua_texter(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(o) for o in w.bowls) or len(_live(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    return _made(w, "put 1 block in each bowl", _act(*(count_in(o, 1) for o in bowls)))


def t261_qua_polite4(w: World) -> Made:
    inb = [b for b in w.in_bowls() if w.state.base(b) != BIN]
    if not inb:
        return None
    return _made(w, "Sorry to ask, but could every block that's in a bowl go into the bin, please? Thank you!",
                 _act(binned(inb)))


def t261_qua_plain42(w: World) -> Made:
    live = _live(w)
    if len(live) != len(w.blocks) or len(live) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all the blocks into one tower.", _act(_one_tower(live)))


# ----- negated ------------------------------------------------------------------------------------------
def t261_neg_chemist(w: World) -> Made:
    live = _live(w)
    keep = w.rng.choice(live)
    rest = [b for b in live if b != keep]
    return _made(w, f"Transfer all blocks to the bin, with the exception of the {keep}.",
                 _act(binned(rest), none_binned([keep])))


def t261_neg_filipino(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b = w.pick(live, 2)
    rest = [x for x in live if x not in (a, b)]
    return _made(w, f"Put the blocks in the bin but not the {a} and the {b}, those ones stay.",
                 _act(binned(rest), none_binned([a, b])))


def t261_neg_fisherman(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Clear out the {bowl}, but don't you go tossing anything in the bin.",
                 _act(empty(bowl), none_binned(w.blocks)))


def t261_neg_texter(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"move the {a} off the {b} but dont put it in the bin",
                 _act(rels(Rel("on", a, b, negated=True)), none_binned([a])))


def t261_neg_polite4(w: World) -> Made:
    live = _live(w)
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in live if w.state.base(b) != bowl]
    if not outside:
        return None
    skip = w.rng.choice(outside)
    rest = [b for b in live if b != skip]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"So sorry, could you put all the blocks except the {skip} into the {bowl}? "
                    "I really appreciate it.",
                 _act(rels(*(Rel("in", b, bowl) for b in rest)), lambda _i, f: f.base(skip) != bowl))


def t261_neg_plain42(w: World) -> Made:
    live = _live(w)
    inb = [b for b in live if w.state.base(b) in w.bowls]
    out = [b for b in live if b not in inb]
    if not inb or not out:
        return None
    return _made(w, "Put every block that isn't in a bowl into the bin.", _act(binned(out), none_binned(inb)))


# ----- relative -----------------------------------------------------------------------------------------
def t261_rel_chemist(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = _bowl_with_room(w, a)
    if not bowl:
        return None
    return _made(w, f"Identify the block resting directly on the {b}, then transfer that block to the {bowl}.",
                 _act(rels(Rel("in", a, bowl))))


def t261_rel_filipino(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Put the block under the {a} inside the bin.", _act(binned([b])))


def t261_rel_fisherman(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    p = w.scene.get(bowl).position
    b = _nearest(w, (p[0], p[1]), _live(w))
    if not b:
        return None
    return _made(w, f"Fetch me the block nearest the {bowl} and drop it in the bin.", _act(binned([b])))


def t261_rel_texter(w: World) -> Made:
    tops = [b for b in _live(w) if w.state.is_clear(b) and w.state.support[b] in w.state.support]
    if not tops:
        return None
    tops.sort(key=lambda b: -_depth(w, b))
    if len(tops) > 1 and _depth(w, tops[0]) == _depth(w, tops[1]):
        return None
    top = tops[0]
    return _made(w, "take the top block off the tallest stack n put it in the bin", _act(binned([top])))


def t261_rel_polite4(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"Could you kindly move the block that's in the {bowl} over to the bin? "
                    "Sorry for the bother.", _act(binned([b])))


def t261_rel_plain42(w: World) -> Made:
    corner = w.rng.choice(CORNERS)
    b = _nearest(w, layout.PLACES[corner], _live(w))
    if not b:
        return None
    return _made(w, f"Move the block closest to the {corner} into the bin.", _act(binned([b])))


# ----- keep ---------------------------------------------------------------------------------------------
def t261_keep_chemist(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    if b in w.state.above(a):
        return None
    return _made(w, f"Transfer the {a} to the bin. Constraint: the {b} must remain exactly where it is.",
                 _act(binned([a]), kept(b)))


def t261_keep_filipino(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    bowl = _bowl_with_room(w, a)
    if not bowl or b in w.state.above(a):
        return None
    return _made(w, f"Put the {a} in the {bowl} but the {b}, just leave it where it is.",
                 _act(rels(Rel("in", a, bowl)), kept(b)))


def t261_keep_fisherman(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full or len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(full)
    other = w.rng.choice([o for o in w.bowls if o != bowl])
    theirs = w.state.in_bowl(other)
    return _made(w, f"Tip the {bowl} out into the bin, but leave the {other} be, just as she is.",
                 _act(binned(w.state.in_bowl(bowl)), kept(*theirs),
                      lambda _i, f: sorted(f.in_bowl(other)) == sorted(theirs)))


def t261_keep_texter(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    if not _can_stack(w, a, b) or c in w.state.above(a) or c in w.state.above(b):
        return None
    return _made(w, f"stack the {a} on the {b} but dont touch the {c}",
                 _act(rels(Rel("on", a, b)), kept(c)))


def t261_keep_polite4(w: World) -> Made:
    live = _live(w)
    keep = [b for b in live if w.state.support[b] not in w.state.support]
    if not keep or len(live) < 2:
        return None
    k = w.rng.choice(keep)
    rest = [b for b in live if b != k]
    return _made(w, f"Sorry, could you put every block in the bin, only please keep the {k} where it is? "
                    "Thank you ever so much.", _act(binned(rest), kept(k)))


def t261_keep_plain42(w: World) -> Made:
    clear = [b for b in w.clear_blocks() if w.state.support[b] != MIDDLE]
    if not clear:
        return None
    b = w.rng.choice(clear)
    others = [x for x in w.blocks if x != b]
    return _made(w, f"Move the {b} to the {MIDDLE} and keep everything else where it is.",
                 _act(rels(Rel("at", b, MIDDLE)), kept(*others)))


# ----- multi-step ---------------------------------------------------------------------------------------
def t261_multi_chemist(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    bowl = _bowl_with_room(w, b)
    if not bowl:
        return None
    return _made(w, f"Step 1: place the {a} in the bin. Step 2: place the {b} in the {bowl}.",
                 _act(binned([a]), rels(Rel("in", b, bowl))))


def t261_multi_filipino(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)  # a on b, then c on a
    under = _below(w, b)
    if a in under or c in under or _depth(w, b) + 2 > layout.MAX_TOWER:
        return None
    return _made(w, f"First, put the {a} on the {b}, then after put the {c} on top of the {a}.",
                 _act(rels(Rel("on", a, b), Rel("on", c, a))))


def t261_multi_fisherman(w: World) -> Made:
    opts = [(b, w.state.base(b)) for b in w.in_bowls()]
    if not opts:
        return None
    a, bowl = w.rng.choice(opts)
    rest = [b for b in _live(w) if w.state.base(b) != bowl]
    if not rest:
        return None
    c = w.rng.choice(rest)
    return _made(w, f"First get the {a} out of the {bowl} and onto the table, then set the {c} in that bowl.",
                 _act(rels(Rel("on_table", a), Rel("in", c, bowl))))


def t261_multi_texter(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    return _made(w, f"first put the {a} in the bin then move the {b} to the {MIDDLE}",
                 _act(binned([a]), rels(Rel("at", b, MIDDLE))))


def t261_multi_polite4(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _live(w) if b not in inside]
    if not outside:
        return None
    b = w.rng.choice(outside)
    return _made(w, f"I'm sorry to ask so much, but first could you empty the {bowl} onto the table, "
                    f"and then put the {b} into it? Thank you!",
                 _act(rels(Rel("in", b, bowl)), lambda _i, f: all(f.base(x) in (TABLE, *PLACES) for x in inside)))


def t261_multi_plain42(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    corner = w.rng.choice(CORNERS)
    return _made(w, f"Put the {a} in the {corner}, then put the {b} on top of it.",
                 _act(rels(Rel("at", a, corner), Rel("on", b, a))))


# ----- questions ----------------------------------------------------------------------------------------
def t261_q_chemist(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return f"Query: how many blocks are presently in the {bowl}?", answered(str(n))


def t261_q_filipino(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
    else:
        two = w.pick(w.blocks, 2)
        if not two or _same_tower(w, two[0], two[1]) and w.state.support[two[0]] != two[1]:
            return None
        a, b = two
    on = w.state.support[a] == b
    return f"Is the {a} on top of the {b}?", answered(yes(on))


def t261_q_fisherman(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.support[b] in (TABLE, *w.bowls)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    s = w.state.support[b]
    return f"Where's the {b} got to, then?", answered("table" if s == TABLE else s)


def t261_q_texter(w: World) -> Made:
    n = w.state.count_at(TABLE)
    return "how many blocks r on the table rn", answered(str(n))


def t261_q_polite4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    b = w.rng.choice(w.blocks)
    inside = w.state.base(b) in w.bowls
    return (f"I'm so sorry to bother you, but how many blocks are in the {bowl}, and is the {b} in a bowl at all?",
            answered(f"{n}|{yes(inside).lower()}"))


def t261_q_plain42(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    up = w.state.on_top(b)
    return f"What's sitting on the {b}?", answered(up[0] if up else "nothing")


# ----- matching -----------------------------------------------------------------------------------------
def t261_match_chemist(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort the blocks by colour: each block whose colour matches a bowl goes into that bowl.",
                 _act(rels(*want)))


def t261_match_filipino(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put the blocks to the bowls with the same color as them, please.", _act(rels(*want)))


def t261_match_fisherman(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"The {r.block} ought to go in the bowl of its own colour, I reckon.", _act(rels(r)))


def t261_match_texter(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    if not want or not rest:
        return None
    return _made(w, "match the blocks to the same color bowls, the rest go in the bin",
                 _act(rels(*want), binned(rest)))


def t261_match_polite4(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Could you please put the block that matches the {r.target} into it? Sorry, and thanks!",
                 _act(rels(r)))


def t261_match_plain42(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    others = [b for b in w.blocks if b not in matched]
    if not want or any(o in w.state.above(m) for o in others for m in matched):
        return None
    return _made(w, "Put each block that has a bowl of the same colour into that bowl, "
                    "and leave the others where they are.", _act(rels(*want), kept(*others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("chemist", "filipino", "fisherman", "texter", "polite4", "plain42")
FRESH261: list[Template] = [
    (f"t261_{short}_{style}", category, globals()[f"t261_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
