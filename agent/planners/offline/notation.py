"""Labels and notation as people write them in notebooks, trackers and scripts: a label before a colon ('goal state:',
'test 3:', 'Contestant, your challenge:'), predicates ('on(red, blue)', 'in(green, bin)', 'bowl(green)', 'colour_of(X)'),
a tower as a tuple ('tower(bottom -> top) = yellow, white, cyan') and key-value or JSON commands ('action=place
object=red block target=blue bowl', '[{"pick": "X", "place": "bin"}, ...]'). Read by `phrasing` before anything else."""

from __future__ import annotations

import re

from agent.planners.offline.leftovers import LEFT, LEFT_STEP
from agent.planners.offline.marks import MARKS_RE
from agent.planners.offline.words import NOT_COMPARED, VERB_RE
from agent.regex import rx
from sim.core.lexicon import COLOURS


_COLOURS = "|".join(COLOURS)
_LABEL_RE = re.compile(r"^\s*([a-z0-9][a-z0-9 ,'-]{0,60}?)\s*:\s*(?=\S)")


def unlabel(text: str) -> str:
    """'goal state: ...', 'Contestant, your challenge: ...', 'test 3: ...', 'log query: ...' -> what follows: a label
    before a colon that names nothing here and is no command of its own ('move: red block -> bowl' keeps its verb)."""
    text = rx(r"^\s*(?:\[[^\]]{0,40}\]\s*)+").sub("", text)  # a log line's tags: '[trial 17] operator: ...', '[calib]'
    text = rx(rf"^\s*(?:the )?((?:{_COLOURS}) (?:bowl|block|cube))\s*:\s*(?=(?:should|must|shall|has to|needs to|is to|will|may|can)\b)", re.IGNORECASE).sub(r"the \1 ", text)  # 'W: should contain no blocks'
    item = rf"(?:the )?(?:{_COLOURS})(?: block| cube)?\s*(?::|,|->|-)"  # a list of 'X: where', headed by what it is: 'The plan, block by block: ...'
    if head := rx(rf"^(?:(?!\b(?:{_COLOURS})\b)[^:.;?])*?\b(?:list|plan|destinations?|arrangement|pairings?|pairs|mapping|assignments?|layout|moves)\b"
                  rf"(?:(?!\b(?:{_COLOURS})\b)[^:.;?]){{0,40}}?(?:\s*:|\s+[-\u2013\u2014]+|,)\s*(?={item})", re.IGNORECASE).match(text):
        text = rx(rf"\s+/\s+(?={item})|,\s*(?=(?:the )?(?:{_COLOURS})(?: block| cube)?\s*:)", re.IGNORECASE).sub("; ", text[head.end():])
    m = _LABEL_RE.match(text.lower())
    noun = rx(r"\b(?:condition|conditions|criteria|criterion|spec|specification|requirement|state|"
                     r"configuration|arrangement|objective|goal|target|task|job|challenge|order|note|step|result|"
                     r"constraint|query|sequence|move)$").search(m.group(1)) if m else None
    if m and rx(r"(?:keep )?(?:fixed|static|frozen|locked|untouched|do not move|don't move|hands off|leave alone)").fullmatch(m[1]):  # 'fixed: X, Y'
        return "leave " + rx(r"\s*,\s*(?:and\s+)?|\s+and\s+").sub(" and ", rx(r"[.;]\s*$").sub("", text[m.end():])) + " alone."
    if m is None or rx(LEFT).fullmatch(m[1]) or MARKS_RE.fullmatch(m[1]) and not rx(r"\b(?:backwards|the other way|mixed up|swapped)\b").search(m[1]) or (VERB_RE.match(m.group(1)) and not noun) or rx(r"\b(?:pick|grasp|place)\b").search(m.group(1)) or rx(
                                                                                                                                r"\b(?:block|blocks|bowl|bowls|bin|tower|stack|pile|dish|dishes|basket|container|cube|cubes|brick|bricks|not|no|"

                                                                                                                                r"never|don't|dont|" + "|".join(COLOURS) + r")\b").search(m.group(1)):
        return text
    return text[m.end():]


_LET_RE = re.compile(r"\blet (\w+)\s*(?:=|be|equal|equals|be equal to)\s*(the [^.;]+?)\s*[.;]\s*(.+)$")


