"""`FRESH340`, the three-hundred-and-fortieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table, asking what is where, sorting by colour,
each in the words they would use anyway. Six personas write them:
- shopkeeper: a cheerful, homely shopkeeper; "Be a love and pop the red block into the blue bowl, would you?"
- accountant5: a tidy accountant, numbers first; "Exactly two blocks in the blue bowl, please. Any two will do."
- student6: a casual, distracted university student; "ok can you stack the red block on the green block real quick"
- japanese5: a Japanese speaker writing English with small slips; "Please put the red block to the bin, thank you."
- fisherman: a salty, laconic fisherman; "Three blocks in the bin. Don't care which."
- plain121: a plain, ordinary adult; "Move the red block to the middle, then put the green block on it."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 05e9747, the code of f0784ca, before anything it could
prompt): 0.8833 goal-correct (265 of 300), 20 refused, 5 questions, 5 wrong actions, 5 wrong replies. The wrong
actions: an accountant's 'Bin every block except X. That is 2 blocks in the bin; X stays out.' binned X too. The wrong
reply: a fisherman's 'Nothing in the bin but X.' said it was done. The refusals: a shopkeeper's 'No block should be
left in W, dear, out they all come', a Japanese speaker's 'Please make so that nothing is on X' and '..., but the
blocks in W, please don't touch them', a student's 'put X in W, the one that matches'. The question: a student's '...
just move it somewhere'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

MARGIN = 0.03  # a clear winner for position words: at least 3 cm ahead of the next


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _on_table(w: World, b: str) -> bool:
    return w.state.base(b) in (TABLE, *PLACES)


def _depth(w: World, b: str) -> int:
    """How many blocks stand in `b`'s tower from its base up to `b` itself."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _can_stack(w: World, x: str, y: str) -> bool:
    """Whether clear `x` can go on clear `y`, a tower on the table with room on top."""
    s = w.state
    return (x != y and s.is_clear(x) and s.is_clear(y) and _on_table(w, y) and s.support[x] != BIN
            and _depth(w, y) < layout.MAX_TOWER)


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    return [(x, y) for x in w.clear_blocks() for y in w.clear_blocks() if _can_stack(w, x, y)]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _into(w: World) -> list[tuple[str, str]]:
    """(clear block, bowl with room) where the block is not in that bowl yet."""
    return [(b, o) for b in w.clear_blocks() for o in w.bowls if w.state.base(b) != o and _room(w, o)]


def _full(w: World) -> list[str]:
    """Bowls with at least one block in them."""
    return [o for o in w.bowls if w.state.in_bowl(o)]


def _winner(w: World, items: list[str], key) -> str | None:
    """The item with the smallest key, when it leads the next by at least `MARGIN`."""
    ranked = sorted(items, key=key)
    if not ranked or (len(ranked) > 1 and key(ranked[1]) - key(ranked[0]) < MARGIN):
        return None
    return ranked[0]


def _raised(w: World) -> list[str]:
    """Clear blocks not standing on the table: on another block or in a bowl."""
    return [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]


def _fits(w: World, want: list[Rel]) -> bool:
    """Whether the bowls have room for the blocks these relations bring in."""
    for o in w.bowls:
        new = [r for r in want if r.rel == "in" and r.target == o and w.state.base(r.block) != o]
        if not _room(w, o, len(new)):
            return False
    return True


def _names(blocks: list[str]) -> str:
    return "|".join(blocks)


def _n_binned(n: int) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        return sum(1 for b in f.blocks if f.base(b) == BIN) == n
    return check


