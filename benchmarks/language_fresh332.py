"""`FRESH332`, the three-hundred-and-thirty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table of blocks and bowls through a chat window,
each in their own habits of typing. Six personas write them:
- chef5: a chef barking quick kitchen commands ("Red block, in the blue bowl. Now.")
- clerk: a bank clerk, polite and procedural ("Kindly place the green block on top of the yellow block.")
- teen8: a teenager, lowercase, casual, abbreviations ("move the red block to the top left corner pls")
- thai5: a Thai speaker writing English with small slips ("Please you put the red block into bin.")
- retiree6: a retiree, polite and unhurried ("Would you be so kind as to set the red block down on the table, dear?")
- plain113: a plain, ordinary adult ("Take the red block and put it in the middle.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 398f989, the code of 10774b3, before anything it could prompt): 0.9633
goal-correct (289 of 300), 5 refused, 5 questions, 1 wrong action, 0 wrong replies. The wrong action: a chef's 'Block
nearest W: in the bin.' binned the block nearest W, which stood in another bowl; the check counts only blocks in no
bowl, so this is the check's reading, left as it is. The refusals and questions: a Thai speaker's 'Put all block to
the bin, but X leave there please.' and 'Please put block to bowl with same colour.' (asked which block).
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

MARGIN = 0.03  # metres: a clear winner for "leftmost", "nearest" and the like


# ----- helpers -----
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(name: str) -> str:
    """The colour word of a block or bowl name ("red block" -> "red")."""
    return name.split()[0]


def _grounded(s: SymState, b: str) -> bool:
    """The block's tower stands on the table (or a named place on it)."""
    return s.base(b) in (TABLE, *PLACES)


def _loose(w: World) -> list[str]:
    """Clear blocks whose tower stands on the table."""
    return [b for b in w.clear_blocks() if _grounded(w.state, b)]


