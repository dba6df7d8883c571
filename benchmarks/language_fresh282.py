"""`FRESH282`, the two-hundred-and-eighty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing what they want into the chat window for the first time,
in their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six kinds of first-time users write them:
- surgeon: clipped and exact, "End state: red block on the blue block."
- hindi2: a Hindi speaker writing English with small slips, "Please do the needful and put the red block on top of
  green block."
- dj2: a club DJ, hype talk but a clear request, "yo drop the red block in the bin, let's gooo"
- farmer2: a farmer, slow and homely, "Would you carry the red block on over to the top left corner, nice and easy."
- intern: a nervous intern, over-polite, "Sorry to bother you, but could you please move the red block onto the
  table? Thank you so much!"
- plain63: a plain, ordinary adult with no quirks, "Take the red block out of the blue bowl and put it in the green
  bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2a4bd06, the code of 48468db, before anything it could prompt): 0.90
goal-correct (270 of 300), 20 refused, no wrong action, 10 wrong replies. The wrong replies: a surgeon's 'Orange bowl.
How many blocks?' got the help text (5); a DJ's 'yo how many blocks we workin with in total??' (5). The refusals: a DJ's
'i wanna see X stacked right on Y, make it happen!!', a farmer's 'don't go throwin' X in the bin, just set it down on
the table', 'Stack X and Y together, either one on top is fine, but don't move Z', an intern's 'sorting the blocks into
the bowls by colour ... Any block that doesn't have a matching bowl, don't worry about it'.
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

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    full = _act(check)
    return None if full(w.state, w.state) else (text, full)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _choice(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _depth(s: SymState, block: str) -> int:
    """How high `block` sits in its tower (1 on the table, a bowl or a place)."""
    n, sup = 1, s.support[block]
    while sup in s.support:
        n += 1
        sup = s.support[sup]
    return n


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _bin_ok(w: World, extra: int) -> bool:
    return w.state.count_at(BIN) + extra <= len(layout.BIN_SLOTS)


def _place_ok(w: World, place: str, extra: int = 1) -> bool:
    return w.state.count_at(place) + extra <= len(layout.PLACE_SLOTS)


def _stack_target(w: World, y: str) -> bool:
    """A block one can stack on: on the table side (not in a bowl or the bin), with room above it."""
    s = w.state
    return s.base(y) not in (*s.bowls, BIN) and _depth(s, y) + 1 <= layout.MAX_TOWER


def _onto_pair(w: World) -> tuple[str, str] | None:
    """(x, y): x can be put directly on y and is not on it now."""
    s = w.state
    pairs = [(x, y) for x in _live(w) for y in _live(w) if x != y and s.support[x] != y and _stack_target(w, y)]
    return w.rng.choice(pairs) if pairs else None


def _into_pair(w: World) -> tuple[str, str] | None:
    """(x, bowl): x is not in the bowl and the bowl has room for it."""
    s = w.state
    pairs = [(x, b) for b in w.bowls if _room(w, b) for x in _live(w) if s.base(x) != b]
    return w.rng.choice(pairs) if pairs else None


def _off_table(w: World) -> list[str]:
    """Blocks resting on a block or in a bowl (not straight on the table)."""
    s = w.state
    return [b for b in _live(w) if s.support[b] not in (TABLE, *PLACES)]


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, cands: list[str], point: tuple[float, float], margin: float = 0.05) -> str | None:
    """The candidate clearly nearest to `point` (towers tie with themselves, so they never win by a margin)."""
    if len(cands) < 2:
        return cands[0] if cands else None
    d = sorted((((_pos(w, b)[0] - point[0]) ** 2 + (_pos(w, b)[1] - point[1]) ** 2) ** 0.5, b) for b in cands)
    return d[0][1] if d[1][0] - d[0][0] >= margin else None


def _tower(s: SymState, block: str) -> set[str]:
    """Every block in the same tower as `block`."""
    bottom = block
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return {bottom, *s.above(bottom)}


def _r(*want: Rel) -> Check:
    return rels(*want)


def _either(*want: Rel) -> Check:
    """At least one of the relations holds."""
    return lambda _i, f: any(holds(r, f) for r in want)


def _on_table_base(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (a named place on it included)."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _keepers(w: World, *moving: str) -> list[str]:
    """Blocks that can stay untouched while `moving` blocks move (not them and not above them)."""
    s = w.state
    busy = set(moving)
    for m in moving:
        busy.update(s.above(m))
    return [b for b in _live(w) if b not in busy]


# ----- imperative -------------------------------------------------------------------------------------
def t282_imp_surgeon(w: World) -> Made:
    got = _into_pair(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"{_cap(x)} into the {bowl}. Now.", _r(Rel("in", x, bowl)))


def t282_imp_hindi2(w: World) -> Made:
    got = _onto_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"Please do the needful and put the {x} on top of {y}.", _r(Rel("on", x, y)))


def t282_imp_dj2(w: World) -> Made:
    x = _choice(w, _live(w))
    if not x or not _bin_ok(w, 1):
        return None
    return _made(w, f"yo drop the {x} in the bin, let's gooo", _r(Rel("in_bin", x)))


def t282_imp_farmer2(w: World) -> Made:
    corner = w.rng.choice(CORNERS)
    x = _choice(w, [b for b in _live(w) if w.state.base(b) != corner])
    if not x or not _place_ok(w, corner):
        return None
    return _made(w, f"Would you carry the {x} on over to the {corner}, nice and easy.", _r(Rel("at", x, corner)))


def t282_imp_intern(w: World) -> Made:
    x = _choice(w, _off_table(w))
    if not x:
        return None
    text = f"Sorry to bother you, but could you please move the {x} onto the table? Thank you so much!"
    return _made(w, text, _r(Rel("on_table", x)))


def t282_imp_plain63(w: World) -> Made:
    s = w.state
    opts = [(x, s.base(x), b) for x in w.in_bowls() for b in w.bowls if b != s.base(x) and _room(w, b)]
    if not opts:
        return None
    x, a, b = w.rng.choice(opts)
    return _made(w, f"Take the {x} out of the {a} and put it in the {b}.", _r(Rel("in", x, b)))


# ----- declarative ------------------------------------------------------------------------------------
def t282_dec_surgeon(w: World) -> Made:
    got = _onto_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"End state: {x} on the {y}.", _r(Rel("on", x, y)))


def t282_dec_hindi2(w: World) -> Made:
    got = _into_pair(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"The {x} should be in the {bowl} only, please.", _r(Rel("in", x, bowl)))


def t282_dec_dj2(w: World) -> Made:
    x = _choice(w, _live(w))
    if not x or not _bin_ok(w, 1):
        return None
    return _made(w, f"that {x}? it belongs in the bin, it's outta here", _r(Rel("in_bin", x)))


def t282_dec_farmer2(w: World) -> Made:
    x = _choice(w, [b for b in _live(w) if w.state.base(b) != MIDDLE])
    if not x or not _place_ok(w, MIDDLE):
        return None
    return _made(w, f"That {x} ought to be sittin' right in the middle of the table.", _r(Rel("at", x, MIDDLE)))


def t282_dec_intern(w: World) -> Made:
    s = w.state
    x = _choice(w, [b for b in _live(w) if s.support[b] in s.support])
    if not x:
        return None
    y = s.support[x]
    text = f"Um, I think the {x} is supposed to be on the table, not on the {y}? Sorry!"
    return _made(w, text, _r(Rel("on_table", x)))


def t282_dec_plain63(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    return _made(w, f"The {bowl} should be empty.", empty(bowl))


# ----- desiderative -----------------------------------------------------------------------------------
def t282_des_surgeon(w: World) -> Made:
    corner = w.rng.choice(CORNERS)
    x = _choice(w, [b for b in _live(w) if w.state.base(b) != corner])
    if not x or not _place_ok(w, corner):
        return None
    return _made(w, f"I want the {x} at the {corner}. Proceed.", _r(Rel("at", x, corner)))


def t282_des_hindi2(w: World) -> Made:
    s = w.state
    bowl = _choice(w, w.bowls)
    outside = [b for b in _live(w) if bowl and s.base(b) != bowl]
    if not bowl or len(outside) < 2 or not _room(w, bowl, 2):
        return None
    x, y = w.pick(outside, 2)
    text = f"I am wanting the {x} and the {y} both inside the {bowl}."
    return _made(w, text, _r(Rel("in", x, bowl), Rel("in", y, bowl)))


def t282_des_dj2(w: World) -> Made:
    got = _onto_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"i wanna see the {x} stacked right on the {y}, make it happen!!", _r(Rel("on", x, y)))


def t282_des_farmer2(w: World) -> Made:
    x = _choice(w, _live(w))
    if not x or not _bin_ok(w, 1):
        return None
    return _made(w, f"I'd like the {x} put away in the bin, if you would.", _r(Rel("in_bin", x)))


def t282_des_intern(w: World) -> Made:
    got = _into_pair(w)
    if not got:
        return None
    x, bowl = got
    text = f"If it's not too much trouble, I'd really like the {x} to go in the {bowl}, please? Thanks!"
    return _made(w, text, _r(Rel("in", x, bowl)))


def t282_des_plain63(w: World) -> Made:
    if len(_live(w)) < 3:
        return None
    a, b, c = w.pick(_live(w), 3)

    def tower(_i: SymState, f: SymState) -> bool:
        return (f.support[b] == a and f.support[c] == b and f.support[a] not in f.support
                and f.support[a] != BIN)

    text = f"My goal is a tower: the {a} at the bottom, then the {b}, then the {c} on top."
    return _made(w, text, tower)


# ----- quantified -------------------------------------------------------------------------------------
def t282_qua_surgeon(w: World) -> Made:
    if not _bin_ok(w, len(_live(w))):
        return None
    return _made(w, "All blocks. Into the bin.", binned(w.blocks))


def t282_qua_hindi2(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    if not _bin_ok(w, len(inside)):
        return None
    return _made(w, f"Put every block which is there in the {bowl} into the bin.", binned(inside))


def t282_qua_dj2(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(_live(w)) < len(bowls):
        return None
    check: Check = lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)
    return _made(w, "each bowl gets exactly one block, no more no less, let's gooo", check)


def t282_qua_farmer2(w: World) -> Made:
    out = w.state.on_the_table()
    if not out or not _bin_ok(w, len(out)):
        return None
    return _made(w, "Put all them blocks that are sittin' out on the table into the bin.", binned(out))


def t282_qua_intern(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if not bowl or len(_live(w)) < 2:
        return None
    text = f"Could you please make it so the {bowl} has exactly two blocks in it? Any two are fine, thank you!"
    return _made(w, text, count_in(bowl, 2))


def t282_qua_plain63(w: World) -> Made:
    bowl = _choice(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Take all the blocks out of the {bowl} and set them on the table.", _on_table_base(inside))


# ----- negated ----------------------------------------------------------------------------------------
def t282_neg_surgeon(w: World) -> Made:
    x = _choice(w, _live(w))
    others = [b for b in _live(w) if b != x]
    if not x or not others or not _bin_ok(w, len(others)):
        return None
    return _made(w, f"Everything to the bin except the {x}.", both(binned(others), none_binned([x])))


def t282_neg_hindi2(w: World) -> Made:
    s = w.state
    keep = _choice(w, w.bowls)
    if not keep:
        return None
    others = [b for b in w.in_bowls() if s.base(b) != keep]
    stay = s.in_bowl(keep)
    if not others or not _bin_ok(w, len(others)):
        return None
    text = f"Empty all the bowls except {keep}, the blocks should go in bin."
    return _made(w, text, both(binned(others), _r(*(Rel("in", b, keep) for b in stay))))


def t282_neg_dj2(w: World) -> Made:
    if len(_live(w)) < 3:
        return None
    x, y = w.pick(_live(w), 2)
    others = [b for b in _live(w) if b not in (x, y)]
    if not _bin_ok(w, len(others)):
        return None
    text = f"bin everything but the {x} and the {y}, those two stay in the mix"
    return _made(w, text, both(binned(others), none_binned([x, y])))


def t282_neg_farmer2(w: World) -> Made:
    x = _choice(w, _off_table(w))
    if not x:
        return None
    text = f"Now don't go throwin' the {x} in the bin, just set it down on the table."
    return _made(w, text, _r(Rel("on_table", x)))


def t282_neg_intern(w: World) -> Made:
    s = w.state
    y = _choice(w, [b for b in _live(w) if s.support[b] not in s.support])
    if not y:
        return None
    others = [b for b in _live(w) if b != y]
    if not others or not _bin_ok(w, len(others)):
        return None
    text = f"Sorry, could you put all the blocks but the {y} into the bin? Please leave the {y} alone."
    return _made(w, text, both(binned(others), kept(y)))


def t282_neg_plain63(w: World) -> Made:
    x = _choice(w, w.in_bowls())
    if not x:
        return None
    bowl = w.state.base(x)
    text = f"Get the {x} out of the {bowl}, but don't put it in the bin."
    return _made(w, text, _r(Rel("in", x, bowl, negated=True), Rel("in_bin", x, negated=True)))


# ----- relative ---------------------------------------------------------------------------------------
def t282_rel_surgeon(w: World) -> Made:
    s = w.state
    y = _choice(w, [b for b in _live(w) if len(s.above(b)) == 1])
    if not y or not _bin_ok(w, 1):
        return None
    top = s.above(y)[0]
    return _made(w, f"Block on top of the {y}. To the bin.", _r(Rel("in_bin", top)))


def t282_rel_hindi2(w: World) -> Made:
    s = w.state
    opts = [(x, s.support[x], b) for x in _live(w) if s.support[x] in s.support
            and s.support[s.support[x]] not in s.support
            for b in w.bowls if s.base(x) != b and _room(w, b)]
    if not opts:
        return None
    x, under, bowl = w.rng.choice(opts)
    text = f"The block which is under the {x}, put that one in the {bowl}."
    return _made(w, text, _r(Rel("in", under, bowl)))


def t282_rel_dj2(w: World) -> Made:
    x = _choice(w, _live(w))
    if not x or not _bin_ok(w, 1):
        return None
    same = _tower(w.state, x)
    best = _nearest(w, [b for b in _live(w) if b not in same], _pos(w, x))
    if not best:
        return None
    return _made(w, f"yo the block closest to the {x}, toss it in the bin", _r(Rel("in_bin", best)))


def t282_rel_farmer2(w: World) -> Made:
    s = w.state
    tops = [b for b in _live(w) if s.is_clear(b) and s.support[b] in s.support]
    if len(tops) != 1 or not _place_ok(w, MIDDLE):
        return None
    top = tops[0]
    text = "Take the top block off that stack there and set it down in the middle of the table."
    return _made(w, text, _r(Rel("at", top, MIDDLE)))


def t282_rel_intern(w: World) -> Made:
    s = w.state
    opts = [(bowl, s.in_bowl(bowl)[0], y) for bowl in w.bowls if len(s.in_bowl(bowl)) == 1
            for y in _live(w) if y != s.in_bowl(bowl)[0] and _stack_target(w, y)]
    if not opts:
        return None
    bowl, x, y = w.rng.choice(opts)
    text = f"Could you please put the block that's in the {bowl} onto the {y}? Thank you so much!"
    return _made(w, text, _r(Rel("on", x, y)))


def t282_rel_plain63(w: World) -> Made:
    corner = w.rng.choice(CORNERS)
    bowl = _choice(w, w.bowls)
    if not bowl or not _room(w, bowl):
        return None
    best = _nearest(w, _live(w), layout.PLACES[corner])
    if not best or w.state.base(best) == bowl:
        return None
    return _made(w, f"Move the block nearest the {corner} into the {bowl}.", _r(Rel("in", best, bowl)))


# ----- keep -------------------------------------------------------------------------------------------
def t282_keep_surgeon(w: World) -> Made:
    s = w.state
    bowl = _choice(w, [b for b in w.bowls if s.in_bowl(b)])
    if not bowl:
        return None
    inside = s.in_bowl(bowl)
    k = _choice(w, [b for b in _live(w) if b not in inside])
    if not k or not _bin_ok(w, len(inside)):
        return None
    text = f"Empty the {bowl} into the bin. {_cap(k)} stays untouched."
    return _made(w, text, both(binned(inside), kept(k)))


def t282_keep_hindi2(w: World) -> Made:
    got = _onto_pair(w)
    if not got:
        return None
    x, y = got
    k = _choice(w, [b for b in _keepers(w, x, y) if b not in (x, y)])
    if not k:
        return None
    text = f"Put the {x} on the {y} but keep the {k} as it is only, don't move it."
    return _made(w, text, both(_r(Rel("on", x, y)), kept(k)))


def t282_keep_dj2(w: World) -> Made:
    x = _choice(w, _live(w))
    if not x or not _bin_ok(w, 1):
        return None
    k = _choice(w, [b for b in _keepers(w, x) if b != x])
    if not k:
        return None
    text = f"bin the {x} but the {k} stays put, don't touch it"
    return _made(w, text, both(_r(Rel("in_bin", x)), kept(k)))


def t282_keep_farmer2(w: World) -> Made:
    got = _into_pair(w)
    if not got:
        return None
    x, bowl = got
    k = _choice(w, [b for b in _keepers(w, x) if b != x])
    if not k:
        return None
    text = f"Go on and put the {x} in the {bowl}, and leave the {k} be right where it sits."
    return _made(w, text, both(_r(Rel("in", x, bowl)), kept(k)))


def t282_keep_intern(w: World) -> Made:
    s = w.state
    out = s.on_the_table()
    k = _choice(w, [b for b in out if s.support[b] in (TABLE, *PLACES)])
    if not k:
        return None
    others = [b for b in out if b != k]
    if not others or not _bin_ok(w, len(others)):
        return None
    text = (f"Could you please put all the blocks that are on the table into the bin, except the {k}? "
            f"The {k} needs to stay exactly where it is. Thank you so much!")
    return _made(w, text, both(binned(others), kept(k)))


def t282_keep_plain63(w: World) -> Made:
    s = w.state
    if len(_live(w)) < 3:
        return None
    x, y = w.pick(_live(w), 2)
    if not (_stack_target(w, x) or _stack_target(w, y)):
        return None
    k = _choice(w, [b for b in _keepers(w, x, y) if b not in (x, y)])
    if not k or s.support[x] == y or s.support[y] == x:
        return None
    text = f"Stack the {x} and the {y} together, either one on top is fine, but don't move the {k}."
    return _made(w, text, both(_either(Rel("on", x, y), Rel("on", y, x)), kept(k)))


# ----- multi-step -------------------------------------------------------------------------------------
def t282_multi_surgeon(w: World) -> Made:
    got = _into_pair(w)
    if not got or not _bin_ok(w, 1):
        return None
    y, bowl = got
    x = _choice(w, [b for b in _live(w) if b != y])
    if not x:
        return None
    text = f"First: {x} to the bin. Then: {y} into the {bowl}."
    return _made(w, text, _r(Rel("in_bin", x), Rel("in", y, bowl)))


def t282_multi_hindi2(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in w.in_bowls() for y in _live(w) if y != x and _stack_target(w, y)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = f"First take out the {x} from the {s.base(x)}, after that put it on top of the {y}."
    return _made(w, text, _r(Rel("on", x, y)))


def t282_multi_dj2(w: World) -> Made:
    if len(_live(w)) < 2 or not _place_ok(w, MIDDLE, 2):
        return None
    x, y = w.pick(_live(w), 2)
    text = f"first up the {x} goes in the middle, then drop the {y} right on top of it!!"
    return _made(w, text, _r(Rel("at", x, MIDDLE), Rel("on", y, x)))


def t282_multi_farmer2(w: World) -> Made:
    x = _choice(w, _off_table(w))
    if not x:
        return None
    y = _choice(w, [b for b in _live(w) if b != x])
    if not y:
        return None
    text = f"First you set the {x} down on the table, then put the {y} up on top of it."
    return _made(w, text, _r(Rel("on_table", x), Rel("on", y, x)))


def t282_multi_intern(w: World) -> Made:
    s = w.state
    bowl = _choice(w, w.bowls)
    outside = [b for b in _live(w) if bowl and s.base(b) != bowl]
    if not bowl or len(outside) < 2 or not _room(w, bowl, 2):
        return None
    x, y = w.pick(outside, 2)
    text = (f"Um, could you first move the {x} into the {bowl}, and then, if it's okay, the {y} into the "
            f"{bowl} too? Thank you!")
    return _made(w, text, _r(Rel("in", x, bowl), Rel("in", y, bowl)))


def t282_multi_plain63(w: World) -> Made:
    s = w.state
    bowl = _choice(w, [b for b in w.bowls if s.in_bowl(b)])
    if not bowl:
        return None
    inside = s.in_bowl(bowl)
    x = _choice(w, [b for b in _live(w) if b not in inside])
    if not x or not _bin_ok(w, len(inside)):
        return None
    text = f"Take everything out of the {bowl} and put it in the bin, then put the {x} in the {bowl}."
    return _made(w, text, both(binned(inside), _r(Rel("in", x, bowl))))


# ----- questions --------------------------------------------------------------------------------------
def t282_q_surgeon(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if not bowl:
        return None
    return _ask(f"{_cap(bowl)}. How many blocks?", str(len(w.state.in_bowl(bowl))))


def t282_q_hindi2(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        opts = [(a, b) for a in _live(w) for b in _live(w) if a != b and b not in _tower(s, a)]
        if not opts:
            return None
        x, y = w.rng.choice(opts)
        flag = False
    return _ask(f"Is the {x} kept on top of the {y} or not?", yes(flag))


def t282_q_dj2(w: World) -> Made:
    return _ask("yo how many blocks we workin with in total??", str(len(w.blocks)))


def t282_q_farmer2(w: World) -> Made:
    s = w.state
    opts = []
    for b in _live(w):
        sup = s.support[b]
        if sup in s.support and s.base(b) in s.bowls:
            continue  # on a block inside a bowl: two fair answers
        opts.append((b, "table" if sup == TABLE else sup))
    if not opts:
        return None
    x, where = w.rng.choice(opts)
    return _ask(f"Where's the {x} got to?", where)


def t282_q_intern(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    if not bowl:
        return None
    flag = not w.state.in_bowl(bowl)
    text = f"Sorry, quick question: is the {bowl} empty? And how many blocks are there altogether?"
    return _ask(text, f"{yes(flag)}|{len(w.blocks)}")


def t282_q_plain63(w: World) -> Made:
    s = w.state
    bowl = _choice(w, w.bowls)
    if not bowl:
        return None
    inside = s.in_bowl(bowl)
    opts = [b for b in _live(w) if s.support[b] in (TABLE, *PLACES) or (inside and s.base(b) in s.bowls)]
    x = _choice(w, opts)
    if not x:
        return None
    flag = s.support[x] in (TABLE, *PLACES)
    contents = "|".join(inside) if inside else "nothing"
    return _ask(f"What's in the {bowl}, and is the {x} on the table?", f"{contents}|{yes(flag)}")


# ----- colour matching --------------------------------------------------------------------------------
def _match_pairs(w: World) -> list[tuple[str, str]]:
    """(block, bowl) of the same colour, the block not in that bowl yet."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return [(x, by_colour[w.colour(x)]) for x in _live(w)
            if w.colour(x) in by_colour and w.state.base(x) != by_colour[w.colour(x)]
            and _room(w, by_colour[w.colour(x)])]


