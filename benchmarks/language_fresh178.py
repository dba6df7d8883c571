"""`FRESH178`, the hundred-and-seventy-ninth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is no special theme: more ordinary people on an ordinary day, six kinds of everyday users who have never
seen this robot typing what they want into its chat window in their own plain words. A nurse on a break is calm,
clear and a little clinical ("please place", "ensure"); a grandparent writes long, polite, slightly old-fashioned
sentences ("would you be so kind"); a university student is casual but complete ("like", "basically"); a warehouse
worker is short and practical ("grab", "chuck", "stick it in"); a person whose first language is not English uses
simple grammar with a few small mistakes any English speaker still understands; a busy cook tidying the counter says
"clear off", "set aside", "pop it in". The jobs are the everyday ones: a block into a bowl, onto another block or a
named place, stacks and towers, sorting by colour, clearing the table or a bowl into the bin, moving blocks to the
corners or the middle, leaving some things as they are, and plain questions about the table. The checks accept any
order and any free choice the words leave open (a block "in" a bowl may sit on another block in it; blocks in the
way may go anywhere unless the sentence says to leave them), require an empty gripper, and reject doing nothing.

- nurse: "Please place the red block in the blue bowl."
- grandparent: "Would you be so kind as to put the green block on top of the yellow block, please?"
- student: "ok so can you just move the blue block over to the top left corner?"
- warehouse: "Grab the red block, chuck it in the bin."
- learner: "Please put the red block on the middle of table."
- cook: "Clear the pink block off the white block and pop it in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 47510dc, the code of 0849b01, before anything it could prompt): 0.79
goal-correct (237 of 300), 40 refused, 4 asked. Ten wrong actions: "Clear X off (the top of) Y and pop it in the bin"
binned Y, not X; "clear X off into the bin" put X on the table and moved another block; "Bin all the blocks. Not the
ones in bowls, leave those out of the bin." binned only some of the loose blocks; "Which block have same colour as a
bowl, put it inside this bowl" got the help text instead of the move. Nine wrong replies: "The green block, is it on top
the pink block?", "The blue block, what colour bowl is it sitting in?", "Which bowl is X in? What colour is it?" (X's
colour was given), "How many blocks on the table, not counting the ones in bowls?" and "Count the blocks on the table.
Skip the ones in bowls." The refusals were mostly the learner's and the student's wordings ('the way it's meant to look
is like, ...', 'everything in the bin, like every block, just not X') and set-asides said with what they are not ('Not
into a bowl and not into the bin, just set it aside').
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
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_NUMBERS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers ---------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*parts: Check | Rel) -> Check:
    """Every part holds and nothing is left in the gripper."""
    checks = [rels(p) if isinstance(p, Rel) else p for p in parts]
    return both(*checks, _idle)


def _act(w: World, text: str, check: Check) -> Made:
    """The instance, or None when the scene already satisfies it (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.on_top(bowl)) + k <= layout.BOWL_CAPACITY


def _below(st: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], st.support[b]
    while s in st.support:
        out.append(s)
        s = st.support[s]
    return out


def _height(st: SymState, b: str) -> int:
    """How many blocks high the tower is up to and including `b`."""
    return 1 + len(_below(st, b))


def _stackable(w: World, x: str, y: str) -> bool:
    """Whether putting x on y is a sensible everyday request here (y free on top, low enough, not on x)."""
    st = w.state
    return (x != y and st.is_clear(y) and y not in st.above(x) and st.support[x] != y
            and _height(st, y) < layout.MAX_TOWER)


def _loose(w: World) -> list[str]:
    """Blocks standing alone on the table (nothing under them but the table, nothing on top)."""
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _on_table(b: str) -> Check:
    """Put down on the table itself (or a named place on it), not on another block."""
    return lambda _i, f: f.support[b] in (TABLE, *PLACES)


def _not_in(b: str, target: str) -> Check:
    return lambda _i, f: f.base(b) != target


def _in_some_bowl(b: str, bowls: list[str]) -> Check:
    return lambda _i, f: f.base(b) in bowls


def _pairs(w: World) -> list[tuple[str, str]]:
    return w.pairs()


