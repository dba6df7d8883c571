"""`FRESH353`, the three-hundred-and-fifty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table through a chat window, each in the words they
would use anyway. Six personas write them:
- mechanic6: a mechanic, blunt, garage talk ("Chuck the red block in the blue bowl.")
- teacher7: a teacher, clear and step by step ("First, put the red block in the blue bowl. Second, ...")
- grandpa8: a grandpa, slow and old-fashioned ("Would you be so kind as to move the red block over to the top left corner?")
- polish6: a Polish speaker writing English with small slips ("Put the red block to the bin, please.")
- drill: a drill sergeant, shouted orders ("THE RED BLOCK GOES ON THE TABLE! NOW!")
- plain134: a plain, ordinary adult ("move the red block to the middle")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at cfc3ccb, the code of bf5dfea, before anything it could
prompt): 1.00 goal-correct (300 of 300), 0 refused, 0 questions, 0 wrong actions, 0 wrong replies.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)
_MARGIN = 0.03
_BIN_ROOM = len(layout.BIN_SLOTS)  # no more than this many blocks asked into the bin at once


# ----- helpers -----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(w: World, block: str) -> int:
    """How many blocks make the tower up to and including `block`."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _lone(w: World) -> list[str]:
    """Blocks standing alone on the table: nothing under, nothing on top."""
    return [b for b in w.blocks if w.state.support[b] in _GROUND and w.state.is_clear(b)]


def _grounded(w: World, block: str) -> bool:
    return w.state.support[block] in _GROUND


def _stackable(w: World) -> list[tuple[str, str]]:
    """(x, y): x can go on y, a clear block on the table side whose tower has room."""
    clear = w.clear_blocks()
    return [(x, y) for x in clear for y in clear
            if x != y and w.state.base(y) in _GROUND and _depth(w, y) < layout.MAX_TOWER]


def _one(w: World, items: list) -> object | None:
    return w.rng.choice(items) if items else None


def _extreme(w: World, key, lowest: bool) -> str | None:
    """The lone block with the smallest (or largest) key, clear of every other block by the margin."""
    others = [b for b in w.blocks if w.state.base(b) != BIN]
    cands = sorted(others, key=key, reverse=not lowest)
    if len(cands) < 2 or cands[0] not in _lone(w):
        return None
    win = cands[0]
    if any(abs(key(b) - key(win)) < _MARGIN for b in cands[1:]):
        return None
    return win


def _nearest(w: World, target: str) -> str | None:
    cands = sorted((b for b in w.blocks if w.state.base(b) not in (BIN, target)), key=lambda b: w.dist(b, target))
    if len(cands) < 2 or cands[0] not in _lone(w):
        return None
    if w.dist(cands[1], target) - w.dist(cands[0], target) < _MARGIN:
        return None
    return cands[0]


def _matching_ok(w: World, rels_: list[Rel]) -> bool:
    """Every bowl can take what the matching leaves in it."""
    moving = {r.block for r in rels_}
    for bowl in w.bowls:
        stay = {b for b in w.state.in_bowl(bowl) if b not in moving}
        new = {r.block for r in rels_ if r.target == bowl}
        if len(stay | new) > layout.BOWL_CAPACITY:
            return False
    return True


def _not_in_bowls(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) not in f.bowls for b in blocks)


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _up(text: str) -> str:
    return text.upper()


