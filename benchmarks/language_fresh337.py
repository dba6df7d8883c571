"""`FRESH337`, the three-hundred-and-thirty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing to the arm the way they would text a friend, write a
letter or shout across a yard. Six personas write them:
- barista: a barista, chatty and upbeat ("Hey there! Could you pop the red block into the blue bowl for me? Thanks a bunch!")
- lawyer5: a lawyer, formal, with careful qualifications ("Kindly place the red block on top of the green block, provided that is feasible.")
- kid10: a child of eight, simple words, excited ("move the red block to the top left corner!!")
- polish5: a Polish speaker writing English with small slips ("Please put red block to the bin.")
- farmer5: a farmer, plain country talk ("Take that red block and set her down in the middle there.")
- plain118: a plain, ordinary adult ("Put the red block on the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 05e9747, the code of f0784ca, before anything it could
prompt): 0.90 goal-correct (270 of 300), 15 refused, 15 questions, 0 wrong actions, 0 wrong replies. The refusals: a
lawyer's '..., provided that is feasible', a farmer's '... leave the rest of 'em alone, you hear?', a Polish speaker's
'..., the other blocks leave on their place'. The questions: a farmer's 'set her down in the middle there' and 'Any
block that's got a bowl its own colour, put it in there', a barista's 'Grab whichever block is closest to W and drop
it right in there!'.
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

MARGIN = 0.03  # a clear winner for "leftmost", "nearest" and the like


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(list(items))
    return got[0] if got else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _under(s: SymState, b: str) -> list[str]:
    """Every block below `b` in its tower, nearest first."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can go on `below`: neither sits under the other and the tower stays short enough."""
    s = w.state
    return (top != below and s.base(below) != BIN and below not in _under(s, top) and top not in _under(s, below)
            and len(_under(s, below)) + 2 <= layout.MAX_TOWER)


def _raised(w: World) -> list[str]:
    """Blocks not standing directly on the table: on another block or in a bowl."""
    return [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES, BIN)]


