"""`FRESH264`, the two-hundred-and-sixty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing into the chat window in their own plain
words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, plain questions about the table,
one or two in a message). Six personas write them:
- cook: "Pop the red block into the blue bowl, like cracking an egg into the mixing bowl."
- hungarian: "Please, you put the green block on the yellow block."
- runner: "red block to top left corner. quick"
- librarian3: "First, please return the blue block to the table; then place the red block in the green bowl."
- grandpa5: "Now then, where's the red block got to? I had my eye on it a minute ago."
- plain45: "Put the green block in the bin, then the yellow one, and then the blue one."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on f456be8, the code of ae91376, before anything it could prompt): 0.7667
goal-correct (230 of 300), 60 refused, five questions, five wrong actions and no wrong reply. The wrong actions: the
grandfather's "What I'd really like, if it's no bother, and it shouldn't be, is X over in the bottom left corner. That's
where I'd have it." did nothing. The questions: the grandfather's "Right, first thing, X goes over into the top right
corner, and once that's done, and only then, Y can go right on top of it. That's the order my father did things in." The
refusals: the grandfather's "Now then, that X that's gone and got itself in W, fetch it out for me and set it down on
the table, would you? Anywhere on the table is fine.", "Every single block that's sitting in a bowl, every last one of
them, I'd like taken out and put on the table. The table, mind, not the bin.", "Now don't you go putting anything in the
bin, mind, my wife says I throw too much away, but I do want W emptied out.", "You see that little tower there, the one
with X at the bottom? Take whatever's on the very top of it and set it down in the bottom left corner." and "Build us a
little tower out of X and Y, whichever way up you like, but Z, you leave that one be. It's fine where it is, always has
been."; the Hungarian speaker's "X should be on Y, I think it is more better like this.", "Please put in the bin every
block which is not in a bowl.", "Put into the bin the block which is under X." and "Put the blocks in the bowls with the
same colour, the other blocks you leave on their place."; the librarian's "W ought to be empty, please. Where its blocks
go is up to you." and "Kindly take X off Y. I don't mind where it goes, only not back on Y."; the cook's "Dish the
blocks out like portions: two in the bowl, no more, no less."
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

CORNERS = list(PLACES[:4])
MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """All the checks, with the gripper empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    if check(w.state, w.state):
        return None
    return text, check


def _c(name: str) -> str:
    """The colour word of an object name ("red block" -> "red")."""
    return name.split()[0]


def _depth(w: World, block: str) -> int:
    """How high `block` stands in its tower (1 on the table or a bowl's floor)."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _on_floor(w: World, block: str) -> bool:
    """The block's tower stands on the table or a named place."""
    return w.state.base(block) in (TABLE, *PLACES)


