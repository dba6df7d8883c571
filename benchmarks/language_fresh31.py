"""`FRESH31`, the thirty-second untuned batch: sixty language templates, six per category, that state goals as how
the world should be rather than as moves to make. It was written by a tester who had not read the planner, its
tests, the lexicon or any other batch of templates.

Each category has one template in each of six styles: a formal letter or email ("Dear robot, I would be grateful
if..."), a before-and-after description ("Right now ... When you are done ..."), a list typed in one message with
dashes or numbers, a user story ("As a lab tech I want ... so that ..."), a wish about the final picture ("by the
end", "once you are finished", "the end state"), and a correction of what is wrong now and what right would be.

Its first run, before any fix it prompted (300 instructions, seed 0; on 414a527 with this session's first three
question mends, written before the batch was read): goal correct 0.44 (132 of 300); 34 templates missed, none with
a wrong action or reply (164 refusals, 4 questions back).
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
from sim.core.relations import Rel

CAP = layout.BOWL_CAPACITY
_WORDS = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}


# ----- helpers ----------------------------------------------------------------------------------------------------
def _c(w: World, name: str, noun: str = "block") -> str:
    """The block said by its colour: "red block" (or "red cube", ...)."""
    return f"{w.colour(name)} {noun}"


def _bw(w: World, bowl: str) -> str:
    return f"{w.colour(bowl)} bowl"


def _movable(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _room(w: World, bowl: str, k: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + k <= CAP


def _on_table(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def _where(w: World, b: str) -> str:
    """Where a block rests now, as a phrase: "on the table", "in the red bowl", "on top of the blue block"."""
    s = w.state.support[b]
    if s == TABLE:
        return "on the table"
    if s in PLACES:
        return f"in the {s}"
    if s in w.state.bowls:
        return f"in the {_bw(w, s)}"
    if s in w.state.support:
        return f"on top of the {_c(w, s)}"
    return f"in the {s}"


def _both_where(w: World, a: str, b: str) -> str:
    """Where two blocks rest now, as a clause ("the red block is on the table and the blue block is ...")."""
    if _where(w, a) == _where(w, b):
        return f"the {_c(w, a)} and the {_c(w, b)} are both {_where(w, a)}"
    return f"the {_c(w, a)} is {_where(w, a)} and the {_c(w, b)} is {_where(w, b)}"


def _what_under(w: World, b: str) -> str:
    """The answer parts for "what is b sitting on?"."""
    s = w.state.support[b]
    if s in (TABLE, *PLACES):
        return "table"
    if s in w.state.bowls:
        return f"{w.colour(s)}|bowl"
    return f"{w.colour(s)}|block"


def _pairs(w: World) -> list[tuple[str, str]]:
    return [(t, b) for t, b in w.pairs() if w.state.base(t) != BIN]


def _bowls_with(w: World, n: int) -> list[str]:
    return [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == n]


def _full_bowls(w: World) -> list[str]:
    return [bw for bw in w.bowls if w.state.in_bowl(bw)]


def _not_above(w: World, k: str, *blocks: str) -> bool:
    """k is not stacked above any of `blocks` (so it can stay put while they move)."""
    return all(k not in w.state.above(b) for b in blocks)


def _match(w: World) -> list[Rel] | None:
    want = matching(w)
    if not want or rels(*want)(w.state, w.state):
        return None
    return want


# ----- imperative -------------------------------------------------------------------------------------------------
def h31_imp_letter(w: World) -> Made:
    b = w.pick(_movable(w))
    bowls = [bw for bw in w.bowls if _room(w, bw)]
    if not b or not bowls:
        return None
    bowl = w.pick([bw for bw in bowls if w.state.base(b[0]) != bw])
    if not bowl:
        return None
    text = (f"Dear robot,\n\nI would be grateful if you could ensure that the {_c(w, b[0])} ends up in the "
            f"{_bw(w, bowl[0])} before the end of the day.\n\nKind regards,\nDr. Okafor")
    return text, rels(Rel("in", b[0], bowl[0]))


def h31_imp_before(w: World) -> Made:
    bt = w.pick(_movable(w), 2)
    if not bt or w.state.support[bt[0]] == bt[1]:
        return None
    b, t = bt
    text = (f"Right now the {_c(w, b)} is {_where(w, b)}. Move it so that when you're done it's sitting on top "
            f"of the {_c(w, t)}.")
    return text, rels(Rel("on", b, t))


def h31_imp_list(w: World) -> Made:
    bs = w.pick(_movable(w), w.rng.choice((2, 3)))
    if not bs:
        return None
    lines = "\n".join(f"- {_c(w, b)}" for b in bs)
    return f"move these to the bin pls:\n{lines}", binned(bs)


def h31_imp_story(w: World) -> Made:
    bt = w.pick(_movable(w), 2)
    if not bt or w.state.support[bt[0]] == bt[1]:
        return None
    b, t = bt
    text = (f"As a lab tech I want the {_c(w, b, 'cube')} stacked on top of the {_c(w, t, 'cube')} so that I can "
            f"carry them off together. Go ahead and do that.")
    return text, rels(Rel("on", b, t))


def h31_imp_end(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    p = w.rng.choice(list(PLACES))
    text = f"Take the {_c(w, b[0])} over to the {p}. By the end of this, that's where it should be sitting."
    return text, rels(Rel("at", b[0], p))


def h31_imp_corr(w: World) -> Made:
    b = w.pick([b for b in _movable(w) if not _on_table(w, b)])
    if not b:
        return None
    text = f"The {_c(w, b[0])} isn't supposed to be {_where(w, b[0])}. Put it down on the table where it goes."
    return text, rels(Rel("on_table", b[0]))


# ----- declarative ------------------------------------------------------------------------------------------------
def h31_dec_letter(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(b[0]) != bw])
    if not bowl:
        return None
    text = (f"Hello,\n\nJust a short note ahead of this afternoon's session: the {_c(w, b[0])} belongs in the "
            f"{_bw(w, bowl[0])}.\n\nThank you in advance,\nSam")
    return text, rels(Rel("in", b[0], bowl[0]))


def h31_dec_before(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    text = f"Before: the {_c(w, b[0])} is {_where(w, b[0])}.\nAfter: the {_c(w, b[0])} is in the bin."
    return text, rels(Rel("in_bin", b[0]))


def h31_dec_list(w: World) -> Made:
    bs = w.pick(_movable(w), 2)
    if not bs:
        return None
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(bs[0]) != bw])
    if not bowl:
        return None
    p = w.rng.choice(list(PLACES))
    text = f"Final layout:\n1. {_c(w, bs[0])} in the {_bw(w, bowl[0])}\n2. {_c(w, bs[1])} in the {p}"
    return text, rels(Rel("in", bs[0], bowl[0]), Rel("at", bs[1], p))


def h31_dec_story(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    text = (f"As the person who locks up the lab, I need the {_c(w, b[0])} to be in the bin so that nobody "
            f"uses it by mistake tomorrow.")
    return text, rels(Rel("in_bin", b[0]))


def h31_dec_end(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    p = w.rng.choice(list(PLACES))
    return f"The end state is simple: the {_c(w, b[0])} sits in the {p}.", rels(Rel("at", b[0], p))


def h31_dec_corr(w: World) -> Made:
    b = w.pick(w.in_bowls())
    if not b:
        return None
    text = f"That {_c(w, b[0])} shouldn't be in the {_bw(w, w.state.base(b[0]))}. Its place is the bin."
    return text, rels(Rel("in_bin", b[0]))


# ----- desiderative -----------------------------------------------------------------------------------------------
def h31_des_letter(w: World) -> Made:
    bt = w.pick(_movable(w), 2)
    if not bt or w.state.support[bt[0]] == bt[1]:
        return None
    b, t = bt
    text = (f"Dear assistant,\n\nI would very much like the {_c(w, b)} to end up on top of the {_c(w, t)}, "
            f"if it is no trouble.\n\nMany thanks,\nJ. Lindqvist")
    return text, rels(Rel("on", b, t))


def h31_des_before(w: World) -> Made:
    bs = w.pick(_movable(w), 2)
    if not bs:
        return None
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw, 2) and all(w.state.base(b) != bw for b in bs)])
    if not bowl:
        return None
    a, b = bs
    text = (f"At the moment {_both_where(w, a, b)}. I'd love "
            f"for both of them to be in the {_bw(w, bowl[0])} when you finish.")
    return text, rels(Rel("in", a, bowl[0]), Rel("in", b, bowl[0]))


def h31_des_list(w: World) -> Made:
    bs = w.pick(_movable(w), 3)
    if not bs or w.state.support[bs[0]] == bs[1]:
        return None
    p = w.rng.choice(list(PLACES))
    text = (f"my wishlist for the table:\n- the {_c(w, bs[0], 'cube')} on the {_c(w, bs[1], 'cube')}\n"
            f"- the {_c(w, bs[2], 'cube')} in the {p}")
    return text, rels(Rel("on", bs[0], bs[1]), Rel("at", bs[2], p))


def h31_des_story(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(b[0]) != bw])
    if not bowl:
        return None
    text = (f"As a teacher, I'd like the {_c(w, b[0])} moved into the {_bw(w, bowl[0])} so that my students "
            f"can find it easily.")
    return text, rels(Rel("in", b[0], bowl[0]))


def h31_des_end(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    others = [o for o in w.blocks if o != b[0]]
    text = f"Once you're finished I'd like the bin to have the {_c(w, b[0])} in it, and nothing else."
    return text, both(rels(Rel("in_bin", b[0])), none_binned(others))


def h31_des_corr(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(b[0]) != bw])
    if not bowl:
        return None
    text = (f"Hmm, I wanted the {_c(w, b[0])} in the {_bw(w, bowl[0])}, not {_where(w, b[0])}. "
            f"Could you sort that out?")
    return text, rels(Rel("in", b[0], bowl[0]))


# ----- quantified -------------------------------------------------------------------------------------------------
def h31_qua_letter(w: World) -> Made:
    bowl = w.pick(_full_bowls(w))
    if not bowl:
        return None
    text = (f"Dear robot,\n\nWould you kindly make sure that every block currently in the {_bw(w, bowl[0])} is "
            f"moved to the bin?\n\nSincerely,\nM. Haddad")
    return text, binned(w.state.in_bowl(bowl[0]))


def h31_qua_before(w: World) -> Made:
    loose = [b for b in _movable(w) if _on_table(w, b) and w.state.is_clear(b)]
    if len(loose) < 2:
        return None
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw, len(loose))])
    if not bowl:
        return None
    n = _WORDS[len(loose)]
    all_n = "both of them" if len(loose) == 2 else f"all {n} of them"
    text = (f"Right now {n} blocks are lying loose on the table, not stacked and not in a bowl. When you're "
            f"done, {all_n} should be in the {_bw(w, bowl[0])}.")
    return text, rels(*(Rel("in", b, bowl[0]) for b in loose))


def h31_qua_list(w: World) -> Made:
    inside = w.in_bowls()
    outside = [b for b in _movable(w) if b not in inside]
    if not inside or not outside:
        return None
    text = ("Two rules for the cleanup:\n- any block that isn't in a bowl: bin\n"
            "- blocks that are in bowls: leave them be")
    return text, both(binned(outside), kept(*inside))


def h31_qua_story(w: World) -> Made:
    if len(w.bowls) < 2 or not _full_bowls(w):
        return None
    which = "both bowls" if len(w.bowls) == 2 else f"all {_WORDS[len(w.bowls)]} bowls"
    text = f"As the lab manager I want {which} empty, so that they can go off to be washed."
    return text, both(*(empty(bw) for bw in w.bowls))


def h31_qua_end(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    have = len(w.state.in_bowl(bowl[0]))
    k = w.rng.choice((1, 2))
    outside = [b for b in _movable(w) if w.state.base(b) != bowl[0]]
    if have + k > CAP or len(outside) < k:
        return None
    n = have + k
    text = f"By the end, the {_bw(w, bowl[0])} should have exactly {n} block{'s' if n > 1 else ''} in it."
    return text, count_in(bowl[0], n)


def h31_qua_corr(w: World) -> Made:
    stacked = [t for t, _ in _pairs(w)]
    if not stacked:
        return None
    text = ("The stacks are wrong: no block is supposed to be on top of another one. Every stacked block goes "
            "straight down on the table.")

    check: Check = lambda _i, f: (all(f.support[b] not in f.support for b in f.blocks)
                                  and all(f.support[b] in (TABLE, *PLACES) for b in stacked))
    return text, check


# ----- negated ----------------------------------------------------------------------------------------------------
def h31_neg_letter(w: World) -> Made:
    b = w.pick(w.in_bowls())
    if not b:
        return None
    bowl = w.state.base(b[0])
    text = (f"Dear robot,\n\nPlease see to it that the {_c(w, b[0])} is no longer in the {_bw(w, bowl)}. "
            f"I would ask, however, that it not be thrown in the bin.\n\nRegards,\nP. Nakamura")
    return text, lambda _i, f: f.base(b[0]) not in (bowl, BIN)


def h31_neg_before(w: World) -> Made:
    pair = w.pick(_pairs(w))
    if not pair:
        return None
    top, below = pair[0]
    text = (f"Right now the {_c(w, top)} is sitting on the {_c(w, below)}. Afterwards there shouldn't be "
            f"anything on top of the {_c(w, below)}, and please don't throw anything away.")
    return text, both(rels(Rel("clear", below)), none_binned(w.blocks))


def h31_neg_list(w: World) -> Made:
    bowl = w.pick(_full_bowls(w))
    if not bowl:
        return None
    text = f"Checklist:\n- the {_bw(w, bowl[0])} should not have any blocks in it\n- no blocks in the bin"
    return text, both(empty(bowl[0]), none_binned(w.blocks))


def h31_neg_story(w: World) -> Made:
    b = w.pick([b for b in _movable(w) if not w.state.is_clear(b)])
    if not b:
        return None
    text = (f"As a safety officer, I don't want anything stacked on top of the {_c(w, b[0])}, so that it can be "
            f"picked up without knocking anything over.")
    return text, rels(Rel("clear", b[0]))


def h31_neg_end(w: World) -> Made:
    bowl = w.pick(_full_bowls(w))
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    text = (f"When you're finished, the {_bw(w, bowl[0])} shouldn't have a single block left in it, and none "
            f"of them should end up in the bin.")
    return text, both(empty(bowl[0]), none_binned(inside))


def h31_neg_corr(w: World) -> Made:
    pair = w.pick(_pairs(w))
    if not pair:
        return None
    top, below = pair[0]
    text = f"The {_c(w, top)} is on top of the {_c(w, below)} and it really shouldn't be. Anywhere but the bin is fine."
    return text, lambda _i, f: f.support[top] != below and f.base(top) != BIN


# ----- relative ---------------------------------------------------------------------------------------------------
def h31_rel_letter(w: World) -> Made:
    pair = w.pick(_pairs(w))
    if not pair:
        return None
    top, below = pair[0]
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(top) != bw])
    if not bowl:
        return None
    text = (f"Dear robot,\n\nI would be grateful if the block that is currently sitting on the {_c(w, below)} "
            f"could be moved into the {_bw(w, bowl[0])}.\n\nYours sincerely,\nH. Brennan")
    return text, rels(Rel("in", top, bowl[0]))


def h31_rel_before(w: World) -> Made:
    bowl = w.pick(_bowls_with(w, 1))
    if not bowl:
        return None
    x = w.state.in_bowl(bowl[0])[0]
    text = (f"Right now there's a single block inside the {_bw(w, bowl[0])}. When you're done, that block should "
            f"be in the bin instead.")
    return text, rels(Rel("in_bin", x))


def h31_rel_list(w: World) -> Made:
    pairs = [(t, b) for t, b in _pairs(w) if w.state.is_clear(t)]
    pair = w.pick(pairs)
    if not pair:
        return None
    top, below = pair[0]
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(top) != bw])
    if not bowl:
        return None
    text = (f"Sorting:\n- whichever block is on top of the {_c(w, below)} -> {_bw(w, bowl[0])}\n"
            f"- the {_c(w, below)} itself -> bin")
    return text, rels(Rel("in", top, bowl[0]), Rel("in_bin", below))


def h31_rel_story(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    towers = [b for b in _movable(w) if w.state.support[b] == TABLE]
    if len(towers) < 2:
        return None
    towers.sort(key=lambda b: w.dist(b, bowl[0]))
    near = towers[0]
    if w.dist(towers[1], bowl[0]) - w.dist(near, bowl[0]) < 0.04 or not w.state.is_clear(near):
        return None
    text = (f"As a lab tech, I want the block that's closest to the {_bw(w, bowl[0])} moved into it, so I don't "
            f"have to reach across the table for it later.")
    return text, rels(Rel("in", near, bowl[0]))


def h31_rel_end(w: World) -> Made:
    pair = w.pick(_pairs(w))
    if not pair:
        return None
    top, below = pair[0]
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(below) != bw])
    if not bowl:
        return None
    text = f"By the end, the block that's now under the {_c(w, top)} should be in the {_bw(w, bowl[0])}."
    return text, rels(Rel("in", below, bowl[0]))


def h31_rel_corr(w: World) -> Made:
    bowl = w.pick(_bowls_with(w, 1))
    if not bowl:
        return None
    x = w.state.in_bowl(bowl[0])[0]
    t = w.pick([b for b in _movable(w) if b != x])
    if not t:
        return None
    text = (f"The block that's sitting in the {_bw(w, bowl[0])} isn't meant to be there, it belongs on top of "
            f"the {_c(w, t[0])}.")
    return text, rels(Rel("on", x, t[0]))


# ----- keep -------------------------------------------------------------------------------------------------------
def h31_keep_letter(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    s = w.state.support[b[0]]
    ks = [s] if s in w.state.support else [k for k in _movable(w) if k != b[0] and _not_above(w, k, b[0])]
    k = w.pick(ks)
    if not k:
        return None
    text = (f"Dear robot,\n\nCould you please move the {_c(w, b[0])} into the bin? I would appreciate it if the "
            f"{_c(w, k[0])} were left exactly where it is.\n\nWith thanks,\nR. Mendes")
    return text, both(rels(Rel("in_bin", b[0])), kept(k[0]))


def h31_keep_before(w: World) -> Made:
    pair = w.pick(_pairs(w))
    if not pair:
        return None
    top, below = pair[0]
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(top) != bw])
    if not bowl:
        return None
    text = (f"Right now the {_c(w, top)} sits on the {_c(w, below)}. When you're done I want the {_c(w, top)} in "
            f"the {_bw(w, bowl[0])}, but the {_c(w, below)} should be exactly where it is now.")
    return text, both(rels(Rel("in", top, bowl[0])), kept(below))


def h31_keep_list(w: World) -> Made:
    bs = w.pick(_movable(w), 2)
    if not bs:
        return None
    k = w.pick([k for k in _movable(w) if k not in bs and _not_above(w, k, *bs)])
    if not k:
        return None
    text = f"Cleanup:\n- {_c(w, bs[0])}: bin\n- {_c(w, bs[1])}: bin\n- {_c(w, k[0])}: don't touch"
    return text, both(binned(bs), kept(k[0]))


def h31_keep_story(w: World) -> Made:
    b = w.pick([b for b in _movable(w) if w.state.is_clear(b)])
    if not b:
        return None
    p = w.rng.choice(list(PLACES))
    others = [o for o in w.blocks if o != b[0]]
    text = (f"As a researcher I need the {_c(w, b[0])} in the {p} so that I can photograph it, but every other "
            f"block has to stay exactly where it is.")
    return text, both(rels(Rel("at", b[0], p)), kept(*others))


def h31_keep_end(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(b[0]) != bw])
    k = w.pick([k for k in _movable(w) if k != b[0] and _not_above(w, k, b[0])])
    if not bowl or not k:
        return None
    text = f"In the end state, the {_c(w, b[0])} is in the {_bw(w, bowl[0])} and the {_c(w, k[0])} hasn't moved at all."
    return text, both(rels(Rel("in", b[0], bowl[0])), kept(k[0]))


def h31_keep_corr(w: World) -> Made:
    pair = w.pick(_pairs(w))
    if not pair:
        return None
    top, below = pair[0]
    text = (f"The {_c(w, top)} shouldn't be on the {_c(w, below)}; it should be on the table. Leave the "
            f"{_c(w, below)} where it is, though.")
    return text, both(rels(Rel("on_table", top)), kept(below))


# ----- multi_step -------------------------------------------------------------------------------------------------
def h31_multi_letter(w: World) -> Made:
    bs = w.pick(_movable(w), 2)
    if not bs:
        return None
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw, 2) and all(w.state.base(b) != bw for b in bs)])
    if not bowl:
        return None
    a, b = bs
    text = (f"Dear robot,\n\nFirst, please put the {_c(w, a)} in the {_bw(w, bowl[0])}. Once that is done, kindly "
            f"place the {_c(w, b)} on top of it.\n\nBest wishes,\nThe lab team")
    return text, rels(Rel("in", a, bowl[0]), Rel("on", b, a))


def h31_multi_before(w: World) -> Made:
    bs = w.pick(_movable(w), 2)
    if not bs:
        return None
    a, b = bs
    p = w.rng.choice(list(PLACES))
    text = (f"Right now {_both_where(w, a, b)}. When you're done, "
            f"the {_c(w, a)} should be in the bin and the {_c(w, b)} should be in the {p}.")
    return text, rels(Rel("in_bin", a), Rel("at", b, p))


def h31_multi_list(w: World) -> Made:
    bs = w.pick(_movable(w), 3)
    if not bs:
        return None
    p1, p2 = w.rng.sample(list(PLACES), 2)
    text = (f"1. {_c(w, bs[0])} to the {p1}\n2. {_c(w, bs[1])} to the {p2}\n"
            f"3. {_c(w, bs[2])} in the bin")
    return text, rels(Rel("at", bs[0], p1), Rel("at", bs[1], p2), Rel("in_bin", bs[2]))


def h31_multi_story(w: World) -> Made:
    bs = w.pick(_movable(w), 3)
    if not bs:
        return None
    a, b, t = bs
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(a) != bw])
    if not bowl or w.state.support[b] == t:
        return None
    text = (f"As a technician, I want the {_c(w, a)} in the {_bw(w, bowl[0])} and the {_c(w, b)} stacked on the "
            f"{_c(w, t)}, so that I can start the experiment straight away.")
    return text, rels(Rel("in", a, bowl[0]), Rel("on", b, t))


def h31_multi_end(w: World) -> Made:
    bs = w.pick(_movable(w), 2)
    if not bs:
        return None
    a, b = bs
    p = w.rng.choice(list(PLACES))
    text = (f"Once you're finished, the {_c(w, a)} should be on top of the {_c(w, b)}, and the {_c(w, b)} "
            f"should be in the {p}.")
    return text, rels(Rel("on", a, b), Rel("at", b, p))


def h31_multi_corr(w: World) -> Made:
    a = w.pick([b for b in _movable(w) if not _on_table(w, b)])
    if not a:
        return None
    b = w.pick([b for b in _movable(w) if b != a[0]])
    if not b:
        return None
    bowl = w.pick([bw for bw in w.bowls if _room(w, bw) and w.state.base(b[0]) != bw])
    if not bowl:
        return None
    a, b = a[0], b[0]
    text = (f"Two things are off: the {_c(w, a)} isn't supposed to be {_where(w, a)}, it goes on the table; and "
            f"the {_c(w, b)} doesn't belong {_where(w, b)}, it should be in the {_bw(w, bowl[0])}.")
    return text, rels(Rel("on_table", a), Rel("in", b, bowl[0]))


# ----- question ---------------------------------------------------------------------------------------------------
def h31_qst_letter(w: World) -> Made:
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = inside[w.rng.randrange(len(inside))]
        bowl = w.state.base(b)
    else:
        bb = w.pick(_movable(w))
        bowl_ = w.pick(w.bowls)
        if not bb or not bowl_:
            return None
        b, bowl = bb[0], bowl_[0]
    text = (f"Dear robot,\n\nCould you kindly let me know whether the {_c(w, b)} is in the {_bw(w, bowl)}?\n\n"
            f"Thank you,\nA. Rossi")
    return text, answered(yes(w.state.base(b) == bowl))


def h31_qst_before(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    return f"Before you start anything: what is the {_c(w, b[0])} sitting on right now?", answered(_what_under(w, b[0]))


def h31_qst_list(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    text = f"quick inventory please:\n- how many blocks are in the {_bw(w, bowl[0])}?"
    return text, answered(str(len(w.state.in_bowl(bowl[0]))))


def h31_qst_story(w: World) -> Made:
    pair = w.pick(_pairs(w))
    if not pair:
        return None
    top, below = pair[0]
    text = (f"As a lab tech I need to know which block is on top of the {_c(w, below)}, so that I can label it "
            f"correctly.")
    return text, answered(f"{w.colour(top)}|block")


def h31_qst_end(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    text = f"For the end state I have in mind, the {_bw(w, bowl[0])} needs to be empty. Is it empty already?"
    return text, answered(yes(not w.state.in_bowl(bowl[0])))


def h31_qst_corr(w: World) -> Made:
    b = w.pick(_movable(w))
    if not b:
        return None
    bowl = w.pick([bw for bw in w.bowls if w.state.base(b[0]) != bw])
    if not bowl:
        return None
    text = (f"Someone told me the {_c(w, b[0])} is in the {_bw(w, bowl[0])}, but I don't think that's right. "
            f"Where is it actually?")
    return text, answered(_what_under(w, b[0]))


# ----- matching ---------------------------------------------------------------------------------------------------
def h31_match_letter(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    text = ("Dear robot,\n\nI would be grateful if you could ensure that each block sits in the bowl of the same "
            "colour, wherever there is one.\n\nKind regards,\nThe teaching lab")
    return text, rels(*want)


def h31_match_before(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    text = ("Right now the colours are all mixed up. When you're done, every block that has a bowl in its own "
            "colour should be in that bowl.")
    return text, rels(*want)


def h31_match_list(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    lines = "\n".join(f"- {_c(w, r.args[0])}: {_bw(w, r.args[1])}" for r in want)
    return f"colour sort:\n{lines}", rels(*want)


def h31_match_story(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    text = ("As a kindergarten teacher I want every block in the bowl that matches its colour, so the kids can "
            "check the sorting themselves.")
    return text, rels(*want)


def h31_match_end(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    text = ("The end state I'm after: colour-coded bowls, meaning each block sits in the bowl of its own colour "
            "if there is one.")
    return text, rels(*want)


def h31_match_corr(w: World) -> Made:
    want = _match(w)
    if not want:
        return None
    text = ("The blocks aren't where they belong. Each one is supposed to be in the bowl that matches its colour, "
            "so please fix that.")
    return text, rels(*want)


FRESH31: list[Template] = [
    ("h31_imp_letter", "imperative", h31_imp_letter),
    ("h31_imp_before", "imperative", h31_imp_before),
    ("h31_imp_list", "imperative", h31_imp_list),
    ("h31_imp_story", "imperative", h31_imp_story),
    ("h31_imp_end", "imperative", h31_imp_end),
    ("h31_imp_corr", "imperative", h31_imp_corr),
    ("h31_dec_letter", "declarative", h31_dec_letter),
    ("h31_dec_before", "declarative", h31_dec_before),
    ("h31_dec_list", "declarative", h31_dec_list),
    ("h31_dec_story", "declarative", h31_dec_story),
    ("h31_dec_end", "declarative", h31_dec_end),
    ("h31_dec_corr", "declarative", h31_dec_corr),
    ("h31_des_letter", "desiderative", h31_des_letter),
    ("h31_des_before", "desiderative", h31_des_before),
    ("h31_des_list", "desiderative", h31_des_list),
    ("h31_des_story", "desiderative", h31_des_story),
    ("h31_des_end", "desiderative", h31_des_end),
    ("h31_des_corr", "desiderative", h31_des_corr),
    ("h31_qua_letter", "quantified", h31_qua_letter),
    ("h31_qua_before", "quantified", h31_qua_before),
    ("h31_qua_list", "quantified", h31_qua_list),
    ("h31_qua_story", "quantified", h31_qua_story),
    ("h31_qua_end", "quantified", h31_qua_end),
    ("h31_qua_corr", "quantified", h31_qua_corr),
    ("h31_neg_letter", "negated", h31_neg_letter),
    ("h31_neg_before", "negated", h31_neg_before),
    ("h31_neg_list", "negated", h31_neg_list),
    ("h31_neg_story", "negated", h31_neg_story),
    ("h31_neg_end", "negated", h31_neg_end),
    ("h31_neg_corr", "negated", h31_neg_corr),
    ("h31_rel_letter", "relative", h31_rel_letter),
    ("h31_rel_before", "relative", h31_rel_before),
    ("h31_rel_list", "relative", h31_rel_list),
    ("h31_rel_story", "relative", h31_rel_story),
    ("h31_rel_end", "relative", h31_rel_end),
    ("h31_rel_corr", "relative", h31_rel_corr),
    ("h31_keep_letter", "keep", h31_keep_letter),
    ("h31_keep_before", "keep", h31_keep_before),
    ("h31_keep_list", "keep", h31_keep_list),
    ("h31_keep_story", "keep", h31_keep_story),
    ("h31_keep_end", "keep", h31_keep_end),
    ("h31_keep_corr", "keep", h31_keep_corr),
    ("h31_multi_letter", "multi_step", h31_multi_letter),
    ("h31_multi_before", "multi_step", h31_multi_before),
    ("h31_multi_list", "multi_step", h31_multi_list),
    ("h31_multi_story", "multi_step", h31_multi_story),
    ("h31_multi_end", "multi_step", h31_multi_end),
    ("h31_multi_corr", "multi_step", h31_multi_corr),
    ("h31_qst_letter", "question", h31_qst_letter),
    ("h31_qst_before", "question", h31_qst_before),
    ("h31_qst_list", "question", h31_qst_list),
    ("h31_qst_story", "question", h31_qst_story),
    ("h31_qst_end", "question", h31_qst_end),
    ("h31_qst_corr", "question", h31_qst_corr),
    ("h31_match_letter", "matching", h31_match_letter),
    ("h31_match_before", "matching", h31_match_before),
    ("h31_match_list", "matching", h31_match_list),
    ("h31_match_story", "matching", h31_match_story),
    ("h31_match_end", "matching", h31_match_end),
    ("h31_match_corr", "matching", h31_match_corr),
]
