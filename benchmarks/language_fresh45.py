"""`FRESH45`, the forty-sixth untuned batch: sixty language templates, six per category, in the phrasings robotics
users bring from well-known robot datasets and benchmarks. It was written by a tester who had not read the planner,
its tests, the lexicon or any other batch of templates.

The six styles, one template per category each: Language-Table/CALVIN short motion commands ("slide", "push",
"lift"), RT-1/RT-2 terse commands ("pick red block", "place red block in blue bowl"), CLIPort/Ravens ("pack",
"put the blocks in the bowls with matching colors"), ALFRED (a high-level goal followed by step-by-step
directions), SayCan (a need stated by the user that maps to one clear goal) and VIMA (its prompt templates with the
image placeholders replaced by words: "Rearrange to this: ...", "Put the ... into the ...", "same colour as ...").

Its first run, before any fix it prompted (300 instructions, seed 0, on b759d67): 0.73 goal-correct, 12 wrong actions
or replies over 3 templates.
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
from sim.core.relations import Rel, holds


# ----- helpers over the scene --------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _on_table(w: World, b: str) -> bool:
    """Resting directly on the table (or a named place on it)."""
    return w.state.support[b] in (TABLE, *PLACES)


def _table_based(w: World, b: str) -> bool:
    """In a tower that stands on the table."""
    return w.state.base(b) in (TABLE, *PLACES)


def _movable(w: World) -> list[str]:
    """Blocks standing on the table or in a bowl (not in the bin)."""
    return [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES, *w.state.bowls)]


def _loose(w: World) -> list[str]:
    """Clear blocks resting directly on the table."""
    return [b for b in w.clear_blocks() if _on_table(w, b)]


def _bowl_of(w: World, b: str) -> str | None:
    base = w.state.base(b)
    return base if base in w.state.bowls else None


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _below(w: World, b: str) -> list[str]:
    """Blocks under `b` in its tower, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _depth(w: World, b: str) -> int:
    """How many blocks high the tower is up to and including `b`."""
    return len(_below(w, b)) + 1


def _can_stack(w: World, a: str, b: str) -> bool:
    """Whether 'put a on b' is a sensible, not yet true request."""
    if a == b or w.state.support[a] == b or w.state.base(a) == BIN or w.state.base(b) == BIN:
        return False
    if b in w.state.above(a) or a in w.state.above(b) or _depth(w, b) >= layout.MAX_TOWER:
        return False
    bowl = _bowl_of(w, b)
    return bowl is None or bowl == _bowl_of(w, a) or _room(w, bowl)


def _stack_pair(w: World) -> tuple[str, str] | None:
    options = [(a, b) for a in _movable(w) for b in _movable(w) if _can_stack(w, a, b)]
    return w.rng.choice(options) if options else None


def _into(w: World, exclude: tuple[str, ...] = (), k: int = 1) -> tuple[str, str] | None:
    """(block, bowl): a movable block not yet in a bowl with room for it."""
    options = [(b, bowl) for b in _movable(w) if b not in exclude for bowl in w.bowls
               if _bowl_of(w, b) != bowl and _room(w, bowl, k)]
    return w.rng.choice(options) if options else None


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _nonempty_bowls(w: World) -> list[str]:
    return [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]


def _tops(w: World) -> list[tuple[str, str]]:
    """(top, below) where the top block is clear."""
    return [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]


def _matching_goal(w: World) -> Check | None:
    goal = matching(w)
    if not goal or all(holds(r, w.state) for r in goal):
        return None
    for r in goal:
        if not holds(r, w.state) and not _room(w, r.target):
            return None
    return rels(*goal)


def _not_yet(check: Check, w: World) -> Check | None:
    return None if check(w.state, w.state) else check


