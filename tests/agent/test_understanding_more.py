"""Offline understanding of more ordinary requests: an outcome framed by time ('by the end, X should be in Y'),
requests framed as 'can we get X onto Y' / 'I need X on Y', a keep-constraint joined to a command by 'but', towers
described by their pairs or a count with an end, questions about what is nearest and about 'the tower', 'do the same
for X' across turns, references to a tower's top, middle and bottom and to the block under/on another, and places a
block cannot go ('under the table'). Each case plans and simulates, or checks the answer's content."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

from agent.planners.base import PlanRequest
from agent.planners.offline import OfflinePlanner
from agent.primitives import Answer, Ask
from agent.schemas import Plan
from agent.validate import simulate
from sim.core.errors import PlanningError
from sim.core.lexicon import PLACES, TABLE
from sim.core.perceived import PerceivedObject, Scene
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

R, B, G, Y, O, P = "red block", "blue block", "green block", "yellow block", "orange block", "pink block"
WB, PB, CB, RB, BB = "white bowl", "purple bowl", "cyan bowl", "red bowl", "blue bowl"
Check = Callable[[SymState, SymState], bool]


def obj(name: str, support: str = TABLE, pos: tuple[float, float] = (0.45, 0.0), z: float = 0.02) -> PerceivedObject:
    colour, kind = name.split()[:2]
    ext = (0.04, 0.04, 0.04) if kind == "block" else (0.16, 0.16, 0.035)
    return PerceivedObject(name=name, kind=kind, colour=colour, position=(*pos, z), extent=ext,  # type: ignore[arg-type]
                           confidence=1.0, support=support)


def desk() -> Scene:
    """The blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl; an
    empty purple bowl."""
    return Scene(objects=[obj(R, pos=(0.40, -0.15)), obj(B, R, (0.40, -0.15), 0.06), obj(G, pos=(0.60, 0.10)),
                          obj(Y, pos=(0.55, -0.04)), obj(O, pos=(0.47, 0.25)), obj(WB, pos=(0.35, 0.17)),
                          obj(P, WB, (0.35, 0.17), 0.03), obj(PB, pos=(0.66, -0.18))])


def one_tower() -> Scene:
    """A tower: red (bottom), yellow, green (top); the blue block in the cyan bowl; loose pink and orange blocks; an
    empty white bowl."""
    return Scene(objects=[obj(R, pos=(0.40, 0.10)), obj(Y, R, (0.40, 0.10), 0.06), obj(G, Y, (0.40, 0.10), 0.10),
                          obj(CB, pos=(0.62, -0.12)), obj(B, CB, (0.62, -0.12), 0.03), obj(P, pos=(0.55, 0.21)),
                          obj(O, pos=(0.68, 0.06)), obj(WB, pos=(0.38, -0.16))])


def two_towers() -> Scene:
    """Two towers: red, yellow, green (top) and blue, orange (top); a loose pink block; an empty white bowl."""
    return Scene(objects=[obj(R, pos=(0.40, 0.10)), obj(Y, R, (0.40, 0.10), 0.06), obj(G, Y, (0.40, 0.10), 0.10),
                          obj(B, pos=(0.62, -0.12)), obj(O, B, (0.62, -0.12), 0.06), obj(P, pos=(0.55, 0.21)),
                          obj(WB, pos=(0.38, -0.16))])


def loose() -> Scene:
    """Five loose blocks; red, blue and white bowls. The green block is nearest the blue bowl, the red one nearest the
    red bowl. From the robot (the origin) the green block is nearest and the yellow one furthest; the blue block is
    leftmost (-y), the orange one rightmost; the blue bowl is nearest."""
    return Scene(objects=[obj(R, pos=(0.62, -0.05)), obj(G, pos=(0.36, 0.12)), obj(B, pos=(0.50, -0.22)),
                          obj(Y, pos=(0.66, 0.14)), obj(O, pos=(0.45, 0.27)), obj(RB, pos=(0.68, -0.10)),
                          obj(BB, pos=(0.34, 0.04)), obj(WB, pos=(0.45, -0.05))])


def plan_of(text: str, scene: Scene, history: list[str] | None = None) -> Plan:
    return OfflinePlanner().plan(PlanRequest(instruction=text, scene=scene, history=history or []))


def outcome(text: str, scene: Scene, history: list[str] | None = None) -> tuple[SymState, SymState]:
    plan = plan_of(text, scene, history)
    assert not isinstance(plan.steps[0], (Ask, Answer)), plan.steps[0]
    return SymState.from_scene(scene), simulate(plan, scene)


def reply(text: str, scene: Scene) -> str:
    plan = plan_of(text, scene)
    assert len(plan.steps) == 1 and isinstance(plan.steps[0], Answer), plan.steps
    return plan.steps[0].text


def only(rels: list[Rel], moved: tuple[str, ...] = ()) -> Check:
    """The relations hold, nothing is held, and no block moved except those named in them or in `moved`."""
    named = {a for r in rels for a in r.args} | set(moved)
    return lambda i, f: (all(holds(r, f) for r in rels) and f.held is None
                         and all(f.support[b] == i.support[b] for b in f.blocks if b not in named))


def tower(*blocks: str) -> Check:
    """Exactly this tower, bottom first, on the table, nothing on top."""
    return lambda _i, f: (holds(Rel("stacked", *blocks), f) and f.is_clear(blocks[-1])
                          and f.support[blocks[0]] in (TABLE, *PLACES))


OUTCOME_FRAMED = [
    ("by the end, the yellow block should be inside the purple bowl", [Rel("in", Y, PB)]),
    ("eventually the green block should sit on the yellow block", [Rel("on", G, Y)]),
    ("at the end, the orange block is in the purple bowl", [Rel("in", O, PB)]),
    ("when you're done, the green block should be in the purple bowl", [Rel("in", G, PB)]),
    ("once you're finished, I want the yellow block on the orange block", [Rel("on", Y, O)]),
    ("by the time you are done the orange block has to be on the green block", [Rel("on", O, G)]),
    ("the yellow block should ultimately end up in the purple bowl", [Rel("in", Y, PB)]),
    ("the green block should be on the orange block in the end", [Rel("on", G, O)]),
]


@pytest.mark.parametrize(("text", "rels"), OUTCOME_FRAMED)
def test_a_goal_framed_by_when_it_should_hold(text: str, rels: list[Rel]) -> None:
    i, f = outcome(text, desk())
    assert only(rels)(i, f)


REQUEST_FRAMED = [
    ("can we get the orange block onto the yellow block?", [Rel("on", O, Y)]),
    ("could we have the green block in the purple bowl?", [Rel("in", G, PB)]),
    ("could we get the yellow block into the purple bowl", [Rel("in", Y, PB)]),
    ("let's get the green block onto the orange block", [Rel("on", G, O)]),
    ("can you get the yellow block on top of the green block", [Rel("on", Y, G)]),
    ("I need the orange block in the purple bowl", [Rel("in", O, PB)]),
    ("shall we move the green block into the purple bowl?", [Rel("in", G, PB)]),
    ("why don't you put the orange block on the green block?", [Rel("on", O, G)]),
    ("mind getting the yellow block onto the green block?", [Rel("on", Y, G)]),
    ("we'd like the yellow block on the orange block", [Rel("on", Y, O)]),
    ("can we please get the green block into the purple bowl?", [Rel("in", G, PB)]),
    ("can I have the orange block in the purple bowl?", [Rel("in", O, PB)]),
]


@pytest.mark.parametrize(("text", "rels"), REQUEST_FRAMED)
def test_a_request_framed_as_we_or_a_need(text: str, rels: list[Rel]) -> None:
    i, f = outcome(text, desk())
    assert only(rels)(i, f)


KEEP_AND_ACT = [
    ("don't touch the orange block, but put the yellow block on the green block", Rel("on", Y, G), O),
    ("put the green block in the purple bowl but leave the yellow one alone", Rel("in", G, PB), Y),
    ("leave the pink block alone, but throw the orange block away", Rel("in_bin", O), P),
    ("never move the green block, but do put the orange block in the purple bowl", Rel("in", O, PB), G),
    ("keep the yellow block where it is, but stack the orange block on the green block", Rel("on", O, G), Y),
    ("do not disturb the green block and then put the yellow block in the purple bowl", Rel("in", Y, PB), G),
    ("avoid touching the yellow block; move the orange block onto the green block", Rel("on", O, G), Y),
    ("don't touch the green block, but the yellow block should be on the orange block", Rel("on", Y, O), G),
]


@pytest.mark.parametrize(("text", "rel", "kept"), KEEP_AND_ACT)
def test_a_keep_constraint_joined_to_a_command(text: str, rel: Rel, kept: str) -> None:
    i, f = outcome(text, desk())
    assert holds(rel, f) and f.support[kept] == i.support[kept]


def test_but_before_a_noun_phrase_still_excludes() -> None:
    i, f = outcome("put all the blocks but the green one in the white bowl", loose())
    assert f.support[G] == i.support[G] and all(f.base(b) == WB for b in (R, B, Y, O))


TOWERS = [
    (("build a three block tower with the red block on top of the yellow block and the yellow block on top of the "
      "blue block"), tower(B, Y, R)),
    ("make a tower where the green block sits on the orange block and the red block sits on the green block",
     tower(O, G, R)),
    ("build a tower with the blue block under the green block and the green block under the yellow block",
     tower(B, G, Y)),
    ("make a tower of three blocks with the orange block at the bottom",
     lambda _i, f: len([b for b in f.blocks if f.support[b] in f.support]) == 2 and f.support[O] in (TABLE, *PLACES)
     and len(f.above(O)) == 2),
    ("stack two blocks with the yellow one at the bottom",
     lambda _i, f: len(f.above(Y)) == 1 and f.support[Y] in (TABLE, *PLACES)
     and len([b for b in f.blocks if f.support[b] in f.support]) == 1),
    ("build a 4 block tower with the green block at the bottom and the blue block on top",
     lambda _i, f: len(f.above(G)) == 3 and f.above(G)[0] == B and f.support[G] in (TABLE, *PLACES)),
    ("a tower with yellow at the bottom, then orange, then green", tower(Y, O, G)),
    ("I'd like a tower with blue at the bottom, then red, then green on top", tower(B, R, G)),
    ("I want a three block tower with the green block on the bottom and the red block on top",
     lambda _i, f: len(f.above(G)) == 2 and f.above(G)[0] == R and f.support[G] in (TABLE, *PLACES)),
]


@pytest.mark.parametrize(("text", "check"), TOWERS)
def test_a_tower_described_by_its_pairs_count_or_ends(text: str, check: Check) -> None:
    i, f = outcome(text, loose())
    assert check(i, f)


def test_a_tower_count_that_disagrees_with_its_pairs_is_refused() -> None:
    with pytest.raises(PlanningError):
        plan_of("build a four block tower with the red block on top of the yellow block and the yellow block on top of "
                "the blue block", loose())


QUESTIONS = [
    (loose, "which bowl is the green block closest to?", [r"\bblue bowl\b"], [r"red bowl"]),
    (loose, "which block is nearest the red bowl?", [r"\bred block\b"], [r"green block"]),
    (loose, "what is the closest block to the blue bowl?", [r"\bgreen block\b"], []),
    (loose, "which bowl is farthest from the red block?", [r"\bblue bowl\b"], []),
    (loose, "which bowl does the red block sit closest to?", [r"\bred bowl\b"], []),
    (one_tower, "what's on top of the red block?", [r"^On the red block: the yellow block\b"], []),
    (one_tower, "what is on the yellow block?", [r"green block"], [r"red block"]),
    (one_tower, "how many blocks are in the tower?", [r"\b3\b"], []),
    (one_tower, "how tall is the tower?", [r"\b3\b"], []),
    (one_tower, "how many blocks does the stack have?", [r"\b3\b"], []),
    (one_tower, "which block is at the top of the tower?", [r"green block\.$"], []),
    (one_tower, "what's at the bottom of the tower?", [r"red block\.$"], []),
    (one_tower, "what is in the middle of the tower?", [r"yellow block\.$"], []),
    (one_tower, "is the pink block part of the tower?", [r"^No\b"], []),
    (one_tower, "is the green block on top of the tower?", [r"^Yes\b"], []),
    (two_towers, "how many blocks are in the tower?", [r"2 towers", r"Which one"], []),
    (two_towers, "what is at the top of the tower?", [r"2 towers", r"green block", r"orange block"], []),
    (loose, "how many blocks are in the tower?", [r"no tower"], []),
    (one_tower, "is the red block in a bowl?", [r"^No\b"], []),
    (one_tower, "what's underneath the green block?", [r"^Under the green block: the yellow block\b"], []),
    (loose, "which of the bowls is nearest to the yellow block?", [r"\bred bowl\b"], []),
    (one_tower, "which bowl is the blue block in?", [r"cyan bowl"], []),
    (one_tower, "is the blue block in any bowl?", [r"^Yes\b", r"cyan bowl"], []),
]


@pytest.mark.parametrize(("scene", "text", "has", "hasnot"), QUESTIONS)
def test_questions_about_nearness_and_the_tower(scene: Callable[[], Scene], text: str, has: list[str],
                                                hasnot: list[str]) -> None:
    said = reply(text, scene())
    assert all(re.search(h, said) for h in has), said
    assert not any(re.search(h, said) for h in hasnot), said


HISTORY = ["user: move the yellow block to the red bowl", "agent: did pick(yellow block), place(red bowl); done"]


@pytest.mark.parametrize(("text", "block"), [
    ("great, now do the same thing with the blue block", B),
    ("do that again with the green one", G),
    ("same for the orange block", O),
    ("perfect, the same with the red block", R),
    ("nice, now repeat that for the green block too", G),
    ("the same goes for the blue one", B),
    ("could you do the same for the orange one?", O),
    ("same thing, but with the green block", G),
    ("well done, now the same with the orange block", O),
    ("good job. now do that again with the red one", R),
])
def test_do_the_same_for_another_block(text: str, block: str) -> None:
    scene = loose()
    i, f = outcome(text, scene, HISTORY)
    assert only([Rel("in", block, RB)])(i, f)


def test_do_the_same_after_a_do_the_same() -> None:
    history = [*HISTORY, "user: great, now do the same with the blue block",
               "agent: did pick(blue block), place(red bowl); done"]
    i, f = outcome("and the same for the orange one", loose(), history)
    assert only([Rel("in", O, RB)])(i, f)


TOWER_REFERENCES = [
    ("put the pink block on top of the tower", [Rel("on", P, G)], ()),
    ("stack the orange block on the tower", [Rel("on", O, G)], ()),
    ("add the pink block to the stack", [Rel("on", P, G)], ()),
    ("move the middle block of the tower to the white bowl", [Rel("in", Y, WB)], (G,)),
    ("put the block in the middle of the stack in the bin", [Rel("in_bin", Y)], (G,)),
    ("put the bottom block of the tower in the white bowl", [Rel("in", R, WB)], (Y, G)),
    ("throw away the top block of the tower", [Rel("in_bin", G)], ()),
    ("put the block under the green block in the white bowl", [Rel("in", Y, WB)], (G,)),
    ("put the block on the red block into the white bowl", [Rel("in", Y, WB)], (G,)),
    ("move the block that is beneath the yellow block onto the pink block", [Rel("on", R, P)], (Y, G)),
    ("throw away the block directly under the green one", [Rel("in_bin", Y)], (G,)),
    ("take the block from the middle of the tower and put it in the white bowl", [Rel("in", Y, WB)], (G,)),
]


@pytest.mark.parametrize(("text", "rels", "aside"), TOWER_REFERENCES)
def test_references_to_a_tower_and_its_blocks(text: str, rels: list[Rel], aside: tuple[str, ...]) -> None:
    i, f = outcome(text, one_tower())
    assert only(rels, aside)(i, f)


def test_the_tower_asks_which_when_there_are_several() -> None:
    plan = plan_of("put the pink block on top of the tower", two_towers())
    assert isinstance(plan.steps[0], Ask) and "tower" in plan.steps[0].question
    assert "green block" in plan.steps[0].question and "orange block" in plan.steps[0].question
    history = ["user: put the pink block on top of the tower", f"agent asked: {plan.steps[0].question}"]
    i, f = outcome("the one with orange on top", two_towers(), history)
    assert only([Rel("on", P, O)])(i, f)


@pytest.mark.parametrize(("text", "top"), [
    ("put the pink block on the tower with the orange block on top", O),
    ("stack the pink block on the stack that has the yellow block in it", G),
    ("put the pink block onto the tower with the blue block at the bottom", O),
])
def test_a_tower_said_by_what_it_holds(text: str, top: str) -> None:
    i, f = outcome(text, two_towers())
    assert only([Rel("on", P, top)])(i, f)


def test_the_tower_when_there_is_none_is_refused_clearly() -> None:
    with pytest.raises(PlanningError, match="no tower"):
        plan_of("put the orange block on the tower", loose())


@pytest.mark.parametrize("text", [
    "put the yellow block under the table",
    "place the green block beneath the table",
    "slide the orange block underneath the purple bowl",
    "put the yellow block below the bin",
])
def test_impossible_places_are_refused_with_a_clear_message(text: str) -> None:
    with pytest.raises(PlanningError) as e:
        plan_of(text, desk())
    assert re.search(r"cannot put a block (?:under|beneath|underneath|below) the (?:table|bin|purple bowl)", str(e.value))
    assert "Which" not in str(e.value)


def test_under_a_block_still_means_on_top_of_it_reversed() -> None:
    i, f = outcome("put the orange block under the green block", desk())
    assert only([Rel("on", G, O)])(i, f)
