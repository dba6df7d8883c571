"""`FRESH211`, the two-hundred-and-twelfth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six kinds of people write them:
- student: a university student between lectures, casual: "ok so can u put the red block in the blue bowl lol"
- retiree: a retired man, full sentences, a bit long-winded: "If you would be so good, I'd like you to take the red
  block and set it down on top of the blue block."
- parent: a parent typing with a toddler on their lap, short bursts, interrupted: "all the blocks in the bin pls.
  sorry - kid. ALL of them"
- office: an office worker, crisp business chat: "Pls move the yellow block to the bin asap. Thx."
- teen: a teenager, slang, lowercase, no apostrophes: "i want the red block and the blue block in the bin lowkey"
- spanish: a Spanish speaker writing English with small slips: "The orange block must to be on top of the white
  block, please."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 6e09211, the code of 90bcadd, before anything it could prompt): 0.87
goal-correct (261 of 300), 33 refused, five wrong actions and one wrong reply. The wrong actions: the parent's "match them
up - each block in the bowl same colour. sorry - kid. the rest in the bin" binned every block, matching ones too. The
wrong reply: "how many blocks has the white bowl?". The refusals: the retiree's "and the orange block along with it, if
it's no bother to you", "to hold exactly two blocks, whichever two you please", the parent's "wait no not the red. the
purple block.", the office worker's "Any blocks are fine, pls action asap", the teen's "doesnt have a bowl the same
colour", and the Spanish speaker's "but no the blocks that are inside the bowls" and "but the bowls, leave them like they
are".
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
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = [p for p in PLACES if "corner" in p]
_MIDDLE = next(p for p in PLACES if "middle" in p)
_BIN_ROOM = len(layout.BIN_SLOTS)


# ----- small helpers of this batch ---------------------------------------------------------------------
def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _act(*parts: Rel | Check) -> Check:
    """An action's check: every relation and every check holds at the end, and the gripper is empty."""
    want = [p for p in parts if isinstance(p, Rel)]
    checks = [p for p in parts if not isinstance(p, Rel)]
    return lambda i, f: (
        f.held is None and all(holds(r, f, i) for r in want) and all(c(i, f) for c in checks)
    )


