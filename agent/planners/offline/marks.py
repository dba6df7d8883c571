"""The words that take something back ('no', 'sorry', 'I mean', 'correction', 'scratch that', 'I have that backwards'),
read by `repairs` (what a correction replaces), `discourse` (a sentence that corrects is never chatter) and `notation`
(a correction is never a label)."""

from __future__ import annotations

import re

_CORRECTION = (r"correction|sorry|pardon(?: me)?|excuse me|no+|nope|oops|wait|hang on|actually|i mean|i meant|or rather|rather|scratch that|"
               r"strike that|my mistake|my bad|let me (?:correct|rephrase)(?: that| myself)?|let me ask (?:that )?(?:again|properly)|"
               r"(?:i have |i got |i ve got |it is |it s |that is |that s )?(?:(?:that|it|those) )?(?:backwards|the wrong way round|(?:the )?other way (?:round|around))|"
               r"on second thoughts?|i take that back|i (?:have |ve )?changed my mind|(?:let us |let s )?make (?:that|it)")
_SOFT = r"hm+|um+|uh+|er|oh|or|well|ok|okay|i think|let me see"  # said around a correction, never one alone
_TIGHT = r"i mean|i meant|or rather|rather|scratch that|(?:let us |let s )?make (?:that|it)"  # a correction even with no stop after it
_APOLOGY = r"sorry|oops|pardon(?: me)?|excuse me"  # a correction only with one of the others, or a thing, after it

# Where a correction starts, after a stop ('..., no, wait, Y') or, as transcribed, before 'I mean' ('X i mean Y'); `marks` its words.
CORRECTED_RE = re.compile(rf"(?:^|[,;.?!]\s*|\s(?=(?:i mean|i meant|or rather|correction)\b))(?P<marks>(?:(?:{_SOFT}|{_CORRECTION})(?:[\s,;.:]+|$))*?"
                          rf"(?:{_CORRECTION})(?:[\s,;.:]+(?:(?:{_SOFT}|{_CORRECTION})(?=[\s,;.:])[\s,;.:]+)*|$))(?=\w)")
# A sentence that takes something back ('No, ...', 'Sorry, I mean ...', 'Oh, sorry, in the other bowl'): never chatter.
CORRECTION_RE = re.compile(rf"^\W*(?:(?:{_SOFT})[\s,;.]+)*(?:(?:{_APOLOGY})[\s,;.]+(?=(?:{_CORRECTION}|{_TIGHT}|the|a|an|in|into|on|onto|to|at|under|not|"
                           rf"just|only)\b)|(?!(?:{_APOLOGY})\b)(?:{_CORRECTION})(?=\s*[,;.:!?]|\s*$|\s+(?:{_SOFT}|{_CORRECTION})\b)|(?:{_TIGHT})\b)")
# Words that only mark a correction ('Correction:', 'Oh, actually, make it just the one:'): never a label to drop.
MARKS_RE = re.compile(rf"\W*(?:(?:{_SOFT}|{_CORRECTION}|{_APOLOGY})[\s,;.]*)+(?:just |only )?(?:the one|one|two|three)?\W*")
# Words that may take back a whole clause ('no, put ...', 'actually, it goes ...'): never an apology ('sorry, I panicked') or a wait.
RESTART_RE = re.compile(r"correction|\bno+\b|nope|actually|i mean|rather|scratch|strike|mistake|my bad|correct|rephrase|ask|backwards|wrong way|"
                        r"other way|second thought|take that back|changed my mind|make")
