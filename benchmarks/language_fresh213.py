"""`FRESH213`, the two-hundred-and-fourteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six personas, one style each:
- receptionist: "Good afternoon. Could you please place the red block in the blue bowl? Thank you kindly."
- surfer: "dude can you stack the green block on the yellow block, no rush"
- professor: "I wonder whether you might, at your leisure, move the red block over to the middle of the table."
- kid8: "put the pink block in the bin!!! bye bye pink block"
- french: "Please, can you put the blue block on the middle of the table?"
- sceptic: "Bet you can't build a tower out of the red, green and blue blocks. Go on then."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 6e09211, the code of 90bcadd, before anything it could prompt): 0.5367
goal-correct (161 of 300), 130 refused, no wrong action and nine wrong replies. The wrong replies: the professor's "I find
myself wondering, if you would indulge an old academic for a moment, what precisely is resting on top of X?" and the
sceptic's "Bet you can't even count how many bowls there are. And is X in W?" (only the second answered). The refusals:
the surfer's "dude", "no rush", "chilling", "lookin kinda empty", "right where it's at"; the professor's "one might",
"ought, I should think, to be", "for the sake of symmetry", "where everything else ends up is, frankly, of no concern to
me", "depositing its contents in the bin; thereafter"; the eight-year-old's "i want a big tower!! X on the bottom then Y
then Z on the very top" and "just one in each bowl not more"; the French speaker's "the most near of the bin" and "the
block of his colour"; and the sceptic's "Bet you can't ...", "Not convinced you'll manage it, though.", "Prove me wrong.".
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

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    if check(w.state, w.state):
        return None
    return text, _act(check)


def _all(*checks: Check) -> Check:
    return lambda i, f: all(c(i, f) for c in checks)


def _depth(s: SymState, block: str) -> int:
    """How many blocks make the tower from its base up to `block`, `block` included."""
    n = 1
    while s.support[block] in s.support:
        block = s.support[block]
        n += 1
    return n


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can end up directly on `below` without breaking the tower limit."""
    s = w.state
    if top == below or BIN in (s.base(top), s.base(below)) or below in s.above(top):
        return False
    return _depth(s, below) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, extra: int) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _place(p: str) -> str:
    return "the middle of the table" if p == _MIDDLE else f"the {p}"


def _cols(*blocks: str) -> str:
    """ "red, green and blue" for three blocks."""
    names = [b.removesuffix(" block") for b in blocks]
    return ", ".join(names[:-1]) + " and " + names[-1]


def _in_bowl_rels(blocks: list[str], bowl: str) -> list[Rel]:
    return [Rel("in", b, bowl) for b in blocks]


def _not_in(blocks: list[str], bowl: str) -> Check:
    return lambda _i, f: all(f.base(b) != bowl for b in blocks)


def _keepable(w: World, keep: str, *moved: str) -> bool:
    """Whether `keep` can stay where it is while the blocks `moved` are moved (or built upon)."""
    s = w.state
    return keep not in moved and all(keep not in s.above(m) for m in moved)