def t282_match_surgeon(w: World) -> Made:
    if not _match_pairs(w):
        return None
    return _made(w, "Every block that has a bowl of its colour: into that bowl.", _r(*matching(w)))


def t282_match_hindi2(w: World) -> Made:
    pairs = _match_pairs(w)
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    return _made(w, f"Put the {x} into the bowl of same colour, please.", _r(Rel("in", x, bowl)))


def t282_match_dj2(w: World) -> Made:
    if not _match_pairs(w):
        return None
    want = matching(w)
    rest = [b for b in _live(w) if b not in {r.block for r in want}]
    if not rest or not _bin_ok(w, len(rest)):
        return None
    text = ("color match time!! every block with a bowl the same color goes in that bowl, "
            "every block without one goes in the bin")
    return _made(w, text, both(_r(*want), binned(rest)))


def t282_match_farmer2(w: World) -> Made:
    pairs = _match_pairs(w)
    if not pairs:
        return None
    x, bowl = w.rng.choice(pairs)
    text = f"Find the block that's the same colour as the {bowl} and put it in there, would you."
    return _made(w, text, _r(Rel("in", x, bowl)))


def t282_match_intern(w: World) -> Made:
    if not _match_pairs(w):
        return None
    text = ("Would you mind sorting the blocks into the bowls by colour, please? Any block that doesn't have a "
            "matching bowl, don't worry about it. Thank you!")
    return _made(w, text, _r(*matching(w)))


def t282_match_plain63(w: World) -> Made:
    s = w.state
    by_colour = {w.colour(b): b for b in w.bowls}
    opts = [(x, y, by_colour[w.colour(x)]) for x in _live(w) if w.colour(x) in by_colour
            for y in _live(w) if y != x and s.base(y) != by_colour[w.colour(x)] and _room(w, by_colour[w.colour(x)])]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = f"Put the {y} in the bowl that's the same colour as the {x}."
    return _made(w, text, _r(Rel("in", y, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("surgeon", "hindi2", "dj2", "farmer2", "intern", "plain63")
FRESH282: list[Template] = [
    (f"t282_{short}_{style}", category, globals()[f"t282_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
