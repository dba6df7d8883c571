"""`FRESH22`, the twenty-third untuned batch: sixty language templates, six per category, each spoken in one of six registers: a TV news
anchor ("Breaking news:", "we're getting reports that", "back to you"), a film-noir detective narrating ("The red
block. It had been sitting in that bowl too long."), a cookbook recipe ("Place ... Set aside. Transfer ... to a
bowl."), a surgeon in the operating room ("Clamp.", "I need the ... in the ... now."), a corporate email ("Per my
last email,", "Action items:", "Best regards") and a song lyricist or poet (rhyme, inverted word order such as "into
the bowl the red block goes"); every category has one template in each register. It was written by a tester who had
not read the planner, its tests, the lexicon or any other batch of templates.

Its first run, before any fix it prompted (300 instructions, seed 0; on 0be404d): goal correct 0.33 (99 of 300); 41
templates missed, 3 of them with a wrong robot action or wrong kind of reply (15 instructions): 'Every block goes into
the bin except the green and the cyan. Those two do not go in the bin.' (binned two blocks, then took them out again),
"How I'd love to see X set upon the orange, like a crown upon a head, ..." (answered with the list of questions), 'is X
sitting on Y, or is my asking all in vain?' (asked about 'Y or is my asking all in vain'); every other miss a refusal
naming the words (186). What it found: an email's lines ('Hi team,', 'Per my last email,', 'Action items:', 'Best
regards,'), a news anchor's framing ('Breaking news:', "we're getting reports of X. Our sources say that block ...",
'back to you'), a noir narrator's asides ('It had been sitting there too long', "It wasn't the orange block I was
after."), a recipe's 'For this step you'll want ...', a surgeon's 'X comes off Y and goes flat on the table', a poet's
inversions ('Into the red bowl the red block goes', 'into the orange bowl let it go', 'gentle and slow'). The general
rules it prompted are tested in other words in `tests/agent/test_understanding_fresh21.py`; since then it is tuned on.
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel


# ----- helpers ---------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    """The colour word of a block or bowl."""
    return w.colour(name)


def _place_words(place: str) -> str:
    """How people name a place on the table."""
    return "the middle of the table" if place == "middle" else f"the {place}"


def _loose(w: World) -> list[str]:
    """Blocks standing on the table, a named place or in a bowl (not in the bin or the gripper)."""
    return [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES, *w.bowls)]


def _room(w: World, bowl: str) -> int:
    """How many more blocks the bowl can take."""
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _bowl_of(w: World, block: str) -> str | None:
    """The bowl the block is in (perhaps on another block in it), if any."""
    base = w.state.base(block)
    return base if base in w.bowls else None


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _tower_of(w: World, block: str) -> set[str]:
    """Every block in the same tower as `block`, itself included."""
    return {block, *_below(w, block), *w.state.above(block)}


def _towers(w: World) -> list[list[str]]:
    """Every stack of two or more loose blocks, bottom first."""
    out: list[list[str]] = []
    for b in _loose(w):
        if w.state.support[b] not in w.state.support and not w.state.is_clear(b):
            out.append([b, *w.state.above(b)[::-1]])
    return out


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can be set directly on `below`: different towers, `below` on the table, room in height."""
    return (top != below and top not in _tower_of(w, below) and w.state.base(below) in (TABLE, *PLACES)
            and len(_below(w, below)) + 2 <= layout.MAX_TOWER)


def _into(w: World, block: str, bowl: str) -> bool:
    """Whether putting `block` into `bowl` is something to do and fits."""
    return _bowl_of(w, block) != bowl and _room(w, bowl) >= 1


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _on(top: str, below: str) -> Check:
    return rels(Rel("on", top, below))


def _at(block: str, place: str) -> Check:
    return rels(Rel("at", block, place))


def _table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _block_bowl(w: World) -> tuple[str, str] | None:
    """A loose block and a bowl it is not in that has room for it."""
    options = [(b, bowl) for b in _loose(w) for bowl in w.bowls if _into(w, b, bowl)]
    return w.rng.choice(options) if options else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    """Two loose blocks, the first of which can go directly on the second."""
    options = [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(w, a, b)]
    return w.rng.choice(options) if options else None


def _unmatched(w: World) -> list[Rel]:
    """The colour-matching relations; empty when there is nothing to match or all already hold."""
    want = matching(w)
    return want if want and not rels(*want)(w.state, w.state) else []


