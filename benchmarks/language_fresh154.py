"""`FRESH154`, the hundred-and-fifty-fifth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is games, missions and playful framing: people dress a plain tabletop request up as play, with a "Simon
says" in front, a video-game level number, a spy's mission briefing, a treasure quest, a game-show round with points
and countdowns, or a make-believe story for children (the bin is a cave, a bowl is a nest, the table is lava). The
frame is only decoration: "Simon says" is never a trick, points are never optional, and the request inside is an
ordinary one (a move, a wanted state, a count, an exception, a relation, things to leave alone, ordered steps, a
question about the scene, colour matching). The checks are that request and nothing more: any order, any free choice
the words leave open, the gripper empty at the end; "on the table" means resting directly on the table (a named place
on it included), "in a bowl" counts a block stacked inside it; questions are answered from the scene. The six styles:

- simon: "Simon says: put the red block in the blue bowl."
- level: "Level 1: get the green block onto the yellow block."
- spy: "Your mission, should you choose to accept it, is to drop the cyan block into the bin."
- quest: "Quest: rescue the pink block from the white bowl and bring it to the table."
- show: "3... 2... 1... go! Put the red block in the blue bowl, then put the green block on top of it."
- pretend: "Let's pretend the blue bowl is a nest and the red block is an egg. Put the egg in the nest!"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 931ccf5, the code of a53883a, after every fix before it and before anything
it could prompt): 0.6433 goal-correct (193 of 300), 102 refused, 5 asked, no wrong action and no wrong reply. Most
refusals were the game's frame: 'Your mission, should you choose to accept it, is to ...', 'Quest: rescue X from W and
bring it to the table', 'Challenge round! For ten points, ...', 'Level 2 is complete once ...', 'Secret code: X hides in
W'. (The same 0.6433 was seen once before this commit, with no detail, in a regression run that picked up the file while
its tester was still checking it; the code was the same.)
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
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
from sim.core.symbolic import SymState


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _made(w: World, text: str, *checks: Check) -> Made:
    """The instance, or None when the goal already holds (doing nothing must fail)."""
    check = both(_idle, *checks)
    if check(w.state, w.state):
        return None
    return text, check


def _on_table(b: str) -> Rel:
    return Rel("on_table", b)


def _loose(w: World) -> list[str]:
    """Blocks resting directly on the table with nothing on them."""
    return [b for b in w.blocks if w.state.support[b] == TABLE and w.state.is_clear(b)]


def _in_a_bowl(w: World) -> list[str]:
    return [b for b in w.blocks if w.state.base(b) in w.bowls]


def _height(w: World, b: str) -> int:
    """How many blocks stand from the bottom of b's tower up to b itself."""
    n, cur = 1, w.state.support[b]
    while cur in w.state.support:
        n, cur = n + 1, w.state.support[cur]
    return n


def _can_stack(w: World, a: str, b: str) -> bool:
    return a != b and _height(w, b) < layout.MAX_TOWER


def _apart(w: World, a: str, *others: str) -> bool:
    """None of `others` is above `a` (moving a does not force moving them)."""
    above = set(w.state.above(a))
    return all(o != a and o not in above for o in others)


def _match_bowl(w: World, b: str) -> str | None:
    return next((bowl for bowl in w.bowls if w.colour(bowl) == w.colour(b)), None)


def _nearest(w: World, point: tuple[float, float], among: list[str]) -> str | None:
    """The block in `among` clearly nearest to `point` (by 4 cm at least), alone on the table; else None."""
    if len(among) < 2:
        return None

    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - point[0]) ** 2 + (p[1] - point[1]) ** 2) ** 0.5

    ranked = sorted(among, key=d)
    first = ranked[0]
    if d(ranked[1]) - d(first) < 0.04 or w.state.support[first] != TABLE or not w.state.is_clear(first):
        return None
    return first


def _place(w: World) -> str:
    return w.rng.choice(PLACES)


def _bowl_of(w: World, b: str) -> str | None:
    base = w.state.base(b)
    return base if base in w.bowls else None


# ----- imperative -------------------------------------------------------------------------------------
def t154_imp_simon(w: World) -> Made:
    a = w.pick([b for b in w.blocks if _bowl_of(w, b) is None])
    if not a:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Simon says: put the {a[0]} in the {bowl}.", rels(Rel("in", a[0], bowl)))


