"""`FRESH138`, the hundred-and-thirty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: exclusivity. People state what must be the ONLY thing somewhere, or what must be alone: the one block a
bowl should hold, the only block left on the table, the bin holding just a named pair, a block given a bowl to
itself. Each check demands exactly what the words say: "the only block in the blue bowl" means that bowl holds
that block and nothing else; where the other blocks go is up to the robot unless the sentence says so, and the
gripper must end empty. The scenes are chosen so that something else is in the way or the goal needs moves, and
so that the request stays feasible (bin, bowl capacity).

- only: "Make the red block the only block in the blue bowl."
- alone: "Put the yellow block in a bowl all on its own."
- just: "The bin should have just the pink block and the green block in it."
- but: "Leave nothing but the green block on the table." (nothing but, everything but)
- sole: "The white block should be the sole block left on the table."
- except: "Take everything except the red block out of the blue bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on f60a2d6, the code of ce15473, after every fix before it and before anything
it could prompt): 0.2833 goal-correct (85 of 300), 177 refused, 14 asked, 24 wrong, fourteen of them actions: "I'd like
just X and Y left on the table" did nothing (three times); 'No more blocks in W, please: just X' took X out too (twice);
'make X the (one and) only block in W' and 'put X in W; I don't want any other blocks in there' left the others in (or
did nothing, five times); 'put X in a bowl all on its own', 'keep it in there alone' and 'make it the only block on the
table' did nothing; 'W should have just one block in it: the one sitting on X' put two in; ten wrong replies ('is X
alone in its bowl?' read 'X alone' as a thing). Most refusals were 'alone', 'sole', 'nothing but', 'off the table'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.symbolic import SymState

BIN_CAPACITY = len(layout.BIN_SLOTS)
BOWL_CAPACITY = layout.BOWL_CAPACITY


# ----- checks of exclusivity (every one also wants an empty gripper) ---------------------------------
def _only_in(bowl: str, *blocks: str) -> Check:
    """The bowl holds exactly these blocks."""
    want = sorted(blocks)
    return lambda _i, f: f.held is None and sorted(f.in_bowl(bowl)) == want


def _alone(*blocks: str) -> Check:
    """Each block sits in some bowl with no other block in that bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        if f.held is not None:
            return False
        return all(f.base(b) in f.bowls and f.in_bowl(f.base(b)) == [b] for b in blocks)

    return check


def _only_table(*blocks: str) -> Check:
    """These blocks, and no other, are on the table (towers standing on it count)."""
    want = sorted(blocks)
    return lambda _i, f: f.held is None and sorted(f.on_the_table()) == want


def _in_bin(f: SymState) -> list[str]:
    return sorted(b for b in f.blocks if f.base(b) == BIN)


def _bin_only(*blocks: str) -> Check:
    want = sorted(blocks)
    return lambda _i, f: f.held is None and _in_bin(f) == want


def _only_at(place: str, *blocks: str) -> Check:
    want = sorted(blocks)
    return lambda _i, f: (
        f.held is None and sorted(b for b in f.blocks if f.base(b) == place) == want
    )


def _kept(*blocks: str) -> Check:
    return lambda i, f: all(i.support[b] == f.support[b] for b in blocks)


def _all(*checks: Check) -> Check:
    return lambda i, f: all(c(i, f) for c in checks)


def _fresh(w: World, text: str, check: Check) -> Made:
    """The instance, unless its goal already holds at the start."""
    if check(w.state, w.state):
        return None
    return text, check


# ----- scene helpers --------------------------------------------------------------------------------
def _occupied(s: SymState) -> list[str]:
    return [c for c in s.bowls if s.in_bowl(c)]


def _crowded(s: SymState) -> list[str]:
    return [c for c in s.bowls if len(s.in_bowl(c)) >= 2]


def _room(s: SymState) -> int:
    """Free spots off the table: in the bin and in the bowls."""
    n = BIN_CAPACITY - len(_in_bin(s))
    return n + sum(max(0, BOWL_CAPACITY - len(s.in_bowl(c))) for c in s.bowls)


def _clearable(s: SymState, stay: list[str]) -> bool:
    """Every block on the table but `stay` can go into the bin or a bowl."""
    others = [b for b in s.on_the_table() if b not in stay]
    return bool(others) and len(others) <= _room(s)


def _on_table_directly(s: SymState) -> list[str]:
    return [b for b in s.blocks if s.support[b] in (TABLE, *PLACES)]


def _bowl_of(w: World) -> dict[str, str]:
    return {w.colour(c): c for c in w.bowls}


