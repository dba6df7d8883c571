"""`FRESH262`, the two-hundred-and-sixty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six personas, one style each:
- dogwalker: "Fetch the red block and drop it in the blue bowl, good boy style!"
- czech: "Please make tower from red block, blue block and green block, red on the bottom and green on the top."
- judge: "Kindly place the green block at the top left corner of the table."
- gamer4: "yeet the red block into the bin lol"
- tired3: "red block on the table. now."
- plain43: "Could you move the red block onto the blue block, please?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2bb7d37, the code of ae91376, before anything it could prompt): 0.8067
goal-correct (242 of 300), 52 refused, five questions, one wrong action and no wrong reply. The wrong action: the plain
adult's "First put X on the table, then stack Y on it, and after that Z on top." put Z on another block (twice more
refused: only one block fits on X). The questions: the night-shift worker's "the one on X. bin." The refusals: the dog
walker's "Fetch X and drop it in W, good boy style! Just like a stick in the basket." and "X should be curled up in W,
snug as a pup in its bed!"; the judge's "It is the finding of this court that X belongs directly on top of Y.", "My
wish, let the record show, is that X should rest upon Y." and "Each bowl is to receive the block of its own colour, and
the bowls are to hold nothing else."; the gamer's "bin everything but X and Y, those two r mine" and "match em up:
blocks into the bowls with the same color, speedrun it"; the Czech speaker's "Put X on Y, and W leave how it is now,
please." and "Every block which has same colour like some bowl, put it into that bowl, please."; the night-shift
worker's "bin X. then Y in W."
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
_MIDDLE = PLACES[4]
_CORNERS = PLACES[:4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its action check, or None when the goal already holds in the scene."""
    c = _act(check)
    return None if c(w.state, w.state) else (text, c)


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _depth(s: SymState, b: str) -> int:
    """How many blocks the tower holds from its bottom up to `b`, `b` included."""
    n = 1
    while s.support[b] in s.support:
        b = s.support[b]
        n += 1
    return n


def _under(s: SymState, b: str) -> list[str]:
    """Every block below `b` in its tower."""
    out: list[str] = []
    while s.support[b] in s.support:
        b = s.support[b]
        out.append(b)
    return out


def _can_top(w: World, y: str, x: str) -> bool:
    """Whether `x` can be set on `y`: `y` stands in a tower on the table with room above it, and `x` is not under it."""
    s = w.state
    return (x != y and s.base(y) in _GROUND and _depth(s, y) < layout.MAX_TOWER and x not in _under(s, y))


def _room(w: World, bowl: str, blocks: list[str]) -> bool:
    """Whether `bowl` can take `blocks` as well as what it holds now."""
    now = w.state.in_bowl(bowl)
    return len(set(now) | set(blocks)) <= layout.BOWL_CAPACITY


def _bowl_for(w: World, blocks: list[str]) -> str | None:
    """A bowl that none of `blocks` is in yet and that has room for them."""
    ok = [b for b in w.bowls if _room(w, b, blocks) and all(w.state.base(x) != b for x in blocks)]
    return w.pick(ok)[0] if ok else None


def _standalone(w: World, b: str) -> bool:
    return w.state.support[b] in _GROUND and w.state.is_clear(b)


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, ref: tuple[float, float], cands: list[str]) -> str | None:
    """The one standalone block nearest `ref`, clearly nearer than any other block, else None."""
    def d(b: str) -> float:
        x, y = _xy(w, b)
        return ((x - ref[0]) ** 2 + (y - ref[1]) ** 2) ** 0.5
    ranked = sorted(cands, key=d)
    if len(ranked) < 2 or not _standalone(w, ranked[0]):
        return None
    return ranked[0] if d(ranked[1]) - d(ranked[0]) >= 0.04 else None


def _where(s: SymState, b: str) -> str | None:
    """The answer to "where is b": the bowl, the block it sits on, the named place or the table."""
    sup = s.support[b]
    if sup in s.bowls or sup in PLACES:
        return sup
    if sup == TABLE:
        return "table"
    if sup in s.support and s.base(b) in _GROUND:
        return sup
    return None


def _c(name: str) -> str:
    """The colour word of an object's name ("red block" -> "red")."""
    return name.split()[0]


