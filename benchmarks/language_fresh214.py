"""`FRESH214`, the two-hundred-and-fifteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six personas write them:
- engineer2: a software engineer, precise but casual: "Basically just move the red block into the blue bowl."
- grandpa: a kindly grandfather, old-fashioned words: "Would you mind putting the red block on the green block, lad?"
- runner: typing on a phone while jogging, fragments and no capitals: "ok so first the red block in the bin then ..."
- teacher2: a primary-school teacher, step by step: "First, pick up the red block. Next, put it in the middle."
- italian: an Italian speaker with small slips of English: "Please, take the block red out from the blue bowl."
- curious: mixes questions and requests: "could you take the red block off the green block? I wonder if it's heavy."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e13beb3, the code of 28d2c3b, before anything it could prompt): 0.70
goal-correct (210 of 300), 75 refused, no wrong action and fifteen wrong replies. The wrong replies: the grandfather's
"Tell me, lad, is X on Y?" (the help text), the teacher's "Look carefully at X. Which block is sitting on top of it? And is
Y in a bowl?" (the first not answered) and the curious person's "how many bowls are there? and is X in one of them?". The
refusals: the grandfather's "lad" and "There's a good robot", the engineer's "No-op for the rest" and "Colour-match pass:",
the teacher's "My goal for today is a little tower. X goes at the bottom, Y goes on it, and Z goes on top." and "If a
block has no bowl of its colour, it stays out of the bowls", and the curious person's remarks after a request ("curious
how empty it looks", "I'm curious if you can tell which one it is", "is that even possible?").
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


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _col(w: World, name: str) -> str:
    return w.colour(name)


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _depth(s: SymState, block: str) -> int:
    """How many blocks from `block` down to the ground of its tower, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    """Whether the bowl can take the blocks in `adding` that are not in it yet."""
    new = [b for b in adding if w.state.base(b) != bowl]
    return len(w.state.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _stackable(w: World, x: str, y: str) -> bool:
    """Whether putting x on y can be done: y is not above x, the tower stays low enough and a bowl has room."""
    s = w.state
    if x == y or y in s.above(x) or s.base(y) == BIN or _depth(s, y) + 1 > layout.MAX_TOWER:
        return False
    base = s.base(y)
    return base not in s.bowls or _room(w, base, [x])


def _stack_pair(w: World) -> tuple[str, str] | None:
    blocks = _loose(w)
    pairs = [(x, y) for x in blocks for y in blocks if _stackable(w, x, y) and w.state.support[x] != y]
    return w.rng.choice(pairs) if pairs else None


def _free_bowl(w: World, block: str, n: int = 1) -> str | None:
    """A bowl the block is not in, with room for n blocks."""
    bowls = [c for c in w.bowls if w.state.base(block) != c and len(w.state.in_bowl(c)) + n <= layout.BOWL_CAPACITY]
    return w.rng.choice(bowls) if bowls else None


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _on_top(w: World) -> list[tuple[str, str]]:
    """(top, below) pairs: a block resting directly on another."""
    return w.pairs()


def _alone(w: World, b: str) -> bool:
    """A block standing on its own on the table: nothing under it, nothing on it."""
    return w.state.support[b] in (TABLE, *PLACES) and w.state.is_clear(b)


def _leftmost(w: World) -> str | None:
    """The block clearly furthest to the left (smallest y), standing on its own on the table."""
    blocks = sorted(_loose(w), key=w.y)
    if len(blocks) < 2 or not _alone(w, blocks[0]) or w.y(blocks[1]) - w.y(blocks[0]) < 0.05:
        return None
    return blocks[0]


def _closest_to(w: World, bowl: str) -> str | None:
    """The block clearly closest to an empty bowl, standing on its own on the table."""
    if w.state.in_bowl(bowl):
        return None
    blocks = sorted(_loose(w), key=lambda b: w.dist(b, bowl))
    if len(blocks) < 2 or not _alone(w, blocks[0]) or w.dist(blocks[1], bowl) - w.dist(blocks[0], bowl) < 0.05:
        return None
    return blocks[0]


def _bowl_of(w: World, colour: str) -> str | None:
    return next((c for c in w.bowls if w.colour(c) == colour), None)


def _not_in_bowls(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) not in f.bowls for b in blocks)


