"""`FRESH252`, the two-hundred-and-fifty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six personas, one style each:
- cashier: "Could you pop the red block into the blue bowl for me, please? Thank you!"
- arabic2: "Please put the green block on top the yellow block."
- scientist4: "Construct a tower: the red block at the bottom, the blue block on it, the green block on top."
- grandkid: "ok so grandma wants the red block gone, can you just drop it in the bin"
- impatient2: "Red block off the blue block. Onto the table. The table."
- plain33: "Move the red block to the middle of the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 14da42e, the code of ad276a5, before anything it could prompt): 0.7933
goal-correct (238 of 300), 60 refused, no question, no wrong action and two wrong replies. The wrong replies: the plain
adult's "Which blocks are in W? And is there anything on top of X?" (twice). The refusals: the physicist's "Construct a
tower of three: X at the bottom, Y directly on it, and Z on top. The tower is to stand on the table.", "My goal is a
configuration in which the cyan, purple and yellow blocks form a single tower. The order within the tower is
irrelevant.", "Relocate X so that it no longer rests on Y. Its destination is otherwise arbitrary, provided it is not
the bin.", "Of the blocks standing on the table (not in bowls), take the one nearest to W and deposit it in the bin."
and "Empty W into the bin, with the constraint that every other block remains exactly in its current position."; the
grandchild's "ok so grandma wants X gone, can you just drop it in the bin", "X is supposed to be over in the bottom
right corner, grandpa keeps asking about it", "grandpa wants all the blocks stacked up into one big tower, doesnt matter
what order they go in" and "can you move X to the top right corner but dont move Y, nan likes it where it is"; the
Arabic speaker's "Please take the blocks out from W, but not X, it stay there." and "Put X on Y, and W don't touch it,
keep it like now."; the impatient person's "X in W. Leave the rest alone. The rest stays."
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """Every check holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    check = _act(*checks)
    return None if check(w.state, w.state) else (text, check)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _c(name: str) -> str:
    """A block's or bowl's colour word: "red block" -> "red"."""
    return name.split()[0]


