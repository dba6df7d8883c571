"""`FRESH199`, the two-hundredth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing into the chat window in their own plain
words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions about the
table, one or two in a message. Six personas, one style each:
- guide: a museum guide, courteous and descriptive ("Kindly place the red block in the blue bowl, if you would.")
- yoga: a yoga teacher, calm and gentle ("Let's gently rest the red block on top of the green block.")
- picker: a warehouse picker, terse job talk ("stow the red block in the bin.")
- grandpa: a retired grandfather, long and chatty, with asides ("Now then, take the red block, (...) and move it
  over to the top left corner, if it's no trouble.")
- teacher: a primary school teacher, encouraging ("Let's stack the red block on the blue block! Ready, everyone?")
- texter: a busy person texting, abbreviations and no capitals ("pls put the red block in the middle thx")

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 59284fb, the code of 2e64668, before anything it could prompt): 0.7567
goal-correct (227 of 300), 57 refused, six wrong actions and ten wrong replies. The wrong actions: "Can we take the block
at the very top of the tower and put it in the middle of the table?" was answered as a question about the tower (five),
and the grandfather's "..., there's a good fellow." had 'fellow' mended into 'yellow' and moved the yellow block. The
wrong replies: "how many blocks are in W these days, and is X one of them?" and "how many blocks r on the table and is W
empty" (the second question without a comma). The refusals were mostly the grandfather's long asides, "only not into the
bin, mind you", "let the green block join it there", "ship to bin", "put the cyan block where that one was", and "Take a
moment and notice: is X on Y?".
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
_GROUND = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """(text, check) for an action, or None when the goal already holds in the scene."""
    c = _act(check)
    return None if c(w.state, w.state) else (text, c)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _one(w: World, items: list):  # type: ignore[no-untyped-def]
    return w.rng.choice(items) if items else None


def _loose(w: World) -> list[str]:
    """Blocks on the table or in bowls (not in the bin, not held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _height(w: World, b: str) -> int:
    return 1 + len(_below(w, b))


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(adding)) <= layout.BOWL_CAPACITY


def _stackable(w: World, a: str, b: str, extra: int = 1) -> bool:
    """`a` can end up on `b` (and `extra` blocks in all go on `b`) without a too tall tower or an overfull bowl."""
    if a == b or a in _below(w, b) or _height(w, b) + extra > layout.MAX_TOWER:
        return False
    base = w.state.base(b)
    return base not in w.bowls or _room(w, base, [a])


def _stacks(w: World) -> list[str]:
    """The bottom block of every tower of two or more blocks."""
    return [b for b in w.blocks if w.state.support[b] not in w.state.support and w.state.on_top(b)]


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, cands: list[str], dist, margin: float = 0.04) -> str | None:  # type: ignore[no-untyped-def]
    """The one candidate clearly nearest (by `dist`), or None when two are about as near."""
    if len(cands) < 2:
        return None
    ranked = sorted(cands, key=dist)
    return ranked[0] if dist(ranked[1]) - dist(ranked[0]) >= margin else None


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _unmatched(w: World) -> list[str]:
    """Blocks whose colour no bowl has."""
    colours = {w.colour(b) for b in w.bowls}
    return [b for b in _loose(w) if w.colour(b) not in colours]


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _grounded(blocks: list[str]) -> Check:
    """Every block stands (directly or in a tower) on the table, a named place included."""

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) in _GROUND for b in blocks)

    return check


def _bin_dist(w: World, b: str) -> float:
    x, y = _pos(w, b)
    return ((x - layout.BIN_CENTER[0]) ** 2 + (y - layout.BIN_CENTER[1]) ** 2) ** 0.5


# ----- imperative ------------------------------------------------------------------------------------
def t199_imp_guide(w: World) -> Made:
    opts = [(b, o) for b in _loose(w) for o in w.bowls if w.state.base(b) != o and _room(w, o, [b])]
    pick = _one(w, opts)
    if not pick:
        return None
    b, o = pick
    return _made(w, f"Kindly place the {b} in the {o}, if you would.", rels(Rel("in", b, o)))


