"""More said of an object than its name: 'the red block, the one sitting in the blue bowl,', 'the pink block - the
only pink thing on the table -', 'the green block (the one on the cyan block)', 'the purple block which is resting on
the blue block', 'the little square red wooden cube', 'the one and only red block', 'the matching block in the blue
bowl' (the blue block). The name already picks the object, so the description is checked against the scene where it
says what the object stands on, is in or is under, and dropped: the request reads as if the object were only named.
An apposition that picks the object ('the one ...') and that the scene contradicts is refused with what is true; a
relative clause the scene contradicts may say how things should end up, so it is left to be read. A described object
named in an aside ('the block under Y (that's the cyan one)', 'the block nearest W - the white block -') becomes that
name, and an aside that only restates a set ('(that's four blocks)', ', the purple, the orange and the yellow blocks,')
is dropped. Used by `goals` before anything else reads the words."""

from __future__ import annotations

import re

from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN, COLOURS, PLACES, TABLE
from sim.core.perceived import Scene
from sim.core.symbolic import SymState

_COLOUR = "|".join(COLOURS)
_LOOKS = r"(?:little|small|tiny|teeny|square|cubic|wooden|plastic|toy|cute|wee)"  # every block looks like this
_RANK = r"(?:leftmost|rightmost|far left|far right|one and only|only|very)"
_NAME = rf"\bthe (?:{_RANK} )?(?:{_LOOKS},? )*({_COLOUR}) (?:{_LOOKS} )*(block|cube|bowl)\b"
_IS = r"(?:'s|\u2019s| is| s)"
_THING = r"the (?:(?:top|bottom) (?:left|right) corner|middle|table|bin|\w+ (?:block|cube|bowl|one))|another (?:block|one)|some other block|a block|a bowl"
_HOW = r"(?:(?:currently|now|still|just|right|sitting|sat|resting|lying|standing|stacked|placed|located|kept|parked|perched|piled|up|down|over) )*"
_PREP = r"(on top of|on|in|inside|under|underneath|beneath|below|at)"
_WHERE = (rf"{_HOW}(?:on top of|on|in|inside|under|underneath|beneath|below|at) (?:{_THING})"
          r"(?: (?:with|alongside) the \w+ block\b(?! on| in| under| beneath| below))?")  # 'in W with Y'
_NEAR = rf"{_HOW}(?:next to|beside|by|near|closest to|nearest(?: to)?|close to) (?:{_THING})"
_ONLY = (r"the only (?:\w+ )?(?:block|bowl|cube|one|thing|object)(?: (?:here|there|on the table|in sight|around|on the desk|we have|left|(?:in|on|"
         r"on top of|under) the \w+ \w+|(?:on|to|at) the (?:far )?(?:left|right)(?: side| end)?))?")
_SIDE = (r"(?:the one )?(?:(?:on|at|to) the (?:far |very )?(?:left|right)(?: side| end| hand side)?|(?:furthest|farthest)(?: to the| on the)? (?:left|right)"
         r"|at the (?:far )?(?:left|right) end)|the (?:leftmost|rightmost)(?: one)?")