def variables(text: str) -> str:
    """A programmer's 'let x = the block on the pink one. move x to the bin': the phrase put where its name is used."""
    m = _LET_RE.search(text)
    return text[: m.start()] + rx(rf"\b{re.escape(m.group(1))}\b").sub(m.group(2), m.group(3)) if m else text


_KEYS = {"action": "verb", "verb": "verb", "op": "verb", "command": "verb", "task": "verb", "object": "obj", "objects": "obj",
         "item": "obj", "items": "obj", "block": "obj", "blocks": "obj", "pick": "obj", "move": "obj", "grasp": "obj",
         "target": "tgt", "to": "tgt", "destination": "tgt", "dest": "tgt", "into": "tgt", "place": "tgt", "goal": "tgt",
         "keep_fixed": "keep", "keep": "keep", "fixed": "keep", "static": "keep", "exclude": "not", "except": "not", "not": "not", "avoid": "not",
         "not_into": "not", "excluding": "not"}
_PAIR_RE = re.compile(r"([a-z_]+)\s*[:=]\s*([a-z][a-z ]*?)\s*(?=[,;]|$|[a-z_]+\s*[:=])")


_SECTION_RE = re.compile(r"^[ \t]*(?P<head>frozen|fixed|static|locked|keep(?: fixed| still| in place)?|untouched|unchanged|do not (?:move|touch)|don'?t (?:move|touch)|"
                         r"leave(?: alone)?|hands off)[ \t]*:[ \t]*\n(?P<items>(?:[ \t]*(?:[-*\u2022]|\d{1,2}[.)])?[ \t]*[a-z][a-z ]*[ \t]*(?:\n|$))+)",
                         re.IGNORECASE | re.MULTILINE)


_QUERY_RE = re.compile(r"^[ \t]*(?:query|question|ask)[ \t]*:[ \t]*\n[ \t]*(?:count|how[ _]many)[ \t]*:[ \t]*(?P<what>blocks|cubes|bowls)[ \t]*\n[ \t]*(?:where|in|"
                       r"location|place)[ \t]*:[ \t]*(?:the )?(?P<where>[a-z]+ (?:bowl|block))[ \t]*(?:\n|$)", re.IGNORECASE | re.MULTILINE)


def sections(text: str) -> str:
    """'frozen:\n  - X\n  - Y' (a list under a heading that keeps): 'leave X and Y alone.'; 'query:\n count: blocks\n where: W': 'how many
    blocks are in W?'; each one line, read before lines are split."""
    def kept(m: re.Match[str]) -> str:
        items = [rx(r"^[-*\u2022\d.)\s]+").sub("", line).strip() for line in m["items"].splitlines() if line.strip()]
        return "leave " + " and ".join(rx(r"^(?!the )").sub("the ", i) for i in items) + " alone.\n"
    text = _QUERY_RE.sub(lambda m: f"how many {m['what']} are {'on' if m['where'].endswith('block') else 'in'} the {m['where']}?\n", text)
    return _SECTION_RE.sub(kept, text)


def structured(text: str) -> str:
    """'action=place object=pink block target=red block', '{move: "red block", to: "bin"}', '[{"pick": "X", "place":
    "bin"}, {...}]' -> 'put the pink block on the red block', ...: each record a command, one after another."""
    if not rx(r"[={}\[\]\"]").search(text) or len(rx(r"\b[a-z_]+\s*[:=]\s*[a-z]").findall(rx(r"[\"']").sub("", text))) < 2 or _CALL_RE.search(text):
        return text  # a call with keywords, 'pick_and_place(object=X, target=W)', is read by `code_calls`
    out = []
    for record in rx(r"\}\s*,?\s*\{").split(text):
        fields: dict[str, str] = {}
        for key, value in _PAIR_RE.findall(rx(r"[{}\[\]\"']").sub(" ", record)):
            if key in _KEYS:
                fields.setdefault(_KEYS[key], value.strip())
                if key in ("move", "pick", "grasp"):
                    fields.setdefault("verb", key)
        if "obj" not in fields:
            return text
        obj = rx(r"^(?!the |all |every |each )").sub("the ", fields["obj"])
        verb, tgt = fields.get("verb", "put"), fields.get("tgt")
        if tgt is None:
            out.append(f"{verb} {obj}")
        else:
            tgt = rx(r"^(?!the )").sub("the ", tgt)
            prep = "in" if rx(r"\b(?:bowl|bin)$").search(tgt) else "at" if rx(r"\b(?:corner|middle)$").search(tgt) else "on"
            out.append(f"{'put' if verb in ('move', 'place', 'pick', 'grasp') else verb} {obj} {prep} {tgt}")
        if "keep" in fields:
            out[-1] += f", and leave {rx(r'^(?!the )').sub('the ', fields['keep'])} where it is"
        if "not" in fields and tgt is not None:  # '"into": "bowl", "exclude": ["white bowl"]': any bowl but that one
            out[-1] += f", but not {prep} {rx(r'^(?!the )').sub('the ', fields['not'])}"
    return ", then ".join(out)


