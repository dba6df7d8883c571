"""`FRESH326`, the three-hundred-and-twenty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, asking the arm to tidy, stack, sort and answer small questions
about the blocks, bowls, bin and places in front of it. Six personas write them:
- surgeon: a surgeon, calm, exact, step by step ("Place the red block in the blue bowl. Nothing else.")
- farmer6: a farmer, plain country talk ("Chuck that red block in the bin, would you.")
- teacher5: a primary school teacher, clear, encouraging, explains ("Can you stack the red block on top of the
  green block, please? Nice and careful!")
- polish5: a Polish speaker writing English with small slips ("Please move red block to the top left corner.")
- influencer: a social media influencer, chatty, emojis spelled out as words ("okay robot bestie, literally just pop
  the pink block into the cyan bowl for me, sparkle emoji")
- plain107: a plain, ordinary adult ("Put the green block in the middle.")
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on eb8ea72, the code of 7077ecf, before anything it could prompt): 0.8233
goal-correct (247 of 300), 43 refused, 0 questions, 0 wrong actions, 10 wrong replies. The wrong replies: an
influencer's 'I'm literally obsessed with the idea of X on top of Y, can we make that happen? fingers crossed emoji'
(a help text, nothing moved), a farmer's 'How many blocks have we got sat loose on the table right now, not counting
the ones in bowls?'. The refusals: an influencer's emoji words ('sparkle emoji', 'heart eyes', 'robot bestie',
'literally my fave') in seven templates, a Polish speaker's 'Please put all blocks which are not in bowl into the
bin.', a teacher's '..., but please don't touch W: leave everything in it just as it is.' (3). One of the batch's
writers reports glimpsing two lines of the lexicon (the names of the bin, the table and the places) and a few lines of
the evaluation suite while checking an import.
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


# ----- helpers ---------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _place(name: str, long: bool = False) -> str:
    return "the middle of the table" if long and name == "middle" else f"the {name}"


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + n <= layout.BOWL_CAPACITY


def _below(s: SymState, b: str) -> list[str]:
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _height(s: SymState, b: str) -> int:
    """How many blocks the tower holding `b` has."""
    return len(_below(s, b)) + 1 + len(s.above(b))


def _on_table(s: SymState, b: str) -> bool:
    return s.support[b] in (TABLE, *PLACES)


def _onto(w: World) -> list[tuple[str, str]]:
    """(x, y): two clear blocks, x can go straight on y without making a tower taller than allowed."""
    clear = w.clear_blocks()
    return [(x, y) for x in clear for y in clear
            if x != y and _height(w.state, y) < layout.MAX_TOWER and w.state.support[x] != y]


def _alone(w: World) -> list[str]:
    """Blocks standing straight on the table with nothing on them."""
    return [b for b in w.clear_blocks() if _on_table(w.state, b)]


def _winner(scores: dict[str, float], margin: float = 0.03) -> str | None:
    """The name with the smallest score, if it beats every other by `margin`."""
    if not scores:
        return None
    ranked = sorted(scores, key=scores.get)
    if len(ranked) > 1 and scores[ranked[1]] - scores[ranked[0]] < margin:
        return None
    return ranked[0]


def _where(s: SymState, b: str) -> str:
    """Where a person would say `b` is: its bowl, else what it rests on."""
    return s.base(b) if s.base(b) in s.bowls else s.support[b]


def _towers(w: World) -> list[list[str]]:
    """Every tower of two or more blocks, bottom first."""
    bottoms = [b for b in w.blocks if w.state.support[b] not in w.state.support and w.state.on_top(b)]
    return [[b, *w.state.above(b)[::-1]] for b in bottoms]


def _names(items: list[str]) -> str:
    items = [f"the {x}" for x in items]
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


# ----- imperative ------------------------------------------------------------------------------------
def t326_imp_surgeon(w: World) -> Made:
    bowl = w.pick(w.bowls)
    blocks = [b for b in w.clear_blocks() if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks or not _room(w, bowl[0]):
        return None
    x = w.pick(blocks)[0]
    return _made(w, f"Place the {x} in the {bowl[0]}. Nothing else.", _act(rels(Rel("in", x, bowl[0]))))


def t326_imp_farmer6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"Chuck that {x[0]} in the bin, would you.", _act(rels(Rel("in_bin", x[0]))))


def t326_imp_teacher5(w: World) -> Made:
    pairs = _onto(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"Can you stack the {x} on top of the {y}, please? Nice and careful!",
                 _act(rels(Rel("on", x, y))))


def t326_imp_polish5(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"Please move {x[0]} to the {p}.", _act(rels(Rel("at", x[0], p))))


def t326_imp_influencer(w: World) -> Made:
    bowl = w.pick(w.bowls)
    blocks = [b for b in w.clear_blocks() if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks or not _room(w, bowl[0]):
        return None
    x = w.pick(blocks)[0]
    return _made(w, f"okay robot bestie, literally just pop the {x} into the {bowl[0]} for me, sparkle emoji",
                 _act(rels(Rel("in", x, bowl[0]))))


def t326_imp_plain107(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES)
    return _made(w, f"Put the {x[0]} in {_place(p)}.", _act(rels(Rel("at", x[0], p))))


# ----- declarative -----------------------------------------------------------------------------------
def t326_dec_surgeon(w: World) -> Made:
    pairs = _onto(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"The {x} is to be placed on the {y}.", _act(rels(Rel("on", x, y))))


def t326_dec_farmer6(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"That {x[0]} belongs in the bin, it's no use to anybody.", _act(rels(Rel("in_bin", x[0]))))


def t326_dec_teacher5(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"The {x[0]} needs to be in the middle of the table so everyone can see it.",
                 _act(rels(Rel("at", x[0], "middle"))))


def t326_dec_polish5(w: World) -> Made:
    bowl = w.pick(w.bowls)
    blocks = [b for b in w.clear_blocks() if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks or not _room(w, bowl[0]):
        return None
    x = w.pick(blocks)[0]
    return _made(w, f"The {x} must be in {bowl[0]}.", _act(rels(Rel("in", x, bowl[0]))))


def t326_dec_influencer(w: World) -> Made:
    bowl = w.pick(w.bowls)
    blocks = [b for b in w.clear_blocks() if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks or not _room(w, bowl[0]):
        return None
    x = w.pick(blocks)[0]
    return _made(w, f"ok so the {x} lives in the {bowl[0]} now, that's literally the whole aesthetic, heart eyes",
                 _act(rels(Rel("in", x, bowl[0]))))


def t326_dec_plain107(w: World) -> Made:
    pairs = [(t, b) for t, b in w.pairs() if w.state.is_clear(t)]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"The {top} should be on the table, not stacked on the {below}.",
                 _act(rels(Rel("on_table", top))))


# ----- desiderative ----------------------------------------------------------------------------------
def t326_des_surgeon(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"I would like the {x[0]} placed at the {p}, please.", _act(rels(Rel("at", x[0], p))))


def t326_des_farmer6(w: World) -> Made:
    bowl = w.pick(w.bowls)
    blocks = [b for b in w.clear_blocks() if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not blocks or not _room(w, bowl[0]):
        return None
    x = w.pick(blocks)[0]
    return _made(w, f"I'd want that {x} in the {bowl[0]}, if you'd be so good.", _act(rels(Rel("in", x, bowl[0]))))


def t326_des_teacher5(w: World) -> Made:
    pairs = _onto(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"It would be lovely if the {x} were sitting on top of the {y}.", _act(rels(Rel("on", x, y))))


def t326_des_polish5(w: World) -> Made:
    x = w.pick(w.clear_blocks())
    if not x:
        return None
    return _made(w, f"I want that the {x[0]} is in the bin, please.", _act(rels(Rel("in_bin", x[0]))))


def t326_des_influencer(w: World) -> Made:
    pairs = _onto(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    return _made(w, f"I'm literally obsessed with the idea of the {x} on top of the {y}, can we make that happen? "
                    "fingers crossed emoji", _act(rels(Rel("on", x, y))))


def t326_des_plain107(w: World) -> Made:
    blocks = [b for b in w.clear_blocks() if not _on_table(w.state, b)]
    if not blocks:
        return None
    x = w.pick(blocks)[0]
    return _made(w, f"I'd like the {x} down on the table, please.", _act(rels(Rel("on_table", x))))


# ----- quantified ------------------------------------------------------------------------------------
def t326_qua_surgeon(w: World) -> Made:
    table = w.state.on_the_table()
    rest = [b for b in w.blocks if b not in table]
    if len(table) < 2:
        return None
    extra = " The blocks in the bowls stay out of the bin." if rest else ""
    return _made(w, "Transfer every block that is on the table into the bin." + extra,
                 _act(binned(table), none_binned(rest)))


def t326_qua_farmer6(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or w.state.in_bowl(bowl[0]) or len(w.blocks) < 2:
        return None
    return _made(w, f"Put two blocks in the {bowl[0]}, any two'll do.", _act(count_in(bowl[0], 2)))


def t326_qua_teacher5(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    return _made(w, "Let's tidy up: every single block goes into the bin, all of them!", _act(binned(w.blocks)))


def t326_qua_polish5(w: World) -> Made:
    inside = w.in_bowls()
    rest = [b for b in w.blocks if b not in inside]
    if not inside or not rest:
        return None
    return _made(w, "Please put all blocks which are not in bowl into the bin.",
                 _act(binned(rest), none_binned(inside)))


def t326_qua_influencer(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or len(w.blocks) < 3 or len(w.state.in_bowl(bowl[0])) >= 3:
        return None
    return _made(w, f"okay I need like three blocks in the {bowl[0]}, any three, literally don't care which ones, "
                    "sparkle sparkle", _act(count_in(bowl[0], 3)))


def t326_qua_plain107(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all the blocks in the {bowl[0]}.", _act(rels(*(Rel("in", b, bowl[0]) for b in w.blocks))))


# ----- negated ---------------------------------------------------------------------------------------
def t326_neg_surgeon(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    them = "it" if len(inside) == 1 else "them"
    return _made(w, f"No block should remain in the {bowl}. Set {them} down on the table.",
                 _act(empty(bowl), rels(*(Rel("on_table", b) for b in inside))))


def t326_neg_farmer6(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    x = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != x]
    return _made(w, f"Throw the lot in the bin except the {x}, that one I'm keeping.",
                 _act(binned(rest), none_binned([x])))


def t326_neg_teacher5(w: World) -> Made:
    loaded = [b for b in w.blocks if w.state.on_top(b)]
    if not loaded:
        return None
    x = w.rng.choice(loaded)
    return _made(w, f"The {x} shouldn't have anything on top of it. Can you clear it off for me? Thank you!",
                 _act(rels(Rel("clear", x))))


def t326_neg_polish5(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a, b = w.pick(w.blocks, 2)
    rest = [x for x in w.blocks if x not in (a, b)]
    return _made(w, f"Put all blocks in the bin but not the {a} and not the {b}.",
                 _act(binned(rest), none_binned([a, b])))


def t326_neg_influencer(w: World) -> Made:
    bowls = [b for b in w.bowls if w.state.in_bowl(b)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"ok so the {bowl} should literally be empty, no blocks in it at all, but please don't throw "
                    "them in the bin, they're too cute, crying face", _act(empty(bowl), none_binned(inside)))


def t326_neg_plain107(w: World) -> Made:
    if not w.pairs():
        return None
    return _made(w, "Make sure no block is sitting on top of another block.",
                 _act(lambda _i, f: all(f.support[b] not in f.support for b in f.blocks)))


# ----- relative --------------------------------------------------------------------------------------
def t326_rel_surgeon(w: World) -> Made:
    x = _winner({b: w.y(b) for b in w.blocks if w.state.base(b) != BIN})
    if x is None:
        return None
    return _made(w, "Take the leftmost block and place it in the bin.", _act(rels(Rel("in_bin", x))))


def t326_rel_farmer6(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0]):
        return None
    x = _winner({b: w.dist(b, bowl[0]) for b in w.blocks if w.state.base(b) != bowl[0]})
    if x is None:
        return None
    return _made(w, f"Whichever block's closest to the {bowl[0]}, pick it up and drop it in there.",
                 _act(rels(Rel("in", x, bowl[0]))))


def t326_rel_teacher5(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Can you find the block that is sitting on the {below} and put it in the bin?",
                 _act(rels(Rel("in_bin", top))))


def t326_rel_polish5(w: World) -> Made:
    bowls = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    x = w.state.in_bowl(bowl)[0]
    return _made(w, f"The block which is in {bowl}, put it on table please.", _act(rels(Rel("on_table", x))))


def t326_rel_influencer(w: World) -> Made:
    x = _winner({b: -w.y(b) for b in w.blocks})
    if x is None:
        return None
    targets = [y for y in w.clear_blocks() if y != x and _height(w.state, y) < layout.MAX_TOWER]
    if not targets:
        return None
    y = w.rng.choice(targets)
    return _made(w, f"the block on the far right, literally my fave, can it go on top of the {y}? pretty please, "
                    "heart emoji", _act(rels(Rel("on", x, y))))


def t326_rel_plain107(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl or not _room(w, bowl[0], 2):
        return None
    pairs = [(t, b) for t, b in w.pairs() if w.state.base(b) != bowl[0]]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    return _made(w, f"Put the block under the {top} into the {bowl[0]}.", _act(rels(Rel("in", below, bowl[0]))))


# ----- keep ------------------------------------------------------------------------------------------
def t326_keep_surgeon(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear or len(w.blocks) < 2:
        return None
    x = w.rng.choice(clear)
    g = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Place the {x} in the bin. Leave the {g} exactly where it is.",
                 _act(rels(Rel("in_bin", x)), kept(g)))


def t326_keep_farmer6(w: World) -> Made:
    pairs = _onto(w)
    if not pairs:
        return None
    x, y = w.rng.choice(pairs)
    others = [b for b in w.blocks if b not in (x, y)]
    if not others:
        return None
    z = w.rng.choice(others)
    return _made(w, f"Stack the {x} on the {y}, but don't you go moving the {z}.",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t326_keep_teacher5(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl, other = w.pick(w.bowls, 2)
    inside = w.state.in_bowl(other)
    blocks = [b for b in w.clear_blocks() if w.state.base(b) not in (bowl, other)]
    if not inside or not blocks or not _room(w, bowl):
        return None
    x = w.rng.choice(blocks)
    return _made(w, f"Let's tidy the {x} into the {bowl}, but please don't touch the {other}: leave everything in it "
                    "just as it is.", _act(rels(Rel("in", x, bowl)), kept(*inside)))


def t326_keep_polish5(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear or len(w.blocks) < 2:
        return None
    x = w.rng.choice(clear)
    z = w.rng.choice([b for b in w.blocks if b != x])
    return _made(w, f"Put the {x} to the middle, but the {z} stay where it is, don't move it.",
                 _act(rels(Rel("at", x, "middle")), kept(z)))


def t326_keep_influencer(w: World) -> Made:
    towers = _towers(w)
    if len(towers) != 1:
        return None
    tower = towers[0]
    blocks = [b for b in w.clear_blocks() if b not in tower]
    if not blocks:
        return None
    x = w.rng.choice(blocks)
    return _made(w, f"can you put the {x} in the bin but like DON'T touch the tower, it's literally perfect, "
                    "heart emoji", _act(rels(Rel("in_bin", x)), kept(*tower)))


def t326_keep_plain107(w: World) -> Made:
    blocks = [b for b in w.clear_blocks() if not _on_table(w.state, b)]
    if not blocks:
        return None
    x = w.rng.choice(blocks)
    return _made(w, f"Put the {x} on the table and leave the rest alone.",
                 _act(rels(Rel("on_table", x)), kept(*(b for b in w.blocks if b != x))))


# ----- multi_step ------------------------------------------------------------------------------------
def t326_multi_surgeon(w: World) -> Made:
    pairs = _onto(w)
    if not pairs:
        return None
    g, b = w.rng.choice(pairs)
    firsts = [r for r in w.clear_blocks() if r not in (g, b)]
    if not firsts:
        return None
    r = w.rng.choice(firsts)
    return _made(w, f"First, place the {r} in the bin. Then place the {g} on the {b}.",
                 _act(rels(Rel("in_bin", r), Rel("on", g, b))))


def t326_multi_farmer6(w: World) -> Made:
    inside = [b for b in w.in_bowls() if w.state.is_clear(b)]
    if not inside:
        return None
    y = w.rng.choice(inside)
    bowl = w.state.base(y)
    others = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not others:
        return None
    r = w.rng.choice(others)
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"Take the {y} out of the {bowl} and set it down in the {p}, then put the {r} in the "
                    f"{bowl} in its place.", _act(rels(Rel("at", y, p), Rel("in", r, bowl))))


def t326_multi_teacher5(w: World) -> Made:
    up = [b for b in w.clear_blocks() if not _on_table(w.state, b)]
    if not up:
        return None
    x = w.rng.choice(up)
    tops = [b for b in w.clear_blocks() if b != x]
    if not tops:
        return None
    p = w.rng.choice(tops)
    return _made(w, f"First put the {x} on the table, and after that pop the {p} on top of it.",
                 _act(rels(Rel("on_table", x), Rel("on", p, x))))


def t326_multi_polish5(w: World) -> Made:
    clear = w.clear_blocks()
    if len(clear) < 2:
        return None
    r, b = w.pick(clear, 2)
    p = w.rng.choice(PLACES[:4])
    return _made(w, f"First you put the {r} in bin, after this the {b} go to the {p}.",
                 _act(rels(Rel("in_bin", r), Rel("at", b, p))))


def t326_multi_influencer(w: World) -> Made:
    bowl = w.pick(w.bowls)
    clear = [b for b in w.clear_blocks() if bowl and w.state.base(b) != bowl[0]]
    if not bowl or len(clear) < 2 or not _room(w, bowl[0], 2):
        return None
    b, g = w.pick(clear, 2)
    return _made(w, f"step one: {b} in the {bowl[0]}. step two: {g} right on top of it. "
                    "step three: literally admire it, sparkles", _act(rels(Rel("in", b, bowl[0]), Rel("on", g, b))))


def t326_multi_plain107(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"Put the {a} in the bin, then the {b}, then the {c}.", _act(binned([a, b, c])))


# ----- question --------------------------------------------------------------------------------------
def t326_q_surgeon(w: World) -> Made:
    bowl = w.pick(w.bowls)
    if not bowl:
        return None
    inside = w.state.in_bowl(bowl[0])
    return f"What is currently in the {bowl[0]}?", answered("|".join(inside) if inside else "nothing")


def t326_q_farmer6(w: World) -> Made:
    n = len(w.state.on_the_table())
    text = "How many blocks have we got sat loose on the table right now, not counting the ones in bowls?"
    return text, answered(str(n))


def t326_q_teacher5(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
    else:
        x, y = w.pick(w.blocks, 2)
    return f"Is the {x} on top of the {y}?", answered(yes(w.state.support[x] == y))


def t326_q_polish5(w: World) -> Made:
    x = w.pick(w.blocks)[0]
    return f"Where is the {x}?", answered(_where(w.state, x))


def t326_q_influencer(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = len(w.state.in_bowl(bowl))
    return f"wait how many blocks are in the {bowl} rn? literally need to know", answered(str(n))


def t326_q_plain107(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    return f"Is there anything in the {bowl}?", answered(yes(bool(w.state.in_bowl(bowl))))


# ----- matching --------------------------------------------------------------------------------------
def _match_ok(w: World, want: list[Rel]) -> bool:
    """Something to match, and room in every bowl that gets a block."""
    return bool(want) and all(_room(w, r.target) for r in want if not holds(r, w.state))


def t326_match_surgeon(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    return _made(w, "Sort each block into the bowl of the same colour.", _act(rels(*want)))


def t326_match_farmer6(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want or not _match_ok(w, want):
        return None
    r = w.rng.choice(want)
    return _made(w, f"Put the {r.block} in the bowl that's the same colour as it.", _act(rels(r)))


def t326_match_teacher5(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    moving = [r.block for r in want if not holds(r, w.state)]
    stay = [b for b in w.blocks if b not in {r.block for r in want}]
    if any(b in w.state.above(m) for m in moving for b in stay):
        return None
    return _made(w, "Can every block that has a bowl of its own colour go into that bowl? The others can stay "
                    "right where they are.", _act(rels(*want), kept(*stay)))


def t326_match_polish5(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    return _made(w, "Please put blocks to the bowls with same colour like them.", _act(rels(*want)))


def t326_match_influencer(w: World) -> Made:
    want = matching(w)
    if not _match_ok(w, want):
        return None
    return _made(w, "colour coordination moment!! every block in its matching bowl please, I'm literally obsessed, "
                    "rainbow emoji", _act(rels(*want)))


def t326_match_plain107(w: World) -> Made:
    want = matching(w)
    rest = [b for b in w.blocks if b not in {r.block for r in want}]
    if not _match_ok(w, want) or not rest:
        return None
    return _made(w, "Put each block that matches a bowl into that bowl and throw the rest in the bin.",
                 _act(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("surgeon", "farmer6", "teacher5", "polish5", "influencer", "plain107")
FRESH326: list[Template] = [
    (f"t326_{short}_{style}", category, globals()[f"t326_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
