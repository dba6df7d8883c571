"""Questions that compare counts or distances, beside the others in `agent.answers`: more or fewer blocks in one place
than another ('are there more blocks on the table than in the bowls?'), by how many ('by how many blocks does W beat
V?'), half of the blocks in bowls, a bowl's room left ('how many more blocks fit in W before it's full?'), what would be
left if the table were binned, which of two is closer to something, how many stand on one half of the table, and how
many blocks have a bowl of their colour. Places are the table (a block counts where its tower stands), the bowls, one
bowl, the bin.
"""

from __future__ import annotations

import re

from agent.answers.reading import Answer, _one, _the, _Unclear, capacity
from agent.regex import rx
from sim.core import layout
from sim.core.lexicon import BIN, COLOURS, GRIPPER
from sim.core.perceived import Scene
from sim.core.symbolic import SymState

_PLACE = r"(?:the |a |all the |any )?(?:table|bin|bowls?|\w+ bowl)"
_MORE_RE = re.compile(rf"^(?:are there|is there|is|are|do|does) (?:(?P<more>more|fewer|less) blocks (?:sitting |"
                      rf"lying )?(?:on|in|inside|outside(?: of)?|out of) (?P<a>{_PLACE}) than (?:on|in|inside|"
                      rf"outside(?: of)?|out of) (?P<b>{_PLACE}|them)|(?P<a2>{_PLACE}) (?:holding|hold|holds|have|"
                      rf"has|contain|contains) (?P<more2>more|fewer|less) blocks(?: in it| inside(?: it)?)? than (?P<b2>{_PLACE})(?: are| is|"
                      rf" do| does)?)$")
_DIFF_RE = re.compile(rf"^(?:how many (?:more|extra) blocks (?:are|is) (?:in|on) (?P<a>{_PLACE}) than (?:in|"
                      rf"on) (?P<b>{_PLACE})|by how many blocks (?:does|do) (?P<a2>{_PLACE}) (?:beat|exceed|"
                      rf"outnumber|lead) (?P<b2>{_PLACE})|how many (?:more|extra) blocks (?:does|"
                      rf"do) (?P<a3>{_PLACE}) (?:have|hold|contain) (?:compared to|compared with|than|"
                      rf"over) (?P<b3>{_PLACE}))$")
_HALF_RE = re.compile(r"^(?:are|is) (?P<how>at least half|half or more|more than half|less than half|fewer than half|"
                      r"over half|under half)(?: of)? the blocks (?:in|inside) (?:the |a |any )?bowls?$")
_ROOM_RE = re.compile(r"^how many (?:more )?(?:blocks? |cubes? |ones? )?(?:(?:will|would|can|could|do|does) (?:i |"
                      r"you |we )?(?:still )?(?:put |fit |add |get |go )?|(?:still )?(?:fit|go) )?(?:in|"
                      r"into) (?P<w>.+?)(?: before| until| till) it (?:s|is) full$|^how many more (?:blocks? |"
                      r"cubes? |ones? )?(?:(?:will|would|can|could|do|does) (?:still )?)?(?:fit|go) (?:in|"
                      r"into) (?P<w2>.+?)(?: now)?$|^how many more (?:blocks? |cubes? |ones? )?(?:could|can|will|"
                      r"would) (?P<w3>.+?) (?:still )?(?:take|hold|fit)(?: now)?(?: before it (?:s|is) full)?$|"
                      r"^how much (?:room|space) is (?:there |still )?(?:left )?in (?P<w4>.+?)$|^how many (?:more )?(?:blocks? |cubes? )?"
                      r"(?:would|will|does|do) it take to fill(?: up)? (?P<w5>.+?)(?: up)?$")  # 'how many more would it take to fill W up?'
_NUMBER = {"a": 1, "one": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}
_N = rf"(?:{'|'.join(_NUMBER)}|\d+)"
_ROOM_FOR_RE = re.compile(rf"^(?:is there|is|has|does) (?:(?P<w>the \w+ (?:bowl|bin)|the bin) (?:got |have |has )?)?(?:enough )?(?:room|space)(?: left)?(?: in "
                          rf"(?P<w2>.+?))? for (?P<n>{_N}) (?:more |extra )?(?:blocks?|cubes?|ones?)?(?: in (?P<w4>.+?)| in it)?$|^(?:could|can|would|will|does) "
                          rf"(?P<w3>.+?) (?:still )?(?:take|hold|fit|have room for) (?P<n2>{_N}) (?:more |extra )?(?:blocks?|cubes?)$|^(?:would|will|does|could) "
                          rf"the \w+ (?:block|cube) (?:still )?fit (?:in|into) (?P<w5>.+?)(?P<n3>)$")
