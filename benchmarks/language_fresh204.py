"""`FRESH204`, the two-hundred-and-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, plain questions about
the table), each asked by six kinds of people:
- architect: "Place the red block on top of the blue block; the blue one is the foundation."
- comedian: "Put every block in the bin. All of them. I'm starting over, like my career."
- detective: "I note that the green block sits in the yellow bowl. Therefore, it goes in the bin."
- farmer: "shift that red block over to the top left corner yonder"
- emoji: "put the red block in the blue bowl 🥣 pls 🙏"
- careful: "Move the orange block to the middle. Ensure it rests exactly at the middle; do not leave it held."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5dceb75, the code of 77ff122, before anything it could prompt): 0.5467
goal-correct (164 of 300), 125 refused, 5 asked, one wrong action and five wrong replies. The wrong action: "Of the blocks
that are not in any bowl, take exactly the one nearest to W and place it in W." put a block on another block. Mending it
found "the block nearest to W that is not in a bowl" taking the nearest block of all, the clause dropped (wrong before
this batch too). The wrong replies: "how many blocks ye got all told, and what's sittin in W?". The refusals: the
architect's "X is the foundation, so it stays on the table", "as the foundation", "build Y on top of it"; the detective's
"I note that X is in W. Take it out ...", "as you may have deduced", "I observe 3 bowls on the table. Therefore: ...", "By
my reckoning one block sits closer to P than any other. Put that block in the bin.", "... are evidence, so do not disturb
them"; the comedian's jokes after the request; the farmer's "them blocks", "took out", "that'n"; the emoji texter's "➡️";
the careful engineer's "Not one, not three: ...", "do not leave it in the gripper".
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
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    return None if check(w.state, w.state) else (text, check)


def _loose(w: World) -> list[str]:
    """Blocks not in the bin or the gripper."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _grounded(w: World, b: str) -> bool:
    """The block rests directly on the table (or a named place on it)."""
    return w.state.support[b] in _GROUND


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _bases(w: World) -> list[str]:
    """Blocks on the table level that can take one block on top (a two-block tower at most)."""
    return [b for b in _loose(w) if _grounded(w, b)]


def _onto(w: World) -> tuple[str, str] | None:
    """(mover, base) for "put the mover on the base": distinct, the base on the table, not already so."""
    bases = _bases(w)
    if not bases:
        return None
    base = w.rng.choice(bases)
    movers = [b for b in _loose(w) if b != base and w.state.support[b] != base]
    if not movers:
        return None
    return w.rng.choice(movers), base


def _into(w: World, need: int = 1, exclude_in: bool = True) -> tuple[str, str] | None:
    """(block, bowl): a block not yet in that bowl and a bowl with room for it."""
    bowls = [o for o in w.bowls if _room(w, o, need)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blocks = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not blocks:
        return None
    return w.rng.choice(blocks), bowl


def _below(s: SymState, b: str) -> list[str]:
    """Blocks under `b` in its tower."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _alone(w: World, b: str) -> bool:
    """The block stands by itself: nothing on it and nothing under it."""
    return w.state.is_clear(b) and w.state.support[b] not in w.state.support


def _unique_min(w: World, cands: list[str], key) -> str | None:
    """The candidate with the clearly smallest key (a margin of 3 cm), standing alone; else None."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=key)
    if key(ranked[1]) - key(ranked[0]) < 0.03 or not _alone(w, ranked[0]):
        return None
    return ranked[0]


def _where(w: World, b: str) -> str:
    s = w.state.support[b]
    return "table" if s == TABLE else s


def _words(names: list[str]) -> str:
    return "|".join(names) if names else "nothing"


# ----- imperative -------------------------------------------------------------------------------------
def t204_imp_architect(w: World) -> Made:
    pick = _onto(w)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"Place the {a} on top of the {b}. The {b} is the foundation, so it stays on the table.",
                 _act(rels(Rel("on", a, b), Rel("on_table", b))))


