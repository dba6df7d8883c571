"""What one parse works against: the scene, its symbolic state, the referents and answers of the
conversation so far, what has been understood; and the two ways a parse stops short (a question
for the user, or an error naming what was understood)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from agent.planners.offline.words import clean_text
from sim.core.errors import PlanningError
from sim.core.lexicon import PLACES
from sim.core.perceived import Scene
from sim.core.symbolic import SymState


class Ambiguous(Exception):
    """A phrase fits several objects; carries the question to ask."""


@dataclass
class Context:
    scene: Scene
    state: SymState
    instruction: str
    it: list[str] = field(default_factory=list)  # what 'it' / 'them' mean, the most recent first
    answers: list[str] = field(default_factory=list)  # the user's answers to questions, newest first
    understood: list[str] = field(default_factory=list)  # for the error when the parse fails


def bowl_error(bowl: str, ctx: Context) -> PlanningError:
    blocks = ", ".join(ctx.state.blocks) or "none"
    return PlanningError(f"the {bowl} cannot be moved: bowls stay where they are; only blocks can be picked "
                         f"and placed (blocks: {blocks})")


def not_understood(ctx: Context, missing: str | None = None, unknown: list[str] | None = None) -> PlanningError:
    """The error for an instruction the parser cannot act on, naming what it did understand."""
    cleaned = clean_text(ctx.instruction)
    mentioned = [f"the object {n}" for n in ctx.scene.names() if re.search(rf"\b{re.escape(n)}\b", cleaned)]
    mentioned += [f"the place '{p}'" for p in PLACES if re.search(rf"\b{re.escape(p)}\b", cleaned)]
    seen = list(dict.fromkeys(ctx.understood + mentioned))
    got = "; ".join(seen) if seen else "nothing I can act on"
    parts = [f"I could not understand {ctx.instruction.strip()!r}"]
    if unknown:
        parts.append(f"I do not know the word(s) {', '.join(repr(u) for u in unknown)}")
    if missing:
        parts.append(f"it does not say {missing}")
    parts.append(f"I understood: {got}")
    parts.append("try e.g. 'put the red block in the blue bowl', 'stack all the blocks', "
                 "'move the blocks to the top left corner', 'sort the blocks by colour', 'clear the table'")
    return PlanningError("; ".join(parts))
