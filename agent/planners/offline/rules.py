"""Rules stated first and then applied, on the raw text: 'Rule: P. Apply it.' and 'Constraint: P. Fix the table.' ask
for P; 'The rule is: every block goes in its colour's bowl. Apply it to X.' asks it of X alone; 'Rule: all blocks go in
the bin. Exceptions: X and anything in W.' and 'The one exception is X, which stays where it is.' leave those out; and
a word defined first ('Count as "stacked" every block that rests on another block', 'A block is perched when it sits on
another block', 'Call the block on X its lid') is said as what it was defined to mean where it is used."""

from __future__ import annotations

import re

from agent.planners.offline.spelling import uncontracted
from agent.regex import rx

_LEAD = (r"(?:(?:here is|here s|this is|these are) (?:the |my |our )?(?:rule|policy|constraint|requirement|how it works)s?[ \t]*[:,-]?[ \t]*|(?:the |a |my |our |new |house "
         r"|today'?s |two |three |these |the following )*(?:rule|policy|constraint|requirement|rule of thumb)s?(?: (?:one|two|three|1|2|3|for (?:the table|tidying|today|"
         r"towers)))?(?: (?:is|are))?(?: that)?[ \t]*[:,-][ \t]*)")
_GENERIC = r"(?:every block|each block|a block|blocks|all blocks|all the blocks|any block)"
_APPLY = (r"(?:(?:now |so |please |just )*(?:apply|follow|enforce|use) (?:it|that|this|them|both|the (?:rules?|policy|constraint)|that (?:rule|policy)|"
          r"this (?:rule|policy)|both rules)|(?:please )?(?:fix|tidy|sort out|correct) (?:the table|it|that|things)(?: up)?(?: so (?:that )?it (?:follows|obeys) "
          r"(?:it|the (?:rule|policy|rules)|them|that))?|tidy up|bring the table in line(?: with (?:it|them|the rules?|that|this))?|make (?:the table|it) "
          r"(?:follow|obey) (?:it|them|both(?: rules)?|the rules?|that)|make it so|that is how the table should be|i would like (?:it|the table) (?:applied|fixed"
          r"(?: to match)?))")
_OBEY = (r"(?:obey|follow|meet|satisfy|respect|comply with|complie?s? with|complying with|keep to|keeps to|keeping to|conform to|conforms? to|conforming to|"
         r"stick to|sticks to|sticking to|fit|fits|fitting|(?:in line|in keeping|consistent) with|within)")
_BREAK = r"(?:break|breaks|breaking|violate|violates|violating|go against|goes against|going against|(?:in breach|out of line) (?:of|with)|against|infringe)"
_ASKED_RE = re.compile(rf"^(?:(?:is|are|does|do)(?: (?P<who>the table|the scene|everything|the setup|the layout|it|things|the \w+ block))?(?: currently| right now|"
                       rf" now| still| already| actually)? (?:(?P<ok>{_OBEY}(?:s|ing)?)|(?P<bad>{_BREAK})) (?:it|that|this|them|both|both of them|both rules|all of them|"
                       r"the (?:rules?|policy|constraints?|requirements?)|(?:that|this|the) (?:rule|policy|constraint|requirement)|all (?:the|three|four) rules)|(?:is|are) "
                       r"(?:the|that|this|each|both|either) (?:rules?|constraints?|policy|requirements?)(?: of them)? (?:being |currently |still |now )?(?:(?P<ok2>met|kept|"
                       r"followed|obeyed|respected|satisfied|true)|(?P<bad2>broken|violated|not met))|(?:does|do) (?:it|that|this|the rule|the constraint|the policy|both|"
                       r"they) (?:still |currently )?(?:hold|apply|stand)(?: true)?)(?: (?:at the moment|right now|now|currently|as things stand|as it is|as they are|"
                       r"today))?\s*\?$")
