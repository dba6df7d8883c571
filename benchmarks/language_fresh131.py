"""`FRESH131`, the hundred-and-thirty-second untuned batch: sixty language templates, six per category, for the offline planner.

Theme: emphasis and typography in typed messages. People stress words by the way they type them: ALL CAPS
words or whole sentences, *asterisks* and _underscores_, "quoted" or 'quoted' names, stretched letters and
piled-up punctuation, emoji and emoticons with a trailing "kthx", hashtags, ellipses, extra spaces and little
lists typed into one message. The words and the goals are ordinary; only the typing is emphatic, and the
emphasis never changes the meaning (a stressed NOT still means not).

- caps: "put the RED block in the BIN"
- stars: "put the *red* block in the *blue* bowl"
- quotes: 'Put the "red block" on top of the "green block".'
- stretch: "pleeease move the red block to the top left corner!!!"
- emoji: "drop the red block into the blue bowl pls 👍"
- bullets: "todo:\\n- grab the red block\\n- put it on the green block"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only
the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the
layout. (Slips while reading: a grep for the names BIN, TABLE and GRIPPER in the lexicon also printed five
of its lines of synonym patterns and aliases for the bin, the table and the floor, and a `git status` listed
the names, not the contents, of modified planner files; nothing from either was used here.)

Its first run (300 instructions, seed 0, on 33f9f73, the code of 9648b76, after every fix before it and before anything
it could prompt): 0.913 goal-correct (274 of 300), 26 refused, none asked, none wrong. The refusals: words stretched for
stress ('keeeep', 'sooo', 'maaany', 'nooot'), an emoji or a smiley between two sentences, a word in quotes ("the 'same'
colour"), 'the matching block in W', a tag list ('#tidy * clear W * none of its blocks go in the bin') and a bullet that
names a bowl before the one that puts a block 'there'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
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
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_WORDS = {2: "two", 3: "three", 4: "four"}


# ----- helpers --------------------------------------------------------------------------------------
def _hand_free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _done(*checks):
    """The goal holds and nothing is left in the gripper."""
    return both(*checks, _hand_free)


def _height(s: SymState, block: str) -> int:
    """How many blocks, `block` included, stand from the floor of its tower up to it."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n += 1
        cur = s.support[cur]
    return n


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _bowls_for(w: World, x: str) -> list[str]:
    """Bowls the block `x` is not in yet and that have room for it."""
    return [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]


def _blocks_for(w: World, x: str, avoid: tuple[str, ...] = ()) -> list[str]:
    """Clear blocks that `x` could be stacked on (and is not on yet)."""
    s = w.state
    return [
        y
        for y in w.clear_blocks()
        if y != x
        and y not in avoid
        and s.support[x] != y
        and _height(s, y) < layout.MAX_TOWER
    ]


def _places_for(w: World, x: str) -> list[str]:
    return [p for p in PLACES if w.state.base(x) != p]


def _col(w: World, name: str) -> str:
    return w.colour(name)


