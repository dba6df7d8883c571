"""`FRESH338`, the three-hundred-and-thirty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table, asking where things are, sorting by colour
and saying what they want in whatever words come first. Six personas write them:
- pilot5: an airline pilot, brisk, checklist talk ("Red block to the bin. Confirm when done.")
- teacher6: a primary-school teacher, patient, explains ("First put the red block in the blue bowl, and then the green block on top of it.")
- grandma7: a grandma, gentle, a bit old-fashioned ("Would you be a dear and pop the red block into the blue bowl?")
- turkish5: a Turkish speaker writing English with small slips ("Please you throw the red block to the bin.")
- gardener5: a gardener, relaxed, earthy asides ("Lift the red block out and set it on the table, like moving a seedling.")
- plain119: a plain, ordinary adult ("Move the red block to the middle.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 05e9747, the code of f0784ca, before anything it could
prompt): 0.9167 goal-correct (275 of 300), 20 refused, 0 questions, 0 wrong actions, 5 wrong replies ('How many blocks
have ended up in W?' was not counted). The refusals: a gardener's 'No block should be left on the table. Bowls or the
bin, I'm not fussy, ...', 'Start by tipping everything in W into the bin, ...' and 'Only the blocks out on the table
need sorting into ...', a Turkish speaker's '..., but X is stay where it is'. A writer's check ran one grep on
agent/evaluation/suite.py and saw the first five lines of scene_from_spec; nothing of it is used here.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

MARGIN = 0.03


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _on_floor(s: SymState, b: str) -> bool:
    """The block's tower stands on the table or a named place."""
    return s.base(b) in (TABLE, *PLACES)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _height(w: World, b: str) -> int:
    """How many blocks from the bottom of b's tower up to b, b included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _bowl_for(w: World, block: str) -> str | None:
    """A bowl with room that the block is not already in."""
    return _one(w, [b for b in w.bowls if _room(w, b) and w.state.base(block) != b])


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(x, y): two clear blocks, x can go on y (y's tower has room)."""
    pairs = [(x, y) for x in w.clear_blocks() for y in w.clear_blocks()
             if x != y and _height(w, y) < layout.MAX_TOWER and w.state.support[x] != y]
    return w.rng.choice(pairs) if pairs else None


def _off_floor(w: World) -> list[str]:
    """Blocks not standing directly on the table: in a bowl or on another block."""
    return [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES, BIN)]


def _winner(scores: dict[str, float]) -> str | None:
    """The name with the smallest score, if it wins by a clear margin."""
    if len(scores) < 2:
        return None
    ranked = sorted(scores, key=scores.get)
    return ranked[0] if scores[ranked[1]] - scores[ranked[0]] >= MARGIN else None


def _nearest_place(w: World, place: str) -> str | None:
    px, py = layout.PLACES[place]
    return _winner({b: ((w.scene.get(b).position[0] - px) ** 2 + (w.scene.get(b).position[1] - py) ** 2) ** 0.5
                    for b in w.blocks if w.state.base(b) != BIN})


def _where(s: SymState, b: str) -> str:
    """What the block rests on, as a reply would name it."""
    return s.support[b]


def _untouched(bowl: str) -> Check:
    """The bowl holds exactly what it held, each block resting as before."""
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _keepable(w: World, b: str) -> bool:
    """The block rests on something that is not a block, so leaving it where it is never blocks other moves."""
    return w.state.support[b] not in w.state.support


# ----- imperative ------------------------------------------------------------------------------------
def t338_imp_pilot5(w: World) -> Made:
    x = _one(w, w.clear_blocks())
    place = _one(w, [p for p in PLACES[:4] if w.state.count_at(p) == 0])
    if not x or not place:
        return None
    return _made(w, f"{x.capitalize()} to the {place}. Confirm when done.", _act(rels(Rel("at", x, place))))


def t338_imp_teacher6(w: World) -> Made:
    x = _one(w, w.blocks)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    return _made(w, f"Can you put the {x} into the {bowl}, please? Nice and gently.", _act(rels(Rel("in", x, bowl))))


def t338_imp_grandma7(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"Would you be a dear and set the {x} on top of the {y}?", _act(rels(Rel("on", x, y))))


def t338_imp_turkish5(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"Please you throw the {x} to the bin.", _act(binned([x])))


def t338_imp_gardener5(w: World) -> Made:
    x = _one(w, _off_floor(w))
    if not x:
        return None
    return _made(w, f"Lift the {x} out and set it down on the table, like moving a seedling to open ground.",
                 _act(rels(Rel("on_table", x))))


