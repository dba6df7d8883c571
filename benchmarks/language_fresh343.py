"""`FRESH343`, the three-hundred-and-forty-third untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, asking the arm to tidy, move, stack and sort blocks, and
asking what is where. Six personas write them:
- chef6: a chef, kitchen talk, brisk ("Red block, into the blue bowl. Go.")
- lawyer6: a lawyer, formal, precise ("The red block shall be placed in the bin.")
- teen11: a teenager texting, abbreviations ("pls put the red block in the bin thx")
- french6: a French speaker writing English with small slips ("I would like that the red block is on the blue block.")
- grandpa7: a grandpa, rambling, old sayings ("Now then, a place for everything: the red block goes in the blue bowl.")
- plain124: a plain, ordinary adult ("Put the red block in the blue bowl, please.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 3de78d7, the code of 2cc17e8, before anything it could
prompt): 0.9333 goal-correct (280 of 300), 20 refused, 0 questions, 0 wrong actions, 0 wrong replies. The refusals: a
teenager's 'X needs 2 b on Y'; a grandpa's 'You know what'd be nice? If X were sitting in W. ...', 'three little jobs,
one at a time like my old foreman used to say: ...' and '... goes in that bowl, and you leave the rest of them be'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(name: str) -> str:
    """The colour word of an object's name ("red block" -> "red")."""
    return name.split()[0]


def _movable(w: World) -> list[str]:
    """Blocks not in the bin and not held."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _loose(w: World) -> list[str]:
    """Clear blocks, not in the bin."""
    return w.clear_blocks()


def _standing(w: World, b: str) -> bool:
    """The block rests directly on the table (or a named place)."""
    return w.state.support[b] in (TABLE, *PLACES)


def _depth(s: SymState, b: str) -> int:
    """How many blocks from the bottom of b's tower up to b, b included."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(w: World, x: str, y: str) -> bool:
    """x may go on y: different blocks, y not above x, y's tower on the table with room for one more."""
    s = w.state
    return (x != y and y not in s.above(x) and s.base(y) in (TABLE, *PLACES)
            and _depth(s, y) + 1 <= layout.MAX_TOWER)


def _stack_pair(w: World) -> tuple[str, str] | None:
    """Two clear blocks (x, y) with x able to go on y."""
    pairs = [(x, y) for x in _loose(w) for y in _loose(w) if _can_stack(w, x, y)]
    return w.rng.choice(pairs) if pairs else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _bowl_for(w: World, x: str) -> str | None:
    """A bowl x is not in and that has room for it."""
    bowls = [b for b in w.bowls if w.state.base(x) != b and _room(w, b)]
    return w.rng.choice(bowls) if bowls else None


def _place(w: World) -> str:
    return w.rng.choice(PLACES)


def _root(s: SymState, b: str) -> str:
    """The bottom block of b's tower."""
    while s.support[b] in s.support:
        b = s.support[b]
    return b


def _clear_winner(w: World, key) -> str | None:
    """The block (alone in its tower, not in the bin) with the clearly smallest key, by `_MARGIN`."""
    s = w.state
    pool = _movable(w)
    if not pool:
        return None
    best = min(pool, key=key)
    if not (s.is_clear(best) and s.support[best] not in s.support):
        return None
    others = [key(b) for b in pool if _root(s, b) != best]
    return best if all(k - key(best) >= _MARGIN for k in others) else None


def _matchable(w: World) -> list[str]:
    """Blocks with a bowl of their colour."""
    return [r.args[0] for r in matching(w)]


def _bowl_of(w: World, block: str) -> str:
    return f"{w.colour(block)} bowl"


def _matching_fits(w: World, blocks: list[str]) -> bool:
    """Every bowl has room for the blocks that would go into it."""
    s = w.state
    for bowl in w.bowls:
        coming = [b for b in blocks if _bowl_of(w, b) == bowl and s.base(b) != bowl]
        if len(s.in_bowl(bowl)) + len(coming) > layout.BOWL_CAPACITY:
            return False
    return True