# ----- imperative ------------------------------------------------------------------------------------
def _y22_imp_anchor(w: World) -> Made:
    """News anchor: a command read as a breaking story."""
    pick = _block_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    text = (f"Breaking news this hour: we're getting reports that the robot has been asked to pick up the {_c(w, b)} "
            f"cube and drop it into the {_c(w, bowl)} bowl. Robot, go ahead and do that now. Back to you, Linda.")
    return text, _in(b, bowl)


def _y22_imp_noir(w: World) -> Made:
    """Detective: bin a block, hard-boiled."""
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = (f"The {_c(w, b)} block. It had been sitting there too long, and it knew too much. "
            "Throw it in the trash, kid. Nobody's gonna miss it.")
    return text, binned([b])


def _y22_imp_recipe(w: World) -> Made:
    """Cookbook: place one cube on another."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    a, b = pick
    text = f"Place the {_c(w, a)} cube on top of the {_c(w, b)} cube. Set aside."
    return text, _on(a, b)


def _y22_imp_surgeon(w: World) -> Made:
    """Surgeon: move a block to a corner or the middle."""
    blocks = _loose(w)
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), w.rng.choice(PLACES)
    text = f"Clamp. Good. Now take the {_c(w, b)} block and set it down at {_place_words(place)}. Steady hands."
    return text, _at(b, place)


def _y22_imp_email(w: World) -> Made:
    """Corporate email: take a stacked or bowled block down onto the table."""
    options = [b for b in _loose(w) if w.state.support[b] not in (TABLE, *PLACES)]
    if not options:
        return None
    b = w.rng.choice(options)
    text = (f"Hi team,\n\nPer my last email, please move the {_c(w, b)} block onto the table itself, not on any other "
            "block or in a bowl. Thanks in advance.\n\nBest regards,\nMarcus")
    return text, _table(b)


def _y22_imp_poet(w: World) -> Made:
    """Poet: a rhymed command into a bowl."""
    pick = _block_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    text = f"Take the {_c(w, b)} block, gentle and slow, and into the {_c(w, bowl)} bowl let it go."
    return text, _in(b, bowl)


# ----- declarative -----------------------------------------------------------------------------------
def _y22_decl_anchor(w: World) -> Made:
    """News anchor: the goal as tonight's forecast."""
    pick = _block_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    text = (f"Developing story tonight: by the end of this broadcast, the {_c(w, b)} block will be sitting in the "
            f"{_c(w, bowl)} bowl. We'll keep you posted. Back to you.")
    return text, _in(b, bowl)


def _y22_decl_noir(w: World) -> Made:
    """Detective: how the night would end, one block on another."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    a, b = pick
    text = (f"By midnight the {_c(w, a)} block would be resting right on top of the {_c(w, b)} block. "
            "I'd see to it personally.")
    return text, _on(a, b)


def _y22_decl_recipe(w: World) -> Made:
    """Cookbook: where a cube belongs when the dish is done."""
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = f"Note: the {_c(w, b)} cube is not used in this recipe; it belongs in the bin."
    return text, binned([b])


def _y22_decl_surgeon(w: World) -> Made:
    """Surgeon: a stacked block belongs on the table."""
    pairs = [(t, s) for t, s in w.pairs() if t in _loose(w)]
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    text = (f"Listen up, everyone. The {_c(w, t)} block comes off the {_c(w, s)} block and goes flat on the table. "
            "That's the plan.")
    return text, _table(t)


def _y22_decl_email(w: World) -> Made:
    """Corporate email: where a block ends up by end of day."""
    blocks = _loose(w)
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), w.rng.choice(PLACES)
    text = (f"Hi all,\n\nJust to confirm where we landed: the {_c(w, b)} block ends up at {_place_words(place)} "
            "by EOD.\n\nBest regards,\nDana")
    return text, _at(b, place)


def _y22_decl_poet(w: World) -> Made:
    """Poet: inverted word order, a block in a bowl."""
    pick = _block_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    text = f"Into the {_c(w, bowl)} bowl the {_c(w, b)} block goes, and there it stays, as everybody knows."
    return text, _in(b, bowl)


# ----- desiderative ----------------------------------------------------------------------------------
def _y22_want_anchor(w: World) -> Made:
    """News anchor: what the viewers want."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    a, b = pick
    text = (f"We're getting reports that viewers at home would like to see the {_c(w, a)} block stacked on the "
            f"{_c(w, b)} block. Let's make that happen. Back to you, Tom.")
    return text, _on(a, b)


