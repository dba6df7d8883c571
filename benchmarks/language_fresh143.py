"""`FRESH143`, the hundred-and-forty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is "back", "again", "return" and undoing inside one message: people ask for a move and then for
something relative to where things were at the start of the message ("put it back", "undo that", "where the
red block was", "on the green block again"). "Back" and "where it was" always mean the position at the start of
the message, and the checks compare the final state with the initial one for the blocks the words name; a robot
that skips moves which undo themselves is right too. The six styles:

- plain: "Move the red block into the blue bowl, then put it back."
- undo: "Stack the cyan block on the orange block, then undo that."
- oops: "Put the white block in the bin... actually no, put it back where it started."
- again: "Put the blue block on the table and then on the green block again."
- swap: "Swap the pink block into the red bowl and bring the block that was there back to the table."
- chatty: "Could you do me a favour and move the red block to the middle for a sec, then return it to where it was?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on df97add, the code of 29efe15, after every fix before it and before anything
it could prompt): 0.1933 goal-correct (58 of 300), 217 refused, 6 asked, 19 wrong, seventeen of them actions: every
return was dropped and only the first move made ('..., then put it back', 'return it to where it was', 'then undo that',
'after that, the move is reversed', 'undo step one', 'then stack it on Y again', 'bring it back to its spot'); 'put X on
the table and then on Y again' moved Y; two wrong replies ('how many blocks would be in W if you put X in it and then
undid that?'). Most refusals were 'back', 'undo', 'again' and a stay said with 'for a moment'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    kept,
    matching,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers --------------------------------------------------------------------------------------
def _idle(*checks: Check) -> Check:
    """All the checks, with nothing left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _back(*blocks: str) -> Check:
    return _idle(kept(*blocks))


def _goal(*want: Rel) -> Check:
    return _idle(rels(*want))


def _height(w: World, block: str) -> int:
    """Blocks from the bottom of `block`'s tower up to `block` itself."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _tower(w: World, block: str) -> set[str]:
    """Every block in `block`'s tower."""
    out = {block, *w.state.above(block)}
    s = w.state.support[block]
    while s in w.state.support:
        out.add(s)
        s = w.state.support[s]
    return out


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _clear(w: World, *but: str) -> list[str]:
    return [b for b in w.clear_blocks() if b not in but]


def _the(t: str) -> str:
    return f"the {t}"


def _in(w: World, t: str) -> str:
    """Where a block is, when it rests on `t`: "in the blue bowl", "on the red block", "in the middle"."""
    if t == TABLE or t in w.state.support:
        return f"on the {t}"
    return f"in the {t}"


def _to(w: World, t: str) -> str:
    """Where a block goes: "into the blue bowl", "onto the red block", "to the middle"."""
    if t == TABLE or t in w.state.support:
        return f"onto the {t}"
    if t in PLACES:
        return f"to the {t}"
    return f"into the {t}"


def _rel(w: World, block: str, t: str) -> Rel:
    """The relation of `block` resting on target `t` (a block, bowl, place, the bin or the table)."""
    if t in w.state.support:
        return Rel("on", block, t)
    if t in w.state.bowls:
        return Rel("in", block, t)
    if t == BIN:
        return Rel("in_bin", block)
    if t == TABLE:
        return Rel("on_table", block)
    return Rel("at", block, t)


def _dests(
    w: World, a: str, blocks: bool = True, bowls: bool = True, bin_: bool = True
) -> list[str]:
    """Targets the clear block `a` can be put on or in, other than where it is."""
    out: list[str] = list(PLACES)
    if bowls:
        out += [b for b in w.bowls if w.state.base(a) != b and _room(w, b)]
    if bin_:
        out.append(BIN)
    if blocks:
        out += [b for b in _clear(w, a) if _height(w, b) < layout.MAX_TOWER]
    return out


def _lifted(w: World) -> list[tuple[str, str]]:
    """(block, what it rests on) for clear blocks resting on a block or directly in a bowl."""
    return [
        (b, w.state.support[b]) for b in w.clear_blocks() if w.state.support[b] != TABLE
    ]


def _off(w: World, s: str) -> str:
    """'off the red block' / 'out of the blue bowl'."""
    return f"out of the {s}" if s in w.state.bowls else f"off the {s}"


def _onto(w: World, s: str) -> str:
    return f"in the {s}" if s in w.state.bowls else f"on the {s}"


def _trade(w: World, a: str, c: str) -> bool:
    """Whether swapping the clear blocks `a` and `c` changes anything."""
    sa, sc = w.state.support[a], w.state.support[c]
    return (
        sa != sc
        and not holds(_rel(w, a, sc), w.state)
        and not holds(_rel(w, c, sa), w.state)
    )


def _swapped(w: World, a: str, c: str) -> list[Rel]:
    sa, sc = w.state.support[a], w.state.support[c]
    return [_rel(w, a, sc), _rel(w, c, sa)]


def _swaps(w: World) -> list[tuple[str, str]]:
    clear = w.clear_blocks()
    return [(a, c) for a in clear for c in clear if a < c and _trade(w, a, c)]


def _matchable(w: World) -> list[tuple[str, str]]:
    """(block, bowl of its colour) for clear blocks not yet in that bowl, where it fits."""
    by_colour = {w.colour(b): b for b in w.bowls}
    out = []
    for b in w.clear_blocks():
        bowl = by_colour.get(w.colour(b))
        if bowl and w.state.base(b) != bowl and _room(w, bowl):
            out.append((b, bowl))
    return out


