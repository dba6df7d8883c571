"""`FRESH267`, the two-hundred-and-sixty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, typing what they want into the chat window for the first time,
in their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain
questions about the table, one or two in a message. Six personas write them:
- painter: a house painter, colour-minded and practical: "Grab the red block and drop it in the blue bowl."
- swahili: a Swahili speaker writing English with small slips: "Please you put the red block on top the green block."
- professor: a professor, long careful sentences with qualifications: "I would be most grateful if the red block
  could, at your convenience, be placed in the bin."
- boss2: an impatient boss giving orders: "Red block, top left corner. Now."
- granny6: a grandmother who tells little stories around the request: "My grandson used to build the tallest
  towers. Could you put the yellow block onto the blue block for me, dear?"
- plain48: a plain, ordinary adult with no quirks: "Can you take the red block out of the blue bowl and put it on
  the table?"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 3f219a0, the code of 6f5a664, before anything it could prompt): 0.7467
goal-correct (224 of 300), 60 refused, two questions, nine wrong actions and five wrong replies. The wrong actions: the
painter's "Clear every block off the table and into the bin, like clearing the drop cloth. The ones in the bowls can
stay in their bowls." binned the blocks in bowls too; the grandmother's "W always looked a bit lonely to me, like my
sister's house after the children moved out. Put the block of the same colour in it, would you, dear?" The wrong
replies: the professor's "Is X, so far as you are able to tell, resting directly on Y?" The questions: the grandmother's
"There's a little tower there with X at the bottom, my grandson built it. Could you take the one on the very top and pop
it in W, dear?" The refusals: the professor's "I would be most grateful if X could, at your convenience, be placed in
the bin; it is, I believe, no longer needed for our purposes.", "The arrangement I have in mind, and I do not think it
an unreasonable one, is one in which X is in the bin.", "Should it be feasible, I would ask that each of the bowls end
up holding exactly one block; which blocks, I leave entirely to your discretion.", "It would be preferable, I think, if
X were no longer resting on Y; kindly set it down elsewhere, though not, I must stress, in the bin." and "I should like
W emptied into the bin, while X, I must insist, remains precisely where it is at present."; the painter's "I'd like X
and Y both in W, they go together nicely.", "Everything on the table goes in the bin except X, I still need that
colour." and "Put X in W, but don't touch Y, the paint on it is still wet."; the grandmother's "I'd love to see a little
tower, like the layer cakes I used to bake: X at the bottom, then Y, and Z right on top.", "Oh, leave W alone, dear, it
has my favourites in it. All the other blocks can go in the bin though." and "I like things tidy, always have. First,
dear, could you empty W, put those anywhere you like, and then put X in it all by itself?"; the Swahili speaker's
"Please, put exactly two blocks in W, not more. Which blocks, it is not matter."
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
_GROUND = (TABLE, *PLACES)
_BIN_ROOM = 5  # never ask for more than this many blocks in the bin


# ----- helpers ----------------------------------------------------------------------------------------
def _hand_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return both(*checks, _hand_empty)


def _made(w: World, text: str, check: Check) -> Made:
    return None if check(w.state, w.state) else (text, check)


def _depth(s: SymState, block: str) -> int:
    """How high `block` sits in its tower (1 for a block resting on the table, a bowl or a place)."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(w: World, top: str, below: str) -> bool:
    s = w.state
    return (top != below and below not in s.above(top) and s.base(below) != BIN
            and _depth(s, below) < layout.MAX_TOWER)