def t154_imp_level(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab or not _can_stack(w, ab[0], ab[1]):
        return None
    a, b = ab
    return _made(w, f"Level 1: get the {a} onto the {b}.", rels(Rel("on", a, b)))


def t154_imp_spy(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return _made(w, f"Your mission, should you choose to accept it, is to drop the {a} into the bin.",
                 rels(Rel("in_bin", a)))


def t154_imp_quest(w: World) -> Made:
    a = w.pick(_in_a_bowl(w))
    if not a:
        return None
    bowl = w.state.base(a[0])
    return _made(w, f"Quest: rescue the {a[0]} from the {bowl} and bring it to the table.", rels(_on_table(a[0])))


def t154_imp_show(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), _place(w)
    return _made(w, f"Challenge round! For ten points, move the {a} to the {place}.", rels(Rel("at", a, place)))


def t154_imp_pretend(w: World) -> Made:
    a = w.pick([b for b in w.blocks if _bowl_of(w, b) is None])
    if not a:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"Let's pretend the {bowl} is a nest and the {a[0]} is an egg. Put the egg in the nest!"
    return _made(w, text, rels(Rel("in", a[0], bowl)))


# ----- declarative ------------------------------------------------------------------------------------
def t154_dec_simon(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab or not _can_stack(w, ab[0], ab[1]):
        return None
    a, b = ab
    return _made(w, f"Simon says: when you're done, the {a} is sitting on the {b}.", rels(Rel("on", a, b)))


def t154_dec_level(w: World) -> Made:
    a = w.pick([b for b in w.blocks if _bowl_of(w, b) is None])
    if not a:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Level 2 is complete once the {a[0]} is in the {bowl}.", rels(Rel("in", a[0], bowl)))


def t154_dec_spy(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] != TABLE]
    if not off:
        return None
    b = w.rng.choice(off)
    a = w.pick([x for x in w.blocks if x != b])[0]
    text = f"Mission objective: the {a} is in the bin and the {b} is on the table."
    return _made(w, text, rels(Rel("in_bin", a), _on_table(b)))


def t154_dec_quest(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), _place(w)
    return _made(w, f"The treasure map says the {a} lies at the {place}.", rels(Rel("at", a, place)))


def t154_dec_show(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab or not _can_stack(w, ab[0], ab[1]):
        return None
    a, b = ab
    return _made(w, f"To win the prize, the {a} has to be stacked right on top of the {b}.", rels(Rel("on", a, b)))


def t154_dec_pretend(w: World) -> Made:
    a = w.pick([b for b in w.blocks if _bowl_of(w, b) is None])
    if not a:
        return None
    bowl = w.rng.choice(w.bowls)
    text = f"Pretend the {bowl} is a little house. In our story, the {a[0]} lives inside the house."
    return _made(w, text, rels(Rel("in", a[0], bowl)))


# ----- desiderative -----------------------------------------------------------------------------------
def t154_des_simon(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    return _made(w, f"Simon says: I want the {a} in the bin.", rels(Rel("in_bin", a)))


def t154_des_level(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab or not _can_stack(w, ab[0], ab[1]):
        return None
    a, b = ab
    return _made(w, f"To beat this level I'd like the {a} on top of the {b}.", rels(Rel("on", a, b)))


def t154_des_spy(w: World) -> Made:
    a = w.pick([b for b in w.blocks if _bowl_of(w, b) is None])
    if not a:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Agent, headquarters wants the {a[0]} hidden in the {bowl}.", rels(Rel("in", a[0], bowl)))


def t154_des_quest(w: World) -> Made:
    bowls = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) <= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    ab = w.pick([b for b in w.blocks if w.state.base(b) != bowl], 2)
    if not ab:
        return None
    a, b = ab
    text = f"For this quest I'd love to see the {a} and the {b} both in the {bowl}."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def t154_des_show(w: World) -> Made:
    a, place = w.rng.choice(w.blocks), _place(w)
    text = f"Make it so that the {a} is at the {place}, and you score a hundred points!"
    return _made(w, text, rels(Rel("at", a, place)))


def t154_des_pretend(w: World) -> Made:
    a = w.pick(_in_a_bowl(w))
    if not a:
        return None
    bowl = w.state.base(a[0])
    text = f"Teddy wants the {a[0]} to come out of the {bowl} and sit on the table, please."
    return _made(w, text, rels(_on_table(a[0])))


# ----- quantified -------------------------------------------------------------------------------------
def t154_qua_simon(w: World) -> Made:
    return _made(w, "Simon says: every single block goes in the bin!", rels(*(Rel("in_bin", b) for b in w.blocks)))


def t154_qua_level(w: World) -> Made:
    inside = _in_a_bowl(w)
    if not inside:
        return None
    return _made(w, "Level 3: take each block that's in a bowl and put it on the table.",
                 rels(*(_on_table(b) for b in inside)))


def t154_qua_spy(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    text = f"Mission: empty the {bowl}. All of the blocks in it go into the bin."
    return _made(w, text, rels(*(Rel("in_bin", b) for b in inside)))


def t154_qua_quest(w: World) -> Made:
    free = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not free or len(w.blocks) < 3:
        return None
    bowl = w.rng.choice(free)
    text = f"Quest: fill the {bowl} with exactly two blocks. Any two blocks will do."
    return _made(w, text, count_in(bowl, 2))


def _one_tower(blocks: list[str]) -> Check:
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.support[bottoms[0]] == BIN:
            return False
        return len(f.above(bottoms[0])) == len(blocks) - 1
    return check


def t154_qua_show(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    n = len(w.blocks)
    return _made(w, f"Beat the clock: stack all {n} blocks into one single tower!", _one_tower(w.blocks))


def t154_qua_pretend(w: World) -> Made:
    blocks = w.blocks
    check: Check = lambda _i, f: all(f.base(b) in f.bowls for b in blocks)
    text = "Pretend every bowl is a bed: it's bedtime, so tuck each block into a bowl. Any bowl is fine."
    return _made(w, text, check)


# ----- negated ----------------------------------------------------------------------------------------
def t154_neg_simon(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    others = [b for b in w.blocks if b != a]
    return _made(w, f"Simon says: put every block except the {a} in the bin.",
                 rels(*(Rel("in_bin", b) for b in others)), none_binned([a]))


def t154_neg_level(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    return _made(w, f"Level 4: clear out the {bowl}, but don't put anything in the bin.",
                 empty(bowl), none_binned(w.blocks))


def t154_neg_spy(w: World) -> Made:
    a = w.pick(_in_a_bowl(w))
    if not a:
        return None
    bowl = w.state.base(a[0])
    text = f"Top secret: the {a[0]} must not stay in the {bowl}. Get it out, but never into the bin."
    check: Check = lambda _i, f: f.base(a[0]) not in (bowl, BIN)
    return _made(w, text, check)


def t154_neg_quest(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab:
        return None
    a, b = ab
    if not _apart(w, a, b) or not _apart(w, b, a):
        return None
    place = _place(w)
    return _made(w, f"Quest: bring the {a} to the {place} without touching the {b}.",
                 rels(Rel("at", a, place)), kept(b))


def t154_neg_show(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"No buzzers, no tricks: the {a} should not be on the {b} any more.",
                 rels(Rel("on", a, b, negated=True)))


def t154_neg_pretend(w: World) -> Made:
    blocks = w.blocks
    check: Check = lambda _i, f: all(f.base(b) in (*f.bowls, BIN) for b in blocks)
    text = "Pretend the table is hot lava! No block may stay on the table: hide every one in a bowl or in the bin."
    return _made(w, text, check)


# ----- relative ---------------------------------------------------------------------------------------
def t154_rel_simon(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Simon says: take the block that's sitting on the {below} and put it in the bin.",
                 rels(Rel("in_bin", top)))


def t154_rel_level(w: World) -> Made:
    single = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not single:
        return None
    bowl = w.rng.choice(single)
    b, place = w.state.in_bowl(bowl)[0], _place(w)
    return _made(w, f"Level 5: whatever block is in the {bowl} has to go to the {place}.", rels(Rel("at", b, place)))


def t154_rel_spy(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.support[s] not in w.state.support]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Agent, your target is the block directly under the {top}. Drop the target into the bin.",
                 rels(Rel("in_bin", below)))


def t154_rel_quest(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    p = w.scene.get(bowl).position
    target = _nearest(w, (p[0], p[1]), [b for b in w.blocks if w.state.base(b) != bowl])
    if target is None:
        return None
    text = f"Quest: find the block closest to the {bowl} and put it in that bowl."
    return _made(w, text, rels(Rel("in", target, bowl)))


def t154_rel_show(w: World) -> Made:
    bases = [b for b in w.blocks if w.state.support[b] not in w.state.support and w.state.above(b)]
    if not bases:
        return None
    base = w.rng.choice(bases)
    top = w.state.above(base)[0]
    bowl = w.rng.choice(w.bowls)
    text = f"For the jackpot: the block at the very top of the stack standing on the {base} goes into the {bowl}."
    return _made(w, text, rels(Rel("in", top, bowl)))


def t154_rel_pretend(w: World) -> Made:
    target = _nearest(w, layout.BIN_CENTER, w.blocks)
    if target is None:
        return None
    text = "Pretend the bin is a bear's cave. The block nearest to the cave is a sleepy bear: put it in the cave."
    return _made(w, text, rels(Rel("in_bin", target)))


# ----- keep -------------------------------------------------------------------------------------------
def t154_keep_simon(w: World) -> Made:
    abc = w.pick(w.blocks, 3)
    if not abc:
        return None
    a, b, c = abc
    if not _can_stack(w, a, b) or not _apart(w, a, c) or not _apart(w, b, c):
        return None
    return _made(w, f"Simon says: put the {a} on the {b}, and leave the {c} exactly where it is.",
                 rels(Rel("on", a, b)), kept(c))


def t154_keep_level(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    a = w.pick([b for b in w.blocks if b not in inside])
    if not a:
        return None
    place = _place(w)
    text = f"Level 6: move the {a[0]} to the {place}. The blocks in the {bowl} must stay put."
    return _made(w, text, rels(Rel("at", a[0], place)), kept(*inside))


def t154_keep_spy(w: World) -> Made:
    a = w.pick([b for b in w.blocks if w.state.is_clear(b)])
    if not a:
        return None
    others = [b for b in w.blocks if b != a[0]]
    return _made(w, f"Mission: sneak the {a[0]} into the bin without disturbing any other block.",
                 rels(Rel("in_bin", a[0])), kept(*others))


def t154_keep_quest(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    abc = w.pick(w.blocks, 3)
    if not abc:
        return None
    a, b, c = abc
    if w.state.base(a) == bowl or not _apart(w, a, b, c):
        return None
    text = f"Quest: carry the {a} over to the {bowl}, but the {b} and the {c} stay where they are."
    return _made(w, text, rels(Rel("in", a, bowl)), kept(b, c))


def t154_keep_show(w: World) -> Made:
    cand = [b for b in w.blocks if w.state.is_clear(b) and w.state.support[b] != TABLE]
    if not cand:
        return None
    a = w.rng.choice(cand)
    others = [b for b in w.blocks if b != a]
    text = f"Final challenge: only the {a} is allowed to move. Put it down on the table, and every other block stays."
    return _made(w, text, rels(_on_table(a)), kept(*others))


def t154_keep_pretend(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab:
        return None
    a, b = ab
    bowl = w.rng.choice(w.bowls)
    if w.state.base(a) == bowl or not _apart(w, a, b):
        return None
    text = f"Pretend the {b} is a sleeping kitten, so don't move it at all. Quietly put the {a} in the {bowl}."
    return _made(w, text, rels(Rel("in", a, bowl)), kept(b))


# ----- multi_step -------------------------------------------------------------------------------------
def t154_multi_simon(w: World) -> Made:
    off = [b for b in w.blocks if w.state.support[b] != TABLE]
    if not off:
        return None
    b = w.rng.choice(off)
    a = w.rng.choice([x for x in w.blocks if x != b])
    return _made(w, f"Simon says: first put the {a} in the bin, then put the {b} on the table.",
                 rels(Rel("in_bin", a), _on_table(b)))


def t154_multi_level(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab:
        return None
    a, b = ab
    bowl = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(bowl)) > 2:
        return None
    text = f"Level 7 has two stages. Stage one: put the {b} in the {bowl}. Stage two: stack the {a} on the {b}."
    return _made(w, text, rels(Rel("in", b, bowl), Rel("on", a, b)))


def t154_multi_spy(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab:
        return None
    a, b = ab
    place = _place(w)
    text = f"Phase one: hide the {a} in the bin. Phase two: move the {b} to the {place}. Go, agent."
    return _made(w, text, rels(Rel("in_bin", a), Rel("at", b, place)))


def t154_multi_quest(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t) and w.state.support[s] not in w.state.support]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [bw for bw in w.bowls if w.state.base(b) != bw]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"A quest in three parts: first lift the {a} off the {b}, then put the {b} in the {bowl}, "
            f"and last of all put the {a} back on top of the {b}.")
    return _made(w, text, rels(Rel("in", b, bowl), Rel("on", a, b)))


def t154_multi_show(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab:
        return None
    a, b = ab
    bowl = w.rng.choice(w.bowls)
    if len(w.state.in_bowl(bowl)) > 2:
        return None
    text = f"3... 2... 1... go! Put the {a} in the {bowl}, then put the {b} on top of it."
    return _made(w, text, rels(Rel("in", a, bowl), Rel("on", b, a)))


def t154_multi_pretend(w: World) -> Made:
    ab = w.pick(w.blocks, 2)
    if not ab:
        return None
    a, b = ab
    bowl1 = w.rng.choice(w.bowls)
    bowl2 = w.rng.choice(w.bowls)
    where = f"the {bowl2}" if bowl2 != bowl1 else f"the {bowl1} too"
    text = f"Let's play house. First the {a} goes to bed in the {bowl1}; after that the {b} goes to bed in {where}."
    return _made(w, text, rels(Rel("in", a, bowl1), Rel("in", b, bowl2)))


# ----- question ---------------------------------------------------------------------------------------
def t154_q_simon(w: World) -> Made:
    bowl = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    return f"Simon says: tell me how many blocks are in the {bowl}.", answered(str(n))


def t154_q_level(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        return f"Bonus level question: is the {a} on the {b}?", answered("Yes")
    ab = w.pick(w.blocks, 2)
    if not ab:
        return None
    a, b = ab
    if w.state.support[a] == b or b in w.state.above(a) or a in w.state.above(b):
        return None
    return f"Bonus level question: is the {a} on the {b}?", answered(yes(False))


def t154_q_spy(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    s = w.state.support[a]
    return f"Agent, report in: what is the {a} sitting on?", answered("|".join(s.split()))


def t154_q_quest(w: World) -> Made:
    n = len(w.state.on_the_table())
    text = "Treasure count! Counting the stacked ones too, how many blocks are on the table and not in a bowl?"
    return text, answered(str(n))


def t154_q_show(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    bowl = w.rng.choice(w.bowls)
    return f"For a hundred points: is the {a} in the {bowl}?", answered(yes(w.state.base(a) == bowl))


def t154_q_pretend(w: World) -> Made:
    bases = [b for b in w.blocks if len(w.state.above(b)) == 1]
    if not bases:
        return None
    b = w.rng.choice(bases)
    top = w.state.above(b)[0]
    text = f"Pretend you're a bird looking down from the sky. What colour is the block on top of the {b}?"
    return text, answered(w.colour(top))


# ----- matching ---------------------------------------------------------------------------------------
def t154_match_simon(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Simon says: put every block in the bowl that is the same colour as it.", rels(*want))


def t154_match_level(w: World) -> Made:
    cand = [b for b in w.blocks if _match_bowl(w, b)]
    if not cand:
        return None
    a = w.rng.choice(cand)
    bowl = _match_bowl(w, a)
    assert bowl is not None
    text = f"Level 8: the {a} belongs in the bowl of the same colour. Get it there!"
    return _made(w, text, rels(Rel("in", a, bowl)))


def t154_match_spy(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if not _match_bowl(w, b)]
    if not want or not rest:
        return None
    text = ("Secret code: every block that has a bowl of its own colour hides in that bowl, "
            "and all the other blocks go into the bin.")
    return _made(w, text, rels(*want), rels(*(Rel("in_bin", b) for b in rest)))


def t154_match_quest(w: World) -> Made:
    cand = [bw for bw in w.bowls if any(w.colour(b) == w.colour(bw) for b in w.blocks)]
    if not cand:
        return None
    bowl = w.rng.choice(cand)
    a = next(b for b in w.blocks if w.colour(b) == w.colour(bowl))
    text = f"Riddle quest: find the block that is the same colour as the {bowl} and put it in there."
    return _made(w, text, rels(Rel("in", a, bowl)))


def t154_match_show(w: World) -> Made:
    want = [r for r in matching(w) if w.state.base(r.args[0]) != r.args[1]]
    if not want:
        return None
    movers = [r.args[0] for r in want]
    rest = [b for b in w.blocks if b not in movers]
    if any(not _apart(w, m, *rest) for m in movers):
        return None
    text = ("Matching game! Each block that has a bowl of the same colour goes into that bowl; "
            "every other block stays right where it is.")
    return _made(w, text, rels(*matching(w)), kept(*rest))


def t154_match_pretend(w: World) -> Made:
    cand = [b for b in w.blocks if _match_bowl(w, b)]
    if not cand:
        return None
    a = w.rng.choice(cand)
    bowl = _match_bowl(w, a)
    assert bowl is not None
    text = (f"Make-believe time: the bowls are houses, and each block lives in the house of its own colour. "
            f"Send the {a} home.")
    return _made(w, text, rels(Rel("in", a, bowl)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("simon", "level", "spy", "quest", "show", "pretend")
FRESH154: list[Template] = [
    (f"t154_{short}_{style}", category, globals()[f"t154_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
