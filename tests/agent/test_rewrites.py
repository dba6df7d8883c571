"""`rewrites`: a rule skipped for want of its needle could never have matched."""

from __future__ import annotations

import random
import re

from agent.planners.offline.phrasing import PHRASES
from agent.planners.offline.rewrites import guarded, needle, rewrite
from agent.planners.offline.speech import SPEECH
from agent.planners.offline.spelling import CASUAL
from benchmarks.language_suite import SPLITS
from benchmarks.planner_language import _world


def test_a_needle_is_in_every_match() -> None:
    assert needle(re.compile(r"\bput (?:it|them) (?:in|into) the bin\b")) == (" the bin",)
    assert needle(re.compile(r"^(?:a|b)c?$")) == ("",)
    assert needle(re.compile(r"\b(?:him|her)\b")) == ("him", "her")  # one stretch of each alternative
    assert needle(re.compile(r"\b(?:hold(?: it)?|keep|)\b")) == ("",)  # an empty alternative needs nothing
    assert needle(re.compile(r",\s*(?:so|then) (?=the)")) == (",",)  # most instructions have no comma
    assert needle(re.compile(r"\brn\b")) == ("rn",)  # two letters still skip most texts
    rng = random.Random(3)
    texts = []
    for _, batch in SPLITS:
        for _, _, make in batch:
            made = next((m for s in range(20) if (m := make(_world(rng, 4000 + s)))), None)
            if made:
                texts.append(made[0].lower())
    assert len(texts) > 500
    for pattern, _, needs in guarded(PHRASES + CASUAL + SPEECH).rules:
        for text in texts:
            if pattern.search(text):
                assert all(any(n in text for n in need) for need in needs), (pattern.pattern, text)


def test_rewrite_skips_only_what_cannot_match() -> None:
    rng = random.Random(5)
    texts = ["put the red block in the bin", "whichever block is closest to the bowl, pop it in there"]
    for _, batch in SPLITS:
        for _, _, make in batch[::4]:
            made = next((m for s in range(20) if (m := make(_world(rng, 7000 + s)))), None)
            texts += [made[0].lower()] if made else []
    assert len(texts) > 500
    for rules in (PHRASES, SPEECH, CASUAL):
        table = guarded(rules)
        for text in texts:
            slow = text
            for pattern, repl in rules:
                slow = pattern.sub(repl, slow)
            assert rewrite(table, text) == slow, text
