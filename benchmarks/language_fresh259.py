"""`FRESH259`, the two-hundred-and-sixtieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- lifeguard: a lifeguard, short safety-minded calls: "Red block, into the blue bowl. Nice and steady."
- brazilian: a Brazilian Portuguese speaker writing English with small slips: "The green block must to be on the red
  block, please."
- birdwatcher: a patient birdwatcher who notices small details: "Of the blocks standing out on the table, the one
  nearest the green bowl, could you put it in the bin, please?"
- teen6: a bored teenager, minimal words, lowercase: "bin whatever is on the blue block"
- nan5: a chatty grandmother who over-explains and thanks a lot: "Hello dear, could you be a sweetheart and pop the
  blue block into the green bowl for me? Thank you so much, you're a treasure."
- plain40: a plain, ordinary adult with no quirks at all: "Put the red block on top of the green block."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 369fb7a, the code of b5d55d5, before anything it could prompt): 0.7833
goal-correct (235 of 300), 55 refused, five questions, five wrong actions and no wrong reply. The wrong actions: the
grandmother's "Now W is supposed to be empty, dear, my daughter says whatever is in it belongs in the bin. I hope that
makes sense. Thank you ever so much." took the blocks out of W onto the table. The questions: the lifeguard's "X belongs
in W. Get it there." The refusals: the birdwatcher's "X, the one sitting in W, could you lift it out and set it down on
the table by itself? Thank you.", "I rather think X ought to end up in the bottom left corner of the table, where it has
a bit of space.", "Would you set X on top of one of the other blocks? Any of them except Y, which I notice has a little
chip on one edge.", "Of the blocks standing out on the table, the one nearest W, could you put it in the bin, please?",
"Let's start by putting X in the top left corner, and once that's settled, place Y gently on top of it." and "Is X in W?
And while you're looking, how many blocks does W hold altogether?"; the plain adult's "I'd like W emptied, with the
blocks from it set out on the table." and "Stack X on Y and keep W the way it is."; the teenager's "every bowl exactly 1
block in it" and "get the wrong colour blocks out of W"; the lifeguard's "Top block off the stack. Down on the table."
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

_GROUND = (TABLE, *PLACES)
_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's sentence, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _col(name: str) -> str:
    return name.split()[0]


def _live(s: SymState) -> list[str]:
    """Blocks that can still be moved (not in the bin, not held)."""
    return [b for b in s.blocks if s.base(b) not in (BIN, "gripper")]


def _bottom(s: SymState, b: str) -> str:
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _tower(s: SymState, b: str) -> set[str]:
    low = _bottom(s, b)
    return {low, *s.above(low)}


def _height(s: SymState, b: str) -> int:
    """How many blocks stand from the bottom of b's tower up to b, b included."""
    n = 1
    while s.support[b] in s.support:
        b = s.support[b]
        n += 1
    return n


def _can_stack(s: SymState, top: str, below: str) -> bool:
    return (top != below and top in _live(s) and below in _live(s) and top not in _tower(s, below)
            and _height(s, below) + 1 <= layout.MAX_TOWER)


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _stacks(s: SymState) -> list[str]:
    """Bottom blocks of every tower of two or more (in a bowl or on the table)."""
    return [b for b in _live(s) if s.support[b] not in s.support and s.above(b)]


def _grounded(s: SymState) -> list[str]:
    """Blocks whose tower stands on the table (a named place included)."""
    return [b for b in s.blocks if s.base(b) in _GROUND]


def _bowl_pair(w: World) -> tuple[str, str] | None:
    """A movable block and a bowl it is not in, with room in the bowl."""
    s = w.state
    options = [(b, bowl) for b in _live(s) for bowl in w.bowls if s.base(b) != bowl and _room(s, bowl)]
    return w.rng.choice(options) if options else None


def _stack_pair(w: World) -> tuple[str, str] | None:
    s = w.state
    options = [(a, b) for a in _live(s) for b in _live(s) if _can_stack(s, a, b) and s.support[a] != b]
    return w.rng.choice(options) if options else None


def _on_ground(*blocks: str) -> Check:
    return rels(*(Rel("on_table", b) for b in blocks))



