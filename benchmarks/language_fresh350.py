"""`FRESH350`, the three-hundred-and-fiftieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, asking for ordinary things in the words they would use at
home or at work, each with a little of their own manner. Six personas write them:
- librarian8: a librarian, hushed and orderly ("Kindly place the red block in the blue bowl, thank you.")
- coach6: a sports coach, brisk and motivating ("Let's go, red block up on the blue block! Hustle!")
- dad7: an easygoing dad with puns ("Toss the red block in the bin, it's had a good run. Bin there, done that.")
- russian6: a Russian speaker writing English with small slips ("Please put red block to the top left corner.")
- gardener6: a gardener, earthy metaphors ("Transplant the red block into the blue bowl, like a seedling to a bigger pot.")
- plain131: a plain, ordinary adult ("Can you move the red block onto the blue block?")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 41611c0, the code of 76a6417, before anything it could
prompt): 0.8667 goal-correct (260 of 300), 40 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a
gardener's 'Every plant has its bed, and X's bed is the top left corner', 'Plant three blocks in W, any three will do,
it's a small pot', 'Weed out everything but X and Y: the rest of the blocks go in the bin', 'Take the block growing
closest to ... and pot it in W', 'First clear the old growth out of W, everything into the bin, ...'; a librarian's
'as quietly as you can manage'; a dad's 'it's been block-ing my view all morning' and 'That bowl's for cereal, not for
blocks of wood'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


MARGIN = 0.03  # metres: a position word needs a winner this much ahead of the runner-up


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    """Whether `bowl` has room for `n` more blocks."""
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holds up to and including `block`."""
    n, below = 1, s.support[block]
    while below in s.support:
        n, below = n + 1, s.support[below]
    return n


def _base_ok(w: World, block: str, extra: int = 1) -> bool:
    """A clear block on the table (or a place) that can take `extra` more blocks on top."""
    s = w.state
    return s.is_clear(block) and s.base(block) in (TABLE, *PLACES) and _height(s, block) + extra <= layout.MAX_TOWER


def _loose(w: World, *but: str) -> list[str]:
    """Clear blocks outside the bin, other than `but`."""
    return [b for b in w.clear_blocks() if b not in but]


def _outside(w: World, bowl: str) -> list[str]:
    """Clear blocks that are not in `bowl` (nor in the bin)."""
    return [b for b in w.clear_blocks() if w.state.base(b) not in (bowl, BIN)]


def _winner(items: list[str], key) -> str | None:
    """The item with the smallest key, when it beats the runner-up by `MARGIN`."""
    ranked = sorted(items, key=key)
    if len(ranked) < 2 or key(ranked[1]) - key(ranked[0]) < MARGIN:
        return None
    return ranked[0]


def _to_place(w: World, block: str, place: str) -> float:
    x, y = w.scene.get(block).position[:2]
    px, py = layout.PLACES[place]
    return ((x - px) ** 2 + (y - py) ** 2) ** 0.5


def _what_in(w: World, bowl: str) -> str:
    inside = w.state.in_bowl(bowl)
    return "|".join(w.colour(b) for b in inside) if inside else "nothing"


def _full_bowls(w: World) -> list[str]:
    return [b for b in w.bowls if w.state.in_bowl(b)]


def _pair_stack(w: World, extra: int = 1) -> tuple[str, str] | None:
    """A clear block and a different block that can take it (and `extra - 1` more) on top."""
    tops = _loose(w)
    if not tops:
        return None
    a = w.pick(tops)[0]
    bases = [b for b in w.blocks if b != a and _base_ok(w, b, extra)]
    return (a, w.pick(bases)[0]) if bases else None


def _bowl_and_block(w: World) -> tuple[str, str] | None:
    """A bowl with room and a clear block not yet in it."""
    bowl = w.pick(w.bowls)[0]
    outside = _outside(w, bowl)
    return (w.pick(outside)[0], bowl) if outside and _room(w, bowl) else None


