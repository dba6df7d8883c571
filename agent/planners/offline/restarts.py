"""What speech leaves in a message when the speaker breaks off and starts again: an interruption ('put the green - hang
on, someone's at the door - yeah ok, put the green cube ...'), a start said twice ('into the, into the bin'; never a
whole name), a tag ('..., ja?', '..., no?'), a place said again after the step ('On top of it.'), a verb said with
'you' ('put you the red block'), and an exception added once the step is said ('all into the bin, no? But not the
red'). Read among `speech.SPEECH`'s rules, late, once what a message says is in the clause reader's words."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.planners.offline.words import VERB_RE
from agent.regex import rx

RESTARTS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r",?\s*\b(?:hang on|hold on|one sec(?:ond)?|just a (?:sec|second|moment|minute)|wait a (?:sec|second|moment|minute)|bear with "
     r"me|someone is at the door|the phone is ringing|what is it called|what s it called|typing)\b[^,.;]*", ""),
    (r",\s*(?:just )?a (?:sec|second|moment|minute)\b[^,.;]*", ""),
    # 'into the, into the bin', 'put the green, put the green cube ...': a broken-off start said again; never a whole name
    (r"\b(\w+(?: \w+){0,4}),\s+(?:(?:and|so|then) )?\1\b", lambda m: m.group(0) if rx(
        r"\b(?:blocks?|bowls?|cubes?|ones?|bin|table|corner|middle|it|them|tower|stack|(?:it|they|that) (?:is|s|are))$").search(m.group(1)) else m.group(1)),
    (r",\s*(?:no|yes|ja|si|oui|eh|right|ok|okay|yeah|nein|non)(?=\s*(?:[.;!]|$))", ""),  # '..., ja?', '..., no?'
    (r"(?:^|(?<=[.;] ))(?:on top of|on|in|inside|into) (?:it|that|there)[.;]?\s*$", ""),  # '... lay it on X, ja? On top of it.'
    (r"\b(\w+) you (?=the |a |an |it\b|them\b)", lambda m: f"{m.group(1)} " if VERB_RE.fullmatch(m.group(1)) else m.group(0)),
    (r"\bnot (the \w+ (?:block|one)),? (?:keep|leave) (?:that one|it|that) (?:out of the bin|out|where it is|alone|there)(?=\s*(?:[.;]|$))", r"not \1"),  # '..., wait, not X, keep that one out of the bin'
    (r"[.;]\s*but not ((?:the )?[\w ]+?)(?: and not ((?:the )?[\w ]+?))?\s*$",
     lambda m: f" except {m.group(1)}" + (f" and {m.group(2)}" if m.group(2) else "")),  # 'all into the bin, no? But not the red'
)
