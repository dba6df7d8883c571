"""Towers told block by block: which block goes where in a tower, said as a list, a chain or order words.

A list of colours with position or order words ('build a tower: red, then blue, then green', 'red at the bottom,
blue in the middle and green on top'), a chain ('red on green on blue', 'green under blue under red'), and the
order or end words said of a stacking clause ('stack X, Y and Z in that order, from the bottom up', 'with X at the
bottom'). Each becomes text the clause reader knows: 'stack the red, blue and green blocks', 'put X on Y', ...
Used by `forms` (a whole clause) and `grammar` (a segment after a stacking clause).
"""

from __future__ import annotations

import re
from itertools import pairwise, permutations

from agent.planners.offline.words import (
    CHAIN_RE,
    CHAIN_SPLIT_RE,
    COLOURS,
    NUMBERS,
    PLACE_PREP_RE,
    REVERSE_RE,
    STAGE_RE,
    TOWER_ALL_RE,
    TOWER_HEAD_RE,
    TOWER_ITEM_RE,
    TOWER_ORDER_RE,
    TOWER_PAIR_RE,
    TOWER_RE,
    TOWER_VERB_RE,
    VERB_RE,
    VERBS,
    per_parse,
)
from agent.planners.offline.wishes import desire
from agent.regex import rx


_TOWER_AT_RE = re.compile(r"\b(?:tower|stack|pile)( (?:in|at|on) (the middle(?: of the table)?|the (?:top|bottom) (?:left|right) "
                          r"corner|the \w+ bowl))(?=,? with\b|\s*[:,])")


@per_parse
def tower_order(text: str) -> str | None:
    """A tower told as a list of its blocks -> 'stack the red, blue and green blocks' (bottom first), or 'stack all
    the blocks with the red block at the bottom and the green block on top'; None when the text is not one.

    'build a tower: red, then blue, then green', 'a stack with red on the bottom, blue in the middle and green on
    top', 'put the yellow block at the bottom, the cyan block on it and the pink block on top', 'the tower should go
    red, yellow, blue from the bottom', 'stack the pink, cyan and yellow blocks in that order, from the bottom up',
    'stack the blocks so that red is at the bottom and green at the top'. Every item must be a colour with at most a
    position word; anything else makes it not a tower list (a later command after the list becomes a later stage).
    """
    if rx(r"\b(?:on|onto|on top of) it,? in (?:that|this|the same) order\b(?!.*\btop\b)").search(text):
        return None  # 'stack X and Y on Z, in that order (from the bottom up)': on Z as said, not a tower of their own
    text = rx(r"^(?:(?:when (?:it is|it s|you are|you re) (?:finished|done)|in the end|at the end|afterwards|finally|the (?:finished|final) "
                  r"(?:picture|photo|table|result) (?:shows|has)),?\s*)+(?=(?:the|a|one) (?:\w+ ){0,2}(?:tower|stack|pile)\b)").sub("", text)
    text = rx(r"^((?:from|starting (?:from|at|with)) (?:the )?(?:bottom|top)(?: up| down| to (?:the )?(?:top|bottom))?|(?:bottom|top) to (?:top|bottom)),?\s+(.+)$").sub(
        r"\2, \1", text)
    text = rx(r"^there (?:is|will be|should be|must be|needs to be|has to be|would be) (?=(?:a|one) (?:(?:little|small|single|"
                  r"neat|tall|\w+ block) )?(?:tower|stack|pile)\b)").sub("", text)  # 'there is a tower with X at the bottom, ...'
    at = _TOWER_AT_RE.search(text)  # 'a tower in the middle with red at the bottom ...': the bottom block goes there first
    if at and (read := tower_order(text[: at.start(1)] + text[at.end(1):])) and (m := rx(r"stack the ([\w, ]+) and (\w+) blocks").fullmatch(read)):
        up = [*m.group(1).split(", "), m.group(2)]
        prep = "in" if at.group(2).endswith("bowl") else "at"
        return f"put the {up[0]} block {prep} {at.group(2)}" + "".join(f", put the {u} block on the {lo} block" for lo, u in pairwise(up))
    read = _tower_list(text) or _tower_list(desire(text))
    if read is not None:
        return read
    for m in STAGE_RE.finditer(text):  # 'put X in the bowl, then build a tower: red, then blue, then green'
        head, tail = text[: m.start()].strip(" ,"), text[m.end():].strip(" ,")
        read = _tower_list(desire(tail)) if head and tail else None
        if read is not None:
            return f"{head} then {read}"
    return None