def _shared(w: World) -> list[str]:
    """Colours that name both a block and a bowl."""
    bowls = _bowl_of(w)
    return [w.colour(b) for b in w.blocks if w.colour(b) in bowls]


def _mismatched_in_bowls(w: World, f: SymState) -> list[str]:
    return [b for b in f.in_bowls() if w.colour(f.base(b)) != w.colour(b)]


# ----- imperative -----------------------------------------------------------------------------------
def t138_imp_only(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Make the {x[0]} the only block in the {bowl}.",
            f"Put the {x[0]} in the {bowl} and make it the only thing in there.",
            f"Get the {x[0]} into the {bowl}, and make it the only block there.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_imp_alone(w: World) -> Made:
    s = w.state
    every_bowl_taken = len(_occupied(s)) == len(s.bowls)
    xs = [
        b
        for b in w.blocks
        if every_bowl_taken or not s.is_clear(b) or s.base(b) in _crowded(s)
    ]
    x = w.pick(xs)
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Put the {x[0]} in a bowl all on its own.",
            f"Give the {x[0]} a bowl all to itself.",
            f"Set the {x[0]} down alone in one of the bowls.",
        ]
    )
    return _fresh(w, text, _alone(x[0]))


def t138_imp_just(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Empty the {bowl} and put just the {x[0]} in it.",
            f"Clear out the {bowl} so it has just the {x[0]} in it.",
            f"Fix it so the {bowl} has just the {x[0]} in it, nothing more.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_imp_but(w: World) -> Made:
    s = w.state
    x = w.pick([b for b in s.on_the_table() if _clearable(s, [b])])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Clear everything but the {x[0]} off the table.",
            f"Take every block but the {x[0]} off the table.",
            f"Get all the blocks but the {x[0]} off the table and into the bowls or the bin.",
        ]
    )
    return _fresh(w, text, _only_table(x[0]))


def t138_imp_sole(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.in_bowl(bowl) != [b]])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Make the {x[0]} the sole occupant of the {bowl}.",
            f"Make the {x[0]} the one and only block in the {bowl}.",
            f"Set things up so the {x[0]} is the sole block in the {bowl}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_imp_except(w: World) -> Made:
    s = w.state
    if not _crowded(s):
        x = w.pick([b for b in s.on_the_table() if _clearable(s, [b])])
        if not x:
            return None
        text = w.rng.choice(
            [
                f"Take every block off the table except the {x[0]}.",
                f"Move all the blocks except the {x[0]} off the table.",
            ]
        )
        return _fresh(w, text, _only_table(x[0]))
    bowl = w.rng.choice(_crowded(s))
    x = w.rng.choice(s.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Take everything except the {x} out of the {bowl}.",
            f"Empty the {bowl} except for the {x}.",
            f"Remove every block from the {bowl} except the {x}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x))


# ----- declarative ----------------------------------------------------------------------------------
def t138_dec_only(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.in_bowl(bowl) != [b]])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"The {x[0]} should be the only block in the {bowl}.",
            f"The only thing in the {bowl} ought to be the {x[0]}.",
            f"The {bowl} is supposed to hold only the {x[0]}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_dec_alone(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if any(o != b for o in s.in_bowl(bowl))])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"The {x[0]} belongs in the {bowl}, alone.",
            f"The {x[0]} should be sitting alone in the {bowl}.",
            f"The {x[0]} goes in the {bowl}, all alone.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_dec_just(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    text = w.rng.choice(
        [
            f"The bin should have just the {a} and the {b} in it.",
            f"Just the {a} and the {b} belong in the bin.",
            f"There should be just two blocks in the bin: the {a} and the {b}.",
        ]
    )
    return _fresh(w, text, _bin_only(a, b))


def t138_dec_but(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    pair = w.pick(w.blocks, 2)
    if not pair or not set(s.in_bowl(bowl)) - set(pair):
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"The {bowl} should contain nothing but the {x} and the {y}.",
            f"Nothing but the {x} and the {y} belongs in the {bowl}.",
            f"The {bowl} is meant for nothing but the {x} and the {y}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x, y))


def t138_dec_sole(w: World) -> Made:
    s = w.state
    x = w.pick([b for b in s.on_the_table() if _clearable(s, [b])])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"The {x[0]} should be the sole block left on the table.",
            f"The {x[0]} ought to end up as the one and only block on the table.",
            f"In the end the table should hold a single block, the {x[0]}.",
        ]
    )
    return _fresh(w, text, _only_table(x[0]))


