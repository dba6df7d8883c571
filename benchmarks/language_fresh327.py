"""`FRESH327`, the three-hundred-and-twenty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a table, asking where things are, sorting blocks into
bowls, in whatever words come to them first. Six personas write them:
- scientist6: a lab scientist, precise, says 'sample' and 'specimen' now and then ("Transfer the red block to the blue bowl.")
- cabbie: a London cabbie, chatty and colloquial ("Right, bung the red block in the bin for us, would you, mate?")
- nan6: a nan, warm and rambling ("Could you be a dear and pop the yellow block in the top left corner for me?")
- spanish5: a Spanish speaker writing English with small slips ("Please, you put the green block inside the bin.")
- teen7: a teenager, lowercase and casual ("the orange block goes in the bin")
- plain108: a plain, ordinary adult ("Stack the pink block on the blue block.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb8ea72, the code of 7077ecf, before anything it could prompt): 0.85
goal-correct (255 of 300), 40 refused, 0 questions, 0 wrong actions, 5 wrong replies. The wrong replies: a cabbie's
'How many blocks you got there all told, mate?'. The refusals: a cabbie's 'That X's for the bin, guv, no two ways
about it.' and 'I'd love that X out the way in the bin, if it's no bother.', a Spanish speaker's 'Take out all the
blocks from the bowls and leave them on the table, please.', 'X must not be on Y anymore. Don't put it in the bin,
only in other place.' and 'Put X in the bin, but Z no, leave it where it is.', a nan's '..., but don't you go throwing
it in the bin, it's a perfectly good block.', '... Only leave Z be, it's fine where it is, I put it there myself.' and
'X would look ever so nice in W, dear. Could you put it in there for me?'.
"""

from __future__ import annotations

from benchmarks.planner_language import (Check, Made, Template, World, answered, binned, count_in, empty, kept,
                                         matching, none_binned, rels, yes)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_MARGIN = 0.03  # metres: a "leftmost" or "nearest" block must win by this much


# ----- helpers -----
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _tower(s: SymState, block: str) -> list[str]:
    """Every block of the tower holding `block`, bottom first."""
    while s.support[block] in s.support:
        block = s.support[block]
    return [block, *s.above(block)]


def _grounded(s: SymState, block: str) -> bool:
    """Resting directly on the table or a named place."""
    return s.support[block] in (TABLE, *PLACES)


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _to_bowl(w: World) -> tuple[str, str] | None:
    """A clear block and a bowl, with room, that it is not in already."""
    options = [(b, bowl) for b in w.clear_blocks() for bowl in w.bowls
               if w.state.base(b) != bowl and _room(w, bowl)]
    return w.rng.choice(options) if options else None


def _stack(w: World) -> tuple[str, str] | None:
    """(x, y): clear x can go onto clear y, whose tower stands on the table and has room."""
    s = w.state
    options = [(x, y) for x in w.clear_blocks() for y in w.clear_blocks()
               if x != y and s.support[x] != y and s.base(y) in (TABLE, *PLACES)
               and len(_tower(s, y)) < layout.MAX_TOWER]
    return w.rng.choice(options) if options else None


def _one(w: World) -> str | None:
    blocks = w.clear_blocks()
    return w.rng.choice(blocks) if blocks else None


def _lifted(w: World) -> list[str]:
    """Clear blocks that are not on the table itself: on another block or in a bowl."""
    return [b for b in w.clear_blocks() if not _grounded(w.state, b)]


def _winner(w: World, key) -> str | None:
    """The block with the smallest key, alone in its tower and ahead of every other block by `_MARGIN`."""
    blocks = [b for b in w.blocks if w.state.base(b) != BIN]
    if len(blocks) < 2:
        return None
    best = min(blocks, key=key)
    if len(_tower(w.state, best)) != 1 or w.state.base(best) in w.bowls:
        return None
    if any(key(b) < key(best) + _MARGIN for b in blocks if b != best):
        return None
    return best


def _nearest(w: World, target: str, blocks: list[str]) -> str | None:
    """The block of `blocks` clearly nearest `target` (the others at least `_MARGIN` further)."""
    if len(blocks) < 2:
        return None
    best = min(blocks, key=lambda b: w.dist(b, target))
    if len(_tower(w.state, best)) != 1 or w.state.base(best) in w.bowls:
        return None
    if any(w.dist(b, target) < w.dist(best, target) + _MARGIN for b in blocks if b != best):
        return None
    return best


