"""`FRESH299`, the three-hundredth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six personas, one style each:
- cleaner: an office cleaner, friendly and practical: "Could you pop the red block in the blue bowl for me, love?"
- chinese3: a Chinese speaker writing English with small slips: "I want the blue block is on the green block."
- engineer3: an engineer, exact and numbered: "Step 1: move the red block to the top left corner. Step 2: ..."
- tween: a twelve-year-old, chatty, lots of 'like': "ok can u like throw the yellow block in the bin"
- grandpa4: a grandpa, slow and courteous: "Could you tell me where the green block is, please?"
- plain80: a plain, ordinary adult with no quirks: "Put the green block on top of the yellow one."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 5fafd4a, the code of 5fafd4a, before anything it could prompt): 0.92
goal-correct (276 of 300), 17 refused, 6 questions, 1 wrong action. The wrong action: an engineer's 'Move the block
nearest to W onto X.' moved the wrong block. The refusals and questions: a cleaner's 'I'd like X in the bin please, it's
just in the way there.' (where), a tween's 'i want like a tower with X Y and Z, any order is fine' and 'put everything
in the bin except like X and Y', an engineer's 'the block nearest to W' (twice refused, once which block), a plain
adult's 'Empty W but keep X in it.'.
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

_CAP = layout.BOWL_CAPACITY
_BIN_ROOM = len(layout.BIN_SLOTS)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, moving: list[str]) -> bool:
    """Whether `bowl` can hold what it holds now (less `moving`) and `moving` as well."""
    staying = [b for b in w.state.in_bowl(bowl) if b not in moving]
    return len(staying) + len(moving) <= _CAP


def _bin_room(w: World, moving: list[str]) -> bool:
    there = [b for b in w.blocks if w.state.base(b) == BIN and b not in moving]
    return len(there) + len(moving) <= _BIN_ROOM


def _depth(s: SymState, block: str) -> int:
    """How high `block` sits in its tower (1 for a block resting on the table, a place or a bowl)."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(w: World, top: str, below: str) -> bool:
    """Whether `top` can be put on `below` without reshaping the tower beneath `below`."""
    s = w.state
    return top != below and below not in s.above(top) and _depth(s, below) + 1 <= layout.MAX_TOWER


def _bottom(s: SymState, block: str) -> str:
    cur = block
    while s.support[cur] in s.support:
        cur = s.support[cur]
    return cur


def _direct_on_table(block: str) -> Check:
    return rels(Rel("on_table", block))


