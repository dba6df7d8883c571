"""`FRESH239`, the two-hundred-and-fortieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- mechanic: "grab the red block and drop it in the blue bowl"
- spanish: "Put the green block on the yellow block, please, is for make a tower."
- drama: "Oh, the pink block simply must go to the top left corner! Move it there, I beg you!"
- boss: "Red block in the bin. Now."
- kid5: "can you take the white block out of the cyan bowl and put it on the table"
- plain20: "Could you stack the orange block on top of the purple block, please?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2e6a2ed, the code of c607c4f, before anything it could prompt): 0.82
goal-correct (246 of 300), 53 refused, no question, no wrong action and one wrong reply. The wrong reply: the drama
student's "What, pray tell, is sitting on X?". The refusals: the Spanish speaker's "Put X on Y, please, is for make a
tower.", "All blocks inside W, except X, this one no.", "X go inside the bowl that have the same colour, please." and "I
need in W exactly two blocks, no matter which."; the drama student's "My dream, my one desire: a tower! X at the bottom,
Y upon it, and Z crowning the top!", "Take X out of W! Anywhere but the bin, I couldn't bear to lose it!", "The block
nearest X, that wretched one! Into the bin with it!", "Act one: X glides to the bottom right corner! Act two: Y climbs
on top of it! Curtain!", "The red bowl yearns for its twin! Bring it the block of its very own colour!", "Every single
block, into the bin! All of them, spare not one!" and "... But W, oh, leave that bowl exactly as it is!"; the boss's
"Top of the stack X is in: bin it." and "Don't make me wait."; the nine-year-old's "i want X in the corner the top right
one".
"""

from __future__ import annotations

from typing import TypeVar

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    empty,
    kept,
    matching,
    none_binned,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _r(*want: Rel) -> Check:
    return lambda _i, f: all(holds(r, f) for r in want)


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _level(s: SymState, b: str) -> int:
    return len(_below(s, b)) + 1


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _movable(s: SymState) -> list[str]:
    return [b for b in s.blocks if s.base(b) != BIN]


def _loose(s: SymState) -> list[str]:
    """Blocks not in a bowl nor in the bin."""
    return [b for b in s.blocks if s.base(b) not in (*s.bowls, BIN)]


def _can_in(s: SymState, x: str, bowl: str) -> bool:
    return s.base(x) != bowl and _room(s, bowl) >= 1


def _can_on(s: SymState, x: str, y: str) -> bool:
    """Whether `x` can go on `y`: `y` stands on the table (not in a bowl) and the tower stays low enough."""
    return (x != y and x not in _below(s, y) and s.base(y) not in (*s.bowls, BIN)
            and _level(s, y) + 1 <= layout.MAX_TOWER)


def _in_pairs(w: World) -> list[tuple[str, str]]:
    return [(b, bw) for b in _movable(w.state) for bw in w.bowls if _can_in(w.state, b, bw)]


def _on_pairs(w: World) -> list[tuple[str, str]]:
    s = w.state
    return [(x, y) for x in _movable(s) for y in _movable(s) if _can_on(s, x, y) and s.support[x] != y]


def _on_table(b: str) -> Check:
    return _r(Rel("on_table", b))


def _bowl_of(w: World, colour: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == colour), None)


_T = TypeVar("_T")


def _pick1(w: World, items: list[_T]) -> _T | None:
    return w.rng.choice(items) if items else None


# ----- imperative -------------------------------------------------------------------------------------
def t239_imp_mechanic(w: World) -> Made:
    p = _pick1(w, _in_pairs(w))
    if p is None:
        return None
    b, bw = p
    text = w.rng.choice([f"grab the {b} and drop it in the {bw}", f"alright, stick the {b} in the {bw} for me",
                         f"take the {b}, put it in the {bw}. thanks pal"])
    return _made(w, text, _act(_r(Rel("in", b, bw))))


