"""`FRESH46`, the forty-seventh untuned batch: sixty language templates, six per category, about goals stated as
how the world should be. It was written by a tester who had not read the planner, its tests, the lexicon or any
other batch of templates.

Each category has one template in each of six styles: 'only' / 'just' / 'nothing but' restrictions; goals that
relate two things to each other (same bowl, wherever the other is, swap places); requests phrased as questions
about possibility ("can we ...", "any chance ..."); pronoun chains across short sentences; adverbial positions
("over in the corner", "up on top of", "down on the table", "back in"); and goals stated as corrections of the
current state ("it's in the wrong bowl, it belongs in ...").

Its first run, before any fix it prompted (300 instructions, seed 0, on 51387f6): 0.56 goal-correct, 28 wrong actions
or replies over 9 templates.
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
from sim.core.relations import Rel

__all__ = ["FRESH46"]

_CAP = layout.BOWL_CAPACITY


# ----- helpers over the scene ---------------------------------------------------------------------------------
def _blk(w: World, b: str) -> str:
    return f"the {w.colour(b)} block"


def _bwl(w: World, bowl: str) -> str:
    return f"the {w.colour(bowl)} bowl"


def _one(w: World, b: str) -> str:
    """'the blue one' for a block, unless a bowl has that colour too."""
    c = w.colour(b)
    return f"the {c} block" if any(w.colour(x) == c for x in w.bowls) else f"the {c} one"


def _free(w: World) -> list[str]:
    """Blocks that can be moved at all (not in the bin, not in the gripper)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper") and w.state.support[b] != "gripper"]


def _room(w: World, bowl: str) -> int:
    return _CAP - len(w.state.in_bowl(bowl))


def _bowl_of(w: World, b: str) -> str | None:
    base = w.state.base(b)
    return base if base in w.bowls else None


