"""An engineer's register: what a parenthesis only says again ('(the orange container)', '(it is currently on the table)',
'(first)', '(measured from the white block)'), a test spec's empty fields ('constraint: none', '| priority: normal', 'all
other objects unconstrained'), and the words of a lab ('X fixed', 'a reference marker', 'its initial position', 'off
limits', 'release'), and a form's fields ('Item to be moved: X. Destination: W.'). `restated` is read by `phrasing` while
parentheses are still there; `SPECS` among `speech.SPEECH`'s rules; `form_request` by `discourse`."""

from __future__ import annotations

import re
from collections.abc import Callable

from agent.regex import rx

# A parenthesis that adds nothing to the request: how things are now, what kind a thing named is, an order the sentence
# already gives, what it is for, the thing a 'nearest' is measured from, or a restatement ('i.e. ...', 'every block inside it').
_RESTATED_RE = re.compile(
    r"\s*\((?:(?:it|which)(?: is| s|'s)(?: currently| now| still)? (?:on|in|at|sitting|resting|empty)|it(?: s| is|'s) currently|(?:right now|currently|"
    r"at the moment|at present),? (?:it|they) (?:is|s|are|sits?)|currently (?:on|in|at)|the (?:\w+ )?(?:container|receptacle|target|destination|"
    r"named (?:location|place|spot)|location|place)\b|first|second|third|last|next|then|separately|in (?:that )?order|one at a time|two "
    r"separate (?:places|spots|locations)|(?:for|before) (?:the |my |our )?(?:next|upcoming|following|later) |(?:measured |counted )?(?:from|"
    r"relative to)(?= the )|(?:closest|nearest) to the \w+ (?:block|cube)(?:,? that is)?(?=\))|i\.?\s?e\.?,? |that is,? |every (?:block|one) (?:inside|"
    r"in) it(?=\))|no (?:block|cube|one) (?:resting |sitting |stacked )?on (?:top of )?it(?=\))|at least (?:1|one) blocks? per bowl(?=\))|(?:leave|keep) "
    r"it on the table(?: surface)? there(?=\))|not the same (?:spot|place|corner|location|position)(?=\))|table surface\b|no (?:bowl|bin)(?:,? (?:and |or )?no "
    r"(?:bowl|bin))*(?=\))|(?:that one|it|this one) (?:stays|remains|is kept|should stay|is to stay) (?:out of|away from) the bin(?=\)))"
    r"[^()]*\)", re.IGNORECASE)


def restated(text: str) -> str:
    """The request without the parentheses that only say again what it says or how things are now."""
    return _RESTATED_RE.sub("", text) if "(" in text else text