def _tower_rank(pos: str | None) -> int | None:
    """A position word's place in a tower: 0 the bottom, 2 the top, 1 between; None when none is said."""
    if not pos:
        return None
    if rx(r"\b(?:bottom|base|foundation|first|down|underneath|beneath|below|lowest|lowermost|bottommost)\b").search(pos):
        return 0
    if rx(r"(?:(?:(?:at|on|to) )?(?:the )?(?:very )?top\b.*|on top|last|at the end|highest|uppermost|topmost)").fullmatch(pos):
        return 2
    return 1


def _tower_list(text: str) -> str | None:
    """`tower_order` on one stage: the list after a tower noun ('a tower: ...'), 'stack the blocks so that' or a verb."""
    if rx(r"\b(?:on|onto|to|atop|of|beside|next to) (?:the |that |this |your )(?:tower|stack|pile) (?:with|that has|which "
                 r"has|having|containing|holding|where|whose)\b|\b(?:stays?|remains?)\b").search(text):
        return None  # 'on top of the tower with the pink block': a tower that stands, not a list of one to build
    head, all_blocks = TOWER_HEAD_RE.match(text), None
    stacking = bool(head) or bool(rx(r"^(?:stack|pile|build|make)\b").match(text))
    if head:
        body = head.group("body")
    elif m := TOWER_ALL_RE.match(text):
        all_blocks, body = m.group(1), m.group(2)
    else:
        verb = TOWER_VERB_RE.match(text)
        body = text[verb.end():] if verb else text
    if stacking and TOWER_RE.search(body):  # 'stack red, then blue, then green on top of each other'
        body = TOWER_RE.sub(" ", body)
    body, reverse, ordered = _order_words(body)
    body = rx(r"\s+").sub(" ", body).strip(" ,")
    parts = rx(r"(\s*,\s*(?:(?:and|with|while|plus)\s+)?|\s+(?:and|with|while|plus)\s+|\s+(?=(?:then|followed by|next)\b(?!\s*(?:,|$|and\b))))").split(body)
    items: list[tuple[str, int | None, str]] = []
    pairs: list[tuple[str, str]] = []  # (lower, upper), the upper right on the lower
    rest, pair_at = "", -1  # the one pair, after blocks said without a place: 'stack X and Y on Z (, with Y on top)'
    for i in range(0, len(parts), 2):
        piece = parts[i].strip()
        if not piece:
            continue
        if i and stacking and rx(r"(?:then|followed by|next)\b").match(piece):
            ordered = True  # 'red, then blue, then green': built in that order, from the bottom
        m, pair = TOWER_ITEM_RE.match(piece), TOWER_PAIR_RE.match(piece) if stacking and (items or head) else None
        if pair:
            a, b = pair.group("a"), pair.group("b")
            pairs.append((b, a) if pair.group("rel") in ("on top of", "on", "onto", "atop", "above", "over") else (a, b))
            pair_at = -1 if pair_at != -1 or any(r is not None for _, r, _ in items) else len(items)
            items += [(c, None, "") for c in (a, b) if c not in [it[0] for it in items]]
            continue
        if m is None:
            rest = rx(r"^(?:(?:and|then|after that|next),? )+").sub("", "".join(parts[i:]).strip(" ,"))
            break
        items.append((m.group("c"), _tower_rank(m.group("pos")), m.group("pos") or ""))
    if len(items) < 2 or (rest and not VERB_RE.match(rest)):
        return None
    if items[0][1] == 1:  # 'put the red block on it and the blue one on top': 'it' is outside the list
        return None
    rank: dict[str, int | None] = {}
    for colour, r, _ in items:  # 'a tower of green, red and blue, green on the bottom': one block, said twice
        if colour in rank and None not in (r, rank[colour]) and r != rank[colour]:
            return None
        rank[colour] = r if rank.get(colour) is None else rank[colour]
    anchored = [c for c, r in rank.items() if r in (0, 2)]
    said = [p for _, r, p in items if r in (0, 2) and (stacking or rx(r"\b(?:bottom|base|foundation|top|down|underneath|"
                                                                          r"beneath|below)\b").search(p))]
    if len(rank) < 2 or not (head or said or ordered or pairs):  # 'put red first, then blue' says no tower
        return None
    if not head and not (stacking and pairs) and any(rx(r"\b(?:middle|cent(?:er|re))\b").search(p) for _, _, p in items):
        return None  # 'put the red block in the middle and the blue one on top': 'the middle' is also a place
    if sum(r == 0 for r in rank.values()) > 1 or sum(r == 2 for r in rank.values()) > 1:
        return None
    if head and head.group("n") and NUMBERS[head.group("n")] != len(rank):  # 'a three block tower: red, blue'
        return None
    listed = list(rank)[::-1] if reverse else list(rank)
    after = {c: r for c, r, _ in items[pair_at + 2:]}  # what is said after the pair is said of blocks already named
    if len(pairs) == 1 and pair_at > 0 and not head and not reverse and all(r in (None, 1, 2) for r in after.values()) and not (
            set(after) - set(rank)) and sum(r == 2 for r in after.values()) <= 1:
        lo, up = pairs.pop()  # 'stack X and Y on Z': Z at the bottom, then X, then Y ('..., with X on top': X last)
        listed = [lo, *[c for c in listed if c not in (lo, up)], up]
        listed = [c for c in listed if after.get(c) != 2] + [c for c in listed if after.get(c) == 2]
        rank = dict.fromkeys(listed, 1)
    if pairs:  # the first order, nearest the listed one, that keeps every pair and end
        if all_blocks is not None or len(listed) > 6:
            return None
        fits = [p for p in permutations(listed) if all(p.index(u) == p.index(lo) + 1 for lo, u in pairs)
                and all(r is None or r == 1 or (r == 0) == (p[0] == c) and (r == 2) == (p[-1] == c)
                        for c, r in rank.items())]
        if not fits:
            return None
        listed, rank = list(fits[0]), dict.fromkeys(fits[0], 1)
    if all_blocks is not None:  # the named blocks' ends only; the others anywhere between
        if set(rank) != set(anchored):
            return None
        ends = [f"with the {c} block {'at the bottom' if rank[c] == 0 else 'on top'}" for c in anchored]
        out = f"stack {all_blocks} " + " and ".join(e if i == 0 else e.removeprefix("with ") for i, e in enumerate(
            sorted(ends, key=lambda e: "on top" in e)))
    else:
        bottom_up = sorted(listed, key=lambda c: 1 if rank[c] is None else rank[c])
        out = "stack the " + ", ".join(bottom_up[:-1]) + f" and {bottom_up[-1]} blocks"
    return f"{out} then {rest}" if rest else out


