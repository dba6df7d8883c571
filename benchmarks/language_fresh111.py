"""`FRESH111`, the hundred-and-twelfth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: long, rambling messages from first-time users that wrap one clear request in extra detail, hedges,
stories, apologies and self-corrections ("put it in the green bowl, oh no, silly me, I meant the blue bowl").
The request inside is always one ordinary task (move, stack, empty a bowl, sort, bin, keep something where
it is, or a question about the scene), and its intended end state is unambiguous. The six styles are six
kinds of speaker:

- retiree: "Good morning. I'm seventy-eight and I have never spoken to a robot in my life, so you'll have to
  forgive an old man for going on a bit. Would you be so kind as to put the red block into the blue bowl?
  Thank you ever so much."
- student: "hey!! first time using this thing, my TA said to just type normally so here goes i guess. so
  basically stack the red block onto the green block, that's the whole task, my TA said it should take like ten
  seconds lol. thx a lot!!"
- parent: "Sorry, typing this with one hand, the baby has finally fallen asleep on me. Please don't throw the
  red block in the bin, my son would never forgive me, put it in the blue bowl instead. Thanks a million."
- labtech: "Hi, um, I only started in the lab on Monday and I really, really don't want to break anything.
  Could you move the red block to the top left corner? Sorry again, and thank you."
- customer: "Oh hello! My friend Margaret told me all about these robots at book club and I simply had to
  have a go. Could you empty out the blue bowl for me? Lovely, thanks so much, you're a star!"
- nonnative: "Hello, please excuse my English, it is not my first language. Please put the red block in the
  blue bowl. Not in the green bowl, in the blue bowl. Thank you very much for your help."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only
the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the
layout.

Printed past the allowed range by mistake: a `grep` over `sim/core/lexicon.py` for the lines naming BIN, TABLE and
GRIPPER also showed a few lines of its synonym table (the words it maps to the bin and to the table) and of its
place aliases. Nothing in these templates was chosen from them.

Its first run (300 instructions, seed 0, on 0133891, after every fix before it and before anything it could prompt):
0.47 goal-correct (141 of 300), 150 refused, 5 asked, 4 wrong: 3 wrong actions ('Would you put all of the blocks that are
out on the table into the bin? Not the ones in the bowls, just the ones lying about on the table, every last one of
them.' binned them and then set them on the table again; '... Could you please move all the blocks sitting on the table
into the green bowl? Sorry, only the ones on the table, the ones in bowls can stay.' did nothing; '... the purple block to
the top right corner, and then the blue block to the bottom left corner. I hope that's clear.' binned every block after
the moves) and 1 wrong reply ('Please tell me the number of blocks which are not inside any bowl.').
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
from sim.core.lexicon import PLACES, TABLE
from sim.core.relations import Rel, holds

# ----- the speakers ---------------------------------------------------------------------------------
_OPEN = {
    "retiree": (
        (
            "Hello there. My grandson set this contraption up for me before he went back to university, and he said"
            " I can just type to it like a letter, so here goes."
        ),
        (
            "Good morning. I'm seventy-eight and I have never spoken to a robot in my life, so you'll have to forgive"
            " an old man for going on a bit."
        ),
        (
            "Hello, dear. My late husband was an engineer and he would have loved all this, but I'm afraid I'm rather"
            " hopeless with gadgets."
        ),
    ),
    "student": (
        "ok so this is for my robotics lab write-up and i literally just got access today, sorry if this is dumb.",
        "hey!! first time using this thing, my TA said to just type normally so here goes i guess.",
        "hi, sorry, I'm procrastinating on an essay and my roommate said this robot is fun.",
    ),
    "parent": (
        "Sorry, typing this with one hand, the baby has finally fallen asleep on me.",
        "Right, I have about four minutes before school pickup so I'll be quick, or try to be.",
        (
            "Okay, the kids are arguing in the next room and I have lost my train of thought twice already, bear with"
            " me."
        ),
    ),
    "labtech": (
        (
            "Hi, um, I only started in the lab on Monday and I really, really don't want to break anything, so"
            " apologies in advance."
        ),
        (
            "Hello. I'm the new technician, my supervisor is away at a conference, and she left me a note that I'm"
            " trying to follow."
        ),
        "Sorry to bother you, I'm new here and I'm still not sure how formal I'm supposed to be with this system.",
    ),
    "customer": (
        "Oh hello! My friend Margaret told me all about these robots at book club and I simply had to have a go.",
        "Well hi there! The nice man at the front desk said I could try this out while I wait for my order.",
        (
            "Hi hi! I've been watching the videos online for weeks and I can't believe I finally get to type to one"
            " of you!"
        ),
    ),
    "nonnative": (
        "Hello, please excuse my English, it is not my first language and I am learning still.",
        "Good day. I am new in this country and also new with this robot, sorry for mistakes in my writing.",
        "Hello robot. My English is not so perfect, I hope you understand me anyway.",
    ),
}
_CLOSE = {
    "retiree": (
        "Thank you ever so much.",
        "Much obliged.",
        "Take your time, there's no rush at all.",
    ),
    "student": ("thx a lot!!", "ty, you're the best", "ok that's it, cheers lol"),
    "parent": (
        "Thanks, you're a lifesaver.",
        "Brilliant, thank you, got to run!",
        "Thanks a million.",
    ),
    "labtech": (
        "Sorry again, and thank you.",
        "Thanks, and please tell me if I've done something wrong.",
        "Thank you, I'll write it down in the log.",
    ),
    "customer": (
        "Oh, this is so much fun, thank you!",
        "Lovely, thanks so much, you're a star!",
        "Wonderful, I'll tell everyone about this!",
    ),
    "nonnative": (
        "Thank you very much for your help.",
        "Many thanks, and sorry again for my English.",
        "Thank you, have a nice day.",
    ),
}


def _say(w: World, style: str, *cores: str) -> str:
    """The speaker's opening, one of the phrasings of the request, and a closing."""
    core = w.rng.choice([c for c in cores if c])
    return f"{w.rng.choice(_OPEN[style])} {core} {w.rng.choice(_CLOSE[style])}"


