"""`FRESH233`, the two-hundred-and-thirty-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. The six personas:
- hairdresser: a chatty, friendly hairdresser: "Ooh darling, could you pop the red block into the blue bowl for me?"
- indonesian: an Indonesian speaker writing English with small slips: "Please you put the red block to the bin."
- pilot2: an airline pilot, calm, checklist style: "Step one: red block to the middle. Step two: blue block to the bin."
- grump: a grumpy person, short, complains a bit but asks clearly: "Just bin the red block. Took you long enough."
- gardener4: a keen gardener with mild plant metaphors: "That red block is a weed, it belongs in the bin."
- plain14: a plain, ordinary adult with no quirks: "Could you put the red block on top of the green block?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on f79de39, the code of c9e1454, before anything it could prompt): 0.8067
goal-correct (242 of 300), 45 refused, three questions asked, no wrong action and ten wrong replies. The wrong replies:
the hairdresser's "Quick one, love: how many blocks are in W at the minute?" and the gardener's "Which bowl has X been
planted in?". The refusals: the gardener's "Grow me a little tower, like a bean pole: ...", "it's a keeper, not a weed",
"lift it out and plant it in ...", "keep X rooted right where it is"; the Indonesian speaker's "not in other place"; the
grump's "The block that's furthest from W. Put it in W. Simple.", "nothing else moves.", "the matching ones stay out of
the bin"; the pilot's "Load W with its matching block, same colour. Confirm when secured.". The questions: the gardener's
"should go home to that bowl, like sorting bulbs into the right pots".
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_BIN_ROOM = len(layout.BIN_SLOTS)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _bottom(s: SymState, b: str) -> str:
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _level(s: SymState, b: str) -> int:
    """1 for a block standing on the table, a place, a bowl or the bin; 2 for the block on it, and so on."""
    n = 1
    while s.support[b] in s.support:
        b = s.support[b]
        n += 1
    return n


def _can_stack(s: SymState, x: str, y: str) -> bool:
    """Whether putting x on y is a plain, possible request: y stands on the table, in another tower, with room."""
    return (x != y and s.base(y) in (TABLE, *PLACES) and _bottom(s, x) != _bottom(s, y)
            and _level(s, y) + 1 <= layout.MAX_TOWER)


def _room(s: SymState, bowl: str, new: list[str]) -> bool:
    """Whether the bowl can take the new blocks on top of what it holds now."""
    return len(set(s.in_bowl(bowl)) | set(new)) <= layout.BOWL_CAPACITY


def _not_in(bowl: str, block: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _off(block: str) -> Check:
    """The block is not in the bin."""
    return none_binned([block])


def _place_xy(place: str) -> tuple[float, float]:
    return layout.PLACES[place]


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _ranked(w: World, xy: tuple[float, float], candidates: list[str]) -> list[tuple[float, str]]:
    return sorted((((_xy(w, b)[0] - xy[0]) ** 2 + (_xy(w, b)[1] - xy[1]) ** 2) ** 0.5, b) for b in candidates)


def _nearest(w: World, xy: tuple[float, float], candidates: list[str], far: bool = False) -> str | None:
    """The one candidate clearly nearest to (or farthest from) xy; None when two are close to a tie."""
    ranked = _ranked(w, xy, candidates)
    if far:
        ranked = ranked[::-1]
    if len(ranked) < 2 or abs(ranked[0][0] - ranked[1][0]) < 0.04:
        return None
    return ranked[0][1]


def _at(place: str) -> str:
    """'in the top left corner', 'in the middle'."""
    return f"in the {place}"


def _bowl_of(w: World, colour: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == colour), None)


def _block_of(w: World, colour: str) -> str | None:
    return next((b for b in w.blocks if w.colour(b) == colour), None)


# ----- imperative -------------------------------------------------------------------------------------
def t233_imp_hairdresser(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free or not _room(w.state, bowl, free[:1]):
        return None
    b = w.pick(free)[0]
    return _made(w, f"Ooh darling, could you pop the {b} into the {bowl} for me? Lovely, ta.",
                 _act(rels(Rel("in", b, bowl))))


def t233_imp_indonesian(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    return _made(w, f"Please you put the {x} on top of the {y}, thank you.", _act(rels(Rel("on", x, y))))


def t233_imp_pilot2(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"Move the {b} to the {place}. Report when complete.", _act(rels(Rel("at", b, place))))


def t233_imp_grump(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return _made(w, f"Throw the {b} in the bin. Go on, I haven't got all day.", _act(binned([b])))


def t233_imp_gardener4(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"Grow me a little tower, like a bean pole: the {a} at the bottom, the {b} in the middle "
                    f"and the {c} on top.", _act(rels(Rel("stacked", a, b, c))))


def t233_imp_plain14(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    return _made(w, f"Take the {b} out of the {bowl} and put it on the table.", _act(rels(Rel("on_table", b))))


# ----- declarative ------------------------------------------------------------------------------------
def t233_dec_hairdresser(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free or not _room(w.state, bowl, free[:1]):
        return None
    b = w.pick(free)[0]
    return _made(w, f"Right love, the {b} should be sitting in the {bowl}, that's how I like it.",
                 _act(rels(Rel("in", b, bowl))))


def t233_dec_indonesian(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    return _made(w, f"The {x} must be on the {y}, not in other place.", _act(rels(Rel("on", x, y))))


def t233_dec_pilot2(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"Target configuration: the {b} {_at(place)}. Gripper empty on completion.",
                 _act(rels(Rel("at", b, place))))


def t233_dec_grump(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"The {bowl} is supposed to be empty. It isn't. Sort it out.", _act(empty(bowl)))


def t233_dec_gardener4(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return _made(w, f"That {b} is a weed as far as I'm concerned. It belongs in the bin.", _act(binned([b])))


def t233_dec_plain14(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    if not _room(w.state, bowl, [x, y]):
        return None
    return _made(w, f"The {x} and the {y} should both end up in the {bowl}.",
                 _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


# ----- desiderative -----------------------------------------------------------------------------------
def t233_des_hairdresser(w: World) -> Made:
    pairs = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    return _made(w, f"I'd love it if the {x} was sitting on the {y}, darling. Would you mind?",
                 _act(rels(Rel("on", x, y))))


def t233_des_indonesian(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"I want the {b} go to the {place}, please.", _act(rels(Rel("at", b, place))))


def t233_des_pilot2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free or not _room(w.state, bowl, free[:1]):
        return None
    b = w.pick(free)[0]
    return _made(w, f"I'd like the {b} placed in the {bowl}, please. Confirm when done.",
                 _act(rels(Rel("in", b, bowl))))


def t233_des_grump(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return _made(w, f"I want the {b} gone. In the bin. Not complicated.", _act(binned([b])))


def t233_des_gardener4(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"I'd like the {a}, the {b} and the {c} in one tower, any order you like, like a stack of "
                    "flower pots.", _act(rels(Rel("tower", a, b, c))))


def t233_des_plain14(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    place = w.pick(list(PLACES))[0]
    return _made(w, f"My goal is to have both the {x} and the {y} {_at(place)}.",
                 _act(rels(Rel("at", x, place), Rel("at", y, place))))


# ----- quantified -------------------------------------------------------------------------------------
def t233_qua_hairdresser(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Could you put all the blocks in the {bowl}, love? Every last one.",
                 _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t233_qua_indonesian(w: World) -> Made:
    full = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) >= 2]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"Please put every block from the {bowl} into the bin.",
                 _act(binned(w.state.in_bowl(bowl))))


def t233_qua_pilot2(w: World) -> Made:
    empties = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not empties:
        return None
    bowl = w.pick(empties)[0]
    return _made(w, f"The {bowl} is empty. Load exactly two blocks into the {bowl}. Any two will do. No more, no less.",
                 _act(count_in(bowl, 2)))


def t233_qua_grump(w: World) -> Made:
    if len(w.blocks) > _BIN_ROOM:
        return None
    return _made(w, "Every single block into the bin. All of them. Yes, all.", _act(binned(w.blocks)))


def t233_qua_gardener4(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "Put one block in each bowl, like planting one seedling per pot. Just one in each.",
                 _act(lambda _i, f: all(len(f.in_bowl(bowl)) == 1 for bowl in bowls)))


def t233_qua_plain14(w: World) -> Made:
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    return _made(w, "Please take every block that's in a bowl and put it on the table.",
                 _act(rels(*(Rel("on_table", b) for b in inside))))


# ----- negated ----------------------------------------------------------------------------------------
def t233_neg_hairdresser(w: World) -> Made:
    keep = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != keep]
    if len(others) > _BIN_ROOM:
        return None
    return _made(w, f"Pop all the blocks in the bin except the {keep}, love, I'm keeping that one.",
                 _act(binned(others), _off(keep)))


def t233_neg_indonesian(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    skip = w.pick(outside)[0]
    others = [b for b in w.blocks if b != skip]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Please put all block to the {bowl} but not the {skip}.",
                 _act(rels(*(Rel("in", b, bowl) for b in others)), _not_in(bowl, skip)))


def t233_neg_pilot2(w: World) -> Made:
    full = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) >= 2]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    stay = w.pick(inside)[0]
    rest = [b for b in inside if b != stay]
    return _made(w, f"Clear the {bowl} into the bin, with the exception of the {stay}. "
                    f"The {stay} remains in the {bowl}.",
                 _act(binned(rest), rels(Rel("in", stay, bowl))))


def t233_neg_grump(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not outside or len(outside) > _BIN_ROOM:
        return None
    return _made(w, "bin every block that isn't in a bowl. the ones in the bowls stay put, don't touch them.",
                 _act(binned(outside), kept(*inside)))


def t233_neg_gardener4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    return _made(w, f"The {b} needs to come out of the {bowl}, but don't put it in the bin, it's a keeper, "
                    "not a weed.", _act(_not_in(bowl, b), _off(b)))


def t233_neg_plain14(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(outside) < 2:
        return None
    x, y = w.pick(outside, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    if not others or len(others) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all the blocks in the {bowl} except the {x} and the {y}.",
                 _act(rels(*(Rel("in", b, bowl) for b in others)), _not_in(bowl, x), _not_in(bowl, y)))


# ----- relative ---------------------------------------------------------------------------------------
def t233_rel_hairdresser(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowls = [bowl for bowl in w.bowls if w.state.base(top) != bowl and _room(w.state, bowl, [top])]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Could you take the block that's sitting on top of the {below} and pop it in the {bowl}, love?",
                 _act(rels(Rel("in", top, bowl))))


def t233_rel_indonesian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"Please put the block under the {top} to the bin.", _act(binned([below])))


def t233_rel_pilot2(w: World) -> Made:
    empties = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not empties:
        return None
    bowl = w.pick(empties)[0]
    b = _nearest(w, _xy(w, bowl), w.blocks)
    if b is None:
        return None
    return _made(w, f"Take the block closest to the {bowl} and place it in the {bowl}. That is all.",
                 _act(rels(Rel("in", b, bowl))))


def t233_rel_grump(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(bowl)) >= layout.BOWL_CAPACITY:
        return None
    b = _nearest(w, _xy(w, bowl), w.blocks, far=True)
    if b is None or w.state.base(b) == bowl:
        return None
    return _made(w, f"The block that's furthest from the {bowl}. Put it in the {bowl}. Simple.",
                 _act(rels(Rel("in", b, bowl))))


def t233_rel_gardener4(w: World) -> Made:
    twos = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 2]
    if not twos:
        return None
    bowl = w.pick(twos)[0]
    x, other = w.pick(w.state.in_bowl(bowl), 2)
    place = w.pick(list(PLACES))[0]
    return _made(w, f"There are two blocks in the {bowl}. Not the {x}, the other one: lift it out and plant it "
                    f"{_at(place)}.", _act(rels(Rel("at", other, place))))


def t233_rel_plain14(w: World) -> Made:
    place = w.pick(list(PLACES))[0]
    b = _nearest(w, _place_xy(place), w.blocks)
    ys = [y for y in w.blocks if b is not None and _can_stack(w.state, b, y)]
    if b is None or not ys:
        return None
    y = w.pick(ys)[0]
    return _made(w, f"Put whichever block is closest to the {place} on top of the {y}.",
                 _act(rels(Rel("on", b, y))))


# ----- keep -------------------------------------------------------------------------------------------
def _keepable(w: World, x: str) -> list[str]:
    """Blocks other than x that never need to move when x moves (not above x in its tower)."""
    return [k for k in w.blocks if k != x and k not in w.state.above(x)]


def t233_keep_hairdresser(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free or not _room(w.state, bowl, free[:1]):
        return None
    x = w.pick(free)[0]
    keep = _keepable(w, x)
    if not keep:
        return None
    k = w.pick(keep)[0]
    return _made(w, f"Pop the {x} in the {bowl} for me, love, but leave the {k} exactly where it is, yeah?",
                 _act(rels(Rel("in", x, bowl)), kept(k)))


def t233_keep_indonesian(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    keep = _keepable(w, x)
    if not keep:
        return None
    k = w.pick(keep)[0]
    return _made(w, f"Please move the {x} to the bin, but the {k} please don't move it.",
                 _act(binned([x]), kept(k)))


def t233_keep_pilot2(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    pairs = [(x, y) for x in w.blocks for y in w.blocks
             if x not in inside and y not in inside and _can_stack(w.state, x, y)]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    return _made(w, f"Stack the {x} on the {y}. Do not disturb the contents of the {bowl}.",
                 _act(rels(Rel("on", x, y)), kept(*inside)))


def t233_keep_grump(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.is_clear(b) and w.state.support[b] not in (TABLE, *PLACES)]
    if not cands:
        return None
    x = w.pick(cands)[0]
    others = [b for b in w.blocks if b != x]
    return _made(w, f"put the {x} on the table and leave everything else alone. nothing else moves.",
                 _act(rels(Rel("on_table", x)), kept(*others)))


def t233_keep_gardener4(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    keep = _keepable(w, x)
    if not keep:
        return None
    k = w.pick(keep)[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"Move the {x} over to the {place}, but keep the {k} rooted right where it is.",
                 _act(rels(Rel("at", x, place)), kept(k)))


def t233_keep_plain14(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free or not _room(w.state, bowl, free[:1]):
        return None
    x = w.pick(free)[0]
    keep = _keepable(w, x)
    if len(keep) < 2:
        return None
    k, j = w.pick(keep, 2)
    return _made(w, f"Put the {x} in the {bowl}. Keep the {k} and the {j} where they are.",
                 _act(rels(Rel("in", x, bowl)), kept(k, j)))


# ----- multi-step -------------------------------------------------------------------------------------
def t233_multi_hairdresser(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.pick(list(PLACES))[0]
    return _made(w, f"First pop the {a} {_at(place)}, love, then put the {b} on top of it. Gorgeous.",
                 _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t233_multi_indonesian(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if b != a and w.state.base(b) != bowl]
    if not free:
        return None
    b = w.pick(free)[0]
    if not _room(w.state, bowl, [b]):
        return None
    return _made(w, f"First put the {a} to the bin, after that put the {b} to the {bowl}.",
                 _act(binned([a]), rels(Rel("in", b, bowl))))


def t233_multi_pilot2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.pick(list(PLACES))[0]
    return _made(w, f"Step one: {a} to the {place}. Step two: {b} to the bin. Step three: gripper empty.",
                 _act(rels(Rel("at", a, place)), binned([b])))


def t233_multi_grump(w: World) -> Made:
    pairs = [(a, y) for a, y in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, y = w.pick(pairs)[0]
    bowls = [bowl for bowl in w.bowls if w.state.base(a) != bowl and _room(w.state, bowl, [a])]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Take the {a} off the {y} and stick it in the {bowl}. Then the {y} goes in the bin. Honestly.",
                 _act(rels(Rel("in", a, bowl)), binned([y])))


def t233_multi_gardener4(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    b = w.pick(outside)[0]
    return _made(w, f"First clear the {bowl} out into the bin, then plant the {b} in it, like repotting.",
                 _act(binned(inside), rels(Rel("in", b, bowl))))


def t233_multi_plain14(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(free) < 1 or not _room(w.state, bowl, free[:1]):
        return None
    a = w.pick(free)[0]
    b = w.pick([x for x in w.blocks if x != a])[0]
    place = w.pick(list(PLACES))[0]
    return _made(w, f"Move the {a} into the {bowl}, and after that move the {b} to the {place}.",
                 _act(rels(Rel("in", a, bowl), Rel("at", b, place))))


# ----- questions --------------------------------------------------------------------------------------
def t233_q_hairdresser(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"Quick one, love: how many blocks are in the {bowl} at the minute?", answered(str(n))


def t233_q_indonesian(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.pick(pairs)[0]
    else:
        x, y = w.pick(w.blocks, 2)
    flag = holds(Rel("on", x, y), w.state)
    if not flag and _bottom(w.state, x) == _bottom(w.state, y):
        return None  # same tower but not directly on: a human might hesitate
    return f"The {x} is on the {y} or not?", answered(yes(flag))


def t233_q_pilot2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return f"Status check: which block is directly on top of the {below}?", answered(top)


def t233_q_grump(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.on_the_table())
    some = bool(w.state.in_bowl(bowl))
    return (f"how many blocks are on the table. and is there anything in the {bowl}. just tell me",
            answered(f"{n}|{yes(some)}"))


def t233_q_gardener4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    return f"Which bowl has the {b} been planted in?", answered(w.state.base(b))


def t233_q_plain14(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    bowl = w.pick(w.bowls)[0]
    flag = w.state.base(b) == bowl
    return (f"Is the {b} in the {bowl}? And how many blocks are there altogether?",
            answered(f"{yes(flag)}|{len(w.blocks)}"))


# ----- matching ---------------------------------------------------------------------------------------
def t233_match_hairdresser(w: World) -> Made:
    ys = [y for y in w.blocks if _bowl_of(w, w.colour(y))]
    if not ys:
        return None
    y = w.pick(ys)[0]
    bowl = _bowl_of(w, w.colour(y))
    assert bowl is not None
    xs = [x for x in w.blocks if x != y and w.state.base(x) != bowl]
    if not xs or not _room(w.state, bowl, xs[:1]):
        return None
    x = w.pick(xs)[0]
    return _made(w, f"Darling, could you put the {x} in whichever bowl is the same colour as the {y}?",
                 _act(rels(Rel("in", x, bowl))))


def t233_match_indonesian(w: World) -> Made:
    cands = [b for b in w.blocks if _bowl_of(w, w.colour(b)) and w.state.base(b) != _bowl_of(w, w.colour(b))]
    if not cands:
        return None
    b = w.pick(cands)[0]
    bowl = _bowl_of(w, w.colour(b))
    assert bowl is not None
    if not _room(w.state, bowl, [b]):
        return None
    return _made(w, f"Please put the {b} to the bowl with same colour.", _act(rels(Rel("in", b, bowl))))


def t233_match_pilot2(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if _block_of(w, w.colour(bowl))]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    b = _block_of(w, w.colour(bowl))
    assert b is not None
    if not _room(w.state, bowl, [b]):
        return None
    return _made(w, f"Load the {bowl} with its matching block, same colour. Confirm when secured.",
                 _act(rels(Rel("in", b, bowl))))


def t233_match_grump(w: World) -> Made:
    colours = {w.colour(bowl) for bowl in w.bowls}
    odd = [b for b in w.blocks if w.colour(b) not in colours]
    fit = [b for b in w.blocks if w.colour(b) in colours]
    if not odd or not fit or len(odd) > _BIN_ROOM:
        return None
    return _made(w, "bin every block that doesn't match the colour of a bowl. the matching ones stay out of the bin.",
                 _act(binned(odd), none_binned(fit)))


def t233_match_gardener4(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Every block with a bowl of its own colour should go home to that bowl, like sorting bulbs "
                    "into the right pots.", _act(rels(*want)))


def t233_match_plain14(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if _block_of(w, w.colour(bowl))]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    t = _block_of(w, w.colour(bowl))
    assert t is not None
    xs = [x for x in w.blocks if _can_stack(w.state, x, t)]
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"Put the {x} on the block that's the same colour as the {bowl}.",
                 _act(rels(Rel("on", x, t))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("hairdresser", "indonesian", "pilot2", "grump", "gardener4", "plain14")
FRESH233: list[Template] = [
    (f"t233_{short}_{style}", category, globals()[f"t233_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