_CALL_RE = re.compile(r"\b(move|put|place|stack|bin|trash|discard|throw_away|toss|transfer|relocate|pick_and_place|pick_place|pickplace)\s*\(\s*"
                      r"(?:(?:object|obj|item|block|what|source)\s*=\s*)?[\"']?(?:the[_ ])?([a-z]+)[_ ](?:block|cube)[\"']?\s*(?:,\s*(?:[a-z_]+\s*=\s*)?"
                      r"[\"']?(?:the[_ ])?([a-z]+(?:[_ ][a-z]+)*)[\"']?\s*)?\)")


def _call(m: re.Match[str]) -> str:
    """'move(purple_block, "table")', 'place(blue_block, on_top_of=orange_block)', 'bin(red_block)' -> a request."""
    verb, obj, tgt = m[1], f"the {m[2]} block", rx(r"^the ").sub("", (m[3] or "").replace("_", " "))
    if verb in ("bin", "trash", "discard", "throw_away", "toss") or tgt == "bin":
        return f"bin {obj}"
    if not tgt:
        return m[0]
    tgt = f"{tgt} block" if tgt in COLOURS else tgt
    prep = "in" if tgt.endswith("bowl") else "at" if tgt.endswith(("corner", "middle")) else "on"
    return f"put {obj} {prep} the {tgt}"


def code_calls(t: str) -> str:
    """A programmer's calls and comments: 'bin(red_block); move(pink_block, white_bowl)', 'pink_bowl.remove(yellow_block)
    # don't bin it', 'for b in blocks: if not in_any_bowl(b): bin(b)', 'trash(x), i.e. x ends up in the bin'."""
    if "(" not in t and "#" not in t and "i.e." not in t and "result of" not in t:
        return t
    t = rx(r"\b([a-z]+)_bowl\.remove\(\s*([a-z]+)_(?:block|cube)\s*\)").sub(r"take the \2 block out of the \1 bowl", t)
    t = rx(r"^for (\w+) in (?:all_)?blocks\s*:\s*if not (?:in_any_bowl|in_bowl|is_in_bowl)\(\s*\1\s*\)\s*:\s*(?:bin|trash|discard)\(\s*\1\s*\)").sub(
               "bin every block that is not in a bowl", t)
    t = rx(r"^for (\w+) in (?:all_)?blocks\s*:\s*if \1\.colou?r in bowls\s*:\s*(?:move|put|place)\(\s*\1\s*,\s*bowls\[\s*\1\.colou?r\s*\]\s*\)").sub(
               "put every block in its matching bowl", t)
    t = _CALL_RE.sub(_call, rx(r"\b(?:call|run|execute|invoke)\s+(?=[a-z_]+\s*\()").sub("", t))  # 'Call pick_and_place(...)'
    t = rx(r"^(?:i want|i need|give me) the (?:result|effect|outcome) of\s+").sub("", t)
    t = rx(r",?\s*\bi\.e\.,?\s+").sub("; ", t)  # 'X, i.e. Y': Y says X again
    return rx(r"\s*#\s*").sub(", ", t)  # '... # leave red_block where it is'


_PRED_RE = re.compile(r"(?P<neg>\b(?:not|no)\s+|[!\u00ac~]\s*)?\b(?P<rel>on|in|at|in_bin|on_table|clear|is_clear|holding|held|inside|on_top_of|"
                      r"stacked_on|empty|is_empty|unchanged|fixed|unmoved)\s*\(\s*(?P<a>[a-z][a-z_ ]*?)\s*(?:,\s*(?P<b>[a-z][a-z_ ]*?)\s*)?\)")