# ----- helpers ----------------------------------------------------------------------------------------
def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _the(name: str) -> str:
    return f"the {name}"


def _done(check: Check) -> Check:
    """The goal, and nothing left in the gripper."""
    return both(check, lambda _i, f: f.held is None)


def _rel_check(*want: Rel) -> Check:
    return _done(rels(*want))


def _one(w: World, items: list) -> object | None:
    return w.rng.choice(items) if items else None


def _depth(w: World, block: str) -> int:
    """How many blocks the tower holds from its base up to `block`, inclusive."""
    n, s = 1, w.state.support[block]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _on_floor(w: World, block: str) -> bool:
    """Resting on the table itself (or a named place), not on a block or in a bowl."""
    return w.state.support[block] in (TABLE, *PLACES)


def _bases(w: World, x: str) -> list[str]:
    """Clear blocks that `x` can go on: on the table (not in a bowl), with room on their tower."""
    st = w.state
    return [
        y
        for y in w.clear_blocks()
        if y != x and st.base(y) not in st.bowls and _depth(w, y) < layout.MAX_TOWER
    ]


def _free_places(w: World) -> list[str]:
    used = {w.state.base(b) for b in w.blocks}
    return [p for p in PLACES if p not in used]


def _into(w: World) -> list[tuple[str, str]]:
    """(clear block, bowl) pairs where the block is not in that bowl yet and the bowl has room."""
    return [
        (x, b)
        for x in w.clear_blocks()
        for b in w.bowls
        if w.state.base(x) != b and _room(w, b)
    ]


def _not_yet(w: World, check: Check) -> bool:
    return not check(w.state, w.state)


def _matched(w: World) -> list[Rel] | None:
    """The colour-matching goal when it is feasible and not yet met, else None."""
    want = matching(w)
    if not want or all(holds(r, w.state) for r in want):
        return None
    for r in want:
        if not holds(r, w.state) and not _room(w, r.target):
            return None
    return want


# ----- imperative -------------------------------------------------------------------------------------
def t111_imp_retiree(w: World) -> Made:
    pair = _one(w, _into(w))
    if pair is None:
        return None
    x, b = pair
    wrong = [c for c in w.bowls if c != b]
    text = _say(
        w,
        "retiree",
        f"Now, what I would like, if it isn't too much bother, is for you to pick up {_the(x)} and put it in the"
        f" {wrong[0]}, oh no, silly me, I meant {_the(b)}. Yes, {_the(b)}. Put {_the(x)} in there."
        if wrong
        else "",
        f"Would you be so kind as to put {_the(x)} into {_the(b)}? My eyes aren't what they were, but I believe"
        f" it's the {w.colour(x)} one just over there.",
        f"Could you please move {_the(x)} over into {_the(b)} for me? I'd do it myself but my hands shake these days.",
    )
    return text, _rel_check(Rel("in", x, b))


def t111_imp_student(w: World) -> Made:
    pairs = [
        (x, y)
        for x in w.clear_blocks()
        for y in _bases(w, x)
        if w.state.support[x] != y
    ]
    pair = _one(w, pairs)
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        "student",
        f"can you like, put {_the(x)} on top of {_the(y)}? wait no, hold on, is it... yeah no that's right,"
        f" {_the(x)} on {_the(y)}.",
        f"so basically stack {_the(x)} onto {_the(y)}, that's the whole task, my TA said it should take like ten"
        " seconds lol.",
        f"pls put {_the(x)} on {_the(y)}. i almost wrote it the other way round in my notes but no, it's"
        f" {_the(x)} going on top of {_the(y)}.",
    )
    return text, _rel_check(Rel("on", x, y))