# ----- imperative -------------------------------------------------------------------------------------
def t259_imp_lifeguard(w: World) -> Made:
    pair = _bowl_pair(w)
    if not pair:
        return None
    b, bowl = pair
    return _made(w, f"{_col(b).capitalize()} block, into the {bowl}. Nice and steady.", _act(rels(Rel("in", b, bowl))))


def t259_imp_brazilian(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Please, put the {a} in top of the {b}.", _act(rels(Rel("on", a, b))))


def t259_imp_birdwatcher(w: World) -> Made:
    s = w.state
    inside = [b for b in w.in_bowls() if s.is_clear(b)]
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = s.base(b)
    text = (f"The {b}, the one sitting in the {bowl}, could you lift it out and set it down on the table by itself? "
            "Thank you.")
    return _made(w, text, _act(_on_ground(b)))


def t259_imp_teen6(w: World) -> Made:
    live = _live(w.state)
    if not live:
        return None
    b = w.rng.choice(live)
    return _made(w, f"bin the {b}", _act(binned([b])))


def t259_imp_nan5(w: World) -> Made:
    pair = _bowl_pair(w)
    if not pair:
        return None
    b, bowl = pair
    text = (f"Hello dear, could you be a sweetheart and pop the {b} into the {bowl} for me? I've been meaning to "
            "ask all morning. Thank you so much, you're a treasure.")
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t259_imp_plain40(w: World) -> Made:
    live = _live(w.state)
    if not live:
        return None
    b = w.rng.choice(live)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {b} to the {corner}.", _act(rels(Rel("at", b, corner))))


# ----- declarative ------------------------------------------------------------------------------------
def t259_dec_lifeguard(w: World) -> Made:
    pair = _bowl_pair(w)
    if not pair:
        return None
    b, bowl = pair
    return _made(w, f"The {b} belongs in the {bowl}. Get it there.", _act(rels(Rel("in", b, bowl))))


def t259_dec_brazilian(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"The {a} must to be on the {b}, please.", _act(rels(Rel("on", a, b))))


def t259_dec_birdwatcher(w: World) -> Made:
    live = _live(w.state)
    if not live:
        return None
    b = w.rng.choice(live)
    corner = w.rng.choice(_CORNERS)
    text = f"I rather think the {b} ought to end up in the {corner} of the table, where it has a bit of space."
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t259_dec_teen6(w: World) -> Made:
    live = _live(w.state)
    if not live:
        return None
    b = w.rng.choice(live)
    return _made(w, f"{b} should be in the bin", _act(binned([b])))


def t259_dec_nan5(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    text = (f"Now the {bowl} is supposed to be empty, dear, my daughter says whatever is in it belongs in the bin. "
            "I hope that makes sense. Thank you ever so much.")
    return _made(w, text, _act(binned(inside)))


def t259_dec_plain40(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"The {a} should end up on top of the {b}.", _act(rels(Rel("on", a, b))))


# ----- desiderative -----------------------------------------------------------------------------------
def t259_des_lifeguard(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return _made(w, f"Want the {b} out of its bowl. On the table. Careful.", _act(_on_ground(b)))


def t259_des_brazilian(w: World) -> Made:
    pair = _bowl_pair(w)
    if not pair:
        return None
    b, bowl = pair
    return _made(w, f"I want that the {b} is inside the {bowl}, please.", _act(rels(Rel("in", b, bowl))))


def t259_des_birdwatcher(w: World) -> Made:
    s = w.state
    ground = _grounded(s)
    if len(ground) < 3:
        return None
    low, mid, top = w.rng.sample(ground, 3)
    text = (f"I'd like a little tower, if I may: the {low} at the bottom, the {mid} resting on it, and the {top} "
            "at the very top.")
    return _made(w, text, _act(rels(Rel("stacked", low, mid, top))))


def t259_des_teen6(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"want the {a} on the {b}", _act(rels(Rel("on", a, b))))


def t259_des_nan5(w: World) -> Made:
    live = _live(w.state)
    if not live:
        return None
    b = w.rng.choice(live)
    corner = w.rng.choice(_CORNERS)
    text = (f"My goal today, if it's no trouble, is to have the {b} sitting in the {corner}. My grandson set this "
            "whole thing up for me and I'm still learning. Thank you, love!")
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t259_des_plain40(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    text = f"I'd like the {bowl} emptied, with the blocks from it set out on the table."
    return _made(w, text, _act(_on_ground(*inside)))


# ----- quantified -------------------------------------------------------------------------------------
def t259_qua_lifeguard(w: World) -> Made:
    live = _live(w.state)
    if len(live) > 5:
        return None
    return _made(w, "All blocks in the bin. Everybody out.", _act(binned(w.blocks)))


def t259_qua_brazilian(w: World) -> Made:
    s = w.state
    ground = _grounded(s)
    if not ground:
        return None
    options = [bowl for bowl in w.bowls if _room(s, bowl, len(ground))]
    if not options:
        return None
    bowl = w.rng.choice(options)
    text = f"Put every block that is on the table inside of the {bowl}, please."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in ground))))