def _arg(arg: str, kind: str) -> str:
    arg = rx(r"^the ").sub("", arg.replace("_", " ").strip())
    return f"the {arg} {kind}" if arg in COLOURS else f"the {arg}"


def _predicate(m: re.Match[str]) -> str:
    """'in(red block, blue bowl)', 'not clear(X)', 'in_bin(X)' -> 'the red block in the blue bowl', 'a block on X', ..."""
    rel, neg, a = m["rel"], bool(m["neg"]), _arg(m["a"], "bowl" if m["rel"] in ("empty", "is_empty") else "block")
    if rel in ("clear", "is_clear", "empty", "is_empty"):
        on = "on" if rel.endswith("clear") else "in"
        return f"a block {on} {a}" if neg else f"nothing {on} {a}"
    if rel in ("holding", "held"):
        return f"hold {a}"
    if rel in ("unchanged", "fixed", "unmoved"):
        return f"leave {a} where it is"
    if m["b"] is None and rel not in ("in_bin", "on_table"):
        return m[0]
    where = {"in_bin": "in the bin", "on_table": "on the table"}.get(rel) or (
        f"{'in' if rel in ('in', 'inside') else 'at' if rel == 'at' else 'on'} {_arg(m['b'], 'bowl' if rel in ('in', 'inside') else 'block')}")
    return f"{a} should not be {where}" if neg else f"{a} {where}"


_VAR_RE = re.compile(r"\bthe ([a-z]) such that (on|in)\s*\(\s*\1\s*,\s*([a-z][a-z_ ]*?)\s*\)|,?\s*\b(?:where|with|let) ([a-z]) (?:is|=|be|denotes) "
                     r"(the [^,;.()]+)", re.IGNORECASE)


def bound(t: str) -> str:
    """A variable named once, then used ('in_bin(x), where x is the block on Y', 'target: the x such that on(x, Y); goal:
    in_bin(x)'): its phrase where it is used. Read before the sentences are split (`discourse.told`) and with predicates."""
    t = rx(r"\bthe block (?:with|such that|where|for which) (on|in)\s*\(\s*\w\s*,\s*([a-z][a-z_ ]*?)\s*\)", re.IGNORECASE).sub(lambda m: f"the block {m[1]} "
               f"{_arg(m[2].lower(), 'block' if m[1] == 'on' else 'bowl')}", t)  # 'let b = the block with on(b, W)'
    for m in list(_VAR_RE.finditer(t)):
        name, phrase = (m[1], f"the block {m[2]} {_arg(m[3].lower(), 'block' if m[2] == 'on' else 'bowl')}") if m[1] else (m[4], m[5])
        t = rx(rf"(?:^|(?<=;))[^;]*{re.escape(m[0])}[^;]*;?\s*").sub("", t) if m[1] else t.replace(m[0], "")  # 'target: the x such that ...;'
        t = rx(rf"(?<=[(,])\s*{name}\s*(?=[),])").sub(phrase.replace("the ", "", 1), t)
    return t


