"""Orders, pairings, swaps and reversals said in everyday ways: 'X and Y into W and V, respectively', 'X, Y: the first to
W, the second to V', 'X and Y in each other's bowls', 'swap X and Y, but keep Z where it is', 'can X and Y switch?', 'what's
in W belongs in V, and what's in V belongs in W', 'stack X then Y on top of Z', 'stack them up: X first, then Y', 'the stack
gets flipped', 'rebuild it upside down', 'put X on Y first. Then reverse that pair'; two lists paired by 'respectively'
or 'in that order' in commands, wishes, goals, containers said first and questions (`RESPECTIVELY`, also read by
`questions`); the step said second that is done first ('A, but take X off Y first', 'A; before that, B'); towers listed
top to bottom with semicolons or 'with no other block in it'; each as the sentence the clause reader knows. Read among
`speech.SPEECH`'s rules, right after `wordings.WORDINGS`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx
from sim.core.lexicon import COLOURS

_COLOUR = "|".join(COLOURS)
_PLACE = r"the (?:(?:\w+ )?(?:block|bowl|one)|bin|table|middle(?: of the table)?|(?:top|bottom) (?:left|right) corner)"
_PREP = r"(?:on top of|into|inside|onto|in|on|to|at|for)"
_AND = r"(?:,? and |, )"
_TARGETS_RE = re.compile(rf"(?P<p>{_PREP}) {_PLACE}(?:{_AND}(?:{_PREP} )?{_PLACE})+$")
_HOLDERS_RE = re.compile(rf"^(?P<w>{_PLACE}(?:{_AND}{_PLACE})+),? (?P<v>(?:should |must |will |are to |need to |have to )?(?:hold|contain|get|take|receive|end up with)) "
                         rf"(?P<o>.+)$")


def each_named(text: str) -> str:
    """'the green, pink and blue blocks' -> 'the green block, the pink block and the blue block'."""
    return rx(rf"\bthe ((?:(?:{_COLOUR}),? (?:and )?(?:the )?)+(?:{_COLOUR})) (block|bowl)s?\b").sub(
        lambda m: " and ".join(f"the {c} {m[2]}" for c in rx(r",? (?:and )?(?:the )?|,").split(m[1])), text)


def _listed(text: str) -> list[str]:
    """'X, Y and Z' -> each named alone, with its article."""
    return [p if p.startswith("the ") else f"the {p}" for p in rx(_AND).split(text) if p]


def _respective(m: re.Match[str]) -> str:
    """'put X and Y in W and on the table, respectively' -> 'put X in W and put Y on the table'; 'are X and Y in W and V
    respectively?' -> 'is X in W and is Y in V?'; the sentence as said when the two lists do not pair up."""
    before, after = m["before"].rstrip(" ,"), m["after"].lstrip(" ,")
    before = rx(r"\b(?:(?:in|into) (?:its|their) own (?:bowl|bowls)|(?:to|in|on) (?:its|their) own (?:place|spot)s?)\s*[:,-]\s*(?=the )").sub("in ", rx(r"\beach of (?=the )").sub("", before))
    start = rx(r"^.*(?:,\s*(?:and\s+)?then|\bthen|,\s*and|:)\s+").match(before)  # 'first A, then move X and Y to W and V respectively': the last clause
    said_first, before = (start[0], before[start.end():]) if start else ("", before)
    for said, rest in ((f"{before} {after}".strip(), ""), (before, f", {after}" if after else "")):
        said = each_named(rx(r",?\s*(?:and )?not (?:the other way (?:round|around)|vice versa|the reverse)$").sub("", said))
        if holders := _HOLDERS_RE.match(said):  # 'W, the bin and V should hold X, Y and Z': containers first
            pairs = list(zip(_listed(holders["o"]), (f"in {w}" for w in _listed(holders["w"]))))
            if len(pairs) == len(_listed(holders["w"])) == len(_listed(holders["o"])):
                return " and ".join(f"{o} should be {t}" for o, t in pairs) + rest
            continue
        if (targets := _TARGETS_RE.search(said)) is None:
            continue
        head, places, prep = said[: targets.start()].rstrip(" ,"), [], targets["p"]
        for item in rx(_AND).split(said[targets.start():]):
            said_prep = rx(rf"^{_PREP}\b").match(item)
            prep = said_prep[0] if said_prep else prep
            places.append(rx(r"^for ").sub("in ", item if said_prep else f"{prep} {item}"))  # 'X and Y are for W and V': in them
        if two := rx(r"^(?:take|grab|get|pick up) (.+?),? (?:and|then) (put|move|place|drop|set) (?:them|both|those|these)(?: both)?$").match(head):
            pre, objects, mid = f"{two[2]} ", two[1], ""  # 'take X and Y and put them in W and V'
        elif lead := rx(r"^(?:(?P<v>put|move|place|set|drop|bring|transfer|shift|stick|get)|(?P<q>is it true that |are |is )?(?P<pre>.*?))\b(?P<o>the .+?)"
                        r"(?P<mid>(?: (?:should|must|need to|needs to|have to|has to|will|are to|are|is|go|goes|belong|belongs|end up|ends up|get|be|moved|put|"
                        r"placed|sit|sits|stay|stays|all|both|each|one|at the end|afterwards|meant|intended|supposed to|to go))*)$").match(head):
            pre, objects, mid = (f"{lead['v']} " if lead["v"] else (lead["q"] or "") + lead["pre"]), lead["o"], lead["mid"]
        else:
            continue
        items = _listed(objects)
        if rx(r"\b(?:meant|intended|supposed to)\b").search(mid) or said[targets.start():].startswith("for "):
            mid = " should go"  # 'X and Y are (meant) for W and V': where each goes
        if len(items) != len(places) or len(items) < 2:
            continue
        if pre.strip() in ("are", "is"):  # a question: each pair asked in turn
            return said_first + " and ".join(f"is {o} {p}" for o, p in zip(items, places)) + rest
        verb = pre if rx(r"(?:put|move|place|set|drop|bring|transfer|shift|stick|get) $").fullmatch(pre) else ""
        return said_first + pre + " and ".join(f"{verb if k else ''}{o}{mid} {p}" for k, (o, p) in enumerate(zip(items, places))) + rest
    return m[0]


