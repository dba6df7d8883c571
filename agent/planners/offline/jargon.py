"""The words of the shop floor, the lab and the warehouse, each said as the request the clause reader knows: 'retrieve X
from W' (take it out), 'stage / deposit / park X at P' (put it there), 'scrap X', 'send X to scrap', 'X is scrap' (the
bin), 'load X and Y into W', 'W is the tote: load it with X', 'pull X, ship to bin', 'parcel for W: X'; a postman's and
a bus driver's ('next stop W. drop X off there', 'Y gets off at the bin'). Terms that need a definition ('singulate',
'palletize') are read from the definition said with them. Read among the first of `speech.SPEECH`'s rules."""

from __future__ import annotations

import re
from collections.abc import Callable

_X = r"(the \w+ (?:block|cube)(?: and the \w+ (?:block|cube))?|it|them)"  # one block or two, named

JARGON: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    (r",?\s*\bbut negative on (the bin|the table|the \w+ bowl)\b", r", but not into \1"),  # a pilot's '..., but negative on the bin'
    # a bus driver's: 'next stop W. drop X off there', 'X's last stop is W', 'Y gets off at the bin', 'that one does not get off', 'first stop, ... second stop, ...'
    (r"^(?:(?:next|first|last|final) )?stop,?\s*(the [\w ]+?)[.,:;]\s*(?:drop|let|put|set) (the \w+ block) off(?: there| here)?\b", r"put \2 in \1"),
    (r"\b(the \w+ block)(?: s|'s)? (?:last|final|next) stop (?:is|will be|s) (the [\w ]+?)(?=\s*(?:[.;,!]|$))", r"put \1 in \2"),
    (r"^(?:every block|everybody|everyone|every one) (in the \w+ bowl),? all (?:off )?(?:at|in|into) (the bin|the \w+ bowl)(?: please)?(?:,? every (?:last )?block)?", r"put every block \1 in \2"),
    (r"^(?:last|final|next|first) stop for (?:the |all the |all )?blocks\s*[:,]\s*(?:all of them|everyone|everybody)?\s*", "put all the blocks "),
    (r"\b(?:drop|let) (it|them|that one|the \w+ block) off (?=(?:in|at|into) )", r"put \1 "), (r"\bgets? off at\b", "goes in"),
    (r"\b(?:does not|doesn t|do not|don t) get off\b", "stays where it is"), (r",?\s*no detours\b", ""), (r"\briding (?=on |in )", ""),
    (r"(?:^|(?<=[.;] ))(first|second|third|next|last|final) stop\s*[,:]\s*(?=the \w+ block\b)", lambda m: "first " if m[1] == "first" else "then "),
    (r"^(?:a |one )?(?:parcel|package|delivery|drop(?: off)?) for (the \w+ bowl|the bin|the (?:top|bottom) (?:left|right) corner|the middle)\s*[:,]\s*(?:please )?(?:drop off|deliver|drop) "
     r"(the \w+ block)(?: off)? there\b", r"put \2 in \1"),  # 'Parcel for W: drop off X there, please.'
    (r"\b(the \w+ block) is addressed to (the [\w ]+?)(?:,? so that(?: is| s) where (?:it|they) (?:should|must|has to|needs to|will) (?:end up|go|be|stay))?(?=\s*(?:[.;,!]|$))", r"put \1 in \2"),
    (r"\b(one|two|three|four|five) parcels? for (?=the bin\b|the \w+ bowl\b)", r"put \1 blocks in "), (r"\b(no|any|all|all the|every|the) parcels\b", r"\1 blocks"),
    (r"^(?:a |one )?(?:parcel|package|delivery|drop(?: off)?) for (the \w+ bowl|the bin|the (?:top|bottom) (?:left|right) corner|the middle)\s*[:,]\s*(the \w+ block)"
     r"(?:[.;,]\s*(?:it|that one) (?:goes|belongs) (?:in|into|on|at)? ?there)?", r"put \2 in \1"),  # a postman's 'Parcel for W: X. It goes in there.'
    (r"\b(?:bowl (?:stuff|things|blocks|ones)|(?:the )?(?:stuff|things) in (?:the )?bowls)\b", "the blocks in bowls"),  # 'bowl stuff doesn't go in the bin'
    (r"\bgone[.;,]\s*(?:in(?:to)? the )?bin(?: (?:them|it|both|those))?\s*[.!]*$", "in the bin"),  # 'I want X and Y gone. Bin.'
    (rf"\bretrieve {_X} from (the \w+ (?:bowl|block)|the bin)\b", r"take \1 out of \2"),
    (rf"\b(?:stage|deposit|park|dock|drop off|spot) {_X} (at|in|into|on|onto) ", r"put \1 \2 "),
    (rf"\b(?:send|move|take|route) {_X} to (?:the )?(?:scrap|disposal|reject|rejects)(?: bin| pile)?\b", r"put \1 in the bin"),
    (rf"\bscrap {_X}(?!.*\b(?:destination|bin)\b)", r"put \1 in the bin"),  # where it goes said later: read as it was
    (r"\b(the \w+ (?:block|cube)(?: and the \w+ (?:block|cube))?) (?:gets|get|is|are) scrapped\b", r"put \1 in the bin"),
    (rf"\bload {_X} (?:in|into|onto) (the \w+ bowl)\b", r"put \1 in \2"),
    (rf"\b(?:ship|dispatch) {_X} to (?:the )?bin\b", r"put \1 in the bin"), (r",\s*(?:ship|send|dispatch|route)(?: it)? to (?:the )?bin\b", ", put it in the bin"),  # a picker's 'pull X, ship to bin'
    (r"^(the \w+ bowl) is the (?:tote|bowl|tray|container|receiving vessel),? (?:i want it |please )?(?:load|loaded|fill|filled) (?:it )?with (.+)$",
     r"put \2 in \1"),
    (r"^(?:run|do|perform) (?:a |one )?(?:quick |simple )?pick[- ]and[- ]place(?: (?:for me|job|task|operation))?\s*[:,]\s*", ""),  # a technician's 'run a quick pick-and-place for me: ...'
    (r"\bpopulate (the \w+ bowl) with ([^,.;]+)", r"put \2 in \1"), (r"\bkeep (the \w+ bowl)(?: s)? contents (?:as[- ]is|as they are|unchanged|untouched)(?:,? no changes(?: there)?)?", r"leave \1 alone"),
    # a chef's: 'plate X in W, chef's waiting', 'both plated up in W', 'Clear down the pass: ...', 'that one stays on my station'
    (r"\bplate(?: up)? (?=(?:the|it|them|both|all)\b)", "put "), (r"\b(?:plated|dished)(?: up)? (?=in|into|on)\b", ""),
    (r",?\s*\b(?:the )?chef(?: s|'s| is) waiting\b|^clear down (?:the )?(?:pass|station|bench|line|table)\s*[:,.]\s*|\s*\bon my (?:station|bench|board|pass|table)(?= where (?:it|they) (?:is|are)\b)", ""),
)

# the same talk in questions: a label first ('Stock count for W, please: how many blocks does it hold?', 'State query:
# ...'), 'carrying a block on top', 'supporting X', 'Bowl holding X: which one?'
JARGON_ASKED: tuple[tuple[str, str], ...] = (
    (r"^(?:stock count|inventory(?: check)?|count check|line check|state query|status(?: check)?|query)(?: for (the \w+ (?:bowl|block)))?,?(?: please)?\s*[:,]\s*"
     r"(.*?)\b(?:it|that one)\b", r"\2\1"),
    (r"^(?:stock count|inventory(?: check)?|count check|line check|state query|status(?: check)?|query)(?: for the \w+ \w+)?,?(?: please)?\s*[:,]\s*", ""),
    (r"\b(?:(?:are|is) )?(?:carrying|supporting|holding up) (a|another) block on top(?: of (?:them|it))?", r"have \1 block on top of them"),
    (r"\bwhich block is (?:directly )?(?:supporting|holding up|carrying) (the \w+ block)", r"which block is under \1"),
    (r"^(bowl|block) (?:holding|containing|with) (the \w+ block)(?: in it)?\s*[:,]\s*(?:which one|which)\s*\?*$", r"which \1 holds \2?"),
)