def predicates(t: str) -> str:
    """A researcher's goal in predicates: 'goal: in(X, W)', 'goals, in order: 1) in_bin(X) 2) on(Y, Z)', 'not clear(X)',
    'count(blocks in W) = 3', 'in_bin(x), where x is the block on Y', 'does on(X, Y) hold?', 'for each block b with a
    bowl k of the same colour: in(b, k)' -> the sentences they stand for."""
    if "(" not in t:
        return t
    t = bound(rx(r"\b(bowl|block)\s*\(\s*(\w+)\s*\)").sub(r"\2 \1", t))  # 'in(red, bowl(green))'
    t = rx(r"\bfor (?:each|every|all) (?:block )?(\w) (?:with|that has|having) (?:a|its) bowl (\w) of (?:the same|its|matching) colou?r\s*[:,]?\s*"
               r"in\s*\(\s*\1\s*,\s*\2\s*\)|\bfor ?all (?:blocks? )?(\w),? if colou?r\s*\(\s*\3\s*\)\s*==?\s*colou?r\s*\(\s*(\w)\s*\)(?: for (?:a|some|"
               r"any) bowl \4)?,? then in\s*\(\s*\3\s*,\s*\4\s*\)").sub("put every block in the bowl of its own colour", t)
    t = rx(r"\b(?:count|n_blocks|num_blocks|len|number_of_blocks)\s*\(\s*(?:blocks? (?:in|inside) )?(?:the )?([a-z]+(?: bowl)?|bin)\s*\)\s*"
               r"(==|=|>=|<=)\s*(\d+)").sub(lambda m: f"{ {'>=': 'at least', '<=': 'at most'}.get(m[2], 'exactly')} {m[3]} blocks in the "
               f"{m[1] if m[1].endswith(('bowl', 'bin')) else m[1] + ' bowl'}", t)
    asked = rx(r"^\s*(?:query\s*[:,]\s*)?(?:does |is )?(?=(?:not )?[a-z_]+\s*\([^()]*\)\s*(?:hold|holds|true)?(?: (?:in|for) the (?:current|"
                     r"present|initial) (?:state|scene|configuration)| right now| now| currently| at the moment)?\s*\?)").match(t)
    t = _PRED_RE.sub(_predicate, t)
    t = rx(r"\s+(?:to (?:be )?(?:true|satisfied|hold)|holds?|is true|(?:is |are )?satisfied)(?= (?:afterwards|at the end|in the final state)|\s*"
               r"(?:[,.;?]|$))|\s+(?:afterwards|in the (?:final|end|goal|target) (?:state|configuration))(?=\s*(?:[,.;]|$))").sub("", t)
    if asked:  # 'does on(X, Y) hold in the current state?', 'query: on(X, Y)? answer yes or no': is X on Y?
        t = "is " + rx(r"\s*(?:hold|holds|true)?\s*(?:(?:in|for) the (?:current|present|initial) (?:state|scene|configuration)|right now|now|currently|"
                           r"at the moment)?\s*\?.*$").sub("?",
                           t[asked.end():])
    return t


