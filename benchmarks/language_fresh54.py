"""`FRESH54`, the fifty-fifth untuned batch: sixty language templates, six per category, about mood and figures of
speech, as people really talk to a home robot. It was written by a tester who had not read the planner, its tests,
the lexicon or any other batch of templates.

Each category has one template in each of six styles: metaphor and personification (a homesick block, a hungry
bowl), a frustrated user who complains or repeats, an excited user with exclamations and emoji, a very brief user
with abbreviations and symbols, a user who explains the purpose at length before the request, and a user who asks
through a rhetorical question.

Its first run (300 instructions, seed 0, on e543399, after every fix of this session and before anything it could
prompt): 0.237 goal-correct (71 of 300), 199 refused, 30 wrong, none of them a robot action: fifteen requests answered
with the help text ('Could you move X ...?' after a long reason, 'Isn't it obvious that X belongs in W?', 'Why is this
taking so long? Can't we just put ...?') and fifteen questions it could not read ('Is X getting a piggyback ride on
Y?', 'Is there a bowl that's the same colour as X?' after a long reason, 'Is there anything in it right now, even one
block?'). Most refusals are the style itself: metaphors ('tuck X in', 'X needs a new roof'), abbreviations ('grn blk
-> bin') and rhetorical questions.
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

I54_CAP = layout.BOWL_CAPACITY
I54_SHORT = {"red": "red", "green": "grn", "blue": "blu", "yellow": "ylw", "orange": "orng", "purple": "purp",
             "pink": "pnk", "cyan": "cyan", "white": "wht"}
I54_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------------
def i54_c(w: World, name: str) -> str:
    return w.colour(name)


def i54_short(w: World, name: str) -> str:
    return I54_SHORT.get(w.colour(name), w.colour(name))


def i54_place_short(place: str) -> str:
    return place.replace("bottom", "btm").replace(" corner", "").replace("middle", "mid")


def i54_one(w: World, block: str) -> str:
    """"the red one" when no bowl shares the colour, else "the red block"."""
    colour = w.colour(block)
    clash = any(w.colour(b) == colour for b in w.bowls)
    return f"{colour} block" if clash else f"{colour} one"


def i54_grounded(w: World, b: str) -> bool:
    """Rests directly on the table (or a named place on it)."""
    return w.state.support[b] in I54_GROUND


def i54_table_based(w: World, b: str) -> bool:
    return w.state.base(b) in I54_GROUND


def i54_room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= I54_CAP


def i54_height(w: World, b: str) -> int:
    """Blocks from `b` down to the bottom of its tower, `b` included."""
    n, s = 1, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def i54_below(w: World, b: str) -> list[str]:
    """Blocks under `b` in its tower."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def i54_can_stack(w: World, b: str, c: str) -> bool:
    """`b` can sensibly be asked onto `c`: a clear block on the table with room above it, not already there."""
    st = w.state
    return (b != c and st.is_clear(c) and i54_table_based(w, c) and i54_height(w, c) < layout.MAX_TOWER
            and st.support[b] != c and c not in st.above(b))


def i54_can_bowl(w: World, b: str, bowl: str) -> bool:
    return w.state.base(b) != bowl and i54_room(w, bowl)


def i54_spare(w: World, x: str, *movers: str) -> bool:
    """`x` can stay as it is while `movers` move: it is none of them and sits on none of them."""
    return x not in movers and all(x not in w.state.above(m) for m in movers)


def i54_stacks(w: World) -> list[tuple[str, str]]:
    return [(b, c) for b in w.blocks for c in w.blocks if i54_can_stack(w, b, c)]


def i54_bowl_targets(w: World) -> list[tuple[str, str]]:
    return [(b, bowl) for b in w.blocks for bowl in w.bowls if i54_can_bowl(w, b, bowl)]


def i54_the(place: str) -> str:
    return f"the {place}"


def i54_on_table(b: str) -> Check:
    return rels(Rel("on_table", b))


def i54_sole(w: World, bowl: str) -> str | None:
    """The only block in `bowl`, if it holds exactly one."""
    inside = w.state.in_bowl(bowl)
    return inside[0] if len(inside) == 1 else None


def i54_towers(w: World) -> list[str]:
    """Bottom blocks of every tower of two or more blocks (on the table or in a bowl)."""
    st = w.state
    return [b for b in w.blocks if st.support[b] not in st.support and st.support[b] != BIN and not st.is_clear(b)]


