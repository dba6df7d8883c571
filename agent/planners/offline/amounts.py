"""Goals said as amounts, comparisons or 'until', brought to plain requests by counting what is on the table now: 'W
should end up with more blocks than V' (add what makes it so), 'double the blocks in W', 'bin blocks off the table
until only one remains', 'keep stacking blocks on X until the stack is three high', 'fill W while there is room',
'every bowl should have exactly one block' (what two bowls hold swapped is `exchanges`'). Read by `goals` after `phrasing.clean_text`;
a goal that already holds becomes 'leave W alone' (nothing to do)."""

from __future__ import annotations

import re

from agent.planners.offline.words import DIGIT_WORDS, NUMBERS
from agent.regex import rx
from sim.core import layout
from sim.core.errors import PlanningError
from sim.core.lexicon import BIN
from sim.core.symbolic import SymState

_BOWL = r"the \w+ bowl"
_N = r"(one|two|three|four|five|six)"
_MORE_RE = re.compile(rf"^(?:make sure (?:that )?|make it so (?:that )?|i want |i would like |i need )?(?:get |"
                      rf"make )?(?P<w>{_BOWL}) (?:to )?(?:ends? up (?:with|holding|having)|has|have|holds?|holding|"
                      rf"should (?:have|hold|end up with)|gets?|contains?|is) (?P<more>more|fewer|"
                      rf"less) blocks(?: in it)? than (?:there are in )?(?P<v>{_BOWL}|the other bowls? combined|"
                      rf"all the other bowls together|the other bowl)(?: has| does| holds| is| has in it)?$|"
                      rf"^get (?P<more2>more|fewer) blocks (?:into|in) (?P<w2>{_BOWL}) than (?:there are in "
                      rf")?(?P<v2>{_BOWL}|the other bowl)(?: has| does| holds)?$|"
                      rf"^make (?P<w3>{_BOWL}) (?P<more3>fuller|emptier) than (?P<v3>{_BOWL}|the other bowl)$")
_TABLE_RE = re.compile(r"^(?:make sure (?:that )?|i want |there should be )?(?:there are )?(?P<more>more|fewer|"
                       r"less) blocks on the table than (?:in|inside) (?:the |a )?bowls?(?: than on the table)?$|"
                       r"^the bowls (?:are supposed to|should|must|need to) (?:hold|have|contain) (?P<rev>more|"
                       r"fewer) blocks than the table(?: does| has)?$")
_DOUBLE_RE = re.compile(rf"^(?:double|double up) (?:the number of blocks in |the blocks in |the contents of |"
                        rf"the count in )?(?P<w>{_BOWL})(?:,? it should have twice the blocks it has)?$|^i (?:want|"
                        rf"would like|need) twice as many blocks in (?P<w2>{_BOWL}) as (?:there are|it has)(?: now)?$")
_FEWER_TABLE_RE = re.compile(rf"^(?:i want )?(?:there should be )?(?:the table to have )?(?P<n>{_N}) (?:fewer|"
                             rf"less) blocks? (?:on the table)?(?: than (?:now|there are|it has))?$|"
                             rf"^i want the table to have (?P<n2>one|two) blocks? less(?: than)?$")
_AT_MOST_RE = re.compile(rf"^(?:i want |i would like |make sure (?:that )?(?:there are )?|there should be |there are )?(?:no more than|at most|not more than) (?P<n>{_N}) "
                         rf"blocks? (?:(?:should|may|can|is allowed to|are allowed to) (?:be left|stay|remain|be) |left |stays? |remains? |is left |are left )?on the table"
                         rf"(?:,? (?:stacked ones|stacks|towers) included)?(?P<bin>[,;]? (?:and )?(?:put|throw|move) the (?:extras?|extra ones|rest) (?:in|into) the bin)?$|^(?:i (?:would|d) prefer |i want )?"
                         rf"the table (?:ends up|should end up|may end up|to end up|to have|has) (?:with )?"
                         rf"(?P<n2>{_N}) blocks? on it at (?:the )?most$|^(?:do not|never) (?:let|leave) more than (?P<n3>{_N}) (?:of the )?blocks? (?:stay |remain |be left "
                         rf"|sit )?on the table$|^(?P<clear>clear) the table (?:down to|until|till) (?:at most )?(?P<n4>{_N}|a single) blocks?(?: at most| is left| are left| "
                         rf"remains?)?(?: on it)?$")
