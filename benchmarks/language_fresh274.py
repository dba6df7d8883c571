"""`FRESH274`, the two-hundred-and-seventy-fifth untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary people on an ordinary day, each typing into the chat window for the first time, in their
own plain words. The jobs are the everyday ones: a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are, and plain questions
about the table (one or two in a message). Six kinds of first-time users write them:
- farmer: "go on and put the red block in the blue bowl for me"
- arabic2: "Please you put the red block on the top of the green block."
- pilot: "Request you move the red block to the top left corner. Thank you."
- lawyer: "Place every block in the bin, with the exception of the red block and the green block."
- fan: "get the red block OFF the blue block!!! but NOT in the bin!!!"
- plain55: "Put the red block in the bin, then put the blue block where the red block was."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on ceac69d, the code of 0b81cdb, before anything it could prompt): 0.92
goal-correct (276 of 300), 18 refused, 3 wrong actions, 3 wrong replies. The wrong actions: a fan's 'one block in every
bowl!!! exactly one each!!!' left a bowl with two blocks (2); a pilot's 'Bin everything in W except X, over.' moved X
out of W. The wrong replies: an Arabic speaker's 'What is on the top of X?' looked for 'the top of X' (3). The refusals:
a pilot's 'I'd like X parked in the corner, when able.' and 'Confirm, is X in W?', a lawyer's 'Transfer the contents of
W to V, save that X is to remain exactly where it is', a farmer's 'throw every one of them blocks in the bin, the ones
in the bowls too'.
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

_CORNERS = PLACES[:4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _act(*checks: Check) -> Check:
    """An action's check: every part holds and the gripper is empty at the end."""
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _made(w: World, text: str, check: Check) -> Made:
    """The template's sentence, unless its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _free(w: World) -> list[str]:
    """Blocks that can be moved: not in the bin, not held."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _grounded(w: World) -> list[str]:
    """Movable blocks whose tower stands on the table (or a named place on it)."""
    return [b for b in _free(w) if w.state.base(b) in _GROUND]


def _depth(s: SymState, b: str) -> int:
    """How high `b` sits in its tower (1 = the bottom block)."""
    n, cur = 1, s.support[b]
    while cur in s.support:
        n, cur = n + 1, s.support[cur]
    return n


def _below(s: SymState, b: str) -> list[str]:
    """Every block under `b` in its tower."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _base_ok(b: str) -> Check:
    return lambda _i, f: f.base(b) not in (BIN, "gripper")


def _not(rel: Rel) -> Check:
    return lambda _i, f: not holds(rel, f)


def _ordered(bottom: str, middle: str, top: str) -> Check:
    """One tower, `bottom` lowest (on whatever it stands on, not a block, not the bin), then `middle`, then `top`."""
    return lambda _i, f: (f.support[bottom] not in f.support and f.base(bottom) not in (BIN, "gripper")
                          and f.support[middle] == bottom and f.support[top] == middle)


def _any_tower(*blocks: str) -> Check:
    """The blocks form one tower in any order, wherever it stands (not in the bin)."""

    def check(_i: SymState, f: SymState) -> bool:
        bottoms = [b for b in blocks if f.support[b] not in blocks]
        if len(bottoms) != 1 or f.base(bottoms[0]) in (BIN, "gripper"):
            return False
        chain = [bottoms[0]]
        while True:
            up = [b for b in f.on_top(chain[-1]) if b in blocks]
            if not up:
                break
            chain.append(up[0])
        return sorted(chain) == sorted(blocks)

    return check


def _on_ground(blocks: list[str]) -> Check:
    """Every block's tower stands on the table (a named place included)."""
    return lambda _i, f: all(f.base(b) in _GROUND for b in blocks)


def _bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _each_bowl(low: int, high: int) -> Check:
    return lambda _i, f: all(low <= len(f.in_bowl(x)) <= high for x in f.bowls)


