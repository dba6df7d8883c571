"""A request written as code, a query or a shell command, said in words: names as code writes them ('red_block',
'RedBlock', 'top_left_corner'), SQL ("UPDATE blocks SET location = 'bin' WHERE name = 'red block'", "SELECT COUNT(*) FROM
blocks WHERE location = 'green bowl'"), shell commands ('robot mv red_block bin', 'robot stack --top A --bottom B',
'--keep X'), loops over a list or a set ('for b in [A, B]: bin(b)', 'for b in blocks_on_table: bin(b)'), a script's
questions ('print(X.location)', 'X.is_in(W)?') and data ('{"move": "X", "onto": "Y"}', 'X: {on: Y}'). What `notation`
reads already (calls such as 'move(x, y)', predicates, key=value) is left to it. Read by `goals` on the raw text, first
(before `trappings` takes '[A, B]' for a tag)."""

from __future__ import annotations

import re

from agent.planners.offline.polarity import preposition
from agent.regex import rx
from sim.core.lexicon import COLOURS

_C = "|".join(COLOURS)
_MARKS = ("_", "(", "{", "select", "update", "robot", "arm ", "for ", *(f"{c}{k}" for c in COLOURS for k in ("block", "bowl", "cube")))  # a quick look first
_CUE_RE = re.compile(rf"\b(?:{_C})_(?:block|bowl|cube)\b|\b(?i:{_C})(?:Block|Bowl|Cube)\b|\b(?:top|bottom)_(?:left|right)_corner\b|\bSELECT\b|\bUPDATE\b|"
                     r"^\s*\$?\s*(?:robot|arm) \w+|\bfor \w+ in\b|\brobot\.\w+\(|\{\s*\"|\.(?:location|is_in|count|is_empty|contents)\b|\bprint\(", re.MULTILINE)
_NAME = rf"(?:the )?(?:{_C}) (?:block|bowl)|(?:the )?(?:top|bottom) (?:left|right) corner|(?:the )?(?:bin|table|middle)"


def _the(name: str) -> str:
    name = name.strip(" '\"").replace("_", " ")
    return name if name.startswith("the ") else f"the {name}"


def _to(target: str) -> str:
    """Where a block goes, with its preposition: 'in the green bowl', 'on the red block', 'at the top left corner'."""
    target = _the(target)
    return f"{preposition(target)} {target}"


def _which(cond: str) -> str | None:
    """A WHERE clause said as the blocks it picks: "name = 'red block'" -> 'the red block'."""
    cond = cond.strip().rstrip(";").strip()
    if m := rx(r"name\s*=\s*'([^']+)'").fullmatch(cond):
        return _the(m[1])
    if m := rx(r"colou?r\s*=\s*'(\w+)'").fullmatch(cond):
        return f"the {m[1]} block"
    if m := rx(r"colou?r\s*(?:<>|!=)\s*'(\w+)'").fullmatch(cond):
        return f"every block except the {m[1]} block"
    if m := rx(r"location\s*=\s*'([^']+)'").fullmatch(cond):
        return f"every block {_to(m[1])}"
    if m := rx(r"location\s*(?:<>|!=)\s*'([^']+)'").fullmatch(cond):
        return f"every block not {_to(m[1])}"
    if m := rx(r"location\s+(NOT\s+)?IN\s*\(([^)]*)\)", re.IGNORECASE).fullmatch(cond):
        places = [_the(p) for p in rx(r"'([^']+)'").findall(m[2])]
        said = ", ".join(places[:-1]) + f" or {places[-1]}" if len(places) > 1 else places[0]
        return f"every block {'not ' if m[1] else ''}in {said}" if all(p.endswith("bowl") for p in places) else None
    if m := rx(r"on_top_of\s*=\s*'([^']+)'").fullmatch(cond):
        return f"the block on {_the(m[1])}"
    if m := rx(r"name\s*=\s*\(\s*SELECT\s+on_top_of\s+FROM\s+blocks\s+WHERE\s+name\s*=\s*'([^']+)'\s*\)", re.IGNORECASE).fullmatch(cond):
        return f"the block under {_the(m[1])}"
    return None


