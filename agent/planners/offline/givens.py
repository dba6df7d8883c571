"""What the table is like now, said before the request as context ('Status: X is on Y at the moment. Take it off.', 'I
notice W is empty right now. Put X in it.', 'See the bin? It's empty. Put three blocks in it.', 'X is in W. Is Y in there
too?'). Such a sentence is no goal: it is set aside, and what it names is what the next sentence's 'it', 'them', 'that
bowl' or 'there' points at. A fact said without 'now' or the like is set aside only when the next sentence points back
at it; else it may be a goal ('X is on Y. Put Z in the bin.'). Read by `discourse.told` on the sentences of a message."""

from __future__ import annotations

import re

from agent.planners.offline.words import VERB_RE
from agent.regex import rx

_NOW = r"right now|at the moment|currently|at present|as things stand|as it stands|as of now|presently"
_LEAD = (r"^\W*(?:(?:so|okay|ok|right|well|um+|uh+|like|and|but|also|fyi|note|context|for context|background|status(?: update| report| check)?|"
         rf"current state|situation|observation|update)\W+)*(?P<now>(?:(?:{_NOW})\W+)?(?:i (?:can )?(?:notice|see|observe|spot)|i(?:'ve| have) noticed|"
         r"(?:it )?looks like|it seems|as you can see|you can see|note that)?)(?: that)?,?\s*")
_THING = r"the \w+ (?:block|bowl|cube)|the bin"
_SUBJECT = rf"(?P<subject>(?:{_THING})(?:(?:,|,? and) (?:{_THING}))*|it|they)"
_FACT_RE = re.compile(rf"{_LEAD}{_SUBJECT}(?:'s|'re| is| are| has| have| sits| sit| lies| lie| rests| rest| holds| contains| isn't| aren't|"
                      rf" is not| are not| doesn't| does not)\b(?P<rest>[^?]*?)\W*$", re.IGNORECASE)
_A_BLOCK_RE = re.compile(rf"\bthere(?:'s| is) (?:a|one) (?:\w+ )?block (?:sitting |resting |lying )?(?P<where>(?:on top of|on|in|under) "
                         rf"(?:{_THING}))\W*(?:{_NOW})?\W*$", re.IGNORECASE)
_HOLDS_RE = re.compile(rf"{_LEAD}(?P<place>the \w+ bowl|the bin) (?:has|holds|contains) (?P<subject>(?:{_THING})(?:(?:,|,? and) (?:{_THING}))*)(?: in it)?"
                       r"(?P<rest>[^?]*?)\W*$", re.IGNORECASE)
_THERE_RE = re.compile(rf"{_LEAD}there(?:'s| is| are) (?P<what>nothing|no \w+|(?:just |only )?(?:one|a|a single|two|three|four|some|a few) (?:\w+ )?blocks?) "
                       rf"(?:sitting |lying |resting |stacked )?(?P<prep>on top of|on|in|inside|under) (?P<place>{_THING})\W*(?:{_NOW})?\W*$", re.IGNORECASE)
_ON_TOP_RE = re.compile(rf"{_LEAD}(?P<x>the \w+ block) (?:has|has got|'s got) (?:a block|something|another block|one|a cube)(?: sitting| stacked| resting)? "
                        rf"on (?:top(?: of it)?|it)\W*(?:{_NOW})?\W*$", re.IGNORECASE)  # 'X has a block on top; put that one in W'
_COUNT_RE = re.compile(rf"{_LEAD}(?:there (?:are|is) )?(?P<n>one|two|three|four|five|six|\d|some|a few|several) (?:of the )?blocks? (?:are|is) (?:sitting |lying |"
                       rf"resting |stacked )?(?P<prep>in|inside|on|on top of) (?P<place>{_THING})\W*(?:{_NOW})?\W*$", re.IGNORECASE)  # 'two blocks are in W now'
_MINE_RE = re.compile(r"^\W*i(?:'m| am| will|'ll) (?:going to |gonna |about to |planning to |soon |later )?(?:put|move|place|add|drop|stack|set)\b[^?]*$",
                      re.IGNORECASE)  # the speaker's own plan, before a question: 'I'm going to put X in W. Is that bowl empty?'
_HEADER_RE = re.compile(r"^\W*(?:right now|currently|at the moment|at present|status(?: update| report)?|as things stand|as it stands|current state|"
                        r"situation|here is (?:how|what) (?:it|things) (?:is|are|looks?)(?: now)?)\W*$", re.IGNORECASE)
