"""`FRESH316`, the three-hundred-and-seventeenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table between other things, asking for a block here and
a bowl emptied there, and now and then asking what is where. Six personas write them:
- baker3: a cheerful baker in a hurry, "Quick, pop the red block in the blue bowl, thanks!"
- scientist4: a precise scientist, formal and often passive, "The green block is to be placed on the red block."
- student5: a shy student who hedges, "um, could you move the red block to the top left corner, if it's ok?"
- greek: a Greek speaker writing English with small slips, "Take the red block and throw it to the bin please."
- radio2: a chatty radio host talking to the audience, "Folks, watch this: stack the yellow block on the purple block!"
- plain97: a plain, ordinary adult, "Move the red block to the middle."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 4982a16, the code of cd0e088, before anything it could prompt): 0.89
goal-correct (267 of 300), 30 refused, 0 questions, 0 wrong actions, 3 wrong replies. The wrong replies: a scientist's
'Please state the current location of X.' (a help text). The refusals: a radio host's 'Wouldn't it be great, folks, if
X sat in W? Let's make it happen!', 'Folks, whatever is in W, all of it goes in the bin!' (with a block of W's colour
in it), 'Folks, X is NOT welcome in W anymore, out it comes!' and 'Folks, the rightmost block, yes, the one way over
on the right, goes on top of Y!', a Greek speaker's 'Put two from the blocks in the bin, whichever you want.', a
scientist's 'Each block whose colour corresponds to that of a bowl is to be placed in that bowl.'.

Its writer reports seeing, while looking for where scenes are made, the signature and docstring of
agent.evaluation.suite.scene_from_spec (about five lines) and nothing else of agent/.
"""

from __future__ import annotations

from benchmarks.planner_language import (Check, Made, Template, World, answered, binned, count_in, empty, kept,
                                         matching, none_binned, rels, yes)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03  # metres: a relative word needs a clear winner


# ----- helpers -----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _not(rel: Rel) -> Rel:
    return rel.model_copy(update={"negated": True})


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _can_stack(s: SymState, x: str, y: str) -> bool:
    """Whether `x` can go straight on `y`: `y` is free, `x` is not under it, and the tower stays within bounds."""
    return (x != y and s.is_clear(y) and s.base(y) != BIN and x not in _below(s, y)
            and len(_below(s, y)) + 2 <= layout.MAX_TOWER)


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _loose(w: World) -> list[str]:
    """Clear blocks not in the bin, in a random order."""
    return w.pick(w.clear_blocks(), len(w.clear_blocks()))