def _update(m: re.Match[str]) -> str:
    which = _which(m["cond"])
    if which is None:
        return m[0]
    where = _to(m["to"]) if m["field"].lower() == "location" else f"on {_the(m['to'])}"
    return f"put {which} {where}."


def _select(m: re.Match[str]) -> str:
    which = _which(m["cond"]) if m["cond"] else None
    what, cond = m["what"].lower(), (m["cond"] or "").strip()
    if what.startswith("count") and (loc := rx(r"location\s*=\s*'([^']+)'").fullmatch(cond.rstrip("; "))):
        return f"how many blocks are {_to(loc[1])}?"
    if what == "location" and which and not which.startswith("every"):
        return f"where is {which}?"
    if what == "name" and (on := rx(r"on_top_of\s*=\s*'([^']+)'").fullmatch(cond.rstrip("; "))):
        return f"what is on {_the(on[1])}?"
    if what == "on_top_of" and which and not which.startswith("every"):
        return f"what is under {which}?"
    return m[0]


def _listed(items: str) -> str:
    names = [_the(n) for n in rx(r"[\w ]+?(?=\s*(?:,|$))").findall(items.strip(" ()[]")) if n.strip()]
    return ", ".join(names[:-1]) + f" and {names[-1]}" if len(names) > 1 else names[0] if names else items