def t259_qua_birdwatcher(w: World) -> Made:
    if len(_live(w.state)) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    text = (f"I'd like exactly two blocks in the {bowl}, please. Any two will do, so long as there are precisely two "
            "in it when you're done.")
    return _made(w, text, _act(count_in(bowl, 2)))


def t259_qua_teen6(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w.state)) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "every bowl exactly 1 block in it", _act(*(count_in(bowl, 1) for bowl in bowls)))


def t259_qua_nan5(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = s.in_bowl(bowl)
    text = (f"Would you please put all of the blocks from the {bowl} into the bin? Every last one of them, "
            "sweetheart. Thank you kindly, you're very patient with me.")
    return _made(w, text, _act(binned(inside)))


def t259_qua_plain40(w: World) -> Made:
    if len(_live(w.state)) < 3:
        return None

    def three(_i: SymState, f: SymState) -> bool:
        return sum(1 for b in f.blocks if f.base(b) == BIN) == 3

    return _made(w, "Put any three of the blocks in the bin.", _act(three))


# ----- negated ----------------------------------------------------------------------------------------
def t259_neg_lifeguard(w: World) -> Made:
    s = w.state
    keepable = [b for b in _live(s) if s.support[b] not in s.support]
    if not keepable:
        return None
    keep = w.rng.choice(keepable)
    rest = [b for b in w.blocks if b != keep]
    text = f"All blocks into the bin. Except the {keep}. That one stays put."
    return _made(w, text, _act(binned(rest), kept(keep)))


def t259_neg_brazilian(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    text = f"Take the {b} out from the {bowl}, but no put it in the bin."
    return _made(w, text, _act(rels(Rel("in", b, bowl, negated=True), Rel("in_bin", b, negated=True))))


def t259_neg_birdwatcher(w: World) -> Made:
    s = w.state
    options = []
    for a in _live(s):
        targets = [t for t in _live(s) if _can_stack(s, a, t)]
        if s.support[a] in s.support or len(targets) < 2:
            continue
        options.extend((a, skip) for skip in targets)
    if not options:
        return None
    a, skip = w.rng.choice(options)
    text = (f"Would you set the {a} on top of one of the other blocks? Any of them except the {skip}, which I notice "
            "has a little chip on one edge.")

    def on_other(_i: SymState, f: SymState) -> bool:
        return f.support[a] in f.support and f.support[a] != skip

    return _made(w, text, _act(on_other))


def t259_neg_teen6(w: World) -> Made:
    s = w.state
    inside, ground = w.in_bowls(), _grounded(s)
    if not inside or not ground:
        return None
    return _made(w, "every block thats not in a bowl goes in the bin", _act(binned(ground), none_binned(inside)))


def t259_neg_nan5(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if a in _live(w.state)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"Would you move the {a} off the {b} for me, dear? Only not into the bin please, I'm not finished with "
            "it yet. Thank you ever so much.")
    return _made(w, text, _act(rels(Rel("on", a, b, negated=True), Rel("in_bin", a, negated=True))))


def t259_neg_plain40(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    text = f"Empty the {bowl}, but don't put anything in the bin."
    return _made(w, text, _act(empty(bowl), none_binned(w.blocks)))


# ----- relative ---------------------------------------------------------------------------------------
def t259_rel_lifeguard(w: World) -> Made:
    s = w.state
    stacks = _stacks(s)
    if len(stacks) != 1:
        return None
    top = s.above(stacks[0])[0]
    return _made(w, "Top block off the stack. Down on the table.", _act(_on_ground(top)))


def t259_rel_brazilian(w: World) -> Made:
    s = w.state
    options = [(a, b, bowl) for a, b in w.pairs() for bowl in w.bowls
               if b in _live(s) and s.base(b) != bowl and _room(s, bowl)]
    if not options:
        return None
    a, b, bowl = w.rng.choice(options)
    text = f"Put the block what is under the {a} in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t259_rel_birdwatcher(w: World) -> Made:
    s = w.state
    ground = _grounded(s)
    if len(ground) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    ranked = sorted(ground, key=lambda b: w.dist(b, bowl))
    near = ranked[0]
    if s.support[near] not in _GROUND or not s.is_clear(near):
        return None
    if w.dist(ranked[1], bowl) - w.dist(near, bowl) < 0.04:
        return None
    text = (f"Of the blocks standing out on the table, the one nearest the {bowl}, could you put it in the bin, "
            "please?")
    return _made(w, text, _act(binned([near])))


def t259_rel_teen6(w: World) -> Made:
    s = w.state
    under = [b for b in _live(s) if s.above(b)]
    if not under:
        return None
    b = w.rng.choice(under)
    return _made(w, f"bin whatever is on the {b}", _act(binned(s.above(b))))


def t259_rel_nan5(w: World) -> Made:
    s = w.state
    options = [(low, s.above(low)[0], bowl) for low in _live(s) if len(s.above(low)) == 1
               for bowl in w.bowls if s.base(low) != bowl and _room(s, bowl)]
    if not options:
        return None
    low, top, bowl = w.rng.choice(options)
    text = (f"Would you be so kind as to take whichever block is sitting on top of the {low} and put it in the "
            f"{bowl}? My eyes aren't what they were. Thank you, dear.")
    return _made(w, text, _act(rels(Rel("in", top, bowl))))


def t259_rel_plain40(w: World) -> Made:
    s = w.state
    stacks = _stacks(s)
    if not stacks:
        return None
    heights = sorted((len(s.above(b)) + 1, b) for b in stacks)
    if len(heights) > 1 and heights[-1][0] == heights[-2][0]:
        return None
    low = heights[-1][1]
    top = s.above(low)[0]
    options = [bowl for bowl in w.bowls if s.base(low) != bowl and _room(s, bowl)]
    if not options:
        return None
    bowl = w.rng.choice(options)
    return _made(w, f"Take the block at the top of the tallest stack and put it in the {bowl}.",
                 _act(rels(Rel("in", top, bowl))))


# ----- keep -------------------------------------------------------------------------------------------
def t259_keep_lifeguard(w: World) -> Made:
    s = w.state
    live = _live(s)
    options = [(a, k) for a in live for k in w.blocks if k != a and k not in s.above(a)]
    if not options:
        return None
    a, k = w.rng.choice(options)
    text = f"{_col(a).capitalize()} block to the bin. {_col(k).capitalize()} block does not move."
    return _made(w, text, _act(binned([a]), kept(k)))


def t259_keep_brazilian(w: World) -> Made:
    s = w.state
    options = [(a, b, k) for a in _live(s) for b in _live(s) if _can_stack(s, a, b) for k in w.blocks
               if k not in (a, b) and k not in s.above(a) and k not in s.above(b)]
    if not options:
        return None
    a, b, k = w.rng.choice(options)
    text = f"Put the {a} on the {b}, but leave the {k} like it is."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(k)))


def t259_keep_birdwatcher(w: World) -> Made:
    s = w.state
    full = [bowl for bowl in w.bowls if s.in_bowl(bowl)]
    if not full or len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(full)
    other = w.rng.choice([x for x in w.bowls if x != bowl])
    inside, there = s.in_bowl(bowl), s.in_bowl(other)

    def untouched(_i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(other)) == sorted(there)

    text = (f"Could you move the blocks in the {bowl} out onto the table? And do leave the {other} exactly as it is, "
            "please, I've only just arranged it.")
    return _made(w, text, _act(_on_ground(*inside), kept(*there), untouched))


def t259_keep_teen6(w: World) -> Made:
    s = w.state
    clear = [b for b in _live(s) if s.is_clear(b)]
    if not clear:
        return None
    b = w.rng.choice(clear)
    others = [x for x in w.blocks if x != b]
    return _made(w, f"{b} in the bin, keep everything else where it is", _act(binned([b]), kept(*others)))


def t259_keep_nan5(w: World) -> Made:
    s = w.state
    options = [(a, k) for a in _live(s) for k in w.blocks if k != a and k not in s.above(a)]
    if not options:
        return None
    a, k = w.rng.choice(options)
    text = (f"Could you put the {a} in the middle of the table for me, dear? And please leave the {k} just where it "
            "is, that one's my favourite. Thank you!")
    return _made(w, text, _act(rels(Rel("at", a, _MIDDLE)), kept(k)))


def t259_keep_plain40(w: World) -> Made:
    s = w.state
    if len(w.bowls) < 1:
        return None
    bowl = w.rng.choice(w.bowls)
    there = s.in_bowl(bowl)
    options = [(a, b) for a in _live(s) for b in _live(s) if _can_stack(s, a, b)
               and s.base(a) != bowl and s.base(b) != bowl]
    if not options:
        return None
    a, b = w.rng.choice(options)

    def untouched(_i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(there)

    text = f"Stack the {a} on the {b} and keep the {bowl} the way it is."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(*there), untouched))


