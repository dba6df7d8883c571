"""The twenty-first untuned batch of language templates (`FRESH20`): sixty requests in six registers.

Its registers: a frustrated user repeating themselves ("for the third time", "I already told you", "seriously"), a
legal contract ("the Party shall", "hereinafter", "provided that"), archaic or Shakespearean English ("prithee",
"thou", "doth", "I bid thee"), an Australian speaker with slang ("mate", "reckon", "no worries", "chuck it in the
bin"), a voice assistant wake phrase with dictation-like requests ("Hey robot, ...", "OK robot, set ...", sometimes
transcribed without capitals or punctuation), and someone describing the finished picture they want ("In the final
picture ...", "Imagine the table when you're done: ..."). Every category has one template in each register. It was
written by a tester who had not read the planner, its tests, the lexicon or any other batch, and who never ran the
planner on it while writing it.

Its first run, before any fix it prompted (300 instructions, seed 0; on 15ad9e2): goal correct 0.347 (104 of 300); 40
templates missed, 4 of them with the wrong kind of reply (15 instructions): "What I'd like to see when you're finished is
X sitting in the middle of the table." (answered with the scene), "Reckon you could pop the pink one in the bowl that's
got nothing in it?", 'Oi mate, how many blocks have we got all up?' and "Before I tell you the picture I want at the end,
what's in the green bowl right now?" (answered with the list of questions); every other miss a refusal naming the words
(176) or a question (5). What it found: a contract's clauses ('(hereinafter the "Party")', 'the Party shall', 'Upon
completion of the Services', 'It is the wish of the Client that X be placed in W', 'provided, however, that',
'thereafter', 'therein', 'shall remain undisturbed in its present position'), archaic English ('prithee', 'I bid thee',
'sort thou', 'doth belong', 'resteth', 'atop', 'save the blue one', 'Seest thou the bowl wherein lieth X?'), Australian
slang ('reckon you could ...?', 'no worries', "Bob's your uncle", 'tip X into the bin'), a frustrated repetition ('for
the third time', 'I already told you', 'Not the orange one!'), the finished picture ('it looks exactly like it does
now, except ...', 'Everything else can go wherever'), a thing named in a sentence of its own ('The block on top of the
pink one. Yes, that one. Put it in the bin.'). The general rules it prompted are tested in other words in
`tests/agent/test_understanding_fresh19.py`; since then it is tuned on.
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers --------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    """The colour word of a block or bowl."""
    return w.colour(name)


def _blk(w: World, name: str, nouns: tuple[str, ...] = ("block", "cube", "block")) -> str:
    """'red cube' style: the colour and one of the given block nouns."""
    return f"{_c(w, name)} {w.rng.choice(nouns)}"


def _bwl(w: World, name: str, nouns: tuple[str, ...] = ("bowl", "dish", "bowl")) -> str:
    """'blue dish' style: the colour and one of the given bowl nouns."""
    return f"{_c(w, name)} {w.rng.choice(nouns)}"


def _place(place: str) -> str:
    """How people say a named place: the corners as they are, the middle as 'the middle of the table'."""
    return f"the middle of the {TABLE}" if place == "middle" else f"the {place}"


def _height(w: World, block: str) -> int:
    """How many blocks stand in the tower from the bottom up to and including `block`."""
    n, cur = 1, w.state.support[block]
    while cur in w.state.support:
        n, cur = n + 1, w.state.support[cur]
    return n


def _loose(w: World) -> list[str]:
    """Clear blocks standing on their own on the table (nothing under them, nothing on them)."""
    return [b for b in w.clear_blocks() if w.state.support[b] == TABLE]


def _stackable(w: World, exclude: tuple[str, ...] = ()) -> list[str]:
    """Clear blocks in a tower on the table that still has room for one more block on top."""
    return [b for b in w.clear_blocks() if b not in exclude and w.state.base(b) == TABLE
            and _height(w, b) < layout.MAX_TOWER]


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    """Whether `bowl` has room for `extra` more blocks."""
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _in_bin(state: SymState, block: str) -> bool:
    """Whether `block` ended up in the bin."""
    return holds(Rel("in_bin", block), state)


def _bin_count(state: SymState) -> int:
    """How many blocks are in the bin."""
    return sum(1 for b in state.blocks if _in_bin(state, b))


def _not_in(w: World, block: str) -> list[str]:
    """The bowls `block` is not in and that have room for it."""
    return [b for b in w.bowls if w.state.base(block) != b and _room(w, b)]


def _move_into_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl it is not in yet that has room: (block, bowl)."""
    options = [(b, bowl) for b in w.clear_blocks() for bowl in _not_in(w, b)]
    return w.rng.choice(options) if options else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    """(top, below): two clear blocks where putting `top` on `below` is possible and not yet so."""
    options = [(a, b) for a in w.clear_blocks() for b in _stackable(w, (a,)) if w.state.support[a] != b]
    return w.rng.choice(options) if options else None


