"""`FRESH135`, the hundred-and-thirty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: swaps, exchanges and rearrangements relative to what is there now. People describe the
goal by how it differs from the current scene: two blocks trade places, two bowls exchange
their contents, a tower is turned upside down, its bottom block goes on top, or a block is
slipped in underneath another one. Every goal is decided by the state before and the state
after: a block that must end "where the other one was" must rest on what the other rested on
(the same block), sit in the same bowl (anywhere in it), or stand directly on the table.
Blocks the request does not involve, and that need not move, must stay where they were.

- swap: two blocks in different bowls, or one in a bowl and one on the table, trade places
  ("Swap the red block and the blue block.").
- trade: two bowls exchange everything in them
  ("Exchange what's in the green bowl with what's in the yellow bowl.").
- flip: a tower is reversed ("Turn the tower upside down.").
- rotate: one end of a tower moves to the other end; the others keep their order where the
  sentence says so ("Take the bottom block of the tower and put it on top.").
- cross: the top block of a tower trades places with a block elsewhere
  ("Swap the red block on top of the green block with the blue block.").
- under: a block goes in underneath another one, which ends up on it where it stood
  ("Put the blue block under the red block.").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(By mistake the tester printed the first five docstring lines and the import lines of
`benchmarks/language_fresh133.py`; nothing else of it or of any other batch was read.)

Its first run (300 instructions, seed 0, on da41824, the code of 91da592, after every fix before it and before anything
it could prompt): 0.28 goal-correct (84 of 300), 162 refused, 7 asked, 47 wrong, thirty-four of them actions: 'put X under
Y' moved Y onto X instead of slipping X in where Y stood (fourteen times); 'put the bottom block of the stack on top' and
'move the top block to the bottom' left the rest of the tower on the table (eleven times); a tower turned upside down in a
bowl came out of the bowl (five times); 'swap every block in W with every block in V' swapped one pair; 'don't leave X on
Y: put Z there instead, and X where Z was' only took X off (twice); thirteen wrong replies to what-if questions ('if you
swapped X and Y, which bowl would X be in?'). Most refusals were swaps and trades said in other words ('trade places',
'the other way round', 'whatever is in W should be in V and vice versa', 'X where Y is now') and towers reversed in words
('restack in the opposite order', 'flip the stack topped by X').
"""

from __future__ import annotations

import itertools

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    kept,
    rels,
    yes,
)
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

Slot = tuple[str, str]  # ("on", block) | ("bowl", bowl) | ("table", "") | ("other", "")


# ----- where things are, and checks relative to the start ------------------------------------------
def _slot(st: SymState, b: str) -> Slot:
    """Where `b` rests now, as a person would say it: on a block, in a bowl or on the table."""
    s = st.support[b]
    if s in st.support:
        return ("on", s)
    if s in st.bowls:
        return ("bowl", s)
    if s == TABLE or s in PLACES:
        return ("table", "")
    return ("other", s)


def _at(f: SymState, b: str, slot: Slot) -> bool:
    kind, where = slot
    s = f.support.get(b)
    if kind == "on":
        return s == where
    if kind == "bowl":
        return s is not None and f.base(b) == where and f.held != b
    if kind == "table":
        return s in (TABLE, *PLACES)
    return False


def _done(*checks: Check) -> Check:
    """All of `checks`, and nothing left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _swapped(a: str, b: str) -> Check:
    """Each of `a` and `b` rests where the other rested at the start."""
    return lambda i, f: _at(f, a, _slot(i, b)) and _at(f, b, _slot(i, a))


def _restacked(base: str, order: list[str]) -> Check:
    """`order` (bottom up) is one stack whose bottom stands where `base` stood at the start."""
    return lambda i, f: (
        _at(f, order[0], _slot(i, base))
        and all(f.support[up] == down for down, up in itertools.pairwise(order))
    )


def _ended(chain: list[str], mover: str, on_top: bool) -> Check:
    """The blocks of `chain` are one stack standing where `chain[0]` stood, with `mover` at its top
    (or bottom); the order of the others is left open."""

    def check(i: SymState, f: SymState) -> bool:
        bottoms = [b for b in chain if f.support[b] not in chain]
        if len(bottoms) != 1 or not _at(f, bottoms[0], _slot(i, chain[0])):
            return False
        order = [bottoms[0]]
        while len(order) <= len(chain):
            ups = [b for b in f.on_top(order[-1]) if b in chain]
            if not ups:
                break
            order.append(ups[0])
        if len(order) != len(chain):
            return False
        return order[-1] == mover if on_top else order[0] == mover

    return check


def _traded(x: str, y: str) -> Check:
    """Everything that was in bowl `x` is in bowl `y` and the other way round."""

    def check(i: SymState, f: SymState) -> bool:
        moved = [(b, y) for b in i.in_bowl(x)] + [(b, x) for b in i.in_bowl(y)]
        return all(f.held != b and f.base(b) == to for b, to in moved)

    return check


def _rest_kept(w: World, *involved: str) -> Check:
    return kept(*[b for b in w.blocks if b not in involved])


# ----- what the scene offers -----------------------------------------------------------------------
def _towers(w: World) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first (standing on the table or in a bowl)."""
    st = w.state
    out = []
    for b in w.blocks:
        if st.support[b] not in st.support and st.on_top(b):
            out.append([b, *st.above(b)[::-1]])
    return out


def _loose(w: World) -> list[str]:
    """Clear blocks standing directly on the table."""
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _floor(w: World) -> list[str]:
    """Clear blocks standing directly on the floor of a bowl."""
    return [
        b
        for b in w.blocks
        if w.state.support[b] in w.state.bowls and w.state.is_clear(b)
    ]


