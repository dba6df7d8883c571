"""`FRESH334`, the three-hundred-and-thirty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table through a chat window, each in their own way of
typing. Six personas write them:
- paramedic: a paramedic, calm, urgent, short clear orders ("Red block to the bin. Now.")
- librarian6: a librarian, quiet and precise ("Kindly place the green block on top of the yellow block.")
- grandpa6: a grandfather, slow, long sentences, old-fashioned words ("Would you be so good as to carry the red block
  over to the top left corner, there's a good fellow.")
- swahili5: a Swahili speaker writing English with small slips ("Please put the red block inside blue bowl.")
- teen9: a teenager, lowercase, casual, abbreviations ("yo chuck the pink block in the bin pls")
- plain115: a plain, ordinary adult ("The white block should be in the middle.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 0e602fe, the code of bd33e56, before anything it could prompt): 0.9333
goal-correct (280 of 300), 15 refused, 0 questions, 0 wrong actions, 5 wrong replies. The wrong replies: a grandpa's
'Tell me, young machine, is X sitting on Y?' (a help text). The refusals: a grandpa's 'Now then, X ought to be sitting
on top of Y, to my way of thinking.', 'It would please me no end to see X perched atop Y, if it's no trouble to you.'
and 'I don't care to see X lying in W any longer; take it out and set it down wherever you please.'.
"""

from __future__ import annotations

import math

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers -----
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(w: World, name: str) -> str:
    """The colour word of an object."""
    return w.colour(name)


def _height(s: SymState, block: str) -> int:
    """How many blocks stand from `block` down to the ground of its tower, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _loose(w: World) -> list[str]:
    """Clear blocks whose tower stands on the table (not in a bowl)."""
    return [b for b in w.clear_blocks() if w.state.base(b) not in w.state.bowls]


def _alone(w: World) -> list[str]:
    """Blocks standing by themselves straight on the table."""
    return [b for b in w.clear_blocks() if w.state.support[b] == TABLE]


def _into_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl it is not in that has room for it."""
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w.state, b)]
    return (x, bowls[w.rng.randrange(len(bowls))]) if bowls else None


