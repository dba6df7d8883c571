"""`FRESH309`, the three-hundred-and-tenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- hairdresser: "Hiya love! Could you pop the red block into the blue bowl for me? Ta ever so much!"
- french4: "Please, you can put the red block on the green block? Thank you."
- statistician: "Move exactly these two blocks to the bin: the red block and the green block. Nothing else goes in."
- kid4: "put the red block in the bin!!! bye bye red block"
- grandma5: "Oh, would you be a dear and set the red block down in the top left corner, if it's no trouble?"
- plain90: "Stack the red block on top of the green block."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 13c008c, the code of 9a19843, before anything it could prompt): 0.8333
goal-correct (250 of 300), 45 refused, 0 wrong actions, 5 wrong replies. The wrong replies: a grandma's 'I can't quite
see from over here, dear. Which block is that sitting on top of X?' (not answered). The refusals: a statistician's 'Move
exactly these two blocks to the bin: X and Y. Nothing else goes in.', 'Bin every block except X and Y: 2 go to the bin,
those 2 do not.', 'Of the blocks that are not in a bowl, take the one with the smallest distance to W and place it in
the bottom right corner.', 'Sort by colour: the 1 blocks whose colour matches a bowl go in that bowl, and the other 5 go
in the bin.', a hairdresser's 'what I'm picturing, babe, is X sitting right there in W. Gorgeous.', a French speaker's
'Put all the blocks in W but not X, this one stay outside of the bowl.', a kid's 'put X in a bowl but NOT W!! the V', a
grandma's 'That block nearest the bin, dear, the one closest to it, could you move it over to the bottom right corner
for me?', 'Everything in its right place, dear: each block in the bowl that matches its colour, please. And do leave the
odd ones with no matching bowl just where they are.'.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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

_CORNERS = list(PLACES[:4])
_MIDDLE = PLACES[4]


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """All the checks hold and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, *checks: Check) -> Made:
    """An action request, or None when its goal already holds in the scene."""
    check = _act(*checks)
    if check(w.state, w.state):
        return None
    return text, check


def _ask(text: str, prefix: str) -> Made:
    return text, answered(prefix)


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _depth(w: World, b: str) -> int:
    """How high `b` stands in its tower (1 when it rests on the table, a place or in a bowl)."""
    return 1 + len(_below(w, b))


def _room(w: World, bowl: str, coming: list[str]) -> bool:
    """Whether `bowl` can hold the blocks it holds now plus `coming`."""
    stay = [b for b in w.state.in_bowl(bowl) if b not in coming]
    return len(stay) + len(coming) <= layout.BOWL_CAPACITY


def _can_stack(w: World, x: str, y: str) -> bool:
    """Whether `x` can be put straight on `y` without breaking the tower limit."""
    return x != y and x not in _below(w, y) and _depth(w, y) + 1 <= layout.MAX_TOWER


def _movable(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.support[b] != BIN]


def _bin_count(s: SymState) -> int:
    return sum(1 for b in s.blocks if s.base(b) == BIN)


def _unique_min(w: World, key: dict[str, float], gap: float = 0.03) -> str | None:
    """The block with the smallest key, when it wins clearly (towers share a position, so they never win)."""
    order = sorted(key, key=key.get)
    if len(order) < 2 or key[order[1]] - key[order[0]] < gap:
        return None
    return order[0]


def _bin_dist(w: World, b: str) -> float:
    p = w.scene.get(b).position
    return ((p[0] - layout.BIN_CENTER[0]) ** 2 + (p[1] - layout.BIN_CENTER[1]) ** 2) ** 0.5


def _pick_bowl_for(w: World, block: str) -> str | None:
    options = [o for o in w.bowls if w.state.base(block) != o and _room(w, o, [block])]
    return w.rng.choice(options) if options else None


def _pick_target_block(w: World, block: str, avoid: tuple[str, ...] = ()) -> str | None:
    options = [y for y in w.blocks if y not in avoid and _can_stack(w, block, y) and w.state.support[block] != y]
    return w.rng.choice(options) if options else None


