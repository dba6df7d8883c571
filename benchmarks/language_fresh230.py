"""`FRESH230`, the two-hundred-and-thirty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own plain
words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table (one or two in a message). Six kinds of people write them:
- dentist: "Okay, nice and easy now: please move the red block into the blue bowl. You're doing great."
- filipino: "pls put the red block on top of the blue block po"
- trucker: "Breaker one-nine, haul that red block on over to the top left corner for me, over."
- poet2: "Let the red block fall softly into the bin, its little work here done."
- gran3: "Take the red block out of the blue bowl and Put it on the table please"
- plain11: "Could you stack the red block on the green block, and then the blue block on top of that?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 658b935, the code of 3d65d8a, before anything it could prompt): 0.5633
goal-correct (169 of 300), 114 refused, five questions asked, five wrong actions and seven wrong replies. The wrong
actions: the trucker's "I'd sure like to see that purple block parked in the top right corner, copy that?" was answered
as a question. The wrong replies: the Filipino speaker's "is X on Y po?" and the trucker's "What's sittin' on top of X,
good buddy?". The refusals: the Filipino speaker's "po", "pls", "thank u"; the trucker's "Breaker one-nine, ...",
"good buddy", "Ten-four", "copy?", "haul X on over to", "don't you lay a finger on X", "just the way she is"; the poet's
"its little work here done", "a small bright sentinel keeping watch", "at its foot ... to crown them both", "dwelling in W
wander out to", "let it rest anywhere at all, only not there", "make the short journey there and rest", "let X keep its
quiet station", "seek out the bowl that wears its own colour"; the dentist's "and that will be everything for today". The
questions: the trucker's "Grab whichever block's closest to W and drop it on in there, over.".
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

_MIDDLE = PLACES[4]
_BIN_ROOM = 5


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """Every check holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _loose(w: World) -> list[str]:
    """Clear blocks standing straight on the table (or a named place on it)."""
    return [b for b in w.blocks if w.state.support[b] in (TABLE, *PLACES) and w.state.is_clear(b)]


def _height_to(w: World, b: str) -> int:
    """How many blocks from the bottom of `b`'s tower up to `b`, itself included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _stackable(w: World, a: str, b: str) -> bool:
    """Whether `a` can go straight on `b` (not under it, not in the bin, the tower not too high)."""
    return (a != b and w.state.base(b) != BIN and b not in w.state.above(a)
            and _height_to(w, b) + 1 <= layout.MAX_TOWER)


def _room(w: World, bowl: str, *blocks: str) -> bool:
    """Whether `bowl` has room for those of `blocks` not in it yet."""
    new = [b for b in blocks if w.state.base(b) != bowl]
    return len(w.state.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _space(w: World, bowl: str, n: int = 1) -> bool:
    """Whether `bowl` has room for `n` more blocks."""
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _bin_room(w: World, blocks: list[str]) -> bool:
    return sum(1 for b in w.blocks if w.state.base(b) == BIN) + len(blocks) <= _BIN_ROOM


def _not_over(w: World, c: str, *movers: str) -> bool:
    """`c` is none of `movers` and sits above none of them (so it need not move for them)."""
    return all(c != m and c not in w.state.above(m) for m in movers)


def _pos(w: World, name: str) -> tuple[float, float]:
    if name in layout.PLACES:
        return layout.PLACES[name]
    p = w.scene.get(name).position
    return p[0], p[1]


def _extreme(w: World, to: str, cands: list[str], far: bool = False, margin: float = 0.03) -> str | None:
    """The candidate nearest to (or farthest from) `to`, when it stands out by `margin`."""
    tx, ty = _pos(w, to)
    ds = sorted((((_pos(w, c)[0] - tx) ** 2 + (_pos(w, c)[1] - ty) ** 2) ** 0.5, c) for c in cands)
    if far:
        ds = [(-d, c) for d, c in ds][::-1]
    if not ds or (len(ds) > 1 and ds[1][0] - ds[0][0] < margin):
        return None
    return ds[0][1]


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _same_bowl(i: SymState, f: SymState, bowl: str) -> bool:
    return sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl)) and all(i.support[b] == f.support[b]
                                                                      for b in i.in_bowl(bowl))


def _one_tower(blocks: list[str]) -> Check:
    """All of `blocks` in one tower, in any order, standing wherever (table, a place or a bowl)."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in f.support and f.base(b) not in (BIN, "gripper")]
        return len(bottoms) == 1 and sorted([bottoms[0], *f.above(bottoms[0])]) == sorted(blocks)

    return check


