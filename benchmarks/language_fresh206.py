"""`FRESH206`, the two-hundred-and-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six personas, one style each:
- barber: "Morning! Busy one today, huh? Anyway, could you pop the red block into the blue bowl for me? Cheers."
- chef: "behind! get the green block in the bin, now. yes chef"
- soldier: "Proceed to move the yellow block to the top left corner. Over."
- poet: "Lift the white block as gently as a falling leaf, and lay it upon the pink block."
- agent: "Hi there, thank you for your patience! Please go ahead and place the orange block on the table."
- tourist: "Hello! Please make the red bowl empty. Put the blocks in the bin. Thank you very much."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 0bdc712, the code of 54785a5, before anything it could prompt): 0.6533
goal-correct (196 of 300), 90 refused, 5 asked, six wrong actions and three wrong replies. The wrong actions: "Tell you
what, let's give the table a fresh start, like a clean shave: every block on the table goes in the bin. Leave the bowls
be." was answered with what the robot sees (five), and "empty W into the bin, but X stays in there. heard? yes chef"
binned X ('in there' read as the bin). The wrong replies: "Tell me, gentle machine, where does X lie tonight?". The
refusals: the barber's small talk ("Morning! Busy one today, huh? Anyway, ...", "I like it there. Anyway, how's your week
been?"), the chef's "yes chef", "hands please!", "behind!", "the cyan block you leave exactly where it is", the soldier's
"Negative on the bin", "Hold X in position", "Over.", the poet's similes ("as gently as a falling leaf", "like two birds
in a single nest", "a single pearl in every shell"), and the agent's "My goal for today is ...", "I'm happy to wait while
you take care of it.".
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
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

CORNERS = list(PLACES[:4])
GROUND = (TABLE, *PLACES)


# ----- helpers -------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's result, or None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _where(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _height(s: SymState, b: str) -> int:
    """How many blocks from the tower's base up to `b`, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(s: SymState, x: str, y: str) -> bool:
    """Whether `x` can go on `y` (a block in a tower on the table) without breaking a rule."""
    return (x != y and y not in s.above(x) and s.base(y) in GROUND and s.support[x] != y
            and _height(s, y) + 1 <= layout.MAX_TOWER)


def _room(s: SymState, bowl: str, add: int) -> bool:
    return len(s.in_bowl(bowl)) + add <= layout.BOWL_CAPACITY


def _live(s: SymState) -> list[str]:
    return [b for b in s.blocks if s.base(b) != BIN]


