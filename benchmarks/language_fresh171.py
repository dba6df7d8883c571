"""`FRESH171`, the hundred-and-seventy-second untuned batch: sixty language templates, six per category, for the offline planner.

The theme is personification, metaphor and figurative language. People talk about the blocks, bowls and the bin as if
they were people, animals or places, and use figures of speech for ordinary moves: a block "wants to go home" (to the
bowl of its own colour, used only when the scene has that bowl), is "put to bed" in a bowl or "lies down for a nap"
(directly on the table), "looks lonely" and "joins" others, is "evicted" or "shown the door", is "buried" and "dug
out", or is "fed" to a hungry bin. Where a figure does not name a place plainly, the sentence gives it in ordinary
words ("the table will do"). The checks accept every outcome that does what the figure plainly means: a block "in" a
bowl may rest on another block in it; a block sent "to the table" may stand on the table or on a tower standing on
it, while a block that "lies down" or "naps" on the table rests directly on it; digging a block out means nothing is
left on it, and nothing the robot moves aside ends up in the bin; the gripper is empty at the end. The six styles:

- home: "The red block wants to go home. Take it to its own bowl, the red bowl."
- sleep: "Put the blue block to bed in the green bowl."
- friends: "The yellow block looks lonely: let it join the others in the white bowl."
- evict: "Evict everything from the white bowl; the evicted blocks go on the table."
- rescue: "The green block is buried under the pink block. Dig it out."
- feed: "The bin is hungry: feed it the orange block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a1ff304, the code of 9a795f3, before anything it could prompt): 0.0467
goal-correct (14 of 300), 260 refused. Three wrong actions: "X is buried under Y. Dig it out." did nothing and reported
done (the second sentence was set aside as chatter). Twenty-three wrong replies: questions said in figures ('Is X at home,
in its own bowl?', 'how many blocks are tucked up in W?', 'Is X buried?') got "I don't see ...". The refusals were the
figures themselves: home, bed and sleep, company, eviction, digging out, feeding the bin.
"""

from __future__ import annotations

import math

from benchmarks.planner_language import Check, Made, Template, World, answered, both, kept, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.symbolic import SymState

_FLOOR = (TABLE, *PLACES)
_CAPACITY = 4  # a bowl holds at most four blocks


# ----- small helpers ------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(text: str, *checks: Check, w: World) -> Made:
    """An action instance: the goal plus an empty gripper; None when doing nothing would already pass."""
    check = both(*checks, _idle)
    if check(w.state, w.state):
        return None
    return text, check


def _in(block: str, bowl: str) -> Check:
    return lambda _i, f: f.support[block] != "gripper" and f.base(block) == bowl


def _in_some(block: str, bowls: list[str]) -> Check:
    return lambda _i, f: f.support[block] != "gripper" and f.base(block) in bowls


def _on(block: str, below: str) -> Check:
    return lambda _i, f: f.support[block] == below


def _lying(*blocks: str) -> Check:
    """Each block rests directly on the table (or a named place on it)."""
    return lambda _i, f: all(f.support[b] in _FLOOR for b in blocks)


def _to_table(*blocks: str) -> Check:
    """Each block is on the table as people count it: its tower stands on the table."""
    return lambda _i, f: all(f.base(b) in _FLOOR for b in blocks)


def _eaten(*blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) == BIN for b in blocks)


def _not_eaten(*blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) != BIN for b in blocks)


def _no_new_bin(i: SymState, f: SymState) -> bool:
    return all(f.base(b) != BIN for b in i.blocks if i.base(b) != BIN)


def _clear(block: str) -> Check:
    return lambda _i, f: f.is_clear(block)


def _emptied(bowl: str) -> Check:
    return lambda _i, f: not f.in_bowl(bowl)


def _home(w: World, block: str) -> str | None:
    bowl = f"{w.colour(block)} bowl"
    return bowl if bowl in w.bowls else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= _CAPACITY


def _homeless(w: World) -> list[str]:
    """Blocks whose own-colour bowl is in the scene, not at home yet, with room at home."""
    out = []
    for b in w.blocks:
        home = _home(w, b)
        if home and w.state.base(b) != home and _room(w, home):
            out.append(b)
    return out


