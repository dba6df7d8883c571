"""`FRESH202`, the two-hundred-and-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, each typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table (one or two in a message). Six personas, one style each:
- zookeeper: "Feeding time! Pop the red block into the blue bowl, that's his enclosure for the night."
- planner: "Place the green block on top of the yellow block, please. Centred, perfectly placed, just so."
- dj: "yo drop the pink block in the bin, let's go"
- pensioner: "Would you mind terribly moving the orange block to the top left corner? Thank you ever so much."
- shy: "sorry, um, could you maybe take the blue block out of the green bowl and put it on the table? if that's okay"
- hurried: "red block -> blue bowl, quick"
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5dceb75, the code of 77ff122, before anything it could prompt): 0.7333
goal-correct (220 of 300), 70 refused, no wrong action and ten wrong replies: "Would you mind telling me how many blocks
there are altogether, and whether W is empty?" was read as one count, and "um, sorry, which block is on top of X? I
can't quite see" got the help text ('um,' with its comma). The refusals: "I do believe X ought to be in W. Would you be
so kind as to see to it?", "chillin", "they're all sharing the one enclosure now", "every bowl gets at least one block,
spread em out", "that one stays in the mix", "set it down, perfectly placed, in P", "The green block itself can go
wherever suits you.", "Build a tower from X, Y and Z, in any order, but ...", "spin X over to P", "y/n?", "mix it up",
"where there is one", "blocks -> same colour bowls. rest on table. quick".
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    count_in,
    kept,
    matching,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _loose(w: World) -> list[str]:
    """Blocks not already in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _height(s: SymState, b: str) -> int:
    """How many blocks the tower holds from its bottom up to `b`, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _tower(s: SymState, b: str) -> set[str]:
    """Every block of the tower that holds `b`."""
    bottom = b
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return {bottom, *s.above(bottom)}


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _onto(w: World, a: str) -> list[str]:
    """Blocks `a` can simply be put on: clear, standing in a tower on the table, not above `a`, with room."""
    s = w.state
    return [b for b in w.clear_blocks() if b != a and s.base(b) in _GROUND and b not in s.above(a)
            and _height(s, b) < layout.MAX_TOWER]


def _on_pair(w: World, avoid: set[str] | None = None) -> tuple[str, str] | None:
    """A block and a block to put it on, both outside `avoid`."""
    avoid = avoid or set()
    options = [(a, b) for a in _loose(w) if a not in avoid for b in _onto(w, a) if b not in avoid]
    return w.rng.choice(options) if options else None


def _bowl_for(w: World, a: str) -> str | None:
    """A bowl with room that does not hold `a` yet."""
    options = [bw for bw in w.bowls if w.state.base(a) != bw and _room(w.state, bw)]
    return w.rng.choice(options) if options else None


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _grounded(*blocks: str) -> Check:
    """Each block stands, alone or in a tower, on the table (a named place included)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _not_binned(*blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) != BIN for b in blocks)