def _in(x: str, bowl: str) -> Rel:
    return Rel("in", x, bowl)


def _put_in(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl it could go into."""
    for x in w.pick(_loose(w), len(_loose(w))):
        bowl = _bowl_for(w, x)
        if bowl:
            return x, bowl
    return None


def _other(w: World, *avoid: str) -> str | None:
    rest = [b for b in _movable(w) if b not in avoid]
    return w.rng.choice(rest) if rest else None


# ----- imperative -----------------------------------------------------------------------------------
def t343_imp_chef6(w: World) -> Made:
    got = _put_in(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"{_c(x).capitalize()} block, into the {bowl}. Go.", _act(rels(_in(x, bowl))))


def t343_imp_lawyer6(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"Place the {x} upon the {y}.", _act(rels(Rel("on", x, y))))


def t343_imp_teen11(w: World) -> Made:
    x, p = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"move the {_c(x)} block 2 the {p} pls", _act(rels(Rel("at", x, p))))


def t343_imp_french6(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    return _made(w, f"Put the {x} inside the bin, please.", _act(binned([x])))


def t343_imp_grandpa7(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Now then, take that {x} off the {y} and set it down on the table, would you? "
                    "Slow and steady wins the race.", _act(rels(Rel("on_table", x))))


def t343_imp_plain124(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    return _made(w, f"Move the {x} to the middle of the table.", _act(rels(Rel("at", x, PLACES[4]))))


# ----- declarative ----------------------------------------------------------------------------------
def t343_dec_chef6(w: World) -> Made:
    got = _put_in(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"The {x} goes in the {bowl}.", _act(rels(_in(x, bowl))))


def t343_dec_lawyer6(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    return _made(w, f"The {x} is to be disposed of in the bin.", _act(binned([x])))


def t343_dec_teen11(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"the {_c(x)} block needs 2 b on the {_c(y)} block", _act(rels(Rel("on", x, y))))


def t343_dec_french6(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"The {x} must be on the table, not on the {y}.",
                 _act(rels(Rel("on_table", x), Rel("on", x, y, negated=True))))


def t343_dec_grandpa7(w: World) -> Made:
    x, p = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"Way I see it, that {x} belongs over in the {p}. Always has, always will.",
                 _act(rels(Rel("at", x, p))))


def t343_dec_plain124(w: World) -> Made:
    got = _put_in(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"The {x} has to be in the {bowl}.", _act(rels(_in(x, bowl))))


# ----- desiderative ---------------------------------------------------------------------------------
def t343_des_chef6(w: World) -> Made:
    got = _put_in(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"I want the {x} in the {bowl}. Now, please.", _act(rels(_in(x, bowl))))


def t343_des_lawyer6(w: World) -> Made:
    x, p = w.rng.choice(_loose(w)), _place(w)
    return _made(w, f"I would prefer that the {x} be relocated to the {p}.", _act(rels(Rel("at", x, p))))


def t343_des_teen11(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    return _made(w, f"i want the {_c(x)} block in the bin lol", _act(binned([x])))


def t343_des_french6(w: World) -> Made:
    got = _stack_pair(w)
    if not got:
        return None
    x, y = got
    return _made(w, f"I would like that the {x} is on the {y}.", _act(rels(Rel("on", x, y))))


def t343_des_grandpa7(w: World) -> Made:
    got = _put_in(w)
    if not got:
        return None
    x, bowl = got
    return _made(w, f"You know what'd be nice? If that {x} were sitting in the {bowl}. "
                    "A place for everything and everything in its place, my mother used to say.",
                 _act(rels(_in(x, bowl))))


def t343_des_plain124(w: World) -> Made:
    pool = [b for b in _loose(w) if not _standing(w, b)]
    if not pool:
        return None
    x = w.rng.choice(pool)
    return _made(w, f"I'd like the {x} on the table, please.", _act(rels(Rel("on_table", x))))


# ----- quantified -----------------------------------------------------------------------------------
def t343_qua_chef6(w: World) -> Made:
    return _made(w, "All the blocks in the bin. Clear the station.", _act(binned(w.blocks)))


def t343_qua_lawyer6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(_movable(w)) < 2:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Kindly place exactly two blocks in the {bowl}.", _act(count_in(bowl, 2)))


def t343_qua_teen11(w: World) -> Made:
    inside = w.state.in_bowls()
    outside = [b for b in _movable(w) if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "put every block thats not in a bowl in the bin",
                 _act(binned(outside), none_binned(inside)))


def t343_qua_french6(w: World) -> Made:
    on_table = w.state.on_the_table()
    fits = [b for b in w.bowls if _room(w, b, len(on_table))]
    if len(on_table) < 2 or not fits:
        return None
    bowl = w.rng.choice(fits)
    return _made(w, f"Put all the blocks who are on the table into the {bowl}.",
                 _act(rels(*(_in(b, bowl) for b in on_table))))


def t343_qua_grandpa7(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Those blocks in the {bowl} have been sitting there long enough. Take every last one of "
                    "them out and put them on the table, there's a good lad.",
                 _act(rels(*(Rel("on_table", b) for b in inside))))


def t343_qua_plain124(w: World) -> Made:
    if len(_movable(w)) < 3:
        return None
    return _made(w, "Put three of the blocks in the bin.",
                 _act(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3))


# ----- negated --------------------------------------------------------------------------------------
def t343_neg_chef6(w: World) -> Made:
    x = w.rng.choice(_movable(w))
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"All blocks in the bin except the {x}.", _act(binned(rest), none_binned([x])))


def t343_neg_lawyer6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"No block shall remain in the {bowl}.", _act(empty(bowl)))


def t343_neg_teen11(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    _top, below = w.rng.choice(pairs)
    return _made(w, f"dont want anything on top of the {_c(below)} block, get it off pls",
                 _act(rels(Rel("clear", below))))


def t343_neg_french6(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    return _made(w, f"The {x} must not be in the {bowl} anymore.", _act(rels(Rel("in", x, bowl, negated=True))))


def t343_neg_grandpa7(w: World) -> Made:
    if len(_movable(w)) < 4:
        return None
    a, b = w.pick(_movable(w), 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Out with the old, I always say. Every block into the bin, all except the {a} and the {b}; "
                    "those two I'm keeping.", _act(binned(rest), none_binned([a, b])))


def t343_neg_plain124(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"The {x} shouldn't be on the {y}.", _act(rels(Rel("on", x, y, negated=True))))


# ----- relative -------------------------------------------------------------------------------------
def t343_rel_chef6(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = _clear_winner(w, lambda b: w.dist(b, bowl) if w.state.base(b) != bowl else 9.0)
    if not x or w.state.base(x) == bowl or not _room(w, bowl):
        return None
    return _made(w, f"Block closest to the {bowl}: in the {bowl}.", _act(rels(_in(x, bowl))))


def t343_rel_lawyer6(w: World) -> Made:
    x = _clear_winner(w, w.y)
    bowl = _bowl_for(w, x) if x else None
    if not bowl:
        return None
    return _made(w, f"The leftmost block is to be placed in the {bowl}.", _act(rels(_in(x, bowl))))


def t343_rel_teen11(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"whatever block is on the {_c(y)} one, bin it", _act(binned([x])))


def t343_rel_french6(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"Take the block which is in the {bowl} and put it on the table.",
                 _act(rels(Rel("on_table", x))))


def t343_rel_grandpa7(w: World) -> Made:
    x = _clear_winner(w, lambda b: -w.y(b))
    ys = [y for y in _loose(w) if x and _can_stack(w, x, y)] if x else []
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"See that block way over on the right, the one furthest right? Pop it on top of the {y} "
                    "for me. Easy does it.", _act(rels(Rel("on", x, y))))


def t343_rel_plain124(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Move the block that's under the {x} to the bottom left corner.",
                 _act(rels(Rel("at", y, PLACES[2]))))


# ----- keep -----------------------------------------------------------------------------------------
def _bowl_kept(bowl: str) -> Check:
    """The bowl holds the same blocks, each resting where it rested."""
    return lambda i, f: sorted(i.in_bowl(bowl)) == sorted(f.in_bowl(bowl)) and kept(*i.in_bowl(bowl))(i, f)


def t343_keep_chef6(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    pool = [x for x in _loose(w) if w.state.base(x) not in w.bowls]
    if not bowls or not pool:
        return None
    x, bowl = w.rng.choice(pool), w.rng.choice(bowls)
    return _made(w, f"{_c(x).capitalize()} block to the bin. Leave the {bowl} alone.",
                 _act(binned([x]), _bowl_kept(bowl)))


def t343_keep_lawyer6(w: World) -> Made:
    got = _stack_pair(w)
    z = _other(w, *got) if got else None
    if not z:
        return None
    x, y = got
    return _made(w, f"Move the {x} onto the {y}; the {z} is to remain exactly where it is.",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t343_keep_teen11(w: World) -> Made:
    got = _put_in(w)
    z = _other(w, *got) if got else None
    if not z or z in w.state.above(got[0]):
        return None
    x, bowl = got
    return _made(w, f"put the {_c(x)} block in the {bowl} but dont touch the {_c(z)} block k",
                 _act(rels(_in(x, bowl)), kept(z)))


def t343_keep_french6(w: World) -> Made:
    x = w.rng.choice(_loose(w))
    z = _other(w, x)
    if not z:
        return None
    return _made(w, f"Put the {x} in the bin, but the {z} you leave where it is, please.",
                 _act(binned([x]), kept(z)))


def t343_keep_grandpa7(w: World) -> Made:
    x, p = w.rng.choice(_loose(w)), _place(w)
    z = _other(w, x)
    if not z:
        return None
    return _made(w, f"Set the {x} down in the {p}, and mind you don't go disturbing the {z}. "
                    "If it ain't broke, don't fix it.", _act(rels(Rel("at", x, p)), kept(z)))


def t343_keep_plain124(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Take the {x} off the {y}, but leave the {y} where it is.",
                 _act(rels(Rel("on", x, y, negated=True)), kept(y)))


# ----- multi_step -----------------------------------------------------------------------------------
def t343_multi_chef6(w: World) -> Made:
    if len(_loose(w)) < 2:
        return None
    x, y = w.pick(_loose(w), 2)
    bowl = _bowl_for(w, y)
    if not bowl:
        return None
    return _made(w, f"First the {x} in the bin, then the {y} in the {bowl}. Move!",
                 _act(binned([x]), rels(_in(y, bowl))))


def t343_multi_lawyer6(w: World) -> Made:
    if len(_loose(w)) < 2:
        return None
    x, y = w.pick(_loose(w), 2)
    p = _place(w)
    return _made(w, f"First, place the {x} in the {p}; thereafter, place the {y} upon the {x}.",
                 _act(rels(Rel("at", x, p), Rel("on", y, x))))


def t343_multi_teen11(w: World) -> Made:
    pairs = [(x, y) for x, y in w.pairs() if w.state.is_clear(x)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"take the {_c(x)} block off the {_c(y)} one then put the {_c(y)} one in the bin",
                 _act(binned([y]), rels(Rel("on", x, y, negated=True))))


def t343_multi_french6(w: World) -> Made:
    pool = [b for b in _loose(w) if not _standing(w, b)]
    if not pool:
        return None
    x = w.rng.choice(pool)
    ys = [y for y in _loose(w) if y != x]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"First you put the {x} on the table, and after you put the {y} on it.",
                 _act(rels(Rel("on_table", x), Rel("on", y, x))))


def t343_multi_grandpa7(w: World) -> Made:
    if len(_loose(w)) < 3:
        return None
    x, y, z = w.pick(_loose(w), 3)
    bowl = _bowl_for(w, y)
    if not bowl:
        return None
    return _made(w, f"Righto, three little jobs, one at a time like my old foreman used to say: the {x} goes in "
                    f"the bin, then the {y} goes into the {bowl}, and last of all the {z} over to the middle.",
                 _act(binned([x]), rels(_in(y, bowl), Rel("at", z, PLACES[4]))))


def t343_multi_plain124(w: World) -> Made:
    if len(_loose(w)) < 2:
        return None
    x, y = w.pick(_loose(w), 2)
    bowl = _bowl_for(w, x)
    if not bowl:
        return None
    return _made(w, f"Put the {x} in the {bowl} and after that put the {y} in the bin.",
                 _act(rels(_in(x, bowl)), binned([y])))


# ----- question -------------------------------------------------------------------------------------
def t343_q_chef6(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    return f"What's in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t343_q_lawyer6(w: World) -> Made:
    return "How many blocks are presently on the table?", answered(str(w.state.count_at(TABLE)))


def t343_q_teen11(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    below = w.state.support[x]
    if below in w.state.support and w.rng.random() < 0.5:
        y = below
    else:
        y = w.rng.choice([b for b in w.blocks if b != x])
    return f"is the {_c(x)} block on the {_c(y)} block??", answered(yes(holds(Rel("on", x, y), w.state)))


def t343_q_french6(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return f"Where is the {x}, please?", answered(w.state.support[x])


def t343_q_grandpa7(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return (f"My eyes aren't what they used to be. Is there anything sitting in the {bowl}?",
            answered(yes(bool(w.state.in_bowl(bowl)))))


def t343_q_plain124(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return f"Which block is on top of the {y}?", answered(x)


# ----- matching -------------------------------------------------------------------------------------
def t343_match_chef6(w: World) -> Made:
    blocks = _matchable(w)
    if not blocks or not _matching_fits(w, blocks):
        return None
    return _made(w, "Sort the blocks by colour into the bowls. Chop chop.", _act(rels(*matching(w))))


def t343_match_lawyer6(w: World) -> Made:
    blocks = _matchable(w)
    if not blocks or not _matching_fits(w, blocks):
        return None
    return _made(w, "Each block shall be placed in the bowl of its own colour, where such a bowl exists.",
                 _act(rels(*matching(w))))


def t343_match_teen11(w: World) -> Made:
    blocks = _matchable(w)
    if not blocks or not _matching_fits(w, blocks):
        return None
    return _made(w, "put the blocks in the bowls that r the same colour", _act(rels(*matching(w))))


def t343_match_french6(w: World) -> Made:
    blocks = [b for b in _matchable(w) if w.state.base(b) != _bowl_of(w, b) and _room(w, _bowl_of(w, b))]
    if not blocks:
        return None
    x = w.rng.choice(blocks)
    return _made(w, f"Put the {x} in the bowl of the same colour.", _act(rels(_in(x, _bowl_of(w, x)))))


def t343_match_grandpa7(w: World) -> Made:
    blocks = _matchable(w)
    others = [b for b in w.blocks if b not in blocks]
    if not blocks or not others or not _matching_fits(w, blocks):
        return None
    if any(o in w.state.above(b) for b in blocks for o in others):
        return None
    return _made(w, "Birds of a feather flock together, eh? Every block that's got a bowl of its own colour goes "
                    "in that bowl, and you leave the rest of them be.", _act(rels(*matching(w)), kept(*others)))


def t343_match_plain124(w: World) -> Made:
    blocks = [b for b in _matchable(w) if w.state.base(b) != _bowl_of(w, b)]
    if len(blocks) < 2:
        return None
    x, y = w.pick(blocks, 2)
    if not _matching_fits(w, [x, y]):
        return None
    return _made(w, f"Put the {_c(x)} and {_c(y)} blocks into the bowls of the same colour.",
                 _act(rels(_in(x, _bowl_of(w, x)), _in(y, _bowl_of(w, y)))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("chef6", "lawyer6", "teen11", "french6", "grandpa7", "plain124")
FRESH343: list[Template] = [
    (f"t343_{short}_{style}", category, globals()[f"t343_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