def _below(w: World, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _height(w: World, block: str) -> int:
    """How many blocks the tower holding `block` has up to and including it."""
    return 1 + len(_below(w, block))


def _loose(w: World) -> list[str]:
    """Blocks lying alone on the table: nothing on them and not on another block."""
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _towers(w: World) -> list[str]:
    """Bottom blocks of towers standing on the table."""
    return [b for b in w.blocks if w.state.support[b] in _FLOOR and not w.state.is_clear(b)]


def _names(items: list[str]) -> str:
    items = [f"the {x}" for x in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _pos(w: World, name: str) -> tuple[float, float]:
    if name == BIN:
        return layout.BIN_CENTER
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, ref: str, exclude: list[str]) -> str | None:
    """The one loose block plainly nearest `ref` among all blocks not in `exclude` (a 3 cm margin), if any."""
    rx, ry = _pos(w, ref)
    cands = sorted((math.hypot(_pos(w, b)[0] - rx, _pos(w, b)[1] - ry), b) for b in w.blocks if b not in exclude)
    if not cands:
        return None
    if len(cands) > 1 and cands[1][0] - cands[0][0] < 0.03:
        return None
    best = cands[0][1]
    return best if best in _loose(w) else None


def _describe(w: World, block: str) -> str | None:
    """The block named by a relation, not by its colour ("the block sitting on the red block"), if one is plain."""
    s = w.state
    sup = s.support[block]
    if sup in s.support:
        return f"block sitting on top of the {sup}"
    if s.on_top(block):
        return f"block right under the {s.on_top(block)[0]}"
    if sup in s.bowls and s.in_bowl(sup) == [block]:
        return f"block in the {sup}"
    for ref in [*w.bowls, BIN]:
        if ref == _home(w, block):
            continue
        if _nearest(w, ref, s.in_bowl(ref) if ref != BIN else []) == block:
            return f"block closest to the {ref}"
    return None


# ----- imperative -----------------------------------------------------------------------------------
def t171_imp_home(w: World) -> Made:
    cands = _homeless(w)
    if not cands:
        return None
    b = w.pick(cands)[0]
    home = _home(w, b)
    text = w.rng.choice([
        f"The {b} wants to go home. Take it to its own bowl, the {home}.",
        f"Walk the {b} home: it lives in the {home}.",
    ])
    return _act(text, _in(b, home), w=w)


def t171_imp_sleep(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.pick(cands)[0]
    text = w.rng.choice([
        f"Put the {b} to bed in the {bowl}.",
        f"It's late for the {b}; tuck it in for the night in the {bowl}.",
    ])
    return _act(text, _in(b, bowl), w=w)


def t171_imp_friends(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x) and _room(w, x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    inside = w.state.in_bowl(bowl)
    cands = [b for b in w.blocks if b not in inside]
    if not cands:
        return None
    b = w.pick(cands)[0]
    who = "the others" if len(inside) > 1 else f"the {inside[0]}"
    text = f"The {b} looks lonely: let it join {who} in the {bowl}."
    return _act(text, _in(b, bowl), w=w)


def t171_imp_evict(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    tenants = w.state.in_bowl(bowl)
    text = w.rng.choice([
        f"Evict everything from the {bowl}; the evicted blocks go on the table.",
        f"Kick every tenant out of the {bowl} and onto the table.",
    ])
    return _act(text, _emptied(bowl), _to_table(*tenants), w=w)


def t171_imp_rescue(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    over = w.state.above(b)
    text = w.rng.choice([
        f"The {b} is buried under {_names(over)}. Dig it out.",
        f"Dig out the poor {b}, buried as it is; just don't throw anything in the bin.",
    ])
    return _act(text, _clear(b), _no_new_bin, w=w)


def t171_imp_feed(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    text = w.rng.choice([
        f"The bin is hungry: feed it the {b}.",
        f"Give the hungry bin the {b} for its dinner.",
    ])
    return _act(text, _eaten(b), w=w)


# ----- declarative ----------------------------------------------------------------------------------
def t171_dec_home(w: World) -> Made:
    cands = _homeless(w)
    if not cands:
        return None
    b = w.pick(cands)[0]
    home = _home(w, b)
    text = w.rng.choice([
        f"The {b} is back home, sitting in the {home} where it belongs.",
        f"The {b} has found its way home to its own bowl, the {home}.",
    ])
    return _act(text, _in(b, home), w=w)


def t171_dec_sleep(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] not in _FLOOR]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = w.rng.choice([
        f"The {b} is lying down for a nap, flat on the table itself.",
        f"The {b} is taking a rest directly on the table, on nothing else.",
    ])
    return _act(text, _lying(b), w=w)


def t171_dec_friends(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    pair = w.pick(w.blocks, 2)
    need = sum(1 for b in pair if w.state.base(b) != bowl)
    if need == 0 or not _room(w, bowl, need):
        return None
    a, b = pair
    text = w.rng.choice([
        f"The {a} and the {b} are keeping each other company in the {bowl}.",
        f"In the {bowl}, the {a} has a friend: the {b} is in there with it.",
    ])
    return _act(text, _in(a, bowl), _in(b, bowl), w=w)


def t171_dec_evict(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    tenants = w.state.in_bowl(bowl)
    text = f"The {bowl} has no tenants left: every block that lived in it has moved out onto the table."
    return _act(text, _emptied(bowl), _to_table(*tenants), w=w)


def t171_dec_rescue(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    over = w.state.above(b)
    text = (f"The {b} has been dug out: nothing is on top of it any more, and {_names(over)} that buried it "
            f"{'stands' if len(over) == 1 else 'stand'} on the table.")
    return _act(text, _clear(b), _to_table(*over), w=w)


def t171_dec_feed(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([
        f"The bin has eaten the {a} and the {b}.",
        f"Both the {a} and the {b} are in the bin's belly.",
    ])
    return _act(text, _eaten(a, b), w=w)


# ----- desiderative ---------------------------------------------------------------------------------
def t171_des_home(w: World) -> Made:
    cands = _homeless(w)
    if not cands:
        return None
    b = w.pick(cands)[0]
    home = _home(w, b)
    text = w.rng.choice([
        f"I'd like the {b} to be home, in its own {home}.",
        f"I want the {b} back where it belongs: home, in the {home}.",
    ])
    return _act(text, _in(b, home), w=w)


def t171_des_sleep(w: World) -> Made:
    bottoms = _towers(w)
    if not bottoms:
        return None
    bottom = w.pick(bottoms)[0]
    tower = [bottom, *w.state.above(bottom)]
    name = "the tower" if len(bottoms) == 1 else f"the tower with the {bottom} at the bottom"
    text = w.rng.choice([
        f"I'd like {name} to take a nap: lay each of its blocks down on the table.",
        f"Make it so that {name} is asleep, every one of its blocks lying down on the table by itself.",
    ])
    return _act(text, _lying(*tower), w=w)


def t171_des_friends(w: World) -> Made:
    bowls = [x for x in w.bowls if not w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = w.rng.choice([
        f"Make it so that the {bowl} has some company: any block will do, as long as one sits in it.",
        f"I'd like the lonely {bowl} to have a friend; put any block you like in it.",
    ])
    return _act(text, lambda _i, f: len(f.in_bowl(bowl)) >= 1, _no_new_bin, w=w)


def t171_des_evict(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    bowl = w.state.base(b)
    text = w.rng.choice([
        f"The {b} has overstayed its welcome in the {bowl}. I want it shown the door; the table will do.",
        f"I'd like the {b} out of the {bowl}, it has stayed long enough: onto the table with it.",
    ])
    return _act(text, _to_table(b), w=w)


def t171_des_rescue(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    bowl = w.state.base(b)
    text = f"I'd like the {b} rescued from the {bowl} and set down safely on the table."
    return _act(text, _to_table(b), w=w)


def t171_des_feed(w: World) -> Made:
    bowls = [x for x in w.bowls if 1 <= len(w.state.in_bowl(x)) <= 4]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    food = w.state.in_bowl(bowl)
    text = w.rng.choice([
        f"I want the bin fed with every block in the {bowl}.",
        f"The bin is peckish and I'd like it to eat whatever is in the {bowl}.",
    ])
    return _act(text, _eaten(*food), w=w)


# ----- quantified -----------------------------------------------------------------------------------
def t171_qua_home(w: World) -> Made:
    loose = _loose(w)
    bowls = [x for x in w.bowls if loose and _room(w, x, len(loose))]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    n = len(loose)
    text = w.rng.choice([
        f"Moving day for the blocks lying loose on the table (the ones not in a tower): all {n} of them move "
        f"house into the {bowl}." if n > 1 else
        f"Moving day for every block lying loose on the table (not in a tower): each one moves into the {bowl}.",
        f"Every block that sits alone on the table, in no tower, packs its bags and moves into the {bowl}.",
    ])
    return _act(text, *(_in(b, bowl) for b in loose), w=w)


def t171_qua_sleep(w: World) -> Made:
    text = w.rng.choice([
        "Every block is tired: let each one lie directly on the table, none on another block and none in a bowl.",
        "Time for all the blocks to sleep: each and every one of them lying flat on the table itself.",
    ])
    return _act(text, _lying(*w.blocks), w=w)


def t171_qua_friends(w: World) -> Made:
    if not any(not w.state.in_bowl(x) for x in w.bowls):
        return None
    text = w.rng.choice([
        "Give every bowl some company: each bowl should end up with at least one block in it.",
        "No bowl should be lonely: make sure all of the bowls have a block or more in them.",
    ])
    return _act(text, lambda _i, f: all(f.in_bowl(x) for x in f.bowls), _no_new_bin, w=w)


def t171_qua_evict(w: World) -> Made:
    tenants = w.in_bowls()
    if not tenants:
        return None
    text = w.rng.choice([
        "Evict every tenant of every bowl: each block now in a bowl moves out onto the table.",
        f"All {len(tenants)} blocks living in bowls are evicted; every one of them goes onto the table."
        if len(tenants) > 1 else "Every bowl is evicted: whatever block lives in a bowl moves out onto the table.",
    ])
    return _act(text, *(_emptied(x) for x in w.bowls), _to_table(*tenants), w=w)


def t171_qua_rescue(w: World) -> Made:
    if not w.pairs():
        return None
    text = w.rng.choice([
        "Dig out every buried block: when you're done, no block has another block on top of it, "
        "and nothing goes in the bin.",
        "Rescue all the blocks that are buried under others, so that each block is clear; don't use the bin.",
    ])
    return _act(text, lambda _i, f: all(s not in f.support for s in f.support.values()), _no_new_bin, w=w)


def t171_qua_feed(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 3:
        return None
    text = w.rng.choice([
        "The bin is starving: feed it exactly two blocks, any two of the ones on the table (not from a bowl).",
        "Feed the hungry bin two of the blocks on the table, whichever two you like, and no more.",
    ])

    def check(i: SymState, f: SymState) -> bool:
        eaten = [b for b in f.blocks if f.base(b) == BIN]
        return len(eaten) == 2 and all(b in table for b in eaten)

    return _act(text, check, w=w)


# ----- negated --------------------------------------------------------------------------------------
def t171_neg_home(w: World) -> Made:
    cands = _homeless(w)
    if not cands:
        return None
    b = w.pick(cands)[0]
    home = _home(w, b)
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not others:
        return None
    b2 = w.pick(others)[0]
    text = w.rng.choice([
        f"Send the {b} home to the {home}. The {b2} is not going anywhere today: don't move it.",
        f"Take the {b} home to its own bowl, the {home}, without touching the {b2}.",
    ])
    return _act(text, _in(b, home), kept(b2), w=w)


def t171_neg_sleep(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    ex = w.pick(w.bowls)[0]
    allowed = [x for x in w.bowls if x != ex]
    cands = [b for b in w.blocks if w.state.base(b) not in allowed]
    if not cands or not any(_room(w, x) for x in allowed):
        return None
    b = w.pick(cands)[0]
    text = w.rng.choice([
        f"Put the {b} to bed in a bowl, any bowl except the {ex}.",
        f"The {b} should sleep in one of the bowls tonight, but never in the {ex}.",
    ])
    return _act(text, _in_some(b, allowed), w=w)


def t171_neg_friends(w: World) -> Made:
    hosts = [x for x in w.blocks if w.state.is_clear(x) and w.state.base(x) in _FLOOR and _height(w, x) < 4]
    if not hosts:
        return None
    b2 = w.pick(hosts)[0]
    cands = [b for b in w.blocks if b != b2 and b not in _below(w, b2)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = w.rng.choice([
        f"The {b} shouldn't be lonely: put it on top of the {b2} to keep it company, not in a bowl.",
        f"Don't leave the {b2} alone; let the {b} sit right on top of it.",
    ])
    return _act(text, _on(b, b2), w=w)


def t171_neg_evict(w: World) -> Made:
    if len(w.bowls) < 2 or not w.in_bowls():
        return None
    exs = [x for x in w.bowls if any(w.state.in_bowl(y) for y in w.bowls if y != x)]
    ex = w.pick(exs)[0]
    others = [x for x in w.bowls if x != ex]
    tenants = [b for b in w.blocks if w.state.base(b) in others]
    stay = w.state.in_bowl(ex)
    text = w.rng.choice([
        f"Evict every block from every bowl except the {ex}: those blocks go on the table. Leave the {ex} alone.",
        f"Empty all the bowls but the {ex} onto the table; the {ex} is not to be touched.",
    ])
    return _act(text, *(_emptied(x) for x in others), _to_table(*tenants), kept(*stay),
                lambda _i, f: sorted(f.in_bowl(ex)) == sorted(stay), w=w)


def t171_neg_rescue(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    top = w.state.on_top(b)[0]
    text = w.rng.choice([
        f"Rescue the {b} from under the {top} without moving the {b} itself, and don't throw anything away.",
        f"The {b} is buried. Dig it out, but don't move it and don't put anything in the bin.",
    ])
    return _act(text, _clear(b), kept(b), _no_new_bin, w=w)


def t171_neg_feed(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 2:
        return None
    b = w.pick(table)[0]
    food = [x for x in table if x != b]
    if len(food) > 4:
        return None
    rest = [x for x in w.blocks if x not in food]
    text = w.rng.choice([
        f"Feed the bin every block on the table except the {b}.",
        f"The bin may eat all the blocks on the table, but not the {b}; the blocks in bowls are not food either.",
    ])
    return _act(text, _eaten(*food), _not_eaten(*rest), w=w)


# ----- relative -------------------------------------------------------------------------------------
def t171_rel_home(w: World) -> Made:
    cands = [(b, d) for b in _homeless(w) if (d := _describe(w, b))]
    if not cands:
        return None
    b, desc = w.pick(cands)[0]
    text = w.rng.choice([
        f"The {desc} is homesick: take it home to the bowl of its own colour.",
        f"Send the {desc} home, to the bowl that is the same colour as it.",
    ])
    return _act(text, _in(b, _home(w, b)), w=w)


def t171_rel_sleep(w: World) -> Made:
    bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    b = w.state.in_bowl(bowl)[0]
    text = w.rng.choice([
        f"The block in the {bowl} has been up all night: lay it down for a nap on the table.",
        f"Whatever block is in the {bowl}, get it out and let it lie down flat on the table.",
    ])
    return _act(text, _lying(b), w=w)


def t171_rel_friends(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x) and _room(w, x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    inside = w.state.in_bowl(bowl)
    b = _nearest(w, bowl, inside)
    if b is None:
        return None
    who = "the blocks already in that bowl" if len(inside) > 1 else "the block already in that bowl"
    text = f"The block closest to the {bowl} looks lonely; let it join {who}."
    return _act(text, _in(b, bowl), w=w)


def t171_rel_evict(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    bowl = w.state.base(b)
    tenants = w.state.in_bowl(bowl)
    text = w.rng.choice([
        f"Whichever bowl the {b} is in, evict all of that bowl's blocks onto the table.",
        f"Find the bowl that the {b} lives in and move everyone out of it, onto the table.",
    ])
    return _act(text, _emptied(bowl), _to_table(*tenants), w=w)


def t171_rel_rescue(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    text = w.rng.choice([
        f"Dig out the block underneath the {top}: lift everything off it, and put nothing in the bin.",
        f"The block that the {top} is sitting on is buried; rescue it so nothing is on it, without using the bin.",
    ])
    return _act(text, _clear(below), _no_new_bin, w=w)


def t171_rel_feed(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.pick(pairs)[0]
        text = f"Feed the bin the block resting on top of the {below}."
        return _act(text, _eaten(top), w=w)
    bowls = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = f"The bin is hungry for the block in the {bowl}; feed that block to it."
    return _act(text, _eaten(w.state.in_bowl(bowl)[0]), w=w)


# ----- keep -----------------------------------------------------------------------------------------
def t171_keep_home(w: World) -> Made:
    cands = [b for b in _homeless(w) if w.state.is_clear(b)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    home = _home(w, b)
    others = [x for x in w.blocks if x != b]
    text = w.rng.choice([
        f"Send the {b} home to the {home} and leave every other block exactly where it is.",
        f"Only the {b} goes home, to its own {home}; all the other blocks stay put.",
    ])
    return _act(text, _in(b, home), kept(*others), w=w)


def t171_keep_sleep(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.pick(cands)[0]
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not others:
        return None
    b2 = w.pick(others)[0]
    text = w.rng.choice([
        f"Put the {b} to bed in the {bowl}, but let the {b2} sleep on undisturbed where it is.",
        f"The {b} goes to sleep in the {bowl}; don't wake the {b2}, leave it right where it is.",
    ])
    return _act(text, _in(b, bowl), kept(b2), w=w)


def t171_keep_friends(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.pick(cands)[0]
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if len(others) < 2:
        return None
    b2, b3 = w.pick(others, 2)
    text = w.rng.choice([
        f"Give the {bowl} some company with the {b}; the {b2} and the {b3} stay right where they are.",
        f"Let the {b} keep the {bowl} company, and keep the {b2} and the {b3} where they are now.",
    ])
    return _act(text, _in(b, bowl), kept(b2, b3), w=w)


def t171_keep_evict(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    bowl = w.state.base(b)
    others = [x for x in w.blocks if x != b and x not in w.state.above(b)]
    if not others:
        return None
    b2 = w.pick(others)[0]
    text = w.rng.choice([
        f"Show the {b} the door: out of the {bowl} and onto the table. Keep the {b2} exactly where it is.",
        f"Evict the {b} from the {bowl} to the table, leaving the {b2} where it is.",
    ])
    return _act(text, _to_table(b), kept(b2), w=w)


def t171_keep_rescue(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, b = w.pick(pairs)[0]
    text = w.rng.choice([
        f"The {b} is buried under the {t}. Rescue it by moving the {t} to the table, "
        f"and leave the {b} itself where it is.",
        f"Free the {b} by lifting the {t} off it onto the table; the {b} stays where it is.",
    ])
    return _act(text, _clear(b), kept(b), _to_table(t), w=w)


def t171_keep_feed(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.is_clear(b)]
    b = w.pick(cands)[0]
    others = [x for x in w.blocks if x != b]
    text = w.rng.choice([
        f"Feed the bin the {b}; the rest of the blocks are not on the menu, so leave them all where they are.",
        f"The bin gets the {b} to eat and nothing else: every other block stays where it is.",
    ])
    return _act(text, _eaten(b), kept(*others), w=w)


# ----- multi_step -----------------------------------------------------------------------------------
def t171_multi_home(w: World) -> Made:
    cands = _homeless(w)
    if not cands:
        return None
    b = w.pick(cands)[0]
    home = _home(w, b)
    guests = [x for x in w.blocks if x != b and w.state.base(x) != home]
    if not guests or not _room(w, home, 2):
        return None
    b2 = w.pick(guests)[0]
    text = w.rng.choice([
        f"First send the {b} home to the {home}, then let the {b2} move in there with it as a guest.",
        f"Step one: the {b} goes home to its own bowl, the {home}. Step two: the {b2} joins it there.",
    ])
    return _act(text, _in(b, home), _in(b2, home), w=w)


def t171_multi_sleep(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl):
        return None
    b = w.pick(cands)[0]
    sleepers = [x for x in w.blocks if x != b and w.state.support[x] not in _FLOOR]
    if not sleepers:
        return None
    b2 = w.pick(sleepers)[0]
    text = w.rng.choice([
        f"First put the {b} to bed in the {bowl}, then let the {b2} lie down flat on the table.",
        f"Tuck the {b} into the {bowl}; after that, lay the {b2} down for a nap directly on the table.",
    ])
    return _act(text, _in(b, bowl), _lying(b2), w=w)


def t171_multi_friends(w: World) -> Made:
    hosts = [x for x in w.blocks if w.state.is_clear(x) and _height(w, x) <= 2]
    if not hosts:
        return None
    b2 = w.pick(hosts)[0]
    cands = [x for x in w.blocks if x != b2 and x not in _below(w, b2)]
    if len(cands) < 2:
        return None
    b, b3 = w.pick(cands, 2)
    base = w.state.base(b2)
    if base in w.bowls and not _room(w, base, sum(1 for x in (b, b3) if w.state.base(x) != base)):
        return None
    text = w.rng.choice([
        f"First let the {b} join the {b2} by sitting on it, then bring the {b3} along to sit on top of the {b}.",
        f"Make friends in two steps: the {b} climbs onto the {b2}, and then the {b3} climbs onto the {b}.",
    ])
    return _act(text, _on(b, b2), _on(b3, b), w=w)


def t171_multi_evict(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    bowl = w.state.base(b)
    newcomers = [x for x in w.blocks if w.state.base(x) != bowl]
    if not newcomers:
        return None
    b2 = w.pick(newcomers)[0]
    text = w.rng.choice([
        f"First evict the {b} from the {bowl} onto the table, then give the {bowl} a new tenant: the {b2}.",
        f"Move the {b} out of the {bowl} to the table; once it's gone, the {b2} moves in.",
    ])
    return _act(text, _to_table(b), _in(b2, bowl), w=w)


def t171_multi_rescue(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, b = w.pick(pairs)[0]
    bowls = [x for x in w.bowls if x != w.state.base(b) and _room(w, x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    text = w.rng.choice([
        f"First dig the {b} out from under the {t}, then carry the rescued {b} over to the {bowl}.",
        f"Get the {t} off the buried {b}; after that, bring the {b} to safety in the {bowl}.",
    ])
    return _act(text, _in(b, bowl), lambda _i, f: f.support[t] != b, _no_new_bin, w=w)


def t171_multi_feed(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = w.rng.choice([
        f"Feed the bin in two courses: first the {a}, then the {b}.",
        f"The bin's starter is the {a}; for the main course, give it the {b}.",
    ])
    return _act(text, _eaten(a, b), w=w)


# ----- question -------------------------------------------------------------------------------------
def t171_q_home(w: World) -> Made:
    owned = [b for b in w.blocks if _home(w, b)]
    if not owned:
        return None
    at_home = [b for b in owned if w.state.base(b) == _home(w, b)]
    pool = at_home if at_home and w.rng.random() < 0.5 else owned
    b = w.pick(pool)[0]
    home = _home(w, b)
    text = w.rng.choice([
        f"Is the {b} at home, sitting in its own bowl, the {home}?",
        f"Has the {b} made it home to the {home} yet?",
    ])
    return text, answered(yes(w.state.base(b) == home))


def t171_q_sleep(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice([
        f"How many blocks are asleep in the {bowl} right now?",
        f"Count the sleepers for me: how many blocks are tucked up in the {bowl}?",
    ])
    return text, answered(str(n))


def t171_q_friends(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.pick(cands)[0]
    n = len(w.state.in_bowl(w.state.base(b)))
    text = w.rng.choice([
        f"Does the {b} have company in its bowl, another block in the same bowl?",
        f"Is the {b} all alone in its bowl, with no other block in there?",
    ])
    flag = n >= 2 if "company" in text else n == 1
    return text, answered(yes(flag))


def t171_q_evict(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    text = w.rng.choice([
        f"Has everyone moved out of the {bowl}, leaving it empty?",
        f"Is the {bowl} vacant, with no block living in it?",
    ])
    return text, answered(yes(not w.state.in_bowl(bowl)))


def t171_q_rescue(w: World) -> Made:
    buried = [b for b in w.blocks if not w.state.is_clear(b)]
    pool = buried if buried and w.rng.random() < 0.5 else w.blocks
    b = w.pick(pool)[0]
    text = w.rng.choice([
        f"Is the {b} buried, with another block sitting on top of it?",
        f"Does the {b} need digging out? That is, is some block on top of it?",
    ])
    return text, answered(yes(not w.state.is_clear(b)))


def t171_q_feed(w: World) -> Made:
    n = len(w.state.on_the_table())
    text = w.rng.choice([
        "The bin is hungry. How many blocks are out on the table, not in a bowl, that it could eat?",
        "If the bin ate every block on the table but none from the bowls, how many blocks would it eat?",
    ])
    return text, answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def _match_goal(w: World) -> list[tuple[str, str]] | None:
    """(block, own bowl) for every block whose colour has a bowl; None if any bowl would overflow."""
    goal = [(b, h) for b in w.blocks if (h := _home(w, b))]
    for bowl in w.bowls:
        new = sum(1 for b, h in goal if h == bowl and w.state.base(b) != bowl)
        if not _room(w, bowl, new):
            return None
    return goal


def t171_match_home(w: World) -> Made:
    goal = _match_goal(w)
    if not goal:
        return None
    movers = [b for b, h in goal if w.state.base(b) != h]
    rest = [b for b in w.blocks if not _home(w, b)]
    if any(x in w.state.above(m) for m in movers for x in rest):
        return None
    text = w.rng.choice([
        "Every block that has a bowl of its own colour should go home to it; the others stay where they are.",
        "Send each block home to the bowl that matches its colour, and leave the blocks with no such bowl alone.",
    ])
    return _act(text, *(_in(b, h) for b, h in goal), kept(*rest), w=w)


def t171_match_sleep(w: World) -> Made:
    goal = _match_goal(w)
    if not goal:
        return None
    text = w.rng.choice([
        "Bedtime: each block sleeps tonight in the bowl that matches its colour, if there is one.",
        "Put every block to bed in the bowl of the same colour as it, wherever such a bowl exists.",
    ])
    return _act(text, *(_in(b, h) for b, h in goal), w=w)


def t171_match_friends(w: World) -> Made:
    cands = _homeless(w)
    if not cands:
        return None
    b = w.pick(cands)[0]
    home = _home(w, b)
    text = w.rng.choice([
        f"Birds of a feather flock together: the {b} should keep the bowl of its colour company, sitting inside it.",
        f"The {home} misses its twin: put the block of the same colour inside it.",
    ])
    return _act(text, _in(b, home), w=w)


def t171_match_evict(w: World) -> Made:
    odd = [b for b in w.in_bowls() if w.state.base(b) != _home(w, b)]
    if not odd:
        return None
    fitting = [b for b in w.in_bowls() if w.state.base(b) == _home(w, b)]
    text = w.rng.choice([
        "Evict every block that lives in a bowl of a different colour; the evicted blocks go onto the table.",
        "Any block sitting in a bowl that doesn't match its colour has to move out, onto the table; "
        "blocks in their own colour's bowl stay.",
    ])
    return _act(text, _to_table(*odd), *(_in(b, _home(w, b)) for b in fitting), w=w)


def t171_match_rescue(w: World) -> Made:
    cands = _homeless(w)
    if not cands:
        return None
    b = w.pick(cands)[0]
    text = w.rng.choice([
        f"The {b} has lost its way home: rescue it and bring it to the bowl that matches its colour.",
        f"Rescue the lost {b} and return it to the bowl of its own colour.",
    ])
    return _act(text, _in(b, _home(w, b)), w=w)


def t171_match_feed(w: World) -> Made:
    food = [b for b in w.blocks if not _home(w, b)]
    if not food or len(food) > 5:
        return None
    rest = [b for b in w.blocks if _home(w, b)]
    text = w.rng.choice([
        "Feed the bin every block that has no bowl of its own colour; blocks with a matching bowl are not food.",
        "The bin may eat only the blocks whose colour matches none of the bowls; spare the others.",
    ])
    return _act(text, _eaten(*food), _not_eaten(*rest), w=w)


# ----- the batch ------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("home", "sleep", "friends", "evict", "rescue", "feed")
FRESH171: list[Template] = [
    (f"t171_{short}_{style}", category, globals()[f"t171_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