def _out_of(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _not_on(a: str, b: str) -> Check:
    return lambda _i, f: not holds(Rel("on", a, b), f)


def _nearest(w: World, far: Callable[[str], float], gap: float = 0.03) -> str | None:
    """The block that is clearly nearest by `far` (a distance), or None when two are close to a tie."""
    ranked = sorted(_loose(w), key=far)
    if len(ranked) < 2 or far(ranked[1]) - far(ranked[0]) < gap:
        return None
    return ranked[0]


def _matches(w: World) -> list[Rel] | None:
    """The colour-matching goals, when every bowl has room for them."""
    want = matching(w)
    for bw in w.bowls:
        incoming = [r for r in want if r.target == bw and w.state.base(r.block) != bw]
        if not _room(w.state, bw, len(incoming)):
            return None
    return want


# ----- imperative ------------------------------------------------------------------------------------
def t202_imp_zookeeper(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    return _made(w, f"Feeding time! Pop the {a} into the {bowl}, that's his enclosure for the night.",
                 _act(rels(Rel("in", a, bowl))))


def t202_imp_planner(w: World) -> Made:
    pair = _on_pair(w)
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"Place the {a} on top of the {b}, please. Centred, perfectly placed, just so.",
                 _act(rels(Rel("on", a, b))))


def t202_imp_dj(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    return _made(w, f"yo drop the {a} in the bin, let's go", _act(binned([a])))


def t202_imp_pensioner(w: World) -> Made:
    a, place = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"Would you mind terribly moving the {a} to the {place}? Thank you ever so much, dear.",
                 _act(rels(Rel("at", a, place))))


def t202_imp_shy(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return _made(w, f"sorry, um, could you maybe take the {a} out of the {bowl} and put it on the table? "
                    "if that's okay", _act(rels(Rel("on_table", a))))


def t202_imp_hurried(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    return _made(w, f"{a} -> {bowl}, quick", _act(rels(Rel("in", a, bowl))))


# ----- declarative -----------------------------------------------------------------------------------
def t202_dec_zookeeper(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    return _made(w, f"The {a} lives in the {bowl} from now on. That's his pen.", _act(rels(Rel("in", a, bowl))))


def t202_dec_planner(w: World) -> Made:
    pair = _on_pair(w)
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"The {a} should sit exactly on the {b}. That is the arrangement I have in mind.",
                 _act(rels(Rel("on", a, b))))


def t202_dec_dj(w: World) -> Made:
    a, place = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"yo the {a} belongs in the {place}, that's the vibe", _act(rels(Rel("at", a, place))))


def t202_dec_pensioner(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    return _made(w, f"I do believe the {a} ought to be in the {bowl}. Would you be so kind as to see to it?",
                 _act(rels(Rel("in", a, bowl))))


def t202_dec_shy(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    return _made(w, f"um, I think the {a} should be on the table... not in the {w.state.base(a)}. sorry",
                 _act(rels(Rel("on_table", a))))


def t202_dec_hurried(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    pair = _on_pair(w, _tower(w.state, a))
    if pair is None:
        return None
    b, c = pair
    return _made(w, f"{a} in bin. {b} on {c}. asap", _act(binned([a]), rels(Rel("on", b, c))))


# ----- desiderative ----------------------------------------------------------------------------------
def t202_des_zookeeper(w: World) -> Made:
    a, b = w.pick(_loose(w), 2)
    bowl = w.rng.choice(w.bowls)
    coming = sum(1 for x in (a, b) if w.state.base(x) != bowl)
    if not _room(w.state, bowl, coming):
        return None
    return _made(w, f"I'd like the {a} and the {b} in the {bowl} together, they're sharing a pen now.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t202_des_planner(w: World) -> Made:
    x, y, z = w.pick(_loose(w), 3)
    return _made(w, f"I want a tower with the {x} at the bottom, the {y} on it and the {z} at the very top. "
                    "Just so, please.", _act(rels(Rel("stacked", x, y, z))))


def t202_des_dj(w: World) -> Made:
    a, place = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"i wanna see the {a} chillin in the {place} yo", _act(rels(Rel("at", a, place))))


def t202_des_pensioner(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    bowls = w.bowls
    return _made(w, "I should very much like the bowls emptied into the bin, if it isn't too much bother.",
                 _act(binned(inside), lambda _i, f: not any(f.in_bowl(bw) for bw in bowls)))


def t202_des_shy(w: World) -> Made:
    pair = _on_pair(w)
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"sorry... I'd like the {a} on the {b}, if that's alright? maybe?", _act(rels(Rel("on", a, b))))


def t202_des_hurried(w: World) -> Made:
    a, place = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"need {a} at {place}. now pls", _act(rels(Rel("at", a, place))))


# ----- quantified ------------------------------------------------------------------------------------
def t202_qua_zookeeper(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full or len(w.bowls) < 2:
        return None
    src = w.rng.choice(full)
    dst = w.rng.choice([bw for bw in w.bowls if bw != src])
    moving = w.state.in_bowl(src)
    if not _room(w.state, dst, len(moving)):
        return None
    return _made(w, f"Move every block in the {src} over to the {dst}, they're all sharing the one enclosure now.",
                 _act(rels(*(Rel("in", b, dst) for b in moving))))


def t202_qua_planner(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"I need exactly two blocks in the {bowl}. No more and no fewer, please.",
                 _act(count_in(bowl, 2)))


def t202_qua_dj(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowls = w.bowls
    return _made(w, "yo every bowl gets at least one block, spread em out",
                 _act(lambda _i, f: all(f.in_bowl(bw) for bw in bowls)))


def t202_qua_pensioner(w: World) -> Made:
    out = w.state.on_the_table()
    if not 2 <= len(out) <= 5:
        return None
    return _made(w, "Would you mind terribly putting every block that is on the table into the bin, including any "
                    "that are stacked up? The ones in the bowls can stay where they are.", _act(binned(out)))


def t202_qua_shy(w: World) -> Made:
    a, b = w.pick(_loose(w), 2)
    return _made(w, f"um, sorry, could both the {a} and the {b} go in the bin? if that's okay", _act(binned([a, b])))


def t202_qua_hurried(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"all blocks out of {bowl} -> table. go", _act(_grounded(*w.state.in_bowl(bowl))))


# ----- negated ---------------------------------------------------------------------------------------
def t202_neg_zookeeper(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    others = [b for b in _loose(w) if b != x]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Everybody into the {bowl} except the {x}, he doesn't share his pen.",
                 _act(rels(*(Rel("in", b, bowl) for b in others)), _out_of(x, bowl)))


def t202_neg_planner(w: World) -> Made:
    s = w.state
    grounded = [b for b in w.blocks if s.support[b] in _GROUND]
    if not grounded:
        return None
    x = w.rng.choice(grounded)
    others = [b for b in s.on_the_table() if b != x]
    if not 1 <= len(others) <= 5:
        return None
    return _made(w, f"Clear everything off the table into the bin except the {x}. The {x} stays exactly where it is.",
                 _act(binned(others), kept(x)))


def t202_neg_dj(w: World) -> Made:
    loose = _loose(w)
    x = w.rng.choice(loose)
    others = [b for b in loose if b != x]
    if len(others) > 5:
        return None
    return _made(w, f"yo bin every block but not the {x}, that one stays in the mix",
                 _act(binned(others), _not_binned(x)))


def t202_neg_pensioner(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = w.state.base(a)
    return _made(w, f"Could you possibly take the {a} out of the {bowl}? Not into the bin, though, if you'd be so "
                    "kind.", _act(_out_of(a, bowl), _not_binned(a)))


def t202_neg_shy(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"sorry, um, I think the {a} shouldn't be on the {b}... could you move it? but not into the bin, "
                    "please", _act(_not_on(a, b), _not_binned(a)))


def t202_neg_hurried(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 3:
        return None
    a, b = w.pick(table, 2)
    others = [x for x in table if x not in (a, b)]
    if len(others) > 5:
        return None
    return _made(w, f"everything on table -> bin except {a} and {b}. quick",
                 _act(binned(others), _not_binned(a, b)))


# ----- relative --------------------------------------------------------------------------------------
def t202_rel_zookeeper(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_for(w, top)
    if bowl is None:
        return None
    return _made(w, f"See the one sitting on top of the {below}? Move him over to the {bowl}, please.",
                 _act(rels(Rel("in", top, bowl))))


def t202_rel_planner(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if w.state.in_bowl(bowl):
        return None
    a = _nearest(w, lambda b: w.dist(b, bowl))
    if a is None:
        return None
    place = _place(w)
    return _made(w, f"Take whichever block is closest to the {bowl} and set it down, perfectly placed, in the "
                    f"{place}.", _act(rels(Rel("at", a, place))))


def t202_rel_dj(w: World) -> Made:
    a = _nearest(w, w.y)
    if a is None:
        return None
    return _made(w, "yo grab the leftmost block and drop it in the bin", _act(binned([a])))


def t202_rel_pensioner(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_for(w, below)
    if bowl is None:
        return None
    return _made(w, f"Would you mind terribly moving the block underneath the {top} into the {bowl}? The {top} "
                    "itself can go wherever suits you.", _act(rels(Rel("in", below, bowl))))


def t202_rel_shy(w: World) -> Made:
    single = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    a = w.state.in_bowl(bowl)[0]
    return _made(w, f"sorry, the block that's in the {bowl}... could you maybe put it in the bin? if that's ok",
                 _act(binned([a])))


def t202_rel_hurried(w: World) -> Made:
    bx, by = layout.BIN_CENTER

    def far(b: str) -> float:
        x, y = w.scene.get(b).position[:2]
        return ((x - bx) ** 2 + (y - by) ** 2) ** 0.5

    a = _nearest(w, far)
    if a is None:
        return None
    place = _place(w)
    return _made(w, f"block closest to bin -> {place}", _act(rels(Rel("at", a, place))))


# ----- keep ------------------------------------------------------------------------------------------
def t202_keep_zookeeper(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    bowl = _bowl_for(w, a)
    rest = [k for k in w.blocks if k != a and k not in w.state.above(a)]
    if bowl is None or not rest:
        return None
    k = w.rng.choice(rest)
    return _made(w, f"Put the {a} in the {bowl}, but leave the {k} where he is, he's napping.",
                 _act(rels(Rel("in", a, bowl)), kept(k)))


def t202_keep_planner(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 4:
        return None
    k = w.rng.choice(w.blocks)
    free = [b for b in _loose(w) if b not in _tower(s, k)]
    if len(free) < 3:
        return None
    x, y, z = w.pick(free, 3)
    return _made(w, f"Build a tower from the {x}, the {y} and the {z}, in any order, but the {k} must stay exactly "
                    "where it is.", _act(rels(Rel("tower", x, y, z)), kept(k)))


def t202_keep_dj(w: World) -> Made:
    pair = _on_pair(w)
    if pair is None:
        return None
    a, b = pair
    rest = [k for k in w.blocks if k not in (a, b) and k not in w.state.above(a)]
    if not rest:
        return None
    k = w.rng.choice(rest)
    return _made(w, f"yo put the {a} on the {b} but keep the {k} right where it's at",
                 _act(rels(Rel("on", a, b)), kept(k)))


def t202_keep_pensioner(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    stacked = [b for b in w.blocks if s.support[b] in s.support and s.base(b) in _GROUND]
    if not inside or not stacked:
        return None
    g = w.rng.choice(stacked)
    return _made(w, f"Would you mind terribly putting the {g} down on the table itself? Do leave everything in the "
                    "bowls just as it is, though.", _act(rels(Rel("on_table", g)), kept(*inside)))


def t202_keep_shy(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    rest = [k for k in w.blocks if k != a and k not in w.state.above(a)]
    if not rest:
        return None
    k = w.rng.choice(rest)
    return _made(w, f"um, could you maybe put the {a} in the bin? but, sorry, please don't touch the {k}",
                 _act(binned([a]), kept(k)))


def t202_keep_hurried(w: World) -> Made:
    pair = _on_pair(w)
    if pair is None:
        return None
    a, b = pair
    rest = [k for k in w.blocks if k not in (a, b) and k not in w.state.above(a)]
    if not rest:
        return None
    k = w.rng.choice(rest)
    return _made(w, f"{a} on {b}. leave {k} alone. go", _act(rels(Rel("on", a, b)), kept(k)))


# ----- multi-step ------------------------------------------------------------------------------------
def t202_multi_zookeeper(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    r = w.rng.choice(inside)
    bowl = w.state.base(r)
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    g = w.rng.choice(outside)
    return _made(w, f"First get the {r} out of the {bowl} and onto the table, then move the {g} into the {bowl} "
                    "in his place.", _act(rels(Rel("on_table", r), Rel("in", g, bowl))))


def t202_multi_planner(w: World) -> Made:
    y, p = w.pick(_loose(w), 2)
    place = _place(w)
    return _made(w, f"First, the {y} goes in the {place}. Then the {p} on top of it, just so.",
                 _act(rels(Rel("at", y, place), Rel("on", p, y))))


def t202_multi_dj(w: World) -> Made:
    a, c = w.pick(_loose(w), 2)
    place = _place(w)
    return _made(w, f"yo first drop the {a} in the bin, then spin the {c} over to the {place}",
                 _act(binned([a]), rels(Rel("at", c, place))))


def t202_multi_pensioner(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    a = w.rng.choice(outside)
    return _made(w, f"Would you first be so kind as to empty the {bowl} onto the table, and then put the {a} in it?",
                 _act(_grounded(*inside), rels(Rel("in", a, bowl))))


def t202_multi_shy(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"sorry, um, first could you take the {a} off the {b}? and then maybe put the {b} in the bin? "
                    "sorry", _act(_not_on(a, b), binned([b])))


def t202_multi_hurried(w: World) -> Made:
    p = w.rng.choice(_loose(w))
    pair = _on_pair(w, _tower(w.state, p))
    if pair is None:
        return None
    o, y = pair
    return _made(w, f"1st {p} -> bin. 2nd {o} on {y}. thx", _act(binned([p]), rels(Rel("on", o, y))))


# ----- questions -------------------------------------------------------------------------------------
def t202_q_zookeeper(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Headcount time! How many blocks are in the {bowl} right now?",
                 answered(str(len(w.state.in_bowl(bowl)))))


def t202_q_planner(w: World) -> Made:
    a = w.rng.choice(_loose(w))
    return _made(w, f"Where exactly is the {a} sitting at the moment?", answered(w.state.support[a]))


def t202_q_dj(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        (a, b), flag = w.rng.choice(pairs), True
    else:
        a, b = w.pick(w.blocks, 2)
        flag = w.state.support[a] == b
    return _made(w, f"yo is the {a} sitting on the {b}?", answered(yes(flag)))


def t202_q_pensioner(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n, empty_now = len(w.blocks), not w.state.in_bowl(bowl)
    return _made(w, f"Would you mind telling me how many blocks there are altogether, and whether the {bowl} is "
                    "empty?", answered(f"{n}|{yes(empty_now)}"))


def t202_q_shy(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"um, sorry, which block is on top of the {below}? I can't quite see", answered(top))


def t202_q_hurried(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    sure = [b for b in w.blocks if s.support[b] in _GROUND or s.base(b) in w.bowls]
    if not sure:
        return None
    a = w.rng.choice(sure)
    contents = "|".join(s.in_bowl(bowl)) or "nothing"
    return _made(w, f"what's in {bowl}? {a} on table y/n?", answered(f"{contents}|{yes(s.support[a] in _GROUND)}"))


# ----- matching --------------------------------------------------------------------------------------
def t202_match_zookeeper(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "Time to send everyone home: every block into the bowl of its own colour.", _act(rels(*want)))


def t202_match_planner(w: World) -> Made:
    want = [r for r in (_matches(w) or []) if w.state.base(r.block) != r.target]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Put the {r.block} into the bowl that matches its colour, please. Colour-coordinated, just so.",
                 _act(rels(r)))


def t202_match_dj(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "yo mix it up, any block that's got a bowl in its colour, drop it in there", _act(rels(*want)))


def t202_match_pensioner(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    rest = [b for b in _loose(w) if b not in {r.block for r in want}]
    if not rest or len(rest) > 5:
        return None
    return _made(w, "Would you mind terribly putting each block into the bowl of the same colour, where there is "
                    "one, and the remaining blocks into the bin?", _act(rels(*want), binned(rest)))


def t202_match_shy(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    s = w.state
    moving = [r.block for r in want if s.base(r.block) != r.target]
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not rest or any(b in s.above(m) for m in moving for b in rest):
        return None
    return _made(w, "um, sorry, could the blocks that have a bowl of the same colour go in those bowls? and maybe "
                    "leave the other ones where they are, if that's ok", _act(rels(*want), kept(*rest)))


def t202_match_hurried(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    rest = [b for b in _loose(w) if b not in {r.block for r in want}]
    if not rest:
        return None
    return _made(w, "blocks -> same colour bowls. rest on table. quick", _act(rels(*want), _grounded(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("zookeeper", "planner", "dj", "pensioner", "shy", "hurried")
FRESH202: list[Template] = [
    (f"t202_{short}_{style}", category, globals()[f"t202_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