def _tops(w: World) -> list[tuple[str, str]]:
    """(top, below) for the clear top block of every tower."""
    return [(t, u) for t, u in w.pairs() if w.state.is_clear(t)]


def _swap_pair(w: World) -> tuple[str, str] | None:
    """Two clear blocks, each on a bowl floor or on the table, not both on the table nor in one bowl."""
    cands = _floor(w) + _loose(w)
    pairs = [
        (a, b)
        for a in _floor(w)
        for b in cands
        if a != b and w.state.support[a] != w.state.support[b]
    ]
    return w.rng.choice(pairs) if pairs else None


def _full_bowls(w: World) -> list[str]:
    return [b for b in w.bowls if w.state.in_bowl(b)]


def _bowl_pair(w: World) -> tuple[str, str] | None:
    full = _full_bowls(w)
    if len(full) < 2:
        return None
    x, y = w.pick(full, 2)
    return x, y


def _tower_np(w: World, chain: list[str]) -> str:
    """A noun phrase for the tower `chain` that picks it out in this scene."""
    if len(_towers(w)) == 1:
        return w.rng.choice(["the tower", "the stack", "the stack of blocks"])
    top, bottom = chain[-1], chain[0]
    return w.rng.choice(
        [
            f"the tower with the {top} on top",
            f"the stack topped by the {top}",
            f"the stack with the {bottom} at the bottom",
        ]
    )


def _under_pair(w: World) -> tuple[str, str] | None:
    """(x, r): x clear and r clear, x not below r: put x under r."""
    st = w.state
    pairs = [
        (x, r)
        for r in w.clear_blocks()
        for x in w.clear_blocks()
        if x != r and st.support[r] != x and _slot(st, r)[0] != "other"
    ]
    return w.rng.choice(pairs) if pairs else None


def _others(w: World, *involved: str, clear: bool = True) -> list[str]:
    pool = w.clear_blocks() if clear else w.blocks
    return [b for b in pool if b not in involved]


def _sole(w: World, bowl: str) -> str | None:
    inside = w.state.in_bowl(bowl)
    return inside[0] if len(inside) == 1 else None


def _chain_where(w: World, chain: list[str]) -> str:
    s = w.state.support[chain[0]]
    return f"in the {s}" if s in w.state.bowls else "on the table"


# ----- imperative ----------------------------------------------------------------------------------
def t135_imp_swap(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"Swap the {a} and the {b}.",
            f"Switch the {b} with the {a}.",
            f"Make the {a} and the {b} trade places.",
        ]
    )
    return text, _done(_swapped(a, b), _rest_kept(w, a, b))


def t135_imp_trade(w: World) -> Made:
    pair = _bowl_pair(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Exchange what's in the {x} with what's in the {y}.",
            f"Swap the contents of the {x} and the {y}.",
            f"Switch the blocks in the {x} with the ones in the {y}.",
        ]
    )
    return text, _done(
        _traded(x, y), _rest_kept(w, *w.state.in_bowl(x), *w.state.in_bowl(y))
    )


def t135_imp_flip(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    text = w.rng.choice(
        [
            f"Turn {np_} upside down.",
            f"Reverse the order of {np_}.",
            f"Flip {np_} over: the {chain[-1]} should end up at the bottom and the {chain[0]} on top.",
        ]
    )
    return text, _done(_restacked(chain[0], chain[::-1]), _rest_kept(w, *chain))


def t135_imp_rotate(w: World) -> Made:
    towers = [c for c in _towers(w) if len(c) >= 3]
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Take the bottom block of {np_} and put it on top.",
                f"Pull the {chain[0]} out from the bottom of {np_} and set it on top instead.",
            ]
        )
        return text, _done(_ended(chain, chain[0], True), _rest_kept(w, *chain))
    text = w.rng.choice(
        [
            f"Move the top block of {np_} to the bottom.",
            f"Put the {chain[-1]} at the bottom of {np_} instead of on top.",
        ]
    )
    return text, _done(_ended(chain, chain[-1], False), _rest_kept(w, *chain))


def t135_imp_cross(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, u = w.rng.choice(tops)
    partners = [b for b in _loose(w) + _floor(w) if b not in (t, u)]
    if not partners:
        return None
    p = w.rng.choice(partners)
    text = w.rng.choice(
        [
            f"Swap the {t} on top of the {u} with the {p}.",
            f"Switch the {p} and the {t} around.",
            f"Trade the {t} for the {p}: each goes where the other one is.",
        ]
    )
    return text, _done(_swapped(t, p), _rest_kept(w, t, p))


def t135_imp_under(w: World) -> Made:
    pair = _under_pair(w)
    if pair is None:
        return None
    x, r = pair
    text = w.rng.choice(
        [
            f"Put the {x} under the {r}.",
            f"Lift the {r}, slip the {x} in underneath it, and set the {r} back down on it.",
            f"Get the {x} underneath the {r}.",
        ]
    )
    return text, _done(_restacked(r, [x, r]), _rest_kept(w, x, r))


# ----- declarative ---------------------------------------------------------------------------------
def t135_dec_swap(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"The {a} and the {b} should trade places.",
            f"The {a} goes where the {b} is now, and the {b} goes where the {a} is now.",
            f"The {b} and the {a} need to be switched around.",
        ]
    )
    return text, _done(_swapped(a, b), _rest_kept(w, a, b))


def t135_dec_trade(w: World) -> Made:
    pair = _bowl_pair(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"The blocks in the {x} belong in the {y}, and the ones in the {y} belong in the {x}.",
            f"The {x} and the {y} should have their contents swapped.",
            f"Whatever is in the {x} should be in the {y} and the other way round.",
        ]
    )
    return text, _done(
        _traded(x, y), _rest_kept(w, *w.state.in_bowl(x), *w.state.in_bowl(y))
    )


