"""`FRESH310`, the three-hundred-and-eleventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). The six personas:
- mechanic2: "Red block in the blue bowl. Go."
- german4: "Please put the green block on the top of the yellow block."
- teacher2: "Could you please move the blue block to the bottom left corner? Thank you!"
- teen4: "yeet the orange block in the bin lol"
- uncle2: "That yellow block's been lounging on the table long enough, pop it into the red bowl for me, would you?"
- plain91: "Take the purple block off the white block and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 13c008c, the code of 9a19843, before anything it could prompt): 0.84
goal-correct (252 of 300), 43 refused, 5 wrong actions, 0 wrong replies. The wrong actions: an uncle's 'Two-parter for
you, sport: step one, X takes a little trip to the bin; step two, the cyan one follows it in there.' left the second
block (five times). The refusals: an uncle's 'That X's been lounging on the table long enough, pop it into W', 'Here's
how this story ends, chief: X, snug as a bug in the top left corner.', 'What I'd really love, and don't tell your aunt,
is X sitting pretty in W.', 'Let's have all the blocks stacked up into one big tower, any order you fancy.', 'See the
block sitting all by its lonesome in W? Pop it on top of X', 'Everything goes in the bin, the whole lot, except
whatever's in W: that's sacred, leave it be.', 'Every bowl's looking a bit lonely. Give each one the block that matches
its colour, would you?', a teacher's 'It can go anywhere you like, just not into a bowl.', 'Let's play a colour game!
Every block that has a bowl of the same colour goes into that bowl, and the other blocks stay exactly where they are.'
(three times).
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

CORNERS = list(PLACES[:4])
MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _below(s: SymState, b: str) -> list[str]:
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _chain(s: SymState, b: str) -> set[str]:
    return {b, *_below(s, b), *s.above(b)}


def _height(s: SymState, b: str) -> int:
    return 1 + len(_below(s, b))


def _stackable(w: World, top: str, base: str) -> bool:
    """`top` can go onto `base`: other towers, `base` stands on the ground, the tower stays low enough."""
    s = w.state
    return (top != base and base not in _chain(s, top) and s.base(base) in _GROUND
            and _height(s, base) + 1 <= layout.MAX_TOWER)


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _movable(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _towers(w: World) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.on_top(b)]
    return [[b, *s.above(b)[::-1]] for b in bottoms]


def _nearest(w: World, cands: list[str], xy: tuple[float, float]) -> str | None:
    """The candidate nearest `xy`, only when it is clearly nearer than every other (towers tie, so none)."""
    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - xy[0]) ** 2 + (p[1] - xy[1]) ** 2) ** 0.5

    ranked = sorted(cands, key=d)
    if len(ranked) < 2 or d(ranked[1]) - d(ranked[0]) < 0.04:
        return None
    return ranked[0]


def _at_ground(b: str) -> Check:
    return lambda _i, f: f.base(b) in _GROUND


def _out_of_bowls(w: World, *blocks: str) -> Check:
    bowls = set(w.bowls)
    return lambda _i, f: all(f.base(b) not in bowls for b in blocks)


def _match_map(w: World) -> dict[str, str]:
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


# ----- imperative -----------------------------------------------------------------------------------
def t310_imp_mechanic2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.pick(cands)[0]
    return _made(w, f"{_c(w, b).capitalize()} block in the {bowl}. Go.", rels(Rel("in", b, bowl)))


def t310_imp_german4(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please put the {a} on the top of the {b}.", rels(Rel("on", a, b)))


def t310_imp_teacher2(w: World) -> Made:
    b, place = w.pick(_movable(w))[0], w.rng.choice(CORNERS)
    return _made(w, f"Could you please move the {b} to the {place}? Thank you!", rels(Rel("at", b, place)))


def t310_imp_teen4(w: World) -> Made:
    b = w.pick(_movable(w))[0]
    return _made(w, f"yeet the {b} in the bin lol", binned([b]))


def t310_imp_uncle2(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.support[b] == TABLE]
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not loose or not bowls:
        return None
    b, bowl = w.pick(loose)[0], w.pick(bowls)[0]
    text = (f"That {_c(w, b)} block's been lounging on the table long enough, pop it into the {bowl} for me, "
            "would you?")
    return _made(w, text, rels(Rel("in", b, bowl)))


def t310_imp_plain91(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the {top} off the {below} and put it on the table.", rels(Rel("on_table", top)))


# ----- declarative ----------------------------------------------------------------------------------
def t310_dec_mechanic2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.pick(cands)[0]
    return _made(w, f"{_c(w, b).capitalize()} block goes in the {bowl}.", rels(Rel("in", b, bowl)))


def t310_dec_german4(w: World) -> Made:
    b = w.pick(_movable(w))[0]
    return _made(w, f"At the end the {b} should lie in the bin.", binned([b]))


def t310_dec_teacher2(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"When you're finished, the {a} should be sitting on top of the {b}."
    return _made(w, text, rels(Rel("on", a, b)))


def t310_dec_teen4(w: World) -> Made:
    b = w.pick(_movable(w))[0]
    return _made(w, f"the {b} needs to be in the middle of the table", rels(Rel("at", b, MIDDLE)))


def t310_dec_uncle2(w: World) -> Made:
    b, place = w.pick(_movable(w))[0], w.rng.choice(CORNERS)
    text = f"Here's how this story ends, chief: the {b}, snug as a bug in the {place}."
    return _made(w, text, rels(Rel("at", b, place)))


def t310_dec_plain91(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} should be empty.", empty(bowl))


# ----- desiderative ---------------------------------------------------------------------------------
def t310_des_mechanic2(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I want the {a} on the {b}.", rels(Rel("on", a, b)))


def t310_des_german4(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.pick(cands)[0]
    return _made(w, f"I would like that the {b} is in the {bowl}.", rels(Rel("in", b, bowl)))


def t310_des_teacher2(w: World) -> Made:
    b, place = w.pick(_movable(w))[0], w.rng.choice(CORNERS)
    return _made(w, f"My goal for today: the {b} in the {place}, please!", rels(Rel("at", b, place)))


def t310_des_teen4(w: World) -> Made:
    b = w.pick(_movable(w))[0]
    return _made(w, f"i want the {b} gone tbh, just bin it", binned([b]))


def t310_des_uncle2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.pick(cands)[0]
    text = f"What I'd really love, and don't tell your aunt, is the {b} sitting pretty in the {bowl}."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t310_des_plain91(w: World) -> Made:
    three = w.pick(_movable(w), 3)
    if len(three) < 3:
        return None
    bottom, x, y = three

    def check(_i: SymState, f: SymState) -> bool:
        s = f.support
        return s[bottom] not in s and ((s[x] == bottom and s[y] == x) or (s[y] == bottom and s[x] == y))

    names = f"the {_c(w, bottom)}, {_c(w, x)} and {_c(w, y)} blocks"
    return _made(w, f"I'd like a tower of {names}, with the {_c(w, bottom)} one at the bottom.", check)


# ----- quantified -----------------------------------------------------------------------------------
def t310_qua_mechanic2(w: World) -> Made:
    return _made(w, "All blocks in the bin.", binned(w.blocks))


def t310_qua_german4(w: World) -> Made:
    bowls = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Please put exactly two blocks in the {bowl}, not more.", count_in(bowl, 2))


def t310_qua_teacher2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Let's tidy up! Can every block in the {bowl} go into the bin, please?"
    return _made(w, text, binned(w.state.in_bowl(bowl)))


def t310_qua_teen4(w: World) -> Made:
    if len(w.bowls) < 2 or w.in_bowls() or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "put one block in each bowl", *(count_in(bw, 1) for bw in w.bowls))


def t310_qua_uncle2(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    text = "Let's have all the blocks stacked up into one big tower, any order you fancy."
    return _made(w, text, rels(Rel("tower", *w.blocks)))


def t310_qua_plain91(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Move all the blocks out of the bowls and onto the table.", *(_at_ground(b) for b in inside))


# ----- negated --------------------------------------------------------------------------------------
def t310_neg_mechanic2(w: World) -> Made:
    keep = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != keep]
    return _made(w, f"Everything in the bin except the {keep}.", binned(rest), none_binned([keep]))


def t310_neg_german4(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    bowl, keep = w.pick(w.bowls)[0], w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != keep]
    text = f"Put all blocks in the {bowl}, but not the {keep}."
    return _made(w, text, rels(*(Rel("in", b, bowl) for b in rest)), rels(Rel("in", keep, bowl, negated=True)))


def t310_neg_teacher2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = f"Could you take the {b} out of the {bowl}, please? It can go anywhere you like, just not into a bowl."
    return _made(w, text, _out_of_bowls(w, b))


def t310_neg_teen4(w: World) -> Made:
    keep = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in keep]
    text = f"bin everything but the {_c(w, keep[0])} and {_c(w, keep[1])} blocks"
    return _made(w, text, binned(rest), none_binned(keep))


def t310_neg_uncle2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Clear out the {bowl} for your old uncle, but don't you dare throw anything in the bin."
    return _made(w, text, empty(bowl), none_binned(w.blocks))


def t310_neg_plain91(w: World) -> Made:
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    keep = w.rng.choice(inside)
    rest = [b for b in inside if b != keep]
    text = f"Take every block out of the bowls except the {_c(w, keep)} one."
    return _made(w, text, _out_of_bowls(w, *rest), rels(Rel("in", keep, w.state.base(keep))))


# ----- relative -------------------------------------------------------------------------------------
def t310_rel_mechanic2(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    top = towers[0][-1]
    return _made(w, "Top block off the stack, into the bin.", binned([top]))


def t310_rel_german4(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the block which is under the {top} and put it into the bin.", binned([below]))


def t310_rel_teacher2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl):
        return None
    pos = w.scene.get(bowl).position
    b = _nearest(w, [b for b in _movable(w) if w.state.base(b) != bowl], (pos[0], pos[1]))
    if b is None:
        return None
    text = f"Please find the block that's closest to the {bowl} and put it in the {bowl}."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t310_rel_teen4(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"the block on top of the {_c(w, below)} one, put it in the middle", rels(Rel("at", top, MIDDLE)))


def t310_rel_uncle2(w: World) -> Made:
    lonely = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not lonely:
        return None
    bowl = w.rng.choice(lonely)
    b = w.state.in_bowl(bowl)[0]
    targets = [t for t in w.blocks if _stackable(w, b, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    text = (f"See the block sitting all by its lonesome in the {bowl}? Pop it on top of the {t} for me, "
            "there's a good lad.")
    return _made(w, text, rels(Rel("on", b, t)))


def t310_rel_plain91(w: World) -> Made:
    corner = w.rng.choice(CORNERS)
    b = _nearest(w, _movable(w), layout.PLACES[corner])
    if b is None:
        return None
    targets = [t for t in w.blocks if _stackable(w, b, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    return _made(w, f"Put the block nearest the {corner} on the {t}.", rels(Rel("on", b, t)))


# ----- keep -----------------------------------------------------------------------------------------
def t310_keep_mechanic2(w: World) -> Made:
    b = w.pick(_movable(w))[0]
    others = [o for o in w.blocks if o != b and o not in w.state.above(b)]
    if not others:
        return None
    keep = w.rng.choice(others)
    return _made(w, f"Bin the {b}. Don't touch the {_c(w, keep)} one.", binned([b]), kept(keep))


def t310_keep_german4(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    others = [o for o in w.blocks if o not in inside]
    if not others:
        return None
    keep = w.rng.choice(others)
    text = f"Please empty the {bowl} into the bin, but the {keep} stays where it is."
    return _made(w, text, binned(inside), kept(keep))


def t310_keep_teacher2(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in _movable(w) if b not in inside]
    pairs = [(a, b) for a in outside for b in outside if _stackable(w, a, b)]
    if not inside or not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"Let's build a little tower: the {a} on the {b}, please. The blocks in the bowls stay just as "
            "they are.")
    return _made(w, text, rels(Rel("on", a, b)), kept(*inside))


def t310_keep_teen4(w: World) -> Made:
    b = w.pick(_movable(w))[0]
    others = [o for o in w.blocks if o != b and o not in w.state.above(b)]
    if not others:
        return None
    keep = w.rng.choice(others)
    text = f"move the {b} to the bottom right corner but leave the {_c(w, keep)} one where it is"
    return _made(w, text, rels(Rel("at", b, "bottom right corner")), kept(keep))


def t310_keep_uncle2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    text = (f"Everything goes in the bin, the whole lot, except whatever's in the {bowl}: that's sacred, "
            "leave it be.")
    return _made(w, text, binned(rest), kept(*inside))


def t310_keep_plain91(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    tower = towers[0]
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _movable(w) if b not in tower and w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"Put the {b} in the {bowl} and keep the tower as it is.", rels(Rel("in", b, bowl)), kept(*tower))


# ----- multi-step -----------------------------------------------------------------------------------
def t310_multi_mechanic2(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    firsts = [x for x in _movable(w) if x not in (a, b)]
    if not firsts:
        return None
    x = w.rng.choice(firsts)
    text = f"First the {x} in the bin. Then the {a} on the {b}."
    return _made(w, text, binned([x]), rels(Rel("on", a, b)))


def t310_multi_german4(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if len(cands) < 2 or not _room(w, bowl, 2):
        return None
    a, b = w.rng.sample(cands, 2)
    text = f"At first put the {a} in the {bowl}, and after this also the {b} in the {bowl}."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t310_multi_teacher2(w: World) -> Made:
    two = w.pick(_movable(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    text = f"First, please move the {a} to the middle. Next, put the {b} on top of it. Thank you!"
    return _made(w, text, rels(Rel("at", a, MIDDLE), Rel("on", b, a)))


def t310_multi_teen4(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in _movable(w) if w.state.base(b) != bowl]
    pairs = [(a, b) for a in outside for b in outside if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"first clear out the {bowl} then stack the {a} on the {_c(w, b)} one"
    return _made(w, text, empty(bowl), rels(Rel("on", a, b)))


def t310_multi_uncle2(w: World) -> Made:
    two = w.pick(_movable(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    text = (f"Two-parter for you, sport: step one, the {a} takes a little trip to the bin; step two, the "
            f"{_c(w, b)} one follows it in there.")
    return _made(w, text, binned([a, b]))


def t310_multi_plain91(w: World) -> Made:
    two = w.pick(_movable(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    p, q = w.rng.sample(CORNERS, 2)
    text = f"Put the {a} in the {p}, then put the {b} in the {q}."
    return _made(w, text, rels(Rel("at", a, p), Rel("at", b, q)))


# ----- questions ------------------------------------------------------------------------------------
def t310_q_mechanic2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"How many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t310_q_german4(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bowl = w.state.base(b)
    else:
        b, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    return f"Is the {b} in the {bowl}?", answered(yes(holds(Rel("in", b, bowl), w.state)))


def t310_q_teacher2(w: World) -> Made:
    s = w.state
    tops = [below for _top, below in w.pairs()]
    b = w.rng.choice(tops) if tops and w.rng.random() < 0.6 else w.pick(w.blocks)[0]
    up = s.on_top(b)
    return f"What is sitting on top of the {b}?", answered(up[0] if up else "nothing")


def t310_q_teen4(w: World) -> Made:
    s = w.state
    cands = [b for b in w.blocks if s.support[b] in s.bowls
             or (s.support[b] in s.support and s.base(b) in _GROUND)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return f"wheres the {b}", answered(s.support[b])


def t310_q_uncle2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        two = w.pick(w.blocks, 2)
        a, b = two
    on = yes(holds(Rel("on", a, b), w.state)).lower()
    text = (f"Riddle me this: how many blocks are in the {bowl}, and is the {a} sitting on the "
            f"{_c(w, b)} one?")
    return text, answered(f"{n}|{on}")


def t310_q_plain91(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return f"Which bowl is the {b} in?", answered(w.state.base(b))


# ----- matching -------------------------------------------------------------------------------------
def t310_match_mechanic2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Each block into the bowl of its own colour, where there is one.", rels(*want))


def t310_match_german4(w: World) -> Made:
    pairs = [(b, bw) for b, bw in _match_map(w).items() if w.state.base(b) != bw and _room(w, bw)]
    if not pairs:
        return None
    b, bowl = w.rng.choice(pairs)
    return _made(w, f"Please put the {b} into the bowl with the same colour.", rels(Rel("in", b, bowl)))


def t310_match_teacher2(w: World) -> Made:
    pairs = _match_map(w)
    if not pairs:
        return None
    s = w.state
    rest = [b for b in w.blocks if b not in pairs]
    if any(r in s.above(m) for m in pairs for r in rest):
        return None
    text = ("Let's play a colour game! Every block that has a bowl of the same colour goes into that bowl, and "
            "the other blocks stay exactly where they are.")
    return _made(w, text, rels(*matching(w)), kept(*rest))


def t310_match_teen4(w: World) -> Made:
    pairs = _match_map(w)
    rest = [b for b in w.blocks if b not in pairs]
    if not pairs or not rest:
        return None
    return _made(w, "chuck every block that doesnt match the colour of any bowl into the bin", binned(rest))


def t310_match_uncle2(w: World) -> Made:
    pairs = _match_map(w)
    if set(pairs.values()) != set(w.bowls):
        return None
    text = "Every bowl's looking a bit lonely. Give each one the block that matches its colour, would you?"
    return _made(w, text, rels(*matching(w)))


def t310_match_plain91(w: World) -> Made:
    by_colour = {w.colour(bw): bw for bw in w.bowls}
    pairs = [(a, m, by_colour[w.colour(m)]) for m in w.blocks if w.colour(m) in by_colour
             for a in _movable(w) if a != m]
    pairs = [(a, m, bw) for a, m, bw in pairs if w.state.base(a) != bw and _room(w, bw)]
    if not pairs:
        return None
    a, m, bowl = w.rng.choice(pairs)
    text = f"Put the {a} in the bowl that's the same colour as the {m}."
    return _made(w, text, rels(Rel("in", a, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mechanic2", "german4", "teacher2", "teen4", "uncle2", "plain91")
FRESH310: list[Template] = [
    (f"t310_{short}_{style}", category, globals()[f"t310_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