def _colours(w: World, blocks: list[str]) -> str:
    """'red|blue': the colours of `blocks` joined for `answered`."""
    return "|".join(_c(w, b) for b in blocks)


# ----- imperative -----------------------------------------------------------------------------------
def _w20_imp_third_time(w: World) -> Made:
    """Frustrated: a plain put-in-bowl, said for the third time."""
    pick = _move_into_bowl(w)
    if pick is None:
        return None
    block, bowl = pick
    text = w.rng.choice([
        f"For the third time: put the {_blk(w, block)} in the {_bwl(w, bowl)}.",
        f"I've said this twice already. Put the {_blk(w, block)} in the {_bwl(w, bowl)}. Seriously.",
    ])
    return text, rels(Rel("in", block, bowl))


def _w20_imp_party_shall(w: World) -> Made:
    """Legal: the Party shall stack one block on another."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    top, below = pick
    text = (f"The Robot (hereinafter the \"Party\") shall place the {_c(w, top)} block (hereinafter the \"Block\") "
            f"directly upon the {_c(w, below)} block.")
    return text, rels(Rel("on", top, below))


def _w20_imp_prithee_corner(w: World) -> Made:
    """Archaic: set a brick in a named corner."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = w.rng.choice([
        f"Prithee, take up the {_blk(w, block, ('brick', 'block'))} and set it down in {_place(place)}.",
        f"I bid thee bear the {_blk(w, block, ('brick', 'block'))} hence and lay it in {_place(place)}.",
    ])
    return text, rels(Rel("at", block, place))


def _w20_imp_chuck_it(w: World) -> Made:
    """Australian: chuck a block in the bin."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    text = w.rng.choice([
        f"Mate, chuck the {_c(w, block)} block in the bin, would ya?",
        f"Chuck the {_c(w, block)} one in the rubbish bin for us, mate. Cheers.",
    ])
    return text, binned([block])


def _w20_imp_hey_robot_middle(w: World) -> Made:
    """Voice assistant: move a block to the middle, as dictated."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    text = w.rng.choice([
        f"Hey robot, move the {_c(w, block)} block to the middle of the table.",
        f"hey robot move the {_c(w, block)} block to the middle of the table",
    ])
    return text, rels(Rel("at", block, "middle"))


def _w20_imp_picture_unstack(w: World) -> Made:
    """Final picture: take a stacked block down onto the table."""
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t) and w.state.base(t) == TABLE]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"When you're done I want to see the {_blk(w, top)} standing on the table by itself, not on the "
            f"{_c(w, below)} one. Take it down.")
    return text, rels(Rel("on_table", top))


# ----- declarative ----------------------------------------------------------------------------------
def _w20_dec_already_told(w: World) -> Made:
    """Frustrated: the goal stated as a fact, again."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    top, below = pick
    text = w.rng.choice([
        f"The {_c(w, top)} block goes on the {_c(w, below)} block. I already told you that.",
        f"Seriously, the {_blk(w, top)} belongs on top of the {_blk(w, below)}. How many times?",
    ])
    return text, rels(Rel("on", top, below))


def _w20_dec_shall_be_located(w: World) -> Made:
    """Legal: upon completion the block shall be located in a bowl."""
    pick = _move_into_bowl(w)
    if pick is None:
        return None
    block, bowl = pick
    text = f"Upon completion of the Services, the {_c(w, block)} block shall be located within the {_c(w, bowl)} bowl."
    return text, rels(Rel("in", block, bowl))


def _w20_dec_doth_belong(w: World) -> Made:
    """Archaic: a stacked brick belongs upon the table."""
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"The {_blk(w, top, ('brick', 'block'))} doth belong upon the table, and not atop the "
            f"{_c(w, below)} one.")
    return text, rels(Rel("on_table", top))


def _w20_dec_reckon_bin(w: World) -> Made:
    """Australian: reckon that block's meant to be in the bin."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    text = f"Reckon the {_c(w, block)} block's meant to be in the bin, mate."
    return text, binned([block])


def _w20_dec_ok_robot_corner(w: World) -> Made:
    """Voice assistant: a block belongs in a corner."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = w.rng.choice([
        f"OK robot, the {_c(w, block)} block belongs in {_place(place)}.",
        f"ok robot the {_c(w, block)} block goes in {_place(place)}",
    ])
    return text, rels(Rel("at", block, place))


def _w20_dec_final_picture_on(w: World) -> Made:
    """Final picture: one block sits on another."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    top, below = pick
    text = w.rng.choice([
        f"In the final picture, the {_blk(w, top)} is sitting on top of the {_blk(w, below)}.",
        f"Imagine the table when you're done: the {_c(w, top)} block is resting on the {_c(w, below)} block.",
    ])
    return text, rels(Rel("on", top, below))