def _put_in(w: World, text: str) -> Made:
    """A clear block into a bowl with room; `text` names them {a} and {w}."""
    ab = _bowl_and_block(w)
    return None if ab is None else _made(w, text.format(a=ab[0], w=ab[1]), _act(rels(Rel("in", *ab))))


def _put_on(w: World, text: str) -> Made:
    """A clear block onto another block; `text` names them {a} and {b}."""
    ab = _pair_stack(w)
    return None if ab is None else _made(w, text.format(a=ab[0], b=ab[1]), _act(rels(Rel("on", *ab))))


def _put_bin(w: World, text: str) -> Made:
    """A clear block into the bin; `text` names it {a}."""
    a = w.pick(_loose(w))
    return _made(w, text.format(a=a[0]), _act(binned(a))) if a else None


def _put_at(w: World, text: str) -> Made:
    """A clear block to a named place; `text` names them {a} and {p}."""
    a, place = w.pick(_loose(w)), w.pick(PLACES)[0]
    return _made(w, text.format(a=a[0], p=place), _act(rels(Rel("at", a[0], place)))) if a else None


# ----- imperative ------------------------------------------------------------------------------------
def t350_imp_librarian8(w: World) -> Made:
    return _put_in(w, "Kindly place the {a} in the {w}, thank you.")


def t350_imp_coach6(w: World) -> Made:
    return _put_on(w, "Let's go, {a} up on top of the {b}! Hustle!")


def t350_imp_dad7(w: World) -> Made:
    return _put_bin(w, "Toss the {a} in the bin, it's had a good run. Bin there, done that.")


def t350_imp_russian6(w: World) -> Made:
    return _put_at(w, "Please put {a} to the {p}.")


def t350_imp_gardener6(w: World) -> Made:
    return _put_in(w, "Transplant the {a} into the {w}, gently, like a seedling going to a bigger pot.")


def t350_imp_plain131(w: World) -> Made:
    return _put_on(w, "Can you move the {a} onto the {b}?")


# ----- declarative -----------------------------------------------------------------------------------
def t350_dec_librarian8(w: World) -> Made:
    return _put_in(w, "The {a} belongs in the {w}.")


def t350_dec_coach6(w: World) -> Made:
    return _put_on(w, "The {a} has to be on the {b}. That's the play.")


def t350_dec_dad7(w: World) -> Made:
    return _put_bin(w, "The {a} is going in the bin. I've made my peace with it.")


def t350_dec_russian6(w: World) -> Made:
    return _put_at(w, "The {a} must be in {p}.")


def t350_dec_gardener6(w: World) -> Made:
    return _put_at(w, "Every plant has its bed, and the {a}'s bed is the {p}.")


