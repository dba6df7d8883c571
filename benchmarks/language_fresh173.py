"""`FRESH173`, the hundred-and-seventy-fourth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is bowl-centred requests: people state the job in terms of what each bowl should hold rather than where
each block goes. They ask for every bowl to be used, for a bowl to be kept free, for exact counts per bowl, for the
blocks outside the bowls to be spread or shared out, for the blocks to be packed into as few bowls as possible, or
for a bowl picked by where it stands (nearest or farthest from the robot, nearest the bin or the middle of the
table) or by what it holds (the empty bowl, the bowl the red block is in, the bowl with the most blocks). A block
stacked on a block in a bowl counts as in that bowl, and a bowl holds at most `layout.BOWL_CAPACITY` blocks; a
request the scene makes impossible (too few blocks, too little room) is never made. The checks accept every final
state the words allow: any bowl where the words leave the bowl open, either reading of "as evenly as you can" (the
new blocks spread evenly, or the bowls' totals as even as they can be), blocks taken out of a bowl set down
anywhere but the bin unless the words say where; they require an empty gripper, and no block may go into the bin
unless the sentence sends it there. The six styles:

- every: "Use every bowl: none of them should end up without a block."
- spare: "Put all the blocks in the bowls, but keep one bowl free."
- exact: "I'd like the red bowl to end up with twice as many blocks as the blue bowl."
- share: "Spread the blocks that are on the table over the bowls as evenly as you can."
- pack: "Pack all the blocks into as few bowls as you can."
- picked: "Put the green block in the bowl nearest the robot."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 7fd5c17, the code of 9a795f3, before anything it could prompt): 0.5433
goal-correct (163 of 300), 119 refused, 9 asked. Five wrong actions: "put X in W, and after that make sure V is empty"
built a tower of every block ('make sure V is empty' lost all but 'make' to a dialect rule; twice), "sort the blocks into
their bowls; every bowl should end up with at least one block" undid the sort (twice), and "I'd like X in a bowl, but I
want one bowl to end up empty" filled the only empty bowl. Four wrong replies: 'are there more blocks outside the bowls
than there are bowls?', 'how many of the bowls have at least one block in them?', 'are all the blocks that are in bowls in
the same bowl?'. The refusals were fewest bowls, spreading evenly, at most N per bowl and no bowl empty said with others.
"""

from __future__ import annotations

import math
from itertools import product

from benchmarks.planner_language import Check, Made, Template, World, answered, kept, matching, rels, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

CAP = layout.BOWL_CAPACITY
_WORDS = ("no", "one", "two", "three", "four", "five", "six", "seven", "eight")


# ----- wording ---------------------------------------------------------------------------------------
def _num(n: int) -> str:
    return _WORDS[n]


def _blocks(n: int) -> str:
    return f"{_num(n)} block" + ("" if n == 1 else "s")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _list(names: list[str]) -> str:
    parts = [f"the {n}" for n in names]
    return parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]


# ----- the scene -------------------------------------------------------------------------------------
def _n(s: SymState, bowl: str) -> int:
    return len(s.in_bowl(bowl))


def _table(s: SymState) -> list[str]:
    """Blocks not in any bowl (the scenes start with nothing in the bin or the gripper)."""
    return s.on_the_table()


def _grounded(s: SymState) -> list[str]:
    """Blocks standing on the table itself (alone or at the bottom of a tower)."""
    return [b for b in s.on_the_table() if s.support[b] in (TABLE, *PLACES)]


def _empties(s: SymState) -> list[str]:
    return [x for x in s.bowls if not s.in_bowl(x)]


def _filled(s: SymState) -> list[str]:
    return [x for x in s.bowls if s.in_bowl(x)]


def _pairs(w: World) -> list[tuple[str, str]]:
    """(block, bowl of its colour) for every block that has one."""
    return [(r.args[0], r.args[1]) for r in matching(w)]


def _odd_blocks(w: World) -> list[str]:
    """Blocks whose colour matches no bowl."""
    colours = {w.colour(x) for x in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in colours]


def _room(s: SymState, bowl: str, k: int = 1) -> bool:
    return _n(s, bowl) + k <= CAP


def _most(s: SymState) -> str | None:
    """The bowl holding the most blocks, when exactly one does and there are two bowls or more."""
    if len(s.bowls) < 2:
        return None
    counts = sorted(((_n(s, x), x) for x in s.bowls), reverse=True)
    return counts[0][1] if counts[0][0] > 0 and counts[0][0] > counts[1][0] else None


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _by_robot(w: World, far: bool) -> str | None:
    """The bowl nearest (or farthest from) the robot, when that is plain both by distance and by depth."""
    if len(w.bowls) < 2:
        return None
    found = None
    for key in (lambda x: math.hypot(*_xy(w, x)), lambda x: _xy(w, x)[0]):
        order = sorted(w.bowls, key=key, reverse=far)
        if abs(key(order[0]) - key(order[1])) < 0.05 or found not in (None, order[0]):
            return None
        found = order[0]
    return found


def _near_point(w: World, point: tuple[float, float]) -> str | None:
    if len(w.bowls) < 2:
        return None
    order = sorted(w.bowls, key=lambda x: math.dist(_xy(w, x), point))
    d0, d1 = (math.dist(_xy(w, x), point) for x in order[:2])
    return order[0] if d1 - d0 >= 0.05 else None


def _picks(w: World, avoid: tuple[str, ...] = (), where: bool = True, holds_: bool = True) -> list[tuple[str, str]]:
    """(bowl, a phrase that picks it out) by where the bowl stands or by what it holds."""
    s, out = w.state, []
    if where:
        near, far = _by_robot(w, False), _by_robot(w, True)
        if near:
            out += [(near, "the bowl nearest the robot"), (near, "the bowl closest to the robot")]
        if far:
            out += [(far, "the bowl farthest from the robot")]
        mid = _near_point(w, layout.PLACES["middle"])
        if mid:
            out.append((mid, "the bowl nearest the middle of the table"))
        by_bin = _near_point(w, layout.BIN_CENTER)
        if by_bin:
            out.append((by_bin, "the bowl nearest the bin"))
    if holds_:
        empties = _empties(s)
        if len(s.bowls) >= 2 and len(empties) == 1:
            out += [(empties[0], "the empty bowl"), (empties[0], "the bowl with nothing in it")]
        most = _most(s)
        if most:
            out.append((most, "the bowl with the most blocks in it"))
        for b in s.in_bowls():
            if b not in avoid:
                out.append((s.base(b), w.rng.choice([f"the bowl the {b} is in", f"the bowl holding the {b}"])))
    return out


