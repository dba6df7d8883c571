"""`FRESH50`, the fifty-first untuned batch: sixty language templates, six per category, about referring to things
indirectly, as people do when they do not bother to name colours. It was written by a tester who had not read the
planner, its tests, the lexicon or any other batch of templates.

Each category has one template in each of six styles: by relation to other things ("the block sitting on the red
one"), by being the only one of its kind ("the lone block on the table"), by position in a stack ("the top block of
that stack"), by contrast ("not the red one, the other one"), by pronouns and ellipsis across sentences ("Grab the
red block. Now put it in the bowl that matches it."), and by groups and counts ("both blocks in the blue bowl").

Its first run, before any fix it prompted (300 instructions, seed 0, on 6c6f9a5): 0.607 goal-correct (182 of 300), 91
refused, 14 asked, 13 wrong: six wrong actions ('both stacked blocks directly on the table' restacked, 'the bottom
one' after the top block moved, 'the other one from that bowl on top of it') and seven wrong replies (a request after
'See that X over there?' answered with the help text, 'which bowl is the only one with nothing in it?', 'Is something
stacked on it?' answered with where it is).
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

_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- scene helpers ----------------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _free(w: World) -> list[str]:
    """Blocks not in the bin (all of them, in a fresh scene)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _bowl_of(w: World, block: str) -> str | None:
    base = w.state.base(block)
    return base if base in w.state.bowls else None


def _towers(w: World) -> list[list[str]]:
    """Every stack of two or more blocks, bottom first."""
    sup = w.state.support
    out = []
    for b in w.blocks:
        if sup[b] not in sup and sup[b] != BIN and w.state.on_top(b):
            out.append([b, *reversed(w.state.above(b))])
    return out


def _stacked(w: World) -> list[str]:
    return [b for t in _towers(w) for b in t]


def _loose(w: World) -> list[str]:
    """Blocks standing by themselves on the table: not in a bowl, not part of a stack."""
    return [b for b in w.blocks if w.state.support[b] in (TABLE, *PLACES) and w.state.is_clear(b)]


def _on_table(w: World) -> list[str]:
    """Blocks whose tower stands on the table (stacked or not)."""
    return [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES)]


def _stack_ref(w: World, chain: list[str], name: int | None = None) -> str | None:
    """A phrase that picks out this stack: "the stack" when it is the only one, else by its bowl, else by naming the
    block at index `name` of the chain (None: give up)."""
    towers = _towers(w)
    if len(towers) == 1:
        return w.rng.choice(["the stack", "that stack", "the stack"])
    base = w.state.base(chain[0])
    if base in w.state.bowls and sum(w.state.base(t[0]) == base for t in towers) == 1:
        return f"the stack in the {_c(w, base)} bowl"
    if name is None:
        return None
    if name == -1 or name == len(chain) - 1:
        return f"the stack with the {_c(w, chain[-1])} block on top"
    if name == 0:
        return f"the stack with the {_c(w, chain[0])} block at the bottom"
    return f"the stack with the {_c(w, chain[name])} block in it"


def _pair_groups(w: World) -> list[tuple[str, list[str], str]]:
    """Natural groups of exactly two: ("bowl", blocks, bowl), ("stack", [bottom, top], ""), ("loose", blocks, "")."""
    out: list[tuple[str, list[str], str]] = []
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if len(inside) == 2:
            out.append(("bowl", inside, bowl))
    towers = _towers(w)
    if len(towers) == 1 and len(towers[0]) == 2:
        out.append(("stack", towers[0], ""))
    loose = _loose(w)
    if len(loose) == 2:
        out.append(("loose", loose, ""))
    return out


def _bowl_by_colour(w: World, colour: str) -> str | None:
    return next((x for x in w.bowls if _c(w, x) == colour), None)


def _match_moves(w: World, block: str) -> str | None:
    """The bowl of this block's colour, when it is not there yet and there is room."""
    bowl = _bowl_by_colour(w, _c(w, block))
    if bowl is None or w.state.base(block) == bowl or not _room(w, bowl):
        return None
    return bowl


def _in(place: str) -> str:
    return f"in the {place}"


def _out_of(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _in_some_bowl_but(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) in f.bowls and f.base(block) != bowl


def _apart(a: str, b: str) -> Check:
    return lambda _i, f: f.support[a] != b and f.support[b] != a


def _no_stacks(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.support[b] not in f.support for b in blocks)


def _same_contents(bowl: str) -> Check:
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl))


def _all(rel: str, blocks: list[str], *target: str) -> Check:
    return rels(*(Rel(rel, b, *target) for b in blocks))


# ----- imperative -------------------------------------------------------------------------------------------------
def e50_imp_relation(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [x for x in w.bowls if w.state.base(top) != x and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        "Put the block that's sitting on the {b} one into the {o} bowl.",
        "move the block resting on top of the {b} block over to the {o} bowl",
    ]).format(b=_c(w, below), o=_c(w, bowl))
    return text, rels(Rel("in", top, bowl))


def e50_imp_only(w: World) -> Made:
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    block = w.state.in_bowl(bowl)[0]
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        "Take the one block that's in the {o} bowl and set it down {p}.",
        "Lift the only block out of the {o} bowl and leave it {p}.",
    ]).format(o=_c(w, bowl), p=_in(place))
    return text, rels(Rel("at", block, place))


def e50_imp_stack(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    top = chain[-1]
    ref = _stack_ref(w, chain, name=0)
    bowls = [x for x in w.bowls if w.state.base(top) != x and _room(w, x)]
    if not bowls or ref is None:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        "Grab the top block off {s} and put it in the {o} bowl.",
        "Take whatever block is at the top of {s} and drop it into the {o} bowl.",
    ]).format(s=ref, o=_c(w, bowl))
    return text, rels(Rel("in", top, bowl))


