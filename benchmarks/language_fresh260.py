"""`FRESH260`, the two-hundred-and-sixty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own plain
words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table. Six personas, one style each:
- pharmacist: a careful, exact pharmacist, as if reading a prescription: "Please place the red block in the blue bowl.
  One block, into that bowl only."
- ukrainian: a Ukrainian speaker writing English with small slips: "Please, put the red block on the green block."
- comedian: a stand-up comedian with an aside now and then: "Throw the yellow block in the bin. It knows what it did."
- busyboss: a busy executive dictating between meetings: "Blue block. Top left corner. Now."
- kid12: an excited six-year-old with a few made-up spellings: "i want the pink block on the yellow block pleeease"
- plain41: a plain, ordinary adult: "Could you move the green block to the middle of the table?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on c460ed6, the code of b5d55d5, before anything it could prompt): 0.7667
goal-correct (230 of 300), 65 refused, no question, no wrong action and five wrong replies. The wrong replies: the
executive's "Blocks on the table, outside the bowls: how many? And is W empty?" answered only the second question. The
refusals: the six-year-old's "X goes on Y and Y goes on Z thats how it is", "put 3 blocks on top of each other to make a
big tower!!! any blocks u want", "take all the blocks out of the bowls but not X that one stays", "first put X in the
bin and then Y in the bin tooo" and "wat color is the bowl that X is in"; the comedian's "I'd like a little tower: X on
the bottom, Y on top. Two floors. Very modest. No elevator.", "Put one block in each bowl. Just one per bowl. They're
bowls, not a buffet.", "Empty W into the bin, but leave X alone. It's emotionally attached to that bowl and I'm not
getting involved.", "See the stack of blocks? Take the one at the very bottom and put it in the middle of the table.
Yes, the bottom one. I like to watch you work." and "Stack X on Y, but don't touch Z. Z is on its lunch break."; the
pharmacist's "Place exactly two blocks in W. Any two will do, but no more and no fewer than two."; the Ukrainian
speaker's "Please, make W empty, but X keep on its place." and "Put in W the block which has same colour like this
bowl."
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_TOP_LEFT, _TOP_RIGHT, _BOTTOM_LEFT, _BOTTOM_RIGHT, _MIDDLE = PLACES[:5]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _the(name: str) -> str:
    return f"the {name}"


def _under(s: SymState, b: str) -> list[str]:
    """Blocks below `b` in its tower, nearest first."""
    out: list[str] = []
    x = s.support[b]
    while x in s.support and x not in out:
        out.append(x)
        x = s.support[x]
    return out


def _level(s: SymState, b: str) -> int:
    return 1 + len(_under(s, b))


def _tower(s: SymState, b: str) -> set[str]:
    return {b, *_under(s, b), *s.above(b)}


def _loose(w: World) -> list[str]:
    """Blocks not in the bin (none is held at the start)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _single(w: World, b: str) -> bool:
    """A block standing alone: nothing on it and not on another block."""
    s = w.state
    return s.is_clear(b) and s.support[b] not in s.support


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` can go onto `below` without unbuilding `below`'s own tower from under it."""
    s = w.state
    return top != below and top not in _under(s, below) and _level(s, below) < layout.MAX_TOWER


def _room(w: World, bowl: str, blocks: list[str]) -> bool:
    """The bowl can take these blocks (those already in it take no new room)."""
    inside = w.state.in_bowl(bowl)
    return len(set(inside) | set(blocks)) <= layout.BOWL_CAPACITY


def _into(bowl: str, *blocks: str) -> Check:
    return rels(*(Rel("in", b, bowl) for b in blocks))


def _on_ground(*blocks: str) -> Check:
    """The block's tower stands on the table (a named place included)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower in any order, standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        s = f.support
        bottoms = [b for b in blocks if s[b] not in blocks]
        if len(bottoms) != 1 or (s[bottoms[0]] not in _GROUND and s[bottoms[0]] not in f.bowls):
            return False
        return all(sum(1 for c in blocks if s[c] == b) <= 1 for b in blocks)

    return check


def _unique_nearest(w: World, key: dict[str, float], margin: float = 0.04) -> str | None:
    """The block with the smallest key, when it stands alone and clearly beats every other block."""
    ranked = sorted(key, key=lambda b: key[b])
    if len(ranked) < 2 or not _single(w, ranked[0]) or key[ranked[1]] - key[ranked[0]] < margin:
        return None
    return ranked[0]


# ----- imperative ---------------------------------------------------------------------------------------
def t260_imp_pharmacist(w: World) -> Made:
    bowl = w.pick(w.bowls)
    blocks = [b for b in _loose(w) if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks:
        return None
    block = w.rng.choice(blocks)
    if not _room(w, bowl[0], [block]):
        return None
    text = f"Please place {_the(block)} in {_the(bowl[0])}. One block, into that bowl only."
    return _made(w, text, _act(_into(bowl[0], block)))


def t260_imp_ukrainian(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_stack(w, a, b) and b not in _under(w.state, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please, put {_the(a)} on {_the(b)}.", _act(rels(Rel("on", a, b))))


def t260_imp_comedian(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    text = f"Throw {_the(block[0])} in the bin. It knows what it did."
    return _made(w, text, _act(binned(block)))


def t260_imp_busyboss(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    name = block[0].split()[0].capitalize() + " block"
    return _made(w, f"{name}. Top left corner. Now.", _act(rels(Rel("at", block[0], _TOP_LEFT))))


def t260_imp_kid12(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    a, b, c = three
    text = f"can u make a tower with {_the(a)} and {_the(b)} and {_the(c)}!! pleeease"
    return _made(w, text, _act(_one_tower(three)))


def t260_imp_plain41(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    text = f"Could you move {_the(block[0])} to the middle of the table?"
    return _made(w, text, _act(rels(Rel("at", block[0], _MIDDLE))))


# ----- declarative --------------------------------------------------------------------------------------
def t260_dec_pharmacist(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_stack(w, a, b) and b not in _under(w.state, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"The {a} should rest directly on {_the(b)}."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t260_dec_ukrainian(w: World) -> Made:
    bowl = w.pick(w.bowls)
    two = w.pick(_loose(w), 2)
    if not bowl or not two or not _room(w, bowl[0], two):
        return None
    a, b = two
    text = f"{a.capitalize()} must be in {_the(bowl[0])}, and {b} also must be in {bowl[0]}."
    return _made(w, text, _act(_into(bowl[0], a, b)))


def t260_dec_comedian(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    colour = w.colour(block[0])
    text = f"The {block[0]} belongs in the bin. It has made its choices, and honestly, so have I. Sorry, {colour}."
    return _made(w, text, _act(binned(block)))


def t260_dec_busyboss(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    text = f"{a.split()[0].capitalize()} block: bottom right corner. {b.split()[0].capitalize()} block: on top of it."
    return _made(w, text, _act(rels(Rel("at", a, _BOTTOM_RIGHT), Rel("on", b, a))))


def t260_dec_kid12(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    r, b, g = three
    s = w.state
    if r in _under(s, b) or r in _under(s, g) or b in _under(s, g) or _level(s, g) > layout.MAX_TOWER - 2:
        return None
    text = f"{_the(r)} goes on {_the(b)} and {_the(b)} goes on {_the(g)} thats how it is"
    return _made(w, text, _act(rels(Rel("on", r, b), Rel("on", b, g))))


def t260_dec_plain41(w: World) -> Made:
    bowl = w.pick(w.bowls)
    block = w.pick(_loose(w))
    if not bowl or not block or not _room(w, bowl[0], block):
        return None
    text = f"The {block[0]} is supposed to be in {_the(bowl[0])}."
    return _made(w, text, _act(_into(bowl[0], block[0])))


# ----- desiderative -------------------------------------------------------------------------------------
def t260_des_pharmacist(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    text = f"I would like {_the(block[0])} moved to the top right corner of the table, please."
    return _made(w, text, _act(rels(Rel("at", block[0], _TOP_RIGHT))))


def t260_des_ukrainian(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"I want that all blocks from {_the(bowl)} are in the bin."
    return _made(w, text, _act(binned(w.state.in_bowl(bowl))))


def t260_des_comedian(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    top, bottom = two
    if top in _under(w.state, bottom):
        return None
    text = (f"I'd like a little tower: {_the(bottom)} on the bottom, {_the(top)} on top. Two floors. "
            "Very modest. No elevator.")
    base_ok: Check = lambda _i, f: f.support[bottom] in _GROUND or f.support[bottom] in f.bowls
    return _made(w, text, _act(rels(Rel("on", top, bottom), Rel("clear", top)), base_ok))


def t260_des_busyboss(w: World) -> Made:
    bowl = w.pick(w.bowls)
    two = w.pick(_loose(w), 2)
    if not bowl or not two:
        return None
    a, b = two
    if not _room(w, bowl[0], [a]) or b in _under(w.state, a):
        return None
    text = f"Want: {a} in {bowl[0]}, {b} in bin. Thanks."
    return _made(w, text, _act(_into(bowl[0], a), binned([b])))


def t260_des_kid12(w: World) -> Made:
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_stack(w, a, b) and b not in _under(w.state, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"i want {_the(a)} on {_the(b)} pleeease", _act(rels(Rel("on", a, b))))


def t260_des_plain41(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"My goal is to have {_the(bowl)} empty.", _act(empty(bowl)))


# ----- quantified ---------------------------------------------------------------------------------------
def t260_qua_pharmacist(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(_loose(w)) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Place exactly two blocks in {_the(bowl)}. Any two will do, but no more and no fewer than two."
    return _made(w, text, _act(count_in(bowl, 2)))


def t260_qua_ukrainian(w: World) -> Made:
    bowl = w.pick(w.bowls)
    on_table = w.state.on_the_table()
    if not bowl or not on_table or not _room(w, bowl[0], on_table):
        return None
    text = f"Put each block which is on the table into {_the(bowl[0])}."
    return _made(w, text, _act(_into(bowl[0], *on_table)))


def t260_qua_comedian(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(b) for b in w.bowls):
        return None
    text = "Put one block in each bowl. Just one per bowl. They're bowls, not a buffet."
    return _made(w, text, _act(*(count_in(b, 1) for b in w.bowls)))


def t260_qua_busyboss(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    return _made(w, "All bowls emptied into the bin. Every one of them.", _act(binned(inside)))


def t260_qua_kid12(w: World) -> Made:
    def tall(_i: SymState, f: SymState) -> bool:
        return any(_level(f, b) >= 3 and f.base(b) not in (BIN,) for b in f.blocks)

    text = "put 3 blocks on top of each other to make a big tower!!! any blocks u want"
    return _made(w, text, _act(tall))


def t260_qua_plain41(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = "Take every block out of the bowls and put them on the table."
    return _made(w, text, _act(_on_ground(*inside)))


# ----- negated ------------------------------------------------------------------------------------------
def t260_neg_pharmacist(w: World) -> Made:
    keep = w.pick(_loose(w))
    if not keep:
        return None
    others = [b for b in w.blocks if b != keep[0]]
    text = f"Move every block except {_the(keep[0])} into the bin."
    return _made(w, text, _act(binned(others), none_binned(keep)))


def t260_neg_ukrainian(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    outs = [b for b in _loose(w) if w.state.base(b) != bowl[0]]
    if not outs:
        return None
    skip = w.rng.choice(outs)
    others = [b for b in w.blocks if b != skip]
    if not _room(w, bowl[0], others):
        return None
    text = f"Please put all blocks in {_the(bowl[0])}, but not the {skip.split()[0]} one."
    return _made(w, text, _act(_into(bowl[0], *others), rels(Rel("in", skip, bowl[0], negated=True))))


def t260_neg_comedian(w: World) -> Made:
    s = w.state
    options = [(bowl, b) for bowl in w.bowls for b in s.in_bowl(bowl)
               if s.support[b] == bowl and len(s.in_bowl(bowl)) > 1]
    if not options:
        return None
    bowl, keep = w.rng.choice(options)
    others = [b for b in s.in_bowl(bowl) if b != keep]
    text = (f"Empty {_the(bowl)} into the bin, but leave {_the(keep)} alone. It's emotionally attached to that "
            "bowl and I'm not getting involved.")
    return _made(w, text, _act(binned(others), kept(keep)))


def t260_neg_busyboss(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    others = [x for x in w.blocks if x not in two]
    if not others:
        return None
    text = f"Bin everything except the {a} and the {b}."
    return _made(w, text, _act(binned(others), none_binned(two)))


def t260_neg_kid12(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    keeps = [b for b in inside if s.support[b] in s.bowls]
    if not keeps or len(inside) < 2:
        return None
    keep = w.rng.choice(keeps)
    others = [b for b in inside if b != keep]
    text = f"take all the blocks out of the bowls but not {_the(keep)} that one stays"
    out: Check = lambda _i, f: all(f.base(b) not in f.bowls for b in others)
    return _made(w, text, _act(out, kept(keep)))


def t260_neg_plain41(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Make sure {_the(top)} isn't sitting on {_the(below)} anymore."
    return _made(w, text, _act(rels(Rel("on", top, below, negated=True))))


# ----- relative -----------------------------------------------------------------------------------------
def t260_rel_pharmacist(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Take the block that is resting on {_the(below)} and place it in the bin."
    return _made(w, text, _act(binned([top])))


def t260_rel_ukrainian(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    near = _unique_nearest(w, {b: w.dist(b, bowl) for b in _loose(w)})
    if near is None:
        return None
    text = f"Put the block which is most near to {_the(bowl)} into this bowl."
    return _made(w, text, _act(_into(bowl, near)))


def t260_rel_comedian(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _loose(w) if s.support[b] not in s.support and not s.is_clear(b)]
    if len(bottoms) != 1:
        return None
    bottom = bottoms[0]
    text = ("See the stack of blocks? Take the one at the very bottom and put it in the middle of the table. "
            "Yes, the bottom one. I like to watch you work.")
    return _made(w, text, _act(rels(Rel("at", bottom, _MIDDLE))))


def t260_rel_busyboss(w: World) -> Made:
    left = _unique_nearest(w, {b: w.y(b) for b in _loose(w)})
    if left is None:
        return None
    return _made(w, "Leftmost block to the bin.", _act(binned([left])))


def t260_rel_kid12(w: World) -> Made:
    options = [(t, b, bowl) for t, b in w.pairs() for bowl in w.bowls
               if w.state.base(b) not in (BIN, bowl) and _room(w, bowl, [b])]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    text = f"take the block thats under {_the(top)} and put it in {_the(bowl)}"
    return _made(w, text, _act(_into(bowl, below)))


def t260_rel_plain41(w: World) -> Made:
    targets = [b for b in _loose(w) if _single(w, b) and w.state.support[b] in _GROUND]
    if not targets:
        return None
    target = w.rng.choice(targets)
    near = _unique_nearest(w, {b: w.dist(b, target) for b in _loose(w) if b != target})
    if near is None:
        return None
    text = f"Put whichever block is closest to {_the(target)} on top of {_the(target)}."
    return _made(w, text, _act(rels(Rel("on", near, target))))


# ----- keep ---------------------------------------------------------------------------------------------
def t260_keep_pharmacist(w: World) -> Made:
    bowl = w.pick(w.bowls)
    two = w.pick(_loose(w), 2)
    if not bowl or not two:
        return None
    block, stay = two
    if stay in w.state.above(block) or not _room(w, bowl[0], [block]):
        return None
    text = f"Move {_the(block)} into {_the(bowl[0])}. The {stay} must remain exactly where it is."
    return _made(w, text, _act(_into(bowl[0], block), kept(stay)))


def t260_keep_ukrainian(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    stays = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not stays:
        return None
    stay = w.rng.choice(stays)
    text = f"Please, make {_the(bowl)} empty, but {stay} keep on its place."
    return _made(w, text, _act(empty(bowl), kept(stay)))


def t260_keep_comedian(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    a, b, stay = three
    s = w.state
    if not _can_stack(w, a, b) or b in _under(s, a) or stay in s.above(a) or stay in s.above(b):
        return None
    text = (f"Stack {_the(a)} on {_the(b)}, but don't touch {_the(stay)}. "
            f"The {stay} is on its lunch break.")
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(stay)))


def t260_keep_busyboss(w: World) -> Made:
    blocks = [b for b in _loose(w) if w.state.is_clear(b)]
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    others = [b for b in w.blocks if b != block]
    name = block.split()[0].capitalize() + " block"
    text = f"{name} to the top right corner. Don't move anything else."
    return _made(w, text, _act(rels(Rel("at", block, _TOP_RIGHT)), kept(*others)))


def t260_keep_kid12(w: World) -> Made:
    bowl = w.pick(w.bowls)
    two = w.pick(_loose(w), 2)
    if not bowl or not two:
        return None
    block, stay = two
    if stay in w.state.above(block) or not _room(w, bowl[0], [block]):
        return None
    text = f"put {_the(block)} in {_the(bowl[0])} but leave {_the(stay)} were it is ok"
    return _made(w, text, _act(_into(bowl[0], block), kept(stay)))


def t260_keep_plain41(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    block, stay = two
    if stay in w.state.above(block):
        return None
    text = f"Could you put {_the(block)} in the bin without moving {_the(stay)}?"
    return _made(w, text, _act(binned([block]), kept(stay)))


# ----- multi-step ---------------------------------------------------------------------------------------
def t260_multi_pharmacist(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    gone, a, b = three
    s = w.state
    if _tower(s, gone) & {a, b} or not _can_stack(w, a, b) or b in _under(s, a):
        return None
    text = (f"First, place {_the(gone)} in the bin. Second, place {_the(a)} on {_the(b)}.")
    return _made(w, text, _act(binned([gone]), rels(Rel("on", a, b))))


def t260_multi_ukrainian(w: World) -> Made:
    options = [(b, bowl) for bowl in w.bowls for b in w.state.in_bowl(bowl)]
    if not options:
        return None
    block, bowl = w.rng.choice(options)
    text = f"At first take {_the(block)} out from {_the(bowl)}, then put it on the table."
    return _made(w, text, _act(_on_ground(block)))


def t260_multi_comedian(w: World) -> Made:
    bowl = w.pick(w.bowls)
    two = w.pick(_loose(w), 2)
    if not bowl or not two or not _room(w, bowl[0], two):
        return None
    a, b = two
    text = (f"Okay, step one: {_the(a)} goes in {_the(bowl[0])}. Step two: {_the(b)} goes in there too. "
            "Step three: applause.")
    return _made(w, text, _act(_into(bowl[0], a, b)))


def t260_multi_busyboss(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outs = [b for b in _loose(w) if w.state.base(b) != bowl]
    two = w.pick(outs, 2)
    if not two:
        return None
    a, b = two
    if not _can_stack(w, a, b) or b in _under(w.state, a):
        return None
    text = f"First clear {_the(bowl)} into the bin. Then {a} on {b}. Go."
    return _made(w, text, _act(binned(w.state.in_bowl(bowl)), rels(Rel("on", a, b))))


def t260_multi_kid12(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    text = f"first put {_the(a)} in the bin and then {_the(b)} in the bin tooo"
    return _made(w, text, _act(binned(two)))


def t260_multi_plain41(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    text = f"Move {_the(a)} to the bottom left corner, and after that put {_the(b)} on top of it."
    return _made(w, text, _act(rels(Rel("at", a, _BOTTOM_LEFT), Rel("on", b, a))))


# ----- questions ----------------------------------------------------------------------------------------
def t260_q_pharmacist(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    n = len(w.state.in_bowl(bowl[0]))
    return f"How many blocks are currently in {_the(bowl[0])}? Please give me the exact count.", answered(str(n))


def t260_q_ukrainian(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
    else:
        two = w.pick(_loose(w), 2)
        if not two:
            return None
        top, below = two
    flag = holds(Rel("on", top, below), w.state)
    return f"Tell me please, is {_the(top)} on {_the(below)}?", answered(yes(flag))


def t260_q_comedian(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    ups = w.state.on_top(block[0])
    answer = ups[0] if ups else "nothing"
    return f"What's sitting on top of {_the(block[0])}? Asking for a friend. The friend is me.", answered(answer)


def t260_q_busyboss(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    n = w.state.count_at(TABLE)
    flag = not w.state.in_bowl(bowl[0])
    text = f"Blocks on the table, outside the bowls: how many? And is the {bowl[0]} empty?"
    return text, answered(f"{n}|{yes(flag).lower()}")


def t260_q_kid12(w: World) -> Made:
    s = w.state
    options = [b for b in _loose(w) if s.base(b) in s.bowls and w.colour(s.base(b)) != w.colour(b)]
    if not options:
        return None
    block = w.rng.choice(options)
    return f"wat color is the bowl that {_the(block)} is in", answered(w.colour(s.base(block)))


def t260_q_plain41(w: World) -> Made:
    s = w.state
    options = [b for b in _loose(w) if s.support[b] in s.bowls
               or (s.support[b] in s.support and s.base(b) in _GROUND)]
    if not options:
        return None
    block = w.rng.choice(options)
    return f"Where's {_the(block)} right now?", answered(s.support[block])


# ----- matching -----------------------------------------------------------------------------------------
def _all_matched(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or all(holds(r, w.state) for r in want):
        return None
    if not all(_room(w, r.target, [r.block]) for r in want):
        return None
    return want


def t260_match_pharmacist(w: World) -> Made:
    want = _all_matched(w)
    if want is None:
        return None
    text = "Place each block in the bowl of its own colour, wherever such a bowl exists."
    return _made(w, text, _act(rels(*want)))


def t260_match_ukrainian(w: World) -> Made:
    options = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target, [r.block])]
    if not options:
        return None
    r = w.rng.choice(options)
    text = f"Put in {_the(r.target)} the block which has same colour like this bowl."
    return _made(w, text, _act(rels(r)))


def t260_match_comedian(w: World) -> Made:
    want = _all_matched(w)
    if want is None:
        return None
    s = w.state
    matched = {r.block for r in want}
    movers = [r.block for r in want if not holds(r, s)]
    others = [b for b in w.blocks if b not in matched]
    if any(o in s.above(m) for o in others for m in movers):
        return None
    text = ("Colour coordination time: every block that has a bowl in its colour goes in that bowl. "
            "The rest stay exactly where they are. They're unmatched, like me.")
    return _made(w, text, _act(rels(*want), kept(*others)))


def t260_match_busyboss(w: World) -> Made:
    want = _all_matched(w)
    if want is None:
        return None
    matched = {r.block for r in want}
    others = [b for b in w.blocks if b not in matched]
    if not others:
        return None
    return _made(w, "Match blocks to bowls by colour. Leftovers to the bin.", _act(rels(*want), binned(others)))


def t260_match_kid12(w: World) -> Made:
    want = _all_matched(w)
    if want is None:
        return None
    return _made(w, "put the blocks in the bowls that are the same color as them!!", _act(rels(*want)))


def t260_match_plain41(w: World) -> Made:
    options = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target, [r.block])]
    if not options:
        return None
    r = w.rng.choice(options)
    text = f"Find the bowl that's the same colour as {_the(r.block)} and put {_the(r.block)} in it."
    return _made(w, text, _act(rels(r)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pharmacist", "ukrainian", "comedian", "busyboss", "kid12", "plain41")
FRESH260: list[Template] = [
    (f"t260_{short}_{style}", category, globals()[f"t260_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