def t111_imp_parent(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 2:
        return None
    x, z = w.pick(xs, 2)
    if w.rng.random() < 0.4:
        text = _say(
            w,
            "parent",
            f"Please put {_the(x)} in the bin. Not {_the(z)}, that one's fine, just {_the(x)}.",
        )
        return text, _done(both(binned([x]), none_binned([z])))
    text = _say(
        w,
        "parent",
        f"Could you just chuck {_the(x)} in the bin? My son keeps building things with it and then crying when they"
        " fall over.",
        f"Put {_the(x)} into the bin, please, sorry, I'd do it myself but I literally cannot move right now.",
    )
    return text, _done(binned([x]))


def t111_imp_labtech(w: World) -> Made:
    xs, places = w.clear_blocks(), _free_places(w)
    if not xs or len(places) < 2:
        return None
    x = w.rng.choice(xs)
    p, wrong = w.pick(places, 2)
    text = _say(
        w,
        "labtech",
        f"My supervisor's note says to move {_the(x)} to the {p}. I think that's what it says, her handwriting"
        f" is... anyway, yes, {_the(x)} to the {p}, please.",
        f"Could you please put {_the(x)} in the {p}? Sorry, I mean at the {p}, I'm never sure which word is right.",
        f"Would you move {_the(x)} to the {wrong}, no, sorry, the {p}, I had the note upside down. The {p}.",
    )
    return text, _rel_check(Rel("at", x, p))


def t111_imp_customer(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if b is None:
        return None
    text = _say(
        w,
        "customer",
        f"Could you empty out {_the(b)} for me? Just take everything out of it, I want to see how the little arm"
        " does it!",
        f"Oh, would you be a dear and empty {_the(b)}? Everything out of it, put the things wherever you like, I"
        " don't mind.",
        f"Can you take all the blocks out of {_the(b)} so that it's empty? Ooh, I'm so excited.",
    )
    return text, _done(empty(b))


def t111_imp_nonnative(w: World) -> Made:
    x = _one(w, [x for x in w.clear_blocks() if not _on_floor(w, x)])
    if x is None:
        return None
    s = w.state.support[x]
    where = f"in {_the(s)}" if s in w.bowls else f"on {_the(s)}"
    text = _say(
        w,
        "nonnative",
        f"Please, can you take {_the(x)} and put it on the table? Now it is {where}, I want it on the table.",
        f"Please you put {_the(x)} down on the table, just on the table, nothing more.",
        f"I ask you to move {_the(x)} to the table. Only this.",
    )
    return text, _rel_check(Rel("on_table", x))


# ----- declarative ------------------------------------------------------------------------------------
def t111_dec_retiree(w: World) -> Made:
    pair = _one(w, _into(w))
    if pair is None:
        return None
    x, b = pair
    text = _say(
        w,
        "retiree",
        f"You see, {_the(x)} belongs in {_the(b)}. It has always gone there, ever since my grandson first showed"
        " me this thing.",
        f"The way I remember it, {_the(x)} is meant to be in {_the(b)}, not where it is now.",
        f"{_cap(_the(x))} goes in {_the(b)}. That's how my grandson left it and I'd like it back that way.",
    )
    return text, _rel_check(Rel("in", x, b))


def t111_dec_student(w: World) -> Made:
    pairs = [
        (x, y)
        for x in w.clear_blocks()
        for y in _bases(w, x)
        if w.state.support[x] != y
    ]
    pair = _one(w, pairs)
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        "student",
        f"so the setup in my handout says {_the(x)} is supposed to end up on top of {_the(y)}, and right now it"
        " isn't, so yeah.",
        f"ok the goal state is {_the(x)} sitting on {_the(y)}. that's it. (i think. yes. i checked twice.)",
        f"{_the(x)} needs to be on {_the(y)} by the end, my lab partner is going to check lol.",
    )
    return text, _rel_check(Rel("on", x, y))


def t111_dec_parent(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 2:
        return None
    x, z = w.pick(xs, 2)
    if w.rng.random() < 0.4:
        text = _say(
            w,
            "parent",
            f"Right, {_the(x)} belongs in the bin now. Sorry, I mean {_the(x)}, not {_the(z)}, {_the(z)} is fine"
            " where it is.",
        )
        return text, _done(both(binned([x]), kept(z)))
    text = _say(
        w,
        "parent",
        f"That {w.colour(x)} block has to go in the bin, it's been driving me mad all week.",
        f"{_cap(_the(x))} is going in the bin. Don't ask. Long story involving a toddler and a fish tank.",
    )
    return text, _done(binned([x]))


def t111_dec_labtech(w: World) -> Made:
    xs, places = w.clear_blocks(), _free_places(w)
    if not xs or not places:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(places)
    text = _say(
        w,
        "labtech",
        f"According to the protocol sheet, {_the(x)} should be at the {p} before the next run starts.",
        f"The note says: {_the(x)}, {p}. I'm fairly sure that means it should be sitting at the {p}.",
        f"Um, {_the(x)} is supposed to be in the {p}. Sorry if that's obvious, I'm just reading it off the"
        " checklist.",
    )
    return text, _rel_check(Rel("at", x, p))


def t111_dec_customer(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if b is None:
        return None
    text = _say(
        w,
        "customer",
        f"Now, {_the(b)} ought to be empty, my friend says they always start with it empty in the videos.",
        f"I think {_the(b)} should be completely empty, nothing in it at all, it looks so much nicer that way.",
        f"{_cap(_the(b))} has to be empty for the photo I want to take, is that alright?",
    )
    return text, _done(empty(b))


def t111_dec_nonnative(w: World) -> Made:
    pair = _one(w, [(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        "nonnative",
        f"{_cap(_the(x))} must be on the table, not on {_the(y)}. Now it is on {_the(y)}, this is wrong.",
        f"{_cap(_the(x))} is on {_the(y)} but it should stand on the table by itself.",
        f"The correct place of {_the(x)} is the table, not on top of {_the(y)}.",
    )
    return text, _rel_check(Rel("on_table", x))


# ----- desiderative -----------------------------------------------------------------------------------
def t111_des_retiree(w: World) -> Made:
    xs, places = w.clear_blocks(), _free_places(w)
    if not xs or not places:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(places)
    text = _say(
        w,
        "retiree",
        f"I would dearly like {_the(x)} to sit at the {p}. That's where I'd keep my reading glasses, if this were"
        " my sideboard.",
        f"What I'd like, and I do hope I'm saying this right, is {_the(x)} at the {p}.",
        f"I'd rather like {_the(x)} moved to the {p}, if you'd be so good.",
    )
    return text, _rel_check(Rel("at", x, p))


def t111_des_student(w: World) -> Made:
    clear = w.clear_blocks()
    bottoms = [a for a in clear if _on_floor(w, a)]
    if len(clear) < 3 or not bottoms:
        return None
    a = w.rng.choice(bottoms)
    b, c = w.pick([x for x in clear if x != a], 2)
    want = Rel("stacked", a, b, c)
    if holds(want, w.state):
        return None
    text = _say(
        w,
        "student",
        f"what i really want is a little tower: {_the(a)} at the bottom, then {_the(b)}, then {_the(c)} on top.",
        f"i'd love a tower of three, bottom to top: {_the(a)}, {_the(b)}, {_the(c)}. sorry for the weird way of"
        " saying it lol.",
        f"could i get {_the(b)} on {_the(a)} and then {_the(c)} on {_the(b)}? like a tower, i want to screenshot it"
        " for the group chat.",
    )
    return text, _rel_check(want)


def t111_des_parent(w: World) -> Made:
    xs = w.clear_blocks()
    if len(xs) < 2:
        return None
    x, y = w.pick(xs, 2)
    text = _say(
        w,
        "parent",
        f"I want {_the(x)} and {_the(y)} in the bin. Both of them. My daughter says they're 'boring colours',"
        " whatever that means.",
        f"What I'd really like is {_the(x)} and {_the(y)} gone, into the bin, please.",
        f"I'd love for {_the(x)} and {_the(y)} to end up in the bin, sorry, that's all, I'm so tired.",
    )
    return text, _done(binned([x, y]))


def t111_des_labtech(w: World) -> Made:
    pair = _one(w, _into(w))
    if pair is None:
        return None
    x, b = pair
    text = _say(
        w,
        "labtech",
        f"I'd like {_the(x)} moved into {_the(b)}, please. I think. Yes, that's what she wrote.",
        f"If possible I would like to have {_the(x)} in {_the(b)}. Sorry, I'm not sure if I should say please to a"
        " robot.",
        f"What I need, um, is {_the(x)} inside {_the(b)}. Sorry, {_the(b)}, yes, I said that right.",
    )
    return text, _rel_check(Rel("in", x, b))


def t111_des_customer(w: World) -> Made:
    pairs = [
        (x, y)
        for x in w.clear_blocks()
        for y in _bases(w, x)
        if w.state.support[x] != y
    ]
    pair = _one(w, pairs)
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        "customer",
        f"I'd just love to see {_the(x)} sitting right on top of {_the(y)}! Like a little hat!",
        f"Ooh, what I want is {_the(x)} stacked on {_the(y)}, my friend said you could do that.",
        f"Could I have {_the(x)} on top of {_the(y)}? I want to take a video for my grandkids.",
    )
    return text, _rel_check(Rel("on", x, y))


def t111_des_nonnative(w: World) -> Made:
    pair = _one(w, _into(w))
    if pair is None:
        return None
    x, b = pair
    wrong = [c for c in w.bowls if c != b]
    text = _say(
        w,
        "nonnative",
        f"I wish that {_the(x)} is in {_the(b)}. Sorry, I mean I want, not I wish, my English.",
        f"I would like {_the(x)} inside of {_the(wrong[0])}... no, no, sorry, inside of {_the(b)}. {_cap(_the(b))}"
        " is correct."
        if wrong
        else "",
        f"My wish is: {_the(x)} goes into {_the(b)}.",
    )
    return text, _rel_check(Rel("in", x, b))


# ----- quantified -------------------------------------------------------------------------------------
def t111_qua_retiree(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if 2 <= len(w.state.in_bowl(b)) <= 5])
    if b is None:
        loose = w.state.on_the_table()
        if not w.in_bowls() or not 2 <= len(loose) <= 5:
            return None
        text = _say(
            w,
            "retiree",
            "Would you put all of the blocks that are out on the table into the bin? Not the ones in the bowls, just"
            " the ones lying about on the table, every last one of them.",
            "I'd like every block that isn't in a bowl put in the bin, please. I'm having a tidy-up.",
        )
        return text, _done(binned(loose))
    text = _say(
        w,
        "retiree",
        f"Would you put all of the blocks that are in {_the(b)} into the bin? Every last one of them, I'm having a"
        " tidy-up.",
        f"I'd like everything that's in {_the(b)} taken out and put in the bin, please.",
        f"All the blocks in {_the(b)}, the whole lot, into the bin, if you would.",
    )
    return text, _done(binned(w.state.in_bowl(b)))


def t111_qua_student(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = _say(
        w,
        "student",
        "ok so my task is to clear literally every block into the bin. all of them. every single one.",
        "can you put all the blocks in the bin? like the whole table, every block, sorry it's a lot.",
        "throw every block into the bin pls, the TA wants a clean table for the next group.",
    )
    return text, _done(binned(w.blocks))


def t111_qua_parent(w: World) -> Made:
    b = _one(
        w,
        [
            b
            for b in w.bowls
            if _room(w, b, 2) and len(w.blocks) - len(w.state.in_bowl(b)) >= 2
        ],
    )
    if b is None:
        return None
    n0 = len(w.state.in_bowl(b))
    if n0 == 0:
        text = _say(
            w,
            "parent",
            f"Can you put two blocks in {_the(b)}? Any two, honestly, I don't care which, it's for a counting game"
            " with my son.",
            f"Pop two of the blocks into {_the(b)}, whichever two you like.",
        )
    else:
        text = _say(
            w,
            "parent",
            f"I need exactly two more blocks in {_the(b)}. Any ones. Please. He's counting them.",
            f"Could you add two more blocks to {_the(b)}? Any two, it's for a counting game, don't ask.",
        )
    return text, _done(count_in(b, n0 + 2))


def t111_qua_labtech(w: World) -> Made:
    loose = w.state.on_the_table()
    b = _one(w, [b for b in w.bowls if _room(w, b, len(loose))])
    if b is None or len(loose) < 2:
        return None
    text = _say(
        w,
        "labtech",
        f"The note says every block that's not already in a bowl should go into {_the(b)}.",
        f"Could you please move all the blocks sitting on the table into {_the(b)}? Sorry, only the ones on the"
        " table, the ones in bowls can stay.",
        f"All the blocks that aren't in a bowl go in {_the(b)}, I think. Yes. All of them.",
    )
    return text, _rel_check(*(Rel("in", x, b) for x in loose))


def t111_qua_customer(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    b = w.rng.choice(w.bowls)
    text = _say(
        w,
        "customer",
        f"Could you put every single block into {_the(b)}? All of them together, like a little family!",
        f"I want all the blocks in {_the(b)}, every one, is that possible? Oh, I hope it is.",
        f"Put all of the blocks into {_the(b)}, please, the whole lot!",
    )
    check = _rel_check(*(Rel("in", x, b) for x in w.blocks))
    return (text, check) if _not_yet(w, check) else None


def t111_qua_nonnative(w: World) -> Made:
    tops = [x for x, _ in w.pairs()]
    if not tops:
        return None
    text = _say(
        w,
        "nonnative",
        "All the blocks which are on top of other blocks, please put them on the table. I don't like the towers.",
        "Every block that stands on another block, put it down on the table, please.",
        "Please, no more blocks on blocks: each block what is on another block, it goes to the table.",
    )
    return text, _rel_check(*(Rel("on_table", x) for x in tops))


# ----- negated ----------------------------------------------------------------------------------------
def t111_neg_retiree(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    if not 2 <= len(others) <= 5:
        return None
    text = _say(
        w,
        "retiree",
        f"Would you put all the blocks in the bin except {_the(x)}? Not {_the(x)}, I'm keeping that one, it's my"
        " favourite colour.",
        f"Everything into the bin, please, apart from {_the(x)}. Don't throw {_the(x)} away, whatever you do.",
        f"I'd like all the blocks but {_the(x)} put in the bin.",
    )
    return text, _done(both(binned(others), none_binned([x])))


def t111_neg_student(w: World) -> Made:
    x = _one(w, w.in_bowls())
    if x is None:
        return None
    b = w.state.base(x)
    text = _say(
        w,
        "student",
        f"{_the(x)} shouldn't be in {_the(b)}. idk who put it there but it's not supposed to be.",
        f"can you get {_the(x)} out of {_the(b)}? it doesn't belong in there, sorry.",
        f"so {_the(x)} is not meant to be in {_the(b)}, can you fix that? put it anywhere else, doesn't matter.",
    )
    return text, _rel_check(Rel("in", x, b, negated=True))


def t111_neg_parent(w: World) -> Made:
    pair = _one(w, _into(w))
    if pair is None:
        return None
    x, b = pair
    text = _say(
        w,
        "parent",
        f"Please don't throw {_the(x)} in the bin, my son would never forgive me, put it in {_the(b)} instead.",
        f"Not the bin, not the bin! {_cap(_the(x))} goes in {_the(b)}, sorry, I panicked.",
        f"{_cap(_the(x))} in {_the(b)}, please, and definitely not in the bin.",
    )
    return text, _rel_check(Rel("in", x, b))


def t111_neg_labtech(w: World) -> Made:
    y = _one(w, [s for _, s in w.pairs()])
    if y is None:
        b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
        if b is None:
            return None
        text = _say(
            w,
            "labtech",
            f"Could you empty {_the(b)} for me? But please don't put anything in the bin, I'm not allowed to throw"
            " things away yet.",
            f"I need {_the(b)} to have nothing in it. Um, without binning anything, please, my supervisor was very"
            " clear about that.",
        )
        return text, _done(both(empty(b), none_binned(w.blocks)))
    text = _say(
        w,
        "labtech",
        f"Could you make sure nothing is sitting on top of {_the(y)}? But please don't put anything in the bin, I'm"
        " not allowed to throw things away yet.",
        f"I need {_the(y)} to have nothing on it. Um, without binning anything, please, my supervisor was very clear"
        " about that.",
        f"Please take whatever is on {_the(y)} off it, and, sorry, nothing goes in the bin today.",
    )
    return text, _done(both(rels(Rel("clear", y)), none_binned(w.blocks)))


def t111_neg_customer(w: World) -> Made:
    pair = _one(w, w.pairs())
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        "customer",
        f"Oh dear, {_the(x)} shouldn't be sitting on {_the(y)}, can you fix that for me?",
        f"I don't want {_the(x)} on top of {_the(y)} any more, it looks so wobbly!",
        f"Could you get {_the(x)} off {_the(y)}? It's not meant to be up there.",
    )
    return text, _rel_check(Rel("on", x, y, negated=True))


def t111_neg_nonnative(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    pair = _one(w, _into(w))
    if pair is None:
        return None
    x, b = pair
    c = w.rng.choice([o for o in w.bowls if o != b])
    text = _say(
        w,
        "nonnative",
        f"Please put {_the(x)} in {_the(b)}. Not in {_the(c)}, in {_the(b)}.",
        f"{_cap(_the(x))} goes in {_the(b)}, not {_the(c)}, sorry if I say it wrong before.",
        f"I need {_the(x)} inside {_the(b)}, and not inside {_the(c)}, please.",
    )
    return text, _rel_check(Rel("in", x, b))


# ----- relative ---------------------------------------------------------------------------------------
def t111_rel_retiree(w: World) -> Made:
    pair = _one(w, [(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        "retiree",
        f"There's a block sitting on top of {_the(y)}, do you see it? Would you put that one in the bin for me.",
        f"The block that's on {_the(y)}, I'd like it in the bin, please. Not {_the(y)} itself, mind, just the one on"
        " top.",
        f"Whichever block is perched on {_the(y)}, that's the one I'd like thrown in the bin.",
    )
    return text, _done(binned([x]))


def t111_rel_student(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if b is None:
        pair = _one(w, [(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
        if pair is None:
            return None
        x, y = pair
        text = _say(
            w,
            "student",
            f"the block that's sitting on {_the(y)}, can you take it off and put it on the table?",
            f"so whatever block is on top of {_the(y)} rn, put it down on the table pls.",
        )
        return text, _rel_check(Rel("on_table", x))
    (x,) = w.state.in_bowl(b)
    text = _say(
        w,
        "student",
        f"the block that's in {_the(b)}, can you take it out and put it on the table?",
        f"so whatever block is sitting in {_the(b)} rn, put it on the table pls.",
        f"take the block from {_the(b)} and set it on the table, there's only one in there i think.",
    )
    return text, _rel_check(Rel("on_table", x))


def t111_rel_parent(w: World) -> Made:
    pair, places = _one(w, w.pairs()), _free_places(w)
    if pair is None or not places:
        return None
    x, y = pair
    p = w.rng.choice(places)
    text = _say(
        w,
        "parent",
        f"The block that {_the(x)} is sitting on, could you move that one to the {p}? Not {_the(x)}, the one under"
        " it.",
        f"Move the block under {_the(x)} to the {p}, please, sorry, it's for a game we're playing.",
        f"Whatever block is holding up {_the(x)}, that one goes to the {p}.",
    )
    return text, _rel_check(Rel("at", y, p))


def t111_rel_labtech(w: World) -> Made:
    cands = [
        (x, y, w.state.base(x))
        for x in w.in_bowls()
        for y in w.clear_blocks()
        if w.state.base(y) != w.state.base(x) and _room(w, w.state.base(x))
    ]
    trio = _one(w, cands)
    if trio is None:
        return None
    x, y, b = trio
    text = _say(
        w,
        "labtech",
        f"The bowl that has {_the(x)} in it, please put {_the(y)} in that one too.",
        f"Could you put {_the(y)} into the same bowl that {_the(x)} is in? Sorry if that's a strange way to say it.",
        f"{_cap(_the(y))} should go in whichever bowl {_the(x)} is sitting in, that's what the note says.",
    )
    return text, _rel_check(Rel("in", y, b), Rel("in", x, b))


def t111_rel_customer(w: World) -> Made:
    bowl_of = {w.colour(b): b for b in w.bowls}
    x = _one(w, [x for x in w.blocks if w.colour(x) in bowl_of])
    if x is None:
        return None
    b = bowl_of[w.colour(x)]
    text = _say(
        w,
        "customer",
        f"The block that's the same colour as {_the(b)}, could you pop it in the bin? It clashes with my outfit"
        " today!",
        f"You see the block that matches {_the(b)}? Same colour? Into the bin with it, please!",
        f"Whichever block is the same colour as {_the(b)}, I'd like that in the bin.",
    )
    return text, _done(binned([x]))


def t111_rel_nonnative(w: World) -> Made:
    st = w.state
    ys = sorted(w.blocks, key=w.y)
    if len(ys) < 2:
        return None
    x = ys[0]
    if w.y(ys[1]) - w.y(x) < 0.05 or not st.is_clear(x) or st.support[x] in st.support:
        return None
    b = _one(w, [b for b in w.bowls if st.base(x) != b and _room(w, b)])
    if b is None:
        return None
    text = _say(
        w,
        "nonnative",
        f"The block most on the left side, please put it in {_the(b)}.",
        f"Please take the block which is the most left and put it inside {_the(b)}.",
        f"The leftmost block, it must go in {_the(b)}, please.",
    )
    return text, _rel_check(Rel("in", x, b))


# ----- keep -------------------------------------------------------------------------------------------
def t111_keep_retiree(w: World) -> Made:
    pair = _one(w, _into(w))
    if pair is None:
        return None
    x, b = pair
    y = _one(w, [y for y in w.blocks if y != x])
    if y is None:
        return None
    text = _say(
        w,
        "retiree",
        f"Would you put {_the(x)} in {_the(b)}, but leave {_the(y)} exactly where it is, please. Don't touch"
        f" {_the(y)}, it's just right.",
        f"I'd like {_the(x)} in {_the(b)}. And {_the(y)} stays put, if you'd be so kind.",
        f"Move {_the(x)} into {_the(b)}, and mind you leave {_the(y)} alone.",
    )
    return text, _done(both(rels(Rel("in", x, b)), kept(y)))


def t111_keep_student(w: World) -> Made:
    pairs = [
        (x, y)
        for x in w.clear_blocks()
        for y in _bases(w, x)
        if w.state.support[x] != y
    ]
    pair = _one(w, pairs)
    if pair is None:
        return None
    x, y = pair
    z = _one(w, [z for z in w.blocks if z not in (x, y)])
    if z is None:
        return None
    text = _say(
        w,
        "student",
        f"put {_the(x)} on {_the(y)} but don't move {_the(z)}, it has to stay exactly where it is for my photo.",
        f"can you stack {_the(x)} onto {_the(y)}? and keep {_the(z)} where it is pls, don't touch it.",
        f"ok so {_the(x)} on top of {_the(y)}, and {_the(z)} stays put. that's the assignment.",
    )
    return text, _done(both(rels(Rel("on", x, y)), kept(z)))


def t111_keep_parent(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    if b is None:
        return None
    z = _one(w, [z for z in w.blocks if w.state.base(z) != b])
    if z is None:
        return None
    text = _say(
        w,
        "parent",
        f"Can you empty {_the(b)}? But leave {_the(z)} where it is, my son will scream if it moves.",
        f"Everything out of {_the(b)}, please, and don't touch {_the(z)}.",
        f"I need {_the(b)} emptied, but {_the(z)} stays exactly where it is, sorry, house rules.",
    )
    return text, _done(both(empty(b), kept(z)))


def t111_keep_labtech(w: World) -> Made:
    pair = _one(w, [(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        "labtech",
        f"Could you put {_the(x)} in the bin, please? But {_the(y)} underneath it has to stay exactly where it is,"
        " it's part of the setup.",
        f"I need {_the(x)} in the bin, but please keep {_the(y)} where it is, don't move it at all.",
        f"Um, bin {_the(x)}, please, but leave {_the(y)} right where it is. Sorry, I'm just reading the note.",
    )
    return text, _done(both(binned([x]), kept(y)))


def t111_keep_customer(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if w.state.in_bowl(b)])
    places = _free_places(w)
    if b is None or not places:
        return None
    x = _one(w, [x for x in w.clear_blocks() if w.state.base(x) != b])
    if x is None:
        return None
    p = w.rng.choice(places)
    text = _say(
        w,
        "customer",
        f"Could you move {_the(x)} to the {p}? Oh, and don't touch anything in {_the(b)}, it's all just perfect as"
        " it is!",
        f"Pop {_the(x)} over at the {p}, please, but leave whatever's in {_the(b)} right where it is.",
        f"I'd like {_the(x)} at the {p}, and everything in {_the(b)} should stay exactly where it is.",
    )
    return text, _done(both(rels(Rel("at", x, p)), kept(*w.state.in_bowl(b))))


def t111_keep_nonnative(w: World) -> Made:
    st = w.state
    x = _one(w, [x for x in w.blocks if st.support[x] not in st.support])
    if x is None:
        return None
    others = [b for b in w.blocks if b != x]
    if not 2 <= len(others) <= 5:
        return None
    text = _say(
        w,
        "nonnative",
        f"Please put all blocks in the bin, only {_the(x)} not. {_cap(_the(x))} stays in its place.",
        f"All the blocks go to the bin, but {_the(x)} you leave where it is.",
        f"Every block into the bin please, except {_the(x)}, this one must stay where it is now.",
    )
    return text, _done(both(binned(others), kept(x)))


# ----- multi-step -------------------------------------------------------------------------------------
def t111_multi_retiree(w: World) -> Made:
    cands = [(x, y, b) for x in w.clear_blocks() for y, b in _into(w) if y != x]
    trio = _one(w, cands)
    if trio is None:
        return None
    x, y, b = trio
    text = _say(
        w,
        "retiree",
        f"First, would you put {_the(x)} in the bin, and then after that put {_the(y)} in {_the(b)}.",
        f"Two things, dear: {_the(x)} into the bin, then {_the(y)} into {_the(b)}. I wrote them down so I wouldn't"
        " forget.",
        f"Put {_the(x)} in the bin. Then, when you've done that, {_the(y)} goes in {_the(b)}.",
    )
    return text, _done(both(binned([x]), rels(Rel("in", y, b))))


def t111_multi_student(w: World) -> Made:
    pairs = [
        (x, y)
        for x in w.clear_blocks()
        for y in _bases(w, x)
        if w.state.support[x] != y
    ]
    pair, places = _one(w, pairs), _free_places(w)
    if pair is None or not places:
        return None
    x, y = pair
    z = _one(w, [z for z in w.clear_blocks() if z not in (x, y)])
    if z is None:
        return None
    p = w.rng.choice(places)
    text = _say(
        w,
        "student",
        f"first stack {_the(x)} on {_the(y)}, then move {_the(z)} to the {p}. two steps, my TA said you can do two.",
        f"can you put {_the(x)} on top of {_the(y)} and after that put {_the(z)} at the {p}?",
        f"ok step one {_the(x)} onto {_the(y)}, step two {_the(z)} to the {p}, done.",
    )
    return text, _rel_check(Rel("on", x, y), Rel("at", z, p))


def t111_multi_parent(w: World) -> Made:
    cands = [
        (x, y)
        for x in w.in_bowls()
        for y in w.clear_blocks()
        if w.state.is_clear(x) and w.state.base(y) != w.state.base(x)
    ]
    pair = _one(w, cands)
    if pair is None:
        return None
    x, y = pair
    b = w.state.base(x)
    text = _say(
        w,
        "parent",
        f"Take {_the(x)} out of {_the(b)} and put it on the table, then put {_the(y)} in {_the(b)} instead.",
        f"Swap them round for me? {_cap(_the(x))} comes out of {_the(b)} onto the table, and {_the(y)} goes into"
        f" {_the(b)}.",
        f"First {_the(x)} out of {_the(b)}, on the table please, then {_the(y)} into {_the(b)}. Sorry, my son's"
        " rules.",
    )
    return text, _rel_check(Rel("on_table", x), Rel("in", y, b))


def t111_multi_labtech(w: World) -> Made:
    xs, places = w.clear_blocks(), _free_places(w)
    if len(xs) < 2 or len(places) < 2:
        return None
    x, y = w.pick(xs, 2)
    p, q = w.pick(places, 2)
    text = _say(
        w,
        "labtech",
        f"The note says: {_the(x)} to the {p}, and then {_the(y)} to the {q}. I hope that's clear.",
        f"Could you move {_the(x)} to the {p} and then {_the(y)} to the {q}? Sorry, two things.",
        f"First {_the(x)} goes to the {p}, after that {_the(y)} goes to the {q}.",
    )
    return text, _rel_check(Rel("at", x, p), Rel("at", y, q))


def t111_multi_customer(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if 1 <= len(w.state.in_bowl(b)) <= 5])
    if b is None:
        return None
    x = _one(w, [x for x in w.clear_blocks() if w.state.base(x) != b])
    if x is None:
        return None
    inside = w.state.in_bowl(b)
    text = _say(
        w,
        "customer",
        f"Could you put everything that's in {_the(b)} into the bin, and then put {_the(x)} in {_the(b)}? Out with"
        " the old, in with the new!",
        f"First put all the blocks from {_the(b)} in the bin, then pop {_the(x)} into {_the(b)}.",
        f"I'd like {_the(b)} emptied into the bin, and after that {_the(x)} put inside it.",
    )
    return text, _done(both(binned(inside), rels(Rel("in", x, b))))


def t111_multi_nonnative(w: World) -> Made:
    x = _one(w, [x for x in w.clear_blocks() if not _on_floor(w, x)])
    if x is None:
        return None
    y = _one(w, [y for y in w.clear_blocks() if y != x])
    if y is None:
        return None
    text = _say(
        w,
        "nonnative",
        f"First put {_the(x)} on the table, after this put {_the(y)} on top of {_the(x)}.",
        f"Please two things: {_the(x)} to the table, and then {_the(y)} on {_the(x)}.",
        f"{_cap(_the(x))} must go on the table first, then {_the(y)} goes on top of {_the(x)}.",
    )
    return text, _rel_check(Rel("on_table", x), Rel("on", y, x))


# ----- questions --------------------------------------------------------------------------------------
def t111_q_retiree(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(b))
    text = _say(
        w,
        "retiree",
        f"Could you tell me how many blocks there are in {_the(b)}? My eyes aren't what they used to be.",
        f"How many blocks are sitting in {_the(b)}, dear? I keep losing count.",
        f"I was just wondering, how many blocks are in {_the(b)} at the moment?",
    )
    return text, answered(str(n))


def t111_q_student(w: World) -> Made:
    st = w.state
    if w.rng.random() < 0.5:
        pair = _one(w, w.pairs())
        flag = True
    else:
        pair = _one(
            w,
            [
                (x, y)
                for x in w.blocks
                for y in w.blocks
                if x != y
                and y not in st.above(x)
                and x not in st.above(y)
                and st.support[x] != y
                and st.support[y] != x
                and y not in _below(w, x)
                and x not in _below(w, y)
            ],
        )
        flag = False
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        "student",
        f"quick q, is {_the(x)} on top of {_the(y)}? i'm filling in a worksheet.",
        f"is {_the(x)} sitting on {_the(y)} right now? sorry if that's obvious, i can't see the camera feed.",
        f"random question but is {_the(x)} stacked on {_the(y)}?",
    )
    return text, answered(yes(flag))


def _below(w: World, block: str) -> list[str]:
    out, s = [], w.state.support[block]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def t111_q_parent(w: World) -> Made:
    pair = _one(w, [(x, y) for x, y in w.pairs() if w.state.is_clear(x)])
    if pair is None:
        return None
    x, y = pair
    text = _say(
        w,
        "parent",
        f"Which block is on top of {_the(y)}? My son wants to know and he won't stop asking.",
        f"What's sitting on {_the(y)}? Sorry, I can't see from here, I'm in the kitchen.",
        f"Can you tell me which block is on {_the(y)}?",
    )
    return text, answered(x)


def t111_q_labtech(w: World) -> Made:
    b = w.rng.choice(w.bowls)
    flag = not w.state.in_bowl(b)
    text = _say(
        w,
        "labtech",
        f"Is {_the(b)} empty? I'm supposed to check before the run and I don't want to get it wrong.",
        f"Sorry, quick check before I log it: is {_the(b)} empty?",
        f"Could you tell me, is {_the(b)} empty right now?",
    )
    return text, answered(yes(flag))


def t111_q_customer(w: World) -> Made:
    b = _one(w, [b for b in w.bowls if len(w.state.in_bowl(b)) == 1])
    if b is None:
        pair = _one(w, w.pairs())
        if pair is None:
            return None
        x, y = pair
        text = _say(
            w,
            "customer",
            f"Which block is underneath {_the(x)}? I can't quite see from where I'm standing!",
            f"Ooh, what's that under {_the(x)}? Which block is it sitting on?",
        )
        return text, answered(y)
    (x,) = w.state.in_bowl(b)
    text = _say(
        w,
        "customer",
        f"Which block is in {_the(b)}? I can't quite see from where I'm standing!",
        f"Ooh, what's that in {_the(b)}? Which block is it?",
        f"Tell me, which block is sitting in {_the(b)}?",
    )
    return text, answered(x)


def t111_q_nonnative(w: World) -> Made:
    n = len(w.state.on_the_table())
    text = _say(
        w,
        "nonnative",
        "How many blocks are on the table and not in a bowl?",
        "Please tell me the number of blocks which are not inside any bowl.",
        "How much blocks are not in the bowls? Sorry, how many, I mean.",
    )
    return text, answered(str(n))


# ----- matching ---------------------------------------------------------------------------------------
def t111_match_retiree(w: World) -> Made:
    want = _matched(w)
    if want is None:
        return None
    text = _say(
        w,
        "retiree",
        "Would you put each block into the bowl of the same colour? Like with like, as my mother used to say.",
        "I'd like the blocks sorted into the bowls that match their colours, please, the ones that have a matching"
        " bowl anyway.",
        "Could you match the blocks up with the bowls of their own colour? Just like sorting socks.",
    )
    return text, _rel_check(*want)


def t111_match_student(w: World) -> Made:
    want = _matched(w)
    if want is None:
        return None
    text = _say(
        w,
        "student",
        "can you sort the blocks by colour into the matching bowls? the ones that don't have a bowl can stay"
        " wherever.",
        "put every block in the bowl with the same colour as it, if there is one. that's the lab task.",
        "colour matching time: each block goes in its same-colour bowl, if it has one lol.",
    )
    return text, _rel_check(*want)


def t111_match_parent(w: World) -> Made:
    want = _matched(w)
    if want is None:
        return None
    text = _say(
        w,
        "parent",
        "Could you put the blocks in the bowls that are the same colour as them? It's meant to be teaching my"
        " daughter her colours.",
        "Colour sorting, please: every block that has a bowl of its own colour goes in that bowl.",
        "Match them up for me, blocks into the same-coloured bowls. She's three, she loves this.",
    )
    return text, _rel_check(*want)


def t111_match_labtech(w: World) -> Made:
    want = _matched(w)
    if want is None:
        return None
    r = w.rng.choice([r for r in want if not holds(r, w.state)])
    x = r.block
    text = _say(
        w,
        "labtech",
        f"Could you put {_the(x)} in the bowl that matches its colour?",
        f"The note says {_the(x)} goes into the bowl of the same colour. I assume that means the matching one.",
        f"Please put {_the(x)} into its matching bowl, I mean the bowl that's the same colour as it.",
    )
    return text, _rel_check(r)


def t111_match_customer(w: World) -> Made:
    want = _matched(w)
    if want is None:
        return None
    text = _say(
        w,
        "customer",
        "Oh, could you put each block in the bowl that's the same colour? Like a little colour party!",
        "I'd love the blocks put into their matching coloured bowls, wherever there's a match!",
        "Can you sort the blocks so each one sits in the bowl of its own colour? How clever!",
    )
    return text, _rel_check(*want)


def t111_match_nonnative(w: World) -> Made:
    want = _matched(w)
    if want is None:
        return None
    st = w.state
    moving = [r.block for r in want if not holds(r, st)]
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if any(b in st.above(m) for m in moving for b in rest):
        return None
    text = _say(
        w,
        "nonnative",
        "Please put every block in the bowl of the same colour. The blocks with no bowl of their colour, they stay"
        " where they are.",
        "Each block goes to the bowl with its colour; other blocks, please don't move them.",
        "Please sort: block in bowl of the same colour. If a block has no bowl in its colour, leave it where it is.",
    )
    return text, _done(both(rels(*want), kept(*rest)))


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
_STYLES = ("retiree", "student", "parent", "labtech", "customer", "nonnative")
FRESH111: list[Template] = [
    (f"t111_{short}_{style}", category, globals()[f"t111_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