def t239_imp_spanish(w: World) -> Made:
    p = _pick1(w, _on_pairs(w))
    if p is None:
        return None
    x, y = p
    text = w.rng.choice([f"Put the {x} on the {y}, please, is for make a tower.",
                         f"Please you can put the {x} over the {y}? Thank you."])
    return _made(w, text, _act(_r(Rel("on", x, y))))


def t239_imp_drama(w: World) -> Made:
    place = w.rng.choice(_CORNERS)
    b = _pick1(w, [b for b in _movable(w.state) if w.state.base(b) != place])
    if b is None:
        return None
    text = w.rng.choice([f"Oh, the {b} simply must go to the {place}! Move it there, I beg you!",
                         f"To the {place} with the {b}! Go, go, go!"])
    return _made(w, text, _act(_r(Rel("at", b, place))))


def t239_imp_boss(w: World) -> Made:
    b = _pick1(w, _movable(w.state))
    if b is None:
        return None
    text = w.rng.choice([f"{b[0].upper()}{b[1:]} in the bin. Now.", f"Bin the {b}. Fast.",
                         f"Throw the {b} in the bin. Don't make me wait."])
    return _made(w, text, _act(binned([b])))


def t239_imp_kid5(w: World) -> Made:
    b = _pick1(w, w.in_bowls())
    if b is None:
        return None
    bw = w.state.base(b)
    text = w.rng.choice([f"can you take the {b} out of the {bw} and put it on the table",
                         f"take the {b} out of the {bw} and put it on the table please"])
    return _made(w, text, _act(_on_table(b)))


def t239_imp_plain20(w: World) -> Made:
    p = _pick1(w, _on_pairs(w))
    if p is None:
        return None
    x, y = p
    text = w.rng.choice([f"Could you stack the {x} on top of the {y}, please?", f"Please place the {x} on the {y}.",
                         f"Put the {x} onto the {y}."])
    return _made(w, text, _act(_r(Rel("on", x, y))))


# ----- declarative ------------------------------------------------------------------------------------
def t239_dec_mechanic(w: World) -> Made:
    b = _pick1(w, _movable(w.state))
    if b is None:
        return None
    text = w.rng.choice([f"the {b} goes in the bin", f"that {b} belongs in the bin, it's junk"])
    return _made(w, text, _act(binned([b])))


def t239_dec_spanish(w: World) -> Made:
    p = _pick1(w, _on_pairs(w))
    if p is None:
        return None
    x, y = p
    text = w.rng.choice([f"The {x} must to be on the {y}.", f"The {x} have to be on top of the {y}, please."])
    return _made(w, text, _act(_r(Rel("on", x, y))))


def t239_dec_drama(w: World) -> Made:
    p = _pick1(w, _in_pairs(w))
    if p is None:
        return None
    b, bw = p
    text = w.rng.choice([f"The {b} shall rest in the {bw}, where it truly belongs!",
                         f"Destiny has spoken: the {b} lives in the {bw}!"])
    return _made(w, text, _act(_r(Rel("in", b, bw))))


def t239_dec_boss(w: World) -> Made:
    place = w.rng.choice(_CORNERS)
    b = _pick1(w, [b for b in _movable(w.state) if w.state.base(b) != place])
    if b is None:
        return None
    text = w.rng.choice([f"The {b} should be at the {place}. Make it so.", f"{b[0].upper()}{b[1:]}: {place}. Done."])
    return _made(w, text, _act(_r(Rel("at", b, place))))


def t239_dec_kid5(w: World) -> Made:
    b = _pick1(w, w.in_bowls())
    if b is None:
        return None
    bw = w.state.base(b)
    text = f"the {b} is supposed to be on the table not in the {bw}"
    return _made(w, text, _act(_on_table(b)))


