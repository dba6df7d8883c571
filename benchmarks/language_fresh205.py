"""`FRESH205`, the two-hundred-and-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in
their own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain
questions about the table, one or two in a message. Six people type them, each in their own register:
- driver: a bus driver, short and practical: "red block, bin. next stop."
- concierge: a hotel concierge, very courteous: "Certainly. If I may, could you place the green block on the red block?"
- cashier: a shop cashier, quick and chatty: "pop the blue block in the bin for me, there you go, anything else?"
- helpdesk: an IT helpdesk worker, step by step: "Step 1: move the blue block to the middle. Step 2: verify."
- gamer: a teen gamer, lowercase slang: "ngl the pink block should be in the red bowl, ez"
- gran: a grandmother writing a long, warm letter: "My dear, I should so like the yellow block put in the bin."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 0bdc712, the code of 54785a5, before anything it could prompt): 0.7633
goal-correct (229 of 300), 65 refused, five wrong actions and one wrong reply. The wrong actions: "yeet every block into the
bin except the ones in W, those stay" did nothing (', those stay' was read as every block staying). The wrong reply: "How
many blocks are there on the table in all, bowls and everything? And which bowl is X in?". The refusals: the concierge's
"Certainly.", "if I may ask", "it may go anywhere you please, with the one exception of the bin"; the cashier's "there you
go", "any two'll do", "ta, anything else? nope, that's it"; the helpdesk's "then verify the bowl is empty", "Do not change
the position of any other block"; the grandmother's "is for X to be sat on top of Y", "I should be so pleased, dear, if
each of the bowls had exactly two blocks in it", "Which blocks go where I leave entirely to you."; the driver's "red block
to the bin. then white block onto Y. next stop."; "then the cyan block where the white block was, on Y".
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

_CORNERS = PLACES[:4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The instance, or None when its goal already holds in the scene."""
    c = _act(check)
    return None if c(w.state, w.state) else (text, c)


def _height(s: SymState, b: str) -> int:
    """How many blocks, `b` included, stand from `b` down to its base."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _fits_on(w: World, b: str) -> bool:
    """Whether one more block may go on `b` (once whatever is on it is moved away)."""
    return _height(w.state, b) < layout.MAX_TOWER


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _on_ground(w: World, b: str) -> bool:
    return w.state.support[b] in _GROUND


def _nearest(w: World, src: str, cands: list[str], margin: float = 0.04, far: bool = False) -> str | None:
    """The candidate nearest `src` (farthest with `far`), when it wins clearly."""
    ranked = sorted(cands, key=lambda c: w.dist(src, c), reverse=far)
    if not ranked:
        return None
    if len(ranked) > 1 and abs(w.dist(src, ranked[0]) - w.dist(src, ranked[1])) < margin:
        return None
    return ranked[0]


def _where(w: World, b: str) -> str | None:
    """What a person would name as where `b` is, when that is unambiguous."""
    s = w.state.support[b]
    if s == TABLE:
        return "table"
    if s in w.bowls or s in PLACES:
        return s
    if s in w.state.support and w.state.base(s) == TABLE:
        return s
    return None


def _no_stacks(_i: SymState, f: SymState) -> bool:
    return all(s not in f.support for s in f.support.values())


def _grounded(blocks: list[str]) -> Check:
    """Each block stands in a tower on the table (not in a bowl, the bin or the gripper)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _not_in(block: str, *where: str) -> Check:
    return lambda _i, f: all(f.base(block) != x for x in where)


def _exactly(bowl: str, blocks: list[str]) -> Check:
    return lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(blocks)