_DEFINED_RE = re.compile(r"^(?:(?:count|treat|consider) as ['\"]?(?P<t1>\w+)['\"]? (?:every|each|any) block (?:that|which) (?P<d1>[^.;]+)|(?:let us say |say |"
                         r"let s say )?a block is (?:a |an |called |)['\"]?(?P<t2>\w+)['\"]? (?:when|if|whenever) (?:it )?(?P<d2>[^.;]+))[.;]\s*(?P<rest>.+)$")
_CALLED_RE = re.compile(r"^call (the [\w ]+?) (?:its |the |a )?['\"]?(\w+)['\"]?[.;]\s*(.+)$")


def ruled(instruction: str) -> str:
    """The request a stated rule and its use say, or `instruction` as it is."""
    text = rx(r"\bhere's\b").sub("here is", uncontracted(instruction.strip().lower()))
    if m := _DEFINED_RE.match(text):  # a word defined, then used: said as what it means
        word, said = m["t1"] or m["t2"], (m["d1"] or m["d2"]).strip()
        said = rx(r"^(?:is |are )").sub("", said)
        verb = "" if rx(r"^(?:sits?|rests?|stands?|has|have|is|are|holds?|lies?)\b").match(said) else "is "
        return rx(rf"\b(?:all (?:the |of the )?|each |every |the |any )?{word}(?:s)?(?: blocks?)?\b").sub(f"every block that {verb}{said}", m["rest"])
    if m := _CALLED_RE.match(text):  # 'call the block on X its lid. put the lid in W'
        return rx(rf"\b(?:the |its |that )?{m[2]}\b").sub(m[1], m[3])
    if not (lead := rx(rf"^{_LEAD}").match(text)):
        return instruction
    body = text[lead.end():]
    body = rx(r"[.;]\s*(?:the |one |an )?(?:exceptions?|the one exception|the only exception)(?: (?:are|is))?\s*[:,-]\s*([^;.]+?)(?:\s*[;,:]\s*(?:those|they|these|"
              r"it|that one)(?: (?:stay|stays|remain|remains|are left|is left|are kept|is kept) (?:exactly )?(?:where (?:they are|it is)|as (?:they are|it is)|put))?"
              r"|,? (?:which|that) (?:stays|remains) (?:where it is|put))?(?=\s*[.;]|$)").sub(r", except \1", body)  # 'Exceptions: X and anything in W' (`groups` keeps what is in W)
    parts = [p for p in rx(r"(?<=[.;!])\s+").split(body.strip()) if p]
    if len(parts) > 1 and (asked := _ASKED_RE.match(parts[-1])):  # 'Rule: P. Does the table follow it?': whether P holds
        said = [rx(rf"^{_LEAD}").sub("", p).rstrip(" .;") for p in parts[:-1]]
        rule = ". ".join(said)
        if (who := asked["who"]) and rx(r"the \w+ block$").match(who):  # 'Is X following the rule?': the rule said of X
            if len(said) > 1 or not rx(rf"^{_GENERIC}\b").match(rule):
                return instruction
            rule = rx(rf"^{_GENERIC}").sub(who, rule, count=1)
        return f"is it {'false' if asked['bad'] or asked['bad2'] else 'true'} that {rule}?"
    applied = [p for p in parts if rx(rf"^{_APPLY}\W*$").match(p)]
    to = next((t for p in parts if (t := rx(r"^(?:now |so |please |first,? )*(?:apply|follow) (?:it|that|this|that rule|this rule|the rule|the policy|that "
                                              r"policy) to ((?:the|every|each|all)\b[^.;]+?)\W*$").match(p))), None)
    if to and len(parts) == 2:  # 'Rule: every block goes in its colour's bowl. Apply it to X.': of X
        rule = parts[0].rstrip(" .;")
        if rx(rf"^{_GENERIC}\b").match(rule):
            return rx(rf"^{_GENERIC}").sub(to[1], rule, count=1) + "."
        return instruction
    if applied and parts[-1] in applied and not rx(rf"^{_APPLY}").match(parts[0]):
        return " ".join(p for p in parts if p not in applied)  # 'Constraint: P. Fix the table.': P
    return instruction