def _y22_want_noir(w: World) -> Made:
    """Detective: wanting a block gone."""
    blocks = _loose(w)
    if not blocks:
        return None
    b = w.rng.choice(blocks)
    text = f"I want that {_c(w, b)} cube in the bin. Gone, like a bad memory on a rainy night."
    return text, binned([b])


def _y22_want_recipe(w: World) -> Made:
    """Cookbook: 'you'll want' a cube in a dish."""
    pick = _block_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    text = f"For this step you'll want the {_c(w, b)} cube in the {_c(w, bowl)} dish."
    return text, _in(b, bowl)


def _y22_want_surgeon(w: World) -> Made:
    """Surgeon: 'I need the ... in the ... now.'"""
    pick = _block_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    text = f"I need the {_c(w, b)} block in the {_c(w, bowl)} bowl. Now, people."
    return text, _in(b, bowl)


def _y22_want_email(w: World) -> Made:
    """Corporate email: I'd like a block moved to a place."""
    blocks = _loose(w)
    if not blocks:
        return None
    b, place = w.rng.choice(blocks), w.rng.choice(PLACES)
    text = (f"Hi,\n\nI'd like the {_c(w, b)} block moved to {_place_words(place)} at your earliest convenience.\n\n"
            "Best regards,\nPriya")
    return text, _at(b, place)


