"""How to move, said alongside what to do: 'slowly', 'take your time', 'no need to hurry', 'nice and steady', 'in one
smooth motion', "don't drop it on the way", 'set it down softly', 'lift it high so it clears the tower, then put it in
W', 'come in from above and ...', 'grab X with your claw', 'use your gripper to ...', 'without knocking anything over'.
The skills move as they move: none of it changes the goal, so it is dropped. A thing named in it stays a constraint
('without touching X' is read elsewhere). Read among `speech.SPEECH`'s rules, first."""

from __future__ import annotations

_MANNERLY = r"(?:slowly|slow|gently|gentle|carefully|careful|softly|steadily|steady|easy|lightly|smoothly)"
_PUT = r"(?:set|put|place|drop|stack|move|bring|lower|lay|carry|take)"

MANNER: tuple[tuple[str, str], ...] = (
    (r"\b((?:place|put|set|drop|lay|pop|move) (?:it|them)),\s+(?=(?:in|into|on|onto|at|to) the\b)", r"\1 "),  # what 'place it, gently now, in W' leaves
    (r"^((?![^.;]*\b(?:each|every|all|any|both)\b)[^.;]*?\b(?:lift|take|get|pull|pick|fish|fetch) (?:the \w+ block|it|that one)) (?:out|up and out)(?=,? (?:and|then) (?:set|put|place|drop|lay|move|stand) (?:it|them|that one)(?: down| back)? (?:on|onto|in|into|at) the\b)", r"\1"),  # 'lift it out and set it down on the table'
    (r"(\bon (?:top of )?the \w+ block),\s*(?:with )?one (?:block |cube )?(?:on (?:top of )?|above |over )the other(?: one)?(?=\s*(?:[.;!,]|$))", r"\1"),  # 'Stack X on Y, one block on the other'
    (r",?\s*(?:with )?(?:the |its |all )?(?:edges|sides|corners|faces) (?:all )?(?:lined up|aligned|flush|matching|square|even)(?: (?:neatly|nicely|perfectly))?(?=\s*(?:[.;!,]|$))", ""),  # '..., edges lined up'
    (r"(\bon (?:top of )?the \w+ block),?\s*(?:dead|right|smack|bang|exactly)(?: in the)? (?:centre|center|middle)(?: of it)?(?=\s*(?:[.;!,]|$))", r"\1"),  # 'on Y, dead centre'
    (r"\s*\b(?:ever so|oh so)(?= (?:upon|on|onto|on top of|in|into|inside|at|to|down)\b|\s*(?:[,.;!]|$))", ""),  # 'lay it ever so gently upon Y' (the 'gently' gone)
    (r",?\s*nice and (?:square|neat|tidy|straight|level|flush|even|steady)\b|(?:(?<=\bsitting)|(?<=\bresting)|(?<=\bstacked)|(?<=\bperched)|(?<=\bplaced)) up(?= on\b)", ""),  # 'sitting up on Y, nice and square'
    (r"(?:(?<=\bblock)|(?<=\bstacked)|(?<=\bplaced)|(?<=\bset)|(?<=\bsitting)|(?<=\bsat)|(?<=\bit)) (?:dead |nice and )?(?:square|flush|level|centred|centered|straight)(?= (?:on top of|on|onto|in|into|at)\b)", ""),  # a carpenter's 'set X square on Y'
    (r"(?<=\bblock) (?:lashed|tied|strapped|fastened|secured|made fast)(?: down| up)?(?= (?:on top of|on|onto|in|into|inside|to)\b)", ""),  # a sailor's 'X lashed down on top of Y'
    (r",?\s*\b(?:while|whilst|when) (?:doing (?:so|this|that|it)|you do (?:it|so|that|this)|you (?:are|re) at it|you (?:are|re) (?:doing|moving) (?:it|that|this))\b|\s+in the process\b", ""),  # 'don't disturb X while doing so'
    (rf"\b(?:lift|raise|carry|hoist) (the \w+ (?:block|one)) (?:up )?(?:high|well|up high|way up)?(?: (?:up )?(?:above|over|off|out of|clear of) (?:the|it|them|"
     rf"everything)[\w ]*?)?(?: so (?:that )?it clears [\w ]+?)?(?: without (?:disturbing|knocking|touching) (?:it|them|the (?:tower|stack|pile)))?,? (?:and |then |"
     rf"and then )*({_PUT}) (?:it|that one)\b", r"\2 \1"),  # 'lift X high over the tower, then put it in W'
    (rf"\b(?:lift|raise|carry) (?:it|them) (?:out |up )?(?:high|up high)(?: first)?,? (?:and |then )?(?={_PUT}\b)", ""),  # 'lift them out high and put ...'
    (r"\b(?:come|reach|go|approach) (?:in )?from above(?: and| to)?\s*|\bbefore you (?:reach in|come in|go in|move anything|pick anything(?: up)?|touch "
     r"anything|start|lift anything)(?: from above)?,?\s*|^(?:without (?:disturbing|touching|moving) (?:the (?:stack|tower|pile)|anything)|hold still(?: for a "
     r"(?:second|sec|moment))?|(?:do not|never) move anything),?\s*(?=(?:tell me|what|which|where|how many|is|are|count)\b)", ""),
    (r"\s*\b(?:in|with|using) (?:your|the|its|a) (?:fingers|claw|claws|gripper|hand|grabber|pincers|fingertips)\b|\buse (?:your|the) (?:gripper|claw|hand|fingers) "
     r"(?:to |and )|\b(?:with|using) (?:your|the) (?:gripper|claw),?\s*", ""),  # 'grab X with your claw', 'use your gripper to ...'
    (r"\buse (?:your|the) (?:gripper|claw|hand) on (the [\w ]+?)\s*[:,]\s*it\b", r"\1"),  # 'use your gripper on X: it goes in the bin'
    (r"\b(lift|raise|take) (the \w+ block|it|them) (?:up )?high (?=off\b|out\b|from\b)", r"\1 \2 "),  # 'lift X high off Y'
    (r"\b(carry|move|bring|take) (the \w+ block|it) (?:up )?(?:high )?(?:over|above|around|past) (?:the|a|every) [\w ]+? (?=(?:to|into|onto|in|on)\b)", r"\1 \2 "),
    (r"\b(?:raise|lift) (the \w+ block) up and over,? and (set|put|place|drop|lower) it\b", r"\2 \1"),  # 'raise X up and over, and set it on Y'
    (r",?\s*(?:lifting|raising|taking) (?:each block|each one|them|it|every block) (?:straight )?up(?: first)?\b", ""),
    (r"[;,.]\s*lift (?:it|them) (?:up )?high(?: enough)?(?: to (?:get|go|clear|pass) (?:over|above|past) [\w ]+)?\s*[.!]?\s*$", ""),
    (r"[;,.]?\s*(?:and )?keep a (?:good|firm|steady|tight) grip(?: on (?:it|them))?(?: while you (?:carry|move|hold) (?:it|them))?", ""),
    (r"\bgo (?:over|around|above) (?:the top of )?the (?:stack|tower|pile|blocks?)(?: and)?\s*", ""),
    (r",?\s*(?:going|moving|steering) around (the \w+ block) so (?:it|that one) stays (?:put|where it is)", r", and leave \1 where it is"),
    (r"\bbe careful not to (touch|move|disturb|knock over|bump) ", r"do not \1 "),  # 'be careful not to touch X'
    (r"\bkeep the bin out of (?:it|this)\b", "but not into the bin"),
    (r"\bpinch\b", "take"),
    (r"\b(?:get|put|move|place) (the \w+ block) (?:into|in|to) [\w ]+?,? by (?:tucking|slipping|sliding|putting|placing|sticking|pushing) it (?:in )?(under|"
     r"underneath|beneath|below) ", r"put \1 \2 "),  # 'get X into its bowl by tucking it under Y': where Y is
    (rf"[,;.]?\s*\b(?:and )?(?:be (?:careful|gentle)(?: about it)?|take (?:your|my) time|there is no (?:rush|hurry)|no need to (?:hurry|rush)|no (?:rush|fuss|hurry|pressure)|nice and "
     rf"{_MANNERLY}|slow and steady|{_MANNERLY} now|easy does it|in one (?:smooth |single |clean )?(?:motion|go|movement|move)|keeping a (?:steady|firm|"
     rf"good) grip on (?:each|it|them|both)(?: of them)?|with a (?:steady|firm|gentle) (?:hand|grip)|(?:do not|never) drop (?:it|them|anything)(?: on the way| "
     rf"along the way| in transit)?(?=\s*(?:[,.;!]|$))|mind the (?:other blocks|others|tower|stack|rest)(?: on the way)?|(?:set|put) it down {_MANNERLY}|placed {_MANNERLY}|you "
     rf"will (?:have|need) to lift it (?:up )?high(?: first)?|you will want a (?:firm|good|steady) grip on it|keep (?:the|your) (?:arm|hand|gripper) steady"
     rf"(?: and)?|(?:but )?(?:go|take it) {_MANNERLY}|one (?:block )?at a time|without knocking (?:anything|something|it|them) over)\b[.!]?(?=\s*(?:[,.;:]|$|\w))", ""),
    (rf"^(?:{_MANNERLY}|steady),?\s+(?!not\b|to\b|of\b|with\b|about\b)(?=\w)", ""),  # 'Slowly, before you move anything, ...'
    (r"(\b(?:in|into|on|onto|at) (?:the \w+ (?:bowl|block|corner)|the bin|the middle|the table)),? (?:and |but )?(?:do |please )?(?:set|put|lay|place|lower) "
     r"(?:it|them) down(?: neatly| nicely| there)?\s*[.!]?\s*$", r"\1"),  # '... in W, and do set it down neatly': where it goes, said how
    (r"[;,.]\s*(?:and |but )?(?:(?:set|put|lay|place|lower) it down|go|do it|take it|placed|steady|easy|gentle|slow|careful|there is)\s*[.!]?\s*$", ""),  # '...; set it down softly', ', but go slowly' ('softly' dropped already)
    (r"\bbe careful to (?=leave|keep|not|avoid)", ""),  # 'be careful to leave X alone'
    (r"[;,.]?\s*(?:and |but )?(?:do not|never) let (?:the (?:stack|tower|pile|rest|others|other blocks)|the \w+ block|it|them|anything|any of them|that)(?: one)? "
     r"(?:fall|topple|tip|drop|collapse|tumble|crash)(?: over| down)?\b[.!]?(?=\s*(?:[,.;:]|$))", ""),  # "Don't let the stack fall."
)
