"""`FRESH129`, the hundred-and-thirtieth untuned batch: sixty language templates, six per category, for the offline planner.

Theme: over-specified and redundant descriptions. The people here name an object by its colour and kind and
then keep going: where it sits, what is on it, that it is the leftmost one, the one right next to a bowl, the
only one of its colour, the empty bowl, a little square wooden cube. Every added detail is true in the scene
(checked against the symbolic state and the positions) and never needed to pick the object out; a template
returns None where the scene does not make its description true. The six styles:

- clause: relative clauses, "Take the red block that's sitting in the blue bowl and put it into the bin."
- paren: details in parentheses, "The green block (the one on top of the white block) goes on the table."
- dash: dashed appositions, "Take the pink block - the one on the far left, on the table - and put it in the bin."
- adject: harmless adjectives piled up, "I'd like the little square red wooden cube on the table moved into the
  bin."
- near: proximity, "Put the yellow block right next to the cyan bowl into that bowl."
- only: uniqueness, "Put the only orange block, the one inside the white bowl, down on the table."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.
(Beyond that list the tester also printed `sim/core/perceived.py`, the `Scene` data model, and saw file names
only in a `git status` and a listing of `benchmarks/`.)

Its first run (300 instructions, seed 0, on 3d3819c, after every fix before it and before anything it could prompt):
0.473 goal-correct (142 of 300), 129 refused, 7 asked, 22 wrong, nine of them actions: 'X which is resting on Y goes on
top of Z' and 'the little green block on top of Y goes on Z' built a tower Y on Z, X on Y; 'Take every block sitting on
another one - two of them, the X and the Y blocks - and put them on the table' built a tall tower (twice); 'The block
closest to W, which is the yellow one, goes on the purple block' put the purple block in W; "Don't put the only red
block, the one on the table, in the bin" binned it; 'Take the little green toy block on the table and stack it on some
other block, just not on Y' and 'Leave X (the one on Y) where it is and put Z in the corner' did nothing; 'The orange
block, the only orange object here: is it inside a bowl?' was planned as a request (twice); thirteen wrong replies
(descriptions inside questions: 'Is X - the only X thing on the table - in a bowl?'). Most refusals were descriptions
read as words (parentheses, dashes, 'the one ...', 'little wooden cube').
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

_NUM = {1: "one", 2: "two", 3: "three", 4: "four", 5: "five", 6: "six"}
_BIN_MAX = 5


# ----- small helpers ----------------------------------------------------------------------------------
def _free(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _goal(*checks: Check) -> Check:
    """The intended goal, with nothing left in the gripper."""
    return both(*checks, _free)


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _listing(names: list[str]) -> str:
    """'the red block', 'the red and the blue block', 'the red, the blue and the green block'."""
    cols = [f"the {n.split()[0]}" for n in names]
    if len(cols) == 1:
        return f"{cols[0]} block"
    return ", ".join(cols[:-1]) + f" and {cols[-1]} block"


def _bottom(w: World, b: str) -> str:
    s = b
    while w.state.support[s] in w.state.support:
        s = w.state.support[s]
    return s


def _height(w: World, b: str) -> int:
    """How many blocks the tower holds from its base up to and including `b`."""
    n, s = 1, b
    while w.state.support[s] in w.state.support:
        s = w.state.support[s]
        n += 1
    return n


def _on_block(w: World, b: str) -> str | None:
    s = w.state.support[b]
    return s if s in w.state.support else None


def _top(w: World, b: str) -> str | None:
    on = w.state.on_top(b)
    return on[0] if on else None


def _in_bowl(w: World, b: str) -> str | None:
    base = w.state.base(b)
    return base if base in w.state.bowls else None


def _sit(w: World) -> str:
    return w.rng.choice(["sitting ", "currently ", "", "resting "])


def _loc(w: World, b: str) -> str:
    """Where `b` rests, as a true prepositional phrase."""
    s = w.state.support[b]
    if s in w.state.bowls:
        return w.rng.choice([f"in the {s}", f"inside the {s}"])
    if s in w.state.support:
        return w.rng.choice([f"on top of the {s}", f"on the {s}"])
    if s in PLACES:
        return f"in the {s}"
    return "on the table"


def _side(w: World, b: str) -> str | None:
    """'left' or 'right' when `b`'s tower is clearly the leftmost or rightmost of all blocks."""
    y = w.y(b)
    others = [o for o in w.blocks if _bottom(w, o) != _bottom(w, b)]
    if not others:
        return None
    if all(w.y(o) > y + 0.04 for o in others):
        return "left"
    if all(w.y(o) < y - 0.04 for o in others):
        return "right"
    return None


def _side_text(w: World, side: str) -> str:
    return w.rng.choice(
        [f"on the far {side}", f"furthest to the {side}", f"at the far {side} end"]
    )


def _near(w: World, b: str) -> str | None:
    """The bowl `b` (on the table) stands right next to: clearly its nearest bowl, and close."""
    if w.state.base(b) != TABLE or not w.bowls:
        return None
    ds = sorted((w.dist(b, bowl), bowl) for bowl in w.bowls)
    d, bowl = ds[0]
    if d > 0.22 or (len(ds) > 1 and ds[1][0] < d + 0.05):
        return None
    return bowl


def _closest(w: World, b: str, bowl: str) -> bool:
    """`b`'s tower is clearly the one nearest `bowl` among the blocks outside it."""
    d = w.dist(b, bowl)
    return all(
        w.dist(o, bowl) > d + 0.04
        for o in w.blocks
        if _bottom(w, o) != _bottom(w, b) and w.state.base(o) != bowl
    )


def _near_text(w: World, b: str, bowl: str) -> str:
    forms = [
        f"right next to the {bowl}",
        f"right by the {bowl}",
        f"just beside the {bowl}",
    ]
    if _closest(w, b, bowl):
        forms.append(f"closest to the {bowl}")
    return w.rng.choice(forms)


