"""`FRESH160`, the hundred-and-sixty-first untuned batch: sixty language templates, six per category, for the offline planner.

The theme is frustrated, hurried and emotional users: people who are in a rush, fed up after the robot (so they say)
got it wrong, pleading, swearing mildly, delighted with the last step, or anxious and apologetic, and whose messages
show it with exclamations, capitals, repeated words, "asap", "for the third time", "I'm begging you", "sorry if
that's confusing". The emotion never changes what is asked: each sentence still says plainly what should happen, and
whatever the speaker says went wrong before is only background, never a request of its own. The checks accept every
outcome the words allow (any order, any free choice they leave open, blocks moved out of the way where they must be)
and require the gripper to be empty at the end; questions are answered from the scene.
The six styles:

- rush: "Quick, get the red block into the blue bowl before my boss sees!"
- fedup: "No, NO, not like that! Take the green block off the red block and put it down on the table."
- plead: "Please please please stack the red block on the blue block. I'm begging you."
- swear: "Put the damn yellow block in the bloody bin."
- praise: "Brilliant, thank you! Now move the red block to the top left corner."
- anxious: "Um, sorry to bother you... could you maybe take the red block out of the blue bowl and put it on the
  table? Sorry if that's confusing."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 1ed852c, the code of 86770ea, before anything it could prompt): 0.7233
goal-correct (217 of 300), 73 refused. Five wrong actions: "Now put any two blocks into W - just two, no more." put three
blocks in W. Five wrong replies: 'For crying out loud, how many damn blocks are there altogether?' and 'How many bloody
bowls are there?' got the help text. The refusals were the moods themselves: 'for heaven's sake', 'the damn X', 'the
stupid thing', 'hurry up and', 'before my boss sees', 'No, NO, not like that!', 'for the third time:', 'Great, thanks!
Now ...' and 'Sorry, this might be a silly request, but ...'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check, Made, Template, World, answered, binned, both, count_in, empty, kept, matching, none_binned, rels, yes,
)
from sim.core import layout
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState


# ----- helpers --------------------------------------------------------------------------------------
def _act(w: World, text: str, *wants: Rel | Check) -> Made:
    """An action instance: every wanted relation or check, and nothing left in the gripper; None if already so."""
    parts: list[Check] = [rels(x) if isinstance(x, Rel) else x for x in wants]
    check = both(lambda _i, f: f.held is None, *parts)
    return None if check(w.state, w.state) else (text, check)


def _level(s: SymState, b: str) -> int:
    """1 for a block resting on the table or in a bowl, 2 for one on such a block, and so on."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _stackable(w: World) -> list[str]:
    """Clear blocks, not in the bin, with room for one more block on top."""
    return [b for b in w.clear_blocks() if _level(w.state, b) < layout.MAX_TOWER]


def _caps(name: str) -> str:
    colour, kind = name.split(" ", 1)
    return f"{colour.upper()} {kind}"


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _on_table(b: str) -> Check:
    return lambda _i, f: f.support[b] in (TABLE, *PLACES)


def _out_of(b: str, bowl: str) -> Check:
    return lambda _i, f: f.base(b) != bowl


def _direct(s: SymState, bowl: str) -> list[str]:
    return [b for b in s.blocks if s.support[b] == bowl]