def _room(w: World, bowl: str, blocks: list[str]) -> bool:
    """Whether `bowl` can take `blocks` besides what it holds now."""
    new = [b for b in blocks if w.state.base(b) != bowl]
    return len(w.state.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _on_ground(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (or a named place on it)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _stay_in_bowl(blocks: list[str]) -> Check:
    """Each block is still in the bowl it started in."""
    return lambda i, f: all(f.base(b) == i.base(b) for b in blocks)


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _c(w: World, name: str) -> str:
    return w.colour(name)


def _bowl_of_colour(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


# ----- imperative -------------------------------------------------------------------------------------
def t267_imp_painter(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options or not _room(w, bowl, options[:1]):
        return None
    a = w.pick(options)[0]
    return _made(w, f"Grab the {a} and drop it in the {bowl}, like a brush going back in its pot.",
                 _act(rels(Rel("in", a, bowl))))


def t267_imp_swahili(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Please you put the {a} on top the {b}.", _act(rels(Rel("on", a, b))))


def t267_imp_professor(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"I would be most grateful if the {a} could, at your convenience, be placed in the bin; "
                    "it is, I believe, no longer needed for our purposes.", _act(binned([a])))


def t267_imp_boss2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {a} to the {corner}. Now.", _act(rels(Rel("at", a, corner))))


def t267_imp_granny6(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"My grandson used to build the tallest towers when he was little, bless him. Could you put the "
                    f"{a} onto the {b} for me, dear?", _act(rels(Rel("on", a, b))))


def t267_imp_plain48(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] in w.bowls]
    if not options:
        return None
    a = w.pick(options)[0]
    bowl = w.state.support[a]
    return _made(w, f"Can you take the {a} out of the {bowl} and put it on the table?",
                 _act(rels(Rel("on_table", a))))


# ----- declarative ------------------------------------------------------------------------------------
def t267_dec_painter(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options or not _room(w, bowl, options[:1]):
        return None
    a = w.pick(options)[0]
    return _made(w, f"The {a} should be sitting in the {bowl} when you're done.", _act(rels(Rel("in", a, bowl))))


def t267_dec_swahili(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"The {a} it must to be on the {b}.", _act(rels(Rel("on", a, b))))


def t267_dec_professor(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"The arrangement I have in mind, and I do not think it an unreasonable one, is one in which the "
                    f"{a} is in the bin.", _act(binned([a])))


def t267_dec_boss2(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    return _made(w, f"{_c(w, a).capitalize()} block in the bin. {_c(w, b).capitalize()} block in the bin. "
                    "That's the plan.", _act(binned([a, b])))


def t267_dec_granny6(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    return _made(w, f"When I was a girl we always kept the good vase in the middle of the table. Well, today the {a} "
                    "belongs in the middle.", _act(rels(Rel("at", a, _MIDDLE))))


def t267_dec_plain48(w: World) -> Made:
    options = [b for b in w.blocks if w.state.base(b) in w.bowls]
    if not options:
        return None
    a = w.pick(options)[0]
    bowl = w.state.base(a)
    return _made(w, f"The {a} should be on the table, not in the {bowl}.", _act(rels(Rel("on_table", a))))


# ----- desiderative -----------------------------------------------------------------------------------
def t267_des_painter(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a, b = w.pick(w.blocks, 2)
    if not _room(w, bowl, [a, b]):
        return None
    return _made(w, f"I'd like the {a} and the {b} both in the {bowl}, they go together nicely.",
                 _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t267_des_swahili(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"I want that the {a} is on the {b}, please.", _act(rels(Rel("on", a, b))))


def t267_des_professor(w: World) -> Made:
    full = [b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= _BIN_ROOM]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"What I would like, if it is not too much trouble, is for every block that is presently in the "
                    f"{bowl} to end up in the bin.", _act(binned(inside)))


def t267_des_boss2(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"I want the {a} in the {corner}. Don't make me ask twice.", _act(rels(Rel("at", a, corner))))


def t267_des_granny6(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"I'd love to see a little tower, like the layer cakes I used to bake: the {a} at the bottom, "
                    f"then the {b}, and the {c} right on top.", _act(rels(Rel("stacked", a, b, c))))


def t267_des_plain48(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return _made(w, f"My goal is to have the {bowl} empty.", _act(empty(bowl)))


# ----- quantified -------------------------------------------------------------------------------------
def t267_qua_painter(w: World) -> Made:
    table = w.state.on_the_table()
    if not 2 <= len(table) <= _BIN_ROOM:
        return None
    in_bowls = w.state.in_bowls()
    return _made(w, "Clear every block off the table and into the bin, like clearing the drop cloth. "
                    "The ones in the bowls can stay in their bowls.",
                 _act(binned(table), _stay_in_bowl(in_bowls)))


def t267_qua_swahili(w: World) -> Made:
    free = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not free:
        return None
    bowl = w.pick(free)[0]
    return _made(w, f"Please, put exactly two blocks in the {bowl}, not more. Which blocks, it is not matter.",
                 _act(count_in(bowl, 2)))


def t267_qua_professor(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    return _made(w, "Should it be feasible, I would ask that each of the bowls end up holding exactly one block; "
                    "which blocks, I leave entirely to your discretion.",
                 _act(*(count_in(b, 1) for b in w.bowls)))


def t267_qua_boss2(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    return _made(w, f"Every block into the {bowl}. Go.", _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t267_qua_granny6(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    bowls = w.bowls

    def nothing_in_bowls(_i: SymState, f: SymState) -> bool:
        return not any(f.in_bowl(b) for b in bowls)

    return _made(w, "My knees aren't what they used to be and I can't reach in there anymore. Could you take all the "
                    "blocks out of the bowls and put them back on the table, every last one?",
                 _act(nothing_in_bowls, _on_ground(inside)))


def t267_qua_plain48(w: World) -> Made:
    if any(w.state.base(b) == BIN for b in w.blocks):
        return None
    return _made(w, "Throw any two of the blocks in the bin, it doesn't matter which.", _act(_bin_count(2)))


# ----- negated ----------------------------------------------------------------------------------------
def t267_neg_painter(w: World) -> Made:
    table = w.state.on_the_table()
    if len(table) < 2:
        return None
    keep = w.pick(table)[0]
    movers = [b for b in table if b != keep]
    if len(movers) > _BIN_ROOM:
        return None
    return _made(w, f"Everything on the table goes in the bin except the {keep}, I still need that colour.",
                 _act(binned(movers), _on_ground([keep])))


def t267_neg_swahili(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not options:
        return None
    keep = w.pick(options)[0]
    movers = [b for b in w.blocks if b != keep]
    if not movers or len(movers) > _BIN_ROOM:
        return None
    return _made(w, f"Please put all the blocks in the bin, but not the {keep}. The {keep} it stay where it is.",
                 _act(binned(movers), kept(keep)))


def t267_neg_professor(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"It would be preferable, I think, if the {top} were no longer resting on the {below}; kindly "
                    "set it down elsewhere, though not, I must stress, in the bin.",
                 _act(rels(Rel("on", top, below, negated=True)), none_binned([top])))


def t267_neg_boss2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Empty the {bowl}. Not into the bin, got it?", _act(empty(bowl), none_binned(inside)))


def t267_neg_granny6(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    movers = [b for b in w.blocks if b not in inside]
    if not movers or len(movers) > _BIN_ROOM:
        return None
    return _made(w, f"Oh, leave the {bowl} alone, dear, it has my favourites in it. All the other blocks can go in "
                    "the bin though.", _act(binned(movers), kept(*inside)))


def t267_neg_plain48(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] not in _GROUND]
    if not options:
        return None
    a = w.pick(options)[0]

    def not_corner(_i: SymState, f: SymState) -> bool:
        return f.support[a] not in _CORNERS

    return _made(w, f"Put the {a} on the table, just not in one of the corners.",
                 _act(rels(Rel("on_table", a)), not_corner))


# ----- relative ---------------------------------------------------------------------------------------
def t267_rel_painter(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The block sitting on top of the {below}, that one goes in the bin.", _act(binned([top])))


def t267_rel_swahili(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != bowl and _room(w, bowl, [b])]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Please take the block which is under the {top} and you put it in the {bowl}.",
                 _act(rels(Rel("in", below, bowl))))


def t267_rel_professor(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    options = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) != bowl)
    if len(options) < 2 or options[1][0] - options[0][0] < 0.04 or not _room(w, bowl, [options[0][1]]):
        return None
    near = options[0][1]
    return _made(w, f"The block nearest to the {bowl}, whichever that turns out to be, ought, I think, to be placed "
                    "inside it.", _act(rels(Rel("in", near, bowl))))


def t267_rel_boss2(w: World) -> Made:
    ys = sorted((w.y(b), b) for b in w.blocks)
    if len(ys) < 2 or ys[1][0] - ys[0][0] < 0.05:
        return None
    left = ys[0][1]
    return _made(w, "Leftmost block. In the bin. Now.", _act(binned([left])))


def t267_rel_granny6(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] in _GROUND and not w.state.is_clear(b)]
    if not bottoms:
        return None
    bottom = w.pick(bottoms)[0]
    top = w.state.above(bottom)[0]
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [top]):
        return None
    return _made(w, f"There's a little tower there with the {bottom} at the bottom, my grandson built it. Could you "
                    f"take the one on the very top and pop it in the {bowl}, dear?",
                 _act(rels(Rel("in", top, bowl))))


def t267_rel_plain48(w: World) -> Made:
    singles = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not singles:
        return None
    bowl = w.pick(singles)[0]
    x = w.state.in_bowl(bowl)[0]
    options = [b for b in w.blocks if _can_stack(w, x, b)]
    if not options:
        return None
    r = w.pick(options)[0]
    return _made(w, f"Put the block that's in the {bowl} on the {r}.", _act(rels(Rel("on", x, r))))


# ----- keep -------------------------------------------------------------------------------------------
def t267_keep_painter(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    options = [b for b in w.blocks if w.state.base(b) != bowl]
    if not options or not _room(w, bowl, options[:1]):
        return None
    a = w.pick(options)[0]
    others = [c for c in w.blocks if c != a and c not in w.state.above(a)]
    if not others:
        return None
    c = w.pick(others)[0]
    return _made(w, f"Put the {a} in the {bowl}, but don't touch the {c}, the paint on it is still wet.",
                 _act(rels(Rel("in", a, bowl)), kept(c)))


def t267_keep_swahili(w: World) -> Made:
    pairs = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    others = [c for c in w.blocks if c not in (a, b) and c not in w.state.above(a) and c not in w.state.above(b)]
    if not others:
        return None
    c = w.pick(others)[0]
    return _made(w, f"Please put the {a} on the {b}, and the {c} you keep it where it is.",
                 _act(rels(Rel("on", a, b)), kept(c)))


def t267_keep_professor(w: World) -> Made:
    full = [b for b in w.bowls if 0 < len(w.state.in_bowl(b)) <= _BIN_ROOM]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in w.blocks if b not in inside]
    if not outside:
        return None
    c = w.pick(outside)[0]
    return _made(w, f"I should like the {bowl} emptied into the bin, while the {c}, I must insist, remains precisely "
                    "where it is at present.", _act(binned(inside), kept(c)))


def t267_keep_boss2(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    inside = w.state.in_bowl(bowl)
    pairs = [(a, b) for a in w.blocks for b in w.blocks
             if _can_stack(w, a, b) and a not in inside and b not in inside]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    n = len(inside)

    def same_count(_i: SymState, f: SymState) -> bool:
        return len(f.in_bowl(bowl)) == n

    return _made(w, f"Stack the {a} on the {b}. Leave the {bowl} as it is.",
                 _act(rels(Rel("on", a, b)), kept(*inside), same_count))


def t267_keep_granny6(w: World) -> Made:
    bottoms = [b for b in w.blocks if w.state.support[b] in _GROUND and not w.state.is_clear(b)]
    if not bottoms:
        return None
    bottom = w.pick(bottoms)[0]
    tower = [bottom, *w.state.above(bottom)]
    options = [b for b in w.blocks if b not in tower]
    if not options:
        return None
    a = w.pick(options)[0]
    corner = w.rng.choice(_CORNERS)
    top = tower[-1]
    return _made(w, f"My hands shake a bit these days, so I'll let you do it: put the {a} in the {corner}, please. "
                    f"But leave the tower with the {bottom} and the {top} just as it is, my grandson made it.",
                 _act(rels(Rel("at", a, corner)), kept(*tower)))


def t267_keep_plain48(w: World) -> Made:
    options = [b for b in w.clear_blocks() if w.state.support[b] != _MIDDLE]
    if not options:
        return None
    a = w.pick(options)[0]
    others = [b for b in w.blocks if b != a]
    return _made(w, f"Move the {a} to the middle and keep everything else where it is.",
                 _act(rels(Rel("at", a, _MIDDLE)), kept(*others)))


# ----- multi_step -------------------------------------------------------------------------------------
def t267_multi_painter(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a = w.pick(w.blocks)[0]
    pairs = [(b, c) for b in w.blocks for c in w.blocks if a not in (b, c) and _can_stack(w, b, c)]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    return _made(w, f"First put the {a} in the bin, then set the {b} on the {c}.",
                 _act(binned([a]), rels(Rel("on", b, c))))


def t267_multi_swahili(w: World) -> Made:
    options = [(a, b) for a in w.blocks if w.state.base(a) in w.bowls
               for b in w.blocks if w.state.base(b) != w.state.base(a) and _can_stack(w, a, b)]
    if not options:
        return None
    a, b = w.rng.choice(options)
    bowl = w.state.base(a)
    return _made(w, f"First you take the {a} out from the {bowl}, after you put it on the {b}.",
                 _act(rels(Rel("on", a, b))))


def t267_multi_professor(w: World) -> Made:
    g, r = w.pick(w.blocks, 2)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"To begin with, I should like the {g} placed in the {corner}; having done that, would you then be "
                    f"so kind as to put the {r} on top of it.",
                 _act(rels(Rel("at", g, corner), Rel("on", r, g))))


def t267_multi_boss2(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    bowl = w.pick(w.bowls)[0]
    if not _room(w, bowl, [c]):
        return None
    return _made(w, f"The {a} in the bin. Then the {b} in the bin. Then the {c} in the {bowl}. Move.",
                 _act(binned([a, b]), rels(Rel("in", c, bowl))))


def t267_multi_granny6(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    a = w.pick(w.blocks)[0]

    def only(_i: SymState, f: SymState) -> bool:
        return f.in_bowl(bowl) == [a]

    return _made(w, f"I like things tidy, always have. First, dear, could you empty the {bowl}, put those anywhere "
                    f"you like, and then put the {a} in it all by itself?", _act(only))


def t267_multi_plain48(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] not in _GROUND]
    if not options:
        return None
    g = w.pick(options)[0]
    b = w.pick([x for x in w.blocks if x != g])[0]
    return _made(w, f"Put the {g} on the table, then stack the {b} on it.",
                 _act(rels(Rel("on_table", g), Rel("on", b, g))))


# ----- question ---------------------------------------------------------------------------------------
def t267_q_painter(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return f"What colour is the block sitting on top of the {below}?", answered(_c(w, top))


def t267_q_swahili(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    return f"How many blocks there is inside the {bowl}?", answered(str(len(w.state.in_bowl(bowl))))


def t267_q_professor(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = holds(Rel("on", a, b), w.state)
    return (f"Is the {a}, so far as you are able to tell, resting directly on the {b}?", answered(yes(flag)))


def t267_q_boss2(w: World) -> Made:
    s = w.state
    options = [b for b in w.blocks if s.support[b] in s.bowls
               or (s.support[b] in s.support and s.base(b) in _GROUND)]
    if not options:
        return None
    a = w.pick(options)[0]
    return f"Where's the {a}? Quick.", answered(s.support[a])


def t267_q_granny6(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = w.state.count_at(TABLE)
    if n == 0:
        return None
    anything = bool(w.state.in_bowl(bowl))
    return (f"My eyes aren't what they were, dear, I can hardly see the table from my chair. How many blocks are "
            f"there on the table, and is there anything in the {bowl}?", answered(f"{n}|{yes(anything).lower()}"))


def t267_q_plain48(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    ups = w.state.on_top(a)
    return f"What's sitting on the {a}?", answered(ups[0] if ups else "nothing")


# ----- matching ---------------------------------------------------------------------------------------
def t267_match_painter(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Match the blocks to the bowls by colour, each block into the bowl of its own colour.",
                 _act(rels(*want)))


def t267_match_swahili(w: World) -> Made:
    options = [b for b in w.blocks if _bowl_of_colour(w, b)]
    if not options:
        return None
    a = w.pick(options)[0]
    bowl = _bowl_of_colour(w, a)
    return _made(w, f"Please put the {a} in the bowl of same colour.", _act(rels(Rel("in", a, bowl))))


def t267_match_professor(w: World) -> Made:
    want = matching(w)
    movers = [r.block for r in want]
    others = [b for b in w.blocks if b not in movers]
    if not want or any(w.state.support[b] in movers for b in others):
        return None
    return _made(w, "Were it possible, I should like each block that shares its colour with one of the bowls to be "
                    "placed in that bowl; the remaining blocks, however, should stay exactly as they are.",
                 _act(rels(*want), kept(*others)))


def t267_match_boss2(w: World) -> Made:
    want = matching(w)
    movers = [r.block for r in want]
    others = [b for b in w.blocks if b not in movers]
    if not want or not others or len(others) > _BIN_ROOM:
        return None
    return _made(w, "Colour match. Blocks go in the bowl of their own colour. Anything without a matching bowl goes "
                    "in the bin.", _act(rels(*want), binned(others)))


def t267_match_granny6(w: World) -> Made:
    options = [b for b in w.blocks if _bowl_of_colour(w, b)]
    if not options:
        return None
    a = w.pick(options)[0]
    bowl = _bowl_of_colour(w, a)
    return _made(w, f"The {bowl} always looked a bit lonely to me, like my sister's house after the children moved "
                    "out. Put the block of the same colour in it, would you, dear?",
                 _act(rels(Rel("in", a, bowl))))


def t267_match_plain48(w: World) -> Made:
    options = [(a, r) for a in w.blocks if _bowl_of_colour(w, a) for r in w.blocks if _can_stack(w, a, r)]
    if not options:
        return None
    a, r = w.rng.choice(options)
    bowl = _bowl_of_colour(w, a)
    return _made(w, f"Put the block that's the same colour as the {bowl} on top of the {r}.",
                 _act(rels(Rel("on", a, r))))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("painter", "swahili", "professor", "boss2", "granny6", "plain48")
FRESH267: list[Template] = [
    (f"t267_{short}_{style}", category, globals()[f"t267_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
