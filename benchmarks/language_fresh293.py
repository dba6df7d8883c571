"""`FRESH293`, the two-hundred-and-ninety-fourth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window
in their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six kinds of people write them:
- painter: a house painter, easy-going: "hey buddy, mind popping the red block in the blue bowl for me? no rush"
- arabic3: an Arabic speaker writing English with small slips: "I want that the red block is on the blue block."
- sergeant: a drill sergeant, loud and commanding but clear: "THE RED BLOCK WILL BE IN THE BIN, RECRUIT!"
- blogger: a lifestyle blogger, enthusiastic: "one block in each bowl please!!! symmetry is literally everything"
- uncle2: an uncle, jokey and rambling: "tell you what, settle a bet for me: what's sitting on top of the red block?"
- plain74: a plain, ordinary adult: "Move the red block into the blue bowl, but don't touch the green block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d29c621, the code of 314adaa, before anything it could prompt): 0.7667
goal-correct (230 of 300), 53 refused, 12 questions, 5 wrong actions. The wrong actions: a blogger's 'my goal for
today?? a cute little tower with X right on top of Y!!' put another block on Y; an Arabic speaker's 'X, in which bowl it
is?' was read as a goal that holds. The refusals and questions: a sergeant's 'X WILL BE IN THE BIN BY THE TIME I COUNT
TO THREE, RECRUIT!' (which block), a blogger's 'the block closest to W needs to go IN W!! it's basically halfway there
already lol' (where) and 'do NOT put X in the bin!! only Y goes, thx babe', an uncle's 'take X out of W and set it down
on the table, anywhere on the table will do, I'm not fussy', '..., and Y ought to be in there with it, cosy like, two
peas in a pod', 'what I'd really love, and your aunt would too, is X in W instead of just lying about the place', 'all
them blocks that are sat on top of other blocks, get 'em down onto the table, every last one, ...', 'empty out W for me,
but mind, not into the bin, them blocks cost good money', 'bin X, there's a good chap, but whatever's in W, you leave
that lot alone, ...', 'first things first, get X off Y, and then, only then mind, put Y in W' and 'that block that's the
same colour as W, yeah? stick it in the bin, ...', a plain adult's 'Put the blocks whose colour doesn't match any of the
bowls in the bin.'.
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
_NUMBERS = {0: "zero", 1: "one", 2: "two", 3: "three", 4: "four", 5: "five"}
_BIN_ROOM = 5  # the bin drops blocks into five slots; ask for no more than that at once


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's instance, or None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _live(w: World) -> list[str]:
    """Blocks that can still be used: not in the bin, not in the gripper."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _on_table(w: World, b: str) -> bool:
    return w.state.base(b) in (TABLE, *PLACES)


def _grounded(w: World, b: str) -> bool:
    """Resting directly on the table, a place or a bowl (not on another block)."""
    return w.state.support[b] not in w.state.support


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(adding)) <= layout.BOWL_CAPACITY