def _on_ground(b: str) -> Check:
    """The block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: f.base(b) in GROUND


def _same_base(blocks: list[str]) -> Check:
    return lambda i, f: all(f.base(b) == i.base(b) for b in blocks)


def _not_binned(b: str) -> Check:
    return lambda _i, f: f.base(b) != BIN


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _unique_min(key: dict[str, float], gap: float) -> str | None:
    """The block with the smallest key, when it is smaller than the next by `gap`."""
    order = sorted(key, key=key.get)
    if len(order) < 2 or key[order[1]] - key[order[0]] < gap:
        return None
    return order[0]


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


# ----- imperative -----------------------------------------------------------------------------------
def t206_imp_barber(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    x = _one(w, [b for b in _live(s) if s.base(b) != bowl])
    if x is None or not _room(s, bowl, 1):
        return None
    text = f"Morning! Busy one today, huh? Anyway, could you pop the {x} into the {bowl} for me? Cheers."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t206_imp_chef(w: World) -> Made:
    x = _one(w, _live(w.state))
    if x is None:
        return None
    text = f"behind! get the {x} in the bin, now. yes chef"
    return _made(w, text, _act(binned([x])))


def t206_imp_soldier(w: World) -> Made:
    x = _one(w, _live(w.state))
    if x is None:
        return None
    place = w.rng.choice(list(PLACES))
    text = f"Proceed to move the {x} to {_where(place)}. Over."
    return _made(w, text, _act(rels(Rel("at", x, place))))


def t206_imp_poet(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in _live(s) for y in s.blocks if _can_stack(s, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"Lift the {x} as gently as a falling leaf, and lay it upon the {y}."
    return _made(w, text, _act(rels(Rel("on", x, y))))


def t206_imp_agent(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in _live(s) if s.support[b] not in GROUND])
    if x is None:
        return None
    text = (f"Hi there, thank you for your patience! Please go ahead and place the {x} on the table. "
            "Have a wonderful day!")
    return _made(w, text, _act(rels(Rel("on_table", x))))


def t206_imp_tourist(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    text = f"Hello! Please make the {bowl} empty. Put the blocks in the bin. Thank you very much."
    return _made(w, text, _act(binned(s.in_bowl(bowl))))


# ----- declarative ----------------------------------------------------------------------------------
def t206_dec_barber(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in _live(s) for y in s.blocks if _can_stack(s, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = (f"Honestly, the {x} should be on top of the {y}, that's how I'd have it in my shop. "
            "So, you catch the game last night?")
    return _made(w, text, _act(rels(Rel("on", x, y))))


def t206_dec_chef(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    x = _one(w, [b for b in _live(s) if s.base(b) != bowl])
    if x is None or not _room(s, bowl, 1):
        return None
    text = f"{x} goes in the {bowl}, chef. heard?"
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t206_dec_soldier(w: World) -> Made:
    x = _one(w, _live(w.state))
    if x is None:
        return None
    text = f"Objective: the {x} is in the bin. Report when complete. Over."
    return _made(w, text, _act(binned([x])))


def t206_dec_poet(w: World) -> Made:
    x = _one(w, _live(w.state))
    if x is None:
        return None
    corner = w.rng.choice(CORNERS)
    text = f"The {x} should rest at the {corner}, a lone star at the quiet edge of the world."
    return _made(w, text, _act(rels(Rel("at", x, corner))))


def t206_dec_agent(w: World) -> Made:
    pair = _one(w, [f"{x}|{y}" for x, y in w.pairs()])
    if pair is None:
        return None
    x, y = pair.split("|")
    text = (f"Just to confirm the request on my end: the {x} should be on the table, not on the {y}. "
            "Thank you for your patience!")
    return _made(w, text, _act(rels(Rel("on_table", x), Rel("on", x, y, negated=True))))


def t206_dec_tourist(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    text = f"The {bowl} must be empty, please. Thank you!"
    return _made(w, text, _act(empty(bowl)))


# ----- desiderative ---------------------------------------------------------------------------------
def t206_des_barber(w: World) -> Made:
    x = _one(w, _live(w.state))
    if x is None:
        return None
    corner = w.rng.choice(CORNERS)
    text = (f"I'd love the {x} over in the {corner}. My wife rearranges my shop like this every week, "
            "so I'm used to it, ha!")
    return _made(w, text, _act(rels(Rel("at", x, corner))))


def t206_des_chef(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in _live(s) for y in s.blocks if _can_stack(s, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = f"i want the {x} on the {y}, yes chef, hands please!"
    return _made(w, text, _act(rels(Rel("on", x, y))))


def t206_des_soldier(w: World) -> Made:
    x = _one(w, _live(w.state))
    if x is None:
        return None
    text = f"Requesting the {x} at the middle of the table. I want it there on the double. Over."
    return _made(w, text, _act(rels(Rel("at", x, "middle"))))


def t206_des_poet(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    two = w.pick([b for b in _live(s) if s.base(b) != bowl], 2)
    if len(two) < 2 or not _room(s, bowl, 2):
        return None
    a, b = two
    text = f"I long to see the {a} and the {b} resting together in the {bowl}, like two birds in a single nest."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t206_des_agent(w: World) -> Made:
    three = w.pick(_live(w.state), 3)
    if len(three) < 3:
        return None
    a, b, c = three
    text = (f"My goal for today is a single tower made of the {a}, the {b} and the {c}, in any order. "
            "I'm happy to wait while you take care of it. Thank you!")
    return _made(w, text, _act(rels(Rel("tower", a, b, c))))


def t206_des_tourist(w: World) -> Made:
    two = w.pick(_live(w.state), 2)
    if len(two) < 2:
        return None
    a, b = two
    text = f"Hello. I would like the {a} in the bin, and the {b} also in the bin, please. Thank you so much."
    return _made(w, text, _act(binned([a, b])))


# ----- quantified -----------------------------------------------------------------------------------
def t206_qua_barber(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    if not 2 <= len(table) <= 5:
        return None
    text = ("Tell you what, let's give the table a fresh start, like a clean shave: every block on the table "
            "goes in the bin. Leave the bowls be.")
    return _made(w, text, _act(binned(table), _same_base(s.in_bowls())))


def t206_qua_chef(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    if len(_live(s)) < 2:
        return None
    text = f"exactly two blocks in the {bowl}, chef. not one, not three. two!"
    return _made(w, text, _act(count_in(bowl, 2)))


def t206_qua_soldier(w: World) -> Made:
    s = w.state
    live = _live(s)
    if len(live) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    text = f"Orders: every single block goes into the {bowl}. Execute. Over."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in live))))


def t206_qua_poet(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or len(_live(s)) < len(w.bowls):
        return None
    bowls = w.bowls
    text = "Let each bowl cradle exactly one block, a single pearl in every shell."
    return _made(w, text, _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)))


def t206_qua_agent(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = ("Thank you for contacting us today! Could you please take every block out of every bowl and "
            "put them on the table? I appreciate your help.")
    return _made(w, text, _act(*(_on_ground(b) for b in inside)))


def t206_qua_tourist(w: World) -> Made:
    if len(_live(w.state)) < 3:
        return None
    text = "Please, put three blocks in the bin. Any three is OK. Thank you!"
    return _made(w, text, _act(_bin_count(3)))


# ----- negated --------------------------------------------------------------------------------------
def t206_neg_barber(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    x = _one(w, [b for b in table if s.support[b] in GROUND])
    if x is None or not 2 <= len(table) <= 6:
        return None
    rest = [b for b in table if b != x]
    text = (f"Clear the table into the bin for me, would you? Everything except the {x}, that one stays put. "
            "It's my lucky charm, ha. The bowls you can leave alone.")
    return _made(w, text, _act(binned(rest), kept(x), _same_base(s.in_bowls())))


def t206_neg_chef(w: World) -> Made:
    live = _live(w.state)
    x = _one(w, live)
    if x is None or len(live) < 2:
        return None
    rest = [b for b in live if b != x]
    text = f"every block in the bin except the {x}. behind! go go go"
    return _made(w, text, _act(binned(rest), _not_binned(x)))


def t206_neg_soldier(w: World) -> Made:
    pair = _one(w, [f"{x}|{y}" for x, y in w.pairs()])
    if pair is None:
        return None
    x, y = pair.split("|")
    text = f"Get the {x} off the {y}. Negative on the bin, do not put it in the bin. Over."
    return _made(w, text, _act(rels(Rel("on", x, y, negated=True)), _not_binned(x)))


def t206_neg_poet(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    live = _live(s)
    x = _one(w, [b for b in live if s.base(b) != bowl])
    if x is None or len(live) - 1 > layout.BOWL_CAPACITY or len(live) < 3:
        return None
    rest = [b for b in live if b != x]
    text = f"Let all the blocks but the {x} gather in the {bowl}, like petals in a cup."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in rest)), lambda _i, f: f.base(x) != bowl))


def t206_neg_agent(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    outside = [b for b in _live(s) if s.base(b) != bowl]
    if not outside or len(outside) > 5:
        return None
    text = (f"I'd be happy if you could move every block that is not in the {bowl} into the bin, please. "
            "Thank you for your patience!")
    return _made(w, text, _act(binned(outside), _same_base(s.in_bowl(bowl))))


def t206_neg_tourist(w: World) -> Made:
    s = w.state
    live = _live(s)
    if not s.in_bowls():
        return None
    text = "Please, no blocks in the bowls. Put them on the table, not in the bin. Thank you!"
    return _made(w, text, _act(*(_on_ground(b) for b in live)))


# ----- relative -------------------------------------------------------------------------------------
def t206_rel_barber(w: World) -> Made:
    pair = _one(w, [f"{x}|{y}" for x, y in w.pairs()])
    if pair is None:
        return None
    top, below = pair.split("|")
    text = f"Grab the block that's sitting on the {below} and drop it in the bin, would ya? Thanks, pal."
    return _made(w, text, _act(binned([top])))


def t206_rel_chef(w: World) -> Made:
    s = w.state
    x = _unique_min({b: w.y(b) for b in _live(s)}, 0.04)
    if x is None:
        return None
    bowl = _one(w, [b for b in w.bowls if s.base(x) != b and _room(s, b, 1)])
    if bowl is None:
        return None
    text = f"leftmost block into the {bowl}! move it, yes chef"
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t206_rel_soldier(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if not s.in_bowl(b)])
    if bowl is None:
        return None
    x = _unique_min({b: w.dist(b, bowl) for b in _live(s)}, 0.03)
    if x is None:
        return None
    corner = w.rng.choice(CORNERS)
    text = f"Target: the block closest to the {bowl}. Move it to the {corner}. Over."
    return _made(w, text, _act(rels(Rel("at", x, corner))))


def t206_rel_poet(w: World) -> Made:
    s = w.state
    pair = _one(w, [f"{x}|{y}" for x, y in w.pairs()])
    if pair is None:
        return None
    x, y = pair.split("|")
    bowl = _one(w, [b for b in w.bowls if s.base(y) != b and _room(s, b, 1)])
    if bowl is None:
        return None
    text = f"The block that bears the {x} upon its back: free it, and set it down in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", y, bowl))))


def t206_rel_agent(w: World) -> Made:
    s = w.state
    tops = [b for b in _live(s) if s.is_clear(b) and s.support[b] in s.support]
    if len(tops) != 1:
        return None
    top = tops[0]
    text = ("Hello, and thank you for your help today! Could you please take the block at the very top of the "
            "stack and set it on the table? Much appreciated!")
    return _made(w, text, _act(rels(Rel("on_table", top))))


def t206_rel_tourist(w: World) -> Made:
    s = w.state
    bx, by = layout.BIN_CENTER
    key = {}
    for b in _live(s):
        p = w.scene.get(b).position
        key[b] = ((p[0] - bx) ** 2 + (p[1] - by) ** 2) ** 0.5
    x = _unique_min(key, 0.03)
    if x is None:
        return None
    bowl = _one(w, [b for b in w.bowls if s.base(x) != b and _room(s, b, 1)])
    if bowl is None:
        return None
    text = f"Excuse me, please. The block most near to the bin, put it in the {bowl}. Thank you!"
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


# ----- keep -----------------------------------------------------------------------------------------
def t206_keep_barber(w: World) -> Made:
    s = w.state
    pairs = [(x, y) for x in _live(s) for y in s.blocks if _can_stack(s, x, y)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    z = _one(w, [b for b in _live(s) if b not in (x, y) and b not in s.above(x) and b not in s.above(y)])
    if z is None:
        return None
    text = (f"Could you stack the {x} on the {y}? But leave the {z} right where it is, I like it there. "
            "Anyway, how's your week been?")
    return _made(w, text, _act(rels(Rel("on", x, y)), kept(z)))


def t206_keep_chef(w: World) -> Made:
    s = w.state
    options = [(bowl, x) for bowl in w.bowls for x in s.in_bowl(bowl)
               if s.support[x] == bowl and len(s.in_bowl(bowl)) >= 2]
    if options:
        bowl, x = w.rng.choice(options)
        rest = [b for b in s.in_bowl(bowl) if b != x]
        text = f"empty the {bowl} into the bin, but the {x} stays in there. heard? yes chef"
        return _made(w, text, _act(binned(rest), kept(x)))
    x = _one(w, _live(s))
    if x is None:
        return None
    z = _one(w, [b for b in _live(s) if b != x and b not in s.above(x)])
    if z is None:
        return None
    text = f"{x} in the bin, chef. the {z} you leave exactly where it is. behind!"
    return _made(w, text, _act(binned([x]), kept(z)))


def t206_keep_soldier(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    x = _one(w, [b for b in _live(s) if s.base(b) != bowl])
    if x is None or not _room(s, bowl, 1):
        return None
    z = _one(w, [b for b in _live(s) if b != x and b not in s.above(x)])
    if z is None:
        return None
    text = f"Relocate the {x} to the {bowl}. Hold the {z} in position, do not move it. Over."
    return _made(w, text, _act(rels(Rel("in", x, bowl)), kept(z)))


def t206_keep_poet(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    x = _one(w, [b for b in _live(s) if s.base(b) != bowl])
    if x is None:
        return None
    place = w.rng.choice(list(PLACES))
    text = f"Carry the {x} to {_where(place)}, yet let the {bowl} keep its treasures just as they lie."
    return _made(w, text, _act(rels(Rel("at", x, place)), kept(*s.in_bowl(bowl))))


def t206_keep_agent(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    x = _one(w, [b for b in _live(s) if s.is_clear(b) and s.base(b) != bowl])
    if x is None or not _room(s, bowl, 1):
        return None
    others = [b for b in s.blocks if b != x]
    text = (f"I'd be happy if you could place the {x} in the {bowl}. Please leave everything else exactly as "
            "it is. Thank you for your patience!")
    return _made(w, text, _act(rels(Rel("in", x, bowl)), kept(*others)))


def t206_keep_tourist(w: World) -> Made:
    s = w.state
    x = _one(w, [b for b in _live(s) if s.support[b] not in GROUND])
    if x is None:
        return None
    z = _one(w, [b for b in _live(s) if b != x and b not in s.above(x)])
    if z is None:
        return None
    text = f"Please, put the {x} on the table. But the {z}, no move, please. Thank you!"
    return _made(w, text, _act(rels(Rel("on_table", x)), kept(z)))


# ----- multi-step -----------------------------------------------------------------------------------
def t206_multi_barber(w: World) -> Made:
    s = w.state
    live = _live(s)
    trios = [(a, b, c) for a in live for b in live for c in live
             if len({a, b, c}) == 3 and _can_stack(s, b, c) and c not in s.above(a)]
    if not trios:
        return None
    a, b, c = w.rng.choice(trios)
    text = (f"First off, toss the {a} in the bin, then set the {b} on top of the {c}. "
            "Cheers, mate. How's the family?")
    return _made(w, text, _act(binned([a]), rels(Rel("on", b, c))))


def t206_multi_chef(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    two = w.pick(_live(s), 2)
    if len(two) < 2:
        return None
    g, y = two
    add = sum(1 for b in (g, y) if s.base(b) != bowl)
    if not _room(s, bowl, add):
        return None
    text = f"first the {g} in the {bowl}, then the {y} on top of it. plate it, yes chef!"
    return _made(w, text, _act(rels(Rel("in", g, bowl), Rel("on", y, g))))


def t206_multi_soldier(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    inside = s.in_bowl(bowl)
    x = _one(w, [b for b in _live(s) if b not in inside])
    if x is None:
        return None
    text = (f"Step one: clear the {bowl}, everything onto the table. Step two: move the {x} into the {bowl}. "
            "Over.")
    return _made(w, text, _act(*(_on_ground(b) for b in inside), rels(Rel("in", x, bowl))))


def t206_multi_poet(w: World) -> Made:
    two = w.pick(_live(w.state), 2)
    if len(two) < 2:
        return None
    p, o = two
    corner = w.rng.choice(CORNERS)
    text = f"First let the {p} wander to the {corner}, and then let the {o} follow and rest upon it."
    return _made(w, text, _act(rels(Rel("at", p, corner), Rel("on", o, p))))


def t206_multi_agent(w: World) -> Made:
    s = w.state
    r = _one(w, [b for b in _live(s) if s.support[b] not in GROUND])
    if r is None:
        return None
    bowl = w.pick(w.bowls)[0]
    b = _one(w, [x for x in _live(s) if x != r and s.base(x) != bowl])
    if b is None or not _room(s, bowl, 1):
        return None
    text = (f"First, please place the {r} on the table. After that, I'd be happy if you could put the {b} in "
            f"the {bowl}. Thank you for your patience!")
    return _made(w, text, _act(rels(Rel("on_table", r), Rel("in", b, bowl))))


def t206_multi_tourist(w: World) -> Made:
    pair = _one(w, [f"{x}|{y}" for x, y in w.pairs()])
    if pair is None:
        return None
    top, below = pair.split("|")
    text = f"Please, first take the {top} off the {below}. Then put the {below} in the bin. Thank you!"
    return _made(w, text, _act(binned([below]), rels(Rel("on", top, below, negated=True)), _not_binned(top)))


# ----- questions ------------------------------------------------------------------------------------
def t206_q_barber(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)])
    if bowl is None:
        return None
    n = len(s.in_bowl(bowl))
    return f"Say, how many blocks are sitting in the {bowl} right now? Just curious.", answered(str(n))


def t206_q_chef(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        two = w.pick(_live(s), 2)
        if len(two) < 2:
            return None
        x, y = two
    return f"chef, is the {x} on the {y}? yes or no", answered(yes(s.support[x] == y))


def t206_q_soldier(w: World) -> Made:
    s = w.state
    under = [b for b in _live(s) if len(s.above(b)) == 1]
    x = _one(w, under if under and w.rng.random() < 0.5 else [b for b in _live(s) if len(s.above(b)) <= 1])
    if x is None:
        return None
    up = s.on_top(x)
    return f"Report: what is on top of the {x}? Over.", answered(up[0] if up else "nothing")


def t206_q_poet(w: World) -> Made:
    s = w.state
    options = []
    for b in _live(s):
        sup = s.support[b]
        if sup in w.bowls or sup in PLACES:
            options.append((b, sup))
        elif sup == TABLE:
            options.append((b, "table"))
        elif sup in s.support and s.base(b) in GROUND:
            options.append((b, sup))
    if not options:
        return None
    x, answer = w.rng.choice(options)
    return f"Tell me, gentle machine, where does the {x} lie tonight?", answered(answer)


def t206_q_agent(w: World) -> Made:
    s = w.state
    n = len(s.on_the_table())
    if n < 1:
        return None
    bowl = w.pick(w.bowls)[0]
    text = (f"Just to confirm a couple of things for my records: how many blocks are on the table, and is the "
            f"{bowl} empty? Thank you!")
    return text, answered(f"{n}|{yes(not s.in_bowl(bowl))}")


def t206_q_tourist(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if len(s.in_bowl(b)) == 1])
    if bowl is None:
        return None
    x = s.in_bowl(bowl)[0]
    return f"Excuse me, what colour is the block in the {bowl}? Thank you.", answered(w.colour(x))


# ----- matching -------------------------------------------------------------------------------------
def _match_room(w: World) -> bool:
    s = w.state
    for r in matching(w):
        if s.base(r.block) != r.target and not _room(s, r.target, 1):
            return False
    return True


def t206_match_barber(w: World) -> Made:
    want = matching(w)
    if not want or not _match_room(w):
        return None
    text = ("Could you put each block in the bowl that's the same colour as it? My daughter loves it when things "
            "match, you know.")
    return _made(w, text, _act(rels(*want)))


def t206_match_chef(w: World) -> Made:
    s = w.state
    options = [r for r in matching(w) if s.base(r.block) != r.target and _room(s, r.target, 1)]
    if not options:
        return None
    r = w.rng.choice(options)
    text = f"the {r.block} goes in the bowl that matches it, chef. move!"
    return _made(w, text, _act(rels(r)))


def t206_match_soldier(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in _live(s) if b not in matched]
    if len(rest) > 5:
        return None
    text = ("Sort every block into the bowl of its own colour. Blocks with no matching bowl, to the bin. "
            "Over.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t206_match_poet(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want or not _match_room(w):
        return None
    matched = {r.block for r in want}
    moving = [r.block for r in want if not holds(r, s)]
    rest = [b for b in s.blocks if b not in matched]
    if any(o in s.above(m) for m in moving for o in rest):
        return None
    text = ("Let every block that shares its hue with a bowl go home to that bowl; let the others sleep just "
            "where they lie.")
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t206_match_agent(w: World) -> Made:
    s = w.state
    options = []
    for y in w.blocks:
        bowl = _bowl_of(w, w.colour(y))
        if bowl is None or not _room(s, bowl, 1):
            continue
        options += [(x, y, bowl) for x in _live(s) if x != y and s.base(x) != bowl]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    text = (f"Could you kindly put the {x} in the bowl that is the same colour as the {y}? "
            "Thank you so much for your help today!")
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t206_match_tourist(w: World) -> Made:
    s = w.state
    options = [(b, bowl) for bowl in w.bowls for b in _live(s) if w.colour(b) == w.colour(bowl)]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    text = f"Please, the block with the same colour as the {bowl}, put it in the bin. Thank you!"
    return _made(w, text, _act(binned([x])))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("barber", "chef", "soldier", "poet", "agent", "tourist")
FRESH206: list[Template] = [
    (f"t206_{short}_{style}", category, globals()[f"t206_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
