"""`FRESH49`, the fiftieth untuned batch: sixty language templates, six per category, over everyday requests that
ordinary users type into the robot's chat window. It was written by a tester who had not read the planner, its
tests, the lexicon or any other batch of templates.

Each category has one template per user: a parent tidying up after the kids (home), a robotics researcher with
plain, precise requests (research), a teacher showing the robot to a class (teacher), a user who corrects or
redirects the robot within one message (correct), a terse power user (terse) and a user who describes the finished
scene as a picture (picture).

Its first run (300 instructions, seed 0, on 6ff1e33, after every fix of this session and before anything it could
prompt): 0.60 goal-correct (180 of 300); its 10 replies counted wrong are the help text given to two question shapes
it did not read ('how many blocks did the kids leave in W?', 'blue in a bowl?'), no wrong action. It was left untuned:
its misses are not mended, so its figure in the suite is its first run.
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

CAP = layout.BOWL_CAPACITY
_FLAT = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _pl(place: str) -> str:
    """How people name a place: "the top left corner", "the middle of the table"."""
    return f"the {place}" if "corner" in place else f"the {place} of the table"


def _short(w: World, block: str) -> str:
    """A terse name for a block: its colour alone, or "<colour> block" when a bowl shares the colour."""
    colour = _c(w, block)
    return f"{colour} block" if any(_c(w, b) == colour for b in w.bowls) else colour


def _one(w: World, name: str) -> str:
    """Name a thing as "the red one", or "the red block" / "the red bowl" when the other kind shares its colour."""
    colour, kind = _c(w, name), "bowl" if name in w.bowls else "block"
    other = w.blocks if kind == "bowl" else w.bowls
    return f"the {colour} {kind}" if any(_c(w, o) == colour for o in other) else f"the {colour} one"


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= CAP


def _below(w: World, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _stackable(w: World, x: str, y: str) -> bool:
    """Whether putting x on y makes sense: distinct, not already so, y not above x, the tower not too tall, and room
    in y's bowl when y stands in one."""
    st = w.state
    if x == y or st.support[x] == y or y in st.above(x) or BIN in (st.base(x), st.base(y)):
        return False
    if len(_below(w, y)) + 2 > layout.MAX_TOWER:
        return False
    base = st.base(y)
    return not (base in st.bowls and st.base(x) != base and not _room(w, base))


def _not_now(check: Check, w: World) -> bool:
    """The check does not already hold on the scene as it is."""
    return not check(w.state, w.state)


def _done(w: World, check: Check, text: str) -> Made:
    return (text, check) if _not_now(check, w) else None


def _flat_pairs(w: World) -> list[tuple[str, str]]:
    return [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]


