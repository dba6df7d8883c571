"""`FRESH271`, the two-hundred-and-seventy-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window
in their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table (one or two in a message). Six kinds of people write them:
- plumber: a practical plumber who talks in jobs and fittings, "Next job on the list: pick up the red block and drop
  it into the blue bowl."
- vietnam2: a Vietnamese speaker writing English with small slips, "Please you put the red block on top the green
  block."
- boss: an impatient boss with short, curt orders, "Get the red block into the bin. Now."
- chess: a chess player who thinks in moves and positions, "Next move: the red block to the top left corner."
- uncle: a kind, chatty uncle who calls the robot 'buddy', "buddy, the block in the blue bowl, could you pop it in
  the bin for me?"
- plain52: a plain, ordinary adult with no quirks, "Empty the blue bowl into the bin, please."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on ceac69d, the code of 0b81cdb, before anything it could prompt): 0.8267
goal-correct (248 of 300), 47 refused, 5 wrong actions. The wrong actions: an uncle's 'first tip everything in W into
the bin, then pop X in there' put X in the bin (5). The refusals: a chess player's 'In the final position X stands in
the corner' and 'The top block of the tallest tower moves to the middle', an uncle's 'X belongs in the bin, it's had its
day', 'gather up all the blocks and put every one of them in W', 'see W? find the block that's the same colour and pop
it in there' and a tower with 'thanks pal' after it, a plumber's 'X sat square on top of Y', 'Everything goes in the bin
except X, that one we're keeping' and 'The block sitting on top of X, pull that off and put it in the bin', a Vietnamese
speaker's 'but X keep in the bowl'.
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)
_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_BIN_ROOM = 5  # keep what goes into the bin within its slots


# ----- helpers --------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """(text, check), or None when the goal already holds in the scene."""
    c = _act(check)
    return None if c(w.state, w.state) else (text, c)


def _any(*checks: Check) -> Check:
    return lambda i, f: any(c(i, f) for c in checks)


def _cap(name: str) -> str:
    return name[:1].upper() + name[1:]


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of `b`'s tower up to `b`, itself included."""
    d, cur = 1, s.support[b]
    while cur in s.support:
        d += 1
        cur = s.support[cur]
    return d


def _tower(s: SymState, b: str) -> set[str]:
    """Every block in `b`'s tower."""
    out, cur = {b}, s.support[b]
    while cur in s.support:
        out.add(cur)
        cur = s.support[cur]
    return out | set(s.above(b))


def _stackable(s: SymState, x: str, y: str) -> bool:
    """Whether `x` can go straight onto `y`: different towers, `y`'s tower on the table, room in height."""
    return (x != y and y not in _tower(s, x) and s.base(y) in _GROUND and s.base(x) != BIN
            and _depth(s, y) + 1 <= layout.MAX_TOWER)


