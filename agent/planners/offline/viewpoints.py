"""Positions said in a frame the speaker names, each said in the planner's own: the camera's (left is the camera's left,
as `sim.core.layout` says it). The robot faces the camera, so 'your left, robot' and 'the robot's right-hand side' are
the camera's right and left; 'as the camera sees it' is the frame already; 'nearest to you, robot', 'at the front' and
'at the back, far from you' are nearest to and furthest from the robot. Read among `speech.SPEECH`'s rules, before
`spatial.SPATIAL`."""

from __future__ import annotations

import re
from collections.abc import Callable

_ROBOT = r"(?:your|the robot s|the robot's|the arm s|the arm's|its)"
_OTHER = {"left": "right", "right": "left", "near": "far", "far": "near"}

def _flipped(m: re.Match[str]) -> str:
    """The robot's side said as the camera's: 'your left (half)' -> 'the right (half of the table)'."""
    return f"the {_OTHER[m[1]]}" + (" half of the table" if (m[2] or "").startswith(" half") else "")


VIEWPOINTS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r",?\s*\(?(?:as|like) the camera sees it\)?|,?\s*\(?(?:going by|in|from) (?:the camera s|the camera's) (?:view|point of view|side)\)?"
     r"(?:\s*[:,])?", ""),  # the frame the planner reads in already
    (r"\b(?:the camera s|the camera's) (left|right)(?:[- ]hand)?(?: side)?\b", r"the \1"),
    (rf"\b(?:to|on|at|in) {_ROBOT} (left|right)(?:[- ]hand)?( side| half(?: of the table)?)?(?:,? robot\b,?)?\b",
     lambda m: f"on {_flipped(m)}"),
    (rf"\b(farthest|furthest|most) (?:to )?{_ROBOT} (left|right)(?:,? robot\b,?)?\b", lambda m: f"{m[1]} to the {_OTHER[m[2]]}"),
    (rf"\b{_ROBOT} (left|right)(?:[- ]hand)?( side| half(?: of the table)?)?(?:,? robot\b,?)?\b",
     _flipped),
    (r"(?:(?<=\bblocks )|(?<=\bones )|\b(?=(?:that|which) ))((?:that|which) (?:are|is) )?not (?:on|in) the (left|right|near|far)(?:[- ]hand)?(?: half(?: of the table)?| side(?: of the table)?)?(?!\w| corner)",
     lambda m: f"{m[1] or ''}on the {_OTHER[m[2]]} half of the table"),  # 'the blocks not on the left half': on the other half
    (r"\b(?:nearest|closest) (?:to )?you(?:,? robot\b,?)?\b", "closest to the robot"),
    (r"\b(?:farthest|furthest) (?:away )?from you(?:,? robot\b,?)?\b", "furthest from the robot"),
    (r"\b(closer|nearer|further|farther)( to| from)? you(?:,? robot\b,?)?(?= than\b)", r"\1\2 the robot"),  # 'closer to you, robot, than W'
    (r"\b(in front of|behind) (the \w+ \w+),? (?:that is|i\.?e\.?|meaning|in other words),? ((?:closer|nearer) to|(?:further|farther) from) (?:the robot|you)\b",
     r"\3 the robot than \2"),  # 'in front of X, that is, nearer to the robot': the gloss says which way
    (r"\bat the front(?:,? (?:closest|nearest) to the robot)?\b", "closest to the robot"),
    (r"\bat the back(?:,? (?:farthest|furthest|far) from (?:the robot|you))?\b", "furthest from the robot"),
    (r"\b((?:on|in) the (?:left|right|near|far)(?: half of the table)?|(?:closest to|furthest from) the robot),\s+(?=(?:into|in|onto|on|to|is|are|should|go|goes)\b)",
     r"\1 "),  # 'the blocks on your right, robot, into the bin': the comma the address leaves
)
