"""`FRESH218`, the two-hundred-and-nineteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or to a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six personas write them:
- scot: a Scottish speaker, light dialect: "Could ye chuck the wee red block in the bin for me?"
- manager2: an office manager delegating: "By end of task, the red block should be on top of the blue block."
- gamer2: a casual gamer: "noob question but whats on top of the blue block?"
- chef2: a chef calling orders: "86 every block that isn't in a bowl, chef. Clean station!"
- portuguese: a Brazilian Portuguese speaker with small slips: "The red block need to be on the table, not inside the
  blue bowl."
- overthinker: someone who explains their reasoning at length: "My goal here, and I have thought about it, is to have
  the red block in the bin. ..."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 80bfab2, the code of 14b91bf, before anything it could prompt): 0.6167
goal-correct (185 of 300), 104 refused, six wrong actions and five wrong replies. The wrong actions: the overthinker's "My
goal here, and I have thought about it quite a bit, is to have X in the bin. ..." was answered as a question, and "every
block whose colour matches one of the bowls should go in that bowl. The blocks that don't match any bowl, please leave
them exactly where they are." moved an unmatched block out of a bowl into another. The wrong replies: the Scot's "How many
blocks are in W, d'ye ken?". The refusals: the Scot's "ye", "wee", "ken", "It's no right where it is", "pit", "whaur";
the manager's "By end of task"; the gamer's "its in the wrong spot rn", "noob question but whats on top of X?", "step 1
..., step 2 ... ez"; the chef's "plated", "Clean, please", "Colour match the bowls, chef"; the Portuguese speaker's "I
would like that you put X in top of Y", "Any blocks, is not important which ones", "Any other bowl is good", "let stay
where he is", "the blocks that are not of the same color of it"; and the overthinker's reasons before and after.
"""

from __future__ import annotations

import math

from benchmarks.planner_language import Check, Made, Template, World, answered, binned, kept, matching, rels, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CAP = layout.BOWL_CAPACITY
_TABLEISH = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _loose(w: World) -> list[str]:
    """Blocks that can be moved: not in the bin, not held."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _room(s: SymState, bowl: str, extra: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + extra <= _CAP


def _depth(s: SymState, block: str) -> int:
    """How high `block` sits in its tower (1 for a block resting on the table or in a bowl)."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stackable(s: SymState, top: str, below: str, extra: int = 1) -> bool:
    """Whether `top` (and `extra - 1` more) can go on `below`: a tower on the table, low enough."""
    return (top != below and below not in s.above(top) and s.base(below) in _TABLEISH
            and _depth(s, below) + extra <= layout.MAX_TOWER)


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _on(top: str, below: str) -> Check:
    return rels(Rel("on", top, below))