def _fits(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _bin_room(s: SymState, n: int) -> bool:
    return 0 < n and s.count_at(BIN) + n <= _BIN_ROOM


def _into(w: World, x: str) -> list[str]:
    """Bowls `x` could be put into (not already in it, with room)."""
    return [b for b in w.bowls if w.state.base(x) != b and _fits(w.state, b)]


def _in(x: str, bowl: str) -> Check:
    return rels(Rel("in", x, bowl))


def _on(x: str, y: str) -> Check:
    return rels(Rel("on", x, y))


def _at(x: str, place: str) -> Check:
    return rels(Rel("at", x, place))


def _not_in(x: str, bowl: str) -> Check:
    return lambda _i, f: not holds(Rel("in", x, bowl), f)


def _bin_count(n: int) -> Check:
    return lambda _i, f: f.count_at(BIN) == n


def _alone(s: SymState, b: str) -> bool:
    """A block by itself: not on a block and nothing on it."""
    return s.support[b] not in s.support and s.is_clear(b) and s.support[b] != BIN


def _nearest(w: World, point: tuple[float, float], cands: list[str], margin: float = 0.03) -> str | None:
    """The one block of `cands` clearly nearest `point` (by itself, so that no tower shares its spot)."""

    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2) ** 0.5

    ranked = sorted(cands, key=d)
    if not ranked or not _alone(w.state, ranked[0]):
        return None
    if len(ranked) > 1 and d(ranked[1]) - d(ranked[0]) < margin:
        return None
    return ranked[0]


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    return [(x, y) for x in w.blocks for y in w.blocks if _stackable(w.state, x, y)]


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _loose(w: World) -> list[str]:
    """Blocks that are not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


# ----- imperative -----------------------------------------------------------------------------------
def t271_imp_plumber(w: World) -> Made:
    opts = [(x, b) for x in _loose(w) for b in _into(w, x)]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    return _made(w, f"Next job on the list: pick up the {x} and drop it into the {b}.", _in(x, b))


def t271_imp_vietnam2(w: World) -> Made:
    opts = _stack_pairs(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    return _made(w, f"Please you put the {x} on top the {y}.", _on(x, y))


def t271_imp_boss(w: World) -> Made:
    opts = _loose(w)
    if not opts or not _bin_room(w.state, 1):
        return None
    x = w.rng.choice(opts)
    return _made(w, f"Get the {x} into the bin. Now.", binned([x]))


def t271_imp_chess(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    c = w.rng.choice([c for c in _CORNERS if w.state.base(x) != c])
    return _made(w, f"Next move: the {x} to the {c}.", _at(x, c))


def t271_imp_uncle(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.base(b) in _GROUND]
    if not bottoms or len(w.blocks) < 3:
        return None
    a = w.rng.choice(bottoms)
    b, c = w.pick([x for x in w.blocks if x != a and w.state.base(x) != BIN], 2) or (None, None)
    if b is None or c is None:
        return None
    text = (f"hey buddy, could you build me a little tower? the {a} on the bottom, the {b} on that, "
            f"and the {c} right on top. thanks pal")
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t271_imp_plain52(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b) and _bin_room(w.state, len(w.state.in_bowl(b)))]
    if not opts:
        return None
    b = w.rng.choice(opts)
    return _made(w, f"Empty the {b} into the bin, please.", binned(w.state.in_bowl(b)))


# ----- declarative ----------------------------------------------------------------------------------
def t271_dec_plumber(w: World) -> Made:
    opts = [(x, b) for x in _loose(w) for b in _into(w, x)]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    return _made(w, f"The {x} needs to end up in the {b}, that's where that one's fitted.", _in(x, b))


def t271_dec_vietnam2(w: World) -> Made:
    opts = [x for x in _loose(w) if w.state.base(x) != _MIDDLE]
    if not opts:
        return None
    x = w.rng.choice(opts)
    return _made(w, f"The {x} should be at the middle of table.", _at(x, _MIDDLE))


def t271_dec_boss(w: World) -> Made:
    opts = _stack_pairs(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    return _made(w, f"{_cap(x)} goes on the {y}.", _on(x, y))


def t271_dec_chess(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    c = w.rng.choice([c for c in _CORNERS if w.state.base(x) != c])
    return _made(w, f"In the final position the {x} stands in the {c}.", _at(x, c))


def t271_dec_uncle(w: World) -> Made:
    opts = _loose(w)
    if not opts or not _bin_room(w.state, 1):
        return None
    x = w.rng.choice(opts)
    return _made(w, f"you know what buddy, the {x} belongs in the bin, it's had its day", binned([x]))


def t271_dec_plain52(w: World) -> Made:
    opts = [x for x in _loose(w) if w.state.support[x] not in _GROUND]
    if not opts:
        return None
    x = w.rng.choice(opts)
    return _made(w, f"The {x} should be sitting on the table.", rels(Rel("on_table", x)))


# ----- desiderative ---------------------------------------------------------------------------------
def t271_des_plumber(w: World) -> Made:
    opts = _stack_pairs(w)
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    return _made(w, f"What I want is the {x} sat square on top of the {y}.", _on(x, y))


def t271_des_vietnam2(w: World) -> Made:
    opts = [(x, b) for x in _loose(w) for b in _into(w, x)]
    if not opts:
        return None
    x, b = w.rng.choice(opts)
    return _made(w, f"I want the {x} is in the {b}.", _in(x, b))


def t271_des_boss(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    return _made(w, f"I want the {b} empty. Sort it.", empty(b))


def t271_des_chess(w: World) -> Made:
    x, y = w.pick(_loose(w), 2) or (None, None)
    if x is None or y is None:
        return None
    c = w.rng.choice(_CORNERS)
    text = f"The position I'm aiming for: the {y} in the {c} with the {x} standing on it."
    return _made(w, text, rels(Rel("at", y, c), Rel("on", x, y)))


def t271_des_uncle(w: World) -> Made:
    if not _bin_room(w.state, 2):
        return None
    x, y = w.pick(_loose(w), 2) or (None, None)
    if x is None or y is None:
        return None
    return _made(w, f"buddy, what I'd really like is the {x} and the {y} both in the bin", binned([x, y]))


def t271_des_plain52(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    p = w.rng.choice([p for p in PLACES if w.state.base(x) != p])
    return _made(w, f"I'd like the {x} moved to the {p}.", _at(x, p))


# ----- quantified -----------------------------------------------------------------------------------
def t271_qua_plumber(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.bowls for b in w.bowls
            if a != b and s.in_bowl(a) and _fits(s, b, len(s.in_bowl(a)))]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    return _made(w, f"Move every block out of the {a} and into the {b}.",
                 rels(*(Rel("in", x, b) for x in s.in_bowl(a))))


def t271_qua_vietnam2(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if not _bin_room(s, len(table)):
        return None
    return _made(w, "Please put all the blocks on the table into the bin.",
                 both(binned(table), none_binned(s.in_bowls())))


def t271_qua_boss(w: World) -> Made:
    opts = [b for b in w.bowls if len(w.state.in_bowl(b)) != 2]
    if not opts or len(_loose(w)) < 2:
        return None
    b = w.rng.choice(opts)
    return _made(w, f"Exactly two blocks in the {b}. Don't care which.", count_in(b, 2))


def t271_qua_chess(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(b)) == 1 for b in f.bowls)

    return _made(w, "Exactly one block in each bowl, whichever blocks you like.", check)


def t271_qua_uncle(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > layout.BOWL_CAPACITY:
        return None
    b = w.rng.choice(w.bowls)
    return _made(w, f"buddy, could you gather up all the blocks and put every one of them in the {b}?",
                 rels(*(Rel("in", x, b) for x in blocks)))


def t271_qua_plain52(w: World) -> Made:
    if w.state.count_at(BIN) != 0 or len(w.blocks) < 3:
        return None
    return _made(w, "Put any three of the blocks in the bin.", _bin_count(3))


# ----- negated --------------------------------------------------------------------------------------
def t271_neg_plumber(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    if not _bin_room(w.state, len([b for b in rest if w.state.base(b) != BIN])):
        return None
    return _made(w, f"Everything goes in the bin except the {x}, that one we're keeping.",
                 both(binned(rest), none_binned([x])))


def t271_neg_vietnam2(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    return _made(w, f"Please take all block out of the {b}, but not put them in the bin.",
                 both(empty(b), none_binned(w.state.in_bowl(b))))


def t271_neg_boss(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    b = w.rng.choice(w.bowls)
    opts = [y for y in w.blocks if w.state.base(y) != b]
    if not opts:
        return None
    y = w.rng.choice(opts)
    rest = [x for x in w.blocks if x != y]
    return _made(w, f"Everything in the {b} except the {y}.",
                 both(rels(*(Rel("in", x, b) for x in rest)), _not_in(y, b)))


def t271_neg_chess(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    c = w.rng.choice(_CORNERS)
    return _made(w, f"Put the {x} in any corner except the {c}.",
                 _any(*(_at(x, o) for o in _CORNERS if o != c)))


def t271_neg_uncle(w: World) -> Made:
    opts = w.state.in_bowls()
    if not opts:
        return None
    x = w.rng.choice(opts)
    b = w.state.base(x)

    def check(_i: SymState, f: SymState) -> bool:
        return f.base(x) not in (b, BIN)

    return _made(w, f"buddy, can you take the {x} out of the {b}? just don't chuck it in the bin", check)


def t271_neg_plain52(w: World) -> Made:
    s = w.state
    opts = []
    for x in _loose(w):
        ok = [y for y in w.blocks if _stackable(s, x, y)]
        if len(ok) >= 2:
            opts += [(x, y) for y in ok]
    if not opts:
        return None
    x, y = w.rng.choice(opts)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[x] in f.support and f.support[x] != y

    return _made(w, f"Put the {x} on top of any block other than the {y}.", check)


# ----- relative -------------------------------------------------------------------------------------
def t271_rel_plumber(w: World) -> Made:
    opts = w.pairs()
    if not opts or not _bin_room(w.state, 1):
        return None
    top, below = w.rng.choice(opts)
    return _made(w, f"The block sitting on top of the {below}, pull that off and put it in the bin.", binned([top]))


def t271_rel_vietnam2(w: World) -> Made:
    opts = [(top, below, b) for top, below in w.pairs() for b in _into(w, below)]
    if not opts:
        return None
    top, below, b = w.rng.choice(opts)
    return _made(w, f"Please put the block under the {top} into the {b}.", _in(below, b))


def t271_rel_boss(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    if not _fits(w.state, b):
        return None
    p = w.scene.get(b).position
    x = _nearest(w, (p[0], p[1]), [x for x in _loose(w) if w.state.base(x) != b])
    if x is None:
        return None
    return _made(w, f"Closest block to the {b} goes in it. Go.", _in(x, b))


def t271_rel_chess(w: World) -> Made:
    s = w.state
    towers = [(1 + len(s.above(b)), s.above(b)[0]) for b in w.blocks
              if s.support[b] not in s.support and s.above(b) and s.base(b) != BIN]
    if not towers:
        return None
    towers.sort(reverse=True)
    if len(towers) > 1 and towers[0][0] == towers[1][0]:
        return None
    top = towers[0][1]
    return _made(w, "The top block of the tallest tower moves to the middle.", _at(top, _MIDDLE))


def t271_rel_uncle(w: World) -> Made:
    opts = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not opts or not _bin_room(w.state, 1):
        return None
    b = w.rng.choice(opts)
    x = w.state.in_bowl(b)[0]
    return _made(w, f"buddy, the block in the {b}, could you pop it in the bin for me?", binned([x]))


def t271_rel_plain52(w: World) -> Made:
    if not _bin_room(w.state, 1):
        return None
    c = w.rng.choice(_CORNERS)
    x = _nearest(w, layout.PLACES[c], _loose(w))
    if x is None:
        return None
    return _made(w, f"Put the block closest to the {c} in the bin.", binned([x]))


# ----- keep -----------------------------------------------------------------------------------------
def t271_keep_plumber(w: World) -> Made:
    s = w.state
    opts = [(x, b, z) for x in _loose(w) for b in _into(w, x) for z in w.blocks
            if z != x and z not in s.above(x)]
    if not opts:
        return None
    x, b, z = w.rng.choice(opts)
    return _made(w, f"Put the {x} in the {b}, but don't touch the {z}, it stays put.",
                 both(_in(x, b), kept(z)))


def t271_keep_vietnam2(w: World) -> Made:
    s = w.state
    opts = [(b, y) for b in w.bowls for y in s.in_bowl(b)
            if len(s.in_bowl(b)) >= 2 and _bin_room(s, len(s.in_bowl(b)) - 1)]
    if not opts:
        return None
    b, y = w.rng.choice(opts)
    rest = [x for x in s.in_bowl(b) if x != y]
    return _made(w, f"Please put the blocks in the {b} to the bin, but the {y} keep in the bowl.",
                 both(binned(rest), _in(y, b)))


def t271_keep_boss(w: World) -> Made:
    opts = [x for x in _loose(w) if w.state.is_clear(x)]
    if not opts or not _bin_room(w.state, 1):
        return None
    x = w.rng.choice(opts)
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Bin the {x}. Leave everything else where it is.", both(binned([x]), kept(*rest)))


def t271_keep_chess(w: World) -> Made:
    s = w.state
    opts = [(x, y, z) for x, y in _stack_pairs(w) for z in w.blocks
            if z not in (x, y) and z not in s.above(x) and z not in s.above(y)]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    return _made(w, f"Move the {x} onto the {y}; the {z} must not move.", both(_on(x, y), kept(z)))


def t271_keep_uncle(w: World) -> Made:
    s = w.state
    opts = [(x, y, b) for x, y in _stack_pairs(w) for b in w.bowls
            if s.in_bowl(b) and s.base(x) != b and s.base(y) != b]
    if not opts:
        return None
    x, y, b = w.rng.choice(opts)
    return _made(w, f"buddy, stack the {x} on the {y} for me, but leave whatever's in the {b} alone, ok?",
                 both(_on(x, y), kept(*s.in_bowl(b))))


def t271_keep_plain52(w: World) -> Made:
    s = w.state
    opts = [x for x in s.on_the_table() if s.support[x] in _GROUND]
    if not opts:
        return None
    x = w.rng.choice(opts)
    rest = [b for b in s.on_the_table() if b != x]
    if not _bin_room(s, len(rest)):
        return None
    return _made(w, f"Put all the blocks on the table in the bin, but leave the {x} where it is.",
                 both(binned(rest), kept(x), none_binned(s.in_bowls())))


# ----- multi-step -----------------------------------------------------------------------------------
def t271_multi_plumber(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in s.in_bowls() for y in _loose(w) if s.base(y) != s.base(x)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    b = s.base(x)
    text = (f"First job, take the {x} out of the {b} and set it down on the table. "
            f"Second job, the {y} goes in the {b}.")
    return _made(w, text, rels(Rel("on_table", x), Rel("in", y, b)))


def t271_multi_vietnam2(w: World) -> Made:
    s = w.state
    if not _bin_room(s, 1):
        return None
    opts = [(x, y, z) for y, z in _stack_pairs(w) for x in _loose(w)
            if x not in (y, z) and x not in _tower(s, y) | _tower(s, z)]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    return _made(w, f"First you put the {x} in the bin, after that put the {y} on the {z}.",
                 both(binned([x]), _on(y, z)))


def t271_multi_boss(w: World) -> Made:
    y, g = w.pick(_loose(w), 2) or (None, None)
    if y is None or g is None:
        return None
    return _made(w, f"{_cap(y)} to the middle. Then the {g} on top of it.",
                 rels(Rel("at", y, _MIDDLE), Rel("on", g, y)))


def t271_multi_chess(w: World) -> Made:
    x, y = w.pick(_loose(w), 2) or (None, None)
    if x is None or y is None:
        return None
    c1, c2 = w.pick(list(_CORNERS), 2)
    return _made(w, f"Two moves: first the {x} to the {c1}, then the {y} to the {c2}.",
                 rels(Rel("at", x, c1), Rel("at", y, c2)))


def t271_multi_uncle(w: World) -> Made:
    s = w.state
    opts = [(b, x) for b in w.bowls for x in _loose(w)
            if s.in_bowl(b) and s.base(x) != b and _bin_room(s, len(s.in_bowl(b)))]
    if not opts:
        return None
    b, x = w.rng.choice(opts)
    return _made(w, f"ok buddy, first tip everything in the {b} into the bin, then pop the {x} in there.",
                 both(binned(s.in_bowl(b)), _in(x, b)))


def t271_multi_plain52(w: World) -> Made:
    s = w.state
    if not _bin_room(s, 1):
        return None
    opts = [(top, below, b) for top, below in w.pairs() if s.base(top) not in w.bowls
            for b in w.bowls if _fits(s, b)]
    if not opts:
        return None
    top, below, b = w.rng.choice(opts)
    return _made(w, f"Take the {top} off the {below} and put it in the {b}, then put the {below} in the bin.",
                 both(_in(top, b), binned([below])))


# ----- questions ------------------------------------------------------------------------------------
def t271_q_plumber(w: World) -> Made:
    opts = [b for b in w.bowls if w.state.in_bowl(b)]
    if not opts:
        return None
    b = w.rng.choice(opts)
    return f"How many blocks have we got in the {b} at the moment?", answered(str(len(w.state.in_bowl(b))))


def t271_q_vietnam2(w: World) -> Made:
    opts = w.pairs()
    if not opts:
        return None
    top, below = w.rng.choice(opts)
    return f"What block is on top the {below}?", answered(top)


def t271_q_boss(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(b)
    outside = [x for x in w.blocks if x not in inside]
    pool = inside if inside and (not outside or w.rng.random() < 0.5) else outside
    x = w.rng.choice(pool)
    return f"Is the {x} in the {b}? Yes or no.", answered(yes(x in inside))


def t271_q_chess(w: World) -> Made:
    opts = w.pairs()
    if not opts:
        return None
    top, below = w.rng.choice(opts)
    b = w.rng.choice(w.bowls)
    text = f"Quick look at the position: which block is standing on the {below}? And is the {b} empty?"
    return text, answered(f"{top}|{yes(not w.state.in_bowl(b)).lower()}")


def t271_q_uncle(w: World) -> Made:
    n = len(w.state.on_the_table())
    if n == 0:
        return None
    x = w.rng.choice(w.blocks)
    inside = w.state.base(x) in w.bowls
    text = f"hey buddy, how many blocks are on the table right now, and is the {x} in a bowl?"
    return text, answered(f"{n}|{yes(inside).lower()}")


def t271_q_plain52(w: World) -> Made:
    opts = w.state.in_bowls()
    if not opts:
        return None
    x = w.rng.choice(opts)
    return f"Which bowl is the {x} in?", answered(w.state.base(x))


# ----- matching -------------------------------------------------------------------------------------
def _match_fits(w: World) -> bool:
    s = w.state
    for b in w.bowls:
        want = [r.block for r in matching(w) if r.target == b and s.base(r.block) != b]
        if not _fits(s, b, len(want)):
            return False
    return True


def t271_match_plumber(w: World) -> Made:
    want = matching(w)
    if not want or not _match_fits(w):
        return None
    text = "Colour-code them like pipework: any block that has a bowl of its own colour goes in that bowl."
    return _made(w, text, rels(*want))


def t271_match_vietnam2(w: World) -> Made:
    opts = [r for r in matching(w) if w.state.base(r.block) != r.target and _fits(w.state, r.target)]
    if not opts:
        return None
    r = w.rng.choice(opts)
    return _made(w, f"Please put the {r.block} into the bowl which have the same colour.", rels(r))


def t271_match_boss(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or not _match_fits(w):
        return None
    if not _bin_room(w.state, len([b for b in rest if w.state.base(b) != BIN])):
        return None
    return _made(w, "Every block into its own colour bowl. Anything without a matching bowl goes in the bin.",
                 both(rels(*want), binned(rest)))


def t271_match_chess(w: World) -> Made:
    s = w.state
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or not _match_fits(w):
        return None
    for r in want:
        if s.base(r.block) != r.target and any(a in rest for a in s.above(r.block)):
            return None
    text = ("Develop every block to the bowl of its own colour; the blocks with no matching bowl "
            "stay exactly where they stand.")
    return _made(w, text, both(rels(*want), kept(*rest)))


def t271_match_uncle(w: World) -> Made:
    opts = [r for r in matching(w) if w.state.base(r.block) != r.target and _fits(w.state, r.target)]
    if not opts:
        return None
    r = w.rng.choice(opts)
    return _made(w, f"buddy, see the {r.target}? find the block that's the same colour and pop it in there",
                 rels(r))


def t271_match_plain52(w: World) -> Made:
    opts = []
    for y in w.blocks:
        b = _bowl_of(w, w.colour(y))
        if b is None or not _fits(w.state, b):
            continue
        opts += [(x, y, b) for x in _loose(w) if x != y and w.state.base(x) != b]
    if not opts:
        return None
    x, y, b = w.rng.choice(opts)
    return _made(w, f"Put the {x} in the bowl that's the same colour as the {y}.", _in(x, b))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("plumber", "vietnam2", "boss", "chess", "uncle", "plain52")
FRESH271: list[Template] = [
    (f"t271_{short}_{style}", category, globals()[f"t271_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