def _stack_pair(w: World, exclude: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(x, y): a clear block x that can go on the clear block y, whose tower stands on the table and has room."""
    s = w.state
    x = _one(w, [b for b in w.clear_blocks() if b not in exclude])
    if x is None:
        return None
    ys = [y for y in w.clear_blocks() if y != x and y not in exclude and s.support[x] != y
          and _height(s, y) < layout.MAX_TOWER and s.base(y) not in s.bowls]
    return (x, ys[w.rng.randrange(len(ys))]) if ys else None


def _lifted(w: World) -> list[str]:
    """Clear blocks that are not straight on the table: on another block or in a bowl."""
    return [b for b in w.clear_blocks() if w.state.support[b] != TABLE]


def _winner(w: World, key, pool: list[str], among: list[str] | None = None) -> str | None:
    """The block with the smallest key, when it is in `pool` and beats every other by at least 3 cm."""
    ranked = sorted(among if among is not None else w.blocks, key=key)
    if not ranked or ranked[0] not in pool:
        return None
    if len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < 0.03:
        return None
    return ranked[0]


def _to_place(w: World, block: str, place: str) -> float:
    px, py = layout.PLACES[place]
    pos = w.scene.get(block).position
    return math.hypot(pos[0] - px, pos[1] - py)


def _out_of_bowls(blocks: list[str]) -> Check:
    """Each block's tower now stands on the table (or a place on it)."""
    return lambda _i, f: all(b in f.on_the_table() for b in blocks)


def _count_binned(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


# ----- imperative -----
def t334_imp_paramedic(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return _made(w, f"Move the {x} into the {bowl}. Now, please.", _act(rels(Rel("in", x, bowl))))


def t334_imp_librarian6(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    return _made(w, f"Kindly place the {x} on top of the {y}.", _act(rels(Rel("on", x, y))))


def t334_imp_grandpa6(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    place = PLACES[w.rng.randrange(4)]
    text = (f"Would you be so good as to carry the {x} over to the {place} of the table, "
            "there's a good fellow, and set it down gently.")
    return _made(w, text, _act(rels(Rel("at", x, place))))


def t334_imp_swahili5(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return _made(w, f"Please put the {x} inside {bowl}.", _act(rels(Rel("in", x, bowl))))


def t334_imp_teen9(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"yo chuck the {x} in the bin pls", _act(binned([x])))


def t334_imp_plain115(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.is_clear(top)]
    if not pairs:
        return None
    top, below = pairs[w.rng.randrange(len(pairs))]
    text = f"Take the {top} off the {below} and put it down on the table."
    return _made(w, text, _act(rels(Rel("on_table", top))))


# ----- declarative -----
def t334_dec_paramedic(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"The {x} goes in the bin.", _act(binned([x])))


def t334_dec_librarian6(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return _made(w, f"The {x} belongs in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t334_dec_grandpa6(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    text = f"Now then, the {x} ought to be sitting on top of the {y}, to my way of thinking."
    return _made(w, text, _act(rels(Rel("on", x, y))))


def t334_dec_swahili5(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    place = PLACES[w.rng.randrange(4)]
    return _made(w, f"The {x} must be at {place}.", _act(rels(Rel("at", x, place))))


def t334_dec_teen9(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.is_clear(top)]
    if not pairs:
        return None
    top, below = pairs[w.rng.randrange(len(pairs))]
    text = f"the {top} has to be on the table, not on the {below}"
    return _made(w, text, _act(rels(Rel("on_table", top))))


def t334_dec_plain115(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"The {x} should be in the middle of the table.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- desiderative -----
def t334_des_paramedic(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"I need the {x} in the bin.", _act(binned([x])))


def t334_des_librarian6(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    return _made(w, f"I would like the {x} placed in the {bowl}, please.", _act(rels(Rel("in", x, bowl))))


def t334_des_grandpa6(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    text = f"It would please me no end to see the {x} perched atop the {y}, if it's no trouble to you."
    return _made(w, text, _act(rels(Rel("on", x, y))))


def t334_des_swahili5(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    place = PLACES[w.rng.randrange(4)]
    return _made(w, f"I want that the {x} go to the {place}.", _act(rels(Rel("at", x, place))))


def t334_des_teen9(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.support[b] in w.state.bowls])
    if x is None:
        return None
    bowl = w.state.support[x]
    text = f"kinda want the {x} out of the {bowl}, just put it on the table"
    return _made(w, text, _act(rels(Rel("on_table", x))))


def t334_des_plain115(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    return _made(w, f"It'd be nice if the {x} were in the bin.", _act(binned([x])))


# ----- quantified -----
def t334_qua_paramedic(w: World) -> Made:
    return _made(w, "All blocks in the bin. Go.", _act(binned(w.blocks)))


def t334_qua_librarian6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = bowls[w.rng.randrange(len(bowls))]
    if len([b for b in w.blocks if w.state.base(b) not in w.state.bowls]) < 2:
        return None
    return _made(w, f"Please place two blocks in the {bowl}.", _act(count_in(bowl, 2)))


def t334_qua_grandpa6(w: World) -> Made:
    inside, outside = w.in_bowls(), [b for b in w.blocks if b not in w.in_bowls()]
    if not inside or not outside:
        return None
    text = ("Every block that isn't already sitting in a bowl, I'd like you to put into the bin, "
            "if you'd be so kind; the ones in the bowls can stay as they are.")
    return _made(w, text, _act(binned(outside), none_binned(inside),
                               lambda i, f: all(f.base(b) == i.base(b) for b in inside)))


def t334_qua_swahili5(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = _one(w, w.bowls)
    return _made(w, f"Put all blocks into the {bowl}, all of them please.",
                 _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t334_qua_teen9(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "take all the blocks out of the bowls n put them on the table", _act(_out_of_bowls(inside)))


def t334_qua_plain115(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Move three blocks to the bin.", _act(_count_binned(3)))


# ----- negated -----
def t334_neg_paramedic(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if w.state.is_clear(top)]
    if not pairs:
        return None
    top, below = pairs[w.rng.randrange(len(pairs))]
    text = f"Get the {top} off the {below}. Not in the bin."
    return _made(w, text, _act(rels(Rel("on", top, below, negated=True)), none_binned([top])))


def t334_neg_librarian6(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x = _one(w, w.blocks)
    others = [b for b in w.blocks if b != x]
    text = f"Please put every block except the {x} in the bin."
    return _made(w, text, _act(binned(others), none_binned([x])))


def t334_neg_grandpa6(w: World) -> Made:
    x = _one(w, [b for b in w.clear_blocks() if w.state.base(b) in w.state.bowls])
    if x is None:
        return None
    bowl = w.state.base(x)
    text = (f"I don't care to see the {x} lying in the {bowl} any longer; "
            "take it out and set it down wherever you please.")
    return _made(w, text, _act(rels(Rel("in", x, bowl, negated=True))))


def t334_neg_swahili5(w: World) -> Made:
    under = _one(w, [below for _top, below in w.pairs()])
    if under is None:
        return None
    return _made(w, f"No block should stay on top of the {under}, please.", _act(rels(Rel("clear", under))))


def t334_neg_teen9(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in (a, b)]
    text = f"bin everything but the {_c(w, a)} and {_c(w, b)} blocks"
    return _made(w, text, _act(binned(others), none_binned([a, b])))


def t334_neg_plain115(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    return _made(w, f"The {bowl} shouldn't have any blocks in it.", _act(empty(bowl)))


# ----- relative -----
def t334_rel_paramedic(w: World) -> Made:
    below = _one(w, [below for _top, below in w.pairs()])
    if below is None:
        return None
    top = w.state.on_top(below)[0]
    return _made(w, f"The block on the {below}: bin it.", _act(binned([top])))


def t334_rel_librarian6(w: World) -> Made:
    x = _winner(w, w.y, _alone(w))
    if x is None:
        return None
    return _made(w, "Please move the leftmost block to the bottom right corner.", _act(rels(Rel("at", x, PLACES[3]))))


def t334_rel_grandpa6(w: World) -> Made:
    bowl = _one(w, w.bowls)
    among = [b for b in w.blocks if w.state.base(b) != bowl]
    x = _winner(w, lambda b: w.dist(b, bowl), _alone(w), among)
    if x is None:
        return None
    text = f"The block nearest to the {bowl}, would you put that one in the bin for me, please."
    return _made(w, text, _act(binned([x])))


def t334_rel_swahili5(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    bowl = _one(w, bowls)
    if bowl is None:
        return None
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"Take the block which is in {bowl} and put it on the table.", _act(rels(Rel("on_table", x))))


def t334_rel_teen9(w: World) -> Made:
    x = _winner(w, lambda b: -w.y(b), _alone(w))
    if x is None:
        return None
    bowls = [b for b in w.bowls if _room(w.state, b)]
    bowl = _one(w, bowls)
    if bowl is None:
        return None
    return _made(w, f"grab the block furthest to the right n put it in the {bowl}", _act(rels(Rel("in", x, bowl))))


def t334_rel_plain115(w: World) -> Made:
    place = PLACES[w.rng.randrange(4)]
    x = _winner(w, lambda b: _to_place(w, b, place), _alone(w))
    if x is None:
        return None
    return _made(w, f"Put the block that's closest to the {place} into the bin.", _act(binned([x])))


# ----- keep -----
def t334_keep_paramedic(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    y = _one(w, [b for b in w.blocks if b != x and b not in w.state.above(x)])
    if y is None:
        return None
    return _made(w, f"{_c(w, x).capitalize()} block to the bin. Leave the {y} alone.", _act(binned([x]), kept(y)))


def t334_keep_librarian6(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    other = _one(w, [b for b in w.bowls if b != bowl and w.state.base(x) != b])
    if other is None:
        return None
    same = lambda i, f: sorted(i.in_bowl(other)) == sorted(f.in_bowl(other))  # noqa: E731
    text = f"Please put the {x} in the {bowl}, but do not touch the {other}."
    return _made(w, text, _act(rels(Rel("in", x, bowl)), same))


def t334_keep_grandpa6(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    z = _one(w, [b for b in w.blocks if b not in (x, y)])
    if z is None:
        return None
    text = f"Stack the {x} on the {y}, but mind you leave the {z} just where it is."
    return _made(w, text, _act(rels(Rel("on", x, y)), kept(z)))


def t334_keep_swahili5(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    y = _one(w, [b for b in w.blocks if b != x])
    if y is None:
        return None
    text = f"Put the {x} for the middle, but the {y} leave it where it is."
    return _made(w, text, _act(rels(Rel("at", x, PLACES[4])), kept(y)))


def t334_keep_teen9(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    y = _one(w, [b for b in w.blocks if b != x])
    if y is None:
        return None
    text = f"move the {x} to the top right corner but dont touch the {y}"
    return _made(w, text, _act(rels(Rel("at", x, PLACES[1])), kept(y)))


def t334_keep_plain115(w: World) -> Made:
    under = _one(w, [below for _top, below in w.pairs()])
    if under is None:
        return None
    text = f"Clear everything off the {under}, but leave the {under} itself where it is."
    return _made(w, text, _act(rels(Rel("clear", under)), kept(under)))


# ----- multi_step -----
def t334_multi_paramedic(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    if x is None:
        return None
    rest = [b for b in w.clear_blocks() if b != x]
    y = _one(w, rest) if rest else None
    if y is None and w.state.support[x] in w.state.support:
        y = w.state.support[x]
    if y is None:
        return None
    bowl = _one(w, [b for b in w.bowls if w.state.base(y) != b and _room(w.state, b)])
    if bowl is None:
        return None
    text = f"First the {x} to the bin. Then the {y} to the {bowl}."
    return _made(w, text, _act(binned([x]), rels(Rel("in", y, bowl))))


def t334_multi_librarian6(w: World) -> Made:
    x = _one(w, _lifted(w))
    if x is None:
        return None
    y = _one(w, [b for b in w.clear_blocks() if b != x])
    if y is None:
        return None
    text = f"First, please place the {x} on the table; then place the {y} on top of the {x}."
    return _made(w, text, _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t334_multi_grandpa6(w: World) -> Made:
    got = _into_bowl(w)
    if got is None:
        return None
    x, bowl = got
    y = _one(w, [b for b in w.clear_blocks() if b != x])
    if y is None:
        return None
    text = (f"To begin with, I'd have you take the {x} and put it in the {bowl}, "
            f"and after that, if you please, the {y} into the bin.")
    return _made(w, text, _act(rels(Rel("in", x, bowl)), binned([y])))


def t334_multi_swahili5(w: World) -> Made:
    x, y = w.pick(w.clear_blocks(), 2) or (None, None)
    if x is None:
        return None
    text = f"First put {x} on top left corner, after that put {y} on top of {x}."
    return _made(w, text, _act(rels(Rel("at", x, PLACES[0]), Rel("on", y, x))))


def t334_multi_teen9(w: World) -> Made:
    got = _stack_pair(w)
    if got is None:
        return None
    x, y = got
    z = _one(w, [b for b in w.clear_blocks() if b not in (x, y)])
    if z is None:
        return None
    text = f"ok so 1st stack the {x} on the {y}, then chuck the {z} in the bin"
    return _made(w, text, _act(rels(Rel("on", x, y)), binned([z])))


def t334_multi_plain115(w: World) -> Made:
    if len(w.clear_blocks()) < 3:
        return None
    a, b, c = w.pick(w.clear_blocks(), 3)
    text = (f"Move the {a} to the top left corner, then the {b} to the top right corner, "
            f"and then the {c} to the middle.")
    return _made(w, text, _act(rels(Rel("at", a, PLACES[0]), Rel("at", b, PLACES[1]), Rel("at", c, PLACES[4]))))


# ----- question -----
def t334_q_paramedic(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    return f"{bowl.capitalize()}: what's in it?", answered("|".join(w.state.in_bowl(bowl)))


def t334_q_librarian6(w: World) -> Made:
    n = w.state.count_at(TABLE)
    return "How many blocks are on the table at the moment, please?", answered(str(n))


def t334_q_grandpa6(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = pairs[w.rng.randrange(len(pairs))]
    else:
        x, y = w.pick(w.blocks, 2)
    truth = holds(Rel("on", x, y), w.state)
    return f"Tell me, young machine, is the {x} sitting on the {y}?", answered(yes(truth))


def t334_q_swahili5(w: World) -> Made:
    x = _one(w, w.blocks)
    s = w.state.support[x]
    return f"Where is {x}?", answered("table" if s == TABLE else s)


def t334_q_teen9(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    return f"how many blocks r in the {bowl} rn", answered(str(len(w.state.in_bowl(bowl))))


def t334_q_plain115(w: World) -> Made:
    x = _one(w, w.blocks)
    bowl = _one(w, w.bowls)
    if w.in_bowls() and w.rng.random() < 0.5:
        x = _one(w, w.in_bowls())
        bowl = w.state.base(x)
    return f"Is the {x} in the {bowl}?", answered(yes(w.state.base(x) == bowl))


# ----- matching -----
def _matches(w: World) -> list[Rel]:
    return matching(w)


def t334_match_paramedic(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "Sort the blocks by colour into the bowls.", _act(rels(*want)))


def t334_match_librarian6(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    text = "Please put each block into the bowl of the same colour, wherever there is one."
    return _made(w, text, _act(rels(*want)))


def t334_match_grandpa6(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    text = ("Would you kindly put the blocks into the bowls that match their colours, "
            "the way my late wife always liked things kept.")
    return _made(w, text, _act(rels(*want)))


def t334_match_swahili5(w: World) -> Made:
    want = [r for r in _matches(w) if not holds(r, w.state)]
    if not want:
        return None
    r = want[w.rng.randrange(len(want))]
    return _made(w, f"Put the {r.block} in the bowl of same colour.", _act(rels(r)))


def t334_match_teen9(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "match the blocks w/ the bowls, same colours go together", _act(rels(*want)))


def t334_match_plain115(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    movers = {r.block for r in want}
    others = [b for b in w.blocks if b not in movers]
    if not others or any(set(w.state.above(m)) & set(others) for m in movers):
        return None
    text = "Put every block whose colour matches a bowl into that bowl, and leave the others alone."
    return _made(w, text, _act(rels(*want), kept(*others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("paramedic", "librarian6", "grandpa6", "swahili5", "teen9", "plain115")
FRESH334: list[Template] = [
    (f"t334_{short}_{style}", category, globals()[f"t334_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
