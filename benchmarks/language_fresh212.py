"""`FRESH212`, the two-hundred-and-thirteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing everyday jobs into the chat window in their
own plain words (a block into a bowl, onto another block or a named place, towers, sorting by colour, clearing a
bowl or the table into the bin, leaving some things as they are, and plain questions about the table). Six
personas, one style each:
- pilot: an airline pilot with checklist and radio habits: "Robot, proceed to pick up the red block and place it in
  the blue bowl. Confirm when complete, over."
- librarian: a quiet, precise librarian: "Would you kindly shelve the green block on top of the yellow block, please."
- plumber: a plumber, blunt trade talk: "right mate, chuck the red block in the bin for us, ta"
- gamer: a video gamer: "yo bot move the blue block to the middle of the table"
- nana: an older lady, chatty, calls the robot "dear": "Hello dear, would you be a love and take the yellow block off
  the green block, and set it down on the table, thank you ever so much."
- hurried: someone in a rush, terse fragments: "quick, red block in the top right corner"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 6e09211, the code of 90bcadd, before anything it could prompt): 0.8833
goal-correct (265 of 300), 35 refused, no wrong action and no wrong reply. The refusals: the gamer's "yo bot", "its trash
loot lol", the nana's "isn't meant to be up there on X, it ought to be down on the table, you see", the pilot's "All
blocks currently in bowls: proceed to the bin. Confirm, over.", and the plumber's "every block sat on the table, chuck
the lot in the bin", "whichever block's closest to W, chuck it in the bin" and "..., sorted".
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

_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's sentence, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _loose(w: World) -> list[str]:
    """Blocks not in the bin (all of them in a fresh scene)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _depth(s: SymState, b: str) -> int:
    """How many blocks high `b` sits in its tower (1 for a block resting on a bowl, the table or a place)."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _related(s: SymState, a: str, b: str) -> bool:
    return a == b or a in s.above(b) or b in s.above(a)


def _can_stack(w: World, top: str, below: str) -> bool:
    s = w.state
    return not _related(s, top, below) and _depth(s, below) < layout.MAX_TOWER


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    """Every (top, below) that can be stacked and is not stacked already, in a random order."""
    pairs = [(a, b) for a in _loose(w) for b in _loose(w) if _can_stack(w, a, b) and w.state.support[a] != b]
    w.rng.shuffle(pairs)
    return pairs


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = _stack_pairs(w)
    return pairs[0] if pairs else None


def _room(w: World, bowl: str, moving: list[str]) -> bool:
    extra = [b for b in moving if w.state.base(b) != bowl]
    return len(w.state.in_bowl(bowl)) + len(extra) <= layout.BOWL_CAPACITY


def _bowl_for(w: World, moving: list[str]) -> str | None:
    """A random bowl with room for `moving` that does not hold all of them already."""
    ok = [c for c in w.bowls if _room(w, c, moving) and not all(w.state.base(b) == c for b in moving)]
    return _one(w, ok)


def _on_table(b: str) -> Check:
    return rels(Rel("on_table", b))


def _nearest(w: World, to: str, far: bool = False) -> str | None:
    """The block nearest `to` (or farthest), when it is clearly so (3 cm ahead of the next)."""
    ranked = sorted(_loose(w), key=lambda b: w.dist(b, to), reverse=far)
    if len(ranked) < 2 or abs(w.dist(ranked[0], to) - w.dist(ranked[1], to)) < 0.03:
        return None
    return ranked[0]


def _where(w: World, b: str) -> str:
    """What `b` rests on, as a person would name it ("blue bowl", "green block", "table", a place)."""
    return w.state.support[b]


def _col(w: World, b: str) -> str:
    return w.colour(b)


def _bowl_of(w: World, b: str) -> str | None:
    return next((c for c in w.bowls if w.colour(c) == w.colour(b)), None)


# ----- imperative -----------------------------------------------------------------------------------
def t212_imp_pilot(w: World) -> Made:
    b = _one(w, _loose(w))
    bowl = _bowl_for(w, [b]) if b else None
    if not b or not bowl:
        return None
    return _made(w, f"Robot, proceed to pick up the {b} and place it in the {bowl}. Confirm when complete, over.",
                 _act(rels(Rel("in", b, bowl))))


def t212_imp_librarian(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Would you kindly shelve the {a} on top of the {b}, please.", _act(rels(Rel("on", a, b))))


def t212_imp_plumber(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    return _made(w, f"right mate, chuck the {b} in the bin for us, ta", _act(rels(Rel("in_bin", b))))


def t212_imp_gamer(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    return _made(w, f"yo bot move the {b} to the middle of the table", _act(rels(Rel("at", b, _MIDDLE))))


def t212_imp_nana(w: World) -> Made:
    b = _one(w, [x for x in _loose(w) if w.state.support[x] in w.state.support or w.state.support[x] in w.bowls])
    if not b:
        return None
    s = w.state.support[b]
    off = f"out of the {s}" if s in w.bowls else f"off the {s}"
    return _made(w, f"Hello dear, would you be a love and take the {b} {off}, and set it down on the table, thank "
                    "you ever so much.", _act(_on_table(b)))


def t212_imp_hurried(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"quick, {_col(w, b)} block in the {corner}", _act(rels(Rel("at", b, corner))))


# ----- declarative ----------------------------------------------------------------------------------
def t212_dec_pilot(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Be advised: the {b} is to be at the {corner}. Acknowledge.", _act(rels(Rel("at", b, corner))))


def t212_dec_librarian(w: World) -> Made:
    b = _one(w, _loose(w))
    bowl = _bowl_for(w, [b]) if b else None
    if not b or not bowl:
        return None
    return _made(w, f"The {b} belongs in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t212_dec_plumber(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"right, mate, the {a} goes on top of the {b}, that's how it's meant to be",
                 _act(rels(Rel("on", a, b))))


def t212_dec_gamer(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    return _made(w, f"the {b} should be in the bin, its trash loot lol", _act(rels(Rel("in_bin", b))))


def t212_dec_nana(w: World) -> Made:
    b = _one(w, [x for x in _loose(w) if w.state.support[x] in w.state.support])
    if not b:
        return None
    return _made(w, f"Oh dear, the {b} isn't meant to be up there on the {w.state.support[b]}, it ought to be "
                    "down on the table, you see.", _act(_on_table(b)))


def t212_dec_hurried(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"{_col(w, a)} block on {_col(w, b)} block. asap", _act(rels(Rel("on", a, b))))


# ----- desiderative ---------------------------------------------------------------------------------
def t212_des_pilot(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Request: I'd like the {b} moved to the {corner}. Over.", _act(rels(Rel("at", b, corner))))


def t212_des_librarian(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    bowl = _bowl_for(w, two) if two else None
    if not two or not bowl:
        return None
    a, b = two
    return _made(w, f"I would like the {a} and the {b} both placed in the {bowl}, if you please.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t212_des_plumber(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"what I want, mate, is the {bowl} emptied out into the bin. cheers",
                 _act(binned(inside), empty(bowl)))


def t212_des_gamer(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    a, b, c = three
    def tower(_i: SymState, f: SymState) -> bool:
        sup = f.support
        return (sup[c] == b and sup[b] == a and sup[a] not in sup and f.base(a) != BIN and f.is_clear(c))

    return _made(w, f"i want a tower: {_col(w, a)} block on the bottom, {_col(w, b)} block in the middle, "
                    f"{_col(w, c)} block on top. gg", _act(tower))


def t212_des_nana(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if 0 < len(w.state.in_bowl(c)) < layout.BOWL_CAPACITY])
    b = _one(w, [x for x in _loose(w) if bowl and w.state.base(x) != bowl])
    if not bowl or not b:
        return None
    return _made(w, f"Oh, what I'd really like, dear, is the {b} sitting in the {bowl} along with the others, "
                    "if it's no trouble.", _act(rels(Rel("in", b, bowl))))


def t212_des_hurried(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"need the {a} on top of the {b}, fast", _act(rels(Rel("on", a, b))))


# ----- quantified -----------------------------------------------------------------------------------
def t212_qua_pilot(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    return _made(w, "All blocks currently in bowls: proceed to the bin. Confirm, over.", _act(binned(inside)))


def t212_qua_librarian(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if not w.state.in_bowl(c)])
    if not bowl:
        return None
    return _made(w, f"Kindly place exactly two blocks in the {bowl}; whichever two you prefer.",
                 _act(count_in(bowl, 2)))


def t212_qua_plumber(w: World) -> Made:
    out = w.state.on_the_table()
    if not out:
        return None
    return _made(w, "right, every block sat on the table, chuck the lot in the bin, mate", _act(binned(out)))


def t212_qua_gamer(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(w.blocks) < len(bowls):
        return None
    return _made(w, "new quest: get exactly one block into every bowl",
                 _act(lambda _i, f: all(len(f.in_bowl(c)) == 1 for c in bowls)))


def t212_qua_nana(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    return _made(w, "Could you take every block out of the bowls and put them on the table, dear, every last one.",
                 _act(lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside)))


def t212_qua_hurried(w: World) -> Made:
    blocks = _loose(w)
    bowl = _bowl_for(w, blocks)
    if not bowl:
        return None
    return _made(w, f"all blocks in the {bowl}. now", _act(rels(*(Rel("in", b, bowl) for b in blocks))))


# ----- negated --------------------------------------------------------------------------------------
def t212_neg_pilot(w: World) -> Made:
    b = _one(w, _loose(w))
    if not b:
        return None
    avoid = w.rng.choice(_CORNERS)
    others = [c for c in _CORNERS if c != avoid]
    return _made(w, f"Relocate the {b} to any corner other than the {avoid}. Over.",
                 _act(lambda _i, f: any(holds(Rel("at", b, c), f) for c in others)))


def t212_neg_librarian(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Kindly take the blocks out of the {bowl}, but please do not put them in the bin.",
                 _act(empty(bowl), none_binned(inside)))


def t212_neg_plumber(w: World) -> Made:
    if len(_loose(w)) < 3:
        return None
    a, b = w.pick(_loose(w), 2)
    rest = [x for x in _loose(w) if x not in (a, b)]
    return _made(w, f"chuck every block in the bin except the {a} and the {b}, mate",
                 _act(binned(rest), none_binned([a, b])))


def t212_neg_gamer(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    x = _one(w, [b for b in _loose(w) if w.state.base(b) != bowl])
    if not x:
        return None
    rest = [b for b in _loose(w) if b != x]
    if not _room(w, bowl, rest):
        return None
    return _made(w, f"put all the blocks in the {bowl} except the {_col(w, x)} one",
                 _act(rels(*(Rel("in", b, bowl) for b in rest), Rel("in", x, bowl, negated=True))))


def t212_neg_nana(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    avoid = _one(w, w.bowls)
    b = _one(w, _loose(w))
    others = [c for c in w.bowls if c != avoid and _room(w, c, [b])] if b and avoid else []
    if not others:
        return None
    return _made(w, f"Would you put the {b} in one of the bowls, dear, any bowl but the {avoid}, that one's for my "
                    "keys.", _act(lambda _i, f: any(holds(Rel("in", b, c), f) for c in others)))


def t212_neg_hurried(w: World) -> Made:
    inside = w.state.in_bowls()
    out = w.state.on_the_table()
    if not inside or not out:
        return None
    return _made(w, "bin everything thats not in a bowl. quick", _act(binned(out), none_binned(inside)))


# ----- relative -------------------------------------------------------------------------------------
def t212_rel_pilot(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    bowl = _bowl_for(w, [top])
    if not bowl:
        return None
    return _made(w, f"Pick up the block on top of the {below} and place it in the {bowl}, over.",
                 _act(rels(Rel("in", top, bowl))))


def t212_rel_librarian(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Kindly move the block beneath the {top} to the {corner}.", _act(rels(Rel("at", below, corner))))


def t212_rel_plumber(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _nearest(w, bowl) if bowl else None
    if not x or w.state.base(x) == bowl:
        return None
    return _made(w, f"right mate, whichever block's closest to the {bowl}, chuck it in the bin",
                 _act(rels(Rel("in_bin", x))))


def t212_rel_gamer(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _loose(w) if s.support[b] not in s.support and s.on_top(b)]
    if len(bottoms) != 1:
        return None
    return _made(w, "yo grab the bottom block of the tower and yeet it in the bin",
                 _act(rels(Rel("in_bin", bottoms[0]))))


def t212_rel_nana(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if len(w.state.in_bowl(c)) == 1])
    if not bowl:
        return None
    x = w.state.in_bowl(bowl)[0]
    b = _one(w, [y for y in _loose(w) if _can_stack(w, x, y)])
    if not b:
        return None
    return _made(w, f"The block that's in the {bowl}, dear, could you put it on top of the {b} for me?",
                 _act(rels(Rel("on", x, b))))


def t212_rel_hurried(w: World) -> Made:
    bowl = _one(w, w.bowls)
    x = _nearest(w, bowl, far=True) if bowl else None
    if not x:
        return None
    return _made(w, f"block furthest from the {bowl} -> middle. now", _act(rels(Rel("at", x, _MIDDLE))))


# ----- keep -----------------------------------------------------------------------------------------
def t212_keep_pilot(w: World) -> Made:
    a = _one(w, _loose(w))
    bowl = _bowl_for(w, [a]) if a else None
    if not a or not bowl:
        return None
    k = _one(w, [b for b in _loose(w) if b != a and b not in w.state.above(a)])
    if not k:
        return None
    return _made(w, f"Move the {a} into the {bowl}. Keep the {k} where it is, over.",
                 _act(rels(Rel("in", a, bowl)), kept(k)))


def t212_keep_librarian(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    pairs = [(a, b) for a, b in _stack_pairs(w) if a not in inside and b not in inside]
    if not pairs:
        return None
    a, b = pairs[0]
    return _made(w, f"Kindly shelve the {a} on the {b}, leaving the blocks in the {bowl} exactly as they are.",
                 _act(rels(Rel("on", a, b)), kept(*inside)))


def t212_keep_plumber(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if len(w.state.in_bowl(c)) >= 2])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    k = _one(w, [b for b in inside if w.state.support[b] == bowl])
    if not k:
        return None
    rest = [b for b in inside if b != k]
    return _made(w, f"clear the {bowl} out into the bin but leave the {k} be, mate, that one stays put",
                 _act(binned(rest), kept(k)))


def t212_keep_gamer(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    s = w.state
    k = _one(w, [x for x in _loose(w) if x not in (a, b) and x not in s.above(a) and x not in s.above(b)])
    if not k:
        return None
    return _made(w, f"stack the {_col(w, a)} block on the {_col(w, b)} block but dont touch the {k}",
                 _act(rels(Rel("on", a, b)), kept(k)))


def t212_keep_nana(w: World) -> Made:
    a = _one(w, [b for b in _loose(w) if w.state.is_clear(b)])
    if not a:
        return None
    others = [b for b in _loose(w) if b != a]
    return _made(w, f"Would you put the {a} in the bin, dear, and leave everything else just as it is, thank you.",
                 _act(rels(Rel("in_bin", a)), kept(*others)))


def t212_keep_hurried(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    a = _one(w, [b for b in _loose(w) if b not in inside])
    if not a:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"{a} to the {corner}, dont touch the {bowl}", _act(rels(Rel("at", a, corner)), kept(*inside)))


# ----- multi-step -----------------------------------------------------------------------------------
def t212_multi_pilot(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    bowl = _bowl_for(w, [b])
    if not bowl:
        return None
    return _made(w, f"Step one: the {a} to the bin. Step two: the {b} into the {bowl}. Report when complete, over.",
                 _act(rels(Rel("in_bin", a), Rel("in", b, bowl))))


def t212_multi_librarian(w: World) -> Made:
    s = w.state
    a = _one(w, [x for x in _loose(w) if s.support[x] not in (TABLE, *PLACES)])
    b = _one(w, [x for x in _loose(w) if a and not _related(s, a, x)])
    if not a or not b:
        return None
    return _made(w, f"First, kindly take the {a} down onto the table; then place the {b} on top of it.",
                 _act(rels(Rel("on_table", a), Rel("on", b, a))))


def t212_multi_plumber(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    b, c = pair
    a = _one(w, [x for x in _loose(w) if x not in (b, c)])
    if not a:
        return None
    return _made(w, f"right, first chuck the {a} in the bin, then stick the {b} on the {c}, sorted",
                 _act(rels(Rel("in_bin", a), Rel("on", b, c))))


def t212_multi_gamer(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    x = _one(w, [b for b in _loose(w) if b not in inside])
    if not x:
        return None
    return _made(w, f"first empty the {bowl} into the bin, then put the {x} in it",
                 _act(binned(inside), lambda _i, f: f.in_bowl(bowl) == [x]))


def t212_multi_nana(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    a, b = pair[0]
    bowl = _bowl_for(w, [b])
    if not bowl:
        return None
    return _made(w, f"Could you first take the {a} off the {b}, dear, and pop it on the table, and after that put "
                    f"the {b} in the {bowl}, thank you.", _act(_on_table(a), rels(Rel("in", b, bowl))))


def t212_multi_hurried(w: World) -> Made:
    two = [(a, b) for a in _loose(w) for b in _loose(w) if not _related(w.state, a, b)]
    if not two:
        return None
    a, b = w.rng.choice(two)
    return _made(w, f"quick: {_col(w, a)} block to the middle, then the {_col(w, b)} one on top of it",
                 _act(rels(Rel("at", a, _MIDDLE), Rel("on", b, a))))


# ----- questions ------------------------------------------------------------------------------------
def t212_q_pilot(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    return _ask(f"Request status: how many blocks are in the {bowl}? Over.", str(len(w.state.in_bowl(bowl))))


def t212_q_librarian(w: World) -> Made:
    covered = [b for b in _loose(w) if w.state.on_top(b)]
    pool = covered if covered and w.rng.random() < 0.6 else _loose(w)
    b = _one(w, pool)
    if not b:
        return None
    up = w.state.on_top(b)
    return _ask(f"Could you tell me, please, what is resting on the {b}?", up[0] if up else "nothing")


def t212_q_plumber(w: World) -> Made:
    inside = w.state.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = w.state.base(a) if w.rng.random() < 0.7 else w.rng.choice(w.bowls)
    else:
        a, bowl = w.rng.choice(_loose(w)), w.rng.choice(w.bowls)
    return _ask(f"is the {a} in the {bowl} or what, mate?", yes(w.state.base(a) == bowl))


def t212_q_gamer(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _ask(f"whats in the {bowl} rn?", "|".join(inside) if inside else "nothing")


def t212_q_nana(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(_loose(w), 2)
    n = len(w.state.in_bowl(bowl))
    return _ask(f"How many blocks are in the {bowl}, dear, and is the {a} sitting on the {b}?",
                f"{n}|{yes(w.state.support[a] == b).lower()}")


def t212_q_hurried(w: World) -> Made:
    s = w.state
    ok = [b for b in _loose(w) if s.support[b] in (TABLE, *w.bowls)
          or (s.support[b] in s.support and s.base(b) == TABLE)]
    a = _one(w, ok)
    if not a:
        return None
    return _ask(f"where's the {a}? quick", _where(w, a))


# ----- matching -------------------------------------------------------------------------------------
def t212_match_pilot(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Proceed to place each block that has a bowl of the same colour into that bowl. Confirm, over.",
                 _act(rels(*want)))


def t212_match_librarian(w: World) -> Made:
    a = _one(w, [b for b in _loose(w) if _bowl_of(w, b) and w.state.base(b) != _bowl_of(w, b)])
    if not a:
        return None
    bowl = _bowl_of(w, a)
    assert bowl is not None
    return _made(w, f"Would you kindly place the {a} in the bowl that matches its colour.",
                 _act(rels(Rel("in", a, bowl))))


def t212_match_plumber(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in _loose(w) if not _bowl_of(w, b)]
    return _made(w, "right, blocks into their matching bowls, and anything without a matching bowl goes in the bin, "
                    "mate", _act(rels(*want), binned(rest)))


def t212_match_gamer(w: World) -> Made:
    want = matching(w)
    todo = [r for r in want if not holds(r, w.state)]
    if len(want) < 2 or not todo:
        return None
    skip = w.rng.choice(todo)
    rest = [r for r in want if r != skip]
    return _made(w, f"color sort the blocks into the bowls but skip the {_col(w, skip.block)} one",
                 _act(rels(*rest, Rel("in", skip.block, skip.target, negated=True))))


def t212_match_nana(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if any(_bowl_of(w, b) == c and w.state.base(b) != c for b in _loose(w))])
    if not bowl:
        return None
    a = next(b for b in _loose(w) if _bowl_of(w, b) == bowl)
    return _made(w, f"Could you put the block that's the same colour as the {bowl} into it, dear? Thank you.",
                 _act(rels(Rel("in", a, bowl))))


def t212_match_hurried(w: World) -> Made:
    s = w.state
    want = matching(w)
    moving = [r.block for r in want if not holds(r, s)]
    others = [b for b in _loose(w) if not _bowl_of(w, b)]
    if not moving or any(o in s.above(m) for o in others for m in moving):
        return None
    return _made(w, "each block into its same colour bowl, leave the others. quick",
                 _act(rels(*want), kept(*others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pilot", "librarian", "plumber", "gamer", "nana", "hurried")
FRESH212: list[Template] = [
    (f"t212_{short}_{style}", category, globals()[f"t212_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