# ----- imperative -----------------------------------------------------------------------------------
def t143_imp_plain(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    d = w.rng.choice(_dests(w, a, blocks=False))
    text = w.rng.choice(
        [
            f"Move the {a} {_to(w, d)}, then put it back.",
            f"Pick up the {a}, set it down {_in(w, d)}, and then put it back where it was.",
            f"Take the {a} {_to(w, d)} and bring it straight back.",
        ]
    )
    return text, _back(a)


def t143_imp_undo(w: World) -> Made:
    clear = w.clear_blocks()
    pairs = [
        (a, b)
        for a in clear
        for b in clear
        if a != b and _height(w, b) < layout.MAX_TOWER
    ]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Stack the {a} on the {b}, then undo that.",
            f"Put the {a} on top of the {b} and then reverse it.",
            f"Set the {a} down on the {b}. Now undo that move.",
        ]
    )
    return text, _back(a, b)


def t143_imp_oops(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    d = w.rng.choice(
        [BIN, *(b for b in w.bowls if w.state.base(a) != b and _room(w, b))]
    )
    text = w.rng.choice(
        [
            f"Put the {a} {_in(w, d)}... actually no, put it back where it started.",
            f"Drop the {a} {_to(w, d)}. Wait, no, put it back where it was.",
            f"Toss the {a} {_to(w, d)} - hmm, scratch that, return it to its spot.",
        ]
    )
    return text, _back(a)


def t143_imp_again(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    a, s = w.rng.choice(lifted)
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                f"Take the {a} out of the {s}, put it on the table, then put it in the {s} again.",
                f"Lift the {a} out of the {s} onto the table and then drop it into the {s} again.",
            ]
        )
        return text, _goal(Rel("in", a, s))
    text = w.rng.choice(
        [
            f"Put the {a} on the table and then on the {s} again.",
            f"Lift the {a} off the {s}, set it on the table, then stack it on the {s} again.",
        ]
    )
    return text, _goal(Rel("on", a, s))


def t143_imp_swap(w: World) -> Made:
    cands = []
    for z, y in _lifted(w):
        if y in w.state.bowls and len(w.state.in_bowl(y)) != 1:
            continue
        cands += [(y, z, a) for a in _clear(w, z) if w.state.base(a) != y]
    if not cands:
        return None
    y, z, a = w.rng.choice(cands)
    if y in w.state.bowls:
        text = w.rng.choice(
            [
                f"Swap the {a} into the {y} and bring the block that was there back to the table.",
                f"Switch the {a} in for the {z} in the {y}; the {z} goes back to the table.",
                f"Put the {a} in the {y} instead of the {z}, and put the {z} back on the table.",
            ]
        )
        return text, _goal(Rel("in", a, y), Rel("on_table", z))
    text = w.rng.choice(
        [
            f"Swap the {a} onto the {y} and bring the block that was up there back to the table.",
            f"Switch the {a} in for the {z} on top of the {y}; the {z} goes back down to the table.",
        ]
    )
    return text, _goal(Rel("on", a, y), Rel("on_table", z))


def t143_imp_chatty(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    d = w.rng.choice(_dests(w, a, blocks=False))
    text = w.rng.choice(
        [
            f"Could you do me a favour and move the {a} {_to(w, d)} for a sec, then return it to where it was?",
            f"Would you mind putting the {a} {_in(w, d)} for a moment and then bringing it back to its spot?",
            f"Hey, can you park the {a} {_in(w, d)} briefly and then return it where it came from? Thanks!",
        ]
    )
    return text, _back(a)


# ----- declarative ----------------------------------------------------------------------------------
def t143_dec_plain(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    d = w.rng.choice(_dests(w, a))
    text = w.rng.choice(
        [
            f"The {a} goes {_to(w, d)} and then comes back to where it is now.",
            f"The {a} needs to take a trip to the {d} and then go back to where it started.",
            f"The {a} should end up back in its spot after a visit to the {d}.",
        ]
    )
    return text, _back(a)


def t143_dec_undo(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    d = w.rng.choice(_dests(w, a))
    text = w.rng.choice(
        [
            f"The plan is: the {a} goes {_to(w, d)}, and then that step gets undone.",
            f"First the {a} gets moved {_to(w, d)}; after that, the move is reversed.",
            f"The {a} is to be put {_in(w, d)} and that move is then to be undone.",
        ]
    )
    return text, _back(a)


def t143_dec_oops(w: World) -> Made:
    clear = w.clear_blocks()
    pairs = [(a, c) for a in clear for c in clear if a != c]
    if not pairs:
        return None
    a, c = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"The {a} goes in the bin - no, sorry, the {a} stays where it is, and the {c} goes in the bin instead.",
            f"The {a} is going in the bin... actually no, it stays put; it's the {c} that belongs in the bin.",
            f"The {a} should be in the bin. Hm, wait: the {a} stays where it was, the {c} is the one for the bin.",
        ]
    )
    return text, _idle(kept(a), binned([c]))


def t143_dec_again(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    a, s = w.rng.choice(lifted)
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                f"The {a} comes out of the {s}, waits on the table, and then goes into the {s} again.",
                f"The {a} should be taken out of the {s} and set on the table, then put in the {s} again.",
            ]
        )
        return text, _goal(Rel("in", a, s))
    text = w.rng.choice(
        [
            f"The {a} comes off the {s}, sits on the table for a moment, and then ends up on the {s} again.",
            f"The {a} should be lifted off the {s} and set down on the table, then placed on the {s} again.",
        ]
    )
    return text, _goal(Rel("on", a, s))


