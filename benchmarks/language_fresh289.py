"""`FRESH289`, the two-hundred-and-ninetieth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, first-time users typing what they want into the chat window in
their own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place,
towers, sorting by colour, clearing a bowl into the bin, leaving some things as they are, and plain questions about
the table (one or two in a message). Six kinds of people write them:
- postman: a postman, cheerful and quick: "Morning! Pop the red block in the blue bowl, would you? Cheers!"
- korean3: a Korean speaker writing English with small slips, object names right: "Please put the red block on the
  top of the green block."
- librarian: a librarian, precise and quiet: "Please place the red block in the top left corner."
- teen: a teenager, lowercase, slangy, impatient: "chuck the red block in the bin"
- grandad: a grandad, slow, polite and wordy: "Hello there. I wonder if you could lift the red block off the green
  block and set it down on the table for me, please? Much obliged."
- plain70: a plain, ordinary adult with no quirks at all: "The blue bowl should be empty."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on d29c621, the code of 314adaa, before anything it could prompt): 0.9233
goal-correct (277 of 300), 23 refused, no question, no wrong action. The refusals: a Korean speaker's 'X is need to be
on Y.', a grandad's 'I do believe X ought to be sitting inside W, if it's no trouble at all. Thank you, dear.', 'Could
you kindly see to it that each of the bowls ends up with exactly one block in it? Any of the blocks will do nicely.' and
'Would you mind taking X off Y? Only please don't put it in the bin, I'm not finished with it yet.', a postman's
'Everything in W into the bin, please, quick as you like!'.
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
_NUMBERS = {1: "one", 2: "two", 3: "three", 4: "four"}


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do), else the instance."""
    if check(w.state, w.state):
        return None
    return text, check


def _on_table_pos(s: SymState, b: str) -> bool:
    return s.support[b] in (TABLE, *PLACES)


def _free(w: World) -> list[str]:
    """Blocks on the table or in bowls (not in the bin, not held)."""
    return [b for b in w.blocks if w.state.base(b) != BIN and w.state.held != b]


def _depth(s: SymState, b: str) -> int:
    """How many blocks are below `b` in its tower."""
    n, cur = 0, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _can_stack(w: World, top: str, below: str) -> bool:
    """Whether `top` can go straight onto `below` without breaking `below`'s tower or the height limit."""
    s = w.state
    if top == below or below in s.above(top):
        return False
    if s.base(below) == BIN or s.held in (top, below):
        return False
    return _depth(s, below) + 2 <= layout.MAX_TOWER


def _room(w: World, bowl: str, adding: list[str]) -> bool:
    s = w.state
    new = [b for b in adding if s.base(b) != bowl]
    return len(s.in_bowl(bowl)) + len(new) <= layout.BOWL_CAPACITY


def _has_room(w: World, bowl: str) -> bool:
    return len(w.state.in_bowl(bowl)) < layout.BOWL_CAPACITY