def _y22_want_poet(w: World) -> Made:
    """Poet: a wish for one block on another."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    a, b = pick
    text = (f"How I'd love to see the {_c(w, a)} block set upon the {_c(w, b)}, "
            "like a crown upon a head, a hat upon a shelf.")
    return text, _on(a, b)


# ----- quantified ------------------------------------------------------------------------------------
def _y22_all_anchor(w: World) -> Made:
    """News anchor: every block goes in the bin."""
    blocks = _loose(w)
    if len(blocks) != len(w.blocks):
        return None
    text = ("Breaking news: we're getting reports that every single block on this table is headed for the bin "
            "tonight. All of them, no exceptions. Back to you.")
    return text, binned(blocks)


def _y22_all_noir(w: World) -> Made:
    """Detective: any two blocks into an empty bowl."""
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(_loose(w)) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"The {_c(w, bowl)} bowl sat there empty, waiting. Two blocks. That's what it needed. "
            "Any two, I didn't care which. Put two of them in it, no more, no less.")
    return text, count_in(bowl, 2)


def _y22_all_recipe(w: World) -> Made:
    """Cookbook: transfer all the cubes to one bowl."""
    if len(w.blocks) > layout.BOWL_CAPACITY or len(_loose(w)) != len(w.blocks):
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"Transfer all of the cubes to the {_c(w, bowl)} bowl. Set aside."
    return text, rels(*(Rel("in", b, bowl) for b in w.blocks))


def _y22_all_surgeon(w: World) -> Made:
    """Surgeon: exactly three blocks in a bowl."""
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) < 3]
    if not bowls or len(_loose(w)) < 3:
        return None
    bowl = w.rng.choice(bowls)
    text = f"I want exactly three blocks in the {_c(w, bowl)} bowl. Three. Not two, not four. Go."
    return text, count_in(bowl, 3)


def _y22_all_email(w: World) -> Made:
    """Corporate email: every bowl gets at least one block."""
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls) or all(w.state.in_bowl(b) for b in w.bowls):
        return None
    text = ("Hi team,\n\nAction items:\n- Make sure each bowl has at least one block in it.\n\n"
            "Let me know if you have any questions.\n\nBest regards,\nJordan")
    bowls = list(w.bowls)
    return text, lambda _i, f: all(f.in_bowl(b) for b in bowls)


def _y22_all_poet(w: World) -> Made:
    """Poet: every block that sits on another comes down to the table."""
    tops = [t for t, _s in w.pairs() if t in _loose(w)]
    if not tops:
        return None
    text = ("Every block that sits upon another, bring it down to the table, one after the other; "
            "on the table let each one stand, flat upon the wooden land.")
    return text, _table(*tops)


# ----- negated ---------------------------------------------------------------------------------------
def _y22_not_anchor(w: World) -> Made:
    """News anchor: everything but one block goes in the bin."""
    blocks = _loose(w)
    if len(blocks) < 3 or len(blocks) != len(w.blocks):
        return None
    keep = w.rng.choice(blocks)
    rest = [b for b in blocks if b != keep]
    text = (f"This just in: every block except the {_c(w, keep)} one is going into the bin. The {_c(w, keep)} "
            "block, we're told, is staying out of the bin. Back to you in the studio.")
    return text, both(binned(rest), none_binned([keep]))


def _y22_not_noir(w: World) -> Made:
    """Detective: get a block out of its bowl, but not into the trash."""
    options = [b for b in _loose(w) if _bowl_of(w, b)]
    if not options:
        return None
    b = w.rng.choice(options)
    bowl = _bowl_of(w, b)
    assert bowl is not None
    text = (f"The {_c(w, b)} block. It had been sitting in that {_c(w, bowl)} bowl too long. Get it out of there. "
            "I don't care where it lands, as long as it isn't the trash.")
    return text, both(rels(Rel("in", b, bowl, negated=True)), none_binned([b]))


def _y22_not_recipe(w: World) -> Made:
    """Cookbook: all cubes but one into a bowl."""
    options = [(k, bowl) for k in w.blocks for bowl in w.bowls
               if _bowl_of(w, k) != bowl and any(_bowl_of(w, b) != bowl for b in w.blocks if b != k)]
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY or len(_loose(w)) != len(w.blocks) or not options:
        return None
    keep, bowl = w.rng.choice(options)
    rest = [b for b in w.blocks if b != keep]
    text = (f"Transfer all the cubes other than the {_c(w, keep)} one to the {_c(w, bowl)} bowl. "
            f"The {_c(w, keep)} cube does not go in the bowl.")
    return text, rels(*(Rel("in", b, bowl) for b in rest), Rel("in", keep, bowl, negated=True))


def _y22_not_surgeon(w: World) -> Made:
    """Surgeon: everything into the bin except two blocks."""
    blocks = _loose(w)
    if len(blocks) < 4 or len(blocks) != len(w.blocks):
        return None
    spared = w.pick(blocks, 2)
    rest = [b for b in blocks if b not in spared]
    text = (f"Clear the field. Every block goes into the bin except the {_c(w, spared[0])} and the "
            f"{_c(w, spared[1])}. Those two do not go in the bin. Move.")
    return text, both(binned(rest), none_binned(spared))


def _y22_not_email(w: World) -> Made:
    """Corporate email: a block should no longer be on another, and not be binned."""
    pairs = [(t, s) for t, s in w.pairs() if t in _loose(w)]
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    text = (f"Hi,\n\nQuick follow-up: the {_c(w, t)} block should no longer be on top of the {_c(w, s)} block. "
            "Please do not put it in the bin, though.\n\nBest regards,\nKaren")
    return text, both(rels(Rel("on", t, s, negated=True)), none_binned([t]))


def _y22_not_poet(w: World) -> Made:
    """Poet: none of the blocks stay in a bowl; they go on the table."""
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = (f"None of the blocks shall stay in the {_c(w, bowl)} bowl tonight; "
            "take every one of them out and set each on the table, in the light.")
    return text, both(empty(bowl), _table(*inside))


# ----- relative --------------------------------------------------------------------------------------
def _y22_rel_anchor(w: World) -> Made:
    """News anchor: the block on top of another goes in the bin."""
    pairs = [(t, s) for t, s in w.pairs() if t in _loose(w)]
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    text = (f"We're getting reports of a block sitting on top of the {_c(w, s)} block. Our sources say that block is "
            "to be thrown in the bin, effective immediately. Back to you.")
    return text, binned([t])


def _y22_rel_noir(w: World) -> Made:
    """Detective: the block under another goes into a bowl."""
    options = [(t, s, bowl) for t, s in w.pairs() for bowl in w.bowls if t in _loose(w) and _into(w, s, bowl)]
    if not options:
        return None
    t, s, bowl = w.rng.choice(options)
    text = (f"It wasn't the {_c(w, t)} block I was after. It was the one underneath it. "
            f"Take the block under the {_c(w, t)} one and put it in the {_c(w, bowl)} bowl.")
    return text, _in(s, bowl)


def _y22_rel_recipe(w: World) -> Made:
    """Cookbook: the cube closest to an empty bowl goes in it."""
    options: list[tuple[str, str]] = []
    for bowl in w.bowls:
        if w.state.in_bowl(bowl):
            continue
        near = sorted(_loose(w), key=lambda b: w.dist(b, bowl))
        if len(near) < 2:
            continue
        first = near[0]
        lone = w.state.support[first] in (TABLE, *PLACES) and w.state.is_clear(first)
        if lone and w.dist(near[1], bowl) - w.dist(first, bowl) > 0.05:
            options.append((first, bowl))
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    text = f"Take the cube closest to the {_c(w, bowl)} bowl and transfer it to that bowl. Set aside."
    return text, _in(b, bowl)


def _y22_rel_surgeon(w: World) -> Made:
    """Surgeon: a block into the empty bowl (the only empty one)."""
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(empties) != 1 or not _loose(w):
        return None
    bowl = empties[0]
    b = w.rng.choice(_loose(w))
    text = f"The empty bowl. I need the {_c(w, b)} block in the empty bowl. Now."
    return text, _in(b, bowl)


def _y22_rel_email(w: World) -> Made:
    """Corporate email: a block into the bowl that has another block in it."""
    options = [(b, o) for o in _loose(w) for b in _loose(w)
               if b != o and (bowl := _bowl_of(w, o)) and _into(w, b, bowl)]
    if not options:
        return None
    b, o = w.rng.choice(options)
    bowl = _bowl_of(w, o)
    assert bowl is not None
    text = (f"Hi,\n\nCould you please move the {_c(w, b)} block into whichever bowl currently has the {_c(w, o)} "
            "block in it?\n\nThanks,\nBest regards,\nSam")
    return text, _in(b, bowl)


def _y22_rel_poet(w: World) -> Made:
    """Poet: the top of the tallest tower comes down to the table."""
    towers = sorted(_towers(w), key=len, reverse=True)
    if not towers or (len(towers) > 1 and len(towers[1]) == len(towers[0])):
        return None
    top = towers[0][-1]
    text = ("The block on top of the tallest tower, proud up high, bring it down to the table "
            "and there let it lie.")
    return text, _table(top)


# ----- keep ------------------------------------------------------------------------------------------
def _y22_keep_anchor(w: World) -> Made:
    """News anchor: one block goes in the bin, another stays put."""
    options = [(b, k) for b in _loose(w) for k in w.blocks if k != b and k not in w.state.above(b)]
    if not options:
        return None
    b, k = w.rng.choice(options)
    text = (f"Breaking news: the {_c(w, b)} block is being moved to the bin, while the {_c(w, k)} block stays "
            "exactly where it is. We'll have more at eleven. Back to you.")
    return text, both(binned([b]), kept(k))


def _y22_keep_noir(w: World) -> Made:
    """Detective: leave the evidence alone, move another block into a bowl."""
    options = [(b, bowl, k) for b in _loose(w) for bowl in w.bowls for k in w.blocks
               if _into(w, b, bowl) and k != b and k not in w.state.above(b)]
    if not options:
        return None
    b, bowl, k = w.rng.choice(options)
    text = (f"Don't touch the {_c(w, k)} block. It's evidence; it stays right where it is. But the {_c(w, b)} "
            f"block, that one goes into the {_c(w, bowl)} bowl.")
    return text, both(_in(b, bowl), kept(k))


def _y22_keep_recipe(w: World) -> Made:
    """Cookbook: bin a cube, leave the others undisturbed."""
    options = [b for b in _loose(w) if w.state.is_clear(b)]
    if not options:
        return None
    b = w.rng.choice(options)
    others = [o for o in w.blocks if o != b]
    text = f"Discard the {_c(w, b)} cube in the bin, leaving the remaining cubes undisturbed."
    return text, both(binned([b]), kept(*others))


def _y22_keep_surgeon(w: World) -> Made:
    """Surgeon: keep one block still while stacking two others."""
    options = [(a, s, k) for a in _loose(w) for s in _loose(w) for k in w.blocks
               if _stackable(w, a, s) and k not in (a, s) and k not in w.state.above(a)
               and k not in w.state.above(s)]
    if not options:
        return None
    a, s, k = w.rng.choice(options)
    text = (f"Keep the {_c(w, k)} block exactly where it is. Don't you dare move it. "
            f"I need the {_c(w, a)} block on top of the {_c(w, s)} block.")
    return text, both(_on(a, s), kept(k))


def _y22_keep_email(w: World) -> Made:
    """Corporate email: move one block to a place, keep the rest as they are."""
    options = [b for b in _loose(w) if w.state.is_clear(b)]
    if not options:
        return None
    b, place = w.rng.choice(options), w.rng.choice(PLACES)
    others = [o for o in w.blocks if o != b]
    text = (f"Hi team,\n\nPlease move the {_c(w, b)} block to {_place_words(place)}. Please keep all the other "
            "blocks exactly as they are for now.\n\nBest regards,\nAlex")
    return text, both(_at(b, place), kept(*others))


def _y22_keep_poet(w: World) -> Made:
    """Poet: leave the one tower standing, bin a block outside it."""
    towers = _towers(w)
    if len(towers) != 1:
        return None
    tower = towers[0]
    options = [b for b in _loose(w) if b not in tower]
    if not options:
        return None
    b = w.rng.choice(options)
    text = (f"Leave the tower be, let it stand up tall and proud; into the bin the {_c(w, b)} block goes, "
            "without a sound.")
    return text, both(binned([b]), kept(*tower))


# ----- multi-step ------------------------------------------------------------------------------------
def _y22_multi_anchor(w: World) -> Made:
    """News anchor: two stories, two moves."""
    options = [(x, y, bowl) for x in _loose(w) for y in _loose(w) for bowl in w.bowls
               if x != y and _into(w, y, bowl) and x not in _tower_of(w, y)]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    text = (f"Our top story tonight: first, the {_c(w, x)} block goes into the bin. Then, in other news, the "
            f"{_c(w, y)} block moves into the {_c(w, bowl)} bowl. Back to you.")
    return text, both(binned([x]), _in(y, bowl))


def _y22_multi_noir(w: World) -> Made:
    """Detective: take one block off another and bin it, then bowl the one below."""
    options = [(t, s, bowl) for t, s in w.pairs() for bowl in w.bowls
               if t in _loose(w) and w.state.is_clear(t) and _into(w, s, bowl)]
    if not options:
        return None
    t, s, bowl = w.rng.choice(options)
    text = (f"Here's how it goes down tonight, see. First you take the {_c(w, t)} block off the {_c(w, s)} one and "
            f"toss it in the trash. Then the {_c(w, s)} block goes into the {_c(w, bowl)} bowl. Capisce?")
    return text, both(binned([t]), _in(s, bowl))


def _y22_multi_recipe(w: World) -> Made:
    """Cookbook: numbered steps, a cube into a bowl and another on top of it."""
    options = [(x, y, bowl) for x in _loose(w) for y in _loose(w) for bowl in w.bowls
               if x != y and _room(w, bowl) >= 2 and _bowl_of(w, x) != bowl and y not in _tower_of(w, x)]
    if not options:
        return None
    x, y, bowl = w.rng.choice(options)
    text = (f"1. Transfer the {_c(w, x)} cube to the {_c(w, bowl)} bowl.\n"
            f"2. Place the {_c(w, y)} cube on top of the {_c(w, x)} cube.\n3. Set aside.")
    return text, both(_in(x, bowl), _on(y, x))


def _y22_multi_surgeon(w: World) -> Made:
    """Surgeon: unstack onto the table, then bin the lower block."""
    options = [(t, s) for t, s in w.pairs() if t in _loose(w) and w.state.is_clear(t)]
    if not options:
        return None
    t, s = w.rng.choice(options)
    text = (f"Clamp. First, the {_c(w, t)} block comes off the {_c(w, s)} block and onto the table. "
            f"Then the {_c(w, s)} block goes in the bin. Then we close.")
    return text, both(_table(t), binned([s]))


def _y22_multi_email(w: World) -> Made:
    """Corporate email: action items in order."""
    options = [(x, bowl, y) for x in _loose(w) for bowl in w.bowls for y in _loose(w)
               if x != y and _into(w, x, bowl) and w.state.base(y) not in PLACES]
    if not options:
        return None
    x, bowl, y = w.rng.choice(options)
    place = w.rng.choice(PLACES)
    text = (f"Hi team,\n\nAction items:\n1) Move the {_c(w, x)} block into the {_c(w, bowl)} bowl.\n"
            f"2) Once that's done, move the {_c(w, y)} block to {_place_words(place)}.\n\n"
            "Let me know if there are any blockers.\n\nBest regards,\nChris")
    return text, both(_in(x, bowl), _at(y, place))


def _y22_multi_poet(w: World) -> Made:
    """Poet: two blocks to the bin, then one block on another."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    a, s = pick
    others = [b for b in _loose(w) if b not in _tower_of(w, a) | _tower_of(w, s)]
    if len(others) < 2:
        return None
    b1, b2 = w.pick(others, 2)
    text = (f"First the {_c(w, b1)}, then the {_c(w, b2)}, into the bin they go; "
            f"then the {_c(w, a)} block on the {_c(w, s)} block, nice and slow.")
    return text, both(binned([b1, b2]), _on(a, s))