_HALF_RE = re.compile(r"^(?:i want |i would like |make sure |(?P<bin>bin |throw away )|(?:put|get|move|throw|drop) )?(?P<how>more than |at least |over |exactly )?half "
                      r"(?:of )?(?P<set>the blocks(?: that are on the table| on the table)?)(?: (?:in|into) (?P<place>the bin|the \w+ bowl))?$|^(?:fewer|less) than half "
                      r"(?:of )?the (?:other )?blocks (?:are |should be )?(?:left |still |stay |stays |remain |remain )?on the table$")
_BIN_UNTIL_RE = re.compile(rf"^(?:keep )?(?:bin|binning|throw|throwing|toss|tossing|remove|removing|clear|"
                           rf"clearing)(?: out)? (?:the )?blocks (?:off|from|on) the table (?:(?:into|"
                           rf"in) the bin )?(?:until|till) (?:(?:only|just) )?(?:(?P<n>{_N}|"
                           rf"a single) (?:block )?(?:remains?|is left|are left)(?: there| on it)?|there (?:is|"
                           rf"are) only (?P<n2>{_N}) (?:on it|left))$")
_STACK_UNTIL_RE = re.compile(rf"^(?:i want |keep )?(?:stacking |stack |pile |piling )?blocks (?:stacked )?(?:on|"
                             rf"onto) (?P<x>the \w+ block) (?:until|till) (?:(?:that|the) (?:stack|pile|tower)|"
                             rf"it) is (?P<n>{_N})(?: blocks)? (?:high|tall)$|^(?:keep )?(?:stacking |stack |pile |"
                             rf"piling )?blocks (?:on|onto) (?P<x2>the \w+ block) (?:until|"
                             rf"till) there are (?P<n2>{_N}) in the (?:stack|pile|tower)$")
_FILL_RE = re.compile(rf"^(?:first )?(?P<lead>.*?\bthen )?(?:fill (?:up )?(?P<w>{_BOWL}) (?:from the table |"
                      rf"with (?:table )?blocks )?|(?:keep )?(?:moving|putting|adding|add|move|put) blocks (?:(?:on|"
                      rf"from) the table )?(?:into|in|to) (?P<w2>{_BOWL}) )(?:until|till) it (?:holds|has|"
                      rf"contains) (?:at least )?(?P<n>{_N})(?: blocks| of them)?$")
_ROOM_RE = re.compile(rf"^(?:keep adding blocks to|fill(?: up)?|move blocks into|put blocks (?:in|into)|"
                      rf"blocks from the table should go in) (?P<w>{_BOWL})(?: until it is full| while (?:there is|"
                      rf"it (?:still )?has) (?:still )?(?:space|room)(?: in it| left)?|"
                      rf" for as long as there is (?:space|room)(?: in it)?)(?P<rest>(?:,? but | and |; ).+)?$|"
                      rf"^while (?P<w2>{_BOWL}) (?:still )?has (?:room|space)(?: in it| left)?,? (?:keep|"
                      rf"leave) (?:putting|adding|moving) blocks (?:in|into) it$|^(?P<w3>{_BOWL}) (?:gets|should get|"
                      rf"takes) (?:the )?(?:table blocks|blocks (?:from|on) the table),? as many as (?:fit|will fit|"
                      rf"it can hold|possible)$")
_EMPTY_UNTIL_RE = re.compile(rf"^(?:do not stop|keep|dont stop) (?:binning|removing|taking|"
                             rf"throwing out) blocks (?:from|out of) (?P<w>{_BOWL}) until (?:there are none left in "
                             rf"it|it is empty|none are left)$|^(?:do not|dont) (?:quit|stop) (?:until|"
                             rf"till) (?P<w2>{_BOWL}) (?:should be|is) empty,? (?:everything|all) (?:from it|"
                             rf"in it) goes in the bin$")
_UNPILE_RE = re.compile(r"^keep taking blocks off the (?:stack|pile|tower) (?:that )?(?P<x>the \w+ block) is at the "
                        r"bottom of (?:until|till) (?P=x) is the only one left$")