def t143_dec_swap(w: World) -> Made:
    clear = w.clear_blocks()
    cands = []
    for z, y in _lifted(w):
        for a in clear:
            if a == z or (y in w.state.bowls and w.state.base(a) == y):
                continue
            if y in w.state.bowls and len(w.state.in_bowl(y)) != 1:
                continue
            cands.append((a, z, y))
    if not cands:
        return None
    a, z, y = w.rng.choice(cands)
    if y in w.state.bowls:
        text = w.rng.choice(
            [
                f"The {a} ends up in the {y}, and the {z} that's in there now goes back out onto the table.",
                f"The {a} takes the {z}'s place in the {y}; the {z} goes back to the table.",
            ]
        )
        return text, _goal(Rel("in", a, y), Rel("on_table", z))
    text = w.rng.choice(
        [
            f"The {a} takes the {z}'s spot on the {y}, and the {z} goes back to the table.",
            f"The {a} ends up on the {y} where the {z} is now, and the {z} comes down onto the table.",
        ]
    )
    return text, _goal(Rel("on", a, y), Rel("on_table", z))


def t143_dec_chatty(w: World) -> Made:
    cands = []
    for a in w.clear_blocks():
        for c in _clear(w, a):
            for bowl in w.bowls:
                if w.state.base(c) != bowl and _room(w, bowl):
                    cands.append((a, c, bowl))
    if not cands:
        return None
    a, c, bowl = w.rng.choice(cands)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"Just so you know, the {a} only needs to be in the {p} while you put the {c} in the {bowl}; "
                f"after that the {a} goes right back where it was."
            ),
            (
                f"Heads up: the {a} is going to the {p} for a moment so the {c} can go into the {bowl}, "
                f"but the {a} is coming back to where it is now afterwards."
            ),
        ]
    )
    return text, _idle(kept(a), rels(Rel("in", c, bowl)))


# ----- desiderative ---------------------------------------------------------------------------------
def t143_des_plain(w: World) -> Made:
    clear = w.clear_blocks()
    pairs = [
        (a, c)
        for a in clear
        for c in clear
        if a != c and w.state.support[a] != w.state.support[c]
    ]
    pairs = [
        (a, c) for a, c in pairs if not holds(_rel(w, c, w.state.support[a]), w.state)
    ]
    if not pairs:
        return None
    a, c = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"I'd like the {a} in the bin and the {c} put where the {a} was.",
            f"I want you to bin the {a}, then put the {c} in its old spot.",
            f"I'd love for the {c} to take the {a}'s place once the {a} is in the bin.",
        ]
    )
    return text, _goal(Rel("in_bin", a), _rel(w, c, w.state.support[a]))


def t143_des_undo(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    dests = _dests(w, a)
    if len(dests) < 2:
        return None
    d1, d2 = w.rng.sample(dests, 2)
    text = w.rng.choice(
        [
            f"I'd like the {a} put {_in(w, d1)}, then that undone, and then the {a} put {_in(w, d2)} instead.",
            f"I want the {a} moved {_to(w, d1)}; then undo that and move it {_to(w, d2)} instead.",
        ]
    )
    return text, _goal(_rel(w, a, d2))


def t143_des_oops(w: World) -> Made:
    cands = []
    for a in w.clear_blocks():
        for c in _clear(w, a):
            for bowl in w.bowls:
                if (
                    w.state.base(a) != bowl
                    and w.state.base(c) != bowl
                    and _room(w, bowl)
                ):
                    cands.append((a, c, bowl))
    if not cands:
        return None
    a, c, bowl = w.rng.choice(cands)
    text = w.rng.choice(
        [
            (
                f"I'd like the {a} in the {bowl}... no, actually, I'd rather it stayed where it is and the {c} went in "
                f"there instead."
            ),
            f"I want the {a} in the {bowl} - oh wait, no, I want the {a} left where it is and the {c} in the {bowl}.",
        ]
    )
    return text, _idle(kept(a), rels(Rel("in", c, bowl)))


def t143_des_again(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    a, s = w.rng.choice(lifted)
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                f"I want the {a} out of the {s} for a moment and then in the {s} again.",
                f"I'd like to see the {a} on the table briefly, and then back in the {s} again.",
            ]
        )
        return text, _goal(Rel("in", a, s))
    text = w.rng.choice(
        [
            f"I want the {a} off the {s} for a moment and then on the {s} again.",
            f"I'd like to see the {a} on the table briefly, and then back on the {s} again.",
        ]
    )
    return text, _goal(Rel("on", a, s))


def t143_des_swap(w: World) -> Made:
    swaps = _swaps(w)
    if not swaps:
        return None
    a, c = w.rng.choice(swaps)
    text = w.rng.choice(
        [
            f"I'd like the {a} and the {c} to trade places.",
            f"I want the {a} where the {c} is and the {c} where the {a} is.",
            f"I'd like you to swap the {a} and the {c} around.",
        ]
    )
    return text, _goal(*_swapped(w, a, c))


