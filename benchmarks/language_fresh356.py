"""`FRESH356`, the three-hundred-and-fifty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, asking a robot arm to tidy, move, sort and count the blocks on
a table, each in their own habits of speech. Six personas write them:
- shopkeeper2: a shopkeeper, homely, talks of stock and shelves ("Pop the red block in the blue bowl for me, love.")
- pilot6: a pilot, radio phrasing ("Red block, relocate to top left corner. Over.")
- student8: a student, hurried and casual, lower case ("stack red on blue pls")
- spanish7: a Spanish speaker writing English with small slips ("Please, you put the red block in the bin.")
- comedian2: a comedian, jokes and asides ("Red block in the bin. It knows what it did.")
- plain137: a plain, ordinary adult ("Put the green block in the middle.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at cfc3ccb, the code of bf5dfea, before anything it could
prompt): 0.8667 goal-correct (260 of 300), 40 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a
pilot's 'Negative, X is not to remain in W. Remove it. Over.', 'Target the leftmost block. Relocate it to ...' and
'Request a count of blocks on the table. Over.'; a comedian's 'No piggyback rides on my table!', 'yes, that one, the
political one', 'Three easy steps, like a cooking show: ... and for the grand finale ...', '... go home to its bowl,
the one the same colour. They've been apart too long.'; a shopkeeper's '..., that's on display'.
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
from sim.core.symbolic import SymState  # noqa: F401  (the state the checks read)

_MARGIN = 0.03  # metres: a position word needs a clear winner


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _pick(w: World, items: list, k: int = 1) -> list:
    return w.pick(list(items), k)


def _loose(w: World) -> list[str]:
    """Clear blocks that are not in the bin: they can be picked up straight away."""
    return w.clear_blocks()


def _on_table(w: World) -> list[str]:
    """Blocks whose tower stands on the table (a named place included)."""
    return w.state.on_the_table()


def _height(w: World, b: str) -> int:
    """How high `b` sits in its tower (1: at the bottom)."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _bottom(w: World, b: str) -> str:
    """The lowest block of the tower holding `b`."""
    while w.state.support[b] in w.state.support:
        b = w.state.support[b]
    return b


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _bowls_with_room(w: World, n: int = 1) -> list[str]:
    return [bw for bw in w.bowls if _room(w, bw, n)]


def _block_and_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl with room that does not hold it yet."""
    options = [(b, bw) for b in _loose(w) for bw in _bowls_with_room(w) if w.state.base(b) != bw]
    return _pick(w, options)[0] if options else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(x, y): two clear blocks, y standing on the table side with room above it, x not on y already."""
    options = [(x, y) for x in _loose(w) for y in _loose(w)
               if x != y and w.state.base(y) not in (*w.bowls, BIN) and _height(w, y) < layout.MAX_TOWER
               and w.state.support[x] != y]
    return _pick(w, options)[0] if options else None


def _off_place(w: World, b: str) -> list[str]:
    """The named places `b` is not at."""
    return [p for p in PLACES if w.state.support[b] != p]


def _winner(scores: dict[str, float]) -> str | None:
    """The name with the smallest score, when it wins by `_MARGIN` over every other."""
    if len(scores) < 2:
        return None
    ranked = sorted(scores, key=scores.get)
    return ranked[0] if scores[ranked[1]] - scores[ranked[0]] >= _MARGIN else None


def _to_point(w: World, b: str, point: tuple[float, float]) -> float:
    p = w.scene.get(b).position
    return ((p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2) ** 0.5


def _bin_fits(blocks: list[str]) -> bool:
    """The bin's drop slots are enough for these blocks."""
    return 0 < len(blocks) <= len(layout.BIN_SLOTS)


def _where(w: World, b: str) -> str:
    """What the answer to "where is b?" must name: what it rests on."""
    s = w.state.support[b]
    return "table" if s == TABLE else s


def _bowl_set(bowl: str) -> Check:
    """The bowl holds exactly what it held at the start."""
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl))