_CUE_RE = re.compile(r"\b(?:more|fewer|less|fuller|emptier|double|until|till|while|as long as|at most|at the most|half|at least|"
                     r"twice|room|space|full|many|empty|exactly|quit|another|extra|additional|further|fill|top up)\b|\btop the \w+ bowl\b|\bin the \w+ bowl in the\b|^add (?:one|a) block to")


_EACH_RE = re.compile(rf"^(?:fill (?:the )?empty bowls with (?:table blocks|blocks(?: from the table)?) (?:until|"
                      rf"till) (?:all (?:the )?bowls have something in them|every bowl has (?:a block|"
                      rf"something) in it|none of the bowls is empty)|any bowl that is empty,? put (?:one|"
                      rf"a) block in it|keep putting blocks (?:on|from) the table into the bowls (?:until|"
                      rf"till) none of the bowls is empty)$|^(?:every|each) bowl (?:had|has|should have|would have|should end up with|"
                      rf"ends up with|gets) exactly (?P<n>{_N}) blocks?(?: in it)?$|^there (?:is|are) (?P<many>{_N}) blocks? (?:too )?many "
                      rf"in (?P<w>{_BOWL})$|^(?P<match>keep (?:moving|putting) blocks into (?:the bowls that share their "
                      rf"colou?r|their matching bowls|the matching bowls) (?:until|"
                      rf"till) every block that can be matched is(?: matched)?)$|^(?P<plus>(?:add|put|drop|place|pop|"
                      rf"stick|give) (?:one more|another|an extra|one extra|an additional|one additional|one further|(?<=^add )(?:one|a)) "
                      rf"(?:block |one )?(?:to|in|into|inside) (?:every|each|all the|all|each of the) bowls?|(?:give )?(?:every|"
                      rf"each) bowl (?:gets |should get )?(?:one more|another|an extra) block)$|^(?P<own>(?:any|every|each) (?:empty "
                      rf"bowl|bowl that is (?:still )?empty)(?: still| left)?,? fill it (?:up )?with the (?:block|one) (?:of|in) (?:the "
                      rf"same|its|its own|a matching) colou?r(?: if there is one| if (?:one|it) exists| if any)?)$")


def _words(n: int) -> str:
    return DIGIT_WORDS.get(n, str(n))


def _num(word: str) -> int:
    return int(NUMBERS.get(word, word))


def _named(phrase: str) -> str:
    return rx(r"^the ").sub("", phrase)


# blocks in a bowl of another colour, said to leave it: 'no block in a bowl that is not its own colour'
_MISMATCH_RE = re.compile(r"\b(?:(?:there should be )?(?:no|not a single|not one) (?:block|cube)s? (?:should |must |may |can |is |are )?"
                          r"(?:be |sit |sits |sitting |left |remain |remaining |stay |staying |end up |ending up )*in|(?:take|get|"
                          r"move|remove) (?:every|each|any|all the) (?:block|cube)s? out of) (?:a|any) bowl (?:of (?:a |another |"
                          r"some other |the )?(?:different|other|another|wrong) colou?r|(?:that|which) (?:is not|does not match) "
                          r"(?:its|their)(?: own)?(?: colou?r)?|that (?:is|s) the wrong colou?r|(?:that is )?not (?:of )?(?:its|"
                          r"their) (?:own )?colou?r)\b")


def _mismatched(state: SymState) -> str:
    """'take X and Y out of W, ...' for every block in a bowl of another colour."""
    moves = [f"take {' and '.join(f'the {b}' for b in out)} out of the {w}" for w in state.bowls if (out := [
        b for b in state.in_bowl(w) if state.colours[b] != state.colours[w]])]
    return " and ".join(moves) if moves else "leave every block in a bowl alone"


# every bowl but one emptied: 'empty all the bowls but the white one', 'take the blocks out of every bowl except W'
_ALL_BUT_RE = re.compile(r"\b(?:empty|clear out|take (?:the blocks|everything|all the blocks|every block) out of) (?:every bowl|all (?:of )?(?:the )?"
                         r"bowls|the bowls|each bowl),? (?:all )?(?:but|except|apart from|other than|save)(?: for)? the (\w+) (?:bowl|one)\b")


# 'all but one of the blocks on the table': how many that is here
_ALL_BUT_N_RE = re.compile(r"\ball (?:but|except|save) (one|two|three) of (the blocks(?: (?:that are )?(?:on the table|in the (\w+ bowl)|in the bowls|in a bowl|not in the (\w+ bowl)))?)\b"
                           r"(?=(?: out of the (\w+ bowl))?)")  # 'take all but one of the blocks out of W': of those in W


