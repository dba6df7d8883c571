"""`FRESH280`, the two-hundred-and-eighty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, plain questions about
the table, one or two in a message). Six kinds of people write them:
- chef2: a chef, kitchen talk about plating and stations, the request still clear: "Right, plate the red block in
  the blue bowl for me, chef's waiting."
- polish2: a Polish speaker writing English with small slips, object names right: "Please put the red block on top
  the blue block, thank you."
- soldier: a retired soldier, clipped orders: "Red block. Bin. Now."
- kid_adult: an adult who writes like a cheerful child, simple words: "can you put the red block in the top left
  corner pleeease :)"
- officer: an office worker, polite email style: "Hi, could you please place the red block in the middle of the
  table? Many thanks."
- plain61: a plain, ordinary adult with no quirks, varied everyday sentences: "Take the red block off the blue block
  and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on cda86fe, the code of 5e82692, before anything it could prompt): 0.8133
goal-correct (244 of 300), 52 refused, 3 questions, 1 wrong action, no wrong reply. The wrong action: an office worker's
'Please move every block on the table into the bin, with the exception of X and Y.' binned Y. The refusals and
questions: a chef's 'plate X in W for me, chef's waiting', 'both plated up in W, yes chef', 'Clear down the pass: bin
every block that's sitting on the table. The bowls stay as they are.' and 'that one stays on my station where it is',
'Just to confirm, X should end up in the corner.', a soldier's 'Clear W. Not into the bin. On the table.', a cheerful
adult's 'so its a tall tower yay', 'the orange block is not invited hehe', 'the tower is too tall! take the top block
off the tower and put it on the table yay', 'and then the yellow block too!! bye bye blocks' and 'the blue bowl is
lonely!! put the block with the same colour as the bowl in it :)'.
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
_GROUND = (TABLE, *PLACES)
_BIN_ROOM = 5  # keep binning jobs small enough for any bin


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The template, unless its goal already holds in the scene."""
    if check(w.state, w.state):
        return None
    return text, check


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _tower(s: SymState, b: str) -> set[str]:
    return {b, *_below(s, b), *s.above(b)}


def _depth(s: SymState, b: str) -> int:
    """How high `b` stands in its tower (1 on the table or a bowl's floor)."""
    return 1 + len(_below(s, b))


def _can_stack(w: World, top: str, below: str) -> bool:
    """Whether `top` can sensibly be put on `below`: different towers, and the tower stays low enough."""
    s = w.state
    return top != below and below not in _tower(s, top) and _depth(s, below) + 1 <= layout.MAX_TOWER


def _room(w: World, bowl: str, moving: list[str]) -> int:
    """How many of `moving` still fit in `bowl` beside what else is there now."""
    return layout.BOWL_CAPACITY - len([b for b in w.state.in_bowl(bowl) if b not in moving])


def _in_bin_now(w: World) -> int:
    return sum(1 for b in w.blocks if w.state.base(b) == BIN)