# ----- checks ----------------------------------------------------------------------------------------
def _act(*checks: Check, bin_ok: bool = False) -> Check:
    """The gripper ends empty, no block goes into the bin unless `bin_ok`, and every check holds."""

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None:
            return False
        if not bin_ok and any(f.base(b) == BIN and i.base(b) != BIN for b in f.blocks):
            return False
        return all(c(i, f) for c in checks)

    return check


def _in(blocks: list[str], bowl: str) -> Check:
    return rels(*(Rel("in", b, bowl) for b in blocks))


def _in_some(blocks: list[str], but: tuple[str, ...] = ()) -> Check:
    return lambda _i, f: all(f.base(b) in f.bowls and f.base(b) not in but for b in blocks)


def _all_in(but: tuple[str, ...] = ()) -> Check:
    return lambda i, f: _in_some(f.blocks, but)(i, f)


def _together(blocks: list[str], but: tuple[str, ...] = ()) -> Check:
    """Every one of `blocks` in one and the same bowl (any bowl but `but`)."""
    return lambda i, f: _in_some(blocks, but)(i, f) and len({f.base(b) for b in blocks}) == 1


def _used_at_most(m: int) -> Check:
    return lambda _i, f: len(_filled(f)) <= m


def _count(bowl: str, lo: int, hi: int | None = None) -> Check:
    hi = lo if hi is None else hi
    return lambda _i, f: lo <= _n(f, bowl) <= hi


def _each(lo: int, hi: int = CAP * 9) -> Check:
    return lambda _i, f: all(lo <= _n(f, x) <= hi for x in f.bowls)


def _none_empty() -> Check:
    return _each(1)


def _some_empty(exactly: int | None = None) -> Check:
    return lambda _i, f: len(_empties(f)) >= 1 if exactly is None else len(_empties(f)) == exactly


def _empty(bowl: str) -> Check:
    return lambda _i, f: not f.in_bowl(bowl)


def _to_table(blocks: list[str]) -> Check:
    return lambda _i, f: all(b in f.on_the_table() for b in blocks)


def _stayed(blocks: list[str]) -> Check:
    """Each of `blocks` still in the bowl (or wherever) its tower stood on at the start."""
    return lambda i, f: all(f.base(b) == i.base(b) for b in blocks)


def _best_spread(existing: list[int], k: int, total: bool) -> int | None:
    best = None
    for v in product(range(k + 1), repeat=len(existing)):
        if sum(v) != k or any(e + x > CAP for e, x in zip(existing, v)):
            continue
        vals = [e + x for e, x in zip(existing, v)] if total else list(v)
        best = max(vals) - min(vals) if best is None else min(best, max(vals) - min(vals))
    return best


def _even(moved: list[str], bowls: list[str], existing: list[int]) -> Check | None:
    """`moved` all go into `bowls`, as evenly as can be: either the moved blocks spread evenly, or the bowls'
    totals as even as they can get. None when they do not fit at all."""
    best_new, best_total = _best_spread(existing, len(moved), False), _best_spread(existing, len(moved), True)
    if best_new is None or best_total is None:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        if any(f.base(b) not in bowls for b in moved):
            return False
        new = [sum(f.base(b) == x for b in moved) for x in bowls]
        total = [_n(f, x) for x in bowls]
        return max(new) - min(new) <= best_new or max(total) - min(total) <= best_total

    return check


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _first(w: World, options: list[tuple[str, Check] | None]) -> Made:
    """One of the options that suit the scene, picked at random."""
    opts = [o for o in options if o is not None]
    w.rng.shuffle(opts)
    for text, check in opts:
        made = _made(w, text, check)
        if made:
            return made
    return None


def _choice(w: World, items: list):
    return w.rng.choice(items) if items else None