def _no_stacks(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.support[b] not in f.support for b in blocks)


# ----- imperative -----------------------------------------------------------------------------------
def t356_imp_shopkeeper2(w: World) -> Made:
    pair = _block_and_bowl(w)
    if not pair:
        return None
    b, bw = pair
    return _made(w, f"Could you pop the {b} in the {bw} for me, love? That's where it's kept.",
                 _act(rels(Rel("in", b, bw))))


def t356_imp_pilot6(w: World) -> Made:
    b = _pick(w, _loose(w))
    if not b:
        return None
    p = _pick(w, _off_place(w, b[0]))[0]
    return _made(w, f"Robot, move the {b[0]} to the {p}. Over.", _act(rels(Rel("at", b[0], p))))


def t356_imp_student8(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"stack the {x} on the {y} pls", _act(rels(Rel("on", x, y))))


def t356_imp_spanish7(w: World) -> Made:
    b = _pick(w, _loose(w))
    if not b:
        return None
    return _made(w, f"Please, you put the {b[0]} in the bin.", _act(binned(b)))


def t356_imp_comedian2(w: World) -> Made:
    up = [x for x, _s in w.pairs() if w.state.is_clear(x)]
    b = _pick(w, up)
    if not b:
        return None
    return _made(w, f"Take the {b[0]} down and put it on the table. It's scared of heights, poor thing.",
                 _act(rels(Rel("on_table", b[0]))))


def t356_imp_plain137(w: World) -> Made:
    b = _pick(w, [x for x in _loose(w) if w.state.support[x] != PLACES[4]])
    if not b:
        return None
    return _made(w, f"Put the {b[0]} in the middle.", _act(rels(Rel("at", b[0], PLACES[4]))))


# ----- declarative ----------------------------------------------------------------------------------
def t356_dec_shopkeeper2(w: World) -> Made:
    pair = _block_and_bowl(w)
    if not pair:
        return None
    b, bw = pair
    return _made(w, f"The {b} belongs in the {bw}, that's its shelf.", _act(rels(Rel("in", b, bw))))


def t356_dec_pilot6(w: World) -> Made:
    b = _pick(w, _loose(w))
    if not b:
        return None
    p = _pick(w, _off_place(w, b[0]))[0]
    return _made(w, f"Be advised: the {b[0]} is to be positioned at the {p}.", _act(rels(Rel("at", b[0], p))))


def t356_dec_student8(w: World) -> Made:
    b = _pick(w, _loose(w))
    if not b:
        return None
    return _made(w, f"{b[0]} goes in the bin", _act(binned(b)))


def t356_dec_spanish7(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"The {x} must to be on the {y}.", _act(rels(Rel("on", x, y))))


def t356_dec_comedian2(w: World) -> Made:
    up = [x for x, _s in w.pairs() if w.state.is_clear(x)]
    b = _pick(w, up)
    if not b:
        return None
    return _made(w, f"The {b[0]} has to be on the table. It's been up there long enough, it should start paying rent.",
                 _act(rels(Rel("on_table", b[0]))))


def t356_dec_plain137(w: World) -> Made:
    pair = _block_and_bowl(w)
    if not pair:
        return None
    b, bw = pair
    return _made(w, f"The {b} should be in the {bw}.", _act(rels(Rel("in", b, bw))))


# ----- desiderative ---------------------------------------------------------------------------------
def t356_des_shopkeeper2(w: World) -> Made:
    pair = _block_and_bowl(w)
    if not pair:
        return None
    b, bw = pair
    return _made(w, f"I'd like the {b} in the {bw}, if it's no trouble, dear.", _act(rels(Rel("in", b, bw))))


def t356_des_pilot6(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"Requesting the {x} placed on top of the {y}, over.", _act(rels(Rel("on", x, y))))