def notation(t: str) -> str:
    """Predicates and tuples as researchers write them: 'on(red, blue) and in(green, bin)', 'bowl(green)',
    'tower(bottom to top) = yellow, white, cyan'; a programmer's calls (`code_calls`)."""
    t = predicates(code_calls(t))
    t = rx(r"^there (?:are|is) (?:some |a few |several )?blocks? (in|on) (the \w+ (?:bowl|block))\s*[;,.:-]\s*how many (?:of them )?(?:are there|are "
               r"in it|are on it)(?: in it)?(?=\W*$)").sub(r"how many blocks are \1 \2", t)  # 'There are some blocks in W: how many are there?'
    t = rx(r"^(?:the )?(\w+ bowl)\s*[,:-]\s*(?:block|cube) count\b").sub(r"how many blocks are in the \1", t)  # a radio's 'W, block count? Over.'
    t = rx(r"^(?:i m|i am|i'm) not (?:sure|certain) (?:whether|if) (the \w+ \w+) (is|are) ").sub(r"\2 \1 ", t)  # 'I'm not sure whether X is on Y'
    t = rx(r"^(?:please )?(?:tell me )?what colou?r (?:block|one) is (on top of|on|in|under|inside) ").sub(r"what is \1 ", t)
    # a script's query: 'number of blocks on T: ?', 'count the blocks in W. report the number.', '(1) inspect W, (2) tell me how many ...'
    t = rx(r"^count (?:up )?the (blocks|cubes) (?:that are |which are )?(.+?)\s*[.;,]\s*how many (?:are there|of them are there|is that|do you get)\s*(\??)\s*$").sub(
        r"how many \1 are \2\3", t)  # 'Count the blocks that are outside the bowls. How many are there?'
    t = rx(r"^(?:the )?(?:number|count) of" + NOT_COMPARED + r" (blocks|cubes|bowls) (.+?)\s*[:=]?\s*(\??)\s*$").sub(r"how many \1 are \2\3", t)
    t = rx(r"^[;\s]*(?:1[.)]\s*)?count the (blocks|cubes) (in|on) (the \w+ \w+)\s*[.;,]\s*(?:2[.)]\s*)?(?:and |then )?(?:report|tell me|give me|say)(?: me)?(?: the)? (?:number|"
               r"count|total|result)|^count the (blocks|cubes) (in|on) (the \w+ \w+)(?: for me)?(?: how many are there)?(?=\W*$)").sub(lambda m: f"how many {m[1] or m[4]} are {m[2] or m[5]} {m[3] or m[6]}", t)
    t = rx(r"^[;\s]*(?:(?:two|three) steps\s*[:,]?\s*)?(?:\(?1\)\s*)?(?:first,? )?(?:inspect|look (?:at|into|in)|examine|check|observe|find|locate) "
               r"(the \w+ (?:bowl|block))\s*[,.;]?\s*(?:and |then )?(?:\(?2\)\s*)?(?:tell me|report|say|return|give(?: me)?) (?:how many (?:blocks|cubes) (?:it|"
               r"that bowl|there) (?:contains|holds|has)(?: in it)?|the (?:block|cube) count|the (?:number|count) of (?:blocks|cubes)(?: in it)?)").sub(
               r"how many blocks are in \1", t)
    t = rx(r"\b(bowl|block)\s*\(\s*(\w+)\s*\)").sub(r"the \2 \1", t)
    t = rx(r"\bblock[_ ]on[_ ]top[_ ]of\s*\(\s*(?:the )?([\w ]+?)\s*\)").sub(r"the block on top of the \1", t)
    t = rx(r"\bbowl[_ ]containing\s*\(\s*(?:the )?([\w ]+?)\s*\)").sub(r"the bowl with the \1 in it", t)
    t = rx(r"^(?:query\s*:\s*)?colou?r[_ ]of\s*\(\s*(.+?)\s*\)\s*\??$").sub(r"what colour is \1?", t)
    t = rx(r"\bkey\s*=\s*colou?r\b").sub("by colour", t)
    t = rx(r"\bn\s*=\s*(\d+)\b").sub(r"\1", t)  # a protocol's 'n=2 blocks per bowl'
    t = rx(rf"^({_COLOURS})\s*:\s*(out of|off|into|in|onto|on|to) ").sub(r"move the \1 block \2 ", t)  # 'yellow: out of W, no bin'
    t = rx(rf"^(?:the )?block (below|under|underneath|beneath|above|on top of|on) (?:the )?({_COLOURS})(?: block)?\s*:\s*(\w+) ").sub(
               r"\3 the block \1 the \2 block ", t)  # 'block below orange: move to the corner'
    t = rx(r",\s*no bin\s*$").sub(", but not into the bin", t)
    t = rx(rf"(?:^|(?<=[,;] ))({_COLOURS}) (in|into|on|onto) ({_COLOURS})(?=\s*(?:[,.;]|$| and\b))").sub( # 'red in blue, green on red'
               lambda m: f"the {m.group(1)} block {m.group(2)} the {m.group(3)} {'bowl' if m.group(2) in ('in', 'into') else 'block'}", t)
    t = rx(r"^(?:bin|trash|toss|discard|dump|ditch|chuck|throw (?:away|out)|get rid of) ((?:the )?\w+ block),(?= \w+ block (?:in|into|"
               r"on|onto|on top of) )").sub(r"put \1 in the bin,", t)  # 'bin X, Y in W, Z on Y': a terse list of moves
    t = rx(rf"\b(?:the )?bowl (?:that|which) (?:match(?:es)?|is the same colou?r as) ({_COLOURS})\b(?! (?:block|cube|bowl|one)s?\b)").sub(
               r"the \1 bowl", t)  # 'the bowl that matches white': the white bowl
    t = rx(rf"\bthe (?:sample |toy )?(block|cube|one) (?:(?:with|having|in|of|wearing) (?:the )?({_COLOURS}) (bowl|block)(?:'s| s) colou?r|(?:with|having|of) the same "
               rf"colou?r as (?:the )?({_COLOURS}) (bowl|block)|whose colou?r (?:matches|is the same as|is|equals) (?:that of |the colou?r of )?the ({_COLOURS}) "
               rf"(bowl|block|basin|dish|container|cup|cube))\b").sub(
               lambda m: f"the {m[1]} that matches the {m[2] or m[4] or m[6]} {m[3] or m[5] or m[7]}", t)  # 'the block with the green bowl's colour'
    t = rx(r"\b(that matches|matching) (the \w+ (?:bowl|block)) in colou?r\b|\b(that matches) the colou?r of (the \w+ (?:bowl|block|basin|dish|"
               r"container|cup|cube))\b").sub(lambda m: f"{m[1] or m[3]} {m[2] or m[4]}", t)  # 'the block matching W in colour', '... the colour of W'
    t = rx(rf"^((?:the )?(?:{_COLOURS}) (?:block|cube))((?:,? (?:and )?(?:the )?(?:{_COLOURS})(?: block| cube)?)+)(?= (?:to|into|in|on|onto) )").sub(
               lambda m: m[1] + rx(rf",? (?:and )?(?:the )?({_COLOURS})(?: block| cube)?").sub(r" and the \1 block", m[2]), t)  # 'white block, green to W'
    t = rx(rf"^(?:the )?({_COLOURS})(?: block)?(?: s|'s)? (?:spot|place|home|position)\s*[:=,]\s*(?:the )?(?=(?:top|bottom) (?:left|right) "
               r"corner|middle)").sub(r"put the \1 block at the ", t)  # 'purple's spot: bottom right corner'
    t = rx(rf"\b(?:the )?(\w+ bowl) is for (?:the )?({_COLOURS})(?: block| one)?\b").sub(r"the \2 block belongs in the \1", t)  # 'W is for red'
    t = rx(r"(^|[,;.] )(?:the )?(?:matching blocks|blocks that match) (?:to|into|in) (?:their|the matching) bowls\b").sub(r"\1put every block in its "
               r"matching bowl", t)  # a note's 'matching blocks -> their bowls, rest -> bin'
    t = rx(r"(^|[,;.] )(?:the )?(rest|others) (?:to|into|in) (?:the )?bin\b").sub(r"\1put the \2 in the bin", t)
    t = rx(r",?\s*(?:can|could) (?:you|u) fix(?: it| that| this)?\s*\??$").sub("", t)  # 'X should be on Y, can u fix?'
    t = rx(rf"^(keep|leave) ((?:the )?(?:{_COLOURS})(?: block)?(?:,? (?:and )?(?:the )?(?:{_COLOURS})(?: block)?)+) (?=where|alone|as)").sub(
               lambda m: f"{m[1]} " + " and ".join(f"the {c} block" for c in rx(rf"\b(?:{_COLOURS})\b").findall(m[2])) + " ", t)
    m = rx(r"\btower\s*\(\s*(bottom|top) to (?:top|bottom)\s*\)\s*=?\s*(\w+(?:\s*,\s*\w+)+)\s*$").search(t)
    if m:
        items = [w.strip() for w in m.group(2).split(",")]
        order = "from the bottom up" if m.group(1) == "bottom" else "from the top down"
        t = t[: m.start()] + f"stack the {', '.join(items[:-1])} and {items[-1]} blocks in that order, {order}"
    return t


