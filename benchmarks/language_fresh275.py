"""`FRESH275`, the two-hundred-and-seventy-sixth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing into the chat window for the first time. The jobs are
the everyday ones (a block into a bowl, onto another block or to a named place, towers, sorting by colour, clearing
a bowl or the table into the bin, leaving some things as they are, and plain questions, one or two in a message),
said in six voices:
- florist: a gentle florist who talks of arrangements: "I'd love to see the blue block sitting in the yellow bowl, if
  you would."
- spanish3: a Spanish speaker writing English with small slips, object names right: "I want that the green block is
  on the red block, please."
- magician: a stage magician, showy patter around a clear request: "Watch closely! Every block on the table shall
  vanish into the green bowl!"
- engineer: an engineer, terse and exact: "1) red block -> bin. 2) blue block -> middle."
- student: a university student, casual, abbreviations now and then: "can u stack the yellow block on the pink block,
  leave the stuff in the bowls alone tho"
- plain56: a plain, ordinary adult with no quirks: "Move the white block to the bottom left corner and keep the blue
  block where it is."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on ceac69d, the code of 0b81cdb, before anything it could prompt): 0.8333
goal-correct (250 of 300), 40 refused, 10 wrong actions. The wrong actions: a Spanish speaker's 'X must to be on the
table, no on top of Y.' did nothing (5); a magician's 'And when the curtain rises, X will be sitting upon Y! Make it
so!' put X on Y and then on the table (5). The refusals: a magician's 'Behold! With a wave of my wand, send X to the
corner!', a tower 'crowning it on top', 'X leaps onto Y, yet Z shall not move an inch!', 'Tell my audience, is X in W?'
and 'Every block shall find the bowl of its own colour, and any block with no such bowl vanishes into the bin! Presto!',
a florist's 'each bowl to hold exactly one block, a single bloom per vase, as it were', a Spanish speaker's 'Take out
all the blocks from W, but don't put them in the bin', an engineer's 'W: only the block of the same colour in it.
Everything else out.'
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
from sim.core.symbolic import SymState

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]


# ----- helpers ------------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's sentence and check, or None when the goal already holds in the scene."""
    c = _act(check)
    return None if c(w.state, w.state) else (text, c)