def _bottom(a: str) -> Check:
    """`a` stands at the foot of its tower (on the table, a place or a bowl floor), not in the bin."""
    return lambda _i, f: f.support[a] not in f.support and f.base(a) not in (BIN, "gripper")


# ----- imperative -----------------------------------------------------------------------------------
def t230_imp_dentist(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _space(w, bowl):
        return None
    a = w.rng.choice(cands)
    return _made(w, f"Okay, nice and easy now: please move the {a} into the {bowl}. You're doing great.",
                 rels(Rel("in", a, bowl)))


def t230_imp_filipino(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _stackable(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"pls put the {a} on top of the {b} po", rels(Rel("on", a, b)))


def t230_imp_trucker(w: World) -> Made:
    a, place = w.rng.choice(_live(w)), w.rng.choice(PLACES)
    return _made(w, f"Breaker one-nine, haul that {a} on over to the {place} for me, over.",
                 rels(Rel("at", a, place)))


def t230_imp_poet2(w: World) -> Made:
    a = w.rng.choice(_live(w))
    return _made(w, f"Let the {a} fall softly into the bin, its little work here done.", rels(Rel("in_bin", a)))


def t230_imp_gran3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return _made(w, f"Take the {a} out of the {bowl} and Put it on the table please", rels(Rel("on_table", a)))


def t230_imp_plain11(w: World) -> Made:
    loose = _loose(w)
    bases = [b for b in w.clear_blocks() if _height_to(w, b) + 2 <= layout.MAX_TOWER]
    picks = [(a, b, c) for b in bases for a in loose for c in loose if len({a, b, c}) == 3]
    if not picks:
        return None
    a, b, c = w.rng.choice(picks)
    return _made(w, f"Could you stack the {a} on the {b}, and then the {c} on top of that?",
                 rels(Rel("on", a, b), Rel("on", c, a)))


# ----- declarative ----------------------------------------------------------------------------------
def t230_dec_dentist(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _space(w, bowl):
        return None
    a = w.rng.choice(cands)
    return _made(w, f"The {a} should end up in the {bowl}, and that will be everything for today.",
                 rels(Rel("in", a, bowl)))


def t230_dec_filipino(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _stackable(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"the {a} should be on the {b} po, thank u", rels(Rel("on", a, b)))


def t230_dec_trucker(w: World) -> Made:
    a = w.rng.choice(_live(w))
    return _made(w, f"That {a} belongs in the bin, good buddy. Ten-four.", rels(Rel("in_bin", a)))


def t230_dec_poet2(w: World) -> Made:
    a, place = w.rng.choice(_live(w)), w.rng.choice(PLACES)
    return _made(w, f"The {a} ought to rest in the {place}, a small bright sentinel keeping watch.",
                 rels(Rel("at", a, place)))


def t230_dec_gran3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a, b = w.pick(_live(w), 2)
    if not _room(w, bowl, a, b):
        return None
    return _made(w, f"the {a} and the {b} both go in the {bowl}", rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t230_dec_plain11(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} should be empty when you're done.", empty(bowl))


# ----- desiderative ---------------------------------------------------------------------------------
def t230_des_dentist(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _stackable(w, a, b) and w.state.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"What I'd like is for the {a} to sit right on top of the {b}. Just a quick one, you won't "
                    "feel a thing.", rels(Rel("on", a, b)))


def t230_des_filipino(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _space(w, bowl):
        return None
    a = w.rng.choice(cands)
    return _made(w, f"i want the {a} inside the {bowl} po pls", rels(Rel("in", a, bowl)))


def t230_des_trucker(w: World) -> Made:
    a, place = w.rng.choice(_live(w)), w.rng.choice(PLACES)
    return _made(w, f"I'd sure like to see that {a} parked in the {place}, copy that?", rels(Rel("at", a, place)))


def t230_des_poet2(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    return _made(w, f"My wish is a little tower: the {a} at its foot, the {b} above it, and the {c} to crown them "
                    "both.", _bottom(a), rels(Rel("on", b, a), Rel("on", c, b)))


def t230_des_gran3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    if not _bin_room(w, inside):
        return None
    return _made(w, f"I want the {bowl} emptied out into the Bin please dear", binned(inside))


def t230_des_plain11(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(a) == bowl or not _room(w, bowl, a):
        return None
    return _made(w, f"I'd like the {a} taken off the {b} and put in the {bowl}.", rels(Rel("in", a, bowl)))


# ----- quantified -----------------------------------------------------------------------------------
def t230_qua_dentist(w: World) -> Made:
    table = w.state.on_the_table()
    if not table or not _bin_room(w, table):
        return None
    return _made(w, "Let's put every block that's on the table into the bin. One at a time, no rush at all.",
                 binned(table))


def t230_qua_filipino(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"pls put exactly two blocks in the {bowl} po", count_in(bowl, 2))


def t230_qua_trucker(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(b) for b in w.bowls):
        return None
    return _made(w, "Put one block in each of them bowls, good buddy, just one apiece.",
                 *(count_in(b, 1) for b in w.bowls))


def t230_qua_poet2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl, place = w.rng.choice(full), w.rng.choice(PLACES)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Let every block now dwelling in the {bowl} wander out to the {place}.",
                 rels(*(Rel("at", b, place) for b in inside)))


def t230_qua_gran3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "take Every block out of the bowls and put them on the table please",
                 rels(*(Rel("on_table", b) for b in inside)))


def t230_qua_plain11(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) > layout.MAX_TOWER or len(blocks) < 2:
        return None
    return _made(w, "Stack all the blocks into one tower, in any order.", _one_tower(blocks))


# ----- negated --------------------------------------------------------------------------------------
def t230_neg_dentist(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.support[b] not in w.state.support]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in _live(w) if b != a]
    if not others or not _bin_room(w, others):
        return None
    return _made(w, f"We're going to put all the blocks in the bin except the {a}. The {a} stays right where it "
                    "is.", binned(others), kept(a))


def t230_neg_filipino(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"pls empty the {bowl} po but dont put them in the bin", empty(bowl), none_binned(w.blocks))


def t230_neg_trucker(w: World) -> Made:
    picks = [(a, b, c) for a in _live(w) for b in _live(w) for c in _live(w)
             if _stackable(w, a, b) and w.state.support[a] != b and _not_over(w, c, a, b)]
    if not picks:
        return None
    a, b, c = w.rng.choice(picks)
    return _made(w, f"Set the {a} up on the {b}, but don't you lay a finger on the {c}, good buddy.",
                 rels(Rel("on", a, b)), kept(c))


def t230_neg_poet2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return _made(w, f"Free the {a} from the {bowl}; let it rest anywhere at all, only not there.",
                 rels(Rel("in", a, bowl, negated=True)))


def t230_neg_gran3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    if not _bin_room(w, [b]):
        return None
    return _made(w, f"put the {b} in the Bin but NOT the {a} thats sitting on it",
                 rels(Rel("in_bin", b)), none_binned([a]))


def t230_neg_plain11(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b = w.pick(live, 2)
    others = [x for x in live if x not in (a, b)]
    if not _bin_room(w, others):
        return None
    return _made(w, f"Put all but the {a} and the {b} in the bin.", binned(others), none_binned([a, b]))


# ----- relative -------------------------------------------------------------------------------------
def t230_rel_dentist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, b = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(top) == bowl or not _room(w, bowl, top):
        return None
    return _made(w, f"The block sitting on top of the {b}, let's pop that one into the {bowl}, shall we?",
                 rels(Rel("in", top, bowl)))


def t230_rel_filipino(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, under = w.rng.choice(pairs)
    if not _bin_room(w, [under]):
        return None
    return _made(w, f"pls put the block under the {a} in the bin po", rels(Rel("in_bin", under)))


def t230_rel_trucker(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    near = _extreme(w, bowl, [b for b in _live(w) if w.state.base(b) != bowl])
    if near is None or not _room(w, bowl, near):
        return None
    return _made(w, f"Grab whichever block's closest to the {bowl} and drop it on in there, over.",
                 rels(Rel("in", near, bowl)))


def t230_rel_poet2(w: World) -> Made:
    place = w.rng.choice(PLACES)
    near = _extreme(w, place, _live(w))
    if near is None:
        return None
    return _made(w, f"Let the block lying nearest the {place} make the short journey there and rest.",
                 rels(Rel("at", near, place)))


def t230_rel_gran3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, under = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(under) == bowl or not _room(w, bowl, under):
        return None
    return _made(w, f"Put the block thats under the {a} into the {bowl} please", rels(Rel("in", under, bowl)))


def t230_rel_plain11(w: World) -> Made:
    bottoms = [b for b in _live(w) if w.state.support[b] not in w.state.support]
    towers = sorted(((len(w.state.above(b)) + 1, b) for b in bottoms), reverse=True)
    if not towers or towers[0][0] < 2 or (len(towers) > 1 and towers[1][0] == towers[0][0]):
        return None
    top = w.state.above(towers[0][1])[0]
    return _made(w, "Take the top block off the tallest stack and put it on the table.",
                 rels(Rel("on_table", top)))


# ----- keep -----------------------------------------------------------------------------------------
def t230_keep_dentist(w: World) -> Made:
    picks = [(a, b, c) for a in _live(w) for b in _live(w) for c in _live(w)
             if _stackable(w, a, b) and w.state.support[a] != b and _not_over(w, c, a, b)]
    if not picks:
        return None
    a, b, c = w.rng.choice(picks)
    return _made(w, f"We'll move the {a} onto the {b}, and the {c} stays exactly where it is. Nothing to worry "
                    "about there.", rels(Rel("on", a, b)), kept(c))


def t230_keep_filipino(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    picks = [(a, c) for a in _live(w) for c in _live(w) if w.state.base(a) != bowl and _not_over(w, c, a)]
    if not picks or not _space(w, bowl):
        return None
    a, c = w.rng.choice(picks)
    return _made(w, f"pls put the {a} in the {bowl} po, but leave the {c} as is", rels(Rel("in", a, bowl)), kept(c))


def t230_keep_trucker(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    return _made(w, f"Toss the {a} in the bin, but leave the {bowl} just the way she is, copy?",
                 rels(Rel("in_bin", a)), lambda i, f: _same_bowl(i, f, bowl))


def t230_keep_poet2(w: World) -> Made:
    picks = [(a, c) for a in _live(w) for c in _live(w) if _not_over(w, c, a)]
    if not picks:
        return None
    place = w.rng.choice(PLACES)
    a, c = w.rng.choice(picks)
    return _made(w, f"Carry the {a} to the {place}, yet let the {c} keep its quiet station.",
                 rels(Rel("at", a, place)), kept(c))


def t230_keep_gran3(w: World) -> Made:
    if w.in_bowls():
        return None
    table = w.state.on_the_table()
    cands = [b for b in table if w.state.support[b] not in w.state.support]
    if not cands:
        return None
    c = w.rng.choice(cands)
    others = [b for b in table if b != c]
    if not others or not _bin_room(w, others):
        return None
    return _made(w, f"can you put all the blocks in the Bin but leave the {c} alone please",
                 binned(others), kept(c))


def t230_keep_plain11(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    c = w.rng.choice(inside)
    bowl = w.state.base(c)
    picks = [(a, b) for a in _live(w) for b in _live(w)
             if _stackable(w, a, b) and w.state.support[a] != b and _not_over(w, c, a, b)]
    if not picks:
        return None
    a, b = w.rng.choice(picks)
    return _made(w, f"Put the {a} on the {b}, but keep the {c} in the {bowl}.",
                 rels(Rel("on", a, b), Rel("in", c, bowl)))


# ----- multi-step -----------------------------------------------------------------------------------
def t230_multi_dentist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(b) == bowl or not _room(w, bowl, b):
        return None
    return _made(w, f"First, let's lift the {a} off the {b} and set it down on the table. Then the {b} can go "
                    f"into the {bowl}.", rels(Rel("on_table", a), Rel("in", b, bowl)))


def t230_multi_filipino(w: World) -> Made:
    picks = [(a, b, c) for a in _live(w) for b in _live(w) for c in _live(w)
             if a not in (b, c) and _stackable(w, b, c)]
    if not picks:
        return None
    a, b, c = w.rng.choice(picks)
    return _made(w, f"first put the {a} in the bin po then put the {b} on the {c}",
                 rels(Rel("in_bin", a), Rel("on", b, c)))


def t230_multi_trucker(w: World) -> Made:
    a, b = w.pick(_live(w), 2)
    p1, p2 = w.pick(list(PLACES), 2)
    return _made(w, f"First off, haul the {a} down to the {p1}, then run the {b} over to the {p2}. Over and out.",
                 rels(Rel("at", a, p1), Rel("at", b, p2)))


def t230_multi_poet2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a, b = w.pick(_live(w), 2)
    if not _room(w, bowl, a, b):
        return None
    return _made(w, f"First let the {a} find its way into the {bowl}, and after that let the {b} settle upon the "
                    f"{a}.", rels(Rel("in", a, bowl), Rel("on", b, a)))


def t230_multi_gran3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _live(w) if b not in inside]
    if not cands:
        return None
    a = w.rng.choice(cands)
    return _made(w, f"first Empty the {bowl} onto the table then put the {a} in it",
                 rels(*(Rel("on_table", b) for b in inside), Rel("in", a, bowl)))


def t230_multi_plain11(w: World) -> Made:
    a, b = w.pick(_live(w), 2)
    return _made(w, f"Move the {a} to the middle of the table, and after that put the {b} on top of it.",
                 rels(Rel("at", a, _MIDDLE), Rel("on", b, a)))


# ----- questions ------------------------------------------------------------------------------------
def t230_q_dentist(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return f"Just so I know what we're working with: how many blocks are in the {bowl} right now?", answered(str(n))


def t230_q_filipino(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        return f"is the {a} on the {b} po?", answered("Yes")
    nots = [(a, b) for a in _live(w) for b in _live(w) if a != b and a not in w.state.above(b)]
    if not nots:
        return None
    a, b = w.rng.choice(nots)
    return f"is the {a} on the {b} po?", answered(yes(holds(Rel("on", a, b), w.state)))


def t230_q_trucker(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, b = w.rng.choice(pairs)
        return f"What's sittin' on top of the {b}, good buddy?", answered(top)
    clear = w.clear_blocks()
    if not clear:
        return None
    b = w.rng.choice(clear)
    return f"What's sittin' on top of the {b}, good buddy?", answered("nothing")


def t230_q_poet2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, under = w.rng.choice(pairs)
    return f"Tell me, what lies just beneath the {a}?", answered(under)


def t230_q_gran3(w: World) -> Made:
    a, bowl = w.rng.choice(_live(w)), w.rng.choice(w.bowls)
    n = w.state.count_at(TABLE)
    flag = holds(Rel("in", a, bowl), w.state)
    return f"how many blocks are on the Table and is the {a} in the {bowl}", answered(f"{n}|{yes(flag)}")


def t230_q_plain11(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    return f"Which bowl is the {a} in?", answered(w.state.base(a))


# ----- matching -------------------------------------------------------------------------------------
def t230_match_dentist(w: World) -> Made:
    want = matching(w)
    if not want or not all(_room(w, r.target, r.block) for r in want):
        return None
    return _made(w, "Now, let's put each block into the bowl that matches its colour.", rels(*want))


def t230_match_filipino(w: World) -> Made:
    cands = [b for b in _live(w) if _bowl_of(w, w.colour(b)) and w.state.base(b) != _bowl_of(w, w.colour(b))]
    if not cands:
        return None
    a = w.rng.choice(cands)
    bowl = _bowl_of(w, w.colour(a))
    assert bowl is not None
    if not _room(w, bowl, a):
        return None
    return _made(w, f"pls put the {a} in the bowl with the same color po", rels(Rel("in", a, bowl)))


def t230_match_trucker(w: World) -> Made:
    want = matching(w)
    movers = [r.block for r in want if not holds(r, w.state)]
    rest = [b for b in _live(w) if b not in {r.block for r in want}]
    if not movers or any(not _not_over(w, c, *movers) for c in rest):
        return None
    if not all(_room(w, r.target, r.block) for r in want):
        return None
    return _made(w, "Match 'em up, good buddy: any block that's got a bowl its own colour goes in that bowl, and "
                    "the rest of 'em stay put.", rels(*want), kept(*rest))


def t230_match_poet2(w: World) -> Made:
    want = matching(w)
    rest = [b for b in _live(w) if b not in {r.block for r in want}]
    if not want or not rest or not _bin_room(w, rest) or not all(_room(w, r.target, r.block) for r in want):
        return None
    return _made(w, "Let each block seek out the bowl that wears its own colour, and let the others rest in the "
                    "bin.", rels(*want), binned(rest))


def t230_match_gran3(w: World) -> Made:
    picks = [(a, b, bowl) for b in _live(w) if (bowl := _bowl_of(w, w.colour(b)))
             for a in _live(w) if a != b and w.state.base(a) != bowl and _room(w, bowl, a)]
    if not picks:
        return None
    a, b, bowl = w.rng.choice(picks)
    return _made(w, f"Can you put the {a} in the bowl thats the same colour as the {b}", rels(Rel("in", a, bowl)))


def t230_match_plain11(w: World) -> Made:
    by_colour = {w.colour(b): b for b in _live(w)}
    picks = [(a, t, bowl) for bowl in w.bowls if (t := by_colour.get(w.colour(bowl)))
             for a in _live(w) if _stackable(w, a, t) and w.state.support[a] != t]
    if not picks:
        return None
    a, t, bowl = w.rng.choice(picks)
    return _made(w, f"Put the {a} on the block that's the same colour as the {bowl}.", rels(Rel("on", a, t)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("dentist", "filipino", "trucker", "poet2", "gran3", "plain11")
FRESH230: list[Template] = [
    (f"t230_{short}_{style}", category, globals()[f"t230_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
