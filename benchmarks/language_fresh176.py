"""`FRESH176`, the hundred-and-seventy-seventh untuned batch: sixty language templates, six per category, for the
offline planner.

The theme is no theme at all: ordinary people on an ordinary day, who have never seen the robot before, typing what
they want into its chat window in their own plain words. The jobs are the everyday ones: a block into a bowl, onto
another block or to a named place, a small tower, emptying a bowl or the table into the bin, sorting blocks into the
bowls of their colour, leaving some things alone, and plain questions about what is on the table. The checks accept
every outcome the words allow (any order, any free choice they leave open, blocks moved out of the way wherever the
robot likes) and require that nothing is left in the gripper; where a sentence says to leave something alone, its
support must be unchanged, and where it says not to bin something, it must not end up in the bin. The six styles are
six kinds of users:

- neighbour: "Hello there. Please would you pick up the red block and put it in the blue bowl?" (a retired
  neighbour trying it for the first time: polite, complete sentences)
- teen: "move the green block to the top left corner pls" (a teenager: short, lowercase, casual)
- office: "Red block into the blue bowl. Green block to the middle. Thanks." (a busy office worker: brisk, often
  two requests in one message)
- parent: "Chuck that yellow block in the bin for me, we're done with it." (a parent tidying up after a child:
  homely words, "those", "the little ones", "put away")
- maker: "Step 1: move the red block to the middle. Step 2: place the blue block on top of it." (a hobbyist maker
  who likes to be precise: exact colours and places, "so that", "make sure")
- shop: "Could you please put the pink block in the green bowl? Thanks so much!" (a shop assistant used to serving
  customers: "could you please", "would you mind", "thanks so much")

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on b52fe4a, the code of 6f4b0f5, before anything it could prompt): 0.95
goal-correct (285 of 300), 11 refused, none asked, no wrong action. Four wrong replies: "What exactly is X resting on?"
got the help text. The refusals: "Sort the blocks into the bowls of the same colour. Anything without a matching bowl
stays where it is.", "For every bowl that has a block of the same colour, place that block inside it.", "Could you
please put all the blocks in the bowls for me? It doesn't matter which bowl each one goes in.", "Set X down on Y so that
it sits right on top of it.", "Put all the blocks away in the bin, the ones in the bowls as well."
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
from sim.core.symbolic import SymState

# ----- helpers ----------------------------------------------------------------------------------------
_GROUND = (TABLE, *PLACES)
_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _go(w: World, text: str, *checks: Check) -> Made:
    """An action instance: every check and an empty gripper; None when doing nothing would already satisfy it."""
    check = both(_idle, *checks)
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, *options: Callable[[], Made]) -> Made:
    """The first option (in random order) that suits the scene."""
    order = list(options)
    w.rng.shuffle(order)
    for option in order:
        made = option()
        if made is not None:
            return made
    return None


def _in(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _on(block: str, below: str) -> Check:
    return rels(Rel("on", block, below))


def _at(block: str, place: str) -> Check:
    return rels(Rel("at", block, place))


def _grounded(*blocks: str) -> Check:
    """On the table (or a named place on it), possibly in a tower standing there."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _not_in(block: str, *where: str) -> Check:
    return lambda _i, f: f.base(block) not in where


def _height(s: SymState, block: str) -> int:
    """How many blocks the tower holds from its bottom up to `block`, itself included."""
    n, below = 1, s.support[block]
    while below in s.support:
        n, below = n + 1, s.support[below]
    return n


def _root(s: SymState, block: str) -> str:
    while s.support[block] in s.support:
        block = s.support[block]
    return block


