"""Answer questions about a perceived `Scene`, by rule: no model, no simulator truth, nothing evaluated.

    answer("is the red block in the blue bowl?", scene)   # Answer(kind="yes_no", text="Yes: ...", value=True)

Kinds: what is on the table (what do you see), where is X, what is in/on/at/under X, what is the gripper
holding, what colour is X, how many X (in/on Y), is there a X (in/on Y), is X in/on/at/under Y, is X on
the table / in the bin / held / clear. Names go through `sim.core.lexicon.normalise_name`; a description
("the bowl", "the red one") resolves when it fits one object. Anything else gets `HELP`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from sim.core.lexicon import BIN, COLOURS, GRIPPER, PLACES, TABLE, clean, normalise_name, unify
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds_in_scene
from sim.core.symbolic import SymState, place_at

__all__ = ["HELP", "Answer", "answer"]

HELP = ("I can answer: what is on the table (or: what do you see); where is X; what is in/on/under X; "
        "what is the gripper holding; what colour is X; how many X (in/on Y); is there a X (in/on Y); "
        "is X in/on/at/under Y; is X on the table, in the bin, held or clear.")
_PREP = r"on top of|inside|into|onto|in|on|at|underneath|under|beneath|below"
_PREPS = {"on top of": "on", "onto": "on", "on": "on", "inside": "in", "into": "in", "in": "in", "at": "at",
          "underneath": "under", "under": "under", "beneath": "under", "below": "under"}
_ANY = {"object", "objects", "thing", "things", "item", "items", "one", "ones", "any", "some", "anything",
        "something", "other", "others", "all", "of", "kind", "kinds", "or", "and", "different"}
_FILLER = {"are", "is", "there", "do", "does", "you", "see", "can", "have", "we", "i", "total", "altogether",
           "left", "now", "currently", "right"}
_SCENE = {"scene", "image", "picture", "view", "world", "workspace", "camera view"}
_ROBOT = r"(?:the )?(?:robot|gripper|arm|hand|you)"
_CONTRACTIONS = (("what's", "what is"), ("where's", "where is"), ("there's", "there is"), ("that's", "that is"),
                 ("isn't", "is not"), ("aren't", "are not"), ("what're", "what are"))


@dataclass
class Answer:
    """kind: scene | where | contents | held | colour | count | exists | yes_no | unclear | unsupported."""

    kind: str
    text: str
    value: Any = None

    def to_json(self) -> dict[str, Any]:
        return {"kind": self.kind, "answer": self.text, "value": self.value}


class _Unclear(Exception):
    """A phrase names nothing, or several things; the message says so."""


def _the(names: list[str]) -> str:
    items = [f"the {n}" for n in names]
    return "nothing" if not items else items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def _matching(phrase: str, scene: Scene) -> list[str] | None:
    """Objects fitting a description of colours and a kind ("red block", "bowls", "anything"); None if other words."""
    words = [w for w in clean(phrase).split() if w not in _ANY]
    kinds = {w for w in words if w in ("block", "bowl")}
    colours = {w for w in words if w in COLOURS}
    if len(kinds) > 1 or len(words) != len(kinds) + len(colours):
        return None
    return [o.name for o in scene.objects if (not kinds or o.kind in kinds) and (not colours or o.colour in colours)]


def _candidates(phrase: str, scene: Scene) -> list[str]:
    """What `phrase` may name: one object, the bin, the table, the gripper, a named place, or a described set."""
    name = normalise_name(phrase, scene.names())
    if name in scene.names() or name in (BIN, TABLE) or name in PLACES:
        return [name]
    if name in ("gripper", "robot", "hand", "arm", "robot hand", "robot gripper"):
        return [GRIPPER]
    found = _matching(phrase, scene)
    m = re.match(rf"^(.+?) (?:that is |which is |that are |which are )?({_PREP}) (.+)$", phrase.strip())
    if found is None and m and _matching(m.group(1), scene):  # 'the block in the green bowl'
        state = SymState.from_scene(scene)
        prep, where = _PREPS[m.group(2)], _candidates(m.group(3), scene)
        found = [n for n in _matching(m.group(1), scene) or [] if n not in where
                 and any(_holds(n, prep, t, scene, state) for t in where)]
    if not found:
        raise _Unclear(f"I don't see {phrase.strip()!r} on the table. I see: {_the(scene.names())}.")
    return found


def _one(phrase: str, scene: Scene) -> str:
    found = _candidates(phrase, scene)
    if len(found) > 1:
        raise _Unclear(f"Which one do you mean: {' or '.join(f'the {n}' for n in found)}?")
    return found[0]


def _where(name: str, scene: Scene, state: SymState) -> str:
    """Where an object is, in words, with its position."""
    o = scene.get(name)
    x, y, _ = o.position
    at = f" (x={x:.2f}, y={y:.2f} m)"
    if o.kind == "bowl":
        place = place_at(x, y)
        return f"on the table{f' at the {place}' if place else ''}{at}"
    support = state.support.get(name, o.support)
    if support == GRIPPER:
        return "in the gripper"
    if support == BIN:
        return "in the bin"
    if support in PLACES:
        return f"on the table at the {support}{at}"
    if support == TABLE:
        return f"on the table{at}"
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
    if target == TABLE:
        rel = Rel("on_table", block)
    elif target == BIN:
        rel = Rel("in_bin", block)
    elif target == GRIPPER:
        rel = Rel("held", block)
    elif target in PLACES:
        rel = Rel("at", block, target)
    elif target in state.bowls:
        rel = Rel("in", block, target)
    else:
        rel = Rel("on", block, target)
    return holds_in_scene(rel, scene)


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
    words = [w for w in re.split(r"\s+", np) if w and w not in _FILLER]
    phrase = " ".join(words) or "objects"
    found = _matching(phrase, scene)
    if found is None:
        raise _Unclear(f"I can count blocks and bowls by colour, not {phrase!r}. {HELP}")
    if loc is not None:
        targets = _candidates(loc, scene)
        found = [n for n in found if n not in targets and any(_holds(n, prep, t, scene, state) for t in targets)]
    return phrase + (f" {prep} the {loc.strip().removeprefix('the ')}" if loc else ""), found


def _split(text: str) -> tuple[str, str, str | None]:
    """"red blocks in the blue bowl" -> ("red blocks", "in", "the blue bowl"); no preposition -> (text, "", None)."""
    text = re.sub(r" (?:in total|in all|altogether|(?:in|on) (?:the )?(?:scene|image|picture|view))$", "", text)
    m = re.match(rf"^(.+?) ({_PREP}) (.+)$", text)
    return (m.group(1), _PREPS[m.group(2)], m.group(3)) if m else (text, "", None)


_FILLER_RE = re.compile(r"\b(?:please|thanks|thank you|um+|uh+|er|erm|hmm+|hey robot|hey|hi|hello|ok|okay|so|well|"
                        r"just|actually|right now|currently|at the moment|by any chance)\b")
_PARTICIPLE_RE = re.compile(r"\b(?:sitting|resting|lying|standing|located|placed|kept|stacked|put|left) "
                            rf"(?=(?:{_PREP})\b)")


def _normalise(question: str) -> str:
    q = unify(question)
    for short, long in _CONTRACTIONS:
        q = q.replace(short, long)
    q = re.sub(r"[^a-z0-9 ]+", " ", q)
    q = _PARTICIPLE_RE.sub("", _FILLER_RE.sub(" ", q))
    q = re.sub(r"^(?:can you |could you |would you |tell me |do you know |i want to know |i wonder |i would like "
               r"to know |let me know )+", "", " ".join(q.split()))
    q = re.sub(r"^(?:whether|if) ", "", q)
    q = re.sub(r"^there (is|are) ", r"\1 there ", q)
    m = re.match(rf"^(the .+?) (is|are) ((?:not )?(?:{_PREP}) .+)$", q)  # 'the red block is in the bowl?'
    if m:
        q = f"{m.group(2)} {m.group(1)} {m.group(3)}"
    q = re.sub(r"^(?:anything|something|any \w+|a \w+ \w+) (?=(?:" + _PREP + r") )", lambda m: "is there " + m.group(0), q)
    q = re.sub(r"^where (?:did|has|have) (.+?) (?:go|gone|end up|ended up|get to|got to)$", r"where is \1", q)
    q = re.sub(r"^(?:do|does) (any \w+|\w+ \w+|the \w+ \w+) (?:sit|sits|rest|rests|lie|lies|stand|stands) ", r"is there \1 ", q)
    q = re.sub(r"^(?:tell me about|what is) (?:the scene|the situation|the table|going on|happening)$", "what do you see", q)
    q = re.sub(r"^is everything\b", "are all blocks", q)
    return re.sub(r"^(?:do you |can you )?see ", "is there ", q)


def answer(question: str, scene: Scene) -> Answer:
    """The answer to `question` about `scene` (perception's view); `HELP` when the question is not supported."""
    q = _normalise(question)
    state = SymState.from_scene(scene)
    try:
        return _dispatch(q, scene, state) or Answer("unsupported", HELP)
    except _Unclear as e:
        return Answer("unclear", str(e))


def _dispatch(q: str, scene: Scene, state: SymState) -> Answer | None:
    if re.match(rf"^(?:what|which \w+) (?:is|are|does|do) {_ROBOT} (?:holding|carrying|grasping|hold|have)\b", q):
        held = scene.held
        return Answer("held", f"The gripper holds the {held}." if held else "The gripper is empty.", held)
    m = re.match(rf"^(?:is|are|does|do) {_ROBOT} (?:holding|hold|have|carrying|grasping) (.+)$", q)
    if m and all(w in _ANY or w == "block" for w in clean(m.group(1)).split()):
        held = scene.held
        return Answer("yes_no", f"Yes: the gripper holds the {held}." if held else "No, the gripper is empty.", bool(held))
    if m:
        name = _one(m.group(1), scene)
        yes = scene.held == name
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: the {name} is {_where(name, scene, state)}.", yes)
    m = re.match(r"^what (?:does|do) (.+?) (?:contain|hold|have in it|have on it)$", q)
    if m:
        q = f"what is {'on' if m.group(2 - 1).strip().endswith('block') else 'in'} {m.group(1)}"
    m = re.match(rf"^(?:what|which) (?:\w+ )?(?:is|are)(?: there)? ({_PREP}) (.+)$", q)
    if m and clean(m.group(2)) not in _SCENE and not (_PREPS[m.group(1)] in ("on", "in") and _one(m.group(2), scene) == TABLE):
        prep, target = _PREPS[m.group(1)], _one(m.group(2), scene)
        found = _contents(prep, target, scene, state)
        where = "in the gripper" if target == GRIPPER else f"{prep} the {target}"
        return Answer("contents", f"{where.capitalize()}: {_the(found)}.", found)
    if re.match(r"^(?:(?:what|which)\b.*\b(?:see|there|scene|table|image|picture|view)\b|describe\b|list\b)", q):
        lines = [f"the {o.name} ({o.kind}, {o.colour}): {_where(o.name, scene, state)}" for o in scene.objects]
        text = f"I see {len(lines)} objects:\n- " + "\n- ".join(lines) if lines else "The table is empty."
        return Answer("scene", text, scene.names())
    m = (re.match(r"^(?:what|which) colou?rs? (?:is|are|does|do|has) (.+?)(?: have| has)?$", q)
         or re.match(r"^(?:what is|what are|tell me|say) the colou?rs? of (.+)$", q))
    if m:
        name = _one(m.group(1), scene)
        if name not in scene.names():
            raise _Unclear(f"I can tell the colour of blocks and bowls, not of the {name}.")
        colour = scene.get(name).colour
        return Answer("colour", f"The {name} is {colour}.", colour)
    m = (re.match(r"^where (?:is|are) (.+?)(?: located| placed| now| right now)*$", q)
         or re.match(r"^where (.+?) (?:is|are)$", q)
         or re.match(r"^what (?:is|are) (.+?) (?:sitting |resting |standing )?(?:on|in)$", q))
    if m:
        name = _one(m.group(1), scene)
        if name not in scene.names():
            raise _Unclear(f"The {name} is a fixed place; I answer where blocks and bowls are.")
        return Answer("where", f"The {name} is {_where(name, scene, state)}.", name)
    m = re.match(r"^how many (.+)$", q)
    if m:
        np, prep, loc = _split(m.group(1))
        phrase, found = _filtered(np, loc, prep, scene, state)
        return Answer("count", f"{len(found)} ({phrase}): {_the(found)}." if found else f"0 ({phrase}).", len(found))
    m = re.match(r"^(?:is|are) there (?:any |an |a |some )?(.+)$", q)
    if m:
        np, prep, loc = _split(m.group(1))
        if np in ("anything", "something", "any thing", "things", "objects", "blocks", "block") and loc is not None:
            found = _contents(prep, _one(loc, scene), scene, state)
            return Answer("exists", f"Yes: {_the(found)}." if found else f"No, there is nothing {prep} the "
                          f"{_one(loc, scene)}.", bool(found))
        phrase, found = _filtered(np, loc, prep, scene, state)
        return Answer("exists", f"Yes: {_the(found)}." if found else f"No, I see no {phrase}.", bool(found))
    m = re.match(r"^(?:are|is) (all|every|each|any|none|some|both)(?: of)? (?:the )?(.+)$", q)
    if m:
        return _quantified(m.group(1), m.group(2), scene, state)
    m = re.match(r"^(?:is|are) (.+)$", q)
    if m:
        return _yes_no(m.group(1), scene, state)
    return None


def _yes_no(rest: str, scene: Scene, state: SymState) -> Answer | None:
    """"the red block in the blue bowl", "the red block clear", "anything on the red block"."""
    m = re.match(r"^(.+?) (empty|full|occupied|free of blocks)$", rest)
    if m:
        target = _one(m.group(1), scene)
        found = _contents("in" if target in state.bowls or target == BIN else "on", target, scene, state)
        yes = not found if m.group(2) in ("empty", "free of blocks") else bool(found)
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: " + (f"{_the(found)} {'is' if len(found) == 1 else 'are'} "
                      f"in the {target}" if found else f"nothing is in the {target}") + ".", yes)
    m = re.match(r"^(.+?) (?:being )?(clear|free|uncovered|held|grasped|picked up|stacked)$", rest)
    if m:
        name = _one(m.group(1), scene)
        if name not in state.support:
            raise _Unclear(f"I can say that of blocks; the {name} is not a block.")
        word = m.group(2)
        if word in ("clear", "free", "uncovered"):
            yes = holds_in_scene(Rel("clear", name), scene)
            why = "nothing is on it" if yes else f"the {state.on_top(name)[0]} is on it"
        elif word == "stacked":
            yes = state.support[name] in state.support or bool(state.on_top(name))
            why = f"it is {_where(name, scene, state)}" + (f", and {_the(state.on_top(name))} is on it" if state.on_top(name) else "")
        else:
            yes = holds_in_scene(Rel("held", name), scene)
            why = f"it is {_where(name, scene, state)}"
        return Answer("yes_no", f"{'Yes' if yes else 'No'}: the {name}: {why}.", yes)
    subject, prep, loc = _split(rest)
    if loc is None:
        return None
    if subject.strip() in ("anything", "something", "there anything", "there something"):
        target = _one(loc, scene)
        found = _contents(prep, target, scene, state)
        return Answer("yes_no", f"Yes: {_the(found)}." if found else f"No, nothing is {prep} the {target}.", bool(found))
    name = _one(subject, scene)
    if name not in scene.names():
        raise _Unclear(f"I answer where blocks and bowls are; {subject.strip()!r} is a fixed place.")
    fits = [t for t in _candidates(loc, scene) if t != name and _holds(name, prep, t, scene, state)]
    where = _where(name, scene, state)
    if fits:
        return Answer("yes_no", f"Yes: the {name} is {where}.", True)
    return Answer("yes_no", f"No: the {name} is {where}.", False)


def _quantified(quantifier: str, rest: str, scene: Scene, state: SymState) -> Answer | None:
    """"are all the blocks in the bin", "is any block on the red block"."""
    np, prep, loc = _split(rest)
    if loc is None:
        return None
    members = _matching(np, scene)
    if not members:
        raise _Unclear(f"I don't see {np!r} on the table. I see: {_the(scene.names())}.")
    targets = _candidates(loc, scene)
    fits = [n for n in members if n not in targets and any(_holds(n, prep, t, scene, state) for t in targets)]
    misses = [n for n in members if n not in fits]
    if quantifier in ("all", "every", "each", "both"):
        yes = not misses
        why = f"{_the(fits)} {'is' if len(fits) == 1 else 'are'} {prep} the {loc.removeprefix('the ')}" if yes else \
            f"not {_the(misses)}"
    elif quantifier == "none":
        yes, why = not fits, ("none is" if not fits else f"{_the(fits)}")
    else:
        yes, why = bool(fits), (_the(fits) if fits else "none is")
    return Answer("yes_no", f"{'Yes' if yes else 'No'}: {why}.", yes)
