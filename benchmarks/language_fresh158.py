"""`FRESH158`, the hundred-and-fifty-ninth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is dictation: what a speech-to-text app makes of a spoken request. People talk to the robot through a
dictation app and send the transcript as it comes out, all in lower case: the punctuation they spoke is written out
as words ("period", "comma", "full stop", "question mark"), the app picks homophones ("read block" for the red block,
"blew bowl" for the blue bowl, "too blocks", "won tower", "there" for "their", "the whole bowl" for "the bowl"),
numbers come out as digits and ordinals ("2 blocks", "the 1st bowl from the left", "the red 1"), words are split or
run together ("in to", "on to", "in side", "under neath", "ontop", "any where", "with out", "every thing"), fillers
and restarts are transcribed ("um", "uh", "put the green block i mean the red block"), or the whole request comes
out as one run-on line with no punctuation at all. Each sentence carries one kind of artefact and stays clear to a
careful reader who knows it was dictated; a homophone only ever stands for the object it sounds like, and only when
the scene has that object. The checks accept every outcome that does what the words ask, in any order and with any
free choice the words leave open (which blocks, where the ones in the way go), insist on the corrected reading of a
restart, and require an empty gripper at the end; questions are answered from the scene, never with a zero count.
The six styles:

- punct: "put the red block in the blue bowl period then stack the green block on it period"
- homo: "stack the read block on the green block"
- digits: "put 2 blocks in the bin, the red 1 and the green 1"
- joined: "take the red block off the green block and put it on to the table"
- filler: "um put the green block i mean the red block in the bin"
- runon: "grab the red block and put it in the top left corner thanks that's all"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on e49258f, the code of 0105e3d, before anything it could prompt): 0.7867
goal-correct (236 of 300), 54 refused, 1 asked. One wrong action: "any block that has a bowl of its own colour goes in
that bowl and the ones that don't have a matching bowl go in the bin", said as one run-on line, read 'any' as one free
choice and put a block with a matching bowl on the table. Eight wrong replies: 'is X in side W' and "can you tell me how
many bowls there are i can't quite see from here". The refusals were words heard as two ('in side', 'under neath', 'with
out', 'any where', 'ontop'), 'won' for 'one', corrections without marks ('on the red block uh no not on the red block on
the green block') and run-on steps.
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

# ----- helpers ---------------------------------------------------------------------------------------------------
_HOMO = {"red": "read", "blue": "blew"}
_ON_TABLE = (TABLE, *PLACES)
_CAPACITY = 4  # blocks a bowl holds
_MARGIN = 0.05  # metres between neighbours before "left", "right" or "closest" is clear


def _act(*checks: Check) -> Check:
    """The goal holds and nothing is left in the gripper."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _out(text: str, check: Check, w: World) -> Made:
    """The instance, unless the scene already satisfies it (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _hom(name: str) -> str | None:
    """The name as the dictation app spelled it ("read block"), or None when its colour has no homophone."""
    colour, rest = name.split(" ", 1)
    return f"{_HOMO[colour]} {rest}" if colour in _HOMO else None


def _plain(name: str) -> bool:
    return name.split(" ", 1)[0] not in _HOMO


def _depth(s: SymState, b: str) -> int:
    """How many blocks are under `b` in its tower."""
    n, cur = 0, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stackable(w: World, a: str, b: str) -> bool:
    """`a` can go straight onto `b`: different towers' order allows it and the tower stays within four blocks."""
    s = w.state
    return a != b and s.support[a] != b and b not in s.above(a) and _depth(s, b) <= 2


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= _CAPACITY


def _where(place: str) -> str:
    return f"the {place}"


def _on_table(b: str) -> Check:
    return rels(Rel("on_table", b))


def _in(b: str, bowl: str) -> Check:
    return rels(Rel("in", b, bowl))


def _on(a: str, b: str) -> Check:
    return rels(Rel("on", a, b))


def _at(b: str, place: str) -> Check:
    return rels(Rel("at", b, place))


def _not(check: Check) -> Check:
    return lambda i, f: not check(i, f)


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _blocks(n: int) -> str:
    return f"{n} block" if n == 1 else f"{n} blocks"


def _by_y(w: World, names: list[str]) -> list[str] | None:
    """`names` from left to right (left is -y), or None when two of them are too close to tell apart."""
    order = sorted(names, key=w.y)
    if any(w.y(b) - w.y(a) < _MARGIN for a, b in zip(order, order[1:])):
        return None
    return order