def t204_imp_comedian(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o)]
    blocks = [b for b in _loose(w) if w.state.base(b) in _GROUND]
    if not bowls or not blocks:
        return None
    b, o = w.rng.choice(blocks), w.rng.choice(bowls)
    return _made(w, f"Put the {b} in the {o}. It's been sitting on that table so long it's started paying rent.",
                 _act(rels(Rel("in", b, o))))


def t204_imp_detective(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    return _made(w, f"I note that the {b} is in the {o}. Take it out and drop it in the bin.",
                 _act(rels(Rel("in_bin", b))))


def t204_imp_farmer(w: World) -> Made:
    place = w.rng.choice(PLACES[:4])
    blocks = [b for b in _loose(w) if w.state.base(b) != place]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"shift that {b} over to the {place} yonder", _act(rels(Rel("at", b, place))))


def t204_imp_emoji(w: World) -> Made:
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"grab the {b} and toss it in the bin 🗑️👍", _act(rels(Rel("in_bin", b))))


def t204_imp_careful(w: World) -> Made:
    blocks = [b for b in _loose(w) if w.state.base(b) != "middle"]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"Move the {b} to the middle of the table. Ensure it ends up exactly at the middle, and do not "
                    "leave it in the gripper.", _act(rels(Rel("at", b, "middle"))))


# ----- declarative ------------------------------------------------------------------------------------
def t204_dec_architect(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 3:
        return None
    x, y, z = w.pick(blocks, 3)
    return _made(w, f"The structure should read, from the ground up: the {x}, then the {y}, then the {z} on top.",
                 _act(rels(Rel("stacked", x, y, z))))


def t204_dec_comedian(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, o = pick
    return _made(w, f"The {b} belongs in the {o}. It told me so. We talked. It was a weird night.",
                 _act(rels(Rel("in", b, o))))


def t204_dec_detective(w: World) -> Made:
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"The evidence is clear: the {b} should end up in the bin. Case closed.",
                 _act(rels(Rel("in_bin", b))))


def t204_dec_farmer(w: World) -> Made:
    pick = _into(w, need=2)
    if pick is None:
        return None
    a, o = pick
    others = [b for b in _loose(w) if b != a and w.state.base(b) != o]
    if not others:
        return None
    b = w.rng.choice(others)
    return _made(w, f"them two blocks, the {a} and the {b}, oughta be sittin in the {o}",
                 _act(rels(Rel("in", a, o), Rel("in", b, o))))


def t204_dec_emoji(w: World) -> Made:
    pick = _onto(w)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"the {a} should be on the {b} 🧱⬆️🧱 thx", _act(rels(Rel("on", a, b))))


def t204_dec_careful(w: World) -> Made:
    place = w.rng.choice(PLACES[:4])
    blocks = _loose(w)
    bowls = [o for o in w.bowls if _room(w, o)]
    if len(blocks) < 2 or not bowls:
        return None
    a, b = w.pick(blocks, 2)
    o = w.rng.choice(bowls)
    if w.state.base(a) == o or b in w.state.above(a) or a in w.state.above(b):
        return None
    return _made(w, f"Required final state: the {a} is at the {place}, and the {b} is in the {o}. "
                    "Both conditions must hold at the end.",
                 _act(rels(Rel("at", a, place), Rel("in", b, o))))


