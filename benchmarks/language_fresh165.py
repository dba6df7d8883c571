"""`FRESH165`, the hundred-and-sixty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is collective nouns, group words and ways of counting a set. People rarely say "all the blocks": they say
"the whole lot", "the pair of them", "all three", "the rest", "the leftovers", "the contents of the bowl", "the pile
on the red block", "half of them", "all but one", "a single one of them", "each of the pair", "either of the two",
"neither of them", "every last one". Each group word here picks out exactly the set the scene gives it (a pair only
where there are two, "the pile on" only where two or more blocks are stacked on a block, "the set in" only where a
bowl holds two or more), and every proportion is a count the check can test: "half" only of an even number,
"most ... all but one", "a single one", "exactly two". The checks accept any order and any free choice the words
leave open ("either of the two", "a single one of them", "any half"), require the gripper to end empty, and never
accept a block sent to the bin that the sentence did not send there. The six styles:

- lot: British informal wholes, "Put the whole lot of blocks in the bin." / "Bin the whole lot, but not the red block."
- counted: counted groups, "Take the red block and the blue block and put the pair of them in the green bowl."
- rest: what remains, "Put the red block in the blue bowl and the rest in the bin." / "... whatever's left over ..."
- contents: containers as groups, "Tip the contents of the green bowl into the bin." / "the pile on the red block"
- share: proportions and counts, "Put half of the blocks in the bin: any two of the four." / "all but one"
- each: distributive words, "Put either of the two, the red block or the blue block, in the bin; only one of them."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 1a37f59, the code of 63ec76f, before anything it could prompt): 0.5933
goal-correct (178 of 300), 85 refused, 10 asked. Eight wrong actions: "I'd like just a single one of the X, Y and Z
blocks in W, whichever you choose" put all three there (three times); "Put all but one of the blocks in the bin, and leave
that one exactly where it is" left two blocks out (three times); "Make it so that the pile on X is in the bin" binned X
as well; "Put half of the blocks in the bin, but not X or Y" counted half of the blocks left after X and Y. Nineteen
wrong replies: 'What are the contents of W?', 'How many blocks make up the contents of W?', 'Is every last one of the
blocks outside the bowls?', 'How many of the three of them, X, Y and Z, are sitting on another block?' and the like.
The refusals were 'the whole bunch', 'the rest of the bunch', 'the remainder', 'the set in W', 'most of the blocks: all
but one', 'outside the bowls', 'either X or Y ..., but not both' and 'Leaving X aside, how many ...'.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.planner_language import Check, Made, Template, World, answered, yes
from sim.core.lexicon import BIN, PLACES
from sim.core.symbolic import SymState

_CAP = 4  # a bowl holds four blocks side by side
_MOST = 5  # the most blocks one instruction sends to the bin or to one named place
_NUM = {0: "no", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
Test = Callable[[SymState, SymState], bool]


# ----- words ------------------------------------------------------------------------------------------
def _the(t: str) -> str:
    return "the middle of the table" if t == "middle" else f"the {t}"


def _in(t: str) -> str:
    return f"in {_the(t)}"


def _to(t: str) -> str:
    return f"to {_the(t)}" if t in PLACES else f"into {_the(t)}"


def _cap(s: str) -> str:
    return s[0].upper() + s[1:]


def _names(blocks: list[str]) -> str:
    """'the red block, the blue block and the green block'."""
    parts = [f"the {b}" for b in blocks]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


def _colours(w: World, blocks: list[str]) -> str:
    """'the red, blue and green blocks'."""
    cs = [w.colour(b) for b in blocks]
    return f"the {cs[0]} block" if len(cs) == 1 else "the " + ", ".join(cs[:-1]) + " and " + cs[-1] + " blocks"


def _bowls(w: World) -> str:
    return "the bowls" if len(w.bowls) > 1 else f"the {w.bowls[0]}"


def _a_bowl(w: World) -> str:
    return "a bowl" if len(w.bowls) > 1 else f"the {w.bowls[0]}"


def _col_words(blocks: list[str], w: World) -> str:
    return "|".join(w.colour(b) for b in blocks)


# ----- the scene ----------------------------------------------------------------------------------------
def _inside(w: World) -> list[str]:
    return w.state.in_bowls()


def _outside(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) not in w.bowls and w.state.base(b) != BIN]


def _contents(w: World, bowl: str) -> list[str]:
    return w.state.in_bowl(bowl)


def _room(w: World, bowl: str, group: list[str]) -> bool:
    direct = [b for b, s in w.state.support.items() if s == bowl and b not in group]
    return len(direct) + len(group) <= _CAP


def _above_any(w: World, group: list[str]) -> set[str]:
    return {b for g in group for b in w.state.above(g)}


def _matches(w: World) -> dict[str, str]:
    """block -> the bowl of its colour."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _tgt(w: World, group: list[str], kinds: str = "bpw") -> str | None:
    """A target none of `group` is at: the bin (b), a named place (p) or a bowl with room (w)."""
    options: list[str] = []
    if "b" in kinds and len(group) <= _MOST:
        options.append(BIN)
    if "p" in kinds and len(group) <= _MOST:
        options.append(w.rng.choice(PLACES))
    if "w" in kinds:
        options += [b for b in w.bowls if _room(w, b, group)]
    options = [t for t in options if not any(w.state.base(g) == t for g in group)]
    return w.rng.choice(options) if options else None


def _first(w: World, *options: Callable[[], Made]) -> Made:
    """The first of the options, in a random order, that suits the scene."""
    order = list(options)
    w.rng.shuffle(order)
    for option in order:
        made = option()
        if made is not None:
            return made
    return None