def e50_imp_contrast(w: World) -> Made:
    opts = [g for g in _pair_groups(w) if g[0] in ("bowl", "loose")]
    if not opts:
        return None
    kind, blocks, bowl = w.rng.choice(opts)
    x, other = w.rng.sample(blocks, 2)
    if kind == "bowl":
        text = w.rng.choice([
            "Not the {x} one - take the other block in the {o} bowl and put it on the table.",
            "In the {o} bowl, the block that isn't {x}: put that one on the table, please.",
        ]).format(x=_c(w, x), o=_c(w, bowl))
        return text, rels(Rel("on_table", other))
    targets = [t for t in w.bowls if _room(w, t)]
    if not targets:
        return None
    target = w.rng.choice(targets)
    text = (f"There are two blocks just sitting on their own on the table. Not the {_c(w, x)} one, the other "
            f"one - put it in the {_c(w, target)} bowl.")
    return text, rels(Rel("in", other, target))


def e50_imp_pronoun(w: World) -> Made:
    cands = [(b, m) for b in _free(w) if (m := _match_moves(w, b))]
    if not cands:
        return None
    block, bowl = w.rng.choice(cands)
    text = w.rng.choice([
        "Grab the {x} block. Now put it in the bowl that matches it.",
        "pick up the {x} block. then drop it in the bowl thats the same colour as it",
    ]).format(x=_c(w, block))
    return text, rels(Rel("in", block, bowl))


def e50_imp_group(w: World) -> Made:
    opts = _pair_groups(w)
    if not opts:
        return None
    kind, blocks, bowl = w.rng.choice(opts)
    place = w.rng.choice(PLACES)
    if kind == "bowl":
        text = f"Take both blocks out of the {_c(w, bowl)} bowl and put them {_in(place)}."
    elif kind == "stack":
        text = f"Move both of the stacked blocks to the {place}."
    else:
        text = f"Move the two blocks that are sitting by themselves over to the {place}."
    return text, _all("at", blocks, place)