def _order_words(text: str) -> tuple[str, bool, bool]:
    """Blank out a tower's order words ('in that order', 'from the top down'): (the text left, whether they say top
    first, whether there were any)."""
    reverse = False

    def blank(m: re.Match[str]) -> str:
        nonlocal reverse
        end, way = m.group("from") or m.group("ends"), m.group("dir") or m.group("dir2") or ""
        reverse = reverse or end == "top" or way.startswith("down")
        return " "

    rest, found = TOWER_ORDER_RE.subn(blank, text)
    return rest, reverse, found > 0


def tower_chain(text: str) -> str | None:
    """'stack red on green on blue', 'the tower should be red on green on blue', 'put green under blue under red' ->
    one clause per pair, the upper block first."""
    m = CHAIN_RE.match(text)
    if not m:
        return None
    names = [n.strip() for n in CHAIN_SPLIT_RE.split(m.group(1))]
    if rx(r" (?:under|underneath|beneath|below) (?!.* (?:on top of|on|onto|atop|above|over) )").search(m.group(1)):
        names = names[::-1]
    names = [n if n.endswith(("block", "one", "cube")) else f"{n} block" for n in names]
    return ", ".join(f"put {a} on {b}" for a, b in pairwise(names))


def tower_modifier(seg: str, before: str) -> str | None:
    """A segment that only says how (order words, 'in a tower', 'with X at the bottom', 'X on top'), in the words the
    clause reader takes as modifiers; None when it says more."""
    bare, reverse, _ = _order_words(REVERSE_RE.sub(" top to bottom ", seg))
    if bare != seg and not TOWER_RE.sub(" ", rx(r"\btop to bottom\b").sub(" ", bare)).strip(" ,"):
        reverse = reverse or "top to bottom" in bare
        return ("from top to bottom" if reverse else "in that order") + (" in a tower" if TOWER_RE.search(bare) else "")
    colour = "|".join(COLOURS)
    verb = VERB_RE.match(before)
    if verb is None or VERBS[verb.group(0)] != "stack":  # a tower's end is said only of stacking
        return None
    m = rx(rf"(?:with )?(?:the )?({colour})(?: block| one| cube)?(?: (?:is|goes|should be|sits))? "
                     r"(?:(at|on) the (?:very )?(?:bottom|base)|(on top|at the top|on the top))").fullmatch(seg)
    if m:
        return f"with the {m.group(1)} block " + ("at the bottom" if m.group(2) else "on top")
    return None