def t143_des_chatty(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    d = w.rng.choice(_dests(w, a, blocks=False))
    text = w.rng.choice(
        [
            f"It would be lovely if you could move the {a} {_to(w, d)} and then put it back once you're done.",
            f"I'd really appreciate it if the {a} could pop over {_to(w, d)} and then come home to where it was.",
        ]
    )
    return text, _back(a)


# ----- quantified -----------------------------------------------------------------------------------
def t143_qua_plain(w: World) -> Made:
    outside = [b for b in w.blocks if w.state.base(b) not in w.state.bowls]
    keep = [b for b in outside if w.state.support[b] == TABLE]
    if not 2 <= len(outside) <= 5 or not keep:
        return None
    a = w.rng.choice(keep)
    text = w.rng.choice(
        [
            f"Put all the blocks that aren't in a bowl into the bin, then put the {a} back where it was.",
            f"Throw every block that isn't in a bowl into the bin, and after that put the {a} back.",
        ]
    )
    return text, _idle(kept(a), binned([b for b in outside if b != a]))


def t143_qua_undo(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    k = w.rng.choice([2, 3]) if len(clear) >= 3 else 2
    some = w.pick(clear, k)
    d = w.rng.choice([BIN, *PLACES])
    names = " and the ".join([", the ".join(some[:-1]), some[-1]])
    text = w.rng.choice(
        [
            f"Put the {names} {_in(w, d)}, then undo {'both' if k == 2 else 'all three'} moves.",
            f"Move the {names} {_to(w, d)}, and then undo each of those moves.",
        ]
    )
    return text, _back(*some)


def t143_qua_oops(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    cands = []
    for a in w.blocks:
        for c in w.blocks:
            if a < c and all(
                w.state.support[x] in (TABLE, *w.bowls, a, c) for x in (a, c)
            ):
                cands.append((a, c))
    if not cands:
        return None
    a, c = w.rng.choice(cands)
    rest = [b for b in w.blocks if b not in (a, c)]
    text = w.rng.choice(
        [
            (
                f"Put all the blocks in the bin - actually, no, put the {a} and the {c} back where they were and "
                f"leave the rest in there."
            ),
            (
                f"Bin every block... hmm, no, not the {a} and the {c}: those two go back where they were, the rest stay "
                f"in the bin."
            ),
        ]
    )
    return text, _idle(kept(a, c), binned(rest))


def t143_qua_again(w: World) -> Made:
    stacked = [b for b in w.blocks if w.state.support[b] in w.state.support]
    full = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) >= 2]
    opts = []
    if stacked:
        opts.append("stacked")
    if full:
        opts.append("bowl")
    if not opts:
        return None
    if w.rng.choice(opts) == "bowl":
        bowl = w.rng.choice(full)
        inside = w.state.in_bowl(bowl)
        text = w.rng.choice(
            [
                f"Take all the blocks out of the {bowl}, then put them all in the {bowl} again.",
                f"Empty every block out of the {bowl} onto the table, and then put each of them in the {bowl} again.",
            ]
        )
        return text, _goal(*(Rel("in", b, bowl) for b in inside))
    text = w.rng.choice(
        [
            (
                "Take every block that's sitting on another block down to the table, then put each one on the block it "
                "was on again."
            ),
            "Unstack all the blocks onto the table and then stack every one of them again just as it was.",
        ]
    )
    return text, _back(*stacked)


def t143_qua_swap(w: World) -> Made:
    cands = []
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if not inside or len(inside) + 1 > layout.BOWL_CAPACITY:
            continue
        for a in w.clear_blocks():
            s = w.state.support[a]
            if w.state.base(a) == bowl or (s != TABLE and s not in w.state.bowls):
                continue
            if (
                s in w.state.bowls
                and len(w.state.in_bowl(s)) - 1 + len(inside) > layout.BOWL_CAPACITY
            ):
                continue
            cands.append((bowl, a, s, inside))
    if not cands:
        return None
    bowl, a, s, inside = w.rng.choice(cands)
    text = w.rng.choice(
        [
            (
                f"Swap the {a} into the {bowl}: take out every block that's in there now and put them all where the "
                f"{a} was."
            ),
            f"Put the {a} in the {bowl} and move all the blocks that are in the {bowl} now to where the {a} was.",
        ]
    )
    spots = (TABLE, *PLACES) if s == TABLE else (s,)

    def there(_i: SymState, f: SymState) -> bool:
        return all(f.base(z) in spots for z in inside)

    return text, _idle(rels(Rel("in", a, bowl)), there)


def t143_qua_chatty(w: World) -> Made:
    groups = []
    in_bowls = w.in_bowls()
    stacked = [b for b in w.blocks if w.state.support[b] in w.state.support]
    if 2 <= len(in_bowls) <= 4:
        groups.append(("all of the blocks that are in bowls", in_bowls))
    if 2 <= len(stacked) <= 4:
        groups.append(("all the blocks that are sitting on other blocks", stacked))
    clear = w.clear_blocks()
    if len(clear) >= 3:
        three = w.pick(clear, 3)
        groups.append((f"the {three[0]}, the {three[1]} and the {three[2]}", three))
    if not groups:
        return None
    what, group = w.rng.choice(groups)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"Okay, I want to try something: move {what} to the {p}, and once that's done put every one of them "
                f"back where it came from."
            ),
            f"So, could you shift {what} over to the {p} and then return each of them to where it was? Thanks a lot.",
        ]
    )
    return text, _back(*group)


# ----- negated --------------------------------------------------------------------------------------
def t143_neg_plain(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    d = w.rng.choice(_dests(w, a))
    text = w.rng.choice(
        [
            f"Move the {a} {_to(w, d)}, and don't put it back.",
            f"Put the {a} {_in(w, d)} - and don't bring it back afterwards.",
            f"Take the {a} {_to(w, d)}; do not return it to where it was.",
        ]
    )
    return text, _goal(_rel(w, a, d))


def t143_neg_undo(w: World) -> Made:
    cands = []
    for a in w.clear_blocks():
        for c in _clear(w, a):
            cands += [(a, c, d) for d in _dests(w, c, blocks=False, bin_=False)]
    if not cands:
        return None
    a, c, d = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Move the {a} to the bin and the {c} {_to(w, d)}, then undo the second move - not the first.",
            f"Put the {a} in the bin and the {c} {_in(w, d)}. Then undo the {c} move, but don't undo the bin one.",
        ]
    )
    return text, _idle(kept(c), binned([a]))


def t143_neg_oops(w: World) -> Made:
    cands = []
    for a in w.clear_blocks():
        for c in _clear(w, a):
            for d in _dests(w, c):
                if d != a and (
                    d in PLACES
                    or d == BIN
                    or d in w.state.support
                    or w.state.base(a) != d
                ):
                    cands.append((a, c, d))
    if not cands:
        return None
    a, c, d = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {a} {_in(w, d)}... no wait, not the {a}, the {c}.",
            f"Move the {a} {_to(w, d)} - no, sorry, not that one: the {c}. Leave the {a} alone.",
        ]
    )
    return text, _idle(kept(a), rels(_rel(w, c, d)))


