"""`FRESH351`, the three-hundred-and-fifty-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, tidying a tabletop through a chat window, asking for one
move or a few, wishing, sorting by colour and asking what is where. Six personas write them:
- flightattendant: a flight attendant, polite announcements ("At this time, please place the red block in the blue bowl. Thank you.")
- accountant6: an accountant, itemised, numbers first ("1 item to move: the red block. Destination: the bin.")
- nan9: a nan, rambling, affectionate ("Oh sweetheart, would you be a love and pop the red block on top of the green block for me?")
- thai6: a Thai speaker writing English with small slips ("Please you move the red block to the top left corner.")
- pirate: a pirate, nautical slang ("Arr, haul the red block over to the middle o' the table, ye bilge rat!")
- plain132: a plain, ordinary adult ("The red block has to be in the blue bowl.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a worktree at 41611c0, the code of 76a6417, before anything it could
prompt): 0.8233 goal-correct (247 of 300), 40 refused, 0 questions, 3 wrong actions, 10 wrong replies. The wrong
actions: a Thai speaker's 'Take the block out of W, but no put it in bin.' ended holding it. The wrong replies: an
accountant's 'Total count of blocks on the table, please: how many?', a pirate's 'Be X sittin' atop Y, matey?'. The
refusals: a flight attendant's 'At this time, please ...' and 'At this time we ask that all blocks be placed in the
bin'; a nan's 'if X was sat on top of Y' and '..., duck? But don't you go moving X'; a pirate's 'me hearty, an' stow
it in W'; an accountant's 'W stays as it is, nothing in or out' and '2 blocks share a colour with a bowl. Put each of
those 2 in its matching bowl.'; a Thai speaker's 'put every block go to the bowl same color with it'.
"""

from __future__ import annotations

from benchmarks.planner_language import (Check, Made, Template, World, answered, binned, count_in, empty, kept,
                                         matching, none_binned, rels, yes)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

MARGIN = 0.03  # a clear winner for "leftmost", "nearest": at least 3 cm ahead of the next block


# ----- helpers -----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= layout.BOWL_CAPACITY


