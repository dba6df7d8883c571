"""`FRESH270`, the two-hundred-and-seventy-first untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- nurse6: "Move the red block to the bin. Green block stays where it is."
- malay2: "first take the red block out from blue bowl, after that put it on the green block"
- sportscaster: "Here's how this one ends, folks: the red block sitting pretty right on top of the blue block!"
- hesitant: "could you move the red block to the top left corner... sorry, I mean the bottom right corner"
- retiree4: "My wish would be to have the red block resting upon the green block, if you please."
- plain51: "Empty the blue bowl into the bin, then put the red block in the blue bowl."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 8452b63, the code of a38eaff, before anything it could prompt): 0.8433
goal-correct (253 of 300), 37 refused, five questions, five wrong actions and no wrong reply. The wrong actions: the
retiree's "I'd be obliged if you would take every block out of the bowls, save for the blue one." read 'the blue one' as
the blue bowl. The questions: the hesitant user's "take the block nearest to X, um, no, the one furthest away from it,
and put that one in the bin". The refusals: the sportscaster's "Here's how this one ends, folks: X sitting pretty right
on top of Y! Make it happen!", "What I want to see, folks, is X touching down in the top right corner! Can it be done?",
"Whoever's closest to W, that's our player! That block goes straight into W!" and "X is making its move onto Y! And Z?
It's staying right where it is, folks, not moving an inch!"; the hesitant user's "I'd like X in the... um, W? yes. W, I
think." and (twice) "put X in W but leave the... Y, leave that one alone"; the retiree's "Would you kindly take whatever
is in W and put all of it in the bin."; the Malay speaker's "clear the table, all the blocks put in the bin, but the
blocks inside W keep there"
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

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every given check holds and the gripper is empty at the end."""
    c = both(*checks)
    return lambda i, f: f.held is None and c(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do), else the sentence and its check."""
    return None if check(w.state, w.state) else (text, check)


def _live(w: World) -> list[str]:
    """Blocks not in the bin (the ones a user can see and name on the table)."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _depth(s: SymState, block: str) -> int:
    """How many blocks make the tower up to and including `block`."""
    d, cur = 1, s.support[block]
    while cur in s.support:
        d, cur = d + 1, s.support[cur]
    return d


def _can_top(w: World, block: str, target: str) -> bool:
    """`block` can end up directly on `target` without breaking the tower limit."""
    return (block != target and target not in w.state.above(block) and w.state.base(target) != BIN
            and _depth(w.state, target) < layout.MAX_TOWER)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _out_of(block: str, bowl: str) -> Check:
    return lambda _i, f: f.base(block) != bowl


def _two(w: World) -> tuple[str, str] | None:
    live = _live(w)
    if len(live) < 2:
        return None
    a, b = w.pick(live, 2)
    return a, b


def _bowl_for(w: World, block: str) -> str | None:
    """A bowl with room that `block` is not in already."""
    options = [o for o in w.bowls if _room(w, o) and w.state.base(block) != o]
    return w.pick(options)[0] if options else None


def _matchers(w: World) -> list[str]:
    cols = {w.colour(o) for o in w.bowls}
    return [b for b in _live(w) if w.colour(b) in cols]


def _bowl_of(w: World, colour: str) -> str | None:
    return next((o for o in w.bowls if w.colour(o) == colour), None)


def _where(w: World, block: str) -> str:
    """What `block` rests on, as the answer names it (the table, a bowl or a block)."""
    return w.state.support[block]


