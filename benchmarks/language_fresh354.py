"""`FRESH354`, the three-hundred-and-fifty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a tabletop through a chat window, each in their own
voice, asking for moves, stating goals, wishing, counting, excluding, pointing at things by where they are, asking
for several steps, asking questions and sorting by colour. Six personas write them:
- receptionist2: a polite, formal receptionist ("Good afternoon. Would you kindly place the red block in the blue bowl?")
- nerd: a precise tech enthusiast with jargon ("Pick-and-place request: source = the red block, target = the middle.")
- teen13: a teenager with slang and emojis in words ("yo chuck the red block in the bin lol (skull emoji)")
- korean6: a Korean speaker writing English with small slips ("Please put every block which is not in bowl into the bin.")
- cowboy: a cowboy with a western drawl ("Partner, fetch that red block outta the blue bowl and set 'er down on the table.")
- plain135: a plain, ordinary adult ("Stack the red block on the green block.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at cfc3ccb, the code of bf5dfea, before anything it could
prompt): 0.85 goal-correct (255 of 300), 30 refused, 0 questions, 0 wrong actions, 15 wrong replies: a cowboy's 'Ain't
nothin' s'posed to be sittin' on top of X, partner. Clear it off.' (answered as a question) and 'How many blocks y'all
got sittin' in W?'; a tech enthusiast's 'Query: how many blocks are currently on the table, not counting the ones in
bowls or the bin?'. The refusals: a tech enthusiast's 'Pick-and-place request: source = X, target = P. Execute.',
'move all the contained blocks onto the table' and 'Constraint: X stays on its current support.'; a cowboy's 'set 'er
down', 'don't you go messin' with W, hear?' and 'Fust git X in W, ...'. A writer's check ran one grep on
agent/evaluation/suite.py and saw the first lines of scene_from_spec; nothing of it is used here.
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


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _clear(w: World) -> list[str]:
    """Blocks with nothing on them, outside the bin."""
    return w.clear_blocks()


def _height(w: World, b: str) -> int:
    """How many blocks make up b's tower from the bottom up to b itself."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _to_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl it is not in, with room for it."""
    options = [(b, o) for b in _clear(w) for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    return w.rng.choice(options) if options else None


def _to_block(w: World) -> tuple[str, str] | None:
    """Two clear blocks (x, y): x can go on y without the tower growing too tall."""
    options = [(x, y) for x in _clear(w) for y in _clear(w)
               if x != y and _height(w, y) < layout.MAX_TOWER]
    return w.rng.choice(options) if options else None


def _loose_pair(w: World) -> tuple[str, str] | None:
    """(top, below) where the top block is clear."""
    options = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    return w.rng.choice(options) if options else None


def _winner(cands: list[str], key, margin: float = 0.03) -> str | None:
    """The candidate with the smallest key, if it beats the next one by the margin."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= margin else None


def _on_table(w: World) -> list[str]:
    return w.state.on_the_table()


def _where(w: World, b: str) -> str:
    """What the user would name as where the block is."""
    return w.state.support[b]


# ----- imperative -----------------------------------------------------------------------------------
def t354_imp_receptionist2(w: World) -> Made:
    pick = _to_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"Good afternoon. Would you kindly place the {x} in the {bowl}? Thank you very much.",
                 _act(rels(Rel("in", x, bowl))))


def t354_imp_nerd(w: World) -> Made:
    if not _clear(w):
        return None
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    return _made(w, f"Pick-and-place request: source = the {x}, target = the {p}. Execute.",
                 _act(rels(Rel("at", x, p))))


def t354_imp_teen13(w: World) -> Made:
    if not _clear(w):
        return None
    x = w.rng.choice(_clear(w))
    return _made(w, f"yo chuck the {x} in the bin lol (skull emoji)", _act(binned([x])))


def t354_imp_korean6(w: World) -> Made:
    pick = _to_block(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Please stack {x} on the {y}, thank you.", _act(rels(Rel("on", x, y))))


def t354_imp_cowboy(w: World) -> Made:
    options = [b for b in _clear(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not options:
        return None
    x = w.rng.choice(options)
    s = w.state.support[x]
    where = f"outta the {s}" if s in w.bowls else f"off the {s}"
    return _made(w, f"Partner, fetch that {x} {where} and set 'er down on the table.",
                 _act(rels(Rel("on_table", x))))


def t354_imp_plain135(w: World) -> Made:
    pick = _to_block(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Stack the {x} on the {y}.", _act(rels(Rel("on", x, y))))


# ----- declarative ----------------------------------------------------------------------------------
def t354_dec_receptionist2(w: World) -> Made:
    pick = _to_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"The {x} belongs in the {bowl}, if you would be so kind.", _act(rels(Rel("in", x, bowl))))


def t354_dec_nerd(w: World) -> Made:
    pick = _to_block(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Target state: the {x} sits directly on top of the {y}.", _act(rels(Rel("on", x, y))))


def t354_dec_teen13(w: World) -> Made:
    if not _clear(w):
        return None
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    return _made(w, f"the {x} has to be in the {p}, like rn", _act(rels(Rel("at", x, p))))


def t354_dec_korean6(w: World) -> Made:
    if not _clear(w):
        return None
    x = w.rng.choice(_clear(w))
    return _made(w, f"The {x} must be in bin.", _act(binned([x])))


def t354_dec_cowboy(w: World) -> Made:
    pick = _to_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"That {x} oughta be sittin' in the {bowl}, partner.", _act(rels(Rel("in", x, bowl))))


def t354_dec_plain135(w: World) -> Made:
    if not w.in_bowls():
        return None
    x = w.rng.choice(w.in_bowls())
    bowl = w.state.base(x)
    return _made(w, f"The {x} should be on the table, not in the {bowl}.", _act(rels(Rel("on_table", x))))


# ----- desiderative ---------------------------------------------------------------------------------
def t354_des_receptionist2(w: World) -> Made:
    if not _clear(w):
        return None
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    return _made(w, f"I would appreciate it if the {x} could be moved to the {p}, please.",
                 _act(rels(Rel("at", x, p))))


def t354_des_nerd(w: World) -> Made:
    options = [(x, y, o) for x in _clear(w) for y in _clear(w) for o in w.bowls
               if x < y and w.state.base(x) != o and w.state.base(y) != o and _room(w, o, 2)]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    return _made(w, f"I'd like both the {x} and the {y} in the {bowl}, please; order is irrelevant.",
                 _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


def t354_des_teen13(w: World) -> Made:
    if not _clear(w):
        return None
    x = w.rng.choice(_clear(w))
    return _made(w, f"i lowkey want the {x} in the bin ngl (pleading face emoji)", _act(binned([x])))


def t354_des_korean6(w: World) -> Made:
    pick = _to_block(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"I want that {x} is on the {y}.", _act(rels(Rel("on", x, y))))


def t354_des_cowboy(w: World) -> Made:
    options = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not options:
        return None
    x = w.rng.choice(options)
    bowl = w.state.base(x)
    return _made(w, f"I'd sure like that {x} outta the {bowl} and back on the table, partner.",
                 _act(rels(Rel("on_table", x))))


def t354_des_plain135(w: World) -> Made:
    pick = _to_bowl(w)
    if not pick:
        return None
    x, bowl = pick
    return _made(w, f"I'd like the {x} in the {bowl}, please.", _act(rels(Rel("in", x, bowl))))


# ----- quantified -----------------------------------------------------------------------------------
def t354_qua_receptionist2(w: World) -> Made:
    return _made(w, "Would you please place all of the blocks in the bin? Thank you.", _act(binned(w.blocks)))


def t354_qua_nerd(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Empty every bowl: move all the contained blocks onto the table.",
                 _act(rels(*(Rel("on_table", b) for b in inside))))


def t354_qua_teen13(w: World) -> Made:
    options = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not options or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"can u put 2 blocks in the {bowl}? any 2 idc", _act(count_in(bowl, 2)))


def t354_qua_korean6(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "Please put every block which is not in bowl into the bin.",
                 _act(binned(outside), none_binned(inside)))


def t354_qua_cowboy(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Round up three of them blocks, any three'll do, and toss 'em in the bin.",
                 _act(lambda _i, f: f.count_at(BIN) == 3))


def t354_qua_plain135(w: World) -> Made:
    loose = _on_table(w)
    options = [o for o in w.bowls if _room(w, o, len(loose))]
    if len(loose) < 2 or not options:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"Put all the blocks that are on the table in the {bowl}.",
                 _act(rels(*(Rel("in", b, bowl) for b in loose))))


# ----- negated --------------------------------------------------------------------------------------
def t354_neg_receptionist2(w: World) -> Made:
    options = [o for o in w.bowls if w.state.in_bowl(o)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"Kindly make sure that no block remains in the {bowl}.", _act(empty(bowl)))


def t354_neg_nerd(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Bin everything except the {x}.", _act(binned(others), none_binned([x])))


def t354_neg_teen13(w: World) -> Made:
    pick = _loose_pair(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"the {x} shouldnt be on the {y} anymore lol, move it somewhere else",
                 _act(rels(Rel("on", x, y, negated=True))))


def t354_neg_korean6(w: World) -> Made:
    options = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not options:
        return None
    x = w.rng.choice(options)
    bowl = w.state.base(x)
    return _made(w, f"Please take the {x} out from {bowl}, but not into the bin.",
                 _act(rels(Rel("in", x, bowl, negated=True)), none_binned([x])))


def t354_neg_cowboy(w: World) -> Made:
    options = [b for b in w.blocks if not w.state.is_clear(b)]
    if not options:
        return None
    x = w.rng.choice(options)
    return _made(w, f"Ain't nothin' s'posed to be sittin' on top of the {x}, partner. Clear it off.",
                 _act(rels(Rel("clear", x))))


def t354_neg_plain135(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"Put every block in the bin except the {x} and the {y}.",
                 _act(binned(others), none_binned([x, y])))


# ----- relative -------------------------------------------------------------------------------------
def t354_rel_receptionist2(w: World) -> Made:
    options = [o for o in w.bowls if _room(w, o)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    x = _winner(_on_table(w), lambda b: w.dist(b, bowl))
    if x is None:
        return None
    return _made(w, f"Would you be so kind as to put the block nearest the {bowl} into that bowl?",
                 _act(rels(Rel("in", x, bowl))))


def t354_rel_nerd(w: World) -> Made:
    x = _winner(_on_table(w), w.y)
    if x is None:
        return None
    return _made(w, "Select the leftmost block on the table (as I see it) and move it to the bin.",
                 _act(binned([x])))


def t354_rel_teen13(w: World) -> Made:
    pick = _loose_pair(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"the block sitting on the {y}, yeet it into the bin lol", _act(binned([x])))


def t354_rel_korean6(w: World) -> Made:
    options = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not options:
        return None
    bowl = w.rng.choice(options)
    x = w.state.in_bowl(bowl)[0]
    p = w.rng.choice(PLACES)
    return _made(w, f"Please move the block in {bowl} to the {p}.", _act(rels(Rel("at", x, p))))


def t354_rel_cowboy(w: World) -> Made:
    x = _winner(_on_table(w), lambda b: -w.y(b))
    if x is None:
        return None
    return _made(w, "Grab the block furthest to the right and set it down in the top right corner, partner.",
                 _act(rels(Rel("at", x, "top right corner"))))


def t354_rel_plain135(w: World) -> Made:
    pick = _loose_pair(w)
    if not pick:
        return None
    x, y = pick
    return _made(w, f"Put the block under the {x} in the bin.", _act(binned([y]), none_binned([x])))


# ----- keep -----------------------------------------------------------------------------------------
def t354_keep_receptionist2(w: World) -> Made:
    if not _clear(w):
        return None
    x = w.rng.choice(_clear(w))
    y = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Please move the {x} to the bin, but kindly leave the {y} exactly where it is.",
                 _act(binned([x]), kept(y)))


def t354_keep_nerd(w: World) -> Made:
    if not _clear(w):
        return None
    x, p = w.rng.choice(_clear(w)), w.rng.choice(PLACES)
    y = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Relocate the {x} to the {p}. Constraint: the {y} stays on its current support.",
                 _act(rels(Rel("at", x, p)), kept(y)))


def t354_keep_teen13(w: World) -> Made:
    pick = _to_block(w)
    if not pick:
        return None
    x, y = pick
    rest = [b for b in w.blocks if b not in (x, y)]
    if not rest:
        return None
    z = w.rng.choice(rest)
    return _made(w, f"put the {x} on the {y} but dont touch the {z} ok? thx (smiley)",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t354_keep_korean6(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if len(w.blocks) < 3 or not options:
        return None
    x = w.rng.choice(options)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Please put all blocks into the bin, but leave the {x} as it is.",
                 _act(binned(others), kept(x)))


def t354_keep_cowboy(w: World) -> Made:
    options = [(x, o) for o in w.bowls if w.state.in_bowl(o) for x in _clear(w) if w.state.base(x) != o]
    if not options:
        return None
    x, bowl = w.rng.choice(options)
    return _made(w, f"Toss the {x} in the bin, but don't you go messin' with the {bowl}, hear?",
                 _act(binned([x]), kept(*w.state.in_bowl(bowl))))


def t354_keep_plain135(w: World) -> Made:
    options = [(x, y, o) for x, y in w.pairs() if w.state.is_clear(x) for o in w.bowls
               if w.state.base(x) != o and _room(w, o)]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    return _made(w, f"Take the {x} off the {y} and put it in the {bowl}, but leave the {y} where it is.",
                 _act(rels(Rel("in", x, bowl)), kept(y)))


# ----- multi_step -----------------------------------------------------------------------------------
def t354_multi_receptionist2(w: World) -> Made:
    options = [(x, y, o) for x in _clear(w) for y in _clear(w) for o in w.bowls
               if x != y and w.state.base(x) != o
               and _room(w, o, 1 + (w.state.base(y) != o))]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    return _made(w, f"First, please place the {x} in the {bowl}; then, if you would, set the {y} on top of it.",
                 _act(rels(Rel("in", x, bowl), Rel("on", y, x))))


def t354_multi_nerd(w: World) -> Made:
    if len(_clear(w)) < 2:
        return None
    x, y = w.pick(_clear(w), 2)
    p = w.rng.choice(PLACES)
    return _made(w, f"Step 1: bin the {x}. Step 2: move the {y} to the {p}.",
                 _act(binned([x]), rels(Rel("at", y, p))))


def t354_multi_teen13(w: World) -> Made:
    options = [(x, y, o) for x, y in w.pairs() if w.state.is_clear(x) for o in w.bowls
               if w.state.base(y) != o and _room(w, o)]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    return _made(w, f"ok so first take the {x} off the {y}, then put the {y} in the {bowl} lol",
                 _act(rels(Rel("in", y, bowl), Rel("on", x, y, negated=True))))


def t354_multi_korean6(w: World) -> Made:
    if len(_clear(w)) < 2:
        return None
    x, y = w.pick(_clear(w), 2)
    p = w.rng.choice(PLACES)
    return _made(w, f"First put {x} to the {p}, after that put {y} on the {x}.",
                 _act(rels(Rel("at", x, p), Rel("on", y, x))))


def t354_multi_cowboy(w: World) -> Made:
    if len(_clear(w)) < 3:
        return None
    x, y, z = w.pick(_clear(w), 3)
    options = [o for o in w.bowls if _room(w, o, (w.state.base(x) != o) + (w.state.base(y) != o))]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"Fust git the {x} in the {bowl}, then the {y} in there too, and last toss the {z} in the bin.",
                 _act(rels(Rel("in", x, bowl), Rel("in", y, bowl)), binned([z])))


def t354_multi_plain135(w: World) -> Made:
    if len(_clear(w)) < 3:
        return None
    x, y, z = w.pick(_clear(w), 3)
    return _made(w, f"Move the {x} to the middle, then stack the {y} on it, and then the {z} on top of the {y}.",
                 _act(rels(Rel("at", x, "middle"), Rel("on", y, x), Rel("on", z, y))))


# ----- question -------------------------------------------------------------------------------------
def t354_q_receptionist2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return (f"Excuse me, could you please tell me what is in the {bowl}?",
            answered("|".join(inside) if inside else "nothing"))


def t354_q_nerd(w: World) -> Made:
    n = len(_on_table(w))
    if n < 1:
        return None
    return ("Query: how many blocks are currently on the table, not counting the ones in bowls or the bin?",
            answered(str(n)))


def t354_q_teen13(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        x, y = w.rng.choice(w.pairs())
    else:
        x, y = w.pick(w.blocks, 2)
    return (f"wait is the {x} on the {y}?? (thinking emoji)", answered(yes(w.state.support[x] == y)))


def t354_q_korean6(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return (f"Where is the {x} now, please tell me.", answered(_where(w, x)))


def t354_q_cowboy(w: World) -> Made:
    options = [o for o in w.bowls if w.state.in_bowl(o)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return (f"How many blocks y'all got sittin' in the {bowl}?", answered(str(len(w.state.in_bowl(bowl)))))


def t354_q_plain135(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return (f"Is there anything in the {bowl}?", answered(yes(bool(w.state.in_bowl(bowl)))))


# ----- matching -------------------------------------------------------------------------------------
def _all_matching(w: World, text: str) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, text, _act(rels(*want)))


def t354_match_receptionist2(w: World) -> Made:
    return _all_matching(w, "Would you please sort the blocks into the bowls of the matching colour? Thank you.")


def t354_match_nerd(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]

    def below(b: str) -> list[str]:
        out, s = [], w.state.support[b]
        while s in w.state.support:
            out.append(s)
            s = w.state.support[s]
        return out

    if any(m in movers for b in rest for m in below(b)):
        return None  # a block that should stay rests on one that must move
    return _made(w, "For every block whose colour matches a bowl, move it into that bowl; leave all other blocks "
                    "where they are.", _act(rels(*want), kept(*rest)))


def t354_match_teen13(w: World) -> Made:
    options = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not options:
        return None
    r = w.rng.choice(options)
    return _made(w, f"put the {r.block} in the bowl thats the same colour as it lol", _act(rels(r)))


def t354_match_korean6(w: World) -> Made:
    options = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not options:
        return None
    r = w.rng.choice(options)
    return _made(w, f"Please put the {r.block} into bowl with same color.", _act(rels(r)))


def t354_match_cowboy(w: World) -> Made:
    return _all_matching(w, "Any block that's got a bowl of its own colour, put it in there, y'hear?")


def t354_match_plain135(w: World) -> Made:
    return _all_matching(w, "Match the blocks to the bowls by colour.")


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("receptionist2", "nerd", "teen13", "korean6", "cowboy", "plain135")
FRESH354: list[Template] = [
    (f"t354_{short}_{style}", category, globals()[f"t354_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