_POINT_RE = re.compile(rf"^\W*(?:(?:do you |can you )?see|look at|notice|spot) (?P<subject>{_THING})(?: [^?]*)?\?\s*$", re.IGNORECASE)
_NOW_RE = re.compile(rf"\b(?:{_NOW}|now|status|i (?:can )?(?:notice|see|observe)|i(?:'ve| have) noticed|looks like|as you can see)\b", re.IGNORECASE)
_WISH_RE = re.compile(r"\b(?:should|must|shall|want|wants|wanted|like|need|needs|please|could|would|can|will|put|move|take|place|stack|bin|"
                      r"make|go|goes|end up|ends up|instead|then|first|but|by the end|when you|yet|wrong|at the end)\b|\?", re.IGNORECASE)
_BACK_RE = re.compile(r"\b(?:in there|(?<!is )(?<!are )there(?! (?:is|are|was|were)\b)(?!['\u2019]s)|(?<!where )(?<!as )(?:it|them)(?! (?:is|are) "
                      r"(?:now|right now))|that one|this one|that bowl|this bowl|that block|this block|those blocks|those ones|the ones|"
                      r"those(?: two)?|these(?: two)?|both of them|(?:that|this) (?:stack|tower|pile))\b", re.IGNORECASE)  # words that point back
_PLACE_RE = re.compile(rf"\b(?:in|inside|on|on top of|at) ({_THING}|the table)\b", re.IGNORECASE)
_SCENE_RE = re.compile(r"\b(?:in|inside|on|on top of|at|under|beneath|empty|full|clear|free|loose|alone|by itself|on its own|stacked|nothing)\b",
                       re.IGNORECASE)  # what a fact about the table says: where a thing is, or what a bowl or a block holds
_MORE_RE = re.compile(rf"\band ({_THING}) (?:is|'s|sits|lies|rests)\b", re.IGNORECASE)  # 'X is on the table and Y is in W'
_TOGETHER_RE = re.compile(r"\bother way (?:round|around)\b|\bthe (?:reverse|opposite)\b|\b(?:flip|flipped|swap|swapped|switch|switched|invert|inverted|"
                          r"upside down)\b|\b(?:it|they|that)(?:'s| is)? (?:shouldn't|should not|must not|mustn't|isn't supposed to|is not supposed to|"
                          r"isn't meant to|is not meant to) be\b(?! (?:in|on|at|inside|under)\b)", re.IGNORECASE)
_PLURAL = ("them", "those blocks", "those ones", "the ones", "those", "these", "those two", "these two", "both of them")


def set_aside(parts: list[str]) -> list[str]:
    """The sentences with each one that only says how things are now set aside, its things carried into the next."""
    i, now = 0, False
    while i < len(parts) - 1:
        part, after = parts[i], parts[i + 1]
        point, a_block, fact = _POINT_RE.match(part), _A_BLOCK_RE.search(part), _FACT_RE.match(part)
        holds, there, count = _HOLDS_RE.match(part), _THERE_RE.match(part), _COUNT_RE.match(part)
        said_now = now or bool(_NOW_RE.search(part))
        named: tuple[list[str], str] | None = None  # the things named, and the place the last one is at
        if _TOGETHER_RE.search(after):
            pass  # 'X is on Y now. I want it the other way round', '... It shouldn't be, so take it off': read together
        elif _HEADER_RE.match(part):  # 'Right now:' and a list of how things are
            now, named = True, ([], "")
        elif point:
            named = ([point["subject"]], point["subject"])
        elif a_block and rx(r"\W*which (?:one|block) is (?:it|that)\W*$", re.I).match(after):
            parts[i + 1], named = f"What is {a_block['where']}?", ([], "")  # "there's a block on X. Which one is it?"
        elif holds and not _WISH_RE.search(holds["rest"]) and (said_now or _asks(after)):
            named = (_listed(holds["subject"]), holds["place"])  # 'W has X in it now. Leave that one and put Y in there'
        elif _MINE_RE.match(part) and after.rstrip().endswith("?") and (said := rx(_THING, re.I).findall(part)):
            named = (said[:1], next((t for t in said[::-1] if not t.lower().endswith("block")), said[-1]))
        elif (on_top := _ON_TOP_RE.match(part)) and _asks(after):
            named = ([f"the block on {on_top['x']}"], on_top["x"])
        elif count and (said_now or _asks(after)):  # 'Two blocks are in W right now. Put the ones that aren't pink on the table.'
            named = ([f"the {'block' if count['n'] == 'one' else 'blocks'} {count['prep']} {count['place']}"], count["place"])
        elif there and (said_now or _asks(after)):
            none = there["what"] == "nothing" or there["what"].startswith("no ")
            named = ([there["place"] if none else f"the {'blocks' if there['what'].endswith('s') else 'block'} {there['prep']} {there['place']}"],
                     there["place"])  # "there's nothing on X now. Put Y on it", "there's one block in W now. Bin it"
        elif fact and fact["subject"].lower() not in ("it", "they") and _SCENE_RE.search(fact["rest"]) and not _WISH_RE.search(fact["rest"]) and (
                fact["now"] or said_now or _asks(after)):
            place = _PLACE_RE.search(fact["rest"])
            things = _listed(fact["subject"]) + _MORE_RE.findall(fact["rest"])
            named = (things, place[1] if place and len(things) == 1 else things[0])
        if named is None:
            i, now = i + 1, False
            continue
        parts = parts[:i] + parts[i + 1:]
        parts[i] = _point(parts[i], [t.lower() for t in named[0]], named[1].lower()) if named[0] else parts[i]
    return parts