def t239_dec_plain20(w: World) -> Made:
    s = w.state
    bw = _pick1(w, w.bowls)
    two = w.pick(_movable(s), 2)
    if not two or bw is None:
        return None
    x, y = two
    if sum(s.base(b) != bw for b in two) > _room(s, bw):
        return None
    text = w.rng.choice([f"The {x} and the {y} should both be in the {bw}.",
                         f"Both the {x} and the {y} belong in the {bw}."])
    return _made(w, text, _act(_r(Rel("in", x, bw), Rel("in", y, bw))))


# ----- desiderative -----------------------------------------------------------------------------------
def t239_des_mechanic(w: World) -> Made:
    p = _pick1(w, _on_pairs(w))
    if p is None:
        return None
    x, y = p
    text = w.rng.choice([f"i want the {x} sitting on top of the {y}", f"what i want is the {x} on the {y}, ok"])
    return _made(w, text, _act(_r(Rel("on", x, y))))


def t239_des_spanish(w: World) -> Made:
    two = w.pick(_movable(w.state), 2)
    if not two:
        return None
    x, y = two
    text = w.rng.choice([f"I would like that the {x} is in the bin, and the {y} also.",
                         f"I want to have the {x} and the {y} inside the bin, please."])
    return _made(w, text, _act(binned([x, y])))


def t239_des_drama(w: World) -> Made:
    s = w.state
    three = w.pick(_movable(s), 3)
    if not three:
        return None
    x, y, z = three
    if s.base(x) in s.bowls:
        return None
    text = (f"My dream, my one desire: a tower! The {x} at the bottom, the {y} upon it, "
            f"and the {z} crowning the top!")
    return _made(w, text, _act(_r(Rel("stacked", x, y, z))))


def t239_des_boss(w: World) -> Made:
    p = _pick1(w, _in_pairs(w))
    if p is None:
        return None
    b, bw = p
    text = w.rng.choice([f"Want the {b} in the {bw}. Quick.", f"I need the {b} in the {bw}, now."])
    return _made(w, text, _act(_r(Rel("in", b, bw))))


def t239_des_kid5(w: World) -> Made:
    corner = w.rng.choice(_CORNERS)
    b = _pick1(w, [b for b in _movable(w.state) if w.state.base(b) != corner])
    if b is None:
        return None
    side = corner.replace(" corner", "")
    text = w.rng.choice([f"i want the {b} in the corner the {side} one",
                         f"i wanna have the {b} at the {corner}"])
    return _made(w, text, _act(_r(Rel("at", b, corner))))


def t239_des_plain20(w: World) -> Made:
    p = _pick1(w, [(x, y) for x, y in w.pairs() if w.state.base(x) != BIN])
    if p is None:
        return None
    x, y = p
    text = w.rng.choice([f"I'd like the {x} moved off the {y}, please.",
                         f"I would like the {x} to no longer be sitting on the {y}."])
    return _made(w, text, _act(lambda _i, f: f.support[x] != y))


# ----- quantified -------------------------------------------------------------------------------------
def t239_qua_mechanic(w: World) -> Made:
    bw = _pick1(w, [bw for bw in w.bowls if w.state.in_bowl(bw)])
    if bw is None:
        return None
    inside = w.state.in_bowl(bw)
    text = w.rng.choice([f"dump everything that's in the {bw} into the bin",
                         f"all the blocks in the {bw}, toss em in the bin"])
    return _made(w, text, _act(binned(inside)))


def t239_qua_spanish(w: World) -> Made:
    bw = _pick1(w, w.bowls)
    if bw is None or len(w.blocks) < 3:
        return None
    check = _act(lambda _i, f: len(f.in_bowl(bw)) == 2)
    text = w.rng.choice([f"Put exactly two blocks in the {bw}, which ones is not important.",
                         f"I need in the {bw} exactly two blocks, no matter which."])
    return _made(w, text, check)


