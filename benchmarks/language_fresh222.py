"""`FRESH222`, the two-hundred-and-twenty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things alone) and plain questions about
the table, one or two in a message. Six personas, one template each per category:
- granny2: "Hello dear, could you please pick up the red block and pop it into the blue bowl for me?"
- electrician: "Right, red block's meant to be on the blue block. Sort that out for me."
- korean: "Please put the red block on the blue block, thank you."
- impatient: "just put the green block in the bin already"
- librarian2: "Please place the yellow block neatly in the middle of the table."
- plain3: "Move the blue block out of the green bowl and onto the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2d28fdf, the code of 5b3b999, before anything it could prompt): 0.7933
goal-correct (238 of 300), 55 refused, two wrong actions and five wrong replies. The wrong actions: the electrician's
"Colour-code it: any block with a bowl in its own colour goes in that bowl. Everything else stays put." moved one matching
block and left the others. The wrong replies: "What's sat on top of X, if anything?". The refusals: the grandmother's "I
want to give the bowls a good wash", "There's a block sitting on top of X, do you see it? Could you move that one ...",
"I've got it just how I like it"; the electrician's "Every block in W, out and onto the table", "don't go touching
anything else", "isolate"; the Korean speaker's "should be in bin, it is not needed anymore" and "make exactly two blocks
to be in W"; the orderly person's "with whatever is in it put away in the bin"; the plain "not on or in anything"; and
the impatient "any block sitting in a bowl that isn't its colour, get it out of there".
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
from sim.core.lexicon import BIN, PLACES
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

CORNERS = PLACES[:4]
MIDDLE = PLACES[4]
BIN_ROOM = len(layout.BIN_SLOTS)


# ----- helpers ----------------------------------------------------------------------------------------
def _made(w: World, text: str, check: Check) -> Made:
    """An action: the goal must not hold already, and the gripper must be empty at the end."""
    if check(w.state, w.state):
        return None
    return text, lambda i, f: f.held is None and check(i, f)


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _col(w: World, name: str) -> str:
    return w.colour(name)


def _below(s: SymState, block: str) -> list[str]:
    """The blocks under `block` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _level(s: SymState, block: str) -> int:
    """1 for a block standing on the table, a bowl or a place; 2 for one on such a block; ..."""
    return 1 + len(_below(s, block))