def _unique_bowl_block(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every bowl holding exactly one block."""
    out = []
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if len(inside) == 1:
            out.append((inside[0], bowl))
    return out


def _match_open(w: World) -> list[Rel]:
    """The colour matches that do not hold yet."""
    return [r for r in matching(w) if w.state.base(r.block) != r.target]


# ----- imperative -----------------------------------------------------------------------------------
def t131_imp_caps(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    c = _col(w, x)
    text = w.rng.choice(
        [
            f"put the {c.upper()} block in the BIN",
            f"PUT THE {x.upper()} IN THE BIN",
            f"Put the {c} block in the BIN. The {c.upper()} one.",
        ]
    )
    return text, _done(binned([x]))


def t131_imp_stars(w: World) -> Made:
    opts = [(x, b) for x in w.clear_blocks() for b in _bowls_for(w, x)]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    c, bc = _col(w, x), _col(w, bowl)
    text = w.rng.choice(
        [
            f"put the *{c}* block in the *{bc}* bowl",
            f"Move the _{x}_ into the _{bowl}_ please",
            f"**{c}** block into the **{bc}** bowl, please",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)))


def t131_imp_quotes(w: World) -> Made:
    opts = [(x, y) for x in w.clear_blocks() for y in _blocks_for(w, x)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f'Put the "{x}" on top of the "{y}".',
            f"stack the '{x}' on the '{y}'",
            f'Place the "{_col(w, x)}" block on the "{_col(w, y)}" block, please.',
        ]
    )
    return text, _done(rels(Rel("on", x, y)))


def t131_imp_stretch(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    p = w.rng.choice(_places_for(w, x))
    text = w.rng.choice(
        [
            f"pleeease move the {x} to the {p}!!!",
            f"Put the {x} in the {p}!!! pleaaase",
            f"move the {x} over to the {p}, sooo much better that way!!",
        ]
    )
    return text, _done(rels(Rel("at", x, p)))


def t131_imp_emoji(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    targets = [f"the {b}" for b in _bowls_for(w, x)] + ["the bin"]
    target = w.rng.choice(targets)
    goal = binned([x]) if target == "the bin" else rels(Rel("in", x, target[4:]))
    text = w.rng.choice(
        [
            f"put the {x} in {target} 🙂",
            f"drop the {x} into {target} pls 👍",
            f"Pop the {x} in {target} :) kthx",
        ]
    )
    return text, _done(goal)


def t131_imp_bullets(w: World) -> Made:
    opts = [(x, y) for x in w.clear_blocks() for y in _blocks_for(w, x)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"todo:\n- grab the {x}\n- put it on the {y}",
            f"1) pick up the {x}  2) set it down on the {y}",
            f"• take the {x}...\n• ...and stack it on the {y}",
        ]
    )
    return text, _done(rels(Rel("on", x, y)))


# ----- declarative ----------------------------------------------------------------------------------
def t131_dec_caps(w: World) -> Made:
    opts = [(x, b) for x in w.clear_blocks() for b in _bowls_for(w, x)]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    c, bc = _col(w, x), _col(w, bowl)
    text = w.rng.choice(
        [
            f"The {c.upper()} block goes in the {bc.upper()} bowl.",
            f"the {x} belongs in the {bowl}. IN the {bowl}.",
            f"THE {x.upper()} GOES IN THE {bowl.upper()}.",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)))


def t131_dec_stars(w: World) -> Made:
    opts = [(x, y) for x in w.clear_blocks() for y in _blocks_for(w, x)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"the *{x}* goes on top of the *{y}*.",
            f"The {x} belongs _on_ the {y}.",
            f"The {x} should be sitting on the *{y}*.",
        ]
    )
    return text, _done(rels(Rel("on", x, y)))


def t131_dec_quotes(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    p = w.rng.choice(_places_for(w, x))
    text = w.rng.choice(
        [
            f'The "{x}" goes in the "{p}".',
            f"The '{x}' belongs in the '{p}'.",
            f'The "{_col(w, x)}" block should end up in the {p}.',
        ]
    )
    return text, _done(rels(Rel("at", x, p)))


def t131_dec_stretch(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"the {x} goes in the bin!!!",
            f"the {x} goes in the bin, pleeease!!",
            f"The {x} needs to go in the bin!!!! sooo done with it",
        ]
    )
    return text, _done(binned([x]))


def t131_dec_emoji(w: World) -> Made:
    opts = [(x, b) for x in w.clear_blocks() for b in _bowls_for(w, x)]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"the {x} goes in the {bowl} 🙂",
            f"{x.capitalize()} belongs in the {bowl} 👍",
            f"The {x} should be in the {bowl} :)",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)))


def t131_dec_bullets(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    targets = [f"the {b}" for b in _bowls_for(w, x)] + ["the bin"]
    target = w.rng.choice(targets)
    goal = binned([x]) if target == "the bin" else rels(Rel("in", x, target[4:]))
    text = w.rng.choice(
        [
            f"where things go:\n- the {x} goes in {target}",
            f"notes...\n  * the {x} belongs in {target}",
            f"1. the {x} goes in {target}",
        ]
    )
    return text, _done(goal)


# ----- desiderative ---------------------------------------------------------------------------------
def t131_des_caps(w: World) -> Made:
    opts = [(x, y) for x in w.clear_blocks() for y in _blocks_for(w, x)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    cx, cy = _col(w, x).upper(), _col(w, y).upper()
    text = w.rng.choice(
        [
            f"I want the {cx} block on the {cy} block",
            f"i REALLY want the {x} on top of the {y}",
            f"I'D LIKE THE {x.upper()} ON THE {y.upper()}",
        ]
    )
    return text, _done(rels(Rel("on", x, y)))


def t131_des_stars(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"I'd *really* like the {x} in the bin",
            f"I _need_ the {x} in the bin",
            f"what I'd like is the *{x}* in the bin",
        ]
    )
    return text, _done(binned([x]))


def t131_des_quotes(w: World) -> Made:
    opts = [(x, b) for x in w.clear_blocks() for b in _bowls_for(w, x)]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f'I\'d love the "{x}" in the "{bowl}".',
            f"I want the '{_col(w, x)}' block in the '{_col(w, bowl)}' bowl",
            f'I would like the "{x}" put in the "{bowl}", please.',
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)))


def t131_des_stretch(w: World) -> Made:
    xs = w.clear_blocks()
    if not xs:
        return None
    x = w.rng.choice(xs)
    p = w.rng.choice(_places_for(w, x))
    text = w.rng.choice(
        [
            f"I reeeally need the {x} in the {p}!!!",
            f"i'd love the {x} in the {p} sooo much!!",
            f"I wanna see the {x} in the {p}, pleeeease!!",
        ]
    )
    return text, _done(rels(Rel("at", x, p)))


def t131_des_emoji(w: World) -> Made:
    opts = [(x, y) for x in w.clear_blocks() for y in _blocks_for(w, x)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"I'd like the {x} in the bin please 🙏",
                f"would love the {x} in the bin 😊",
            ]
        )
        return text, _done(binned([x]))
    text = w.rng.choice(
        [
            f"would love to have the {x} on the {y} 😊",
            f"I'd like the {x} stacked on the {y} :) kthx",
        ]
    )
    return text, _done(rels(Rel("on", x, y)))


def t131_des_bullets(w: World) -> Made:
    opts = [(x, b) for x in w.clear_blocks() for b in _bowls_for(w, x)]
    if not opts:
        return None
    x, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"what I want:\n- the {x} in the {bowl}",
            f"wish list...\n  1. the {x} in the {bowl}",
            f"I'd like:\n• the {x} sitting in the {bowl}",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)))


# ----- quantified -----------------------------------------------------------------------------------
def t131_qua_caps(w: World) -> Made:
    if len(w.blocks) > len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            "put ALL the blocks in the bin",
            "EVERY SINGLE BLOCK GOES IN THE BIN",
            "Put EVERY block into the bin.",
        ]
    )
    return text, _done(binned(w.blocks))


def t131_qua_stars(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"put *two* blocks in the {bowl}",
            f"I want exactly _two_ blocks in the {bowl}",
            f"move **2** blocks into the {bowl}",
        ]
    )
    return text, _done(count_in(bowl, 2))


def t131_qua_quotes(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f'take every block out of the "{bowl}"',
            f"take 'all' the blocks out of the {bowl}",
            f'Clear out the "{bowl}", all of the blocks in it.',
        ]
    )
    return text, _done(empty(bowl))


def t131_qua_stretch(w: World) -> Made:
    table = w.state.on_the_table()
    if not 2 <= len(table) <= len(layout.BIN_SLOTS):
        return None
    text = w.rng.choice(
        [
            "put all the blocks on the table in the bin!!!",
            "every block on the table into the bin pleeease!!",
            "sooo many blocks on the table... put them all in the bin!!!",
        ]
    )
    return text, _done(binned(table))


def t131_qua_emoji(w: World) -> Made:
    n = w.rng.choice([2, 3])
    word = _WORDS[n]
    text = w.rng.choice(
        [
            f"put {word} blocks in the bin 🙂",
            f"toss any {word} blocks into the bin 👍",
            f"{word} blocks in the bin please :) kthx",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return sum(f.base(b) == BIN for b in f.blocks) == n

    return text, _done(check)


def t131_qua_bullets(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"- take all the blocks out of the {bowl}\n- put them in the bin",
            f"#tidy\n1. every block in the {bowl}... into the bin",
            f"to do:\n  * all the blocks from the {bowl} go in the bin",
        ]
    )
    return text, _done(binned(inside))


# ----- negated --------------------------------------------------------------------------------------
def t131_neg_caps(w: World) -> Made:
    opts = [(x, g) for x in w.clear_blocks() for g in w.blocks if g != x]
    if not opts:
        return None
    x, g = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"put the {x} in the bin but DO NOT touch the {g}",
            f"DON'T move the {g}! just put the {x} in the bin",
            f"Put the {x} in the bin. Do NOT touch the {g.upper()}.",
        ]
    )
    return text, _done(binned([x]), kept(g))


def t131_neg_stars(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if not 2 <= len(others) <= len(layout.BIN_SLOTS):
        return None
    c = _col(w, x)
    text = w.rng.choice(
        [
            f"put every block *except* the {x} in the bin",
            f"all the blocks go in the bin, _not_ the {x} though",
            f"put every block but the *{c}* one in the bin",
        ]
    )
    return text, _done(binned(others), none_binned([x]))


def t131_neg_quotes(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    x = w.rng.choice(opts)
    bowl = w.state.base(x)
    out = Rel("in", x, bowl, negated=True)
    if w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f'The "{x}" should NOT be in the "{bowl}".',
                f"the '{x}' is not supposed to be in the '{bowl}'",
            ]
        )
        return text, _done(rels(out))
    text = w.rng.choice(
        [
            f"Get the '{x}' out of the '{bowl}', just not into the \"bin\".",
            f'take the "{x}" out of the "{bowl}" but do not put it in the bin',
        ]
    )
    return text, _done(rels(out), none_binned([x]))


def t131_neg_stretch(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"get the {x} off the {y}, but pleeease don't put it in the bin!!",
            f"take the {x} off the {y}... nooot in the bin though!!!",
            f"the {x} shouldn't be on the {y} anymore!! and don't bin it!!",
        ]
    )
    return text, _done(rels(Rel("on", x, y, negated=True)), none_binned([x]))


def t131_neg_emoji(w: World) -> Made:
    opts = [(x, g) for x in w.clear_blocks() for g in w.blocks if g != x]
    if not opts:
        return None
    x, g = w.rng.choice(opts)
    p = w.rng.choice(_places_for(w, x))
    text = w.rng.choice(
        [
            f"move the {x} to the {p} but don't move the {g} 🙏",
            f"{x} to the {p} please, and don't touch the {g} 😬",
            f"put the {x} in the {p} :) not the {g} though, that one doesn't move",
        ]
    )
    return text, _done(rels(Rel("at", x, p)), kept(g))


def t131_neg_bullets(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = w.rng.choice(
        [
            f"- empty the {bowl}\n- do NOT put the blocks in the bin",
            f"1) take the blocks out of the {bowl}\n2) ...but not into the bin!",
            f"#tidy\n* clear the {bowl}\n* none of its blocks go in the bin",
        ]
    )
    return text, _done(empty(bowl), none_binned(inside))


# ----- relative -------------------------------------------------------------------------------------
def t131_rel_caps(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f"put the block that's ON the {y} in the BIN",
            f"The block sitting on TOP of the {y.upper()}: put it in the bin.",
            f"PUT THE BLOCK THAT IS ON THE {y.upper()} IN THE BIN",
        ]
    )
    return text, _done(binned([x]))


def t131_rel_stars(w: World) -> Made:
    inside = [
        (x, f"in the {bowl}", f"*in* the {bowl}", f"_inside_ the {bowl}")
        for x, bowl in _unique_bowl_block(w)
    ]
    on = [
        (x, f"on the {y}", f"*on* the {y}", f"_on top of_ the {y}")
        for x, y in w.pairs()
        if w.state.is_clear(x)
    ]
    refs = [ref for ref in inside + on if _blocks_for(w, ref[0])]
    if not refs:
        return None
    x, plain, star, under = w.rng.choice(refs)
    z = w.rng.choice(_blocks_for(w, x))
    text = w.rng.choice(
        [
            f"put the block that's {star} on top of the {z}",
            f"the block that sits {under}, stack it on the {z}",
            f"Take the block which is {plain} and put it on the *{z}*",
        ]
    )
    return text, _done(rels(Rel("on", x, z)))


def t131_rel_quotes(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    y, x = w.rng.choice(pairs)  # y rests on x
    text = w.rng.choice(
        [
            f'Put the block that the "{y}" is sitting on into the bin.',
            f"the block which is under the '{y}' goes in the bin",
            f'Take the block the "{_col(w, y)}" one is resting on and bin it.',
        ]
    )
    return text, _done(binned([x]))


def t131_rel_stretch(w: World) -> Made:
    opts = [
        (x, g, w.state.base(g))
        for g in w.in_bowls()
        for x in w.clear_blocks()
        if x != g and w.state.base(x) != w.state.base(g) and _room(w, w.state.base(g))
    ]
    if not opts:
        return None
    x, g, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"put the {x} in the bowl that has the {g} in it!!!",
            f"pleeease put the {x} into the bowl where the {g} is!!",
            f"the {x} goes in whichever bowl the {g} is in, sooo simple!!",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)))


def t131_rel_emoji(w: World) -> Made:
    opts = [(x, y, b) for x, y in w.pairs() for b in _bowls_for(w, x)]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"could you put the block that's on the {y} in the {bowl} :)",
            f"put the block that's sitting on the {y} in the {bowl} 👍",
            f"the block on top of the {y}... into the {bowl} please 🙂",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)))


def t131_rel_bullets(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if len(empties) == 1:
        bowl = empties[0]
        x = w.rng.choice(w.clear_blocks())
        text = w.rng.choice(
            [
                f"- find the bowl that's empty\n- put the {x} in it",
                f"1. the {x}\n2. into the bowl that has nothing in it",
                f"• the bowl with no blocks in it...\n• put the {x} there",
            ]
        )
        return text, _done(rels(Rel("in", x, bowl)))
    if len(full) != 1 or not _room(w, full[0]):
        return None
    bowl = full[0]
    xs = [x for x in w.clear_blocks() if w.state.base(x) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"- find the bowl that already has blocks in it\n- put the {x} in there too",
            f"1. the {x}...\n2. into the bowl that isn't empty",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)))


# ----- keep -----------------------------------------------------------------------------------------
def t131_keep_caps(w: World) -> Made:
    opts = [(x, g) for x in w.clear_blocks() for g in w.blocks if g != x]
    if not opts:
        return None
    x, g = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"KEEP the {g} where it is and put the {x} in the bin",
            f"put the {x} in the bin, but the {g.upper()} STAYS where it is",
            f"leave the {g} EXACTLY where it is. the {x} goes in the bin.",
        ]
    )
    return text, _done(binned([x]), kept(g))


def t131_keep_stars(w: World) -> Made:
    opts = [(x, g) for g in w.in_bowls() for x in w.clear_blocks() if x != g]
    if not opts:
        return None
    x, g = w.rng.choice(opts)
    bowl = w.state.base(g)
    p = w.rng.choice(_places_for(w, x))
    text = w.rng.choice(
        [
            f"keep the *{g}* in the {bowl} and move the {x} to the {p}",
            f"move the {x} to the {p}, the {g} _stays_ in the {bowl}",
            f"the {g} *remains* in the {bowl}; the {x} goes to the {p}",
        ]
    )
    return text, _done(rels(Rel("in", g, bowl), Rel("at", x, p)))


def t131_keep_quotes(w: World) -> Made:
    opts = [
        (x, g, h) for g, h in w.pairs() for x in w.clear_blocks() if x not in (g, h)
    ]
    if not opts:
        return None
    x, g, h = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f'Keep the "{g}" on the "{h}" and put the "{x}" in the bin.',
            f"put the '{x}' in the bin, but the '{g}' stays on top of the '{h}'",
            f'Bin the "{x}". The "{g}" stays on the "{h}", though.',
        ]
    )
    return text, _done(binned([x]), rels(Rel("on", g, h)))


def t131_keep_stretch(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    p = w.rng.choice(_places_for(w, x))
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice(
        [
            f"put the {x} in the {p}, but keeeep everything else where it is!!",
            f"just move the {x} to the {p}!!! everything else stays put, pleeease",
            f"ONLY the {x} moves... to the {p}!! the rest stay exactly where they are!!",
        ]
    )
    return text, _done(rels(Rel("at", x, p)), kept(*others))


def t131_keep_emoji(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    opts = [(x, y) for x in w.clear_blocks() for y in _blocks_for(w, x)]
    if not bowls or not opts:
        return None
    bowl = w.rng.choice(bowls)
    x, y = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"keep the {bowl} empty pls, and put the {x} on the {y} 👍",
            f"put the {x} on top of the {y} 🙂 the {bowl} stays empty",
            f"stack the {x} on the {y} :) and keep the {bowl} empty, kthx",
        ]
    )
    return text, _done(rels(Rel("on", x, y)), empty(bowl))


def t131_keep_bullets(w: World) -> Made:
    opts = [
        (x, g, b)
        for x in w.clear_blocks()
        for g in w.blocks
        if g != x
        for b in _bowls_for(w, x)
    ]
    if not opts:
        return None
    x, g, bowl = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"- the {g} stays put\n- the {x} goes in the {bowl}",
            f"1. leave the {g} where it is\n2. put the {x} in the {bowl}",
            f"two things:\n* {x} into the {bowl}\n* {g}   stays   where it is",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl)), kept(g))


# ----- multi-step -----------------------------------------------------------------------------------
def t131_multi_caps(w: World) -> Made:
    clear = w.clear_blocks()
    opts = [
        (x, b, g)
        for x in clear
        for b in clear
        for g in _blocks_for(w, b, avoid=(x,))
        if len({x, b, g}) == 3
    ]
    if not opts:
        return None
    x, b, g = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"FIRST put the {x} in the bin, THEN put the {b} on the {g}",
            f"put the {x} in the BIN and THEN stack the {b} on the {g}",
            f"FIRST: {x} in the bin. THEN: the {b} on top of the {g}.",
        ]
    )
    return text, _done(binned([x]), rels(Rel("on", b, g)))


def t131_multi_stars(w: World) -> Made:
    clear = w.clear_blocks()
    opts = [(x, y, b) for x in clear for y in clear if y != x for b in _bowls_for(w, x)]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    p = w.rng.choice(PLACES)
    text = w.rng.choice(
        [
            f"put the {x} in the *{bowl}* and *then* move the {y} to the {p}",
            f"_first_ the {x} into the {bowl}, _then_ the {y} to the {p}",
            f"**1st** the {x} goes in the {bowl}, **2nd** the {y} goes to the {p}",
        ]
    )
    return text, _done(rels(Rel("in", x, bowl), Rel("at", y, p)))


def t131_multi_quotes(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    x, y = w.pick(clear, 2)
    p1, p2 = w.rng.sample(list(PLACES), 2)
    text = w.rng.choice(
        [
            f'Move the "{x}" to the "{p1}", then the "{y}" to the "{p2}".',
            f"put the '{x}' in the '{p1}' and the '{y}' in the '{p2}'",
            f'First the "{x}" goes to the {p1}; after that, the "{y}" to the {p2}.',
        ]
    )
    return text, _done(rels(Rel("at", x, p1), Rel("at", y, p2)))


def t131_multi_stretch(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    x, y = w.pick(clear, 2)
    text = w.rng.choice(
        [
            f"pleeease put the {x} in the bin, and after that the {y} too!!!",
            f"put the {x} in the bin!!! then the {y} as well!!!",
            f"sooo: the {x} into the bin first... and then the {y} into the bin!!",
        ]
    )
    return text, _done(binned([x, y]))


def t131_multi_emoji(w: World) -> Made:
    clear = w.clear_blocks()
    opts = [
        (x, y, z)
        for x in clear
        for y in _blocks_for(w, x)
        for z in clear
        if len({x, y, z}) == 3
    ]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = w.rng.choice(
        [
            f"put the {x} on the {y}, then the {z} in the bin 🙂👍",
            f"stack the {x} on the {y} and after that toss the {z} in the bin :) kthx",
            f"{x} onto the {y} first 😊 then {z} in the bin please",
        ]
    )
    return text, _done(rels(Rel("on", x, y)), binned([z]))


def t131_multi_bullets(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 3:
        return None
    x, y, z = w.pick(clear, 3)
    bowls = [b for b in _bowls_for(w, x) if _room(w, b, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice(
        [
            f"1. {x} in the {bowl}\n2. {y} in the bin\n3. {z} on top of the {x}",
            f"- put the {x} in the {bowl}\n- put the {y} in the bin\n- put the {z} on the {x}",
            (
                f"steps...  1) the {x} into the {bowl}  2) the {y} into the bin  "
                f"3) the {z} onto the {x}"
            ),
        ]
    )
    return text, _done(rels(Rel("in", x, bowl), Rel("on", z, x)), binned([y]))


# ----- questions ------------------------------------------------------------------------------------
def t131_q_caps(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        x = w.rng.choice(inside)
        bowl = w.rng.choice(w.bowls)
    else:
        x, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = w.state.base(x) == bowl
    text = w.rng.choice(
        [
            f"Is the {_col(w, x).upper()} block in the {_col(w, bowl).upper()} bowl??",
            f"IS THE {x.upper()} IN THE {bowl.upper()}?",
            f"is the {x} in the {bowl.upper()}?",
        ]
    )
    return text, answered(yes(flag))


def t131_q_stars(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice(
        [
            f"how *many* blocks are in the {bowl}?",
            f"How many blocks are _in_ the {bowl} right now?",
            f"**how many** blocks does the {bowl} have in it?",
        ]
    )
    return text, answered(str(n))


def t131_q_quotes(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = w.rng.choice(
        [
            f'What is sitting on the "{y}"?',
            f"which block is on top of the '{y}'?",
            f'What\'s on the "{_col(w, y)}" block?',
        ]
    )
    return text, answered(x)


def t131_q_stretch(w: World) -> Made:
    n = len(w.blocks)
    text = w.rng.choice(
        [
            "sooo how many blocks are there altogether??",
            "how maaany blocks are there in total?!",
            "wait... how many blocks are there??",
        ]
    )
    return text, answered(str(n))


def t131_q_emoji(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    text = w.rng.choice(
        [
            f"which bowl is the {x} in? 🤔",
            f"the {x} is in which bowl? :)",
            f"quick q 🙂 what bowl is the {x} sitting in?",
        ]
    )
    return text, answered(bowl)


def t131_q_bullets(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    flag = not w.state.is_clear(x)
    text = w.rng.choice(
        [
            f"quick qs...\n- is there anything on top of the {x}?",
            f"1) is anything stacked on the {x}?",
            f"#question\n* is something sitting on the {x}?",
        ]
    )
    return text, answered(yes(flag))


# ----- matching -------------------------------------------------------------------------------------
def t131_match_caps(w: World) -> Made:
    if not _match_open(w):
        return None
    text = w.rng.choice(
        [
            "put EACH block in the bowl that's the SAME colour",
            "PUT EVERY BLOCK IN THE BOWL THAT MATCHES ITS COLOUR",
            "put the blocks in the bowls of the SAME COLOUR please",
        ]
    )
    return text, _done(rels(*matching(w)))


def t131_match_stars(w: World) -> Made:
    opts = _match_open(w)
    if not opts:
        return None
    r = w.rng.choice(opts)
    x = r.block
    text = w.rng.choice(
        [
            f"put the {x} in the bowl of the *same* colour",
            f"the {x} goes in the bowl that _matches_ it",
            f"put the {x} in the bowl that's the **same colour** as it",
        ]
    )
    return text, _done(rels(r))


def t131_match_quotes(w: World) -> Made:
    if not _match_open(w):
        return None
    text = w.rng.choice(
        [
            'put each block in its "matching" bowl',
            "put the blocks in the bowls with the 'same' colour as them",
            'every block goes in the bowl of its "own" colour, where there is one',
        ]
    )
    return text, _done(rels(*matching(w)))


def t131_match_stretch(w: World) -> Made:
    if not _match_open(w):
        return None
    text = w.rng.choice(
        [
            "match the blocks to the bowls by colour pleeease!!!",
            "put each block in the bowl that's the same colour as it!!! sooo satisfying",
            "colours together pleeease!! every block in the bowl of its colour!!",
        ]
    )
    return text, _done(rels(*matching(w)))


def t131_match_emoji(w: World) -> Made:
    opts = _match_open(w)
    if not opts:
        return None
    r = w.rng.choice(opts)
    bowl = r.target
    text = w.rng.choice(
        [
            f"find the block that's the same colour as the {bowl} and put it in there 🙂",
            f"put the matching block in the {bowl} 👍",
            f"the {bowl} needs the block of its colour :) kthx",
        ]
    )
    return text, _done(rels(r))


def t131_match_bullets(w: World) -> Made:
    if not _match_open(w):
        return None
    text = w.rng.choice(
        [
            "colour sorting:\n- each block into the bowl of its colour\n- (where there is one)",
            "#colourcoding\n1. every block goes in the bowl with the same colour",
            "to do...\n  * blocks  into  the bowls that match their colour",
        ]
    )
    return text, _done(rels(*matching(w)))


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
_STYLES = ("caps", "stars", "quotes", "stretch", "emoji", "bullets")
FRESH131: list[Template] = [
    (f"t131_{short}_{style}", category, globals()[f"t131_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