def _onto_ok(w: World, below: str, adding: int = 1) -> bool:
    return below in _grounded(w) and _depth(w.state, below) + adding <= layout.MAX_TOWER


def _nearest(w: World, target: tuple[float, float], pool: list[str], margin: float = 0.03) -> str | None:
    """The block of `pool` clearly nearest to `target` (x, y), or None when two are about as near."""
    if len(pool) < 2:
        return None

    def d(b: str) -> float:
        p = w.scene.get(b).position
        return ((p[0] - target[0]) ** 2 + (p[1] - target[1]) ** 2) ** 0.5

    ranked = sorted(pool, key=d)
    return ranked[0] if d(ranked[1]) - d(ranked[0]) >= margin else None


def _xy(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return (p[0], p[1])


def _matches(w: World) -> dict[str, str]:
    """block -> the bowl of its colour."""
    return {r.block: r.target for r in matching(w)}


def _match_room_ok(w: World, moving: dict[str, str]) -> bool:
    """Every bowl still has room once the blocks in `moving` (block -> bowl) arrive and leave."""
    s = w.state
    for bowl in w.bowls:
        now = s.in_bowl(bowl)
        after = [b for b in now if moving.get(b, bowl) == bowl]
        arriving = [b for b, x in moving.items() if x == bowl and b not in now]
        if len(after) + len(arriving) > layout.BOWL_CAPACITY:
            return False
    return True


# ----- imperative ------------------------------------------------------------------------------------
def t274_imp_farmer(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if _room(w, x) >= 1])
    if bowl is None:
        return None
    b = _one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if b is None:
        return None
    return _made(w, f"go on and put the {b} in the {bowl} for me", _act(rels(Rel("in", b, bowl))))


def t274_imp_arabic2(w: World) -> Made:
    below = _one(w, [b for b in _grounded(w) if _onto_ok(w, b)])
    if below is None:
        return None
    top = _one(w, [b for b in _free(w) if b != below])
    if top is None:
        return None
    return _made(w, f"Please you put the {top} on the top of the {below}.", _act(rels(Rel("on", top, below))))


def t274_imp_pilot(w: World) -> Made:
    b, corner = _one(w, _free(w)), w.rng.choice(_CORNERS)
    if b is None:
        return None
    return _made(w, f"Request you move the {b} to the {corner}. Thank you.", _act(rels(Rel("at", b, corner))))


def t274_imp_lawyer(w: World) -> Made:
    b = _one(w, _free(w))
    if b is None:
        return None
    text = f"I would ask that you place the {b} in the bin. That is the whole of the request."
    return _made(w, text, _act(binned([b])))


def t274_imp_fan(w: World) -> Made:
    three = w.pick(_free(w), 3)
    if len(three) < 3:
        return None
    x, y, z = three
    text = f"build me a tower!!! the {x} on the bottom, then the {y}, then the {z} right on top!!!"
    return _made(w, text, _act(_ordered(x, y, z)))


def t274_imp_plain55(w: World) -> Made:
    b = _one(w, [b for b in w.in_bowls() if w.state.support[b] in w.bowls])
    if b is None:
        return None
    bowl = w.state.base(b)
    text = f"Take the {b} out of the {bowl} and put it on the table."
    return _made(w, text, _act(rels(Rel("on_table", b))))


# ----- declarative -----------------------------------------------------------------------------------
def t274_dec_farmer(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if _room(w, x) >= 1])
    if bowl is None:
        return None
    b = _one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if b is None:
        return None
    return _made(w, f"that {b} belongs in the {bowl}", _act(rels(Rel("in", b, bowl))))


def t274_dec_arabic2(w: World) -> Made:
    below = _one(w, [b for b in _grounded(w) if _onto_ok(w, b)])
    if below is None:
        return None
    top = _one(w, [b for b in _free(w) if b != below])
    if top is None:
        return None
    text = f"The {top} must be on the top of the {below}, please."
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t274_dec_pilot(w: World) -> Made:
    b = _one(w, _free(w))
    if b is None:
        return None
    text = f"Final configuration is the {b} at the middle of the table. Standing by."
    return _made(w, text, _act(rels(Rel("at", b, "middle"))))