_EMPTY = r"(?:the )?(?:empty|clear)(?: one)?|with nothing (?:in|on) it|with (?:\w+ )?blocks? (?:in|on) it|with the \w+ block (?:on top of|on|in) it"
_LEAD = rf"(?:(?:the (?:one|block|cube|bowl)|which|that|it){_IS}? |(?:which|that){_IS} )?"
_DETAIL = rf"{_LEAD}(?:{_WHERE}|{_NEAR}|{_ONLY}|{_SIDE}|{_EMPTY})"
_POSED = r"(?:currently|now|still|sitting|sat|resting|lying|standing|stacked|placed|located|kept|parked|perched|piled)"
_SAID = rf"(?:(?:the (?:one|block|cube|bowl)|which|that|it){_IS}? |{_POSED} )"
_DETAIL_C = rf"(?:{_SAID}(?:{_WHERE}|{_NEAR}|{_ONLY}|{_SIDE}|{_EMPTY})|{_ONLY}|{_SIDE}|{_EMPTY})"  # after a comma: never a bare 'in W' (where it goes)
_AND = r"(?:,? and|,) "  # details in a row: 'the one on the far left, on the table'
_DASH = r"(?:-+|\u2014|\u2013)"
_ON_IT = r"the \w+ block (?:sitting |resting |stacked |piled )?(?:on top of it|on it|on top)"
_RELATIVE = rf"(?:which|that){_IS} {_WHERE}(?:,? (?:and )?with {_ON_IT})?|(?:which|that) (?:has|{_IS} got|has got) {_ON_IT}"
_THEN = (r"(?:goes|go|should|must|needs? to|has to|belongs|is going|can go|will go|stacked|sitting|resting|lying|piled|placed|perched|in place|where it is|"
         r"alone|untouched|and (?:then )?(?:put|stack|place|move|set|drop|throw|bin|pop|stick|toss) it)\b|\s*[.!?]?\s*$")  # what follows a bare description
_ASIDE_RE = re.compile(rf"{_NAME}(?:, (?P<c>{_DETAIL_C}(?:,? and {_DETAIL_C})*)(?:,(?= )|(?=[:;.!?]|$| (?:and|goes|go|should|must|needs?|has|have|into|"
                       rf"onto|in|on|to)\b))|\s*\((?P<p>{_DETAIL}(?:{_AND}{_DETAIL})*)\)|\s+{_DASH}\s+(?P<d>{_DETAIL}(?:{_AND}{_DETAIL})*)\s+{_DASH}(?=\s)|"
                       rf" (?P<r>{_RELATIVE})| (?P<b>(?:{_WHERE}|{_NEAR})(?: (?:{_WHERE}|{_NEAR}))??)(?= (?:{_THEN})|{_THEN}))", re.IGNORECASE)
_WHERE_RE = re.compile(rf"{_LEAD}{_HOW}{_PREP} ({_THING})", re.IGNORECASE)
# a described object named in an aside: 'the block closest to W, which is the yellow one,', 'the block under Y (that's the cyan one)'
_PICKS = (r"(?:that|which|sitting|sat|resting|lying|standing|stacked|perched|placed|under|underneath|beneath|below|on top of|nearest|closest|furthest|"
          r"farthest|(?:right |just )?next to|beside|at the far|on the far|to the far)\b")  # how a description starts, never with where it goes ('in W')
_NAMED_AS_RE = re.compile(rf"\bthe (?:one |only )?(?:{_LOOKS} )*(?:block|one|cube) {_PICKS}[^(),;.\u2014\u2013-]{{0,60}}?(?:,? (?:which{_IS}|that{_IS}|i e|"
                          rf"namely|in other words) the ({_COLOUR}) (?:one|block|cube)(?:,|(?= ))|\s*\((?:(?:that|it){_IS} |i e |namely )?the ({_COLOUR}) "
                          rf"(?:{_LOOKS} )*(?:one|block|cube)(?:,[^)]*)?\)|\s+{_DASH}\s+(?:that{_IS} |i e |namely )?the ({_COLOUR}) (?:one|block|cube)"
                          rf"(?:,[^\u2014\u2013-]*)?\s+{_DASH})", re.IGNORECASE)
# an aside that only restates a set: '(that's four blocks)', ', all four of them,', '- there's just one, the X block on Y -'
_N = r"(?:one|two|three|four|five|six|seven|eight|nine|\d)"
_LIST = r"the \w+(?:, the \w+)*,? and (?:the )?\w+ blocks"
_SET = (rf"(?:(?:(?:that{_IS}|the only ones are|namely|i e|so),? )?(?:{_N} of them,? (?:namely )?{_LIST}|(?:all )?{_N}(?: of them| blocks?| in all| in total)?|{_LIST}|"
        rf"wherever they are)(?:,? so {_N} in (?:all|total))?|(?:there{_IS} (?:just|only) one|the only one is),? the \w+ block(?:,? (?:on top of|on|in|inside|under) "
        rf"the \w+ \w+)?)")  # the set said again: its size, its members, or its one member