def unscripted(instruction: str) -> str:
    """The request said in words; the instruction itself when it has no code in it."""
    low = instruction.lower()
    if not any(c in low for c in _MARKS) or not _CUE_RE.search(instruction):
        return instruction
    t = rx(rf"\b((?i:{_C}))(Block|Bowl|Cube)\b").sub(lambda m: f"{m[1].lower()} {m[2].lower()}", instruction)  # 'RedBlock'
    t = rx(rf"\b({_C})_(block|bowl|cube)\b|\b(top|bottom)_(left|right)_corner\b").sub(
        lambda m: f"{m[1]} {m[2]}" if m[1] else f"{m[3]} {m[4]} corner", t)
    t = rx(r"\b(\w+ bowl)\.remove\(\s*(\w+ block)\s*\)").sub(r"take the \2 out of the \1", t)  # 'red_bowl.remove(red_block)'
    # SQL
    t = rx(r"^\s*(?:BEGIN|COMMIT|END)\s*;?\s*$", re.IGNORECASE | re.MULTILINE).sub("", t)
    t = rx(r"--\s*(?:step \d+|target state|expected[^\n]*)\s*$", re.IGNORECASE | re.MULTILINE).sub("", t)
    t = rx(r"--\s*(?:every|all) other rows? (?:stays?|remains?) (?:unchanged|the same|as (?:it is|they are))", re.IGNORECASE).sub(
        "; leave everything else where it is.", t)
    t = rx(r"--\s*(?:do not|don't|never) (?:touch|move|change) '([^']+)'", re.IGNORECASE).sub(lambda m: f"; do not move {_the(m[1])}.", t)
    t = rx(r"UPDATE\s+blocks\s+SET\s+(?P<field>location|on_top_of)\s*=\s*'(?P<to>[^']+)'\s+WHERE\s+(?P<cond>.+?)\s*(?:;|$)", re.IGNORECASE | re.MULTILINE).sub(
        _update, t)
    t = rx(r"(?:I (?:want|would like|need)\s+)?SELECT\s+location\s+FROM\s+blocks\s+WHERE\s+name\s*=\s*'([^']+)'\s*;?\s*(?:--\s*)?(?:should|must|to|will) "
           r"return\s*'([^']+)'(?:\s*(?:afterwards|after|at the end|when you are done|when done))?\s*\.?", re.IGNORECASE).sub(
        lambda m: f"{_the(m[1])} should be {_to(m[2])}.", t)  # a query said with what it should return: a goal
    t = rx(r"SELECT\s+(?P<what>name|location|on_top_of|COUNT\(\*\))\s+FROM\s+blocks(?:\s+WHERE\s+(?P<cond>.+?))?\s*(?:;|$)", re.IGNORECASE | re.MULTILINE).sub(
        _select, t)
    # shell commands
    t = rx(r"^\s*(?:want|wanted|goal|target|do)\s*:\s*(?=\$?\s*(?:robot|arm) )", re.MULTILINE | re.IGNORECASE).sub("", t)  # 'want: robot stack ...'
    t = rx(r"\$\(\s*robot (?:find|query) bowl --colou?r (\w+)\s*\)").sub(r"the \1 bowl", t)
    t = rx(rf"\$\(\s*robot (?:find|query) --(nearest|under|on) ({_NAME})\s*\)").sub(lambda m: f"the block {m[1]} {_the(m[2])}", t)
    t = rx(r"^\s*\$?\s*(?:robot|arm) (?:mv|move|put|place) ([\w ]+?)/\*\s+([\w ]+?)/?\s*$", re.MULTILINE).sub(
        lambda m: f"put everything in {_the(m[1])} {_to(m[2]).split(' ', 1)[0]} {_the(m[2])}.", t)  # 'robot mv W/* bin/'
    t = rx(rf"(?:^|(?<=;)|(?<=&&))\s*\$?\s*(?:robot|arm) (?:mv|move|put|place) ({_NAME}) ({_NAME})", re.MULTILINE).sub(
        lambda m: f"put {_the(m[1])} {_to(m[2])}", t)
    t = rx(rf"^\s*\$?\s*(?:robot|arm) stack --(top|bottom) ({_NAME}) --(?:top|bottom) ({_NAME})", re.MULTILINE).sub(
        lambda m: f"put {_the(m[2] if m[1] == 'top' else m[3])} on {_the(m[3] if m[1] == 'top' else m[2])}", t)
    t = rx(rf"^\s*\$?\s*(?:robot|arm) bin --all(?: --(?:exclude|except|keep) ({_NAME}))?", re.MULTILINE).sub(
        lambda m: "put every block in the bin" + (f" except {_the(m[1])}" if m[1] else ""), t)
    t = rx(rf"\s+--(?:keep|freeze|frozen|readonly|lock) ({_NAME})").sub(lambda m: f", and leave {_the(m[1])} alone", t)
    t = rx(rf"^\s*\$?\s*(?:robot|arm) (?:where|locate|find) ({_NAME})\s*$", re.MULTILINE).sub(lambda m: f"where is {_the(m[1])}?", t)
    t = rx(r"\s*&&\s*").sub(", then ", t)
    t = rx(r",?\s*\bi\.e\.,?\s+(?=[^?]*[()=])[^?]*(?=\?\s*$)").sub("", t)  # 'how many bowls are empty, i.e. sum(...)?': the words say it
    t = rx(rf"\brobot\.(?:place|put|move)\(\s*'({_NAME})'\s*,\s*(on|onto|into|in|to|at)\s*=\s*'({_NAME})'(?:\s*,\s*(?:frozen|keep|locked|readonly|fixed)\s*=\s*"
           r"[\[(]([^)\]]*)[\])])?\s*\)").sub(lambda m: f"put {_the(m[1])} {'on ' + _the(m[3]) if m[2] in ('on', 'onto') else _to(m[3])}"
                                                 + (f", and leave {_listed(m[4].replace(chr(39), ''))} alone" if m[4] else ""), t)
    # loops over a list or a set, and a script's questions
    t = rx(rf"^\s*for (\w+) in [\[(]((?:\s*(?:{_NAME}),?)+)[\])]\s*:\s*(?:\n\s*)?(\w+)\(\s*\1\s*(?:,\s*({_NAME})\s*)?\)", re.MULTILINE).sub(
        lambda m: f"put {_listed(m[2])} " + ("in the bin" if m[3] in ("bin", "trash", "discard") else _to(m[4]) if m[4] else m[0]), t)
    t = rx(rf"\[\s*(\w+)\(\s*(\w+)\s*,\s*({_NAME})\s*\)\s+for \2 in [\[(]((?:\s*(?:{_NAME}),?)+)[\])]\s*\](?: to (?:run|happen|be done))?").sub(
        lambda m: f"put {_listed(m[4])} {_to(m[3])}", t)  # '[move(b, W) for b in (A, B)]'
    # a block's own bowl said as code: "f'{b.colour}_bowl'", 'bowl(colour=X.colour)', 'put_in_matching_bowls(blocks)'
    t = rx(r"f?'\{\w+\.colou?r\}[_ ]bowl'|\bbowl\(\s*colou?r\s*=\s*[\w ]+\.colou?r\s*\)|\bthe bowl (?:where|with|whose) bowl\.colou?r\s*==\s*block\.colou?r\b"
           r"|\bthe bowl with the same \.colou?r\b").sub("its matching bowl", t)
    t = rx(rf"^\s*for (\w+) in [\[(]((?:\s*(?:{_NAME}),?)+)[\])]\s*:\s*(?:\n\s*)?(?:move|put|place)\(\s*\1\s*,\s*its matching bowl\s*\)", re.MULTILINE).sub(
        lambda m: f"put {_listed(m[2])} in its matching bowl", t)
    t = rx(r"\b(?:put|move|sort)_(?:in(?:to)?_)?(?:matching|own|their)_bowls?\(\s*(?:blocks|all_blocks)?\s*\)|^\s*match\s*:\s*\n\s*key\s*:\s*colou?r\s*\n"
           r"\s*from\s*:\s*blocks\s*\n\s*to\s*:\s*bowls\s*$").sub("put every block in its matching bowl", t)
    t = rx(r"\(\s*SELECT\s+name\s+FROM\s+bowls\s+WHERE\s+colou?r\s*=\s*'(\w+)'\s*\)", re.IGNORECASE).sub(r"'\1 bowl'", t)
    t = rx(rf"\b({_NAME})\.support\b(?:\s*\(the block (?:it is|it's|it s) (?:sitting|resting|standing) on\))?").sub(lambda m: f"the block under {_the(m[1])}", t)
    t = rx(rf"^\s*objects?\s*=\s*all\s+source\s*=\s*({_NAME})\s+dest(?:ination)?\s*=\s*({_NAME})\s*$").sub(
        lambda m: f"put every block {_to(m[1])} {_to(m[2])}", t)
    t = rx(r'\{\s*"final"\s*:\s*\{((?:\s*"[^"]+"\s*:\s*"[^"]+"\s*,?)+)\}\s*\}').sub(
        lambda m: " and ".join(f"{_the(a)} {_to(b)}" for a, b in rx(r'"([^"]+)"\s*:\s*"([^"]+)"').findall(m[1])), t)
    t = rx(r"^\s*for (\w+) in (blocks_on_table|blocks on table|blocks)\s*:\s*(?:\n\s*)?(?:bin|trash|discard)\(\s*\1\s*\)", re.MULTILINE).sub(
        lambda m: "put every block on the table in the bin" if "table" in m[2] else "put every block in the bin", t)
    t = rx(rf"^\s*for (\w+) in (blocks_on_table|blocks on table|blocks|({_NAME})\.contents\(\))\s*:\s*(?:\n\s*)?(?:move|put|place)\(\s*\1\s*,\s*({_NAME})\s*\)",
           re.MULTILINE).sub(lambda m: f"put every block {'on the table ' if 'table' in m[2] else f'in {_the(m[3])} ' if m[3] else ''}{_to(m[4])}", t)
    t = rx(rf"^\s*print\(\s*({_NAME})\.location\s*\)\s*$|^(?:what(?:'s| is) )?({_NAME})\.location\s*\??\s*$", re.MULTILINE | re.IGNORECASE).sub(
        lambda m: f"where is {_the(m[1] or m[2])}?", t)
    t = rx(rf"^\s*print\(\s*len\(\s*({_NAME})\.(?:blocks|contents)\(\)\s*\)\s*\)\s*$", re.MULTILINE).sub(lambda m: f"how many blocks are in {_the(m[1])}?", t)
    t = rx(rf"\b({_NAME})\.is_(in|on|at|under)\(\s*({_NAME})\s*\)\s*\?").sub(lambda m: f"is {_the(m[1])} {m[2]} {_the(m[3])}?", t)
    t = rx(rf"\b({_NAME})\.count\s*==\s*(\d+)\s*\?").sub(lambda m: f"are there {m[2]} blocks in {_the(m[1])}?", t)
    t = rx(rf"\bblock_(under|on|below|beneath)\(\s*({_NAME})\s*\)").sub(lambda m: f"the block {m[1]} {_the(m[2])}", t)
    t = rx(rf"\b(?:move|put|place)\(\s*(the block (?:under|on|below|beneath) the \w+ block)\s*,\s*({_NAME})\s*\)").sub(lambda m: f"put {m[1]} {_to(m[2])}", t)
    t = rx(rf"\b({_NAME})\.is_empty\(\)\s*\?").sub(lambda m: f"is {_the(m[1])} empty?", t)
    t = rx(r"\bmake (?!it\b)(?=count\(|\w+ \w+\.count\b)").sub("make it so that ", t)
    t = rx(rf"\b(?:({_NAME})\.count|count\(\s*({_NAME})\s*\))\s*==\s*(\d+)(?!\s*\?)").sub(lambda m: f"{_the(m[1] or m[2])} holds exactly {m[3]} blocks", t)
    t = rx(rf"\b(?:move|put|place)\(\s*({_NAME})\s*,\s*\(?\s*({_NAME}) if \2\.is_empty\(\) else ({_NAME})\s*\)?\s*\)").sub(
        lambda m: f"if {_the(m[2])} is empty, put {_the(m[1])} in it; otherwise put it {_to(m[3])}", t)  # 'move(X, W if W.is_empty() else T)'
    t = rx(r"^\s*for (\w+) in blocks\s*:\s*(?:\n\s*)?if \1(?:\.location)? != '?([\w ]+?)'?\s*:\s*(?:\n\s*)?(?:bin|trash|discard)\(\s*\1\s*\)", re.MULTILINE).sub(
        lambda m: f"put every block {'not ' + _to(m[2]) if m[2].endswith(('bowl', 'bin', 'table')) else 'except ' + _the(m[2])} in the bin", t)
    t = rx(r"^\s*n\s*=\s*0\s*\n\s*for (\w+) in blocks\s*:\s*\n\s*if \1\.location == '([^']+)'\s*:\s*\n\s*n \+= 1\s*\n\s*print\(n\)\s*$").sub(
        lambda m: f"how many blocks are {_to(m[2])}?", t)
    t = rx(rf"^\s*query\s*:\s*location\s*\n\s*object\s*:\s*({_NAME})\s*$").sub(lambda m: f"where is {_the(m[1])}?", t)
    t = rx(rf"^\s*object\s*:\s*\{{\s*on_top_of\s*:\s*({_NAME})\s*\}}\s*\n\s*target\s*:\s*({_NAME})\s*$").sub(
        lambda m: f"put the block on {_the(m[1])} {_to(m[2])}", t)
    t = rx(rf"\b(\d)\.object\s*=\s*({_NAME})\s+\1\.target\s*=\s*({_NAME})").sub(lambda m: f"{'; then ' if m[1] != '1' else ''}put {_the(m[2])} {_to(m[3])}", t)
    # data: '{"move": "X", "onto": "Y"}', 'X: {on: Y}'
    t = rx(r'\{\s*"(?:move|pick|object)"\s*:\s*"([^"]+)"\s*,\s*"(to|onto|into|on|in|target|place)"\s*:\s*"([^"]+)"\s*\}').sub(
        lambda m: f"put {_the(m[1])} {'on ' + _the(m[3]) if m[2] in ('onto', 'on') else _to(m[3])}", t)
    t = rx(rf"^\s*({_NAME})\s*:\s*\{{\s*(on|at|in|inside)\s*:\s*({_NAME})\s*\}}\s*$", re.MULTILINE).sub(
        lambda m: f"{_the(m[1])} should be {'on' if m[2] == 'on' else _to(m[3]).split(' ', 1)[0]} {_the(m[3])}.", t)
    return t
