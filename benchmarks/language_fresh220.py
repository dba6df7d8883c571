"""`FRESH220`, the two-hundred-and-twenty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing into the chat window in their own plain
words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers, sorting by
colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions about the
table (one or two in a message). Six kinds of people write them:
- dad: "Right then, pop the red block in the blue bowl for me. Job's a good'un."
- intern: "Sorry to ask, but could you put the red block on top of the green block? If that's okay, I mean."
- swedish: "Can you take the red block and throw it in the bin? I need it not anymore."
- gardener3: "Move the red block over to the middle, would you. Needs a bit more sun, like my tomatoes."
- lister: "please:\n- put the red block in the blue bowl\n- put the green block in the bin"
- plain: "Take the red block out of the blue bowl and put it on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2d28fdf, the code of 5b3b999, before anything it could prompt): 0.7833
goal-correct (235 of 300), 55 refused, ten asked, no wrong action and no wrong reply. The refusals: the dad's jokes after
the request ("Why was the block so good at school? It was a square.", "He stays, he's my favourite. Don't tell the
others.", "Sentimental value, that one."), the Swedish speaker's "I need it not anymore" and "Make so every bowl has
exactly one block in it", the gardener's asides ("same as emptying a seed tray", "the way you'd leave a bed of leeks
alone", "Hope it's not slugs."), the lister's "- empty W - but NOT into the bin - just onto the table", the plain "My
goal is to have nothing left in W, with everything that was in it in the bin", and the intern's "all the blocks that
aren't in a bowl into the bin, except X". Asked: the intern's "I think that's the one." and "I think there's a blue one
somewhere."
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

_CAP = layout.BOWL_CAPACITY
_FLOOR = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's output, or None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    x = s.support[b]
    while x in s.support and x not in out:
        out.append(x)
        x = s.support[x]
    return out


def _can_stack(s: SymState, top: str, below: str) -> bool:
    """Whether `top` can end up directly on `below` without rebuilding `below`'s tower."""
    return (top != below and s.base(below) != BIN and top not in _below(s, below)
            and len(_below(s, below)) + 2 <= layout.MAX_TOWER)


def _room(s: SymState, bowl: str, k: int = 1, leaving: tuple[str, ...] = ()) -> bool:
    """Whether `bowl` takes `k` more blocks (counting every block whose tower stands in it, to be safe)."""
    return len([b for b in s.in_bowl(bowl) if b not in leaving]) + k <= _CAP