def _winner(w: World, score) -> str | None:
    """The block with the clearly smallest score (by `_MARGIN`), else None."""
    ranked = sorted(w.blocks, key=score)
    if len(ranked) < 2 or score(ranked[1]) - score(ranked[0]) < _MARGIN:
        return None
    return ranked[0]


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _near_place(w: World, place: str) -> str | None:
    px, py = layout.PLACES[place]
    return _winner(w, lambda b: ((_pos(w, b)[0] - px) ** 2 + (_pos(w, b)[1] - py) ** 2) ** 0.5)


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(x, y): a clear block x that can go on a clear block y."""
    for x in _loose(w):
        ys = [y for y in _loose(w) if _can_stack(w.state, x, y) and w.state.support[x] != y]
        if ys:
            return x, ys[0]
    return None


def _bowl_with_room(w: World, block: str) -> str | None:
    bowls = [b for b in w.bowls if _room(w.state, b) and w.state.base(block) != b]
    return w.pick(bowls)[0] if bowls else None


def _block_and_bowl(w: World) -> tuple[str, str] | None:
    for x in _loose(w):
        bowl = _bowl_with_room(w, x)
        if bowl:
            return x, bowl
    return None


def _corner(w: World) -> str:
    return w.pick(list(PLACES[:4]))[0]


def _off_table(w: World) -> list[str]:
    """Clear blocks sitting in a bowl (not on the table)."""
    return [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]


def _where(s: SymState, b: str) -> str:
    sup = s.support[b]
    return "table" if sup == TABLE else sup


# ----- imperative --------------------------------------------------------------------------------------
def t316_imp_baker3(w: World) -> Made:
    p = _block_and_bowl(w)
    if not p:
        return None
    x, bowl = p
    return _made(w, f"Quick, pop the {x} in the {bowl}, thanks!", _act(rels(Rel("in", x, bowl))))


def t316_imp_scientist4(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return _made(w, f"Place the {x} on top of the {y}.", _act(rels(Rel("on", x, y))))


def t316_imp_student5(w: World) -> Made:
    x, place = w.pick(w.blocks)[0], _corner(w)
    return _made(w, f"um, could you move the {x} to the {place}, if it's ok?", _act(rels(Rel("at", x, place))))


def t316_imp_greek(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"Take the {x} and throw it to the bin please.", _act(rels(Rel("in_bin", x))))


def t316_imp_radio2(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return _made(w, f"Folks, watch this one: robot, stack the {x} on the {y}!", _act(rels(Rel("on", x, y))))


def t316_imp_plain97(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"Move the {x} to the middle.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- declarative -------------------------------------------------------------------------------------
def t316_dec_baker3(w: World) -> Made:
    p = _block_and_bowl(w)
    if not p:
        return None
    x, bowl = p
    return _made(w, f"The {x} goes in the {bowl}, ta!", _act(rels(Rel("in", x, bowl))))


def t316_dec_scientist4(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return _made(w, f"The {x} is to be placed on the {y}.", _act(rels(Rel("on", x, y))))


def t316_dec_student5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"um, I think the {x} should be in the bin? if that's ok", _act(rels(Rel("in_bin", x))))


def t316_dec_greek(w: World) -> Made:
    xs = _off_table(w)
    if not xs:
        return None
    x = w.pick(xs)[0]
    return _made(w, f"The {x} must to be on the table, not in the {w.state.base(x)}.", _act(rels(Rel("on_table", x))))


def t316_dec_radio2(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    place = PLACES[3]
    return _made(w, f"Listeners, today's rule: the {x} belongs in the {place}!", _act(rels(Rel("at", x, place))))


def t316_dec_plain97(w: World) -> Made:
    p = _block_and_bowl(w)
    if not p:
        return None
    x, bowl = p
    return _made(w, f"The {x} has to be in the {bowl}.", _act(rels(Rel("in", x, bowl))))


# ----- desiderative ------------------------------------------------------------------------------------
def t316_des_baker3(w: World) -> Made:
    p = _stack_pair(w)
    if not p:
        return None
    x, y = p
    return _made(w, f"I'd love the {x} on the {y}, quick as you can!", _act(rels(Rel("on", x, y))))


def t316_des_scientist4(w: World) -> Made:
    p = _block_and_bowl(w)
    if not p:
        return None
    x, bowl = p
    return _made(w, f"I would prefer the {x} to be located in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t316_des_student5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    place = PLACES[1]
    return _made(w, f"um, I'd kind of like the {x} in the {place}, if it's ok", _act(rels(Rel("at", x, place))))


def t316_des_greek(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return _made(w, f"I want that the {x} is in the bin.", _act(rels(Rel("in_bin", x))))


def t316_des_radio2(w: World) -> Made:
    p = _block_and_bowl(w)
    if not p:
        return None
    x, bowl = p
    return _made(w, f"Wouldn't it be great, folks, if the {x} sat in the {bowl}? Let's make it happen!",
                 _act(rels(Rel("in", x, bowl))))


def t316_des_plain97(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    place = PLACES[2]
    return _made(w, f"I'd like the {x} in the {place}.", _act(rels(Rel("at", x, place))))


# ----- quantified --------------------------------------------------------------------------------------
def t316_qua_baker3(w: World) -> Made:
    return _made(w, "All the blocks in the bin, chop chop!", _act(binned(w.blocks)))


def t316_qua_scientist4(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(bowl)) == 2 or len(w.blocks) < 3:
        return None
    return _made(w, f"Ensure that the {bowl} contains exactly two blocks.", _act(count_in(bowl, 2)))


def t316_qua_student5(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "um, could all the blocks that aren't in a bowl go in the bin, if that's ok?",
                 _act(binned(outside), none_binned(inside)))


def t316_qua_greek(w: World) -> Made:
    n_bin = lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 2  # noqa: E731
    return _made(w, "Put two from the blocks in the bin, whichever you want.", _act(n_bin))


def t316_qua_radio2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"Folks, whatever is in the {bowl}, all of it goes in the bin!",
                 _act(binned(w.state.in_bowl(bowl))))


def t316_qua_plain97(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Put three blocks in the {bowl}.", _act(count_in(bowl, 3)))


# ----- negated -----------------------------------------------------------------------------------------
def t316_neg_baker3(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    if w.state.support[x] in w.state.support:  # it rests on a block that must go to the bin
        return None
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Everything but the {x} in the bin, quick!", _act(binned(rest), none_binned([x])))


def t316_neg_scientist4(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"The {top} must not remain on the {below}.", _act(rels(_not(Rel("on", top, below)))))


def t316_neg_student5(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"um, I don't want any blocks left in the {bowl}... could you take them out? sorry",
                 _act(empty(bowl)))


def t316_neg_greek(w: World) -> Made:
    free = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if len(free) < 2 or len(w.blocks) < 3:
        return None
    a, b = w.pick(free, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Throw all the blocks to the bin but not the {a} and the {b}.",
                 _act(binned(rest), none_binned([a, b])))


def t316_neg_radio2(w: World) -> Made:
    xs = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not xs:
        return None
    x = w.pick(xs)[0]
    bowl = w.state.base(x)
    return _made(w, f"Folks, the {x} is NOT welcome in the {bowl} anymore, out it comes!",
                 _act(rels(_not(Rel("in", x, bowl)))))


def t316_neg_plain97(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    return _made(w, f"Put all the blocks in the bin except the ones in the {bowl}.",
                 _act(binned(rest), none_binned(inside)))


# ----- relative ----------------------------------------------------------------------------------------
def t316_rel_baker3(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = bowls[0]
    x = _winner(w, lambda b: w.dist(b, bowl))
    if not x:
        return None
    return _made(w, f"Grab the block nearest the {bowl} and drop it in the bin!", _act(rels(Rel("in_bin", x))))


def t316_rel_scientist4(w: World) -> Made:
    x = _winner(w, w.y)
    if not x:
        return None
    bowl = _bowl_with_room(w, x)
    if not bowl:
        return None
    return _made(w, f"Place the leftmost block in the {bowl}.", _act(rels(Rel("in", x, bowl))))


def t316_rel_student5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"um, the block that's on top of the {below}... could it go in the bin maybe?",
                 _act(rels(Rel("in_bin", top))))


def t316_rel_greek(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.pick(ones)[0]
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block which is inside the {bowl}, take it out and put it on the table please.",
                 _act(rels(Rel("on_table", x))))


def t316_rel_radio2(w: World) -> Made:
    x = _winner(w, lambda b: -w.y(b))
    if not x:
        return None
    ys = [y for y in w.clear_blocks() if _can_stack(w.state, x, y)]
    if not ys:
        return None
    y = w.pick(ys)[0]
    return _made(w, f"Folks, the rightmost block, yes, the one way over on the right, goes on top of the {y}!",
                 _act(rels(Rel("on", x, y))))


def t316_rel_plain97(w: World) -> Made:
    x = _near_place(w, PLACES[2])
    if not x:
        return None
    return _made(w, f"Put the block closest to the {PLACES[2]} in the {PLACES[4]}.",
                 _act(rels(Rel("at", x, PLACES[4]))))


# ----- keep --------------------------------------------------------------------------------------------
def _keep_pair(w: World) -> tuple[str, str] | None:
    """(x, k): a block x to move and another block k that can stay where it is (not above x)."""
    x = w.pick(w.blocks)[0]
    ks = [k for k in w.blocks if k != x and k not in w.state.above(x)]
    below = [k for k in ks if k in _below(w.state, x)]
    return (x, (below or w.pick(ks))[0]) if ks else None


def t316_keep_baker3(w: World) -> Made:
    p = _keep_pair(w)
    if not p:
        return None
    x, k = p
    return _made(w, f"Bin the {x}, but don't touch the {k}!", _act(rels(Rel("in_bin", x)), kept(k)))


def t316_keep_scientist4(w: World) -> Made:
    p = _keep_pair(w)
    if not p:
        return None
    x, k = p
    bowl = _bowl_with_room(w, x)
    if not bowl:
        return None
    return _made(w, f"Transfer the {x} to the {bowl}; the {k} is to remain in its current position.",
                 _act(rels(Rel("in", x, bowl)), kept(k)))


def t316_keep_student5(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.pick(full)[0]
    ks = [b for b in w.state.in_bowl(bowl) if w.state.support[b] == bowl]
    k = w.pick(ks)[0]
    others = [b for b in w.state.in_bowl(bowl) if b != k]
    return _made(w, f"um, could you empty the {bowl} but, um, leave the {k} in it? if that's ok",
                 _act(rels(*(_not(Rel("in", b, bowl)) for b in others)), kept(k)))


def t316_keep_greek(w: World) -> Made:
    ks = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    k = w.pick(ks)[0]
    rest = [b for b in w.blocks if b != k]
    return _made(w, f"Put all blocks in the bin, only the {k} don't touch it.", _act(binned(rest), kept(k)))


def t316_keep_radio2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    ok = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    pairs = [(x, y) for x in ok for y in ok if _can_stack(w.state, x, y) and w.state.support[x] != y]
    if not pairs:
        return None
    x, y = w.pick(pairs)[0]
    inside = w.state.in_bowl(bowl)
    same = lambda i, f: sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl))  # noqa: E731
    return _made(w, f"Let's get the {x} on top of the {y}, folks, but the {bowl} stays just as it is, hands off!",
                 _act(rels(Rel("on", x, y)), kept(*inside), same))


def t316_keep_plain97(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.pick(xs)[0]
    place = PLACES[1]
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Move the {x} to the {place} and leave the rest alone.",
                 _act(rels(Rel("at", x, place)), kept(*rest)))


# ----- multi_step --------------------------------------------------------------------------------------
def t316_multi_baker3(w: World) -> Made:
    for r in _loose(w):
        s = w.state.copy()
        s.support[r] = BIN
        pairs = [(x, y) for x in s.blocks for y in s.blocks if x != r and y != r and s.is_clear(x)
                 and _can_stack(s, x, y) and s.support[x] != y]
        if pairs:
            x, y = w.pick(pairs)[0]
            return _made(w, f"First the {r} in the bin, then the {x} on the {y}, go go go!",
                         _act(rels(Rel("in_bin", r), Rel("on", x, y))))
    return None


def t316_multi_scientist4(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if w.state.support[b] not in w.state.support]
    bowls = [b for b in w.bowls if _room(w.state, b, 2)]
    if len(xs) < 2 or not bowls:
        return None
    r, g = w.pick(xs, 2)
    bowl = w.pick(bowls)[0]
    return _made(w, f"First, place the {r} in the {bowl}. Subsequently, place the {g} on the {r}.",
                 _act(rels(Rel("in", r, bowl), Rel("on", g, r))))


def t316_multi_student5(w: World) -> Made:
    xs = [b for b in w.clear_blocks() if w.state.support[b] != TABLE]
    if not xs:
        return None
    r = w.pick(xs)[0]
    gs = [b for b in w.clear_blocks() if b != r]
    if not gs:
        return None
    g = w.pick(gs)[0]
    return _made(w, f"um, first could you move the {r} to the table, and then put the {g} on top of it? if it's ok",
                 _act(rels(Rel("on_table", r), Rel("on", g, r))))


def t316_multi_greek(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 2:
        return None
    r, g = w.pick(xs, 2)
    place = PLACES[0]
    return _made(w, f"First you put the {r} to the {place}, after the {g} on top from it.",
                 _act(rels(Rel("at", r, place), Rel("on", g, r))))


def t316_multi_radio2(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 3:
        return None
    a, b, c = w.pick(xs, 3)
    bowl = _bowl_with_room(w, c)
    if not bowl:
        return None
    return _made(w, f"Three steps, folks! One: the {a} in the bin. Two: the {b} in the bin. "
                    f"Three: the {c} into the {bowl}!",
                 _act(rels(Rel("in_bin", a), Rel("in_bin", b), Rel("in", c, bowl))))


def t316_multi_plain97(w: World) -> Made:
    xs = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not xs:
        return None
    r = w.pick(xs)[0]
    bowl = w.state.base(r)
    gs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not gs:
        return None
    g = w.pick(gs)[0]
    return _made(w, f"Take the {r} out of the {bowl} and then put the {g} in there.",
                 _act(rels(_not(Rel("in", r, bowl)), Rel("in", g, bowl))))


# ----- question ----------------------------------------------------------------------------------------
def t316_q_baker3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"Quick one: how many blocks are in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t316_q_scientist4(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return f"Please state the current location of the {x}.", answered(_where(w.state, x))


def t316_q_student5(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.pick(pairs)[0]
    else:
        x, y = w.pick(w.blocks, 2)
    flag = holds(Rel("on", x, y), w.state)
    return f"um, is the {x} on the {y}? sorry if that's a silly question", answered(yes(flag))


def t316_q_greek(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    return f"What there is inside the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t316_q_radio2(w: World) -> Made:
    n = w.state.count_at(TABLE)
    return "The folks at home want to know: how many blocks are sitting on the table right now?", answered(str(n))


def t316_q_plain97(w: World) -> Made:
    x, bowl = w.pick(w.blocks)[0], w.pick(w.bowls)[0]
    full = w.in_bowls()
    if full and w.rng.random() < 0.5:
        x = w.pick(full)[0]
        bowl = w.state.base(x)
    return f"Is the {x} in the {bowl}?", answered(yes(holds(Rel("in", x, bowl), w.state)))


# ----- matching ----------------------------------------------------------------------------------------
def t316_match_baker3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort the blocks into the bowls of their own colour, quick!", _act(rels(*want)))


def t316_match_scientist4(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Each block whose colour corresponds to that of a bowl is to be placed in that bowl.",
                 _act(rels(*want)))


def t316_match_student5(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.pick(want)[0]
    return _made(w, f"um, could you put the {r.block} in the bowl that's the same colour? if that's ok",
                 _act(rels(r)))


def t316_match_greek(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Every block go to the bowl with the same colour like him.", _act(rels(*want)))


def t316_match_radio2(w: World) -> Made:
    want = matching(w)
    odd = [b for b in w.blocks if b not in {r.block for r in want}]
    if not want or not odd:
        return None
    return _made(w, "Colour-match time, folks! Every block goes in the bowl of its own colour, "
                    "and the ones with no bowl of their colour go in the bin!",
                 _act(rels(*want), binned(odd)))


def t316_match_plain97(w: World) -> Made:
    want = matching(w)
    if len(want) < 2:
        return None
    a, b = w.pick(want, 2)
    return _made(w, f"Put the {a.block} and the {b.block} in the bowls of the same colour.", _act(rels(a, b)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("baker3", "scientist4", "student5", "greek", "radio2", "plain97")
FRESH316: list[Template] = [
    (f"t316_{short}_{style}", category, globals()[f"t316_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
