"""`FRESH228`, the two-hundred-and-twenty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each using the chat window for the first time and typing what
they want in their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or to a
named place, small towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they
are, and plain questions about the table (one or two in a message). Six kinds of people write them:
- librarian3: a quiet librarian, precise and polite: "Would you kindly place the red block in the blue bowl, please?"
- vietnamese: a Vietnamese speaker writing English with small slips: "Please take the block under the red block and
  put it in the bin."
- builder2: a builder, direct, site talk: "Bin the red block, then the blue block goes to the middle."
- anxious2: a nervous first-time user, apologetic and unsure: "Sorry, could you maybe put the red block in the bin?
  I hope that's how this works."
- teen3: a bored teenager, lower case, short: "chuck the red block in the blue bowl"
- plain9: a plain, ordinary adult with no quirks: "Put the red block in the blue bowl, and after that move the green
  block to the middle."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e9f30d3, the code of 432dcfd, before anything it could prompt): 0.9267
goal-correct (278 of 300), 15 refused, no question, seven wrong actions and no wrong reply. The wrong actions: the
builder's "One block in each bowl, any ones, one apiece." left a bowl that already held blocks with more than one (twice);
the anxious person's "Sorry, is it possible to put X into the bowl that's the same colour as it?" was answered as a
question about the table (five times). The refusals: the Vietnamese speaker's "X don't stay in W, please put it to other bowl." and "but Y you keep
it same place"; the builder's "Match 'em up: each block to its own colour bowl, anything without a bowl goes in the bin.".
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
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

CORNERS = PLACES[:4]


# ----- helpers -------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _r(*want: Rel) -> Check:
    return lambda _i, f: all(holds(r, f) for r in want)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's sentence, or None when its goal already holds in the scene."""
    if getattr(check, "answer_prefix", None) is None and check(w.state, w.state):
        return None
    return text, check


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of its tower up to `b`, `b` included."""
    n, sup = 1, s.support[b]
    while sup in s.support:
        n, sup = n + 1, s.support[sup]
    return n


def _can_stack(w: World, a: str, b: str) -> bool:
    """Whether `a` can go on `b` on the table (not in a bowl or the bin) without too tall a tower."""
    s = w.state
    return (a != b and b not in s.above(a) and s.base(b) not in (*s.bowls, BIN) and s.base(a) != BIN
            and _depth(s, b) + 1 <= layout.MAX_TOWER)


def _room(w: World, bowl: str, *adding: str) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(adding)) <= layout.BOWL_CAPACITY


def _not_in(bowl: str, *blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) != bowl for b in blocks)


def _nearest(w: World, target: str, cands: list[str], margin: float = 0.03) -> str | None:
    """The candidate clearly nearest to `target` (None when the two nearest are too close to call)."""
    ds = sorted((w.dist(target, c), c) for c in cands)
    if not ds or (len(ds) > 1 and ds[1][0] - ds[0][0] < margin):
        return None
    return ds[0][1]


def _tower(*blocks: str) -> Check:
    """One tower of exactly these blocks, in any order, standing on the table, a place or in a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        s = f.support
        bottoms = [b for b in blocks if s[b] not in blocks]
        if len(bottoms) != 1:
            return False
        ups = [s[b] for b in blocks if b != bottoms[0]]
        return len(set(ups)) == len(ups) and s[bottoms[0]] not in s and f.base(bottoms[0]) != BIN
    return check


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


# ----- imperative ----------------------------------------------------------------------------------
def t228_imp_librarian3(w: World) -> Made:
    if not (bl := w.pick(_loose(w))) or not (bo := w.pick(w.bowls)) or not _room(w, bo[0], bl[0]):
        return None
    return _made(w, f"Would you kindly place the {bl[0]} in the {bo[0]}, please?", _act(_r(Rel("in", bl[0], bo[0]))))


def t228_imp_vietnamese(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)) or not _can_stack(w, *ab):
        return None
    a, b = ab
    return _made(w, f"Please put the {a} on top the {b}.", _act(_r(Rel("on", a, b))))


def t228_imp_builder2(w: World) -> Made:
    if not (bl := w.pick(_loose(w))):
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"Shift the {bl[0]} over to the {place}.", _act(_r(Rel("at", bl[0], place))))