def t356_des_student8(w: World) -> Made:
    b = _pick(w, _loose(w))
    if not b:
        return None
    return _made(w, f"i want the {b[0]} in the bin lol", _act(binned(b)))


def t356_des_spanish7(w: World) -> Made:
    b = _pick(w, [x for x in _loose(w) if w.state.support[x] != PLACES[4]])
    if not b:
        return None
    return _made(w, f"I would like that the {b[0]} is in the middle of the table.",
                 _act(rels(Rel("at", b[0], PLACES[4]))))


def t356_des_comedian2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    return _made(w, f"It would be lovely if the {x} sat on the {y}. They make such a cute couple.",
                 _act(rels(Rel("on", x, y))))


def t356_des_plain137(w: World) -> Made:
    b = _pick(w, _loose(w))
    if not b:
        return None
    p = _pick(w, _off_place(w, b[0])[:4])[0]
    return _made(w, f"I'd like the {b[0]} moved to the {p}.", _act(rels(Rel("at", b[0], p))))


# ----- quantified -----------------------------------------------------------------------------------
def t356_qua_shopkeeper2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    rest = [b for b in w.blocks if b not in inside]
    return _made(w, "Every block that's sitting in a bowl, clear it off into the bin. Old stock.",
                 _act(binned(inside), none_binned(rest)))


def t356_qua_pilot6(w: World) -> Made:
    table = _on_table(w)
    if not _bin_fits(table) or not w.in_bowls():
        return None
    rest = [b for b in w.blocks if b not in table]
    return _made(w, "All blocks on the table, into the bin. Blocks in the bowls stay put. Over.",
                 _act(binned(table), none_binned(rest), kept(*rest)))


