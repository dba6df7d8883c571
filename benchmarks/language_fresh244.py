"""`FRESH244`, the two-hundred-and-forty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or to a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things alone, and plain questions about
the table, one or two in a message. The six personas, one style each:
- plumber2: a plumber, matter-of-fact, a word from the trade now and then: "Bin everything except the red block, it's
  still good."
- french: a French speaker writing English with small slips, object names right: "Please, you put the red block on
  the blue block."
- student3: a university student, casual, a bit rambling: "ok so can you move the green block to the top left corner,
  thanks"
- sergeant: a drill sergeant, barked orders, capital letters now and then: "THE BLUE BLOCK GOES IN THE BIN. NOW!"
- grandpa3: a grandfather, slow and kindly, long sentences: "Would you be so kind as to take the purple block and set
  it down in the middle of the table for me?"
- plain25: a plain, ordinary adult with no quirks at all: "Stack the red block on top of the green one."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 847d049, the code of a06aa1a, before anything it could prompt): 0.92
goal-correct (276 of 300), 21 refused, three questions, no wrong action and no wrong reply. The questions: the
sergeant's "THE TOP BLOCK OF THE STACK STANDING ON X! TO THE MIDDLE! NOW!". The refusals: the sergeant's "I WANT X ON Y,
SOLDIER!" and (once) "EVERY BLOCK WITH A BOWL OF ITS OWN COLOUR GOES IN THAT BOWL! THE REST GO IN THE BIN! MOVE!"; the
grandfather's "There's a block sitting all on its own in W; would you lift it out and put it on top of X for me,
please."; the plumber's "Leave X where it is, it's plumbed in."; the French speaker's "Put X in the bin, but W, you
don't touch it, the blocks inside stay like this."
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

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _empty_hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return both(*checks, _empty_hand)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(name: str) -> str:
    """'red block' -> 'red'."""
    return name.split()[0]


def _movable(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _stack_target(w: World, block: str) -> bool:
    """Whether a block can be set on `block`: its tower stands on the table and stays low enough."""
    return w.state.base(block) in _GROUND and len(_below(w, block)) + 2 <= layout.MAX_TOWER


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _onto(w: World) -> tuple[str, str] | None:
    """(block, target) for putting a block on another block."""
    pairs = [(a, b) for a in _movable(w) for b in _movable(w)
             if a != b and _stack_target(w, b) and a not in _below(w, b)]
    return w.rng.choice(pairs) if pairs else None


def _into(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(block, bowl) for putting a block in a bowl with room that it is not in yet."""
    pairs = [(a, bw) for a in _movable(w) for bw in w.bowls
             if a not in exclude and w.state.base(a) != bw and _room(w, bw) > 0]
    return w.rng.choice(pairs) if pairs else None