def t228_imp_anxious2(w: World) -> Made:
    if not (bl := w.pick(_loose(w))):
        return None
    return _made(w, f"Sorry, could you maybe put the {bl[0]} in the bin? I hope that's how this works.",
                 _act(binned(bl)))


def t228_imp_teen3(w: World) -> Made:
    if not (bl := w.pick(_loose(w))) or not (bo := w.pick(w.bowls)) or not _room(w, bo[0], bl[0]):
        return None
    return _made(w, f"chuck the {bl[0]} in the {bo[0]}", _act(_r(Rel("in", bl[0], bo[0]))))


def t228_imp_plain9(w: World) -> Made:
    if not (bl := w.pick(w.in_bowls())):
        return None
    a, bowl = bl[0], w.state.base(bl[0])
    return _made(w, f"Take the {a} out of the {bowl} and put it on the table.", _act(_r(Rel("on_table", a))))


# ----- declarative ---------------------------------------------------------------------------------
def t228_dec_librarian3(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)) or not _can_stack(w, *ab):
        return None
    a, b = ab
    return _made(w, f"The {a} ought to be resting on the {b}.", _act(_r(Rel("on", a, b))))


def t228_dec_vietnamese(w: World) -> Made:
    if not (bl := w.pick(_loose(w))) or not (bo := w.pick(w.bowls)) or not _room(w, bo[0], bl[0]):
        return None
    return _made(w, f"The {bl[0]} need to be inside the {bo[0]}.", _act(_r(Rel("in", bl[0], bo[0]))))


def t228_dec_builder2(w: World) -> Made:
    if not (bl := w.pick(_loose(w))):
        return None
    return _made(w, f"{_cap(bl[0])} goes in the bin.", _act(binned(bl)))


def t228_dec_anxious2(w: World) -> Made:
    if not (bl := w.pick(_loose(w))):
        return None
    place = w.rng.choice(CORNERS)
    return _made(w, f"Um, I think the {bl[0]} is supposed to be in the {place}? Sorry if I'm saying it wrong.",
                 _act(_r(Rel("at", bl[0], place))))


def t228_dec_teen3(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)) or not _can_stack(w, *ab):
        return None
    a, b = ab
    return _made(w, f"the {a} should be on top of the {b}", _act(_r(Rel("on", a, b))))


def t228_dec_plain9(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} should be empty.", _act(empty(bowl)))


# ----- desiderative --------------------------------------------------------------------------------
def t228_des_librarian3(w: World) -> Made:
    if not (bl := w.pick(_loose(w))):
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"I should like the {bl[0]} to be placed at the {place}, please.",
                 _act(_r(Rel("at", bl[0], place))))


def t228_des_vietnamese(w: World) -> Made:
    if not (bl := w.pick(_loose(w))):
        return None
    return _made(w, f"I want the {bl[0]} go to the bin.", _act(binned(bl)))


def t228_des_builder2(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)) or not (bo := w.pick(w.bowls)) or not _room(w, bo[0], *ab):
        return None
    a, b = ab
    return _made(w, f"Want the {a} and the {b} both in the {bo[0]}.",
                 _act(_r(Rel("in", a, bo[0]), Rel("in", b, bo[0]))))


def t228_des_anxious2(w: World) -> Made:
    if not (abc := w.pick(_loose(w), 3)):
        return None
    a, b, c = abc
    return _made(w, f"I'd like a tower with the {a}, the {b} and the {c}, if that's okay? Any order is fine, sorry.",
                 _act(_tower(a, b, c)))


def t228_des_teen3(w: World) -> Made:
    if not (bl := w.pick(_loose(w))):
        return None
    return _made(w, f"i want the {bl[0]} in the middle", _act(_r(Rel("at", bl[0], "middle"))))


def t228_des_plain9(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)) or not _can_stack(w, *ab):
        return None
    a, b = ab
    return _made(w, f"I'd like the {a} to end up on top of the {b}.", _act(_r(Rel("on", a, b))))