def t274_dec_lawyer(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if 1 <= len(w.state.in_bowl(x)) <= 5])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    text = f"The {bowl} is to be empty, and everything that is in it at present is to be placed in the bin."
    return _made(w, text, _act(empty(bowl), binned(inside)))


def t274_dec_fan(w: World) -> Made:
    bottom = _one(w, [b for b in _grounded(w) if w.state.support[b] in _GROUND])
    if bottom is None:
        return None
    two = w.pick([b for b in _free(w) if b != bottom], 2)
    if len(two) < 2:
        return None
    mid, top = two
    text = f"the {top} is going on the {mid} and the {mid} is going on the {bottom}!!! that's the dream!!!"
    return _made(w, text, _act(rels(Rel("on", top, mid), Rel("on", mid, bottom))))


def t274_dec_plain55(w: World) -> Made:
    b = _one(w, _free(w))
    if b is None:
        return None
    return _made(w, f"The {b} should end up in the bin.", _act(binned([b])))


# ----- desiderative ----------------------------------------------------------------------------------
def t274_des_farmer(w: World) -> Made:
    below = _one(w, [b for b in _grounded(w) if _onto_ok(w, b)])
    if below is None:
        return None
    top = _one(w, [b for b in _free(w) if b != below])
    if top is None:
        return None
    text = f"i'd like the {top} set up on top of the {below} if ya can"
    return _made(w, text, _act(rels(Rel("on", top, below))))


def t274_des_arabic2(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if _room(w, x) >= 1])
    if bowl is None:
        return None
    b = _one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if b is None:
        return None
    return _made(w, f"I want that the {b} is inside the {bowl}.", _act(rels(Rel("in", b, bowl))))


def t274_des_pilot(w: World) -> Made:
    b, corner = _one(w, _free(w)), w.rng.choice(_CORNERS)
    if b is None:
        return None
    text = f"I'd like the {b} parked in the {corner}, when able."
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t274_des_lawyer(w: World) -> Made:
    two = w.pick(_free(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    text = f"My client's wish is that both the {a} and the {b} end up in the bin."
    return _made(w, text, _act(binned([a, b])))


def t274_des_fan(w: World) -> Made:
    three = w.pick(_free(w), 3)
    if len(three) < 3:
        return None
    a, b, c = three
    text = f"i want a tower out of the {a}, the {b} and the {c}!!! any order!!! just stack em!!!"
    return _made(w, text, _act(_any_tower(a, b, c)))


def t274_des_plain55(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if w.state.in_bowl(x)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    text = f"I'd like the {bowl} emptied out onto the table, please."
    return _made(w, text, _act(empty(bowl), _on_ground(inside)))


# ----- quantified ------------------------------------------------------------------------------------
def t274_qua_farmer(w: World) -> Made:
    blocks = _free(w)
    if not 1 <= len(blocks) <= 5 or len(blocks) != len(w.blocks):
        return None
    text = "throw every one of them blocks in the bin, the ones in the bowls too"
    return _made(w, text, _act(binned(blocks)))


def t274_qua_arabic2(w: World) -> Made:
    loose = [b for b in _free(w) if w.state.base(b) in _GROUND]
    bowl = _one(w, [x for x in w.bowls if _room(w, x) >= len(loose)])
    if bowl is None or len(loose) < 2:
        return None
    text = f"Put all the blocks which are on the table in the {bowl}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in loose))))


def t274_qua_pilot(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None or len(_free(w)) < 3:
        return None
    text = f"Request exactly two blocks in the {bowl}. Any two will do."
    return _made(w, text, _act(count_in(bowl, 2)))


def t274_qua_lawyer(w: World) -> Made:
    if len(_free(w)) < len(w.bowls) or len(w.bowls) < 2:
        return None
    text = ("Please ensure that each bowl on the table contains at least one block. "
            "How that is achieved is at your discretion.")
    return _made(w, text, _act(_each_bowl(1, layout.BOWL_CAPACITY)))


def t274_qua_fan(w: World) -> Made:
    if len(_free(w)) < len(w.bowls) or len(w.bowls) < 2:
        return None
    return _made(w, "one block in every bowl!!! exactly one each!!! let's go!!!", _act(_each_bowl(1, 1)))


def t274_qua_plain55(w: World) -> Made:
    if len(_free(w)) < 4:
        return None
    return _made(w, "Put three of the blocks in the bin, I don't mind which three.", _act(_bin_count(3)))


# ----- negated ---------------------------------------------------------------------------------------
def t274_neg_farmer(w: World) -> Made:
    blocks = _free(w)
    keep = _one(w, blocks)
    others = [b for b in blocks if b != keep]
    if keep is None or not 1 <= len(others) <= 5:
        return None
    text = f"chuck all them blocks in the bin except the {keep}"
    return _made(w, text, _act(binned(others), none_binned([keep])))


def t274_neg_arabic2(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    keep = _one(w, [b for b in _free(w) if w.state.base(b) != bowl])
    if keep is None:
        return None
    others = [b for b in _free(w) if b != keep]
    if not 1 <= len(others) <= layout.BOWL_CAPACITY:
        return None
    text = f"Put all blocks in the {bowl} but not the {keep}."
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in others)), _not(Rel("in", keep, bowl))))


def t274_neg_pilot(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if len(w.state.in_bowl(x)) >= 2])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    keep = w.rng.choice(inside)
    others = [b for b in inside if b != keep]
    text = f"Bin everything in the {bowl} except the {keep}, over."
    return _made(w, text, _act(binned(others), rels(Rel("in", keep, bowl))))