def _grounded(blocks: list[str]) -> Check:
    """Every block stands (in a tower or alone) on the table or a named place."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _not_in(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _chain3(a: str, b: str, c: str) -> Check:
    """The three blocks form one tower of three, in any order, on anything."""
    trio = {a, b, c}

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [x for x in trio if f.support[x] not in trio]
        if len(bottoms) != 1:
            return False
        up1 = [x for x in f.on_top(bottoms[0]) if x in trio]
        if len(up1) != 1:
            return False
        up2 = [x for x in f.on_top(up1[0]) if x in trio]
        return len(up2) == 1

    return check


def _bowl_with_room(w: World, moving: list[str]) -> str | None:
    ok = [b for b in w.bowls if _room(w, b, moving) >= len(moving)]
    return w.pick(ok)[0] if ok else None


def _match_bowl(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _nearest(w: World, origin: str, candidates: list[str], margin: float = 0.03) -> str | None:
    """The one candidate clearly closest to `origin`, if there is one."""
    ranked = sorted(candidates, key=lambda c: w.dist(origin, c))
    if not ranked:
        return None
    if len(ranked) > 1 and w.dist(origin, ranked[1]) - w.dist(origin, ranked[0]) < margin:
        return None
    return ranked[0]


def _towers(w: World) -> list[str]:
    """The bottoms of towers of two or more standing on the table."""
    s = w.state
    return [b for b in w.blocks if s.support[b] in _GROUND and s.on_top(b)]


# ----- imperative -------------------------------------------------------------------------------------
def t280_imp_chef2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    bowl = _bowl_with_room(w, [a])
    if bowl is None:
        return None
    return _made(w, f"Right, plate the {a} in the {bowl} for me, chef's waiting.", _act(rels(Rel("in", a, bowl))))


def t280_imp_polish2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_stack(w, a, b):
        return None
    return _made(w, f"Please put the {a} on top the {b}, thank you.", _act(rels(Rel("on", a, b))))


def t280_imp_soldier(w: World) -> Made:
    if _in_bin_now(w) >= _BIN_ROOM:
        return None
    a = w.pick(w.blocks)[0]
    return _made(w, f"{_cap(w.colour(a))} block. Bin. Now.", _act(binned([a])))


def t280_imp_kid_adult(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.pick(_CORNERS)[0]
    return _made(w, f"can you put the {a} in the {corner} pleeease :)", _act(rels(Rel("at", a, corner))))


def t280_imp_officer(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"Hi, could you please place the {a} in the {_MIDDLE} of the table? Many thanks.",
                 _act(rels(Rel("at", a, _MIDDLE))))


def t280_imp_plain61(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.support[b] in _GROUND]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the {top} off the {below} and put it on the table.", _act(rels(Rel("on_table", top))))


# ----- declarative ------------------------------------------------------------------------------------
def t280_dec_chef2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    bowl = _bowl_with_room(w, [a])
    if bowl is None:
        return None
    return _made(w, f"The {a} belongs in the {bowl}. That's its station.", _act(rels(Rel("in", a, bowl))))


def t280_dec_polish2(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.support[b] in _GROUND]
    if not loose:
        return None
    a = w.pick(loose)[0]
    targets = [b for b in w.blocks if _can_stack(w, a, b)]
    if not targets:
        return None
    b = w.pick(targets)[0]
    return _made(w, f"The {a} must be on the {b}, not on the table.", _act(rels(Rel("on", a, b))))


def t280_dec_soldier(w: World) -> Made:
    if _in_bin_now(w) + 2 > _BIN_ROOM:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"{_cap(w.colour(a))} block in the bin. {_cap(w.colour(b))} block in the bin. That is the order.",
                 _act(binned([a, b])))


def t280_dec_kid_adult(w: World) -> Made:
    s = w.state
    bases = [b for b in w.blocks if s.support[b] in _GROUND and s.is_clear(b)]
    if not bases:
        return None
    c = w.pick(bases)[0]
    others = [b for b in w.blocks if b != c]
    if len(others) < 2:
        return None
    b, a = w.pick(others, 2)
    return _made(w, f"the {a} goes on the {b} and the {b} goes on the {c} so its a tall tower yay",
                 _act(rels(Rel("on", a, b), Rel("on", b, c))))


def t280_dec_officer(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.pick(_CORNERS)[0]
    return _made(w, f"Just to confirm, the {a} should end up in the {corner}.", _act(rels(Rel("at", a, corner))))


def t280_dec_plain61(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"The {bowl} should be empty.", _act(empty(bowl)))


# ----- desiderative -----------------------------------------------------------------------------------
def t280_des_chef2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = _bowl_with_room(w, [a, b])
    if bowl is None:
        return None
    return _made(w, f"I'd like the {a} and the {b} both plated up in the {bowl}, yes chef.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t280_des_polish2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if not _can_stack(w, a, b):
        return None
    return _made(w, f"I would like that the {a} is standing on the {b}.", _act(rels(Rel("on", a, b))))


def t280_des_soldier(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.pick(_CORNERS)[0]
    return _made(w, f"Want the {a} in the {corner}. Make it happen.", _act(rels(Rel("at", a, corner))))


def t280_des_kid_adult(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"i wanna build a big tower with the {a} the {b} and the {c}!!!", _act(_chain3(a, b, c)))


def t280_des_officer(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    if _in_bin_now(w) + len(inside) > _BIN_ROOM:
        return None
    return _made(w, f"I would like the {bowl} emptied into the bin, if possible. Kind regards.",
                 _act(binned(inside), empty(bowl)))


def t280_des_plain61(w: World) -> Made:
    inside = [b for b in w.blocks if w.state.support[b] in w.state.bowls]
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.support[a]
    return _made(w, f"My goal is to get the {a} out of the {bowl} and onto the table.",
                 _act(rels(Rel("on_table", a))))


# ----- quantified -------------------------------------------------------------------------------------
def t280_qua_chef2(w: World) -> Made:
    s = w.state
    loose = s.on_the_table()
    if not loose or _in_bin_now(w) + len(loose) > _BIN_ROOM or not s.in_bowls():
        return None
    return _made(w, "Clear down the pass: bin every block that's sitting on the table. The bowls stay as they are.",
                 _act(binned(loose), kept(*s.in_bowls())))


def t280_qua_polish2(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls) or any(w.state.in_bowl(b) for b in w.bowls):
        return None
    return _made(w, "Please put one block to every bowl, which block is not important.",
                 _act(*(count_in(b, 1) for b in w.bowls)))


def t280_qua_soldier(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"All blocks out of the {bowl}. Onto the table. Go.", _act(_grounded(inside)))


def t280_qua_kid_adult(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"put exactly 2 blocks in the {bowl} pls!! any 2 is fine", _act(count_in(bowl, 2)))


def t280_qua_officer(w: World) -> Made:
    if len(w.blocks) > len(w.bowls) * layout.BOWL_CAPACITY:
        return None
    blocks = w.blocks
    return _made(w, "Could you please make sure that every block ends up in a bowl? Any bowl is fine.",
                 _act(lambda _i, f: all(f.base(b) in f.bowls for b in blocks)))


def t280_qua_plain61(w: World) -> Made:
    if len(w.blocks) > _BIN_ROOM:
        return None
    return _made(w, "Put all the blocks in the bin.", _act(binned(w.blocks)))


# ----- negated ----------------------------------------------------------------------------------------
def t280_neg_chef2(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.support[b] in _GROUND]
    if not loose:
        return None
    a = w.pick(loose)[0]
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"Bin everything except the {a}, that one stays on my station where it is.",
                 _act(binned(rest), kept(a)))


def t280_neg_polish2(w: World) -> Made:
    loose = w.state.on_the_table()
    if len(loose) < 2:
        return None
    a = w.pick(loose)[0]
    rest = [b for b in loose if b != a]
    if _in_bin_now(w) + len(rest) > _BIN_ROOM:
        return None
    return _made(w, f"Please put all blocks which are on the table to the bin, but not the {a}.",
                 _act(binned(rest), none_binned([a])))


def t280_neg_soldier(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Clear the {bowl}. Not into the bin. On the table.", _act(empty(bowl), _grounded(inside)))


def t280_neg_kid_adult(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a]
    return _made(w, f"put all the blocks in the {bowl} but NOT the {a} ok? the {a} is not invited hehe",
                 _act(rels(*(Rel("in", b, bowl) for b in rest)), _not_in(a, bowl)))


def t280_neg_officer(w: World) -> Made:
    loose = w.state.on_the_table()
    if len(loose) < 3:
        return None
    a, b = w.pick(loose, 2)
    rest = [x for x in loose if x not in (a, b)]
    if _in_bin_now(w) + len(rest) > _BIN_ROOM:
        return None
    return _made(w, f"Please move every block on the table into the bin, with the exception of the {a} and the {b}.",
                 _act(binned(rest), none_binned([a, b])))


def t280_neg_plain61(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    return _made(w, f"Get the {a} out of the {bowl}, but don't put it in the bin.",
                 _act(_not_in(a, bowl), none_binned([a])))


# ----- relative ---------------------------------------------------------------------------------------
def t280_rel_chef2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_with_room(w, [top])
    if bowl is None:
        return None
    return _made(w, f"Grab the block sitting on top of the {below} and plate it in the {bowl}.",
                 _act(rels(Rel("in", top, bowl))))


def t280_rel_polish2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b not in _tower(w.state, a)]
    near = _nearest(w, a, others)
    if near is None or not _can_stack(w, a, near):
        return None
    return _made(w, f"Please put the {a} on the block which is most near to it.", _act(rels(Rel("on", a, near))))


def t280_rel_soldier(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    bowl = _nearest(w, a, w.bowls, margin=0.05)
    if bowl is None or _room(w, bowl, [a]) < 1:
        return None
    return _made(w, f"{_cap(a)}. Into the closest bowl.", _act(rels(Rel("in", a, bowl))))


def t280_rel_kid_adult(w: World) -> Made:
    bottoms = _towers(w)
    if len(bottoms) != 1:
        return None
    top = w.state.above(bottoms[0])[0]
    return _made(w, "the tower is too tall! take the top block off the tower and put it on the table yay",
                 _act(rels(Rel("on_table", top))))


def t280_rel_officer(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not single:
        return None
    bowl = w.pick(single)[0]
    x = w.state.in_bowl(bowl)[0]
    targets = [b for b in w.blocks if _can_stack(w, x, b)]
    if not targets:
        return None
    b = w.pick(targets)[0]
    return _made(w, f"Would you kindly put the block that is currently in the {bowl} onto the {b}? Thank you.",
                 _act(rels(Rel("on", x, b))))


def t280_rel_plain61(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Put the block that's under the {top} on top of the {top} instead.",
                 _act(rels(Rel("on", below, top))))


# ----- keep -------------------------------------------------------------------------------------------
def t280_keep_chef2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    bowl = _bowl_with_room(w, [a])
    if bowl is None:
        return None
    return _made(w, f"Put the {a} in the {bowl}, but the {b} stays exactly where it is, that's my garnish.",
                 _act(rels(Rel("in", a, bowl)), kept(b)))


def t280_keep_polish2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    s = w.state
    if not _can_stack(w, b, a) or c in _tower(s, a) | _tower(s, b):
        return None
    return _made(w, f"Please build tower from the {a} and the {b}, the {a} on bottom, but the {c} must stay on "
                    "its place.", _act(rels(Rel("on", b, a)), kept(c)))


def t280_keep_soldier(w: World) -> Made:
    if _in_bin_now(w) >= _BIN_ROOM:
        return None
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    return _made(w, f"Bin the {a}. {_cap(b)} stays put.", _act(binned([a]), kept(b)))


def t280_keep_kid_adult(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    s = w.state
    if not _can_stack(w, a, b) or c in _tower(s, a) | _tower(s, b):
        return None
    return _made(w, f"can u put the {a} on the {b}?? but dont move the {c} its my favorite!!",
                 _act(rels(Rel("on", a, b)), kept(c)))


def t280_keep_officer(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside and not (set(w.state.above(b)) & set(inside))]
    if not outside:
        return None
    a = w.pick(outside)[0]
    corner = w.pick(_CORNERS)[0]
    return _made(w, f"Could you put the {a} in the {corner}? Please leave everything in the {bowl} as it is.",
                 _act(rels(Rel("at", a, corner)), kept(*inside)))


def t280_keep_plain61(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    above = w.state.above(a)
    if b in above or c in above:
        return None
    return _made(w, f"Move the {a} to the {_MIDDLE} but keep the {b} and the {c} where they are.",
                 _act(rels(Rel("at", a, _MIDDLE)), kept(b, c)))


# ----- multi_step -------------------------------------------------------------------------------------
def t280_multi_chef2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = _bowl_with_room(w, [a, b])
    if bowl is None:
        return None
    return _made(w, f"First plate the {a} in the {bowl}, then put the {b} on top of it.",
                 _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t280_multi_polish2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs or _in_bin_now(w) >= _BIN_ROOM:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"First please take the {top} from the {below}, after that put the {below} to the bin.",
                 _act(binned([below]), none_binned([top]), lambda _i, f: f.support[top] != below))


def t280_multi_soldier(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    corner = w.pick(_CORNERS)[0]
    return _made(w, f"Step one: {a} to the {corner}. Step two: {b} on the {a}. Execute.",
                 _act(rels(Rel("at", a, corner), Rel("on", b, a))))


def t280_multi_kid_adult(w: World) -> Made:
    if _in_bin_now(w) + 2 > _BIN_ROOM:
        return None
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"first put the {a} in the bin and then the {b} too!! bye bye blocks", _act(binned([a, b])))


def t280_multi_officer(w: World) -> Made:
    up = [b for b in w.blocks if w.state.support[b] not in _GROUND]
    up = [b for b in up if w.state.base(b) != BIN]
    if not up:
        return None
    a = w.pick(up)[0]
    rest = [b for b in w.blocks if b != a]
    b = w.pick(rest)[0]
    bowl = _bowl_with_room(w, [b])
    if bowl is None:
        return None
    return _made(w, f"Could you first move the {a} onto the table, and then place the {b} in the {bowl}? Thanks.",
                 _act(rels(Rel("on_table", a), Rel("in", b, bowl))))


def t280_multi_plain61(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    a = w.pick(outside)[0]
    return _made(w, f"Take everything out of the {bowl} and then put the {a} in it.",
                 _act(rels(Rel("in", a, bowl)), *(_not_in(b, bowl) for b in inside)))


# ----- question ---------------------------------------------------------------------------------------
def t280_q_chef2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"Quick count before service: how many blocks are in the {bowl}?", answered(str(n))


def t280_q_polish2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    return f"Is the {a} lying on the {b}?", answered(yes(w.state.support[a] == b))


def t280_q_soldier(w: World) -> Made:
    cands = [b for b in w.blocks if len(w.state.above(b)) == 1]
    if not cands:
        return None
    b = w.pick(cands)[0]
    return f"Report. What's on top of the {b}?", answered(w.state.on_top(b)[0])


def t280_q_kid_adult(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    bowl = w.pick(w.bowls)[0]
    flag = holds(Rel("in", a, bowl), w.state)
    return (f"is the {a} in the {bowl}?? and how many blocks are there all together",
            answered(f"{yes(flag)}|{len(w.blocks)}"))


def t280_q_officer(w: World) -> Made:
    s = w.state
    cands = [b for b in w.blocks if s.support[b] in s.bowls
             or (s.support[b] in s.support and s.base(b) in _GROUND)]
    if not cands:
        return None
    a = w.pick(cands)[0]
    return (f"Could you please let me know where the {a} is at the moment? Thanks in advance.",
            answered(s.support[a]))


def t280_q_plain61(w: World) -> Made:
    s = w.state
    bowl = w.pick(w.bowls)[0]
    cands = [b for b in w.blocks if s.support[b] in _GROUND or s.support[b] in s.bowls]
    if not cands:
        return None
    a = w.pick(cands)[0]
    on_table = s.support[a] in _GROUND
    return (f"How many blocks are in the {bowl}, and is the {a} on the table?",
            answered(f"{len(s.in_bowl(bowl))}|{yes(on_table)}"))


# ----- matching ---------------------------------------------------------------------------------------
def t280_match_chef2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Match them up, like with like: every block that has a bowl in its colour goes in that bowl.",
                 _act(rels(*want)))


def t280_match_polish2(w: World) -> Made:
    cands = [b for b in w.blocks if _match_bowl(w, b)]
    if not cands:
        return None
    a = w.pick(cands)[0]
    return _made(w, f"Please put the {a} to the bowl which has the same colour like it.",
                 _act(rels(Rel("in", a, _match_bowl(w, a) or ""))))


def t280_match_soldier(w: World) -> Made:
    cands = [b for b in w.blocks if _match_bowl(w, b)]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    return _made(w, f"Colour match. {_cap(a)} and {b} to their own bowls.",
                 _act(rels(Rel("in", a, _match_bowl(w, a) or ""), Rel("in", b, _match_bowl(w, b) or ""))))


def t280_match_kid_adult(w: World) -> Made:
    cands = [b for b in w.bowls if any(w.colour(x) == w.colour(b) for x in w.blocks)]
    if not cands:
        return None
    bowl = w.pick(cands)[0]
    block = next(x for x in w.blocks if w.colour(x) == w.colour(bowl))
    return _made(w, f"the {bowl} is lonely!! put the block with the same colour as the bowl in it :)",
                 _act(rels(Rel("in", block, bowl))))


def t280_match_officer(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if not _match_bowl(w, b)]
    if _in_bin_now(w) + len(rest) > _BIN_ROOM:
        return None
    return _made(w, "Could you please sort the blocks by colour? Each block with a bowl of the same colour should go "
                    "in that bowl, and any block without one should go in the bin.",
                 _act(rels(*want), binned(rest)))


def t280_match_plain61(w: World) -> Made:
    want = matching(w)
    outside = [r for r in want if not holds(r, w.state)]
    if len(want) < 2 or not outside:
        return None
    skip = w.rng.choice(outside)
    rest = [r for r in want if r != skip]
    return _made(w, f"Put every block into the bowl of the same colour, except the {skip.block}.",
                 _act(rels(*rest), lambda _i, f: not holds(skip, f)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("chef2", "polish2", "soldier", "kid_adult", "officer", "plain61")
FRESH280: list[Template] = [
    (f"t280_{short}_{style}", category, globals()[f"t280_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