def _first(m: re.Match[str]) -> str:
    """'A, but B first' -> 'B, then A'; B's 'it' is the block A names last ('put X in the bin, but before it goes, take Y off it')."""
    named = rx(r"\bthe \w+ block\b").findall(m[1])
    first = rx(r"\bit\b").sub(named[-1], m[2]) if named else m[2]
    return f"{first}, then {m[1]}"


RESPECTIVELY = ((r"(?:^|(?<=[.;?!] ))(?P<before>[^.;?!]*?),?\s*\b(?:respectively|in that order|in the same order|in order)\b,?(?P<after>[^.;?!]*)", _respective),)

PAIRINGS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    *RESPECTIVELY,
    # the step said second that is done first: 'A, but take X off Y first', 'A, but before it goes, B', 'A; before that, B'
    (r"^(.+?),?\s*(?:but|and) ((?:take|lift|move|get|clear|empty|remove|put|set) (?:the \w+ (?:block|bowl)|it)\b[^.;]*?),? first$", _first),
    (r"^(.+?)(?:,?\s*but|[.;])\s*before (?:it goes|it does|that|that happens|you do|you do that|you do so|doing (?:that|so)|then)(?:,? though)?,?\s*(.+)$", _first),
    (r"\b(move|take|lift|get|set) (the \w+ block) (?:off|from on top) (?:of )?(?:it|the \w+ block)(?: down)? (onto|to|on|into|in) ", r"\1 \2 \3 "),  # 'move Y off it onto the table'
    (r"\b(tower|stack|pile)(?:,? with| of)? (?:no other blocks?|nothing else|only these(?: blocks)?|just these(?: blocks)?)(?: in it)?\b|,? with (?:no other blocks?|nothing "
     r"else) in it(?=\s*(?:[.;]|$))", lambda m: m[1] or ("" if rx(r"\b(?:tower|stack|pile)\b(?!.*\bbowl\b)").search(m.string[:m.start()]) else m[0])),  # 'a tower with no other block in it, top to bottom: X, Y, Z': only those listed; a bowl's is kept
    (r"\b((?:tower|stack|pile)\b[^.;:]*[:,]\s*)((?:the )?\w+(?: block)?(?:\s*;\s*(?:(?:and|then) )?(?:the )?\w+(?: block)?)+)(?=\s*(?:[.]|$))",
     lambda m: m[1] + rx(r"\s*;\s*").sub(", ", m[2])),  # 'one tower, top to bottom: X; Y; Z': a list, not three steps
    (r"\b((?:to|into|in) the \w+ bowl\b[^.;]*?\bto the \w+) one\b", r"\1 bowl"),
    (rf"\b((?:in|into|on|onto|at|to) the [\w ]+?(?:,|;|,? and)) the ({_COLOUR})(?: one| block)?, (?=(?:in|into|on|onto|on top of|at|to) the\b)", r"\1 the \2 block "),
    # 'X on Y, the green, in W': gapped after a place (not 'move its bottom block, the blue block, to the top')  # 'X to the red bowl, Y to the white one': the parallel kind
    (r"(?:^|(?<=[.;] ))(?:(?:i|we) (?:would like|want|need) |(?:please )?(?:have|get) )?(the [^.;]+?) (?:stacked|piled|built)(?: up)?,? so that,? ((?:from )?(?:the )?(?:top "
     r"(?:down|to (?:the )?bottom)|bottom (?:up|to (?:the )?top))),? (?:they|the blocks|the colou?rs) (?:come|are|go|sit|stand|appear|read|run) in (?:that|this|the same|"
     r"the given|the listed) order\b", r"stack \1 in that order, \2"),  # 'stacked so that, from the top down, they come in that order'
    (r"(?:^|(?<=[.;] ))(?:(?:i|we) (?:would|should) (?:like|love) to see |(?:i|we) (?:would like|would love|want|need) |(?:please )?(?:have|get) )?(the [^.;]+? blocks?) "
     r"(?:stacked|piled)(?: up)? (?=in (?:that|this|the same|the given|the listed) order\b)", r"stack \1 "),  # 'I should like to see X, Y and Z stacked in that order'
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