def _nearest(w: World, dists: dict[str, float], margin: float = 0.05) -> str | None:
    """The clearly nearest block, if it stands alone on the table."""
    order = sorted(dists, key=lambda b: dists[b])
    if not order:
        return None
    best = order[0]
    if len(order) > 1 and dists[order[1]] - dists[best] < margin:
        return None
    return best if best in _loose(w) else None


def _colour_bowl(w: World) -> dict[str, str]:
    return {w.colour(b): b for b in w.bowls}


# ----- imperative ------------------------------------------------------------------------------------
def t178_imp_nurse(w: World) -> Made:
    opts = [(b, bowl) for b in w.blocks for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice([f"Please place the {b} in the {bowl}.",
                         f"Please place the {b} into the {bowl}. Thank you.",
                         f"Kindly take the {b} and place it in the {bowl}, please."])
    return _act(w, text, _done(Rel("in", b, bowl)))


def t178_imp_grandparent(w: World) -> Made:
    opts = [(x, y) for x in w.blocks for y in w.blocks if _stackable(w, x, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice([f"Would you be so kind as to put the {x} on top of the {y}, please?",
                         f"If it isn't too much bother, would you set the {x} down on top of the {y}?",
                         f"Please be so good as to place the {x} upon the {y}, dear."])
    return _act(w, text, _done(Rel("on", x, y)))


def t178_imp_student(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"ok so can you just move the {b} over to the {place}?",
                         f"basically just put the {b} in the {place}, thanks",
                         f"can you basically move the {b} to the {place}? thanks"])
    return _act(w, text, _done(Rel("at", b, place)))


def t178_imp_warehouse(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice([f"Grab the {b}, chuck it in the bin.",
                         f"Chuck the {b} in the bin.",
                         f"{_cap(b)}. Bin. Grab it and stick it in there."])
    return _act(w, text, _done(binned([b])))


def t178_imp_learner(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice([f"Please put the {b} on the middle of table.",
                         f"Please, you put the {b} in middle of the table.",
                         f"Take the {b} and put it to the middle, please."])
    return _act(w, text, _done(Rel("at", b, "middle")))


def t178_imp_cook(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice([f"Clear the {x} off the {y} and pop it in the bin.",
                         f"Clear the {x} off the top of the {y}, would you, and pop it in the bin.",
                         f"Get the {x} off the {y} and pop it straight in the bin."])
    return _act(w, text, _done(binned([x])))


# ----- declarative -----------------------------------------------------------------------------------
def t178_dec_nurse(w: World) -> Made:
    opts = [(b, bowl) for b in w.blocks for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice([f"The {b} is to be in the {bowl}.",
                         f"Required end state: the {b} in the {bowl}.",
                         f"The {b} should be in the {bowl} when you are finished."])
    return _act(w, text, _done(Rel("in", b, bowl)))


def t178_dec_grandparent(w: World) -> Made:
    opts = [(x, y) for x in w.blocks for y in w.blocks if _stackable(w, x, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    zs = [z for z in w.blocks if z not in (x, y) and w.state.is_clear(z) and z not in _below(w.state, y)]
    bowls = [bowl for bowl in w.bowls if _room(w, bowl)]
    if not zs or not bowls:
        return None
    z, bowl = w.rng.choice(zs), w.rng.choice(bowls)
    if w.state.base(z) == bowl:
        return None
    text = w.rng.choice([f"The {x} belongs on top of the {y}, dear, and the {z} belongs in the {bowl}.",
                         f"The way I like it, the {x} is on top of the {y} and the {z} is in the {bowl}.",
                         f"The {z} ought to be in the {bowl}, and the {x} ought to be on top of the {y}."])
    return _act(w, text, _done(Rel("on", x, y), Rel("in", z, bowl)))


def t178_dec_student(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"so basically the {b} is supposed to be in the {place}",
                         f"ok the {b} should be sitting in the {place}, that's the idea",
                         f"the way it's meant to look is like, the {b} is in the {place}"])
    return _act(w, text, _done(Rel("at", b, place)))


def t178_dec_warehouse(w: World) -> Made:
    opts = [(x, y) for x in w.blocks for y in w.blocks if _stackable(w, x, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    zs = [z for z in w.blocks if z not in (x, y) and z not in _below(w.state, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    text = w.rng.choice([f"{_cap(x)} on the {y}. {_cap(z)} in the bin.",
                         f"{_cap(z)} in the bin, {x} on top of the {y}. That's it.",
                         f"{_cap(x)} goes on the {y}, {z} goes in the bin."])
    return _act(w, text, _done(Rel("on", x, y), binned([z])))


def t178_dec_learner(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a, b = w.pick(w.blocks, 2)
    need = sum(w.state.base(c) != bowl for c in (a, b))
    if need == 0 or not _room(w, bowl, need):
        return None
    text = w.rng.choice([f"The {a} must to be in the {bowl}, and the {b} also.",
                         f"The {a} and the {b}, they are in the {bowl} at the end.",
                         f"The {a} and the {b} is both in the {bowl}."])
    return _act(w, text, _done(Rel("in", a, bowl), Rel("in", b, bowl)))


def t178_dec_cook(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if _room(w, bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([f"Right, the {a} goes in the {bowl} and the {b} goes in the bin.",
                         f"The {b} is rubbish, it goes in the bin; the {a} belongs in the {bowl}.",
                         f"Here's how it should be: {a} in the {bowl}, {b} in the bin."])
    return _act(w, text, _done(Rel("in", a, bowl), binned([b])))


# ----- desiderative ----------------------------------------------------------------------------------
def t178_des_nurse(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"I would like the {b} placed in the {place}, please.",
                         f"I'd like the {b} moved to the {place}, please.",
                         f"What I need is the {b} in the {place}. Thank you."])
    return _act(w, text, _done(Rel("at", b, place)))


def t178_des_grandparent(w: World) -> Made:
    opts = [(x, y) for x in w.blocks for y in w.blocks if _stackable(w, x, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice([f"I should very much like the {x} to be sitting on the {y}, if it's no trouble.",
                         f"What I would dearly love is to see the {x} resting on top of the {y}.",
                         f"I'd be ever so grateful if the {x} could end up on top of the {y}, thank you kindly."])
    return _act(w, text, _done(Rel("on", x, y)))


def t178_des_student(w: World) -> Made:
    opts = [(b, bowl) for b in w.blocks for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = w.rng.choice([f"honestly I'd like the {b} in the {bowl}, if that's cool",
                         f"can you make it so that the {b} is in the {bowl}? basically that's all I need",
                         f"I kind of want the {b} to be in the {bowl}, like, that's the whole thing"])
    return _act(w, text, _done(Rel("in", b, bowl)))


def t178_des_warehouse(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([f"Want the {a} in the bin. And the {b}.",
                         f"Need the {a} and the {b} binned.",
                         f"I want the {a} and the {b} gone. Bin."])
    return _act(w, text, _done(binned([a, b])))


def t178_des_learner(w: World) -> Made:
    opts = [(x, y) for x in w.blocks for y in w.blocks if _stackable(w, x, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice([f"I want that the {x} stand on the {y}.",
                         f"I would like the {x} is on top of the {y}, please.",
                         f"Please, I want to have the {x} on the {y}."])
    return _act(w, text, _done(Rel("on", x, y)))


def t178_des_cook(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"Make it so the {bowl} is empty: I'd like whatever's in it set aside in the {place}.",
                         f"I'd like the {bowl} cleared out, everything in it set aside in the {place}.",
                         f"I want that {bowl} emptied. Set what's in it aside in the {place}."])
    return _act(w, text, _done(empty(bowl), *(Rel("at", b, place) for b in inside)))


# ----- quantified ------------------------------------------------------------------------------------
def t178_qua_nurse(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    rest = [b for b in w.blocks if b not in inside]
    text = w.rng.choice(["Please place every block that is currently in a bowl into the bin.",
                         "Please ensure each block in any bowl is moved to the bin.",
                         "All blocks that are in a bowl are to go in the bin, please."])
    return _act(w, text, _done(binned(inside), none_binned(rest)))


def t178_qua_grandparent(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    text = w.rng.choice([f"Would you kindly put each of the blocks into the {bowl}?",
                         f"Would you be so kind as to gather up every one of the blocks and put them in the {bowl}?",
                         f"I'd be most obliged if all of the blocks could go into the {bowl}, please."])
    return _act(w, text, _done(*(Rel("in", b, bowl) for b in w.blocks)))


def _one_tower(blocks: list[str]) -> Check:
    """All of `blocks` in one tower, in any order, standing anywhere but the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.base(bottoms[0]) == BIN:
            return False
        return all(sum(f.support[t] == b for t in blocks) <= 1 for b in blocks)
    return check


def t178_qua_student(w: World) -> Made:
    n = len(w.blocks)
    if n > layout.MAX_TOWER:
        return None
    text = w.rng.choice([f"ok so basically stack all {_NUMBERS[n]} blocks into one tower, any order is fine",
                         "can you like, put every block into a single tower? order doesn't matter",
                         f"I need all the blocks in one stack, all {_NUMBERS[n]} of them, whatever order"])
    return _act(w, text, _done(_one_tower(w.blocks)))


def t178_qua_warehouse(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([f"Stick any two blocks in the {bowl}.",
                         f"Two blocks in the {bowl}. Any two.",
                         f"Grab two blocks, don't care which, stick them in the {bowl}."])
    return _act(w, text, _done(count_in(bowl, 2)))


def t178_qua_learner(w: World) -> Made:
    text = w.rng.choice(["Please put all the blocks to the bin, every one of them.",
                         "All block go in the bin, please.",
                         "Please you throw every blocks in the bin."])
    return _act(w, text, _done(binned(w.blocks)))


def t178_qua_cook(w: World) -> Made:
    k = w.rng.choice([k for k in (2, 3) if k < len(w.blocks)])
    place = w.rng.choice(("top left corner", "top right corner", "bottom left corner", "bottom right corner"))

    def check(_i: SymState, f: SymState) -> bool:
        return sum(f.base(b) == place for b in f.blocks) == k

    text = w.rng.choice([f"Set aside any {_NUMBERS[k]} blocks in the {place}, doesn't matter which ones.",
                         f"Pop {_NUMBERS[k]} of the blocks over in the {place}, any {_NUMBERS[k]}.",
                         f"I need exactly {_NUMBERS[k]} blocks set aside in the {place}; you pick."])
    return _act(w, text, _done(check))


# ----- negated ---------------------------------------------------------------------------------------
def t178_neg_nurse(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice([f"Please ensure no blocks remain in the {bowl}. Do not put any of them in the bin.",
                         f"Please empty the {bowl}, but do not place its blocks in the bin.",
                         f"The {bowl} should not have any blocks in it. None of them are to go in the bin."])
    return _act(w, text, _done(empty(bowl), none_binned(inside)))


def t178_neg_grandparent(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = w.rng.choice([f"Could you please take the {b} out of the {bowl}, but not into the bin, mind.",
                         f"Would you be so kind as to lift the {b} out of the {bowl}? Only please don't throw it "
                         "in the bin.",
                         f"I'd rather the {b} were not in the {bowl}; but do not put it in the bin, dear."])
    return _act(w, text, _done(_not_in(b, bowl), none_binned([b])))


def t178_neg_student(w: World) -> Made:
    keep = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in keep]
    a, b = keep
    text = w.rng.choice([f"ok so basically bin everything that isn't the {a} or the {b}",
                         f"put all the blocks in the bin except the {a} and the {b}, those stay out",
                         f"everything in the bin, like every block, just not the {a} and not the {b}"])
    return _act(w, text, _done(binned(rest), none_binned(keep)))


def t178_neg_warehouse(w: World) -> Made:
    inside = w.state.in_bowls()
    rest = [b for b in w.blocks if b not in inside]
    if not inside or not rest:
        return None
    text = w.rng.choice(["Chuck everything in the bin except what's in the bowls.",
                         "Bin all the blocks. Not the ones in bowls, leave those out of the bin.",
                         "Everything in the bin. Bowl stuff doesn't go in the bin."])
    return _act(w, text, _done(binned(rest), none_binned(inside)))


def t178_neg_learner(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    others = [o for o in w.bowls if o != bowl and _room(w, o)]
    blocks = [b for b in w.blocks if w.state.base(b) not in others]
    if not others or not blocks:
        return None
    b = w.rng.choice(blocks)
    text = w.rng.choice([f"Please put the {b} into a bowl, but no the {bowl}.",
                         f"Put the {b} in one bowl, not in the {bowl}.",
                         f"The {b} go in a bowl please. Not the {bowl}, another one."])
    return _act(w, text, _done(_in_some_bowl(b, [o for o in w.bowls if o != bowl])))


def t178_neg_cook(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[x] != y and f.base(x) != BIN and f.base(x) not in f.bowls

    text = w.rng.choice([f"Take the {x} off the {y} and set it aside, just don't pop it in the bin or a bowl.",
                         f"Clear the {x} off the {y}. Not into a bowl and not into the bin, just set it aside.",
                         f"Get the {x} off the {y} for me; it doesn't go in a bowl, it doesn't go in the bin."])
    return _act(w, text, _done(check))


# ----- relative --------------------------------------------------------------------------------------
def t178_rel_nurse(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice([f"Please place the block that is on top of the {below} into the bin.",
                         f"Please remove the block resting on the {below} and place it in the bin.",
                         f"Kindly put whichever block is sitting on the {below} in the bin."])
    return _act(w, text, _done(binned([top])))


def t178_rel_grandparent(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    text = w.rng.choice([f"Would you be so kind as to move the block in the {bowl} onto the table?",
                         f"There is a block in the {bowl}; would you be good enough to take it out and set it on "
                         "the table?",
                         f"Whatever block is in the {bowl}, I'd like it put down on the table, if you please."])
    return _act(w, text, _done(_on_table(b)))


def t178_rel_student(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [bowl for bowl in w.bowls if w.state.base(below) != bowl and _room(w, bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([f"the block that's under the {top}, can you put it in the {bowl}?",
                         f"so like, whatever block the {top} is sitting on, move that one into the {bowl}",
                         f"put the block underneath the {top} in the {bowl}, basically"])
    return _act(w, text, _done(Rel("in", below, bowl)))


def t178_rel_warehouse(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl):
        return None
    dists = {b: w.dist(b, bowl) for b in w.blocks if w.state.base(b) != bowl}
    b = _nearest(w, dists)
    if b is None:
        return None
    text = w.rng.choice([f"Block closest to the {bowl}. Stick it in there.",
                         f"Grab the block nearest the {bowl} and stick it in the {bowl}.",
                         f"Nearest block to the {bowl}, in it goes."])
    return _act(w, text, _done(Rel("in", b, bowl)))


def t178_rel_learner(w: World) -> Made:
    st = w.state
    towers = [b for b in w.blocks if st.support[b] == TABLE and not st.is_clear(b)]
    stacked_in_bowls = [t for t, _ in w.pairs() if st.base(t) in st.bowls]
    if len(towers) != 1 or stacked_in_bowls:
        return None
    top = st.above(towers[0])[0]
    text = w.rng.choice(["The block on the top of the tower, please put it on the table.",
                         "Please take the top block from the tower and put on the table.",
                         "There is a tower. The block what is on top of it, you put it on the table."])
    return _act(w, text, _done(_on_table(top)))


def t178_rel_cook(w: World) -> Made:
    mx, my = layout.BIN_CENTER
    dists = {}
    for b in w.blocks:
        x, y = w.scene.get(b).position[:2]
        dists[b] = ((x - mx) ** 2 + (y - my) ** 2) ** 0.5
    b = _nearest(w, dists)
    bowls = [bowl for bowl in w.bowls if _room(w, bowl)]
    if b is None or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([f"Grab whichever block is nearest the bin and pop it in the {bowl}.",
                         f"The block closest to the bin: pop it in the {bowl}, would you.",
                         f"Whichever block's closest to the bin, pop that one in the {bowl}."])
    return _act(w, text, _done(Rel("in", b, bowl)))


# ----- keep ------------------------------------------------------------------------------------------
def t178_keep_nurse(w: World) -> Made:
    opts = [(b, bowl) for b in w.blocks for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    others = [o for o in w.blocks if o != b and o not in w.state.above(b)]
    if not others:
        return None
    other = w.rng.choice(others)
    text = w.rng.choice([f"Please place the {b} in the {bowl}, and ensure the {other} is not moved.",
                         f"Please place the {b} in the {bowl}. The {other} must stay exactly where it is.",
                         f"Move the {b} into the {bowl}, please; leave the {other} untouched."])
    return _act(w, text, _done(Rel("in", b, bowl), kept(other)))


def t178_keep_grandparent(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not opts:
        return None
    b = w.rng.choice(opts)
    rest = [o for o in w.blocks if o != b]
    text = w.rng.choice([f"Would you be so kind as to put every block into the bin, apart from the {b}, which I'd "
                         "like left exactly where it is?",
                         f"Please leave the {b} just as it is, dear, and put all of the other blocks into the bin.",
                         f"If you would, clear all the blocks away into the bin; only the {b} is to stay put, "
                         "where it is now."])
    return _act(w, text, _done(binned(rest), kept(b)))


def t178_keep_student(w: World) -> Made:
    opts = [(x, y) for x in w.blocks for y in w.blocks if _stackable(w, x, y) and w.state.is_clear(x)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    rest = [o for o in w.blocks if o != x]
    text = w.rng.choice([f"stack the {x} on the {y} but like, leave everything else where it is",
                         f"just put the {x} on top of the {y}, and basically don't touch anything else",
                         f"can you move the {x} onto the {y}? everything else stays exactly where it is"])
    return _act(w, text, _done(Rel("on", x, y), kept(*rest)))


def t178_keep_warehouse(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    if not w.state.is_clear(b):
        return None
    place = w.rng.choice(PLACES)
    rest = [o for o in w.blocks if o != b]
    text = w.rng.choice([f"{_cap(b)} to the {place}. Leave the rest.",
                         f"Grab the {b}, stick it in the {place}. Nothing else moves.",
                         f"Just the {b} to the {place}. Rest stays put."])
    return _act(w, text, _done(Rel("at", b, place), kept(*rest)))


def t178_keep_learner(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    inside = w.state.in_bowl(bowl)

    def same_bowl(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl))

    text = w.rng.choice([f"Please move the {b} in the bin, but the {bowl}, you don't touch it.",
                         f"Put the {b} to the bin. The {bowl} stay like it is now, please.",
                         f"The {b} go in the bin. Don't change nothing in the {bowl}."])
    return _act(w, text, _done(binned([b]), kept(*inside), same_bowl))


def t178_keep_cook(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    text = w.rng.choice([f"Clear out the {bowl} into the bin, and leave the rest of the table alone.",
                         f"Pop whatever's in the {bowl} in the bin. Don't touch anything else.",
                         f"Empty the {bowl} into the bin; everything else stays where it is."])
    return _act(w, text, _done(binned(inside), kept(*rest)))


# ----- multi_step ------------------------------------------------------------------------------------
def t178_multi_nurse(w: World) -> Made:
    st = w.state
    opts = []
    for r in w.blocks:
        for g in w.blocks:
            for b in w.blocks:
                if len({r, g, b}) == 3 and set(st.on_top(b)) <= {r} and b not in st.above(g) \
                        and st.support[g] != b and _height(st, b) < layout.MAX_TOWER:
                    opts.append((r, g, b))
    if not opts:
        return None
    r, g, b = w.rng.choice(opts)
    text = w.rng.choice([f"First, place the {r} in the bin. Then place the {g} on the {b}.",
                         f"Please place the {r} in the bin first; after that, place the {g} on top of the {b}.",
                         f"Step one: the {r} into the bin. Step two: the {g} onto the {b}."])
    return _act(w, text, _done(binned([r]), Rel("on", g, b)))


def t178_multi_grandparent(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    whites = [o for o in w.blocks if w.state.base(o) != bowl]
    if not whites or len([o for o in w.state.on_top(bowl) if o != b]) >= layout.BOWL_CAPACITY:
        return None
    o = w.rng.choice(whites)
    text = w.rng.choice([f"Would you first take the {b} out of the {bowl} and set it on the table, and after that "
                         f"put the {o} in the {bowl}?",
                         f"To begin with, please lift the {b} out of the {bowl} and put it on the table; once that's "
                         f"done, I'd like the {o} placed in the {bowl}.",
                         f"Would you be so kind as to put the {b} on the table, out of the {bowl}, and then put the "
                         f"{o} into the {bowl} in its place?"])
    return _act(w, text, _done(_on_table(b), Rel("in", o, bowl)))


def t178_multi_student(w: World) -> Made:
    r, g, b = w.pick(w.blocks, 3)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"ok first move the {r} to the {place}, then stack the {g} on it, then put the {b} in the "
                         "bin",
                         f"so step one the {r} goes to the {place}, step two the {g} goes on top of the {r}, and "
                         f"then like, the {b} goes in the bin",
                         f"put the {r} in the {place} first, after that the {g} on top of it, and last the {b} "
                         "in the bin"])
    return _act(w, text, _done(Rel("at", r, place), Rel("on", g, r), binned([b])))


def t178_multi_warehouse(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if _room(w, bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    r, g = w.pick(w.blocks, 2)
    if w.state.base(r) == bowl and _height(w.state, r) >= layout.MAX_TOWER:
        return None
    text = w.rng.choice([f"Grab the {r}, stick it in the {bowl}. Then the {g} on top of it.",
                         f"{_cap(r)} in the {bowl} first. Then stick the {g} on the {r}.",
                         f"First the {r} into the {bowl}. After, the {g} goes on the {r}."])
    return _act(w, text, _done(Rel("in", r, bowl), Rel("on", g, r)))


def t178_multi_learner(w: World) -> Made:
    pairs = _pairs(w)
    bowls = [bowl for bowl in w.bowls if _room(w, bowl)]
    if not pairs or not bowls:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.rng.choice(bowls)
    place = w.rng.choice(PLACES)
    if w.state.base(top) == bowl:
        return None
    text = w.rng.choice([f"First you take the {top} from the {below}, after you put it in the {bowl}. Then put "
                         f"the {below} in the {place}.",
                         f"Please, first the {top} go in the {bowl}. After this the {below} go to the {place}.",
                         f"Take the {top} from the {below} and put in the {bowl}, and after put the {below} "
                         f"on the {place}."])
    return _act(w, text, _done(Rel("in", top, bowl), Rel("at", below, place)))


def t178_multi_cook(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if _room(w, bowl)]
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(bowls)
    a, b, c = w.pick(w.blocks, 3)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"Pop the {a} in the {bowl} first, then set the {b} aside in the {place}, and then clear "
                         f"the {c} off into the bin.",
                         f"First pop the {a} in the {bowl}. Next, set the {b} aside in the {place}. Last, the {c} "
                         "goes in the bin.",
                         f"Right: {a} into the {bowl}, then the {b} over to the {place}, then the {c} in the bin."])
    return _act(w, text, _done(Rel("in", a, bowl), Rel("at", b, place), binned([c])))


# ----- question --------------------------------------------------------------------------------------
def t178_q_nurse(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice([f"How many blocks are in the {bowl} at the moment?",
                         f"Please tell me how many blocks are currently in the {bowl}.",
                         f"Could you count the blocks in the {bowl} for me?"])
    return text, answered(str(n))


def t178_q_grandparent(w: World) -> Made:
    inside = w.state.in_bowls()
    if w.rng.random() < 0.5 and inside:
        b = w.rng.choice(inside)
        bowl, flag = w.state.base(b), True
    else:
        b, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
        flag = w.state.base(b) == bowl
    text = w.rng.choice([f"Would you be so kind as to tell me whether the {b} is in the {bowl}?",
                         f"I can't quite see from here, dear: is the {b} in the {bowl}?",
                         f"Tell me, if you would, is the {b} sitting in the {bowl}?"])
    return text, answered(yes(flag))


def t178_q_student(w: World) -> Made:
    pairs = _pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice([f"wait, what colour is the block sitting on the {below}?",
                         f"quick question, which colour is the block sitting right on top of the {below}?",
                         f"so what colour's the block that's stacked on the {below}, like right on it?"])
    return text, answered(w.colour(top))


def t178_q_warehouse(w: World) -> Made:
    if w.rng.random() < 0.5:
        n = len(w.state.on_the_table())
        text = w.rng.choice(["How many blocks on the table, not counting the ones in bowls?",
                             "Count the blocks on the table. Skip the ones in bowls.",
                             "Blocks on the table, not in bowls: how many?"])
    else:
        n = len(w.state.in_bowls())
        if n == 0:
            return None
        text = w.rng.choice(["How many blocks in the bowls, all together?",
                             "Count the blocks in the bowls. Total?",
                             "Blocks in bowls, total. How many?"])
    return text, answered(str(n))


def t178_q_learner(w: World) -> Made:
    pairs = _pairs(w)
    if w.rng.random() < 0.5 and pairs:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        x, y = w.pick(w.blocks, 2)
        flag = w.state.support[x] == y
        if not flag and x in w.state.above(y):
            return None
    text = w.rng.choice([f"The {x}, is it on top the {y}?",
                         f"Is the {x} on the {y}, or no?",
                         f"Please say me: the {x} is on the {y}?"])
    return text, answered(yes(flag))


def t178_q_cook(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = w.rng.choice([f"What colour's the bowl with the {b} in it?",
                         f"Which bowl is the {b} in? What colour is it?",
                         f"The {b}, what colour bowl is it sitting in?"])
    return text, answered(w.colour(bowl))


# ----- matching --------------------------------------------------------------------------------------
def t178_match_nurse(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = w.rng.choice(["Please place each block that has a bowl of the same colour into that bowl.",
                         "Please ensure every block is in the bowl matching its colour, where there is one.",
                         "Kindly sort the blocks into the bowls by colour: each block goes in the bowl of its own "
                         "colour, if there is such a bowl."])
    return _act(w, text, _done(*want))


def t178_match_grandparent(w: World) -> Made:
    by_colour = _colour_bowl(w)
    opts = [b for b in w.blocks if w.colour(b) in by_colour]
    if not opts:
        return None
    b = w.rng.choice(opts)
    bowl = by_colour[w.colour(b)]
    text = w.rng.choice([f"Would you kindly put the {b} into the bowl that matches its colour?",
                         f"Would you be so kind as to pop the {b} into the bowl of the very same colour, please?",
                         f"I think the {b} ought to go in the bowl that is the same colour as it; would you do "
                         "that for me?"])
    return _act(w, text, _done(Rel("in", b, bowl)))


def t178_match_student(w: World) -> Made:
    want = matching(w)
    matched = [r.block for r in want]
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest:
        return None
    text = w.rng.choice(["sort the blocks by colour, like each one into its matching bowl, and the ones with no "
                         "matching bowl can just go in the bin",
                         "ok so every block with a same-colour bowl goes in that bowl, and basically the rest go "
                         "in the bin",
                         "match the blocks to the bowls by colour, and bin whatever doesn't have a bowl of its "
                         "colour"])
    return _act(w, text, _done(*want, binned(rest)))


def t178_match_warehouse(w: World) -> Made:
    st = w.state
    want = [r for r in matching(w) if not rels(r)(st, st)]
    matched = [r.block for r in matching(w)]
    rest = [b for b in w.blocks if b not in matched]
    if not want:
        return None
    moving = [r.block for r in want]
    if any(o in st.above(m) for m in moving for o in rest):
        return None
    text = w.rng.choice(["Any block with a bowl the same colour, stick it in that bowl. Leave the others.",
                         "Blocks into their same-colour bowls. Others stay put.",
                         "Match 'em up: each block in the bowl of its colour. Don't touch the odd ones out."])
    return _act(w, text, _done(*matching(w), kept(*rest)))


def t178_match_learner(w: World) -> Made:
    want = matching(w)
    if len(want) != 1:
        return None
    text = w.rng.choice(["One block have the same colour like a bowl. Please put it in this bowl.",
                         "Which block have same colour as a bowl, put it inside this bowl, please.",
                         "There is a block with the same colour of one bowl. Put the block in that bowl."])
    return _act(w, text, _done(*want))


def t178_match_cook(w: World) -> Made:
    st = w.state
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(st.base(b))]
    if not wrong:
        return None
    text = w.rng.choice(["Anything sitting in a bowl of a different colour, take it out and pop it on the table.",
                         "Clear off any block that's in the wrong colour bowl; set it on the table.",
                         "If a block doesn't match the colour of the bowl it's in, pop it out onto the table."])
    return _act(w, text, _done(*(_on_table(b) for b in wrong)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse", "grandparent", "student", "warehouse", "learner", "cook")
FRESH178: list[Template] = [
    (f"t178_{short}_{style}", category, globals()[f"t178_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