def _under(s: SymState, b: str) -> list[str]:
    """Every block below `b` in its tower, nearest first."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _can_stack(w: World, top: str, below: str) -> bool:
    """`top` can be put on `below`: a tower on the table that stays within `layout.MAX_TOWER`."""
    s = w.state
    return (top != below and top in _live(w) and _on_table(w, below) and top not in _under(s, below)
            and len(_under(s, below)) + 2 <= layout.MAX_TOWER)


def _not_above(w: World, b: str, *others: str) -> bool:
    """`b` does not sit above any of `others` (so it need not move when they do)."""
    return all(b not in w.state.above(o) for o in others)


def _rel(*want: Rel) -> Check:
    return _act(rels(*want))


def _not_on(block: str, below: str) -> Check:
    return lambda _i, f: f.support[block] != below


def _same_bowl(bowl: str) -> Check:
    """The bowl holds exactly what it held, each block where it was."""
    return lambda i, f: (sorted(f.in_bowl(bowl)) == sorted(i.in_bowl(bowl))
                         and all(f.support[b] == i.support[b] for b in i.in_bowl(bowl)))


def _tower_of(blocks: list[str]) -> Check:
    """The blocks form one unbroken tower, in any order, standing anywhere but the bin."""
    def check(_i: SymState, f: SymState) -> bool:
        if any(f.base(b) in (BIN, "gripper") for b in blocks):
            return False
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1:
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)
    return check


def _built(bottom: str, middle: str, top: str) -> Check:
    """bottom, middle, top from the bottom up, the bottom on nothing but the table, a place or a bowl."""
    return lambda _i, f: (f.support[top] == middle and f.support[middle] == bottom
                          and f.support[bottom] not in f.support and f.base(bottom) not in (BIN, "gripper"))


def _matchers(w: World) -> list[str]:
    colours = {w.colour(b) for b in w.bowls}
    return [b for b in _live(w) if w.colour(b) in colours]


def _bowl_of(w: World, b: str) -> str:
    return next(x for x in w.bowls if w.colour(x) == w.colour(b))


def _match_room(w: World) -> bool:
    return all(_room(w, _bowl_of(w, b), [b]) for b in _matchers(w))


# ----- imperative -----------------------------------------------------------------------------------
def t293_imp_painter(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"hey buddy, mind popping the {b} in the {bowl} for me? no rush", _rel(Rel("in", b, bowl)))


def t293_imp_arabic3(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please you put the {a} on the {b}, thank you.", _rel(Rel("on", a, b)))


def t293_imp_sergeant(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    place = w.rng.choice(_CORNERS)
    text = f"LISTEN UP! YOU WILL PICK UP THE {b[0].upper()} AND PUT IT IN THE {place.upper()}. NOW!"
    return _made(w, text, _rel(Rel("at", b[0], place)))


def t293_imp_blogger(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    return _made(w, f"ok bin the {b[0]} please!! decluttering feels SO good", _rel(Rel("in_bin", b[0])))


def t293_imp_uncle2(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.base(b) in w.bowls]
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    text = (f"now then, be a good lad and take the {b} out of the {bowl} and set it down on the table, "
            "anywhere on the table will do, I'm not fussy")
    return _made(w, text, _rel(Rel("on_table", b)))


def t293_imp_plain74(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    text = f"Make a tower: the {a} at the bottom, the {b} on it, and the {c} on top."
    return _made(w, text, _act(_built(a, b, c)))


# ----- declarative ----------------------------------------------------------------------------------
def t293_dec_painter(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    return _made(w, f"the {b} goes in the {bowl}, cheers pal", _rel(Rel("in", b, bowl)))


def t293_dec_arabic3(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} it should be on top of the {b}.", _rel(Rel("on", a, b)))


def t293_dec_sergeant(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    text = f"THE {b[0].upper()} WILL BE IN THE BIN BY THE TIME I COUNT TO THREE, RECRUIT!"
    return _made(w, text, _rel(Rel("in_bin", b[0])))


def t293_dec_blogger(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    place = w.rng.choice(PLACES)
    text = f"the {place} is where the {b[0]} belongs, obviously!! it just looks so much better there"
    return _made(w, text, _rel(Rel("at", b[0], place)))


def t293_dec_uncle2(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    if not _room(w, bowl, [a, b]):
        return None
    text = (f"the way I see it, the {a} ought to be sitting in the {bowl}, and the {b} ought to be in there "
            "with it, cosy like, two peas in a pod")
    return _made(w, text, _rel(Rel("in", a, bowl), Rel("in", b, bowl)))


def t293_dec_plain74(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"The {bowl} should be empty.", _act(empty(bowl)))


# ----- desiderative ---------------------------------------------------------------------------------
def t293_des_painter(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    place = w.rng.choice(_CORNERS)
    text = f"I'd like the {b[0]} over in the {place} if you can manage it, no rush"
    return _made(w, text, _rel(Rel("at", b[0], place)))


def t293_des_arabic3(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I want that the {a} is on the {b}.", _rel(Rel("on", a, b)))


def t293_des_sergeant(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [b]):
        return None
    text = f"WHAT I WANT, RECRUIT, IS THE {a.upper()} IN THE BIN AND THE {b.upper()} IN THE {bowl.upper()}. DO IT!"
    return _made(w, text, _rel(Rel("in_bin", a), Rel("in", b, bowl)))


def t293_des_blogger(w: World) -> Made:
    pairs = [(a, b) for a in _live(w) for b in _live(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"my goal for today?? a cute little tower with the {a} right on top of the {b}!!"
    return _made(w, text, _rel(Rel("on", a, b)))


def t293_des_uncle2(w: World) -> Made:
    cands = [b for b in _live(w) if _on_table(w, b)]
    bowl = w.rng.choice(w.bowls)
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    text = (f"what I'd really love, and your aunt would too, is the {b} in the {bowl} instead of just lying "
            "about the place")
    return _made(w, text, _rel(Rel("in", b, bowl)))


def t293_des_plain74(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    text = f"I'd like the {a}, the {b} and the {c} stacked into one tower, in any order."
    return _made(w, text, _act(_tower_of([a, b, c])))


# ----- quantified -----------------------------------------------------------------------------------
def t293_qua_painter(w: World) -> Made:
    table = [b for b in _live(w) if _on_table(w, b)]
    if not table or len(table) > _BIN_ROOM:
        return None
    text = "go ahead and put every block that's on the table in the bin when you get a sec"
    return _made(w, text, _act(binned(table)))


def t293_qua_arabic3(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    pairs = [(s, d) for s in w.bowls for d in w.bowls
             if s != d and w.state.in_bowl(s) and _room(w, d, w.state.in_bowl(s))]
    if not pairs:
        return None
    src, dst = w.rng.choice(pairs)
    moving = w.state.in_bowl(src)
    text = f"Please put all the blocks from the {src} into the {dst}."
    return _made(w, text, _rel(*(Rel("in", b, dst) for b in moving)))


def t293_qua_sergeant(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    have = len(w.state.in_bowl(bowl))
    options = [n for n in range(1, min(3, len(_live(w))) + 1) if n != have]
    if not options:
        return None
    n = w.rng.choice(options)
    word = _NUMBERS[n].upper()
    text = (f"I WANT EXACTLY {word} BLOCKS IN THE {bowl.upper()}. NOT {_NUMBERS[n - 1].upper()}, "
            f"NOT {_NUMBERS[n + 1].upper()}. {word}!")
    if n == 1:
        text = text.replace("ONE BLOCKS", "ONE BLOCK")
    return _made(w, text, _act(count_in(bowl, n)))


def t293_qua_blogger(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    check = _act(lambda _i, f: all(len(f.in_bowl(x)) == 1 for x in bowls))
    return _made(w, "one block in each bowl please!!! symmetry is literally everything to me", check)


def t293_qua_uncle2(w: World) -> Made:
    tops = [t for t, _ in w.pairs() if t in _live(w)]
    if not tops:
        return None
    text = ("all them blocks that are sat on top of other blocks, get 'em down onto the table, every last one, "
            "I don't want anything perched up high")
    return _made(w, text, _rel(*(Rel("on_table", t) for t in tops)))


def t293_qua_plain74(w: World) -> Made:
    moving = [b for b in _live(w) if w.state.base(b) in w.bowls]
    if not moving or len(moving) > 5:
        return None
    place = w.rng.choice(PLACES)
    text = f"Move all the blocks that are in bowls to the {place}."
    return _made(w, text, _rel(*(Rel("at", b, place) for b in moving)))


# ----- negated --------------------------------------------------------------------------------------
def t293_neg_painter(w: World) -> Made:
    cands = [b for b in _live(w) if _grounded(w, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    others = [x for x in _live(w) if x != b]
    if not others or len(others) > _BIN_ROOM:
        return None
    text = f"toss everything into the bin except the {b}, leave that one be"
    return _made(w, text, _act(binned(others), kept(b)))


def t293_neg_arabic3(w: World) -> Made:
    live = _live(w)
    bowl = w.rng.choice(w.bowls)
    b = w.rng.choice(live)
    others = [x for x in live if x != b]
    if not others or len(others) > layout.BOWL_CAPACITY:
        return None
    text = f"Put all blocks in the {bowl} but not the {b}."
    return _made(w, text, _rel(*(Rel("in", x, bowl) for x in others), Rel("in", b, bowl, negated=True)))


def t293_neg_sergeant(w: World) -> Made:
    table = [b for b in _live(w) if _on_table(w, b)]
    cands = [b for b in table if _grounded(w, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    others = [x for x in table if x != b]
    if not others or len(others) > _BIN_ROOM:
        return None
    up = b.upper()
    text = f"EVERY BLOCK ON THE TABLE GOES IN THE BIN. NOT THE {up}, SOLDIER! THE {up} STAYS EXACTLY WHERE IT IS!"
    return _made(w, text, _act(binned(others), kept(b)))


def t293_neg_blogger(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    others = [x for x in live if x != b]
    text = f"do NOT put the {a} in the bin!! only the {b} goes, thx babe"
    return _made(w, text, _act(rels(Rel("in_bin", b)), none_binned(others)))


def t293_neg_uncle2(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"empty out the {bowl} for me, but mind, not into the bin, them blocks cost good money"
    return _made(w, text, _act(empty(bowl), none_binned(inside)))


def t293_neg_plain74(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    if not _not_above(w, b, a) or not _room(w, bowl, [a]):
        return None
    text = f"Move the {a} into the {bowl}, but don't touch the {b}."
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(b)))


# ----- relative -------------------------------------------------------------------------------------
def t293_rel_painter(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if t in _live(w)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"grab whatever block's sitting on the {below} and drop it in the bin, ta"
    return _made(w, text, _rel(Rel("in_bin", top)))


def t293_rel_arabic3(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if t in _live(w)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [below]):
        return None
    text = f"Put the block that is under the {top} in the {bowl} please."
    return _made(w, text, _rel(Rel("in", below, bowl)))


def t293_rel_sergeant(w: World) -> Made:
    live = sorted(_live(w), key=w.y)
    if len(live) < 2:
        return None
    first, second = live[0], live[1]
    if not (_grounded(w, first) and w.state.is_clear(first)) or w.y(second) - w.y(first) < 0.05:
        return None
    return _made(w, "THE BLOCK FURTHEST TO THE LEFT. INTO THE BIN. MOVE, MOVE, MOVE!", _rel(Rel("in_bin", first)))


def t293_rel_blogger(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = sorted((b for b in _live(w) if w.state.base(b) != bowl), key=lambda b: w.dist(b, bowl))
    if len(cands) < 2:
        return None
    near = cands[0]
    if not (_grounded(w, near) and w.state.is_clear(near)) or w.dist(cands[1], bowl) - w.dist(near, bowl) < 0.05:
        return None
    if not _room(w, bowl, [near]):
        return None
    text = f"the block closest to the {bowl} needs to go IN the {bowl}!! it's basically halfway there already lol"
    return _made(w, text, _rel(Rel("in", near, bowl)))


def t293_rel_uncle2(w: World) -> Made:
    tops = [b for b in _live(w) if w.state.is_clear(b) and not _grounded(w, b)]
    if len(tops) != 1 or not _on_table(w, tops[0]):
        return None
    top = tops[0]
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [top]):
        return None
    text = (f"you see that tower there? the block right at the very top of it, whip that one into the {bowl}, "
            "there's a good robot")
    return _made(w, text, _rel(Rel("in", top, bowl)))


def t293_rel_plain74(w: World) -> Made:
    singles = [x for x in w.bowls if len(w.state.in_bowl(x)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    inside = w.state.in_bowl(bowl)[0]
    targets = [b for b in _live(w) if _can_stack(w, inside, b)]
    if not targets:
        return None
    target = w.rng.choice(targets)
    return _made(w, f"Move whatever is in the {bowl} onto the {target}.", _rel(Rel("on", inside, target)))


# ----- keep -----------------------------------------------------------------------------------------
def t293_keep_painter(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    if not _not_above(w, b, a) or not _room(w, bowl, [a]):
        return None
    text = f"put the {a} in the {bowl} but leave the {b} right where it is, yeah?"
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(b)))


def t293_keep_arabic3(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    table = [b for b in _live(w) if _on_table(w, b)]
    if not full or not table or len(table) > _BIN_ROOM:
        return None
    bowl = w.rng.choice(full)
    if len(full) > 1:  # other bowls with blocks would leave "the table" unclear
        return None
    text = f"Please clear the table into the bin, but keep the {bowl} like it is now."
    return _made(w, text, _act(binned(table), _same_bowl(bowl)))


def t293_keep_sergeant(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    if not _can_stack(w, a, b) or not _not_above(w, c, a, b):
        return None
    text = (f"STACK THE {a.upper()} ON THE {b.upper()}. THE {c.upper()} DOES NOT MOVE. NOT ONE INCH. "
            "UNDERSTOOD?")
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(c)))


def t293_keep_blogger(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    if not _not_above(w, b, a):
        return None
    place = w.rng.choice(PLACES)
    text = f"moving the {a} to the {place} today, but my {b} stays exactly where it is!! it's perfect there"
    return _made(w, text, _act(rels(Rel("at", a, place)), kept(b)))


def t293_keep_uncle2(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = (f"bin the {a}, there's a good chap, but whatever's in the {bowl}, you leave that lot alone, "
            "it's been in there since Christmas")
    return _made(w, text, _act(rels(Rel("in_bin", a)), kept(*w.state.in_bowl(bowl))))


def t293_keep_plain74(w: World) -> Made:
    live = _live(w)
    pairs = [(a, b) for a in live for b in live
             if _can_stack(w, a, b) and w.state.is_clear(a) and w.state.is_clear(b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [x for x in live if x != a]
    text = f"Put the {a} on the {b} and keep everything else where it is."
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(*others)))


# ----- multi-step -----------------------------------------------------------------------------------
def t293_multi_painter(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [b]):
        return None
    text = f"first bin the {a}, then stick the {b} in the {bowl}"
    return _made(w, text, _rel(Rel("in_bin", a), Rel("in", b, bowl)))


def t293_multi_arabic3(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    text = f"First you put the {a} on the table, after this you put the {b} on top of the {a}."
    return _made(w, text, _rel(Rel("on_table", a), Rel("on", b, a)))


def t293_multi_sergeant(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    place = w.rng.choice(_CORNERS)
    text = f"FIRST: THE {a.upper()} TO THE {place.upper()}. SECOND: THE {b.upper()} ON TOP OF THE {a.upper()}. EXECUTE!"
    return _made(w, text, _rel(Rel("at", a, place), Rel("on", b, a)))


def t293_multi_blogger(w: World) -> Made:
    full = [x for x in w.bowls if w.state.in_bowl(x)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _live(w) if b not in inside]
    if not cands or len(inside) > _BIN_ROOM:
        return None
    b = w.rng.choice(cands)
    text = f"step one: empty the {bowl} into the bin. step two: pop the {b} in the {bowl}!! fresh start vibes"
    return _made(w, text, _act(binned(inside), rels(Rel("in", b, bowl))))


def t293_multi_uncle2(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if t in _live(w)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(below) == bowl or not _room(w, bowl, [below]):
        return None
    text = (f"right, first things first, get the {top} off the {below}, and then, only then mind, "
            f"put the {below} in the {bowl}")
    return _made(w, text, _act(_not_on(top, below), rels(Rel("in", below, bowl))))


def t293_multi_plain74(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    place = w.rng.choice(PLACES)
    text = f"Move the {a} to the {place}, and once that's done, put the {b} in the bin."
    return _made(w, text, _rel(Rel("at", a, place), Rel("in_bin", b)))


# ----- questions ------------------------------------------------------------------------------------
def t293_q_painter(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return f"hey, how many blocks are in the {bowl} right now?", answered(str(n))


def t293_q_arabic3(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.base(b) in w.bowls]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return f"The {b}, in which bowl it is?", answered(w.state.base(b))


def t293_q_sergeant(w: World) -> Made:
    live = _live(w)
    pairs = [(t, s) for t, s in w.pairs() if t in live]
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        cands = [(a, b) for a in live for b in live if a != b and a not in w.state.above(b)]
        if not cands:
            return None
        a, b = w.rng.choice(cands)
    flag = holds(Rel("on", a, b), w.state)
    return f"IS THE {a.upper()} ON THE {b.upper()}? YES OR NO, SOLDIER!", answered(yes(flag))


def t293_q_blogger(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = w.state.count_at(TABLE)
    flag = not w.state.in_bowl(bowl)
    text = f"omg quick q: how many blocks are on the table rn?? and is the {bowl} empty??"
    return text, answered(f"{n}|{yes(flag).lower()}")


def t293_q_uncle2(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    up = w.state.on_top(b[0])
    text = f"tell you what, settle a bet between me and your aunt: what's sitting on top of the {b[0]}?"
    return text, answered(up[0] if up else "nothing")


def t293_q_plain74(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if t in _live(w)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    text = f"Which block is under the {top}? And how many blocks are in the {bowl}?"
    return text, answered(f"{below}|{n}")


# ----- matching -------------------------------------------------------------------------------------
def t293_match_painter(w: World) -> Made:
    if not _matchers(w) or not _match_room(w):
        return None
    text = "put each block in the bowl that's the same colour as it, for the ones that have one"
    return _made(w, text, _rel(*matching(w)))


def t293_match_arabic3(w: World) -> Made:
    cands = [b for b in _matchers(w) if w.state.base(b) != _bowl_of(w, b) and _room(w, _bowl_of(w, b), [b])]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _made(w, f"Please put the {b} in the bowl which have same colour.", _rel(Rel("in", b, _bowl_of(w, b))))


def t293_match_sergeant(w: World) -> Made:
    match = _matchers(w)
    rest = [b for b in _live(w) if b not in match]
    if not match or len(rest) > _BIN_ROOM or not _match_room(w):
        return None
    text = ("EVERY BLOCK WITH A BOWL OF ITS OWN COLOUR GOES IN THAT BOWL. EVERY OTHER BLOCK GOES IN THE BIN. "
            "MOVE IT!")
    return _made(w, text, _act(rels(*matching(w)), binned(rest)))


def t293_match_blogger(w: World) -> Made:
    match = _matchers(w)
    rest = [b for b in _live(w) if b not in match]
    moving = [b for b in match if w.state.base(b) != _bowl_of(w, b)]
    if not match or not rest or not _match_room(w) or not all(_not_above(w, r, *moving) for r in rest):
        return None
    text = ("colour coordination moment!! every block that has a matching bowl goes in it, and the other blocks "
            "stay exactly where they are")
    return _made(w, text, _act(rels(*matching(w)), kept(*rest)))


def t293_match_uncle2(w: World) -> Made:
    cands = [x for x in w.bowls if any(w.colour(b) == w.colour(x) for b in _live(w))]
    if not cands:
        return None
    bowl = w.rng.choice(cands)
    b = next(b for b in _live(w) if w.colour(b) == w.colour(bowl))
    text = (f"that block that's the same colour as the {bowl}, yeah? stick it in the bin, it's had its chance, "
            "no offence to it")
    return _made(w, text, _rel(Rel("in_bin", b)))


def t293_match_plain74(w: World) -> Made:
    match = _matchers(w)
    rest = [b for b in _live(w) if b not in match]
    if not rest or len(rest) > _BIN_ROOM:
        return None
    text = "Put the blocks whose colour doesn't match any of the bowls in the bin."
    return _made(w, text, _act(binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("painter", "arabic3", "sergeant", "blogger", "uncle2", "plain74")
FRESH293: list[Template] = [
    (f"t293_{short}_{style}", category, globals()[f"t293_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