def _place_text(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _to_bin(w: World, block: str) -> float:
    x, y = _pos(w, block)
    return ((x - layout.BIN_CENTER[0]) ** 2 + (y - layout.BIN_CENTER[1]) ** 2) ** 0.5


def _unique_extreme(w: World, key, lowest: bool = True, margin: float = 0.03) -> str | None:
    """The block with the lowest (or highest) key, when it wins by a clear margin."""
    ranked = sorted(w.blocks, key=key, reverse=not lowest)
    if len(ranked) < 2 or abs(key(ranked[0]) - key(ranked[1])) < margin:
        return None
    return ranked[0]


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _table_blocks(w: World) -> list[str]:
    return w.state.on_the_table()


# ----- imperative -------------------------------------------------------------------------------------
def t299_imp_cleaner(w: World) -> Made:
    block, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if w.state.base(block) == bowl or not _room(w, bowl, [block]):
        return None
    return _made(w, f"Could you pop the {block} in the {bowl} for me, love?", _act(rels(Rel("in", block, bowl))))


def t299_imp_chinese3(w: World) -> Made:
    top, below = w.pick(w.blocks, 2)
    if not _can_stack(w, top, below):
        return None
    return _made(w, f"Please help me put the {top} on top of the {below}.", _act(rels(Rel("on", top, below))))


def t299_imp_engineer3(w: World) -> Made:
    block, place = w.pick(w.blocks)[0], w.pick(list(PLACES))[0]
    return _made(w, f"Move the {block} to {_place_text(place)}.", _act(rels(Rel("at", block, place))))


def t299_imp_tween(w: World) -> Made:
    block = w.pick(w.blocks)[0]
    if not _bin_room(w, [block]):
        return None
    return _made(w, f"ok can u like throw the {block} in the bin", _act(binned([block])))


def t299_imp_grandpa4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    block = w.pick(inside)[0]
    bowl = w.state.base(block)
    text = (f"Would you kindly take the {block} out of the {bowl} and set it down on the table, please? "
            "Thank you ever so much.")
    return _made(w, text, _act(_direct_on_table(block)))


def t299_imp_plain80(w: World) -> Made:
    top, below = w.pick(w.blocks, 2)
    if not _can_stack(w, top, below):
        return None
    name = w.colour(below)
    return _made(w, f"Put the {top} on top of the {name} one.", _act(rels(Rel("on", top, below))))


# ----- declarative ------------------------------------------------------------------------------------
def t299_dec_cleaner(w: World) -> Made:
    block, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    if w.state.base(block) == bowl or not _room(w, bowl, [block]):
        return None
    return _made(w, f"The {block} goes in the {bowl}, if you don't mind.", _act(rels(Rel("in", block, bowl))))


def t299_dec_chinese3(w: World) -> Made:
    block = w.pick(w.blocks)[0]
    return _made(w, f"The {block} should be in the middle of table.", _act(rels(Rel("at", block, "middle"))))


def t299_dec_engineer3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if w.state.support[c] not in (TABLE, *PLACES):
        return None
    text = f"Target state: {a} on {b}, {b} on {c}."
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("on", b, c))))


def t299_dec_tween(w: World) -> Made:
    block = w.pick(w.blocks)[0]
    if not _bin_room(w, [block]):
        return None
    text = f"the {block} is supposed to be in the bin lol can u fix that"
    return _made(w, text, _act(binned([block])))


def t299_dec_grandpa4(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"The {bowl} ought to be empty, if you would be so kind.", _act(empty(bowl)))


def t299_dec_plain80(w: World) -> Made:
    top, below = w.pick(w.blocks, 2)
    if not _can_stack(w, top, below):
        return None
    return _made(w, f"The {top} should be sitting on the {below}.", _act(rels(Rel("on", top, below))))


# ----- desiderative -----------------------------------------------------------------------------------
def t299_des_cleaner(w: World) -> Made:
    block = w.pick(w.blocks)[0]
    if not _bin_room(w, [block]):
        return None
    text = f"I'd like the {block} in the bin please, it's just in the way there."
    return _made(w, text, _act(binned([block])))


def t299_des_chinese3(w: World) -> Made:
    top, below = w.pick(w.blocks, 2)
    if not _can_stack(w, top, below):
        return None
    return _made(w, f"I want the {top} is on the {below}.", _act(rels(Rel("on", top, below))))