def t199_imp_yoga(w: World) -> Made:
    pick = _one(w, [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(w, a, b)])
    if not pick:
        return None
    a, b = pick
    return _made(w, f"Let's gently rest the {a} on top of the {b}. Softly now.", rels(Rel("on", a, b)))


def t199_imp_picker(w: World) -> Made:
    b = _one(w, _loose(w))
    return _made(w, f"stow the {b} in the bin.", binned([b])) if b else None


def t199_imp_grandpa(w: World) -> Made:
    b, corner = _one(w, _loose(w)), _one(w, _CORNERS)
    if not b:
        return None
    text = (f"Now then, take the {b} (my grandson calls it the wobbly one, don't ask me why, it's as steady as "
            f"a rock) and move it over to the {corner} of the table, if it's no trouble.")
    return _made(w, text, rels(Rel("at", b, corner)))


def t199_imp_teacher(w: World) -> Made:
    pick = _one(w, [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(w, a, b)])
    if not pick:
        return None
    a, b = pick
    return _made(w, f"Let's stack the {a} on the {b}! Ready, everyone?", rels(Rel("on", a, b)))


def t199_imp_texter(w: World) -> Made:
    b = _one(w, _loose(w))
    return _made(w, f"pls put the {b} in the middle of the table thx", rels(Rel("at", b, _MIDDLE))) if b else None


# ----- declarative -----------------------------------------------------------------------------------
def t199_dec_guide(w: World) -> Made:
    opts = [(b, o) for b in _loose(w) for o in w.bowls if w.state.base(b) != o and _room(w, o, [b])]
    pick = _one(w, opts)
    if not pick:
        return None
    b, o = pick
    return _made(w, f"This piece here, the {b}, belongs in the {o}.", rels(Rel("in", b, o)))


def t199_dec_yoga(w: World) -> Made:
    b = _one(w, [b for b in _loose(w) if w.state.base(b) in w.bowls])
    if not b:
        return None
    return _made(w, f"The {b} rests on the table, out of its bowl, calm and at ease.", _grounded([b]))


def t199_dec_picker(w: World) -> Made:
    pick = w.pick(_loose(w), 2)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"{a} and {b} go in the bin.", binned([a, b]))


def t199_dec_grandpa(w: World) -> Made:
    pick = _one(w, [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(w, a, b)])
    if not pick:
        return None
    a, b = pick
    text = (f"The {a} ought to be sitting right on top of the {b}, the way it was when my wife first set this "
            "table up, bless her.")
    return _made(w, text, rels(Rel("on", a, b)))


def t199_dec_teacher(w: World) -> Made:
    opts = [(a, b, o) for o in w.bowls for a in _loose(w) for b in _loose(w)
            if a < b and _room(w, o, [a, b]) and w.state.base(a) != o and w.state.base(b) != o]
    pick = _one(w, opts)
    if not pick:
        return None
    a, b, o = pick
    if w.rng.random() < 0.5:
        a, b = b, a
    text = f"The {a} should be in the {o}, and the {b} should be in the {o} too!"
    return _made(w, text, rels(Rel("in", a, o), Rel("in", b, o)))


def t199_dec_texter(w: World) -> Made:
    b, corner = _one(w, _loose(w)), _one(w, _CORNERS)
    return _made(w, f"the {b} should b in the {corner}", rels(Rel("at", b, corner))) if b else None


# ----- desiderative ----------------------------------------------------------------------------------
def t199_des_guide(w: World) -> Made:
    b = _one(w, _loose(w))
    return _made(w, f"I would like the {b} placed in the bin, if you would be so kind.", binned([b])) if b else None