SPECS: tuple[tuple[str, str | Callable[[re.Match[str]], str]], ...] = (
    # a spec's empty fields: 'constraint: none', '| priority: normal', 'all other objects unconstrained', 'nothing else required'
    (r"[;,|.]?\s*\b(?:constraints?|priority|notes?|comments?)\s*[:,=]?\s*(?:none|n a|na|normal|low|medium|high|default|nil|null)(?=\s*(?:[;,.|]|$))",
     ""),
    (r"[;,.]\s*(?:all )?(?:the )?other (?:objects|blocks|things|items) (?:are )?(?:unconstrained|free|do not matter|can go anywhere|do not care)\b|"
     r"[;,.]\s*nothing else (?:is )?(?:required|needed|matters|is constrained)\b|[;,.]\s*any (?:block|one) (?:will|would) do\b", ""),
    (r"\b(?:the )?(?:end|final|goal|target) (?:state|configuration) (?:has|contains|shows|should have|with)\s+", ""),
    # what stays where it is: 'constraint: X fixed', 'keep X fixed', 'ensure X remains in its initial position', 'X is a reference marker'
    (r"\b(?:constraint\s*[:,]?\s*)?(?:keep |leave |hold |keeping |leaving |holding )?((?:the )?\w+ (?:block|cube)) (?:fixed|static|stationary|locked|pinned|in place)\b",
     lambda m: f"leave {m[1] if m[1].startswith('the ') else 'the ' + m[1]} where it is"),
    (r"\b(?:ensure|make sure|verify|check)(?: that)? (the [\w ]+?) (?:remains?|stays?|is kept|is left) (?:in|at) (?:its|their) (?:initial|original|"
     r"starting|current|start) (?:position|location|place|pose|spot)s?\b", r"leave \1 where it is"),
    (r"\b(the [\w ]+?) (?:is|are) (?:a |the )?(?:reference|calibration|fiducial|anchor) (?:markers?|objects?|points?|blocks?)\s*[:,;.-]?\s*(?:so )?"
     r"(?:do not|never) (move|touch|disturb) (?:it|them)\b", r"do not \2 \1"),
    (r"\b(the \w+ (?:block|cube|bowl)|the bin) (?:is|are) (?:strictly )?off[ -]?limits(?: (?:for|during) (?:this|the) (?:test|run|trial|task|"
     r"experiment))?", lambda m: "do not put anything in the bin" if m[1] == "the bin" else f"do not touch {m[1]}"),
    (r"\bthe rest of the (?:configuration|scene|setup|set up|table|objects|workspace|layout)\b", "everything else"),
    (r"\b(the \w+ (?:block|cube)) (?:is |should be )?(?:located|positioned|situated) (?=at|in|on)\b", r"\1 "),
    (r"\b(?:is|are|be|ends? up|goes|go|sits?|stays?) in no (?:bowls?|containers?|receptacles?)(?: at all)?\b", "is not in a bowl"),
    (r"(the \w+ bowl),\s*(?:which|that) is (?:currently |now |still )?(?:empty|free|clear)(?: right now| now| at the moment| currently)?\b", r"\1"),
    (r",?\s*(?:which is )?the (?:target|destination|goal) (?:receptacle|container|bowl|location)\b", ""),
    # steps a script says: 'find whatever block sits on X, put it in W', 'choose any two blocks. place them in W', '..., release'
    (r"^(?:find|identify|locate|spot|take|grab|get) (?:whatever|whichever|the) block (?:that )?(?:sits|is|rests|sitting|resting) (on top of|on|in|"
     r"under) (the \w+ (?:block|bowl))\s*[.;,]\s*(?:and |then )?(\w+) (?:it|that block|that one) ", r"\3 the block \1 \2 "),
    (r"^[;\s]*(?:choose|pick|select|take|grab) ((?:any )?(?:one|two|three|four)(?: blocks?)?)(?: of your choice)?\s*[.;,]+\s*(?:and |then )?(\w+) (?:them|it|both|them both|them all) ",
     r"\2 \1 "),
    # a lab report: 'In this trial, X was to be placed in W', 'the block found in W', 'X was kept in its original position', 'the aim was for X to ...'
    (r"^(?:in this (?:trial|run|experiment|test|session)|according to (?:the )?(?:protocol|plan|spec|procedure)|as per (?:the )?(?:protocol|plan|spec)|for the "
     r"record|it was (?:specified|required|decided|agreed|stated|planned|desired|intended|expected|requested|wanted) that|the (?:expected|desired|"
     r"intended|required) (?:final |end )?(?:state|outcome|result|configuration) (?:was|is) that),?\s*", ""),
    (r"^(the \w+ block) (?:rested|sat|lay|stood|ended up|remained) (in|on|at|on top of) ", r"\1 should be \2 "),  # '(the expected state was that) X rested in W'
    (r"^(the \w+ block) be ", r"\1 should be "),  # '(it was desired that) X be stacked on Y'
    (r"\b(the (?:block|one)) (?:which|that) (?:had been|was|has been) (?:placed|put|set|left|sitting|resting) (in|on|inside) ", r"\1 \2 "),
    (r"\b(the \w+ block) (?:was|is) to remain (?:undisturbed|untouched|in place|where it (?:was|is))\b", r"leave \1 where it is"),
    (r"\b(?:was|were) not to remain (on|in) ", r"should not be \1 "),
    (r"^(the \w+ block) was (first |then |next |finally )?(placed|put|moved|dropped|stacked|transferred|set) ", r"\2\3 \1 "),  # 'X was first placed in W; ...'
    (r"[;,.]\s*subsequently,?\s*(the \w+ block) was (placed|put|moved|dropped|stacked|transferred|set) ", r"; then \2 \1 "),
    (r"\b(?:was|were|is|are) (?:then |next |subsequently )?to be (placed|put|moved|transferred|disposed of|discarded|binned|stacked|set|positioned|dropped|thrown|returned|relocated)\b",
     r"should be \1"),
    (r"\bthe (block|one|blocks|ones) (?:found|located|observed|seen) (in|on|inside) ", r"the \1 \2 "),
    (r"\b(the \w+ block) (?:was|were|is|should be|must be|is to be) (?:kept|left) (?:in|at) (?:its|their) (?:original|initial|starting|current) (?:position|"
     r"place|spot|location)\b", r"leave \1 where it is"),
    (r",?\s*\bafter which\b", ", then"),
    (r"^the (?:aim|goal|purpose|objective|point|idea)(?: of (?:the|this) (?:experiment|trial|test|exercise|task|run))? (?:was|is) for (the \w+ block) to (?:rest|sit|"
     r"be|end up|go|lie|stand)\b", r"\1 should be"),
    (r"^(?:the )?(?:procedure|protocol|task|experiment|spec|plan) (?:required|requires|called for|asked for|demanded|specified) (.+?) to be (?:assembled|built|"
     r"put|stacked) into ", r"put \1 into "),
    (r",?\s*\bin any order(?=\s*(?:[,.;]|$))|,\s*one at a time(?=\s*(?:[,.;]|$))", ""),
    (r"\bshould no longer be (?:on|in) the [\w ]+? but (in|on|at) ", r"should be \1 "),
    (r"^the blocks were (?:then |next |finally )?sorted(?: by colou?r)?(?: so (?:that )?each(?: one)? (?:sat|was|ended up) in the bowl of its own colou?r)?",
     "sort the blocks by colour"),
    (r"\s+of your choice\b", ""), (r"\b(?:the )?(?:leftovers?|spares|extras|(?:left ?over|spare) (?:blocks|ones))\b", "the rest"),
    (r"\b(?:is|are) not (?:supposed|meant|allowed) to (?:sit|be|rest|stand|lie|go)\b", "should not be"),  # 'X is not supposed to sit on Y'
    (r"\bno (?:empty bowls?|bowls? (?:should be |is |left )?empty)\b", "at least one block in every bowl"),  # 'precondition: no empty bowls'
    (r"(\b(?:bin|empty|clear|trash|dispose of|remove|throw away) (?:everything|all(?: the)? blocks?|all|whatever is) (?:in|inside|from|out of) (the \w+ "
     r"bowl)\b[^.;]*?\b(?:into|in|inside)) it\b", r"\1 \2"),  # 'bin everything in W, then load X into it': W
    (r"[,;.]?\s*(?:and |then )?(?:release|let go|let it go|let go of it|open the gripper)(?: it| the block| the gripper)?(?=\s*[.;]?\s*$)", ""),
    (r"\b(the (?:\w+ )?bowl)(?:,? and|,) (?:it|the bowl) should (?:then )?(?:hold|contain|have) exactly (\w+)(?: blocks?)?\b", r"\1, and exactly \2 blocks should be in \1"),
    (r"\b(?:dump|tip|pour|empty|move|transfer|put)(?: out)? (?:the |all the |all )?contents of (the \w+ bowl)", r"empty \1"),  # 'dump the contents of W ...'
)


