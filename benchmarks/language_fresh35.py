"""`FRESH35`, the thirty-sixth untuned batch: sixty language templates, six per category, for longer messages
of ordinary users (two to four sentences, as typed into a robot chat window). It was written by a tester who had
not read the planner, its tests, the lexicon or any other batch of templates.

Each category has one template in each of six styles: (1) a greeting, the request and a thank-you; (2) a short
routine told as a paragraph with "first", "after that", "finally"; (3) a request and a later sentence that adds an
exception or a condition; (4) a list with asterisks, dashes or numbers on separate lines under a heading; (5) each
step followed by its reason; (6) a complaint about what is wrong with the scene, then the fix.

Its first run, before any fix it prompted (300 instructions, seed 0; on 27c2454): goal correct 0.467 (140 of 300); 36
templates missed, 3 of them with a wrong action or reply (8 instructions): 'Put all the blocks in the bin. Except the
ones in bowls, those are fine where they are.' planned to take blocks back out of the bin; 'There's a wrong block in
W. Take X out and put it on the table, and then put Y in there instead.' did only the first step; a count followed by
'Don't count the ones in the bowls.' counted them. The other misses were clear refusals or questions.
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

CAP = layout.BOWL_CAPACITY


# ----- helpers --------------------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[b]
    while s in w.state.support and s not in out:
        out.append(s)
        s = w.state.support[s]
    return out


def _stackable(w: World, b: str) -> bool:
    """Another block may go on top of `b`: its tower stands on the table and is not at full height."""
    return w.state.base(b) == TABLE and len(_below(w, b)) + 2 <= layout.MAX_TOWER


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    new = [b for b in adding if w.state.base(b) != bowl]
    return len(w.state.in_bowl(bowl)) + len(new) <= CAP


def _tableish(s: str) -> bool:
    return s == TABLE or s in PLACES


def _place(w: World) -> tuple[str, str]:
    """A named place and how a person would say it."""
    p = w.rng.choice(list(PLACES))
    if p == "middle":
        return p, w.rng.choice(["the middle", "the middle of the table"])
    return p, "the " + p


def _one(w: World, *options: str) -> str:
    return w.rng.choice(list(options))


def _false_now(w: World, check: Check) -> bool:
    return not check(w.state, w.state)


def _made(w: World, text: str, check: Check) -> Made:
    return (text, check) if _false_now(w, check) else None


def _hi(w: World) -> str:
    return _one(w, "Hi there!", "Hey robot!", "Hello :)", "Good morning!", "Hiya,", "Hey!")


def _thanks(w: World) -> str:
    return _one(w, "Thanks so much!", "Thank you!", "Cheers, appreciate it.", "thx!", "Thanks a bunch :)",
                "Thank you, you're a star.")


def _not_on_block(f: SymState, b: str) -> bool:
    return f.support[b] not in f.support


# ----- imperative -----------------------------------------------------------------------------------
def p35_imp_greet(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in w.blocks if w.state.base(b) != bowl]
    if not cands or not _room(w, bowl, cands[:1]):
        return None
    b = w.rng.choice(cands)
    ask = _one(w, f"Please put the {_c(w, b)} block in the {_c(w, bowl)} bowl.",
               f"Can you grab the {_c(w, b)} block and drop it into the {_c(w, bowl)} bowl?",
               f"Could you pop the {_c(w, b)} cube in the {_c(w, bowl)} bowl for me?")
    return _made(w, f"{_hi(w)} {ask} {_thanks(w)}", rels(Rel("in", b, bowl)))


def p35_imp_routine(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b, c, d = w.pick(w.blocks, 4)
    if not _stackable(w, b) or not w.state.is_clear(c) or not w.state.is_clear(d) or c in _below(w, b):
        return None
    p, ps = _place(w)
    text = (f"Let's tidy up a bit. First, put the {_c(w, a)} block on top of the {_c(w, b)} block. "
            f"After that, move the {_c(w, c)} block to {ps}. Finally, "
            + _one(w, f"throw the {_c(w, d)} block in the bin.", f"the {_c(w, d)} one goes in the bin."))
    return _made(w, text, rels(Rel("on", a, b), Rel("at", c, p), Rel("in_bin", d)))


def p35_imp_except(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != x]
    text = _one(w, f"Put all the blocks in the bin. Not the {_c(w, x)} one though, keep that.",
                f"Everything goes in the bin please. Well, not the {_c(w, x)} block, I want to keep that one.",
                f"Chuck all the blocks into the bin. Actually wait, leave the {_c(w, x)} one out of it.")
    return _made(w, text, both(binned(others), none_binned([x])))


def p35_imp_list(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b, c, d = w.pick(w.blocks, 4)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(a) == bowl or not _room(w, bowl, [a]) or not _stackable(w, c) or not w.state.is_clear(d):
        return None
    p, ps = _place(w)
    head = _one(w, "To do:", "Quick list for you:", "Tasks:")
    mark = _one(w, "* ", "- ")
    text = (f"{head}\n{mark}put the {_c(w, a)} block in the {_c(w, bowl)} bowl\n"
            f"{mark}stack the {_c(w, b)} block on the {_c(w, c)} block\n{mark}move the {_c(w, d)} block to {ps}")
    return _made(w, text, rels(Rel("in", a, bowl), Rel("on", b, c), Rel("at", d, p)))


def p35_imp_reason(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    zs = [b for b in w.blocks if w.state.support[b] != TABLE]
    if not zs:
        return None
    z = w.rng.choice(zs)
    xs = [b for b in w.blocks if b != z and w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    if not _room(w, bowl, [x]):
        return None
    first = (f"Put the {_c(w, x)} block in the {_c(w, bowl)} bowl, "
             + _one(w, "I need it there for the photo.", "that's where it lives.", "my kid wants it there."))
    if w.state.support[z] in w.state.support:
        then = f"Then set the {_c(w, z)} block down on the table, it looks like it's about to fall."
    else:
        then = f"Then take the {_c(w, z)} block out of its bowl and put it on the table, it shouldn't be in there."
    return _made(w, f"{first} {then}", rels(Rel("in", x, bowl), Rel("on_table", z)))


def p35_imp_problem(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    start = _one(w, f"Ugh, the {_c(w, top)} block is sitting on the {_c(w, below)} block and it's in the way.",
                 f"Ugh, somebody stacked the {_c(w, top)} block on top of the {_c(w, below)} one.")
    fix = _one(w, "Take it off and put it on the table.", "Can you take it down and set it on the table?")
    return _made(w, f"{start} {fix}", rels(Rel("on_table", top)))


# ----- declarative ----------------------------------------------------------------------------------
def p35_dec_greet(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    p, ps = _place(w)
    say = _one(w, f"The {_c(w, x)} block belongs in {ps}, not where it is now.",
               f"The {_c(w, x)} block goes in {ps}.")
    return _made(w, f"{_hi(w)} {say} {_thanks(w)}", rels(Rel("at", x, p)))


def p35_dec_routine(w: World) -> Made:
    as_ = [b for b in w.blocks if w.state.support[b] != TABLE]
    if not as_:
        return None
    a = w.rng.choice(as_)
    rest = [b for b in w.blocks if b != a]
    b = w.rng.choice(rest)
    cs = [c for c in rest if c != b and w.state.is_clear(c)]
    bowl = w.rng.choice(w.bowls)
    cs = [c for c in cs if w.state.base(c) != bowl]
    if not cs:
        return None
    c = w.rng.choice(cs)
    if not _room(w, bowl, [c]):
        return None
    text = (f"Here's the plan: first the {_c(w, a)} block goes on the table, after that the {_c(w, b)} block goes "
            f"on top of it, and finally the {_c(w, c)} block ends up in the {_c(w, bowl)} bowl.")
    return _made(w, text, rels(Rel("on_table", a), Rel("on", b, a), Rel("in", c, bowl)))


def p35_dec_except(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(w.blocks)
    if w.state.support[x] in w.state.support:
        return None
    others = [b for b in w.blocks if b != x]
    final = len(others) + (1 if w.state.base(x) == bowl else 0)
    if final > CAP:
        return None
    text = (f"All the blocks belong in the {_c(w, bowl)} bowl. "
            + _one(w, f"Well, except the {_c(w, x)} one, that one stays where it is.",
                   f"Apart from the {_c(w, x)} block, that one doesn't move."))
    return _made(w, text, both(rels(*(Rel("in", b, bowl) for b in others)), kept(x)))


def p35_dec_list(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(a) == bowl or not _room(w, bowl, [a]):
        return None
    p, ps = _place(w)
    head = _one(w, "End result I'm after:", "How the table should look when you're done:", "Target:")
    text = (f"{head}\n- {_c(w, a)} block: in the {_c(w, bowl)} bowl\n- {_c(w, b)} block: {ps}\n"
            f"- {_c(w, c)} block: in the bin")
    return _made(w, text, rels(Rel("in", a, bowl), Rel("at", b, p), Rel("in_bin", c)))


def p35_dec_reason(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    if not _stackable(w, b) or c in _below(w, b):
        return None
    text = (f"The {_c(w, a)} block needs to be on top of the {_c(w, b)} block, that's how my kid built it "
            f"yesterday. And the {_c(w, c)} block belongs in the bin, "
            + _one(w, "it's chipped.", "one of its corners is broken.", "we're not using it anymore."))
    return _made(w, text, rels(Rel("on", a, b), Rel("in_bin", c)))


def p35_dec_problem(w: World) -> Made:
    xs = w.in_bowls()
    if not xs or len(w.bowls) < 2:
        return None
    x = w.rng.choice(xs)
    now = w.state.base(x)
    other = w.rng.choice([o for o in w.bowls if o != now])
    if not _room(w, other, [x]):
        return None
    text = (_one(w, "Something's off here.", "Hmm, that's not right.", "Wait, this is wrong.")
            + f" The {_c(w, x)} block is in the {_c(w, now)} bowl, but it belongs in the {_c(w, other)} one.")
    return _made(w, text, rels(Rel("in", x, other)))


# ----- desiderative ---------------------------------------------------------------------------------
def p35_des_greet(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    p, ps = _place(w)
    want = _one(w, f"I'd like the {_c(w, x)} block over in {ps}, please.",
                f"I want the {_c(w, x)} cube moved to {ps} if you don't mind.")
    return _made(w, f"{_hi(w)} {want} {_thanks(w)}", rels(Rel("at", x, p)))


def p35_des_routine(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(x) == bowl or not _room(w, bowl, [x]):
        return None
    p, ps = _place(w)
    text = (f"I'd love a little cleanup. First I want the {_c(w, x)} block off the {_c(w, y)} block. After that "
            f"I'd like it in the {_c(w, bowl)} bowl, and finally I want the {_c(w, y)} block in {ps}.")
    return _made(w, text, rels(Rel("in", x, bowl), Rel("at", y, p)))


def p35_des_except(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    others = [b for b in w.blocks if b not in (x, y)]
    text = ("I want every block in the bin. "
            + _one(w, f"Actually hang on, I need the {_c(w, x)} and {_c(w, y)} ones, so leave those two out.",
                   f"Oh wait, except the {_c(w, x)} and the {_c(w, y)}, I'd like to keep those."))
    return _made(w, text, both(binned(others), none_binned([x, y])))


def p35_des_list(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    bowl = w.rng.choice(w.bowls)
    if not _stackable(w, b) or w.state.base(c) == bowl or not _room(w, bowl, [c]) or c in _below(w, b):
        return None
    text = (f"{_one(w, 'My wishlist:', 'What I would like:', 'Wishes:')}\n1) the {_c(w, a)} block on top of the "
            f"{_c(w, b)} block\n2) the {_c(w, c)} block in the {_c(w, bowl)} bowl\n3) nothing in the bin")
    return _made(w, text, both(rels(Rel("on", a, b), Rel("in", c, bowl)), none_binned(w.blocks)))


def p35_des_reason(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    if not _stackable(w, z) or x in _below(w, z):
        return None
    p, ps = _place(w)
    text = (f"I'd like the {_c(w, x)} block moved to {ps}, that's where I can reach it. And I want the "
            f"{_c(w, y)} block on top of the {_c(w, z)} block, so it looks like a little tower.")
    return _made(w, text, rels(Rel("at", x, p), Rel("on", y, z)))


def p35_des_problem(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = (f"Hmm, the {_c(w, bowl)} bowl is a mess, there's stuff in it. I'd like it empty, please. "
            + _one(w, "Just put whatever's in it on the table.", "Everything in there can go on the table."))

    def check(_i: SymState, f: SymState) -> bool:
        return all(_tableish(f.base(b)) for b in inside)

    return _made(w, text, both(empty(bowl), check))


# ----- quantified -----------------------------------------------------------------------------------
_NUM = {1: "one", 2: "two", 3: "three", 4: "four"}


def p35_qua_greet(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n0 = len(w.state.in_bowl(bowl))
    k = w.rng.choice([2, 3])
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if n0 + k > CAP or len(outside) < k:
        return None
    if n0 == 0:
        ask = f"Could you put {_NUM[k]} blocks in the {_c(w, bowl)} bowl? Any {_NUM[k]} is fine."
    else:
        ask = f"Could you add {_NUM[k]} more blocks to the {_c(w, bowl)} bowl? Doesn't matter which ones."
    return _made(w, f"{_hi(w)} {ask} {_thanks(w)}", count_in(bowl, n0 + k))


def p35_qua_routine(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    bowl = w.rng.choice(w.bowls)
    k = w.rng.choice([2, 3])
    if w.in_bowls():
        start = "First, take all the blocks out of the bowls."
    elif w.pairs():
        start = "First, unstack everything so it's all flat on the table."
    else:
        start = "First, line all the blocks up along the table."
    text = (f"{start} After that, put {_NUM[k]} of them in the {_c(w, bowl)} bowl. "
            + _one(w, "Finally, the rest go in the bin.", "Finally, bin whatever is left over."))

    def check(_i: SymState, f: SymState) -> bool:
        return len(f.in_bowl(bowl)) == k and all(f.base(b) in (bowl, BIN) for b in f.blocks)

    return _made(w, text, check)


def p35_qua_except(w: World) -> Made:
    inside = w.in_bowls()
    loose = [b for b in w.blocks if b not in inside]
    if not inside or not loose:
        return None
    text = "Put all the blocks in the bin. " + _one(
        w, "Except the ones in bowls, those are fine where they are.",
        "Oh, but if a block is already in a bowl, leave it there.")
    return _made(w, text, both(binned(loose), kept(*inside)))


def p35_qua_list(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    k = w.rng.choice([1, 2, 2, 3])
    if len(w.blocks) < k + 1:
        return None
    head = _one(w, "Sorting plan:", "Here's the deal:", "Cleanup, short version:")
    text = (f"{head}\n* {k} block{'s' if k > 1 else ''} in the {_c(w, bowl)} bowl (any)\n"
            "* everything else into the bin")

    def check(_i: SymState, f: SymState) -> bool:
        return len(f.in_bowl(bowl)) == k and all(f.base(b) in (bowl, BIN) for b in f.blocks)

    return _made(w, text, check)


def p35_qua_reason(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    k = w.rng.choice([2, 3])
    if len(w.blocks) < k + 1 or len(w.state.in_bowl(bowl)) == k:
        return None
    text = (f"Put {_NUM[k]} blocks in the {_c(w, bowl)} bowl, I'm testing if it holds them. Then put the rest on "
            "the table, " + _one(w, "they need to be visible.", "I want to count them on the camera."))

    def check(_i: SymState, f: SymState) -> bool:
        rest = [b for b in f.blocks if f.base(b) != bowl]
        return len(f.in_bowl(bowl)) == k and all(_tableish(f.support[b]) for b in rest)

    return _made(w, text, check)


def p35_qua_problem(w: World) -> Made:
    if not w.pairs():
        return None
    text = (_one(w, "Ugh, whoever was here last left blocks stacked on each other.",
                 "Ugh, there are little towers all over the table.")
            + " Unstack all of them, I don't want any block sitting on another one.")

    def check(_i: SymState, f: SymState) -> bool:
        return all(_not_on_block(f, b) for b in f.blocks)

    return _made(w, text, both(check, none_binned(w.blocks)))


# ----- negated --------------------------------------------------------------------------------------
def p35_neg_greet(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(w.blocks)
    if w.state.base(x) in w.bowls and w.state.base(x) != bowl:
        return None
    if not any(_room(w, o, [x]) for o in w.bowls if o != bowl):
        return None
    ask = _one(w, f"Put the {_c(w, x)} block in a bowl, but not the {_c(w, bowl)} bowl.",
               f"Can you put the {_c(w, x)} block into one of the bowls? Just not the {_c(w, bowl)} one.")

    def check(_i: SymState, f: SymState) -> bool:
        return f.base(x) in f.bowls and f.base(x) != bowl

    return _made(w, f"{_hi(w)} {ask} {_thanks(w)}", check)


def p35_neg_routine(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(y) == bowl or not _room(w, bowl, [y]):
        return None
    others = [b for b in w.blocks if b not in (x, y)]
    text = (f"First, take the {_c(w, x)} block off the {_c(w, y)} block, but don't put it in the bin. After "
            f"that, put the {_c(w, y)} block in the {_c(w, bowl)} bowl. Finally, "
            + _one(w, "don't move anything else.", "leave everything else alone, please."))

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[x] != y and f.base(x) != BIN

    return _made(w, text, both(check, rels(Rel("in", y, bowl)), kept(*others)))


def p35_neg_except(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(b) == bowl or not _room(w, bowl, [a, c]):
        return None
    text = (f"Put the {_c(w, a)}, {_c(w, b)} and {_c(w, c)} blocks in the {_c(w, bowl)} bowl. "
            + _one(w, f"Wait, not the {_c(w, b)} block, it doesn't go with the others.",
                   f"Hmm, actually, no {_c(w, b)} in there, it clashes."))
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", c, bowl), Rel("in", b, bowl, negated=True)))


def p35_neg_list(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    zs = [b for b in w.blocks if w.state.support[b] != TABLE]
    if not zs:
        return None
    z = w.rng.choice(zs)
    x = w.rng.choice([b for b in w.blocks if b != z])
    text = (f"{_one(w, 'Rules for this round:', 'Ok listen up:', 'Instructions:')}\n"
            f"- the {_c(w, x)} block goes in the bin\n- do NOT put anything in the {_c(w, bowl)} bowl\n"
            f"- the {_c(w, z)} block ends up on the table")

    def check(i: SymState, f: SymState) -> bool:
        return set(f.in_bowl(bowl)) <= set(i.in_bowl(bowl))

    return _made(w, text, both(rels(Rel("in_bin", x), Rel("on_table", z)), check))


def p35_neg_reason(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs or not _room(w, bowl, xs[:1]):
        return None
    x = w.rng.choice(xs)
    text = (f"Don't put the {_c(w, x)} block in the bin, my daughter still plays with it. Put it in the "
            f"{_c(w, bowl)} bowl instead, " + _one(w, "she keeps her favourites there.", "that's her bowl."))
    return _made(w, text, both(rels(Rel("in", x, bowl)), none_binned([x])))


def p35_neg_problem(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = (f"The {_c(w, x)} block is stacked on the {_c(w, y)} block, which is wrong. "
            + _one(w, "Get it off, and don't put it on any other block either.",
                   "Take it down, and please don't just stick it on top of a different block."))
    return _made(w, text, both(lambda _i, f: _not_on_block(f, x), none_binned([x])))


# ----- relative -------------------------------------------------------------------------------------
def p35_rel_greet(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(top) == bowl or not _room(w, bowl, [top]):
        return None
    ask = _one(w, f"Could you put the block that's sitting on the {_c(w, below)} block into the "
                  f"{_c(w, bowl)} bowl?",
               f"Please move the block which is on top of the {_c(w, below)} one to the {_c(w, bowl)} bowl.")
    return _made(w, f"{_hi(w)} {ask} {_thanks(w)}", rels(Rel("in", top, bowl)))


def p35_rel_routine(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(y) == bowl or not _room(w, bowl, [x, y]):
        return None
    text = (f"First, take the block that's on top of the {_c(w, y)} block and put it on the table. After that, put "
            f"the {_c(w, y)} block in the {_c(w, bowl)} bowl. Finally, put the block you took off back on top "
            "of it.")
    return _made(w, text, rels(Rel("in", y, bowl), Rel("on", x, y)))


def p35_rel_except(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.support[b] == TABLE]
    if len(loose) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    ds = sorted((w.dist(b, bowl), b) for b in loose)
    if ds[1][0] - ds[0][0] < 0.04:
        return None
    ex = ds[0][1]
    rest = [b for b in loose if b != ex]
    text = ("Put the blocks that are lying on the table into the bin. "
            + _one(w, f"Not the one closest to the {_c(w, bowl)} bowl though, that one stays.",
                   f"Leave the one that's nearest the {_c(w, bowl)} bowl, I still need it."))
    return _made(w, text, both(binned(rest), kept(ex)))


def p35_rel_list(w: World) -> Made:
    desc: list[tuple[str, str]] = []
    for top, below in w.pairs():
        desc.append((f"that's on top of the {_c(w, below)} block", top))
        desc.append((f"that the {_c(w, top)} block is sitting on", below))
    for bowl in w.bowls:
        inside = w.state.in_bowl(bowl)
        if len(inside) == 1:
            desc.append((f"that's in the {_c(w, bowl)} bowl", inside[0]))
    if len(desc) < 2:
        return None
    (d1, b1), (d2, b2) = w.pick(desc, 2)
    if b1 == b2:
        return None
    p, ps = _place(w)
    text = (f"{_one(w, 'Couple of things:', 'Two jobs:', 'Please do these:')}\n* the block {d1} goes in the bin\n"
            f"* the block {d2} goes to {ps}")
    return _made(w, text, rels(Rel("in_bin", b1), Rel("at", b2, p)))


def p35_rel_reason(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(x) == bowl or not _room(w, bowl, [x]):
        return None
    text = (f"Put the block that's on top of the {_c(w, y)} block in the {_c(w, bowl)} bowl, I'm collecting those "
            f"in there. Then put the {_c(w, y)} block itself in the bin, "
            + _one(w, "it's cracked.", "it's sticky from the juice."))
    return _made(w, text, rels(Rel("in", x, bowl), Rel("in_bin", y)))


def p35_rel_problem(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t) and w.state.base(b) == TABLE]
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = (_one(w, "The tower is wrong.", "Hmm, my little tower is upside down.")
            + f" The block that's on top of the {_c(w, y)} block should be at the bottom. Swap them please.")

    def check(i: SymState, f: SymState) -> bool:
        was = i.support[y]
        now = f.support[x]
        return f.support[y] == x and (now == was or (_tableish(now) and _tableish(was)))

    return _made(w, text, check)


# ----- keep -----------------------------------------------------------------------------------------
def p35_keep_greet(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    under = w.state.support[x]
    above = w.state.above(x)
    ys = [b for b in w.blocks if b != x and b not in above]
    if not ys:
        return None
    y = under if under in ys else w.rng.choice(ys)
    ask = _one(w, f"Please put the {_c(w, x)} block in the bin, but leave the {_c(w, y)} block exactly where it is.",
               f"Could you bin the {_c(w, x)} block? Don't touch the {_c(w, y)} one though.")
    return _made(w, f"{_hi(w)} {ask} {_thanks(w)}", both(rels(Rel("in_bin", x)), kept(y)))


def p35_keep_routine(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b, c, v = w.pick(w.blocks, 4)
    bowl = w.rng.choice(w.bowls)
    if not _stackable(w, b) or w.state.base(c) == bowl or not _room(w, bowl, [c]):
        return None
    if any(v in w.state.above(o) for o in (a, b, c)) or c in _below(w, b):
        return None
    text = (f"First, put the {_c(w, a)} block on the {_c(w, b)} block. After that, put the {_c(w, c)} block in "
            f"the {_c(w, bowl)} bowl. Finally, and this is important, don't touch the {_c(w, v)} block, it stays "
            "right where it is.")
    return _made(w, text, both(rels(Rel("on", a, b), Rel("in", c, bowl)), kept(v)))


def p35_keep_except(w: World) -> Made:
    tops = [t for t, _ in w.pairs()]
    if not tops:
        return None
    z = w.rng.choice(tops)
    free = [b for b in w.blocks if b != z and b not in _below(w, z)]
    if len(free) < 2:
        return None
    a, b = w.pick(free, 2)
    bowl = w.rng.choice(w.bowls)
    if not _room(w, bowl, [a, b]):
        return None
    text = (f"Put the {_c(w, a)} block and the {_c(w, b)} block in the {_c(w, bowl)} bowl. "
            + _one(w, f"Just make sure the {_c(w, z)} block isn't moved, it's balanced just right.",
                   f"And whatever you do, the {_c(w, z)} block has to stay where it is."))
    return _made(w, text, both(rels(Rel("in", a, bowl), Rel("in", b, bowl)), kept(z)))


def p35_keep_list(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    if z in w.state.above(x) or z in w.state.above(y):
        return None
    p, ps = _place(w)
    head = _one(w, "Please:", "Quick jobs:", "Can you do this:")
    arrow = _one(w, "->", "to")
    text = (f"{head}\n1. {_c(w, x)} block {arrow} bin\n2. {_c(w, y)} block {arrow} {ps}\n"
            f"3. leave the {_c(w, z)} block alone")
    return _made(w, text, both(rels(Rel("in_bin", x), Rel("at", y, p)), kept(z)))


def p35_keep_reason(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    xs = [b for b in w.blocks if w.state.base(b) != bowl]
    if not xs:
        return None
    x = w.rng.choice(xs)
    p, ps = _place(w)
    text = (f"Move the {_c(w, x)} block to {ps}, I want it out of the way. Leave the {_c(w, bowl)} bowl and "
            "everything in it as it is, " + _one(w, "I sorted that already.", "that's my son's collection."))
    return _made(w, text, both(rels(Rel("at", x, p)), kept(*w.state.in_bowl(bowl))))


def p35_keep_problem(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    text = (f"Ugh, the {_c(w, x)} block is on top of the {_c(w, y)} block again. Put it in the bin, but the "
            f"{_c(w, y)} block itself shouldn't move.")
    return _made(w, text, both(rels(Rel("in_bin", x)), kept(y)))


# ----- multi_step -----------------------------------------------------------------------------------
def p35_multi_greet(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    bowl = w.rng.choice(w.bowls)
    if not _stackable(w, b) or c in _below(w, b) or w.state.base(c) == bowl or not _room(w, bowl, [c]):
        return None
    ask = (f"Put the {_c(w, a)} block on the {_c(w, b)} block and then put the {_c(w, c)} block in the "
           f"{_c(w, bowl)} bowl.")
    return _made(w, f"{_hi(w)} {ask} {_thanks(w)}", rels(Rel("on", a, b), Rel("in", c, bowl)))


def p35_multi_routine(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    bowl = w.rng.choice(w.bowls)
    if not w.state.is_clear(c) or not _room(w, bowl, [a, b]):
        return None
    p, ps = _place(w)
    text = (f"First, put the {_c(w, a)} block in the {_c(w, bowl)} bowl. After that, stack the {_c(w, b)} block "
            f"on top of it. Finally, move the {_c(w, c)} block to {ps}.")
    return _made(w, text, rels(Rel("in", a, bowl), Rel("on", b, a), Rel("at", c, p)))


def p35_multi_except(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if b in w.state.above(a):
        return None
    p, ps = _place(w)
    text = (f"Move the {_c(w, a)} block to {ps} and then put the {_c(w, b)} block in the bin. "
            + _one(w, f"But only do the bin part if the {_c(w, b)} block isn't in a bowl.",
                   f"If the {_c(w, b)} one is sitting in a bowl, skip that second bit."))
    if w.state.base(b) in w.bowls:
        second: Check = lambda i, f: f.base(b) == i.base(b)
    else:
        second = rels(Rel("in_bin", b))
    return _made(w, text, both(rels(Rel("at", a, p)), second))


def p35_multi_list(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if len(outside) < 2:
        return None
    a, b = w.pick(outside, 2)
    text = (f"{_one(w, 'Steps:', 'Order of operations:', 'Do it in this order:')}\n"
            f"1. empty the {_c(w, bowl)} bowl onto the table\n2. put the {_c(w, a)} block in it\n"
            f"3. put the {_c(w, b)} block in the bin")

    def check(_i: SymState, f: SymState) -> bool:
        return all(_tableish(f.base(o)) for o in inside)

    return _made(w, text, both(check, rels(Rel("in", a, bowl), Rel("in_bin", b))))


def p35_multi_reason(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(x) == bowl or not _room(w, bowl, [x]):
        return None
    p, ps = _place(w)
    text = (f"Take the {_c(w, x)} block off the {_c(w, y)} block, I need to see the {_c(w, y)} one. Then put the "
            f"{_c(w, x)} block in the {_c(w, bowl)} bowl so it doesn't get lost. After that put the {_c(w, y)} "
            f"block in {ps}, that's where the camera is pointed.")
    return _made(w, text, rels(Rel("in", x, bowl), Rel("at", y, p)))


def p35_multi_problem(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    y = w.rng.choice(inside)
    zs = [b for b in w.blocks if b not in inside]
    if not zs:
        return None
    z = w.rng.choice(zs)
    start = (f"The {_c(w, bowl)} bowl has the wrong block in it." if len(inside) == 1
             else f"There's a wrong block in the {_c(w, bowl)} bowl.")
    text = (f"{start} Take the {_c(w, y)} block out and put it on the table, and then put the {_c(w, z)} block "
            "in there instead.")
    return _made(w, text, rels(Rel("on_table", y), Rel("in", z, bowl)))


# ----- question -------------------------------------------------------------------------------------
def p35_q_greet(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    inside = w.state.in_bowl(bowl)
    x = w.rng.choice(inside) if inside and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    text = f"{_hi(w)} Quick question: is the {_c(w, x)} block in the {_c(w, bowl)} bowl? {_thanks(w)}"
    return text, answered(yes(w.state.base(x) == bowl))


def p35_q_routine(w: World) -> Made:
    n = len(w.pairs())
    if n == 0:
        return None
    text = ("I'm going to tidy up in a bit: first the bowls, after that the stacks, and finally whatever's left "
            "goes in the bin. Before I start, how many blocks are sitting on top of another block?")
    return text, answered(str(n))


def p35_q_except(w: World) -> Made:
    n = len([b for b in w.blocks if w.state.base(b) not in w.bowls])
    text = "How many blocks are there in total? " + _one(
        w, "Don't count the ones in the bowls.", "Leave out any that are inside a bowl.")
    return text, answered(str(n))


def p35_q_list(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    a, b = w.pick(w.blocks, 2)
    inside = w.state.in_bowl(bowl)
    if b in inside:
        return None
    text = (f"My notes from yesterday say:\n* {_c(w, a)} block - bin\n* {_c(w, b)} block - {_c(w, bowl)} bowl\n"
            f"Before I update them: what's in the {_c(w, bowl)} bowl right now?")
    answer = "|".join(_c(w, o) for o in inside) if inside else "nothing"
    return text, answered(answer)


def p35_q_reason(w: World) -> Made:
    bottoms = [b for _, b in w.pairs()]
    x = w.rng.choice(bottoms) if bottoms and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    text = (f"Is there anything on top of the {_c(w, x)} block? "
            + _one(w, "I want to pick it up and don't want stuff falling over.",
                   "I'm about to grab it and I don't want anything to fall."))
    return text, answered(yes(not w.state.is_clear(x)))


def p35_q_problem(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    is_empty = not w.state.in_bowl(bowl)
    start = f"Hmm, I can't see the {_c(w, bowl)} bowl from here, the lamp is in the way."
    if w.rng.random() < 0.5:
        return f"{start} Is it empty?", answered(yes(is_empty))
    return f"{start} Is there anything in it?", answered(yes(not is_empty))


# ----- matching -------------------------------------------------------------------------------------
def _match(w: World) -> list[Rel] | None:
    m = matching(w)
    if not m or all(holds(r, w.state) for r in m):
        return None
    return m


def p35_match_greet(w: World) -> Made:
    m = _match(w)
    if m is None:
        return None
    ask = _one(w, "Could you sort the blocks into the bowls of the same colour?",
               "Can you put each block in the bowl that's the same color as it?")
    return f"{_hi(w)} {ask} {_thanks(w)}", rels(*m)


def p35_match_routine(w: World) -> Made:
    m = _match(w)
    if m is None:
        return None
    bowl_colours = {_c(w, o) for o in w.bowls}
    unmatched = [b for b in w.blocks if _c(w, b) not in bowl_colours]
    if not unmatched:
        return None
    text = ("First, take out any blocks that are in the wrong bowl. After that, put each block in the bowl that "
            "matches its colour. Finally, put whatever doesn't have a matching bowl in the bin.")
    return text, both(rels(*m), binned(unmatched))


def p35_match_except(w: World) -> Made:
    m = _match(w)
    if m is None:
        return None
    by_colour = {_c(w, o): o for o in w.bowls}
    strays = [b for b in w.in_bowls() if by_colour.get(_c(w, b)) != w.state.base(b)]
    text = ("Sort the blocks into the bowls by colour. Oh, and if a bowl has a block of a different colour in it, "
            "take that one out and put it on the table.")

    def check(_i: SymState, f: SymState) -> bool:
        return all(_tableish(f.base(b)) for b in strays)

    return text, both(rels(*m), check)


def p35_match_list(w: World) -> Made:
    m = _match(w)
    if m is None:
        return None
    moving = [r.block for r in m if not holds(r, w.state)]
    matched = {r.block for r in m}
    unmatched = [b for b in w.blocks if b not in matched]
    if any(u in w.state.above(b) for u in unmatched for b in moving):
        return None
    mark = _one(w, "* ", "- ")
    text = (f"{_one(w, 'Sorting rules:', 'Colour sorting:')}\n{mark}each block goes in the bowl of the same colour\n"
            f"{mark}blocks with no bowl of their colour stay where they are")
    return text, both(rels(*m), kept(*unmatched))


def p35_match_reason(w: World) -> Made:
    m = _match(w)
    if m is None:
        return None
    text = ("Put the blocks in the bowls that match their colour, my son is learning colours. Don't put anything "
            "in the bin, he wants to play with all of them.")
    return text, both(rels(*m), none_binned(w.blocks))


def p35_match_problem(w: World) -> Made:
    m = _match(w)
    if m is None:
        return None
    start = _one(w, "Ugh, nothing is where it should be, the colours are all mixed up.",
                 "Ugh, the bowls are a mess, none of the colours line up.")
    return f"{start} Can you put each block into the bowl of its own colour?", rels(*m)


FRESH35: list[Template] = [
    ("p35_imp_greet", "imperative", p35_imp_greet),
    ("p35_imp_routine", "imperative", p35_imp_routine),
    ("p35_imp_except", "imperative", p35_imp_except),
    ("p35_imp_list", "imperative", p35_imp_list),
    ("p35_imp_reason", "imperative", p35_imp_reason),
    ("p35_imp_problem", "imperative", p35_imp_problem),
    ("p35_dec_greet", "declarative", p35_dec_greet),
    ("p35_dec_routine", "declarative", p35_dec_routine),
    ("p35_dec_except", "declarative", p35_dec_except),
    ("p35_dec_list", "declarative", p35_dec_list),
    ("p35_dec_reason", "declarative", p35_dec_reason),
    ("p35_dec_problem", "declarative", p35_dec_problem),
    ("p35_des_greet", "desiderative", p35_des_greet),
    ("p35_des_routine", "desiderative", p35_des_routine),
    ("p35_des_except", "desiderative", p35_des_except),
    ("p35_des_list", "desiderative", p35_des_list),
    ("p35_des_reason", "desiderative", p35_des_reason),
    ("p35_des_problem", "desiderative", p35_des_problem),
    ("p35_qua_greet", "quantified", p35_qua_greet),
    ("p35_qua_routine", "quantified", p35_qua_routine),
    ("p35_qua_except", "quantified", p35_qua_except),
    ("p35_qua_list", "quantified", p35_qua_list),
    ("p35_qua_reason", "quantified", p35_qua_reason),
    ("p35_qua_problem", "quantified", p35_qua_problem),
    ("p35_neg_greet", "negated", p35_neg_greet),
    ("p35_neg_routine", "negated", p35_neg_routine),
    ("p35_neg_except", "negated", p35_neg_except),
    ("p35_neg_list", "negated", p35_neg_list),
    ("p35_neg_reason", "negated", p35_neg_reason),
    ("p35_neg_problem", "negated", p35_neg_problem),
    ("p35_rel_greet", "relative", p35_rel_greet),
    ("p35_rel_routine", "relative", p35_rel_routine),
    ("p35_rel_except", "relative", p35_rel_except),
    ("p35_rel_list", "relative", p35_rel_list),
    ("p35_rel_reason", "relative", p35_rel_reason),
    ("p35_rel_problem", "relative", p35_rel_problem),
    ("p35_keep_greet", "keep", p35_keep_greet),
    ("p35_keep_routine", "keep", p35_keep_routine),
    ("p35_keep_except", "keep", p35_keep_except),
    ("p35_keep_list", "keep", p35_keep_list),
    ("p35_keep_reason", "keep", p35_keep_reason),
    ("p35_keep_problem", "keep", p35_keep_problem),
    ("p35_multi_greet", "multi_step", p35_multi_greet),
    ("p35_multi_routine", "multi_step", p35_multi_routine),
    ("p35_multi_except", "multi_step", p35_multi_except),
    ("p35_multi_list", "multi_step", p35_multi_list),
    ("p35_multi_reason", "multi_step", p35_multi_reason),
    ("p35_multi_problem", "multi_step", p35_multi_problem),
    ("p35_q_greet", "question", p35_q_greet),
    ("p35_q_routine", "question", p35_q_routine),
    ("p35_q_except", "question", p35_q_except),
    ("p35_q_list", "question", p35_q_list),
    ("p35_q_reason", "question", p35_q_reason),
    ("p35_q_problem", "question", p35_q_problem),
    ("p35_match_greet", "matching", p35_match_greet),
    ("p35_match_routine", "matching", p35_match_routine),
    ("p35_match_except", "matching", p35_match_except),
    ("p35_match_list", "matching", p35_match_list),
    ("p35_match_reason", "matching", p35_match_reason),
    ("p35_match_problem", "matching", p35_match_problem),
]
