"""`FRESH336`, the three-hundred-and-thirty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table, asking what is where, sorting blocks into
bowls, each in their own voice. Six personas write them:
- waitress: a waitress, friendly and quick ("Pop the red block in the blue bowl for me, thanks!")
- engineer6: an engineer, precise, with constraints and numbered steps ("Step 1: move the red block to the middle.")
- nan7: a nan, warm and rambling ("Could you be a dear and move the red block over to the middle, love?")
- russian5: a Russian speaker writing English with small slips ("Put red block to the bin, please.")
- comedian: a stand-up comedian with jokey asides ("Everything goes in the bin except the red block. It has tenure.")
- plain117: a plain, ordinary adult ("Move the red block into the blue bowl.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 0e602fe, the code of bd33e56, before anything it could prompt): 0.90
goal-correct (270 of 300), 30 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a comedian's 'X is
on Y. That's not a question, that's a prophecy. Make it come true.' and 'Everything goes in the bin except X. X has
tenure.', a nan's 'That X oughtn't to be sitting on Y like that, dear. Take it off, would you?' and 'That block that's
perched on top of X, could you put it down on the table for me, dear? It makes me nervous up there.', a Russian
speaker's 'Put all blocks to the bin, but X don't touch.', a waitress's 'What've we got in W?'. Its writer reports
seeing, while running a grep, the first five lines of scene_from_spec in agent/evaluation/suite.py and nothing else of
agent/.
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


# ----- helpers ------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _not(rel: str, *args: str) -> Rel:
    return Rel(rel, *args, negated=True)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _height(s: SymState, block: str) -> int:
    """How many blocks there are from the bottom of `block`'s tower up to `block` itself."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _can_stack(w: World, x: str, y: str, extra: int = 1) -> bool:
    """`extra` clear blocks (x first) can go on the clear block y without a tower taller than allowed."""
    s = w.state
    return x != y and s.is_clear(x) and s.is_clear(y) and s.base(y) != BIN and (
        _height(s, y) + extra <= layout.MAX_TOWER)