def t338_imp_plain119(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"Move the {x} to the middle.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- declarative -----------------------------------------------------------------------------------
def t338_dec_pilot5(w: World) -> Made:
    x = _one(w, w.blocks)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    return _made(w, f"Target state: {x} in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t338_dec_teacher6(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"The {x} belongs in the bin. We're finished with it, so that's where it goes.",
                 _act(binned([x])))


def t338_dec_grandma7(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"The {x} ought to be sitting on the {y}, dear.", _act(rels(Rel("on", x, y))))


def t338_dec_turkish5(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"The {x} must to be in the top right corner.", _act(rels(Rel("at", x, PLACES[1]))))


def t338_dec_gardener5(w: World) -> Made:
    x = _one(w, _off_floor(w))
    if not x:
        return None
    return _made(w, f"The {x} has to be back down on the table. Roots in the ground, as it were.",
                 _act(rels(Rel("on_table", x))))


def t338_dec_plain119(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"The {x} goes on top of the {y}.", _act(rels(Rel("on", x, y))))


# ----- desiderative ----------------------------------------------------------------------------------
def t338_des_pilot5(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"Request the {x} be placed in the bin, when able.", _act(binned([x])))


def t338_des_teacher6(w: World) -> Made:
    x = _one(w, w.blocks)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    return _made(w, f"I would like the {x} in the {bowl}, please.", _act(rels(Rel("in", x, bowl))))


def t338_des_grandma7(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"It would be lovely if the {x} were in the bottom left corner.",
                 _act(rels(Rel("at", x, PLACES[2]))))


def t338_des_turkish5(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"I want that the {x} is on the {y}.", _act(rels(Rel("on", x, y))))


def t338_des_gardener5(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x)
    return _made(w, f"I'd love the {x} out of the {bowl} and back on the table. It's a bit crowded in there.",
                 _act(rels(Rel("on_table", x))))


def t338_des_plain119(w: World) -> Made:
    x = _one(w, w.blocks)
    return _made(w, f"I'd like the {x} moved to the bottom right corner.", _act(rels(Rel("at", x, PLACES[3]))))


# ----- quantified ------------------------------------------------------------------------------------
def t338_qua_pilot5(w: World) -> Made:
    return _made(w, "All blocks to the bin. Every one of them.", _act(binned(w.blocks)))


def t338_qua_teacher6(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl or len(w.blocks) < 2:
        return None
    return _made(w, f"Let's put two blocks in the {bowl}, please. Any two will do.", _act(count_in(bowl, 2)))


def t338_qua_grandma7(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    stay = [Rel("in", b, w.state.base(b)) for b in inside]
    return _made(w, "Could you put every block that isn't in a bowl into the bin, love?",
                 _act(binned(outside), rels(*stay)))


def t338_qua_turkish5(w: World) -> Made:
    loose = w.state.on_the_table()
    bowl = _one(w, [b for b in w.bowls if _room(w, b, len(loose))])
    if not loose or not bowl:
        return None
    return _made(w, f"Please put all blocks which is on the table into the {bowl}.",
                 _act(rels(*(Rel("in", b, bowl) for b in loose))))


def t338_qua_gardener5(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"Whatever's in the {bowl}, all of it, can go in the bin. Compost heap for the lot.",
                 _act(binned(w.state.in_bowl(bowl))))


def t338_qua_plain119(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all the blocks into one tower.", _act(rels(Rel("tower", *w.blocks))))


# ----- negated ---------------------------------------------------------------------------------------
def t338_neg_pilot5(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"Clear the {bowl}. Nothing stays in it.", _act(empty(bowl)))


def t338_neg_teacher6(w: World) -> Made:
    x = _one(w, w.blocks)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Everything except the {x} goes in the bin, please.", _act(binned(others), none_binned([x])))


def t338_neg_grandma7(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x)
    return _made(w, f"The {x} shouldn't be in the {bowl}, dear. Could you take it out for me?",
                 _act(rels(Rel("in", x, bowl, negated=True))))


def t338_neg_turkish5(w: World) -> Made:
    x = _one(w, _off_floor(w))
    if not x:
        return None
    return _made(w, f"Don't put the {x} in the bin, put it on the table.",
                 _act(rels(Rel("on_table", x)), none_binned([x])))


def t338_neg_gardener5(w: World) -> Made:
    if not w.state.on_the_table():
        return None
    return _made(w, "No block should be left on the table. Bowls or the bin, I'm not fussy, just clear the ground.",
                 _act(lambda _i, f: not f.on_the_table()))


def t338_neg_plain119(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"Put all the blocks except the {x} and the {y} in the bin.",
                 _act(binned(others), none_binned([x, y])))


# ----- relative --------------------------------------------------------------------------------------
def t338_rel_pilot5(w: World) -> Made:
    x = _winner({b: w.y(b) for b in w.blocks})
    if not x:
        return None
    return _made(w, "Leftmost block to the bin.", _act(binned([x])))


def t338_rel_teacher6(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl:
        return None
    x = _winner({b: w.dist(b, bowl) for b in w.blocks})
    if not x:
        return None
    return _made(w, f"Find the block that is closest to the {bowl} and put it in that bowl, please.",
                 _act(rels(Rel("in", x, bowl))))


def t338_rel_grandma7(w: World) -> Made:
    pair = w.pairs()
    if not pair:
        return None
    top, below = w.rng.choice(pair)
    return _made(w, f"The block sitting on the {below}, could you put it down on the table, dear?",
                 _act(rels(Rel("on_table", top))))


def t338_rel_turkish5(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block in the {bowl}, put it in the bin please.", _act(binned([x])))


def t338_rel_gardener5(w: World) -> Made:
    x = _winner({b: -w.y(b) for b in w.blocks})
    if not x:
        return None
    return _made(w, "Whichever block is furthest to the right, shift it over to the top left corner for me.",
                 _act(rels(Rel("at", x, PLACES[0]))))


def t338_rel_plain119(w: World) -> Made:
    x = _nearest_place(w, PLACES[4])
    if not x:
        return None
    bowl = _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"Put the block nearest the middle of the table in the {bowl}.", _act(rels(Rel("in", x, bowl))))


# ----- keep ------------------------------------------------------------------------------------------
def t338_keep_pilot5(w: World) -> Made:
    x = _one(w, w.blocks)
    y = _one(w, [b for b in w.blocks if b != x and b not in w.state.above(x)])
    if not y:
        return None
    return _made(w, f"{x.capitalize()} to the bin. Hold the {y} in position, do not move it.",
                 _act(binned([x]), kept(y)))


def t338_keep_teacher6(w: World) -> Made:
    x = _one(w, w.blocks)
    bowl = _bowl_for(w, x)
    y = _one(w, [b for b in w.blocks if b != x and b not in w.state.above(x)])
    if not bowl or not y:
        return None
    return _made(w, f"Please put the {x} in the {bowl}, but leave the {y} exactly where it is.",
                 _act(rels(Rel("in", x, bowl)), kept(y)))


def t338_keep_grandma7(w: World) -> Made:
    bowl = _one(w, w.bowls)
    pair = _stack_pair(w)
    if not pair or not bowl:
        return None
    x, y = pair
    if bowl in (w.state.base(x), w.state.base(y)):
        return None
    return _made(w, f"Put the {x} on the {y}, would you, but please don't touch the {bowl}.",
                 _act(rels(Rel("on", x, y)), _untouched(bowl)))


def t338_keep_turkish5(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if _keepable(w, b)])
    if not x:
        return None
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Please put all blocks into the bin, but the {x} is stay where it is.",
                 _act(binned(others), kept(x)))


def t338_keep_gardener5(w: World) -> Made:
    x = _one(w, w.blocks)
    y = _one(w, [b for b in w.blocks if b != x and b not in w.state.above(x)])
    if not y:
        return None
    return _made(w, f"Shift the {x} to the bottom right corner. The {y} stays put, leave it be where it is.",
                 _act(rels(Rel("at", x, PLACES[3])), kept(y)))


def t338_keep_plain119(w: World) -> Made:
    x = _one(w, [b for b in _off_floor(w) if w.state.is_clear(b)])
    if not x:
        return None
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Put the {x} on the table and don't move anything else.",
                 _act(rels(Rel("on_table", x)), kept(*others)))


# ----- multi_step ------------------------------------------------------------------------------------
def t338_multi_pilot5(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    return _made(w, f"Step one: {x} to the bin. Step two: {y} to the top left corner.",
                 _act(binned([x]), rels(Rel("at", y, PLACES[0]))))


def t338_multi_teacher6(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    x, y = w.pick(clear, 2)
    bowl = _one(w, [b for b in w.bowls if w.state.base(x) != b and w.state.base(y) != b and _room(w, b, 2)])
    if not bowl:
        return None
    return _made(w, f"First put the {x} in the {bowl}, and then put the {y} on top of the {x}.",
                 _act(rels(Rel("in", x, bowl), Rel("on", y, x))))


def t338_multi_grandma7(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y, z = w.pick(w.blocks, 3)
    bowl = _one(w, [b for b in w.bowls if w.state.base(z) != b and _room(w, b)])
    if not bowl:
        return None
    return _made(w, f"Could you first move the {x} to the middle, then pop the {y} in the bin, and lastly put the "
                    f"{z} in the {bowl}?",
                 _act(rels(Rel("at", x, PLACES[4]), Rel("in", z, bowl)), binned([y])))


def t338_multi_turkish5(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    x, below = w.rng.choice(pairs)
    y = _one(w, [b for b in w.clear_blocks() if b not in (x, below)])
    if not y:
        return None
    return _made(w, f"First you take the {x} from the {below} and put it on the table, after put the {y} on the {below}.",
                 _act(rels(Rel("on_table", x), Rel("on", y, below))))


def t338_multi_gardener5(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if not x:
        return None
    return _made(w, f"Start by tipping everything in the {bowl} into the bin, then put the {x} in it. Fresh soil, "
                    f"fresh start.",
                 _act(binned(w.state.in_bowl(bowl)), rels(Rel("in", x, bowl))))


def t338_multi_plain119(w: World) -> Made:
    x = _one(w, _off_floor(w))
    if not x:
        return None
    y = _one(w, [b for b in w.clear_blocks() if b != x and b not in w.state.above(x)])
    if not y:
        return None
    return _made(w, f"Put the {x} on the table, then stack the {y} on it.",
                 _act(rels(Rel("on_table", x), Rel("on", y, x))))


# ----- question --------------------------------------------------------------------------------------
def t338_q_pilot5(w: World) -> Made:
    return ("Status check: how many blocks are on the table?", answered(str(len(w.state.on_the_table()))))


def t338_q_teacher6(w: World) -> Made:
    bowl = _one(w, w.bowls)
    inside = w.state.in_bowl(bowl)
    return (f"Can you tell me what is in the {bowl}?", answered("|".join(inside) if inside else "nothing"))


def t338_q_grandma7(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        if len(w.blocks) < 2:
            return None
        x, y = w.pick(w.blocks, 2)
    return (f"Is the {x} sitting on the {y}, dear?", answered(yes(w.state.support[x] == y)))


def t338_q_turkish5(w: World) -> Made:
    x = _one(w, w.blocks)
    return (f"Where is the {x} now?", answered(_where(w.state, x)))


def t338_q_gardener5(w: World) -> Made:
    bowl = _one(w, w.bowls)
    return (f"How many blocks have ended up in the {bowl}?", answered(str(len(w.state.in_bowl(bowl)))))


def t338_q_plain119(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    a, b = _where(w.state, x), _where(w.state, y)
    if a == b:
        return None
    return (f"Where are the {x} and the {y}?", answered(f"{a}|{b}"))


# ----- matching --------------------------------------------------------------------------------------
def t338_match_pilot5(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort blocks by colour into the matching bowls. Execute.", _act(rels(*want)))


def t338_match_teacher6(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Let's match colours: each block goes in the bowl that is the same colour as it is.",
                 _act(rels(*want)))


def t338_match_grandma7(w: World) -> Made:
    r = _one(w, [r for r in matching(w) if not holds(r, w.state)])
    if not r:
        return None
    return _made(w, f"Could you put the {r.block} in the bowl that matches it, dear?", _act(rels(r)))


def t338_match_turkish5(w: World) -> Made:
    want = matching(w)
    movers = [r.block for r in want]
    rest = [b for b in w.blocks if b not in movers]
    if not want or any(set(w.state.above(m)) & set(rest) for m in movers):
        return None
    return _made(w, "Put every block in the bowl with same colour, please. The other blocks, leave them.",
                 _act(rels(*want), kept(*rest)))


def t338_match_gardener5(w: World) -> Made:
    want = [r for r in matching(w) if _on_floor(w.state, r.block)]
    if not want:
        return None
    return _made(w, "Only the blocks out on the table need sorting into the bowls of their own colour. Like with "
                    "like, same as seed packets.", _act(rels(*want)))


def t338_match_plain119(w: World) -> Made:
    want = matching(w)
    if len(want) < 2:
        return None
    r1, r2 = w.pick(want, 2)
    return _made(w, f"Put the {r1.block} and the {r2.block} in the bowls of the same colour.", _act(rels(r1, r2)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pilot5", "teacher6", "grandma7", "turkish5", "gardener5", "plain119")
FRESH338: list[Template] = [
    (f"t338_{short}_{style}", category, globals()[f"t338_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
