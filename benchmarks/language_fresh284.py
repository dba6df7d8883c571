"""`FRESH284`, the two-hundred-and-eighty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each a first-time user typing into the chat window in their own
plain words. The jobs are the everyday ones: a block into a bowl, onto another block or to a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). The six personas:
- pharma2: a pharmacist, exact and tidy: "Please place the red block in the blue bowl. Thank you."
- greek2: a Greek speaker writing English with small slips: "The red block it must be on the blue block."
- announcer: a radio announcer: "Next up on the programme: move the red block over to the middle of the table."
- crafter: a crafter who talks of projects and pieces: "Grab the red block and set it down on the blue block."
- busy_dad: a busy dad, short on time: "toss the red block in the bin pls, in a rush"
- plain65: a plain, ordinary adult: "Could you take the red block out of the blue bowl and put it on the table?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2a4bd06, the code of 48468db, before anything it could prompt): 0.8333
goal-correct (250 of 300), 45 refused, 5 wrong actions, no wrong reply. The wrong actions: an announcer's 'What I'd love
to see, dear listeners, is X resting in W.' described the table (5). The refusals: a busy dad's 'pls, in a rush', an
announcer's 'folks, and that's right where it ought to end up', 'That X in W? It doesn't belong there. Move it anywhere
you like, friends, just not into the bin.', 'We're clearing W into the bin tonight, friends, but X stays right where it
is' and 'First up, X heads to the middle of the table; and then Y joins it, right on top', a crafter's 'In my design',
'My goal for this project is a little tower: ...' and 'Bin every piece that isn't in a bowl. The ones in the bowls I'm
keeping for my project.', a Greek speaker's 'take X from Y and put on the table, after this Y you put in the bin'.
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
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


# ----- helpers -----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _place_words(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _height(s: SymState, block: str) -> int:
    """How high `block` sits in its tower (1 when it rests on the table, a bowl or a place)."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _room(s: SymState, bowl: str, k: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _lone(s: SymState, block: str) -> bool:
    """Alone: on nothing but the table, a place or a bowl, with nothing on it."""
    return s.support[block] not in s.support and s.is_clear(block) and s.base(block) != BIN


def _targets(w: World, a: str) -> list[str]:
    """Clear blocks that the clear block `a` may go on."""
    s = w.state
    return [b for b in w.clear_blocks() if b != a and s.support[a] != b and _height(s, b) < layout.MAX_TOWER]