def _topic(lead: str, where: str, said: str) -> str:
    """What 'W: <said>' asks: W is where the blocks go ('red bowl: the red block and X', 'middle: stack them'), or, for
    a bowl or the bin said with a pronoun, a verb or a destination of its own, what the rest is about ('W: empty it', 'W:
    pink block onto the table', 'W: the blocks out onto the table')."""
    at = "at" if where.endswith(("corner", "middle")) else "in"
    if at == "in" and "?" not in said and (VERB_RE.match(said) or rx(r"\b(?:it|its|them|there|into|onto|to|out|off)\b").search(said)):
        said = rx(r"\bits (?:blocks|cubes|contents)\b|\bthem\b").sub(f"the blocks in the {where}", said)
        said = rx(r"\bthere\b").sub(f"in the {where}", rx(r"\b(in|into|inside) it\b").sub(rf"\1 the {where}", said))
        named = rx(rf"\b(?:{_COLOURS}) (?:block|cube|one)\b").search(said)  # 'W: take X out and bin it': 'it' is X
        said = rx(r"\bit\b").sub(f"the {where}", said) if named is None else said
        if where not in said:
            said = rx(r"\bout\b(?! of\b)").sub(f"out of the {where}", said, count=1)
        if where not in said and named is None:
            said = rx(r"\b(everything|all the blocks|the blocks|every block|all blocks|each block|the lot|all of them)\b").sub(
                rf"\1 in the {where}", said, count=1)
        if where in said or named:
            return f"{lead}{said}"
    return f"{lead}{said} {at} the {where}"