# ----- multi-step -------------------------------------------------------------------------------------
def t259_multi_lifeguard(w: World) -> Made:
    s = w.state
    live = _live(s)
    options = [(x, a, b) for x in live for a in live for b in live if x not in (a, b) and _can_stack(s, a, b)]
    if not options:
        return None
    x, a, b = w.rng.choice(options)
    text = f"First, the {x} to the bin. Then the {a} onto the {b}. One at a time."
    return _made(w, text, _act(rels(Rel("in_bin", x), Rel("on", a, b))))


def t259_multi_brazilian(w: World) -> Made:
    s = w.state
    live = _live(s)
    options = [(a, b, bowl) for a in live for b in live if a != b for bowl in w.bowls
               if _room(s, bowl, 2) and s.base(a) != bowl]
    if not options:
        return None
    a, b, bowl = w.rng.choice(options)
    text = f"First put the {a} in the {bowl}, after put the {b} on top of the {a}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t259_multi_birdwatcher(w: World) -> Made:
    live = _live(w.state)
    if len(live) < 2:
        return None
    a, b = w.rng.sample(live, 2)
    corner = w.rng.choice(_CORNERS)
    text = (f"Let's start by putting the {a} in the {corner}, and once that's settled, place the {b} gently on top "
            "of it.")
    return _made(w, text, _act(rels(Rel("at", a, corner), Rel("on", b, a))))