def _height(w: World, block: str) -> int:
    """How many blocks the tower holds from its bottom up to `block`."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _two(w: World) -> tuple[str, str] | None:
    """Two clear blocks: the first can go on the second without making the tower too tall."""
    free = w.clear_blocks()
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    return (x, y) if _height(w, y) < layout.MAX_TOWER else None


def _rel(name: str, *args: str) -> Check:
    return rels(Rel(name, *args))


def _bowl_with_room(w: World, k: int = 1) -> str | None:
    ok = [b for b in w.bowls if _room(w, b, k)]
    return w.pick(ok)[0] if ok else None


def _bowl_with_blocks(w: World, n: int = 1) -> str | None:
    ok = [b for b in w.bowls if len(w.state.in_bowl(b)) >= n]
    return w.pick(ok)[0] if ok else None


def _lifted(w: World) -> list[str]:
    """Clear blocks not standing on the table itself: in a bowl or on another block."""
    return [b for b in w.clear_blocks() if w.state.support[b] not in (TABLE, *PLACES)]


def _winner(w: World, score) -> str | None:
    """The loose table block with the smallest score, when it wins by `MARGIN` over every other block."""
    ranked = sorted((score(b), b) for b in w.blocks if w.state.base(b) != BIN)
    if len(ranked) < 2:
        return None
    (s0, best), (s1, _) = ranked[0], ranked[1]
    loose = w.state.support[best] == TABLE and w.state.is_clear(best)
    return best if loose and s1 - s0 >= MARGIN else None


def _others(w: World, *names: str) -> list[str]:
    return [b for b in w.blocks if b not in names]


def _where(s: SymState, block: str) -> str:
    """What the block rests on, as the reply should name it: the table, a place, a bowl or a block."""
    return s.support[block]


def _stays_in_bowls(blocks: list[str]) -> Check:
    return lambda i, f: all(f.base(b) == i.base(b) for b in blocks)


# ----- imperative --------------------------------------------------------------------------------------
def t351_imp_flightattendant(w: World) -> Made:
    bowl, free = _bowl_with_room(w), w.clear_blocks()
    if bowl is None or not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"At this time, please place the {x} in the {bowl}. Thank you for your cooperation.",
                 _act(_rel("in", x, bowl)))


def t351_imp_accountant6(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"1 item to move: the {x}. Destination: the bin.", _act(binned([x])))


def t351_imp_nan9(w: World) -> Made:
    pair = _two(w)
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"Oh sweetheart, would you be a love and pop the {x} on top of the {y} for me? Ta very much.",
                 _act(_rel("on", x, y)))


def t351_imp_thai6(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x, place = w.pick(free)[0], w.pick(list(PLACES))[0]
    return _made(w, f"Please you move the {x} to the {place}.", _act(_rel("at", x, place)))


def t351_imp_pirate(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"Arr, haul the {x} over to the middle o' the table, ye bilge rat!", _act(_rel("at", x, PLACES[4])))


def t351_imp_plain132(w: World) -> Made:
    up = _lifted(w)
    if not up:
        return None
    x = w.pick(up)[0]
    sup = w.state.support[x]
    how = f"out of the {sup}" if sup in w.bowls else f"off the {sup}"
    return _made(w, f"Take the {x} {how} and put it on the table.", _act(_rel("on_table", x)))


# ----- declarative -------------------------------------------------------------------------------------
def t351_dec_flightattendant(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"Please note that the {x} belongs in the bin.", _act(binned([x])))


def t351_dec_accountant6(w: World) -> Made:
    pair = _two(w)
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"Per my records, 1 discrepancy: the {x} is supposed to be on top of the {y}.",
                 _act(_rel("on", x, y)))


def t351_dec_nan9(w: World) -> Made:
    bowl, free = _bowl_with_room(w), w.clear_blocks()
    if bowl is None or not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"Now that {x}, dear, it ought to be in the {bowl}. That's where it's always lived, bless it.",
                 _act(_rel("in", x, bowl)))


def t351_dec_thai6(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x, place = w.pick(free)[0], w.pick(list(PLACES[:4]))[0]
    return _made(w, f"The {x} need to be at the {place}.", _act(_rel("at", x, place)))


def t351_dec_pirate(w: World) -> Made:
    up = [b for b in w.clear_blocks() if w.state.support[b] in w.bowls]
    if not up:
        return None
    x = w.pick(up)[0]
    bowl = w.state.support[x]
    return _made(w, f"That {x} belongs on the table, not in the {bowl}, arr!", _act(_rel("on_table", x)))


def t351_dec_plain132(w: World) -> Made:
    bowl, free = _bowl_with_room(w), w.clear_blocks()
    if bowl is None or not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"The {x} has to be in the {bowl}.", _act(_rel("in", x, bowl)))


# ----- desiderative ------------------------------------------------------------------------------------
def t351_des_flightattendant(w: World) -> Made:
    bowl, free = _bowl_with_room(w), w.clear_blocks()
    if bowl is None or not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"I would be most grateful if the {x} could end up in the {bowl}.", _act(_rel("in", x, bowl)))


def t351_des_accountant6(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"I'd like 1 change, just the one: the {x} into the bin.", _act(binned([x])))


def t351_des_nan9(w: World) -> Made:
    pair = _two(w)
    if pair is None:
        return None
    x, y = pair
    return _made(w, f"It would be ever so nice if the {x} was sat on top of the {y}, sweetheart. It'd look lovely.",
                 _act(_rel("on", x, y)))


def t351_des_thai6(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"I want the {x} go to the middle, please.", _act(_rel("at", x, PLACES[4])))


def t351_des_pirate(w: World) -> Made:
    bowl, free = _bowl_with_room(w), w.clear_blocks()
    if bowl is None or not free:
        return None
    x = w.pick(free)[0]
    return _made(w, f"I'd fancy the {x} stowed in the {bowl}, savvy?", _act(_rel("in", x, bowl)))


def t351_des_plain132(w: World) -> Made:
    up = _lifted(w)
    if not up:
        return None
    x = w.pick(up)[0]
    sup = w.state.support[x]
    where = f"in the {sup}" if sup in w.bowls else f"on the {sup}"
    return _made(w, f"I want the {x} on the table, not {where}.", _act(_rel("on_table", x)))


# ----- quantified --------------------------------------------------------------------------------------
def t351_qua_flightattendant(w: World) -> Made:
    return _made(w, "At this time we ask that all blocks be placed in the bin. Thank you.", _act(binned(w.blocks)))


def t351_qua_accountant6(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"2 blocks into the {bowl}, please. Any 2 will do.", _act(count_in(bowl, 2)))


def t351_qua_nan9(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in w.blocks if b not in inside]
    if not inside or not outside:
        return None
    return _made(w, "Could you put every block that isn't in a bowl into the bin, pet? There's a good robot.",
                 _act(binned(outside), _stays_in_bowls(inside)))


def t351_qua_thai6(w: World) -> Made:
    bowl = _bowl_with_blocks(w, 2)
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Take all block out from the {bowl} and put on the table please.",
                 _act(rels(*(Rel("on_table", b) for b in inside))))


def t351_qua_pirate(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    return _made(w, "Toss three o' them blocks in the bin, any three ye fancy, arr!",
                 _act(lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3))


def t351_qua_plain132(w: World) -> Made:
    if len(w.bowls) < 2 or any(w.state.in_bowl(b) for b in w.bowls) or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "Put one block in each bowl.", _act(*(count_in(b, 1) for b in w.bowls)))


# ----- negated -----------------------------------------------------------------------------------------
def t351_neg_flightattendant(w: World) -> Made:
    bowl = _bowl_with_blocks(w)
    if bowl is None:
        return None
    return _made(w, f"Please make sure that no blocks remain in the {bowl}. Thank you.", _act(empty(bowl)))


def t351_neg_accountant6(w: World) -> Made:
    if not 3 <= len(w.blocks) <= 5:
        return None
    x = w.pick(w.blocks)[0]
    return _made(w, f"Bin everything except 1 block: the {x}.", _act(binned(_others(w, x)), none_binned([x])))


def t351_neg_nan9(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"Oh dear, the {top} shouldn't be on the {below}, love. Could you sort that out for me?",
                 _act(rels(Rel("on", top, below, negated=True))))


def t351_neg_thai6(w: World) -> Made:
    bowl = _bowl_with_blocks(w)
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    what = "the blocks" if len(inside) > 1 else "the block"
    them = "them" if len(inside) > 1 else "it"
    return _made(w, f"Take {what} out of the {bowl}, but no put {them} in bin.",
                 _act(empty(bowl), none_binned(inside)))


def t351_neg_pirate(w: World) -> Made:
    under = [b for b in w.blocks if not w.state.is_clear(b)]
    if not under:
        return None
    x = w.pick(under)[0]
    return _made(w, f"I want nothin' sittin' atop the {x}, ye scurvy dog!", _act(_rel("clear", x)))


def t351_neg_plain132(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y = w.pick(w.blocks, 2)
    return _made(w, f"Put everything except the {x} and the {y} in the bin.",
                 _act(binned(_others(w, x, y)), none_binned([x, y])))


# ----- relative ----------------------------------------------------------------------------------------
def t351_rel_flightattendant(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    x = _winner(w, lambda b: w.dist(b, bowl))
    if x is None:
        return None
    return _made(w, f"Kindly move the block nearest the {bowl} into the {bowl}.", _act(_rel("in", x, bowl)))


def t351_rel_accountant6(w: World) -> Made:
    x = _winner(w, w.y)
    if x is None:
        return None
    return _made(w, "1 block, the leftmost one, goes in the bin.", _act(binned([x])))


def t351_rel_nan9(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"The block that's sat on the {below}, dear, could you put that one on the table for me?",
                 _act(_rel("on_table", top)))


def t351_rel_thai6(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.pick(ones)[0]
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block in {bowl}, please move it to bin.", _act(binned([x])))


def t351_rel_pirate(w: World) -> Made:
    x = _winner(w, lambda b: -w.y(b))
    bowls = [b for b in w.bowls if _room(w, b)]
    if x is None or not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Grab the block furthest to the right, me hearty, an' stow it in the {bowl}!",
                 _act(_rel("in", x, bowl)))


def t351_rel_plain132(w: World) -> Made:
    tops = [b for b, s in w.pairs() if w.state.is_clear(b)]
    if len(tops) != 1:
        return None
    return _made(w, "Put the block on top of the stack in the bin.", _act(binned(tops)))


# ----- keep --------------------------------------------------------------------------------------------
def t351_keep_flightattendant(w: World) -> Made:
    free = w.clear_blocks()
    if not free or len(w.blocks) < 2:
        return None
    x = w.pick(free)[0]
    y = w.pick(_others(w, x))[0]
    return _made(w, f"Please move the {x} into the bin, but leave the {y} exactly where it is.",
                 _act(binned([x]), kept(y)))


def t351_keep_accountant6(w: World) -> Made:
    bowl = _bowl_with_blocks(w)
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    free = [b for b in w.clear_blocks() if b not in inside]
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    return _made(w, f"2 blocks to the bin: the {x} and the {y}. The {bowl} stays as it is, nothing in or out.",
                 _act(binned([x, y]), kept(*inside), count_in(bowl, len(inside))))


def t351_keep_nan9(w: World) -> Made:
    pair = _two(w)
    if pair is None or len(w.blocks) < 3:
        return None
    x, y = pair
    z = w.pick(_others(w, x, y))[0]
    return _made(w, f"Could you put the {x} on the {y}, duck? But don't you go moving the {z}, it's fine where it is.",
                 _act(_rel("on", x, y), kept(z)))


def t351_keep_thai6(w: World) -> Made:
    bowl = _bowl_with_blocks(w)
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    return _made(w, f"Put all block into the bin, but don't touch the {bowl} please.",
                 _act(binned(outside), kept(*inside)))


def t351_keep_pirate(w: World) -> Made:
    bowl, free = _bowl_with_room(w), w.clear_blocks()
    if bowl is None or not free or len(w.blocks) < 2:
        return None
    x = w.pick(free)[0]
    y = w.pick(_others(w, x))[0]
    return _made(w, f"Stow the {x} in the {bowl}, but leave the {y} be, arr!", _act(_rel("in", x, bowl), kept(y)))


def t351_keep_plain132(w: World) -> Made:
    free = w.clear_blocks()
    if not free:
        return None
    x, place = w.pick(free)[0], w.pick(list(PLACES))[0]
    return _made(w, f"Move the {x} to the {place} and leave everything else alone.",
                 _act(_rel("at", x, place), kept(*_others(w, x))))


# ----- multi_step --------------------------------------------------------------------------------------
def t351_multi_flightattendant(w: World) -> Made:
    bowl, free = _bowl_with_room(w), w.clear_blocks()
    if bowl is None or len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    if w.state.base(y) == bowl:
        return None
    return _made(w, f"First, the {x} into the bin; then, the {y} into the {bowl}. Thank you.",
                 _act(binned([x]), _rel("in", y, bowl)))


def t351_multi_accountant6(w: World) -> Made:
    up = _lifted(w)
    if not up:
        return None
    x = w.pick(up)[0]
    rest = [b for b in w.clear_blocks() if b != x]
    if not rest:
        return None
    y = w.pick(rest)[0]
    return _made(w, f"Step 1: the {x} onto the table. Step 2: the {y} on top of the {x}.",
                 _act(_rel("on_table", x), _rel("on", y, x)))


def t351_multi_nan9(w: World) -> Made:
    up = [b for b in w.clear_blocks() if w.state.base(b) in w.bowls]
    if not up:
        return None
    x = w.pick(up)[0]
    bowl = w.state.base(x)
    rest = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not rest:
        return None
    y = w.pick(rest)[0]
    return _made(w, f"First take the {x} out of the {bowl} and put it on the table, love, and then pop the {y} "
                    "in that bowl instead.", _act(_rel("on_table", x), _rel("in", y, bowl)))


def t351_multi_thai6(w: World) -> Made:
    free = w.clear_blocks()
    if len(free) < 2:
        return None
    x, y = w.pick(free, 2)
    return _made(w, f"First put the {x} to the middle, after that put the {y} on top of it.",
                 _act(_rel("at", x, PLACES[4]), _rel("on", y, x)))


def t351_multi_pirate(w: World) -> Made:
    free = w.clear_blocks()
    if len(free) < 3:
        return None
    x, y, z = w.pick(free, 3)
    if _height(w, y) + 2 > layout.MAX_TOWER:
        return None
    return _made(w, f"First stack the {x} on the {y}, then the {z} atop the {x}, ye landlubber!",
                 _act(_rel("on", x, y), _rel("on", z, x)))


def t351_multi_plain132(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowls = [b for b in w.bowls if _room(w, b) and w.state.base(below) != b]
    if not bowls:
        return None
    bowl = w.pick(bowls)[0]
    return _made(w, f"Take the {top} off the {below} and put it in the bin, then put the {below} in the {bowl}.",
                 _act(binned([top]), _rel("in", below, bowl)))


# ----- question ----------------------------------------------------------------------------------------
def t351_q_flightattendant(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    return f"Could you please tell me what is in the {bowl}?", answered("|".join(inside) if inside else "nothing")


def t351_q_accountant6(w: World) -> Made:
    n = len(w.state.on_the_table())
    if n < 1:
        return None
    return "Total count of blocks on the table, please: how many?", answered(str(n))


def t351_q_nan9(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    x = w.pick(inside if inside and w.rng.random() < 0.5 else w.blocks)[0]
    return (f"Is the {x} in the {bowl}, dear? My eyes aren't what they used to be.",
            answered(yes(holds(Rel("in", x, bowl), w.state))))


def t351_q_thai6(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return f"Where is the {x}?", answered(_where(w.state, x))


def t351_q_pirate(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.pick(pairs)[0]
    else:
        x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None:
        return None
    return f"Be the {x} sittin' atop the {y}, matey?", answered(yes(w.state.support[x] == y))


def t351_q_plain132(w: World) -> Made:
    bowl = _bowl_with_blocks(w)
    if bowl is None:
        return None
    return f"How many blocks are in the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


# ----- matching ----------------------------------------------------------------------------------------
def _matches(w: World) -> list[Rel] | None:
    """The colour matches, when there are some and every bowl has room for its block."""
    want = matching(w)
    if not want or any(not _room(w, r.target) for r in want if not holds(r, w.state)):
        return None
    return want


def t351_match_flightattendant(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    return _made(w, "Kindly sort the blocks into the bowls of the same colour. Thank you.", _act(rels(*want)))


def t351_match_accountant6(w: World) -> Made:
    want = _matches(w)
    if want is None or len(want) < 2:
        return None
    n = len(want)
    return _made(w, f"{n} blocks share a colour with a bowl. Put each of those {n} in its matching bowl.",
                 _act(rels(*want)))


def t351_match_nan9(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    r = w.pick(want)[0]
    return _made(w, f"Be a dear and put the {r.block} in the bowl that's the same colour as it.", _act(rels(r)))


def t351_match_thai6(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    return _made(w, "Please put every block go to the bowl same color with it.", _act(rels(*want)))


def t351_match_pirate(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    rest = _others(w, *(r.block for r in want))
    if not rest:
        return None
    return _made(w, "Every block to the bowl o' its own colour, and toss the rest in the bin, arr!",
                 _act(rels(*want), binned(rest)))


def t351_match_plain132(w: World) -> Made:
    want = _matches(w)
    if want is None:
        return None
    movers = {r.block for r in want}
    rest = _others(w, *movers)
    if any(set(w.state.above(m)) & set(rest) for m in movers):
        return None
    return _made(w, "Match the blocks to the bowls by colour and leave the rest where they are.",
                 _act(rels(*want), kept(*rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("flightattendant", "accountant6", "nan9", "thai6", "pirate", "plain132")
FRESH351: list[Template] = [
    (f"t351_{short}_{style}", category, globals()[f"t351_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
