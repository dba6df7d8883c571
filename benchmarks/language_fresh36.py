"""`FRESH36`, the thirty-seventh untuned batch: sixty language templates, six per category, over random scenes,
each sentence with the check of what its writer means. It was written by a tester who had not read the planner, its
tests, the lexicon or any other batch of templates.

Six kinds of ordinary users, one template of each per category: a parent doing a school project with a child (remarks
to the child mixed with requests to the robot), an older engineer with precise but dated words ("deposit",
"relocate", "vessel", "receptacle", "kindly ensure"), a phone typist with one or two autocorrect slips ("bowel",
"blick", "bun", "ted"), a polite customer-service script, an Australian speaker ("chuck", "reckon", "mate", "arvo")
and someone thinking aloud before deciding ("hmm, let me think... ok, so").

Its first run, before any fix it prompted (300 instructions, seed 0; on 7903586): goal correct 0.657 (197 of 300); 22
templates missed, 3 of them with a wrong action or reply: 'Kindly ensure that the orange vessel holds precisely two
cubes.' did nothing; 'hmm, how many are in bowls... a few. ok, so, put ...' answered the thought instead of doing the
request; 'Reckon the white block is sitting on the pink one, mate?' was acted on. The other misses were clear
refusals or questions.
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
from sim.core.relations import Rel

# What autocorrect makes of a colour word on a phone (a real word where it can, else a near miss).
Q36_SLIP = {
    "red": "ted", "blue": "blur", "green": "greed", "yellow": "yellwo", "orange": "orangr", "purple": "purpke",
    "pink": "pinl", "cyan": "cyab", "white": "whitr",
}
Q36_NUMBER = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- helpers ------------------------------------------------------------------------------------------
def q36_one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def q36_floor(w: World, b: str) -> bool:
    """Whether `b` rests directly on the table (or a named place on it)."""
    return w.state.support[b] in (TABLE, *PLACES)


def q36_room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def q36_loose(w: World) -> list[str]:
    """Blocks not in a bowl nor in the bin."""
    return [b for b in w.blocks if w.state.base(b) not in (*w.bowls, BIN)]


def q36_stackable(w: World) -> tuple[str, str] | None:
    """(top, below): a block and a clear block standing on the table to put it on; not already there."""
    belows = [d for d in w.clear_blocks() if w.state.base(d) in (TABLE, *PLACES)]
    d = q36_one(w, belows)
    if d is None:
        return None
    tops = [c for c in w.blocks if c != d and w.state.support[c] != d and d not in w.state.above(c)]
    c = q36_one(w, tops)
    return (c, d) if c is not None else None


def q36_block_bowl(w: World) -> tuple[str, str] | None:
    """A block not yet in a bowl that has room for it."""
    bowl = q36_one(w, [x for x in w.bowls if q36_room(w, x)])
    if bowl is None:
        return None
    b = q36_one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    return (b, bowl) if b is not None else None


def q36_pair(w: World) -> tuple[str, str] | None:
    got = w.pick(w.pairs())
    return got[0] if got else None


def q36_place(w: World) -> str:
    return w.pick(list(PLACES))[0]


def q36_matching(w: World) -> list[Rel] | None:
    """Every block into the bowl of its colour; None when nothing matches, all already match, or a bowl overflows."""
    want = matching(w)
    todo = [r for r in want if w.state.base(r.block) != r.target]
    if not todo:
        return None
    for bowl in w.bowls:
        if len(w.state.in_bowl(bowl)) + sum(r.target == bowl for r in todo) > layout.BOWL_CAPACITY:
            return None
    return want


# ----- imperative ---------------------------------------------------------------------------------------
def q36_imp_parent(w: World) -> Made:
    got = q36_block_bowl(w)
    if got is None:
        return None
    b, bowl = got
    c, d = w.colour(b), w.colour(bowl)
    text = f"See sweetie, that's the {c} one, like your jumper. Now robot, can you pop the {c} block in the {d} bowl?"
    return text, rels(Rel("in", b, bowl))


def q36_imp_engineer(w: World) -> Made:
    got = q36_stackable(w)
    if got is None:
        return None
    c, d = got
    return f"Kindly relocate the {w.colour(c)} cube onto the {w.colour(d)} cube.", rels(Rel("on", c, d))


def q36_imp_phone(w: World) -> Made:
    b = q36_one(w, [x for x in w.blocks if w.state.base(x) != BIN])
    if b is None:
        return None
    return f"pls put the {w.colour(b)} blick in the bun", rels(Rel("in_bin", b))


def q36_imp_service(w: World) -> Made:
    b = q36_one(w, w.blocks)
    place = q36_place(w)
    if b is None or w.state.base(b) == place:
        return None
    text = (f"Hello. I would like to request that the {w.colour(b)} block be placed in the {place} of the table. "
            "Thank you for your assistance.")
    return text, rels(Rel("at", b, place))


def q36_imp_aussie(w: World) -> Made:
    b = q36_one(w, [x for x in w.blocks if w.state.base(x) != BIN])
    if b is None:
        return None
    return f"Chuck the {w.colour(b)} block in the bin for us, would ya mate?", rels(Rel("in_bin", b))


def q36_imp_think(w: World) -> Made:
    b = q36_one(w, w.in_bowls())
    if b is None:
        return None
    bowl = w.state.base(b)
    text = (f"hmm, let me think... ok, so, take the {w.colour(b)} block out of the {w.colour(bowl)} bowl and just "
            "put it on the table.")
    return text, rels(Rel("on_table", b))


# ----- declarative --------------------------------------------------------------------------------------
def q36_decl_parent(w: World) -> Made:
    got = q36_stackable(w)
    if got is None:
        return None
    c, d = got
    text = (f"Okay honey, the {w.colour(c)} block is going to be the roof of our house. "
            f"So robot, the {w.colour(c)} block goes on top of the {w.colour(d)} block.")
    return text, rels(Rel("on", c, d))


def q36_decl_engineer(w: World) -> Made:
    got = q36_block_bowl(w)
    if got is None:
        return None
    b, bowl = got
    return f"The {w.colour(b)} cube is to be deposited in the {w.colour(bowl)} vessel.", rels(Rel("in", b, bowl))


def q36_decl_phone(w: World) -> Made:
    got = q36_block_bowl(w)
    if got is None:
        return None
    b, bowl = got
    return f"the {w.colour(b)} block should be in the {w.colour(bowl)} bowel thx", rels(Rel("in", b, bowl))


def q36_decl_service(w: World) -> Made:
    b = q36_one(w, w.blocks)
    place = q36_place(w)
    if b is None or w.state.base(b) == place:
        return None
    where = "the middle of the table" if place == "middle" else f"the {place}"
    text = f"The {w.colour(b)} block needs to be moved to {where}, at your earliest convenience. Many thanks."
    return text, rels(Rel("at", b, place))


def q36_decl_aussie(w: World) -> Made:
    b = q36_one(w, [x for x in w.blocks if not q36_floor(w, x) and w.state.base(x) != BIN])
    if b is None:
        return None
    return f"Reckon the {w.colour(b)} block'd be better off on the table, mate.", rels(Rel("on_table", b))


def q36_decl_think(w: World) -> Made:
    got = q36_block_bowl(w)
    if got is None:
        return None
    d, bowl = got
    c = q36_one(w, [x for x in w.blocks if x != d and w.state.base(x) != BIN and d not in w.state.above(x)])
    if c is None:
        return None
    text = (f"right, what do I want... yes: the {w.colour(c)} block in the bin, and the {w.colour(d)} block in the "
            f"{w.colour(bowl)} bowl. that's it.")
    return text, rels(Rel("in_bin", c), Rel("in", d, bowl))


# ----- desiderative -------------------------------------------------------------------------------------
def q36_des_parent(w: World) -> Made:
    got = q36_stackable(w)
    if got is None:
        return None
    c, d = got
    text = (f"Emma wants the {w.colour(c)} block stacked on the {w.colour(d)} block, robot. Can you do that for her? "
            "Watch closely, Emma.")
    return text, rels(Rel("on", c, d))


def q36_des_engineer(w: World) -> Made:
    b = q36_one(w, w.blocks)
    place = q36_place(w)
    if b is None or w.state.base(b) == place:
        return None
    text = f"I should like the {w.colour(b)} cube relocated to the {place} of the work surface."
    return text, rels(Rel("at", b, place))


def q36_des_phone(w: World) -> Made:
    got = q36_block_bowl(w)
    if got is None:
        return None
    b, bowl = got
    return f"i want the {Q36_SLIP[w.colour(b)]} block in the {w.colour(bowl)} bowl", rels(Rel("in", b, bowl))


def q36_des_service(w: World) -> Made:
    got = w.pick([x for x in w.blocks if w.state.base(x) != BIN], 2)
    if not got:
        return None
    b, c = got
    text = (f"I would like the {w.colour(b)} and {w.colour(c)} blocks to be placed in the bin, please. "
            "Thank you for your assistance.")
    return text, binned([b, c])


def q36_des_aussie(w: World) -> Made:
    got = q36_stackable(w)
    if got is None:
        return None
    c, d = got
    text = f"I'd love the {w.colour(c)} block sitting on the {w.colour(d)} one if you get a chance, mate. Cheers."
    return text, rels(Rel("on", c, d))


def q36_des_think(w: World) -> Made:
    bowl = q36_one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if bowl is None:
        return None
    text = f"hmm... what would I like... I'd like the {w.colour(bowl)} bowl empty, I think. yeah, empty it out."
    return text, empty(bowl)


# ----- quantified ---------------------------------------------------------------------------------------
def q36_quant_parent(w: World) -> Made:
    bowl = q36_one(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    if bowl is None or len(q36_loose(w)) < 2:
        return None
    text = f"Let's count them together, sweetie: one, two! Robot, put two blocks in the {w.colour(bowl)} bowl."
    return text, count_in(bowl, 2)


def q36_quant_engineer(w: World) -> Made:
    bowl = q36_one(w, w.bowls)
    if bowl is None:
        return None
    now = len(w.state.in_bowl(bowl))
    options = [n for n in range(1, min(layout.BOWL_CAPACITY, len(w.blocks)) + 1) if n != now]
    if not options:
        return None
    n = w.rng.choice(options)
    noun = "cube" if n == 1 else "cubes"
    text = f"Kindly ensure that the {w.colour(bowl)} vessel holds precisely {Q36_NUMBER[n]} {noun}."
    return text, count_in(bowl, n)


def q36_quant_phone(w: World) -> Made:
    b = q36_one(w, w.blocks)
    if b is None:
        return None
    others = [x for x in w.blocks if x != b and w.state.base(x) != BIN]
    if not 2 <= len(others) <= len(layout.BIN_SLOTS):
        return None
    return f"put all the blocks in the bun except the {w.colour(b)} one", both(binned(others), none_binned([b]))


def q36_quant_service(w: World) -> Made:
    loose = q36_loose(w)
    if not 2 <= len(loose) <= len(layout.BIN_SLOTS) or not w.in_bowls():
        return None
    text = ("Good afternoon. I would like to request that every block which is not in a bowl be placed in the bin. "
            "Thank you for your assistance.")
    return text, both(binned(loose), none_binned(w.in_bowls()))


def q36_quant_aussie(w: World) -> Made:
    bowl = q36_one(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    if bowl is None or len(q36_loose(w)) < 3:
        return None
    text = f"Chuck any three blocks in the {w.colour(bowl)} bowl, mate, doesn't matter which."
    return text, count_in(bowl, 3)


def q36_quant_think(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "hmm, how many are in bowls... a few. ok, so, put every block that's in a bowl back on the table."
    return text, rels(*(Rel("on_table", b) for b in inside))


# ----- negated ------------------------------------------------------------------------------------------
def q36_neg_parent(w: World) -> Made:
    bowl = q36_one(w, [x for x in w.bowls if q36_room(w, x)])
    if bowl is None:
        return None
    c = q36_one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    if c is None or not [x for x in w.blocks if x != c and w.state.base(x) != bowl]:
        return None
    name = w.colour(c)
    text = (f"No, not the {name} one, sweetie, we need that for the roof. Robot, put a different block in the "
            f"{w.colour(bowl)} bowl, anything but the {name} one.")

    def check(i, f) -> bool:  # a block other than the named one is newly in the bowl, and the named one is not
        new = [b for b in f.in_bowl(bowl) if b not in i.in_bowl(bowl)]
        return bool(new) and c not in new

    chosen: Check = check
    return text, chosen


def q36_neg_engineer(w: World) -> Made:
    b = q36_one(w, w.in_bowls())
    if b is None:
        return None
    bowl = w.state.base(b)
    text = f"The {w.colour(b)} cube is not to remain in the {w.colour(bowl)} vessel. Kindly remove it."
    return text, lambda _i, f: f.base(b) not in (bowl, "gripper")


def q36_neg_phone(w: World) -> Made:
    got = q36_pair(w)
    if got is None:
        return None
    c, d = got
    text = f"dont leave the {w.colour(c)} blick on top of the {w.colour(d)} one, take it off pls"
    return text, lambda _i, f: f.support[c] not in (d, "gripper")


def q36_neg_service(w: World) -> Made:
    got = w.pick(w.bowls, 2)
    if not got:
        return None
    wrong, right = got
    if not q36_room(w, right):
        return None
    b = q36_one(w, [x for x in w.blocks if w.state.base(x) != right])
    if b is None:
        return None
    text = (f"I would like to request that the {w.colour(b)} block be moved to the {w.colour(right)} bowl, "
            f"not the {w.colour(wrong)} bowl. Thank you for your assistance.")
    return text, rels(Rel("in", b, right))


def q36_neg_aussie(w: World) -> Made:
    got = w.pick([x for x in w.blocks if w.state.base(x) != BIN], 2)
    if not got:
        return None
    c, d = got
    if d in w.state.above(c) or c in w.state.above(d):
        return None
    text = f"Nah mate, not the {w.colour(c)} one. Chuck the {w.colour(d)} block in the bin instead."
    return text, both(rels(Rel("in_bin", d)), none_binned([c]))


def q36_neg_think(w: World) -> Made:
    c = q36_one(w, [x for x in w.blocks if not w.state.is_clear(x)])
    if c is None:
        return None
    text = f"hmm, let me think... I don't want anything sitting on the {w.colour(c)} block. yeah. clear it off."
    return text, lambda _i, f: f.is_clear(c)


# ----- relative -----------------------------------------------------------------------------------------
def q36_rel_parent(w: World) -> Made:
    got = q36_pair(w)
    if got is None:
        return None
    top, below = got
    place = q36_place(w)
    text = (f"See the block sitting on the {w.colour(below)} one, sweetie? That's the chimney. "
            f"Robot, move that one to the {place}.")
    return text, rels(Rel("at", top, place))


def q36_rel_engineer(w: World) -> Made:
    got = q36_pair(w)
    if got is None:
        return None
    top, below = got
    bowl = q36_one(w, [x for x in w.bowls if q36_room(w, x) and w.state.base(top) != x])
    if bowl is None:
        return None
    text = f"Kindly relocate the cube which rests upon the {w.colour(below)} cube into the {w.colour(bowl)} vessel."
    return text, rels(Rel("in", top, bowl))


def q36_rel_phone(w: World) -> Made:
    bowl = q36_one(w, [x for x in w.bowls if len(w.state.in_bowl(x)) == 1])
    if bowl is None:
        return None
    b = w.state.in_bowl(bowl)[0]
    return f"put the block thats in the {w.colour(bowl)} bowel on the table", rels(Rel("on_table", b))


def q36_rel_service(w: World) -> Made:
    got = q36_pair(w)
    if got is None:
        return None
    top, below = got
    text = (f"I would like to request that the block currently underneath the {w.colour(top)} block be placed "
            "in the bin. Thank you for your assistance.")
    return text, rels(Rel("in_bin", below))


def q36_rel_aussie(w: World) -> Made:
    bowl = q36_one(w, w.bowls)
    loose = q36_loose(w)
    if bowl is None or len(loose) < 2:
        return None
    ranked = sorted(loose, key=lambda b: w.dist(b, bowl))
    near = ranked[0]
    if not (q36_floor(w, near) and w.state.is_clear(near)) or w.dist(ranked[1], bowl) - w.dist(near, bowl) < 0.04:
        return None
    text = f"Grab the block that's closest to the {w.colour(bowl)} bowl and chuck it in the bin, mate. No worries."
    return text, rels(Rel("in_bin", near))


def q36_rel_think(w: World) -> Made:
    c = q36_one(w, w.in_bowls())
    if c is None:
        return None
    bowl = w.state.base(c)
    if not q36_room(w, bowl):
        return None
    d = q36_one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    if d is None:
        return None
    text = f"hmm, let me think... ok. put the {w.colour(d)} block in whichever bowl the {w.colour(c)} block is in."
    return text, rels(Rel("in", d, bowl))


# ----- keep ---------------------------------------------------------------------------------------------
def q36_keep_parent(w: World) -> Made:
    towers = [(t, b) for t, b in w.pairs() if w.state.base(b) in (TABLE, *PLACES)]  # the child's tower, on the table
    if not towers:
        return None
    top, below = w.pick(towers)[0]
    bowl = q36_one(w, [x for x in w.bowls if q36_room(w, x)])
    if bowl is None:
        return None
    c = q36_one(w, [x for x in w.blocks if x not in (top, below) and w.state.base(x) != bowl
                    and top not in w.state.above(x) and below not in w.state.above(x)])
    if c is None:
        return None
    text = (f"Careful, sweetie, don't knock your tower! Robot, put the {w.colour(c)} block in the {w.colour(bowl)} "
            f"bowl but leave the {w.colour(top)} and {w.colour(below)} blocks where they are.")
    return text, both(rels(Rel("in", c, bowl)), kept(top, below))


def q36_keep_engineer(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    place = q36_place(w)
    if not got:
        return None
    c, d = got
    if d in w.state.above(c):
        return None
    text = (f"Kindly relocate the {w.colour(c)} cube to the {place}, ensuring that the {w.colour(d)} cube "
            "is left undisturbed.")
    return text, both(rels(Rel("at", c, place)), kept(d))


def q36_keep_phone(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got:
        return None
    c, d = got
    if d in w.state.above(c):
        return None
    text = f"move the {w.colour(c)} blick to the bun but keep the {w.colour(d)} one where it is"
    return text, both(rels(Rel("in_bin", c)), kept(d))


def q36_keep_service(w: World) -> Made:
    got = q36_block_bowl(w)
    if got is None:
        return None
    c, bowl = got
    d = q36_one(w, [x for x in w.blocks if x != c and x not in w.state.above(c)])
    if d is None:
        return None
    text = (f"I would like to request that the {w.colour(c)} block be moved to the {w.colour(bowl)} bowl, while the "
            f"{w.colour(d)} block remains exactly where it is. Thank you for your assistance.")
    return text, both(rels(Rel("in", c, bowl)), kept(d))


def q36_keep_aussie(w: World) -> Made:
    got = q36_stackable(w)
    if got is None:
        return None
    c, d = got
    e = q36_one(w, [x for x in w.blocks if x not in (c, d) and x not in w.state.above(c)])
    if e is None:
        return None
    text = (f"Stick the {w.colour(c)} block on the {w.colour(d)} one this arvo, mate, but leave the {w.colour(e)} "
            "one be.")
    return text, both(rels(Rel("on", c, d)), kept(e))


def q36_keep_think(w: World) -> Made:
    c = q36_one(w, [x for x in w.blocks if not q36_floor(w, x) and w.state.base(x) != BIN])
    if c is None:
        return None
    others = [x for x in w.bowls if x != w.state.base(c)]
    bowl = q36_one(w, [x for x in others if w.state.in_bowl(x)] or others)  # a bowl with something in it, if any
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    text = (f"hmm, let me think... I want the {w.colour(c)} block on the table, but leave the {w.colour(bowl)} bowl "
            "as it is.")
    return text, both(rels(Rel("on_table", c)), kept(*inside), count_in(bowl, len(inside)))


# ----- multi_step ---------------------------------------------------------------------------------------
def q36_multi_parent(w: World) -> Made:
    got = q36_stackable(w)
    if got is None:
        return None
    d, e = got
    bowl = q36_one(w, [x for x in w.bowls if q36_room(w, x)])
    if bowl is None:
        return None
    c = q36_one(w, [x for x in w.blocks if x not in (d, e) and w.state.base(x) != bowl
                    and d not in w.state.above(x) and e not in w.state.above(x)])
    if c is None:
        return None
    text = (f"First, sweetie, the {w.colour(c)} block goes in the {w.colour(bowl)} bowl, that's the pond. Robot, can "
            f"you do that, and then put the {w.colour(d)} block on top of the {w.colour(e)} block?")
    return text, rels(Rel("in", c, bowl), Rel("on", d, e))


def q36_multi_engineer(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got:
        return None
    c, d = got
    place = q36_place(w)
    if d in w.state.above(c) or c in w.state.above(d):
        return None
    text = (f"Firstly, deposit the {w.colour(c)} cube in the waste receptacle; subsequently, relocate the "
            f"{w.colour(d)} cube to the {place}.")
    return text, rels(Rel("in_bin", c), Rel("at", d, place))


def q36_multi_phone(w: World) -> Made:
    got = q36_pair(w)
    if got is None:
        return None
    c, d = got
    bowl = q36_one(w, [x for x in w.bowls if q36_room(w, x) and w.state.base(c) != x])
    if bowl is None:
        return None
    text = f"take the {w.colour(c)} block off the {w.colour(d)} one then put it in the {w.colour(bowl)} bowel"
    return text, rels(Rel("in", c, bowl))


def q36_multi_service(w: World) -> Made:
    got = q36_stackable(w)
    if got is None:
        return None
    c, d = got
    e = q36_one(w, [x for x in w.blocks if x not in (c, d) and d not in w.state.above(x)])
    if e is None:
        return None
    text = (f"I have two requests: first, that the {w.colour(c)} block be placed on the {w.colour(d)} block, and "
            f"second, that the {w.colour(e)} block be put in the bin. Thank you for your assistance.")
    return text, rels(Rel("on", c, d), Rel("in_bin", e))


def q36_multi_aussie(w: World) -> Made:
    got = q36_block_bowl(w)
    if got is None:
        return None
    c, bowl = got
    d = q36_one(w, [x for x in w.blocks if x != c and not q36_floor(w, x) and w.state.base(x) != BIN])
    if d is None:
        return None
    text = (f"Grab the {w.colour(c)} block and chuck it in the {w.colour(bowl)} bowl, then stick the {w.colour(d)} "
            "one on the table. Cheers mate.")
    return text, rels(Rel("in", c, bowl), Rel("on_table", d))


def q36_multi_think(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got:
        return None
    c, d = got
    if w.state.support[d] == c:
        return None
    place = q36_place(w)
    text = (f"right, what do I want... yes: the {w.colour(c)} block over to the {place}, and then the "
            f"{w.colour(d)} block on top of it.")
    return text, rels(Rel("at", c, place), Rel("on", d, c))


# ----- question -----------------------------------------------------------------------------------------
def q36_q_parent(w: World) -> Made:
    bowl = q36_one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if bowl is None:
        return None
    n = len(w.state.in_bowl(bowl))
    return (f"Let's check your counting, honey. Robot, how many blocks are in the {w.colour(bowl)} bowl?",
            answered(str(n)))


def q36_q_engineer(w: World) -> Made:
    bowl = q36_one(w, w.bowls)
    if bowl is None:
        return None
    if w.in_bowls() and w.rng.random() < 0.5:  # half the time ask about a block that is in a bowl
        b = w.pick(w.in_bowls())[0]
        bowl = w.state.base(b) if w.rng.random() < 0.6 else bowl
    else:
        b = w.pick(w.blocks)[0]
    text = f"Is the {w.colour(b)} cube presently situated in the {w.colour(bowl)} vessel?"
    return text, answered(yes(w.state.base(b) == bowl))


def q36_q_phone(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.6:
        top, below = w.pick(w.pairs())[0]
        answer = f"{w.colour(top)}|block"
    else:
        below = q36_one(w, w.clear_blocks())
        if below is None:
            return None
        answer = "nothing"
    return f"whats on top of the {Q36_SLIP[w.colour(below)]} block", answered(answer)


def q36_q_service(w: World) -> Made:
    b = q36_one(w, w.in_bowls())
    if b is None:
        return None
    bowl = w.state.base(b)
    text = f"Could you please tell me which bowl the {w.colour(b)} block is in? Thank you for your assistance."
    return text, answered(f"{w.colour(bowl)}|bowl")


def q36_q_aussie(w: World) -> Made:
    if w.pairs() and w.rng.random() < 0.5:
        c, d = w.pick(w.pairs())[0]
    else:
        got = w.pick(w.blocks, 2)
        if not got:
            return None
        c, d = got
    text = f"Reckon the {w.colour(c)} block is sitting on the {w.colour(d)} one, mate?"
    return text, answered(yes(w.state.support[c] == d))


def q36_q_think(w: World) -> Made:
    n = len(q36_loose(w))
    if not n:
        return None
    text = "hmm, let me think... how many blocks are there outside the bowls altogether?"
    return text, answered(str(n))


# ----- matching -----------------------------------------------------------------------------------------
def q36_match_parent(w: World) -> Made:
    want = q36_matching(w)
    if want is None:
        return None
    text = "Let's sort them by colour, sweetie! Robot, put each block in the bowl that's the same colour as it."
    return text, rels(*want)


def q36_match_engineer(w: World) -> Made:
    want = q36_matching(w)
    if want is None:
        return None
    return "Kindly deposit each cube in the vessel of corresponding colour.", rels(*want)


def q36_match_phone(w: World) -> Made:
    want = q36_matching(w)
    if want is None:
        return None
    r = w.rng.choice([x for x in want if w.state.base(x.block) != x.target])
    return f"put the {w.colour(r.block)} blick in the bowl thats the same color", rels(r)


def q36_match_service(w: World) -> Made:
    want = q36_matching(w)
    if want is None:
        return None
    text = ("I would like to request that each block be placed in the bowl that matches its colour, where there is "
            "one. Thank you for your assistance.")
    return text, rels(*want)


def q36_match_aussie(w: World) -> Made:
    want = q36_matching(w)
    if want is None:
        return None
    return "Sort 'em out by colour would ya mate, each block in the bowl that matches.", rels(*want)


def q36_match_think(w: World) -> Made:
    want = q36_matching(w)
    if want is None:
        return None
    text = "hmm, what do I want... yes: colours together. every block in the bowl of its own colour, if there is one."
    return text, rels(*want)


FRESH36: list[Template] = [
    ("q36_imp_parent", "imperative", q36_imp_parent),
    ("q36_imp_engineer", "imperative", q36_imp_engineer),
    ("q36_imp_phone", "imperative", q36_imp_phone),
    ("q36_imp_service", "imperative", q36_imp_service),
    ("q36_imp_aussie", "imperative", q36_imp_aussie),
    ("q36_imp_think", "imperative", q36_imp_think),
    ("q36_decl_parent", "declarative", q36_decl_parent),
    ("q36_decl_engineer", "declarative", q36_decl_engineer),
    ("q36_decl_phone", "declarative", q36_decl_phone),
    ("q36_decl_service", "declarative", q36_decl_service),
    ("q36_decl_aussie", "declarative", q36_decl_aussie),
    ("q36_decl_think", "declarative", q36_decl_think),
    ("q36_des_parent", "desiderative", q36_des_parent),
    ("q36_des_engineer", "desiderative", q36_des_engineer),
    ("q36_des_phone", "desiderative", q36_des_phone),
    ("q36_des_service", "desiderative", q36_des_service),
    ("q36_des_aussie", "desiderative", q36_des_aussie),
    ("q36_des_think", "desiderative", q36_des_think),
    ("q36_quant_parent", "quantified", q36_quant_parent),
    ("q36_quant_engineer", "quantified", q36_quant_engineer),
    ("q36_quant_phone", "quantified", q36_quant_phone),
    ("q36_quant_service", "quantified", q36_quant_service),
    ("q36_quant_aussie", "quantified", q36_quant_aussie),
    ("q36_quant_think", "quantified", q36_quant_think),
    ("q36_neg_parent", "negated", q36_neg_parent),
    ("q36_neg_engineer", "negated", q36_neg_engineer),
    ("q36_neg_phone", "negated", q36_neg_phone),
    ("q36_neg_service", "negated", q36_neg_service),
    ("q36_neg_aussie", "negated", q36_neg_aussie),
    ("q36_neg_think", "negated", q36_neg_think),
    ("q36_rel_parent", "relative", q36_rel_parent),
    ("q36_rel_engineer", "relative", q36_rel_engineer),
    ("q36_rel_phone", "relative", q36_rel_phone),
    ("q36_rel_service", "relative", q36_rel_service),
    ("q36_rel_aussie", "relative", q36_rel_aussie),
    ("q36_rel_think", "relative", q36_rel_think),
    ("q36_keep_parent", "keep", q36_keep_parent),
    ("q36_keep_engineer", "keep", q36_keep_engineer),
    ("q36_keep_phone", "keep", q36_keep_phone),
    ("q36_keep_service", "keep", q36_keep_service),
    ("q36_keep_aussie", "keep", q36_keep_aussie),
    ("q36_keep_think", "keep", q36_keep_think),
    ("q36_multi_parent", "multi_step", q36_multi_parent),
    ("q36_multi_engineer", "multi_step", q36_multi_engineer),
    ("q36_multi_phone", "multi_step", q36_multi_phone),
    ("q36_multi_service", "multi_step", q36_multi_service),
    ("q36_multi_aussie", "multi_step", q36_multi_aussie),
    ("q36_multi_think", "multi_step", q36_multi_think),
    ("q36_q_parent", "question", q36_q_parent),
    ("q36_q_engineer", "question", q36_q_engineer),
    ("q36_q_phone", "question", q36_q_phone),
    ("q36_q_service", "question", q36_q_service),
    ("q36_q_aussie", "question", q36_q_aussie),
    ("q36_q_think", "question", q36_q_think),
    ("q36_match_parent", "matching", q36_match_parent),
    ("q36_match_engineer", "matching", q36_match_engineer),
    ("q36_match_phone", "matching", q36_match_phone),
    ("q36_match_service", "matching", q36_match_service),
    ("q36_match_aussie", "matching", q36_match_aussie),
    ("q36_match_think", "matching", q36_match_think),
]
