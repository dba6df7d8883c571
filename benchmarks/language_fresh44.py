"""`FRESH44`, the forty-fifth untuned batch: sixty language templates, six per category, as ordinary users type them.

It was written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates.
Each category holds one template in each of six styles: a teenager texting in lowercase without punctuation ("rn",
"thx", "btw"); an engineer writing a spec ("Requirement: ...", "Acceptance: ..."); a busy parent who interrupts and
corrects themself mid-sentence (the final meaning stays unambiguous); terse fragments ("Red block. Bin. Go."); an
over-explainer who gives reasons; and a formal business email ("Dear robot, ... Kind regards").

Its first run, before any fix it prompted (300 instructions, seed 0, on b759d67): 0.597 goal-correct, no wrong action
or reply.
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
from sim.core.symbolic import SymState

_CAP = layout.BOWL_CAPACITY


# ----- helpers over the scene ---------------------------------------------------------------------------
def _c(w: World, name: str) -> str:
    return w.colour(name)


def _C(w: World, name: str) -> str:
    return w.colour(name).capitalize()


def _loose(w: World) -> list[str]:
    """Blocks the robot can still work with (not in the bin, not held)."""
    return [b for b in w.blocks if w.state.base(b) != BIN and b != w.state.held]


def _bowl_of(w: World, b: str) -> str | None:
    base = w.state.base(b)
    return base if base in w.state.bowls else None


def _room(w: World, bowl: str) -> int:
    return _CAP - len(w.state.in_bowl(bowl))


def _on_table(w: World, b: str) -> bool:
    return w.state.support[b] in (TABLE, *PLACES)


def _under(w: World, b: str) -> str | None:
    s = w.state.support[b]
    return s if s in w.state.support else None


def _depth(w: World, b: str) -> int:
    """How many blocks lie below `b`."""
    n, s = 0, w.state.support[b]
    while s in w.state.support:
        n, s = n + 1, w.state.support[s]
    return n


def _can_stack(w: World, b: str, t: str) -> bool:
    """Putting `b` on `t` is sensible: distinct, not already so, `t` not above `b`, and the tower stays short."""
    return (b != t and w.state.support[b] != t and t not in w.state.above(b)
            and _depth(w, t) + 2 <= layout.MAX_TOWER)


def _choice(w: World, items: list[str]) -> str | None:
    got = w.pick(items)
    return got[0] if got else None


def _not_in(w: World, bowl: str) -> list[str]:
    return [b for b in _loose(w) if w.state.base(b) != bowl]


def _stack_pair(w: World) -> tuple[str, str] | None:
    pairs = [(b, t) for b in _loose(w) for t in _loose(w) if _can_stack(w, b, t)]
    return w.rng.choice(pairs) if pairs else None


def _free_of(w: World, moving: str, keep: str) -> bool:
    """Keeping `keep` where it is does not stop `moving` from being moved."""
    return keep != moving and keep not in w.state.above(moving)


def _place_for(w: World, b: str) -> str | None:
    return _choice(w, [p for p in PLACES if w.state.base(b) != p])


def _out_of(bowl: str, b: str) -> Check:
    return lambda _i, f: f.base(b) not in (bowl, BIN, "gripper")


def _one_tower(blocks: list[str]) -> Check:
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


# ----- imperative ----------------------------------------------------------------------------------------
def y44_imp_teen(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if _room(w, o) > 0])
    b = _choice(w, _not_in(w, bowl)) if bowl else None
    if not b:
        return None
    return f"yo can u put the {_c(w, b)} block in the {_c(w, bowl)} bowl rn thx", rels(Rel("in", b, bowl))


def y44_imp_spec(w: World) -> Made:
    b = _choice(w, _loose(w))
    place = _place_for(w, b) if b else None
    if not place:
        return None
    return ((f"Requirement: relocate the {_c(w, b)} cube to the {place}. Acceptance: the {_c(w, b)} cube sits at "
            f"the {place} when the task ends."), rels(Rel("at", b, place)))


def y44_imp_parent(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    b, t = pair
    x = _choice(w, [o for o in w.blocks if o not in (b, t)])
    if not x:
        return None
    return (f"ok put the {_c(w, x)} - no sorry, the {_c(w, b)} block - on top of the {_c(w, t)} block",
            rels(Rel("on", b, t)))


def y44_imp_frag(w: World) -> Made:
    b = _choice(w, _loose(w))
    if not b:
        return None
    return f"{_C(w, b)} block. Bin. Go.", binned([b])


def y44_imp_explain(w: World) -> Made:
    b = _choice(w, [o for o in _loose(w) if _bowl_of(w, o)])
    if not b:
        return None
    bowl = _bowl_of(w, b)
    return ((f"Please take the {_c(w, b)} block out of the {_c(w, bowl)} bowl and put it down on the table, because "
            f"I need that bowl for the nuts when the guests arrive."), rels(Rel("on_table", b)))


def y44_imp_email(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if _room(w, o) > 0])
    b = _choice(w, _not_in(w, bowl)) if bowl else None
    if not b:
        return None
    return ((f"Dear robot, I would be grateful if you could place the {_c(w, b)} block into the {_c(w, bowl)} bowl "
            f"at your earliest convenience. Kind regards, Martin"), rels(Rel("in", b, bowl)))


# ----- declarative ---------------------------------------------------------------------------------------
def y44_dec_teen(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    b, t = pair
    return f"the {_c(w, b)} block goes on top of the {_c(w, t)} block btw", rels(Rel("on", b, t))


def y44_dec_spec(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if _room(w, o) > 0])
    b = _choice(w, _not_in(w, bowl)) if bowl else None
    if not b:
        return None
    return ((f"Requirement: the {_c(w, bowl)} bowl contains the {_c(w, b)} cube. Acceptance criterion: "
            f"{_c(w, b)} cube inside {_c(w, bowl)} bowl at end of run."), rels(Rel("in", b, bowl)))


def y44_dec_parent(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl, x = w.pick(w.bowls, 2)
    b = _choice(w, _not_in(w, bowl))
    if not b or _room(w, bowl) < 1:
        return None
    return ((f"The {_c(w, b)} block belongs in the {_c(w, x)} bowl - no wait, sorry, the {_c(w, bowl)} bowl. "
            f"The {_c(w, bowl)} one."), rels(Rel("in", b, bowl)))


def y44_dec_frag(w: World) -> Made:
    b = _choice(w, _loose(w))
    place = _place_for(w, b) if b else None
    if not place:
        return None
    return f"{_C(w, b)} block. {place.capitalize()}.", rels(Rel("at", b, place))


def y44_dec_explain(w: World) -> Made:
    b = _choice(w, _loose(w))
    if not b:
        return None
    return ((f"The {_c(w, b)} block should be in the bin, since it's got a chip in it and I don't want the kids "
            f"playing with it anymore."), binned([b]))


def y44_dec_email(w: World) -> Made:
    b = _choice(w, [o for o in _loose(w) if _under(w, o)])
    if not b:
        return None
    t = _under(w, b)
    return ((f"Dear robot, Please be advised that the {_c(w, b)} block is to be taken off the {_c(w, t)} block and "
            f"set down on the table. Kind regards, Facilities Team"), rels(Rel("on_table", b)))


# ----- desiderative --------------------------------------------------------------------------------------
def y44_des_teen(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if _room(w, o) >= 2])
    two = w.pick(_not_in(w, bowl), 2) if bowl else []
    if len(two) < 2:
        return None
    a, b = two
    return (f"i want the {_c(w, a)} and {_c(w, b)} blocks both in the {_c(w, bowl)} bowl pls",
            rels(Rel("in", a, bowl), Rel("in", b, bowl)))


def y44_des_spec(w: World) -> Made:
    a = _choice(w, [o for o in _loose(w) if _on_table(w, o)])
    b = _choice(w, [o for o in _loose(w) if o != a and _can_stack(w, o, a)]) if a else None
    if not b:
        return None
    return ((f"Requirement: I want a two-block tower, {_c(w, a)} cube at the bottom and {_c(w, b)} cube on top. "
            f"Acceptance: {_c(w, b)} directly on {_c(w, a)}, {_c(w, a)} on the table."),
            rels(Rel("on", b, a), Rel("on_table", a), Rel("clear", b)))


def y44_des_parent(w: World) -> Made:
    b = _choice(w, _loose(w))
    place = _place_for(w, b) if b else None
    x = _choice(w, [o for o in w.blocks if o != b]) if place else None
    if not x:
        return None
    return (f"I'd like the {_c(w, x)} - actually no, the {_c(w, b)} block - over in the {place}, please.",
            rels(Rel("at", b, place)))


def y44_des_frag(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    b, t = pair
    return f"Want: {_c(w, b)} cube on {_c(w, t)} cube. That's it.", rels(Rel("on", b, t))


def y44_des_explain(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not bowl:
        return None
    return ((f"I'd love for the {_c(w, bowl)} bowl to be empty, because I need it for serving peanuts tonight and "
            f"it has to be washed first."), empty(bowl))


def y44_des_email(w: World) -> Made:
    b = _choice(w, _loose(w))
    if not b:
        return None
    return ((f"Dear robot, I would like to request that the {_c(w, b)} block be disposed of in the bin. "
            f"Thank you in advance. Best regards, A. Smith"), binned([b]))


# ----- quantified ----------------------------------------------------------------------------------------
def y44_qua_teen(w: World) -> Made:
    outside = [b for b in _loose(w) if not _bowl_of(w, b)]
    inside = [b for b in w.blocks if _bowl_of(w, b)]
    if not 2 <= len(outside) <= 5:
        return None
    return ("can u throw every block thats not in a bowl into the bin thx",
            both(binned(outside), none_binned(inside)))


def y44_qua_spec(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if len(w.state.in_bowl(o)) != 2])
    if not bowl or len(_loose(w)) < 3:
        return None
    return ((f"Requirement: the {_c(w, bowl)} bowl holds exactly two blocks. Acceptance: count of blocks in "
            f"{_c(w, bowl)} bowl == 2, no more, no less."), count_in(bowl, 2))


def y44_qua_parent(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = _choice(w, [o for o in w.bowls if w.state.in_bowl(o)])
    x = _choice(w, [o for o in w.bowls if o != bowl]) if bowl else None
    if not x:
        return None
    inside = w.state.in_bowl(bowl)
    return ((f"Take everything out of the {_c(w, x)} bowl - no, sorry, the {_c(w, bowl)} bowl - and put it all on "
            f"the table."), lambda _i, f: all(f.base(b) in (TABLE, *PLACES) for b in inside))


def y44_qua_frag(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if len(w.state.in_bowl(o)) != 3])
    if not bowl or len(_loose(w)) < 4:
        return None
    return f"{_C(w, bowl)} bowl. Three blocks in it, total. Any three.", count_in(bowl, 3)


def y44_qua_explain(w: World) -> Made:
    blocks = w.blocks
    if len(blocks) > layout.MAX_TOWER or len(_loose(w)) != len(blocks):
        return None
    check = _one_tower(blocks)
    if check(w.state, w.state):
        return None
    return (("Please stack all the blocks into one single tower - I want to take a photo of it for my nephew, so "
            "every one of them needs to be in the same tower."), check)


def y44_qua_email(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    src = _choice(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not src:
        return None
    inside = w.state.in_bowl(src)
    dst = _choice(w, [o for o in w.bowls if o != src and _room(w, o) >= len(inside)])
    if not dst:
        return None
    return ((f"Dear robot, Kindly transfer the entire contents of the {_c(w, src)} bowl to the {_c(w, dst)} bowl. "
            f"Kind regards, J. Patel"), rels(*(Rel("in", b, dst) for b in inside)))


# ----- negated -------------------------------------------------------------------------------------------
def y44_neg_teen(w: World) -> Made:
    b = _choice(w, [o for o in _loose(w) if _bowl_of(w, o)])
    if not b:
        return None
    bowl = _bowl_of(w, b)
    return (f"take the {_c(w, b)} block out of the {_c(w, bowl)} bowl but dont put it in the bin ok",
            _out_of(bowl, b))


def y44_neg_spec(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not bowl:
        return None
    return ((f"Requirement: the {_c(w, bowl)} bowl must not contain any blocks. Constraint: the bin must not be "
            f"used."), both(empty(bowl), none_binned(w.blocks)))


def y44_neg_parent(w: World) -> Made:
    b = _choice(w, [o for o in _loose(w) if _under(w, o)])
    if not b:
        return None
    t = _under(w, b)
    return ((f"Take the {_c(w, b)} block off the {_c(w, t)} block and - no, don't bin it! - just put it down on "
            f"the table."), rels(Rel("on_table", b)))


def y44_neg_frag(w: World) -> Made:
    t = _choice(w, [o for o in _loose(w) if not w.state.is_clear(o)])
    if not t:
        return None
    return f"{_C(w, t)} block. Nothing on top of it. Clear it off.", rels(Rel("clear", t))


def y44_neg_explain(w: World) -> Made:
    k = _choice(w, _loose(w))
    others = [b for b in _loose(w) if b != k]
    if not k or not 2 <= len(others) <= 5:
        return None
    return ((f"Could you put every block in the bin except the {_c(w, k)} one? I'm keeping that one because it "
            f"came with the original set."), both(binned(others), none_binned([k])))


def y44_neg_email(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = _choice(w, w.bowls)
    others = [o for o in w.bowls if o != bowl]
    b = _choice(w, [o for o in _loose(w) if _bowl_of(w, o) in (None, bowl)])
    if not b or not any(_room(w, o) > 0 for o in others):
        return None
    return ((f"Dear robot, I would ask that you move the {_c(w, b)} block into any bowl other than the "
            f"{_c(w, bowl)} bowl. Kind regards, Helen"),
            lambda _i, f: f.base(b) in others)


# ----- relative ------------------------------------------------------------------------------------------
def y44_rel_teen(w: World) -> Made:
    t = _choice(w, [o for o in w.blocks if len(w.state.on_top(o)) == 1])
    if not t:
        return None
    top = w.state.on_top(t)[0]
    return f"the block thats on top of the {_c(w, t)} one, put it in the bin pls", binned([top])


def y44_rel_spec(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if len(w.state.in_bowl(o)) == 1])
    if not bowl:
        return None
    b = w.state.in_bowl(bowl)[0]
    place = _choice(w, list(PLACES))
    return ((f"Requirement: the block currently located in the {_c(w, bowl)} bowl shall be relocated to the {place}. "
            f"Acceptance: that block rests at the {place}."), rels(Rel("at", b, place)))


def y44_rel_parent(w: World) -> Made:
    b = _choice(w, [o for o in _loose(w) if _under(w, o)])
    if not b:
        return None
    under = _under(w, b)
    bowl = _choice(w, [o for o in w.bowls if _room(w, o) > 0 and w.state.base(under) != o])
    if not bowl:
        return None
    return ((f"put the block the {_c(w, b)} one is - hang on, let me look - yeah, the one the {_c(w, b)} block is "
            f"sitting on, put that in the {_c(w, bowl)} bowl"), rels(Rel("in", under, bowl)))


def y44_rel_frag(w: World) -> Made:
    b = _choice(w, [o for o in w.blocks if _bowl_of(w, o)])
    if not b:
        return None
    bowl = _bowl_of(w, b)
    c = _choice(w, _not_in(w, bowl))
    if not c or _room(w, bowl) < 1:
        return None
    return f"Bowl with the {_c(w, b)} block in it. Add the {_c(w, c)} block.", rels(Rel("in", c, bowl))


def y44_rel_explain(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if _room(w, o) > 0])
    if not bowl:
        return None
    cands = sorted(_not_in(w, bowl), key=lambda b: w.dist(b, bowl))
    if len(cands) < 2:
        return None
    best = cands[0]
    if not (_on_table(w, best) and w.state.is_clear(best)) or w.dist(cands[1], bowl) - w.dist(best, bowl) < 0.04:
        return None
    return ((f"The block that's sitting closest to the {_c(w, bowl)} bowl should go into it, because that way the "
            f"arm doesn't have to travel far."), rels(Rel("in", best, bowl)))


def y44_rel_email(w: World) -> Made:
    empties = [o for o in w.bowls if not w.state.in_bowl(o)]
    if len(empties) != 1:
        return None
    b = _choice(w, _loose(w))
    if not b:
        return None
    return ((f"Dear robot, Would you kindly place the {_c(w, b)} block in whichever bowl is currently empty. "
            f"Many thanks, Operations"), rels(Rel("in", b, empties[0])))


# ----- keep ----------------------------------------------------------------------------------------------
def y44_keep_teen(w: World) -> Made:
    b = _choice(w, _loose(w))
    place = _place_for(w, b) if b else None
    k = _choice(w, [o for o in w.blocks if _free_of(w, b, o)]) if place else None
    if not k:
        return None
    return (f"move the {_c(w, b)} block to the {place} but leave the {_c(w, k)} block where it is k thx",
            both(rels(Rel("at", b, place)), kept(k)))


def y44_keep_spec(w: World) -> Made:
    b = _choice(w, _loose(w))
    ks = w.pick([o for o in w.blocks if _free_of(w, b, o)], 2) if b else []
    if len(ks) < 2:
        return None
    k1, k2 = ks
    return ((f"Requirement: {_c(w, b)} cube in the bin. Constraint: {_c(w, k1)} and {_c(w, k2)} cubes remain "
            f"exactly where they are."), both(binned([b]), kept(k1, k2)))


def y44_keep_parent(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if _room(w, o) > 0])
    b = _choice(w, _not_in(w, bowl)) if bowl else None
    k = _choice(w, [o for o in w.blocks if _free_of(w, b, o)]) if b else None
    x = _choice(w, [o for o in w.blocks if o not in (b, k)]) if k else None
    if not x:
        return None
    return ((f"put the {_c(w, b)} block in the {_c(w, bowl)} bowl but leave the {_c(w, x)} - no, the {_c(w, k)} "
            f"block, leave the {_c(w, k)} block alone"), both(rels(Rel("in", b, bowl)), kept(k)))


def y44_keep_frag(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    b, t = pair
    k = _choice(w, [o for o in w.blocks if _free_of(w, b, o) and _free_of(w, t, o) and o != t])
    if not k:
        return None
    return (f"{_C(w, b)} block on {_c(w, t)} block. {_C(w, k)} block stays put.",
            both(rels(Rel("on", b, t)), kept(k)))


def y44_keep_explain(w: World) -> Made:
    b = _choice(w, _loose(w))
    place = _place_for(w, b) if b else None
    k = _choice(w, [o for o in w.blocks if _free_of(w, b, o)]) if place else None
    if not k:
        return None
    return ((f"Could you move the {_c(w, b)} block to the {place}? But please leave the {_c(w, k)} block where it "
            f"is - my daughter put it there for her game and she'll be upset if it moves."),
            both(rels(Rel("at", b, place)), kept(k)))


def y44_keep_email(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    other = _choice(w, [o for o in w.bowls if w.state.in_bowl(o)])
    bowl = _choice(w, [o for o in w.bowls if o != other and _room(w, o) > 0]) if other else None
    b = _choice(w, [o for o in _loose(w) if w.state.base(o) not in (bowl, other)]) if bowl else None
    if not b:
        return None
    return ((f"Dear robot, I would be obliged if you could transfer the {_c(w, b)} block to the {_c(w, bowl)} bowl, "
            f"whilst leaving the contents of the {_c(w, other)} bowl undisturbed. Kind regards, R. Okafor"),
            both(rels(Rel("in", b, bowl)), kept(*w.state.in_bowl(other))))


# ----- multi_step ----------------------------------------------------------------------------------------
def y44_multi_teen(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    b, t = pair
    a = _choice(w, [o for o in _loose(w) if o not in (b, t)])
    if not a:
        return None
    return (f"first put the {_c(w, a)} block in the bin then put the {_c(w, b)} block on the {_c(w, t)} one thx",
            both(binned([a]), rels(Rel("on", b, t))))


def y44_multi_spec(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if len(two) < 2:
        return None
    a, b = two
    p1 = _place_for(w, a)
    p2 = _choice(w, [p for p in PLACES if p != p1 and w.state.base(b) != p])
    if not p1 or not p2:
        return None
    return ((f"Requirement 1: {_c(w, a)} cube at the {p1}. Requirement 2: {_c(w, b)} cube at the {p2}. "
            f"Acceptance: both requirements met."), rels(Rel("at", a, p1), Rel("at", b, p2)))


def y44_multi_parent(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if _room(w, o) >= 2])
    two = w.pick(_not_in(w, bowl), 2) if bowl else []
    if len(two) < 2:
        return None
    a, b = two
    if a in w.state.above(b):
        return None
    return ((f"Put the {_c(w, a)} block in the {_c(w, bowl)} bowl, then - hold on, sorry, the phone - then the "
            f"{_c(w, b)} block on top of the {_c(w, a)} block."), rels(Rel("in", a, bowl), Rel("on", b, a)))


def y44_multi_frag(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if _room(w, o) > 0])
    two = w.pick(_not_in(w, bowl), 2) if bowl else []
    if len(two) < 2:
        return None
    a, b = two
    return (f"{_C(w, a)} block, {_c(w, bowl)} bowl. {_C(w, b)} block, bin. Done.",
            both(rels(Rel("in", a, bowl)), binned([b])))


def y44_multi_explain(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    c = _choice(w, [o for o in _loose(w) if o not in (a, b)])
    place = _place_for(w, c) if c else None
    if not place:
        return None
    return ((f"Could you stack the {_c(w, a)} block on the {_c(w, b)} block and then move the {_c(w, c)} block to "
            f"the {place}? I'm setting up a little demo for my class tomorrow and that's the layout I sketched."),
            rels(Rel("on", a, b), Rel("at", c, place)))


def y44_multi_email(w: World) -> Made:
    a = _choice(w, [o for o in _loose(w) if _bowl_of(w, o)])
    if not a:
        return None
    bowl = _bowl_of(w, a)
    b = _choice(w, _not_in(w, bowl))
    if not b:
        return None
    return ((f"Dear robot, Please carry out the following: firstly, remove the {_c(w, a)} block from the "
            f"{_c(w, bowl)} bowl and place it on the table; secondly, put the {_c(w, b)} block in the {_c(w, bowl)} "
            f"bowl in its place. Best regards, Dana"), rels(Rel("on_table", a), Rel("in", b, bowl)))


# ----- question ------------------------------------------------------------------------------------------
def y44_q_teen(w: World) -> Made:
    bowl = _choice(w, [o for o in w.bowls if w.state.in_bowl(o)])
    if not bowl:
        return None
    n = len(w.state.in_bowl(bowl))
    return f"how many blocks r in the {_c(w, bowl)} bowl rn", answered(str(n))


def y44_q_spec(w: World) -> Made:
    bowl = _choice(w, w.bowls)
    inside = [b for b in w.blocks if w.state.base(b) == bowl]
    outside = [b for b in w.blocks if w.state.base(b) != bowl]
    group = inside if inside and w.rng.random() < 0.5 else outside
    b = _choice(w, group)
    if not b:
        return None
    return (f"Query: is the {_c(w, b)} cube currently inside the {_c(w, bowl)} bowl? Expected output: yes/no.",
            answered(yes(b in inside)))


def y44_q_parent(w: World) -> Made:
    b = _choice(w, [o for o in w.blocks if _bowl_of(w, o)])
    if not b:
        return None
    bowl = _bowl_of(w, b)
    return (f"which bowl is the - sorry, where's the {_c(w, b)} block? which bowl is it in?",
            answered(f"{_c(w, bowl)}|bowl"))


def y44_q_frag(w: World) -> Made:
    inside = [b for b in w.blocks if _bowl_of(w, b)]
    outside = [b for b in w.blocks if not _bowl_of(w, b)]
    group = inside if inside and w.rng.random() < 0.5 else outside
    b = _choice(w, group)
    if not b:
        return None
    return f"{_C(w, b)} block. In a bowl? Yes or no.", answered(yes(b in inside))


def y44_q_explain(w: World) -> Made:
    covered = [b for b in w.blocks if not w.state.is_clear(b)]
    clear = [b for b in w.blocks if w.state.is_clear(b)]
    group = covered if covered and w.rng.random() < 0.5 else clear
    b = _choice(w, group)
    if not b:
        return None
    return ((f"Is there anything on top of the {_c(w, b)} block? I'm asking because I want to pick it up without "
            f"knocking anything over."), answered(yes(b in covered)))


def y44_q_email(w: World) -> Made:
    n = len(w.blocks)
    return ((f"Dear robot, Could you kindly confirm how many blocks you can see altogether? Kind regards, "
            f"{w.rng.choice(['Priya', 'Tom', 'Mr. Alvarez'])}"), answered(str(n)))


# ----- matching ------------------------------------------------------------------------------------------
def _match(w: World) -> Check | None:
    want = matching(w)
    if not want:
        return None
    check = rels(*want)
    return None if check(w.state, w.state) else check


def y44_match_teen(w: World) -> Made:
    check = _match(w)
    return ("put the blocks in the bowls that match their colour pls", check) if check else None


def y44_match_spec(w: World) -> Made:
    check = _match(w)
    return (("Requirement: every block whose colour matches a bowl is placed in the bowl of the same colour. "
            "Acceptance: block colour equals bowl colour for each such block."), check) if check else None


def y44_match_parent(w: World) -> Made:
    check = _match(w)
    return ("sort the blocks into the - no, not the bin! - into the bowls with the same colour as them",
            check) if check else None


def y44_match_frag(w: World) -> Made:
    check = _match(w)
    return ("Blocks. Matching bowls. Colour to colour.", check) if check else None


def y44_match_explain(w: World) -> Made:
    check = _match(w)
    return (("Could you put each block into the bowl that's the same colour as it? My son is learning his colours "
            "and I want to show him how they go together."), check) if check else None


def y44_match_email(w: World) -> Made:
    check = _match(w)
    return (("Dear robot, Kindly arrange for each block to be placed in the bowl matching its colour, where such a "
            "bowl exists. Many thanks, The Office Team"), check) if check else None


FRESH44: list[Template] = [
    ("y44_imp_teen", "imperative", y44_imp_teen),
    ("y44_imp_spec", "imperative", y44_imp_spec),
    ("y44_imp_parent", "imperative", y44_imp_parent),
    ("y44_imp_frag", "imperative", y44_imp_frag),
    ("y44_imp_explain", "imperative", y44_imp_explain),
    ("y44_imp_email", "imperative", y44_imp_email),
    ("y44_dec_teen", "declarative", y44_dec_teen),
    ("y44_dec_spec", "declarative", y44_dec_spec),
    ("y44_dec_parent", "declarative", y44_dec_parent),
    ("y44_dec_frag", "declarative", y44_dec_frag),
    ("y44_dec_explain", "declarative", y44_dec_explain),
    ("y44_dec_email", "declarative", y44_dec_email),
    ("y44_des_teen", "desiderative", y44_des_teen),
    ("y44_des_spec", "desiderative", y44_des_spec),
    ("y44_des_parent", "desiderative", y44_des_parent),
    ("y44_des_frag", "desiderative", y44_des_frag),
    ("y44_des_explain", "desiderative", y44_des_explain),
    ("y44_des_email", "desiderative", y44_des_email),
    ("y44_qua_teen", "quantified", y44_qua_teen),
    ("y44_qua_spec", "quantified", y44_qua_spec),
    ("y44_qua_parent", "quantified", y44_qua_parent),
    ("y44_qua_frag", "quantified", y44_qua_frag),
    ("y44_qua_explain", "quantified", y44_qua_explain),
    ("y44_qua_email", "quantified", y44_qua_email),
    ("y44_neg_teen", "negated", y44_neg_teen),
    ("y44_neg_spec", "negated", y44_neg_spec),
    ("y44_neg_parent", "negated", y44_neg_parent),
    ("y44_neg_frag", "negated", y44_neg_frag),
    ("y44_neg_explain", "negated", y44_neg_explain),
    ("y44_neg_email", "negated", y44_neg_email),
    ("y44_rel_teen", "relative", y44_rel_teen),
    ("y44_rel_spec", "relative", y44_rel_spec),
    ("y44_rel_parent", "relative", y44_rel_parent),
    ("y44_rel_frag", "relative", y44_rel_frag),
    ("y44_rel_explain", "relative", y44_rel_explain),
    ("y44_rel_email", "relative", y44_rel_email),
    ("y44_keep_teen", "keep", y44_keep_teen),
    ("y44_keep_spec", "keep", y44_keep_spec),
    ("y44_keep_parent", "keep", y44_keep_parent),
    ("y44_keep_frag", "keep", y44_keep_frag),
    ("y44_keep_explain", "keep", y44_keep_explain),
    ("y44_keep_email", "keep", y44_keep_email),
    ("y44_multi_teen", "multi_step", y44_multi_teen),
    ("y44_multi_spec", "multi_step", y44_multi_spec),
    ("y44_multi_parent", "multi_step", y44_multi_parent),
    ("y44_multi_frag", "multi_step", y44_multi_frag),
    ("y44_multi_explain", "multi_step", y44_multi_explain),
    ("y44_multi_email", "multi_step", y44_multi_email),
    ("y44_q_teen", "question", y44_q_teen),
    ("y44_q_spec", "question", y44_q_spec),
    ("y44_q_parent", "question", y44_q_parent),
    ("y44_q_frag", "question", y44_q_frag),
    ("y44_q_explain", "question", y44_q_explain),
    ("y44_q_email", "question", y44_q_email),
    ("y44_match_teen", "matching", y44_match_teen),
    ("y44_match_spec", "matching", y44_match_spec),
    ("y44_match_parent", "matching", y44_match_parent),
    ("y44_match_frag", "matching", y44_match_frag),
    ("y44_match_explain", "matching", y44_match_explain),
    ("y44_match_email", "matching", y44_match_email),
]