# 'put X under Y': X the block to move, Y where it goes (and what, said after, stays where it is: Y, its stack)
UNDER_RE = re.compile(r"^(?:(?:put|place|set|move|stack|slide|push|hide|stick|drop|lay|position|shove|slip|tuck|get) (?P<x>.+?) (?:in )?"
                      r"(?P<prep>underneath|under|beneath|below)|slipunder (?P<x2>.+?) to)\b ?(?P<y>.*?)(?:,? (?:right |just )?(?:where|in the spot where|in the place where) "
                      r"(?P<where>it|that one|the \w+ block) (?:is|stands|sits|was)(?: now| right now)?|,? so (?:that|the) (?:block|one|\w+ block) (?:ends up |is )?"
                      r"(?:sitting |resting |standing )?on (?:it|top of it)|,? (?:now|right now)|,? (?:keeping|with) the (?:stack|tower|pile) (?:standing |staying )?where it is|,? (?:and |but )?not "
                      r"(?:on top of|on|above|over) (?:it|the \w+ block))*$")


def under_parts(text: str) -> tuple[str, str, str] | None:
    """'put X under Y' -> (X, the word said for 'under', Y): X the block that moves, Y the block (or tower) it goes under;
    None when the words are something else ('put the block under X in Y', 'move the block that is beneath X onto Y')."""
    m = UNDER_RE.match(text)
    x, y = m and (m["x"] or m["x2"]), m and rx(r"^((?:the |that |this )?(?:whole )?(?:tower|stack|pile)(?: of \w+)?) (?:in|on|at) the [\w ]+$").sub(r"\1", m["y"])  # 'the tower in W': which stands
    if not m or PLACE_PREP_RE.search(x) or rx(r"\b(?:that|which|who)(?: is| s| are)?$|\b(?:off|from|out|rid)\b|^(?:all|every|each)\b").search(x) or rx(
            r"[,;.]|\band\b").search(y) or PLACE_PREP_RE.search(rx(r"\b(?:that|which) (?:is|are|s|sits|stands|rests|has|holds) .*$").sub("", y)):
        return None
    return x, m["prep"] or "under", m["where"] if y == "it" and m["where"] else y


UNDER_Y_RE = re.compile(r"\b(?:block|one|it|cube|stack|tower|pile)(?: of \w+)?$|^(?:the |that |this )?(?:whole )?(?:stack|tower|pile)\b|^(?:the )?(?:" + "|".join(COLOURS) + r")$|^the (?:block|one) (?:that|which) ")
