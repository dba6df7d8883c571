"""What the fifty-seventh to fifty-ninth untuned batches (`benchmarks.language_fresh56` to `language_fresh58`) and the
stories of the fifty-fifth found missing, said in other words than the batches: sentences that only set the scene before
the request (`agent.planners.offline.background`), read only when the whole is not understood and never past a sentence
that could constrain the request."""

from __future__ import annotations

import pytest

from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from tests.agent.test_understanding_more import PB, WB, G, O, P, R, Y, desk, outcome, plan_of

# desk(): the blue block on the red block; loose green, yellow and orange blocks; the pink block in the white bowl;
# an empty purple bowl.


@pytest.mark.parametrize(("text", "rel"), [
    ("Why on earth is the purple bowl still empty? What is it for, decoration? Drop the yellow block in it.",
     Rel("in", Y, PB)),
    ("The green block has had a long day. Let it rest on the yellow block.", Rel("on", G, Y)),
    ("The orange block is feeling adventurous today. Send it over to the purple bowl.", Rel("in", O, PB)),
])
def test_a_story_before_the_request_is_set_aside(text: str, rel: Rel) -> None:
    _, f = outcome(text, desk())
    assert holds(rel, f)


@pytest.mark.parametrize("text", [
    "The yellow block and the green block are my favourites. Put it in the purple bowl.",  # 'it': which of the two?
    "Leave the orange block where it is, it took ages. Now tidy the other blocks into the purple bowl quickly please.",
    "The green block is by the purple bowl. Put it on the table.",  # a thing and a place: a request, however said
    "Whatever is on the red block annoys me. Put it in the purple bowl.",  # 'it' is not the red block
])
def test_a_sentence_that_could_matter_is_never_set_aside(text: str) -> None:
    """Each is refused, or read with the sentence it begins with; never read from the last sentence alone."""
    try:
        plan = plan_of(text, desk())
    except PlanningError:
        return
    _, f = outcome(text, desk())
    moved = [s.describe() for s in plan.steps]
    assert not holds(Rel("in", G, PB), f) and not holds(Rel("in", R, PB), f), moved
    assert not (holds(Rel("in", Y, PB), f) and holds(Rel("in", G, PB), f)), moved


def test_the_request_alone_is_read_only_when_the_whole_is_not() -> None:
    """A first sentence the parser understands stays part of the request."""
    _, f = outcome("Put the pink block on the table. The yellow block goes in the purple bowl.", desk())
    assert holds(Rel("on_table", P), f) and holds(Rel("in", Y, PB), f) and not f.in_bowl(WB)
