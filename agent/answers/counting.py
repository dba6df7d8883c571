"""Counting and stacking questions, beside the others in `agent.answers`: whether any blocks are stacked ('are any
of the blocks stacked on each other?', 'are there any towers?'), counts of what is NOT somewhere ('how many blocks
aren't in a bowl?', 'how many blocks are outside the bowls?'), the towers (`_towers`: how many, how tall, their
ends), and relations between things (the only block in a bowl, two blocks sharing a bowl, left of, a bowl matching a
block); comparisons of counts are in `agent.answers.comparing`. `agent.answers.answer` asks these first; the scene
is read, never guessed.
"""

from __future__ import annotations

import re

from agent.answers.reading import (
    _PREPS, Answer, _candidates, _contents, _filtered, _holds, _one, _the, _Unclear, _where, _which_state
)
from agent.regex import rx
from sim.core.lexicon import BIN, GRIPPER, TABLE
from sim.core.perceived import Scene
from sim.core.symbolic import SymState

_OTHER = r"(?:each other|one another|another(?: block| one)?|other blocks|any other(?: block)?|a block|some other block|others)"
_STACKED_RE = re.compile(
    r"^(?:are|is|do|does) (?:there )?(?:any|some|anything|any blocks?|any of (?:the )?blocks?|some of (?:the )?blocks?|"
    r"a block|any two blocks?|two blocks?|blocks)(?: of them)? ?(?:blocks? )?(?:that )?(?:are |is )?"
    r"(?:(?:stacked|piled|sitting|resting|lying|standing|placed|put)(?: up)?(?: (?:on top of|on|onto|atop|over) " + _OTHER + r")?|"
    r"(?:sit|sits|rest|rests|stand|stands|lie|lies)? ?(?:on top of|on|atop) " + _OTHER + r"|"
    r"in (?:a |any )?(?:tower|stack|pile)s?)$"
    r"|^(?:are|is) there (?:any |a )?(?:towers?|stacks?|piles?)(?: of blocks)?(?: on the table)?$"
    r"|^(?:has|have) (?:anything|any blocks?|any of (?:the )?blocks?) been stacked(?: up)?$"
)
_NOT_COUNT_RE = re.compile(
    r"^how many (?P<np>.+?) (?:are|is|do|does|sit|sits)(?: there)?(?: (?P<neg>not|no longer))? (?:sitting |resting |lying |standing )?"
    r"(?P<rel>outside(?: of)?|out of|inside(?: of)?|in|on top of|on|at) (?P<loc>.+?)$"
)
_NOT_IN_RE = re.compile(r"^how many (?P<np>.+?) (?:are|is) (?:(?:in|inside) no (?P<loc>.+)|not (?:in|inside) (?:any|a single) "
                        r"(?P<loc2>.+))$")


_STACKED_COUNT_RE = re.compile(
    r"^how many (?:of (?:the )?)?(?:blocks|cubes)(?: are| is)?(?: there)?(?P<neg> not| no longer)? (?:stacked|piled up|"
    r"(?:sitting |resting )?(?:on top of|on|atop) (?:another|other|any other|a|some other)(?: blocks?| ones?)?)$"
)