_TOWER_ROOM_RE = re.compile(r"^how many more (?:blocks? |cubes? )?(?:can|could|will|would) (?:i|you|we|one) (?:stack|put|add|pile|place) (?:on top of|onto|on) "
                            r"(.+?)(?: before (?:the|its|that) (?:tower|stack) (?:is|gets) too (?:tall|high)| before it (?:is|gets) too (?:tall|high))?$")
_IF_BINNED_RE = re.compile(r"\b(?:binned|bin|threw out|throw out|thrown out|tossed|toss|went in the bin|"
                           r"go in the bin|removed|threw away) (?:all |every |everything )(?:of )?(?:the "
                           r")?(?:blocks? |block )?on the table\b|\b(?:every|each|"
                           r"all(?: of)?(?: the)?) blocks? on the table (?:went|go|goes|were put|was put|got put|"
                           r"ended up) (?:in|into) the bin\b")


def compared(q: str, scene: Scene, state: SymState) -> Answer | None:
    """An answer to a normalised question `q` that compares counts or distances, None for other questions."""
    return _more(q, scene, state) or _difference(q, scene, state) or _half(q, state) or _room(q, scene, state) or \
        _if_binned(q, state) or _closer(q, scene) or _half_count(q, scene, state) or _matched_count(q, scene) or _nth(q, scene, state) or \
        _in_own_bowl(q, state) or _higher(q, scene, state) or _highest(q, state) or _across(q, scene, state) or \
        _which_of_two(q, scene, state) or _together(q, scene, state) or _same(q)


def _same(q: str) -> Answer | None:
    """'is the leftmost bowl the cyan one?', once the leftmost bowl is named ('is the white bowl the cyan one?')."""
    if (m := rx(r"^(?:is|was) the (\w+) (block|bowl) (?:really |actually )?the (\w+)(?: one| \2)?$").match(q)) is None or m[3] not in COLOURS:
        return None
    return Answer("yes_no", f"{'Yes' if m[1] == m[3] else 'No'}: it is the {m[1]} {m[2]}.", m[1] == m[3])


_OWN_RE = re.compile(r"^how many (?:of the )?blocks (?:are|sit|is) (?:already |now |sitting |resting |currently )*(?:in|inside) (?:the|a|their) "
                     r"(?:own )?(?:bowl|bowls)(?: (?:of|in) (?:the same colou?r as (?:them|it)|(?:their|its) (?:own )?colou?r)| (?:that|which) "
                     r"match(?:es)? (?:their|its) colou?r| of their own| matching (?:them|their colou?r))?(?: already)?$")


def _in_own_bowl(q: str, state: SymState) -> Answer | None:
    """'how many blocks are sitting in the bowl of their own colour?': the blocks already in their matching bowl."""
    if not _OWN_RE.match(q) or not rx(r"colou?r|own|match").search(q):
        return None
    found = [b for b in state.blocks if (w := state.base(b)) in state.bowls and state.colours.get(w) == state.colours.get(b)]
    return Answer("count", f"{len(found)}" + (f": {_the(found)}." if found else " blocks are in the bowl of their colour."), len(found))


_X = r"(?:the )?\w+ (?:block|cube)"
_HIGHER_RE = re.compile(rf"^(?:is|are) (?P<a>{_X}) (?:sitting |standing )?(?P<w>higher|lower|above|below|bottom)(?: up| down)? than (?P<b>{_X})$|^(?:of "
                        rf"(?P<a2>{_X}) and (?P<b2>{_X}),? )?which(?: one| block| of (?:them|the two))? (?:is|sits|stands|is sitting|is standing) "
                        rf"(?P<w2>higher|lower|bottom)(?: up| down)?(?:,? (?P<a3>{_X}) or (?P<b3>{_X}))?$|^which is (?P<w3>higher|lower|bottom)(?: up| down)?,? "
                        rf"(?P<a4>{_X}) or (?P<b4>{_X})$")


