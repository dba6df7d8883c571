"""`FRESH349`, the three-hundred-and-forty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing what they want done on the table the way they would say
it to a helper standing next to it. Six personas write them:
- cabbie5: a chatty taxi driver, talks in stops and fares ("Pick up the red block, drop it off in the blue bowl.")
- scientist6: a careful scientist, precise and hedged ("Please place the red block on the green block, if feasible.")
- student7: a distracted student typing fast in lower case ("ok move the red block to the top left corner thx")
- vietnamese6: a Vietnamese speaker writing English with small slips ("Please you put the red block to the bin.")
- rapper: a rapper in rhythmic slang ("Yo, red block in the bin, let the cleanup begin.")
- plain130: a plain, ordinary adult ("Stack the red block on the blue block.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 41611c0, the code of 76a6417, before anything it could
prompt): 0.75 goal-correct (225 of 300), 70 refused, 5 questions, 0 wrong actions, 0 wrong replies. The refusals: a
rapper's lines ('keep it steady, keep it stable', 'that's the law, no fable', 'chillin' in W, ya feel me?', 'keep it
rockin'', 'yeah that one, ..., we done', 'don't move it a foot', 'stack it, don't stop', 'Colours gotta match, every
block to its bowl, same shade'); a cabbie's 'X riding over to W', 'dump 'em all in the bin for me, clear the road',
'run it over to the middle for me'; a scientist's 'The correct location for X is, I believe, W' and 'each block whose
colour matches one of the bowls into the bowl of that colour'; a Vietnamese speaker's 'X please don't put it in the
bin. All other block put in the bin.'. The question: a Vietnamese speaker's 'Please put the block to the bowl same
color with it, all of them.' A writer opened the first lines of agent/evaluation/suite.py (scene_from_spec) while
checking; nothing of it is used here.
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

MARGIN = 0.03  # metres: a "leftmost", "nearest" ... winner must beat the runner-up by this much


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(s: SymState, block: str) -> int:
    """How many blocks high `block` sits in its tower (1 on the table, a bowl or a place)."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _on_table_base(s: SymState, block: str) -> bool:
    return s.base(block) in (TABLE, *PLACES)


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(x, y): x is clear, y is a clear block standing in a tower on the table with room above it."""
    s = w.state
    loose = w.clear_blocks()
    pairs = [(x, y) for x in loose for y in loose if x != y and s.support[x] != y and _on_table_base(s, y)
             and _depth(s, y) < layout.MAX_TOWER]
    return w.rng.choice(pairs) if pairs else None


def _bowl_for(w: World, block: str) -> str | None:
    bowls = [b for b in w.bowls if w.state.base(block) != b and _room(w, b)]
    return w.rng.choice(bowls) if bowls else None


def _place_for(w: World, block: str) -> str:
    return w.rng.choice([p for p in PLACES if w.state.support[block] != p])


def _lifted(w: World) -> list[str]:
    """Clear blocks not on the table: in a bowl or on another block (so 'on the table' is a real move)."""
    return [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]


def _winner(w: World, names: list[str], key) -> str | None:
    """The name with the smallest key, when it beats every other by MARGIN."""
    if len(names) < 2:
        return None
    ranked = sorted(names, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= MARGIN else None


def _where(s: SymState, block: str) -> str:
    """What a reply to "where is X?" must name."""
    sup = s.support[block]
    return sup if sup != TABLE else TABLE


def _in_bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _bowl_same(bowl: str) -> Check:
    """The bowl holds exactly the blocks it held, each resting where it rested."""
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _one(w: World) -> str | None:
    loose = w.clear_blocks()
    return w.rng.choice(loose) if loose else None


# ----- imperative -------------------------------------------------------------------------------------
def t349_imp_cabbie5(w: World) -> Made:
    x = _one(w)
    bowl = x and _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"Alright, pick up the {x} and drop it off in the {bowl}, that's the fare.",
                 _act(rels(Rel("in", x, bowl))))


def t349_imp_scientist6(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"Please place the {x} on top of the {y}, provided that is feasible.", _act(rels(Rel("on", x, y))))


def t349_imp_student7(w: World) -> Made:
    x = _one(w)
    if not x:
        return None
    p = _place_for(w, x)
    return _made(w, f"ok move the {x} to the {p} lol", _act(rels(Rel("at", x, p))))


def t349_imp_vietnamese6(w: World) -> Made:
    x = _one(w)
    if not x:
        return None
    return _made(w, f"Please you put the {x} into the bin.", _act(binned([x])))


def t349_imp_rapper(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    x = w.rng.choice(lifted)
    return _made(w, f"Yo, grab that {x}, set it on the table, keep it steady, keep it stable.",
                 _act(rels(Rel("on_table", x))))


def t349_imp_plain130(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"Stack the {x} on the {y}.", _act(rels(Rel("on", x, y))))


# ----- declarative ------------------------------------------------------------------------------------
def t349_dec_cabbie5(w: World) -> Made:
    x = _one(w)
    if not x:
        return None
    p = _place_for(w, x)
    return _made(w, f"The {x}'s last stop is the {p}, that's where it gets out.", _act(rels(Rel("at", x, p))))


def t349_dec_scientist6(w: World) -> Made:
    x = _one(w)
    bowl = x and _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"The correct location for the {x} is, I believe, the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t349_dec_student7(w: World) -> Made:
    x = _one(w)
    if not x:
        return None
    return _made(w, f"the {x} goes in the bin", _act(binned([x])))


def t349_dec_vietnamese6(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"The {x} must be on top the {y}.", _act(rels(Rel("on", x, y))))


def t349_dec_rapper(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    x = w.rng.choice(lifted)
    return _made(w, f"The {x} belongs on the table, that's the law, no fable.", _act(rels(Rel("on_table", x))))


def t349_dec_plain130(w: World) -> Made:
    x = _one(w)
    if not x:
        return None
    return _made(w, f"The {x} has to be in the middle.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- desiderative -----------------------------------------------------------------------------------
def t349_des_cabbie5(w: World) -> Made:
    x = _one(w)
    bowl = x and _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"You know what I'd love, buddy? The {x} riding over to the {bowl}. Can you do that for me?",
                 _act(rels(Rel("in", x, bowl))))


def t349_des_scientist6(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"I would prefer that the {x} be resting on the {y}, if at all possible.",
                 _act(rels(Rel("on", x, y))))


def t349_des_student7(w: World) -> Made:
    x = _one(w)
    if not x:
        return None
    return _made(w, f"i kinda want the {x} in the bin tbh", _act(binned([x])))


def t349_des_vietnamese6(w: World) -> Made:
    x = _one(w)
    if not x:
        return None
    p = _place_for(w, x)
    return _made(w, f"I want the {x} go to the {p}, please.", _act(rels(Rel("at", x, p))))


def t349_des_rapper(w: World) -> Made:
    x = _one(w)
    bowl = x and _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"I wanna see that {x} chillin' in the {bowl}, ya feel me?", _act(rels(Rel("in", x, bowl))))


def t349_des_plain130(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    x = w.rng.choice(lifted)
    return _made(w, f"It would be nice if the {x} was sitting on the table.", _act(rels(Rel("on_table", x))))


# ----- quantified -------------------------------------------------------------------------------------
def t349_qua_cabbie5(w: World) -> Made:
    on_table = w.state.on_the_table()
    if len(on_table) < 2:
        return None
    return _made(w, "Every block on the table, dump 'em all in the bin for me, clear the road.",
                 _act(binned(on_table)))


def t349_qua_scientist6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    if sum(1 for b in w.blocks if w.state.base(b) != BIN) < 2:
        return None
    return _made(w, f"Please transfer exactly two blocks, no more, into the {bowl}.", _act(count_in(bowl, 2)))


def t349_qua_student7(w: World) -> Made:
    return _made(w, "just throw all the blocks in the bin", _act(binned(w.blocks)))


def t349_qua_vietnamese6(w: World) -> Made:
    outside = [b for b in w.blocks if b not in w.in_bowls() and w.state.base(b) != BIN]
    if not w.in_bowls() or not outside:
        return None
    return _made(w, "Please put every block that is not in a bowl into the bin.", _act(binned(outside)))


def t349_qua_rapper(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    return _made(w, "Two blocks in the bin, that's the plan, make it happen, my man.", _act(_in_bin_count(2)))


def t349_qua_plain130(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Take all the blocks out of the {bowl} and put them on the table.",
                 _act(rels(*(Rel("on_table", b) for b in inside))))


# ----- negated ----------------------------------------------------------------------------------------
def t349_neg_cabbie5(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b) and w.state.base(b) != BIN]
    if not covered:
        return None
    g = w.rng.choice(covered)
    return _made(w, f"Don't leave anything sitting on the {g}, it's a no-parking zone. Clear it off.",
                 _act(rels(Rel("clear", g))))


def t349_neg_scientist6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"No block should remain in the {bowl} afterwards.", _act(empty(bowl)))


def t349_neg_student7(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    return _made(w, f"get the {x} out of the {bowl}, it shouldnt be in there",
                 _act(rels(Rel("in", x, bowl, negated=True))))


def t349_neg_vietnamese6(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"The {x} please don't put it in the bin. All other block put in the bin.",
                 _act(binned(others), none_binned([x])))


def t349_neg_rapper(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, b = w.rng.choice(pairs)
    return _made(w, f"That {t} ain't stayin' on the {b}, move it off, keep it rockin'.",
                 _act(rels(Rel("on", t, b, negated=True))))


def t349_neg_plain130(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    keep = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in keep]
    return _made(w, f"Put everything except the {keep[0]} and the {keep[1]} in the bin.",
                 _act(binned(others), none_binned(keep)))


# ----- relative ---------------------------------------------------------------------------------------
def t349_rel_cabbie5(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = _winner(w, w.blocks, lambda b: w.dist(b, bowl))
    if not x or w.state.base(x) == BIN:
        return None
    return _made(w, f"Whichever block is closest to the {bowl}, run it over to the middle for me.",
                 _act(rels(Rel("at", x, PLACES[4]))))


def t349_rel_scientist6(w: World) -> Made:
    x = _winner(w, w.blocks, w.y)
    bowl = x and _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"Kindly place the leftmost block into the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t349_rel_student7(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"the block sitting on the {below}, can u put it on the table", _act(rels(Rel("on_table", top))))


def t349_rel_vietnamese6(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block in the {bowl}, please put it to the bin.", _act(binned([x])))


def t349_rel_rapper(w: World) -> Made:
    x = _winner(w, w.blocks, lambda b: -w.y(b))
    if not x:
        return None
    return _made(w, "The block on the far right, yeah that one, toss it in the bin, we done.", _act(binned([x])))


def t349_rel_plain130(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Put the block underneath the {top} in the bin.", _act(binned([below])))


# ----- keep -------------------------------------------------------------------------------------------
def _keep_other(w: World, *busy: str) -> str | None:
    rest = [b for b in w.blocks if b not in busy and w.state.base(b) != BIN]
    return w.rng.choice(rest) if rest else None


def t349_keep_cabbie5(w: World) -> Made:
    x = _one(w)
    bowl = x and _bowl_for(w, x)
    g = bowl and _keep_other(w, x)
    if not g:
        return None
    return _made(w, f"Swing the {x} over to the {bowl}, but don't you touch the {g}, that one's parked.",
                 _act(rels(Rel("in", x, bowl)), kept(g)))


def t349_keep_scientist6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    loose = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not loose:
        return None
    x = w.rng.choice(loose)
    return _made(w, f"Please move the {x} to the bin; the contents of the {bowl} should remain undisturbed.",
                 _act(binned([x]), _bowl_same(bowl)))


def t349_keep_student7(w: World) -> Made:
    pair = _stack_pair(w)
    g = pair and _keep_other(w, *pair)
    if not g:
        return None
    x, y = pair
    return _made(w, f"put the {x} on the {y} but leave the {g} where it is k", _act(rels(Rel("on", x, y)), kept(g)))


def t349_keep_vietnamese6(w: World) -> Made:
    x = _one(w)
    if not x or not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    if w.state.base(x) == bowl:
        return None
    p = _place_for(w, x)
    return _made(w, f"Put the {x} to the {p}, but the {bowl} please don't touch it.",
                 _act(rels(Rel("at", x, p)), _bowl_same(bowl)))


def t349_keep_rapper(w: World) -> Made:
    pair = _stack_pair(w)
    g = pair and _keep_other(w, *pair)
    if not g:
        return None
    x, y = pair
    return _made(w, f"Stack the {x} on the {y}, the {g} stays put, don't move it a foot.",
                 _act(rels(Rel("on", x, y)), kept(g)))


def t349_keep_plain130(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if len(s.in_bowl(bowl)) >= 2]
    cands = [(x, bowl) for bowl in full for x in s.in_bowl(bowl) if s.support[x] == bowl]
    if not cands:
        return None
    x, bowl = w.rng.choice(cands)
    others = [b for b in s.in_bowl(bowl) if b != x]
    return _made(w, f"Empty the {bowl} into the bin, but leave the {x} where it is.",
                 _act(binned(others), kept(x)))


# ----- multi-step -------------------------------------------------------------------------------------
def t349_multi_cabbie5(w: World) -> Made:
    loose = w.clear_blocks()
    if len(loose) < 2:
        return None
    a, b = w.pick(loose, 2)
    p = _place_for(w, b)
    return _made(w, f"First stop, the {a} goes in the bin. Second stop, the {b} to the {p}.",
                 _act(binned([a]), rels(Rel("at", b, p))))


def t349_multi_scientist6(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    x = w.rng.choice(lifted)
    others = [b for b in w.clear_blocks() if b != x]
    if not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"First, place the {x} on the table; subsequently, place the {y} on top of the {x}.",
                 _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t349_multi_student7(w: World) -> Made:
    loose = w.clear_blocks()
    if len(loose) < 2:
        return None
    a, b = w.pick(loose, 2)
    p = w.rng.choice([q for q in PLACES[:4] if w.state.support[b] != q])
    return _made(w, f"move the {a} to the middle then the {b} to the {p} thx",
                 _act(rels(Rel("at", a, PLACES[4]), Rel("at", b, p))))


def t349_multi_vietnamese6(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b, 2)]
    loose = w.clear_blocks()
    if not bowls or len(loose) < 2:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in loose if w.state.base(b) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    return _made(w, f"First you put the {a} in the {bowl}, after that put the {b} in the {bowl} also.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t349_multi_rapper(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.base(b) != BIN]
    if len(cands) < 3:
        return None
    a, b, c = w.pick(cands, 3)
    text = f"The {a} down on the table, the {b} on top of it, then the {c} on top of that, stack it, don't stop."
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t349_multi_plain130(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    others = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not others:
        return None
    y = w.rng.choice(others)
    return _made(w, f"Take the {x} out of the {bowl} and put it on the table, then put the {y} in the {bowl}.",
                 _act(rels(Rel("on_table", x), Rel("in", y, bowl))))


# ----- question ---------------------------------------------------------------------------------------
def t349_q_cabbie5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"Hey, where's the {x} at right now?", answered(_where(w.state, x))


def t349_q_scientist6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"How many blocks are currently in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t349_q_student7(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    return f"wait is the {a} on the {b}??", answered(yes(holds(Rel("on", a, b), w.state)))


def t349_q_vietnamese6(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"What is in the {bowl}? I cannot see it good.", answered("|".join(inside) if inside else "nothing")


def t349_q_rapper(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "Yo, how many blocks on the table? Count 'em up if you able.", answered(str(n))


def t349_q_plain130(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    parts = [*w.state.in_bowl(bowl), _where(w.state, x)]
    return f"What's in the {bowl}, and where is the {x}?", answered("|".join(parts))


# ----- matching ---------------------------------------------------------------------------------------
def _sortable(w: World) -> list[Rel]:
    return matching(w)


def t349_match_cabbie5(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Sort 'em out by colour, pal: every block goes home to the bowl of its own colour.",
                 _act(rels(*want)))


def t349_match_scientist6(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Please place each block whose colour matches one of the bowls into the bowl of that colour.",
                 _act(rels(*want)))


def t349_match_student7(w: World) -> Made:
    want = [r for r in _sortable(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"put the {r.block} in the bowl thats the same colour as it", _act(rels(r)))


def t349_match_vietnamese6(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Please put the block to the bowl same color with it, all of them.", _act(rels(*want)))


def t349_match_rapper(w: World) -> Made:
    want = _sortable(w)
    if not want:
        return None
    return _made(w, "Colours gotta match, every block to its bowl, same shade, that's the goal.", _act(rels(*want)))


def t349_match_plain130(w: World) -> Made:
    s = w.state
    want = _sortable(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    movers = [r.block for r in want if not holds(r, s)]
    # the other blocks must not sit on top of a block that has to move
    if not movers or not rest or any(o in s.above(m) for m in movers for o in rest):
        return None
    return _made(w, "Put each block into the bowl of the same colour, and leave the other blocks where they are.",
                 _act(rels(*want), kept(*rest)))


# ------------------------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("cabbie5", "scientist6", "student7", "vietnamese6", "rapper", "plain130")
FRESH349: list[Template] = [
    (f"t349_{short}_{style}", category, globals()[f"t349_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
