"""`FRESH266`, the two-hundred-and-sixty-seventh untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table, one or two in a message. Six personas write them:
- bus: "first stop, the red block goes in the blue bowl. second stop, the green block gets off at the bin"
- norwegian: "Can you please lay the green block on the yellow block?"
- actor: "Take the red block and place it, gently now, in the bottom left corner!"
- nervous: "sorry, um, could you throw the blue block in the bin? just that one, thank you"
- kid14: "new level!! put the white block in the top right corner but the cyan block has to stay exactly where it is"
- plain47: "Put the red block in the bin and leave everything else where it is."
Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 8ca1a01, the code of 6f5a664, before anything it could prompt): 0.6167
goal-correct (185 of 300), 105 refused, five questions, five wrong actions and no wrong reply. The wrong actions: the
nervous user's "is it ok if you move whichever block is closest to the middle of the table right into the middle? sorry,
i hope that makes sense". The questions: the actor's "Take X and place it, gently now, in the bottom left corner!" The
refusals: the bus driver's "next stop W. drop X off there please", "X's last stop is W", "everybody in W, all off at the
bin please, every last block", "last stop for the blocks: all of them into the bin, except X, that one does not get
off", "the block riding on top of X, drop it off in W", "take X over to W, but Y stays right where it is, no detours"
and "first stop, X goes in W. second stop, Y gets off at the bin"; the actor's "What I desire, more than anything in
this world, is X standing upon Y!", "Every single block upon this stage shall go into the bin! Every one of them!",
"Every block in W, to the bin with them! All but X. Spare X!", "The block nearest W. Yes, that one! Into W it goes!",
"Banish X to the bin! Yet leave Y exactly as it stands." and "First, X takes the middle of the table, our stage. Then Y
climbs upon it!"; the nervous user's "I'd like X in the bin please. sorry, only that one, nothing else in the bin", "um,
X is on Y, could you take it off? not into the bin though please, i still need it. sorry" and "um, could you put each
block in the bowl with the same colour as it? and the blocks that don't have a matching bowl, please leave them where
they are. sorry"; the ten-year-old's "new rule: every block has to be flat on the table. no towers and nothing in the
bowls!!", "no blocks allowed on top of X!! take them off", "step 1 put X in the bin. step 2 put Y where X was" and
"matching game!! blocks go in the bowl thats the same colour as them, and the blocks with no same colour bowl go in the
bin"; the Norwegian speaker's "Put the block which has the same colour as W into that bowl."
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

_GROUND = (TABLE, *PLACES)
_MIDDLE = PLACES[4]


# ----- helpers --------------------------------------------------------------------------------------
def _act(check: Check) -> Check:
    """An action's check: the goal holds and the gripper is empty."""
    return lambda i, f: f.held is None and check(i, f)


def _made(w: World, text: str, check: Check) -> Made:
    """The sentence and its check, or None when the goal already holds in the scene."""
    full = _act(check)
    if full(w.state, w.state):
        return None
    return text, full


def _not(*want: Rel) -> Check:
    """None of the relations holds at the end."""
    return lambda _i, f: not any(holds(r, f) for r in want)


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    cur = s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _tower(s: SymState, b: str) -> list[str]:
    return [*_below(s, b), b, *s.above(b)]


def _can_stack(w: World, a: str, b: str) -> bool:
    """Whether `a` can sensibly go onto `b`: apart, `b` stands on the table and the tower stays low enough."""
    s = w.state
    if a == b or s.base(b) not in _GROUND or a in _below(s, b) or b in s.above(a):
        return False
    return len(_below(s, b)) + 2 <= layout.MAX_TOWER


def _room(w: World, bowl: str, block: str | None = None) -> bool:
    inside = w.state.in_bowl(bowl)
    return block in inside or len(inside) < layout.BOWL_CAPACITY


