"""The goal language (sim.core.goal): JSON, grounding to relations, the first unmet relation, English."""

from __future__ import annotations

import json

import pytest

from sim.core.errors import PlanningError
from sim.core.goal import (
    Atom,
    Each,
    Goal,
    Not,
    Objects,
    Where,
    describe,
    ground,
    members,
    unmet,
)
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

BLOCKS = Objects()
BOWLS = Objects(kind="bowl")


def table() -> SymState:
    """red and red 2 on the table (blue on red), green in the blue bowl; bowls: blue, red, green."""
    support = {"red block": "table", "blue block": "red block", "green block": "blue bowl", "red block 2": "table"}
    colours = {"red block": "red", "blue block": "blue", "green block": "green", "red block 2": "red",
               "blue bowl": "blue", "red bowl": "red", "green bowl": "green"}
    return SymState(support, ["blue bowl", "red bowl", "green bowl"], colours)


def test_json_round_trip_and_tool_schema() -> None:
    goal = Goal(stages=[[Each(quantifier="exactly", n=2, objects=Objects(colour="red"), rel="in", target=BOWLS),
                         Not(cond=Atom(rel="on", args=["blue block", "red block"]))],
                        [Atom(rel="unchanged", args=["green block"])]])
    again = Goal.model_validate_json(goal.model_dump_json())
    assert again == goal
    schema = Goal.model_json_schema()
    text = json.dumps(schema)
    assert {"Atom", "Each", "Not", "Objects", "Where"} <= set(schema["$defs"]) and '"unchanged"' in text


def test_grounded_stages_are_a_goal() -> None:
    stages = [[Rel("in", "red block", "blue bowl")], [Rel("on", "blue block", "red block", negated=True)]]
    assert ground(Goal.of(stages), table()) == stages


def test_sets_by_colour_location_and_exclusion() -> None:
    s = table()
    assert members(Objects(colour="red"), s) == ["red block", "red block 2"]
    assert members(Objects(where=[Where(rel="in", target="bowl", negated=True)]), s) == [
        "red block", "blue block", "red block 2"]
    assert members(Objects(where=[Where(rel="under", target="blue block")]), s) == ["red block"]
    assert members(Objects(other_than=["red block"], colour="red"), s) == ["red block 2"]
    assert members(Objects(kind="bowl", colour="green"), s) == ["green bowl"]


def test_each_block_in_the_bowl_of_its_colour() -> None:
    goal = Goal(stages=[[Each(objects=BLOCKS, rel="in", target=BOWLS, matching=True)]])
    assert ground(goal, table()) == [[Rel("in", "red block", "red bowl"), Rel("in", "blue block", "blue bowl"),
                                      Rel("in", "green block", "green bowl"), Rel("in", "red block 2", "red bowl")]]


def test_one_block_in_every_bowl_prefers_blocks_already_there() -> None:
    goal = Goal(stages=[[Each(quantifier="some", objects=BLOCKS, rel="in", target=BOWLS, per_target=True)]])
    rels = ground(goal, table())[0]
    assert rels[0] == Rel("in", "green block", "blue bowl")  # already satisfied: no move
    assert len(rels) == 3 and len({r.block for r in rels}) == 3
    assert "red block" not in {r.block for r in rels}  # the blue block rests on it: clear blocks move for less


def test_the_rest_and_names() -> None:
    goal = Goal(stages=[[Atom(rel="on", args=["red block 2", "green block"]),
                         Each(objects=Objects(rest=True), rel="in_bin")]])
    assert ground(goal, table()) == [[Rel("on", "red block 2", "green block"), Rel("in_bin", "red block"),
                                      Rel("in_bin", "blue block")]]


def test_none_exactly_and_not() -> None:
    s = table()
    none = Each(quantifier="none", objects=Objects(colour="red"), rel="in", target=BOWLS)
    assert ground(Goal(stages=[[none]]), s)[0] == [
        Rel("in", b, w, negated=True) for b in ("red block", "red block 2") for w in s.bowls]
    exactly = Each(quantifier="exactly", n=1, objects=Objects(colour="red"), rel="at", target="middle")
    assert ground(Goal(stages=[[exactly]]), s)[0] == [Rel("at", "red block 2", "middle"),
                                                       Rel("at", "red block", "middle", negated=True)]
    not_all = Not(cond=Each(objects=BLOCKS, rel="on_table"))  # some block is not on the table
    assert ground(Goal(stages=[[not_all]]), s)[0] == [Rel("on_table", "blue block", negated=True)]


def test_impossible_or_empty_sets_are_clear_errors() -> None:
    with pytest.raises(PlanningError, match="there are no purple blocks"):
        ground(Goal(stages=[[Each(objects=Objects(colour="purple"), rel="in_bin")]]), table())
    with pytest.raises(PlanningError, match="only 2"):
        ground(Goal(stages=[[Each(quantifier="at_least", n=3, objects=Objects(colour="red"), rel="in_bin")]]), table())
    with pytest.raises(PlanningError, match="say what should hold instead"):
        ground(Goal(stages=[[Not(cond=Each(quantifier="exactly", n=1, objects=BLOCKS, rel="in_bin"))]]), table())


def test_unmet_names_the_first_failing_relation() -> None:
    start = table()
    goal = Goal(stages=[[Each(objects=BLOCKS, rel="in", target=BOWLS, matching=True)]])
    assert unmet(goal, start) == Rel("in", "red block", "red bowl")
    done = SymState({"red block": "red bowl", "blue block": "blue bowl", "green block": "green bowl",
                     "red block 2": "red block"}, start.bowls, start.colours)
    assert unmet(goal, done, start) is None
    keep = Goal(stages=[[Atom(rel="unchanged", args=["green block"])]])
    assert unmet(keep, done, start) == Rel("unchanged", "green block")
    assert unmet(keep, start, start) is None
    one_each = Goal(stages=[[Each(quantifier="some", objects=BLOCKS, rel="in", target=BOWLS, per_target=True)]])
    assert unmet(one_each, done, start) is None and unmet(one_each, start) is not None


def test_later_stages_override_earlier_relations_about_the_same_block() -> None:
    start = table()
    goal = Goal.of([[Rel("in", "red block 2", "red bowl")], [Rel("on_table", "red block 2")]])
    assert unmet(goal, start) is None  # red block 2 ends on the table; the bowl was only the first stage


def test_negated_and_unchanged_relations() -> None:
    s = table()
    assert holds(Rel("in", "green block", "red bowl", negated=True), s)
    assert not holds(Rel("in", "green block", "blue bowl", negated=True), s)
    moved = s.copy()
    moved.support["red block 2"] = "red bowl"
    assert holds(Rel("unchanged", "red block 2"), s, s) and not holds(Rel("unchanged", "red block 2"), moved, s)
    assert Rel("in", "red block", "blue bowl", negated=True).describe() == "the red block not in the blue bowl"


def test_describe_in_plain_english() -> None:
    goal = Goal(stages=[[Each(objects=Objects(colour="red"), rel="in", target=BOWLS, matching=True)],
                        [Atom(rel="unchanged", args=["green block"])]])
    assert describe(goal) == "first all red blocks in the bowl of its colour, then the green block left where it is"