# ----- every: use every bowl, leave none empty --------------------------------------------------------------
def t173_imp_every(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    opts = [("Use every bowl: none of them should end up without a block.", _act(_none_empty()))]
    if not _filled(s):
        opts.append(("Put a block in every bowl.", _act(_none_empty())))
    else:
        opts.append(("Put a block in each bowl that is still empty.", _act(_none_empty())))
    return _first(w, opts)


def t173_dec_every(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    texts = ["No bowl is empty.", "Every bowl has at least one block in it.",
             f"{_cap(_list(w.pick(w.bowls, len(w.bowls))))} each hold at least one block."]
    return _first(w, [(t, _act(_none_empty())) for t in texts])


def t173_des_every(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    texts = ["I want every bowl to have at least one block in it.", "I'd like none of the bowls to be left empty.",
             "Make it so that there is at least one block in each bowl."]
    return _first(w, [(t, _act(_none_empty())) for t in texts])


def t173_qua_every(w: World) -> Made:
    s, nb, n = w.state, len(w.bowls), len(w.blocks)
    if nb < 2:
        return None
    opts: list[tuple[str, Check] | None] = []
    if 2 * nb <= n:
        opts += [("Every bowl should hold at least two blocks.", _act(_each(2))),
                 ("Make sure each bowl holds two blocks or more.", _act(_each(2)))]
    if n <= CAP * nb:
        opts += [("Put all the blocks into the bowls so that no bowl is empty.", _act(_all_in(), _none_empty())),
                 (f"All {_num(len(s.blocks))} blocks should go into bowls, and every bowl should end up with at "
                  "least one.", _act(_all_in(), _none_empty()))]
    return _first(w, opts)


def t173_neg_every(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    texts = ["Don't leave any bowl empty.", "No bowl should be left without a block.",
             "Make sure not a single bowl is empty."]
    return _first(w, [(t, _act(_none_empty())) for t in texts])


def t173_rel_every(w: World) -> Made:
    s = w.state
    empties, outside = _empties(s), _table(s)
    if not empties or len(outside) < len(empties):
        return None

    def check(i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(e)) == 1 and i.base(f.in_bowl(e)[0]) not in i.bowls for e in empties)

    texts = ["Put one of the blocks that are not in a bowl into each bowl that has nothing in it.",
             "Each empty bowl should get exactly one of the blocks lying outside the bowls.",
             "Fill every bowl that is empty with a single block taken from the ones on the table."]
    return _first(w, [(t, _act(check)) for t in texts])


def t173_keep_every(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    empties, outside, inside = _empties(s), _table(s), s.in_bowls()
    opts: list[tuple[str, Check] | None] = []
    x = _choice(w, _grounded(s))
    if x and len(outside) - 1 >= len(empties):
        opts.append((f"Make sure every bowl has a block in it, but leave the {x} where it is.",
                     _act(_none_empty(), kept(x))))
    if inside and len(outside) >= len(empties):
        opts.append(("See that no bowl is empty, without moving any block that is already in a bowl.",
                     _act(_none_empty(), kept(*inside))))
    return _first(w, opts)


def t173_multi_every(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    outside = _table(s)
    opts: list[tuple[str, Check] | None] = []
    x = _choice(w, outside)
    if x:
        y = w.rng.choice(w.bowls)
        others_empty = [e for e in _empties(s) if e != y]
        if _room(s, y) and len(outside) - 1 >= len(others_empty):
            opts.append((f"First put the {x} in the {y}, then make sure every other bowl has a block as well.",
                         _act(_in([x], y), _none_empty())))
    if s.in_bowls():
        opts.append(("Take every block out of the bowls and set it on the table; then put exactly one block in "
                     "each bowl.", _act(_each(1, 1))))
    return _first(w, opts)


def t173_q_every(w: World) -> Made:
    s = w.state
    empties = _empties(s)
    if len(w.bowls) == 1:
        return f"Is the {w.bowls[0]} empty?", answered(yes(bool(empties)))
    return w.rng.choice([
        ("Is any bowl empty?", answered(yes(bool(empties)))),
        ("Does every bowl have a block in it?", answered(yes(not empties))),
        ("How many bowls have nothing in them?", answered(str(len(empties)))),
        ("How many of the bowls have at least one block in them?", answered(str(len(w.bowls) - len(empties)))),
    ])


def t173_match_every(w: World) -> Made:
    pairs = _pairs(w)
    if len(w.bowls) < 2 or not pairs:
        return None
    lonely = [x for x in w.bowls if x not in {p[1] for p in pairs}]
    if len(lonely) > len(_odd_blocks(w)):
        return None
    check = _act(rels(*matching(w)), _none_empty())
    texts = ["Put each block into the bowl of its own colour, and don't leave any bowl empty.",
             "Sort the blocks into the bowls that match their colours; every bowl should end up with at least one "
             "block."]
    return _first(w, [(t, check) for t in texts])


# ----- spare: keep a bowl free --------------------------------------------------------------------------
def t173_imp_spare(w: World) -> Made:
    s = w.state
    full = _filled(s)
    if not full:
        return None

    def check(i: SymState, f: SymState) -> bool:
        for x in full:
            was = i.in_bowl(x)
            if (not f.in_bowl(x) and _to_table(was)(i, f)
                    and all(f.base(b) == i.base(b) for b in i.blocks if b not in was)):
                return True
        return False

    if len(full) == 1 and len(w.bowls) == 1:
        texts = [f"Empty the {full[0]} and put what was in it on the table."]
    elif len(full) == 1:
        texts = ["Empty the only bowl that has blocks in it, and put those blocks on the table."]
    else:
        texts = ["Empty one of the bowls onto the table; any bowl that has blocks in it will do."]
        if not _empties(s):
            texts.append("Free up a bowl: take the blocks out of one of them and set them on the table.")
    return _first(w, [(t, _act(check)) for t in texts])


def t173_dec_spare(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != x]
    check = _act(_empty(x), lambda _i, f: all(f.in_bowl(o) for o in others))
    texts = [f"The {x} is the only empty bowl.", f"Every bowl except the {x} has a block in it, and the {x} is empty.",
             f"The {x} holds nothing, while each of the other bowls holds at least one block."]
    return _first(w, [(t, check) for t in texts])


def t173_des_spare(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    outside = _table(s)
    if not outside:
        return None
    r = w.rng.choice(outside)
    opts = [(f"I'd like the {r} in a bowl, but I want one bowl to end up empty.", _act(_in_some([r]), _some_empty())),
            (f"I want at least one bowl with nothing in it, and the {r} in one of the others.",
             _act(_in_some([r]), _some_empty()))]
    if len(outside) >= 2:
        r2 = w.rng.choice([b for b in outside if b != r])
        opts.append((f"Make it so that the {r} and the {r2} are both in bowls, with one bowl empty.",
                     _act(_in_some([r, r2]), _some_empty())))
    return _first(w, opts)


def t173_qua_spare(w: World) -> Made:
    nb, n = len(w.bowls), len(w.blocks)
    if nb < 2 or n > CAP * (nb - 1):
        return None
    opts = [("Put all the blocks in the bowls, but keep one bowl free.", _act(_all_in(), _some_empty())),
            ("Every block should end up in a bowl, with one of the bowls left with nothing in it.",
             _act(_all_in(), _some_empty()))]
    if nb == 3:
        opts.append((f"Put all {_num(n)} blocks into bowls so that exactly one bowl is empty.",
                     _act(_all_in(), _some_empty(1))))
    return _first(w, opts)


def t173_neg_spare(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    x, r = _choice(w, _empties(s)), _choice(w, _table(s))
    if len(w.bowls) >= 2 and x and r:
        opts.append((f"Put the {r} in a bowl, but not in the {x}: that one has to stay empty.",
                     _act(_in_some([r], (x,)), _empty(x))))
    y = _choice(w, _filled(s))
    if y:
        opts += [(f"Don't leave anything in the {y}, and don't put any of it in the bin.", _act(_empty(y))),
                 (f"The {y} must not have any blocks in it; don't throw them away, though.", _act(_empty(y)))]
    return _first(w, opts)


def t173_rel_spare(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    r = _choice(w, s.in_bowls())
    if r:
        bowl = s.base(r)
        opts.append((f"Take everything out of the bowl the {r} is in and put it on the table.",
                     _act(_empty(bowl), _to_table(s.in_bowl(bowl)))))
    near = _by_robot(w, False)
    if near and s.in_bowl(near):
        opts.append(("Clear out the bowl nearest the robot: everything in it goes on the table.",
                     _act(_empty(near), _to_table(s.in_bowl(near)))))
    most = _most(s)
    if most:
        opts.append(("Empty the bowl that holds the most blocks, putting them on the table.",
                     _act(_empty(most), _to_table(s.in_bowl(most)))))
    return _first(w, opts)


def t173_keep_spare(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    x, y = _choice(w, _empties(s)), _choice(w, _table(s))
    if len(w.bowls) >= 2 and x and y and any(_room(s, b) for b in w.bowls if b != x):
        zs = [b for b in w.blocks if b != y and b not in s.above(y)]
        z = _choice(w, zs)
        if z:
            opts.append((f"Put the {y} in a bowl, but leave the {x} empty and the {z} where it is.",
                         _act(_in_some([y], (x,)), _empty(x), kept(z))))
    f = _choice(w, _filled(s))
    if f:
        inside = s.in_bowl(f)
        opts.append((f"Empty the {f} onto the table, and leave every other block where it is.",
                     _act(_empty(f), _to_table(inside), kept(*(b for b in w.blocks if b not in inside)))))
    return _first(w, opts)


def t173_multi_spare(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    x = _choice(w, _filled(s))
    if not x:
        return None
    inside = s.in_bowl(x)
    y = _choice(w, [b for b in w.blocks if b not in inside])
    z = _choice(w, [b for b in w.bowls if b != x and _room(s, b)])
    if not y or not z or s.base(y) == z:
        return None
    return _first(w, [
        (f"First move the blocks in the {x} onto the table, then put the {y} in the {z}.",
         _act(_empty(x), _to_table(inside), _in([y], z))),
        (f"Put the {y} in the {z}, and after that make sure the {x} is empty.", _act(_in([y], z), _empty(x))),
    ])


def t173_q_spare(w: World) -> Made:
    s = w.state
    empties = _empties(s)
    x = w.rng.choice(w.bowls)
    opts = [("Is there a bowl with nothing in it?", answered(yes(bool(empties)))),
            (f"Is the {x} empty?", answered(yes(x in empties)))]
    if len(w.bowls) >= 2:
        opts.append(("How many bowls are empty?", answered(str(len(empties)))))
    return w.rng.choice(opts)


def t173_match_spare(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    only_matching = _act(rels(*matching(w)), lambda _i, f: all(
        w.colour(b) == w.colour(f.base(b)) for b in f.blocks if f.base(b) in f.bowls))
    opts: list[tuple[str, Check] | None] = [
        ("Put each block in the bowl of its own colour, and keep the bowls free of any block that does not match "
         "them.", only_matching)]
    free = [x for x in w.bowls if x not in {p[1] for p in pairs}]
    x = _choice(w, free)
    if x and len(w.bowls) >= 2:
        opts += [("Put each block in the bowl of its own colour, but keep one bowl free.",
                  _act(rels(*matching(w)), _some_empty())),
                 (f"Sort the blocks into the bowls of their colours and leave the {x} empty.",
                  _act(rels(*matching(w)), _empty(x)))]
    return _first(w, opts)


# ----- exact: exact counts per bowl -----------------------------------------------------------------------
def t173_imp_exact(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.bowls)
    c = _n(s, x)
    opts: list[tuple[str, Check] | None] = []
    k = w.rng.choice([v for v in (1, 2, 3) if v != c])
    if c == 0:
        opts.append((f"Put exactly {_blocks(k)} in the {x}.", _act(_count(x, k))))
    opts.append((f"Make sure the {x} holds exactly {_blocks(k)}, no more and no fewer.", _act(_count(x, k))))
    if c >= 2:
        left = w.rng.randint(1, c - 1)
        verb = "is" if left == 1 else "are"
        opts.append((f"Take blocks out of the {x} until only {_num(left)} {verb} left.",
                     _act(_count(x, left), lambda i, f: set(f.in_bowl(x)) <= set(i.in_bowl(x)))))
    return _first(w, opts)


def t173_dec_exact(w: World) -> Made:
    s, n = w.state, len(w.blocks)
    if len(w.bowls) == 1:
        x = w.bowls[0]
        k = w.rng.choice([v for v in (1, 2, 3) if v != _n(s, x)])
        return _made(w, f"The {x} holds exactly {_blocks(k)}.", _act(_count(x, k)))
    x, y = w.pick(w.bowls, 2)
    k, m = w.rng.randint(1, 3), w.rng.randint(1, 2)
    opts: list[tuple[str, Check] | None] = [("Each bowl holds exactly one block.", _act(_each(1, 1)))]
    if k + m <= n:
        opts.append((f"The {x} holds exactly {_blocks(k)} and the {y} holds exactly {_blocks(m)}.",
                     _act(_count(x, k), _count(y, m))))
    return _first(w, opts)


def t173_des_exact(w: World) -> Made:
    n, nb = len(w.blocks), len(w.bowls)
    if nb < 2:
        return None
    x, y = w.pick(w.bowls, 2)
    k, m = w.rng.randint(1, 3), w.rng.randint(1, 3)
    opts: list[tuple[str, Check] | None] = [
        (f"I'd like the {x} to end up with twice as many blocks as the {y}.",
         _act(lambda _i, f: _n(f, y) >= 1 and _n(f, x) == 2 * _n(f, y)))]
    if k + m <= n:
        opts.append((f"I want {_blocks(k)} in the {x} and {_blocks(m)} in the {y}.", _act(_count(x, k), _count(y, m))))
    if 2 * nb <= n:
        opts.append(("What I'd like is for every bowl to hold exactly two blocks.", _act(_each(2, 2))))
    return _first(w, opts)


def t173_qua_exact(w: World) -> Made:
    def check(_i: SymState, f: SymState) -> bool:
        return all(_n(f, x) == 1 for x in f.bowls) and all(
            f.base(b) == BIN for b in f.blocks if f.base(b) not in f.bowls)

    if len(w.bowls) == 1:
        texts = [f"Put exactly one block in the {w.bowls[0]} and every other block in the bin."]
    else:
        texts = ["Give the bowls one block each, and put the rest in the bin.",
                 "Put exactly one block in every bowl and all the other blocks in the bin."]
    return _first(w, [(t, _act(check, bin_ok=True)) for t in texts])


def t173_neg_exact(w: World) -> Made:
    s, nb, n = w.state, len(w.bowls), len(w.blocks)
    opts: list[tuple[str, Check] | None] = []
    if nb >= 2:
        opts.append(("No bowl should hold more than two blocks, and none should be empty.", _act(_each(1, 2))))
        if 2 * nb <= n:
            opts.append(("Leave no bowl with fewer than two blocks.", _act(_each(2))))
        if any(_n(s, x) > 1 for x in w.bowls):
            opts.append(("Don't let any bowl hold more than one block.", _act(_each(0, 1))))
    elif _n(s, w.bowls[0]) > 1:
        opts.append((f"Don't leave more than one block in the {w.bowls[0]}.", _act(_each(0, 1))))
    return _first(w, opts)


def t173_rel_exact(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    r = _choice(w, s.in_bowls())
    if r:
        bowl = s.base(r)
        k = w.rng.choice([v for v in (1, 2, 3) if v != _n(s, bowl)])
        opts.append((f"Make the bowl the {r} is in hold exactly {_blocks(k)}.", _act(_count(bowl, k))))
    near = _by_robot(w, False)
    if near and _n(s, near) < 3:
        k = w.rng.randint(_n(s, near) + 1, 3)
        opts.append((f"Add blocks to the bowl nearest the robot until it holds exactly {_blocks(k)}.",
                     _act(_count(near, k), _stayed(s.in_bowl(near)))))
    far = _by_robot(w, True)
    if far and not s.in_bowl(far):
        opts.append(("Put exactly one block in the bowl farthest from the robot.", _act(_count(far, 1))))
    return _first(w, opts)


def t173_keep_exact(w: World) -> Made:
    s, n = w.state, len(w.blocks)
    opts: list[tuple[str, Check] | None] = []
    empties, inside = _empties(s), s.in_bowls()
    if len(w.bowls) >= 2 and empties and inside and len(_table(s)) >= len(empties):
        opts.append(("Put exactly one block in each empty bowl, and leave the blocks that are already in bowls "
                     "where they are.", _act(lambda _i, f: all(_n(f, e) == 1 for e in empties), kept(*inside))))
    x = w.rng.choice(w.bowls)
    c = _n(s, x)
    k = w.rng.choice([v for v in (1, 2, 3) if v != c])
    zs = [b for b in w.blocks if s.base(b) != x and (s.support[b] in (TABLE, *PLACES) or s.base(b) in w.bowls)]
    z = _choice(w, zs)
    if z and (k < c or n - c - 1 >= k - c):
        opts.append((f"Make the {x} hold exactly {_blocks(k)}, but don't move the {z}.",
                     _act(_count(x, k), kept(z))))
    return _first(w, opts)


def t173_multi_exact(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    y = w.rng.choice(w.bowls)
    x = _choice(w, [b for b in w.blocks if s.base(b) != y])
    if x and _n(s, y) <= 1:
        opts.append((f"First put the {x} in the {y}, then add blocks to it until it holds exactly three.",
                     _act(_in([x], y), _stayed(s.in_bowl(y)), _count(y, 3))))
    e = _choice(w, _filled(s))
    if e:
        k = w.rng.choice([v for v in (1, 2, 3) if v != _n(s, e)])
        opts.append((f"Empty the {e} onto the table first; after that, put exactly {_blocks(k)} into it.",
                     _act(_count(e, k))))
    return _first(w, opts)


def t173_q_exact(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.bowls)
    c = _n(s, x)
    k = w.rng.choice(sorted({c, c + 1, max(1, c - 1)} - {0}))
    opts = [(f"How many blocks are in the {x}?", answered(str(c))),
            (f"Does the {x} hold exactly {_blocks(k)}?", answered(yes(c == k)))]
    if len(w.bowls) >= 2:
        opts.append(("How many bowls hold exactly one block?", answered(str(sum(_n(s, b) == 1 for b in w.bowls)))))
    return w.rng.choice(opts)


def t173_match_exact(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    check = _act(lambda _i, f: all(f.in_bowl(x) == [b] for b, x in pairs))
    texts = ["Put each block into the bowl of its own colour, and make sure each of those bowls holds only that "
             "block.", "Every block that has a bowl of its colour should end up alone in that bowl."]
    return _first(w, [(t, check) for t in texts])


# ----- share: spread and share out ------------------------------------------------------------------------
def t173_imp_share(w: World) -> Made:
    s = w.state
    outside = _table(s)
    if len(w.bowls) < 2 or len(outside) < 2:
        return None
    even = _even(outside, w.bowls, [_n(s, x) for x in w.bowls])
    if even is None:
        return None
    texts = ["Spread the blocks that are on the table over the bowls as evenly as you can.",
             "Share the blocks that are not in a bowl out among the bowls, as evenly as possible."]
    if len(w.bowls) == 2:
        texts.append(f"Divide the blocks lying on the table between the {w.bowls[0]} and the {w.bowls[1]} as evenly "
                     "as you can.")
    return _first(w, [(t, _act(even)) for t in texts])


def t173_dec_share(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x, y = w.pick(w.bowls, 2)
    equal = _act(lambda _i, f: len({_n(f, b) for b in f.bowls}) == 1, _none_empty())
    return _first(w, [
        ("Each bowl holds the same number of blocks, and none of them is empty.", equal),
        ("All the bowls have equally many blocks in them, at least one each.", equal),
        (f"The {x} and the {y} hold the same number of blocks, and neither is empty.",
         _act(lambda _i, f: _n(f, x) == _n(f, y) >= 1)),
    ])


def t173_des_share(w: World) -> Made:
    n = len(w.blocks)
    if len(w.bowls) < 2:
        return None
    x, y = w.pick(w.bowls, 2)
    both_ = _in_some(w.blocks)
    if n % 2 == 0:
        text = w.rng.choice([f"I'd like all the blocks shared between the {x} and the {y}, half in each.",
                             f"I want the blocks split evenly between the {x} and the {y}, all of them."])
        return _made(w, text, _act(lambda i, f: both_(i, f) and {f.base(b) for b in f.blocks} <= {x, y}
                                   and _n(f, x) == _n(f, y)))
    text = (f"I want all the blocks split between the {x} and the {y}, with one more in the {x} than in the "
            f"{y}.")
    return _made(w, text, _act(lambda i, f: both_(i, f) and {f.base(b) for b in f.blocks} <= {x, y}
                               and _n(f, x) == _n(f, y) + 1))


def t173_qua_share(w: World) -> Made:
    nb, n = len(w.bowls), len(w.blocks)
    if nb < 2 or n > CAP * nb:
        return None
    k = -(-n // nb)
    return _first(w, [
        ("Share all the blocks among the bowls so that every bowl gets at least one.", _act(_all_in(), _none_empty())),
        (f"Put every block in a bowl, with no more than {_num(k)} in any one bowl.", _act(_all_in(), _each(0, k))),
    ])


def t173_neg_share(w: World) -> Made:
    s = w.state
    outside, counts = _table(s), [_n(s, x) for x in w.bowls]
    if not outside:
        return None
    opts: list[tuple[str, Check] | None] = []
    if max(counts) <= 2 and sum(2 - c for c in counts) >= len(outside):
        opts.append(("Put the blocks that are not in a bowl into the bowls, but never more than two in the same "
                     "bowl.", _act(_in_some(outside), _each(0, 2))))
    if len(w.bowls) >= 2 and len(_empties(s)) <= len(outside) and sum(CAP - c for c in counts) >= len(outside):
        opts.append(("Spread the blocks on the table over the bowls without leaving any bowl empty.",
                     _act(_in_some(outside), _none_empty())))
    return _first(w, opts)


def t173_rel_share(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    outside = _table(s)
    if len(w.bowls) >= 2 and outside:
        nearest: dict[str, str] = {}
        for b in outside:
            order = sorted(w.bowls, key=lambda x: w.dist(b, x))
            if w.dist(b, order[1]) - w.dist(b, order[0]) < 0.03:
                break
            nearest[b] = order[0]
        else:
            if all(_n(s, x) + sum(v == x for v in nearest.values()) <= CAP for x in w.bowls):
                check = _act(lambda _i, f: all(f.base(b) == x for b, x in nearest.items()))
                opts += [("Put each block that is not in a bowl into the bowl nearest to it.", check),
                         ("Every block outside the bowls goes into whichever bowl is closest to it.", check)]
    tops = [b for b in w.blocks if s.support[b] in s.support]
    if 2 <= len(tops) <= len(w.bowls) and all(_n(s, x) <= 3 for x in w.bowls):
        opts.append(("Take the blocks that are sitting on other blocks and put them in the bowls, a different bowl "
                     "for each.", _act(_in_some(tops), lambda _i, f: len({f.base(b) for b in tops}) == len(tops))))
    return _first(w, opts)


def t173_keep_share(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2:
        return None
    outside, inside = _table(s), s.in_bowls()
    existing = [_n(s, x) for x in w.bowls]
    opts: list[tuple[str, Check] | None] = []
    x = _choice(w, _grounded(s))
    rest = [b for b in outside if b != x]
    if x and len(rest) >= 2:
        even = _even(rest, w.bowls, existing)
        if even:
            opts.append((f"Share the blocks on the table out among the bowls as evenly as you can, but leave the {x} "
                         "where it is.", _act(even, kept(x))))
    if inside and len(outside) >= 2:
        even = _even(outside, w.bowls, existing)
        if even:
            opts.append(("Spread the blocks that are not in a bowl over the bowls as evenly as you can, and leave the "
                         "blocks already in bowls alone.", _act(even, kept(*inside))))
    return _first(w, opts)


def t173_multi_share(w: World) -> Made:
    s = w.state
    outside = _table(s)
    if len(w.bowls) < 2 or len(outside) < 3:
        return None
    x, y = w.rng.choice(outside), w.rng.choice(w.bowls)
    if not _room(s, y):
        return None
    rest = [b for b in outside if b != x]
    if len(w.bowls) == 3:
        others = [b for b in w.bowls if b != y]
        even = _even(rest, others, [_n(s, b) for b in others])
        text = (f"First put the {x} in the {y}, then spread the rest of the blocks on the table over the other two "
                "bowls as evenly as you can.")
    else:
        even = _even(rest, w.bowls, [_n(s, b) + (b == y) for b in w.bowls])
        text = (f"Put the {x} in the {y} first; then share the rest of the blocks on the table between the two bowls "
                "as evenly as you can.")
    return None if even is None else _made(w, text, _act(_in([x], y), even))


def t173_q_share(w: World) -> Made:
    s = w.state
    outside = _table(s)
    return w.rng.choice([
        ("How many blocks are not in any bowl?", answered(str(len(outside)))),
        ("How many blocks are in the bowls altogether?", answered(str(len(s.in_bowls())))),
        ("Are there more blocks outside the bowls than there are bowls?", answered(yes(len(outside) > len(w.bowls)))),
    ])


def t173_match_share(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    odd = _odd_blocks(w)
    matched = {p[1] for p in pairs}
    opts: list[tuple[str, Check] | None] = [
        ("Share the blocks out by colour: every block whose colour matches a bowl goes into that bowl.",
         _act(rels(*matching(w))))]
    x = w.rng.choice(w.bowls)
    if odd and (x in matched) + len(odd) <= CAP:
        opts.append((f"Put each block in the bowl of its own colour, and any block with no bowl of its colour in the "
                     f"{x}.", _act(rels(*matching(w)), _in(odd, x))))
    return _first(w, opts)


# ----- pack: into as few bowls as possible ------------------------------------------------------------------
def t173_imp_pack(w: World) -> Made:
    n = len(w.blocks)
    m = -(-n // CAP)
    if len(w.bowls) < m:
        return None
    opts: list[tuple[str, Check] | None] = [
        ("Pack all the blocks into as few bowls as you can.", _act(_all_in(), _used_at_most(m)))]
    if n <= CAP:
        opts.append(("Put all the blocks together in a single bowl.", _act(_together(w.blocks))))
    return _first(w, opts)


def t173_dec_pack(w: World) -> Made:
    n = len(w.blocks)
    if n <= CAP:
        return _first(w, [("All the blocks are in one bowl.", _act(_together(w.blocks))),
                          ("Every block is in the same bowl.", _act(_together(w.blocks)))])
    if len(w.bowls) >= 2:
        return _made(w, "Every block is in a bowl, and only two bowls have blocks in them.",
                     _act(_all_in(), lambda _i, f: len(_filled(f)) == 2))
    return None


def _roomy(s: SymState, k: int) -> bool:
    return any(_room(s, x, k) for x in s.bowls)


def t173_des_pack(w: World) -> Made:
    s, n = w.state, len(w.blocks)
    m = -(-n // CAP)
    outside = _table(s)
    opts: list[tuple[str, Check] | None] = []
    if len(w.bowls) >= m:
        opts.append(("I'd like all the blocks in the bowls, using as few bowls as possible.",
                     _act(_all_in(), _used_at_most(m))))
    if len(outside) >= 2 and _roomy(s, len(outside)):
        opts.append(("I want the blocks that are outside the bowls packed together into one bowl.",
                     _act(_together(outside))))
    return _first(w, opts)


def t173_qua_pack(w: World) -> Made:
    s, n = w.state, len(w.blocks)
    m = -(-n // CAP)
    outside = _table(s)
    opts: list[tuple[str, Check] | None] = []
    if len(outside) >= 2 and _roomy(s, len(outside)):
        opts.append(("Gather all the blocks that are on the table into one bowl.", _act(_together(outside))))
    if len(w.bowls) > m:
        limit = "just one of them" if m == 1 else f"no more than {_num(m)} of them"
        opts.append((f"Put all {_num(n)} blocks into the bowls, using {limit}.", _act(_all_in(), _used_at_most(m))))
    return _first(w, opts)


def t173_neg_pack(w: World) -> Made:
    n, nb = len(w.blocks), len(w.bowls)
    m = -(-n // CAP)
    opts: list[tuple[str, Check] | None] = []
    x = w.rng.choice(w.bowls)
    if nb >= 2 and nb - 1 >= m:
        opts.append((f"Pack the blocks into as few bowls as you can, but don't use the {x}.",
                     _act(_all_in((x,)), _used_at_most(m))))
    if n <= CAP:
        if nb >= 2:
            opts.append((f"Put all the blocks in one bowl, but not in the {x}.", _act(_together(w.blocks, (x,)))))
        opts.append(("Don't spread the blocks out: put every one of them in the same bowl.",
                     _act(_together(w.blocks))))
    return _first(w, opts)


def t173_rel_pack(w: World) -> Made:
    s, n = w.state, len(w.blocks)
    outside = _table(s)
    opts: list[tuple[str, Check] | None] = []
    r = _choice(w, s.in_bowls())
    if r and outside and _room(s, s.base(r), len(outside)):
        bowl = s.base(r)
        text = (f"Put the blocks that are not in a bowl into the bowl the {r} is in." if len(outside) >= 2 else
                f"Put every block outside the bowls into the bowl that already holds the {r}.")
        opts.append((text, _act(_in(outside, bowl))))
    if n <= CAP:
        near = _by_robot(w, False)
        if near:
            opts.append(("Pack all the blocks into the bowl nearest the robot.", _act(_in(w.blocks, near))))
        most = _most(s)
        if most:
            opts.append(("Move every block into the bowl that already holds the most blocks.",
                         _act(_in(w.blocks, most))))
    return _first(w, opts)


def t173_keep_pack(w: World) -> Made:
    s, n = w.state, len(w.blocks)
    outside = _table(s)
    opts: list[tuple[str, Check] | None] = []
    x = _choice(w, _filled(s))
    if x and len(outside) >= 2 and _roomy(s, len(outside)):
        opts.append((f"Pack the blocks that are not in a bowl into one bowl, but leave the blocks in the {x} where "
                     "they are.", _act(_together(outside), kept(*s.in_bowl(x)))))
    m = -(-n // CAP)
    z = _choice(w, s.in_bowls())
    if z and len(w.bowls) >= m:
        opts.append((f"Put all the blocks in as few bowls as you can, but leave the {z} where it is.",
                     _act(_all_in(), _used_at_most(m), kept(z))))
    return _first(w, opts)


def t173_multi_pack(w: World) -> Made:
    s, n = w.state, len(w.blocks)
    outside = _table(s)
    opts: list[tuple[str, Check] | None] = []
    y = w.rng.choice(w.bowls)
    x = _choice(w, [b for b in w.blocks if s.base(b) != y])
    if n <= CAP and x:
        opts.append((f"First put the {x} in the {y}, then put every other block in the {y} too.",
                     _act(_in(w.blocks, y))))
    e = _choice(w, [b for b in _filled(s) if b != y])
    if e and outside and _room(s, y, _n(s, e) + len(outside)):
        opts.append((f"Start by moving the blocks in the {e} into the {y}; then put the blocks that are not in any "
                     f"bowl in the {y} as well.", _act(_in(s.in_bowl(e) + outside, y))))
    return _first(w, opts)


def t173_q_pack(w: World) -> Made:
    s = w.state
    full = _filled(s)
    opts = [("How many bowls have at least one block in them?", answered(str(len(full)))),
            ("Is every block in a bowl?", answered(yes(not _table(s))))]
    if len(w.bowls) >= 2 and full:
        opts.append(("Are all the blocks that are in bowls in the same bowl?", answered(yes(len(full) == 1))))
    return w.rng.choice(opts)


def t173_match_pack(w: World) -> Made:
    pairs, odd = _pairs(w), _odd_blocks(w)
    if not pairs or len(odd) < 2:
        return None
    matched = {p[1] for p in pairs}
    if not any((x in matched) + len(odd) <= CAP for x in w.bowls):
        return None
    check = _act(rels(*matching(w)), _together(odd))
    return _first(w, [
        ("Put each block in the bowl of its own colour, and put all the blocks that have no bowl of their colour "
         "together in one bowl.", check),
        ("Sort the blocks into the bowls that match their colours, and pack the blocks whose colour matches no bowl "
         "into a single bowl.", check),
    ])


# ----- picked: a bowl picked by where it is or what it holds ---------------------------------------------------
def _target(w: World, block: str, avoid: tuple[str, ...] = (), k: int = 1) -> tuple[str, str] | None:
    s = w.state
    options = [(x, p) for x, p in _picks(w, (block, *avoid)) if s.base(block) != x and _room(s, x, k)]
    return _choice(w, options)


def t173_imp_picked(w: World) -> Made:
    r = w.rng.choice(w.blocks)
    got = _target(w, r)
    if not got:
        return None
    bowl, phrase = got
    text = w.rng.choice([f"Put the {r} in {phrase}.", f"Move the {r} into {phrase}.", f"Drop the {r} into {phrase}."])
    return _made(w, text, _act(_in([r], bowl)))


def t173_dec_picked(w: World) -> Made:
    r, r2 = w.pick(w.blocks, 2)
    opts: list[tuple[str, Check] | None] = []
    got = _target(w, r)
    if got:
        opts.append((f"The {r} is in {got[1]}.", _act(_in([r], got[0]))))
    got2 = _target(w, r, (r2,), 2)
    if got2 and w.state.base(r2) != got2[0]:
        opts.append((f"{_cap(got2[1])} holds the {r} and the {r2}.", _act(_in([r, r2], got2[0]))))
    return _first(w, opts)


def t173_des_picked(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    got = _choice(w, _picks(w))
    if got:
        c = _n(s, got[0])
        k = w.rng.choice([v for v in (1, 2, 3) if v != c])
        opts.append((f"I want {got[1]} to end up with exactly {_blocks(k)} in it.", _act(_count(got[0], k))))
    most = _most(s)
    r = _choice(w, [b for b in w.blocks if s.base(b) != most])
    if most and r and _room(s, most):
        opts.append((f"I'd like the {r} in whichever bowl holds the most blocks.", _act(_in([r], most))))
    return _first(w, opts)


def t173_qua_picked(w: World) -> Made:
    s = w.state
    outside = _table(s)
    if len(outside) < 2:
        return None
    got = _choice(w, [(x, p) for x, p in _picks(w) if _room(s, x, len(outside))])
    if not got:
        return None
    text = w.rng.choice([f"Put all the blocks that are not in a bowl into {got[1]}.",
                         f"Every block outside the bowls should go into {got[1]}."])
    return _made(w, text, _act(_in(outside, got[0])))


def t173_neg_picked(w: World) -> Made:
    s = w.state
    r = _choice(w, _table(s))
    if not r or len(w.bowls) < 2:
        return None
    got = _choice(w, [(x, p) for x, p in _picks(w, (r,)) if any(_room(s, b) for b in w.bowls if b != x)])
    if not got:
        return None
    text = w.rng.choice([f"Put the {r} in a bowl, but not in {got[1]}.", f"Put the {r} in any bowl except {got[1]}."])
    return _made(w, text, _act(_in_some([r], (got[0],))))


def t173_rel_picked(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    held = _choice(w, s.in_bowls())
    if held:
        bowl = s.base(held)
        r = _choice(w, [b for b in w.blocks if s.base(b) != bowl])
        if r and _room(s, bowl):
            text = w.rng.choice([f"Put the {r} in the bowl that holds the {held}.",
                                 f"Put the {r} into the same bowl as the {held}."])
            opts.append((text, _act(_in([r], bowl))))
    pair = _choice(w, w.pairs())
    if pair:
        top, below = pair
        got = _target(w, top, (below,))
        if got:
            opts.append((f"Put the block that is on top of the {below} into {got[1]}.", _act(_in([top], got[0]))))
    return _first(w, opts)


def t173_keep_picked(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    r = _choice(w, w.clear_blocks())
    if r:
        got = _target(w, r)
        if got:
            opts.append((f"Put the {r} in {got[1]}, and leave everything else where it is.",
                         _act(_in([r], got[0]), kept(*(b for b in w.blocks if b != r)))))
    empties, outside = _empties(s), _table(s)
    if len(w.bowls) >= 2 and len(empties) == 1 and outside:
        r2 = w.rng.choice(outside)
        opts.append((f"Move the {r2} into the empty bowl, but don't disturb the blocks in the other bowls.",
                     _act(_in([r2], empties[0]), kept(*s.in_bowls()))))
    return _first(w, opts)


def t173_multi_picked(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    r, r2 = w.pick(w.blocks, 2)
    got = _target(w, r, (r2,))
    if got:
        opts.append((f"First put the {r} in {got[1]}, then put the {r2} on top of it.",
                     _act(_in([r], got[0]), lambda _i, f: f.support[r2] == r)))
    got = _choice(w, [(x, p) for x, p in _picks(w, (r,)) if s.in_bowl(x) and s.base(r) != x])
    if got:
        bowl, inside = got[0], s.in_bowl(got[0])
        opts.append((f"Take the blocks out of {got[1]} and put them on the table; then put the {r} in that bowl.",
                     _act(_to_table(inside), lambda _i, f: f.in_bowl(bowl) == [r])))
    return _first(w, opts)


def t173_q_picked(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check] | None] = []
    got = _choice(w, _picks(w, holds_=False))
    if got:
        inside = s.in_bowl(got[0])
        opts.append((f"How many blocks are in {got[1]}?", answered(str(len(inside)))))
        if len(inside) == 1:
            opts.append((f"What colour is the block in {got[1]}?", answered(w.colour(inside[0]))))
    r = _choice(w, [b for b in s.in_bowls() if w.colour(s.base(b)) != w.colour(b)])
    if r:
        opts.append((f"Which bowl is the {r} in?", answered(w.colour(s.base(r)))))
    opts = [o for o in opts if o]
    return w.rng.choice(opts) if opts else None


def t173_match_picked(w: World) -> Made:
    s = w.state
    pairs = [(b, x) for b, x in _pairs(w) if s.base(b) != x and _room(s, x)]
    if not pairs:
        return None
    b, x = w.rng.choice(pairs)
    phrases = [p for y, p in _picks(w, (b,)) if y == x] or (["the bowl"] if len(w.bowls) == 1 else [])
    if not phrases:
        return None
    phrase = w.rng.choice(phrases)
    text = w.rng.choice([f"Put the block that is the same colour as {phrase} into it.",
                         f"{_cap(phrase)} should get the block of its own colour."])
    return _made(w, text, _act(_in([b], x)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("every", "spare", "exact", "share", "pack", "picked")
FRESH173: list[Template] = [
    (f"t173_{short}_{style}", category, globals()[f"t173_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
