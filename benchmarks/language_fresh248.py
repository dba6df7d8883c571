"""`FRESH248`, the two-hundred-and-forty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting
by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table, one or two in a message. The personas: a builder on site (short, practical, site slang now and then), a Polish
speaker writing English with small slips, a poet (lyrical now and then, still clear about the job), a nervous new
intern who over-explains, a six-year-old (very simple words, excited) and a plain adult with no quirks at all.
- builder2: "stick the red block in the blue bowl"
- polish: "Please put all blocks what are in the bowls into the bin."
- poet3: "Let the red block wander to the middle of the table and settle."
- intern: "So the end result should be that the red block is in the bin. I think that's the whole task, sorry."
- kid8: "make a tower with the red block and the blue block!!"
- plain29: "The blue bowl should end up empty."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a4556f6, the code of 33dca36, before anything it could prompt): 0.8133
goal-correct (244 of 300), 46 refused, no question, two wrong actions and eight wrong replies. The wrong actions: the
intern's "I think the idea is that each block goes in the bowl that's the same colour as it? Only the ones that have a
bowl of their colour, obviously. Sorry, I hope that makes sense." put a block in a bowl of another colour. The wrong
replies: the poet's "Upon X something sleeps. Which block is it?" and the intern's "Sorry if this is a silly question,
but how many blocks are in W right now? And is X one of them?". The refusals: the poet's "Carry X to the bottom right
corner, and let it rest there a while.", "At the heart of the table, in the middle, X should stand.", "Two blocks,
exactly two, should keep W company.", "Into W let all the blocks go, save X: that one stays out of it.", "X must go to
the bin; but W and what sleeps in it, leave them undisturbed.", "X departs W first, and after it Y comes to rest in that
bowl.", "Let X come home to the bowl of its own colour.", "My wish: X and Y, side by side, both resting in W." and
"Whichever block sleeps closest to W: wake it, and set it in the middle."; the intern's "Hi, sorry, I think I'm supposed
to ask you to put X in the bin? Just that one block, please."; the Polish speaker's "Please, all the blocks into bin,
only X and Y not." and "I would like that X stands on the table, not on other block."; the builder's "bin every block,
site's gotta be clear"; the six-year-old's "X cant be on Y but no bin".
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


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every goal holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _loose(w: World) -> list[str]:
    """Blocks that are not in the bin (nor held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out = []
    while s.support[b] in s.support:
        b = s.support[b]
        out.append(b)
    return out


def _tower(s: SymState, b: str) -> set[str]:
    return {b, *_below(s, b), *s.above(b)}


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` can go onto `below` without a tower growing past the limit (and without `top` under `below`)."""
    s = w.state
    return (top != below and top not in _below(s, below) and s.base(below) != BIN
            and len(_below(s, below)) + 2 <= layout.MAX_TOWER)


def _fits(w: World, bowl: str, blocks: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(blocks)) <= layout.BOWL_CAPACITY


def _on_ground(*blocks: str) -> Check:
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _one_tower(blocks: list[str]) -> Check:
    """All of `blocks` in one tower, in any order, anywhere but the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        return len(bottoms) == 1 and f.base(bottoms[0]) != BIN and all(
            sum(1 for x in blocks if f.support[x] == b) <= 1 for b in blocks)
    return check


def _nearest(w: World, target: str, pool: list[str]) -> str | None:
    """The block of `pool` nearest `target` when it stands alone on the table and clearly nearest."""
    ranked = sorted(pool, key=lambda b: w.dist(b, target))
    if len(ranked) < 2:
        return None
    first = ranked[0]
    if w.state.support[first] not in _GROUND or not w.state.is_clear(first):
        return None
    if w.dist(ranked[1], target) - w.dist(first, target) < 0.04:
        return None
    return first


def _c(w: World, name: str) -> str:
    return w.colour(name)


# ----- imperative -------------------------------------------------------------------------------------
def t248_imp_builder2(w: World) -> Made:
    b, bowl = w.pick(_loose(w)), w.pick(w.bowls)
    if not b or not bowl or not _fits(w, bowl[0], b):
        return None
    text = w.rng.choice(["stick the {b} in the {o}", "{b} in the {o} mate", "chuck the {b} in the {o} for me"])
    return _made(w, text.format(b=b[0], o=bowl[0]), _act(rels(Rel("in", b[0], bowl[0]))))


def t248_imp_polish(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w, pair[0], pair[1]):
        return None
    a, b = pair
    text = w.rng.choice([f"Please, put the {a} on the {b}.", f"Put the {a} on top the {b}, please."])
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t248_imp_poet3(w: World) -> Made:
    b, place = w.pick(_loose(w)), w.pick(list(PLACES))
    if not b or not place:
        return None
    text = w.rng.choice([
        f"Carry the {b[0]} to the {place[0]}, and let it rest there a while.",
        f"Let the {b[0]} wander to the {place[0]} of the table and settle.",
    ])
    return _made(w, text, _act(rels(Rel("at", b[0], place[0]))))


def t248_imp_intern(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    text = w.rng.choice([
        f"Hi, sorry, I think I'm supposed to ask you to put the {b[0]} in the bin? Just that one block, please.",
        f"Okay, um, could you throw the {b[0]} away? In the bin, I mean. Only the {b[0]}, nothing else.",
    ])
    return _made(w, text, _act(binned(b)))


def t248_imp_kid8(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or w.state.base(pair[0]) in w.bowls or w.state.base(pair[1]) in w.bowls:
        return None
    a, b = pair
    if not (_can_stack(w, a, b) or _can_stack(w, b, a)) or _tower(w.state, a) & _tower(w.state, b):
        return None
    text = w.rng.choice([f"make a tower with the {a} and the {b}!!", f"stack the {a} and the {b} together yay"])
    either: Check = lambda _i, f: f.support[a] == b or f.support[b] == a
    return _made(w, text, _act(either))


def t248_imp_plain29(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice([f"Empty the {bowl} into the bin.", f"Tip everything in the {bowl} into the bin, please."])
    return _made(w, text, _act(binned(inside), empty(bowl)))


# ----- declarative ------------------------------------------------------------------------------------
def t248_dec_builder2(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w, pair[0], pair[1]):
        return None
    a, b = pair
    text = w.rng.choice([f"{a} goes on the {b}", f"the {a} sits on top of the {b}, thats the job"])
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t248_dec_polish(w: World) -> Made:
    two, bowl = w.pick(_loose(w), 2), w.pick(w.bowls)
    if not two or not bowl or not _fits(w, bowl[0], two):
        return None
    a, b = two
    text = w.rng.choice([
        f"The {a} should be in the {bowl[0]}, and the {b} also.",
        f"In the {bowl[0]} must be the {a} and the {b}.",
    ])
    return _made(w, text, _act(rels(Rel("in", a, bowl[0]), Rel("in", b, bowl[0]))))


def t248_dec_poet3(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    text = w.rng.choice([
        f"The {b[0]} belongs in the middle of the table, where the light falls.",
        f"At the heart of the table, in the middle, the {b[0]} should stand.",
    ])
    return _made(w, text, _act(rels(Rel("at", b[0], "middle"))))


def t248_dec_intern(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    text = w.rng.choice([
        f"So the end result should be that the {b[0]} is in the bin. I think that's the whole task, sorry.",
        f"My notes say: the {b[0]} is supposed to be in the bin when we're done. Just that, I think?",
    ])
    return _made(w, text, _act(binned(b)))


def t248_dec_kid8(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w, pair[0], pair[1]):
        return None
    a, b = pair
    text = w.rng.choice([f"the {a} goes on the {b} ok", f"the {a} is on top of the {b}!! thats how it should be"])
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t248_dec_plain29(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = w.rng.choice([f"The {bowl} should end up empty.", f"The {bowl} needs to be empty."])
    return _made(w, text, _act(empty(bowl)))


# ----- desiderative ------------------------------------------------------------------------------------
def t248_des_builder2(w: World) -> Made:
    b, place = w.pick(_loose(w)), w.pick(list(PLACES)[:4])
    if not b or not place:
        return None
    text = w.rng.choice([f"want the {b[0]} in the {place[0]}", f"need the {b[0]} over in the {place[0]}, ta"])
    return _made(w, text, _act(rels(Rel("at", b[0], place[0]))))


def t248_des_polish(w: World) -> Made:
    tops = [t for t, _ in w.pairs() if w.state.base(t) != BIN]
    if not tops:
        return None
    t = w.pick(tops)[0]
    text = w.rng.choice([
        f"I would like that the {t} stands on the table, not on other block.",
        f"I want to have the {t} directly on the table, not on the {w.state.support[t]}.",
    ])
    return _made(w, text, _act(rels(Rel("on_table", t))))


def t248_des_poet3(w: World) -> Made:
    two, bowl = w.pick(_loose(w), 2), w.pick(w.bowls)
    if not two or not bowl or not _fits(w, bowl[0], two):
        return None
    a, b = two
    text = w.rng.choice([
        f"I long to see the {a} and the {b} nested together in the {bowl[0]}.",
        f"My wish: the {a} and the {b}, side by side, both resting in the {bowl[0]}.",
    ])
    return _made(w, text, _act(rels(Rel("in", a, bowl[0]), Rel("in", b, bowl[0]))))


def t248_des_intern(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    a, b, c = three
    text = (f"I'd like, if it's possible, a tower of three: the {a} at the bottom, then the {b} on it, and then the "
            f"{c} on the very top. Sorry, that's all three of them.")
    bottom: Check = lambda _i, f: f.support[a] not in f.support and f.base(a) != BIN
    return _made(w, text, _act(rels(Rel("on", b, a), Rel("on", c, b)), bottom))


def t248_des_kid8(w: World) -> Made:
    b, bowl = w.pick(_loose(w)), w.pick(w.bowls)
    if not b or not bowl or not _fits(w, bowl[0], b):
        return None
    text = w.rng.choice([f"i want the {b[0]} in the {bowl[0]} pleeease", f"i wanna see the {b[0]} in the {bowl[0]}!!"])
    return _made(w, text, _act(rels(Rel("in", b[0], bowl[0]))))


def t248_des_plain29(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w, pair[0], pair[1]):
        return None
    a, b = pair
    text = w.rng.choice([
        f"My goal is to have the {a} sitting on the {b}.",
        f"I'd like the {a} on top of the {b}, please.",
    ])
    return _made(w, text, _act(rels(Rel("on", a, b))))


# ----- quantified --------------------------------------------------------------------------------------
def t248_qua_builder2(w: World) -> Made:
    loose = _loose(w)
    if not loose or len(loose) > 5:
        return None
    text = w.rng.choice(["all the blocks in the bin, clear the lot", "bin every block, site's gotta be clear"])
    return _made(w, text, _act(binned(loose)))


def t248_qua_polish(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.base(b) != BIN]
    if not inside:
        return None
    text = w.rng.choice([
        "Please put all blocks what are in the bowls into the bin.",
        "Every block which is in some bowl, put it to the bin, please.",
    ])
    return _made(w, text, _act(binned(inside)))


def t248_qua_poet3(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or len(_loose(w)) < 2:
        return None
    text = w.rng.choice([
        f"Let exactly two blocks rest in the {bowl[0]}, no more and no fewer.",
        f"Two blocks, exactly two, should keep the {bowl[0]} company.",
    ])
    return _made(w, text, _act(count_in(bowl[0], 2)))


def t248_qua_intern(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    text = ("Could you make sure each bowl has exactly one block in it? Any block is fine, I think, as long as every "
            "bowl ends up with just one.")
    return _made(w, text, _act(*(count_in(o, 1) for o in bowls)))


def t248_qua_kid8(w: World) -> Made:
    loose = _loose(w)
    if len(loose) != len(w.blocks) or len(loose) > layout.MAX_TOWER:
        return None
    text = w.rng.choice(["make one big tower with all the blocks!!!", "put all the blocks in one giant tower"])
    return _made(w, text, _act(_one_tower(loose)))


def t248_qua_plain29(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.base(b) != BIN]
    if not inside:
        return None
    text = w.rng.choice([
        "Take every block out of the bowls and put them on the table.",
        "Move all the blocks that are in bowls onto the table.",
    ])
    return _made(w, text, _act(_on_ground(*inside)))


# ----- negated -----------------------------------------------------------------------------------------
def t248_neg_builder2(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2 or len(loose) > 6:
        return None
    keep = w.pick(loose)[0]
    rest = [b for b in loose if b != keep]
    text = w.rng.choice([f"bin everything except the {keep}", f"all blocks in the bin bar the {keep}"])
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t248_neg_polish(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    keep = w.pick(loose, 2)
    rest = [b for b in loose if b not in keep]
    text = w.rng.choice([
        f"Put all blocks to the bin, but not the {keep[0]} and not the {keep[1]}.",
        f"Please, all the blocks into bin, only the {keep[0]} and the {keep[1]} not.",
    ])
    return _made(w, text, _act(binned(rest), none_binned(keep)))


def t248_neg_poet3(w: World) -> Made:
    loose, bowl = _loose(w), w.pick(w.bowls)
    if not bowl or len(loose) < 2 or len(loose) - 1 > layout.BOWL_CAPACITY:
        return None
    out = w.pick(loose)[0]
    rest = [b for b in loose if b != out]
    text = w.rng.choice([
        f"Gather every block into the {bowl[0]}, all but the {out}, which must stay outside it.",
        f"Into the {bowl[0]} let all the blocks go, save the {out}: that one stays out of it.",
    ])
    outside = Rel("in", out, bowl[0], negated=True)
    return _made(w, text, _act(rels(*(Rel("in", b, bowl[0]) for b in rest), outside)))


def t248_neg_intern(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.base(b) != BIN]
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    text = (f"Please take the {b} out of the {bowl}, but, um, don't put it in the bin, please? We might still need "
            "it later.")
    return _made(w, text, _act(rels(Rel("in", b, bowl, negated=True)), none_binned([b])))


def t248_neg_kid8(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    t, s = w.pick(pairs)[0]
    text = w.rng.choice([f"take the {t} off the {s} but dont throw it away", f"the {t} cant be on the {s} but no bin"])
    return _made(w, text, _act(rels(Rel("on", t, s, negated=True)), none_binned([t])))


def t248_neg_plain29(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    loose = _loose(w)
    text = w.rng.choice([
        f"Empty the {bowl}, but don't throw anything in the bin.",
        f"Could you clear out the {bowl}? Nothing goes in the bin though.",
    ])
    return _made(w, text, _act(empty(bowl), none_binned(loose)))


# ----- relative ----------------------------------------------------------------------------------------
def t248_rel_builder2(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    t, s = w.pick(pairs)[0]
    text = w.rng.choice([
        f"the block on top of the {s}, bin it", f"whatever block's sat on the {s}, chuck it in the bin",
    ])
    return _made(w, text, _act(binned([t])))


def t248_rel_polish(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    bowl = w.pick(w.bowls)
    if not pairs or not bowl:
        return None
    t, s = w.pick(pairs)[0]
    if not _fits(w, bowl[0], [s]):
        return None
    text = w.rng.choice([
        f"Please put the block which is under the {t} into the {bowl[0]}.",
        f"The block below the {t}, put it in the {bowl[0]}, please.",
    ])
    return _made(w, text, _act(rels(Rel("in", s, bowl[0]))))


def t248_rel_poet3(w: World) -> Made:
    hollow = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not hollow:
        return None
    bowl = w.pick(hollow)[0]
    near = _nearest(w, bowl, _loose(w))
    if near is None:
        return None
    text = w.rng.choice([
        f"The block that lies nearest the {bowl}, carry it gently to the middle of the table.",
        f"Whichever block sleeps closest to the {bowl}: wake it, and set it in the middle.",
    ])
    return _made(w, text, _act(rels(Rel("at", near, "middle"))))


def t248_rel_intern(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    t, s = w.pick(pairs)[0]
    place = w.pick(list(PLACES)[:4])[0]
    text = (f"There's a block sitting on top of the {s}, I think? Could you move that one to the {place}, please? "
            f"Only that block, the one right on the {s}.")
    return _made(w, text, _act(rels(Rel("at", t, place))))


def t248_rel_kid8(w: World) -> Made:
    single = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not single:
        return None
    bowl = w.pick(single)[0]
    b = w.state.in_bowl(bowl)[0]
    others = [x for x in _loose(w) if x != b and _can_stack(w, b, x)]
    if not others:
        return None
    target = w.pick(others)[0]
    text = w.rng.choice([
        f"take the block thats in the {bowl} and put it on the {target}!",
        f"the one in the {bowl} goes on the {target} yay",
    ])
    return _made(w, text, _act(rels(Rel("on", b, target))))


def t248_rel_plain29(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    g = w.pick(loose)[0]
    near = _nearest(w, g, [b for b in loose if b not in _tower(w.state, g)])
    if near is None or not _can_stack(w, near, g):
        return None
    text = w.rng.choice([
        f"Stack the block that's closest to the {g} on top of the {g}.",
        f"Take whichever block is nearest the {g} and put it on the {g}.",
    ])
    return _made(w, text, _act(rels(Rel("on", near, g))))


# ----- keep --------------------------------------------------------------------------------------------
def _keepable(w: World, keep: str, *moved: str) -> bool:
    """`keep` need not move for `moved` to move: it is none of them and above none of them."""
    return keep not in moved and not any(keep in w.state.above(m) for m in moved)


def t248_keep_builder2(w: World) -> Made:
    two, bowl = w.pick(_loose(w), 2), w.pick(w.bowls)
    if not two or not bowl or not _fits(w, bowl[0], two[:1]) or not _keepable(w, two[1], two[0]):
        return None
    a, k = two
    text = w.rng.choice([f"{a} in the {bowl[0]}, don't touch the {k}", f"get the {a} in the {bowl[0]}, {k} stays put"])
    return _made(w, text, _act(rels(Rel("in", a, bowl[0])), kept(k)))


def t248_keep_polish(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    a, b, k = three
    if not _can_stack(w, a, b) or not _keepable(w, k, a, b):
        return None
    text = w.rng.choice([
        f"Put the {a} on the {b}, but the {k} must stay where it is.",
        f"Please the {a} on the {b}. The {k} don't move, leave it.",
    ])
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(k)))


def t248_keep_poet3(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    out = [b for b in _loose(w) if b not in inside]
    if not out:
        return None
    b = w.pick(out)[0]
    text = w.rng.choice([
        f"Send the {b} to the bin, and let the {bowl} keep what it holds.",
        f"The {b} must go to the bin; but the {bowl} and what sleeps in it, leave them undisturbed.",
    ])
    return _made(w, text, _act(binned([b]), kept(*inside)))


def t248_keep_intern(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two or not _keepable(w, two[1], two[0]):
        return None
    a, k = two
    place = w.pick(list(PLACES)[:4])[0]
    text = (f"I need the {a} moved to the {place}. Oh, and please leave the {k} exactly where it is, my supervisor "
            "set that one up.")
    return _made(w, text, _act(rels(Rel("at", a, place)), kept(k)))


def t248_keep_kid8(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    a, b, k = three
    if not _can_stack(w, a, b) or not _keepable(w, k, a, b):
        return None
    text = w.rng.choice([f"put the {a} on the {b} but dont move the {k} ok", f"{a} on the {b}!! dont touch the {k}"])
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(k)))


def t248_keep_plain29(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    out = [b for b in _loose(w) if b not in inside]
    if not out:
        return None
    k = w.pick(out)[0]
    text = w.rng.choice([
        f"Clear the {bowl} into the bin, but leave the {k} where it is.",
        f"Put everything from the {bowl} in the bin. Don't move the {k}, though.",
    ])
    return _made(w, text, _act(binned(inside), empty(bowl), kept(k)))


# ----- multi-step --------------------------------------------------------------------------------------
def t248_multi_builder2(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    r, a, b = three
    if _tower(w.state, r) & (_tower(w.state, a) | _tower(w.state, b)) or not _can_stack(w, a, b):
        return None
    text = w.rng.choice([
        f"first the {r} in the bin, then the {a} on the {b}",
        f"bin the {r} first, after that {a} goes on the {b}",
    ])
    return _made(w, text, _act(binned([r]), rels(Rel("on", a, b))))


def t248_multi_polish(w: World) -> Made:
    two, bowl = w.pick(_loose(w), 2), w.pick(w.bowls)
    if not two or not bowl or not _fits(w, bowl[0], two):
        return None
    a, b = two
    text = w.rng.choice([
        f"First put the {a} in the {bowl[0]}, after that put the {b} on the {a}.",
        f"At first the {a} to the {bowl[0]}, and then the {b} on top of the {a}, please.",
    ])
    return _made(w, text, _act(rels(Rel("in", a, bowl[0]), Rel("on", b, a))))


def t248_multi_poet3(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.base(b) != BIN]
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    others = [x for x in _loose(w) if w.state.base(x) != bowl]
    if not others:
        return None
    c = w.pick(others)[0]
    text = w.rng.choice([
        f"First let the {b} leave the {bowl}; then let the {c} take its place there.",
        f"The {b} departs the {bowl} first, and after it the {c} comes to rest in that bowl.",
    ])
    return _made(w, text, _act(rels(Rel("in", b, bowl, negated=True), Rel("in", c, bowl))))


def t248_multi_intern(w: World) -> Made:
    two, bowl = w.pick(_loose(w), 2), w.pick(w.bowls)
    if not two or not bowl or not _fits(w, bowl[0], two):
        return None
    a, b = two
    text = (f"Okay so first could you stack the {a} on the {b}, and then after that put both of them, like the whole "
            f"little stack, into the {bowl[0]}? I hope that's clear.")
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("in", b, bowl[0]))))


def t248_multi_kid8(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    text = w.rng.choice([
        f"first put the {a} in the bin then the {b} in the bin too!!!",
        f"the {a} goes in the bin and then the {b} goes in the bin",
    ])
    return _made(w, text, _act(binned([a, b])))


def t248_multi_plain29(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    place = w.pick(list(PLACES))[0]
    text = w.rng.choice([
        f"Move the {a} to the {place}, then put the {b} on top of it.",
        f"First put the {a} in the {place}. After that, stack the {b} on the {a}.",
    ])
    return _made(w, text, _act(rels(Rel("at", a, place), Rel("on", b, a))))


# ----- questions ---------------------------------------------------------------------------------------
def t248_q_builder2(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice([f"how many blocks in the {bowl}", f"quick one, how many blocks are in the {bowl}?"])
    return text, answered(str(n))


def t248_q_polish(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.pick(pairs)[0]
    else:
        two = w.pick(w.blocks, 2)
        if not two or two[0] in _tower(w.state, two[1]):
            return None
        a, b = two
    flag = holds(Rel("on", a, b), w.state)
    text = w.rng.choice([f"Is the {a} on the {b}?", f"Tell me please, the {a} is lying on the {b} or not?"])
    return text, answered(yes(flag))


def t248_q_poet3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, s = w.pick(pairs)[0]
    text = w.rng.choice([
        f"Tell me, which block rests upon the {s}?",
        f"Upon the {s} something sleeps. Which block is it?",
    ])
    return text, answered(t)


def t248_q_intern(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    b = w.pick(w.blocks)[0]
    text = (f"Sorry if this is a silly question, but how many blocks are in the {bowl} right now? And is the {b} "
            "one of them?")
    return text, answered(f"{len(inside)}|{yes(b in inside).lower()}")


def t248_q_kid8(w: World) -> Made:
    s = w.state
    cands = [b for b in w.blocks if s.support[b] in (*w.bowls, *_GROUND)
             or (s.support[b] in s.support and s.base(b) in _GROUND)]
    if not cands:
        return None
    b = w.pick(cands)[0]
    where = s.support[b]
    text = w.rng.choice([f"where is the {b}??", f"wheres the {b}"])
    return text, answered(where)


def t248_q_plain29(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    text = w.rng.choice([f"What's in the {bowl[0]}?", f"What is in the {bowl[0]} at the moment?"])
    return text, answered("|".join(inside) if inside else "nothing")


# ----- matching ----------------------------------------------------------------------------------------
def _match_ok(w: World) -> list[Rel]:
    want = [r for r in matching(w) if w.state.base(r.block) != BIN]
    if not want or any(not _fits(w, r.target, [r.block]) for r in want):
        return []
    return want


def t248_match_builder2(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    text = w.rng.choice(["match the blocks to the bowls by colour", "blocks into the bowls, same colour as the bowl"])
    return _made(w, text, _act(rels(*want)))


def t248_match_polish(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    text = w.rng.choice([
        "Please put the blocks into the bowls of same colour.",
        "Each block to the bowl which have the same colour as it, please.",
    ])
    return _made(w, text, _act(rels(*want)))


def t248_match_poet3(w: World) -> Made:
    want = [r for r in _match_ok(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.pick(want)[0]
    text = w.rng.choice([
        f"The {r.block} longs for the bowl that wears its colour; lay it there.",
        f"Let the {r.block} come home to the bowl of its own colour.",
    ])
    return _made(w, text, _act(rels(r)))


def t248_match_intern(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    text = ("I think the idea is that each block goes in the bowl that's the same colour as it? Only the ones that "
            "have a bowl of their colour, obviously. Sorry, I hope that makes sense.")
    return _made(w, text, _act(rels(*want)))


def t248_match_kid8(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    c = _c(w, want[0].block)
    text = f"put the blocks in the bowls that are the same color!!! like {c} in {c}"
    return _made(w, text, _act(rels(*want)))


def t248_match_plain29(w: World) -> Made:
    want = _match_ok(w)
    rest = [b for b in _loose(w) if b not in {r.block for r in want}]
    if not want or not rest or len(rest) > 5:
        return None
    text = w.rng.choice([
        "Sort the blocks into the bowls by colour, and put the ones with no matching bowl in the bin.",
        "Put each block in the bowl of the same colour. Any block without a bowl of its colour goes in the bin.",
    ])
    return _made(w, text, _act(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("builder2", "polish", "poet3", "intern", "kid8", "plain29")
FRESH248: list[Template] = [
    (f"t248_{short}_{style}", category, globals()[f"t248_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