def i54_match_goal(w: World) -> list[Rel] | None:
    """The colour-matching goal, or None when there is nothing to match, it already holds or a bowl is full."""
    goal = matching(w)
    st = w.state
    todo = [r for r in goal if st.base(r.args[0]) != r.args[1]]
    if not goal or not todo:
        return None
    if any(len(st.in_bowl(r.args[1])) >= I54_CAP for r in todo):
        return None
    return goal


# ----- imperative -----------------------------------------------------------------------------------------
def i54_imperative_metaphor(w: World) -> Made:
    loners = [b for b in w.blocks if i54_grounded(w, b) and w.state.is_clear(b)]
    bowls = [x for x in w.bowls if i54_room(w, x)]
    if not loners or not bowls:
        return None
    b, bowl = w.pick(loners)[0], w.pick(bowls)[0]
    return ((f"The {i54_c(w, b)} block looks cold out there on the table all by itself. Tuck it into the "
             f"{i54_c(w, bowl)} bowl where it's cosy."), rels(Rel("in", b, bowl)))


def i54_imperative_frustrated(w: World) -> Made:
    options = [(b, c, bowl) for b, c in w.pairs() for bowl in w.bowls if i54_can_bowl(w, b, bowl)]
    if not options:
        return None
    b, c, bowl = w.pick(options)[0]
    return ((f"Ugh, for the last time, get the {i54_c(w, b)} block OFF the {i54_c(w, c)} block and into the "
             f"{i54_c(w, bowl)} bowl. Why does it keep ending up back up there??"), rels(Rel("in", b, bowl)))


def i54_imperative_excited(w: World) -> Made:
    options = i54_stacks(w)
    if not options:
        return None
    b, c = w.pick(options)[0]
    return (f"omg YES!! 🎉🎉 that worked!! ok ok now stack the {i54_c(w, b)} block on the {i54_c(w, c)} block!!!",
            rels(Rel("on", b, c)))


