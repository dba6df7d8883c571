"""`FRESH147`, the hundred-and-forty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is the gripper: people talk to the robot about its hand. They ask it to pick a block up and hold it, to
keep holding it and not let go, to let go of a block over a bowl or the bin, to grab a block and put it somewhere in
one breath, to "hand me" a block (always with where to leave it, since the robot cannot give things to a person),
and to lift a block off a stack or out of a bowl. A goal that ends with a block in the hand is checked with
`final.held == block` and nothing else is asked of that block (a sentence that asks to hold a block never also asks
for it to be somewhere); blocks in the way may go anywhere the words leave open. Every other goal requires an empty
gripper at the end. Questions about the hand are answered from the scene as it is: the robot holds nothing at the
start, so "what is in your gripper?" is answered "nothing"; others ask what could be picked up straight away.
The six styles:

- pickup: "Pick up the red block and hold it."
- keephold: "Take the red block off the blue block and keep it in your hand."
- letgo: "Take the red block and let go of it over the bin, so that it drops in."
- grabput: "Grab the red block and put it in the green bowl."
- handover: "Hand me the red block: set it down in the top left corner, that's where I'll pick it up."
- lift: "Lift the red block off the blue block and set it down on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e37eb1d, the code of 059ddd6, after every fix before it and before anything
it could prompt): 0.4233 goal-correct (127 of 300), 127 refused, 10 asked, 36 wrong, eleven of them actions: 'take X off
Y and keep it in your hand' put X on the table (the hand was dropped as filler); 'keep X in your hand when you're done,
and don't touch anything in W' did nothing; 'grab any two blocks that aren't in a bowl and put them both in W' put three
in W; twenty-five wrong replies, to questions about the hand ('are you holding on to any block?', 'is there anything in
W for you to lift out?', 'if I asked you to pick up X, could you do it right away?', 'how many blocks could you grab
straight away?', 'how many blocks would you have to move off it first?'). Most refusals were 'let go of it over W',
'hold on to it', 'your gripper is empty at the end' and 'hand me X by putting it ...'.
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
    kept,
    matching,
    rels,
    yes,
)
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _holding(block: str) -> Check:
    return lambda _i, f: f.held == block


def _done(*want: Rel) -> Check:
    """The relations hold and the gripper is empty."""
    return both(rels(*want), _free)


def _made(w: World, text: str, check: Check) -> Made:
    """(text, check), or None where the scene already meets the goal (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _where(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _place(w: World) -> str:
    return w.rng.choice(PLACES)


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its bottom up to and including `block`."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _bottom(s: SymState, block: str) -> str:
    cur = block
    while s.support[cur] in s.support:
        cur = s.support[cur]
    return cur


def _clear_tops(w: World) -> list[tuple[str, str]]:
    """(top, below) for every clear block resting on a block."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _filled(w: World) -> list[str]:
    return [bw for bw in w.bowls if w.state.in_bowl(bw)]


def _covered(w: World) -> list[str]:
    """Blocks with at least one block on top of them."""
    return [b for b in w.blocks if not w.state.is_clear(b)]


def _set_down(group: list[str]) -> Check:
    """Each block of `group` is down on the table: directly, or on another block of `group` standing there."""
    return lambda _i, f: all(f.support[b] in _GROUND or (f.support[b] in group and f.base(b) in _GROUND)
                             for b in group)


def _stack_target(w: World, x: str) -> str | None:
    """A clear block other than `x` that `x` could go on top of (tower stays within four)."""
    return _one(w, [y for y in w.clear_blocks() if y != x and w.state.support[x] != y
                    and _height(w.state, y) <= 3])


def _matched(w: World) -> list[tuple[str, str]]:
    """(block, bowl of its colour) for every block that has such a bowl."""
    by_colour = {w.colour(bw): bw for bw in w.bowls}
    return [(b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour]


# ----- imperative -----------------------------------------------------------------------------------
def t147_imp_pickup(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"Pick up the {x} and hold it.", _holding(x))


def t147_imp_keephold(w: World) -> Made:
    pair = w.pick(_clear_tops(w))
    if not pair:
        return None
    x, y = pair[0]
    return _made(w, f"Take the {x} off the {y} and keep it in your hand.", _holding(x))


def t147_imp_letgo(w: World) -> Made:
    x = _one(w, w.blocks)
    if x is None:
        return None
    return _made(w, f"Take the {x} and let go of it over the bin, so that it drops in.", _done(Rel("in_bin", x)))


def t147_imp_grabput(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if bowl is None or x is None:
        return None
    return _made(w, f"Grab the {x} and put it in the {bowl}.", _done(Rel("in", x, bowl)))


def t147_imp_handover(w: World) -> Made:
    x, p = _one(w, w.blocks), _place(w)
    if x is None:
        return None
    return _made(w, f"Hand me the {x}: set it down in {_where(p)}, that's where I'll pick it up.",
                 _done(Rel("at", x, p)))


def t147_imp_lift(w: World) -> Made:
    pair = w.pick(_clear_tops(w))
    if not pair:
        return None
    x, y = pair[0]
    return _made(w, f"Lift the {x} off the {y} and set it down on the table.", _done(Rel("on_table", x)))


# ----- declarative ----------------------------------------------------------------------------------
def t147_dec_pickup(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"When you're done, the {x} should be in your gripper.", _holding(x))


def t147_dec_keephold(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.base(b) in w.bowls])
    if x is None:
        return None
    bowl = w.state.base(x)
    return _made(w, f"The {x} is out of the {bowl} and in your hand, and you are still holding it when you finish.",
                 _holding(x))


def t147_dec_letgo(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if bowl is None or x is None:
        return None
    return _made(w, f"Your gripper is empty at the end, and the {x} is in the {bowl}.", _done(Rel("in", x, bowl)))


def t147_dec_grabput(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    y = _stack_target(w, x) if x else None
    if x is None or y is None:
        return None
    return _made(w, f"The {x} is sitting on top of the {y}, and nothing is left in your gripper.",
                 _done(Rel("on", x, y)))


def t147_dec_handover(w: World) -> Made:
    x, p = _one(w, w.blocks), _place(w)
    if x is None:
        return None
    return _made(w, f"The {x} has been handed over to me: it is sitting in {_where(p)} and your hand is empty.",
                 _done(Rel("at", x, p)))


def t147_dec_lift(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    return _made(w, f"The {x} has been lifted out of the {bowl} and is now in the bin.", _done(Rel("in_bin", x)))


# ----- desiderative ---------------------------------------------------------------------------------
def t147_des_pickup(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"I'd like you to pick up the {x} and hold on to it.", _holding(x))


def t147_des_keephold(w: World) -> Made:
    x = _one(w, w.blocks)
    if x is None:
        return None
    return _made(w, f"I want the {x} in your hand, and I want you to keep holding it until I tell you otherwise.",
                 _holding(x))


def t147_des_letgo(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if bowl is None or x is None:
        return None
    return _made(w, f"I want you to carry the {x} over to the {bowl} and only let go of it once it's above the bowl.",
                 _done(Rel("in", x, bowl)))


def t147_des_grabput(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    y = _stack_target(w, x) if x else None
    if x is None or y is None:
        return None
    return _made(w, f"I'd like you to grab the {x} and stack it on the {y}.", _done(Rel("on", x, y)))


def t147_des_handover(w: World) -> Made:
    x, p = _one(w, w.blocks), _place(w)
    if x is None:
        return None
    return _made(w, f"Make it so that I can take the {x} from {_where(p)}: hand it over by setting it down there.",
                 _done(Rel("at", x, p)))


def t147_des_lift(w: World) -> Made:
    pair = w.pick(_clear_tops(w))
    if not pair:
        return None
    x, y = pair[0]
    return _made(w, f"I'd want you to lift the {x} off the {y} and then just hold it up.", _holding(x))


# ----- quantified -----------------------------------------------------------------------------------
def t147_qua_pickup(w: World) -> Made:
    x = _one(w, _covered(w))
    if x is None:
        return None
    return _made(w, f"Move every block that's stacked on the {x} out of the way, then pick up the {x} and hold it.",
                 _holding(x))


def t147_qua_keephold(w: World) -> Made:
    inside = w.in_bowls()
    x = _one(w, [b for b in w.clear_blocks() if b not in inside])
    if not inside or x is None:
        return None
    bowls = "the bowls" if len(w.bowls) > 1 else f"the {w.bowls[0]}"
    return _made(w, f"Take every block out of {bowls} and put it on the table, then pick up the {x} and keep "
                 "holding it.", both(_set_down(inside), _holding(x)))


def t147_qua_letgo(w: World) -> Made:
    bowl = _one(w, _filled(w))
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Take every block out of the {bowl} and let go of each one over the bin.",
                 both(binned(inside), _free))


def t147_qua_grabput(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if len(w.state.in_bowl(bw)) <= 2])
    outside = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if bowl is None or len(outside) < 2:
        return None

    def check(i: SymState, f: SymState) -> bool:
        moved = [b for b in i.blocks if i.base(b) not in i.bowls and f.base(b) == bowl]
        return f.held is None and len(moved) == 2

    return _made(w, f"Grab any two blocks that aren't in a bowl and put them both in the {bowl}.", check)


def t147_qua_handover(w: World) -> Made:
    tops = [t for t, _ in w.pairs()]
    p = _place(w)
    if not tops:
        return None
    return _made(w, f"Hand me every block that's resting on another block: put them all in {_where(p)}.",
                 _done(*(Rel("at", b, p) for b in tops)))


def t147_qua_lift(w: World) -> Made:
    y = _one(w, _covered(w))
    if y is None:
        return None
    above = w.state.above(y)
    return _made(w, f"Lift every block off the {y} and set each one down on the table.",
                 both(_set_down(above), _free, lambda _i, f: f.is_clear(y)))


# ----- negated --------------------------------------------------------------------------------------
def t147_neg_pickup(w: World) -> Made:
    outside = [b for b in w.clear_blocks() if w.state.base(b) not in w.bowls]
    if not w.in_bowls() or not outside:
        return None
    return _made(w, "Pick up a block that isn't in any bowl and hold it.",
                 lambda i, f: f.held is not None and i.base(f.held) not in i.bowls)


def t147_neg_keephold(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"Pick up the {x}, and don't put it down again: keep it in your gripper.", _holding(x))


def t147_neg_letgo(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    return _made(w, f"Take the {x} out of the {bowl} and let go of it anywhere except the bin.",
                 lambda _i, f: f.held is None and f.base(x) not in (bowl, BIN))


def t147_neg_grabput(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bad = _one(w, w.bowls)
    others = [bw for bw in w.bowls if bw != bad]
    x = _one(w, [b for b in w.blocks if w.state.base(b) not in others])
    if x is None:
        return None
    return _made(w, f"Grab the {x} and put it in one of the bowls, but not the {bad}.",
                 lambda _i, f: f.held is None and f.base(x) in others)


def t147_neg_handover(w: World) -> Made:
    x, p = _one(w, w.clear_blocks()), _place(w)
    if x is None:
        return None
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Hand me the {x} by putting it in {_where(p)}, and don't move any other block.",
                 both(_done(Rel("at", x, p)), kept(*rest)))


def t147_neg_lift(w: World) -> Made:
    pair = w.pick(_clear_tops(w))
    if not pair:
        return None
    x, y = pair[0]
    return _made(w, f"Lift the {x} off the {y} without moving the {y}, and hold the {x} up in the air.",
                 both(_holding(x), kept(y)))


# ----- relative -------------------------------------------------------------------------------------
def t147_rel_pickup(w: World) -> Made:
    pair = w.pick(_clear_tops(w))
    if not pair:
        return None
    x, y = pair[0]
    return _made(w, f"Pick up the block that's on top of the {y} and hold it.", _holding(x))


def t147_rel_keephold(w: World) -> Made:
    bowl = _one(w, [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1])
    if bowl is None:
        return None
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"Grab the block that's sitting in the {bowl} and keep hold of it.", _holding(x))


def t147_rel_letgo(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        near = sorted((w.dist(b, bowl), b) for b in w.state.on_the_table())  # bowls' blocks are not "on the table"
        if len(near) < 2 or near[1][0] - near[0][0] < 0.05:
            continue
        x = near[0][1]
        if w.state.support[x] == TABLE and w.state.is_clear(x):
            return _made(w, f"Pick up the block on the table that's closest to the {bowl}, and let go of it over the "
                         "bin.", _done(Rel("in_bin", x)))
    return None


def t147_rel_grabput(w: World) -> Made:
    bowl = _one(w, w.bowls)
    pair = w.pick([(t, b) for t, b in w.pairs() if w.state.support[b] not in w.state.support
                   and w.state.base(b) != bowl])
    if bowl is None or not pair:
        return None
    x, y = pair[0]
    return _made(w, f"Grab the block underneath the {x} and put it in the {bowl}.", _done(Rel("in", y, bowl)))


def t147_rel_handover(w: World) -> Made:
    x = _one(w, [t for t, _ in _clear_tops(w)])
    if x is None:
        return None
    y, p = _bottom(w.state, x), _place(w)
    return _made(w, f"Hand me the block at the bottom of the stack that has the {x} on top; leave it in {_where(p)}.",
                 _done(Rel("at", y, p)))


def t147_rel_lift(w: World) -> Made:
    z = _one(w, [b for b in _covered(w) if w.state.support[b] not in w.state.support])
    if z is None:
        return None
    top = w.state.above(z)[0]
    return _made(w, f"There's a stack with the {z} at the bottom. Lift the block at the very top of it and hold it.",
                 _holding(top))


# ----- keep -----------------------------------------------------------------------------------------
def t147_keep_pickup(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    rest = w.pick([b for b in w.blocks if b != x], 2)
    if not rest:
        return None
    y, z = rest
    return _made(w, f"Pick up the {x} and hold it, but leave the {y} and the {z} exactly where they are.",
                 both(_holding(x), kept(y, z)))


def t147_keep_keephold(w: World) -> Made:
    bowl = _one(w, _filled(w))
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    x = _one(w, [b for b in w.clear_blocks() if b not in inside])
    if x is None:
        return None
    return _made(w, f"Keep the {x} in your hand when you're done, and don't touch anything in the {bowl}.",
                 both(_holding(x), kept(*inside)))


def t147_keep_letgo(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Drop the {x} in the bin and leave every other block where it is.",
                 both(_done(Rel("in_bin", x)), kept(*rest)))


def t147_keep_grabput(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    y = _stack_target(w, x) if x else None
    if x is None or y is None:
        return None
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Grab the {x} and put it on the {y}; the rest of the table stays as it is.",
                 both(_done(Rel("on", x, y)), kept(*rest)))


def t147_keep_handover(w: World) -> Made:
    pair = w.pick(_clear_tops(w))
    if not pair:
        return None
    (x, y), p = pair[0], _place(w)
    return _made(w, f"Hand me the {x} by leaving it in {_where(p)}, but don't disturb the {y} it's sitting on.",
                 both(_done(Rel("at", x, p)), kept(y)))


def t147_keep_lift(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Lift the {x} up and hold it there. Everything else on the table stays exactly as it is now.",
                 both(_holding(x), kept(*rest)))


# ----- multi_step -----------------------------------------------------------------------------------
def t147_multi_pickup(w: World) -> Made:
    bowl = _one(w, w.bowls)
    a = _one(w, [b for b in w.clear_blocks() if w.state.base(b) != bowl])
    x = _one(w, [b for b in w.clear_blocks() if b != a])
    if bowl is None or a is None or x is None:
        return None
    return _made(w, f"First put the {a} in the {bowl}, then pick up the {x} and hold it.",
                 both(rels(Rel("in", a, bowl)), _holding(x)))


def t147_multi_keephold(w: World) -> Made:
    pair = w.pick(_clear_tops(w))
    if not pair:
        return None
    a, b = pair[0]
    return _made(w, f"Take the {a} off the {b} and put it on the table. After that, pick up the {b} and keep "
                 "holding it.", both(rels(Rel("on_table", a)), _holding(b)))


def t147_multi_letgo(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    y = _one(w, [b for b in w.blocks if b != x])
    if bowl is None or x is None or y is None:
        return None
    return _made(w, f"Pick up the {x}, move it over the {bowl} and let go; then do the same with the {y}, but over "
                 "the bin.", _done(Rel("in", x, bowl), Rel("in_bin", y)))


def t147_multi_grabput(w: World) -> Made:
    pick = w.pick(w.blocks, 2)
    if not pick:
        return None
    (x, y), p = pick, _place(w)
    return _made(w, f"Grab the {x} and put it in {_where(p)}. Next, grab the {y} and put it on top of the {x}.",
                 _done(Rel("at", x, p), Rel("on", y, x)))


def t147_multi_handover(w: World) -> Made:
    pick = w.pick(w.blocks, 2)
    if not pick:
        return None
    (x, y), p = pick, _place(w)
    return _made(w, f"Hand me the {x} first and then the {y}; leave them both in {_where(p)}.",
                 _done(Rel("at", x, p), Rel("at", y, p)))


def t147_multi_lift(w: World) -> Made:
    pair = w.pick(_clear_tops(w))
    if not pair:
        return None
    x, y = pair[0]
    return _made(w, f"Lift the {x} off the {y} and drop it in the bin; then lift the {y} and hold it.",
                 both(rels(Rel("in_bin", x)), _holding(y)))


# ----- question -------------------------------------------------------------------------------------
def t147_q_pickup(w: World) -> Made:
    covered = _covered(w)
    x = _one(w, covered if covered and w.rng.random() < 0.5 else w.blocks)
    if x is None:
        return None
    return (f"If I asked you to pick up the {x}, could you do it right away, without moving anything off it first?",
            answered(yes(w.state.is_clear(x))))


def t147_q_keephold(w: World) -> Made:
    if not w.blocks:
        return None
    return "Are you holding on to any block at the moment?", answered(yes(w.state.held is not None))


def t147_q_letgo(w: World) -> Made:
    if w.state.held is not None:
        return None
    return "What is in your gripper right now?", answered("nothing")


def t147_q_grabput(w: World) -> Made:
    n = len(w.clear_blocks())
    return ("How many blocks could you grab straight away, without having to move another block off them first?",
            answered(str(n)))


def t147_q_handover(w: World) -> Made:
    covered = _covered(w)
    x = _one(w, covered if covered and w.rng.random() < 0.7 else w.blocks)
    if x is None:
        return None
    p = _place(w)
    return (f"If I asked you to hand me the {x} by putting it in {_where(p)}, how many blocks would you have to "
            "move off it first?", answered(str(len(w.state.above(x)))))


def t147_q_lift(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    return f"Is there anything in the {bowl} for you to lift out?", answered(yes(bool(w.state.in_bowl(bowl))))


# ----- matching -------------------------------------------------------------------------------------
def t147_match_pickup(w: World) -> Made:
    got = w.pick(_matched(w))
    if not got:
        return None
    x, bowl = got[0]
    return _made(w, f"Pick up the block that's the same colour as the {bowl} and hold it.", _holding(x))


def t147_match_keephold(w: World) -> Made:
    got = w.pick([(b, bw) for b, bw in _matched(w) if w.state.base(b) != bw])
    if not got:
        return None
    x, bowl = got[0]
    y = _one(w, [b for b in w.clear_blocks() if b != x])
    if y is None:
        return None
    return _made(w, f"Put the {x} in the bowl of the same colour, then grab the {y} and keep holding it.",
                 both(rels(Rel("in", x, bowl)), _holding(y)))


def t147_match_letgo(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Take each block that has a bowl of its own colour and let go of it into that bowl.",
                 _done(*want))


def t147_match_grabput(w: World) -> Made:
    got = w.pick([(b, bw) for b, bw in _matched(w) if w.state.base(b) != bw])
    if not got:
        return None
    x, bowl = got[0]
    return _made(w, f"Grab the {x} and put it in the bowl that's the same colour as it.", _done(Rel("in", x, bowl)))


def t147_match_handover(w: World) -> Made:
    got = w.pick(_matched(w))
    if not got:
        return None
    (x, bowl), p = got[0], _place(w)
    return _made(w, f"Hand me the block that matches the colour of the {bowl}; leave it for me in {_where(p)}.",
                 _done(Rel("at", x, p)))


def t147_match_lift(w: World) -> Made:
    bowl = _one(w, _filled(w))
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    odd = [b for b in inside if w.colour(b) != w.colour(bowl)]
    same = [b for b in inside if b not in odd]
    if not odd:
        return None
    them = "them" if len(odd) > 1 else "it"
    return _made(w, f"Lift out of the {bowl} every block that isn't {w.colour(bowl)}, and set {them} down on the "
                 "table.",
                 both(_set_down(odd), _free, lambda _i, f: all(f.base(b) == bowl for b in same)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pickup", "keephold", "letgo", "grabput", "handover", "lift")
FRESH147: list[Template] = [
    (f"t147_{short}_{style}", category, globals()[f"t147_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