def t143_neg_again(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    a, s = w.rng.choice(lifted)
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                f"Take the {a} out of the {s} and set it on the table; don't put it in the {s} again.",
                f"Put the {a} on the table, and don't put it back in the {s} again.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Put the {a} on the table, and don't put it on the {s} again.",
                f"Lift the {a} off the {s} and leave it on the table - don't stack it on the {s} again.",
            ]
        )
    return text, _goal(Rel("on_table", a))


def t143_neg_swap(w: World) -> Made:
    swaps = _swaps(w)
    if not swaps:
        return None
    a, c = w.rng.choice(swaps)
    text = w.rng.choice(
        [
            f"Swap the {a} and the {c}, but don't swap them back.",
            f"Have the {a} and the {c} trade places - and don't undo it afterwards.",
        ]
    )
    return text, _goal(*_swapped(w, a, c))


def t143_neg_chatty(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    d = w.rng.choice(
        [BIN, *(b for b in w.bowls if w.state.base(a) != b and _room(w, b))]
    )
    text = w.rng.choice(
        [
            (
                f"Please don't leave the {a} {_in(w, d)} - I only need it there for a moment, then it goes back where it "
                f"was."
            ),
            (
                f"Honestly, I don't want the {a} moved for good: put it {_in(w, d)} just for a second and then put it "
                f"back."
            ),
        ]
    )
    return text, _back(a)


# ----- relative -------------------------------------------------------------------------------------
def _referents(w: World) -> list[tuple[str, str]]:
    """(block, a relative clause that names it): a clear block on a block, or alone in a bowl."""
    out = []
    for a, s in _lifted(w):
        if s in w.state.bowls:
            if len(w.state.in_bowl(s)) == 1:
                out.append(
                    (
                        a,
                        w.rng.choice(
                            [
                                f"the block that's in the {s}",
                                f"the block sitting in the {s}",
                            ]
                        ),
                    )
                )
        else:
            out.append(
                (
                    a,
                    w.rng.choice(
                        [
                            f"the block that's on the {s}",
                            f"the block sitting on top of the {s}",
                        ]
                    ),
                )
            )
    return out


def t143_rel_plain(w: World) -> Made:
    refs = _referents(w)
    if not refs:
        return None
    a, what = w.rng.choice(refs)
    d = w.rng.choice(_dests(w, a, blocks=False))
    text = w.rng.choice(
        [
            f"Put {what} {_in(w, d)}, then put it back.",
            f"Move {what} {_to(w, d)} and then return it to where it was.",
        ]
    )
    return text, _back(a)


def t143_rel_undo(w: World) -> Made:
    refs = _referents(w)
    if not refs:
        return None
    a, what = w.rng.choice(refs)
    d = w.rng.choice([BIN, *PLACES])
    text = w.rng.choice(
        [
            f"Move {what} {_to(w, d)}, then undo that.",
            f"Take {what} and put it {_in(w, d)}; then reverse that move.",
        ]
    )
    return text, _back(a)


def t143_rel_oops(w: World) -> Made:
    refs = _referents(w)
    cands = [(a, what, c) for a, what in refs for c in _clear(w, a)]
    if not cands:
        return None
    a, what, c = w.rng.choice(cands)
    d = w.rng.choice([BIN, *PLACES])
    text = w.rng.choice(
        [
            f"Put {what} {_in(w, d)}... no, leave that one where it is and move the {c} {_to(w, d)} instead.",
            f"Move {what} {_to(w, d)}. Actually, wait - put it back, it's the {c} that should go there.",
        ]
    )
    return text, _idle(kept(a), rels(_rel(w, c, d)))


def t143_rel_again(w: World) -> Made:
    refs = _referents(w)
    if not refs:
        return None
    a, what = w.rng.choice(refs)
    s = w.state.support[a]
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                f"Lift {what} out and then put it in the {s} again.",
                f"Take {what}, set it on the table, and then put it in the {s} again.",
            ]
        )
        return text, _goal(Rel("in", a, s))
    text = w.rng.choice(
        [
            f"Take {what} off, and then put it on the {s} again.",
            f"Set {what} on the table, then stack it on the {s} again.",
        ]
    )
    return text, _goal(Rel("on", a, s))


def t143_rel_swap(w: World) -> Made:
    cands = []
    for z, y in _lifted(w):
        if y in w.state.bowls and len(w.state.in_bowl(y)) != 1:
            continue
        for a in _clear(w, z):
            if y in w.state.bowls and w.state.base(a) == y:
                continue
            if not holds(_rel(w, z, w.state.support[a]), w.state):
                cands.append((a, z, y))
    if not cands:
        return None
    a, z, y = w.rng.choice(cands)
    sa = w.state.support[a]
    if y in w.state.bowls:
        text = w.rng.choice(
            [
                f"Move the {a} into the {y} and put the block that was in there where the {a} was.",
                f"Put the {a} in the {y}, and the block that was in the {y} goes where the {a} used to be.",
            ]
        )
        return text, _goal(Rel("in", a, y), _rel(w, z, sa))
    text = w.rng.choice(
        [
            f"Put the {a} on the {y} and put the block that was on the {y} where the {a} was.",
            f"Stack the {a} on the {y}, and move the block that was sitting on the {y} to where the {a} was.",
        ]
    )
    return text, _goal(Rel("on", a, y), _rel(w, z, sa))