def _below(s: SymState, b: str) -> list[str]:
    """Every block under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support and cur not in out:
        out.append(cur)
        cur = s.support[cur]
    return out


def _chain(s: SymState, b: str) -> list[str]:
    """Every block in the tower that holds `b`."""
    return [*_below(s, b), b, *s.above(b)]


def _on_table(s: SymState, b: str) -> bool:
    return s.base(b) in (TABLE, *PLACES)


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _can_stack(s: SymState, top: str, below: str) -> bool:
    """Whether `top` can go on `below`: different towers on the table, and the tower stays low enough."""
    if top == below or top in _chain(s, below) or not _on_table(s, below):
        return False
    return len(_below(s, below)) + 2 <= layout.MAX_TOWER


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w.state, a, b)]
    return w.rng.choice(pairs) if pairs else None


def _free_place(w: World, places: tuple[str, ...] | list[str] = PLACES) -> str:
    return w.rng.choice(list(places))


def _bowl_for(w: World, block: str) -> str | None:
    """A bowl the block is not in that has room for it."""
    s = w.state
    ok = [bw for bw in w.bowls if s.base(block) != bw and _room(s, bw)]
    return w.rng.choice(ok) if ok else None


def _unique_min(w: World, key, margin: float = 0.03) -> str | None:
    """The block with the smallest key, when it is clearly the smallest (stacked blocks share a position)."""
    ranked = sorted(w.blocks, key=key)
    if len(ranked) < 2 or key(ranked[1]) - key(ranked[0]) < margin:
        return None
    return ranked[0]


def _unmatched(w: World) -> list[str]:
    colours = {w.colour(bw) for bw in w.bowls}
    return [b for b in w.blocks if w.colour(b) not in colours]


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one tower, in any order, standing on the table, a place or in a bowl (not in the bin)."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in f.support]
        if len(bottoms) != 1 or f.base(bottoms[0]) == BIN:
            return False
        chain = [bottoms[0], *f.above(bottoms[0])]
        return sorted(chain) == sorted(blocks)

    return check


def _n_word(n: int) -> str:
    return ["zero", "one", "two", "three", "four", "five", "six"][n]


# ----- imperative ---------------------------------------------------------------------------------------
def t275_imp_florist(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    bowl = _bowl_for(w, block)
    if bowl is None:
        return None
    text = f"Could you place the {block} gently into the {bowl}, please? I think it belongs there."
    return _made(w, text, rels(Rel("in", block, bowl)))


def t275_imp_spanish3(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = f"Please, put the {a} on top of the {b}."
    return _made(w, text, rels(Rel("on", a, b)))


def t275_imp_magician(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    place = _free_place(w)
    text = f"Behold! With a wave of my wand, send the {block} to the {place}!"
    return _made(w, text, rels(Rel("at", block, place)))


def t275_imp_engineer(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    return _made(w, f"Move {block} to bin.", binned([block]))


def t275_imp_student(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = f"can u stack the {a} on the {b}"
    return _made(w, text, rels(Rel("on", a, b)))


def t275_imp_plain56(w: World) -> Made:
    s = w.state
    inside = [b for b in w.in_bowls() if s.support[b] in s.bowls]
    if not inside:
        return None
    block = w.rng.choice(inside)
    text = f"Take the {block} out of the {s.support[block]} and put it on the table."
    return _made(w, text, rels(Rel("on_table", block)))


# ----- declarative --------------------------------------------------------------------------------------
def t275_dec_florist(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    bowl = _bowl_for(w, block)
    if bowl is None:
        return None
    text = f"The {block} should rest in the {bowl}; it would finish the arrangement nicely."
    return _made(w, text, rels(Rel("in", block, bowl)))


def t275_dec_spanish3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"The {top} must to be on the table, no on top of the {below}."
    return _made(w, text, rels(Rel("on_table", top)))


def t275_dec_magician(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = f"And when the curtain rises, the {a} will be sitting upon the {b}! Make it so!"
    return _made(w, text, rels(Rel("on", a, b)))


def t275_dec_engineer(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    place = _free_place(w)
    text = f"Target state: {block} in the {place}."
    return _made(w, text, rels(Rel("at", block, place)))


def t275_dec_student(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"ok so the {bowl} should be empty by the end", empty(bowl))


def t275_dec_plain56(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"The {a} and the {b} both belong in the bin."
    return _made(w, text, binned([a, b]))


# ----- desiderative -------------------------------------------------------------------------------------
def t275_des_florist(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    bowl = _bowl_for(w, block)
    if bowl is None:
        return None
    text = f"I'd love to see the {block} sitting in the {bowl}, if you would."
    return _made(w, text, rels(Rel("in", block, bowl)))


def t275_des_spanish3(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    text = f"I want that the {a} is on the {b}, please."
    return _made(w, text, rels(Rel("on", a, b)))


def t275_des_magician(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = (f"My wish, esteemed audience, is a tower: the {a} at the bottom, the {b} above it, "
            f"and the {c} crowning it on top!")
    tower = _one_tower([a, b, c])  # one tower of the three, bottom to top as said, nothing above the top
    return _made(w, text, both(tower, rels(Rel("on", b, a), Rel("on", c, b), Rel("clear", c))))


def t275_des_engineer(w: World) -> Made:
    block = w.rng.choice(w.blocks)
    place = _free_place(w, CORNERS)
    text = f"I want the {block} in the {place}."
    return _made(w, text, rels(Rel("at", block, place)))


def t275_des_student(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"id like the {top} off the {below} and on the table pls"
    return _made(w, text, rels(Rel("on_table", top)))


def t275_des_plain56(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"I'd like the {bowl} emptied into the bin, please."
    return _made(w, text, both(binned(inside), empty(bowl)))


# ----- quantified ---------------------------------------------------------------------------------------
def t275_qua_florist(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    text = "I'd like each bowl to hold exactly one block, a single bloom per vase, as it were."
    return _made(w, text, both(*(count_in(bw, 1) for bw in w.bowls)))


def t275_qua_spanish3(w: World) -> Made:
    return _made(w, "Please put all the blocks in the bin, all of them.", binned(w.blocks))


def t275_qua_magician(w: World) -> Made:
    s = w.state
    loose = s.on_the_table()
    ok = [bw for bw in w.bowls if loose and _room(s, bw, len(loose))]
    if not ok:
        return None
    bowl = w.rng.choice(ok)
    text = f"Watch closely! Every block on the table shall vanish into the {bowl}!"
    return _made(w, text, rels(*(Rel("in", b, bowl) for b in loose)))


def t275_qua_engineer(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    options = [n for n in range(1, min(layout.BOWL_CAPACITY, len(w.blocks)) + 1) if n != now]
    n = w.rng.choice(options)
    text = f"Exactly {n} blocks in the {bowl}." if n > 1 else f"Exactly 1 block in the {bowl}."
    return _made(w, text, count_in(bowl, n))


def t275_qua_student(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _made(w, "put every block thats in a bowl into the bin", binned(inside))


def t275_qua_plain56(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    text = f"Stack all {_n_word(len(w.blocks))} blocks into one tower, please."
    return _made(w, text, _one_tower(w.blocks))


# ----- negated ------------------------------------------------------------------------------------------
def t275_neg_florist(w: World) -> Made:
    keep = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != keep]
    text = f"Could you move every block into the bin except the {keep}? I'd like to hold on to that one."
    return _made(w, text, both(binned(rest), none_binned([keep])))


def t275_neg_spanish3(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"Take out all the blocks from the {bowl}, but don't put them in the bin."
    return _made(w, text, both(empty(bowl), none_binned(inside)))


def t275_neg_magician(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    text = f"All but the {a} and the {b} shall disappear into the bin, ladies and gentlemen!"
    return _made(w, text, both(binned(rest), none_binned([a, b])))


def t275_neg_engineer(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Take {top} off {below}. Do not bin it."
    return _made(w, text, both(rels(Rel("on", top, below, negated=True)), none_binned([top])))


def t275_neg_student(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    block = w.rng.choice(inside)
    bowl = w.state.base(block)
    text = f"get the {block} out of the {bowl} but dont put it in the bin"
    return _made(w, text, both(rels(Rel("in", block, bowl, negated=True)), none_binned([block])))


def t275_neg_plain56(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    text = f"Put every block in the bin except the ones in the {bowl}."
    return _made(w, text, both(binned(rest), none_binned(inside)))


# ----- relative -----------------------------------------------------------------------------------------
def t275_rel_florist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_for(w, top)
    if bowl is None:
        return None
    text = f"The block resting on top of the {below}, could you set it in the {bowl} for me?"
    return _made(w, text, rels(Rel("in", top, bowl)))


def t275_rel_spanish3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Put the block that is under the {top} in the bin, please."
    return _made(w, text, binned([below]))


def t275_rel_magician(w: World) -> Made:
    bowls = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    block = _unique_min(w, lambda b: w.dist(b, bowl))
    if block is None:
        return None
    text = f"The block nearest the {bowl}... abracadabra... into the bin it goes!"
    return _made(w, text, binned([block]))


def t275_rel_engineer(w: World) -> Made:
    block = _unique_min(w, w.y)
    if block is None:
        return None
    place = _free_place(w)
    text = f"Leftmost block -> {place}."
    return _made(w, text, rels(Rel("at", block, place)))


def t275_rel_student(w: World) -> Made:
    s = w.state
    single = [bw for bw in w.bowls if len(s.in_bowl(bw)) == 1]
    if not single:
        return None
    src = w.rng.choice(single)
    block = s.in_bowl(src)[0]
    dests = [bw for bw in w.bowls if bw != src and _room(s, bw)]
    if not dests:
        return None
    dest = w.rng.choice(dests)
    text = f"move the block in the {src} over to the {dest}"
    return _made(w, text, rels(Rel("in", block, dest)))


def t275_rel_plain56(w: World) -> Made:
    s = w.state
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and s.on_top(b)]
    if len(bottoms) != 1:
        return None
    top = s.above(bottoms[0])[0]
    return _made(w, "Put the top block of the tower in the bin.", binned([top]))


# ----- keep ---------------------------------------------------------------------------------------------
def t275_keep_florist(w: World) -> Made:
    block, other = w.pick(w.blocks, 2)
    bowl = _bowl_for(w, block)
    if bowl is None or other in w.state.above(block):
        return None
    text = f"Please put the {block} in the {bowl}, but leave the {other} just where it is."
    return _made(w, text, both(rels(Rel("in", block, bowl)), kept(other)))


def t275_keep_spanish3(w: World) -> Made:
    s = w.state
    ok = [b for b in w.blocks if s.support[b] not in s.support]
    keep = w.rng.choice(ok)
    rest = [b for b in w.blocks if b != keep]
    text = f"Put all the blocks in the bin, but the {keep} stay where it is."
    return _made(w, text, both(binned(rest), kept(keep)))


def t275_keep_magician(w: World) -> Made:
    pair = _stack_pair(w)
    if pair is None:
        return None
    a, b = pair
    s = w.state
    others = [x for x in w.blocks if x not in (a, b) and x not in s.above(a) and x not in s.above(b)]
    if not others:
        return None
    keep = w.rng.choice(others)
    text = f"For my next trick the {a} leaps onto the {b}, yet the {keep} shall not move an inch!"
    return _made(w, text, both(rels(Rel("on", a, b)), kept(keep)))


def t275_keep_engineer(w: World) -> Made:
    s = w.state
    ok = [b for b in w.blocks if s.is_clear(b)]
    block = w.rng.choice(ok)
    place = _free_place(w)
    rest = [b for b in w.blocks if b != block]
    text = f"{_cap(block)} to the {place}. No other block moves."
    return _made(w, text, both(rels(Rel("at", block, place)), kept(*rest)))


def t275_keep_student(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if not inside:
        return None
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if a not in inside and _can_stack(s, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"can u stack the {a} on the {b}, leave the stuff in the bowls alone tho"
    return _made(w, text, both(rels(Rel("on", a, b)), kept(*inside)))


def t275_keep_plain56(w: World) -> Made:
    block, other = w.pick(w.blocks, 2)
    if other in w.state.above(block):
        return None
    place = _free_place(w, CORNERS)
    text = f"Move the {block} to the {place} and keep the {other} where it is."
    return _made(w, text, both(rels(Rel("at", block, place)), kept(other)))


# ----- multi_step ---------------------------------------------------------------------------------------
def t275_multi_florist(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_for(w, top)
    if bowl is None:
        return None
    text = f"First, lift the {top} off the {below}, then set it down in the {bowl}."
    return _made(w, text, rels(Rel("in", top, bowl)))


def t275_multi_spanish3(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    ok = [bw for bw in w.bowls if _room(s, bw, 2 - sum(s.base(x) == bw for x in (a, b)))]
    if not ok:
        return None
    bowl = w.rng.choice(ok)
    text = f"First put the {a} in the {bowl}, and after put the {b} on the {a}."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def t275_multi_magician(w: World) -> Made:
    s = w.state
    pairs = [(t, u) for t, u in w.pairs() if _on_table(s, u)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    others = [x for x in w.blocks if x not in _chain(s, below)]
    if not others:
        return None
    new = w.rng.choice(others)
    text = f"First the {top} vanishes into the bin, then the {new} takes its place on the {below}. Ta-da!"
    return _made(w, text, both(binned([top]), rels(Rel("on", new, below))))


def t275_multi_engineer(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"1) {_cap(a)} -> bin. 2) {_cap(b)} -> middle."
    return _made(w, text, both(binned([a]), rels(Rel("at", b, MIDDLE))))


def t275_multi_student(w: World) -> Made:
    s = w.state
    full = [bw for bw in w.bowls if s.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in w.blocks if s.base(b) != bowl]
    if not outside:
        return None
    block = w.rng.choice(outside)
    text = f"first take everything out of the {bowl} then put the {block} in it"
    return _made(w, text, lambda _i, f: f.in_bowl(bowl) == [block])


def t275_multi_plain56(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"Move the {a} to the middle, then stack the {b} on top of it."
    return _made(w, text, rels(Rel("at", a, MIDDLE), Rel("on", b, a)))


# ----- question -----------------------------------------------------------------------------------------
def t275_q_florist(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return f"How many blocks are in the {bowl} at the moment?", answered(str(len(w.state.in_bowl(bowl))))


def t275_q_spanish3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"Where is the {top}? I don't find it.", answered(below)


def t275_q_magician(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        block = w.rng.choice(inside)
        bowl = w.state.base(block) if w.rng.random() < 0.7 else w.rng.choice(w.bowls)
    else:
        block, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    flag = holds(Rel("in", block, bowl), w.state)
    return f"Tell my audience, is the {block} in the {bowl}?", answered(yes(flag))


def t275_q_engineer(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.6:
        top, below = w.rng.choice(pairs)
        return f"What is on the {below}?", answered(top)
    clear = [b for b in w.blocks if s.is_clear(b) and _on_table(s, b)]
    if not clear:
        return None
    return f"What is on the {w.rng.choice(clear)}?", answered("nothing")


def t275_q_student(w: World) -> Made:
    s = w.state
    ok = [b for b in w.blocks if s.support[b] == TABLE or s.support[b] in s.bowls]
    if not ok:
        return None
    block = w.rng.choice(ok)
    flag = s.support[block] == TABLE
    text = f"how many bowls r there? and is the {block} on the table"
    return text, answered(f"{len(w.bowls)}|{yes(flag).lower()}")


def t275_q_plain56(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    block = w.rng.choice(inside)
    return f"Which bowl is the {block} in?", answered(w.state.base(block))


# ----- matching -----------------------------------------------------------------------------------------
def t275_match_florist(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Could you put each block into the bowl of its own colour? Colours together always look so pretty."
    return _made(w, text, rels(*want))


def t275_match_spanish3(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Put the block of the same colour as the {r.target} inside of it, please."
    return _made(w, text, rels(r))


def t275_match_magician(w: World) -> Made:
    want = matching(w)
    rest = _unmatched(w)
    if not want or not rest:
        return None
    text = ("Every block shall find the bowl of its own colour, and any block with no such bowl vanishes "
            "into the bin! Presto!")
    return _made(w, text, both(rels(*want), binned(rest)))


def t275_match_engineer(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    r = w.rng.choice(want)
    bowl = r.target
    text = f"{_cap(bowl)}: only the block of the same colour in it. Everything else out."
    return _made(w, text, lambda _i, f: f.in_bowl(bowl) == [r.block])


def t275_match_student(w: World) -> Made:
    s = w.state
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(s.base(b))]
    if not wrong:
        return None
    text = "take any block thats in a bowl of a different colour out and put it on the table"
    return _made(w, text, rels(*(Rel("on_table", b) for b in wrong)))


def t275_match_plain56(w: World) -> Made:
    want = matching(w)
    rest = _unmatched(w)
    if not want or not rest:
        return None
    s = w.state
    moving = {r.block for r in want}
    if any(x in s.above(m) for m in moving for x in rest):
        return None
    text = "Put each block that has a bowl of the same colour into that bowl, and leave the others where they are."
    return _made(w, text, both(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("florist", "spanish3", "magician", "engineer", "student", "plain56")
FRESH275: list[Template] = [
    (f"t275_{short}_{style}", category, globals()[f"t275_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