def t356_qua_student8(w: World) -> Made:
    bw = _pick(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bw or len([b for b in w.blocks if w.state.base(b) not in w.bowls]) < 2:
        return None
    return _made(w, f"put 2 blocks in the {bw[0]}, any 2", _act(count_in(bw[0], 2)))


def t356_qua_spanish7(w: World) -> Made:
    if not _bin_fits(w.blocks):
        return None
    return _made(w, "Please put all the blocks in the bin, all of them.", _act(binned(w.blocks)))


def t356_qua_comedian2(w: World) -> Made:
    bw = _pick(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if not bw or len([b for b in w.blocks if w.state.base(b) not in w.bowls]) < 3:
        return None
    return _made(w, f"Three blocks in the {bw[0]}, please. Any three. I'm not fussy, my wife will tell you.",
                 _act(count_in(bw[0], 3)))


def t356_qua_plain137(w: World) -> Made:
    outside = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    inside = [b for b in w.blocks if b not in outside]
    if not _bin_fits(outside):
        return None
    return _made(w, "Put every block that isn't in a bowl into the bin.",
                 _act(binned(outside), none_binned(inside)))


# ----- negated --------------------------------------------------------------------------------------
def t356_neg_shopkeeper2(w: World) -> Made:
    bw = _pick(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bw:
        return None
    return _made(w, f"Nothing should be left in the {bw[0]}, I need it empty for the new delivery.",
                 _act(empty(bw[0])))


def t356_neg_pilot6(w: World) -> Made:
    b = _pick(w, [x for x in w.in_bowls() if w.state.is_clear(x)])
    if not b:
        return None
    bw = w.state.base(b[0])
    return _made(w, f"Negative, the {b[0]} is not to remain in the {bw}. Remove it. Over.",
                 _act(rels(Rel("in", b[0], bw, negated=True))))


def t356_neg_student8(w: World) -> Made:
    keep = _pick(w, [b for b in w.blocks if w.state.support[b] not in w.state.support])
    if not keep:
        return None
    rest = [b for b in w.blocks if b != keep[0]]
    return _made(w, f"bin everything except the {keep[0]}", _act(binned(rest), none_binned(keep)))


def t356_neg_spanish7(w: World) -> Made:
    pair = _pick(w, [(x, s) for x, s in w.pairs() if w.state.is_clear(x)])
    if not pair:
        return None
    x, s = pair[0]
    return _made(w, f"The {x}, it must not be on the {s} anymore.", _act(rels(Rel("on", x, s, negated=True))))


def t356_neg_comedian2(w: World) -> Made:
    if not w.pairs():
        return None
    return _made(w, "No block should be sitting on another block. No piggyback rides on my table!",
                 _act(_no_stacks(w.blocks)))


def t356_neg_plain137(w: World) -> Made:
    full = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) >= 2]
    bw = _pick(w, full)
    if not bw:
        return None
    stay = _pick(w, [b for b in w.state.in_bowl(bw[0]) if w.state.support[b] == bw[0]])[0]
    others = [b for b in w.state.in_bowl(bw[0]) if b != stay]
    return _made(w, f"Take everything out of the {bw[0]} except the {stay}.",
                 _act(rels(Rel("in", stay, bw[0]), *(Rel("in", b, bw[0], negated=True) for b in others))))


# ----- relative -------------------------------------------------------------------------------------
def t356_rel_shopkeeper2(w: World) -> Made:
    bw = _pick(w, w.bowls)[0]
    near = _winner({b: w.dist(b, bw) for b in w.blocks if w.state.base(b) != bw})
    if not near or not w.state.is_clear(near):
        return None
    return _made(w, f"The block nearest the {bw}, pop that one in the bin for me, would you?",
                 _act(binned([near])))


def t356_rel_pilot6(w: World) -> Made:
    left = _winner({b: w.y(b) for b in w.blocks})
    if not left or not w.state.is_clear(left):
        return None
    p = _pick(w, _off_place(w, left)[:4])[0]
    return _made(w, f"Target the leftmost block. Relocate it to the {p}. Over.", _act(rels(Rel("at", left, p))))


def t356_rel_student8(w: World) -> Made:
    pair = _pick(w, [(x, s) for x, s in w.pairs() if w.state.is_clear(x)])
    if not pair:
        return None
    x, s = pair[0]
    return _made(w, f"the block on top of the {s}, put it on the table", _act(rels(Rel("on_table", x))))


def t356_rel_spanish7(w: World) -> Made:
    bw = _pick(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if not bw:
        return None
    b = w.state.in_bowl(bw[0])[0]
    return _made(w, f"The block that is in the {bw[0]}, put it in the bin please.", _act(binned([b])))


def t356_rel_comedian2(w: World) -> Made:
    right = _winner({b: -w.y(b) for b in w.blocks})
    if not right or not w.state.is_clear(right) or w.state.support[right] == PLACES[4]:
        return None
    return _made(w, "The block furthest to the right, yes, that one, the political one. Put it in the middle.",
                 _act(rels(Rel("at", right, PLACES[4]))))


def t356_rel_plain137(w: World) -> Made:
    corner = _pick(w, list(PLACES[:4]))[0]
    near = _winner({b: _to_point(w, b, layout.PLACES[corner]) for b in w.blocks})
    if not near or not w.state.is_clear(near):
        return None
    bw = _pick(w, [b for b in _bowls_with_room(w) if w.state.base(near) != b])
    if not bw:
        return None
    return _made(w, f"Put the block closest to the {corner} in the {bw[0]}.", _act(rels(Rel("in", near, bw[0]))))


# ----- keep -----------------------------------------------------------------------------------------
def t356_keep_shopkeeper2(w: World) -> Made:
    b = _pick(w, _loose(w))
    if not b:
        return None
    other = _pick(w, [x for x in w.blocks if x != b[0]])
    if not other:
        return None
    return _made(w, f"Put the {b[0]} in the bin, but leave the {other[0]} where it is, that's on display.",
                 _act(binned(b), kept(other[0])))


def t356_keep_pilot6(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    pair = _block_and_bowl(w)
    if not pair:
        return None
    b, bw = pair
    other = _pick(w, [x for x in w.bowls if x != bw and x != w.state.base(b)])
    if not other:
        return None
    return _made(w, f"Move the {b} to the {bw}. Do not touch the {other[0]}. How copy?",
                 _act(rels(Rel("in", b, bw)), _bowl_set(other[0])))


def t356_keep_student8(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    x, y = pair
    other = _pick(w, [b for b in w.blocks if b not in (x, y)])
    if not other:
        return None
    return _made(w, f"stack {x} on {y} but dont move the {other[0]}",
                 _act(rels(Rel("on", x, y)), kept(other[0])))


def t356_keep_spanish7(w: World) -> Made:
    keep = _pick(w, [b for b in w.blocks if w.state.support[b] not in w.state.support])
    if not keep:
        return None
    rest = [b for b in w.blocks if b != keep[0]]
    return _made(w, f"Please put all the blocks in the bin, but the {keep[0]} you leave where it is.",
                 _act(binned(rest), kept(keep[0])))


def t356_keep_comedian2(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b = _pick(w, [x for x in _loose(w) if w.state.support[x] != PLACES[4]])
    if not b:
        return None
    other = _pick(w, [x for x in w.bowls if w.state.base(b[0]) != x])
    if not other:
        return None
    return _made(w, f"Put the {b[0]} in the middle and leave the {other[0]} alone, it's had a rough week.",
                 _act(rels(Rel("at", b[0], PLACES[4])), _bowl_set(other[0])))


def t356_keep_plain137(w: World) -> Made:
    b = _pick(w, _loose(w))
    if not b:
        return None
    p = _pick(w, _off_place(w, b[0])[:4])[0]
    rest = [x for x in w.blocks if x != b[0]]
    return _made(w, f"Move the {b[0]} to the {p} and don't touch anything else.",
                 _act(rels(Rel("at", b[0], p)), kept(*rest)))


# ----- multi_step -----------------------------------------------------------------------------------
def t356_multi_shopkeeper2(w: World) -> Made:
    pair = _block_and_bowl(w)
    if not pair:
        return None
    b, bw = pair
    other = _pick(w, [x for x in _loose(w) if x != b])
    if not other:
        return None
    return _made(w, f"First pop the {b} in the {bw}, then the {other[0]} can go in the bin. Ta.",
                 _act(rels(Rel("in", b, bw)), binned(other)))


def t356_multi_pilot6(w: World) -> Made:
    two = _pick(w, [b for b in _loose(w) if w.state.base(b) not in w.bowls], 2)
    if not two:
        return None
    a, b = two
    p = _pick(w, list(PLACES[:4]))[0]
    return _made(w, f"Step one: {a} to the {p}. Step two: {b} on top of the {a}. Over.",
                 _act(rels(Rel("at", a, p), Rel("on", b, a))))


def t356_multi_student8(w: World) -> Made:
    three = _pick(w, _loose(w), 3)
    if not three:
        return None
    a, b, c = three
    if w.state.base(c) in w.bowls or _height(w, c) > layout.MAX_TOWER - 2:
        return None
    return _made(w, f"put {a} on {c} then {b} on {a}", _act(rels(Rel("on", a, c), Rel("on", b, a))))


def t356_multi_spanish7(w: World) -> Made:
    pair = _block_and_bowl(w)
    if not pair:
        return None
    b, bw = pair
    first = _pick(w, [x for x in _loose(w) if x != b])
    if not first:
        return None
    return _made(w, f"First you put the {first[0]} in the bin, after you put the {b} in the {bw}.",
                 _act(binned(first), rels(Rel("in", b, bw))))


def t356_multi_comedian2(w: World) -> Made:
    three = _pick(w, _loose(w), 3)
    if not three:
        return None
    a, b, c = three
    if w.state.support[c] == PLACES[4]:
        return None
    return _made(w, f"Three easy steps, like a cooking show: the {a} in the bin, the {b} in the bin, "
                    f"and for the grand finale the {c} in the middle.",
                 _act(binned([a, b]), rels(Rel("at", c, PLACES[4]))))


def t356_multi_plain137(w: World) -> Made:
    pair = _pick(w, [(x, s) for x, s in w.pairs() if w.state.is_clear(x)])
    if not pair:
        return None
    x, s = pair[0]
    return _made(w, f"Take the {x} off the {s}, then put the {s} in the bin.",
                 _act(rels(Rel("on", x, s, negated=True)), binned([s]), none_binned([x])))


# ----- question -------------------------------------------------------------------------------------
def t356_q_shopkeeper2(w: World) -> Made:
    bw = _pick(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if not bw:
        return None
    return f"What have we got in the {bw[0]} today?", answered("|".join(w.state.in_bowl(bw[0])))


def t356_q_pilot6(w: World) -> Made:
    n = w.state.count_at(TABLE)
    return "Request a count of blocks on the table. Over.", answered(str(n))


def t356_q_student8(w: World) -> Made:
    apart = [(x, y) for x in w.blocks for y in w.blocks if _bottom(w, x) != _bottom(w, y)]  # plainly not on it
    pair = _pick(w, w.pairs())
    if pair and (w.rng.random() < 0.5 or not apart):
        x, y = pair[0]
    elif apart:
        x, y = _pick(w, apart)[0]
    else:
        return None
    return f"is {x} on {y}?", answered(yes(holds(Rel("on", x, y), w.state)))


def t356_q_spanish7(w: World) -> Made:
    b = _pick(w, w.blocks)[0]
    return f"Where is the {b}, please? I don't find it.", answered(_where(w, b))


def t356_q_comedian2(w: World) -> Made:
    bw = _pick(w, w.bowls)[0]
    n = len(w.state.in_bowl(bw))
    return f"How many blocks are in the {bw}? Asking for a friend.", answered(str(n))


def t356_q_plain137(w: World) -> Made:
    pair = _pick(w, [(x, s) for x, s in w.pairs() if w.state.is_clear(x)])
    if not pair:
        return None
    x, s = pair[0]
    return f"Which block is on top of the {s}?", answered(x)


# ----- matching -------------------------------------------------------------------------------------
def _sort_all(w: World, text: str) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, text, _act(rels(*want)))


def t356_match_shopkeeper2(w: World) -> Made:
    return _sort_all(w, "Sort the blocks into the bowls that match their colour, like with like, same as the shelves.")


def t356_match_pilot6(w: World) -> Made:
    return _sort_all(w, "Execute colour sort: each block into the bowl of the same colour. Over.")


def t356_match_student8(w: World) -> Made:
    return _sort_all(w, "put the blocks in the bowls w the same colour")


def t356_match_spanish7(w: World) -> Made:
    return _sort_all(w, "Put each block in the bowl of his same colour, please.")


def t356_match_comedian2(w: World) -> Made:
    want = _pick(w, [r for r in matching(w) if not holds(r, w.state)])
    if not want:
        return None
    b, bw = want[0].args
    return _made(w, f"The {b} needs to go home to its bowl, the one the same colour. They've been apart too long.",
                 _act(rels(want[0])))


def t356_match_plain137(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = {r.block for r in want}
    others = [b for b in w.blocks if b not in movers]
    if any(o in w.state.above(m) for m in movers for o in others):  # they would have to move
        return None
    return _made(w, "Put the blocks that match a bowl's colour into that bowl, and leave the others where they are.",
                 _act(rels(*want), kept(*others)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("shopkeeper2", "pilot6", "student8", "spanish7", "comedian2", "plain137")
FRESH356: list[Template] = [
    (f"t356_{short}_{style}", category, globals()[f"t356_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
