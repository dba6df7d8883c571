"""`FRESH33`, the thirty-fourth untuned batch: sixty language templates, six per category, written blind.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
Six kinds of ordinary users, one template each per category: a frustrated or sarcastic user, an over-polite formal
non-native speaker, someone who gives the reason before the request, a user of the passive voice and "needs to" /
"has got to" / "is to be", a hurried typist (lowercase, no punctuation, missing words), and a careful person who
names things by position or relation instead of colour (None when that description is ambiguous in the scene).

Its first run, before any fix it prompted (300 instructions, seed 0; on 27c2454): goal correct 0.627 (188 of 300); 24
templates missed, 3 of them with a wrong action or reply: 'every block on the table no stacks nothing in bowls'
(typed without punctuation) put blocks in bowls or did nothing; a command followed by a rhetorical question ('...
Is that really so hard?') was answered with the help text; 'Has X been put in one of the bowls yet?' got the help
text. The other misses were clear refusals or questions.
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

_GROUND = (TABLE, *PLACES)
_CAP = layout.BOWL_CAPACITY
_MARGIN = 0.07  # how much nearer (or further left, ...) the described thing must be than the next one


# ----- scene helpers --------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _live(w: World) -> list[str]:
    """Blocks not in the bin (and not held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _room(w: World, bowl: str) -> int:
    return _CAP - len(w.state.in_bowl(bowl))


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b`, nearest first."""
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _on(w: World, b: str) -> str | None:
    """The block resting directly on `b`, if one."""
    up = w.state.on_top(b)
    return up[0] if len(up) == 1 else None


def _stacks(w: World) -> list[list[str]]:
    """Every tower of two or more blocks standing on the table, bottom first."""
    out = []
    for b in _live(w):
        if w.state.support[b] in _GROUND and w.state.on_top(b):
            out.append([b, *w.state.above(b)[::-1]])
    return out


def _one_stack(w: World) -> list[str] | None:
    """The only stack in the scene (no other stack anywhere, none in a bowl either), else None."""
    stacks = _stacks(w)
    if len(stacks) != 1 or any(s in w.state.support for b, s in w.state.support.items()
                               if w.state.base(b) in w.bowls):
        return None
    return stacks[0]


def _extreme(w: World, items: list[str], key) -> str | None:
    """The item with the smallest key, when it is clearly smaller than the next one (else ambiguous: None)."""
    if len(items) < 2:
        return None
    ranked = sorted(items, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= _MARGIN else None


def _leftmost(w: World) -> str | None:
    return _extreme(w, _live(w), lambda b: w.y(b))  # left, as the places are named, is -y


def _rightmost(w: World) -> str | None:
    return _extreme(w, _live(w), lambda b: -w.y(b))


def _nearest_robot(w: World) -> str | None:
    def d(b: str) -> float:
        x, y = w.scene.get(b).position[:2]
        return (x * x + y * y) ** 0.5
    return _extreme(w, _live(w), d)


def _room_bowls(w: World, need: int = 1) -> list[str]:
    return [o for o in w.bowls if _room(w, o) >= need]


def _place(w: World) -> str:
    return w.rng.choice(list(PLACES))


def _can_stack_on(w: World, a: str, t: str) -> bool:
    """Whether putting `a` on `t` is sensible: distinct, `t` stands on the table, not under `a`, not too tall."""
    return (a != t and w.state.base(t) in _GROUND and t not in _below(w, a) and a not in _below(w, t)
            and len(_below(w, t)) + 2 <= layout.MAX_TOWER and w.state.support[a] != t)


def _on_table(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))


def _matching(w: World) -> Check | None:
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return None
    return rels(*want)


def _not_in(bowl: str, b: str) -> Check:
    return lambda _i, f: f.base(b) != bowl


# ----- imperative -----------------------------------------------------------------------------------
def m33_imp_frustrated(w: World) -> Made:
    bowls = _room_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.pick([x for x in _live(w) if w.state.base(x) != bowl])
    if not b:
        return None
    text = w.rng.choice([
        f"seriously, just put the {_c(w, b[0])} block in the {_c(w, bowl)} bowl already",
        f"Seriously. Just put the {_c(w, b[0])} block in the {_c(w, bowl)} bowl. That's all I'm asking.",
    ])
    return text, rels(Rel("in", b[0], bowl))


def m33_imp_polite(w: World) -> Made:
    pairs = [(a, t) for a in _live(w) for t in _live(w) if _can_stack_on(w, a, t)]
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    return (f"If it is possible, please kindly place the {_c(w, a)} block on top of the {_c(w, t)} block. "
            "Thank you very much."), rels(Rel("on", a, t))


def m33_imp_reason(w: World) -> Made:
    place = _place(w)
    b = w.pick([x for x in _live(w) if w.state.base(x) != place])
    if not b:
        return None
    text = w.rng.choice([
        f"I can't see the {_c(w, b[0])} block properly from here, so bring it over to the {place}.",
        f"Because I want to take a photo of it, move the {_c(w, b[0])} cube to the {place} of the table.",
    ])
    return text, rels(Rel("at", b[0], place))


def m33_imp_passive(w: World) -> Made:
    pairs = [(a, t) for a in _live(w) for t in _live(w) if _can_stack_on(w, a, t)]
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    return f"Get the {_c(w, a)} block moved onto the {_c(w, t)} one, please.", rels(Rel("on", a, t))


def m33_imp_hurried(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    text = w.rng.choice([
        f"grab {_c(w, b[0])} block and drop it in bin",
        f"{_c(w, b[0])} block in the bin pls",
    ])
    return text, rels(Rel("in_bin", b[0]))


def m33_imp_position(w: World) -> Made:
    b = _leftmost(w)
    bowls = [o for o in _room_bowls(w) if b and w.state.base(b) != o]
    if not b or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"Put the block on the far left into the {_c(w, bowl)} bowl.", rels(Rel("in", b, bowl))


# ----- declarative ----------------------------------------------------------------------------------
def m33_decl_frustrated(w: World) -> Made:
    pairs = [(a, t) for a in _live(w) for t in _live(w) if _can_stack_on(w, a, t)]
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    return (f"For the third time, the {_c(w, a)} block goes ON the {_c(w, t)} block, not next to it.",
            rels(Rel("on", a, t)))


def m33_decl_polite(w: World) -> Made:
    bowls = _room_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.pick([x for x in _live(w) if w.state.base(x) != bowl])
    if not b:
        return None
    return (f"The {_c(w, b[0])} block should be inside the {_c(w, bowl)} bowl, if it is not too much trouble "
            "for you."), rels(Rel("in", b[0], bowl))


def m33_decl_reason(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    return (f"I'm finished with the {_c(w, b[0])} block, so its place is in the bin now.",
            rels(Rel("in_bin", b[0])))


def m33_decl_passive(w: World) -> Made:
    bowls = _room_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.pick([x for x in _live(w) if w.state.base(x) != bowl])
    if not b:
        return None
    return f"The {_c(w, bowl)} bowl is where the {_c(w, b[0])} block has got to go.", rels(Rel("in", b[0], bowl))


def m33_decl_hurried(w: World) -> Made:
    pairs = [(a, t) for a in _live(w) for t in _live(w) if _can_stack_on(w, a, t)]
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    text = w.rng.choice([f"{_c(w, a)} block goes on top of {_c(w, t)}", f"{_c(w, a)} one on the {_c(w, t)} block"])
    return text, rels(Rel("on", a, t))


def m33_decl_position(w: World) -> Made:
    stack = _one_stack(w)
    bowls = _room_bowls(w)
    if not stack or not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"The top block of the stack belongs in the {_c(w, bowl)} bowl.", rels(Rel("in", stack[-1], bowl))


# ----- desiderative ---------------------------------------------------------------------------------
def m33_des_frustrated(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    return (f"How hard is it to get the {_c(w, b[0])} block into the bin? I just want it gone.",
            rels(Rel("in_bin", b[0])))


def m33_des_polite(w: World) -> Made:
    pairs = [(a, t) for a in _live(w) for t in _live(w) if _can_stack_on(w, a, t)]
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    return (f"I would be very thankful if you could put the {_c(w, a)} block onto the {_c(w, t)} block.",
            rels(Rel("on", a, t)))


def m33_des_reason(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice([
        f"I need the {_c(w, bowl)} bowl for my keys, so I'd like you to take everything out of it.",
        f"My keys are going in the {_c(w, bowl)} bowl, so I'd like it emptied please.",
    ])
    return text, both(empty(bowl), none_binned(inside))


def m33_des_passive(w: World) -> Made:
    place = _place(w)
    b = w.pick([x for x in _live(w) if w.state.base(x) != place])
    if not b:
        return None
    return f"I want the {_c(w, b[0])} block moved to the {place}.", rels(Rel("at", b[0], place))


def m33_des_hurried(w: World) -> Made:
    pairs = [(a, t) for a in _live(w) for t in _live(w) if _can_stack_on(w, a, t)]
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    return f"i want {_c(w, a)} block on top the {_c(w, t)} one", rels(Rel("on", a, t))


def m33_des_position(w: World) -> Made:
    pairs = [(a, u) for a, u in w.pairs() if w.state.base(u) in _GROUND]
    bowls = _room_bowls(w)
    if not pairs or not bowls:
        return None
    a, u = w.rng.choice(pairs)
    bowl = w.rng.choice(bowls)
    return (f"I'd like the block underneath the {_c(w, a)} block to go in the {_c(w, bowl)} bowl.",
            rels(Rel("in", u, bowl)))


# ----- quantified -----------------------------------------------------------------------------------
def m33_quant_frustrated(w: World) -> Made:
    blocks = _live(w)
    if not 2 <= len(blocks) <= len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice([
        "Ugh, just put ALL the blocks in the bin. Every single one.",
        "ok forget it, every block goes in the bin, all of them",
    ])
    return text, binned(blocks)


def m33_quant_polite(w: World) -> Made:
    bowls = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not bowls or len(_live(w)) < 2:
        return None
    bowl = w.rng.choice(bowls)
    return (f"Please, would you be so kind to put two of the blocks in the {_c(w, bowl)} bowl?",
            count_in(bowl, 2, exact=True))


def m33_quant_reason(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return ("The bowls are going in the dishwasher, so every block that is in a bowl has to come out onto the "
            "table."), _on_table(*inside)


def m33_quant_passive(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) > _CAP:
        return None
    bowl = w.rng.choice(w.bowls)
    if all(w.state.base(b) == bowl for b in blocks):
        return None
    return f"Each one of the blocks needs putting in the {_c(w, bowl)} bowl.", rels(
        *(Rel("in", b, bowl) for b in blocks))


def m33_quant_hurried(w: World) -> Made:
    blocks = _live(w)
    if all(w.state.support[b] in _GROUND for b in blocks):
        return None
    texts = ["all blocks back on table pls", "every block on the table no stacks nothing in bowls"]
    if not w.in_bowls():
        texts.append("unstack everything all on the table")
    text = w.rng.choice(texts)
    return text, _on_table(*blocks)


def m33_quant_position(w: World) -> Made:
    blocks = _live(w)
    if any(abs(w.y(b)) < 0.04 for b in blocks):  # too near the middle to say which half it is on
        return None
    left = [b for b in blocks if w.y(b) < 0]
    right = [b for b in blocks if w.y(b) > 0]
    if not left or not right or len(left) > len(layout.BIN_SLOTS):
        return None
    return ("Please put every block on the left half of the table in the bin, and leave the ones on the right.",
            both(binned(left), none_binned(right)))


# ----- negated --------------------------------------------------------------------------------------
def m33_neg_frustrated(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    return (f"for crying out loud, get the {_c(w, a)} block off the {_c(w, t)} one. and NO, not in the bin",
            lambda _i, f: f.support[a] != t and f.base(a) != BIN)


def m33_neg_polite(w: World) -> Made:
    blocks = _live(w)
    if len(blocks) < 3:
        return None
    keep = w.rng.choice(blocks)
    rest = [b for b in blocks if b != keep]
    if len(rest) > len(layout.BIN_SLOTS):
        return None
    return (f"Please, could you put all the blocks in the bin except for the {_c(w, keep)} block? Thank you kindly.",
            both(binned(rest), none_binned([keep])))


def m33_neg_reason(w: World) -> Made:
    pairs = [(b, o) for b in w.in_bowls() for o in w.bowls if w.state.base(b) == o and _c(w, b) != _c(w, o)]
    if not pairs:
        return None
    b, bowl = w.rng.choice(pairs)
    return (f"Since I'm sorting things by colour, the {_c(w, b)} block should not be in the {_c(w, bowl)} bowl.",
            lambda _i, f: f.base(b) != bowl and f.base(b) != BIN)


def m33_neg_passive(w: World) -> Made:
    under = [b for b in _live(w) if not w.state.is_clear(b)]
    if not under:
        return None
    b = w.rng.choice(under)
    above = w.state.above(b)
    return (f"Nothing is to be left on top of the {_c(w, b)} block.",
            both(lambda _i, f: f.is_clear(b), none_binned(above)))


def m33_neg_hurried(w: World) -> Made:
    bowls = _room_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.pick([x for x in _live(w) if w.state.base(x) != bowl])
    if not b:
        return None
    return (f"dont put the {_c(w, b[0])} in the bin put it in {_c(w, bowl)} bowl",
            rels(Rel("in", b[0], bowl)))


def m33_neg_position(w: World) -> Made:
    r = _rightmost(w)
    blocks = _live(w)
    if not r or len(blocks) < 3:
        return None
    rest = [b for b in blocks if b != r]
    if len(rest) > len(layout.BIN_SLOTS):
        return None
    return ("Bin every block except the one furthest to the right.",
            both(binned(rest), none_binned([r])))


# ----- relative -------------------------------------------------------------------------------------
def m33_rel_frustrated(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    return (f"How many times do I have to say it: the block that's on top of the {_c(w, t)} block goes in the bin.",
            rels(Rel("in_bin", a)))


def m33_rel_polite(w: World) -> Made:
    bowls = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.state.in_bowl(bowl)[0]
    return (f"Kindly, would you take the block which is lying in the {_c(w, bowl)} bowl and put it on the table, "
            "please?"), _on_table(b)


def m33_rel_reason(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    return (f"I want to build on the {_c(w, t)} block, so the block that is sitting on it has to be moved to the "
            "table."), _on_table(a)


def m33_rel_passive(w: World) -> Made:
    bowls = _room_bowls(w)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    pairs = [(a, t) for a, t in w.pairs() if w.state.base(a) != bowl]
    if not pairs:
        return None
    a, t = w.rng.choice(pairs)
    return (f"The block that is stacked on the {_c(w, t)} block is to be placed in the {_c(w, bowl)} bowl.",
            rels(Rel("in", a, bowl)))


def m33_rel_hurried(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, u = w.rng.choice(pairs)
    return f"the block under the {_c(w, a)} one goes in bin", both(rels(Rel("in_bin", u)), none_binned([a]))


def m33_rel_position(w: World) -> Made:
    options = []
    for bowl in _room_bowls(w):
        b = _extreme(w, [x for x in _live(w) if w.state.base(x) != bowl], lambda x, o=bowl: w.dist(x, o))
        if b:
            options.append((bowl, b))
    if not options:
        return None
    bowl, b = w.rng.choice(options)
    return (f"Put the block that is closest to the {_c(w, bowl)} bowl into it.", rels(Rel("in", b, bowl)))


# ----- keep -----------------------------------------------------------------------------------------
def _two(w: World) -> tuple[str, str] | None:
    """(a, b): a block to move and another that must stay, `b` not resting on top of `a`."""
    pairs = [(a, b) for a in _live(w) for b in _live(w) if a != b and b not in w.state.above(a)]
    return w.rng.choice(pairs) if pairs else None


def m33_keep_frustrated(w: World) -> Made:
    ab = _two(w)
    if not ab:
        return None
    a, b = ab
    return (f"Just move the {_c(w, a)} block to the bin and for once leave the {_c(w, b)} block alone.",
            both(rels(Rel("in_bin", a)), kept(b)))


def m33_keep_polite(w: World) -> Made:
    ab = _two(w)
    bowls = _room_bowls(w)
    if not ab or not bowls:
        return None
    a, b = ab
    bowl = w.rng.choice(bowls)
    if w.state.base(a) == bowl:
        return None
    return (f"Please kindly put the {_c(w, a)} block in the {_c(w, bowl)} bowl, but the {_c(w, b)} block, please "
            "do not touch it."), both(rels(Rel("in", a, bowl)), kept(b))


def m33_keep_reason(w: World) -> Made:
    options = [(a, t, b) for a in _live(w) for t in _live(w) for b in _live(w)
               if _can_stack_on(w, a, t) and b not in (a, t) and b not in w.state.above(a)
               and b not in w.state.above(t)]
    if not options:
        return None
    a, t, b = w.rng.choice(options)
    return (f"I've got the {_c(w, b)} block exactly where I want it, so keep it there while you put the "
            f"{_c(w, a)} block on the {_c(w, t)} block."), both(rels(Rel("on", a, t)), kept(b))


def m33_keep_passive(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w)
             if a != b and w.state.support[a] not in _GROUND and b not in w.state.above(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return (f"The {_c(w, a)} block needs to go on the table, but the {_c(w, b)} block has to stay exactly where "
            "it is."), both(_on_table(a), kept(b))


def m33_keep_hurried(w: World) -> Made:
    place = _place(w)
    a = w.pick([x for x in _live(w) if w.state.is_clear(x) and w.state.base(x) != place])
    if not a:
        return None
    others = [b for b in w.blocks if b != a[0]]
    return f"move {_c(w, a[0])} to {place} leave everything else", both(rels(Rel("at", a[0], place)), kept(*others))


def m33_keep_position(w: World) -> Made:
    stack = _one_stack(w)
    if not stack:
        return None
    return ("Put the top block of the stack in the bin, and leave the rest of the stack as it is.",
            both(rels(Rel("in_bin", stack[-1])), kept(*stack[:-1])))


# ----- multi_step -----------------------------------------------------------------------------------
def m33_multi_frustrated(w: World) -> Made:
    ab = w.pick(_live(w), 2)
    if not ab:
        return None
    a, b = ab
    return (f"First put the {_c(w, a)} block in the bin, then the {_c(w, b)} block. Is that really so hard?",
            binned([a, b]))


def m33_multi_polite(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w)
             if a != b and w.state.support[a] not in _GROUND and w.state.support[b] != a]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return (f"Firstly, please put the {_c(w, a)} block on the table, and after that, kindly place the "
            f"{_c(w, b)} block upon it."), both(_on_table(a), rels(Rel("on", b, a)))


def m33_multi_reason(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    a = w.pick([x for x in _live(w) if x not in inside])
    if not a:
        return None
    return (f"I need the {_c(w, bowl)} bowl for the {_c(w, a[0])} block, so first take out what's in it, then put "
            f"the {_c(w, a[0])} block in."), both(rels(Rel("in", a[0], bowl)), none_binned(inside),
                                                  *(_not_in(bowl, b) for b in inside))


def m33_multi_passive(w: World) -> Made:
    place = _place(w)
    bowls = _room_bowls(w)
    ab = w.pick(_live(w), 2)
    if not bowls or not ab:
        return None
    a, b = ab
    bowl = w.rng.choice(bowls)
    if w.state.base(b) == bowl and w.state.base(a) == place:
        return None
    return (f"The {_c(w, a)} block needs to be moved to the {place}, and after that the {_c(w, b)} block has got to "
            f"go in the {_c(w, bowl)} bowl."), rels(Rel("at", a, place), Rel("in", b, bowl))


def m33_multi_hurried(w: World) -> Made:
    blocks = _live(w)
    options = [(a, t, c) for a in blocks for t in blocks for c in blocks
               if len({a, t, c}) == 3 and w.state.base(t) in _GROUND and not _below(w, t)
               and not (w.state.support[a] == t and w.state.support[c] == a)]
    if not options:
        return None
    a, t, c = w.rng.choice(options)
    return (f"{_c(w, a)} on {_c(w, t)} then {_c(w, c)} on top of that",
            rels(Rel("on", a, t), Rel("on", c, a)))


def m33_multi_position(w: World) -> Made:
    stack = _one_stack(w)
    bowls = _room_bowls(w)
    if not stack or not bowls:
        return None
    top, under = stack[-1], stack[-2]
    bowl = w.rng.choice(bowls)
    return (f"Take the block off the top of the stack and put it on the table, then put the block that was under it "
            f"in the {_c(w, bowl)} bowl."), both(_on_table(top), rels(Rel("in", under, bowl)))


# ----- question -------------------------------------------------------------------------------------
def m33_q_frustrated(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    if n == 0:
        return None
    return f"Seriously, how many blocks are in the {_c(w, bowl)} bowl right now?", answered(str(n))


def m33_q_polite(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, t = w.rng.choice(pairs)
    else:
        ab = w.pick(_live(w), 2)
        if not ab:
            return None
        a, t = ab
    return (f"Excuse me, may I ask whether the {_c(w, a)} block is on top of the {_c(w, t)} block?",
            answered(yes(w.state.support[a] == t)))


def m33_q_reason(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return (f"I'm about to put my ring in the {_c(w, bowl)} bowl, so is it empty?",
            answered(yes(not w.state.in_bowl(bowl))))


def m33_q_passive(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    return (f"Has the {_c(w, b[0])} block been put in one of the bowls yet?",
            answered(yes(w.state.base(b[0]) in w.bowls)))


def m33_q_hurried(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    bowl = w.rng.choice(full if full and w.rng.random() < 0.7 else w.bowls)
    inside = w.state.in_bowl(bowl)
    prefix = "|".join(_c(w, b) for b in inside) if inside else "nothing"
    return f"whats in the {_c(w, bowl)} bowl", answered(prefix)


def m33_q_position(w: World) -> Made:
    b = _nearest_robot(w)
    if not b:
        return None
    text = w.rng.choice(["What colour is the block closest to you?", "Which colour is the block nearest to you?"])
    return text, answered(_c(w, b))


# ----- matching -------------------------------------------------------------------------------------
def m33_match_frustrated(w: World) -> Made:
    check = _matching(w)
    if not check:
        return None
    return "For the last time, every block goes in the bowl that's the same colour as it.", check


def m33_match_polite(w: World) -> Made:
    check = _matching(w)
    if not check:
        return None
    return "If it is not a trouble, please kindly sort the blocks into the bowls of the same colour.", check


def m33_match_reason(w: World) -> Made:
    check = _matching(w)
    if not check:
        return None
    return ("I'm teaching my little boy his colours, so could you put each block in the bowl that matches it?",
            check)


def m33_match_passive(w: World) -> Made:
    check = _matching(w)
    if not check:
        return None
    return "Blocks are to be put in the bowl of their own colour.", check


def m33_match_hurried(w: World) -> Made:
    check = _matching(w)
    if not check:
        return None
    return w.rng.choice(["match blocks to bowls by colour", "blocks in same colour bowls"]), check


def m33_match_position(w: World) -> Made:
    options = []
    for phrase, b in (("The block on the far left", _leftmost(w)), ("The block furthest to the right", _rightmost(w)),
                      ("The block nearest to you", _nearest_robot(w))):
        want = [r for r in matching(w) if b and r.args[0] == b]
        if want and not rels(*want)(w.state, w.state):
            options.append((phrase, want))
    if not options:
        return None
    phrase, want = w.rng.choice(options)
    return f"{phrase} should go in the bowl that matches its colour.", rels(*want)


FRESH33: list[Template] = [
    ("m33_imp_frustrated", "imperative", m33_imp_frustrated),
    ("m33_imp_polite", "imperative", m33_imp_polite),
    ("m33_imp_reason", "imperative", m33_imp_reason),
    ("m33_imp_passive", "imperative", m33_imp_passive),
    ("m33_imp_hurried", "imperative", m33_imp_hurried),
    ("m33_imp_position", "imperative", m33_imp_position),
    ("m33_decl_frustrated", "declarative", m33_decl_frustrated),
    ("m33_decl_polite", "declarative", m33_decl_polite),
    ("m33_decl_reason", "declarative", m33_decl_reason),
    ("m33_decl_passive", "declarative", m33_decl_passive),
    ("m33_decl_hurried", "declarative", m33_decl_hurried),
    ("m33_decl_position", "declarative", m33_decl_position),
    ("m33_des_frustrated", "desiderative", m33_des_frustrated),
    ("m33_des_polite", "desiderative", m33_des_polite),
    ("m33_des_reason", "desiderative", m33_des_reason),
    ("m33_des_passive", "desiderative", m33_des_passive),
    ("m33_des_hurried", "desiderative", m33_des_hurried),
    ("m33_des_position", "desiderative", m33_des_position),
    ("m33_quant_frustrated", "quantified", m33_quant_frustrated),
    ("m33_quant_polite", "quantified", m33_quant_polite),
    ("m33_quant_reason", "quantified", m33_quant_reason),
    ("m33_quant_passive", "quantified", m33_quant_passive),
    ("m33_quant_hurried", "quantified", m33_quant_hurried),
    ("m33_quant_position", "quantified", m33_quant_position),
    ("m33_neg_frustrated", "negated", m33_neg_frustrated),
    ("m33_neg_polite", "negated", m33_neg_polite),
    ("m33_neg_reason", "negated", m33_neg_reason),
    ("m33_neg_passive", "negated", m33_neg_passive),
    ("m33_neg_hurried", "negated", m33_neg_hurried),
    ("m33_neg_position", "negated", m33_neg_position),
    ("m33_rel_frustrated", "relative", m33_rel_frustrated),
    ("m33_rel_polite", "relative", m33_rel_polite),
    ("m33_rel_reason", "relative", m33_rel_reason),
    ("m33_rel_passive", "relative", m33_rel_passive),
    ("m33_rel_hurried", "relative", m33_rel_hurried),
    ("m33_rel_position", "relative", m33_rel_position),
    ("m33_keep_frustrated", "keep", m33_keep_frustrated),
    ("m33_keep_polite", "keep", m33_keep_polite),
    ("m33_keep_reason", "keep", m33_keep_reason),
    ("m33_keep_passive", "keep", m33_keep_passive),
    ("m33_keep_hurried", "keep", m33_keep_hurried),
    ("m33_keep_position", "keep", m33_keep_position),
    ("m33_multi_frustrated", "multi_step", m33_multi_frustrated),
    ("m33_multi_polite", "multi_step", m33_multi_polite),
    ("m33_multi_reason", "multi_step", m33_multi_reason),
    ("m33_multi_passive", "multi_step", m33_multi_passive),
    ("m33_multi_hurried", "multi_step", m33_multi_hurried),
    ("m33_multi_position", "multi_step", m33_multi_position),
    ("m33_q_frustrated", "question", m33_q_frustrated),
    ("m33_q_polite", "question", m33_q_polite),
    ("m33_q_reason", "question", m33_q_reason),
    ("m33_q_passive", "question", m33_q_passive),
    ("m33_q_hurried", "question", m33_q_hurried),
    ("m33_q_position", "question", m33_q_position),
    ("m33_match_frustrated", "matching", m33_match_frustrated),
    ("m33_match_polite", "matching", m33_match_polite),
    ("m33_match_reason", "matching", m33_match_reason),
    ("m33_match_passive", "matching", m33_match_passive),
    ("m33_match_hurried", "matching", m33_match_hurried),
    ("m33_match_position", "matching", m33_match_position),
]
