"""Offline understanding of chatty and conversational requests: an exclusion after 'but not' / 'other than' about the
target bowl, 'none of X should stay there, move them', contradictory goals refused, greetings / thanks / 'if that's
ok' / terse pairs / 'final state:', towers by height and reversed, references relative to the robot and to the sides,
elliptical follow-ups ('and the red one too', 'oops, I meant ...', 'move them both'), questions about empty bowls,
towers, the block closest to the robot and the bowls' colours, and refusals that give the right reason. Each case plans
and simulates, or checks the answer's or the refusal's content."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from agent.primitives import Answer, Ask
from sim.core.errors import PlanningError
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState
from tests.agent.test_understanding_more import (
    desk,
    loose,
    obj,
    only,
    outcome,
    plan_of,
    reply,
    tower,
    two_towers,
)

R, B, G, Y, O, P = "red block", "blue block", "green block", "yellow block", "orange block", "pink block"
WB, PB, RB, BB = "white bowl", "purple bowl", "red bowl", "blue bowl"
Check = Callable[[SymState, SymState], bool]


def two_in_white() -> Scene:
    """The green and yellow blocks in the white bowl; loose red and orange blocks; an empty purple bowl."""
    return Scene(objects=[obj(WB, pos=(0.40, 0.15)), obj(G, WB, (0.42, 0.17), 0.03), obj(Y, WB, (0.38, 0.13), 0.03),
                          obj(R, pos=(0.60, -0.10)), obj(O, pos=(0.50, 0.05)), obj(PB, pos=(0.65, 0.18))])


def bowl_of(block: str, f: SymState) -> str:
    return f.base(block)


# --- 1. wrong actions: exclusions about the target, 'them' after 'none should stay', contradictions

TARGET_EXCLUSIONS = [
    ("put the green block in a bowl, but not the blue one", G, BB),
    ("drop the orange block into any bowl other than the white bowl", O, WB),
    ("the yellow block goes in some bowl except the red one", Y, RB),
    ("put the red block in a bowl, but not in the white one", R, WB),
    ("could you place the blue block in one of the bowls apart from the blue bowl", B, BB),
    ("put the orange block in a bowl that isn't the red one", O, RB),
]


@pytest.mark.parametrize(("text", "block", "not_bowl"), TARGET_EXCLUSIONS)
def test_an_exclusion_after_the_target_rules_out_that_bowl(text: str, block: str, not_bowl: str) -> None:
    i, f = outcome(text, loose())
    assert bowl_of(block, f) in (RB, BB, WB) and bowl_of(block, f) != not_bowl
    assert all(f.support[b] == i.support[b] for b in f.blocks if b != block)


def test_an_exclusion_of_a_block_still_excludes_the_block() -> None:
    i, f = outcome("put every block except the red one in the white bowl", loose())
    assert f.support[R] == i.support[R] and all(holds(Rel("in", b, WB), f) for b in (G, B, Y, O))


@pytest.mark.parametrize("text", [
    "none of the blocks in the white bowl should stay there, move them to the purple bowl",
    "no block in the white bowl should remain there; put them in the purple bowl",
    "none of the blocks in the white bowl should stay where they are, put them into the purple bowl",
    "the blocks in the white bowl should no longer be in there, move them to the purple bowl",
    "none of the blocks in the white bowl should be there anymore; put them in the purple bowl",
])
def test_none_should_stay_then_them_moves_every_one(text: str) -> None:
    i, f = outcome(text, two_in_white())
    assert only([Rel("in", G, PB), Rel("in", Y, PB)])(i, f)


@pytest.mark.parametrize("text", [
    "put the red block in the blue bowl and also in the white bowl",
    "the yellow block should be on the red block and in the white bowl",
    "put the orange block in the red bowl, and put the orange block in the bin",
])
def test_a_block_in_two_places_at_once_is_refused(text: str) -> None:
    with pytest.raises(PlanningError, match="cannot do both"):
        plan_of(text, loose())


def test_one_place_after_another_is_not_a_contradiction() -> None:
    _, f = outcome("put the green block in the blue bowl, then put it in the white bowl", loose())
    assert holds(Rel("in", G, WB), f)


# --- 2. chatty words and framings

CHATTY = [
    ("hi there! could you drop the green block into the white bowl? thanks a lot", [Rel("in", G, WB)]),
    ("I'd like the yellow block in the red bowl, if that's okay", [Rel("in", Y, RB)]),
    ("it would be nice to have the orange block out of the way, in the bin", [Rel("in_bin", O)]),
    ("would be great to have the red block in the blue bowl", [Rel("in", R, BB)]),
    ("end state: blue block on top of the yellow block", [Rel("on", B, Y)]),
    ("orange block, red bowl", [Rel("in", O, RB)]),
    ("the yellow block, the green block", [Rel("on", Y, G)]),
    ("yo put the blue block on the green one, will you", [Rel("on", B, G)]),
    ("could the red block jump onto the orange block?", [Rel("on", R, O)]),
    ("hello there, the green block in the red bowl if that works for you", [Rel("in", G, RB)]),
    ("hiya! pop the orange block in the white bowl cheers", [Rel("in", O, WB)]),
    ("good morning, could you set the yellow block on the blue one", [Rel("on", Y, B)]),
    ("goal: red block in the white bowl", [Rel("in", R, WB)]),
    ("green, blue bowl", [Rel("in", G, BB)]),
    ("let the blue block sit in the red bowl, if that's alright with you", [Rel("in", B, RB)]),
]


@pytest.mark.parametrize(("text", "rels"), CHATTY)
def test_chatty_requests(text: str, rels: list[Rel]) -> None:
    i, f = outcome(text, loose())
    assert only(rels)(i, f), text


@pytest.mark.parametrize("text", ["move exactly two blocks into the red bowl, whichever two you want",
                                  "put exactly two blocks in the red bowl, any two you like"])
def test_a_free_choice_of_blocks(text: str) -> None:
    _, f = outcome(text, loose())
    assert sum(holds(Rel("in", b, RB), f) for b in f.blocks) == 2


TOWERS = [
    ("put the pink block on the tallest tower", only([Rel("on", P, G)])),
    ("put the pink block on top of the short stack", only([Rel("on", P, O)])),
    ("throw away the top block of the tall tower", only([Rel("in_bin", G)])),
    ("move the top block of the shortest pile to the middle", only([Rel("at", O, "middle")])),
    ("reverse the order of the blue and orange stack", tower(O, B)),
    ("flip the tower with the green block on top upside down", tower(G, Y, R)),
    ("build a stack of three: pink at the bottom, then orange, then green", tower(P, O, G)),
    ("take apart the tallest tower", only([Rel("on_table", Y), Rel("on_table", G)])),
    ("knock down the stack with the orange block on top", only([Rel("on_table", O)])),
    ("dismantle the stack on the red block", only([Rel("on_table", Y), Rel("on_table", G)])),
]


@pytest.mark.parametrize(("text", "check"), TOWERS)
def test_towers_by_height_reversed_or_counted(text: str, check: Check) -> None:
    i, f = outcome(text, two_towers())
    assert check(i, f), text


# --- 3. references relative to the robot and to the sides (the robot at the origin, left is -y)

ROBOT = [
    ("move the block closest to the robot into the white bowl", [Rel("in", G, WB)]),
    ("put the block farthest from the robot in the bin", [Rel("in_bin", Y)]),
    ("put the orange block in the bowl nearest you", [Rel("in", O, BB)]),
    ("put the yellow block in the bowl furthest from me", [Rel("in", Y, RB)]),
    ("put the block furthest to the left on the green block", [Rel("on", B, G)]),
    ("the block that is furthest to the right goes in the white bowl", [Rel("in", O, WB)]),
    ("hey robot, put the block nearest the robot on the red block", [Rel("on", G, R)]),
    ("put the cube furthest away from the robot in the blue bowl", [Rel("in", Y, BB)]),
    ("move the block on the far left onto the orange block", [Rel("on", B, O)]),
]


@pytest.mark.parametrize(("text", "rels"), ROBOT)
def test_references_relative_to_the_robot(text: str, rels: list[Rel]) -> None:
    i, f = outcome(text, loose())
    assert only(rels)(i, f), text


# --- 4. follow-ups

ORANGE_IN_BLUE = ["user: put the orange block in the blue bowl", "agent: did pick(orange block), place(blue bowl); done"]
FOLLOW_UPS = [
    ("and the red one too", ORANGE_IN_BLUE, [Rel("in", R, BB)]),
    ("now the yellow one", ORANGE_IN_BLUE, [Rel("in", Y, BB)]),
    ("what about the green block?", ORANGE_IN_BLUE, [Rel("in", G, BB)]),
    ("oops, I meant the white bowl", ORANGE_IN_BLUE, [Rel("in", O, WB)]),
    ("sorry, I meant the red bowl", ORANGE_IN_BLUE, [Rel("in", O, RB)]),
    ("actually, make it the white bowl", ORANGE_IN_BLUE, [Rel("in", O, WB)]),
    ("the green one as well", ORANGE_IN_BLUE, [Rel("in", G, BB)]),
    ("move them both to the white bowl", ["user: what's in the blue bowl?",
                                          "agent: The blue bowl holds the green block and the yellow block."],
     [Rel("in", G, WB), Rel("in", Y, WB)]),
]


@pytest.mark.parametrize(("text", "history", "rels"), FOLLOW_UPS)
def test_follow_ups_use_the_conversation(text: str, history: list[str], rels: list[Rel]) -> None:
    i, f = outcome(text, loose(), history)
    assert all(holds(r, f) for r in rels), text
    assert all(f.support[b] == i.support[b] for b in f.blocks if b not in {a for r in rels for a in r.args} | {O})


def test_on_top_of_them_is_the_top_of_the_pair_just_stacked() -> None:
    history = ["user: put the blue block on the red block", "agent: did pick(blue block), place(red block); done"]
    i, f = outcome("now put the yellow one on top of them", desk(), history)
    assert only([Rel("on", Y, B)])(i, f)


# --- 5. questions

QUESTIONS = [
    ("which bowl is empty?", desk, ["purple bowl"], ["white bowl"]),
    ("how many towers are there?", two_towers, ["2"], []),
    ("how many stacks do you see", two_towers, ["2"], []),
    ("how tall is the tallest tower?", two_towers, ["3 blocks"], []),
    ("how many blocks are in the shortest stack?", two_towers, ["2 blocks", "orange"], ["green"]),
    ("what colour is the block closest to the robot?", loose, ["green"], ["yellow"]),
    ("which block is furthest to the left?", loose, ["blue block"], ["orange"]),
    ("which bowl is closest to the robot?", loose, ["blue bowl"], ["red bowl"]),
    ("what colours are the bowls?", loose, ["red", "blue", "white"], ["green", "orange"]),
    ("which is the block nearest to you?", loose, ["green block"], ["yellow"]),
    ("what's the colour of the block on the far right?", loose, ["orange"], ["blue"]),
    ("which bowls are empty?", two_in_white, ["purple bowl"], ["white bowl"]),
    ("how high is the highest stack", two_towers, ["3 blocks"], []),
]


@pytest.mark.parametrize(("question", "scene", "has", "hasnot"), QUESTIONS)
def test_questions_answered(question: str, scene: Callable[[], Scene], has: list[str], hasnot: list[str]) -> None:
    text = reply(question, scene())
    assert all(h in text for h in has) and not any(h in text for h in hasnot), text


# --- 6. refusals with the right reason

@pytest.mark.parametrize(("text", "reason"), [
    ("put the green block on itself", "itself"),
    ("stack the red block on top of itself", "itself"),
    ("put the bin on the red block", "only blocks"),
    ("move the table to the middle", "only blocks"),
])
def test_refusals_say_why(text: str, reason: str) -> None:
    with pytest.raises(PlanningError, match=reason):
        plan_of(text, loose())


@pytest.mark.parametrize("text", ["put the blue one over there", "put the green block there",
                                  "place the yellow block over here", "put the red block somewhere"])
def test_a_pointed_at_place_asks_where(text: str) -> None:
    step = plan_of(text, loose()).steps[0]
    assert isinstance(step, Ask) and step.question.startswith("Where"), step
    assert not isinstance(step, Answer)