def _bowl_of(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _two(w: World, items: list[str]) -> list[str]:
    return w.pick(items, 2)


# ----- imperative -----------------------------------------------------------------------------------
def t160_imp_rush(w: World) -> Made:
    x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if w.state.base(x) == b:
        return None
    lead = w.rng.choice(["Quick, get", "Hurry up and get", "Quick quick, get"])
    tail = w.rng.choice(["before my boss sees!", "- I'm late for a meeting!", "asap!"])
    return _act(w, f"{lead} the {x} into the {b} {tail}", Rel("in", x, b))


def t160_imp_fedup(w: World) -> Made:
    if not w.pairs():
        return None
    x, y = w.rng.choice(w.pairs())
    lead = w.rng.choice(["No, NO, not like that!", "No no no, that's wrong!"])
    return _act(w, f"{lead} Take the {x} off the {y} and put it down on the table.", _on_table(x))


def t160_imp_plead(w: World) -> Made:
    pair = _two(w, _stackable(w))
    if not pair:
        return None
    x, y = pair
    return _act(w, f"Please please please stack the {x} on the {y}. I'm begging you.", Rel("on", x, y))


def t160_imp_swear(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    text = w.rng.choice([f"Put the damn {x} in the bloody bin.", f"Just bin the stupid {x}, for heaven's sake."])
    return _act(w, text, Rel("in_bin", x))


def t160_imp_praise(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    lead = w.rng.choice(["Brilliant, thank you!", "Yes, perfect, thanks!"])
    return _act(w, f"{lead} Now move the {x} to {_place(p)}.", Rel("at", x, p))


def t160_imp_anxious(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    text = (f"Um, sorry to bother you... could you maybe take the {x} out of the {bowl} and put it on the table? "
            "Sorry if that's confusing.")
    return _act(w, text, _on_table(x))


# ----- declarative ----------------------------------------------------------------------------------
def t160_dec_rush(w: World) -> Made:
    x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if w.state.base(x) == b:
        return None
    return _act(w, f"Hurry, hurry! The {x} goes in the {b}, right now.", Rel("in", x, b))


def t160_dec_fedup(w: World) -> Made:
    pair = _two(w, _stackable(w))
    if not pair:
        return None
    x, y = pair
    text = f"For the third time: the {x} sits ON TOP of the {y}. Not next to it - on top of it."
    return _act(w, text, Rel("on", x, y))


def t160_dec_plead(w: World) -> Made:
    pair = _two(w, w.blocks)
    if not pair:
        return None
    x, z = pair
    return _act(w, f"Please, I'm begging you - the {x} and the {z} both belong in the bin.", binned([x, z]))


def t160_dec_swear(w: World) -> Made:
    if not w.pairs():
        return None
    x, y = w.rng.choice(w.pairs())
    text = f"For crying out loud, the bloody {x} is supposed to be on the table, not on the {y}!"
    return _act(w, text, _on_table(x))


def t160_dec_praise(w: World) -> Made:
    ys = [y for y in _stackable(w) if w.state.base(y) in w.bowls]
    if not ys:
        return None
    y = w.rng.choice(ys)
    b = w.state.base(y)
    xs = [x for x in w.blocks if x != y and w.state.base(x) != b]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"Fantastic, thank you so much! Now the {x} should be in the {b} as well, sitting on top of the {y}."
    return _act(w, text, Rel("on", x, y))


def t160_dec_anxious(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    text = (f"I hope I'm explaining this right... in the end, the {x} is at {_place(p)}. "
            "Sorry if that's unclear.")
    return _act(w, text, Rel("at", x, p))


# ----- desiderative ---------------------------------------------------------------------------------
def t160_des_rush(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _act(w, f"I want the {x} in the bin, asap! Come on, hurry!", Rel("in_bin", x))


def t160_des_fedup(w: World) -> Made:
    pair = _two(w, _stackable(w))
    if not pair:
        return None
    x, y = pair
    others = [z for z in w.blocks if z not in pair]
    if not others:
        return None
    z = w.rng.choice(others)
    text = f"Ugh, seriously? I want the {x} on the {y}. On the {y}, not on the {z}!"
    return _act(w, text, Rel("on", x, y))


def t160_des_plead(w: World) -> Made:
    x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if w.state.base(x) == b:
        return None
    return _act(w, f"I'd really, really love it if the {x} ended up in the {b}. Please? Pretty please?",
                Rel("in", x, b))


def t160_des_swear(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    return _act(w, f"Oh for heaven's sake. Make it so the damn {b} has nothing in it.", empty(b))


def t160_des_praise(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    return _act(w, f"Yes! Exactly like that, thank you! Now I'd like the {x} over at {_place(p)}.", Rel("at", x, p))


def t160_des_anxious(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    if len(_direct(w.state, b)) > 2:
        return None
    pair = _two(w, [x for x in w.blocks if w.state.base(x) != b])
    if not pair:
        return None
    x, y = pair
    text = (f"Sorry, this might be a silly request, but I'd like the {x} and the {y} to both be in the {b}, "
            "if that's alright?")
    return _act(w, text, Rel("in", x, b), Rel("in", y, b))


# ----- quantified -----------------------------------------------------------------------------------
def t160_qua_rush(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = w.rng.choice(["Quick, quick - every single block in the bin, now!", "All the blocks into the bin, asap!"])
    return _act(w, text, binned(w.blocks))


def t160_qua_fedup(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    inside = w.state.in_bowl(b)
    text = f"No! I said EVERYTHING in the {b} comes out and goes on the table. All of it."
    return _act(w, text, lambda _i, f: all(x in f.on_the_table() for x in inside))


def t160_qua_plead(w: World) -> Made:
    bowls = w.bowls
    if len(bowls) < 2 or all(w.state.in_bowl(b) for b in bowls):
        return None
    text = "Please please please make sure each bowl has at least one block in it, I'm begging you."
    return _act(w, text, *(count_in(b, 1, exact=False) for b in bowls))


def t160_qua_swear(w: World) -> Made:
    if not w.in_bowls():
        return None
    text = w.rng.choice(["Get every bloody block out of the bowls, for heaven's sake!",
                         "Oh come ON. Every damn block that's in a bowl - out of it!"])
    return _act(w, text, *(empty(b) for b in w.bowls))


def t160_qua_praise(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    b = w.rng.choice(empties)
    return _act(w, f"Great, thanks! Now put any two blocks into the {b} - just two, no more.", count_in(b, 2))


def t160_qua_anxious(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    loose = w.state.on_the_table()
    if len(loose) < 2 or len(loose) + len(_direct(w.state, b)) > layout.BOWL_CAPACITY:
        return None
    text = (f"Sorry, I hope this isn't too much... could you put all of the blocks that are on the table, "
            f"not in bowls, into the {b}?")
    return _act(w, text, *(Rel("in", x, b) for x in loose))


# ----- negated --------------------------------------------------------------------------------------
def t160_neg_rush(w: World) -> Made:
    xs = [x for x in w.blocks if w.state.support[x] not in w.state.support]
    x = w.rng.choice(xs)
    others = [o for o in w.blocks if o != x]
    return _act(w, f"Hurry! Bin every block except the {x}, quick!", binned(others), none_binned([x]))


def t160_neg_fedup(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = w.state.base(x)
    return _act(w, f"Ugh, no! The {x} should NOT be in the {b}. Get it out of there.", _out_of(x, b))


def t160_neg_plead(w: World) -> Made:
    y, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if w.state.base(y) == b:
        return None
    xs = [x for x in w.blocks if x != y and x not in w.state.above(y)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _act(w, f"Please, please put the {y} in the {b} without moving the {x}. Please!", Rel("in", y, b), kept(x))


def t160_neg_swear(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    b = w.rng.choice(full)
    inside = w.state.in_bowl(b)
    text = f"Bloody hell. Get everything out of the {b}, but don't you dare put any of it in the bin."
    return _act(w, text, empty(b), none_binned(inside))


def t160_neg_praise(w: World) -> Made:
    inside = w.in_bowls()
    loose = [x for x in w.blocks if x not in inside]
    if not inside or not loose or len(loose) > 5:
        return None
    text = "Perfect, thanks so much! Now every block that isn't in a bowl goes in the bin."
    return _act(w, text, binned(loose), none_binned(inside))


def t160_neg_anxious(w: World) -> Made:
    y = w.rng.choice(w.blocks)
    s = w.state
    xs = [x for x in w.clear_blocks() if x != y and (s.support[x] not in s.support or s.support[x] == y)
          and any(t not in (x, y) for t in _stackable(w))]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"Sorry, I hope this makes sense... could you put the {x} on top of some other block, just not the {y}?"
    return _act(w, text, lambda _i, f: f.support[x] in f.support and f.support[x] != y)


# ----- relative -------------------------------------------------------------------------------------
def t160_rel_rush(w: World) -> Made:
    ys = [y for y in w.blocks if len(w.state.above(y)) == 1]
    if not ys:
        return None
    y = w.rng.choice(ys)
    x = w.state.on_top(y)[0]
    return _act(w, f"Quick! The block sitting on top of the {y} - bin it, now!", Rel("in_bin", x))


def t160_rel_fedup(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    b = w.rng.choice(ones)
    z = w.state.in_bowl(b)[0]
    ys = [y for y in _stackable(w) if y != z]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _act(w, f"Not that one! The block in the {b} - put THAT one on the {y}.", Rel("on", z, y))


def t160_rel_plead(w: World) -> Made:
    if not w.pairs():
        return None
    x, z = w.rng.choice(w.pairs())
    bs = [b for b in w.bowls if w.state.base(z) != b]
    if not bs:
        return None
    b = w.rng.choice(bs)
    text = f"Please, I'm begging you: take the block that the {x} is sitting on and put it in the {b}."
    return _act(w, text, Rel("in", z, b))


def t160_rel_swear(w: World) -> Made:
    if not w.pairs():
        return None
    x = w.rng.choice(w.pairs())[0]
    bottom = x
    while w.state.support[bottom] in w.state.support:
        bottom = w.state.support[bottom]
    text = (f"Oh for heaven's sake. The block at the very bottom of the stack the {x} is in - "
            "put the stupid thing in the bin.")
    return _act(w, text, Rel("in_bin", bottom))


def t160_rel_praise(w: World) -> Made:
    ys = w.in_bowls()
    if not ys:
        return None
    y = w.rng.choice(ys)
    b = w.state.base(y)
    xs = [x for x in w.blocks if w.state.base(x) != b]
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _act(w, f"Thanks, that's much better! Now put the {x} into the same bowl as the {y}.", Rel("in", x, b))


def t160_rel_anxious(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    b = w.rng.choice(ones)
    z = w.state.in_bowl(b)[0]
    xs = [x for x in w.blocks if x != z]
    x = w.rng.choice(xs)
    text = f"Um, sorry, I hope this makes sense... could you put the {x} on top of the block that's in the {b}?"
    return _act(w, text, Rel("on", x, z))


# ----- keep -----------------------------------------------------------------------------------------
def t160_keep_rush(w: World) -> Made:
    x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if w.state.base(x) == b:
        return None
    ys = [y for y in w.blocks if y != x and y not in w.state.above(x)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _act(w, f"Fast, please! Put the {x} in the {b} and leave the {y} exactly where it is.",
                Rel("in", x, b), kept(y))


def t160_keep_fedup(w: World) -> Made:
    pair = _two(w, _stackable(w))
    if not pair:
        return None
    x, y = pair
    others = [o for o in w.blocks if o != x]
    text = f"Ugh, for the third time: move ONLY the {x}. Put it on the {y} and don't touch anything else."
    return _act(w, text, Rel("on", x, y), kept(*others))


def t160_keep_plead(w: World) -> Made:
    x = w.rng.choice(w.clear_blocks())
    others = [o for o in w.blocks if o != x]
    text = f"Please, please, just put the {x} in the bin and leave every other block alone. I'm begging you."
    return _act(w, text, Rel("in_bin", x), kept(*others))


def t160_keep_swear(w: World) -> Made:
    xs = [x for x in w.blocks if w.state.support[x] != TABLE]
    if not xs:
        return None
    x = w.rng.choice(xs)
    pair = _two(w, [o for o in w.blocks if o != x and o not in w.state.above(x)])
    if not pair:
        return None
    y, z = pair
    text = f"Put the damn {x} on the table and keep your hands off the {y} and the {z}!"
    return _act(w, text, _on_table(x), kept(y, z))


def t160_keep_praise(w: World) -> Made:
    pair = _two(w, _stackable(w))
    if not pair:
        return None
    x, z = pair
    ys = [y for y in w.blocks if y not in pair]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = f"Thanks, the {y} is perfect where it is - leave it there. Now just stack the {x} on the {z}."
    return _act(w, text, Rel("on", x, z), kept(y))


def t160_keep_anxious(w: World) -> Made:
    keep = w.in_bowls()
    xs = [x for x in w.blocks if x not in keep]
    if not keep or not xs:
        return None
    x, b = w.rng.choice(xs), w.rng.choice(w.bowls)
    text = (f"I hope that's okay... could you put the {x} in the {b}, but leave the blocks that are already in "
            "bowls where they are? Sorry if that's fussy.")
    return _act(w, text, Rel("in", x, b), kept(*keep))


# ----- multi_step -----------------------------------------------------------------------------------
def t160_multi_rush(w: World) -> Made:
    ys = _stackable(w)
    if len(ys) < 2:
        return None
    y, z = w.pick(ys, 2)
    xs = [x for x in w.clear_blocks() if x not in (y, z)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    text = f"Quick: first the {x} into the bin, then the {y} onto the {z} - go, go, go!"
    return _act(w, text, Rel("in_bin", x), Rel("on", y, z))


def t160_multi_fedup(w: World) -> Made:
    if not w.pairs():
        return None
    x, y = w.rng.choice(w.pairs())
    bs = [b for b in w.bowls if w.state.base(y) != b]
    if not bs:
        return None
    b = w.rng.choice(bs)
    text = (f"Right, let's try this AGAIN. Step one: take the {x} off the {y}. "
            f"Step two: put the {y} in the {b}.")
    return _act(w, text, lambda _i, f: f.support[x] != y, Rel("in", y, b))


def t160_multi_plead(w: World) -> Made:
    x, b = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    if w.state.base(x) == b:
        return None
    y = w.rng.choice([o for o in w.blocks if o != x])
    text = f"Please put the {x} in the {b}, and after that put the {y} on top of it. Please please!"
    return _act(w, text, Rel("in", x, b), Rel("on", y, x))


def t160_multi_swear(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = w.state.base(x)
    y = w.rng.choice([o for o in w.blocks if o != x])
    text = f"Bloody hell. Take the {x} out of the {b}, put it on the table, then chuck the {y} in the bin."
    return _act(w, text, _on_table(x), Rel("in_bin", y))


def t160_multi_praise(w: World) -> Made:
    clear = w.clear_blocks()
    ys = [y for y in clear if _level(w.state, y) <= 2]
    if not ys:
        return None
    y = w.rng.choice(ys)
    pair = _two(w, [c for c in clear if c != y])
    if not pair:
        return None
    x, z = pair
    text = f"Wonderful, thanks! Next, stack the {x} on the {y}, and once that's done put the {z} on top of the {x}."
    return _act(w, text, Rel("on", x, y), Rel("on", z, x))


def t160_multi_anxious(w: World) -> Made:
    x, p = w.rng.choice(w.blocks), w.rng.choice(PLACES)
    b = w.rng.choice(w.bowls)
    ys = [y for y in w.blocks if y != x and w.state.base(y) != b]
    if not ys:
        return None
    y = w.rng.choice(ys)
    text = (f"Sorry if this is a lot... first could you move the {x} to {_place(p)}, and then put the {y} "
            f"in the {b}? I hope that's okay.")
    return _act(w, text, Rel("at", x, p), Rel("in", y, b))


# ----- question -------------------------------------------------------------------------------------
def t160_q_rush(w: World) -> Made:
    bs = [b for b in w.bowls if w.state.in_bowl(b) and len(_direct(w.state, b)) == len(w.state.in_bowl(b))]
    if not bs:
        return None
    b = w.rng.choice(bs)
    return (f"Quick question, I'm in a hurry: how many blocks are in the {b}?",
            answered(str(len(w.state.in_bowl(b)))))


def t160_q_fedup(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        cands = [(x, y) for x in w.blocks for y in w.blocks if x != y and x not in w.state.above(y)]
        x, y = w.rng.choice(cands)
        flag = False
    return f"Ugh, just answer me this time: is the {x} sitting on the {y}?", answered(yes(flag))


def t160_q_plead(w: World) -> Made:
    ys = [y for y in w.blocks if len(w.state.above(y)) <= 1]
    covered = [y for y in ys if w.state.above(y)]
    y = w.rng.choice(covered if covered and w.rng.random() < 0.5 else ys)
    top = w.state.on_top(y)
    return (f"Please just tell me, I'm begging you: what's on top of the {y}?",
            answered(top[0] if top else "nothing"))


def t160_q_swear(w: World) -> Made:
    if w.rng.random() < 0.5:
        return "For crying out loud, how many damn blocks are there altogether?", answered(str(len(w.blocks)))
    return "How many bloody bowls are there on the table? Seriously, just count them.", answered(str(len(w.bowls)))


def t160_q_praise(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    return (f"Thanks, that's great! Oh, and is the {b} empty right now?",
            answered(yes(not w.state.in_bowl(b))))


def t160_q_anxious(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    return f"Sorry, maybe a silly question... which bowl is the {x} in?", answered(w.state.base(x))


# ----- matching -------------------------------------------------------------------------------------
def t160_match_rush(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = w.rng.choice(["Quick, every block that has a bowl of the same colour goes into that bowl, asap!",
                         "Hurry! Any block with a matching bowl goes in it - quickly!"])
    return _act(w, text, *want)


def t160_match_fedup(w: World) -> Made:
    xs = [x for x in w.blocks if _bowl_of(w, x) and w.state.base(x) != _bowl_of(w, x)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = _bowl_of(w, x)
    assert b is not None
    return _act(w, f"No, NO! The {x} goes in the {_caps(b)} - the one that MATCHES it!", Rel("in", x, b))


def t160_match_plead(w: World) -> Made:
    xs = [x for x in w.blocks if _bowl_of(w, x) and w.state.base(x) != _bowl_of(w, x)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = _bowl_of(w, x)
    assert b is not None
    text = f"Please please please put the block that's the same colour as the {b} into it. I'm begging you."
    return _act(w, text, Rel("in", x, b))


def t160_match_swear(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    other = [b for b in w.bowls if w.colour(b) != w.colour(x)]
    if not other:
        return None
    text = f"Oh for crying out loud. Put the damn {x} in a bowl that is NOT its own colour."
    return _act(w, text, lambda _i, f: f.base(x) in other)


def t160_match_praise(w: World) -> Made:
    want = matching(w)
    movers = [r.block for r in want]
    rest = [x for x in w.blocks if x not in movers]
    if not want or any(r in w.state.above(m) for m in movers for r in rest):
        return None
    text = ("Lovely, that's so much better! Now sort them: every block whose colour matches one of the bowls goes "
            "in that bowl, and leave the other blocks alone.")
    return _act(w, text, *want, kept(*rest))


def t160_match_anxious(w: World) -> Made:
    xs = [x for x in w.blocks if _bowl_of(w, x) and w.state.base(x) != _bowl_of(w, x)]
    if not xs:
        return None
    x = w.rng.choice(xs)
    b = _bowl_of(w, x)
    assert b is not None
    y = w.rng.choice([o for o in w.blocks if o != x])
    text = (f"I'm not sure this is possible, sorry... could you put the {x} in the bowl of the same colour, "
            f"and then stack the {y} on it?")
    return _act(w, text, Rel("in", x, b), Rel("on", y, x))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("rush", "fedup", "plead", "swear", "praise", "anxious")
FRESH160: list[Template] = [
    (f"t160_{short}_{style}", category, globals()[f"t160_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