# ----- questions -------------------------------------------------------------------------------------
def _y22_q_anchor(w: World) -> Made:
    """News anchor: how many blocks in a bowl."""
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"We're getting reports of blocks in the {_c(w, bowl)} bowl. How many blocks are in the "
            f"{_c(w, bowl)} bowl right now? Back to you.")
    return text, answered(str(len(w.state.in_bowl(bowl))))


def _y22_q_noir(w: World) -> Made:
    """Detective: is a block in a bowl (yes or no)."""
    options = [(b, bowl) for b in _loose(w) for bowl in w.bowls]
    if not options:
        return None
    inside = [(b, bowl) for b, bowl in options if _bowl_of(w, b) == bowl]
    if inside and w.rng.random() < 0.5:
        b, bowl = w.rng.choice(inside)
    else:
        b, bowl = w.rng.choice(options)
    text = (f"The {_c(w, b)} block. Word on the street said it was sitting in the {_c(w, bowl)} bowl. "
            f"I had to know. Is the {_c(w, b)} block in the {_c(w, bowl)} bowl?")
    return text, answered(yes(_bowl_of(w, b) == bowl))


def _y22_q_recipe(w: World) -> Made:
    """Cookbook: count the cubes before starting."""
    if not w.blocks:
        return None
    text = "Before you begin, count your ingredients: how many cubes are there in total?"
    return text, answered(str(len(w.blocks)))