def _all_but(m: re.Match[str], state: SymState) -> str:
    group = state.on_the_table() if m[2].endswith("table") else [b for b in state.blocks if state.base(b) not in (m[4], "bin")] if m[4] else state.in_bowl(m[3] or m[5]) if m[3] or m[5] else state.in_bowls() if "bowl" in m[2] else state.blocks
    return f"{_words(max(len(group) - _num(m[1]), 0))} of {m[2]}"


def _emptied_but(colour: str, state: SymState) -> str:
    bowls = [w for w in state.bowls if state.colours[w] != colour and state.in_bowl(w)]
    return " and ".join(f"empty the {w}" for w in bowls) or "leave every block in a bowl alone"


def amounts(text: str, state: SymState) -> str:
    """The request with an amount, a comparison or an 'until' said as plain steps for the scene as it is now."""
    text = _ALL_BUT_RE.sub(lambda m: _emptied_but(m[1], state), _MISMATCH_RE.sub(lambda _m: _mismatched(state), text))
    text = _ALL_BUT_N_RE.sub(lambda m: _all_but(m, state), text)
    if not _CUE_RE.search(text):
        return text
    cut = rx(r"(?:,? but |; |,? and |,? while |,? )(?=(?:leave|keep|do not|never|without|the blocks in the \w+ bowl (?:stay|remain)|the \w+ block (?:stays|"
                    r"should stay|must stay))\b)").search(text)
    rules = (_not_more, _compare, _versus, _half, _table, _double, _fewer_table, _at_most, _bin_until, _stack_until, _fill, _room, _fill_up, _empty_until,
             _unpile, _each)
    tails = [(text[: cut.start()], text[cut.start():])] if cut else []  # '..., but leave X alone': kept as said
    tails += [(text[: m.start()], text[m.start():]) for m in rx(r"(?:,? and |; |\. |,? then )").finditer(text)
              if not cut or m.start() != cut.start()]  # 'each bowl gets exactly one block, and two go in the bin': the rest after
    for head, tail in [(text, ""), *tails]:
        for rule in rules:
            if (new := rule(head, state)) is not None:
                return new + rx(r"^,? while\b").sub(", and", tail)
    if rx(r"\b(?:more|fewer|less) blocks\b(?: \w+){0,6}? than\b").search(text):  # never a guess at what is compared
        raise PlanningError("I can compare how many blocks are in two bowls named by colour, the bin, the table or the bowls; say which, e.g. "
                            "'more blocks in the red bowl than in the blue bowl'")
    return text


def _other(bowl: str, state: SymState) -> str | None:
    others = [w for w in state.bowls if w != bowl]
    return others[0] if len(others) == 1 else None


def _compare(text: str, state: SymState) -> str | None:
    """'W should end up with more blocks than V', 'make W fuller than V'."""
    if (m := _MORE_RE.match(text)) is None:
        return None
    w, v = _named(m["w"] or m["w2"] or m["w3"]), m["v"] or m["v2"] or m["v3"]
    combined = "other bowls" in v
    v = _other(w, state) if v == "the other bowl" else next((o for o in state.bowls if o != w), "") if combined else \
        _named(v)
    if w not in state.bowls or v not in state.bowls:
        return None
    more = (m["more"] or m["more2"] or m["more3"]) in ("more", "fuller")
    nw = len(state.in_bowl(w))
    nv = sum(len(state.in_bowl(o)) for o in state.bowls if o != w) if combined else len(state.in_bowl(v))
    need = nv + 1 - nw if more else nw - nv + 1
    if not more and nv == 0:  # nothing to take away from: fill the other instead
        return f"add {_words(need)} blocks to the {v}"
    if need <= 0:
        return f"leave the {w} alone"
    return f"add {_words(need)} blocks to the {w}" if more else f"take {_words(need)} blocks out of the {w}"