def normalise_more(q: str) -> str:
    """A normalised question (see `agent.answers`) in the forms this module and `agent.answers` read: 'count the blocks
    that are not in a bowl' -> 'how many blocks are not in a bowl', 'count the bowls' -> 'how many bowls'; 'does X sit on the table' (read there as 'is there X
    on the table') -> 'is X on the table'."""
    q = rx(r"^(what|where|which|how many) (?:exactly|precisely|just|actually|now) (?=is|are)\b").sub(r"\1 ", q)  # 'what exactly is X resting on'
    q = rx(r"\b(and|,) the (\w+) one (?=(?:on|in|inside|at|under|on top of)\b)").sub(r"\1 the \2 block ", q)  # '... and the yellow one on the table': a block
    q = rx(r"\b(on the table\b[^,.;?]*?)\s*[,.;]?\s*(?:not counting|skip(?:ping)?|leav(?:e|ing) out|excluding|ignor(?:e|ing)|without) (?:the ones|those|any|the blocks)"
           r"(?: that are)? (?:in|inside) (?:the |a |any )?bowls?\b").sub(r"\1", q)  # 'how many blocks on the table, not counting the ones in bowls': on the table already
    q = rx(r"^(?:what|which) colou?r (?:of )?bowl is (the \w+ block) (?:sitting |resting |lying |kept |placed |put )?in$").sub(r"what colour is the bowl with \1 in it", q)
    q = rx(r"^count (?:up )?(?=how many\b)").sub("", q)  # 'count how many blocks are in the bowl'
    q = rx(r"^count (?:the |all the |all )?(.+?)(?: that| which)? (are|is) ").sub(r"how many \1 \2 ", q)
    q = rx(r"^count (?:up )?(?:the |all the |all |all of the )?(?=\w)").sub("how many ", q)  # 'count the blocks (in X)'
    q = rx(r"^how many (.+?) (?:(?:have|do|can|did) (?:you|we|i) (?:got|have|see|count|spot)|(?:are|is) there|"
               r"(?:you|we) (?:have|got|see)) (?=(?:in|on|inside|at|under|on top of)\b)").sub(r"how many \1 are ", q)
    q = rx(r"^(?:which|what) (?=(?:\w+ )?(?:blocks?|bowls?|ones?) (?:are|is) (?:not|no longer|outside|out of|in no)\b)").sub(
               "how many ", q)  # 'which blocks are not in any bowl': the count names them
    q = rx(r"^(?:apart from|aside from|besides|other than|except for) (.+?),? (is there|are there) (anything|something|"
               r"any blocks?)(?: else)? (?=(?:in|on|inside)\b)").sub(r"\2 \3 other than \1 ", q)  # 'besides X, is there anything in W'
    q = rx(r"^(?:of|out of|among|from) (the [^,]+?),? (how many|which)(?: ones?| of them| of those)? (?=are|is)").sub(
               r"\2 of \1 ", q)  # 'of the red and blue blocks, how many are in a bowl'
    q = rx(r"^which of (the .+?) (?=are|is)").sub(r"how many of \1 ", q)  # the count names them
    q = rx(r"^(?:has|have) (the [\w ]+?) been (?:put |placed |moved |dropped |stacked |left )?(?=in|on|into|onto|inside|on top of|above)").sub(
               r"is \1 ", rx(r" (?:yet|already|by now|so far)$").sub("", q))  # 'has X been put in one of the bowls yet'
    q = rx(r"^(?:do|have) (?:we|you|i) (?:have|got) (the [\w ]+?) (?:stacked |sitting |resting |lying )?(?=on|in|on top of|inside|under|above)").sub(
               r"is \1 ", q)  # 'do we have X on Y'
    q = rx(r"^(?:do|have) (?:we|you|i) (?:have|got) (anything|something|any \w+|a \w+) (?=in|on|on top of|inside|under|above)").sub(
               r"is there \1 ", q)
    q = rx(r"^(?:do|does) (the .+?) (?:share|sit in|live in) (?:a|the same|one) bowl$").sub(r"are \1 in the same bowl", q)
    q = rx(r"\b(?:one of the|any of the) bowls\b").sub("a bowl", q)
    q = rx(r"^(which|what) (\w+) (?:is|are) (?:holding up|supporting|carrying|propping up) ").sub(r"\1 \2 is under ", q)
    q = rx(r"\b(under|beneath|underneath|on top of|above) the (\w+) one\b").sub(r"\1 the \2 block", q)  # a bowl is under nothing
    q = rx(r"^(?:does|do) (anything|something|any blocks?) (?:still )?remain (?=in|on|on top of)").sub(r"is there \1 ", q)
    q = rx(r"^(?:do you |you )?(?:reckon|think|suppose|figure)(?: that)? (the [\w ]+?) (is|are) ").sub(r"\2 \1 ", q)
    q = rx(r"^(?:which|what) (?:blocks?|things?|ones?) (?:does|do) (the [\w ]+?) (?:contain|hold|have)(?: in it)?$").sub(r"what is in \1", q)
    q = rx(r"^how many (\w+) (?:has|have|does|do) (the [\w ]+?) (?:got|have|hold|contain)(?: in it)?$").sub(r"how many \1 are in \2", q)
    q = rx(r"\bthe (\w+) and (\w+) (blocks|bowls)\b").sub(lambda m: f"the {m[1]} {m[3][:-1]} and the {m[2]} {m[3][:-1]}", q)
    q = rx(r"^(?:are|is) either of (the \w+ block) and (the \w+ block) (?=in|on)").sub(r"is either \1 or \2 ", q)
    q = rx(r"^what (?:does|do) (the [\w ]+?) have (?:on top of it|on top|on it)$").sub(r"what is on \1", q)
    q = rx(r" instead of (?:lying |sitting |being )?(?:on|in) the [\w ]+$").sub("", q)  # 'is X stacked on something instead of ...'
    return rx(r"^is there (the \w+ (?:block|bowl)) (?=(?:on|in|at|under)\b)").sub(r"is \1 ", q)