def t135_dec_flip(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    cap = np_[0].upper() + np_[1:]
    text = w.rng.choice(
        [
            f"{cap} is the wrong way up; it should be upside down, with the {chain[-1]} at the bottom.",
            f"{cap} needs to be in the reverse order.",
            (
                f"The {chain[0]} should be at the top of its stack and the {chain[-1]} at the bottom, "
                "the whole stack reversed."
            ),
        ]
    )
    return text, _done(_restacked(chain[0], chain[::-1]), _rest_kept(w, *chain))


def t135_dec_rotate(w: World) -> Made:
    towers = [c for c in _towers(w) if len(c) >= 3]
    if not towers:
        return None
    chain = w.rng.choice(towers)
    b0, top = chain[0], chain[-1]
    strict = w.rng.random() < 0.5
    if w.rng.random() < 0.5:
        if strict:
            text = f"The {b0} should be on top of its tower instead of at the bottom; the others stay in the same order."
        else:
            text = f"The {b0} belongs at the top of its stack, not underneath the other blocks."
        check = _restacked(b0, [*chain[1:], b0]) if strict else _ended(chain, b0, True)
    else:
        if strict:
            text = f"The {top} ought to be the bottom block of its stack, with the rest on it as they are."
        else:
            text = f"The {top} should be at the bottom of its tower, under the other blocks."
        check = (
            _restacked(b0, [top, *chain[:-1]]) if strict else _ended(chain, top, False)
        )
    return text, _done(check, _rest_kept(w, *chain))


def t135_dec_cross(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, u = w.rng.choice(tops)
    partners = [b for b in _loose(w) + _floor(w) if b not in (t, u)]
    if not partners:
        return None
    p = w.rng.choice(partners)
    text = w.rng.choice(
        [
            f"The {p} should be sitting on the {u} where the {t} is, and the {t} where the {p} is.",
            f"The {t} and the {p} need to change places.",
            f"The {t} and the {p} are supposed to be the other way round.",
        ]
    )
    return text, _done(_swapped(t, p), _rest_kept(w, t, p))


def t135_dec_under(w: World) -> Made:
    pair = _under_pair(w)
    if pair is None:
        return None
    x, r = pair
    text = w.rng.choice(
        [
            f"The {x} belongs under the {r}, right where the {r} is now.",
            f"The {r} should be sitting on the {x}, in the spot where the {r} is now.",
            f"The {x} needs to go underneath the {r}.",
        ]
    )
    return text, _done(_restacked(r, [x, r]), _rest_kept(w, x, r))


# ----- desiderative --------------------------------------------------------------------------------
def t135_des_swap(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"I'd like the {a} and the {b} swapped.",
            f"I want the {b} and the {a} to switch places.",
            f"Could you swap the {a} with the {b}? I'd like each where the other one is.",
        ]
    )
    return text, _done(_swapped(a, b), _rest_kept(w, a, b))


def t135_des_trade(w: World) -> Made:
    pair = _bowl_pair(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"I want the {x}'s blocks and the {y}'s blocks switched around.",
            f"I'd like the contents of the {x} and the {y} exchanged.",
            f"I'd love it if the {x} and the {y} traded their blocks.",
        ]
    )
    return text, _done(
        _traded(x, y), _rest_kept(w, *w.state.in_bowl(x), *w.state.in_bowl(y))
    )


def t135_des_flip(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    text = w.rng.choice(
        [
            f"I'd like {np_} turned upside down.",
            f"I want {np_} the other way up.",
            f"I'd love to see {np_} reversed, top to bottom.",
        ]
    )
    return text, _done(_restacked(chain[0], chain[::-1]), _rest_kept(w, *chain))


def t135_des_rotate(w: World) -> Made:
    towers = [c for c in _towers(w) if len(c) >= 3]
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"I want the {chain[-1]} moved to the bottom of {np_}.",
                f"I'd like the top block of {np_} at the bottom instead.",
            ]
        )
        return text, _done(_ended(chain, chain[-1], False), _rest_kept(w, *chain))
    text = w.rng.choice(
        [
            f"I'd like the {chain[0]} taken from the bottom of {np_} and put on top.",
            f"I want the bottom block of {np_} on top instead.",
        ]
    )
    return text, _done(_ended(chain, chain[0], True), _rest_kept(w, *chain))


def t135_des_cross(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, u = w.rng.choice(tops)
    partners = [b for b in _loose(w) + _floor(w) if b not in (t, u)]
    if not partners:
        return None
    p = w.rng.choice(partners)
    text = w.rng.choice(
        [
            f"I'd like the {p} and the {t} to swap places.",
            f"I want the {p} up on the {u} and the {t} where the {p} is now.",
            f"I'd prefer the {t} and the {p} the other way round.",
        ]
    )
    return text, _done(_swapped(t, p), _rest_kept(w, t, p))


def t135_des_under(w: World) -> Made:
    pair = _under_pair(w)
    if pair is None:
        return None
    x, r = pair
    text = w.rng.choice(
        [
            f"I want the {x} tucked in under the {r}.",
            f"I'd like the {r} to sit on the {x}, right where the {r} is now.",
            f"I'd like the {x} to go underneath the {r}, please.",
        ]
    )
    return text, _done(_restacked(r, [x, r]), _rest_kept(w, x, r))


# ----- quantified ----------------------------------------------------------------------------------
def t135_qua_swap(w: World) -> Made:
    inside = w.state.in_bowls()
    if len(inside) != 2:
        return None
    a, b = w.pick(inside, 2)
    sa, sb = w.state.support[a], w.state.support[b]
    if sa == sb or sa not in w.bowls or sb not in w.bowls:
        return None
    text = w.rng.choice(
        [
            "Swap the two blocks that are in bowls.",
            "The two blocks in the bowls should trade bowls.",
            "Put each of the two blocks in the bowls into the other one's bowl.",
        ]
    )
    return text, _done(_swapped(a, b), _rest_kept(w, a, b))


def t135_qua_trade(w: World) -> Made:
    pair = _bowl_pair(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Move all the blocks from the {x} into the {y} and all the blocks from the {y} into the {x}.",
            f"Swap every block in the {x} with every block in the {y}.",
            f"Take everything out of both the {x} and the {y} and put each lot in the other bowl.",
        ]
    )
    return text, _done(
        _traded(x, y), _rest_kept(w, *w.state.in_bowl(x), *w.state.in_bowl(y))
    )