def t299_des_engineer3(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    want = {a, b}
    check = _act(lambda _i, f: set(f.in_bowl(bowl)) == want)
    text = f"Desired end state: the {bowl} contains exactly two blocks, the {a} and the {b}."
    return _made(w, text, check)


def _one_tower(blocks: list[str]) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = {_bottom(f, b) for b in blocks}
        return len(bottoms) == 1 and f.base(blocks[0]) != BIN
    return check


def t299_des_tween(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = f"i want like a tower with the {a} the {b} and the {c}, any order is fine"
    return _made(w, text, _act(_one_tower([a, b, c])))


def t299_des_grandpa4(w: World) -> Made:
    block = w.pick(w.blocks)[0]
    corner = w.pick(list(PLACES)[:4])[0]
    text = f"I should like the {block} to sit in the {corner}, if it's no trouble."
    return _made(w, text, _act(rels(Rel("at", block, corner))))


def t299_des_plain80(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [a, b]):
        return None
    text = f"My goal is to get the {a} and the {b} both into the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


# ----- quantified -------------------------------------------------------------------------------------
def t299_qua_cleaner(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or not _bin_room(w, inside):
        return None
    bowls = w.bowls
    check = _act(binned(inside), lambda _i, f: all(not f.in_bowl(b) for b in bowls))
    text = "Could you empty all the bowls into the bin for me? Cheers."
    return _made(w, text, check)


def t299_qua_chinese3(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    check = _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))
    return _made(w, "Please put one block in each bowl, every bowl only have one block.", check)


def t299_qua_engineer3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = w.rng.randint(1, min(3, len(w.blocks)))
    noun = "block" if n == 1 else "blocks"
    return _made(w, f"Place exactly {n} {noun} in the {bowl}.", _act(count_in(bowl, n)))


def t299_qua_tween(w: World) -> Made:
    if not _bin_room(w, w.blocks):
        return None
    return _made(w, "can u like put all the blocks in the bin", _act(binned(w.blocks)))


def t299_qua_grandpa4(w: World) -> Made:
    if len(w.blocks) > _CAP * len(w.bowls):
        return None
    bowls = w.bowls
    check = _act(lambda _i, f: all(f.base(b) in bowls for b in f.blocks))
    text = "Would you be good enough to put every block into a bowl? Any bowl will do."
    return _made(w, text, check)


def t299_qua_plain80(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    check = _act(*(_direct_on_table(b) for b in inside))
    return _made(w, "Take every block out of the bowls and put them on the table.", check)


# ----- negated ----------------------------------------------------------------------------------------
def t299_neg_cleaner(w: World) -> Made:
    keep = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != keep]
    if not _bin_room(w, rest):
        return None
    text = f"Bin all the blocks except the {w.colour(keep)} one, please."
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t299_neg_chinese3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not inside or not rest or not _bin_room(w, rest):
        return None
    text = f"Please put all the blocks into the bin, but not the blocks in the {bowl}."
    return _made(w, text, _act(binned(rest), none_binned(inside)))


def t299_neg_engineer3(w: World) -> Made:
    block, still = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    s = w.state
    if still in s.above(block) or s.base(block) == bowl or not _room(w, bowl, [block]):
        return None
    text = f"Move the {block} into the {bowl}. Do not move the {still}."
    return _made(w, text, _act(rels(Rel("in", block, bowl)), kept(still)))


def t299_neg_tween(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    if not _bin_room(w, rest):
        return None
    text = f"put everything in the bin except like the {a} and the {b}"
    return _made(w, text, _act(binned(rest), none_binned([a, b])))


def t299_neg_grandpa4(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    text = (f"Please would you take all the blocks out of the {bowl}, but don't put any of them in the bin. "
            "Much obliged.")
    return _made(w, text, _act(empty(bowl), none_binned(inside)))


def t299_neg_plain80(w: World) -> Made:
    keep = w.pick(w.blocks)[0]
    bowl = w.pick(w.bowls)[0]
    rest = [b for b in w.blocks if b != keep]
    if w.state.base(keep) == bowl or len(rest) > _CAP:
        return None
    check = _act(rels(*(Rel("in", b, bowl) for b in rest)), lambda _i, f: f.base(keep) != bowl)
    return _made(w, f"Put all the blocks except the {w.colour(keep)} one in the {bowl}.", check)


# ----- relative ---------------------------------------------------------------------------------------
def t299_rel_cleaner(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]  # type: ignore[arg-type]
    if not _bin_room(w, [top]):
        return None
    text = f"Can you take the block that's sitting on the {below} and pop it in the bin?"
    return _made(w, text, _act(binned([top])))


def t299_rel_chinese3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]  # type: ignore[arg-type]
    bowl = w.pick(w.bowls)[0]
    if w.state.base(below) == bowl or not _room(w, bowl, [below]):
        return None
    text = f"Please put the block under the {top} into the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t299_rel_engineer3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    near = _unique_extreme(w, lambda b: w.dist(b, bowl))
    if near is None:
        return None
    target = w.pick([b for b in w.blocks if b != near])[0]
    if not _can_stack(w, near, target):
        return None
    text = f"Move the block nearest to the {bowl} onto the {target}."
    return _made(w, text, _act(rels(Rel("on", near, target))))


def t299_rel_tween(w: World) -> Made:
    s = w.state
    tops = [b for b in w.blocks if s.is_clear(b) and s.support[b] in s.support]
    if len(tops) != 1 or len({_bottom(s, b) for b, _ in w.pairs()}) != 1:
        return None
    top = tops[0]
    text = "u see the stack? take the block on top and like put it on the table"
    return _made(w, text, _act(_direct_on_table(top)))


def t299_rel_grandpa4(w: World) -> Made:
    near = _unique_extreme(w, lambda b: _to_bin(w, b))
    if near is None or not _bin_room(w, [near]):
        return None
    text = "Would you mind moving the block closest to the bin into the bin itself? Thank you kindly."
    return _made(w, text, _act(binned([near])))


def t299_rel_plain80(w: World) -> Made:
    far = _unique_extreme(w, lambda b: _to_bin(w, b), lowest=False)
    bowl = w.pick(w.bowls)[0]
    if far is None or w.state.base(far) == bowl or not _room(w, bowl, [far]):
        return None
    text = f"Put the block that's farthest from the bin in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", far, bowl))))


