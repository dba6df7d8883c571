"""`FRESH225`, the two-hundred-and-twenty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing into the chat window for the first time in their own
plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six kinds of first-time user write them:
- cabbie: a chatty London taxi driver: "Bung the red block in the bin, but leave the blue block be where it is, yeah?"
- arabic: an Arabic speaker writing English with small slips: "Please take the block under the red block and put it
  in the blue bowl."
- historian: a slightly formal historian, fond of context: "The green block has no business in the blue bowl. Take
  it out, though not to the bin, if you please."
- quizhost: a quiz host who phrases everything as rounds and questions: "Question one: how many blocks are on the
  table? Question two: is the red block in the blue bowl?"
- dad2: a busy father with children around, interrupted, quick: "first the red block in the blue bowl then the green
  block on top of it ok"
- plain6: a plain, ordinary adult with no quirks: "Put the red block on the table, then stack the green block on the
  blue block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb5478d, the code of 6da33c3, before anything it could prompt): 0.7133
goal-correct (214 of 300), 76 refused, five wrong actions and five wrong replies. The wrong actions: the father's "one
block in each bowl pls, just one each" put one block in one bowl and left the other bowls empty; the quiz host's
"Colour-match round! W gets the X block, and nothing else goes in it." put X in W and left the other blocks in W. The
wrong replies: the historian's "What, if anything, is presently resting upon X?". The refusals: the cabbie's "be a good
lad and pop X in W", "guv", "That block sat on top of X, shift it into the bin for us, mate.", "leave X be where it is,
yeah?", "lovely", "Sort 'em out by colour, would ya? Each block in the bowl what matches it."; the historian's "much as one
might arrange an exhibit", "I should like to see X, Y and Z stacked in that order", "whichever it may prove to be, ought
to be placed in it", "which has sat there for some time"; the quiz host's "you are not allowed to use the bin! Anywhere
else is fair game.", "Contestant, find the block ...", "For ten points: ... must not move an inch!"; the father's "before
the little one knocks it off", "its my daughters", "its their favourite".
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

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]


# ----- helpers -----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's sentence and check, or None when the goal already holds in the scene."""
    if check(w.state, w.state):
        return None
    return text, _act(check)


def _place_words(place: str) -> str:
    return "the middle of the table" if place == MIDDLE else f"the {place}"


def _depth(s: SymState, block: str) -> int:
    """How many blocks stand from the bottom of `block`'s tower up to it, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(s: SymState, top: str, below: str) -> bool:
    """Whether `top` can go onto `below` without being dug out from under it or overtopping a tower."""
    return top != below and below not in s.above(top) and _depth(s, below) + 1 <= layout.MAX_TOWER


def _room(s: SymState, bowl: str, *adding: str) -> bool:
    new = [b for b in adding if s.base(b) != bowl]
    return len(s.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _on_table_rel(block: str) -> Check:
    return lambda _i, f: holds(Rel("on_table", block), f)


def _tower(*blocks: str) -> Check:
    """One tower of exactly these blocks in any order, standing on the table, a named place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.support[bottoms[0]] in f.support or f.base(bottoms[0]) == BIN:
            return False
        sups = [f.support[b] for b in blocks if b != bottoms[0]]
        return len(set(sups)) == len(sups)

    return check


def _ranked(w: World, ref: str, among: list[str]) -> list[tuple[float, str]]:
    return sorted((w.dist(b, ref), b) for b in among)


def _unique_extreme(w: World, ref: str, among: list[str], far: bool = False) -> str | None:
    """The block nearest (or furthest from) `ref`, when it is clearly the only one."""
    ranked = _ranked(w, ref, among)
    if far:
        ranked = ranked[::-1]
    if len(ranked) < 2 or abs(ranked[0][0] - ranked[1][0]) < 0.03:
        return None
    return ranked[0][1]


def _where(s: SymState, block: str) -> str:
    sup = s.support[block]
    return "table" if sup == TABLE else sup


# ----- imperative ---------------------------------------------------------------------------------------
def t225_imp_cabbie(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl and _room(w.state, bowl, b)]
    if not cands:
        return None
    a = w.pick(cands)[0]
    return _made(w, f"Right, be a good lad and pop the {a} in the {bowl} for me, cheers.", rels(Rel("in", a, bowl)))