_NUM = {2: "two", 3: "three", 4: "four"}


def t135_qua_flip(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    n = _NUM[len(chain)]
    ns = {len(c) for c in towers}
    if len(towers) > 1 and len(ns) == 1:
        np_ = f"the {n}-block tower with the {chain[-1]} on top"
    else:
        np_ = f"the {n}-block tower"
    text = w.rng.choice(
        [
            f"Reverse all {n} blocks in {np_}."
            if len(chain) > 2
            else f"Swap both blocks of {np_} around.",
            f"Turn {np_} upside down.",
            f"Restack all {n} blocks of {np_} in the opposite order.",
        ]
    )
    return text, _done(_restacked(chain[0], chain[::-1]), _rest_kept(w, *chain))


def t135_qua_rotate(w: World) -> Made:
    towers = [c for c in _towers(w) if len(c) == 3]
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    r = w.rng.random()
    if r < 1 / 3:
        text = w.rng.choice(
            [
                f"Take the top block of {np_} and put it under the other two.",
                f"Move the {chain[-1]} from the top of {np_} to underneath both of the other blocks.",
            ]
        )
        return text, _done(_ended(chain, chain[-1], False), _rest_kept(w, *chain))
    if r < 2 / 3:
        text = f"Put the bottom block of {np_} on top of the other two, keeping those two as they are."
        return text, _done(
            _restacked(chain[0], [*chain[1:], chain[0]]), _rest_kept(w, *chain)
        )
    text = f"Lift the top two blocks of {np_} off the bottom one, then put the bottom one on top of both."
    return text, _done(_ended(chain, chain[0], True), _rest_kept(w, *chain))


def t135_qua_cross(w: World) -> Made:
    tops = _tops(w)
    if len(tops) != 2:
        return None
    (t1, _u1), (t2, _u2) = tops
    text = w.rng.choice(
        [
            "Swap the top blocks of the two towers.",
            "Both towers should trade their top blocks.",
            "Take the top block off each of the two stacks and put it on the other stack.",
        ]
    )
    return text, _done(_swapped(t1, t2), _rest_kept(w, t1, t2))


def t135_qua_under(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    xs = _others(w, *chain)
    if not xs:
        return None
    x = w.rng.choice(xs)
    n = _NUM[len(chain)]
    names = " and the ".join(chain)
    text = w.rng.choice(
        [
            f"Put the {x} under all {n} blocks of {_tower_np(w, chain)}."
            if len(chain) > 2
            else f"Put the {x} under both blocks of {_tower_np(w, chain)}.",
            f"Slide the {x} in under the whole {n}-block stack, so it holds up the {names}.",
            f"Get the {x} underneath both the {chain[0]} and the {chain[1]}, with the stack standing where it is."
            if len(chain) == 2
            else f"Put the {x} under the whole stack of {n}, keeping the stack where it is.",
        ]
    )
    return text, _done(_restacked(chain[0], [x, *chain]), _rest_kept(w, x, *chain))


# ----- negated -------------------------------------------------------------------------------------
def t135_neg_swap(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    bowl = w.state.support[a]
    text = w.rng.choice(
        [
            f"Don't leave the {a} in the {bowl}; swap it with the {b}.",
            f"The {a} shouldn't stay in the {bowl} - switch it with the {b}.",
            f"Swap the {a} and the {b}, and don't move any other block.",
        ]
    )
    return text, _done(_swapped(a, b), _rest_kept(w, a, b))


def t135_neg_trade(w: World) -> Made:
    pair = _bowl_pair(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Nothing that's in the {x} now should stay there: swap its contents with the {y}'s.",
            f"Swap what's in the {x} and the {y}, and don't leave any of those blocks on the table.",
            f"Exchange the blocks of the {x} and the {y} without touching anything outside those two bowls.",
        ]
    )
    return text, _done(
        _traded(x, y), _rest_kept(w, *w.state.in_bowl(x), *w.state.in_bowl(y))
    )


def t135_neg_flip(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    where = _chain_where(w, chain)
    text = w.rng.choice(
        [
            f"The {chain[0]} shouldn't be at the bottom any more, nor the {chain[-1]} on top: flip {np_}.",
            f"Turn {np_} upside down, but don't move it anywhere else; it stays {where}.",
            f"Reverse {np_}, and don't touch any block that isn't in it.",
        ]
    )
    return text, _done(_restacked(chain[0], chain[::-1]), _rest_kept(w, *chain))


def t135_neg_rotate(w: World) -> Made:
    towers = [c for c in _towers(w) if len(c) >= 3]
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Don't reverse {np_} - just move its bottom block, the {chain[0]}, to the top.",
                f"Put the {chain[0]} on top of {np_}, without changing the order of the other blocks.",
            ]
        )
        order = [*chain[1:], chain[0]]
    else:
        text = w.rng.choice(
            [
                f"Move the {chain[-1]} from the top of {np_} to the bottom, not changing the order of the rest.",
                f"Don't flip {np_} completely; only its top block goes to the bottom, the rest stay in order.",
            ]
        )
        order = [chain[-1], *chain[:-1]]
    return text, _done(_restacked(chain[0], order), _rest_kept(w, *chain))


def t135_neg_cross(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, u = w.rng.choice(tops)
    partners = [b for b in _loose(w) + _floor(w) if b not in (t, u)]
    if not partners:
        return None
    p = w.rng.choice(partners)
    text = w.rng.choice(
        [
            f"Don't leave the {t} on the {u}: put the {p} there instead, and the {t} where the {p} was.",
            f"The {t} shouldn't stay on top of the {u}; swap it with the {p}.",
            f"Swap the {t} and the {p} without putting either of them in the bin.",
        ]
    )
    return text, _done(_swapped(t, p), _rest_kept(w, t, p))


def t135_neg_under(w: World) -> Made:
    pair = _under_pair(w)
    if pair is None:
        return None
    x, r = pair
    text = w.rng.choice(
        [
            f"Put the {x} under the {r}, not on top of it.",
            f"The {x} shouldn't go on the {r}; it goes underneath it, where the {r} is now.",
            f"Slip the {x} under the {r} and don't move the {r} anywhere else.",
        ]
    )
    return text, _done(_restacked(r, [x, r]), _rest_kept(w, x, r))


# ----- relative clauses ----------------------------------------------------------------------------
def t135_rel_swap(w: World) -> Made:
    opts = []
    for bowl in w.bowls:
        a = _sole(w, bowl)
        if a is None:
            continue
        for b in _loose(w) + _floor(w):
            if b != a and w.state.support[b] != bowl:
                opts.append((bowl, a, b))
    if not opts:
        return None
    bowl, a, b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Swap the block that's in the {bowl} with the {b}.",
            f"Take the block that is sitting in the {bowl} and switch it with the {b}.",
            f"Switch the {b} with the block which is in the {bowl}.",
        ]
    )
    return text, _done(_swapped(a, b), _rest_kept(w, a, b))


