"""`FRESH120`, the hundred-and-twenty-first untuned batch: sixty language templates, six per category, for the offline planner.

Theme: self-repairs, corrections and changes of mind inside one request, as people speak them. The speaker
starts to ask for one thing, catches the slip ("sorry", "I mean", "no, wait", "correction", "scratch that",
"the other way round") and says what they want instead. Every check tests the repaired meaning; where the
sentence clearly cancels a part (a block to be left alone, a bowl that is not wanted), the check also makes
sure that part was not done.

- hurried: an operator in a rush. "Red block in the blue bowl, no, sorry, the green block. Go!"
- teacher: a teacher who corrects herself in full sentences. "Please put the red block in the bin. Sorry, let
  me correct myself: put it in the blue bowl."
- child: a child who changes their mind loudly. "put the red one on the blue one... no! the other way round!"
- dictating: a colleague dictating instructions for the log. "Move the red block to the top left corner,
  correction, the middle."
- musing: someone thinking aloud. "Hmm, the block on the far right goes in the bin... no, wait, I mean the
  one on the far left."
- customer: a polite customer. "Could I get the red block in the blue bowl? Oh, actually, make that the white
  bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(Past the allowed range, a grep of the lexicon for its constant names also printed its four import lines and
the line `BIN, TABLE, GRIPPER = "bin", "table", "gripper"`; nothing of its contents beyond that was seen.)

Its first run (300 instructions, seed 0, on 8d06a72, after every fix before it and before anything it could prompt):
0.32 goal-correct (96 of 300), 145 refused, 7 asked, 52 wrong, 32 of them actions: the part a correction took back was
done anyway ('Bin all the blocks on the table. Correction: all the blocks in the bowls, ...' binned the table's blocks;
'Item one: X to C. Correction: X is not to be moved; Y goes to C instead' moved both; 'put two, no, make it three
blocks in W' put six), a cancelled step kept ('then the blue one... no! then the purple block!' binned both), 'the one
that's on top of X? put it ...' moved X; twenty wrong replies, each a question corrected mid-sentence ('Is X on Y...
pardon, on Z?', 'what's under... no, what's on top of X?').
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
    kept,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i, f) -> bool:
    """Nothing is left in the gripper."""
    return f.held is None


def _goal(*checks: Check, moves: tuple[tuple[str, str], ...] = ()) -> Check:
    """The checks, with an empty gripper; `moves` (block, target) is one intended way to reach the goal."""
    check = both(_idle, *checks)
    check.intended = list(moves)  # type: ignore[attr-defined]
    return check


def _not(rel: str, *args: str) -> Check:
    return rels(Rel(rel, *args, negated=True))


def _no_others_in(bowl: str, allowed: tuple[str, ...]) -> Check:
    """No block outside `allowed` that was not in `bowl` at the start is in it at the end."""
    return lambda i, f: all(
        f.base(b) != bowl for b in f.blocks if i.base(b) != bowl and b not in allowed
    )


def _stay_in_bowls(blocks: list[str], bases: dict[str, str]) -> Check:
    return rels(*(Rel("in", b, bases[b]) for b in blocks))


def _movable(w: World) -> list[str]:
    return w.clear_blocks()


def _below(w: World, b: str) -> list[str]:
    out, s = [], w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _can_stack_on(w: World, b: str) -> bool:
    return (
        w.state.is_clear(b)
        and w.state.base(b) != BIN
        and len(_below(w, b)) + 2 <= layout.MAX_TOWER
    )


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _bowl_colours(w: World) -> set[str]:
    return {w.colour(b) for b in w.bowls}


def _ref(w: World, b: str, style: str = "") -> str:
    """How a speaker names block `b`: "the red block", or "the red one" / "red" where no bowl shares its colour."""
    c = w.colour(b)
    safe = c not in _bowl_colours(w)
    if style == "one" and safe and w.rng.random() < 0.7:
        return f"the {c} one"
    if style == "bare" and safe and w.rng.random() < 0.6:
        return c
    return f"the {b}"


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _pl(p: str) -> str:
    return f"the {p}"


def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _bowl_of(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def _pairs_clear_top(w: World) -> list[tuple[str, str]]:
    return [
        (t, u) for t, u in w.pairs() if w.state.is_clear(t) and w.state.base(t) != BIN
    ]


def _alone_in_bowl(w: World) -> list[tuple[str, str]]:
    """(block, bowl) for every bowl holding exactly one block."""
    out = []
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if len(inside) == 1:
            out.append((inside[0], bowl))
    return out


def _relatives(w: World) -> list[tuple[str, str]]:
    """(block, a relative clause that picks it out alone) for tops of towers and blocks alone in a bowl."""
    out = [(t, f"that's sitting on the {u}") for t, u in _pairs_clear_top(w)]
    out += [(x, f"that's in the {bowl}") for x, bowl in _alone_in_bowl(w)]
    return out


# ----- imperative -------------------------------------------------------------------------------------
def t120_imp_hurried(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    ra, rb = _ref(w, a, "bare"), _ref(w, b, "bare")
    text = _say(
        w,
        f"{_cap(ra)} in the {bowl}, no, sorry, {rb}. Go!",
        f"Put {ra}, sorry, {rb} in the {bowl}, quick.",
        f"Quick, drop {ra}, I mean {rb}, into the {bowl}.",
    )
    return text, _goal(
        rels(Rel("in", b, bowl)), _not("in", a, bowl), moves=((b, bowl),)
    )


def t120_imp_teacher(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = _say(
        w,
        f"Now, please move the {a} to the bin. No, wait, not the bin: the {bowl}.",
        f"Please put the {a} in the bin. Sorry, let me correct myself: put it in the {bowl}.",
        f"Take the {a} and place it in the bin, or rather, in the {bowl}.",
    )
    return text, _goal(rels(Rel("in", a, bowl)), moves=((a, bowl),))


def t120_imp_child(w: World) -> Made:
    cands = _movable(w)
    pairs = [(a, b) for a in cands for b in cands if a != b and _can_stack_on(w, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)  # asked first: a on b; repaired: b on a
    ra, rb = _ref(w, a, "one"), _ref(w, b, "one")
    text = _say(
        w,
        f"put {ra} on {rb}... no! the other way round!",
        f"put {ra} on top of {rb}, um, no, {rb} on top of {ra}!",
        f"can you put {ra} on {rb}? wait no, backwards, I mean {rb} on {ra}",
    )
    return text, _goal(rels(Rel("on", b, a)), moves=((b, a),))


def t120_imp_dictating(w: World) -> Made:
    cands = _movable(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    p1, p2 = w.pick(list(PLACES), 2)
    text = _say(
        w,
        f"Move the {a} to the {p1}, correction, the {p2}.",
        f"Place the {a} in the {p1}. Correction: the {p2}, not the {p1}.",
        f"Take the {a} to the {p1}, sorry, strike that, to the {p2}.",
    )
    return text, _goal(rels(Rel("at", a, p2)), moves=((a, p2),))


def t120_imp_musing(w: World) -> Made:
    blocks = sorted(w.blocks, key=w.y)
    left = blocks[0]
    if w.y(blocks[1]) - w.y(left) < 0.06:
        return None
    if w.state.support[left] in w.state.support or not w.state.is_clear(left):
        return None
    text = _say(
        w,
        "Hmm, put the block on the far right in the bin... no, wait, I mean the one on the far left.",
        "Let's see... the rightmost block goes in the bin. Hm, no, the leftmost one, sorry.",
        "Bin the block furthest to the right, or, actually, no, the one furthest to the left.",
    )
    return text, _goal(rels(Rel("in_bin", left)), moves=((left, BIN),))


def t120_imp_customer(w: World) -> Made:
    cands = _movable(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    dests = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(a) != b]
    if not dests:
        return None
    bowl = w.rng.choice(dests)
    others = [b for b in w.bowls if b != bowl]
    first = (
        f"the {w.rng.choice(others)}" if others and w.rng.random() < 0.7 else "the bin"
    )
    text = _say(
        w,
        f"Could I get the {a} in {first}? Oh, actually, make that the {bowl}.",
        f"Would you mind putting the {a} in {first}, oh, sorry, I meant the {bowl}?",
        f"Could you pop the {a} into {first}? Oh, hang on, into the {bowl} instead, please.",
    )
    return text, _goal(rels(Rel("in", a, bowl)), moves=((a, bowl),))


# ----- declarative ------------------------------------------------------------------------------------
def t120_dec_hurried(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    ra, rb = _ref(w, a), _ref(w, b)
    text = _say(
        w,
        f"{_cap(ra)} goes in the bin. Scratch that, {rb} does.",
        f"Bin's for {ra}, no, sorry, for {rb}.",
        f"{_cap(ra)}'s going in the bin, no, sorry, it's {rb} that's going in the bin.",
    )
    return text, _goal(rels(Rel("in_bin", b)), none_binned([a]), moves=((b, BIN),))


def t120_dec_teacher(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 3:
        return None
    a = w.rng.choice(cands)
    targets = [c for c in cands if c != a and _can_stack_on(w, c)]
    if not targets:
        return None
    c = w.rng.choice(targets)
    b = w.rng.choice([x for x in cands if x not in (a, c)])
    text = _say(
        w,
        f"The {a} belongs on the {b}. Oh, I misspoke: the {a} belongs on the {c}.",
        f"The {a} should be sitting on top of the {b}; no, let me correct that, on top of the {c}.",
        f"In the finished picture, the {a} is on the {b}. Sorry, I mean on the {c}.",
    )
    return text, _goal(rels(Rel("on", a, c)), moves=((a, c),))


def t120_dec_child(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    ra = _ref(w, a, "one")
    text = _say(
        w,
        f"{ra} goes in the bin. no! it goes in the {bowl}!",
        f"{ra}'s home is the bin... no wait, its home is the {bowl}!",
        f"{ra} lives in the bin. um, no, it lives in the {bowl}.",
    )
    return _cap(text), _goal(rels(Rel("in", a, bowl)), moves=((a, bowl),))


def t120_dec_dictating(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    p = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"The {a} goes to the {p}; scratch that, the {a} stays where it is and the {b} goes to the {p}.",
        f"Item one: the {a} to the {p}. Correction: the {a} is not to be moved; the {b} goes to the {p} instead.",
        f"The {a} should end up in the {p}, correction, the {b} should, and the {a} stays put.",
    )
    return text, _goal(rels(Rel("at", b, p)), kept(a), moves=((b, p),))


def t120_dec_musing(w: World) -> Made:
    cands = _movable(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    dests = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(a) != b]
    if not dests:
        return None
    second = w.rng.choice(dests)
    others = [b for b in w.bowls if b != second]
    first = f"the {w.rng.choice(others)}" if others else "the bin"
    text = _say(
        w,
        f"So the {a} ends up in {first}... hmm, no. It ends up in the {second}, that makes more sense.",
        f"I guess the {a} is going in {first}. Or... no, the {second}. Yes, the {a} goes in the {second}.",
        f"Right, the {a} belongs in {first}, wait, no, in the {second}, I think. Yes, the {second}.",
    )
    return text, _goal(rels(Rel("in", a, second)), moves=((a, second),))


def t120_dec_customer(w: World) -> Made:
    cands = _movable(w)
    pairs = [(a, b) for a in cands for b in cands if a != b and _can_stack_on(w, a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)  # first said: a on b; repaired: b on a
    text = _say(
        w,
        f"The {a} is supposed to go on top of the {b}. Sorry, my mistake: the {b} is supposed to go on top "
        f"of the {a}.",
        f"What I ordered was the {a} on the {b}. Oh, no, wait, it's the other way round, the {b} on the {a}.",
        f"The {a} goes on the {b}, I think. Actually, sorry, it's the {b} that goes on the {a}.",
    )
    return text, _goal(rels(Rel("on", b, a)), moves=((b, a),))


# ----- desiderative -----------------------------------------------------------------------------------
def t120_des_hurried(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    p = w.rng.choice(list(PLACES))
    ra, rb = _ref(w, a, "bare"), _ref(w, b, "bare")
    text = _say(
        w,
        f"I need {ra} in the {p}, sorry, {rb}, now please.",
        f"I need {ra}... no, {rb} in the {p}, quick.",
        f"Want {ra} in the {p}. No. {_cap(rb)}. {_cap(rb)} in the {p}, fast.",
    )
    return text, _goal(rels(Rel("at", b, p)), _not("at", a, p), moves=((b, p),))


def t120_des_teacher(w: World) -> Made:
    cands = _movable(w)
    if not cands or not w.bowls:
        return None
    a = w.rng.choice(cands)
    bowl = w.rng.choice(w.bowls)
    p = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"What I'd like is the {a} in the {bowl}. Oh, pardon me, I'd like it in the {p}.",
        f"I would like you to put the {a} in the {bowl}, or rather, in the {p}.",
        f"My wish is for the {a} to sit in the {bowl}... no, let me rephrase: in the {p}.",
    )
    return text, _goal(rels(Rel("at", a, p)), moves=((a, p),))


def t120_des_child(w: World) -> Made:
    cands = _movable(w)
    pairs = [(a, b) for a in cands for b in cands if a != b and _can_stack_on(w, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    ra, rb = _ref(w, a, "one"), _ref(w, b, "one")
    text = _say(
        w,
        f"i want {ra} in the bin! no, i want it on {rb}!",
        f"I wanna put {ra} in the bin, no, on top of {rb}!",
        f"can {ra} go in the bin? no wait, I want it on {rb}, please!",
    )
    return _cap(text), _goal(rels(Rel("on", a, b)), moves=((a, b),))


def t120_des_dictating(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    p = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"We want the {a} in the {p}; correction, we want the {b} there instead.",
        f"Required: the {a} at the {p}. Correction: the {b} at the {p}, not the {a}.",
        f"The goal is the {a} in the {p}, sorry, change that to the {b}.",
    )
    return text, _goal(rels(Rel("at", b, p)), _not("at", a, p), moves=((b, p),))


def t120_des_musing(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    text = _say(
        w,
        f"I'd kind of like all the blocks in the {bowl}... hmm, no, that's a lot. Just the {a} and the {b}, "
        "I think.",
        f"Maybe everything in the {bowl}? Hm, no. I'd like the {a} and the {b} in there, just those two.",
        f"I'd want... all of them in the {bowl}? No, actually, only the {a} and the {b}.",
    )
    return text, _goal(
        rels(Rel("in", a, bowl), Rel("in", b, bowl)),
        _no_others_in(bowl, (a, b)),
        moves=((a, bowl), (b, bowl)),
    )


def t120_des_customer(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = _say(
        w,
        f"I'd like two blocks in the {bowl}, please. Oh, actually, make it just the one: the {a}.",
        f"Could I have a couple of blocks in the {bowl}? Sorry, change of plan, just the {a}.",
        f"I was going to ask for three blocks in the {bowl}, but just the {a} will do, thanks.",
    )
    return text, _goal(
        rels(Rel("in", a, bowl)), _no_others_in(bowl, (a,)), moves=((a, bowl),)
    )


# ----- quantified -------------------------------------------------------------------------------------
def t120_qua_hurried(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in w.blocks if b != a]
    if not 1 <= len(others) <= 5:
        return None
    text = _say(
        w,
        f"Everything in the bin, well, everything except the {a}. Quick.",
        f"All the blocks into the bin, no wait, all but the {a}.",
        f"Bin every block, sorry, every block except the {a}, go.",
    )
    return text, _goal(
        binned(others), none_binned([a]), moves=tuple((b, BIN) for b in others)
    )


def t120_qua_teacher(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls or len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"Let's put two blocks, no, let's make it three blocks, in the {bowl}.",
        f"Please place two, I mean three, blocks in the {bowl}.",
        f"Now, two blocks into the {bowl}... sorry, I said two; I meant three.",
    )
    chosen = sorted(w.blocks, key=lambda b: len(w.state.above(b)))[:3]
    return text, _goal(count_in(bowl, 3), moves=tuple((b, bowl) for b in chosen))


def t120_qua_child(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    text = _say(
        w,
        "put all the blocks in the bin! no wait, just two of them.",
        "bin ALL the blocks! ...um, no, only two blocks.",
        "all the blocks go in the bin! no, not all, just two.",
    )
    chosen = w.pick(_movable(w), 2)
    if len(chosen) < 2:
        return None
    check: Check = lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 2
    return _cap(text), _goal(check, moves=tuple((b, BIN) for b in chosen))


def t120_qua_dictating(w: World) -> Made:
    in_bowls = w.in_bowls()
    on_table = [b for b in w.blocks if b not in in_bowls]
    if not in_bowls or not on_table or len(in_bowls) > 5:
        return None
    where = "the bowls" if len(w.bowls) > 1 else f"the {w.bowls[0]}"
    text = _say(
        w,
        f"Every block on the table to the bin; correction, every block in {where}, to the bin.",
        f"Bin all the blocks on the table. Correction: all the blocks in {where}, not the ones on the table.",
        f"The blocks on the table go in the bin, correction, the blocks in {where} go in the bin.",
    )
    order = sorted(in_bowls, key=lambda b: -len(_below(w, b)))
    return text, _goal(
        binned(in_bowls), none_binned(on_table), moves=tuple((b, BIN) for b in order)
    )


def t120_qua_musing(w: World) -> Made:
    bowls = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = _say(
        w,
        f"Put a block in the {bowl}... hmm, or two. Yeah, let's say two blocks in the {bowl}.",
        f"One block in the {bowl}, or, well, two would be better. Two blocks, then.",
        f"How about three blocks in the {bowl}? Hmm, no, two is plenty. Two blocks in the {bowl}.",
    )
    chosen = w.pick(_movable(w), 2)
    if len(chosen) < 2:
        return None
    return text, _goal(count_in(bowl, 2), moves=tuple((b, bowl) for b in chosen))


def t120_qua_customer(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) < 3:
        return None
    a, b = w.pick(blocks, 2)
    others = [x for x in blocks if x not in (a, b)]
    if not 1 <= len(others) <= 5 or any(
        s in others for x in (a, b) for s in _below(w, x)
    ):
        return None
    text = _say(
        w,
        f"Could you put all the blocks in the bin? Oh, hang on, leave the {a} and the {b} where they are.",
        f"I'd like every block binned, please, oh, except the {a} and the {b}, those stay put.",
        f"All the blocks in the bin, please. Sorry, not the {a} and the {b}, leave those two alone.",
    )
    order = sorted(others, key=lambda x: -len(_below(w, x)))
    return text, _goal(binned(others), kept(a, b), moves=tuple((x, BIN) for x in order))


# ----- negated ----------------------------------------------------------------------------------------
def t120_neg_hurried(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    cands = _movable(w)
    if not cands:
        return None
    a = w.rng.choice(cands)
    ra = _ref(w, a, "bare")
    text = _say(
        w,
        f"{_cap(ra)} in the {bowl}, no, not the {bowl}, the bin!",
        f"Put {ra} in the {bowl}, no, not in the {bowl}, in the bin, quick.",
        f"{_cap(ra)}, {bowl}, wait, not the {bowl}! Bin it.",
    )
    return text, _goal(rels(Rel("in_bin", a)), moves=((a, BIN),))


def t120_neg_teacher(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    rest = [b for b in w.blocks if b != a]
    if not rest:
        return None
    b = w.rng.choice(rest)
    text = _say(
        w,
        f"Please don't touch the {a}. Oh, I misspoke: it's the {b} you must not touch. The {a} goes in the "
        f"{bowl}.",
        f"Leave the {a} alone, sorry, no: leave the {b} alone, and put the {a} in the {bowl}.",
        f"Do not move the {a}... let me correct myself, do not move the {b}; the {a} should be placed in the "
        f"{bowl}.",
    )
    return text, _goal(rels(Rel("in", a, bowl)), kept(b), moves=((a, bowl),))


def t120_neg_child(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    ra, rb = _ref(w, a, "one"), _ref(w, b, "one")
    text = _say(
        w,
        f"don't put {ra} in the bin! wait, yes, put it in the bin. but not {rb}!",
        f"{ra} can't go in the bin... no, it can! but {rb} can't.",
        f"not {ra} in the bin! ...oh, um, yes {ra}, but not {rb}, ok?",
    )
    return _cap(text), _goal(
        rels(Rel("in_bin", a)), none_binned([b]), moves=((a, BIN),)
    )


def t120_neg_dictating(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 3:
        return None
    a = w.rng.choice(cands)
    targets = [c for c in cands if c != a and _can_stack_on(w, c)]
    if not targets:
        return None
    c = w.rng.choice(targets)
    b = w.rng.choice([x for x in cands if x not in (a, c)])
    text = _say(
        w,
        f"Stack the {a} on the {b}; correction, not on the {b}, on the {c}.",
        f"The {a} goes on top of the {b}, strike that, not the {b}: the {c}.",
        f"Put the {a} on the {b}. Correction: the {a} is not to go on the {b}; it goes on the {c}.",
    )
    return text, _goal(rels(Rel("on", a, c)), _not("on", a, b), moves=((a, c),))


def t120_neg_musing(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    text = _say(
        w,
        f"Don't put anything in the {bowl}... hmm, well, the {a} could go in there. Just nothing else.",
        f"Nothing goes in the {bowl}. Or, hm, actually, put the {a} in it, but nothing else.",
        f"Let's not put anything in the {bowl}. Well, maybe the {a}. Yes, the {a} in the {bowl}, but no other "
        "block.",
    )
    return text, _goal(
        rels(Rel("in", a, bowl)), _no_others_in(bowl, (a,)), moves=((a, bowl),)
    )


def t120_neg_customer(w: World) -> Made:
    cands = [b for b in _movable(w) if w.state.base(b) in w.bowls]
    if not cands:
        return None
    a = w.rng.choice(cands)
    b1 = w.state.base(a)
    others = [b for b in w.bowls if b != b1]
    if others:
        b2 = w.rng.choice(others)
        avoid, wrong = (b1, b2), f"the {b2}"
    else:
        avoid, wrong = (b1, TABLE, *PLACES), "on the table"
    text = _say(
        w,
        f"Could you take the {a} out of the {b1}? Please don't put it in the bin, oh, sorry, I mean don't put it "
        f"{'in ' if others else ''}{wrong}. The bin is fine.",
        f"I'd like the {a} out of the {b1}, but not into the bin, oh, no, I've got that wrong: not "
        f"{'into ' if others else ''}{wrong}. The bin's OK.",
    )
    check: Check = lambda _i, f: f.support[a] != "gripper" and f.base(a) not in avoid
    return text, _goal(check, moves=((a, BIN),))


# ----- relative ---------------------------------------------------------------------------------------
def t120_rel_hurried(w: World) -> Made:
    pairs = _pairs_clear_top(w)
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    dests = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(t) != b] + [BIN]
    dest = w.rng.choice(dests)
    firsts = [b for b in [*w.bowls, BIN] if b != dest]
    first = w.rng.choice(firsts)
    x, y = f"the {first}", f"the {dest}"
    text = _say(
        w,
        f"The block that's on the {u}, put it in {x}, sorry, {y}, quick.",
        f"Whatever's on top of the {u}, into {x}, no, {y}!",
        f"Grab the block sitting on the {u} and drop it in {x}, sorry, {y}.",
    )
    goal = Rel("in_bin", t) if dest == BIN else Rel("in", t, dest)
    return text, _goal(rels(goal), moves=((t, dest),))


def t120_rel_teacher(w: World) -> Made:
    refs = _relatives(w)
    if not refs:
        return None
    x, which = w.rng.choice(refs)
    p = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"Take the block {which} and put it in the {p}. Oh, pardon me, I mean put it in the bin.",
        f"The block {which} should go to the {p}; sorry, to the bin.",
        f"Please move the block {which}, not to the {p}, I misspoke, to the bin.",
    )
    return text, _goal(rels(Rel("in_bin", x)), moves=((x, BIN),))


def t120_rel_child(w: World) -> Made:
    refs = [(t, f"on top of {_ref(w, u, 'one')}") for t, u in _pairs_clear_top(w)]
    refs += [(x, f"in the {bowl}") for x, bowl in _alone_in_bowl(w)]
    if not refs:
        return None
    t, where = w.rng.choice(refs)
    bowls = [b for b in w.bowls if _room(w, b) >= 1 and w.state.base(t) != b]
    dest = w.rng.choice(bowls) if bowls and w.rng.random() < 0.7 else BIN
    first, then = (
        ("the bin", f"the {dest}")
        if dest != BIN
        else (f"the {w.rng.choice(w.bowls)}", "the bin")
    )
    text = _say(
        w,
        f"the one that's {where}, put it in {first}! no, I mean in {then}!",
        f"put the block that's {where} in {first}! no wait, in {then}!",
        f"you know the one that's {where}? put it in {first}. no! in {then}.",
    )
    goal = Rel("in_bin", t) if dest == BIN else Rel("in", t, dest)
    return _cap(text), _goal(rels(goal), moves=((t, dest),))


def t120_rel_dictating(w: World) -> Made:
    pairs = _pairs_clear_top(w)
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    p = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"Move the block under the {t}, correction, the block on top of the {u}, to the {p}.",
        f"The block that the {t} is sitting on goes to the {p}; correction, the block that is sitting on the {u}.",
        f"Take the block beneath the {t} to the {p}. Correction: the one above the {u}, not the one beneath the "
        f"{t}.",
    )
    return text, _goal(rels(Rel("at", t, p)), _not("at", u, p), moves=((t, p),))


def t120_rel_musing(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowls = sorted(w.bowls, key=w.y)
    right = bowls[-1]
    if w.y(right) - w.y(bowls[-2]) < 0.08 or _room(w, right) < 1:
        return None
    cands = [b for b in _movable(w) if w.state.base(b) != right]
    if not cands:
        return None
    a = w.rng.choice(cands)
    if len(bowls) == 2:
        left_, right_ = "on the left", "on the right"
    else:
        left_, right_ = "furthest to the left", "furthest to the right"
    text = _say(
        w,
        f"Put the {a} in the bowl that's {left_}... hmm, no, I mean the one that's {right_}.",
        f"So the {a} goes in the bowl {left_}, or, wait, the one {right_}, yes, that one.",
        f"The {a} should go in the bowl that's {left_}, I think... no, the bowl that's {right_}.",
    )
    return text, _goal(rels(Rel("in", a, right)), moves=((a, right),))


def t120_rel_customer(w: World) -> Made:
    refs = _relatives(w)
    if not refs:
        return None
    x, which = w.rng.choice(refs)
    rest = [b for b in _movable(w) if b != x]
    if not rest:
        return None
    b = w.rng.choice(rest)
    text = _say(
        w,
        f"The block {which}, could you put it on the {b}? Oh, sorry, on the table, I mean.",
        f"Could you take the block {which} and set it on the {b}, oh, no, just on the table, please?",
        f"Would you move the block {which} onto the {b}? Sorry, I meant onto the table.",
    )
    return text, _goal(rels(Rel("on_table", x)), moves=((x, TABLE),))


# ----- keep -------------------------------------------------------------------------------------------
def t120_keep_hurried(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    ra, rb = _ref(w, a, "bare"), _ref(w, b, "bare")
    text = _say(
        w,
        f"Bin {ra} and {rb}, no, keep {rb} where it is, just {ra}.",
        f"{_cap(ra)} and {rb} in the bin, wait, not {rb}, {rb} stays. Just {ra}.",
        f"Both {ra} and {rb} to the bin, sorry, {rb} stays put. Only {ra}.",
    )
    return text, _goal(rels(Rel("in_bin", a)), kept(b), moves=((a, BIN),))


def t120_keep_teacher(w: World) -> Made:
    on_table = [b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES)]
    cands = [b for b in on_table if w.state.support[b] in (TABLE, *PLACES)]
    if not cands:
        return None
    a = w.rng.choice(cands)
    others = [b for b in on_table if b != a]
    if not 1 <= len(others) <= 5:
        return None
    in_bowls = w.in_bowls()
    bases = {b: w.state.base(b) for b in in_bowls}
    text = _say(
        w,
        f"Clear the table into the bin, hmm, just the loose blocks, leave the bowls as they are. And keep the {a} "
        "where it is.",
        f"Everything off the table and into the bin, please. Wait, not what's in the bowls, and the {a} stays "
        "where it is.",
        f"Let's clear all the blocks on the table into the bin, except, oh, leave the {a} where it is, and don't "
        "touch the bowls.",
    )
    order = sorted(others, key=lambda x: -len(_below(w, x)))
    return text, _goal(
        binned(others),
        kept(a),
        _stay_in_bowls(in_bowls, bases),
        moves=tuple((x, BIN) for x in order),
    )


def t120_keep_child(w: World) -> Made:
    pairs = _pairs_clear_top(w)
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    rt, ru = _ref(w, t, "one"), _ref(w, u, "one")
    text = _say(
        w,
        f"don't touch my tower! ...ok, you can put {rt} in the bin. but keep {ru} where it is!",
        f"leave my tower alone! um, actually, {rt} can go in the bin, but {ru} stays!",
        f"keep my tower like it is! no wait, take {rt} off and put it in the bin. just keep {ru}.",
    )
    return _cap(text), _goal(rels(Rel("in_bin", t)), kept(u), moves=((t, BIN),))


def t120_keep_dictating(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, c = w.pick(cands, 2)
    rest = [x for x in w.blocks if x not in (a, c)]
    if not rest:
        return None
    b = w.rng.choice(rest)
    p = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"Put the {a} in the {p} while keeping the {b} in place; correction, keeping the {c} in place.",
        f"The {a} to the {p}, the {b} stays where it is. Correction: the {c} stays where it is, not the {b}.",
        f"Move the {a} to the {p}; do not move the {b}, correction, do not move the {c}.",
    )
    return text, _goal(rels(Rel("at", a, p)), kept(c), moves=((a, p),))


def t120_keep_musing(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    bowls = [x for x in w.bowls if _room(w, x) >= 1 and w.state.base(a) != x]
    dest = w.rng.choice(bowls) if bowls and w.rng.random() < 0.6 else BIN
    where = "the bin" if dest == BIN else f"the {dest}"
    text = _say(
        w,
        f"So I want to keep the {a} where it is... well, no, put it in {where}, and keep the {b} where it is "
        "instead.",
        f"Hmm, the {a} stays put... or, no, actually, the {a} goes in {where}. It's the {b} that stays put.",
        f"Let me think. Leave the {a}... no. Move the {a} to {where}, and leave the {b} where it is.",
    )
    goal = Rel("in_bin", a) if dest == BIN else Rel("in", a, dest)
    return text, _goal(rels(goal), kept(b), moves=((a, dest),))


def t120_keep_customer(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = [b for b in _movable(w) if w.state.base(b) != bowl]
    if not cands:
        return None
    a = w.rng.choice(cands)
    inside = w.state.in_bowl(bowl)
    text = _say(
        w,
        f"Please keep the {bowl} as it is, oh, actually, you can add the {a} to it. Just don't take anything out.",
        f"Leave the {bowl} alone, please, well, except put the {a} in it; everything already in there stays.",
        f"Don't change the {bowl}, sorry, I mean, don't take anything out of the {bowl}, but do add the {a}.",
    )
    return text, _goal(
        rels(Rel("in", a, bowl), *(Rel("in", x, bowl) for x in inside)),
        moves=((a, bowl),),
    )


# ----- multi-step -------------------------------------------------------------------------------------
def t120_multi_hurried(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 1]
    cands = _movable(w)
    if not bowls or len(cands) < 3:
        return None
    bowl = w.rng.choice(bowls)
    trios = [
        (a, b, c)
        for a in cands
        for b in cands
        for c in cands
        if len({a, b, c}) == 3 and _can_stack_on(w, b) and w.state.base(c) != bowl
    ]
    if not trios:
        return None
    a, b, c = w.rng.choice(trios)
    ra, rb, rc = _ref(w, a, "bare"), _ref(w, b, "bare"), _ref(w, c, "bare")
    text = _say(
        w,
        f"{_cap(ra)} on {rb}, then {rc} in the bin, no, {rc} in the {bowl}.",
        f"Quick: {ra} onto {rb}, and {rc}, bin, no, sorry, the {bowl}.",
        f"{_cap(ra)} on {rb}. {_cap(rc)} in the bin, scratch that, in the {bowl}. Go.",
    )
    return text, _goal(
        rels(Rel("on", a, b), Rel("in", c, bowl)), moves=((a, b), (c, bowl))
    )


def t120_multi_teacher(w: World) -> Made:
    cands = _movable(w)
    trios = [
        (a, b, c)
        for a in cands
        for b in cands
        for c in cands
        if len({a, b, c}) == 3 and _can_stack_on(w, b)
    ]
    if not trios:
        return None
    a, b, c = w.rng.choice(trios)  # c ends on b
    text = _say(
        w,
        f"First put the {a} in the bin, then the {b} on the {c}. Oh, sorry, I mean the {c} on the {b}.",
        f"Please bin the {a}, and then stack the {b} on the {c}; no, I have that backwards: the {c} on the {b}.",
        f"Step one, the {a} into the bin. Step two, the {b} on top of the {c}, or rather, the {c} on top of the "
        f"{b}.",
    )
    return text, _goal(
        rels(Rel("in_bin", a), Rel("on", c, b)), moves=((a, BIN), (c, b))
    )


def t120_multi_child(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 3:
        return None
    a, b, c = w.pick(cands, 3)
    ra, rb, rc = _ref(w, a, "one"), _ref(w, b, "one"), _ref(w, c, "one")
    text = _say(
        w,
        f"put {ra} in the bin and then {rb} in the bin too! no, not {rb}, {rc}!",
        f"{ra} in the bin, and {rb}! wait, no, not {rb}. {rc}!",
        f"first {ra} goes in the bin, then {rb}... no! then {rc}!",
    )
    return _cap(text), _goal(
        binned([a, c]), none_binned([b]), moves=((a, BIN), (c, BIN))
    )


def t120_multi_dictating(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    p1, p2, p3 = w.pick(list(PLACES), 3)
    text = _say(
        w,
        f"Step one, the {a} to the {p1}. Step two, the {b} to the {p2}. Correction on step one: the {p3}.",
        f"First the {a} goes to the {p1}, correction, the {p3}; then the {b} goes to the {p2}.",
        f"The {a} to the {p1}, then the {b} to the {p2}. Correction: the {a} to the {p3}, not the {p1}.",
    )
    return text, _goal(
        rels(Rel("at", a, p3), Rel("at", b, p2)), moves=((a, p3), (b, p2))
    )


def t120_multi_musing(w: World) -> Made:
    cands = _movable(w)
    if len(cands) < 2:
        return None
    a, b = w.pick(cands, 2)
    p = w.rng.choice(list(PLACES))
    text = _say(
        w,
        f"Let's move the {a} to the {p}, and then the {b}... no wait, the {b} first, then the {a}. Both to the {p}.",
        f"Hmm, the {a} to the {p} and then the {b}, or the other order? The {b} first, then the {a}, both to "
        f"the {p}.",
        f"Right, so, the {a} into the {p}, and the {b} as well, hm, the {b} first actually. Both in the {p}.",
    )
    return text, _goal(rels(Rel("at", a, p), Rel("at", b, p)), moves=((b, p), (a, p)))


def t120_multi_customer(w: World) -> Made:
    bowls = [b for b in w.bowls if _room(w, b) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    cands = _movable(w)
    a_cands = [b for b in cands if w.state.base(b) != bowl]
    if not a_cands:
        return None
    a = w.rng.choice(a_cands)
    rest = [b for b in cands if b != a]
    if not rest:
        return None
    b = w.rng.choice(rest)
    text = _say(
        w,
        f"Could you put the {a} in the {bowl} and then stack the {b} on it? Oh, actually, put the {b} in the "
        "bin instead of stacking it.",
        f"I'd like the {a} in the {bowl} with the {b} on top, please. Oh, sorry, no, the {b} should go in the "
        "bin instead.",
    )
    return text, _goal(
        rels(Rel("in", a, bowl), Rel("in_bin", b)), moves=((a, bowl), (b, BIN))
    )


# ----- question ---------------------------------------------------------------------------------------
def t120_q_hurried(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    first = w.rng.choice([*[f"the {b}" for b in w.bowls if b != bowl], "the bin"])
    text = _say(
        w,
        f"How many blocks in {first}, sorry, the {bowl}? Quick.",
        f"Blocks in {first}, how many, no, I mean in the {bowl}?",
        f"How many blocks are in {first}, sorry, in the {bowl}?",
    )
    return text, answered(str(n))


def t120_q_teacher(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) < 3:
        return None
    a = w.rng.choice(blocks)
    under = w.state.support[a]
    if under in w.state.support and w.rng.random() < 0.5:
        c, flag = under, True
    else:
        rest = [
            x
            for x in blocks
            if x != a and x not in _below(w, a) and x not in w.state.above(a)
        ]
        if not rest:
            return None
        c, flag = w.rng.choice(rest), False
    b = w.rng.choice([x for x in blocks if x not in (a, c)])
    text = _say(
        w,
        f"Is the {a} on the {b}? Sorry, I mean: is the {a} on the {c}?",
        f"Tell me, is the {a} sitting on the {b}... pardon, on the {c}?",
        f"Is the {a} resting on the {b}, or rather, let me ask properly: is it resting on the {c}?",
    )
    return text, answered(yes(flag))


def t120_q_child(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    rt = _ref(w, t, "one")
    text = _say(
        w,
        f"what colour is the block on top of {rt}? no, under it!",
        f"which colour is the one on {rt}... no wait, the one under {rt}?",
        f"tell me the colour of the block on {rt}, no, the block under {rt}!",
    )
    return _cap(text), answered(w.colour(u))


def t120_q_dictating(w: World) -> Made:
    have = sorted(_bowl_colours(w))
    lack = [c for c in layout.COLOURS if c not in have]
    flag = w.rng.random() < 0.5
    c = w.rng.choice(have if flag else lack)
    an = "an" if c[0] in "aeiou" else "a"
    text = _say(
        w,
        f"Query: is there {an} {c} block; correction, is there {an} {c} bowl?",
        f"Question for the log: do we have {an} {c} block, correction, {an} {c} bowl, on the table?",
        f"Is there {an} {c} block, sorry, {an} {c} bowl? For the record.",
    )
    return text, answered(yes(flag))


def t120_q_musing(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, u = w.rng.choice(pairs)
    others = [b for b in w.blocks if b not in (t, u)]
    v = w.rng.choice(others) if others else u
    options = [
        f"Hmm, what's under... no, what's on top of the {u}?",
        f"I wonder what's on top of the {v}... no, on top of the {u}, what is it?",
    ]
    if w.bowls:
        options.append(
            f"Which block is in the {w.rng.choice(w.bowls)}... hmm, no, which block is sitting on the {u}?"
        )
    return _say(w, *options), answered(t)


def t120_q_customer(w: World) -> Made:
    blocks = w.blocks
    pairs = [
        (a, b)
        for a in blocks
        for b in blocks
        if a != b and abs(w.y(a) - w.y(b)) >= 0.08
    ]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = _say(
        w,
        f"Is the {a} to the left of the {b}? Oh, sorry, to the right of it, I mean.",
        f"Could you tell me if the {a} is left of the {b}, sorry, right of the {b}?",
        f"Excuse me, is the {a} on the left of the {b}, no, wait, on the right of the {b}?",
    )
    return text, answered(yes(w.y(a) > w.y(b)))


# ----- matching ---------------------------------------------------------------------------------------
def _unmatched(w: World) -> list[tuple[str, str]]:
    """(block, its same-coloured bowl) for every movable block not yet in that bowl, where the bowl has room."""
    out = []
    for b in _movable(w):
        bowl = _bowl_of(w, b)
        if bowl and w.state.base(b) != bowl and _room(w, bowl) >= 1:
            out.append((b, bowl))
    return out


def t120_match_hurried(w: World) -> Made:
    cands = _unmatched(w)
    if not cands:
        return None
    a, bowl = w.rng.choice(cands)
    rest = [(b, _bowl_of(w, b)) for b in w.blocks if b != a and _bowl_of(w, b)]
    rest = [(b, x) for b, x in rest if w.state.base(b) != x]
    text = _say(
        w,
        f"Every block in its own colour bowl, no, just the {a}. Quick.",
        f"Colours to matching bowls, all of them, wait, only the {a}.",
        f"Sort everything by colour into the bowls, sorry, just the {a}, go.",
    )
    return text, _goal(
        rels(Rel("in", a, bowl), *(Rel("in", b, x, negated=True) for b, x in rest)),
        moves=((a, bowl),),
    )


def t120_match_teacher(w: World) -> Made:
    keys = [b for b in w.blocks if _bowl_of(w, b)]
    if not keys:
        return None
    b = w.rng.choice(keys)
    bowl = _bowl_of(w, b)
    assert bowl is not None
    cands = [a for a in _movable(w) if a != b and w.state.base(a) != bowl]
    if not cands or _room(w, bowl) < 1:
        return None
    a = w.rng.choice(cands)
    text = _say(
        w,
        f"Put the {a} in the bowl that matches its colour... sorry, I mean the bowl that matches the {b}.",
        f"Place the {a} in the bowl of the same colour as the {a}, no, pardon me, the same colour as the {b}.",
        f"Now put the {a} into its same-coloured bowl, oh, I misspoke, into the bowl that's the colour of the "
        f"{b}.",
    )
    return text, _goal(rels(Rel("in", a, bowl)), moves=((a, bowl),))


def t120_match_child(w: World) -> Made:
    cands = _unmatched(w)
    if not cands:
        return None
    a, bowl = w.rng.choice(cands)
    wrong = [f"the {x}" for x in w.bowls if x != bowl] or ["the bin"]
    x = w.rng.choice(wrong)
    ra = _ref(w, a, "one")
    text = _say(
        w,
        f"put {ra} in {x}! no, in the {bowl}, same colours!",
        f"{ra} goes in {x}... no! it goes in the bowl that's the same colour!",
        f"put {ra} in {x}, no wait, it has to match! in the {bowl}!",
    )
    return _cap(text), _goal(rels(Rel("in", a, bowl)), moves=((a, bowl),))


def t120_match_dictating(w: World) -> Made:
    matched = [b for b in w.blocks if _bowl_of(w, b)]
    if not matched or len(matched) > 5:
        return None
    rest = [b for b in w.blocks if b not in matched]
    text = _say(
        w,
        "Sort the blocks into the bowls by colour; correction, scratch that, just bin every block that has a "
        "bowl of its colour.",
        "Each block to the bowl of the same colour. Correction: instead, the blocks that match a bowl's colour "
        "go in the bin.",
        "Put matching colours together, block in bowl; correction: no, bin the blocks whose colour matches a "
        "bowl.",
    )
    order = sorted(matched, key=lambda x: -len(_below(w, x)))
    return text, _goal(
        binned(matched), none_binned(rest), moves=tuple((x, BIN) for x in order)
    )


def t120_match_musing(w: World) -> Made:
    cands = _unmatched(w)
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    rest = [a for a in _movable(w) if a != b]
    if not rest:
        return None
    a = w.rng.choice(rest)
    x = w.rng.choice(w.bowls)
    text = _say(
        w,
        f"Maybe the {a} in the {x}... hmm, no, leave it where it is. Put the {b} in the bowl that's the same "
        "colour as it.",
        f"I was thinking the {a} goes in the {x}, but, no, let's keep the {a} where it is and put the {b} in "
        "its matching bowl.",
        f"Hmm, the {a} into the {x}? No... the {a} stays put. The {b} goes into the bowl of its own colour.",
    )
    return text, _goal(rels(Rel("in", b, bowl)), kept(a), moves=((b, bowl),))


def t120_match_customer(w: World) -> Made:
    loose = [
        b for b in w.blocks if w.state.base(b) in (TABLE, *PLACES) and _bowl_of(w, b)
    ]
    if not loose or any(_room(w, _bowl_of(w, b) or "") < 1 for b in loose):
        return None
    inside = w.in_bowls()
    text = _say(
        w,
        "Could you sort the blocks into the bowls by colour? Oh, sorry, just the ones on the table; leave the "
        "ones already in bowls.",
        "I'd like every block in the bowl of its colour, please, well, the loose ones on the table, anyway; the "
        "ones in bowls can stay.",
        "Would you put each block in the bowl that matches it? Sorry, only the blocks on the table, not the ones "
        "already in a bowl.",
    )
    goal = [Rel("in", b, _bowl_of(w, b) or "") for b in loose]
    order = sorted(loose, key=lambda x: -len(_below(w, x)))
    return text, _goal(
        rels(*goal),
        kept(*inside),
        moves=tuple((b, _bowl_of(w, b) or "") for b in order),
    )


# ----- the list ---------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("hurried", "teacher", "child", "dictating", "musing", "customer")
FRESH120: list[Template] = [
    (f"t120_{short}_{style}", category, globals()[f"t120_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