# ----- imperative -------------------------------------------------------------------------------------
def t205_imp_driver(w: World) -> Made:
    cands = [(b, bowl) for b in w.clear_blocks() for bowl in w.bowls
             if w.state.base(b) != bowl and _room(w, bowl)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    return _made(w, f"the {b} into the {bowl}. move along.", rels(Rel("in", b, bowl)))


def t205_imp_concierge(w: World) -> Made:
    cands = [(a, b) for a in w.clear_blocks() for b in _loose(w) if a != b and _fits_on(w, b)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    text = f"Certainly. Would you kindly place the {a} on top of the {b}, if I may ask?"
    return _made(w, text, rels(Rel("on", a, b)))


def t205_imp_cashier(w: World) -> Made:
    cands = _loose(w)
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _made(w, f"ok just pop the {b} in the bin for me, there you go", binned([b]))


def t205_imp_helpdesk(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    b, place = w.rng.choice(cands), w.rng.choice(_CORNERS)
    text = f"Please move the {b} to the {place} of the table. Once done, verify it is there."
    return _made(w, text, rels(Rel("at", b, place)))


def t205_imp_gamer(w: World) -> Made:
    cands = [(a, b) for a in w.clear_blocks() for b in _loose(w) if a != b and _fits_on(w, b)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    return _made(w, f"yo stack the {a} on the {b} real quick", rels(Rel("on", a, b)))


def t205_imp_gran(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if w.state.support[b] in w.bowls]
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.support[b]
    text = (f"Dear, would you be so kind as to take the {b} out of the {bowl} and set it down on the table? "
            "Thank you ever so much, it is a great help to me.")
    return _made(w, text, rels(Rel("on_table", b)))


# ----- declarative ------------------------------------------------------------------------------------
def t205_dec_driver(w: World) -> Made:
    cands = [(b, bowl) for b in _loose(w) for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    return _made(w, f"{b} goes in the {bowl}. thats it.", rels(Rel("in", b, bowl)))


def t205_dec_concierge(w: World) -> Made:
    cands = [(a, b) for a in w.clear_blocks() for b in _loose(w) if a != b and _fits_on(w, b)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    text = f"If I may: the {a} ought to be resting on the {b}. Thank you kindly."
    return _made(w, text, rels(Rel("on", a, b)))


def t205_dec_cashier(w: World) -> Made:
    cands = _loose(w)
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _made(w, f"right so the {b}'s meant to be in the bin, yeah? cheers", binned([b]))


def t205_dec_helpdesk(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = f"Expected end state: the {b} is at the middle of the table. Please apply and confirm."
    return _made(w, text, rels(Rel("at", b, "middle")))


def t205_dec_gamer(w: World) -> Made:
    cands = [(b, bowl) for b in _loose(w) for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    return _made(w, f"ngl the {b} should be in the {bowl}", rels(Rel("in", b, bowl)))


def t205_dec_gran(w: World) -> Made:
    cands = [bowl for bowl in w.bowls if _room(w, bowl, 2)]
    pair = w.pick([b for b in _loose(w)], 2)
    if not cands or not pair:
        return None
    bowl = w.rng.choice(cands)
    a, b = pair
    text = (f"The {a} and the {b} should both be sitting in the {bowl} when you are finished, dear. "
            "I do hope that is not too much trouble.")
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- desiderative -----------------------------------------------------------------------------------
def t205_des_driver(w: World) -> Made:
    cands = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    return _made(w, f"want the {a} off the {b}, down on the table. ta.", rels(Rel("on_table", a)))


def t205_des_concierge(w: World) -> Made:
    cands = [(b, bowl) for b in _loose(w) for bowl in w.bowls if w.state.base(b) != bowl and _room(w, bowl)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    text = f"I would very much like the {b} placed in the {bowl}, at your earliest convenience."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t205_des_cashier(w: World) -> Made:
    trio = w.pick(_loose(w), 3)
    if not trio:
        return None
    a, b, c = trio
    text = f"i'd like a little tower please, the {a} at the bottom, then the {b}, then the {c} on top. lovely"
    return _made(w, text, rels(Rel("stacked", a, b, c)))


def t205_des_helpdesk(w: World) -> Made:
    cands = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    inside = w.state.in_bowl(bowl)
    text = (f"My goal is: the {bowl} contains zero blocks. Move whatever is in it into the bin, "
            "then verify the bowl is empty.")
    return _made(w, text, both(empty(bowl), binned(inside)))


def t205_des_gamer(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    b, place = w.rng.choice(cands), w.rng.choice(_CORNERS)
    return _made(w, f"lowkey want the {b} in the {place} lol", rels(Rel("at", b, place)))


def t205_des_gran(w: World) -> Made:
    cands = [(a, b) for a in w.clear_blocks() for b in _loose(w) if a != b and _fits_on(w, b)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    text = (f"What I should like most of all, my dear, is for the {a} to be sat on top of the {b}. "
            "Your grandfather always stacked them so.")
    return _made(w, text, rels(Rel("on", a, b)))


# ----- quantified -------------------------------------------------------------------------------------
def t205_qua_driver(w: World) -> Made:
    return _made(w, "all blocks in the bin. all off, end of the line.", binned(w.blocks))


def t205_qua_concierge(w: World) -> Made:
    cands = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    inside = w.state.in_bowl(bowl)
    text = f"Might I trouble you to move each of the blocks presently in the {bowl} into the bin? Many thanks."
    return _made(w, text, binned(inside))


def t205_qua_cashier(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"exactly two blocks in the {bowl} please, any two'll do. anything else? nope, that's it"
    return _made(w, text, count_in(bowl, 2))


def t205_qua_helpdesk(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    text = ("Step 1: place exactly one block in each bowl. "
            "Step 2: verify that every bowl holds exactly one block, no more.")
    return _made(w, text, both(*(count_in(bowl, 1) for bowl in bowls)))


def t205_qua_gamer(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) > layout.MAX_TOWER or len(blocks) != len(w.blocks):
        return None
    return _made(w, "stack all the blocks into one big tower on the table, order doesnt matter, ez",
                 rels(Rel("tower", *blocks)))


def t205_qua_gran(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < 2 * len(w.bowls):
        return None
    text = ("I should be so pleased, dear, if each of the bowls had exactly two blocks in it, "
            "no more and no fewer. Which blocks go where I leave entirely to you.")
    return _made(w, text, both(*(count_in(bowl, 2) for bowl in w.bowls)))


# ----- negated ----------------------------------------------------------------------------------------
def t205_neg_driver(w: World) -> Made:
    keep = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != keep]
    return _made(w, f"everything in the bin except the {keep}.", both(binned(rest), none_binned([keep])))


def t205_neg_concierge(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    text = (f"Kindly take the {b} out of the {bowl}; it may go anywhere you please, "
            "with the one exception of the bin.")
    return _made(w, text, _not_in(b, bowl, BIN))


def t205_neg_cashier(w: World) -> Made:
    if not w.pairs():
        return None
    return _made(w, "no block sitting on another block when you're done, yeah? thanks love", _no_stacks)


def t205_neg_helpdesk(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    text = ("Move every block that is not in a bowl into the bin. "
            "Then verify that the blocks in the bowls have not been moved.")
    return _made(w, text, both(binned(outside), kept(*inside)))


def t205_neg_gamer(w: World) -> Made:
    cands = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    text = f"yeet every block into the bin except the ones in the {bowl}, those stay"
    return _made(w, text, both(binned(rest), none_binned(inside)))


def t205_neg_gran(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = ("I would like the bowls emptied, dear, but not into the bin, if you please; "
            "just set the blocks from them down on the table.")
    return _made(w, text, both(*(empty(bowl) for bowl in w.bowls), _grounded(inside)))


# ----- relative ---------------------------------------------------------------------------------------
def t205_rel_driver(w: World) -> Made:
    cands = w.pairs()
    if not cands:
        return None
    top, below = w.rng.choice(cands)
    return _made(w, f"the block on top of the {below}, bin it. next.", binned([top]))


def t205_rel_concierge(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    cands = [b for b in w.blocks if w.state.base(b) in _GROUND]
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = _nearest(w, b, w.bowls)
    if bowl is None or not _room(w, bowl):
        return None
    text = f"Would you be so good as to place the {b} into whichever bowl is nearest to it? Most appreciated."
    return _made(w, text, rels(Rel("in", b, bowl)))


def t205_rel_cashier(w: World) -> Made:
    cands = [(top, below, bowl) for top, below in w.pairs() for bowl in w.bowls
             if w.state.base(below) != bowl and _room(w, bowl)]
    if not cands:
        return None
    top, below, bowl = w.rng.choice(cands)
    text = f"the block under the {top}, pop that one in the {bowl} would ya? ta"
    return _made(w, text, rels(Rel("in", below, bowl)))


def t205_rel_helpdesk(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _loose(w) if w.state.base(b) != bowl]
    b = _nearest(w, bowl, cands)
    if b is None:
        return None
    text = f"Step 1: identify the block closest to the {bowl}. Step 2: move that block into the bin. Step 3: confirm."
    return _made(w, text, binned([b]))


def t205_rel_gamer(w: World) -> Made:
    ref = w.rng.choice(w.blocks)
    b = _nearest(w, ref, [c for c in _loose(w) if c != ref], far=True)
    if b is None:
        return None
    place = w.rng.choice(_CORNERS)
    text = f"move the block thats furthest from the {ref} to the {place} pls"
    return _made(w, text, rels(Rel("at", b, place)))


def t205_rel_gran(w: World) -> Made:
    cands = [b for b in w.clear_blocks() if _on_ground(w, b)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    b = _nearest(w, a, [c for c in _loose(w) if c != a])
    if b is None or not w.state.is_clear(b) or not _fits_on(w, b):
        return None
    text = (f"Could you put the {a} on top of whichever block is nearest to it, dear? "
            "I can never quite tell which one that is with my eyes.")
    return _made(w, text, rels(Rel("on", a, b)))


# ----- keep -------------------------------------------------------------------------------------------
def t205_keep_driver(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] not in w.state.support and w.state.base(b) != BIN]
    if not cands:
        return None
    keep = w.rng.choice(cands)
    rest = [b for b in w.blocks if b != keep]
    return _made(w, f"all blocks in the bin. {keep} stays put.", both(binned(rest), kept(keep)))


def t205_keep_concierge(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    cands = [(a, b) for a in w.clear_blocks() for b in _loose(w)
             if a != b and a not in inside and b not in inside and _fits_on(w, b)]
    if not cands:
        return None
    a, b = w.rng.choice(cands)
    text = (f"Would you kindly put the {a} on the {b}, leaving the {bowl} and its contents "
            "exactly as they are? Thank you so much.")
    return _made(w, text, both(rels(Rel("on", a, b)), kept(*inside), count_in(bowl, len(inside))))


def t205_keep_cashier(w: World) -> Made:
    cands = [(a, bowl, k) for a in w.clear_blocks() for bowl in w.bowls for k in w.blocks
             if w.state.base(a) != bowl and _room(w, bowl) and k != a]
    if not cands:
        return None
    a, bowl, k = w.rng.choice(cands)
    text = f"move the {a} into the {bowl} but keep the {k} where it is, yeah? there you go"
    return _made(w, text, both(rels(Rel("in", a, bowl)), kept(k)))


def t205_keep_helpdesk(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    b, place = w.rng.choice(cands), w.rng.choice(_CORNERS)
    others = [o for o in w.blocks if o != b]
    text = (f"Move the {b} to the {place}. Do not change the position of any other block. "
            "Verify when complete.")
    return _made(w, text, both(rels(Rel("at", b, place)), kept(*others)))


def t205_keep_gamer(w: World) -> Made:
    cands = [(a, b, k) for a in w.clear_blocks() for b in _loose(w) for k in w.blocks
             if len({a, b, k}) == 3 and _fits_on(w, b) and k not in w.state.above(b)]
    if not cands:
        return None
    a, b, k = w.rng.choice(cands)
    text = f"stack the {a} on the {b} but dont touch the {k} fr"
    return _made(w, text, both(rels(Rel("on", a, b)), kept(k)))


def t205_keep_gran(w: World) -> Made:
    loose = _loose(w)
    cands = [(x, y, z) for z in loose for x in loose for y in loose
             if len({x, y, z}) == 3 and x < y and z not in w.state.above(x) and z not in w.state.above(y)]
    if not cands:
        return None
    x, y, z = w.rng.choice(cands)
    where = f" in the {w.state.base(z)}" if w.state.base(z) in w.bowls else ""
    text = (f"Would you please put the {x} and the {y} into the bin, dear? But the {z}{where} "
            "should stay just exactly where it is; I am rather fond of it there.")
    return _made(w, text, both(binned([x, y]), kept(z)))


# ----- multi-step -------------------------------------------------------------------------------------
def t205_multi_driver(w: World) -> Made:
    cands = [(r, b, g) for r in w.clear_blocks() for b in _loose(w) for g in _loose(w)
             if len({r, b, g}) == 3 and _fits_on(w, g) and g not in w.state.above(b)]
    if not cands:
        return None
    r, b, g = w.rng.choice(cands)
    text = f"{r} to the bin. then {b} onto the {g}. next stop."
    return _made(w, text, both(binned([r]), rels(Rel("on", b, g))))


def t205_multi_concierge(w: World) -> Made:
    cands = [(x, z, bowl) for x in _loose(w) for z in _loose(w) for bowl in w.bowls
             if x != z and x not in w.state.above(z) and _room(w, bowl, 2)]
    if not cands:
        return None
    x, z, bowl = w.rng.choice(cands)
    text = (f"First, if you would, place the {x} in the {bowl}; thereafter, kindly set the {z} "
            f"on top of the {x}. Thank you.")
    return _made(w, text, rels(Rel("in", x, bowl), Rel("on", z, x)))


def t205_multi_cashier(w: World) -> Made:
    cands = [(g, s, y) for g, s in w.pairs() for y in _loose(w)
             if w.state.is_clear(g) and y not in (g, s) and s not in w.state.above(y)]
    if not cands:
        return None
    g, s, y = w.rng.choice(cands)
    text = f"ok first the {g} in the bin, then the {y} where the {g} was, on the {s}. ta, anything else?"
    return _made(w, text, both(binned([g]), rels(Rel("on", y, s))))


def t205_multi_helpdesk(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    b, r = pair
    place = w.rng.choice(_CORNERS)
    text = (f"Step 1: move the {b} to the {place}. Step 2: place the {r} on top of the {b}. "
            "Step 3: verify both positions.")
    return _made(w, text, rels(Rel("at", b, place), Rel("on", r, b)))


def t205_multi_gamer(w: World) -> Made:
    cands = [(bowl, b) for bowl in w.bowls for b in _loose(w)
             if w.state.in_bowl(bowl) and w.state.base(b) != bowl]
    if not cands:
        return None
    bowl, b = w.rng.choice(cands)
    inside = w.state.in_bowl(bowl)
    text = f"first dump everything in the {bowl} into the bin then put the {b} in the {bowl} gg"
    return _made(w, text, both(binned(inside), rels(Rel("in", b, bowl))))


def t205_multi_gran(w: World) -> Made:
    cands = [(y, r, bowl) for y, r in w.pairs() for bowl in w.bowls
             if w.state.is_clear(y) and w.state.base(r) != bowl and _room(w, bowl)]
    if not cands:
        return None
    y, r, bowl = w.rng.choice(cands)
    text = (f"First, dear, would you lift the {y} off the {r} and put it down on the table, "
            f"and after that put the {r} in the {bowl}. Bless you for your patience.")
    return _made(w, text, rels(Rel("on_table", y), Rel("in", r, bowl)))


# ----- question ---------------------------------------------------------------------------------------
def t205_q_driver(w: World) -> Made:
    cands = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    return f"how many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t205_q_concierge(w: World) -> Made:
    cands = w.pairs()
    if not cands:
        return None
    top, below = w.rng.choice(cands)
    return f"If I may, could you tell me which block is resting on the {below}?", answered(top)


def t205_q_cashier(w: World) -> Made:
    n = len(w.in_bowls())
    if not n:
        return None
    if w.rng.random() < 0.5:
        b = w.rng.choice(w.in_bowls())
        bowl = w.state.base(b)
    else:
        b, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = holds(Rel("in", b, bowl), w.state)
    text = f"is the {b} in the {bowl}? oh and how many blocks are in bowls altogether?"
    return text, answered(f"{yes(flag).lower()}|{n}")


def t205_q_helpdesk(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        pick = w.pick(w.blocks, 2)
        if not pick:
            return None
        a, b = pick
    flag = w.state.support[a] == b
    text = f"Please confirm: is the {a} directly on top of the {b}? Reply yes or no."
    return text, answered(yes(flag))


def t205_q_gamer(w: World) -> Made:
    cands = [b for b in w.blocks if _where(w, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return f"yo where's the {b} at rn", answered(str(_where(w, b)))


def t205_q_gran(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    text = (f"I have lost count, dear. How many blocks are there on the table in all, bowls and everything? "
            f"And which bowl is the {b} in?")
    return text, answered(f"{len(w.blocks)}|{w.state.base(b)}")


# ----- matching ---------------------------------------------------------------------------------------
def _movers(w: World) -> list[str]:
    """Blocks with a bowl of their colour."""
    return [r.block for r in matching(w)]


def t205_match_driver(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "blocks into the bowl of the same colour. move along.", rels(*want))


def t205_match_concierge(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Would you kindly place the {r.block} into the bowl that matches its colour? With my thanks."
    return _made(w, text, rels(r))


def t205_match_cashier(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in _movers(w)]
    text = "put the blocks that match a bowl in their bowls and bin the rest, ta. anything else? no? lovely"
    return _made(w, text, both(rels(*want), binned(rest)))


def t205_match_helpdesk(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = ("For every bowl that has a block of the same colour: Step 1, place that block in it. Step 2, remove "
            "any other blocks from that bowl. Verify that each such bowl holds only its matching block.")
    return _made(w, text, both(*(_exactly(r.target, [r.block]) for r in want)))


def t205_match_gamer(w: World) -> Made:
    by_colour = {w.colour(b): b for b in w.blocks}
    cands = [(bowl, by_colour[w.colour(bowl)], t) for bowl in w.bowls if w.colour(bowl) in by_colour
             for t in w.clear_blocks()]
    cands = [(bowl, x, t) for bowl, x, t in cands
             if t != x and _fits_on(w, t) and t not in w.state.above(x) and w.state.base(x) != BIN]
    if not cands:
        return None
    bowl, x, t = w.rng.choice(cands)
    text = f"put the block thats the same color as the {bowl} on top of the {t} ngl thats it"
    return _made(w, text, rels(Rel("on", x, t)))


def t205_match_gran(w: World) -> Made:
    want = matching(w)
    movers = [r.block for r in want if not holds(r, w.state)]
    if not movers:
        return None
    others = [b for b in w.blocks if b not in _movers(w)]
    if any(o in w.state.above(m) for m in movers for o in others):
        return None
    text = ("The blocks whose colour matches one of the bowls should go into that bowl, dear, "
            "and please leave all the others exactly where they are.")
    return _made(w, text, both(rels(*want), kept(*others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("driver", "concierge", "cashier", "helpdesk", "gamer", "gran")
FRESH205: list[Template] = [
    (f"t205_{short}_{style}", category, globals()[f"t205_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