def t239_qua_drama(w: World) -> Made:
    blocks = _movable(w.state)
    if len(blocks) > 5:
        return None
    text = w.rng.choice(["Every single block, into the bin! All of them, spare not one!",
                         "Banish them all! Each and every block goes into the bin!"])
    return _made(w, text, _act(binned(blocks)))


def t239_qua_boss(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(w.blocks) < len(bowls):
        return None
    check = _act(lambda _i, f: all(len(f.in_bowl(bw)) == 1 for bw in bowls))
    text = w.rng.choice(["One block in every bowl. No more, no less. Go.",
                         "Exactly one block per bowl. Now."])
    return _made(w, text, check)


def t239_qua_kid5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = w.rng.choice(["put all the blocks that are in the bowls on the table",
                         "take every block out of the bowls and put them all on the table"])
    return _made(w, text, _act(_r(*(Rel("on_table", b) for b in inside))))


def t239_qua_plain20(w: World) -> Made:
    if len(_movable(w.state)) < 4:
        return None
    check = _act(lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 3)
    text = w.rng.choice(["Please put three of the blocks in the bin; it doesn't matter which.",
                         "Throw any three blocks into the bin, please."])
    return _made(w, text, check)


# ----- negated ----------------------------------------------------------------------------------------
def t239_neg_mechanic(w: World) -> Made:
    blocks = _movable(w.state)
    x = _pick1(w, blocks)
    if x is None or len(blocks) < 3:
        return None
    rest = [b for b in blocks if b != x]
    text = w.rng.choice([f"bin every block except the {x}", f"everything goes in the bin but not the {x}, keep that"])
    return _made(w, text, _act(binned(rest), none_binned([x])))


def t239_neg_spanish(w: World) -> Made:
    s = w.state
    blocks = _movable(s)
    bw = _pick1(w, w.bowls)
    x = _pick1(w, blocks)
    if bw is None or x is None or len(blocks) - 1 > layout.BOWL_CAPACITY or len(blocks) < 3:
        return None
    rest = [b for b in blocks if b != x]
    check = _act(_r(*(Rel("in", b, bw) for b in rest), Rel("in", x, bw, negated=True)))
    text = w.rng.choice([f"Put all the blocks in the {bw} but not the {x}.",
                         f"All blocks inside the {bw}, except the {x}, this one no."])
    return _made(w, text, check)


def t239_neg_drama(w: World) -> Made:
    b = _pick1(w, w.in_bowls())
    if b is None:
        return None
    bw = w.state.base(b)
    check = _act(lambda _i, f: f.base(b) not in (bw, BIN))
    text = f"Take the {b} out of the {bw}! Anywhere but the bin, I couldn't bear to lose it!"
    return _made(w, text, check)


def t239_neg_boss(w: World) -> Made:
    blocks = _movable(w.state)
    keep = w.pick(blocks, 2)
    if not keep or len(blocks) < 3:
        return None
    x, y = keep
    rest = [b for b in blocks if b not in keep]
    text = w.rng.choice([f"Bin all blocks but the {x} and the {y}.",
                         f"Everything into the bin except the {x} and the {y}. Move."])
    return _made(w, text, _act(binned(rest), none_binned(keep)))


def t239_neg_kid5(w: World) -> Made:
    bw = _pick1(w, [bw for bw in w.bowls if w.state.in_bowl(bw)])
    if bw is None:
        return None
    inside = w.state.in_bowl(bw)
    text = w.rng.choice([f"take everything out of the {bw} but dont put any of it in the bin",
                         f"empty the {bw} but not in the bin ok"])
    return _made(w, text, _act(empty(bw), none_binned(inside)))


def t239_neg_plain20(w: World) -> Made:
    loose, inside = _loose(w.state), w.in_bowls()
    if not loose or not inside or len(loose) > 5:
        return None
    text = w.rng.choice(["Put all the blocks that are not in a bowl into the bin.",
                         "Please bin every block that isn't sitting in a bowl."])
    return _made(w, text, _act(binned(loose), none_binned(inside)))


# ----- relative ---------------------------------------------------------------------------------------
def _single_tops(w: World) -> list[tuple[str, str]]:
    """(top, below) where `top` is the only block above `below`."""
    return [(t, b) for t, b in w.pairs() if len(w.state.above(b)) == 1]


def t239_rel_mechanic(w: World) -> Made:
    p = _pick1(w, _single_tops(w))
    if p is None:
        return None
    top, below = p
    text = w.rng.choice([f"whatever's sitting on the {below}, chuck it in the bin",
                         f"the block on top of the {below} goes in the bin"])
    return _made(w, text, _act(binned([top])))


def t239_rel_spanish(w: World) -> Made:
    s = w.state
    opts = [(x, below, bw) for x, below in w.pairs() if _level(s, x) == 2
            for bw in w.bowls if _can_in(s, below, bw)]
    p = _pick1(w, opts)
    if p is None:
        return None
    x, below, bw = p
    text = w.rng.choice([f"Take the block that is under the {x} and put it in the {bw}.",
                         f"The block what is below the {x}, please move it inside the {bw}."])
    return _made(w, text, _act(_r(Rel("in", below, bw))))


def _extreme(w: World, ref: str, cands: list[str], far: bool) -> str | None:
    """The block among `cands` nearest to (or farthest from) `ref`, when it is clearly so."""
    if len(cands) < 2:
        return None
    ds = sorted(((w.dist(ref, c), c) for c in cands), reverse=far)
    if abs(ds[0][0] - ds[1][0]) < 0.03:
        return None
    return ds[0][1]


def t239_rel_drama(w: World) -> Made:
    s = w.state
    x = _pick1(w, _loose(s))
    if x is None:
        return None
    tower = {x, *_below(s, x), *s.above(x)}
    near = _extreme(w, x, [b for b in _movable(s) if b not in tower], far=False)
    if near is None:
        return None
    text = w.rng.choice([f"Whichever block sits closest to the {x}: banish it to the bin!",
                         f"The block nearest the {x}, that wretched one! Into the bin with it!"])
    return _made(w, text, _act(binned([near])))


def t239_rel_boss(w: World) -> Made:
    s = w.state
    x = _pick1(w, [b for b in _movable(s) if s.above(b) and s.support[b] not in s.support])
    if x is None:
        return None
    top = s.above(x)[0]
    text = w.rng.choice([f"Top of the stack the {x} is in: bin it.",
                         f"Whatever's at the very top of the {x}'s stack. Bin. Now."])
    return _made(w, text, _act(binned([top])))


def t239_rel_kid5(w: World) -> Made:
    s = w.state
    opts = [(t, b, bw) for t, b in _single_tops(w) for bw in w.bowls if _can_in(s, t, bw)]
    p = _pick1(w, opts)
    if p is None:
        return None
    top, below, bw = p
    text = w.rng.choice([f"put the block on top of the {below} in the {bw}",
                         f"theres a block on the {below} can you put it in the {bw}"])
    return _made(w, text, _act(_r(Rel("in", top, bw))))


def t239_rel_plain20(w: World) -> Made:
    bw = _pick1(w, w.bowls)
    if bw is None:
        return None
    far = _extreme(w, bw, _movable(w.state), far=True)
    if far is None:
        return None
    text = w.rng.choice([f"Please put the block that's furthest from the {bw} into the bin.",
                         f"Whichever block is farthest away from the {bw}, put it in the bin."])
    return _made(w, text, _act(binned([far])))


# ----- keep -------------------------------------------------------------------------------------------
def t239_keep_mechanic(w: World) -> Made:
    s = w.state
    opts = [(b, bw, z) for b, bw in _in_pairs(w) for z in _movable(s) if z != b and z not in s.above(b)]
    p = _pick1(w, opts)
    if p is None:
        return None
    b, bw, z = p
    text = w.rng.choice([f"put the {b} in the {bw}, don't touch the {z}",
                         f"get the {b} into the {bw} and leave the {z} be"])
    return _made(w, text, _act(_r(Rel("in", b, bw)), kept(z)))


def t239_keep_spanish(w: World) -> Made:
    s = w.state
    opts = [(x, y, z) for x, y in _on_pairs(w) for z in _movable(s)
            if z not in (x, y) and z not in s.above(x) and z not in s.above(y)]
    p = _pick1(w, opts)
    if p is None:
        return None
    x, y, z = p
    text = w.rng.choice([f"Put the {x} on the {y} but the {z} stays where it is, please.",
                         f"The {x} on top of the {y}, and the {z} don't move it."])
    return _made(w, text, _act(_r(Rel("on", x, y)), kept(z)))


def t239_keep_drama(w: World) -> Made:
    s = w.state
    opts = [(b, bw) for bw in w.bowls if s.in_bowl(bw) for b in _movable(s) if s.base(b) != bw]
    p = _pick1(w, opts)
    if p is None:
        return None
    b, bw = p
    inside = s.in_bowl(bw)

    def same(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bw)) == sorted(i.in_bowl(bw))

    text = w.rng.choice([f"Send the {b} to the bin! But the {bw}, oh, leave that bowl exactly as it is!",
                         f"Cast the {b} into the bin! And the {bw}? Untouched! Perfect as it is!"])
    return _made(w, text, _act(binned([b]), same, kept(*inside)))


