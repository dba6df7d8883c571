"""`FRESH256`, the two-hundred-and-fifty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain
questions about the table, one or two in a message. Six personas, one style each:
- dentist: "Please place the red block in the blue bowl, gently. Thank you."
- mandarin: "Please help me put the red block on the blue block, on the top of it."
- skater: "yo stick the red block in the top left corner real quick"
- guide: "This next piece is headed for storage, so please put the red block into the bin."
- tiredparent: "red block on the blue block. then green block on the red one. then done"
- plain37: "Build a tower with the red block at the bottom, then the blue block, then the green block on top."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a7c0009, the code of b5d55d5, before anything it could prompt): 0.81
goal-correct (243 of 300), 45 refused, seven questions, no wrong action and five wrong replies. The wrong replies: the
plain adult's "Which bowl is X in? And is there anything on top of it?" answered the second question about W, not X. The
questions: the tired parent's "i just want W empty. put the stuff on the table" and the skater's "bin X but dont touch
the stuff in W". The refusals: the guide's "This next piece is headed for storage, so please put X into the bin.", "What
I'd like, so the display reads well from the door, is X sitting on top of Y.", "You'll see a few bowls. The one furthest
to the left is where X belongs, so please put it in there." and "We're only reorganising W today: empty it into the bin,
and the rest of the table stays just as it is."; the tired parent's "get X out of W... just on the table is fine" and
"the one sitting on X. take it off... on the table is fine"; the skater's "grab whatever block is closest to W and stack
it on X"; the Mandarin speaker's "First take X off from Y, after that put Y into the bin." and "Put the blocks into the
bowl with same colour, but only the blocks on the table. The blocks already in bowls, don't move them."
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

_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]
_BIN_ROOM = 5  # the most blocks a template asks to put in the bin


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence with its action check, or None when the goal already holds in the scene."""
    full = _act(check)
    if full(w.state, w.state):
        return None
    return text, full


def _free_room(w: World, bowl: str, coming: list[str]) -> bool:
    """Whether the bowl has room for the blocks in `coming` (those already in it are counted once)."""
    inside = set(w.state.in_bowl(bowl))
    return len(inside | set(coming)) <= layout.BOWL_CAPACITY


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _depth(w: World, block: str) -> int:
    """How high `block` sits in its tower (1: on the table or a bowl)."""
    return 1 + len(_below(w, block))


def _on_table_base(f: SymState, block: str) -> bool:
    """The block's tower stands on the table (a named place included): what people call 'on the table'."""
    return f.support.get(block) is not None and f.base(block) in (TABLE, *PLACES)


def _not_base(block: str, where: str) -> Check:
    return lambda _i, f: f.base(block) != where


