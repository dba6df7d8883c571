"""`FRESH333`, the three-hundred-and-thirty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table through a chat window between other
things, each in their own voice. Six personas write them:
- cashier5: a cashier, quick and friendly ("Red block in the blue bowl, please!")
- architect5: an architect, spatial and precise ("Place the red block directly on top of the green block.")
- aunt5: an aunt, warm and chatty ("Oh, could you be a dear and move the red block over to the top left corner?")
- indonesian5: an Indonesian speaker writing English with small slips ("Please you put the red block into the bin.")
- gamer6: a gamer, slang and abbreviations ("yo take the red block off n put it on the table pls")
- plain114: a plain, ordinary adult ("Move the red block to the middle.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 398f989, the code of 10774b3, before anything it could prompt): 0.9933
goal-correct (298 of 300), 0 refused, 0 questions, 2 wrong actions, 0 wrong replies. The wrong actions: a gamer's
'grab the block furthest to the right n stack it on Y' and a plain adult's 'Put the block closest to the top left
corner in the bin.' each took a block standing in a bowl, the one furthest right and the one closest to the corner;
the checks count only blocks in no bowl, so these are the checks' readings, left as they are.

Its writer reports seeing, while looking for where scenes are made, the first five lines of scene_from_spec in
agent/evaluation/suite.py and nothing else of agent/.
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

MARGIN = 0.03  # metres: a position word needs a winner this clear


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(s: SymState, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(s.in_bowl(bowl))


def _height(s: SymState, block: str) -> int:
    """How many blocks stand from the tower's base up to `block`, itself included."""
    h, cur = 1, s.support[block]
    while cur in s.support:
        h, cur = h + 1, s.support[cur]
    return h


def _mover_into(w: World, bowl: str) -> str | None:
    """A clear block not yet in `bowl`, when the bowl has room."""
    if _room(w.state, bowl) < 1:
        return None
    cands = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    return w.rng.choice(cands) if cands else None


def _onto(w: World) -> tuple[str, str] | None:
    """(mover, target): two clear blocks, the target's tower short enough to take one more."""
    cands = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks()
             if a != b and _height(w.state, b) < layout.MAX_TOWER and w.state.support[a] != b]
    return w.rng.choice(cands) if cands else None