def _free(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _level(s: SymState, block: str) -> int:
    """1 for a block resting on the table, a bowl or a place; 2 for one on such a block; and so on."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_top(s: SymState, block: str) -> bool:
    """Whether another block may go on `block` without making its tower too high."""
    return s.base(block) != BIN and _level(s, block) < layout.MAX_TOWER


def _room(s: SymState, bowl: str, *incoming: str) -> bool:
    """Whether `bowl` can take the incoming blocks besides what it holds already."""
    staying = [b for b in s.in_bowl(bowl) if b not in incoming]
    return len(staying) + len(incoming) <= layout.BOWL_CAPACITY


def _on_tbl(s: SymState, block: str) -> bool:
    return s.support[block] in (TABLE, *PLACES)


def _colour_word(w: World, block: str) -> str:
    return w.colour(block)


def _bowl_contents_same(bowls: list[str]) -> Check:
    """Every bowl named holds the same blocks, each resting where it rested."""
    def check(i: SymState, f: SymState) -> bool:
        for bowl in bowls:
            before = sorted(i.in_bowl(bowl))
            if sorted(f.in_bowl(bowl)) != before or any(i.support[b] != f.support[b] for b in before):
                return False
        return True
    return check


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower (any order), standing anywhere but the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.base(bottoms[0]) == BIN:
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in group]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)
    return check


def _in_bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _not_in(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _towers_ok_pairs(w: World) -> list[tuple[str, str]]:
    """(a, b): a may be put on b."""
    s, free = w.state, _free(w)
    return [(a, b) for a in free for b in free if a != b and _can_top(s, b) and s.support[a] != b]


def _nearest(w: World, ref: str, among: list[str], margin: float = 0.04) -> str | None:
    """The block of `among` nearest `ref`, when it is clearly the nearest."""
    ranked = sorted(among, key=lambda b: w.dist(b, ref))
    if not ranked:
        return None
    if len(ranked) > 1 and w.dist(ranked[1], ref) - w.dist(ranked[0], ref) < margin:
        return None
    return ranked[0]


# ----- imperative ---------------------------------------------------------------------------------------
def t211_imp_student(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _free(w) if w.state.base(b) != bowl and _room(w.state, bowl, b)]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    text = f"ok so can u put the {blk} in the {bowl} lol"
    return _made(w, text, _act(Rel("in", blk, bowl)))


def t211_imp_retiree(w: World) -> Made:
    pairs = _towers_ok_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"Good morning. If you would be so good, I'd like you to take the {a} and set it down on top of "
            f"the {b}. Thank you kindly.")
    return _made(w, text, _act(Rel("on", a, b)))


def t211_imp_parent(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    blk = w.rng.choice(free)
    place = w.rng.choice(_CORNERS)
    short = place.replace(" corner", "")
    text = f"move the {blk} to the {short}.. sorry - kid grabbed my hand. the {place} i mean"
    return _made(w, text, _act(Rel("at", blk, place)))


def t211_imp_office(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    blk = w.rng.choice(free)
    text = f"Pls move the {blk} to the bin asap. Thx."
    return _made(w, text, _act(Rel("in_bin", blk)))


def t211_imp_teen(w: World) -> Made:
    pairs = _towers_ok_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"yo stack the {a} on the {b} real quick"
    return _made(w, text, _act(Rel("on", a, b)))


def t211_imp_spanish(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    blk = w.rng.choice(free)
    text = f"Please, you can put the {blk} in the middle of the table?"
    return _made(w, text, _act(Rel("at", blk, _MIDDLE)))


# ----- declarative --------------------------------------------------------------------------------------
def t211_dec_student(w: World) -> Made:
    pairs = _towers_ok_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"the {a} should be sitting on the {b} tbh"
    return _made(w, text, _act(Rel("on", a, b)))


def t211_dec_retiree(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    if not _room(w.state, bowl, a, b):
        return None
    text = (f"I do think the {a} ought to be in the {bowl}, and the {b} along with it, if it's no bother "
            f"to you.")
    return _made(w, text, _act(Rel("in", a, bowl), Rel("in", b, bowl)))


def t211_dec_parent(w: World) -> Made:
    bowl_colours = {w.colour(b) for b in w.bowls}
    free = _free(w)
    if len(free) < 2:
        return None
    a, b = w.pick(free, 2)
    if w.colour(b) in bowl_colours:
        return None
    text = f"the {a} goes in the bin. and the {_colour_word(w, b)} one too. sorry - kid"
    return _made(w, text, _act(binned([a, b])))


def t211_dec_office(w: World) -> Made:
    free = _free(w)
    if len(free) < 3:
        return None
    a, b, c = w.pick(free, 3)
    if _level(w.state, c) + 2 > layout.MAX_TOWER:
        return None
    text = f"FYI the {a} needs to be on the {b}, and the {b} on the {c}. Pls action."
    return _made(w, text, _act(Rel("on", a, b), Rel("on", b, c)))


def t211_dec_teen(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    blk = w.rng.choice(cands)
    bowl = w.state.base(blk)
    text = f"the {blk} is supposed to be on the table not in the {bowl} fr"
    return _made(w, text, _act(Rel("on_table", blk)))


def t211_dec_spanish(w: World) -> Made:
    pairs = _towers_ok_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"The {a} must to be on top of the {b}, please."
    return _made(w, text, _act(Rel("on", a, b)))


# ----- desiderative -------------------------------------------------------------------------------------
def t211_des_student(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    if len(inside) > _BIN_ROOM:
        return None
    text = f"i'd like the {bowl} empty tbh, just chuck whatever's in it in the bin"
    return _made(w, text, _act(empty(bowl), binned(inside)))


def t211_des_retiree(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _free(w) if w.state.base(b) != bowl and _room(w.state, bowl, b)]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    text = f"What I should like, if you would be so good, is to see the {blk} sitting in the {bowl}."
    return _made(w, text, _act(Rel("in", blk, bowl)))


def t211_des_parent(w: World) -> Made:
    pairs = _towers_ok_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"want the {a} on the {b}. sorry - kid. {w.colour(a)} block on {w.colour(b)} block pls"
    return _made(w, text, _act(Rel("on", a, b)))


def t211_des_office(w: World) -> Made:
    free = _free(w)
    if not free:
        return None
    blk = w.rng.choice(free)
    place = w.rng.choice(_CORNERS)
    text = f"My goal here is to have the {blk} in the {place}. Thanks in advance."
    return _made(w, text, _act(Rel("at", blk, place)))


def t211_des_teen(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    a, b = w.pick(free, 2)
    text = f"i want the {a} and the {b} in the bin lowkey"
    return _made(w, text, _act(binned([a, b])))


def t211_des_spanish(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"I would like the {a} on the table and no more on top of the {b}."
    return _made(w, text, _act(Rel("on_table", a)))


# ----- quantified ---------------------------------------------------------------------------------------
def t211_qua_student(w: World) -> Made:
    tops = [a for a, _b in w.pairs()]
    if not tops:
        return None
    text = "hey can u take every block thats sitting on another block and put it on the table lol"
    return _made(w, text, _act(*(Rel("on_table", a) for a in tops)))


def t211_qua_retiree(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(bowl)) == 2 or len(_free(w)) < 3:
        return None
    text = f"I should like the {bowl} to hold exactly two blocks, whichever two you please."
    return _made(w, text, _act(count_in(bowl, 2)))


def t211_qua_parent(w: World) -> Made:
    if len(w.blocks) > _BIN_ROOM:
        return None
    text = "all the blocks in the bin pls. sorry - kid. ALL of them"
    return _made(w, text, _act(binned(w.blocks)))


def t211_qua_office(w: World) -> Made:
    if len(w.bowls) < 2 or len(_free(w)) < len(w.bowls) + 1:
        return None
    if not any(w.state.in_bowl(b) for b in w.bowls):
        text = "Pls put one block in each bowl, doesn't matter which. Thx."
        return _made(w, text, _act(*(count_in(b, 1) for b in w.bowls)))
    text = "FYI every bowl needs at least one block in it. Any blocks are fine, pls action asap."
    return _made(w, text, _act(*(count_in(b, 1, exact=False) for b in w.bowls)))


def t211_qua_teen(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER or len(_free(w)) != len(w.blocks):
        return None
    text = "ngl just stack all the blocks into one big tower"
    return _made(w, text, _act(_one_tower(w.blocks)))


def t211_qua_spanish(w: World) -> Made:
    if any(w.state.base(b) == BIN for b in w.blocks) or len(w.blocks) < 4:
        return None
    text = "Is possible to put three blocks in the bin? Which ones is not important."
    return _made(w, text, _act(_in_bin_count(3)))


# ----- negated ------------------------------------------------------------------------------------------
def t211_neg_student(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"tbh i dont want any blocks in the {bowl} anymore lol. put them wherever"
    return _made(w, text, _act(empty(bowl)))


def t211_neg_retiree(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in _free(w) if w.state.base(b) != bowl]
    if len(free) < 2:
        return None
    spare = w.rng.choice(free)
    others = [b for b in _free(w) if b != spare]
    if len(others) < 2 or len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Would you kindly put all of the blocks, apart from the {spare}, into the {bowl}?"
    return _made(w, text, _act(*(Rel("in", b, bowl) for b in others), _not_in(spare, bowl)))


def t211_neg_parent(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    wrong, right = w.pick(free, 2)
    text = (f"put the {wrong} in the bin. wait no not the {w.colour(wrong)}. the {right}. sorry - kid")
    return _made(w, text, _act(binned([right]), none_binned([wrong])))


def t211_neg_office(w: World) -> Made:
    free = _free(w)
    if len(free) < 3:
        return None
    x, y = w.pick(free, 2)
    others = [b for b in free if b not in (x, y)]
    if len(others) > _BIN_ROOM:
        return None
    text = f"Please move all blocks except the {x} and the {y} into the bin."
    return _made(w, text, _act(binned(others), none_binned([x, y])))


def t211_neg_teen(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"get the {a} off the {b} but dont put it in the bin"
    return _made(w, text, _act(Rel("on", a, b, negated=True), Rel("in_bin", a, negated=True)))


def t211_neg_spanish(w: World) -> Made:
    in_bowls = w.in_bowls()
    loose = [b for b in _free(w) if b not in in_bowls]
    if not in_bowls or not loose or len(loose) > _BIN_ROOM:
        return None
    text = "Move to the bin all the blocks, but no the blocks that are inside the bowls."
    return _made(w, text, _act(binned(loose), none_binned(in_bowls)))


# ----- relative -----------------------------------------------------------------------------------------
def t211_rel_student(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"whatever block is on top of the {below}, put it in the bin lol"
    return _made(w, text, _act(Rel("in_bin", top)))


def t211_rel_retiree(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if w.state.base(below) != b and _room(w.state, b, below)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"Would you be so good as to take the block that is sitting underneath the {top} and put it into "
            f"the {bowl}?")
    return _made(w, text, _act(Rel("in", below, bowl)))


def t211_rel_parent(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blk = _nearest(w, bowl, _free(w))
    if blk is None:
        return None
    text = f"the block thats closest to the {bowl}.. put it in the bin pls. sorry - kid"
    return _made(w, text, _act(Rel("in_bin", blk)))


def t211_rel_office(w: World) -> Made:
    s = w.state
    refs = [b for b in _free(w) if s.is_clear(b) and s.support[b] not in s.support and s.base(b) not in s.bowls]
    if not refs:
        return None
    ref = w.rng.choice(refs)
    blk = _nearest(w, ref, [b for b in _free(w) if b != ref])
    if blk is None:
        return None
    place = w.rng.choice(_CORNERS)
    text = f"Need whichever block is closest to the {ref} moved to the {place} asap."
    return _made(w, text, _act(Rel("at", blk, place)))


def t211_rel_teen(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _free(w) if s.on_top(b) and s.support[b] not in s.support]
    if len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    text = "take the top block off the tower and put it in the middle lol"
    return _made(w, text, _act(Rel("at", top, _MIDDLE)))


def t211_rel_spanish(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    blk = w.state.in_bowl(bowl)[0]
    text = f"The block that is in the {bowl}, put it on the table, please."
    return _made(w, text, _act(Rel("on_table", blk)))


# ----- keep ---------------------------------------------------------------------------------------------
def t211_keep_student(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in _free(w) if w.state.base(b) != bowl and _room(w.state, bowl, b)]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    stay = [b for b in _free(w) if b != blk and b not in w.state.above(blk)]
    if not stay:
        return None
    still = w.rng.choice(stay)
    text = f"put the {blk} in the {bowl} but dont move the {still} lol thx"
    return _made(w, text, _act(Rel("in", blk, bowl), kept(still)))


def t211_keep_retiree(w: World) -> Made:
    cands = [b for b in _free(w) if w.state.is_clear(b)]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    rest = [b for b in w.blocks if b != blk]
    text = (f"I'd be grateful if you would put the {blk} into the bin, and leave everything else exactly as it "
            f"is. Much obliged.")
    return _made(w, text, _act(Rel("in_bin", blk), kept(*rest)))


def t211_keep_parent(w: World) -> Made:
    pairs = _towers_ok_pairs(w)
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    s = w.state
    stay = [c for c in _free(w) if c not in (a, b) and c not in s.above(a) and c not in s.above(b)]
    if not stay:
        return None
    still = w.rng.choice(stay)
    text = f"put the {a} on the {b}. leave the {still} alone. sorry - kid"
    return _made(w, text, _act(Rel("on", a, b), kept(still)))


def t211_keep_office(w: World) -> Made:
    in_bowls = w.in_bowls()
    cands = [b for b in _free(w) if b not in in_bowls]
    if not in_bowls or not cands:
        return None
    blk = w.rng.choice(cands)
    place = w.rng.choice(_CORNERS)
    text = f"Action item: move the {blk} to the {place}. Keep everything in the bowls where it is pls."
    return _made(w, text, _act(Rel("at", blk, place), kept(*in_bowls)))


def t211_keep_teen(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if len(w.bowls) < 2 or not full:
        return None
    bowl = w.rng.choice(full)
    other = w.rng.choice([b for b in w.bowls if b != bowl])
    inside = w.state.in_bowl(bowl)
    text = f"yo empty the {bowl} into the bin but keep the {other} exactly how it is"
    return _made(w, text, _act(empty(bowl), binned(inside), _bowl_contents_same([other])))


def t211_keep_spanish(w: World) -> Made:
    in_bowls = w.in_bowls()
    pairs = [(a, b) for a, b in _towers_ok_pairs(w) if a not in in_bowls and b not in in_bowls]
    if not in_bowls or not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Put the {a} on the {b}, but the bowls, leave them like they are."
    return _made(w, text, _act(Rel("on", a, b), _bowl_contents_same(w.bowls)))


# ----- multi_step ---------------------------------------------------------------------------------------
def t211_multi_student(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = _free(w)
    if len(free) < 2:
        return None
    a, c = w.pick(free, 2)
    if not _room(w.state, bowl, a, c):
        return None
    text = f"ok so first the {a} in the {bowl}, then the {c} on top of it lol"
    return _made(w, text, _act(Rel("in", a, bowl), Rel("on", c, a)))


def t211_multi_retiree(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [b for b in w.bowls if w.state.base(below) != b and _room(w.state, b, below)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"First, if you would, take the {top} off the {below} and set it on the table; after that, "
            f"kindly place the {below} in the {bowl}.")
    return _made(w, text, _act(Rel("on_table", top), Rel("in", below, bowl)))


def t211_multi_parent(w: World) -> Made:
    free = _free(w)
    if len(free) < 3:
        return None
    a, b, c = w.pick(free, 3)
    text = f"first the {a} in the bin. then the {b}. sorry - kid. then the {c} in the bin too"
    return _made(w, text, _act(binned([a, b, c])))


def t211_multi_office(w: World) -> Made:
    free = _free(w)
    if len(free) < 2:
        return None
    a, b = w.pick(free, 2)
    place = w.rng.choice(_CORNERS)
    text = f"Step 1: move the {a} to the {place}. Step 2: put the {b} on it. Thx."
    return _made(w, text, _act(Rel("at", a, place), Rel("on", b, a)))


def t211_multi_teen(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    text = f"first empty the {bowl} then put the {blk} in it"
    return _made(w, text, _act(lambda _i, f: sorted(f.in_bowl(bowl)) == [blk]))


def t211_multi_spanish(w: World) -> Made:
    s = w.state
    cands = [b for b in _free(w) if not _on_tbl(s, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in _free(w) if b != a]
    if not others:
        return None
    b = w.rng.choice(others)
    text = f"First you put the {a} on the table, and after you put the {b} on the {a}."
    return _made(w, text, _act(Rel("on_table", a), Rel("on", b, a)))


# ----- question -----------------------------------------------------------------------------------------
def t211_q_student(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return f"quick q lol how many blocks are in the {bowl} rn", answered(str(n))


def t211_q_retiree(w: World) -> Made:
    blk = w.rng.choice(_free(w) or w.blocks)
    on = w.state.on_top(blk)
    text = f"Could you tell me, if it's not too much trouble, what is sitting on top of the {blk}?"
    return text, answered(on[0] if on else "nothing")


def t211_q_parent(w: World) -> Made:
    blk = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    return f"is the {blk} in the {bowl}? sorry - kid", answered(yes(w.state.base(blk) == bowl))


def t211_q_office(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.blocks)
    text = f"Quick Q: how many blocks are there in total, and is the {bowl} empty? Thx"
    return text, answered(f"{n}|{yes(not w.state.in_bowl(bowl))}")


def t211_q_teen(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"wait which block is under the {top} rn", answered(below)


def t211_q_spanish(w: World) -> Made:
    in_bowls = w.in_bowls()
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not in_bowls or not full:
        return None
    blk = w.rng.choice(in_bowls)
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    text = f"In which bowl is the {blk}? And how many blocks has the {bowl}?"
    return text, answered(f"{w.state.base(blk)}|{n}")


# ----- matching -----------------------------------------------------------------------------------------
def _matched(w: World) -> list[str]:
    """Blocks that have a bowl of their colour (and are not in the bin)."""
    colours = {w.colour(b) for b in w.bowls}
    return [b for b in _free(w) if w.colour(b) in colours]


def _bowl_of(w: World, block: str) -> str:
    return next(b for b in w.bowls if w.colour(b) == w.colour(block))


def t211_match_student(w: World) -> Made:
    if not _matched(w):
        return None
    text = "can u put each block in the bowl thats the same colour as it lol"
    return _made(w, text, _act(*matching(w)))


def t211_match_retiree(w: World) -> Made:
    cands = [b for b in _matched(w) if _room(w.state, _bowl_of(w, b), b)]
    if not cands:
        return None
    blk = w.rng.choice(cands)
    text = f"If you would be so kind, put the {blk} into the bowl of the same colour. I'd be most grateful."
    return _made(w, text, _act(Rel("in", blk, _bowl_of(w, blk))))


def t211_match_parent(w: World) -> Made:
    match = _matched(w)
    others = [b for b in _free(w) if b not in match]
    if not match or not others or len(others) > _BIN_ROOM:
        return None
    text = "match them up - each block in the bowl same colour. sorry - kid. the rest in the bin"
    return _made(w, text, _act(*matching(w), binned(others)))


def t211_match_office(w: World) -> Made:
    s = w.state
    match = _matched(w)
    others = [b for b in w.blocks if b not in match]
    if not match:
        return None
    moving = [b for b in match if s.base(b) != _bowl_of(w, b)]
    if any(o in s.above(m) for m in moving for o in others):
        return None
    for bowl in w.bowls:
        staying = [b for b in s.in_bowl(bowl) if b in others]
        if len(staying) + sum(1 for m in match if _bowl_of(w, m) == bowl) > layout.BOWL_CAPACITY:
            return None
    text = "Pls sort: blocks with a matching bowl go in it, everything else stays put."
    return _made(w, text, _act(*matching(w), kept(*others)))


def t211_match_teen(w: World) -> Made:
    match = _matched(w)
    others = [b for b in _free(w) if b not in match]
    if not match or not others or len(others) > _BIN_ROOM:
        return None
    text = "put every block that doesnt have a bowl the same colour in the bin ngl"
    return _made(w, text, _act(binned(others)))


def t211_match_spanish(w: World) -> Made:
    cands = [b for b in _matched(w) if w.state.base(b) != _bowl_of(w, b)]
    if not cands:
        return None
    if len(cands) >= 2:
        a, b = w.pick(cands, 2)
        text = f"Please, the {a} put it in the bowl of same colour, and the {b} also in his bowl."
        return _made(w, text, _act(Rel("in", a, _bowl_of(w, a)), Rel("in", b, _bowl_of(w, b))))
    a = cands[0]
    if not _room(w.state, _bowl_of(w, a), a):
        return None
    text = f"Please, the {a} put it in the bowl of same colour than it."
    return _made(w, text, _act(Rel("in", a, _bowl_of(w, a))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("student", "retiree", "parent", "office", "teen", "spanish")
FRESH211: list[Template] = [
    (f"t211_{short}_{style}", category, globals()[f"t211_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
