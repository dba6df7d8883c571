"""The reading of questions that `agent.answers.answer` tries: the scene's objects by description, where things are,
what is in or on what, yes/no relations, quantified, nearest, ranked and tower questions. Shared by `counting`."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from agent.regex import rx
from sim.core import layout
from sim.core.lexicon import BIN, COLOURS, GRIPPER, PLACES, TABLE, clean, normalise_name, unify
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds_in_scene
from sim.core.symbolic import SymState, place_at


HELP = ("I can answer: what is on the table (or: what do you see); where is X; what is in/on/under X; which bowl is "
        "empty; which block/bowl is nearest X (or the robot); how many towers, how tall is the (tallest) tower; "
        "what is the gripper holding; what colour is X; how many X (in/on Y); is there a X (in/on Y); "
        "is X in/on/at/under Y; is X on the table, in the bin, held or clear.")
_PREP = r"above|on top of|inside|into|onto|in|on|at|underneath|under|beneath|below"
_PREPS = {"above": "above", "on top of": "on", "onto": "on", "on": "on", "inside": "in", "into": "in", "in": "in", "at": "at",
          "underneath": "under", "under": "under", "beneath": "under", "below": "under"}
_ANY = {"object", "objects", "thing", "things", "item", "items", "one", "ones", "any", "some", "anything",
        "something", "other", "others", "all", "of", "kind", "kinds", "or", "and", "different"}
_FILLER = {"are", "is", "there", "do", "does", "you", "see", "can", "have", "we", "i", "total", "altogether", "left", "now", "currently", "right"}
_SCENE = {"scene", "image", "picture", "view", "world", "workspace", "camera view"}
_ROBOT = r"(?:the )?(?:robot|gripper|arm|hand|you)"
_CONTRACTIONS = (("what's", "what is"), ("where's", "where is"), ("there's", "there is"), ("that's", "that is"),
                 ("isn't", "is not"), ("aren't", "are not"), ("what're", "what are"), ("i'd", "i would"), ("i'm", "i am"),
                 ("doesn't", "does not"), ("don't", "do not"))


@dataclass
class Answer:
    """kind: scene | where | contents | held | colour | count | exists | yes_no | nearest | which | unclear | unsupported."""
    kind: str
    text: str
    value: Any = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "answer": self.text, "value": self.value}


class _Unclear(Exception):
    """A phrase names nothing, or several things; the message says so."""


def _the(names: list[str]) -> str:
    return "nothing" if not names else f"the {names[0]}" if len(names) == 1 else \
        ", ".join(f"the {n}" for n in names[:-1]) + f" and the {names[-1]}"


def _matching(phrase: str, scene: Scene) -> list[str] | None:
    """Objects fitting a description of colours and a kind ("red block", "bowls", "anything"); None if other words."""
    words = [w for w in clean(phrase).split() if w not in _ANY]
    kinds, colours = {w for w in words if w in ("block", "bowl")}, {w for w in words if w in COLOURS}
    return None if len(kinds) > 1 or len(words) != len(kinds) + len(colours) else [
        o.name for o in scene.objects if (not kinds or o.kind in kinds) and (not colours or o.colour in colours)]


def _candidates(phrase: str, scene: Scene) -> list[str]:
    """What `phrase` may name: one object, the bin, the table, the gripper, a named place, or a described set."""
    name = TABLE if phrase.strip() in ("table surface", "the table surface") else normalise_name(phrase, scene.names())  # 'lying on the table'
    if name in scene.names() or name in (BIN, TABLE) or name in PLACES:
        return [name]
    if name in ("gripper", "robot", "hand", "arm", "robot hand", "robot gripper"):
        return [GRIPPER]
    found = _matching(phrase, scene)
    owner = rx(r"^(.+?) (?:with|that has|which has|that holds|which holds|that contains|which contains|holding|"
                     r"containing) (.+?)(?: in it| on it| on top(?: of it)?| inside(?: it)?)?$").match(phrase.strip())
    if found is None and owner and _matching(owner.group(1), scene):  # 'the bowl with the pink block in it'
        state, held = SymState.from_scene(scene), _candidates(owner.group(2), scene)
        found = [n for n in _matching(owner.group(1), scene) or [] if n not in held and any(
            _holds(b, "in" if scene.get(n).kind == "bowl" else "on", n, scene, state) for b in held if b in state.support)]
    m = rx(rf"^(.+?) (?:that is |which is |that are |which are )?({_PREP}) (.+)$").match(phrase.strip())
    if found is None and m and _matching(m.group(1), scene):  # 'the block in the green bowl'
        state = SymState.from_scene(scene)
        prep, where = _PREPS[m.group(2)], _candidates(m.group(3), scene)
        found = [n for n in _matching(m.group(1), scene) or [] if n not in where
                 and any(_holds(n, prep, t, scene, state) for t in where)]
    if not found:
        raise _Unclear(f"I don't see {phrase.strip()!r} on the table. I see: {_the(scene.names())}.")
    return found


def _one(phrase: str, scene: Scene) -> str:
    if len(found := _candidates(phrase, scene)) > 1:
        raise _Unclear(f"Which one do you mean: {' or '.join(f'the {n}' for n in found)}?")
    return found[0]


def _where(name: str, scene: Scene, state: SymState) -> str:
    """Where an object is, in words, with its position."""
    (x, y, _), at = (o := scene.get(name)).position, f" (x={o.position[0]:.2f}, y={o.position[1]:.2f} m)"
    if o.kind == "bowl":
        return f"on the table{f' at the {place}' if (place := place_at(x, y)) else ''}{at}"
    support = state.support.get(name, o.support)
    if support in (GRIPPER, BIN):
        return f"in the {support}"
    if support in (*PLACES, TABLE):
        return f"on the table{f' at the {support}' if support in PLACES else ''}{at}"
    if support in state.bowls:
        return f"in the {support}{at}"
    base = state.base(name) if name in state.support else TABLE
    within = f", in the {base}" if base in state.bowls else ", in the bin" if base == BIN else ""
    return f"on the {support}{within}{at}"


def _holds(block: str, prep: str, target: str, scene: Scene, state: SymState) -> bool:
    """Whether `block` is in/on/at/under `target` (an object, the bin, the table, the gripper or a place)."""
    if scene.get(block).kind == "bowl":  # bowls stand on the table
        return target == TABLE and prep != "under"
    if prep == "under":
        return target in state.support and target in state.above(block)
    if prep == "above":  # 'stacked on top of X': anywhere in the tower over it
        return target in state.support and block in state.above(target)
    one = {TABLE: "on_table", BIN: "in_bin", GRIPPER: "held"}.get(target)
    rel = Rel(one, block) if one else Rel("at" if target in PLACES else "in" if target in state.bowls else "on", block, target)
    return holds_in_scene(rel, scene)


def capacity(place: str) -> int:
    """How many blocks a bowl or the bin holds: what 'full' and 'room for' are measured against."""
    return len(layout.BIN_SLOTS) if place == BIN else layout.BOWL_CAPACITY


def _contents(prep: str, target: str, scene: Scene, state: SymState) -> list[str]:
    """What is in/on/at `target` (under it, for "under")."""
    if target == GRIPPER:
        return [scene.held] if scene.held else []
    if prep == "under":
        return [] if target not in state.support else [b for b in state.support if target in state.above(b)]
    if target in scene.names() and scene.get(target).kind == "block":
        return state.above(target)[::-1]  # the tower above it, bottom up
    return [b for b in state.support if _holds(b, prep, target, scene, state)]


def _filtered(np: str, loc: str | None, prep: str, scene: Scene, state: SymState) -> tuple[str, list[str]]:
    """The objects a noun phrase describes (and where they are), and what they are called in the answer."""
    phrase = " ".join(w for w in rx(r"\s+").split(np) if w and w not in _FILLER) or "objects"
    if (found := _matching(phrase, scene)) is None:
        raise _Unclear(f"I can count blocks and bowls by colour, not {phrase!r}. {HELP}")
    if loc is not None:
        targets = _candidates(loc, scene)
        loose = prep == "on" and targets == [TABLE] and not loc.endswith("surface")  # 'how many are on the table': on a block there too
        found = [n for n in found if n not in targets and (n in state.on_the_table() if loose and n in state.support else any(_holds(n, prep, t, scene, state) for t in targets))]
    return phrase + (f" {prep} the {loc.strip().removeprefix('the ')}" if loc else ""), found


def _split(text: str) -> tuple[str, str, str | None]:
    """"red blocks in the blue bowl" -> ("red blocks", "in", "the blue bowl"); no preposition -> (text, "", None)."""
    text = rx(r" (?:in total|in all|altogether|(?:in|on) (?:the )?(?:scene|image|picture|view))$").sub("", text)
    return (m.group(1), _PREPS[m.group(2)], m.group(3)) if (m := rx(rf"^(.+?) ({_PREP}) (.+)$").match(text)) else (text, "", None)


_FILLER_RE = re.compile(r"\b(?:please|thanks|thank you|um+|uh+|er|erm|hmm+|hey robot|hey|hi|hello|ok|okay|so|well|"
                        r"just|actually|right now|currently|at the moment|by any chance|for me)\b")
_PARTICIPLE_RE = re.compile(r"\b(?:sitting|sat|resting|lying|standing|stood|located|placed|kept|stacked|put|left) "
                            rf"(?=(?:{_PREP})\b)")


def _normalise(question: str) -> str:
    q = unify(question)
    for short, long in _CONTRACTIONS:
        q = q.replace(short, long)
    q = rx(r"[^a-z0-9 ]+").sub(" ", q)
    q = rx(r"\b(?:directly|immediately|right|straight) (?=(?:on|under|underneath|beneath|below)\b)").sub("", q)
    q = rx(r"\b(?:stacked|piled)(?: up)? (?:on top of|on|onto|over) (?=the (?!other\b)\w+ (?:block|one|cube)\b)").sub("above ",
               q)  # 'stacked on top of the red block': the whole stack over it
    q = _PARTICIPLE_RE.sub("", _FILLER_RE.sub(" ", q))
    q = rx(r"^(which|what) (?:one )?of the (?=bowls?|blocks?)").sub(r"\1 ", q)  # 'which of the bowls is nearest X'
    q = rx(r"^(?:can you |could you |would you |be (?:(?:so )?kind(?: enough)?|good enough)(?: as)? to |can we |can i |kindly |please |tell me |do you know |i (?:want|need|would like) to "
               r"know |i wonder |(?:may|can|could|might) i ask |let me know |great |good |nice |perfect |cool |now |and |also |then |(?:after all this time|at this point|"
               r"to (?:begin|start) with|for a start|first of all|right now|at the moment|as of now|as things stand|at present|just now|so far|by now),? )+").sub("", " ".join(q.split()))
    q = rx(r"^(?:whether|if) ").sub("", q)
    q = rx(r"\b(?:your|its|the robot s|the robots|my) (?:gripper|hand|claw|fingers)\b").sub("the gripper", q)
    q = rx(r"^((?:do|does|is|are) (?:you|it|the robot|the arm) (?:have|hold|holding|carrying) .+?) in the gripper$").sub(r"\1", q)
    q = rx(r"^(?:what is |give me |give |tell me )?(?:the |a )?(?:total )?(?:number|count|tally) of ").sub("how many ", q)
    q = rx(r"^(?:name|list|identify|show me) (?:all )?(?:of )?(?:the )?(blocks|bowls|objects|things) "
               rf"(?=(?:{_PREP}) )").sub(r"which \1 are ", q)  # 'name the blocks in the bowl'
    q = rx(r"^where (?:can|could|do|would|will|should) (?:i|we|you) (?:find|see|locate|spot) ").sub("where is ", q)
    q = rx(r"^(?:find|locate|point (?:to|at|out)|look (?:for|at)|search for|spot|show me) (?=(?:the|my|that|this)\b)").sub("where is ", q)
    owns = rx(r"^(?:does|do) (.+?) (?:contain|hold|have) (.+?)(?: in it| on it| on top(?: of it)?| inside(?: it)?)?$").match(q)
    if owns and not rx(r"^(?:you|it|we|i|the robot|the arm|the gripper)$").match(owns.group(1)):  # 'does the bowl contain X'
        prep = "in" if rx(r"\b(?:bowls?|bin)$").search(owns.group(1)) else "on"
        what = owns.group(2)
        q = (f"is there anything {prep} {owns.group(1)}" if rx(r"anything|something|any blocks?|a block|blocks").fullmatch(
                                                                         what) else f"is {what} {prep} {owns.group(1)}")
    owner = rx(r"^(?:what|which) (bowl|block|one)s? (?:has|have|contains?|holds?) (the \w+ (?:block|one))(?: in it| on it|"
                     r" on top)?$").match(q)
    q = rx(r"^(what|which) (bowl|block)s? (?:has|have|contains?|holds?) (?:a block|blocks|anything|something|any blocks?)"
               r"(?: in (?:it|them)| on (?:it|them)| on top)?$").sub(r"\1 \2s are occupied", q)  # 'which bowl has a block in it'
    if owner:  # 'which bowl has the pink block': where the block is
        q = f"where is {owner.group(2)}" if owner.group(1) == "bowl" else f"what is {owner.group(2)} on"
    q = rx(rf"^(what colou?rs?|what|which(?: \w+)?|how many \w+) (?!(?:is|are|does|do)\b)((?:(?!\b(?:is|are)\b).)+?) "
               rf"(is|are)((?: (?:{_PREP}))?)$").sub(r"\1 \3 \2\4", q)  # an embedded question keeps the statement's order: 'what colour X is'
    q = rx(r"\bthe (bowl|block) (the \w+ block) (?:is|sits|rests) (in|on)$").sub(
               lambda m: f"the {m.group(1)} with {m.group(2)} {m.group(3)} it", q)  # 'the bowl the pink block is in'
    q = rx(r"^there (is|are) ").sub(r"\1 there ", q)
    q = rx(rf"^(the .+?) (is|are) ((?:not )?(?:{_PREP}) .+)$").sub(r"\2 \1 \3", q)  # 'the red block is in the bowl?'
    q = rx(r"^(?:anything|something|any \w+|a \w+ \w+)(?: is| are)? (?=(?:" + _PREP + r") )").sub( # '(whether) anything is on X'
               lambda m: "is there " + rx(r" (?:is|are) $").sub(" ", m.group(0)), q)
    q = rx(r"^where (?:did|has|have) (.+?) (?:go|gone|end up|ended up|get to|got to)$").sub(r"where is \1", q)
    q = rx(r"^(?:do|does) (any \w+|\w+ \w+|the \w+ \w+) (?:sit|sits|rest|rests|lie|lies|stand|stands) ").sub(r"is there \1 ", q)
    q = rx(r"^(?:tell me about|what is) (?:the scene|the situation|the table|going on|happening)$").sub("what do you see", q)
    q = rx(r"^is everything\b").sub("are all blocks", q)
    return rx(r"^(?:do you |can you )?see ").sub("is there ", q)


def _dispatch(q: str, scene: Scene, state: SymState) -> Answer | None:
    held = scene.held
    if rx(rf"^(?:what|which \w+) (?:is|are|does|do) {_ROBOT} (?:holding|carrying|grasping|hold|have)\b").match(q):
        return Answer("held", f"The gripper holds the {held}." if held else "The gripper is empty.", held)
    m = rx(rf"^(?:is|are|does|do) {_ROBOT} (?:holding|hold|have|carrying|grasping) (.+)$").match(q)
    if m and all(w in _ANY or w == "block" for w in clean(m.group(1)).split()):
        return Answer("yes_no", f"Yes: the gripper holds the {held}." if held else "No, the gripper is empty.", bool(held))
    if m:
        name = _one(m.group(1), scene)
        return Answer("yes_no", f"{'Yes' if held == name else 'No'}: the {name} is {_where(name, scene, state)}.", held == name)
    if m := rx(r"^what (?:does|do) (.+?) (?:contain|hold|have in it|have on it)$").match(q):
        q = f"what is {'on' if m.group(2 - 1).strip().endswith('block') else 'in'} {m.group(1)}"
    m = rx(rf"^(?:what|which) (?:(?:\w+ )?(?:is|are|sits?|rests?|lies|stands?)(?: there)?|is the (?:block|one|thing)) "
                 rf"({_PREP}) (.+)$").match(q)
    if m and clean(m.group(2)) not in _SCENE and not (_PREPS[m.group(1)] in ("on", "in") and _one(m.group(2), scene) == TABLE):
        found = _contents(prep := _PREPS[m.group(1)], target := _one(m.group(2), scene), scene, state) or (
            [state.support[target]] if prep == "under" and target in state.support else [])  # under X: a block, else the table or a bowl
        where = "in the gripper" if target == GRIPPER else f"{prep} the {target}"
        first = [state.support[target]] if prep == "under" and target in state.support else found[:1]
        more = f"; {'above' if prep == 'on' else 'below'} it: {_the([f for f in found if f not in first])}" if (
            target in state.support and prep in ("on", "under") and len(found) > 1) else ""
        return Answer("contents", f"{where.capitalize()}: {_the(first if more else found)}{more}.", found)
    if rx(r"^(?:(?!(?:what|which) (?:i|we)\b)(?:what|which)\b.*\b(?:see|there|scene|table|image|picture|view)\b|describe\b|list\b)").match(q):  # never "what I'd love to see"
        lines = [f"the {o.name} ({o.kind}, {o.colour}): {_where(o.name, scene, state)}" for o in scene.objects]
        return Answer("scene", f"I see {len(lines)} objects:\n- " + "\n- ".join(lines) if lines else "The table is empty.",
                      scene.names())
    if (m := (rx(r"^(?:what|which) colou?rs? (?:is|are|does|do|has) (.+?)(?: have| has)?$").match(q)
              or rx(r"^(?:what is|what are|tell me|say) the colou?rs? of (.+)$").match(q))) and rx(r"(?:the |all the )?(?:\w+ )?(?:blocks|bowls)").fullmatch(m.group(1)):  # 'what colours are the bowls'
        found = _candidates(m.group(1), scene)
        return Answer("colour", f"{_the(found).capitalize()}: " + ", ".join(scene.get(n).colour for n in found) + ".",
                      [scene.get(n).colour for n in found])
    if m:
        name = _one(m.group(1), scene)
        if name not in scene.names():
            raise _Unclear(f"I can tell the colour of blocks and bowls, not of the {name}.")
        return Answer("colour", f"The {name} is {scene.get(name).colour}.", scene.get(name).colour)
    if m := (rx(r"^where (?:is|are) (.+?)(?: located| placed| now| right now| sitting| resting| lying| standing| kept)*$").match(
                      q) or rx(
            r"^where (.+?) (?:is|are)$").match(q) or rx(
            r"^(?:what|which)(?: bowl| block| one| thing)? (?:is|are) (.+?) (?:sitting |resting |standing )?"
            r"(?:on top of|on|in|inside(?: of)?)$").match(q)):
        name = _one(m.group(1), scene)
        if name not in scene.names():
            raise _Unclear(f"The {name} is a fixed place; I answer where blocks and bowls are.")
        return Answer("where", f"The {name} is {_where(name, scene, state)}.", name)
    if m := rx(r"^how many (.+)$").match(q):
        np, prep, loc = _split(m.group(1))
        phrase, found = _filtered(np, loc, prep, scene, state)
        return Answer("count", f"{len(found)} ({phrase}): {_the(found)}." if found else f"0 ({phrase}).", len(found))
    if m := rx(r"^(?:is|are) there (?:any |an |a |some )?(.+)$").match(q):
        np, prep, loc = _split(m.group(1))
        if np in ("anything", "something", "any thing", "things", "objects", "blocks", "block") and loc is not None:
            found = _contents(prep, target := _one(loc, scene), scene, state)
            return Answer("exists", f"Yes: {_the(found)}." if found else f"No, there is nothing {prep} the {target}.",
                          bool(found))
        phrase, found = _filtered(np, loc, prep, scene, state)
        return Answer("exists", f"Yes: {_the(found)}." if found else f"No, I see no {phrase}.", bool(found))
    if m := rx(r"^(?:are|is) (all|every|each|any|none|some|both)(?: of)? (?:the )?(.+)$").match(q):
        return _quantified(m.group(1), m.group(2), scene, state)
    return _yes_no(m.group(1), scene, state) if (m := rx(r"^(?:is|are) (.+)$").match(q)) else None


def _yes_no(rest: str, scene: Scene, state: SymState) -> Answer | None:
    """"the red block in the blue bowl", "the red block clear", "anything on the red block"."""
    if m := rx(r"^(.+?) (empty|full|occupied|free of blocks)$").match(rest):
        found = _contents("in" if (target := _one(m.group(1), scene)) in state.bowls or target == BIN else "on", target, scene,
                          state)
        if m.group(2) == "full" and target in (*state.bowls, BIN):  # full is as many as it holds, not one block
            size, n = capacity(target), len(found)
            return Answer("yes_no", f"{'Yes' if n >= size else 'No'}: the {target} holds {size} blocks and has {n}{f' ({_the(found)})' if found else ''}.", n >= size)
        yes = not found if m.group(2) in ("empty", "free of blocks") else bool(found)
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: " + (f"{_the(found)} {'is' if len(found) == 1 else 'are'} "
                      f"in the {target}" if found else f"nothing is in the {target}") + ".", yes)
    if m := rx(r"^(.+?) (?:being )?(clear|free|uncovered|held|grasped|picked up|stacked|loose)$").match(rest):
        name = _one(m.group(1), scene)
        if name not in state.support:
            raise _Unclear(f"I can say that of blocks; the {name} is not a block.")
        if (word := m.group(2)) in ("clear", "free", "uncovered"):
            yes = holds_in_scene(Rel("clear", name), scene)
            why = "nothing is on it" if yes else f"the {state.on_top(name)[0]} is on it"
        elif word == "loose":  # alone on the table: on nothing but the table, nothing on it
            yes = state.support[name] in (TABLE, *PLACES) and state.is_clear(name)
            why = f"it is {_where(name, scene, state)}" + (f", and {_the(state.on_top(name))} is on it" if state.on_top(name) else "")
        elif word == "stacked":
            yes = state.support[name] in state.support or bool(state.on_top(name))
            why = f"it is {_where(name, scene, state)}" + (f", and {_the(state.on_top(name))} is on it" if state.on_top(name) else "")
        else:
            yes, why = holds_in_scene(Rel("held", name), scene), f"it is {_where(name, scene, state)}"
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: the {name}: {why}.", yes)
    subject, prep, loc = _split(rest)
    if loc is None:
        return None
    if subject.strip() in ("anything", "something", "there anything", "there something"):
        found = _contents(prep, target := _one(loc, scene), scene, state)
        return Answer("yes_no", f"Yes: {_the(found)}." if found else f"No, nothing is {prep} the {target}.", bool(found))
    name = _one(rx(r"\bone$").sub("block", subject.strip()) if prep in ("on", "above") else subject, scene)  # a bowl is on nothing
    if name not in scene.names():
        raise _Unclear(f"I answer where blocks and bowls are; {subject.strip()!r} is a fixed place.")
    yes = any(t != name and _holds(name, prep, t, scene, state) for t in _candidates(loc, scene))
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: the {name} is {_where(name, scene, state)}.", yes)


def _quantified(quantifier: str, rest: str, scene: Scene, state: SymState) -> Answer | None:
    """"are all the blocks in the bin", "is any block on the red block"."""
    np, prep, loc = _split(rest)
    if loc is None:
        return None
    if not (members := _matching(np, scene)):
        raise _Unclear(f"I don't see {np!r} on the table. I see: {_the(scene.names())}.")
    targets = _candidates(loc, scene)
    fits = [n for n in members if n not in targets and any(_holds(n, prep, t, scene, state) for t in targets)]
    misses = [n for n in members if n not in fits]
    if quantifier in ("all", "every", "each", "both"):
        yes, why = not misses, f"not {_the(misses)}" if misses else \
            f"{_the(fits)} {'is' if len(fits) == 1 else 'are'} {prep} the {loc.removeprefix('the ')}"
    elif quantifier == "none":
        yes, why = not fits, ("none is" if not fits else f"{_the(fits)}")
    else:
        yes, why = bool(fits), (_the(fits) if fits else "none is")
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: {why}.", yes)


_NEAR, _KIND = r"nearest|closest|furthest|farthest|next to|beside|near", r"blocks?|bowls?|objects?|things?|ones?"


def _nearest(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'which bowl is the green block closest to', 'which block is nearest the blue bowl'."""
    m = (rx(rf"^(?:what|which) (?P<kind>{_KIND})(?P<on> on the table)? (?:is|are) (?:the )?(?P<near>{_NEAR})(?: to| from)? (?P<to>.+)$").match(q)
         or rx(rf"^(?:what|which) (?P<kind>{_KIND}) (?:is|are|does|do) (?P<to>.+?) (?:sit |lie |stand )?(?:the )?"
                     rf"(?P<near>{_NEAR})(?: to| from)?$").match(q)
         or rx(rf"^(?:what|which) (?:is|are) the (?P<near>{_NEAR}) (?P<kind>{_KIND})(?: to| from)? (?P<to>.+)$").match(q))
    anchor = (BIN if rx(r"(?:the )?(?:bin|trash)").fullmatch(m.group("to")) else _one(m.group("to"), scene)) if m else ""
    at = {**layout.PLACES, BIN: layout.BIN_CENTER}.get(anchor) or (scene.get(anchor).position[:2] if anchor in scene.names() else None)
    if m is None or at is None:
        return None
    kind, far, sup = m.group("kind").rstrip("s"), m.group("near") in ("furthest", "farthest"), state.support
    cands = [o for o in scene.objects if (o.kind == kind or kind not in ("block", "bowl")) and o.name != anchor and not (
        m.groupdict().get("on") and sup.get(o.name) != TABLE) and not (o.name in sup and (sup[o.name] in (BIN, GRIPPER) or state.base(o.name) == anchor or anchor in state.above(o.name)
                           or (anchor in sup and o.name in state.above(anchor))))]  # not in it, on it or under it
    if not cands:
        raise _Unclear(f"There is no other {kind} on the table.")
    dist = {o.name: ((o.position[0] - at[0]) ** 2 + (o.position[1] - at[1]) ** 2) ** 0.5 for o in cands}
    ranked = sorted(dist, key=dist.__getitem__, reverse=far)
    best = [n for n in ranked if abs(dist[n] - dist[ranked[0]]) < 0.01]
    text = f"{_the(best).capitalize()} {'is' if len(best) == 1 else 'are equally'} {'furthest from' if far else 'closest to'}"
    return Answer("nearest", f"{text} the {anchor} ({dist[best[0]]:.2f} m away).", best[0])