def _y22_q_surgeon(w: World) -> Made:
    """Surgeon: what is on a block."""
    pairs = w.pairs()
    if not pairs:
        return None
    t, s = w.rng.choice(pairs)
    text = f"Talk to me. What's sitting directly on top of the {_c(w, s)} block?"
    return text, answered(f"{_c(w, t)}|block")


def _y22_q_email(w: World) -> Made:
    """Corporate email: which bowl a block is in."""
    options = [b for b in _loose(w) if _bowl_of(w, b)]
    if not options:
        return None
    b = w.rng.choice(options)
    bowl = _bowl_of(w, b)
    assert bowl is not None
    text = f"Hi,\n\nQuick question: which bowl is the {_c(w, b)} block in?\n\nBest regards,\nNina"
    return text, answered(f"{_c(w, bowl)}|bowl")


def _y22_q_poet(w: World) -> Made:
    """Poet: is one block sitting on another (yes or no)."""
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    pairs = [(t, s) for t, s in w.pairs() if t in blocks]
    apart = [(t, s) for t in blocks for s in blocks if t != s and t not in w.state.above(s)]
    if pairs and (not apart or w.rng.random() < 0.5):
        t, s = w.rng.choice(pairs)
    elif apart:
        t, s = w.rng.choice(apart)
    else:
        return None
    text = (f"Tell me true, and tell me plain: is the {_c(w, t)} block sitting on the {_c(w, s)} block, "
            "or is my asking all in vain?")
    return text, answered(yes(w.state.support[t] == s))


