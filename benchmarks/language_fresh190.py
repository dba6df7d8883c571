"""`FRESH190`, the hundred-and-ninety-first untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: yet more ordinary people on an ordinary day, typing what they want into the robot's
chat window in their own plain words. A postal worker sorts and "delivers" blocks, "each to its own" bowl; a tailor
wants things neat, "lined up" and "set just so"; a football referee is firm ("off the table and into the bin", "back
on the table"); an insurance clerk is formal ("with respect to the item", "kindly", "at your discretion"); a zoo
keeper is chatty ("pop it in", "get the red block out of the bowl"); an exchange student still learning English uses
simple words in an odd order whose meaning is still clear ("Red block, in the blue bowl put it, please"). The jobs
are the everyday ones: a block into a bowl, onto another block or to a named place, towers, sorting by colour,
clearing blocks into the bin, leaving some things as they are, and plain questions (one or two in a message). The
checks accept every final state a reasonable person would accept: any order, any free choice the words leave open,
blocks that had to be moved out of the way put anywhere but the bin; they demand an empty gripper, and they never
accept the scene as it was. The six styles:

- postal: "Parcel for the blue bowl: the red block. Deliver it there, please."
- tailor: "Set the red block just so on top of the green block."
- referee: "The red block: off the table and into the bin. Now."
- clerk: "With respect to the item designated the red block, kindly place it in the top left corner."
- keeper: "Get the red block out of the blue bowl and pop it on the table, would you?"
- student: "Red block, in the blue bowl put it, please."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on fd47be6, the code of 31e697b, before anything it could prompt): 0.6767
goal-correct (203 of 300), 93 refused, 4 asked, no wrong action. It asked on "Get the block out from under X and pop it
in W", "The block on X, this one please put on the table." and "The block on top of X: off, into the bin!". The
refusals: "squared up", "Cyan block, you're off. Into the bin.", "the item in question, namely X", "When the round is
done, ...", "lined up in the bottom left corner, just so", "With respect to W, please ensure that it contains exactly
three blocks; which blocks is at your discretion.", "apart from X. Do not deliver that one.", "set it just so on Y
instead", "All take out, on the table put, not in the bin.", "Whatever block is in W, into the bin with it.", "With
respect to the block directly beneath X, please relocate it ...", "with no change to the position of Y", "Other blocks,
no touch please.", "The blue block, it is on the purple block? Yes or no, please.", "Blocks with a bowl of their own
colour go in that bowl. Blocks with no such bowl go in the bin.", "Parcel for W: X. Deliver it there, please.", "All
blocks outside the bowls go in the bin, every single one. The ones in bowls stay.", "W is empty. Two blocks, any two,
put in it please.", "please to the bin put it", "Only X gets delivered, to the bottom right corner.", "With respect to
X, on what is it currently resting?", "Block with no same colour bowl, it stay.", "has been delivered to the bin", "Off
the table with it.", "First X in the bin you put, after that ...", "every block whose colour matches a bowl goes into
that bowl", "When finish, on X is Y, ...", "and don't pop it in the bin or in a bowl; the table's fine", "With respect
to colour, please ensure that each block is located in the bowl of matching colour, where such a bowl exists.".
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_FLAT = (TABLE, *PLACES)
_WORDS = ("zero", "one", "two", "three", "four", "five", "six")


# ----- helpers ----------------------------------------------------------------------------------------
def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pl(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    return both(_idle, *checks)


def _nobin(w: World, *skip: str) -> Check:
    return none_binned([b for b in w.blocks if b not in skip])


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when the scene already meets the goal."""
    return None if check(w.state, w.state) else (text, check)


def _choose(w: World, options: list[tuple[str, Check]]) -> Made:
    options = [o for o in options if o is not None]
    if not options:
        return None
    text, check = w.rng.choice(options)
    return _made(w, text, check)


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _depth(w: World, block: str) -> int:
    """How many blocks make up `block`'s tower from it down to the bottom (itself included)."""
    n, s = 1, w.state.support
    while s[block] in s:
        block = s[block]
        n += 1
    return n


def _clear(w: World) -> list[str]:
    return w.clear_blocks()


def _perched(w: World) -> list[str]:
    """Clear blocks that rest on a block or in a bowl (not flat on the table)."""
    return [b for b in _clear(w) if w.state.support[b] not in _FLAT]


def _in_bowl_clear(w: World) -> list[str]:
    """Clear blocks that sit directly in a bowl."""
    return [b for b in _clear(w) if w.state.support[b] in w.bowls]


def _on_table(w: World, block: str) -> bool:
    return w.state.base(block) in _FLAT


def _flat_bowl(w: World, bowl: str) -> bool:
    """No block in the bowl rests on another block (so "how many are in it" is plain)."""
    return all(w.state.support[b] == bowl for b in w.state.in_bowl(bowl))


def _single(w: World) -> list[tuple[str, str]]:
    """(bowl, block) for every bowl that holds exactly one block."""
    return [(bw, w.state.in_bowl(bw)[0]) for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]


def _stack_pair(w: World) -> tuple[str, str] | None:
    """Two clear blocks (x, y) so that x can go on y."""
    cands = [(x, y) for x in _clear(w) for y in _clear(w) if x != y and _depth(w, y) < layout.MAX_TOWER]
    return w.rng.choice(cands) if cands else None


def _top_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where top is clear and rests on below."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _bottom_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where top rests on below and below is the bottom of its tower."""
    return [(t, b) for t, b in w.pairs() if w.state.support[b] not in w.state.support]