def _height(s: SymState, b: str) -> int:
    """How many blocks the tower holds from its bottom up to `b`, `b` included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _into_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl with room that it is not in yet."""
    options = [(b, o) for b in w.clear_blocks() for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    return w.rng.choice(options) if options else None


def _stack(w: World) -> tuple[str, str] | None:
    """(top, below): two clear blocks, the lower on a tower on the table with room to grow."""
    options = [(a, b) for a in w.clear_blocks() for b in _loose(w)
               if a != b and _height(w.state, b) < layout.MAX_TOWER and w.state.support[a] != b]
    return w.rng.choice(options) if options else None


def _winner(items: list[str], score, margin: float = MARGIN) -> str | None:
    """The item with the lowest score, when it beats every other by `margin`."""
    if not items:
        return None
    ranked = sorted(items, key=score)
    if len(ranked) > 1 and score(ranked[1]) - score(ranked[0]) < margin:
        return None
    return ranked[0]


def _seen(w: World) -> list[str]:
    """Blocks a person sees on the table or in a bowl (not in the bin)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _match_ok(w: World, rs: list[Rel]) -> bool:
    """Every bowl can take the blocks sorted into it, beside the other blocks already in it."""
    for bowl in w.bowls:
        coming = {r.block for r in rs if r.target == bowl}
        staying = [b for b in w.state.in_bowl(bowl) if b not in coming]
        if len(coming) + len(staying) > layout.BOWL_CAPACITY:
            return False
    return bool(rs)


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n


# ----- imperative -----
def t332_imp_chef5(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, o = got
    return _made(w, f"{_c(b).capitalize()} block, in the {o}. Now.", _act(rels(Rel("in", b, o))))


def t332_imp_clerk(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"Kindly place the {a} on top of the {b}.", _act(rels(Rel("on", a, b))))


def t332_imp_teen8(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"move the {b[0]} to the {p} pls", _act(rels(Rel("at", b[0], p))))


def t332_imp_thai5(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Please you put the {b[0]} into bin.", _act(binned(b)))


def t332_imp_retiree6(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]
    b = w.pick(cands)
    if not b:
        return None
    return _made(w, f"Would you be so kind as to set the {b[0]} down on the table, dear?",
                 _act(rels(Rel("on_table", b[0]))))


def t332_imp_plain113(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Take the {b[0]} and put it in the middle.", _act(rels(Rel("at", b[0], PLACES[4]))))


# ----- declarative -----
def t332_dec_chef5(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"{_c(b[0]).capitalize()} block goes in the bin.", _act(binned(b)))


def t332_dec_clerk(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, o = got
    return _made(w, f"The {b} is to be placed in the {o}, please.", _act(rels(Rel("in", b, o))))


def t332_dec_teen8(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"the {a} has to be on the {b}", _act(rels(Rel("on", a, b))))


def t332_dec_thai5(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"The {b[0]} must be at bottom right corner.", _act(rels(Rel("at", b[0], PLACES[3]))))


def t332_dec_retiree6(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, o = got
    return _made(w, f"I believe the {b} belongs in the {o}.", _act(rels(Rel("in", b, o))))


def t332_dec_plain113(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]
    b = w.pick(cands)
    if not b:
        return None
    return _made(w, f"The {b[0]} should be on the table.", _act(rels(Rel("on_table", b[0]))))


# ----- desiderative -----
def t332_des_chef5(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"Want the {a} on the {b}. Quick.", _act(rels(Rel("on", a, b))))


def t332_des_clerk(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"I would like the {b[0]} moved to the bin, if that is possible.", _act(binned(b)))


def t332_des_teen8(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, o = got
    return _made(w, f"i want the {b} in the {o} lol", _act(rels(Rel("in", b, o))))


def t332_des_thai5(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"I want the {b[0]} go to the middle, please.", _act(rels(Rel("at", b[0], PLACES[4]))))


def t332_des_retiree6(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    return _made(w, f"It would be lovely if the {a} could sit on top of the {b}.", _act(rels(Rel("on", a, b))))


def t332_des_plain113(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b:
        return None
    return _made(w, f"I'd like the {b[0]} in the top right corner.", _act(rels(Rel("at", b[0], PLACES[1]))))


# ----- quantified -----
def t332_qua_chef5(w: World) -> Made:
    return _made(w, "All the blocks in the bin. Every one.", _act(binned(w.blocks)))


def t332_qua_clerk(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    stay = [Rel("in", b, w.state.base(b)) for b in inside]
    return _made(w, "Please move every block that is not in a bowl into the bin.",
                 _act(binned(outside), rels(*stay)))


def t332_qua_teen8(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls or len(w.blocks) < 3:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"put 2 blocks in the {o}", _act(count_in(o, 2)))


def t332_qua_thai5(w: World) -> Made:
    table = w.state.on_the_table()
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) + len(table) <= layout.BOWL_CAPACITY]
    if len(table) < 2 or not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"Please put all block on the table into the {o}.",
                 _act(rels(*(Rel("in", b, o) for b in table))))


def t332_qua_retiree6(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    check = lambda _i, f: all(_grounded(f, b) for b in inside)
    return _made(w, "Could you take all the blocks out of the bowls, please? Just set them on the table.",
                 _act(check))


def t332_qua_plain113(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Put three blocks in the bin.", _act(_bin_count(3)))


# ----- negated -----
def t332_neg_chef5(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    return _made(w, f"Nothing in the {o}. Clear it out.", _act(empty(o)))


def t332_neg_clerk(w: World) -> Made:
    b = w.pick(w.blocks)
    if not b:
        return None
    others = [x for x in w.blocks if x != b[0]]
    return _made(w, f"Please move all of the blocks into the bin, with the exception of the {b[0]}.",
                 _act(binned(others), none_binned(b)))


def t332_neg_teen8(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"the {a} shouldnt be on the {b} anymore", _act(rels(Rel("on", a, b, negated=True))))


def t332_neg_thai5(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    return _made(w, f"Please, no block stay in the {o}. Put all of them to the bin.",
                 _act(binned(w.state.in_bowl(o))))


def t332_neg_retiree6(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    b = w.pick(inside)
    if not b:
        return None
    o = w.state.base(b[0])
    return _made(w, f"I'd rather the {b[0]} were not in the {o} any longer, if you don't mind.",
                 _act(rels(Rel("in", b[0], o, negated=True))))


def t332_neg_plain113(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    keep = w.pick(w.blocks, 2)
    others = [x for x in w.blocks if x not in keep]
    return _made(w, f"Put everything except the {keep[0]} and the {keep[1]} in the bin.",
                 _act(binned(others), none_binned(keep)))


# ----- relative -----
def t332_rel_chef5(w: World) -> Made:
    o = w.pick(w.bowls)
    if not o:
        return None
    near = _winner([b for b in _seen(w) if w.state.base(b) not in w.bowls], lambda b: w.dist(b, o[0]))
    if not near:
        return None
    return _made(w, f"Block nearest the {o[0]}: in the bin.", _act(binned([near])))


def t332_rel_clerk(w: World) -> Made:
    left = _winner(_seen(w), w.y)
    if not left or not w.state.is_clear(left):
        return None
    return _made(w, "Please move the leftmost block to the bottom right corner.",
                 _act(rels(Rel("at", left, PLACES[3]))))


def t332_rel_teen8(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"put the block thats on the {b} in the bin", _act(binned([a])))


def t332_rel_thai5(w: World) -> Made:
    ones = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not ones:
        return None
    o = w.rng.choice(ones)
    b = w.state.in_bowl(o)[0]
    return _made(w, f"The block in the {o}, please move it to the table.", _act(rels(Rel("on_table", b))))


def t332_rel_retiree6(w: World) -> Made:
    right = _winner(_seen(w), lambda b: -w.y(b))
    if not right or not w.state.is_clear(right):
        return None
    bowls = [o for o in w.bowls if w.state.base(right) != o and _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"Could you pop the block farthest to the right into the {o}, please?",
                 _act(rels(Rel("in", right, o))))


def t332_rel_plain113(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Put the block under the {a} in the bin.",
                 _act(binned([b]), none_binned([a, *w.state.above(a)])))


# ----- keep -----
def _keep_pair(w: World) -> tuple[str, str] | None:
    """A clear block to move and another block that can stay where it is."""
    options = [(b, k) for b in w.clear_blocks() for k in w.blocks if k != b]
    return w.rng.choice(options) if options else None


def t332_keep_chef5(w: World) -> Made:
    got = _keep_pair(w)
    if not got:
        return None
    b, k = got
    return _made(w, f"{_c(b).capitalize()} block in the bin. Don't touch the {k}.", _act(binned([b]), kept(k)))


def t332_keep_clerk(w: World) -> Made:
    got = _keep_pair(w)
    if not got:
        return None
    b, k = got
    return _made(w, f"Please move the {b} to the top left corner, but leave the {k} where it is.",
                 _act(rels(Rel("at", b, PLACES[0])), kept(k)))


def t332_keep_teen8(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full or len(w.bowls) < 2:
        return None
    o = w.rng.choice(full)
    other = w.rng.choice([x for x in w.bowls if x != o])
    there = w.state.in_bowl(other)
    same = lambda i, f: sorted(f.in_bowl(other)) == sorted(there)
    return _made(w, f"clear out the {o} but dont touch the {other}", _act(empty(o), kept(*there), same))


def t332_keep_thai5(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    b = w.pick(cands)
    if not b or len(w.blocks) < 3:
        return None
    others = [x for x in w.blocks if x != b[0]]
    return _made(w, f"Put all block to the bin, but the {b[0]} leave there please.",
                 _act(binned(others), kept(b[0])))


def t332_keep_retiree6(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    stay = [k for k in w.blocks if k not in (a, b)]
    k = w.pick(stay)
    if not k:
        return None
    return _made(w, f"Would you kindly put the {a} on the {b}? Only please leave the {k[0]} where it is, "
                    "I've arranged it just so.", _act(rels(Rel("on", a, b)), kept(k[0])))


def t332_keep_plain113(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, o = got
    others = [x for x in w.blocks if x != b]
    return _made(w, f"Move the {b} into the {o} and keep everything else where it is.",
                 _act(rels(Rel("in", b, o)), kept(*others)))


# ----- multi_step -----
def t332_multi_chef5(w: World) -> Made:
    got = _stack(w)
    if not got:
        return None
    a, b = got
    first = w.pick([x for x in w.clear_blocks() if x not in (a, b)])
    if not first:
        return None
    return _made(w, f"{_c(first[0]).capitalize()} block in the bin, then {_c(a)} block on the {b}.",
                 _act(binned(first), rels(Rel("on", a, b))))


def t332_multi_clerk(w: World) -> Made:
    got = _into_bowl(w)
    if not got:
        return None
    b, o = got
    second = w.pick([x for x in w.clear_blocks() if x != b])
    if not second:
        return None
    return _made(w, f"First, please place the {b} in the {o}. After that, please place the {second[0]} in the bin.",
                 _act(rels(Rel("in", b, o)), binned(second)))


def t332_multi_teen8(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    return _made(w, f"first move the {a} to the middle then stack the {b} on it",
                 _act(rels(Rel("at", a, PLACES[4]), Rel("on", b, a))))


def t332_multi_thai5(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    r = w.pick(inside)
    if not r:
        return None
    o = w.state.base(r[0])
    g = w.pick([x for x in w.clear_blocks() if w.state.base(x) != o])
    if not g:
        return None
    return _made(w, f"First take the {r[0]} out from the {o}, put on the table. Then put the {g[0]} in that bowl.",
                 _act(rels(Rel("on_table", r[0]), Rel("in", g[0], o))))


def t332_multi_retiree6(w: World) -> Made:
    three = w.pick(w.clear_blocks(), 3)
    if not three:
        return None
    a, b, c = three
    return _made(w, f"First, would you put the {a} in the top left corner, then the {b} in the top right corner, "
                    f"and finally the {c} in the bin?",
                 _act(rels(Rel("at", a, PLACES[0]), Rel("at", b, PLACES[1])), binned([c])))


def t332_multi_plain113(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a) and w.state.base(b) != BIN]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [o for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"Take the {a} off the {b}, then put the {b} in the {o}.",
                 _act(rels(Rel("on", a, b, negated=True), Rel("in", b, o))))


# ----- question -----
def t332_q_chef5(w: World) -> Made:
    o = w.pick([x for x in w.bowls if w.state.in_bowl(x)]) or w.pick(w.bowls)
    if not o:
        return None
    inside = w.state.in_bowl(o[0])
    return f"What's in the {o[0]}?", answered("|".join(inside) if inside else "nothing")


def t332_q_clerk(w: World) -> Made:
    n = len(w.state.on_the_table())
    return "Could you please tell me how many blocks are currently on the table?", answered(str(n))


def t332_q_teen8(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        two = w.pick(w.blocks, 2)
        if not two:
            return None
        a, b = two
    return f"is the {a} on the {b}??", answered(yes(holds(Rel("on", a, b), w.state)))


def t332_q_thai5(w: World) -> Made:
    b = w.pick(w.blocks)
    if not b:
        return None
    s = w.state.support[b[0]]
    if s in w.state.support and w.state.base(s) != TABLE:
        return None
    return f"Where is the {b[0]} now?", answered(s)


def t332_q_retiree6(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    return f"Could you tell me how many blocks are in the {o}, please?", answered(str(len(w.state.in_bowl(o))))


def t332_q_plain113(w: World) -> Made:
    b = w.pick(w.blocks)
    if not b:
        return None
    return f"Is there anything on top of the {b[0]}?", answered(yes(not w.state.is_clear(b[0])))


# ----- matching -----
def _all_matching(w: World, text: str) -> Made:
    rs = matching(w)
    if not _match_ok(w, rs):
        return None
    return _made(w, text, _act(rels(*rs)))


def t332_match_chef5(w: World) -> Made:
    return _all_matching(w, "Blocks into the bowls of their colour. Go.")


def t332_match_clerk(w: World) -> Made:
    return _all_matching(w, "Please sort each block into the bowl of the same colour, where there is one.")


def t332_match_teen8(w: World) -> Made:
    rs = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target)]
    if not rs:
        return None
    r = w.rng.choice(rs)
    return _made(w, f"put the {r.block} in the bowl that matches it", _act(rels(r)))


def t332_match_thai5(w: World) -> Made:
    return _all_matching(w, "Please put block to bowl with same colour.")


def t332_match_retiree6(w: World) -> Made:
    return _all_matching(w, "Would you mind putting the blocks in the bowls that match their colours? "
                            "The others can stay where they are.")


def t332_match_plain113(w: World) -> Made:
    rs = matching(w)
    if len(rs) < 2:
        return None
    two = w.rng.sample(rs, 2)
    if not _match_ok(w, two):
        return None
    a, b = (r.block for r in two)
    return _made(w, f"Put the {_c(a)} and {_c(b)} blocks in their matching bowls.", _act(rels(*two)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("chef5", "clerk", "teen8", "thai5", "retiree6", "plain113")
FRESH332: list[Template] = [
    (f"t332_{short}_{style}", category, globals()[f"t332_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