def _on_any(a: str, b: str) -> Check:
    """One of the two rests directly on the other."""
    return lambda _i, f: f.support[a] == b or f.support[b] == a


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower, in any order (on whatever it stands)."""

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


def _stack_target(w: World, exclude: list[str], max_depth: int = 3) -> list[str]:
    """Clear blocks on the table (not in a bowl) that one more block may go on."""
    return [b for b in w.clear_blocks()
            if b not in exclude and _depth(w, b) <= max_depth and w.state.base(b) in (TABLE, *PLACES)]


def _movable_onto(w: World, a: str, targets: list[str]) -> list[str]:
    """Targets that are not under `a` (putting a block onto one below it makes no sense)."""
    under = set(_below(w, a))
    return [t for t in targets if t != a and t not in under]


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, point: tuple[float, float], among: list[str], margin: float = 0.04) -> str | None:
    """The one object of `among` nearest `point`, when it is clearly nearer than every other."""
    if len(among) < 2:
        return None
    d = sorted(((((x - point[0]) ** 2 + (y - point[1]) ** 2) ** 0.5, n) for n in among
                for x, y in [_xy(w, n)]))
    if d[1][0] - d[0][0] < margin:
        return None
    return d[0][1]


def _bin_ok(blocks: list[str]) -> bool:
    return 0 < len(blocks) <= _BIN_ROOM


# ----- imperative -------------------------------------------------------------------------------------
def t256_imp_dentist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    choices = [b for b in w.blocks if w.state.base(b) != bowl]
    if not choices or not _free_room(w, bowl, choices[:1]):
        return None
    a = w.pick(choices)[0]
    return _made(w, f"Please place the {a} in the {bowl}, gently. Thank you.", rels(Rel("in", a, bowl)))


def t256_imp_mandarin(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    targets = _movable_onto(w, a, _stack_target(w, [a]))
    if not targets:
        return None
    b = w.pick(targets)[0]
    return _made(w, f"Please help me put the {a} on the {b}, on the top of it.", rels(Rel("on", a, b)))


def t256_imp_skater(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.pick(_CORNERS)[0]
    return _made(w, f"yo stick the {a} in the {corner} real quick", rels(Rel("at", a, corner)))


def t256_imp_guide(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"This next piece is headed for storage, so please put the {a} into the bin.",
                 binned([a]))


def t256_imp_tiredparent(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.support[b] in w.bowls]
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    return _made(w, f"get the {a} out of the {bowl}... just on the table is fine",
                 lambda _i, f: _on_table_base(f, a))


def t256_imp_plain37(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] in (TABLE, *PLACES)]
    if len(w.blocks) < 3 or not bottoms:
        return None
    a = w.pick(bottoms)[0]
    b, c = w.pick([x for x in w.blocks if x != a], 2)
    return _made(w, f"Build a tower with the {a} at the bottom, then the {b}, then the {c} on top.",
                 rels(Rel("stacked", a, b, c)))


# ----- declarative ------------------------------------------------------------------------------------
def t256_dec_dentist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick(w.blocks)[0]
    if not _free_room(w, bowl, [a]):
        return None
    return _made(w, f"The {a} should be in the {bowl}, please. That is all for today.", rels(Rel("in", a, bowl)))


def t256_dec_mandarin(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    targets = _movable_onto(w, a, _stack_target(w, [a]))
    if not targets:
        return None
    b = w.pick(targets)[0]
    return _made(w, f"The {a} must be on the {b}, I think this is more better.", rels(Rel("on", a, b)))


def t256_dec_skater(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"ok so the {a} goes in the bin lol", binned([a]))


def t256_dec_guide(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    if not _bin_ok(inside):
        return None
    return _made(w, f"The {bowl} is supposed to be empty at the end of the day, and whatever is in it now "
                    "belongs in the bin.", both(empty(bowl), binned(inside)))


def t256_dec_tiredparent(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.pick(_CORNERS)[0]
    return _made(w, f"the {a} goes in the {corner}. thats it", rels(Rel("at", a, corner)))


def t256_dec_plain37(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    bowl = w.pick(w.bowls)[0]
    a, b = w.pick(w.blocks, 2)
    if not _free_room(w, bowl, [a, b]):
        return None
    return _made(w, f"The {a} and the {b} should both be in the {bowl}.",
                 rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- desiderative -----------------------------------------------------------------------------------
def t256_des_dentist(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"I would like the {a} moved to the middle of the table, if you would.",
                 rels(Rel("at", a, _MIDDLE)))


def t256_des_mandarin(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"I want the {a} and the {b} both go into the bin.", binned([a, b]))


def t256_des_skater(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"i want a tower outta the {a} the {b} and the {c}, any order is fine", _one_tower([a, b, c]))


def t256_des_guide(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    targets = _movable_onto(w, a, _stack_target(w, [a]))
    if not targets:
        return None
    b = w.pick(targets)[0]
    return _made(w, f"What I'd like, so the display reads well from the door, is the {a} sitting on top of "
                    f"the {b}.", rels(Rel("on", a, b)))


def t256_des_tiredparent(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"i just want the {bowl} empty. put the stuff on the table",
                 both(empty(bowl), lambda _i, f: all(_on_table_base(f, b) for b in inside)))


def t256_des_plain37(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < 2:
        return None
    b1, b2 = w.pick(w.bowls, 2)
    a, b = w.pick(w.blocks, 2)
    if not _free_room(w, b1, [a]) or not _free_room(w, b2, [b]):
        return None
    return _made(w, f"My goal is to have the {a} in the {b1} and the {b} in the {b2}.",
                 rels(Rel("in", a, b1), Rel("in", b, b2)))


# ----- quantified -------------------------------------------------------------------------------------
def t256_qua_dentist(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Please place every block in the {bowl}, all of them, one at a time.",
                 count_in(bowl, len(w.blocks)))


def t256_qua_mandarin(w: World) -> Made:
    light = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) < 2]
    if not light or len(w.blocks) < 2:
        return None
    bowl = w.pick(light)[0]
    return _made(w, f"Put exactly two blocks in the {bowl}, which two is not important.", count_in(bowl, 2))


def t256_qua_skater(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    return _made(w, "every bowl needs at least one block in it ok, dont care which",
                 lambda _i, f: all(f.in_bowl(bowl) for bowl in f.bowls))


def t256_qua_guide(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "Each bowl should hold exactly one block; which block goes where is up to you, as long as "
                    "every bowl ends up with one.", lambda _i, f: all(len(f.in_bowl(bowl)) == 1 for bowl in f.bowls))


def t256_qua_tiredparent(w: World) -> Made:
    if not _bin_ok(w.blocks):
        return None
    return _made(w, "every block in the bin. all of them", binned(w.blocks))


def t256_qua_plain37(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.blocks) < 3 or len(w.state.in_bowl(bowl)) >= 3:
        return None
    return _made(w, f"Put at least three blocks in the {bowl}.", count_in(bowl, 3, exact=False))


# ----- negated ----------------------------------------------------------------------------------------
def t256_neg_dentist(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a]
    if not _bin_ok(rest):
        return None
    return _made(w, f"Please put all the blocks in the bin except the {a}. The {a} is not to go in.",
                 both(binned(rest), none_binned([a])))


def t256_neg_mandarin(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    return _made(w, f"Take the {a} out from the {bowl}, but please not put it in the bin.",
                 both(_not_base(a, bowl), none_binned([a])))


def t256_neg_skater(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _made(w, f"the {a} should NOT be on the {b} anymore. move it somewhere else, not the bin tho",
                 both(rels(Rel("on", a, b, negated=True)), none_binned([a])))


def t256_neg_guide(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    stay = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in stay]
    if not _bin_ok(rest):
        return None
    return _made(w, f"Everything goes into the bin apart from the blocks in the {bowl}; those stay exactly "
                    "where they are.", both(binned(rest), kept(*stay)))


def t256_neg_tiredparent(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"all the blocks in the {bowl}. not the {a} though",
                 both(rels(*(Rel("in", b, bowl) for b in rest)), _not_base(a, bowl)))


def t256_neg_plain37(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    src = w.pick(full)[0]
    dst = w.pick([b for b in w.bowls if b != src])[0]
    inside = w.state.in_bowl(src)
    if not _free_room(w, dst, inside):
        return None
    return _made(w, f"Don't leave any blocks in the {src}. Move them into the {dst} instead.",
                 both(empty(src), rels(*(Rel("in", b, dst) for b in inside))))


# ----- relative ---------------------------------------------------------------------------------------
def t256_rel_dentist(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowl = w.pick(w.bowls)[0]
    if not _free_room(w, bowl, [top]):
        return None
    return _made(w, f"Please lift the block that sits on top of the {below} and place it in the {bowl}.",
                 rels(Rel("in", top, bowl)))


def t256_rel_mandarin(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"The block under the {top}, please put it to the bin.",
                 both(binned([below]), none_binned([top])))


def t256_rel_skater(w: World) -> Made:
    empties = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not empties:
        return None
    bowl = w.pick(empties)[0]
    near = _nearest(w, _xy(w, bowl), w.blocks)
    if near is None:
        return None
    targets = _movable_onto(w, near, _stack_target(w, [near]))
    if not targets:
        return None
    b = w.pick(targets)[0]
    return _made(w, f"grab whatever block is closest to the {bowl} and stack it on the {b}",
                 rels(Rel("on", near, b)))


def t256_rel_guide(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    ys = sorted((_xy(w, bowl)[1], bowl) for bowl in w.bowls)
    if ys[1][0] - ys[0][0] < 0.05:
        return None
    left = ys[0][1]
    a = w.pick(w.blocks)[0]
    if not _free_room(w, left, [a]):
        return None
    return _made(w, f"You'll see a few bowls. The one furthest to the left is where the {a} belongs, so please "
                    "put it in there.", rels(Rel("in", a, left)))


def t256_rel_tiredparent(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"the one sitting on the {below}. take it off... on the table is fine",
                 both(rels(Rel("on", top, below, negated=True)), lambda _i, f: _on_table_base(f, top)))


def t256_rel_plain37(w: World) -> Made:
    corner = w.pick(_CORNERS)[0]
    near = _nearest(w, layout.PLACES[corner], w.blocks)
    if near is None:
        return None
    bowl = w.pick(w.bowls)[0]
    if not _free_room(w, bowl, [near]):
        return None
    return _made(w, f"Put the block nearest to the {corner} into the {bowl}.", rels(Rel("in", near, bowl)))


# ----- keep -------------------------------------------------------------------------------------------
def t256_keep_dentist(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    bowl = w.pick(w.bowls)[0]
    a = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != a and b not in w.state.above(a)]
    if not others or not _free_room(w, bowl, [a]):
        return None
    b = w.pick(others)[0]
    return _made(w, f"Please move the {a} into the {bowl}, and leave the {b} exactly where it is.",
                 both(rels(Rel("in", a, bowl)), kept(b)))


def t256_keep_mandarin(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a = w.pick(w.blocks)[0]
    targets = _movable_onto(w, a, _stack_target(w, [a]))
    if not targets:
        return None
    b = w.pick(targets)[0]
    others = [c for c in w.blocks if c not in (a, b) and c not in w.state.above(a)]
    if not others:
        return None
    c = w.pick(others)[0]
    return _made(w, f"Put the {a} on the {b}, but the {c} keep where it is now, don't move it.",
                 both(rels(Rel("on", a, b)), kept(c)))


def t256_keep_skater(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    stay = w.state.in_bowl(bowl)
    loose = [b for b in w.blocks if b not in stay]
    if not loose:
        return None
    a = w.pick(loose)[0]
    return _made(w, f"bin the {a} but dont touch the stuff in the {bowl}", both(binned([a]), kept(*stay)))


def t256_keep_guide(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not _bin_ok(inside):
        return None
    return _made(w, f"We're only reorganising the {bowl} today: empty it into the bin, and the rest of the table "
                    "stays just as it is.", both(binned(inside), kept(*rest)))


def t256_keep_tiredparent(w: World) -> Made:
    loose = [b for b in w.clear_blocks() if _depth(w, b) <= 3]
    if len(loose) < 2:
        return None
    a, b = w.pick(loose, 2)
    rest = [c for c in w.blocks if c not in (a, b)]
    return _made(w, f"tower with the {a} and the {b}. leave everything else",
                 both(_on_any(a, b), kept(*rest)))


def t256_keep_plain37(w: World) -> Made:
    pairs = w.pairs()
    if not pairs or len(w.blocks) < 3:
        return None
    b, c = w.pick(pairs)[0]
    choices = [a for a in w.blocks if a not in (b, c) and b not in w.state.above(a)]
    if not choices:
        return None
    a = w.pick(choices)[0]
    return _made(w, f"Put the {a} in the bin, but keep the {b} on the {c}.",
                 both(binned([a]), rels(Rel("on", b, c))))


# ----- multi-step -------------------------------------------------------------------------------------
def t256_multi_dentist(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    bowl = w.pick(w.bowls)[0]
    a, b = w.pick(w.blocks, 2)
    if not _free_room(w, bowl, [a, b]):
        return None
    return _made(w, f"First, place the {a} in the {bowl}. Then place the {b} on top of the {a}.",
                 rels(Rel("in", a, bowl), Rel("on", b, a)))


def t256_multi_mandarin(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"First take the {top} off from the {below}, after that put the {below} into the bin.",
                 both(binned([below]), none_binned([top])))


def t256_multi_skater(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    loose = [b for b in w.blocks if b not in inside]
    if not loose or not _bin_ok(inside):
        return None
    a = w.pick(loose)[0]
    return _made(w, f"first dump everything in the {bowl} into the bin then put the {a} in it",
                 both(binned(inside), rels(Rel("in", a, bowl))))


def t256_multi_guide(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    c1, c2 = w.pick(_CORNERS, 2)
    return _made(w, f"Let's take this in two steps. Step one: the {a} goes to the {c1}. Step two: the {b} goes to "
                    f"the {c2}.", rels(Rel("at", a, c1), Rel("at", b, c2)))


def t256_multi_tiredparent(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bases = _stack_target(w, [], max_depth=2)
    if not bases:
        return None
    b = w.pick(bases)[0]
    under = set(_below(w, b))
    others = [x for x in w.blocks if x != b and x not in under]
    if len(others) < 2:
        return None
    a, c = w.pick(others, 2)
    return _made(w, f"{a} on the {b}. then {c} on the {a}. then done",
                 rels(Rel("on", a, b), Rel("on", c, a)))


def t256_multi_plain37(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"Move the {a} to the middle of the table, and after that put the {b} in the bin.",
                 rels(Rel("at", a, _MIDDLE), Rel("in_bin", b)))


# ----- questions --------------------------------------------------------------------------------------
def t256_q_dentist(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"How many blocks are in the {bowl} at the moment?", answered(str(len(w.state.in_bowl(bowl))))


def t256_q_mandarin(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.pick(pairs)[0]
        return f"The {a} is on the {b}? Yes or no?", answered("Yes")
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    if b in _below(w, a):
        return None
    return f"The {a} is on the {b}? Yes or no?", answered("No")


def t256_q_skater(w: World) -> Made:
    ok = []
    for b in w.blocks:
        s = w.state.support[b]
        if s == TABLE or s in w.bowls or (s in w.state.support and w.state.base(s) == TABLE):
            ok.append(b)
    if not ok:
        return None
    a = w.pick(ok)[0]
    s = w.state.support[a]
    return f"yo whats the {a} sitting on rn", answered(s)


def t256_q_guide(w: World) -> Made:
    n = len(w.state.on_the_table())
    return ("Visitors always ask me this one: how many blocks are out on the table right now, not counting the "
            "ones in bowls?", answered(str(n)))


def t256_q_tiredparent(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    is_empty = not w.state.in_bowl(bowl)
    return (f"is the {bowl} empty? and how many blocks altogether",
            answered(f"{yes(is_empty)}|{len(w.blocks)}"))


def t256_q_plain37(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    covered = not w.state.is_clear(a)
    return (f"Which bowl is the {a} in? And is there anything on top of it?",
            answered(f"{bowl}|{yes(covered)}"))


# ----- matching ---------------------------------------------------------------------------------------
def _match_room(w: World, want: list[Rel]) -> bool:
    return all(_free_room(w, r.target, [r.block]) for r in want)


def t256_match_dentist(w: World) -> Made:
    want = matching(w)
    if not want or not _match_room(w, want):
        return None
    return _made(w, "Please put each block that has a matching bowl into the bowl of the same colour.",
                 rels(*want))


def t256_match_mandarin(w: World) -> Made:
    inside = w.in_bowls()
    want = [r for r in matching(w) if r.block not in inside]
    if not want or not _match_room(w, want):
        return None
    return _made(w, "Put the blocks into the bowl with same colour, but only the blocks on the table. The blocks "
                    "already in bowls, don't move them.", both(rels(*want), kept(*inside)))


def t256_match_skater(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not _bin_ok(rest) or not _match_room(w, want):
        return None
    return _made(w, "match the blocks to the bowls by colour and bin the rest",
                 both(rels(*want), binned(rest)))


def t256_match_guide(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    matched = {r.block for r in matching(w)}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not _match_room(w, want):
        return None
    if any(x in rest for r in want for x in w.state.above(r.block)):
        return None
    return _made(w, "Colour-coding is the idea here: any block that has a bowl in its own colour goes in that "
                    "bowl, and the others stay where they are.", both(rels(*matching(w)), kept(*rest)))


def t256_match_tiredparent(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.pick(want)[0]
    if not _free_room(w, r.target, [r.block]):
        return None
    return _made(w, f"the {r.block} goes in the {r.target}. thats all i need", rels(r))


def t256_match_plain37(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or not _match_room(w, want):
        return None
    return _made(w, "Sort the blocks into the bowls by colour, and put any block without a matching bowl on the "
                    "table.", both(rels(*want), lambda _i, f: all(_on_table_base(f, b) for b in rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("dentist", "mandarin", "skater", "guide", "tiredparent", "plain37")
FRESH256: list[Template] = [
    (f"t256_{short}_{style}", category, globals()[f"t256_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