# ----- desiderative ---------------------------------------------------------------------------------
def _w20_des_i_want_it_now(w: World) -> Made:
    """Frustrated: I want it there, now."""
    pick = _move_into_bowl(w)
    if pick is None:
        return None
    block, bowl = pick
    text = (f"I already told you, I want the {_blk(w, block)} in the {_bwl(w, bowl)}. "
            f"I'd like it in there now, please.")
    return text, rels(Rel("in", block, bowl))


def _w20_des_client_wish(w: World) -> Made:
    """Legal: the Client's wish, with a proviso that nothing else goes in the bin."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    others = [b for b in w.blocks if b != block]
    text = (f"It is the wish of the Client that the {_c(w, block)} block be placed in the bin, provided that "
            f"no other block shall be placed therein.")
    return text, both(binned([block]), none_binned(others))


def _w20_des_would_fain(w: World) -> Made:
    """Archaic: I would fain see one brick atop another."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    top, below = pick
    text = (f"Good robot, I would fain see the {_c(w, top)} brick set atop the {_c(w, below)} brick. "
            f"Wilt thou do it?")
    return text, rels(Rel("on", top, below))


def _w20_des_love_it_mate(w: World) -> Made:
    """Australian: I'd love it over in a corner."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = f"I'd love the {_c(w, block)} block over in {_place(place)}, mate, if that's no worries."
    return text, rels(Rel("at", block, place))


def _w20_des_hey_robot_like(w: World) -> Made:
    """Voice assistant: I'd like a block in a bowl."""
    pick = _move_into_bowl(w)
    if pick is None:
        return None
    block, bowl = pick
    text = w.rng.choice([
        f"Hey robot, I'd like the {_c(w, block)} block in the {_c(w, bowl)} bowl.",
        f"hey robot i want the {_c(w, block)} block in the {_c(w, bowl)} bowl",
    ])
    return text, rels(Rel("in", block, bowl))


def _w20_des_picture_middle(w: World) -> Made:
    """Final picture: what I'd like to see is the block in the middle."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    text = (f"What I'd like to see when you're finished is the {_blk(w, block)} sitting in the middle of the "
            f"table.")
    return text, rels(Rel("at", block, "middle"))


# ----- quantified -----------------------------------------------------------------------------------
def _w20_qua_every_single_one(w: World) -> Made:
    """Frustrated: every block in a bowl goes into the bin."""
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = (f"For the third time, tip everything in the {_bwl(w, bowl)} into the bin. Every single block in it. "
            f"Seriously.")
    return text, binned(inside)


def _w20_qua_exactly_two(w: World) -> Made:
    """Legal: a bowl shall contain exactly two blocks."""
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"Upon completion, the {_c(w, bowl)} bowl shall contain exactly two (2) blocks, no more and no fewer; "
            f"which blocks is at the discretion of the Party.")
    return text, count_in(bowl, 2)


def _w20_qua_no_brick_upon_another(w: World) -> Made:
    """Archaic: unstack every tower so that no brick rests upon another."""
    if not w.pairs():
        return None
    text = w.rng.choice([
        "Prithee, pull down every tower, that no brick resteth upon another brick.",
        "I bid thee unstack all the blocks, so that not one of them sitteth atop another.",
    ])
    return text, lambda _i, f: all(f.support[b] not in f.support for b in f.blocks)


def _w20_qua_two_of_them(w: World) -> Made:
    """Australian: chuck any two blocks in the bin."""
    if len(w.clear_blocks()) < 2:
        return None
    text = w.rng.choice([
        "Chuck two of the blocks in the bin, mate. Doesn't matter which two.",
        "Reckon you could bin a couple of the blocks? Any two'll do, no worries. Just two though.",
    ])
    return text, lambda _i, f: _bin_count(f) == 2


def _w20_qua_every_block_into(w: World) -> Made:
    """Voice assistant: every block into one bowl (only where they all fit)."""
    bowls = [b for b in w.bowls if len(w.blocks) <= layout.BOWL_CAPACITY]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"OK robot, put every block into the {_c(w, bowl)} bowl.",
        f"ok robot put all the blocks in the {_c(w, bowl)} bowl",
    ])
    return text, rels(*(Rel("in", b, bowl) for b in w.blocks))


def _w20_qua_each_bowl_one(w: World) -> Made:
    """Final picture: every bowl has at least one block in it."""
    if len(w.bowls) < 2 or all(w.state.in_bowl(b) for b in w.bowls):
        return None
    bowls = w.bowls
    text = w.rng.choice([
        "Imagine the table when you're done: each bowl has at least one block in it.",
        "In the final picture, there's at least one cube in every bowl.",
    ])
    return text, lambda _i, f: all(f.in_bowl(b) for b in bowls)


# ----- negated --------------------------------------------------------------------------------------
def _w20_neg_not_that_one(w: World) -> Made:
    """Frustrated: everything in the bin except one block."""
    keep = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != keep]
    text = (f"I already told you: everything goes in the bin except the {_c(w, keep)} block. "
            f"Not the {_c(w, keep)} one!")
    return text, both(binned(others), none_binned([keep]))


def _w20_neg_provided_however(w: World) -> Made:
    """Legal: put a block in a bowl; provided, however, that nothing goes in the bin."""
    pick = _move_into_bowl(w)
    if pick is None:
        return None
    block, bowl = pick
    text = (f"The Party shall place the {_c(w, block)} block in the {_c(w, bowl)} bowl; provided, however, that "
            f"the Party shall not place any block in the bin.")
    return text, both(rels(Rel("in", block, bowl)), none_binned(w.blocks))


def _w20_neg_save_one(w: World) -> Made:
    """Archaic: every brick save one into a bowl."""
    options = []
    for bowl in w.bowls:
        for keep in w.blocks:
            others = [b for b in w.blocks if b != keep]
            if (w.state.base(keep) != bowl and len(others) <= layout.BOWL_CAPACITY
                    and any(w.state.base(b) != bowl for b in others)):
                options.append((keep, bowl))
    if not options:
        return None
    keep, bowl = w.rng.choice(options)
    others = [b for b in w.blocks if b != keep]
    text = (f"Put every brick save the {_c(w, keep)} one into the {_c(w, bowl)} bowl, I prithee. "
            f"The {_c(w, keep)} brick must not go in.")
    return text, both(rels(*(Rel("in", b, bowl) for b in others)), rels(Rel("in", keep, bowl, negated=True)))


def _w20_neg_any_but_red(w: World) -> Made:
    """Australian: any block that isn't the named one, on top of it."""
    targets = [b for b in _stackable(w) if len(w.blocks) > 1]
    if not targets:
        return None
    target = w.rng.choice(targets)
    text = (f"Grab any block that isn't the {_c(w, target)} one and stick it on top of the {_c(w, target)} one, "
            f"mate. No worries which.")
    return text, lambda _i, f: any(f.support[b] == target for b in f.blocks if b != target)