def t239_keep_boss(w: World) -> Made:
    s = w.state
    opts = [(bw, y) for bw in w.bowls if s.in_bowl(bw) for y in _movable(s) if s.base(y) != bw]
    p = _pick1(w, opts)
    if p is None:
        return None
    bw, y = p
    inside = s.in_bowl(bw)
    text = w.rng.choice([f"Clear the {bw} into the bin. Don't move the {y}.",
                         f"Empty the {bw} in the bin. {y[0].upper()}{y[1:]} stays put."])
    return _made(w, text, _act(binned(inside), kept(y)))


def t239_keep_kid5(w: World) -> Made:
    s = w.state
    two = w.pick(_loose(s), 2)
    if not two:
        return None
    x, y = two
    z = _pick1(w, [z for z in _movable(s) if z not in two and z not in s.above(x) and z not in s.above(y)])
    if z is None:
        return None

    def tower(_i: SymState, f: SymState) -> bool:
        return (f.support[x] == y or f.support[y] == x) and BIN not in (f.base(x), f.base(y))

    text = w.rng.choice([f"can you make a tower with the {x} and the {y} but leave the {z} where it is",
                         f"make a tower out of the {x} and the {y} and dont move the {z}"])
    return _made(w, text, _act(tower, kept(z)))


def t239_keep_plain20(w: World) -> Made:
    s = w.state
    b = _pick1(w, [b for b in _movable(s) if s.is_clear(b) and s.base(b) != _MIDDLE])
    if b is None:
        return None
    others = [o for o in s.blocks if o != b]
    text = w.rng.choice([f"Could you put the {b} in the {_MIDDLE} without moving any of the other blocks?",
                         f"Move the {b} to the {_MIDDLE} of the table, but leave every other block where it is."])
    return _made(w, text, _act(_r(Rel("at", b, _MIDDLE)), kept(*others)))