# ----- quantified ----------------------------------------------------------------------------------
def t228_qua_librarian3(w: World) -> Made:
    if len(_loose(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "Please see to it that each bowl holds at least one block.",
                 _act(*(count_in(b, 1, exact=False) for b in bowls)))


def t228_qua_vietnamese(w: World) -> Made:
    if not (bo := w.pick(w.bowls)) or len(_loose(w)) < 2:
        return None
    return _made(w, f"Please put exactly two block in the {bo[0]}.", _act(count_in(bo[0], 2)))


def t228_qua_builder2(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    return _made(w, "One block in each bowl, any ones, one apiece.", _act(*(count_in(b, 1) for b in w.bowls)))


def t228_qua_anxious2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Sorry, could you move all the blocks that are in the {bowl} into the bin? Thank you so much.",
                 _act(binned(w.state.in_bowl(bowl))))


def t228_qua_teen3(w: World) -> Made:
    if w.state.count_at(BIN) or len(w.blocks) < 3:
        return None
    return _made(w, "put 3 blocks in the bin", _act(lambda _i, f: f.count_at(BIN) == 3))


def t228_qua_plain9(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table:
        return None
    return _made(w, "Could you get all the blocks off the table and into the bin?", _act(binned(on_table)))


# ----- negated -------------------------------------------------------------------------------------
def t228_neg_librarian3(w: World) -> Made:
    if not (bl := w.pick(_loose(w))):
        return None
    others = [b for b in w.blocks if b != bl[0]]
    return _made(w, f"Kindly put all of the blocks into the bin, with the exception of the {bl[0]}.",
                 _act(binned(others), none_binned(bl)))


def t228_neg_vietnamese(w: World) -> Made:
    if len(w.bowls) < 2 or not (bl := w.pick(w.in_bowls())):
        return None
    a, bowl = bl[0], w.state.base(bl[0])
    others = [b for b in w.bowls if b != bowl and _room(w, b, a)]
    if not others:
        return None
    return _made(w, f"The {a} don't stay in the {bowl}, please put it to other bowl.",
                 _act(lambda _i, f: f.base(a) in others))


def t228_neg_builder2(w: World) -> Made:
    on_table = w.state.on_the_table()
    if len(on_table) < 3:
        return None
    keep = w.pick(on_table, 2)
    rest = [b for b in on_table if b not in keep]
    return _made(w, f"Everything on the table goes in the bin except the {keep[0]} and the {keep[1]}.",
                 _act(binned(rest), none_binned(keep)))


def t228_neg_anxious2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    return _made(w, f"Sorry, could you put every block in the bin apart from the ones in the {bowl}? "
                    "I hope that makes sense.", _act(binned(rest), none_binned(inside)))


def t228_neg_teen3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"empty the {bowl} but dont put them in the bin",
                 _act(empty(bowl), none_binned(w.state.in_bowl(bowl))))


def t228_neg_plain9(w: World) -> Made:
    if not (bo := w.pick(w.bowls)):
        return None
    bowl = bo[0]
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    a = w.rng.choice(outside)
    others = [b for b in w.blocks if b != a]
    if not _room(w, bowl, *others):
        return None
    return _made(w, f"Put all the blocks except the {a} in the {bowl}.",
                 _act(_r(*(Rel("in", b, bowl) for b in others)), _not_in(bowl, a)))


# ----- relative ------------------------------------------------------------------------------------
def t228_rel_librarian3(w: World) -> Made:
    if not (p := w.pick(w.pairs())) or not (bo := w.pick(w.bowls)):
        return None
    top, below = p[0]
    if not _room(w, bo[0], top):
        return None
    return _made(w, f"Would you move the block that is resting on the {below} into the {bo[0]}, please?",
                 _act(_r(Rel("in", top, bo[0]))))


def t228_rel_vietnamese(w: World) -> Made:
    if not (p := w.pick(w.pairs())):
        return None
    top, below = p[0]
    return _made(w, f"Please take the block under the {top} and put it in the bin.", _act(binned([below])))


def t228_rel_builder2(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    near = _nearest(w, bowl, _loose(w))
    if near is None:
        return None
    return _made(w, f"Grab whichever block's closest to the {bowl} and drop it in the bin.", _act(binned([near])))


def t228_rel_anxious2(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    block = w.state.in_bowl(bowl)[0]
    place = w.rng.choice(CORNERS)
    return _made(w, f"Um, the block that's in the {bowl}... could you move it to the {place}? "
                    "Sorry if this is confusing.", _act(_r(Rel("at", block, place))))


def t228_rel_teen3(w: World) -> Made:
    if not (p := w.pick(w.pairs())):
        return None
    top, below = p[0]
    return _made(w, f"put the one on top of the {below} in the bin", _act(binned([top])))


def t228_rel_plain9(w: World) -> Made:
    if not (bl := w.pick(_loose(w))):
        return None
    a = bl[0]
    cands = [b for b in _loose(w) if w.dist(a, b) > 0.01]
    near = _nearest(w, a, cands)
    if near is None or not _can_stack(w, a, near):
        return None
    return _made(w, f"Put the {a} on the block nearest to it.", _act(_r(Rel("on", a, near))))


# ----- keep ----------------------------------------------------------------------------------------
def t228_keep_librarian3(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)) or ab[1] in w.state.above(ab[0]):
        return None
    a, b = ab
    return _made(w, f"Please put the {a} in the bin; the {b}, however, should remain exactly where it is.",
                 _act(binned([a]), kept(b)))


def t228_keep_vietnamese(w: World) -> Made:
    if not (abc := w.pick(_loose(w), 3)):
        return None
    a, b, c = abc
    if not _can_stack(w, a, b) or c in w.state.above(a) or c in w.state.above(b):
        return None
    return _made(w, f"Put the {a} on the {b} but the {c} you keep it same place.",
                 _act(_r(Rel("on", a, b)), kept(c)))


def t228_keep_builder2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    c = w.rng.choice(outside)
    return _made(w, f"Empty the {bowl} into the bin. Don't touch the {c}.", _act(binned(inside), kept(c)))


def t228_keep_anxious2(w: World) -> Made:
    if not (ac := w.pick(_loose(w), 2)) or not (bo := w.pick(w.bowls)):
        return None
    a, c = ac
    if c in w.state.above(a) or not _room(w, bo[0], a):
        return None
    return _made(w, f"I'd like the {a} in the {bo[0]}, but please don't move the {c}. Sorry, I need it where it is.",
                 _act(_r(Rel("in", a, bo[0])), kept(c)))


def t228_keep_teen3(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)) or ab[1] in w.state.above(ab[0]):
        return None
    a, b = ab
    place = w.rng.choice(CORNERS)
    return _made(w, f"put the {a} in the {place} but leave the {b} alone", _act(_r(Rel("at", a, place)), kept(b)))


def t228_keep_plain9(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)) or not (bo := w.pick(w.bowls)):
        return None
    bowl = bo[0]
    a, b = ab
    inside = w.state.in_bowl(bowl)
    if a in inside or b in inside or not _can_stack(w, a, b):
        return None

    def same(_i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(inside)

    return _made(w, f"Stack the {a} on the {b}, and keep the {bowl} just as it is.",
                 _act(_r(Rel("on", a, b)), same, kept(*inside)))


# ----- multi-step ----------------------------------------------------------------------------------
def t228_multi_librarian3(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)):
        return None
    a, b = ab
    place = w.rng.choice(PLACES)
    return _made(w, f"First, please place the {a} at the {place}. Then, if you would, set the {b} on top of it.",
                 _act(_r(Rel("at", a, place), Rel("on", b, a))))