_SET_ASIDE_RE = re.compile(rf"\s*\({_SET}\)|[ \t]+{_DASH}[ \t]+{_SET}[ \t]+{_DASH}(?=[ \t])|, (?:all {_N} of them|{_LIST}),(?= )|[;.]\s*the only ones? (?:is|are) "
                           rf"(?:{_LIST}|the \w+ block)\s*(?=[.!]?\s*$)", re.IGNORECASE)
_BOWL_ASIDE_RE = re.compile(rf"\b(bowl|colou?r)(?:\s*\((?:that{_IS} |i e |namely )?the \w+ (?:bowl|one)(?:, (?:the )?(?:empty|clear)(?: one)?)?\)|, the only \w+ "
                            rf"bowl(?:, the (?:empty|clear) one)?(?=[,.;!?]|$))", re.IGNORECASE)  # 'the matching bowl (the red one, the empty one)'
_WORTH_RE = re.compile(rf"\b(?:which|that|one|only|{_LOOKS[3:-1]}|namely|i e|currently|now|still|sitting|sat|resting|lying|standing|stacked|placed|located|"
                       r"kept|parked|perched|piled|empty|clear|left|right|leftmost|rightmost|all|matching|same)\b|[(\u2014\u2013-]", re.IGNORECASE)
_BARE_RE = re.compile(r"\b(?:block|cube|bowl) (?:on top of|on|in|at|under|next to|beside|by|near|closest to|nearest) the [\w ]+? (?:goes|go|should|must|needs|has|"
                      r"belongs|is|can|will|stacked|sitting|and|in place|where)\b|\bthe same (?:with|for) the \w+ (?:block|cube) (?:on|in|at)\b", re.IGNORECASE)