def _under(block: str, state: SymState) -> int:
    """How many blocks stand under `block`: how high it is (a block in a bowl or on the table stands on none)."""
    return sum(block in state.above(u) for u in state.blocks)


def _higher(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'is X higher than Y?', 'of X and Y, which one sits higher?': by how many blocks stand under each (a block in a bowl or on
    the table stands on none)."""
    if not (m := _HIGHER_RE.match(q)) or not (pair := next(([m[a], m[b]] for a, b in (("a", "b"), ("a2", "b2"), ("a3", "b3"), ("a4", "b4"))
                                                            if m[a]), None)):
        return None
    a, b = (_one(x, scene) for x in pair)
    up = (m["w"] or m["w2"] or m["w3"]) in ("higher", "above")
    level = {n: _under(n, state) for n in (a, b)}
    said = f"the {a} stands on {level[a]} block(s), the {b} on {level[b]}"
    if m["w"]:  # yes or no
        yes = level[a] > level[b] if up else level[a] < level[b]
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: {said}.", yes)
    if level[a] == level[b]:
        return Answer("unclear", f"Neither: {said}.", None)
    best = (max if up else min)((a, b), key=level.get)
    return Answer("contents", f"The {best}: {said}.", [best])


_HIGHEST_RE = re.compile(r"^(?:which|what) (?:(?:block|one|cube)(?: is| sits| stands| is sitting| is standing| is stacked| lies)? (?:the )?(?:(?P<w>"
                         r"highest|topmost|uppermost|lowest|bottommost)(?: one| block| up| of (?:them|all))?|(?:the )?(?:highest|furthest) up)|is the "
                         r"(?P<w2>highest|topmost|uppermost|lowest|bottommost) (?:block|one|cube))$")


def _highest(q: str, state: SymState) -> Answer | None:
    """'which block is the highest?', 'what is the lowest block?': by how many blocks stand under each, as `_higher`."""
    if not (m := _HIGHEST_RE.match(q)):
        return None
    blocks = [b for b in state.blocks if state.support[b] not in (BIN, GRIPPER)]
    if not blocks:
        raise _Unclear("There is no block on the table.")
    level = {n: _under(n, state) for n in blocks}
    best = (min if (m["w"] or m["w2"] or "") in ("lowest", "bottommost") else max)(level.values())
    found = [b for b in blocks if level[b] == best]
    said = f"{'it stands' if len(found) == 1 else 'each stands'} on {best} block{'' if best == 1 else 's'}"
    return Answer("which", f"{_the(found).capitalize()}{'' if len(found) == 1 else ' (all level)'}: {said}.", found)


_PAIR = r"(?P<a>the \w+ (?:block|cube)) and (?P<b>the \w+ (?:block|cube))"
_TOGETHER_RE = re.compile(rf"^are {_PAIR} (?:(?P<on>(?:stacked |sitting |resting )?(?:on top of|on) (?:each other|one another))|in the same (?:bowl or (?:in )?the "
                          rf"same (?:tower|stack)|(?:tower|stack) or (?:in )?the same bowl))$|^how many (?:other )?blocks are in the same (?:tower|stack) as "
                          rf"(?P<x>the \w+ (?:block|cube))$")


def _together(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'are X and Y stacked on each other?' (one right on the other), 'are X and Y in the same bowl or the same tower?',
    'how many other blocks are in the same tower as X?'."""
    if (m := _TOGETHER_RE.match(q)) is None:
        return None
    if m["x"]:
        x = _one(m["x"], scene)
        if x not in state.support:
            raise _Unclear(f"I can count the blocks in a block's tower; the {x} is not a block.")
        others = [b for b in state.blocks if b != x and (b in state.above(x) or x in state.above(b))]
        return Answer("count", f"{len(others)}" + (f": {_the(others)}." if others else " (no other block is in its tower)."), len(others))
    a, b = _one(m["a"], scene), _one(m["b"], scene)
    if not {a, b} <= set(state.support):
        raise _Unclear("I can say that of two blocks.")
    stacked = state.support[a] == b or state.support[b] == a
    yes = stacked if m["on"] else stacked or a in state.above(b) or b in state.above(a) or state.base(a) == state.base(b) in state.bowls
    where = f"the {a} is on the {b}" if state.support[a] == b else f"the {b} is on the {a}" if state.support[b] == a else (
        f"the {a} rests on the {state.support[a]}, the {b} on the {state.support[b]}")
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: {where}.", yes)


_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "1st": 1, "2nd": 2, "3rd": 3, "4th": 4, "5th": 5}
_NTH_RE = re.compile(rf"^(?:which|what)(?: block| bowl| one)? is (?:the )?(?P<n>{'|'.join(_NTH)})(?: (?P<kind>block|bowl|one))? (?:from|counting from) "
                     r"the (?P<side>left|right)$|^counting from the (?P<side2>left|right),? (?:which|what) is the (?P<n2>" + "|".join(_NTH) +
                     r") (?P<kind2>block|bowl|one)$")


