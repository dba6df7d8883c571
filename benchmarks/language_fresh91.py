"""`FRESH91`, the ninety-second untuned batch: sixty language templates, six per category, for the offline planner.

Theme: requests typed into a chat with the robot, where one message holds two or three short sentences. The user
first points at or describes something and then asks, or asks and then adds a detail or a correction in the next
sentence, the way people write when they think while they type. Every message is unambiguous in its scene; a
template returns None where the scene does not suit it. The six styles:

- point: a bare pointer first, then the request: "The red block. Put it in the bin."
- correct: the request, then a correction: "Put the red block in the blue bowl. Actually, the green bowl."
- detail: the request, then a detail that completes it: "Move the red block. It goes in the bin."
- then: two sentences in order: "Put the blue block on the table. Then stack the red one on it."
- see: a pointing question, then the request: "See the tower? Take the top block off."
- cond: a question about the scene, then what to do on it: "Is the green bowl empty? If so, put the red block
  in it."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 47a0661, after every fix before it and before anything it could prompt):
0.573 goal-correct (172 of 300), 83 refused, 9 asked, 36 wrong: 24 wrong actions (a question with its branches, 'Is W
empty? If so, put X in it. If not, ...', was answered and nothing done, 17 times; 'Take all the blocks out of W and put
them on the table. Then put X in it.' put X on a block, three times; 'See the tower there? Lift the top block off.'
held it, twice; 'X should be in the top right corner. Sorry, in the top left corner.' kept the first; 'See the blocks
on the table? Put two of them in W.' took one from elsewhere) and twelve wrong replies ('Is X in a bowl? If so, which
one?', 'Tell me what's under X. Just the thing right below it.', 'Is X in W? Sorry, I meant Y. Is that one in it?',
'Look at X first. Then tell me: is there a block on top of it?').
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
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*goals: Check | Rel) -> Check:
    """The goal holds (relations or checks) and nothing is left in the gripper."""
    return both(_free, *(rels(g) if isinstance(g, Rel) else g for g in goals))


def _one(name: str) -> str:
    """'red block' -> 'red one'."""
    return name.split()[0] + " one"


def _spot(place: str) -> str:
    return f"the {place}" if place != "middle" else "the middle of the table"


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _bases(w: World, exclude: tuple[str, ...] = ()) -> list[str]:
    """Clear blocks (not in the bin) that can take one more block on top."""
    return [b for b in w.clear_blocks() if len(_below(w, b)) + 1 < layout.MAX_TOWER and b not in exclude]


def _loose(w: World) -> list[str]:
    """Clear blocks standing alone right on the table."""
    return [b for b in w.clear_blocks() if w.state.support[b] in _GROUND]


def _grounded(w: World) -> list[str]:
    """Blocks whose tower stands on the table."""
    return [b for b in w.blocks if w.state.base(b) in _GROUND]


def _tops(w: World) -> list[str]:
    """The top block of every tower (a clear block resting on a block)."""
    return [b for b in w.clear_blocks() if w.state.support[b] in w.state.support]


def _bowls_for(w: World, block: str, need: int = 1) -> list[str]:
    """Bowls that `block` is not in yet and that have room for `need` more blocks."""
    return [x for x in w.bowls if w.state.base(block) != x and _room(w, x) >= need]


def _on_ground(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _out_of(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _nothing_added(bowl: str) -> Check:
    return lambda i, f: set(f.in_bowl(bowl)) <= set(i.in_bowl(bowl))


def _not_on_block(block: str) -> Check:
    return lambda _i, f: f.support[block] not in f.support


def _goal_for(block: str, target: str) -> Rel:
    if target == BIN:
        return Rel("in_bin", block)
    if target in PLACES:
        return Rel("at", block, target)
    if target.endswith(" bowl"):
        return Rel("in", block, target)
    return Rel("on", block, target)


def _phrase(target: str) -> str:
    """'in the bin', 'in the blue bowl', 'in the top left corner', 'on the red block'."""
    if target == BIN:
        return "in the bin"
    if target in PLACES:
        return "in " + _spot(target)
    if target.endswith(" bowl"):
        return f"in the {target}"
    return f"on the {target}"


def _targets(w: World, block: str) -> list[str]:
    """Somewhere `block` can go that it is not yet: the bin, a bowl with room, a place."""
    out = [BIN, *_bowls_for(w, block)]
    out.append(w.rng.choice(list(PLACES)))
    return out


# ----- imperative ------------------------------------------------------------------------------------
def t91_imp_point(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    bowls = _bowls_for(w, b)
    if bowls and w.rng.random() < 0.5:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"The {b}. Put it in the {bowl}.",
                f"That {b} over there. Drop it into the {bowl}, please.",
                f"Okay, the {b}. Move it into the {bowl}.",
            ]
        )
        return text, _done(Rel("in", b, bowl))
    text = w.rng.choice(
        [
            f"The {b}. Put it in the bin.",
            f"That {b} there. Throw it in the bin, please.",
            f"Okay, the {b}. Toss it in the bin.",
        ]
    )
    return text, _done(Rel("in_bin", b))


def t91_imp_correct(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    bowls = _bowls_for(w, b)
    kind = w.rng.choice(["bowls", "bin", "places"])
    if kind == "bowls" and len(w.bowls) >= 2 and bowls:
        new = w.rng.choice(bowls)
        old = w.rng.choice([x for x in w.bowls if x != new])
        fix = w.rng.choice([f"Actually, the {new}.", f"Sorry, I meant the {new}.", f"No wait, the {new}."])
        return f"Put the {b} in the {old}. {fix}", _done(Rel("in", b, new))
    if kind == "bin" and w.bowls:
        old = w.rng.choice(w.bowls)
        fix = w.rng.choice(["Actually, just put it in the bin.", "No, wait. The bin.", "Sorry, I meant the bin."])
        return f"Put the {b} in the {old}. {fix}", _done(Rel("in_bin", b))
    old, new = w.rng.sample(list(PLACES), 2)
    fix = w.rng.choice(
        [f"Actually, {_spot(new)}.", f"Sorry, I meant {_spot(new)}.", f"No wait, make that {_spot(new)}."]
    )
    return f"Move the {b} to {_spot(old)}. {fix}", _done(Rel("at", b, new))


def t91_imp_detail(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    kind = w.rng.choice(["bin", "block", "place"])
    bases = _bases(w, exclude=(b,))
    if kind == "block" and bases:
        c = w.rng.choice(bases)
        text = w.rng.choice(
            [
                f"Pick up the {b}. Put it on the {c}.",
                f"Grab the {b}. It goes on top of the {c}.",
                f"Move the {b}. Stack it on the {c}.",
            ]
        )
        return text, _done(Rel("on", b, c))
    if kind == "place":
        p = w.rng.choice(list(PLACES))
        text = w.rng.choice(
            [
                f"Move the {b}. It goes in {_spot(p)}.",
                f"Grab the {b}. Put it down in {_spot(p)}.",
            ]
        )
        return text, _done(Rel("at", b, p))
    text = w.rng.choice(
        [
            f"Move the {b}. It goes in the bin.",
            f"Pick up the {b}. Bin it.",
            f"Grab the {b}. The bin is where it goes.",
        ]
    )
    return text, _done(Rel("in_bin", b))


def t91_imp_then(w: World) -> Made:
    lifted = [b for b in w.clear_blocks() if w.state.support[b] not in _GROUND]
    if not lifted:
        return None
    a = w.rng.choice(lifted)
    others = [b for b in w.clear_blocks() if b != a]
    if not others:
        return None
    b = w.rng.choice(others)
    text = w.rng.choice(
        [
            f"Put the {a} on the table. Then stack the {_one(b)} on it.",
            f"Set the {a} down on the table. After that, put the {b} on top of it.",
            f"First move the {a} onto the table. Then put the {b} on it.",
        ]
    )
    return text, _done(Rel("on_table", a), Rel("on", b, a))


def t91_imp_see(w: World) -> Made:
    tops = _tops(w)
    if len(tops) == 1 and w.rng.random() < 0.6:
        t = tops[0]
        tower = _below(w, t)
        if w.rng.random() < 0.5:
            text = w.rng.choice(
                [
                    "See the tower? Take the top block off.",
                    "You see that stack of blocks? Take the top one off it.",
                    "See the tower there? Lift the top block off.",
                ]
            )
            return text, _done(lambda _i, f: f.support[t] not in tower)
        text = w.rng.choice(
            [
                "See the tower? Take the top block off and put it on the table.",
                "You see the stack? Take the top block off. Set it down on the table.",
            ]
        )
        return text, _done(Rel("on_table", t))
    bs = [b for b in w.clear_blocks() if _bowls_for(w, b)]
    if not bs:
        return None
    b = w.rng.choice(bs)
    bowl = w.rng.choice(_bowls_for(w, b))
    text = w.rng.choice(
        [
            f"See the {bowl}? Put the {b} in it.",
            f"Do you see the {bowl}? Move the {b} into it.",
            f"See that {bowl}? Drop the {b} in there.",
        ]
    )
    return text, _done(Rel("in", b, bowl))


def t91_imp_cond(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    bs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not bs:
        return None
    b = w.rng.choice(bs)
    is_empty = not w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Is the {bowl} empty? If it is, put the {b} in it. If not, put it in the bin.",
            f"Is the {bowl} empty? If so, drop the {b} in there. Otherwise, bin it.",
            f"Is there anything in the {bowl}? If there is, put the {b} in the bin. If not, put it in the bowl.",
        ]
    )
    return text, _done(Rel("in", b, bowl) if is_empty else Rel("in_bin", b))


# ----- declarative -----------------------------------------------------------------------------------
def t91_dec_point(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    target = w.rng.choice(_targets(w, b))
    text = w.rng.choice(
        [
            f"The {b}. It belongs {_phrase(target)}.",
            f"That {b} over there. Its place is {_phrase(target)}.",
            f"The {b}. That one goes {_phrase(target)}.",
        ]
    )
    return text, _done(_goal_for(b, target))


def t91_dec_correct(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    bowls = _bowls_for(w, b)
    kind = w.rng.choice(["bowls", "bin", "places"])
    if kind == "bowls" and len(w.bowls) >= 2 and bowls:
        new = w.rng.choice(bowls)
        old = w.rng.choice([x for x in w.bowls if x != new])
        text = w.rng.choice(
            [
                f"The {b} goes in the {old}. No wait, it goes in the {new}.",
                f"The {b} belongs in the {old}. Sorry, in the {new}.",
            ]
        )
        return text, _done(Rel("in", b, new))
    if kind == "bin" and bowls:
        old = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"The {b} belongs in the {old}. Actually no, the bin.",
                f"The {b} goes in the {old}. Hmm, no. It goes in the bin.",
            ]
        )
        return text, _done(Rel("in_bin", b))
    old, new = w.rng.sample(list(PLACES), 2)
    text = w.rng.choice(
        [
            f"The {b} should be in {_spot(old)}. Sorry, in {_spot(new)}.",
            f"The {b} goes in {_spot(old)}. No, wait. Its spot is {_spot(new)}.",
        ]
    )
    return text, _done(Rel("at", b, new))


def t91_dec_detail(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    kind = w.rng.choice(["place", "bowl", "block"])
    bowls = _bowls_for(w, b)
    bases = _bases(w, exclude=(b,))
    if kind == "bowl" and bowls:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"The {b} is in the wrong spot. Its place is in the {bowl}.",
                f"The {b} needs to move. It should end up in the {bowl}.",
            ]
        )
        return text, _done(Rel("in", b, bowl))
    if kind == "block" and bases:
        c = w.rng.choice(bases)
        text = w.rng.choice(
            [
                f"The {b} has to go on another block. The {c}, to be precise.",
                f"The {b} needs to be stacked. It goes on the {c}.",
            ]
        )
        return text, _done(Rel("on", b, c))
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"The {b} needs to move. It should end up in {_spot(p)}.",
            f"The {b} is in the way. It belongs in {_spot(p)}.",
        ]
    )
    return text, _done(Rel("at", b, p))


def t91_dec_then(w: World) -> Made:
    bs = w.clear_blocks()
    if len(bs) < 2:
        return None
    a, b = w.rng.sample(bs, 2)
    bowls = _bowls_for(w, a, need=2)
    if bowls and w.rng.random() < 0.5:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"The {a} goes in the {bowl} first. The {b} goes on top of it after that.",
                f"First the {a} goes in the {bowl}. Then the {b} sits on top of it.",
            ]
        )
        return text, _done(Rel("in", a, bowl), Rel("on", b, a))
    text = w.rng.choice(
        [
            f"The {a} goes in the bin first. Then the {b} goes in there too.",
            f"First the {a} belongs in the bin. After that, the {b} goes in there too.",
        ]
    )
    return text, _done(binned([a, b]))


def t91_dec_see(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    kind = w.rng.choice(["bowl", "block", "place"])
    bowls = _bowls_for(w, b)
    bases = _bases(w, exclude=(b,))
    if kind == "bowl" and bowls:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice([f"See the {bowl}? The {b} belongs in there.", f"See that {bowl}? The {b} goes in it."])
        return text, _done(Rel("in", b, bowl))
    if kind == "block" and bases:
        c = w.rng.choice(bases)
        text = w.rng.choice([f"See the {c}? The {b} goes on top of it.", f"You see the {c}? The {b} belongs on it."])
        return text, _done(Rel("on", b, c))
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"See {_spot(p)}? That's where the {b} should be.",
            f"You see {_spot(p)}? The {b} goes there.",
        ]
    )
    return text, _done(Rel("at", b, p))


def t91_dec_cond(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    bs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not bs:
        return None
    b = w.rng.choice(bs)
    is_empty = not w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"If the {bowl} is empty, the {b} goes in it. Otherwise it goes in the bin.",
            f"If the {bowl} has anything in it, the {b} goes in the bin. If not, it goes in the {bowl}.",
            f"The {b} goes in the {bowl} if that bowl is empty. If it isn't, the {b} belongs in the bin.",
        ]
    )
    return text, _done(Rel("in", b, bowl) if is_empty else Rel("in_bin", b))


# ----- desiderative ----------------------------------------------------------------------------------
def t91_des_point(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    target = w.rng.choice(_targets(w, b))
    text = w.rng.choice(
        [
            f"The {b}. I'd like it {_phrase(target)}.",
            f"That {b}. I want it {_phrase(target)}, please.",
            f"The {b} there. I'd love to see it {_phrase(target)}.",
        ]
    )
    return text, _done(_goal_for(b, target))


def t91_des_correct(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    kind = w.rng.choice(["places", "bin", "blocks"])
    bowls = _bowls_for(w, b)
    bases = _bases(w, exclude=(b,))
    if kind == "bin" and bowls:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"I want the {b} in the {bowl}. Actually, I'd rather have it in the bin.",
                f"I'd like the {b} in the {bowl}. Hmm, no. The bin, please.",
            ]
        )
        return text, _done(Rel("in_bin", b))
    if kind == "blocks" and len(bases) >= 2:
        old, new = w.rng.sample(bases, 2)
        text = w.rng.choice(
            [
                f"I need the {b} on the {old}. Sorry, I meant on the {new}.",
                f"I'd like the {b} stacked on the {old}. Actually, make that the {new}.",
            ]
        )
        return text, _done(Rel("on", b, new))
    old, new = w.rng.sample(list(PLACES), 2)
    text = w.rng.choice(
        [
            f"I'd like the {b} in {_spot(old)}. Hmm, actually {_spot(new)}.",
            f"I want the {b} moved to {_spot(old)}. Sorry, I mean {_spot(new)}.",
        ]
    )
    return text, _done(Rel("at", b, new))


def t91_des_detail(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    kind = w.rng.choice(["bowl", "bin", "block"])
    bowls = _bowls_for(w, b)
    bases = _bases(w, exclude=(b,))
    if kind == "bowl" and bowls:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"I want the {b} moved. Into the {bowl}, please.",
                f"I'd like the {b} somewhere else. In the {bowl} would be good.",
            ]
        )
        return text, _done(Rel("in", b, bowl))
    if kind == "block" and bases:
        c = w.rng.choice(bases)
        text = w.rng.choice(
            [
                f"I need the {b} on top of a block. The {c} would be good.",
                f"I'd like the {b} stacked. On the {c}, I mean.",
            ]
        )
        return text, _done(Rel("on", b, c))
    text = w.rng.choice(
        [
            f"I'd like the {b} somewhere else. The bin is fine.",
            f"I want the {b} gone. Just put it in the bin.",
        ]
    )
    return text, _done(Rel("in_bin", b))


def t91_des_then(w: World) -> Made:
    bs = w.clear_blocks()
    if len(bs) < 2:
        return None
    a, b = w.rng.sample(bs, 2)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"I want the {a} in the bin. After that, I'd like the {b} in there too.",
                f"I'd like the {a} in the bin first. Then I want the {b} in the bin as well.",
            ]
        )
        return text, _done(binned([a, b]))
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"I'd like the {a} in {_spot(p)} first. Then I want the {b} stacked on it.",
            f"I want the {a} moved to {_spot(p)}. After that, I'd like the {_one(b)} on top of it.",
        ]
    )
    return text, _done(Rel("at", a, p), Rel("on", b, a))


def t91_des_see(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    bases = _bases(w, exclude=(b,))
    bowls = _bowls_for(w, b)
    if bases and (not bowls or w.rng.random() < 0.5):
        c = w.rng.choice(bases)
        text = w.rng.choice(
            [
                f"Do you see the {c}? I'd like the {b} stacked on it.",
                f"See the {c}? I want the {b} on top of it.",
            ]
        )
        return text, _done(Rel("on", b, c))
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([f"See the {bowl}? I want the {b} in it.", f"You see that {bowl}? I'd like the {b} in there."])
    return text, _done(Rel("in", b, bowl))


def t91_des_cond(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    in_bowl = w.state.base(b) in w.bowls
    bowls = _bowls_for(w, b)
    if not in_bowl and not bowls:
        return None
    bowl = w.rng.choice(bowls) if bowls else w.rng.choice(w.bowls)
    if in_bowl and bowl == w.state.base(b):
        return None
    text = w.rng.choice(
        [
            f"Is the {b} in a bowl? If so, I'd like it in the bin. If not, I'd like it in the {bowl}.",
            f"Is the {b} sitting in a bowl? If it is, I want it out and in the bin. Otherwise I want it in the {bowl}.",
        ]
    )
    return text, _done(Rel("in_bin", b) if in_bowl else Rel("in", b, bowl))


# ----- quantified ------------------------------------------------------------------------------------
def t91_qua_point(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    texts = [
        f"The {bowl}. Take everything out of it and put it all in the bin.",
        f"The {bowl}. Whatever is in it, all of it goes in the bin.",
    ]
    if len(inside) >= 2:
        texts.append(f"Those blocks in the {bowl}. Put every one of them in the bin.")
    return w.rng.choice(texts), _done(binned(inside))


def t91_qua_correct(w: World) -> Made:
    ground, bowled = _grounded(w), w.state.in_bowls()
    if not ground or not bowled:
        return None
    if w.rng.random() < 0.5 and len(ground) <= 5:
        text = w.rng.choice(
            [
                "Put all the blocks in the bin. Actually, just the ones on the table.",
                "Put every block in the bin. Wait, only the ones that aren't in a bowl.",
                "Bin all the blocks. Sorry, I mean just the ones on the table, not the ones in bowls.",
            ]
        )
        return text, _done(binned(ground), none_binned(bowled))
    text = w.rng.choice(
        [
            "Put all the blocks in the bin. No, actually, only the ones in the bowls.",
            "Put every block in the bin. Sorry, just the ones sitting in bowls.",
        ]
    )
    return text, _done(binned(bowled), none_binned(ground))


def t91_qua_detail(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    bottoms = [b for b in w.blocks if w.state.support[b] in _GROUND]
    if not bottoms:
        return None
    b = w.rng.choice(bottoms)
    text = w.rng.choice(
        [
            f"Stack all the blocks into one tower. The {b} goes at the bottom.",
            f"Build one tower out of every block. Put the {b} at the base.",
            f"Make a single stack with all of the blocks. The {_one(b)} should be on the bottom.",
        ]
    )
    return text, _done(Rel("tower", *w.blocks), Rel("on_table", b))


def t91_qua_then(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    bs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not bs:
        return None
    b = w.rng.choice(bs)
    text = w.rng.choice(
        [
            f"Take all the blocks out of the {bowl} and put them on the table. Then put the {b} in it.",
            f"Empty the {bowl}: every block in it goes on the table. After that, the {b} goes in.",
            f"Get every block out of the {bowl} and onto the table. Then put the {b} in that bowl.",
        ]
    )
    return text, _done(_on_ground(inside), Rel("in", b, bowl))


def t91_qua_see(w: World) -> Made:
    ground = _grounded(w)
    bowls = [x for x in w.bowls if _room(w, x) >= 2]
    if len(ground) < 3 or not bowls or len([b for b in ground if w.state.is_clear(b)]) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"See the blocks on the table? Put two of them in the {bowl}.",
            f"You see all those blocks on the table? Any two of them can go in the {bowl}.",
            f"See the blocks lying on the table? Move two of them into the {bowl}, whichever you like.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return len([b for b in ground if f.base(b) == bowl]) == 2

    return text, _done(check)


def t91_qua_cond(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Does the {bowl} have anything in it? If it does, move all of it to the table.",
            f"Is the {bowl} empty? If not, take every block out of it and put them on the table.",
            f"Anything in the {bowl}? If so, put all of those blocks on the table.",
        ]
    )
    return text, _done(_on_ground(inside))


# ----- negated ---------------------------------------------------------------------------------------
def t91_neg_point(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    bowls = _bowls_for(w, b)
    kind = w.rng.choice(["bin", "bowls", "place"])
    if kind == "bin" and bowls:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"The {b}. Don't put it in the bin. Put it in the {bowl}.",
                f"That {b}. Not in the bin, okay? In the {bowl}.",
            ]
        )
        return text, _done(Rel("in", b, bowl))
    if kind == "bowls" and len(w.bowls) >= 2 and bowls:
        new = w.rng.choice(bowls)
        old = w.rng.choice([x for x in w.bowls if x != new])
        text = w.rng.choice(
            [
                f"The {b}. Not in the {old}. It goes in the {new}.",
                f"That {b}. Don't put it in the {old}; the {new} is where it goes.",
            ]
        )
        return text, _done(Rel("in", b, new))
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"The {b}. Not the bin. Put it in {_spot(p)}.",
            f"That {b}. Don't bin it. Move it to {_spot(p)} instead.",
        ]
    )
    return text, _done(Rel("at", b, p))


def t91_neg_correct(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    b = w.rng.choice(w.blocks)
    rest = [x for x in w.blocks if x != b]
    text = w.rng.choice(
        [
            f"Put all the blocks in the bin. Wait, not the {b}.",
            f"Put every block in the bin. Oh, except the {b}.",
            f"Throw all the blocks in the bin. Actually, leave the {b} out of the bin.",
        ]
    )
    return text, _done(binned(rest), none_binned([b]))


def t91_neg_detail(w: World) -> Made:
    pairs = [(t, c) for t, c in w.pairs() if w.state.is_clear(t)]
    if pairs and w.rng.random() < 0.6:
        t, c = w.rng.choice(pairs)
        bowls = _bowls_for(w, t)
        if bowls and w.rng.random() < 0.5:
            bowl = w.rng.choice(bowls)
            text = w.rng.choice(
                [
                    f"Move the {t} off the {c}. Not onto the table, though. Into the {bowl}.",
                    f"Take the {t} off the {c}. Don't put it on the table; it goes in the {bowl}.",
                ]
            )
            return text, _done(Rel("in", t, bowl))
        text = w.rng.choice(
            [
                f"Take the {t} off the {c}. Don't put it on the table. Put it in the bin.",
                f"Move the {t} off the {c}. Not onto the table, please. Into the bin.",
            ]
        )
        return text, _done(Rel("in_bin", t))
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Move the {b}. Not into the bin, though. To {_spot(p)}.",
            f"Pick up the {b}. Don't bin it. It goes in {_spot(p)}.",
        ]
    )
    return text, _done(Rel("at", b, p))


def t91_neg_then(w: World) -> Made:
    bs = w.clear_blocks()
    if len(bs) < 2:
        return None
    a, b = w.rng.sample(bs, 2)
    bowls = _bowls_for(w, a)
    if not bowls or w.state.base(b) in w.bowls:
        return None
    bowl = w.rng.choice(bowls)
    if w.rng.random() < 0.5:
        p = w.rng.choice(list(PLACES))
        text = w.rng.choice(
            [
                f"First put the {a} in the {bowl}. Then move the {b} to {_spot(p)}, not the bowl.",
                f"Put the {a} in the {bowl}. After that, the {b} goes to {_spot(p)}. Not in the bowl.",
            ]
        )
        return text, _done(Rel("in", a, bowl), Rel("at", b, p))
    text = w.rng.choice(
        [
            f"Put the {a} in the {bowl}. Then the {b}, but not in the bowl. It goes in the bin.",
            f"First the {a} goes in the {bowl}. Then put the {b} in the bin, not in the bowl.",
        ]
    )
    return text, _done(Rel("in", a, bowl), Rel("in_bin", b))


def t91_neg_see(w: World) -> Made:
    inside = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if inside and w.rng.random() < 0.7:
        b = w.rng.choice(inside)
        bowl = w.state.base(b)
        if w.rng.random() < 0.5:
            text = w.rng.choice(
                [
                    f"See the {b}? It shouldn't be in the {bowl}. Take it out.",
                    f"See the {b} in the {bowl}? It doesn't belong there. Get it out of the bowl.",
                ]
            )
            return text, _done(_out_of(b, bowl))
        text = w.rng.choice(
            [
                f"See the {b} in the {bowl}? It shouldn't be there. Put it on the table.",
                f"You see the {b}? It's not supposed to be in the {bowl}. Take it out and set it on the table.",
            ]
        )
        return text, _done(Rel("on_table", b))
    bowl = w.rng.choice(w.bowls)
    bs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not bs:
        return None
    b = w.rng.choice(bs)
    text = w.rng.choice(
        [
            f"See the {bowl}? Don't put anything in it. Just put the {b} in the bin.",
            f"You see the {bowl}? Nothing goes in there. Put the {b} in the bin.",
        ]
    )
    return text, _done(_nothing_added(bowl), Rel("in_bin", b))


def t91_neg_cond(w: World) -> Made:
    covered = [c for c in w.blocks if not w.state.is_clear(c) and w.state.base(c) != BIN]
    if not covered:
        return None
    c = w.rng.choice(covered)
    above = w.state.above(c)
    it = "it" if len(above) == 1 else "them"
    text = w.rng.choice(
        [
            f"Is anything sitting on the {c}? If so, get {it} off, but not into the bin.",
            f"Is the {c} clear? If not, clear it off. Don't use the bin, though.",
            f"Anything on top of the {c}? If there is, take {it} off. Not into the bin.",
        ]
    )
    return text, _done(Rel("clear", c), none_binned(above))


# ----- relative --------------------------------------------------------------------------------------
def t91_rel_point(w: World) -> Made:
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    pairs = [(t, c) for t, c in w.pairs() if w.state.is_clear(t)]
    if singles and (not pairs or w.rng.random() < 0.5):
        bowl = w.rng.choice(singles)
        b = w.state.in_bowl(bowl)[0]
        text = w.rng.choice(
            [
                f"The block that's in the {bowl}. Put it in the bin.",
                f"That block which is sitting in the {bowl}. Throw it in the bin.",
            ]
        )
        return text, _done(Rel("in_bin", b))
    if not pairs:
        return None
    t, c = w.rng.choice(pairs)
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"The block that's sitting on the {c}. Move it to {_spot(p)}.",
            f"The block resting on the {c}. Put it in {_spot(p)}.",
        ]
    )
    return text, _done(Rel("at", t, p))


def t91_rel_correct(w: World) -> Made:
    pairs = [(t, c) for t, c in w.pairs() if w.state.is_clear(t) and _bowls_for(w, t)]
    empties = [x for x in w.bowls if not w.state.in_bowl(x)]
    used = [x for x in w.bowls if w.state.in_bowl(x)]
    if len(empties) == 1 and used and w.rng.random() < 0.4:
        bowl = empties[0]
        old = w.rng.choice(used)
        x = w.rng.choice(w.state.in_bowl(old))
        bs = [b for b in w.clear_blocks() if w.state.base(b) != old]
        if bs:
            b = w.rng.choice(bs)
            text = w.rng.choice(
                [
                    f"Move the {b} into the bowl that has the {x} in it. Actually, the bowl that's empty.",
                    f"Put the {b} in the bowl that the {x} is in. Sorry, I meant the one that has nothing in it.",
                ]
            )
            return text, _done(Rel("in", b, bowl))
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if singles and (not pairs or w.rng.random() < 0.4):
        old = w.rng.choice(singles)
        b = w.state.in_bowl(old)[0]
        p = w.rng.choice(list(PLACES))
        text = w.rng.choice(
            [
                f"Put the block that's in the {old} in the bin. Actually, no. Put it in {_spot(p)}.",
                f"Move the block that's sitting in the {old} to the bin. Sorry, I meant to {_spot(p)}.",
            ]
        )
        return text, _done(Rel("at", b, p))
    if not pairs:
        return None
    t, c = w.rng.choice(pairs)
    bowl = w.rng.choice(_bowls_for(w, t))
    text = w.rng.choice(
        [
            f"Take the block that's on top of the {c} and put it in the bin. No, wait, put it in the {bowl}.",
            f"Put the block that's sitting on the {c} in the bin. Actually, in the {bowl}.",
        ]
    )
    return text, _done(Rel("in", t, bowl))


def t91_rel_detail(w: World) -> Made:
    pairs = [(t, u) for t, u in w.pairs() if _bowls_for(w, u)]
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if pairs and (not singles or w.rng.random() < 0.6):
        t, u = w.rng.choice(pairs)
        bowl = w.rng.choice(_bowls_for(w, u))
        text = w.rng.choice(
            [
                f"Take the block that the {t} is sitting on. It needs to go in the {bowl}.",
                f"Grab the block that's under the {t}. Put that one in the {bowl}.",
            ]
        )
        return text, _done(Rel("in", u, bowl))
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    b = w.state.in_bowl(bowl)[0]
    bases = _bases(w, exclude=(b,))
    if not w.state.is_clear(b) or not bases:
        return None
    c = w.rng.choice(bases)
    text = w.rng.choice(
        [
            f"Pick up the block that's in the {bowl}. It goes on the {c}.",
            f"Take the block which is in the {bowl}. Stack it on the {c}.",
        ]
    )
    return text, _done(Rel("on", b, c))


def t91_rel_then(w: World) -> Made:
    pairs = [(t, u) for t, u in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Put the {t} in the bin. Then put the block that was under it in the bin too.",
                f"Bin the {t}. After that, the block it was sitting on goes in the bin as well.",
            ]
        )
        return text, _done(binned([t, u]))
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Move the {t} to {_spot(p)}. Then put the block that was under it on top of it.",
            f"Put the {t} in {_spot(p)}. After that, the block it was sitting on goes on top of it.",
        ]
    )
    return text, _done(Rel("at", t, p), Rel("on", u, t))


def t91_rel_see(w: World) -> Made:
    used = [x for x in w.bowls if w.state.in_bowl(x) and _room(w, x) >= 1]
    if used and w.rng.random() < 0.6:
        bowl = w.rng.choice(used)
        x = w.rng.choice(w.state.in_bowl(bowl))
        bs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
        if bs:
            c = w.rng.choice(bs)
            text = w.rng.choice(
                [
                    f"See the bowl that has the {x} in it? Put the {c} in there too.",
                    f"You see the bowl the {x} is sitting in? The {c} goes in that bowl as well, please.",
                ]
            )
            return text, _done(Rel("in", c, bowl))
    pairs = [(t, c) for t, c in w.pairs() if w.state.is_clear(t) and _bowls_for(w, t)]
    if not pairs:
        return None
    t, c = w.rng.choice(pairs)
    bowl = w.rng.choice(_bowls_for(w, t))
    text = w.rng.choice(
        [
            f"See the block that's on the {c}? Put it in the {bowl}.",
            f"You see the block sitting on top of the {c}? Move it into the {bowl}.",
        ]
    )
    return text, _done(Rel("in", t, bowl))


def t91_rel_cond(w: World) -> Made:
    cands = [c for c in w.blocks if w.state.base(c) != BIN]
    c = w.rng.choice(cands)
    up = w.state.on_top(c)
    if up and not w.state.is_clear(up[0]):
        return None
    text = w.rng.choice(
        [
            (
                f"Is there a block sitting on the {c}? If there is, move the block that's on it to the bin. "
                f"If not, put the {c} itself in the bin."
            ),
            f"Is anything stacked on the {c}? If so, put the block that's on it in the bin. If not, bin the {c}.",
        ]
    )
    return text, _done(Rel("in_bin", up[0] if up else c))


# ----- keep ------------------------------------------------------------------------------------------
def t91_keep_point(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs or len(w.blocks) < 2:
        return None
    b = w.rng.choice(bs)
    k = w.rng.choice([x for x in w.blocks if x != b])
    bowls = _bowls_for(w, b)
    if bowls and w.rng.random() < 0.5:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"The {k}. Don't move it. Just put the {b} in the {bowl}.",
                f"That {k}. Keep it where it is. The {b} goes in the {bowl}.",
            ]
        )
        return text, _done(Rel("in", b, bowl), kept(k))
    text = w.rng.choice(
        [
            f"The {k}. Leave it where it is. Put the {b} in the bin.",
            f"That {k} stays put. Bin the {b}.",
        ]
    )
    return text, _done(Rel("in_bin", b), kept(k))


def t91_keep_correct(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    bs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if len(bs) < 2 or _room(w, bowl) < 2:
        return None
    a, b = w.rng.sample(bs, 2)
    text = w.rng.choice(
        [
            f"Put the {a} and the {b} in the {bowl}. Actually, keep the {b} where it is. Just the {a}.",
            f"Move the {a} and the {b} into the {bowl}. Wait, leave the {b} alone. Only the {a}.",
            f"The {a} and the {b} go in the {bowl}. Sorry, no, the {b} stays where it is.",
        ]
    )
    return text, _done(Rel("in", a, bowl), kept(b))


def t91_keep_detail(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    bases = _bases(w, exclude=(b,))
    if bases and w.rng.random() < 0.5:
        c = w.rng.choice(bases)
        rest = [x for x in w.blocks if x not in (b, c)]
        if rest:
            d = w.rng.choice(rest)
            text = w.rng.choice(
                [
                    f"Stack the {b} on the {c}. Keep the {d} where it is, though.",
                    f"Put the {b} on top of the {c}. And don't move the {d}.",
                ]
            )
            return text, _done(Rel("on", b, c), kept(d))
    bowls = _bowls_for(w, b)
    rest = [x for x in w.blocks if x != b]
    if not bowls or not rest:
        return None
    bowl = w.rng.choice(bowls)
    d = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"Put the {b} in the {bowl}. Leave the {d} alone while you're at it.",
            f"Move the {b} into the {bowl}. The {d} stays where it is.",
        ]
    )
    return text, _done(Rel("in", b, bowl), kept(d))


def t91_keep_then(w: World) -> Made:
    bs = w.clear_blocks()
    if len(bs) < 2:
        return None
    a, b = w.rng.sample(bs, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"Move the {a} to {_spot(p)}. Then the {b} to the same spot. Leave everything else alone.",
            f"First put the {a} in {_spot(p)}. Then put the {b} there too. Don't touch any other block.",
        ]
    )
    return text, _done(Rel("at", a, p), Rel("at", b, p), kept(*rest))


def t91_keep_see(w: World) -> Made:
    bs = w.clear_blocks()
    if not bs:
        return None
    b = w.rng.choice(bs)
    bases = _bases(w, exclude=(b,))
    if not bases:
        return None
    c = w.rng.choice(bases)
    text = w.rng.choice(
        [
            f"See the {c}? Don't let it move. Put the {b} on it.",
            f"See the {c}? Keep it right where it is and stack the {b} on top.",
            f"You see the {c}? It stays where it is. Put the {_one(b)} on top of it.",
        ]
    )
    return text, _done(Rel("on", b, c), kept(c))


def t91_keep_cond(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    home = w.state.base(b)
    bowls = [x for x in w.bowls if x != home and _room(w, x) >= 1]
    others = [c for c in w.clear_blocks() if c != b]
    if not bowls or not others:
        return None
    bowl, c = w.rng.choice(bowls), w.rng.choice(others)
    if home in w.bowls:
        goal = both(kept(b), binned([c]))
    elif w.state.is_clear(b):
        goal = rels(Rel("in", b, bowl))
    else:
        return None
    text = w.rng.choice(
        [
            f"Is the {b} in a bowl? If it is, leave it there and just bin the {c}. If it isn't, put it in the {bowl}.",
            (
                f"Is the {b} sitting in a bowl? If so, keep it there and put the {c} in the bin. "
                f"If not, move it into the {bowl}."
            ),
        ]
    )
    return text, _done(goal)


# ----- multi-step ------------------------------------------------------------------------------------
def t91_multi_point(w: World) -> Made:
    bs = w.clear_blocks()
    if len(bs) < 2:
        return None
    a, b = w.rng.sample(bs, 2)
    bowls = _bowls_for(w, a, need=2)
    if bowls and w.rng.random() < 0.5:
        bowl = w.rng.choice(bowls)
        text = w.rng.choice(
            [
                f"The {a}. Put it in the {bowl}. Then the {b} goes on top of it.",
                f"That {a}. Drop it in the {bowl}, then stack the {_one(b)} on it.",
            ]
        )
        return text, _done(Rel("in", a, bowl), Rel("on", b, a))
    p = w.rng.choice(list(PLACES))
    text = w.rng.choice(
        [
            f"The {a} and the {b}. The {_one(a)} goes in the bin, the {_one(b)} in {_spot(p)}.",
            f"Those two, the {a} and the {b}. Bin the first and put the second in {_spot(p)}.",
        ]
    )
    return text, _done(Rel("in_bin", a), Rel("at", b, p))


def t91_multi_correct(w: World) -> Made:
    bs = w.clear_blocks()
    if len(bs) < 2:
        return None
    a, b = w.rng.sample(bs, 2)
    bowls = [x for x in _bowls_for(w, a) if w.state.base(b) != x]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"Put the {a} in the bin, then the {b} in the {bowl}. Sorry, the other way round.",
            (
                f"Put the {a} in the bin and the {b} in the {bowl}. No wait, swap them: "
                f"the {b} in the bin, the {a} in the {bowl}."
            ),
            f"Bin the {a} and put the {b} in the {bowl}. Actually, it's the other way around.",
        ]
    )
    return text, _done(Rel("in_bin", b), Rel("in", a, bowl))


def t91_multi_detail(w: World) -> Made:
    loose = _loose(w)
    if not loose:
        return None
    a = w.rng.choice(loose)
    rest = [x for x in w.clear_blocks() if x != a]
    if len(rest) < 2:
        return None
    b, c = w.rng.sample(rest, 2)
    text = w.rng.choice(
        [
            f"Make a tower of the {a}, the {b} and the {c}. The {_one(a)} at the bottom, the {_one(c)} on top.",
            f"Build a stack from the {a}, {b} and {c}. Start with the {a}, then the {b}, then the {c}.",
            f"Stack the {b} and the {c} on the {a}. The {_one(b)} in the middle, the {_one(c)} on top.",
        ]
    )
    return text, _done(Rel("on", b, a), Rel("on", c, b), _not_on_block(a))


def t91_multi_then(w: World) -> Made:
    pairs = [(t, c) for t, c in w.pairs() if w.state.is_clear(t) and _bowls_for(w, c)]
    if not pairs:
        return None
    t, c = w.rng.choice(pairs)
    bowl = w.rng.choice(_bowls_for(w, c))
    text = w.rng.choice(
        [
            f"Take the {t} off the {c}. Then put the {c} in the {bowl}.",
            f"Lift the {t} off the {c} first. After that, move the {_one(c)} into the {bowl}.",
        ]
    )
    return text, _done(Rel("in", c, bowl))


def t91_multi_see(w: World) -> Made:
    bs = w.clear_blocks()
    if len(bs) < 2:
        return None
    a, b = w.rng.sample(bs, 2)
    bowls = _bowls_for(w, a)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"See the {bowl}? Put the {a} in it, and then the {b} in the bin.",
            f"See that {bowl}? The {a} goes in there. After that, bin the {b}.",
            f"You see the {bowl}? Drop the {a} into it. Then throw the {b} in the bin.",
        ]
    )
    return text, _done(Rel("in", a, bowl), Rel("in_bin", b))


def t91_multi_cond(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    bs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if len(bs) < 2:
        return None
    a, b = w.rng.sample(bs, 2)
    is_empty = not w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"Is the {bowl} empty? If so, put the {a} and the {b} in it. If not, put them both in the bin.",
            f"Is there anything in the {bowl}? If not, the {a} and the {b} go in it. If there is, bin them both.",
        ]
    )
    goal = rels(Rel("in", a, bowl), Rel("in", b, bowl)) if is_empty else binned([a, b])
    return text, _done(goal)


# ----- question --------------------------------------------------------------------------------------
def t91_q_point(w: World) -> Made:
    if w.rng.random() < 0.6:
        bowl = w.rng.choice(w.bowls)
        full = bool(w.state.in_bowl(bowl))
        if w.rng.random() < 0.5:
            text = w.rng.choice([f"The {bowl}. Anything in it?", f"That {bowl} over there. Is there anything in it?"])
            return text, answered(yes(full))
        text = w.rng.choice([f"The {bowl}. Is it empty?", f"That {bowl}. Is it empty right now?"])
        return text, answered(yes(not full))
    b = w.rng.choice([x for x in w.blocks if w.state.base(x) != BIN])
    text = w.rng.choice([f"The {b}. Is there anything on top of it?", f"That {b}. Is anything stacked on it?"])
    return text, answered(yes(not w.state.is_clear(b)))


def t91_q_correct(w: World) -> Made:
    if len(w.bowls) >= 2 and w.rng.random() < 0.6:
        old, new = w.rng.sample(w.bowls, 2)
        text = w.rng.choice(
            [
                f"How many blocks are in the {old}? Sorry, I meant the {new}.",
                f"How many blocks does the {old} have in it? No wait, the {new}.",
            ]
        )
        return text, answered(str(len(w.state.in_bowl(new))))
    if len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    old, new = w.rng.sample(w.blocks, 2)
    text = w.rng.choice(
        [
            f"Is the {old} in the {bowl}? No wait, I mean the {new}.",
            f"Is the {old} inside the {bowl}? Sorry, I meant the {new}. Is that one in it?",
        ]
    )
    return text, answered(yes(w.state.base(new) == bowl))


def t91_q_detail(w: World) -> Made:
    if w.rng.random() < 0.6:
        b = w.rng.choice(w.blocks)
        s = w.state.support[b]
        if s in PLACES or s == BIN:
            return None
        answer = "table" if s == TABLE else s
        text = w.rng.choice(
            [
                f"What's the {b} sitting on? I mean what's directly under it.",
                f"Tell me what's under the {b}. Just the thing right below it.",
            ]
        )
        return text, answered(answer)
    text = w.rng.choice(
        [
            "How many blocks are on the table? Count the ones in towers too, but not the ones in bowls.",
            "How many blocks are on the table? Stacked ones count, the ones in bowls don't.",
        ]
    )
    return text, answered(str(len(_grounded(w))))


def t91_q_then(w: World) -> Made:
    if w.rng.random() < 0.6:
        bowl = w.rng.choice(w.bowls)
        text = w.rng.choice(
            [
                f"Look at the {bowl} first. Then tell me how many blocks are in it.",
                f"Check the {bowl}. Then tell me how many blocks it has in it.",
            ]
        )
        return text, answered(str(len(w.state.in_bowl(bowl))))
    b = w.rng.choice(w.blocks)
    text = w.rng.choice(
        [
            f"Check the {b}. Then tell me if anything is stacked on it.",
            f"Look at the {b} first. Then tell me: is there a block on top of it?",
        ]
    )
    return text, answered(yes(not w.state.is_clear(b)))


def t91_q_see(w: World) -> Made:
    tops = _tops(w)
    if len(tops) == 1 and w.rng.random() < 0.7:
        t = tops[0]
        if w.rng.random() < 0.5:
            text = w.rng.choice(
                ["See the tower? Which block is on top?", "You see that stack? Which block is at the top?"]
            )
            return text, answered(t)
        bottom = _below(w, t)[-1]
        text = w.rng.choice(
            [
                "See the tower? Which block is at the bottom of it?",
                "You see the stack of blocks? What's the bottom block?",
            ]
        )
        return text, answered(bottom)
    b = w.rng.choice(w.blocks)
    text = w.rng.choice([f"See the {b}? Is it in a bowl?", f"You see the {b}? Is it sitting in one of the bowls?"])
    return text, answered(yes(w.state.base(b) in w.bowls))


def t91_q_cond(w: World) -> Made:
    if w.rng.random() < 0.5:
        b = w.rng.choice(w.blocks)
        base = w.state.base(b)
        text = w.rng.choice(
            [f"Is the {b} in a bowl? If so, which one?", f"Is the {b} in a bowl? If it is, which bowl?"]
        )
        return text, answered(base if base in w.bowls else "No")
    c = w.rng.choice(w.blocks)
    up = w.state.on_top(c)
    text = w.rng.choice(
        [
            f"Is there a block on the {c}? If so, which one?",
            f"Is anything sitting on the {c}? If there is, what is it?",
        ]
    )
    return text, answered(up[0] if up else "No")


# ----- matching --------------------------------------------------------------------------------------
def _unmatched(w: World) -> list[Rel]:
    """Matching goals not yet true whose bowl has room."""
    return [r for r in matching(w) if w.state.base(r.block) != r.target and _room(w, r.target) >= 1]


def t91_match_point(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    text = w.rng.choice(
        [
            f"The {r.block}. Put it in the bowl that's the same colour.",
            f"That {r.block}. It goes in the bowl that matches it.",
            f"The {r.block}. Put it in the bowl of its own colour, please.",
        ]
    )
    return text, _done(rels(r))


def t91_match_correct(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    others = [x for x in w.bowls if x != r.target]
    if others and w.rng.random() < 0.5:
        old = w.rng.choice(others)
        text = w.rng.choice(
            [
                f"Put the {r.block} in the {old}. Actually, put it in the bowl that matches its colour.",
                f"Put the {r.block} in the {old}. No, sorry, the bowl that's the same colour as it.",
            ]
        )
        return text, _done(rels(r))
    text = w.rng.choice(
        [
            f"Put the {r.block} in the bin. Wait, no. In the bowl of its own colour.",
            f"Throw the {r.block} in the bin. Actually, put it in the matching bowl instead.",
        ]
    )
    return text, _done(rels(r))


def t91_match_detail(w: World) -> Made:
    goals = matching(w)
    todo = [r for r in goals if w.state.base(r.block) != r.target]
    if not todo or any(_room(w, r.target) < 1 for r in todo):
        return None
    text = w.rng.choice(
        [
            "Sort the blocks into the bowls. Each block goes in the bowl of its own colour, if there is one.",
            "Put the blocks in the bowls by colour. A block goes in the bowl that matches it; the others can be anywhere.",
            "Match the blocks to the bowls. Any block that has a bowl of the same colour goes in that bowl.",
        ]
    )
    return text, _done(rels(*goals))


def t91_match_then(w: World) -> Made:
    todo = [r for r in _unmatched(w) if _room(w, r.target) >= 2]
    if not todo:
        return None
    r = w.rng.choice(todo)
    rest = [x for x in w.clear_blocks() if x != r.block]
    if not rest:
        return None
    c = w.rng.choice(rest)
    text = w.rng.choice(
        [
            f"Put the {r.block} in the bowl of the same colour. Then put the {c} on top of it.",
            f"First, the {r.block} goes in its matching bowl. Then stack the {_one(c)} on it.",
        ]
    )
    return text, _done(rels(r, Rel("on", c, r.block)))


def t91_match_see(w: World) -> Made:
    todo = _unmatched(w)
    if not todo:
        return None
    r = w.rng.choice(todo)
    text = w.rng.choice(
        [
            f"See the {r.target}? Put the block of the same colour in it.",
            f"You see the {r.target}? The block that matches it goes in there.",
            f"See that {r.target}? Find the block with the same colour and put it in.",
        ]
    )
    return text, _done(rels(r))


def t91_match_cond(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    col = w.colour(bowl)
    art = "an" if col[0] in "aeiou" else "a"
    match = [b for b in w.blocks if w.colour(b) == col]
    if match:
        b = match[0]
        if w.state.base(b) == bowl or _room(w, bowl) < 1:
            return None
        goal = Rel("in", b, bowl)
        others = [x for x in w.clear_blocks() if x != b]
        other = w.rng.choice(others) if others else None
    else:
        cands = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
        if not cands or _room(w, bowl) < 1:
            return None
        other = w.rng.choice(cands)
        goal = Rel("in", other, bowl)
    if other is None:
        return None
    text = w.rng.choice(
        [
            f"Is there a block the same colour as the {bowl}? If so, put it in there. If not, put the {other} in it.",
            f"Is there {art} {col} block? If there is, put it in the {bowl}. Otherwise put the {other} in that bowl.",
        ]
    )
    return text, _done(rels(goal))


_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("point", "correct", "detail", "then", "see", "cond")
FRESH91: list[Template] = [
    (f"t91_{short}_{style}", category, globals()[f"t91_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