def split_now(part: str) -> list[str]:
    """'Currently W has X in it, and I want ...' -> the fact about now and the request, two sentences."""
    m = rx(r"^(.+?)\s*[,;]\s*(?:(?:and|so|but|well|um+|uh+|like),?\s*)*(?=(?:i(?: want| would like|['\u2019]d like| need| do not want| don['\u2019]t want)|could you|can you|"
           r"would you|please)\b)", re.I).match(part)
    if m and _NOW_RE.search(m[1]) and any(r.match(m[1]) for r in (_FACT_RE, _HOLDS_RE, _THERE_RE)) and not _WISH_RE.search(m[1]):
        return [m[1] + ".", part[m.end():]]
    return [part]


def _asks(after: str) -> bool:
    """Whether the sentence after a fact said without 'now' points back at it with a question or a command ('X is in W.
    Take it out.'): the fact is how things are; before anything else ('X is in W. On it is Y.') it may be the goal."""
    return bool(_BACK_RE.search(after)) and (after.rstrip().endswith("?") or bool(VERB_RE.match(rx(r"^\W*(?:please|now|then|so|ok|okay),?\s+", re.I).sub(
        "", after).lower())))


def _listed(things: str) -> list[str]:
    return rx(r",? and |, ").split(things)


def _point(part: str, things: list[str], place: str) -> str:
    """`part` with each word that points back said as what was named before it: 'that bowl' the bowl, 'there' the place,
    'on it' / 'off it' the block it stands on (when that is a block), 'them' all the things, 'it' the one thing."""
    kind = "bowl" if rx(r"the (?:\w+ bowl|bin)").fullmatch(things[0]) else "block"

    def said(m: re.Match[str]) -> str:
        word = m[0].lower()
        if word in ("there", "in there"):
            if not rx(r"\b(?:bowl|bin|table)$").search(place):
                return m[0]
            bare = rx(r"\b(?:of|from|off)\s*$").search(m.string[: m.start()])  # 'out of there': the place itself
            return place if bare else f"{'on' if place == 'the table' else 'in'} {place}"
        if word.endswith(("stack", "tower", "pile")):
            return f"{things[0]}'s {word.split()[-1]}" if kind == "block" else m[0]  # 'X is on Y. Bin the top block of that stack.'
        if word in ("that bowl", "this bowl"):
            bowls = [t for t in (*things, place) if rx(r"the (?:\w+ bowl|bin)").fullmatch(t)]
            return bowls[0] if len(set(bowls)) == 1 else m[0]
        if word in _PLURAL and len(things) == 1 and place.endswith("block") and place != things[0]:
            return f"{things[0]} and {place}"  # 'X is on Y. Leave those two as they are.'
        if word.endswith("block") and kind != "block" or (word in _PLURAL) != (len(things) > 1 or things[0].startswith("the blocks")):
            return m[0]  # 'that block' after a bowl, 'them' after one thing: not these
        return " and ".join(things)

    part = rx(r"\b(it|that one)['\u2019]s\b", re.I).sub(r"\1 is", part)
    # a word after the thing said again points at it, not back: 'X is on Y. I want Y clear with nothing on it'
    said_before = min((i for t in {*things, place} if (i := part.lower().find(t)) >= 0), default=len(part))
    part = rx(r"\b(on|off|from|on top of|off of) (?:it|that one)\b", re.I).sub(
        lambda m: f"{m[1]} {place}" if len(things) == 1 and place != things[0] and place.endswith("block") else m[0], part[:said_before]) + part[said_before:]
    first = _BACK_RE.search(part)
    first = None if first and said_before < first.start() else first
    return first.string[: first.start()] + said(first) + _BACK_RE.sub(  # after the first, only words that say their kind
        lambda m: said(m) if rx(r"(?:in )?there|(?:that|this) (?:bowl|block)", re.I).fullmatch(m[0]) else m[0], part[first.end():]) if first else part