def t259_multi_teen6(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if a in _live(w.state)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"take the {a} off the {b} then bin it", _act(binned([a])))


def t259_multi_nan5(w: World) -> Made:
    s = w.state
    options = [(bowl, b) for bowl in w.bowls if s.in_bowl(bowl) for b in _live(s) if s.base(b) != bowl]
    if not options:
        return None
    bowl, b = w.rng.choice(options)
    inside = s.in_bowl(bowl)
    text = (f"First, dear, would you empty the {bowl} into the bin, all of it, and then put the {b} in the {bowl}? "
            "I do so appreciate it, thank you.")
    return _made(w, text, _act(binned(inside), rels(Rel("in", b, bowl))))


def t259_multi_plain40(w: World) -> Made:
    live = _live(w.state)
    if len(live) < 3:
        return None
    a, b, c = w.rng.sample(live, 3)
    text = f"Put the {a} on the table, then stack the {b} on it, and then the {c} on the {b}."
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


# ----- question ---------------------------------------------------------------------------------------
def t259_q_lifeguard(w: World) -> Made:
    n = len(w.state.on_the_table())
    return _ask("Headcount. How many blocks are out on the table, not in a bowl?", str(n))


def t259_q_brazilian(w: World) -> Made:
    s = w.state
    options = [b for b in w.blocks if len(s.above(b)) == 1]
    if not options:
        return None
    b = w.rng.choice(options)
    return _ask(f"Which block is on top of the {b}?", s.above(b)[0])