# ----- multi-step -------------------------------------------------------------------------------------
def t239_multi_mechanic(w: World) -> Made:
    s = w.state
    opts = [(x, y, bw) for x, y in w.pairs() if s.is_clear(x) for bw in w.bowls if _can_in(s, y, bw)]
    p = _pick1(w, opts)
    if p is None:
        return None
    x, y, bw = p
    text = f"first pull the {x} off the {y} and set it on the table, then put the {y} in the {bw}"
    return _made(w, text, _act(_on_table(x), _r(Rel("in", y, bw))))


def t239_multi_spanish(w: World) -> Made:
    s = w.state
    opts = [(x, y, z) for y, z in _on_pairs(w) for x in _movable(s) if x not in (y, z)]
    p = _pick1(w, opts)
    if p is None:
        return None
    x, y, z = p
    text = w.rng.choice([f"First put the {x} in the bin, after put the {y} on the {z}.",
                         f"First the {x} to the bin, and later the {y} over the {z}, please."])
    return _made(w, text, _act(binned([x]), _r(Rel("on", y, z))))


def t239_multi_drama(w: World) -> Made:
    two = w.pick(_movable(w.state), 2)
    if not two:
        return None
    x, y = two
    corner = w.rng.choice(_CORNERS)
    text = f"Act one: the {x} glides to the {corner}! Act two: the {y} climbs on top of it! Curtain!"
    return _made(w, text, _act(_r(Rel("at", x, corner), Rel("on", y, x))))