# ----- imperative -------------------------------------------------------------------------------------
def z45_imp_lt(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    place = _place(w)
    return f"push the {_c(w, a[0])} block to the {place}", rels(Rel("at", a[0], place))


def z45_imp_rt(w: World) -> Made:
    pair = _into(w)
    if pair is None:
        return None
    a, bowl = pair
    return f"place {_c(w, a)} block in {_c(w, bowl)} bowl", rels(Rel("in", a, bowl))


def z45_imp_cliport(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return f"stack the {_c(w, a)} block on top of the {_c(w, b)} block", rels(Rel("on", a, b))


def z45_imp_alfred(w: World) -> Made:
    a = w.pick(_loose(w))
    if not a:
        return None
    x = _c(w, a[0])
    return (f"Throw out the {x} block. Pick the {x} block up off the table, turn to the bin, and drop it in.",
            rels(Rel("in_bin", a[0])))


def z45_imp_saycan(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = _bowl_of(w, a[0])
    return (f"please take the {_c(w, a[0])} block out of the {_c(w, bowl)} bowl and just leave it on the table",
            rels(Rel("on_table", a[0])))


def z45_imp_vima(w: World) -> Made:
    bowl_colours = {_c(w, bowl) for bowl in w.bowls}
    options = [(b, bowl) for b in _movable(w) if _c(w, b) not in bowl_colours for bowl in w.bowls
               if _bowl_of(w, b) != bowl and _room(w, bowl)]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    return f"Put the {_c(w, a)} object into the {_c(w, bowl)} bowl.", rels(Rel("in", a, bowl))


# ----- declarative ------------------------------------------------------------------------------------
def z45_dec_lt(w: World) -> Made:
    a = w.pick(_movable(w))
    if not a:
        return None
    place = _place(w)
    return f"the {_c(w, a[0])} block should end up in the {place}", rels(Rel("at", a[0], place))


def z45_dec_rt(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return f"{_c(w, a)} block goes on {_c(w, b)} block", rels(Rel("on", a, b))


def z45_dec_cliport(w: World) -> Made:
    pair = _into(w)
    if pair is None:
        return None
    a, bowl = pair
    return f"The {_c(w, a)} block belongs in the {_c(w, bowl)} bowl.", rels(Rel("in", a, bowl))


def z45_dec_alfred(w: World) -> Made:
    tops = [(a, b) for a, b in _tops(w) if _table_based(w, b)]
    if not tops:
        return None
    a, b = w.rng.choice(tops)
    x, y = _c(w, a), _c(w, b)
    return ((f"The {x} block needs to be on the table. It's on top of the {y} block right now, so lift it off and "
            f"set it down on the table next to the {y} one."), rels(Rel("on_table", a)))


def z45_dec_saycan(w: World) -> Made:
    a = w.pick(_movable(w))
    if not a:
        return None
    return f"The {_c(w, a[0])} block is in my way, it should really go in the bin.", rels(Rel("in_bin", a[0]))


def z45_dec_vima(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    options = [(c, bowl) for c in _movable(w) if c not in (a, b) and not {a, b} & set(w.state.above(c))
               for bowl in w.bowls if _bowl_of(w, c) != bowl and _room(w, bowl, 2)]
    if not options:
        return None
    c, bowl = w.rng.choice(options)
    return ((f"Rearrange to this: the {_c(w, a)} block on the {_c(w, b)} block, and the {_c(w, c)} block in the "
            f"{_c(w, bowl)} bowl."), rels(Rel("on", a, b), Rel("in", c, bowl)))


# ----- desiderative -----------------------------------------------------------------------------------
def z45_des_lt(w: World) -> Made:
    a = w.pick(_movable(w))
    if not a:
        return None
    place = _place(w)
    where = f"{place} of the table" if place != "middle" else "middle of the table"
    return f"I want the {_c(w, a[0])} block moved to the {where}", rels(Rel("at", a[0], place))


def z45_des_rt(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    return f"i want the {_c(w, a)} block on the {_c(w, b)} block", rels(Rel("on", a, b))


def z45_des_cliport(w: World) -> Made:
    bottoms = [b for b in _movable(w) if _table_based(w, b)]
    if not bottoms:
        return None
    a = w.rng.choice(bottoms)
    rest = [b for b in _movable(w) if b != a]
    if len(rest) < 2:
        return None
    b, c = w.rng.sample(rest, 2)
    check = _not_yet(rels(Rel("stacked", a, b, c)), w)
    if check is None:
        return None
    return ((f"I'd like a tower: the {_c(w, a)} block on the bottom, the {_c(w, b)} one in the middle and the "
            f"{_c(w, c)} one on top."), check)


def z45_des_alfred(w: World) -> Made:
    a = w.pick([b for b in w.in_bowls() if w.state.is_clear(b)])
    if not a:
        return None
    x, y = _c(w, a[0]), _c(w, _bowl_of(w, a[0]))
    return ((f"I want the {x} block in the bin. Go to the {y} bowl, take the {x} block out of it, and throw it "
            f"into the bin."), rels(Rel("in_bin", a[0])))


def z45_des_saycan(w: World) -> Made:
    bowl = w.pick(_nonempty_bowls(w))
    if not bowl:
        return None
    return f"I need the {_c(w, bowl[0])} bowl empty.", empty(bowl[0])


def z45_des_vima(w: World) -> Made:
    options = [bowl for bowl in w.bowls if _room(w, bowl, 2)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    blocks = [b for b in _movable(w) if _bowl_of(w, b) != bowl]
    if len(blocks) < 2:
        return None
    a, c = w.rng.sample(blocks, 2)
    return ((f"I want the {_c(w, a)} block in the {_c(w, bowl)} bowl first, then the {_c(w, c)} block in that "
            f"same bowl."), rels(Rel("in", a, bowl), Rel("in", c, bowl)))


# ----- quantified -------------------------------------------------------------------------------------
def z45_qua_lt(w: World) -> Made:
    bowl = w.pick(_nonempty_bowls(w))
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    return (f"push every block out of the {_c(w, bowl[0])} bowl onto the table",
            rels(*(Rel("on_table", b) for b in inside)))


def z45_qua_rt(w: World) -> Made:
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    return "put all blocks in bin", binned(w.blocks)


def z45_qua_cliport(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    check = _not_yet(rels(*(Rel("in", b, bowl) for b in w.blocks)), w)
    if check is None:
        return None
    return f"pack all the blocks into the {_c(w, bowl)} bowl", check


def z45_qua_alfred(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    several = "bowls" if len(w.bowls) > 1 else "bowl"
    return ((f"Get all the blocks out of the {several}. Go {'bowl by bowl' if len(w.bowls) > 1 else 'to it'}, lift "
            f"out each block you find, and set it down on the table."),
            rels(*(Rel("on_table", b) for b in inside)))


def z45_qua_saycan(w: World) -> Made:
    on_table = [b for b in w.blocks if _table_based(w, b)]
    inside = w.in_bowls()
    if not on_table or len(on_table) > len(layout.BIN_SLOTS):
        return None
    tail = " Leave the bowls as they are." if inside else ""
    return (f"I need the table clear. Can you toss every block that's sitting on the table into the bin?{tail}",
            both(binned(on_table), kept(*inside)))


def z45_qua_vima(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not bowls or len(_movable(w)) < 2:
        return None
    bowl = w.rng.choice(bowls)
    return f"Put two blocks into the {_c(w, bowl)} bowl, any two.", count_in(bowl, 2)


# ----- negated ----------------------------------------------------------------------------------------
def z45_neg_lt(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    pair = _into(w)
    if pair is None:
        return None
    a, bowl = pair
    other = w.rng.choice([b for b in w.bowls if b != bowl])
    return (f"slide the {_c(w, a)} block into the {_c(w, bowl)} bowl, not into the {_c(w, other)} bowl",
            rels(Rel("in", a, bowl)))


def z45_neg_rt(w: World) -> Made:
    a = w.pick(w.blocks)
    others = [b for b in w.blocks if b not in a]
    if not a or len(others) > len(layout.BIN_SLOTS):
        return None
    return f"put all blocks in bin except {_c(w, a[0])} block", both(binned(others), none_binned(a))


def z45_neg_cliport(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    options = [(b, bowl) for b in _movable(w) for bowl in w.bowls
               if _bowl_of(w, b) in (None, bowl) and any(_room(w, o) for o in w.bowls if o != bowl)]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    others = [o for o in w.bowls if o != bowl]

    def check(_i, f) -> bool:
        return f.base(a) in others

    return f"put the {_c(w, a)} block in any bowl other than the {_c(w, bowl)} one", check


def z45_neg_alfred(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    a, b = w.rng.choice(tops)
    x, y = _c(w, a), _c(w, b)
    return ((f"Get the {x} block off the {y} block, but don't throw it away. Lift the {x} block from on top of the "
            f"{y} block and set it down on the table."), rels(Rel("on_table", a)))


def z45_neg_saycan(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    bowl = _bowl_of(w, a[0])

    def check(_i, f) -> bool:
        return f.base(a[0]) not in (bowl, BIN)

    return ((f"The {_c(w, a[0])} block shouldn't be in the {_c(w, bowl)} bowl. Could you put it somewhere else? "
            f"Not in the bin though."), check)


def z45_neg_vima(w: World) -> Made:
    if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    a = w.pick([b for b in w.blocks if _bowl_of(w, b) != bowl])
    if not a:
        return None
    others = [b for b in w.blocks if b != a[0]]

    def out(_i, f) -> bool:
        return f.base(a[0]) != bowl

    check = _not_yet(both(rels(*(Rel("in", b, bowl) for b in others)), out), w)
    if check is None:
        return None
    return f"Put all the blocks except the {_c(w, a[0])} one into the {_c(w, bowl)} bowl.", check


# ----- relative ---------------------------------------------------------------------------------------
def z45_rel_lt(w: World) -> Made:
    options = [(a, b, bowl) for a, b in w.pairs() for bowl in w.bowls if _bowl_of(w, a) != bowl and _room(w, bowl)]
    if not options:
        return None
    a, b, bowl = w.rng.choice(options)
    return (f"slide the block that's sitting on the {_c(w, b)} block into the {_c(w, bowl)} bowl",
            rels(Rel("in", a, bowl)))


def z45_rel_rt(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    a = w.state.in_bowl(bowl)[0]
    return f"pick block in {_c(w, bowl)} bowl, place on table", rels(Rel("on_table", a))


def z45_rel_cliport(w: World) -> Made:
    pair = w.pick(w.pairs())
    if not pair:
        return None
    a, b = pair[0]
    return (f"put the block that is under the {_c(w, a)} block into the bin",
            both(binned([b]), none_binned(w.state.above(b))))


def z45_rel_alfred(w: World) -> Made:
    sources = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not sources:
        return None
    s = w.rng.choice(sources)
    a = w.state.in_bowl(s)[0]
    y1 = _c(w, s)
    targets = [t for t in w.bowls if t != s and _room(w, t)]
    if targets and w.rng.random() < 0.5:
        t = w.rng.choice(targets)
        y2 = _c(w, t)
        return ((f"Move the block in the {y1} bowl over to the {y2} bowl. Go to the {y1} bowl, grab the block that's "
                f"sitting in it, and put it into the {y2} bowl."), rels(Rel("in", a, t)))
    place = _place(w)
    return ((f"Move the block that's in the {y1} bowl to the {place}. Go to the {y1} bowl, pick up the block inside, "
            f"carry it to the {place} and put it down there."), rels(Rel("at", a, place)))


def z45_rel_saycan(w: World) -> Made:
    tops = _tops(w)
    if not tops:
        return None
    a, b = w.rng.choice(tops)
    return (f"The block that's stacked on the {_c(w, b)} block looks wobbly, could you put it down on the table?",
            rels(Rel("on_table", a)))


def z45_rel_vima(w: World) -> Made:
    options = [(a, z, _bowl_of(w, z)) for z in w.in_bowls() for a in _movable(w)
               if _bowl_of(w, a) != _bowl_of(w, z) and _room(w, _bowl_of(w, z))]
    if not options:
        return None
    a, z, bowl = w.rng.choice(options)
    return f"Put the {_c(w, a)} block into the bowl that the {_c(w, z)} block is in.", rels(Rel("in", a, bowl))


# ----- keep -------------------------------------------------------------------------------------------
def _bystander(w: World, *moved: str) -> list[str]:
    """Blocks that can stay where they are while `moved` move."""
    return [z for z in w.blocks if z not in moved and not any(z in w.state.above(m) for m in moved)]


def z45_keep_lt(w: World) -> Made:
    pair = _into(w)
    if pair is None:
        return None
    a, bowl = pair
    z = w.pick(_bystander(w, a))
    if not z:
        return None
    return (f"slide the {_c(w, a)} block into the {_c(w, bowl)} bowl without moving the {_c(w, z[0])} block",
            both(rels(Rel("in", a, bowl)), kept(z[0])))


def z45_keep_rt(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    z = w.pick(_bystander(w, a, b))
    if not z:
        return None
    return (f"put {_c(w, a)} block on {_c(w, b)} block, keep {_c(w, z[0])} block where it is",
            both(rels(Rel("on", a, b)), kept(z[0])))


def z45_keep_cliport(w: World) -> Made:
    options = [(a, bowl) for bowl in _nonempty_bowls(w) if _room(w, bowl) for a in _movable(w)
               if _bowl_of(w, a) != bowl]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    return (f"put the {_c(w, a)} block in the {_c(w, bowl)} bowl and leave the blocks already in there alone",
            both(rels(Rel("in", a, bowl)), kept(*w.state.in_bowl(bowl))))


def z45_keep_alfred(w: World) -> Made:
    pairs = [(a, b) for a in _movable(w) if w.state.is_clear(a) for b in _movable(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    z = w.pick(_bystander(w, a, b))
    if not z:
        return None
    x, y, k = _c(w, a), _c(w, b), _c(w, z[0])
    return ((f"Stack the {x} block on the {y} block, but leave the {k} block where it is. Pick up the {x} block, "
            f"carry it over to the {y} block and set it on top, without moving the {k} block."),
            both(rels(Rel("on", a, b)), kept(z[0])))


def z45_keep_saycan(w: World) -> Made:
    options = [(a, bowl) for bowl in _nonempty_bowls(w) for a in _movable(w) if _bowl_of(w, a) != bowl]
    if not options:
        return None
    a, bowl = w.rng.choice(options)
    return (f"I'd like the {_c(w, a)} block in the bin, but please don't disturb anything in the {_c(w, bowl)} bowl.",
            both(rels(Rel("in_bin", a)), kept(*w.state.in_bowl(bowl))))


def z45_keep_vima(w: World) -> Made:
    a = w.pick(_movable(w))
    if not a:
        return None
    rest = _bystander(w, a[0])
    if len(rest) < 2:
        return None
    z1, z2 = w.rng.sample(rest, 2)
    place = _place(w)
    return ((f"Put the {_c(w, a[0])} block in the {place}. Keep the {_c(w, z1)} block and the {_c(w, z2)} block "
            f"unchanged."), both(rels(Rel("at", a[0], place)), kept(z1, z2)))


# ----- multi_step -------------------------------------------------------------------------------------
def z45_multi_lt(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    options = [(c, bowl) for c in _movable(w) if c not in (a, b) and not {a, b} & set(w.state.above(c))
               for bowl in w.bowls if _bowl_of(w, c) != bowl and _room(w, bowl, 2)]
    if not options:
        return None
    c, bowl = w.rng.choice(options)
    return ((f"lift the {_c(w, a)} block and stack it on the {_c(w, b)} block, then slide the {_c(w, c)} block into "
            f"the {_c(w, bowl)} bowl"), rels(Rel("on", a, b), Rel("in", c, bowl)))


def z45_multi_rt(w: World) -> Made:
    options = [bowl for bowl in w.bowls if _room(w, bowl, 2)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    blocks = [b for b in _movable(w) if _bowl_of(w, b) != bowl and w.state.is_clear(b)]
    pairs = [(a, c) for a in blocks for c in blocks if a != c]
    if not pairs:
        return None
    a, c = w.rng.choice(pairs)
    x, z = _c(w, a), _c(w, c)
    return (f"pick {x} block. place in {_c(w, bowl)} bowl. pick {z} block. place on {x} block.",
            rels(Rel("in", a, bowl), Rel("on", c, a)))


def z45_multi_cliport(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b1, b2 = w.rng.sample(w.bowls, 2)
    one = [b for b in _movable(w) if _bowl_of(w, b) != b1]
    two = [b for b in _movable(w) if _bowl_of(w, b) != b2]
    options = [(a, c) for a in one for c in two if a != c and c not in w.state.above(a)]
    if not options or not _room(w, b1) or not _room(w, b2):
        return None
    a, c = w.rng.choice(options)
    return ((f"first put the {_c(w, a)} block in the {_c(w, b1)} bowl, and after that put the {_c(w, c)} block in "
            f"the {_c(w, b2)} bowl"), rels(Rel("in", a, b1), Rel("in", c, b2)))


def z45_multi_alfred(w: World) -> Made:
    blocks = [b for b in _movable(w) if w.state.is_clear(b)]
    if len(blocks) < 2:
        return None
    a, c = w.rng.sample(blocks, 2)
    x, z = _c(w, a), _c(w, c)
    return ((f"Put the {x} block and the {z} block in the bin. Pick up the {x} block and drop it in the bin, then go "
            f"back for the {z} block and drop that in too."), binned([a, c]))


def z45_multi_saycan(w: World) -> Made:
    pair = _into(w)
    if pair is None:
        return None
    a, bowl = pair
    c = w.pick([b for b in _movable(w) if b != a and a not in w.state.above(b)])
    if not c:
        return None
    place = _place(w)
    return ((f"I'm done with the {_c(w, a)} block, can you put it in the {_c(w, bowl)} bowl? And then move the "
            f"{_c(w, c[0])} block to the {place} for me."), rels(Rel("in", a, bowl), Rel("at", c[0], place)))


def z45_multi_vima(w: World) -> Made:
    options = [(a, b, bowl) for a, b in w.pairs() for bowl in w.bowls
               if _bowl_of(w, a) != bowl and _room(w, bowl, 2)]
    if not options:
        return None
    a, b, bowl = w.rng.choice(options)
    return ((f"First put the {_c(w, a)} block into the {_c(w, bowl)} bowl, then put the block that was under it into "
            f"the same bowl."), rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- question ---------------------------------------------------------------------------------------
def z45_q_lt(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        bowl = _bowl_of(w, a)
    else:
        a = w.rng.choice(w.blocks)
        bowl = w.rng.choice(w.bowls)
    return f"is the {_c(w, a)} block sitting in the {_c(w, bowl)} bowl?", answered(yes(_bowl_of(w, a) == bowl))


def z45_q_rt(w: World) -> Made:
    bowl = w.pick(_nonempty_bowls(w))
    if not bowl:
        return None
    return f"how many blocks in {_c(w, bowl[0])} bowl?", answered(str(len(w.state.in_bowl(bowl[0]))))


def z45_q_cliport(w: World) -> Made:
    a = w.pick(w.in_bowls())
    if not a:
        return None
    return f"which bowl has the {_c(w, a[0])} block in it?", answered(f"{_c(w, _bowl_of(w, a[0]))}|bowl")


def z45_q_alfred(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    b = w.rng.choice(covered) if covered and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    others = [a for a in w.blocks if a != b and a not in w.state.above(b) and b not in w.state.above(a)]
    if not others:
        return None
    a = w.rng.choice(others)
    return ((f"Later I want the {_c(w, a)} block on the {_c(w, b)} block. Before that, tell me: is there anything on "
            f"top of the {_c(w, b)} block right now?"), answered(yes(not w.state.is_clear(b))))


def z45_q_saycan(w: World) -> Made:
    full = _nonempty_bowls(w)
    bowl = w.rng.choice(full) if full and w.rng.random() < 0.5 else w.rng.choice(w.bowls)
    return (f"Is the {_c(w, bowl)} bowl empty? I'd like to put something in it.",
            answered(yes(not w.state.in_bowl(bowl))))


def z45_q_vima(w: World) -> Made:
    options = [(b, bowl) for bowl in w.bowls for b in w.blocks if _c(w, b) == _c(w, bowl)]
    if not options:
        return None
    b, bowl = w.rng.choice(options)
    return f"Which block has the same colour as the {_c(w, bowl)} bowl?", answered(f"{_c(w, b)}|block")


# ----- matching ---------------------------------------------------------------------------------------
def z45_match_lt(w: World) -> Made:
    check = _matching_goal(w)
    return None if check is None else ("slide each block into the bowl that's the same color as it", check)


def z45_match_rt(w: World) -> Made:
    check = _matching_goal(w)
    return None if check is None else ("place blocks in matching color bowls", check)


def z45_match_cliport(w: World) -> Made:
    check = _matching_goal(w)
    return None if check is None else ("put the blocks in the bowls with matching colors", check)


def z45_match_alfred(w: World) -> Made:
    check = _matching_goal(w)
    if check is None:
        return None
    return (("Sort the blocks into the bowls by colour. For every block that has a bowl of its own colour, pick it "
            "up and put it in that bowl; leave the rest."), check)


def z45_match_saycan(w: World) -> Made:
    check = _matching_goal(w)
    if check is None:
        return None
    return "could you tidy up the blocks? I like each one in the bowl that matches its colour", check


def z45_match_vima(w: World) -> Made:
    check = _matching_goal(w)
    if check is None:
        return None
    return "Rearrange to this: each block sitting in the bowl of its own color.", check


FRESH45: list[Template] = [
    ("z45_imp_lt", "imperative", z45_imp_lt),
    ("z45_imp_rt", "imperative", z45_imp_rt),
    ("z45_imp_cliport", "imperative", z45_imp_cliport),
    ("z45_imp_alfred", "imperative", z45_imp_alfred),
    ("z45_imp_saycan", "imperative", z45_imp_saycan),
    ("z45_imp_vima", "imperative", z45_imp_vima),
    ("z45_dec_lt", "declarative", z45_dec_lt),
    ("z45_dec_rt", "declarative", z45_dec_rt),
    ("z45_dec_cliport", "declarative", z45_dec_cliport),
    ("z45_dec_alfred", "declarative", z45_dec_alfred),
    ("z45_dec_saycan", "declarative", z45_dec_saycan),
    ("z45_dec_vima", "declarative", z45_dec_vima),
    ("z45_des_lt", "desiderative", z45_des_lt),
    ("z45_des_rt", "desiderative", z45_des_rt),
    ("z45_des_cliport", "desiderative", z45_des_cliport),
    ("z45_des_alfred", "desiderative", z45_des_alfred),
    ("z45_des_saycan", "desiderative", z45_des_saycan),
    ("z45_des_vima", "desiderative", z45_des_vima),
    ("z45_qua_lt", "quantified", z45_qua_lt),
    ("z45_qua_rt", "quantified", z45_qua_rt),
    ("z45_qua_cliport", "quantified", z45_qua_cliport),
    ("z45_qua_alfred", "quantified", z45_qua_alfred),
    ("z45_qua_saycan", "quantified", z45_qua_saycan),
    ("z45_qua_vima", "quantified", z45_qua_vima),
    ("z45_neg_lt", "negated", z45_neg_lt),
    ("z45_neg_rt", "negated", z45_neg_rt),
    ("z45_neg_cliport", "negated", z45_neg_cliport),
    ("z45_neg_alfred", "negated", z45_neg_alfred),
    ("z45_neg_saycan", "negated", z45_neg_saycan),
    ("z45_neg_vima", "negated", z45_neg_vima),
    ("z45_rel_lt", "relative", z45_rel_lt),
    ("z45_rel_rt", "relative", z45_rel_rt),
    ("z45_rel_cliport", "relative", z45_rel_cliport),
    ("z45_rel_alfred", "relative", z45_rel_alfred),
    ("z45_rel_saycan", "relative", z45_rel_saycan),
    ("z45_rel_vima", "relative", z45_rel_vima),
    ("z45_keep_lt", "keep", z45_keep_lt),
    ("z45_keep_rt", "keep", z45_keep_rt),
    ("z45_keep_cliport", "keep", z45_keep_cliport),
    ("z45_keep_alfred", "keep", z45_keep_alfred),
    ("z45_keep_saycan", "keep", z45_keep_saycan),
    ("z45_keep_vima", "keep", z45_keep_vima),
    ("z45_multi_lt", "multi_step", z45_multi_lt),
    ("z45_multi_rt", "multi_step", z45_multi_rt),
    ("z45_multi_cliport", "multi_step", z45_multi_cliport),
    ("z45_multi_alfred", "multi_step", z45_multi_alfred),
    ("z45_multi_saycan", "multi_step", z45_multi_saycan),
    ("z45_multi_vima", "multi_step", z45_multi_vima),
    ("z45_q_lt", "question", z45_q_lt),
    ("z45_q_rt", "question", z45_q_rt),
    ("z45_q_cliport", "question", z45_q_cliport),
    ("z45_q_alfred", "question", z45_q_alfred),
    ("z45_q_saycan", "question", z45_q_saycan),
    ("z45_q_vima", "question", z45_q_vima),
    ("z45_match_lt", "matching", z45_match_lt),
    ("z45_match_rt", "matching", z45_match_rt),
    ("z45_match_cliport", "matching", z45_match_cliport),
    ("z45_match_alfred", "matching", z45_match_alfred),
    ("z45_match_saycan", "matching", z45_match_saycan),
    ("z45_match_vima", "matching", z45_match_vima),
]