def _on_floor(b: str) -> Check:
    """The block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: f.base(b) in _FLOOR


def _out_of_bowls(blocks: list[str]) -> Check:
    return lambda _i, f: all(f.base(b) not in f.bowls for b in blocks)


def _no_bin_overflow(blocks: list[str]) -> bool:
    """Whether the bin takes these blocks side by side (to be safe, no more than it has slots for)."""
    return len(set(blocks)) <= len(layout.BIN_SLOTS)


def _stacked_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) for every block resting directly on a block with nothing on top of it."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def _match_ok(w: World) -> list[Rel] | None:
    """The colour-matching goals when every bowl has room for the blocks it should get."""
    want = matching(w)
    s = w.state
    for bowl in w.bowls:
        need = [r.block for r in want if r.target == bowl and s.base(r.block) != bowl]
        if not _room(s, bowl, len(need)):
            return None
    return want


def _matched(w: World) -> list[str]:
    bowl_colours = {w.colour(b) for b in w.bowls}
    return [b for b in w.blocks if w.colour(b) in bowl_colours]


# ----- imperative -------------------------------------------------------------------------------------
def t220_imp_dad(w: World) -> Made:
    s = w.state
    opts = [(b, bowl) for b in w.blocks for bowl in w.bowls if s.base(b) != bowl and _room(s, bowl)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = (f"Right then, pop the {b} in the {bowl} for me. Job's a good'un. "
            "Why was the block so good at school? It was a square.")
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t220_imp_intern(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(s, a, b) and s.support[a] != b]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = f"Sorry to ask, but could you put the {a} on top of the {b}? If that's okay, I mean."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t220_imp_swedish(w: World) -> Made:
    opts = [b for b in w.blocks if w.state.base(b) != BIN]
    if not opts:
        return None
    b = w.rng.choice(opts)
    text = f"Can you take the {b} and throw it in the bin? I need it not anymore."
    return _made(w, text, _act(rels(Rel("in_bin", b))))


def t220_imp_gardener3(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(list(PLACES))
    text = f"Move the {b} over to the {place}, would you. Needs a bit more sun, like my tomatoes."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t220_imp_lister(w: World) -> Made:
    s = w.state
    opts = [(a, bowl) for a in w.blocks for bowl in w.bowls if s.base(a) != bowl and _room(s, bowl)]
    if not opts or len(w.blocks) < 2:
        return None
    a, bowl = w.rng.choice(opts)
    b = w.rng.choice([x for x in w.blocks if x != a])
    text = f"please:\n- put the {a} in the {bowl}\n- put the {b} in the bin"
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in_bin", b))))


def t220_imp_plain(w: World) -> Made:
    opts = w.in_bowls()
    if not opts:
        return None
    b = w.rng.choice(opts)
    bowl = w.state.base(b)
    text = f"Take the {b} out of the {bowl} and put it on the table."
    return _made(w, text, _act(rels(Rel("on_table", b))))


# ----- declarative ------------------------------------------------------------------------------------
def t220_dec_dad(w: World) -> Made:
    s = w.state
    opts = [(b, bowl) for b in w.blocks for bowl in w.bowls if s.base(b) != bowl and _room(s, bowl)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = f"The {b} belongs in the {bowl}. That's its home now, like me and my shed."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t220_dec_intern(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(s, a, b) and s.support[a] != b]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = f"I think the {a} is meant to be on the {b}? Sorry if I've got that wrong."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t220_dec_swedish(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(list(PLACES))
    text = f"The {a} should stand in the {place} and the {b} should be in the bin."
    return _made(w, text, _act(rels(Rel("at", a, place), Rel("in_bin", b))))


def t220_dec_gardener3(w: World) -> Made:
    opts = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    text = f"The {bowl} needs to be empty by the end. Like my water butt in August, bone dry."
    return _made(w, text, _act(empty(bowl)))


def t220_dec_lister(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    if len(clear) < 3:
        return None
    x, y, z = w.pick(clear, 3)
    bowls = [bowl for bowl in w.bowls if s.base(z) != bowl and _room(s, bowl)]
    if not bowls or not _can_stack(s, x, y) or s.support[x] == y:
        return None
    bowl = w.rng.choice(bowls)
    text = f"end result should be:\n- {x} on the {y}\n- {z} in the {bowl}"
    return _made(w, text, _act(rels(Rel("on", x, y), Rel("in", z, bowl))))


def t220_dec_plain(w: World) -> Made:
    s = w.state
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    bowls = [bowl for bowl in w.bowls if s.base(a) != bowl and s.base(b) != bowl and _room(s, bowl, 2)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"The {a} and the {b} should both end up in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


# ----- desiderative -----------------------------------------------------------------------------------
def _tower(a: str, b: str, c: str) -> Check:
    """a at the bottom (on the table, a place or a bowl floor, not on a block), b on a, c on b, nothing on c."""
    return lambda _i, f: (f.support[a] not in f.support and f.support[a] != BIN and f.support[b] == a
                          and f.support[c] == b and f.is_clear(c))


def t220_des_dad(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    text = (f"I'd like a tower please: the {a} at the bottom, then the {b}, then the {c} on top. "
            "Like the Leaning Tower of Pisa, only less leaning.")
    return _made(w, text, _act(_tower(a, b, c)))


def t220_des_intern(w: World) -> Made:
    s = w.state
    opts = [(b, bowl) for b in w.blocks for bowl in w.bowls if s.base(b) != bowl and _room(s, bowl)]
    if not opts:
        return None
    b, bowl = w.rng.choice(opts)
    text = f"I'd really like the {b} to end up in the {bowl}, if that's alright? Sorry, I know it's a small thing."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t220_des_swedish(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    a, b = w.pick(w.blocks, 2)
    text = f"I want that the {a} and the {b} both are lying in the bin."
    return _made(w, text, _act(binned([a, b])))


def t220_des_gardener3(w: World) -> Made:
    s = w.state
    opts = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(s, a, b) and s.support[a] != b]
    if not opts:
        return None
    a, b = w.rng.choice(opts)
    text = f"What I'm after is the {a} sat on top of the {b}, like a cloche over a seedling."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t220_des_lister(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = w.rng.choice(w.blocks)
    place = w.rng.choice(list(PLACES))
    text = f"what I want:\n- the {b} in the {place}\n- the {bowl} empty"
    return _made(w, text, _act(rels(Rel("at", b, place)), empty(bowl)))


def t220_des_plain(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"My goal is to have nothing left in the {bowl}, with everything that was in it in the bin."
    return _made(w, text, _act(empty(bowl), binned(inside)))


# ----- quantified -------------------------------------------------------------------------------------
def t220_qua_dad(w: World) -> Made:
    if not _no_bin_overflow(w.blocks):
        return None
    text = "Right, every block in the bin. The lot. Tidy table, tidy mind, as my old man used to say."
    return _made(w, text, _act(binned(w.blocks)))


def t220_qua_intern(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Could you put two blocks into the {bowl}, please? Any two is fine, I think."
    return _made(w, text, _act(count_in(bowl, 2)))


def t220_qua_swedish(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    text = "Make so every bowl has exactly one block in it, not more. Which block does not matter."
    return _made(w, text, _act(*(count_in(bowl, 1) for bowl in w.bowls)))


def t220_qua_gardener3(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"Tip every block out of the {bowl} onto the table, same as emptying a seed tray."
    return _made(w, text, _act(*(_on_floor(b) for b in inside)))


def t220_qua_lister(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if len(bowls) < 2 or len(w.blocks) < 3:
        return None
    b1, b2 = w.pick(bowls, 2)
    text = f"jobs:\n- 2 blocks in the {b1}\n- 1 block in the {b2}\n- any blocks will do"
    return _made(w, text, _act(count_in(b1, 2), count_in(b2, 1)))


def t220_qua_plain(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = "Put all the blocks that are in bowls into the bin."
    return _made(w, text, _act(binned(inside)))


# ----- negated ----------------------------------------------------------------------------------------
def t220_neg_dad(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if not others or not _no_bin_overflow(others):
        return None
    text = f"Bin all the blocks except the {x}. He stays, he's my favourite. Don't tell the others."
    return _made(w, text, _act(binned(others), none_binned([x])))


def t220_neg_intern(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) in _FLOOR]
    if len(loose) < 2:
        return None
    x = w.rng.choice(loose)
    others = [b for b in loose if b != x]
    text = (f"Sorry, could you put all the blocks that aren't in a bowl into the bin, except the {x}? "
            "I think that one should stay.")
    return _made(w, text, _act(binned(others), none_binned([x])))


def t220_neg_swedish(w: World) -> Made:
    s = w.state
    opts = [bowl for bowl in w.bowls if len(s.in_bowl(bowl)) >= 2 and any(s.support[b] == bowl
                                                                          for b in s.in_bowl(bowl))]
    if not opts:
        return None
    bowl = w.rng.choice(opts)
    x = w.rng.choice([b for b in s.in_bowl(bowl) if s.support[b] == bowl])
    others = [b for b in s.in_bowl(bowl) if b != x]
    text = (f"Please take all blocks out of the {bowl} except the {x}, it must stay in the bowl. "
            "Put the other ones on the table.")
    return _made(w, text, _act(rels(Rel("in", x, bowl)), *(_on_floor(b) for b in others)))


def t220_neg_gardener3(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if s.support[b] not in s.support]
    if not opts:
        return None
    x = w.rng.choice(opts)
    others = [b for b in w.blocks if b != x]
    if not others or not _no_bin_overflow(others):
        return None
    text = f"Leave the {x} alone and put all the others in the bin. It's the one good seedling in the tray."
    return _made(w, text, _act(kept(x), binned(others)))


def t220_neg_lister(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"- empty the {bowl}\n- but NOT into the bin\n- just onto the table"
    return _made(w, text, _act(empty(bowl), *(_on_floor(b) for b in inside)))


def t220_neg_plain(w: World) -> Made:
    inside = w.in_bowls()
    if len(inside) < 2:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    others = [b for b in inside if b != x]
    text = f"Get all the blocks out of the bowls except the {x}."
    return _made(w, text, _act(rels(Rel("in", x, bowl)), _out_of_bowls(others)))


# ----- relative ---------------------------------------------------------------------------------------
def t220_rel_dad(w: World) -> Made:
    pairs = _stacked_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Pop the block that's on top of the {below} in the bin. Nobody likes a show-off."
    return _made(w, text, _act(rels(Rel("in_bin", top))))


def t220_rel_intern(w: World) -> Made:
    s = w.state
    opts = [(x, b, bowl) for x, b in w.pairs() if s.support[b] not in s.support
            for bowl in w.bowls if s.base(b) != bowl and _room(s, bowl)]
    if not opts:
        return None
    x, b, bowl = w.rng.choice(opts)
    text = f"Sorry, could you move the block that's under the {x} into the {bowl}? I think that's the one."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t220_rel_swedish(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) not in w.bowls)
    if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.05:
        return None
    b = cands[0][1]
    place = w.rng.choice(list(PLACES))
    text = f"Take the block that is most near to the {bowl} and put it in the {place}."
    return _made(w, text, _act(rels(Rel("at", b, place))))


def t220_rel_gardener3(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and not s.is_clear(b)]
    if len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    bowls = [bowl for bowl in w.bowls if s.base(top) != bowl and _room(s, bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Take the top block off the tower and put it in the {bowl}, like pinching out a tomato."
    return _made(w, text, _act(rels(Rel("in", top, bowl))))


def t220_rel_lister(w: World) -> Made:
    s = w.state
    opts = [(t, b, bowl) for t, b in _stacked_pairs(w) for bowl in w.bowls if s.base(t) != bowl and _room(s, bowl)]
    if not opts:
        return None
    top, below, bowl = w.rng.choice(opts)
    text = f"- whatever is on top of the {below} -> the {bowl}\n- then the {below} itself -> bin"
    return _made(w, text, _act(rels(Rel("in", top, bowl), Rel("in_bin", below))))


def t220_rel_plain(w: World) -> Made:
    s = w.state
    lone = [b for b in w.blocks if s.support[b] not in s.support and s.is_clear(b) and s.base(b) != BIN]
    if not lone:
        return None
    z = w.rng.choice(lone)
    cands = sorted((w.dist(b, z), b) for b in w.blocks if b != z)
    if len(cands) < 2 or cands[1][0] - cands[0][0] < 0.04:
        return None
    b = cands[0][1]
    text = f"Put whichever block is closest to the {z} on top of it."
    return _made(w, text, _act(rels(Rel("on", b, z))))


# ----- keep -------------------------------------------------------------------------------------------
def _free_of(s: SymState, keep: str, *moving: str) -> bool:
    """Whether `keep` can stay put while the `moving` blocks move (it is not one of them nor on top of one)."""
    return all(keep != m and keep not in s.above(m) for m in moving)


def t220_keep_dad(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in w.blocks for y in w.blocks if s.base(x) != BIN and _free_of(s, y, x)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = (f"Stick the {x} in the bin, but keep the {y} right where it is. "
            "Sentimental value, that one. Like my 1987 tracksuit.")
    return _made(w, text, _act(rels(Rel("in_bin", x)), kept(y)))


def t220_keep_intern(w: World) -> Made:
    s = w.state
    opts = [(x, y, bowl) for x in w.blocks for y in w.blocks for bowl in w.bowls
            if s.base(x) != bowl and _room(s, bowl) and _free_of(s, y, x)]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = (f"Could you put the {x} in the {bowl}? And please keep the {y} where it is, if that's okay. "
            "I think someone needs it there.")
    return _made(w, text, _act(rels(Rel("in", x, bowl)), kept(y)))


def t220_keep_swedish(w: World) -> Made:
    s = w.state
    opts = [(x, y, z) for x in w.blocks for y in w.blocks for z in w.blocks
            if _can_stack(s, x, y) and s.support[x] != y and _free_of(s, z, x, y)]
    if not opts:
        return None
    x, y, z = w.rng.choice(opts)
    text = f"Stack the {x} on the {y}, but let the {z} stay where it is."
    return _made(w, text, _act(rels(Rel("on", x, y)), kept(z)))


def _bowl_as_is(bowl: str, inside: list[str]) -> Check:
    return lambda i, f: len(f.in_bowl(bowl)) == len(inside) and kept(*inside)(i, f)


def t220_keep_gardener3(w: World) -> Made:
    s = w.state
    bowls = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = s.in_bowl(bowl)
    opts = [b for b in w.blocks if b not in inside]
    if not opts:
        return None
    x = w.rng.choice(opts)
    place = w.rng.choice(list(PLACES))
    text = (f"Shift the {x} to the {place} but leave everything in the {bowl} exactly as it is, "
            "the way you'd leave a bed of leeks alone.")
    return _made(w, text, _act(rels(Rel("at", x, place)), _bowl_as_is(bowl, inside)))


def t220_keep_lister(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in w.blocks for y in w.blocks if _can_stack(s, x, y) and s.support[x] != y]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    keep = [z for z in w.blocks if _free_of(s, z, x, y)]
    if len(keep) < 2:
        return None
    z, v = w.pick(keep, 2)
    text = f"- put the {x} on the {y}\n- keep the {z} where it is\n- same for the {v}"
    return _made(w, text, _act(rels(Rel("on", x, y)), kept(z, v)))


def t220_keep_plain(w: World) -> Made:
    s = w.state
    opts = [(x, y) for x in w.blocks for y in w.blocks
            if s.support[x] not in _FLOOR and s.base(x) != BIN and _free_of(s, y, x)]
    if not opts:
        return None
    x, y = w.rng.choice(opts)
    text = f"Put the {x} on the table, and keep the {y} where it is."
    return _made(w, text, _act(rels(Rel("on_table", x)), kept(y)))


# ----- multi-step -------------------------------------------------------------------------------------
def t220_multi_dad(w: World) -> Made:
    s = w.state
    opts = [(x, y, bowl) for x in w.blocks for y in w.blocks for bowl in w.bowls
            if x != y and s.base(x) != BIN and s.base(y) != bowl and _room(s, bowl)]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = f"Right then: first the {x} goes in the bin, then the {y} goes in the {bowl}. Easy peasy lemon squeezy."
    return _made(w, text, _act(rels(Rel("in_bin", x), Rel("in", y, bowl))))


def t220_multi_intern(w: World) -> Made:
    s = w.state
    opts = [(x, y, bowl) for x, y in _stacked_pairs(w) for bowl in w.bowls
            if s.base(y) != bowl and _room(s, bowl, 2)]
    if not opts:
        return None
    x, y, bowl = w.rng.choice(opts)
    text = (f"Sorry, could you first lift the {x} off the {y}, then put the {y} in the {bowl}, "
            f"and then put the {x} back on top of it? If that's okay.")
    return _made(w, text, _act(rels(Rel("in", y, bowl), Rel("on", x, y))))


def t220_multi_swedish(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    x, y = w.pick(w.blocks, 2)
    place = w.rng.choice(list(PLACES))
    text = f"First put the {x} in the {place}, after that you put the {y} on the {x}."
    return _made(w, text, _act(rels(Rel("at", x, place), Rel("on", y, x))))


def t220_multi_gardener3(w: World) -> Made:
    s = w.state
    bowls = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = s.in_bowl(bowl)
    opts = [b for b in w.blocks if b not in inside]
    if not opts:
        return None
    x = w.rng.choice(opts)
    text = (f"Empty the {bowl} into the bin first, then put the {x} in it. "
            "Like clearing a bed before you replant.")
    return _made(w, text, _act(binned(inside), rels(Rel("in", x, bowl))))


def t220_multi_lister(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x, y, z = w.pick(w.blocks, 3)
    text = f"1. {x} on the table\n2. {y} on the {x}\n3. {z} on the {y}"
    return _made(w, text, _act(rels(Rel("on_table", x), Rel("on", y, x), Rel("on", z, y))))


def t220_multi_plain(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = s.base(x)
    opts = [b for b in w.blocks if s.base(b) != bowl]
    if not opts:
        return None
    y = w.rng.choice(opts)
    slots = [b for b in w.blocks if s.support[b] == bowl and b != x]
    if len(slots) + 1 > _CAP:
        return None
    text = f"Take the {x} out of the {bowl}, then put the {y} in there instead."
    return _made(w, text, _act(rels(Rel("in", x, bowl, negated=True), Rel("in", y, bowl))))


# ----- questions --------------------------------------------------------------------------------------
def t220_q_dad(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks are in the {bowl}? Asking for a friend. The friend is me.", answered(str(n))


def t220_q_intern(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        x = w.rng.choice(w.blocks)
        opts = [y for y in w.blocks if y != x and y not in _below(s, x) and x not in _below(s, y)]
        if not opts:
            return None
        y = w.rng.choice(opts)
        flag = False
    text = f"Sorry, is the {x} on the {y}? I think it might be, but I'm not sure."
    return text, answered(yes(flag))


def t220_q_swedish(w: World) -> Made:
    s = w.state
    opts = [b for b in w.blocks if s.support[b] in s.bowls]
    if not opts:
        return None
    b = w.rng.choice(opts)
    return f"Where is the {b}? I can not find it on the table.", answered(s.support[b])


def t220_q_gardener3(w: World) -> Made:
    pairs = _stacked_pairs(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"What's sitting on top of the {below}? Hope it's not slugs.", answered(top)


def t220_q_lister(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    pairs = _stacked_pairs(w)
    if not bowls or not pairs:
        return None
    bowl = w.rng.choice(bowls)
    n = len(w.state.in_bowl(bowl))
    top, below = w.rng.choice(pairs)
    text = (f"two quick ones:\n1. how many blocks are in the {bowl}?\n"
            f"2. what colour is the block on top of the {below}?")
    return text, answered(f"{n}|{w.colour(top)}")


def t220_q_plain(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    flag = not w.state.is_clear(x)
    text = f"Is there anything on the {x}? And how many blocks are there altogether?"
    return text, answered(f"{yes(flag)}|{len(w.blocks)}")


# ----- matching ---------------------------------------------------------------------------------------
def t220_match_dad(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    text = "Put each block in the bowl that's the same colour as it. Colour-coordinated, like my socks and sandals."
    return _made(w, text, _act(rels(*want)))


def t220_match_intern(w: World) -> Made:
    s = w.state
    opts = [r for r in matching(w) if s.base(r.block) != r.target and _room(s, r.target)]
    if not opts:
        return None
    r = w.rng.choice(opts)
    text = (f"Sorry, could you put the {r.block} in the bowl that's the same colour as it? "
            f"I think there's a {w.colour(r.block)} one somewhere.")
    return _made(w, text, _act(rels(r)))


def t220_match_swedish(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    text = "Can you put the blocks in the bowls that have same colour as them? The other blocks can stay."
    return _made(w, text, _act(rels(*want)))


def t220_match_gardener3(w: World) -> Made:
    s = w.state
    refs = matching(w)
    if not refs:
        return None
    ref = w.rng.choice(refs)
    bowl = ref.target
    opts = [b for b in w.blocks if b != ref.block and s.base(b) != bowl] if _room(s, bowl) else []
    if not opts:
        return None
    x = w.rng.choice(opts)
    text = f"Put the {x} in the bowl that's the same colour as the {ref.block}, like sorting seed packets."
    return _made(w, text, _act(rels(Rel("in", x, bowl))))


def t220_match_lister(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in _matched(w)]
    text = "- blocks into the bowls of the same colour\n- any block with no bowl of its colour -> bin"
    return _made(w, text, _act(rels(*want), binned(rest)))


def t220_match_plain(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    s = w.state
    rest = [b for b in w.blocks if b not in _matched(w)]
    moving = [r.block for r in want if not holds(r, s)]
    if not all(_free_of(s, b, *moving) for b in rest):
        return None
    text = "Put every block whose colour matches one of the bowls into that bowl, and leave the rest where they are."
    return _made(w, text, _act(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("dad", "intern", "swedish", "gardener3", "lister", "plain")
FRESH220: list[Template] = [
    (f"t220_{short}_{style}", category, globals()[f"t220_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