def _untouched(bowl: str) -> Check:
    """The bowl holds the same blocks as at the start, each resting where it rested."""
    return lambda i, f: set(i.in_bowl(bowl)) == set(f.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


# ----- imperative -------------------------------------------------------------------------------------
def t340_imp_shopkeeper(w: World) -> Made:
    for x, bowl in w.pick(_into(w)):
        return _made(w, f"Be a love and pop the {x} into the {bowl}, would you?", _act(rels(Rel("in", x, bowl))))
    return None


def t340_imp_accountant5(w: World) -> Made:
    place = w.rng.choice(PLACES)
    for x in w.pick(w.clear_blocks()):
        return _made(w, f"Move the {x} to the {place}. One block, one move.", _act(rels(Rel("at", x, place))))
    return None


def t340_imp_student6(w: World) -> Made:
    for x, y in w.pick(_stack_pairs(w)):
        return _made(w, f"ok can you stack the {x} on the {y} real quick", _act(rels(Rel("on", x, y))))
    return None


def t340_imp_japanese5(w: World) -> Made:
    for x in w.pick(w.clear_blocks()):
        return _made(w, f"Please put the {x} to the bin, thank you.", _act(rels(Rel("in_bin", x))))
    return None


def t340_imp_fisherman(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    for x, y in w.pick(pairs):
        return _made(w, f"Shift the {x} off the {y}. Onto the table.", _act(rels(Rel("on_table", x))))
    return None


def t340_imp_plain121(w: World) -> Made:
    moves = [(b, w.state.base(b), o) for b, o in _into(w) if w.state.base(b) in w.bowls]
    for x, src, dst in w.pick(moves):
        return _made(w, f"Take the {x} out of the {src} and put it in the {dst}.", _act(rels(Rel("in", x, dst))))
    return None


# ----- declarative ------------------------------------------------------------------------------------
def t340_dec_shopkeeper(w: World) -> Made:
    for x, bowl in w.pick(_into(w)):
        return _made(w, f"Now then, the {x} belongs in the {bowl}, love.", _act(rels(Rel("in", x, bowl))))
    return None


def t340_dec_accountant5(w: World) -> Made:
    for x, y in w.pick(_stack_pairs(w)):
        return _made(w, f"For the record: the {x} is to sit on the {y}. That is the only change.",
                     _act(rels(Rel("on", x, y))))
    return None


def t340_dec_student6(w: World) -> Made:
    for x in w.pick(w.clear_blocks()):
        return _made(w, f"the {x} goes in the bin btw", _act(rels(Rel("in_bin", x))))
    return None


def t340_dec_japanese5(w: World) -> Made:
    place = w.rng.choice(PLACES[:4])
    for x in w.pick(w.clear_blocks()):
        return _made(w, f"The {x} must to be at the {place}.", _act(rels(Rel("at", x, place))))
    return None


def t340_dec_fisherman(w: World) -> Made:
    loose = [b for b in w.clear_blocks() if w.state.support[b] in w.bowls]
    for x in w.pick(loose):
        bowl = w.state.support[x]
        return _made(w, f"The {x} sits on the table. Not in the {bowl}.", _act(rels(Rel("on_table", x))))
    return None


def t340_dec_plain121(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o, 2)]
    free = w.clear_blocks()
    for bowl in w.pick(bowls):
        pair = w.pick([b for b in free if w.state.base(b) != bowl], 2)
        if pair:
            x, y = pair
            return _made(w, f"The {x} and the {y} have to be in the {bowl}.",
                         _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))
    return None


# ----- desiderative -----------------------------------------------------------------------------------
def t340_des_shopkeeper(w: World) -> Made:
    for x, y in w.pick(_stack_pairs(w)):
        return _made(w, f"Oh, I'd love to see the {x} sitting on top of the {y}!", _act(rels(Rel("on", x, y))))
    return None