def t135_rel_trade(w: World) -> Made:
    pair = _bowl_pair(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Swap the blocks that are in the {x} with the ones that are in the {y}.",
            f"Put the blocks that are in the {y} into the {x}, and the ones that are in the {x} into the {y}.",
            f"Move whatever is sitting in the {x} to the {y}, and whatever is sitting in the {y} to the {x}.",
        ]
    )
    return text, _done(
        _traded(x, y), _rest_kept(w, *w.state.in_bowl(x), *w.state.in_bowl(y))
    )


def t135_rel_flip(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    text = w.rng.choice(
        [
            f"Turn the tower that has the {chain[-1]} on top upside down.",
            f"Flip the stack that the {chain[0]} is at the bottom of.",
            f"Reverse the stack that has the {chain[-1]} sitting at the top.",
        ]
    )
    return text, _done(_restacked(chain[0], chain[::-1]), _rest_kept(w, *chain))


def t135_rel_rotate(w: World) -> Made:
    towers = [c for c in _towers(w) if len(c) >= 3]
    if not towers:
        return None
    chain = w.rng.choice(towers)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Take the block that the {chain[1]} is standing on and put it on top of that tower.",
                f"Move the block that's holding up the rest of the {chain[-1]}'s tower to the top of it.",
            ]
        )
        return text, _done(_ended(chain, chain[0], True), _rest_kept(w, *chain))
    text = w.rng.choice(
        [
            f"Take the block that's sitting on the {chain[-2]} and put it under the {chain[0]}.",
            f"Move the block that is at the top of the {chain[0]}'s tower down to the bottom of it.",
        ]
    )
    return text, _done(_ended(chain, chain[-1], False), _rest_kept(w, *chain))


def t135_rel_cross(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, u = w.rng.choice(tops)
    partners = [b for b in _loose(w) + _floor(w) if b not in (t, u)]
    if not partners:
        return None
    p = w.rng.choice(partners)
    where = (
        f"in the {w.state.support[p]}"
        if w.state.support[p] in w.bowls
        else "on the table"
    )
    text = w.rng.choice(
        [
            f"Swap the block that's sitting on the {u} with the {p}.",
            f"Trade the block that is stacked on the {u} for the {p}, which is {where}.",
            f"The {p}, which is {where}, should swap with the block that's on the {u}.",
        ]
    )
    return text, _done(_swapped(t, p), _rest_kept(w, t, p))


def t135_rel_under(w: World) -> Made:
    st = w.state
    opts = []
    for x in w.clear_blocks():
        for t, u in _tops(w):
            if x not in (t, u):
                opts.append((x, t, f"the block that's on the {u}"))
        for bowl in w.bowls:
            a = _sole(w, bowl)
            if a is not None and a != x and st.is_clear(a):
                opts.append((x, a, f"the block that is in the {bowl}"))
    if not opts:
        return None
    x, r, np_ = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Put the {x} underneath {np_}.",
            f"Slide the {x} under {np_}, so that block ends up sitting on it.",
            f"Take {np_} off, put the {x} where it was, and set that block on the {x}.",
        ]
    )
    return text, _done(_restacked(r, [x, r]), _rest_kept(w, x, r))