# ----- imperative -----------------------------------------------------------------------------------
def t270_imp_nurse6(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    bowl = _bowl_for(w, blk[0])
    if bowl is None:
        return None
    return _made(w, f"Next task: place the {blk[0]} in the {bowl}. That is all for now.",
                 _act(rels(Rel("in", blk[0], bowl))))


def t270_imp_malay2(w: World) -> Made:
    pair = _two(w)
    if pair is None or not _can_top(w, *pair):
        return None
    a, b = pair
    return _made(w, f"please put the {a} on top the {b}, thank you", _act(rels(Rel("on", a, b))))


def t270_imp_sportscaster(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    return _made(w, f"And the arm is on the move! It grabs the {blk[0]} and slams it right into the bin! "
                    "Let's see you do exactly that!", _act(binned(blk)))


def t270_imp_hesitant(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    wrong, right = w.pick(list(_CORNERS), 2)
    return _made(w, f"could you move the {blk[0]} to the {wrong}... sorry, I mean the {right}",
                 _act(rels(Rel("at", blk[0], right))))


def t270_imp_retiree4(w: World) -> Made:
    blk = w.pick(w.in_bowls())
    if not blk:
        return None
    bowl = w.state.base(blk[0])
    return _made(w, f"Would you kindly lift the {blk[0]} out of the {bowl} and set it down on the table, "
                    "if it's no trouble.", _act(rels(Rel("on_table", blk[0]))))


def t270_imp_plain51(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    return _made(w, f"Put the {blk[0]} in the middle of the table.", _act(rels(Rel("at", blk[0], _MIDDLE))))


# ----- declarative ----------------------------------------------------------------------------------
def t270_dec_nurse6(w: World) -> Made:
    pair = _two(w)
    if pair is None:
        return None
    a, b = pair
    bowl = _bowl_for(w, a)
    if bowl is None:
        return None
    return _made(w, f"{a.capitalize()}: in the {bowl}. {b.capitalize()}: in the bin.",
                 _act(rels(Rel("in", a, bowl), Rel("in_bin", b))))


def t270_dec_malay2(w: World) -> Made:
    pair = _two(w)
    bowl = w.pick(w.bowls)
    if pair is None or not bowl:
        return None
    a, b = pair
    o = bowl[0]
    need = sum(1 for x in pair if w.state.base(x) != o)
    if not _room(w, o, need):
        return None
    return _made(w, f"the {a} should be inside the {o}, and the {b} also same, inside the {o}",
                 _act(rels(Rel("in", a, o), Rel("in", b, o))))


def t270_dec_sportscaster(w: World) -> Made:
    pair = _two(w)
    if pair is None or not _can_top(w, *pair):
        return None
    a, b = pair
    return _made(w, f"Here's how this one ends, folks: the {a} sitting pretty right on top of the {b}! "
                    "Make it happen!", _act(rels(Rel("on", a, b))))


def t270_dec_hesitant(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    bowl = _bowl_for(w, blk[0])
    if bowl is None:
        return None
    return _made(w, f"the {blk[0]} should be in the bin... no, wait, sorry. it should be in the {bowl}",
                 _act(rels(Rel("in", blk[0], bowl))))


def t270_dec_retiree4(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    return _made(w, f"The {blk[0]} ought to be in the {_MIDDLE} of the table, I should think. "
                    "Would you see to it?", _act(rels(Rel("at", blk[0], _MIDDLE))))


def t270_dec_plain51(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.pick(full)[0]
    return _made(w, f"The {o} should be empty.", _act(empty(o)))


# ----- desiderative ---------------------------------------------------------------------------------
def t270_des_nurse6(w: World) -> Made:
    pair = _two(w)
    if pair is None:
        return None
    a, b = pair
    return _made(w, f"I'd like the {a} and the {b} both in the bin, please.", _act(binned([a, b])))


def t270_des_malay2(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b, c = w.pick(live, 3)
    return _made(w, f"I want make one tower: the {a} at the bottom, then the {b}, then the {c} on the top.",
                 _act(rels(Rel("stacked", a, b, c))))


def t270_des_sportscaster(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    corner = w.pick(list(_CORNERS))[0]
    return _made(w, f"What I want to see, folks, is the {blk[0]} touching down in the {corner}! Can it be done?",
                 _act(rels(Rel("at", blk[0], corner))))


def t270_des_hesitant(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    bowl = _bowl_for(w, blk[0])
    if bowl is None:
        return None
    return _made(w, f"I'd like the {blk[0]} in the... um, the {bowl}? yes. the {bowl}, I think.",
                 _act(rels(Rel("in", blk[0], bowl))))


def t270_des_retiree4(w: World) -> Made:
    pair = _two(w)
    if pair is None or not _can_top(w, *pair):
        return None
    a, b = pair
    return _made(w, f"My wish would be to have the {a} resting upon the {b}, if you please.",
                 _act(rels(Rel("on", a, b))))


def t270_des_plain51(w: World) -> Made:
    blk = w.pick(w.in_bowls())
    if not blk:
        return None
    bowl = w.state.base(blk[0])
    return _made(w, f"My goal is to get the {blk[0]} out of the {bowl}.", _act(_out_of(blk[0], bowl)))


# ----- quantified -----------------------------------------------------------------------------------
def t270_qua_nurse6(w: World) -> Made:
    live = _live(w)
    return _made(w, "Checklist for tonight: all of the blocks go in the bin.", _act(binned(live)))


def t270_qua_malay2(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or len(_live(w)) < 2:
        return None
    return _made(w, f"put exactly two block in the {bowl[0]}, not more", _act(count_in(bowl[0], 2)))


def t270_qua_sportscaster(w: World) -> Made:
    bowl = w.pick(w.bowls)
    loose = w.state.on_the_table()
    if not bowl or not loose or not _room(w, bowl[0], len(loose)):
        return None
    o = bowl[0]
    return _made(w, f"Every single block out on the table is headed for the {o}, folks, every last one of them!",
                 _act(rels(*(Rel("in", b, o) for b in loose))))


def t270_qua_hesitant(w: World) -> Made:
    if len(w.bowls) < 2 or len(_live(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "can you put one block in each bowl? I mean at least one in each, it doesn't matter which",
                 _act(*(count_in(o, 1, exact=False) for o in bowls)))


def t270_qua_retiree4(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.pick(full)[0]
    inside = w.state.in_bowl(o)
    return _made(w, f"Would you kindly take whatever is in the {o} and put all of it in the bin.",
                 _act(binned(inside)))


def t270_qua_plain51(w: World) -> Made:
    live = _live(w)
    if len(live) > layout.MAX_TOWER:
        return None
    return _made(w, "Stack all the blocks into one tower.", _act(rels(Rel("tower", *live))))


# ----- negated --------------------------------------------------------------------------------------
def t270_neg_nurse6(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    rest = [b for b in _live(w) if b != blk[0]]
    return _made(w, f"All blocks to the bin except the {blk[0]}.", _act(binned(rest), none_binned(blk)))


def t270_neg_malay2(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    o = bowl[0]
    outside = [b for b in _live(w) if w.state.base(b) != o]
    if not outside:
        return None
    skip = w.pick(outside)[0]
    rest = [b for b in _live(w) if b != skip]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"put all the block in the {o} but not the {skip}",
                 _act(rels(*(Rel("in", b, o) for b in rest)), _out_of(skip, o)))


def t270_neg_sportscaster(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    a, b = w.pick(live, 2)
    rest = [x for x in live if x not in (a, b)]
    return _made(w, f"Everything's heading for the bin tonight, everything except the {a} and the {b}! "
                    "Those two stay out of it!", _act(binned(rest), none_binned([a, b])))


def t270_neg_hesitant(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.pick(full)[0]
    inside = w.state.in_bowl(o)
    return _made(w, f"empty the {o} but don't put anything in the bin... I mean, don't throw them away, "
                    "just take them out", _act(empty(o), none_binned(inside)))


def t270_neg_retiree4(w: World) -> Made:
    inb = w.in_bowls()
    if len(inb) < 2:
        return None
    red = w.pick(inb)[0]
    home = w.state.base(red)
    others = [b for b in inb if b != red]
    bowls = set(w.bowls)
    return _made(w, f"I'd be obliged if you would take every block out of the bowls, save for the "
                    f"{w.colour(red)} one.",
                 _act(lambda _i, f: all(f.base(b) not in bowls for b in others),
                      lambda _i, f: f.base(red) == home))


def t270_neg_plain51(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.base(a) != BIN]
    if not pairs:
        return None
    a, b = w.pick(pairs)[0]
    return _made(w, f"Move the {a} off the {b}, but not into the bin.",
                 _act(_not(Rel("on", a, b)), none_binned([a])))


# ----- relative -------------------------------------------------------------------------------------
def t270_rel_nurse6(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    return _made(w, f"The block on top of the {below}: move it to the bin, please.", _act(binned([top])))


def t270_rel_malay2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.pick(pairs)[0]
    bowl = _bowl_for(w, below)
    if bowl is None:
        return None
    return _made(w, f"the block under the {top}, put it inside the {bowl} please",
                 _act(rels(Rel("in", below, bowl))))


def t270_rel_sportscaster(w: World) -> Made:
    free = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not free:
        return None
    o = w.pick(free)[0]
    ranked = sorted(_live(w), key=lambda b: w.dist(b, o))
    if len(ranked) < 2 or w.dist(ranked[1], o) - w.dist(ranked[0], o) < 0.04:
        return None
    return _made(w, f"Whoever's closest to the {o}, that's our player! That block goes straight into the {o}!",
                 _act(rels(Rel("in", ranked[0], o))))


def t270_rel_hesitant(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    ref = blk[0]
    tower = {ref, *w.state.above(ref)}
    cur = w.state.support[ref]
    while cur in w.state.support:
        tower.add(cur)
        cur = w.state.support[cur]
    ranked = sorted((b for b in _live(w) if b not in tower), key=lambda b: -w.dist(b, ref))
    if len(ranked) < 2 or w.dist(ranked[0], ref) - w.dist(ranked[1], ref) < 0.04:
        return None
    return _made(w, f"take the block nearest to the {ref}, um, no, the one furthest away from it, "
                    "and put that one in the bin", _act(binned([ranked[0]])))


def t270_rel_retiree4(w: World) -> Made:
    tops = [a for a, _b in w.pairs() if w.state.is_clear(a)]
    if len(tops) != 1 or w.state.base(tops[0]) != TABLE:
        return None
    top = tops[0]
    return _made(w, "Would you be good enough to take the topmost block off the tower and set it on the table?",
                 _act(rels(Rel("on_table", top))))


def t270_rel_plain51(w: World) -> Made:
    single = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not single:
        return None
    o = w.pick(single)[0]
    x = w.state.in_bowl(o)[0]
    targets = [b for b in _live(w) if _can_top(w, x, b)]
    if not targets:
        return None
    t = w.pick(targets)[0]
    return _made(w, f"Put the block that's in the {o} on the {t}.", _act(rels(Rel("on", x, t))))


# ----- keep -----------------------------------------------------------------------------------------
def t270_keep_nurse6(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    stay = [b for b in _live(w) if b != blk[0] and b not in w.state.above(blk[0])]
    if not stay:
        return None
    s = w.pick(stay)[0]
    return _made(w, f"Move the {blk[0]} to the bin. {s.capitalize()} stays where it is.",
                 _act(binned(blk), kept(s)))


def t270_keep_malay2(w: World) -> Made:
    holders = {w.state.base(b) for b in w.in_bowls()}
    if len(holders) != 1:
        return None
    o = holders.pop()
    loose = w.state.on_the_table()
    inside = w.state.in_bowl(o)
    if not loose:
        return None
    return _made(w, f"clear the table, all the blocks put in the bin, but the blocks inside the {o} keep there",
                 _act(binned(loose), kept(*inside)))


def t270_keep_sportscaster(w: World) -> Made:
    pair = _two(w)
    if pair is None or not _can_top(w, *pair):
        return None
    a, b = pair
    busy = {a, b, *w.state.above(a), *w.state.above(b)}
    stay = [x for x in _live(w) if x not in busy]
    if not stay:
        return None
    s = w.pick(stay)[0]
    return _made(w, f"The {a} is making its move onto the {b}! And the {s}? It's staying right where it is, "
                    "folks, not moving an inch!", _act(rels(Rel("on", a, b)), kept(s)))


def t270_keep_hesitant(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    bowl = _bowl_for(w, blk[0])
    stay = [b for b in _live(w) if b != blk[0] and b not in w.state.above(blk[0])]
    if bowl is None or not stay:
        return None
    s = w.pick(stay)[0]
    return _made(w, f"put the {blk[0]} in the {bowl} but leave the... the {s}, leave that one alone",
                 _act(rels(Rel("in", blk[0], bowl)), kept(s)))


def t270_keep_retiree4(w: World) -> Made:
    live = _live(w)
    ok = [b for b in live if w.state.support[b] not in w.state.support]
    if len(live) < 2 or not ok:
        return None
    red = w.pick(ok)[0]
    rest = [b for b in live if b != red]
    return _made(w, f"Kindly tidy every block away into the bin, but leave the {w.colour(red)} one just as it is, "
                    "if you please.", _act(binned(rest), kept(red)))


def t270_keep_plain51(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    o = bowl[0]
    options = [b for b in _live(w) if w.state.base(b) != o]
    if not options:
        return None
    g = w.pick(options)[0]
    corner = w.pick(list(_CORNERS))[0]
    inside = w.state.in_bowl(o)
    return _made(w, f"Put the {g} in the {corner}, and keep the {o} as it is.",
                 _act(rels(Rel("at", g, corner)), kept(*inside),
                      lambda _i, f: sorted(f.in_bowl(o)) == sorted(inside)))


# ----- multi-step -----------------------------------------------------------------------------------
def t270_multi_nurse6(w: World) -> Made:
    pair = _two(w)
    if pair is None:
        return None
    a, b = pair
    bowl = _bowl_for(w, b)
    if bowl is None:
        return None
    return _made(w, f"1. {a.capitalize()} to the bin. 2. {b.capitalize()} to the {bowl}. 3. Done.",
                 _act(binned([a]), rels(Rel("in", b, bowl))))


def t270_multi_malay2(w: World) -> Made:
    blk = w.pick(w.in_bowls())
    if not blk:
        return None
    r = blk[0]
    o = w.state.base(r)
    targets = [b for b in _live(w) if w.state.base(b) != o and _can_top(w, r, b)]
    if not targets:
        return None
    g = w.pick(targets)[0]
    return _made(w, f"first take the {r} out from the {o}, after that put it on the {g}",
                 _act(rels(Rel("on", r, g))))


def t270_multi_sportscaster(w: World) -> Made:
    pair = _two(w)
    if pair is None:
        return None
    g, r = pair
    corner = w.pick(list(_CORNERS))[0]
    return _made(w, f"First up, the {g} heads out to the {corner}, and then the {r} climbs right up on top of it! "
                    "What a play!", _act(rels(Rel("at", g, corner), Rel("on", r, g))))


def t270_multi_hesitant(w: World) -> Made:
    pair = _two(w)
    if pair is None:
        return None
    y, b = pair
    bowl = _bowl_for(w, b)
    if bowl is None:
        return None
    return _made(w, f"first put the {y} in the bin, then... um, then the {b} in the bin too. actually no, "
                    f"put the {b} in the {bowl}", _act(binned([y]), rels(Rel("in", b, bowl))))


def t270_multi_retiree4(w: World) -> Made:
    pair = _two(w)
    if pair is None:
        return None
    b, r = pair
    bowl = _bowl_for(w, r)
    if bowl is None:
        return None
    return _made(w, f"First, would you put the {b} in the {_MIDDLE} of the table, and afterwards place the {r} "
                    f"in the {bowl}. Thank you kindly.", _act(rels(Rel("at", b, _MIDDLE), Rel("in", r, bowl))))


def t270_multi_plain51(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.pick(full)[0]
    inside = w.state.in_bowl(o)
    others = [b for b in _live(w) if b not in inside]
    if not others:
        return None
    r = w.pick(others)[0]
    return _made(w, f"Empty the {o} into the bin, then put the {r} in the {o}.",
                 _act(binned(inside), rels(Rel("in", r, o))))


# ----- questions ------------------------------------------------------------------------------------
def t270_q_nurse6(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.pick(full)[0]
    return f"Status check, please: how many blocks are in the {o}?", answered(str(len(w.state.in_bowl(o))))


def t270_q_malay2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.pick(pairs)[0]
    else:
        two = _two(w)
        if two is None:
            return None
        a, b = two
    return f"the {a} is on top the {b} or not?", answered(yes(w.state.support[a] == b))


def t270_q_sportscaster(w: World) -> Made:
    ok = [b for b in _live(w) if w.state.support[b] not in w.state.support or w.state.base(b) == TABLE]
    if not ok:
        return None
    b = w.pick(ok)[0]
    return f"Quick check from the booth: where's the {b} sitting right now?", answered(_where(w, b))


def t270_q_hesitant(w: World) -> Made:
    n = len(w.state.on_the_table())
    return ("how many blocks are on the table? I mean... not counting the ones in the bowls",
            answered(str(n)))


def t270_q_retiree4(w: World) -> Made:
    ok = [b for b in _live(w) if w.state.support[b] in w.bowls
          or (w.state.support[b] in w.state.support and w.state.base(b) == TABLE)]
    if not ok:
        return None
    b = w.pick(ok)[0]
    n = len(w.bowls)
    return (f"Might I ask how many bowls there are, and what the {b} is resting upon?",
            answered(f"{n}|{_where(w, b)}"))


def t270_q_plain51(w: World) -> Made:
    blk = w.pick(_live(w))
    if not blk:
        return None
    on = w.state.on_top(blk[0])
    return f"What's on top of the {blk[0]}?", answered(on[0] if on else "nothing")


# ----- matching -------------------------------------------------------------------------------------
def t270_match_nurse6(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Sort by colour: each block into the bowl of the same colour.", _act(rels(*want)))


def t270_match_malay2(w: World) -> Made:
    ms = _matchers(w)
    if not ms:
        return None
    b = w.pick(ms)[0]
    o = _bowl_of(w, w.colour(b))
    if o is None:
        return None
    return _made(w, f"the {b}, put in the bowl that same colour with it", _act(rels(Rel("in", b, o))))


def t270_match_sportscaster(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in _live(w) if b not in _matchers(w)]
    for m in movers:
        if any(x in rest for x in w.state.above(m)):
            return None
    return _made(w, "It's colour-match time! Every block with a bowl in its own colour goes home to that bowl, "
                    "and the rest stay put right where they are!", _act(rels(*matching(w)), kept(*rest)))


def t270_match_hesitant(w: World) -> Made:
    ms = _matchers(w)
    if not ms:
        return None
    ref = w.pick(ms)[0]
    o = _bowl_of(w, w.colour(ref))
    movers = [b for b in _live(w) if b != ref and w.state.base(b) != o]
    if o is None or not movers or not _room(w, o):
        return None
    r = w.pick(movers)[0]
    return _made(w, f"um, could you put the {r} into the bowl that's the same colour as the... as the {ref}? "
                    "yes, I think that's right", _act(rels(Rel("in", r, o))))


def t270_match_retiree4(w: World) -> Made:
    want = matching(w)
    ms = _matchers(w)
    rest = [b for b in _live(w) if b not in ms]
    if not want or not rest:
        return None
    return _made(w, "Would you be so kind as to put each block into the bowl that matches its colour, "
                    "and the others into the bin?", _act(rels(*want), binned(rest)))


def t270_match_plain51(w: World) -> Made:
    ms = _matchers(w)
    rest = [b for b in _live(w) if b not in ms]
    if not rest or not ms:
        return None
    return _made(w, "Put the blocks that don't match any bowl's colour in the bin.",
                 _act(binned(rest), none_binned(ms)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("nurse6", "malay2", "sportscaster", "hesitant", "retiree4", "plain51")
FRESH270: list[Template] = [
    (f"t270_{short}_{style}", category, globals()[f"t270_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