# ----- imperative ---------------------------------------------------------------------------------------
def t309_imp_hairdresser(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowl = _pick_bowl_for(w, x)
    if bowl is None:
        return None
    return _made(w, f"Hiya love! Could you pop the {x} into the {bowl} for me? Ta ever so much!",
                 rels(Rel("in", x, bowl)))


def t309_imp_french4(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    y = _pick_target_block(w, x)
    if y is None:
        return None
    return _made(w, f"Hello, please you can put the {x} on the {y}? Thank you.", rels(Rel("on", x, y)))


def t309_imp_statistician(w: World) -> Made:
    if _bin_count(w.state):
        return None
    x, y = w.pick(w.blocks, 2) or (None, None)
    if x is None:
        return None
    return _made(w, f"Move exactly these two blocks to the bin: the {x} and the {y}. Nothing else goes in.",
                 binned([x, y]), lambda _i, f: _bin_count(f) == 2)


def t309_imp_kid4(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _made(w, f"put the {x} in the bin!!! bye bye {x}", binned([x]))


def t309_imp_grandma5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Oh, would you be a dear and set the {x} down in the {corner}, if it's no trouble? "
                    "My eyes aren't what they were.", rels(Rel("at", x, corner)))


def t309_imp_plain90(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    y = _pick_target_block(w, x)
    if y is None:
        return None
    return _made(w, f"Stack the {x} on top of the {y}.", rels(Rel("on", x, y)))


# ----- declarative --------------------------------------------------------------------------------------
def t309_dec_hairdresser(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowl = _pick_bowl_for(w, x)
    if bowl is None:
        return None
    return _made(w, f"Okay so what I'm picturing, babe, is the {x} sitting right there in the {bowl}. Gorgeous.",
                 rels(Rel("in", x, bowl)))


def t309_dec_french4(w: World) -> Made:
    x, z = w.pick(w.blocks, 2) or (None, None)
    if x is None:
        return None
    y = _pick_target_block(w, x, avoid=(z,))
    if y is None or y in _below(w, z) or z in _below(w, y):
        return None
    return _made(w, f"The {x} must be on the {y}, and the {z} must be in the bin.",
                 rels(Rel("on", x, y), Rel("in_bin", z)))


def t309_dec_statistician(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b = w.pick(w.blocks, 2)
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"The {bowl} should contain exactly 2 blocks, namely the {a} and the {b}.",
                 rels(Rel("in", a, bowl), Rel("in", b, bowl)), count_in(bowl, 2))


def t309_dec_kid4(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    y = _pick_target_block(w, x)
    if y is None:
        return None
    return _made(w, f"the {x} goes on top of the {y}!! thats where it goes", rels(Rel("on", x, y)))


def t309_dec_grandma5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowl = _pick_bowl_for(w, x)
    if bowl is None:
        return None
    return _made(w, f"You know, dear, I've always thought the {x} belongs in the {bowl}. That's its proper home.",
                 rels(Rel("in", x, bowl)))


def t309_dec_plain90(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _made(w, f"The {x} should be in the middle of the table.", rels(Rel("at", x, _MIDDLE)))


# ----- desiderative -------------------------------------------------------------------------------------
def t309_des_hairdresser(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    y = _pick_target_block(w, x)
    if y is None:
        return None
    return _made(w, f"Ooh I'd love the {x} on top of the {y}, darling, that would look fab!",
                 rels(Rel("on", x, y)))


def t309_des_french4(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowl = _pick_bowl_for(w, x)
    if bowl is None:
        return None
    return _made(w, f"I would like that the {x} goes in the {bowl}, please.", rels(Rel("in", x, bowl)))


def t309_des_statistician(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    return _made(w, f"I want three blocks in the bin: the {x}, the {y} and the {z}.", binned([x, y, z]))


def t309_des_kid4(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"i want a tower!!! the {a} on the bottom then the {b} then the {c} on the very top",
                 rels(Rel("stacked", a, b, c)))


def t309_des_grandma5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"What I'd really like, sweetheart, if you can manage it, is for the {x} to go over in the "
                    f"{corner}.", rels(Rel("at", x, corner)))


def t309_des_plain90(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"My goal is to have the {bowl} empty.", empty(bowl))


# ----- quantified ---------------------------------------------------------------------------------------
def t309_qua_hairdresser(w: World) -> Made:
    return _made(w, "Right, we're tidying up for the night, hun: can you put all the blocks in the bin? "
                    "Every last one!", binned(w.blocks))


def t309_qua_french4(w: World) -> Made:
    table = w.state.on_the_table()
    bowl = w.rng.choice(w.bowls)
    if not table or not _room(w, bowl, table):
        return None
    return _made(w, f"Put each block who is on the table into the {bowl}, please.",
                 rels(*(Rel("in", b, bowl) for b in table)))


def t309_qua_statistician(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    now = len(w.state.in_bowl(bowl))
    options = [n for n in range(1, min(layout.BOWL_CAPACITY, len(w.blocks)) + 1) if n != now]
    n = w.rng.choice(options)
    word = {1: "one block", 2: "two blocks", 3: "three blocks", 4: "four blocks"}[n]
    return _made(w, f"I need the {bowl} to hold exactly {word}, no more and no fewer. I do not mind which.",
                 count_in(bowl, n))


def t309_qua_kid4(w: World) -> Made:
    if len(w.bowls) < 2 or all(w.state.in_bowl(o) for o in w.bowls):
        return None
    return _made(w, "every bowl needs a block in it!! dont leave any bowl empty",
                 lambda _i, f: all(f.in_bowl(o) for o in w.bowls))


def t309_qua_grandma5(w: World) -> Made:
    table, inside = w.state.on_the_table(), w.in_bowls()
    if not table or not inside:
        return None
    homes = {b: w.state.base(b) for b in inside}
    return _made(w, "Would you be so kind as to put every one of the blocks on the table into the bin, dear? "
                    "The ones in the bowls can stay where they are.",
                 binned(table), lambda _i, f: all(f.base(b) == homes[b] for b in inside))


def t309_qua_plain90(w: World) -> Made:
    if _bin_count(w.state):
        return None
    return _made(w, "Throw any two of the blocks in the bin.", lambda _i, f: _bin_count(f) == 2)


# ----- negated ------------------------------------------------------------------------------------------
def t309_neg_hairdresser(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Pop all the blocks in the bin except the {x}, love. I'm keeping that one, it's my favourite!",
                 binned(rest), none_binned([x]))


def t309_neg_french4(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if not outside:
        return None
    x = w.rng.choice(outside)
    rest = [b for b in w.blocks if b != x]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all the blocks in the {bowl} but not the {x}, this one stay outside of the bowl.",
                 rels(*(Rel("in", b, bowl) for b in rest)), _not(Rel("in", x, bowl)))


def t309_neg_statistician(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    x, y = w.pick(w.blocks, 2)
    rest = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"Bin every block except the {x} and the {y}: {len(rest)} go to the bin, those 2 do not.",
                 binned(rest), none_binned([x, y]))


def t309_neg_kid4(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    x = w.rng.choice(w.blocks)
    no = w.rng.choice(w.bowls)
    others = [o for o in w.bowls if o != no]
    if w.state.base(x) in others or not any(_room(w, o, [x]) for o in others):
        return None
    other = f"the {others[0]}" if len(others) == 1 else "one of the other ones"
    return _made(w, f"put the {x} in a bowl but NOT the {no}!! {other}",
                 lambda _i, f: f.base(x) in others)


def t309_neg_grandma5(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    if w.state.support[x] in w.state.support:
        return None
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Now leave the {x} alone, dear, don't touch it at all, but the rest of the blocks should all go "
                    "in the bin.", binned(rest), kept(x))


def t309_neg_plain90(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    return _made(w, f"Take the {x} out of the {bowl}, but don't put it in the bin.",
                 _not(Rel("in", x, bowl)), none_binned([x]))


# ----- relative -----------------------------------------------------------------------------------------
def t309_rel_hairdresser(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"See the block sitting on top of the {y}? Could you pop that one in the bin for me, hun?",
                 binned([x]))


def t309_rel_french4(w: World) -> Made:
    x = _unique_min(w, {b: w.y(b) for b in w.blocks})
    if x is None:
        return None
    bowl = _pick_bowl_for(w, x)
    if bowl is None:
        return None
    return _made(w, f"Take the block that is the most on the left and put it in the {bowl}.",
                 rels(Rel("in", x, bowl)))


def t309_rel_statistician(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    loose = [b for b in w.blocks if w.state.base(b) not in w.bowls]
    if len(loose) < 2:
        return None
    x = _unique_min(w, {b: w.dist(b, bowl) for b in loose})
    if x is None:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Of the blocks that are not in a bowl, take the one with the smallest distance to the {bowl} "
                    f"and place it in the {corner}.", rels(Rel("at", x, corner)))


def t309_rel_kid4(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, under = w.rng.choice(pairs)
    bowl = _pick_bowl_for(w, under)
    if bowl is None:
        return None
    return _made(w, f"the block under the {top}!!! put that one in the {bowl}", rels(Rel("in", under, bowl)))


def t309_rel_grandma5(w: World) -> Made:
    x = _unique_min(w, {b: _bin_dist(w, b) for b in w.blocks})
    if x is None:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"That block nearest the bin, dear, the one closest to it, could you move it over to the "
                    f"{corner} for me?", rels(Rel("at", x, corner)))


def t309_rel_plain90(w: World) -> Made:
    single = [o for o in w.bowls if len(w.state.in_bowl(o)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    x = w.state.in_bowl(bowl)[0]
    place = w.rng.choice(list(PLACES))
    where = "middle of the table" if place == _MIDDLE else place
    return _made(w, f"Move the block that's in the {bowl} to the {where}.", rels(Rel("at", x, place)))


# ----- keep ---------------------------------------------------------------------------------------------
def _keeper(w: World, moving: list[str], target: str | None = None) -> str | None:
    """A block to keep where it is: not one moving, not above one moving, not on top of the target block."""
    blocked = set(moving)
    for m in moving:
        blocked.update(w.state.above(m))
    if target is not None and target in w.state.support:
        blocked.update(w.state.above(target))
        blocked.add(target)
    options = [b for b in w.blocks if b not in blocked]
    return w.rng.choice(options) if options else None


def t309_keep_hairdresser(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    bowl = _pick_bowl_for(w, x)
    z = _keeper(w, [x])
    if bowl is None or z is None:
        return None
    return _made(w, f"Could you pop the {x} into the {bowl}, sweetie? But leave the {z} just as it is, I like it "
                    "there.", rels(Rel("in", x, bowl)), kept(z))


def t309_keep_french4(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    y = _pick_target_block(w, x)
    if y is None:
        return None
    z = _keeper(w, [x], y)
    if z is None:
        return None
    return _made(w, f"Put the {x} on the {y}, but the {z} must stay at its place, don't move it.",
                 rels(Rel("on", x, y)), kept(z))


def t309_keep_statistician(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if not set(w.state.above(x)) <= {y} or not set(w.state.above(y)) <= {x}:
        return None
    rest = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"Bin exactly two blocks, the {x} and the {y}. The remaining {len(rest)} blocks stay exactly "
                    "where they are.", binned([x, y]), kept(*rest))


def t309_keep_kid4(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    z = _keeper(w, [x])
    if z is None:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"can u put the {x} in the {corner}!! but keep the {z} where it is ok",
                 rels(Rel("at", x, corner)), kept(z))


def t309_keep_grandma5(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    z = _keeper(w, inside)
    if z is None:
        return None
    return _made(w, f"Would you tidy out the {bowl} for me, dear? Put what's in it in the bin. Only do leave the "
                    f"{z} where it is, bless you.", binned(inside), kept(z))


def t309_keep_plain90(w: World) -> Made:
    clear = [b for b in w.blocks if w.state.is_clear(b)]
    x = w.rng.choice(clear)
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Put the {x} in the bin and leave everything else as it is.", binned([x]), kept(*rest))


# ----- multi-step ---------------------------------------------------------------------------------------
def t309_multi_hairdresser(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    if x in _below(w, z) or not _can_stack(w, y, z) or _depth(w, z) > 2:
        return None
    return _made(w, f"First, pop the {x} in the bin, love, and then can you pop the {y} on top of the {z}? "
                    "Lovely, thanks!", binned([x]), rels(Rel("on", y, z)))


def t309_multi_french4(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    x = w.rng.choice(inside)
    bowl = w.state.base(x)
    options = [y for y in w.blocks if w.state.base(y) != bowl and _can_stack(w, x, y)]
    if not options:
        return None
    y = w.rng.choice(options)
    return _made(w, f"First you take the {x} out of the {bowl}, after you put it on the {y}.",
                 rels(Rel("on", x, y)), _not(Rel("in", x, bowl)))


def t309_multi_statistician(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(outside) < 2:
        return None
    a, b = w.rng.sample(outside, 2)
    n = len(w.state.in_bowl(bowl)) + 2
    if n > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Step 1: put the {a} in the {bowl}. Step 2: put the {b} in the same bowl. After that the "
                    f"{bowl} should hold {n} blocks.", rels(Rel("in", a, bowl), Rel("in", b, bowl)),
                 count_in(bowl, n))


def t309_multi_kid4(w: World) -> Made:
    x, y, z = w.pick(w.blocks, 3)
    if w.state.support[y] not in (TABLE, *PLACES):
        return None
    return _made(w, f"first put the {x} on the {y} and then put the {z} on the {x}!!! a tower!!",
                 rels(Rel("on", x, y), Rel("on", z, x)))


def t309_multi_grandma5(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    bowl = _pick_bowl_for(w, x)
    if bowl is None:
        return None
    return _made(w, f"Now, first of all I'd like the {x} put in the {bowl}, and once that's done, the {y} put "
                    "in the bin, if you please.", rels(Rel("in", x, bowl), Rel("in_bin", y)))


def t309_multi_plain90(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"Move the {x} to the {corner}, then put the {y} on top of it.",
                 rels(Rel("at", x, corner), Rel("on", y, x)))


# ----- questions ----------------------------------------------------------------------------------------
def t309_q_hairdresser(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _ask(f"Ooh, quick one while I've got you, hun: how many blocks are in the {bowl}?",
                str(len(w.state.in_bowl(bowl))))


def t309_q_french4(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] in w.bowls
               or (w.state.support[b] in w.state.support and w.state.base(b) not in w.bowls)]
    if not options:
        return None
    x = w.rng.choice(options)
    return _ask(f"Where is the {x}, please? I don't find it.", w.state.support[x])


def t309_q_statistician(w: World) -> Made:
    n = len(w.pairs())
    if not n:
        return None
    bowl = w.rng.choice(w.bowls)
    return _ask(f"Exactly how many blocks are resting on top of another block? Also, is the {bowl} empty, yes or no?",
                f"{n}|{yes(not w.state.in_bowl(bowl)).lower()}")


def t309_q_kid4(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        return _ask(f"is the {x} on the {y}??", "Yes")
    x, y = w.pick(w.blocks, 2)
    if x in w.state.above(y):
        return None
    return _ask(f"is the {x} on the {y}??", "No")


def t309_q_grandma5(w: World) -> Made:
    options = [y for y in w.blocks if len(w.state.above(y)) == 1]
    if not options:
        return None
    y = w.rng.choice(options)
    return _ask(f"I can't quite see from over here, dear. Which block is that sitting on top of the {y}?",
                w.state.above(y)[0])


def t309_q_plain90(w: World) -> Made:
    x = w.rng.choice(w.blocks)
    return _ask(f"How many bowls are there, and is the {x} in one of them?",
                f"{len(w.bowls)}|{yes(w.state.base(x) in w.bowls).lower()}")


# ----- matching -----------------------------------------------------------------------------------------
def _matches_fit(w: World, want: list[Rel]) -> bool:
    return all(_room(w, r.target, [r.block]) for r in want)


def t309_match_hairdresser(w: World) -> Made:
    want = matching(w)
    if not want or not _matches_fit(w, want):
        return None
    return _made(w, "Could you match them up for me, babe? Any block that's got a bowl the same colour as it, pop it "
                    "in that bowl.", rels(*want))


def t309_match_french4(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target, [r.block])]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"Put the {r.block} in the bowl which have the same colour.", rels(r))


def t309_match_statistician(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or not rest:
        return None
    return _made(w, f"Sort by colour: the {len(want)} blocks whose colour matches a bowl go in that bowl, and the "
                    f"other {len(rest)} go in the bin.", rels(*want), binned(rest))


def t309_match_kid4(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target, [r.block])]
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"find the block thats the same colour as the {r.target} and put it in there!!", rels(r))


def t309_match_grandma5(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not want or any(z in w.state.above(m) for m in matched for z in rest):
        return None
    for bowl in w.bowls:
        staying = [z for z in rest if w.state.base(z) == bowl]
        coming = [r.block for r in want if r.target == bowl]
        if len(staying) + len(coming) > layout.BOWL_CAPACITY:
            return None
    return _made(w, "Everything in its right place, dear: each block in the bowl that matches its colour, please. "
                    "And do leave the odd ones with no matching bowl just where they are.",
                 rels(*want), kept(*rest))


def t309_match_plain90(w: World) -> Made:
    wrong = [b for b in w.in_bowls() if w.colour(w.state.base(b)) != w.colour(b)]
    if not wrong:
        return None
    return _made(w, "Take any block that's sitting in a bowl of a different colour and put it in the bin.",
                 binned(wrong))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("hairdresser", "french4", "statistician", "kid4", "grandma5", "plain90")
FRESH309: list[Template] = [
    (f"t309_{short}_{style}", category, globals()[f"t309_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