# ----- imperative -----------------------------------------------------------------------------------
def d49_imp_home(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    loose = [x for x in w.blocks if w.state.base(x) in _FLAT]
    if not bowls or not loose:
        return None
    b, x = w.rng.choice(bowls), w.rng.choice(loose)
    text = w.rng.choice([
        f"can you put the {_c(w, x)} block back in the {_c(w, b)} bowl please? the kids left it lying out again",
        f"Could you pop the {_c(w, x)} block into the {_c(w, b)} bowl? My little one left it out.",
    ])
    return _done(w, rels(Rel("in", x, b)), text)


def d49_imp_research(w: World) -> Made:
    options = [(x, y) for x in _live(w) for y in _live(w) if _stackable(w, x, y)]
    if not options:
        return None
    x, y = w.rng.choice(options)
    return _done(w, rels(Rel("on", x, y)), f"Place the {_c(w, x)} block directly on top of the {_c(w, y)} block.")


def d49_imp_teacher(w: World) -> Made:
    x = w.rng.choice(_live(w))
    text = w.rng.choice([
        f"Okay everyone, eyes on the arm. Robot, pick up the {_c(w, x)} cube and drop it into the bin.",
        f"Alright class, watch this. Robot, please put the {_c(w, x)} block in the bin.",
    ])
    return _done(w, binned([x]), text)


def d49_imp_correct(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b1, b2 = w.pick(w.bowls, 2)
    xs = [x for x in _live(w) if w.state.base(x) not in (b1, b2)]
    if not xs or not _room(w, b2):
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice([
        f"Put the {_c(w, x)} block in the {_c(w, b1)} bowl. No sorry, the {_c(w, b2)} bowl.",
        f"put the {_c(w, x)} block in the {_c(w, b1)} bowl... wait, not that bowl, {_one(w, b2)}",
    ])
    return _done(w, rels(Rel("in", x, b2)), text)


def d49_imp_terse(w: World) -> Made:
    x, p = w.rng.choice(_live(w)), w.rng.choice(PLACES)
    return _done(w, rels(Rel("at", x, p)), f"{_short(w, x)} to {p}")


def d49_imp_picture(w: World) -> Made:
    x, p = w.rng.choice(_live(w)), w.rng.choice(PLACES)
    check = both(rels(Rel("at", x, p)), lambda _i, f: f.is_clear(x))
    text = f"Make the table look like this: the {_c(w, x)} block sitting on its own in {_pl(p)}."
    return _done(w, check, text)


# ----- declarative ----------------------------------------------------------------------------------
def d49_dec_home(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    xs = [x for x in _live(w) if w.state.base(x) != b]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"The {_c(w, x)} block belongs in the {_c(w, b)} bowl, that's where it always goes."
    return _done(w, rels(Rel("in", x, b)), text)


def d49_dec_research(w: World) -> Made:
    xs = [x for x in _live(w) if w.state.support[x] not in _FLAT]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"Target configuration: the {_c(w, x)} block resting directly on the table surface."
    return _done(w, rels(Rel("on_table", x)), text)


def d49_dec_teacher(w: World) -> Made:
    options = [(x, y) for x in _live(w) for y in _live(w) if _stackable(w, x, y)]
    if not options:
        return None
    x, y = w.rng.choice(options)
    text = (f"See the {_c(w, x)} cube, kids? By the time the robot is done, it's going to be sitting on top of "
            f"the {_c(w, y)} cube.")
    return _done(w, rels(Rel("on", x, y)), text)


def d49_dec_correct(w: World) -> Made:
    options = [(x, z) for x in _live(w) for z in _live(w) if x != z and x not in w.state.above(z)]
    if not options:
        return None
    x, z = w.rng.choice(options)
    text = (f"The {_c(w, x)} block needs to go in the bin. Sorry, I meant the {_c(w, z)} block - "
            f"the {_c(w, x)} one stays where it is.")
    return _done(w, both(binned([z]), kept(x)), text)


def d49_dec_terse(w: World) -> Made:
    options = [(x, y) for x in _live(w) for y in _live(w) if _stackable(w, x, y)]
    if not options:
        return None
    x, y = w.rng.choice(options)
    return _done(w, rels(Rel("on", x, y)), f"need {_short(w, x)} on {_short(w, y)}")


def d49_dec_picture(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    inside = w.state.in_bowl(b)
    check = both(empty(b), rels(*(Rel("on_table", x) for x in inside)))
    things = "the block that was in it is" if len(inside) == 1 else "everything that was in it is"
    text = f"Picture this: the {_c(w, b)} bowl is empty, and {things} lying out on the table."
    return _done(w, check, text)


# ----- desiderative ---------------------------------------------------------------------------------
def d49_des_home(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b, 2)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    xs = [x for x in _live(w) if w.state.base(x) != b]
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    text = w.rng.choice([
        f"I'd really like the {_c(w, x)} and {_c(w, y)} blocks put away in the {_c(w, b)} bowl before bedtime.",
        f"i'd love it if the {_c(w, x)} block and the {_c(w, y)} block went back in the {_c(w, b)} bowl",
    ])
    return _done(w, rels(Rel("in", x, b), Rel("in", y, b)), text)


def d49_des_research(w: World) -> Made:
    x, p = w.rng.choice(_live(w)), w.rng.choice(PLACES)
    return _done(w, rels(Rel("at", x, p)), f"I would like the {_c(w, x)} block to end up at {_pl(p)}.")


def d49_des_teacher(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    x, y = w.pick(live, 2)
    text = (f"For our next demo I'd love the robot to build a little tower: the {_c(w, y)} block on the bottom "
            f"and the {_c(w, x)} block on top of it.")
    return _done(w, rels(Rel("on", x, y), Rel("on_table", y)), text)


def d49_des_correct(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b1, b2 = w.pick(w.bowls, 2)
    xs = [x for x in _live(w) if w.state.base(x) not in (b1, b2)]
    if not xs or not _room(w, b2):
        return None
    x = w.rng.choice(xs)
    text = (f"I want the {_c(w, x)} block in the {_c(w, b1)} bowl. Hmm, actually, make that the "
            f"{_c(w, b2)} bowl instead.")
    return _done(w, rels(Rel("in", x, b2)), text)


def d49_des_terse(w: World) -> Made:
    x = w.rng.choice(_live(w))
    return _done(w, binned([x]), w.rng.choice([f"want {_short(w, x)} in bin", f"wanna bin {_short(w, x)}"]))


def d49_des_picture(w: World) -> Made:
    st = w.state
    options = []
    for x, y in [(x, y) for x in _live(w) for y in _live(w) if _stackable(w, x, y)]:
        for b in w.bowls:
            extra = 1 if st.base(y) == b and st.base(x) != b else 0
            for z in _live(w):
                if z in (x, y) or st.base(z) == b or y in st.above(z) or not _room(w, b, 1 + extra):
                    continue
                options.append((x, y, z, b))
    if not options:
        return None
    x, y, z, b = w.rng.choice(options)
    text = (f"What I'd like to see when I get back: the {_c(w, x)} block stacked on the {_c(w, y)} block, "
            f"and the {_c(w, z)} block in the {_c(w, b)} bowl.")
    return _done(w, rels(Rel("on", x, y), Rel("in", z, b)), text)


# ----- quantified -----------------------------------------------------------------------------------
def d49_qua_home(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    text = w.rng.choice([
        f"throw everything in the {_c(w, b)} bowl into the bin please, the kids have been at it again",
        f"The kids filled the {_c(w, b)} bowl with junk. Can you bin all of it?",
    ])
    return _done(w, binned(w.state.in_bowl(b)), text)


def d49_qua_research(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(_live(w)) < 2:
        return None
    b = w.rng.choice(bowls)
    return _done(w, count_in(b, 2), f"Place exactly two blocks, any two, in the {_c(w, b)} bowl.")


def d49_qua_teacher(w: World) -> Made:
    st = w.state
    bowls = [b for b in w.bowls if _room(w, b, 3) and len([x for x in _live(w) if st.base(x) != b]) >= 3]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    before = st.in_bowl(b)
    check = both(count_in(b, len(before) + 3), rels(*(Rel("in", x, b) for x in before)))
    more = "three more blocks" if before else "three blocks"
    text = f"Let's count together, class! Robot, put {more} into the {_c(w, b)} bowl. One, two, three!"
    return _done(w, check, text)


def d49_qua_correct(w: World) -> Made:
    st = w.state
    options = [(b1, b2) for b1 in w.bowls for b2 in w.bowls
               if b1 != b2 and st.in_bowl(b1) and _room(w, b2, len(st.in_bowl(b1)))]
    if not options:
        return None
    b1, b2 = w.rng.choice(options)
    inside = st.in_bowl(b1)
    text = (f"Take everything out of the {_c(w, b1)} bowl and put it on the table. Actually no, "
            f"put it all in the {_c(w, b2)} bowl instead.")
    return _done(w, rels(*(Rel("in", x, b2) for x in inside)), text)


def d49_qua_terse(w: World) -> Made:
    if not _flat_pairs(w):
        return None
    blocks = w.blocks
    check = both(lambda _i, f: all(f.support[x] not in f.support for x in blocks), none_binned(_live(w)))
    return _done(w, check, w.rng.choice(["unstack everything", "unstack all"]))


def d49_qua_picture(w: World) -> Made:
    live = _live(w)
    if len(live) > CAP * len(w.bowls):
        return None
    bowls = set(w.bowls)
    check: Check = lambda _i, f: all(f.base(x) in bowls for x in live)
    text = "When I walk back in, I want every single block to be sitting in one of the bowls."
    return _done(w, check, text)


# ----- negated --------------------------------------------------------------------------------------
def d49_neg_home(w: World) -> Made:
    live = _live(w)
    if len(live) - 1 > CAP:
        return None
    b = w.rng.choice(w.bowls)
    xs = [x for x in live if w.state.base(x) != b]
    if not xs:
        return None
    x = w.rng.choice(xs)
    others = [y for y in live if y != x]
    check = both(rels(*(Rel("in", y, b) for y in others)), lambda _i, f: f.base(x) != b)
    text = (f"Put all the blocks in the {_c(w, b)} bowl except the {_c(w, x)} block, "
            f"my daughter is still playing with that.")
    return _done(w, check, text)


def d49_neg_research(w: World) -> Made:
    xs = [x for x in w.blocks if w.state.base(x) in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = w.state.base(x)
    check = both(lambda _i, f: f.base(x) != b, none_binned([x]))
    text = f"Remove the {_c(w, x)} block from the {_c(w, b)} bowl. Do not put it in the bin."
    return _done(w, check, text)


def d49_neg_teacher(w: World) -> Made:
    pairs = _flat_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    check = both(lambda _i, f: f.support[x] != y, none_binned([x]))
    text = (f"Now class, the robot is going to take the {_c(w, x)} cube off the {_c(w, y)} cube - "
            f"and it won't throw it away!")
    return _done(w, check, text)


def d49_neg_correct(w: World) -> Made:
    xs = [x for x in _live(w) if w.state.support[x] not in _FLAT]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = (f"Put the {_c(w, x)} block in the bin. No no, don't throw it out, just put it down on the "
            f"table.")
    return _done(w, rels(Rel("on_table", x)), text)


def d49_neg_terse(w: World) -> Made:
    ys = [y for y in _live(w) if not w.state.is_clear(y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    live = _live(w)
    check = both(lambda _i, f: f.is_clear(y), none_binned(live))
    return _done(w, check, f"clear off {_short(w, y)}, don't bin anything")


def d49_neg_picture(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    x = w.rng.choice(_live(w))
    check: Check = lambda _i, f: f.in_bowl(b) == [x]
    text = f"Picture the {_c(w, b)} bowl with nothing in it except the {_c(w, x)} block. That's how I want it."
    return _done(w, check, text)


# ----- relative -------------------------------------------------------------------------------------
def d49_rel_home(w: World) -> Made:
    options = [(x, y, b) for x, y in _flat_pairs(w) for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    if not options:
        return None
    x, y, b = w.rng.choice(options)
    text = f"The block that's sitting on top of {_one(w, y)}, can you put it in the {_c(w, b)} bowl?"
    return _done(w, rels(Rel("in", x, b)), text)


def _singles(w: World) -> list[tuple[str, str]]:
    """(bowl, block) for every bowl holding exactly one block."""
    return [(b, w.state.in_bowl(b)[0]) for b in w.bowls if len(w.state.in_bowl(b)) == 1]


def d49_rel_research(w: World) -> Made:
    singles = _singles(w)
    if not singles:
        return None
    b, x = w.rng.choice(singles)
    p = w.rng.choice(PLACES)
    text = f"Take the block that is currently in the {_c(w, b)} bowl and place it at {_pl(p)}."
    return _done(w, rels(Rel("at", x, p)), text)


def d49_rel_teacher(w: World) -> Made:
    st = w.state
    options = [(x, st.base(x), y) for x in w.blocks if st.base(x) in st.bowls and _room(w, st.base(x))
               for y in _live(w) if st.base(y) != st.base(x)]
    if not options:
        return None
    x, b, y = w.rng.choice(options)
    text = (f"See the bowl that has the {_c(w, x)} block in it, everyone? Watch the robot put the "
            f"{_c(w, y)} block in that same bowl.")
    return _done(w, rels(Rel("in", y, b), Rel("in", x, b)), text)


def d49_rel_correct(w: World) -> Made:
    pairs = _flat_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = (f"Throw the block that's on the {_c(w, y)} block in the bin - wait, no, I mean the "
            f"{_c(w, y)} block itself, the one underneath.")
    return _done(w, both(binned([y]), none_binned([x])), text)


def d49_rel_terse(w: World) -> Made:
    pairs = _flat_pairs(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    p = w.rng.choice(PLACES)
    return _done(w, rels(Rel("at", x, p)), f"block on {_short(w, y)} to {p}")


def d49_rel_picture(w: World) -> Made:
    options = [(b, x, y) for b, x in _singles(w) for y in _live(w) if _stackable(w, x, y)]
    if not options:
        return None
    b, x, y = w.rng.choice(options)
    text = (f"When I come back, the block that's in the {_c(w, b)} bowl right now should be sitting on top "
            f"of the {_c(w, y)} block.")
    return _done(w, rels(Rel("on", x, y)), text)


# ----- keep -----------------------------------------------------------------------------------------
def d49_keep_home(w: World) -> Made:
    st = w.state
    options = [(x, b, y) for x in _live(w) for b in w.bowls if st.base(x) != b and _room(w, b)
               for y in _live(w) if y != x and y not in st.above(x)]
    if not options:
        return None
    x, b, y = w.rng.choice(options)
    text = (f"Put the {_c(w, x)} block in the {_c(w, b)} bowl but don't touch {_one(w, y)}, "
            f"my son is building something with it.")
    return _done(w, both(rels(Rel("in", x, b)), kept(y)), text)


def d49_keep_research(w: World) -> Made:
    xs = [x for x in _live(w) if w.state.is_clear(x)]
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    others = [y for y in w.blocks if y != x]
    text = f"Relocate the {_c(w, x)} block to {_pl(p)}, keeping every other block exactly where it is."
    return _done(w, both(rels(Rel("at", x, p)), kept(*others)), text)


def d49_keep_teacher(w: World) -> Made:
    st = w.state
    options = [(x, y, z) for x in _live(w) for y in _live(w) if _stackable(w, x, y)
               for z in _live(w) if z not in (x, y) and z not in st.above(x) and z not in st.above(y)]
    if not options:
        return None
    x, y, z = w.rng.choice(options)
    text = (f"Watch carefully, class: the robot will move the {_c(w, x)} block onto the {_c(w, y)} block "
            f"and leave the {_c(w, z)} block untouched.")
    return _done(w, both(rels(Rel("on", x, y)), kept(z)), text)


def d49_keep_correct(w: World) -> Made:
    st = w.state
    options = [(x, y) for x in _live(w) for y in _live(w) if y != x and y not in st.above(x)]
    if not options:
        return None
    x, y = w.rng.choice(options)
    text = (f"Put the {_c(w, x)} and {_c(w, y)} blocks in the bin. Actually, keep the {_c(w, y)} one, "
            f"only the {_c(w, x)} block goes.")
    return _done(w, both(binned([x]), kept(y)), text)


def d49_keep_terse(w: World) -> Made:
    st = w.state
    options = [(x, y) for x in _live(w) for y in _live(w)
               if st.is_clear(x) and st.is_clear(y) and _stackable(w, x, y)]
    if not options:
        return None
    x, y = w.rng.choice(options)
    others = [z for z in w.blocks if z != x]
    return _done(w, both(rels(Rel("on", x, y)), kept(*others)), f"{_short(w, x)} onto {_short(w, y)}, rest stays put")


def d49_keep_picture(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    inside = w.state.in_bowl(b)
    xs = [x for x in _live(w) if w.state.base(x) != b]
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(PLACES)
    check = both(rels(Rel("at", x, p)), kept(*inside), lambda _i, f: sorted(f.in_bowl(b)) == sorted(inside))
    text = f"Picture it: the {_c(w, x)} block over at {_pl(p)}, and the {_c(w, b)} bowl exactly as it is now."
    return _done(w, check, text)


# ----- multi_step -----------------------------------------------------------------------------------
def d49_multi_home(w: World) -> Made:
    st = w.state
    options = [(x, y, b) for x in _live(w) for y in _live(w) if x != y
               for b in w.bowls if st.base(y) != b and _room(w, b)]
    if not options:
        return None
    x, y, b = w.rng.choice(options)
    text = w.rng.choice([
        f"First chuck the {_c(w, x)} block in the bin, then put the {_c(w, y)} block in the {_c(w, b)} bowl.",
        f"can you bin the {_c(w, x)} block and after that put the {_c(w, y)} one in the {_c(w, b)} bowl",
    ])
    return _done(w, both(binned([x]), rels(Rel("in", y, b))), text)


def d49_multi_research(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    x, y = w.pick(live, 2)
    p1, p2 = w.pick(list(PLACES), 2)
    text = (f"Step one: move the {_c(w, x)} block to {_pl(p1)}. Step two: move the {_c(w, y)} block to "
            f"{_pl(p2)}.")
    return _done(w, rels(Rel("at", x, p1), Rel("at", y, p2)), text)


def d49_multi_teacher(w: World) -> Made:
    st = w.state
    options = [(x, y) for x in _live(w) if st.support[x] not in _FLAT
               for y in _live(w) if y != x and y not in st.above(x)]
    if not options:
        return None
    x, y = w.rng.choice(options)
    text = (f"Two steps, class. First the robot puts the {_c(w, x)} cube down on the table, and after that "
            f"it stacks the {_c(w, y)} cube on top of it.")
    return _done(w, rels(Rel("on_table", x), Rel("on", y, x)), text)


def d49_multi_correct(w: World) -> Made:
    st = w.state
    options = [(x, y, b) for x in _live(w) for y in _live(w) if x != y
               for b in w.bowls if st.base(y) != b and _room(w, b)]
    if not options:
        return None
    x, y, b = w.rng.choice(options)
    text = (f"Put the {_c(w, x)} block in the {_c(w, b)} bowl, then the {_c(w, y)} block in the bin. "
            f"Oh wait, I got those backwards: the {_c(w, y)} one goes in the bowl and the {_c(w, x)} one "
            f"in the bin.")
    return _done(w, both(rels(Rel("in", y, b)), binned([x])), text)


def d49_multi_terse(w: World) -> Made:
    st = w.state
    options = []
    for x in _live(w):
        for b in w.bowls:
            if st.base(x) == b:
                continue
            for y in _live(w):
                if y == x or y in st.above(x):
                    continue
                if _room(w, b, 1 + (0 if st.base(y) == b else 1)):
                    options.append((x, b, y))
    if not options:
        return None
    x, b, y = w.rng.choice(options)
    text = f"{_short(w, x)} in {_c(w, b)} bowl, then {_short(w, y)} on top of it"
    return _done(w, rels(Rel("in", x, b), Rel("on", y, x)), text)


def d49_multi_picture(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    inside = w.state.in_bowl(b)
    xs = [x for x in _live(w) if x not in inside]
    if not xs:
        return None
    x = w.rng.choice(xs)
    check = both(binned(inside), rels(Rel("in", x, b)), count_in(b, 1))
    text = (f"Here's what I want to find when I get back, in this order: the {_c(w, b)} bowl emptied into the "
            f"bin, and then the {_c(w, x)} block placed in the now-empty {_c(w, b)} bowl.")
    return _done(w, check, text)


# ----- question -------------------------------------------------------------------------------------
def d49_q_home(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    b = w.rng.choice(bowls)
    n = len(w.state.in_bowl(b))
    text = f"Quick question before I start tidying: how many blocks did the kids leave in the {_c(w, b)} bowl?"
    return text, answered(str(n))


def d49_q_research(w: World) -> Made:
    pairs = _flat_pairs(w)
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        live = _live(w)
        x, y = w.pick(live, 2)
    text = f"Is the {_c(w, x)} block resting directly on the {_c(w, y)} block?"
    return text, answered(yes(w.state.support[x] == y))


def d49_q_teacher(w: World) -> Made:
    xs = [x for x in w.blocks if w.state.base(x) in w.bowls]
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = w.state.base(x)
    text = f"Robot, can you tell the class what colour the bowl holding the {_c(w, x)} block is?"
    return text, answered(f"{_c(w, b)}|bowl")


def d49_q_correct(w: World) -> Made:
    live = _live(w)
    covered = [y for y in live if not w.state.is_clear(y)]
    z = w.rng.choice(covered) if covered and w.rng.random() < 0.5 else w.rng.choice(live)
    x = w.rng.choice([b for b in live if b != z])
    text = f"Is there anything on top of the {_c(w, x)} block? Oops, I meant the {_c(w, z)} block."
    return text, answered(yes(not w.state.is_clear(z)))


def d49_q_terse(w: World) -> Made:
    live = _live(w)
    inside = [x for x in live if w.state.base(x) in w.bowls]
    x = w.rng.choice(inside) if inside and w.rng.random() < 0.5 else w.rng.choice(live)
    return f"{_short(w, x)} in a bowl?", answered(yes(w.state.base(x) in w.bowls))


def d49_q_picture(w: World) -> Made:
    n = len([x for x in w.blocks if w.state.support[x] in _FLAT])
    text = ("If I took a photo of the table right now, how many blocks would be lying directly on the table "
            "itself, not in a bowl and not stacked on another block?")
    return text, answered(str(n))


# ----- matching -------------------------------------------------------------------------------------
def _match(w: World) -> Check | None:
    """The colour-matching check, or None when nothing is to be matched, it already holds or a bowl is full."""
    want = matching(w)
    if not want:
        return None
    for r in want:
        if w.state.base(r.block) == BIN:
            return None
        if w.state.base(r.block) != r.target and not _room(w, r.target):
            return None
    check = rels(*want)
    return check if _not_now(check, w) else None


def d49_match_home(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    return "Can you help me sort the kids' blocks? Each one goes in the bowl that's the same colour as it.", check


def d49_match_research(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    todo = [r for r in matching(w) if w.state.base(r.block) != r.target]
    colour = _c(w, w.rng.choice(todo).block)
    text = (f"The {colour} block goes in the {colour} bowl, and likewise for any other block whose colour matches "
            f"one of the bowls.")
    return text, check


def d49_match_teacher(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    return "Here's a fun one, class: watch the robot put every block into the bowl of the same colour.", check


def d49_match_correct(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    text = "Put the blocks in the bowls. No, not just any bowl - each block in the bowl that matches its colour."
    return text, check


def d49_match_terse(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    return w.rng.choice(["match blocks to bowls by colour", "sort blocks into same-colour bowls"]), check


def d49_match_picture(w: World) -> Made:
    check = _match(w)
    if check is None:
        return None
    text = ("When I get back I want to see each block sitting in the bowl of its own colour, wherever there's a "
            "bowl that colour.")
    return text, check


FRESH49: list[Template] = [
    ("d49_imp_home", "imperative", d49_imp_home),
    ("d49_imp_research", "imperative", d49_imp_research),
    ("d49_imp_teacher", "imperative", d49_imp_teacher),
    ("d49_imp_correct", "imperative", d49_imp_correct),
    ("d49_imp_terse", "imperative", d49_imp_terse),
    ("d49_imp_picture", "imperative", d49_imp_picture),
    ("d49_dec_home", "declarative", d49_dec_home),
    ("d49_dec_research", "declarative", d49_dec_research),
    ("d49_dec_teacher", "declarative", d49_dec_teacher),
    ("d49_dec_correct", "declarative", d49_dec_correct),
    ("d49_dec_terse", "declarative", d49_dec_terse),
    ("d49_dec_picture", "declarative", d49_dec_picture),
    ("d49_des_home", "desiderative", d49_des_home),
    ("d49_des_research", "desiderative", d49_des_research),
    ("d49_des_teacher", "desiderative", d49_des_teacher),
    ("d49_des_correct", "desiderative", d49_des_correct),
    ("d49_des_terse", "desiderative", d49_des_terse),
    ("d49_des_picture", "desiderative", d49_des_picture),
    ("d49_qua_home", "quantified", d49_qua_home),
    ("d49_qua_research", "quantified", d49_qua_research),
    ("d49_qua_teacher", "quantified", d49_qua_teacher),
    ("d49_qua_correct", "quantified", d49_qua_correct),
    ("d49_qua_terse", "quantified", d49_qua_terse),
    ("d49_qua_picture", "quantified", d49_qua_picture),
    ("d49_neg_home", "negated", d49_neg_home),
    ("d49_neg_research", "negated", d49_neg_research),
    ("d49_neg_teacher", "negated", d49_neg_teacher),
    ("d49_neg_correct", "negated", d49_neg_correct),
    ("d49_neg_terse", "negated", d49_neg_terse),
    ("d49_neg_picture", "negated", d49_neg_picture),
    ("d49_rel_home", "relative", d49_rel_home),
    ("d49_rel_research", "relative", d49_rel_research),
    ("d49_rel_teacher", "relative", d49_rel_teacher),
    ("d49_rel_correct", "relative", d49_rel_correct),
    ("d49_rel_terse", "relative", d49_rel_terse),
    ("d49_rel_picture", "relative", d49_rel_picture),
    ("d49_keep_home", "keep", d49_keep_home),
    ("d49_keep_research", "keep", d49_keep_research),
    ("d49_keep_teacher", "keep", d49_keep_teacher),
    ("d49_keep_correct", "keep", d49_keep_correct),
    ("d49_keep_terse", "keep", d49_keep_terse),
    ("d49_keep_picture", "keep", d49_keep_picture),
    ("d49_multi_home", "multi_step", d49_multi_home),
    ("d49_multi_research", "multi_step", d49_multi_research),
    ("d49_multi_teacher", "multi_step", d49_multi_teacher),
    ("d49_multi_correct", "multi_step", d49_multi_correct),
    ("d49_multi_terse", "multi_step", d49_multi_terse),
    ("d49_multi_picture", "multi_step", d49_multi_picture),
    ("d49_q_home", "question", d49_q_home),
    ("d49_q_research", "question", d49_q_research),
    ("d49_q_teacher", "question", d49_q_teacher),
    ("d49_q_correct", "question", d49_q_correct),
    ("d49_q_terse", "question", d49_q_terse),
    ("d49_q_picture", "question", d49_q_picture),
    ("d49_match_home", "matching", d49_match_home),
    ("d49_match_research", "matching", d49_match_research),
    ("d49_match_teacher", "matching", d49_match_teacher),
    ("d49_match_correct", "matching", d49_match_correct),
    ("d49_match_terse", "matching", d49_match_terse),
    ("d49_match_picture", "matching", d49_match_picture),
]