def t239_multi_boss(w: World) -> Made:
    s = w.state
    opts = [(bw, y) for bw in w.bowls if s.in_bowl(bw) for y in _movable(s) if s.base(y) != bw]
    p = _pick1(w, opts)
    if p is None:
        return None
    bw, y = p
    inside = s.in_bowl(bw)
    check = _act(_r(*(Rel("on_table", b) for b in inside)), lambda _i, f: f.in_bowl(bw) == [y])
    text = w.rng.choice([f"Empty the {bw} onto the table, then put the {y} in it.",
                         f"Blocks out of the {bw}, onto the table. Then the {y} goes in. Go."])
    return _made(w, text, check)


def t239_multi_kid5(w: World) -> Made:
    s = w.state
    opts = [(x, y, z) for x, y in _on_pairs(w) for z in _movable(s)
            if z not in (x, y) and z not in _below(s, y) and _level(s, y) + 2 <= layout.MAX_TOWER]
    p = _pick1(w, opts)
    if p is None:
        return None
    x, y, z = p
    text = w.rng.choice([f"first put the {x} on the {y} and then put the {z} on the {x}",
                         f"put the {x} on the {y} and after that the {z} goes on the {x}"])
    return _made(w, text, _act(_r(Rel("on", x, y), Rel("on", z, x))))


def t239_multi_plain20(w: World) -> Made:
    two = w.pick(_movable(w.state), 2)
    if not two:
        return None
    x, y = two
    corner = w.rng.choice(_CORNERS)
    text = w.rng.choice([f"Put the {x} in the bin, and after that move the {y} to the {corner}.",
                         f"First, throw the {x} away in the bin. Then put the {y} at the {corner}."])
    return _made(w, text, _act(binned([x]), _r(Rel("at", y, corner))))


# ----- questions --------------------------------------------------------------------------------------
def t239_q_mechanic(w: World) -> Made:
    bw = _pick1(w, w.bowls)
    if bw is None:
        return None
    n = len(w.state.in_bowl(bw))
    text = w.rng.choice([f"how many blocks we got in the {bw}?", f"hey, how many blocks are sitting in the {bw}"])
    return text, answered(str(n))