_PLACE = r"the bin|the table|(?:all )?the bowls(?: together| combined)?|the \w+ bowl"
_VERSUS_RE = re.compile(rf"^(?:make sure (?:that )?|make it so (?:that )?|i want |i would like |i need |there should be |there are |there will be |"
                        rf"(?P<put>put|get|place|move) )?(?:(?P<more>more|fewer|less) blocks (?:in|on|inside|into) (?P<a>{_PLACE})|(?P<a2>{_PLACE}) (?:to |should |"
                        rf"must )?(?:ends? up with|gets?|get|has|have|holds?) (?P<more2>more|fewer|less) blocks) than (?:there are |are )?(?:left )?"
                        rf"(?:(?:in|on|inside) )?(?P<b>{_PLACE})(?: hold| holds| have| has| does| do)?(?: together| combined| between them| at the end)?$")


def _count(place: str, state: SymState) -> int:
    return len(state.in_bowls()) if "bowls" in place else state.count_at(place)


def _versus(text: str, state: SymState) -> str | None:
    """'more blocks in the bin than in all the bowls', 'fewer on the table than in W': the fewest blocks into the bin or W."""
    text = rx(r"^(.*?)(more|fewer|less) blocks than (.+?) (?:in|on) (the bin|the table|the \w+ bowl)$").sub(r"\1\2 blocks in \4 than \3", text)  # '... than X in the bin'
    if (m := _VERSUS_RE.match(text)) is None or "bowls" in (m["a"] or m["a2"]) and "bowls" in m["b"]:
        return None
    a, b = _named(m["a"] or m["a2"]), _named(rx(r"^all | together$| combined$").sub("", m["b"]))
    a, b = (a, b) if (m["more"] or m["more2"]) == "more" else (b, a)  # 'fewer in A than in B' is 'more in B than in A'
    if a not in (BIN, *state.bowls) or a == b or b not in (BIN, "table", "bowls", *state.bowls):
        return None
    need = _count(b, state) + 1 - _count(a, state)
    if need <= 0:
        return f"leave the {a} alone"
    if b == "table":  # each block moved off the table counts twice
        return f"put {_words((need + 1) // 2)} of the blocks on the table in the {a}"
    return f"put {_words(need)} blocks in the {a}" if a == BIN else f"add {_words(need)} blocks to the {a}"


_NOT_MORE_RE = re.compile(rf"^(?:there (?:should not|must not|should never|must never|may not|cannot|can not) be more blocks (?:in|inside) "
                          rf"(?P<w>{_BOWL}) than (?:in )?(?P<v>{_BOWL})|(?P<w2>{_BOWL}) (?:should|must|may|can) (?:not|never) (?:have|hold|contain|end up "
                          rf"with|end up holding|end up having) more blocks(?: in it)? than (?P<v2>{_BOWL})(?: does)?|(?P<w3>{_BOWL}) (?:should|must) (?:have|hold|contain|end up with) "
                          rf"no more blocks(?: in it)? than (?P<v3>{_BOWL})(?: does)?)$")


def _not_more(text: str, state: SymState) -> str | None:
    """'there shouldn't be more blocks in W than in V', 'W should have no more blocks than V': at most as many."""
    if (m := _NOT_MORE_RE.match(text)) is None:
        return None
    w, v = _named(m["w"] or m["w2"] or m["w3"]), _named(m["v"] or m["v2"] or m["v3"])
    if w not in state.bowls or v not in state.bowls:
        return None
    extra = len(state.in_bowl(w)) - len(state.in_bowl(v))
    return f"leave the {w} alone" if extra <= 0 else f"take {_words(extra)} blocks out of the {w}"


def _table(text: str, state: SymState) -> str | None:
    """'fewer blocks on the table than in the bowls': the fewest moves between the two."""
    if (m := _TABLE_RE.match(text)) is None:
        return None
    on, inside = len(state.on_the_table()), len([*state.on_the_table(), *state.in_bowls()]) - len(state.on_the_table())
    more = m["more"] or {"more": "fewer", "fewer": "more"}[m["rev"]]  # 'the bowls should hold more than the table'
    gap = on - inside if more != "more" else inside - on
    if gap < 0:
        return "leave everything alone"
    moves = gap // 2 + 1
    return f"put {_words(moves)} of the blocks on the table in the bowls" if more != "more" else \
        f"take {_words(moves)} of the blocks in the bowls out onto the table"


def _double(text: str, state: SymState) -> str | None:
    if (m := _DOUBLE_RE.match(text)) is None or (w := _named(m["w"] or m["w2"])) not in state.bowls or \
            not state.in_bowl(w):
        return None
    return f"add {_words(len(state.in_bowl(w)))} blocks to the {w}"