def _in_some_bowl(block: str) -> Check:
    return lambda _i, f: f.base(block) in f.bowls


def _on_table(block: str) -> Rel:
    return Rel("on_table", block)


def _not_here(block: str, bowl: str) -> Check:
    return lambda _i, f: not holds(Rel("in", block, bowl), f)


def _in_place(place: str) -> str:
    return "the middle" if place == "middle" else f"the {place}"


# ----- imperative ---------------------------------------------------------------------------------------
def t214_imp_engineer2(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    bowl = _free_bowl(w, b)
    if bowl is None:
        return None
    return _made(w, f"Basically just move the {b} into the {bowl}, that's all I need.",
                 _act(rels(Rel("in", b, bowl))))


def t214_imp_grandpa(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"Would you mind putting the {x} on top of the {y}, lad? There's a good robot.",
                 _act(rels(Rel("on", x, y))))


def t214_imp_runner(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return _made(w, f"ok so grab the {b} n drop it in the bin", _act(binned([b])))


def t214_imp_teacher2(w: World) -> Made:
    b, place = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"First, pick up the {b}. Next, put it down in {_in_place(place)}. Well done!",
                 _act(rels(Rel("at", b, place))))


def t214_imp_italian(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"Please, take the block {_col(w, b)} out from the {bowl} and put it on the table.",
                 _act(rels(_on_table(b))))


def t214_imp_curious(w: World) -> Made:
    pairs = _on_top(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"could you take the {top} off the {below} and just set it down on the table? "
                    "I wonder how heavy it is", _act(rels(_on_table(top))))


# ----- declarative --------------------------------------------------------------------------------------
def t214_dec_engineer2(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"The {x} should end up on the {y}. That's the whole spec.", _act(rels(Rel("on", x, y))))


def t214_dec_grandpa(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    bowl = _free_bowl(w, b)
    if bowl is None:
        return None
    return _made(w, f"Now then, the {b} belongs in the {bowl}, lad. Put it there for me.",
                 _act(rels(Rel("in", b, bowl))))


def t214_dec_runner(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return _made(w, f"the {b} needs to be in the bin", _act(binned([b])))


def t214_dec_teacher2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"When you are finished, the {b} should be sitting on the table, not inside the {bowl}.",
                 _act(rels(_on_table(b))))


def t214_dec_italian(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    bowl = _free_bowl(w, b)
    if bowl is None:
        return None
    return _made(w, f"The block {_col(w, b)} must to be in the {bowl} at the end.", _act(rels(Rel("in", b, bowl))))


def t214_dec_curious(w: World) -> Made:
    b, place = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"The {b} should be over in {_in_place(place)}. Can you do that for me? I'd love to watch.",
                 _act(rels(Rel("at", b, place))))


# ----- desiderative -------------------------------------------------------------------------------------
def t214_des_engineer2(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowls = [c for c in w.bowls if _room(w, c, [a, b])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"I want the {a} and the {b} both in the {bowl}, basically.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t214_des_grandpa(w: World) -> Made:
    b = w.rng.choice(_loose(w))
    return _made(w, f"I'd like the {b} put away in the bin, if you'd be so kind.", _act(binned([b])))


def t214_des_runner(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"want the {x} on the {y} thx", _act(rels(Rel("on", x, y))))


def t214_des_teacher2(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 3:
        return None
    a, b, c = w.pick(blocks, 3)
    return _made(w, f"My goal for today is a little tower. The {a} goes at the bottom, the {b} goes on it, "
                    f"and the {c} goes on top.", _act(rels(Rel("stacked", a, b, c))))


def t214_des_italian(w: World) -> Made:
    b, place = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"I would like that the {b} goes in {_in_place(place)}, please.",
                 _act(rels(Rel("at", b, place))))


def t214_des_curious(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"I'd love to see the {b} sitting on the table instead of in the {bowl}. could you do that?",
                 _act(rels(_on_table(b))))


# ----- quantified ---------------------------------------------------------------------------------------
def t214_qua_engineer2(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "Basically every single block should end up in the bin.", _act(binned(w.blocks)))


def t214_qua_grandpa(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Would you take all the blocks out of the {bowl} and put them in the bin, lad?",
                 _act(binned(inside), empty(bowl)))


def t214_qua_runner(w: World) -> Made:
    blocks = _loose(w)
    bowls = [c for c in w.bowls if len(w.state.in_bowl(c)) != 2]
    if len(blocks) < 2 or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"need exactly 2 blocks in the {bowl}, dont care which", _act(count_in(bowl, 2)))


def t214_qua_teacher2(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    return _made(w, "Put one block in each bowl, please. Every bowl should end up with exactly one block in it.",
                 _act(*(count_in(c, 1) for c in bowls)))


def t214_qua_italian(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Put all the blocks in the {bowl}, every one of them.",
                 _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t214_qua_curious(w: World) -> Made:
    table = w.state.on_the_table()
    if not table or len(table) > 5:
        return None
    return _made(w, "could you put every block that's on the table into the bin? curious how empty it looks",
                 _act(binned(table)))


# ----- negated ------------------------------------------------------------------------------------------
def t214_neg_engineer2(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    b = w.rng.choice(w.blocks)
    others = [o for o in w.blocks if o != b]
    if len(others) > 5:
        return None
    return _made(w, f"Move every block except the {b} into the bin.", _act(binned(others), none_binned([b])))


def t214_neg_grandpa(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    b = w.rng.choice(outside)
    others = [o for o in w.blocks if o != b]
    if not others or len(others) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all the blocks in the {bowl} except the {b}, lad.",
                 _act(rels(*(Rel("in", o, bowl) for o in others)), _not_here(b, bowl)))


def t214_neg_runner(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"empty the {bowl} but dont put the {b} in the bin", _act(empty(bowl), none_binned([b])))


def t214_neg_teacher2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"Take the {b} out of the {bowl}. Do not put it in the bin, please.",
                 _act(_not_here(b, bowl), none_binned([b])))


def t214_neg_italian(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    others = [o for o in w.blocks if o not in (a, b)]
    return _made(w, f"Put in the bin all the blocks, but not the block {_col(w, a)} and not the block {_col(w, b)}.",
                 _act(binned(others), none_binned([a, b])))


def t214_neg_curious(w: World) -> Made:
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    b = w.rng.choice(inside)
    others = [o for o in w.blocks if o != b]
    return _made(w, f"could you take all the blocks out of the bowls except the {b}? I wonder how it'll look",
                 _act(_not_in_bowls(others), _in_some_bowl(b)))


# ----- relative -----------------------------------------------------------------------------------------
def t214_rel_engineer2(w: World) -> Made:
    pairs = _on_top(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take whatever block is sitting on the {below} and bin it.", _act(binned([top])))


def t214_rel_grandpa(w: World) -> Made:
    pairs = _on_top(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    place = _place(w)
    return _made(w, f"Would you put the block underneath the {top} over in {_in_place(place)}, lad?",
                 _act(rels(Rel("at", below, place))))


def t214_rel_runner(w: World) -> Made:
    b = _leftmost(w)
    if b is None:
        return None
    return _made(w, "leftmost block in the bin pls", _act(binned([b])))


def t214_rel_teacher2(w: World) -> Made:
    pairs = _on_top(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Look at the {below}. Take the block that is sitting on it and put it on the table.",
                 _act(rels(_on_table(top))))


def t214_rel_italian(w: World) -> Made:
    pairs = _on_top(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _free_bowl(w, below)
    if bowl is None:
        return None
    return _made(w, f"The block what is under the {top}, put it in the {bowl} please.",
                 _act(rels(Rel("in", below, bowl))))


def t214_rel_curious(w: World) -> Made:
    found = [(c, b) for c in w.bowls if (b := _closest_to(w, c)) is not None]
    if not found:
        return None
    bowl, b = w.rng.choice(found)
    place = _place(w)
    return _made(w, f"could you grab the block closest to the {bowl} and move it to {_in_place(place)}? "
                    "I'm curious if you can tell which one it is", _act(rels(Rel("at", b, place))))


# ----- keep ---------------------------------------------------------------------------------------------
def t214_keep_engineer2(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    b = w.rng.choice(clear)
    bowl = _free_bowl(w, b)
    if bowl is None:
        return None
    others = [o for o in w.blocks if o != b]
    return _made(w, f"Move the {b} into the {bowl}. No-op for the rest, everything else stays exactly where it is.",
                 _act(rels(Rel("in", b, bowl)), kept(*others)))


def t214_keep_grandpa(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    a, k = w.pick(loose, 2)
    if k in w.state.above(a):
        return None
    return _made(w, f"Would you put the {a} in the bin, lad, but leave the {k} just where it is.",
                 _act(binned([a]), kept(k)))


def t214_keep_runner(w: World) -> Made:
    bowls = [c for c in w.bowls if w.state.in_bowl(c)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    outside = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not outside:
        return None
    k = w.rng.choice(outside)
    return _made(w, f"clear out the {bowl} but leave the {k} where it is", _act(empty(bowl), kept(k)))


def t214_keep_teacher2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    pairs = [(x, y) for x in _loose(w) for y in _loose(w)
             if _stackable(w, x, y) and w.state.support[x] != y and bowl not in (w.state.base(x), w.state.base(y))]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)

    def same_bowl(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl))

    return _made(w, f"Please put the {x} on the {y}. Leave the {bowl} exactly as it is, thank you.",
                 _act(rels(Rel("on", x, y)), same_bowl, kept(*inside)))


def t214_keep_italian(w: World) -> Made:
    off = [b for b in _loose(w) if not holds(_on_table(b), w.state)]
    if not off or len(w.blocks) < 2:
        return None
    a = w.rng.choice(off)
    keep = [k for k in w.blocks if k != a and k not in w.state.above(a)]
    if not keep:
        return None
    k = w.rng.choice(keep)
    return _made(w, f"Put the block {_col(w, a)} on the table, but the block {_col(w, k)} you leave where it is.",
                 _act(rels(_on_table(a)), kept(k)))


def t214_keep_curious(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    keep = [k for k in w.blocks if k not in (x, y) and k not in w.state.above(x) and k not in w.state.above(y)]
    if not keep:
        return None
    k = w.rng.choice(keep)
    return _made(w, f"could you stack the {x} on the {y} without moving the {k}? is that even possible?",
                 _act(rels(Rel("on", x, y)), kept(k)))


# ----- multi-step ---------------------------------------------------------------------------------------
def t214_multi_engineer2(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    x, y = pair
    s = w.state
    rest = [a for a in _loose(w) if a not in (x, y) and a not in s.above(x) and a not in s.above(y)
            and x not in s.above(a) and y not in s.above(a)]
    if not rest:
        return None
    a = w.rng.choice(rest)
    return _made(w, f"Step 1: the {a} into the bin. Step 2: the {x} onto the {y}.",
                 _act(binned([a]), rels(Rel("on", x, y))))


def t214_multi_grandpa(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    bowls = [c for c in w.bowls if _room(w, c, [a, b])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"First put the {a} in the {bowl}, lad, and then pop the {b} on top of it.",
                 _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t214_multi_runner(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    place = _place(w)
    return _made(w, f"ok so first the {a} in the bin then the {b} to {_in_place(place)}",
                 _act(binned([a]), rels(Rel("at", b, place))))


def t214_multi_teacher2(w: World) -> Made:
    off = [b for b in _loose(w) if not holds(_on_table(b), w.state)]
    if not off:
        return None
    a = w.rng.choice(off)
    others = [b for b in _loose(w) if b != a]
    if not others:
        return None
    b = w.rng.choice(others)
    return _made(w, f"First, take the {a} and put it on the table. Next, put the {b} on top of it. Well done!",
                 _act(rels(_on_table(a), Rel("on", b, a))))


def t214_multi_italian(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < 2:
        return None
    a, b = w.pick(_loose(w), 2)
    c1, c2 = w.pick(w.bowls, 2)
    if not (_room(w, c1, [a]) and _room(w, c2, [b])):
        return None
    return _made(w, f"First you put the block {_col(w, a)} in the {c1}, after you put the block {_col(w, b)} "
                    f"in the {c2}.", _act(rels(Rel("in", a, c1), Rel("in", b, c2))))


def t214_multi_curious(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    place = _place(w)
    return _made(w, f"could you first move the {a} to {_in_place(place)} and then put the {b} on it? "
                    "curious if it balances", _act(rels(Rel("at", a, place), Rel("on", b, a))))


# ----- questions ----------------------------------------------------------------------------------------
def t214_q_engineer2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return f"Quick sanity check: how many blocks are in the {bowl} right now?", answered(str(n))


def t214_q_grandpa(w: World) -> Made:
    pairs = _on_top(w)
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        if len(w.blocks) < 2:
            return None
        x, y = w.pick(w.blocks, 2)
    on = w.state.support[x] == y
    return f"Tell me, lad, is the {x} sitting on the {y}?", answered(yes(on))


def t214_q_runner(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"whats in the {bowl} rn", answered("|".join(inside) if inside else "nothing")


def t214_q_teacher2(w: World) -> Made:
    pairs = _on_top(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    rest = [b for b in w.blocks if b not in (top, below)]
    if not rest:
        return None
    b = w.rng.choice(rest)
    in_bowl = w.state.base(b) in w.state.bowls
    return (f"Look carefully at the {below}. Which block is sitting on top of it? And is the {b} in a bowl?",
            answered(f"{top}|{yes(in_bowl)}"))


def t214_q_italian(w: World) -> Made:
    s = w.state
    where: dict[str, str] = {}
    for b in _loose(w):
        sup = s.support[b]
        if sup in s.bowls or sup in PLACES:
            where[b] = sup
        elif sup == TABLE:
            where[b] = "table"
        elif sup in s.support and s.base(b) not in s.bowls:
            where[b] = sup
    if not where:
        return None
    b = w.rng.choice(sorted(where))
    return f"Where is the block {_col(w, b)}?", answered(where[b])


def t214_q_curious(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    n = len(w.bowls)
    in_bowl = w.state.base(b) in w.state.bowls
    return (f"hey, how many bowls are there on the table? and is the {b} in one of them?",
            answered(f"{n}|{yes(in_bowl)}"))


# ----- matching -----------------------------------------------------------------------------------------
def t214_match_engineer2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Colour-match pass: every block that has a bowl of the same colour should end up in that bowl.",
                 _act(rels(*want)))


def t214_match_grandpa(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target, [r.block])]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Would you put the {r.block} into the bowl that's the same colour as it, lad?", _act(rels(r)))


def t214_match_runner(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "ok so match the blocks to the bowls by colour, same colour same bowl", _act(rels(*want)))


def t214_match_teacher2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if any(w.state.base(b) in w.state.bowls for b in rest):
        return None
    return _made(w, "Each block goes into the bowl of the same colour. If a block has no bowl of its colour, "
                    "it stays out of the bowls.", _act(rels(*want), _not_in_bowls(rest)))


def t214_match_italian(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target, [r.block])]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"The block with the same colour of the {r.target}, put it inside, please.", _act(rels(r)))


def t214_match_curious(w: World) -> Made:
    options = []
    for ref in w.blocks:
        bowl = _bowl_of(w, _col(w, ref))
        if bowl is None:
            continue
        options += [(a, ref, bowl) for a in _loose(w) if a != ref and w.state.base(a) != bowl and _room(w, bowl, [a])]
    if not options:
        return None
    a, ref, bowl = w.rng.choice(options)
    return _made(w, f"could you put the {a} in the bowl that's the same colour as the {ref}? "
                    "I'm curious if you can work out which one", _act(rels(Rel("in", a, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("engineer2", "grandpa", "runner", "teacher2", "italian", "curious")
FRESH214: list[Template] = [
    (f"t214_{short}_{style}", category, globals()[f"t214_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
