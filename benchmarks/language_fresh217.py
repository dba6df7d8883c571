"""`FRESH217`, the two-hundred-and-eighteenth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of people write them:
- mum2: a busy mother between other tasks: "right, put the red block in the blue bowl quickly please"
- student2: a casual graduate student: "so basically I need the red block stacked on top of the green block, I guess"
- shopkeeper: a friendly corner-shop owner: "could you pop the red block in the bin for me? ta"
- polish: a Polish speaker with small slips: "Put red block in top left corner, please."
- emoji: plain requests with emoji and exclamation marks: "the red block should be in the bin!! 🗑️"
- precise2: an exacting person who states the end state fully: "Exactly three blocks in the blue bowl at the end: no
  more, no fewer."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 80bfab2, the code of 14b91bf, before anything it could prompt): 0.8267
goal-correct (248 of 300), 52 refused, no wrong action and no wrong reply. The refusals: the exacting person's "No other
changes: every other block stays exactly where it is", "form one tower: X at the bottom, Y on it, and Z on top with
nothing above it", "every other block exactly where it is now", "each bowl must hold exactly its matching block and
nothing else"; the student's "so the idea is to get the blocks out of W, but not into the bin, I guess just onto the
table" and "so the block that's under X, I guess move that one to ..."; the Polish speaker's "but X leave on its place"
and "Blocks without such bowl stay where they are"; the busy mother's "any block that has a bowl the same colour, put it
in that bowl"; the emoji texter's "can W have the block that's the same colour? 🥺"; the shopkeeper's "the blocks that
match a bowl's colour go in that bowl, and the rest in the bin".
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

CORNERS = list(PLACES[:4])


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """None when the goal already holds in the scene (nothing to do), else the sentence and its check."""
    if check(w.state, w.state):
        return None
    return text, check


def _t(name: str) -> str:
    return f"the {name}"


def _cap(name: str) -> str:
    return name[0].upper() + name[1:]


def _place(p: str) -> str:
    return "the middle of the table" if p == "middle" else f"the {p}"


def _loose(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _height(s: SymState, block: str) -> int:
    """How many blocks from `block` down to the ground of its tower, itself included."""
    n, cur = 1, s.support[block]
    while cur in s.support:
        n += 1
        cur = s.support[cur]
    return n


def _below(s: SymState, block: str) -> list[str]:
    """Every block under `block` in its tower."""
    out, cur = [], s.support[block]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _grounded(f: SymState, block: str) -> bool:
    """The block stands on the table, a place or a bowl floor (not on a block, not in the bin or gripper)."""
    return f.support[block] in (TABLE, *PLACES, *f.bowls)


def _one_tower(blocks: list[str]) -> Check:
    """These blocks, and only these, form one tower in any order, standing on the table, a place or a bowl."""
    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if _grounded(f, b)]
        if len(bottoms) != 1:
            return False
        chain = [bottoms[0]]
        while len(chain) < len(blocks):
            up = f.on_top(chain[-1])
            if len(up) != 1 or up[0] not in blocks:
                return False
            chain.append(up[0])
        return f.is_clear(chain[-1])
    return check


def _on_floor(blocks: list[str]) -> Check:
    """Each block's tower stands on the table (or a named place on it): what people call 'on the table'."""
    return lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in blocks)


def _can_stack(w: World, x: str, y: str) -> bool:
    """x can end up on y: two different blocks out of the bin, x not under y, and the tower stays low enough."""
    s = w.state
    return (x != y and x not in _below(s, y) and s.base(x) != BIN and s.base(y) != BIN
            and _height(s, y) + 1 <= layout.MAX_TOWER)


def _clear_free(w: World) -> list[str]:
    """Clear blocks resting on the table, a place or a bowl floor, not in the bin."""
    return [b for b in w.clear_blocks() if _grounded(w.state, b)]


# ----- imperative -------------------------------------------------------------------------------------
def t217_imp_mum2(w: World) -> Made:
    bowl = w.pick(w.bowls)
    xs = [b for b in _loose(w) if bowl and w.state.base(b) != bowl[0]]
    if not bowl or not xs or _room(w, bowl[0]) < 1:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"right, put {_t(x)} in {_t(bowl[0])} quickly please", _act(rels(Rel("in", x, bowl[0]))))