def t199_des_yoga(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not o:
        return None
    text = f"I'd love for the {o} to be empty. Take a breath, and softly lift out whatever is resting in it."
    return _made(w, text, empty(o))


def t199_des_picker(w: World) -> Made:
    opts = [(a, b, c) for c in _loose(w) if w.state.base(c) == TABLE and _height(w, c) + 2 <= layout.MAX_TOWER
            for a in _loose(w) for b in _loose(w)
            if len({a, b, c}) == 3 and a not in _below(w, c) and b not in _below(w, c)]
    pick = _one(w, opts)
    if not pick:
        return None
    a, b, c = pick
    text = f"want the {a} on the {b}, {b} on the {c}."
    return _made(w, text, rels(Rel("on", a, b), Rel("on", b, c)))


def t199_des_grandpa(w: World) -> Made:
    opts = [(b, o) for b in _loose(w) for o in w.bowls if w.state.base(b) != o and _room(w, o, [b])]
    pick = _one(w, opts)
    if not pick:
        return None
    b, o = pick
    text = f"What I'd really like, and the wife agrees with me for once, is to see the {b} in the {o}."
    return _made(w, text, rels(Rel("in", b, o)))


def t199_des_teacher(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    text = f"My goal for us today is to have the {b} sitting in the middle of the table. Can we do it?"
    return _made(w, text, rels(Rel("at", b, _MIDDLE)))


def t199_des_texter(w: World) -> Made:
    pick = _one(w, [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(w, a, b)])
    if not pick:
        return None
    a, b = pick
    return _made(w, f"i want the {a} on the {b} pls", rels(Rel("on", a, b)))


# ----- quantified ------------------------------------------------------------------------------------
def t199_qua_guide(w: World) -> Made:
    blocks = _loose(w)
    o = _one(w, [o for o in w.bowls if _room(w, o, blocks)])
    if not o or len(blocks) != len(w.blocks):
        return None
    return _made(w, f"Kindly gather every block into the {o}, if you would.",
                 rels(*(Rel("in", b, o) for b in blocks)))


def t199_qua_yoga(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if len(w.state.in_bowl(o)) >= 2])
    if not o:
        return None
    text = f"Let's gently lift each block out of the {o} and set them all down on the table."
    return _made(w, text, _grounded(w.state.in_bowl(o)))


def t199_qua_picker(w: World) -> Made:
    on_table = [b for b in w.state.on_the_table() if b in _loose(w)]
    if len(on_table) < 2:
        return None
    return _made(w, "bin all blocks on the table.", binned(on_table))


def t199_qua_grandpa(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if len(w.state.in_bowl(o)) != 2])
    if not o or len(_loose(w)) < 2:
        return None
    text = (f"I'd like exactly two blocks in the {o}. No more, no less, mind, and I don't much care which two, "
            "you pick.")
    return _made(w, text, count_in(o, 2))


def t199_qua_teacher(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    text = "Let's make sure every bowl has exactly one block in it! Can we do that?"
    return _made(w, text, both(*(count_in(o, 1) for o in w.bowls)))


def t199_qua_texter(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if len(w.state.in_bowl(o)) >= 2])
    if not o:
        return None
    return _made(w, f"can u put all the blocks from the {o} in the bin", binned(w.state.in_bowl(o)))


