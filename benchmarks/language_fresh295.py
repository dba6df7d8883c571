"""`FRESH295`, the two-hundred-and-ninety-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six personas write them:
- mechanic2: a car mechanic, gruff and short: "red block off the green block. then bin it."
- japanese3: a Japanese speaker writing English with small slips: "Please put the block under red block in blue bowl."
- lawyer2: a lawyer, precise with clauses: "The purple block shall, upon completion, be located in the bin."
- influencer: bubbly hype words: "Okay besties, the pink block is literally going in the bin, it's giving trash!"
- dad2: a dad with dad jokes: "Put the red block on the blue block. Now that's what I call a block party."
- plain76: a plain, ordinary adult: "Could you move the yellow block to the middle of the table?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 08f7254, the code of 314adaa, before anything it could prompt): 0.6767
goal-correct (203 of 300), 96 refused, no question, 1 wrong action. The wrong action: an influencer's 'Build a cute
little tower with X and Y, but don't touch Z, it's perfect as is!' did nothing. The refusals: an influencer's 'Okay
besties, ...', '..., period, that's its moment!', 'one amazing tower made of X, Y and Z, any order, so aesthetic!', '...
flat on the table, no bowls, no stacks, fresh start vibes!', '..., those two are my faves!', 'Okay the tallest stack is
too much, toss the top block of it in the bin, love that!', '..., whichever on top, and Z stays exactly where it is,
obsessed!', '... the matchy ones stay.' and '..., iconic!'; a dad's jokes after a request ('Now that's what I call a
block party.', 'It's had enough bowl time.', 'That's the right thing to do, get it? Right?', 'Tower of power!', 'Bowl
you believe it.', 'Let sleeping blocks lie.', 'Two blocks, one bowl, no problem.', 'Mixing it up, like my socks.', 'It's
playing hide and seek again.'); a lawyer's 'X shall, upon completion, be located in the bin.', 'X is first to be taken
out of W and subsequently set down in the corner.', 'Place exactly two blocks in W, of whichever colours you prefer.',
'Please deposit in the bin whichever block is closest to W.' and 'Dispose of X in the bin, provided that nothing in W is
moved.'; a Japanese speaker's 'Every block into W please, only X is not.'; a mechanic's 'W, clear it out, everything in
the bin. don't touch X.' and 'take X off Y first, then into the bin.'.
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

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]
ON_TABLE = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _q(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _c(name: str) -> str:
    """The colour word of an object name: "red block" -> "red"."""
    return name.split()[0]


def _depth(s: SymState, b: str) -> int:
    """How many blocks make up the tower from `b` down to its base, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _below(s: SymState, b: str) -> list[str]:
    """Every block under `b` in its tower."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _tower_of(s: SymState, b: str) -> set[str]:
    return {b, *_below(s, b), *s.above(b)}


def _can_on(s: SymState, x: str, y: str) -> bool:
    """Whether x can sensibly be put directly on y (not already, y not above or below x, height allowed)."""
    return (x != y and s.support[x] != y and y not in s.above(x) and x not in _below(s, y)
            and _depth(s, y) + 1 <= layout.MAX_TOWER)


def _room(s: SymState, bowl: str, blocks: list[str]) -> bool:
    """Whether the bowl can take every one of `blocks` that is not in it yet."""
    new = [b for b in blocks if s.base(b) != bowl]
    return len(s.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _alone(s: SymState, b: str) -> bool:
    """Neither on a block nor under one."""
    return s.support[b] not in s.support and s.is_clear(b)


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower, in any order, standing anywhere but the bin."""
    group = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.base(bottoms[0]) == BIN:
            return False
        return all(len([b for b in f.on_top(x) if b in group]) <= 1 for x in blocks)

    return check


