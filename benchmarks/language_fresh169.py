"""`FRESH169`, the hundred-and-seventieth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is as many as possible, as few as possible, and other extremes. People ask for the most or the least of
something, and the check works out from the scene and `sim.core.layout` what that extreme is: a bowl holds at most
`layout.BOWL_CAPACITY` (four) blocks, a tower is at most `layout.MAX_TOWER` blocks high, the bin takes any number.
"As many as possible into W" and "fill W up" accept W holding at least four blocks (or every block that may go there,
if fewer); "as few as possible left" accepts at most the smallest number the scene allows; "with as few moves as
possible" is checked on the final state only: the goal holds and no more blocks rest somewhere new than the fewest a
careful robot must move (the blocks above whatever it must reach, and that block). "At most", "at least" and "no more
than" bound a count, and "the tallest / shortest / fullest" compare towers or bowls. Anything else the words leave
open (where a block taken out goes, in what order) is free, and nothing may be left in the gripper. When the scene
already meets the goal, or makes it meaningless, the template passes on the scene. The six styles:

- most: "Put as many blocks as you can into the green bowl."
- least: "Leave as few blocks on the table as you can, without using the bin."
- fewest: "Clear the red block by moving as few blocks as possible."
- fill: "Fill the blue bowl up, taking blocks only from the table."
- bound: "Drop some blocks into the bin, but no more than two of them."
- tallest: "Build the tallest tower you can out of the blocks on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 0b17947, the code of f308f88, before anything it could prompt): 0.1133
goal-correct (34 of 300), 246 refused, 8 asked. Seven wrong actions: "Fill W up first, then put every block that is still
on the table into the bin" binned the blocks it had just put in W (four times); "Stack at least two blocks on top of the
block nearest to W" put only one there (three times). Five wrong replies: 'How many more blocks would it take to fill W
up?'. The refusals were 'as many as you can', 'as few as possible', 'moving as few other blocks as you can', 'the
tallest tower you can', 'fill W up' said with a constraint after it, and at-most and at-least bounds.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    matching,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.symbolic import SymState

CAP = layout.BOWL_CAPACITY
TOWER = layout.MAX_TOWER
GROUND = (TABLE, *PLACES)
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action goal: `check` holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and check(i, f)


def _moved(i: SymState, f: SymState) -> int:
    """How many blocks rest on something else than at the start."""
    return sum(1 for b, s in i.support.items() if f.support.get(b) != s)


def _n(s: SymState, bowl: str) -> int:
    return len(s.in_bowl(bowl))


def _binned(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _under(s: SymState, block: str) -> list[str]:
    """`block` and every block below it in its tower (these stay put if `block` must not move)."""
    out = [block]
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _chains(s: SymState, ground: tuple[str, ...] = GROUND) -> list[list[str]]:
    """Every tower standing on one of `ground`, bottom first."""
    out = []
    for b in s.blocks:
        if s.support[b] in ground:
            chain = [b]
            while s.on_top(chain[-1]):
                chain.append(s.on_top(chain[-1])[0])
            out.append(chain)
    return out


def _tallest(s: SymState, allowed: set[str] | None = None, ground: tuple[str, ...] = GROUND) -> int:
    """The height of the tallest tower on `ground` made only of `allowed` blocks (counted from the bottom)."""
    best = 0
    for chain in _chains(s, ground):
        k = 0
        for b in chain:
            if allowed is not None and b not in allowed:
                break
            k += 1
        best = max(best, k)
    return best


def _stacked(s: SymState) -> list[str]:
    """Blocks resting on another block."""
    return [b for b, sup in s.support.items() if sup in s.support]


def _has_stack(s: SymState, bowl: str) -> bool:
    return any(s.support[b] in s.support for b in s.in_bowl(bowl))


def _bowl_min_left(w: World) -> int:
    """The fewest blocks that must stay on the table when the bin may not be used."""
    return max(0, len(w.blocks) - CAP * len(w.bowls))


def _one(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _c(w: World, bowl: str) -> str:
    return w.colour(bowl)


def _matches(w: World) -> list[tuple[str, str]]:
    """(block, bowl) pairs of one colour."""
    return [(r.args[0], r.args[1]) for r in matching(w)]


def _open_bowls(w: World, target: int) -> list[str]:
    return [b for b in w.bowls if _n(w.state, b) < target]


# ----- imperative ---------------------------------------------------------------------------------------
def t169_imp_most(w: World) -> Made:
    target = min(CAP, len(w.blocks))
    bowl = _one(w, _open_bowls(w, target))
    if bowl is None:
        return None
    text = w.rng.choice(["Put as many blocks as you can into the {}.", "Get as many blocks as possible into the {}."])
    return text.format(bowl), _act(lambda _i, f: _n(f, bowl) >= target)


def t169_imp_least(w: World) -> Made:
    left = _bowl_min_left(w)
    if len(w.state.on_the_table()) <= left:
        return None
    return ("Leave as few blocks on the table as you can, without using the bin.",
            _act(lambda _i, f: len(f.on_the_table()) <= left and _binned(f) == 0))


def t169_imp_fewest(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in s.blocks if s.above(b)])
    if x is not None:
        k = len(s.above(x))
        return (f"Clear the {x} by moving as few blocks as possible.",
                _act(lambda _i, f: f.is_clear(x) and _moved(s, f) <= k))
    bowl = _one(w, _open_bowls(w, CAP))
    if bowl is None:
        return None
    x = w.rng.choice([b for b in s.blocks if s.base(b) != bowl] or [""])
    if not x:
        return None
    k = len(s.above(x)) + 1
    return (f"Put the {x} in the {bowl}, moving as few other blocks as you can.",
            _act(lambda _i, f: f.base(x) == bowl and _moved(s, f) <= k))


def t169_imp_fill(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    target = min(CAP, _n(s, bowl) + len(s.on_the_table()))
    if _n(s, bowl) >= target:
        return None
    others = {b: s.base(b) for b in s.in_bowls() if s.base(b) != bowl}
    return (f"Fill the {bowl} up, taking blocks only from the table.",
            _act(lambda _i, f: _n(f, bowl) >= target and all(f.base(b) == p for b, p in others.items())))


def t169_imp_bound(w: World) -> Made:
    s = w.state
    empty_bowls = [b for b in w.bowls if not s.in_bowl(b)]
    if empty_bowls and w.rng.random() < 0.5:
        bowl = w.rng.choice(empty_bowls)
        k = w.rng.randint(2, min(3, len(w.blocks)))
        return f"Put at least {_WORDS[k]} blocks into the {bowl}.", _act(lambda _i, f: _n(f, bowl) >= k)
    return ("Drop some blocks into the bin, but no more than two of them.",
            _act(lambda _i, f: 1 <= _binned(f) <= 2))


def t169_imp_tallest(w: World) -> Made:
    s = w.state
    loose = set(s.on_the_table())
    target = min(TOWER, len(loose))
    if target < 2 or _tallest(s, loose) >= target:
        return None
    return ("Build the tallest tower you can out of the blocks on the table.",
            _act(lambda _i, f: _tallest(f, loose) >= target))


# ----- declarative --------------------------------------------------------------------------------------
def t169_dec_most(w: World) -> Made:
    s = w.state
    target = min(CAP, len(w.blocks))
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return _n(f, bowl) >= target and all(f.base(b) in GROUND for b in f.blocks if f.base(b) != bowl)

    if check(s, s):
        return None
    return f"The {bowl} holds as many blocks as it can, and the rest are on the table.", _act(check)


def t169_dec_least(w: World) -> Made:
    if not w.state.in_bowls():
        return None
    return "As few blocks as possible are left in the bowls.", _act(lambda _i, f: not f.in_bowls())


def t169_dec_fewest(w: World) -> Made:
    s = w.state
    options = []
    for a in s.blocks:
        for b in s.blocks:
            if a == b or s.support[a] == b or b in s.above(a) or a in s.above(b) or s.base(a) == BIN:
                continue
            if len(_under(s, b)) + 1 > TOWER:
                continue
            options.append((a, b))
    if not options:
        return None
    a, b = w.rng.choice(options)
    k = len(s.above(a)) + len(s.above(b)) + 1
    return (f"The {a} is on the {b}, and as few other blocks as possible have moved.",
            _act(lambda _i, f: f.support[a] == b and _moved(s, f) <= k))


def t169_dec_fill(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    x = w.rng.choice(w.blocks)
    target = min(CAP, len(w.blocks) - 1)

    def check(_i: SymState, f: SymState) -> bool:
        return _n(f, bowl) >= target and f.base(x) != bowl

    if check(s, s):
        return None
    return f"The {bowl} is filled up, and the {x} is not in it.", _act(check)


def t169_dec_bound(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    k = w.rng.randint(2, min(3, len(w.blocks) - 1))
    return (f"At least {_WORDS[k]} blocks are in the bin, and the {x} is not one of them.",
            _act(lambda _i, f: _binned(f) >= k and f.base(x) != BIN))


def t169_dec_tallest(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)

    def check(_i: SymState, f: SymState) -> bool:
        return all(_n(f, bowl) > _n(f, o) for o in f.bowls if o != bowl)

    if check(s, s):
        return None
    text = w.rng.choice(["The {} is the fullest bowl, with more blocks in it than any other bowl.",
                         "The {} holds more blocks than any other bowl."])
    return text.format(bowl), _act(check)


# ----- desiderative -------------------------------------------------------------------------------------
def t169_des_most(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    x = _one(w, [b for b in s.blocks if s.base(b) != bowl])
    if x is None:
        return None
    stay = _under(s, x)
    target = min(CAP, len(w.blocks) - len(stay))
    if target < 1 or _n(s, bowl) >= target:
        return None
    return (f"I'd like as many blocks as possible in the {bowl}, but leave the {x} where it is.",
            _act(lambda _i, f: _n(f, bowl) >= target and f.support[x] == s.support[x]))


def t169_des_least(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    x = _one(w, table)
    if x is None or len(table) <= 1:
        return None
    return (f"I'd like as few blocks as possible left on the table; use the bin if you must, but keep the {x} on "
            "the table.", _act(lambda _i, f: f.on_the_table() == [x]))


def t169_des_fewest(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    k = _n(s, bowl)
    return (f"I want the {bowl} empty, and I'd like you to move as few blocks as you can to do it.",
            _act(lambda _i, f: not f.in_bowl(bowl) and _moved(s, f) <= k))


def t169_des_fill(w: World) -> Made:
    target = min(CAP, len(w.blocks))
    bowl = _one(w, _open_bowls(w, target))
    if bowl is None:
        return None
    return f"Make it so that the {bowl} is as full as it can get.", _act(lambda _i, f: _n(f, bowl) >= target)


def t169_des_bound(w: World) -> Made:
    if len(w.state.on_the_table()) <= 1:
        return None
    return ("I want no more than one block left on the table.",
            _act(lambda _i, f: len(f.on_the_table()) <= 1))


def t169_des_tallest(w: World) -> Made:
    s = w.state
    a = _one(w, s.on_the_table())
    if a is None:
        return None
    target = min(TOWER, len(w.blocks))

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[a] in GROUND and len(f.above(a)) + 1 >= target

    if check(s, s):
        return None
    return f"I'd like the tallest tower you can build, with the {a} at the bottom.", _act(check)


# ----- quantified ---------------------------------------------------------------------------------------
def t169_qua_most(w: World) -> Made:
    s = w.state
    target = min(len(w.blocks), CAP * len(w.bowls))
    if len(s.in_bowls()) >= target:
        return None
    return ("Put as many of the blocks as you can into the bowls, all of them if they fit.",
            _act(lambda _i, f: len(f.in_bowls()) >= target))


def t169_qua_least(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if not inside:
        return None
    return ("Leave as few blocks as possible in each bowl, and put every block you take out on the table.",
            _act(lambda _i, f: not f.in_bowls() and all(f.base(b) in GROUND for b in inside)))


def t169_qua_fewest(w: World) -> Made:
    s = w.state
    crowded = [b for b in w.bowls if _n(s, b) >= 2]
    if crowded and w.rng.random() < 0.6:
        k = sum(_n(s, b) - 1 for b in crowded)
        return ("Make sure each bowl holds at most one block, moving as few blocks as you can.",
                _act(lambda _i, f: all(_n(f, b) <= 1 for b in f.bowls) and _moved(s, f) <= k))
    k = len(_stacked(s))
    if not k:
        return None
    return ("Make every block clear, moving as few blocks as possible.",
            _act(lambda _i, f: all(f.is_clear(b) for b in f.blocks) and _moved(s, f) <= k))


def t169_qua_fill(w: World) -> Made:
    target = min(CAP, len(w.blocks))
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return _n(f, bowl) >= target and all(f.base(b) == BIN for b in f.blocks if f.base(b) != bowl)

    if check(w.state, w.state):
        return None
    return f"Fill the {bowl} up, and put each block that does not fit into the bin.", _act(check)


def t169_qua_bound(w: World) -> Made:
    s = w.state

    def check(_i: SymState, f: SymState) -> bool:
        return all(1 <= _n(f, b) <= 2 for b in f.bowls)

    if check(s, s):
        return None
    return ("Put blocks in the bowls so that every bowl has at least one block, but no more than two.",
            _act(check))


def t169_qua_tallest(w: World) -> Made:
    if not _stacked(w.state):
        return None
    return ("Make every tower as short as it can be: no block should rest on another block.",
            _act(lambda _i, f: not _stacked(f)))


# ----- negated ------------------------------------------------------------------------------------------
def t169_neg_most(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    rest = [b for b in s.blocks if b not in inside]
    if not rest:
        return None
    return (f"Put as many blocks as you can in the bin, except for the ones in the {bowl}.",
            _act(lambda _i, f: all(f.base(b) == BIN for b in rest) and all(f.base(b) == bowl for b in inside)))


def t169_neg_least(w: World) -> Made:
    s = w.state
    x = _one(w, s.on_the_table())
    if x is None:
        return None
    stay = _under(s, x)
    free = CAP * len(w.bowls) - len(s.in_bowls())
    left = len(stay) + max(0, len(s.on_the_table()) - len(stay) - free)
    if len(s.on_the_table()) <= left:
        return None
    return (f"Leave as few blocks on the table as possible, without using the bin and without moving the {x}.",
            _act(lambda _i, f: len(f.on_the_table()) <= left and _binned(f) == 0 and f.support[x] == s.support[x]))


def t169_neg_fewest(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in s.blocks if s.above(b)])
    if x is not None:
        k = len(s.above(x))
        return (f"Clear the {x} without moving more blocks than you have to, and do not put anything in the bin.",
                _act(lambda _i, f: f.is_clear(x) and _moved(s, f) <= k and _binned(f) == 0))
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    k = _n(s, bowl)
    return (f"Empty the {bowl} without moving more blocks than you need to, and do not use the bin.",
            _act(lambda _i, f: not f.in_bowl(bowl) and _moved(s, f) <= k and _binned(f) == 0))


def t169_neg_fill(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    donor = _one(w, [b for b in w.bowls if b != bowl and s.in_bowl(b)])
    if donor is not None:
        keep = s.in_bowl(donor)
        target = min(CAP, len(w.blocks) - len(keep))
        if _n(s, bowl) >= target:
            return None
        return (f"Fill the {bowl} up, but do not use any block from the {donor}.",
                _act(lambda _i, f: _n(f, bowl) >= target and all(f.base(b) == donor for b in keep)))
    x = _one(w, [b for b in s.blocks if s.base(b) != bowl])
    if x is None:
        return None
    target = min(CAP, len(w.blocks) - 1)
    if _n(s, bowl) >= target:
        return None
    return (f"Fill the {bowl} up without using the {x}.",
            _act(lambda _i, f: _n(f, bowl) >= target and f.base(x) != bowl))


def t169_neg_bound(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    k = w.rng.randint(2, min(3, len(w.blocks) - 1))
    return (f"Put some blocks in the bin, but never more than {_WORDS[k]}, and not the {x}.",
            _act(lambda _i, f: 1 <= _binned(f) <= k and f.base(x) != BIN))


def t169_neg_tallest(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    others = set(w.blocks) - {x}
    target = min(TOWER, len(others))

    def check(_i: SymState, f: SymState) -> bool:
        return any(len(c) >= target and x not in c and all(b in others for b in c) for c in _chains(f))

    if check(s, s):
        return None
    return f"Build the tallest tower you can, but do not use the {x}.", _act(check)


# ----- relative -----------------------------------------------------------------------------------------
def t169_rel_most(w: World) -> Made:
    s = w.state
    target = min(CAP, len(w.blocks))
    x = _one(w, [b for b in s.in_bowls() if _n(s, s.base(b)) < target])
    if x is not None:
        bowl = s.base(x)
        text = f"Put as many blocks as you can into the bowl the {x} is in."
    else:
        if len(w.bowls) < 2:
            return None
        x = w.rng.choice(s.on_the_table() or [""])
        if not x:
            return None
        near = sorted(w.bowls, key=lambda b: w.dist(x, b))
        if w.dist(x, near[1]) - w.dist(x, near[0]) < 0.06 or _n(s, near[0]) >= target:
            return None
        bowl = near[0]
        text = f"Put as many blocks as you can into the bowl closest to the {x}."
    return text, _act(lambda _i, f: _n(f, bowl) >= target)


def t169_rel_least(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in s.in_bowls() if _n(s, s.base(b)) > len(_under(s, b))])
    if x is None:
        return None
    bowl = s.base(x)
    left = len(_under(s, x))
    return (f"Leave as few blocks as you can in the bowl the {x} is in, without moving the {x}.",
            _act(lambda _i, f: _n(f, bowl) <= left and f.support[x] == s.support[x]))


def t169_rel_fewest(w: World) -> Made:
    s = w.state
    top = _one(w, _stacked(s))
    if top is None:
        return None
    x = s.support[top]
    k = len(s.above(x))
    return (f"Clear the block that the {top} is sitting on, moving as few blocks as possible.",
            _act(lambda _i, f: f.is_clear(x) and _moved(s, f) <= k))


def t169_rel_fill(w: World) -> Made:
    s = w.state
    x = _one(w, s.on_the_table())
    if x is None:
        return None
    near = sorted(w.bowls, key=lambda b: w.dist(x, b))
    if len(near) > 1 and w.dist(x, near[1]) - w.dist(x, near[0]) < 0.06:
        return None
    bowl = near[0]
    target = min(CAP, len(w.blocks))
    if _n(s, bowl) >= target:
        return None
    return f"Fill up the bowl that is closest to the {x}.", _act(lambda _i, f: _n(f, bowl) >= target)


def t169_rel_bound(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    near = sorted(s.on_the_table(), key=lambda b: w.dist(b, bowl))
    if not near:
        return None
    x = near[0]
    if len(near) > 1 and w.dist(near[1], bowl) - w.dist(x, bowl) < 0.05:
        return None
    if len(s.above(x)) >= 2 or len(_under(s, x)) + 2 > TOWER:
        return None
    return (f"Stack at least two blocks on top of the block nearest to the {bowl}.",
            _act(lambda _i, f: len(f.above(x)) >= 2))


def t169_rel_tallest(w: World) -> Made:
    s = w.state
    chains = sorted(_chains(s, (*GROUND, *w.bowls)), key=len, reverse=True)
    if not chains or len(chains[0]) < 2 or (len(chains) > 1 and len(chains[1]) == len(chains[0])):
        return None
    if len(chains[0]) + 1 > TOWER:
        return None
    top = chains[0][-1]
    x = _one(w, [b for b in s.blocks if b not in chains[0]])
    if x is None:
        return None
    return f"Put the {x} on top of the tallest tower.", _act(lambda _i, f: f.support[x] == top)


# ----- keep ---------------------------------------------------------------------------------------------
def t169_keep_most(w: World) -> Made:
    s = w.state
    if len(w.bowls) >= 2:
        bowl, other = w.rng.sample(w.bowls, 2)
        keep = s.in_bowl(other)
        target = min(CAP, len(w.blocks) - len(keep))
        if _n(s, bowl) >= target:
            return None
        return (f"Put as many blocks as you can into the {bowl}, and leave the {other} alone.",
                _act(lambda _i, f: _n(f, bowl) >= target and _n(f, other) == len(keep)
                     and all(f.support[b] == s.support[b] for b in keep)))
    if len(w.blocks) < 3:
        return None
    x, y = w.rng.sample(w.blocks, 2)
    stay = set(_under(s, x)) | set(_under(s, y))
    rest = [b for b in s.blocks if b not in stay]
    if not rest:
        return None
    return (f"Get as many blocks as you can into the bin, but keep the {x} and the {y} where they are.",
            _act(lambda _i, f: all(f.base(b) == BIN for b in rest)
                 and f.support[x] == s.support[x] and f.support[y] == s.support[y]))


def t169_keep_least(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    free = CAP * len(w.bowls) - len(inside)
    table = len(s.on_the_table())
    left = max(0, table - free)
    if table <= left:
        return None
    return ("Leave as few blocks on the table as you can, without using the bin, and do not touch the blocks "
            "already in the bowls.",
            _act(lambda _i, f: len(f.on_the_table()) <= left and _binned(f) == 0
                 and all(f.support[b] == s.support[b] for b in inside)))


def t169_keep_fewest(w: World) -> Made:
    s = w.state
    bowl = _one(w, _open_bowls(w, CAP))
    if bowl is None:
        return None
    x = _one(w, [b for b in s.blocks if s.base(b) != bowl])
    if x is None:
        return None
    y = _one(w, [b for b in s.blocks if b != x and b not in s.above(x)])
    if y is None:
        return None
    k = len(s.above(x)) + 1
    return (f"Get the {x} into the {bowl} and keep the {y} where it is; move as few other blocks as you can.",
            _act(lambda _i, f: f.base(x) == bowl and f.support[y] == s.support[y] and _moved(s, f) <= k))


def t169_keep_fill(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    x = _one(w, [b for b in s.blocks if s.base(b) != bowl])
    if x is None:
        return None
    target = min(CAP, len(w.blocks) - len(_under(s, x)))
    if target < 1 or _n(s, bowl) >= target:
        return None
    return (f"Fill the {bowl} up, but the {x} stays where it is.",
            _act(lambda _i, f: _n(f, bowl) >= target and f.support[x] == s.support[x]))


def t169_keep_bound(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    if len(inside) == len(w.blocks):
        return None
    return (f"Move one or two blocks into the bin, no more than two, and keep the blocks in the {bowl} where they "
            "are.", _act(lambda _i, f: 1 <= _binned(f) <= 2 and all(f.support[b] == s.support[b] for b in inside)))


def t169_keep_tallest(w: World) -> Made:
    s = w.state
    x = _one(w, s.on_the_table())
    if x is None:
        return None
    target = min(TOWER, len(w.blocks))
    if _tallest(s) >= target:
        return None
    return (f"Build the tallest tower you can, but keep the {x} in its place.",
            _act(lambda _i, f: _tallest(f) >= target and f.support[x] == s.support[x]))


# ----- multi_step ---------------------------------------------------------------------------------------
def t169_multi_most(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if len(w.bowls) >= 2 and full:
        other = w.rng.choice(full)
        bowl = w.rng.choice([b for b in w.bowls if b != other])
        target = min(CAP, len(w.blocks))
        return (f"First empty the {other}, then put as many blocks as you can into the {bowl}.",
                _act(lambda _i, f: not f.in_bowl(other) and _n(f, bowl) >= target))
    bowl = w.bowls[0]
    x = w.rng.choice(w.blocks)
    target = min(CAP, len(w.blocks) - 1)
    return (f"First put the {x} in the bin, then put as many of the other blocks as you can into the {bowl}.",
            _act(lambda _i, f: f.base(x) == BIN and _n(f, bowl) >= target))


def t169_multi_least(w: World) -> Made:
    s = w.state
    bowl = _one(w, _open_bowls(w, CAP))
    if bowl is None:
        return None
    x = _one(w, [b for b in s.blocks if s.base(b) != bowl])
    if x is None:
        return None
    left = _bowl_min_left(w)
    return (f"First put the {x} into the {bowl}, then leave as few blocks on the table as you can without using "
            "the bin.", _act(lambda _i, f: f.base(x) == bowl and len(f.on_the_table()) <= left and _binned(f) == 0))


def t169_multi_fewest(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in s.blocks if s.above(b)])
    if x is not None:
        k = len(s.above(x)) + 1
        return (f"First clear the {x}, moving as few blocks as you can, then put the {x} in the bin.",
                _act(lambda _i, f: f.base(x) == BIN and _moved(s, f) <= k))
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    x = w.rng.choice(s.in_bowl(bowl))
    y = _one(w, [b for b in s.on_the_table() if s.is_clear(b) and len(_under(s, b)) < TOWER])
    if y is None:
        return None
    return (f"First take the {x} out of the {bowl}, then put it on the {y}, moving no other block.",
            _act(lambda _i, f: f.support[x] == y and _moved(s, f) <= 1))


def t169_multi_fill(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    target = min(CAP, len(w.blocks))

    def check(_i: SymState, f: SymState) -> bool:
        return _n(f, bowl) >= target and not f.on_the_table()

    if check(s, s):
        return None
    return (f"Fill the {bowl} up first, then put every block that is still on the table into the bin.",
            _act(check))


def t169_multi_bound(w: World) -> Made:
    return ("First put at least two blocks in the bin, then make sure no more than one block is left on the table.",
            _act(lambda _i, f: _binned(f) >= 2 and len(f.on_the_table()) <= 1))


def t169_multi_tallest(w: World) -> Made:
    s = w.state
    target = min(TOWER, len(w.blocks))
    if s.in_bowls():
        return ("First take every block out of the bowls, then build the tallest tower you can.",
                _act(lambda _i, f: not f.in_bowls() and _tallest(f) >= target))
    x = _one(w, [b for b in s.blocks if s.support[b] in GROUND])
    if x is None or len(s.above(x)) + 1 >= target:
        return None
    return (f"First make sure the {x} is on the table, then build the tallest tower you can on top of it.",
            _act(lambda _i, f: f.support[x] in GROUND and len(f.above(x)) + 1 >= target))


# ----- question -----------------------------------------------------------------------------------------
def t169_q_most(w: World) -> Made:
    s = w.state
    if len(w.bowls) >= 2:
        counts = sorted(((_n(s, b), b) for b in w.bowls), reverse=True)
        if counts[0][0] == 0 or counts[0][0] == counts[1][0]:
            return None
        return "Which bowl holds the most blocks?", answered(_c(w, counts[0][1]))
    bowl = w.bowls[0]
    if _has_stack(s, bowl) or len(w.blocks) < CAP:
        return None
    return f"How many more blocks will fit in the {bowl}?", answered(str(CAP - _n(s, bowl)))


def t169_q_least(w: World) -> Made:
    s = w.state
    if len(w.bowls) >= 2 and w.rng.random() < 0.5:
        counts = sorted((_n(s, b), b) for b in w.bowls)
        if counts[0][0] == counts[1][0]:
            return None
        return "Which bowl has the fewest blocks in it?", answered(_c(w, counts[0][1]))
    if any(_has_stack(s, b) for b in w.bowls):
        return None
    return ("If the bin could not be used, what is the fewest blocks you could leave on the table?",
            answered(str(_bowl_min_left(w))))


def t169_q_fewest(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in s.blocks if s.above(b)])
    if x is not None:
        return (f"What is the fewest blocks you would have to move to clear the {x}?",
                answered(str(len(s.above(x)))))
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    return f"How few blocks would you need to move to empty the {bowl}?", answered(str(_n(s, bowl)))


def t169_q_fill(w: World) -> Made:
    s = w.state
    if len(w.blocks) < CAP:
        return None
    bowl = _one(w, [b for b in w.bowls if not _has_stack(s, b)])
    if bowl is None:
        return None
    return (f"How many more blocks would it take to fill the {bowl} up?", answered(str(CAP - _n(s, bowl))))


def t169_q_bound(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        bowl = w.rng.choice(w.bowls)
        k = w.rng.randint(1, 2)
        return (f"Are there at most {_WORDS[k]} blocks in the {bowl}?", answered(yes(_n(s, bowl) <= k)))
    k = w.rng.randint(2, 4)
    return f"Are there at least {_WORDS[k]} blocks on the table?", answered(yes(len(s.on_the_table()) >= k))


def t169_q_tallest(w: World) -> Made:
    s = w.state
    h = _tallest(s, None, GROUND)
    if h < 2:
        return None
    return "How many blocks high is the tallest stack on the table?", answered(str(h))


# ----- matching -----------------------------------------------------------------------------------------
def t169_match_most(w: World) -> Made:
    pairs = _matches(w)
    s = w.state
    if not pairs or all(s.base(b) == p for b, p in pairs):
        return None
    return ("Get as many blocks as possible into the bowl that has the same colour as the block.",
            _act(lambda _i, f: all(f.base(b) == p for b, p in pairs)))


def t169_match_least(w: World) -> Made:
    s = w.state

    def check(_i: SymState, f: SymState) -> bool:
        return all(_c(w, f.base(b)) == w.colour(b) for b in f.in_bowls())

    if check(s, s):
        return None
    return "Leave as few blocks as possible in bowls of a different colour.", _act(check)


def t169_match_fewest(w: World) -> Made:
    s = w.state
    pairs = [(b, p) for b, p in _matches(w) if s.base(b) != p]
    if not pairs or any(_n(s, p) >= CAP for _b, p in pairs):
        return None
    must = set()
    for b, _p in pairs:
        must |= {b, *s.above(b)}
    k = len(must)
    want = _matches(w)
    return ("Put every block whose colour matches a bowl into that bowl, moving as few other blocks as you can.",
            _act(lambda _i, f: all(f.base(b) == p for b, p in want) and _moved(s, f) <= k))


def t169_match_fill(w: World) -> Made:
    s = w.state
    target = min(CAP, len(w.blocks))
    pairs = _matches(w)
    if pairs:
        x, bowl = w.rng.choice(pairs)
        if _n(s, bowl) >= target and s.base(x) == bowl:
            return None
        return (f"Fill the {bowl} up, and make sure the {x} is one of the blocks in it.",
                _act(lambda _i, f: _n(f, bowl) >= target and f.base(x) == bowl))
    bowl = w.rng.choice(w.bowls)
    if _n(s, bowl) >= target:
        return None
    return (f"There is no {_c(w, bowl)} block, so fill the {bowl} up with any blocks.",
            _act(lambda _i, f: _n(f, bowl) >= target))


def t169_match_bound(w: World) -> Made:
    s = w.state
    pairs = _matches(w)
    if not pairs or any(s.base(b) == p for b, p in pairs):
        return None
    return ("Make sure at least one bowl holds the block of its own colour.",
            _act(lambda _i, f: any(f.base(b) == p for b, p in pairs)))


def t169_match_tallest(w: World) -> Made:
    s = w.state
    matched = {b for b, _p in _matches(w)}
    if not matched:
        return None
    free = set(w.blocks) - matched
    target = min(TOWER, len(free))
    if target < 2 or _tallest(s, free) >= target:
        return None
    return ("Build the tallest tower you can from the blocks that have no bowl of their colour.",
            _act(lambda _i, f: _tallest(f, free) >= target))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("most", "least", "fewest", "fill", "bound", "tallest")
FRESH169: list[Template] = [
    (f"t169_{short}_{style}", category, globals()[f"t169_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