# ----- keep -------------------------------------------------------------------------------------------
def t299_keep_cleaner(w: World) -> Made:
    block, still = w.pick(w.blocks, 2)
    if still in w.state.above(block) or not _bin_room(w, [block]):
        return None
    text = f"Pop the {block} in the bin, but leave the {still} where it is, thanks."
    return _made(w, text, _act(binned([block]), kept(still)))


def t299_keep_chinese3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    still = w.pick(w.blocks)[0]
    if w.state.base(still) == bowl:
        return None
    text = f"Please make the {bowl} empty, but keep the {still} in same place."
    return _made(w, text, _act(empty(bowl), kept(still)))


def t299_keep_engineer3(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    top, below, still = w.pick(w.blocks, 3)
    s = w.state
    if not _can_stack(w, top, below) or still in s.above(top) or still in s.above(below):
        return None
    text = f"Stack the {top} on the {below}; keep the {still} exactly where it is."
    return _made(w, text, _act(rels(Rel("on", top, below)), kept(still)))


def t299_keep_tween(w: World) -> Made:
    block, still = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    s = w.state
    if still in s.above(block) or s.base(block) == bowl or not _room(w, bowl, [block]):
        return None
    text = f"can u put the {block} in the {bowl} but like dont touch the {still} ok"
    return _made(w, text, _act(rels(Rel("in", block, bowl)), kept(still)))


def t299_keep_grandpa4(w: World) -> Made:
    s = w.state
    table = _table_blocks(w)
    standing = [b for b in table if s.support[b] not in s.support]
    if not standing:
        return None
    still = w.pick(standing)[0]
    rest = [b for b in table if b != still]
    if not rest or not _bin_room(w, rest):
        return None
    text = (f"I'd be grateful if you would clear the blocks off the table into the bin, "
            f"but please leave the {still} where it stands.")
    return _made(w, text, _act(binned(rest), kept(still)))


def t299_keep_plain80(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.pick(full)[0]
    still = w.pick(w.state.in_bowl(bowl))[0]
    text = f"Empty the {bowl} but keep the {still} in it."
    return _made(w, text, _act(lambda _i, f: f.in_bowl(bowl) == [still]))


# ----- multi-step -------------------------------------------------------------------------------------
def t299_multi_cleaner(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [b]) or not _bin_room(w, [a]):
        return None
    text = f"First pop the {a} in the bin, then put the {b} in the {bowl}."
    return _made(w, text, _act(binned([a]), rels(Rel("in", b, bowl))))


def t299_multi_chinese3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    block = w.pick(inside)[0]
    bowl = w.state.base(block)
    others = [b for b in w.blocks if w.state.base(b) != bowl]
    if not others:
        return None
    target = w.pick(others)[0]
    if not _can_stack(w, block, target):
        return None
    text = f"First take the {block} out from the {bowl}, after that put it on the {target}."
    return _made(w, text, _act(rels(Rel("on", block, target)), lambda _i, f: f.base(block) != bowl))


def t299_multi_engineer3(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.pick(list(PLACES))[0]
    text = f"Step 1: move the {a} to {_place_text(place)}. Step 2: place the {b} on the {a}."
    return _made(w, text, _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t299_multi_tween(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside or not _bin_room(w, inside):
        return None
    block = w.pick(outside)[0]
    text = f"ok first empty the {bowl} into the bin and then like put the {block} in the {bowl}"
    return _made(w, text, _act(binned(inside), rels(Rel("in", block, bowl))))


def t299_multi_grandpa4(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [a, b]):
        return None
    text = (f"Firstly, would you place the {a} in the {bowl}, and after that, "
            f"the {b} on top of the {w.colour(a)} one. Thank you.")
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t299_multi_plain80(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"Put the {a} on the table, then put the {b} on top of it."
    return _made(w, text, _act(_direct_on_table(a), rels(Rel("on", b, a))))


# ----- questions --------------------------------------------------------------------------------------
def t299_q_cleaner(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    return f"What's in the {bowl} at the moment?", answered("|".join(inside) if inside else "nothing")


def t299_q_chinese3(w: World) -> Made:
    n = len(w.state.in_bowls())
    return "How many block are in the bowls now, all together?", answered(str(n))


def t299_q_engineer3(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.pick(pairs)[0]  # type: ignore[misc]
    else:
        top, below = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    on = holds(Rel("on", top, below), w.state)
    n = len(w.state.in_bowl(bowl))
    text = f"Two questions: (1) is the {top} on the {below}? (2) how many blocks are in the {bowl}?"
    return text, answered(f"{yes(on).lower()}|{n}")


def t299_q_tween(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]  # type: ignore[misc]
    return f"wait which block is on top of the {below}??", answered(top)


def t299_q_grandpa4(w: World) -> Made:
    block = w.pick(w.blocks)[0]
    s = w.state
    sup = s.support[block]
    if sup in s.support and s.base(block) not in (TABLE, *PLACES):
        return None  # on a block in a bowl: "on the X" and "in the bowl" are both fair answers
    where = sup
    return f"Could you tell me where the {block} is, please?", answered(where)


def t299_q_plain80(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.blocks)
    some = bool(w.state.in_bowl(bowl))
    text = f"How many blocks are there altogether, and is there anything in the {bowl}?"
    return text, answered(f"{n}|{yes(some).lower()}")


# ----- matching ---------------------------------------------------------------------------------------
def t299_match_cleaner(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Could you put each block in the bowl that matches its colour?", _act(rels(*want)))


def t299_match_chinese3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put every block in the same colour bowl please, if there is one.", _act(rels(*want)))


def t299_match_engineer3(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or not _bin_room(w, rest):
        return None
    text = ("Sort by colour: each block with a same-coloured bowl goes into that bowl; "
            "every other block goes to the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t299_match_tween(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rel = w.pick(want)[0]  # type: ignore[arg-type]
    bowl = rel.target
    return _made(w, f"omg can u put the block thats the same color as the {bowl} in it", _act(rels(rel)))


def t299_match_grandpa4(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    s = w.state
    if not want or any(o in s.above(m) for m in matched for o in rest):
        return None
    text = ("Would you put the blocks that match a bowl into their own coloured bowls, "
            "and leave the others be?")
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t299_match_plain80(w: World) -> Made:
    block, model = w.pick(w.blocks, 2)
    bowl = _bowl_of(w, w.colour(model))
    if bowl is None or w.state.base(block) == bowl or not _room(w, bowl, [block]):
        return None
    text = f"Put the {block} in the bowl that's the same colour as the {model}."
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("cleaner", "chinese3", "engineer3", "tween", "grandpa4", "plain80")
FRESH299: list[Template] = [
    (f"t299_{short}_{style}", category, globals()[f"t299_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
