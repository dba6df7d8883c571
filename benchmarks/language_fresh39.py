"""`FRESH39`, the fortieth untuned batch: sixty language templates, six per category, over the ten categories of the
language suite. It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of
templates.

Styles, one template per style in each category: a busy lab manager delegating in quick orders, a grandparent playing
with a grandchild (warm and wordy), a non-native speaker with German-like word order and literal translations, road
directions ("take it, go to the bowl, drop it there"), a tidy-minded person (order, neatness, things where they
belong), and a person who double-checks and repeats themselves ("put X in W. Yes, X in W. Just that.").

Its first run, before any fix it prompted (300 instructions, seed 0; on 33681e3): goal correct 0.40 (120 of 300); 36
templates missed, 7 of them with a wrong action or reply (35 instructions): a grandparent's 'let's watch grandpa's
clever robot put X on Y, shall we?' and 'Grandpa thinks X would look lovely on Y, don't you think so too?' got the help
text; 'take X to the corner and leave it there' did nothing; '... belongs in a bowl, just not the pink one. Tidy it
away please.' binned it; '... should be in that bowl. Everything in its place.' took it out again; 'Lies something on
X?' and 'How many blocks still need putting away, I mean aren't in a bowl yet?' got the help text.
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


# ----- helpers --------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _out(w: World, text: str, check: Check) -> Made:
    """The instance, unless its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _into(w: World, b: str, need: int = 1) -> str | None:
    """A bowl that `b` is not in already and that has room for `need` more blocks."""
    return _one(w, [o for o in w.bowls if w.state.base(b) != o and _room(w, o) >= need])


def _depth(w: World, t: str) -> int:
    """How many blocks form the tower from the bottom up to `t`, `t` included."""
    n, s = 1, w.state.support[t]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _onto(w: World, b: str, avoid: tuple[str, ...] = ()) -> str | None:
    """A clear block standing in a tower on the table that `b` can sensibly be put on."""
    return _one(w, [t for t in w.blocks if t != b and t not in avoid and w.state.is_clear(t)
                    and w.state.base(t) == TABLE and t not in w.state.above(b) and w.state.support[b] != t
                    and _depth(w, t) < layout.MAX_TOWER])


def _off_table(w: World) -> list[str]:
    """Blocks not resting directly on the table: on another block or in a bowl."""
    return [b for b in w.blocks if w.state.support[b] not in (TABLE, *PLACES, BIN)]