def t259_q_birdwatcher(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    inside = s.in_bowl(bowl)
    b = w.rng.choice(inside) if inside and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    is_in = holds(Rel("in", b, bowl), s)
    text = (f"Is the {b} in the {bowl}? And while you're looking, how many blocks does the {bowl} hold "
            "altogether?")
    return _ask(text, f"{yes(is_in)}|{len(inside)}")


def t259_q_teen6(w: World) -> Made:
    s = w.state
    bowl = w.rng.choice(w.bowls)
    inside = s.in_bowl(bowl)
    return _ask(f"whats in the {bowl}", "|".join(inside) if inside else "nothing")


def t259_q_nan5(w: World) -> Made:
    s = w.state
    options = []
    for b in _live(s):
        sup = s.support[b]
        if sup in w.bowls:
            options.append((b, sup))
        elif sup in s.support and s.base(b) == TABLE:
            options.append((b, sup))
        elif sup == TABLE:
            options.append((b, TABLE))
    if not options:
        return None
    b, where = w.rng.choice(options)
    text = (f"Where has the {b} got to, dear? I can't make it out with these old eyes, and I've left my glasses "
            "in the kitchen. Thank you so much.")
    return _ask(text, where)


def t259_q_plain40(w: World) -> Made:
    s = w.state
    b = w.rng.choice(w.blocks)
    in_bowl = s.base(b) in w.bowls
    return _ask(f"How many bowls are there, and is the {b} in a bowl?", f"{len(w.bowls)}|{yes(in_bowl)}")


# ----- matching ---------------------------------------------------------------------------------------
def t259_match_lifeguard(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Every block to the bowl of its own colour. Slowly.", _act(rels(*want)))


def t259_match_brazilian(w: World) -> Made:
    s = w.state
    want = [r for r in matching(w) if not holds(r, s) and _room(s, r.target) and r.block in _live(s)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Put the {r.block} in the bowl of the same color of it.", _act(rels(r)))


def t259_match_birdwatcher(w: World) -> Made:
    s = w.state
    want = matching(w)
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if any(b in s.above(m) for b in rest for m in movers):
        return None
    text = ("Could you put each block that has a bowl of the same colour into that bowl, and leave the others "
            "where they are?")
    return _made(w, text, _act(rels(*want), kept(*rest)))


def t259_match_teen6(w: World) -> Made:
    s = w.state
    options = []
    for bowl in w.bowls:
        wrong = [b for b in s.in_bowl(bowl) if w.colour(b) != w.colour(bowl)]
        right = [b for b in s.in_bowl(bowl) if w.colour(b) == w.colour(bowl)]
        if wrong and not any(r in s.above(x) for x in wrong for r in right):
            options.append((bowl, wrong, right))
    if not options:
        return None
    bowl, wrong, right = w.rng.choice(options)
    check = _act(rels(*(Rel("in", b, bowl, negated=True) for b in wrong), *(Rel("in", b, bowl) for b in right)))
    return _made(w, f"get the wrong colour blocks out of the {bowl}", check)


def t259_match_nan5(w: World) -> Made:
    want = matching(w)
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if not want or not rest:
        return None
    text = ("My granddaughter likes things tidy, dear, so could you put the blocks into the bowls that match their "
            "colours? The ones without a matching bowl can go in the bin. Thank you ever so much!")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t259_match_plain40(w: World) -> Made:
    s = w.state
    by_colour = {w.colour(bowl): bowl for bowl in w.bowls}
    options = [(a, b, by_colour[w.colour(b)]) for b in w.blocks if w.colour(b) in by_colour for a in _live(s)
               if a != b and s.base(a) != by_colour[w.colour(b)] and _room(s, by_colour[w.colour(b)])]
    if not options:
        return None
    a, b, bowl = w.rng.choice(options)
    text = f"Put the {a} in the bowl that's the same colour as the {b}."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("lifeguard", "brazilian", "birdwatcher", "teen6", "nan5", "plain40")
FRESH259: list[Template] = [
    (f"t259_{short}_{style}", category, globals()[f"t259_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