def t340_des_accountant5(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    x, y = two
    return _made(w, f"I would like two blocks binned: the {x} and the {y}.", _act(binned([x, y])))


def t340_des_student6(w: World) -> Made:
    for x, bowl in w.pick(_into(w)):
        return _made(w, f"honestly i just want the {x} in the {bowl} lol", _act(rels(Rel("in", x, bowl))))
    return None


def t340_des_japanese5(w: World) -> Made:
    place = w.rng.choice(PLACES[:4])
    for x in w.pick(w.clear_blocks()):
        return _made(w, f"I want that the {x} is in the {place}, please.", _act(rels(Rel("at", x, place))))
    return None


def t340_des_fisherman(w: World) -> Made:
    for x in w.pick(_raised(w)):
        return _made(w, f"Want the {x} down on the table.", _act(rels(Rel("on_table", x))))
    return None


def t340_des_plain121(w: World) -> Made:
    for x in w.pick(w.clear_blocks()):
        return _made(w, f"It would be nice to have the {x} in the middle of the table.",
                     _act(rels(Rel("at", x, PLACES[4]))))
    return None


# ----- quantified -------------------------------------------------------------------------------------
def t340_qua_shopkeeper(w: World) -> Made:
    return _made(w, "Right, let's have a tidy-up, dear: every single block into the bin, please!",
                 _act(binned(w.blocks)))


def t340_qua_accountant5(w: World) -> Made:
    for bowl in w.pick([o for o in w.bowls if not w.state.in_bowl(o)]):
        return _made(w, f"Exactly two blocks in the {bowl}, please. Any two will do.", _act(count_in(bowl, 2)))
    return None


def t340_qua_student6(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    out = [b for b in w.blocks if b not in inside]
    return _made(w, "can u put all the blocks that arent in a bowl into the bin",
                 _act(binned(out), none_binned(inside)))


def t340_qua_japanese5(w: World) -> Made:
    for bowl in w.pick(_full(w)):
        inside = w.state.in_bowl(bowl)
        return _made(w, f"Please take out all blocks from the {bowl} and put them on the table.",
                     _act(rels(*(Rel("on_table", b) for b in inside))))
    return None


def t340_qua_fisherman(w: World) -> Made:
    return _made(w, "Three blocks in the bin. Don't care which.", _act(_n_binned(3)))


def t340_qua_plain121(w: World) -> Made:
    table = w.state.on_the_table()
    bowls = [o for o in w.bowls if _room(w, o, len(table))]
    if len(table) < 2:
        return None
    for bowl in w.pick(bowls):
        return _made(w, f"Put every block that's on the table into the {bowl}.",
                     _act(rels(*(Rel("in", b, bowl) for b in table))))
    return None


# ----- negated ----------------------------------------------------------------------------------------
def t340_neg_shopkeeper(w: World) -> Made:
    for bowl in w.pick(_full(w)):
        return _made(w, f"No block should be left in the {bowl}, dear, out they all come.", _act(empty(bowl)))
    return None


def t340_neg_accountant5(w: World) -> Made:
    for x in w.pick(w.blocks):
        rest = [b for b in w.blocks if b != x]
        return _made(w, f"Bin every block except the {x}. That is {len(rest)} blocks in the bin; the {x} stays out.",
                     _act(binned(rest), none_binned([x])))
    return None


def t340_neg_student6(w: World) -> Made:
    for x, y in w.pick([(x, y) for x, y in w.pairs() if w.state.is_clear(x)]):
        return _made(w, f"the {x} shouldnt be on the {y} anymore, just move it somewhere",
                     _act(rels(Rel("on", x, y, negated=True))))
    return None


def t340_neg_japanese5(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    for x in w.pick(covered):
        return _made(w, f"Please make so that nothing is on the {x}.", _act(rels(Rel("clear", x))))
    return None


def t340_neg_fisherman(w: World) -> Made:
    for x in w.pick(w.blocks):
        rest = [b for b in w.blocks if b != x]
        return _made(w, f"Nothing in the bin but the {x}.", _act(binned([x]), none_binned(rest)))
    return None


def t340_neg_plain121(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) >= 2]
    for bowl in w.pick(bowls):
        inside = w.state.in_bowl(bowl)
        x = w.rng.choice(inside)
        others = [b for b in inside if b != x]
        return _made(w, f"Take everything out of the {bowl} except the {x}.",
                     _act(rels(Rel("in", x, bowl), *(Rel("in", b, bowl, negated=True) for b in others))))
    return None


# ----- relative ---------------------------------------------------------------------------------------
def t340_rel_shopkeeper(w: World) -> Made:
    for x, y in w.pick([(x, y) for x, y in w.pairs() if w.state.is_clear(x)]):
        return _made(w, f"Could you pop the block that's sitting on the {y} into the bin, love?",
                     _act(rels(Rel("in_bin", x))))
    return None


def t340_rel_accountant5(w: World) -> Made:
    x = _winner(w, w.blocks, w.y)
    if x is None or x not in w.clear_blocks():
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"Move the leftmost block to the {place}. One move only.", _act(rels(Rel("at", x, place))))


def t340_rel_student6(w: World) -> Made:
    for bowl in w.pick([o for o in w.bowls if not w.state.in_bowl(o)]):
        x = _winner(w, w.blocks, lambda b: w.dist(b, bowl))
        if x is None or x not in w.clear_blocks():
            return None
        return _made(w, f"whichever block is closest to the {bowl}, just put it in there",
                     _act(rels(Rel("in", x, bowl))))
    return None


def t340_rel_japanese5(w: World) -> Made:
    single = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    for bowl in w.pick(single):
        x = w.state.in_bowl(bowl)[0]
        return _made(w, f"Please take the block which is in the {bowl} and put on the table.",
                     _act(rels(Rel("on_table", x))))
    return None


def t340_rel_fisherman(w: World) -> Made:
    for x, y in w.pick(w.pairs()):
        return _made(w, f"The one under the {x}. Bin it.", _act(rels(Rel("in_bin", y))))
    return None


def t340_rel_plain121(w: World) -> Made:
    x = _winner(w, w.blocks, lambda b: -w.y(b))
    if x is None:
        return None
    for y in w.pick([y for y in w.blocks if _can_stack(w, x, y)]):
        return _made(w, f"Put the block furthest to the right on top of the {y}.", _act(rels(Rel("on", x, y))))
    return None


# ----- keep -------------------------------------------------------------------------------------------
def t340_keep_shopkeeper(w: World) -> Made:
    for x, bowl in w.pick(_into(w)):
        for y in w.pick([b for b in w.blocks if b != x]):
            return _made(w, f"Pop the {x} in the {bowl}, but leave the {y} just where it is, dear.",
                         _act(rels(Rel("in", x, bowl)), kept(y)))
    return None


def t340_keep_accountant5(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    x, y = two
    for z in w.pick([b for b in w.blocks if b not in two]):
        return _made(w, f"Two items to the bin: the {x} and the {y}. The {z} is not to be moved.",
                     _act(binned([x, y]), kept(z)))
    return None


def t340_keep_student6(w: World) -> Made:
    for x, y in w.pick(_stack_pairs(w)):
        for z in w.pick([b for b in w.blocks if b not in (x, y)]):
            return _made(w, f"stack the {x} on the {y} but dont touch the {z} ok",
                         _act(rels(Rel("on", x, y)), kept(z)))
    return None


def t340_keep_japanese5(w: World) -> Made:
    for bowl in w.pick(_full(w)):
        inside = w.state.in_bowl(bowl)
        out = [b for b in w.blocks if b not in inside]
        return _made(w, f"Please move all blocks to the bin, but the blocks in the {bowl}, please don't touch them.",
                     _act(binned(out), _untouched(bowl)))
    return None


def t340_keep_fisherman(w: World) -> Made:
    place = w.rng.choice(PLACES)
    for bowl in w.pick(_full(w)):
        for x in w.pick([b for b in w.clear_blocks() if w.state.base(b) != bowl]):
            return _made(w, f"The {x} to the {place}. Leave the {bowl} be.",
                         _act(rels(Rel("at", x, place)), _untouched(bowl)))
    return None


def t340_keep_plain121(w: World) -> Made:
    for x, y in w.pick([(x, y) for x, y in w.pairs() if w.state.is_clear(x)]):
        return _made(w, f"Put the {x} on the table, but leave the {y} where it is.",
                     _act(rels(Rel("on_table", x)), kept(y)))
    return None


# ----- multi_step -------------------------------------------------------------------------------------
def t340_multi_shopkeeper(w: World) -> Made:
    for x, bowl in w.pick(_into(w)):
        for y, z in w.pick([(y, z) for y, z in _stack_pairs(w) if x not in (y, z)]):
            return _made(w, f"First pop the {x} in the {bowl}, then put the {y} on top of the {z}. Lovely!",
                         _act(rels(Rel("in", x, bowl), Rel("on", y, z))))
    return None


def t340_multi_accountant5(w: World) -> Made:
    for bowl in w.pick(w.bowls):
        three = w.pick([b for b in w.clear_blocks()], 3)
        if not three or w.state.base(three[2]) == bowl or not _room(w, bowl):
            return None
        x, y, z = three
        place = w.rng.choice(PLACES)
        return _made(w, f"Three steps. Step 1: the {x} to the bin. Step 2: the {y} to the {place}. "
                        f"Step 3: the {z} into the {bowl}.",
                     _act(rels(Rel("in_bin", x), Rel("at", y, place), Rel("in", z, bowl))))
    return None


def t340_multi_student6(w: World) -> Made:
    for x, y in w.pick([(x, y) for x, y in w.pairs() if w.state.is_clear(x)]):
        return _made(w, f"first take the {x} off the {y}, then put the {y} in the bin i guess",
                     _act(rels(Rel("on", x, y, negated=True), Rel("in_bin", y))))
    return None


def t340_multi_japanese5(w: World) -> Made:
    for x in w.pick(_raised(w)):
        for y in w.pick([b for b in w.clear_blocks() if b != x]):
            return _made(w, f"First, please put the {x} on the table. After that, the {y} on the {x}.",
                         _act(rels(Rel("on_table", x), Rel("on", y, x))))
    return None


def t340_multi_fisherman(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if not two:
        return None
    x, y = two
    return _made(w, f"Bin the {x}. Then the {y}. Done.", _act(binned([x, y])))


def t340_multi_plain121(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    x, y = two
    return _made(w, f"Move the {x} to the middle, then put the {y} on it.",
                 _act(rels(Rel("at", x, PLACES[4]), Rel("on", y, x))))


# ----- question ---------------------------------------------------------------------------------------
def t340_q_shopkeeper(w: World) -> Made:
    for bowl in w.pick(_full(w)):
        return f"Ooh, what have we got in the {bowl} today?", answered(_names(w.state.in_bowl(bowl)))
    return None


def t340_q_accountant5(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "How many blocks are on the table, not counting the ones in bowls? A number, please.", answered(str(n))


def t340_q_student6(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        y = w.rng.choice([b for b in w.blocks if b != x])
    return f"wait is the {x} on the {y}?", answered(yes(w.state.support[x] == y))


def t340_q_japanese5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"Where is the {x}? I cannot see it well.", answered(w.state.support[x])


def t340_q_fisherman(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"How many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t340_q_plain121(w: World) -> Made:
    x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl = w.state.base(x)
    return f"Is the {x} in the {bowl}?", answered(yes(w.state.base(x) == bowl))


# ----- matching ---------------------------------------------------------------------------------------
def _matches(w: World) -> list[Rel]:
    want = matching(w)
    return want if want and _fits(w, want) else []


def t340_match_shopkeeper(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "Could you sort the blocks into the bowls of the same colour, dear?", _act(rels(*want)))


def t340_match_accountant5(w: World) -> Made:
    want = _matches(w)
    movers = [r.block for r in want]
    rest = [b for b in w.blocks if b not in movers]
    over = {a for m in movers for a in w.state.above(m)}
    if not want or not rest or over & set(rest):
        return None
    return _made(w, "Each block whose colour matches a bowl goes into that bowl. The rest are not to be moved.",
                 _act(rels(*want), kept(*rest)))


def t340_match_student6(w: World) -> Made:
    for r in w.pick(_matches(w)):
        c = w.colour(r.block)
        return _made(w, f"put the {c} block in the {c} bowl, the one that matches", _act(rels(r)))
    return None


def t340_match_japanese5(w: World) -> Made:
    want = _matches(w)
    rest = [b for b in w.blocks if b not in [r.block for r in want]]
    if not want or not rest:
        return None
    return _made(w, "Please put the blocks to the bowl with same colour, and the other blocks to the bin.",
                 _act(rels(*want), binned(rest)))


def t340_match_fisherman(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "Blocks into the bowls that match their colour.", _act(rels(*want)))


def t340_match_plain121(w: World) -> Made:
    want = _matches(w)
    if len(want) < 2:
        return None
    for r in w.pick([r for r in want if not holds(r, w.state) and w.state.is_clear(r.block)
                       and w.state.support[r.block] not in w.blocks]):
        others = [o for o in want if o is not r]
        return _made(w, f"Put the blocks in the bowls that match their colour, but leave the {r.block} where it is.",
                     _act(rels(*others), kept(r.block)))
    return None


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("shopkeeper", "accountant5", "student6", "japanese5", "fisherman", "plain121")
FRESH340: list[Template] = [
    (f"t340_{short}_{style}", category, globals()[f"t340_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