def _loose(w: World) -> list[str]:
    """Blocks whose tower stands on the table (not in a bowl, the bin or the gripper)."""
    return [b for b in w.blocks if _on_floor(w, b)]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _same_tower(w: World, a: str, b: str) -> bool:
    return a in w.state.above(b) or b in w.state.above(a)


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` can go onto `below`: two towers on the table, and the result no higher than allowed."""
    return (top != below and not _same_tower(w, top, below) and _on_floor(w, below)
            and _depth(w, below) + 1 <= layout.MAX_TOWER)


def _not_above(w: World, keep: str, *moving: str) -> bool:
    """`keep` does not sit above any block that has to move (so it can stay where it is)."""
    return all(keep != m and keep not in w.state.above(m) for m in moving)


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if _c(b) == colour), None)


def _list(names: list[str]) -> str:
    """ "the red block, the blue block and the green block" """
    parts = [f"the {n}" for n in names]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# ----- imperative ---------------------------------------------------------------------------------------
def t264_imp_cook(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"Pop the {b} into the {bowl}, like cracking an egg into the mixing bowl.",
                 _act(rels(Rel("in", b, bowl))))


def t264_imp_hungarian(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please, you put the {a} on the {b}.", _act(rels(Rel("on", a, b))))


def t264_imp_runner(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(CORNERS)
    return _made(w, f"{_c(b)} block to {corner}. quick", _act(rels(Rel("at", b, corner))))


def t264_imp_librarian3(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"Please put the {b} away in the bin. Thank you.", _act(rels(Rel("in_bin", b))))


def t264_imp_grandpa5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"Now then, that {b} that's gone and got itself in the {bowl}, fetch it out for me and set it "
                    "down on the table, would you? Anywhere on the table is fine.",
                 _act(rels(Rel("on_table", b))))


def t264_imp_plain45(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if len(three) < 3:
        return None
    return _made(w, f"Make a tower out of {_list(three)}.", _act(rels(Rel("tower", *three))))


# ----- declarative -------------------------------------------------------------------------------------
def t264_dec_cook(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"The {b} belongs in the {bowl}, same as the butter belongs in the fridge.",
                 _act(rels(Rel("in", b, bowl))))


def t264_dec_hungarian(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} should be on the {b}, I think it is more better like this.",
                 _act(rels(Rel("on", a, b))))


def t264_dec_runner(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"{_c(b)} block should be in the bin. thx", _act(rels(Rel("in_bin", b))))


def t264_dec_librarian3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} ought to be empty, please. Where its blocks go is up to you.",
                 _act(empty(bowl)))


def t264_dec_grandpa5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"The way I see it, the {b} ought to be sitting in the middle of the table, right in the middle, "
                    "where we always kept the fruit bowl back in the day.",
                 _act(rels(Rel("at", b, MIDDLE))))


def t264_dec_plain45(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    return _made(w, f"The {top} should be on the table, not on top of the {below}.",
                 _act(rels(Rel("on_table", top))))


# ----- desiderative ------------------------------------------------------------------------------------
def t264_des_cook(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I'd love the {a} sitting on the {b}, like a scoop of ice cream on a cone.",
                 _act(rels(Rel("on", a, b))))


def t264_des_hungarian(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"I would like that the {b} is in the bin, please.", _act(rels(Rel("in_bin", b))))


def t264_des_runner(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"want {_c(b)} block in {_c(bowl)} bowl", _act(rels(Rel("in", b, bowl))))


def t264_des_librarian3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    two = w.pick([b for b in w.blocks if w.state.base(b) != bowl], 2)
    if len(two) < 2 or not _room(w, bowl, 2):
        return None
    return _made(w, f"I would like both the {two[0]} and the {two[1]} placed in the {bowl}, if you would.",
                 _act(rels(Rel("in", two[0], bowl), Rel("in", two[1], bowl))))


def t264_des_grandpa5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(CORNERS)
    return _made(w, f"What I'd really like, if it's no bother, and it shouldn't be, is the {b} over in the "
                    f"{corner}. That's where I'd have it.",
                 _act(rels(Rel("at", b, corner))))


def t264_des_plain45(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    two = w.pick([b for b in w.blocks if w.state.base(b) != bowl], 2)
    if len(two) < 2 or not _room(w, bowl):
        return None
    binned_one, bowled = two
    return _made(w, f"I want the {binned_one} in the bin and the {bowled} in the {bowl}.",
                 _act(rels(Rel("in_bin", binned_one), Rel("in", bowled, bowl))))


# ----- quantified --------------------------------------------------------------------------------------
def t264_qua_cook(w: World) -> Made:
    if len(w.blocks) < 2 * len(w.bowls):
        return None
    checks = [count_in(b, 2) for b in w.bowls]
    each = "each bowl" if len(w.bowls) > 1 else "the bowl"
    return _made(w, f"Dish the blocks out like portions: two in {each}, no more, no less.", _act(*checks))


def t264_qua_hungarian(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Please make so that the {bowl} has exactly two blocks inside.", _act(count_in(bowl, 2)))


def t264_qua_runner(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    return _made(w, "exactly one block in each bowl. go", _act(*(count_in(b, 1) for b in w.bowls)))


def t264_qua_librarian3(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Please gather all of the blocks together in the {bowl}.",
                 _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t264_qua_grandpa5(w: World) -> Made:
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    return _made(w, "Every single block that's sitting in a bowl, every last one of them, I'd like taken out and put "
                    "on the table. The table, mind, not the bin.",
                 _act(rels(*(Rel("on_table", b) for b in inside))))


def t264_qua_plain45(w: World) -> Made:
    if w.state.count_at(BIN):
        return None
    return _made(w, "Put any three blocks in the bin.",
                 _act(lambda _i, f: f.count_at(BIN) == 3))


# ----- negated -----------------------------------------------------------------------------------------
def t264_neg_cook(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    odd = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != odd]
    return _made(w, f"Put all the blocks in the {bowl} except the {odd}, that one stays out, like the bit of cheese "
                    "you keep back for the top.",
                 _act(rels(*(Rel("in", b, bowl) for b in rest), Rel("in", odd, bowl, negated=True))))


def t264_neg_hungarian(w: World) -> Made:
    loose, inside = _loose(w), w.in_bowls()
    if not loose:
        return None
    return _made(w, "Please put in the bin every block which is not in a bowl.",
                 _act(binned(loose), none_binned(inside)))


def t264_neg_runner(w: World) -> Made:
    odd = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != odd]
    return _made(w, f"everything in the bin but the {_c(odd)} block", _act(binned(rest), none_binned([odd])))


def t264_neg_librarian3(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    return _made(w, f"Kindly take the {top} off the {below}. I don't mind where it goes, only not back on the "
                    f"{below}.",
                 _act(rels(Rel("on", top, below, negated=True))))


def t264_neg_grandpa5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Now don't you go putting anything in the bin, mind, my wife says I throw too much away, but I "
                    f"do want the {bowl} emptied out.",
                 _act(empty(bowl), none_binned(w.blocks)))


def t264_neg_plain45(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    two = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in two]
    return _made(w, f"Put all the blocks except the {two[0]} and the {two[1]} in the bin.",
                 _act(binned(rest), none_binned(two)))


# ----- relative ----------------------------------------------------------------------------------------
def t264_rel_cook(w: World) -> Made:
    pairs = w.pairs()
    bowl = w.rng.choice(w.bowls)
    if not pairs or not _room(w, bowl):
        return None
    top, below = w.rng.choice(pairs)
    if w.state.base(top) == bowl:
        return None
    return _made(w, f"Grab the block that's sitting on top of the {below} and put it in the {bowl}.",
                 _act(rels(Rel("in", top, bowl))))


def t264_rel_hungarian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Put into the bin the block which is under the {top}.", _act(rels(Rel("in_bin", below))))


def t264_rel_runner(w: World) -> Made:
    order = sorted(w.blocks, key=w.y)
    if w.y(order[1]) - w.y(order[0]) < 0.05:
        return None
    return _made(w, "leftmost block in the bin", _act(rels(Rel("in_bin", order[0]))))


def t264_rel_librarian3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    loose = _loose(w)
    if len(loose) < 2 or not _room(w, bowl):
        return None
    order = sorted(loose, key=lambda b: w.dist(b, bowl))
    if w.dist(order[1], bowl) - w.dist(order[0], bowl) < 0.04:
        return None
    return _made(w, f"Of the blocks out on the table, please put the one closest to the {bowl} into that bowl.",
                 _act(rels(Rel("in", order[0], bowl))))


def t264_rel_grandpa5(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] == TABLE and w.state.above(b)]
    if not bottoms:
        return None
    bottom = w.rng.choice(bottoms)
    top = w.state.above(bottom)[0]
    corner = w.rng.choice(CORNERS)
    return _made(w, f"You see that little tower there, the one with the {bottom} at the bottom? Take whatever's on "
                    f"the very top of it and set it down in the {corner}.",
                 _act(rels(Rel("at", top, corner))))


def t264_rel_plain45(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    inside = w.state.in_bowl(bowl)[0]
    targets = [b for b in w.blocks if _can_stack(w, inside, b)]
    if not targets:
        return None
    target = w.rng.choice(targets)
    return _made(w, f"Put the block that's in the {bowl} on top of the {target}.",
                 _act(rels(Rel("on", inside, target))))


# ----- keep --------------------------------------------------------------------------------------------
def t264_keep_cook(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    b = w.rng.choice(w.blocks)
    others = [k for k in w.blocks if _not_above(w, k, b)]
    if w.state.base(b) == bowl or not _room(w, bowl) or not others:
        return None
    keep = w.rng.choice(others)
    return _made(w, f"Put the {b} in the {bowl} but leave the {keep} right where it is, like a roast that's resting.",
                 _act(rels(Rel("in", b, bowl)), kept(keep)))


def t264_keep_hungarian(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [k for k in w.blocks if _not_above(w, k, a, b)]
    if not others:
        return None
    keep = w.rng.choice(others)
    return _made(w, f"Put the {a} on the {b}, but the {keep} you don't move, it stays like now.",
                 _act(rels(Rel("on", a, b)), kept(keep)))


def t264_keep_runner(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [k for k in w.blocks if _not_above(w, k, b)]
    if not others:
        return None
    keep = w.rng.choice(others)
    return _made(w, f"{_c(b)} block in bin. dont move the {_c(keep)} one",
                 _act(rels(Rel("in_bin", b)), kept(keep)))


def t264_keep_librarian3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    contents = w.state.in_bowl(bowl)
    others = [k for k in w.blocks if k not in contents]
    if not others:
        return None
    keep = w.rng.choice(others)
    return _made(w, f"Please empty the {bowl} into the bin, and leave the {keep} exactly where it is.",
                 _act(binned(contents), kept(keep)))


def t264_keep_grandpa5(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if len(two) < 2:
        return None
    others = [k for k in w.blocks if _not_above(w, k, *two)]
    if not others:
        return None
    keep = w.rng.choice(others)
    return _made(w, f"Build us a little tower out of the {two[0]} and the {two[1]}, whichever way up you like, but "
                    f"the {keep}, you leave that one be. It's fine where it is, always has been.",
                 _act(rels(Rel("tower", *two)), kept(keep)))


def t264_keep_plain45(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    keep = w.rng.choice(inside)
    bowl = w.state.base(keep)
    movers = [b for b in w.blocks if b != keep]
    b = w.rng.choice(movers)
    return _made(w, f"Move the {b} to the middle of the table, and keep the {keep} in the {bowl}.",
                 _act(rels(Rel("at", b, MIDDLE), Rel("in", keep, bowl))))


# ----- multi-step --------------------------------------------------------------------------------------
def t264_multi_cook(w: World) -> Made:
    first = w.rng.choice(w.blocks)
    pairs = [(a, b) for a in w.blocks for b in w.blocks if first not in (a, b) and _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"First put the {first} in the bin, then set the {a} on the {b}, the way you'd clear the board "
                    "before you start chopping.",
                 _act(rels(Rel("in_bin", first), Rel("on", a, b))))


def t264_multi_hungarian(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    targets = [t for t in w.blocks if _can_stack(w, b, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    return _made(w, f"First you take the {b} from the {w.state.base(b)}, after that you put it on the {t}.",
                 _act(rels(Rel("on", b, t))))


def t264_multi_runner(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    two = w.pick([b for b in w.blocks if w.state.base(b) != bowl], 2)
    if len(two) < 2 or not _room(w, bowl, 2):
        return None
    a, b = two
    return _made(w, f"{_c(a)} block in {_c(bowl)} bowl then {_c(b)} block on top of it",
                 _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t264_multi_librarian3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if b != a and w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"First, please return the {a} to the table; then place the {b} in the {bowl}.",
                 _act(rels(Rel("on_table", a), Rel("in", b, bowl))))


def t264_multi_grandpa5(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if len(two) < 2:
        return None
    a, b = two
    corner = w.rng.choice(CORNERS)
    return _made(w, f"Right, first thing, the {a} goes over into the {corner}, and once that's done, and only then, "
                    f"the {b} can go right on top of it. That's the order my father did things in.",
                 _act(rels(Rel("at", a, corner), Rel("on", b, a))))


def t264_multi_plain45(w: World) -> Made:
    three = w.pick(w.blocks, 3)
    if len(three) < 3:
        return None
    a, b, c = three
    return _made(w, f"Put the {a} in the bin, then the {_c(b)} one, and then the {c}.", _act(binned(three)))


# ----- questions ---------------------------------------------------------------------------------------
def t264_q_cook(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks have we got in the {bowl}? Like counting eggs in the carton.", answered(str(n))


def t264_q_hungarian(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
    else:
        a, b = w.pick(w.blocks, 2)
    return f"Is the {a} on the {b}? I cannot see well from here.", answered(yes(w.state.support[a] == b))


def t264_q_runner(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    ontop = w.state.on_top(b)
    return f"whats on the {_c(b)} block", answered(ontop[0] if ontop else "nothing")


def t264_q_librarian3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.blocks)
    is_empty = not w.state.in_bowl(bowl)
    return (f"Could you tell me how many blocks there are in all, and whether the {bowl} is empty?",
            answered(f"{n}|{yes(is_empty).lower()}"))


def t264_q_grandpa5(w: World) -> Made:
    cands = [b for b in w.blocks
             if w.state.support[b] in w.bowls or (w.state.support[b] in w.state.support and _on_floor(w, b))]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return (f"Now then, where's the {b} got to? I had my eye on it a minute ago and now I've lost it.",
            answered(w.state.support[b]))


def t264_q_plain45(w: World) -> Made:
    inside = [b for b in w.blocks if w.state.base(b) in w.bowls]
    if not inside:
        return None
    b = w.rng.choice(inside)
    return (f"How many bowls are there, and which one is the {b} in?",
            answered(f"{len(w.bowls)}|{w.state.base(b)}"))


# ----- matching ----------------------------------------------------------------------------------------
def t264_match_cook(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put each block in the bowl of its own colour, like sorting the spices into their jars.",
                 _act(rels(*want)))


def t264_match_hungarian(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want if not holds(r, w.state)]
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(not _not_above(w, o, *movers) for o in others):
        return None
    return _made(w, "Put the blocks in the bowls with the same colour, the other blocks you leave on their place.",
                 _act(rels(*want), kept(*others)))


def t264_match_runner(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    return _made(w, "blocks to the bowl of same color. rest in bin", _act(rels(*want), binned(rest)))


def t264_match_librarian3(w: World) -> Made:
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(w.state.base(b))]
    right = [b for b in w.in_bowls() if b not in wrong]
    if not wrong:
        return None
    stay = [Rel("in", b, w.state.base(b)) for b in right]
    return _made(w, "Please take every block that is in a bowl not of its own colour out, and set it on the table.",
                 _act(rels(*(Rel("on_table", b) for b in wrong), *stay)))


def t264_match_grandpa5(w: World) -> Made:
    cands = [(b, bowl) for bowl in w.bowls for b in w.blocks
             if w.colour(b) == w.colour(bowl) and w.state.base(b) != bowl]
    cands = [(b, bowl) for b, bowl in cands if _room(w, bowl)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    return _made(w, f"There's a block the very same colour as the {bowl}, I'm sure there is. Whichever one that is, "
                    "pop it in that bowl for me.",
                 _act(rels(Rel("in", b, bowl))))


def t264_match_plain45(w: World) -> Made:
    pairs = [(b, _bowl_of(w, w.colour(b))) for b in w.blocks if _bowl_of(w, w.colour(b))]
    if not pairs:
        return None
    ref, bowl = w.rng.choice(pairs)
    movers = [b for b in w.blocks if b != ref and w.state.base(b) != bowl]
    if not movers or not bowl or not _room(w, bowl):
        return None
    b = w.rng.choice(movers)
    return _made(w, f"Put the {b} in the bowl that's the same colour as the {ref}.", _act(rels(Rel("in", b, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("cook", "hungarian", "runner", "librarian3", "grandpa5", "plain45")
FRESH264: list[Template] = [
    (f"t264_{short}_{style}", category, globals()[f"t264_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