def t274_neg_lawyer(w: World) -> Made:
    blocks = _free(w)
    two = w.pick(blocks, 2)
    others = [b for b in blocks if b not in two]
    if len(two) < 2 or not 1 <= len(others) <= 5:
        return None
    a, b = two
    text = f"Place every block in the bin, with the exception of the {a} and the {b}."
    return _made(w, text, _act(binned(others), none_binned([a, b])))


def t274_neg_fan(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in w.pairs() if w.state.base(t) not in (BIN, "gripper")])
    if pair is None:
        return None
    top, below = pair.split("|")
    text = f"get the {top} OFF the {below}!!! but NOT in the bin!!!"
    return _made(w, text, _act(_not(Rel("on", top, below)), _base_ok(top)))


def t274_neg_plain55(w: World) -> Made:
    loose = [b for b in _free(w) if w.state.base(b) in _GROUND]
    inside = w.in_bowls()
    if not 1 <= len(loose) <= 5 or not inside:
        return None
    text = "Put all the blocks that aren't in a bowl into the bin."
    return _made(w, text, _act(binned(loose), none_binned(inside)))


# ----- relative --------------------------------------------------------------------------------------
def t274_rel_farmer(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in w.pairs() if w.state.base(t) != BIN])
    if pair is None:
        return None
    top, below = pair.split("|")
    text = f"grab the block sittin on top of the {below} and throw it in the bin"
    return _made(w, text, _act(binned([top])))


def t274_rel_arabic2(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in w.pairs() if w.state.base(t) != BIN])
    if pair is None:
        return None
    top, below = pair.split("|")
    bowl = _one(w, [x for x in w.bowls if _room(w, x) >= 1 and w.state.base(below) != x])
    if bowl is None:
        return None
    text = f"Put the block which is under the {top} inside the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t274_rel_pilot(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if not w.state.in_bowl(x)])
    if bowl is None:
        return None
    b = _nearest(w, _xy(w, bowl), _free(w))
    if b is None:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"The block closest to the {bowl}, relocate it to the {corner}. Report when complete."
    return _made(w, text, _act(rels(Rel("at", b, corner))))


