"""`FRESH215`, the two-hundred-and-sixteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing into the chat window in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six kinds of people write them:
- baker: "Pop the red block into the blue bowl, like a bun onto a tray."
- lawyer2: "For the avoidance of doubt: the red block should end up in the blue bowl, and nothing else should move."
- texter: "pls put the red block in the bin thx"
- retired_nurse: "Could you just pop the yellow block in the top left corner for me, love? There we go."
- dutch: "First you put the red block in the bin, after that you make the blue bowl empty."
- forgetful: "Put the red block in the green bowl, wait, I mean the blue bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e13beb3, the code of 28d2c3b, before anything it could prompt): 0.6333
goal-correct (190 of 300), 99 refused, six asked, no wrong action and five wrong replies. The wrong replies: the baker's
"How many blocks have I got in W? Like counting buns on a tray." The refusals: the baker's similes ("like pancakes", "like
emptying out a mixing bowl", "like icing on a bun", "like sorting sprinkles", "onto the counter"), the cautious person's
"and nothing else", "Nothing else is to be moved", "and likewise X", "are not to be moved", the texter's "shld" and "w/ the
same colour as a bowl", the Dutch speaker's "Make please one tower ..., it does not matter in which order", "the blocks for
which there is no such bowl, those go in the bin", "may not lie in W anymore. Put it somewhere else" (asked) and "the most
left block" (asked), and the forgetful person's corrections ("No, sorry, other way round:", "Oh no, scratch that, not the
bin, I want it in W", "Wait, no, I mean two.", "Oh wait, not X, keep that one out of the bin").
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do)."""
    if check(w.state, w.state):
        return None
    return text, check


def _live(w: World) -> list[str]:
    """Blocks not in the bin (and not held)."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _depth(s: SymState, block: str) -> int:
    return 1 + len(_below(s, block))


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can end up directly on `below` (tower height allowing)."""
    s = w.state
    return (top != below and top not in _below(s, below) and s.base(below) != BIN
            and _depth(s, below) + 1 <= layout.MAX_TOWER)


def _room(w: World, bowl: str, moving: tuple[str, ...] = ()) -> bool:
    """Whether `bowl` can hold the blocks in `moving` besides the others already in it."""
    staying = [b for b in w.state.in_bowl(bowl) if b not in moving]
    return len(staying) + len(moving) <= layout.BOWL_CAPACITY


def _singleton(w: World, block: str) -> bool:
    """A block alone in its spot: not on a block and nothing on it."""
    s = w.state
    return s.support[block] not in s.support and s.is_clear(block)


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _not_in(block: str, bowl: str) -> Check:
    return lambda _i, f: not holds(Rel("in", block, bowl), f)