def _w20_neg_out_not_bin(w: World) -> Made:
    """Voice assistant: out of its bowl, but not into the bin."""
    blocks = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    bowl = w.state.base(block)
    bowls = w.bowls
    text = w.rng.choice([
        f"Hey robot, take the {_c(w, block)} block out of the {_c(w, bowl)} bowl. Don't put it in the bin.",
        f"hey robot take the {_c(w, block)} block out of the {_c(w, bowl)} bowl but not into the bin",
    ])
    return text, lambda _i, f: f.base(block) not in bowls and not _in_bin(f, block)


def _w20_neg_nothing_in_bowl(w: World) -> Made:
    """Final picture: nothing in a bowl, and nothing in the bin either."""
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"In the final picture there's nothing in the {_bwl(w, bowl)}, and nothing in the bin either. "
            f"Everything else can go wherever.")
    return text, both(empty(bowl), none_binned(w.blocks))


# ----- relative -------------------------------------------------------------------------------------
def _w20_rel_the_one_on_top(w: World) -> Made:
    """Frustrated: the block on top of another one, into the bin."""
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"The block on top of the {_c(w, below)} one. Yes, that one, I already told you. "
            f"Put it in the bin.")
    return text, binned([top])


def _w20_rel_base_block(w: World) -> Made:
    """Legal: the block beneath another one goes in the bin, the upper one does not."""
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"The block situated directly beneath the {_c(w, top)} block (hereinafter the \"Base Block\") shall "
            f"be placed in the bin, provided that the {_c(w, top)} block shall not be placed in the bin.")
    return text, both(binned([below]), none_binned([top]))


def _w20_rel_bowl_wherein(w: World) -> Made:
    """Archaic: a brick into the bowl wherein another brick lieth."""
    options = [(b, w.state.base(h)) for h in w.in_bowls() for b in w.clear_blocks()
               if w.state.base(b) != w.state.base(h) and _room(w, w.state.base(h))]
    if not options:
        return None
    block, bowl = w.rng.choice(options)
    holder = w.rng.choice([h for h in w.in_bowls() if w.state.base(h) == bowl])
    text = (f"Seest thou the bowl wherein lieth the {_c(w, holder)} brick? Set the {_c(w, block)} brick therein, "
            f"I prithee.")
    return text, rels(Rel("in", block, bowl))