# ----- desiderative -----------------------------------------------------------------------------------
def t204_des_architect(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 3:
        return None
    x, y, z = w.pick(blocks, 3)
    return _made(w, f"I'd like a three-level tower: the {x} as the foundation, the {y} on it, and the {z} as the "
                    "top level.", _act(rels(Rel("stacked", x, y, z))))


def t204_des_comedian(w: World) -> Made:
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    return _made(w, f"I want the {b} in the bin. Not because it did anything wrong. I just want to feel powerful "
                    "for once.", _act(rels(Rel("in_bin", b))))


def t204_des_detective(w: World) -> Made:
    pick = _onto(w)
    if pick is None:
        return None
    a, b = pick
    return _made(w, f"My goal, as you may have deduced, is to have the {a} resting on top of the {b}.",
                 _act(rels(Rel("on", a, b))))


def t204_des_farmer(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    inside = w.state.in_bowl(o)
    return _made(w, f"i'd like them blocks in the {o} took out and set on the table, if ye don't mind",
                 _act(lambda _i, f: all(b in f.on_the_table() for b in inside)))


def t204_des_emoji(w: World) -> Made:
    pick = _into(w)
    if pick is None:
        return None
    b, o = pick
    return _made(w, f"i want the {b} in the {o} 🥣🙂", _act(rels(Rel("in", b, o))))


def t204_des_careful(w: World) -> Made:
    bowls = list(w.bowls)
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    o = w.rng.choice(bowls)
    a, b = w.pick(blocks, 2)
    return _made(w, f"My goal: exactly two blocks in the {o}, namely the {a} and the {b}, and nothing else in it.",
                 _act(lambda _i, f: sorted(f.in_bowl(o)) == sorted([a, b])))


# ----- quantified -------------------------------------------------------------------------------------
def t204_qua_architect(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) != len(w.blocks) or len(blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Build one single structure out of all the blocks: every one of them in a single tower, "
                    "any order.", _act(rels(Rel("tower", *blocks))))


def t204_qua_comedian(w: World) -> Made:
    blocks = _loose(w)
    if not blocks:
        return None
    return _made(w, "Put every single block in the bin. All of them. I'm starting over, like my career.",
                 _act(binned(blocks)))


def t204_qua_detective(w: World) -> Made:
    bowls = list(w.bowls)
    if len(bowls) < 2 or len(_loose(w)) < len(bowls):
        return None
    return _made(w, f"I observe {len(bowls)} bowls on the table. Therefore: exactly one block in each bowl, no "
                    "more, no less.", _act(lambda _i, f: all(len(f.in_bowl(o)) == 1 for o in bowls)))


def t204_qua_farmer(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > layout.BOWL_CAPACITY:
        return None
    o = w.rng.choice(w.bowls)
    return _made(w, f"put all them blocks in the {o}, every last one", _act(rels(*(Rel("in", b, o) for b in blocks))))


def t204_qua_emoji(w: World) -> Made:
    table = w.state.on_the_table()
    if not table:
        return None
    return _made(w, "all the blocks on the table ➡️ bin pls 🗑️🙏", _act(binned(table)))


def t204_qua_careful(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    if len(_loose(w)) < 2:
        return None
    return _made(w, f"Put exactly two blocks in the {o}. Not one, not three: the {o} must hold exactly two blocks "
                    "at the end.", _act(lambda _i, f: len(f.in_bowl(o)) == 2))


# ----- negated ----------------------------------------------------------------------------------------
def t204_neg_architect(w: World) -> Made:
    table = w.state.on_the_table()
    keep = [b for b in table if _grounded(w, b)]
    if not keep:
        return None
    k = w.rng.choice(keep)
    rest = [b for b in table if b != k]
    if not rest:
        return None
    return _made(w, f"Clear everything on the table into the bin except the {k}. That one is the foundation and "
                    "stays exactly where it is.", _act(binned(rest), kept(k)))


def t204_neg_comedian(w: World) -> Made:
    blocks = _loose(w)
    keep = [b for b in blocks if w.state.support[b] not in w.state.support]
    if not keep:
        return None
    k = w.rng.choice(keep)
    rest = [b for b in blocks if b != k]
    if not rest:
        return None
    return _made(w, f"Bin every block except the {k}. The {k} stays where it is; it's the only one that laughs at "
                    "my jokes.", _act(binned(rest), kept(k)))


def t204_neg_detective(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    return _made(w, f"I have concluded that the {b} must not be in the {o}. Get it out of there.",
                 _act(rels(Rel("in", b, o, negated=True))))


def t204_neg_farmer(w: World) -> Made:
    cands = [(o, b) for o in w.bowls for b in w.state.in_bowl(o) if w.state.support[b] == o
             and len(w.state.in_bowl(o)) >= 2]
    if not cands:
        return None
    o, k = w.rng.choice(cands)
    rest = [b for b in w.state.in_bowl(o) if b != k]
    return _made(w, f"get everything out of the {o} except the {k}, that'n stays put right where it is",
                 _act(kept(k), lambda _i, f: all(f.base(b) != o for b in rest)))


def t204_neg_emoji(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 3:
        return None
    a, b = w.pick(blocks, 2)
    rest = [x for x in blocks if x not in (a, b)]
    return _made(w, f"everything in the bin 🗑️ except the {a} and the {b} 🙅", _act(binned(rest), none_binned([a, b])))


def t204_neg_careful(w: World) -> Made:
    blocks = _loose(w)
    keep = [b for b in blocks if w.state.support[b] not in w.state.support]
    if len(blocks) < 2 or not keep:
        return None
    k = w.rng.choice(keep)
    rest = [b for b in blocks if b != k]
    return _made(w, f"Move all blocks except the {k} to the top right corner. Do not move the {k}.",
                 _act(rels(*(Rel("at", b, "top right corner") for b in rest)), kept(k)))


# ----- relative ---------------------------------------------------------------------------------------
def t204_rel_architect(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.on_top(s) == [t]]
    bowls = [o for o in w.bowls if _room(w, o)]
    if not pairs or not bowls:
        return None
    t, s = w.rng.choice(pairs)
    bowls = [o for o in bowls if w.state.base(t) != o]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"Take the block on top of the {s} and set it down in the {o}.", _act(rels(Rel("in", t, o))))


def t204_rel_comedian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    return _made(w, f"See the block under the {t}? The one doing all the heavy lifting? Give it a break and put it "
                    "in the bin.", _act(rels(Rel("in_bin", s))))


def t204_rel_detective(w: World) -> Made:
    mx, my = layout.PLACES["middle"]

    def dist(b: str) -> float:
        x, y = _pos(w, b)
        return ((x - mx) ** 2 + (y - my) ** 2) ** 0.5

    b = _unique_min(w, _loose(w), dist)
    if b is None:
        return None
    return _made(w, "By my reckoning one block sits closer to the middle of the table than any other. Put that "
                    "block in the bin.", _act(rels(Rel("in_bin", b))))


def t204_rel_farmer(w: World) -> Made:
    tops = [t for t, _s in w.pairs() if w.state.is_clear(t)]
    bowls = [o for o in w.bowls if _room(w, o)]
    if len(tops) != 1 or not bowls:
        return None
    t = tops[0]
    bowls = [o for o in bowls if w.state.base(t) != o]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"see that stack o' blocks? take the top one off and put it in the {o}",
                 _act(rels(Rel("in", t, o))))


def t204_rel_emoji(w: World) -> Made:
    b = _unique_min(w, _loose(w), lambda n: _pos(w, n)[1])
    if b is None:
        return None
    return _made(w, "the leftmost block ⬅️ into the bin pls 🗑️", _act(rels(Rel("in_bin", b))))


def t204_rel_careful(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    ox, oy = _pos(w, o)
    cands = [b for b in _loose(w) if w.state.base(b) not in w.state.bowls]

    def dist(b: str) -> float:
        x, y = _pos(w, b)
        return ((x - ox) ** 2 + (y - oy) ** 2) ** 0.5

    b = _unique_min(w, cands, dist)
    if b is None:
        return None
    return _made(w, f"Of the blocks that are not in any bowl, take exactly the one nearest to the {o} and place it "
                    f"in the {o}.", _act(rels(Rel("in", b, o))))


# ----- keep -------------------------------------------------------------------------------------------
def t204_keep_architect(w: World) -> Made:
    pick = _onto(w)
    if pick is None:
        return None
    a, b = pick
    others = [k for k in _loose(w) if k not in (a, b) and k not in w.state.above(a) and k not in w.state.above(b)]
    if not others:
        return None
    k = w.rng.choice(others)
    return _made(w, f"Put the {a} on the {b}, but leave the {k} exactly where it is; it's load-bearing.",
                 _act(rels(Rel("on", a, b)), kept(k)))


def t204_keep_comedian(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    b, k = w.pick(blocks, 2)
    if k in w.state.above(b):
        return None
    return _made(w, f"Put the {b} in the bin but keep the {k} where it is. The {k} has tenure.",
                 _act(rels(Rel("in_bin", b)), kept(k)))


def t204_keep_detective(w: World) -> Made:
    bowls = [o for o in w.bowls if w.state.in_bowl(o) and _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    blocks = [b for b in _loose(w) if w.state.base(b) != o]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    inside = w.state.in_bowl(o)
    return _made(w, f"Move the {b} into the {o}. The blocks already in the {o} are evidence, so do not disturb them.",
                 _act(rels(Rel("in", b, o)), kept(*inside)))


def t204_keep_farmer(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    outside = [b for b in _loose(w) if w.state.base(b) != o]
    if not outside:
        return None
    k = w.rng.choice(outside)
    inside = w.state.in_bowl(o)
    return _made(w, f"empty the {o} into the bin but leave the {k} alone, it's fine where it's at",
                 _act(binned(inside), kept(k)))


def t204_keep_emoji(w: World) -> Made:
    blocks = [b for b in _loose(w) if w.state.base(b) != "middle"]
    if len(blocks) < 2:
        return None
    b, k = w.pick(blocks, 2)
    if k in w.state.above(b):
        return None
    return _made(w, f"move the {b} to the middle 👉 but dont touch the {k} 🙅‍♂️",
                 _act(rels(Rel("at", b, "middle")), kept(k)))


def t204_keep_careful(w: World) -> Made:
    pick = _onto(w)
    if pick is None:
        return None
    a, b = pick
    others = [k for k in _loose(w) if k not in (a, b) and k not in w.state.above(a) and k not in w.state.above(b)]
    if len(others) < 2:
        return None
    k1, k2 = w.pick(others, 2)
    return _made(w, f"Stack the {a} directly on the {b}. Do not move the {k1} or the {k2}; both must remain exactly "
                    "where they are.", _act(rels(Rel("on", a, b)), kept(k1, k2)))


# ----- multi-step -------------------------------------------------------------------------------------
def t204_multi_architect(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    return _made(w, f"First lay the {a} down at the middle as the foundation, then build the {b} on top of it.",
                 _act(rels(Rel("at", a, "middle"), Rel("on", b, a))))


def t204_multi_comedian(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    return _made(w, f"First, put the {a} in the bin. Then put the {b} in the bin. Then I tell a joke. Actually no, "
                    "that's the whole plan, I'm out of jokes.", _act(binned([a, b])))


def t204_multi_detective(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    g = w.rng.choice(inside)
    o = w.state.base(g)
    others = [b for b in _loose(w) if w.state.base(b) != o]
    if not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"I note the {g} is in the {o}. First take it out of that bowl, then put the {y} in its place.",
                 _act(rels(Rel("in", g, o, negated=True), Rel("in", y, o))))


def t204_multi_farmer(w: World) -> Made:
    off = [b for b in _loose(w) if not _grounded(w, b)]
    if not off:
        return None
    p = w.rng.choice(off)
    others = [b for b in _loose(w) if b != p]
    if not others:
        return None
    q = w.rng.choice(others)
    return _made(w, f"first shift the {p} over onto the table, then set the {q} on top of it",
                 _act(rels(Rel("on_table", p), Rel("on", q, p))))


def t204_multi_emoji(w: World) -> Made:
    pick = _into(w, need=2)
    if pick is None:
        return None
    a, o = pick
    others = [b for b in _loose(w) if b != a]
    if not others:
        return None
    b = w.rng.choice(others)
    return _made(w, f"first the {a} in the {o} 🥣 then the {b} on top of it 🧱✨",
                 _act(rels(Rel("in", a, o), Rel("on", b, a))))


def t204_multi_careful(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o)]
    blocks = _loose(w)
    if not bowls or len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    o = w.rng.choice(bowls)
    if w.state.base(b) == o or b in w.state.above(a) or a in w.state.above(b):
        return None
    return _made(w, f"Step 1: move the {a} to the bottom right corner. Step 2: move the {b} into the {o}. "
                    "Do not perform step 2 before step 1.",
                 _act(rels(Rel("at", a, "bottom right corner"), Rel("in", b, o))))


# ----- questions --------------------------------------------------------------------------------------
def t204_q_architect(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(o))
    return f"How many blocks are in the {o} right now? I'm assessing the load.", answered(str(n))


def t204_q_comedian(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        blocks = _loose(w)
        if len(blocks) < 2:
            return None
        a, b = w.pick(blocks, 2)
    on = holds(Rel("on", a, b), w.state)
    n = len(w.bowls)
    return (f"Quick one before my set: is the {a} on the {b}? And how many bowls are there? Asking for a bit.",
            answered(f"{yes(on).lower()}|{n}"))


def t204_q_detective(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return f"Where exactly is the {b}? I have my suspicions.", answered(_where(w, b))


def t204_q_farmer(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    n = len(w.blocks)
    return (f"how many blocks ye got all told, and what's sittin in the {o}?",
            answered(f"{n}|{_words(w.state.in_bowl(o))}"))


def t204_q_emoji(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        o = w.state.base(b)
    else:
        b, o = w.rng.choice(_loose(w)), w.rng.choice(w.bowls)
    return f"is the {b} in the {o}? 🤔", answered(yes(w.state.base(b) == o))


def t204_q_careful(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        _t, b = w.rng.choice(pairs)
    else:
        b = w.rng.choice(_loose(w))
    return (f"Which block is directly on top of the {b}? Name it exactly; if there is none, say nothing is on it.",
            answered(_words(w.state.on_top(b))))


# ----- matching ---------------------------------------------------------------------------------------
def t204_match_architect(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Organise the layout by colour: each block goes into the bowl of its own colour, wherever there "
                    "is one.", _act(rels(*want)))


def t204_match_comedian(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Put the block that matches the {r.target} into it. Same colour. It's basically a family "
                    "reunion, minus the arguing.", _act(rels(r)))


def t204_match_detective(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in _loose(w) if b not in matched]
    if not rest:
        return None
    return _made(w, "I note some blocks share a colour with a bowl. Put each of those in its matching bowl. "
                    "The rest are irrelevant to the case: into the bin with them.", _act(rels(*want), binned(rest)))


def t204_match_farmer(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in _loose(w) if b not in matched]
    if not rest or any(set(_below(w.state, b)) & matched for b in rest):
        return None
    return _made(w, "put each block in the bowl that's the same colour as it, and leave the others be",
                 _act(rels(*want), kept(*rest)))


def t204_match_emoji(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "match the blocks to the bowls by colour 🎨🥣 ty", _act(rels(*want)))


def t204_match_careful(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    bowls = list(w.bowls)

    def pure(_i: SymState, f: SymState) -> bool:
        return all(f.colours[b] == f.colours[o] for o in bowls for b in f.in_bowl(o))

    return _made(w, "For each bowl, place the block of the same colour in it, if there is one. Ensure that no block "
                    "ends up in a bowl of a different colour.", _act(rels(*want), pure))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("architect", "comedian", "detective", "farmer", "emoji", "careful")
FRESH204: list[Template] = [
    (f"t204_{short}_{style}", category, globals()[f"t204_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