def _winner(items: list[str], key) -> str | None:
    """The item with the smallest key, when it wins by at least `MARGIN`."""
    if len(items) < 2:
        return items[0] if items else None
    ranked = sorted(items, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= MARGIN else None


def _on_table(*blocks: str) -> Check:
    """Each block's tower stands on the table (or a named place on it), as people say "on the table"."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _in_bin_count(n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n


def _matches(w: World) -> list[Rel]:
    """The colour-matching goals, or [] when some bowl would overflow."""
    want = matching(w)
    for r in want:
        if not holds(r, w.state) and not _room(w, r.target):
            return []
    return want


def _listed(names: list[str]) -> str:
    names = [f"the {n}" for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# ----- imperative ------------------------------------------------------------------------------------
def t337_imp_barista(w: World) -> Made:
    b, bowl = _one(w, w.clear_blocks()), _one(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    return _made(w, f"Hey there! Could you pop the {b} into the {bowl} for me? Thanks a bunch!",
                 _act(rels(Rel("in", b, bowl))))


def t337_imp_lawyer5(w: World) -> Made:
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Kindly place the {a} on top of the {b}, provided that is feasible.",
                 _act(rels(Rel("on", a, b))))


def t337_imp_kid10(w: World) -> Made:
    b, place = _one(w, w.clear_blocks()), w.rng.choice(PLACES[:4])
    if not b:
        return None
    return _made(w, f"move the {b} to the {place}!!", _act(rels(Rel("at", b, place))))


def t337_imp_polish5(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Please put {b} to the {BIN}.", _act(binned([b])))


def t337_imp_farmer5(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Take that {b} and set her down in the {PLACES[4]} there.", _act(rels(Rel("at", b, PLACES[4]))))


def t337_imp_plain118(w: World) -> Made:
    b = _one(w, [b for b in _raised(w) if w.state.is_clear(b)])
    if not b:
        return None
    return _made(w, f"Put the {b} on the {TABLE}.", _act(rels(Rel("on_table", b))))


# ----- declarative -----------------------------------------------------------------------------------
def t337_dec_barista(w: World) -> Made:
    b, bowl = _one(w, w.clear_blocks()), _one(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    return _made(w, f"Okay so the {b} goes in the {bowl}, that's its spot!", _act(rels(Rel("in", b, bowl))))


def t337_dec_lawyer5(w: World) -> Made:
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} is to rest directly upon the {b}.", _act(rels(Rel("on", a, b))))


def t337_dec_kid10(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"the {b} has to be in the {BIN}!", _act(binned([b])))


def t337_dec_polish5(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"The {b} must be on the {PLACES[3]}.", _act(rels(Rel("at", b, PLACES[3]))))


def t337_dec_farmer5(w: World) -> Made:
    cands = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not cands:
        return None
    top, below = w.rng.choice(cands)
    return _made(w, f"That {top} belongs down on the {TABLE}, not up on the {below.split()[0]} one.",
                 _act(rels(Rel("on_table", top))))


def t337_dec_plain118(w: World) -> Made:
    b, bowl = _one(w, w.clear_blocks()), _one(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    return _made(w, f"The {bowl} should have the {b} in it.", _act(rels(Rel("in", b, bowl))))


# ----- desiderative ----------------------------------------------------------------------------------
def t337_des_barista(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Ooh, I'd love it if the {b} ended up in the {BIN}!", _act(binned([b])))


def t337_des_lawyer5(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"I would like the {b} placed in the {PLACES[1]}, if that is possible.",
                 _act(rels(Rel("at", b, PLACES[1]))))


def t337_des_kid10(w: World) -> Made:
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks() if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"i want the {a} on top of the {b} so it's a tower", _act(rels(Rel("on", a, b))))


def t337_des_polish5(w: World) -> Made:
    b, bowl = _one(w, w.clear_blocks()), _one(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    return _made(w, f"I would like that the {b} is in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t337_des_farmer5(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    return _made(w, f"Reckon I'd like the {a} and the {b} both chucked in the {BIN}.", _act(binned([a, b])))


def t337_des_plain118(w: World) -> Made:
    b = _one(w, [b for b in _raised(w) if w.state.is_clear(b)])
    place = w.rng.choice(PLACES[:4])
    if not b:
        return None
    return _made(w, f"It would be nice to have the {b} over in the {place}.", _act(rels(Rel("at", b, place))))


# ----- quantified ------------------------------------------------------------------------------------
def t337_qua_barista(w: World) -> Made:
    return _made(w, f"Can you toss all the blocks into the {BIN}? Fresh start for the day!", _act(binned(w.blocks)))


def t337_qua_lawyer5(w: World) -> Made:
    inside, outside = w.in_bowls(), [b for b in w.blocks if b not in w.in_bowls()]
    if not inside or not outside:
        return None
    return _made(w, f"Please ensure that every block which is not presently in a bowl is placed in the {BIN}.",
                 _act(binned(outside), none_binned(inside)))


def t337_qua_kid10(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl or len(w.blocks) < 3:
        return None
    return _made(w, f"put two blocks in the {bowl}!! just two", _act(count_in(bowl, 2)))


def t337_qua_polish5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, f"Please take all blocks out from the bowls and put them on {TABLE}.", _act(_on_table(*inside)))


def t337_qua_farmer5(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Every last block into the {bowl}, if you would.",
                 _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t337_qua_plain118(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, f"Put three blocks in the {BIN}.", _act(_in_bin_count(3)))


# ----- negated ---------------------------------------------------------------------------------------
def t337_neg_barista(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"Let's empty out the {bowl} - nothing should stay in there, okay?", _act(empty(bowl)))


def t337_neg_lawyer5(w: World) -> Made:
    keep = _one(w, w.blocks)
    if not keep or len(w.blocks) < 3:
        return None
    rest = [b for b in w.blocks if b != keep]
    return _made(w, f"Please place every block in the {BIN}, with the sole exception of the {keep}.",
                 _act(binned(rest), none_binned([keep])))


def t337_neg_kid10(w: World) -> Made:
    pair = _one(w, [p for p in w.pairs()])
    if not pair:
        return None
    top, below = pair
    return _made(w, f"the {top} should NOT be on the {below} anymore!", _act(rels(Rel("on", top, below, negated=True))))


def t337_neg_polish5(w: World) -> Made:
    b = _one(w, [b for b in w.in_bowls() if w.state.is_clear(b)])
    if not b:
        return None
    bowl = w.state.base(b)
    return _made(w, f"The {b} must not be in {bowl}, please take it out from there.",
                 _act(rels(Rel("in", b, bowl, negated=True))))


def t337_neg_farmer5(w: World) -> Made:
    b = _one(w, [b for b in w.blocks if not w.state.is_clear(b)])
    if not b:
        return None
    return _made(w, f"Don't want anything sittin' on top of the {b}.", _act(rels(Rel("clear", b))))


def t337_neg_plain118(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if not two or len(w.blocks) < 4:
        return None
    a, b = two
    rest = [x for x in w.blocks if x not in two]
    return _made(w, f"Move all the blocks to the {BIN} except the {a.split()[0]} and {b.split()[0]} ones.",
                 _act(binned(rest), none_binned(two)))


# ----- relative --------------------------------------------------------------------------------------
def t337_rel_barista(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl or not _room(w, bowl):
        return None
    b = _winner([b for b in w.blocks if w.state.base(b) != bowl], lambda x: w.dist(x, bowl))
    if not b or not w.state.is_clear(b):
        return None
    return _made(w, f"Grab whichever block is closest to the {bowl} and drop it right in there!",
                 _act(rels(Rel("in", b, bowl))))


def t337_rel_lawyer5(w: World) -> Made:
    b = _winner(w.blocks, w.y)
    if not b or not w.state.is_clear(b):
        return None
    bowl = _one(w, [x for x in w.bowls if x != w.state.base(b) and _room(w, x)])
    if not bowl:
        return None
    return _made(w, f"The leftmost block, and that block only, is to be placed in the {bowl}.",
                 _act(rels(Rel("in", b, bowl))))


def t337_rel_kid10(w: World) -> Made:
    pair = _one(w, [p for p in w.pairs() if w.state.is_clear(p[0])])
    if not pair:
        return None
    top, below = pair
    return _made(w, f"the block thats on the {below} goes in the {BIN}!!!", _act(binned([top])))


def t337_rel_polish5(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if len(w.state.in_bowl(x)) == 1])
    if not bowl:
        return None
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block which is in {bowl}, put it on the {TABLE} please.", _act(rels(Rel("on_table", b))))


def t337_rel_farmer5(w: World) -> Made:
    b = _winner(w.blocks, lambda x: -w.y(x))
    if not b or not w.state.is_clear(b):
        return None
    return _made(w, f"Grab the one furthest over to the right and set it in the {PLACES[0]}.",
                 _act(rels(Rel("at", b, PLACES[0]))))


def t337_rel_plain118(w: World) -> Made:
    pair = _one(w, w.pairs())
    bowl = _one(w, w.bowls)
    if not pair or not bowl:
        return None
    top, below = pair
    if w.state.base(below) != bowl and not _room(w, bowl):
        return None
    return _made(w, f"Put the block that's under the {top} into the {bowl}.", _act(rels(Rel("in", below, bowl))))


# ----- keep ------------------------------------------------------------------------------------------
def t337_keep_barista(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    other = _one(w, [x for x in w.blocks if x != b and x not in w.state.above(b)])
    if not other:
        return None
    return _made(w, f"Pop the {b} in the {BIN}, but leave the {other} right where it is, okay?",
                 _act(binned([b]), kept(other)))


def t337_keep_lawyer5(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    free = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
    pairs = [(a, b) for a in free for b in free if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please move the {a} onto the {b}; however, the {bowl} and its contents are not to be disturbed.",
                 _act(rels(Rel("on", a, b)), kept(*w.state.in_bowl(bowl))))


def t337_keep_kid10(w: World) -> Made:
    b, bowl = _one(w, w.clear_blocks()), _one(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    other = _one(w, [x for x in w.blocks if x != b])
    if not other:
        return None
    return _made(w, f"put the {b} in the {bowl} but dont touch the {other}!!",
                 _act(rels(Rel("in", b, bowl)), kept(other)))


def t337_keep_polish5(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    other = _one(w, [x for x in w.blocks if x != b])
    if not b or not other:
        return None
    return _made(w, f"Put the {b} on the {PLACES[1]}, but the {other} leave where it is.",
                 _act(rels(Rel("at", b, PLACES[1])), kept(other)))


def t337_keep_farmer5(w: World) -> Made:
    b = _one(w, [x for x in _raised(w) if w.state.is_clear(x)])
    if not b:
        return None
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"Set the {b} down on the {TABLE} and leave the rest of 'em alone, you hear?",
                 _act(rels(Rel("on_table", b)), kept(*rest)))


def t337_keep_plain118(w: World) -> Made:
    other = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    bowl = _one(w, [x for x in w.bowls if x != other and _room(w, x)])
    if not other or not bowl:
        return None
    b = _one(w, [x for x in w.clear_blocks() if w.state.base(x) != other])
    if not b:
        return None
    return _made(w, f"Move the {b} into the {bowl}. Don't touch the {other}.",
                 _act(rels(Rel("in", b, bowl)), kept(*w.state.in_bowl(other))))


# ----- multi_step ------------------------------------------------------------------------------------
def t337_multi_barista(w: World) -> Made:
    two, bowl = w.pick(w.clear_blocks(), 2), _one(w, w.bowls)
    if not two or not bowl or not _room(w, bowl, 2):
        return None
    a, b = two
    if not _stackable(w, b, a):
        return None
    return _made(w, f"First pop the {a} in the {bowl}, then pop the {b} right on top of it - thank you!",
                 _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t337_multi_lawyer5(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    return _made(w, f"Firstly, place the {a} in the {BIN}; secondly, place the {b} in the {PLACES[0]}.",
                 _act(binned([a]), rels(Rel("at", b, PLACES[0]))))


def t337_multi_kid10(w: World) -> Made:
    pair = _one(w, [p for p in w.pairs() if w.state.is_clear(p[0])])
    if not pair:
        return None
    top, below = pair
    return _made(w, f"take the {top} off the {below} and then throw it in the {BIN}!", _act(binned([top])))


def t337_multi_polish5(w: World) -> Made:
    a = _one(w, [x for x in _raised(w) if w.state.is_clear(x)])
    b = _one(w, [x for x in w.clear_blocks() if x != a])
    if not a or not b:
        return None
    return _made(w, f"First put {a} on the {TABLE}, after this put {b} on the {a}.",
                 _act(rels(Rel("on_table", a), Rel("on", b, a))))


def t337_multi_farmer5(w: World) -> Made:
    three, bowl = w.pick(w.clear_blocks(), 3), _one(w, w.bowls)
    if not three or not bowl or not _room(w, bowl):
        return None
    a, b, c = three
    return _made(w, f"Put the {a} in the {bowl}, then the {b} in the {BIN}, then the {c} out in the {PLACES[4]}.",
                 _act(rels(Rel("in", a, bowl), Rel("in_bin", b), Rel("at", c, PLACES[4]))))


def t337_multi_plain118(w: World) -> Made:
    a = _one(w, [x for x in _raised(w) if w.state.is_clear(x)])
    b = _one(w, [x for x in w.clear_blocks() if x != a])
    if not a or not b:
        return None
    return _made(w, f"Put the {a} on the {TABLE}, then stack the {b} on it.",
                 _act(rels(Rel("on_table", a), Rel("on", b, a))))


# ----- question --------------------------------------------------------------------------------------
def t337_q_barista(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return f"Hey, quick one - what's in the {bowl} right now?", answered("|".join(inside) if inside else "nothing")


def t337_q_lawyer5(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "Could you tell me how many blocks are presently on the table?", answered(str(n))


def t337_q_kid10(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
    else:
        two = [(a, b) for a in w.blocks for b in w.blocks if a != b and w.state.support[a] != b]
        if not two:
            return None
        a, b = w.rng.choice(two)
    return f"is the {a} on the {b}?", answered(yes(w.state.support[a] == b))


def t337_q_polish5(w: World) -> Made:
    s = w.state
    b = _one(w, [x for x in w.blocks if s.support[x] in (TABLE, *w.bowls)
                 or (s.support[x] in s.support and s.base(x) == TABLE)])
    if not b:
        return None
    return f"Where is the {b}?", answered(s.support[b])


def t337_q_farmer5(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    return f"How many blocks you got in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t337_q_plain118(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b:
        return None
    return f"Is there anything on top of the {b}?", answered(yes(not w.state.is_clear(b)))


# ----- matching --------------------------------------------------------------------------------------
def t337_match_barista(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "Could you sort the blocks into the bowls that match their colours? Love a tidy counter!",
                 _act(rels(*want)))


def t337_match_lawyer5(w: World) -> Made:
    r = _one(w, [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)])
    if not r:
        return None
    return _made(w, f"Kindly place the {r.block} in the bowl of the same colour.", _act(rels(r)))


def t337_match_kid10(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "put every block in the bowl thats the same color as it!!!", _act(rels(*want)))


def t337_match_polish5(w: World) -> Made:
    want = _matches(w)
    movers = [r.block for r in want]
    others = [b for b in w.blocks if b not in movers]
    if not want or not others or any(o in w.state.above(m) for o in others for m in movers):
        return None
    return _made(w, "Please put each block to the bowl with same colour, the other blocks leave on their place.",
                 _act(rels(*want), kept(*others)))


def t337_match_farmer5(w: World) -> Made:
    want = _matches(w)
    if not want:
        return None
    return _made(w, "Any block that's got a bowl its own colour, put it in there.", _act(rels(*want)))


def t337_match_plain118(w: World) -> Made:
    want = _matches(w)
    movers = [r.block for r in want]
    others = [b for b in w.blocks if b not in movers]
    if not want or not others:
        return None
    return _made(w, f"Match the blocks to the bowls by colour, and put any block without a matching bowl in the {BIN}.",
                 _act(rels(*want), binned(others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("barista", "lawyer5", "kid10", "polish5", "farmer5", "plain118")
FRESH337: list[Template] = [
    (f"t337_{short}_{style}", category, globals()[f"t337_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
