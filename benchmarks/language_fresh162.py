"""`FRESH162`, the hundred-and-sixty-third untuned batch: sixty language templates, six per category, for the offline planner.

The theme is distractors: sentences that name things which must not be acted on. People mention other blocks and
bowls for many reasons besides asking for them to move: to give a reason ("because the blue block is the one we still
need"), to compare ("like the green block"), to tell what happened before or what someone else did ("my colleague
already put the pink block in the red bowl"), to contrast or to rule out ("not the blue block - the red one", "if I
wanted the yellow block moved I'd say so"), to say what they will do themselves ("I'll deal with the green block
later") and to help find a thing or to warn ("the red block, the one sitting on the white block"; "careful, the cyan
block is right underneath it"). Every distractor named is a real object in the scene and every description of where
something is holds in the scene. The checks accept any order and any free choice the words leave (anywhere on the
table, any spot in a bowl, a tower standing in a bowl counts as in it), require nothing left in the gripper, and
require every named distractor, and every other block the sentence does not ask to move, to rest where it rested at
the start; a bowl named as a distractor keeps exactly the blocks it held. Targets are always free to move and free
to receive (nothing stacked on them), so no request depends on a distractor being moved. The six styles:

- reason: "Put the red block in the bin, because the blue block is the one we still need."
- compare: "The green block is in the blue bowl; put the red block in there too."
- past: "Somebody knocked the orange block over earlier; never mind that, just put the red block on the table."
- contrast: "Put the red block, not the blue block, on top of the yellow block."
- own: "I'll deal with the green block later; you put the red block in the white bowl."
- locate: "Take the red block - it's the one sitting on the blue block - and put it in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 9d19605, the code of 1ff139d, before anything it could prompt): 0.4067
goal-correct (122 of 300), 167 refused, 3 asked. Three wrong actions: "I'm going to rearrange X myself in a minute, so
please just make it so that Y is in W" moved X (twice; once it also put Y on X instead of on Z), and "Put every block
that's on top of another block in the bin. Careful: X is at the bottom of a stack, so it stays." put X on another block.
Five wrong replies: "Is X in W, like Y?" (twice), "Because X is in my way I can't see well from here: is there anything
stacked on top of Y?" (twice), and "X, the one in W with Y: is anything stacked on top of X?" was planned as moves. The
refusals were the speaker's own plans ('I'll deal with X later'), what others did ('someone knocked X over earlier'),
comparisons ('the same as X', 'do with X what was done with Y'), contrasts said again, reasons and warnings.
"""

from __future__ import annotations