def _near_block(w: World, b: str) -> str | None:
    """The block of the tower right beside `b`'s tower (on the table), clearly the nearest one."""
    if w.state.base(b) != TABLE:
        return None
    ds = sorted(
        (w.dist(b, o), o)
        for o in w.blocks
        if _bottom(w, o) != _bottom(w, b) and w.state.base(o) == TABLE
    )
    if not ds or ds[0][0] > 0.13 or (len(ds) > 1 and ds[1][0] < ds[0][0] + 0.04):
        return None
    return _bottom(w, ds[0][1])


def _has_near(w: World, b: str) -> bool:
    return _near(w, b) is not None or _near_block(w, b) is not None


def _bowl_side(w: World, bowl: str) -> str | None:
    if len(w.bowls) < 2:
        return None
    y = w.y(bowl)
    others = [w.y(o) for o in w.bowls if o != bowl]
    if all(v > y + 0.06 for v in others):
        return "left"
    if all(v < y - 0.06 for v in others):
        return "right"
    return None


def _bowl_facts(w: World, bowl: str, contents: bool = True) -> list[str]:
    """True appositions for a bowl: 'the empty one', 'the one on the left', ..."""
    out = []
    inside = w.state.in_bowl(bowl)
    if contents:
        if not inside:
            out.append("the empty one")
        elif len(inside) == 1:
            out.append(f"the one with the {inside[0]} in it")
        else:
            out.append(f"the one with {_NUM[len(inside)]} blocks in it")
    side = _bowl_side(w, bowl)
    if side:
        out.append(f"the one on the {side}")
    if len(w.bowls) == 1:
        out.append("the only bowl on the table")
    colour = w.colour(bowl)
    if not any(w.colour(b) == colour for b in w.blocks):
        out.append(f"the only {colour} thing on the table")
        out.append(f"the only {colour} thing in sight")
    return out


def _only_colour(w: World, obj: str) -> bool:
    """No object of the other kind shares `obj`'s colour."""
    colour = w.colour(obj)
    return not any(w.colour(o) == colour for o in [*w.blocks, *w.bowls] if o != obj)


def _room(w: World, bowl: str, extra: int = 1) -> bool:
    return len(w.state.in_bowl(bowl)) + extra <= layout.BOWL_CAPACITY


def _dest(
    w: World,
    b: str,
    kinds: tuple[str, ...] = ("bin", "table", "bowl", "block", "place"),
):
    """A random feasible destination for `b` that does not already hold: (phrase, relation, target)."""
    s = w.state
    opts: list[tuple[str, Rel, str]] = []
    if "bin" in kinds:
        opts.append(
            (w.rng.choice(["into the bin", "in the bin"]), Rel("in_bin", b), BIN)
        )
    if "table" in kinds and s.support[b] not in (TABLE, *PLACES):
        phrase = w.rng.choice(["onto the table", "down on the table"])
        opts.append((phrase, Rel("on_table", b), TABLE))
    if "bowl" in kinds:
        for bowl in w.bowls:
            if s.base(b) != bowl and _room(w, bowl):
                phrase = w.rng.choice([f"into the {bowl}", f"in the {bowl}"])
                opts.append((phrase, Rel("in", b, bowl), bowl))
    if "block" in kinds:
        for c in w.blocks:
            free = s.is_clear(c) and _height(w, c) < layout.MAX_TOWER
            if free and c != b and c not in s.above(b) and s.support[b] != c:
                phrase = w.rng.choice([f"on top of the {c}", f"onto the {c}"])
                opts.append((phrase, Rel("on", b, c), c))
    if "place" in kinds:
        used = set(s.support.values())
        for p in PLACES:
            if p not in used:
                opts.append((f"in the {p}", Rel("at", b, p), p))
    return w.rng.choice(opts) if opts else None


def _static(phrase: str) -> str:
    """The destination as where something is: 'into the bin' -> 'in the bin'."""
    for a, b in (("down on ", "on "), ("into ", "in "), ("onto ", "on ")):
        phrase = phrase.replace(a, b)
    return phrase


def _moved(phrase: str) -> str:
    """The destination after a verb of motion: 'in the middle' -> 'to the middle'."""
    if phrase.startswith("in the ") and phrase[7:] in PLACES:
        return "to the " + phrase[7:]
    if phrase.startswith("in the "):
        return "into the " + phrase[7:]
    return phrase


def _unrelated(w: World, a: str, b: str) -> bool:
    """Moving either of the two does not require moving the other."""
    return a != b and a not in w.state.above(b) and b not in w.state.above(a)


# ----- describers: each returns a true, redundant noun phrase for a block ----------------------------------
def _d_clause(w: World, b: str) -> str:
    loc = _loc(w, b)
    forms = [f"the {b} that's {_sit(w)}{loc}", f"the {b} which is {_sit(w)}{loc}"]
    top = _top(w, b)
    if top:
        forms.append(f"the {b} that's {loc} with the {top} on top of it")
        forms.append(f"the {b} which has the {top} sitting on it")
    return w.rng.choice(forms)


def _d_paren(w: World, b: str) -> str:
    side = _side(w, b)
    loc = _loc(w, b)
    forms = [f"the {b} (the one {loc})", f"the {b} (it's {_sit(w)}{loc})"]
    if side:
        forms.append(f"the {b} (the one {loc}, {_side_text(w, side)})")
    top = _top(w, b)
    if top:
        forms.append(f"the {b} (the one with the {top} on top of it)")
    return w.rng.choice(forms)


def _dash_mark(w: World) -> str:
    return w.rng.choice([" - ", " -- ", " — "])


def _d_dash(w: World, b: str, end: bool = False) -> str:
    m = _dash_mark(w)
    side = _side(w, b)
    facts = [f"the one {_sit(w)}{_loc(w, b)}"]
    if side:
        facts.append(f"the one {_side_text(w, side)}, {_loc(w, b)}")
    top = _top(w, b)
    if top:
        facts.append(f"the one under the {top}")
    text = f"the {b}{m}{w.rng.choice(facts)}"
    return text if end else text + m.rstrip()


def _adj_np(w: World, colour: str) -> str:
    """'little red wooden cube', 'small square blue block': the words say nothing new."""
    size = w.rng.choice(
        ["little", "small", "small square", "little square", "square", "tiny"]
    )
    mat = w.rng.choice(["", "", "wooden ", "plastic ", "toy "])
    noun = w.rng.choice(["block", "cube"])
    return f"{size} {colour} {mat}{noun}"