# ----- keep ----------------------------------------------------------------------------------------
def t135_keep_swap(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    cs = _others(w, a, b, clear=False)
    if not cs:
        return None
    c = w.rng.choice(cs)
    text = w.rng.choice(
        [
            f"Swap the {a} and the {b}, but keep the {c} where it is.",
            f"Leave the {c} alone and switch the {a} with the {b}.",
            f"Trade the places of the {b} and the {a}; the {c} stays put.",
        ]
    )
    return text, _done(_swapped(a, b), kept(c), _rest_kept(w, a, b))


def t135_keep_trade(w: World) -> Made:
    pair = _bowl_pair(w)
    if pair is None:
        return None
    x, y = pair
    inside = w.state.in_bowl(x) + w.state.in_bowl(y)
    cs = [b for b in w.blocks if b not in inside]
    if not cs:
        return None
    c = w.rng.choice(cs)
    text = w.rng.choice(
        [
            f"Swap the contents of the {x} and the {y}, but leave the {c} where it is.",
            f"Keep the {c} in its place and exchange what's in the {x} with what's in the {y}.",
            f"Switch the blocks of the {y} and the {x} around; don't move the {c}.",
        ]
    )
    return text, _done(_traded(x, y), kept(c), _rest_kept(w, *inside))


def t135_keep_flip(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    cs = [b for b in w.blocks if b not in chain]
    if not cs:
        return None
    c = w.rng.choice(cs)
    np_ = _tower_np(w, chain)
    text = w.rng.choice(
        [
            f"Turn {np_} upside down but keep the {c} where it is.",
            f"Leave the {c} where it is and reverse {np_}.",
            f"Flip {np_} over; the {c} stays right where it is.",
        ]
    )
    return text, _done(
        _restacked(chain[0], chain[::-1]), kept(c), _rest_kept(w, *chain)
    )


def t135_keep_rotate(w: World) -> Made:
    towers = [c for c in _towers(w) if len(c) >= 3]
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    cs = [b for b in w.blocks if b not in chain]
    if not cs:
        return None
    c = w.rng.choice(cs)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Put the bottom block of {np_} on top, and leave the {c} where it is.",
                f"Keep the {c} where it is while you move the {chain[0]} from the bottom of {np_} to the top.",
            ]
        )
        return text, _done(
            _ended(chain, chain[0], True), kept(c), _rest_kept(w, *chain)
        )
    text = w.rng.choice(
        [
            f"Move the top block of {np_} to the bottom, without moving the {c}.",
            f"Leave the {c} be and put the {chain[-1]} at the bottom of {np_}, under the others.",
        ]
    )
    return text, _done(_ended(chain, chain[-1], False), kept(c), _rest_kept(w, *chain))