# ----- declarative ------------------------------------------------------------------------------------------------
def e50_dec_relation(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = w.rng.choice([
        "Whatever's in the {o} bowl goes in the bin.",
        "Everything sitting in the {o} bowl belongs in the bin.",
    ]).format(o=_c(w, bowl))
    return text, binned(w.state.in_bowl(bowl))


def e50_dec_only(w: World) -> Made:
    loose = _loose(w)
    if len(loose) != 1:
        return None
    block = loose[0]
    bowls = [x for x in w.bowls if _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    if _on_table(w) == [block]:
        text = f"The only block on the table belongs in the {_c(w, bowl)} bowl."
    else:
        text = w.rng.choice([
            "The lone block on the table belongs in the {o} bowl.",
            "That block standing on its own on the table goes in the {o} bowl.",
        ]).format(o=_c(w, bowl))
    return text, rels(Rel("in", block, bowl))


def e50_dec_stack(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    bottom = chain[0]
    ref = _stack_ref(w, chain, name=-1)
    bowls = [x for x in w.bowls if w.state.base(bottom) != x and _room(w, x)]
    if not bowls or ref is None:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        "The bottom block of {s} goes in the {o} bowl.",
        "The block at the very bottom of {s} belongs in the {o} bowl.",
    ]).format(s=ref, o=_c(w, bowl))
    return text, rels(Rel("in", bottom, bowl))


def e50_dec_contrast(w: World) -> Made:
    opts: list[Made] = []
    if len(w.bowls) == 2:
        a, other = w.rng.sample(w.bowls, 2)
        if w.state.in_bowl(other):
            text = f"The {_c(w, a)} bowl is fine as it is. The other bowl should be empty."
            opts.append((text, both(empty(other), _same_contents(a))))
    towers = _towers(w)
    if len(towers) == 1 and len(towers[0]) == 2:
        bottom, top = towers[0]
        bowls = [x for x in w.bowls if w.state.base(top) != x and _room(w, x)]
        if bowls:
            bowl = w.rng.choice(bowls)
            text = (f"The {_c(w, bottom)} block can stay where it is. The other stacked block goes in the "
                    f"{_c(w, bowl)} bowl.")
            opts.append((text, both(rels(Rel("in", top, bowl)), kept(bottom))))
    return w.rng.choice(opts) if opts else None


def e50_dec_pronoun(w: World) -> Made:
    bowls = [x for x in w.bowls if _room(w, x, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if len(cands) < 2:
        return None
    x, y = w.rng.sample(cands, 2)
    text = w.rng.choice([
        "The {x} block goes in the {o} bowl. So does the {y} one.",
        "The {x} block belongs in the {o} bowl. The {y} one too.",
    ]).format(x=_c(w, x), y=_c(w, y), o=_c(w, bowl))
    return text, rels(Rel("in", x, bowl), Rel("in", y, bowl))


def e50_dec_group(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2 or len(loose) > len(layout.PLACE_SLOTS):
        return None
    place = w.rng.choice(PLACES)
    n = _WORDS[len(loose)]
    text = w.rng.choice([
        "The {n} blocks sitting by themselves on the table all belong {p}.",
        "Those {n} blocks that aren't stacked or in a bowl go {p}.",
    ]).format(n=n, p=_in(place))
    if len(loose) == 2:
        text = text.replace("The two blocks", "Both blocks").replace("table all belong", "table belong")
    return text, _all("at", loose, place)


# ----- desiderative -----------------------------------------------------------------------------------------------
def e50_des_relation(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        "I'd like the block under the {t} one moved to the {p}.",
        "Could you take the block that the {t} one is sitting on and put it {pi}?",
    ]).format(t=_c(w, top), p=place, pi=_in(place))
    return text, rels(Rel("at", below, place))


def e50_des_only(w: World) -> Made:
    if len(w.bowls) == 1:
        bowl = w.bowls[0]
        phrase = w.rng.choice(["the only bowl we've got", "the one bowl there is"])
    else:
        empties = [x for x in w.bowls if not w.state.in_bowl(x)]
        if len(empties) != 1:
            return None
        bowl = empties[0]
        phrase = w.rng.choice(["the only empty bowl", "the one bowl that's still empty"])
    if not _room(w, bowl):
        return None
    cands = [b for b in _free(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    block = w.rng.choice(cands)
    text = w.rng.choice([
        "I want the {x} block in {ph}.",
        "Could you put the {x} block in {ph}?",
    ]).format(x=_c(w, block), ph=phrase)
    return text, rels(Rel("in", block, bowl))


def e50_des_stack(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    place = w.rng.choice(PLACES)
    if len(chain) >= 3 and w.rng.random() < 0.7:
        block, ref = chain[-2], _stack_ref(w, chain, name=0)
        what = "the second block from the top of {s}"
    else:
        block, ref = chain[0], _stack_ref(w, chain, name=-1)
        what = "the one at the very bottom of {s}"
    if ref is None:
        return None
    text = w.rng.choice([
        "I'd like " + what + " moved to the {pl}.",
        "I need " + what + " over {p}.",
    ]).format(s=ref, p=_in(place), pl=place)
    return text, rels(Rel("at", block, place))


def e50_des_contrast(w: World) -> Made:
    opts: list[Made] = []
    if len(w.bowls) == 2:
        a, other = w.rng.sample(w.bowls, 2)
        cands = [b for b in _free(w) if w.state.base(b) != other]
        if cands and _room(w, other):
            x = w.rng.choice(cands)
            text = f"I'd like the {_c(w, x)} block in a bowl. Not the {_c(w, a)} one, the other one."
            opts.append((text, rels(Rel("in", x, other))))
    loose = _loose(w)
    targets = [t for t in w.bowls if _room(w, t)]
    if len(loose) == 2 and targets:
        x, other = w.rng.sample(loose, 2)
        target = w.rng.choice(targets)
        text = (f"See the two blocks standing by themselves? Not the {_c(w, x)} one, I'd like the other one in "
                f"the {_c(w, target)} bowl.")
        opts.append((text, rels(Rel("in", other, target))))
    return w.rng.choice(opts) if opts else None


def e50_des_pronoun(w: World) -> Made:
    blocks = _free(w)
    cands = [(x, d) for x in blocks for d in blocks
             if x != d and w.state.support[x] != d and d not in w.state.above(x)]
    if not cands:
        return None
    x, d = w.rng.choice(cands)
    one = "block" if _bowl_by_colour(w, _c(w, d)) else "one"  # "the blue one" could be the blue bowl
    text = w.rng.choice([
        "See the {x} block? I'd like it on top of the {d} " + one + ".",
        "you know the {x} block? i want it stacked on the {d} block",
    ]).format(x=_c(w, x), d=_c(w, d))
    return text, rels(Rel("on", x, d))


def e50_des_group(w: World) -> Made:
    stacked = _stacked(w)
    if not stacked:
        return None
    n = len(stacked)
    group = "both stacked blocks" if n == 2 else f"all {_WORDS[n]} stacked blocks"
    text = w.rng.choice([
        "I'd like {g} sitting directly on the table.",
        "I want {g} taken apart and put down on the table.",
    ]).format(g=group)
    return text, _all("on_table", stacked)


# ----- quantified -------------------------------------------------------------------------------------------------
def e50_qua_relation(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or len(inside) > len(layout.PLACE_SLOTS):
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        "Move every block that's in a bowl to the {p}.",
        "Anything sitting in a bowl, take it all out and put it {pi}.",
    ]).format(p=place, pi=_in(place))
    return text, _all("at", inside, place)


def e50_qua_only(w: World) -> Made:
    opts: list[tuple[str, str]] = []
    loose = _loose(w)
    if len(loose) == 1:
        opts.append((loose[0], "Put every block in the bin except the lone one standing on the table."))
    inside = w.in_bowls()
    if len(inside) == 1:
        opts.append((inside[0], "Bin all the blocks apart from the only one that's in a bowl."))
    if not opts:
        return None
    keep, text = w.rng.choice(opts)
    others = [b for b in _free(w) if b != keep]
    if not others:
        return None
    return text, both(binned(others), none_binned([keep]))


def e50_qua_stack(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    tops = [t[-1] for t in towers]
    rest = [b for b in w.blocks if b not in tops]
    text = w.rng.choice([
        "Take the top block off every stack and put it in the bin.",
        "For each stack, knock the top block off into the bin.",
    ])
    return text, both(binned(tops), none_binned(rest))


def e50_qua_contrast(w: World) -> Made:
    table = _on_table(w)
    if len(table) < 2:
        return None
    x = w.rng.choice(table)
    others = [b for b in table if b != x]
    text = w.rng.choice([
        "Apart from the {x} block, put all the blocks on the table in the bin.",
        "Throw out every block on the table except the {x} one.",
    ]).format(x=_c(w, x))
    return text, both(binned(others), none_binned([x]))


def e50_qua_pronoun(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice([
        "Look at the {o} bowl. Take every block out of it and put them on the table.",
        "The {o} bowl - empty it. Each block in it should end up on the table.",
    ]).format(o=_c(w, bowl))
    return text, _all("on_table", inside)


def e50_qua_group(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    k = len(w.state.in_bowl(bowl))
    outside = len(_free(w)) - k
    choices = [n for n in (1, 2, 3) if n != k and n - k <= outside]
    if not choices:
        return None
    n = w.rng.choice(choices)
    text = w.rng.choice([
        "Make sure the {o} bowl ends up with exactly {n} blocks in it.",
        "I want exactly {n} blocks in the {o} bowl, no more, no less.",
    ]).format(o=_c(w, bowl), n=_WORDS[n])
    if n == 1:
        text = text.replace("one blocks", "one block")
    return text, count_in(bowl, n)


# ----- negated ----------------------------------------------------------------------------------------------------
def e50_neg_relation(w: World) -> Made:
    opts: list[tuple[str, str | None]] = []  # (target bowl, a block in the other bowl, or None for "the empty bowl")
    empties = [x for x in w.bowls if not w.state.in_bowl(x)]
    if len(empties) == 1:
        opts.append((empties[0], None))
    if len(w.bowls) == 2:
        a, b = w.bowls
        for full, other in ((a, b), (b, a)):
            if w.state.in_bowl(full):
                opts.append((other, w.rng.choice(w.state.in_bowl(full))))
    if not opts:
        return None
    bowl, y = w.rng.choice(opts)
    cands = [b for b in _free(w) if w.state.base(b) != bowl and b != y]
    if not cands or not _room(w, bowl):
        return None
    x = w.rng.choice(cands)
    if y is None:
        text = f"Put the {_c(w, x)} block in the bowl that has nothing in it."
    else:
        text = f"Put the {_c(w, x)} block in the bowl that doesn't have the {_c(w, y)} block in it."
    return text, rels(Rel("in", x, bowl))


def e50_neg_only(w: World) -> Made:
    opts: list[Made] = []
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    place = w.rng.choice(PLACES)
    if len(w.bowls) >= 2 and len(full) == 1:
        inside = w.state.in_bowl(full[0])
        text = f"Take whatever's in the only bowl that isn't empty and put it {_in(place)}."
        opts.append((text, _all("at", inside, place)))
    loose = _loose(w)
    if len(loose) == 1:
        text = f"The only block that isn't stacked or sitting in a bowl - move it to the {place}."
        opts.append((text, rels(Rel("at", loose[0], place))))
    return w.rng.choice(opts) if opts else None


def e50_neg_stack(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    ref = _stack_ref(w, chain)
    if ref is None:
        return None
    bottom, top = chain[0], chain[-1]
    text = w.rng.choice([
        "Don't move the bottom block of {s}, just put the top one in the bin.",
        "Bin the block on top of {s} - but leave the one at the bottom alone, don't move it.",
    ]).format(s=ref)
    return text, both(binned([top]), kept(bottom))


def e50_neg_contrast(w: World) -> Made:
    opts: list[Made] = []
    place = w.rng.choice(PLACES)
    towers = _towers(w)
    if len(towers) == 1 and len(towers[0]) == 2:
        bottom, top = towers[0]
        text = (f"Not the {_c(w, bottom)} block, the other one in the stack: move it to the {place}, and don't "
                f"touch the {_c(w, bottom)} one.")
        opts.append((text, both(rels(Rel("at", top, place)), kept(bottom))))
    for kind, blocks, bowl in _pair_groups(w):
        if kind != "bowl":
            continue
        x, other = w.rng.sample(blocks, 2)
        if w.state.support[x] == other:
            x, other = other, x
        text = f"Not the {_c(w, x)} one - the other block in the {_c(w, bowl)} bowl. Move that one to the {place}."
        opts.append((text, both(rels(Rel("at", other, place)), kept(x))))
    return w.rng.choice(opts) if opts else None


def e50_neg_pronoun(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    a = w.rng.choice(w.bowls)
    rest = [x for x in w.bowls if x != a and _room(w, x)]
    if not rest:
        return None
    cands = [b for b in _free(w) if w.state.base(b) in (a, TABLE, *PLACES)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice([
        "Pick up the {x} block and put it in a bowl - just not the {a} one.",
        "Grab the {x} block. It should go in a bowl, but not in the {a} one.",
    ]).format(x=_c(w, x), a=_c(w, a))
    return text, _in_some_bowl_but(x, a)


def e50_neg_group(w: World) -> Made:
    opts: list[Made] = []
    for kind, blocks, bowl in _pair_groups(w):
        if kind == "bowl":
            text = f"Get both blocks out of the {_c(w, bowl)} bowl, and don't throw either of them away."
            opts.append((text, both(_out_of(blocks[0], bowl), _out_of(blocks[1], bowl), none_binned(blocks))))
        elif kind == "stack":
            text = "Split up the two stacked blocks, but don't bin either one."
            opts.append((text, both(_apart(*blocks), none_binned(blocks))))
    return w.rng.choice(opts) if opts else None


# ----- relative ---------------------------------------------------------------------------------------------------
def e50_rel_relation(w: World) -> Made:
    opts: list[Made] = []
    for top, below in w.pairs():
        for block, ref in ((top, f"the block that's sitting on the {_c(w, below)} one"),
                           (below, f"the block that the {_c(w, top)} one is sitting on")):
            for y in w.in_bowls():
                bowl = w.state.base(y)
                if y not in (top, below) and bowl != w.state.base(block) and _room(w, bowl):
                    text = w.rng.choice([
                        "Put {r} into the bowl that has the {y} block in it.",
                        "{R} - move it to whichever bowl the {y} block is in.",
                    ]).format(r=ref, R=ref[0].upper() + ref[1:], y=_c(w, y))
                    opts.append((text, rels(Rel("in", block, bowl))))
        for bowl in w.bowls:
            inside = w.state.in_bowl(bowl)
            if len(inside) == 1 and inside[0] not in (top, below) and w.state.is_clear(top):
                text = (f"Take the block that's in the {_c(w, bowl)} bowl and put it on the one that's sitting on "
                        f"the {_c(w, below)} block.")
                opts.append((text, rels(Rel("on", inside[0], top))))
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if len(inside) == 1:
            place = w.rng.choice(PLACES)
            text = f"The block that's sitting in the {_c(w, bowl)} bowl needs to go to the {place}."
            opts.append((text, rels(Rel("at", inside[0], place))))
    return w.rng.choice(opts) if opts else None


def e50_rel_only(w: World) -> Made:
    opts: list[tuple[str, str]] = []
    alone = [b for b in w.in_bowls() if len(w.state.in_bowl(w.state.base(b))) == 1]
    if len(alone) == 1:
        opts.append((alone[0], w.rng.choice([
            "The block that's all by itself in a bowl - put it on top of the {d} block.",
            "Stack the block that is alone in its bowl onto the {d} block.",
        ])))
    loose = _loose(w)
    if len(loose) == 1:
        opts.append((loose[0], "Take the block that isn't in a bowl or a stack and set it on the {d} block."))
    if not opts:
        return None
    block, form = w.rng.choice(opts)
    targets = [d for d in _free(w) if d != block and w.state.is_clear(d)]
    if not targets:
        return None
    d = w.rng.choice(targets)
    return form.format(d=_c(w, d)), rels(Rel("on", block, d))


def e50_rel_stack(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    ref = _stack_ref(w, chain, name=0 if len(chain) >= 3 else None)
    if ref is None:
        return None
    block = chain[-2]
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        "Take the block that's just under the top one in {s} and put it {p}.",
        "Move the block which sits right below the top one of {s} to the {pl}.",
    ]).format(s=ref, p=_in(place), pl=place)
    return text, rels(Rel("at", block, place))


def e50_rel_contrast(w: World) -> Made:
    opts: list[Made] = []
    for kind, blocks, bowl in _pair_groups(w):
        x, other = w.rng.sample(blocks, 2)
        if kind == "bowl":
            text = f"Take the block that's in the {_c(w, bowl)} bowl with the {_c(w, x)} one and put it on the table."
            opts.append((text, rels(Rel("on_table", other))))
        elif kind == "stack":
            targets = [t for t in w.bowls if w.state.base(other) != t and _room(w, t)]
            if targets:
                t = w.rng.choice(targets)
                text = f"Move the block that's stacked with the {_c(w, x)} one into the {_c(w, t)} bowl."
                opts.append((text, rels(Rel("in", other, t))))
    return w.rng.choice(opts) if opts else None


def e50_rel_pronoun(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    tower = {below, *w.state.above(below)}
    targets = [y for y in _free(w) if y not in tower and w.state.is_clear(y)]
    if not targets:
        return None
    y = w.rng.choice(targets)
    text = w.rng.choice([
        "See the {y} block? Put the block that's under the {t} one on top of it.",
        "See that {y} block over there? The block that the {t} one is resting on, stack it on that.",
    ]).format(y=_c(w, y), t=_c(w, top))
    return text, rels(Rel("on", below, y))


def e50_rel_group(w: World) -> Made:
    opts: list[Made] = []
    towers = _towers(w)
    if len(towers) == 1 and len(towers[0]) == 2:
        pair = towers[0]
        targets = [t for t in w.bowls if w.state.base(pair[0]) != t and _room(w, t, 2)]
        if targets:
            t = w.rng.choice(targets)
            text = f"Move the two blocks that are stacked together into the {_c(w, t)} bowl."
            opts.append((text, _all("in", pair, t)))
    for src in w.bowls:
        inside = w.state.in_bowl(src)
        if len(inside) < 2:
            continue
        targets = [t for t in w.bowls if t != src and _room(w, t, len(inside))]
        if targets:
            t = w.rng.choice(targets)
            text = f"Put the blocks that are in the {_c(w, src)} bowl into the {_c(w, t)} bowl."
            opts.append((text, _all("in", inside, t)))
    return w.rng.choice(opts) if opts else None


# ----- keep -------------------------------------------------------------------------------------------------------
def e50_keep_relation(w: World) -> Made:
    bowls = [x for x in w.bowls if w.state.in_bowl(x) and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _free(w) if b not in inside]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice([
        "Put the {x} block into the {o} bowl, and leave whatever's already in there alone.",
        "The {x} block needs to go in the {o} bowl - don't disturb what's in it already though.",
    ]).format(x=_c(w, x), o=_c(w, bowl))
    return text, both(rels(Rel("in", x, bowl)), kept(*inside))


def e50_keep_only(w: World) -> Made:
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    block = w.state.in_bowl(bowl)[0]
    targets = [y for y in _free(w) if y != block]
    if not targets:
        return None
    y = w.rng.choice(targets)
    text = w.rng.choice([
        "Put the only block in the {o} bowl on top of the {y} block, but keep the {y} block where it is.",
        "Stack the lone block from the {o} bowl onto the {y} block. The {y} block itself shouldn't move.",
    ]).format(o=_c(w, bowl), y=_c(w, y))
    return text, both(rels(Rel("on", block, y)), kept(y))


def e50_keep_stack(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    ref = _stack_ref(w, chain, name=0)
    if ref is None:
        return None
    top, rest = chain[-1], chain[:-1]
    text = w.rng.choice([
        "Take the top block off {s} and drop it in the bin; the rest of the stack stays as it is.",
        "Only the top block of {s} goes in the bin. Leave everything under it exactly as it is.",
    ]).format(s=ref)
    return text, both(binned([top]), kept(*rest))


def e50_keep_contrast(w: World) -> Made:
    opts: list[Made] = []
    place = w.rng.choice(PLACES)
    for kind, blocks, bowl in _pair_groups(w):
        x, other = w.rng.sample(blocks, 2)
        if kind == "bowl":
            if w.state.support[x] == other:
                x, other = other, x
            text = (f"In the {_c(w, bowl)} bowl, keep the {_c(w, x)} block where it is and move the other one "
                    f"to the {place}.")
            opts.append((text, both(rels(Rel("at", other, place)), kept(x))))
        elif kind == "loose":
            targets = [t for t in w.bowls if _room(w, t)]
            if targets:
                t = w.rng.choice(targets)
                text = (f"Of the two blocks sitting by themselves, leave the {_c(w, x)} one where it is and put the "
                        f"other in the {_c(w, t)} bowl.")
                opts.append((text, both(rels(Rel("in", other, t)), kept(x))))
    return w.rng.choice(opts) if opts else None


def e50_keep_pronoun(w: World) -> Made:
    clear = [b for b in _free(w) if w.state.is_clear(b)]
    if len(clear) < 2:
        return None
    x, y = w.rng.sample(clear, 2)
    place = w.rng.choice(PLACES)
    others = [b for b in w.blocks if b not in (x, y)]
    text = w.rng.choice([
        "Move the {x} block to the {p}. Do the same with the {y} one, and leave everything else as it is.",
        "Put the {x} block {pi}. The {y} block as well. Nothing else should move.",
    ]).format(x=_c(w, x), y=_c(w, y), p=place, pi=_in(place))
    return text, both(rels(Rel("at", x, place), Rel("at", y, place)), kept(*others))


def e50_keep_group(w: World) -> Made:
    opts = _pair_groups(w)
    if not opts:
        return None
    kind, blocks, bowl = w.rng.choice(opts)
    place = w.rng.choice(PLACES)
    others = [b for b in w.blocks if b not in blocks]
    if kind == "bowl":
        text = f"Move both blocks in the {_c(w, bowl)} bowl to the {place}, leaving everything else as it is."
    elif kind == "stack":
        text = f"Put the two stacked blocks {_in(place)} and don't touch anything else."
    else:
        text = f"Those two blocks standing on their own - move them to the {place}. Everything else stays put."
    return text, both(_all("at", blocks, place), kept(*others))


# ----- multi_step -------------------------------------------------------------------------------------------------
def e50_multi_relation(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [x for x in w.bowls if w.state.base(below) != x and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        "First take the block off the {b} one and set it on the table, then put the {b} block in the {o} bowl.",
        "Lift whatever's on the {b} block onto the table. After that, the {b} block goes into the {o} bowl.",
    ]).format(b=_c(w, below), o=_c(w, bowl))
    return text, rels(Rel("on_table", top), Rel("in", below, bowl))


def e50_multi_only(w: World) -> Made:
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    block = w.state.in_bowl(bowl)[0]
    cands = [b for b in _free(w) if b != block]
    if not cands:
        return None
    x = w.rng.choice(cands)
    text = w.rng.choice([
        "Take the only block out of the {o} bowl, then put the {x} block in there instead.",
        "First lift out the single block that's in the {o} bowl. Then the {x} block takes its place.",
    ]).format(o=_c(w, bowl), x=_c(w, x))
    return text, both(_out_of(block, bowl), none_binned([block]), rels(Rel("in", x, bowl)))


def e50_multi_stack(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    ref = _stack_ref(w, chain)
    bottom, top = chain[0], chain[-1]
    bowls = [x for x in w.bowls if w.state.base(top) != x and _room(w, x)]
    if not bowls or ref is None:
        return None
    bowl = w.rng.choice(bowls)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        "Break up {s}: first put the top block in the {o} bowl, then move the bottom one to the {p}.",
        "Take the top block of {s} and put it in the {o} bowl, and then move the block at the bottom to the {p}.",
    ]).format(s=ref, o=_c(w, bowl), p=place, pi=_in(place))
    return text, rels(Rel("in", top, bowl), Rel("at", bottom, place))


def e50_multi_contrast(w: World) -> Made:
    opts: list[Made] = []
    for kind, blocks, bowl in _pair_groups(w):
        x, other = w.rng.sample(blocks, 2)
        if kind == "loose":
            targets = [t for t in w.bowls if _room(w, t, 2)]
            if targets:
                t = w.rng.choice(targets)
                text = (f"There are two blocks sitting on their own. Put the {_c(w, x)} one in the {_c(w, t)} bowl, "
                        "then stack the other one on top of it.")
                opts.append((text, rels(Rel("in", x, t), Rel("on", other, x))))
        elif kind == "bowl":
            text = (f"Take the {_c(w, x)} block out of the {_c(w, bowl)} bowl and put it on the table, then put the "
                    "other one from that bowl on top of it.")
            opts.append((text, rels(Rel("on_table", x), Rel("on", other, x))))
    return w.rng.choice(opts) if opts else None


def e50_multi_pronoun(w: World) -> Made:
    blocks = _free(w)
    if len(blocks) < 2:
        return None
    x, y = w.rng.sample(blocks, 2)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        "Pick up the {x} block and put it {pi}. After that, stack the {y} block on it.",
        "move the {x} block to the {p}, then put the {y} one on top of it",
    ]).format(x=_c(w, x), y=_c(w, y), p=place, pi=_in(place))
    return text, rels(Rel("at", x, place), Rel("on", y, x))


def e50_multi_group(w: World) -> Made:
    opts = _pair_groups(w)
    if not opts:
        return None
    kind, blocks, bowl = w.rng.choice(opts)
    cands = [b for b in _free(w) if b not in blocks]
    if not cands:
        return None
    x = w.rng.choice(cands)
    if kind == "bowl":
        if w.state.base(x) == bowl:
            return None
        text = (f"First throw both blocks from the {_c(w, bowl)} bowl in the bin, then put the {_c(w, x)} block "
                "in that bowl.")
        return text, both(binned(blocks), rels(Rel("in", x, bowl)))
    targets = [t for t in w.bowls if w.state.base(x) != t and _room(w, t)]
    if not targets:
        return None
    t = w.rng.choice(targets)
    group = "the two stacked blocks" if kind == "stack" else "the two blocks that are standing by themselves"
    text = f"First put {group} in the bin. Then move the {_c(w, x)} block into the {_c(w, t)} bowl."
    return text, both(binned(blocks), rels(Rel("in", x, t)))


# ----- question ---------------------------------------------------------------------------------------------------
def e50_q_relation(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if w.rng.random() < 0.5:
        return w.rng.choice(["What's under the {t} block?", "what is the {t} block sitting on"]).format(
            t=_c(w, top)), answered(f"{_c(w, below)}|block")
    return f"Which block is on top of the {_c(w, below)} one?", answered(f"{_c(w, top)}|block")


def e50_q_only(w: World) -> Made:
    opts: list[Made] = []
    empties = [x for x in w.bowls if not w.state.in_bowl(x)]
    if len(w.bowls) >= 2 and len(empties) == 1:
        opts.append(("Which bowl is the only one with nothing in it?", answered(f"{_c(w, empties[0])}|bowl")))
    inside = w.in_bowls()
    if len(inside) == 1:
        opts.append(("What colour is the only block that's in a bowl?", answered(f"{_c(w, inside[0])}")))
    return w.rng.choice(opts) if opts else None


def e50_q_stack(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    chain = w.rng.choice(towers)
    if w.rng.random() < 0.5:
        ref = _stack_ref(w, chain, name=-1)
        if ref is None:
            return None
        return f"What colour is the block at the bottom of {ref}?", answered(_c(w, chain[0]))
    ref = _stack_ref(w, chain, name=0)
    if ref is None:
        return None
    return f"Which block is at the top of {ref}?", answered(f"{_c(w, chain[-1])}|block")


def e50_q_contrast(w: World) -> Made:
    opts: list[Made] = []
    for kind, blocks, bowl in _pair_groups(w):
        x, other = w.rng.sample(blocks, 2)
        if kind == "bowl":
            text = f"Besides the {_c(w, x)} block, what else is in the {_c(w, bowl)} bowl?"
        elif kind == "stack":
            text = f"The {_c(w, x)} block is stacked with which other block?"
        else:
            text = f"Two blocks are standing on their own on the table: the {_c(w, x)} one and which other one?"
        opts.append((text, answered(_c(w, other))))
    return w.rng.choice(opts) if opts else None


def e50_q_pronoun(w: World) -> Made:
    x = w.rng.choice(_free(w))
    if w.rng.random() < 0.6:
        text = w.rng.choice(["See the {x} block? Is there anything on top of it?",
                             "Look at the {x} block. Is something stacked on it?"]).format(x=_c(w, x))
        return text, answered(yes(not w.state.is_clear(x)))
    return f"Take a look at the {_c(w, x)} block. Is it in a bowl?", answered(yes(_bowl_of(w, x) is not None))


def e50_q_group(w: World) -> Made:
    opts: list[Made] = []
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if full:
        bowl = w.rng.choice(full)
        opts.append((f"How many blocks are in the {_c(w, bowl)} bowl?", answered(str(len(w.state.in_bowl(bowl))))))
    tops = [t for t, _ in w.pairs()]
    if tops:
        opts.append(("How many blocks are sitting on top of other blocks?", answered(str(len(tops)))))
    return w.rng.choice(opts) if opts else None


# ----- matching ---------------------------------------------------------------------------------------------------
def e50_m_relation(w: World) -> Made:
    opts: list[Made] = []
    for top, below in w.pairs():
        bowl = _match_moves(w, top)
        if bowl:
            text = f"Put the block that's on the {_c(w, below)} one into the bowl of its own colour."
            opts.append((text, rels(Rel("in", top, bowl))))
        bowl = _match_moves(w, below)
        if bowl:
            text = f"The block under the {_c(w, top)} one - put that in the bowl that matches it."
            opts.append((text, rels(Rel("in", below, bowl))))
    for src in w.bowls:
        inside = w.state.in_bowl(src)
        moves = [_match_moves(w, b) for b in inside]
        if inside and all(moves):
            text = (f"Whatever's in the {_c(w, src)} bowl, move it to the bowl that matches its colour." if len(inside)
                    == 1 else f"Move the blocks in the {_c(w, src)} bowl into the bowls that match their colours.")
            opts.append((text, rels(*(Rel("in", b, m) for b, m in zip(inside, moves)))))  # type: ignore[arg-type]
    return w.rng.choice(opts) if opts else None


def e50_m_only(w: World) -> Made:
    want = matching(w)
    if len(want) != 1:
        return None
    block, bowl = want[0].args
    if w.state.base(block) == bowl or not _room(w, bowl):
        return None
    text = w.rng.choice([
        "Only one of the blocks has a bowl in its colour. Put it in that bowl.",
        "Put the only block that has a matching bowl into it.",
    ])
    return text, rels(*want)


def e50_m_stack(w: World) -> Made:
    opts: list[tuple[str, str, str | None]] = []
    for chain in _towers(w):
        spots = [(chain[-1], "the top block of {s}", 0), (chain[0], "the bottom block of {s}", -1)]
        if len(chain) >= 3:
            spots.append((chain[-2], "the second block from the top of {s}", 0))
        for block, form, name in spots:
            ref = _stack_ref(w, chain, name=name)
            bowl = _match_moves(w, block)
            if bowl and ref:
                opts.append((block, form.format(s=ref), bowl))
    if not opts:
        return None
    block, what, bowl = w.rng.choice(opts)
    text = w.rng.choice([
        "Take {w} and put it in the bowl that's the same colour.",
        "{W} should go into the bowl that matches it.",
    ]).format(w=what, W=what[0].upper() + what[1:])
    return text, rels(Rel("in", block, bowl))  # type: ignore[arg-type]


def e50_m_contrast(w: World) -> Made:
    want = matching(w)
    if len(want) < 2:
        return None
    blocks = [r.block for r in want]
    x = w.rng.choice(blocks)
    rest = [r for r in want if r.block != x]
    todo = [r for r in rest if w.state.base(r.block) != r.target]
    if not todo:
        return None
    if any(x in w.state.above(r.block) for r in todo):
        return None
    if any(not _room(w, r.target) for r in todo):
        return None
    text = w.rng.choice([
        "Put every block in the bowl that matches its colour, except the {x} one - leave that one where it is.",
        "Sort the blocks into their matching bowls. Not the {x} one though, that stays put.",
    ]).format(x=_c(w, x))
    return text, both(rels(*rest), kept(x))


def e50_m_pronoun(w: World) -> Made:
    cands = [(b, m) for b in _free(w) if (m := _match_moves(w, b))]
    if len(cands) < 2:
        return None
    (x, bx), (y, by) = w.rng.sample(cands, 2)
    text = w.rng.choice([
        "Pick up the {x} block and drop it in the bowl that's the same colour. Same for the {y} one.",
        "The {x} block goes in its matching bowl. Then do the {y} one too.",
    ]).format(x=_c(w, x), y=_c(w, y))
    return text, rels(Rel("in", x, bx), Rel("in", y, by))


def e50_m_group(w: World) -> Made:
    want = matching(w)
    if len(want) < 2 or all(w.state.base(r.block) == r.target for r in want):
        return None
    if any(w.state.base(r.block) != r.target and not _room(w, r.target) for r in want):
        return None
    n = len(want)
    group = "Both blocks" if n == 2 else f"All {_WORDS[n]} blocks"
    text = w.rng.choice([
        "{g} that have a bowl of their own colour should go into those bowls.",
        "{g} with a matching bowl - put each one in its bowl.",
    ]).format(g=group)
    return text, rels(*want)


FRESH50: list[Template] = [
    ("e50_imp_relation", "imperative", e50_imp_relation),
    ("e50_imp_only", "imperative", e50_imp_only),
    ("e50_imp_stack", "imperative", e50_imp_stack),
    ("e50_imp_contrast", "imperative", e50_imp_contrast),
    ("e50_imp_pronoun", "imperative", e50_imp_pronoun),
    ("e50_imp_group", "imperative", e50_imp_group),
    ("e50_dec_relation", "declarative", e50_dec_relation),
    ("e50_dec_only", "declarative", e50_dec_only),
    ("e50_dec_stack", "declarative", e50_dec_stack),
    ("e50_dec_contrast", "declarative", e50_dec_contrast),
    ("e50_dec_pronoun", "declarative", e50_dec_pronoun),
    ("e50_dec_group", "declarative", e50_dec_group),
    ("e50_des_relation", "desiderative", e50_des_relation),
    ("e50_des_only", "desiderative", e50_des_only),
    ("e50_des_stack", "desiderative", e50_des_stack),
    ("e50_des_contrast", "desiderative", e50_des_contrast),
    ("e50_des_pronoun", "desiderative", e50_des_pronoun),
    ("e50_des_group", "desiderative", e50_des_group),
    ("e50_qua_relation", "quantified", e50_qua_relation),
    ("e50_qua_only", "quantified", e50_qua_only),
    ("e50_qua_stack", "quantified", e50_qua_stack),
    ("e50_qua_contrast", "quantified", e50_qua_contrast),
    ("e50_qua_pronoun", "quantified", e50_qua_pronoun),
    ("e50_qua_group", "quantified", e50_qua_group),
    ("e50_neg_relation", "negated", e50_neg_relation),
    ("e50_neg_only", "negated", e50_neg_only),
    ("e50_neg_stack", "negated", e50_neg_stack),
    ("e50_neg_contrast", "negated", e50_neg_contrast),
    ("e50_neg_pronoun", "negated", e50_neg_pronoun),
    ("e50_neg_group", "negated", e50_neg_group),
    ("e50_rel_relation", "relative", e50_rel_relation),
    ("e50_rel_only", "relative", e50_rel_only),
    ("e50_rel_stack", "relative", e50_rel_stack),
    ("e50_rel_contrast", "relative", e50_rel_contrast),
    ("e50_rel_pronoun", "relative", e50_rel_pronoun),
    ("e50_rel_group", "relative", e50_rel_group),
    ("e50_keep_relation", "keep", e50_keep_relation),
    ("e50_keep_only", "keep", e50_keep_only),
    ("e50_keep_stack", "keep", e50_keep_stack),
    ("e50_keep_contrast", "keep", e50_keep_contrast),
    ("e50_keep_pronoun", "keep", e50_keep_pronoun),
    ("e50_keep_group", "keep", e50_keep_group),
    ("e50_multi_relation", "multi_step", e50_multi_relation),
    ("e50_multi_only", "multi_step", e50_multi_only),
    ("e50_multi_stack", "multi_step", e50_multi_stack),
    ("e50_multi_contrast", "multi_step", e50_multi_contrast),
    ("e50_multi_pronoun", "multi_step", e50_multi_pronoun),
    ("e50_multi_group", "multi_step", e50_multi_group),
    ("e50_q_relation", "question", e50_q_relation),
    ("e50_q_only", "question", e50_q_only),
    ("e50_q_stack", "question", e50_q_stack),
    ("e50_q_contrast", "question", e50_q_contrast),
    ("e50_q_pronoun", "question", e50_q_pronoun),
    ("e50_q_group", "question", e50_q_group),
    ("e50_m_relation", "matching", e50_m_relation),
    ("e50_m_only", "matching", e50_m_only),
    ("e50_m_stack", "matching", e50_m_stack),
    ("e50_m_contrast", "matching", e50_m_contrast),
    ("e50_m_pronoun", "matching", e50_m_pronoun),
    ("e50_m_group", "matching", e50_m_group),
]