def _d_adject(w: World, b: str) -> str:
    colour = w.colour(b)
    side = _side(w, b)
    forms = [f"the {_adj_np(w, colour)} {_loc(w, b)}"]
    if side:
        left = "leftmost" if side == "left" else "rightmost"
        forms.append(f"the {left} {_adj_np(w, colour)}")
        forms.append(f"the {_adj_np(w, colour)} {_side_text(w, side)}")
    return w.rng.choice(forms)


def _d_near(w: World, b: str) -> str | None:
    bowl = _near(w, b)
    if bowl is None:
        other = _near_block(w, b)
        if other is None:
            return None
        pos = w.rng.choice(["right next to", "right beside", "just by"])
        return f"the {b} {pos} the {other}"
    forms = [f"the {b} {_near_text(w, b, bowl)}"]
    if w.state.support[b] == TABLE:
        forms.append(f"the {b} on the table {_near_text(w, b, bowl)}")
    return w.rng.choice(forms)


def _d_only(w: World, b: str, end: bool = False) -> str:
    colour = w.colour(b)
    loc = _loc(w, b)
    forms = [
        f"the only {colour} block, the one {loc}",
        f"the one and only {colour} block ({loc})",
    ]
    bowl = _in_bowl(w, b)
    if bowl and w.state.in_bowl(bowl) == [b]:
        forms.append(f"the {b}, the only block in the {bowl}")
    if _only_colour(w, b):
        forms.append(f"the {b}, the only {colour} thing in sight")
    text = w.rng.choice(forms)
    return text if end or text.endswith(")") else text + ","


def _b_desc(w: World, bowl: str, style: str, contents: bool = True) -> str:
    """The bowl with a true apposition in the given style (at the end of a sentence)."""
    facts = _bowl_facts(w, bowl, contents)
    if not facts:
        return f"the {bowl}"
    fact = w.rng.choice(facts)
    if style == "paren":
        return f"the {bowl} ({fact})"
    if style == "dash":
        return f"the {bowl}{_dash_mark(w)}{fact}"
    if style == "clause":
        return f"the {bowl}, which is {fact}"
    return f"the {bowl}, {fact}"


# ----- imperative -------------------------------------------------------------------------------------
def _move(w: World, b: str, kinds=("bin", "table", "bowl", "block", "place")):
    return _dest(w, b, kinds)