def _match_one(w: World) -> tuple[str, str] | None:
    """A clear block and the bowl of its colour, with room, that it is not in yet."""
    by_colour = {w.colour(b): b for b in w.bowls}
    options = [(b, by_colour[w.colour(b)]) for b in w.clear_blocks() if w.colour(b) in by_colour
               and w.state.base(b) != by_colour[w.colour(b)] and _room(w, by_colour[w.colour(b)])]
    return w.rng.choice(options) if options else None


def _match_all(w: World, text: str) -> Made:
    """Every block whose colour has a bowl goes into that bowl (each bowl must have room)."""
    want = matching(w)
    if not want or any(w.state.base(r.block) != r.target and not _room(w, r.target) for r in want):
        return None
    return _made(w, text, _act(rels(*want)))


def _where(w: World, block: str) -> str:
    s = w.state
    sup = s.support[block]
    if s.base(block) in s.bowls:
        return s.base(block)
    if sup in s.support:
        return sup
    return sup if sup in PLACES else TABLE


def _listing(blocks: list[str]) -> str:
    return "|".join(blocks) if blocks else "nothing"


def _stays_in_bowls(blocks: list[str], s: SymState) -> Check:
    return rels(*(Rel("in", b, s.base(b)) for b in blocks))


# ----- imperative -----
def t327_imp_scientist6(w: World) -> Made:
    pick = _to_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    return _made(w, f"Transfer the {b} to the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t327_imp_cabbie(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = pick
    return _made(w, f"Right, stick the {x} on top of the {_c(w, y)} one, would you, mate?",
                 _act(rels(Rel("on", x, y))))


def t327_imp_nan6(w: World) -> Made:
    b, place = _one(w), w.rng.choice(PLACES[:4])
    if b is None:
        return None
    return _made(w, f"Could you be a dear and pop the {b} over in the {place} for me?",
                 _act(rels(Rel("at", b, place))))


def t327_imp_spanish5(w: World) -> Made:
    b = _one(w)
    if b is None:
        return None
    return _made(w, f"Please, you put the {b} inside the bin.", _act(binned([b])))


def t327_imp_teen7(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    b = w.rng.choice(lifted)
    return _made(w, f"move the {b} onto the table", _act(rels(Rel("on_table", b))))


def t327_imp_plain108(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = pick
    return _made(w, f"Stack the {x} on the {y}.", _act(rels(Rel("on", x, y))))


# ----- declarative -----
def t327_dec_scientist6(w: World) -> Made:
    pick = _to_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    return _made(w, f"The {b} belongs in the {bowl}; that is where the specimen should be stored.",
                 _act(rels(Rel("in", b, bowl))))


def t327_dec_cabbie(w: World) -> Made:
    b = _one(w)
    if b is None:
        return None
    return _made(w, f"That {b}'s for the bin, guv, no two ways about it.", _act(binned([b])))


def t327_dec_nan6(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = pick
    return _made(w, f"Now the {x} ought to be sitting on top of the {y}, dear, that's where it lives.",
                 _act(rels(Rel("on", x, y))))


def t327_dec_spanish5(w: World) -> Made:
    b = _one(w)
    if b is None:
        return None
    return _made(w, f"The {b} must to be in the middle of the table.", _act(rels(Rel("at", b, PLACES[4]))))


def t327_dec_teen7(w: World) -> Made:
    pick = _to_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    return _made(w, f"the {b} goes in the {bowl}", _act(rels(Rel("in", b, bowl))))


def t327_dec_plain108(w: World) -> Made:
    lifted = _lifted(w)
    if not lifted:
        return None
    b = w.rng.choice(lifted)
    return _made(w, f"The {b} has to be on the table.", _act(rels(Rel("on_table", b))))


# ----- desiderative -----
def t327_des_scientist6(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = pick
    return _made(w, f"I would like the {x} placed on the {y}, please.", _act(rels(Rel("on", x, y))))


def t327_des_cabbie(w: World) -> Made:
    b = _one(w)
    if b is None:
        return None
    return _made(w, f"I'd love that {b} out the way in the bin, if it's no bother.", _act(binned([b])))


def t327_des_nan6(w: World) -> Made:
    pick = _to_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    return _made(w, f"Oh, it would be lovely if the {b} was in the {bowl}, love. I've always thought they go "
                    "well together.", _act(rels(Rel("in", b, bowl))))


def t327_des_spanish5(w: World) -> Made:
    b, place = _one(w), w.rng.choice(PLACES[:4])
    if b is None:
        return None
    return _made(w, f"I want that the {b} is in the {place}.", _act(rels(Rel("at", b, place))))


def t327_des_teen7(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = pick
    return _made(w, f"kinda want the {x} on top of the {_c(w, y)} one ngl", _act(rels(Rel("on", x, y))))


def t327_des_plain108(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"I'd like the {bowl} to be empty.", _act(empty(bowl)))


# ----- quantified -----
def t327_qua_scientist6(w: World) -> Made:
    return _made(w, "Transfer all the blocks to the bin, every sample without exception.",
                 _act(binned(w.blocks)))


def t327_qua_cabbie(w: World) -> Made:
    loose = [b for b in w.blocks if b not in w.in_bowls()]
    inside = w.in_bowls()
    if not loose or not inside:
        return None
    return _made(w, "Chuck all the blocks that ain't in a bowl into the bin, and leave the ones in the bowls be.",
                 _act(binned(loose), _stays_in_bowls(inside, w.state), kept(*inside)))


def t327_qua_nan6(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _made(w, f"Could you put two of the blocks into the {bowl} for me, dear? Any two will do, I'm not fussy.",
                 _act(count_in(bowl, 2)))


def t327_qua_spanish5(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    check = lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside)
    return _made(w, "Take out all the blocks from the bowls and leave them on the table, please.", _act(check))


def t327_qua_teen7(w: World) -> Made:
    loose = [b for b in w.blocks if b not in w.in_bowls()]
    inside = w.in_bowls()
    if not loose:
        return None
    return _made(w, "bin every block that isnt in a bowl", _act(binned(loose), _stays_in_bowls(inside, w.state)))


def t327_qua_plain108(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    check = lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 3
    return _made(w, "Put three blocks in the bin.", _act(check))


# ----- negated -----
def t327_neg_scientist6(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"No sample should remain in the {bowl}.", _act(empty(bowl)))


def t327_neg_cabbie(w: World) -> Made:
    keep = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != keep]
    return _made(w, f"Bin the lot except the {keep}, mate. That one stays.",
                 _act(binned(rest), none_binned([keep])))


def t327_neg_nan6(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    b = w.rng.choice(inside)
    bowl = w.state.base(b)
    return _made(w, f"Take the {b} out of the {bowl}, would you, dear, but don't you go throwing it in the bin, "
                    "it's a perfectly good block.",
                 _act(rels(Rel("in", b, bowl, negated=True)), none_binned([b])))


def t327_neg_spanish5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The {top} must not be on the {below} anymore. Don't put it in the bin, only in other place.",
                 _act(rels(Rel("on", top, below, negated=True)), none_binned([top])))


def t327_neg_teen7(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    if not covered:
        return None
    b = w.rng.choice(covered)
    return _made(w, f"i dont want anything on top of the {b}", _act(rels(Rel("clear", b))))


def t327_neg_plain108(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    return _made(w, f"Put all the blocks in the bin except whatever's in the {bowl}.",
                 _act(binned(rest), _stays_in_bowls(inside, w.state)))


# ----- relative -----
def t327_rel_scientist6(w: World) -> Made:
    b = _winner(w, w.y)
    if b is None:
        return None
    return _made(w, "Place the leftmost block into the bin.", _act(binned([b])))


def t327_rel_cabbie(w: World) -> Made:
    options = [(t, s, bowl) for t, s in w.pairs() if w.state.is_clear(t) for bowl in w.bowls
               if _room(w, bowl) and w.state.base(t) != bowl]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    return _made(w, f"See the block sat on top of the {below}? Shift that one into the {bowl} for us.",
                 _act(rels(Rel("in", top, bowl))))


def t327_rel_nan6(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    b = _nearest(w, bowl, [x for x in w.blocks if w.state.base(x) != BIN])
    if b is None:
        return None
    return _made(w, f"The block that's nearest to the {bowl}, could you put that one in the bin, love?",
                 _act(binned([b])))


def t327_rel_spanish5(w: World) -> Made:
    s = w.state
    options = [(s.in_bowl(bowl)[0], bowl, y) for bowl in w.bowls if len(s.in_bowl(bowl)) == 1
               for y in w.clear_blocks() if s.base(y) in (TABLE, *PLACES) and len(_tower(s, y)) < layout.MAX_TOWER]
    if not options:
        return None
    b, bowl, y = w.rng.choice(options)
    return _made(w, f"The block that is in the {bowl}, put it on top of the {y}.", _act(rels(Rel("on", b, y))))


def t327_rel_teen7(w: World) -> Made:
    b = _winner(w, lambda x: -w.y(x))
    if b is None:
        return None
    return _made(w, "move the rightmost block to the bottom left corner",
                 _act(rels(Rel("at", b, "bottom left corner"))))


def t327_rel_plain108(w: World) -> Made:
    b = _winner(w, lambda x: -w.scene.get(x).position[0])
    if b is None:
        return None
    return _made(w, "Put the block closest to the bottom edge of the table in the bin.", _act(binned([b])))


# ----- keep -----
def _keep_other(w: World, mover: str) -> str | None:
    """A block that moving `mover` need not disturb: not `mover` and not above it."""
    s = w.state
    others = [b for b in w.blocks if b != mover and b not in s.above(mover) and s.base(b) != BIN]
    return w.rng.choice(others) if others else None


def t327_keep_scientist6(w: World) -> Made:
    pick = _to_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    other = _keep_other(w, b)
    if other is None:
        return None
    return _made(w, f"Move the {b} into the {bowl}, but leave the {other} exactly where it is.",
                 _act(rels(Rel("in", b, bowl)), kept(other)))


def t327_keep_cabbie(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    movers = [b for b in w.clear_blocks() if b not in inside]
    if not movers:
        return None
    b = w.rng.choice(movers)
    same = lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(inside)
    return _made(w, f"Stick the {b} in the bin, but don't you go touching the {bowl}, mind.",
                 _act(binned([b]), kept(*inside), same))


def t327_keep_nan6(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = pick
    other = _keep_other(w, x)
    if other is None or other == y:
        return None
    return _made(w, f"Would you put the {x} on the {_c(w, y)} one? Only leave the {other} be, it's fine where it "
                    "is, I put it there myself.", _act(rels(Rel("on", x, y)), kept(other)))


def t327_keep_spanish5(w: World) -> Made:
    b = _one(w)
    if b is None:
        return None
    other = _keep_other(w, b)
    if other is None:
        return None
    return _made(w, f"Put the {b} in the bin, but the {other} no, leave it where it is.",
                 _act(binned([b]), kept(other)))


def t327_keep_teen7(w: World) -> Made:
    if len(w.bowls) < 1:
        return None
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    movers = [b for b in w.clear_blocks() if b not in inside]
    if not movers:
        return None
    b = w.rng.choice(movers)
    same = lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(inside)
    return _made(w, f"put the {b} in the middle but leave the {bowl} alone",
                 _act(rels(Rel("at", b, PLACES[4])), kept(*inside), same))


def t327_keep_plain108(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    others = [b for b in w.blocks if w.state.base(b) != bowl]
    if not others:
        return None
    other = w.rng.choice(others)
    return _made(w, f"Empty the {bowl} but leave the {other} where it is.", _act(empty(bowl), kept(other)))


# ----- multi_step -----
def t327_multi_scientist6(w: World) -> Made:
    pick = _stack(w)
    if pick is None:
        return None
    x, y = pick
    firsts = [b for b in w.clear_blocks() if b not in (x, y)]
    if not firsts:
        return None
    first = w.rng.choice(firsts)
    return _made(w, f"First, transfer the {first} to the bin; subsequently, place the {x} on the {y}.",
                 _act(binned([first]), rels(Rel("on", x, y))))


def t327_multi_cabbie(w: World) -> Made:
    s = w.state
    options = [(t, b, bowl) for t, b in w.pairs() if s.is_clear(t) and s.above(b) == [t] for bowl in w.bowls
               if s.base(b) != bowl and _room(w, bowl)]
    if not options:
        return None
    top, below, bowl = w.rng.choice(options)
    return _made(w, f"Right, first off take the {top} off the {_c(w, below)} one, then put the {_c(w, below)} one "
                    f"in the {bowl}.", _act(rels(Rel("in", below, bowl)), none_binned([top])))


def t327_multi_nan6(w: World) -> Made:
    pick = _to_bowl(w)
    if pick is None:
        return None
    b, bowl = pick
    firsts = [x for x in w.clear_blocks() if x != b]
    if not firsts:
        return None
    first = w.rng.choice(firsts)
    return _made(w, f"First pop the {first} in the bin, dear, and then once that's done the {b} can go in the "
                    f"{bowl}. Thank you ever so much.", _act(binned([first]), rels(Rel("in", b, bowl))))


def t327_multi_spanish5(w: World) -> Made:
    lifted = _lifted(w)
    options = [(r, b) for r in lifted for b in w.clear_blocks() if b != r]
    if not options:
        return None
    r, b = w.rng.choice(options)
    return _made(w, f"First put the {r} on the table, after put the {b} on the {r}.",
                 _act(rels(Rel("on_table", r), Rel("on", b, r))))


def t327_multi_teen7(w: World) -> Made:
    blocks = w.clear_blocks()
    if len(blocks) < 2:
        return None
    a, b = w.pick(blocks, 2)
    place = w.rng.choice(PLACES[:4])
    return _made(w, f"put the {a} in the {place} then stack the {_c(w, b)} one on it",
                 _act(rels(Rel("at", a, place), Rel("on", b, a))))


def t327_multi_plain108(w: World) -> Made:
    full = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    outside = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not outside:
        return None
    b = w.rng.choice(outside)
    only = lambda _i, f: f.in_bowl(bowl) == [b]
    return _made(w, f"Take everything out of the {bowl} and then put the {b} in it.", _act(only))


# ----- question -----
def t327_q_scientist6(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    return f"What is currently in the {bowl}?", answered(_listing(w.state.in_bowl(bowl)))


def t327_q_cabbie(w: World) -> Made:
    return "How many blocks you got there all told, mate?", answered(str(len(w.blocks)))


def t327_q_nan6(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        top, below = w.rng.choice(pairs)
    else:
        top, below = w.pick(w.blocks, 2)
    flag = holds(Rel("on", top, below), w.state)
    return (f"Is the {top} sitting on the {_c(w, below)} one, dear? My eyes aren't what they were.",
            answered(yes(flag)))


def t327_q_spanish5(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return f"Where is the {b}? I don't find it.", answered(_where(w, b))


def t327_q_teen7(w: World) -> Made:
    return "how many bowls r there", answered(str(len(w.bowls)))


def t327_q_plain108(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"What colour is the block on top of the {below}?", answered(_c(w, top))


# ----- matching -----
def t327_match_scientist6(w: World) -> Made:
    return _match_all(w, "Sort each block into the bowl of the matching colour.")


def t327_match_cabbie(w: World) -> Made:
    return _match_all(w, "Pop the blocks in the bowls that match their colour, there's a good lad.")


def t327_match_nan6(w: World) -> Made:
    pick = _match_one(w)
    if pick is None:
        return None
    b, bowl = pick
    return _made(w, f"The {b} would look ever so nice in the {bowl}, dear. Could you put it in there for me?",
                 _act(rels(Rel("in", b, bowl))))


def t327_match_spanish5(w: World) -> Made:
    return _match_all(w, "Put every block in the bowl of his same colour, please.")


def t327_match_teen7(w: World) -> Made:
    pick = _match_one(w)
    if pick is None:
        return None
    b, bowl = pick
    return _made(w, f"put the {b} in the bowl thats the same colour as it", _act(rels(Rel("in", b, bowl))))


def t327_match_plain108(w: World) -> Made:
    return _match_all(w, "Put the blocks into the bowls with the same colours.")


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("scientist6", "cabbie", "nan6", "spanish5", "teen7", "plain108")
FRESH327: list[Template] = [
    (f"t327_{short}_{style}", category, globals()[f"t327_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
