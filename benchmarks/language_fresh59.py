"""`FRESH59`, the sixtieth untuned batch: sixty language templates, six per category, in the voices of ordinary people.

Theme: no special theme. Everyday people at home, in an office, a classroom or a lab ask the robot for things the way
they would naturally say them. Six personas (styles), one template each per category:

- `parent`: a busy parent, hurried and short ("Quick, pop the red block in the blue bowl for me.");
- `retiree`: a retiree new to robots, polite and a little long-winded ("Would you be so kind as to ...");
- `teen`: a teenager typing in lowercase, casual ("just chuck the red block in the bin pls");
- `teacher`: a teacher talking to a class while showing the robot ("Alright, let's ...", "Step one: ...");
- `office`: an office manager, businesslike ("Please ensure ...", "at your earliest convenience");
- `visitor`: a curious visitor to a lab, tentative and chatty ("Out of curiosity ...", "Could you show me ...").

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
scene, the relations and the checks of `benchmarks.planner_language` were read.

Its first run (300 instructions, seed 0, on 183a678, after every fix before it and before anything it could prompt):
0.833 goal-correct (250 of 300), 50 refused, 0 asked, 0 wrong.
"""

from __future__ import annotations

from collections.abc import Callable

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    count_in,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

_CAP = layout.BOWL_CAPACITY
_TIE = 0.03
_PLACE_TEXT = {
    "top left corner": "the top left corner",
    "top right corner": "the top right corner",
    "bottom left corner": "the bottom left corner",
    "bottom right corner": "the bottom right corner",
    "middle": "the middle of the table",
}


# ----- helpers ---------------------------------------------------------------------------------------
def _act(w: World, text: str, check: Check) -> Made:
    """The instruction, unless its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _place(w: World) -> str:
    return w.pick(list(PLACES))[0]


def _where(place: str) -> str:
    return _PLACE_TEXT.get(place, f"the {place}")


def _on_table(w: World) -> list[str]:
    """Blocks whose tower stands on the table (or a named place on it)."""
    return [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES)]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= _CAP


def _level(w: World, block: str) -> int:
    """How many blocks high `block` sits in its tower (1 for a block on the table)."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _tower(w: World, block: str) -> set[str]:
    """Every block in the tower holding `block`."""
    bottom = block
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    return {bottom, *w.state.above(bottom)}


def _stack_pairs(w: World) -> list[tuple[str, str]]:
    """(a, b): putting block a on block b is sensible: different towers, b on the table and clear, room to grow."""
    out = []
    for a in w.blocks:
        for b in w.blocks:
            if a == b or b in _tower(w, a) or w.state.base(b) not in (TABLE, *PLACES):
                continue
            if w.state.is_clear(b) and _level(w, b) + 1 <= layout.MAX_TOWER:
                out.append((a, b))
    return out


def _unique_extreme(
    w: World, items: list[str], key: Callable[[str], float], largest: bool = False
) -> str | None:
    """The item with the smallest (largest) key, when the runner-up is not within `_TIE`."""
    if not items:
        return None
    ranked = sorted(items, key=key, reverse=largest)
    if len(ranked) > 1 and abs(key(ranked[0]) - key(ranked[1])) < _TIE:
        return None
    return ranked[0]


def _matching_fits(w: World, goal: list[Rel]) -> bool:
    """Whether every bowl has room for the matching blocks that would come into it."""
    moving = {r.block for r in goal}
    for bowl in w.bowls:
        staying = [
            b
            for b in w.state.in_bowl(bowl)
            if b not in moving or w.colour(b) == w.colour(bowl)
        ]
        incoming = [
            r.block for r in goal if r.target == bowl and w.state.base(r.block) != bowl
        ]
        if len(staying) + len(incoming) > _CAP:
            return False
    return True


def _where_answer(w: World, block: str) -> str:
    s = w.state.support[block]
    if s in w.state.bowls:
        return f"{w.colour(s)}|bowl"
    if s in w.state.support:
        return f"{w.colour(s)}|block"
    if s in PLACES:
        return s
    return "table"


