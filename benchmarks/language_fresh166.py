"""`FRESH166`, the hundred-and-sixty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

The theme is structures and arrangements: people describe the shape they want built, or the shape to take apart,
rather than each move. A tower is blocks resting on each other, counted from the block that does not rest on a
block; its height is the number of blocks in it, and a block standing alone is not a tower unless the sentence says
so. Where the words leave a choice (which blocks, which order, where a tower stands, where the blocks of a
knocked-down tower end up) every arrangement that fits them is accepted; a tower stands on the table, a named place
or in a bowl unless the sentence says where. Every action check also wants the gripper empty and no block in the
bin, and no sentence asks for a tower taller than four or for more blocks than the scene has. The six styles:

- height: towers by count and height ("Build a tower of three blocks.", "Add blocks to the tower with the red block
  on top until it is four blocks tall.")
- order: towers by what is where in them ("Build a three-block tower with the blue block in the middle.")
- several: several towers at once ("Build two towers of two blocks each.", "The five blocks form two towers, one of
  three and one of two.")
- pairs: pairs and levels ("Pair the blocks up into towers of two.", "Nothing is stacked: every block stands on its
  own.")
- apart: taking structures apart ("Knock down the tower so that each of its blocks stands alone on the table.",
  "First take apart the tower with the green block on top, then rebuild it upside down, with the green block at the
  bottom.")
- placed: structures at named places or in bowls ("Build a tower in the bottom left corner with the red block at the
  base and two more blocks on it.", "I'd like a tower of two blocks in the blue bowl.")

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d4d245f, the code of 5a1d6dd, before anything it could prompt): 0.3167
goal-correct (95 of 300), 154 refused, 23 asked. Sixteen wrong actions: 'Make me a three-block tower out of whichever
blocks you like', "I'd like to see a three-block tower somewhere on the table" and 'Make exactly one tower of two and
leave every other block on its own' did nothing and reported done (five times); "I'd like a tower of three blocks in W"
and 'Put the block that matches W into it, and stack one other block on top of it there' put the blocks side by side
(four times); 'First put X on the table, then stack one more block on it to make a tower of two' put no block on X
(three times); 'Add blocks to the tower with X on top until it is three blocks tall' built a taller tower (twice); 'Put
each of the two blocks outside the bowls into a single tower' moved other blocks; 'Knock down the tower with X on top,
but leave Z untouched' left the lower block of a tower in a bowl where it was (the tester wanted every block of it on the
table). Twelve wrong replies: 'Is there more than one tower?', 'Is X at the bottom of a tower?', 'How many blocks are in
W, counting any that are stacked on others?'. The refusals were several towers at once, pairs, and towers by what is
where in them.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.planner_language import Check, Made, Template, World, answered, kept, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.symbolic import SymState

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
_GROUND = (TABLE, *PLACES)  # what "on the table" means for the block at the bottom of a tower
_MAX = layout.MAX_TOWER
Pred = Callable[[SymState, SymState], bool]


# ----- helpers ---------------------------------------------------------------------------------------
def _up(s: SymState, b: str) -> list[str]:
    """`b` and every block above it, bottom first."""
    out = [b]
    cur = s.on_top(b)
    while cur:
        out.append(cur[0])
        cur = s.on_top(cur[0])
    return out


def _chains(s: SymState) -> list[list[str]]:
    """Every column of blocks, bottom first (a single block is a column of one)."""
    return [_up(s, b) for b in s.blocks if s.support[b] not in s.support]


def _stacks(s: SymState) -> list[list[str]]:
    """Every tower: a column of two or more blocks."""
    return [c for c in _chains(s) if len(c) >= 2]


def _heights(s: SymState, ground: tuple[str, ...] | None = None) -> list[int]:
    return [len(c) for c in _chains(s) if ground is None or s.support[c[0]] in ground]


def _chain_of(s: SymState, b: str) -> list[str]:
    while s.support[b] in s.support:
        b = s.support[b]
    return _up(s, b)


def _alone(s: SymState, b: str) -> bool:
    return s.support[b] not in s.support and s.is_clear(b)


def _alone_on_table(s: SymState, b: str) -> bool:
    return s.support[b] in _GROUND and s.is_clear(b)


def _has(s: SymState, pattern: list[str | None], ground: tuple[str, ...] | None = None) -> bool:
    """A column exactly as long as `pattern`, matching it where it names a block, standing on `ground` if given."""
    return any(
        len(c) == len(pattern) and all(p is None or p == x for p, x in zip(pattern, c))
        and (ground is None or s.support[c[0]] in ground)
        for c in _chains(s)
    )


def _paired(s: SymState, blocks: list[str]) -> bool:
    """Every column holding one of `blocks` is at most two high, and at most one of them (if odd) stands alone."""
    cols = {tuple(_chain_of(s, b)) for b in blocks}
    return all(len(c) <= 2 for c in cols) and sum(len(c) == 1 for c in cols) == len(blocks) % 2


def _settled(f: SymState) -> bool:
    return f.held is None and all(f.base(b) != BIN for b in f.blocks)


def _fresh(w: World, text: str, pred: Pred) -> Made:
    """The instance, unless the scene already satisfies it (doing nothing must fail)."""
    check: Check = lambda i, f: _settled(f) and pred(i, f)
    return None if check(w.state, w.state) else (text, check)


def _at(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _more(k: int) -> str:
    return "one more block" if k == 1 else f"{_WORDS[k]} more blocks"


def _listing(blocks: list[str]) -> str:
    names = [f"the {b}" for b in blocks]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _matches(w: World) -> dict[str, str]:
    """block -> the bowl of its colour."""
    by_colour = {w.colour(q): q for q in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _loose(w: World) -> list[str]:
    """Blocks standing alone (on the table or in a bowl): nothing on them and not on a block."""
    return [b for b in w.blocks if _alone(w.state, b)]


def _table_loose(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _bowl_stacked(w: World) -> bool:
    """Whether some tower stands in a bowl (questions about towers 'on the table' avoid such scenes)."""
    return any(w.state.support[c[0]] in w.bowls for c in _stacks(w.state))


def _tower_name(w: World, c: list[str]) -> str:
    """The tower `c`, named by its top block, or by its bowl when it is the only tower there."""
    ground = w.state.support[c[0]]
    alone_there = sum(w.state.support[d[0]] == ground for d in _stacks(w.state)) == 1
    if ground in w.bowls and alone_there and w.rng.random() < 0.5:
        return f"the tower standing in the {ground}"
    return f"the tower with the {c[-1]} on top"


# ----- height: towers by count and height ------------------------------------------------------------
def t166_imp_height(w: World) -> Made:
    n = len(w.blocks)
    k = w.rng.choice([k for k in range(2, _MAX + 1) if k <= n])
    text = w.rng.choice([
        f"Build a tower of {_WORDS[k]} blocks.",
        f"Stack {_WORDS[k]} of the blocks into one tower; any {_WORDS[k]} will do.",
        f"Make me a {_WORDS[k]}-block tower out of whichever blocks you like.",
    ])
    return _fresh(w, text, lambda _i, f: k in _heights(f))


def t166_dec_height(w: World) -> Made:
    if _bowl_stacked(w):
        return None
    n = len(w.blocks)
    tallest = max(_heights(w.state, _GROUND), default=1)
    k = w.rng.choice([k for k in range(2, min(_MAX, n) + 1) if k != tallest])
    if w.rng.random() < 0.5:
        return _fresh(w, f"The tallest tower on the table is {_WORDS[k]} blocks high.",
                      lambda _i, f: max(_heights(f, _GROUND), default=1) == k)
    return _fresh(w, f"There is a tower exactly {_WORDS[k]} blocks tall standing on the table.",
                  lambda _i, f: k in _heights(f, _GROUND))


def t166_des_height(w: World) -> Made:
    n = len(w.blocks)
    if n <= _MAX:
        text = w.rng.choice([
            f"I'd like all {_WORDS[n]} blocks stacked into one single tower.",
            "Make it so that every block is part of the same tower.",
        ])
        return _fresh(w, text, lambda _i, f: n in _heights(f))
    k = w.rng.choice([3, 4])
    text = w.rng.choice([
        f"I want a tower {_WORDS[k]} blocks tall; which blocks go in it is up to you.",
        f"I'd like to see a {_WORDS[k]}-block tower somewhere on the table.",
    ])
    return _fresh(w, text, lambda _i, f: k in _heights(f))


def t166_qua_height(w: World) -> Made:
    in_bowls = w.in_bowls()
    rest = [b for b in w.blocks if b not in in_bowls]
    if not 2 <= len(rest) <= _MAX:
        return None
    if not in_bowls:
        text = w.rng.choice(["Stack all of the blocks into one tower.",
                             f"Put every one of the {_WORDS[len(rest)]} blocks into a single tower."])
        return _fresh(w, text, lambda _i, f: sorted(_chain_of(f, rest[0])) == sorted(rest))
    text = w.rng.choice([
        "Stack all the blocks that are not in a bowl into one tower on the table.",
        f"Put each of the {_WORDS[len(rest)]} blocks outside the bowls into a single tower on the table.",
    ])

    def pred(i: SymState, f: SymState) -> bool:
        col = _chain_of(f, rest[0])
        return (sorted(col) == sorted(rest) and f.support[col[0]] in _GROUND
                and all(f.base(b) == i.base(b) for b in in_bowls))

    return _fresh(w, text, pred)


def t166_neg_height(w: World) -> Made:
    n = len(w.blocks)
    k = w.rng.choice([k for k in range(2, _MAX + 1) if k <= n - 1])
    if n - 2 >= k and w.rng.random() < 0.4:
        out = w.pick(w.blocks, 2)
        text = f"Stack {_WORDS[k]} blocks into a tower, but don't use the {out[0]} or the {out[1]}."
    else:
        out = w.pick(w.blocks, 1)
        text = w.rng.choice([
            f"Build a tower of {_WORDS[k]} blocks without using the {out[0]}.",
            f"Make a {_WORDS[k]}-block tower, but leave the {out[0]} out of it.",
        ])
    return _fresh(w, text, lambda _i, f: any(len(c) == k and not set(c) & set(out) for c in _chains(f)))


def t166_rel_height(w: World) -> Made:
    n = len(w.blocks)
    top = min(_MAX, n)
    stacks = [c for c in _stacks(w.state) if len(c) < top]
    if not stacks:
        return None
    c = w.rng.choice(stacks)
    k = w.rng.randint(len(c) + 1, top)
    name = _tower_name(w, c)
    text = w.rng.choice([
        f"Add blocks to {name} until it is {_WORDS[k]} blocks tall.",
        f"Make {name} {_WORDS[k]} blocks high by putting more blocks on it.",
    ])
    return _fresh(w, text, lambda i, f: kept(*c)(i, f) and len(_up(f, c[0])) == k)


def t166_keep_height(w: World) -> Made:
    loose = _loose(w)
    n = len(w.blocks)
    if not loose or n - 1 < 2:
        return None
    keep = w.pick(loose, 2) if len(loose) >= 2 and n - 2 >= 2 and w.rng.random() < 0.4 else w.pick(loose, 1)
    k = w.rng.choice([k for k in range(2, _MAX + 1) if k <= n - len(keep)])
    if len(keep) == 2:
        text = f"Build a {_WORDS[k]}-block tower and don't move the {keep[0]} or the {keep[1]}."
    else:
        text = w.rng.choice([
            f"Build a tower of {_WORDS[k]} blocks, but leave the {keep[0]} where it is.",
            f"Make a {_WORDS[k]}-block tower; the {keep[0]} has to stay exactly where it is.",
        ])
    return _fresh(w, text, lambda i, f: kept(*keep)(i, f) and k in _heights(f))


def t166_multi_height(w: World) -> Made:
    s = w.state
    n = len(w.blocks)
    x = w.rng.choice(w.blocks)
    k = w.rng.randint(2, min(_MAX, n))
    if s.support[x] not in _GROUND:
        text = (f"First put the {x} on the table, then stack {_more(k - 1)} on it to make a tower of "
                f"{_WORDS[k]}.")
        return _fresh(w, text, lambda _i, f: f.support[x] in _GROUND and len(_up(f, x)) == k)
    if not s.is_clear(x):
        text = (f"First clear everything off the {x}; then build a {_WORDS[k]}-block tower on it, with the {x} "
                "as the bottom block.")
    else:
        then = ", one after the other" if k > 2 else ""
        text = f"Leave the {x} where it stands and put {_more(k - 1)} on it{then}."
    return _fresh(w, text, lambda i, f: kept(x)(i, f) and len(_up(f, x)) == k)


def t166_q_height(w: World) -> Made:
    s = w.state
    if _bowl_stacked(w) or not _stacks(s):
        return None
    tallest = max(_heights(s, _GROUND))
    form = w.rng.randrange(3)
    if form == 0:
        return "How tall is the tallest tower on the table, counted in blocks?", answered(str(tallest))
    if form == 1:
        return "How many blocks high is the tallest stack of blocks?", answered(str(tallest))
    k = w.rng.choice([2, 3])
    return f"Is there a tower exactly {_WORDS[k]} blocks tall on the table?", answered(yes(k in _heights(s, _GROUND)))


def t166_match_height(w: World) -> Made:
    m = _matches(w)
    bases = [b for b in m if w.state.support[b] not in w.state.support]
    if not bases:
        return None
    base = w.rng.choice(bases)
    bowl = m[base]
    k = w.rng.randint(2, min(_MAX, len(w.blocks)))
    text = w.rng.choice([
        f"Build a {_WORDS[k]}-block tower whose bottom block is the one that matches the {bowl} in colour.",
        f"Make the block with the same colour as the {bowl} the bottom of a tower {_WORDS[k]} blocks tall.",
    ])
    return _fresh(w, text, lambda _i, f: f.support[base] not in f.support and len(_up(f, base)) == k)


# ----- order: towers by what is where in them -----------------------------------------------------------
def t166_imp_order(w: World) -> Made:
    n = len(w.blocks)
    x, y = w.pick(w.blocks, 2)
    forms: list[tuple[str, list[str | None]]] = [
        (f"Build a three-block tower with the {x} in the middle.", [None, x, None]),
        (f"Make a tower of three with the {x} at the bottom and the {y} at the top.", [x, None, y]),
        (f"Build a tower of three: the {x} first, the {y} on it, and any block you like on top.", [x, y, None]),
    ]
    if n >= 4:
        forms.append((f"Build a four-block tower with the {x} second from the top.", [None, None, x, None]))
    text, pattern = w.rng.choice(forms)
    return _fresh(w, text, lambda _i, f: _has(f, pattern))


def t166_dec_order(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    forms: list[tuple[str, list[str | None], tuple[str, ...] | None]] = [
        (f"The {x} is the base of a three-block tower, and the {y} is its top block.", [x, None, y], None),
        (f"The {x} is in the middle of a tower of three, with the {y} directly below it.", [y, x, None], None),
        (f"The {y} sits right on top of the {x}, the {x} stands on the table, and nothing is on the {y}.",
         [x, y], _GROUND),
    ]
    text, pattern, ground = w.rng.choice(forms)
    return _fresh(w, text, lambda _i, f: _has(f, pattern, ground))


def t166_des_order(w: World) -> Made:
    if w.rng.random() < 0.6:
        group = w.pick(w.blocks, 3)
        text = w.rng.choice([
            f"I'd like a tower made of just {_listing(group)}, in any order.",
            f"I want {_listing(group)} stacked together in one tower and nothing else in it; the order is up to you.",
        ])
    else:
        group = w.pick(w.blocks, 2)
        text = f"I'd like the {group[0]} and the {group[1]} stacked together, just the two of them, either one on top."
    return _fresh(w, text, lambda _i, f: sorted(_chain_of(f, group[0])) == sorted(group))


def t166_qua_order(w: World) -> Made:
    n = len(w.blocks)
    in_bowls = w.in_bowls()
    if n <= _MAX:
        group, what, keep_bowls = list(w.blocks), w.rng.choice(["all the blocks", "every block"]), False
    else:
        group = [b for b in w.blocks if b not in in_bowls]
        if not in_bowls or not 3 <= len(group) <= _MAX:
            return None
        what, keep_bowls = "all the blocks that are not in a bowl", True
    x = w.rng.choice(group)
    bottom = w.rng.random() < 0.5
    if bottom:
        text = f"Put {what} into a single tower, with the {x} at the very bottom."
    else:
        text = f"Stack {what} into one tower with the {x} on top."

    def pred(i: SymState, f: SymState) -> bool:
        col = _chain_of(f, x)
        if sorted(col) != sorted(group) or col[0 if bottom else -1] != x:
            return False
        return not keep_bowls or (f.support[col[0]] in _GROUND and all(f.base(b) == i.base(b) for b in in_bowls))

    return _fresh(w, text, pred)


def t166_neg_order(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    form = w.rng.randrange(3)
    if form == 0:
        return _fresh(w, f"Build a three-block tower with the {x} in it, but not at the bottom.",
                      lambda _i, f: any(len(c) == 3 and x in c[1:] for c in _chains(f)))
    if form == 1:
        return _fresh(w, f"Make a tower of three that includes the {x}, but not as its top block.",
                      lambda _i, f: any(len(c) == 3 and x in c[:-1] for c in _chains(f)))
    return _fresh(w, f"Stack the {x} and the {y} into a tower of two, but not with the {y} on top.",
                  lambda _i, f: _has(f, [y, x]))


def t166_rel_order(w: World) -> Made:
    s = w.state
    options: list[tuple[str, Pred]] = []
    for top, below in w.pairs():
        options.append((f"Make the block that is sitting on the {below} the bottom of a new three-block tower.",
                        lambda _i, f, r=top: f.support[r] not in f.support and len(_up(f, r)) == 3))
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        if len(inside) == 1:
            options.append((f"Build a tower of three on the table and put the block that is now in the {bowl} "
                            "at its top.",
                            lambda _i, f, r=inside[0]: _has(f, [None, None, r], _GROUND)))
    if not options:
        return None
    text, pred = w.rng.choice(options)
    return _fresh(w, text, pred)


def t166_keep_order(w: World) -> Made:
    loose = _loose(w)
    if not loose or len(w.blocks) < 3:
        return None
    z = w.rng.choice(loose)
    x, y = w.pick([b for b in w.blocks if b != z], 2)
    text = w.rng.choice([
        f"Make a two-block tower with the {x} at the bottom and the {y} on top, and leave the {z} where it is.",
        f"Put the {y} on the {x} so that the two of them form a tower on their own; don't move the {z}.",
    ])
    return _fresh(w, text, lambda i, f: kept(z)(i, f) and _has(f, [x, y]))


def t166_multi_order(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    if w.rng.random() < 0.5:
        text = f"First put the {x} on the table, then the {y} on it, and finally the {z} on top of the {y}."
        return _fresh(w, text, lambda _i, f: f.support[x] in _GROUND and f.support[y] == x and f.support[z] == y)
    text = f"Start a tower with the {x}. Next add the {y}, and finish it off with the {z} on top."
    return _fresh(w, text, lambda _i, f: _has(f, [x, y, z]))


def t166_q_order(w: World) -> Made:
    s = w.state
    stacks = _stacks(s)
    form = w.rng.randrange(3)
    if form == 0 and stacks:
        c = w.rng.choice(stacks)
        return f"Which block is at the bottom of the tower with the {c[-1]} on top?", answered(w.colour(c[0]))
    if form == 1 and stacks:
        top, below = w.rng.choice(w.pairs())
        return f"What is sitting directly on the {below}?", answered(w.colour(top))
    outside = [b for b in w.blocks if s.base(b) not in w.bowls]
    if not outside:
        return None
    x = w.rng.choice(outside)
    return f"Is the {x} at the bottom of a tower?", answered(yes(s.support[x] not in s.support and not s.is_clear(x)))


def t166_match_order(w: World) -> Made:
    m = _matches(w)
    if not m:
        return None
    base = w.rng.choice(sorted(m))
    bowl = m[base]
    text = w.rng.choice([
        f"In the {bowl}, build a tower of two whose bottom block is the block of the same colour as the bowl.",
        f"Put the block that matches the {bowl} into it, and stack one other block on top of it there.",
    ])
    return _fresh(w, text, lambda _i, f: f.support[base] == bowl and len(_up(f, base)) == 2)


# ----- several: several towers at once -------------------------------------------------------------------
def t166_imp_several(w: World) -> Made:
    n = len(w.blocks)
    if n < 4:
        return None
    built = bool(_stacks(w.state))  # with a tower standing already, say what should be there, not what to build
    forms: list[tuple[str, Pred]] = [
        ("Arrange the blocks so that there are exactly two towers of two blocks." if built
         else "Build two towers of two blocks each.", lambda _i, f: _heights(f).count(2) == 2),
    ]
    if n >= 5:
        forms.append(("Rearrange the blocks so that there is one tower of three and a separate tower of two." if built
                      else "Make two towers: one three blocks tall and one two blocks tall.",
                      lambda _i, f: _heights(f).count(3) == 1 and _heights(f).count(2) == 1))
    if n >= 6:
        forms.append(("Arrange all six blocks into three towers of two." if built
                      else "Build three separate towers of two blocks.", lambda _i, f: _heights(f).count(2) == 3))
    text, pred = w.rng.choice(forms)
    return _fresh(w, text, pred)


def t166_dec_several(w: World) -> Made:
    n = len(w.blocks)
    if n == 4:
        text = w.rng.choice(["The four blocks stand in two towers of two.",
                             "All four blocks are in towers of two, and there are exactly two towers."])
        want = [2, 2]
    elif n == 5:
        text, want = "The five blocks form two towers, one of three and one of two.", [2, 3]
    elif n == 6:
        text = w.rng.choice(["All six blocks are in two towers of three blocks each.",
                             "There are two towers of three, and every block is in one of them."])
        want = [3, 3]
    else:
        return None
    return _fresh(w, text, lambda _i, f: sorted(_heights(f)) == want)


def t166_des_several(w: World) -> Made:
    n = len(w.blocks)
    sizes = [(a, b) for a in range(2, _MAX + 1) for b in range(2, a + 1) if a + b <= n]
    if not sizes:
        return None
    a, b = w.rng.choice(sizes)
    if a == b:
        text = w.rng.choice([f"I want two towers of {_WORDS[a]} blocks each.",
                             f"Make it so that there are two separate {_WORDS[a]}-block towers."])
        return _fresh(w, text, lambda _i, f: _heights(f).count(a) == 2)
    text = f"I'd like two separate towers, one {_WORDS[a]} blocks tall and one {_WORDS[b]} blocks tall."
    return _fresh(w, text, lambda _i, f: a in _heights(f) and b in _heights(f))


def t166_qua_several(w: World) -> Made:
    n = len(w.blocks)
    if not 4 <= n <= 2 * _MAX:
        return None
    text = w.rng.choice([
        "Put every block into one of two towers; how you split them between the two is up to you.",
        f"Use all {_WORDS[n]} blocks to build exactly two towers, with at least two blocks in each.",
    ])
    return _fresh(w, text, lambda _i, f: len(_heights(f)) == 2 and min(_heights(f)) >= 2)


def t166_neg_several(w: World) -> Made:
    loose = _loose(w)
    if len(w.blocks) < 5 or not loose:
        return None
    x = w.rng.choice(loose)
    built = bool(_stacks(w.state))
    if w.rng.random() < 0.5:
        text = (f"Arrange the blocks so that there are two towers of two, but don't use the {x} in either." if built
                else f"Build two towers of two blocks each, but don't use the {x}.")
        return _fresh(w, text, lambda _i, f: len(_chain_of(f, x)) == 1 and _heights(f).count(2) == 2)
    text = (f"Without moving the {x}, arrange the blocks so that there are exactly two two-block towers." if built
            else f"Make two two-block towers without moving the {x}.")
    return _fresh(w, text, lambda i, f: kept(x)(i, f) and _heights(f).count(2) == 2)


def t166_rel_several(w: World) -> Made:
    s = w.state
    n = len(w.blocks)
    options: list[tuple[str, Pred]] = []
    for c in _stacks(s):
        if n - len(c) >= len(c):
            h = len(c)
            options.append((w.rng.choice([
                f"Next to the tower with the {c[-1]} on top, build a second tower just as tall.",
                f"Build another tower the same height as the one topped by the {c[-1]}, and leave that one standing.",
            ]), lambda i, f, c=c, h=h: kept(*c)(i, f) and any(len(d) == h and d[0] != c[0] for d in _chains(f))))
    if n >= 4 and 2 not in _heights(s, _GROUND):
        for bowl in w.bowls:
            inside = s.in_bowl(bowl)
            if len(inside) == 1:
                options.append((f"Build two towers of two: one on the block that is in the {bowl}, leaving that block "
                                "in the bowl, and the other on the table.",
                                lambda i, f, b=inside[0]: kept(b)(i, f) and len(_up(f, b)) == 2
                                and any(len(d) == 2 and f.support[d[0]] in _GROUND for d in _chains(f))))
    if not options:
        return None
    text, pred = w.rng.choice(options)
    return _fresh(w, text, pred)


def t166_keep_several(w: World) -> Made:
    s = w.state
    n = len(w.blocks)
    options: list[tuple[str, Pred]] = []
    stacks = _stacks(s)
    if len(stacks) == 1 and n - len(stacks[0]) >= 2:
        c = stacks[0]
        options.append((f"Leave the tower with the {c[-1]} on top standing as it is, and build a new two-block "
                        "tower from other blocks.",
                        lambda i, f: kept(*c)(i, f) and any(len(d) == 2 and d[0] != c[0] for d in _chains(f))))
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        if inside and n - len(inside) >= 4 and all(set(c) <= set(inside) for c in stacks):
            options.append((f"Keep everything in the {bowl} as it is, and build two towers of two from the other "
                            "blocks.",
                            lambda i, f, q=bowl, ins=inside: kept(*ins)(i, f) and sorted(f.in_bowl(q)) == sorted(ins)
                            and sum(len(d) == 2 and not set(d) & set(ins) for d in _chains(f)) == 2))
    if not options:
        return None
    text, pred = w.rng.choice(options)
    return _fresh(w, text, pred)


def t166_multi_several(w: World) -> Made:
    n = len(w.blocks)
    stacks = _stacks(w.state)
    if n < 4:
        return None
    if n >= 5 and not stacks and w.rng.random() < 0.4:
        return _fresh(w, "Build a tower of three first, and after that a separate tower of two.",
                      lambda _i, f: _heights(f).count(3) == 1 and _heights(f).count(2) == 1)
    x, y = w.pick(w.blocks, 2)
    if any(len(c) == 2 and x not in c and y not in c for c in stacks):
        return None  # a second tower of two would already be standing
    text = (f"First stack the {x} on the {y} to make a tower of two; then build a second tower of two from two "
            "other blocks.")
    return _fresh(w, text, lambda _i, f: _has(f, [y, x]) and any(len(d) == 2 and d[0] != y for d in _chains(f)))


def t166_q_several(w: World) -> Made:
    if _bowl_stacked(w):
        return None
    stacks = _stacks(w.state)
    form = w.rng.randrange(3)
    if form == 0 and stacks:
        return "How many towers of two or more blocks are there on the table?", answered(str(len(stacks)))
    if form == 1:
        return "Are there exactly two stacks of blocks on the table?", answered(yes(len(stacks) == 2))
    return "Is there more than one tower on the table?", answered(yes(len(stacks) >= 2))


def t166_match_several(w: World) -> Made:
    m = _matches(w)
    if len(w.blocks) < 4 or not m:
        return None
    base = w.rng.choice(sorted(m))
    bowl = m[base]
    if 2 in _heights(w.state, _GROUND):  # a two-block tower stands on the table already: say what should be there
        text = (f"Arrange things so that there are two towers of two: one in the {bowl} with the block of the bowl's "
                "colour at its base, and one on the table.")
    else:
        text = w.rng.choice([
            f"Build two towers of two: one in the {bowl} with the block of the bowl's colour at its base, the other "
            "on the table.",
            f"Make two two-block towers, one on the table and one inside the {bowl}, and put the {base}, the block "
            "matching that bowl, at the bottom of the one in the bowl.",
        ])

    def pred(_i: SymState, f: SymState) -> bool:
        return (f.support[base] == bowl and len(_up(f, base)) == 2
                and any(len(d) == 2 and f.support[d[0]] in _GROUND for d in _chains(f)))

    return _fresh(w, text, pred)


# ----- pairs: pairs and levels ---------------------------------------------------------------------------
def t166_imp_pairs(w: World) -> Made:
    n = len(w.blocks)
    if n % 2 == 0:
        text = w.rng.choice(["Pair the blocks up into towers of two.",
                             "Put the blocks together in twos, one on another, until every block is in a pair."])
    else:
        text = w.rng.choice([
            "Pair the blocks up into towers of two; the one block left over can stand on its own.",
            f"Stack the blocks two by two; with {_WORDS[n]} blocks, one will be left standing alone.",
        ])
    return _fresh(w, text, lambda _i, f: _paired(f, f.blocks))


def t166_dec_pairs(w: World) -> Made:
    if not _stacks(w.state):
        return None
    text = w.rng.choice([
        "Nothing is stacked: every block stands on its own.",
        "No block is resting on top of another block.",
        "Every block sits directly on the table or in a bowl, never on another block.",
    ])
    return _fresh(w, text, lambda _i, f: all(f.support[b] not in f.support for b in f.blocks))


def t166_des_pairs(w: World) -> Made:
    text = w.rng.choice([
        "I'd like everything flat on the table: no block on another block and none in a bowl.",
        "I want every block standing directly on the table, side by side, nothing stacked.",
    ])
    return _fresh(w, text, lambda _i, f: all(f.support[b] in _GROUND for b in f.blocks))


def t166_qua_pairs(w: World) -> Made:
    n = len(w.blocks)
    k = w.rng.randint(1, n // 2)
    if 2 * k == n:
        text = f"Make exactly {_WORDS[k]} towers of two, using every block."
    elif k == 1:
        text = w.rng.choice(["Make exactly one tower of two and leave every other block on its own.",
                             "Have just one pair of stacked blocks, with each of the others standing by itself."])
    else:
        text = f"Make exactly {_WORDS[k]} towers of two, with every other block standing by itself."
    return _fresh(w, text, lambda _i, f: _heights(f).count(2) == k and max(_heights(f)) <= 2)


def t166_neg_pairs(w: World) -> Made:
    n = len(w.blocks)
    out = w.pick(w.blocks, 1 if n % 2 else 2)
    if len(out) == 1:
        x = out[0]
        text = w.rng.choice([
            f"Pair up every block except the {x} into towers of two; the {x} stays on its own.",
            f"Make towers of two from all the blocks but the {x}, and don't stack the {x} with anything.",
        ])
    else:
        text = f"Stack all the blocks in pairs except the {out[0]} and the {out[1]}, which should each stand alone."
    rest = [b for b in w.blocks if b not in out]
    return _fresh(w, text, lambda _i, f: all(_alone(f, x) for x in out)
                  and all(len(_chain_of(f, b)) == 2 for b in rest))


def t166_rel_pairs(w: World) -> Made:
    s = w.state
    movers: list[tuple[str, str, str | None]] = []  # (block, how it is named, the block under it)
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        if len(inside) == 1:
            movers.append((inside[0], f"the block in the {bowl}", None))
    for top, below in w.pairs():
        if s.is_clear(top):
            movers.append((top, f"the block on top of the {below}", below))
    if not movers:
        return None
    mover, name, below = w.rng.choice(movers)
    targets = [b for b in _table_loose(w) if b not in (mover, below)]
    if not targets:
        return None
    y = w.rng.choice(targets)
    text = w.rng.choice([f"Put {name} on the {y}, so that the two make a tower of their own.",
                         f"Pair {name} with the {y} by setting it on top of the {y}."])
    return _fresh(w, text, lambda i, f: kept(y)(i, f) and _has(f, [y, mover]))


def t166_keep_pairs(w: World) -> Made:
    in_bowls = w.in_bowls()
    rest = [b for b in w.blocks if b not in in_bowls]
    if in_bowls and len(rest) >= 2 and w.rng.random() < 0.6:
        odd = " (one will be left over)" if len(rest) % 2 else ""
        text = (f"Pair up the blocks that aren't in a bowl into towers of two on the table{odd}, and leave the blocks "
                "in the bowls where they are.")

        def pred(i: SymState, f: SymState) -> bool:
            cols = [_chain_of(f, b) for b in rest]
            return (kept(*in_bowls)(i, f) and _paired(f, rest) and all(set(c) <= set(rest) for c in cols)
                    and all(f.support[c[0]] in _GROUND for c in cols))

        return _fresh(w, text, pred)
    loose = _loose(w)
    if not loose:
        return None
    x = w.rng.choice(loose)
    odd = " (one block will be left over)" if len(w.blocks) % 2 else ""
    text = f"Stack the blocks in pairs{odd}, but leave the {x} exactly where it is."
    return _fresh(w, text, lambda i, f: kept(x)(i, f) and _paired(f, f.blocks))


def t166_multi_pairs(w: World) -> Made:
    if w.in_bowls() and w.rng.random() < 0.6:
        odd = ", leaving one block on its own" if len(w.blocks) % 2 else ""
        text = ("First take every block out of the bowls; then pair all the blocks up into towers of two on the "
                f"table{odd}.")
        return _fresh(w, text, lambda _i, f: _paired(f, f.blocks)
                      and all(f.support[c[0]] in _GROUND for c in _chains(f)))
    if not _stacks(w.state):
        return None
    x, y = w.pick(w.blocks, 2)
    text = f"First unstack everything so each block stands alone; then put the {x} on the {y}."
    return _fresh(w, text, lambda _i, f: _has(f, [y, x])
                  and all(f.support[b] not in f.support for b in f.blocks if b != x))


def t166_q_pairs(w: World) -> Made:
    pairs = w.pairs()
    form = w.rng.randrange(3)
    if form == 0 and pairs:
        return "How many blocks are sitting directly on top of another block?", answered(str(len(pairs)))
    table_loose = _table_loose(w)
    if form == 1 and table_loose:
        return ("How many blocks stand alone on the table, with nothing on them and not on another block?",
                answered(str(len(table_loose))))
    return "Is any block stacked on another block?", answered(yes(bool(pairs)))


def t166_match_pairs(w: World) -> Made:
    m = _matches(w)
    if not m:
        return None
    text = w.rng.choice([
        "Set every block down on its own: each block that has a bowl of its colour goes into that bowl, and every "
        "other block goes on the table.",
        "Unstack everything; put the blocks that match a bowl's colour in their bowls and the rest on the table, "
        "none on another.",
    ])
    return _fresh(w, text, lambda _i, f: all(f.support[b] == m[b] if b in m else f.support[b] in _GROUND
                                             for b in f.blocks))


# ----- apart: taking structures apart --------------------------------------------------------------------
def t166_imp_apart(w: World) -> Made:
    stacks = _stacks(w.state)
    if not stacks:
        return None
    c = w.rng.choice(stacks)
    name = "the tower" if len(stacks) == 1 else f"the tower with the {c[-1]} on top"
    text = w.rng.choice([f"Knock down {name} so that each of its blocks stands alone on the table.",
                         f"Take {name} apart and set all of its blocks down separately on the table."])
    return _fresh(w, text, lambda _i, f: all(_alone_on_table(f, b) for b in c))


def t166_dec_apart(w: World) -> Made:
    stacks = _stacks(w.state)
    if not stacks:
        return None
    c = w.rng.choice(stacks)
    if w.rng.random() < 0.5:
        names = _listing(c)
        text = f"{names[0].upper()}{names[1:]} are no longer stacked: each of them stands by itself on the table."
        return _fresh(w, text, lambda _i, f: all(_alone_on_table(f, b) for b in c))
    text = f"The {c[0]} stays where it is with nothing on it, and the blocks that were above it are somewhere else."
    return _fresh(w, text, lambda i, f: kept(c[0])(i, f) and f.is_clear(c[0]))


def t166_des_apart(w: World) -> Made:
    s = w.state
    stacks = _stacks(s)
    if not stacks:
        return None
    c = w.rng.choice(stacks)
    roomy = [q for q in w.bowls if len(set(s.in_bowl(q)) | set(c)) <= layout.BOWL_CAPACITY]
    if roomy and w.rng.random() < 0.5:
        bowl = w.rng.choice(roomy)
        text = f"I'd like the tower with the {c[-1]} on top taken apart and its blocks put side by side in the {bowl}."
        return _fresh(w, text, lambda _i, f: all(f.support[b] == bowl for b in c))
    text = f"I want the {c[-1]} taken off its tower and set down on the table by itself."
    return _fresh(w, text, lambda i, f: _alone_on_table(f, c[-1]) and kept(*c[:-1])(i, f))


def t166_qua_apart(w: World) -> Made:
    s = w.state
    stacks = _stacks(s)
    if not stacks:
        return None
    if w.rng.random() < 0.5:
        tops = [c[-1] for c in stacks]
        lower = [b for c in stacks for b in c[:-1]]
        return _fresh(w, "Take the top block off every tower and set each one down on its own.",
                      lambda i, f: all(_alone(f, t) for t in tops) and kept(*lower)(i, f))
    upper = [b for b, below in w.pairs()]
    return _fresh(w, "Lift every block that is sitting on another block down onto the table.",
                  lambda _i, f: all(f.support[b] in _GROUND for b in upper))


def t166_neg_apart(w: World) -> Made:
    s = w.state
    stacks = _stacks(s)
    if not stacks:
        return None
    c = w.rng.choice(stacks)
    if s.support[c[0]] not in w.bowls and w.rng.random() < 0.5:
        return _fresh(w, f"Take apart the tower with the {c[-1]} on top without putting any of its blocks in a bowl.",
                      lambda _i, f: all(_alone_on_table(f, b) for b in c))
    return _fresh(w, f"Take the tower with the {c[-1]} on top apart, but do not move the {c[0]} at its base.",
                  lambda i, f: kept(c[0])(i, f) and all(_alone(f, b) for b in c))


def t166_rel_apart(w: World) -> Made:
    s = w.state
    under = [b for b in w.blocks if not s.is_clear(b)]
    if not under:
        return None
    x = w.rng.choice(under)
    above = s.above(x)
    text = w.rng.choice([
        f"Take everything that is stacked above the {x} off it, and stand each of those blocks on the table by "
        "itself.",
        f"Clear the {x}: every block above it should end up alone on the table.",
    ])
    return _fresh(w, text, lambda _i, f: f.is_clear(x) and all(_alone_on_table(f, b) for b in above))


def t166_keep_apart(w: World) -> Made:
    stacks = _stacks(w.state)
    if not stacks:
        return None
    c = w.rng.choice(stacks)
    others = [b for b in w.blocks if b not in c]
    loose = [b for b in _loose(w) if b not in c]
    if loose and w.rng.random() < 0.5:
        z = w.rng.choice(loose)
        return _fresh(w, f"Knock down the tower with the {c[-1]} on top, but leave the {z} untouched.",
                      lambda i, f: kept(z)(i, f) and all(_alone_on_table(f, b) for b in c))
    text = (f"Take apart the tower with the {c[-1]} on top so that its blocks stand on the table, and leave every "
            "other block where it is.")
    return _fresh(w, text, lambda i, f: kept(*others)(i, f) and all(_alone_on_table(f, b) for b in c))


def t166_multi_apart(w: World) -> Made:
    stacks = _stacks(w.state)
    if not stacks:
        return None
    c = w.rng.choice(stacks)
    if len(c) == 2 and w.rng.random() < 0.5:
        bottom, top = c
        text = f"Take the {top} off the {bottom} and put it on the table; then put the {bottom} on top of the {top}."
        return _fresh(w, text, lambda _i, f: f.support[top] in _GROUND and f.support[bottom] == top)
    text = (f"First take apart the tower with the {c[-1]} on top, then rebuild it upside down, with the {c[-1]} at "
            "the bottom.")
    return _fresh(w, text, lambda _i, f: _has(f, list(reversed(c))))


def t166_q_apart(w: World) -> Made:
    s = w.state
    stacks = _stacks(s)
    form = w.rng.randrange(3)
    if form == 0 and stacks:
        c = w.rng.choice(stacks)
        return f"How many blocks are underneath the {c[-1]}?", answered(str(len(c) - 1))
    if form == 1 and stacks:
        c = w.rng.choice(stacks)
        return f"How many blocks make up the tower with the {c[-1]} on top?", answered(str(len(c)))
    x = w.rng.choice(w.blocks)
    return f"Is the {x} resting on another block?", answered(yes(s.support[x] in s.support))


def t166_match_apart(w: World) -> Made:
    m = _matches(w)
    stacks = _stacks(w.state)
    if not m or not stacks:
        return None
    mixed = [(b, c) for c in stacks for b in c if b in m]
    if mixed and w.rng.random() < 0.5:
        b, c = w.rng.choice(mixed)
        text = f"Take apart the tower the {b} is in, and put the {b} into the bowl of the same colour."
        return _fresh(w, text, lambda _i, f: all(f.support[x] not in f.support for x in c) and f.support[b] == m[b])
    text = "Unstack every tower, and put each block that has a bowl of its colour into that bowl."
    return _fresh(w, text, lambda _i, f: all(f.support[x] not in f.support for x in f.blocks)
                  and all(f.support[x] == q for x, q in m.items()))


# ----- placed: structures at named places or in bowls ----------------------------------------------------
def t166_imp_placed(w: World) -> Made:
    place = w.rng.choice(PLACES)
    k = w.rng.randint(2, min(3, len(w.blocks)))
    if w.rng.random() < 0.5:
        return _fresh(w, f"Build a tower of {_WORDS[k]} blocks in {_at(place)}.",
                      lambda _i, f: _has(f, [None] * k, (place,)))
    x = w.rng.choice(w.blocks)
    text = f"Build a tower in {_at(place)} with the {x} at the base and {_more(k - 1)} on it."
    return _fresh(w, text, lambda _i, f: f.support[x] == place and len(_up(f, x)) == k)


def t166_dec_placed(w: World) -> Made:
    place = w.rng.choice(PLACES)
    x = w.rng.choice(w.blocks)
    if w.rng.random() < 0.5:
        return _fresh(w, f"A two-block tower stands in {_at(place)}, with the {x} on top.",
                      lambda _i, f: _has(f, [None, x], (place,)))
    return _fresh(w, f"The {x} is at the bottom of a three-block tower in {_at(place)}.",
                  lambda _i, f: _has(f, [x, None, None], (place,)))


def t166_des_placed(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if w.rng.random() < 0.5:
        k = w.rng.randint(2, 3)
        return _fresh(w, f"I'd like a tower of {_WORDS[k]} blocks in the {bowl}.",
                      lambda _i, f: _has(f, [None] * k, (bowl,)))
    x, y = w.pick(w.blocks, 2)
    return _fresh(w, f"I want the {x} and the {y} stacked in the {bowl}, with the {y} on top.",
                  lambda _i, f: _has(f, [x, y], (bowl,)))


def t166_qua_placed(w: World) -> Made:
    n = len(w.blocks)
    if n >= 4 and (n > _MAX or w.rng.random() < 0.5):
        p1, p2 = w.rng.sample(PLACES, 2)
        return _fresh(w, f"Build a tower of two in each of {_at(p1)} and {_at(p2)}.",
                      lambda _i, f: all(_has(f, [None, None], (p,)) for p in (p1, p2)))
    if n > _MAX:
        return None
    place = w.rng.choice(PLACES)
    return _fresh(w, f"Stack all {_WORDS[n]} blocks into one tower in {_at(place)}.",
                  lambda _i, f: _has(f, [None] * n, (place,)))


def t166_neg_placed(w: World) -> Made:
    place = w.rng.choice(PLACES)
    n = len(w.blocks)
    k = w.rng.randint(2, min(3, n - 1))
    x = w.rng.choice(w.blocks)
    text = w.rng.choice([
        f"Build a tower of {_WORDS[k]} in {_at(place)}, using any blocks except the {x}.",
        f"Make a {_WORDS[k]}-block tower in {_at(place)}; the {x} must not be part of it.",
    ])
    return _fresh(w, text, lambda _i, f: any(len(c) == k and f.support[c[0]] == place and x not in c
                                             for c in _chains(f)))


def t166_rel_placed(w: World) -> Made:
    stacks = _stacks(w.state)
    if not stacks:
        return None
    c = w.rng.choice(stacks)
    place = w.rng.choice(PLACES)
    name = _tower_name(w, c)
    text = w.rng.choice([f"Move {name} to {_at(place)}, keeping its blocks in the same order.",
                         f"Rebuild {name} in {_at(place)}: the same blocks, in the same order."])
    return _fresh(w, text, lambda _i, f: _has(f, list(c), (place,)))


def t166_keep_placed(w: World) -> Made:
    s = w.state
    place = w.rng.choice(PLACES)
    in_bowls = w.in_bowls()
    if in_bowls and len(w.blocks) - len(in_bowls) >= 2 and w.rng.random() < 0.5:
        text = (f"Build a tower of two in {_at(place)} from blocks that are not in a bowl, and leave the bowls as "
                "they are.")

        def pred(i: SymState, f: SymState) -> bool:
            return (kept(*in_bowls)(i, f) and _has(f, [None, None], (place,))
                    and all(sorted(f.in_bowl(q)) == sorted(i.in_bowl(q)) for q in f.bowls))

        return _fresh(w, text, pred)
    loose = [b for b in _loose(w) if s.support[b] == TABLE] or _loose(w)
    if not loose:
        return None
    x = w.rng.choice(loose)
    return _fresh(w, f"Build a two-block tower in {_at(place)}, but leave the {x} where it is.",
                  lambda i, f: kept(x)(i, f) and _has(f, [None, None], (place,)))


def t166_multi_placed(w: World) -> Made:
    place = w.rng.choice(PLACES)
    if w.rng.random() < 0.5:
        x, y, z = w.pick(w.blocks, 3)
        text = f"First put the {x} in {_at(place)}, then stack the {y} on it, and then the {z} on the {y}."
        return _fresh(w, text, lambda _i, f: f.support[x] == place and f.support[y] == x and f.support[z] == y)
    x = w.rng.choice(w.blocks)
    k = w.rng.randint(2, min(3, len(w.blocks)))
    text = f"Start a tower in {_at(place)} with the {x}; then add {_more(k - 1)} of your choice on top."
    return _fresh(w, text, lambda _i, f: f.support[x] == place and len(_up(f, x)) == k)


def t166_q_placed(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    form = w.rng.randrange(3)
    if form == 0 and s.in_bowl(bowl):
        return (f"How many blocks are in the {bowl}, counting any that are stacked on others?",
                answered(str(len(s.in_bowl(bowl)))))
    if form == 1 and w.in_bowls() and len(w.bowls) >= 2:
        return ("How many blocks are in the bowls altogether, stacked ones included?",
                answered(str(len(w.in_bowls()))))
    return f"Is there a stack of blocks in the {bowl}?", answered(yes(any(s.support[c[0]] == bowl
                                                                          for c in _stacks(s))))


def t166_match_placed(w: World) -> Made:
    m = _matches(w)
    if not m:
        return None
    block = w.rng.choice(sorted(m))
    bowl = m[block]
    place = w.rng.choice(PLACES)
    if w.rng.random() < 0.5:
        text = f"Build a two-block tower in {_at(place)} with the block that is the same colour as the {bowl} on top."
        return _fresh(w, text, lambda _i, f: _has(f, [None, block], (place,)))
    text = f"Make a tower of two in {_at(place)} whose bottom block matches the colour of the {bowl}."
    return _fresh(w, text, lambda _i, f: _has(f, [block, None], (place,)))


# ----- the list --------------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("height", "order", "several", "pairs", "apart", "placed")
FRESH166: list[Template] = [
    (f"t166_{short}_{style}", category, globals()[f"t166_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
