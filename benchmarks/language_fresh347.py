"""`FRESH347`, the three-hundred-and-forty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table, asking where things are and sorting blocks
into bowls, each in the words they would really type into a chat window. Six personas write them:
- bartender: a bartender, breezy pub talk ("Pop the red block on top of the blue block, cheers.")
- pharmacist: a pharmacist, careful and exact ("Place exactly two blocks in the green bowl, please.")
- kid12: a child of seven, simple and excited ("put the red block in the blue bowl pleeease!!")
- italian5: an Italian speaker writing English with small slips ("The red block must to be in the middle.")
- yogi: a yoga teacher, calm, mindful phrasing ("Gently guide each block home to the bowl that shares its colour.")
- plain128: a plain, ordinary adult ("Put the red block on the table.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 41611c0, the code of 76a6417, before anything it could
prompt): 0.9267 goal-correct (278 of 300), 20 refused, 0 questions, 0 wrong actions, 2 wrong replies: an Italian
speaker's 'Where it is the cyan block?'. The refusals: a yoga teacher's '... and set it down inside', 'X belongs on
the table, resting flat and still', 'Begin by lifting X off Y and letting it rest on the table; ...'; an Italian
speaker's 'Take the block more near to W and put it inside'.
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

_MARGIN = 0.03  # metres: a clear winner for "leftmost", "nearest" and the like


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _flat(w: World, b: str) -> bool:
    """The block stands directly on the table (or a named place on it)."""
    return w.state.support[b] in (TABLE, *PLACES)


def _loose(w: World) -> list[str]:
    """Single blocks standing on the table with nothing on them."""
    return [b for b in w.clear_blocks() if _flat(w, b)]


def _height(s: SymState, b: str) -> int:
    """How many blocks the tower holding `b` has."""
    n, cur = 1 + len(s.above(b)), s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(top, below): two clear blocks, the lower one in a tower on the table with room on it."""
    s = w.state
    pairs = [(a, b) for a in w.clear_blocks() for b in w.clear_blocks()
             if a != b and s.base(b) in (TABLE, *PLACES) and _height(s, b) < layout.MAX_TOWER and s.support[a] != b]
    return w.rng.choice(pairs) if pairs else None


def _bowl_for(w: World, need: int = 1) -> str | None:
    bowls = [b for b in w.bowls if _room(w, b) >= need]
    return w.rng.choice(bowls) if bowls else None


def _outside(w: World, bowl: str) -> list[str]:
    return [b for b in w.clear_blocks() if w.state.base(b) != bowl]


def _winner(w: World, key) -> str | None:
    """The block with the smallest key, when it is a loose block and clearly ahead of every other block."""
    ranked = sorted(w.blocks, key=key)
    if len(ranked) < 2 or key(ranked[1]) - key(ranked[0]) < _MARGIN:
        return None
    return ranked[0] if ranked[0] in _loose(w) else None


def _nearest(w: World, bowl: str) -> str | None:
    return _winner(w, lambda b: w.dist(b, bowl) if w.state.base(b) != bowl else 99.0)


def _place(w: World) -> str:
    return w.rng.choice(PLACES)


def _listing(names: list[str]) -> str:
    return "|".join(names) if names else "nothing"


def _pending_matches(w: World) -> list[Rel]:
    return [r for r in matching(w) if not holds(r, w.state)]