def t228_multi_vietnamese(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)):
        return None
    a, b = ab
    return _made(w, f"First you put the {a} on the table, after that put the {b} on the {a}.",
                 _act(_r(Rel("on_table", a), Rel("on", b, a))))


def t228_multi_builder2(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)):
        return None
    a, b = ab
    place = w.rng.choice(PLACES)
    return _made(w, f"Bin the {a}, then the {b} goes to the {place}.", _act(binned([a]), _r(Rel("at", b, place))))


def t228_multi_anxious2(w: World) -> Made:
    if not (p := w.pick(w.pairs())):
        return None
    a, b = p[0]
    bowls = [x for x in w.bowls if x != w.state.base(b) and _room(w, x, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Could you first take the {a} off the {b}, and then put the {b} in the {bowl}? "
                    "Sorry if that's too many steps at once.",
                 _act(_r(Rel("in", b, bowl), Rel("on", a, b, negated=True))))


def t228_multi_teen3(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)):
        return None
    a, b = ab
    return _made(w, f"put the {a} in the bin then the {b} too", _act(binned([a, b])))


def t228_multi_plain9(w: World) -> Made:
    if not (ab := w.pick(_loose(w), 2)) or not (bo := w.pick(w.bowls)) or not _room(w, bo[0], ab[0]):
        return None
    a, b = ab
    place = w.rng.choice(PLACES)
    return _made(w, f"Put the {a} in the {bo[0]}, and after that move the {b} to the {place}.",
                 _act(_r(Rel("in", a, bo[0]), Rel("at", b, place))))


