"""`FRESH325`, the three-hundred-and-twenty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing to the arm between other things, each in their own
habits of speech. Six personas write them:
- postman: a postman who talks in deliveries, "Parcel for the blue bowl: drop off the red block there, please."
- lawyer5: a lawyer, formal and careful, with provisos, "The red block shall rest directly upon the green block."
- toddlerdad: a tired dad of a toddler, short and distracted, "red block goes in the bin"
- korean5: a Korean speaker writing English with small slips, "Please put red block into the blue bowl."
- dj: a DJ, hype and slang and music words, "Yo robot, grab the red block and drop it in the bin, let's gooo!"
- plain106: a plain, ordinary adult, "Take the red block out of the blue bowl and put it on the table."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb8ea72, the code of 7077ecf, before anything it could prompt): 0.8367
goal-correct (251 of 300), 45 refused, 0 questions, 4 wrong actions, 0 wrong replies. The wrong actions: a DJ's 'Every
block that ain't in a bowl, straight to the bin, yeah!' moved one block onto the table and binned another. The
refusals: a postman's 'Parcel for W: drop off X there, please.', 'X is addressed to W, so that's where it should end
up.', 'Three parcels for the bin, please. Any three blocks will do.' and 'No parcels are to stay in W. Empty it out.',
a DJ's 'That X has gotta be sitting in W, that's its spot now.', '..., slide it over to the bottom right corner,
smooth like a crossfade.' and 'Hook X up with its twin, the bowl that's the same colour. Mix it in!', a lawyer's 'Each
block for which there is a bowl of the same colour shall be placed in that bowl; all other blocks are to remain where
they are.', a plain adult's '..., and put any that don't have a matching bowl in the bin.'.
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

_MARGIN = 0.03  # a position word needs a winner by at least this much (metres)


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _movable(w: World) -> list[str]:
    """Blocks with nothing on them, not in the bin."""
    return w.clear_blocks()


def _loose(w: World) -> list[str]:
    """Single blocks standing on the table: clear and not on another block, not in a bowl."""
    return [b for b in w.clear_blocks() if w.state.support[b] in (TABLE, *PLACES)]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _below(s: SymState, b: str) -> int:
    """How many blocks are under `b` in its tower."""
    n, cur = 0, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stackable(w: World, top: str, below: str) -> bool:
    """`top` can go straight onto `below`: both clear, different, `below` stands on the table, and the tower stays
    within `layout.MAX_TOWER`."""
    s = w.state
    return (top != below and s.is_clear(top) and s.is_clear(below) and s.base(below) in (TABLE, *PLACES)
            and _below(s, below) + 2 <= layout.MAX_TOWER)


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in _movable(w) for b in _movable(w) if _stackable(w, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _free_places(w: World) -> list[str]:
    return [p for p in PLACES if w.state.count_at(p) == 0]


def _in_bin(f: SymState) -> int:
    return sum(1 for b in f.blocks if f.base(b) == BIN)


def _tower(s: SymState, b: str) -> list[str]:
    """Every block of the tower that holds `b`, bottom first."""
    root = b
    while s.support[root] in s.support:
        root = s.support[root]
    return [root, *s.above(root)[::-1]]


def _winner(w: World, pool: list[str], key, rivals: list[str]) -> str | None:
    """The block of `pool` with the smallest key, when it beats every rival by `_MARGIN`."""
    if not pool:
        return None
    best = min(pool, key=key)
    others = [r for r in rivals if r != best]
    if others and min(key(r) for r in others) - key(best) < _MARGIN:
        return None
    return best


def _on_table_blocks(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES)]


def _where(s: SymState, b: str) -> str:
    sup = s.support[b]
    return TABLE if sup == TABLE else sup


# ----- imperative ------------------------------------------------------------------------------------
def t325_imp_postman(w: World) -> Made:
    b, bowl = _one(w, _movable(w)), _one(w, w.bowls)
    if not b or not bowl or w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"Parcel for the {bowl}: drop off the {b} there, please.", _act(rels(Rel("in", b, bowl))))


def t325_imp_lawyer5(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"I would ask that you place the {a} squarely on top of the {b}.", _act(rels(Rel("on", a, b))))


def t325_imp_toddlerdad(w: World) -> Made:
    b, place = _one(w, _movable(w)), _one(w, _free_places(w))
    if not b or not place:
        return None
    return _made(w, f"{b} to the {place}. thx", _act(rels(Rel("at", b, place))))


def t325_imp_korean5(w: World) -> Made:
    b, bowl = _one(w, _movable(w)), _one(w, w.bowls)
    if not b or not bowl or w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"Please put {b} into the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t325_imp_dj(w: World) -> Made:
    b = _one(w, _movable(w))
    if not b:
        return None
    return _made(w, f"Yo robot, grab the {b} and drop it in the bin, let's gooo!", _act(binned([b])))


def t325_imp_plain106(w: World) -> Made:
    b = _one(w, [x for x in _movable(w) if w.state.support[x] in w.state.bowls])
    if not b:
        return None
    bowl = w.state.support[b]
    return _made(w, f"Take the {b} out of the {bowl} and put it on the table.", _act(rels(Rel("on_table", b))))


# ----- declarative -----------------------------------------------------------------------------------
def t325_dec_postman(w: World) -> Made:
    b, bowl = _one(w, _movable(w)), _one(w, w.bowls)
    if not b or not bowl or w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"The {b} is addressed to the {bowl}, so that's where it should end up.",
                 _act(rels(Rel("in", b, bowl))))


def t325_dec_lawyer5(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"The {a} shall rest directly upon the {b}.", _act(rels(Rel("on", a, b))))


def t325_dec_toddlerdad(w: World) -> Made:
    b = _one(w, _movable(w))
    if not b:
        return None
    return _made(w, f"{b} goes in the bin", _act(binned([b])))


def t325_dec_korean5(w: World) -> Made:
    b = _one(w, _movable(w))
    if not b or "middle" not in _free_places(w):
        return None
    return _made(w, f"The {b} must be on middle of the table.", _act(rels(Rel("at", b, PLACES[4]))))


def t325_dec_dj(w: World) -> Made:
    b, bowl = _one(w, _movable(w)), _one(w, w.bowls)
    if not b or not bowl or w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"That {b} has gotta be sitting in the {bowl}, that's its spot now.",
                 _act(rels(Rel("in", b, bowl))))


def t325_dec_plain106(w: World) -> Made:
    b = _one(w, [x for x in _movable(w) if w.state.support[x] not in (TABLE, *PLACES)])
    if not b:
        return None
    return _made(w, f"The {b} should be on the table.", _act(rels(Rel("on_table", b))))


# ----- desiderative ----------------------------------------------------------------------------------
def t325_des_postman(w: World) -> Made:
    b, place = _one(w, _movable(w)), _one(w, _free_places(w))
    if not b or not place:
        return None
    return _made(w, f"I'd like the {b} delivered to the {place}, if you can manage it.",
                 _act(rels(Rel("at", b, place))))


def t325_des_lawyer5(w: World) -> Made:
    b = _one(w, _movable(w))
    if not b:
        return None
    return _made(w, f"It is my wish that the {b} be disposed of in the bin.", _act(binned([b])))


def t325_des_toddlerdad(w: World) -> Made:
    b, bowl = _one(w, _movable(w)), _one(w, w.bowls)
    if not b or not bowl or w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"want the {b} in the {bowl} pls", _act(rels(Rel("in", b, bowl))))


def t325_des_korean5(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"I want the {a} is on top of the {b}.", _act(rels(Rel("on", a, b))))


def t325_des_dj(w: World) -> Made:
    b, bowl = _one(w, _movable(w)), _one(w, w.bowls)
    if not b or not bowl or w.state.base(b) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"Man, I'd love to see the {b} chilling in the {bowl}. Make it happen!",
                 _act(rels(Rel("in", b, bowl))))


def t325_des_plain106(w: World) -> Made:
    b = _one(w, [x for x in _movable(w) if w.state.base(x) in w.state.bowls])
    if not b:
        return None
    return _made(w, f"I'd really like the {b} back out on the table.", _act(rels(Rel("on_table", b))))


# ----- quantified ------------------------------------------------------------------------------------
def t325_qua_postman(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Three parcels for the bin, please. Any three blocks will do.",
                 _act(lambda _i, f: _in_bin(f) == 3))


def t325_qua_lawyer5(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    return _made(w, f"All blocks presently in the {bowl} are to be removed to the bin.",
                 _act(binned(w.state.in_bowl(bowl))))


def t325_qua_toddlerdad(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    if not bowl:
        return None
    return _made(w, f"two blocks in the {bowl}. any two", _act(count_in(bowl, 2)))


def t325_qua_korean5(w: World) -> Made:
    return _made(w, "Please put all the block in the bin.", _act(binned(w.blocks)))


def t325_qua_dj(w: World) -> Made:
    out, inside = _on_table_blocks(w), w.in_bowls()
    if not out or not inside:
        return None
    return _made(w, "Every block that ain't in a bowl, straight to the bin, yeah!",
                 _act(binned(out), none_binned(inside)))


def t325_qua_plain106(w: World) -> Made:
    bowl, out = _one(w, w.bowls), _on_table_blocks(w)
    if not bowl or not out or not _room(w, bowl, len(out)):
        return None
    return _made(w, f"Put all the blocks that are on the table into the {bowl}.",
                 _act(rels(*(Rel("in", b, bowl) for b in out))))


# ----- negated ---------------------------------------------------------------------------------------
def t325_neg_postman(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    return _made(w, f"No parcels are to stay in the {bowl}. Empty it out.", _act(empty(bowl)))


def t325_neg_lawyer5(w: World) -> Made:
    b = _one(w, _movable(w))
    if not b:
        return None
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"Every block, with the sole exception of the {b}, is to be placed in the bin.",
                 _act(binned(rest), none_binned([b])))


def t325_neg_toddlerdad(w: World) -> Made:
    b = _one(w, [x for x in _movable(w) if w.state.base(x) in w.state.bowls])
    if not b:
        return None
    bowl = w.state.base(b)
    return _made(w, f"the {b} should NOT be in the {bowl}", _act(rels(Rel("in", b, bowl, negated=True))))


def t325_neg_korean5(w: World) -> Made:
    b, bowl = _one(w, w.blocks), _one(w, w.bowls)
    if not b or not bowl or w.state.base(b) == bowl or len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"Please move all block except the {b} into the {bowl}.",
                 _act(rels(*(Rel("in", x, bowl) for x in rest), Rel("in", b, bowl, negated=True))))


def t325_neg_dj(w: World) -> Made:
    b = _one(w, [s for _t, s in w.pairs()])
    if not b:
        return None
    return _made(w, f"Yo, I want nothing sitting on top of the {b}. Clear it off!", _act(rels(Rel("clear", b))))


def t325_neg_plain106(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if len(w.state.in_bowl(x)) >= 2])
    if not bowl:
        return None
    b = _one(w, w.state.in_bowl(bowl))
    rest = [x for x in w.state.in_bowl(bowl) if x != b]
    return _made(w, f"Take everything out of the {bowl} except the {b}.",
                 _act(rels(Rel("in", b, bowl), *(Rel("in", x, bowl, negated=True) for x in rest))))


# ----- relative --------------------------------------------------------------------------------------
def t325_rel_postman(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    if not bowl:
        return None
    rivals = [b for b in w.blocks if w.state.base(b) != BIN]
    b = _winner(w, _loose(w), lambda x: w.dist(x, bowl), rivals)
    if not b:
        return None
    return _made(w, f"The block closest to the {bowl}: deliver that one to the bin.", _act(binned([b])))


def t325_rel_lawyer5(w: World) -> Made:
    tops = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    bowl = _one(w, w.bowls)
    if not tops or not bowl or not _room(w, bowl):
        return None
    top, below = w.rng.choice(tops)
    return _made(w, f"The block which rests upon the {below} is to be placed in the {bowl}.",
                 _act(rels(Rel("in", top, bowl))))


def t325_rel_toddlerdad(w: World) -> Made:
    rivals = [b for b in w.blocks if w.state.base(b) != BIN]
    b = _winner(w, _loose(w), w.y, rivals)
    if not b:
        return None
    return _made(w, "the block furthest left. bin it", _act(binned([b])))


def t325_rel_korean5(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if len(w.state.in_bowl(x)) == 1])
    if not bowl:
        return None
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"Please put the block which is in the {bowl} on the table.", _act(rels(Rel("on_table", b))))


def t325_rel_dj(w: World) -> Made:
    place = _one(w, _free_places(w))
    rivals = [b for b in w.blocks if w.state.base(b) != BIN]
    b = _winner(w, _loose(w), lambda x: -w.y(x), rivals)
    if not b or not place:
        return None
    return _made(w, f"That block way out on the right, slide it over to the {place}, smooth like a crossfade.",
                 _act(rels(Rel("at", b, place))))


def t325_rel_plain106(w: World) -> Made:
    pair = _one(w, [f"{t}|{s}" for t, s in w.pairs()])
    if not pair:
        return None
    top, below = pair.split("|")
    return _made(w, f"Put the block under the {top} in the bin.",
                 _act(binned([below]), none_binned(w.state.above(below))))


# ----- keep ------------------------------------------------------------------------------------------
def t325_keep_postman(w: World) -> Made:
    b, bowl = _one(w, _movable(w)), _one(w, w.bowls)
    if not b or not bowl or w.state.base(b) == bowl or not _room(w, bowl):
        return None
    c = _one(w, [x for x in w.blocks if x != b])
    return _made(w, f"Drop the {b} off in the {bowl}, but leave the {c} where it is.",
                 _act(rels(Rel("in", b, bowl)), kept(c)))


def t325_keep_lawyer5(w: World) -> Made:
    c = _one(w, [x for x in w.blocks if w.state.support[x] not in w.state.support])
    if not c:
        return None
    rest = [x for x in w.blocks if x != c]
    return _made(w, f"Kindly move every block into the bin, save for the {c}, which is to remain exactly where it is.",
                 _act(binned(rest), kept(c)))


def t325_keep_toddlerdad(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if not bowl:
        return None
    b = _one(w, [x for x in _movable(w) if w.state.base(x) != bowl])
    if not b:
        return None
    return _made(w, f"{b} in the bin. dont touch the {bowl}", _act(binned([b]), kept(*w.state.in_bowl(bowl))))


def t325_keep_korean5(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    c = _one(w, [x for x in w.blocks if x not in (a, b)])
    if not c:
        return None
    return _made(w, f"Please stack the {a} on the {b}, but the {c} don't move it.",
                 _act(rels(Rel("on", a, b)), kept(c)))


def t325_keep_dj(w: World) -> Made:
    pair = _one(w, [t for t, _s in w.pairs()])
    place = _one(w, _free_places(w))
    if not pair or not place:
        return None
    tower = _tower(w.state, pair)
    c = _one(w, tower)
    b = _one(w, [x for x in _movable(w) if x not in tower])
    if not b:
        return None
    return _made(w, f"Slide the {b} over to the {place}, but hands off the tower with the {c} in it, keep that "
                    "exactly how it is!", _act(rels(Rel("at", b, place)), kept(*tower)))


def t325_keep_plain106(w: World) -> Made:
    b, place = _one(w, _movable(w)), _one(w, _free_places(w))
    if not b or not place:
        return None
    return _made(w, f"Could you move the {b} to the {place}? Leave everything else where it is.",
                 _act(rels(Rel("at", b, place)), kept(*(x for x in w.blocks if x != b))))


# ----- multi_step ------------------------------------------------------------------------------------
def t325_multi_postman(w: World) -> Made:
    two, bowl = w.pick(_movable(w), 2), _one(w, w.bowls)
    if not two or not bowl or w.state.base(two[1]) == bowl or not _room(w, bowl):
        return None
    a, b = two
    return _made(w, f"First drop the {a} in the bin, then deliver the {b} to the {bowl}.",
                 _act(binned([a]), rels(Rel("in", b, bowl))))


def t325_multi_lawyer5(w: World) -> Made:
    a = _one(w, [x for x in _movable(w) if w.state.support[x] not in (TABLE, *PLACES)])
    if not a:
        return None
    b = _one(w, [x for x in _movable(w) if x != a])
    if not b:
        return None
    return _made(w, f"Firstly, place the {a} on the table; secondly, place the {b} upon the {a}.",
                 _act(rels(Rel("on_table", a), Rel("on", b, a))))


def t325_multi_toddlerdad(w: World) -> Made:
    two, bowl = w.pick(_movable(w), 2), _one(w, w.bowls)
    if not two or not bowl or w.state.base(two[0]) == bowl or not _room(w, bowl, 2):
        return None
    a, b = two
    return _made(w, f"{a} in the {bowl}, then the {b} on top of it",
                 _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t325_multi_korean5(w: World) -> Made:
    b, place = _one(w, [x for x in _movable(w) if w.state.support[x] in w.state.bowls]), _one(w, _free_places(w))
    if not b or not place:
        return None
    bowl = w.state.support[b]
    return _made(w, f"First take out the {b} from the {bowl}, after that put it to the {place}.",
                 _act(rels(Rel("at", b, place))))


def t325_multi_dj(w: World) -> Made:
    three = w.pick(_movable(w), 3)
    if not three:
        return None
    a, b, c = three
    return _made(w, f"Drop the {a} in the bin, then the {b}, then the {c}. One, two, three, boom!",
                 _act(binned(three)))


def t325_multi_plain106(w: World) -> Made:
    two = w.pick(_movable(w), 2)
    if not two or "middle" not in _free_places(w):
        return None
    a, b = two
    return _made(w, f"Move the {a} to the middle and then put the {b} on top of it.",
                 _act(rels(Rel("at", a, PLACES[4]), Rel("on", b, a))))


# ----- question --------------------------------------------------------------------------------------
def t325_q_postman(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return f"What's sitting in the {bowl} at the moment?", answered("|".join(inside) if inside else "nothing")


def t325_q_lawyer5(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        a, b = w.rng.choice(w.pairs())
    else:
        two = w.pick(w.blocks, 2)
        if not two:
            return None
        a, b = two
    flag = holds(Rel("on", a, b), w.state)
    return (f"Could you confirm whether the {a} is currently resting on the {b}?", answered(yes(flag)))


def t325_q_toddlerdad(w: World) -> Made:
    return "how many blocks on the table", answered(str(len(w.state.on_the_table())))


def t325_q_korean5(w: World) -> Made:
    b = _one(w, w.blocks)
    if not b:
        return None
    return f"Where is the {b}?", answered(_where(w.state, b))


def t325_q_dj(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    return f"Yo, how many blocks we got in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t325_q_plain106(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    return f"Is there anything in the {bowl}?", answered(yes(bool(w.state.in_bowl(bowl))))


# ----- matching --------------------------------------------------------------------------------------
def _match_ok(w: World, want: list[Rel]) -> bool:
    """Every bowl has room for the blocks still to come."""
    todo = [r for r in want if not holds(r, w.state)]
    return bool(want) and all(_room(w, bowl, sum(r.target == bowl for r in todo)) for bowl in w.bowls)


def t325_match_postman(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    return _made(w, "Deliver each block to the bowl of its own colour.", _act(rels(*want)))


def t325_match_lawyer5(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    movers = {r.block for r in want if not holds(r, w.state)}
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(x in rest for m in movers for x in w.state.above(m)):
        return None
    return _made(w, "Each block for which there is a bowl of the same colour shall be placed in that bowl; all other "
                    "blocks are to remain where they are.", _act(rels(*want), kept(*rest)))


def t325_match_toddlerdad(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"{r.block} in its matching bowl pls", _act(rels(r)))


def t325_match_korean5(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    return _made(w, "Please put each block in the bowl with same color.", _act(rels(*want)))


def t325_match_dj(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Hook the {r.block} up with its twin, the bowl that's the same colour. Mix it in!",
                 _act(rels(r)))


def t325_match_plain106(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not _match_ok(w, want) or not rest:
        return None
    return _made(w, "Sort the blocks into the bowls by colour, and put any that don't have a matching bowl in the bin.",
                 _act(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("postman", "lawyer5", "toddlerdad", "korean5", "dj", "plain106")
FRESH325: list[Template] = [
    (f"t325_{short}_{style}", category, globals()[f"t325_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