# ----- imperative -----------------------------------------------------------------------------------
def t262_imp_dogwalker(w: World) -> Made:
    block = w.pick(_loose(w))
    bowl = _bowl_for(w, block) if block else None
    if not bowl:
        return None
    return _made(w, f"Fetch the {block[0]} and drop it in the {bowl}, good boy style! Just like a stick in the basket.",
                 rels(Rel("in", block[0], bowl)))


def t262_imp_czech(w: World) -> Made:
    abc = w.pick(_loose(w), 3)
    if not abc:
        return None
    a, b, c = abc
    return _made(w, f"Please make tower from {a}, {b} and {c}, {_c(a)} on the bottom and {_c(c)} on the top.",
                 rels(Rel("stacked", a, b, c)))


def t262_imp_judge(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    place = w.rng.choice(_CORNERS)
    return _made(w, f"Kindly place the {block[0]} at the {place} of the table.", rels(Rel("at", block[0], place)))


def t262_imp_gamer4(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    return _made(w, f"yeet the {block[0]} into the bin lol", binned(block))


def t262_imp_tired3(w: World) -> Made:
    cands = [b for b in _loose(w) if w.state.support[b] not in _GROUND]
    block = w.pick(cands)
    if not block:
        return None
    return _made(w, f"{block[0]} on the table. now.", rels(Rel("on_table", block[0])))


def t262_imp_plain43(w: World) -> Made:
    pairs = [(x, y) for x in _loose(w) for y in _loose(w) if _can_top(w, y, x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Could you move the {x} onto the {y}, please?", rels(Rel("on", x, y)))


# ----- declarative ----------------------------------------------------------------------------------
def t262_dec_dogwalker(w: World) -> Made:
    block = w.pick(_loose(w))
    bowl = _bowl_for(w, block) if block else None
    if not bowl:
        return None
    return _made(w, f"The {block[0]} should be curled up in the {bowl}, snug as a pup in its bed!",
                 rels(Rel("in", block[0], bowl)))


def t262_dec_czech(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    return _made(w, f"The {block[0]} must be on the table in the middle, not other place.",
                 rels(Rel("at", block[0], _MIDDLE)))


def t262_dec_judge(w: World) -> Made:
    pairs = [(x, y) for x in _loose(w) for y in _loose(w) if _can_top(w, y, x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"It is the finding of this court that the {x} belongs directly on top of the {y}.",
                 rels(Rel("on", x, y)))


def t262_dec_gamer4(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    return _made(w, f"the {block[0]} goes in the bin, ez", binned(block))


def t262_dec_tired3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"the {bowl} needs to be empty. don't care where the stuff goes.", empty(bowl))


def t262_dec_plain43(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    a, b, c = three
    return _made(w, f"The {a}, the {b} and the {c} should all end up in the bin.", binned(three))


# ----- desiderative ---------------------------------------------------------------------------------
def t262_des_dogwalker(w: World) -> Made:
    block = w.pick(_loose(w))
    bowl = _bowl_for(w, block) if block else None
    if not bowl:
        return None
    return _made(w, f"I'd love the {block[0]} tucked into the {bowl}, like putting the puppy to bed for the night.",
                 rels(Rel("in", block[0], bowl)))


def t262_des_czech(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    place = w.rng.choice(_CORNERS)
    return _made(w, f"I would like that the {block[0]} is in {place}, please.", rels(Rel("at", block[0], place)))


def t262_des_judge(w: World) -> Made:
    pairs = [(x, y) for x in _loose(w) for y in _loose(w) if _can_top(w, y, x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"My wish, let the record show, is that the {x} should rest upon the {y}.",
                 rels(Rel("on", x, y)))


def t262_des_gamer4(w: World) -> Made:
    blocks = _loose(w)
    if not 2 <= len(blocks) <= layout.MAX_TOWER:
        return None
    return _made(w, "i want all the blocks in one big tower, order doesnt matter", rels(Rel("tower", *blocks)))


def t262_des_tired3(w: World) -> Made:
    block = w.pick(_loose(w))
    if not block:
        return None
    return _made(w, f"want the {block[0]} in the bin. that's it.", binned(block))


def t262_des_plain43(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    bowl = _bowl_for(w, two) if two else None
    if not bowl:
        return None
    a, b = two
    return _made(w, f"I'd like the {a} and the {b} both in the {bowl}.",
                 rels(Rel("in", a, bowl), Rel("in", b, bowl)))


# ----- quantified -----------------------------------------------------------------------------------
def t262_qua_dogwalker(w: World) -> Made:
    blocks = _loose(w)
    return _made(w, "Round up every single block and pop them all in the bin, like herding puppies home!",
                 binned(blocks))


def t262_qua_czech(w: World) -> Made:
    ok = [b for b in w.bowls if len(w.state.in_bowl(b)) < 2]
    if not ok or len(_loose(w)) < 2:
        return None
    bowl = w.rng.choice(ok)
    return _made(w, f"Put exactly two blocks in the {bowl}, which ones is not important.", count_in(bowl, 2))


def t262_qua_judge(w: World) -> Made:
    table = w.state.on_the_table()
    if not table:
        return None
    return _made(w, "Each and every block presently on the table shall be deposited in the bin.", binned(table))


def t262_qua_gamer4(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    bowls = list(w.bowls)
    return _made(w, "one block per bowl pls, exactly one in each, go go go",
                 lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))


def t262_qua_tired3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"everything in the {bowl}, bin it. all of it.", binned(w.state.in_bowl(bowl)))


def t262_qua_plain43(w: World) -> Made:
    if len(_loose(w)) < 3:
        return None
    return _made(w, "Throw three of the blocks in the bin, any three will do.",
                 lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 3)


# ----- negated --------------------------------------------------------------------------------------
def t262_neg_dogwalker(w: World) -> Made:
    loose = _loose(w)
    cands = [b for b in loose if w.state.support[b] in (*_GROUND, *w.bowls)]
    if len(loose) < 2 or not cands:
        return None
    keep = w.rng.choice(cands)
    rest = [b for b in loose if b != keep]
    return _made(w, f"Everything into the bin except the {keep}, that one's a good boy, he stays right where he is!",
                 both(binned(rest), kept(keep)))


def t262_neg_czech(w: World) -> Made:
    loose = _loose(w)
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in loose if w.state.base(b) != bowl]
    if not cands:
        return None
    skip = w.rng.choice(cands)
    rest = [b for b in loose if b != skip]
    if not rest or len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all blocks in the {bowl}, but not the {skip}.",
                 rels(*(Rel("in", b, bowl) for b in rest), Rel("in", skip, bowl, negated=True)))


def t262_neg_judge(w: World) -> Made:
    block = w.pick(w.in_bowls())
    if not block:
        return None
    bowl = w.state.base(block[0])
    return _made(w, f"The {block[0]} is not to remain in the {bowl}. See to its removal, if you would.",
                 rels(Rel("in", block[0], bowl, negated=True)))


def t262_neg_gamer4(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    a, b = w.pick(loose, 2)
    rest = [x for x in loose if x not in (a, b)]
    return _made(w, f"bin everything but the {a} and the {b}, those two r mine",
                 both(binned(rest), none_binned([a, b])))


def t262_neg_tired3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"the {top} isn't supposed to be on the {_c(below)} one. fix it.",
                 rels(Rel("on", top, below, negated=True)))


def t262_neg_plain43(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in _loose(w) if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "Put every block in the bin apart from the ones that are in the bowls.",
                 both(binned(outside), none_binned(inside)))


# ----- relative -------------------------------------------------------------------------------------
def t262_rel_dogwalker(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = _bowl_for(w, [top])
    if not bowl:
        return None
    return _made(w, f"See the block sitting on the {below}, like a pup on the sofa? Pop it in the {bowl}.",
                 rels(Rel("in", top, bowl)))


def t262_rel_czech(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Take the block which is under the {top} and put it to the bin.", binned([below]))


def t262_rel_judge(w: World) -> Made:
    refs = [b for b in _loose(w) if _standalone(w, b)]
    if not refs:
        return None
    ref = w.rng.choice(refs)
    near = _nearest(w, _xy(w, ref), [b for b in _loose(w) if b != ref])
    if not near:
        return None
    return _made(w, f"The block lying nearest to the {ref} shall be set upon the {ref} itself.",
                 rels(Rel("on", near, ref)))


def t262_rel_gamer4(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.rng.choice(ones)
    block = w.state.in_bowl(bowl)[0]
    place = w.rng.choice(_CORNERS)
    return _made(w, f"whatever's in the {bowl}, send it to the {place} asap", rels(Rel("at", block, place)))


def t262_rel_tired3(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"the one on the {below}. bin.", binned([top]))


def t262_rel_plain43(w: World) -> Made:
    near = _nearest(w, layout.BIN_CENTER, _loose(w))
    if not near:
        return None
    bowl = _bowl_for(w, [near])
    if not bowl:
        return None
    return _made(w, f"Please put the block that's closest to the bin into the {bowl}.", rels(Rel("in", near, bowl)))


# ----- keep -----------------------------------------------------------------------------------------
def t262_keep_dogwalker(w: World) -> Made:
    loose = _loose(w)
    pairs = [(a, b) for a in loose for b in loose if a != b and b not in w.state.above(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Put the {a} in the bin but the {b} stays put, like a dog told to sit!",
                 both(binned([a]), kept(b)))


def t262_keep_czech(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    out = [b for b in _loose(w) if w.state.base(b) != bowl]
    pairs = [(x, y) for x in out for y in out if _can_top(w, y, x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    inside = w.state.in_bowl(bowl)

    def same(i: SymState, f: SymState) -> bool:
        return sorted(f.in_bowl(bowl)) == sorted(inside) and all(i.support[b] == f.support[b] for b in inside)
    return _made(w, f"Put the {x} on the {y}, and the {bowl} leave how it is now, please.",
                 both(rels(Rel("on", x, y)), same))


def t262_keep_judge(w: World) -> Made:
    table = w.state.on_the_table()
    cands = [b for b in table if w.state.support[b] in _GROUND]
    if len(table) < 2 or not cands:
        return None
    keep = w.rng.choice(cands)
    rest = [b for b in table if b != keep]
    return _made(w, f"Clear the table into the bin, save for the {keep}, which is to be left exactly where it lies.",
                 both(binned(rest), kept(keep)))


def t262_keep_gamer4(w: World) -> Made:
    loose = _loose(w)
    pairs = [(a, b) for a in loose for b in loose if a != b and b not in w.state.above(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = _bowl_for(w, [a])
    if not bowl:
        return None
    return _made(w, f"drop the {a} in the {bowl} but dont touch the {b}, it stays where it is",
                 both(rels(Rel("in", a, bowl)), kept(b)))


def t262_keep_tired3(w: World) -> Made:
    clear = [b for b in _loose(w) if w.state.is_clear(b)]
    if not clear or len(_loose(w)) < 2:
        return None
    block = w.rng.choice(clear)
    rest = [b for b in _loose(w) if b != block]
    return _made(w, f"bin the {block}. leave the rest alone.", both(binned([block]), kept(*rest)))


def t262_keep_plain43(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    others = [b for b in _loose(w) if b not in inside]
    if not others:
        return None
    keep = w.rng.choice(others)
    return _made(w, f"Can you empty the {bowl} onto the table but keep the {keep} where it is?",
                 both(lambda _i, f: all(f.base(b) in _GROUND for b in inside), kept(keep)))


# ----- multi_step -----------------------------------------------------------------------------------
def t262_multi_dogwalker(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    bowl = _bowl_for(w, two) if two else None
    if not bowl:
        return None
    a, b = two
    return _made(w, f"First the {a} goes in the {bowl}, then the {b} goes on top of the {a}. Two tricks, two treats!",
                 rels(Rel("in", a, bowl), Rel("on", b, a)))


def t262_multi_czech(w: World) -> Made:
    loose = _loose(w)
    reds = [b for b in loose if w.state.support[b] not in _GROUND]
    if not reds:
        return None
    red = w.rng.choice(reds)
    others = [b for b in loose if b != red]
    if not others:
        return None
    blue = w.rng.choice(others)
    return _made(w, f"First put the {blue} to the bin, then put the {red} on the table.",
                 both(binned([blue]), rels(Rel("on_table", red))))


def t262_multi_judge(w: World) -> Made:
    block = w.pick(w.in_bowls())
    if not block:
        return None
    bowl = w.state.base(block[0])
    return _made(w, f"First, remove the {block[0]} from the {bowl}; thereafter, place it in the middle of the table.",
                 rels(Rel("at", block[0], _MIDDLE)))


def t262_multi_gamer4(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    place = w.rng.choice(_CORNERS)
    return _made(w, f"step 1: {a} to the {place}. step 2: {b} on top of it. gg",
                 rels(Rel("at", a, place), Rel("on", b, a)))


def t262_multi_tired3(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    bowl = _bowl_for(w, [b])
    if not bowl:
        return None
    return _made(w, f"bin the {a}. then the {b} in the {bowl}.", both(binned([a]), rels(Rel("in", b, bowl))))


def t262_multi_plain43(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    a, b, c = three
    return _made(w, f"First put the {a} on the table, then stack the {b} on it, and after that the {c} on top.",
                 rels(Rel("stacked", a, b, c)))


# ----- question -------------------------------------------------------------------------------------
def t262_q_dogwalker(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return (f"How many blocks are in the {bowl}? I'm counting them like puppies in a litter!", answered(str(n)))


def t262_q_czech(w: World) -> Made:
    loose = _loose(w)
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
        return (f"Is the {top} on the {below}?", answered("Yes"))
    nos = [(a, b) for a in loose for b in loose if a != b and a not in w.state.above(b)]
    if not nos:
        return None
    a, b = w.rng.choice(nos)
    return (f"Is the {a} on the {b}?", answered("No"))


def t262_q_judge(w: World) -> Made:
    n = len(w.state.on_the_table())
    bin_empty = not any(w.state.base(b) == BIN for b in w.blocks)
    return ("For the record: how many blocks remain on the table, and is the bin empty?",
            answered(f"{n}|{yes(bin_empty).lower()}"))


def t262_q_gamer4(w: World) -> Made:
    block = w.rng.choice(_loose(w))
    tops = w.state.on_top(block)
    return (f"yo what's on top of the {block}", answered(tops[0] if tops else "nothing"))


def t262_q_tired3(w: World) -> Made:
    cands = [(b, _where(w.state, b)) for b in _loose(w)]
    cands = [(b, a) for b, a in cands if a]
    if not cands:
        return None
    block, where = w.rng.choice(cands)
    return (f"where's the {block}", answered(where))


def t262_q_plain43(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    any_in = bool(w.state.in_bowl(bowl))
    return (f"Are there any blocks in the {bowl}? And how many bowls are there on the table?",
            answered(f"{yes(any_in).lower()}|{len(w.bowls)}"))


# ----- matching -------------------------------------------------------------------------------------
def t262_match_dogwalker(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Put each block in the bowl that matches its colour, like matching each dog to its own leash!",
                 rels(*want))


def t262_match_czech(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Every block which has same colour like some bowl, put it into that bowl, please.", rels(*want))


def t262_match_judge(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    owner = {r.args[1]: r.args[0] for r in want}
    bowls = list(w.bowls)

    def exact(_i: SymState, f: SymState) -> bool:
        return all(sorted(f.in_bowl(b)) == ([owner[b]] if b in owner else []) for b in bowls)
    return _made(w, "Each bowl is to receive the block of its own colour, and the bowls are to hold nothing else.",
                 exact)


def t262_match_gamer4(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "match em up: blocks into the bowls with the same color, speedrun it", rels(*want))


def t262_match_tired3(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"{r.args[0]}. {r.args[1]}. where it belongs.", rels(r))


def t262_match_plain43(w: World) -> Made:
    want = matching(w)
    matched = {r.args[0] for r in want}
    rest = [b for b in _loose(w) if b not in matched]
    if not want or not rest:
        return None
    return _made(w, "Could you put the blocks into the bowls of the same colour, and throw the others in the bin?",
                 both(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("dogwalker", "czech", "judge", "gamer4", "tired3", "plain43")
FRESH262: list[Template] = [
    (f"t262_{short}_{style}", category, globals()[f"t262_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