def _unique_colour(w: World, b: str) -> bool:
    """No other object (a bowl included) shares the colour of `b`."""
    return sum(1 for o in w.scene.objects if o.colour == w.colour(b)) == 1


def _not_above(w: World, b: str, *moved: str) -> bool:
    """`b` need not move for `moved` to move: it is none of them and sits on none of them."""
    return all(b != m and b not in w.state.above(m) for m in moved)


# ----- imperative ------------------------------------------------------------------------------------------------
def t158_imp_punct(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    bowls = [b for b in w.bowls if w.state.base(a) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"put the {a} in the {bowl} period",
        f"pick up the {a} comma then drop it in the {bowl} full stop",
        f"the {a} comma put it in the {bowl} please period",
    ])
    return _out(text, _act(_in(a, bowl)), w)


def t158_imp_homo(w: World) -> Made:
    xs = [b for b in w.blocks if _hom(b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    ys = [y for y in w.blocks if _plain(y) and _stackable(w, x, y)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = w.rng.choice([f"stack the {_hom(x)} on the {y}", f"put the {_hom(x)} on top of the {y}"])
    return _out(text, _act(_on(x, y)), w)


def t158_imp_digits(w: World) -> Made:
    pool = [b for b in w.blocks if _unique_colour(w, b)]
    if len(pool) < 2:
        return None
    a, b = w.pick(pool, 2)
    ca, cb = w.colour(a), w.colour(b)
    text = w.rng.choice([
        f"put 2 blocks in the bin, the {ca} 1 and the {cb} 1",
        f"the {ca} 1 and the {cb} 1, put those 2 blocks in the bin",
    ])
    return _out(text, _act(binned([a, b])), w)


def t158_imp_joined(w: World) -> Made:
    s = w.state
    off = [b for b in w.blocks if s.support[b] not in _ON_TABLE]
    if off and w.rng.random() < 0.6:
        a = w.rng.choice(off)
        sup = s.support[a]
        if sup in s.bowls:
            text = f"lift the {a} out of the {sup} and put it on to the table"
        else:
            text = f"take the {a} off the {sup} and put it on to the table"
        return _out(text, _act(_on_table(a)), w)
    loose = [b for b in w.blocks if s.base(b) not in s.bowls]
    bowls = [b for b in w.bowls if _room(w, b)]
    if not loose or not bowls:
        return None
    a, bowl = w.rng.choice(loose), w.rng.choice(bowls)
    return _out(f"put the {a} in to the {bowl}", _act(_in(a, bowl)), w)


def t158_imp_filler(w: World) -> Made:
    a, wrong = w.pick(w.blocks, 2)
    form = w.rng.randrange(3)
    if form == 0:
        return _out(f"um put the {wrong} i mean the {a} in the bin", _act(binned([a]), none_binned([wrong])), w)
    if form == 1:
        return _out(f"uh grab the {a} and um put it in the bin", _act(binned([a])), w)
    return _out(f"put the uh the {a} in the uh the bin", _act(binned([a])), w)


def t158_imp_runon(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"grab the {a} and put it in {_where(place)} thanks that's all",
        f"can you move the {a} over to {_where(place)} and then you're done",
    ])
    return _out(text, _act(_at(a, place)), w)


# ----- declarative -----------------------------------------------------------------------------------------------
def t158_dec_punct(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    bowls = [b for b in w.bowls if s.base(a) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    others = [b for b in w.blocks if b != a and s.support[b] not in _ON_TABLE]
    if others and w.rng.random() < 0.7:
        b = w.rng.choice(others)
        text = f"the {a} is in the {bowl} period the {b} is on the table period"
        return _out(text, _act(_in(a, bowl), _on_table(b)), w)
    return _out(f"the {a} is in the {bowl} full stop", _act(_in(a, bowl)), w)


def t158_dec_homo(w: World) -> Made:
    s = w.state
    options: list[tuple[str, Check]] = []
    for bowl in w.bowls:
        if _hom(bowl) and _room(w, bowl):
            for a in w.blocks:
                if _plain(a) and s.base(a) != bowl:
                    options.append((f"the {a} is in the {_hom(bowl)}", _in(a, bowl)))
    for x in w.blocks:
        if _hom(x) and s.support[x] not in _ON_TABLE:
            options.append((f"the {_hom(x)} is on the table", _on_table(x)))
    if len(w.bowls) == 1 and _room(w, w.bowls[0]):
        for a in w.blocks:
            if _plain(a) and s.base(a) != w.bowls[0]:
                options.append((f"the {a} is in the whole bowl", _in(a, w.bowls[0])))
    if not options:
        return None
    text, check = w.rng.choice(options)
    return _out(text, _act(check), w)


def t158_dec_digits(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    ns = [n for n in (1, 2, 3) if n != now and n <= len(w.blocks)]
    n = w.rng.choice(ns)
    text = w.rng.choice([
        f"the {bowl} has exactly {_blocks(n)} in it",
        f"there are exactly {_blocks(n)} in the {bowl}",
    ])
    return _out(text, _act(count_in(bowl, n)), w)


def t158_dec_joined(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
        if pairs:
            a, b = w.rng.choice(pairs)
            return _out(f"the {a} is ontop of the {b}", _act(_on(a, b)), w)
    a = w.rng.choice(w.blocks)
    bowls = [b for b in w.bowls if s.base(a) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _out(f"the {a} is in side the {bowl}", _act(_in(a, bowl)), w)


def t158_dec_filler(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        a, wrong = w.pick(w.blocks, 2)
        place = w.rng.choice(PLACES)
        text = f"the {wrong} no wait the {a} is in {_where(place)}"
        return _out(text, _act(_at(a, place), _not(_at(wrong, place))), w)
    a = w.rng.choice(w.blocks)
    bowls = [b for b in w.bowls if s.base(a) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _out(f"so um the {a} is uh in the {bowl}", _act(_in(a, bowl)), w)


def t158_dec_runon(w: World) -> Made:
    s = w.state
    bases = [b for b in w.blocks if _depth(s, b) == 0]
    b = w.rng.choice(bases)
    rest = [x for x in w.blocks if x != b]
    if len(rest) < 2:
        return None
    a, c = w.pick(rest, 2)
    text = w.rng.choice([
        f"the {a} is on the {b} and the {c} is on the {a} so the three of them make a tower",
        f"the {a} sits on the {b} and the {c} sits on top of the {a} and that's how it should look",
    ])
    return _out(text, _act(_on(a, b), _on(c, a)), w)


# ----- desiderative ----------------------------------------------------------------------------------------------
def t158_des_punct(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    if w.rng.random() < 0.6:
        text = f"i'd like the {a} in the bin comma and the {b} in {_where(place)} full stop"
        return _out(text, _act(binned([a]), _at(b, place)), w)
    return _out(f"i want the {a} in the bin period", _act(binned([a])), w)


def t158_des_homo(w: World) -> Made:
    s = w.state
    options: list[tuple[str, Check]] = []
    for bowl in w.bowls:
        if not _plain(bowl):
            continue
        n = len(s.in_bowl(bowl))
        if n != 2:
            options.append((w.rng.choice([f"i want too blocks in the {bowl}",
                                          f"i'd like there to be too blocks in the {bowl}"]), count_in(bowl, 2)))
        if n >= 2:
            options.append((f"i'd like just won block left in the {bowl}", count_in(bowl, 1)))
    if not options:
        return None
    text, check = w.rng.choice(options)
    return _out(text, _act(check), w)


def t158_des_digits(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    d = _depth(s, a)
    now = len(s.above(a))
    ns = [n for n in (1, 2, 3) if n != now and d + n + 1 <= 4 and n <= len(w.blocks) - 1]
    if not ns:
        return None
    n = w.rng.choice(ns)
    text = w.rng.choice([
        f"i'd like {_blocks(n)} stacked on top of the {a}",
        f"i want the {a} to have {_blocks(n)} on top of it",
    ])
    return _out(text, _act(lambda _i, f: len(f.above(a)) == n), w)


def t158_des_joined(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if full and w.rng.random() < 0.5:
        bowl = w.rng.choice(full)
        inside = s.in_bowl(bowl)
        text = f"make it so that every thing in the {bowl} ends up on the table"
        return _out(text, _act(lambda _i, f: all(f.base(b) in _ON_TABLE for b in inside)), w)
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _out(f"i'd like the {a} moved on to the {b}", _act(_on(a, b)), w)


def t158_des_filler(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
        if not pairs:
            return None
        a, b = w.rng.choice(pairs)
        return _out(f"uh i'd like um the {a} on the {b} please", _act(_on(a, b)), w)
    a, wrong = w.pick(w.blocks, 2)
    bowls = [b for b in w.bowls if s.base(a) != b and s.base(wrong) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"i want the {wrong} sorry the {a} in the {bowl}"
    return _out(text, _act(_in(a, bowl), _not(_in(wrong, bowl))), w)


def t158_des_runon(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    bowls = [x for x in w.bowls if s.base(b) != x and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"make it so that the {a} ends up on the table and the {b} ends up in the {bowl} thank you",
        f"what i'd like is the {b} in the {bowl} and the {a} on the table nothing fancy",
    ])
    return _out(text, _act(_on_table(a), _in(b, bowl)), w)


# ----- quantified ------------------------------------------------------------------------------------------------
def t158_qua_punct(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = w.rng.choice([
        "take every block out of the bowls comma and put them on the table period",
        "put all the blocks that are in bowls on the table full stop",
    ])
    return _out(text, _act(lambda _i, f: all(f.base(b) in _ON_TABLE for b in inside)), w)


def t158_qua_homo(w: World) -> Made:
    group = w.state.on_the_table()
    if not 2 <= len(group) <= 4:
        return None
    text = w.rng.choice([
        "stack all the blocks on the table in won tower",
        "put every block that's on the table into won single tower",
    ])
    return _out(text, _act(rels(Rel("tower", *group))), w)


def t158_qua_digits(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    n = w.rng.choice([1, 2, 3])
    any_n = "any 1 will do" if n == 1 else f"any {n} will do"
    text = w.rng.choice([
        f"put {_blocks(n)} in the {bowl}, {any_n}",
        f"get {_blocks(n)} into the {bowl}, which {'one' if n == 1 else 'ones'} is up to you",
    ])
    return _out(text, _act(count_in(bowl, n)), w)


def t158_qua_joined(w: World) -> Made:
    s = w.state
    group = s.on_the_table()
    if not 2 <= len(group) <= 5:
        return None
    rest = [b for b in w.blocks if b not in group]
    text = w.rng.choice([
        "put every block that is on the table in to the bin",
        "put each of the blocks sitting on the table in to the bin",
    ])
    return _out(text, _act(binned(group), none_binned(rest)), w)


def t158_qua_filler(w: World) -> Made:
    s = w.state
    stacked = [b for b in w.blocks if s.support[b] in s.support]
    if not stacked:
        return None
    text = w.rng.choice([
        "uh take every block that's um on top of another block and put it on the table",
        "um put all the uh stacked blocks on the table so no block is on another block",
    ])
    check = _act(lambda _i, f: all(f.support[b] in _ON_TABLE for b in stacked),
                 lambda _i, f: not any(f.support[b] in f.support for b in f.blocks))
    return _out(text, check, w)


def t158_qua_runon(w: World) -> Made:
    s = w.state
    empties = [b for b in w.bowls if not s.in_bowl(b)]
    if not empties or len(w.blocks) < len(empties):
        return None
    text = w.rng.choice([
        "put one block in every empty bowl any block is fine",
        "every bowl that has nothing in it should get exactly one block it doesn't matter which",
    ])
    return _out(text, _act(*(count_in(b, 1) for b in empties)), w)


# ----- negated ---------------------------------------------------------------------------------------------------
def t158_neg_punct(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    near = [b for b in w.blocks if b != a and (b in s.above(a) or a in s.above(b))]
    b = w.rng.choice(near or [x for x in w.blocks if x != a])
    text = w.rng.choice([
        f"put the {a} in the bin comma not the {b} period",
        f"put the {a} in the bin period do not put the {b} in there period",
    ])
    return _out(text, _act(binned([a]), none_binned([b])), w)


def t158_neg_homo(w: World) -> Made:
    xs = [b for b in w.blocks if _hom(b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    others = [b for b in w.blocks if b != x]
    text = w.rng.choice([
        f"put every block except the {_hom(x)} in the bin",
        f"put all the blocks but the {_hom(x)} in the bin",
    ])
    return _out(text, _act(binned(others), none_binned([x])), w)


def t158_neg_digits(w: World) -> Made:
    if len(w.blocks) >= 4 and w.rng.random() < 0.5:
        a, b = w.pick(w.blocks, 2)
        text = f"put 2 blocks in the bin but not the {a} or the {b}"
        return _out(text, _act(_bin_count(2), none_binned([a, b])), w)
    a = w.rng.choice(w.blocks)
    return _out(f"put 2 blocks in the bin, but not the {a}", _act(_bin_count(2), none_binned([a])), w)


def t158_neg_joined(w: World) -> Made:
    s = w.state
    off = [b for b in w.blocks if s.support[b] not in _ON_TABLE]
    if not off:
        return None
    a = w.rng.choice(off)
    sup = s.support[a]
    if sup in s.bowls:
        text = f"take the {a} out of the {sup} and put it any where but the table"
        moved: Check = lambda _i, f: f.base(a) != sup
    else:
        text = f"lift the {a} off the {sup} and put it any where but the table"
        moved = lambda _i, f: f.support[a] != sup
    return _out(text, _act(moved, _not(_on_table(a))), w)


def t158_neg_filler(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        triples = [(a, b, c) for a in w.blocks for b in w.blocks for c in w.blocks
                   if b != c and a != b and _stackable(w, a, c)]
        if not triples:
            return None
        a, b, c = w.rng.choice(triples)
        text = f"put the {a} on the {b} uh no not on the {b} on the {c}"
        return _out(text, _act(_on(a, c)), w)
    a = w.rng.choice(w.blocks)
    bowls = [b for b in w.bowls if s.base(a) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    before = set(s.in_bowl(bowl)) | {a}
    text = f"um put the {a} in the {bowl} and uh don't put anything else in it"
    return _out(text, _act(_in(a, bowl), lambda _i, f: set(f.in_bowl(bowl)) <= before), w)


def t158_neg_runon(w: World) -> Made:
    s = w.state
    off = [b for b in w.blocks if s.support[b] != TABLE]
    if not off:
        return None
    a = w.rng.choice(off)
    text = w.rng.choice([
        f"put the {a} on the table but not in any of the corners or the middle just somewhere else on the table",
        f"set the {a} down on the table not in a corner and not in the middle either",
    ])
    return _out(text, _act(lambda _i, f: f.support[a] == TABLE), w)


# ----- relative --------------------------------------------------------------------------------------------------
def t158_rel_punct(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if w.rng.random() < 0.5:
        text = f"take the block that is on top of the {below} comma and put it in the bin period"
        return _out(text, _act(binned([top])), w)
    bowls = [b for b in w.bowls if w.state.base(below) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"the block under the {top} comma put it in the {bowl} period"
    return _out(text, _act(_in(below, bowl)), w)


def t158_rel_homo(w: World) -> Made:
    s = w.state
    options: list[tuple[str, Check]] = []
    for top, below in w.pairs():
        if _hom(top) and _plain(below):
            options.append((f"put the block under the {_hom(top)} in the bin", binned([below])))
        if _hom(below) and _plain(top):
            options.append((f"put the block on top of the {_hom(below)} in the bin", binned([top])))
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        if _hom(bowl) and len(inside) == 1 and _plain(inside[0]):
            options.append((f"take the block in the {_hom(bowl)} and put it on the table", _on_table(inside[0])))
    if len(w.bowls) >= 2:
        for x in w.blocks:
            if _hom(x) and s.support[x] == TABLE and s.is_clear(x):
                near = sorted(w.bowls, key=lambda b: w.dist(x, b))
                if w.dist(x, near[1]) - w.dist(x, near[0]) >= _MARGIN and _plain(near[0]) and _room(w, near[0]):
                    options.append((f"put the {_hom(x)} in the bowl closest to it", _in(x, near[0])))
    if not options:
        return None
    text, check = w.rng.choice(options)
    return _out(text, _act(check), w)


_ORD = ("1st", "2nd", "3rd")


def t158_rel_digits(w: World) -> Made:
    s = w.state
    options: list[tuple[str, str]] = []  # (how the bowl is named, the bowl)
    order = _by_y(w, w.bowls) if len(w.bowls) >= 2 else None
    if order:
        for k, bowl in enumerate(order):
            options.append((f"the {_ORD[k]} bowl from the left", bowl))
        for k, bowl in enumerate(order[::-1]):
            options.append((f"the {_ORD[k]} bowl from the right", bowl))
    counts = {b: len(s.in_bowl(b)) for b in w.bowls}
    for bowl, n in counts.items():
        if n >= 1 and list(counts.values()).count(n) == 1:
            options.append((f"the bowl that has {_blocks(n)} in it", bowl))
    if not options:
        return None
    named, bowl = w.rng.choice(options)
    loose = [b for b in w.blocks if s.base(b) != bowl]
    if not loose or not _room(w, bowl):
        return None
    a = w.rng.choice(loose)
    return _out(f"put the {a} in {named}", _act(_in(a, bowl)), w)


def t158_rel_joined(w: World) -> Made:
    s = w.state
    options: list[tuple[str, Check]] = []
    for bowl in w.bowls:
        inside = s.in_bowl(bowl)
        if len(inside) == 1:
            options.append((f"take the block in side the {bowl} and put it in the bin", binned(inside)))
    for top, below in w.pairs():
        options.append((f"put the block under neath the {top} in the bin", binned([below])))
    if not options:
        return None
    text, check = w.rng.choice(options)
    return _out(text, _act(check), w)


def t158_rel_filler(w: World) -> Made:
    s = w.state
    options: list[tuple[str, Check]] = []
    for bowl in w.bowls:
        if s.in_bowl(bowl):
            continue  # the blocks inside would be the nearest
        near = sorted(w.blocks, key=lambda b: w.dist(b, bowl))
        if w.dist(near[1], bowl) - w.dist(near[0], bowl) >= _MARGIN:
            x = near[0]
            options.append((f"um put the block that's uh closest to the {bowl} in it", _in(x, bowl)))
            options.append((f"the uh block nearest the {bowl} um put it in the bin", binned([x])))
    for place in PLACES:
        px, py = layout.PLACES[place]
        gap = {b: ((w.scene.get(b).position[0] - px) ** 2 + (w.scene.get(b).position[1] - py) ** 2) ** 0.5
               for b in w.blocks}
        near = sorted(w.blocks, key=gap.__getitem__)
        if gap[near[1]] - gap[near[0]] >= _MARGIN:
            text = f"uh the block nearest {_where(place)} um slide it over so it's in {_where(place)}"
            options.append((text, _at(near[0], place)))
    if not options:
        return None
    text, check = w.rng.choice(options)
    return _out(text, _act(check), w)


def t158_rel_runon(w: World) -> Made:
    s = w.state
    order = _by_y(w, w.bowls) if len(w.bowls) >= 2 else None
    if not order:
        return None
    side, bowl = w.rng.choice([("right", order[-1]), ("left", order[0])])
    loose = [b for b in w.blocks if s.base(b) != bowl]
    if not loose or not _room(w, bowl):
        return None
    a = w.rng.choice(loose)
    text = w.rng.choice([
        f"put the {a} in whichever bowl is furthest to the {side}",
        f"the {a} goes in the bowl that's furthest {side} please and thanks",
    ])
    return _out(text, _act(_in(a, bowl)), w)


# ----- keep ------------------------------------------------------------------------------------------------------
def t158_keep_punct(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    bowls = [b for b in w.bowls if s.base(a) != b and _room(w, b)]
    others = [b for b in w.blocks if _not_above(w, b, a)]
    if not bowls or not others:
        return None
    bowl, b = w.rng.choice(bowls), w.rng.choice(others)
    text = w.rng.choice([
        f"put the {a} in the {bowl} period leave the {b} where it is period",
        f"leave the {b} alone comma just put the {a} in the {bowl} full stop",
    ])
    return _out(text, _act(_in(a, bowl), kept(b)), w)


def t158_keep_homo(w: World) -> Made:
    xs = [b for b in w.blocks if _hom(b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    movers = [a for a in w.blocks if _plain(a) and _not_above(w, x, a)]
    if not movers:
        return None
    a = w.rng.choice(movers)
    text = w.rng.choice([
        f"put the {a} in the bin but leave the {_hom(x)} where it is",
        f"don't move the {_hom(x)}, just put the {a} in the bin",
    ])
    return _out(text, _act(binned([a]), kept(x)), w)


def t158_keep_digits(w: World) -> Made:
    s = w.state
    clear = w.clear_blocks()
    a = w.rng.choice(clear)
    bowls = [b for b in w.bowls if s.base(a) != b and _room(w, b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    others = [b for b in w.blocks if b != a]
    text = f"put the {a} in the {bowl} and leave the other {len(others)} blocks where they are"
    return _out(text, _act(_in(a, bowl), kept(*others)), w)


def t158_keep_joined(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _stackable(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [c for c in w.blocks if _not_above(w, c, a, b)]
    if not others:
        return None
    c = w.rng.choice(others)
    text = w.rng.choice([
        f"stack the {a} on the {b} with out moving the {c}",
        f"with out touching the {c}, put the {a} on the {b}",
    ])
    return _out(text, _act(_on(a, b), kept(c)), w)


def t158_keep_filler(w: World) -> Made:
    a = w.rng.choice(w.clear_blocks())
    place = w.rng.choice(PLACES)
    others = [b for b in w.blocks if b != a]
    text = w.rng.choice([
        f"um put the {a} in {_where(place)} and uh leave everything else alone",
        f"uh just move the {a} um into {_where(place)} and don't uh touch anything else",
    ])
    return _out(text, _act(_at(a, place), kept(*others)), w)


def t158_keep_runon(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if _not_above(w, b, a)]
    if len(others) < 2:
        return None
    b, c = w.pick(others, 2)
    text = w.rng.choice([
        f"the {a} goes in the bin and the {b} stays exactly where it is and so does the {c}",
        f"put the {a} in the bin but the {b} and the {c} don't move they stay right where they are",
    ])
    return _out(text, _act(binned([a]), kept(b, c)), w)


# ----- multi-step ------------------------------------------------------------------------------------------------
def t158_multi_punct(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    bowls = [x for x in w.bowls if s.base(a) != x and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"put the {a} in the {bowl} period then stack the {b} on it period",
        f"first the {a} goes in the {bowl} comma then the {b} goes on top of it full stop",
    ])
    return _out(text, _act(_in(a, bowl), _on(b, a)), w)


def t158_multi_homo(w: World) -> Made:
    xs = [b for b in w.blocks if _hom(b)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    bs = [b for b in w.blocks if b != x and _plain(b)]
    if not bs:
        return None
    b = w.rng.choice(bs)
    text = w.rng.choice([
        f"first put the {_hom(x)} on the table, then put the {b} on top of it",
        f"put the {_hom(x)} down on the table and after that stack the {b} on it",
    ])
    return _out(text, _act(_on_table(x), _on(b, x)), w)


def t158_multi_digits(w: World) -> Made:
    s = w.state
    a, b, c = w.pick(w.blocks, 3)
    bowls = [x for x in w.bowls if s.base(b) != x and _room(w, x)]
    if not bowls:
        return None
    bowl, place = w.rng.choice(bowls), w.rng.choice(PLACES)
    text = f"1st put the {a} in the bin, 2nd put the {b} in the {bowl}, 3rd put the {c} in {_where(place)}"
    return _out(text, _act(binned([a]), _in(b, bowl), _at(c, place)), w)


def t158_multi_joined(w: World) -> Made:
    s = w.state
    a, b = w.pick(w.blocks, 2)
    bowls = [x for x in w.bowls if s.base(b) != x and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"put the {a} in to the bin and after that put the {b} in to the {bowl}",
        f"first the {a} in to the bin then the {b} in to the {bowl}",
    ])
    return _out(text, _act(binned([a]), _in(b, bowl)), w)


def t158_multi_filler(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = w.rng.choice([
        f"first um put the {a} on the table then uh put the {b} on it and then the {c} on top",
        f"uh start with the {a} on the table um then the {b} on the {a} and uh the {c} on the {b}",
    ])
    return _out(text, _act(rels(Rel("stacked", a, b, c))), w)


def t158_multi_runon(w: World) -> Made:
    s = w.state
    a, b, c = w.pick(w.blocks, 3)
    bowls = [x for x in w.bowls if s.base(c) != x and _room(w, x)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = w.rng.choice([
        f"put the {a} in the bin then the {b} in the bin too after that the {c} goes in the {bowl} and that's it",
        f"first the {a} into the bin next the {b} into the bin and last the {c} into the {bowl} ok",
    ])
    return _out(text, _act(binned([a, b]), _in(c, bowl)), w)


# ----- questions -------------------------------------------------------------------------------------------------
def t158_q_punct(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    if full and w.rng.random() < 0.5:
        bowl = w.rng.choice(full)
        return f"how many blocks are in the {bowl} question mark", answered(str(len(s.in_bowl(bowl))))
    a = w.rng.choice(w.blocks)
    return f"is the {a} in a bowl question mark", answered(yes(s.base(a) in s.bowls))


def t158_q_homo(w: World) -> Made:
    s = w.state
    options: list[tuple[str, str]] = []
    for x in w.blocks:
        if _hom(x):
            options.append((f"is the {_hom(x)} in a bowl", yes(s.base(x) in s.bowls)))
    for bowl in w.bowls:
        if _hom(bowl) and s.in_bowl(bowl):
            options.append((f"how many blocks are in the {_hom(bowl)}", str(len(s.in_bowl(bowl)))))
    a = w.rng.choice(w.blocks)
    if _plain(a):
        options.append((f"is their anything on top of the {a}", yes(not s.is_clear(a))))
    if not options:
        return None
    text, prefix = w.rng.choice(options)
    return text, answered(prefix)


def t158_q_digits(w: World) -> Made:
    s = w.state
    if w.rng.random() < 0.5:
        bowl = w.rng.choice(w.bowls)
        n = len(s.in_bowl(bowl))
        k = w.rng.choice([x for x in (n - 1, n, n, n + 1) if x >= 1])
        text = f"is there exactly 1 block in the {bowl}" if k == 1 else f"are there exactly {k} blocks in the {bowl}"
        return text, answered(yes(k == n))
    n = len(w.blocks)
    k = w.rng.choice([n - 1, n, n, n + 1])
    return f"are there exactly {k} blocks altogether", answered(yes(k == n))


def t158_q_joined(w: World) -> Made:
    s = w.state
    a = w.rng.choice(w.blocks)
    if w.rng.random() < 0.5:
        bowl = s.base(a) if s.base(a) in s.bowls and w.rng.random() < 0.6 else w.rng.choice(w.bowls)
        return f"is the {a} in side the {bowl}", answered(yes(s.base(a) == bowl))
    return f"is there any thing on top of the {a}", answered(yes(not s.is_clear(a)))


def t158_q_filler(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
        return f"uh what colour is the block on um on the {below}", answered(w.colour(top))
    return "um how many uh blocks are there in total", answered(str(len(w.blocks)))


def t158_q_runon(w: World) -> Made:
    s = w.state
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        a = w.rng.choice(inside)
        return f"what colour is the bowl the {a} is sitting in i can't tell from here", answered(w.colour(s.base(a)))
    return "can you tell me how many bowls there are i can't quite see from here", answered(str(len(w.bowls)))


# ----- matching --------------------------------------------------------------------------------------------------
def t158_match_punct(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = w.rng.choice([
        "put each block in the bowl of the same colour period",
        "put every block that matches a bowl in that bowl comma please full stop",
    ])
    return _out(text, _act(rels(*want)), w)


def t158_match_homo(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = w.rng.choice(["put the blocks in there matching bowls", "match the blocks to there bowls by colour"])
    return _out(text, _act(rels(*want)), w)


def t158_match_digits(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    n = len(want)
    if n == 1:
        text = "put the 1 block that has a bowl of the same colour in that bowl"
    else:
        text = f"put the {n} blocks that have a bowl of the same colour in those bowls"
    return _out(text, _act(rels(*want)), w)


def t158_match_joined(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != r.target]
    if not want:
        return None
    r = w.rng.choice(want)
    text = w.rng.choice([
        f"put the {r.block} in to the bowl that is the same colour",
        f"put the {r.block} in to its matching bowl",
    ])
    return _out(text, _act(rels(r)), w)


def t158_match_filler(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.block) != r.target]
    if not want:
        return None
    if w.rng.random() < 0.5:
        r = w.rng.choice(want)
        text = f"put the {r.block} in the bin no wait in the bowl that matches it"
        return _out(text, _act(rels(r)), w)
    return _out("um put the blocks in the uh the bowls that are the same colour as um as them",
                _act(rels(*matching(w))), w)


def t158_match_runon(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    text = w.rng.choice([
        "any block that has a bowl of its own colour goes in that bowl and the ones that don't have a matching "
        "bowl go in the bin",
        "blocks with a bowl the same colour go in that bowl and every other block goes in the bin thanks",
    ])
    return _out(text, _act(rels(*want), binned(rest)), w)


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("punct", "homo", "digits", "joined", "filler", "runon")
FRESH158: list[Template] = [
    (f"t158_{short}_{style}", category, globals()[f"t158_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
