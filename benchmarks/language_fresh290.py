"""`FRESH290`, the two-hundred-and-ninety-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- electrician: practical and terse, "Move red block onto the blue block. Thanks."
- spanish3: a Spanish speaker writing English with small slips, "The blue block must to be on the yellow block."
- nurse: kind and clear, "Could you please place the green block in the top left corner? Thank you."
- gamer2: casual with game talk, "yeet the orange block into the bin"
- auntie: chatty and warm, "Oh sweetie, the pink block really belongs in the white bowl, doesn't it? Pop it in there."
- plain71: a plain, ordinary adult with no quirks, "Put three of the blocks in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d29c621, the code of 314adaa, before anything it could prompt): 0.9333
goal-correct (280 of 300), 15 refused, 5 questions, no wrong action. The refusals and questions: an auntie's 'could you
take everything out of W except X? Just onto the table is fine, love.', 'Could you take the block off the top of that
little stack and put it in W, dear? Lovely.' (which block) and 'First things first, love, pop X down on the table, and
then could you put Y on top of it? You're a treasure.', a Spanish speaker's 'Put the blocks in the bowl of the same
colour, please, and the others leave them where they are.'.
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

CORNERS = PLACES[:4]
GROUND = (TABLE, *PLACES)
BIN_ROOM = len(layout.BIN_SLOTS)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """`(text, check)`, or None when the goal already holds in the scene."""
    if check(w.state, w.state):
        return None
    return text, check


def _c(name: str) -> str:
    """The colour word of an object name ("red block" -> "red")."""
    return name.split()[0]


def _live(w: World) -> list[str]:
    """Blocks that are not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _level(s: SymState, b: str) -> int:
    """How high `b` stands in its tower (1 = it rests on the table, a bowl or a place)."""
    return len(_below(s, b)) + 1