def t225_imp_arabic(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_stack(w.state, a, b):
        return None
    return _made(w, f"Please put the {a} on the {b}.", rels(Rel("on", a, b)))


def t225_imp_historian(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    place = w.pick(list(CORNERS))[0]
    return _made(w, f"Kindly place the {a} in the {place}, much as one might arrange an exhibit.",
                 rels(Rel("at", a, place)))


def t225_imp_quizhost(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"Round one, and it's an easy starter: move the {a} into the bin!", binned([a]))


def t225_imp_dad2(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowl = w.state.base(a)
    return _made(w, f"grab the {a} out of the {bowl} and put it on the table pls", _on_table_rel(a))


def t225_imp_plain6(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"Build a tower out of the {a}, the {b} and the {c}.", _tower(a, b, c))


# ----- declarative --------------------------------------------------------------------------------------
def t225_dec_cabbie(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl and _room(w.state, bowl, b)]
    if not cands:
        return None
    a = w.pick(cands)[0]
    return _made(w, f"That {a} wants to be sat in the {bowl}, mate, that's where it lives.",
                 rels(Rel("in", a, bowl)))


def t225_dec_arabic(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_stack(w.state, a, b):
        return None
    return _made(w, f"The {a} should be on top of the {b}.", rels(Rel("on", a, b)))


def t225_dec_historian(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"The {a} ought properly to be in the bin; it has had its day.", binned([a]))


def t225_dec_quizhost(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"Here's the picture we're after: the {a} is on the {b}, and the {b} is on the {c}.",
                 rels(Rel("on", a, b), Rel("on", b, c)))


def t225_dec_dad2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"the {a} needs to be in {_place_words(place)} before the little one knocks it off",
                 rels(Rel("at", a, place)))


def t225_dec_plain6(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w.state, bowl, a, b):
        return None
    return _made(w, f"Both the {a} and the {b} should be in the {bowl}.", rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- desiderative -------------------------------------------------------------------------------------
def t225_des_cabbie(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"What I'd really like, guv, is the {a} in the bin, and the {b} and all.", binned([a, b]))


def t225_des_arabic(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl and _room(w.state, bowl, b)]
    if not cands:
        return None
    a = w.pick(cands)[0]
    return _made(w, f"I want that the {a} is inside the {bowl}, please.", rels(Rel("in", a, bowl)))


def t225_des_historian(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[b] == a and f.support[c] == b and f.support[a] not in f.support and f.base(a) != BIN

    return _made(w, f"I should like to see the {a}, the {b} and the {c} stacked in that order, "
                    f"with the {a} at the bottom.", check)


def t225_des_quizhost(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"For this round, my friends, I'd like the {a} sitting in {_place_words(place)}.",
                 rels(Rel("at", a, place)))


def t225_des_dad2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"want the {bowl} empty, just dump whats in it in the bin", both(empty(bowl), binned(inside)))


def t225_des_plain6(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_stack(w.state, a, b):
        return None
    return _made(w, f"My goal is to have the {a} sitting on top of the {b}.", rels(Rel("on", a, b)))


# ----- quantified ---------------------------------------------------------------------------------------
def t225_qua_cabbie(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose or len(loose) > 5:
        return None
    return _made(w, "Every block that ain't in a bowl, stick it in the bin for us, would ya?", binned(loose))


def t225_qua_arabic(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Please put each block that is in the {bowl} on the table.",
                 lambda i, f: all(holds(Rel("on_table", b), f) for b in inside))


def t225_qua_historian(w: World) -> Made:
    tops = [t for t, _ in w.pairs()]
    if not tops:
        return None
    return _made(w, "Every block presently resting on another block should be set down on the table by itself.",
                 lambda i, f: all(holds(Rel("on_table", b), f) for b in tops))


def t225_qua_quizhost(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(bowl)) == 2:
        return None
    return _made(w, f"Your challenge: exactly two blocks in the {bowl}. No more, no less!", count_in(bowl, 2))


def t225_qua_dad2(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowls = w.bowls
    return _made(w, "one block in each bowl pls, just one each",
                 lambda i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))


def t225_qua_plain6(w: World) -> Made:
    free = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not free:
        return None
    bowl = w.pick(free)[0]
    return _made(w, f"Could you put three of the blocks into the {bowl}? Any three will do.", count_in(bowl, 3))


# ----- negated ------------------------------------------------------------------------------------------
def t225_neg_cabbie(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"Bin the lot except the {a}, there's a good lad.", both(binned(rest), none_binned([a])))


def t225_neg_arabic(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY + 1:
        return None
    bowl = w.pick(w.bowls)[0]
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"Put all blocks in the {bowl} but not the {a}.",
                 rels(*(Rel("in", b, bowl) for b in rest), Rel("in", a, bowl, negated=True)))


def t225_neg_historian(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowl = w.state.base(a)
    return _made(w, f"The {a} has no business in the {bowl}. Take it out, though not to the bin, if you please.",
                 rels(Rel("in", a, bowl, negated=True), Rel("in_bin", a, negated=True)))


def t225_neg_quizhost(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"Clear out the {bowl}, but you are not allowed to use the bin! Anywhere else is fair game.",
                 both(empty(bowl), none_binned(w.blocks)))


def t225_neg_dad2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"bin everything apart from the {a} and the {b}", both(binned(rest), none_binned([a, b])))


def t225_neg_plain6(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    a = w.pick(inside)[0]
    others = [b for b in inside if b != a]
    return _made(w, f"Take every block out of the {bowl} except the {a}.",
                 rels(Rel("in", a, bowl), *(Rel("in", b, bowl, negated=True) for b in others)))


# ----- relative -----------------------------------------------------------------------------------------
def t225_rel_cabbie(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"That block sat on top of the {below}, shift it into the bin for us, mate.", binned([top]))


def t225_rel_arabic(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowl = w.pick(w.bowls)[0]
    if not _room(w.state, bowl, below):
        return None
    return _made(w, f"Please take the block under the {top} and put it in the {bowl}.", rels(Rel("in", below, bowl)))


def t225_rel_historian(w: World) -> Made:
    free = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not free:
        return None
    bowl = w.pick(free)[0]
    near = _unique_extreme(w, bowl, w.blocks)
    if near is None:
        return None
    return _made(w, f"The block lying nearest to the {bowl}, whichever it may prove to be, ought to be placed in it.",
                 rels(Rel("in", near, bowl)))


def t225_rel_quizhost(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    far = _unique_extreme(w, bowl, w.blocks, far=True)
    if far is None:
        return None
    return _made(w, f"Contestant, find the block that is furthest away from the {bowl} and drop it in the bin!",
                 binned([far]))


def t225_rel_dad2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"put the block thats under the {top} on top of the {top} instead", rels(Rel("on", below, top)))


def t225_rel_plain6(w: World) -> Made:
    s = w.state
    alone = [b for b in w.blocks if s.support[b] in (TABLE, *PLACES) and s.is_clear(b)]
    if not alone:
        return None
    c = w.pick(alone)[0]
    near = _unique_extreme(w, c, [b for b in w.blocks if b != c])
    if near is None:
        return None
    return _made(w, f"Put whichever block is closest to the {c} on top of it.", rels(Rel("on", near, c)))


# ----- keep ---------------------------------------------------------------------------------------------
def t225_keep_cabbie(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    return _made(w, f"Bung the {a} in the bin, but leave the {b} be where it is, yeah?", both(binned([a]), kept(b)))


def t225_keep_arabic(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if b in w.state.above(a) or not _room(w.state, bowl, a):
        return None
    return _made(w, f"Put the {a} in the {bowl} and don't move the {b}.", both(rels(Rel("in", a, bowl)), kept(b)))


def t225_keep_historian(w: World) -> Made:
    s = w.state
    cands = [b for b in w.in_bowls() if s.support[b] in s.bowls and len(s.in_bowl(s.support[b])) >= 2]
    if not cands:
        return None
    a = w.pick(cands)[0]
    bowl = s.support[a]
    others = [b for b in s.in_bowl(bowl) if b != a]
    return _made(w, f"Please empty the {bowl} into the bin, but leave the {a}, which has sat there for some time, "
                    f"exactly where it is.", both(binned(others), kept(a)))


def t225_keep_quizhost(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    s = w.state
    if not _can_stack(s, a, b) or c in s.above(a) or c in s.above(b):
        return None
    return _made(w, f"For ten points: stack the {a} on the {b}, and the {c} must not move an inch!",
                 both(rels(Rel("on", a, b)), kept(c)))


def t225_keep_dad2(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b, c, d = w.pick(w.blocks, 4)
    s = w.state
    if any(d in s.above(x) for x in (a, b, c)):
        return None
    return _made(w, f"make a tower with the {a} {b} and {c} but dont touch the {d} its my daughters",
                 both(_tower(a, b, c), kept(d)))


def t225_keep_plain6(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    a = w.pick(outside)[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"Move the {a} to {_place_words(place)}, and keep everything in the {bowl} where it is.",
                 both(rels(Rel("at", a, place)), kept(*inside)))


# ----- multi-step ---------------------------------------------------------------------------------------
def t225_multi_cabbie(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowl = w.pick(w.bowls)[0]
    if w.state.base(below) == bowl or not _room(w.state, bowl, below):
        return None
    return _made(w, f"First off, take the {top} off the {below}, then pop the {below} in the {bowl}, lovely.",
                 rels(Rel("on", top, below, negated=True), Rel("in", below, bowl)))


def t225_multi_arabic(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    if not _can_stack(w.state, b, c):
        return None
    return _made(w, f"First put the {a} in the bin, after that put the {b} on the {c}.",
                 rels(Rel("in_bin", a), Rel("on", b, c)))


def t225_multi_historian(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.pick(list(PLACES))[0]
    return _made(w, f"Begin by moving the {a} to {_place_words(place)}; thereafter, set the {b} upon it.",
                 rels(Rel("at", a, place), Rel("on", b, a)))


def t225_multi_quizhost(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    a = w.pick(outside)[0]
    return _made(w, f"A two-part round! Part one: empty the {bowl} out onto the table. "
                    f"Part two: put the {a} in the {bowl}.",
                 lambda i, f: holds(Rel("in", a, bowl), f) and all(b in f.on_the_table() for b in inside))


def t225_multi_dad2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w.state, bowl, a, b):
        return None
    return _made(w, f"first the {a} in the {bowl} then the {b} on top of it ok",
                 rels(Rel("in", a, bowl), Rel("on", b, a)))


def t225_multi_plain6(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    if not _can_stack(w.state, b, c):
        return None
    return _made(w, f"Put the {a} on the table, then stack the {b} on the {c}.",
                 both(_on_table_rel(a), rels(Rel("on", b, c))))


# ----- question -----------------------------------------------------------------------------------------
def t225_q_cabbie(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks have we got in the {bowl} then, mate?", answered(str(n))


def t225_q_arabic(w: World) -> Made:
    pairs = w.pairs()
    form = w.rng.choice(("Is the {a} on the {b}?", "The {a} is on the {b}, yes or no?"))
    if pairs and w.rng.random() < 0.5:
        a, b = w.pick(pairs)[0]
        return form.format(a=a, b=b), answered("Yes")
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a) or a in w.state.above(b):
        return None
    return form.format(a=a, b=b), answered("No")


def t225_q_historian(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    tops = w.state.on_top(b)
    answer = tops[0] if tops else "nothing"
    return f"What, if anything, is presently resting upon the {b}?", answered(answer)


def t225_q_quizhost(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    bowl = w.pick(w.bowls)[0]
    n = w.state.count_at(TABLE)
    flag = holds(Rel("in", a, bowl), w.state)
    return (f"Question one: how many blocks are on the table? Question two: is the {a} in the {bowl}?",
            answered(f"{n}|{yes(flag).lower()}"))


def t225_q_dad2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return f"wheres the {a}", answered(_where(w.state, a))


def t225_q_plain6(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    flag = bool(w.state.in_bowl(bowl))
    return (f"Is there anything in the {bowl}? And how many blocks are there in total?",
            answered(f"{yes(flag).lower()}|{len(w.blocks)}"))


# ----- matching -----------------------------------------------------------------------------------------
def t225_match_cabbie(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort 'em out by colour, would ya? Each block in the bowl what matches it.", rels(*want))


def t225_match_arabic(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.pick(want)[0]
    return _made(w, f"Please put the {r.block} in the bowl with the same colour.", rels(r))


def t225_match_historian(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Kindly put each block into the bowl of its own colour, wherever such a bowl exists.", rels(*want))


def t225_match_quizhost(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.pick(want)[0]
    colour = w.colour(r.block)
    return _made(w, f"Colour-match round! The {colour} bowl gets the {colour} block, and nothing else goes in it.",
                 both(rels(r), count_in(r.target, 1)))


def t225_match_dad2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    if len(want) >= 2:
        r1, r2 = w.pick(want, 2)
        c1, c2 = w.colour(r1.block), w.colour(r2.block)
        return _made(w, f"the kids want the {c1} block in the {c1} bowl and the {c2} one in the {c2} bowl",
                     rels(r1, r2))
    r = want[0]
    c = w.colour(r.block)
    return _made(w, f"the kids want the {c} block in the {c} bowl, its their favourite", rels(r))


def t225_match_plain6(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    return _made(w, "Put each block into the bowl of the same colour if there is one, and put the rest in the bin.",
                 both(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("cabbie", "arabic", "historian", "quizhost", "dad2", "plain6")
FRESH225: list[Template] = [
    (f"t225_{short}_{style}", category, globals()[f"t225_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