def _on_table(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (a named place included)."""
    return lambda _i, f: all(f.base(b) in ON_TABLE for b in blocks)


def _not_in(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _unique_min(w: World, key: dict[str, float], margin: float = 0.05) -> str | None:
    """The block with the smallest key, when it stands alone and beats every other block by `margin`."""
    best = min(key, key=key.__getitem__)
    if not _alone(w.state, best):
        return None
    if any(key[b] - key[best] < margin for b in key if b != best):
        return None
    return best


# ----- imperative -----------------------------------------------------------------------------------
def t295_imp_mechanic2(w: World) -> Made:
    for b in w.pick(w.blocks, len(w.blocks)):
        bowl = next((x for x in w.pick(w.bowls, len(w.bowls)) if w.state.base(b) != x and _room(w.state, x, [b])), None)
        if bowl:
            text = w.rng.choice([f"grab the {b}. drop it in the {bowl}.", f"{b} in the {bowl}. go."])
            return _made(w, text, rels(Rel("in", b, bowl)))
    return None


def t295_imp_japanese3(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice([f"Please put the {x} on top of {y}.", f"Please, put {x} on the {y}, thank you."])
    return _made(w, text, rels(Rel("on", x, y)))


def t295_imp_lawyer2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(CORNERS)
    text = w.rng.choice([f"Kindly place the {b} in the {corner} of the table.",
                         f"Please relocate the {b} to the {corner}, and nowhere else."])
    return _made(w, text, rels(Rel("at", b, corner)))


def t295_imp_influencer(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice([f"Okay besties, throw the {b} in the bin, it is so over for that one!",
                         f"Bin the {b} please, it's literally giving trash, iconic move!"])
    return _made(w, text, binned([b]))


def t295_imp_dad2(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice([f"Put the {x} on the {y}. Now that's what I call a block party.",
                         f"Stick the {x} on top of the {y}, kiddo. Don't worry, I'm a block-top expert."])
    return _made(w, text, rels(Rel("on", x, y)))


def t295_imp_plain76(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice([f"Could you move the {b} to the middle of the table?",
                         f"Put the {b} in the middle, please."])
    return _made(w, text, rels(Rel("at", b, MIDDLE)))


# ----- declarative ----------------------------------------------------------------------------------
def t295_dec_mechanic2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w.state, x, [b])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([f"{b} goes in the {bowl}.", f"{b}'s in the {bowl} when you're done. that's the job."])
    return _made(w, text, rels(Rel("in", b, bowl)))


def t295_dec_japanese3(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice([f"The {x} should be on the {y}, please.", f"{x.capitalize()} must be on top of the {y}."])
    return _made(w, text, rels(Rel("on", x, y)))


def t295_dec_lawyer2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = w.rng.choice([f"The {b} shall, upon completion, be located in the bin.",
                         f"It is required that the {b} be deposited in the bin."])
    return _made(w, text, binned([b]))


def t295_dec_influencer(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(CORNERS)
    text = w.rng.choice([f"The {b} belongs in the {corner}, period, that's its moment!",
                         f"Okay so the {b} is totally living in the {corner} now, love that for it."])
    return _made(w, text, rels(Rel("at", b, corner)))


def t295_dec_dad2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = w.rng.choice([f"The {b} should be sitting on the table, not in the {bowl}. It's had enough bowl time.",
                         f"The {b} is supposed to be out of the {bowl} and on the table. Bowl-ed over, I know."])
    return _made(w, text, both(_on_table([b]), _not_in(b, bowl)))


def t295_dec_plain76(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        outside = [b for b in w.blocks if w.state.base(b) != bowl]
        if len(outside) < 2:
            continue
        a, b = w.pick(outside, 2)
        if _room(w.state, bowl, [a, b]):
            text = w.rng.choice([f"The {bowl} should have the {a} and the {b} in it.",
                                 f"Both the {a} and the {b} belong in the {bowl}."])
            return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))
    return None


# ----- desiderative ---------------------------------------------------------------------------------
def t295_des_mechanic2(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice([f"want the {x} on the {y}. that's it.", f"need the {x} sitting on the {y}."])
    return _made(w, text, rels(Rel("on", x, y)))


def t295_des_japanese3(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    bowls = [x for x in w.bowls if w.state.base(b) != x and _room(w.state, x, [b])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([f"I would like that the {b} is in the {bowl}.", f"I want the {b} into {bowl}, please."])
    return _made(w, text, rels(Rel("in", b, bowl)))


def t295_des_lawyer2(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([f"My client would like the {a} and the {b} placed in the bin.",
                         f"It is my wish that both the {a} and the {b} be disposed of in the bin."])
    return _made(w, text, binned([a, b]))


def t295_des_influencer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = w.rng.choice([f"I'm obsessed with towers right now, I want the {a}, the {b} and the {c} stacked "
                         "up in one tower!",
                         f"Goals: one amazing tower made of the {a}, {b} and {c}, any order, so aesthetic!"])
    return _made(w, text, _one_tower([a, b, c]))


def t295_des_dad2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(["top right corner", "bottom right corner"])
    text = w.rng.choice([f"I'd like the {b} in the {corner}. Right corner, right answer.",
                         f"I'd love the {b} over in the {corner}. That's the right thing to do, get it? Right?"])
    return _made(w, text, rels(Rel("at", b, corner)))


def t295_des_plain76(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice([f"My goal is to have the {bowl} empty.", f"I'd like the {bowl} to be empty, please."])
    return _made(w, text, empty(bowl))


# ----- quantified -----------------------------------------------------------------------------------
def t295_qua_mechanic2(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice([f"everything in the {bowl}. bin it. all of it.",
                         f"dump every block from the {bowl} in the bin."])
    return _made(w, text, binned(w.state.in_bowl(bowl)))


def t295_qua_japanese3(w: World) -> Made:
    if len(w.blocks) < len(w.bowls) or len(w.bowls) < 2:
        return None
    bowls = list(w.bowls)
    text = w.rng.choice(["Please make every bowl to have exactly one block.",
                         "I want exactly one block in each bowl, please."])
    return _made(w, text, both(*(count_in(x, 1) for x in bowls)))


def t295_qua_lawyer2(w: World) -> Made:
    bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) < 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([f"Place exactly two blocks in the {bowl}, of whichever colours you prefer.",
                         f"The {bowl} shall contain precisely two blocks, no more and no fewer; the choice is yours."])
    return _made(w, text, count_in(bowl, 2))


def t295_qua_influencer(w: World) -> Made:
    blocks = list(w.blocks)
    if len(blocks) > 5:
        return None
    text = w.rng.choice(["Literally every block needs to be flat on the table, no bowls, no stacks, fresh start vibes!",
                         "Reset era! Put each and every block straight on the table, nothing stacked, nothing in "
                         "a bowl!"])
    return _made(w, text, lambda _i, f: all(f.support[b] in ON_TABLE for b in blocks))


def t295_qua_dad2(w: World) -> Made:
    blocks = list(w.blocks)
    if len(blocks) > layout.MAX_TOWER:
        return None
    text = w.rng.choice(["Stack all the blocks into one big tower. Tower of power!",
                         "Put every single block in one tall tower. I'd tell you a joke about towers but it's over "
                         "your head."])
    return _made(w, text, _one_tower(blocks))


def t295_qua_plain76(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = w.rng.choice(["Take all the blocks out of the bowls and put them on the table.",
                         "Please empty every bowl onto the table."])
    return _made(w, text, _on_table(inside))


# ----- negated --------------------------------------------------------------------------------------
def t295_neg_mechanic2(w: World) -> Made:
    keep = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != keep]
    text = w.rng.choice([f"bin everything except the {keep}.", f"all blocks in the bin. not the {keep}."])
    return _made(w, text, both(binned(rest), none_binned([keep])))


def t295_neg_japanese3(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        choices = [b for b in w.blocks if w.state.base(b) != bowl]
        for keep in w.pick(choices, len(choices)):
            rest = [b for b in w.blocks if b != keep]
            if len(rest) >= 2 and len(rest) <= layout.BOWL_CAPACITY:
                text = w.rng.choice([f"Please put all blocks to the {bowl}, but not the {keep}.",
                                     f"Every block into {bowl} please, only the {keep} is not."])
                return _made(w, text, both(rels(*(Rel("in", b, bowl) for b in rest)), _not_in(keep, bowl)))
    return None


def t295_neg_lawyer2(w: World) -> Made:
    corner = w.rng.choice(CORNERS)
    keep = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != keep]
    if len(rest) > 4:
        return None
    text = w.rng.choice([f"Move all blocks, save for the {keep}, to the {corner}.",
                         f"With the sole exception of the {keep}, every block is to be moved to the {corner}."])
    return _made(w, text, both(rels(*(Rel("at", b, corner) for b in rest)),
                               lambda _i, f: f.base(keep) != corner))


def t295_neg_influencer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    text = w.rng.choice([f"Every block except the {a} and the {b} is going in the bin, those two are my faves!",
                         f"Okay so bin all the blocks but NOT the {a} or the {b}, they're literally iconic."])
    return _made(w, text, both(binned(rest), none_binned([a, b])))


def t295_neg_dad2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    for x in w.pick(w.blocks, len(w.blocks)):
        others = [y for y in w.blocks if y != x]
        for no in w.pick(others, len(others)):
            ok = [y for y in others if y != no and _can_on(w.state, x, y)]
            if ok and w.state.support[x] not in others:
                text = w.rng.choice([f"Put the {x} on any block that isn't the {no}. I'm not picking sides, "
                                     "I'm picking blocks.",
                                     f"Stack the {x} on some other block, just not the {no}. That one's "
                                     "been through enough."])
                return _made(w, text, lambda _i, f: f.support[x] in others and f.support[x] != no)
    return None


def t295_neg_plain76(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = w.rng.choice([f"Take the {b} out of the {bowl}, but don't put it in the bin.",
                         f"Could you get the {b} out of the {bowl}? Not into the bin though."])
    return _made(w, text, both(_not_in(b, bowl), none_binned([b])))


# ----- relative -------------------------------------------------------------------------------------
def t295_rel_mechanic2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice([f"block on top of the {below}. bin it.", f"the one sitting on the {below}, in the bin."])
    return _made(w, text, binned([top]))


def t295_rel_japanese3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [x for x in w.bowls if w.state.base(below) != x and _room(w.state, x, [below, top])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([f"Please put the block under {top} in the {bowl}.",
                         f"The block which is below the {top}, please move it into {bowl}."])
    return _made(w, text, rels(Rel("in", below, bowl)))


def t295_rel_lawyer2(w: World) -> Made:
    empties = [x for x in w.bowls if not w.state.in_bowl(x)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    best = _unique_min(w, {b: w.dist(b, bowl) for b in w.blocks})
    if best is None:
        return None
    text = w.rng.choice([f"The block nearest to the {bowl} shall be placed in the bin.",
                         f"Please deposit in the bin whichever block is closest to the {bowl}."])
    return _made(w, text, binned([best]))


def t295_rel_influencer(w: World) -> Made:
    tops = [b for b in w.blocks if w.state.is_clear(b) and w.state.base(b) != BIN]
    heights = {b: _depth(w.state, b) for b in tops}
    tallest = max(heights.values(), default=0)
    winners = [b for b in tops if heights[b] == tallest]
    if tallest < 2 or len(winners) != 1:
        return None
    top = winners[0]
    text = w.rng.choice(["The block at the very top of the tallest tower? Bin it, it's had its main character moment!",
                         "Okay the tallest stack is too much, toss the top block of it in the bin, love that!"])
    return _made(w, text, binned([top]))


def t295_rel_dad2(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        inside = w.state.in_bowl(bowl)
        if len(inside) != 1:
            continue
        b = inside[0]
        targets = [y for y in w.blocks if _can_on(w.state, b, y)]
        if targets:
            y = w.rng.choice(targets)
            text = w.rng.choice([f"Put the block that's in the {bowl} on the {y}. It's bowl-ing me over.",
                                 f"Whatever block's in the {bowl}, move it onto the {y}. Bowl you believe it."])
            return _made(w, text, rels(Rel("on", b, y)))
    return None


def t295_rel_plain76(w: World) -> Made:
    bx, by = layout.BIN_CENTER
    key = {}
    for b in w.blocks:
        x, y = _pos(w, b)
        key[b] = -(((x - bx) ** 2 + (y - by) ** 2) ** 0.5)
    best = _unique_min(w, key)
    if best is None:
        return None
    text = w.rng.choice(["Put the block that's furthest from the bin into the bin.",
                         "Can you throw away the block that's farthest away from the bin?"])
    return _made(w, text, binned([best]))


# ----- keep -----------------------------------------------------------------------------------------
def t295_keep_mechanic2(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    others = [b for b in w.blocks if b not in inside]
    if not others:
        return None
    keep = w.rng.choice(others)
    text = w.rng.choice([f"empty the {bowl} into the bin. leave the {keep} alone.",
                         f"{bowl}, clear it out, everything in the bin. don't touch the {keep}."])
    return _made(w, text, both(binned(inside), kept(keep)))


def t295_keep_japanese3(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_on(w.state, x, y)]
    w.rng.shuffle(pairs)
    for x, y in pairs:
        keeps = [k for k in w.blocks if k not in (x, y) and k not in w.state.above(x) and k not in w.state.above(y)]
        if keeps:
            k = w.rng.choice(keeps)
            text = w.rng.choice([f"Please put the {x} on the {y}, but the {k} keep where it is.",
                                 f"Put {x} on top of {y}. The {k} please do not move."])
            return _made(w, text, both(rels(Rel("on", x, y)), kept(k)))
    return None


def t295_keep_lawyer2(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    out = [b for b in w.blocks if b not in inside]
    if not out:
        return None
    b = w.rng.choice(out)
    text = w.rng.choice([f"Place the {b} in the bin; the contents of the {bowl} shall remain undisturbed.",
                         f"Dispose of the {b} in the bin, provided that nothing in the {bowl} is moved."])
    return _made(w, text, both(binned([b]), kept(*inside)))


def t295_keep_influencer(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    for _ in range(10):
        a, b, c = w.pick(w.blocks, 3)
        s = w.state
        if c in s.above(a) or c in s.above(b) or not (_can_on(s, a, b) or _can_on(s, b, a)):
            continue
        text = w.rng.choice([f"Build a cute little tower with the {a} and the {b}, but don't touch the {c}, "
                             "it's perfect as is!",
                             f"Stack the {a} and the {b} together, whichever on top, and the {c} stays exactly "
                             "where it is, obsessed!"])
        return _made(w, text, both(_one_tower([a, b]), kept(c)))
    return None


def t295_keep_dad2(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, k = w.pick(w.blocks, 2)
    if k in w.state.above(a):
        return None
    text = w.rng.choice([f"Put the {a} in the middle, but keep the {k} where it is. It stays put, like me on the "
                         "couch.",
                         f"Move the {a} to the middle of the table and leave the {k} be. Let sleeping blocks lie."])
    return _made(w, text, both(rels(Rel("at", a, MIDDLE)), kept(k)))


def t295_keep_plain76(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    for bowl in w.pick(w.bowls, len(w.bowls)):
        a, b, k = w.pick(w.blocks, 3)
        s = w.state
        if k in s.above(a) or k in s.above(b) or not _room(s, bowl, [a, b]):
            continue
        text = w.rng.choice([f"Can you put the {a} and the {b} in the {bowl}, without moving the {k}?",
                             f"Please put the {a} and the {b} into the {bowl}. Leave the {k} where it is."])
        return _made(w, text, both(rels(Rel("in", a, bowl), Rel("in", b, bowl)), kept(k)))
    return None


# ----- multi-step -----------------------------------------------------------------------------------
def t295_multi_mechanic2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice([f"first {top} off the {below}. then bin it.",
                         f"take the {top} off the {below} first, then into the bin."])
    return _made(w, text, binned([top]))


def t295_multi_japanese3(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        pairs = [(a, b) for a in w.blocks for b in w.blocks if a != b]
        w.rng.shuffle(pairs)
        for a, b in pairs:
            if _room(w.state, bowl, [a, b]):
                text = w.rng.choice([f"First please put the {a} in the {bowl}, and after that put the {b} on the {a}.",
                                     f"At first, {a} into the {bowl}. Next, the {b} on top of {a}, please."])
                return _made(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))
    return None


def t295_multi_lawyer2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    corner = w.rng.choice(CORNERS)
    text = w.rng.choice([f"First, remove the {b} from the {bowl}; thereafter, place it at the {corner}.",
                         f"The {b} is first to be taken out of the {bowl} and subsequently set down in the {corner}."])
    return _made(w, text, rels(Rel("at", b, corner)))


def t295_multi_influencer(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in ON_TABLE]
    if not off or len(w.blocks) < 2:
        return None
    a = w.rng.choice(off)
    b = w.rng.choice([x for x in w.blocks if x != a])
    text = w.rng.choice([f"First the {a} goes down on the table, then stack the {b} on top of it, iconic!",
                         f"Step one: {a} on the table. Step two: the {b} right on top of it. Slay!"])
    return _made(w, text, both(lambda _i, f: f.support[a] in ON_TABLE, rels(Rel("on", b, a))))


def t295_multi_dad2(w: World) -> Made:
    for bowl in w.pick(w.bowls, len(w.bowls)):
        out = [b for b in w.blocks if w.state.base(b) != bowl]
        if len(out) < 2:
            continue
        a, b = w.pick(out, 2)
        if not _room(w.state, bowl, [a, b]):
            continue
        text = w.rng.choice([f"First put the {a} in the {bowl}, then put the {b} in the same bowl. Two blocks, one "
                             "bowl, no problem.",
                             f"Put the {a} in the {bowl}, and after that, the {b} goes in there too. Bowl-ieve in "
                             "yourself."])
        return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))
    return None


def t295_multi_plain76(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    corner = w.rng.choice(CORNERS)
    text = w.rng.choice([f"Move the {a} to the {corner}, then put the {b} on top of it.",
                         f"First put the {a} in the {corner}. After that, stack the {b} on it."])
    return _made(w, text, rels(Rel("at", a, corner), Rel("on", b, a)))


# ----- question -------------------------------------------------------------------------------------
def t295_q_mechanic2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return _q(w.rng.choice([f"how many blocks in the {bowl}", f"{bowl}. how many blocks in it?"]), str(n))


def t295_q_japanese3(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        cands = [(a, b) for a in w.blocks for b in w.blocks
                 if a != b and b not in _tower_of(w.state, a)]
        if not cands:
            return None
        a, b = w.rng.choice(cands)
    text = w.rng.choice([f"Excuse me, the {a} is on the {b}?", f"Is {a} on top of the {b}? Please tell me."])
    return _q(text, yes(holds(Rel("on", a, b), w.state)))


def t295_q_lawyer2(w: World) -> Made:
    outside = len(w.blocks) - len(w.in_bowls())
    b = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    text = f"Please state how many blocks are presently outside the bowls, and whether the {b} is in the {bowl}."
    return _q(text, f"{outside}|{yes(w.state.base(b) == bowl).lower()}")


def t295_q_influencer(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.7:
        top, b = w.rng.choice(pairs)
        answer = top
    else:
        clear = [x for x in w.blocks if w.state.is_clear(x)]
        b, answer = w.rng.choice(clear), "nothing"
    text = w.rng.choice([f"Okay quick question, what's sitting on top of the {b}??",
                         f"Wait what is on the {b} right now, I'm dying to know!"])
    return _q(text, answer)


def t295_q_dad2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    colour = _c(w.state.base(b))
    text = w.rng.choice([f"What colour is the bowl that the {b} is in? And don't say 'bowl-coloured'.",
                         f"Which colour bowl is the {b} hiding in? It's playing hide and seek again."])
    return _q(text, colour)


def t295_q_plain76(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    in_bowl = w.state.base(b) in w.bowls
    text = w.rng.choice([f"Is the {b} in a bowl? And how many blocks are there in total?",
                         f"How many blocks are on the table altogether, counting the ones in bowls? Also, is the "
                         f"{b} in a bowl?"])
    return _q(text, f"{yes(in_bowl).lower()}|{len(w.blocks)}")


# ----- matching -------------------------------------------------------------------------------------
def t295_match_mechanic2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = w.rng.choice(["every block that's got a bowl its colour, in that bowl.",
                         "match em up. blocks in the same colour bowls."])
    return _made(w, text, rels(*want))


def t295_match_japanese3(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    text = w.rng.choice([f"Please put the {r.block} in the bowl of same colour.",
                         f"The {r.block} please put to the bowl which has same colour."])
    return _made(w, text, rels(r))


def t295_match_lawyer2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want]
    others = [b for b in w.blocks if b not in movers]
    s = w.state
    if any(o in s.above(m) for o in others for m in movers):
        return None
    if any(not _room(s, r.target, [r.block]) for r in want):
        return None
    text = ("Each block for which a bowl of the same colour exists shall be placed in that bowl; all other blocks "
            "shall remain where they are.")
    return _made(w, text, both(rels(*want), kept(*others)))


def t295_match_influencer(w: World) -> Made:
    bowl_colours = {w.colour(x) for x in w.bowls}
    loners = [b for b in w.blocks if w.colour(b) not in bowl_colours]
    matched = [b for b in w.blocks if w.colour(b) in bowl_colours]
    if not loners or not matched:
        return None
    text = w.rng.choice(["Obsessed with matching! Any block that doesn't have a bowl in its colour, toss it in the "
                         "bin.",
                         "Colour coordination moment! Bin every block with no matching bowl, the matchy ones stay."])
    return _made(w, text, both(binned(loners), none_binned(matched)))


def t295_match_dad2(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    by_colour = {w.colour(b): b for b in w.blocks}
    for src in w.pick(w.bowls, len(w.bowls)):
        b = by_colour.get(w.colour(src))
        if b is None:
            continue
        dests = [x for x in w.bowls if x != src and w.state.base(b) != x and _room(w.state, x, [b])]
        if dests:
            dest = w.rng.choice(dests)
            text = w.rng.choice([f"Find the block that's the same colour as the {src} and put it in the {dest}. "
                                 "Mixing it up, like my socks.",
                                 f"Take the block matching the {src} and drop it in the {dest}. Colour me "
                                 "confused."])
            return _made(w, text, rels(Rel("in", b, dest)))
    return None


def t295_match_plain76(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = w.rng.choice(["Sort the blocks into the bowls by colour.",
                         "Could you put each block into the bowl of the same colour, where there is one?"])
    return _made(w, text, rels(*want))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mechanic2", "japanese3", "lawyer2", "influencer", "dad2", "plain76")
FRESH295: list[Template] = [
    (f"t295_{short}_{style}", category, globals()[f"t295_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