def _tower_of(blocks: list[str]) -> Check:
    """One tower of exactly these blocks, in any order, standing on the table or in a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        sups = [f.support[b] for b in blocks]
        outside = [s for s in sups if s not in group]
        if len(outside) != 1 or len(set(sups)) != len(sups):
            return False
        if outside[0] not in (*_GROUND, *f.bowls):
            return False
        return all(set(f.on_top(b)) <= group for b in blocks)
    return check


def _nearest(w: World, to: str, among: list[str]) -> str | None:
    """The one block of `among` clearly nearest `to` (None when two are about as near)."""
    ranked = sorted(among, key=lambda b: w.dist(b, to))
    if not ranked:
        return None
    if len(ranked) > 1 and w.dist(ranked[1], to) - w.dist(ranked[0], to) < 0.03:
        return None
    return ranked[0]


# ----- imperative -----------------------------------------------------------------------------------
def t244_imp_plumber2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bw = pick
    return _made(w, f"Run the {b} over to the {bw} and drop it in.", _act(rels(Rel("in", b, bw))))


def t244_imp_french(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"Please, you put the {a} on the {b}.", _act(rels(Rel("on", a, b))))


def t244_imp_student3(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"ok so can you move the {b[0]} to the {corner}, thanks", _act(rels(Rel("at", b[0], corner))))


def t244_imp_sergeant(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"THE {b[0].upper()} GOES IN THE BIN. NOW!", _act(binned(b)))


def t244_imp_grandpa3(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    text = (f"Would you be so kind as to take the {b[0]} and set it down in the {_MIDDLE} of the table for me, "
            "there's a good lad.")
    return _made(w, text, _act(rels(Rel("at", b[0], _MIDDLE))))


def t244_imp_plain25(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"Stack the {a} on top of the {_c(b)} one.", _act(rels(Rel("on", a, b))))


# ----- declarative ----------------------------------------------------------------------------------
def t244_dec_plumber2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bw = pick
    return _made(w, f"{b.capitalize()} goes in the {bw}. That's the job.", _act(rels(Rel("in", b, bw))))


def t244_dec_french(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"At the end, the {a} must be on the {b}.", _act(rels(Rel("on", a, b))))


def t244_dec_student3(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"so basically the {b[0]} should end up in the bin i think", _act(binned(b)))


def t244_dec_sergeant(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"THE {b[0].upper()} IS IN THE {corner.upper()} BY THE END OF THIS DRILL. UNDERSTOOD?"
    return _made(w, text, _act(rels(Rel("at", b[0], corner))))


def t244_dec_grandpa3(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bw = pick
    text = f"The {b} ought to be sitting in the {bw}, I always think, so if you'd be good enough to see to that."
    return _made(w, text, _act(rels(Rel("in", b, bw))))


def t244_dec_plain25(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"The {a} should be on top of the {b}.", _act(rels(Rel("on", a, b))))


# ----- desiderative ---------------------------------------------------------------------------------
def t244_des_plumber2(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return _made(w, f"I want the {b[0]} in the bin, it's scrap.", _act(binned(b)))


def t244_des_french(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bw = pick
    return _made(w, f"I would like that the {b} is in the {bw}, please.", _act(rels(Rel("in", b, bw))))


def t244_des_student3(w: World) -> Made:
    three = w.pick(_movable(w), 3)
    if not three:
        return None
    a, b, c = (_c(x) for x in three)
    text = f"honestly i'd love a tower of the {a}, {b} and {c} blocks, any order is fine tbh"
    return _made(w, text, _act(_tower_of(three)))


def t244_des_sergeant(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"I WANT THE {a.upper()} ON THE {b.upper()}, SOLDIER!", _act(rels(Rel("on", a, b))))


def t244_des_grandpa3(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    text = (f"What I'd really like, if it's no trouble at all, is for the {b[0]} to go over to the {corner}, "
            "where I can keep an eye on it.")
    return _made(w, text, _act(rels(Rel("at", b[0], corner))))


def t244_des_plain25(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    return _made(w, f"My goal is to have the {bw} empty.", _act(empty(bw)))


# ----- quantified -----------------------------------------------------------------------------------
def t244_qua_plumber2(w: World) -> Made:
    if len(_movable(w)) < 3:
        return None
    check = _act(lambda _i, f: f.count_at(BIN) == 3)
    return _made(w, "Chuck any three blocks in the bin, no more, no less.", check)


def t244_qua_french(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bw = w.rng.choice(w.bowls)
    return _made(w, f"Put all the blocks in the {bw}, please.", _act(rels(*(Rel("in", b, bw) for b in w.blocks))))


def t244_qua_student3(w: World) -> Made:
    bw = w.rng.choice(w.bowls)
    text = f"could you put exactly two blocks in the {bw}? doesn't matter which ones"
    return _made(w, text, _act(count_in(bw, 2)))


def t244_qua_sergeant(w: World) -> Made:
    if len(w.blocks) < len(w.bowls) or len(w.bowls) < 2:
        return None
    check = _act(*(count_in(bw, 1) for bw in w.bowls))
    return _made(w, "ONE BLOCK IN EACH BOWL! NO MORE, NO LESS! MOVE IT!", check)


def t244_qua_grandpa3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    text = (f"Would you mind taking each of the blocks out of the {bw} and putting them in the bin, one after "
            "the other; there's no hurry at all.")
    return _made(w, text, _act(binned(w.state.in_bowl(bw))))


def t244_qua_plain25(w: World) -> Made:
    if all(w.state.in_bowl(bw) for bw in w.bowls):
        return None
    check = _act(*(count_in(bw, 1, exact=False) for bw in w.bowls))
    return _made(w, "Make sure every bowl has at least one block in it.", check)


# ----- negated --------------------------------------------------------------------------------------
def t244_neg_plumber2(w: World) -> Made:
    keep = w.pick(w.blocks)
    if not keep:
        return None
    rest = [b for b in w.blocks if b != keep[0]]
    check = _act(binned(rest), none_binned(keep))
    return _made(w, f"Bin everything except the {keep[0]}, it's still good.", check)


def t244_neg_french(w: World) -> Made:
    keep = w.pick(w.blocks, 2)
    if not keep or len(w.blocks) < 3:
        return None
    rest = [b for b in w.blocks if b not in keep]
    check = _act(binned(rest), none_binned(keep))
    return _made(w, f"Put all blocks in the bin, except the {keep[0]} and the {keep[1]}.", check)


def t244_neg_student3(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose:
        return None
    return _made(w, "can you put all the blocks that aren't in a bowl into the bin", _act(binned(loose)))


def t244_neg_sergeant(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) for b in w.blocks if a != b and b not in w.state.above(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"LEAVE THE {b.upper()} ALONE AND PUT THE {a.upper()} IN THE BIN!"
    return _made(w, text, _act(binned([a]), kept(b)))


def t244_neg_grandpa3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bw = w.state.base(b)
    text = (f"I'd rather the {b} weren't in the {bw} any more, dear, so would you pop it out and put it "
            "wherever you think best.")
    return _made(w, text, _act(rels(Rel("in", b, bw, negated=True))))


def t244_neg_plain25(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    b = w.rng.choice(covered)
    return _made(w, f"Make sure nothing is sitting on top of the {b}.", _act(rels(Rel("clear", b))))


# ----- relative -------------------------------------------------------------------------------------
def t244_rel_plumber2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the block sitting on top of the {below} and drop it in the bin.", _act(binned([top])))


def t244_rel_french(w: World) -> Made:
    free = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not free:
        return None
    bw = w.rng.choice(free)
    near = _nearest(w, bw, _movable(w))
    if not near:
        return None
    text = f"The block which is the most close to the {bw}, put it inside the {bw}."
    return _made(w, text, _act(rels(Rel("in", near, bw))))


def t244_rel_student3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [bw for bw in w.bowls if _room(w, bw) > 0 and w.state.base(below) != bw]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    text = f"grab whatever block is under the {top} and put it in the {bw} pls"
    return _made(w, text, _act(rels(Rel("in", below, bw))))


def t244_rel_sergeant(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] in _GROUND and w.state.above(b)]
    if not bottoms:
        return None
    bottom = w.rng.choice(bottoms)
    top = w.state.above(bottom)[0]
    text = f"THE TOP BLOCK OF THE STACK STANDING ON THE {bottom.upper()}! TO THE {_MIDDLE.upper()}! NOW!"
    return _made(w, text, _act(rels(Rel("at", top, _MIDDLE))))


def t244_rel_grandpa3(w: World) -> Made:
    singles = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not singles:
        return None
    bw = w.rng.choice(singles)
    b = w.state.in_bowl(bw)[0]
    targets = [t for t in _movable(w) if t != b and _stack_target(w, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    text = (f"There's a block sitting all on its own in the {bw}; would you lift it out and put it on top of "
            f"the {t} for me, please.")
    return _made(w, text, _act(rels(Rel("on", b, t))))


def t244_rel_plain25(w: World) -> Made:
    alone = [b for b in _movable(w) if w.state.is_clear(b) and w.state.support[b] in _GROUND]
    if not alone:
        return None
    ref = w.rng.choice(alone)
    near = _nearest(w, ref, [b for b in _movable(w) if b != ref])
    if not near:
        return None
    return _made(w, f"Put the block nearest to the {ref} into the bin.", _act(binned([near])))


# ----- keep -----------------------------------------------------------------------------------------
def t244_keep_plumber2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bw = pick
    others = [o for o in w.blocks if o != b and o not in w.state.above(b)]
    if not others:
        return None
    o = w.rng.choice(others)
    text = f"Move the {b} to the {bw}. Leave the {o} where it is, it's plumbed in."
    return _made(w, text, _act(rels(Rel("in", b, bw)), kept(o)))


def t244_keep_french(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    outside = [b for b in _movable(w) if w.state.base(b) != bw]
    if not outside:
        return None
    b = w.rng.choice(outside)
    text = f"Put the {b} in the bin, but the {bw}, you don't touch it, the blocks inside stay like this."
    return _made(w, text, _act(binned([b]), kept(*w.state.in_bowl(bw))))


def t244_keep_student3(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    others = [o for o in w.blocks if o not in (a, b) and o not in w.state.above(a) and o not in w.state.above(b)]
    if not others:
        return None
    o = w.rng.choice(others)
    text = f"can you stack the {a} on the {b} but like don't move the {o} at all"
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(o)))


def t244_keep_sergeant(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    outside = [b for b in w.blocks if w.state.base(b) != bw]
    if not outside:
        return None
    o = w.rng.choice(outside)
    text = f"EMPTY THE {bw.upper()} INTO THE BIN! THE {o.upper()} STAYS PUT! GO!"
    return _made(w, text, _act(binned(w.state.in_bowl(bw)), kept(o)))


def t244_keep_grandpa3(w: World) -> Made:
    inside = w.in_bowls()
    loose = [b for b in _movable(w) if b not in inside]
    if not inside or not loose:
        return None
    b = w.rng.choice(loose)
    corner = w.rng.choice(_CORNERS)
    text = (f"I'd like the {b} moved over to the {corner}, but please leave everything in the bowls just as it "
            "is, if you would be so kind.")
    return _made(w, text, _act(rels(Rel("at", b, corner)), kept(*inside)))


def t244_keep_plain25(w: World) -> Made:
    clear = w.clear_blocks()
    pairs = [(a, b) for a in clear for b in clear if a != b and _stack_target(w, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    rest = [o for o in w.blocks if o != a]
    text = f"Put the {a} on the {b} and keep all the other blocks where they are."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(*rest)))


# ----- multi-step -----------------------------------------------------------------------------------
def t244_multi_plumber2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bw = pick
    others = [o for o in _movable(w) if o != b]
    if not others:
        return None
    o = w.rng.choice(others)
    text = f"First the {o} in the bin, then the {b} in the {bw}. Job done."
    return _made(w, text, _act(binned([o]), rels(Rel("in", b, bw))))


def t244_multi_french(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    y = w.rng.choice(inside)
    bw = w.state.base(y)
    targets = [t for t in _movable(w) if t != y and _stack_target(w, t)]
    if not targets:
        return None
    g = w.rng.choice(targets)
    text = f"First you take the {y} out of the {bw}, after you put it on the {g}."
    return _made(w, text, _act(rels(Rel("on", y, g))))


def t244_multi_student3(w: World) -> Made:
    raised = [b for b in _movable(w) if w.state.support[b] not in _GROUND]
    if not raised:
        return None
    c = w.rng.choice(raised)
    others = [o for o in _movable(w) if o != c and o not in _below(w, c)]
    if not others:
        return None
    r = w.rng.choice(others)
    text = f"ok first put the {c} on the table, then stack the {r} on top of it"
    return _made(w, text, _act(rels(Rel("on_table", c), Rel("on", r, c))))


def t244_multi_sergeant(w: World) -> Made:
    two = w.pick(_movable(w), 2)
    if not two:
        return None
    g, b = two
    corner = w.rng.choice(_CORNERS)
    text = (f"STEP ONE: {g.upper()} TO THE {corner.upper()}! STEP TWO: {b.upper()} ON TOP OF IT! "
            "EXECUTE!")
    return _made(w, text, _act(rels(Rel("at", g, corner), Rel("on", b, g))))


def t244_multi_grandpa3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    outside = [b for b in _movable(w) if w.state.base(b) != bw]
    if not outside:
        return None
    r = w.rng.choice(outside)
    text = (f"First of all, would you empty the {bw} into the bin, and then, once that's done, put the {r} "
            f"into that same {bw} for me.")
    return _made(w, text, _act(binned(w.state.in_bowl(bw)), rels(Rel("in", r, bw))))


def t244_multi_plain25(w: World) -> Made:
    three = w.pick(_movable(w), 3)
    if not three:
        return None
    r, b, g = three
    text = f"Move the {r} to the {_MIDDLE}, then put the {b} in the bin, and after that put the {g} on the {r}."
    return _made(w, text, _act(rels(Rel("at", r, _MIDDLE), Rel("in_bin", b), Rel("on", g, r))))


# ----- questions ------------------------------------------------------------------------------------
def t244_q_plumber2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    return f"How many blocks in the {bw} right now?", answered(str(len(w.state.in_bowl(bw))))


def t244_q_french(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    s = w.state.support[b]
    if s in w.state.support or s in w.bowls:
        where = s
    elif s == TABLE:
        where = TABLE
    else:
        return None
    return f"Where is the {b}, please?", answered(where)


def t244_q_student3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    colour = w.colour(w.state.base(b))
    text = f"hey how many blocks are there in total? and what colour is the bowl the {b} is in"
    return text, answered(f"{len(w.blocks)}|{colour}")


def t244_q_sergeant(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"WHAT IS ON TOP OF THE {below.upper()}? REPORT!", answered(top)


def t244_q_grandpa3(w: World) -> Made:
    singles = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not singles:
        return None
    bw = w.rng.choice(singles)
    b = w.state.in_bowl(bw)[0]
    text = (f"My eyes aren't what they used to be, I'm afraid; could you tell me what colour the block in the "
            f"{bw} is?")
    return text, answered(w.colour(b))


def t244_q_plain25(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    bw = w.rng.choice(w.bowls)
    return f"Is the {b} in the {bw}?", answered(yes(holds(Rel("in", b, bw), w.state)))


# ----- matching -------------------------------------------------------------------------------------
def t244_match_plumber2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Each block goes in the bowl the same colour as it, where there is one.", _act(rels(*want)))


def t244_match_french(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Put the {r.block} in the bowl which has the same colour.", _act(rels(r)))


def t244_match_student3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    targets = [t for t in _movable(w) if t != r.block and r.block not in _below(w, t) and _stack_target(w, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    text = f"can you stack whichever block is the same colour as the {r.target} on top of the {t}"
    return _made(w, text, _act(rels(Rel("on", r.block, t))))


def t244_match_sergeant(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    text = "EVERY BLOCK WITH A BOWL OF ITS OWN COLOUR GOES IN THAT BOWL! THE REST GO IN THE BIN! MOVE!"
    return _made(w, text, _act(rels(*want), binned(rest)))


def t244_match_grandpa3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    bw = r.target
    others = [b for b in _movable(w) if b != r.block and w.state.base(b) != bw]
    if not others or _room(w, bw) < 1:
        return None
    b = w.rng.choice(others)
    text = (f"Would you put the {b} into the bowl that's the same colour as the {r.block}; I think it'll look "
            "rather nice in there.")
    return _made(w, text, _act(rels(Rel("in", b, bw))))


def t244_match_plain25(w: World) -> Made:
    want = matching(w)
    loose = [r for r in want if not holds(r, w.state)]
    if len(want) < 2 or not loose:
        return None
    skip = w.rng.choice(loose)
    others = [r for r in want if r != skip]
    text = f"Put each block in the bowl that matches its colour, except the {_c(skip.block)} one."
    return _made(w, text, _act(rels(*others), rels(Rel("in", skip.block, skip.target, negated=True))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("plumber2", "french", "student3", "sergeant", "grandpa3", "plain25")
FRESH244: list[Template] = [
    (f"t244_{short}_{style}", category, globals()[f"t244_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