# ----- questions -----------------------------------------------------------------------------------
def t228_q_librarian3(w: World) -> Made:
    if not (bo := w.pick(w.bowls)):
        return None
    n = len(w.state.in_bowl(bo[0]))
    return _made(w, f"Might I ask how many blocks are presently in the {bo[0]}?", answered(str(n)))


def t228_q_vietnamese(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        return _made(w, f"The {a} is on the {b} or not?", answered("Yes"))
    if not (ab := w.pick(_loose(w), 2)):
        return None
    a, b = ab
    below, s = [], w.state.support[a]
    while s in w.state.support:
        below.append(s)
        s = w.state.support[s]
    if b in below:
        return None
    return _made(w, f"The {a} is on the {b} or not?", answered("No"))


def t228_q_builder2(w: World) -> Made:
    return _made(w, "How many blocks on the table right now?", answered(str(w.state.count_at(TABLE))))


def t228_q_anxious2(w: World) -> Made:
    if not (p := w.pick(w.pairs())) or not (bo := w.pick(w.bowls)):
        return None
    top, below = p[0]
    is_empty = not w.state.in_bowl(bo[0])
    return _made(w, f"Sorry, what is the {top} sitting on? And is the {bo[0]} empty? Sorry for asking two things.",
                 answered(f"{below}|{yes(is_empty).lower()}"))


def t228_q_teen3(w: World) -> Made:
    if not (bo := w.pick(w.bowls)):
        return None
    inside = w.state.in_bowl(bo[0])
    return _made(w, f"whats in the {bo[0]}", answered("|".join(inside) if inside else "nothing"))


def t228_q_plain9(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] in (*w.bowls, *w.blocks)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    return _made(w, f"Where is the {a} at the moment, and how many bowls are on the table?",
                 answered(f"{w.state.support[a]}|{len(w.bowls)}"))


# ----- matching ------------------------------------------------------------------------------------
def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _single_match(w: World) -> tuple[str, str] | None:
    cands = [(b, bo) for b in _loose(w) if (bo := _bowl_of(w, w.colour(b))) and w.state.base(b) != bo
             and _room(w, bo, b)]
    return w.rng.choice(cands) if cands else None


def t228_match_librarian3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Please place each block in the bowl of its own colour, where such a bowl exists.",
                 _act(_r(*want)))


def t228_match_vietnamese(w: World) -> Made:
    if not (m := _single_match(w)):
        return None
    a, bowl = m
    return _made(w, f"Please put the {a} in the bowl have same colour.", _act(_r(Rel("in", a, bowl))))


def t228_match_builder2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if _bowl_of(w, w.colour(b)) is None]
    return _made(w, "Match 'em up: each block to its own colour bowl, anything without a bowl goes in the bin.",
                 _act(_r(*want), binned(rest)))


def t228_match_anxious2(w: World) -> Made:
    if not (m := _single_match(w)):
        return None
    a, bowl = m
    return _made(w, f"Sorry, is it possible to put the {a} into the bowl that's the same colour as it?",
                 _act(_r(Rel("in", a, bowl))))


def t228_match_teen3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "match the blocks to the bowls by colour", _act(_r(*want)))


def t228_match_plain9(w: World) -> Made:
    keyed = [b for b in w.blocks if _bowl_of(w, w.colour(b))]
    if not keyed:
        return None
    b = w.rng.choice(keyed)
    bowl = _bowl_of(w, w.colour(b))
    assert bowl is not None
    cands = [a for a in _loose(w) if a != b and w.state.base(a) != bowl and _room(w, bowl, a)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    return _made(w, f"Put the {a} in the bowl that's the same colour as the {b}.", _act(_r(Rel("in", a, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("librarian3", "vietnamese", "builder2", "anxious2", "teen3", "plain9")
FRESH228: list[Template] = [
    (f"t228_{short}_{style}", category, globals()[f"t228_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