def _clear_pairs(w: World) -> list[tuple[str, str]]:
    """(top, below) where the top block has nothing on it."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t) and w.state.base(b) != BIN]


def _not_on_block(block: str) -> Check:
    return lambda _i, f: f.support[block] not in f.support and f.base(block) != BIN


def _only_in(bowl: str, block: str) -> Check:
    return lambda _i, f: f.in_bowl(bowl) == [block]


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _extreme(w: World, bowl: str, farthest: bool) -> str | None:
    """The block nearest (or farthest from) `bowl`, when it stands alone and clearly wins."""
    s = w.state
    cands = sorted((w.dist(b, bowl), b) for b in w.blocks if s.base(b) not in (bowl, BIN))
    if farthest:
        cands = cands[::-1]
    if len(cands) < 2 or not _lone(s, cands[0][1]) or abs(cands[0][0] - cands[1][0]) < 0.03:
        return None
    return cands[0][1]


# ----- imperative --------------------------------------------------------------------------------------
def t284_imp_pharma2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    bowl = _one(w, [o for o in w.bowls if _room(w.state, o)]) if a else None
    if not a or not bowl:
        return None
    return _made(w, f"Please place the {a} in the {bowl}. Thank you.", _act(rels(Rel("in", a, bowl))))


def t284_imp_greek2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    b = _one(w, _targets(w, a)) if a else None
    if not a or not b:
        return None
    return _made(w, f"Please take the {a} and you put it on top the {b}.", _act(rels(Rel("on", a, b))))


def t284_imp_announcer(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    place = _one(w, list(PLACES))
    text = f"Next up on the programme: move the {a} over to {_place_words(place)}, if you please."
    return _made(w, text, _act(rels(Rel("at", a, place))))


def t284_imp_crafter(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    b = _one(w, _targets(w, a)) if a else None
    if not a or not b:
        return None
    text = f"Grab the {a} and set it down on the {b}, that's the next piece of my project."
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t284_imp_busy_dad(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    return _made(w, f"toss the {a} in the bin pls, in a rush", _act(binned([a])))


def t284_imp_plain65(w: World) -> Made:
    a = _one(w, [b for b in w.clear_blocks() if w.state.base(b) in w.bowls])
    if not a:
        return None
    bowl = w.state.base(a)
    text = f"Could you take the {a} out of the {bowl} and put it on the table?"
    return _made(w, text, _act(rels(Rel("on_table", a))))


# ----- declarative -------------------------------------------------------------------------------------
def t284_dec_pharma2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    bowl = _one(w, [o for o in w.bowls if _room(w.state, o) and w.state.base(a) != o]) if a else None
    if not a or not bowl:
        return None
    return _made(w, f"The {a} should be in the {bowl}.", _act(rels(Rel("in", a, bowl))))


def t284_dec_greek2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    b = _one(w, _targets(w, a)) if a else None
    if not a or not b:
        return None
    return _made(w, f"The {a} it must be on the {b}.", _act(rels(Rel("on", a, b))))


def t284_dec_announcer(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    text = f"The {a} belongs in the bin, folks, and that's right where it ought to end up."
    return _made(w, text, _act(binned([a])))


def t284_dec_crafter(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    place = _one(w, list(PLACES))
    where = "in the middle of the table" if place == "middle" else f"in the {place}"
    return _made(w, f"In my design the {a} goes {where}.", _act(rels(Rel("at", a, place))))


def t284_dec_busy_dad(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not bowl:
        return None
    return _made(w, f"the {bowl} needs to be empty before dinner", _act(empty(bowl)))


def t284_dec_plain65(w: World) -> Made:
    a = _one(w, [b for b in w.clear_blocks() if w.state.base(b) in w.bowls])
    if not a:
        return None
    text = f"The {a} should be sitting on the table, not in the {w.state.base(a)}."
    return _made(w, text, _act(rels(Rel("on_table", a))))


# ----- desiderative ------------------------------------------------------------------------------------
def t284_des_pharma2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    place = _one(w, list(PLACES))
    text = f"I would like the {a} placed at {_place_words(place)}, please."
    return _made(w, text, _act(rels(Rel("at", a, place))))


def t284_des_greek2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    return _made(w, f"I want that the {a} goes in the bin.", _act(binned([a])))


def t284_des_announcer(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    bowl = _one(w, [o for o in w.bowls if _room(w.state, o) and w.state.base(a) != o]) if a else None
    if not a or not bowl:
        return None
    text = f"What I'd love to see, dear listeners, is the {a} resting in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t284_des_crafter(w: World) -> Made:
    picked = w.pick([b for b in w.blocks if w.state.base(b) != BIN], 3)
    if not picked:
        return None
    a, b, c = picked

    def tower(_i: SymState, f: SymState) -> bool:
        return (f.support[b] == a and f.support[c] == b and f.support[a] not in f.support
                and f.base(a) != BIN and f.is_clear(c))

    text = (f"My goal for this project is a little tower: the {a} at the bottom, the {b} next, "
            f"and the {c} on top.")
    return _made(w, text, _act(tower))


def t284_des_busy_dad(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    b = _one(w, _targets(w, a)) if a else None
    if not a or not b:
        return None
    return _made(w, f"want the {a} on the {b}. thats all", _act(rels(Rel("on", a, b))))


def t284_des_plain65(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    pair = w.pick([b for b in w.clear_blocks() if s.base(b) != bowl], 2)
    if not pair or not _room(s, bowl, 2):
        return None
    a, b = pair
    text = f"I'd like the {a} and the {b} both in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


# ----- quantified --------------------------------------------------------------------------------------
def t284_qua_pharma2(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if not w.state.in_bowl(o)])
    if not bowl:
        return None
    text = f"The {bowl} is empty. Please put exactly two blocks in it; any two will do."
    return _made(w, text, _act(count_in(bowl, 2)))


def t284_qua_greek2(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not bowl:
        return None
    text = f"All the blocks from the {bowl}, please put them in the bin."
    return _made(w, text, _act(binned(w.state.in_bowl(bowl))))


def t284_qua_announcer(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 2 or s.in_bowls() or len(w.blocks) < len(w.bowls):
        return None
    text = "Tonight's lineup, friends: exactly one block in each bowl, no more and no less."
    return _made(w, text, _act(*(count_in(o, 1) for o in w.bowls)))


def t284_qua_crafter(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = "Take every piece out of the bowls and lay them all out flat on the table, please."
    return _made(w, text, _act(rels(*(Rel("on_table", b) for b in inside))))


def t284_qua_busy_dad(w: World) -> Made:
    return _made(w, "all the blocks in the bin. every single one", _act(binned(w.blocks)))


def t284_qua_plain65(w: World) -> Made:
    s = w.state
    out = s.on_the_table()
    bowl = _one(w, [o for o in w.bowls if _room(s, o, len(out))])
    if len(out) < 2 or not bowl:
        return None
    text = f"Please put every block that's on the table into the {bowl}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in out))))


# ----- negated -----------------------------------------------------------------------------------------
def t284_neg_pharma2(w: World) -> Made:
    a = _one(w, w.blocks)
    others = [b for b in w.blocks if b != a]
    text = f"Please put every block except the {a} in the bin."
    return _made(w, text, _act(binned(others), none_binned([a])))


def t284_neg_greek2(w: World) -> Made:
    a = _one(w, w.blocks)
    others = [b for b in w.blocks if b != a]
    if len(others) < 2 or len(others) > layout.BOWL_CAPACITY:
        return None
    bowl = _one(w, w.bowls)
    want = [Rel("in", b, bowl) for b in others] + [Rel("in", a, bowl, negated=True)]
    text = f"All the blocks put them in the {bowl}, but not the {a}."
    return _made(w, text, _act(rels(*want)))


def t284_neg_announcer(w: World) -> Made:
    a = _one(w, [b for b in w.clear_blocks() if w.state.base(b) in w.bowls])
    if not a:
        return None
    bowl = w.state.base(a)
    text = (f"That {a} in the {bowl}? It doesn't belong there. Move it anywhere you like, friends, "
            f"just not into the bin.")
    want = rels(Rel("in", a, bowl, negated=True), Rel("in_bin", a, negated=True))
    return _made(w, text, _act(want))


def t284_neg_crafter(w: World) -> Made:
    s = w.state
    out, inside = s.on_the_table(), s.in_bowls()
    if not out or not inside:
        return None
    text = "Bin every piece that isn't in a bowl. The ones in the bowls I'm keeping for my project."
    return _made(w, text, _act(binned(out), none_binned(inside)))


def t284_neg_busy_dad(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY * len(w.bowls):
        return None

    def all_in_bowls(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) in f.bowls for b in f.blocks)

    text = "no blocks left on the table pls. put them all in the bowls, not the bin"
    return _made(w, text, _act(all_in_bowls))


def t284_neg_plain65(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in _clear_pairs(w)])
    if not pair:
        return None
    a, b = pair.split("|")
    text = f"Take the {a} off the {b}. I don't want it stacked on any block, and please don't throw it away."
    return _made(w, text, _act(_not_on_block(a)))


# ----- relative ----------------------------------------------------------------------------------------
def t284_rel_pharma2(w: World) -> Made:
    s = w.state
    pair = _one(w, [f"{t}|{b}" for t, b in _clear_pairs(w)])
    if not pair:
        return None
    t, b = pair.split("|")
    bowl = _one(w, [o for o in w.bowls if _room(s, o) and s.base(b) != o])
    if not bowl:
        return None
    text = f"Please move the block that is on top of the {b} into the {bowl}."
    return _made(w, text, _act(rels(Rel("in", t, bowl))))


def t284_rel_greek2(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in w.pairs() if w.state.base(b) != BIN])
    if not pair:
        return None
    a, b = pair.split("|")
    text = f"The block that is under the {a}, please you throw it in the bin."
    return _made(w, text, _act(binned([b]), none_binned([a])))


def t284_rel_announcer(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if not w.state.in_bowl(o)])
    a = _extreme(w, bowl, farthest=False) if bowl else None
    if not a:
        return None
    text = f"The block closest to the {bowl}, that's our star tonight. Into the {bowl} it goes!"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t284_rel_crafter(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in _clear_pairs(w)])
    if not pair:
        return None
    t, b = pair.split("|")
    place = _one(w, list(PLACES))
    text = f"Whatever piece is sitting on the {b}, move it over to {_place_words(place)}."
    return _made(w, text, _act(rels(Rel("at", t, place))))


def t284_rel_busy_dad(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if _room(w.state, o)])
    a = _extreme(w, bowl, farthest=True) if bowl else None
    if not a:
        return None
    text = f"grab whichever block is farthest from the {bowl} and drop it in there"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t284_rel_plain65(w: World) -> Made:
    s = w.state
    a = _one(w, [b for b in w.blocks if _lone(s, b)])
    if not a:
        return None
    cands = sorted((w.dist(a, b), b) for b in w.blocks if b != a and s.base(b) != BIN)
    if not cands or not _lone(s, cands[0][1]) or (len(cands) > 1 and cands[1][0] - cands[0][0] < 0.03):
        return None
    b = cands[0][1]
    text = f"Put the {a} on top of the block that's closest to it."
    return _made(w, text, _act(rels(Rel("on", a, b))))


# ----- keep --------------------------------------------------------------------------------------------
def t284_keep_pharma2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    b = _one(w, [x for x in w.blocks if x != a]) if a else None
    if not a or not b:
        return None
    text = f"Please put the {a} in the bin, and keep the {b} exactly where it is."
    return _made(w, text, _act(binned([a]), kept(b)))


def t284_keep_greek2(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    b = _one(w, _targets(w, a)) if a else None
    c = _one(w, [x for x in w.blocks if x not in (a, b)]) if b else None
    if not c:
        return None
    text = f"Put the {a} on the {b}, but the {c} don't move it, let it there."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(c)))


def t284_keep_announcer(w: World) -> Made:
    s = w.state
    bowl = _one(w, [o for o in w.bowls if s.in_bowl(o)])
    a = _one(w, [b for b in w.blocks if s.base(b) != bowl]) if bowl else None
    if not a:
        return None
    text = f"We're clearing the {bowl} into the bin tonight, friends, but the {a} stays right where it is."
    return _made(w, text, _act(binned(s.in_bowl(bowl)), kept(a)))


def t284_keep_crafter(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in _clear_pairs(w)])
    if not pair:
        return None
    c, b = pair.split("|")
    a = _one(w, [x for x in w.clear_blocks() if x not in (b, c)])
    if not a:
        return None
    place = _one(w, list(PLACES))
    text = (f"Move the {a} to {_place_words(place)}, but leave the stack of the {c} on the {b} just as it is; "
            f"that part of the project is done.")
    return _made(w, text, _act(rels(Rel("at", a, place)), kept(b, c)))


def t284_keep_busy_dad(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if not a:
        return None
    others = [b for b in w.blocks if b != a]
    return _made(w, f"bin the {a}, leave everything else alone", _act(binned([a]), kept(*others)))


def t284_keep_plain65(w: World) -> Made:
    s = w.state
    bowl = _one(w, [o for o in w.bowls if s.in_bowl(o)])
    if not bowl:
        return None
    inside = s.in_bowl(bowl)
    others = [b for b in w.blocks if b not in inside]
    if not others:
        return None
    text = f"Could you put all the blocks in the bin except the ones in the {bowl}? Leave those where they are."
    return _made(w, text, _act(binned(others), kept(*inside)))


# ----- multi-step --------------------------------------------------------------------------------------
def t284_multi_pharma2(w: World) -> Made:
    s = w.state
    bowl = _one(w, [o for o in w.bowls if _room(s, o, 2)])
    pair = w.pick([b for b in w.clear_blocks() if s.base(b) != bowl], 2) if bowl else []
    if not pair:
        return None
    a, b = pair
    text = f"First, place the {a} in the {bowl}. Then place the {b} on top of the {a}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t284_multi_greek2(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in _clear_pairs(w)])
    if not pair:
        return None
    a, b = pair.split("|")
    text = f"First you take the {a} from the {b} and put on the table, after this the {b} you put in the bin."
    return _made(w, text, _act(rels(Rel("on_table", a)), binned([b])))


def t284_multi_announcer(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    a, b = pair
    place = _one(w, list(PLACES))
    text = f"First up, the {a} heads to {_place_words(place)}; and then the {b} joins it, right on top."
    return _made(w, text, _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t284_multi_crafter(w: World) -> Made:
    s = w.state
    b = _one(w, [x for x in w.clear_blocks() if _height(s, x) + 2 <= layout.MAX_TOWER])
    pair = w.pick([x for x in w.clear_blocks() if x != b], 2) if b else []
    if not pair:
        return None
    a, c = pair
    text = f"Step one: put the {a} on the {b}. Step two: the {c} goes on the {a}. That's the piece finished."
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("on", c, a))))


def t284_multi_busy_dad(w: World) -> Made:
    s = w.state
    bowl = _one(w, [o for o in w.bowls if s.in_bowl(o)])
    a = _one(w, [b for b in w.clear_blocks() if s.base(b) != bowl]) if bowl else None
    if not a:
        return None
    return _made(w, f"empty the {bowl} then put the {a} in it", _act(_only_in(bowl, a)))


def t284_multi_plain65(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in _clear_pairs(w)])
    if not pair:
        return None
    a, b = pair.split("|")

    def a_not_binned(_i: SymState, f: SymState) -> bool:
        return f.base(a) != BIN

    text = f"Take the {a} off the {b}, then put the {b} on top of the {a}."
    return _made(w, text, _act(rels(Rel("on", b, a)), a_not_binned))


# ----- question ----------------------------------------------------------------------------------------
def t284_q_pharma2(w: World) -> Made:
    bowl = _one(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not bowl:
        return None
    n = len(w.state.in_bowl(bowl))
    return f"How many blocks are in the {bowl} at the moment, please?", answered(str(n))


def t284_q_greek2(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.pick(pairs)[0]
    else:
        cands = [(a, b) for a in w.blocks for b in w.blocks
                 if a != b and s.support[a] != b and b not in _below(s, a)]
        if not cands:
            return None
        a, b = w.pick(cands)[0]
    flag = holds(Rel("on", a, b), s)
    return f"Is the {a} on the {b}? I am not sure.", answered(yes(flag))


def t284_q_announcer(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in _clear_pairs(w)])
    if not pair:
        return None
    t, b = pair.split("|")
    return f"Tell our listeners: which block is sitting on top of the {b}?", answered(t)


def t284_q_crafter(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if w.state.support[b] in w.bowls])
    if not a:
        return None
    return f"Where is the {a} right now? I need that piece for my project.", answered(w.state.support[a])


def t284_q_busy_dad(w: World) -> Made:
    s = w.state
    bowl = _one(w, [o for o in w.bowls if s.in_bowl(o)])
    if not bowl:
        return None
    n = len(s.in_bowl(bowl))
    a = _one(w, w.blocks)
    flag = s.base(a) in w.bowls
    return f"how many blocks in the {bowl}? and is the {a} in a bowl", answered(f"{n}|{yes(flag)}")


def t284_q_plain65(w: World) -> Made:
    a = _one(w, w.state.in_bowls())
    if not a:
        return None
    return f"What colour is the bowl the {a} is in?", answered(w.colour(w.state.base(a)))


# ----- matching ----------------------------------------------------------------------------------------
def _bowl_of(w: World, colour: str) -> str | None:
    return next((o for o in w.bowls if w.colour(o) == colour), None)


def t284_match_pharma2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "Please put every block that has a bowl of the same colour into that bowl."
    return _made(w, text, _act(rels(*want)))


def t284_match_greek2(w: World) -> Made:
    a = _one(w, [b for b in w.blocks if _bowl_of(w, w.colour(b))])
    if not a:
        return None
    bowl = _bowl_of(w, w.colour(a))
    text = f"Put the {a} in the bowl that has the same colour with it."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t284_match_announcer(w: World) -> Made:
    s = w.state
    bowl = _one(w, [o for o in w.bowls if any(w.colour(b) == w.colour(o) for b in w.blocks) and _room(s, o)])
    if not bowl:
        return None
    a = next(b for b in w.blocks if w.colour(b) == w.colour(bowl))
    text = f"Here's one for you: the block that's the same colour as the {bowl}, into that bowl it goes!"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t284_match_crafter(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    loose = [b for b in w.blocks if not _bowl_of(w, w.colour(b))]
    text = ("Sort my pieces by colour: each block goes into the bowl of its own colour, and any block with no "
            "bowl of its colour goes in the bin.")
    return _made(w, text, _act(rels(*want), binned(loose)))


def t284_match_busy_dad(w: World) -> Made:
    s = w.state
    want = matching(w)
    matched = [r.block for r in want]
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest or any(m in _below(s, u) for u in rest for m in matched):
        return None
    text = "match the blocks to the bowls by colour, leave the rest where they are"
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t284_match_plain65(w: World) -> Made:
    s = w.state
    b = _one(w, [x for x in w.blocks if _bowl_of(w, w.colour(x))])
    bowl = _bowl_of(w, w.colour(b)) if b else None
    a = _one(w, [x for x in w.blocks if x != b and s.base(x) != bowl]) if bowl and _room(s, bowl) else None
    if not a:
        return None
    text = f"Could you put the {a} into the bowl that's the same colour as the {b}?"
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("pharma2", "greek2", "announcer", "crafter", "busy_dad", "plain65")
FRESH284: list[Template] = [
    (f"t284_{short}_{style}", category, globals()[f"t284_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