def _sole(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every bowl holding exactly one block."""
    return [(w.state.in_bowl(o)[0], o) for o in w.bowls if len(w.state.in_bowl(o)) == 1]


def _place(w: World, avoid: str = "") -> str:
    return w.rng.choice([p for p in PLACES if p != avoid])


def _at_count(n: int, place: str | None = None) -> Check:
    if place is not None:
        return lambda _i, f: sum(f.base(b) == place for b in f.blocks) == n
    return lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == n


# ----- imperative -----------------------------------------------------------------------------------
def t39_imp_manager(w: World) -> Made:
    b = _one(w, w.blocks)
    o = _into(w, b) if b else None
    if o is None:
        return None
    end = w.rng.choice(["and make it snappy", "quick please", "chop chop"])
    return _out(w, f"Get the {_c(w, b)} block into the {_c(w, o)} bowl, {end}.", rels(Rel("in", b, o)))


def t39_imp_grandpa(w: World) -> Made:
    b = _one(w, w.blocks)
    t = _onto(w, b) if b else None
    if t is None:
        return None
    text = (f"Now then sweetheart, let's watch grandpa's clever robot put the {_c(w, b)} block right on top of "
            f"the {_c(w, t)} block, shall we? Go on robot!")
    return _out(w, text, rels(Rel("on", b, t)))


def t39_imp_nonnative(w: World) -> Made:
    b = _one(w, _off_table(w))
    if b is None:
        return None
    return _out(w, f"Put you the {_c(w, b)} block on the table please.", rels(Rel("on_table", b)))


def t39_imp_directions(w: World) -> Made:
    b = _one(w, w.blocks)
    if b is None:
        return None
    p = _place(w)
    text = f"take the {_c(w, b)} block, go to the {p}, set it down there"
    return _out(w, text, rels(Rel("at", b, p)))


def t39_imp_tidy(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if w.state.support[x] == TABLE])
    o = _into(w, b) if b else None
    if o is None:
        return None
    text = f"That {_c(w, b)} block is just lying about. Put it away in the {_c(w, o)} bowl so the table looks tidy."
    return _out(w, text, rels(Rel("in", b, o)))


def t39_imp_repeat(w: World) -> Made:
    b = _one(w, w.blocks)
    if b is None:
        return None
    k = _c(w, b)
    text = f"Put the {k} block in the bin. Yes, the {k} block, in the bin. Just that one."
    return _out(w, text, both(binned([b]), none_binned([x for x in w.blocks if x != b])))


# ----- declarative ----------------------------------------------------------------------------------
def t39_dec_manager(w: World) -> Made:
    b = _one(w, w.blocks)
    o = _into(w, b) if b else None
    if o is None:
        return None
    text = f"The {_c(w, b)} block goes in the {_c(w, o)} bowl. Needs doing before my 10 o'clock."
    return _out(w, text, rels(Rel("in", b, o)))


def t39_dec_grandpa(w: World) -> Made:
    b = _one(w, w.blocks)
    t = _onto(w, b) if b else None
    if t is None:
        return None
    text = (f"Grandpa thinks the {_c(w, b)} block would look just lovely sitting on the {_c(w, t)} block, "
            f"don't you think so too, little one?")
    return _out(w, text, rels(Rel("on", b, t)))


def t39_dec_nonnative(w: World) -> Made:
    b = _one(w, w.blocks)
    o = _into(w, b) if b else None
    if o is None:
        return None
    return _out(w, f"The {_c(w, b)} block must into the {_c(w, o)} bowl.", rels(Rel("in", b, o)))


def t39_dec_directions(w: World) -> Made:
    b = _one(w, w.blocks)
    if b is None:
        return None
    p = _place(w)
    text = f"Final destination for the {_c(w, b)} block is the {p}. That's where it ends up."
    return _out(w, text, rels(Rel("at", b, p)))


def t39_dec_tidy(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if w.state.base(x) == TABLE])
    o = _into(w, b) if b else None
    if o is None:
        return None
    text = f"The {_c(w, b)} block's proper place is in the {_c(w, o)} bowl, not out on the table."
    return _out(w, text, rels(Rel("in", b, o)))


def t39_dec_repeat(w: World) -> Made:
    b = _one(w, _off_table(w))
    if b is None:
        return None
    k = _c(w, b)
    text = f"The {k} block should be on the table. On the table, the {k} block. That's all."
    return _out(w, text, rels(Rel("on_table", b)))


# ----- desiderative ---------------------------------------------------------------------------------
def t39_des_manager(w: World) -> Made:
    b = _one(w, w.blocks)
    o = _into(w, b) if b else None
    if o is None:
        return None
    return _out(w, f"I need the {_c(w, b)} block in the {_c(w, o)} bowl asap, thx", rels(Rel("in", b, o)))


def t39_des_grandpa(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    b, c = pair
    o = _one(w, [x for x in w.bowls if _room(w, x) >= sum(w.state.base(y) != x for y in pair)])
    if o is None:
        return None
    text = (f"Oh, I'd so love to see the {_c(w, b)} block and the {_c(w, c)} block both tucked up together in "
            f"the {_c(w, o)} bowl, wouldn't that be nice, sweetie?")
    return _out(w, text, rels(Rel("in", b, o), Rel("in", c, o)))


def t39_des_nonnative(w: World) -> Made:
    b = _one(w, w.blocks)
    t = _onto(w, b) if b else None
    if t is None:
        return None
    return _out(w, f"I would like that the {_c(w, b)} block is on the {_c(w, t)} block.", rels(Rel("on", b, t)))


def t39_des_directions(w: World) -> Made:
    b = _one(w, w.blocks)
    if b is None:
        return None
    p = _place(w)
    text = f"I want you to take the {_c(w, b)} block down to the {p} and leave it there."
    return _out(w, text, rels(Rel("at", b, p)))


def t39_des_tidy(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if w.state.support[x] == TABLE])
    t = _onto(w, b) if b else None
    if t is None:
        return None
    text = f"I'd like the {_c(w, b)} block stacked neatly on the {_c(w, t)} block instead of lying about on its own."
    return _out(w, text, rels(Rel("on", b, t)))


def t39_des_repeat(w: World) -> Made:
    b = _one(w, w.blocks)
    if b is None:
        return None
    k = _c(w, b)
    text = f"I want the {k} block in the bin. In the bin. The {k} block, in the bin please."
    return _out(w, text, binned([b]))


# ----- quantified -----------------------------------------------------------------------------------
def t39_qua_manager(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) == TABLE]
    o = _one(w, [x for x in w.bowls if _room(w, x) >= len(loose)])
    if len(loose) < 2 or o is None:
        return None
    text = f"Get all the blocks off the table and into the {_c(w, o)} bowl. Chop chop."
    return _out(w, text, rels(*(Rel("in", b, o) for b in loose)))


def t39_qua_grandpa(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    text = ("Shall we have grandpa's robot put every single block in the bin? Every one of them, "
            "that's right, all of them!")
    return _out(w, text, binned(w.blocks))


def t39_qua_nonnative(w: World) -> Made:
    o = _one(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    if o is None or len(w.blocks) < 3:
        return None
    text = f"Two blocks must into the {_c(w, o)} bowl, which ones is egal."
    return _out(w, text, count_in(o, 2))


def t39_qua_directions(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    p = _place(w)
    text = f"Pick up two blocks, any two, drive them over to the {p} and drop them both off there."
    return _out(w, text, _at_count(2, p))


def t39_qua_tidy(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) == TABLE]
    if not 2 <= len(loose) <= layout.MAX_TOWER:
        return None
    text = "Neat and tidy please: stack all the blocks that are on the table into one single tower."
    return _out(w, text, rels(Rel("tower", *loose)))


def t39_qua_repeat(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = "Put three blocks in the bin. Three. Any three, I don't mind which, but three blocks, ok?"
    return _out(w, text, _at_count(3))


# ----- negated --------------------------------------------------------------------------------------
def t39_neg_manager(w: World) -> Made:
    o = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if o is None:
        return None
    inside = w.state.in_bowl(o)
    text = f"Empty out the {_c(w, o)} bowl. Not into the bin though, I still need those blocks."
    return _out(w, text, both(empty(o), none_binned(inside)))


def t39_neg_grandpa(w: World) -> Made:
    b = _one(w, w.blocks)
    o = _into(w, b) if b else None
    if o is None:
        return None
    text = (f"Oh no no, the {_c(w, b)} block doesn't go in the bin, pumpkin! Let's have the robot put it in "
            f"the {_c(w, o)} bowl instead.")
    return _out(w, text, both(rels(Rel("in", b, o)), none_binned([b])))


def t39_neg_nonnative(w: World) -> Made:
    pairs = [(b, w.state.base(b)) for b in w.in_bowls()]
    if not pairs:
        return None
    b, o = w.rng.choice(pairs)
    text = f"The {_c(w, b)} block shall not more stay in the {_c(w, o)} bowl. Take it out please."
    return _out(w, text, lambda _i, f: f.base(b) != o and f.base(b) != BIN)


def t39_neg_directions(w: World) -> Made:
    b = _one(w, w.blocks)
    if b is None:
        return None
    p = _place(w)
    q = _place(w, p)
    text = f"Take the {_c(w, b)} block and head for the {p}. Not the {q}, the {p}. Drop it there."
    return _out(w, text, rels(Rel("at", b, p)))


def t39_neg_tidy(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b = _one(w, [x for x in w.blocks if w.state.base(x) not in w.bowls])
    if b is None:
        return None
    no = w.rng.choice(w.bowls)
    if not any(_room(w, x) > 0 for x in w.bowls if x != no):
        return None
    text = (f"The {_c(w, b)} block belongs in a bowl, just not the {_c(w, no)} one, that one is for other things. "
            f"Tidy it away please.")
    return _out(w, text, lambda _i, f: f.base(b) in f.bowls and f.base(b) != no)


def t39_neg_repeat(w: World) -> Made:
    b = _one(w, w.blocks)
    t = _onto(w, b) if b else None
    if t is None:
        return None
    k = _c(w, b)
    text = f"Don't put the {k} block in the bin. Not in the bin! Put it on the {_c(w, t)} block. Not the bin."
    return _out(w, text, both(rels(Rel("on", b, t)), none_binned([b])))


# ----- relative -------------------------------------------------------------------------------------
def t39_rel_manager(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    o = _into(w, top)
    if o is None:
        return None
    text = f"The block that's sitting on the {_c(w, below)} block - get it into the {_c(w, o)} bowl, quick."
    return _out(w, text, rels(Rel("in", top, o)))


def t39_rel_grandpa(w: World) -> Made:
    sole = _sole(w)
    if not sole:
        return None
    b, o = w.rng.choice(sole)
    text = (f"Can grandpa's robot find the little block that is hiding in the {_c(w, o)} bowl and put it on the "
            f"table for us? Let's see!")
    return _out(w, text, rels(Rel("on_table", b)))


def t39_rel_nonnative(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"The block which on the {_c(w, below)} block lies, put it please in the bin."
    return _out(w, text, binned([top]))


def t39_rel_directions(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    p = _place(w)
    text = f"Find the block that's under the {_c(w, top)} block, take it to the {p}, drop it there."
    return _out(w, text, rels(Rel("at", below, p)))


def t39_rel_tidy(w: World) -> Made:
    cand = [(b, o) for b in w.blocks for o in w.bowls
            if _c(w, b) == _c(w, o) and w.state.base(b) != o and _room(w, o) > 0]
    if not cand:
        return None
    b, o = w.rng.choice(cand)
    text = (f"The block that is the same colour as the {_c(w, o)} bowl should be in that bowl. "
            f"Everything in its place.")
    return _out(w, text, rels(Rel("in", b, o)))


def t39_rel_repeat(w: World) -> Made:
    sole = _sole(w)
    if not sole:
        return None
    b, o = w.rng.choice(sole)
    t = _onto(w, b)
    if t is None:
        return None
    ko, kt = _c(w, o), _c(w, t)
    text = (f"The block that is in the {ko} bowl. That one. Put it on the {kt} block. "
            f"So the one in the {ko} bowl goes on the {kt} block.")
    return _out(w, text, rels(Rel("on", b, t)))


# ----- keep -----------------------------------------------------------------------------------------
def _keepable(w: World, b: str, *also: str) -> list[str]:
    """Blocks that can stay as they are while `b` moves (onto the blocks `also`)."""
    busy = {b, *also, *w.state.above(b)}
    for t in also:
        busy.update(w.state.above(t))
    return [c for c in w.blocks if c not in busy]


def t39_keep_manager(w: World) -> Made:
    b = _one(w, w.blocks)
    c = _one(w, _keepable(w, b)) if b else None
    if c is None:
        return None
    p = _place(w)
    text = f"Shift the {_c(w, b)} block to the {p}. Leave the {_c(w, c)} block alone, it's fine where it is."
    return _out(w, text, both(rels(Rel("at", b, p)), kept(c)))


def t39_keep_grandpa(w: World) -> Made:
    bottoms = [x for x in w.blocks if w.state.support[x] == TABLE and not w.state.is_clear(x)]
    if not bottoms:
        return None
    bottom = w.rng.choice(bottoms)
    tower = [bottom, *w.state.above(bottom)]
    b = _one(w, [x for x in w.blocks if x not in tower])
    o = _into(w, b) if b else None
    if o is None:
        return None
    text = (f"Let's have the robot pop the {_c(w, b)} block into the {_c(w, o)} bowl, but your lovely tower with "
            f"the {_c(w, tower[1])} block on top stays just as it is, alright sweetie? No knocking it over!")
    return _out(w, text, both(rels(Rel("in", b, o)), kept(*tower)))


def t39_keep_nonnative(w: World) -> Made:
    b = _one(w, w.blocks)
    o = _into(w, b) if b else None
    c = _one(w, _keepable(w, b)) if o else None
    if c is None:
        return None
    text = f"The {_c(w, b)} block must into the {_c(w, o)} bowl, but the {_c(w, c)} block stays where he is."
    return _out(w, text, both(rels(Rel("in", b, o)), kept(c)))


def t39_keep_directions(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    o2 = w.rng.choice(full)
    stay = w.state.in_bowl(o2)
    b = _one(w, [x for x in w.blocks if x not in stay])
    o = _one(w, [x for x in w.bowls if x != o2 and w.state.base(b) != x and _room(w, x) > 0]) if b else None
    if o is None:
        return None
    text = (f"Pick up the {_c(w, b)} block, drive it over to the {_c(w, o)} bowl and drop it in. "
            f"Whatever is in the {_c(w, o2)} bowl stays put.")
    return _out(w, text, both(rels(Rel("in", b, o)), kept(*stay)))


def t39_keep_tidy(w: World) -> Made:
    b = _one(w, w.blocks)
    t = _onto(w, b) if b else None
    c = _one(w, _keepable(w, b, t)) if t else None
    if c is None:
        return None
    text = (f"Put the {_c(w, b)} block neatly on the {_c(w, t)} block, and keep the {_c(w, c)} block exactly "
            f"where it is, it's in the right spot already.")
    return _out(w, text, both(rels(Rel("on", b, t)), kept(c)))


def t39_keep_repeat(w: World) -> Made:
    b = _one(w, w.blocks)
    c = _one(w, _keepable(w, b)) if b else None
    if c is None:
        return None
    kb, kc = _c(w, b), _c(w, c)
    text = (f"Put the {kb} block in the bin, only the {kb} block. The {kc} block stays. "
            f"The {kc} block stays where it is, ok? Only the {kb} one goes.")
    return _out(w, text, both(binned([b]), kept(c)))


# ----- multi_step -----------------------------------------------------------------------------------
def t39_multi_manager(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    b, c = pair
    o = _into(w, b)
    if o is None:
        return None
    text = f"First get the {_c(w, b)} block into the {_c(w, o)} bowl, then bin the {_c(w, c)} one. Quick as you can."
    return _out(w, text, rels(Rel("in", b, o), Rel("in_bin", c)))


def t39_multi_grandpa(w: World) -> Made:
    b = _one(w, _off_table(w))
    c = _one(w, [x for x in w.blocks if x != b]) if b else None
    if c is None:
        return None
    text = (f"First we put the {_c(w, b)} block down on the table, and then grandpa's robot can pop the "
            f"{_c(w, c)} block on top of it. Won't that be fun!")
    return _out(w, text, rels(Rel("on_table", b), Rel("on", c, b)))


def t39_multi_nonnative(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    b, c = pair
    p = _place(w)
    text = f"Firstly the {_c(w, b)} block into the bin, after that the {_c(w, c)} block onto the {p}."
    return _out(w, text, rels(Rel("in_bin", b), Rel("at", c, p)))


def t39_multi_directions(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    b, c = pair
    o = _into(w, b)
    if o is None:
        return None
    p = _place(w)
    text = (f"Take the {_c(w, b)} block, go to the {_c(w, o)} bowl, drop it there. Then go back, take the "
            f"{_c(w, c)} block, go to the {p}, drop it there.")
    return _out(w, text, rels(Rel("in", b, o), Rel("at", c, p)))


def t39_multi_tidy(w: World) -> Made:
    c = _one(w, _off_table(w))
    if c is None:
        return None
    b = _one(w, [x for x in w.blocks if x != c and w.state.base(x) not in w.bowls])
    o = _into(w, b) if b else None
    d = _one(w, [x for x in w.blocks if x not in (b, c)]) if o else None
    if d is None:
        return None
    text = (f"Let's get this place neat: the {_c(w, b)} block goes in the {_c(w, o)} bowl, the {_c(w, c)} block "
            f"back on the table, and the {_c(w, d)} block in the bin.")
    return _out(w, text, rels(Rel("in", b, o), Rel("on_table", c), Rel("in_bin", d)))


def t39_multi_repeat(w: World) -> Made:
    b = _one(w, w.blocks)
    t = _onto(w, b) if b else None
    d = _one(w, [x for x in w.blocks if x not in (b, t) and t not in w.state.above(x)]) if t else None
    if d is None:
        return None
    kb, kt, kd = _c(w, b), _c(w, t), _c(w, d)
    text = (f"Put the {kb} block on the {kt} block. Then the {kd} block in the bin. "
            f"So: {kb} on {kt}, {kd} in the bin. That's it.")
    return _out(w, text, rels(Rel("on", b, t), Rel("in_bin", d)))


# ----- question -------------------------------------------------------------------------------------
def t39_q_manager(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    o = w.rng.choice(full if full and w.rng.random() < 0.5 else w.bowls)
    n = len(w.state.in_bowl(o))
    return f"Quick one - how many blocks are in the {_c(w, o)} bowl right now?", answered(str(n))


def t39_q_grandpa(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        o = w.state.base(b)
    else:
        b, o = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    text = f"Robot, can you tell grandpa and the little one: is the {_c(w, b)} block sitting in the {_c(w, o)} bowl?"
    return text, answered(yes(w.state.base(b) == o))


def t39_q_nonnative(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        t = w.rng.choice(pairs)[1]
    else:
        t = w.rng.choice(w.blocks)
    return f"Lies something on the {_c(w, t)} block?", answered(yes(not w.state.is_clear(t)))


def t39_q_directions(w: World) -> Made:
    full = [x for x in w.bowls if 1 <= len(w.state.in_bowl(x)) <= 2]
    if not full:
        return None
    o = w.rng.choice(full)
    parts = "|".join(_c(w, b) for b in w.state.in_bowl(o))
    return f"If I walk over to the {_c(w, o)} bowl, what blocks will I find in there?", answered(parts)


def t39_q_tidy(w: World) -> Made:
    n = sum(w.state.base(b) not in w.bowls for b in w.blocks)
    if n == 0:
        return None
    return "How many blocks still need putting away, I mean aren't in a bowl yet?", answered(str(n))


def t39_q_repeat(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        b, t = w.rng.choice(pairs)
    else:
        pick = w.pick(w.blocks, 2)
        if not pick:
            return None
        b, t = pick
    kb, kt = _c(w, b), _c(w, t)
    text = f"Is the {kb} block on the {kt} block? The {kb} one, on the {kt} one, is it? Just yes or no."
    return text, answered(yes(w.state.support[b] == t))


# ----- matching -------------------------------------------------------------------------------------
def _match(w: World, text: str) -> Made:
    want = matching(w)
    if not want:
        return None
    return _out(w, text, rels(*want))


def t39_match_manager(w: World) -> Made:
    return _match(w, "Sort the blocks into the bowls by colour. I need that done before noon.")


def t39_match_grandpa(w: World) -> Made:
    return _match(w, "Let's play a colour game with grandpa! Each block goes into the bowl that's the same colour "
                     "as it is. Can the robot do it?")


def t39_match_nonnative(w: World) -> Made:
    return _match(w, "Every block must into the bowl with the same colour, please.")


def t39_match_directions(w: World) -> Made:
    return _match(w, "take each block, drive it to the bowl of its own colour, drop it in there")


def t39_match_tidy(w: World) -> Made:
    return _match(w, "Everything in its place: the blocks go back in the bowls of their own colour, neat and tidy.")


def t39_match_repeat(w: World) -> Made:
    return _match(w, "Put each block in the bowl of the same colour. Same colour. Each block in its same colour "
                     "bowl. That's the job.")


FRESH39: list[Template] = [
    ("t39_imp_manager", "imperative", t39_imp_manager),
    ("t39_imp_grandpa", "imperative", t39_imp_grandpa),
    ("t39_imp_nonnative", "imperative", t39_imp_nonnative),
    ("t39_imp_directions", "imperative", t39_imp_directions),
    ("t39_imp_tidy", "imperative", t39_imp_tidy),
    ("t39_imp_repeat", "imperative", t39_imp_repeat),
    ("t39_dec_manager", "declarative", t39_dec_manager),
    ("t39_dec_grandpa", "declarative", t39_dec_grandpa),
    ("t39_dec_nonnative", "declarative", t39_dec_nonnative),
    ("t39_dec_directions", "declarative", t39_dec_directions),
    ("t39_dec_tidy", "declarative", t39_dec_tidy),
    ("t39_dec_repeat", "declarative", t39_dec_repeat),
    ("t39_des_manager", "desiderative", t39_des_manager),
    ("t39_des_grandpa", "desiderative", t39_des_grandpa),
    ("t39_des_nonnative", "desiderative", t39_des_nonnative),
    ("t39_des_directions", "desiderative", t39_des_directions),
    ("t39_des_tidy", "desiderative", t39_des_tidy),
    ("t39_des_repeat", "desiderative", t39_des_repeat),
    ("t39_qua_manager", "quantified", t39_qua_manager),
    ("t39_qua_grandpa", "quantified", t39_qua_grandpa),
    ("t39_qua_nonnative", "quantified", t39_qua_nonnative),
    ("t39_qua_directions", "quantified", t39_qua_directions),
    ("t39_qua_tidy", "quantified", t39_qua_tidy),
    ("t39_qua_repeat", "quantified", t39_qua_repeat),
    ("t39_neg_manager", "negated", t39_neg_manager),
    ("t39_neg_grandpa", "negated", t39_neg_grandpa),
    ("t39_neg_nonnative", "negated", t39_neg_nonnative),
    ("t39_neg_directions", "negated", t39_neg_directions),
    ("t39_neg_tidy", "negated", t39_neg_tidy),
    ("t39_neg_repeat", "negated", t39_neg_repeat),
    ("t39_rel_manager", "relative", t39_rel_manager),
    ("t39_rel_grandpa", "relative", t39_rel_grandpa),
    ("t39_rel_nonnative", "relative", t39_rel_nonnative),
    ("t39_rel_directions", "relative", t39_rel_directions),
    ("t39_rel_tidy", "relative", t39_rel_tidy),
    ("t39_rel_repeat", "relative", t39_rel_repeat),
    ("t39_keep_manager", "keep", t39_keep_manager),
    ("t39_keep_grandpa", "keep", t39_keep_grandpa),
    ("t39_keep_nonnative", "keep", t39_keep_nonnative),
    ("t39_keep_directions", "keep", t39_keep_directions),
    ("t39_keep_tidy", "keep", t39_keep_tidy),
    ("t39_keep_repeat", "keep", t39_keep_repeat),
    ("t39_multi_manager", "multi_step", t39_multi_manager),
    ("t39_multi_grandpa", "multi_step", t39_multi_grandpa),
    ("t39_multi_nonnative", "multi_step", t39_multi_nonnative),
    ("t39_multi_directions", "multi_step", t39_multi_directions),
    ("t39_multi_tidy", "multi_step", t39_multi_tidy),
    ("t39_multi_repeat", "multi_step", t39_multi_repeat),
    ("t39_q_manager", "question", t39_q_manager),
    ("t39_q_grandpa", "question", t39_q_grandpa),
    ("t39_q_nonnative", "question", t39_q_nonnative),
    ("t39_q_directions", "question", t39_q_directions),
    ("t39_q_tidy", "question", t39_q_tidy),
    ("t39_q_repeat", "question", t39_q_repeat),
    ("t39_match_manager", "matching", t39_match_manager),
    ("t39_match_grandpa", "matching", t39_match_grandpa),
    ("t39_match_nonnative", "matching", t39_match_nonnative),
    ("t39_match_directions", "matching", t39_match_directions),
    ("t39_match_tidy", "matching", t39_match_tidy),
    ("t39_match_repeat", "matching", t39_match_repeat),
]