def _loose(w: World) -> list[str]:
    """Blocks not in the bin or the gripper."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _room(w: World, bowl: str, moving: list[str]) -> bool:
    return len(set(w.state.in_bowl(bowl)) | set(moving)) <= layout.BOWL_CAPACITY


def _bin_room(w: World, moving: list[str]) -> bool:
    already = [b for b in w.blocks if w.state.base(b) == BIN]
    return len(set(already) | set(moving)) <= BIN_ROOM


def _can_stack(w: World, top: str, below: str) -> bool:
    """Whether `top` can end directly on `below` without `below` having to move."""
    return top != below and top not in _below(w.state, below) and _level(w.state, below) < layout.MAX_TOWER


def _one_stack(blocks: list[str]) -> Check:
    """The blocks form one stack, in any order, standing on the table, a place or in a bowl."""

    def check(_i: SymState, f: SymState) -> bool:
        if any(f.support.get(b) in (None, "gripper") for b in blocks):
            return False
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


def _towers(w: World) -> list[list[str]]:
    """Every stack of two or more blocks, bottom first."""
    s = w.state
    out = []
    for b in w.blocks:
        if s.support[b] not in s.support and s.on_top(b):
            out.append([b, *s.above(b)[::-1]])
    return out


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _nearest(w: World, point: tuple[float, float], cands: list[str]) -> str | None:
    """The candidate clearly nearest to `point`, standing alone (not part of a stack), if there is one."""
    if not cands:
        return None

    def d(b: str) -> float:
        x, y = _xy(w, b)
        return ((x - point[0]) ** 2 + (y - point[1]) ** 2) ** 0.5

    ranked = sorted(cands, key=d)
    best = ranked[0]
    if w.state.support[best] in w.state.support or not w.state.is_clear(best):
        return None
    if len(ranked) > 1 and d(ranked[1]) - d(best) < 0.03:
        return None
    return best


def _join(names: list[str]) -> str:
    names = [f"the {n}" for n in names]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


# ----- imperative ---------------------------------------------------------------------------------------
def t222_imp_granny2(w: World) -> Made:
    b, bowl = w.pick(_loose(w)), w.pick(w.bowls)
    if not b or not bowl or not _room(w, bowl[0], b):
        return None
    return _made(w, f"Hello dear, could you please pick up the {b[0]} and pop it into the {bowl[0]} for me? "
                    "Thank you ever so much, I do appreciate it.", rels(Rel("in", b[0], bowl[0])))


def t222_imp_electrician(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    corner = w.rng.choice(CORNERS)
    return _made(w, f"Right, lift the {top} off the {below} and land it in the {corner}.", rels(Rel("at", top, corner)))


def t222_imp_korean(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w, pair[0], pair[1]):
        return None
    a, b = pair
    return _made(w, f"Please put the {a} on top of {b}, thank you.", rels(Rel("on", a, b)))


def t222_imp_impatient(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b or not _bin_room(w, b):
        return None
    return _made(w, f"just put the {b[0]} in the bin already", binned(b))


def t222_imp_librarian2(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    return _made(w, f"Please place the {b[0]} neatly in the {MIDDLE} of the table.", rels(Rel("at", b[0], MIDDLE)))


def t222_imp_plain3(w: World) -> Made:
    b = w.pick(w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b[0])
    return _made(w, f"Move the {b[0]} out of the {bowl} and onto the table.", rels(Rel("on_table", b[0])))


# ----- declarative --------------------------------------------------------------------------------------
def t222_dec_granny2(w: World) -> Made:
    b, bowl = w.pick(_loose(w)), w.pick(w.bowls)
    if not b or not bowl or not _room(w, bowl[0], b):
        return None
    return _made(w, f"Now I think the {b[0]} ought to be sitting in the {bowl[0]}, it looks a bit lost where it is, "
                    "so if you wouldn't mind sorting that out for me, love.", rels(Rel("in", b[0], bowl[0])))


def t222_dec_electrician(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w, pair[0], pair[1]):
        return None
    a, b = pair
    return _made(w, f"Right, {a}'s meant to be on the {b}. Sort that out for me.", rels(Rel("on", a, b)))


def t222_dec_korean(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b or not _bin_room(w, b):
        return None
    return _made(w, f"The {b[0]} should be in bin, it is not needed anymore.", binned(b))


def t222_dec_impatient(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    corner = w.rng.choice(CORNERS)
    return _made(w, f"the {b[0]} goes in the {corner}. now please", rels(Rel("at", b[0], corner)))


def t222_dec_librarian2(w: World) -> Made:
    pair, bowl = w.pick(_loose(w), 2), w.pick(w.bowls)
    if not pair or not bowl or not _room(w, bowl[0], pair):
        return None
    a, b = pair
    return _made(w, f"The {a} belongs in the {bowl[0]}, and the {b} belongs in the {bowl[0]} as well.",
                 rels(Rel("in", a, bowl[0]), Rel("in", b, bowl[0])))


def t222_dec_plain3(w: World) -> Made:
    b = w.pick(w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b[0])
    return _made(w, f"The {b[0]} should be on the table, not in the {bowl}.", rels(Rel("on_table", b[0])))


# ----- desiderative -------------------------------------------------------------------------------------
def t222_des_granny2(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _can_stack(w, pair[0], pair[1]):
        return None
    a, b = pair
    return _made(w, f"What I'd really like, dear, is for the {a} to end up on top of the {b}, so the two of them make "
                    "a little tower like my grandson builds.", rels(Rel("on", a, b)))


def t222_des_electrician(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    return _made(w, f"I want {_join(three)} all in one stack. Any order's fine, just the three of them.",
                 _one_stack(three))


def t222_des_korean(w: World) -> Made:
    b, bowl = w.pick(_loose(w)), w.pick(w.bowls)
    if not b or not bowl or not _room(w, bowl[0], b):
        return None
    return _made(w, f"I want that the {b[0]} is in the {bowl[0]}, please.", rels(Rel("in", b[0], bowl[0])))


def t222_des_impatient(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    corner = w.rng.choice(CORNERS)
    return _made(w, f"i'd like the {b[0]} over in the {corner}, come on, it's not hard", rels(Rel("at", b[0], corner)))


def t222_des_librarian2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    if not _bin_room(w, inside):
        return None
    return _made(w, f"I would like the {bowl} emptied, please, with whatever is in it put away in the bin.",
                 both(empty(bowl), binned(inside)))


def t222_des_plain3(w: World) -> Made:
    off = [b for b in _loose(w) if not holds(Rel("on_table", b), w.state)]
    if not off:
        return None
    b = w.rng.choice(off)
    return _made(w, f"My goal is to have the {b} sitting directly on the table, not on or in anything.",
                 rels(Rel("on_table", b)))


# ----- quantified ---------------------------------------------------------------------------------------
def t222_qua_granny2(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or not _bin_room(w, inside):
        return None
    where = "the bowl" if len(w.bowls) == 1 else "any of the bowls"
    return _made(w, f"Could you be a dear and take every single block that's in {where} and put them all in the bin? "
                    "I want to give the bowls a good wash.", binned(inside))


def t222_qua_electrician(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Every block in the {bowl}, out and onto the table. All of them, mate.",
                 rels(*(Rel("on_table", b) for b in inside)))


def t222_qua_korean(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    return _made(w, f"Please make exactly two blocks to be in the {bowl[0]}.", count_in(bowl[0], 2))


def t222_qua_impatient(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) != len(w.blocks) or len(blocks) > layout.MAX_TOWER:
        return None
    return _made(w, "come on, just stack all the blocks up into one tower", _one_stack(blocks))


def t222_qua_librarian2(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "Please put one block in each bowl, so that every bowl holds exactly one.",
                 lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls))


def t222_qua_plain3(w: World) -> Made:
    on_table = w.state.on_the_table()
    if not on_table or not _bin_room(w, on_table):
        return None
    return _made(w, "Put every block that's on the table into the bin.", binned(on_table))


# ----- negated ------------------------------------------------------------------------------------------
def t222_neg_granny2(w: World) -> Made:
    keep = w.pick(_loose(w))
    if not keep:
        return None
    rest = [b for b in _loose(w) if b != keep[0]]
    if not _bin_room(w, rest):
        return None
    return _made(w, f"Would you please put all of the blocks in the bin except the {keep[0]}, dear? "
                    "I'm rather fond of that one.", both(binned(rest), none_binned(keep)))


def t222_neg_electrician(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Get everything out of the {bowl}, but not into the bin, right? I still need them.",
                 both(empty(bowl), none_binned(inside)))


def t222_neg_korean(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b, bowl = w.pick(_loose(w)), w.pick(w.bowls)
    if not b or not bowl:
        return None
    others = [x for x in w.bowls if x != bowl[0]]
    if not any(_room(w, x, b) for x in others):
        return None
    block, no = b[0], bowl[0]
    return _made(w, f"Please put the {block} in a bowl which is not the {no}.",
                 lambda _i, f: f.base(block) in others)


def t222_neg_impatient(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"get the {top} off the {below}. and NOT in the bin, come on",
                 lambda _i, f: f.support[top] != below and f.base(top) not in (BIN, "gripper"))


def t222_neg_librarian2(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    outside = [b for b in _loose(w) if w.state.base(b) != bowl[0]]
    skip = w.pick(outside, 2)
    if not skip:
        return None
    rest = [b for b in _loose(w) if b not in skip]
    if len(rest) < 2 or not _room(w, bowl[0], rest):
        return None
    a, b = skip
    return _made(w, f"Please put all the blocks except the {a} and the {b} into the {bowl[0]}.",
                 lambda i, f: all(f.base(x) == bowl[0] for x in rest) and all(f.base(x) != bowl[0] for x in skip))


def t222_neg_plain3(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or len(_loose(w)) < 3:
        return None
    red, no = pair
    ok = [x for x in _loose(w) if x not in pair and _can_stack(w, red, x)]
    if not ok:
        return None
    blocks = w.blocks
    return _made(w, f"Put the {red} on top of another block, just not the {no}.",
                 lambda _i, f: f.support[red] in blocks and f.support[red] != no)


# ----- relative -----------------------------------------------------------------------------------------
def t222_rel_granny2(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t)]
    bowl = w.pick(w.bowls)
    if not pairs or not bowl:
        return None
    top, below = w.rng.choice(pairs)
    if not _room(w, bowl[0], [top]):
        return None
    return _made(w, f"There's a block sitting on top of the {below}, do you see it? Could you move that one into the "
                    f"{bowl[0]} for me please, dear?", rels(Rel("in", top, bowl[0])))


def t222_rel_electrician(w: World) -> Made:
    s = w.state
    pairs = [(t, b) for t, b in w.pairs() if s.support[b] not in s.support]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if not _bin_room(w, [below]):
        return None
    return _made(w, f"Whatever's under the {top}, pull it out and bin it.", binned([below]))


def t222_rel_korean(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    b = _nearest(w, _xy(w, bowl), _loose(w))
    if not b:
        return None
    return _made(w, f"Please move the block which is nearest to the {bowl} to the {MIDDLE}.",
                 rels(Rel("at", b, MIDDLE)))


def t222_rel_impatient(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    b = w.state.in_bowl(bowl)[0]
    return _made(w, f"whatever block is in the {bowl}, just take it out and put it on the table already",
                 rels(Rel("on_table", b)))


def t222_rel_librarian2(w: World) -> Made:
    towers = _towers(w)
    if not towers:
        return None
    tallest = max(len(t) for t in towers)
    top = [t for t in towers if len(t) == tallest]
    if len(top) != 1:
        return None
    b = top[0][-1]
    corner = CORNERS[3]
    return _made(w, f"Please take the topmost block off the tallest stack and set it in the {corner}.",
                 rels(Rel("at", b, corner)))


def t222_rel_plain3(w: World) -> Made:
    b = _nearest(w, layout.BIN_CENTER, _loose(w))
    if not b or not _bin_room(w, [b]):
        return None
    return _made(w, "Put whichever block is closest to the bin into the bin.", binned([b]))


# ----- keep ---------------------------------------------------------------------------------------------
def t222_keep_granny2(w: World) -> Made:
    pair, bowl = w.pick(_loose(w), 2), w.pick(w.bowls)
    if not pair or not bowl:
        return None
    b, stay = pair
    if stay in w.state.above(b) or not _room(w, bowl[0], [b]):
        return None
    return _made(w, f"Could you put the {b} into the {bowl[0]}, but please leave the {stay} exactly where it is, "
                    "I've got it just how I like it.", both(rels(Rel("in", b, bowl[0])), kept(stay)))


def t222_keep_electrician(w: World) -> Made:
    b = w.pick(w.clear_blocks())
    if not b or not _bin_room(w, b):
        return None
    others = [x for x in w.blocks if x != b[0]]
    return _made(w, f"Bin the {b[0]}. Leave everything else as it is, don't go touching anything else.",
                 both(binned(b), kept(*others)))


def t222_keep_korean(w: World) -> Made:
    three = w.pick(_loose(w), 3)
    if not three:
        return None
    a, b, stay = three
    s = w.state
    if not _can_stack(w, a, b) or stay in s.above(a) or stay in s.above(b):
        return None
    return _made(w, f"Please stack the {a} on the {b}. Do not moving the {stay}.",
                 both(rels(Rel("on", a, b)), kept(stay)))


def t222_keep_impatient(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    stay = [b for b in _loose(w) if b not in inside]
    if not stay or not _bin_room(w, inside):
        return None
    keep = w.rng.choice(stay)
    return _made(w, f"just empty the {bowl} into the bin, and keep the {keep} where it is. quick",
                 both(empty(bowl), binned(inside), kept(keep)))


def t222_keep_librarian2(w: World) -> Made:
    s = w.state
    towers = [t for t in _towers(w) if len(t) == 2]
    if not towers:
        return None
    below, top = w.rng.choice(towers)
    movers = [b for b in _loose(w) if b not in (below, top)]
    b = w.pick(movers)
    if not b:
        return None
    corner = CORNERS[1]
    if s.base(b[0]) == corner:
        return None
    return _made(w, f"Please move the {b[0]} to the {corner}, keeping the stack of the {below} and the {top} exactly "
                    "as it is.", both(rels(Rel("at", b[0], corner)), kept(below, top)))


def t222_keep_plain3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    b = w.pick([x for x in _loose(w) if x not in inside])
    if not b or not _bin_room(w, b):
        return None
    return _made(w, f"Put the {b[0]} in the bin, but leave the blocks in the {bowl} alone.",
                 both(binned(b), kept(*inside)))


# ----- multi-step ---------------------------------------------------------------------------------------
def t222_multi_granny2(w: World) -> Made:
    pairs, bowl = w.pairs(), w.pick(w.bowls)
    if not pairs or not bowl:
        return None
    top, below = w.rng.choice(pairs)
    if not _room(w, bowl[0], [below]):
        return None
    return _made(w, f"First, dear, would you take the {top} off the {below} and put it down on the table, and then "
                    f"once that's done, put the {below} into the {bowl[0]}? Lovely.",
                 rels(Rel("on_table", top), Rel("in", below, bowl[0])))


def t222_multi_electrician(w: World) -> Made:
    covered = [b for b in _loose(w) if not w.state.is_clear(b)]
    if not covered:
        return None
    b = w.rng.choice(covered)
    corner = CORNERS[0]
    return _made(w, f"First isolate the {b}: clear off whatever's sat on it. Then shift it to the {corner}. Job done.",
                 rels(Rel("at", b, corner), Rel("clear", b)))


def t222_multi_korean(w: World) -> Made:
    pair, bowl = w.pick(_loose(w), 2), w.pick(w.bowls)
    if not pair or not bowl or not _room(w, bowl[0], pair):
        return None
    a, b = pair
    return _made(w, f"First put the {a} in the {bowl[0]}, and after, put the {b} on the {a}.",
                 rels(Rel("in", a, bowl[0]), Rel("on", b, a)))


def t222_multi_impatient(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair or not _bin_room(w, pair):
        return None
    a, b = pair
    return _made(w, f"put the {a} in the bin then the {b} too. hurry up", binned(pair))


def t222_multi_librarian2(w: World) -> Made:
    pair = w.pick(_loose(w), 2)
    if not pair:
        return None
    a, b = pair
    corner = CORNERS[2]
    return _made(w, f"First, move the {a} to the {corner}. Then place the {b} neatly on top of it.",
                 rels(Rel("at", a, corner), Rel("on", b, a)))


def t222_multi_plain3(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    b = w.pick([x for x in _loose(w) if x not in inside])
    if not b:
        return None
    return _made(w, f"Take everything out of the {bowl} and put it on the table, then put the {b[0]} in the {bowl}.",
                 rels(*(Rel("on_table", x) for x in inside), Rel("in", b[0], bowl)))


# ----- questions ----------------------------------------------------------------------------------------
def t222_q_granny2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return _ask(f"I can't quite see from where I'm sitting, dear, so could you tell me how many blocks are in the "
                f"{bowl} at the moment?", str(n))


def t222_q_electrician(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    up = w.state.on_top(b[0])
    if up and not w.state.is_clear(up[0]):
        return None
    return _ask(f"What's sat on top of the {b[0]}, if anything?", up[0] if up else "nothing")


def t222_q_korean(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bowl = w.state.base(b)
    else:
        b, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    return _ask(f"The {b} is in the {bowl}? Please tell me.", yes(w.state.base(b) == bowl))


def t222_q_impatient(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return _ask(f"how many blocks are there altogether, and which bowl is the {b} in. quick",
                f"{len(w.blocks)}|{w.state.base(b)}")


def t222_q_librarian2(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    inside = w.state.in_bowl(bowl)[0]
    others = [x for x in w.blocks if x != inside]
    pairs = [(t, u) for t, u in w.pairs() if inside not in (t, u)]
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    elif len(others) >= 2:
        a, b = w.pick(others, 2)
    else:
        return None
    return _ask(f"Could you tell me which block is in the {bowl}? And is the {a} resting on the {b}?",
                f"{inside}|{yes(w.state.support[a] == b).lower()}")


def t222_q_plain3(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return _ask(f"What's in the {bowl} right now?", "|".join(inside) if inside else "nothing")


# ----- matching -----------------------------------------------------------------------------------------
def _match_room(w: World) -> bool:
    want = matching(w)
    return all(_room(w, bowl, [r.block for r in want if r.target == bowl]) for bowl in w.bowls)


def t222_match_granny2(w: World) -> Made:
    want = matching(w)
    if not want or not _match_room(w):
        return None
    return _made(w, "Would you be so kind as to put each block into the bowl that's the same colour as it, dear? "
                    "It would look ever so nice.", rels(*want))


def t222_match_electrician(w: World) -> Made:
    want = matching(w)
    if not want or not _match_room(w):
        return None
    movers = {r.block for r in want if not holds(r, w.state)}
    rest = [b for b in w.blocks if b not in movers and b not in {r.block for r in want}]
    if any(x in rest for m in movers for x in w.state.above(m)):
        return None
    return _made(w, "Colour-code it: any block with a bowl in its own colour goes in that bowl. Everything else "
                    "stays put.", both(rels(*want), kept(*rest)))


def t222_match_korean(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    if not _room(w, r.target, [r.block]):
        return None
    return _made(w, f"Please put the {r.block} in the bowl with same colour.", rels(r))


def t222_match_impatient(w: World) -> Made:
    wrong = [b for b in w.in_bowls() if _col(w, b) != _col(w, w.state.base(b))]
    if not wrong:
        return None
    where = {b: w.state.base(b) for b in wrong}
    return _made(w, "any block sitting in a bowl that isn't its colour, get it out of there. come on",
                 lambda _i, f: all(f.base(b) != where[b] for b in wrong))


def t222_match_librarian2(w: World) -> Made:
    want = matching(w)
    if not want or not _match_room(w):
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not _bin_room(w, rest):
        return None
    return _made(w, "Please sort the blocks by colour: each block that has a bowl of its colour goes in that bowl, "
                    "and every other block goes in the bin.", both(rels(*want), binned(rest)))


def t222_match_plain3(w: World) -> Made:
    want = matching(w)
    if not want or not _match_room(w):
        return None
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    return _made(w, "Put the blocks into the bowls of the same colour, and put the rest on the table.",
                 rels(*want, *(Rel("on_table", b) for b in rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("granny2", "electrician", "korean", "impatient", "librarian2", "plain3")
FRESH222: list[Template] = [
    (f"t222_{short}_{style}", category, globals()[f"t222_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