def t350_dec_plain131(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    a = w.pick(inside)[0]
    return _made(w, f"The {a} should be on the table, not in the {w.state.base(a)}.",
                 _act(rels(Rel("on_table", a))))


# ----- desiderative ----------------------------------------------------------------------------------
def t350_des_librarian8(w: World) -> Made:
    return _put_on(w, "I would be grateful if the {a} could rest on the {b}, as quietly as you can manage.")


def t350_des_coach6(w: World) -> Made:
    return _put_in(w, "I want to see the {a} in the {w}. Ten seconds, go!")


def t350_des_dad7(w: World) -> Made:
    return _put_bin(w, "I'd like the {a} in the bin, it's been block-ing my view all morning.")


def t350_des_russian6(w: World) -> Made:
    return _put_on(w, "I would like that the {a} stands on the {b}.")


def t350_des_gardener6(w: World) -> Made:
    return _put_at(w, "It would be lovely to see the {a} settled at the {p}, snug as a bulb in spring soil.")


def t350_des_plain131(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    a = w.pick(inside)[0]
    return _made(w, f"I want the {a} out of the {w.state.base(a)} and sitting on the table.",
                 _act(rels(Rel("on_table", a))))


# ----- quantified ------------------------------------------------------------------------------------
def t350_qua_librarian8(w: World) -> Made:
    return _made(w, "Every block goes in the bin, please. All of them, and thank you.", _act(binned(w.blocks)))


def t350_qua_coach6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Two blocks in the {bowl}. No more, no less. Let's move!", _act(count_in(bowl, 2)))


def t350_qua_dad7(w: World) -> Made:
    kept_in = w.in_bowls()
    rest = [b for b in w.blocks if b not in kept_in]
    if not kept_in or not rest:
        return None
    return _made(w, "Every block that isn't in a bowl, into the bin with it. Out with the old!",
                 _act(binned(rest), none_binned(kept_in)))


def t350_qua_russian6(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Please, put all the blocks in {bowl}.", _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t350_qua_gardener6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Plant three blocks in the {bowl}, any three will do, it's a small pot.",
                 _act(count_in(bowl, 3)))


def t350_qua_plain131(w: World) -> Made:
    on_table = w.state.on_the_table()
    others = [b for b in w.blocks if b not in on_table]
    if not on_table or not others:
        return None
    return _made(w, "Put all the blocks that are on the table in the bin.",
                 _act(binned(on_table), none_binned(others)))


# ----- negated ---------------------------------------------------------------------------------------
def t350_neg_librarian8(w: World) -> Made:
    full = _full_bowls(w)
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"No block should remain in the {bowl}, if you please.", _act(empty(bowl)))


def t350_neg_coach6(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"Everything except the {a} goes in the bin. Hustle, people!",
                 _act(binned(rest), none_binned([a])))


def t350_neg_dad7(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    return _made(w, f"The {a} shouldn't be in the {bowl}. That bowl's for cereal, not for blocks of wood.",
                 _act(rels(Rel("in", a, bowl, negated=True))))


def t350_neg_russian6(w: World) -> Made:
    under = [b for b in w.blocks if not w.state.is_clear(b)]
    if not under:
        return None
    b = w.pick(under)[0]
    return _made(w, f"Nothing must stay on the {b}, please take everything off it.", _act(rels(Rel("clear", b))))


def t350_neg_gardener6(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, c = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in (a, c)]
    return _made(w, f"Weed out everything but the {a} and the {c}: the rest of the blocks go in the bin.",
                 _act(binned(rest), none_binned([a, c])))


def t350_neg_plain131(w: World) -> Made:
    full = _full_bowls(w)
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    return _made(w, f"Put every block in the bin except the ones in the {bowl}.",
                 _act(binned(rest), none_binned(inside)))


# ----- relative --------------------------------------------------------------------------------------
def t350_rel_librarian8(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    a = _winner(cands, lambda b: w.dist(b, bowl))
    if a is None or not w.state.is_clear(a):
        return None
    return _made(w, f"The block nearest the {bowl}: would you set it in the bin, please?", _act(binned([a])))


def t350_rel_coach6(w: World) -> Made:
    a = _winner(w.blocks, w.y)
    if a is None or not w.state.is_clear(a):
        return None
    bowls = [b for b in w.bowls if w.state.base(a) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Leftmost block, into the {bowl}. Go, go, go!", _act(rels(Rel("in", a, bowl))))


def t350_rel_dad7(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _made(w, f"Whatever's sitting on the {b}, chuck it in the bin. Top of the morning to it!",
                 _act(binned([a])))


def t350_rel_russian6(w: World) -> Made:
    singles = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not singles:
        return None
    bowl = w.pick(singles)[0]
    a = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block which is in {bowl}, put it on the table please.", _act(rels(Rel("on_table", a))))


def t350_rel_gardener6(w: World) -> Made:
    place = w.pick(PLACES)[0]
    a = _winner(w.blocks, lambda b: _to_place(w, b, place))
    if a is None or not w.state.is_clear(a):
        return None
    bowls = [b for b in w.bowls if w.state.base(a) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Take the block growing closest to the {place} and pot it in the {bowl}.",
                 _act(rels(Rel("in", a, bowl))))


def t350_rel_plain131(w: World) -> Made:
    a = _winner(w.blocks, lambda b: -w.y(b))
    if a is None or not w.state.is_clear(a):
        return None
    bases = [b for b in w.blocks if b != a and _base_ok(w, b)]
    if not bases:
        return None
    b = w.pick(bases)[0]
    return _made(w, f"Put the block that's furthest to the right on the {b}.", _act(rels(Rel("on", a, b))))


# ----- keep ------------------------------------------------------------------------------------------
def _other(w: World, a: str, *but: str) -> str | None:
    """A block other than `a` and `but` that is not stacked above `a` (so it can stay put)."""
    rest = [b for b in w.blocks if b != a and b not in but and b not in w.state.above(a)]
    return w.pick(rest)[0] if rest else None


def t350_keep_librarian8(w: World) -> Made:
    a = w.pick(_loose(w))
    b = _other(w, a[0]) if a else None
    if b is None:
        return None
    return _made(w, f"Please put the {a[0]} in the bin, but leave the {b} exactly where it is.",
                 _act(binned(a), kept(b)))


def t350_keep_coach6(w: World) -> Made:
    full = _full_bowls(w)
    if not full:
        return None
    bowl = w.pick(full)[0]
    tops = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not tops:
        return None
    a = w.pick(tops)[0]
    bases = [b for b in w.blocks if b != a and _base_ok(w, b)]
    if not bases:
        return None
    b = w.pick(bases)[0]
    return _made(w, f"Stack the {a} on the {b}. And don't touch the {bowl}, that's off limits!",
                 _act(rels(Rel("on", a, b)), kept(*w.state.in_bowl(bowl))))


def t350_keep_dad7(w: World) -> Made:
    ab = _bowl_and_block(w)
    if ab is None:
        return None
    a, bowl = ab
    c = _other(w, a)
    if c is None:
        return None
    return _made(w, f"Pop the {a} in the {bowl} and let the {c} be. Let sleeping blocks lie.",
                 _act(rels(Rel("in", a, bowl)), kept(c)))


def t350_keep_russian6(w: World) -> Made:
    a = w.pick(_loose(w))
    b = _other(w, a[0]) if a else None
    if b is None:
        return None
    return _made(w, f"Put {a[0]} to the middle, but the {b} must stay where it is.",
                 _act(rels(Rel("at", a[0], PLACES[4])), kept(b)))


def t350_keep_gardener6(w: World) -> Made:
    full = _full_bowls(w)
    if not full or len(w.bowls) < 2:
        return None
    keep = w.pick(full)[0]
    bowl = w.pick([b for b in w.bowls if b != keep])[0]
    outside = [b for b in _outside(w, bowl) if w.state.base(b) != keep]
    if not outside or not _room(w, bowl):
        return None
    a = w.pick(outside)[0]
    return _made(w, f"Move the {a} into the {bowl}, but leave the {keep} undisturbed, like a bed you've just seeded.",
                 _act(rels(Rel("in", a, bowl)), kept(*w.state.in_bowl(keep))))


def t350_keep_plain131(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    rest = [c for c in w.blocks if c not in two and c not in w.state.above(a) and c not in w.state.above(b)]
    if not rest:
        return None
    c = w.pick(rest)[0]
    return _made(w, f"Throw the {a} and the {b} in the bin, but leave the {c} where it is.",
                 _act(binned(two), kept(c)))


# ----- multi_step ------------------------------------------------------------------------------------
def t350_multi_librarian8(w: World) -> Made:
    ab = _bowl_and_block(w)
    if ab is None:
        return None
    a, bowl = ab
    b = w.pick(_loose(w, a))
    if not b:
        return None
    return _made(w, f"First, the {a} into the {bowl}; after that, the {b[0]} into the bin. Thank you kindly.",
                 _act(rels(Rel("in", a, bowl)), binned(b)))


def t350_multi_coach6(w: World) -> Made:
    lifted = [b for b in _loose(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not lifted:
        return None
    a = w.pick(lifted)[0]
    b = w.pick(_loose(w, a))
    if not b:
        return None
    return _made(w, f"Step one: {a} down on the table. Step two: the {b[0]} on top of it. Move!",
                 _act(rels(Rel("on_table", a), Rel("on", b[0], a))))


def t350_multi_dad7(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    place = w.pick(PLACES)[0]
    return _made(w, f"First park the {a} at the {place}, then stick the {b} on top of it. Piece of cake, or block.",
                 _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t350_multi_russian6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w, x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"At first take {a} from the {b} and put on the table, after that put {b} in the {bowl}.",
                 _act(rels(Rel("on_table", a), Rel("in", b, bowl))))


def t350_multi_gardener6(w: World) -> Made:
    full = _full_bowls(w)
    if not full:
        return None
    bowl = w.pick(full)[0]
    outside = _outside(w, bowl)
    if not outside:
        return None
    a = w.pick(outside)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"First clear the old growth out of the {bowl}, everything into the bin, then set the {a} in it.",
                 _act(binned(inside), rels(Rel("in", a, bowl))))


def t350_multi_plain131(w: World) -> Made:
    ab = _pair_stack(w, extra=2)
    if ab is None:
        return None
    a, b = ab
    c = w.pick(_loose(w, a, b))
    if not c:
        return None
    return _made(w, f"Put the {a} on the {b}, then put the {c[0]} on the {a}.",
                 _act(rels(Rel("on", a, b), Rel("on", c[0], a))))


# ----- question --------------------------------------------------------------------------------------
def t350_q_librarian8(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"Might I ask what is in the {bowl}?", answered(_what_in(w, bowl))


def t350_q_coach6(w: World) -> Made:
    return "How many blocks are on the table right now? Give me a number!", answered(str(w.state.count_at(TABLE)))


def t350_q_dad7(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.pick(w.pairs())[0]
    else:
        a, b = w.pick(w.blocks, 2)
        if b in w.state.above(a) or a in w.state.above(b):
            return None
    return f"Is the {a} on the {b}? Asking for a friend.", answered(yes(holds(Rel("on", a, b), w.state)))


def t350_q_russian6(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return f"Tell me please, where is the {a}?", answered(w.state.support[a])


def t350_q_gardener6(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return (f"How many blocks are in the {bowl}? I'm counting my seedlings.",
            answered(str(len(w.state.in_bowl(bowl)))))


def t350_q_plain131(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return "Which blocks are in the bowls right now?", answered("|".join(w.colour(b) for b in inside))


# ----- matching --------------------------------------------------------------------------------------
def _sorting(w: World, want: list[Rel]) -> Check | None:
    """The check for putting `want` (in-bowl relations) in place, or None when a bowl would overflow."""
    if not want:
        return None
    for bowl in w.bowls:
        coming = [r for r in want if r.target == bowl and w.state.base(r.block) != bowl]
        if not _room(w, bowl, len(coming)):
            return None
    return _act(rels(*want))


def t350_match_librarian8(w: World) -> Made:
    check = _sorting(w, matching(w))
    return None if check is None else _made(
        w, "Would you kindly sort the blocks into the bowls of the matching colour?", check)


def t350_match_coach6(w: World) -> Made:
    check = _sorting(w, matching(w))
    return None if check is None else _made(
        w, "Colours with colours! Every block into the bowl that matches it, team!", check)


def t350_match_dad7(w: World) -> Made:
    check = _sorting(w, matching(w))
    return None if check is None else _made(
        w, "Match each block up with the bowl of the same colour, like pairing socks but easier.", check)


def t350_match_russian6(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.pick(want)[0]
    check = _sorting(w, [r])
    return None if check is None else _made(w, f"Put {r.block} in the bowl of same colour.", check)


def t350_match_gardener6(w: World) -> Made:
    two = w.pick(matching(w), 2)
    if not two:
        return None
    check = _sorting(w, two)
    a, b = two[0].block, two[1].block
    return None if check is None else _made(
        w, f"Bed the {a} and the {b} into the bowls of their own colours, like sorting seed packets.", check)


def t350_match_plain131(w: World) -> Made:
    check = _sorting(w, matching(w))
    return None if check is None else _made(
        w, "Put each block into the bowl that's the same colour as it, where there is one.", check)


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("librarian8", "coach6", "dad7", "russian6", "gardener6", "plain131")
FRESH350: list[Template] = [
    (f"t350_{short}_{style}", category, globals()[f"t350_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