def t143_rel_chatty(w: World) -> Made:
    lifted = [
        (a, s)
        for a, s in _lifted(w)
        if s not in w.state.bowls or len(w.state.in_bowl(s)) == 1
    ]
    if not lifted:
        return None
    a, s = w.rng.choice(lifted)
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                f"See the block in the {s}? Could you lift it out onto the table for a moment and then pop it back in?",
                f"You know the block that's in the {s}? Take it out for a bit, then put it back in there, please.",
            ]
        )
        return text, _goal(Rel("in", a, s))
    text = w.rng.choice(
        [
            (
                f"You see the block sitting on top of the {s}? Could you set it on the table for a bit and then put it "
                f"back up there?"
            ),
            f"That block that's on the {s} - would you mind taking it down for a sec and then putting it back on?",
        ]
    )
    return text, _goal(Rel("on", a, s))


# ----- keep -----------------------------------------------------------------------------------------
def t143_keep_plain(w: World) -> Made:
    a = w.pick(w.clear_blocks())
    if not a:
        return None
    a = a[0]
    others = [c for c in w.blocks if c not in _tower(w, a)]
    if not others:
        return None
    c = w.rng.choice(others)
    d = w.rng.choice(_dests(w, a, blocks=False))
    text = w.rng.choice(
        [
            f"Move the {a} {_to(w, d)} and back, but keep the {c} where it is.",
            f"Keep the {c} exactly where it is while you take the {a} {_to(w, d)} and then put it back.",
        ]
    )
    return text, _back(a, c)


def t143_keep_undo(w: World) -> Made:
    cands = [(a, c) for a in w.clear_blocks() for c, _s in _lifted(w) if c != a]
    if not cands:
        return None
    a, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            (
                f"Put the {a} in the bin and the {c} on the table, then undo the bin move but keep the {c} where you "
                f"put it."
            ),
            (
                f"Move the {c} to the table and the {a} to the bin. Then undo the {a}'s move, keeping the {c} on the "
                f"table."
            ),
        ]
    )
    return text, _idle(kept(a), rels(Rel("on_table", c)))


def t143_keep_oops(w: World) -> Made:
    cands = []
    for a in w.clear_blocks():
        for c in _clear(w, a):
            cands += [(a, c, d) for d in (*PLACES, BIN)]
    if not cands:
        return None
    a, c, d = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Move the {a} {_to(w, d)}... hmm, no, keep the {a} where it is; move the {c} there instead.",
            f"Put the {a} {_in(w, d)}. Oh, no, wait - keep the {a} where it was and put the {c} there.",
        ]
    )
    return text, _idle(kept(a), rels(_rel(w, c, d)))


def t143_keep_again(w: World) -> Made:
    cands = [(a, s, c) for a, s in _lifted(w) for c in w.blocks if c not in (a, s)]
    if not cands:
        return None
    a, s, c = w.rng.choice(cands)
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                f"Take the {a} out of the {s}, then put it in the {s} again, and keep the {c} where it is.",
                f"Keeping the {c} where it is, lift the {a} out of the {s} and then put it in the {s} again.",
            ]
        )
        return text, _idle(kept(c), rels(Rel("in", a, s)))
    text = w.rng.choice(
        [
            f"Take the {a} off the {s}, then put it on the {s} again, and keep the {c} where it is.",
            f"Keeping the {c} where it is, lift the {a} off the {s} and then stack it on the {s} again.",
        ]
    )
    return text, _idle(kept(c), rels(Rel("on", a, s)))


def t143_keep_swap(w: World) -> Made:
    cands = [(a, c, d) for a, c in _swaps(w) for d in w.blocks if d not in (a, c)]
    if not cands:
        return None
    a, c, d = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Swap the {a} and the {c} but keep the {d} where it is.",
            f"Keep the {d} in place and have the {a} and the {c} trade spots.",
        ]
    )
    return text, _idle(kept(d), rels(*_swapped(w, a, c)))


def t143_keep_chatty(w: World) -> Made:
    cands = []
    clear = w.clear_blocks()
    for c in clear:
        sc = w.state.support[c]
        for e in clear:
            if e == c or holds(_rel(w, e, sc), w.state) or w.state.support[e] == sc:
                continue
            for a in w.blocks:
                if a in (c, e):
                    continue
                for d in _dests(w, c, bowls=False):
                    if d not in (a, e):
                        cands.append((a, c, e, d))
    if not cands:
        return None
    a, c, e, d = w.rng.choice(cands)
    sc = w.state.support[c]
    text = w.rng.choice(
        [
            (
                f"I'd like the {a} to stay exactly where it is, please. But could you move the {c} {_to(w, d)} and then "
                f"put the {e} where the {c} used to be?"
            ),
            f"Keep the {a} where it is, okay? Just take the {c} {_to(w, d)}, and put the {e} in the {c}'s old spot.",
        ]
    )
    return text, _idle(kept(a), rels(_rel(w, c, d), _rel(w, e, sc)))


# ----- multi_step -----------------------------------------------------------------------------------
def t143_multi_plain(w: World) -> Made:
    cands = []
    for a in w.clear_blocks():
        for c in _clear(w, a):
            cands += [(a, c, d) for d in _dests(w, c) if d != a]
    if not cands:
        return None
    a, c, d = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"First move the {a} to the bin, then the {c} {_to(w, d)}, and finally put the {a} back.",
            f"Put the {a} in the bin, move the {c} {_to(w, d)}, and then return the {a} to where it was.",
        ]
    )
    return text, _idle(kept(a), rels(_rel(w, c, d)))


def t143_multi_undo(w: World) -> Made:
    cands = []
    for a in w.clear_blocks():
        for c in _clear(w, a):
            cands += [(a, c, d) for d in _dests(w, c, bin_=False) if d != a]
    if not cands:
        return None
    a, c, d = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {a} in the bin, put the {c} {_in(w, d)}, and then undo the first of those two moves.",
            f"Step one, the {a} into the bin. Step two, the {c} {_to(w, d)}. Step three, undo step one.",
        ]
    )
    return text, _idle(kept(a), rels(_rel(w, c, d)))