def t135_keep_cross(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, u = w.rng.choice(tops)
    partners = [b for b in _loose(w) + _floor(w) if b not in (t, u)]
    if not partners:
        return None
    p = w.rng.choice(partners)
    text = w.rng.choice(
        [
            f"Swap the {t} with the {p}; the {u} stays put.",
            f"Keep the {u} where it is and switch the {t} on it with the {p}.",
            f"Without moving the {u}, make the {t} and the {p} trade places.",
        ]
    )
    return text, _done(_swapped(t, p), kept(u), _rest_kept(w, t, p))


def t135_keep_under(w: World) -> Made:
    pair = _under_pair(w)
    if pair is None:
        return None
    x, r = pair
    cs = _others(w, x, r, clear=False)
    if not cs:
        return None
    c = w.rng.choice(cs)
    text = w.rng.choice(
        [
            f"Put the {x} under the {r} without moving the {c}.",
            f"Keep the {c} where it is, and slip the {x} in underneath the {r}.",
            f"The {c} stays where it is; the {x} goes under the {r}.",
        ]
    )
    return text, _done(_restacked(r, [x, r]), kept(c), _rest_kept(w, x, r))


# ----- multi-step ----------------------------------------------------------------------------------
def t135_multi_swap(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair
    cs = _others(w, a, b)
    if not cs:
        return None
    c = w.rng.choice(cs)
    text = w.rng.choice(
        [
            f"Swap the {a} and the {b}, then put the {c} in the bin.",
            f"First switch the {b} with the {a}. After that, throw the {c} in the bin.",
            f"Put the {c} in the bin, and then make the {a} and the {b} trade places.",
        ]
    )
    return text, _done(_swapped(a, b), binned([c]), _rest_kept(w, a, b, c))


def t135_multi_trade(w: World) -> Made:
    pair = _bowl_pair(w)
    if pair is None:
        return None
    x, y = pair
    inside = w.state.in_bowl(x) + w.state.in_bowl(y)
    cs = [b for b in _others(w) if b not in inside]
    if not cs:
        return None
    c = w.rng.choice(cs)
    text = w.rng.choice(
        [
            f"Swap what's in the {x} with what's in the {y}, and then put the {c} in the {x} as well.",
            f"First exchange the contents of the {x} and the {y}. Then add the {c} to the {x}.",
            f"Switch the blocks in the {y} with the ones in the {x}; once that's done, drop the {c} into the {x} too.",
        ]
    )
    in_x = Rel("in", c, x)
    return text, _done(_traded(x, y), rels(in_x), _rest_kept(w, *inside, c))


def t135_multi_flip(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    cs = _others(w, *chain)
    if not cs:
        return None
    c = w.rng.choice(cs)
    np_ = _tower_np(w, chain)
    text = w.rng.choice(
        [
            f"Turn {np_} upside down, and then put the {c} on top of it.",
            f"First reverse {np_}. Then stack the {c} on top.",
            f"Flip {np_} over and finish it off with the {c} on top.",
        ]
    )
    return text, _done(
        _restacked(chain[0], chain[::-1]),
        rels(Rel("on", c, chain[0])),
        _rest_kept(w, c, *chain),
    )


def t135_multi_rotate(w: World) -> Made:
    towers = [c for c in _towers(w) if len(c) >= 3]
    if not towers:
        return None
    chain = w.rng.choice(towers)
    tower_bowl = w.state.support[chain[0]]
    opts = [
        (c, bowl)
        for c in _others(w, *chain)
        for bowl in w.bowls
        if bowl != tower_bowl and w.state.base(c) != bowl
    ]
    if not opts:
        return None
    c, bowl = w.rng.choice(opts)
    np_ = _tower_np(w, chain)
    text = w.rng.choice(
        [
            f"Move the top block of {np_} to the bottom, then put the {c} in the {bowl}.",
            (
                f"First put the {c} into the {bowl}; then take the {chain[-1]} off the top of {np_} "
                "and put it at the bottom."
            ),
            f"Put the {chain[-1]} under the rest of its tower, and after that move the {c} to the {bowl}.",
        ]
    )
    in_bowl = rels(Rel("in", c, bowl))
    return text, _done(
        _ended(chain, chain[-1], False), in_bowl, _rest_kept(w, c, *chain)
    )


def t135_multi_cross(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, u = w.rng.choice(tops)
    partners = [b for b in _loose(w) + _floor(w) if b not in (t, u)]
    if not partners:
        return None
    p = w.rng.choice(partners)
    cs = _others(w, t, u, p)
    if not cs:
        return None
    c = w.rng.choice(cs)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Swap the {t} with the {p}, and after that put the {c} in the {place}.",
            f"First move the {c} to the {place}, then make the {t} and the {p} trade places.",
            f"Switch the {p} and the {t} around, then set the {c} down in the {place}.",
        ]
    )
    return text, _done(
        _swapped(t, p), rels(Rel("at", c, place)), _rest_kept(w, t, p, c)
    )


def t135_multi_under(w: World) -> Made:
    pair = _under_pair(w)
    if pair is None:
        return None
    x, r = pair
    cs = _others(w, x, r)
    if not cs:
        return None
    c = w.rng.choice(cs)
    text = w.rng.choice(
        [
            f"Put the {x} under the {r}, then put the {c} in the bin.",
            f"First get rid of the {c} - into the bin with it - and then slip the {x} under the {r}.",
            f"Tuck the {x} in underneath the {r}. After that, the {c} goes in the bin.",
        ]
    )
    return text, _done(_restacked(r, [x, r]), binned([c]), _rest_kept(w, x, r, c))


# ----- questions -----------------------------------------------------------------------------------
def t135_q_swap(w: World) -> Made:
    pair = _swap_pair(w)
    if pair is None:
        return None
    a, b = pair  # a is in a bowl; ask where b would go
    bowl = w.state.support[a]
    text = w.rng.choice(
        [
            f"If you swapped the {a} and the {b}, which bowl would the {b} be in?",
            f"Suppose the {b} and the {a} traded places: what bowl would the {b} end up in?",
            f"Which bowl would the {b} be sitting in after a swap with the {a}?",
        ]
    )
    return text, answered(bowl)


def t135_q_trade(w: World) -> Made:
    pair = _bowl_pair(w)
    if pair is None:
        return None
    x, y = pair
    n = len(w.state.in_bowl(y))
    text = w.rng.choice(
        [
            f"If you exchanged the contents of the {x} and the {y}, how many blocks would the {x} hold?",
            f"How many blocks would be in the {x} after swapping what's in it with what's in the {y}?",
            f"Say the {x} and the {y} traded their blocks - how many would the {x} have then?",
        ]
    )
    return text, answered(str(n))


def t135_q_flip(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"If I turned {np_} upside down, which block would be on top?",
                f"Which block would end up on top if {np_} were flipped over?",
            ]
        )
        return text, answered(chain[0])
    flag = w.rng.random() < 0.5
    who = chain[-1] if flag else chain[0]
    text = w.rng.choice(
        [
            f"If you reversed {np_}, would the {who} be at the bottom?",
            f"Would the {who} be the bottom block if {np_} were turned upside down?",
        ]
    )
    return text, answered(yes(flag))


def t135_q_rotate(w: World) -> Made:
    towers = [c for c in _towers(w) if len(c) >= 3]
    if not towers:
        return None
    chain = w.rng.choice(towers)
    np_ = _tower_np(w, chain)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                (
                    f"If the bottom block of {np_} were moved to the top, the others staying in order, "
                    "which block would be at the bottom?"
                ),
                (
                    f"Which block would {np_} stand on if you put just its bottom block on top, "
                    "leaving the rest as they are?"
                ),
            ]
        )
        return text, answered(chain[1])
    text = w.rng.choice(
        [
            (
                f"If you moved only the top block of {np_} to the bottom, keeping the others in order, "
                "which block would be on top then?"
            ),
            (
                f"Which block would be at the top of {np_} once its top block was moved to the bottom "
                "and the rest left in order?"
            ),
        ]
    )
    return text, answered(chain[-2])