def t274_rel_lawyer(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if len(w.state.in_bowl(x)) == 1])
    if bowl is None:
        return None
    (b,) = w.state.in_bowl(bowl)
    text = f"The sole block currently in the {bowl} is to be moved to the bin."
    return _made(w, text, _act(binned([b])))


def t274_rel_fan(w: World) -> Made:
    s = w.state
    tops = [b for b in _free(w) if s.is_clear(b)]
    heights = sorted(((_depth(s, b), b) for b in tops), reverse=True)
    if len(heights) < 2 or heights[0][0] < 2 or heights[0][0] == heights[1][0]:
        return None
    top = heights[0][1]
    text = "the block on top of the tallest tower!!! straight in the bin!!! no mercy!!!"
    return _made(w, text, _act(binned([top])))


def t274_rel_plain55(w: World) -> Made:
    b = _nearest(w, layout.BIN_CENTER, _free(w))
    if b is None:
        return None
    text = "Move the block that's closest to the bin to the middle of the table."
    return _made(w, text, _act(rels(Rel("at", b, "middle"))))


# ----- keep ------------------------------------------------------------------------------------------
def t274_keep_farmer(w: World) -> Made:
    b = _one(w, _free(w))
    if b is None:
        return None
    stay = _one(w, [x for x in w.blocks if x != b and x not in w.state.above(b)])
    if stay is None:
        return None
    text = f"put the {b} in the bin but leave the {stay} be"
    return _made(w, text, _act(binned([b]), kept(stay)))


def t274_keep_arabic2(w: World) -> Made:
    below = _one(w, [b for b in _grounded(w) if _onto_ok(w, b)])
    if below is None:
        return None
    top = _one(w, [b for b in _free(w) if b != below])
    if top is None:
        return None
    busy = {top, below, *w.state.above(top), *w.state.above(below)}
    stay = _one(w, [x for x in w.blocks if x not in busy])
    if stay is None:
        return None
    text = f"Please put the {top} on the {below}, and the {stay} don't move it."
    return _made(w, text, _act(rels(Rel("on", top, below)), kept(stay)))


def t274_keep_pilot(w: World) -> Made:
    s = w.state
    stay = _one(w, [b for b in _free(w) if s.support[b] in _GROUND])
    if stay is None:
        return None
    others = [b for b in s.on_the_table() if b != stay]
    if not 1 <= len(others) <= 5:
        return None
    text = f"Clear all blocks on the table into the bin. Keep the {stay} where it is. Confirm."
    return _made(w, text, _act(binned(others), kept(stay)))


def t274_keep_lawyer(w: World) -> Made:
    s = w.state
    src = _one(w, [x for x in w.bowls if len(s.in_bowl(x)) >= 2])
    if src is None:
        return None
    stay = _one(w, [b for b in s.in_bowl(src) if s.support[b] == src])
    others = [b for b in s.in_bowl(src) if b != stay]
    dst = _one(w, [x for x in w.bowls if x != src and _room(w, x) >= len(others)])
    if stay is None or dst is None:
        return None
    text = (f"Transfer the contents of the {src} to the {dst}, save that the {stay} is to remain "
            "exactly where it is.")
    return _made(w, text, _act(rels(*(Rel("in", b, dst) for b in others)), kept(stay)))


def t274_keep_fan(w: World) -> Made:
    stay = _one(w, w.in_bowls())
    below = _one(w, [b for b in _grounded(w) if _onto_ok(w, b)])
    if stay is None or below is None:
        return None
    top = _one(w, [b for b in _free(w) if b not in (below, stay)])
    if top is None:
        return None
    bowl = w.state.base(stay)
    text = f"stack the {top} on the {below}!!! but keep the {stay} in the {bowl}!!!"
    return _made(w, text, _act(rels(Rel("on", top, below), Rel("in", stay, bowl))))