def t143_multi_oops(w: World) -> Made:
    cands = []
    for a, s in _lifted(w):
        if _height(w, a) + 1 > layout.MAX_TOWER:
            continue
        cands += [
            (a, s, c) for c in _clear(w, a) if s not in w.state.bowls or _room(w, s)
        ]
    if not cands:
        return None
    a, s, c = w.rng.choice(cands)
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                (
                    f"Take the {a} out of the {s}, put the {c} in the {s}... actually no, put the {a} back in the {s} and "
                    f"put the {c} on top of it."
                ),
                (
                    f"Lift the {a} out of the {s} and drop the {c} in there - no wait, the {a} goes back in the {s}, and "
                    f"then the {c} goes on the {a}."
                ),
            ]
        )
        return text, _goal(Rel("in", a, s), Rel("on", c, a))
    text = w.rng.choice(
        [
            (
                f"Take the {a} off the {s}, put the {c} on the {s}... actually no, put the {a} back on the {s} and put "
                f"the {c} on top of it."
            ),
            (
                f"Lift the {a} off the {s} and stack the {c} there - no wait, the {a} goes back on the {s}, and then the "
                f"{c} goes on the {a}."
            ),
        ]
    )
    return text, _goal(Rel("on", a, s), Rel("on", c, a))


def t143_multi_again(w: World) -> Made:
    cands = [(a, s, c) for a, s in _lifted(w) for c, _t in _lifted(w) if c != a]
    if not cands:
        return None
    a, s, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {a} in the bin, then the {c} on the table, then put the {a} {_onto(w, s)} again.",
            f"First bin the {a}. Next, set the {c} down on the table. Last, put the {a} {_onto(w, s)} again.",
        ]
    )
    return text, _goal(_rel(w, a, s), Rel("on_table", c))


def t143_multi_swap(w: World) -> Made:
    swaps = _swaps(w)
    if not swaps:
        return None
    a, c = w.rng.choice(swaps)
    if w.rng.random() < 0.5:
        a, c = c, a
    text = w.rng.choice(
        [
            f"Swap the {a} with the {c}, and after that put the {a} back where it was and the {c} in the bin.",
            f"First have the {a} and the {c} swap places; then return the {a} to its original spot and bin the {c}.",
        ]
    )
    return text, _idle(kept(a), binned([c]))


def t143_multi_chatty(w: World) -> Made:
    cands = []
    for a in w.clear_blocks():
        sa = w.state.support[a]
        if sa in w.state.support and _height(w, a) + 1 > layout.MAX_TOWER:
            continue
        if sa in w.state.bowls and not _room(w, sa):
            continue
        for c in _clear(w, a):
            if w.state.support[c] != sa and not holds(_rel(w, c, sa), w.state):
                cands.append((a, c))
    if not cands:
        return None
    a, c = w.rng.choice(cands)
    sa = w.state.support[a]
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            (
                f"Okay, step one: move the {a} to the {p}. Step two: put the {c} where the {a} used to be. Then "
                f"finish by stacking the {a} on the {c}."
            ),
            (
                f"So here's what I'm after - shift the {a} over to the {p} for now, pop the {c} into the {a}'s old spot, "
                f"and then put the {a} on top of the {c}."
            ),
        ]
    )
    return text, _goal(_rel(w, c, sa), Rel("on", a, c))


# ----- question -------------------------------------------------------------------------------------
def t143_q_plain(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] != TABLE]
    if not cands:
        return None
    a = w.rng.choice(cands)
    s = w.state.support[a]
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                f"Which bowl is the {a} in right now? I'll need to put it back there later.",
                f"Before you move the {a}: what bowl is it sitting in, so we can return it afterwards?",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"What is the {a} sitting on right now? I'll want to put it back there later.",
                f"Before you move the {a}: which block is it on, so we can put it back afterwards?",
            ]
        )
    return text, answered(s)


def t143_q_undo(w: World) -> Made:
    cands = [
        (a, bowl)
        for a in w.clear_blocks()
        for bowl in w.bowls
        if w.state.base(a) != bowl and _room(w, bowl)
    ]
    if not cands:
        return None
    a, bowl = w.rng.choice(cands)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"How many blocks would be in the {bowl} if you put the {a} in it and then undid that?",
            (
                f"Say you moved the {a} into the {bowl} and then took it back out again - how many blocks would be in the "
                f"{bowl} then?"
            ),
        ]
    )
    return text, answered(str(n))