def t239_q_spanish(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5 and w.pairs():
        x, y = w.rng.choice(w.pairs())
    else:
        two = w.pick(_movable(s), 2)
        if not two:
            return None
        x, y = two
        if x in s.above(y) and s.support[x] != y:
            return None
    text = f"Is the {x} on the {y}? And how many bowls there are?"
    return text, answered(f"{yes(s.support[x] == y)}|{len(w.bowls)}")


def t239_q_drama(w: World) -> Made:
    s = w.state
    x = _pick1(w, [b for b in _movable(s) if len(s.above(b)) <= 1])
    if x is None:
        return None
    tops = s.on_top(x)
    text = w.rng.choice([f"Tell me, what rests upon the {x}?", f"What, pray tell, is sitting on the {x}?"])
    return text, answered(tops[0] if tops else "nothing")


def t239_q_boss(w: World) -> Made:
    p = _pick1(w, w.pairs())
    if p is None:
        return None
    x, y = p
    text = w.rng.choice([f"What's the {x} sitting on? Quick.", f"{x[0].upper()}{x[1:]}. What's under it?"])
    return text, answered(y)


def t239_q_kid5(w: World) -> Made:
    x = _pick1(w, _movable(w.state))
    if x is None:
        return None
    inb = w.state.base(x) in w.state.bowls
    text = f"how many blocks are there all together and is the {x} in a bowl"
    return text, answered(f"{len(w.blocks)}|{yes(inb)}")


def t239_q_plain20(w: World) -> Made:
    x = _pick1(w, w.in_bowls())
    if x is None:
        return None
    text = w.rng.choice([f"Could you tell me which bowl the {x} is in?", f"Which bowl is the {x} in?"])
    return text, answered(w.state.base(x))


# ----- matching ---------------------------------------------------------------------------------------
def t239_match_mechanic(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = w.rng.choice(["every block that's got a bowl the same colour, put it in that bowl",
                         "match em up: each block goes in the bowl of its own colour, if there is one"])
    return _made(w, text, _act(_r(*want)))


def t239_match_spanish(w: World) -> Made:
    opts = [(r.block, r.target) for r in matching(w) if w.state.base(r.block) != r.target]
    p = _pick1(w, opts)
    if p is None:
        return None
    b, _bw = p
    text = w.rng.choice([f"Put the {b} in the bowl of the same colour.",
                         f"The {b} go inside the bowl that have the same colour, please."])
    return _made(w, text, _act(_r(Rel("in", b, _bw))))


def t239_match_drama(w: World) -> Made:
    opts = [(r.block, r.target) for r in matching(w) if w.state.base(r.block) != r.target]
    p = _pick1(w, opts)
    if p is None:
        return None
    b, bw = p
    text = w.rng.choice([f"Oh, the {bw} looks so lonely! Give it the block that matches its colour!",
                         f"The {bw} yearns for its twin! Bring it the block of its very own colour!"])
    return _made(w, text, _act(_r(Rel("in", b, bw))))


def t239_match_boss(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in _movable(w.state) if b not in matched]
    if not want or not rest or len(rest) > 5:
        return None
    text = w.rng.choice(["Blocks into the bowls of their colour. The rest in the bin. Go.",
                         "Colour-match the blocks to the bowls. Anything without a match goes in the bin."])
    return _made(w, text, _act(_r(*want), binned(rest)))


def t239_match_kid5(w: World) -> Made:
    s = w.state
    want = matching(w)
    matched = {r.block for r in want}
    others = [b for b in s.blocks if b not in matched]
    if not want:
        return None
    for r in want:
        if s.base(r.block) != r.target and any(o in s.above(r.block) for o in others):
            return None
    text = w.rng.choice(["put the blocks in the bowls that are the same colour as them and dont touch the other blocks",
                         "can you put each block in its same colour bowl and leave the other ones alone"])
    return _made(w, text, _act(_r(*want), kept(*others)))


def t239_match_plain20(w: World) -> Made:
    s = w.state
    opts = []
    for y in s.blocks:
        bw = _bowl_of(w, w.colour(y))
        if bw is not None:
            opts += [(x, y, bw) for x in _movable(s) if x != y and _can_in(s, x, bw)]
    p = _pick1(w, opts)
    if p is None:
        return None
    x, y, bw = p
    text = w.rng.choice([f"Please put the {x} into the bowl that's the same colour as the {y}.",
                         f"Put the {x} in whichever bowl matches the colour of the {y}."])
    return _made(w, text, _act(_r(Rel("in", x, bw))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mechanic", "spanish", "drama", "boss", "kid5", "plain20")
FRESH239: list[Template] = [
    (f"t239_{short}_{style}", category, globals()[f"t239_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