def described(text: str, scene: Scene, state: SymState) -> str:
    """`text` with each named object's description checked against `state` (the scene's) and dropped (see the module's
    docstring)."""
    if not _WORTH_RE.search(text) and not _BARE_RE.search(text):
        return text
    text = rx(r"(\bthe (?:only |one )?block (?:that|which) (?:has|matches) (?:a|the) bowl (?:of|in) (?:its|the same) (?:own )?colou?r\b.*?)\b(in|into) (?:that|this) "
                  r"bowl\b", re.IGNORECASE).sub(r"\1\2 its matching bowl", text)  # '... into that bowl': the one of its colour
    text = rx(r"(\b(?:ones|blocks|cubes|every \w+|each \w+|all)\b[^.;]*?\bmatch(?:es)? (?:a|any|some) bowl\b.*?)\b(in|into) (?:that|this|the "
              r"same) bowl\b", re.IGNORECASE).sub(
        r"\1\2 its matching bowl", text)  # 'the ones whose colour matches a bowl go in that bowl'
    text = _NAMED_AS_RE.sub(lambda m: f"the {(m[1] or m[2] or m[3]).lower()} block" + (",", "")[not m[3] or not rx(
        r"\s+(?:put|place|move|set|drop|stack|throw|bin|take|grab|pop|stick|toss|get)\b", re.IGNORECASE).match(m.string[m.end():])], text)  # '- the Y block - put it'
    text = _BOWL_ASIDE_RE.sub(r"\1", text)
    text = _SET_ASIDE_RE.sub(lambda m: "" if m[0].lstrip().startswith(("(", ",", ";", ".")) else " ", text)
    text = rx(rf"\b{_LOOKS} (?=(?:{_LOOKS},? )*(?:\w+ )?(?:blocks?|cubes?)\b)", re.IGNORECASE).sub("", text)  # 'the six little wooden cubes'
    text = rx(rf"\bthe (?:matching|same colou?r(?:ed)?) (?:block|one|cube) (?=(?:in|into|inside) the ({_COLOUR}) bowl\b)", re.IGNORECASE).sub(lambda m: f"the {m[1].lower()} block ",
                  text)  # 'put the matching block in the blue bowl'
    text = rx(r"\b(on the table),? (?:rather than|instead of|and not|not) in (?:a|any|the) bowls?\b,?", re.IGNORECASE).sub(r"\1", text)  # the set said twice
    text = rx(r"\bnot that one\s*(?:-+|,|\u2014|\u2013)\s*not (?=the \w+ \w+)", re.IGNORECASE).sub("not ", text)  # 'but not that one - not W'

    def plain(m: re.Match[str]) -> str:
        name = f"{m[1].lower()} {'bowl' if m[2].lower() == 'bowl' else 'block'}"
        if m["b"] and m.string[m.end():].startswith(" and") and not rx(r"\b(?:take|grab|pick up|get|lift|find) $", re.I).search(m.string[:m.start()]):
            return m[0]  # 'put X on the table and stack it ...': where it goes; 'take X on the table and ...': which one
        if m["b"] and not m.string[m.end():].strip(" .!?") and not rx(r"\bthe same (?:with|for|to) $", re.I).search(m.string[:m.start()]):
            return m[0]  # 'put X on the table': where it goes; '..., then do the same with X on the table': which one
        if m["r"] and (top := rx(r"\bthe (\w+) block (?:sitting |resting |stacked |piled )?on").search(m["r"])) and state.support.get(f"{top[1].lower()} block") != name:
            return m[0]  # 'X which has Y on it' when Y is not on X: read as said
        for detail in rx(_AND).split(m["c"] or m["p"] or m["d"] or m["r"] or m["b"] or ""):
            if (where := _WHERE_RE.fullmatch(detail)) and name in scene.names() and (
                    fault := _fault(name, where[1].lower(), where[2].lower(), state)):
                if not rx(r"the (?:one|block|cube|bowl|only)\b", re.IGNORECASE).match(detail):
                    return m[0]  # 'X is on Y, which is in W': maybe how it should end up; read as said
                raise PlanningError(fault)
        return m[0][:4] + name  # 'The red block'

    text = rx(_NAME, re.IGNORECASE).sub(lambda m: f"{m[0][:4]}{m[1].lower()} {'bowl' if m[2].lower() == 'bowl' else 'block'}"
                  if rx(rf"\b(?:{_RANK}|{_LOOKS})\b", re.IGNORECASE).search(m[0]) else m[0], text)
    return _ASIDE_RE.sub(plain, text)


def _fault(name: str, prep: str, obj: str, state: SymState) -> str | None:
    """What is wrong with saying `name` is `prep` `obj`, None when the scene agrees (or cannot tell)."""
    if name not in state.support:
        return None
    target = rx(r"^the ").sub("", obj)
    target = {"table": TABLE, "bin": BIN}.get(target, target.replace(" cube", " block"))
    support, base = state.support[name], state.base(name)
    if prep in ("on", "on top of"):
        true = support in state.blocks if target in ("another block", "another one", "some other block", "a block") else (
            support == target or target == TABLE and support in (TABLE, *PLACES))
    elif prep in ("in", "inside"):
        true = base in state.bowls if target == "a bowl" else base == target
    elif prep in ("under", "underneath", "beneath", "below"):
        true = target in state.above(name) if target in state.support else bool(state.above(name))
    else:
        true = support == target if target in PLACES else True
    if true:
        return None
    where = f"in the {base}" if base in (*state.bowls, BIN) and support not in state.blocks else f"on the {support}"
    return f"the {name} is not {prep} {obj}: it is {where}; say which block you mean"