def _left(m: re.Match[str]) -> str:
    """'the rest: bin them' -> 'bin the rest'; 'no match: leave it where it is' -> 'leave the unmatched blocks where they
    are'; 'leftovers: into the bin' -> 'the rest into the bin'."""
    said = "the unmatched blocks" if "match" in m[2] else "the rest"
    if rx(r"\b(?:them|it)\b").search(m[3]):
        return m[1] + rx(r"\b(?:them|it)\b").sub(said, rx(r"\bwhere it is\b").sub("where they are", m[3]), count=1)
    return f"{m[1]}{said} {m[3]}"


def colon_facts(text: str) -> str:
    """Facts written with colons, each a request: 'red bowl: X' and 'bin: empty' (a place, then what it holds), 'red
    block: bin' and 'blocks in bowls: leave them be' (a thing, then a verb or the bin), 'blocks: on the table' (a thing,
    then where), 'X: middle' (a block, then a place), 'Matching bowl: load it in. No matching bowl: bin it.' (two rules)."""
    text = rx(r"(?:colou?r sort\W+)?(?:has a |with a |got a )?matching bowl\s*[:,-]\s*(?:load|put|place|drop|pop|stick) (?:it|them) in(?:to it| it| there)?\W+(?:no|without a|"
              r"not got a) matching bowl\s*[:,-]\s*(?:bin|toss|trash|ditch|dump|scrap) (?:it|them)\b").sub(
        "put every block that has a matching bowl in its matching bowl. put every block without a matching bowl in the bin", text)
    t = rx(r"(^|[.;]\s*)(?:the )?(\w+ bowl|bin|(?:top|bottom) (?:left|right) corner|middle)(?: of the table)?\s*:\s*(?!if\b)([^.;:]+)").sub(lambda m:
               f"{m[1]}the {m[2]} should be empty" if rx(r"(?:still |left |kept |stays? |remains? )?(?:empty|clear|nothing)\s*").fullmatch(
                                                                   m[3]) else
               f"{m[1]}put {m[3]} {'at' if m[2].endswith(('corner', 'middle')) else 'in'} the {m[2]}" if rx(
                   r"(?:the |a |an |any |one |two |three )?(?:\w+ )?(?:block|cube|one)s?\s*").fullmatch(m[3]) else
               _topic(m[1], m[2], m[3]), text)  # 'red bowl: X', 'bin: empty', 'W: empty it'
    t = rx(rf"(^|[.;]\s*)({LEFT})\s*:\s*{LEFT_STEP}([^.;:]+)").sub(_left, t)  # 'the rest: bin them', 'leftovers: into the bin'
    t = rx(r"(^|[.;]\s*)(?:the )?((?:\w+ )?(?:stack|tower|pile))\s*:\s*(?:the )?(top|bottom) (?:block|one)\b").sub(
        r"\1the \3 block of the \2", t)  # 'Tallest stack: top block in the bin'
    t = rx(r"(^|[.;,]\s*)[\s,-]*((?:(?:the |any |all |every |each |both |no )?(?:\w+ )?(?:blocks?|cubes?|ones?|"
               r"bowls)|whatever)\b[^.;:,]*?)\s*:\s*(bin|trash|(\w+)(?: them| it|(?= (?:down |back |up )?(?:to|into|"
               r"in|on|onto) the\b)))").sub(
               lambda m: f"{m[1] and '. '}{m[3] if m[4] is None else m[4]} {m[2]}" if (m[4] is None or VERB_RE.fullmatch(m[4])) and not rx(
                   r"\b(?:not|yet|already|still|no longer)\b").search(m[2]) else m[0],  # never a fact: 'X is not in the bin yet: get it there'
               t)  # 'red block: bin', 'blocks in bowls: leave them be', 'every stacked block: move down to the table'
    t = rx(r"\b(blocks?|ones|rest|others)\s*:\s*(?=(?:flat |neatly |all )?(?:in|into|on|onto|at|inside|to)\b)").sub(r"\1 ", t)
    t = rx(r"\b((?:the )?\w+ (?:block|cube|one))\s*:\s*(?:the )?((?:top|bottom) (?:left|right) corner|middle|table|\w+ bowl)\b").sub(
               lambda m: f"put {m[1]} {'in' if m[2].endswith('bowl') else 'on' if m[2] == 'table' else 'at'} the {m[2]}", t)  # 'X: middle'
    return t