def _to_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl with room that the block is not in yet."""
    options = [(b, bw) for b in w.clear_blocks() for bw in w.bowls if w.state.base(b) != bw and _room(w, bw) > 0]
    return w.rng.choice(options) if options else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    options = [(x, y) for x in w.clear_blocks() for y in w.clear_blocks() if _can_stack(w, x, y)]
    return w.rng.choice(options) if options else None


def _off_table(w: World) -> list[str]:
    """Clear blocks that are not on the table (in a bowl or on another block)."""
    return [b for b in w.clear_blocks() if not holds(Rel("on_table", b), w.state)]


def _winner(scores: dict[str, float], margin: float = 0.03) -> str | None:
    """The name with the lowest score, when it beats every other by `margin`."""
    if len(scores) < 2:
        return None
    ranked = sorted(scores, key=scores.get)
    return ranked[0] if scores[ranked[1]] - scores[ranked[0]] >= margin else None


def _place_dist(w: World, name: str, place: str) -> float:
    (x, y), (px, py) = w.scene.get(name).position[:2], layout.PLACES[place]
    return ((x - px) ** 2 + (y - py) ** 2) ** 0.5


def _names(items: list[str]) -> str:
    items = [f"the {i}" for i in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# ----- imperative ---------------------------------------------------------------------------------
def t336_imp_waitress(w: World) -> Made:
    if not (pick := _to_bowl(w)):
        return None
    x, bowl = pick
    return _made(w, f"Pop the {x} in the {bowl} for me, thanks!", _act(rels(Rel("in", x, bowl))))


def t336_imp_engineer6(w: World) -> Made:
    if not (pick := _stack_pair(w)):
        return None
    x, y = pick
    return _made(w, f"Place the {x} directly on top of the {y}.", _act(rels(Rel("on", x, y))))


def t336_imp_nan7(w: World) -> Made:
    if not (xs := w.pick(w.clear_blocks())):
        return None
    x, place = xs[0], w.rng.choice(PLACES)
    return _made(w, f"Could you be a dear and shift the {x} over to the {place}, love? Thank you ever so much.",
                 _act(rels(Rel("at", x, place))))


def t336_imp_russian5(w: World) -> Made:
    if not (xs := w.pick(w.clear_blocks())):
        return None
    return _made(w, f"Put {xs[0]} to the bin, please.", _act(rels(Rel("in_bin", xs[0]))))


def t336_imp_comedian(w: World) -> Made:
    if not (pick := _to_bowl(w)):
        return None
    x, bowl = pick
    return _made(w, f"Robot, my friend, take the {x} and drop it in the {bowl}. Gently. It's had a long week.",
                 _act(rels(Rel("in", x, bowl))))


def t336_imp_plain117(w: World) -> Made:
    if not (xs := w.pick(_off_table(w))):
        return None
    return _made(w, f"Move the {xs[0]} onto the table.", _act(rels(Rel("on_table", xs[0]))))


# ----- declarative --------------------------------------------------------------------------------
def t336_dec_waitress(w: World) -> Made:
    if not (pick := _to_bowl(w)):
        return None
    x, bowl = pick
    return _made(w, f"The {x} goes in the {bowl}, hon.", _act(rels(Rel("in", x, bowl))))


def t336_dec_engineer6(w: World) -> Made:
    if not (pick := _stack_pair(w)):
        return None
    x, y = pick
    return _made(w, f"Required end state: the {x} sits directly on the {y}.", _act(rels(Rel("on", x, y))))


def t336_dec_nan7(w: World) -> Made:
    if not (xs := w.pick(w.clear_blocks())):
        return None
    return _made(w, f"Oh, that {xs[0]}, it belongs in the bin, dear, it's no use to anybody now.",
                 _act(rels(Rel("in_bin", xs[0]))))


def t336_dec_russian5(w: World) -> Made:
    if not (xs := w.pick(w.clear_blocks())):
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"{_cap(xs[0])} must be in the {place}.", _act(rels(Rel("at", xs[0], place))))


def t336_dec_comedian(w: World) -> Made:
    if not (pick := _stack_pair(w)):
        return None
    x, y = pick
    return _made(w, f"The {x} is on the {y}. That's not a question, that's a prophecy. Make it come true.",
                 _act(rels(Rel("on", x, y))))


def t336_dec_plain117(w: World) -> Made:
    if not (xs := w.pick(_off_table(w))):
        return None
    return _made(w, f"The {xs[0]} should be on the table.", _act(rels(Rel("on_table", xs[0]))))


# ----- desiderative -------------------------------------------------------------------------------
def t336_des_waitress(w: World) -> Made:
    if not (pick := _to_bowl(w)):
        return None
    x, bowl = pick
    return _made(w, f"I'd love the {x} in the {bowl} when you get a sec!", _act(rels(Rel("in", x, bowl))))


def t336_des_engineer6(w: World) -> Made:
    if not (xs := w.pick(w.clear_blocks())):
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"I want the {xs[0]} positioned at the {place}.", _act(rels(Rel("at", xs[0], place))))


def t336_des_nan7(w: World) -> Made:
    if not (pick := _stack_pair(w)):
        return None
    x, y = pick
    return _made(w, f"It would be lovely if the {x} were sitting on top of the {y}. I think that would look "
                    "ever so nice, don't you?", _act(rels(Rel("on", x, y))))


def t336_des_russian5(w: World) -> Made:
    if not (pick := _to_bowl(w)):
        return None
    x, bowl = pick
    return _made(w, f"I want that {x} is in {bowl}.", _act(rels(Rel("in", x, bowl))))


def t336_des_comedian(w: World) -> Made:
    if not (xs := w.pick(w.clear_blocks())):
        return None
    place = w.rng.choice(PLACES)
    return _made(w, f"I'd like the {xs[0]} in the {place}. Call it a lifelong dream. A small one, but mine.",
                 _act(rels(Rel("at", xs[0], place))))


def t336_des_plain117(w: World) -> Made:
    if not (xs := w.pick(w.clear_blocks())):
        return None
    return _made(w, f"I want the {xs[0]} in the bin.", _act(rels(Rel("in_bin", xs[0]))))


# ----- quantified ---------------------------------------------------------------------------------
def t336_qua_waitress(w: World) -> Made:
    return _made(w, "All the blocks in the bin please, quick as you can!", _act(binned(w.blocks)))


def t336_qua_engineer6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Put exactly two blocks into the {bowl}. Which two is up to you.", _act(count_in(bowl, 2)))


def t336_qua_nan7(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Now, all the blocks that are in the {bowl}, could you take every one of them out and put "
                    "them on the table for me, dear?", _act(rels(*(Rel("on_table", b) for b in inside))))


def t336_qua_russian5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    outside = [b for b in w.blocks if b not in inside]
    return _made(w, "Put every block which is not in bowl into the bin.",
                 _act(binned(outside), none_binned(inside)))


def t336_qua_comedian(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"I need three blocks in the {bowl}. Any three. I'm not picky, I'm a comedian, I'll take "
                    "what I get.", _act(count_in(bowl, 3)))


def t336_qua_plain117(w: World) -> Made:
    on_table = w.state.on_the_table()
    others = [b for b in w.blocks if b not in on_table]
    if not others:
        return None
    return _made(w, "Put all the blocks that are on the table into the bin.",
                 _act(binned(on_table), none_binned(others)))


# ----- negated ------------------------------------------------------------------------------------
def t336_neg_waitress(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Don't leave anything in the {bowl}, hon, I need it empty!", _act(empty(bowl)))


def t336_neg_engineer6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Remove all blocks from the {bowl}. Constraint: none of them may go into the bin.",
                 _act(empty(bowl), none_binned(w.state.in_bowl(bowl))))


def t336_neg_nan7(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"That {x} oughtn't to be sitting on the {y} like that, dear. Take it off, would you?",
                 _act(rels(_not("on", x, y))))


def t336_neg_russian5(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Throw all blocks into the bin except {a} and {b}.", _act(binned(rest), none_binned([a, b])))


def t336_neg_comedian(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Everything goes in the bin except the {x}. The {x} has tenure.",
                 _act(binned(rest), none_binned([x])))


def t336_neg_plain117(w: World) -> Made:
    options = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not options:
        return None
    x = w.rng.choice(options)
    bowl = w.state.base(x)
    return _made(w, f"I don't want the {x} in the {bowl} anymore.", _act(rels(_not("in", x, bowl))))


# ----- relative -----------------------------------------------------------------------------------
def t336_rel_waitress(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) > 0]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _winner({b: w.dist(b, bowl) for b in w.blocks if w.state.base(b) != bowl})
    if x is None or not w.state.is_clear(x):
        return None
    return _made(w, f"Grab whichever block's closest to the {bowl} and pop it in there, thanks!",
                 _act(rels(Rel("in", x, bowl))))


def t336_rel_engineer6(w: World) -> Made:
    x = _winner({b: w.y(b) for b in w.blocks})
    if x is None or not w.state.is_clear(x):
        return None
    return _made(w, "Identify the leftmost block and place it in the bin.",
                 _act(rels(Rel("in_bin", x))))


def t336_rel_nan7(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"That block that's perched on top of the {y}, could you put it down on the table for me, "
                    "dear? It makes me nervous up there.", _act(rels(Rel("on_table", x))))


def t336_rel_russian5(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    ys = [y for y in w.clear_blocks() if _can_stack(w, x, y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"Take block which lies in {bowl} and put it on {y}.", _act(rels(Rel("on", x, y))))


def t336_rel_comedian(w: World) -> Made:
    x = _winner({b: -w.y(b) for b in w.blocks})
    if x is None or not w.state.is_clear(x):
        return None
    bowls = [b for b in w.bowls if _room(w, b) > 0 and w.state.base(x) != b]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"The block furthest to the right, yes, the one hanging out over there like it's "
                    f"avoiding a conversation, put it in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t336_rel_plain117(w: World) -> Made:
    corner = w.rng.choice(PLACES[:4])
    x = _winner({b: _place_dist(w, b, corner) for b in w.blocks})
    if x is None or not w.state.is_clear(x):
        return None
    return _made(w, f"Take the block nearest the {corner} and put it in the middle.",
                 _act(rels(Rel("at", x, PLACES[4]))))


# ----- keep ---------------------------------------------------------------------------------------
def t336_keep_waitress(w: World) -> Made:
    if not (pick := _to_bowl(w)):
        return None
    x, bowl = pick
    z = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Put the {x} in the {bowl} but leave the {z} where it is, thanks!",
                 _act(rels(Rel("in", x, bowl)), kept(z)))


def t336_keep_engineer6(w: World) -> Made:
    if not (pick := _stack_pair(w)):
        return None
    x, y = pick
    under = w.state.support[x]
    zs = [under] if under in w.state.support else [b for b in w.blocks if b not in (x, y)]
    if not zs:
        return None
    z = w.rng.choice(zs)
    return _made(w, f"Stack the {x} on the {y}. Do not move the {z}.", _act(rels(Rel("on", x, y)), kept(z)))


def t336_keep_nan7(w: World) -> Made:
    options = [(z, bowl) for bowl in w.bowls for z in w.state.in_bowl(bowl)
               if w.state.support[z] == bowl and len(w.state.in_bowl(bowl)) >= 2]
    if not options:
        return None
    z, bowl = w.rng.choice(options)
    others = [b for b in w.state.in_bowl(bowl) if b != z]
    return _made(w, f"Could you clear out the {bowl}, love? Only mind you leave the {z} in there, it's my "
                    "favourite, always has been.", _act(rels(*(_not("in", b, bowl) for b in others)), kept(z)))


def t336_keep_russian5(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if len(w.blocks) < 3 or not options:
        return None
    x = w.rng.choice(options)
    return _made(w, f"Put all blocks to the bin, but {x} don't touch.",
                 _act(binned([b for b in w.blocks if b != x]), kept(x)))


def t336_keep_comedian(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in w.clear_blocks() if b not in inside]
    if not xs:
        return None
    x, place = w.rng.choice(xs), w.rng.choice(PLACES)
    return _made(w, f"Move the {x} to the {place}, and don't touch the {bowl}. The {bowl} and I have an "
                    "understanding.", _act(rels(Rel("at", x, place)), kept(*inside), count_in(bowl, len(inside))))


def t336_keep_plain117(w: World) -> Made:
    if not (pick := _stack_pair(w)):
        return None
    x, y = pick
    return _made(w, f"Put the {x} on the {y} and leave everything else where it is.",
                 _act(rels(Rel("on", x, y)), kept(*(b for b in w.blocks if b != x))))


# ----- multi_step ---------------------------------------------------------------------------------
def t336_multi_waitress(w: World) -> Made:
    if not (pick := _to_bowl(w)):
        return None
    x, bowl = pick
    ys = [b for b in w.clear_blocks() if b != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"First the {x} in the {bowl}, then the {y} in the bin, ta!",
                 _act(rels(Rel("in", x, bowl), Rel("in_bin", y))))


def t336_multi_engineer6(w: World) -> Made:
    if len(w.clear_blocks()) < 2:
        return None
    x, y = w.pick(w.clear_blocks(), 2)
    place = w.rng.choice(PLACES)
    return _made(w, f"Step 1: move the {x} to the {place}. Step 2: place the {y} on the {x}.",
                 _act(rels(Rel("at", x, place), Rel("on", y, x))))


def t336_multi_nan7(w: World) -> Made:
    options = [(x, y, bowl) for x, y in w.pairs() for bowl in w.bowls
               if w.state.is_clear(x) and w.state.base(y) != bowl and _room(w, bowl) > 0]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    return _made(w, f"Right, first take the {x} off the {y} and put it on the table, dear, and then when "
                    f"you've done that pop the {y} into the {bowl}.",
                 _act(rels(Rel("on_table", x), Rel("in", y, bowl))))


def t336_multi_russian5(w: World) -> Made:
    options = [(x, y, z) for x, y in [(a, b) for a in w.clear_blocks() for b in w.clear_blocks()]
               if _can_stack(w, x, y, 2) for z in w.clear_blocks() if z not in (x, y)]
    if not options:
        return None
    x, y, z = w.rng.choice(options)
    return _made(w, f"First put {x} on {y}, after that put {z} on {x}.",
                 _act(rels(Rel("on", x, y), Rel("on", z, x))))


def t336_multi_comedian(w: World) -> Made:
    if len(w.clear_blocks()) < 2:
        return None
    x, y = w.pick(w.clear_blocks(), 2)
    place = w.rng.choice(PLACES)
    return _made(w, f"First, the {x} goes in the bin. Then the {y} goes to the {place}. Then we all go home.",
                 _act(rels(Rel("in_bin", x), Rel("at", y, place))))


def t336_multi_plain117(w: World) -> Made:
    if len(w.clear_blocks()) < 3:
        return None
    x, y, z = w.pick(w.clear_blocks(), 3)
    p1, p2 = w.pick(list(PLACES), 2)
    return _made(w, f"Move the {x} to the {p1}, then move the {y} to the {p2}, and then put the {z} in the bin.",
                 _act(rels(Rel("at", x, p1), Rel("at", y, p2), Rel("in_bin", z))))


# ----- question -----------------------------------------------------------------------------------
def t336_q_waitress(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    bowl = w.rng.choice(full if full and w.rng.random() < 0.7 else w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"What've we got in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t336_q_engineer6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return (f"How many blocks are currently in the {bowl}? Give me the number.",
            answered(str(len(w.state.in_bowl(bowl)))))


def t336_q_nan7(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        x, y = w.pick(w.blocks, 2)
    return (f"Is the {x} on top of the {y}, dear? My eyes aren't what they used to be.",
            answered(yes(w.state.support[x] == y)))


def t336_q_russian5(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] == TABLE or w.state.support[b] in w.bowls]
    if not options:
        return None
    inside = [b for b in options if w.state.support[b] in w.bowls]
    x = w.rng.choice(inside if inside and w.rng.random() < 0.5 else options)
    return f"Where is {x} now?", answered(w.state.support[x])


def t336_q_comedian(w: World) -> Made:
    return ("How many blocks are on the table? Asking for a friend. The friend is me.",
            answered(str(len(w.state.on_the_table()))))


def t336_q_plain117(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside) if inside and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    return f"Is the {x} in the {bowl}?", answered(yes(w.state.base(x) == bowl))


# ----- matching -----------------------------------------------------------------------------------
def t336_match_waitress(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort the blocks into the bowls that match their colour, thanks!", _act(rels(*want)))


def t336_match_engineer6(w: World) -> Made:
    want = matching(w)
    movers = [r.block for r in want if not holds(r, w.state)]
    others = [b for b in w.blocks if b not in {r.block for r in want}]
    if not movers or not others:
        return None
    if any(set(w.state.above(m)) & set(others) for m in movers):
        return None  # a block that must stay sits on one that must move
    return _made(w, "For each block whose colour matches a bowl, place it in that bowl. Leave the other blocks "
                    "where they are.", _act(rels(*want), kept(*others)))


def t336_match_nan7(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Would you put the {r.block} in the {r.target}, dear? Where it belongs, with its own "
                    "colour, like I always say.", _act(rels(r)))


def t336_match_russian5(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put every block in bowl of same colour.", _act(rels(*want)))


def t336_match_comedian(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Colour-coordinate the blocks with the bowls: each block goes in the bowl that matches it. "
                    "It's like a wedding, but with less crying.", _act(rels(*want)))


def t336_match_plain117(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if len(want) < 2:
        return None
    ex = w.rng.choice(want)
    rest = [r for r in matching(w) if r != ex]
    return _made(w, f"Put the blocks that match a bowl's colour into that bowl, except the {ex.block}.",
                 _act(rels(*rest, _not("in", ex.block, ex.target))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("waitress", "engineer6", "nan7", "russian5", "comedian", "plain117")
FRESH336: list[Template] = [
    (f"t336_{short}_{style}", category, globals()[f"t336_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