# ----- negated ---------------------------------------------------------------------------------------
def t199_neg_guide(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    rest = [x for x in _loose(w) if x != b]
    text = f"Kindly move every block into the bin, with the exception of the {b}."
    return _made(w, text, both(binned(rest), none_binned([b])))


def t199_neg_yoga(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    rest = [x for x in _loose(w) if x != b]
    o = _one(w, [o for o in w.bowls if len(rest) <= layout.BOWL_CAPACITY])
    if not o:
        return None
    text = f"Softly now, place every block except the {b} into the {o}."
    return _made(w, text, both(rels(*(Rel("in", x, o) for x in rest)), _not(Rel("in", b, o))))


def t199_neg_picker(w: World) -> Made:
    pick = _one(w, [(a, b) for a, b in w.pairs() if a in _loose(w)])
    if not pick:
        return None
    a, b = pick
    return _made(w, f"pull the {a} off the {b}. not to the bin.", both(_not(Rel("on", a, b)), none_binned([a])))


def t199_neg_grandpa(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not o:
        return None
    inside = w.state.in_bowl(o)
    text = (f"Now, I'd like every block taken out of the {o}, only not into the bin, mind you; the bin's for "
            "rubbish and those are perfectly good blocks.")
    return _made(w, text, both(empty(o), none_binned(inside)))


def t199_neg_teacher(w: World) -> Made:
    if len(_loose(w)) < 3:
        return None
    a, b = w.pick(_loose(w), 2)
    rest = [x for x in _loose(w) if x not in (a, b)]
    text = f"Let's put all the blocks in the bin, all except the {a} and the {b}!"
    return _made(w, text, both(binned(rest), none_binned([a, b])))


def t199_neg_texter(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not o:
        return None
    inside = w.state.in_bowl(o)
    rest = [x for x in _loose(w) if x not in inside]
    if not rest:
        return None
    return _made(w, f"all blocks in the bin except the ones in the {o} pls", both(binned(rest), none_binned(inside)))


# ----- relative --------------------------------------------------------------------------------------
def t199_rel_guide(w: World) -> Made:
    opts = [(top, b, o) for top, b in w.pairs() for o in w.bowls
            if top in _loose(w) and w.state.base(top) != o and _room(w, o, [top])]
    pick = _one(w, opts)
    if not pick:
        return None
    top, b, o = pick
    text = f"Kindly take whichever block sits on top of the {b} and place it in the {o}."
    return _made(w, text, rels(Rel("in", top, o)))


def t199_rel_yoga(w: World) -> Made:
    alone = [b for b in _loose(w) if w.state.support[b] not in w.state.support and w.state.is_clear(b)]
    ref = _one(w, alone)
    if not ref:
        return None
    near = _nearest(w, [b for b in _loose(w) if b != ref], lambda b: w.dist(ref, b))
    if not near:
        return None
    return _made(w, f"Let's gently move the block nearest the {ref} into the bin.", binned([near]))


def t199_rel_picker(w: World) -> Made:
    opts = [(a, b, o) for a, b in w.pairs() for o in w.bowls
            if b in _loose(w) and w.state.base(b) != o and _room(w, o, [b])]
    pick = _one(w, opts)
    if not pick:
        return None
    a, b, o = pick
    return _made(w, f"block under the {a}: load it in the {o}.", rels(Rel("in", b, o)))


def t199_rel_grandpa(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if len(w.state.in_bowl(o)) == 1])
    if not o:
        return None
    b, corner = w.state.in_bowl(o)[0], _one(w, _CORNERS)
    text = (f"You see the {o}? There's just the one block in it. Would you take that block out and set it down "
            f"in the {corner}, there's a good fellow.")
    return _made(w, text, rels(Rel("at", b, corner)))


def t199_rel_teacher(w: World) -> Made:
    bottoms = _stacks(w)
    if len(bottoms) != 1:
        return None
    top = w.state.above(bottoms[0])[0]
    text = "Can we take the block at the very top of the tower and put it in the middle of the table?"
    return _made(w, text, rels(Rel("at", top, _MIDDLE)))


def t199_rel_texter(w: World) -> Made:
    near = _nearest(w, _loose(w), lambda b: _bin_dist(w, b))
    if not near:
        return None
    return _made(w, "move the block closest to the bin to the top right corner pls",
                 rels(Rel("at", near, "top right corner")))


# ----- keep ------------------------------------------------------------------------------------------
def t199_keep_guide(w: World) -> Made:
    opts = [(a, o, k) for a in _loose(w) for o in w.bowls for k in _loose(w)
            if k != a and w.state.base(a) != o and _room(w, o, [a]) and k not in w.state.above(a)]
    pick = _one(w, opts)
    if not pick:
        return None
    a, o, k = pick
    text = f"Kindly place the {a} in the {o}, but do leave the {k} exactly where it is, if you would."
    return _made(w, text, both(rels(Rel("in", a, o)), kept(k)))


def t199_keep_yoga(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not o:
        return None
    k = _one(w, [k for k in _loose(w) if w.state.base(k) != o])
    if not k:
        return None
    text = f"Let's softly empty the {o} into the bin, and let the {k} stay just where it is."
    return _made(w, text, both(binned(w.state.in_bowl(o)), kept(k)))


def t199_keep_picker(w: World) -> Made:
    opts = [(a, b, k) for a in _loose(w) for b in _loose(w) for k in _loose(w)
            if _stackable(w, a, b) and k not in (a, b) and k not in w.state.above(a) + w.state.above(b)]
    pick = _one(w, opts)
    if not pick:
        return None
    a, b, k = pick
    return _made(w, f"stack the {a} on the {b}. {k} stays put.", both(rels(Rel("on", a, b)), kept(k)))


def t199_keep_grandpa(w: World) -> Made:
    bottom = _one(w, _stacks(w))
    if not bottom:
        return None
    tower = [bottom, *w.state.above(bottom)]
    y = _one(w, [b for b in _loose(w) if b not in tower])
    if not y:
        return None
    t = _one(w, tower)
    text = (f"I'd like the {y} in the bin, but don't you go touching the stack the {t} is in; took me all "
            "afternoon, that did.")
    return _made(w, text, both(binned([y]), kept(*tower)))


def t199_keep_teacher(w: World) -> Made:
    k = _one(w, [k for k in _loose(w) if w.state.support[k] not in w.state.support])
    if not k:
        return None
    rest = [x for x in _loose(w) if x != k]
    text = f"Let's put every block in the bin, but keep the {k} right where it is!"
    return _made(w, text, both(binned(rest), kept(k)))


def t199_keep_texter(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not o:
        return None
    inside = w.state.in_bowl(o)
    a = _one(w, [a for a in _loose(w) if a not in inside])
    if not a:
        return None
    text = f"pls put the {a} in the bin but keep everything in the {o} where it is"
    return _made(w, text, both(binned([a]), kept(*inside)))


# ----- multi-step ------------------------------------------------------------------------------------
def t199_multi_guide(w: World) -> Made:
    opts = [(a, b, o) for a in _loose(w) for b in _loose(w) for o in w.bowls
            if a != b and w.state.base(a) != o and _room(w, o, [a, b])]
    pick = _one(w, opts)
    if not pick:
        return None
    a, b, o = pick
    text = f"First, kindly place the {a} in the {o}; then, if you would, set the {b} on top of it."
    return _made(w, text, rels(Rel("in", a, o), Rel("on", b, a)))


def t199_multi_yoga(w: World) -> Made:
    pick = w.pick(_loose(w), 2)
    if not pick:
        return None
    a, b = pick
    text = f"Take a moment. First, move the {a} to the middle, and then let the {b} join it there."
    return _made(w, text, rels(Rel("at", a, _MIDDLE), Rel("at", b, _MIDDLE)))


def t199_multi_picker(w: World) -> Made:
    opts = [(a, b, o) for o in w.bowls for a in w.state.in_bowl(o) for b in _loose(w) if w.state.base(b) != o]
    pick = _one(w, opts)
    if not pick:
        return None
    a, b, o = pick
    text = f"pull the {a} from the {o}, ship to bin. then load the {b} in the {o}."
    return _made(w, text, both(binned([a]), rels(Rel("in", b, o))))


def t199_multi_grandpa(w: World) -> Made:
    opts = [(a, c, b) for a, c in w.pairs() for b in _loose(w)
            if a in _loose(w) and b not in (a, c) and b not in _below(w, c)]
    pick = _one(w, opts)
    if not pick:
        return None
    a, c, b = pick
    text = (f"First things first: the {a} goes in the bin. After that, when you've a minute, put the {b} "
            f"where that one was, on top of the {c}.")
    return _made(w, text, both(binned([a]), rels(Rel("on", b, c))))


def t199_multi_teacher(w: World) -> Made:
    o = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not o:
        return None
    inside = w.state.in_bowl(o)
    b = _one(w, [b for b in _loose(w) if b not in inside])
    if not b:
        return None
    text = f"First let's empty the {o} into the bin, and then can we put the {b} in the {o}? Good job, team!"
    return _made(w, text, both(binned(inside), rels(Rel("in", b, o))))


def t199_multi_texter(w: World) -> Made:
    opts = [(a, b, c) for a in _loose(w) for b in _loose(w) for c in _loose(w)
            if a not in (b, c) and _stackable(w, b, c) and a not in _below(w, c)]
    pick = _one(w, opts)
    if not pick:
        return None
    a, b, c = pick
    return _made(w, f"first the {a} in the bin then the {b} on the {c} thx", both(binned([a]), rels(Rel("on", b, c))))


# ----- questions -------------------------------------------------------------------------------------
def t199_q_guide(w: World) -> Made:
    o = _one(w, w.bowls)
    if not o:
        return None
    return _ask(f"Would you kindly tell me how many blocks are resting in the {o}?", str(len(w.state.in_bowl(o))))


def t199_q_yoga(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = _one(w, pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    text = f"Take a moment and notice: is the {a} sitting on the {b}?"
    return _ask(text, yes(w.state.support[a] == b))


def t199_q_picker(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.7:
        top, b = _one(w, pairs)
        return _ask(f"what's on the {b}?", top)
    b = _one(w, [b for b in w.blocks if w.state.is_clear(b)])
    return _ask(f"what's on the {b}?", "nothing") if b else None


def t199_q_grandpa(w: World) -> Made:
    o = _one(w, w.bowls)
    a = _one(w, w.blocks)
    if not o or not a:
        return None
    inside = w.state.in_bowl(o)
    if inside and w.rng.random() < 0.5:
        a = _one(w, inside)
    text = (f"Tell me something, would you: how many blocks are in the {o} these days, and is the {a} one of "
            "them?")
    return _ask(text, f"{len(inside)}|{yes(a in inside)}")


def t199_q_teacher(w: World) -> Made:
    pick = _one(w, w.pairs())
    if not pick:
        return None
    a, b = pick
    return _ask(f"Can you tell the class which block is under the {a}?", b)


def t199_q_texter(w: World) -> Made:
    o = _one(w, w.bowls)
    if not o:
        return None
    n = w.state.count_at(TABLE)
    text = f"how many blocks r on the table and is the {o} empty"
    return _ask(text, f"{n}|{yes(not w.state.in_bowl(o))}")


# ----- matching --------------------------------------------------------------------------------------
def t199_match_guide(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Kindly place each block in the bowl of its own colour.", rels(*want))


def t199_match_yoga(w: World) -> Made:
    opts = [(b, o) for b in _loose(w) if (o := _bowl_of(w, w.colour(b)))]
    pick = _one(w, opts)
    if not pick:
        return None
    b, o = pick
    return _made(w, f"Let's gently set the {b} into the bowl that shares its colour.", rels(Rel("in", b, o)))


def t199_match_picker(w: World) -> Made:
    want, rest = matching(w), _unmatched(w)
    if not want or not rest:
        return None
    return _made(w, "sort by colour. blocks to matching bowls, rest to bin.", both(rels(*want), binned(rest)))


def t199_match_grandpa(w: World) -> Made:
    opts = [(b, o) for b in _loose(w) if (o := _bowl_of(w, w.colour(b)))]
    pick = _one(w, opts)
    if not pick:
        return None
    b, o = pick
    text = (f"Whichever block is the same colour as the {o}, that one's a bit loud for my taste; put it in the "
            "bin, would you?")
    return _made(w, text, binned([b]))


def t199_match_teacher(w: World) -> Made:
    rest = _unmatched(w)
    if not rest:
        return None
    return _made(w, "Can we move the blocks that don't match any bowl into the bin? Let's go!", binned(rest))


def t199_match_texter(w: World) -> Made:
    opts = [(a, c, o) for c in w.blocks if (o := _bowl_of(w, w.colour(c)))
            for a in _loose(w) if a != c and w.state.base(a) != o and _room(w, o, [a])]
    pick = _one(w, opts)
    if not pick:
        return None
    a, c, o = pick
    return _made(w, f"put the {a} in the bowl thats the same colour as the {c} pls", rels(Rel("in", a, o)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("guide", "yoga", "picker", "grandpa", "teacher", "texter")
FRESH199: list[Template] = [
    (f"t199_{short}_{style}", category, globals()[f"t199_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