# ----- colour matching -------------------------------------------------------------------------------
def _y22_match_anchor(w: World) -> Made:
    """News anchor: blocks headed home to their colours."""
    want = _unmatched(w)
    if not want:
        return None
    text = ("Breaking news: we're getting reports that every block is headed home tonight, each one into the bowl "
            "of its own colour. Back to you.")
    return text, rels(*want)


def _y22_match_noir(w: World) -> Made:
    """Detective: every block belongs in the bowl that shares its colour."""
    want = _unmatched(w)
    if not want:
        return None
    text = ("Some blocks in this town had a bowl the same colour as themselves, like a dame and her lipstick. "
            "Put each block in the bowl that matches its colour. Where it belongs.")
    return text, rels(*want)


def _y22_match_recipe(w: World) -> Made:
    """Cookbook: sort the cubes by colour into the bowls."""
    want = _unmatched(w)
    if not want:
        return None
    text = "Sort the cubes by colour: place each cube in the bowl of the matching colour. Set aside."
    return text, rels(*want)


def _y22_match_surgeon(w: World) -> Made:
    """Surgeon: colour match, now."""
    want = _unmatched(w)
    if not want:
        return None
    text = "Colour match, people. Each block goes in the bowl that's the same colour as it. Now."
    return text, rels(*want)


def _y22_match_email(w: World) -> Made:
    """Corporate email: an action item to match blocks and bowls."""
    want = _unmatched(w)
    if not want:
        return None
    text = ("Hi all,\n\nAction items:\n- Move each block into the bowl with the same colour as the block.\n\n"
            "Best regards,\nRobin")
    return text, rels(*want)