# ----- imperative ----------------------------------------------------------------------------------------
def t353_imp_mechanic6(w: World) -> Made:
    b, bowl = _one(w, w.clear_blocks()), _one(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    return _made(w, f"Chuck the {b} in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t353_imp_teacher7(w: World) -> Made:
    pair = _one(w, _stackable(w))
    if not pair:
        return None
    x, y = pair
    return _made(w, f"Please pick up the {x} and place it on top of the {y}.", _act(rels(Rel("on", x, y))))


def t353_imp_grandpa8(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Would you be so kind as to move the {b} over to the top left corner?",
                 _act(rels(Rel("at", b, PLACES[0]))))


def t353_imp_polish6(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Put the {b} to the bin, please.", _act(binned([b])))


def t353_imp_drill(w: World) -> Made:
    b = _one(w, [b for b in w.clear_blocks() if not _grounded(w, b)])
    if not b:
        return None
    return _made(w, _up(f"The {b}! Down on the table! Now!"), _act(rels(Rel("on_table", b))))


def t353_imp_plain134(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"move the {b} to the middle", _act(rels(Rel("at", b, PLACES[4]))))


# ----- declarative ---------------------------------------------------------------------------------------
def t353_dec_mechanic6(w: World) -> Made:
    b, bowl = _one(w, w.clear_blocks()), _one(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    return _made(w, f"The {b} goes in the {bowl}. That's where it lives.", _act(rels(Rel("in", b, bowl))))


def t353_dec_teacher7(w: World) -> Made:
    pair = _one(w, _stackable(w))
    if not pair:
        return None
    x, y = pair
    return _made(w, f"The {x} should be sitting on top of the {y}.", _act(rels(Rel("on", x, y))))


def t353_dec_grandpa8(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"Now, that {b} belongs in the bin, I'd say.", _act(binned([b])))


def t353_dec_polish6(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"The {b} have to be in the top right corner.", _act(rels(Rel("at", b, PLACES[1]))))


def t353_dec_drill(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, _up(f"The {b} belongs in the middle of the table, is that clear?"),
                 _act(rels(Rel("at", b, PLACES[4]))))


def t353_dec_plain134(w: World) -> Made:
    b = _one(w, [b for b in w.clear_blocks() if not _grounded(w, b)])
    if not b:
        return None
    return _made(w, f"The {b} needs to be on the table.", _act(rels(Rel("on_table", b))))


# ----- desiderative --------------------------------------------------------------------------------------
def t353_des_mechanic6(w: World) -> Made:
    pair = _one(w, _stackable(w))
    if not pair:
        return None
    x, y = pair
    return _made(w, f"I want the {x} sitting on the {y}. Do it.", _act(rels(Rel("on", x, y))))


def t353_des_teacher7(w: World) -> Made:
    b, bowl = _one(w, w.clear_blocks()), _one(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    return _made(w, f"I would like the {b} to end up in the {bowl}, please.", _act(rels(Rel("in", b, bowl))))


def t353_des_grandpa8(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"It would be nice if the {b} were over in the bottom left corner.",
                 _act(rels(Rel("at", b, PLACES[2]))))


def t353_des_polish6(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    if not b:
        return None
    return _made(w, f"I would like that the {b} is in the bin.", _act(binned([b])))


def t353_des_drill(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    return _made(w, _up(f"I want the {a} and the {b} in the bin on the double!"), _act(binned([a, b])))


def t353_des_plain134(w: World) -> Made:
    b = _one(w, [b for b in w.clear_blocks() if not _grounded(w, b)])
    if not b:
        return None
    return _made(w, f"I'd like the {b} back on the table, please.", _act(rels(Rel("on_table", b))))


# ----- quantified ----------------------------------------------------------------------------------------
def t353_qua_mechanic6(w: World) -> Made:
    if len(w.blocks) > _BIN_ROOM:
        return None
    return _made(w, "Dump every block in the bin. All of 'em.", _act(binned(w.blocks)))


def t353_qua_teacher7(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"Please put two blocks in the {bowl}.", _act(count_in(bowl, 2)))


def t353_qua_grandpa8(w: World) -> Made:
    bowl = _one(w, w.bowls)
    loose = w.state.on_the_table()
    if not bowl or len(loose) < 2 or not _room(w, bowl, len(loose)):
        return None
    return _made(w, f"Would you put all of the blocks that are on the table into the {bowl}?",
                 _act(rels(*(Rel("in", b, bowl) for b in loose))))


def t353_qua_polish6(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "Please put all blocks from the bowls to the bin.", _act(binned(inside)))


def t353_qua_drill(w: World) -> Made:
    loose = w.state.on_the_table()
    if not w.in_bowls() or not loose or len(loose) > _BIN_ROOM:
        return None
    return _made(w, "EVERY BLOCK THAT IS NOT IN A BOWL GOES IN THE BIN! MOVE!", _act(binned(loose)))


def t353_qua_plain134(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    return _made(w, "Put three blocks in the bin.", _act(_bin_count(3)))


# ----- negated -------------------------------------------------------------------------------------------
def t353_neg_mechanic6(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"Nothing stays in the {bowl}. Clear it out.", _act(empty(bowl)))


def t353_neg_teacher7(w: World) -> Made:
    b = _one(w, w.blocks)
    others = [o for o in w.blocks if o != b]
    if len(others) > _BIN_ROOM:
        return None
    return _made(w, f"Please put every block except the {b} into the bin.",
                 _act(binned(others), none_binned([b])))


def t353_neg_grandpa8(w: World) -> Made:
    pair = _one(w, w.pairs())
    if not pair:
        return None
    top, below = pair
    return _made(w, f"I'd rather the {top} wasn't sitting on the {below} any more, if you please.",
                 _act(rels(Rel("on", top, below, negated=True))))


def t353_neg_polish6(w: World) -> Made:
    b = _one(w, [b for b in w.in_bowls() if w.state.is_clear(b)])
    if not b:
        return None
    bowl = w.state.base(b)
    return _made(w, f"The {b} must not be in the {bowl}, take it out please.",
                 _act(rels(Rel("in", b, bowl, negated=True))))


def t353_neg_drill(w: World) -> Made:
    if not w.pairs():
        return None
    blocks = set(w.blocks)
    return _made(w, "NOTHING STACKED! NO BLOCK SITS ON ANOTHER BLOCK, GOT IT?",
                 _act(lambda _i, f: all(f.support[b] not in blocks for b in f.blocks)))


def t353_neg_plain134(w: World) -> Made:
    inside = w.in_bowls()
    b = _one(w, [b for b in inside if w.state.support[b] in w.bowls])
    if not b or len(inside) < 2:
        return None
    others = [o for o in inside if o != b]
    return _made(w, f"Get every block out of the bowls, except the {b}.",
                 _act(_not_in_bowls(others), rels(Rel("in", b, w.state.base(b)))))


# ----- relative ------------------------------------------------------------------------------------------
def t353_rel_mechanic6(w: World) -> Made:
    pair = _one(w, [p for p in w.pairs() if w.state.is_clear(p[0])])
    if not pair:
        return None
    top, below = pair
    return _made(w, f"Whatever block's sitting on the {below}, bin it.", _act(binned([top])))


def t353_rel_teacher7(w: World) -> Made:
    bowl = _one(w, w.bowls)
    b = _nearest(w, bowl) if bowl else None
    if not b:
        return None
    return _made(w, f"Please take the block that is closest to the {bowl} and put it in the bin.",
                 _act(binned([b])))


def t353_rel_grandpa8(w: World) -> Made:
    b, bowl = _extreme(w, w.y, lowest=True), _one(w, w.bowls)
    if not b or not bowl or not _room(w, bowl):
        return None
    return _made(w, f"The block furthest over on the left there, would you put it in the {bowl}?",
                 _act(rels(Rel("in", b, bowl))))


def t353_rel_polish6(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bowl:
        return None
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"Take the block which is in the {bowl} and put it on the table please.",
                 _act(rels(Rel("on_table", b))))


def t353_rel_drill(w: World) -> Made:
    b = _extreme(w, w.y, lowest=False)
    if not b:
        return None
    return _made(w, "THE RIGHTMOST BLOCK GOES TO THE BOTTOM RIGHT CORNER! MOVE IT!", _act(rels(Rel("at", b, PLACES[3]))))


def t353_rel_plain134(w: World) -> Made:
    pair = _one(w, w.pairs())
    if not pair:
        return None
    top, below = pair
    return _made(w, f"Put the block under the {top} in the bin.", _act(binned([below])))


# ----- keep ----------------------------------------------------------------------------------------------
def t353_keep_mechanic6(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    k = _one(w, [o for o in w.blocks if o != b]) if b else None
    if not k:
        return None
    return _made(w, f"Bin the {b}. Leave the {k} alone.", _act(binned([b]), kept(k)))


def t353_keep_teacher7(w: World) -> Made:
    pair = _one(w, _stackable(w))
    z = _one(w, [o for o in w.blocks if o not in pair]) if pair else None
    if not z:
        return None
    x, y = pair
    return _made(w, f"Please put the {x} on the {y}, but leave the {z} where it is.",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t353_keep_grandpa8(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if len(w.bowls) < 2 or not full:
        return None
    bowl = w.rng.choice(full)
    other = w.rng.choice([b for b in w.bowls if b != bowl])
    inside = w.state.in_bowl(other)
    same = lambda i, f: sorted(f.in_bowl(other)) == sorted(i.in_bowl(other))
    return _made(w, f"Empty out the {bowl} for me, but don't you touch the {other}.",
                 _act(empty(bowl), same, kept(*inside)))


def t353_keep_polish6(w: World) -> Made:
    b = _one(w, [b for b in w.blocks if w.state.support[b] not in w.state.support])
    if not b:
        return None
    others = [o for o in w.blocks if o != b]
    if len(others) > _BIN_ROOM:
        return None
    return _made(w, f"Put all blocks in the bin, but the {b} leave where it is.", _act(binned(others), kept(b)))


def t353_keep_drill(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    k = _one(w, [o for o in w.blocks if o != b]) if b else None
    if not k:
        return None
    return _made(w, _up(f"Move the {b} to the middle! Do not touch the {k}!"),
                 _act(rels(Rel("at", b, PLACES[4])), kept(k)))


def t353_keep_plain134(w: World) -> Made:
    pair = _one(w, _stackable(w))
    if not pair:
        return None
    x, y = pair
    rest = [o for o in w.blocks if o != x]
    return _made(w, f"Stack the {x} on the {y} and don't move anything else.",
                 _act(rels(Rel("on", x, y)), kept(*rest)))


# ----- multi_step ----------------------------------------------------------------------------------------
def t353_multi_mechanic6(w: World) -> Made:
    pair = _one(w, _stackable(w))
    r = _one(w, [b for b in w.clear_blocks() if b not in pair]) if pair else None
    if not r:
        return None
    x, y = pair
    return _made(w, f"First the {r} in the bin, then the {x} on the {y}.",
                 _act(binned([r]), rels(Rel("on", x, y))))


def t353_multi_teacher7(w: World) -> Made:
    three, bowl = w.pick(w.clear_blocks(), 3), _one(w, w.bowls)
    if not three or not bowl:
        return None
    a, b, c = three
    if w.state.base(a) != bowl and not _room(w, bowl):
        return None
    text = (f"First, put the {a} in the {bowl}. Second, put the {b} in the bin. "
            f"Third, move the {c} to the middle.")
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in_bin", b), Rel("at", c, PLACES[4]))))


def t353_multi_grandpa8(w: World) -> Made:
    pair = _one(w, [p for p in w.pairs() if w.state.is_clear(p[0])])
    if not pair:
        return None
    top, below = pair
    return _made(w, f"Start by taking the {top} off the {below} and setting it down on the table, "
                    f"and after that, put the {below} in the bin.",
                 _act(rels(Rel("on_table", top)), binned([below])))


def t353_multi_polish6(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    return _made(w, f"First put the {a} to the middle, after this put the {b} on it.",
                 _act(rels(Rel("at", a, PLACES[4]), Rel("on", b, a))))


def t353_multi_drill(w: World) -> Made:
    two = w.pick(w.clear_blocks(), 2)
    if not two:
        return None
    a, b = two
    return _made(w, _up(f"First the {a} to the top left corner! Then the {b} to the top right corner! Go!"),
                 _act(rels(Rel("at", a, PLACES[0]), Rel("at", b, PLACES[1]))))


def t353_multi_plain134(w: World) -> Made:
    two, bowl = w.pick(w.clear_blocks(), 2), _one(w, w.bowls)
    if not two or not bowl:
        return None
    a, b = two
    need = (w.state.base(a) != bowl) + (w.state.base(b) != bowl)
    if not _room(w, bowl, need):
        return None
    return _made(w, f"Put the {a} in the {bowl} and then stack the {b} on top of it.",
                 _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


# ----- question ------------------------------------------------------------------------------------------
def t353_q_mechanic6(w: World) -> Made:
    bowl = _one(w, w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"What's in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t353_q_teacher7(w: World) -> Made:
    return "How many blocks are on the table right now?", answered(str(w.state.count_at(TABLE)))


def t353_q_grandpa8(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
    else:
        top, below = w.pick(w.blocks, 2)
    flag = holds(Rel("on", top, below), w.state)
    return f"Is the {top} sitting on the {below}?", answered(yes(flag))


def t353_q_polish6(w: World) -> Made:
    b = _one(w, w.blocks)
    s = w.state.support[b]
    return f"Where is the {b}?", answered(TABLE if s in _GROUND else s)


def t353_q_drill(w: World) -> Made:
    bowl = _one(w, w.bowls)
    return _up(f"How many blocks are in the {bowl}? Answer me!"), answered(str(len(w.state.in_bowl(bowl))))


def t353_q_plain134(w: World) -> Made:
    pair = _one(w, w.pairs())
    if not pair:
        return None
    top, below = pair
    return f"What's on top of the {below}?", answered(top)


# ----- matching ------------------------------------------------------------------------------------------
def _all_matched(w: World, text: str) -> Made:
    want = matching(w)
    if not want or not _matching_ok(w, want):
        return None
    return _made(w, text, _act(rels(*want)))


def t353_match_mechanic6(w: World) -> Made:
    return _all_matched(w, "Sort the blocks into the bowls by colour.")


def t353_match_teacher7(w: World) -> Made:
    return _all_matched(w, "Please put each block into the bowl of the same colour, if there is one.")


def t353_match_grandpa8(w: World) -> Made:
    r = _one(w, matching(w))
    if not r or not _room(w, r.target):
        return None
    return _made(w, f"Would you put the {r.block} in the bowl that's the same colour as it?", _act(rels(r)))


def t353_match_polish6(w: World) -> Made:
    return _all_matched(w, "Put the blocks in the bowls with the same colours, please.")


def t353_match_drill(w: World) -> Made:
    return _all_matched(w, "EVERY BLOCK INTO THE BOWL OF ITS OWN COLOUR! MOVE IT, MOVE IT!")


def t353_match_plain134(w: World) -> Made:
    want = matching(w)
    b = _one(w, [r.block for r in want if not holds(r, w.state) and w.state.support[r.block] not in w.state.support])
    if not b:
        return None
    rest = [r for r in want if r.block != b]
    if not rest or not _matching_ok(w, rest):
        return None
    return _made(w, f"Match the blocks to the bowls by colour, but leave the {b} where it is.",
                 _act(rels(*rest), kept(b)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mechanic6", "teacher7", "grandpa8", "polish6", "drill", "plain134")
FRESH353: list[Template] = [
    (f"t353_{short}_{style}", category, globals()[f"t353_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