def _level(s: SymState, block: str) -> int:
    """1 for a block on the table or in a bowl, 2 for one on such a block, and so on."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can be put on `below` without breaking the tower limit and without an odd dependency."""
    s = w.state
    if top == below or top in _below(s, below) or s.base(below) == BIN:
        return False
    return _level(s, below) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _on_ground(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _tower(blocks: list[str]) -> Check:
    """The blocks form one tower in any order, standing on the table, a place or in a bowl."""
    members = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        sup = f.support
        inner = [b for b in blocks if sup[b] in members]
        bottoms = [b for b in blocks if sup[b] not in members]
        if len(bottoms) != 1 or len({sup[b] for b in inner}) != len(inner):
            return False
        return sup[bottoms[0]] in (*_GROUND, *f.bowls)

    return check


def _unique(w: World, target: str, pool: list[str], far: bool = False, margin: float = 0.04) -> str | None:
    """The block of `pool` nearest (or furthest from) `target`, when it is clearly so."""
    if len(pool) < 2:
        return None
    ranked = sorted(pool, key=lambda b: w.dist(b, target), reverse=far)
    d0, d1 = w.dist(ranked[0], target), w.dist(ranked[1], target)
    return ranked[0] if abs(d0 - d1) >= margin else None


def _where(w: World, block: str) -> str | None:
    sup = w.state.support[block]
    if sup == TABLE:
        return "table"
    if sup in w.bowls or (sup in w.state.support and w.state.base(sup) in _GROUND):
        return sup
    return None


# ----- imperative ----------------------------------------------------------------------------------------
def t252_imp_cashier(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blocks = [b for b in w.blocks if w.state.base(b) != bowl]
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    text = f"Hi there! Could you pop the {block} into the {bowl} for me, please? Thank you so much."
    return _made(w, text, rels(Rel("in", block, bowl)))


def t252_imp_arabic2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please put the {a} on top the {b}.", rels(Rel("on", a, b)))


def t252_imp_scientist4(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = (f"Construct a tower of three: the {a} at the bottom, the {b} directly on it, and the {c} "
            "on top. The tower is to stand on the table.")
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t252_imp_grandkid(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    text = f"ok so grandma wants the {block} gone, can you just drop it in the bin"
    return _made(w, text, binned([block]))


def t252_imp_impatient2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"{_c(top).capitalize()} block off the {below}. Onto the table. The table."
    return _made(w, text, rels(Rel("on_table", top)))


def t252_imp_plain33(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    return _made(w, f"Move the {block} to the {MIDDLE} of the table.", rels(Rel("at", block, MIDDLE)))


# ----- declarative -------------------------------------------------------------------------------------
def t252_dec_cashier(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    block = w.rng.choice(w.blocks)
    text = f"The {block} goes in the {bowl}, please. Thanks, love."
    return _made(w, text, rels(Rel("in", block, bowl)))


def t252_dec_arabic2(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    return _made(w, f"The {block} must to be in the bin, please.", binned([block]))


def t252_dec_scientist4(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Required final state: the {a} resting directly on the {b}."
    return _made(w, text, rels(Rel("on", a, b)))


def t252_dec_grandkid(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    corner = w.rng.choice(CORNERS)
    text = f"the {block} is supposed to be over in the {corner}, grandpa keeps asking about it"
    return _made(w, text, rels(Rel("at", block, corner)))


def t252_dec_impatient2(w: World) -> Made:
    blocks = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    bowl = w.state.support[block]
    text = f"{_c(block).capitalize()} block belongs on the table. On the table. Not in the {bowl}."
    return _made(w, text, rels(Rel("on_table", block)))


def t252_dec_plain33(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    a, b = w.pick(w.blocks, 2)
    new = [x for x in (a, b) if w.state.base(x) != bowl]
    if not _room(w, bowl, len(new)):
        return None
    text = f"The {a} and the {b} should both be in the {bowl}."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- desiderative ------------------------------------------------------------------------------------
def t252_des_cashier(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    text = f"I'd like the {block} in the bin, please, if it's no trouble at all."
    return _made(w, text, binned([block]))


def t252_des_arabic2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I want that the {a} is on the {b}. Thank you.", rels(Rel("on", a, b)))


def t252_des_scientist4(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    trio = w.pick(w.blocks, 3)
    a, b, c = (_c(x) for x in trio)
    text = (f"My goal is a configuration in which the {a}, {b} and {c} blocks form a single tower. "
            "The order within the tower is irrelevant.")
    return _made(w, text, _tower(trio))


def t252_des_grandkid(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    corner = w.rng.choice(CORNERS)
    text = f"my nan says she wants the {block} sitting in the {corner}, can you do that for her"
    return _made(w, text, rels(Rel("at", block, corner)))


def t252_des_impatient2(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    block = w.rng.choice(w.blocks)
    text = f"I want the {block} in the {bowl}. The {bowl}. Go."
    return _made(w, text, rels(Rel("in", block, bowl)))


def t252_des_plain33(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"I'd like the {bowl} emptied out. Just put whatever's in it on the table."
    return _made(w, text, empty(bowl), _on_ground(inside))


# ----- quantified --------------------------------------------------------------------------------------
def t252_qua_cashier(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"Would you mind emptying the {bowl} into the bin? All of it, thanks very much."
    return _made(w, text, binned(inside), empty(bowl))


def t252_qua_arabic2(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or any(w.state.in_bowl(b) for b in bowls) or len(w.blocks) < len(bowls):
        return None
    text = "Please put one block in each bowl. Which block is not important, any one is okay."
    return _made(w, text, *(count_in(b, 1) for b in bowls))


def t252_qua_scientist4(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) < 2]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Target state: exactly two blocks in the {bowl}, no more and no fewer. Which two is immaterial."
    return _made(w, text, count_in(bowl, 2))


def t252_qua_grandkid(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER:
        return None
    text = "grandpa wants all the blocks stacked up into one big tower, doesnt matter what order they go in"
    return _made(w, text, _tower(blocks))


def t252_qua_impatient2(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = "All blocks out of the bowls. All of them. On the table."
    return _made(w, text, _on_ground(inside))


def t252_qua_plain33(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose or len(loose) > 4:
        return None
    text = "Put every block that's sitting on the table into the bin. Leave the ones in the bowls where they are."
    return _made(w, text, binned(loose), kept(*w.state.in_bowls()))


# ----- negated -----------------------------------------------------------------------------------------
def t252_neg_cashier(w: World) -> Made:
    keep = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != keep]
    if len(rest) > 5:
        return None
    text = f"Could you put all the blocks in the bin except the {keep}, please? Cheers."
    return _made(w, text, binned(rest), none_binned([keep]))


def t252_neg_arabic2(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    stay = [b for b in inside if w.state.support[b] == bowl]
    if not stay:
        return None
    keep = w.rng.choice(stay)
    out = [b for b in inside if b != keep]
    text = f"Please take the blocks out from the {bowl}, but not the {keep}, it stay there."
    return _made(w, text, kept(keep), lambda _i, f: all(f.base(b) != bowl for b in out))


def t252_neg_scientist4(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"Relocate the {top} so that it no longer rests on the {below}. Its destination is otherwise "
            "arbitrary, provided it is not the bin.")
    return _made(w, text, rels(Rel("on", top, below, negated=True)), none_binned([top]))


def t252_neg_grandkid(w: World) -> Made:
    inside = w.state.in_bowls()
    rest = [b for b in w.blocks if b not in inside]
    if not inside or not rest or len(rest) > 5:
        return None
    text = "put every block in the bin apart from the ones in the bowls, those ones stay put"
    return _made(w, text, binned(rest), kept(*inside))


def t252_neg_impatient2(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    text = f"{_c(a).capitalize()} block in the bin. Not the {_c(b)} one. The {_c(a).upper()} one."
    return _made(w, text, binned([a]), none_binned([b]))


def t252_neg_plain33(w: World) -> Made:
    bases = [s for _t, s in w.pairs()]
    if not bases:
        return None
    block = w.rng.choice(bases)
    above = w.state.above(block)
    text = f"Take everything off the {block}, but don't put any of it in the bin."
    return _made(w, text, rels(Rel("clear", block)), none_binned(above))


# ----- relative ----------------------------------------------------------------------------------------
def t252_rel_cashier(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles or len(w.bowls) < 2:
        return None
    src = w.rng.choice(singles)
    dests = [b for b in w.bowls if b != src and _room(w, b)]
    if not dests:
        return None
    dest = w.rng.choice(dests)
    block = w.state.in_bowl(src)[0]
    text = f"Could you take the block that's in the {src} and move it over to the {dest}, please?"
    return _made(w, text, rels(Rel("in", block, dest)))


def t252_rel_arabic2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if _room(w, b) and w.state.base(below) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Please take the block what is under the {top} and put it in the {bowl}."
    return _made(w, text, rels(Rel("in", below, bowl)))


def t252_rel_scientist4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pool = [b for b in w.blocks if w.state.base(b) in _GROUND]
    block = _unique(w, bowl, pool)
    if block is None:
        return None
    text = (f"Of the blocks standing on the table (not in bowls), take the one nearest to the {bowl} "
            "and deposit it in the bin.")
    return _made(w, text, binned([block]))


def t252_rel_grandkid(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] == TABLE and w.state.above(b)]
    if not bottoms:
        return None
    bottom = w.rng.choice(bottoms)
    top = w.state.above(bottom)[0]
    corner = w.rng.choice(CORNERS)
    text = (f"see the stack with the {bottom} at the bottom? take the block off the very top of it "
            f"and put it in the {corner}")
    return _made(w, text, rels(Rel("at", top, corner)))


def t252_rel_impatient2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Block on the {below}. Into the bin. The one ON the {below}."
    return _made(w, text, binned([top]))


def t252_rel_plain33(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    block = _unique(w, bowl, w.blocks, far=True)
    if block is None:
        return None
    text = f"Put the block that's furthest away from the {bowl} into it."
    return _made(w, text, rels(Rel("in", block, bowl)))


# ----- keep --------------------------------------------------------------------------------------------
def t252_keep_cashier(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    move, stay = w.pick(w.blocks, 2)
    if stay in w.state.above(move):
        return None
    text = f"Could you put the {move} in the bin, but please leave the {stay} just where it is? Thank you."
    return _made(w, text, binned([move]), kept(stay))


def t252_keep_arabic2(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if a not in inside and b not in inside and _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Put the {a} on the {b}, and the {bowl} don't touch it, keep it like now."
    return _made(w, text, rels(Rel("on", a, b)), kept(*inside),
                 lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(inside))


def t252_keep_scientist4(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    text = (f"Empty the {bowl} into the bin, with the constraint that every other block remains exactly "
            "in its current position.")
    return _made(w, text, binned(inside), kept(*rest))


def t252_keep_grandkid(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    move, stay = w.pick(w.blocks, 2)
    if stay in w.state.above(move):
        return None
    corner = w.rng.choice(CORNERS)
    text = f"can you move the {move} to the {corner} but dont move the {stay}, nan likes it where it is"
    return _made(w, text, rels(Rel("at", move, corner)), kept(stay))


def t252_keep_impatient2(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blocks = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    rest = [b for b in w.blocks if b != block]
    text = f"{_c(block).capitalize()} block in the {bowl}. Leave the rest alone. The rest stays."
    return _made(w, text, rels(Rel("in", block, bowl)), kept(*rest))


def t252_keep_plain33(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if a not in inside and b not in inside and _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Stack the {a} on the {b}, and keep everything in the {bowl} where it is."
    return _made(w, text, rels(Rel("on", a, b)), kept(*inside))


# ----- multi-step --------------------------------------------------------------------------------------
def t252_multi_cashier(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    red = w.rng.choice(w.blocks)
    pairs = [(a, b) for a in w.blocks for b in w.blocks if red not in (a, b) and _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"First could you put the {red} in the bin, and then the {a} on the {b}? "
            "Thanks so much, have a lovely day.")
    return _made(w, text, binned([red]), rels(Rel("on", a, b)))


def t252_multi_arabic2(w: World) -> Made:
    blocks = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not blocks or len(w.blocks) < 2:
        return None
    low = w.rng.choice(blocks)
    bowl = w.state.support[low]
    top = w.rng.choice([b for b in w.blocks if b != low])
    text = (f"First take the {low} out from the {bowl} and put on the table, after that put the {top} "
            "on it please.")
    return _made(w, text, rels(Rel("on_table", low), Rel("on", top, low)))


def t252_multi_scientist4(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    where = f"the {place}" if place != MIDDLE else f"the {MIDDLE} of the table"
    text = f"Step one: place the {a} at {where}. Step two: place the {b} directly on the {a}."
    return _made(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


def t252_multi_grandkid(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(outside) < 2:
        return None
    a, b = w.pick(outside, 2)
    text = f"ok first put the {a} in the {bowl} and after that put the {b} in there too"
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t252_multi_impatient2(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    blocks = [b for b in w.clear_blocks() if b not in inside]
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    text = f"Empty the {bowl} onto the table. Then {_c(block)} block into the {bowl}. Then done."
    return _made(w, text, _on_ground(inside), lambda _i, f: f.in_bowl(bowl) == [block])


def t252_multi_plain33(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Take the {top} off the {below}, then put the {below} in the bin."
    return _made(w, text, binned([below]), none_binned([top]))


# ----- questions ---------------------------------------------------------------------------------------
def t252_q_cashier(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    return _ask(f"Excuse me, how many blocks are in the {bowl} at the moment?", str(n))


def t252_q_arabic2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
        return _ask(f"The {top} is on the {below}, yes or no?", "Yes")
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    if w.state.support[a] != b and (a in w.state.above(b) or b in w.state.above(a)):
        return None  # same tower but not directly on it: "on" might be read loosely
    return _ask(f"The {a} is on the {b}, yes or no?", yes(w.state.support[a] == b))


def t252_q_scientist4(w: World) -> Made:
    pairs = w.pairs()
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not pairs or not bowls:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    text = (f"Two queries. First, which block rests directly on the {below}? Second, how many blocks "
            f"does the {bowl} contain?")
    return _ask(text, f"{top}|{n}")


def t252_q_grandkid(w: World) -> Made:
    options = [(b, _where(w, b)) for b in w.blocks]
    options = [(b, p) for b, p in options if p is not None]
    if not options:
        return None
    block, where = w.rng.choice(options)
    return _ask(f"grandma wants to know where the {block} is", where)


def t252_q_impatient2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    text = f"Is the {bowl} empty. Yes or no. Quick."
    return _ask(text, yes(not w.state.in_bowl(bowl)))


def t252_q_plain33(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    block = w.rng.choice([b for b in w.blocks if w.state.base(b) != BIN])
    first = "|".join(inside) if inside else "nothing"
    second = "yes" if w.state.on_top(block) else "no"
    text = f"Which blocks are in the {bowl}? And is there anything on top of the {block}?"
    return _ask(text, f"{first}|{second}")


# ----- matching ----------------------------------------------------------------------------------------
def t252_match_cashier(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Could you put each block into the bowl that's the same colour as it, please? Lovely, thanks."
    return _made(w, text, rels(*want))


def t252_match_arabic2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rel = w.rng.choice(want)
    text = f"Please put the {rel.block} in the bowl which have the same colour like it."
    return _made(w, text, rels(rel))


def t252_match_scientist4(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want]
    rest = [b for b in w.blocks if b not in movers]
    if any(m in _below(w.state, b) for b in rest for m in movers):
        return None  # a non-matching block would have to move
    text = ("Desired end state: every block whose colour matches a bowl resides in that bowl; all other "
            "blocks remain where they are.")
    return _made(w, text, rels(*want), kept(*rest))


def t252_match_grandkid(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want]
    rest = [b for b in w.blocks if b not in movers]
    if not rest or len(rest) > 5:
        return None
    text = ("put the blocks that match a bowl's colour into that bowl, and the ones that dont match any "
            "bowl can go in the bin")
    return _made(w, text, rels(*want), binned(rest))


def t252_match_impatient2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Blocks into the bowls of the same colour. Same colour. Now.", rels(*want))


def t252_match_plain33(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    want = matching(w)
    if not want:
        return None
    rel = w.rng.choice(want)
    dests = [b for b in w.bowls if b != rel.target and _room(w, b)]
    if not dests:
        return None
    dest = w.rng.choice(dests)
    text = f"Put the block that's the same colour as the {rel.target} into the {dest}."
    return _made(w, text, rels(Rel("in", rel.block, dest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("cashier", "arabic2", "scientist4", "grandkid", "impatient2", "plain33")
FRESH252: list[Template] = [
    (f"t252_{short}_{style}", category, globals()[f"t252_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
