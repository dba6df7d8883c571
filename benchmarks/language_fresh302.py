"""`FRESH302`, the three-hundred-and-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six kinds of people write them:
- farmer2: a farmer, plain-spoken: "Put that red block in the bin but leave the blue block where it is."
- portuguese3: a Portuguese speaker writing English with small slips: "The green block must to be on the red block."
- manager2: an office manager, formal and brisk: "Place exactly two blocks in the blue bowl."
- teen2: a teenager, lowercase and slangy: "yo chuck the red block in the bin"
- auntie2: an auntie, chatty and warm: "What's sitting on top of the blue block, dear?"
- plain83: a plain, ordinary adult with no quirks: "Put any three of the blocks in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5fafd4a, the code of 5fafd4a, before anything it could prompt): 0.9333
goal-correct (280 of 300), 10 refused, 5 questions, no wrong action, 5 wrong replies. The wrong replies: a teenager's
'how many blocks r there altogether n is X in a bowl' was read as one question. The refusals and questions: an auntie's
'I'd love it if W was all cleared out, pet, just pop whatever's in it into the bin.', 'Could you put X somewhere other
than W, dear? Anywhere on the table is fine.' (where) and 'Would you put X in the bowl that matches it, and Y in the one
that matches it too, love?'.
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

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _empty_hand(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper ends empty."""
    return both(*checks, _empty_hand)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(name: str) -> str:
    """The colour word of an object's name ("red block" -> "red")."""
    return name.split()[0]


def _depth(w: World, block: str) -> int:
    """How high `block` sits in its tower (1: on the table or a bowl floor)."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _bottom(w: World, block: str) -> str:
    """The lowest block of the tower holding `block`."""
    b = block
    while w.state.support[b] in w.state.support:
        b = w.state.support[b]
    return b


def _room(w: World, bowl: str, blocks: list[str]) -> bool:
    """Whether `bowl` can hold `blocks` on top of what it holds now."""
    have = w.state.in_bowl(bowl)
    return len(set(have) | set(blocks)) <= layout.BOWL_CAPACITY


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can go straight onto `below` (different towers, height and bowl room allow it)."""
    if top == below or _bottom(w, top) == _bottom(w, below) or _depth(w, below) >= layout.MAX_TOWER:
        return False
    base = w.state.base(below)
    return base not in w.state.bowls or _room(w, base, [top])


def _on_table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _into(bowl: str, *blocks: str) -> Check:
    return rels(*(Rel("in", b, bowl) for b in blocks))