def t143_q_oops(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        others = [b for b in w.blocks if b not in (top, below)]
        if not others:
            return None
        a, c = (
            (w.rng.choice(others), top)
            if w.rng.random() < 0.5
            else (top, w.rng.choice(others))
        )
        text = w.rng.choice(
            [
                f"Is the {a} on the {below}? No wait - I mean, is the {c} on the {below}?",
                f"Is the {a} sitting on the {below}... sorry, I meant the {c}. Is the {c} on the {below}?",
            ]
        )
        return text, answered(yes(w.state.support[c] == below))
    if not w.bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    a, c = w.pick(w.blocks, 2)
    text = w.rng.choice(
        [
            f"Is the {a} in the {bowl}? Oops, I mean the {c} - is the {c} in the {bowl}?",
            f"Is the {a} in the {bowl}... no, scratch that: is the {c} in the {bowl}?",
        ]
    )
    return text, answered(yes(w.state.base(c) == bowl))


def t143_q_again(w: World) -> Made:
    cands = [
        (bowl, w.state.in_bowl(bowl)[0])
        for bowl in w.bowls
        if len(w.state.in_bowl(bowl)) == 1
    ]
    cands += [(below, top) for top, below in w.pairs()]
    if not cands:
        return None
    s, a = w.rng.choice(cands)
    if s in w.state.bowls:
        text = w.rng.choice(
            [
                f"Which block is sitting in the {s}? I'll want it back in there again afterwards.",
                f"What block is in the {s} at the moment? I'd like to put it in there again later.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Which block is on top of the {s}? I want to put it on there again later.",
                f"What's stacked on the {s} right now? I'll want it back on there again afterwards.",
            ]
        )
    return text, answered(a)


def t143_q_swap(w: World) -> Made:
    cands = []
    for a, c in _swaps(w):
        for x, y in ((a, c), (c, a)):
            cands += [(x, y, b) for b in w.bowls if w.state.base(x) != b]
            if w.state.support[x] != TABLE:
                cands.append((x, y, TABLE))
    if not cands:
        return None
    a, c, t = w.rng.choice(cands)
    if t == TABLE:
        text = w.rng.choice(
            [
                f"If I swapped the {a} and the {c}, would the {a} end up on the table?",
                f"Suppose the {a} and the {c} traded places - would the {a} then be on the table?",
            ]
        )
        return text, answered(yes(w.state.support[c] == TABLE))
    text = w.rng.choice(
        [
            f"If I swapped the {a} and the {c}, would the {a} end up in the {t}?",
            f"Suppose the {a} and the {c} traded places - would the {a} then be in the {t}?",
        ]
    )
    return text, answered(yes(w.state.base(c) == t))


def t143_q_chatty(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            (
                f"Before we start moving things around - how many blocks are in the {bowl} right now? I'll want them "
                f"all back in there later."
            ),
            (
                f"Quick one before I shuffle stuff: how many blocks does the {bowl} have in it at the moment? They'll "
                f"have to go back in afterwards."
            ),
        ]
    )
    return text, answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def t143_match_plain(w: World) -> Made:
    cands = _matchable(w)
    if not cands:
        return None
    a, _bowl = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {a} in the bowl that's the same colour, then put it back.",
            f"Move the {a} into its matching bowl and then return it to where it was.",
        ]
    )
    return text, _back(a)


def t143_match_undo(w: World) -> Made:
    cands = [(a, bowl, c) for a, bowl in _matchable(w) for c in _clear(w, a)]
    if not cands:
        return None
    a, bowl, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put the {a} in the bowl of the same colour and the {c} in the bin, then undo the bin move.",
            f"Drop the {c} in the bin and put the {a} into its matching bowl; then undo what you did with the {c}.",
        ]
    )
    return text, _idle(kept(c), rels(Rel("in", a, bowl)))


def t143_match_oops(w: World) -> Made:
    cands = [
        (a, bowl, c)
        for c, bowl in _matchable(w)
        for a in _clear(w, c)
        if w.state.base(a) != bowl
    ]
    cands = [(a, bowl, c) for a, bowl, c in cands if _room(w, bowl, 2)]
    if not cands:
        return None
    a, bowl, c = w.rng.choice(cands)
    text = w.rng.choice(
        [
            (
                f"Put the {a} in the {bowl}... no, wait, put it back - the {bowl} is for the block of the same colour. "
                f"Put that one in instead."
            ),
            (
                f"Move the {a} into the {bowl}. Oh, hang on, leave the {a} where it was and put the {c} in the bowl "
                f"that matches its colour."
            ),
        ]
    )
    return text, _idle(kept(a), rels(Rel("in", c, bowl)))


def t143_match_again(w: World) -> Made:
    cands = []
    for c, bowl in _matchable(w):
        for a, s in _lifted(w):
            if a != c and s != c and (s != bowl or _room(w, bowl, 2)):
                cands.append((a, s, c, bowl))
    if not cands:
        return None
    a, s, c, bowl = w.rng.choice(cands)
    text = w.rng.choice(
        [
            (
                f"Take the {a} {_off(w, s)}, put it {_onto(w, s)} again, and put the {c} in the bowl of the same "
                f"colour."
            ),
            f"Put the {c} into its matching bowl; also lift the {a} {_off(w, s)} and set it {_onto(w, s)} again.",
        ]
    )
    return text, _goal(_rel(w, a, s), Rel("in", c, bowl))


def t143_match_swap(w: World) -> Made:
    match = dict(_matchable(w))
    cands = [(x, y) for a, c in _swaps(w) for x, y in ((a, c), (c, a)) if x in match]
    if not cands:
        return None
    a, z = w.rng.choice(cands)
    bowl, sa = match[a], w.state.support[a]
    text = w.rng.choice(
        [
            f"Swap the {a} and the {z}, then put the {a} in the bowl of its colour.",
            f"Let the {a} and the {z} trade places, and after that move the {a} into the matching bowl.",
        ]
    )
    return text, _goal(Rel("in", a, bowl), _rel(w, z, sa))


def t143_match_chatty(w: World) -> Made:
    want = matching(w)
    bowls = {r.target for r in want}
    if any(len(w.state.in_bowl(b)) + 1 > layout.BOWL_CAPACITY for b in bowls):
        return None
    todo = [r for r in want if not holds(r, w.state)]
    cands = [r.block for r in todo if w.state.support[r.block] not in w.state.support]
    if len(want) < 2 or not cands:
        return None
    a = w.rng.choice(cands)
    text = w.rng.choice(
        [
            (
                f"Could you tidy up by putting every block into the bowl that's the same colour - oh, but then pop the "
                f"{a} back where it was, I still need it there."
            ),
            (
                f"Would you mind sorting the blocks into the bowls of their colours? Except, afterwards, please put the "
                f"{a} back where it started."
            ),
        ]
    )
    return text, _idle(kept(a), rels(*(r for r in want if r.block != a)))


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
_STYLES = ("plain", "undo", "oops", "again", "swap", "chatty")
FRESH143: list[Template] = [
    (f"t143_{short}_{style}", category, globals()[f"t143_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