def t217_imp_student2(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    x, y = w.pick(cl, 2)
    if not _can_stack(w, x, y):
        return None
    return _made(w, f"so basically I need {_t(x)} stacked on top of {_t(y)}, I guess",
                 _act(rels(Rel("on", x, y))))


def t217_imp_shopkeeper(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"could you pop {_t(x)} in the bin for me? ta", _act(rels(Rel("in_bin", x))))


def t217_imp_polish(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(CORNERS)
    return _made(w, f"Put {x} in {p}, please.", _act(rels(Rel("at", x, p))))


def t217_imp_emoji(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    return _made(w, f"take {_t(x)} out of {_t(bowl)} and put it on the table 👍", _act(rels(Rel("on_table", x))))


def t217_imp_precise2(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    x, y = w.pick(cl, 2)
    if not _can_stack(w, x, y):
        return None
    others = [b for b in w.blocks if b != x]
    return _made(w, f"Place {_t(x)} on {_t(y)}. No other changes: every other block stays exactly where it is.",
                 _act(rels(Rel("on", x, y)), kept(*others)))


# ----- declarative ------------------------------------------------------------------------------------
def t217_dec_mum2(w: World) -> Made:
    loose = _loose(w)
    if not w.bowls or len(loose) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    x, z = w.pick(loose, 2)
    if w.state.base(x) == bowl or _room(w, bowl) < 1:
        return None
    return _made(w, f"right so {_t(x)} goes in {_t(bowl)} and {_t(z)} goes in the bin",
                 _act(rels(Rel("in", x, bowl), Rel("in_bin", z))))


def t217_dec_student2(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"ok so the idea is that {_t(x)} ends up in the middle of the table, basically",
                 _act(rels(Rel("at", x, "middle"))))


def t217_dec_shopkeeper(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    x, y = w.pick(cl, 2)
    if not _can_stack(w, x, y):
        return None
    return _made(w, f"{_t(x)} belongs on top of {_t(y)}, love, if you'd be so kind",
                 _act(rels(Rel("on", x, y))))


def t217_dec_polish(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not xs or _room(w, bowl) < 1:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"{_cap(x)} must be in {bowl}.", _act(rels(Rel("in", x, bowl))))


def t217_dec_emoji(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"{_t(x)} should be in the bin!! 🗑️", _act(rels(Rel("in_bin", x))))


def t217_dec_precise2(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    a, b, c = w.pick(loose, 3)

    def check(_i: SymState, f: SymState) -> bool:
        return (_grounded(f, a) and f.support[b] == a and f.support[c] == b and f.is_clear(c))

    return _made(w, f"At the end, {_t(a)}, {_t(b)} and {_t(c)} form one tower: {_t(a)} at the bottom, {_t(b)} "
                    f"on it, and {_t(c)} on top with nothing above it.", _act(check))


# ----- desiderative -----------------------------------------------------------------------------------
def t217_des_mum2(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not xs or _room(w, bowl) < 1:
        return None
    x = w.rng.choice(xs)
    return _made(w, f"i'd like {_t(x)} in {_t(bowl)} please, quick as you can", _act(rels(Rel("in", x, bowl))))


def t217_des_student2(w: World) -> Made:
    loose = _loose(w)
    if not w.bowls or len(loose) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    x, y = w.pick(loose, 2)
    need = sum(1 for b in (x, y) if w.state.base(b) != bowl)
    if need > _room(w, bowl):
        return None
    return _made(w, f"my goal is basically to have {_t(x)} and {_t(y)} both in {_t(bowl)}",
                 _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


def t217_des_shopkeeper(w: World) -> Made:
    xs = _loose(w)
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(CORNERS)
    return _made(w, f"I'd like {_t(x)} over in {_place(p)} if you don't mind, cheers",
                 _act(rels(Rel("at", x, p))))


def t217_des_polish(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    if not _can_stack(w, x, y):
        return None
    return _made(w, f"I want that {x} is on {y}.", _act(rels(Rel("on", x, y))))


def t217_des_emoji(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    a, b = w.pick(loose, 2)
    return _made(w, f"I'd love a little tower with {_t(a)} and {_t(b)}!! 😍 just those two",
                 _act(_one_tower([a, b])))


def t217_des_precise2(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in w.clear_blocks() if w.state.base(b) != bowl]
    if not xs or _room(w, bowl) < 1:
        return None
    x = w.rng.choice(xs)
    others = [b for b in w.blocks if b != x]
    return _made(w, f"What I want at the end: {_t(x)} in {_t(bowl)}, and every other block exactly where it is now.",
                 _act(rels(Rel("in", x, bowl)), kept(*others)))


# ----- quantified -------------------------------------------------------------------------------------
def t217_qua_mum2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"quickly empty {_t(bowl)} into the bin please, all of it",
                 _act(binned(inside), empty(bowl)))


def t217_qua_student2(w: World) -> Made:
    on_table = w.state.on_the_table()
    room = sum(_room(w, b) for b in w.bowls)
    if not on_table or len(on_table) > room:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) in f.bowls for b in on_table)

    return _made(w, "basically every block that's on the table right now should end up in a bowl, doesn't matter "
                    "which one I guess", _act(check))


def t217_qua_shopkeeper(w: World) -> Made:
    free = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not free:
        return None
    bowl = w.rng.choice(free)
    return _made(w, f"pop two blocks in {_t(bowl)} for me, any two, ta", _act(count_in(bowl, 2)))


def t217_qua_polish(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"Put each block from {bowl} on table.", _act(_on_floor(inside)))


def t217_qua_emoji(w: World) -> Made:
    if len(w.bowls) < 2 or len(_loose(w)) < len(w.bowls):
        return None
    bowls = w.bowls
    return _made(w, "one block in each bowl please!! 🙏 just one per bowl",
                 _act(lambda _i, f: all(len(f.in_bowl(b)) == 1 for b in bowls)))


def t217_qua_precise2(w: World) -> Made:
    if not w.bowls or len(_loose(w)) < 3:
        return None
    bowl = w.rng.choice(w.bowls)
    return _made(w, f"Exactly three blocks in {_t(bowl)} at the end: no more, no fewer.",
                 _act(count_in(bowl, 3)))


# ----- negated ----------------------------------------------------------------------------------------
def t217_neg_mum2(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    x = w.rng.choice(loose)
    others = [b for b in loose if b != x]
    return _made(w, f"right, everything in the bin except {_t(x)}, quickly",
                 _act(binned(others), none_binned([x])))


def t217_neg_student2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _made(w, f"so the idea is to get the blocks out of {_t(bowl)}, but not into the bin, I guess just onto "
                    "the table", _act(empty(bowl), _on_floor(inside)))


def t217_neg_shopkeeper(w: World) -> Made:
    ys = [s for _top, s in w.pairs() if w.state.base(s) != BIN]
    if not ys:
        return None
    y = w.rng.choice(ys)
    above = w.state.above(y)
    return _made(w, f"take everything off {_t(y)} for me, but don't chuck any of it in the bin, ta",
                 _act(rels(Rel("clear", y)), none_binned(above)))


def t217_neg_polish(w: World) -> Made:
    loose = _loose(w)
    if not w.bowls or len(loose) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    x = w.rng.choice(loose)
    others = [b for b in loose if b != x]
    if len(others) > layout.BOWL_CAPACITY:
        return None
    return _made(w, f"Put all blocks in {bowl}, but not {x}.",
                 _act(rels(*(Rel("in", b, bowl) for b in others), Rel("in", x, bowl, negated=True))))


def t217_neg_emoji(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    if x in w.state.above(y):
        return None
    return _made(w, f"don't touch {_t(x)}!! ✋ just put {_t(y)} in the bin 👍",
                 _act(rels(Rel("in_bin", y)), kept(x)))


def t217_neg_precise2(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    x, z = w.pick(loose, 2)
    others = [b for b in loose if b not in (x, z)]
    if any(set(_below(w.state, k)) - {x, z} for k in (x, z)):
        return None
    return _made(w, f"Put every block except {_t(x)} and {_t(z)} in the bin. {_cap(_t(x))} and {_t(z)} must not "
                    "move at all.", _act(binned(others), kept(x, z)))


# ----- relative ---------------------------------------------------------------------------------------
def t217_rel_mum2(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(s) != BIN]
    if not pairs:
        return None
    top, y = w.rng.choice(pairs)
    return _made(w, f"the block sitting on {_t(y)}, bin it quickly please", _act(rels(Rel("in_bin", top))))


def t217_rel_student2(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(s) != BIN]
    if not pairs:
        return None
    x, under = w.rng.choice(pairs)
    p = w.rng.choice(CORNERS)
    return _made(w, f"so the block that's under {_t(x)}, I guess move that one to {_place(p)}",
                 _act(rels(Rel("at", under, p))))


def t217_rel_shopkeeper(w: World) -> Made:
    free = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not free:
        return None
    bowl = w.rng.choice(free)
    ranked = sorted(_loose(w), key=lambda b: w.dist(b, bowl))
    if len(ranked) < 2:
        return None
    near = ranked[0]
    if not (w.state.is_clear(near) and w.state.support[near] == TABLE):
        return None
    if w.dist(ranked[1], bowl) - w.dist(near, bowl) < 0.03:
        return None
    return _made(w, f"the block nearest {_t(bowl)}, pop it in there for me, ta", _act(rels(Rel("in", near, bowl))))


def t217_rel_polish(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(s) != BIN]
    if not w.bowls or not pairs:
        return None
    top, y = w.rng.choice(pairs)
    bowl = w.rng.choice(w.bowls)
    if w.state.base(top) == bowl or _room(w, bowl) < 1:
        return None
    return _made(w, f"Put block which is lying on {y} into {bowl}.", _act(rels(Rel("in", top, bowl))))


def t217_rel_emoji(w: World) -> Made:
    s = w.state
    bottoms = [b for b in _loose(w) if s.support[b] not in s.support]
    heights = {b: 1 + len(s.above(b)) for b in bottoms}
    if not heights:
        return None
    best = max(heights.values())
    tallest = [b for b, h in heights.items() if h == best]
    if best < 2 or len(tallest) != 1:
        return None
    top = s.above(tallest[0])[0]
    return _made(w, "take the top block off the tallest tower 👉 and put it in the bin!! 🙏",
                 _act(rels(Rel("in_bin", top))))


def t217_rel_precise2(w: World) -> Made:
    p = w.rng.choice(CORNERS)
    px, py = layout.PLACES[p]

    def d(b: str) -> float:
        pos = w.scene.get(b).position
        return ((pos[0] - px) ** 2 + (pos[1] - py) ** 2) ** 0.5

    ranked = sorted(_loose(w), key=d)
    if len(ranked) < 2:
        return None
    near = ranked[0]
    if not (w.state.is_clear(near) and w.state.support[near] == TABLE) or d(ranked[1]) - d(near) < 0.03:
        return None
    others = [b for b in w.blocks if b != near]
    return _made(w, f"Move the block closest to {_place(p)} onto {_place(p)}. Every other block stays exactly where "
                    "it is.", _act(rels(Rel("at", near, p)), kept(*others)))


# ----- keep -------------------------------------------------------------------------------------------
def t217_keep_mum2(w: World) -> Made:
    loose = _loose(w)
    if not w.bowls or len(loose) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    x, y = w.pick(loose, 2)
    if w.state.base(x) == bowl or _room(w, bowl) < 1 or y in w.state.above(x):
        return None
    return _made(w, f"put {_t(x)} in {_t(bowl)} but leave {_t(y)} where it is",
                 _act(rels(Rel("in", x, bowl)), kept(y)))


def t217_keep_student2(w: World) -> Made:
    full = [b for b in w.bowls if len(w.state.in_bowl(b)) >= 2]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in inside if w.state.support[b] == bowl]
    x = w.rng.choice(xs)
    rest = [b for b in inside if b != x]
    return _made(w, f"so basically empty {_t(bowl)} into the bin, but {_t(x)} stays in there, I guess",
                 _act(binned(rest), kept(x)))


def t217_keep_shopkeeper(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 3:
        return None
    x, y, z = w.pick(loose, 3)
    s = w.state
    if not _can_stack(w, x, y) or z in s.above(x) or z in s.above(y):
        return None
    return _made(w, f"stack {_t(x)} on {_t(y)} for me, but keep {_t(z)} just where it is, ta",
                 _act(rels(Rel("on", x, y)), kept(z)))


def t217_keep_polish(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 2:
        return None
    x, y = w.pick(loose, 2)
    if y in w.state.above(x):
        return None
    return _made(w, f"Put {x} to bin, but {y} leave on its place.", _act(rels(Rel("in_bin", x)), kept(y)))


def t217_keep_emoji(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    xs = [b for b in _loose(w) if b not in inside]
    if not xs:
        return None
    x, p = w.rng.choice(xs), w.rng.choice(CORNERS)
    return _made(w, f"move {_t(x)} to {_place(p)} 👉 but keep {_t(bowl)} exactly as it is!! 🙏",
                 _act(rels(Rel("at", x, p)), kept(*inside), lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(inside)))


def t217_keep_precise2(w: World) -> Made:
    loose = _loose(w)
    if len(loose) < 4:
        return None
    a, b, c, d = w.pick(loose, 4)
    if any(d in w.state.above(k) for k in (a, b, c)):
        return None
    return _made(w, f"Build one tower from {_t(a)}, {_t(b)} and {_t(c)}, in any order, without moving {_t(d)}: it "
                    "must stay exactly where it is.", _act(_one_tower([a, b, c]), kept(d)))


# ----- multi-step -------------------------------------------------------------------------------------
def t217_multi_mum2(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 3:
        return None
    x, y, z = w.pick(cl, 3)
    if not _can_stack(w, y, z):
        return None
    return _made(w, f"first {_t(x)} in the bin, and then {_t(y)} on {_t(z)}",
                 _act(rels(Rel("in_bin", x), Rel("on", y, z))))


def t217_multi_student2(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 2:
        return None
    x, y = w.pick(cl, 2)
    p = w.rng.choice(CORNERS)
    return _made(w, f"ok so first move {_t(x)} to {_place(p)}, and then I guess put {_t(y)} on top of it",
                 _act(rels(Rel("at", x, p), Rel("on", y, x))))


def t217_multi_shopkeeper(w: World) -> Made:
    xs = w.in_bowls()
    if not xs:
        return None
    x = w.rng.choice(xs)
    bowl = w.state.base(x)
    ys = [b for b in _loose(w) if w.state.base(b) != bowl]
    if not ys:
        return None
    y = w.rng.choice(ys)
    return _made(w, f"first off take {_t(x)} out of {_t(bowl)}, then pop {_t(y)} in there instead, ta",
                 _act(rels(Rel("in", x, bowl, negated=True), Rel("in", y, bowl))))


def t217_multi_polish(w: World) -> Made:
    cl = w.clear_blocks()
    if len(cl) < 3:
        return None
    x, y, z = w.pick(cl, 3)
    if _height(w.state, y) + 2 > layout.MAX_TOWER:
        return None
    return _made(w, f"First put {x} on {y}, after this put {z} on {x}.",
                 _act(rels(Rel("on", x, y), Rel("on", z, x))))


def t217_multi_emoji(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    xs = [b for b in _loose(w) if w.state.base(b) != bowl]
    if len(xs) < 2 or _room(w, bowl) < 2:
        return None
    x, y = w.pick(xs, 2)
    return _made(w, f"1st {_t(x)} in {_t(bowl)} ✅ then {_t(y)} in there too ✅ thanks!! 🎉",
                 _act(rels(Rel("in", x, bowl), Rel("in", y, bowl))))


def t217_multi_precise2(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t) and w.state.base(s) != BIN]
    if not pairs:
        return None
    x, z = w.rng.choice(pairs)
    ys = [b for b in w.clear_blocks() if b not in (x, z)]
    if not ys:
        return None
    y = w.rng.choice(ys)
    others = [b for b in w.blocks if b not in (x, y)]
    return _made(w, f"Step 1: put {_t(x)} in the bin. Step 2: put {_t(y)} on {_t(z)}, where {_t(x)} was. Nothing "
                    "else should move.", _act(rels(Rel("in_bin", x), Rel("on", y, z)), kept(*others)))


# ----- questions --------------------------------------------------------------------------------------
def t217_q_mum2(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    n = len(w.state.in_bowl(bowl))
    return f"quick question, how many blocks are in {_t(bowl)}?", answered(str(n))


def t217_q_student2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, y = w.rng.choice(pairs)
    x = w.rng.choice([b for b in w.blocks if b not in (top, y)] or [top])
    flag = w.state.base(x) in w.state.bowls
    return (f"what's the block on top of {_t(y)}, I guess? and is {_t(x)} in a bowl at the moment?",
            answered(f"{top}|{yes(flag)}"))


def t217_q_shopkeeper(w: World) -> Made:
    s = w.state
    xs = [b for b in _loose(w) if s.support[b] in (TABLE, *PLACES, *s.bowls)
          or (s.support[b] in s.support and s.base(b) in (TABLE, *PLACES))]
    xs = [b for b in xs if s.support[b] != TABLE]  # somewhere more telling than just "the table"
    if not xs:
        return None
    x = w.rng.choice(xs)
    return f"where's {_t(x)} got to, then?", answered(s.support[x])


def t217_q_polish(w: World) -> Made:
    loose = _loose(w)
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        x, y = w.rng.choice(pairs)
        flag = True
    else:
        if len(loose) < 2:
            return None
        x, y = w.pick(loose, 2)
        if x in w.state.above(y):
            return None
        flag = w.state.support[x] == y
    return f"Is {x} on {y}?", answered(yes(flag))


def t217_q_emoji(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    n = w.state.count_at(TABLE)
    flag = not w.state.in_bowl(bowl)
    return f"how many blocks are on the table? 🤔 and is {_t(bowl)} empty?", answered(f"{n}|{yes(flag)}")


def t217_q_precise2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    x, under = w.rng.choice(pairs)
    return f"Which block is directly underneath {_t(x)}? Give me its name only.", answered(under)


# ----- matching ---------------------------------------------------------------------------------------
def _matched(w: World) -> list[Rel]:
    return [r for r in matching(w) if w.state.base(r.block) != BIN]


def t217_match_mum2(w: World) -> Made:
    want = _matched(w)
    if not want:
        return None
    return _made(w, "right, any block that has a bowl the same colour, put it in that bowl please",
                 _act(rels(*want)))


def t217_match_student2(w: World) -> Made:
    want = _matched(w)
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"so basically {_t(r.block)} should go in the bowl of the same colour, I guess",
                 _act(rels(r)))


def t217_match_shopkeeper(w: World) -> Made:
    want = _matched(w)
    if not want:
        return None
    rest = [b for b in _loose(w) if b not in {r.block for r in want}]
    return _made(w, "the blocks that match a bowl's colour go in that bowl, and the rest in the bin please, ta",
                 _act(rels(*want), binned(rest)))


def t217_match_polish(w: World) -> Made:
    want = _matched(w)
    if not want:
        return None
    movers = {r.block for r in want}
    rest = [b for b in w.blocks if b not in movers]
    if any(b in w.state.above(m) for b in rest for m in movers):
        return None
    return _made(w, "Put every block to bowl with same colour. Blocks without such bowl stay where they are.",
                 _act(rels(*want), kept(*rest)))


def t217_match_emoji(w: World) -> Made:
    want = _matched(w)
    if not want:
        return None
    r = w.rng.choice(want)
    return _made(w, f"can {_t(r.target)} have the block that's the same colour? 🥺 thank you!!", _act(rels(r)))


def t217_match_precise2(w: World) -> Made:
    want = _matched(w)
    owner = {r.target: r.block for r in want}
    if not want or set(owner) != set(w.bowls):
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.in_bowl(bowl) == [owner[bowl]] for bowl in owner) and all(holds(r, f) for r in want)

    return _made(w, "Put each block that has a bowl of its own colour into that bowl. At the end each bowl must hold "
                    "exactly its matching block and nothing else.", _act(check))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mum2", "student2", "shopkeeper", "polish", "emoji", "precise2")
FRESH217: list[Template] = [
    (f"t217_{short}_{style}", category, globals()[f"t217_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