def more_answers(q: str, scene: Scene, state: SymState) -> Answer | None:
    """An answer to a normalised question `q` (see `normalise_more`) of the kinds above, None for other questions."""
    return (_any_stacked(q, state) or _stacked_count(q, state) or _not_count(q, scene, state) or _most(q, scene, state)
            or _all_state(q, scene, state) or _state_count(q, scene, state) or _only_one(q, scene, state) or _on_a_block(q, scene, state)
            or _every_bowl_holds(q, scene, state) or _left_of(q, scene, state)
            or _same_bowl(q, scene, state) or _holding_count(q, scene, state)
            or _colour_match(q, scene, state) or _either(q, scene, state) or _anything(q, scene, state)
            or _same_colour(q, scene) or _in_the_way(q, scene, state)
            or _colour_of_contents(q, scene, state))


def _anything(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'is there anything in the bowls?', 'are there any blocks in a bowl other than the red one?': what any of
    several places holds, less what is excepted."""
    m = rx(r"^(?:is|are) there (?:anything|something|any blocks?|a block)(?: else)?(?: (?:other than|besides|except|"
                 r"but|apart from|aside from) (?P<but>.+?))? (?P<prep>in|inside|on|on top of) (?P<loc>.+?)"
                 r"(?: (?:other than|besides|except|but|apart from|aside from) (?P<but2>.+))?$").match(q)
    if m is None or not rx(r"\b(?:bowls|blocks|any|a|either)\b").search(m["loc"]) and not (m["but"] or m["but2"]):
        return None
    targets = _candidates(m["loc"], scene)
    but = [n for p in (m["but"], m["but2"]) if p for n in _candidates(p, scene)]
    prep = _PREPS[m["prep"]]
    found = [b for t in targets for b in _contents(prep, t, scene, state) if b not in targets and b not in but]
    return Answer("yes_no", f"Yes: {_the(found)}." if found else f"No, nothing {'else ' if but else ''}is {prep} "
                  f"{' or '.join(f'the {t}' for t in targets)}.", bool(found))


def _either(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'is either the pink block or the red block in the blue bowl?': yes when one of them is."""
    m = rx(r"^(?:is|are) (?:either )?(the \w+ (?:block|one)) or (the \w+ (?:block|one)) (in|inside|on|on top of|under) (.+)$").match(q)
    if m is None:
        return None
    prep = {"inside": "in", "on top of": "on"}.get(m.group(3), m.group(3))
    targets = _candidates(m.group(4), scene) if rx(r"(?:a|any|one of the) bowls?$").match(m.group(4)) else [_one(m.group(4), scene)]
    found = [b for t in targets for b in _contents(prep, t, scene, state)]  # 'is either X or Y in a bowl?': any bowl
    yes = any(_one(m.group(i), scene) in found for i in (1, 2))
    where = " or ".join(f"the {t}" for t in targets)
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: {prep} {where}: {_the(found) or 'nothing'}.", yes)


def _state_count(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'how many bowls are empty?', 'how many blocks are stacked?': the count of those `_which_state` names."""
    m = rx(r"^how many ((?:\w+ )?(?:bowl|block)s?) (?:are|is) (empty|full|occupied|clear|free|stacked|loose)$").match(q)
    if m is None or (which := _which_state(f"which {m.group(1)} are {m.group(2)}", scene, state)) is None:
        return None
    found = list(which.value)
    return Answer("count", f"{len(found)}" + (f": {_the(found)}." if found else "."), len(found))


def _on_a_block(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'is the red block on another block?', '... on top of a block?': what it rests on."""
    m = rx(r"^(?:is|are) (the \w+ block) (?:sitting |resting |stacked |standing )?(?:on|on top of|atop) (?:another|a|some other|"
                 r"any other|any|a different) block$").match(q)
    if m is None:
        return None
    block = _one(m.group(1), scene)
    below = state.support.get(block)
    yes = below in state.blocks
    return Answer("yes_no", f"Yes: the {block} is on the {below}." if yes else f"No: the {block} is {_where(block, scene, state)}.", yes)


def _only_one(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'is the red block the only block in the bowl?'"""
    if (m := rx(r"^(?:is|are) (.+?) the only (?:block|one|thing)s? (in|on) (.+)$").match(q)) is None:
        return None
    block, target = _one(m.group(1), scene), _one(m.group(3), scene)
    found = _contents(m.group(2), target, scene, state)
    yes = found == [block]
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: {m.group(2)} the {target}: {_the(found) or 'nothing'}.", yes)


def _every_bowl_holds(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'is there at least one block in every bowl?'"""
    if not rx(r"^is (?:there )?(?:at least one block|a block|something|anything) in (?:every|each|all the) bowls?$").match(q):
        return None
    empty = [o.name for o in scene.objects if o.kind == "bowl" and not _contents("in", o.name, scene, state)]
    return Answer("yes_no", f"No: {_the(empty)} {'is' if len(empty) == 1 else 'are'} empty." if empty else
                  "Yes: every bowl holds a block.", not empty)


def _left_of(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'is the red block to the left of the blue bowl?'"""
    if (m := rx(r"^(?:is|are) (.+?) (?:to the |on the )?(left|right) (?:of|side of) (.+)$").match(q)) is None:
        return None
    a, b = _one(m.group(1), scene), _one(m.group(3), scene)
    if a not in scene.names() or b not in scene.names() and b != TABLE:
        return None
    ya, yb = scene.get(a).position[1], scene.get(b).position[1] if b != TABLE else 0.0  # the table: its halves
    yes = (ya < yb) == (m.group(2) == "left")  # left is -y (see `agent.answers.reading._ranked`)
    where = f"{'left' if ya < yb else 'right'} {'half of the table' if b == TABLE else f'of the {b}'}"
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: the {a} is on the {where}." if b == TABLE else
                  f"{'Yes' if yes else 'No'}: the {a} is to the {where}.", yes)


def _same_bowl(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'are the red block and the blue block in the same bowl?', '... sharing a bowl?', '... in two different bowls?'"""
    m = rx(r"^(?:are|is) (.+?) and (.+?) (?:(?:in|inside) the same bowl|sharing (?:a|one|the same) bowl|(?P<apart>in (?:two )?(?:different|separate) "
                 r"bowls))$").match(q) or rx(r"^(?:is|are) (.+?) (?:in|inside) the same bowl as (.+)$").match(q)
    if m is None:
        return None
    a, b = _one(m.group(1), scene), _one(m.group(2), scene)
    wa, wb = state.base(a), state.base(b)
    yes = wa in state.bowls and wb in state.bowls and (wa != wb if m.groupdict().get("apart") else wa == wb)
    why = f"both are in the {wa}" if wa == wb and wa in state.bowls else "; ".join(f"the {n} is {'in the ' + w if w in state.bowls else 'in no bowl'}"
                                                        for n, w in ((a, wa), (b, wb)))
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: {why}.", yes)


def _holding_count(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'how many bowls have something in them?': the bowls holding at least one block."""
    if not rx(r"^how many bowls (?:have|hold|contain|have got)(?: got)? (?:something|anything|a block|blocks|any blocks?|"
                    r"stuff|things?)(?: in (?:them|it)| inside(?: them)?)?$").match(q):
        return None
    full = [o.name for o in scene.objects if o.kind == "bowl" and _contents("in", o.name, scene, state)]
    return Answer("count", f"{len(full)}" + (f": {_the(full)}." if full else " bowls hold a block."), len(full))


def _colour_match(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'do any of the bowls match the colour of the red block?', 'is there a bowl the same colour as the red block?'"""
    m = rx(r"^(?:do|does|is there|are there) (?:any (?:of the )?bowls?|a bowl|one of the bowls|any bowl)(?: that)? "
                 r"(?:match(?:es)?|(?:of|in|with|has|have) the same colou?r as|the same colou?r as|in the colou?r of) "
                 r"(?:the colou?r of )?(.+)$").match(q)
    if m is None:
        return None
    block = _one(m.group(1), scene)
    colour = next(o.colour for o in scene.objects if o.name == block)
    bowls = [o.name for o in scene.objects if o.kind == "bowl" and o.colour == colour]
    return Answer("yes_no", f"Yes: the {bowls[0]}." if bowls else f"No: no bowl is {colour}.", bool(bowls))


def _same_colour(q: str, scene: Scene) -> Answer | None:
    """'which block has the same colour as the red bowl?': the blocks (or bowls) of that colour."""
    m = rx(r"^(?:which|what) (block|bowl)s? (?:has|have|is|are|shares?|matches?|is in|comes in)(?: got)? (?:the same colou?r as|"
                 r"the colou?r of|coloured like|the same colou?r that) (.+?)(?: is| has)?$").match(q)
    if m is None:
        return None
    if (target := _one(m.group(2), scene)) not in scene.names():
        raise _Unclear(f"I can tell the colour of blocks and bowls, not of the {target}.")
    colour = scene.get(target).colour
    found = [o.name for o in scene.objects if o.kind == m.group(1) and o.colour == colour and o.name != target]
    return Answer("which", f"{_the(found).capitalize()}." if found else f"None: no {m.group(1)} is {colour}.", found)


def _in_the_way(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'is anything keeping X off Y?' (as `questions` words 'is something in the way so X can't go on Y?'): what must
    come off either block before one goes on the other."""
    if (m := rx(r"^is (?:there )?(?:anything|something) keeping (.+?) off (.+)$").match(q)) is None:
        return None
    block, below = _one(m.group(1), scene), _one(m.group(2), scene)
    if block not in state.support:
        raise _Unclear(f"I can say that of blocks; the {block} is not a block.")
    found = [b for n in (block, below) if n in state.support for b in state.on_top(n)]
    return Answer("yes_no", f"Yes: {_the(found)} {'is' if len(found) == 1 else 'are'} in the way." if found else
                  f"No, nothing is on the {block}" + (f" or on the {below}." if below in state.support else "."), bool(found))


def _colour_of_contents(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'what colour is the block on top of the white one?': the colour of what is there."""
    m = rx(r"^(?:what|which) colou?r (?:is|s) (?:the )?(?:block|one|cube) (?:that is |sitting |resting )?(on top of|on|under|"
                 r"underneath|in|inside) (.+)$").match(q)
    if m is None:
        return None
    prep = _PREPS.get(m.group(1), m.group(1))
    target = _one(rx(r"\bone$").sub("block", m.group(2)) if prep == "on" else m.group(2), scene)
    found = _contents(prep, target, scene, state)[:1] if prep != "under" else [state.support[target]] if target in state.support else []
    if not found or found[0] not in scene.names():
        return Answer("colour", f"Nothing is {prep} the {target}.", None)
    return Answer("colour", f"The {found[0]} is {scene.get(found[0]).colour}.", scene.get(found[0]).colour)


_MOST_RE = re.compile(r"^(?:which|what)(?: (bowl|block)s?| one)? (?:has|have|holds?|contains?|carries|carry) (?:the )?(most|fewest|least|more|"
                      r"fewer|less|greatest number of|smallest number of|largest number of)(?: blocks?| things?| objects?| stuff)?"
                      r"(?: in (?:it|them)| inside(?: it)?| on (?:it|them)| on top(?: of (?:it|them))?)?"
                      r"(?:,? (?:the )?(\w+ (?:bowl|block)) or (?:the )?(\w+ (?:bowl|block)))?$")  # 'more, W or V?': of the two


def _most(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'which bowl has the most blocks in it', 'which bowl holds the fewest': the bowls (or blocks) by what is in (on)
    them; a tie names every one tied."""
    if (m := _MOST_RE.match(q)) is None:
        return None
    kind = m.group(1) or (m.group(3) or "").split(" ")[-1] or None  # 'which has more, W or V?': of their kind
    if kind is None:
        return None
    prep = "in" if kind == "bowl" else "on"
    asked = {m.group(3), m.group(4)} - {None}
    counts = {o.name: len(_contents(prep, o.name, scene, state)) for o in scene.objects
              if o.kind == kind and state.support.get(o.name) not in (BIN, GRIPPER) and (not asked or o.name in asked)}
    if not counts or len(counts) < len(asked):
        return Answer("unclear", f"There is no {' or '.join(sorted(asked - set(counts))) or kind} on the table.")
    best = (min if m.group(2) in ("fewest", "least", "fewer", "less", "smallest number of") else max)(counts.values())
    found = [n for n, c in counts.items() if c == best]
    said = f"{_the(found).capitalize()} {'has' if len(found) == 1 else 'each have'} {best} block(s) {prep} it"
    return Answer("which", said + (f"; {_the(_contents(prep, found[0], scene, state))}." if len(found) == 1 and best else "."),
                  found)


def _all_state(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'are all the bowls empty', 'is any bowl full', 'are none of the blocks clear': each one asked in turn."""
    m = rx(r"^(?:are|is) (all|every|each|any|none|some|both|no)(?: of)?(?: the)?(?: (\w+))? (bowl|block)s? "
                 r"(empty|full|occupied|clear|free|stacked|loose)$").match(q)
    if m is None:
        return None
    colour, kind, word = m.group(2), m.group(3), m.group(4)
    which = _which_state(f"which {colour + ' ' if colour else ''}{kind}s are {word}", scene, state)
    members = [o.name for o in scene.objects if o.kind == kind and colour in (None, o.colour)
               and state.support.get(o.name) not in (BIN, GRIPPER)]
    if which is None or not members:
        return None
    fits, misses = which.value, [n for n in members if n not in which.value]
    if m.group(1) in ("all", "every", "each", "both"):
        yes, why = not misses, f"{_the(misses)} {'is' if len(misses) == 1 else 'are'} not {word}" if misses else \
            f"{_the(fits)} {'is' if len(fits) == 1 else 'are'} {word}"
    elif m.group(1) in ("none", "no"):
        yes, why = not fits, f"{_the(fits)} {'is' if len(fits) == 1 else 'are'} {word}" if fits else f"none is {word}"
    else:
        yes, why = bool(fits), f"{_the(fits)} {'is' if len(fits) == 1 else 'are'} {word}" if fits else f"none is {word}"
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: {why}.", yes)


def _stacked_count(q: str, state: SymState) -> Answer | None:
    """'how many blocks are stacked' (in a tower), 'how many blocks are not on another block' (resting on a block)."""
    m = _STACKED_COUNT_RE.match(q)
    if m is None:
        return None
    stacked = rx(r"\b(?:stacked|piled)\b").search(q)  # in a tower: on a block or under one (as `agent.answers` says)
    inside = [b for b in state.blocks if state.support[b] in state.support or (stacked and state.on_top(b))]
    found = [b for b in state.blocks if b not in inside] if m.group("neg") else inside
    what = ("not " if m.group("neg") else "") + ("stacked" if stacked else "on another block")
    return Answer("count", f"{len(found)} (blocks {what}): {_the(found)}." if found else f"0 (blocks {what}).", len(found))


def _any_stacked(q: str, state: SymState) -> Answer | None:
    if not _STACKED_RE.match(q):
        return None
    pairs = [(b, s) for b, s in state.support.items() if s in state.support]
    if not pairs:
        return Answer("yes_no", "No: no block is on another block.", False)
    said = "; ".join(f"the {b} is on the {s}" for b, s in pairs)
    return Answer("yes_no", f"Yes: {said}.", True)


def _not_count(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'how many blocks are not in a bowl', 'how many blocks are outside the bowls': the blocks the phrase names, less
    those in/on what the location names."""
    m = _NOT_IN_RE.match(q)
    if m:
        np, prep, loc, negated = m.group("np"), "in", "any " + (m.group("loc") or m.group("loc2")), True
    else:
        m = _NOT_COUNT_RE.match(q)
        if m is None or not (m.group("neg") or m.group("rel").startswith(("outside", "out of"))):
            return None
        np, rel, loc, negated = m.group("np"), m.group("rel"), m.group("loc"), True
        prep = "in" if rel.startswith(("outside", "out of")) else _PREPS.get(rel.replace(" of", ""), "in")
    shown = loc.strip() if rx(r"^(?:any|a|the|all)\b").match(loc.strip()) else "the " + loc.strip()
    loc = rx(r"^(?:any|all|all the|any of the|a single|the|a)\s+").sub("", loc.strip())
    phrase, members = _filtered(np, None, prep, scene, state)
    targets = _candidates("the " + loc, scene) if loc not in ("table", "bin") else []
    if loc in ("table", "bin"):
        targets = [_one("the " + loc, scene)]
    inside = [n for n in members if n not in targets and any(_holds(n, prep, t, scene, state) for t in targets)]
    found = [n for n in members if n not in inside and n not in targets] if negated else inside
    where = f"not {prep} {shown}"
    return Answer("count", f"{len(found)} ({phrase} {where}): {_the(found)}." if found else f"0 ({phrase} {where}).",
                  len(found))


_X = r"((?:the )?[a-z]+ (?:block|cube))"
_WHOSE_TOWER_RE = re.compile(rf"\bthe (?:tower|stack|pile) (?:with {_X} (?:in|on) it|(?:that|which) {_X} is (?:in|part of|on)|"
                             rf"(?:containing|holding|including) {_X})|\b{_X}(?:'| )s (?:tower|stack|pile)")


def _towers(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'how many blocks are in the tower', 'what is at its top', 'is X in it'; a tower: 2+ blocks stacked."""
    towers = [[b, *state.above(b)[::-1]] for b in state.blocks
              if state.support[b] not in state.support and state.support[b] not in (BIN, GRIPPER) and state.on_top(b)]
    listed = " and ".join(f"{_the(t)} (bottom first)" for t in towers)
    if rx(r"^how many (?:towers|stacks|piles)\b").match(q):
        return Answer("count", f"{len(towers)} tower(s)" + (f": {listed}." if towers else "."), len(towers))
    if (sized := rx(r"\bthe (tall(?:est|er)?|high(?:est|er)?|big(?:gest|ger)?|large(?:st|r)?|short(?:est|er)?|"
                           r"small(?:est|er)?|low(?:est|er)?|little) (?:tower|stack|pile)\b").search(q)) \
            and towers:  # 'how tall is the tallest tower', 'what is on top of the short stack'
        height = (min if sized.group(1).startswith(("short", "small", "low", "little")) else max)(len(t) for t in towers)
        towers, q = [t for t in towers if len(t) == height], q.replace(sized.group(0), "the tower")
    whose = _WHOSE_TOWER_RE.search(q)  # 'the tower (that) X is in', 'the tower with X in it', "X's tower"
    if whose and (named := _one(next(g for g in whose.groups() if g), scene)):
        towers, q = [t for t in towers if named in t], q.replace(whose.group(0), "the tower")
        if not towers:
            return Answer("unclear", f"{_the([named])} is not in a tower: nothing is stacked with it.", 0)
    if m := rx(r"^(?:is|are) (.+?) (?:(?:in|part of) (?:a|any|one of the) (?:tower|stack|pile)s?|stacked(?: up)?(?: with (?:other|another|any other|some other|a|any) blocks?)?)"
                     r"(?: right now| at the moment)?$").match(q):  # 'is X part of a tower (right now)'
        yes = any(_one(m.group(1), scene) in t for t in towers)
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: " + (f"{listed}." if towers else "there is no tower."), yes)
    if not rx(r"\b(?:the|that|this) (?:tower|stack|pile)\b").search(q):
        return None
    if len(towers) != 1 and not (sized and q.startswith("how")):
        return Answer("unclear", f"There are {len(towers)} towers: {listed}. Which one do you mean?" if towers else
                      "There is no tower on the table: no block stands on another block.", len(towers))
    t = towers[0]
    if m := rx(r"^(?:is|are) (.+?) (?:in|inside|part of|on|at|(?:at|on) the (?:very )?(top|bottom) of|on (top) of)"
                     r"(?: the)? (?:tower|stack|pile)$").match(q):  # 'is the green block at the top of the tower'
        yes = _one(m.group(1), scene) in ({"top": t[-1:], "bottom": t[:1]}.get(m.group(2) or m.group(3) or "", t))
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: the tower is {_the(t)}, from the bottom.", yes)
    if q.startswith("how"):
        return Answer("count", f"{len(t)} blocks" + (f": {listed}." if len(towers) > 1 else
                                                      f" are in the tower: {_the(t)}, from the bottom."), len(t))
    if end := rx(r"\b(top|highest|bottom|lowest|base|middle)\b").search(q):
        b = t[1:-1] if end.group(1) == "middle" else t[-1:] if end.group(1) in ("top", "highest") else t[:1]
        return Answer("contents", f"The {end.group(1)} of the tower ({_the(t)}, from the bottom): {_the(b)}.", b)
    return Answer("contents", f"The tower, from the bottom: {_the(t)}.", t)