def _fewer_table(text: str, state: SymState) -> str | None:
    """'one fewer block on the table': into a bowl with room, else the bin."""
    if (m := _FEWER_TABLE_RE.match(text)) is None:
        return None
    n = _num(m["n"] or m["n2"])
    room = any(len(state.in_bowl(w)) < layout.BOWL_CAPACITY for w in state.bowls)
    return f"put {_words(n)} of the blocks on the table {'in a bowl' if room else 'in the bin'}"


def _at_most(text: str, state: SymState) -> str | None:
    """'no more than one block should be left on the table': the rest into the bowls if they have room, else the bin."""
    if (m := _AT_MOST_RE.match(text)) is None:
        return None
    extra = len(state.on_the_table()) - _num((m["n"] or m["n2"] or m["n3"] or m["n4"]).replace("a single", "one"))
    if extra <= 0:
        return "leave everything alone"
    room = sum(layout.BOWL_CAPACITY - len(state.in_bowl(w)) for w in state.bowls)
    return f"put {_words(extra)} of the blocks on the table {'in the bowls' if room >= extra and not m['clear'] and not m['bin'] else 'in the bin'}"


def _half(text: str, state: SymState) -> str | None:
    """'bin more than half the blocks', 'at least half of the blocks in W', 'fewer than half of the blocks left on the table'."""
    if (m := _HALF_RE.match(text)) is None:
        return None
    group = state.on_the_table() if "table" in (m["set"] or "") else state.blocks
    if m["set"] is None:  # fewer than half left on the table: the rest to the bin
        extra = len(state.on_the_table()) - (len(state.blocks) + 1) // 2 + 1
        return "leave everything alone" if extra <= 0 else f"put {_words(extra)} of the blocks on the table in the bin"
    want = {"more than ": len(group) // 2 + 1, "over ": len(group) // 2 + 1, "at least ": (len(group) + 1) // 2}.get(m["how"] or "", len(group) / 2)
    place = _named(m["place"] or "the bin")
    if want != int(want) or not (m["bin"] or m["place"]):
        raise PlanningError(f"half of {len(group)} blocks is not a whole number; say how many, e.g. 'put two of them in the bin'") if m["bin"] or m["place"] else None
    need = int(want) - sum(state.base(b) == place for b in group)
    return "leave everything alone" if need <= 0 else f"put {_words(need)} of {m['set']} in the {place}" if "table" in m["set"] else \
        f"add {_words(need)} blocks to the {place}"  # never one already there


def _bin_until(text: str, state: SymState) -> str | None:
    if (m := _BIN_UNTIL_RE.match(text)) is None:
        return None
    extra = len(state.on_the_table()) - _num((m["n"] or m["n2"]).replace("a single", "one"))
    return f"bin {_words(extra)} of the blocks on the table" if extra > 0 else "leave everything alone"


def _stack_until(text: str, state: SymState) -> str | None:
    """'keep stacking blocks on X until the stack is three high': free blocks, one on the other, on top of X's stack."""
    if (m := _STACK_UNTIL_RE.match(text)) is None:
        return None
    x = _named(m["x"] or m["x2"])
    if x not in state.support:
        return None
    bottom = x
    while state.support[bottom] in state.support:  # the whole tower X is in counts
        bottom = state.support[bottom]
    stack = [bottom, *state.above(bottom)[::-1]]  # bottom up
    need = _num(m["n"] or m["n2"]) - len(stack)
    if need <= 0:
        return f"leave the {x} alone"
    free = sorted((b for b in [*state.on_the_table(), *state.in_bowls()] if b not in stack),
                  key=lambda b: (len(state.above(b)), state.support[b] in state.support))  # the easiest first
    if len(free) < need:
        return None
    steps, below = [], stack[-1]
    for b in free[:need]:
        steps.append(f"put the {b} on the {below}")
        below = b
    return ", then ".join(steps)


def _fill(text: str, state: SymState) -> str | None:
    """'fill W from the table until it holds three blocks'."""
    if (m := _FILL_RE.match(text)) is None or (w := _named(m["w"] or m["w2"])) not in state.bowls:
        return None
    need = _num(m["n"]) - len(state.in_bowl(w))
    step = f"add {_words(need)} blocks to the {w}" if need > 0 else f"leave the {w} alone"
    return f"{m['lead'] or ''}{step}"


def _room(text: str, state: SymState) -> str | None:
    """'keep adding blocks to W until it is full', 'fill W for as long as there is room'."""
    if (m := _ROOM_RE.match(text)) is None or (w := _named(m["w"] or m["w2"] or m["w3"])) not in state.bowls:
        return None
    need = layout.BOWL_CAPACITY - len(state.in_bowl(w))
    return (f"add {_words(need)} blocks to the {w}" if need > 0 else f"leave the {w} alone") + (m["rest"] or "")


_FILL_UP_RE = re.compile(rf"^(?P<lead>.*?\bthen )?(?:i would love it |i would like (?:you )?to |i want you to )?(?:fill|top) (?:up )?(?P<w>{_BOWL})(?: up)?"
                         rf"(?P<table> (?:with|using) (?:the )?(?:blocks|ones) (?:from|on|off) the table| with (?:the )?table blocks| from the table)?"
                         rf"(?: to (?:the top|capacity|the brim|the limit)| until it is full| as far as it will go)?$")


def _fill_up(text: str, state: SymState) -> str | None:
    """'fill W (up) with blocks from the table', 'top up W', 'fill W to capacity': as many as it holds (from the table when
    said, and no more than are there); a bowl emptied first holds nothing."""
    if (m := _FILL_UP_RE.match(text)) is None or (w := _named(m["w"])) not in state.bowls:
        return None
    emptied = m["lead"] and rx(rf"\b(?:empty {m['w']}|(?:everything|all the blocks|every block) (?:in|out of) {m['w']})").search(m["lead"])
    need = layout.BOWL_CAPACITY - (0 if emptied else len(state.in_bowl(w)))
    if m["table"]:
        need = min(need, len([b for b in state.on_the_table() if not emptied or state.base(b) != w]))
    step = (f"put {_words(need)} of the blocks on the table in the {w}" if m["table"] else f"add {_words(need)} blocks to the {w}") if need > 0 else f"leave the {w} alone"
    return f"{m['lead'] or ''}{step}"


def _empty_until(text: str, state: SymState) -> str | None:
    if (m := _EMPTY_UNTIL_RE.match(text)) is None:
        return None
    return f"bin everything in {m['w'] or m['w2']}"


def _unpile(text: str, state: SymState) -> str | None:
    if (m := _UNPILE_RE.match(text)) is None:
        return None
    return f"clear {m['x']}"


def _each(text: str, state: SymState) -> str | None:
    """'fill empty bowls until none is empty', 'every bowl should have exactly one block', 'one block too many in W'."""
    if (m := _EACH_RE.match(text)) is None:
        return None
    if m["many"]:
        return f"take {m['many']} {'block' if m['many'] == 'one' else 'blocks'} out of {m['w']}"
    if m["n"]:
        return f"put exactly {m['n']} {'block' if m['n'] == 'one' else 'blocks'} in every bowl"
    if m["match"]:
        return "put every block in its matching bowl"
    if m["own"]:  # 'any bowl that's still empty, fill it with the block of its colour': each its own, if it is here
        pairs = [(b, w) for w in state.bowls if not state.in_bowl(w) for b in state.blocks
                 if state.colours[b] == state.colours[w] and state.support[b] != "bin"]
        return " and ".join(f"put the {b} in the {w}" for b, w in pairs) or "leave everything alone"
    spare = sorted(state.on_the_table(), key=lambda b: len(state.above(b)))  # from the table, never out of another bowl
    if m["plus"]:  # 'add one more block to every bowl': one each, from the table
        if len(spare) < len(state.bowls):  # never some of the bowls: 'one more in every bowl' with too few blocks to add
            raise PlanningError(f"one more block in each of the {len(state.bowls)} bowls needs as many blocks from the table; there are {len(spare)}")
        return " and ".join(f"put the {b} in the {w}" for b, w in zip(spare, state.bowls))
    empty = [w for w in state.bowls if not state.in_bowl(w)]
    spare += [b for w in state.bowls if len(held := state.in_bowl(w)) > 1 for b in held if state.is_clear(b)][
        : max(len(empty) - len(spare), 0)]
    if not empty or len(spare) < len(empty):
        return None
    return " and ".join(f"put the {b} in the {w}" for b, w in zip(spare, empty))