def t135_q_cross(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    t, u = w.rng.choice(tops)
    partners = [b for b in _loose(w) + _floor(w) if b not in (t, u)]
    if not partners:
        return None
    p = w.rng.choice(partners)
    text = w.rng.choice(
        [
            f"If you swapped the {t} with the {p}, which block would the {p} be sitting on?",
            f"What block would the {p} rest on after trading places with the {t}?",
            f"Suppose the {t} and the {p} switched places: which block would be under the {p}?",
        ]
    )
    return text, answered(u)


def t135_q_under(w: World) -> Made:
    st = w.state
    opts = [(x, r) for x in w.clear_blocks() for r in _floor(w) if x != r]
    if not opts:
        return None
    x, r = w.rng.choice(opts)
    bowl = st.support[r]
    n = len(st.in_bowl(bowl)) + (0 if st.base(x) == bowl else 1)
    text = w.rng.choice(
        [
            f"If you put the {x} under the {r}, how many blocks would be in the {bowl}?",
            f"How many blocks would the {bowl} hold if the {x} were slipped in underneath the {r}?",
            f"Say the {x} went in under the {r}, with the {r} staying in the {bowl}: how many blocks would that bowl have?",
        ]
    )
    return text, answered(str(n))


# ----- colour matching -----------------------------------------------------------------------------
def t135_match_swap(w: World) -> Made:
    st = w.state
    opts = []
    for bowl in w.bowls:
        a = _sole(w, bowl)
        b = f"{w.colour(bowl)} block"
        if a is None or b not in st.support or a == b:
            continue
        if (
            b in _loose(w) + _floor(w)
            and st.support[b] != bowl
            and st.support[a] == bowl
        ):
            opts.append((bowl, a, b))
    if not opts:
        return None
    bowl, a, b = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Put the {b} in the {bowl} by swapping it with the block that's in there now.",
            f"Swap the {b} with whatever is in the bowl of the same colour.",
            f"The {b} should trade places with the block in the matching bowl.",
        ]
    )
    return text, _done(_swapped(a, b), _rest_kept(w, a, b))


def t135_match_trade(w: World) -> Made:
    st = w.state
    full = _full_bowls(w)
    opts = []
    for x in full:
        for y in full:
            if x == y:
                continue
            for m in st.in_bowl(y):
                if w.colour(m) == w.colour(x):
                    opts.append((x, y, m, True))
            k = f"{w.colour(y)} block"
            if k in st.support:
                opts.append((x, y, k, False))
    if not opts:
        return None
    x, y, m, lands = w.rng.choice(opts)
    if lands:
        text = w.rng.choice(
            [
                f"Swap the contents of the {x} and the {y}, so that the {m} ends up in the bowl that matches it.",
                f"Trade what's in the {y} for what's in the {x}; that puts the {m} in its own colour's bowl.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Exchange the blocks in the {x} with the ones in the bowl that matches the {m}.",
                f"Swap what's in the {x} with what's in the bowl that's the same colour as the {m}.",
            ]
        )
    return text, _done(_traded(x, y), _rest_kept(w, *st.in_bowl(x), *st.in_bowl(y)))


def t135_match_flip(w: World) -> Made:
    bowl_colours = {w.colour(b): b for b in w.bowls}
    opts = [c for c in _towers(w) if w.colour(c[-1]) in bowl_colours]
    if not opts:
        return None
    chain = w.rng.choice(opts)
    bowl = bowl_colours[w.colour(chain[-1])]
    text = w.rng.choice(
        [
            f"Flip the stack whose top block is the same colour as the {bowl} upside down.",
            f"Turn the tower upside down that has a block matching the {bowl} on top.",
            (
                f"Reverse the tower topped by the block that matches the {bowl}'s colour, "
                "so that block ends up at the bottom."
            ),
        ]
    )
    return text, _done(_restacked(chain[0], chain[::-1]), _rest_kept(w, *chain))


def t135_match_rotate(w: World) -> Made:
    bowl_colours = {w.colour(b): b for b in w.bowls}
    opts = [c for c in _towers(w) if w.colour(c[0]) in bowl_colours]
    if not opts:
        return None
    chain = w.rng.choice(opts)
    bowl = bowl_colours[w.colour(chain[0])]
    text = w.rng.choice(
        [
            f"Take the block that matches the {bowl} from the bottom of its tower and put it on top.",
            f"The block the same colour as the {bowl} is at the bottom of a stack; move it to the top of that stack.",
            f"Whichever block matches the {bowl} in colour, move it from under its stack up to the top.",
        ]
    )
    return text, _done(_ended(chain, chain[0], True), _rest_kept(w, *chain))


def t135_match_cross(w: World) -> Made:
    bowl_colours = {w.colour(b): b for b in w.bowls}
    tops = _tops(w)
    opts = [
        (t, u, p)
        for t, u in tops
        for p in _loose(w) + _floor(w)
        if p not in (t, u) and w.colour(p) in bowl_colours
    ]
    if not opts:
        return None
    t, u, p = w.rng.choice(opts)
    bowl = bowl_colours[w.colour(p)]
    text = w.rng.choice(
        [
            f"Swap the {t} with the block that's the same colour as the {bowl}.",
            f"The block matching the {bowl} and the {t} on the {u} should trade places.",
            f"Switch the {t} around with the block whose colour matches the {bowl}.",
        ]
    )
    return text, _done(_swapped(t, p), _rest_kept(w, t, p))


def t135_match_under(w: World) -> Made:
    st = w.state
    opts = []
    for bowl in w.bowls:
        x = f"{w.colour(bowl)} block"
        if x not in st.support or not st.is_clear(x) or st.base(x) == bowl:
            continue
        for r in st.in_bowl(bowl):
            if st.is_clear(r):
                opts.append((x, r, bowl))
    if not opts:
        return None
    x, r, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"Put the {x} under the {r}, so it ends up in the bowl that matches its colour.",
            f"Slip the {x} in underneath the {r}; that way it's in the bowl of its own colour.",
            f"Get the {x} into its matching bowl by tucking it under the {r}.",
        ]
    )
    return text, _done(_restacked(r, [x, r]), _rest_kept(w, x, r))


# ----- the list ------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("swap", "trade", "flip", "rotate", "cross", "under")
FRESH135: list[Template] = [
    (f"t135_{short}_{style}", category, globals()[f"t135_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