def _w20_rel_empty_bowl(w: World) -> Made:
    """Australian: into the empty bowl (the only empty one)."""
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if len(empties) != 1:
        return None
    bowl = empties[0]
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    text = w.rng.choice([
        f"Stick the {_c(w, block)} block in the empty bowl, mate.",
        f"Reckon you could pop the {_c(w, block)} one in the bowl that's got nothing in it? Cheers mate.",
    ])
    return text, rels(Rel("in", block, bowl))


def _w20_rel_nearest_bowl(w: World) -> Made:
    """Voice assistant: the block nearest an empty bowl (clearly nearest, standing alone) into a corner."""
    options = []
    for bowl in w.bowls:
        if w.state.in_bowl(bowl):
            continue
        towers: dict[str, float] = {}  # the bottom block of each tower (on the table or in a bowl) -> distance
        for b in w.blocks:
            bottom = b
            while w.state.support[bottom] in w.state.support:
                bottom = w.state.support[bottom]
            towers[bottom] = w.dist(bottom, bowl)
        ranked = sorted(towers.items(), key=lambda kv: kv[1])
        if len(ranked) >= 2 and ranked[1][1] - ranked[0][1] > 0.05 and w.state.is_clear(ranked[0][0]):
            options.append((ranked[0][0], bowl))
    if not options:
        return None
    block, bowl = w.rng.choice(options)
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = w.rng.choice([
        f"Hey robot, put the block nearest to the {_c(w, bowl)} bowl in {_place(place)}.",
        f"ok robot move the block closest to the {_c(w, bowl)} bowl to {_place(place)}",
    ])
    return text, rels(Rel("at", block, place))


def _w20_rel_picture_top(w: World) -> Made:
    """Final picture: the cube now sitting on another one ends up in a bowl."""
    options = [(t, b, bowl) for t, b in w.pairs() for bowl in _not_in(w, t)]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    text = (f"In the final picture, the cube that's sitting on the {_c(w, below)} cube right now is in the "
            f"{_c(w, bowl)} bowl.")
    return text, rels(Rel("in", top, bowl))


# ----- keep -----------------------------------------------------------------------------------------
def _w20_kee_leave_it(w: World) -> Made:
    """Frustrated: stack, and for the third time leave another block where it is."""
    pick = _stack_pair(w)
    if pick is None:
        return None
    top, below = pick
    rest = [b for b in w.blocks if b not in (top, below)]
    if not rest:
        return None
    keep = w.rng.choice(rest)
    text = (f"Put the {_c(w, top)} block on the {_c(w, below)} block, and for the third time, leave the "
            f"{_c(w, keep)} block where it is!")
    return text, both(rels(Rel("on", top, below)), kept(keep))