def _height(w: World, b: str) -> int:
    """How many blocks make up the tower from its base up to `b`, `b` included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _can_take(w: World, below: str) -> bool:
    return _height(w, below) < layout.MAX_TOWER


def _on_table(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _same_bowl(x: str, y: str) -> Check:
    return lambda _i, f: f.base(x) in f.bowls and f.base(x) == f.base(y)


def _only_in(bowl: str, blocks: set[str]) -> Check:
    return lambda _i, f: set(f.in_bowl(bowl)) == blocks


def _is_true(check: Check, w: World) -> bool:
    return check(w.state, w.state)


def _fresh(text: str, check: Check, w: World) -> Made:
    """The request, unless its goal already holds."""
    return None if _is_true(check, w) else (text, check)


def _pick_one(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


# ----- imperative ----------------------------------------------------------------------------------------------
def a46_imp_only(w: World) -> Made:
    free, bowls = _free(w), w.bowls
    if not free or not bowls:
        return None
    x, bowl = w.rng.choice(free), w.rng.choice(bowls)
    text = w.rng.choice([
        f"Put {_blk(w, x)} in {_bwl(w, bowl)} and make sure it's the only thing in there.",
        f"Get {_blk(w, x)} into {_bwl(w, bowl)}, and just that one, nothing else in the bowl.",
    ])
    return _fresh(text, _only_in(bowl, {x}), w)


def a46_imp_relate(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    if not (_can_take(w, x) or _can_take(w, y)):
        return None
    check: Check = lambda _i, f: f.support[x] == y or f.support[y] == x
    text = w.rng.choice([
        f"Stack {_blk(w, x)} and {_blk(w, y)} together, I don't care which one goes on top.",
        f"Stick {_blk(w, x)} and {_blk(w, y)} on top of each other, either way round is fine.",
    ])
    return _fresh(text, check, w)


def a46_imp_possible(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _pick_one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if x is None:
        return None
    text = w.rng.choice([
        f"Can you get {_blk(w, x)} into {_bwl(w, bowl)} for me?",
        f"Could we get {_blk(w, x)} in {_bwl(w, bowl)}?",
    ])
    return _fresh(text, rels(Rel("in", x, bowl)), w)


def a46_imp_pronoun(w: World) -> Made:
    x = _pick_one(w, _free(w))
    if x is None:
        return None
    text = w.rng.choice([
        f"See {_blk(w, x)}? Pick it up and drop it in the bin.",
        f"There's {_blk(w, x).replace('the ', 'a ', 1)} over there. Grab it. Throw it in the bin.",
    ])
    return _fresh(text, rels(Rel("in_bin", x)), w)


def a46_imp_adverb(w: World) -> Made:
    x = _pick_one(w, _free(w))
    if x is None:
        return None
    place = _place(w)
    where = "over in the middle" if place == "middle" else f"over in the {place}"
    text = w.rng.choice([
        f"Set {_blk(w, x)} down {where}.",
        f"Take {_blk(w, x)} and put it {where}, please.",
    ])
    return _fresh(text, rels(Rel("at", x, place)), w)


def a46_imp_correct(w: World) -> Made:
    x = _pick_one(w, [b for b in _free(w) if _bowl_of(w, b)])
    if x is None:
        return None
    src = _bowl_of(w, x)
    dst = _pick_one(w, [b for b in w.bowls if b != src and _room(w, b) > 0])
    if dst is None:
        return None
    text = w.rng.choice([
        f"{_blk(w, x).capitalize()}'s in the wrong bowl, move it to {_bwl(w, dst)}.",
        f"Oops, {_blk(w, x)} ended up in the wrong bowl. Move it into {_bwl(w, dst)}.",
    ])
    return _fresh(text, rels(Rel("in", x, dst)), w)


# ----- declarative ---------------------------------------------------------------------------------------------
def a46_dec_only(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _pick_one(w, _free(w))
    if x is None:
        return None
    text = w.rng.choice([
        f"The only thing in {_bwl(w, bowl)} should be {_blk(w, x)}.",
        f"{_bwl(w, bowl).capitalize()} is supposed to have just {_blk(w, x)} in it.",
    ])
    return _fresh(text, _only_in(bowl, {x}), w)


def a46_dec_relate(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    if not any(_room(w, b) >= sum(w.state.base(z) != b for z in (x, y)) for b in w.bowls):
        return None
    text = w.rng.choice([
        f"{_blk(w, x).capitalize()} and {_blk(w, y)} should end up in the same bowl.",
        f"{_blk(w, x).capitalize()} and {_blk(w, y)} ought to share a bowl.",
    ])
    return _fresh(text, _same_bowl(x, y), w)


def a46_dec_possible(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    if not _can_take(w, y):
        return None
    text = w.rng.choice([
        f"If it's possible, {_blk(w, x)} goes on top of {_blk(w, y)}.",
        f"{_blk(w, x).capitalize()} could go on {_one(w, y)}, if that works.",
    ])
    return _fresh(text, rels(Rel("on", x, y)), w)


def a46_dec_pronoun(w: World) -> Made:
    free = _free(w)
    if len(free) < 3:
        return None
    x, y, z = w.pick(free, 3)
    check = rels(Rel("on_table", x), Rel("on", y, x), Rel("on", z, y))
    text = w.rng.choice([
        (f"{_blk(w, x).capitalize()} goes on the table. {_one(w, y).capitalize()} goes on it. "
        f"And {_one(w, z)} sits on top of that."),
        (f"{_blk(w, x).capitalize()} should be on the table, with {_one(w, y)} on top of it. "
        f"Then {_one(w, z)} on top of that one."),
    ])
    return _fresh(text, check, w)


def a46_dec_adverb(w: World) -> Made:
    x = _pick_one(w, [b for b in _free(w) if not _on_table(w, b)])
    if x is None:
        return None
    text = w.rng.choice([
        f"{_blk(w, x).capitalize()} belongs down on the table.",
        f"{_blk(w, x).capitalize()} should be back down on the table.",
    ])
    return _fresh(text, rels(Rel("on_table", x)), w)


def a46_dec_correct(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if x in _free(w)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = _pick_one(w, [b for b in w.bowls if _room(w, b) > 0 and w.state.base(x) != b])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"{_blk(w, x).capitalize()} shouldn't be on {_blk(w, y)}; it should be in {_bwl(w, bowl)}.",
        f"{_blk(w, x).capitalize()} isn't meant to sit on {_one(w, y)}, its place is in {_bwl(w, bowl)}.",
    ])
    return _fresh(text, both(rels(Rel("in", x, bowl)), lambda _i, f: f.support[x] != y), w)


# ----- desiderative --------------------------------------------------------------------------------------------
def a46_des_only(w: World) -> Made:
    free, bowls = _free(w), w.bowls
    if not free or not bowls:
        return None
    x, bowl = w.rng.choice(free), w.rng.choice(bowls)
    text = w.rng.choice([
        f"I want {_bwl(w, bowl)} to have nothing but {_blk(w, x)} in it.",
        f"I'd like nothing but {_blk(w, x)} in {_bwl(w, bowl)}.",
    ])
    return _fresh(text, _only_in(bowl, {x}), w)


def a46_des_relate(w: World) -> Made:
    xs = [b for b in _free(w) if w.state.support[b] == TABLE and w.state.is_clear(b)]
    ys = [b for b in _free(w) if _bowl_of(w, b)]
    if not xs or not ys:
        return None
    x, y = w.rng.choice(xs), w.rng.choice(ys)
    bowl = _bowl_of(w, y)
    assert bowl is not None
    text = w.rng.choice([
        f"I'd like {_blk(w, x)} and {_blk(w, y)} to swap places.",
        f"I want {_blk(w, x)} and {_blk(w, y)} to trade places with each other.",
    ])
    return _fresh(text, rels(Rel("in", x, bowl), Rel("on_table", y)), w)


def a46_des_possible(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _pick_one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if x is None:
        return None
    text = w.rng.choice([
        f"I'd love it if {_blk(w, x)} could go into {_bwl(w, bowl)}, if there's room.",
        f"Would be nice if we could fit {_blk(w, x)} in {_bwl(w, bowl)} too.",
    ])
    return _fresh(text, rels(Rel("in", x, bowl)), w)


def a46_des_pronoun(w: World) -> Made:
    x = _pick_one(w, [b for b in _free(w) if _bowl_of(w, b)])
    if x is None:
        return None
    src = _bowl_of(w, x)
    z = _pick_one(w, [b for b in _free(w) if b != x and w.state.base(b) != src and _can_take(w, b)])
    if z is None:
        return None
    text = w.rng.choice([
        f"I want {_blk(w, x)} out of the bowl it's in. After that I'd like it sitting on {_blk(w, z)}.",
        f"I'd like {_blk(w, x)} taken out of {_bwl(w, src)}. Then I want it on top of {_one(w, z)}.",
    ])
    return _fresh(text, rels(Rel("on", x, z)), w)


def a46_des_adverb(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    if not _can_take(w, y):
        return None
    text = w.rng.choice([
        f"I want {_blk(w, x)} up on top of {_one(w, y)}.",
        f"I'd like {_blk(w, x)} sitting up on top of {_blk(w, y)}.",
    ])
    return _fresh(text, rels(Rel("on", x, y)), w)


def a46_des_correct(w: World) -> Made:
    x = _pick_one(w, [b for b in _free(w) if _bowl_of(w, b)])
    if x is None:
        return None
    src = _bowl_of(w, x)
    assert src is not None
    dst = _pick_one(w, [b for b in w.bowls if b != src and _room(w, b) > 0])
    if dst is None:
        return None
    text = w.rng.choice([
        f"{_blk(w, x).capitalize()} is in {_bwl(w, src)}, but I'd rather have it in {_bwl(w, dst)}.",
        f"I don't want {_blk(w, x)} in {_bwl(w, src)}, I want it in {_bwl(w, dst)}.",
    ])
    return _fresh(text, rels(Rel("in", x, dst)), w)


# ----- quantified ----------------------------------------------------------------------------------------------
def a46_qua_only(w: World) -> Made:
    free = _free(w)
    if len(free) < 2 or not w.bowls:
        return None
    x, y = w.pick(free, 2)
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([
        (f"{_bwl(w, bowl).capitalize()} should hold just two blocks: the {w.colour(x)} one and the "
        f"{w.colour(y)} one."),
        f"I want exactly two blocks in {_bwl(w, bowl)}, {_blk(w, x)} and {_blk(w, y)}, and nothing else.",
    ])
    return _fresh(text, both(count_in(bowl, 2), _only_in(bowl, {x, y})), w)


def a46_qua_relate(w: World) -> Made:
    z = _pick_one(w, [b for b in _free(w) if _bowl_of(w, b)])
    if z is None:
        return None
    bowl = _bowl_of(w, z)
    assert bowl is not None
    others = [b for b in _free(w) if w.state.base(b) != bowl]
    if len(others) < 2 or _room(w, bowl) < 2:
        return None
    x, y = w.pick(others, 2)
    text = w.rng.choice([
        f"Both {_blk(w, x)} and {_blk(w, y)} should go wherever {_blk(w, z)} is.",
        f"The {w.colour(x)} and {w.colour(y)} blocks both belong with {_blk(w, z)}, in whatever bowl it's in.",
    ])
    return _fresh(text, rels(Rel("in", x, bowl), Rel("in", y, bowl)), w)


def a46_qua_possible(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    others = [b for b in _free(w) if w.state.base(b) != bowl]
    if len(others) < 2:
        return None
    x, y = w.pick(others, 2)
    text = w.rng.choice([
        f"Any chance you could get both the {w.colour(x)} and the {w.colour(y)} block into {_bwl(w, bowl)}?",
        f"Is there a way to fit both {_blk(w, x)} and {_blk(w, y)} in {_bwl(w, bowl)}?",
    ])
    return _fresh(text, rels(Rel("in", x, bowl), Rel("in", y, bowl)), w)


def a46_qua_pronoun(w: World) -> Made:
    loose = [b for b in _free(w) if not _bowl_of(w, b)]
    if not 2 <= len(loose) <= 5:
        return None
    text = w.rng.choice([
        "Pick up all the blocks that aren't in a bowl. Put them in the bin.",
        "Every block that's not in a bowl, grab it and throw it in the bin.",
    ])
    return _fresh(text, binned(loose), w)


def a46_qua_adverb(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    place = _place(w)
    where = "the middle" if place == "middle" else f"the {place}"
    text = w.rng.choice([
        f"Move both {_blk(w, x)} and {_blk(w, y)} over to {where}.",
        f"The {w.colour(x)} block and the {w.colour(y)} block, both of them over in {where}, please.",
    ])
    return _fresh(text, rels(Rel("at", x, place), Rel("at", y, place)), w)


def a46_qua_correct(w: World) -> Made:
    src = _pick_one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if src is None:
        return None
    inside = w.state.in_bowl(src)
    dst = _pick_one(w, [b for b in w.bowls if b != src and _room(w, b) >= len(inside)])
    if dst is None:
        return None
    text = w.rng.choice([
        f"Every block in {_bwl(w, src)} is in the wrong bowl. All of them belong in {_bwl(w, dst)}.",
        (f"All the blocks sitting in {_bwl(w, src)} are in the wrong place; each one should be in "
        f"{_bwl(w, dst)}."),
    ])
    return _fresh(text, both(empty(src), rels(*(Rel("in", b, dst) for b in inside))), w)


# ----- negated -------------------------------------------------------------------------------------------------
def a46_neg_only(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    if not _can_take(w, y):
        return None
    check = rels(Rel("on", x, y), Rel("clear", x))
    text = w.rng.choice([
        f"Nothing but {_blk(w, x)} should be sitting on {_blk(w, y)}.",
        f"There shouldn't be anything on {_blk(w, y)} except {_blk(w, x)}.",
    ])
    return _fresh(text, check, w)


def a46_neg_relate(w: World) -> Made:
    y = _pick_one(w, [b for b in _free(w) if _bowl_of(w, b)])
    if y is None:
        return None
    taken = _bowl_of(w, y)
    if not any(b != taken and _room(w, b) > 0 for b in w.bowls):
        return None
    x = _pick_one(w, [b for b in _free(w) if b != y])
    if x is None:
        return None
    check: Check = lambda _i, f: f.base(x) in f.bowls and f.base(x) != taken
    text = w.rng.choice([
        f"Put {_blk(w, x)} in a bowl, but not the one {_blk(w, y)} is in.",
        f"{_blk(w, x).capitalize()} needs to go in a bowl, just not the same one as {_blk(w, y)}.",
    ])
    return _fresh(text, check, w)


def a46_neg_possible(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    if not _can_take(w, y):
        return None
    text = w.rng.choice([
        f"Can't you just put {_blk(w, x)} on {_one(w, y)}?",
        f"Is there no way to get {_blk(w, x)} on top of {_blk(w, y)}?",
    ])
    return _fresh(text, rels(Rel("on", x, y)), w)


def a46_neg_pronoun(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _pick_one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if x is None:
        return None
    text = w.rng.choice([
        f"Pick up {_blk(w, x)}. Don't put it in the bin, put it in {_bwl(w, bowl)} instead.",
        f"Grab {_blk(w, x)}. Not the bin! It goes in {_bwl(w, bowl)}.",
    ])
    return _fresh(text, both(rels(Rel("in", x, bowl)), none_binned([x])), w)


def a46_neg_adverb(w: World) -> Made:
    xs = [b for b in _free(w) if w.state.support[b] == TABLE]
    x = _pick_one(w, xs)
    if x is None:
        return None
    y = _pick_one(w, [b for b in _free(w) if b != x and _can_take(w, b) and b not in w.state.above(x)])
    if y is None:
        return None
    text = w.rng.choice([
        f"{_blk(w, x).capitalize()} shouldn't stay down on the table; put it up on {_one(w, y)}.",
        f"Don't leave {_blk(w, x)} down there on the table, it goes up on top of {_blk(w, y)}.",
    ])
    return _fresh(text, rels(Rel("on", x, y)), w)


def a46_neg_correct(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if x in _free(w)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = _pick_one(w, [b for b in w.bowls if _room(w, b) > 0 and w.state.base(x) != b])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"No, {_blk(w, x)} isn't supposed to be on {_blk(w, y)}. Put it in {_bwl(w, bowl)}.",
        f"That's not right, {_blk(w, x)} doesn't go on {_one(w, y)}. It goes in {_bwl(w, bowl)}.",
    ])
    return _fresh(text, both(rels(Rel("in", x, bowl)), lambda _i, f: f.support[x] != y), w)


# ----- relative ------------------------------------------------------------------------------------------------
def a46_rel_only(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    used = [b for b in w.bowls if w.state.in_bowl(b)]
    if len(singles) == 1:
        bowl = singles[0]
        phrases = ["Put {x} in the bowl that has just one block in it.",
                   "{X} goes into the bowl with only one block in it."]
    elif len(used) == 1 and len(w.bowls) >= 2:
        bowl = used[0]
        phrases = ["Put {x} in the only bowl that has anything in it.",
                   "{X} goes in the bowl that's got blocks in it, the only one that does."]
    else:
        return None
    x = _pick_one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if x is None:
        return None
    text = w.rng.choice(phrases).format(x=_blk(w, x), X=_blk(w, x).capitalize())
    return _fresh(text, rels(Rel("in", x, bowl)), w)


def a46_rel_relate(w: World) -> Made:
    y = _pick_one(w, [b for b in _free(w) if _bowl_of(w, b)])
    if y is None:
        return None
    bowl = _bowl_of(w, y)
    assert bowl is not None
    x = _pick_one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if x is None or _room(w, bowl) < 1:
        return None
    text = w.rng.choice([
        f"Put {_blk(w, x)} into the bowl {_blk(w, y)} is sitting in.",
        f"Move {_blk(w, x)} to whichever bowl has {_blk(w, y)} in it.",
    ])
    return _fresh(text, rels(Rel("in", x, bowl)), w)


def a46_rel_possible(w: World) -> Made:
    pairs = [(x, z) for x, z in w.pairs() if z in _free(w)]
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    bowl = _pick_one(w, [b for b in w.bowls if _room(w, b) > 0 and w.state.base(z) != b])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"Is there any way to get the block that {_blk(w, x)} is sitting on into {_bwl(w, bowl)}?",
        f"Can we move whatever block is under {_blk(w, x)} into {_bwl(w, bowl)}?",
    ])
    return _fresh(text, rels(Rel("in", z, bowl)), w)


def a46_rel_pronoun(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)[0]
    if inside not in _free(w):
        return None
    x = _pick_one(w, [b for b in _free(w) if w.state.base(b) != bowl and _can_take(w, b)])
    if x is None:
        return None
    text = w.rng.choice([
        f"There's a block in {_bwl(w, bowl)}, right? Take it out and put it on {_blk(w, x)}.",
        f"You see the block that's in {_bwl(w, bowl)}? Lift it out. Then set it on top of {_blk(w, x)}.",
    ])
    return _fresh(text, rels(Rel("on", inside, x)), w)


def a46_rel_adverb(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(empties) != 1:
        return None
    bowl = empties[0]
    x = _pick_one(w, _free(w))
    if x is None:
        return None
    text = w.rng.choice([
        f"Put {_blk(w, x)} over in the bowl that's empty.",
        f"Drop {_blk(w, x)} over there in the bowl that doesn't have anything in it yet.",
    ])
    return _fresh(text, rels(Rel("in", x, bowl)), w)


def a46_rel_correct(w: World) -> Made:
    pairs = [(t, y) for t, y in w.pairs() if t in _free(w)]
    if not pairs:
        return None
    t, y = w.rng.choice(pairs)
    bowl = _pick_one(w, [b for b in w.bowls if _room(w, b) > 0 and w.state.base(t) != b])
    if bowl is None:
        return None
    text = w.rng.choice([
        f"The block that's on top of {_blk(w, y)} shouldn't be there, it goes in {_bwl(w, bowl)}.",
        f"Whatever's sitting on {_blk(w, y)} is in the wrong spot. It belongs in {_bwl(w, bowl)}.",
    ])
    return _fresh(text, rels(Rel("in", t, bowl)), w)


# ----- keep ----------------------------------------------------------------------------------------------------
def a46_keep_only(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _pick_one(w, [b for b in _free(w) if w.state.is_clear(b) and w.state.base(b) != bowl])
    if x is None:
        return None
    rest = [b for b in w.blocks if b != x]
    text = w.rng.choice([
        f"Only move {_blk(w, x)}: put it in {_bwl(w, bowl)} and leave everything else alone.",
        f"Just {_blk(w, x)} into {_bwl(w, bowl)}, please. Nothing else gets touched.",
    ])
    return _fresh(text, both(rels(Rel("in", x, bowl)), kept(*rest)), w)


def a46_keep_relate(w: World) -> Made:
    y = _pick_one(w, [b for b in _free(w) if _bowl_of(w, b)])
    if y is None:
        return None
    bowl = _bowl_of(w, y)
    assert bowl is not None
    x = _pick_one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if x is None or _room(w, bowl) < 1:
        return None
    text = w.rng.choice([
        f"Put {_blk(w, x)} in the same bowl as {_blk(w, y)}, but don't move {_blk(w, y)}.",
        f"{_blk(w, x).capitalize()} should join {_blk(w, y)} in its bowl; leave {_one(w, y)} where it is.",
    ])
    return _fresh(text, both(rels(Rel("in", x, bowl)), kept(y)), w)


def a46_keep_possible(w: World) -> Made:
    x = _pick_one(w, [b for b in _free(w) if not _on_table(w, b)])
    if x is None:
        return None
    y = _pick_one(w, [b for b in w.blocks if b != x and b not in w.state.above(x)])
    if y is None:
        return None
    text = w.rng.choice([
        f"Can you put {_blk(w, x)} on the table without touching {_blk(w, y)}?",
        f"Think you could get {_blk(w, x)} down onto the table and leave {_blk(w, y)} alone?",
    ])
    return _fresh(text, both(rels(Rel("on_table", x)), kept(y)), w)


def a46_keep_pronoun(w: World) -> Made:
    x = _pick_one(w, _free(w))
    if x is None:
        return None
    y = _pick_one(w, [b for b in w.blocks if b != x and b not in w.state.above(x)])
    if y is None:
        return None
    text = w.rng.choice([
        f"Pick up {_blk(w, x)}. Put it in the bin. Leave {_one(w, y)} where it is, though.",
        f"Take {_blk(w, x)}. It goes in the bin. Don't touch {_one(w, y)}.",
    ])
    return _fresh(text, both(rels(Rel("in_bin", x)), kept(y)), w)


def a46_keep_adverb(w: World) -> Made:
    x = _pick_one(w, _free(w))
    if x is None:
        return None
    y = _pick_one(w, [b for b in w.blocks if b != x and b not in w.state.above(x)])
    if y is None:
        return None
    place = _place(w)
    where = "the middle" if place == "middle" else f"the {place}"
    text = w.rng.choice([
        f"Move {_blk(w, x)} over to {where}, but leave {_blk(w, y)} right where it is.",
        f"Slide {_blk(w, x)} over into {where}; {_blk(w, y)} stays put.",
    ])
    return _fresh(text, both(rels(Rel("at", x, place)), kept(y)), w)


def a46_keep_correct(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if x in _free(w)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    z = _pick_one(w, [b for b in _free(w) if b not in (x, y) and b not in w.state.above(x) and _can_take(w, b)])
    if z is None:
        return None
    text = w.rng.choice([
        (f"{_blk(w, x).capitalize()}'s on the wrong block, it should be on {_blk(w, z)}. "
        f"Keep {_blk(w, y)} where it is."),
        (f"{_blk(w, x).capitalize()} doesn't belong on {_blk(w, y)}, it belongs on {_blk(w, z)}. "
        f"Don't move {_one(w, y)} though."),
    ])
    return _fresh(text, both(rels(Rel("on", x, z)), kept(y)), w)


# ----- multi_step ----------------------------------------------------------------------------------------------
def a46_multi_only(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _pick_one(w, _free(w))
    if x is None:
        return None
    text = w.rng.choice([
        f"First empty out {_bwl(w, bowl)}, then put just {_blk(w, x)} in it.",
        f"Clear {_bwl(w, bowl)} out, and after that the only thing going in it is {_blk(w, x)}.",
    ])
    return _fresh(text, _only_in(bowl, {x}), w)


def a46_multi_relate(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    others = [b for b in _free(w) if w.state.base(b) != bowl]
    if len(others) < 2:
        return None
    x, y = w.pick(others, 2)
    text = w.rng.choice([
        f"Put {_blk(w, x)} in {_bwl(w, bowl)}, and then put {_blk(w, y)} in the same bowl.",
        f"Drop {_blk(w, x)} into {_bwl(w, bowl)}, then {_blk(w, y)} goes in there with it.",
    ])
    return _fresh(text, rels(Rel("in", x, bowl), Rel("in", y, bowl)), w)


def a46_multi_possible(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    text = w.rng.choice([
        f"Could you put {_blk(w, x)} on the table and then stack {_blk(w, y)} on it?",
        f"Can we get {_blk(w, x)} onto the table first, and after that {_blk(w, y)} on top of it?",
    ])
    return _fresh(text, rels(Rel("on_table", x), Rel("on", y, x)), w)


def a46_multi_pronoun(w: World) -> Made:
    free = _free(w)
    if len(free) < 3:
        return None
    x, y, z = w.pick(free, 3)
    if _height(w, y) > layout.MAX_TOWER - 2:
        return None
    text = w.rng.choice([
        f"Take {_blk(w, x)}. Put it on {_one(w, y)}. Then {_one(w, z)} goes on it.",
        f"Grab {_blk(w, x)}. Set it on top of {_blk(w, y)}. After that, {_one(w, z)} on top of it.",
    ])
    return _fresh(text, rels(Rel("on", x, y), Rel("on", z, x)), w)


def a46_multi_adverb(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    place = _place(w)
    where = "the middle" if place == "middle" else f"the {place}"
    text = w.rng.choice([
        f"Move {_blk(w, x)} over to {where} first, and after that put {_blk(w, y)} up on top of it.",
        f"First {_blk(w, x)} goes over in {where}, then {_blk(w, y)} goes up on top of it.",
    ])
    return _fresh(text, rels(Rel("at", x, place), Rel("on", y, x)), w)


def a46_multi_correct(w: World) -> Made:
    x = _pick_one(w, [b for b in _free(w) if _bowl_of(w, b)])
    if x is None:
        return None
    src = _bowl_of(w, x)
    dst = _pick_one(w, [b for b in w.bowls if b != src and _room(w, b) >= 2])
    if dst is None:
        return None
    y = _pick_one(w, [b for b in _free(w) if b != x])
    if y is None:
        return None
    text = w.rng.choice([
        (f"{_blk(w, x).capitalize()} is in the wrong bowl. Take it out, put it in {_bwl(w, dst)}, "
        f"and then put {_blk(w, y)} on top of it."),
        (f"{_blk(w, x).capitalize()} shouldn't be in {_bwl(w, src)}. Move it to {_bwl(w, dst)}, "
        f"then stack {_one(w, y)} on it."),
    ])
    return _fresh(text, rels(Rel("in", x, dst), Rel("on", y, x)), w)


# ----- question ------------------------------------------------------------------------------------------------
def a46_q_only(w: World) -> Made:
    bowl = _pick_one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside) if w.rng.random() < 0.6 else _pick_one(w, [b for b in w.blocks if b not in inside])
    if x is None:
        return None
    text = w.rng.choice([
        f"Is {_blk(w, x)} the only thing in {_bwl(w, bowl)}?",
        f"Is it just {_blk(w, x)} in {_bwl(w, bowl)}, nothing else?",
    ])
    return text, answered(yes(inside == [x]))


def a46_q_relate(w: World) -> Made:
    x = _pick_one(w, [b for b in w.blocks if _bowl_of(w, b)])
    if x is None:
        return None
    mates = [b for b in w.state.in_bowl(w.state.base(x)) if b != x]
    rest = [b for b in w.blocks if b != x and b not in mates]
    y = _pick_one(w, mates) if mates and w.rng.random() < 0.5 else _pick_one(w, rest)
    if y is None:
        return None
    same = w.state.base(y) == w.state.base(x)
    text = w.rng.choice([
        f"Are {_blk(w, x)} and {_blk(w, y)} in the same bowl?",
        f"Do {_blk(w, y)} and {_blk(w, x)} share a bowl?",
    ])
    return text, answered(yes(same))


def a46_q_possible(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([
        f"How many more blocks will fit in {_bwl(w, bowl)}?",
        f"How many more blocks could {_bwl(w, bowl)} take?",
    ])
    return text, answered(str(_room(w, bowl)))


def a46_q_pronoun(w: World) -> Made:
    x = _pick_one(w, [b for b in w.blocks if w.state.support[b] in (TABLE, *w.blocks, *w.bowls)])
    if x is None:
        return None
    s = w.state.support[x]
    if s == TABLE:
        answer = "table"
    elif s in w.bowls:
        answer = f"{w.colour(s)}|bowl"
    else:
        answer = f"{w.colour(s)}|block"
    text = w.rng.choice([
        f"Look at {_blk(w, x)}. What's it sitting on?",
        f"Find {_blk(w, x)}. What is it resting on right now?",
    ])
    return text, answered(answer)


def a46_q_adverb(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.7:
        top, x = w.rng.choice(pairs)
        answer = f"{w.colour(top)}|block"
    else:
        x = _pick_one(w, [b for b in w.blocks if w.state.is_clear(b)])
        if x is None:
            return None
        answer = "nothing"
    text = w.rng.choice([
        f"What's up on top of {_blk(w, x)}?",
        f"Anything sitting up on top of {_blk(w, x)}? What is it?",
    ])
    return text, answered(answer)


def a46_q_correct(w: World) -> Made:
    if not w.bowls:
        return None
    inb = [b for b in w.blocks if _bowl_of(w, b)]
    if inb and w.rng.random() < 0.5:
        x = w.rng.choice(inb)
        bowl = _bowl_of(w, x) if w.rng.random() < 0.6 else w.rng.choice(w.bowls)
    else:
        x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    assert bowl is not None
    text = w.rng.choice([
        f"Wait, {_blk(w, x)} is in {_bwl(w, bowl)}, isn't it?",
        f"Hang on, I thought {_blk(w, x)} was in {_bwl(w, bowl)}. Is it?",
    ])
    return text, answered(yes(w.state.base(x) == bowl))


# ----- matching ------------------------------------------------------------------------------------------------
def _matching(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or _is_true(rels(*want), w):
        return None
    return want


def a46_match_only(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None

    own_colours_only: Check = lambda _i, f: all(
        f.colours[b] == f.colours[bowl] for bowl in f.bowls for b in f.in_bowl(bowl))

    text = w.rng.choice([
        "Sort things out so each bowl only has the block that matches its colour in it.",
        "Every bowl should end up holding just its own colour of block, nothing else.",
    ])
    return text, both(rels(*want), own_colours_only)


def a46_match_relate(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice([
        "Every block that shares a colour with a bowl should end up in that bowl.",
        "Each block should go in whichever bowl is the same colour as it.",
    ])
    return text, rels(*want)


def a46_match_possible(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice([
        "Can you sort the blocks into the bowls that match their colours?",
        "Is it possible to get each block into the bowl of the same colour?",
    ])
    return text, rels(*want)


def a46_match_pronoun(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice([
        "Find the blocks that have a bowl of the same colour. Put them in those bowls.",
        "Some blocks have a bowl in their colour. Take them and drop each one in its bowl.",
    ])
    return text, rels(*want)


def a46_match_adverb(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice([
        "Put each block back in its own colour bowl, if it has one.",
        "Blocks go back in their matching bowls, wherever there's a bowl of the same colour.",
    ])
    return text, rels(*want)


def a46_match_correct(w: World) -> Made:
    want = _matching(w)
    if want is None:
        return None
    text = w.rng.choice([
        "The blocks are all in the wrong places. Each one goes in the bowl that matches it.",
        "This is mixed up: the blocks should be in the bowls of their own colour.",
    ])
    return text, rels(*want)


FRESH46: list[Template] = [
    ("a46_imp_only", "imperative", a46_imp_only),
    ("a46_imp_relate", "imperative", a46_imp_relate),
    ("a46_imp_possible", "imperative", a46_imp_possible),
    ("a46_imp_pronoun", "imperative", a46_imp_pronoun),
    ("a46_imp_adverb", "imperative", a46_imp_adverb),
    ("a46_imp_correct", "imperative", a46_imp_correct),
    ("a46_dec_only", "declarative", a46_dec_only),
    ("a46_dec_relate", "declarative", a46_dec_relate),
    ("a46_dec_possible", "declarative", a46_dec_possible),
    ("a46_dec_pronoun", "declarative", a46_dec_pronoun),
    ("a46_dec_adverb", "declarative", a46_dec_adverb),
    ("a46_dec_correct", "declarative", a46_dec_correct),
    ("a46_des_only", "desiderative", a46_des_only),
    ("a46_des_relate", "desiderative", a46_des_relate),
    ("a46_des_possible", "desiderative", a46_des_possible),
    ("a46_des_pronoun", "desiderative", a46_des_pronoun),
    ("a46_des_adverb", "desiderative", a46_des_adverb),
    ("a46_des_correct", "desiderative", a46_des_correct),
    ("a46_qua_only", "quantified", a46_qua_only),
    ("a46_qua_relate", "quantified", a46_qua_relate),
    ("a46_qua_possible", "quantified", a46_qua_possible),
    ("a46_qua_pronoun", "quantified", a46_qua_pronoun),
    ("a46_qua_adverb", "quantified", a46_qua_adverb),
    ("a46_qua_correct", "quantified", a46_qua_correct),
    ("a46_neg_only", "negated", a46_neg_only),
    ("a46_neg_relate", "negated", a46_neg_relate),
    ("a46_neg_possible", "negated", a46_neg_possible),
    ("a46_neg_pronoun", "negated", a46_neg_pronoun),
    ("a46_neg_adverb", "negated", a46_neg_adverb),
    ("a46_neg_correct", "negated", a46_neg_correct),
    ("a46_rel_only", "relative", a46_rel_only),
    ("a46_rel_relate", "relative", a46_rel_relate),
    ("a46_rel_possible", "relative", a46_rel_possible),
    ("a46_rel_pronoun", "relative", a46_rel_pronoun),
    ("a46_rel_adverb", "relative", a46_rel_adverb),
    ("a46_rel_correct", "relative", a46_rel_correct),
    ("a46_keep_only", "keep", a46_keep_only),
    ("a46_keep_relate", "keep", a46_keep_relate),
    ("a46_keep_possible", "keep", a46_keep_possible),
    ("a46_keep_pronoun", "keep", a46_keep_pronoun),
    ("a46_keep_adverb", "keep", a46_keep_adverb),
    ("a46_keep_correct", "keep", a46_keep_correct),
    ("a46_multi_only", "multi_step", a46_multi_only),
    ("a46_multi_relate", "multi_step", a46_multi_relate),
    ("a46_multi_possible", "multi_step", a46_multi_possible),
    ("a46_multi_pronoun", "multi_step", a46_multi_pronoun),
    ("a46_multi_adverb", "multi_step", a46_multi_adverb),
    ("a46_multi_correct", "multi_step", a46_multi_correct),
    ("a46_q_only", "question", a46_q_only),
    ("a46_q_relate", "question", a46_q_relate),
    ("a46_q_possible", "question", a46_q_possible),
    ("a46_q_pronoun", "question", a46_q_pronoun),
    ("a46_q_adverb", "question", a46_q_adverb),
    ("a46_q_correct", "question", a46_q_correct),
    ("a46_match_only", "matching", a46_match_only),
    ("a46_match_relate", "matching", a46_match_relate),
    ("a46_match_possible", "matching", a46_match_possible),
    ("a46_match_pronoun", "matching", a46_match_pronoun),
    ("a46_match_adverb", "matching", a46_match_adverb),
    ("a46_match_correct", "matching", a46_match_correct),
]
