"""`FRESH148`, the hundred-and-forty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is how long: people say how long a state should last ("for now", "for good", "temporarily", "until I say
otherwise", "from now on", "for a bit"), which does not change what must hold when the robot is done. "Put the red
block in the blue bowl for now" asks for the red block in the blue bowl at the end, exactly as the plain sentence
would; "just for a minute, stack X on Y" does not mean the robot should undo it afterwards; "keep the bowl empty from
now on" asks for an empty bowl now. Every sentence asks for a definite end state (or has a definite answer) and the
checks look only at that end state: the relations the words ask for, nothing left in the gripper, whatever the
sentence says to leave alone left where it was, and any free choice (where displaced blocks go, which bowl, which
two blocks) left free. Questions are plain questions about the scene as it is, with the duration words in the
speaker's framing ("before I bin it for good, is anything on it?"). The six styles:

- for_now: "for now, put the red block in the blue bowl" (also "for the time being", "for the moment")
- for_good: "throw the green block in the bin for good" (also "permanently", "once and for all")
- temporarily: "temporarily set the yellow block down on the table" (also "as a temporary measure")
- until_later: "park the cyan block in the top left corner until later" (also "until I say otherwise")
- from_now_on: "from now on, the pink bowl should be empty" (also "from here on", "going forward")
- for_a_while: "take the red block off the blue block and leave it on the table for a while" (also "for a bit",
  "just for a minute")

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d857f43, the code of f7d5699, after every fix before it and before anything
it could prompt): 0.70 goal-correct (210 of 300), 78 refused, 7 asked, 5 wrong, none of them actions: five wrong replies
to 'I want to put X in W temporarily. Is that bowl empty right now?' ('that bowl' was not read as W). Most refusals were
how long said at the start or end ('until I say otherwise', 'until later', 'for the time being', 'going forward', 'from
now on', 'as a temporary measure').
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
from sim.core.symbolic import SymState

_ON_TABLE = (TABLE, *PLACES)


# ----- helpers ---------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _out(w: World, text: str, *checks: Check) -> Made:
    """The instance, or None when the goal already holds (doing nothing must fail)."""
    check = both(_idle, *checks)
    if check(w.state, w.state):
        return None
    return text[0].upper() + text[1:], check


def _one(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _depth(s: SymState, b: str) -> int:
    """How many blocks high `b` stands (1: it rests on the table or a bowl)."""
    return 1 + len(_below(s, b))


def _stacked(w: World) -> list[str]:
    """Blocks not resting directly on the table: on another block or in a bowl."""
    return [b for b in w.blocks if w.state.support[b] not in _ON_TABLE]


def _base_not(block: str, *where: str) -> Check:
    return lambda _i, f: f.base(block) not in where


def _in_a_bowl(block: str, but: tuple[str, ...] = ()) -> Check:
    return lambda _i, f: f.base(block) in f.bowls and f.base(block) not in but


def _on_a_block(block: str, but: str) -> Check:
    return lambda _i, f: f.support[block] in f.support and f.support[block] != but


def _not_on(block: str, below: str) -> Check:
    return lambda _i, f: f.support[block] != below


def _on_the_table(block: str) -> Check:
    """On the table, directly or on a tower standing on it."""
    return lambda _i, f: f.base(block) in _ON_TABLE


def _one_tower(blocks: list[str]) -> Check:
    """The blocks form one unbroken stack (any order), not in the bin."""

    def check(_i: SymState, f: SymState) -> bool:
        group = set(blocks)
        bottoms = [b for b in blocks if f.support[b] not in group]
        if len(bottoms) != 1 or f.base(bottoms[0]) == BIN:
            return False
        rest = [f.support[b] for b in blocks if b != bottoms[0]]
        return len(set(rest)) == len(rest)

    return check


def _contents_kept(bowl: str) -> Check:
    """The bowl holds the same blocks, each resting where it rested."""
    return lambda i, f: set(f.in_bowl(bowl)) == set(i.in_bowl(bowl)) and all(
        f.support[b] == i.support[b] for b in i.in_bowl(bowl))


def _no_clash(_i: SymState, f: SymState) -> bool:
    """No block stands in a bowl of another colour."""
    return all(f.colours[f.base(b)] == f.colours[b] for b in f.blocks if f.base(b) in f.bowls)


def _all_in(blocks: list[str], bowl: str) -> Check:
    return rels(*(Rel("in", b, bowl) for b in blocks))


def _each_holds_one(_i: SymState, f: SymState) -> bool:
    return all(len(f.in_bowl(w)) == 1 for w in f.bowls)


def _out_of_bowls(blocks: list[str]) -> Check:
    return lambda _i, f: not f.in_bowls() and all(f.base(b) in _ON_TABLE for b in blocks)


def _pair_bowl(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


# ----- imperative ------------------------------------------------------------------------------------
def t148_imp_for_now(w: World) -> Made:
    x, bowl = _one(w, w.blocks), _one(w, w.bowls)
    if x is None or bowl is None:
        return None
    when = w.rng.choice(["for now", "for the time being", "for the moment"])
    return _out(w, f"{when}, put the {x} in the {bowl}.", rels(Rel("in", x, bowl)))


def t148_imp_for_good(w: World) -> Made:
    x = _one(w, w.blocks)
    if x is None:
        return None
    when = w.rng.choice(["for good", "permanently", "once and for all"])
    return _out(w, f"throw the {x} into the bin {when}.", rels(Rel("in_bin", x)))


def t148_imp_temporarily(w: World) -> Made:
    x = _one(w, _stacked(w))
    if x is None:
        return None
    text = w.rng.choice([f"temporarily set the {x} down on the table.", f"set the {x} on the table temporarily."])
    return _out(w, text, rels(Rel("on_table", x)))


def t148_imp_until_later(w: World) -> Made:
    x, place = _one(w, w.blocks), w.rng.choice(PLACES)
    if x is None:
        return None
    when = w.rng.choice(["until later", "until I say otherwise", "until I get back"])
    return _out(w, f"park the {x} in the {place} {when}.", rels(Rel("at", x, place)))


def t148_imp_from_now_on(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got or _depth(w.state, got[1]) > 3:
        return None
    x, y = got
    when = w.rng.choice(["from now on", "from here on"])
    return _out(w, f"stack the {x} on the {y}; that's where it stays {when}.", rels(Rel("on", x, y)))


def t148_imp_for_a_while(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    x, y = pair.split("|")
    when = w.rng.choice(["for a while", "for a bit"])
    return _out(w, f"take the {x} off the {y} and leave it on the table {when}.", rels(Rel("on_table", x)))


# ----- declarative -----------------------------------------------------------------------------------
def t148_dec_for_now(w: World) -> Made:
    x, bowl = _one(w, w.blocks), _one(w, w.bowls)
    if x is None or bowl is None:
        return None
    text = w.rng.choice([f"for now, the {x} belongs in the {bowl}.",
                         f"the {x} goes in the {bowl} for the time being."])
    return _out(w, text, rels(Rel("in", x, bowl)))


def t148_dec_for_good(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got:
        return None
    x, y = got
    when = w.rng.choice(["for good", "permanently"])
    return _out(w, f"the {x} and the {y} belong in the bin, {when}.", binned([x, y]))


def t148_dec_temporarily(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got or _depth(w.state, got[1]) > 3:
        return None
    x, y = got
    return _out(w, f"the {x} should temporarily be on top of the {y}.", rels(Rel("on", x, y)))


def t148_dec_until_later(w: World) -> Made:
    x, place = _one(w, w.blocks), w.rng.choice(PLACES)
    if x is None:
        return None
    return _out(w, f"until I say otherwise, the {place} is where the {x} goes.", rels(Rel("at", x, place)))


def t148_dec_from_now_on(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    when = w.rng.choice(["from now on", "going forward"])
    return _out(w, f"{when}, the {bowl} should be empty.", empty(bowl))


def t148_dec_for_a_while(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    when = w.rng.choice(["for a while", "for a bit"])
    return _out(w, f"the {x} should be on the table {when}, not in the {bowl}.", _on_the_table(x))


# ----- desiderative ----------------------------------------------------------------------------------
def t148_des_for_now(w: World) -> Made:
    y = _one(w, w.in_bowls())
    if y is None:
        return None
    bowl = w.state.base(y)
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if x is None:
        return None
    when = w.rng.choice(["for now", "for the time being"])
    return _out(w, f"{when}, I'd like the {x} in the {bowl} with the {y}.", _all_in([x, y], bowl))


def t148_des_for_good(w: World) -> Made:
    x = _one(w, w.blocks)
    if x is None:
        return None
    return _out(w, f"I want the {x} gone for good; put it in the bin, please.", rels(Rel("in_bin", x)))


def t148_des_temporarily(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got or _depth(w.state, got[1]) > 3:
        return None
    x, y = got
    text = w.rng.choice([f"temporarily, I'd like the {x} sitting on the {y}.",
                         f"make it so that the {x} is on top of the {y}, as a temporary measure."])
    return _out(w, text, rels(Rel("on", x, y)))


def t148_des_until_later(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    text = w.rng.choice([f"I'd like nothing in the {bowl} until I say otherwise.",
                         f"until later, I want the {bowl} emptied out."])
    return _out(w, text, empty(bowl))


def t148_des_from_now_on(w: World) -> Made:
    x, place = _one(w, w.blocks), w.rng.choice(PLACES)
    if x is None:
        return None
    return _out(w, f"from now on, I want the {x} to live in the {place}.", rels(Rel("at", x, place)))


def t148_des_for_a_while(w: World) -> Made:
    got, bowl = w.pick(w.blocks, 2), _one(w, w.bowls)
    if not got or bowl is None or len(w.state.in_bowl(bowl)) > 2:
        return None
    x, y = got
    when = w.rng.choice(["for a while", "for a bit", "just for a minute"])
    return _out(w, f"make it so that the {x} and the {y} are both in the {bowl} {when}.", _all_in([x, y], bowl))


# ----- quantified ------------------------------------------------------------------------------------
def t148_qua_for_now(w: World) -> Made:
    src = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if src is None:
        return None
    moving = w.state.in_bowl(src)
    dst = _one(w, [b for b in w.bowls if b != src and len(w.state.in_bowl(b)) + len(moving) <= 4])
    if dst is None:
        return None
    when = w.rng.choice(["for now", "for the moment"])
    return _out(w, f"{when}, move all the blocks in the {src} over to the {dst}.", _all_in(moving, dst))


def t148_qua_for_good(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    when = w.rng.choice(["for good", "permanently"])
    return _out(w, f"every block in the {bowl} goes in the bin {when}.", binned(inside))


def t148_qua_temporarily(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if not w.state.in_bowl(b)])
    if bowl is None or len(w.blocks) < 2:
        return None
    return _out(w, f"temporarily put any two blocks in the {bowl}.", count_in(bowl, 2))


def t148_qua_until_later(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    text = w.rng.choice(["until later, take every block out of the bowls and set them on the table.",
                         "take all the blocks out of the bowls and put them on the table until I say otherwise."])
    return _out(w, text, _out_of_bowls(inside))


def t148_qua_from_now_on(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    when = w.rng.choice(["from now on", "from here on"])
    return _out(w, f"{when}, every bowl should hold exactly one block.", _each_holds_one)


def t148_qua_for_a_while(w: World) -> Made:
    got = w.pick(w.blocks, 3)
    if not got:
        return None
    x, y, z = got
    when = w.rng.choice(["for a while", "for a bit"])
    return _out(w, f"{when}, stack the {x}, the {y} and the {z} into a single tower, in any order.",
                _one_tower(got))


# ----- negated ---------------------------------------------------------------------------------------
def t148_neg_for_now(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    when = w.rng.choice(["for now", "for the time being"])
    return _out(w, f"{when}, take the {x} out of the {bowl}, but don't put it in the bin.", _base_not(x, bowl, BIN))


def t148_neg_for_good(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    y, x = pair.split("|")
    when = w.rng.choice(["for good", "permanently"])
    return _out(w, f"put the {x} in the bin {when}, but not the {y} that's on top of it.",
                rels(Rel("in_bin", x)), none_binned([y]))


def t148_neg_temporarily(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None or len(w.bowls) < 2:
        return None
    x = _one(w, w.blocks)
    return _out(w, f"temporarily put the {x} in a bowl other than the {bowl}.", _in_a_bowl(x, (bowl,)))


def t148_neg_until_later(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if not w.state.is_clear(b)])
    if x is None:
        return None
    return _out(w, f"until I say otherwise, there should be nothing on top of the {x}.", rels(Rel("clear", x)))


def t148_neg_from_now_on(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    return _out(w, f"from now on, no blocks in the {bowl}: move them out, but don't put any of them in the bin.",
                empty(bowl), none_binned(inside))


def t148_neg_for_a_while(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got or len(w.blocks) < 3:
        return None
    x, y = got
    when = w.rng.choice(["for a while", "for a minute"])
    return _out(w, f"{when}, put the {x} on top of any block except the {y}.", _on_a_block(x, y))


# ----- relative --------------------------------------------------------------------------------------
def t148_rel_for_now(w: World) -> Made:
    pair, bowl = _one(w, [f"{a}|{b}" for a, b in w.pairs()]), _one(w, w.bowls)
    if pair is None or bowl is None:
        return None
    top, below = pair.split("|")
    when = w.rng.choice(["for now", "for the moment"])
    return _out(w, f"{when}, put the block that's sitting on the {below} into the {bowl}.", rels(Rel("in", top, bowl)))


def t148_rel_for_good(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    top, below = pair.split("|")
    when = w.rng.choice(["for good", "once and for all"])
    return _out(w, f"the block directly underneath the {top} goes in the bin {when}.", rels(Rel("in_bin", below)))


def t148_rel_temporarily(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if bowl is None:
        return None
    x = w.state.in_bowl(bowl)[0]
    return _out(w, f"temporarily move the block that's in the {bowl} onto the table.", rels(Rel("on_table", x)))


def t148_rel_until_later(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] == TABLE])
    if x is None or len(w.bowls) < 2:
        return None
    near = sorted(w.bowls, key=lambda b: w.dist(x, b))
    if w.dist(x, near[1]) - w.dist(x, near[0]) < 0.05:
        return None
    when = w.rng.choice(["until later", "until I say otherwise"])
    return _out(w, f"{when}, put the {x} in whichever bowl is closest to it.", rels(Rel("in", x, near[0])))


def t148_rel_from_now_on(w: World) -> Made:
    free = [b for b in w.bowls if not w.state.in_bowl(b)]
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    x = _one(w, w.blocks)
    if x is None:
        return None
    if len(free) == 1:
        return _out(w, f"from now on, the {x} belongs in the bowl that's currently empty.",
                    rels(Rel("in", x, free[0])))
    if len(full) == 1 and len(w.bowls) > 1:
        return _out(w, f"from now on, the {x} belongs in the one bowl that has blocks in it.",
                    rels(Rel("in", x, full[0])))
    return None


def t148_rel_for_a_while(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    bowl = w.state.base(x)
    y = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if y is None:
        return None
    when = w.rng.choice(["for a bit", "for a while"])
    return _out(w, f"{when}, put the {y} in the same bowl as the {x}.", rels(Rel("in", y, bowl)))


# ----- keep ------------------------------------------------------------------------------------------
def t148_keep_for_now(w: World) -> Made:
    x, bowl = _one(w, w.blocks), _one(w, w.bowls)
    if x is None or bowl is None:
        return None
    y = _one(w, [b for b in w.blocks if b != x and b not in w.state.above(x)])
    if y is None:
        return None
    return _out(w, f"for now, move the {x} into the {bowl}, and leave the {y} where it is.",
                rels(Rel("in", x, bowl)), kept(y))


def t148_keep_for_good(w: World) -> Made:
    x = _one(w, w.blocks)
    if x is None:
        return None
    others = w.pick([b for b in w.blocks if b != x and b not in w.state.above(x)], 2)
    if not others:
        return None
    y, z = others
    when = w.rng.choice(["for good", "permanently"])
    return _out(w, f"put the {x} in the bin {when}, but don't touch the {y} or the {z}.",
                rels(Rel("in_bin", x)), kept(y, z))


def t148_keep_temporarily(w: World) -> Made:
    got = w.pick([b for b in w.blocks if w.state.is_clear(b)], 2)
    if not got or _depth(w.state, got[1]) > 3:
        return None
    x, y = got
    rest = [b for b in w.blocks if b != x]
    return _out(w, f"temporarily stack the {x} on the {y}, and leave everything else as it is.",
                rels(Rel("on", x, y)), kept(*rest))


def t148_keep_until_later(w: World) -> Made:
    y = _one(w, w.blocks)
    if y is None:
        return None
    x = _one(w, [b for b in w.blocks if b != y and b not in w.state.above(y)])
    if x is None:
        return None
    text = w.rng.choice([f"leave the {x} where it is until I say otherwise, and put the {y} in the bin.",
                         f"put the {y} in the bin, but the {x} stays where it is until later."])
    return _out(w, text, kept(x), rels(Rel("in_bin", y)))


def t148_keep_from_now_on(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    x = _one(w, [b for b in _stacked(w) if w.state.base(b) != bowl])
    if x is None:
        return None
    state = "exactly as it is" if w.state.in_bowl(bowl) else "empty"
    return _out(w, f"put the {x} on the table; from now on, the {bowl} stays {state}.",
                rels(Rel("on_table", x)), _contents_kept(bowl))


def t148_keep_for_a_while(w: World) -> Made:
    pair, bowl = _one(w, [f"{a}|{b}" for a, b in w.pairs()]), _one(w, w.bowls)
    if pair is None or bowl is None:
        return None
    x, y = pair.split("|")
    z = _one(w, [b for b in w.blocks if b not in (x, y, *_below(w.state, y)) and w.state.base(b) != bowl])
    if z is None:
        return None
    when = w.rng.choice(["for a while", "for a bit"])
    return _out(w, f"{when}, keep the {x} on the {y}, and move the {z} into the {bowl}.",
                rels(Rel("on", x, y), Rel("in", z, bowl)))


# ----- multi-step ------------------------------------------------------------------------------------
def t148_multi_for_now(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got:
        return None
    x, y = got
    return _out(w, f"first put the {x} on the table, then put the {y} on top of it, and leave them like that "
                   "for now.", rels(Rel("on_table", x), Rel("on", y, x)))


def t148_multi_for_good(w: World) -> Made:
    got = w.pick(w.blocks, 2)
    if not got:
        return None
    x, y = got
    when = w.rng.choice(["for good", "permanently"])
    return _out(w, f"first move the {x} onto the table; after that, put the {y} in the bin {when}.",
                rels(Rel("on_table", x), Rel("in_bin", y)))


def t148_multi_temporarily(w: World) -> Made:
    got, bowl = w.pick(w.blocks, 2), _one(w, w.bowls)
    if not got or bowl is None or len(w.state.in_bowl(bowl)) > 2:
        return None
    x, y = got
    return _out(w, f"put the {x} in the {bowl} first, and then temporarily set the {y} on top of it.",
                rels(Rel("in", x, bowl), Rel("on", y, x)))


def t148_multi_until_later(w: World) -> Made:
    got, bowl, place = w.pick(w.blocks, 2), _one(w, w.bowls), w.rng.choice(PLACES)
    if not got or bowl is None:
        return None
    x, y = got
    return _out(w, f"move the {x} to the {place} first; after that, put the {y} in the {bowl}, and leave both there "
                   "until later.", rels(Rel("at", x, place), Rel("in", y, bowl)))


def t148_multi_from_now_on(w: World) -> Made:
    pair, bowl = _one(w, [f"{a}|{b}" for a, b in w.pairs()]), _one(w, w.bowls)
    if pair is None or bowl is None:
        return None
    x, y = pair.split("|")
    if w.state.base(y) == bowl:
        return None
    return _out(w, f"step one: take the {x} off the {y}. Step two: put the {y} in the {bowl}. From now on, that's "
                   f"where the {y} stays.", rels(Rel("in", y, bowl)), _not_on(x, y))


def t148_multi_for_a_while(w: World) -> Made:
    got = w.pick(w.blocks, 3)
    if not got or _depth(w.state, got[1]) > 2:
        return None
    x, y, z = got
    when = w.rng.choice(["for a while", "for a bit"])
    return _out(w, f"stack the {x} on the {y}, then the {z} on top of the {x}, and leave that tower {when}.",
                rels(Rel("on", x, y), Rel("on", z, x)))


# ----- questions -------------------------------------------------------------------------------------
def t148_q_for_now(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    n = len(w.state.in_bowl(bowl))
    return f"For now I only need a count: how many blocks are in the {bowl}?", answered(str(n))


def t148_q_for_good(w: World) -> Made:
    loaded = [b for b in w.blocks if not w.state.is_clear(b)]
    x = _one(w, loaded if loaded and w.rng.random() < 0.5 else w.blocks)
    if x is None:
        return None
    text = f"Before I put the {x} in the bin for good: is anything stacked on top of it?"
    return text, answered(yes(not w.state.is_clear(x)))


def t148_q_temporarily(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    x = _one(w, [b for b in w.blocks if w.state.base(b) != bowl])
    if x is None:
        return None
    text = f"I want to put the {x} in the {bowl} temporarily. Is that bowl empty right now?"
    return text, answered(yes(not w.state.in_bowl(bowl)))


def t148_q_until_later(w: World) -> Made:
    pair = _one(w, [f"{a}|{b}" for a, b in w.pairs()])
    if pair is None:
        return None
    top, below = pair.split("|")
    return (f"I'll leave the stacks alone until later, but which block is sitting on the {below}?",
            answered(w.colour(top)))


def t148_q_from_now_on(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] == TABLE or w.state.support[b] in w.bowls])
    if x is None:
        return None
    where = w.state.support[x]
    prefix = "table" if where == TABLE else f"{w.colour(where)}|bowl"
    return f"From now on I want to keep track of the {x}. Where is it right now?", answered(prefix)


def t148_q_for_a_while(w: World) -> Made:
    present = sorted({w.colour(b) for b in w.blocks})
    absent = [c for c in layout.COLOURS if c not in present]
    colour = w.rng.choice(present if not absent or w.rng.random() < 0.5 else absent)
    return (f"I'll be away for a while. Before I go, is there a {colour} block anywhere?",
            answered(yes(colour in present)))


# ----- matching --------------------------------------------------------------------------------------
def t148_match_for_now(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    when = w.rng.choice(["for now", "for the time being"])
    text = w.rng.choice([f"{when}, put each block into the bowl of the same colour, where there is one.",
                         f"match the blocks to the bowls by colour {when}: every block that has a bowl of its own "
                         "colour goes in it."])
    return _out(w, text, rels(*want))


def t148_match_for_good(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if _pair_bowl(w, b)])
    if x is None:
        return None
    when = w.rng.choice(["for good", "permanently"])
    return _out(w, f"put the {x} in the bowl that matches its colour, {when}.", rels(Rel("in", x, _pair_bowl(w, x))))


def t148_match_temporarily(w: World) -> Made:
    bowl = _one(w, [b for b in w.bowls if any(w.colour(x) == w.colour(b) for x in w.blocks)])
    if bowl is None:
        return None
    x = next(b for b in w.blocks if w.colour(b) == w.colour(bowl))
    return _out(w, f"temporarily drop the block that's the same colour as the {bowl} into it.",
                rels(Rel("in", x, bowl)))


def t148_match_until_later(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = ("until I say otherwise, each bowl should hold the block of its own colour, where there is one, and no "
            "other blocks.")
    return _out(w, text, rels(*want), _no_clash)


def t148_match_from_now_on(w: World) -> Made:
    if not w.in_bowls():
        return None
    when = w.rng.choice(["from now on", "going forward"])
    return _out(w, f"{when}, no block should be in a bowl of a different colour; take out any that don't match.",
                _no_clash)


def t148_match_for_a_while(w: World) -> Made:
    x = _one(w, w.blocks)
    if x is None or not any(w.colour(b) != w.colour(x) for b in w.bowls):
        return None
    clash = tuple(b for b in w.bowls if w.colour(b) == w.colour(x))
    when = w.rng.choice(["for a while", "for a bit", "just for a minute"])
    return _out(w, f"{when}, put the {x} in a bowl that isn't the same colour as it.", _in_a_bowl(x, clash))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("for_now", "for_good", "temporarily", "until_later", "from_now_on", "for_a_while")
FRESH148: list[Template] = [
    (f"t148_{short}_{style}", category, globals()[f"t148_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