def _on_table(*blocks: str) -> Check:
    """On the table as people count it: the block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: all(f.base(b) in _TABLEISH for b in blocks)


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, point: tuple[float, float], exclude: tuple[str, ...] = (), margin: float = 0.03) -> str | None:
    """The one block clearly nearest `point` (None on a near tie, e.g. blocks of one tower)."""
    ds = sorted((math.hypot(_pos(w, b)[0] - point[0], _pos(w, b)[1] - point[1]), b)
                for b in _loose(w) if b not in exclude)
    if not ds or (len(ds) > 1 and ds[1][0] - ds[0][0] < margin):
        return None
    return ds[0][1]


def _bowls_with_room(w: World, extra: int = 1) -> list[str]:
    return [b for b in w.bowls if _room(w.state, b, extra)]


# ----- imperative -------------------------------------------------------------------------------------
def t218_imp_scot(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    return _made(w, f"Could ye chuck the wee {a[0]} in the bin for me?", _act(binned(a)))


def t218_imp_manager2(w: World) -> Made:
    a, place = w.pick(_loose(w)), w.rng.choice(PLACES)
    if not a:
        return None
    text = f"I need you to move the {a[0]} to the {place}, please. That's the one priority for this task."
    return _made(w, text, _act(rels(Rel("at", a[0], place))))


def t218_imp_gamer2(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(s, a, b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"stack the {a} on the {b} pls", _act(_on(a, b)))


def t218_imp_chef2(w: World) -> Made:
    bowls = _bowls_with_room(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.pick([b for b in _loose(w) if w.state.base(b) != bowl])
    if not a:
        return None
    return _made(w, f"Get the {a[0]} into the {bowl}, chef. Now, please, we're in the weeds!", _act(_in(a[0], bowl)))


def t218_imp_portuguese(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a[0])
    text = f"Please, take the {a[0]} out from the {bowl} and put him on the table."
    return _made(w, text, _act(_on_table(a[0])))


def t218_imp_overthinker(w: World) -> Made:
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, c = trio
    text = (f"Okay, so I've been staring at the table for a while and I think it would look a lot tidier if the {a}, "
            f"the {b} and the {c} were all in one tower. I honestly don't care about the order, top or bottom, "
            "whatever is easiest for you. So: please stack those three into a single tower on the table. "
            "I think that's everything. Thanks!")
    return _made(w, text, _act(rels(Rel("tower", a, b, c))))


# ----- declarative ------------------------------------------------------------------------------------
def t218_dec_scot(w: World) -> Made:
    bowls = _bowls_with_room(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.pick([b for b in _loose(w) if w.state.base(b) != bowl])
    if not a:
        return None
    return _made(w, f"The {a[0]} should be in the {bowl}, ken. It's no right where it is.", _act(_in(a[0], bowl)))


def t218_dec_manager2(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(s, a, b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"By end of task, the {a} should be on top of the {b}.", _act(_on(a, b)))


def t218_dec_gamer2(w: World) -> Made:
    a, place = w.pick(_loose(w)), w.rng.choice(PLACES)
    if not a:
        return None
    text = f"the {a[0]} belongs in the {place} ngl, its in the wrong spot rn"
    return _made(w, text, _act(rels(Rel("at", a[0], place))))


def t218_dec_chef2(w: World) -> Made:
    bowls = _bowls_with_room(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.pick([b for b in _loose(w) if w.state.base(b) != bowl])
    if not a:
        return None
    return _made(w, f"{_cap(a[0])} goes in the {bowl}. That's the order, chef.", _act(_in(a[0], bowl)))


def t218_dec_portuguese(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = w.state.base(a[0])
    return _made(w, f"The {a[0]} need to be on the table, not inside the {bowl}.", _act(_on_table(a[0])))


def t218_dec_overthinker(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    two = w.pick([b for b in _loose(w)], 2)
    if not two:
        return None
    a, b = two
    if not _room(w.state, bowl, sum(1 for x in two if w.state.base(x) != bowl)):
        return None
    text = (f"So, the way I picture the end result (and tell me if this is strange) is that the {a} and the {b} "
            f"both end up in the {bowl}. I keep going back and forth on it, but yes, the {a} and the {b} are in the "
            f"{bowl} at the end. That's the picture.")
    return _made(w, text, _act(_in(a, bowl), _in(b, bowl)))


# ----- desiderative -----------------------------------------------------------------------------------
def t218_des_scot(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(s, a, b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Aye, I'd like the {a} on top o' the {b}, if ye dinnae mind.", _act(_on(a, b)))


def t218_des_manager2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"What I'd like is the {bowl} cleared out. Everything that's in it goes in the bin, please."
    return _made(w, text, _act(binned(inside)))


def t218_des_gamer2(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    return _made(w, f"i want the {two[0]} and the {two[1]} in the bin lol", _act(binned(two)))


def t218_des_chef2(w: World) -> Made:
    bowls = _bowls_with_room(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.pick([b for b in _loose(w) if w.state.base(b) != bowl])
    if not a:
        return None
    return _made(w, f"I want the {a[0]} plated in the {bowl}, chef. Clean, please.", _act(_in(a[0], bowl)))


def t218_des_portuguese(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(s, a, b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I would like that you put the {a} in top of the {b}.", _act(_on(a, b)))


def t218_des_overthinker(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    text = (f"My goal here, and I have thought about it quite a bit, is to have the {a[0]} in the bin. I know it "
            "might seem wasteful to throw it away, but honestly I don't need it anymore and it's just taking up "
            "space, so it can go. That's really all I'm after.")
    return _made(w, text, _act(binned(a)))


# ----- quantified -------------------------------------------------------------------------------------
def t218_qua_scot(w: World) -> Made:
    loose = w.state.on_the_table()
    if not 2 <= len(loose) <= len(layout.BIN_SLOTS):
        return None
    return _made(w, "Pit all the blocks on the table intae the bin, the lot o' them.", _act(binned(loose)))


def t218_qua_manager2(w: World) -> Made:
    if len(w.bowls) < 2 or all(w.state.in_bowl(b) for b in w.bowls):
        return None
    bowls = list(w.bowls)
    text = "Please ensure every bowl has at least one block in it by end of task."
    return _made(w, text, _act(lambda _i, f: all(f.in_bowl(b) for b in bowls)))


def t218_qua_gamer2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "take every block out of the bowls and put them on the table pls", _act(_on_table(*inside)))


def t218_qua_chef2(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowls = list(w.bowls)
    text = "One block in each bowl, chef. Exactly one per bowl, any blocks you like."
    return _made(w, text, _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)))


def t218_qua_portuguese(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    text = f"Please, put two blocks in the {bowl}. Any blocks, is not important which ones."
    return _made(w, text, _act(lambda _i, f: len(f.in_bowl(bowl)) == 2))


def t218_qua_overthinker(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)

    def check(_i: SymState, f: SymState) -> bool:
        left = f.in_bowl(bowl)
        return (len(left) == 1 and left[0] in inside
                and all(f.base(b) in _TABLEISH for b in inside if b not in left))

    text = (f"I've been counting, and I think the {bowl} has too many blocks in it. I'd like exactly one block "
            f"left in the {bowl}. Which one stays doesn't matter to me at all, whichever is easiest, and the "
            "others can just go on the table. I hope that makes sense, I went back and forth on it.")
    return _made(w, text, _act(check))


# ----- negated ----------------------------------------------------------------------------------------
def t218_neg_scot(w: World) -> Made:
    s = w.state
    loose = s.on_the_table()
    keep = [b for b in loose if s.support[b] in _TABLEISH]
    if not keep:
        return None
    a = w.rng.choice(keep)
    rest = [b for b in loose if b != a]
    if not rest or len(rest) > len(layout.BIN_SLOTS):
        return None
    text = f"Pit all the blocks on the table in the bin, except the {a}. Leave that yin alone."
    return _made(w, text, _act(binned(rest), kept(a)))


def t218_neg_manager2(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    a = w.rng.choice(inside)
    rest = [b for b in inside if b != a]
    text = (f"Please move everything out of the {bowl} except the {a}. "
            "The rest should go on the table, not the bin.")
    return _made(w, text, _act(_in(a, bowl), _on_table(*rest)))


def t218_neg_gamer2(w: World) -> Made:
    loose = _loose(w)
    two = w.pick(loose, 2)
    rest = [b for b in loose if b not in two]
    if not two or not rest or len(rest) > len(layout.BIN_SLOTS):
        return None
    text = f"bin every block except the {two[0]} and the {two[1]}"
    return _made(w, text, _act(binned(rest), lambda _i, f: all(f.base(b) != BIN for b in two)))


def t218_neg_chef2(w: World) -> Made:
    out = w.state.on_the_table()
    inside = w.in_bowls()
    if not out or not inside or len(out) > len(layout.BIN_SLOTS):
        return None
    text = "86 every block that isn't in a bowl, chef. The ones in the bowls stay in the bowls."
    return _made(w, text, _act(binned(out), lambda i, f: all(f.base(b) == i.base(b) for b in inside)))


def t218_neg_portuguese(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    others = [b for b in w.bowls if b != bowl and _room(w.state, b)]
    a = w.pick([b for b in _loose(w) if w.state.base(b) not in others])
    if not others or not a:
        return None
    text = f"Put the {a[0]} in a bowl, but not in the {bowl}. Any other bowl is good."
    return _made(w, text, _act(lambda _i, f: f.base(a[0]) in others))


def t218_neg_overthinker(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"I don't want the {a} sitting on the {b} anymore. It's been bugging me for a while and I can't "
            "really explain why. Please don't put it in the bin though, I still want it on the table "
            "somewhere, just not on that block.")
    return _made(w, text, _act(rels(Rel("on", a, b, negated=True)), _on_table(a)))


# ----- relative ---------------------------------------------------------------------------------------
def t218_rel_scot(w: World) -> Made:
    pairs = w.pairs()
    bowls = _bowls_with_room(w)
    if not pairs or not bowls:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.rng.choice(bowls)
    text = f"Tak the block that's sittin on the {below} and pit it in the {bowl}."
    return _made(w, text, _act(_in(top, bowl)))


def t218_rel_manager2(w: World) -> Made:
    s = w.state
    alone = [b for b in _loose(w) if s.support[b] not in s.support and s.is_clear(b)]
    if not alone:
        return None
    a = w.rng.choice(alone)
    near = _nearest(w, _pos(w, a), exclude=(a,))
    if near is None:
        return None
    bowls = [b for b in _bowls_with_room(w) if s.base(near) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Please move the block closest to the {a} into the {bowl}.", _act(_in(near, bowl)))


def t218_rel_gamer2(w: World) -> Made:
    s = w.state
    ones = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    x = s.in_bowl(bowl)[0]
    targets = [b for b in _loose(w) if _stackable(s, x, b)]
    if not targets:
        return None
    b = w.rng.choice(targets)
    return _made(w, f"grab the block thats in the {bowl} and stack it on the {b} pls", _act(_on(x, b)))


def t218_rel_chef2(w: World) -> Made:
    near = _nearest(w, layout.BIN_CENTER)
    if near is None:
        return None
    return _made(w, "The block nearest the bin: 86 it, chef.", _act(binned([near])))


def t218_rel_portuguese(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.on_top(b)]
    if len(bottoms) != 1 or s.base(bottoms[0]) not in _TABLEISH:
        return None
    top = s.above(bottoms[0])[0]
    bowls = _bowls_with_room(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Take the block on the top of the tower and put in the {bowl}, please.", _act(_in(top, bowl)))


def t218_rel_overthinker(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, under = w.rng.choice(pairs)
    bowls = [b for b in _bowls_with_room(w) if w.state.base(under) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"So the {a} is stacked on something, right? What I actually care about is the block it's stacked on. "
            f"I'd like that one, the one underneath the {a}, to go in the {bowl}. The {a} itself can go wherever "
            "you like, I really don't mind about that part.")
    return _made(w, text, _act(_in(under, bowl)))


# ----- keep -------------------------------------------------------------------------------------------
def t218_keep_scot(w: World) -> Made:
    bowls = _bowls_with_room(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.pick([b for b in _loose(w) if w.state.base(b) != bowl])
    if not a:
        return None
    others = [b for b in _loose(w) if b != a[0] and b not in w.state.above(a[0])]
    if not others:
        return None
    b = w.rng.choice(others)
    text = f"Pit the {a[0]} in the {bowl} but leave the {b} whaur it is."
    return _made(w, text, _act(_in(a[0], bowl), kept(b)))


def t218_keep_manager2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    a = w.pick([b for b in _loose(w) if b not in inside])
    if not a:
        return None
    text = f"I need the {bowl} emptied into the bin. Please ensure the {a[0]} stays exactly where it is."
    return _made(w, text, _act(binned(inside), kept(a[0])))


def t218_keep_gamer2(w: World) -> Made:
    s = w.state
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(s, a, b) and s.support[a] != b]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [c for c in _loose(w) if c not in (a, b) and c not in s.above(a) and c not in s.above(b)]
    if not others:
        return None
    c = w.rng.choice(others)
    return _made(w, f"put the {a} on the {b} but dont touch the {c}", _act(_on(a, b), kept(c)))


def t218_keep_chef2(w: World) -> Made:
    s = w.state
    bowls = [b for b in _bowls_with_room(w) if s.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    c = w.rng.choice(s.in_bowl(bowl))
    a = w.pick([b for b in _loose(w) if s.base(b) != bowl])
    if not a:
        return None
    text = f"Plate the {a[0]} in the {bowl}, chef. The {c} stays put, don't touch it."
    return _made(w, text, _act(_in(a[0], bowl), kept(c)))


def t218_keep_portuguese(w: World) -> Made:
    s = w.state
    a, place = w.pick(_loose(w)), w.rng.choice(PLACES)
    if not a:
        return None
    others = [b for b in _loose(w) if b != a[0] and b not in s.above(a[0])]
    if not others:
        return None
    b = w.rng.choice(others)
    text = f"Move the {a[0]} for the {place}, but the {b} let stay where he is."
    return _made(w, text, _act(rels(Rel("at", a[0], place)), kept(b)))


def t218_keep_overthinker(w: World) -> Made:
    s = w.state
    bowls = _bowls_with_room(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.pick([b for b in _loose(w) if s.base(b) != bowl])
    if not a:
        return None
    two = w.pick([b for b in _loose(w) if b != a[0] and b not in s.above(a[0])], 2)
    if not two:
        return None
    b, c = two
    text = (f"I'd like the {a[0]} to go into the {bowl}, that's the main thing. However, and this is important to "
            f"me, I've arranged the {b} and the {c} very carefully, so please don't move either of them at all, "
            "not even a little. Just the one move. Thank you, sorry for the essay.")
    return _made(w, text, _act(_in(a[0], bowl), kept(b, c)))


# ----- multi-step -------------------------------------------------------------------------------------
def t218_multi_scot(w: World) -> Made:
    bowls = _bowls_with_room(w)
    two = w.pick(_loose(w), 2)
    if not bowls or not two:
        return None
    a, b = two
    bowl = w.rng.choice(bowls)
    if w.state.base(b) == bowl:
        return None
    text = f"First pit the {a} in the bin, then pit the {b} in the {bowl}. Cheers."
    return _made(w, text, _act(binned([a]), _in(b, bowl)))


def t218_multi_manager2(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    place = w.rng.choice(PLACES)
    text = f"First, move the {a} to the {place}. Then I need the {b} stacked on top of it."
    return _made(w, text, _act(rels(Rel("at", a, place)), _on(b, a)))


def t218_multi_gamer2(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    a = w.pick([b for b in _loose(w) if b not in inside])
    if not a or len(inside) > len(layout.BIN_SLOTS):
        return None
    text = f"ok step 1 empty the {bowl} into the bin, step 2 put the {a[0]} in the {bowl}. ez"
    return _made(w, text, _act(binned(inside), _in(a[0], bowl)))


def t218_multi_chef2(w: World) -> Made:
    s = w.state
    trios = [(a, b, c) for b in _loose(w) for a in _loose(w) for c in _loose(w)
             if len({a, b, c}) == 3 and _stackable(s, a, b, extra=2) and b not in s.above(c)]
    if not trios:
        return None
    a, b, c = w.rng.choice(trios)
    text = f"Fire the {a} onto the {b}, then the {c} on top of the {a}. Yes chef, go!"
    return _made(w, text, _act(_on(a, b), _on(c, a)))


def t218_multi_portuguese(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.rng.choice(inside)
    bowl = s.base(a)
    b = w.pick([x for x in _loose(w) if s.base(x) != bowl])
    if not b:
        return None
    text = f"First you take the {a} out of the {bowl}, after you put the {b[0]} inside the {bowl}."
    return _made(w, text, _act(lambda _i, f: f.base(a) not in (bowl, BIN), _in(b[0], bowl)))


def t218_multi_overthinker(w: World) -> Made:
    s = w.state
    opts = [(a, b, bowl) for a, b in w.pairs() for bowl in w.bowls
            if s.base(b) != bowl and _room(s, bowl) and s.base(b) != BIN]
    if not opts:
        return None
    a, b, bowl = w.rng.choice(opts)
    text = (f"Okay, two things, and the order matters to me: first, take the {a} off the {b} and set it down on "
            f"the table. Then, once that's done, move the {b} into the {bowl}. I know I could have said that in one "
            "sentence, but I wanted to be clear.")
    return _made(w, text, _act(_on_table(a), _in(b, bowl)))


# ----- questions --------------------------------------------------------------------------------------
def t218_q_scot(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks are in the {bowl}, d'ye ken?", answered(str(n))


def t218_q_manager2(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    flag = w.state.base(a) == bowl
    n = w.state.count_at(TABLE)
    text = (f"Before we start, I need two things from you: is the {a} in the {bowl}? "
            "And how many blocks are on the table?")
    return text, answered(f"{yes(flag).lower()}|{n}")


def t218_q_gamer2(w: World) -> Made:
    s = w.state
    bases = [b for b in w.blocks if len(s.above(b)) == 1]
    if not bases:
        return None
    b = w.rng.choice(bases)
    return f"noob question but whats on top of the {b}?", answered(s.above(b)[0])


def t218_q_chef2(w: World) -> Made:
    full = [b for b in w.bowls if 1 <= len(w.state.in_bowl(b)) <= 2]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"What have we got in the {bowl}, chef? Call it out.", answered("|".join(w.state.in_bowl(bowl)))


def t218_q_portuguese(w: World) -> Made:
    s = w.state
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
    else:
        a = w.rng.choice(w.blocks)
        others = [b for b in w.blocks if b != a and b not in s.above(a) and a not in s.above(b)]
        if not others:
            return None
        b = w.rng.choice(others)
    return f"The {a} is on the {b}? I am not sure.", answered(yes(holds(Rel("on", a, b), s)))


def t218_q_overthinker(w: World) -> Made:
    s = w.state
    direct = [b for b in w.blocks if s.support[b] in s.bowls]
    if not direct:
        return None
    a = w.rng.choice(direct)
    text = (f"I'm trying to plan what to do next and I keep losing track, so two quick questions before I decide "
            f"anything: where is the {a} right now, and how many blocks are there in total? Thanks, that would "
            "really help me think.")
    return text, answered(f"{s.support[a]}|{len(w.blocks)}")


# ----- matching ---------------------------------------------------------------------------------------
def t218_match_scot(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Every block that's got a bowl the same colour, pit it in that bowl.", _act(rels(*want)))


def t218_match_manager2(w: World) -> Made:
    want = matching(w)
    rest = [b for b in _loose(w) if b not in {r.block for r in want}]
    if not want or not rest or len(rest) > len(layout.BIN_SLOTS):
        return None
    text = ("Please ensure every block that has a bowl of its colour ends up in that bowl, and everything else "
            "goes in the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t218_match_gamer2(w: World) -> Made:
    want = [r for r in matching(w) if _room(w.state, r.target)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"put the {r.block} in the bowl w the same colour ez", _act(rels(r)))


def t218_match_chef2(w: World) -> Made:
    want = matching(w)
    by_bowl = {r.target: r.block for r in want}
    if not want or set(by_bowl) != set(w.bowls):
        return None
    text = "Colour match the bowls, chef: each bowl gets the block of its own colour and nothing else in it."
    return _made(w, text, _act(lambda _i, f: all(f.in_bowl(bw) == [b] for bw, b in by_bowl.items())))


def t218_match_portuguese(w: World) -> Made:
    s = w.state
    opts = [bw for bw in w.bowls if any(w.colour(b) != w.colour(bw) for b in s.in_bowl(bw))]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    wrong = [b for b in s.in_bowl(bowl) if w.colour(b) != w.colour(bowl)]
    right = [b for b in s.in_bowl(bowl) if w.colour(b) == w.colour(bowl)]
    text = f"Take out of the {bowl} the blocks that are not of the same color of it, and put on the table."
    return _made(w, text, _act(_on_table(*wrong), rels(*(Rel("in", b, bowl) for b in right))))


def t218_match_overthinker(w: World) -> Made:
    s = w.state
    want = matching(w)
    movers = {r.block for r in want}
    stay = [b for b in _loose(w) if b not in movers]
    if not want or not stay or any(b in s.above(m) for b in stay for m in movers):
        return None
    text = ("I've been thinking that colours should go together, it just feels right. So every block whose colour "
            "matches one of the bowls should go in that bowl. The blocks that don't match any bowl, please leave "
            "them exactly where they are. I think that's a reasonable rule, right?")
    return _made(w, text, _act(rels(*want), kept(*stay)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("scot", "manager2", "gamer2", "chef2", "portuguese", "overthinker")
FRESH218: list[Template] = [
    (f"t218_{short}_{style}", category, globals()[f"t218_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