_FORM_RE = re.compile(r"^\s*(?:(?P<item>items?(?: to (?:be )?(?:moved|relocated|transferred))?)|(?P<dest>(?:final |"
                      r"target |end )?(?:destination|position|location)(?: of (?:the )?items?)?(?: (?:up)?on "
                      r"completion)?)|(?P<keep>items? not to be (?:disturbed|moved|touched))|"
                      r"(?P<why>reason(?: for (?:the )?request)?|justification|purpose|rationale|comments?|"
                      r"remarks?))\s*:\s*(?P<value>.*?)[.;]?\s*$", re.IGNORECASE)


def form_request(parts: list[str]) -> list[str]:
    """A form's fields as a request: 'Item to be moved: X.' with 'Destination: W.' -> 'Move X to W.'; 'Items not to be
    disturbed: A, B.' -> 'Leave A and B alone.'; a reason ('Reason for request: ...') carries no goal."""
    fields = {k: m.group("value") for p in parts if (m := _FORM_RE.match(p)) for k in ("item", "dest", "keep", "why") if m.group(k)}
    if not ({"item", "keep", "why"} & fields.keys()):
        return parts
    out = [p for p in parts if not _FORM_RE.match(p)]
    if "item" in fields and "dest" in fields:
        out.insert(0, f"Move {fields['item']} to {fields['dest']}.")
    elif "item" in fields or "dest" in fields:
        return [p for p in parts if not (m := _FORM_RE.match(p)) or not m.group("why")]
    if "keep" in fields:
        out.append("Leave " + rx(r"\s*,\s*|\s+and\s+").sub(" and ", fields["keep"]) + " alone.")
    return out