def _place_phrase(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _bare(name: str) -> str:
    """The colour word only: "red block" -> "red"."""
    return name.split()[0]


def _where(s: SymState, b: str) -> str:
    sup = s.support[b]
    return "table" if sup == TABLE else sup


def _lone_top(w: World) -> list[tuple[str, str]]:
    """(top, below) where `top` is the only block above `below` (so "the block on X" means one block)."""
    return [(t, b) for t, b in w.pairs() if w.state.above(b) == [t]]


def _bin_dist(w: World, b: str) -> float:
    p = w.scene.get(b).position
    return ((p[0] - layout.BIN_CENTER[0]) ** 2 + (p[1] - layout.BIN_CENTER[1]) ** 2) ** 0.5


def _unique_min(scored: list[tuple[float, str]], gap: float = 0.05) -> str | None:
    """The item with the clearly smallest score (by `gap`), else None."""
    if len(scored) < 2:
        return scored[0][1] if scored else None
    scored = sorted(scored)
    return scored[0][1] if scored[1][0] - scored[0][0] >= gap else None


def _nothing_new_binned(i: SymState, f: SymState) -> bool:
    return all(f.base(b) != BIN or i.base(b) == BIN for b in f.blocks)


def _each_bowl(n: int) -> Check:
    return lambda _i, f: all(len(f.in_bowl(bowl)) == n for bowl in f.bowls)


# ----- imperative -------------------------------------------------------------------------------------
def t289_imp_postman(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    options = [b for b in _free(w) if w.state.base(b) != bowl]
    if not options or not _has_room(w, bowl):
        return None
    a = w.pick(options)[0]
    text = w.rng.choice([
        f"Morning! Pop the {a} in the {bowl}, would you? Cheers!",
        f"Alright! Stick the {a} in the {bowl} for me, ta!",
    ])
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t289_imp_korean3(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice([
        f"Please put the {a} on the top of the {b}.",
        f"Please you put the {a} on the {b}, thank you.",
    ])
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t289_imp_librarian(w: World) -> Made:
    a = w.pick(_free(w))[0]
    place = w.rng.choice(list(PLACES))
    text = f"Please place the {a} in {_place_phrase(place)}."
    return _made(w, text, _act(rels(Rel("at", a, place))))


def t289_imp_teen(w: World) -> Made:
    a = w.pick(_free(w))[0]
    text = w.rng.choice([f"chuck the {a} in the bin", f"bin the {a} pls", f"throw the {a} in the bin"])
    return _made(w, text, _act(rels(Rel("in_bin", a))))


def t289_imp_grandad(w: World) -> Made:
    pairs = _lone_top(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"Hello there. I wonder if you could lift the {top} off the {below} and set it down on the table for "
            "me, please? Much obliged.")
    return _made(w, text, _act(rels(Rel("on_table", top))))


def t289_imp_plain70(w: World) -> Made:
    free = _free(w)
    if len(free) < 3:
        return None
    a, b, c = w.pick(free, 3)
    text = w.rng.choice([
        f"Build a tower with the {a} at the bottom, then the {b}, then the {c} on top.",
        f"Stack the {c} on the {b} and the {b} on the {a}, with the {a} standing on the table.",
    ])
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


# ----- declarative ------------------------------------------------------------------------------------
def t289_dec_postman(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    options = [b for b in _free(w) if w.state.base(b) != bowl]
    if not options or not _has_room(w, bowl):
        return None
    a = w.pick(options)[0]
    text = w.rng.choice([f"The {a} goes in the {bowl} - ta very much!",
                         f"Right, the {a} belongs in the {bowl}, cheers!"])
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t289_dec_korean3(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = w.rng.choice([f"The {a} is need to be on the {b}.", f"The {a} must be on top of the {b}, please."])
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t289_dec_librarian(w: World) -> Made:
    a = w.pick(_free(w))[0]
    text = w.rng.choice([f"The {a} belongs in the bin.", f"The {a} ought to be in the bin, please."])
    return _made(w, text, _act(rels(Rel("in_bin", a))))


def t289_dec_teen(w: World) -> Made:
    a = w.pick(_free(w))[0]
    corner = w.rng.choice(_CORNERS)
    text = w.rng.choice([f"the {a} needs to be in the {corner} rn", f"the {a} goes in the {corner} ok"])
    return _made(w, text, _act(rels(Rel("at", a, corner))))


def t289_dec_grandad(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    options = [b for b in _free(w) if w.state.base(b) != bowl]
    if not options or not _has_room(w, bowl):
        return None
    a = w.pick(options)[0]
    text = (f"Now then, I do believe the {a} ought to be sitting inside the {bowl}, if it's no trouble at all. "
            "Thank you, dear.")
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t289_dec_plain70(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = w.rng.choice([f"The {bowl} should be empty.", f"There shouldn't be anything in the {bowl}."])
    return _made(w, text, _act(empty(bowl)))


# ----- desiderative -----------------------------------------------------------------------------------
def t289_des_postman(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"I'd love the {a} sitting on the {b}, cheers!"
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t289_des_korean3(w: World) -> Made:
    a = w.pick(_free(w))[0]
    text = w.rng.choice([f"I want the {a} is in the bin, please.", f"I want that the {a} go in the bin."])
    return _made(w, text, _act(rels(Rel("in_bin", a))))


def t289_des_librarian(w: World) -> Made:
    free = _free(w)
    bowl = w.pick(w.bowls)[0]
    if len(free) < 2:
        return None
    a, b = w.pick(free, 2)
    if not _room(w, bowl, [a, b]):
        return None
    text = f"I would like the {a} and the {b} both placed in the {bowl}, please."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


def t289_des_teen(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    options = [b for b in _free(w) if w.state.base(b) != bowl]
    if not options or not _has_room(w, bowl):
        return None
    a = w.pick(options)[0]
    text = w.rng.choice([f"i want the {a} in the {bowl} asap", f"want the {a} in the {bowl} now pls"])
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t289_des_grandad(w: World) -> Made:
    pairs = [(a, b) for a in _free(w) for b in _free(w) if _can_stack(w, a, b)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = (f"What I'd really like, if you don't mind my asking, is for the {a} to end up on top of the {b}. "
            "Thank you kindly.")
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t289_des_plain70(w: World) -> Made:
    a = w.pick(_free(w))[0]
    place = w.rng.choice(list(PLACES))
    text = w.rng.choice([
        f"My goal is to have the {a} in {_place_phrase(place)}.",
        f"I'd like the {a} moved to {_place_phrase(place)}.",
    ])
    return _made(w, text, _act(rels(Rel("at", a, place))))


# ----- quantified -------------------------------------------------------------------------------------
def t289_qua_postman(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    text = f"Everything in the {bowl} into the bin, please, quick as you like!"
    return _made(w, text, _act(binned(inside)))


def t289_qua_korean3(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.pick(w.bowls)[0]
    text = w.rng.choice([f"Please put every blocks into the {bowl}.", f"Please put all the block in the {bowl}."])
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in w.blocks))))


def t289_qua_librarian(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    n = w.rng.choice([2, 3])
    if len(w.blocks) < n:
        return None
    text = f"Please ensure that exactly {_NUMBERS[n]} blocks are in the {bowl}; which {_NUMBERS[n]} is immaterial."
    return _made(w, text, _act(count_in(bowl, n)))


def t289_qua_teen(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    text = w.rng.choice(["bin every block thats in a bowl", "empty all the bowls into the bin"])
    return _made(w, text, _act(binned(inside)))


def t289_qua_grandad(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    text = ("Could you kindly see to it that each of the bowls ends up with exactly one block in it? Any of the "
            "blocks will do nicely.")
    return _made(w, text, _act(_each_bowl(1)))


def t289_qua_plain70(w: World) -> Made:
    if len(w.blocks) > layout.MAX_TOWER:
        return None
    text = w.rng.choice([
        "Put all the blocks into a single tower.",
        f"Stack all {_NUMBERS[len(w.blocks)]} blocks into one tower on the table.",
    ])
    return _made(w, text, _act(rels(Rel("tower", *w.blocks))))


# ----- negated ----------------------------------------------------------------------------------------
def t289_neg_postman(w: World) -> Made:
    free = _free(w)
    if len(free) < 2 or len(free) > 5:
        return None
    a = w.pick(free)[0]
    others = [b for b in free if b != a]
    text = f"Right, bin all the blocks except the {a}, thanks!"
    return _made(w, text, _act(binned(others), none_binned([a])))


def t289_neg_korean3(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    a = w.pick(inside)[0]
    others = [b for b in inside if b != a]
    text = f"Please move all blocks in the {bowl} to bin, but not the {a}."
    return _made(w, text, _act(binned(others), none_binned([a])))


def t289_neg_librarian(w: World) -> Made:
    free = _free(w)
    bowl = w.pick(w.bowls)[0]
    a = w.pick(free)[0]
    others = [b for b in free if b != a]
    if len(others) > layout.BOWL_CAPACITY or not others:
        return None
    text = f"Please place every block except the {a} in the {bowl}."
    check = _act(rels(*(Rel("in", b, bowl) for b in others)), rels(Rel("in", a, bowl, negated=True)))
    return _made(w, text, check)


def t289_neg_teen(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    text = w.rng.choice([f"the {a} shouldnt be in the {bowl} anymore", f"get the {a} out of the {bowl}"])
    return _made(w, text, _act(rels(Rel("in", a, bowl, negated=True))))


def t289_neg_grandad(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = (f"Would you mind taking the {top} off the {below}? Only please don't put it in the bin, I'm not "
            "finished with it yet.")
    return _made(w, text, _act(rels(Rel("on", top, below, negated=True)), none_binned([top])))


def t289_neg_plain70(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = w.rng.choice([
        f"Empty the {bowl}, but don't put anything in the bin.",
        f"Take the blocks out of the {bowl}. Don't throw any of them in the bin.",
    ])
    return _made(w, text, _act(empty(bowl), _nothing_new_binned))


# ----- relative ---------------------------------------------------------------------------------------
def t289_rel_postman(w: World) -> Made:
    pairs = _lone_top(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"Grab the block on top of the {below} and bin it, cheers!"
    return _made(w, text, _act(rels(Rel("in_bin", top))))


def t289_rel_korean3(w: World) -> Made:
    pairs = w.pairs()
    bowl = w.pick(w.bowls)[0]
    pairs = [(t, s) for t, s in pairs if w.state.base(s) != bowl]
    if not pairs or not _has_room(w, bowl):
        return None
    top, below = w.rng.choice(pairs)
    text = f"Please put the block which is under the {top} in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t289_rel_librarian(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.pick(empties)[0]
    a = _unique_min([(w.dist(b, bowl), b) for b in _free(w)])
    if a is None:
        return None
    text = f"Please move the block nearest to the {bowl} into that bowl."
    return _made(w, text, _act(rels(Rel("in", a, bowl))))


def t289_rel_teen(w: World) -> Made:
    a = _unique_min([(_bin_dist(w, b), b) for b in _free(w)])
    if a is None:
        return None
    text = w.rng.choice(["whichever block is closest to the bin, put it in the bin",
                         "the block nearest the bin -> in the bin pls"])
    return _made(w, text, _act(rels(Rel("in_bin", a))))


def t289_rel_grandad(w: World) -> Made:
    towers = [b for b in _free(w) if _on_table_pos(w.state, b) and w.state.above(b)]
    bowl = w.pick(w.bowls)[0]
    if not towers or not _has_room(w, bowl):
        return None
    bottom = w.pick(towers)[0]
    top = w.state.above(bottom)[0]
    text = (f"You see the little tower with the {bottom} at the bottom? Would you be so good as to take the block "
            f"at the very top of it and put it in the {bowl}? Thank you.")
    return _made(w, text, _act(rels(Rel("in", top, bowl))))


def t289_rel_plain70(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.pick(ones)[0]
    a = w.state.in_bowl(bowl)[0]
    place = w.rng.choice(list(PLACES))
    text = f"Move the block that's in the {bowl} to {_place_phrase(place)}."
    return _made(w, text, _act(rels(Rel("at", a, place))))


# ----- keep -------------------------------------------------------------------------------------------
def t289_keep_postman(w: World) -> Made:
    free = _free(w)
    triples = [(a, b, c) for a in free for b in free for c in free
               if len({a, b, c}) == 3 and _can_stack(w, a, b)
               and c not in w.state.above(a) and c not in w.state.above(b)]
    if not triples:
        return None
    a, b, c = w.rng.choice(triples)
    text = f"Stick the {a} on the {b} - leave the {c} where it is though!"
    return _made(w, text, _act(rels(Rel("on", a, b)), kept(c)))


def t289_keep_korean3(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = _free(w)
    pairs = [(a, c) for a in free for c in free
             if a != c and w.state.base(a) != bowl and c not in w.state.above(a)]
    if not pairs or not _has_room(w, bowl):
        return None
    a, c = w.rng.choice(pairs)
    text = f"Please put the {a} in the {bowl}, and keep the {c} in same place."
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(c)))


def t289_keep_librarian(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _free(w) if b not in inside]
    if not outside:
        return None
    c = w.pick(outside)[0]
    text = f"Kindly empty the {bowl} into the bin, but leave the {c} exactly where it is."
    return _made(w, text, _act(binned(inside), kept(c)))


def t289_keep_teen(w: World) -> Made:
    free = _free(w)
    pairs = [(a, c) for a in free for c in free if a != c and c not in w.state.above(a)]
    if not pairs:
        return None
    a, c = w.rng.choice(pairs)
    text = w.rng.choice([f"put the {a} in the bin but dont touch the {c}",
                         f"bin the {a}, leave the {c} alone tho"])
    return _made(w, text, _act(rels(Rel("in_bin", a)), kept(c)))


def t289_keep_grandad(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    outside = [b for b in _free(w) if b not in w.state.in_bowl(bowl)]
    if not outside:
        return None
    c = w.pick(outside)[0]
    text = (f"I'd be ever so grateful if you'd clear out the {bowl} for me. Do leave the {c} alone, though, "
            "there's a good chap.")
    return _made(w, text, _act(empty(bowl), kept(c)))


def t289_keep_plain70(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    a = w.pick(clear)[0]
    place = w.rng.choice(list(PLACES))
    others = [b for b in w.blocks if b != a]
    text = w.rng.choice([
        f"Move the {a} to {_place_phrase(place)} and keep everything else where it is.",
        f"Put the {a} in {_place_phrase(place)}, without moving any of the other blocks.",
    ])
    return _made(w, text, _act(rels(Rel("at", a, place)), kept(*others)))


# ----- multi-step -------------------------------------------------------------------------------------
def t289_multi_postman(w: World) -> Made:
    free = _free(w)
    triples = [(a, b, c) for a in free for b in free for c in free
               if len({a, b, c}) == 3 and _can_stack(w, b, c)]
    if not triples:
        return None
    a, b, c = w.rng.choice(triples)
    text = f"First the {a} in the bin, then the {b} on the {c}. Cheers!"
    return _made(w, text, _act(rels(Rel("in_bin", a), Rel("on", b, c))))


def t289_multi_korean3(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    text = f"First, take the {a} out from the {bowl}. Then put it on the table please."
    return _made(w, text, _act(rels(Rel("on_table", a))))


def t289_multi_librarian(w: World) -> Made:
    free = _free(w)
    bowl = w.pick(w.bowls)[0]
    if len(free) < 2:
        return None
    a, b = w.pick(free, 2)
    if not _room(w, bowl, [a, b]):
        return None
    text = f"First, place the {a} in the {bowl}; then place the {b} on top of the {a}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t289_multi_teen(w: World) -> Made:
    free = _free(w)
    pairs = [(a, b) for a in free for b in free
             if w.state.above(a) and _can_stack(w, a, b) and b not in w.state.above(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"first take the stuff off the {a} then stack it on the {b}"
    return _made(w, text, _act(rels(Rel("on", a, b), Rel("clear", a))))


def t289_multi_grandad(w: World) -> Made:
    free = _free(w)
    bowl = w.pick(w.bowls)[0]
    pairs = [(a, b) for a in free for b in free if a != b and w.state.base(a) != bowl]
    if not pairs or not _has_room(w, bowl):
        return None
    a, b = w.rng.choice(pairs)
    text = (f"If you'd be so kind, start by putting the {a} into the {bowl}, and after that, pop the {b} into the "
            "bin. Thank you ever so much.")
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in_bin", b))))


def t289_multi_plain70(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _free(w) if b not in inside]
    if not outside:
        return None
    a = w.pick(outside)[0]
    text = f"Take everything out of the {bowl} and put it on the table, then put the {a} in the {bowl}."
    return _made(w, text, _act(rels(*(Rel("on_table", b) for b in inside), Rel("in", a, bowl))))


# ----- questions --------------------------------------------------------------------------------------
def t289_q_postman(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    n = len(w.state.in_bowl(bowl))
    text = w.rng.choice([f"Quick one - how many blocks in the {bowl}?", f"How many blocks have we got in the {bowl}?"])
    return text, answered(str(n))


def t289_q_korean3(w: World) -> Made:
    pairs = _lone_top(w)
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = w.rng.choice([f"What block is on the {below}?", f"What is on top of the {below}?"])
    return text, answered(top)


def t289_q_librarian(w: World) -> Made:
    a = w.pick(_free(w))[0]
    bowl = w.pick(w.bowls)[0]
    flag = holds(Rel("in", a, bowl), w.state)
    n = len(w.blocks)
    text = f"Is the {a} in the {bowl}? Also, how many blocks are there altogether?"
    return text, answered(f"{yes(flag).lower()}|{n}")


def t289_q_teen(w: World) -> Made:
    a = w.pick(_free(w))[0]
    text = w.rng.choice([f"wheres the {a}", f"where is the {a} rn"])
    return text, answered(_where(w.state, a))


def t289_q_grandad(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = w.state.support[a] == b
    n = len(w.bowls)
    text = (f"Good afternoon. Could you tell me, is the {a} resting on the {b}? And how many bowls have we got "
            "on the table altogether?")
    return text, answered(f"{yes(flag).lower()}|{n}")


def t289_q_plain70(w: World) -> Made:
    ones = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not ones:
        return None
    bowl = w.pick(ones)[0]
    a = w.state.in_bowl(bowl)[0]
    if w.rng.random() < 0.5:
        return f"Which block is in the {bowl}?", answered(a)
    return f"What colour is the block in the {bowl}?", answered(_bare(a))


# ----- matching ---------------------------------------------------------------------------------------
def _match_ok(w: World) -> list[Rel]:
    want = matching(w)
    bowls = {r.target for r in want}
    for bowl in bowls:
        if not _room(w, bowl, [r.block for r in want if r.target == bowl]):
            return []
    return want


def t289_match_postman(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    text = w.rng.choice(["Sort the blocks into the bowls by colour, ta!",
                         "Pop each block in the bowl that's the same colour as it, cheers!"])
    return _made(w, text, _act(rels(*want)))


def t289_match_korean3(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    text = "Please put each block in the bowl of same colour."
    return _made(w, text, _act(rels(*want)))


def t289_match_librarian(w: World) -> Made:
    want = [r for r in _match_ok(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Please place the {r.block} in the bowl of the same colour."
    return _made(w, text, _act(rels(r)))


def t289_match_teen(w: World) -> Made:
    want = [r for r in _match_ok(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"whichever block is the same colour as the {r.target}, chuck it in there"
    return _made(w, text, _act(rels(r)))


def t289_match_grandad(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    matched = {r.block for r in want}
    moving = [r.block for r in want if not holds(r, w.state)]
    unmatched = [b for b in w.blocks if b not in matched]
    if any(u in w.state.above(m) for u in unmatched for m in moving):
        return None
    text = ("Would you be good enough to put each block into the bowl that matches its colour, and leave any "
            "block without a matching bowl just where it is?")
    return _made(w, text, _act(rels(*want), kept(*unmatched)))


def t289_match_plain70(w: World) -> Made:
    want = _match_ok(w)
    if not want:
        return None
    matched = {r.block for r in want}
    rest = [b for b in w.blocks if b not in matched]
    if not rest or len(rest) > 4:
        return None
    text = "Put every block that has a bowl of its own colour into that bowl, and put the rest in the bin."
    return _made(w, text, _act(rels(*want), binned(rest)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("postman", "korean3", "librarian", "teen", "grandad", "plain70")
FRESH289: list[Template] = [
    (f"t289_{short}_{style}", category, globals()[f"t289_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