def t274_keep_plain55(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if 1 <= len(w.state.in_bowl(x)) <= 5])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    rest = [b for b in w.blocks if b not in inside]
    if not rest:
        return None
    text = f"Empty the {bowl} into the bin, but leave everything else alone."
    return _made(w, text, _act(binned(inside), kept(*rest)))


# ----- multi-step ------------------------------------------------------------------------------------
def t274_multi_farmer(w: World) -> Made:
    gone = _one(w, _free(w))
    if gone is None:
        return None
    below = _one(w, [b for b in _grounded(w) if b != gone and _onto_ok(w, b)])
    if below is None:
        return None
    top = _one(w, [b for b in _free(w) if b not in (gone, below)])
    if top is None:
        return None
    text = f"first put the {gone} in the bin, then set the {top} on the {below}"
    return _made(w, text, _act(binned([gone]), rels(Rel("on", top, below))))


def t274_multi_arabic2(w: World) -> Made:
    out = _one(w, [b for b in w.in_bowls() if w.state.base(b) in w.bowls])
    if out is None:
        return None
    bowl = w.state.base(out)
    b = _one(w, [x for x in _free(w) if w.state.base(x) != bowl])
    if b is None:
        return None
    text = f"First take the {out} out from the {bowl} and put on the table, after put the {b} in the {bowl}."
    return _made(w, text, _act(rels(Rel("on_table", out), Rel("in", b, bowl))))


def t274_multi_pilot(w: World) -> Made:
    two = w.pick(_free(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    corner = w.rng.choice(_CORNERS)
    text = f"Step one, the {a} to the {corner}. Step two, the {b} on top of the {a}. That's all."
    return _made(w, text, _act(rels(Rel("at", a, corner), Rel("on", b, a))))


def t274_multi_lawyer(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in w.pairs() if w.state.base(t) != BIN])
    if pair is None:
        return None
    top, below = pair.split("|")
    bowl = _one(w, [x for x in w.bowls if _room(w, x) >= 1 and w.state.base(below) != x])
    if bowl is None:
        return None
    text = f"First, remove the {top} from the {below}; thereafter, place the {below} in the {bowl}."
    return _made(w, text, _act(_not(Rel("on", top, below)), rels(Rel("in", below, bowl))))


def t274_multi_fan(w: World) -> Made:
    bowl = _one(w, [x for x in w.bowls if _room(w, x) >= 2])
    if bowl is None:
        return None
    two = w.pick([b for b in _free(w) if w.state.base(b) != bowl], 2)
    if len(two) < 2:
        return None
    a, b = two
    text = f"first the {a} into the {bowl}!!! then the {b} right on top of it!!! GO GO GO"
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("on", b, a))))


def t274_multi_plain55(w: World) -> Made:
    gone = _one(w, [b for b in _free(w) if w.state.support[b] in w.bowls])
    if gone is None:
        return None
    bowl = w.state.support[gone]
    b = _one(w, [x for x in _free(w) if w.state.base(x) != bowl])
    if b is None:
        return None
    text = f"Put the {gone} in the bin, then put the {b} where the {gone} was."
    return _made(w, text, _act(binned([gone]), rels(Rel("in", b, bowl))))


# ----- questions -------------------------------------------------------------------------------------
def t274_q_farmer(w: World) -> Made:
    bowl = _one(w, w.bowls)
    if bowl is None:
        return None
    return f"how many blocks ya got in the {bowl} right now", answered(str(len(w.state.in_bowl(bowl))))


def t274_q_arabic2(w: World) -> Made:
    s = w.state
    b = _one(w, [x for x in _free(w) if len(s.above(x)) <= 1])
    if b is None:
        return None
    up = s.on_top(b)
    return f"What is on the top of the {b}?", answered(up[0] if up else "nothing")