def _nth(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'which block is second from the right?', 'counting from the left, which is the third bowl?': by their places
    across the table (left is -y); a tower counts once, by its top."""
    if (m := _NTH_RE.match(q)) is None:
        return None
    n, side, kind = _NTH[m["n"] or m["n2"]], m["side"] or m["side2"], (m["kind"] or m["kind2"] or "block").replace("one", "block")
    names = list(state.bowls) if kind == "bowl" else [b for b in state.blocks if state.support[b] not in (BIN, GRIPPER) and state.is_clear(b)]
    ranked = sorted(names, key=lambda o: scene.get(o).position[1] * (1 if side == "left" else -1))
    if n > len(ranked):
        return Answer("which", f"There are only {len(ranked)} {kind}s ({_the(ranked)}).", None)
    ys = [scene.get(o).position[1] for o in ranked]
    if any(abs(ys[n - 1] - ys[i]) < 0.01 for i in (n - 2, n) if 0 <= i < len(ranked)):
        return Answer("which", f"The {ranked[n - 1]} and the {ranked[n - 2 if n > 1 else n]} are about as far to the {side}.", None)
    return Answer("which", f"The {ranked[n - 1]} is the {m['n'] or m['n2']} {kind} from the {side}.", ranked[n - 1])


_ACROSS_RE = re.compile(r"^how many (?:of the )?blocks (?:are |sit |lie |is )?(?:(?:to|on) the )?(?:(?P<side>left|right)(?: side| hand side)? of (?P<x>.+?)|between "
                        r"(?P<a>.+?) and (?P<b>.+?))$|^is (?P<y>the \w+ block) (?:the )?(?P<n>first|second|third|fourth|fifth) (?:block |one )?from the "
                        r"(?P<from>left|right)$")


def _across(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'how many blocks are left of X?', '... between X and Y?' (by their places across the table, a tower counted once per
    block), 'is X second from the left?' (`_nth`'s answer, checked)."""
    if (m := _ACROSS_RE.match(q)) is None:
        return None
    if m["y"]:
        which = _nth(f"which block is {m['n']} from the {m['from']}", scene, state)
        if which is None or which.value is None:
            return which
        return Answer("yes_no", f"{'Yes' if which.value == m['y'][4:] else 'No'}: {which.text}", which.value == m["y"][4:])
    y = {n: scene.get(n).position[1] for n in state.blocks if state.support[n] not in (BIN, GRIPPER)}
    if m["side"]:
        if (x := _one(m["x"], scene)) not in scene.names():
            return None  # 'on the right side of the table': no thing to count across from
        at = scene.get(x).position[1]
        found = [n for n in y if n != x and (y[n] < at - 0.01 if m["side"] == "left" else y[n] > at + 0.01)]
    else:
        if not {_one(m["a"], scene), _one(m["b"], scene)} <= set(scene.names()):
            return None
        a, b = sorted((_one(m["a"], scene), _one(m["b"], scene)), key=lambda n: scene.get(n).position[1])
        lo, hi = scene.get(a).position[1], scene.get(b).position[1]
        found = [n for n in y if n not in (a, b) and lo + 0.01 < y[n] < hi - 0.01]
    return Answer("count", f"{len(found)}" + (f": {_the(sorted(found))}." if found else "."), len(found))


_CLOSER_RE = re.compile(r"^(?:is|are) (?P<a>.+?) (?P<how>closer|nearer|further|farther) (?:(?:to|from) )?(?P<to>.+?) than (?P<b>.+?)(?: is)?$|"
                        r"^(?:which|what) (?:one |block )?is (?P<how2>closer|nearer|further|farther) (?:(?:to|from) )?(?P<to2>.+?),? "
                        r"(?P<a2>the .+?) or (?P<b2>the .+?)$")


def _apart(p: tuple[float, ...], q: tuple[float, ...]) -> float:
    """Distance on the table top (x, y)."""
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


def _xy(name: str, scene: Scene) -> tuple[float, ...] | None:
    """Where `name` is on the table top: an object, a named place, the bin, or the robot (its base, at the origin)."""
    if name in scene.names():
        return scene.get(name).position[:2]
    return layout.BIN_CENTER if name == BIN else (0.0, 0.0) if name == GRIPPER else layout.PLACES.get(name)


def _closer(q: str, scene: Scene) -> Answer | None:
    """'is X closer to the bin than Y?', 'which is further from W, X or Y?', 'is X nearer the robot than Y?': distances on
    the table top; 'is X nearer to one corner than to another?' compares X's distance to each."""
    if (c := rx(r"^how many (block|bowl)s? (?:are|is|stand|sit|lie) (closer|nearer|further|farther) (?:(?:to|from) )?(.+?) than (.+?)(?: is| are)?$").match(q)):
        at, y = _xy(_one(c[3], scene), scene), _one(c[4], scene)  # 'how many blocks are closer to the robot than W?'
        if at is None or (by := _xy(y, scene)) is None:
            return None
        sign, far = 1 if c[2] in ("closer", "nearer") else -1, _apart(by, at)
        found = [o.name for o in scene.objects if o.kind == c[1] and o.name != y and o.support != BIN and sign * (far - _apart(o.position, at)) > 0.01]
        return Answer("count", f"{len(found)}" + (f": {_the(found)}." if found else "."), len(found))
    if (m := _CLOSER_RE.match(q)) is None:
        return None
    a, b, to, how = (m["a"], m["b"], m["to"], m["how"]) if m["a"] else (m["a2"], m["b2"], m["to2"], m["how2"])
    x, y, there = _one(a, scene), _one(rx(r"^(?:to|from) ").sub("", b), scene), _one(to, scene)
    nearer, at, said = how in ("closer", "nearer"), _xy(there, scene), "robot" if there == GRIPPER else there
    if at is None or _xy(x, scene) is None or _xy(y, scene) is None:
        return None  # 'closer to the table': nowhere to measure from
    if y in layout.PLACES and there in layout.PLACES:
        d = {w: _apart(_xy(x, scene), layout.PLACES[w]) for w in (there, y)}
        yes = (d[there] < d[y]) == nearer
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: the {x} is {d[there]:.2f} m from the {there} and {d[y]:.2f} m from the {y}.", yes)

    def far(name: str) -> float:
        return _apart(_xy(name, scene), at)
    if abs(far(x) - far(y)) < 0.01:
        return Answer("which", f"The {x} and the {y} are about as far from the {said}.", None)
    first = x if (far(x) < far(y)) == nearer else y
    if m["a"]:
        return Answer("yes_no", f"{'Yes' if first == x else 'No'}: the {first} is {how} {'to' if nearer else 'from'} the {said}.", first == x)
    return Answer("which", f"The {first} is {how} {'to' if nearer else 'from'} the {said}.", first)


def _count(place: str, scene: Scene, state: SymState) -> tuple[int, str]:
    """How many blocks a place holds, and the place as said back."""
    place = rx(r"^(?:the|a|all the|any) ").sub("", place)
    if place == "table":
        return len(state.on_the_table()), "on the table"
    if place in ("bowl", "bowls"):
        return len(state.in_bowls()), "in the bowls"
    if place == "bin":
        return sum(state.support[b] == BIN for b in state.blocks), "in the bin"
    if (bowl := _one(place, scene)) not in state.bowls:
        raise _Unclear(f"I can compare the blocks on the table, in the bowls, in one bowl or in the bin; the {bowl} is "
                       "none of them.")
    return len(state.in_bowl(bowl)), f"in the {bowl}"


def _more(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'are there more blocks on the table than in the bowls?', 'is the table holding more blocks than the bowls?'"""
    if (m := _MORE_RE.match(q)) is None:
        return None
    a, b, more = m["a"] or m["a2"], m["b"] or m["b2"], m["more"] or m["more2"]
    outside = "outside" in q or "out of" in q
    (na, sa), (nb, sb) = _count(a, scene, state), _count(b if b != "them" else a, scene, state)
    if outside:  # 'more blocks in the bowls than outside them': the rest of the blocks
        nb, sb = len(state.on_the_table()) + len(state.in_bowls()) - na, "outside them"
    yes = na > nb if more == "more" else na < nb
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: {na} {sa}, {nb} {sb}.", yes)


_OF_TWO = r"(?P<{}>(?:the )?\w+(?: bowl)?|(?:the )?(?:table|bin))"
_WHICH_OF_TWO_RE = re.compile(rf"^(?:between|of) {_OF_TWO.format('a')} and {_OF_TWO.format('b')},? (?:which|what)(?: one| bowl| place)? (?:has|holds|"
                              rf"contains|has got|is holding|got) (?P<m>more|fewer|less|the most|the fewest|the least) blocks(?: in it)?$|^(?:which|what)"
                              rf"(?: one| bowl| place)? (?:has|holds|contains|has got|is holding) (?P<m2>more|fewer|less|the most|the fewest|the least) "
                              rf"blocks(?: in it)?,? {_OF_TWO.format('a2')} or {_OF_TWO.format('b2')}$")


def _which_of_two(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'which bowl has more blocks, the white or the purple?', 'between W and V, which one holds fewer blocks?'"""
    if (m := _WHICH_OF_TWO_RE.match(q)) is None:
        return None
    a, b = (p if p.endswith(("bowl", "table", "bin")) else f"{p} bowl" for p in (m["a"] or m["a2"], m["b"] or m["b2"]))
    (na, sa), (nb, sb) = _count(a, scene, state), _count(b, scene, state)
    said = f"{na} {sa}, {nb} {sb}"
    if na == nb:
        return Answer("unclear", f"Neither: {said}.", None)
    more = (m["m"] or m["m2"]) in ("more", "the most")
    best = sa if (na > nb) == more else sb
    return Answer("which", f"{best.split(' ', 1)[1].capitalize()}: {said}.", [best.removeprefix("in the ").removeprefix("on the ")])


def _difference(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'how many more blocks are in W than in V?', 'by how many blocks does W beat V?'"""
    if (m := _DIFF_RE.match(q)) is None:
        return None
    (na, sa), (nb, sb) = (_count(p, scene, state) for p in (m["a"] or m["a2"] or m["a3"], m["b"] or m["b2"] or m["b3"]))
    if na < nb:
        return Answer("count", f"None: {na} {sa}, which is {nb - na} fewer than the {nb} {sb}.", 0)
    return Answer("count", f"{na - nb} ({na} {sa}, {nb} {sb}).", na - nb)


def _half(q: str, state: SymState) -> Answer | None:
    """'are at least half of the blocks in bowls?'"""
    if (m := _HALF_RE.match(q)) is None:
        return None
    inside, total = len(state.in_bowls()), len(state.in_bowls()) + len(state.on_the_table())
    yes = {"at least half": 2 * inside >= total, "half or more": 2 * inside >= total,
           "more than half": 2 * inside > total, "over half": 2 * inside > total}.get(m["how"], 2 * inside < total)
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: {inside} of the {total} blocks are in bowls.", yes)


def _room(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'how many more blocks will fit in the red bowl?', 'how many more could W take before it's full?', 'is there room in
    W for two more blocks?', 'could the bin take 6 blocks?', 'how many more blocks can I stack on X?'."""
    if m := _TOWER_ROOM_RE.match(q):
        block = _one(m[1], scene)
        if block not in state.support:
            raise _Unclear(f"I can say how many more blocks a tower takes; the {block} is not a block.")
        tall = 1 + len(state.above(block)) + sum(block in state.above(b) for b in state.blocks)  # above it, itself, below it
        room = max(layout.MAX_TOWER - tall, 0)
        return Answer("count", f"{room} (a tower is at most {layout.MAX_TOWER} blocks tall; the {block}'s is {tall}).", room)
    yes_no = _ROOM_FOR_RE.match(q)
    if (m := yes_no or _ROOM_RE.match(q)) is None:
        return None
    place = _one(next(g for g in (m.groupdict().get(k) for k in ("w", "w2", "w3", "w4", "w5")) if g), scene)
    if place not in (*state.bowls, BIN):
        raise _Unclear(f"I can say how many more blocks fit in a bowl or the bin; the {place} is neither.")
    size = capacity(place)
    held = [b for b in state.blocks if state.base(b) == place and state.support[b] != GRIPPER]
    room = size - len(held)
    said = f"the {place} holds {size} blocks and has {len(held)}"
    if yes_no:
        said_n = m["n"] or m["n2"] or "one"  # 'would X fit in W': one more
        n = _NUMBER.get(said_n, 0) or int(said_n)
        return Answer("yes_no", f"{'Yes' if room >= n else 'No'}: {said}, room for {room} more.", room >= n)
    return Answer("count", f"{room} ({said}).", room)



def _if_binned(q: str, state: SymState) -> Answer | None:
    """'how many blocks would be left if you threw out everything on the table?': those in bowls (or held)."""
    if not (rx(r"\bhow many blocks\b").search(q) and _IF_BINNED_RE.search(q)):
        return None
    kept = [*state.in_bowls(), *([state.held] if state.held else [])]
    names = ", ".join(f"the {b}" for b in kept) or "none"
    return Answer("count", f"{len(kept)} (the blocks not on the table and not in the bin: {names}).", len(kept))


def _half_count(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'how many blocks are on the right half of the table?', 'which blocks are on the far side?': by which side of the
    centre line each one stands."""
    q = rx(r",? (?:counting|including|with) (?:any|those|the ones|blocks|the blocks)(?: that are)? in (?:bowls|a bowl|the bowls)(?: too| as well)?$").sub("", q)
    listed = rx(r"^(?:which|what) (block|bowl|thing|object)?s? ?(?:is|are)(?: there)? (?:on|in) the (left|right|near|far)(?: half| side| hand side| part| end)?"
                r"(?: of the table)?$").match(q)
    m = listed or rx(r"^how many (block|bowl)s? (?:are|is)(?: there)? (?:on|in) the (left|right|near|far)(?: half| side| hand side| part| hand half| end)?"
                 r"(?: of the table)?$").match(q) or rx(r"^(?:is|are) (.+?) (?:on|in) the (near|far)(?: half| side| end)(?: of the table)?$").match(q)
    if m is None:
        return None
    axis, sign = {"left": (1, -1.0), "right": (1, 1.0), "near": (0, -1.0), "far": (0, 1.0)}[m[2]]  # left is -y; near is the robot's side, -x
    middle = layout.PLACES["middle"][axis]
    if not listed and m[1] not in ("block", "bowl"):  # 'is X on the far side?'
        x = _one(m[1], scene)
        yes = sign * (scene.get(x).position[axis] - middle) > 0.0
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: the {x} is on the {m[2] if yes else {'near': 'far', 'far': 'near'}[m[2]]} half of the table.", yes)
    kinds = (m[1],) if m[1] in ("block", "bowl") else ("block", "bowl")
    found = [o.name for o in scene.objects if o.kind in kinds and state.support.get(o.name) not in (BIN, GRIPPER)
             and sign * (o.position[axis] - middle) > 0.0]
    if listed:
        return Answer("which", f"{_the(found).capitalize()}." if found else f"Nothing is on the {m[2]} half.", found)
    return Answer("count", f"{len(found)}" + (f": {_the(found)}." if found else f" {m[1]}s are on the {m[2]} half."), len(found))


def _matched_count(q: str, scene: Scene) -> Answer | None:
    """'how many of the blocks have a matching bowl?': the blocks with a bowl of their colour."""
    if not rx(r"^how many (?:of the )?blocks (?:have|have got|has|match|are matched by) (?:a matching bowl|a bowl(?: of (?:the same|"
                    r"their|its)(?: own)? colou?r| in (?:their|its) colou?r| that matches (?:them|it))?|one of the bowls|any (?:of the )?bowls?)$").match(q):
        return None
    colours = {o.colour for o in scene.objects if o.kind == "bowl"}
    found = [o.name for o in scene.objects if o.kind == "block" and o.colour in colours]
    return Answer("count", f"{len(found)}" + (f": {_the(found)}." if found else " blocks have a bowl of their colour."), len(found))
