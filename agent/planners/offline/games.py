"""A request dressed up as play, with the game taken off: 'Simon says: ...', 'Level 2: ...', 'Your mission, should you
choose to accept it, is to ...', 'Quest: rescue X from W and bring it to the table', 'Challenge round! For ten points,
...', '... and you score a hundred points!', 'Level 2 is complete once X is in W', 'Agent, your target is X. Drop the
target into ...'. Read among the first of `speech.SPEECH`'s rules."""

from __future__ import annotations

_POINTS = r"(?:a hundred|\w+) (?:points|pts|stars|coins|gold stars)"

GAMES: tuple[tuple[str, str], ...] = (
    (r"^(?:full|total|complete|team) wipe\s*[,.!:;-]\s*", ""),  # a gamer's 'full wipe, every single block into the bin gg'
    # the frame before the request
    (r"^(?:(?:simon says\W*|(?:level \w+|round \w+|quest|mission|challenge(?: round)?|final challenge|bonus round|boss level|top secret|"
     r"secret code|treasure count|quiz time|riddle(?: quest)?|make believe time|make believe|game on|for the jackpot|ready,? set,? go|no buzzers,? "
     r"no tricks|mission briefing|agent)\s*[:!,.;-]+\s*))+", ""),
    (r"^your (?:mission|task|quest|challenge),?(?: (?:agent|should you (?:choose|decide) to (?:accept|except) it))?,? is to ", ""),
    (rf"^(?:for|to (?:win|earn|get|score)) (?:the (?:jackpot|prize|win)|{_POINTS}|bonus points)\W+", ""),
    (r"^to (?:beat|pass|win|finish|clear) (?:this|the) (?:level|round|game|quest|challenge),? ", ""),
    (r"^for this (?:quest|level|round|mission|challenge),? ", ""),
    (r"^(?:level|round|stage) \w+ is (?:complete|done|won|cleared|finished) (?:once|when|if) ", ""),
    (rf",?\s*(?:and|to) (?:you )?(?:score|win|earn|get) {_POINTS}\W*$", ""),
    (r",?\s*\+?\w+ points if\b", ", "),
    (r"^let us play (?:a |an |the |some )?\w+(?: \w+)?\W+", ""),
    # the game's words for the moves: 'rescue X from W', 'X hides in W', 'X goes to bed in W', 'get it out'
    (r"\b(?:hides?|lives?|sleeps?|goes to bed|go to bed|goes to sleep|nests?) (in|inside|into) (?=the \w+ bowl|that bowl|the bin|its|their)", r"goes \1 "),
    (r"\bget (it|them|the \w+ block) out\b(?! of| from)", r"take \1 out"),
    (r"\brescue (the \w+ block) from (the \w+ (?:bowl|block)|the bin) and (?:bring|take|carry) it to ", r"take \1 out of \2 and put it on "),
    (r"\brescue (the \w+ block) from (the \w+ (?:bowl|block)|the bin)\b", r"take \1 out of \2"),
    # 'your target is X. Drop the target into ...': the thing named
    (r"^your target is (the [\w ]+?)[.;:]\s*(\w+) the target\b", r"\2 \1"),
)