_SUPER_RE = re.compile(
    r"\b(?:the )?(?:(?P<k1>block|bowl|object|one)s? (?:that is |which is |is |are )?(?:(?P<near>nearest|closest|furthest|farthest)"
    r"(?: to| from)? (?:the )?(?:robot|gripper|arm|you|me)\b|(?:(?:the )?(?:furthest|farthest|most) (?:to |on )?|(?:on |at )(?=the (?:far|very|"
    r"extreme) ))(?:the )?(?:far |very |extreme )?(?P<dir>left|right)\b)|(?P<d2>leftmost|rightmost) (?P<k2>block|bowl|object|one)\b)")


def _ranked(q: str, scene: Scene, state: SymState) -> tuple[str, Answer | None]:
    """'the block closest to the robot', 'the leftmost bowl', 'furthest to the right' -> that object's name in `q`; for
    'which block is ...' the answer itself. The robot stands at the origin; left is -y (as `layout`'s places)."""
    if (m := _SUPER_RE.search(q)) is None:
        return q, None
    kind = {"one": "block", "object": "block"}.get(k := m.group("k1") or m.group("k2"), k)
    side = m.group("dir") or (m.group("d2") or "")[:-4]
    sign = -1 if side == "right" or m.group("near") in ("furthest", "farthest") else 1
    key = (lambda o: sign * o.position[1]) if side else (lambda o: sign * (o.position[0] ** 2 + o.position[1] ** 2) ** 0.5)
    if not (ranked := sorted((o for o in scene.objects if o.kind == kind and state.support.get(o.name) not in (BIN, GRIPPER)),
                             key=key)):
        raise _Unclear(f"There is no {kind} on the table.")
    best = [o.name for o in ranked if abs(key(o) - key(ranked[0])) < 0.01]
    if len(best := [n for n in best if n in state.support and state.is_clear(n)] or best) > 1:  # a tower: its top
        raise _Unclear(f"{_the(best).capitalize()} are level there; which one do you mean?")
    if rx(r"(?:what|which) (?:is |are )?").fullmatch(q[: m.start()]) and not q[m.end():].strip():  # 'which block is closest to you'
        said = rx(r"^(?:the )?(\w+) (?:(?:is|are) )?").sub(r"\1 ", m.group(0))
        return q, Answer("nearest", f"The {best[0]} is the {said}.", best[0])
    return f"{q[: m.start()].rstrip()} the {best[0]}{q[m.end():]}".strip(), None


def _which_state(q: str, scene: Scene, state: SymState) -> Answer | None:
    """'which bowl is empty', 'which bowls are full', 'which blocks are clear': each object asked in turn."""
    m = rx(r"^(?:which|what) (?:(\w+) )?(block|bowl)s? (?:is|are) (empty|full|occupied|clear|free|stacked|loose)$").match(q)
    exists = rx(r"^(?:is|are) there (?:any |an |a |some )?(empty|full|occupied|clear|free|stacked|loose) (block|bowl)s?$").match(
                      q)
    if exists:  # 'are there any empty bowls?'
        which = _which_state(f"which {exists.group(2)}s are {exists.group(1)}", scene, state)
        if which is not None:
            found = which.value
            return Answer("exists", f"Yes: {_the(found)}." if found else f"No, no {exists.group(2)} is {exists.group(1)}.",
                          bool(found))
    found = [o.name for o in scene.objects if m and o.kind == m.group(2) and m.group(1) in (None, o.colour)
             and state.support.get(o.name) not in (BIN, GRIPPER) and _yes_no(f"the {o.name} {m.group(3)}", scene, state).value]
    return None if m is None else Answer("which", f"{_the(found).capitalize()}." if found else f"None is {m.group(3)}.", found)