def _winner(items: list[str], key) -> str | None:
    """The item with the smallest key, when it beats the runner-up by `MARGIN`."""
    if len(items) < 2:
        return None
    ranked = sorted(items, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= MARGIN else None


def _to_place(w: World, block: str, place: str) -> float:
    (x, y, *_), (px, py) = w.scene.get(block).position, layout.PLACES[place]
    return ((x - px) ** 2 + (y - py) ** 2) ** 0.5


def _bowl_with(w: World, at_least: int = 1) -> str | None:
    cands = [b for b in w.bowls if len(w.state.in_bowl(b)) >= at_least]
    return w.rng.choice(cands) if cands else None


def _matched(w: World) -> list[Rel] | None:
    """The colour-matching goal, when every matching block can fit in its bowl."""
    want = matching(w)
    for r in want:
        if w.state.base(r.block) != r.target and _room(w.state, r.target) < 1:
            return None
    return want or None


# ----- imperative -----------------------------------------------------------------------------------
def t333_imp_cashier5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    b = _mover_into(w, bowl)
    return b and _made(w, f"{b.capitalize()} in the {bowl}, please!", _act(rels(Rel("in", b, bowl))))


def t333_imp_architect5(w: World) -> Made:
    pair = _onto(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Place the {a} directly on top of the {b}.", _act(rels(Rel("on", a, b))))


def t333_imp_aunt5(w: World) -> Made:
    b, place = w.rng.choice(w.clear_blocks()), w.rng.choice(PLACES[:4])
    text = f"Oh, could you be a dear and move the {b} over to the {place} for me?"
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t333_imp_indonesian5(w: World) -> Made:
    b = w.rng.choice(w.clear_blocks())
    return _made(w, f"Please you put the {b} into the {BIN}.", _act(binned([b])))


def t333_imp_gamer6(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    under = w.state.support[b]
    text = f"yo take the {b} {'out of' if under in w.bowls else 'off'} the {under} n just put it on the table pls"
    return _made(w, text, _act(rels(Rel("on_table", b))))


def t333_imp_plain114(w: World) -> Made:
    b = w.rng.choice(w.clear_blocks())
    return _made(w, f"Move the {b} to the middle.", _act(rels(Rel("at", b, PLACES[4]))))


# ----- declarative ----------------------------------------------------------------------------------
def t333_dec_cashier5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    b = _mover_into(w, bowl)
    return b and _made(w, f"The {b} goes in the {bowl}. Thanks!", _act(rels(Rel("in", b, bowl))))


def t333_dec_architect5(w: World) -> Made:
    pair = _onto(w)
    if not pair:
        return None
    a, b = pair
    text = f"The {a} should sit squarely on the {b}."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t333_dec_aunt5(w: World) -> Made:
    b = w.rng.choice(w.clear_blocks())
    text = f"You know, that {b} really belongs in the bin, dear. It's only cluttering things up."
    return _made(w, text, _act(binned([b])))


def t333_dec_indonesian5(w: World) -> Made:
    b, place = w.rng.choice(w.clear_blocks()), w.rng.choice(PLACES[:4])
    text = f"The {b} have to be in the {place}."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t333_dec_gamer6(w: World) -> Made:
    pair = _onto(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"{a} goes on the {b} ngl", _act(rels(Rel("on", a, b))))


def t333_dec_plain114(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _made(w, f"The {b} has to be on the table.", _act(rels(Rel("on_table", b))))


# ----- desiderative ---------------------------------------------------------------------------------
def t333_des_cashier5(w: World) -> Made:
    b = w.rng.choice(w.clear_blocks())
    return _made(w, f"I'd love the {b} in the bin, thank you!", _act(binned([b])))


def t333_des_architect5(w: World) -> Made:
    b, place = w.rng.choice(w.clear_blocks()), w.rng.choice(PLACES)
    text = f"I would like the {b} positioned at the {place} of the table."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t333_des_aunt5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    b = _mover_into(w, bowl)
    text = f"It would be lovely if the {b} were sitting in the {bowl}, sweetheart. Would you?"
    return b and _made(w, text, _act(rels(Rel("in", b, bowl))))


def t333_des_indonesian5(w: World) -> Made:
    pair = _onto(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"I want the {a} is on the {b}, please.", _act(rels(Rel("on", a, b))))


def t333_des_gamer6(w: World) -> Made:
    b = w.rng.choice(w.clear_blocks())
    return _made(w, f"wanna see the {b} in the middle lol", _act(rels(Rel("at", b, PLACES[4]))))


def t333_des_plain114(w: World) -> Made:
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if not a:
        return None
    return _made(w, f"I'd like the {a} and the {b} both in the bin.", _act(binned([a, b])))


# ----- quantified -----------------------------------------------------------------------------------
def t333_qua_cashier5(w: World) -> Made:
    return _made(w, "All the blocks in the bin, please!", _act(binned(w.blocks)))


def t333_qua_architect5(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    text = "Place every block that is not already in a bowl into the bin."
    return _made(w, text, _act(binned(outside), none_binned(inside)))


def t333_qua_aunt5(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Could you put two of the blocks into the {bowl} for me, love? Any two will do, I'm not fussy."
    return _made(w, text, _act(count_in(bowl, 2)))


def t333_qua_indonesian5(w: World) -> Made:
    bowl = _bowl_with(w, 2)
    if not bowl:
        return None
    text = f"Please put all block that are in the {bowl} to the bin."
    return _made(w, text, _act(binned(w.state.in_bowl(bowl))))


def t333_qua_gamer6(w: World) -> Made:
    n = len(w.blocks)
    if n > layout.MAX_TOWER:
        return None
    text = f"stack all {n} blocks into 1 big tower"
    return _made(w, text, _act(rels(Rel("tower", *w.blocks))))


def t333_qua_plain114(w: World) -> Made:
    table = w.state.on_the_table()
    bowl = w.rng.choice(w.bowls)
    if len(table) < 2 or len(table) > _room(w.state, bowl):
        return None
    text = f"Put all the blocks that are on the table into the {bowl}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in table))))


# ----- negated --------------------------------------------------------------------------------------
def t333_neg_cashier5(w: World) -> Made:
    bowl = _bowl_with(w)
    return bowl and _made(w, f"Nothing left in the {bowl}, please, it needs to be empty!", _act(empty(bowl)))


def t333_neg_architect5(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    keep = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != keep]
    text = f"Every block except the {keep} goes into the bin."
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t333_neg_aunt5(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Oh dear, the {a} shouldn't be sitting on the {b}. Would you take it off for me?"
    return _made(w, text, _act(rels(Rel("on", a, b, negated=True))))


def t333_neg_indonesian5(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"Please make sure no block is on top the {b}."
    return _made(w, text, _act(rels(Rel("clear", b))))


def t333_neg_gamer6(w: World) -> Made:
    bowl = _bowl_with(w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    text = f"no blocks in the {bowl} pls, put em all on the table"
    return _made(w, text, _act(empty(bowl), rels(*(Rel("on_table", b) for b in inside))))


def t333_neg_plain114(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    text = f"Put everything except the {a} and the {b} in the bin."
    return _made(w, text, _act(binned(rest), none_binned([a, b])))


# ----- relative -------------------------------------------------------------------------------------
def t333_rel_cashier5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    if w.state.in_bowl(bowl):
        return None
    b = _winner(w.blocks, lambda x: w.dist(x, bowl))
    if not b or not w.state.is_clear(b):
        return None
    return _made(w, f"The block closest to the {bowl}, pop it in the bin for me!", _act(binned([b])))


def t333_rel_architect5(w: World) -> Made:
    b = _winner(w.state.on_the_table(), w.y)
    if not b or not w.state.is_clear(b):
        return None
    text = "Move the leftmost block on the table to the bottom right corner."
    return _made(w, text, _act(rels(Rel("at", b, PLACES[3]))))


def t333_rel_aunt5(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    bowl = w.rng.choice(w.bowls)
    pairs = [(a, b) for a, b in pairs if w.state.base(a) != bowl]
    if not pairs or _room(w.state, bowl) < 1:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Could you take the block that's sitting on the {b} and put it in the {bowl}? Thank you, dear."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t333_rel_indonesian5(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    text = f"The block in the {bowl}, please put it on the table."
    return _made(w, text, _act(rels(Rel("on_table", b))))


def t333_rel_gamer6(w: World) -> Made:
    b = _winner(w.state.on_the_table(), lambda x: -w.y(x))
    if not b or not w.state.is_clear(b):
        return None
    targets = [t for t in w.clear_blocks() if t != b and _height(w.state, t) < layout.MAX_TOWER]
    if not targets:
        return None
    t = w.rng.choice(targets)
    text = f"grab the block furthest to the right n stack it on the {t}"
    return _made(w, text, _act(rels(Rel("on", b, t))))


def t333_rel_plain114(w: World) -> Made:
    place = w.rng.choice(PLACES[:4])
    b = _winner(w.state.on_the_table(), lambda x: _to_place(w, x, place))
    if not b or not w.state.is_clear(b):
        return None
    return _made(w, f"Put the block closest to the {place} in the bin.", _act(binned([b])))


# ----- keep -----------------------------------------------------------------------------------------
def t333_keep_cashier5(w: World) -> Made:
    a = w.rng.choice(w.clear_blocks())
    others = [b for b in w.blocks if b != a]
    if not others:
        return None
    b = w.rng.choice(others)
    text = f"{a.capitalize()} to the bin, but leave the {b} where it is!"
    return _made(w, text, _act(binned([a]), kept(b)))


def t333_keep_architect5(w: World) -> Made:
    bowl = _bowl_with(w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if a != b and a not in inside
             and b not in inside and _height(w.state, b) < layout.MAX_TOWER]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Relocate the {a} onto the {b} without disturbing anything in the {bowl}."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(*inside)))


def t333_keep_aunt5(w: World) -> Made:
    cands = [(bowl, b) for bowl in w.bowls for b in w.state.in_bowl(bowl)
             if w.state.support[b] == bowl and len(w.state.in_bowl(bowl)) >= 2]
    if not cands:
        return None
    bowl, fav = w.rng.choice(cands)
    rest = [b for b in w.state.in_bowl(bowl) if b != fav]
    text = (f"Would you empty the {bowl} into the bin for me? But leave the {fav} alone, "
            "it's my favourite, that one stays right where it is.")
    return _made(w, text, _act(binned(rest), kept(fav)))


def t333_keep_indonesian5(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if len(w.blocks) < 2 or not cands:
        return None
    keep = w.rng.choice(cands)
    rest = [b for b in w.blocks if b != keep]
    text = f"Please put all block to the bin, but the {keep} let it stay in its place."
    return _made(w, text, _act(binned(rest), kept(keep)))


def t333_keep_gamer6(w: World) -> Made:
    a, place = w.rng.choice(w.clear_blocks()), w.rng.choice(PLACES[:4])
    others = [b for b in w.blocks if b != a]
    text = f"put the {a} in the {place} and dont touch anything else k"
    return _made(w, text, _act(rels(Rel("at", a, place)), kept(*others)))


def t333_keep_plain114(w: World) -> Made:
    bowl = _bowl_with(w)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    cands = [b for b in w.clear_blocks() if b not in inside]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = f"Put the {a} in the bin. Leave the blocks in the {bowl} alone."
    return _made(w, text, _act(binned([a]), kept(*inside)))


# ----- multi_step -----------------------------------------------------------------------------------
def t333_multi_cashier5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if a != b and w.state.base(b) != bowl]
    pairs = [(a, b) for a, b in pairs if _room(w.state, bowl) + (w.state.base(a) == bowl) >= 1]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"First the {a} in the bin, then the {b} in the {bowl}!"
    return _made(w, text, _act(binned([a]), rels(Rel("in", b, bowl))))


def t333_multi_architect5(w: World) -> Made:
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if not a:
        return None
    text = f"First place the {a} at the middle of the table, then set the {b} on top of it."
    return _made(w, text, _act(rels(Rel("at", a, PLACES[4]), Rel("on", b, a))))


def t333_multi_aunt5(w: World) -> Made:
    cands = [(a, bowl) for a in w.clear_blocks() for bowl in w.bowls if w.state.base(a) == bowl]
    if not cands:
        return None
    a, bowl = w.rng.choice(cands)
    others = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not others:
        return None
    b = w.rng.choice(others)
    text = (f"First, take the {a} out of the {bowl} and put it on the table, and then "
            f"pop the {b} into the {bowl} in its place. Lovely, thank you!")
    return _made(w, text, _act(rels(Rel("on_table", a), Rel("in", b, bowl))))


def t333_multi_indonesian5(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if _height(w.state, b) <= layout.MAX_TOWER - 2]
    if len(w.clear_blocks()) < 3 or not cands:
        return None
    base = w.rng.choice(cands)
    a, c = w.pick([b for b in w.clear_blocks() if b != base], 2)
    text = f"First put the {a} on the {base}, after that put the {c} on the {a}."
    return _made(w, text, _act(rels(Rel("on", a, base), Rel("on", c, a))))


def t333_multi_gamer6(w: World) -> Made:
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if not a:
        return None
    place = w.rng.choice(PLACES[:4])
    text = f"1st {a} to the bin, then {b} to the {place}. ez"
    return _made(w, text, _act(binned([a]), rels(Rel("at", b, place))))


def t333_multi_plain114(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a) and w.state.base(b) != bowl]
    if not pairs or _room(w.state, bowl) < 1:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Take the {a} off the {b} and put it in the bin. Then put the {b} in the {bowl}."
    return _made(w, text, _act(binned([a]), rels(Rel("in", b, bowl))))


# ----- question -------------------------------------------------------------------------------------
def t333_q_cashier5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    bowl = w.rng.choice(full if full and w.rng.random() < 0.6 else w.bowls)
    return f"How many blocks in the {bowl} right now?", answered(str(len(w.state.in_bowl(bowl))))


def t333_q_architect5(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    return f"Which block is resting directly on the {below}?", answered(top)


def t333_q_aunt5(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    b = w.rng.choice(inside if inside and w.rng.random() < 0.5 else w.blocks)
    text = f"Is the {b} in the {bowl}, dear? My eyes aren't what they used to be."
    return text, answered(yes(b in inside))


def t333_q_indonesian5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    s = w.state.support[b]
    if s in w.state.support and w.state.base(b) in w.bowls:
        return None  # on a block inside a bowl: either answer would be fair
    return f"Where is the {b} now?", answered(TABLE if s in (TABLE, *PLACES) else s)


def t333_q_gamer6(w: World) -> Made:
    return "how many blocks r on the table rn?", answered(str(w.state.count_at(TABLE)))


def t333_q_plain114(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"What is in the {bowl}?", answered("|".join(inside) if inside else "nothing")


# ----- matching -------------------------------------------------------------------------------------
def t333_match_cashier5(w: World) -> Made:
    want = _matched(w)
    return want and _made(w, "Blocks into the bowls that match their colour, please!", _act(rels(*want)))


def t333_match_architect5(w: World) -> Made:
    want = _matched(w)
    text = "Sort the blocks by colour: each block goes into the bowl of the same colour, where there is one."
    return want and _made(w, text, _act(rels(*want)))


def t333_match_aunt5(w: World) -> Made:
    want = [r for r in (_matched(w) or []) if w.state.base(r.block) != r.target]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Could you put the {r.block} in the bowl that's the same colour as it, love?"
    return _made(w, text, _act(rels(r)))


def t333_match_indonesian5(w: World) -> Made:
    want = _matched(w)
    return want and _made(w, "Please put every block to the bowl with same colour.", _act(rels(*want)))


def t333_match_gamer6(w: World) -> Made:
    want = _matched(w)
    return want and _made(w, "match em up, blocks in the same color bowls", _act(rels(*want)))


def t333_match_plain114(w: World) -> Made:
    want = _matched(w)
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    must_move = [r.block for r in want if not holds(r, w.state)]
    if any(b in w.state.above(m) for m in must_move for b in rest):
        return None  # a block to leave alone sits on one that has to move
    text = "Put each block into the bowl of the same colour, and leave the other blocks where they are."
    return _made(w, text, _act(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("cashier5", "architect5", "aunt5", "indonesian5", "gamer6", "plain114")
FRESH333: list[Template] = [
    (f"t333_{short}_{style}", category, globals()[f"t333_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