def _not_in(bowl: str, *blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) != bowl for b in blocks)


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower (any order), standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        if any(b not in f.support for b in blocks):
            return False
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.support[bottoms[0]] in f.support or f.base(bottoms[0]) in (BIN, "gripper"):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _stacked(order: list[str]) -> Check:
    """A tower of `order`, bottom first, the bottom standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        if f.support.get(order[0]) in f.support or f.base(order[0]) in (BIN, "gripper"):
            return False
        return all(f.support.get(top) == below for below, top in zip(order, order[1:]))

    return check


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _unique_extreme(w: World, ref: str, blocks: list[str], far: bool) -> str | None:
    """The block nearest (or farthest from) `ref`, when it is clearly so (by 3 cm)."""
    if len(blocks) < 2:
        return None
    ranked = sorted(blocks, key=lambda b: w.dist(b, ref), reverse=far)
    gap = abs(w.dist(ranked[0], ref) - w.dist(ranked[1], ref))
    return ranked[0] if gap >= 0.03 else None


def _place_text(place: str) -> str:
    return "the middle of the table" if place == _MIDDLE else f"the {place}"


def _matchable(w: World) -> list[Rel]:
    """The colour-matching relations, when the bowls have room for the blocks that still need to go in."""
    want = matching(w)
    for bowl in w.bowls:
        going = [r.block for r in want if r.target == bowl]
        if going and not _room(w, bowl, going):
            return []
    return want


# ----- imperative -----------------------------------------------------------------------------------
def t302_imp_farmer2(w: World) -> Made:
    options = [(b, o) for b in w.blocks for o in w.bowls if w.state.base(b) != o and _room(w, o, [b])]
    if not options:
        return None
    b, o = w.rng.choice(options)
    return _made(w, f"Put that {b} in the {o}.", _act(_into(o, b)))


def t302_imp_portuguese3(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please, you can put the {a} on top of the {b}?", _act(rels(Rel("on", a, b))))


def t302_imp_manager2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {b} to the {place}.", _act(rels(Rel("at", b, place))))


def t302_imp_teen2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"yo chuck the {b} in the bin", _act(binned([b])))


def t302_imp_auntie2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    text = f"Oh sweetheart, could you take the {b} out of the {o} and set it down on the table for me?"
    return _made(w, text, _act(_on_table(b)))


def t302_imp_plain83(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = (f"Build a tower with the {_c(a)} block on the bottom, then the {_c(b)} block, "
            f"then the {_c(c)} block on top.")
    return _made(w, text, _act(_stacked([a, b, c])))


# ----- declarative ----------------------------------------------------------------------------------
def t302_dec_farmer2(w: World) -> Made:
    options = [(b, o) for b in w.blocks for o in w.bowls if w.state.base(b) != o and _room(w, o, [b])]
    if not options:
        return None
    b, o = w.rng.choice(options)
    return _made(w, f"The {b} goes in the {o}.", _act(_into(o, b)))


def t302_dec_portuguese3(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} must to be on the {b}.", _act(rels(Rel("on", a, b))))


def t302_dec_manager2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"The {b} should be in the bin by the end of this.", _act(binned([b])))


def t302_dec_teen2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    return _made(w, f"the {b} needs to be in {_place_text(place)}", _act(rels(Rel("at", b, place))))


def t302_dec_auntie2(w: World) -> Made:
    options = [(b, o) for b in w.blocks for o in w.bowls if w.state.base(b) != o and _room(w, o, [b])]
    if not options:
        return None
    b, o = w.rng.choice(options)
    text = f"Now dear, the {b} belongs in the {o}, that's where it lives."
    return _made(w, text, _act(_into(o, b)))


def t302_dec_plain83(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} should be sitting on top of the {b}.", _act(rels(Rel("on", a, b))))


# ----- desiderative ---------------------------------------------------------------------------------
def t302_des_farmer2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"I want the {a} and the {b} both in the bin.", _act(binned([a, b])))


def t302_des_portuguese3(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    text = f"I would like that the {b} is in the middle of the table."
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE))))


def t302_des_manager2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = f"My goal is a single tower of the {a}, the {b} and the {c}, in any order."
    return _made(w, text, _act(_one_tower([a, b, c])))


def t302_des_teen2(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"i want the {a} on top of the {_c(b)} one lol", _act(rels(Rel("on", a, b))))


def t302_des_auntie2(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    text = f"I'd love it if the {o} was all cleared out, pet, just pop whatever's in it into the bin."
    return _made(w, text, _act(binned(w.state.in_bowl(o))))


def t302_des_plain83(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    return _made(w, f"I'd like the {b} out of the {o} and on the table.", _act(_on_table(b)))


# ----- quantified -----------------------------------------------------------------------------------
def t302_qua_farmer2(w: World) -> Made:
    return _made(w, "Throw every block in the bin.", _act(binned(w.blocks)))


def t302_qua_portuguese3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Put each block that is in a bowl on the table, please.", _act(_on_table(*inside)))


def t302_qua_manager2(w: World) -> Made:
    free = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not free or len(w.blocks) < 2:
        return None
    o = w.rng.choice(free)
    return _made(w, f"Place exactly two blocks in the {o}.", _act(count_in(o, 2)))


def t302_qua_teen2(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    check = _act(*(count_in(o, 1) for o in w.bowls))
    return _made(w, "make it so every bowl has exactly one block in it", check)


def t302_qua_auntie2(w: World) -> Made:
    loose = w.state.on_the_table()
    if not 2 <= len(loose) <= layout.MAX_TOWER:
        return None
    text = "Could you stack all the blocks that are on the table into one tower for me, love?"
    return _made(w, text, _act(_one_tower(loose)))


def t302_qua_plain83(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Put any three of the blocks in the bin.", _act(_bin_count(3)))


# ----- negated --------------------------------------------------------------------------------------
def t302_neg_farmer2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    rest = [x for x in w.blocks if x != b]
    text = f"Put all the blocks in the bin except the {_c(b)} one."
    return _made(w, text, _act(binned(rest), none_binned([b])))


def t302_neg_portuguese3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    text = f"Take out the {b} of the {o}, but don't put it in the bin."
    return _made(w, text, _act(_not_in(o, b), none_binned([b])))


def t302_neg_manager2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    for o in w.rng.sample(w.bowls, len(w.bowls)):
        outside = [b for b in w.blocks if w.state.base(b) != o]
        if len(outside) < 2:
            continue
        a, b = w.rng.sample(outside, 2)
        rest = [x for x in w.blocks if x not in (a, b)]
        if len(rest) > layout.BOWL_CAPACITY:
            continue
        text = f"Put every block except the {a} and the {b} into the {o}."
        return _made(w, text, _act(_into(o, *rest), _not_in(o, a, b)))
    return None


def t302_neg_teen2(w: World) -> Made:
    loose = w.state.on_the_table()
    if len(loose) < 2:
        return None
    b = w.rng.choice(loose)
    rest = [x for x in loose if x != b]
    text = f"bin every block thats not in a bowl, except the {_c(b)} one"
    return _made(w, text, _act(binned(rest), none_binned([b, *w.in_bowls()])))


def t302_neg_auntie2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    o = w.state.base(b)
    text = f"Could you put the {b} somewhere other than the {o}, dear? Anywhere on the table is fine."
    on_table: Check = lambda _i, f: f.base(b) in (TABLE, *PLACES)
    return _made(w, text, _act(on_table))


def t302_neg_plain83(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    text = f"Don't leave any blocks in the {o}; move them onto the table."
    return _made(w, text, _act(_on_table(*w.state.in_bowl(o))))


# ----- relative -------------------------------------------------------------------------------------
def t302_rel_farmer2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Take the block that's sitting on the {below} and put it in the bin."
    return _made(w, text, _act(binned([top])))


def t302_rel_portuguese3(w: World) -> Made:
    free = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not free:
        return None
    o = w.rng.choice(free)
    b = _unique_extreme(w, o, w.blocks, far=False)
    if b is None:
        return None
    text = f"Put the block more near of the {o} inside the {o}."
    return _made(w, text, _act(_into(o, b)))


def t302_rel_manager2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    place = w.rng.choice(_CORNERS)
    text = f"Move the block underneath the {top} to the {place}."
    return _made(w, text, _act(rels(Rel("at", below, place))))


def t302_rel_teen2(w: World) -> Made:
    singles = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not singles:
        return None
    o = w.rng.choice(singles)
    b = w.state.in_bowl(o)[0]
    targets = [t for t in w.blocks if w.state.base(t) != o and _stackable(w, b, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    text = f"whatever block is in the {o}, put it on the {t}"
    return _made(w, text, _act(rels(Rel("on", b, t))))


def t302_rel_auntie2(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support and w.state.above(b)]
    if not bottoms:
        return None
    b = w.rng.choice(bottoms)
    top = w.state.above(b)[0]
    text = (f"See the stack with the {b} at the bottom? Be a love and put whichever block is on the very top of it "
            "into the bin.")
    return _made(w, text, _act(binned([top])))


def t302_rel_plain83(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    b = _unique_extreme(w, o, w.blocks, far=True)
    if b is None:
        return None
    text = f"Put the block that's farthest from the {o} in the middle of the table."
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE))))


# ----- keep -----------------------------------------------------------------------------------------
def t302_keep_farmer2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not others:
        return None
    k = w.rng.choice(others)
    text = f"Put that {b} in the bin but leave the {k} where it is."
    return _made(w, text, _act(binned([b]), kept(k)))


def t302_keep_portuguese3(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    w.rng.shuffle(pairs)
    for a, b in pairs:
        others = [x for x in w.blocks
                  if x not in (a, b) and x not in w.state.above(a) and x not in w.state.above(b)]
        if others:
            k = w.rng.choice(others)
            text = f"Put the {a} on the {b}, but the {k} please keep it in his place."
            return _made(w, text, _act(rels(Rel("on", a, b)), kept(k)))
    return None


def t302_keep_manager2(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    others = [b for b in w.blocks if w.state.base(b) != o]
    if not others:
        return None
    k = w.rng.choice(others)
    text = f"Empty the {o} into the bin. The {k} is to remain exactly where it is."
    return _made(w, text, _act(binned(w.state.in_bowl(o)), kept(k)))


def t302_keep_teen2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not others:
        return None
    k = w.rng.choice(others)
    text = f"put the {b} in the middle but dont move the {_c(k)} one"
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE)), kept(k)))


def t302_keep_auntie2(w: World) -> Made:
    grounded = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not grounded:
        return None
    k = w.rng.choice(grounded)
    rest = [x for x in w.blocks if x != k]
    text = (f"Could you put all the blocks in the bin, love, only keep the {k} right where it is, "
            "it's my favourite.")
    return _made(w, text, _act(binned(rest), kept(k)))


def t302_keep_plain83(w: World) -> Made:
    options = [(b, o) for b in w.blocks for o in w.bowls
               if w.state.is_clear(b) and w.state.base(b) != o and _room(w, o, [b])]
    if not options:
        return None
    b, o = w.rng.choice(options)
    rest = [x for x in w.blocks if x != b]
    text = f"Move the {b} into the {o} and leave everything else as it is."
    return _made(w, text, _act(_into(o, b), kept(*rest)))


# ----- multi-step -----------------------------------------------------------------------------------
def t302_multi_farmer2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    for _ in range(10):
        x, y, z = w.pick(w.blocks, 3)
        if _stackable(w, y, z) and _bottom(w, x) not in (_bottom(w, y), _bottom(w, z)):
            text = f"First put the {x} in the bin, then put the {y} on the {z}."
            return _made(w, text, _act(binned([x]), rels(Rel("on", y, z))))
    return None


def t302_multi_portuguese3(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"First you put the {a} in the middle, after you put the {b} on it."
    return _made(w, text, _act(rels(Rel("at", a, _MIDDLE), Rel("on", b, a))))


def t302_multi_manager2(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    outside = [b for b in w.blocks if w.state.base(b) != o]
    if not outside:
        return None
    b = w.rng.choice(outside)
    text = f"Step one: empty the {o} into the bin. Step two: place the {b} in the {o}."
    return _made(w, text, _act(binned(w.state.in_bowl(o)), _into(o, b)))


def t302_multi_teen2(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    for _ in range(10):
        a, b = w.pick(w.blocks, 2)
        o = w.rng.choice(w.bowls)
        if _room(w, o, [a, b]):
            text = f"stack {_c(a)} on {_c(b)} then move both of them to the {o}"
            return _made(w, text, _act(rels(Rel("on", a, b)), _into(o, a, b)))
    return None


def t302_multi_auntie2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"Right, love, first take the {top} off the {_c(below)} one and put it on the table, and after that "
            f"pop the {below} into the bin.")
    return _made(w, text, _act(_on_table(top), binned([below])))


def t302_multi_plain83(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    for _ in range(10):
        a, b = w.pick(w.blocks, 2)
        o = w.rng.choice(w.bowls)
        if _room(w, o, [a, b]):
            text = f"Move the {a} to the {o}, then put the {b} in the same bowl."
            return _made(w, text, _act(_into(o, a, b)))
    return None


# ----- question -------------------------------------------------------------------------------------
def t302_q_farmer2(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(o))
    return f"How many blocks are in the {o} right now?", answered(str(n))


def t302_q_portuguese3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"What is the colour of the block that is on the {below}?", answered(w.colour(top))


def t302_q_manager2(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        o = w.state.base(b)
    else:
        b, o = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = holds(Rel("in", b, o), w.state)
    return f"Please confirm whether the {b} is in the {o}.", answered(yes(flag))


def t302_q_teen2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    flag = w.state.base(b) in w.state.bowls
    text = f"how many blocks r there altogether n is the {_c(b)} one in a bowl"
    return text, answered(f"{len(w.blocks)}|{yes(flag).lower()}")


def t302_q_auntie2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        prefix = top
    else:
        clear = [b for b in w.blocks if w.state.is_clear(b)]
        below, prefix = w.rng.choice(clear), "nothing"
    return f"What's sitting on top of the {below}, dear?", answered(prefix)


def t302_q_plain83(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return f"Which bowl is the {b} in?", answered(w.state.base(b))


# ----- matching -------------------------------------------------------------------------------------
def t302_match_farmer2(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    return _made(w, "Put each block in the bowl that's the same colour as it.", _act(rels(*want)))


def t302_match_portuguese3(w: World) -> Made:
    options = [r for r in _matchable(w) if not holds(r, w.state)]
    if not options:
        return None
    r = w.rng.choice(options)
    return _made(w, f"Put the {r.block} inside the bowl of the same colour.", _act(rels(r)))


def t302_match_manager2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    text = "Sort the blocks into the bowls of matching colour; any block with no matching bowl goes in the bin."
    return _made(w, text, _act(rels(*want), binned(rest)))


def t302_match_teen2(w: World) -> Made:
    want = _matchable(w)
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    for r in want:
        if not holds(r, w.state) and any(x in rest for x in w.state.above(r.block)):
            return None
    text = "put the blocks in the bowls that match their colour n leave the others alone"
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t302_match_auntie2(w: World) -> Made:
    want = _matchable(w)
    if len(want) < 2:
        return None
    a, b = w.rng.sample(want, 2)
    text = (f"Would you put the {a.block} in the bowl that matches it, and the {b.block} in the one that "
            "matches it too, love?")
    return _made(w, text, _act(rels(a, b)))


def t302_match_plain83(w: World) -> Made:
    options = [o for o in w.bowls if any(w.colour(b) != w.colour(o) for b in w.state.in_bowl(o))]
    if not options:
        return None
    o = w.rng.choice(options)
    odd = [b for b in w.state.in_bowl(o) if w.colour(b) != w.colour(o)]
    same = [b for b in w.state.in_bowl(o) if w.colour(b) == w.colour(o)]
    text = f"Take the blocks that aren't {_c(o)} out of the {o} and put them on the table."
    return _made(w, text, _act(_on_table(*odd), _into(o, *same)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("farmer2", "portuguese3", "manager2", "teen2", "auntie2", "plain83")
FRESH302: list[Template] = [
    (f"t302_{short}_{style}", category, globals()[f"t302_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
