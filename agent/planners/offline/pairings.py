"""Orders, pairings, swaps and reversals said in everyday ways: 'X and Y into W and V, respectively', 'X, Y: the first to
W, the second to V', 'X and Y in each other's bowls', 'swap X and Y, but keep Z where it is', 'can X and Y switch?', 'what's
in W belongs in V, and what's in V belongs in W', 'stack X then Y on top of Z', 'stack them up: X first, then Y', 'the stack
gets flipped', 'rebuild it upside down', 'put X on Y first. Then reverse that pair'; each as the sentence the clause reader
knows. Read among `speech.SPEECH`'s rules, right after `turns.TURNS`."""

from __future__ import annotations

import re
from collections.abc import Callable

PAIRINGS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r"^(.*?)(the \w+ block) ((?:in|into|on|onto|at) the [\w ]+?),? and (the \w+ block) ((?:in|into|on|onto|at) the [\w ]+?)\s*[;,.]\s*(?:(?:on second thought|"
     r"actually|no wait|wait|hmm|oh|or rather|scratch that|no|sorry|nope),?\s*)*(?:(?:swap|switch|reverse|flip) (?:them|those|that|the two|it)(?: round| around| over)?|(?:make "
     r"it |do it |have it )?(?:the other way (?:round|around)|vice versa))\s*$",
     r"\1\2 \5 and \4 \3"),  # 'X in W and Y in V; on second thought, swap them round': X in V, Y in W
    (r"\bswap (?:in (the \w+ (?:block|cube))|(the \w+ (?:block|cube)) in) (?=(?:on top of|on|onto|in|into) the )", r"put \1\2 "),  # 'swap in X on Y'
    (r"\bthe (\w+)(?: block)? and (?:the )?(\w+) blocks? (in|into) (?:each other|one another)(?:'s| s|s)? bowls\b", r"the \1 block \3 the \2 bowl and the \2 block \3 the \1 bowl"),
    (r"\b(?:stack|pile|put|place) (the \w+ (?:block|cube)),? (?:and )?then (the \w+ (?:block|cube)) (?:on top of|on|onto|atop) (it|the \w+ (?:block|cube))(?: in that order)?\b",
     r"put \1 on \3, then put \2 on \1"),  # 'stack X then Y on top of Z': X on Z, Y on X
    (r"^(?:first,? )?(?:move|put|place|set) (the \w+ (?:block|cube)) (to|in|into|on|onto|at) (the [\w ]+?),? and (the \w+ (?:block|cube)) (to|in|into|on|onto|at) "
     r"(the [\w ]+?)\s*[;,.]\s*(?:and )?(?:then|after that|afterwards|next|finally),? (?:swap|switch|interchange|exchange|trade) (?:them|the two|both|those two|the pair|"
     r"their (?:places|positions|spots))(?: around| over| round)?$", r"move \1 \5 \6 and \4 \2 \3"),  # '... then swap them': where each ends up
    (r"^(?:take|grab|get) (the (?:tower|stack|pile)\b[^,.;]*?),? (?:and|then) (?:re ?build|build|put|stack|set) it(?: back)?(?: up)? (?=upside down|the other way|in reverse)",
     r"flip \1 "), (r"^(?:re ?build|re ?stack) (the (?:tower|stack|pile)\b[^,.;]*?|it) (?=upside down|the other way|in reverse)", r"flip \1 "),
    (r"^(?:stack|pile|build) (?:them|the blocks|it|a tower)(?: up)?,\s*(?:the )?(\w+) block (?:first|at the bottom),? (?:then|next) (?:the )?(\w+) block,? (?:and |then )*"
     r"(?:the )?(\w+) block(?: goes| on| at)*(?: last)?(?: on top| at the top)?$", r"put the \2 block on the \1 block, then put the \3 block on the \2 block"),
    (r"^(?:(?:put|place|move|drop|set|stick|pop) )?(?:the )?(\w+)(?: block)? and (?:the )?(\w+) blocks? (?:(?:go|goes|belong|are meant|are|should go|need to go) )?(?:for |into |in "
     r"|to |onto |on )(?:the )?(\w+)(?: bowl)? and (?:the )?(\w+) bowls?,? (?:respectively|in that order|in order)$", r"put the \1 block in the \3 bowl and put the \2 block in the \4 bowl"),
    (r"^(?:(?:put|place|move|drop|set|stick|pop) )?(?:the )?(\w+ block),? (?:and )?(?:the )?(\w+ block)[,;.]+\s*(?:and )?(?:the )?first(?: one)? (?:goes |should go )?(to|in|into|on|onto) "
     r"(the [\w ]+?),? (?:and )?(?:the )?second(?: one)? (?:goes |should go )?(to|in|into|on|onto) (the [\w ]+?)$", r"put the \1 \3 \4 and put the \2 \5 \6"),
    (r"\b(?:the )?(?:order of the )?blocks (?:in|of) (the (?:tower|stack|pile))\b", r"\1"),
    (r"\b(the (?:tower|stack|pile)) (?:that|which) (the \w+ block) (?:belongs to|is in|is part of|sits in)\b", r"\1 with \2"),
    (r"^(?:i|we) (?:need|want|would like|d like) (the (?:tower|stack|pile)\b.*?) (?:inverted|flipped|reversed|turned upside down|upside down|flipped over)$", r"flip \1 upside down"),
    (r"^(the (?:tower|stack|pile)\b.*?) (?:gets|should get|must get|needs to get|needs to be|should be|must be|is to be|has to be) (?:flipped|inverted|reversed|turned upside down)"
     r"(?: over| around| round)?\b[^.;]*$", r"flip \1 upside down"),
    (r"^(?:let s |lets |let us )?(?:put|stack|place|set) (the \w+ block) (?:on|onto|on top of) (the \w+ block)(?: first)?[.;,]\s*(?:and )?(?:then|after that|next),? (?:reverse|flip|"
     r"invert|swap|switch) (?:that pair|the pair|them|the two|it|that stack|the stack|that tower|the tower)(?: around| over| upside down)?$", r"put \2 on \1"),
    (r"^(?:what is|whatever is|everything|the blocks?) in (the \w+ bowl) (?:belongs|belong|goes|go|should go|must go|needs to go) (?:in|into|to) (the \w+ bowl),? and "
     r"(?:what is|whatever is|everything|the blocks?|the ones?) in \2 (?:belongs|belong|goes|go|should go|must go|needs to go) (?:in|into|to) \1$", r"swap what is in \1 and \2"),
    (r"^(?:no,? )?not (the \w+ bowl|the bin) for (the \w+ (?:block|one|cube)),? (?:but )?(?:it (?:gets|goes|is|should be) (?:\w+ )?(?:in|into) )?(the \w+ bowl|the bin)\b",
     r"\2 goes in \3"),  # 'not W for X, V!'
    (r"^(?:can|could|will|would) (the \w+ (?:block|cube)) and (the \w+ (?:block|cube)) (?:switch|swap|trade|exchange)(?: places| spots| positions| around| over)?"
     r"(?:[.?!]*\s*(?:(?:i|we) (?:want|would like|d like) (?:them|those|the two)(?: to be)? (?:switched|swapped|traded)(?: around| over)?))?\W*$", r"swap \1 and \2"),
    (r"^((?:turn|flip|reverse|invert)\b[^,;.]*?\b(?:tower|stack|pile)\b[^,;.]*?),? (?:and |but )?without (put|plac|dropp|us|mov|touch)ing\b",
     lambda m: f"{m[1]}. do not {m[2].removesuffix('p') if m[2] == 'dropp' else m[2] + 'e' if m[2] in ('plac', 'us', 'mov') else m[2]}"),  # 'turn the tower upside down without putting anything in the bin'
    (r"^((?:swap|switch|exchange|trade|interchange) (?:the )?\w+ (?:block|cube) (?:and|with) (?:the )?\w+ (?:block|cube))(?: around| over| round)?,? (?:and |but )+"
     r"(?=(?:keep|leave|do not|don t|dont|never|without|make sure)\b)", r"\1. "),  # 'swap X and Y, but keep Z where it is': two sentences
)