def t138_dec_except(w: World) -> Made:
    x = w.pick(w.blocks)
    others = [b for b in w.blocks if b not in x]
    if not x or len(others) > BIN_CAPACITY:
        return None
    text = w.rng.choice(
        [
            f"Every block except the {x[0]} belongs in the bin.",
            f"All the blocks except the {x[0]} should be in the bin.",
            f"The bin is where every block except the {x[0]} should be.",
        ]
    )
    return _fresh(w, text, _bin_only(*others))


# ----- desiderative ---------------------------------------------------------------------------------
def t138_des_only(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"I want the {x[0]} to be the only block in the {bowl}.",
            f"I'd like the {bowl} to have only the {x[0]} in it.",
            f"What I want is only the {x[0]} in the {bowl}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_des_alone(w: World) -> Made:
    s = w.state
    x = w.pick(
        [b for b in w.blocks if s.base(b) in _crowded(s) or s.support[b] in s.support]
    )
    if not x:
        return None
    text = w.rng.choice(
        [
            f"I want the {x[0]} by itself in a bowl.",
            f"I'd like the {x[0]} on its own in a bowl, any bowl will do.",
            f"I'd love for the {x[0]} to sit alone in one of the bowls.",
        ]
    )
    return _fresh(w, text, _alone(x[0]))


def t138_des_just(w: World) -> Made:
    s = w.state
    direct = [b for b in s.on_the_table() if s.support[b] == TABLE]
    pair = w.pick(direct, 2)
    if not pair or not _clearable(s, pair):
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"I'd like just the {x} and the {y} left on the table.",
            f"I want just the {x} and the {y} on the table; the rest can go in the bowls or the bin.",
            f"I'd like the table to have just the {x} and the {y} on it.",
        ]
    )
    return _fresh(w, text, _only_table(x, y))


def t138_des_but(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"I'd like the {bowl} to hold nothing but the {x[0]}.",
            f"I want nothing but the {x[0]} in the {bowl}.",
            f"I'd prefer the {bowl} had nothing in it but the {x[0]}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_des_sole(w: World) -> Made:
    s = w.state
    buried = [b for b in w.blocks if not s.is_clear(b)]
    x = w.pick(buried or w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"I'd like the {x[0]} to be the sole block in the {place}.",
            f"I want the {x[0]} in the {place}, as the sole block there.",
            f"I'd like the {place} to hold the {x[0]} as its sole block.",
        ]
    )
    return _fresh(w, text, _only_at(place, x[0]))


def t138_des_except(w: World) -> Made:
    s = w.state
    x = w.pick([b for b in s.on_the_table() if _clearable(s, [b])])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"I want all the blocks except the {x[0]} off the table.",
            f"I'd like every block except the {x[0]} moved off the table.",
            f"I want the table cleared, except for the {x[0]}.",
        ]
    )
    return _fresh(w, text, _only_table(x[0]))


