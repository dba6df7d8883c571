"""`FRESH48`, the forty-ninth untuned batch: sixty language templates, six per category, of requests pasted into
the robot's chat window from somewhere else. It was written by a tester who had not read the planner, its tests,
the lexicon or any other batch of templates.

Every category has one template in each of six styles: a markdown bullet or numbered list, a key-value, YAML or
JSON-like snippet, a chat message with an @mention and emoji, text with typos and autocorrect slips, ALL CAPS
shouting with exclamation marks, and a request quoted from someone else ("My boss says: ...", "Sarah asked ...").

Its first run, before any fix it prompted (300 instructions, seed 0, on 51387f6): 0.69 goal-correct, 11 wrong actions
or replies over 3 templates.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
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
from sim.core.relations import Rel

CAP = layout.BOWL_CAPACITY
_TYPO_COLOUR = {"green": "gren", "yellow": "yelow", "purple": "purpel", "orange": "ornage"}


# ----- helpers ---------------------------------------------------------------------------------------
def _on_table(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def _height(w: World, b: str) -> int:
    bottom = b
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return 1 + len(w.state.above(bottom))


def _stackable(w: World, top: str, below: str) -> bool:
    """Putting `top` on `below` is new, sensible and fits under the tower limit."""
    s = w.state
    return (top != below and s.support[top] != below and below not in s.above(top)
            and s.base(below) != BIN and _height(w, below) < layout.MAX_TOWER)


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    new = [b for b in adding if w.state.base(b) != bowl]
    return len(w.state.in_bowl(bowl)) + len(new) <= CAP


def _bottoms(w: World) -> list[str]:
    """The bottom block of every stack of two or more blocks (on the table or in a bowl)."""
    s = w.state
    return [b for b in w.blocks if s.support[b] not in s.support and not s.is_clear(b) and s.base(b) != BIN]


def _match_todo(w: World) -> list[Rel] | None:
    """The matching goal, or None when it is empty, already true or would overfill a bowl."""
    want = matching(w)
    todo = [r for r in want if w.state.base(r.args[0]) != r.args[1]]
    if not todo:
        return None
    for bowl in w.bowls:
        if not _room(w, bowl, [r.args[0] for r in todo if r.args[1] == bowl]):
            return None
    return want


def _off_table(w: World) -> list[str]:
    return [b for b in w.blocks if not _on_table(w, b) and w.state.base(b) != BIN]


# ----- imperative ------------------------------------------------------------------------------------
def c48_imp_list(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.rng.choice(PLACES)
    return f"todo:\n- grab the {w.colour(b)} block\n- set it down in the {place}", rels(Rel("at", b, place))


def c48_imp_kv(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    return f"move: {w.colour(b)} block\nto: {w.colour(bowl)} bowl", rels(Rel("in", b, bowl))


def c48_imp_chat(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"@bot hey can u stack the {w.colour(top)} cube on the {w.colour(below)} one 👍"
    return text, rels(Rel("on", top, below))


def c48_imp_typo(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    c, d = w.colour(b), w.colour(bowl)
    text = f"pur the {_TYPO_COLOUR.get(c, c)} blcok in teh {d} bowl"
    return text, rels(Rel("in", b, bowl))


def c48_imp_caps(w: World) -> Made:
    cands = _off_table(w)
    if not cands:
        return None
    b = w.rng.choice(cands)
    return f"PUT THE {w.colour(b).upper()} BLOCK BACK ON THE TABLE!!!", rels(Rel("on_table", b))


def c48_imp_quoted(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    text = f'Forwarding this from my boss: "Please place the {w.colour(b)} cube into the {w.colour(bowl)} bowl."'
    return text, rels(Rel("in", b, bowl))


# ----- declarative -----------------------------------------------------------------------------------
def c48_dec_list(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    bowl = w.pick(w.bowls)[0]
    if not _stackable(w, a, b) or w.state.base(c) == bowl:
        return None
    adding = [c, a] if w.state.base(b) == bowl else [c]
    if not _room(w, bowl, adding):
        return None
    text = (f"End state:\n- {w.colour(a)} block on the {w.colour(b)} block\n"
            f"- {w.colour(c)} block in the {w.colour(bowl)} bowl")
    return text, rels(Rel("on", a, b), Rel("in", c, bowl))


def c48_dec_kv(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    return f"goal: {{{w.colour(b)} block: {w.colour(bowl)} bowl}}", rels(Rel("in", b, bowl))


def c48_dec_chat(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.rng.choice(PLACES)
    text = f"@arm morning! 🌞 the {w.colour(b)} block lives in the {place} from now on"
    return text, rels(Rel("at", b, place))


def c48_dec_typo(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"the {w.colour(top)} blokc belongs on top of teh {w.colour(below)} one"
    return text, rels(Rel("on", top, below))


def c48_dec_caps(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return f"THE {w.colour(b).upper()} BLOCK GOES IN THE BIN!!!", rels(Rel("in_bin", b))


def c48_dec_quoted(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    text = f"Sarah told me the {w.colour(b)} block is supposed to be in the {w.colour(bowl)} bowl."
    return text, rels(Rel("in", b, bowl))


# ----- desiderative ----------------------------------------------------------------------------------
def c48_des_list(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    offs = _off_table(w)
    if not offs:
        return None
    c = w.rng.choice(offs)
    cands = [b for b in w.blocks if b != c and w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    a = w.rng.choice(cands)
    text = (f"What I'd like:\n1. {w.colour(a)} block in the {w.colour(bowl)} bowl\n"
            f"2. {w.colour(c)} block on the table")
    return text, rels(Rel("in", a, bowl), Rel("on_table", c))


def c48_des_kv(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.rng.choice(PLACES)
    text = f"desired_state:\n  - block: {w.colour(b)}\n    location: {place}"
    return text, rels(Rel("at", b, place))


def c48_des_chat(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    text = f"@robot I'd love it if the {w.colour(b)} block ended up in the {w.colour(bowl)} bowl 😍"
    return text, rels(Rel("in", b, bowl))


def c48_des_typo(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"i wnat the {w.colour(top)} block on top fo the {w.colour(below)} block"
    return text, rels(Rel("on", top, below))


def c48_des_caps(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    text = f"I NEED THE {w.colour(b).upper()} BLOCK OUT OF THE {w.colour(bowl).upper()} BOWL AND ON THE TABLE!!!"
    return text, rels(Rel("on_table", b))


def c48_des_quoted(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return f"Tom would like the {w.colour(b)} block thrown away.", rels(Rel("in_bin", b))


# ----- quantified ------------------------------------------------------------------------------------
def c48_qua_list(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"Cleanup:\n- take all the blocks out of the {w.colour(bowl)} bowl\n- bin them"
    return text, binned(inside)


def c48_qua_kv(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n0 = len(w.state.in_bowl(bowl))
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if n0 + 2 > CAP or len(outside) < 2:
        return None
    text = f'{{"action": "put", "count": 2, "what": "blocks", "where": "{w.colour(bowl)} bowl"}}'
    return text, count_in(bowl, n0 + 2)


def c48_qua_chat(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return "@robot can you put every block in the bin? tidying up 🧹✨", binned(w.blocks)


def c48_qua_typo(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    if len(inside) == 2:
        text = f"put boht blcoks from the {w.colour(bowl)} bowl back on the tabel"
    else:
        text = f"put evrything in the {w.colour(bowl)} bowl back on the tabel"
    return text, rels(*(Rel("on_table", b) for b in inside))


def c48_qua_caps(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.blocks) > CAP or all(w.state.base(b) == bowl for b in w.blocks):
        return None
    text = f"ALL THE BLOCKS IN THE {w.colour(bowl).upper()} BOWL!!! EVERY SINGLE ONE!!!"
    return text, rels(*(Rel("in", b, bowl) for b in w.blocks))


def c48_qua_quoted(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    check: Check = lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3
    return "Maria asked for three of the blocks to go in the bin, doesn't matter which ones.", check


# ----- negated ---------------------------------------------------------------------------------------
def c48_neg_list(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Rules:\n- nothing left in the {w.colour(bowl)} bowl\n- don't put anything in the bin"
    return text, both(empty(bowl), none_binned(w.blocks))


def c48_neg_kv(w: World) -> Made:
    keep = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != keep]
    if len(others) > 5:
        return None
    text = f"action: throw away\ntarget: all blocks\nexcept: {w.colour(keep)} block"
    return text, both(binned(others), none_binned([keep]))


def c48_neg_chat(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    text = f"@robot the {w.colour(b)} block shouldn't be in the {w.colour(bowl)} bowl 😬 can you fix that?"
    check: Check = lambda _i, f: f.base(b) not in (bowl, BIN)
    return text, check


def c48_neg_typo(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _off_table(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"dont put the {w.colour(b)} blokc in teh {w.colour(bowl)} bowl, put it on the tabel insted"
    return text, rels(Rel("on_table", b))


def c48_neg_caps(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    g, r = w.pick(w.blocks, 2)
    text = f"NOT THE {w.colour(r).upper()} ONE!!! PUT THE {w.colour(g).upper()} BLOCK IN THE BIN"
    return text, both(binned([g]), none_binned([r]))


def c48_neg_quoted(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    y = w.rng.choice(cands)
    above = w.state.above(y)
    text = f'My colleague wrote: "Leave nothing on top of the {w.colour(y)} block."'
    check: Check = lambda _i, f: f.is_clear(y) and all(f.base(b) != BIN for b in above)
    return text, check


# ----- relative --------------------------------------------------------------------------------------
def c48_rel_list(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    text = f"- the block that's sitting on the {w.colour(below)} block -> bin"
    return text, rels(Rel("in_bin", top))


def c48_rel_kv(w: World) -> Made:
    ones = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    b = w.state.in_bowl(bowl)[0]
    place = w.rng.choice(PLACES)
    text = f"pick: the block that's in the {w.colour(bowl)} bowl\nplace: {place}"
    return text, rels(Rel("at", b, place))


def c48_rel_chat(w: World) -> Made:
    if not w.pairs():
        return None
    top, below = w.rng.choice(w.pairs())
    bowls = [bowl for bowl in w.bowls if w.state.base(below) != bowl and _room(w, bowl, [below])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"@robot the block under the {w.colour(top)} one, can it go in the {w.colour(bowl)} bowl? 🙏"
    return text, rels(Rel("in", below, bowl))


def c48_rel_typo(w: World) -> Made:
    by_colour = {w.colour(b): b for b in w.blocks}
    options = [(bowl, by_colour[w.colour(bowl)], r) for bowl in w.bowls if w.colour(bowl) in by_colour
               for r in w.blocks if _stackable(w, by_colour[w.colour(bowl)], r)]
    if not options:
        return None
    bowl, m, r = w.rng.choice(options)
    text = f"put the blcok thats the same colour as teh {w.colour(bowl)} bowl on top of the {w.colour(r)} block"
    return text, rels(Rel("on", m, r))


def c48_rel_caps(w: World) -> Made:
    options = [(r, bowl) for r in w.blocks for bowl in w.bowls
               if not w.state.is_clear(r) and w.state.base(r) != bowl and _room(w, bowl, w.state.above(r))]
    if not options:
        return None
    r, bowl = w.rng.choice(options)
    above = w.state.above(r)
    text = (f"TAKE WHATEVER IS STACKED ON THE {w.colour(r).upper()} BLOCK AND PUT IT IN THE "
            f"{w.colour(bowl).upper()} BOWL!!")
    return text, rels(*(Rel("in", b, bowl) for b in above))


def c48_rel_quoted(w: World) -> Made:
    bottoms = _bottoms(w)
    if len(bottoms) != 1:
        return None
    bottom = bottoms[0]
    bowls = [bowl for bowl in w.bowls if w.state.base(bottom) != bowl and _room(w, bowl, [bottom])]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"My boss says: 'the block at the bottom of the stack goes in the {w.colour(bowl)} bowl'"
    return text, rels(Rel("in", bottom, bowl))


# ----- keep ------------------------------------------------------------------------------------------
def c48_keep_list(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    r = w.rng.choice(cands)
    keepers = [g for g in w.blocks if g != r and g not in w.state.above(r)]
    if not keepers:
        return None
    g = w.rng.choice(keepers)
    text = f"- {w.colour(r)} block -> {w.colour(bowl)} bowl\n- leave the {w.colour(g)} block where it is"
    return text, both(rels(Rel("in", r, bowl)), kept(g))


def c48_keep_kv(w: World) -> Made:
    r = w.pick(w.blocks)[0]
    keepers = [g for g in w.blocks if g != r and g not in w.state.above(r)]
    if len(keepers) < 2:
        return None
    y, g = w.pick(keepers, 2)
    text = f"move: {w.colour(r)} block -> bin\nkeep: {w.colour(y)} block, {w.colour(g)} block"
    return text, both(binned([r]), kept(y, g))


def c48_keep_chat(w: World) -> Made:
    bottoms = _bottoms(w)
    if len(bottoms) != 1:
        return None
    stack = [bottoms[0], *w.state.above(bottoms[0])]
    options = [(r, bowl) for r in w.blocks for bowl in w.bowls
               if r not in stack and w.state.base(r) != bowl and _room(w, bowl, [r])]
    if not options:
        return None
    r, bowl = w.rng.choice(options)
    text = f"@robot put the {w.colour(r)} block in the {w.colour(bowl)} bowl but don't move the stack 🙏"
    return text, both(rels(Rel("in", r, bowl)), kept(*stack))


def c48_keep_typo(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands:
        return None
    r = w.rng.choice(cands)
    inside = w.state.in_bowl(bowl)
    text = f"thorw teh {w.colour(r)} block in the bin but leave whatevers in the {w.colour(bowl)} bowl alone"
    return text, both(binned([r]), kept(*inside))


def c48_keep_caps(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    g, r = w.pick(w.blocks, 2)
    if r in w.state.above(g):
        return None
    place = w.rng.choice(PLACES)
    text = (f"MOVE THE {w.colour(g).upper()} BLOCK TO THE {place.upper()} AND DO NOT TOUCH THE "
            f"{w.colour(r).upper()} ONE!!")
    return text, both(rels(Rel("at", g, place)), kept(r))


def c48_keep_quoted(w: World) -> Made:
    cands = [b for b in w.blocks if not w.state.is_clear(b)]
    if not cands:
        return None
    y = w.rng.choice(cands)
    above = w.state.above(y)
    stay = [b for b in w.blocks if b != y and b not in above]
    if not stay:
        return None
    b = w.rng.choice(stay)
    text = f"Alex said: clear off the {w.colour(y)} block, but the {w.colour(b)} block has to stay exactly where it is."
    check: Check = lambda _i, f: f.is_clear(y) and all(f.base(x) != BIN for x in above)
    return text, both(check, kept(b))


# ----- multi_step ------------------------------------------------------------------------------------
def c48_multi_list(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, c, d, e = w.pick(w.blocks, 4)
    bowl = w.pick(w.bowls)[0]
    if not _stackable(w, c, d) or w.state.base(e) == bowl:
        return None
    adding = [e, c] if w.state.base(d) == bowl else [e]
    if not _room(w, bowl, adding):
        return None
    text = (f"1. {w.colour(a)} block in the bin\n2. {w.colour(c)} block on the {w.colour(d)} block\n"
            f"3. {w.colour(e)} block in the {w.colour(bowl)} bowl")
    return text, rels(Rel("in_bin", a), Rel("on", c, d), Rel("in", e, bowl))


def c48_multi_kv(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    offs = _off_table(w)
    if not offs:
        return None
    g = w.rng.choice(offs)
    cands = [b for b in w.blocks if b != g and w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    r = w.rng.choice(cands)
    text = (f'[{{"move": "{w.colour(r)} block", "to": "{w.colour(bowl)} bowl"}}, '
            f'{{"move": "{w.colour(g)} block", "to": "table"}}]')
    return text, rels(Rel("in", r, bowl), Rel("on_table", g))


def c48_multi_chat(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    r, y, g = w.pick(w.blocks, 3)
    if not _stackable(w, r, y):
        return None
    text = (f"@robot first put the {w.colour(r)} block on the {w.colour(y)} block, "
            f"then chuck the {w.colour(g)} one in the bin ✌️")
    return text, rels(Rel("on", r, y), Rel("in_bin", g))


def c48_multi_typo(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    r, g = w.pick(w.blocks, 2)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(r) == bowl or not _room(w, bowl, [r, g]):
        return None
    text = (f"frist put the {w.colour(r)} blcok in teh {w.colour(bowl)} bowl and then put the {w.colour(g)} "
            "block on top of it")
    return text, rels(Rel("in", r, bowl), Rel("on", g, r))


def c48_multi_caps(w: World) -> Made:
    offs = _off_table(w)
    if not offs:
        return None
    r = w.rng.choice(offs)
    b = w.rng.choice([x for x in w.blocks if x != r])
    text = f"PUT THE {w.colour(r).upper()} BLOCK ON THE TABLE THEN PUT THE {w.colour(b).upper()} BLOCK ON IT!!!"
    return text, rels(Rel("on_table", r), Rel("on", b, r))


def c48_multi_quoted(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    y = w.rng.choice(cands)
    bowl = w.state.base(y)
    others = [r for r in w.blocks if w.state.base(r) != bowl]
    if not others:
        return None
    r = w.rng.choice(others)
    place = w.rng.choice(PLACES)
    text = (f'From Kim: "Take the {w.colour(y)} block out of the {w.colour(bowl)} bowl and put it in the {place}, '
            f'then put the {w.colour(r)} block in the {w.colour(bowl)} bowl."')
    return text, rels(Rel("at", y, place), Rel("in", r, bowl))


# ----- question --------------------------------------------------------------------------------------
def c48_q_list(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        r = w.rng.choice(inside)
        bowl = w.state.base(r) if w.rng.random() < 0.6 else w.rng.choice(w.bowls)
    else:
        r = w.pick(w.blocks)[0]
        bowl = w.pick(w.bowls)[0]
    text = f"Checklist:\n- [ ] is the {w.colour(r)} block in the {w.colour(bowl)} bowl?"
    return text, answered(yes(w.state.base(r) == bowl))


def c48_q_kv(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    if n == 0:
        return None
    return f"question: how many blocks are in the {w.colour(bowl)} bowl?\nformat: number", answered(str(n))


def c48_q_chat(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"@robot what colour is the block on top of the {w.colour(below)} one? 🤔", answered(w.colour(top))


def c48_q_typo(w: World) -> Made:
    offs = _off_table(w)
    r = w.rng.choice(offs) if offs and w.rng.random() < 0.5 else w.pick(w.blocks)[0]
    s = w.state.support[r]
    if s in w.state.bowls:
        prefix = f"{w.colour(s)}|bowl"
    elif s in w.state.support:
        if w.state.base(s) in w.state.bowls:
            return None
        prefix = w.colour(s)
    elif s == TABLE:
        prefix = "table"
    else:
        return None
    return f"wher is the {w.colour(r)} blokc?", answered(prefix)


def c48_q_caps(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"IS THERE ANYTHING IN THE {w.colour(bowl).upper()} BOWL???", answered(yes(bool(w.state.in_bowl(bowl))))


def c48_q_quoted(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    g = w.rng.choice(cands)
    bowl = w.state.base(g)
    text = f'My kid keeps asking me: "which bowl is the {w.colour(g)} block in?"'
    return text, answered(f"{w.colour(bowl)}|bowl")


# ----- matching --------------------------------------------------------------------------------------
def c48_match_list(w: World) -> Made:
    want = _match_todo(w)
    if want is None:
        return None
    return "- sort the blocks by colour\n- each one goes in the bowl of the same colour", rels(*want)


def c48_match_kv(w: World) -> Made:
    want = _match_todo(w)
    if want is None:
        return None
    return "rule: block colour == bowl colour\naction: put each block in its bowl", rels(*want)


def c48_match_chat(w: World) -> Made:
    want = _match_todo(w)
    if want is None:
        return None
    return "@helper colour match pls 🎨 every block into the bowl that's its colour", rels(*want)


def c48_match_typo(w: World) -> Made:
    want = _match_todo(w)
    if want is None:
        return None
    todo = [r for r in want if w.state.base(r.args[0]) != r.args[1]]
    rel = w.rng.choice(todo)
    return f"can you put the {w.colour(rel.args[0])} blokc in the bowl taht matches it", rels(rel)


def c48_match_caps(w: World) -> Made:
    want = _match_todo(w)
    if want is None:
        return None
    return "MATCH THE BLOCKS TO THE BOWLS BY COLOUR!!! RIGHT NOW!!!", rels(*want)


def c48_match_quoted(w: World) -> Made:
    want = _match_todo(w)
    if want is None:
        return None
    return "The teacher said: 'each block goes into the bowl that is the same colour as it'", rels(*want)


FRESH48: list[Template] = [
    ("c48_imp_list", "imperative", c48_imp_list),
    ("c48_imp_kv", "imperative", c48_imp_kv),
    ("c48_imp_chat", "imperative", c48_imp_chat),
    ("c48_imp_typo", "imperative", c48_imp_typo),
    ("c48_imp_caps", "imperative", c48_imp_caps),
    ("c48_imp_quoted", "imperative", c48_imp_quoted),
    ("c48_dec_list", "declarative", c48_dec_list),
    ("c48_dec_kv", "declarative", c48_dec_kv),
    ("c48_dec_chat", "declarative", c48_dec_chat),
    ("c48_dec_typo", "declarative", c48_dec_typo),
    ("c48_dec_caps", "declarative", c48_dec_caps),
    ("c48_dec_quoted", "declarative", c48_dec_quoted),
    ("c48_des_list", "desiderative", c48_des_list),
    ("c48_des_kv", "desiderative", c48_des_kv),
    ("c48_des_chat", "desiderative", c48_des_chat),
    ("c48_des_typo", "desiderative", c48_des_typo),
    ("c48_des_caps", "desiderative", c48_des_caps),
    ("c48_des_quoted", "desiderative", c48_des_quoted),
    ("c48_qua_list", "quantified", c48_qua_list),
    ("c48_qua_kv", "quantified", c48_qua_kv),
    ("c48_qua_chat", "quantified", c48_qua_chat),
    ("c48_qua_typo", "quantified", c48_qua_typo),
    ("c48_qua_caps", "quantified", c48_qua_caps),
    ("c48_qua_quoted", "quantified", c48_qua_quoted),
    ("c48_neg_list", "negated", c48_neg_list),
    ("c48_neg_kv", "negated", c48_neg_kv),
    ("c48_neg_chat", "negated", c48_neg_chat),
    ("c48_neg_typo", "negated", c48_neg_typo),
    ("c48_neg_caps", "negated", c48_neg_caps),
    ("c48_neg_quoted", "negated", c48_neg_quoted),
    ("c48_rel_list", "relative", c48_rel_list),
    ("c48_rel_kv", "relative", c48_rel_kv),
    ("c48_rel_chat", "relative", c48_rel_chat),
    ("c48_rel_typo", "relative", c48_rel_typo),
    ("c48_rel_caps", "relative", c48_rel_caps),
    ("c48_rel_quoted", "relative", c48_rel_quoted),
    ("c48_keep_list", "keep", c48_keep_list),
    ("c48_keep_kv", "keep", c48_keep_kv),
    ("c48_keep_chat", "keep", c48_keep_chat),
    ("c48_keep_typo", "keep", c48_keep_typo),
    ("c48_keep_caps", "keep", c48_keep_caps),
    ("c48_keep_quoted", "keep", c48_keep_quoted),
    ("c48_multi_list", "multi_step", c48_multi_list),
    ("c48_multi_kv", "multi_step", c48_multi_kv),
    ("c48_multi_chat", "multi_step", c48_multi_chat),
    ("c48_multi_typo", "multi_step", c48_multi_typo),
    ("c48_multi_caps", "multi_step", c48_multi_caps),
    ("c48_multi_quoted", "multi_step", c48_multi_quoted),
    ("c48_q_list", "question", c48_q_list),
    ("c48_q_kv", "question", c48_q_kv),
    ("c48_q_chat", "question", c48_q_chat),
    ("c48_q_typo", "question", c48_q_typo),
    ("c48_q_caps", "question", c48_q_caps),
    ("c48_q_quoted", "question", c48_q_quoted),
    ("c48_match_list", "matching", c48_match_list),
    ("c48_match_kv", "matching", c48_match_kv),
    ("c48_match_chat", "matching", c48_match_chat),
    ("c48_match_typo", "matching", c48_match_typo),
    ("c48_match_caps", "matching", c48_match_caps),
    ("c48_match_quoted", "matching", c48_match_quoted),
]