# ----- checks -------------------------------------------------------------------------------------------
def _act(w: World, test: Test, may_bin: list[str] | tuple[str, ...] = ()) -> Check:
    """The goal `test`, the gripper empty, and no block in the bin that the sentence did not send there."""
    keep_out = [b for b in w.blocks if b not in set(may_bin) and w.state.base(b) != BIN]
    return lambda i, f: f.held is None and all(f.base(b) != BIN for b in keep_out) and test(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _at(blocks: list[str], t: str) -> Test:
    return lambda _i, f: all(f.base(b) == t for b in blocks)


def _n_at(blocks: list[str], t: str, n: int) -> Test:
    return lambda _i, f: sum(f.base(b) == t for b in blocks) == n


def _not_at(blocks: list[str], t: str) -> Test:
    return lambda _i, f: all(f.base(b) != t for b in blocks)


def _kept(blocks: list[str]) -> Test:
    return lambda i, f: all(f.support[b] == i.support[b] for b in blocks)


def _only(bowl: str, blocks: list[str]) -> Test:
    return lambda _i, f: set(f.in_bowl(bowl)) == set(blocks)


def _all(*tests: Test) -> Test:
    return lambda i, f: all(t(i, f) for t in tests)


def _apart(a: str, b: str) -> Test:
    """a and b each in a bowl, not the same one."""
    return lambda _i, f: f.base(a) in f.bowls and f.base(b) in f.bowls and f.base(a) != f.base(b)


def _one_of(group: list[str], t: str) -> Test:
    return _n_at(group, t, 1)


def _matched(pairs: dict[str, str]) -> Test:
    return lambda _i, f: all(f.base(b) == bowl for b, bowl in pairs.items())


def _n_matched(pairs: dict[str, str], n: int) -> Test:
    return lambda _i, f: sum(f.base(b) == bowl for b, bowl in pairs.items()) == n


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


# ----- shared scene choices -------------------------------------------------------------------------------
def _contents_group(w: World, least: int = 1) -> tuple[str, list[str]] | None:
    full = [b for b in w.bowls if len(_contents(w, b)) >= least]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return bowl, _contents(w, bowl)


def _pile(w: World, least: int = 2) -> tuple[str, list[str]] | None:
    under = [b for b in w.blocks if len(w.state.above(b)) >= least]
    if not under:
        return None
    x = w.rng.choice(under)
    return x, w.state.above(x)


def _others(w: World, *named: str) -> list[str]:
    return [b for b in w.blocks if b not in named]


# ===== imperative ==========================================================================================
def t165_imp_lot(w: World) -> Made:
    blocks = w.blocks
    t = _tgt(w, blocks)
    if t is None:
        return None
    if t == BIN:
        text = w.rng.choice(["Put the whole lot of blocks in the bin.", "Chuck the lot in the bin, every single block.",
                             "Clear the blocks away into the bin, the whole lot of them."])
    elif t in PLACES:
        text = w.rng.choice([f"Move the whole lot of blocks {_to(t)}.",
                             f"Gather up the blocks, the lot of them, and put them {_in(t)}."])
    else:
        text = w.rng.choice([f"Put the whole bunch of blocks in the {t}.",
                             f"Stick the lot in the {t}, every block there is."])
    return _made(w, text, _act(w, _at(blocks, t), blocks))


def t165_imp_counted(w: World) -> Made:
    k = w.rng.choice([2, 3])
    group = w.pick(w.blocks, k)
    t = _tgt(w, group)
    if t is None:
        return None
    if k == 2:
        a, b = group
        text = w.rng.choice([f"Take the {a} and the {b} and put the pair of them {_in(t)}.",
                             f"Put both of these, the {a} and the {b}, {_in(t)}."])
    else:
        text = w.rng.choice([f"Put {_colours(w, group)} {_in(t)}, all three of them.",
                             f"Move the three of them, {_names(group)}, {_to(t)}."])
    return _made(w, text, _act(w, _at(group, t), group if t == BIN else ()))


def t165_imp_rest(w: World) -> Made:
    k = w.rng.choice([1, 2])
    named = w.pick(w.blocks, k)
    rest = _others(w, *named)
    t = _tgt(w, named, "pw")
    if t is None:
        return None
    if k == 1:
        a = named[0]
        text = w.rng.choice([f"Put the {a} {_in(t)} and the rest in the bin.",
                             f"Move the {a} {_to(t)}, then bin the remainder of the blocks.",
                             f"Put the {a} {_in(t)} and chuck whatever's left over in the bin."])
    else:
        text = w.rng.choice([f"Put the {named[0]} and the {named[1]} {_in(t)}, and the leftovers in the bin.",
                             f"Move {_colours(w, named)} {_to(t)} and put the rest of the bunch in the bin."])
    return _made(w, text, _act(w, _all(_at(named, t), _at(rest, BIN)), rest))


def t165_imp_contents(w: World) -> Made:
    def bowl() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        if t == BIN:
            text = w.rng.choice([f"Tip the contents of the {b} into the bin.",
                                 f"Empty the contents of the {b} into the bin."])
        elif t in PLACES:
            text = f"Move the contents of the {b} {_to(t)}."
        else:
            text = (f"Transfer the set in the {b} to the {t}." if len(group) >= 2
                    else f"Put the contents of the {b} into the {t}.")
        return _made(w, text, _act(w, _at(group, t), group))

    def pile() -> Made:
        got = _pile(w)
        if got is None:
            return None
        x, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        text = w.rng.choice([f"Take the pile on the {x} and put it {_in(t)}.",
                             f"Move the pile on top of the {x} {_to(t)}."])
        return _made(w, text, _act(w, _at(group, t), group))

    return _first(w, bowl, pile)


def t165_imp_share(w: World) -> Made:
    blocks, n = w.blocks, len(w.blocks)

    def half() -> Made:
        if n % 2:
            return None
        t = w.rng.choice([BIN, w.rng.choice(PLACES)])
        text = w.rng.choice([f"Put half of the blocks {_in(t)}: any {_NUM[n // 2]} of the {_NUM[n]}.",
                             f"Move half the blocks {_to(t)}, whichever half you like."])
        return _made(w, text, _act(w, _n_at(blocks, t, n // 2), blocks if t == BIN else ()))

    def most() -> Made:
        text = w.rng.choice(["Put most of the blocks in the bin: all but one of them.",
                             "Bin the majority of the blocks, every one except a single block of your choice."])
        return _made(w, text, _act(w, _n_at(blocks, BIN, n - 1), blocks))

    def single() -> Made:
        group = w.pick(blocks, 3)
        t = _tgt(w, group[:1], "bpw")
        if t is None or any(w.state.base(g) == t for g in group):
            return None
        text = w.rng.choice([f"Put a single one of {_colours(w, group)} {_in(t)}; I don't mind which.",
                             f"Of {_names(group)}, move just one {_to(t)}."])
        return _made(w, text, _act(w, _one_of(group, t), group if t == BIN else ()))

    return _first(w, half, most, single)


def t165_imp_each(w: World) -> Made:
    def apart() -> Made:
        if len(w.bowls) < 2:
            return None
        a, b = w.pick(w.blocks, 2)
        text = w.rng.choice([f"Take the {a} and the {b} and put each of the pair in a different bowl.",
                             f"Put each of the two, the {a} and the {b}, in a separate bowl."])
        return _made(w, text, _act(w, _apart(a, b)))

    def either() -> Made:
        a, b = w.pick(w.blocks, 2)
        t = _tgt(w, [a], "bpw")
        if t is None or w.state.base(b) == t:
            return None
        text = f"Put either of the two, the {a} or the {b}, {_in(t)}; only one of them, whichever you like."
        return _made(w, text, _act(w, _one_of([a, b], t), [a, b] if t == BIN else ()))

    def every() -> Made:
        out = _outside(w)
        if not 2 <= len(out) <= _MOST:
            return None
        text = f"Put every last one of the blocks outside {_bowls(w)} in the bin."
        return _made(w, text, _act(w, _at(out, BIN), out))

    return _first(w, apart, either, every)


# ===== declarative =========================================================================================
def t165_dec_lot(w: World) -> Made:
    blocks = w.blocks
    t = _tgt(w, blocks)
    if t is None:
        return None
    if t == BIN:
        text = w.rng.choice(["The whole lot of blocks belongs in the bin.",
                             "Every block, the whole lot, should be in the bin."])
    elif t in PLACES:
        text = f"The whole bunch of blocks should end up {_in(t)}."
    else:
        text = w.rng.choice([f"All the blocks, the whole lot, should be in the {t}.",
                             f"The {t} is where the lot of the blocks belong."])
    return _made(w, text, _act(w, _at(blocks, t), blocks))


def t165_dec_counted(w: World) -> Made:
    k = w.rng.choice([2, 3])
    group = w.pick(w.blocks, k)
    t = _tgt(w, group)
    if t is None:
        return None
    if k == 2:
        a, b = group
        text = w.rng.choice([f"The {a} and the {b} should both be {_in(t)}.",
                             f"The pair of them, the {a} and the {b}, belong {_in(t)}."])
    else:
        text = w.rng.choice([f"All three of {_colours(w, group)} should be {_in(t)}.",
                             f"{_cap(_colours(w, group))} belong {_in(t)}, the three of them."])
    return _made(w, text, _act(w, _at(group, t), group if t == BIN else ()))


def t165_dec_rest(w: World) -> Made:
    k = w.rng.choice([1, 2])
    named = w.pick(w.blocks, k)
    rest = _others(w, *named)
    t = _tgt(w, named, "pw")
    if t is None:
        return None
    if k == 1:
        a = named[0]
        text = w.rng.choice([f"The {a} should be {_in(t)}, and the rest of the bunch should be in the bin.",
                             f"The {a} goes {_in(t)} and whatever's left over goes in the bin."])
    else:
        text = f"The {named[0]} and the {named[1]} belong {_in(t)}; the remainder belong in the bin."
    return _made(w, text, _act(w, _all(_at(named, t), _at(rest, BIN)), rest))


def t165_dec_contents(w: World) -> Made:
    def bowl() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        if t == BIN:
            text = f"The contents of the {b} belong in the bin."
        elif len(group) >= 2:
            text = f"The set in the {b} should be {_in(t)}."
        else:
            text = f"The contents of the {b} should end up {_in(t)}."
        return _made(w, text, _act(w, _at(group, t), group))

    def pile() -> Made:
        got = _pile(w)
        if got is None:
            return None
        x, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        return _made(w, f"The pile on the {x} should be {_in(t)}.", _act(w, _at(group, t), group))

    return _first(w, bowl, pile)


def t165_dec_share(w: World) -> Made:
    blocks, n = w.blocks, len(w.blocks)

    def half() -> Made:
        if n % 2:
            return None
        t = w.rng.choice([BIN, w.rng.choice(PLACES)])
        text = f"Half of the blocks should be {_in(t)}: {_NUM[n // 2]} of the {_NUM[n]}, any of them."
        return _made(w, text, _act(w, _n_at(blocks, t, n // 2), blocks if t == BIN else ()))

    def single() -> Made:
        group = w.pick(blocks, 3)
        t = _tgt(w, group[:1], "bpw")
        if t is None or any(w.state.base(g) == t for g in group):
            return None
        text = f"Exactly one of {_colours(w, group)} should be {_in(t)}."
        return _made(w, text, _act(w, _one_of(group, t), group if t == BIN else ()))

    def most() -> Made:
        text = "Most of the blocks should be in the bin: all of them but one."
        return _made(w, text, _act(w, _n_at(blocks, BIN, n - 1), blocks))

    return _first(w, half, single, most)


def t165_dec_each(w: World) -> Made:
    def apart() -> Made:
        if len(w.bowls) < 2:
            return None
        a, b = w.pick(w.blocks, 2)
        return _made(w, f"The {a} and the {b} should each be in a different bowl.", _act(w, _apart(a, b)))

    def either() -> Made:
        a, b = w.pick(w.blocks, 2)
        t = _tgt(w, [a], "bpw")
        if t is None or w.state.base(b) == t:
            return None
        text = f"Either the {a} or the {b} should be {_in(t)}, but not both."
        return _made(w, text, _act(w, _one_of([a, b], t), [a, b] if t == BIN else ()))

    def every() -> Made:
        out = _outside(w)
        if not 2 <= len(out) <= _MOST:
            return None
        text = f"Every last one of the blocks outside {_bowls(w)} should be in the bin."
        return _made(w, text, _act(w, _at(out, BIN), out))

    return _first(w, apart, either, every)


# ===== desiderative ========================================================================================
def t165_des_lot(w: World) -> Made:
    blocks = w.blocks
    t = _tgt(w, blocks)
    if t is None:
        return None
    text = w.rng.choice([f"I'd like the whole lot of blocks {_in(t)}.",
                         f"I want the lot, every block, {_in(t)}.",
                         f"Make it so that the whole bunch of blocks is {_in(t)}."])
    return _made(w, text, _act(w, _at(blocks, t), blocks))


def t165_des_counted(w: World) -> Made:
    k = w.rng.choice([2, 3])
    group = w.pick(w.blocks, k)
    t = _tgt(w, group)
    if t is None:
        return None
    if k == 2:
        a, b = group
        text = w.rng.choice([f"I want both the {a} and the {b} {_in(t)}.",
                             f"I'd like the pair of them, the {a} and the {b}, {_in(t)}."])
    else:
        text = w.rng.choice([f"Make it so that all three of {_colours(w, group)} are {_in(t)}.",
                             f"I'd like the three of them, {_names(group)}, {_in(t)}."])
    return _made(w, text, _act(w, _at(group, t), group if t == BIN else ()))


def t165_des_rest(w: World) -> Made:
    k = w.rng.choice([1, 2])
    named = w.pick(w.blocks, k)
    rest = _others(w, *named)
    t = _tgt(w, named, "pw")
    if t is None:
        return None
    if k == 1:
        a = named[0]
        text = w.rng.choice([f"I want the {a} {_in(t)} and the leftovers in the bin.",
                             f"I'd like the {a} {_in(t)}, with the rest of the bunch in the bin."])
    else:
        text = (f"Make it so that the {named[0]} and the {named[1]} are {_in(t)} "
                f"and whatever's left over is in the bin.")
    return _made(w, text, _act(w, _all(_at(named, t), _at(rest, BIN)), rest))


def t165_des_contents(w: World) -> Made:
    def bowl() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        if len(group) >= 2 and t != BIN:
            text = f"I want the set in the {b} moved {_to(t)}."
        else:
            text = w.rng.choice([f"I'd like the contents of the {b} {_in(t)}.",
                                 f"Make it so that the contents of the {b} are {_in(t)}."])
        return _made(w, text, _act(w, _at(group, t), group))

    def pile() -> Made:
        got = _pile(w)
        if got is None:
            return None
        x, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        return _made(w, f"Make it so that the pile on the {x} is {_in(t)}.", _act(w, _at(group, t), group))

    return _first(w, bowl, pile)


def t165_des_share(w: World) -> Made:
    blocks, n = w.blocks, len(w.blocks)

    def half() -> Made:
        if n % 2:
            return None
        t = w.rng.choice([BIN, w.rng.choice(PLACES)])
        text = f"I want half of the blocks {_in(t)}, any {_NUM[n // 2]} of the {_NUM[n]}."
        return _made(w, text, _act(w, _n_at(blocks, t, n // 2), blocks if t == BIN else ()))

    def single() -> Made:
        group = w.pick(blocks, 3)
        t = _tgt(w, group[:1], "bpw")
        if t is None or any(w.state.base(g) == t for g in group):
            return None
        text = f"I'd like just a single one of {_colours(w, group)} {_in(t)}, whichever you choose."
        return _made(w, text, _act(w, _one_of(group, t), group if t == BIN else ()))

    def most() -> Made:
        text = "Make it so that most of the blocks are in the bin: all but one."
        return _made(w, text, _act(w, _n_at(blocks, BIN, n - 1), blocks))

    return _first(w, half, single, most)


def t165_des_each(w: World) -> Made:
    def apart() -> Made:
        if len(w.bowls) < 2:
            return None
        a, b = w.pick(w.blocks, 2)
        return _made(w, f"I'd like the {a} and the {b} each in a different bowl.", _act(w, _apart(a, b)))

    def either() -> Made:
        a, b = w.pick(w.blocks, 2)
        t = _tgt(w, [a], "bpw")
        if t is None or w.state.base(b) == t:
            return None
        text = f"I want either the {a} or the {b} {_in(t)}, whichever, but not both."
        return _made(w, text, _act(w, _one_of([a, b], t), [a, b] if t == BIN else ()))

    def every() -> Made:
        out = _outside(w)
        if not 2 <= len(out) <= _MOST:
            return None
        text = f"Make it so that every last one of the blocks outside {_bowls(w)} is in the bin."
        return _made(w, text, _act(w, _at(out, BIN), out))

    return _first(w, apart, either, every)


# ===== quantified ==========================================================================================
def t165_qua_lot(w: World) -> Made:
    def everything() -> Made:
        blocks, n = w.blocks, len(w.blocks)
        t = _tgt(w, blocks, "bp")
        if t is None:
            return None
        text = w.rng.choice([f"There are {_NUM[n]} blocks; put all {_NUM[n]}, the whole lot, {_in(t)}.",
                             f"Every single block, one and all, goes {_to(t)}."])
        return _made(w, text, _act(w, _at(blocks, t), blocks))

    def bowled() -> Made:
        group = _inside(w)
        if len(group) < 2:
            return None
        t = _tgt(w, group, "bp")
        if t is None:
            return None
        text = f"Take every block out of {_bowls(w)}, the whole lot of them, and put them all {_in(t)}."
        return _made(w, text, _act(w, _at(group, t), group))

    return _first(w, everything, bowled)


def t165_qua_counted(w: World) -> Made:
    def outside() -> Made:
        group = _outside(w)
        k = len(group)
        if k not in (2, 3, 4):
            return None
        t = _tgt(w, group)
        if t is None:
            return None
        where = f"outside {_bowls(w)}"
        text = {2: f"Put the pair of blocks {where} {_in(t)}.",
                3: f"Put all three blocks {where} {_in(t)}.",
                4: f"Move all four of the blocks {where} {_to(t)}."}[k]
        return _made(w, text, _act(w, _at(group, t), group))

    def bowl() -> Made:
        pairs = [b for b in w.bowls if len(_contents(w, b)) == 2]
        if not pairs:
            return None
        b = w.rng.choice(pairs)
        group = _contents(w, b)
        t = _tgt(w, group)
        if t is None:
            return None
        return _made(w, f"Both blocks in the {b} go {_to(t)}.", _act(w, _at(group, t), group))

    return _first(w, outside, bowl)


def t165_qua_rest(w: World) -> Made:
    blocks, bowls = w.blocks, w.bowls

    def spread() -> Made:
        if not 2 <= len(blocks) - len(bowls) <= _MOST:
            return None

        def test(_i: SymState, f: SymState) -> bool:
            return (all(len(f.in_bowl(b)) == 1 for b in bowls)
                    and all(f.base(b) in (*bowls, BIN) for b in blocks))

        text = ("Put one block in each bowl and the rest in the bin." if len(bowls) > 1
                else f"Put exactly one block in the {bowls[0]} and the rest in the bin.")
        return _made(w, text, _act(w, test, blocks))

    def counted() -> Made:
        a = w.rng.choice(blocks)
        rest = _others(w, a)
        t = _tgt(w, [a], "pw")
        if t is None:
            return None
        text = f"Put the {a} {_in(t)} and every one of the other {_NUM[len(rest)]} blocks in the bin."
        return _made(w, text, _act(w, _all(_at([a], t), _at(rest, BIN)), rest))

    return _first(w, spread, counted)


def t165_qua_contents(w: World) -> Made:
    def bowl() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        if len(group) == 1:
            text = f"Put the single block in the {b} {_in(t)}."
        elif len(group) == 2:
            text = w.rng.choice([f"Put both blocks in the {b} {_in(t)}.",
                                 f"Every block in the {b}, both of them, goes {_to(t)}."])
        else:
            text = w.rng.choice([f"Put all {_NUM[len(group)]} blocks in the {b} {_in(t)}.",
                                 f"Every block in the {b}, all {_NUM[len(group)]} of them, goes {_to(t)}."])
        return _made(w, text, _act(w, _at(group, t), group))

    def pile() -> Made:
        got = _pile(w)
        if got is None:
            return None
        x, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        return _made(w, f"Move each block of the pile on the {x} {_to(t)}.", _act(w, _at(group, t), group))

    return _first(w, bowl, pile)


def t165_qua_share(w: World) -> Made:
    blocks, n = w.blocks, len(w.blocks)

    def half() -> Made:
        if n % 2:
            return None
        t = w.rng.choice(PLACES)
        return _made(w, f"Put exactly half of the {_NUM[n]} blocks {_in(t)}.", _act(w, _n_at(blocks, t, n // 2)))

    def two() -> Made:
        t = w.rng.choice([BIN, w.rng.choice(PLACES)])
        text = f"Put exactly two of the blocks, a couple of them and no more, {_in(t)}."
        return _made(w, text, _act(w, _n_at(blocks, t, 2), blocks if t == BIN else ()))

    def all_but_one() -> Made:
        text = f"Put all but one of the {_NUM[n]} blocks in the bin."
        return _made(w, text, _act(w, _n_at(blocks, BIN, n - 1), blocks))

    return _first(w, half, two, all_but_one)


def t165_qua_each(w: World) -> Made:
    bowls = w.bowls

    def each_bowl() -> Made:
        if len(bowls) < 2:
            return None
        test: Test = lambda _i, f: all(f.in_bowl(b) for b in bowls)
        return _made(w, "Make sure each bowl has at least one block in it.", _act(w, test))

    def one_each() -> Made:
        if len(bowls) < 2:
            return None
        test: Test = lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)
        return _made(w, "Give every bowl exactly one block.", _act(w, test))

    def every() -> Made:
        out = _outside(w)
        if len(out) < 2:
            return None
        t = _tgt(w, out)
        if t is None:
            return None
        text = f"Put every last one of the {_NUM[len(out)]} blocks outside {_bowls(w)} {_in(t)}."
        return _made(w, text, _act(w, _at(out, t), out))

    return _first(w, each_bowl, one_each, every)


# ===== negated =============================================================================================
def t165_neg_lot(w: World) -> Made:
    def but_one() -> Made:
        a = w.rng.choice(w.blocks)
        rest = _others(w, a)
        text = w.rng.choice([f"Put the whole lot in the bin except the {a}.",
                             f"Bin the whole lot of blocks, but not the {a}."])
        return _made(w, text, _act(w, _at(rest, BIN), rest))

    def bowl() -> Made:
        b = w.rng.choice(w.bowls)
        outside_b = [x for x in w.blocks if w.state.base(x) != b]
        if not outside_b:
            return None
        a = w.rng.choice(outside_b)
        rest = _others(w, a)
        if not _room(w, b, rest):
            return None
        text = f"Put the whole bunch of blocks in the {b} except the {a}, which must not go in it."
        return _made(w, text, _act(w, _all(_at(rest, b), _not_at([a], b))))

    def none_left() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, _group = got
        text = f"None of the lot should be left in the {b}: take every block out of it, but not into the bin."
        return _made(w, text, _act(w, _only(b, [])))

    return _first(w, but_one, bowl, none_left)


def t165_neg_counted(w: World) -> Made:
    def pair_not() -> Made:
        a, b, c = w.pick(w.blocks, 3)
        text = f"Put the pair of them, the {a} and the {b}, in the bin, but not the {c}."
        return _made(w, text, _act(w, _at([a, b], BIN), [a, b]))

    def neither() -> Made:
        inside = _inside(w)
        if not inside:
            return None
        a = w.rng.choice(inside)
        b = w.rng.choice(_others(w, a))
        pair = w.rng.sample([a, b], 2)
        text = f"Neither of these two, the {pair[0]} and the {pair[1]}, should stay in {_a_bowl(w)}."
        test: Test = lambda _i, f: f.base(a) not in f.bowls and f.base(b) not in f.bowls
        return _made(w, text, _act(w, test))

    def three_without() -> Made:
        if len(w.blocks) < 4:
            return None
        group = w.pick(w.blocks, 3)
        spare = [d for d in _others(w, *group) if d not in _above_any(w, group)]
        if not spare:
            return None
        d = w.rng.choice(spare)
        t = _tgt(w, group)
        if t is None:
            return None
        text = f"Move all three of {_colours(w, group)} {_to(t)}, without moving the {d}."
        return _made(w, text, _act(w, _all(_at(group, t), _kept([d])), group if t == BIN else ()))

    return _first(w, pair_not, neither, three_without)


def t165_neg_rest(w: World) -> Made:
    def except_one() -> Made:
        a, b = w.pick(w.blocks, 2)
        rest = _others(w, a, b)
        t = _tgt(w, [a], "pw")
        if t is None:
            return None
        text = w.rng.choice([f"Put the {a} {_in(t)} and the rest in the bin, except the {b}.",
                             f"Put the {a} {_in(t)}; bin the remainder, but not the {b}."])
        return _made(w, text, _act(w, _all(_at([a], t), _at(rest, BIN)), rest))

    def alone() -> Made:
        b = w.rng.choice(w.bowls)
        candidates = [x for x in w.blocks if w.state.base(x) != b]
        if not candidates:
            return None
        a = w.rng.choice(candidates)
        text = f"Put the {a} in the {b}; none of the other blocks should be in that bowl."
        return _made(w, text, _act(w, _only(b, [a])))

    return _first(w, except_one, alone)


def t165_neg_contents(w: World) -> Made:
    def empty_not_bin() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, _group = got
        text = w.rng.choice([f"Empty the {b}, but not into the bin.",
                             f"Take the contents out of the {b}, without putting any of them in the bin."])
        return _made(w, text, _act(w, _only(b, [])))

    def all_but() -> Made:
        got = _contents_group(w, 2)
        if got is None:
            return None
        b, group = got
        a = w.rng.choice(group)
        rest = [x for x in group if x != a]
        return _made(w, f"Put the contents of the {b} in the bin, except the {a}.",
                     _act(w, _at(rest, BIN), rest))

    def pile_off() -> Made:
        got = _pile(w)
        if got is None:
            return None
        x, _group = got
        test: Test = lambda _i, f: f.is_clear(x)
        return _made(w, f"Take the pile off the {x}, but don't put any of it in the bin.", _act(w, test))

    return _first(w, empty_not_bin, all_but, pile_off)


def t165_neg_share(w: World) -> Made:
    blocks, n = w.blocks, len(w.blocks)

    def half() -> Made:
        if n % 2 or n < 4:
            return None
        a, b = w.pick(blocks, 2)
        rest = _others(w, a, b)
        text = f"Put half of the blocks in the bin, but not the {a} or the {b}."
        return _made(w, text, _act(w, _n_at(rest, BIN, n // 2), rest))

    def single() -> Made:
        group = w.pick(blocks, 3)
        a, rest = group[0], group[1:]
        text = f"Put a single one of {_colours(w, group)} in the bin, but not the {w.colour(a)} one."
        return _made(w, text, _act(w, _one_of(rest, BIN), rest))

    return _first(w, half, single)


def t165_neg_each(w: World) -> Made:
    def every_but() -> Made:
        out = _outside(w)
        if not 3 <= len(out) <= _MOST + 1:
            return None
        a = w.rng.choice(out)
        rest = [x for x in out if x != a]
        text = f"Put every last one of the blocks outside {_bowls(w)} in the bin, except the {a}."
        return _made(w, text, _act(w, _at(rest, BIN), rest))

    def apart() -> Made:
        if len(w.bowls) < 2:
            return None
        a, b = w.pick(w.blocks, 2)
        return _made(w, f"Put each of the {a} and the {b} in a bowl, but not both in the same one.",
                     _act(w, _apart(a, b)))

    def either() -> Made:
        a, b = w.pick(w.blocks, 2)
        t = _tgt(w, [a], "bpw")
        if t is None or w.state.base(b) == t:
            return None
        text = f"Put either the {a} or the {b} {_in(t)}, but not both of them."
        return _made(w, text, _act(w, _one_of([a, b], t), [a, b] if t == BIN else ()))

    return _first(w, every_but, apart, either)


# ===== relative ============================================================================================
def t165_rel_lot(w: World) -> Made:
    def bowled() -> Made:
        group = _inside(w)
        if len(group) < 2:
            return None
        t = _tgt(w, group, "bp")
        if t is None:
            return None
        text = w.rng.choice([f"Take the whole lot out of {_bowls(w)} and put it {_in(t)}.",
                             f"Every block in {_bowls(w)}, the whole lot, goes {_to(t)}."])
        return _made(w, text, _act(w, _at(group, t), group))

    def loose() -> Made:
        group = _outside(w)
        if len(group) < 2:
            return None
        t = _tgt(w, group)
        if t is None:
            return None
        text = f"Put the whole lot of blocks outside {_bowls(w)} {_in(t)}."
        return _made(w, text, _act(w, _at(group, t), group))

    return _first(w, bowled, loose)


def t165_rel_counted(w: World) -> Made:
    def stacked() -> Made:
        bases = [x for x in w.blocks if w.state.on_top(x)]
        if not bases:
            return None
        x = w.rng.choice(bases)
        group = [x, w.state.on_top(x)[0]]
        t = _tgt(w, group)
        if t is None:
            return None
        text = w.rng.choice([f"Move the {x} and the block sitting on it, the pair of them, {_to(t)}.",
                             f"Put the block on top of the {x} and the {x} itself, both of them, {_in(t)}."])
        return _made(w, text, _act(w, _at(group, t), group if t == BIN else ()))

    def bowl() -> Made:
        pairs = [b for b in w.bowls if len(_contents(w, b)) == 2]
        if not pairs:
            return None
        b = w.rng.choice(pairs)
        group = _contents(w, b)
        t = _tgt(w, group)
        if t is None:
            return None
        return _made(w, f"Put the pair of blocks in the {b} {_in(t)}.",
                     _act(w, _at(group, t), group if t == BIN else ()))

    return _first(w, stacked, bowl)


def t165_rel_rest(w: World) -> Made:
    def top() -> Made:
        bases = [x for x in w.blocks if w.state.on_top(x)]
        if not bases:
            return None
        x = w.rng.choice(bases)
        a = w.state.on_top(x)[0]
        rest = _others(w, a)
        t = _tgt(w, [a], "pw")
        if t is None:
            return None
        text = f"Put the block on top of the {x} {_in(t)} and the rest in the bin."
        return _made(w, text, _act(w, _all(_at([a], t), _at(rest, BIN)), rest))

    def lone() -> Made:
        singles = [b for b in w.bowls if len(_contents(w, b)) == 1]
        if not singles:
            return None
        b = w.rng.choice(singles)
        a = _contents(w, b)[0]
        rest = _others(w, a)
        t = _tgt(w, [a], "pw")
        if t is None:
            return None
        text = f"Move the block in the {b} {_to(t)} and put the leftovers in the bin."
        return _made(w, text, _act(w, _all(_at([a], t), _at(rest, BIN)), rest))

    def under() -> Made:
        tops = [y for y, s in w.state.support.items() if s in w.state.support]
        if not tops:
            return None
        y = w.rng.choice(tops)
        z = w.state.support[y]
        rest = _others(w, z)
        t = _tgt(w, rest, "pw")
        if t is None:
            return None
        text = f"Put the block under the {y} in the bin and the rest of the bunch {_in(t)}."
        return _made(w, text, _act(w, _all(_at([z], BIN), _at(rest, t)), [z]))

    return _first(w, top, lone, under)


def t165_rel_contents(w: World) -> Made:
    def holding() -> Made:
        inside = _inside(w)
        if not inside:
            return None
        a = w.rng.choice(inside)
        b = w.state.base(a)
        group = _contents(w, b)
        t = _tgt(w, group)
        if t is None:
            return None
        text = (f"Tip the contents of the bowl the {a} is in into the bin." if t == BIN
                else f"Move the contents of the bowl holding the {a} {_to(t)}.")
        return _made(w, text, _act(w, _at(group, t), group))

    def stacked() -> Made:
        got = _pile(w, 1)
        if got is None:
            return None
        x, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        return _made(w, f"Put whatever is stacked on the {x} {_in(t)}.", _act(w, _at(group, t), group))

    return _first(w, holding, stacked)


def t165_rel_share(w: World) -> Made:
    def half() -> Made:
        out = _outside(w)
        if not out or len(out) % 2:
            return None
        text = f"Put half of the blocks outside {_bowls(w)} in the bin."
        return _made(w, text, _act(w, _n_at(out, BIN, len(out) // 2), out))

    def single() -> Made:
        got = _contents_group(w, 2)
        if got is None:
            return None
        b, group = got
        t = _tgt(w, group[:1])
        if t is None or t == b:
            return None
        text = f"Put a single one of the blocks in the {b} {_in(t)}, any one of them."
        return _made(w, text, _act(w, _one_of(group, t), group if t == BIN else ()))

    def most() -> Made:
        out = _outside(w)
        if not 3 <= len(out) <= _MOST + 1:
            return None
        t = w.rng.choice([BIN, w.rng.choice(PLACES)])
        text = f"Move most of the blocks outside {_bowls(w)}, all but one of them, {_to(t)}."
        return _made(w, text, _act(w, _n_at(out, t, len(out) - 1), out if t == BIN else ()))

    return _first(w, half, single, most)


def t165_rel_each(w: World) -> Made:
    def on_blocks() -> Made:
        tops = [y for y, s in w.state.support.items() if s in w.state.support]
        if not tops:
            return None
        text = w.rng.choice(["Put each block that is sitting on another block in the bin.",
                             "Every block resting on top of another block goes in the bin."])
        return _made(w, text, _act(w, _at(tops, BIN), tops))

    def either() -> Made:
        pairs = [b for b in w.bowls if len(_contents(w, b)) == 2]
        if not pairs:
            return None
        b = w.rng.choice(pairs)
        group = _contents(w, b)
        t = _tgt(w, group)
        if t is None:
            return None
        text = f"Put either of the two blocks in the {b} {_in(t)}; just one of them."
        return _made(w, text, _act(w, _one_of(group, t), group if t == BIN else ()))

    def every() -> Made:
        group = _inside(w)
        if not 2 <= len(group) <= _MOST:
            return None
        text = f"Put every last one of the blocks in {_bowls(w)} in the bin."
        return _made(w, text, _act(w, _at(group, BIN), group))

    return _first(w, on_blocks, either, every)


# ===== keep ================================================================================================
def t165_keep_lot(w: World) -> Made:
    def all_but() -> Made:
        grounded = [a for a in w.blocks if w.state.support[a] not in w.state.support]
        a = w.rng.choice(grounded)
        rest = _others(w, a)
        text = w.rng.choice([f"Put the whole lot in the bin apart from the {a}, and leave the {a} where it is.",
                             f"Bin the lot of the blocks, but the {a} stays exactly where it is."])
        return _made(w, text, _act(w, _all(_at(rest, BIN), _kept([a])), rest))

    def loose() -> Made:
        out, inside = _outside(w), _inside(w)
        if len(out) < 2 or not inside:
            return None
        t = _tgt(w, out, "bp")
        if t is None:
            return None
        text = (f"Move the whole lot of blocks outside {_bowls(w)} {_to(t)}, "
                f"and leave the blocks in {_bowls(w)} alone.")
        return _made(w, text, _act(w, _all(_at(out, t), _kept(inside)), out))

    return _first(w, all_but, loose)


def t165_keep_counted(w: World) -> Made:
    def pair() -> Made:
        a, b = w.pick(w.blocks, 2)
        others = _others(w, a, b)
        if _above_any(w, [a, b]) - {a, b}:
            return None
        t = _tgt(w, [a, b])
        if t is None:
            return None
        m = len(others)
        leave = {1: "the other one where it is", 2: "both of the others where they are",
                 3: "all three of the others where they are", 4: "the other four where they are"}[m]
        text = f"Put the {a} and the {b}, the pair of them, {_in(t)}, and leave {leave}."
        return _made(w, text, _act(w, _all(_at([a, b], t), _kept(others)), [a, b] if t == BIN else ()))

    def three() -> Made:
        if len(w.blocks) < 4:
            return None
        group = w.pick(w.blocks, 3)
        spare = [d for d in _others(w, *group) if d not in _above_any(w, group)]
        if not spare:
            return None
        d = w.rng.choice(spare)
        t = _tgt(w, group)
        if t is None:
            return None
        text = f"Move {_colours(w, group)}, all three, {_to(t)}, but leave the {d} alone."
        return _made(w, text, _act(w, _all(_at(group, t), _kept([d])), group if t == BIN else ()))

    return _first(w, pair, three)


def t165_keep_rest(w: World) -> Made:
    def one() -> Made:
        a = w.rng.choice(w.blocks)
        if w.state.above(a):
            return None
        t = _tgt(w, [a], "pw")
        if t is None:
            return None
        text = w.rng.choice([f"Put the {a} {_in(t)} and leave the rest exactly where they are.",
                             f"Move the {a} {_to(t)}; the remainder stays put."])
        return _made(w, text, _act(w, _all(_at([a], t), _kept(_others(w, a)))))

    def two() -> Made:
        a, b = w.pick(w.blocks, 2)
        if _above_any(w, [a, b]) - {a, b}:
            return None
        t = _tgt(w, [a, b], "bpw")
        if t is None:
            return None
        text = w.rng.choice([f"Put the {a} and the {b} {_in(t)}, and don't touch the leftovers.",
                             f"Move the {a} and the {b} {_to(t)}, leaving the rest of the bunch as it is."])
        return _made(w, text, _act(w, _all(_at([a, b], t), _kept(_others(w, a, b))), [a, b] if t == BIN else ()))

    return _first(w, one, two)


def t165_keep_contents(w: World) -> Made:
    def pile() -> Made:
        got = _pile(w, 1)
        if got is None:
            return None
        x, group = got
        t = _tgt(w, group)
        if t is None:
            return None
        what = f"the pile on the {x}" if len(group) >= 2 else f"whatever is on the {x}"
        text = f"Move {what} {_to(t)}, but leave the {x} where it is."
        return _made(w, text, _act(w, _all(_at(group, t), _kept([x])), group if t == BIN else ()))

    def join() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, group = got
        outside_b = [x for x in w.blocks if w.state.base(x) != b]
        if not outside_b or not _room(w, b, [outside_b[0]]):
            return None
        a = w.rng.choice(outside_b)
        text = f"Put the {a} in the {b}, and leave the contents of the {b} as they are."
        return _made(w, text, _act(w, _all(_at([a], b), _kept(group))))

    def two_bowls() -> Made:
        full = [b for b in w.bowls if _contents(w, b)]
        if len(full) < 2:
            return None
        b1, b2 = w.rng.sample(full, 2)
        group, spare = _contents(w, b1), _contents(w, b2)
        if len(group) > _MOST:
            return None
        text = f"Tip the contents of the {b1} into the bin, but leave the contents of the {b2} alone."
        return _made(w, text, _act(w, _all(_at(group, BIN), _kept(spare)), group))

    return _first(w, pile, join, two_bowls)


def t165_keep_share(w: World) -> Made:
    blocks, n = w.blocks, len(w.blocks)

    def half() -> Made:
        if n % 2 or n < 4:
            return None
        grounded = [a for a in w.clear_blocks() if w.state.support[a] not in w.state.support]
        if not grounded:
            return None
        a = w.rng.choice(grounded)
        text = f"Put half of the blocks in the bin, but leave the {a} where it is."
        return _made(w, text, _act(w, _all(_n_at(blocks, BIN, n // 2), _kept([a])), _others(w, a)))

    def single() -> Made:
        clear = w.clear_blocks()
        if len(clear) < 3:
            return None
        group = w.rng.sample(clear, 3)
        t = _tgt(w, group[:1])
        if t is None or any(w.state.base(g) == t for g in group):
            return None

        def test(i: SymState, f: SymState) -> bool:
            moved = [g for g in group if f.base(g) == t]
            return len(moved) == 1 and all(f.support[g] == i.support[g] for g in group if g not in moved)

        text = f"Put a single one of {_colours(w, group)} {_in(t)} and leave the other two where they are."
        return _made(w, text, _act(w, test, group if t == BIN else ()))

    def all_but_one() -> Made:
        def test(i: SymState, f: SymState) -> bool:
            left = [b for b in blocks if f.base(b) != BIN]
            return len(left) == 1 and f.support[left[0]] == i.support[left[0]]

        text = "Put all but one of the blocks in the bin, and leave that one exactly where it is."
        return _made(w, text, _act(w, test, blocks))

    return _first(w, half, single, all_but_one)


def t165_keep_each(w: World) -> Made:
    def each_pair() -> Made:
        a, b = w.pick(w.blocks, 2)
        if _above_any(w, [a, b]) - {a, b}:
            return None
        text = f"Put each of the {a} and the {b} in the bin, and leave every last one of the others where it is."
        return _made(w, text, _act(w, _all(_at([a, b], BIN), _kept(_others(w, a, b))), [a, b]))

    def either() -> Made:
        clear = w.clear_blocks()
        if len(clear) < 2:
            return None
        a, b = w.rng.sample(clear, 2)
        t = _tgt(w, [a])
        if t is None or w.state.base(b) == t:
            return None

        def test(i: SymState, f: SymState) -> bool:
            return ((f.base(a) == t and f.base(b) != t and f.support[b] == i.support[b])
                    or (f.base(b) == t and f.base(a) != t and f.support[a] == i.support[a]))

        text = f"Put either the {a} or the {b} {_in(t)}, and leave the other one where it is."
        return _made(w, text, _act(w, test, [a, b] if t == BIN else ()))

    def every() -> Made:
        out, inside = _outside(w), _inside(w)
        if not 1 <= len(out) <= _MOST or not inside:
            return None
        text = (f"Put every last one of the blocks outside {_bowls(w)} in the bin, "
                f"and leave each block in {_bowls(w)} where it is.")
        return _made(w, text, _act(w, _all(_at(out, BIN), _kept(inside)), out))

    return _first(w, each_pair, either, every)


# ===== multi_step ==========================================================================================
def t165_multi_lot(w: World) -> Made:
    blocks = w.blocks

    def then_one() -> Made:
        if len(blocks) > _MOST:
            return None
        b = w.rng.choice(w.bowls)
        candidates = [x for x in blocks if w.state.base(x) != b]
        if not candidates:
            return None
        a = w.rng.choice(candidates)
        p = w.rng.choice(PLACES)
        text = f"First put the whole lot of blocks {_in(p)}, then put the {a} in the {b}."
        return _made(w, text, _act(w, _all(_at(_others(w, a), p), _at([a], b))))

    def one_then() -> Made:
        a = w.rng.choice(blocks)
        t = _tgt(w, [a], "pw")
        if t is None:
            return None
        rest = _others(w, a)
        text = f"First put the {a} {_in(t)}; after that, put the whole lot of other blocks in the bin."
        return _made(w, text, _act(w, _all(_at([a], t), _at(rest, BIN)), rest))

    def bin_then() -> Made:
        a = w.rng.choice(blocks)
        rest = _others(w, a)
        t = _tgt(w, rest, "pw")
        if t is None:
            return None
        text = f"Put the {a} in the bin first, and then move the whole bunch of remaining blocks {_to(t)}."
        return _made(w, text, _act(w, _all(_at([a], BIN), _at(rest, t)), [a]))

    return _first(w, then_one, one_then, bin_then)


def t165_multi_counted(w: World) -> Made:
    def pair_then_top() -> Made:
        a, b, c = w.pick(w.blocks, 3)
        bowl = _tgt(w, [a, b], "w")
        if bowl is None:
            return None
        text = f"First put the pair of them, the {a} and the {b}, in the {bowl}; then put the {c} on top of the {a}."
        test: Test = lambda _i, f: f.base(a) == bowl and f.base(b) == bowl and f.support[c] == a
        return _made(w, text, _act(w, test))

    def three_then_bin() -> Made:
        group = w.pick(w.blocks, 3)
        p = w.rng.choice(PLACES)
        a = group[0]
        text = f"Move all three of {_colours(w, group)} {_to(p)}, and then put the {a} in the bin."
        return _made(w, text, _act(w, _all(_at(group[1:], p), _at([a], BIN)), [a]))

    def both_then() -> Made:
        a, b, c = w.pick(w.blocks, 3)
        t = _tgt(w, [c], "pw")
        if t is None:
            return None
        text = f"Put both the {a} and the {b} in the bin, and after that put the {c} {_in(t)}."
        return _made(w, text, _act(w, _all(_at([a, b], BIN), _at([c], t)), [a, b]))

    return _first(w, pair_then_top, three_then_bin, both_then)


def t165_multi_rest(w: World) -> Made:
    def one_then_rest() -> Made:
        a = w.rng.choice(w.blocks)
        rest = _others(w, a)
        t = _tgt(w, [a], "pw")
        if t is None:
            return None
        text = f"First put the {a} {_in(t)}, then put the rest in the bin."
        return _made(w, text, _act(w, _all(_at([a], t), _at(rest, BIN)), rest))

    def one_then_bowl() -> Made:
        a = w.rng.choice(w.blocks)
        rest = _others(w, a)
        b = _tgt(w, rest, "w")
        if b is None:
            return None
        p = w.rng.choice(PLACES)
        text = f"Put the {a} {_in(p)} first; after that, put whatever's left over in the {b}."
        return _made(w, text, _act(w, _all(_at([a], p), _at(rest, b))))

    def two_then() -> Made:
        a, b = w.pick(w.blocks, 2)
        rest = _others(w, a, b)
        t = _tgt(w, rest, "pw")
        if t is None:
            return None
        text = f"Start by putting the {a} and the {b} in the bin. Then move the remainder {_to(t)}."
        return _made(w, text, _act(w, _all(_at([a, b], BIN), _at(rest, t)), [a, b]))

    return _first(w, one_then_rest, one_then_bowl, two_then)


def t165_multi_contents(w: World) -> Made:
    def empty_then() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, group = got
        candidates = [x for x in w.blocks if x not in group]
        if not candidates:
            return None
        a = w.rng.choice(candidates)
        text = f"First empty the {b} into the bin, then put the {a} in it."
        return _made(w, text, _act(w, _all(_at(group, BIN), _at([a], b)), group))

    def pile_then() -> Made:
        got = _pile(w, 1)
        if got is None:
            return None
        x, group = got
        p = w.rng.choice(PLACES)
        what = f"the pile on the {x}" if len(group) >= 2 else f"whatever is on the {x}"
        text = f"First move {what} {_to(p)}, then put the {x} in the bin."
        return _made(w, text, _act(w, _all(_at(group, p), _at([x], BIN)), [x]))

    def move_then() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, group = got
        candidates = [x for x in w.blocks if x not in group]
        if not candidates:
            return None
        a = w.rng.choice(candidates)
        p = w.rng.choice(PLACES)
        text = f"Take the contents of the {b} and put them {_in(p)}; then put the {a} in the {b}."
        return _made(w, text, _act(w, _all(_at(group, p), _at([a], b))))

    return _first(w, empty_then, pile_then, move_then)


def t165_multi_share(w: World) -> Made:
    blocks, n = w.blocks, len(w.blocks)

    def one_then_half() -> Made:
        if n % 2 == 0:
            return None
        b = w.rng.choice(w.bowls)
        candidates = [x for x in blocks if w.state.base(x) != b]
        if not candidates or not _room(w, b, candidates[:1]):
            return None
        a = w.rng.choice(candidates)
        rest = _others(w, a)
        text = f"First put the {a} in the {b}, then put half of the other blocks in the bin."
        return _made(w, text, _act(w, _all(_at([a], b), _n_at(rest, BIN, len(rest) // 2)), rest))

    def single_then() -> Made:
        group = w.pick(blocks, 3)
        b = _tgt(w, group[:2], "w")
        if b is None or any(w.state.base(g) == b for g in group):
            return None

        def test(_i: SymState, f: SymState) -> bool:
            binned = [g for g in group if f.base(g) == BIN]
            return len(binned) == 1 and all(f.base(g) == b for g in group if g not in binned)

        text = f"First put a single one of {_colours(w, group)} in the bin, then put the other two in the {b}."
        return _made(w, text, _act(w, test, group))

    def half_then() -> Made:
        if n % 2:
            return None
        p = w.rng.choice(PLACES)

        def test(_i: SymState, f: SymState) -> bool:
            return sum(f.base(x) == p for x in blocks) == n // 2 and all(f.base(x) in (p, BIN) for x in blocks)

        text = f"First move half of the blocks {_to(p)}, then put the rest in the bin."
        return _made(w, text, _act(w, test, blocks))

    return _first(w, one_then_half, single_then, half_then)


def t165_multi_each(w: World) -> Made:
    def each_then() -> Made:
        a, b, c = w.pick(w.blocks, 3)
        t = _tgt(w, [c], "pw")
        if t is None:
            return None
        text = f"Take the {a} and the {b} and put each of them in the bin, then put the {c} {_in(t)}."
        return _made(w, text, _act(w, _all(_at([a, b], BIN), _at([c], t)), [a, b]))

    def either_then() -> Made:
        a, b = w.pick(w.blocks, 2)
        bowl = _tgt(w, [a], "w")
        if bowl is None:
            return None
        text = f"First put either the {a} or the {b} in the bin, then put the other one in the {bowl}."
        test: Test = lambda _i, f: ((f.base(a) == BIN and f.base(b) == bowl)
                                    or (f.base(b) == BIN and f.base(a) == bowl))
        return _made(w, text, _act(w, test, [a, b]))

    def apart_then() -> Made:
        if len(w.bowls) < 2:
            return None
        a, b, c = w.pick(w.blocks, 3)
        text = f"Put each of the {a} and the {b} in a different bowl, then put the {c} in the bin."
        return _made(w, text, _act(w, _all(_apart(a, b), _at([c], BIN)), [c]))

    return _first(w, each_then, either_then, apart_then)


# ===== question ============================================================================================
def t165_q_lot(w: World) -> Made:
    inside = _inside(w)
    b = w.rng.choice(w.bowls)
    options = [
        lambda: _ask("Counting the whole lot, how many blocks are there?", str(len(w.blocks))),
        lambda: _ask(f"Is the whole lot of blocks outside {_bowls(w)}?", yes(not inside)),
        lambda: _ask(f"Of the whole lot of blocks, are any in the {b}?", yes(bool(_contents(w, b)))),
    ]
    return w.rng.choice(options)()


def t165_q_counted(w: World) -> Made:
    bowls = set(w.bowls)

    def pair() -> Made:
        a, b = w.pick(w.blocks, 2)
        return _ask(f"Are both the {a} and the {b} in {_a_bowl(w)}?",
                    yes(w.state.base(a) in bowls and w.state.base(b) in bowls))

    def three_out() -> Made:
        group = w.pick(w.blocks, 3)
        return _ask(f"Are all three of {_colours(w, group)} outside {_bowls(w)}?",
                    yes(all(w.state.base(g) not in bowls for g in group)))

    def three_count() -> Made:
        group = w.pick(w.blocks, 3)
        n = sum(w.state.support[g] in w.state.support for g in group)
        return _ask(f"How many of the three of them, {_names(group)}, are sitting on another block?", str(n))

    return w.rng.choice([pair, three_out, three_count])()


def t165_q_rest(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    rest = _others(w, a)
    bowls = set(w.bowls)
    options = [
        lambda: _ask(f"Apart from the {a}, how many blocks are there?", str(len(rest))),
        lambda: _ask(f"Leaving the {a} aside, how many of the remaining blocks are in {_bowls(w)}?",
                     str(sum(w.state.base(x) in bowls for x in rest))),
        lambda: _ask(f"Not counting the {a}, is any of the rest of the blocks stacked on another block?",
                     yes(any(w.state.support[x] in w.state.support for x in rest))),
    ]
    return w.rng.choice(options)()


def t165_q_contents(w: World) -> Made:
    def count() -> Made:
        got = _contents_group(w)
        if got is None:
            return None
        b, group = got
        return _ask(f"How many blocks make up the contents of the {b}?", str(len(group)))

    def what() -> Made:
        b = w.rng.choice(w.bowls)
        group = _contents(w, b)
        return _ask(f"What are the contents of the {b}?", _col_words(group, w) if group else "nothing")

    def pile() -> Made:
        got = _pile(w)
        if got is None:
            return None
        x, group = got
        return _ask(f"How many blocks are in the pile on the {x}?", str(len(group)))

    return _first(w, count, what, pile)


def t165_q_share(w: World) -> Made:
    n, inside, out = len(w.blocks), len(_inside(w)), len(_outside(w))

    def most_in() -> Made:
        return _ask(f"Are most of the blocks in {_bowls(w)}?", yes(2 * inside > n))

    def half_out() -> Made:
        return _ask(f"Are exactly half of the blocks outside {_bowls(w)}?", yes(2 * out == n))

    def one_empty() -> Made:
        if len(w.bowls) < 2:
            return None
        empties = sum(not _contents(w, b) for b in w.bowls)
        return _ask("Is exactly one of the bowls empty?", yes(empties == 1))

    def majority_out() -> Made:
        return _ask(f"Are the majority of the blocks outside {_bowls(w)}?", yes(2 * out > n))

    return _first(w, most_in, half_out, one_empty, majority_out)


def t165_q_each(w: World) -> Made:
    bowls = set(w.bowls)

    def each_bowl() -> Made:
        if len(w.bowls) < 2:
            return None
        return _ask("Does each of the bowls have at least one block in it?",
                    yes(all(_contents(w, b) for b in w.bowls)))

    def either() -> Made:
        a, b = w.pick(w.blocks, 2)
        return _ask(f"Is either of the two, the {a} or the {b}, in {_a_bowl(w)}?",
                    yes(w.state.base(a) in bowls or w.state.base(b) in bowls))

    def every() -> Made:
        return _ask(f"Is every last one of the blocks outside {_bowls(w)}?", yes(not _inside(w)))

    return _first(w, each_bowl, either, every)


# ===== matching ============================================================================================
def t165_match_lot(w: World) -> Made:
    pairs = _matches(w)

    def matched() -> Made:
        if len(pairs) < 2:
            return None
        text = "Put the whole lot of blocks that share a colour with a bowl into their matching bowls."
        return _made(w, text, _act(w, _matched(pairs)))

    def bin_rest() -> Made:
        rest = [b for b in w.blocks if b not in pairs]
        if not pairs or not 1 <= len(rest) <= _MOST:
            return None
        text = "Bin the whole lot, except that any block with a bowl of its own colour goes into that bowl instead."
        return _made(w, text, _act(w, _all(_matched(pairs), _at(rest, BIN)), rest))

    return _first(w, matched, bin_rest)


def t165_match_counted(w: World) -> Made:
    pairs = _matches(w)
    k = len(pairs)
    if k == 0 or k > 3:
        return None
    if k == 1:
        text = "Only one of the blocks has a bowl of its own colour. Put that one in its bowl."
    elif k == 2:
        text = w.rng.choice(["Two blocks share a colour with a bowl; put the pair of them in their matching bowls.",
                             "Put both of the blocks that match a bowl's colour into the bowls they match."])
    else:
        text = w.rng.choice(["Put all three blocks that have a same-coloured bowl into the bowls of their colours.",
                             "Three of the blocks match a bowl in colour; put the three of them in their bowls."])
    return _made(w, text, _act(w, _matched(pairs)))


def t165_match_rest(w: World) -> Made:
    pairs = _matches(w)
    rest = [b for b in w.blocks if b not in pairs]
    if not pairs or not 1 <= len(rest) <= _MOST:
        return None
    t = w.rng.choice([BIN, w.rng.choice(PLACES)])
    text = w.rng.choice([
        f"Put every block with a same-coloured bowl into that bowl, and whatever's left over {_in(t)}.",
        f"Put each block into the bowl of its own colour where there is one, and put the remainder {_in(t)}.",
    ])
    return _made(w, text, _act(w, _all(_matched(pairs), _at(rest, t)), rest if t == BIN else ()))


def t165_match_contents(w: World) -> Made:
    pairs = _matches(w)

    def only() -> Made:
        if not pairs:
            return None
        m = w.rng.choice(sorted(pairs))
        b = pairs[m]
        text = w.rng.choice([f"Make the contents of the {b} just the {m}, its matching block.",
                             f"The {b} should hold only the block of its own colour, the {m}; "
                             f"take anything else out, but not into the bin."])
        return _made(w, text, _act(w, _only(b, [m])))

    def swap() -> Made:
        full = [(m, b) for m, b in pairs.items() if _contents(w, b) and m not in _contents(w, b)]
        if not full:
            return None
        m, b = w.rng.choice(full)
        group = _contents(w, b)
        text = f"Tip the contents of the {b} into the bin and put the {m}, which matches it, in there instead."
        return _made(w, text, _act(w, _all(_at(group, BIN), _at([m], b)), group))

    return _first(w, only, swap)


def t165_match_share(w: World) -> Made:
    pairs = _matches(w)
    n = len(w.blocks)

    def single() -> Made:
        if len(pairs) < 2 or any(w.state.base(b) == bowl for b, bowl in pairs.items()):
            return None
        text = "Put a single one of the blocks that share a colour with a bowl into its matching bowl; just one."
        return _made(w, text, _act(w, _n_matched(pairs, 1)))

    def half_rest() -> Made:
        loose = [m for m, b in pairs.items() if w.state.base(m) != b]
        if not loose or n % 2 == 0:
            return None
        m = w.rng.choice(loose)
        rest = _others(w, m)
        text = f"Put the {m} in the bowl of its colour, and half of the other blocks in the bin."
        return _made(w, text, _act(w, _all(_at([m], pairs[m]), _n_at(rest, BIN, len(rest) // 2)), rest))

    return _first(w, single, half_rest)


def t165_match_each(w: World) -> Made:
    pairs = _matches(w)

    def each() -> Made:
        if not pairs:
            return None
        text = w.rng.choice(["Put each block that has a bowl of the same colour into that bowl.",
                             "Every block whose colour matches a bowl goes into the bowl of its colour."])
        return _made(w, text, _act(w, _matched(pairs)))

    def either() -> Made:
        loose = [m for m, b in pairs.items() if w.state.base(m) != b]
        if len(loose) < 2:
            return None
        a, b = w.rng.sample(loose, 2)
        text = f"Put either the {a} or the {b} into the bowl of the same colour; just one of them."
        return _made(w, text, _act(w, _n_matched({a: pairs[a], b: pairs[b]}, 1)))

    return _first(w, each, either)


# ----- the batch ----------------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("lot", "counted", "rest", "contents", "share", "each")
FRESH165: list[Template] = [
    (f"t165_{short}_{style}", category, globals()[f"t165_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