def t129_imp_clause(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b)
    if d is None:
        return None
    phrase, rel, _ = d
    loc = _loc(w, b)
    text = w.rng.choice(
        [
            f"Take {_d_clause(w, b)} and put it {phrase}.",
            f"Put the {b}, which is {_sit(w)}{loc}, {phrase}.",
            f"Pick up {_d_clause(w, b)} and place it {phrase}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_imp_paren(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl"))
    if d is None:
        return None
    phrase, rel, target = d
    if target in w.bowls:
        phrase = f"into {_b_desc(w, target, 'paren')}"
    text = w.rng.choice(
        [
            f"Pick up {_d_paren(w, b)} and put it {phrase}.",
            f"Take {_d_paren(w, b)} and drop it {phrase}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_imp_dash(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl", "place"))
    if d is None:
        return None
    phrase, rel, _ = d
    text = w.rng.choice(
        [
            f"Take {_d_dash(w, b)} and put it {phrase}.",
            f"Grab {_d_dash(w, b)} and put it {phrase}.",
            f"Put {_d_dash(w, b)} {phrase}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_imp_adject(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl", "block"))
    if d is None:
        return None
    phrase, rel, _ = d
    np = _d_adject(w, b)
    text = w.rng.choice(
        [
            f"Pick up {np} and put it {phrase}.",
            f"Grab {np} and move it {_moved(phrase)}.",
            f"Please take {np} and set it {_static(phrase)}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_imp_near(w: World) -> Made:
    cands = [b for b in w.blocks if _near(w, b) and w.state.is_clear(b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = _near(w, b)
    desc = _d_near(w, b)
    if _room(w, bowl) and w.rng.random() < 0.5:
        text = w.rng.choice(
            [
                f"Put {desc} into that bowl.",
                f"Pick up {desc} and drop it into the {bowl}.",
            ]
        )
        return text, _goal(rels(Rel("in", b, bowl)))
    d = _move(w, b, ("bin", "bowl", "block"))
    if d is None:
        return None
    phrase, rel, _ = d
    text = w.rng.choice(
        [
            f"Take {desc} and put it {phrase}.",
            f"Pick up {desc} and move it {_moved(phrase)}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_imp_only(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl", "place"))
    if d is None:
        return None
    phrase, rel, _ = d
    verb = w.rng.choice(["Put", "Please put", "Could you put"])
    end = "?" if verb.startswith("Could") else "."
    return f"{verb} {_d_only(w, b)} {phrase}{end}", _goal(rels(rel))


# ----- declarative ------------------------------------------------------------------------------------
def _dec_frame(w: World, np: str, phrase: str) -> str:
    phrase = _static(phrase)
    return w.rng.choice(
        [
            f"{_cap(np)} goes {phrase}.",
            f"{_cap(np)} belongs {phrase}.",
            f"{_cap(np)} needs to go {phrase}.",
            f"{_cap(np)} should end up {phrase}.",
        ]
    )


def t129_dec_clause(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl", "block"))
    if d is None:
        return None
    phrase, rel, _ = d
    return _dec_frame(w, _d_clause(w, b), phrase), _goal(rels(rel))


def t129_dec_paren(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl"))
    if d is None:
        return None
    phrase, rel, target = d
    if target in w.bowls:
        phrase = f"in {_b_desc(w, target, 'paren')}"
    return _dec_frame(w, _d_paren(w, b), phrase), _goal(rels(rel))


def t129_dec_dash(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl", "place"))
    if d is None:
        return None
    phrase, rel, _ = d
    np = _d_dash(w, b)
    text = w.rng.choice(
        [
            f"{_cap(np)} has to go {phrase}.",
            f"{_cap(np)} goes {_static(phrase)}.",
            f"{_cap(np)} should be {_static(phrase)}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_dec_adject(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl", "block"))
    if d is None:
        return None
    phrase, rel, _ = d
    return _dec_frame(w, _d_adject(w, b), phrase), _goal(rels(rel))


def t129_dec_near(w: World) -> Made:
    cands = [b for b in w.blocks if _has_near(w, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    d = _move(w, b, ("bin", "bowl", "place"))
    if d is None:
        return None
    phrase, rel, _ = d
    return _dec_frame(w, _d_near(w, b), phrase), _goal(rels(rel))


def t129_dec_only(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl", "block"))
    if d is None:
        return None
    phrase, rel, _ = d
    np = _d_only(w, b)
    phrase = _static(phrase)
    text = w.rng.choice(
        [
            f"{_cap(np)} goes {phrase}.",
            f"{_cap(np)} is supposed to be {phrase}.",
            f"{_cap(np)} belongs {phrase}.",
        ]
    )
    return text, _goal(rels(rel))


# ----- desiderative -----------------------------------------------------------------------------------
def _des_frame(w: World, np: str, phrase: str) -> str:
    return w.rng.choice(
        [
            f"I'd like {np} moved {_moved(phrase)}.",
            f"I want {np} put {phrase}.",
            f"I'd love for {np} to end up {_static(phrase)}.",
            f"It would be great if {np} could go {phrase}.",
        ]
    )


def t129_des_clause(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl", "place"))
    if d is None:
        return None
    phrase, rel, _ = d
    return _des_frame(w, _d_clause(w, b), phrase), _goal(rels(rel))


def t129_des_paren(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "bowl", "block"))
    if d is None:
        return None
    phrase, rel, _ = d
    return _des_frame(w, _d_paren(w, b), phrase), _goal(rels(rel))


def t129_des_dash(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("table", "bowl", "bin"))
    if d is None:
        return None
    phrase, rel, target = d
    if target in w.bowls:
        phrase = f"in {_b_desc(w, target, 'dash')}"
        text = w.rng.choice(
            [
                f"I'd like {_d_dash(w, b)} to go {phrase}.",
                f"I want {_d_dash(w, b)} put {phrase}.",
            ]
        )
    else:
        text = _des_frame(w, _d_dash(w, b), phrase)
    return text, _goal(rels(rel))


def t129_des_adject(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl", "block", "place"))
    if d is None:
        return None
    phrase, rel, _ = d
    return _des_frame(w, _d_adject(w, b), phrase), _goal(rels(rel))


def t129_des_near(w: World) -> Made:
    cands = [b for b in w.blocks if _has_near(w, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    d = _move(w, b, ("bin", "bowl", "block"))
    if d is None:
        return None
    phrase, rel, _ = d
    return _des_frame(w, _d_near(w, b), phrase), _goal(rels(rel))


def t129_des_only(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    d = _move(w, b, ("bin", "table", "bowl"))
    if d is None:
        return None
    phrase, rel, target = d
    if target in w.bowls and w.rng.random() < 0.5:
        phrase = f"in {_b_desc(w, target, 'only')}"
    np = _d_only(w, b)
    text = w.rng.choice(
        [f"I'd like {np} to go {phrase}.", f"What I want is for {np} to go {phrase}."]
    )
    return text, _goal(rels(rel))


# ----- quantified -------------------------------------------------------------------------------------
def t129_qua_clause(w: World) -> Made:
    loose = [b for b in w.blocks if w.state.base(b) == TABLE]
    if not 2 <= len(loose) <= _BIN_MAX or len(loose) == len(w.blocks):
        return None
    n = _NUM[len(loose)]
    alln = "both of them" if len(loose) == 2 else f"all {n} of them"
    text = w.rng.choice(
        [
            f"Put every block that's out on the table rather than in a bowl, {alln}, in the bin.",
            f"Put all the blocks which aren't in a bowl (that's {n} blocks) into the bin.",
            f"Every block that isn't sitting in a bowl, {_listing(loose)}s, goes in the bin.",
        ]
    )
    return text, _goal(binned(loose))


def t129_qua_paren(w: World) -> Made:
    if len(w.blocks) > _BIN_MAX:
        return None
    n = _NUM[len(w.blocks)]
    text = w.rng.choice(
        [
            f"Put all the blocks in the bin (all {n} of them, every last one).",
            f"Put every block into the bin ({_listing(w.blocks)}s, so {n} in all).",
            f"Put each of the {n} blocks (wherever they are) into the bin.",
        ]
    )
    return text, _goal(binned(w.blocks))


def t129_qua_dash(w: World) -> Made:
    stacked = [b for b in w.blocks if _on_block(w, b)]
    if not stacked:
        return None
    m = _dash_mark(w)
    it = "it" if len(stacked) == 1 else "them"
    if len(stacked) == 1:
        who = f"there's just one, the {stacked[0]} {_loc(w, stacked[0])}"
    else:
        who = f"{_NUM[len(stacked)]} of them, {_listing(stacked)}s"
    text = w.rng.choice(
        [
            f"Every block that's stacked on another block{m}{who}{m.rstrip()} goes straight onto the table.",
            f"Take every block sitting on top of another one{m}{who}{m.rstrip()} and put {it} on the table.",
        ]
    )
    return text, _goal(rels(*(Rel("on_table", b) for b in stacked)))


def t129_qua_adject(w: World) -> Made:
    n = len(w.blocks)
    k = w.rng.choice([2, 3])
    if n < k + 1:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return sum(f.base(b) == BIN for b in f.blocks) == k

    adj = w.rng.choice(
        ["little wooden cubes", "small square blocks", "little toy blocks"]
    )
    text = w.rng.choice(
        [
            f"Put {_NUM[k]} of the {adj} in the bin, any {_NUM[k]} of the {_NUM[n]}.",
            f"Drop any {_NUM[k]} of the {_NUM[n]} {adj} into the bin.",
        ]
    )
    return text, _goal(check)


def t129_qua_near(w: World) -> Made:
    found = []
    for bowl in w.bowls:
        outside = [b for b in w.blocks if w.state.base(b) != bowl]
        if len(outside) < 3 or not _room(w, bowl, 2):
            continue
        ranked = sorted(outside, key=lambda b: w.dist(b, bowl))
        d2, d3 = w.dist(ranked[1], bowl), w.dist(ranked[2], bowl)
        if d3 >= d2 + 0.04 and d2 <= 0.3:
            found.append((bowl, ranked[:2]))
    if not found:
        return None
    bowl, two = w.rng.choice(found)
    text = w.rng.choice(
        [
            f"Put the two blocks closest to the {bowl} ({_listing(two)}s) into it.",
            f"The two blocks nearest the {bowl}, {_listing(two)}s, go in that bowl.",
            f"Move the pair of blocks nearest the {bowl} - {_listing(two)}s - into the {bowl}.",
        ]
    )
    return text, _goal(rels(*(Rel("in", b, bowl) for b in two)))


def t129_qua_only(w: World) -> Made:
    inb = w.state.in_bowls()
    if not inb:
        return None
    if len(inb) == 1:
        who = f"the only one is the {inb[0]}, {_loc(w, inb[0])}"
    else:
        who = f"the only ones are {_listing(inb)}s"
    text = w.rng.choice(
        [
            f"Take every block that's in a bowl out onto the table ({who}).",
            f"Put all the blocks that are in bowls on the table; {who}.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return all(f.base(b) in (TABLE, *PLACES) for b in inb)

    return text, _goal(check)


# ----- negated ----------------------------------------------------------------------------------------
def t129_neg_clause(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [o for o in w.blocks if o != b]
    if len(others) > _BIN_MAX:
        return None
    text = w.rng.choice(
        [
            f"Put every block except {_d_clause(w, b)} into the bin.",
            f"Put all the blocks in the bin apart from {_d_clause(w, b)}.",
            f"Everything but {_d_clause(w, b)} goes in the bin.",
        ]
    )
    return text, _goal(binned(others), none_binned([b]))


def t129_neg_paren(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    cands = [o for o in w.blocks if _unrelated(w, o, b)]
    if not cands:
        return None
    o = w.rng.choice(cands)
    d = _move(w, o, ("bin", "table", "bowl"))
    if d is None:
        return None
    phrase, rel, _ = d
    text = w.rng.choice(
        [
            f"Don't touch {_d_paren(w, b)}; just put the {o} {phrase}.",
            f"Put the {o} {phrase}, but don't move {_d_paren(w, b)}.",
        ]
    )
    return text, _goal(rels(rel), kept(b))


def t129_neg_dash(w: World) -> Made:
    cands = [b for b in w.blocks if _in_bowl(w, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = _in_bowl(w, b)
    m = _dash_mark(w)
    fact = w.rng.choice([f"the one {_loc(w, b)}", "the one in the bowl"])
    if _side(w, b):
        fact = f"the one {_side_text(w, _side(w, b))}"
    text = w.rng.choice(
        [
            f"Take the {b}{m}{fact}{m.rstrip()} out of the {bowl}, but don't put it in the bin.",
            f"Get the {b}{m}{fact}{m.rstrip()} out of the {bowl}; not into the bin, though.",
        ]
    )

    def check(_i: SymState, f: SymState) -> bool:
        return f.base(b) not in (bowl, BIN)

    return text, _goal(check)


def t129_neg_adject(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    s = w.state
    cands = [
        c
        for c in w.blocks
        if c != b
        and c not in s.above(b)
        and s.is_clear(c)
        and s.support[b] != c
        and _height(w, c) < layout.MAX_TOWER
    ]
    if len(cands) < 2:
        return None
    no = w.rng.choice(cands)
    cur = s.support[b]

    def check(_i: SymState, f: SymState) -> bool:
        return f.support[b] in f.support and f.support[b] not in (no, cur)

    text = w.rng.choice(
        [
            f"Take {_d_adject(w, b)} and stack it on some other block, just not on the {no}.",
            f"Pick up {_d_adject(w, b)} and put it on another block, any block except the {no}.",
        ]
    )
    return text, _goal(check)


def t129_neg_near(w: World) -> Made:
    cands = [b for b in w.blocks if _near(w, b)]
    if not cands or len(w.bowls) < 2:
        return None
    b = w.rng.choice(cands)
    bowl = _near(w, b)
    ok = [o for o in w.bowls if o != bowl and _room(w, o)]
    if not ok:
        return None

    def check(_i: SymState, f: SymState) -> bool:
        return f.base(b) in f.bowls and f.base(b) != bowl

    text = w.rng.choice(
        [
            f"Put {_d_near(w, b)} in a bowl, but not that one - not the {bowl}.",
            f"Move {_d_near(w, b)} into one of the bowls other than the {bowl}.",
        ]
    )
    return text, _goal(check)


def t129_neg_only(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    others = [o for o in w.blocks if o != b]
    if len(others) > _BIN_MAX:
        return None
    text = w.rng.choice(
        [
            f"Don't put {_d_only(w, b)} in the bin; all the other blocks go in there.",
            f"Bin every block except one: {_d_only(w, b, end=True)}.",
        ]
    )
    return text, _goal(binned(others), none_binned([b]))


# ----- relative ---------------------------------------------------------------------------------------
def t129_rel_clause(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    d = _move(w, top, ("bin", "table", "bowl"))
    if d is None:
        return None
    phrase, rel, _ = d
    colour = w.colour(top)
    app = w.rng.choice(
        [f"the {top}", f"the little {colour} one", f"the {colour} one, a small cube"]
    )
    text = w.rng.choice(
        [
            f"Put the block that's on top of the {below} - {app} - {phrase}.",
            f"The block which is sitting on the {below} (it's the {top}) goes {phrase}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_rel_paren(w: World) -> Made:
    opts = []
    for bowl in w.bowls:
        if len(w.state.in_bowl(bowl)) == 1:
            b = w.state.in_bowl(bowl)[0]
            opts.append((b, f"in the {bowl}", f"the {b}, the only one in there"))
    for top, below in w.pairs():
        opts.append((top, f"on top of the {below}", f"the {top}, the only one on it"))
    if not opts:
        return None
    b, where, who = w.rng.choice(opts)
    d = _move(w, b, ("bin", "table", "block", "place"))
    if d is None:
        return None
    phrase, rel, _ = d
    text = w.rng.choice(
        [
            f"Move the block that's {where} ({who}) {_moved(phrase)}.",
            f"Put the block sitting {where} (that's the {w.colour(b)} one) {phrase}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_rel_dash(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    d = _move(w, below, ("bin", "bowl", "place"))
    if d is None:
        return None
    phrase, rel, _ = d
    m = _dash_mark(w)
    text = w.rng.choice(
        [
            f"The block under the {top}{m}the {below}, {_loc(w, below)}{m.rstrip()} put it {phrase}.",
            f"Put the block the {top} sits on{m}it's the {w.colour(below)} one{m.rstrip()} {phrase}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_rel_adject(w: World) -> Made:
    cands = [
        b
        for b in w.blocks
        if _side(w, b) and w.state.is_clear(b) and w.state.support[b] not in w.blocks
    ]
    if not cands:
        return None
    b = w.rng.choice(cands)
    side = _side(w, b)
    d = _move(w, b, ("bin", "bowl", "block"))
    if d is None:
        return None
    phrase, rel, _ = d
    word = "leftmost" if side == "left" else "rightmost"
    text = w.rng.choice(
        [
            f"Put the {word} little block, the {w.colour(b)} cube, {phrase}.",
            f"The small block that's {_side_text(w, side)} (the {w.colour(b)} wooden one) goes {_static(phrase)}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_rel_near(w: World) -> Made:
    cands = [
        (b, bowl)
        for bowl in w.bowls
        for b in w.blocks
        if w.state.support[b] == TABLE
        and w.state.is_clear(b)
        and w.dist(b, bowl) < 0.3
        and _closest(w, b, bowl)
    ]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    d = _move(w, b, ("bin", "block", "place", "table"))
    if d is None:
        return None
    phrase, rel, _ = d
    text = w.rng.choice(
        [
            f"Take the block nearest to the {bowl} - the {b} - and put it {phrase}.",
            f"The block closest to the {bowl}, which is the {w.colour(b)} one, goes {_static(phrase)}.",
        ]
    )
    return text, _goal(rels(rel))


def t129_rel_only(w: World) -> Made:
    s = w.state
    inb = s.in_bowls()
    stacked = [b for b in w.blocks if _on_block(w, b)]
    under = [b for b in w.blocks if not s.is_clear(b)]
    opts = []
    if len(inb) == 1:
        b = inb[0]
        where = f"in the {_in_bowl(w, b)}"
        opts.append(
            (
                b,
                "the only block that's in a bowl",
                "the one block sitting in a bowl",
                where,
            )
        )
    if len(stacked) == 1:
        b = stacked[0]
        where = f"on top of the {s.support[b]}"
        opts.append(
            (
                b,
                "the only block stacked on another block",
                "the one block that's stacked up",
                where,
            )
        )
    if len(under) == 1:
        b = under[0]
        where = f"under the {_top(w, b)}"
        opts.append(
            (
                b,
                "the only block with something on top of it",
                "the one block that has a block on it",
                where,
            )
        )
    if not opts:
        return None
    b, np1, np2, where = w.rng.choice(opts)
    d = _move(w, b, ("bin", "table", "bowl", "place"))
    if d is None:
        return None
    phrase, rel, _ = d
    text = w.rng.choice(
        [
            f"Put {np1} - the {b}, {where} - {phrase}.",
            f"{_cap(np2)} (the {w.colour(b)} one, {where}) goes {_static(phrase)}.",
        ]
    )
    return text, _goal(rels(rel))


# ----- keep -------------------------------------------------------------------------------------------
def _keep_pair(w: World, kinds):
    x, y = w.pick(w.blocks, 2)
    if not _unrelated(w, x, y):
        return None
    d = _move(w, x, kinds)
    if d is None:
        return None
    phrase, rel, target = d
    if target in w.state.support and (target == y or target in w.state.above(y)):
        return None
    return x, y, phrase, rel


def t129_keep_clause(w: World) -> Made:
    got = _keep_pair(w, ("bin", "table", "bowl"))
    if got is None:
        return None
    x, y, phrase, rel = got
    text = w.rng.choice(
        [
            f"Put the {x} {phrase}, but keep {_d_clause(w, y)} where it is.",
            f"Move the {x} {phrase} and leave {_d_clause(w, y)} exactly where it is.",
        ]
    )
    return text, _goal(rels(rel), kept(y))


def t129_keep_paren(w: World) -> Made:
    got = _keep_pair(w, ("bin", "table", "block", "place"))
    if got is None:
        return None
    x, y, phrase, rel = got
    text = w.rng.choice(
        [
            f"Put the {x} {phrase} and leave {_d_paren(w, y)} alone.",
            f"Leave {_d_paren(w, y)} where it is and put the {x} {phrase}.",
        ]
    )
    return text, _goal(rels(rel), kept(y))


def t129_keep_dash(w: World) -> Made:
    got = _keep_pair(w, ("bin", "bowl", "place"))
    if got is None:
        return None
    x, y, phrase, rel = got
    text = w.rng.choice(
        [
            f"Keep {_d_dash(w, y)} right where it is, and put the {x} {phrase}.",
            f"Put the {x} {phrase}; {_d_dash(w, y)} stays put.",
        ]
    )
    return text, _goal(rels(rel), kept(y))


def t129_keep_adject(w: World) -> Made:
    got = _keep_pair(w, ("bin", "table", "bowl", "block"))
    if got is None:
        return None
    x, y, phrase, rel = got
    text = w.rng.choice(
        [
            f"Put the {x} {phrase}, but don't move {_d_adject(w, y)}.",
            f"Without moving {_d_adject(w, y)}, put the {x} {phrase}.",
        ]
    )
    return text, _goal(rels(rel), kept(y))


def t129_keep_near(w: World) -> Made:
    cands = [y for y in w.blocks if _near(w, y)]
    if not cands:
        return None
    y = w.rng.choice(cands)
    bowl = _near(w, y)
    xs = [x for x in w.blocks if _unrelated(w, x, y) and w.state.base(x) != bowl]
    if not xs or not _room(w, bowl):
        return None
    x = w.rng.choice(xs)
    text = w.rng.choice(
        [
            f"Leave {_d_near(w, y)} where it is, and put the {x} in the {bowl}.",
            f"Put the {x} into the {bowl}, but keep {_d_near(w, y)} in place.",
        ]
    )
    return text, _goal(rels(Rel("in", x, bowl)), kept(y))


def t129_keep_only(w: World) -> Made:
    got = _keep_pair(w, ("bin", "table", "bowl", "place"))
    if got is None:
        return None
    x, y, phrase, rel = got
    np = _d_only(w, y, end=True)
    text = w.rng.choice(
        [
            f"Put the {x} {phrase}; {_d_only(w, y)} stays where it is.",
            f"Put the {x} {phrase}, and don't touch {np}.",
        ]
    )
    return text, _goal(rels(rel), kept(y))


# ----- multi-step -------------------------------------------------------------------------------------
def _two_moves(w: World, k1, k2):
    x, y = w.pick(w.blocks, 2)
    if not _unrelated(w, x, y):
        return None
    d1, d2 = _move(w, x, k1), _move(w, y, k2)
    if d1 is None or d2 is None:
        return None
    if d1[2] == d2[2] and d1[2] in w.bowls and not _room(w, d1[2], 2):
        return None
    return x, y, d1, d2


def t129_multi_clause(w: World) -> Made:
    got = _two_moves(w, ("bin", "bowl"), ("table", "place"))
    if got is None:
        return None
    x, y, (p1, r1, _), (p2, r2, _) = got
    text = w.rng.choice(
        [
            (
                f"First put the {x}, which is {_loc(w, x)}, {p1}, then put the {y}, which is "
                f"{_loc(w, y)}, {p2}."
            ),
            (
                f"Take {_d_clause(w, x)} and put it {p1}, and after that take {_d_clause(w, y)} and put "
                f"it {p2}."
            ),
        ]
    )
    return text, _goal(rels(r1, r2))


def t129_multi_paren(w: World) -> Made:
    got = _two_moves(w, ("bowl", "place"), ("bin",))
    if got is None:
        return None
    x, y, (p1, r1, _), (p2, r2, _) = got
    text = w.rng.choice(
        [
            f"Put {_d_paren(w, x)} {p1}, and then put {_d_paren(w, y)} {p2}.",
            f"Two things: {_d_paren(w, x)} {p1}, and {_d_paren(w, y)} {p2}.",
        ]
    )
    return text, _goal(rels(r1, r2))


def t129_multi_dash(w: World) -> Made:
    x, y = w.pick(w.blocks, 2)
    if w.state.support[x] == TABLE:
        return None
    text = w.rng.choice(
        [
            f"Take {_d_dash(w, x)} and set it on the table, then stack the {y} on top of it.",
            f"First put {_d_dash(w, x)} down on the table; after that, put the {y} on it.",
        ]
    )
    return text, _goal(rels(Rel("on_table", x), Rel("on", y, x)))


def t129_multi_adject(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    x, y = w.pick(w.blocks, 2)
    s = w.state
    if (
        not _unrelated(w, x, y)
        or s.base(x) == bowl
        or s.base(y) == bowl
        or not _room(w, bowl, 2)
    ):
        return None
    text = w.rng.choice(
        [
            (
                f"Take {_d_adject(w, x)} and drop it into the {bowl}; then take {_d_adject(w, y)} and "
                f"put it in there as well."
            ),
            (
                f"First grab {_d_adject(w, x)} and put it in the {bowl}, then do the same with "
                f"{_d_adject(w, y)}."
            ),
        ]
    )
    return text, _goal(rels(Rel("in", x, bowl), Rel("in", y, bowl)))


def t129_multi_near(w: World) -> Made:
    cands = [b for b in w.blocks if _near(w, b)]
    if not cands:
        return None
    x = w.rng.choice(cands)
    bowl = _near(w, x)
    ys = [y for y in w.blocks if _unrelated(w, x, y)]
    if not ys or not _room(w, bowl):
        return None
    y = w.rng.choice(ys)
    d = _move(w, y, ("bin", "table", "place"))
    if d is None:
        return None
    p2, r2, _ = d
    text = w.rng.choice(
        [
            f"Put {_d_near(w, x)} into that bowl, then put the {y} {p2}.",
            f"First drop {_d_near(w, x)} into the {bowl}; next, the {y} goes {_static(p2)}.",
        ]
    )
    return text, _goal(rels(Rel("in", x, bowl), r2))


def t129_multi_only(w: World) -> Made:
    got = _two_moves(w, ("bin", "table", "place"), ("bowl", "bin"))
    if got is None:
        return None
    x, y, (p1, r1, _), (p2, r2, _) = got
    np1, np2 = _d_only(w, x), _d_only(w, y)
    text = w.rng.choice(
        [
            f"Put {np1} {p1} first, and then put {np2} {p2}.",
            f"Start by moving {np1} {_moved(p1)}; then put {np2} {p2}.",
        ]
    )
    return text, _goal(rels(r1, r2))


# ----- questions --------------------------------------------------------------------------------------
def t129_q_clause(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    facts = _bowl_facts(w, bowl, contents=False)
    if not facts:
        return None
    n = len(w.state.in_bowl(bowl))
    fact = w.rng.choice(facts)
    text = w.rng.choice(
        [
            f"How many blocks are in the {bowl}, which is {fact}?",
            f"How many blocks are sitting in the {bowl} that's {fact}?",
            f"How many blocks does the {bowl}, {fact}, have in it?",
        ]
    )
    return text, answered(str(n))


def t129_q_paren(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    loc = _loc(w, b)
    flag = not w.state.is_clear(b)
    text = w.rng.choice(
        [
            f"Is there anything on top of the {b} (the one {loc})?",
            f"Is the {b} (it's {loc}) covered by another block?",
        ]
    )
    return text, answered(yes(flag))


def t129_q_dash(w: World) -> Made:
    cands = [b for b in w.blocks if _top(w, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    m = _dash_mark(w)
    fact = f"the one {_loc(w, b)}"
    side = _side(w, b)
    if side and w.rng.random() < 0.5:
        fact = f"the one {_side_text(w, side)}"
    text = w.rng.choice(
        [
            f"What's sitting on top of the {b}{m}{fact}?",
            f"Which block is on the {b}{m}{fact}?",
        ]
    )
    return text, answered(_top(w, b))


def t129_q_adject(w: World) -> Made:
    b = w.rng.choice(w.blocks)
    s = w.state.support[b]
    if s in PLACES:
        return None
    colour = w.colour(b)
    np = f"the {_adj_np(w, colour)}"
    side = _side(w, b)
    if side:
        np += f" {_side_text(w, side)}"
    text = w.rng.choice(
        [f"What is {np} sitting on?", f"What's {np} resting on right now?"]
    )
    return text, answered(s)


def t129_q_near(w: World) -> Made:
    cands = [b for b in w.blocks if _has_near(w, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    flag = _on_block(w, b) is not None
    text = w.rng.choice(
        [
            f"Is {_d_near(w, b)} sitting on top of another block?",
            f"Is {_d_near(w, b)} stacked on some other block?",
        ]
    )
    return text, answered(yes(flag))


def t129_q_only(w: World) -> Made:
    cands = [b for b in w.blocks if _only_colour(w, b)]
    if not cands:
        return None
    b = w.rng.choice(cands)
    colour = w.colour(b)
    flag = _in_bowl(w, b) is not None
    text = w.rng.choice(
        [
            f"Is the {b} - the only {colour} thing on the table - in a bowl?",
            f"The {b}, the only {colour} object here: is it inside a bowl?",
        ]
    )
    return text, answered(yes(flag))


# ----- matching ---------------------------------------------------------------------------------------
def _match_cands(w: World) -> list[tuple[str, str]]:
    """(block, its same-colour bowl) where the block is not in it yet and it has room."""
    by_colour = {w.colour(bw): bw for bw in w.bowls}
    out = []
    for b in w.blocks:
        bowl = by_colour.get(w.colour(b))
        if bowl and w.state.base(b) != bowl and _room(w, bowl):
            out.append((b, bowl))
    return out


def t129_match_clause(w: World) -> Made:
    cands = _match_cands(w)
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put {_d_clause(w, b)} into the bowl that's the same colour as it.",
            f"Move {_d_clause(w, b)} to the bowl which matches its colour.",
        ]
    )
    return text, _goal(rels(Rel("in", b, bowl)))


def t129_match_paren(w: World) -> Made:
    cands = _match_cands(w)
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    facts = _bowl_facts(w, bowl)
    extra = f", {w.rng.choice(facts)}" if facts else ""
    text = w.rng.choice(
        [
            f"Put {_d_paren(w, b)} in the matching bowl (the {w.colour(bowl)} one{extra}).",
            f"Put {_d_paren(w, b)} into the bowl of its own colour (that's the {bowl}{extra}).",
        ]
    )
    return text, _goal(rels(Rel("in", b, bowl)))


def t129_match_dash(w: World) -> Made:
    want = matching(w)
    todo = [r for r in want if w.state.base(r.args[0]) != r.args[1]]
    if not todo:
        return None
    for bowl in w.bowls:
        if (
            len(w.state.in_bowl(bowl)) + sum(r.args[1] == bowl for r in todo)
            > layout.BOWL_CAPACITY
        ):
            return None
    m = _dash_mark(w)
    parts = [f"the {r.args[0]} into the {r.args[1]}" for r in todo]
    which = parts[0] if len(parts) == 1 else ", ".join(parts[:-1]) + " and " + parts[-1]
    text = w.rng.choice(
        [
            f"Sort the blocks into the bowls by colour{m}that means {which}.",
            f"Put every block that has a bowl of its colour into that bowl{m}so {which}.",
        ]
    )
    return text, _goal(rels(*want))


def t129_match_adject(w: World) -> Made:
    cands = _match_cands(w)
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put {_d_adject(w, b)} in the bowl of the same colour.",
            f"Drop {_d_adject(w, b)} into the bowl that matches it.",
        ]
    )
    return text, _goal(rels(Rel("in", b, bowl)))


def t129_match_near(w: World) -> Made:
    cands = [(b, bw) for b, bw in _match_cands(w) if _has_near(w, b)]
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    text = w.rng.choice(
        [
            f"Put {_d_near(w, b)} into the bowl that's its colour.",
            f"Take {_d_near(w, b)} and put it in the matching bowl.",
        ]
    )
    return text, _goal(rels(Rel("in", b, bowl)))


def t129_match_only(w: World) -> Made:
    want = matching(w)
    cands = _match_cands(w)
    if len(want) == 1 and cands:
        b, bowl = cands[0]
        text = w.rng.choice(
            [
                (
                    f"Put the only block that has a bowl of its colour - the {b}, {_loc(w, b)} - "
                    "into that bowl."
                ),
                (
                    f"The {b} is the only block with a bowl of the same colour; put it in its "
                    "matching bowl."
                ),
            ]
        )
        return text, _goal(rels(Rel("in", b, bowl)))
    if not cands:
        return None
    b, bowl = w.rng.choice(cands)
    facts = _bowl_facts(w, bowl)
    extra = f", {w.rng.choice(facts)}" if facts else ""
    text = w.rng.choice(
        [
            (
                f"Put the only {w.colour(b)} block in the bowl that matches it, the only "
                f"{w.colour(bowl)} bowl{extra}."
            ),
            (
                f"The one and only {w.colour(b)} block goes in the matching bowl, the only "
                f"{w.colour(bowl)} bowl{extra}."
            ),
        ]
    )
    return text, _goal(rels(Rel("in", b, bowl)))


_CATEGORIES = {
    "imperative": "imp",
    "declarative": "dec",
    "desiderative": "des",
    "quantified": "qua",
    "negated": "neg",
    "relative": "rel",
    "keep": "keep",
    "multi_step": "multi",
    "question": "q",
    "matching": "match",
}
_STYLES = ("clause", "paren", "dash", "adject", "near", "only")
FRESH129: list[Template] = [
    (f"t129_{short}_{style}", category, globals()[f"t129_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