def _below(w: World, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, s = [], w.state.support
    while s[block] in s:
        block = s[block]
        out.append(block)
    return out


def _rest(w: World, block: str) -> str:
    """The expected answer words for "what is the block resting on?"."""
    s = w.state.support[block]
    if s in w.state.support:
        return w.colour(s)
    if s in w.bowls:
        return f"{w.colour(s)}|bowl"
    return "table"


def _into_bowl(w: World, bowl: str, n: int = 1) -> list[str]:
    """Clear blocks not yet in `bowl`, if the bowl has room for n more."""
    if _room(w, bowl) < n:
        return []
    return [b for b in _clear(w) if w.state.base(b) != bowl]


def _base_in(block: str, where: tuple[str, ...]) -> Check:
    return lambda _i, f: f.base(block) in where


def _on(x: str, y: str) -> Rel:
    return Rel("on", x, y)


def _in(x: str, bowl: str) -> Rel:
    return Rel("in", x, bowl)


def _at(x: str, place: str) -> Rel:
    return Rel("at", x, place)


def _binr(x: str) -> Rel:
    return Rel("in_bin", x)


def _table(x: str) -> Rel:
    return Rel("on_table", x)


def _match_plan(w: World) -> tuple[list[Rel], list[str]] | None:
    """The colour-matching goals still to do and the blocks that have no bowl of their colour; None if nothing to do
    or a bowl would overflow."""
    goals = matching(w)
    todo = [r for r in goals if w.state.base(r.block) != r.target]
    if not todo:
        return None
    for bowl in w.bowls:
        incoming = sum(1 for r in todo if r.target == bowl)
        if len(w.state.in_bowl(bowl)) + incoming > layout.BOWL_CAPACITY:
            return None
    matched = {r.block for r in goals}
    return goals, [b for b in w.blocks if b not in matched]


def _rest_can_stay(w: World, goals: list[Rel], rest: list[str]) -> bool:
    """Whether the unmatched blocks can all stay put while the matched ones move."""
    moving = {r.block for r in goals if w.state.base(r.block) != r.target}
    s = w.state.support
    for r in rest:
        cur = s[r]
        while cur in s:
            if cur in moving:
                return False
            cur = s[cur]
    return True


def _one_match(w: World) -> tuple[str, str] | None:
    """(block, bowl) of one colour pair where the block is not yet in its bowl and the bowl has room."""
    by_colour = {w.colour(b): b for b in w.bowls}
    cands = [(b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour]
    cands = [(b, bw) for b, bw in cands if w.state.base(b) != bw and _room(w, bw) >= 1]
    return w.rng.choice(cands) if cands else None


# ----- imperative -------------------------------------------------------------------------------------
def t190_imp_postal(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice([
        f"Please deliver the {x} to the {bowl}.",
        f"Parcel for the {bowl}: the {x}. Deliver it there, please.",
        f"The {x} is addressed to the {bowl}, so deliver it into that bowl.",
    ])
    return _made(w, text, _act(rels(_in(x, bowl)), _nobin(w)))


def t190_imp_tailor(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    text = w.rng.choice([
        f"Set the {x} just so on top of the {y}.",
        f"Neatly now: the {x} goes on the {y}, squared up.",
        f"Could you place the {x} on the {y}? Line it up nicely.",
    ])
    return _made(w, text, _act(rels(_on(x, y)), _nobin(w)))


def t190_imp_referee(w: World) -> Made:
    xs = [b for b in _clear(w) if _on_table(w, b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice([
        f"The {x}: off the table and into the bin. Now.",
        f"Send the {x} off! Straight into the bin with it.",
        f"{_cap(x)}, you're off. Into the bin.",
    ])
    return _made(w, text, _act(rels(_binr(x)), _nobin(w, x)))


def t190_imp_clerk(w: World) -> Made:
    x = w.rng.choice(_clear(w))
    p = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"With respect to the item designated the {x}, kindly place it in {_pl(p)}.",
        f"Please relocate the item in question, namely the {x}, to {_pl(p)}.",
        f"Kindly arrange for the {x} to be moved to {_pl(p)}.",
    ])
    return _made(w, text, _act(rels(_at(x, p)), _nobin(w)))


def t190_imp_keeper(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    for x in _in_bowl_clear(w):
        bowl = w.state.support[x]
        opts.append((f"Get the {x} out of the {bowl} and pop it on the table, would you?",
                     _act(rels(_table(x)), _nobin(w))))
        opts.append((f"Could you get the {x} out of the {bowl}? Just pop it down on the table.",
                     _act(rels(_table(x)), _nobin(w))))
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        opts.append((f"Pop the {x} on top of the {y} for me, there's a good robot.", _act(rels(_on(x, y)), _nobin(w))))
        opts.append((f"Right, could you pop the {x} onto the {y}?", _act(rels(_on(x, y)), _nobin(w))))
    return _choose(w, opts)


def t190_imp_student(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if xs:
        x = w.rng.choice(xs)
        opts.append((f"{_cap(x)}, in the {bowl} put it, please.", _act(rels(_in(x, bowl)), _nobin(w))))
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        opts.append((f"Please, on the {y} you put the {x}.", _act(rels(_on(x, y)), _nobin(w))))
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    opts.append((f"To {_pl(p)} the {x} you move, please.", _act(rels(_at(x, p)), _nobin(w))))
    return _choose(w, opts)


# ----- declarative ------------------------------------------------------------------------------------
def t190_dec_postal(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if not xs:
        return None
    x = w.rng.choice(xs)
    opts = [
        (f"The {x} should end up in the {bowl}.", _act(rels(_in(x, bowl)), _nobin(w))),
        (f"Address for the {x}: the {bowl}. That is where it should be when you are done.",
         _act(rels(_in(x, bowl)), _nobin(w))),
    ]
    ys = [b for b in _clear(w) if b != x]
    if ys:
        y = w.rng.choice(ys)
        opts.append((f"When the round is done, the {x} is in the {bowl} and the {y} is in the bin.",
                     _act(rels(_in(x, bowl), _binr(y)), _nobin(w, y))))
    return _choose(w, opts)


def t190_dec_tailor(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        opts.append((f"When you're done, the {x} sits neatly on top of the {y}.", _act(rels(_on(x, y)), _nobin(w))))
    cl = _clear(w)
    trios = [(x, y, z) for x in cl for y in cl for z in cl if len({x, y, z}) == 3 and _depth(w, y) <= 2]
    if trios:
        x, y, z = w.rng.choice(trios)
        opts.append((f"The finished look: the {x} on the {y}, and the {z} on the {x}.",
                     _act(rels(_on(x, y), _on(z, x)), _nobin(w))))
    x, p = w.rng.choice(cl), w.rng.choice(PLACES)
    opts.append((f"The {x} should be lined up in {_pl(p)}, just so.", _act(rels(_at(x, p)), _nobin(w))))
    return _choose(w, opts)


def t190_dec_referee(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    xs = [b for b in _clear(w) if _on_table(w, b)]
    if xs:
        x = w.rng.choice(xs)
        opts.append((f"The way it ends: the {x} in the bin. That's the call.", _act(rels(_binr(x)), _nobin(w, x))))
    ys = _perched(w)
    if ys:
        y = w.rng.choice(ys)
        opts.append((f"Final decision: the {y} is back on the table.", _act(rels(_table(y)), _nobin(w))))
        others = [b for b in _clear(w) if b != y]
        if others:
            x = w.rng.choice(others)
            opts.append((f"Final position: the {x} is in the bin and the {y} is back on the table.",
                         _act(rels(_binr(x), _table(y)), _nobin(w, x))))
    return _choose(w, opts)


def t190_dec_clerk(w: World) -> Made:
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    opts = [(f"The desired end state is as follows: the {x} is located in {_pl(p)}.",
             _act(rels(_at(x, p)), _nobin(w)))]
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if xs:
        x = w.rng.choice(xs)
        ys = [b for b in _clear(w) if b != x]
        if ys:
            y = w.rng.choice(ys)
            opts.append((f"For the record, the required arrangement is: the {x} in the {bowl} and the {y} in "
                         f"{_pl(p)}.", _act(rels(_in(x, bowl), _at(y, p)), _nobin(w))))
    return _choose(w, opts)


def t190_dec_keeper(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if xs:
        x = w.rng.choice(xs)
        opts.append((f"Right, so the {x} lives in the {bowl} from now on.", _act(rels(_in(x, bowl)), _nobin(w))))
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        opts.append((f"The {x}'s home is on top of the {y}. That's where it ought to be.",
                     _act(rels(_on(x, y)), _nobin(w))))
        rest = [b for b in _clear(w) if b not in pair]
        if rest:
            z = w.rng.choice(rest)
            opts.append((f"The {x} belongs on the {y}, and the {z} belongs in the bin.",
                         _act(rels(_on(x, y), _binr(z)), _nobin(w, z))))
    return _choose(w, opts)


def t190_dec_student(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if xs:
        x = w.rng.choice(xs)
        opts.append((f"After you finish, the {x} is in the {bowl}.", _act(rels(_in(x, bowl)), _nobin(w))))
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        rest = [b for b in _clear(w) if b not in pair]
        if rest:
            z = w.rng.choice(rest)
            opts.append((f"When finish, on the {y} is the {x}, and the {z} is in the bin.",
                         _act(rels(_on(x, y), _binr(z)), _nobin(w, z))))
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    opts.append((f"The table at the end: the {x} in {_pl(p)}. Like this.", _act(rels(_at(x, p)), _nobin(w))))
    return _choose(w, opts)


# ----- desiderative -----------------------------------------------------------------------------------
def t190_des_postal(w: World) -> Made:
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    opts = [
        (f"I'd like the {x} delivered to {_pl(p)}.", _act(rels(_at(x, p)), _nobin(w))),
        (f"Could you make it so that the {x} has been delivered to the bin?", _act(rels(_binr(x)), _nobin(w, x))),
    ]
    bowl = w.rng.choice(w.bowls)
    cl = _clear(w)
    if len(cl) >= 2:
        x, y = w.pick(cl, 2)
        need = sum(1 for b in (x, y) if w.state.base(b) != bowl)
        if _room(w, bowl) >= need:
            opts.append((f"I want the {x} and the {y} both delivered to the {bowl}.",
                         _act(rels(_in(x, bowl), _in(y, bowl)), _nobin(w))))
    return _choose(w, opts)


def t190_des_tailor(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    cl = _clear(w)
    if len(cl) >= 3:
        a, b, c = w.pick(cl, 3)
        opts.append((f"I want a neat tower on the table: the {a} at the bottom, then the {b}, then the {c} on top.",
                     _act(rels(Rel("stacked", a, b, c), Rel("clear", c)), _nobin(w))))
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        opts.append((f"I'd like the {x} set just so on the {y}.", _act(rels(_on(x, y)), _nobin(w))))
    x, p = w.rng.choice(cl), w.rng.choice(PLACES)
    opts.append((f"What I'd like is the {x} lined up neatly in {_pl(p)}.", _act(rels(_at(x, p)), _nobin(w))))
    return _choose(w, opts)


def t190_des_referee(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    ys = _perched(w)
    xs = [b for b in _clear(w) if _on_table(w, b)]
    if ys:
        y = w.rng.choice(ys)
        sup = w.state.support[y]
        opts.append((f"I want the {y} {'out of' if sup in w.bowls else 'off'} the {sup} and back on the table.",
                     _act(rels(_table(y)), _nobin(w))))
        others = [b for b in xs if b != y]
        if others:
            x = w.rng.choice(others)
            opts.append((f"I want two things: the {x} in the bin, and the {y} back on the table.",
                         _act(rels(_binr(x), _table(y)), _nobin(w, x))))
    if xs:
        x = w.rng.choice(xs)
        opts.append((f"I want the {x} in the bin. Off the table with it.", _act(rels(_binr(x)), _nobin(w, x))))
    return _choose(w, opts)


def t190_des_clerk(w: World) -> Made:
    x = w.rng.choice(_clear(w))
    opts = [(f"I would like to request that the item, the {x}, be placed in the bin.",
             _act(rels(_binr(x)), _nobin(w, x)))]
    pair = _stack_pair(w)
    if pair:
        a, b = pair
        opts.append((f"It is my wish that the {a} be placed on top of the {b}.", _act(rels(_on(a, b)), _nobin(w))))
    p = w.rng.choice(PLACES)
    opts.append((f"I would request that the {x} be relocated to {_pl(p)}, if you would.",
                 _act(rels(_at(x, p)), _nobin(w))))
    return _choose(w, opts)


def t190_des_keeper(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    bowl = w.rng.choice(w.bowls)
    cl = _clear(w)
    if len(cl) >= 2:
        x, y = w.pick(cl, 2)
        need = sum(1 for b in (x, y) if w.state.base(b) != bowl)
        if _room(w, bowl) >= need:
            opts.append((f"I'd love it if the {x} and the {y} were both in the {bowl}.",
                         _act(rels(_in(x, bowl), _in(y, bowl)), _nobin(w))))
    for x in _in_bowl_clear(w):
        opts.append((f"I'd like the {x} out of the {w.state.support[x]}, please. Just pop it down on the table.",
                     _act(rels(_table(x)), _nobin(w))))
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        opts.append((f"Make it so the {x} is sitting on the {y}, would you?", _act(rels(_on(x, y)), _nobin(w))))
    return _choose(w, opts)


def t190_des_student(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if xs:
        x = w.rng.choice(xs)
        opts.append((f"I want: the {x} in the {bowl}. This I want.", _act(rels(_in(x, bowl)), _nobin(w))))
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        opts.append((f"I would like that the {x} is on the {y}, please.", _act(rels(_on(x, y)), _nobin(w))))
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    opts.append((f"Me, I want the {x} in {_pl(p)}. Please.", _act(rels(_at(x, p)), _nobin(w))))
    return _choose(w, opts)


# ----- quantified -------------------------------------------------------------------------------------
def t190_qua_postal(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    full = [bw for bw in w.bowls if s.in_bowl(bw) and _flat_bowl(w, bw)]
    if full:
        bowl = w.rng.choice(full)
        inside = s.in_bowl(bowl)
        opts.append((f"Deliver all the blocks in the {bowl} to the bin.",
                     _act(binned(inside), _nobin(w, *inside))))
    table = s.on_the_table()
    if 2 <= len(table) <= 3:
        p = w.rng.choice(PLACES)
        opts.append((f"Deliver every block that is not in a bowl to {_pl(p)}.",
                     _act(rels(*(_at(b, p) for b in table)), _nobin(w))))
    bowl = w.rng.choice(w.bowls)
    loose = [b for b in table if w.state.is_clear(b)]
    if _room(w, bowl) >= 2 and len(loose) >= 2:
        before = s.in_bowl(bowl)

        def two_more(i: SymState, f: SymState, bowl: str = bowl, before: list[str] = before,
                     table: list[str] = table) -> bool:
            now = f.in_bowl(bowl)
            new = [b for b in now if b not in before]
            return all(b in now for b in before) and len(new) == 2 and all(b in table for b in new)

        opts.append((f"Deliver any two of the blocks on the table to the {bowl}; your choice which two.",
                     _act(two_more, _nobin(w))))
    return _choose(w, opts)


def t190_qua_tailor(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    table = s.on_the_table()
    bowled = s.in_bowls()
    if 2 <= len(table) <= layout.MAX_TOWER:
        opts.append((f"Stack every block that's on the table into one neat tower, in any order; leave the blocks in "
                     f"bowls alone." if bowled else "Stack every block on the table into one neat tower, any order.",
                     _act(rels(Rel("tower", *table)), kept(*bowled), _nobin(w))))
    if any(s.support[b] in s.support for b in table) and all(s.support[b] in w.bowls for b in bowled):
        opts.append(("Unstack everything so that every block that's not in a bowl sits flat on the table, none on "
                     "top of another.", _act(rels(*(_table(b) for b in table)), kept(*bowled), _nobin(w))))
    return _choose(w, opts)


def t190_qua_referee(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if not table or not all(_flat_bowl(w, bw) for bw in w.bowls):
        return None
    check = _act(binned(table), kept(*s.in_bowls()))
    n = len(table)
    counted = (f"{_cap(_WORDS[n])} blocks outside the bowls, and every one of them goes in the bin. Now." if n > 1 else
               "The one block outside the bowls goes in the bin, and the blocks in bowls stay. Now.")
    text = w.rng.choice([
        "Every block that isn't in a bowl: into the bin!",
        "All blocks outside the bowls go in the bin, every single one. The ones in bowls stay.",
        counted,
    ])
    return _made(w, text, check)


def t190_qua_clerk(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    flat = [bw for bw in w.bowls if _flat_bowl(w, bw)]
    if flat:
        bowl = w.rng.choice(flat)
        n0 = len(w.state.in_bowl(bowl))
        outside = len(w.blocks) - n0
        ns = [n for n in (n0 + 1, n0 + 2) if n <= layout.BOWL_CAPACITY and n - n0 <= outside]
        if ns:
            n = w.rng.choice(ns)
            opts.append((f"With respect to the {bowl}, please ensure that it contains exactly {_WORDS[n]} blocks; "
                         f"which blocks is at your discretion." if n != 1 else
                         f"With respect to the {bowl}, please ensure that it contains exactly one block; which block "
                         f"is at your discretion.", _act(count_in(bowl, n), _nobin(w))))
    cl = _clear(w)
    if len(cl) >= 3:
        trio = w.pick(cl, 3)
        p = w.rng.choice(PLACES)
        opts.append((f"Please ensure that each of the following items is placed in {_pl(p)}: the {trio[0]}, the "
                     f"{trio[1]} and the {trio[2]}.", _act(rels(*(_at(b, p) for b in trio)), _nobin(w))))
    return _choose(w, opts)


def t190_qua_keeper(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    bowled = s.in_bowls()
    if bowled:
        def out(_i: SymState, f: SymState, bowls: list[str] = w.bowls) -> bool:
            return all(f.base(b) not in bowls for b in f.blocks)

        opts.append(("Get every block out of the bowls and pop them all on the table.",
                     _act(rels(*(_table(b) for b in bowled)), out, _nobin(w))))
    k = w.rng.choice([2, 3])
    if len(w.blocks) > k:
        chosen = w.pick(w.blocks, k)
        text = (f"Pop both of them in the bin, the {chosen[0]} and the {chosen[1]}." if k == 2 else
                f"Pop all three of them in the bin: the {chosen[0]}, the {chosen[1]} and the {chosen[2]}.")
        opts.append((text, _act(binned(chosen), _nobin(w, *chosen))))
    return _choose(w, opts)


def t190_qua_student(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = [("All the blocks, in the bin put, please. Every one.", _act(binned(w.blocks)))]
    empties = [bw for bw in w.bowls if not s.in_bowl(bw)]
    if empties:
        bowl = w.rng.choice(empties)
        opts.append((f"The {bowl} is empty. Two blocks, any two, put in it please.",
                     _act(count_in(bowl, 2), _nobin(w))))
    bowled = s.in_bowls()
    if bowled:
        def out(_i: SymState, f: SymState, bowls: list[str] = w.bowls) -> bool:
            return all(f.base(b) not in bowls for b in f.blocks)

        opts.append(("Each block that is in a bowl, please take out and put on the table.",
                     _act(rels(*(_table(b) for b in bowled)), out, _nobin(w))))
    return _choose(w, opts)


# ----- negated ----------------------------------------------------------------------------------------
def t190_neg_postal(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    opts: list[tuple[str, Check]] = [
        (f"Deliver every block to the bin except the {x}.", _act(binned(others), none_binned([x]))),
        (f"Everything goes to the bin, apart from the {x}. Do not deliver that one.",
         _act(binned(others), none_binned([x]))),
    ]
    s = w.state
    for y in s.in_bowls():
        opts.append((f"Don't deliver anything to the bin; just take the {y} out of the {s.base(y)} and put it on the "
                     f"table.", _act(rels(_table(y)), _nobin(w))))
    return _choose(w, opts)


def t190_neg_tailor(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    if len(w.blocks) >= 4:
        a, b, c, d = w.pick(w.blocks, 4)

        def apart(_i: SymState, f: SymState, trio: tuple[str, ...] = (a, b, c), d: str = d) -> bool:
            return f.support[d] not in trio and all(f.support[t] != d for t in trio)

        opts.append((f"Make a neat tower of the {a}, the {b} and the {c}, in any order, but don't use the {d}.",
                     _act(rels(Rel("tower", a, b, c)), apart, _nobin(w))))
    pair = _stack_pair(w)
    bx = [x for x in _in_bowl_clear(w)]
    if bx:
        x = w.rng.choice(bx)
        ys = [y for y in _clear(w) if y != x and _depth(w, y) < layout.MAX_TOWER and w.state.base(y) not in w.bowls]
        if ys:
            y = w.rng.choice(ys)
            opts.append((f"Don't leave the {x} in the {w.state.support[x]}; set it just so on the {y} instead.",
                         _act(rels(_on(x, y)), _nobin(w))))
    if pair:
        x, p = pair[0], w.rng.choice(PLACES)

        def flat(_i: SymState, f: SymState, x: str = x, p: str = p) -> bool:
            return f.support[x] == p

        opts.append((f"Line up the {x} in {_pl(p)}, right on the spot and not on top of another block.",
                     _act(flat, _nobin(w))))
    return _choose(w, opts)


def t190_neg_referee(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    for top, below in _top_pairs(w):
        opts.append((f"Nothing goes in the bin! Just take the {top} off the {below} and put it back on the table.",
                     _act(rels(_table(top)), _nobin(w))))
    unders = [b for b in w.blocks if w.state.above(b)]
    if unders:
        y = w.rng.choice(unders)
        ups = w.state.above(y)
        opts.append((f"No block stays on the {y}: everything on it goes back on the table, and nothing in the bin.",
                     _act(rels(Rel("clear", y), *(_table(b) for b in ups)), _nobin(w))))
    for x in _in_bowl_clear(w):
        opts.append((f"The {x} does not stay in the {w.state.support[x]}. Back on the table with it.",
                     _act(rels(_table(x)), _nobin(w))))
    return _choose(w, opts)


def t190_neg_clerk(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    if len(w.bowls) >= 2:
        bowl = w.rng.choice(w.bowls)
        others = tuple(bw for bw in w.bowls if bw != bowl and _room(w, bw) >= 1)
        xs = [b for b in _clear(w) if s.base(b) not in w.bowls or s.base(b) == bowl]
        if others and xs:
            x = w.rng.choice(xs)
            opts.append((f"Please place the item, the {x}, in a bowl other than the {bowl}.",
                         _act(_base_in(x, others), _nobin(w))))
    x = w.rng.choice(w.blocks)
    opts.append((f"Please place all items, with the exception of the {x}, in the bin.",
                 _act(binned([b for b in w.blocks if b != x]), none_binned([x]))))
    y, corner = w.rng.choice(_clear(w)), w.rng.choice(_CORNERS)
    opts.append((f"Please relocate the {y} to any corner of the table other than the {corner}.",
                 _act(_base_in(y, tuple(c for c in _CORNERS if c != corner)), _nobin(w))))
    return _choose(w, opts)


def t190_neg_keeper(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    for x in s.in_bowls():
        bowl = s.base(x)

        def out(_i: SymState, f: SymState, x: str = x, bowl: str = bowl) -> bool:
            return f.base(x) != bowl

        opts.append((f"Don't bin anything, but do get the {x} out of the {bowl}.", _act(out, _nobin(w))))
    x, y = w.pick(w.blocks, 2)
    opts.append((f"Pop all the blocks in the bin except the {x} and the {y}.",
                 _act(binned([b for b in w.blocks if b not in (x, y)]), none_binned([x, y]))))
    for top, below in _top_pairs(w):
        def off(_i: SymState, f: SymState, top: str = top, below: str = below) -> bool:
            return f.support[top] != below and f.base(top) in _FLAT

        opts.append((f"Get the {top} off the {below}, and don't pop it in the bin or in a bowl; the table's fine.",
                     _act(off, _nobin(w))))
    return _choose(w, opts)


def t190_neg_student(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    stay = [b for b in w.blocks if s.support[b] not in s.support]
    x = w.rng.choice(stay)
    opts.append((f"All blocks in the bin, but not the {x}. The {x} stay.",
                 _act(binned([b for b in w.blocks if b != x]), kept(x))))
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if xs:
        y = w.rng.choice(xs)
        opts.append((f"Please the {y} never in the bin put. Put it in the {bowl}.",
                     _act(rels(_in(y, bowl)), _nobin(w))))
    full = [bw for bw in w.bowls if s.in_bowl(bw)]
    if full:
        bowl = w.rng.choice(full)
        inside = s.in_bowl(bowl)
        opts.append((f"No blocks in the {bowl}, please. All take out, on the table put, not in the bin.",
                     _act(empty(bowl), rels(*(_table(b) for b in inside)), _nobin(w))))
    return _choose(w, opts)


# ----- relative ---------------------------------------------------------------------------------------
def t190_rel_postal(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    for top, below in _top_pairs(w):
        bowl = w.rng.choice(w.bowls)
        if s.base(top) != bowl and _room(w, bowl) >= 1:
            opts.append((f"Deliver the block sitting on the {below} to the {bowl}.",
                         _act(rels(_in(top, bowl)), _nobin(w))))
    for top, below in _bottom_pairs(w):
        opts.append((f"Deliver the block under the {top} to the bin.", _act(rels(_binr(below)), _nobin(w, below))))
    for bowl, x in _single(w):
        p = w.rng.choice(PLACES)
        opts.append((f"Deliver the block from the {bowl} to {_pl(p)}.", _act(rels(_at(x, p)), _nobin(w))))
    return _choose(w, opts)


def t190_rel_tailor(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    p = w.rng.choice(PLACES)
    for top, below in _top_pairs(w):
        opts.append((f"Set the block that's on top of the {below} just so in {_pl(p)}.",
                     _act(rels(_at(top, p)), _nobin(w))))
    for top, below in _bottom_pairs(w):
        opts.append((f"Line up the block underneath the {top} in {_pl(p)}, neatly.",
                     _act(rels(_at(below, p)), _nobin(w))))
    for bowl, x in _single(w):
        ys = [y for y in _clear(w) if y != x and _depth(w, y) < layout.MAX_TOWER]
        if ys:
            y = w.rng.choice(ys)
            opts.append((f"Take the block that's in the {bowl} and set it neatly on the {y}.",
                         _act(rels(_on(x, y)), _nobin(w))))
    return _choose(w, opts)


def t190_rel_referee(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    for top, below in _top_pairs(w):
        opts.append((f"The block on top of the {below}: off, into the bin!", _act(rels(_binr(top)), _nobin(w, top))))
    for top, below in [pr for pr in _top_pairs(w) if pr in _bottom_pairs(w)]:
        opts.append((f"The block holding up the {top}: into the bin. The {top} goes back on the table.",
                     _act(rels(_binr(below), _table(top)), _nobin(w, below))))
    for bowl, x in _single(w):
        opts.append((f"Whatever block is in the {bowl}, into the bin with it.", _act(rels(_binr(x)), _nobin(w, x))))
    return _choose(w, opts)


def t190_rel_clerk(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    for bowl, x in _single(w):
        ys = [y for y in _clear(w) if y != x and _depth(w, y) < layout.MAX_TOWER]
        if ys:
            y = w.rng.choice(ys)
            opts.append((f"Please place the item currently located in the {bowl} on top of the {y}.",
                         _act(rels(_on(x, y)), _nobin(w))))
    p = w.rng.choice(PLACES)
    for top, below in _bottom_pairs(w):
        opts.append((f"With respect to the block directly beneath the {top}, please relocate it to {_pl(p)}.",
                     _act(rels(_at(below, p)), _nobin(w))))
    for top, below in _top_pairs(w):
        opts.append((f"Kindly place the item resting on the {below} on the table.",
                     _act(rels(_table(top)), _nobin(w))))
    return _choose(w, opts)


def t190_rel_keeper(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    for top, below in _bottom_pairs(w):
        bowl = w.rng.choice(w.bowls)
        if s.base(below) != bowl and _room(w, bowl) >= 1:
            opts.append((f"Get the block out from under the {top} and pop it in the {bowl}.",
                         _act(rels(_in(below, bowl)), _nobin(w))))
    for top, below in _top_pairs(w):
        opts.append((f"See the block on the {below}? Pop it in the bin, would you.",
                     _act(rels(_binr(top)), _nobin(w, top))))
    for bowl, x in _single(w):
        opts.append((f"Pop the block that's in the {bowl} onto the table.", _act(rels(_table(x)), _nobin(w))))
    return _choose(w, opts)


def t190_rel_student(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    for top, below in _top_pairs(w):
        opts.append((f"The block on the {below}, this one please put on the table.",
                     _act(rels(_table(top)), _nobin(w))))
    for top, below in _bottom_pairs(w):
        opts.append((f"The block under the {top}, please to the bin put it.",
                     _act(rels(_binr(below)), _nobin(w, below))))
    for bowl, x in _single(w):
        p = w.rng.choice(PLACES)
        opts.append((f"In the {bowl} there is one block. This block, put it in {_pl(p)}, please.",
                     _act(rels(_at(x, p)), _nobin(w))))
    return _choose(w, opts)


# ----- keep -------------------------------------------------------------------------------------------
def _others(w: World, *moved: str) -> list[str]:
    return [b for b in w.blocks if b not in moved]


def t190_keep_postal(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if xs:
        x = w.rng.choice(xs)
        opts.append((f"Deliver the {x} to the {bowl} and leave everything else where it is.",
                     _act(rels(_in(x, bowl)), kept(*_others(w, x)))))
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    opts.append((f"Only the {x} gets delivered, to {_pl(p)}. Every other block stays put.",
                 _act(rels(_at(x, p)), kept(*_others(w, x)))))
    cl = _clear(w)
    if len(cl) >= 2:
        x, y = w.pick(cl, 2)
        opts.append((f"Deliver the {x} and the {y} to the bin; nothing else moves.",
                     _act(binned([x, y]), kept(*_others(w, x, y)))))
    return _choose(w, opts)


def t190_keep_tailor(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        zs = _others(w, x, y)
        if zs:
            z = w.rng.choice(zs)
            opts.append((f"Set the {x} on the {y}, and leave the {z} just as it is.",
                         _act(rels(_on(x, y)), kept(z), _nobin(w))))
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    opts.append((f"Line the {x} up in {_pl(p)}; the rest of the table stays exactly as it is.",
                 _act(rels(_at(x, p)), kept(*_others(w, x)))))
    for top, below in _top_pairs(w):
        opts.append((f"Take the {top} off the {below} and set it down on the table, leaving the {below} exactly "
                     f"where it is.", _act(rels(_table(top)), kept(below), _nobin(w))))
    return _choose(w, opts)


def t190_keep_referee(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    x = w.rng.choice(_clear(w))
    zs = _others(w, x)
    z = w.rng.choice(zs)
    opts.append((f"{_cap(x)} into the bin. The {z} stays put, don't touch it.",
                 _act(rels(_binr(x)), kept(z), _nobin(w, x))))
    for y in _perched(w):
        opts.append((f"The {y} goes back on the table; every other block stays where it is.",
                     _act(rels(_table(y)), kept(*_others(w, y)))))
    return _choose(w, opts)


def t190_keep_clerk(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    full = [bw for bw in w.bowls if s.in_bowl(bw)]
    if full:
        bowl = w.rng.choice(full)
        xs = [b for b in _clear(w) if s.base(b) != bowl]
        if xs:
            x, p = w.rng.choice(xs), w.rng.choice(PLACES)
            opts.append((f"Please move the item, the {x}, to {_pl(p)}. All items in the {bowl} are to remain "
                         f"undisturbed.", _act(rels(_at(x, p)), kept(*s.in_bowl(bowl)), _nobin(w))))
    x = w.rng.choice(_clear(w))
    z = w.rng.choice(_others(w, x))
    opts.append((f"Please place the {x} in the bin, with no change to the position of the {z}.",
                 _act(rels(_binr(x)), kept(z), _nobin(w, x))))
    return _choose(w, opts)


def t190_keep_keeper(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    full = [bw for bw in w.bowls if s.in_bowl(bw)]
    if full:
        bowl = w.rng.choice(full)
        xs = [b for b in _clear(w) if s.base(b) != bowl]
        if xs:
            x = w.rng.choice(xs)
            opts.append((f"Pop the {x} in the bin, but leave the {bowl} and everything in it alone.",
                         _act(rels(_binr(x)), kept(*s.in_bowl(bowl)), _nobin(w, x))))
    for top, below in _top_pairs(w):
        rest = [below]
        while s.support[rest[-1]] in s.support:
            rest.append(s.support[rest[-1]])
        opts.append((f"Get the {top} off the stack it's on and onto the table, and leave the rest of that stack be.",
                     _act(rels(_table(top)), kept(*rest), _nobin(w))))
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        zs = _others(w, x, y)
        if zs:
            z = w.rng.choice(zs)
            opts.append((f"Pop the {x} on the {y}, but leave the {z} where it is.",
                         _act(rels(_on(x, y)), kept(z), _nobin(w))))
    return _choose(w, opts)


def t190_keep_student(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    opts.append((f"The {x} go to {_pl(p)}. Other blocks, no touch please.",
                 _act(rels(_at(x, p)), kept(*_others(w, x)))))
    bowl = w.rng.choice(w.bowls)
    xs = _into_bowl(w, bowl)
    if xs:
        x = w.rng.choice(xs)
        z = w.rng.choice(_others(w, x))
        opts.append((f"Please, the {x} in the {bowl}. But the {z}, you leave it where it is.",
                     _act(rels(_in(x, bowl)), kept(z), _nobin(w))))
    return _choose(w, opts)


# ----- multi_step -------------------------------------------------------------------------------------
def t190_multi_postal(w: World) -> Made:
    cl = _clear(w)
    if len(cl) < 2:
        return None
    x, y = w.pick(cl, 2)
    bowl, p = w.rng.choice(w.bowls), w.rng.choice(PLACES)
    opts: list[tuple[str, Check]] = [
        (f"Start by delivering the {x} to the bin; once that's done, deliver the {y} to {_pl(p)}.",
         _act(rels(_binr(x), _at(y, p)), _nobin(w, x))),
    ]
    if w.state.base(x) != bowl and _room(w, bowl) >= 1:
        opts.append((f"First deliver the {x} to the {bowl}, then deliver the {y} to the bin.",
                     _act(rels(_in(x, bowl), _binr(y)), _nobin(w, y))))
    if w.state.base(y) != bowl and _room(w, bowl) >= 1:
        opts.append((f"Two deliveries: the {x} to {_pl(p)} first, and after that the {y} to the {bowl}.",
                     _act(rels(_at(x, p), _in(y, bowl)), _nobin(w))))
    return _choose(w, opts)


def t190_multi_tailor(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    cl = _clear(w)
    if len(cl) >= 2:
        x, y = w.pick(cl, 2)
        p = w.rng.choice(PLACES)
        opts.append((f"First line the {x} up in {_pl(p)}, then set the {y} just so on top of it.",
                     _act(rels(_at(x, p), _on(y, x)), _nobin(w))))
    bowl = w.rng.choice(w.bowls)
    for top, below in _top_pairs(w):
        if w.state.base(below) != bowl and _room(w, bowl) >= 1:
            opts.append((f"Step by step, please: take the {top} off the {below}, set it down on the table, then "
                         f"put the {below} in the {bowl}.", _act(rels(_table(top), _in(below, bowl)), _nobin(w))))
    return _choose(w, opts)


def t190_multi_referee(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    for y in _perched(w):
        xs = [b for b in _clear(w) if b != y]
        if xs:
            x = w.rng.choice(xs)
            opts.append((f"One: the {x} goes in the bin. Two: the {y} goes back on the table. That's it.",
                         _act(rels(_binr(x), _table(y)), _nobin(w, x))))
    for top, below in _top_pairs(w):
        opts.append((f"First the {top} off the {below} and back on the table, then the {below} into the bin.",
                     _act(rels(_table(top), _binr(below)), _nobin(w, below))))
    return _choose(w, opts)


def t190_multi_clerk(w: World) -> Made:
    cl = _clear(w)
    if len(cl) < 2:
        return None
    x, y = w.pick(cl, 2)
    bowl, p = w.rng.choice(w.bowls), w.rng.choice(PLACES)
    opts: list[tuple[str, Check]] = [
        (f"Kindly first relocate the {x} to {_pl(p)}, and subsequently place the {y} in the bin.",
         _act(rels(_at(x, p), _binr(y)), _nobin(w, y))),
    ]
    if w.state.base(x) != bowl and _room(w, bowl) >= 2:
        opts.append((f"Please carry out the following in order: (1) place the {x} in the {bowl}; (2) place the {y} "
                     f"on top of the {x}.", _act(rels(_in(x, bowl), _on(y, x)), _nobin(w))))
    return _choose(w, opts)


def t190_multi_keeper(w: World) -> Made:
    s = w.state
    opts: list[tuple[str, Check]] = []
    pair = _stack_pair(w)
    if pair:
        x, y = pair
        zs = [z for z in _in_bowl_clear(w) if z not in pair]
        if zs:
            z = w.rng.choice(zs)
            bowl = s.support[z]

            def out(_i: SymState, f: SymState, z: str = z, bowl: str = bowl) -> bool:
                return f.base(z) != bowl

            opts.append((f"Pop the {x} on the {y}, and after that get the {z} out of the {bowl}.",
                         _act(rels(_on(x, y)), out, _nobin(w))))
    for x in _in_bowl_clear(w):
        ys = [y for y in _clear(w) if y != x and s.base(y) not in w.bowls and _depth(w, y) < layout.MAX_TOWER]
        if ys:
            y = w.rng.choice(ys)
            opts.append((f"First get the {x} out of the {s.support[x]}, then pop it on the {y}.",
                         _act(rels(_on(x, y)), _nobin(w))))
    cl = _clear(w)
    bowl = w.rng.choice(w.bowls)
    if len(cl) >= 2:
        x, y = w.pick(cl, 2)
        if s.base(y) != bowl and _room(w, bowl) >= 1:
            opts.append((f"Pop the {x} in the bin, then pop the {y} in the {bowl}.",
                         _act(rels(_binr(x), _in(y, bowl)), _nobin(w, x))))
    return _choose(w, opts)


def t190_multi_student(w: World) -> Made:
    cl = _clear(w)
    if len(cl) < 2:
        return None
    x, y = w.pick(cl, 2)
    bowl, p = w.rng.choice(w.bowls), w.rng.choice(PLACES)
    opts: list[tuple[str, Check]] = [
        (f"First the {x} in the bin you put, after that the {y} in {_pl(p)} you put.",
         _act(rels(_binr(x), _at(y, p)), _nobin(w, x))),
    ]
    if w.state.base(x) != bowl and _room(w, bowl) >= 2:
        opts.append((f"First, the {x} to the {bowl}. After, the {y} on the {x}. Finish.",
                     _act(rels(_in(x, bowl), _on(y, x)), _nobin(w))))
    return _choose(w, opts)


# ----- question ---------------------------------------------------------------------------------------
def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _count_bowl(w: World, flat: list[str]) -> str:
    """A bowl to count: one that holds something, most of the time."""
    full = [bw for bw in flat if w.state.in_bowl(bw)]
    return w.rng.choice(full if full and w.rng.random() < 0.7 else flat)


def _yes_no_pair(w: World) -> tuple[str, str]:
    """Two blocks (x, y) to ask "is x on y?" about: half the time a true pair; never y lower down x's tower."""
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        return w.rng.choice(pairs)
    cands = [(x, y) for x in w.blocks for y in w.blocks
             if x != y and (w.state.support[x] == y or y not in _below(w, x))]
    return w.rng.choice(cands)


def t190_q_postal(w: World) -> Made:
    s = w.state
    opts: list[Made] = []
    flat = [bw for bw in w.bowls if _flat_bowl(w, bw)]
    if flat:
        bowl = _count_bowl(w, flat)
        opts.append(_ask(f"Quick check before I sort: how many blocks are in the {bowl}?", str(len(s.in_bowl(bowl)))))
    duos = [(b1, b2) for b1 in flat for b2 in flat if len(s.in_bowl(b1)) != len(s.in_bowl(b2))]
    if duos:
        b1, b2 = w.rng.choice(duos)
        opts.append(_ask(f"Two quick ones: how many blocks are in the {b1}, and how many are in the {b2}?",
                         f"{len(s.in_bowl(b1))}|{len(s.in_bowl(b2))}"))
    for x in w.blocks:
        if s.support[x] in w.bowls:
            opts.append(_ask(f"Which bowl is the {x} sitting in? I need it for my log.",
                             f"{w.colour(s.support[x])}|bowl"))
    return w.rng.choice(opts) if opts else None


def t190_q_tailor(w: World) -> Made:
    s = w.state
    opts: list[Made] = []
    x, y = _yes_no_pair(w)
    opts.append(_ask(f"Is the {x} sitting on the {y}?", yes(s.support[x] == y)))
    unders = [b for b in w.blocks if not s.is_clear(b)]
    z = w.rng.choice(unders if unders and w.rng.random() < 0.5 else w.blocks)
    opts.append(_ask(f"Is anything stacked on the {z}?", yes(not s.is_clear(z))))
    inside = [b for b in w.blocks if s.support[b] in w.bowls]
    if inside and w.rng.random() < 0.5:
        v = w.rng.choice(inside)
        bowl = s.support[v]
    else:
        bowl = w.rng.choice(w.bowls)
        v = w.rng.choice([b for b in w.blocks if s.support[b] == bowl or s.base(b) != bowl])
    opts.append(_ask(f"Is the {v} in the {bowl}?", yes(s.base(v) == bowl)))
    return w.rng.choice(opts)


def t190_q_referee(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    opts: list[Made] = [
        _ask("How many blocks are on the table right now, not counting the ones in bowls?",
             str(len(s.on_the_table()))),
        _ask(f"What's under the {x}?", _rest(w, x)),
        _ask(f"Is the {x} on top of another block?", yes(s.support[x] in s.support)),
    ]
    return w.rng.choice(opts)


def t190_q_clerk(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    opts: list[Made] = [_ask(f"With respect to the {x}, on what is it currently resting?", _rest(w, x))]
    flat = [bw for bw in w.bowls if _flat_bowl(w, bw)]
    if flat:
        bowl = _count_bowl(w, flat)
        opts.append(_ask(f"Please state the number of items currently located in the {bowl}.",
                         str(len(s.in_bowl(bowl)))))
    bowl = w.rng.choice(w.bowls)
    opts.append(_ask(f"Is the {bowl} empty? Please confirm.", yes(not s.in_bowl(bowl))))
    return w.rng.choice(opts)


def t190_q_keeper(w: World) -> Made:
    s = w.state
    opts: list[Made] = []
    pairs = _top_pairs(w)
    flat = [bw for bw in w.bowls if _flat_bowl(w, bw)]
    if pairs:
        top, below = w.rng.choice(pairs)
        opts.append(_ask(f"What colour's the block sitting on the {below}?", w.colour(top)))
        if flat:
            bowl = _count_bowl(w, flat)
            opts.append(_ask(f"What colour is the block on top of the {below}, and how many blocks are in the "
                             f"{bowl}?", f"{w.colour(top)}|{len(s.in_bowl(bowl))}"))
    bowl = w.rng.choice(w.bowls)
    opts.append(_ask(f"Is the {bowl} empty, and how many blocks have we got altogether?",
                     f"{yes(not s.in_bowl(bowl))}|{len(w.blocks)}"))
    return w.rng.choice(opts)


def t190_q_student(w: World) -> Made:
    s = w.state
    x = w.rng.choice(w.blocks)
    opts: list[Made] = [_ask(f"How many blocks there are, in total? And the {x}, on what it is?",
                             f"{len(w.blocks)}|{_rest(w, x)}")]
    flat = [bw for bw in w.bowls if _flat_bowl(w, bw)]
    if flat:
        bowl = _count_bowl(w, flat)
        opts.append(_ask(f"The {bowl}, how many blocks is in it?", str(len(s.in_bowl(bowl)))))
    a, b = _yes_no_pair(w)
    opts.append(_ask(f"The {a}, it is on the {b}? Yes or no, please.", yes(s.support[a] == b)))
    return w.rng.choice(opts)


# ----- matching ---------------------------------------------------------------------------------------
def t190_match_postal(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    plan = _match_plan(w)
    if plan:
        goals, _rest_blocks = plan
        check = _act(rels(*goals), _nobin(w))
        opts.append(("Each to its own: deliver every block to the bowl of its own colour.", check))
        opts.append(("Sort the blocks like the post: every block whose colour matches a bowl goes into that bowl.",
                     check))
    one = _one_match(w)
    if one:
        x, bowl = one
        opts.append((f"Deliver the {x} to the bowl that matches its colour.", _act(rels(_in(x, bowl)), _nobin(w))))
    return _choose(w, opts)


def t190_match_tailor(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    one = _one_match(w)
    if one:
        x, bowl = one
        opts.append((f"Put the {x} in the bowl that matches it, neatly please.", _act(rels(_in(x, bowl)), _nobin(w))))
    plan = _match_plan(w)
    if plan:
        goals, rest = plan
        if rest and _rest_can_stay(w, goals, rest):
            opts.append(("Sort the blocks neatly by colour: each block into the bowl of the same colour, and the "
                         "blocks with no matching bowl stay just where they are.", _act(rels(*goals), kept(*rest))))
    return _choose(w, opts)


def t190_match_referee(w: World) -> Made:
    plan = _match_plan(w)
    if not plan:
        return None
    goals, rest = plan
    opts: list[tuple[str, Check]] = [
        ("Every block with a bowl of its colour: into that bowl. Go!", _act(rels(*goals), _nobin(w))),
    ]
    if rest:
        opts.append(("Blocks with a bowl of their own colour go in that bowl. Blocks with no such bowl go in the bin.",
                     _act(rels(*goals), binned(rest), none_binned([r.block for r in goals]))))
    return _choose(w, opts)


def t190_match_clerk(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    plan = _match_plan(w)
    if plan:
        goals, _rest_blocks = plan
        opts.append(("With respect to colour, please ensure that each block is located in the bowl of matching "
                     "colour, where such a bowl exists.", _act(rels(*goals), _nobin(w))))
    one = _one_match(w)
    if one:
        x, bowl = one
        opts.append((f"Please place the block of the same colour as the {bowl} in the {bowl}.",
                     _act(rels(_in(x, bowl)), _nobin(w))))
    return _choose(w, opts)


def t190_match_keeper(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    one = _one_match(w)
    if one:
        x, bowl = one
        opts.append((f"Pop the block that's the same colour as the {bowl} into it.",
                     _act(rels(_in(x, bowl)), _nobin(w))))
    plan = _match_plan(w)
    if plan:
        goals, _rest_blocks = plan
        opts.append(("Pop each block into the bowl that's its colour; any block without a matching bowl can stay "
                     "where it is.", _act(rels(*goals), _nobin(w))))
    return _choose(w, opts)


def t190_match_student(w: World) -> Made:
    opts: list[tuple[str, Check]] = []
    plan = _match_plan(w)
    if plan:
        goals, rest = plan
        if rest and _rest_can_stay(w, goals, rest):
            opts.append(("Every block go in the bowl of same colour. Block with no same colour bowl, it stay.",
                         _act(rels(*goals), kept(*rest))))
    one = _one_match(w)
    if one:
        x, bowl = one
        opts.append((f"The {x}, please put in the bowl with the same colour.", _act(rels(_in(x, bowl)), _nobin(w))))
    return _choose(w, opts)


# ----- the batch --------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("postal", "tailor", "referee", "clerk", "keeper", "student")
FRESH190: list[Template] = [
    (f"t190_{short}_{style}", category, globals()[f"t190_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
