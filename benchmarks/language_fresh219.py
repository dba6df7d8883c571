"""`FRESH219`, the two-hundred-and-twentieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six personas, one style each:
- aunt: "Oh hello dear, could you pop the red block into the blue bowl for me? Bless you."
- programmer2: "bin all blocks except the red block and the green block, i.e. those two stay out of the bin"
- sailor: "Stow the green block in the bin and be quick about it. Aye aye."
- hindi: "Kindly place the red block at the top left corner itself."
- blunt: "The yellow block goes in the bin."
- questioner: "Can you put the red block on top of the blue block?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 80bfab2, the code of 14b91bf, before anything it could prompt): 0.82
goal-correct (246 of 300), 50 refused, no wrong action and four wrong replies. The wrong replies: the sailor's "Report,
sailor: how many blocks on deck (on the table, I mean), and how many in W?". The refusals: the sailor's "be quick about
it. Aye aye.", "shipshape and proper", "skipper", "on deck (the table, that is)", "the cargo of W"; the aunt's "Every
block that's in W, dear, tip them all into the bin would you?" and "leave X just as it is, it's perfectly fine where it
is, bless it"; the Indian English speaker's "Any two you can take, no issue" and "at the bottom itself, ... where it is
only"; and the blunt speaker's "Bin every block that doesn't match a bowl's colour.".
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
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CAP = layout.BOWL_CAPACITY
_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _done(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    c = _done(check)
    return None if c(w.state, w.state) else (text, c)


def _not(check: Check) -> Check:
    return lambda i, f: not check(i, f)


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _depth(s: SymState, b: str) -> int:
    """How high `b` sits in its tower (1 at the bottom)."""
    return 1 + len(_below(s, b))


def _stackable(s: SymState, x: str, y: str, extra: int = 1) -> bool:
    """Whether `x` can end up on `y` (with `extra` blocks on `y` in all) without breaking the tower limit."""
    return x != y and x not in _below(s, y) and s.base(y) != BIN and _depth(s, y) + extra <= layout.MAX_TOWER


def _room(s: SymState, bowl: str, adding: list[str]) -> bool:
    new = [b for b in adding if s.base(b) != bowl]
    return len(s.in_bowl(bowl)) + len(new) <= _CAP


def _solo(s: SymState, b: str) -> bool:
    """A block standing alone: nothing on it and not on another block."""
    return s.is_clear(b) and s.support[b] not in s.support


def _loose(w: World) -> list[str]:
    """Blocks alone on the table (a named place included)."""
    return [b for b in w.blocks if _solo(w.state, b) and w.state.support[b] in (TABLE, *PLACES)]


def _off_bin(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _not_bowl(w: World, bowl: str) -> list[str]:
    return [b for b in _off_bin(w) if w.state.base(b) != bowl]


def _base_in(names: list[str], where: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in where for b in names)


def _extreme(w: World, candidates: list[str], key, margin: float = 0.05) -> str | None:
    """The candidate with the smallest key, when it is clearly apart from the next and stands alone."""
    if len(candidates) < 2:
        return None
    ranked = sorted(candidates, key=key)
    first, second = ranked[0], ranked[1]
    if key(second) - key(first) < margin or not _solo(w.state, first):
        return None
    return first


def _one_on_other(x: str, y: str) -> Check:
    return lambda _i, f: f.support[x] == y or f.support[y] == x


def _bowl_with(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


# ----- imperative -------------------------------------------------------------------------------------
def t219_imp_aunt(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_bowl(w, bowl)
    if not cands or not _room(w.state, bowl, cands[:1]):
        return None
    x = w.pick(cands)[0]
    text = f"Oh hello dear, could you pop the {x} into the {bowl} for me? Bless you, you're ever so helpful."
    return _made(w, text, rels(Rel("in", x, bowl)))


def t219_imp_programmer2(w: World) -> Made:
    pairs = [(x, y) for x in _off_bin(w) for y in _off_bin(w) if _stackable(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    text = f"put the {x} on the {y}, i.e. {x} ends up directly on top of {y}"
    return _made(w, text, rels(Rel("on", x, y)))


def t219_imp_sailor(w: World) -> Made:
    cands = _off_bin(w)
    if not cands:
        return None
    x = w.pick(cands)[0]
    return _made(w, f"Stow the {x} in the bin and be quick about it. Aye aye.", rels(Rel("in_bin", x)))


def t219_imp_hindi(w: World) -> Made:
    x = w.pick(_off_bin(w))[0]
    corner = w.pick(_CORNERS)[0]
    return _made(w, f"Kindly place the {x} at the {corner} itself.", rels(Rel("at", x, corner)))


def t219_imp_blunt(w: World) -> Made:
    x = w.pick(_off_bin(w))[0]
    return _made(w, f"Put the {x} in the {_MIDDLE}. Now.", rels(Rel("at", x, _MIDDLE)))


def t219_imp_questioner(w: World) -> Made:
    pairs = [(x, y) for x in _off_bin(w) for y in _off_bin(w) if _stackable(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    return _made(w, f"Can you put the {x} on top of the {y}?", rels(Rel("on", x, y)))


# ----- declarative ------------------------------------------------------------------------------------
def t219_dec_aunt(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_bowl(w, bowl)
    if not cands or not _room(w.state, bowl, cands[:1]):
        return None
    x = w.pick(cands)[0]
    text = (f"Now the {x} ought to be sitting in the {bowl}, dear, that's where it belongs, "
            f"my mother always kept it there.")
    return _made(w, text, rels(Rel("in", x, bowl)))


def t219_dec_programmer2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_bowl(w, bowl)
    if len(cands) < 2:
        return None
    x, y = w.pick(cands, 2)
    if not _room(w.state, bowl, [x, y]):
        return None
    text = f"end state = the {x} and the {y} both in the {bowl}"
    return _made(w, text, rels(Rel("in", x, bowl), Rel("in", y, bowl)))


def t219_dec_sailor(w: World) -> Made:
    x = w.pick(_off_bin(w))[0]
    corner = w.pick(_CORNERS)[0]
    text = f"The {x} should be at the {corner}, shipshape and proper."
    return _made(w, text, rels(Rel("at", x, corner)))


def t219_dec_hindi(w: World) -> Made:
    pairs = [(x, y) for x in _off_bin(w) for y in _off_bin(w) if _stackable(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    return _made(w, f"The {x} should be on top of the {y} only.", rels(Rel("on", x, y)))


def t219_dec_blunt(w: World) -> Made:
    x = w.pick(_off_bin(w))[0]
    return _made(w, f"The {x} goes in the bin.", rels(Rel("in_bin", x)))


def t219_dec_questioner(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.pick(cands)[0]
    bowl = w.state.base(x)
    text = f"The {x} should be on the table, not in the {bowl}, right? Can you sort that out?"
    return _made(w, text, rels(Rel("on_table", x)))


# ----- desiderative -----------------------------------------------------------------------------------
def t219_des_aunt(w: World) -> Made:
    pairs = [(x, y) for x in _off_bin(w) for y in _off_bin(w)
             if x < y and _stackable(w.state, x, y) and _stackable(w.state, y, x)]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    text = (f"I'd love it if the {x} and the {y} were stacked up together, one on the other. "
            f"Oh, any way round is fine, I'm not fussy.")
    return _made(w, text, _one_on_other(x, y))


def t219_des_programmer2(w: World) -> Made:
    cands = _off_bin(w)
    if len(cands) < 2:
        return None
    x, y = w.pick(cands, 2)
    text = f"i want: {x} in bin, {y} in bin. order doesn't matter"
    return _made(w, text, binned([x, y]))


def t219_des_sailor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_bowl(w, bowl)
    if not cands or not _room(w.state, bowl, cands[:1]):
        return None
    x = w.pick(cands)[0]
    return _made(w, f"I'd like the {x} stowed in the {bowl}, skipper.", rels(Rel("in", x, bowl)))


def t219_des_hindi(w: World) -> Made:
    x = w.pick(_off_bin(w))[0]
    place = w.pick(list(PLACES))[0]
    text = f"I want the {x} to be at the {place} itself, please do the needful."
    return _made(w, text, rels(Rel("at", x, place)))


def t219_des_blunt(w: World) -> Made:
    pairs = [(x, y) for x in _off_bin(w) for y in _off_bin(w) if _stackable(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    return _made(w, f"I want the {x} on the {y}. Do it.", rels(Rel("on", x, y)))


def t219_des_questioner(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    text = f"Could I have the {x} off the {y} and onto the table, please?"
    return _made(w, text, both(rels(Rel("on_table", x)), _not(rels(Rel("on", x, y)))))


# ----- quantified -------------------------------------------------------------------------------------
def t219_qua_aunt(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    text = (f"Every block that's in the {bowl}, dear, tip them all into the bin would you? "
            f"They've been rattling about in there all week.")
    return _made(w, text, binned(inside))


def t219_qua_programmer2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full or len(w.bowls) < 2:
        return None
    src = w.pick(full)[0]
    dst = w.pick([b for b in w.bowls if b != src])[0]
    inside = w.state.in_bowl(src)
    if not _room(w.state, dst, inside):
        return None
    text = f"for each block in the {src}: move it to the {dst}"
    return _made(w, text, rels(*(Rel("in", b, dst) for b in inside)))


def t219_qua_sailor(w: World) -> Made:
    deck = w.state.on_the_table()
    if not deck:
        return None
    text = "All hands! Every block on deck (the table, that is) goes over into the bin."
    return _made(w, text, binned(deck))


def t219_qua_hindi(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(_off_bin(w)) < 2:
        return None
    bowl = w.pick(bowls)[0]
    text = f"Kindly put exactly two blocks in the {bowl}. Any two you can take, no issue."
    return _made(w, text, count_in(bowl, 2))


def t219_qua_blunt(w: World) -> Made:
    blocks = _off_bin(w)
    if len(blocks) > _CAP * len(w.bowls):
        return None
    return _made(w, "Put all the blocks in the bowls. Any bowl.", _base_in(blocks, w.bowls))


def t219_qua_questioner(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(b) for b in w.bowls) or len(_off_bin(w)) < len(w.bowls):
        return None
    bowls = w.bowls

    def check(_i: SymState, f: SymState) -> bool:
        return all(len(f.in_bowl(b)) == 1 for b in bowls)

    return _made(w, "Could you put one block in each bowl?", check)


# ----- negated ----------------------------------------------------------------------------------------
def t219_neg_aunt(w: World) -> Made:
    loose = _loose(w)
    if not loose:
        return None
    x = w.pick(loose)[0]
    others = [b for b in w.state.on_the_table() if b != x]
    if not others:
        return None
    text = (f"Could you clear everything off the table into the bin except the {x}, dear? "
            f"I'm rather fond of that one. Oh and the bowls are fine as they are.")
    return _made(w, text, both(binned(others), kept(x, *w.in_bowls())))


def t219_neg_programmer2(w: World) -> Made:
    blocks = _off_bin(w)
    if len(blocks) < 3:
        return None
    x, y = w.pick(blocks, 2)
    others = [b for b in blocks if b not in (x, y)]
    text = f"bin all blocks except the {x} and the {y}, i.e. those two stay out of the bin"
    return _made(w, text, both(binned(others), none_binned([x, y])))


def t219_neg_sailor(w: World) -> Made:
    blocks = _off_bin(w)
    cands = [b for b in blocks if w.state.support[b] not in w.state.support]
    if len(blocks) < 2 or not cands:
        return None
    x = w.pick(cands)[0]
    others = [b for b in blocks if b != x]
    text = f"Stow every block in the bin, but not the {x}. She stays right where she is."
    return _made(w, text, both(binned(others), kept(x)))


def t219_neg_hindi(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    outside = _not_bowl(w, bowl)
    if len(outside) < 2:
        return None
    x = w.pick(outside)[0]
    rest = [b for b in outside if b != x]
    if not _room(w.state, bowl, rest):
        return None
    text = f"Kindly put all the blocks in the {bowl} except the {x}. The {x} should not go in the {bowl}."
    return _made(w, text, both(rels(*(Rel("in", b, bowl) for b in rest)),
                               _not(rels(Rel("in", x, bowl)))))


def t219_neg_blunt(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    text = f"Move the {x} off the {y}. Not into the bin."
    return _made(w, text, both(_not(rels(Rel("on", x, y))), none_binned([x])))


def t219_neg_questioner(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.pick(cands)[0]
    bowl = w.state.base(x)
    text = f"Can you take the {x} out of the {bowl} without putting it in the bin?"
    return _made(w, text, both(_not(rels(Rel("in", x, bowl))), none_binned([x])))


# ----- relative ---------------------------------------------------------------------------------------
def t219_rel_aunt(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, y = w.pick(pairs)[0]
    text = f"The block sitting on top of the {y}, dear, could you pop that one into the bin for me?"
    return _made(w, text, rels(Rel("in_bin", top)))


def t219_rel_programmer2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    left = _extreme(w, _off_bin(w), lambda b: w.y(b))
    if left is None or w.state.base(left) == bowl or not _room(w.state, bowl, [left]):
        return None
    return _made(w, f"move the leftmost block -> {bowl}", rels(Rel("in", left, bowl)))


def t219_rel_sailor(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    near = _extreme(w, _off_bin(w), lambda b: w.dist(b, bowl))
    if near is None:
        return None
    text = f"Aye, take the block closest to the {bowl} and stow it in the bin."
    return _made(w, text, rels(Rel("in_bin", near)))


def t219_rel_hindi(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, under = w.pick(pairs)[0]
    bowl = w.pick(w.bowls)[0]
    if w.state.base(under) == bowl or not _room(w.state, bowl, [under]):
        return None
    text = f"Kindly put the block which is under the {x} into the {bowl}."
    return _made(w, text, rels(Rel("in", under, bowl)))


def t219_rel_blunt(w: World) -> Made:
    right = _extreme(w, _off_bin(w), lambda b: -w.y(b))
    if right is None:
        return None
    return _made(w, "Bin the rightmost block.", rels(Rel("in_bin", right)))


def t219_rel_questioner(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    x = w.state.in_bowl(bowl)[0]
    ys = [y for y in _off_bin(w) if _stackable(w.state, x, y) and w.state.base(y) != bowl]
    if not ys:
        return None
    y = w.pick(ys)[0]
    text = f"Could the block that's in the {bowl} go onto the {y}?"
    return _made(w, text, rels(Rel("on", x, y)))


# ----- keep -------------------------------------------------------------------------------------------
def t219_keep_aunt(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_bowl(w, bowl)
    if not cands or not _room(w.state, bowl, cands[:1]):
        return None
    x = w.pick(cands)[0]
    ys = [y for y in _off_bin(w) if y != x and y not in w.state.above(x)]
    if not ys:
        return None
    y = w.pick(ys)[0]
    text = (f"Put the {x} in the {bowl} for me, and oh, leave the {y} just as it is, "
            f"it's perfectly fine where it is, bless it.")
    return _made(w, text, both(rels(Rel("in", x, bowl)), kept(y)))


def t219_keep_programmer2(w: World) -> Made:
    blocks = _off_bin(w)
    if len(blocks) < 2:
        return None
    x = w.pick(blocks)[0]
    ys = [y for y in blocks if y != x and y not in w.state.above(x)]
    if not ys:
        return None
    y = w.pick(ys)[0]
    text = f"bin the {x}; keep the {y} as-is (don't touch it)"
    return _made(w, text, both(rels(Rel("in_bin", x)), kept(y)))


def t219_keep_sailor(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    ys = [y for y in _off_bin(w) if y not in inside]
    if not ys:
        return None
    y = w.pick(ys)[0]
    text = f"Dump the cargo of the {bowl} in the bin, but the {y} stays put, mind."
    return _made(w, text, both(binned(inside), kept(y)))


def t219_keep_hindi(w: World) -> Made:
    blocks = _off_bin(w)
    if len(blocks) < 3:
        return None
    x, y, z = w.pick(blocks, 3)
    if z in w.state.above(x) or z in w.state.above(y) or not _stackable(w.state, y, x):
        return None

    def check(_i: SymState, f: SymState) -> bool:  # the y on the x, the x at the bottom
        return f.support[y] == x and f.support[x] not in f.support

    text = (f"Kindly make a tower of the {x} and the {y}, with the {x} at the bottom itself, "
            f"but keep the {z} where it is only.")
    return _made(w, text, both(check, kept(z)))


def t219_keep_blunt(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    ys = _not_bowl(w, bowl)
    if not ys:
        return None
    y = w.pick(ys)[0]
    return _made(w, f"Empty the {bowl}. Leave the {y} alone.", both(empty(bowl), kept(y)))


def t219_keep_questioner(w: World) -> Made:
    blocks = _off_bin(w)
    if len(blocks) < 3:
        return None
    x, y, z = w.pick(blocks, 3)
    if not _stackable(w.state, x, y) or z in w.state.above(x) or z in w.state.above(y):
        return None
    text = f"Could you stack the {x} on the {y} without moving the {z}?"
    return _made(w, text, both(rels(Rel("on", x, y)), kept(z)))


# ----- multi-step -------------------------------------------------------------------------------------
def t219_multi_aunt(w: World) -> Made:
    blocks = _off_bin(w)
    if len(blocks) < 3:
        return None
    x, y, z = w.pick(blocks, 3)
    if not _stackable(w.state, y, z) or x in _below(w.state, z):
        return None
    text = (f"First, dear, put the {x} in the bin, and then when you've done that, "
            f"the {y} can go on the {z}. Oh, you are a treasure.")
    return _made(w, text, rels(Rel("in_bin", x), Rel("on", y, z)))


def t219_multi_programmer2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = _not_bowl(w, bowl)
    if len(cands) < 2:
        return None
    x, y = w.pick(cands, 2)
    if not _room(w.state, bowl, [x]):
        return None
    text = f"1) {x} -> {bowl}\n2) {y} -> bin\nthat's it"
    return _made(w, text, rels(Rel("in", x, bowl), Rel("in_bin", y)))


def t219_multi_sailor(w: World) -> Made:
    blocks = _off_bin(w)
    if len(blocks) < 2:
        return None
    x, y = w.pick(blocks, 2)
    corner = w.pick(_CORNERS)[0]
    text = f"First stow the {x} in the bin, then haul the {y} over to the {corner}. Aye?"
    return _made(w, text, rels(Rel("in_bin", x), Rel("at", y, corner)))


def t219_multi_hindi(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.pick(cands)[0]
    bowl = w.state.base(x)
    ys = _not_bowl(w, bowl)
    if not ys:
        return None
    y = w.pick(ys)[0]
    text = f"First take the {x} out of the {bowl} and keep it on the table, then put the {y} in the {bowl}."
    return _made(w, text, rels(Rel("on_table", x), Rel("in", y, bowl)))


def t219_multi_blunt(w: World) -> Made:
    blocks = _off_bin(w)
    if len(blocks) < 3:
        return None
    x, y, z = w.pick(blocks, 3)
    if not _stackable(w.state, x, y, extra=2) or z in _below(w.state, y):
        return None
    text = f"Stack the {x} on the {y}. Then the {z} on the {x}."
    return _made(w, text, rels(Rel("on", x, y), Rel("on", z, x)))


def t219_multi_questioner(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    cands = _not_bowl(w, bowl)
    if not cands:
        return None
    x = w.pick(cands)[0]
    inside = w.state.in_bowl(bowl)
    text = f"Could you first empty the {bowl} into the bin and then put the {x} in it?"
    return _made(w, text, both(binned(inside), rels(Rel("in", x, bowl))))


# ----- questions --------------------------------------------------------------------------------------
def t219_q_aunt(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    n = len(w.state.in_bowl(bowl))
    text = f"Oh I can never tell from here, dear, my eyes aren't what they were. How many blocks are in the {bowl}?"
    return text, answered(str(n))


def t219_q_programmer2(w: World) -> Made:
    y = w.pick([b for b in _off_bin(w) if len(w.state.above(b)) <= 1])[0]
    tops = w.state.on_top(y)
    return f"quick q: what's on top of the {y} atm?", answered(tops[0] if tops else "nothing")


def t219_q_sailor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    deck = len(w.state.on_the_table())
    inside = len(w.state.in_bowl(bowl))
    if deck == 0 or inside == 0:
        return None
    text = f"Report, sailor: how many blocks on deck (on the table, I mean), and how many in the {bowl}?"
    return text, answered(f"{deck}|{inside}")


def t219_q_hindi(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    x = w.pick(cands)[0]
    return f"Kindly tell me, the {x} is in which bowl?", answered(w.state.base(x))


def t219_q_blunt(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, under = w.pick(pairs)[0]
    return f"Tell me which block is under the {x}.", answered(under)


def t219_q_questioner(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.pick(pairs)[0]
    else:
        blocks = _off_bin(w)
        x, y = w.pick(blocks, 2)
        if y in _below(s, x) or x in _below(s, y):
            return None
    flag = holds(Rel("on", x, y), s)
    n = len(w.bowls)
    text = f"Is the {x} on the {y}? And how many bowls are there?"
    return text, answered(f"{yes(flag)}|{n}")


# ----- matching ---------------------------------------------------------------------------------------
def t219_match_aunt(w: World) -> Made:
    want = matching(w)
    colours = {w.colour(b) for b in w.bowls}
    odd = [b for b in _off_bin(w) if w.colour(b) not in colours]
    if not want or not odd:
        return None
    text = ("Oh and while you're at it, the blocks that match a bowl's colour, put them in with their bowl, "
            "and the ones with no matching bowl can go in the bin, bless them.")
    return _made(w, text, both(rels(*want), binned(odd)))


def t219_match_programmer2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.pick(want)[0]
    if not _room(w.state, r.target, [r.block]):
        return None
    return _made(w, f"put the {r.block} in the same-colour bowl", rels(r))


def t219_match_sailor(w: World) -> Made:
    want = matching(w)
    if not want or not all(_room(w.state, r.target, [r.block]) for r in want):
        return None
    text = "Every block that has a bowl of her own colour, stow her in that bowl. Aye aye."
    return _made(w, text, rels(*want))


def t219_match_hindi(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.pick(want)[0]
    if not _room(w.state, r.target, [r.block]):
        return None
    text = f"Kindly put the block of the same colour as the {r.target} inside it only."
    return _made(w, text, rels(r))


def t219_match_blunt(w: World) -> Made:
    colours = {w.colour(b) for b in w.bowls}
    blocks = _off_bin(w)
    odd = [b for b in blocks if w.colour(b) not in colours]
    good = [b for b in blocks if w.colour(b) in colours]
    if not odd or not good:
        return None
    return _made(w, "Bin every block that doesn't match a bowl's colour.", both(binned(odd), none_binned(good)))


def t219_match_questioner(w: World) -> Made:
    want = matching(w)
    if not want or not all(_room(w.state, r.target, [r.block]) for r in want):
        return None
    return _made(w, "Could each bowl get the block that matches its colour, where there is one?", rels(*want))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("aunt", "programmer2", "sailor", "hindi", "blunt", "questioner")
FRESH219: list[Template] = [
    (f"t219_{short}_{style}", category, globals()[f"t219_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