# ----- imperative -----------------------------------------------------------------------------------
def t347_imp_bartender(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Pop the {a} on top of the {b}, cheers.", _act(rels(Rel("on", a, b))))


def t347_imp_pharmacist(w: World) -> Made:
    b, p = w.pick(w.clear_blocks()), _place(w)
    if not b:
        return None
    return _made(w, f"Please move the {b[0]} to the {p}.", _act(rels(Rel("at", b[0], p))))


def t347_imp_kid12(w: World) -> Made:
    bowl = _bowl_for(w)
    b = w.pick(_outside(w, bowl)) if bowl else []
    if not b:
        return None
    return _made(w, f"put the {b[0]} in the {bowl} pleeease!!", _act(rels(Rel("in", b[0], bowl))))


def t347_imp_italian5(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Please, take the {b[0]} and you throw it in the bin.", _act(binned(b)))


def t347_imp_yogi(w: World) -> Made:
    bowl = _bowl_for(w)
    b = w.pick(_outside(w, bowl)) if bowl else []
    if not b:
        return None
    return _made(w, f"Slowly carry the {b[0]} over to the {bowl} and set it down inside.",
                 _act(rels(Rel("in", b[0], bowl))))


def t347_imp_plain128(w: World) -> Made:
    b = w.pick([x for x in w.clear_blocks() if not _flat(w, x)])
    if not b:
        return None
    return _made(w, f"Put the {b[0]} on the table.", _act(rels(Rel("on_table", b[0]))))


# ----- declarative ----------------------------------------------------------------------------------
def t347_dec_bartender(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"The {a} goes on top of the {b}, mate.", _act(rels(Rel("on", a, b))))


def t347_dec_pharmacist(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"The {b[0]} must be in the bin.", _act(binned(b)))


def t347_dec_kid12(w: World) -> Made:
    bowl = _bowl_for(w)
    b = w.pick(_outside(w, bowl)) if bowl else []
    if not b:
        return None
    return _made(w, f"the {b[0]} has to be in the {bowl}!!", _act(rels(Rel("in", b[0], bowl))))


def t347_dec_italian5(w: World) -> Made:
    b, p = w.pick(w.clear_blocks()), _place(w)
    if not b:
        return None
    return _made(w, f"The {b[0]} must to be in the {p}.", _act(rels(Rel("at", b[0], p))))


def t347_dec_yogi(w: World) -> Made:
    b = w.pick([x for x in w.clear_blocks() if not _flat(w, x)])
    if not b:
        return None
    return _made(w, f"The {b[0]} belongs on the table, resting flat and still.",
                 _act(rels(Rel("on_table", b[0]))))


def t347_dec_plain128(w: World) -> Made:
    bowl = _bowl_for(w)
    b = w.pick(_outside(w, bowl)) if bowl else []
    if not b:
        return None
    return _made(w, f"The {b[0]} should be in the {bowl}.", _act(rels(Rel("in", b[0], bowl))))


# ----- desiderative ---------------------------------------------------------------------------------
def t347_des_bartender(w: World) -> Made:
    bowl = _bowl_for(w)
    b = w.pick(_outside(w, bowl)) if bowl else []
    if not b:
        return None
    return _made(w, f"I'd fancy the {b[0]} in the {bowl}, if you don't mind, ta.", _act(rels(Rel("in", b[0], bowl))))


def t347_des_pharmacist(w: World) -> Made:
    b, p = w.pick(w.clear_blocks()), _place(w)
    if not b:
        return None
    return _made(w, f"I would like the {b[0]} placed in the {p}, please.", _act(rels(Rel("at", b[0], p))))


def t347_des_kid12(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"i want the {a} on top of the {b}!!!", _act(rels(Rel("on", a, b))))


def t347_des_italian5(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"I would like that the {b[0]} goes in the bin, please.", _act(binned(b)))


def t347_des_yogi(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"It would be lovely if the {a} could come to rest on the {b}.", _act(rels(Rel("on", a, b))))


def t347_des_plain128(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    return _made(w, f"I'd like the {two[0]} and the {two[1]} both in the bin.", _act(binned(two)))


# ----- quantified -----------------------------------------------------------------------------------
def t347_qua_bartender(w: World) -> Made:
    return _made(w, "Last orders! Chuck all the blocks in the bin, mate.", _act(binned(w.blocks)))


def t347_qua_pharmacist(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl or len(w.blocks) < 2:
        return None
    return _made(w, f"Place exactly two blocks in the {bowl[0]}, please.", _act(count_in(bowl[0], 2)))


def t347_qua_kid12(w: World) -> Made:
    s = w.state
    table, others = s.on_the_table(), [b for b in w.blocks if b not in s.on_the_table()]
    if not table or not others:
        return None
    return _made(w, "put every block that is on the table in the bin!! all of them!!",
                 _act(binned(table), none_binned(others)))


def t347_qua_italian5(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if len(w.state.in_bowl(b)) >= 1])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    return _made(w, f"Please put all the blocks of the {bowl[0]} into the bin.", _act(binned(inside)))


def t347_qua_yogi(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Calmly gather every one of the blocks into the {bowl[0]}.",
                 _act(rels(*(Rel("in", b, bowl[0]) for b in w.blocks))))


def t347_qua_plain128(w: World) -> Made:
    if len(w.blocks) < 4 or any(w.state.base(b) == BIN for b in w.blocks):
        return None
    return _made(w, "Put three blocks in the bin.",
                 _act(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3))


# ----- negated --------------------------------------------------------------------------------------
def t347_neg_bartender(w: World) -> Made:
    keep = w.pick(w.blocks)
    if not keep:
        return None
    rest = [b for b in w.blocks if b != keep[0]]
    return _made(w, f"Bin the lot except the {keep[0]}, ta.", _act(binned(rest), none_binned(keep)))


def t347_neg_pharmacist(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"No block should remain in the {bowl[0]}.", _act(empty(bowl[0])))


def t347_neg_kid12(w: World) -> Made:
    pair = w.pick([p for p in w.pairs() if w.state.is_clear(p[0])])
    if not pair:
        return None
    a, b = pair[0]
    return _made(w, f"i dont want the {a} on the {b} anymore!!", _act(_not(Rel("on", a, b))))


def t347_neg_italian5(w: World) -> Made:
    b = w.pick([x for x in w.in_bowls() if w.state.is_clear(x)])
    if not b:
        return None
    bowl = w.state.base(b[0])
    return _made(w, f"The {b[0]} must not stay in the {bowl}.", _act(_not(Rel("in", b[0], bowl))))


def t347_neg_yogi(w: World) -> Made:
    keep = w.pick(w.blocks, 2)
    if not keep or len(w.blocks) < 3:
        return None
    rest = [b for b in w.blocks if b not in keep]
    return _made(w, f"Release every block into the bin, except the {keep[0]} and the {keep[1]}.",
                 _act(binned(rest), none_binned(keep)))


def t347_neg_plain128(w: World) -> Made:
    b = w.pick([below for _top, below in w.pairs()])
    if not b:
        return None
    return _made(w, f"Make sure nothing is sitting on top of the {b[0]}.", _act(rels(Rel("clear", b[0]))))


# ----- relative -------------------------------------------------------------------------------------
def t347_rel_bartender(w: World) -> Made:
    b = _winner(w, w.y)
    if not b:
        return None
    return _made(w, "Grab the leftmost block and stick it in the bin.", _act(binned([b])))


def t347_rel_pharmacist(w: World) -> Made:
    pair = w.pick([p for p in w.pairs() if w.state.is_clear(p[0])])
    if not pair:
        return None
    top, below = pair[0]
    p = _place(w)
    return _made(w, f"Move the block that is on the {below} to the {p}.", _act(rels(Rel("at", top, p))))


def t347_rel_kid12(w: World) -> Made:
    bowl = w.pick([b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    b = w.state.in_bowl(bowl[0])[0]
    return _made(w, f"put the block thats in the {bowl[0]} on the table!!", _act(rels(Rel("on_table", b))))


def t347_rel_italian5(w: World) -> Made:
    bowl = w.pick([x for x in w.bowls if not w.state.in_bowl(x)])
    b = _nearest(w, bowl[0]) if bowl else None
    if not b:
        return None
    return _made(w, f"Take the block more near to the {bowl[0]} and put it inside.",
                 _act(rels(Rel("in", b, bowl[0]))))


def t347_rel_yogi(w: World) -> Made:
    b = _winner(w, lambda x: -w.y(x))
    if not b:
        return None
    p = _place(w)
    return _made(w, f"Notice the block furthest to the right, and gently move it to the {p}.",
                 _act(rels(Rel("at", b, p))))


def t347_rel_plain128(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    return _made(w, f"Put the block underneath the {top} in the bin.", _act(binned([below])))


# ----- keep -----------------------------------------------------------------------------------------
def t347_keep_bartender(w: World) -> Made:
    s = w.state
    bowl = w.pick([b for b in w.bowls if len(s.in_bowl(b)) >= 2 and any(s.support[x] == b for x in s.in_bowl(b))])
    if not bowl:
        return None
    stay = w.pick([x for x in s.in_bowl(bowl[0]) if s.support[x] == bowl[0]])[0]
    rest = [x for x in s.in_bowl(bowl[0]) if x != stay]
    return _made(w, f"Clear the rest out of the {bowl[0]}, but leave the {stay} where it is, cheers.",
                 _act(kept(stay), *(_not(Rel("in", x, bowl[0])) for x in rest)))


def t347_keep_pharmacist(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    other = w.pick([x for x in w.blocks if b and x != b[0]])
    if not b or not other:
        return None
    return _made(w, f"Put the {b[0]} in the bin. Do not touch the {other[0]}.", _act(binned(b), kept(other[0])))


def t347_keep_kid12(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    other = w.pick([x for x in w.blocks if x not in pair])
    if not other:
        return None
    return _made(w, f"put the {a} on the {b} but dont move the {other[0]}!!",
                 _act(rels(Rel("on", a, b)), kept(other[0])))


def t347_keep_italian5(w: World) -> Made:
    b, p = w.pick(w.clear_blocks()), _place(w)
    other = w.pick([x for x in w.blocks if b and x != b[0]])
    if not b or not other:
        return None
    return _made(w, f"Move the {b[0]} in the {p}, but the {other[0]} you leave it where it is.",
                 _act(rels(Rel("at", b[0], p)), kept(other[0])))


def t347_keep_yogi(w: World) -> Made:
    bowl = _bowl_for(w)
    b = w.pick(_outside(w, bowl)) if bowl else []
    other = w.pick([x for x in w.blocks if b and x != b[0]])
    if not b or not other:
        return None
    return _made(w, f"Let the {b[0]} drift into the {bowl}, while the {other[0]} stays just as it is.",
                 _act(rels(Rel("in", b[0], bowl)), kept(other[0])))


def t347_keep_plain128(w: World) -> Made:
    s = w.state
    table = s.on_the_table()
    stay = w.pick([b for b in _loose(w)])
    if not stay or len(table) < 2:
        return None
    rest = [b for b in table if b != stay[0]]
    return _made(w, f"Put all the blocks on the table in the bin, but leave the {stay[0]} where it is.",
                 _act(binned(rest), kept(stay[0])))


# ----- multi_step -----------------------------------------------------------------------------------
def t347_multi_bartender(w: World) -> Made:
    two, p = w.pick(w.clear_blocks(), 2), _place(w)
    if not two:
        return None
    a, b = two
    return _made(w, f"First the {a} in the bin, then the {b} over to the {p}, ta.",
                 _act(binned([a]), rels(Rel("at", b, p))))


def t347_multi_pharmacist(w: World) -> Made:
    bowl = _bowl_for(w)
    a = w.pick(_outside(w, bowl)) if bowl else []
    b = w.pick([x for x in w.clear_blocks() if a and x != a[0]])
    if not a or not b:
        return None
    return _made(w, f"First, place the {a[0]} in the {bowl}. Then place the {b[0]} in the bin.",
                 _act(rels(Rel("in", a[0], bowl)), binned(b)))


def t347_multi_kid12(w: World) -> Made:
    three = w.pick(w.clear_blocks(), 3)
    if not three or not _flat(w, three[0]):
        return None
    c, a, d = three
    return _made(w, f"first put the {a} on the {c} and then put the {d} on the {a}!! a tower!!",
                 _act(rels(Rel("on", a, c), Rel("on", d, a))))


def t347_multi_italian5(w: World) -> Made:
    bowl = _bowl_for(w, 2)
    two = w.pick(_outside(w, bowl), 2) if bowl else []
    if not two:
        return None
    a, b = two
    return _made(w, f"Before put the {a} in the {bowl}, after put also the {b} in the same bowl.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t347_multi_yogi(w: World) -> Made:
    pair = w.pick([p for p in w.pairs() if w.state.is_clear(p[0])])
    if not pair:
        return None
    top, below = pair[0]
    return _made(w, f"Begin by lifting the {top} off the {below} and letting it rest on the table; "
                    f"then place the {below} in the bin.", _act(rels(Rel("on_table", top)), binned([below])))


def t347_multi_plain128(w: World) -> Made:
    three, places = w.pick(w.clear_blocks(), 3), w.pick(PLACES, 2)
    if not three:
        return None
    a, b, c = three
    p, q = places
    return _made(w, f"Move the {a} to the {p}, then move the {b} to the {q}, then put the {c} in the bin.",
                 _act(rels(Rel("at", a, p), Rel("at", b, q)), binned([c])))


# ----- question -------------------------------------------------------------------------------------
def t347_q_bartender(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"What've we got in the {bowl}?", answered(_listing(w.state.in_bowl(bowl)))


def t347_q_pharmacist(w: World) -> Made:
    return "How many blocks are currently on the table?", answered(str(len(w.state.on_the_table())))


def t347_q_kid12(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5 and w.pairs():
        a, b = w.pick(w.pairs())[0]
    else:
        two = w.pick(w.blocks, 2)
        a, b = two
    return f"is the {a} on the {b}??", answered(yes(s.support[a] == b))


def t347_q_italian5(w: World) -> Made:
    b = w.pick([x for x in w.blocks if w.state.support[x] not in w.state.support])
    if not b:
        return None
    where = w.state.support[b[0]]
    return f"Where it is the {b[0]}?", answered(where)


def t347_q_yogi(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"How many blocks are resting in the {bowl} right now?", answered(str(len(w.state.in_bowl(bowl))))


def t347_q_plain128(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"Is there anything in the {bowl}?", answered(yes(bool(w.state.in_bowl(bowl))))


# ----- matching -------------------------------------------------------------------------------------
def t347_match_bartender(w: World) -> Made:
    if not _pending_matches(w):
        return None
    return _made(w, "Sort the blocks into the bowls by colour, would ya?", _act(rels(*matching(w))))


def t347_match_pharmacist(w: World) -> Made:
    s, want = w.state, matching(w)
    movers = [r.block for r in want]
    others = [b for b in w.blocks if b not in movers]
    if not _pending_matches(w) or any(o in s.above(m) for m in movers for o in others) or not others:
        return None
    return _made(w, "Place each block in the bowl of the same colour, where there is one. "
                    "Leave the other blocks where they are.", _act(rels(*want), kept(*others)))


def t347_match_kid12(w: World) -> Made:
    r = w.pick(_pending_matches(w))
    if not r:
        return None
    return _made(w, f"put the {r[0].block} in the {r[0].target}!! they match!!", _act(rels(r[0])))


def t347_match_italian5(w: World) -> Made:
    if not _pending_matches(w):
        return None
    return _made(w, "Every block go in the bowl with his same colour, please.", _act(rels(*matching(w))))


def t347_match_yogi(w: World) -> Made:
    if not _pending_matches(w):
        return None
    return _made(w, "Gently guide each block home to the bowl that shares its colour.", _act(rels(*matching(w))))


def t347_match_plain128(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in [r.block for r in want]]
    if not want or not rest:
        return None
    return _made(w, "Put the blocks that match a bowl's colour into that bowl, and the rest in the bin.",
                 _act(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("bartender", "pharmacist", "kid12", "italian5", "yogi", "plain128")
FRESH347: list[Template] = [
    (f"t347_{short}_{style}", category, globals()[f"t347_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