def _w20_kee_undisturbed(w: World) -> Made:
    """Legal: bin a block, provided another remains undisturbed."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    rest = [b for b in w.blocks if b != block]
    if not rest:
        return None
    keep = w.rng.choice(rest)
    text = (f"The Party shall dispose of the {_c(w, block)} block in the bin, provided that the {_c(w, keep)} "
            f"block shall remain undisturbed in its present position.")
    return text, both(binned([block]), kept(keep))


def _w20_kee_let_it_lie(w: World) -> Made:
    """Archaic: move a brick into a bowl, but let another lie as it lieth."""
    pick = _move_into_bowl(w)
    if pick is None:
        return None
    block, bowl = pick
    rest = [b for b in w.blocks if b != block]
    if not rest:
        return None
    keep = w.rng.choice(rest)
    text = (f"Move thou the {_c(w, block)} brick into the {_c(w, bowl)} bowl, but let the {_c(w, keep)} brick "
            f"lie as it lieth; touch it not.")
    return text, both(rels(Rel("in", block, bowl)), kept(keep))


def _w20_kee_leave_it_be(w: World) -> Made:
    """Australian: chuck one in the bin, leave another one be."""
    blocks = w.clear_blocks()
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    rest = [b for b in w.blocks if b != block]
    keep = w.rng.choice(rest)
    text = (f"Chuck the {_c(w, block)} one in the bin, mate, but leave the {_c(w, keep)} one be. "
            f"It's right where I want it.")
    return text, both(binned([block]), kept(keep))


def _w20_kee_empty_but_keep(w: World) -> Made:
    """Voice assistant: empty a bowl, keep a block (not in it) where it is."""
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    rest = [b for b in w.blocks if w.state.base(b) != bowl]
    if not rest:
        return None
    keep = w.rng.choice(rest)
    text = w.rng.choice([
        f"Hey robot, empty the {_c(w, bowl)} bowl but keep the {_c(w, keep)} block where it is.",
        f"ok robot empty the {_c(w, bowl)} bowl and don't move the {_c(w, keep)} block",
    ])
    return text, both(empty(bowl), kept(keep))


def _w20_kee_same_as_now(w: World) -> Made:
    """Final picture: same as now except one block is in a bowl."""
    pick = _move_into_bowl(w)
    if pick is None:
        return None
    block, bowl = pick
    others = [b for b in w.blocks if b != block]
    text = (f"Imagine the table when you're done: it looks exactly like it does now, except the "
            f"{_blk(w, block)} is in the {_bwl(w, bowl)}.")
    return text, both(rels(Rel("in", block, bowl)), kept(*others))


# ----- multi_step -----------------------------------------------------------------------------------
def _three(w: World) -> tuple[str, str, str] | None:
    """(binned, top, below): a clear block for the bin and a different stackable pair."""
    options = [(x, a, b) for a, b in [(a, b) for a in w.clear_blocks() for b in _stackable(w, (a,))]
               for x in w.clear_blocks() if x not in (a, b) and w.state.support[a] != b]
    return w.rng.choice(options) if options else None


def _w20_mul_step_by_step(w: World) -> Made:
    """Frustrated: first bin one, then stack two, since I have to repeat myself."""
    pick = _three(w)
    if pick is None:
        return None
    x, top, below = pick
    text = (f"Okay, step by step, since apparently I have to repeat myself: first the {_c(w, x)} block in the bin, "
            f"then the {_c(w, top)} block on the {_c(w, below)} block.")
    return text, both(binned([x]), rels(Rel("on", top, below)))


def _w20_mul_thereafter(w: World) -> Made:
    """Legal: numbered clauses, a block into a bowl and thereafter another into a corner."""
    pick = _move_into_bowl(w)
    if pick is None:
        return None
    block, bowl = pick
    rest = [b for b in w.clear_blocks() if b != block]
    if not rest:
        return None
    other = w.rng.choice(rest)
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = (f"1. The Party shall first place the {_c(w, block)} block in the {_c(w, bowl)} bowl. "
            f"2. Thereafter, the Party shall place the {_c(w, other)} block in {_place(place)}.")
    return text, rels(Rel("in", block, bowl), Rel("at", other, place))


def _w20_mul_from_atop(w: World) -> Made:
    """Archaic: first take a brick from atop another onto the table, thereafter bin the lower one."""
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"First, take the {_c(w, top)} brick from atop the {_c(w, below)} brick and set it upon the table; "
            f"thereafter, cast the {_c(w, below)} brick into the bin.")
    return text, both(rels(Rel("on_table", top)), binned([below]))


def _w20_mul_first_up(w: World) -> Made:
    """Australian: first up bin one, then pop another in a bowl."""
    pick = _move_into_bowl(w)
    if pick is None:
        return None
    block, bowl = pick
    rest = [b for b in w.clear_blocks() if b != block]
    if not rest:
        return None
    x = w.rng.choice(rest)
    text = (f"Right, first up chuck the {_c(w, x)} one in the bin, then pop the {_c(w, block)} one in the "
            f"{_c(w, bowl)} bowl, and Bob's your uncle.")
    return text, both(binned([x]), rels(Rel("in", block, bowl)))


def _w20_mul_step_one_two(w: World) -> Made:
    """Voice assistant: step one, a block to a corner; step two, another on top of it."""
    blocks = w.clear_blocks()
    if len(blocks) < 2:
        return None
    base, top = w.pick(blocks, 2)
    place = w.rng.choice([p for p in PLACES if p != "middle"])
    text = w.rng.choice([
        (f"OK robot, step one: move the {_c(w, base)} block to {_place(place)}. Step two: set the {_c(w, top)} "
         f"block on the {_c(w, base)} block."),
        (f"ok robot step one move the {_c(w, base)} block to {_place(place)} step two put the {_c(w, top)} block "
         f"on top of it"),
    ])
    return text, rels(Rel("at", base, place), Rel("on", top, base))


def _w20_mul_in_this_order(w: World) -> Made:
    """Final picture, in order: first a block into a bowl, after that two blocks stacked."""
    options = []
    for block, bowl in [(b, bowl) for b in w.clear_blocks() for bowl in _not_in(w, b)]:
        for top in w.clear_blocks():
            for below in _stackable(w, (top, block)):
                if top != block and w.state.support[top] != below:
                    options.append((block, bowl, top, below))
    if not options:
        return None
    block, bowl, top, below = w.rng.choice(options)
    text = (f"Here's the picture I want at the end, and get there in this order: first the {_c(w, block)} cube "
            f"goes in the {_c(w, bowl)} bowl, and after that the {_c(w, top)} cube ends up on top of the "
            f"{_c(w, below)} cube.")
    return text, rels(Rel("in", block, bowl), Rel("on", top, below))


# ----- question -------------------------------------------------------------------------------------
def _w20_que_asked_twice(w: World) -> Made:
    """Frustrated: how many blocks in a bowl, asked again."""
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    text = f"I've asked you twice already: how many blocks are in the {_c(w, bowl)} bowl?"
    return text, answered(str(n))


def _w20_que_for_the_record(w: World) -> Made:
    """Legal: confirm for the record whether a block is in a bowl."""
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        block = w.rng.choice(inside)
        bowl = w.state.base(block)
    else:
        block, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = w.state.base(block) == bowl
    text = (f"Kindly confirm, for the record, whether the {_c(w, block)} block is presently located within the "
            f"{_c(w, bowl)} bowl.")
    return text, answered(yes(flag))


def _w20_que_what_hue(w: World) -> Made:
    """Archaic: what colour is the brick atop another."""
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Prithee, tell me: what colour is the brick that sitteth atop the {_c(w, below)} brick?"
    return text, answered(_c(w, top))


def _w20_que_all_up(w: World) -> Made:
    """Australian: how many blocks all up."""
    text = w.rng.choice([
        "Oi mate, how many blocks have we got all up?",
        "How many blocks are there all up, mate? Reckon you can count 'em for me?",
    ])
    return text, answered(str(len(w.blocks)))


def _w20_que_where_is(w: World) -> Made:
    """Voice assistant: where is a block (in a bowl or on another block)."""
    options: list[tuple[str, str]] = []
    for b in w.blocks:
        s = w.state.support[b]
        if s in w.bowls:
            options.append((b, f"{_c(w, s)}|bowl"))
        elif s in w.state.support and w.state.base(b) == TABLE:
            options.append((b, _c(w, s)))
    if not options:
        return None
    block, answer = w.rng.choice(options)
    text = w.rng.choice([f"Hey robot, where is the {_c(w, block)} block?",
                         f"hey robot where's the {_c(w, block)} block"])
    return text, answered(answer)


def _w20_que_whats_in(w: World) -> Made:
    """Final picture: before describing it, what is in a bowl right now."""
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"Before I tell you the picture I want at the end, what's in the {_c(w, bowl)} bowl right now?")
    return text, answered(_colours(w, w.state.in_bowl(bowl)))


# ----- matching -------------------------------------------------------------------------------------
def _match(w: World) -> list[Rel] | None:
    """The colour-matching relations, when there is one and not all already hold."""
    want = matching(w)
    if not want or all(holds(r, w.state) for r in want):
        return None
    return want


def _w20_mat_same_colour_same_bowl(w: World) -> Made:
    """Frustrated: same colour, same bowl."""
    want = _match(w)
    if want is None:
        return None
    text = ("For the third time: every block goes in the bowl that's the same colour as it. Same colour, same "
            "bowl. Seriously, it's not hard.")
    return text, rels(*want)


def _w20_mat_corresponding_colour(w: World) -> Made:
    """Legal: each block in the bowl of corresponding colour, where such a bowl exists."""
    want = _match(w)
    if want is None:
        return None
    text = ("The Party shall place each block in the bowl of corresponding colour (hereinafter \"Colour "
            "Matching\"), provided that a block for which no bowl of corresponding colour exists shall be exempt.")
    return text, rels(*want)


def _w20_mat_own_hue(w: World) -> Made:
    """Archaic: each brick unto the bowl of its own hue."""
    want = _match(w)
    if want is None:
        return None
    text = "Prithee, sort thou the bricks, each unto the bowl that weareth its own hue."
    return text, rels(*want)


def _w20_mat_colour_wise(w: World) -> Made:
    """Australian: pop each block in the bowl that matches it colour-wise."""
    want = _match(w)
    if want is None:
        return None
    text = ("Mate, pop each block in the bowl that matches it colour-wise. No worries if some of 'em haven't "
            "got one, just leave those.")
    return text, rels(*want)


def _w20_mat_one_to_its_bowl(w: World) -> Made:
    """Voice assistant: one block into the bowl of the same colour."""
    want = [r for r in (matching(w)) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    text = w.rng.choice([
        f"OK robot, put the {_c(w, r.block)} block in the bowl that's the same colour.",
        f"hey robot put the {_c(w, r.block)} block into the matching bowl",
    ])
    return text, rels(r)


def _w20_mat_picture_sorted(w: World) -> Made:
    """Final picture: every block that has a bowl of its colour sits in it."""
    want = _match(w)
    if want is None:
        return None
    text = ("Imagine the table when you're done: every block that has a bowl of its own colour is sitting in that "
            "bowl.")
    return text, rels(*want)


FRESH20: list[Template] = [
    ("w20_imp_third_time", "imperative", _w20_imp_third_time),
    ("w20_imp_party_shall", "imperative", _w20_imp_party_shall),
    ("w20_imp_prithee_corner", "imperative", _w20_imp_prithee_corner),
    ("w20_imp_chuck_it", "imperative", _w20_imp_chuck_it),
    ("w20_imp_hey_robot_middle", "imperative", _w20_imp_hey_robot_middle),
    ("w20_imp_picture_unstack", "imperative", _w20_imp_picture_unstack),
    ("w20_dec_already_told", "declarative", _w20_dec_already_told),
    ("w20_dec_shall_be_located", "declarative", _w20_dec_shall_be_located),
    ("w20_dec_doth_belong", "declarative", _w20_dec_doth_belong),
    ("w20_dec_reckon_bin", "declarative", _w20_dec_reckon_bin),
    ("w20_dec_ok_robot_corner", "declarative", _w20_dec_ok_robot_corner),
    ("w20_dec_final_picture_on", "declarative", _w20_dec_final_picture_on),
    ("w20_des_i_want_it_now", "desiderative", _w20_des_i_want_it_now),
    ("w20_des_client_wish", "desiderative", _w20_des_client_wish),
    ("w20_des_would_fain", "desiderative", _w20_des_would_fain),
    ("w20_des_love_it_mate", "desiderative", _w20_des_love_it_mate),
    ("w20_des_hey_robot_like", "desiderative", _w20_des_hey_robot_like),
    ("w20_des_picture_middle", "desiderative", _w20_des_picture_middle),
    ("w20_qua_every_single_one", "quantified", _w20_qua_every_single_one),
    ("w20_qua_exactly_two", "quantified", _w20_qua_exactly_two),
    ("w20_qua_no_brick_upon_another", "quantified", _w20_qua_no_brick_upon_another),
    ("w20_qua_two_of_them", "quantified", _w20_qua_two_of_them),
    ("w20_qua_every_block_into", "quantified", _w20_qua_every_block_into),
    ("w20_qua_each_bowl_one", "quantified", _w20_qua_each_bowl_one),
    ("w20_neg_not_that_one", "negated", _w20_neg_not_that_one),
    ("w20_neg_provided_however", "negated", _w20_neg_provided_however),
    ("w20_neg_save_one", "negated", _w20_neg_save_one),
    ("w20_neg_any_but_red", "negated", _w20_neg_any_but_red),
    ("w20_neg_out_not_bin", "negated", _w20_neg_out_not_bin),
    ("w20_neg_nothing_in_bowl", "negated", _w20_neg_nothing_in_bowl),
    ("w20_rel_the_one_on_top", "relative", _w20_rel_the_one_on_top),
    ("w20_rel_base_block", "relative", _w20_rel_base_block),
    ("w20_rel_bowl_wherein", "relative", _w20_rel_bowl_wherein),
    ("w20_rel_empty_bowl", "relative", _w20_rel_empty_bowl),
    ("w20_rel_nearest_bowl", "relative", _w20_rel_nearest_bowl),
    ("w20_rel_picture_top", "relative", _w20_rel_picture_top),
    ("w20_kee_leave_it", "keep", _w20_kee_leave_it),
    ("w20_kee_undisturbed", "keep", _w20_kee_undisturbed),
    ("w20_kee_let_it_lie", "keep", _w20_kee_let_it_lie),
    ("w20_kee_leave_it_be", "keep", _w20_kee_leave_it_be),
    ("w20_kee_empty_but_keep", "keep", _w20_kee_empty_but_keep),
    ("w20_kee_same_as_now", "keep", _w20_kee_same_as_now),
    ("w20_mul_step_by_step", "multi_step", _w20_mul_step_by_step),
    ("w20_mul_thereafter", "multi_step", _w20_mul_thereafter),
    ("w20_mul_from_atop", "multi_step", _w20_mul_from_atop),
    ("w20_mul_first_up", "multi_step", _w20_mul_first_up),
    ("w20_mul_step_one_two", "multi_step", _w20_mul_step_one_two),
    ("w20_mul_in_this_order", "multi_step", _w20_mul_in_this_order),
    ("w20_que_asked_twice", "question", _w20_que_asked_twice),
    ("w20_que_for_the_record", "question", _w20_que_for_the_record),
    ("w20_que_what_hue", "question", _w20_que_what_hue),
    ("w20_que_all_up", "question", _w20_que_all_up),
    ("w20_que_where_is", "question", _w20_que_where_is),
    ("w20_que_whats_in", "question", _w20_que_whats_in),
    ("w20_mat_same_colour_same_bowl", "matching", _w20_mat_same_colour_same_bowl),
    ("w20_mat_corresponding_colour", "matching", _w20_mat_corresponding_colour),
    ("w20_mat_own_hue", "matching", _w20_mat_own_hue),
    ("w20_mat_colour_wise", "matching", _w20_mat_colour_wise),
    ("w20_mat_one_to_its_bowl", "matching", _w20_mat_one_to_its_bowl),
    ("w20_mat_picture_sorted", "matching", _w20_mat_picture_sorted),
]