def i54_imperative_brief(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return f"{i54_short(w, b)} blk -> bin pls", rels(Rel("in_bin", b))


def i54_imperative_purpose(w: World) -> Made:
    place = w.pick(list(PLACES))[0]
    options = [b for b in w.blocks if w.state.base(b) != place]
    b = w.pick(options)[0]
    return ((f"I'm taking a photo of the table from above for my blog and the shot looks a bit empty, so I want one "
             f"pop of colour right in {i54_the(place)}. Could you move the {i54_c(w, b)} block to {i54_the(place)}?"),
            rels(Rel("at", b, place)))


def i54_imperative_rhetorical(w: World) -> Made:
    options = [(b, c) for b, c in i54_stacks(w) if w.state.base(b) in w.state.bowls]
    if not options:
        return None
    b, c = w.pick(options)[0]
    bowl = w.state.base(b)
    return ((f"Why is the {i54_c(w, b)} block still stuck in the {i54_c(w, bowl)} bowl when it should be on top of "
             f"the {i54_c(w, c)} block? Go on, move it."), rels(Rel("on", b, c)))


# ----- declarative ----------------------------------------------------------------------------------------
def i54_declarative_metaphor(w: World) -> Made:
    every = i54_towers(w)
    towers = [t for t in every if w.state.support[t] in I54_GROUND]
    if not towers:
        return None
    bottom = w.pick(towers)[0]
    top = w.state.above(bottom)[0]
    if i54_height(w, top) >= layout.MAX_TOWER:
        return None
    roofs = [b for b in w.blocks if b != bottom and b not in w.state.above(bottom)]
    if not roofs:
        return None
    b = w.pick(roofs)[0]
    tower = ("The tower" if len(every) == 1
             else f"The tower with the {i54_c(w, bottom)} block at the bottom")
    return (f"{tower} needs a new roof, and the {i54_c(w, b)} block is just the right size for it.",
            rels(Rel("on", b, top)))


def i54_declarative_frustrated(w: World) -> Made:
    options = [(b, bowl) for b, bowl in i54_bowl_targets(w) if i54_grounded(w, b)]
    if not options:
        return None
    b, bowl = w.pick(options)[0]
    return ((f"For the hundredth time: the {i54_c(w, b)} block lives in the {i54_c(w, bowl)} bowl. Not on the table. "
             f"In the {i54_c(w, bowl)} bowl."), rels(Rel("in", b, bowl)))


def i54_declarative_excited(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return ((f"aaah this is looking SO good!! 🤩 the {i54_c(w, b)} block is going in the bin, bye bye "
             f"{i54_c(w, b)} block 👋😂"), rels(Rel("in_bin", b)))


def i54_declarative_brief(w: World) -> Made:
    place = w.pick(list(PLACES))[0]
    b = w.pick(w.blocks)[0]
    return f"fyi {i54_short(w, b)} blk goes @ {i54_place_short(place)}", rels(Rel("at", b, place))


def i54_declarative_purpose(w: World) -> Made:
    options = i54_stacks(w)
    if not options:
        return None
    b, c = w.pick(options)[0]
    return ((f"My little one is learning to build towers and today's lesson starts with a good base. The "
             f"{i54_c(w, c)} block is the foundation, and the {i54_c(w, b)} block is the piece that sits right on "
             f"top of it."), rels(Rel("on", b, c)))


def i54_declarative_rhetorical(w: World) -> Made:
    options = [(b, bowl, x) for b, bowl in i54_bowl_targets(w) for x in w.state.in_bowl(bowl)]
    if not options:
        return None
    b, bowl, x = w.pick(options)[0]
    return ((f"Isn't it obvious that the {i54_c(w, b)} block belongs in the {i54_c(w, bowl)} bowl with the "
             f"{i54_c(w, x)} block? Those two are a set."), rels(Rel("in", b, bowl)))


# ----- desiderative ---------------------------------------------------------------------------------------
def i54_desiderative_metaphor(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    return (f"I'd love for the {i54_c(w, b)} block to finally retire. It has earned a nice quiet spot in the bin.",
            rels(Rel("in_bin", b)))


def i54_desiderative_frustrated(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    b, c = w.pick(pairs)[0]
    check: Check = lambda _i, f: f.support[b] != c and f.base(b) != BIN
    return ((f"I just want the {i54_c(w, b)} block off the {i54_c(w, c)} block. That's it. That's all I've wanted "
             f"all afternoon."), check)


def i54_desiderative_excited(w: World) -> Made:
    options = i54_stacks(w)
    if not options:
        return None
    b, c = w.pick(options)[0]
    return (f"eee I'd LOVE to see the {i54_c(w, b)} block perched on top of the {i54_c(w, c)} block!! ✨✨",
            rels(Rel("on", b, c)))


def i54_desiderative_brief(w: World) -> Made:
    place = w.pick(list(PLACES))[0]
    b = w.pick(w.blocks)[0]
    return f"want {i54_short(w, b)} blk in {i54_place_short(place)} pls", rels(Rel("at", b, place))


def i54_desiderative_purpose(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    col = i54_c(w, bowl)
    return ((f"My sister is coming over to play a guessing game and the {col} bowl is where we'll hide the prize, "
             f"so I'd like it completely empty before she sits down. Everything in the {col} bowl out onto the "
             f"table, please."), both(empty(bowl), rels(*(Rel("on_table", b) for b in inside))))


def i54_desiderative_rhetorical(w: World) -> Made:
    options = i54_bowl_targets(w)
    if not options:
        return None
    b, bowl = w.pick(options)[0]
    return ((f"Wouldn't the {i54_c(w, b)} block look so much nicer in the {i54_c(w, bowl)} bowl than where it is "
             f"now?"), rels(Rel("in", b, bowl)))


# ----- quantified -----------------------------------------------------------------------------------------
def i54_quantified_metaphor(w: World) -> Made:
    bowls = [x for x in w.bowls if i54_room(w, x)]
    if not bowls or len(w.blocks) < I54_CAP:
        return None
    bowl = w.pick(bowls)[0]
    return (f"The {i54_c(w, bowl)} bowl is hungry. Feed it blocks until it can't fit another bite.",
            count_in(bowl, I54_CAP))


def i54_quantified_frustrated(w: World) -> Made:
    loose = [b for b in w.blocks if i54_table_based(w, b)]
    rest = [b for b in w.blocks if b not in loose]
    if len(loose) < 2:
        return None
    return (("Ugh. I keep saying this. Every single block lying around on the table, not the ones in bowls, goes in "
             "the bin. ALL of them. Not just one."), both(binned(loose), none_binned(rest)))


def i54_quantified_excited(w: World) -> Made:
    bowls = [x for x in w.bowls if not w.state.in_bowl(x)]
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = w.pick(bowls)[0]
    return (f"it's WORKING!!! 😍🙌 ok now three blocks in the {i54_c(w, bowl)} bowl, any three you want!!",
            count_in(bowl, 3))


def i54_quantified_brief(w: World) -> Made:
    bowls = [x for x in w.bowls if not w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return f"2 blks in {i54_short(w, bowl)} bowl", count_in(bowl, 2)


def i54_quantified_purpose(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or len(w.blocks) < len(bowls):
        return None
    if all(len(w.state.in_bowl(x)) == 1 for x in bowls):
        return None
    check: Check = lambda _i, f: all(len(f.in_bowl(x)) == 1 for x in bowls)
    return (("I'm setting up a photo of the bowls for a little ceramics shop listing and I want them to look tidy "
             "and matching, nothing crammed in, nothing bare. So could you make sure each bowl has exactly one block "
             "in it?"), check)


def i54_quantified_rhetorical(w: World) -> Made:
    bowls = [x for x in w.bowls if not w.state.in_bowl(x)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return ((f"Why is the {i54_c(w, bowl)} bowl still empty? What's it for, decoration? Put at least two blocks in "
             f"it."), count_in(bowl, 2, exact=False))


# ----- negated --------------------------------------------------------------------------------------------
def i54_negated_metaphor(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.pick(inside)[0]
    bowl = w.state.base(b)
    return ((f"The {i54_c(w, b)} block has overstayed its welcome in the {i54_c(w, bowl)} bowl. Evict it, but not "
             f"into the bin, just out onto the table."), i54_on_table(b))


def i54_negated_frustrated(w: World) -> Made:
    options = [(b, bowl, x) for b, bowl in i54_bowl_targets(w) for x in w.blocks if i54_spare(w, x, b)]
    if not options:
        return None
    b, bowl, x = w.pick(options)[0]
    return ((f"NO. Not the {i54_c(w, x)} block, the {i54_c(w, b)} block! The {i54_c(w, b)} block goes in the "
             f"{i54_c(w, bowl)} bowl. Leave the {i54_one(w, x)} alone."), both(rels(Rel("in", b, bowl)), kept(x)))


def i54_negated_excited(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    others = [b for b in w.blocks if b != x]
    if len(others) > len(layout.BIN_SLOTS):
        return None
    return (f"yesss!! 🥳 ok every block except the {i54_one(w, x)} goes in the bin!!! 🗑️",
            both(binned(others), none_binned([x])))


def i54_negated_brief(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.pick(w.bowls)[0]
    rest = [x for x in w.bowls if x != bowl]
    options = [b for b in w.blocks if w.state.base(b) not in rest and any(i54_room(w, x) for x in rest)]
    if not options:
        return None
    b = w.pick(options)[0]
    check: Check = lambda _i, f: f.base(b) in rest
    return f"{i54_short(w, b)} blk in a bowl, just NOT the {i54_short(w, bowl)} one", check


def i54_negated_purpose(w: World) -> Made:
    options = [(b, c, bowl) for b, c in w.pairs() for bowl in w.bowls
               if w.state.is_clear(b) and i54_can_bowl(w, b, bowl)]
    if not options:
        return None
    b, c, bowl = w.pick(options)[0]
    clear: Check = lambda _i, f: f.is_clear(c)
    return ((f"My cat keeps swatting at whatever is stacked on the {i54_c(w, c)} block and knocking it on the floor, "
             f"so I don't want anything sitting on it anymore. Please take the {i54_c(w, b)} block off it and put it "
             f"in the {i54_c(w, bowl)} bowl."), both(rels(Rel("in", b, bowl)), clear))


def i54_negated_rhetorical(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    b, c = w.pick(pairs)[0]
    return ((f"Who put the {i54_c(w, b)} block on top of the {i54_c(w, c)} block? It shouldn't be sitting on any "
             f"block at all, the table is fine."), i54_on_table(b))


# ----- relative -------------------------------------------------------------------------------------------
def i54_relative_metaphor(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, c = w.pick(pairs)[0]
    return (f"The block that's hitching a ride on the {i54_c(w, c)} block has to hop off and go in the bin.",
            rels(Rel("in_bin", t)))


def i54_relative_frustrated(w: World) -> Made:
    options = [(t, c, bowl) for t, c in w.pairs() for bowl in w.bowls if i54_can_bowl(w, c, bowl)]
    if not options:
        return None
    t, c, bowl = w.pick(options)[0]
    return ((f"Not that one. The one UNDER the {i54_c(w, t)} block. The block the {i54_c(w, t)} block is sitting on. "
             f"How many times... that one goes in the {i54_c(w, bowl)} bowl!"), rels(Rel("in", c, bowl)))


def i54_relative_excited(w: World) -> Made:
    colours = {w.colour(b): b for b in w.blocks}
    options = [x for x in w.bowls if w.colour(x) in colours]
    if not options:
        return None
    bowl = w.pick(options)[0]
    b = colours[w.colour(bowl)]
    return (f"ooh ooh!! the block that's the same colour as the {i54_c(w, bowl)} bowl, toss it in the bin 😂🗑️",
            rels(Rel("in_bin", b)))


def i54_relative_brief(w: World) -> Made:
    options = [(t, c, bowl) for t, c in w.pairs() for bowl in w.bowls if i54_can_bowl(w, t, bowl)]
    if not options:
        return None
    t, c, bowl = w.pick(options)[0]
    return f"blk on top of {i54_short(w, c)} → {i54_short(w, bowl)} bwl", rels(Rel("in", t, bowl))


def i54_relative_purpose(w: World) -> Made:
    towers = i54_towers(w)
    if len(towers) != 1:
        return None
    top = w.state.above(towers[0])[0]
    place = w.pick(list(PLACES))[0]
    return ((f"I'm teaching my nephew how towers work and we're going to take it apart from the top, one piece at a "
             f"time, and line the pieces up. So the block at the very top of the tower should go over to "
             f"{i54_the(place)} first."), rels(Rel("at", top, place)))


def i54_relative_rhetorical(w: World) -> Made:
    options = []
    for bowl in w.bowls:
        b = i54_sole(w, bowl)
        if b is not None:
            options += [(b, bowl, c) for c in w.blocks if i54_can_stack(w, b, c)]
    if not options:
        return None
    b, bowl, c = w.pick(options)[0]
    return ((f"You know the block sitting all by itself in the {i54_c(w, bowl)} bowl? Why is it even in there? "
             f"It should be on the {i54_c(w, c)} block."), rels(Rel("on", b, c)))


# ----- keep -----------------------------------------------------------------------------------------------
def i54_keep_metaphor(w: World) -> Made:
    options = [(b, bowl, x) for b, bowl in i54_bowl_targets(w) for x in w.blocks if i54_spare(w, x, b)]
    if not options:
        return None
    b, bowl, x = w.pick(options)[0]
    return ((f"The {i54_c(w, b)} block is off on a little trip to the {i54_c(w, bowl)} bowl, but the {i54_c(w, x)} "
             f"block is staying home, so don't bother it."), both(rels(Rel("in", b, bowl)), kept(x)))


def i54_keep_frustrated(w: World) -> Made:
    options = [(b, x) for b in w.blocks if not i54_grounded(w, b) for x in w.blocks if i54_spare(w, x, b)]
    if not options:
        return None
    b, x = w.pick(options)[0]
    return ((f"Move the {i54_c(w, b)} block onto the table and DON'T touch the {i54_c(w, x)} block. Last time you "
             f"moved both of them and I had to fix it myself."), both(i54_on_table(b), kept(x)))


def i54_keep_excited(w: World) -> Made:
    options = [(b, c, x) for b, c in i54_stacks(w) for x in w.blocks if i54_spare(w, x, b, c)]
    if not options:
        return None
    b, c, x = w.pick(options)[0]
    return ((f"yay!! 🎉 now the {i54_c(w, b)} block goes on top of the {i54_c(w, c)} block, but keep the "
             f"{i54_c(w, x)} block exactly where it is pls!! 🙏"), both(rels(Rel("on", b, c)), kept(x)))


def i54_keep_brief(w: World) -> Made:
    place = w.pick(list(PLACES))[0]
    options = [(b, x) for b in w.blocks if w.state.base(b) != place for x in w.blocks if i54_spare(w, x, b)]
    if not options:
        return None
    b, x = w.pick(options)[0]
    return (f"{i54_short(w, b)} → {i54_place_short(place)}, leave {i54_short(w, x)} as is",
            both(rels(Rel("at", b, place)), kept(x)))


def i54_keep_purpose(w: World) -> Made:
    options = [(x, y, b) for x, y in w.pairs() for b in w.blocks if i54_spare(w, x, b) and i54_spare(w, y, b)]
    if not options:
        return None
    x, y, b = w.pick(options)[0]
    return ((f"I spent ages getting the {i54_c(w, x)} block balanced just right on the {i54_c(w, y)} block for my "
             f"son's science project photo, so please don't disturb those two. I only need the {i54_c(w, b)} block "
             f"taken away to the bin."), both(rels(Rel("in_bin", b)), kept(x, y)))


def i54_keep_rhetorical(w: World) -> Made:
    options = [(b, bowl, other) for b, bowl in i54_bowl_targets(w) for other in w.bowls
               if other != bowl and w.state.in_bowl(other) and w.state.base(b) != other]
    if not options:
        return None
    b, bowl, other = w.pick(options)[0]
    inside = w.state.in_bowl(other)
    what = "the block" if len(inside) == 1 else "the blocks"
    return ((f"Is it too much to ask to move the {i54_c(w, b)} block into the {i54_c(w, bowl)} bowl without touching "
             f"{what} in the {i54_c(w, other)} bowl?"), both(rels(Rel("in", b, bowl)), kept(*inside)))


# ----- multi_step -----------------------------------------------------------------------------------------
def i54_multi_step_metaphor(w: World) -> Made:
    options = [(a, b, c) for b, c in i54_stacks(w) for a in w.blocks
               if a not in (b, c) and a not in i54_below(w, c)]
    if not options:
        return None
    a, b, c = w.pick(options)[0]
    return ((f"First the {i54_c(w, a)} block takes a dive into the bin, then the {i54_c(w, b)} block climbs up onto "
             f"the {i54_c(w, c)} block."), rels(Rel("in_bin", a), Rel("on", b, c)))


def i54_multi_step_frustrated(w: World) -> Made:
    options = [(a, bowl, b) for a, bowl in i54_bowl_targets(w) for b in w.blocks
               if b != a and not i54_grounded(w, b)]
    if not options:
        return None
    a, bowl, b = w.pick(options)[0]
    return ((f"ok. AGAIN. Step one: {i54_c(w, a)} block in the {i54_c(w, bowl)} bowl. Step two: {i54_c(w, b)} block "
             f"on the table. It's two steps, it's not hard."), rels(Rel("in", a, bowl), Rel("on_table", b)))


def i54_multi_step_excited(w: World) -> Made:
    options = [(a, b, bowl) for bowl in w.bowls if i54_room(w, bowl, 2) for a in w.blocks for b in w.blocks
               if a != b and w.state.base(a) != bowl and w.state.base(b) != bowl]
    if not options:
        return None
    a, b, bowl = w.pick(options)[0]
    return ((f"woo!! 🎊 put the {i54_c(w, a)} block in the {i54_c(w, bowl)} bowl and then the {i54_c(w, b)} block "
             f"right on top of it!!!"), rels(Rel("in", a, bowl), Rel("on", b, a)))


def i54_multi_step_brief(w: World) -> Made:
    place = w.pick(list(PLACES))[0]
    a, b = w.pick(w.blocks, 2)
    return (f"1) {i54_short(w, a)} blk -> bin  2) {i54_short(w, b)} blk -> {i54_place_short(place)}",
            rels(Rel("in_bin", a), Rel("at", b, place)))


def i54_multi_step_purpose(w: World) -> Made:
    bowls = [x for x in w.bowls if i54_room(w, x, 2)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    movers = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(movers) < 2:
        return None
    a, b = w.pick(movers, 2)
    rest = [c for c in w.blocks if c not in (a, b)]
    if not rest:
        return None
    c = w.pick(rest)[0]
    place = w.pick(list(PLACES))[0]
    return ((f"We're about to play a little game with the kids where the {i54_c(w, bowl)} bowl is home base and "
             f"{i54_the(place)} is the starting line. So first the {i54_c(w, a)} block and the {i54_c(w, b)} block "
             f"both need to be in the {i54_c(w, bowl)} bowl, and after that the {i54_c(w, c)} block goes to "
             f"{i54_the(place)}."), rels(Rel("in", a, bowl), Rel("in", b, bowl), Rel("at", c, place)))


def i54_multi_step_rhetorical(w: World) -> Made:
    options = [(a, b, c) for a, b in i54_stacks(w) for c in w.blocks
               if c not in (a, b) and c not in i54_below(w, b)]
    if not options:
        return None
    a, b, c = w.pick(options)[0]
    return ((f"Why is this taking so long? Can't we just put the {i54_c(w, a)} block on the {i54_c(w, b)} block and "
             f"then throw the {i54_c(w, c)} block away?"), rels(Rel("on", a, b), Rel("in_bin", c)))


# ----- question -------------------------------------------------------------------------------------------
def i54_question_metaphor(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        b, c = w.pick(pairs)[0]
    else:
        others = [(b, c) for b in w.blocks for c in w.blocks if b != c and w.state.support[b] != c]
        b, c = w.pick(others)[0]
    return (f"Is the {i54_c(w, b)} block getting a piggyback ride on the {i54_c(w, c)} block?",
            answered(yes(w.state.support[b] == c)))


def i54_question_frustrated(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.pick(inside)[0]
        bowl = w.state.base(b)
    else:
        b = w.pick(w.blocks)[0]
        bowls = [x for x in w.bowls if w.state.base(b) != x]
        if not bowls:
            return None
        bowl = w.pick(bowls)[0]
    return (f"ugh, is the {i54_c(w, b)} block STILL in the {i54_c(w, bowl)} bowl??",
            answered(yes(w.state.base(b) == bowl)))


def i54_question_excited(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return (f"omg this is so cool 😆 how many blocks are in the {i54_c(w, bowl)} bowl right now??",
            answered(str(n)))


def i54_question_brief(w: World) -> Made:
    st = w.state
    options = [b for b in w.blocks if st.support[b] in st.bowls and w.colour(st.support[b]) != w.colour(b)]
    options += [b for b in w.blocks if st.support[b] in st.support]
    if not options:
        return None
    b = w.pick(options)[0]
    s = st.support[b]
    answer = f"{w.colour(s)}|bowl" if s in st.bowls else w.colour(s)
    return f"where's the {i54_short(w, b)} blk?", answered(answer)


def i54_question_purpose(w: World) -> Made:
    b = w.pick(w.blocks)[0]
    has = any(w.colour(x) == w.colour(b) for x in w.bowls)
    return ((f"I want to set up a colour-sorting game for my daughter tomorrow and I'm checking what we've got "
             f"first. Is there a bowl that's the same colour as the {i54_c(w, b)} block?"), answered(yes(has)))


def i54_question_rhetorical(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return ((f"What's even the point of the {i54_c(w, bowl)} bowl if nothing ever goes in it? Is there anything in "
             f"it right now, even one block?"), answered(yes(bool(w.state.in_bowl(bowl)))))


# ----- matching -------------------------------------------------------------------------------------------
def i54_matching_metaphor(w: World) -> Made:
    goal = i54_match_goal(w)
    if goal is None:
        return None
    todo = [r for r in goal if w.state.base(r.args[0]) != r.args[1]]
    rel = w.pick(todo)[0]
    return ((f"The {i54_c(w, rel.args[0])} block is homesick. Take it back to its own bowl, the one that matches "
             f"it."), rels(rel))


def i54_matching_frustrated(w: World) -> Made:
    goal = i54_match_goal(w)
    if goal is None:
        return None
    return (("How many times do I have to explain this? Blocks go in the bowl that matches their colour. Same colour, "
             "same bowl. It's not complicated."), rels(*goal))


def i54_matching_excited(w: World) -> Made:
    goal = i54_match_goal(w)
    if goal is None:
        return None
    return "colour sorting time!!! 🌈🎉 every block into the bowl that matches it!!", rels(*goal)


def i54_matching_brief(w: World) -> Made:
    goal = i54_match_goal(w)
    if goal is None:
        return None
    return "sort blks by color, each → its matching bowl pls", rels(*goal)


def i54_matching_purpose(w: World) -> Made:
    goal = i54_match_goal(w)
    if goal is None:
        return None
    return (("My toddler is just starting to learn her colours, and I want the table to show her that things that "
             "look alike go together. So could you put every block that has a bowl of its own colour into that "
             "bowl?"), rels(*goal))


def i54_matching_rhetorical(w: World) -> Made:
    goal = i54_match_goal(w)
    if goal is None:
        return None
    return (("Wouldn't it make more sense if each block sat in the bowl of its own colour? Why don't you sort them "
             "that way?"), rels(*goal))


FRESH54: list[Template] = [
    ("i54_imperative_metaphor", "imperative", i54_imperative_metaphor),
    ("i54_imperative_frustrated", "imperative", i54_imperative_frustrated),
    ("i54_imperative_excited", "imperative", i54_imperative_excited),
    ("i54_imperative_brief", "imperative", i54_imperative_brief),
    ("i54_imperative_purpose", "imperative", i54_imperative_purpose),
    ("i54_imperative_rhetorical", "imperative", i54_imperative_rhetorical),
    ("i54_declarative_metaphor", "declarative", i54_declarative_metaphor),
    ("i54_declarative_frustrated", "declarative", i54_declarative_frustrated),
    ("i54_declarative_excited", "declarative", i54_declarative_excited),
    ("i54_declarative_brief", "declarative", i54_declarative_brief),
    ("i54_declarative_purpose", "declarative", i54_declarative_purpose),
    ("i54_declarative_rhetorical", "declarative", i54_declarative_rhetorical),
    ("i54_desiderative_metaphor", "desiderative", i54_desiderative_metaphor),
    ("i54_desiderative_frustrated", "desiderative", i54_desiderative_frustrated),
    ("i54_desiderative_excited", "desiderative", i54_desiderative_excited),
    ("i54_desiderative_brief", "desiderative", i54_desiderative_brief),
    ("i54_desiderative_purpose", "desiderative", i54_desiderative_purpose),
    ("i54_desiderative_rhetorical", "desiderative", i54_desiderative_rhetorical),
    ("i54_quantified_metaphor", "quantified", i54_quantified_metaphor),
    ("i54_quantified_frustrated", "quantified", i54_quantified_frustrated),
    ("i54_quantified_excited", "quantified", i54_quantified_excited),
    ("i54_quantified_brief", "quantified", i54_quantified_brief),
    ("i54_quantified_purpose", "quantified", i54_quantified_purpose),
    ("i54_quantified_rhetorical", "quantified", i54_quantified_rhetorical),
    ("i54_negated_metaphor", "negated", i54_negated_metaphor),
    ("i54_negated_frustrated", "negated", i54_negated_frustrated),
    ("i54_negated_excited", "negated", i54_negated_excited),
    ("i54_negated_brief", "negated", i54_negated_brief),
    ("i54_negated_purpose", "negated", i54_negated_purpose),
    ("i54_negated_rhetorical", "negated", i54_negated_rhetorical),
    ("i54_relative_metaphor", "relative", i54_relative_metaphor),
    ("i54_relative_frustrated", "relative", i54_relative_frustrated),
    ("i54_relative_excited", "relative", i54_relative_excited),
    ("i54_relative_brief", "relative", i54_relative_brief),
    ("i54_relative_purpose", "relative", i54_relative_purpose),
    ("i54_relative_rhetorical", "relative", i54_relative_rhetorical),
    ("i54_keep_metaphor", "keep", i54_keep_metaphor),
    ("i54_keep_frustrated", "keep", i54_keep_frustrated),
    ("i54_keep_excited", "keep", i54_keep_excited),
    ("i54_keep_brief", "keep", i54_keep_brief),
    ("i54_keep_purpose", "keep", i54_keep_purpose),
    ("i54_keep_rhetorical", "keep", i54_keep_rhetorical),
    ("i54_multi_step_metaphor", "multi_step", i54_multi_step_metaphor),
    ("i54_multi_step_frustrated", "multi_step", i54_multi_step_frustrated),
    ("i54_multi_step_excited", "multi_step", i54_multi_step_excited),
    ("i54_multi_step_brief", "multi_step", i54_multi_step_brief),
    ("i54_multi_step_purpose", "multi_step", i54_multi_step_purpose),
    ("i54_multi_step_rhetorical", "multi_step", i54_multi_step_rhetorical),
    ("i54_question_metaphor", "question", i54_question_metaphor),
    ("i54_question_frustrated", "question", i54_question_frustrated),
    ("i54_question_excited", "question", i54_question_excited),
    ("i54_question_brief", "question", i54_question_brief),
    ("i54_question_purpose", "question", i54_question_purpose),
    ("i54_question_rhetorical", "question", i54_question_rhetorical),
    ("i54_matching_metaphor", "matching", i54_matching_metaphor),
    ("i54_matching_frustrated", "matching", i54_matching_frustrated),
    ("i54_matching_excited", "matching", i54_matching_excited),
    ("i54_matching_brief", "matching", i54_matching_brief),
    ("i54_matching_purpose", "matching", i54_matching_purpose),
    ("i54_matching_rhetorical", "matching", i54_matching_rhetorical),
]