def _in_bin(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _bin_room(w: World, n: int) -> bool:
    return _in_bin(w.state) + n <= BIN_ROOM


def _bowl_room(w: World, bowl: str, blocks: list[str]) -> bool:
    now = w.state.in_bowl(bowl)
    return len(set(now) | set(blocks)) <= layout.BOWL_CAPACITY


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can sensibly be put on `below` (on the table, not too high, `top` not under it)."""
    s = w.state
    if top == below or s.base(below) not in GROUND or s.base(top) == BIN:
        return False
    if top in _below(s, below):
        return False
    return _level(s, below) + 1 <= layout.MAX_TOWER


def _on(a: str, b: str) -> Rel:
    return Rel("on", a, b)


def _in(a: str, bowl: str) -> Rel:
    return Rel("in", a, bowl)


def _on_table(a: str) -> Check:
    return rels(Rel("on_table", a))


def _pair(w: World) -> tuple[str, str] | None:
    """Two blocks (top, below) where `top` can go on `below` and is not there yet."""
    live = _live(w)
    options = [(a, b) for a in live for b in live if _stackable(w, a, b) and w.state.support[a] != b]
    return w.rng.choice(options) if options else None


def _into_bowl(w: World) -> tuple[str, str] | None:
    """A block not yet in a bowl that has room for it."""
    options = [(b, bw) for b in _live(w) for bw in w.bowls
               if w.state.base(b) != bw and _bowl_room(w, bw, [b])]
    return w.rng.choice(options) if options else None


def _unique_min(w: World, items: list[str], key) -> str | None:
    """The item with the smallest key, when it is clearly smaller than the next one."""
    if len(items) < 2:
        return None
    ranked = sorted(items, key=key)
    if key(ranked[1]) - key(ranked[0]) < 0.03:
        return None
    return ranked[0]


# ----- imperative -------------------------------------------------------------------------------------
def t290_imp_electrician(w: World) -> Made:
    p = _pair(w)
    if not p:
        return None
    a, b = p
    text = w.rng.choice([f"Move {_c(a)} block onto the {b}. Thanks.", f"{a.capitalize()} on top of the {b}, please."])
    return _made(w, text, _act(rels(_on(a, b))))


def t290_imp_spanish3(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    return _made(w, f"Please, put the {b} inside of the {bw}.", _act(rels(_in(b, bw))))


def t290_imp_nurse(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    place = w.rng.choice(CORNERS)
    text = f"Could you please place the {b} in the {place}? Thank you."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t290_imp_gamer2(w: World) -> Made:
    live = _live(w)
    if not live or not _bin_room(w, 1):
        return None
    b = w.rng.choice(live)
    return _made(w, f"yeet the {b} into the bin", _act(binned([b])))


def t290_imp_auntie(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bw = w.state.base(b)
    text = (f"Oh sweetie, could you take the {b} out of the {bw} and just set it down on the table for me? "
            "Thanks a million!")
    return _made(w, text, _act(_on_table(b)))


def t290_imp_plain71(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = w.state.in_bowl(bw)
    if not _bin_room(w, len(inside)):
        return None
    text = w.rng.choice([f"Empty the {bw} into the bin.", f"Tip everything in the {bw} into the bin."])
    return _made(w, text, _act(binned(inside), empty(bw)))


# ----- declarative ------------------------------------------------------------------------------------
def t290_dec_electrician(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    return _made(w, f"{_c(b).capitalize()} block goes in the {bw}.", _act(rels(_in(b, bw))))


def t290_dec_spanish3(w: World) -> Made:
    p = _pair(w)
    if not p:
        return None
    a, b = p
    return _made(w, f"The {a} must to be on the {b}.", _act(rels(_on(a, b))))


def t290_dec_nurse(w: World) -> Made:
    live = _live(w)
    if not live or not _bin_room(w, 1):
        return None
    b = w.rng.choice(live)
    return _made(w, f"The {b} should be in the bin, please.", _act(binned([b])))


def t290_dec_gamer2(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    place = w.rng.choice(CORNERS)
    return _made(w, f"win condition: {b} sitting in the {place}", _act(rels(Rel("at", b, place))))


def t290_dec_auntie(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    text = f"Oh sweetie, the {b} really belongs in the {bw}, doesn't it? Pop it in there for me."
    return _made(w, text, _act(rels(_in(b, bw))))


def t290_dec_plain71(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} should be on the table, not on the {b}.", _act(_on_table(a)))


# ----- desiderative -----------------------------------------------------------------------------------
def t290_des_electrician(w: World) -> Made:
    live = _live(w)
    if not live or not _bin_room(w, 1):
        return None
    b = w.rng.choice(live)
    text = w.rng.choice([f"Need the {b} in the bin. That's it.", f"Want {_c(b)} block binned."])
    return _made(w, text, _act(binned([b])))


def t290_des_spanish3(w: World) -> Made:
    p = _pair(w)
    if not p:
        return None
    a, b = p
    return _made(w, f"I would like that the {a} is on top the {b}.", _act(rels(_on(a, b))))


def t290_des_nurse(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    text = f"I'd like the {b} moved to the middle of the table, please."
    return _made(w, text, _act(rels(Rel("at", b, "middle"))))


def t290_des_gamer2(w: World) -> Made:
    free = [b for b in _live(w) if w.state.base(b) in GROUND]
    if len(free) < 3:
        return None
    x, y, z = w.pick(free, 3)
    text = f"i want a tower: {_c(x)} on the bottom, then {_c(y)}, then {_c(z)} on top"
    return _made(w, text, _act(rels(Rel("stacked", x, y, z))))


def t290_des_auntie(w: World) -> Made:
    options = [(g, y) for y in w.in_bowls() for g in _live(w)
               if w.state.base(g) != w.state.base(y) and _bowl_room(w, w.state.base(y), [g])]
    if not options:
        return None
    g, y = w.rng.choice(options)
    bw = w.state.base(y)
    text = (f"I'd just love to see the {g} in the {bw}, right in there with the {y}, sweetheart. "
            "Would you do that for me?")
    return _made(w, text, _act(rels(_in(g, bw), _in(y, bw))))


def t290_des_plain71(w: World) -> Made:
    p = _pair(w)
    if not p:
        return None
    a, b = p
    return _made(w, f"My goal is to have the {a} sitting on the {b}.", _act(rels(_on(a, b))))


# ----- quantified -------------------------------------------------------------------------------------
def t290_qua_electrician(w: World) -> Made:
    table = w.state.on_the_table()
    inside = w.in_bowls()
    if not table or not _bin_room(w, len(table)):
        return None
    text = "Clear the table. Every block sitting on it goes in the bin. Leave the bowls alone."
    return _made(w, text, _act(binned(table), kept(*inside)))


def t290_qua_spanish3(w: World) -> Made:
    free = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not free or len(_live(w)) < 2:
        return None
    bw = w.rng.choice(free)
    text = f"Put exactly two blocks in the {bw}, which ones is not important."
    return _made(w, text, _act(count_in(bw, 2)))


def t290_qua_nurse(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Could you please take every block out of the bowls and put them on the table? Thank you."
    return _made(w, text, _act(*(_on_table(b) for b in inside)))


def t290_qua_gamer2(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    text = "need exactly one block in every bowl, doesnt matter which ones"
    return _made(w, text, _act(lambda _i, f: all(len(f.in_bowl(bw)) == 1 for bw in bowls)))


def t290_qua_auntie(w: World) -> Made:
    live = _live(w)
    if len(live) > layout.BOWL_CAPACITY:
        return None
    bw = w.rng.choice(w.bowls)
    text = f"Oh, be a dear and pop every single block into the {bw}, would you? All of them, love."
    return _made(w, text, _act(rels(*(_in(b, bw) for b in live))))


def t290_qua_plain71(w: World) -> Made:
    if _in_bin(w.state) or len(w.blocks) < 3 or not _bin_room(w, 3):
        return None
    text = w.rng.choice(["Put three of the blocks in the bin.", "Throw any three blocks in the bin."])
    return _made(w, text, _act(lambda _i, f: _in_bin(f) == 3))


# ----- negated ----------------------------------------------------------------------------------------
def t290_neg_electrician(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    keep = w.rng.choice(live)
    rest = [b for b in live if b != keep]
    if not _bin_room(w, len(rest)):
        return None
    text = f"Every block in the bin except the {_c(keep)} one."
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t290_neg_spanish3(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    bw = w.rng.choice(w.bowls)
    no = w.rng.choice(live)
    rest = [b for b in live if b != no]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    text = f"Put all the blocks in the {bw} but not the {no}, this one no."
    return _made(w, text, _act(rels(*(_in(b, bw) for b in rest), Rel("in", no, bw, negated=True))))


def t290_neg_nurse(w: World) -> Made:
    live = _live(w)
    if len(live) < 2 or not _bin_room(w, 1):
        return None
    b = w.rng.choice(live)
    others = [o for o in live if o != b and o not in w.state.above(b)]
    if not others:
        return None
    o = w.rng.choice(others)
    text = f"Please move the {b} to the bin, but don't touch the {o}."
    return _made(w, text, _act(binned([b]), kept(o)))


def t290_neg_gamer2(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 2:
        return None
    keep = w.rng.choice(table)
    rest = [b for b in table if b != keep]
    if not _bin_room(w, len(rest)):
        return None
    text = f"throw every block on the table in the bin except the {_c(keep)} one"
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t290_neg_auntie(w: World) -> Made:
    full = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) >= 2]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = w.state.in_bowl(bw)
    stay = w.rng.choice(inside)
    out = [b for b in inside if b != stay]
    text = (f"Sweetheart, could you take everything out of the {bw} except the {stay}? "
            "Just onto the table is fine, love.")
    return _made(w, text, _act(rels(_in(stay, bw)), *(_on_table(b) for b in out)))


def t290_neg_plain71(w: World) -> Made:
    options = [b for b in _live(w) if not holds(Rel("on_table", b), w.state)]
    if not options:
        return None
    b = w.rng.choice(options)
    text = f"Put the {b} on the table, but not in any of the corners."
    return _made(w, text, _act(_on_table(b), lambda _i, f: f.support[b] not in CORNERS))


# ----- relative ---------------------------------------------------------------------------------------
def t290_rel_electrician(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.above(b) == [a] and w.state.base(b) != BIN]
    if not pairs or not _bin_room(w, 1):
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice([f"Block sitting on the {b}: bin it.", f"Whatever block is on the {_c(b)} block, bin it."])
    return _made(w, text, _act(binned([a])))


def t290_rel_spanish3(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(b) != BIN]
    if not pairs or not _bin_room(w, 1):
        return None
    a, b = w.rng.choice(pairs)
    text = f"Take the block that is below of the {a} and put it in the bin, please."
    return _made(w, text, _act(binned([b])))


def t290_rel_nurse(w: World) -> Made:
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not empties:
        return None
    bw = w.rng.choice(empties)
    b = _unique_min(w, _live(w), lambda x: w.dist(x, bw))
    if not b:
        return None
    text = f"Please put whichever block is closest to the {bw} into that bowl. Thanks so much."
    return _made(w, text, _act(rels(_in(b, bw))))


def t290_rel_gamer2(w: World) -> Made:
    b = _unique_min(w, _live(w), w.y)
    if not b or not _bin_room(w, 1):
        return None
    return _made(w, "grab the leftmost block and drop it in the bin", _act(binned([b])))


def t290_rel_auntie(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _live(w) if s.support[b] not in s.support and s.on_top(b)]
    if len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    bowls = [bw for bw in w.bowls if bw != s.base(top) and _bowl_room(w, bw, [top])]
    if not bowls:
        return None
    bw = w.rng.choice(bowls)
    text = f"Could you take the block off the top of that little stack and put it in the {bw}, dear? Lovely."
    return _made(w, text, _act(rels(_in(top, bw))))


def t290_rel_plain71(w: World) -> Made:
    bx, by = layout.BIN_CENTER

    def to_bin(b: str) -> float:
        x, y = w.scene.get(b).position[:2]
        return ((x - bx) ** 2 + (y - by) ** 2) ** 0.5

    b = _unique_min(w, _live(w), to_bin)
    if not b or not _bin_room(w, 1):
        return None
    return _made(w, "Drop whichever block is closest to the bin into it.", _act(binned([b])))


# ----- keep -------------------------------------------------------------------------------------------
def t290_keep_electrician(w: World) -> Made:
    live = _live(w)
    if len(live) < 2 or not _bin_room(w, 1):
        return None
    b = w.rng.choice(live)
    others = [o for o in live if o != b and o not in w.state.above(b)]
    if not others:
        return None
    o = w.rng.choice(others)
    return _made(w, f"{_c(b).capitalize()} block to the bin. Don't move the {o}.", _act(binned([b]), kept(o)))


def t290_keep_spanish3(w: World) -> Made:
    p = _into_bowl(w)
    if not p:
        return None
    b, bw = p
    others = [o for o in _live(w) if o != b and o not in w.state.above(b)]
    if not others:
        return None
    o = w.rng.choice(others)
    text = f"Put the {b} in the {bw}, but the {o} it stays where it is."
    return _made(w, text, _act(rels(_in(b, bw)), kept(o)))


def t290_keep_nurse(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    outside = [b for b in _live(w) if b not in inside]
    options = [(a, b) for a in outside for b in outside if _stackable(w, a, b) and w.state.support[a] != b]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = f"Please stack the {a} on the {b}, and leave everything in the bowls just as it is."
    return _made(w, text, _act(rels(_on(a, b)), kept(*inside)))


def t290_keep_gamer2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = w.state.in_bowl(bw)
    outside = [b for b in _live(w) if b not in inside]
    options = [(a, b) for a in outside for b in outside if _stackable(w, a, b) and w.state.support[a] != b]
    if not options:
        return None
    a, b = w.rng.choice(options)
    text = f"stack {_c(a)} on {_c(b)}, dont mess with the {bw} tho"
    same = lambda _i, f: sorted(f.in_bowl(bw)) == sorted(inside)  # noqa: E731
    return _made(w, text, _act(rels(_on(a, b)), same, kept(*inside)))


def t290_keep_auntie(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = w.state.in_bowl(bw)
    outside = [b for b in _live(w) if b not in inside]
    if not outside or not _bin_room(w, len(inside)):
        return None
    o = w.rng.choice(outside)
    text = (f"Could you clear out the {bw} into the bin for me, love? "
            f"But leave the {o} exactly where it is, please.")
    return _made(w, text, _act(binned(inside), empty(bw), kept(o)))


def t290_keep_plain71(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a) and w.state.base(b) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [o for o in w.blocks if o != a]
    text = f"Take the {a} off the {b} and put it on the table, without moving anything else."
    return _made(w, text, _act(_on_table(a), kept(*others)))


# ----- multi-step -------------------------------------------------------------------------------------
def t290_multi_electrician(w: World) -> Made:
    p = _pair(w)
    if not p or not _bin_room(w, 1):
        return None
    a, b = p
    rest = [r for r in _live(w) if r not in (a, b) and r not in _below(w.state, b)]
    if not rest:
        return None
    r = w.rng.choice(rest)
    text = f"First {_c(r)} block to the bin. Then {_c(a)} block onto {_c(b)} block."
    return _made(w, text, _act(binned([r]), rels(_on(a, b))))


def t290_multi_spanish3(w: World) -> Made:
    options = [(a, b) for a in w.in_bowls() for b in _live(w)
               if _stackable(w, a, b) and w.state.support[a] != b]
    if not options:
        return None
    a, b = w.rng.choice(options)
    bw = w.state.base(a)
    text = f"First you take the {a} out of the {bw}, and after you put it on top of the {b}."
    return _made(w, text, _act(rels(_on(a, b), Rel("in", a, bw, negated=True))))


def t290_multi_nurse(w: World) -> Made:
    p = _into_bowl(w)
    if not p or not _bin_room(w, 1):
        return None
    b, bw = p
    rest = [r for r in _live(w) if r != b]
    if not rest:
        return None
    r = w.rng.choice(rest)
    text = f"First, please put the {r} in the bin. After that, could you move the {b} into the {bw}?"
    return _made(w, text, _act(binned([r]), rels(_in(b, bw))))


def t290_multi_gamer2(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    inside = w.state.in_bowl(bw)
    outside = [b for b in _live(w) if b not in inside]
    if not outside:
        return None
    b = w.rng.choice(outside)
    text = f"step 1 empty the {bw} onto the table, step 2 put the {b} in the {bw}"
    return _made(w, text, _act(rels(_in(b, bw)), *(_on_table(x) for x in inside)))


def t290_multi_auntie(w: World) -> Made:
    s = w.state
    off = [b for b in _live(w) if not holds(Rel("on_table", b), s)]
    if not off or len(_live(w)) < 2:
        return None
    y = w.rng.choice(off)
    p = w.rng.choice([b for b in _live(w) if b != y])
    text = (f"First things first, love, pop the {y} down on the table, and then could you put the {p} "
            "on top of it? You're a treasure.")
    return _made(w, text, _act(_on_table(y), rels(_on(p, y))))


def t290_multi_plain71(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    place = w.rng.choice(CORNERS)
    text = f"Move the {a} to the {place}, then put the {b} on top of it."
    return _made(w, text, _act(rels(Rel("at", a, place), _on(b, a))))


# ----- questions --------------------------------------------------------------------------------------
def t290_q_electrician(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bw = w.rng.choice(full)
    n = len(w.state.in_bowl(bw))
    return f"How many blocks in the {bw}?", answered(str(n))


def t290_q_spanish3(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return f"In which bowl is it the {b}?", answered(w.state.base(b))


def t290_q_nurse(w: World) -> Made:
    s = w.state
    live = _live(w)
    if w.rng.random() < 0.5 and w.pairs():
        a, b = w.rng.choice(w.pairs())
        flag = True
    else:
        options = [(a, b) for a in live for b in live if a != b and a not in s.above(b)]
        if not options:
            return None
        a, b = w.rng.choice(options)
        flag = False
    return f"Could you tell me, is the {a} on the {b}?", answered(yes(flag))


def t290_q_gamer2(w: World) -> Made:
    n = len(w.state.on_the_table())
    if not n:
        return None
    bw = w.rng.choice(w.bowls)
    is_empty = not w.state.in_bowl(bw)
    return f"how many blocks r on the table rn? and is the {bw} empty", answered(f"{n}|{yes(is_empty).lower()}")


def t290_q_auntie(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    b = w.rng.choice(live)
    up = w.state.on_top(b)
    text = f"Sweetie, what's sitting on top of the {b} right now?"
    return text, answered(up[0] if up else "nothing")


def t290_q_plain71(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bw = w.state.base(b)
    n = len(w.state.in_bowl(bw))
    text = f"Which bowl is the {b} in, and how many blocks are in that bowl altogether?"
    return text, answered(f"{bw}|{n}")


# ----- matching ---------------------------------------------------------------------------------------
def _bowl_of(w: World, colour: str) -> str | None:
    return next((bw for bw in w.bowls if w.colour(bw) == colour), None)


def _matches(w: World) -> list[Rel] | None:
    """The colour-matching relations, when every matching bowl has room for its block."""
    want = [r for r in matching(w) if w.state.base(r.block) != BIN]
    if not want:
        return None
    for r in want:
        if not _bowl_room(w, r.target, [r.block]):
            return None
    return want


def t290_match_electrician(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    text = w.rng.choice(["Match blocks to bowls by colour.",
                         "Each block into the bowl of its own colour, if there is one."])
    return _made(w, text, _act(rels(*want)))


def t290_match_spanish3(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if any(m in _below(w.state, b) for b in rest for m in movers):
        return None
    text = "Put the blocks in the bowl of the same colour, please, and the others leave them where they are."
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t290_match_nurse(w: World) -> Made:
    options = [(b, _bowl_of(w, w.colour(b))) for b in _live(w) if _bowl_of(w, w.colour(b))]
    options = [(b, bw) for b, bw in options if bw and _bowl_room(w, bw, [b])]
    if not options:
        return None
    b, bw = w.rng.choice(options)
    text = f"Could you please put the {b} in the bowl that's the same colour as it? Thank you."
    return _made(w, text, _act(rels(_in(b, bw))))


def t290_match_gamer2(w: World) -> Made:
    options = [(x, y, _bowl_of(w, w.colour(y))) for x in _live(w) for y in w.blocks
               if x != y and _bowl_of(w, w.colour(y))]
    options = [(x, y, bw) for x, y, bw in options if bw and _bowl_room(w, bw, [x])]
    if not options:
        return None
    x, y, bw = w.rng.choice(options)
    text = f"drop the {x} in the bowl thats the same color as the {y}"
    return _made(w, text, _act(rels(_in(x, bw))))


def t290_match_auntie(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in _live(w) if b not in movers]
    if not rest or not _bin_room(w, len(rest)):
        return None
    text = ("Oh, could you put each block in the bowl that matches its colour, sweetie? "
            "And any block that doesn't have a matching bowl can just go in the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t290_match_plain71(w: World) -> Made:
    wrong = [b for b in w.in_bowls() if w.colour(w.state.base(b)) != w.colour(b)]
    if not wrong:
        return None
    text = "Any block sitting in a bowl that isn't its own colour, take it out and put it on the table."
    return _made(w, text, _act(*(_on_table(b) for b in wrong)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("electrician", "spanish3", "nurse", "gamer2", "auntie", "plain71")
FRESH290: list[Template] = [
    (f"t290_{short}_{style}", category, globals()[f"t290_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