def t274_q_pilot(w: World) -> Made:
    bowl, b = _one(w, w.bowls), _one(w, _free(w))
    if bowl is None or b is None:
        return None
    return f"Confirm, is the {b} in the {bowl}?", answered(yes(holds(Rel("in", b, bowl), w.state)))


def t274_q_lawyer(w: World) -> Made:
    s = w.state
    bowl = _one(w, w.bowls)
    b = _one(w, [x for x in _free(w) if s.support[x] not in s.support])
    if bowl is None or b is None:
        return None
    text = (f"Could you tell me how many blocks are currently in the {bowl}, and whether the {b} is "
            "on the table?")
    return text, answered(f"{len(s.in_bowl(bowl))}|{yes(holds(Rel('on_table', b), s)).lower()}")


def t274_q_fan(w: World) -> Made:
    pair = _one(w, [f"{t}|{b}" for t, b in w.pairs()])
    if pair is None:
        return None
    top, below = pair.split("|")
    return f"what colour is the block under the {top}?!?!", answered(w.colour(below))


def t274_q_plain55(w: World) -> Made:
    s = w.state
    b = _one(w, [x for x in _free(w) if s.support[x] in s.bowls
                 or (s.support[x] in s.support and s.support[s.support[x]] in _GROUND)])
    if b is None:
        return None
    return f"Where's the {b}?", answered(s.support[b])


# ----- colour matching -------------------------------------------------------------------------------
def t274_match_farmer(w: World) -> Made:
    moving = _matches(w)
    if not moving or not _match_room_ok(w, moving):
        return None
    text = "put each block in the bowl that's the same colour as it is"
    return _made(w, text, _act(rels(*matching(w))))


def t274_match_arabic2(w: World) -> Made:
    m = _matches(w)
    b = _one(w, [x for x in m if _match_room_ok(w, {x: m[x]})])
    if b is None:
        return None
    text = f"Put the {b} in the bowl which have the same colour like it."
    return _made(w, text, _act(rels(Rel("in", b, m[b]))))


def t274_match_pilot(w: World) -> Made:
    m = _matches(w)
    rest = [b for b in w.blocks if b not in m]
    if not m or not 1 <= len(rest) <= 5 or not _match_room_ok(w, m):
        return None
    text = ("Sort the blocks by colour into the matching bowls. Any block without a matching bowl goes "
            "to the bin. Over.")
    return _made(w, text, _act(rels(*matching(w)), binned(rest)))


def t274_match_lawyer(w: World) -> Made:
    s = w.state
    m = _matches(w)
    rest = [b for b in w.blocks if b not in m]
    if not m or not rest or not _match_room_ok(w, m):
        return None
    must_move = {b for b, x in m.items() if s.base(b) != x}
    if any(set(_below(s, b)) & must_move for b in rest):
        return None
    text = ("Each block whose colour matches a bowl is to be placed in that bowl; all other blocks "
            "are to remain precisely where they are.")
    return _made(w, text, _act(rels(*matching(w)), kept(*rest)))


def t274_match_fan(w: World) -> Made:
    m = _matches(w)
    two = w.pick(list(m), 2)
    if len(two) < 2:
        return None
    a, b = two
    if not _match_room_ok(w, {a: m[a], b: m[b]}):
        return None
    text = f"the {a} and the {b} in their matching bowls!!! same colour!!! come on!!!"
    return _made(w, text, _act(rels(Rel("in", a, m[a]), Rel("in", b, m[b]))))


def t274_match_plain55(w: World) -> Made:
    by_bowl = {x: b for b, x in _matches(w).items()}
    bowl = _one(w, list(by_bowl))
    if bowl is None:
        return None
    text = f"Put the block that's the same colour as the {bowl} in the bin."
    return _made(w, text, _act(binned([by_bowl[bowl]])))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("farmer", "arabic2", "pilot", "lawyer", "fan", "plain55")
FRESH274: list[Template] = [
    (f"t274_{short}_{style}", category, globals()[f"t274_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