def _y22_match_poet(w: World) -> Made:
    """Poet: 'red to red and blue to blue', with the scene's colours."""
    want = _unmatched(w)
    if not want:
        return None
    cols = [_c(w, r.block) for r in want][:2]
    lead = ", ".join(f"{c} to {c}" for c in cols)
    text = f"{lead.capitalize()}, every block into the bowl of its own hue; that is what I ask of you."
    return text, rels(*want)


FRESH22: list[Template] = [
    ("y22_imp_anchor", "imperative", _y22_imp_anchor),
    ("y22_imp_noir", "imperative", _y22_imp_noir),
    ("y22_imp_recipe", "imperative", _y22_imp_recipe),
    ("y22_imp_surgeon", "imperative", _y22_imp_surgeon),
    ("y22_imp_email", "imperative", _y22_imp_email),
    ("y22_imp_poet", "imperative", _y22_imp_poet),
    ("y22_decl_anchor", "declarative", _y22_decl_anchor),
    ("y22_decl_noir", "declarative", _y22_decl_noir),
    ("y22_decl_recipe", "declarative", _y22_decl_recipe),
    ("y22_decl_surgeon", "declarative", _y22_decl_surgeon),
    ("y22_decl_email", "declarative", _y22_decl_email),
    ("y22_decl_poet", "declarative", _y22_decl_poet),
    ("y22_want_anchor", "desiderative", _y22_want_anchor),
    ("y22_want_noir", "desiderative", _y22_want_noir),
    ("y22_want_recipe", "desiderative", _y22_want_recipe),
    ("y22_want_surgeon", "desiderative", _y22_want_surgeon),
    ("y22_want_email", "desiderative", _y22_want_email),
    ("y22_want_poet", "desiderative", _y22_want_poet),
    ("y22_all_anchor", "quantified", _y22_all_anchor),
    ("y22_all_noir", "quantified", _y22_all_noir),
    ("y22_all_recipe", "quantified", _y22_all_recipe),
    ("y22_all_surgeon", "quantified", _y22_all_surgeon),
    ("y22_all_email", "quantified", _y22_all_email),
    ("y22_all_poet", "quantified", _y22_all_poet),
    ("y22_not_anchor", "negated", _y22_not_anchor),
    ("y22_not_noir", "negated", _y22_not_noir),
    ("y22_not_recipe", "negated", _y22_not_recipe),
    ("y22_not_surgeon", "negated", _y22_not_surgeon),
    ("y22_not_email", "negated", _y22_not_email),
    ("y22_not_poet", "negated", _y22_not_poet),
    ("y22_rel_anchor", "relative", _y22_rel_anchor),
    ("y22_rel_noir", "relative", _y22_rel_noir),
    ("y22_rel_recipe", "relative", _y22_rel_recipe),
    ("y22_rel_surgeon", "relative", _y22_rel_surgeon),
    ("y22_rel_email", "relative", _y22_rel_email),
    ("y22_rel_poet", "relative", _y22_rel_poet),
    ("y22_keep_anchor", "keep", _y22_keep_anchor),
    ("y22_keep_noir", "keep", _y22_keep_noir),
    ("y22_keep_recipe", "keep", _y22_keep_recipe),
    ("y22_keep_surgeon", "keep", _y22_keep_surgeon),
    ("y22_keep_email", "keep", _y22_keep_email),
    ("y22_keep_poet", "keep", _y22_keep_poet),
    ("y22_multi_anchor", "multi_step", _y22_multi_anchor),
    ("y22_multi_noir", "multi_step", _y22_multi_noir),
    ("y22_multi_recipe", "multi_step", _y22_multi_recipe),
    ("y22_multi_surgeon", "multi_step", _y22_multi_surgeon),
    ("y22_multi_email", "multi_step", _y22_multi_email),
    ("y22_multi_poet", "multi_step", _y22_multi_poet),
    ("y22_q_anchor", "question", _y22_q_anchor),
    ("y22_q_noir", "question", _y22_q_noir),
    ("y22_q_recipe", "question", _y22_q_recipe),
    ("y22_q_surgeon", "question", _y22_q_surgeon),
    ("y22_q_email", "question", _y22_q_email),
    ("y22_q_poet", "question", _y22_q_poet),
    ("y22_match_anchor", "matching", _y22_match_anchor),
    ("y22_match_noir", "matching", _y22_match_noir),
    ("y22_match_recipe", "matching", _y22_match_recipe),
    ("y22_match_surgeon", "matching", _y22_match_surgeon),
    ("y22_match_email", "matching", _y22_match_email),
    ("y22_match_poet", "matching", _y22_match_poet),
]
