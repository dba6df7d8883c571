"""`FRESH288`, the two-hundred-and-eighty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window
in their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or to a named
place, towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and
plain questions about the table, one or two in a message. Six kinds of people type them:
- plumber2: a plumber, practical and a bit blunt: "Right. Stick the red block on top of the green block."
- thai2: a Thai speaker writing English with small slips, object names right: "I want the red block go to top
  right corner, please."
- host: a TV quiz host, showy but clear: "For a thousand points: is the red block in the blue bowl? Yes or no!"
- nan: a nan, warm and rambling: "Hello love, would you be a dear and pop the red block in the bin for me?"
- manager: an office manager, formal and brisk: "Please empty the blue bowl into the bin. Thank you."
- plain69: a plain, ordinary adult with no quirks: "Make a tower out of the red block, the blue block and the
  green block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d79c098, the code of 61d6055, before anything it could prompt): 0.8933
goal-correct (268 of 300), 30 refused, 2 questions, no wrong action. The refusals and questions: a quiz host's 'for the
grand prize: send X all the way to the corner!', 'Every single block in W -- into the bin, each and every one!' and 'The
block closest to W... step right into that bowl!', a manager's 'My objective is for W to be cleared, with its contents
placed on the table', a nan's 'and then once that's done Y can go in with it', 'If there's a bowl the same colour as a
block, could you pop that block in it, love? And any block without a bowl of its colour can go in the bin.' and 'the one
right at the very top' of a stack named by its bottom block.
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

_ON_TABLE = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _depth(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its base up to `block`, `block` included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _loose(w: World) -> list[str]:
    """Blocks standing alone: not on a block and nothing on them (their position is theirs alone)."""
    return [b for b in w.blocks if w.state.support[b] not in w.state.support and w.state.is_clear(b)]


def _on_table(s: SymState, block: str) -> bool:
    """The block's tower stands on the table (a named place included)."""
    return s.base(block) in _ON_TABLE


def _table_blocks(w: World) -> list[str]:
    return [b for b in w.blocks if _on_table(w.state, b)]


def _chain(blocks: list[str]) -> Check:
    """The blocks form one tower, in any order, standing on the table, a place or in a bowl (not on another block)."""
    want = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        sup = f.support
        bottoms = [b for b in blocks if sup[b] not in sup and sup[b] != BIN]
        if len(bottoms) != 1 or any(sup[b] not in want for b in blocks if b != bottoms[0]):
            return False
        seen, cur = {bottoms[0]}, bottoms[0]
        while True:
            up = [b for b in blocks if sup[b] == cur]
            if len(up) != 1:
                break
            cur = up[0]
            seen.add(cur)
        return seen == want

    return check


def _moved_off(block: str, bowl: str) -> Check:
    return lambda _i, f: not holds(Rel("in", block, bowl), f) and f.base(block) != BIN


# ===== imperative =====================================================================================
def t288_imp_plumber2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if _depth(w.state, y) + 1 > layout.MAX_TOWER:
        return None
    return _made(w, f"Right. Stick the {x} on top of the {y}.", _act(rels(Rel("on", x, y))))


def t288_imp_thai2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free or not _room(w, bowl):
        return None
    x = w.pick(free)[0]
    return _made(w, f"Please you put the {x} into the {bowl}, thank you.", _act(rels(Rel("in", x, bowl))))