# ----- imperative ------------------------------------------------------------------------------------
def n59_imp_parent(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if _room(w, o)])
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    return _act(
        w, f"Quick, pop the {a} in the {bowl} for me.", rels(Rel("in", a, bowl))
    )


def n59_imp_retiree(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _act(
        w,
        f"Would you be so kind as to place the {a} on top of the {b}, please?",
        rels(Rel("on", a, b)),
    )


def n59_imp_teen(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if w.state.base(b) != BIN])
    if a is None:
        return None
    return _act(w, f"just chuck the {a} in the bin pls", binned([a]))


def n59_imp_teacher(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    place = _place(w)
    return _act(
        w,
        f"Alright, robot, let's move the {a} over to {_where(place)}.",
        rels(Rel("at", a, place)),
    )


def n59_imp_office(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    bowl = w.state.base(a)
    return _act(
        w,
        f"Please remove the {a} from the {bowl} and set it on the table.",
        rels(Rel("on_table", a)),
    )


def n59_imp_visitor(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _act(
        w, f"Go on, let's see you stack the {a} onto the {b}.", rels(Rel("on", a, b))
    )


# ----- declarative -----------------------------------------------------------------------------------
def n59_dec_parent(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if _room(w, o)])
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    return _act(w, f"The {a} goes in the {bowl}.", rels(Rel("in", a, bowl)))


def n59_dec_retiree(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    return _act(
        w,
        f"I'm afraid that {a} belongs in the bin now; we shan't be needing it.",
        binned([a]),
    )


def n59_dec_teen(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _act(w, f"ok so the {a} is supposed to be on the {b}", rels(Rel("on", a, b)))


def n59_dec_teacher(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    place = _place(w)
    return _act(
        w,
        f"Remember, everyone: the {a} lives in {_where(place)}.",
        rels(Rel("at", a, place)),
    )


def n59_dec_office(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    bowl = w.state.base(a)
    return _act(
        w,
        f"The {a} should be on the table, not in the {bowl}.",
        rels(Rel("on_table", a)),
    )


def n59_dec_visitor(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o) and _room(w, o)])
    if bowl is None:
        return None
    other = w.pick(w.state.in_bowl(bowl))[0]
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    text = f"I think the {a} is meant to be in the {bowl}, together with the {other}."
    return _act(w, text, rels(Rel("in", a, bowl)))


# ----- desiderative ----------------------------------------------------------------------------------
def n59_des_parent(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    return _act(
        w, f"I just want the {a} out of the way. In the bin, please.", binned([a])
    )


def n59_des_retiree(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _act(
        w,
        f"I would very much like the {a} to be resting on the {b}.",
        rels(Rel("on", a, b)),
    )


def n59_des_teen(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    place = _place(w)
    return _act(w, f"i want the {a} over in the {place} tbh", rels(Rel("at", a, place)))


def n59_des_teacher(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if _room(w, o)])
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    return _act(
        w,
        f"What I'd love to see now is the {a} sitting in the {bowl}.",
        rels(Rel("in", a, bowl)),
    )


def n59_des_office(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    a, b = pair[0]
    return _act(
        w,
        f"I'd prefer the {a} on the table rather than stacked on the {b}.",
        rels(Rel("on_table", a)),
    )


def n59_des_visitor(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _act(
        w,
        f"Ooh, I'd be curious to see the {a} stacked up on the {b}.",
        rels(Rel("on", a, b)),
    )


# ----- quantified ------------------------------------------------------------------------------------
def n59_qua_parent(w: World) -> Made:
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    return _act(w, "Honestly, just throw all the blocks in the bin.", binned(w.blocks))


def n59_qua_retiree(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if _room(w, o, 2)])
    if bowl is None:
        return None
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(outside) < 2:
        return None
    before = len(w.state.in_bowl(bowl))
    text = f"Could you put two of the blocks into the {bowl}? Any two will do, dear."
    return _act(w, text, count_in(bowl, before + 2))


def n59_qua_teen(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    empty_bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    spare = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if not empty_bowls or len(spare) < len(empty_bowls):
        return None
    bowls = w.bowls
    check: Check = lambda _i, f: all(f.in_bowl(o) for o in bowls)
    return _act(w, "ok can you make sure every bowl has a block in it", check)


def n59_qua_teacher(w: World) -> Made:
    loose = _on_table(w)
    if not loose:
        return None
    bowl = _one(w, [o for o in w.bowls if _room(w, o, len(loose))])
    if bowl is None:
        return None
    text = f"Let's put all of the blocks that are on the table into the {bowl}."
    return _act(w, text, rels(*(Rel("in", b, bowl) for b in loose)))


def n59_qua_office(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    bowl = _one(w, [o for o in w.bowls if len(w.state.in_bowl(o)) != 3])
    if bowl is None:
        return None
    return _act(
        w, f"Please ensure the {bowl} holds exactly three blocks.", count_in(bowl, 3)
    )


def n59_qua_visitor(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _act(
        w,
        "Could every block that's sitting in a bowl go into the bin instead?",
        binned(inside),
    )


# ----- negated ---------------------------------------------------------------------------------------
def n59_neg_parent(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    others = [b for b in w.blocks if b != a]
    if not others or len(others) > len(layout.BIN_SLOTS):
        return None
    text = f"Stick all the blocks except the {a} in the bin."
    return _act(w, text, both(binned(others), none_binned([a])))


def n59_neg_retiree(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.pick(w.bowls)[0]
    others = [o for o in w.bowls if o != bowl]
    if not any(_room(w, o) for o in others):
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) not in others])
    if a is None:
        return None
    check: Check = lambda _i, f: f.base(a) in others
    text = f"Would you put the {a} into one of the bowls? Not the {bowl}, though, if you don't mind."
    return _act(w, text, check)


def n59_neg_teen(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    bowl = w.state.base(a)
    return _act(
        w,
        f"ugh the {a} isn't supposed to be in the {bowl}, fix it",
        rels(Rel("in", a, bowl, negated=True)),
    )


def n59_neg_teacher(w: World) -> Made:
    inside, outside = w.in_bowls(), _on_table(w)
    if not inside or not outside or len(outside) > len(layout.BIN_SLOTS):
        return None
    text = "Place every block that isn't already in a bowl into the bin."
    return _act(w, text, both(binned(outside), none_binned(inside)))


def n59_neg_office(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if _room(w, o)])
    if bowl is None:
        return None
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    text = f"Please don't throw the {a} away; put it in the {bowl} instead."
    return _act(w, text, both(rels(Rel("in", a, bowl)), none_binned([a])))


def n59_neg_visitor(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    a, b = pair[0]
    text = f"Would it be possible to move the {a} so it's no longer on the {b}?"
    return _act(w, text, rels(Rel("on", a, b, negated=True)))


# ----- relative --------------------------------------------------------------------------------------
def n59_rel_parent(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    a = _unique_extreme(w, cands, lambda b: w.dist(b, bowl))
    if a is None:
        return None
    return _act(
        w,
        f"Grab whichever block is nearest the {bowl} and put it in the bin.",
        binned([a]),
    )


def n59_rel_retiree(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    place = _place(w)
    text = f"The block that's sitting on top of the {below}: could you set it down in {_where(place)}?"
    return _act(w, text, rels(Rel("at", top, place)))


def n59_rel_teen(w: World) -> Made:
    a = _unique_extreme(w, w.blocks, w.y)
    if a is None:
        return None
    return _act(
        w, "yo move the leftmost block into the middle", rels(Rel("at", a, "middle"))
    )


def n59_rel_teacher(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if len(w.state.in_bowl(o)) == 1])
    if bowl is None:
        return None
    a = w.state.in_bowl(bowl)[0]
    return _act(
        w,
        f"Take the block that's in the {bowl} and put it on the table.",
        rels(Rel("on_table", a)),
    )


def n59_rel_office(w: World) -> Made:
    a = _unique_extreme(w, w.blocks, w.y, largest=True)
    if a is None:
        return None
    bowl = _one(w, [o for o in w.bowls if _room(w, o) and w.state.base(a) != o])
    if bowl is None:
        return None
    return _act(
        w,
        f"Please move the right-most block into the {bowl}.",
        rels(Rel("in", a, bowl)),
    )


def n59_rel_visitor(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    bowl = _one(w, [o for o in w.bowls if _room(w, o) and w.state.base(below) != o])
    if bowl is None:
        return None
    text = (
        f"See the block the {top} is sitting on? Could you put that one in the {bowl}?"
    )
    return _act(w, text, rels(Rel("in", below, bowl)))


# ----- keep ------------------------------------------------------------------------------------------
def n59_keep_parent(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    b = _one(w, [x for x in w.blocks if x != a and x not in w.state.above(a)])
    if b is None:
        return None
    text = f"Put the {a} in the bin, but leave the {b} be."
    return _act(w, text, both(binned([a]), kept(b)))


def n59_keep_retiree(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    b, c = w.pick(pairs)[0]
    a = _one(w, [x for x in w.blocks if x not in (b, c) and x not in w.state.above(b)])
    if a is None:
        return None
    text = f"Please don't disturb the {a}; I only want the {b} moved onto the {c}."
    return _act(w, text, both(rels(Rel("on", b, c)), kept(a)))


def n59_keep_teen(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    a = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if a is None:
        return None
    text = f"keep whatever's in the {bowl} where it is and chuck the {a} in the bin"
    return _act(w, text, both(binned([a]), kept(*inside)))


def n59_keep_teacher(w: World) -> Made:
    bottoms = [
        b
        for b in w.blocks
        if w.state.support[b] not in w.state.support and not w.state.is_clear(b)
    ]
    if len(bottoms) != 1:
        return None
    tower = _tower(w, bottoms[0])
    a = _one(w, [b for b in w.blocks if b not in tower])
    if a is None:
        return None
    place = _place(w)
    text = f"Keep the tower exactly as it is, and move the {a} to {_where(place)}."
    return _act(w, text, both(rels(Rel("at", a, place)), kept(*tower)))


def n59_keep_office(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    bowl = _one(w, [o for o in w.bowls if _room(w, o)])
    if bowl is None:
        return None
    a = _one(w, _on_table(w))
    if a is None:
        return None
    text = f"Leave everything that's already in the bowls untouched; just put the {a} in the {bowl}."
    return _act(w, text, both(rels(Rel("in", a, bowl)), kept(*inside)))


def n59_keep_visitor(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if _room(w, o)])
    if bowl is None:
        return None
    b = _one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    if b is None:
        return None
    a = _one(w, [x for x in w.blocks if x != b and x not in w.state.above(b)])
    if a is None:
        return None
    text = f"Without touching the {a}, could you put the {b} in the {bowl}?"
    return _act(w, text, both(rels(Rel("in", b, bowl)), kept(a)))


# ----- multi-step ------------------------------------------------------------------------------------
def n59_multi_parent(w: World) -> Made:
    pairs = _stack_pairs(w)
    if not pairs:
        return None
    b, c = w.pick(pairs)[0]
    bowl = _one(w, [o for o in w.bowls if _room(w, o)])
    if bowl is None:
        return None
    a = _one(
        w,
        [
            x
            for x in w.blocks
            if x not in (b, c) and c not in w.state.above(x) and w.state.base(x) != bowl
        ],
    )
    if a is None:
        return None
    text = f"Put the {a} in the {bowl}, and then stick the {b} on the {c}."
    return _act(w, text, rels(Rel("in", a, bowl), Rel("on", b, c)))


def n59_multi_retiree(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    a, b = pair[0]
    text = f"First, would you take the {a} off the {b}, and after that put the {b} into the bin?"
    return _act(
        w,
        text,
        both(rels(Rel("on", a, b, negated=True), Rel("in_bin", b)), none_binned([a])),
    )


def n59_multi_teen(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if not two:
        return None
    a, b = two
    p, q = w.pick(list(PLACES), 2)
    text = f"move the {a} to the {p} and the {b} to the {q}"
    return _act(w, text, rels(Rel("at", a, p), Rel("at", b, q)))


def n59_multi_teacher(w: World) -> Made:
    two = w.pick(w.blocks, 2)
    if not two:
        return None
    a, b = two
    place = _place(w)
    text = f"Step one: put the {a} in {_where(place)}. Step two: stack the {b} on top of it."
    return _act(w, text, rels(Rel("at", a, place), Rel("on", b, a)))


def n59_multi_office(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if _room(w, o)])
    if bowl is None:
        return None
    b = _one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    two = w.pick([x for x in w.blocks if x != b], 2)
    if b is None or not two:
        return None
    a, c = two
    place = _place(w)
    text = (
        f"Please move the {a} to {_where(place)}, put the {b} in the {bowl}, "
        f"and dispose of the {c} in the bin."
    )
    return _act(
        w, text, rels(Rel("at", a, place), Rel("in", b, bowl), Rel("in_bin", c))
    )


def n59_multi_visitor(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if _room(w, o)])
    if bowl is None:
        return None
    a = _one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    if a is None:
        return None
    b = _one(w, [x for x in w.blocks if x != a])
    if b is None:
        return None
    text = (
        f"Could you first drop the {a} into the {bowl}, and once that's done, "
        f"bring the {b} over to the middle of the table?"
    )
    return _act(w, text, rels(Rel("in", a, bowl), Rel("at", b, "middle")))


# ----- questions -------------------------------------------------------------------------------------
def n59_q_parent(w: World) -> Made:
    a = _one(w, w.blocks)
    if a is None:
        return None
    return f"Where's the {a} got to?", answered(_where_answer(w, a))


def n59_q_retiree(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if bowl is None:
        return None
    colours = "|".join(w.colour(b) for b in w.state.in_bowl(bowl))
    return f"Could you tell me what's in the {bowl}, please?", answered(colours)


def n59_q_teen(w: World) -> Made:
    n = len(w.in_bowls())
    if n == 0:
        return None
    return "how many blocks are in the bowls rn?", answered(str(n))


def n59_q_teacher(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.pick(pairs)[0]
        flag = True
    else:
        wrong = [
            (a, b)
            for a in w.blocks
            for b in w.blocks
            if a != b and b not in w.state.above(a)
        ]
        wrong = [
            (a, b)
            for a, b in wrong
            if w.state.support[a] != b and a not in w.state.above(b)
        ]
        if not wrong:
            return None
        a, b = wrong[w.rng.randrange(len(wrong))]
        flag = False
    return f"Class, let's check: is the {a} sitting on the {b}?", answered(yes(flag))


def n59_q_office(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    top, below = pair[0]
    return f"Quick check: what colour is the block stacked on the {below}?", answered(
        w.colour(top)
    )


def n59_q_visitor(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    flag = bool(w.state.in_bowl(bowl))
    return f"Out of curiosity, is there anything in the {bowl} right now?", answered(
        yes(flag)
    )


# ----- matching --------------------------------------------------------------------------------------
def _all_matching(w: World, text: str) -> Made:
    goal = matching(w)
    if not goal or not _matching_fits(w, goal):
        return None
    return _act(w, text, rels(*goal))


def n59_match_parent(w: World) -> Made:
    return _all_matching(w, "Sort the blocks into the bowls by colour, please.")


def n59_match_retiree(w: World) -> Made:
    return _all_matching(
        w,
        "Would you put each block into the bowl of the same colour, wherever there is one?",
    )


def n59_match_teen(w: World) -> Made:
    return _all_matching(w, "match the blocks up with the bowls colour-wise")


def n59_match_teacher(w: World) -> Made:
    return _all_matching(
        w, "Let's see if you can put every block in the bowl that matches its colour."
    )


def n59_match_office(w: World) -> Made:
    return _all_matching(w, "Please file each block in its colour-coded bowl.")


def n59_match_visitor(w: World) -> Made:
    goal = [
        r
        for r in matching(w)
        if w.state.base(r.block) != r.target and _room(w, r.target)
    ]
    if not goal:
        return None
    r = w.pick(goal)[0]
    return _act(w, f"Can you put the {r.block} in the bowl that matches it?", rels(r))


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
_STYLES = ("parent", "retiree", "teen", "teacher", "office", "visitor")

FRESH59: list[Template] = [
    (f"n59_{short}_{style}", category, globals()[f"n59_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
