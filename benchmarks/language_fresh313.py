"""`FRESH313`, the three-hundred-and-fourteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or to a named place, a small
tower, sorting by colour, clearing a bowl or the table into the bin, leaving some things alone) and plain questions
about the table, one or two in a message. Six personas write them:
- chef2: a chef, quick kitchen commands: "Red block in the blue bowl, go!"
- polish4: a Polish speaker writing English with small slips: "The red block must to be in the blue bowl."
- librarian3: a librarian, quiet and precise: "Please place the red block in the top left corner."
- kid5: a six-year-old, excited, very short sentences: "throw the red block in the bin!!"
- pensioner2: a pensioner, polite and a little slow: "Could you please empty the blue bowl, but leave the red block
  in it just where it is? Thank you, dear."
- plain94: a plain, ordinary adult: "Can you take the red block out of the blue bowl and put it on the table?"
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 13c008c, the code of 9a19843, before anything it could prompt): 0.9833
goal-correct (295 of 300), 5 refused, 0 wrong actions, 0 wrong replies. The refusals: a pensioner's 'Could you please
empty W, but leave X in it just where it is? Thank you, dear.'.
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

_GROUND = (TABLE, *PLACES)
_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _same_bowl(bowl: str, inside: list[str]) -> Check:
    """The bowl holds exactly the blocks it held."""
    return lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(inside)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _depth(s: SymState, block: str) -> int:
    """How many blocks lie below `block` in its tower."""
    n, cur = 0, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _alone(w: World) -> list[str]:
    """Blocks standing by themselves on the table (nothing under them but the table, nothing on them)."""
    s = w.state
    return [b for b in w.blocks if s.support[b] in _GROUND and s.is_clear(b)]


def _onto(w: World, block: str) -> list[str]:
    """Blocks that `block` could sensibly be put on: clear, standing on the table, low enough, not under `block`."""
    s = w.state
    return [t for t in w.blocks if t != block and s.is_clear(t) and s.base(t) in _GROUND
            and _depth(s, t) + 2 <= layout.MAX_TOWER and t not in s.above(block)]


def _pair_onto(w: World) -> tuple[str, str] | None:
    """A random (block, target block) for "put block on target"."""
    for b in w.pick(w.blocks, len(w.blocks)):
        targets = [t for t in _onto(w, b) if w.state.support[b] != t]
        if targets:
            return b, w.rng.choice(targets)
    return None


def _bowl_for(w: World, block: str, need: int = 1) -> str | None:
    """A bowl `block` is not in, with room for `need` more blocks."""
    bowls = [c for c in w.bowls if w.state.base(block) != c and _room(w, c) >= need]
    return w.rng.choice(bowls) if bowls else None


def _towers(w: World) -> list[str]:
    """The bottom block of every tower of two or more blocks."""
    s = w.state
    return [b for b in w.blocks if s.support[b] not in s.support and not s.is_clear(b)]


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, dist: dict[str, float]) -> str | None:
    """The block nearest by `dist`, when it stands alone and clearly beats every other block."""
    order = sorted(dist, key=lambda b: dist[b])
    if len(order) < 2 or order[0] not in _alone(w) or dist[order[1]] - dist[order[0]] < 0.04:
        return None
    return order[0]


# ----- imperative -----------------------------------------------------------------------------------
def t313_imp_chef2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    bowl = _bowl_for(w, b)
    if bowl is None:
        return None
    return _made(w, f"{_cap(b)} in the {bowl}, go!", _act(rels(Rel("in", b, bowl))))


def t313_imp_polish4(w: World) -> Made:
    p = _pair_onto(w)
    if p is None:
        return None
    b, t = p
    return _made(w, f"Please put {b} on the {t}.", _act(rels(Rel("on", b, t))))


def t313_imp_librarian3(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Please place the {b} in the {corner}.", _act(rels(Rel("at", b, corner))))


def t313_imp_kid5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"throw the {b} in the bin!!", _act(binned([b])))


def t313_imp_pensioner2(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = (f"Good morning. Would you be so kind as to build me a little tower, with the {a} at the bottom, "
            f"then the {b}, and the {c} at the very top? Thank you.")
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t313_imp_plain94(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = f"Can you take the {b} out of the {bowl} and put it on the table?"
    return _made(w, text, _act(rels(Rel("on_table", b))))


# ----- declarative ----------------------------------------------------------------------------------
def t313_dec_chef2(w: World) -> Made:
    p = _pair_onto(w)
    if p is None:
        return None
    b, t = p
    return _made(w, f"{_cap(b)} goes on the {t}. Now.", _act(rels(Rel("on", b, t))))


def t313_dec_polish4(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    bowl = _bowl_for(w, b)
    if bowl is None:
        return None
    return _made(w, f"The {b} must to be in the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t313_dec_librarian3(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"The {b} belongs in the bin.", _act(binned([b])))


def t313_dec_kid5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"the {b} should be in the {_MIDDLE}!!! ok", _act(rels(Rel("at", b, _MIDDLE))))


def t313_dec_pensioner2(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} ought to be empty, if you don't mind, dear.", _act(empty(bowl)))


def t313_dec_plain94(w: World) -> Made:
    lower, upper = w.pick(w.blocks, 2)
    text = f"The {upper} should be on the {lower}, and the {lower} should be on the table."
    return _made(w, text, _act(rels(Rel("stacked", lower, upper))))


# ----- desiderative ---------------------------------------------------------------------------------
def t313_des_chef2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"I want the {b} in the bin. Now please.", _act(binned([b])))


def t313_des_polish4(w: World) -> Made:
    p = _pair_onto(w)
    if p is None:
        return None
    b, t = p
    return _made(w, f"I would like that the {b} is standing on the {t}.", _act(rels(Rel("on", b, t))))


def t313_des_librarian3(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    text = f"I would like the {b} placed in the {corner}, please."
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t313_des_kid5(w: World) -> Made:
    p = _pair_onto(w)
    if p is None:
        return None
    b, t = p
    return _made(w, f"i want the {b} on the {t}!!! pleeease", _act(rels(Rel("on", b, t))))


def t313_des_pensioner2(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"I'd like the {bowl} emptied into the bin, please, if it's no trouble."
    return _made(w, text, _act(binned(inside)))


def t313_des_plain94(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    need = sum(1 for x in (a, b) if w.state.base(x) != bowl)
    if need == 0 or _room(w, bowl) < need:
        return None
    text = f"My goal is to have both the {a} and the {b} in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


# ----- quantified -----------------------------------------------------------------------------------
def t313_qua_chef2(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "All blocks in the bin. All of them.", _act(binned(w.blocks)))


def t313_qua_polish4(w: World) -> Made:
    loose = w.state.on_the_table()
    bowl = w.rng.choice(w.bowls)
    if not loose or len(loose) + len(w.state.in_bowl(bowl)) > layout.BOWL_CAPACITY:
        return None
    text = f"Please put every block which is on the table into the {bowl}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in loose))))


def t313_qua_librarian3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    text = f"Exactly two blocks should be in the {bowl}, please; which two does not matter."
    return _made(w, text, _act(count_in(bowl, 2)))


def t313_qua_kid5(w: World) -> Made:
    if len(w.bowls) < 2 or w.in_bowls():
        return None
    bowls = w.bowls
    return _made(w, "one block in every bowl!!!", _act(*(count_in(c, 1) for c in bowls)))


def t313_qua_pensioner2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Could you please take every block that is in a bowl and put it on the table? Thank you kindly."
    return _made(w, text, _act(rels(*(Rel("on_table", b) for b in inside))))


def t313_qua_plain94(w: World) -> Made:
    if w.state.count_at(BIN):
        return None
    text = "Put three of the blocks in the bin, I don't mind which ones."
    return _made(w, text, _act(lambda _i, f: f.count_at(BIN) == 3))


# ----- negated --------------------------------------------------------------------------------------
def t313_neg_chef2(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    rest = [x for x in w.blocks if x != b]
    return _made(w, f"Everything in the bin except the {b}.", _act(binned(rest), none_binned([b])))


def t313_neg_polish4(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    b = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    rest = [x for x in w.blocks if x != b]
    text = f"Put all blocks in the {bowl}, only not the {b}."
    return _made(w, text, _act(rels(*(Rel("in", x, bowl) for x in rest)), _not(Rel("in", b, bowl))))


def t313_neg_librarian3(w: World) -> Made:
    loose = w.state.on_the_table()
    keep = [b for b in loose if w.state.support[b] in _GROUND]
    if not keep:
        return None
    g = w.rng.choice(keep)
    rest = [b for b in loose if b != g]
    if not rest or len(rest) > 5:
        return None
    text = f"Please move every block on the table into the bin, apart from the {g}, which should stay where it is."
    return _made(w, text, _act(binned(rest), kept(g)))


def t313_neg_kid5(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    text = f"all the blocks in the bin but not the {a} and not the {b}!!"
    return _made(w, text, _act(binned(rest), none_binned([a, b])))


def t313_neg_pensioner2(w: World) -> Made:
    loose = w.state.on_the_table()
    if not loose or len(loose) > 5:
        return None
    text = "Would you kindly put all the blocks that are not in a bowl into the bin? Thank you."
    return _made(w, text, _act(binned(loose), none_binned(w.in_bowls())))


def t313_neg_plain94(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    b, s = w.rng.choice(pairs)
    text = f"Move the {b} off the {s}, but don't put it in the bin."
    return _made(w, text, _act(_not(Rel("on", b, s)), none_binned([b])))


# ----- relative -------------------------------------------------------------------------------------
def t313_rel_chef2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The block right on top of the {below}: in the bin.", _act(binned([top])))


def t313_rel_polish4(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_for(w, below)
    if bowl is None:
        return None
    text = f"Put the block which is under the {top} into the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t313_rel_librarian3(w: World) -> Made:
    free = [c for c in w.bowls if not w.state.in_bowl(c)]
    if not free:
        return None
    bowl = w.rng.choice(free)
    b = _nearest(w, {x: w.dist(x, bowl) for x in w.blocks})
    if b is None:
        return None
    return _made(w, f"Please put the block nearest to the {bowl} in the bin.", _act(binned([b])))


def t313_rel_kid5(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    top = w.state.above(towers[0])[0]
    return _made(w, "take the top block off the tower and put it on the table!!", _act(rels(Rel("on_table", top))))


def t313_rel_pensioner2(w: World) -> Made:
    ones = [c for c in w.bowls if len(w.state.in_bowl(c)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    b = w.state.in_bowl(bowl)[0]
    targets = _onto(w, b)
    if not targets:
        return None
    t = w.rng.choice(targets)
    text = f"Could you please put the block that's sitting in the {bowl} on top of the {t}?"
    return _made(w, text, _act(rels(Rel("on", b, t))))


def t313_rel_plain94(w: World) -> Made:
    corner = w.rng.choice(_CORNERS)
    cx, cy = layout.PLACES[corner]
    dist = {b: ((_xy(w, b)[0] - cx) ** 2 + (_xy(w, b)[1] - cy) ** 2) ** 0.5 for b in w.blocks}
    b = _nearest(w, dist)
    if b is None:
        return None
    text = f"Put the block closest to the {corner} in the {_MIDDLE}."
    return _made(w, text, _act(rels(Rel("at", b, _MIDDLE))))


# ----- keep -----------------------------------------------------------------------------------------
def t313_keep_chef2(w: World) -> Made:
    g, r = w.pick(w.blocks, 2)
    if r in w.state.above(g):
        return None
    return _made(w, f"{_cap(g)} in the bin. {_cap(r)} stays where it is.", _act(binned([g]), kept(r)))


def t313_keep_polish4(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    for b in w.pick(outside, len(outside)):
        targets = [t for t in _onto(w, b) if w.state.support[b] != t]
        if targets:
            t = w.rng.choice(targets)
            text = f"Put the {b} on the {t}, but the {bowl} please leave how it is."
            return _made(w, text, _act(rels(Rel("on", b, t)), kept(*inside), _same_bowl(bowl, inside)))
    return None


def t313_keep_librarian3(w: World) -> Made:
    clear = [b for b in w.blocks if w.state.is_clear(b)]
    b = w.rng.choice(clear)
    corner = w.rng.choice(_CORNERS)
    others = [x for x in w.blocks if x != b]
    text = f"Please move the {b} to the {corner} and leave every other block exactly where it is."
    return _made(w, text, _act(rels(Rel("at", b, corner)), kept(*others)))


def t313_keep_kid5(w: World) -> Made:
    b, r = w.pick(w.blocks, 2)
    bowl = _bowl_for(w, b)
    if bowl is None or r in w.state.above(b):
        return None
    text = f"{b} in the {bowl}!! dont touch the {r}"
    return _made(w, text, _act(rels(Rel("in", b, bowl)), kept(r)))


def t313_keep_pensioner2(w: World) -> Made:
    s = w.state
    fuller = [c for c in w.bowls if len(s.in_bowl(c)) >= 2 and any(s.support[b] == c for b in s.in_bowl(c))]
    if not fuller:
        return None
    bowl = w.rng.choice(fuller)
    r = w.rng.choice([b for b in s.in_bowl(bowl) if s.support[b] == bowl])
    text = f"Could you please empty the {bowl}, but leave the {r} in it just where it is? Thank you, dear."
    return _made(w, text, _act(lambda _i, f: f.in_bowl(bowl) == [r], kept(r)))


def t313_keep_plain94(w: World) -> Made:
    p = _pair_onto(w)
    if p is None:
        return None
    b, t = p
    others = [x for x in w.blocks if x not in (b, t) and x not in w.state.above(b)]
    if not others:
        return None
    k = w.rng.choice(others)
    text = f"Stack the {b} on the {t} but keep the {k} where it is."
    return _made(w, text, _act(rels(Rel("on", b, t)), kept(k)))


# ----- multi-step -----------------------------------------------------------------------------------
def t313_multi_chef2(w: World) -> Made:
    r, g = w.pick(w.blocks, 2)
    bowl = _bowl_for(w, g)
    if bowl is None:
        return None
    text = f"First the {r} in the bin, then the {g} in the {bowl}."
    return _made(w, text, _act(binned([r]), rels(Rel("in", g, bowl))))


def t313_multi_polish4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    targets = [t for t in _onto(w, b) if w.state.base(t) != bowl]
    if not targets:
        return None
    t = w.rng.choice(targets)
    text = f"First take the {b} out from the {bowl} and after put it on the {t}."
    return _made(w, text, _act(rels(Rel("on", b, t))))


def t313_multi_librarian3(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    corner = w.rng.choice(_CORNERS)
    text = f"Please begin by placing the {a} in the {corner}; then set the {b} on top of it."
    return _made(w, text, _act(rels(Rel("at", a, corner), Rel("on", b, a))))


def t313_multi_kid5(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = f"first the {a} in the bin!! then the {b} in the bin!! then the {c} too!!"
    return _made(w, text, _act(binned([a, b, c])))


def t313_multi_pensioner2(w: World) -> Made:
    s = w.state
    up = [b for b in w.blocks if s.support[b] not in _GROUND]
    if not up:
        return None
    r = w.rng.choice(up)
    g = w.rng.choice([b for b in w.blocks if b != r])
    bowl = _bowl_for(w, g)
    if bowl is None:
        return None
    text = (f"First, would you please move the {r} onto the table, and after that put the {g} "
            f"into the {bowl}?")
    return _made(w, text, _act(rels(Rel("on_table", r), Rel("in", g, bowl))))


def t313_multi_plain94(w: World) -> Made:
    r, g = w.pick(w.blocks, 2)
    bowl = _bowl_for(w, r, need=2)
    if bowl is None or w.state.base(g) == bowl:
        return None
    text = f"Put the {r} in the {bowl}, then put the {g} on top of it."
    return _made(w, text, _act(rels(Rel("in", r, bowl), Rel("on", g, r))))


# ----- questions ------------------------------------------------------------------------------------
def t313_q_chef2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"How many blocks in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t313_q_polish4(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        b, s = w.rng.choice(pairs)
        return f"Is the {b} lying on the {s}?", answered("Yes")
    b, s = w.pick(w.blocks, 2)
    if s in w.state.above(b) or b in w.state.above(s):
        return None
    return f"Is the {b} lying on the {s}?", answered("No")


def t313_q_librarian3(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    on = w.state.on_top(b)
    return f"What, if anything, is resting directly on the {b}?", answered(on[0] if on else "nothing")


def t313_q_kid5(w: World) -> Made:
    return "how many blocks are there", answered(str(len(w.blocks)))


def t313_q_pensioner2(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    b = w.rng.choice(w.blocks)
    inside = w.state.in_bowl(bowl)
    text = f"Could you tell me how many blocks are in the {bowl}, please? And is the {b} one of them?"
    return text, answered(f"{len(inside)}|{yes(b in inside).lower()}")


def t313_q_plain94(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return f"Which bowl is the {b} in?", answered(w.state.base(b))


# ----- matching -------------------------------------------------------------------------------------
def t313_match_chef2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Match the blocks to the bowls by colour. Go.", _act(rels(*want)))


def t313_match_polish4(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    s = w.state
    moving = [r.block for r in want if not holds(r, s)]
    others = [b for b in w.blocks if b not in [r.block for r in want]]
    if any(o in s.above(m) for m in moving for o in others):
        return None
    text = "Please put each block into the bowl which have the same colour, the other blocks leave where they are."
    return _made(w, text, _act(rels(*want), kept(*others)))


def t313_match_librarian3(w: World) -> Made:
    by_colour = {w.colour(c): c for c in w.bowls}
    options = [(b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour]
    options = [(b, c) for b, c in options if w.state.base(b) != c and _room(w, c) >= 1]
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    return _made(w, f"Please put the {b} in the bowl that matches its colour.", _act(rels(Rel("in", b, bowl))))


def t313_match_kid5(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "put the blocks in the bowls that are the same colour as them!!", _act(rels(*want)))


def t313_match_pensioner2(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in [r.block for r in want]]
    if not want or not rest or len(rest) > 5:
        return None
    text = ("Would you be so good as to put each block into the bowl of its own colour, and put the ones "
            "with no matching bowl in the bin? Thank you.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t313_match_plain94(w: World) -> Made:
    by_colour = {w.colour(c): c for c in w.bowls}
    keys = [b for b in w.blocks if w.colour(b) in by_colour]
    if not keys:
        return None
    key = w.rng.choice(keys)
    bowl = by_colour[w.colour(key)]
    movers = [b for b in w.blocks if b != key and w.state.base(b) != bowl]
    if not movers or _room(w, bowl) < 1:
        return None
    b = w.rng.choice(movers)
    text = f"Put the {b} in the bowl that's the same colour as the {key}."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("chef2", "polish4", "librarian3", "kid5", "pensioner2", "plain94")
FRESH313: list[Template] = [
    (f"t313_{short}_{style}", category, globals()[f"t313_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