def t288_imp_host(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    place = w.pick(list(PLACES[:4]))[0]
    return _made(w, f"And now, for the grand prize: send the {x} all the way to the {place}!",
                 _act(rels(Rel("at", x, place))))


def t288_imp_nan(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"Hello love, would you be a dear and pop the {x} in the bin for me? It's only cluttering "
                    "things up.", _act(binned([x])))


def t288_imp_manager(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Please empty the {bowl} into the bin. Thank you.", _act(binned(inside), empty(bowl)))


def t288_imp_plain69(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"Make a tower out of the {a}, the {b} and the {c}.", _act(_chain([a, b, c])))


# ===== declarative ====================================================================================
def t288_dec_plumber2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free or not _room(w, bowl):
        return None
    x = w.pick(free)[0]
    return _made(w, f"The {x} goes in the {bowl}. Simple as that.", _act(rels(Rel("in", x, bowl))))


def t288_dec_thai2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if _depth(w.state, y) + 1 > layout.MAX_TOWER:
        return None
    return _made(w, f"The {x} should be on top of the {y}, please.", _act(rels(Rel("on", x, y))))


def t288_dec_host(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"Here's how the board should look when the bell rings: the {x}... sitting in the bin!",
                 _act(binned([x])))


def t288_dec_nan(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Now that {bowl} really ought to be empty, dear. All those blocks in it belong in the bin, "
                    "if you don't mind.", _act(binned(inside), empty(bowl)))


def t288_dec_manager(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"The {x} needs to be in the middle of the table. Please see to it.",
                 _act(rels(Rel("at", x, "middle"))))


def t288_dec_plain69(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    return _made(w, f"The {x} should be sitting on the table, not on the {y}.",
                 _act(rels(Rel("on_table", x))))


# ===== desiderative ===================================================================================
def t288_des_plumber2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if _depth(w.state, y) + 1 > layout.MAX_TOWER:
        return None
    return _made(w, f"Want the {x} on the {y}. That's the job.", _act(rels(Rel("on", x, y))))


def t288_des_thai2(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    place = w.pick(list(PLACES[:4]))[0]
    return _made(w, f"I want the {x} go to {place}, please.", _act(rels(Rel("at", x, place))))


def t288_des_host(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)

    def order(_i: SymState, f: SymState) -> bool:
        sup = f.support
        return sup[b] == a and sup[c] == b and sup[a] not in sup and sup[a] != BIN and f.is_clear(c)

    return _made(w, f"What I'd love to see, ladies and gentlemen, is a tower: the {a} at the bottom, the {b} on "
                    f"that, and the {c} crowning the top!", _act(order))


def t288_des_nan(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b) and _room(w, b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"I'd quite like the {x} in the {bowl} with the others, if you'd be so kind, dear. It looks "
                    "a bit lonely out there.", _act(rels(Rel("in", x, bowl))))


def t288_des_manager(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    on_table: Check = lambda _i, f: all(_on_table(f, b) for b in inside)
    return _made(w, f"My objective is for the {bowl} to be cleared, with its contents placed on the table.",
                 _act(empty(bowl), on_table))


def t288_des_plain69(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(free) < 2 or not _room(w, bowl, 2):
        return None
    a, b = w.pick(free, 2)
    return _made(w, f"I'd like both the {a} and the {b} in the {bowl}, please.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


# ===== quantified =====================================================================================
def t288_qua_plumber2(w: World) -> Made:
    return _made(w, "All the blocks in the bin. Every one of them.", _act(binned(w.blocks)))


def t288_qua_thai2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.blocks) < 2:
        return None
    return _made(w, f"Please make the {bowl} have exactly two block in it.", _act(count_in(bowl, 2)))


def t288_qua_host(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Every single block in the {bowl} -- into the bin, each and every one!", _act(binned(inside)))


def t288_qua_nan(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(b) for b in w.bowls) or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "Could you put one block in each of the bowls, love? Any of them will do, I'm not fussy.",
                 _act(*(count_in(b, 1) for b in bowls)))


def t288_qua_manager(w: World) -> Made:
    table = _table_blocks(w)
    if not table:
        return None
    return _made(w, "Please move all blocks currently on the table to the bin.",
                 _act(binned(table), none_binned(w.in_bowls())))


def t288_qua_plain69(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all of the blocks into one single tower.", _act(_chain(w.blocks)))


# ===== negated ========================================================================================
def t288_neg_plumber2(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Bin everything except the {x}.", _act(binned(others), none_binned([x])))


def t288_neg_thai2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Please put all block to the bin, but not the {a} and not the {b}.",
                 _act(binned(others), none_binned([a, b])))


def t288_neg_host(w: World) -> Made:
    inside = [(b, w.state.base(b)) for b in w.in_bowls()]
    if not inside:
        return None
    x, bowl = w.pick(inside)[0]
    return _made(w, f"Pull the {x} out of the {bowl} -- but don't you dare put it in the bin!",
                 _act(_moved_off(x, bowl)))


def t288_neg_nan(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    return _made(w, f"Oh, the {x} shouldn't be sitting on the {y}, dear. Could you take it off? Not in the bin "
                    "though, I might want it later.",
                 _act(rels(Rel("on", x, y, negated=True)), none_binned([x])))


def t288_neg_manager(w: World) -> Made:
    table = _table_blocks(w)
    if len(table) < 2:
        return None
    x = w.pick(table)[0]
    others = [b for b in table if b != x]
    return _made(w, f"Please clear all blocks from the table into the bin, with the exception of the {x}.",
                 _act(binned(others), none_binned([x, *w.in_bowls()])))


def t288_neg_plain69(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Put all the blocks that aren't {w.colour(a)} or {w.colour(b)} in the bin.",
                 _act(binned(others), none_binned([a, b])))


# ===== relative =======================================================================================
def t288_rel_plumber2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    if len(w.state.on_top(below)) != 1:
        return None
    return _made(w, f"The block sitting on the {below}, bin it.", _act(binned([top])))


def t288_rel_thai2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, under = w.pick(pairs)[0]
    bowls = [b for b in w.bowls if w.state.base(under) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Please take the block under the {top} and put it to the {bowl}.",
                 _act(rels(Rel("in", under, bowl))))


def t288_rel_host(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    spots = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.support[b] not in w.state.support)
    if not spots or spots[0][1] not in _loose(w) or (len(spots) > 1 and spots[1][0] - spots[0][0] < 0.03):
        return None
    x = spots[0][1]
    return _made(w, f"The block closest to the {bowl}... step right into that bowl!",
                 _act(rels(Rel("in", x, bowl))))


def t288_rel_nan(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support and w.state.above(b)]
    if not bottoms:
        return None
    x = w.pick(bottoms)[0]
    top = w.state.above(x)[0]
    return _made(w, f"You know that little stack with the {x} at the bottom? Could you take the one right at the "
                    "very top off and put it on the table, dear?", _act(rels(Rel("on_table", top))))


def t288_rel_manager(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    mates = {b for b in w.blocks if w.dist(b, x) < 1e-3}
    spots = sorted(((w.dist(b, x), b) for b in w.blocks
                    if b not in mates and w.state.support[b] not in w.state.support), reverse=True)
    if not spots or spots[0][1] not in _loose(w) or (len(spots) > 1 and spots[0][0] - spots[1][0] < 0.03):
        return None
    far = spots[0][1]
    return _made(w, f"Please move the block furthest from the {x} to the bottom left corner.",
                 _act(rels(Rel("at", far, "bottom left corner"))))


def t288_rel_plain69(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not single:
        return None
    bowl = w.pick(single)[0]
    x = w.state.in_bowl(bowl)[0]
    targets = [b for b in w.blocks if b != x and _depth(w.state, b) + 1 <= layout.MAX_TOWER]
    if not targets:
        return None
    y = w.pick(targets)[0]
    return _made(w, f"Move the block that's in the {bowl} onto the {y}.", _act(rels(Rel("on", x, y))))


# ===== keep ===========================================================================================
def t288_keep_plumber2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if y in w.state.above(x):
        return None
    return _made(w, f"{_cap(x)} in the bin. Don't touch the {y}.", _act(binned([x]), kept(y)))


def t288_keep_thai2(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if y in w.state.above(x):
        return None
    return _made(w, f"Please move the {x} to the middle, but the {y} stay same place.",
                 _act(rels(Rel("at", x, "middle")), kept(y)))


def t288_keep_host(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    y = w.pick(rest)[0]
    return _made(w, f"Empty the {bowl} into the bin -- but the {y} stays exactly where it is!",
                 _act(binned(inside), empty(bowl), kept(y)))


def t288_keep_nan(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(w.blocks) < 3:
        return None
    c = w.pick(inside)[0]
    bowl = w.state.base(c)
    a, b = w.pick([x for x in w.blocks if x != c], 2)
    if c in w.state.above(a) + w.state.above(b) or _depth(w.state, b) + 1 > layout.MAX_TOWER:
        return None
    return _made(w, f"Put the {a} on the {b} for me, would you? But leave the {c} in its bowl, it's happy there.",
                 _act(rels(Rel("on", a, b), Rel("in", c, bowl))))


def t288_keep_manager(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    if c in w.state.above(a) + w.state.above(b) or _depth(w.state, b) + 1 > layout.MAX_TOWER:
        return None
    return _made(w, f"Please stack the {a} on the {b}. The {c} is to remain where it is.",
                 _act(rels(Rel("on", a, b)), kept(c)))


def t288_keep_plain69(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl and w.state.is_clear(b)]
    if not free or not _room(w, bowl):
        return None
    x = w.pick(free)[0]
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Put the {x} in the {bowl} and leave everything else alone.",
                 _act(rels(Rel("in", x, bowl)), kept(*others)))


# ===== multi_step =====================================================================================
def t288_multi_plumber2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y, z = w.pick(w.blocks, 3)
    if _depth(w.state, z) + 1 > layout.MAX_TOWER:
        return None
    return _made(w, f"First the {x} in the bin, then the {y} on the {z}.",
                 _act(binned([x]), rels(Rel("on", y, z))))


def t288_multi_thai2(w: World) -> Made:
    inside = [(b, w.state.base(b)) for b in w.in_bowls()]
    if not inside:
        return None
    x, bowl = w.pick(inside)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free:
        return None
    y = w.pick(free)[0]
    return _made(w, f"First please take the {x} out from the {bowl} and put on the table, after that put the {y} "
                    f"in the {bowl}.", _act(rels(Rel("on_table", x), Rel("in", y, bowl))))


def t288_multi_host(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    return _made(w, f"Round one: the {x} goes to the top left corner! Round two: the {y} goes right on top of it!",
                 _act(rels(Rel("at", x, "top left corner"), Rel("on", y, x))))


def t288_multi_nan(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(free) < 2 or not _room(w, bowl, 2):
        return None
    x, y = w.pick(free, 2)
    return _made(w, f"First could you put the {x} in the {bowl}, dear, and then once that's done the {y} can go "
                    "in with it.", _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


def t288_multi_manager(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    free = [b for b in w.blocks if b not in inside]
    if not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"First, empty the {bowl} into the bin. Then place the {x} in the {bowl}.",
                 _act(binned(inside), rels(Rel("in", x, bowl)), count_in(bowl, 1)))


def t288_multi_plain69(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] not in _ON_TABLE]
    if not off:
        return None
    x = w.pick(off)[0]
    y = w.pick([b for b in w.blocks if b != x])[0]
    return _made(w, f"Put the {x} down on the table first, then stack the {y} on top of it.",
                 _act(rels(Rel("on_table", x), Rel("on", y, x))))


# ===== question =======================================================================================
def t288_q_plumber2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return f"how many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t288_q_thai2(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if len(w.state.on_top(b)) == 1]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return f"What is on the top of the {below}?", answered(top)


def t288_q_host(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    base = w.state.base(x)
    bowl = base if base in w.bowls and w.rng.random() < 0.6 else w.pick(w.bowls)[0]
    return (f"For a thousand points: is the {x} in the {bowl}? Yes or no!",
            answered(yes(holds(Rel("in", x, bowl), w.state))))


def t288_q_nan(w: World) -> Made:
    s = w.state
    spots = [b for b in w.blocks if s.support[b] in s.bowls
             or (s.support[b] in s.support and s.base(b) not in s.bowls)]
    if not spots:
        return None
    x = w.pick(spots)[0]
    return f"Where's the {x} got to, dear? I can't see it for looking.", answered(s.support[x])


def t288_q_manager(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    plain = [b for b in w.blocks if s.base(b) in s.bowls or s.support[b] in _ON_TABLE]
    if not full or not plain:
        return None
    bowl, x = w.pick(full)[0], w.pick(plain)[0]
    return (f"How many blocks are in the {bowl} at present? Also, is the {x} on the table?",
            answered(f"{len(s.in_bowl(bowl))}|{yes(s.support[x] in _ON_TABLE).lower()}"))


def t288_q_plain69(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.pick(pairs)[0]
    else:
        x, y = w.pick(w.blocks, 2)
    n = s.count_at(TABLE)
    if n == 0:
        return None
    return (f"Is the {x} sitting on the {y}, and how many blocks are on the table?",
            answered(f"{yes(s.support[x] == y).lower()}|{n}"))


# ===== matching =======================================================================================
def _sortable(w: World) -> list[Rel] | None:
    want = matching(w)
    if any(not _room(w, r.target) for r in want if not holds(r, w.state)):
        return None
    return want


def t288_match_plumber2(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Sort them out: each block into the bowl of the same colour.", _act(rels(*want)))


def t288_match_thai2(w: World) -> Made:
    want = [r for r in (_sortable(w) or []) if not holds(r, w.state)]
    if not want:
        return None
    r = w.pick(want)[0]
    return _made(w, f"Please put the {r.block} in the bowl same colour with it.", _act(rels(r)))


def t288_match_host(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "It's the colour match round! Every block that has a bowl in its own colour -- send it home "
                    "to that bowl!", _act(rels(*want)))


def t288_match_nan(w: World) -> Made:
    want = _sortable(w)
    if want is None:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    return _made(w, "If there's a bowl the same colour as a block, could you pop that block in it, love? And any "
                    "block without a bowl of its colour can go in the bin.", _act(rels(*want), binned(rest)))


def t288_match_manager(w: World) -> Made:
    matched = {r.block for r in matching(w)}
    rest = [b for b in w.blocks if b not in matched]
    if not rest:
        return None
    return _made(w, "Please place every block whose colour does not match any bowl in the bin.",
                 _act(binned(rest), none_binned(sorted(matched))))


def t288_match_plain69(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    matched = [r.block for r in want]
    rest = [b for b in w.blocks if b not in matched]
    if any(b in w.state.above(m) for m in matched for b in rest):
        return None
    return _made(w, "Put each block into the bowl that matches its colour and leave the rest where they are.",
                 _act(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("plumber2", "thai2", "host", "nan", "manager", "plain69")
FRESH288: list[Template] = [
    (f"t288_{short}_{style}", category, globals()[f"t288_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