def _one_tower(blocks: list[str]) -> Check:
    """The blocks make one tower of just themselves (any order), standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.support[bottoms[0]] in f.support or f.base(bottoms[0]) == BIN:
            return False
        chain = [bottoms[0]]
        while f.on_top(chain[-1]):
            up = f.on_top(chain[-1])
            if len(up) != 1 or up[0] not in blocks:
                return False
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _nearest(w: World, point: tuple[float, float], candidates: list[str], margin: float = 0.03) -> str | None:
    """The candidate clearly nearest to `point` (x, y), or None when two are about as near."""

    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2) ** 0.5

    ranked = sorted(candidates, key=d)
    if len(ranked) < 2 or d(ranked[1]) - d(ranked[0]) < margin:
        return None
    return ranked[0]


def _same_colour_bowl(w: World, block: str) -> str | None:
    return next((bowl for bowl in w.bowls if w.colour(bowl) == w.colour(block)), None)


# ----- imperative -----------------------------------------------------------------------------------
def t213_imp_receptionist(w: World) -> Made:
    block, bowl = w.pick(_loose(w))[0], w.pick(w.bowls)[0]
    if not _room(w, bowl, 1):
        return None
    return _made(w, f"Good afternoon. Could you please place the {block} in the {bowl}? Thank you kindly.",
                 rels(Rel("in", block, bowl)))


def t213_imp_surfer(w: World) -> Made:
    top, below = w.pick(_loose(w), 2)
    if not _stackable(w, top, below):
        return None
    return _made(w, f"dude can you stack the {top} on the {below}, no rush", rels(Rel("on", top, below)))


def t213_imp_professor(w: World) -> Made:
    block, place = w.pick(_loose(w))[0], w.rng.choice(PLACES)
    text = (f"I wonder whether you might, at your leisure, move the {block} over to {_place(place)}, where, "
            f"one might argue, it would be rather more out of the way.")
    return _made(w, text, rels(Rel("at", block, place)))


def t213_imp_kid8(w: World) -> Made:
    block = w.pick(_loose(w))[0]
    colour = w.colour(block)
    return _made(w, f"put the {block} in the bin!!! bye bye {colour} block", rels(Rel("in_bin", block)))


def t213_imp_french(w: World) -> Made:
    block = w.pick(_loose(w))[0]
    return _made(w, f"Please, can you put the {block} on the middle of the table?", rels(Rel("at", block, _MIDDLE)))


def t213_imp_sceptic(w: World) -> Made:
    blocks = w.pick(_loose(w), 3)
    if len(blocks) < 3:
        return None
    return _made(w, f"Bet you can't build a tower out of the {_cols(*blocks)} blocks. Go on then.",
                 _one_tower(blocks))


# ----- declarative ----------------------------------------------------------------------------------
def t213_dec_receptionist(w: World) -> Made:
    top, below = w.pick(_loose(w), 2)
    if not _stackable(w, top, below):
        return None
    return _made(w, f"Right away, then: the {top} is to go on top of the {below}, please. Thank you.",
                 rels(Rel("on", top, below)))


def t213_dec_surfer(w: World) -> Made:
    block, bowl = w.pick(_loose(w))[0], w.pick(w.bowls)[0]
    if not _room(w, bowl, 1):
        return None
    return _made(w, f"so the {block} goes in the {bowl}, that's the vibe dude", rels(Rel("in", block, bowl)))


def t213_dec_professor(w: World) -> Made:
    a, b = w.pick(_loose(w), 2)
    p1, p2 = w.rng.sample(_CORNERS, 2)
    text = (f"The {a} ought, I should think, to be resting in the {p1}, and the {b}, for the sake of symmetry, "
            f"in the {p2}.")
    return _made(w, text, rels(Rel("at", a, p1), Rel("at", b, p2)))


def t213_dec_kid8(w: World) -> Made:
    a, b = w.pick(_loose(w), 2)
    return _made(w, f"the {a} and the {b} should both be in the bin ok", binned([a, b]))


def t213_dec_french(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} must be empty at the end, please.", empty(bowl))


def t213_dec_sceptic(w: World) -> Made:
    bottom, top = w.pick(_loose(w), 2)
    text = (f"Supposedly the {top} should end up on the {bottom}, with the {bottom} sitting right on the table. "
            f"Let's see if that actually happens.")
    return _made(w, text, rels(Rel("stacked", bottom, top)))


# ----- desiderative ---------------------------------------------------------------------------------
def t213_des_receptionist(w: World) -> Made:
    block, bowl = w.pick(_loose(w))[0], w.pick(w.bowls)[0]
    if not _room(w, bowl, 1):
        return None
    return _made(w, f"I would like the {block} placed in the {bowl}, please, at your earliest convenience.",
                 rels(Rel("in", block, bowl)))


def t213_des_surfer(w: World) -> Made:
    block = w.pick(_loose(w))[0]
    return _made(w, f"man i'd love the {block} chilling in the middle of the table, whenever",
                 rels(Rel("at", block, _MIDDLE)))


def t213_des_professor(w: World) -> Made:
    top, below = w.pick(_loose(w), 2)
    if not _stackable(w, top, below):
        return None
    text = (f"My goal, put simply, and I do apologise for the length of this preamble, is to have the {top} "
            f"resting directly on top of the {below}; where everything else ends up is, frankly, of no concern "
            f"to me.")
    return _made(w, text, rels(Rel("on", top, below)))


def t213_des_kid8(w: World) -> Made:
    blocks = w.pick(_loose(w), 3)
    if len(blocks) < 3:
        return None
    a, b, c = blocks
    text = f"i want a big tower!! the {a} on the bottom then the {b} then the {c} on the very top"
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t213_des_french(w: World) -> Made:
    block = w.pick(_loose(w))[0]
    return _made(w, f"I would like that the {block} is in the bin, please.", rels(Rel("in_bin", block)))


def t213_des_sceptic(w: World) -> Made:
    block, corner = w.pick(_loose(w))[0], w.rng.choice(_CORNERS)
    return _made(w, f"What I want is the {block} in the {corner}. Not convinced you'll manage it, though.",
                 rels(Rel("at", block, corner)))


# ----- quantified -----------------------------------------------------------------------------------
def t213_qua_receptionist(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > 5:
        return None
    return _made(w, "Kindly put every single block into the bin, if you would. Thank you very much.",
                 binned(blocks))


def t213_qua_surfer(w: World) -> Made:
    empties = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not empties or len(_loose(w)) < 2:
        return None
    bowl = w.rng.choice(empties)
    return _made(w, f"dude the {bowl} is lookin kinda empty, put exactly two blocks in there, whichever ones, no rush",
                 count_in(bowl, 2))


def t213_qua_professor(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    text = ("One might, I think, see to it that each and every block ends up in one bowl or another, so that not a "
            "single block remains outside a bowl.")
    return _made(w, text, lambda _i, f: all(f.base(b) in f.bowls for b in blocks))


def t213_qua_kid8(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "put one block in every bowl!! just one in each bowl not more",
                 lambda _i, f: all(len(f.in_bowl(bowl)) == 1 for bowl in bowls))


def t213_qua_french(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    bowls = w.bowls
    return _made(w, "Take all the blocks out of the bowls and put them on the table, please.",
                 lambda _i, f: not any(f.in_bowl(bowl) for bowl in bowls)
                 and all(f.base(b) in (TABLE, *PLACES) for b in inside))


def t213_qua_sceptic(w: World) -> Made:
    blocks, bowl = _loose(w), w.pick(w.bowls)[0]
    if len(blocks) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Bet you can't get all the blocks into the {bowl}. Prove me wrong.",
                 rels(*_in_bowl_rels(blocks, bowl)))


# ----- negated --------------------------------------------------------------------------------------
def t213_neg_receptionist(w: World) -> Made:
    blocks = _loose(w)
    spared = w.pick(blocks)[0]
    others = [b for b in blocks if b != spared]
    if len(others) > 5:
        return None
    return _made(w, f"Would you please put all the blocks in the bin, except the {spared}? Thank you so much.",
                 _all(binned(others), none_binned([spared])))


def t213_neg_surfer(w: World) -> Made:
    if not w.pairs():
        return None
    blocks = w.blocks
    return _made(w, "dude no block should be sitting on another block, unstack em all, no rush",
                 lambda _i, f: all(f.support[b] not in f.support for b in blocks))


def t213_neg_professor(w: World) -> Made:
    blocks, bowl = _loose(w), w.pick(w.bowls)[0]
    spared = w.pick(blocks)[0]
    others = [b for b in blocks if b != spared]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    text = (f"One might gather every block, with the sole exception of the {spared}, into the {bowl}; the {spared}, "
            f"I should stress, is not to go in there.")
    return _made(w, text, _all(rels(*_in_bowl_rels(others, bowl)), _not_in([spared], bowl)))


def t213_neg_kid8(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"the {top} is NOT supposed to be on the {below}!! get it off",
                 rels(Rel("on", top, below, negated=True)))


def t213_neg_french(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Empty the {bowl}, but do not throw the blocks in the bin, I want to keep them.",
                 _all(empty(bowl), none_binned(inside)))


def t213_neg_sceptic(w: World) -> Made:
    blocks = _loose(w)
    spared = w.pick(blocks)[0]
    others = [b for b in blocks if b != spared]
    if len(others) > 5 or w.state.support[spared] in w.state.support:
        return None
    return _made(w, f"Bet you can't put every block except the {spared} into the bin without moving the {spared}.",
                 _all(binned(others), kept(spared)))


# ----- relative -------------------------------------------------------------------------------------
def t213_rel_receptionist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Could you kindly move the block that is sitting on top of the {below} into the bin, please?",
                 rels(Rel("in_bin", top)))


def t213_rel_surfer(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, 1):
        return None
    return _made(w, f"grab whatever block is under the {top} and drop it in the {bowl} dude",
                 rels(Rel("in", below, bowl)))


def t213_rel_professor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, 1):
        return None
    candidates = [b for b in _loose(w) if w.state.base(b) != bowl]
    pos = w.scene.get(bowl).position
    near = _nearest(w, (pos[0], pos[1]), candidates)
    if near is None:
        return None
    text = (f"The block nearest to the {bowl}, whichever it may happen to be, ought, I think, to be placed inside "
            f"that very bowl.")
    return _made(w, text, rels(Rel("in", near, bowl)))


def t213_rel_kid8(w: World) -> Made:
    s = w.state
    tops = [b for b in _loose(w) if s.is_clear(b) and s.support[b] in s.support]
    if len(tops) != 1:
        return None
    return _made(w, "the block on the very top of the tower put it in the middle of the table!!",
                 rels(Rel("at", tops[0], _MIDDLE)))


def t213_rel_french(w: World) -> Made:
    near = _nearest(w, layout.BIN_CENTER, _loose(w))
    if near is None:
        return None
    others = [b for b in _loose(w) if b != near]
    target = w.rng.choice(others)
    if not _stackable(w, near, target):
        return None
    return _made(w, f"Take the block which is the most near of the bin and put it on the {target}.",
                 rels(Rel("on", near, target)))


def t213_rel_sceptic(w: World) -> Made:
    corner = w.rng.choice(_CORNERS)
    near = _nearest(w, layout.PLACES[corner], _loose(w))
    if near is None:
        return None
    return _made(w, f"Bet you can't even work out which block is closest to the {corner}. Put that one in the bin.",
                 rels(Rel("in_bin", near)))


# ----- keep -----------------------------------------------------------------------------------------
def t213_keep_receptionist(w: World) -> Made:
    block, keep = w.pick(_loose(w), 2)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, 1) or not _keepable(w, keep, block):
        return None
    text = f"Please put the {block} in the {bowl}, and kindly leave the {keep} exactly where it is. Many thanks."
    return _made(w, text, _all(rels(Rel("in", block, bowl)), kept(keep)))


def t213_keep_surfer(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    keep = w.rng.choice(outside)
    return _made(w, f"clear out the {bowl} into the bin dude, but keep the {keep} right where it's at",
                 _all(binned(inside), kept(keep)))


def t213_keep_professor(w: World) -> Made:
    top, below, keep = w.pick(_loose(w), 3) or [None, None, None]
    if top is None or not _stackable(w, top, below) or not _keepable(w, keep, top, below):
        return None
    text = (f"Would you be so good as to put the {top} on top of the {below}, while leaving the {keep}, which I "
            f"have arranged just so, entirely undisturbed?")
    return _made(w, text, _all(rels(Rel("on", top, below)), kept(keep)))


def t213_keep_kid8(w: World) -> Made:
    top, below, keep = w.pick(_loose(w), 3) or [None, None, None]
    if top is None or not _stackable(w, top, below) or not _keepable(w, keep, top, below):
        return None
    return _made(w, f"can you put the {top} on the {below} but dont move the {keep} ok",
                 _all(rels(Rel("on", top, below)), kept(keep)))


def t213_keep_french(w: World) -> Made:
    block, keep = w.pick(_loose(w), 2)
    if not _keepable(w, keep, block):
        return None
    return _made(w, f"Put the {block} in the bin, but the {keep}, you leave it where it is.",
                 _all(rels(Rel("in_bin", block)), kept(keep)))


def t213_keep_sceptic(w: World) -> Made:
    block, keep = w.pick(_loose(w), 2)
    corner = w.rng.choice(_CORNERS)
    if not _keepable(w, keep, block):
        return None
    return _made(w, f"Move the {block} to the {corner} without disturbing the {keep}. I doubt you can.",
                 _all(rels(Rel("at", block, corner)), kept(keep)))


# ----- multi-step -----------------------------------------------------------------------------------
def t213_multi_receptionist(w: World) -> Made:
    binned_block, top, below = w.pick(_loose(w), 3) or [None, None, None]
    if binned_block is None or not _stackable(w, top, below):
        return None
    text = (f"First, please put the {binned_block} in the bin; then, kindly place the {top} on the {below}. "
            f"Thank you.")
    return _made(w, text, rels(Rel("in_bin", binned_block), Rel("on", top, below)))


def t213_multi_surfer(w: World) -> Made:
    base, top = w.pick(_loose(w), 2)
    return _made(w, f"ok first move the {base} to the middle then chuck the {top} on top of it, no rush",
                 rels(Rel("at", base, _MIDDLE), Rel("on", top, base)))


def t213_multi_professor(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    block = w.rng.choice(outside)
    text = (f"Initially, one might empty the {bowl} entirely, depositing its contents in the bin; thereafter, the "
            f"{block} should be placed in that same bowl.")
    return _made(w, text, _all(binned(inside), rels(Rel("in", block, bowl))))


def t213_multi_kid8(w: World) -> Made:
    blocks = w.pick(_loose(w), 3)
    if len(blocks) < 3:
        return None
    a, b, c = blocks
    text = f"first put the {a} in the middle then put the {b} on it then the {c} on top of that one!!!"
    return _made(w, text, rels(Rel("at", a, _MIDDLE), Rel("on", b, a), Rel("on", c, b)))


def t213_multi_french(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, 1):
        return None
    text = f"First you take the {top} off the {below}, and after you put the {below} in the {bowl}."
    return _made(w, text, rels(Rel("on", top, below, negated=True), Rel("in", below, bowl)))


def t213_multi_sceptic(w: World) -> Made:
    block, top = w.pick(_loose(w), 2)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(block) == bowl or not _room(w, bowl, 2):
        return None
    text = (f"Okay, step one: put the {block} in the {bowl}. Step two: put the {top} on top of it. "
            f"I'll believe it when I see it.")
    return _made(w, text, rels(Rel("in", block, bowl), Rel("on", top, block)))


# ----- questions ------------------------------------------------------------------------------------
def t213_q_receptionist(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return f"Good morning! Could you kindly tell me how many blocks are in the {bowl} at the moment?", answered(str(n))


def t213_q_surfer(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
    else:
        top, below = w.pick(w.blocks, 2)
    flag = holds(Rel("on", top, below), w.state)
    return f"yo is the {top} sitting on the {below} or what", answered(yes(flag))


def t213_q_professor(w: World) -> Made:
    pairs = w.pairs()
    block = w.rng.choice(pairs)[1] if pairs and w.rng.random() < 0.5 else w.pick(w.blocks)[0]
    up = w.state.on_top(block)
    answer = up[0] if up else "nothing"
    text = (f"I find myself wondering, if you would indulge an old academic for a moment, what precisely is "
            f"resting on top of the {block}?")
    return text, answered(answer)


def t213_q_kid8(w: World) -> Made:
    colour = w.rng.choice(list(layout.COLOURS))
    flag = any(w.colour(b) == colour for b in w.blocks)
    return f"how many blocks are there?? and is there a {colour} one", answered(f"{len(w.blocks)}|{yes(flag).lower()}")


def t213_q_french(w: World) -> Made:
    s = w.state
    cands = [b for b in w.blocks if s.support[b] in s.bowls or (s.support[b] in s.support and s.base(b) == TABLE)]
    if not cands:
        return None
    block = w.rng.choice(cands)
    return f"Where is the {block}? On which thing it is?", answered(s.support[block])


def t213_q_sceptic(w: World) -> Made:
    block, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    flag = w.state.base(block) == bowl
    text = f"Bet you can't even count how many bowls there are. And is the {block} in the {bowl}?"
    return text, answered(f"{len(w.bowls)}|{yes(flag).lower()}")


# ----- matching -------------------------------------------------------------------------------------
def t213_match_receptionist(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Would you kindly put each block into the bowl of the same colour, wherever there is one?",
                 rels(*want))


def t213_match_surfer(w: World) -> Made:
    cands = [b for b in _loose(w) if _same_colour_bowl(w, b)]
    if not cands:
        return None
    block = w.rng.choice(cands)
    bowl = _same_colour_bowl(w, block)
    assert bowl is not None
    if not _room(w, bowl, 1):
        return None
    return _made(w, f"dude the {block} should totally chill in the bowl that's the same colour as it",
                 rels(Rel("in", block, bowl)))


def t213_match_professor(w: World) -> Made:
    want = matching(w)
    odd = [b for b in _loose(w) if not _same_colour_bowl(w, b)]
    if not want or not odd or len(odd) > 5:
        return None
    text = ("One might sort the blocks by colour: any block whose colour matches that of a bowl goes into that bowl, "
            "while those that match no bowl at all are to be put in the bin.")
    return _made(w, text, _all(rels(*want), binned(odd)))


def t213_match_kid8(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "put the blocks in the bowls that are the same colour as them!!! its a colour game",
                 rels(*want))


def t213_match_french(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put in each bowl the block of his colour, please.", rels(*want))


def t213_match_sceptic(w: World) -> Made:
    matched = [b for b in _loose(w) if _same_colour_bowl(w, b)]
    odd = [b for b in _loose(w) if not _same_colour_bowl(w, b)]
    if not matched or not odd or len(odd) > 5:
        return None
    return _made(w, "Put every block that doesn't match the colour of any bowl in the bin. Bet you bin the wrong ones.",
                 _all(binned(odd), none_binned(matched)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("receptionist", "surfer", "professor", "kid8", "french", "sceptic")
FRESH213: list[Template] = [
    (f"t213_{short}_{style}", category, globals()[f"t213_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