def _exact_in(bowl: str, blocks: set[str]) -> Check:
    return lambda _i, f: set(f.in_bowl(bowl)) == blocks


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _one_tower(blocks: list[str]) -> Check:
    """All of `blocks` in one tower (any order), standing anywhere but the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.base(bottoms[0]) in (BIN, "gripper"):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)
    return check


def _each_one(bowls: list[str]) -> Check:
    return lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)


def _same_bowl(bowl: str) -> Check:
    """The bowl holds the same blocks, each resting where it rested."""
    return lambda i, f: set(f.in_bowl(bowl)) == set(i.in_bowl(bowl)) and all(
        i.support[b] == f.support[b] for b in i.in_bowl(bowl))


def _bowl_target(w: World, block: str, moving: tuple[str, ...] | None = None) -> str | None:
    """A bowl that `block` is not in and that has room for it."""
    options = [o for o in w.bowls if w.state.base(block) != o and _room(w, o, moving or (block,))]
    return w.rng.choice(options) if options else None


def _pair_stack(w: World) -> tuple[str, str] | None:
    """(top, below): two live blocks, top not already on below, with room to stack."""
    live = _live(w)
    options = [(a, b) for a in live for b in live if _stackable(w, a, b) and w.state.support[a] != b]
    return w.rng.choice(options) if options else None


# ----- imperative -----------------------------------------------------------------------------------
def t215_imp_baker(w: World) -> Made:
    block = w.pick(_live(w))
    if not block:
        return None
    bowl = _bowl_target(w, block[0])
    if bowl is None:
        return None
    text = f"Pop the {block[0]} into the {bowl}, like a bun onto a tray."
    return _made(w, text, _act(rels(Rel("in", block[0], bowl))))


def t215_imp_lawyer2(w: World) -> Made:
    s = w.state
    clear = [b for b in _live(w) if s.is_clear(b)]
    options = [(a, b) for a in clear for b in clear if _stackable(w, a, b)]
    if not options:
        return None
    top, below = w.rng.choice(options)
    others = [b for b in w.blocks if b != top]
    text = (f"Please place the {top} on top of the {below}, and nothing else. To be clear, no other block is to "
            f"be moved.")
    return _made(w, text, _act(rels(Rel("on", top, below)), kept(*others)))


def t215_imp_texter(w: World) -> Made:
    block = w.pick(_live(w))
    if not block:
        return None
    text = f"pls put the {block[0]} in the bin thx"
    return _made(w, text, _act(binned(block)))


def t215_imp_retired_nurse(w: World) -> Made:
    block = w.pick(_live(w))
    if not block:
        return None
    place = w.rng.choice(_CORNERS)
    text = f"Could you just pop the {block[0]} in the {place} for me, love? There we go."
    return _made(w, text, _act(rels(Rel("at", block[0], place))))


def t215_imp_dutch(w: World) -> Made:
    pair = _pair_stack(w)
    if pair is None:
        return None
    top, below = pair
    text = f"Can you lay the {top} on the {below}? The {_c(w, below)} one must be under."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t215_imp_forgetful(w: World) -> Made:
    block = w.pick(_live(w))
    if not block or len(w.bowls) < 2:
        return None
    bowl = _bowl_target(w, block[0])
    if bowl is None:
        return None
    wrong = w.rng.choice([b for b in w.bowls if b != bowl])
    text = f"Put the {block[0]} in the {wrong}, wait, I mean the {bowl}. Sorry!"
    return _made(w, text, _act(rels(Rel("in", block[0], bowl))))


# ----- declarative ----------------------------------------------------------------------------------
def t215_dec_baker(w: World) -> Made:
    pair = _pair_stack(w)
    if pair is None:
        return None
    top, below = pair
    text = f"The {top} goes on the {below}, like a layer on a cake."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t215_dec_lawyer2(w: World) -> Made:
    s = w.state
    clear = [b for b in _live(w) if s.is_clear(b)]
    options = [(b, o) for b in clear for o in w.bowls if s.base(b) != o and _room(w, o, (b,))]
    if not options:
        return None
    block, bowl = w.rng.choice(options)
    others = [b for b in w.blocks if b != block]
    text = (f"For the avoidance of doubt: the {block} should end up in the {bowl}, and every other block should "
            f"stay exactly where it is.")
    return _made(w, text, _act(rels(Rel("in", block, bowl)), kept(*others)))


def t215_dec_texter(w: World) -> Made:
    block = w.pick(_live(w))
    if not block:
        return None
    place = w.rng.choice(PLACES)
    where = "middle of the table" if place == _MIDDLE else place
    text = f"the {block[0]} shld be in the {where}"
    return _made(w, text, _act(rels(Rel("at", block[0], place))))


def t215_dec_retired_nurse(w: World) -> Made:
    block = w.pick(_live(w))
    if not block:
        return None
    bowl = _bowl_target(w, block[0])
    if bowl is None:
        return None
    text = f"That {block[0]} belongs in the {bowl}, love."
    return _made(w, text, _act(rels(Rel("in", block[0], bowl))))


def t215_dec_dutch(w: World) -> Made:
    block = w.pick(_live(w))
    if not block:
        return None
    place = w.rng.choice(_CORNERS)
    text = f"The {block[0]} must stand on the {place} of the table."
    return _made(w, text, _act(rels(Rel("at", block[0], place))))


def t215_dec_forgetful(w: World) -> Made:
    live = _live(w)
    options = [(a, b) for a in live for b in live
               if _stackable(w, a, b) and _stackable(w, b, a) and w.state.support[a] != b]
    if not options:
        return None
    top, below = w.rng.choice(options)
    text = (f"The {below} should be on the {top}. No, sorry, other way round: the {top} should be on the "
            f"{below}.")
    return _made(w, text, _act(rels(Rel("on", top, below))))


# ----- desiderative ---------------------------------------------------------------------------------
def t215_des_baker(w: World) -> Made:
    pair = _pair_stack(w)
    if pair is None:
        return None
    top, below = pair
    text = f"I'd like the {top} sat on top of the {below}, one on the other like pancakes."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t215_des_lawyer2(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    text = (f"I want the {bowl} to contain the {a} and the {b}, and nothing else. Any other block currently in it "
            f"must be taken out.")
    return _made(w, text, _act(_exact_in(bowl, {a, b})))


def t215_des_texter(w: World) -> Made:
    block = w.pick(_live(w))
    if not block:
        return None
    place = w.rng.choice(_CORNERS)
    text = f"i want the {block[0]} on the {place} pls"
    return _made(w, text, _act(rels(Rel("at", block[0], place))))


def t215_des_retired_nurse(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not options:
        return None
    block = w.rng.choice(options)
    text = f"I'd like the {block} out of the {w.state.support[block]} and back on the table please, love."
    return _made(w, text, _act(rels(Rel("on_table", block))))


def t215_des_dutch(w: World) -> Made:
    block = w.pick(_live(w))
    if not block:
        return None
    bowl = _bowl_target(w, block[0])
    if bowl is None:
        return None
    text = f"My goal is that the {block[0]} lies in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", block[0], bowl))))


def t215_des_forgetful(w: World) -> Made:
    block = w.pick(_live(w))
    if not block:
        return None
    bowl = _bowl_target(w, block[0])
    if bowl is None:
        return None
    text = (f"I'd like the {block[0]} in the bin. Oh no, scratch that, not the bin, I want it in the {bowl}.")
    return _made(w, text, _act(rels(Rel("in", block[0], bowl))))


# ----- quantified -----------------------------------------------------------------------------------
def t215_qua_baker(w: World) -> Made:
    options = [o for o in w.bowls if w.state.in_bowl(o)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    text = f"Tip everything in the {bowl} into the bin, like emptying out a mixing bowl."
    return _made(w, text, _act(binned(inside)))


def t215_qua_lawyer2(w: World) -> Made:
    if len(_live(w)) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    text = (f"Exactly two blocks should be in the {bowl}: no more, no fewer. Which two is at your discretion.")
    return _made(w, text, _act(count_in(bowl, 2)))


def t215_qua_texter(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(o) for o in w.bowls) or len(_live(w)) < len(w.bowls):
        return None
    text = "pls put one block in each bowl thx"
    return _made(w, text, _act(_each_one(w.bowls)))


def t215_qua_retired_nurse(w: World) -> Made:
    live = _live(w)
    if len(live) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"Could you put all of the blocks in the {bowl}, love? Every last one."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in live))))


def t215_qua_dutch(w: World) -> Made:
    live = _live(w)
    if len(live) > layout.MAX_TOWER or len(live) < 2:
        return None
    text = "Make please one tower of all the blocks, it does not matter in which order."
    return _made(w, text, _act(_one_tower(live)))


def t215_qua_forgetful(w: World) -> Made:
    live = _live(w)
    if len(live) < 3 or len(live) != len(w.blocks):
        return None
    text = "Put three blocks in the bin. Wait, no, I mean two. Just two blocks in the bin, any two."
    return _made(w, text, _act(_bin_count(2)))


# ----- negated --------------------------------------------------------------------------------------
def t215_neg_baker(w: World) -> Made:
    options = [o for o in w.bowls if w.state.in_bowl(o)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    inside = w.state.in_bowl(bowl)
    text = f"Empty the {bowl} out onto the counter, but not into the bin, mind."
    return _made(w, text, _act(empty(bowl), none_binned(inside)))


def t215_neg_lawyer2(w: World) -> Made:
    live = _live(w)
    s = w.state
    if len(live) < 3:
        return None
    a, b = w.pick(live, 2)
    others = [x for x in live if x not in (a, b)]
    if len(others) > 5 or any(y in others for y in (*_below(s, a), *_below(s, b))):
        return None
    text = (f"Place every block other than the {a} and the {b} into the bin. The {a} and the {b} are not to be "
            f"moved at all.")
    return _made(w, text, _act(binned(others), kept(a, b)))


def t215_neg_texter(w: World) -> Made:
    s = w.state
    loose = [b for b in s.on_the_table() if b in _live(w)]
    if not loose or len(loose) > 5 or not s.in_bowls():
        return None
    text = "put all the blocks that r not in a bowl in the bin"
    return _made(w, text, _act(binned(loose), none_binned(s.in_bowls())))


def t215_neg_retired_nurse(w: World) -> Made:
    live = _live(w)
    block = w.pick(live)
    if not block:
        return None
    bowl = w.rng.choice(w.bowls)
    if w.state.base(block[0]) == bowl:
        return None
    others = [b for b in live if b != block[0]]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Everything except the {block[0]} into the {bowl} please, love. The {_c(w, block[0])} one stays out."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in others)), _not_in(block[0], bowl)))


def t215_neg_dutch(w: World) -> Made:
    options = [b for b in _live(w) if w.state.base(b) in w.bowls]
    if not options:
        return None
    block = w.rng.choice(options)
    bowl = w.state.base(block)
    text = f"The {block} may not lie in the {bowl} anymore. Put it somewhere else, but not in the bin."
    return _made(w, text, _act(_not_in(block, bowl), none_binned([block])))


def t215_neg_forgetful(w: World) -> Made:
    live = _live(w)
    block = w.pick(live)
    if not block:
        return None
    others = [b for b in live if b != block[0]]
    if len(others) > 5 or not others:
        return None
    text = f"Put all the blocks in the bin. Oh wait, not the {block[0]}, keep that one out of the bin."
    return _made(w, text, _act(binned(others), none_binned(block)))


# ----- relative -------------------------------------------------------------------------------------
def t215_rel_baker(w: World) -> Made:
    s = w.state
    options = [(top, below) for top, below in w.pairs() if s.is_clear(top) and s.base(top) != BIN]
    if not options:
        return None
    top, below = w.rng.choice(options)
    bowl = _bowl_target(w, top)
    if bowl is None:
        return None
    text = f"Take whatever block is sitting on top of the {below} and pop it in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", top, bowl))))


def t215_rel_lawyer2(w: World) -> Made:
    options = [(top, below) for top, below in w.pairs() if w.state.base(top) != BIN]
    if not options:
        return None
    top, below = w.rng.choice(options)
    others = [b for b in w.blocks if b != below]
    text = (f"Move the block that is directly beneath the {top} (and only that block) to the bin. No other block "
            f"is to go in the bin.")
    return _made(w, text, _act(binned([below]), none_binned(others)))


def t215_rel_texter(w: World) -> Made:
    options = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    ranked = sorted(_live(w), key=lambda b: w.dist(b, bowl))
    if len(ranked) < 2 or not _singleton(w, ranked[0]) or w.dist(ranked[1], bowl) - w.dist(ranked[0], bowl) < 0.05:
        return None
    text = f"put the block closest to the {bowl} in the bin"
    return _made(w, text, _act(binned([ranked[0]])))


def t215_rel_retired_nurse(w: World) -> Made:
    options = [(top, below) for top, below in w.pairs() if w.state.base(top) != BIN]
    if not options:
        return None
    top, below = w.rng.choice(options)
    place = w.rng.choice(_CORNERS)
    text = (f"The block underneath the {top}, love, could you pop that one over to the {place}? Thank you, "
            f"there we go.")
    return _made(w, text, _act(rels(Rel("at", below, place))))


def t215_rel_dutch(w: World) -> Made:
    ranked = sorted(_live(w), key=w.y)
    if len(ranked) < 3 or not _singleton(w, ranked[0]) or w.y(ranked[1]) - w.y(ranked[0]) < 0.05:
        return None
    left = ranked[0]
    targets = [b for b in ranked[1:] if _stackable(w, left, b)]
    if not targets:
        return None
    target = w.rng.choice(targets)
    text = f"Put the most left block on the {target}, please."
    return _made(w, text, _act(rels(Rel("on", left, target))))


def t215_rel_forgetful(w: World) -> Made:
    s = w.state
    options = [(top, below) for top, below in w.pairs() if s.base(top) != BIN]
    if not options:
        return None
    top, below = w.rng.choice(options)
    bowl = _bowl_target(w, below, moving=(below,))
    if bowl is None:
        return None
    text = (f"Put the block that's on the {top}, no wait, the one under the {top}, in the {bowl}.")
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


# ----- keep -----------------------------------------------------------------------------------------
def _keepable(w: World, mover: str, keep: str) -> bool:
    """Whether `keep` can stay put while `mover` moves: it is not above `mover`."""
    return keep != mover and keep not in w.state.above(mover)


def t215_keep_baker(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    block, keep = w.pick(live, 2)
    bowl = _bowl_target(w, block)
    if bowl is None or not _keepable(w, block, keep) or w.state.base(keep) == bowl:
        return None
    text = (f"Pop the {block} in the {bowl}, but leave the {keep} just where it is, like dough that's proving.")
    return _made(w, text, _act(rels(Rel("in", block, bowl)), kept(keep)))


def t215_keep_lawyer2(w: World) -> Made:
    live = _live(w)
    if len(live) < 4:
        return None
    top, below, k1, k2 = w.pick(live, 4)
    if not _stackable(w, top, below) or any(k in w.state.above(top) or k in w.state.above(below) for k in (k1, k2)):
        return None
    text = (f"Put the {top} on the {below}. The {k1} is to remain exactly where it is, and likewise the {k2}.")
    return _made(w, text, _act(rels(Rel("on", top, below)), kept(k1, k2)))


def t215_keep_texter(w: World) -> Made:
    options = [o for o in w.bowls if w.state.in_bowl(o)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    blocks = [b for b in _live(w) if w.state.base(b) != bowl]
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    text = f"bin the {block} but keep the {bowl} as is"
    return _made(w, text, _act(binned([block]), _same_bowl(bowl)))


def t215_keep_retired_nurse(w: World) -> Made:
    s = w.state
    options = [b for b in _live(w) if s.is_clear(b)]
    if not options:
        return None
    block = w.rng.choice(options)
    others = [b for b in w.blocks if b != block]
    text = f"Let's get the {block} onto the middle of the table, love, and leave everything else as it is."
    return _made(w, text, _act(rels(Rel("at", block, _MIDDLE)), kept(*others)))


def t215_keep_dutch(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    block, keep = w.pick(live, 2)
    if not _keepable(w, block, keep):
        return None
    text = f"Put the {block} in the bin, but let the {keep} stand where it stands."
    return _made(w, text, _act(binned([block]), kept(keep)))


def t215_keep_forgetful(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    block, wrong, keep = w.pick(live, 3)
    if not _keepable(w, block, keep):
        return None
    place = w.rng.choice(_CORNERS)
    text = (f"Move the {block} to the {place} and leave the {wrong}, no, the {keep} I mean, as it is.")
    return _made(w, text, _act(rels(Rel("at", block, place)), kept(keep)))


# ----- multi-step -----------------------------------------------------------------------------------
def t215_multi_baker(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    block, top = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, (block, top)):
        return None
    text = f"First pop the {block} in the {bowl}, then stack the {top} on top of it, like icing on a bun."
    return _made(w, text, _act(rels(Rel("in", block, bowl), Rel("on", top, block))))


def t215_multi_lawyer2(w: World) -> Made:
    s = w.state
    clear = [b for b in _live(w) if s.is_clear(b)]
    if len(clear) < 2:
        return None
    first, second = w.pick(clear, 2)
    place = w.rng.choice(_CORNERS)
    others = [b for b in w.blocks if b not in (first, second)]
    text = (f"Step one: move the {first} to the bin. Step two: once that is done, move the {second} to the "
            f"{place}. Nothing else is to be moved.")
    return _made(w, text, _act(binned([first]), rels(Rel("at", second, place)), kept(*others)))


def t215_multi_texter(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    base, mid, top = w.pick(live, 3)
    s = w.state
    if mid in _below(s, base) or top in _below(s, base) or _depth(s, base) + 2 > layout.MAX_TOWER:
        return None
    text = f"1st put the {mid} on the {base} then the {top} on the {mid}"
    return _made(w, text, _act(rels(Rel("on", mid, base), Rel("on", top, mid))))


def t215_multi_retired_nurse(w: World) -> Made:
    options = [(b, o) for b in _live(w) for o in w.bowls if w.state.base(b) == o]
    if not options:
        return None
    out, bowl = w.rng.choice(options)
    ins = [b for b in _live(w) if w.state.base(b) != bowl]
    if not ins:
        return None
    block = w.rng.choice(ins)
    text = (f"Right, love: take the {out} out of the {bowl} first, and then put the {block} in there instead.")
    return _made(w, text, _act(_not_in(out, bowl), rels(Rel("in", block, bowl))))


def t215_multi_dutch(w: World) -> Made:
    options = [o for o in w.bowls if w.state.in_bowl(o)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    blocks = [b for b in _live(w) if w.state.base(b) != bowl]
    if not blocks:
        return None
    block = w.rng.choice(blocks)
    text = f"First you put the {block} in the bin, after that you make the {bowl} empty."
    return _made(w, text, _act(binned([block]), empty(bowl)))


def t215_multi_forgetful(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    first, second = w.pick(live, 2)
    bowl = _bowl_target(w, second)
    if bowl is None:
        return None
    text = (f"First move the {first} to the middle, then the {second} into the bin. Wait, I mean the {second} into "
            f"the {bowl}, not the bin.")
    return _made(w, text, _act(rels(Rel("at", first, _MIDDLE), Rel("in", second, bowl))))


# ----- questions ------------------------------------------------------------------------------------
def t215_q_baker(w: World) -> Made:
    options = [o for o in w.bowls if w.state.in_bowl(o)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks have I got in the {bowl}? Like counting buns on a tray.", answered(str(n))


def t215_q_lawyer2(w: World) -> Made:
    live = _live(w)
    pairs = [(t, b) for t, b in w.pairs() if t in live]
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
    else:
        if len(live) < 2:
            return None
        top, below = w.pick(live, 2)
    flag = w.state.support[top] == below
    text = f"To be precise: is the {top} directly on top of the {below}? A yes or a no will suffice."
    return text, answered(yes(flag))


def t215_q_texter(w: World) -> Made:
    s = w.state
    options = []
    for b in _live(w):
        sup = s.support[b]
        if sup in s.bowls or sup in PLACES:
            options.append((b, sup))
        elif sup == TABLE:
            options.append((b, TABLE))
        elif sup in s.support and s.base(b) == TABLE:
            options.append((b, sup))
    if not options:
        return None
    block, where = w.rng.choice(options)
    return f"wheres the {block} rn", answered(where)


def t215_q_retired_nurse(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    n = s.count_at(TABLE)
    if n < 1:
        return None
    flag = bool(s.in_bowl(bowl))
    text = f"Is there anything in the {bowl}, love? And how many blocks are on the table altogether?"
    return text, answered(f"{yes(flag).lower()}|{n}")


def t215_q_dutch(w: World) -> Made:
    live = _live(w)
    loaded = [b for b in live if w.state.on_top(b)]
    block = [w.rng.choice(loaded)] if loaded and w.rng.random() < 0.6 else w.pick(live)
    if not block:
        return None
    on = w.state.on_top(block[0])
    text = f"Which block lies on the {block[0]}?"
    return text, answered(on[0] if on else "nothing")


def t215_q_forgetful(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    block = w.pick(_live(w))
    if not block:
        return None
    wrong, bowl = w.pick(w.bowls, 2)
    if w.rng.random() < 0.5 and w.state.base(block[0]) in w.bowls:
        bowl = w.state.base(block[0])
        wrong = w.rng.choice([o for o in w.bowls if o != bowl])
    flag = w.state.base(block[0]) == bowl
    text = f"Is the {block[0]} in the {wrong}? Sorry, I mean the {bowl}. Is it in the {bowl}?"
    return text, answered(yes(flag))


# ----- colour matching ------------------------------------------------------------------------------
def t215_match_baker(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Sort the blocks into the bowls by colour, like sorting sprinkles: each block in the bowl of its own colour."
    return _made(w, text, _act(rels(*want)))


def t215_match_lawyer2(w: World) -> Made:
    want = matching(w)
    s = w.state
    matched = {r.block for r in want}
    unmatched = [b for b in _live(w) if b not in matched]
    moving = [r.block for r in want if not holds(r, s)]
    if not want or not unmatched or any(u in s.above(m) for u in unmatched for m in moving):
        return None
    if any(len(s.in_bowl(r.target)) >= layout.BOWL_CAPACITY for r in want if not holds(r, s)):
        return None
    text = ("Each block that has the same colour as one of the bowls is to be placed in that bowl. Blocks with no "
            "bowl of their colour are not to be moved.")
    return _made(w, text, _act(rels(*want), kept(*unmatched)))


def t215_match_texter(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "put the blocks w/ the same colour as a bowl in that bowl thx"
    return _made(w, text, _act(rels(*want)))


def t215_match_retired_nurse(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Could you pop the block that's the same colour as the {r.target} into it, love?"
    return _made(w, text, _act(rels(r)))


def t215_match_dutch(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in _live(w) if b not in matched]
    if not want or len(rest) > 5:
        return None
    text = ("Put every block in the bowl with the same colour, and the blocks for which there is no such bowl, "
            "those go in the bin.")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t215_match_forgetful(w: World) -> Made:
    want = matching(w)
    s = w.state
    if len(want) < 2:
        return None
    skip = w.rng.choice(want)
    rest = [r for r in want if r is not skip]
    moving = [r.block for r in rest if not holds(r, s)]
    if any(m in _below(s, skip.block) for m in moving):
        return None
    text = (f"Put each block in the bowl of its colour. Oh, wait, not the {skip.block}, leave the "
            f"{_c(w, skip.block)} one where it is.")
    return _made(w, text, _act(rels(*rest), kept(skip.block)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("baker", "lawyer2", "texter", "retired_nurse", "dutch", "forgetful")
FRESH215: list[Template] = [
    (f"t215_{short}_{style}", category, globals()[f"t215_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
