"""Answer questions about a perceived `Scene`, by rule: no model, no simulator truth, nothing evaluated.
`answer("is the red block in the blue bowl?", scene)` -> Answer(kind="yes_no", text="Yes: ...", value=True).

Kinds: what is on the table, where is X, what is in/on/at/under X, what the gripper holds, what colour X is (or the
bowls are), how many X (in/on Y), is there a X, is X in/on/at/under Y, is X on the table / in the bin / held / clear /
empty, which X is empty, which X is nearest Y, closest to the robot or furthest left, the tower(s) (count, blocks, ends,
height, the tallest), what covers a block. Names go through `sim.core.lexicon.normalise_name`; a description ("the bowl", "the red one",
"the block closest to the robot") resolves when it fits one object. Anything else gets `HELP`.
"""

from __future__ import annotations

from agent.answers.balance import balanced
from agent.answers.comparing import compared
from agent.answers.covering import covered
from agent.answers.counting import _towers, more_answers, normalise_more
from agent.answers.joined import combined, counted, each, excepted, joined, listed
from agent.answers.reading import (
    HELP,
    Answer,
    _dispatch,
    _normalise,
    _nearest,
    _ranked,
    _Unclear,
    _which_state,
)
from sim.core.perceived import Scene
from sim.core.symbolic import SymState

__all__ = ["HELP", "Answer", "answer"]


def answer(question: str, scene: Scene) -> Answer:
    """The answer to `question` about `scene` (perception's view); `HELP` when the question is not supported."""
    q, state = normalise_more(_normalise(question)), SymState.from_scene(scene)
    if (even := balanced(question, state)) is not None:
        return even  # 'are there as many blocks in W as on the table?': said before normalising bends it
    blocks = [o.name for o in scene.objects if o.kind == "block"]

    def ask(part: str) -> Answer:
        return answer(part, scene)

    if (both := joined(q, ask) or counted(q, ask) or excepted(q, blocks, ask) or combined(q, ask) or listed(q, ask) or each(q, ask)) is not None:
        return both  # 'are both X and Y on the table?': each part in turn; 'are there two blocks in W?': counted
    try:
        q, best = _ranked(q, scene, state)
        return best or compared(q, scene, state) or covered(q, scene, state) or more_answers(q, scene, state) or _which_state(q, scene, state) or _towers(
            q, scene, state) or _nearest(q, scene, state) or _dispatch(q, scene, state) or Answer("unsupported", HELP)
    except _Unclear as e:
        return Answer("unclear", str(e))