def _room(s: SymState, bowl: str, k: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _others(w: World, *blocks: str) -> list[str]:
    return [b for b in w.blocks if b not in blocks]


def _into(w: World, avoid: tuple[str, ...] = (), k: int = 1) -> tuple[str, str] | None:
    """(block, bowl): a block not yet in that bowl, and a bowl with room for `k` more."""
    s = w.state
    options = [(b, bw) for b in w.blocks for bw in w.bowls
               if b not in avoid and s.base(b) != bw and _room(s, bw, k)]
    return w.rng.choice(options) if options else None


def _onto(w: World, avoid: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """(block, target block): two blocks of different towers, the target on the table and low enough."""
    s = w.state
    options = [(a, b) for a in w.blocks for b in w.blocks
               if a != b and a not in avoid and b not in avoid and _root(s, a) != _root(s, b)
               and s.base(b) in _GROUND and _height(s, b) <= 3]
    return w.rng.choice(options) if options else None


def _spot(w: World) -> str:
    return w.rng.choice(PLACES)


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _filled(w: World) -> list[str]:
    """The bowls with at least one block in them."""
    return [bw for bw in w.bowls if w.state.in_bowl(bw)]


def _only_in(w: World) -> list[tuple[str, str]]:
    """(bowl, block) for every bowl that holds exactly one block."""
    out = []
    for bw in w.bowls:
        inside = w.state.in_bowl(bw)
        if len(inside) == 1:
            out.append((bw, inside[0]))
    return out


def _stack(w: World) -> list[str] | None:
    """The one stack of two or more blocks, bottom first, when the scene has exactly one."""
    s = w.state
    tops = [b for b in w.blocks if s.is_clear(b) and s.support[b] in s.support]
    if len(tops) != 1:
        return None
    root = _root(s, tops[0])
    return [root, *reversed(s.above(root))]


def _nearest(w: World, bowl: str) -> str | None:
    """The block clearly nearest the bowl (outside it), when it stands alone on the table."""
    s = w.state
    ranked = sorted((w.dist(b, bowl), b) for b in w.blocks if s.base(b) != bowl)
    if len(ranked) < 2 or ranked[1][0] - ranked[0][0] < 0.05:
        return None
    b = ranked[0][1]
    return b if s.support[b] == TABLE and s.is_clear(b) else None


def _matches(w: World) -> list[tuple[str, str]]:
    """(block, bowl of its colour) for every block that has a bowl of its colour."""
    return [(r.args[0], r.args[1]) for r in matching(w)]


def _all_matched(w: World) -> Check:
    return both(rels(*matching(w)), none_binned(w.blocks))


# ----- imperative -------------------------------------------------------------------------------------
def t176_imp_neighbour(w: World) -> Made:
    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        text = w.rng.choice([
            f"Hello there. Please would you pick up the {a} and put it in the {bw}?",
            f"Good morning. Please place the {a} into the {bw}.",
        ])
        return _go(w, text, _in(a, bw))

    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        text = w.rng.choice([
            f"Please put the {a} on top of the {b}. Thank you very much.",
            f"Hello. Could you lift the {a} and set it down on the {b}, please?",
        ])
        return _go(w, text, _on(a, b))

    return _one(w, bowl, block)


def t176_imp_teen(w: World) -> Made:
    a, p = w.rng.choice(w.blocks), _spot(w)
    text = w.rng.choice([f"move the {a} to the {p} pls", f"can u put the {a} in the {p}", f"{a} to the {p} thx"])
    return _go(w, text, _at(a, p))


def t176_imp_office(w: World) -> Made:
    p = _into(w)
    if p is None:
        return None
    a, bw = p
    c = w.rng.choice(_others(w, a))
    if w.rng.random() < 0.5:
        text = w.rng.choice([
            f"Put the {a} in the {bw}, and the {c} in the bin.",
            f"{_cap(a)} into the {bw}, {c} into the bin. Thanks.",
        ])
        return _go(w, text, _in(a, bw), binned([c]))
    spot = _spot(w)
    text = w.rng.choice([
        f"{_cap(a)} into the {bw}. {_cap(c)} to the {spot}. Thanks.",
        f"Quick one: put the {a} in the {bw} and move the {c} over to the {spot}.",
    ])
    return _go(w, text, _in(a, bw), _at(c, spot))


def t176_imp_parent(w: World) -> Made:
    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        text = w.rng.choice([
            f"Pop the {a} in the {bw} for me, would you?",
            f"Can you put that {a} away in the {bw}? Ta.",
        ])
        return _go(w, text, _in(a, bw))

    def bin_() -> Made:
        a = w.rng.choice(w.blocks)
        text = w.rng.choice([
            f"Chuck that {a} in the bin for me, we're done with it.",
            f"Put the {a} away in the bin, would you?",
        ])
        return _go(w, text, binned([a]))

    return _one(w, bowl, bin_)


def t176_imp_maker(w: World) -> Made:
    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        text = w.rng.choice([
            f"Place the {a} directly on top of the {b}, squarely.",
            f"Set the {a} down on the {b} so that it sits right on top of it.",
        ])
        return _go(w, text, _on(a, b))

    def spot() -> Made:
        a, p = w.rng.choice(w.blocks), _spot(w)
        text = w.rng.choice([
            f"Move the {a} to the {p} and set it down there exactly.",
            f"Place the {a} precisely in the {p}.",
        ])
        return _go(w, text, _at(a, p))

    return _one(w, block, spot)


def t176_imp_shop(w: World) -> Made:
    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        return _go(w, f"Could you please put the {a} in the {bw}? Thanks so much!", _in(a, bw))

    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        return _go(w, f"Would you mind moving the {a} onto the {b}, please?", _on(a, b))

    def bin_() -> Made:
        a = w.rng.choice(w.blocks)
        return _go(w, f"Could I ask you to put the {a} in the bin for me? Thank you!", binned([a]))

    return _one(w, bowl, block, bin_)


# ----- declarative ------------------------------------------------------------------------------------
def t176_dec_neighbour(w: World) -> Made:
    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        text = w.rng.choice([f"The {a} should be in the {bw}, please.", f"The {a} belongs in the {bw}, I believe."])
        return _go(w, text, _in(a, bw))

    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        return _go(w, f"The {a} ought to be sitting on top of the {b}, if you please.", _on(a, b))

    return _one(w, bowl, block)


def t176_dec_teen(w: World) -> Made:
    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        return _go(w, f"the {a} goes in the {bw}", _in(a, bw))

    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        return _go(w, f"{a} goes on the {b}", _on(a, b))

    def spot() -> Made:
        a, p = w.rng.choice(w.blocks), _spot(w)
        return _go(w, f"the {a} belongs in the {p}", _at(a, p))

    return _one(w, bowl, block, spot)


def t176_dec_office(w: World) -> Made:
    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        c = w.rng.choice(_others(w, a))
        return _go(w, f"{_cap(a)} in the {bw}, {c} in the bin.", _in(a, bw), binned([c]))

    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        c, spot = w.rng.choice(_others(w, a, b)), _spot(w)
        return _go(w, f"{_cap(a)} on the {b}; {c} in the {spot}.", _on(a, b), _at(c, spot))

    return _one(w, bowl, block)


def t176_dec_parent(w: World) -> Made:
    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        return _go(w, f"The little {a} belongs in the {bw}.", _in(a, bw))

    def bin_() -> Made:
        a = w.rng.choice(w.blocks)
        return _go(w, f"That {a} belongs in the bin now.", binned([a]))

    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        return _go(w, f"The {a} goes on top of the {b}.", _on(a, b))

    return _one(w, bowl, bin_, block)


def t176_dec_maker(w: World) -> Made:
    def pair() -> Made:
        a, b = w.rng.sample(w.blocks, 2)
        spot = _spot(w)
        text = f"Final layout: the {a} in the {spot}, with the {b} directly on top of it."
        return _go(w, text, _at(a, spot), _on(b, a))

    def stay() -> Made:
        bases = [b for b in w.blocks if w.state.support[b] == TABLE]
        if not bases:
            return None
        b = w.rng.choice(bases)
        a = w.rng.choice(_others(w, b))
        text = f"The {a} should end up exactly on the {b}, and the {b} should stay on the table."
        return _go(w, text, _on(a, b), rels(Rel("on_table", b)))

    return _one(w, pair, stay)


def t176_dec_shop(w: World) -> Made:
    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        return _go(w, f"Right, the {a} needs to go in the {bw}, please.", _in(a, bw))

    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        return _go(w, f"The {a} is to go on the {b}, if that's all right. Thank you!", _on(a, b))

    return _one(w, bowl, block)


# ----- desiderative -----------------------------------------------------------------------------------
def t176_des_neighbour(w: World) -> Made:
    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        return _go(w, f"I would like the {a} to be put in the {bw}, if you would be so kind.", _in(a, bw))

    def spot() -> Made:
        a, p = w.rng.choice(w.blocks), _spot(w)
        return _go(w, f"I'd quite like the {a} moved over to the {p}, please.", _at(a, p))

    return _one(w, bowl, spot)


def t176_des_teen(w: World) -> Made:
    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        return _go(w, f"i want the {a} on the {b}", _on(a, b))

    def bin_() -> Made:
        a = w.rng.choice(w.blocks)
        return _go(w, f"i want the {a} in the bin lol", binned([a]))

    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        return _go(w, f"i wanna see the {a} in the {bw}", _in(a, bw))

    return _one(w, block, bin_, bowl)


def t176_des_office(w: World) -> Made:
    def two_places() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        c, spot = w.rng.choice(_others(w, a)), _spot(w)
        return _go(w, f"I need the {a} in the {bw} and the {c} in the {spot}, please.", _in(a, bw), _at(c, spot))

    def stack_and_bin() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        c = w.rng.choice(_others(w, a, b))
        return _go(w, f"Need the {a} on the {b} and the {c} in the bin.", _on(a, b), binned([c]))

    return _one(w, two_places, stack_and_bin)


def t176_des_parent(w: World) -> Made:
    def empty_out() -> Made:
        filled = _filled(w)
        if not filled:
            return None
        bw = w.rng.choice(filled)
        inside = w.state.in_bowl(bw)
        if len(inside) == 1 or w.rng.random() < 0.5:
            text = f"I'd like the {bw} emptied into the bin, please."
        else:
            text = f"I'd like the blocks in the {bw} put away in the bin."
        return _go(w, text, binned(inside), none_binned(_others(w, *inside)))

    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        return _go(w, f"I'd like that {a} put away in the {bw}, please.", _in(a, bw))

    return _one(w, empty_out, bowl)


def t176_des_maker(w: World) -> Made:
    def bowl_stack() -> Made:
        p = _into(w, k=2)
        if p is None:
            return None
        a, bw = p
        b = w.rng.choice(_others(w, a))
        text = f"Make it so that the {b} sits directly on top of the {a}, and the {a} is in the {bw}."
        return _go(w, text, _on(b, a), _in(a, bw))

    def spot() -> Made:
        a, p = w.rng.choice(w.blocks), _spot(w)
        text = f"Make it so that the {a} is in the {p} with nothing on top of it."
        return _go(w, text, _at(a, p), rels(Rel("clear", a)))

    return _one(w, bowl_stack, spot)


def t176_des_shop(w: World) -> Made:
    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        return _go(w, f"I'd love it if you could put the {a} on the {b}. Thanks so much!", _on(a, b))

    def bowl() -> Made:
        p = _into(w)
        if p is None:
            return None
        a, bw = p
        return _go(w, f"What I'd really like is the {a} in the {bw}, if you don't mind.", _in(a, bw))

    return _one(w, block, bowl)


# ----- quantified -------------------------------------------------------------------------------------
def t176_qua_neighbour(w: World) -> Made:
    text = w.rng.choice([
        "Would you please put all of the blocks into the bin?",
        "Please put every single block in the bin. Thank you kindly.",
        "Please clear all the blocks away into the bin, every one of them.",
    ])
    return _go(w, text, binned(w.blocks))


def t176_qua_teen(w: World) -> Made:
    n = len(w.blocks)
    if n > layout.MAX_TOWER:
        return None
    text = w.rng.choice([
        f"stack all {n} blocks into one tower on the table, any order",
        "make one big tower on the table with all the blocks",
    ])
    return _go(w, text, rels(Rel("tower", *w.blocks)))


def t176_qua_office(w: World) -> Made:
    def bin_() -> Made:
        a, c = w.rng.sample(w.blocks, 2)
        return _go(w, f"Both the {a} and the {c} into the bin, please.", binned([a, c]))

    def bowl() -> Made:
        p = _into(w, k=2)
        if p is None:
            return None
        a, bw = p
        c = w.rng.choice([b for b in _others(w, a) if w.state.base(b) != bw] or [None])
        if c is None:
            return None
        return _go(w, f"The {a} and the {c}: both in the {bw}.", _in(a, bw), _in(c, bw))

    return _one(w, bin_, bowl)


def t176_qua_parent(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    if w.rng.random() < 0.5:
        where = f"the {w.bowls[0]}" if len(w.bowls) == 1 else "a bowl"
        text = f"Every block that's in {where} needs to come out and go on the table, please."
        return _go(w, text, _grounded(*inside))
    text = "Put all the blocks away in the bin, the ones in the bowls as well."
    return _go(w, text, binned(w.blocks))


def t176_qua_maker(w: World) -> Made:
    bw = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bw))
    outside = len(w.blocks) - now
    top = min(layout.BOWL_CAPACITY, now + outside)
    if top <= now:
        return None
    n = w.rng.randint(now + 1, top)
    word = _NUMBERS[n]
    text = w.rng.choice([
        f"Make sure the {bw} ends up holding exactly {word} blocks; which ones is up to you.",
        f"I need exactly {word} blocks in the {bw}, no more and no fewer. Any blocks will do.",
    ])
    if n == 1:
        text = f"Make sure the {bw} ends up holding exactly one block; which one is up to you."
    return _go(w, text, count_in(bw, n))


def t176_qua_shop(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None
    if len(w.bowls) == 1:
        text = f"Could you please put all of the blocks in the {w.bowls[0]}? Thanks so much!"
    else:
        text = w.rng.choice([
            "Would you mind putting every block into one of the bowls? Any bowl is fine. Thank you!",
            "Could you please put all the blocks in the bowls for me? It doesn't matter which bowl each one goes in.",
        ])
    blocks = list(w.blocks)
    return _go(w, text, lambda _i, f: all(f.base(b) in f.bowls for b in blocks))


# ----- negated ----------------------------------------------------------------------------------------
def t176_neg_neighbour(w: World) -> Made:
    if len(w.blocks) >= 4 and w.rng.random() < 0.5:
        a, c = w.rng.sample(w.blocks, 2)
        text = f"Please put all the blocks in the bin, except the {a} and the {c}."
        return _go(w, text, binned(_others(w, a, c)), none_binned([a, c]))
    a = w.rng.choice(w.blocks)
    text = w.rng.choice([
        f"Please put all of the blocks in the bin, except for the {a}.",
        f"Would you put every block in the bin apart from the {a}, please?",
    ])
    return _go(w, text, binned(_others(w, a)), none_binned([a]))


def t176_neg_teen(w: World) -> Made:
    s = w.state

    def out() -> Made:
        inside = s.in_bowls()
        if not inside:
            return None
        a = w.rng.choice(inside)
        bw = s.base(a)
        return _go(w, f"get the {a} out of the {bw} but dont put it in the bin", _not_in(a, bw, BIN))

    def any_but() -> Made:
        a, c = w.rng.sample(w.blocks, 2)
        fits = [d for d in _others(w, a, c)
                if _root(s, d) != _root(s, a) and s.base(d) in _GROUND and _height(s, d) <= 3]
        if not fits:
            return None
        text = f"put the {a} on top of any other block, just not the {c}"
        return _go(w, text, lambda _i, f: f.support[a] in f.support and f.support[a] != c)

    return _one(w, out, any_but)


def t176_neg_office(w: World) -> Made:
    a, c = w.rng.sample(w.blocks, 2)
    if w.rng.random() < 0.5:
        text = f"All blocks to the bin except the {a} and the {c}."
    else:
        text = f"Every block into the bin except the {w.colour(a)} and {w.colour(c)} ones."
    return _go(w, text, binned(_others(w, a, c)), none_binned([a, c]))


def t176_neg_parent(w: World) -> Made:
    s = w.state

    def out() -> Made:
        inside = s.in_bowls()
        if not inside:
            return None
        a = w.rng.choice(inside)
        bw = s.base(a)
        text = f"The {a} shouldn't be in the {bw}. Take it out and leave it on the table, please."
        return _go(w, text, _grounded(a))

    def other_bowl() -> Made:
        if len(w.bowls) < 2:
            return None
        a, bw = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
        if not any(_room(s, o) for o in w.bowls if o != bw):
            return None
        text = f"Put the {a} in one of the bowls, just not the {bw}."
        return _go(w, text, lambda _i, f: f.base(a) in f.bowls and f.base(a) != bw)

    return _one(w, out, other_bowl)


def t176_neg_maker(w: World) -> Made:
    s = w.state

    def spot() -> Made:
        a = w.rng.choice(w.blocks)
        free = [c for c in _others(w, a) if c not in s.above(a)]
        if not free:
            return None
        c, p = w.rng.choice(free), _spot(w)
        return _go(w, f"Move the {a} to the {p} without touching the {c}.", _at(a, p), kept(c))

    def block() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        free = [c for c in _others(w, a, b) if c not in s.above(a) and c not in s.above(b)]
        if not free:
            return None
        c = w.rng.choice(free)
        return _go(w, f"Put the {a} on the {b}, making sure the {c} does not move at all.", _on(a, b), kept(c))

    return _one(w, spot, block)


def t176_neg_shop(w: World) -> Made:
    s = w.state

    def not_bowl() -> Made:
        filled = _filled(w)
        if not filled:
            return None
        bw = w.rng.choice(filled)
        inside = s.in_bowl(bw)
        rest = _others(w, *inside)
        if not rest:
            return None
        ones = "the one" if len(inside) == 1 else "the ones"
        text = f"Could you please put all the blocks in the bin, but not {ones} in the {bw}? Thanks so much."
        return _go(w, text, binned(rest), none_binned(inside))

    def off() -> Made:
        pairs = w.pairs()
        if not pairs:
            return None
        a, b = w.rng.choice(pairs)
        text = f"Would you mind taking the {a} off the {b}? Just not into the bin, please."
        return _go(w, text, lambda _i, f: f.support[a] != b, _not_in(a, BIN))

    return _one(w, not_bowl, off)


# ----- relative ---------------------------------------------------------------------------------------
def t176_rel_neighbour(w: World) -> Made:
    s = w.state

    def top() -> Made:
        pairs = w.pairs()
        if not pairs:
            return None
        a, below = w.rng.choice(pairs)
        bowls = [bw for bw in w.bowls if s.base(a) != bw and _room(s, bw)]
        if not bowls:
            return None
        bw = w.rng.choice(bowls)
        text = w.rng.choice([
            f"Please take the block that is sitting on top of the {below} and put it in the {bw}.",
            f"Would you move the block resting on the {below} into the {bw}, please?",
        ])
        return _go(w, text, _in(a, bw))

    def sole() -> Made:
        only = _only_in(w)
        if not only:
            return None
        bw, a = w.rng.choice(only)
        p = _spot(w)
        return _go(w, f"Please move the block that is in the {bw} over to the {p}.", _at(a, p))

    return _one(w, top, sole)


def t176_rel_teen(w: World) -> Made:
    s = w.state

    def above() -> Made:
        under = [b for b in w.blocks if not s.is_clear(b)]
        if not under:
            return None
        b = w.rng.choice(under)
        ups = s.above(b)
        text = w.rng.choice([f"put whatevers on the {b} in the bin", f"bin everything on top of the {b}"])
        return _go(w, text, binned(ups), none_binned([b]))

    def sole() -> Made:
        only = _only_in(w)
        if not only:
            return None
        bw, a = w.rng.choice(only)
        p = _spot(w)
        return _go(w, f"move the block thats in the {bw} to the {p}", _at(a, p))

    return _one(w, above, sole)


def t176_rel_office(w: World) -> Made:
    def sole() -> Made:
        only = _only_in(w)
        if not only:
            return None
        bw, a = w.rng.choice(only)
        p = _spot(w)
        return _go(w, f"The block in the {bw}: move it to the {p}.", _at(a, p))

    def under() -> Made:
        pairs = w.pairs()
        if not pairs:
            return None
        top, below = w.rng.choice(pairs)
        return _go(w, f"Block under the {top}: into the bin.", binned([below]))

    return _one(w, sole, under)


def t176_rel_parent(w: World) -> Made:
    s = w.state

    def under() -> Made:
        pairs = w.pairs()
        if not pairs:
            return None
        top, below = w.rng.choice(pairs)
        bowls = [bw for bw in w.bowls if s.base(below) != bw and _room(s, bw)]
        if not bowls:
            return None
        bw = w.rng.choice(bowls)
        text = w.rng.choice([
            f"Can you get the block that's under the {top} and pop it in the {bw}?",
            f"The one underneath the {top}, put that away in the {bw}, please.",
        ])
        return _go(w, text, _in(below, bw))

    def sole() -> Made:
        only = _only_in(w)
        if not only:
            return None
        bw, a = w.rng.choice(only)
        return _go(w, f"Put the block from the {bw} in the bin, please, it's finished with.", binned([a]))

    return _one(w, under, sole)


def t176_rel_maker(w: World) -> Made:
    def near() -> Made:
        bw = w.rng.choice(w.bowls)
        a = _nearest(w, bw)
        if a is None:
            return None
        p = _spot(w)
        return _go(w, f"Place the block nearest to the {bw} in the {p}.", _at(a, p))

    def beneath() -> Made:
        pairs = w.pairs()
        if not pairs:
            return None
        top, below = w.rng.choice(pairs)
        p = _spot(w)
        return _go(w, f"Move the block directly beneath the {top} to the {p}.", _at(below, p))

    return _one(w, near, beneath)


def t176_rel_shop(w: World) -> Made:
    stack = _stack(w)
    if stack is None:
        return None
    s = w.state

    def top() -> Made:
        return _go(w, "Could you please move the block at the top of the stack into the bin?", binned([stack[-1]]))

    def bottom() -> Made:
        bowls = [bw for bw in w.bowls if s.base(stack[0]) != bw and _room(s, bw)]
        if not bowls:
            return None
        bw = w.rng.choice(bowls)
        text = f"Would you mind putting the block at the bottom of the stack in the {bw}? Thank you!"
        return _go(w, text, _in(stack[0], bw))

    return _one(w, top, bottom)


# ----- keep -------------------------------------------------------------------------------------------
def t176_keep_neighbour(w: World) -> Made:
    p = _into(w)
    if p is None:
        return None
    a, bw = p
    free = [c for c in _others(w, a) if c not in w.state.above(a)]
    if not free:
        return None
    c = w.rng.choice(free)
    text = w.rng.choice([
        f"Please put the {a} in the {bw}, but leave the {c} just where it is.",
        f"Would you put the {a} into the {bw}? Please don't move the {c}, though.",
    ])
    return _go(w, text, _in(a, bw), kept(c))


def t176_keep_teen(w: World) -> Made:
    clear = [b for b in w.blocks if w.state.is_clear(b)]
    a, p = w.rng.choice(clear), _spot(w)
    text = w.rng.choice([
        f"move the {a} to the {p} but dont touch anything else",
        f"put the {a} in the {p}, leave the rest alone",
    ])
    return _go(w, text, _at(a, p), kept(*_others(w, a)))


def t176_keep_office(w: World) -> Made:
    s = w.state
    options = [(a, c) for a in w.blocks for c in w.blocks
               if a < c and set(s.above(a)) <= {c} and set(s.above(c)) <= {a}]
    if not options:
        return None
    a, c = w.rng.choice(options)
    if w.rng.random() < 0.5:
        a, c = c, a
    text = w.rng.choice([
        f"Bin the {a} and the {c}; leave everything else.",
        f"{_cap(a)} and {c} in the bin, nothing else moves.",
    ])
    return _go(w, text, binned([a, c]), kept(*_others(w, a, c)))


def t176_keep_parent(w: World) -> Made:
    s = w.state

    def bowls_alone() -> Made:
        inside = s.in_bowls()
        loose = [b for b in w.blocks if s.base(b) not in w.bowls]
        if not inside or not loose:
            return None
        a = w.rng.choice(loose)
        return _go(w, f"Put the {a} away in the bin, and leave the bowls alone.", binned([a]), kept(*inside))

    def little_ones() -> Made:
        clear = [b for b in w.blocks if s.is_clear(b)]
        a = w.rng.choice(clear)
        bowls = [bw for bw in w.bowls if s.base(a) != bw and _room(s, bw)]
        if not bowls:
            return None
        bw = w.rng.choice(bowls)
        text = f"Put the {a} in the {bw} and leave the rest of the little ones be."
        return _go(w, text, _in(a, bw), kept(*_others(w, a)))

    return _one(w, bowls_alone, little_ones)


def t176_keep_maker(w: World) -> Made:
    s = w.state

    def stack() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        free = [c for c in _others(w, a, b) if c not in s.above(a) and c not in s.above(b)]
        if not free:
            return None
        c = w.rng.choice(free)
        text = f"Stack the {a} on the {b}, and make sure the {c} stays exactly where it is."
        return _go(w, text, _on(a, b), kept(c))

    def spot() -> Made:
        a = w.rng.choice(w.blocks)
        free = [c for c in _others(w, a) if c not in s.above(a)]
        if len(free) < 2:
            return None
        c, d = w.rng.sample(free, 2)
        p = _spot(w)
        text = f"Move the {a} to the {p}. The {c} and the {d} must stay exactly where they are."
        return _go(w, text, _at(a, p), kept(c, d))

    return _one(w, stack, spot)


def t176_keep_shop(w: World) -> Made:
    s = w.state

    def empty_out() -> Made:
        filled = _filled(w)
        if not filled:
            return None
        bw = w.rng.choice(filled)
        inside = s.in_bowl(bw)
        text = (f"Would you mind emptying the {bw} into the bin, without moving any of the other blocks? "
                "Thanks so much.")
        return _go(w, text, binned(inside), kept(*_others(w, *inside)))

    def stack() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        if not (s.is_clear(a) and s.is_clear(b)):
            return None
        text = f"Could you please put the {a} on the {b} and leave everything else as it is? Thank you!"
        return _go(w, text, _on(a, b), kept(*_others(w, a)))

    return _one(w, empty_out, stack)


# ----- multi_step -------------------------------------------------------------------------------------
def t176_multi_neighbour(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    p = _onto(w, avoid=(a,))
    if p is None:
        return None
    c, d = p
    text = w.rng.choice([
        f"First, please put the {a} in the bin. Then, put the {c} on top of the {d}.",
        f"Would you put the {a} in the bin first, and after that the {c} onto the {d}?",
    ])
    return _go(w, text, binned([a]), _on(c, d))


def t176_multi_teen(w: World) -> Made:
    p = _into(w, k=2)
    if p is None:
        return None
    a, bw = p
    c = w.rng.choice(_others(w, a))
    text = w.rng.choice([
        f"put the {a} in the {bw} then put the {c} on top of it",
        f"{a} in the {bw} first, then stack the {c} on it",
    ])
    return _go(w, text, _in(a, bw), _on(c, a))


def t176_multi_office(w: World) -> Made:
    a, spot = w.rng.choice(w.blocks), _spot(w)
    p = _into(w, avoid=(a,))
    if p is None:
        return None
    c, bw = p
    text = w.rng.choice([
        f"Two things: the {a} to the {spot}, then the {c} into the {bw}.",
        f"First the {a} to the {spot}. After that, {c} in the {bw}.",
    ])
    return _go(w, text, _at(a, spot), _in(c, bw))


def t176_multi_parent(w: World) -> Made:
    s = w.state

    def out_onto() -> Made:
        inside = s.in_bowls()
        if not inside:
            return None
        a = w.rng.choice(inside)
        bw = s.base(a)
        ds = [d for d in w.blocks if s.base(d) in _GROUND and _height(s, d) <= 3]
        if not ds:
            return None
        d = w.rng.choice(ds)
        return _go(w, f"Take the {a} out of the {bw}, and after that put it on top of the {d}.", _on(a, d))

    def both_bin() -> Made:
        a, c = w.rng.sample(w.blocks, 2)
        return _go(w, f"First put the {a} away in the bin, then the {c} as well.", binned([a, c]))

    return _one(w, out_onto, both_bin)


def t176_multi_maker(w: World) -> Made:
    a, b, c = w.rng.sample(w.blocks, 3)
    p = _spot(w)
    text = w.rng.choice([
        f"Step 1: move the {a} to the {p}. Step 2: place the {b} on top of it. "
        f"Step 3: place the {c} on top of the {b}.",
        f"First set the {a} in the {p}; next put the {b} directly on it; finally put the {c} directly on the {b}.",
    ])
    return _go(w, text, _at(a, p), _on(b, a), _on(c, b))


def t176_multi_shop(w: World) -> Made:
    s = w.state

    def empty_then() -> Made:
        filled = _filled(w)
        if not filled:
            return None
        bw = w.rng.choice(filled)
        inside = s.in_bowl(bw)
        rest = _others(w, *inside)
        if not rest:
            return None
        a = w.rng.choice(rest)
        text = f"Could you first empty the {bw} into the bin, and then put the {a} in the {bw}? Thank you!"
        return _go(w, text, binned(inside), _in(a, bw))

    def stack_then() -> Made:
        p = _onto(w)
        if p is None:
            return None
        a, b = p
        c = w.rng.choice(_others(w, a, b))
        text = f"Could you please put the {a} on the {b} first, and then move the {c} to the bin? Thanks so much."
        return _go(w, text, _on(a, b), binned([c]))

    return _one(w, empty_then, stack_then)


# ----- question ---------------------------------------------------------------------------------------
def t176_q_neighbour(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        bw = w.rng.choice(w.bowls)
        return f"Could you tell me how many blocks are in the {bw}, please?", answered(str(len(s.in_bowl(bw))))
    a = w.rng.choice(w.blocks)
    return f"Would you tell me whether the {a} is in a bowl?", answered(yes(s.base(a) in w.bowls))


def t176_q_teen(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    if w.rng.random() < 0.5:
        return f"is there anything on the {a}?", answered(yes(not s.is_clear(a)))
    return f"is the {a} in a bowl", answered(yes(s.base(a) in w.bowls))


def t176_q_office(w: World) -> Made:
    s = w.state
    inside = s.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        return f"Which bowl is the {a} in?", answered(s.base(a))
    return w.rng.choice(["How many blocks in total?", "Quick count: how many blocks are there?"]), answered(
        str(len(w.blocks)))


def t176_q_parent(w: World) -> Made:
    bw = w.rng.choice(w.bowls)
    full = bool(w.state.in_bowl(bw))
    if w.rng.random() < 0.5:
        return f"Is the {bw} empty?", answered(yes(not full))
    return f"Are there any blocks in the {bw} at the moment?", answered(yes(full))


def t176_q_maker(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    if w.rng.random() < 0.5:
        return f"What exactly is the {a} resting on?", answered(s.support[a])
    return f"How many blocks are stacked on top of the {a}?", answered(str(len(s.above(a))))


def t176_q_shop(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        return f"Could you tell me which block is sitting on top of the {below}, please?", answered(top)
    return "Would you mind telling me how many bowls there are on the table?", answered(str(len(w.bowls)))


# ----- matching ---------------------------------------------------------------------------------------
def t176_match_neighbour(w: World) -> Made:
    if not _matches(w):
        return None
    text = w.rng.choice([
        "Please put each block into the bowl of the same colour, wherever there is one.",
        "Would you please put every block that has a bowl of its own colour into that bowl?",
    ])
    return _go(w, text, _all_matched(w))


def t176_match_teen(w: World) -> Made:
    todo = [(a, bw) for a, bw in _matches(w) if w.state.base(a) != bw]
    if not todo:
        return None
    a, bw = w.rng.choice(todo)
    text = w.rng.choice([f"put the {a} in the bowl thats the same colour", f"put the {a} in the bowl that matches it"])
    return _go(w, text, _in(a, bw))


def t176_match_office(w: World) -> Made:
    s = w.state
    pairs = _matches(w)
    movers = [a for a, bw in pairs if s.base(a) != bw]
    if not movers:
        return None
    rest = _others(w, *(a for a, _ in pairs))
    if any(r in s.above(m) for m in movers for r in rest):
        return None
    text = w.rng.choice([
        "Blocks into their matching-colour bowls; the rest stay put.",
        "Sort the blocks into the bowls of the same colour. Anything without a matching bowl stays where it is.",
    ])
    return _go(w, text, rels(*matching(w)), kept(*rest))


def t176_match_parent(w: World) -> Made:
    todo = [(a, bw) for a, bw in _matches(w) if w.state.base(a) != bw]
    if not todo:
        return None
    if w.rng.random() < 0.5:
        a, bw = w.rng.choice(todo)
        return _go(w, f"Put the block that's the same colour as the {bw} in it, please.", _in(a, bw))
    return _go(w, "Each little block that has a bowl of its own colour goes in that bowl, please.", _all_matched(w))


def t176_match_maker(w: World) -> Made:
    if not _matches(w):
        return None
    text = w.rng.choice([
        "For every bowl that has a block of the same colour, place that block inside it.",
        "Make sure every block ends up in the bowl matching its colour, where such a bowl exists.",
    ])
    return _go(w, text, _all_matched(w))


def t176_match_shop(w: World) -> Made:
    s = w.state
    todo = [(a, bw) for a, bw in _matches(w) if s.base(a) != bw]
    if not todo:
        return None
    a, bw = w.rng.choice(todo)
    if s.is_clear(a) and w.rng.random() < 0.5:
        text = (f"Could you please put the {a} in the bowl that matches its colour? "
                "And leave the others where they are, thank you.")
        return _go(w, text, _in(a, bw), kept(*_others(w, a)))
    return _go(w, "Would you mind putting each block in the bowl of the same colour, if there is one? Thanks so much!",
               _all_matched(w))


# ----- the batch --------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("neighbour", "teen", "office", "parent", "maker", "shop")
FRESH176: list[Template] = [
    (f"t176_{short}_{style}", category, globals()[f"t176_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
