"""`FRESH224`, the two-hundred-and-twenty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- postie: a friendly postwoman who talks of delivering things, "Morning! Could you deliver the red block to the
  blue bowl for me?"
- chinese: a Chinese speaker writing English with small slips, "Please put the red block on top of green block."
- yoga: a calm yoga teacher, gentle and unhurried, "Slowly now, let the yellow block come to rest in the top left
  corner."
- careful2: someone worried about breaking things, "Could you put the blue block in the bin? Carefully please, I
  don't want anything knocked over."
- uni: a university student with casual slang, "can u chuck the red block on the table pls"
- plain5: a plain, ordinary adult, "Take the red block out of the blue bowl and put it in the green bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb5478d, the code of 6da33c3, before anything it could prompt): 0.8167
goal-correct (245 of 300), 50 refused, five questions asked, no wrong action and no wrong reply. The questions: the
postwoman's "The block sitting on top of X, that one's for the bin please.". The refusals: the postwoman's "X's address is
W. It should end up in there, love.", "Everything in W is going out today, please deliver all of it to the bin"; the yoga
teacher's "X has done its work today; its place now is in the bin.", "to find a quiet home in the corner", "but let
nothing go into the bin", "Take a breath and tell me, is X resting on Y?"; the careful person's "make it exactly two
blocks in W, not more, it's not very big", "the top block off the stack that has X at the bottom ... Don't let the
stack fall.", "Any block that has no bowl of its colour, leave it exactly where it is."; the student's "the block the
yellow one is sitting on, yeet that into the bin".
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

_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """All the checks hold and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holding `block` has."""
    return len(_below(s, block)) + 1 + len(s.above(block))


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _grounded(w: World) -> list[str]:
    """Clear blocks whose tower stands on the table (or a named place), with room on top."""
    s = w.state
    return [b for b in w.clear_blocks() if s.base(b) in _GROUND and _height(s, b) < layout.MAX_TOWER]


def _not_on_table(w: World) -> list[str]:
    return [b for b in _live(w) if w.state.support[b] not in _GROUND]


def _on_ground(*blocks: str) -> Check:
    """Every block's tower stands on the table (any spot on it)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _not_rel(*want: Rel) -> Check:
    return lambda _i, f: not any(holds(r, f) for r in want)


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one single tower (any order), standing anywhere but the bin."""
    group = set(blocks)

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.base(bottoms[0]) in (BIN, "gripper"):
            return False
        return len(f.above(bottoms[0])) == len(blocks) - 1 and set(f.above(bottoms[0])) == group - {bottoms[0]}

    return check


def _pick(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


# ----- imperative -------------------------------------------------------------------------------------
def t224_imp_postie(w: World) -> Made:
    bowl = _pick(w, w.bowls)
    if bowl is None or _room(w, bowl) < 1:
        return None
    block = _pick(w, [b for b in _live(w) if w.state.base(b) != bowl])
    if block is None:
        return None
    text = f"Morning! Could you deliver the {_c(w, block)} block to the {_c(w, bowl)} bowl for me?"
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


def t224_imp_chinese(w: World) -> Made:
    below = _pick(w, _grounded(w))
    if below is None:
        return None
    top = _pick(w, [b for b in w.clear_blocks() if b != below])
    if top is None:
        return None
    text = f"Please put the {_c(w, top)} block on top of {_c(w, below)} block."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t224_imp_yoga(w: World) -> Made:
    block = _pick(w, _live(w))
    place = _pick(w, list(PLACES[:4]))
    if block is None or place is None:
        return None
    text = f"Slowly now, let the {_c(w, block)} block come to rest in the {place}."
    return _made(w, text, _act(rels(Rel("at", block, place))))


def t224_imp_careful2(w: World) -> Made:
    block = _pick(w, _live(w))
    if block is None:
        return None
    text = f"Could you put the {_c(w, block)} block in the bin? Carefully please, I don't want anything knocked over."
    return _made(w, text, _act(binned([block])))


def t224_imp_uni(w: World) -> Made:
    block = _pick(w, _not_on_table(w))
    if block is None:
        return None
    text = f"can u chuck the {_c(w, block)} block on the table pls"
    return _made(w, text, _act(rels(Rel("on_table", block))))


def t224_imp_plain5(w: World) -> Made:
    block = _pick(w, w.in_bowls())
    if block is None:
        return None
    src = w.state.base(block)
    dst = _pick(w, [b for b in w.bowls if b != src and _room(w, b) >= 1])
    if dst is None:
        return None
    text = f"Take the {_c(w, block)} block out of the {_c(w, src)} bowl and put it in the {_c(w, dst)} bowl."
    return _made(w, text, _act(rels(Rel("in", block, dst))))


# ----- declarative ------------------------------------------------------------------------------------
def t224_dec_postie(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if _room(w, b) >= 1])
    if bowl is None:
        return None
    block = _pick(w, [b for b in _live(w) if w.state.base(b) != bowl])
    if block is None:
        return None
    text = f"The {_c(w, block)} block's address is the {_c(w, bowl)} bowl. It should end up in there, love."
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


def t224_dec_chinese(w: World) -> Made:
    below = _pick(w, _grounded(w))
    if below is None:
        return None
    top = _pick(w, [b for b in _live(w) if b != below and below not in w.state.above(b)])
    if top is None:
        return None
    text = f"The {_c(w, top)} block should be on the {_c(w, below)} block, this is what I want."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t224_dec_yoga(w: World) -> Made:
    block = _pick(w, _live(w))
    if block is None:
        return None
    text = f"The {_c(w, block)} block has done its work today; its place now is in the bin."
    return _made(w, text, _act(binned([block])))


def t224_dec_careful2(w: World) -> Made:
    block = _pick(w, _not_on_table(w))
    if block is None:
        return None
    text = (f"The {_c(w, block)} block needs to be sitting on the table itself, not on anything else. "
            "Please go slowly with it.")
    return _made(w, text, _act(rels(Rel("on_table", block))))


def t224_dec_uni(w: World) -> Made:
    block = _pick(w, _live(w))
    place = _pick(w, list(PLACES))
    if block is None or place is None:
        return None
    where = "the middle of the table" if place == "middle" else f"the {place}"
    text = f"ok so the {_c(w, block)} block goes in {where}"
    return _made(w, text, _act(rels(Rel("at", block, place))))


def t224_dec_plain5(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if len(pair) < 2:
        return None
    a, b = pair
    text = f"The {_c(w, a)} block and the {_c(w, b)} block should both be in the bin."
    return _made(w, text, _act(binned([a, b])))


# ----- desiderative -----------------------------------------------------------------------------------
def t224_des_postie(w: World) -> Made:
    below = _pick(w, _grounded(w))
    if below is None:
        return None
    top = _pick(w, [b for b in w.clear_blocks() if b != below])
    if top is None:
        return None
    text = f"I'd like the {_c(w, top)} block delivered on top of the {_c(w, below)} block, please. Ta!"
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t224_des_chinese(w: World) -> Made:
    bowl = _pick(w, w.bowls)
    if bowl is None:
        return None
    pair = w.pick(_live(w), 2)
    if len(pair) < 2:
        return None
    a, b = pair
    need = sum(1 for x in pair if w.state.base(x) != bowl)
    if _room(w, bowl) < need:
        return None
    text = f"I want the {_c(w, a)} block and {_c(w, b)} block both in the {_c(w, bowl)} bowl."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t224_des_yoga(w: World) -> Made:
    block = _pick(w, _live(w))
    place = _pick(w, list(PLACES[:4]))
    if block is None or place is None:
        return None
    text = f"I would like the {_c(w, block)} block to find a quiet home in the {place}."
    return _made(w, text, _act(rels(Rel("at", block, place))))


def t224_des_careful2(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    text = f"I want the {_c(w, bowl)} bowl empty. Please be careful with whatever you lift out of it."
    return _made(w, text, _act(empty(bowl)))


def t224_des_uni(w: World) -> Made:
    trio = w.pick(_live(w), 3)
    if len(trio) < 3:
        return None
    a, b, c = trio
    text = f"i want a tower: {_c(w, a)} block at the bottom, then {_c(w, b)}, then {_c(w, c)} on top"
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t224_des_plain5(w: World) -> Made:
    pair = _pick(w, [f"{t}|{s}" for t, s in w.pairs() if w.state.base(s) != BIN])
    if pair is None:
        return None
    top, below = pair.split("|")
    text = f"I'd like the {_c(w, top)} block taken off the {_c(w, below)} block and put down on the table."
    return _made(w, text, _act(rels(Rel("on_table", top))))


# ----- quantified -------------------------------------------------------------------------------------
def t224_qua_postie(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    text = f"Everything in the {_c(w, bowl)} bowl is going out today, please deliver all of it to the bin."
    return _made(w, text, _act(binned(inside)))


def t224_qua_chinese(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) > 5:
        return None
    text = "Please put all the block into the bin, every one of them."
    return _made(w, text, _act(binned(blocks)))


def t224_qua_yoga(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(_live(w)) < len(bowls):
        return None
    text = "Let each bowl hold exactly one block, no more and no fewer."
    return _made(w, text, _act(*(count_in(b, 1) for b in bowls)))


def t224_qua_careful2(w: World) -> Made:
    bowl = _pick(w, w.bowls)
    if bowl is None or len(_live(w)) < 3:
        return None
    text = (f"Please make it exactly two blocks in the {_c(w, bowl)} bowl, not more, it's not very big. "
            "Gently does it.")
    return _made(w, text, _act(count_in(bowl, 2)))


def t224_qua_uni(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) > layout.MAX_TOWER:
        return None
    text = "stack all the blocks into one big tower, order doesnt matter"
    return _made(w, text, _act(_one_tower(blocks)))


def t224_qua_plain5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Take every block out of the bowls and put them on the table."
    return _made(w, text, _act(_on_ground(*inside)))


# ----- negated ----------------------------------------------------------------------------------------
def t224_neg_postie(w: World) -> Made:
    block = _pick(w, _live(w))
    if block is None:
        return None
    others = [b for b in _live(w) if b != block]
    if len(others) > 5:
        return None
    text = (f"All the blocks are for the bin today except the {_c(w, block)} one. "
            "Keep that one out of the bin, please.")
    return _made(w, text, _act(binned(others), none_binned([block])))


def t224_neg_chinese(w: World) -> Made:
    bowl = _pick(w, w.bowls)
    block = _pick(w, _live(w))
    if bowl is None or block is None:
        return None
    others = [b for b in _live(w) if b != block]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Put all blocks in the {_c(w, bowl)} bowl, but not the {_c(w, block)} block."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in others)), _not_rel(Rel("in", block, bowl))))


def t224_neg_yoga(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    text = f"Gently clear out the {_c(w, bowl)} bowl, but let nothing go into the bin."
    return _made(w, text, _act(empty(bowl), none_binned(w.blocks)))


def t224_neg_careful2(w: World) -> Made:
    block = _pick(w, _not_on_table(w))
    if block is None:
        return None
    other = _pick(w, [b for b in _live(w) if b != block and b not in w.state.above(block)])
    if other is None:
        return None
    text = (f"Please move the {_c(w, block)} block onto the table, but don't touch the {_c(w, other)} block at all, "
            "it's a bit wobbly.")
    return _made(w, text, _act(rels(Rel("on_table", block)), kept(other)))


def t224_neg_uni(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    rest = [b for b in _live(w) if b not in inside]
    if not rest or len(rest) > 5:
        return None
    text = f"bin everything except whats in the {_c(w, bowl)} bowl"
    return _made(w, text, _act(binned(rest), none_binned(inside)))


def t224_neg_plain5(w: World) -> Made:
    block = _pick(w, w.in_bowls())
    if block is None:
        return None
    bowl = w.state.base(block)
    text = f"Take the {_c(w, block)} block out of the {_c(w, bowl)} bowl, but don't put it in the bin."
    return _made(w, text, _act(_not_rel(Rel("in", block, bowl), Rel("in_bin", block))))


# ----- relative ---------------------------------------------------------------------------------------
def t224_rel_postie(w: World) -> Made:
    pair = w.pick([p for p in w.pairs() if w.state.base(p[1]) != BIN])
    if not pair:
        return None
    top, below = pair[0]
    text = f"The block sitting on top of the {_c(w, below)} block, that one's for the bin please."
    return _made(w, text, _act(binned([top])))


def t224_rel_chinese(w: World) -> Made:
    pair = w.pick([p for p in w.pairs() if w.state.base(p[1]) != BIN])
    if not pair:
        return None
    top, below = pair[0]
    bowl = _pick(w, [b for b in w.bowls if w.state.base(below) != b and _room(w, b) >= 1])
    if bowl is None:
        return None
    text = f"Put the block which is under the {_c(w, top)} block into the {_c(w, bowl)} bowl."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t224_rel_yoga(w: World) -> Made:
    bowl = _pick(w, w.bowls)
    if bowl is None:
        return None
    cands = sorted((w.dist(b, bowl), b) for b in _live(w) if w.state.base(b) != bowl)
    if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.05:
        return None
    near = cands[0][1]
    if _height(w.state, near) != 1:
        return None
    text = f"The block resting nearest the {_c(w, bowl)} bowl, let it drift over to the middle of the table."
    return _made(w, text, _act(rels(Rel("at", near, "middle"))))


def t224_rel_careful2(w: World) -> Made:
    bottoms = [b for b in _live(w) if w.state.support[b] in _GROUND and w.state.above(b)]
    bottom = _pick(w, bottoms)
    if bottom is None:
        return None
    top = w.state.above(bottom)[0]
    text = (f"Carefully take the top block off the stack that has the {_c(w, bottom)} block at the bottom, "
            "and set it down on the table. Don't let the stack fall.")
    return _made(w, text, _act(rels(Rel("on_table", top))))


def t224_rel_uni(w: World) -> Made:
    pair = w.pick([p for p in w.pairs() if w.state.base(p[1]) != BIN])
    if not pair:
        return None
    top, below = pair[0]
    text = f"the block the {_c(w, top)} one is sitting on, yeet that into the bin"
    return _made(w, text, _act(binned([below])))


def t224_rel_plain5(w: World) -> Made:
    src = _pick(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if src is None:
        return None
    dst = _pick(w, [b for b in w.bowls if b != src and _room(w, b) >= 1])
    if dst is None:
        return None
    block = w.state.in_bowl(src)[0]
    text = f"Could you move the block that's in the {_c(w, src)} bowl over to the {_c(w, dst)} bowl?"
    return _made(w, text, _act(rels(Rel("in", block, dst))))


# ----- keep -------------------------------------------------------------------------------------------
def t224_keep_postie(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    block = _pick(w, [b for b in _live(w) if b not in inside])
    if block is None:
        return None
    text = (f"Please deliver the {_c(w, block)} block to the bin, but leave whatever's in the {_c(w, bowl)} bowl "
            "exactly where it is.")
    return _made(w, text, _act(binned([block]), kept(*inside)))


def t224_keep_chinese(w: World) -> Made:
    below = _pick(w, _grounded(w))
    if below is None:
        return None
    top = _pick(w, [b for b in w.clear_blocks() if b != below])
    if top is None:
        return None
    stay = _pick(w, [b for b in _live(w) if b not in (top, below)])
    if stay is None:
        return None
    text = f"Put the {_c(w, top)} block on the {_c(w, below)} block, and keep {_c(w, stay)} block where it is now."
    return _made(w, text, _act(rels(Rel("on", top, below)), kept(stay)))


def t224_keep_yoga(w: World) -> Made:
    block = _pick(w, w.clear_blocks())
    if block is None:
        return None
    others = [b for b in w.blocks if b != block]
    text = f"Let the {_c(w, block)} block go to the bin, and leave everything else just as it is."
    return _made(w, text, _act(binned([block]), kept(*others)))


def t224_keep_careful2(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    stay = _pick(w, [b for b in _live(w) if b not in inside])
    if stay is None:
        return None
    text = (f"Could you empty the {_c(w, bowl)} bowl into the bin? Please don't move the {_c(w, stay)} block, "
            "keep it where it is.")
    return _made(w, text, _act(binned(inside), kept(stay)))


def t224_keep_uni(w: World) -> Made:
    stay = _pick(w, w.in_bowls())
    if stay is None:
        return None
    bowl = w.state.base(stay)
    below = _pick(w, [b for b in _grounded(w) if b != stay])
    if below is None:
        return None
    top = _pick(w, [b for b in w.clear_blocks() if b not in (below, stay)])
    if top is None:
        return None
    text = f"stack the {_c(w, top)} block on the {_c(w, below)} one but leave the {_c(w, stay)} one in its bowl"
    return _made(w, text, _act(rels(Rel("on", top, below), Rel("in", stay, bowl))))


def t224_keep_plain5(w: World) -> Made:
    block = _pick(w, _live(w))
    if block is None:
        return None
    stay = _pick(w, [b for b in _live(w) if b != block and b not in w.state.above(block)])
    if stay is None:
        return None
    text = f"Move the {_c(w, block)} block to the middle, but keep the {_c(w, stay)} block where it is."
    return _made(w, text, _act(rels(Rel("at", block, "middle")), kept(stay)))


# ----- multi-step -------------------------------------------------------------------------------------
def t224_multi_postie(w: World) -> Made:
    bowl = _pick(w, w.bowls)
    pair = w.pick(_live(w), 2)
    if bowl is None or len(pair) < 2:
        return None
    a, b = pair
    if w.state.base(a) != bowl and _room(w, bowl) < 1:
        return None
    text = (f"Two drops for you: first the {_c(w, a)} block to the {_c(w, bowl)} bowl, then take the {_c(w, b)} "
            "block to the bin.")
    return _made(w, text, _act(rels(Rel("in", a, bowl)), binned([b])))


def t224_multi_chinese(w: World) -> Made:
    base = _pick(w, _not_on_table(w))
    if base is None:
        return None
    top = _pick(w, [b for b in _live(w) if b != base])
    if top is None:
        return None
    text = (f"First put the {_c(w, base)} block on the table, after that put {_c(w, top)} block on the "
            f"{_c(w, base)} one.")
    return _made(w, text, _act(rels(Rel("stacked", base, top))))


def t224_multi_yoga(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    if len(pair) < 2:
        return None
    a, b = pair
    text = (f"Begin by placing the {_c(w, a)} block in the middle of the table. Then, softly, rest the {_c(w, b)} "
            "block on it.")
    return _made(w, text, _act(rels(Rel("at", a, "middle"), Rel("on", b, a))))


def t224_multi_careful2(w: World) -> Made:
    block = _pick(w, [b for b in w.in_bowls() if w.state.support[b] in w.bowls])
    if block is None:
        return None
    bowl = w.state.base(block)
    other = _pick(w, [b for b in _live(w) if w.state.base(b) != bowl])
    if other is None:
        return None
    text = (f"First, carefully lift the {_c(w, block)} block out of the {_c(w, bowl)} bowl and put it on the table. "
            f"Then put the {_c(w, other)} block in the {_c(w, bowl)} bowl. Slowly, please.")
    return _made(w, text, _act(rels(Rel("on_table", block), Rel("in", other, bowl))))


def t224_multi_uni(w: World) -> Made:
    bowl = _pick(w, [b for b in w.bowls if _room(w, b) >= 2])
    if bowl is None:
        return None
    pair = w.pick([b for b in _live(w) if w.state.base(b) != bowl], 2)
    if len(pair) < 2:
        return None
    a, b = pair
    text = f"first move the {_c(w, a)} block into the {_c(w, bowl)} bowl, then stack the {_c(w, b)} one on it"
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t224_multi_plain5(w: World) -> Made:
    pair = w.pick(_live(w), 2)
    place = _pick(w, list(PLACES[:4]))
    if len(pair) < 2 or place is None:
        return None
    a, b = pair
    text = f"Put the {_c(w, a)} block in the bin, and after that move the {_c(w, b)} block to the {place}."
    return _made(w, text, _act(binned([a]), rels(Rel("at", b, place))))


# ----- question ---------------------------------------------------------------------------------------
def t224_q_postie(w: World) -> Made:
    bowl = _pick(w, w.bowls)
    if bowl is None:
        return None
    n = len(w.state.in_bowl(bowl))
    return f"Quick one before my round: how many blocks are in the {_c(w, bowl)} bowl?", answered(str(n))


def t224_q_chinese(w: World) -> Made:
    block = _pick(w, [b for b in w.in_bowls() if w.state.support[b] in w.bowls])
    if block is None:
        return None
    bowl = w.state.base(block)
    return f"The {_c(w, block)} block, which bowl it is in now?", answered(bowl)


def t224_q_yoga(w: World) -> Made:
    pairs = [p for p in w.pairs() if w.state.base(p[1]) != BIN]
    if pairs and w.rng.random() < 0.5:
        top, below = w.pick(pairs)[0]
        flag = True
    else:
        two = w.pick(_live(w), 2)
        if len(two) < 2:
            return None
        top, below = two
        flag = w.state.support[top] == below
    return (f"Take a breath and tell me, is the {_c(w, top)} block resting on the {_c(w, below)} block?",
            answered(yes(flag)))


def t224_q_careful2(w: World) -> Made:
    block = _pick(w, _live(w))
    if block is None:
        return None
    flag = not w.state.is_clear(block)
    return (f"Before I ask you to move it: is there anything on top of the {_c(w, block)} block? "
            "I don't want something to fall off.", answered(yes(flag)))


def t224_q_uni(w: World) -> Made:
    pair = w.pick([p for p in w.pairs() if w.state.base(p[1]) != BIN])
    if not pair:
        return None
    top, below = pair[0]
    return f"whats on top of the {_c(w, below)} block rn", answered(top)


def t224_q_plain5(w: World) -> Made:
    block = _pick(w, w.in_bowls())
    if block is None:
        return None
    bowl = w.state.base(block)
    n = len(w.bowls)
    return (f"How many bowls are there on the table, and which one is the {_c(w, block)} block in?",
            answered(f"{n}|{bowl}"))


# ----- matching ---------------------------------------------------------------------------------------
def t224_match_postie(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != BIN]
    if not want:
        return None
    text = "Could you deliver each block to the bowl of its own colour? Same colour, same address!"
    return _made(w, text, _act(rels(*want)))


def t224_match_chinese(w: World) -> Made:
    want = _pick(w, [f"{r.block}|{r.target}" for r in matching(w) if w.state.base(r.block) != BIN])
    if want is None:
        return None
    block, bowl = want.split("|")
    text = f"Please put the {_c(w, block)} block in the bowl which has same colour with it."
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


def t224_match_yoga(w: World) -> Made:
    want = matching(w)
    paired = {r.block for r in want}
    rest = [b for b in _live(w) if b not in paired]
    if not want or not rest or len(rest) > 5:
        return None
    text = ("Guide each block into the bowl that shares its colour, and let the blocks with no matching bowl "
            "rest in the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t224_match_careful2(w: World) -> Made:
    want = matching(w)
    paired = {r.block for r in want}
    rest = [b for b in _live(w) if b not in paired]
    if not want or not rest:
        return None
    if any(p in paired for b in rest for p in _below(w.state, b)):
        return None  # a block that must stay would have to move out of the way
    text = ("Please sort the blocks into the bowls of the same colour, carefully. Any block that has no bowl of its "
            "colour, leave it exactly where it is.")
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t224_match_uni(w: World) -> Made:
    want = _pick(w, [f"{r.block}|{r.target}" for r in matching(w) if w.state.base(r.block) != BIN])
    if want is None:
        return None
    block, bowl = want.split("|")
    text = f"the block thats the same colour as the {_c(w, bowl)} bowl, chuck it in there"
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


def t224_match_plain5(w: World) -> Made:
    by_colour = {_c(w, b): b for b in w.bowls}
    refs = [b for b in _live(w) if _c(w, b) in by_colour]
    ref = _pick(w, refs)
    if ref is None:
        return None
    bowl = by_colour[_c(w, ref)]
    if _room(w, bowl) < 1:
        return None
    block = _pick(w, [b for b in _live(w) if b != ref and w.state.base(b) != bowl])
    if block is None:
        return None
    text = f"Put the {_c(w, block)} block into the bowl that's the same colour as the {_c(w, ref)} block."
    return _made(w, text, _act(rels(Rel("in", block, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("postie", "chinese", "yoga", "careful2", "uni", "plain5")
FRESH224: list[Template] = [
    (f"t224_{short}_{style}", category, globals()[f"t224_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