def _into(w: World) -> tuple[str, str] | None:
    """A block and a bowl it is not in that has room."""
    options = [(b, o) for b in w.blocks for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    return w.rng.choice(options) if options else None


def _onto(w: World) -> tuple[str, str] | None:
    options = [(a, b) for a in w.blocks for b in w.blocks if _can_stack(w, a, b) and w.state.support[a] != b]
    return w.rng.choice(options) if options else None


def _xy(w: World, name: str) -> tuple[float, float]:
    if name in layout.PLACES:
        return layout.PLACES[name]
    p = w.scene.get(name).position
    return p[0], p[1]


def _dist(w: World, a: str, target: str) -> float:
    (ax, ay), (tx, ty) = _xy(w, a), _xy(w, target)
    return ((ax - tx) ** 2 + (ay - ty) ** 2) ** 0.5


def _ranked(w: World, target: str, blocks: list[str], far: bool = False, margin: float = 0.03) -> str | None:
    """The block nearest (or furthest from) `target`, when it is clearly so."""
    if len(blocks) < 2:
        return None
    order = sorted(blocks, key=lambda b: _dist(w, b, target), reverse=far)
    d0, d1 = _dist(w, order[0], target), _dist(w, order[1], target)
    return order[0] if abs(d1 - d0) >= margin else None


def _base_on(place: str, block: str) -> Check:
    return lambda _i, f: f.base(block) == place


def _ground(block: str) -> Check:
    """The block's tower stands on the table (a named place on it included), not in a bowl or the bin."""
    return lambda _i, f: f.base(block) in _GROUND


def _corner(w: World) -> str:
    return w.rng.choice(PLACES[:4])


# ----- imperative -----------------------------------------------------------------------------------
def t266_imp_bus(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, o = pick
    return _made(w, f"next stop the {o}. drop the {b} off there please", rels(Rel("in", b, o)))


def t266_imp_norwegian(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"Can you please lay the {a} on the {b}?", rels(Rel("on", a, b)))


def t266_imp_actor(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    c = _corner(w)
    return _made(w, f"Take the {b} and place it, gently now, in the {c}!", rels(Rel("at", b, c)))


def t266_imp_nervous(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b]
    return _made(w, f"sorry, um, could you throw the {b} in the bin? just that one, thank you",
                 both(binned([b]), none_binned(others)))


def t266_imp_kid14(w: World) -> Made:
    if len(w.blocks) < 3:
        return None
    a, b, c = w.pick(w.blocks, 3)
    return _made(w, f"build a tower!! the {a} at the bottom, then the {w.colour(b)} one in the middle and the "
                    f"{w.colour(c)} one on top", rels(Rel("stacked", a, b, c)))


def t266_imp_plain47(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"Move the {b} to the middle of the table.", rels(Rel("at", b, _MIDDLE)))


# ----- declarative ----------------------------------------------------------------------------------
def t266_dec_bus(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, o = pick
    return _made(w, f"the {b}'s last stop is the {o}", rels(Rel("in", b, o)))


def t266_dec_norwegian(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"The {a} shall be on top of the {b}.", rels(Rel("on", a, b)))


def t266_dec_actor(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    return _made(w, f"And now the {b} lies in the bin. Its part in this play is over.", binned([b]))


def t266_dec_nervous(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    c = _corner(w)
    return _made(w, f"i think the {b} should be in the {c}? sorry, i hope that's clear", rels(Rel("at", b, c)))


def t266_dec_kid14(w: World) -> Made:
    inside = w.state.in_bowls()
    if not inside:
        return None
    b = w.rng.choice(inside)
    return _made(w, f"rule number one: the {b} has to be on the table, not in a bowl", _ground(b))


def t266_dec_plain47(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    return _made(w, f"The {o} should be empty.", empty(o))


# ----- desiderative ---------------------------------------------------------------------------------
def t266_des_bus(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    c = _corner(w)
    return _made(w, f"i'd like the {b} dropped off at the {c}, that's its stop", rels(Rel("at", b, c)))


def t266_des_norwegian(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, o = pick
    return _made(w, f"I would like that the {b} is lying in the {o}.", rels(Rel("in", b, o)))


def t266_des_actor(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    return _made(w, f"What I desire, more than anything in this world, is the {a} standing upon the {b}!",
                 rels(Rel("on", a, b)))


def t266_des_nervous(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b]
    return _made(w, f"I'd like the {b} in the bin please. sorry, only that one, nothing else in the bin",
                 both(binned([b]), none_binned(others)))


def t266_des_kid14(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    return _made(w, f"my goal is: the {o} is empty and NOTHING goes in the bin. thats the rule",
                 both(empty(o), none_binned(w.blocks)))


def t266_des_plain47(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    other = w.colour(b)
    return _made(w, f"I'd like the {a} on top of the {other} one.", rels(Rel("on", a, b)))


# ----- quantified -----------------------------------------------------------------------------------
def t266_qua_bus(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    return _made(w, f"everybody in the {o}, all off at the bin please, every last block",
                 binned(w.state.in_bowl(o)))


def t266_qua_norwegian(w: World) -> Made:
    free = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not free or len(w.blocks) < 2:
        return None
    o = w.rng.choice(free)
    return _made(w, f"Please put exactly two blocks in the {o}, not more and not less.", count_in(o, 2))


def t266_qua_actor(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    return _made(w, "Every single block upon this stage shall go into the bin! Every one of them!",
                 binned(w.blocks))


def t266_qua_nervous(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "Could every bowl get one block, please? Just one block in each bowl. "
                    "sorry if that's a silly request",
                 lambda _i, f: all(len(f.in_bowl(o)) == 1 for o in bowls))


def t266_qua_kid14(w: World) -> Made:
    blocks = w.blocks
    return _made(w, "new rule: every block has to be flat on the table. no towers and nothing in the bowls!!",
                 rels(*(Rel("on_table", b) for b in blocks)))


def t266_qua_plain47(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    blocks = w.blocks
    return _made(w, "Put three of the blocks in the bin.",
                 lambda _i, f: sum(1 for b in blocks if f.base(b) == BIN) == 3)


# ----- negated --------------------------------------------------------------------------------------
def t266_neg_bus(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [x for x in w.blocks if x != b]
    return _made(w, f"last stop for the blocks: all of them into the bin, except the {b}, that one does not get off",
                 both(binned(others), none_binned([b])))


def t266_neg_norwegian(w: World) -> Made:
    if len(w.bowls) < 1:
        return None
    o = w.rng.choice(w.bowls)
    outside = [b for b in w.blocks if w.state.base(b) != o]
    if not outside:
        return None
    g = w.rng.choice(outside)
    rest = [b for b in w.blocks if b != g]
    if len(rest) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all of the blocks into the {o}, but not the {g}. That one shall not go in.",
                 both(rels(*(Rel("in", b, o) for b in rest)), _not(Rel("in", g, o))))


def t266_neg_actor(w: World) -> Made:
    full = [o for o in w.bowls if len(w.state.in_bowl(o)) >= 2]
    if not full:
        return None
    o = w.rng.choice(full)
    inside = w.state.in_bowl(o)
    y = w.rng.choice(inside)
    rest = [b for b in inside if b != y]
    return _made(w, f"Every block in the {o}, to the bin with them! All but the {y}. Spare the {y}!",
                 both(binned(rest), none_binned([y])))


def t266_neg_nervous(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs()]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"um, the {a} is on the {b}, could you take it off? not into the bin though please, "
                    "i still need it. sorry",
                 both(_not(Rel("on", a, b)), none_binned([a])))


def t266_neg_kid14(w: World) -> Made:
    loaded = [b for b in w.blocks if not w.state.is_clear(b)]
    if not loaded:
        return None
    y = w.rng.choice(loaded)
    return _made(w, f"no blocks allowed on top of the {y}!! take them off", rels(Rel("clear", y)))


def t266_neg_plain47(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    keep = w.state.in_bowl(o)
    rest = [b for b in w.blocks if b not in keep]
    if not rest or len(rest) > 5:
        return None
    return _made(w, f"Clear every block into the bin apart from the ones in the {o}.",
                 both(binned(rest), none_binned(keep)))


# ----- relative -------------------------------------------------------------------------------------
def t266_rel_bus(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs()]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [o for o in w.bowls if w.state.base(a) != o and _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"the block riding on top of the {b}, drop it off in the {o}", rels(Rel("in", a, o)))


def t266_rel_norwegian(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs()]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return _made(w, f"Take the block which lies under the {a} and put it in the bin.", binned([b]))


def t266_rel_actor(w: World) -> Made:
    free = [o for o in w.bowls if not w.state.in_bowl(o)]
    if not free:
        return None
    o = w.rng.choice(free)
    b = _ranked(w, o, w.blocks)
    if not b:
        return None
    return _made(w, f"The block nearest the {o}. Yes, that one! Into the {o} it goes!", rels(Rel("in", b, o)))


def t266_rel_nervous(w: World) -> Made:
    b = _ranked(w, _MIDDLE, w.blocks)
    if not b:
        return None
    return _made(w, "is it ok if you move whichever block is closest to the middle of the table right into the "
                    "middle? sorry, i hope that makes sense", rels(Rel("at", b, _MIDDLE)))


def t266_rel_kid14(w: World) -> Made:
    inner = [b for b in w.blocks if w.state.above(b) and w.state.base(b) in _GROUND]
    if not inner or not w.bowls:
        return None
    g = w.rng.choice(inner)
    top = w.state.above(g)[0]
    bowls = [o for o in w.bowls if _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"see the tower the {g} is in? grab the block on the very top of it and put it in the {o}",
                 rels(Rel("in", top, o)))


def t266_rel_plain47(w: World) -> Made:
    bowls = [o for o in w.bowls if _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    b = _ranked(w, o, w.blocks, far=True)
    if not b:
        return None
    return _made(w, f"Could you take the block furthest from the {o} and put it in there?", rels(Rel("in", b, o)))


# ----- keep -----------------------------------------------------------------------------------------
def t266_keep_bus(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, o = pick
    stay = [g for g in w.blocks if g != b and g not in w.state.above(b)]
    if not stay:
        return None
    g = w.rng.choice(stay)
    return _made(w, f"take the {b} over to the {o}, but the {g} stays right where it is, no detours",
                 both(rels(Rel("in", b, o)), kept(g)))


def t266_keep_norwegian(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    a, b = pick
    s = w.state
    stay = [r for r in w.blocks if r not in (a, b) and r not in s.above(a) and r not in s.above(b)]
    if not stay:
        return None
    r = w.rng.choice(stay)
    return _made(w, f"Can you stack the {a} on the {b}, but let the {r} stay where it is.",
                 both(rels(Rel("on", a, b)), kept(r)))


def t266_keep_actor(w: World) -> Made:
    p = w.rng.choice(w.blocks)
    stay = [x for x in w.blocks if x != p and x not in w.state.above(p)]
    if not stay:
        return None
    o = w.rng.choice(stay)
    return _made(w, f"Banish the {p} to the bin! Yet leave the {o} exactly as it stands.",
                 both(binned([p]), kept(o)))


def t266_keep_nervous(w: World) -> Made:
    full = [o for o in w.bowls if w.state.in_bowl(o)]
    if not full:
        return None
    o = w.rng.choice(full)
    stay = [g for g in w.blocks if w.state.base(g) != o]
    if not stay:
        return None
    g = w.rng.choice(stay)
    return _made(w, f"could you empty the {o}? please don't move the {g} though. sorry, and thank you",
                 both(empty(o), kept(g)))


def t266_keep_kid14(w: World) -> Made:
    a = w.rng.choice(w.blocks)
    stay = [x for x in w.blocks if x != a and x not in w.state.above(a)]
    if not stay:
        return None
    c = w.rng.choice(stay)
    corner = PLACES[1]
    return _made(w, f"new level!! put the {a} in the {corner} but the {c} has to stay exactly where it is",
                 both(rels(Rel("at", a, corner)), kept(c)))


def t266_keep_plain47(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    r = w.rng.choice(clear)
    others = [x for x in w.blocks if x != r]
    return _made(w, f"Put the {r} in the bin and leave everything else where it is.",
                 both(binned([r]), kept(*others)))


# ----- multi-step -----------------------------------------------------------------------------------
def t266_multi_bus(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    r, o = pick
    rest = [g for g in w.blocks if g != r]
    if not rest:
        return None
    g = w.rng.choice(rest)
    return _made(w, f"first stop, the {r} goes in the {o}. second stop, the {g} gets off at the bin",
                 both(rels(Rel("in", r, o)), binned([g])))


def t266_multi_norwegian(w: World) -> Made:
    pick = _onto(w)
    if not pick:
        return None
    b, r = pick
    rest = [y for y in w.blocks if y not in (b, r)]
    if not rest:
        return None
    y = w.rng.choice(rest)
    return _made(w, f"First put the {y} in the bin, and after that you put the {b} on the {r}.",
                 both(binned([y]), rels(Rel("on", b, r))))


def t266_multi_actor(w: World) -> Made:
    if len(w.blocks) < 2:
        return None
    g, r = w.pick(w.blocks, 2)
    return _made(w, f"First, the {g} takes the middle of the table, our stage. Then the {r} climbs upon it!",
                 rels(Rel("at", g, _MIDDLE), Rel("on", r, g)))


def t266_multi_nervous(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs()]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowls = [o for o in w.bowls if w.state.base(b) != o and _room(w, o)]
    if not bowls:
        return None
    o = w.rng.choice(bowls)
    return _made(w, f"sorry, two things: first could you take the {a} off the {b}, and then put the {b} in the {o}? "
                    "thank you so much", both(_not(Rel("on", a, b)), rels(Rel("in", b, o))))


def t266_multi_kid14(w: World) -> Made:
    s = w.state
    movers = [p for p in w.blocks if s.support[p] in s.support or s.support[p] in s.bowls]
    if not movers:
        return None
    p = w.rng.choice(movers)
    spot = s.support[p]
    others = [o for o in w.blocks if o not in _tower(s, p)]
    if not others:
        return None
    o = w.rng.choice(others)
    rel = Rel("in", o, spot) if spot in s.bowls else Rel("on", o, spot)
    return _made(w, f"step 1 put the {p} in the bin. step 2 put the {o} where the {p} was",
                 both(binned([p]), rels(rel)))


def t266_multi_plain47(w: World) -> Made:
    s = w.state
    lifted = [g for g in w.blocks if s.support[g] not in _GROUND]
    if not lifted or len(w.blocks) < 2:
        return None
    g = w.rng.choice(lifted)
    b = w.rng.choice([x for x in w.blocks if x != g])
    return _made(w, f"Put the {g} on the table, then stack the {b} on it.",
                 rels(Rel("on_table", g), Rel("on", b, g)))


# ----- question -------------------------------------------------------------------------------------
def t266_q_bus(w: World) -> Made:
    o = w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(o))
    return f"how many blocks are riding in the {o} right now?", answered(str(n))


def t266_q_norwegian(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
    flag = w.state.support[a] == b
    return f"Is the {a} lying on the {b}?", answered(yes(flag))


def t266_q_actor(w: World) -> Made:
    loaded = [b for b in w.blocks if not w.state.is_clear(b)]
    if loaded and w.rng.random() < 0.7:
        y = w.rng.choice(loaded)
    else:
        y = w.rng.choice(w.blocks)
    top = w.state.on_top(y)
    return f"Tell me, oh tell me: what rests upon the {y}?", answered(top[0] if top else "nothing")


def t266_q_nervous(w: World) -> Made:
    r = w.rng.choice(w.blocks)
    flag = w.state.base(r) in w.state.bowls
    return (f"sorry to bother you, how many blocks are there altogether? and is the {r} in a bowl?",
            answered(f"{len(w.blocks)}|{yes(flag)}"))


def t266_q_kid14(w: World) -> Made:
    inside = [b for b in w.blocks if w.state.support[b] in w.state.bowls]
    if not inside:
        return None
    g = w.rng.choice(inside)
    return f"where is the {g}?? tell me", answered(w.state.support[g])


def t266_q_plain47(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    return (f"What colour is the block under the {a}? And how many bowls are on the table?",
            answered(f"{w.colour(b)}|{len(w.bowls)}"))


# ----- matching -------------------------------------------------------------------------------------
def t266_match_bus(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "sorting run: every block that has a bowl in its own colour, drop it off in that bowl",
                 rels(*want))


def t266_match_norwegian(w: World) -> Made:
    pairs = [(b, o) for b in w.blocks for o in w.bowls if w.colour(b) == w.colour(o)]
    if not pairs:
        return None
    b, o = w.rng.choice(pairs)
    return _made(w, f"Put the block which has the same colour as the {o} into that bowl.", rels(Rel("in", b, o)))


def t266_match_actor(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    return _made(w, "Let each block go home to the bowl of its own colour, wherever such a bowl exists!",
                 rels(*want))


def t266_match_nervous(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    s = w.state
    if any(x in rest for m in movers for x in s.above(m)):
        return None
    return _made(w, "um, could you put each block in the bowl with the same colour as it? and the blocks that "
                    "don't have a matching bowl, please leave them where they are. sorry",
                 both(rels(*want), kept(*rest)))


def t266_match_kid14(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if len(rest) > 5:
        return None
    return _made(w, "matching game!! blocks go in the bowl thats the same colour as them, "
                    "and the blocks with no same colour bowl go in the bin",
                 both(rels(*want), binned(rest)))


def t266_match_plain47(w: World) -> Made:
    pairs = [(b, o) for b in w.blocks for o in w.bowls if w.colour(b) == w.colour(o)]
    if not pairs:
        return None
    b, o = w.rng.choice(pairs)
    return _made(w, f"Move the {b} into the bowl that matches its colour.", rels(Rel("in", b, o)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("bus", "norwegian", "actor", "nervous", "kid14", "plain47")
FRESH266: list[Template] = [
    (f"t266_{short}_{style}", category, globals()[f"t266_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