from benchmarks.planner_language import Check, Made, Template, World, answered, kept, matching, yes
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- small helpers ----------------------------------------------------------------------------------
def _one(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _others(w: World, *names: str | None) -> list[str]:
    return [b for b in w.blocks if b not in names]


def _height(s: SymState, block: str) -> int:
    n, below = 1, s.support[block]
    while below in s.support:
        n, below = n + 1, s.support[below]
    return n


def _free(w: World, *avoid: str | None) -> list[str]:
    """Blocks with nothing on them, not in the bin, that may be moved or built on."""
    return [b for b in w.clear_blocks() if b not in avoid]


def _loose(w: World, *avoid: str | None) -> list[str]:
    """Blocks standing alone on the table: nothing under them but the table, nothing on them."""
    return [b for b in _free(w, *avoid) if w.state.support[b] == TABLE]


def _grounded(w: World, block: str) -> bool:
    return w.state.support[block] in _GROUND


def _bowl_of(w: World, block: str) -> str | None:
    base = w.state.base(block)
    return base if base in w.state.bowls else None


def _place_words(place: str) -> str:
    return "in the middle of the table" if place == "middle" else f"in the {place}"


def _into(words: str) -> str:
    """Destination words after a verb of motion: "in the bin" -> "into the bin", "on the table" -> "onto the table",
    "in the top left corner" -> "to the top left corner"."""
    if any(words == _place_words(p) for p in PLACES):
        return "to" + words[2:]
    if words.startswith("in the "):
        return "into" + words[2:]
    return "onto" + words[2:] if words.startswith("on the ") else words


def _dest(w: World, a: str, kinds: tuple[str, ...], avoid: tuple[str, ...] = ()) -> tuple[str, Rel] | None:
    """A destination for block `a` that does not hold yet: (words such as "in the bin", the relation it asks for).

    `kinds` are drawn from "bin", "table", "bowl", "place" and "block"; `avoid` names bowls and blocks not to use.
    """
    s = w.state
    by_kind: dict[str, list[tuple[str, Rel]]] = {}
    for kind in kinds:
        opts: list[tuple[str, Rel]] = []
        if kind == "bin":
            opts = [("in the bin", Rel("in_bin", a))]
        elif kind == "table":
            opts = [("on the table", Rel("on_table", a))]
        elif kind == "bowl":
            opts = [(f"in the {b}", Rel("in", a, b)) for b in w.bowls if b not in avoid]
        elif kind == "place":
            opts = [(_place_words(p), Rel("at", a, p)) for p in PLACES]
        elif kind == "block":
            opts = [(f"on the {c}", Rel("on", a, c)) for c in _free(w, a, *avoid) if _height(s, c) < layout.MAX_TOWER]
        opts = [o for o in opts if not holds(o[1], s)]
        if opts:
            by_kind[kind] = opts
    if not by_kind:
        return None
    return w.rng.choice(by_kind[w.rng.choice(sorted(by_kind))])


def _target(rel: Rel) -> str:
    """The block or bowl a destination relation puts its block on or in ("" for the bin, table and places)."""
    return rel.target if rel.rel in ("on", "in") else ""


def _goal(moved: list[str], distractors: list[str], *want: Rel | Check, bowls: tuple[str, ...] = ()) -> Check:
    """Every wanted relation holds, nothing is left in the gripper, the named distractor blocks rest where they
    rested at the start, so does every other block not in `moved`, and each distractor bowl in `bowls` holds
    exactly the blocks it held."""
    stay = kept(*distractors)
    moving = set(moved)

    def check(i: SymState, f: SymState) -> bool:
        if f.held is not None or not stay(i, f):
            return False
        if any(f.support.get(b) != s for b, s in i.support.items() if b not in moving):
            return False
        if any(sorted(i.in_bowl(b)) != sorted(f.in_bowl(b)) for b in bowls):
            return False
        return all(holds(x, f) if isinstance(x, Rel) else x(i, f) for x in want)

    return check


def _unless_done(w: World, check: Check, text: str) -> Made:
    """(text, check), or None when the scene already satisfies the check."""
    return None if check(w.state, w.state) else (text, check)


def _where(w: World, a: str) -> tuple[str, list[str], tuple[str, ...]] | None:
    """A true description that finds block `a`: (words, the blocks it names, the bowls it names)."""
    s = w.state
    below = s.support[a]
    if below in s.support:
        words = w.rng.choice([f"the one sitting on the {below}", f"the one on top of the {below}"])
        return words, [below], ()
    if below in s.bowls:
        with_it = [b for b in s.in_bowl(below) if b != a]
        if not with_it:
            return w.rng.choice([f"the one in the {below}", f"the one sitting in the {below}"]), [], ()
        if len(with_it) == 1:
            return f"the one in the {below} with the {with_it[0]}", with_it, ()
        return None
    if below != TABLE:
        return None
    # On the table: the block closest to an empty bowl (clearly closer than any other block).
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        if s.in_bowl(bowl):
            continue
        near = sorted((w.dist(b, bowl), b) for b in w.blocks if s.base(b) not in (bowl, BIN))
        if near and near[0][1] == a and (len(near) == 1 or near[1][0] - near[0][0] > 0.04):
            return f"the one closest to the {bowl}", [], (bowl,)
    return None


def _warning(w: World, a: str) -> tuple[str, str] | None:
    """A true fact to warn about, on a block near block `a` ("it" is `a`): (words, the block it names)."""
    s = w.state
    below = s.support[a]
    if below in s.support:
        words = w.rng.choice([f"the {below} is right underneath it", f"it's sitting right on top of the {below}"])
        return words, below
    bowl = _bowl_of(w, a)
    if bowl is not None:
        mates = [b for b in s.in_bowl(bowl) if b != a]
        if mates:
            m = w.rng.choice(mates)
            return f"the {m} is in the same bowl", m
        return None
    near = [b for b in w.blocks if s.support[b] == TABLE and b != a and w.dist(a, b) < 0.14]
    if near:
        n = w.rng.choice(near)
        return w.rng.choice([f"the {n} is right next to it", f"the {n} is close by"]), n
    return None


def _matches(w: World) -> dict[str, str]:
    """Block -> the bowl of its colour, for blocks that have one."""
    by_colour = {w.colour(b): b for b in w.bowls}
    return {b: by_colour[w.colour(b)] for b in w.blocks if w.colour(b) in by_colour}


def _unsorted(w: World) -> list[str]:
    """Free blocks that have a bowl of their colour and are not in it."""
    m = _matches(w)
    return [b for b in _free(w) if b in m and w.state.base(b) != m[b]]


def _no_bowl(w: World, *avoid: str | None) -> list[str]:
    """Blocks whose colour no bowl has."""
    m = _matches(w)
    return [b for b in w.blocks if b not in m and b not in avoid]


# ----- imperative -------------------------------------------------------------------------------------
def t162_imp_reason(w: World) -> Made:
    a = _one(w, _free(w))
    d = _one(w, _others(w, a))
    dest = _dest(w, a, ("bin", "table", "place")) if a else None
    if not d or not dest:
        return None
    words, rel = dest
    if rel.rel == "in_bin":
        why = w.rng.choice([f"because the {d} is the one we still need", f"since we're keeping the {d}"])
    else:
        why = w.rng.choice([f"because the {d} is already where it should be", f"since the {d} is fine as it is"])
    text = w.rng.choice([f"Put the {a} {words}, {why}.", f"Please set the {a} {words} - {why}."])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_imp_compare(w: World) -> Made:
    d = _one(w, w.in_bowls())
    bowl = _bowl_of(w, d) if d else None
    a = _one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if not a or not bowl:
        return None
    text = w.rng.choice([
        f"The {d} is in the {bowl}; put the {a} in there too.",
        f"Do with the {a} what was done with the {d}: put it in the {bowl}.",
        f"Put the {a} in the {bowl}, just like the {d}.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("in", a, bowl)), text)


def t162_imp_past(w: World) -> Made:
    d = _one(w, [b for b in w.blocks if w.state.support[b] == TABLE])
    a = _one(w, _free(w, d))
    if not a or not d:
        return None
    if _grounded(w, a):
        words, rel = "in the bin", Rel("in_bin", a)
    else:
        words, rel = "on the table", Rel("on_table", a)
    text = w.rng.choice([
        f"Somebody knocked the {d} over earlier; never mind that, just put the {a} {words}.",
        f"The {d} fell off earlier and it can stay where it landed. Just put the {a} {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_imp_contrast(w: World) -> Made:
    a = _one(w, _free(w))
    dest = _dest(w, a, ("block", "bowl")) if a else None
    if not dest:
        return None
    words, rel = dest
    d = _one(w, _others(w, a, _target(rel)))
    if not d:
        return None
    text = w.rng.choice([
        f"Put the {a}, not the {d}, {words}.",
        f"Not the {d} - the {a}. Put the {a} {words}.",
        f"I said the {a}, not the {d}: put it {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_imp_own(w: World) -> Made:
    a = _one(w, _free(w))
    dest = _dest(w, a, ("bowl", "place", "bin")) if a else None
    d = _one(w, _others(w, a))
    if not dest or not d:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"I'll deal with the {d} later; you put the {a} {words}.",
        f"Leave the {d} to me. Your job: put the {a} {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_imp_locate(w: World) -> Made:
    a = _one(w, [b for b in _free(w) if not _grounded(w, b)] or _free(w))
    found = _where(w, a) if a else None
    dest = _dest(w, a, ("bin", "table", "place")) if a else None
    if not found or not dest:
        return None
    where, names, bowls = found
    words, rel = dest
    text = w.rng.choice([
        f"Take the {a} - it's {where} - and put it {words}.",
        f"The {a}, {where}, goes {words}.",
    ])
    return _unless_done(w, _goal([a], names, rel, bowls=bowls), text)


# ----- declarative ------------------------------------------------------------------------------------
def t162_dec_reason(w: World) -> Made:
    a = _one(w, _free(w))
    if not a:
        return None
    placed = [b for b in w.in_bowls() if b != a and len(w.bowls) > 1]
    d = _one(w, placed)
    if d and w.rng.random() < 0.6:
        home = _bowl_of(w, d)
        bowl = _one(w, [b for b in w.bowls if b != home and w.state.base(a) != b])
        if bowl:
            text = w.rng.choice([
                f"The {a} should be in the {bowl}, because the {d} is in the {home} and I want them apart.",
                f"The {a} belongs in the {bowl}; the {home} is the {d}'s bowl.",
            ])
            return _unless_done(w, _goal([a], [d], Rel("in", a, bowl)), text)
    d = _one(w, _others(w, a))
    if not d:
        return None
    text = w.rng.choice([
        f"The {a} belongs in the bin, because it's broken - the {d} is fine, so it stays.",
        f"The {a} goes in the bin; the {d} is the one I'm keeping, because it's the good one.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("in_bin", a)), text)


def t162_dec_compare(w: World) -> Made:
    s = w.state
    pairs = [(top, below) for top, below in w.pairs()]
    if pairs and w.rng.random() < 0.5:
        d, e = w.rng.choice(pairs)
        a = _one(w, _free(w, d, e))
        c = _one(w, [c for c in _free(w, a, d, e) if _height(s, c) < layout.MAX_TOWER and s.support.get(a) != c])
        if a and c:
            text = w.rng.choice([
                f"The {a} should be on the {c}, the same way the {d} is on the {e}.",
                f"Just as the {d} sits on the {e}, the {a} should sit on the {c}.",
            ])
            return _unless_done(w, _goal([a], [d, e], Rel("on", a, c)), text)
    d = _one(w, w.in_bowls())
    if not d:
        return None
    bowl = _bowl_of(w, d)
    a = _one(w, [b for b in _free(w, d) if s.base(b) != bowl])
    if not a or not bowl:
        return None
    text = w.rng.choice([
        f"The {a} should be in the {bowl}, like the {d}.",
        f"The {a} belongs where the {d} is: in the {bowl}.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("in", a, bowl)), text)


def t162_dec_past(w: World) -> Made:
    a = _one(w, _free(w))
    bowl = _one(w, [b for b in w.bowls if a and w.state.base(a) != b])
    if not a or not bowl:
        return None
    d = _one(w, [b for b in _others(w, a) if w.state.base(b) != bowl])
    if not d:
        return None
    text = w.rng.choice([
        f"Someone took the {d} out of the {bowl} this morning, and that's fine. The {a} is what belongs in the "
        f"{bowl} now.",
        f"The {d} used to be in the {bowl} until my colleague moved it; leave it. The {a} should be in the {bowl}.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("in", a, bowl)), text)


def t162_dec_contrast(w: World) -> Made:
    a = _one(w, _free(w))
    dest = _dest(w, a, ("bowl", "bin", "table")) if a else None
    if not dest:
        return None
    words, rel = dest
    d = _one(w, [b for b in _others(w, a) if not holds(Rel(rel.rel, b, *rel.args[1:]), w.state)])
    if not d:
        return None
    text = w.rng.choice([
        f"If the {d} needed moving I'd tell you; the {a} is the one that should be {words}.",
        f"The {a} should be {words} - not the {d}, just the {a}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_dec_own(w: World) -> Made:
    a = _one(w, _free(w))
    dest = _dest(w, a, ("place", "block")) if a else None
    if not dest:
        return None
    words, rel = dest
    d = _one(w, _others(w, a, _target(rel)))
    if not d:
        return None
    text = w.rng.choice([
        f"The {a} should be {words}. The {d} I'll sort out myself.",
        f"I'm going to move the {d} myself afterwards. What I need from you: the {a} {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_dec_locate(w: World) -> Made:
    a = _one(w, _free(w))
    found = _where(w, a) if a else None
    if not found:
        return None
    where, names, bowls = found
    dest = _dest(w, a, ("bin", "place", "bowl"), avoid=bowls)
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"The {a} - {where} - should be {words}.",
        f"The {a}, {where}, belongs {words}.",
    ])
    return _unless_done(w, _goal([a], names, rel, bowls=bowls), text)


# ----- desiderative -----------------------------------------------------------------------------------
def t162_des_reason(w: World) -> Made:
    a = _one(w, _free(w))
    d = _one(w, _others(w, a))
    if not a or not d:
        return None
    if w.rng.random() < 0.5:
        text = w.rng.choice([
            f"I'd like the {a} in the bin, because I don't need it any more - unlike the {d}, which I still use.",
            f"I want the {a} thrown in the bin. The {d} stays, because I still need it.",
        ])
        return _unless_done(w, _goal([a], [d], Rel("in_bin", a)), text)
    dest = _dest(w, a, ("place", "table"))
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"I'd like the {a} {words}, because the {d} is already exactly where I want it.",
        f"Make it so that the {a} is {words}; the {d} stays, since it's exactly where I want it.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_des_compare(w: World) -> Made:
    d = _one(w, [b for b in w.blocks if w.state.support[b] == TABLE])
    a = _one(w, [b for b in _free(w, d) if not _grounded(w, b)])
    if not a or not d:
        return None
    text = w.rng.choice([
        f"I'd like the {a} on the table, like the {d}.",
        f"I want the {a} down on the table, the same as the {d}.",
        f"Make it so that the {a} is on the table too, just as the {d} is.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("on_table", a)), text)


def t162_des_past(w: World) -> Made:
    d = _one(w, [b for b in w.blocks if w.state.support[b] == TABLE])
    a = _one(w, _free(w, d))
    if not a or not d:
        return None
    dest = _dest(w, a, ("bowl", "block"), avoid=(d,))
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"The {d} was knocked onto the table earlier and it's fine where it is. I'd like the {a} {words}.",
        f"My colleague already sorted out the {d}, so don't touch it. What I want is the {a} {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_des_contrast(w: World) -> Made:
    a = _one(w, _free(w))
    dest = _dest(w, a, ("bowl", "bin", "place")) if a else None
    if not dest:
        return None
    words, rel = dest
    d = _one(w, _others(w, a, _target(rel)))
    if not d:
        return None
    text = w.rng.choice([
        f"If I wanted the {d} moved I'd have said so; what I want is the {a} {words}.",
        f"I want the {a} {words} - the {a}, mind, not the {d}.",
        f"Rather than the {d}, I'd like the {a} to end up {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_des_own(w: World) -> Made:
    a = _one(w, _free(w))
    d = _one(w, _others(w, a))
    dest = _dest(w, a, ("bin", "bowl", "block"), avoid=(d or "",)) if a else None
    if not dest or not d:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"I'm going to rearrange the {d} myself in a minute, so please just make it so that the {a} is {words}.",
        f"I'd like the {a} {words}. Don't bother with the {d}; I'll do that one myself.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_des_locate(w: World) -> Made:
    a = _one(w, _free(w))
    found = _where(w, a) if a else None
    if not found:
        return None
    where, names, bowls = found
    dest = _dest(w, a, ("bowl", "table", "bin"), avoid=bowls)
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"I'd like the {a} - {where} - {words}.",
        f"I want the {a}, {where}, to end up {words}.",
    ])
    return _unless_done(w, _goal([a], names, rel, bowls=bowls), text)


# ----- quantified -------------------------------------------------------------------------------------
def t162_qua_reason(w: World) -> Made:
    s = w.state
    d = _one(w, w.in_bowls())
    movers = s.on_the_table()
    if not d or not movers:
        return None
    bowl = _bowl_of(w, d)
    others_in_bowls = [b for b in s.in_bowls() if b != d]
    dest = w.rng.choice(["bin", "place"])
    if dest == "bin":
        words, want = "in the bin", [Rel("in_bin", b) for b in movers]
    else:
        place = w.rng.choice(PLACES)
        words, want = _place_words(place), [Rel("at", b, place) for b in movers]
    text = w.rng.choice([
        f"Put every block that isn't in a bowl {words}. The {d} in the {bowl} stays, because it's sorted already.",
        f"All the blocks outside the bowls go {words}; leave the {d}, since the {bowl} is where it belongs.",
    ])
    return _unless_done(w, _goal(movers, [d, *others_in_bowls], *want), text)


def t162_qua_compare(w: World) -> Made:
    s = w.state
    d = _one(w, w.in_bowls())
    movers = s.on_the_table()
    if not d or not movers:
        return None
    bowl = _bowl_of(w, d)
    n = len(movers)
    if not bowl or n + len(s.on_top(bowl)) > layout.BOWL_CAPACITY:
        return None
    every = "the only block" if n == 1 else f"each of the {n} blocks"
    text = w.rng.choice([
        f"Do the same as the {d} with {every} that {'is' if n == 1 else 'are'} not in a bowl: put "
        f"{'it' if n == 1 else 'them'} in the {bowl}.",
        f"Just like the {d}, every block that's outside the bowls should go in the {bowl}.",
    ])
    stay = [b for b in w.blocks if b not in movers]
    return _unless_done(w, _goal(movers, stay, *[Rel("in", b, bowl) for b in movers]), text)


def t162_qua_past(w: World) -> Made:
    s = w.state
    d = _one(w, [b for b in w.blocks if s.support[b] == TABLE])
    full = [b for b in w.bowls if s.in_bowl(b)]
    bowl = _one(w, full)
    if not d or not bowl:
        return None
    movers = s.in_bowl(bowl)
    n = len(movers)
    what = "the block" if n == 1 else ("both blocks" if n == 2 else f"all {n} blocks")
    text = w.rng.choice([
        f"The {d} got knocked over earlier; don't worry about it. Take {what} in the {bowl} out and put "
        f"{'it' if n == 1 else 'each of them'} on the table.",
        f"Someone already moved the {d} this morning, so leave it. Every block in the {bowl} should come out onto "
        f"the table.",
    ])

    def out(_i: SymState, f: SymState) -> bool:
        return all(b in f.on_the_table() for b in movers)

    return _unless_done(w, _goal(movers, [d], out), text)


def t162_qua_contrast(w: World) -> Made:
    s = w.state
    d = _one(w, _loose(w))
    movers = [b for b in s.on_the_table() if b != d]
    if not d or not movers:
        return None
    target = _one(w, [b for b in w.bowls if len(movers) + len(s.on_top(b)) <= layout.BOWL_CAPACITY] + [BIN])
    if target == BIN:
        words, want = "in the bin", [Rel("in_bin", b) for b in movers]
    else:
        words, want = f"in the {target}", [Rel("in", b, target) for b in movers]
    text = w.rng.choice([
        f"If I'd meant the {d} too I'd have said so: put every other block that's not in a bowl {words}.",
        f"Put all the blocks that are outside the bowls {words} - all of them except the {d}.",
        f"Every block that isn't in a bowl goes {words}, but not the {d}.",
    ])
    return _unless_done(w, _goal(movers, [d], *want), text)


def t162_qua_own(w: World) -> Made:
    s = w.state
    full = [b for b in w.bowls if s.in_bowl(b)]
    bowl = _one(w, full)
    if not bowl:
        return None
    movers = s.in_bowl(bowl)
    n = len(movers)
    other = _one(w, [b for b in w.bowls if b != bowl])
    d = _one(w, [b for b in w.blocks if s.base(b) != bowl])
    if not d:
        return None
    lot = "the block" if n == 1 else ("both blocks" if n == 2 else f"all {n} blocks")
    if other and w.rng.random() < 0.5:
        text = w.rng.choice([
            f"Take {lot} out of the {bowl} and put {'it' if n == 1 else 'them'} in the bin. I'll look after the "
            f"{other} myself, and the {d} too.",
            f"I'll look after the {other} and the {d} myself. You empty the {bowl} into the bin.",
        ])
        bowls: tuple[str, ...] = (other,)
    else:
        text = w.rng.choice([
            f"Put {lot} in the {bowl} in the bin. I'll look after the {d} myself.",
            f"I'll handle the {d} later. You take {lot} out of the {bowl} and put them in the bin.",
        ])
        if n == 1:
            text = text.replace("put them", "put it")
        bowls = ()
    return _unless_done(w, _goal(movers, [d], *[Rel("in_bin", b) for b in movers], bowls=bowls), text)


def t162_qua_locate(w: World) -> Made:
    s = w.state
    movers = [b for b in w.blocks if s.support[b] in s.support]
    bottoms = [b for b in w.blocks if s.support[b] not in s.support and not s.is_clear(b)]
    d = _one(w, bottoms)
    if not movers or not d:
        return None
    text = w.rng.choice([
        f"Put every block that's on top of another block in the bin. Careful: the {d} is at the bottom of a "
        f"stack, so it stays.",
        f"Each block sitting on another block goes in the bin - but not the {d}, it's at the bottom of its stack.",
    ])
    stay = [b for b in w.blocks if b not in movers]
    return _unless_done(w, _goal(movers, stay, *[Rel("in_bin", b) for b in movers]), text)


# ----- negated ----------------------------------------------------------------------------------------
def t162_neg_reason(w: World) -> Made:
    a = _one(w, _free(w))
    dest = _dest(w, a, ("place", "bin", "table")) if a else None
    d = _one(w, _others(w, a))
    if not dest or not d:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"Put the {a} {words}, but don't move the {d}, because it's marking a spot for me.",
        f"Don't touch the {d} - it's set up for a photo. Just put the {a} {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_neg_compare(w: World) -> Made:
    d = _one(w, w.in_bowls())
    bowl = _bowl_of(w, d) if d else None
    a = _one(w, [b for b in _free(w, d) if w.state.base(b) != bowl])
    if not a or not bowl:
        return None
    dest = _dest(w, a, ("bin", "place", "block"), avoid=(d or "", *w.state.in_bowl(bowl)))
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"Don't put the {a} in the {bowl} like the {d}; put it {words} instead.",
        f"Unlike the {d}, the {a} does not go in the {bowl}. Put it {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel, bowls=(bowl,)), text)


def t162_neg_past(w: World) -> Made:
    d = _one(w, w.in_bowls())
    bowl = _bowl_of(w, d) if d else None
    a = _one(w, [b for b in _free(w, d) if not _grounded(w, b)])
    if not a or not d:
        return None
    text = w.rng.choice([
        f"Never mind that the {d} ended up in the {bowl} earlier - don't take it out. Just put the {a} on the table.",
        f"The {d} was dropped in the {bowl} by my colleague; do not move it. Put the {a} down on the table.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("on_table", a)), text)


def t162_neg_contrast(w: World) -> Made:
    a = _one(w, _free(w))
    dest = _dest(w, a, ("block", "bowl", "place")) if a else None
    if not dest:
        return None
    words, rel = dest
    d = _one(w, _others(w, a, _target(rel)))
    if not d:
        return None
    text = w.rng.choice([
        f"Not the {d} - the {a} is the one that goes {words}.",
        f"Don't move the {d}. It's the {a} I want {words}.",
        f"Put the {a} {words}. The {d}? No, leave that one.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_neg_own(w: World) -> Made:
    a = _one(w, _free(w))
    d = _one(w, _others(w, a))
    dest = _dest(w, a, ("bowl", "table", "block"), avoid=(d or "",)) if a else None
    if not dest or not d:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"Don't move the {d}; I'll handle it myself later. Put the {a} {words}.",
        f"Put the {a} {words}, and never mind the {d} - I'm not asking you to do anything with it, I'll do it.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_neg_locate(w: World) -> Made:
    a = _one(w, _free(w))
    warn = _warning(w, a) if a else None
    if not warn:
        return None
    words_warn, d = warn
    dest = _dest(w, a, ("bin", "place", "bowl"), avoid=tuple(b for b in w.bowls if d in w.state.in_bowl(b)))
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"Put the {a} {words} without disturbing the {d} - careful, {words_warn}.",
        f"Careful with the {a}: {words_warn}. Put the {a} {words}, and don't move the {d}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


# ----- relative ---------------------------------------------------------------------------------------
def _topped(w: World) -> list[tuple[str, str]]:
    """(top, below): free blocks resting on a block that holds nothing else."""
    return [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]


def t162_rel_reason(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in _topped(w)])
    if not pair:
        return None
    a, d = pair.split("|")
    dest = _dest(w, a, ("bin", "table", "bowl"))
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"Put the block that's on the {d} {words}, because the {d} has to stay where it is for the photo.",
        f"The {d} is holding up a block; put that block {words}, since I need the {d} to stay put.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_rel_compare(w: World) -> Made:
    s = w.state
    alone = [b for b in w.bowls if len(s.in_bowl(b)) == 1]
    bowl = _one(w, alone)
    d = _one(w, [b for b in w.blocks if s.support[b] == TABLE])
    if not bowl or not d:
        return None
    a = s.in_bowl(bowl)[0]
    if not s.is_clear(a):
        return None
    dest = w.rng.choice(["table", "place"])
    if dest == "table":
        text = w.rng.choice([
            f"Take the block that's in the {bowl} out and put it on the table, like the {d}.",
            f"Take whatever block is in the {bowl} and set it on the table, the same as the {d}.",
        ])
        rel = Rel("on_table", a)
    else:
        place = w.rng.choice(PLACES)
        text = f"The block in the {bowl} should go {_place_words(place)}, unlike the {d}, which stays put."
        rel = Rel("at", a, place)
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_rel_past(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in _topped(w)])
    if not pair:
        return None
    a, d = pair.split("|")
    dest = _dest(w, a, ("place", "bowl", "table"))
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"The block on top of the {d} was put there by my colleague by mistake. Move it {_into(words)}.",
        f"Someone stacked a block on the {d} earlier. Put that block {words}; the {d} itself stays.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_rel_contrast(w: World) -> Made:
    s = w.state
    d = _one(w, w.in_bowls())
    bowl = _bowl_of(w, d) if d else None
    a = _one(w, [b for b in _free(w, d) if s.base(b) != bowl])
    if not a or not bowl:
        return None
    text = w.rng.choice([
        f"Put the {a} in the bowl the {d} is in - in the bowl, not on top of the {d}.",
        f"The {a} goes into the same bowl as the {d}. Beside it, not on it.",
    ])

    def beside(_i: SymState, f: SymState) -> bool:
        return f.support[a] != d

    return _unless_done(w, _goal([a], [d], Rel("in", a, bowl), beside), text)


def t162_rel_own(w: World) -> Made:
    s = w.state
    d = _one(w, w.in_bowls())
    bowl = _bowl_of(w, d) if d else None
    a = _one(w, [b for b in _free(w, d) if s.base(b) != bowl])
    if not a or not bowl:
        return None
    text = w.rng.choice([
        f"I'll take care of the {d} myself; you just put the {a} in the same bowl as it.",
        f"Put the {a} in whichever bowl the {d} is in. Leave the {d} itself to me.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("in", a, bowl)), text)


def t162_rel_locate(w: World) -> Made:
    s = w.state
    bowls = w.rng.sample(w.bowls, len(w.bowls))
    for bowl in bowls:
        if s.in_bowl(bowl):
            continue
        near = sorted((w.dist(b, bowl), b) for b in w.blocks if s.base(b) not in (bowl, BIN))
        if len(near) < 2 or near[1][0] - near[0][0] < 0.04:
            continue
        a, d = near[0][1], near[1][1]
        if s.support[a] != TABLE or not s.is_clear(a):
            continue
        while s.support[d] in s.support:  # the next closest may be a stack: name its bottom block
            d = s.support[d]
        stack = [d, *s.above(d)]
        dest = _dest(w, a, ("bin", "place", "block"), avoid=(*stack, *s.in_bowl(bowl)))
        if not dest:
            return None
        words, rel = dest
        if len(stack) > 1:
            text = (f"Take the block closest to the {bowl} and put it {words}. The stack with the {d} at the bottom "
                    f"is the next closest; leave that alone.")
        else:
            text = w.rng.choice([
                f"Take the block closest to the {bowl} and put it {words}. The {d} is the next closest; leave it.",
                f"Find the block nearest the {bowl} - not the {d}, that one is a bit further away - and put it "
                f"{words}.",
            ])
        return _unless_done(w, _goal([a], stack, rel, bowls=(bowl,)), text)
    return None


# ----- keep -------------------------------------------------------------------------------------------
def t162_keep_reason(w: World) -> Made:
    a = _one(w, _free(w))
    d = _one(w, _others(w, a))
    dest = _dest(w, a, ("bin", "bowl", "place")) if a else None
    if not dest or not d:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"Put the {a} {words}, and keep the {d} where it is, because I'm using it as a reference.",
        f"Keep the {d} exactly where it is - I'm measuring from it - and put the {a} {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel), text)


def t162_keep_compare(w: World) -> Made:
    a = _one(w, _free(w))
    dest = _dest(w, a, ("bowl", "block", "table")) if a else None
    if not dest:
        return None
    words, rel = dest
    pair = w.pick(_others(w, a, _target(rel)), 2)
    if len(pair) < 2:
        return None
    d, e = pair
    text = w.rng.choice([
        f"Move the {a} so it's {words}, and treat the {d} like the {e}: leave both where they are.",
        f"Put the {a} {words}. The {d} stays where it is, just like the {e}.",
    ])
    return _unless_done(w, _goal([a], [d, e], rel), text)


def t162_keep_past(w: World) -> Made:
    s = w.state
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        d, e = w.rng.choice(pairs)
        a = _one(w, _free(w, d, e))
        if a:
            dest = _dest(w, a, ("bin", "place"))
            if dest:
                words, rel = dest
                text = f"My colleague set the {d} on the {e} earlier; leave that pair alone and put the {a} {words}."
                return _unless_done(w, _goal([a], [d, e], rel), text)
    d = _one(w, w.in_bowls())
    if not d:
        return None
    bowl = _bowl_of(w, d)
    a = _one(w, [b for b in _free(w, d) if s.base(b) != bowl])
    dest = _dest(w, a, ("place", "bin", "table")) if a else None
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"My colleague put the {d} in the {bowl} this morning, so keep it there, and put the {a} {words}.",
        f"The {d} has been in the {bowl} since yesterday; keep it that way. The {a} goes {words}.",
    ])
    return _unless_done(w, _goal([a], [d], rel, bowls=(bowl,) if bowl else ()), text)


def t162_keep_contrast(w: World) -> Made:
    a = _one(w, [b for b in _free(w) if not _grounded(w, b)])
    d = _one(w, _others(w, a))
    if not a or not d:
        return None
    text = w.rng.choice([
        f"Keep the {d} where it is; it's the {a}, not the {d}, that goes on the table.",
        f"Put the {a} on the table. The {d} stays where it is - it's the {a} I mean, not the {d}.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("on_table", a)), text)


def t162_keep_own(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    if not bowl:
        return None
    a = _one(w, [b for b in _free(w) if s.base(b) != bowl])
    d = _one(w, [b for b in _others(w, a) if s.base(b) != bowl])
    if not a or not d:
        return None
    dest = _dest(w, a, ("block", "place", "bin"), avoid=(d, *s.in_bowl(bowl)))
    if not dest:
        return None
    words, rel = dest
    text = w.rng.choice([
        f"Leave the {d} and the {bowl} to me - I'll sort them out. You just put the {a} {words}.",
        f"Put the {a} {words}, and keep away from the {bowl} and the {d}; I'm doing those myself.",
    ])
    return _unless_done(w, _goal([a], [d], rel, bowls=(bowl,)), text)


def t162_keep_locate(w: World) -> Made:
    a = _one(w, _free(w))
    dest = _dest(w, a, ("place", "bin", "bowl")) if a else None
    if not dest:
        return None
    words, rel = dest
    d = _one(w, [b for b in _others(w, a, _target(rel)) if w.state.support[b] in w.state.support])
    if d:
        where = f"the one sitting on the {w.state.support[d]}"
        names = [d, w.state.support[d]]
    else:
        warn = _warning(w, a)
        if not warn:
            return None
        where, d = warn[0], warn[1]
        names = [d]
        if rel.rel == "in" and d in w.state.in_bowl(rel.target):
            return None
        text = f"Put the {a} {words}, but watch out: {where}. Keep the {d} where it is."
        return _unless_done(w, _goal([a], names, rel), text)
    text = w.rng.choice([
        f"Put the {a} {words}. Keep the {d} where it is - it's {where}.",
        f"The {d}, {where}, stays put; the {a} goes {words}.",
    ])
    return _unless_done(w, _goal([a], names, rel), text)


# ----- multi_step -------------------------------------------------------------------------------------
def _two_moves(w: World, first: tuple[str, ...], second: tuple[str, ...], *avoid: str) -> (
        tuple[str, str, tuple[str, Rel], tuple[str, Rel]] | None):
    """Two different free blocks and a destination for each that does not involve the other or `avoid`."""
    movers = w.pick(_free(w, *avoid), 2)
    if len(movers) < 2:
        return None
    a, b = movers
    d1 = _dest(w, a, first, avoid=(b, *avoid))
    d2 = _dest(w, b, second, avoid=(a, *avoid))
    if not d1 or not d2 or (d1[1].rel == "at" and d2[1].rel == "at" and d1[1].target == d2[1].target):
        return None
    return a, b, d1, d2


def t162_multi_reason(w: World) -> Made:
    d = _one(w, w.blocks)
    moves = _two_moves(w, ("bowl", "block"), ("table", "bin", "place"), d or "")
    if not moves or not d:
        return None
    a, b, (w1, r1), (w2, r2) = moves
    text = w.rng.choice([
        f"First put the {a} {w1}, then put the {b} {w2}. Leave the {d}, because it's already where I want it.",
        f"Since the {d} is already right, leave it; first the {a} goes {w1}, and after that the {b} goes {w2}.",
    ])
    return _unless_done(w, _goal([a, b], [d], r1, r2), text)


def t162_multi_compare(w: World) -> Made:
    s = w.state
    d = _one(w, [x for x in w.blocks if s.support[x] == TABLE])
    pair = w.pick(_free(w, d), 2)
    if not d or len(pair) < 2:
        return None
    a, b = pair
    text = w.rng.choice([
        f"First put the {a} on the table, like the {d}, then put the {b} on top of the {a}.",
        f"Step one: the {a} goes on the table, the same as the {d}. Step two: stack the {b} on the {a}.",
    ])

    def grounded(_i: SymState, f: SymState) -> bool:
        return f.support[a] in _GROUND

    return _unless_done(w, _goal([a, b], [d], grounded, Rel("on", b, a)), text)


def t162_multi_past(w: World) -> Made:
    d = _one(w, w.blocks)
    moves = _two_moves(w, ("bin", "place"), ("bowl", "table"), d or "")
    if not moves or not d:
        return None
    a, b, (w1, r1), (w2, r2) = moves
    text = w.rng.choice([
        f"The {d} already got moved this morning. Now: first the {a} goes {w1}, and after that the {b} goes {w2}.",
        f"My colleague has already dealt with the {d}. Put the {a} {w1} first, then put the {b} {w2}.",
    ])
    return _unless_done(w, _goal([a, b], [d], r1, r2), text)


def t162_multi_contrast(w: World) -> Made:
    pair = w.pick(_free(w), 2)
    if len(pair) < 2:
        return None
    a, b = pair
    d = _one(w, _others(w, a, b))
    if not d:
        return None
    place = w.rng.choice(PLACES)
    text = w.rng.choice([
        f"Step one: the {a}, not the {d}, goes {_place_words(place)}. Step two: the {b} goes on top of the {a}.",
        f"Not the {d} - first move the {a} {_into(_place_words(place))}, then stack the {b} on it.",
    ])
    return _unless_done(w, _goal([a, b], [d], Rel("at", a, place), Rel("on", b, a)), text)


def t162_multi_own(w: World) -> Made:
    d = _one(w, w.blocks)
    moves = _two_moves(w, ("block", "place"), ("bowl", "bin"), d or "")
    if not moves or not d:
        return None
    a, b, (w1, r1), (w2, r2) = moves
    text = w.rng.choice([
        f"I'll do the {d} myself afterwards. First you put the {a} {w1}, then put the {b} {w2}.",
        f"Put the {a} {w1}, and once that's done, the {b} {w2}. Leave the {d}: that one's mine to do.",
    ])
    return _unless_done(w, _goal([a, b], [d], r1, r2), text)


def t162_multi_locate(w: World) -> Made:
    a = _one(w, [x for x in _free(w) if not _grounded(w, x)])
    found = _where(w, a) if a else None
    if not found:
        return None
    where, names, bowls = found
    b = _one(w, _free(w, a, *names))
    if not b:
        return None
    d2 = _dest(w, b, ("bin", "place", "bowl"), avoid=bowls)
    if not d2:
        return None
    w2, r2 = d2
    text = w.rng.choice([
        f"First put the {a} - {where} - on the table, then put the {b} {w2}.",
        f"Two things, in order: the {a}, {where}, comes down onto the table; then the {b} goes {w2}.",
    ])
    return _unless_done(w, _goal([a, b], names, Rel("on_table", a), r2), text)


# ----- question ---------------------------------------------------------------------------------------
def t162_q_reason(w: World) -> Made:
    s = w.state
    d = _one(w, w.blocks)
    a = _one(w, _others(w, d))
    if not a or not d:
        return None
    if w.rng.random() < 0.5:
        bowl = _bowl_of(w, a) if w.rng.random() < 0.5 else None
        bowl = bowl or w.rng.choice(w.bowls)
        text = (f"I'm keeping the {d} where it is for now, so don't move anything - just tell me: is the {a} in the "
                f"{bowl}?")
        return text, answered(yes(s.base(a) == bowl))
    text = (f"Because the {d} is in my way I can't see well from here: is there anything stacked on top of the "
            f"{a}?")
    return text, answered(yes(not s.is_clear(a)))


def t162_q_compare(w: World) -> Made:
    s = w.state
    d = _one(w, w.in_bowls())
    if not d:
        return None
    bowl = _bowl_of(w, d)
    mates = [b for b in w.blocks if b != d and s.base(b) == bowl]
    a = _one(w, mates if mates and w.rng.random() < 0.5 else _others(w, d))
    if not a or not bowl:
        return None
    text = w.rng.choice([
        f"The {d} is in the {bowl}. Is the {a} in the {bowl} as well?",
        f"Is the {a} in the {bowl}, like the {d}?",
    ])
    return text, answered(yes(s.base(a) == bowl))


def t162_q_past(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)] if w.rng.random() < 0.6 else w.bowls)
    d = _one(w, [b for b in w.blocks if s.base(b) != bowl])
    if not bowl or not d:
        return None
    n = len(s.in_bowl(bowl))
    text = w.rng.choice([
        f"Someone took the {d} out of the {bowl} earlier - how many blocks are left in the {bowl}?",
        f"My colleague was playing with the {d} a minute ago. How many blocks are in the {bowl} now?",
    ])
    return text, answered(str(n))


def t162_q_contrast(w: World) -> Made:
    s = w.state
    a = _one(w, [b for b in w.blocks if s.support[b] != TABLE] if w.rng.random() < 0.5 else w.blocks)
    d = _one(w, _others(w, a))
    if not a or not d:
        return None
    if w.rng.random() < 0.5:
        text = f"Not the {d} - I'm asking about the {a}: is it in a bowl?"
        return text, answered(yes(s.base(a) in s.bowls))
    text = f"I don't mean the {d}, I mean the {a}. Is it sitting directly on another block?"
    return text, answered(yes(s.support[a] in s.support))


def t162_q_own(w: World) -> Made:
    s = w.state
    bowl = _one(w, [b for b in w.bowls if s.in_bowl(b)] if w.rng.random() < 0.6 else w.bowls)
    other = _one(w, [b for b in w.bowls if b != bowl])
    if not bowl:
        return None
    n = len(s.in_bowl(bowl))
    if other:
        text = f"I'll look in the {other} myself later. How many blocks are in the {bowl}?"
    else:
        d = _one(w, [b for b in w.blocks if s.base(b) != bowl])
        if not d:
            return None
        text = f"I'll check on the {d} myself. You tell me: how many blocks are in the {bowl}?"
    return text, answered(str(n))


def t162_q_locate(w: World) -> Made:
    s = w.state
    a = _one(w, [b for b in w.blocks if s.support[b] != TABLE] or w.blocks)
    found = _where(w, a) if a else None
    if not found:
        return None
    where = found[0]
    if w.rng.random() < 0.5 or s.support[a] in s.bowls:
        text = f"The {a}, {where}: is anything stacked on top of the {a}?"
        return text, answered(yes(not s.is_clear(a)))
    text = f"Look at the {a} - {where}. Is it in a bowl?"
    return text, answered(yes(s.base(a) in s.bowls))


# ----- matching ---------------------------------------------------------------------------------------
def t162_match_reason(w: World) -> Made:
    a = _one(w, _unsorted(w))
    d = _one(w, _no_bowl(w, a))
    if not a or not d:
        return None
    bowl = _matches(w)[a]
    text = w.rng.choice([
        f"Put the {a} in the bowl of the same colour, because the {d} doesn't have a matching bowl.",
        f"Since there's no bowl the colour of the {d}, just put the {a} in the bowl of its own colour.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("in", a, bowl)), text)


def t162_match_compare(w: World) -> Made:
    a = _one(w, _unsorted(w))
    d = _one(w, _no_bowl(w, a))
    if not a or not d:
        return None
    bowl = _matches(w)[a]
    text = w.rng.choice([
        f"Unlike the {d}, the {a} has a bowl in its own colour - put it in there.",
        f"The {a} is luckier than the {d}: there's a bowl of its colour. Put the {a} in it.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("in", a, bowl)), text)


def t162_match_past(w: World) -> Made:
    a = _one(w, _unsorted(w))
    d = _one(w, _others(w, a))
    if not a or not d:
        return None
    bowl = _matches(w)[a]
    text = w.rng.choice([
        f"My colleague sorted the blocks by colour yesterday, but the {a} ended up out of its bowl. Put it back in "
        f"the bowl that matches it; the {d} is fine where it is.",
        f"The {d} was moved around earlier, never mind it. Put the {a} into the bowl with the same colour.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("in", a, bowl)), text)


def t162_match_contrast(w: World) -> Made:
    s = w.state
    d = _one(w, _no_bowl(w))
    want = matching(w)
    movers = [r.block for r in want if not holds(r, s)]
    if not d or not movers or any(not s.is_clear(b) for b in movers):
        return None
    text = w.rng.choice([
        f"Sort every block that has a bowl of its colour into that bowl - not the {d}, whose colour has no bowl.",
        f"Each block goes into the bowl of its own colour where there is one. The {d} has no such bowl, so it "
        f"stays out of this.",
    ])
    return _unless_done(w, _goal(movers, [d], *want), text)


def t162_match_own(w: World) -> Made:
    a = _one(w, _unsorted(w))
    if not a:
        return None
    d = _one(w, [b for b in _unsorted(w) if b != a]) or _one(w, _others(w, a))
    if not d:
        return None
    bowl = _matches(w)[a]
    text = w.rng.choice([
        f"I'll sort the {d} myself. You put the {a} into the bowl with its colour.",
        f"Put the {a} in its matching bowl. The {d} is my job - I'll get to it later.",
    ])
    return _unless_done(w, _goal([a], [d], Rel("in", a, bowl)), text)


def t162_match_locate(w: World) -> Made:
    a = _one(w, _unsorted(w))
    found = _where(w, a) if a else None
    if not a:
        return None
    bowl = _matches(w)[a]
    if not found:
        warn = _warning(w, a)
        if not warn or warn[1] in w.state.in_bowl(bowl):
            return None
        text = w.rng.choice([
            f"Put the {a} in the bowl of its own colour - and careful, {warn[0]}, so leave the {warn[1]} be.",
            f"Careful with the {a}: {warn[0]}. Put the {a} in the bowl that matches its colour; the {warn[1]} "
            f"stays.",
        ])
        return _unless_done(w, _goal([a], [warn[1]], Rel("in", a, bowl)), text)
    where, names, bowls = found
    text = w.rng.choice([
        f"The {a} - it's {where} - put it in the bowl of the same colour.",
        f"Find the {a}, {where}, and put it in the bowl that matches its colour.",
    ])
    named = tuple(b for b in bowls if b != bowl)
    return _unless_done(w, _goal([a], names, Rel("in", a, bowl), bowls=named), text)


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("reason", "compare", "past", "contrast", "own", "locate")
FRESH162: list[Template] = [
    (f"t162_{short}_{style}", category, globals()[f"t162_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