# ----- quantified -----------------------------------------------------------------------------------
def t138_qua_only(w: World) -> Made:
    s = w.state
    if len(s.bowls) < 2:
        return None
    bowls = list(s.bowls)
    text = w.rng.choice(
        [
            "Every bowl should have one block in it and only one.",
            "Put exactly one block in each bowl, only one.",
            "Each of the bowls should end up holding one block only.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and all(len(f.in_bowl(c)) == 1 for c in bowls)

    return _fresh(w, text, check)


def t138_qua_alone(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"The {x} and the {y} should each sit alone in a bowl.",
            f"Give the {x} and the {y} a bowl each, with each of them alone in it.",
            f"Put the {x} and the {y} in two different bowls, each one alone.",
        ]
    )
    return _fresh(w, text, _alone(x, y))


def t138_qua_just(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(s.bowls)
    a, b, c = w.pick(w.blocks, 3)
    text = w.rng.choice(
        [
            f"Put just three blocks in the {bowl}: the {a}, the {b} and the {c}.",
            f"The {bowl} should hold just these three blocks: the {a}, the {b} and the {c}.",
            f"Just three blocks should be in the {bowl}, the {a}, the {b} and the {c}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, a, b, c))


def t138_qua_but(w: World) -> Made:
    s = w.state
    if len(s.bowls) < 2:
        return None
    bowls = [c for c in s.bowls if any(s.in_bowl(o) for o in s.bowls if o != c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    rest = [c for c in s.bowls if c != bowl]
    text = w.rng.choice(
        [
            f"Every bowl but the {bowl} should be empty.",
            f"All the bowls but the {bowl} need to be emptied.",
            f"Empty out every bowl but the {bowl}.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and not any(f.in_bowl(c) for c in rest)

    return _fresh(w, text, check)


def t138_qua_sole(w: World) -> Made:
    s = w.state
    bowls = [c for c in s.bowls if len(s.in_bowl(c)) != 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    if s.in_bowl(bowl):
        text = w.rng.choice(
            [
                f"Take blocks out of the {bowl} until a single one is left.",
                f"The {bowl} should end up with a single block in it, no more.",
                f"Leave one block, and one only, in the {bowl}.",
            ]
        )
    else:
        text = w.rng.choice(
            [
                f"Put a single block in the {bowl}, one and no more.",
                f"The {bowl} should end up with exactly one block in it.",
            ]
        )

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and len(f.in_bowl(bowl)) == 1

    return _fresh(w, text, check)


def t138_qua_except(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    inside = s.in_bowl(bowl)
    others = [b for b in w.blocks if b not in inside]
    if not others or len(others) > BIN_CAPACITY:
        return None
    text = w.rng.choice(
        [
            f"Throw every block into the bin except the ones in the {bowl}.",
            f"All the blocks should go in the bin, except whatever is in the {bowl}.",
            f"Bin every block except those sitting in the {bowl}.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return (
            f.held is None
            and _in_bin(f) == sorted(others)
            and all(f.base(b) == bowl for b in inside)
        )

    return _fresh(w, text, check)


# ----- negated --------------------------------------------------------------------------------------
def t138_neg_only(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"The {x[0]} should be the only block in the {bowl}; don't leave anything else in there.",
            f"Put the {x[0]} in the {bowl} and don't let any other block stay in it; only the {x[0]}.",
            f"Don't leave any other block in the {bowl}: the {x[0]} should be the only one in it.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_neg_alone(w: World) -> Made:
    s = w.state
    crowded = _crowded(s)
    if crowded and w.rng.random() < 0.5:
        bowl = w.rng.choice(crowded)
        x = w.rng.choice(s.in_bowl(bowl))
        text = w.rng.choice(
            [
                f"The {x} shouldn't share the {bowl} with any other block; it should be alone in there.",
                f"Don't let any other block stay in the {bowl} with the {x}. It should be alone.",
            ]
        )
        return _fresh(w, text, _only_in(bowl, x))
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Put the {x[0]} in the {bowl}, alone, not together with any other block.",
            f"The {x[0]} goes in the {bowl} alone; don't leave it in there with other blocks.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_neg_just(w: World) -> Made:
    s = w.state
    if not _crowded(s):
        if not _occupied(s):
            return None
        bowl = w.rng.choice(_occupied(s))
        x = w.pick([b for b in w.blocks if s.base(b) != bowl])
        if not x:
            return None
        text = w.rng.choice(
            [
                (
                    f"Put the {x[0]} in the {bowl}; I don't want any other blocks in there, just"
                    f" the {x[0]}."
                ),
                (
                    f"The {x[0]} goes in the {bowl}, and no other block stays there: just the"
                    f" {x[0]}."
                ),
            ]
        )
        return _fresh(w, text, _only_in(bowl, x[0]))
    bowl = w.rng.choice(_crowded(s))
    x = w.rng.choice(s.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"I don't want any blocks in the {bowl} other than just the {x}.",
            f"No more blocks in the {bowl}, please: just the {x}.",
            f"The {bowl} shouldn't hold anything but just the {x}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x))


def t138_neg_but(w: World) -> Made:
    s = w.state
    x = w.pick([b for b in s.on_the_table() if _clearable(s, [b])])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Don't leave anything but the {x[0]} on the table.",
            f"Don't keep any block but the {x[0]} on the table.",
            f"I don't want anything but the {x[0]} left on the table.",
        ]
    )
    return _fresh(w, text, _only_table(x[0]))


def t138_neg_sole(w: World) -> Made:
    s = w.state
    buried = [b for b in w.blocks if not s.is_clear(b)]
    x = w.pick(buried or w.blocks)
    text = w.rng.choice(
        [
            f"Don't put anything in the bin but the {x[0]}; it should be the sole block in there.",
            f"The {x[0]} should be the sole block in the bin. Don't throw any other block in.",
            f"No other block goes in the bin: the {x[0]} should be the sole one in there.",
        ]
    )
    return _fresh(w, text, _bin_only(x[0]))


def t138_neg_except(w: World) -> Made:
    s = w.state
    if not _crowded(s):
        x = w.pick([b for b in s.on_the_table() if _clearable(s, [b])])
        if not x:
            return None
        text = w.rng.choice(
            [
                f"Don't leave any block on the table except the {x[0]}.",
                f"No block except the {x[0]} should stay on the table.",
            ]
        )
        return _fresh(w, text, _only_table(x[0]))
    bowl = w.rng.choice(_crowded(s))
    x = w.rng.choice(s.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Don't leave any block in the {bowl} except the {x}.",
            f"Nothing except the {x} should be left in the {bowl}.",
            f"No block except the {x} may stay in the {bowl}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x))


# ----- relative -------------------------------------------------------------------------------------
def t138_rel_only(w: World) -> Made:
    s = w.state
    ys = w.pick(s.in_bowls())
    if not ys:
        return None
    y = ys[0]
    bowl = s.base(y)
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Make the {x[0]} the only block in the bowl the {y} is in.",
            f"The bowl that has the {y} in it should hold only the {x[0]}.",
            f"Put the {x[0]} in the bowl where the {y} is, and make it the only block there.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_rel_alone(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    y, x = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Put the block that the {y} is sitting on in a bowl by itself.",
            f"The block that's under the {y} should go in a bowl alone.",
            f"Take the block the {y} rests on and put it alone in a bowl.",
        ]
    )
    return _fresh(w, text, _alone(x))


def t138_rel_just(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    s = w.state
    bowl = w.rng.choice(s.bowls)
    text = w.rng.choice(
        [
            f"The {bowl} should have just one block in it: the one sitting on the {z}.",
            f"Put the block that's on top of the {z} in the {bowl}, so that just that block is in there.",
            f"The {bowl} should hold just the block that's resting on the {z}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x))


def t138_rel_but(w: World) -> Made:
    s = w.state
    pairs = [(x, z) for x, z in w.pairs() if s.base(x) == TABLE and _clearable(s, [x])]
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"Put everything but the block that's on top of the {z} into the bowls or the bin.",
            f"Every block but the one that's sitting on the {z} has to come off the table.",
            f"Clear the table of everything but the block that's resting on the {z}.",
        ]
    )
    return _fresh(w, text, _only_table(x))


def t138_rel_sole(w: World) -> Made:
    s = w.state
    side = w.rng.choice(["left", "right"])
    sign = 1 if side == "left" else -1
    order = sorted(w.blocks, key=lambda b: sign * w.y(b))
    x, nxt = order[0], order[1]
    if s.support[x] != TABLE or not s.is_clear(x) or abs(w.y(x) - w.y(nxt)) < 0.03:
        return None
    bowl = w.rng.choice(s.bowls)
    text = w.rng.choice(
        [
            f"Make the block that's furthest to the {side} the sole block in the {bowl}.",
            f"The block that sits farthest {side} should end up as the sole block in the {bowl}.",
            f"Take the block that's the furthest {side} and make it the sole occupant of the {bowl}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x))


def t138_rel_except(w: World) -> Made:
    s = w.state
    if not _crowded(s):
        pairs = [
            (y, x) for y, x in w.pairs() if s.base(x) == TABLE and _clearable(s, [x])
        ]
        if not pairs:
            return None
        y, x = w.rng.choice(pairs)
        text = w.rng.choice(
            [
                f"Take everything off the table except the block that the {y} is sitting on.",
                f"Clear the table, except for the block that's under the {y}.",
            ]
        )
        return _fresh(w, text, _only_table(x))
    bowl = w.rng.choice(_crowded(s))
    x = w.rng.choice(s.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"Empty the bowl that the {x} is in, except for the {x} itself.",
            f"Take everything out of the bowl that holds the {x}, except the {x}.",
            f"The bowl the {x} is sitting in should be emptied of everything except the {x}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x))


# ----- keep -----------------------------------------------------------------------------------------
def t138_keep_only(w: World) -> Made:
    s = w.state
    x = w.pick(
        [b for b in s.on_the_table() if s.support[b] == TABLE and _clearable(s, [b])]
    )
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Keep the {x[0]} where it is and make it the only block on the table.",
            f"Leave the {x[0]} where it is; it should be the only block left on the table.",
            f"Keep the {x[0]} in place, with only it left on the table.",
        ]
    )
    return _fresh(w, text, _all(_kept(x[0]), _only_table(x[0])))


def t138_keep_alone(w: World) -> Made:
    s = w.state
    if not _crowded(s):
        if not _occupied(s):
            return None
        bowl = w.rng.choice(_occupied(s))
        x = w.pick([b for b in w.blocks if s.base(b) != bowl])
        if not x:
            return None
        ys = [
            b
            for b in w.blocks
            if b != x[0] and s.base(b) != bowl and b not in s.above(x[0])
        ]
        y = w.pick(ys)
        if not y:
            return None
        text = w.rng.choice(
            [
                f"Keep the {y[0]} where it is, and put the {x[0]} alone in the {bowl}.",
                f"Keep the {y[0]} right where it is; the {x[0]} should sit alone in the {bowl}.",
            ]
        )
        return _fresh(w, text, _all(_kept(y[0]), _only_in(bowl, x[0])))
    bowl = w.rng.choice(_crowded(s))
    x = w.rng.choice([b for b in s.in_bowl(bowl) if s.support[b] == bowl])
    text = w.rng.choice(
        [
            f"Keep the {x} in the {bowl}, but alone.",
            f"Keep the {x} sitting in the {bowl}, alone, with the other blocks out.",
            f"The {x} stays in the {bowl}; keep it in there alone.",
        ]
    )
    return _fresh(w, text, _all(_kept(x), _only_in(bowl, x)))


def t138_keep_just(w: World) -> Made:
    s = w.state
    pair = w.pick([b for b in s.on_the_table() if s.support[b] == TABLE], 2)
    if not pair:
        return None
    others = [b for b in s.on_the_table() if b not in pair]
    if not others or len(others) > BIN_CAPACITY - len(_in_bin(s)):
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Keep just the {x} and the {y} on the table; the other blocks on the table go in the bin.",
            (
                f"Keep the {x} and the {y} where they are and put the rest of the table's blocks in the bin,"
                " so just those two stay on the table."
            ),
            (
                f"Just the {x} and the {y} stay on the table, right where they are; bin the other blocks that"
                " are on the table."
            ),
        ]
    )

    def binned(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) == BIN for b in others)

    return _fresh(w, text, _all(_kept(x, y), binned, _only_table(x, y)))


def t138_keep_but(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Keep the {bowl} for the {x[0]} and nothing but the {x[0]}.",
            f"Keep the {bowl} for nothing but the {x[0]}.",
            f"The {bowl} is to be kept for the {x[0]}, with nothing but it in there.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_keep_sole(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(_occupied(s) or s.bowls)
    x = w.pick([b for b in w.blocks if s.in_bowl(bowl) != [b]])
    if not x:
        return None
    ys = [
        b
        for b in w.blocks
        if b != x[0] and s.base(b) != bowl and b not in s.above(x[0])
    ]
    y = w.pick(ys)
    if not y:
        return None
    text = w.rng.choice(
        [
            f"Keep the {y[0]} where it is, and make the {x[0]} the sole block in the {bowl}.",
            f"Leave the {y[0]} in place and make the {x[0]} the sole occupant of the {bowl}.",
            f"The {x[0]} should become the sole block in the {bowl}, but keep the {y[0]} where it is.",
        ]
    )
    return _fresh(w, text, _all(_kept(y[0]), _only_in(bowl, x[0])))


def t138_keep_except(w: World) -> Made:
    s = w.state
    empties = [c for c in s.bowls if not s.in_bowl(c)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    x = w.pick([b for b in w.blocks if s.is_clear(b) and s.base(b) != BIN])
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0]]
    text = w.rng.choice(
        [
            (
                f"Keep every block where it is except the {x[0]}, and make the {x[0]} the only block in"
                f" the {bowl}."
            ),
            (
                f"Except for the {x[0]}, keep all the blocks where they are; the {x[0]} goes in the"
                f" {bowl}, alone."
            ),
            (
                f"Keep everything in place except the {x[0]}, which should end up as the sole block in"
                f" the {bowl}."
            ),
        ]
    )
    return _fresh(w, text, _all(_kept(*others), _only_in(bowl, x[0])))


# ----- multi-step -----------------------------------------------------------------------------------
def t138_multi_only(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            (
                f"First take everything out of the {bowl}, then put the {x[0]} in it so it's the only"
                " block there."
            ),
            f"Empty the {bowl} first, and then put in the {x[0]} as the only block.",
            f"Clear the {bowl} out, then put the {x[0]} in it; it should be the only thing in there.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_multi_alone(w: World) -> Made:
    bowls = w.pick(w.bowls, 2)
    pair = w.pick(w.blocks, 2)
    if not bowls or not pair:
        return None
    (b, c), (x, y) = bowls, pair
    text = w.rng.choice(
        [
            f"Put the {x} in the {b} alone, then put the {y} in the {c} alone.",
            f"First give the {x} the {b} all to itself, then give the {y} the {c} all to itself.",
            f"Set the {x} alone in the {b}, and after that the {y} alone in the {c}.",
        ]
    )
    return _fresh(w, text, _all(_only_in(b, x), _only_in(c, y)))


def t138_multi_just(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    x, y = pair
    place = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"Move the {x} to the {place}, then make the {bowl} hold just the {y}.",
            f"First put the {x} in the {place}, then fix the {bowl} so it has just the {y} in it.",
            f"Put the {x} in the {place}, and after that I want just the {y} in the {bowl}.",
        ]
    )

    def at(_i: SymState, f: SymState) -> bool:
        return f.base(x) == place

    return _fresh(w, text, _all(at, _only_in(bowl, y)))


def t138_multi_but(w: World) -> Made:
    s = w.state
    if not _occupied(s):
        return None
    bowl = w.rng.choice(_occupied(s))
    pair = w.pick(w.blocks, 2)
    if not pair or not set(s.in_bowl(bowl)) - set(pair):
        return None
    x, y = pair
    text = w.rng.choice(
        [
            f"Empty the {bowl}, then fill it with nothing but the {x} and the {y}.",
            f"First clear out the {bowl}; after that it should get nothing but the {x} and the {y}.",
            f"Take everything out of the {bowl} and then put nothing but the {x} and the {y} in it.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x, y))


def t138_multi_sole(w: World) -> Made:
    s = w.state
    ys = w.pick(s.in_bowls())
    if not ys:
        return None
    y = ys[0]
    bowl = s.base(y)
    x = w.pick([b for b in w.blocks if s.base(b) != bowl])
    if not x:
        return None
    text = w.rng.choice(
        [
            f"Take the {y} out of the {bowl}, then put the {x[0]} in there as the sole block.",
            (
                f"First lift the {y} out of the {bowl}; after that the {x[0]} goes in, as the sole block"
                " in there."
            ),
            f"Get the {y} out of the {bowl} and then make the {x[0]} the sole block in it.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_multi_except(w: World) -> Made:
    x = w.pick(w.blocks)
    if not x:
        return None
    others = [b for b in w.blocks if b != x[0]]
    if len(others) > BIN_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice(
        [
            (
                f"Put every block except the {x[0]} in the bin, then put the {x[0]} in the {bowl} by"
                " itself."
            ),
            f"First bin every block except the {x[0]}; then the {x[0]} goes alone in the {bowl}.",
            (
                f"Throw all the blocks except the {x[0]} into the bin, and after that put the {x[0]} in"
                f" the {bowl}."
            ),
        ]
    )
    return _fresh(w, text, _all(_bin_only(*others), _only_in(bowl, x[0])))


# ----- questions ------------------------------------------------------------------------------------
def t138_q_only(w: World) -> Made:
    s = w.state
    singles = [c for c in s.bowls if len(s.in_bowl(c)) == 1]
    if singles and w.rng.random() < 0.5:
        bowl = w.rng.choice(singles)
        x = s.in_bowl(bowl)[0]
    else:
        if not _occupied(s):
            return None
        bowl = w.rng.choice(_occupied(s))
        x = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"Is the {x} the only block in the {bowl}?",
            f"Is the {x} the only thing in the {bowl}?",
            f"Does the {bowl} have only the {x} in it?",
        ]
    )
    return text, answered(yes(s.in_bowl(bowl) == [x]))


def t138_q_alone(w: World) -> Made:
    s = w.state
    x = w.pick(s.in_bowls())
    if not x:
        return None
    bowl = s.base(x[0])
    text = w.rng.choice(
        [
            f"Is the {x[0]} alone in its bowl?",
            f"Is the {x[0]} sitting alone in the {bowl}?",
            f"Is the {x[0]} all alone in the {bowl}, with no other block?",
        ]
    )
    return text, answered(yes(s.in_bowl(bowl) == [x[0]]))


def t138_q_just(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(s.bowls)
    text = w.rng.choice(
        [
            f"Does the {bowl} have just one block in it?",
            f"Is there just one block in the {bowl}?",
            f"Is just a single block sitting in the {bowl}?",
        ]
    )
    return text, answered(yes(len(s.in_bowl(bowl)) == 1))


def t138_q_but(w: World) -> Made:
    s = w.state
    x = w.pick(s.in_bowls())
    if not x:
        return None
    bowl = s.base(x[0])
    text = w.rng.choice(
        [
            f"Is there anything but the {x[0]} in the {bowl}?",
            f"Does the {bowl} hold anything but the {x[0]}?",
            f"Is there any block but the {x[0]} in the {bowl}?",
        ]
    )
    return text, answered(yes(len(s.in_bowl(bowl)) > 1))


def t138_q_sole(w: World) -> Made:
    s = w.state
    singles = [c for c in s.bowls if len(s.in_bowl(c)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    text = w.rng.choice(
        [
            f"What's the sole block in the {bowl}?",
            f"Which block is the sole one in the {bowl}?",
            f"The {bowl} has a sole block in it. Which one is it?",
        ]
    )
    return text, answered(s.in_bowl(bowl)[0])


def t138_q_except(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if any(s.support[b] not in (TABLE, *PLACES) for b in table) or len(table) < 2:
        return None
    x = w.rng.choice(table)
    text = w.rng.choice(
        [
            f"How many blocks are on the table, except the {x}?",
            f"Except for the {x}, how many blocks are there on the table?",
            f"Not counting the {x}, how many blocks are on the table?",
        ]
    )
    return text, answered(str(len(table) - 1))


# ----- matching -------------------------------------------------------------------------------------
def t138_match_only(w: World) -> Made:
    shared = _shared(w)
    if not shared:
        return None
    c = w.rng.choice(shared)
    text = w.rng.choice(
        [
            f"Only the {c} block should be in the {c} bowl.",
            f"Make the {c} bowl hold only its matching block, the {c} block.",
            f"The {c} bowl should have only the block of its own colour in it.",
        ]
    )
    return _fresh(w, text, _only_in(f"{c} bowl", f"{c} block"))


def t138_match_alone(w: World) -> Made:
    shared = _shared(w)
    if not shared:
        return None
    checks = [_only_in(f"{c} bowl", f"{c} block") for c in shared]
    text = w.rng.choice(
        [
            "Every block that has a bowl of its own colour should sit alone in that bowl.",
            "Put every block that matches a bowl into that bowl, alone.",
            "Each block with a bowl of the same colour goes in it, all alone.",
        ]
    )
    return _fresh(w, text, _all(*checks))


def t138_match_just(w: World) -> Made:
    if not _mismatched_in_bowls(w, w.state):
        return None
    text = w.rng.choice(
        [
            "Make sure the bowls hold just blocks of their own colour.",
            "The bowls should have just matching blocks in them; take out any that don't match.",
            "Each bowl should contain just blocks of its own colour, if any.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return f.held is None and not _mismatched_in_bowls(w, f)

    return _fresh(w, text, check)


def t138_match_but(w: World) -> Made:
    bowls = _bowl_of(w)
    ys = [b for b in w.blocks if w.colour(b) in bowls]
    if not ys:
        return None
    y = w.rng.choice(ys)
    bowl = bowls[w.colour(y)]
    x = w.pick([b for b in w.blocks if b != y])
    if not x:
        return None
    text = w.rng.choice(
        [
            (
                f"Put the {x[0]} in the bowl that's the same colour as the {y}, with nothing but the"
                f" {x[0]} in there."
            ),
            f"The bowl matching the {y} should hold nothing but the {x[0]}.",
            f"Fill the bowl of the {y}'s colour with nothing but the {x[0]}.",
        ]
    )
    return _fresh(w, text, _only_in(bowl, x[0]))


def t138_match_sole(w: World) -> Made:
    s = w.state
    bowls = _bowl_of(w)
    xs = [b for b in s.on_the_table() if w.colour(b) in bowls and _clearable(s, [b])]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = bowls[w.colour(x)]
    text = w.rng.choice(
        [
            (
                f"The block that's the same colour as the {bowl} should be the sole block left on the"
                " table."
            ),
            f"Make the block matching the {bowl} the sole block on the table.",
            f"Leave the block that matches the {bowl} as the sole block on the table.",
        ]
    )
    return _fresh(w, text, _only_table(x))


def t138_match_except(w: World) -> Made:
    s = w.state
    if not _mismatched_in_bowls(w, s):
        return None
    home = {b: s.base(b) for b in s.in_bowls() if w.colour(s.base(b)) == w.colour(b)}
    text = w.rng.choice(
        [
            "Take everything out of the bowls except blocks sitting in the bowl of their own colour.",
            "Empty the bowls, except for any block that's in the bowl matching its colour.",
            "Clear every block out of the bowls except the ones already in their matching bowl.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return (
            f.held is None
            and sorted(f.in_bowls()) == sorted(home)
            and all(f.base(b) == c for b, c in home.items())
        )

    return _fresh(w, text, check)


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
_STYLES = ("only", "alone", "just", "but", "sole", "except")
FRESH138: list[Template] = [
    (f"t138_{short}_{style}", category, globals()[f"t138_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
