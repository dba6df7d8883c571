"""A small semantic parser: an instruction (+ scene, + conversation history) -> goal relations.

Rules, not a model: a verb table, prepositions that split object from target, noun phrases
resolved against the perceived scene (colours, kinds, plurals, all/every/each, counts,
exclusions, matching colours, named places, pronouns from earlier turns). Anything it does
not recognise is an error naming what it did recognise, never a guess. A phrase that fits
several objects equally becomes a question for the user.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from sim.core.errors import PlanningError
from sim.core.relations import Rel, holds
from sim.core.lexicon import BIN, GRIPPER, PLACE_ALIASES, PLACES, TABLE, normalise_name, unify
from sim.core.symbolic import SymState
from sim.core import layout
from sim.core.perceived import Scene

COLOURS = tuple(layout.COLOURS)
NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
           "ten": 10, "single": 1, "couple": 2, "pair": 2, "both": 2}

# verb phrase -> action. "move" actions need a target; "hold"/"bin" ones have a default.
VERBS: dict[str, str] = {
    "pick up": "hold", "pick": "hold", "grab": "hold", "grasp": "hold", "lift": "hold", "hold": "hold",
    "take": "hold", "get": "hold", "fetch": "hold",
    "put": "move", "place": "move", "gather": "move", "collect": "move", "move": "move", "set": "move", "drop": "move", "bring": "move",
    "transfer": "move", "carry": "move", "lay": "move", "shift": "move", "relocate": "move", "pop": "move",
    "slide": "move", "push": "move", "drag": "move", "position": "move", "stick": "move", "leave": "move",
    "throw away": "bin", "throw out": "bin", "throw": "bin", "toss": "bin", "dump": "bin", "discard": "bin",
    "trash": "bin", "bin": "bin", "get rid of": "bin", "dispose of": "bin", "remove": "bin", "chuck": "bin",
    "stack up": "stack", "stack": "stack", "pile up": "stack", "pile": "stack", "build": "stack", "make": "stack",
    "assemble": "stack", "sort": "sort", "organise": "sort", "organize": "sort", "group": "sort",
    "match": "sort", "arrange": "move", "unstack": "unstack", "dismantle": "unstack", "take apart": "unstack",
    "knock down": "unstack", "break up": "unstack", "disassemble": "unstack", "flatten": "unstack",
    "clear": "clear", "clean": "clear", "tidy": "clear", "empty": "clear",
}
_VERB_RE = re.compile(r"^(?:" + "|".join(sorted((re.escape(v) for v in VERBS), key=len, reverse=True)) + r")\b")
_PREP_RE = re.compile(r"\b(on top of|onto|on to|on|into|in to|inside of|inside|in|to|at|over|atop|towards|toward)\b")
_EXCEPT_RE = re.compile(
    r"\b(?:except(?: for)?|but not|but|other than|apart from|excluding|besides|save for|not including|leaving out)\s+"
    r"(.*?)(?=\s+\b(?:in|into|on|onto|to|at|inside|over)\b\s|,|$)"
)
_TOWER_RE = re.compile(
    r"\b(?:on top of (?:each other|one another)|on each other|(?:in|into|as) (?:a|one) (?:single |big |tall )?"
    r"(?:tower|stack|pile)|a (?:single |big |tall )?(?:tower|stack|pile)(?: out)?(?: of| with| from| using)?)\b"
)
_MATCH_RE = re.compile(
    r"\b(?:matching|same colou?r|their colou?rs?|its colou?r|corresponding|their own|its own|by colou?rs?|"
    r"according to colou?rs?|of the same colou?r|the right|their|its)\b"
)
_ORDER_RE = re.compile(r"\b(?:in (?:that|this|the given) order|in order|from (?:the )?bottom (?:up|to (?:the )?top)|"
                       r"bottom to top|starting (?:from|with|at) the bottom|bottom first|bottom up)\b")
_REVERSE_RE = re.compile(r"\b(?:from (?:the )?top (?:down|to (?:the )?bottom)|top to bottom|top first|top down)\b")
_BASE_RE = re.compile(r"\bwith (?:the )?(\w+)(?: block| one)? (?:at|on) the bottom\b")
_FILLER = re.compile(
    r"\b(?:please|kindly|could you|can you|would you|will you|go ahead and|i want you to|i need you to|"
    r"i would like you to|i'd like you to|for me|now|just|also|too|carefully|quickly|gently|thanks|thank you|"
    r"ok|okay|hey robot|hey|then you)\b"
)
_WANT_RE = re.compile(r"^(?:i(?: would|'d) like|i want|i need|make sure|ensure|let's have|let us have|have)\s+")
_GOES_RE = re.compile(r"\b(?:goes|should go|should be|needs to go|needs to be|has to go|has to be|belongs|must go|must be)\b")
_STAGE_RE = re.compile(r"\s*(?:;|\.(?:\s+|$)|,?\s*\b(?:and then|then|after that|afterwards|after which|finally)\b,?)\s*")
_KNOWN = set(COLOURS) | set(NUMBERS) | {
    "the", "a", "an", "of", "and", "or", "block", "blocks", "bowl", "bowls", "one", "ones", "all", "every", "each",
    "everything", "any", "some", "it", "them", "they", "that", "this", "those", "these", "rest", "remaining",
    "other", "others", "either", "same", "single", "up", "together", "its", "their", "there", "here", "other's",
    "block's", "on", "table", "top", "whole", "entire", "lot", "which", "is", "are", "thing", "things", "stuff",
    "object", "objects", "s", "still", "currently", "already", "exactly", "only", "just",
}
_DIGITS = {v: k for k, v in NUMBERS.items() if k not in ("single", "couple", "pair", "both")}
_TOWER_WORDS = {"tower", "towers", "stack", "stacks", "pile", "piles"}
_ALL_WORDS = {"all", "every", "each", "everything", "both"}


class _Ambiguous(Exception):
    """A phrase fits several objects; carries the question to ask."""


@dataclass
class Parsed:
    """A goal as ordered stages (each a conjunction), or a question for the user."""

    stages: list[list[Rel]] = field(default_factory=list)
    question: str | None = None


@dataclass
class _Context:
    scene: Scene
    state: SymState
    instruction: str
    it: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    understood: list[str] = field(default_factory=list)


def clean_text(text: str) -> str:
    """Lower-case, unify synonyms and spelling, drop politeness; keep , . ; for splitting."""
    t = text.lower().replace("\u2019", "'").replace("-", " ")
    for short, full in (("i'd", "i would"), ("let's", "let us"), ("don't", "do not"), ("that's", "that is"),
                        ("it's", "it is"), ("can't", "cannot"), ("i'm", "i am")):
        t = re.sub(rf"\b{short}\b", full, t)
    t = re.sub(r"[^a-z0-9,.;' ]+", " ", t)
    t = unify(t)
    t = re.sub(r"(?<!block )(?<!bowl )\b(\d+)\b", lambda m: _DIGITS.get(int(m.group(1)), m.group(1)), t)
    t = re.sub(r"\b(?:a couple of|a pair of)\b", "two", t)
    t = _FILLER.sub(" ", t)
    t = t.replace("'", " '").replace(" 's", "").replace(" '", "")
    return re.sub(r"\s+", " ", t).strip(" ,.")


# ----------------------------------------------------------------------------------------
def parse(instruction: str, scene: Scene, history: list[str] | None = None) -> Parsed:
    """Turn `instruction` into goal stages over `scene`'s objects, or a question when it is ambiguous."""
    state = SymState.from_scene(scene)
    entries = _history_entries(history or [])
    ctx = _Context(scene=scene, state=state, instruction=instruction)
    ctx.answers = _answers(entries)
    text = clean_text(instruction)
    if not text:
        raise PlanningError("the instruction is empty; say what to do, e.g. 'put the red block in the blue bowl'")
    if _pending_question(entries) and not _looks_like_command(text):
        # The instruction answers the agent's question: re-read the command that prompted it.
        previous = _last_command(entries)
        if previous is not None:
            ctx.answers.insert(0, instruction)
            text = clean_text(previous)
    ctx.it = _referent(entries, scene)
    try:
        return Parsed(stages=_parse_text(text, ctx))
    except _Ambiguous as q:
        return Parsed(question=str(q))


def _parse_text(text: str, ctx: _Context) -> list[list[Rel]]:
    stages: list[list[Rel]] = []
    prev_verb: str | None = None
    text = re.sub(r"^(?:first(?:ly)?|to start|start by)\b,?\s*", "", text)
    for part in (p.strip(" ,") for p in _STAGE_RE.split(text)):
        if not part:
            continue
        rels: list[Rel] = []
        for clause in _clauses(part):
            verb, new = _clause(clause, prev_verb, ctx)
            prev_verb = verb
            rels = _merge(rels, new)
            if new:
                ctx.it = [new[-1].block]
        stages.append(rels)
    if not stages:
        raise _not_understood(ctx, text)
    return stages


def _merge(old: list[Rel], new: list[Rel]) -> list[Rel]:
    """Later relations about a block replace earlier ones."""
    moved = {r.block for r in new}
    return [r for r in old if r.block not in moved] + new


def _looks_like_command(text: str) -> bool:
    return bool(_VERB_RE.match(text) or _WANT_RE.match(text) or _GOES_RE.search(text))


def _clauses(text: str) -> list[str]:
    """Split on 'and' / ',' only where a new clause starts (a verb, or a second 'X prep Y')."""
    segs = [s.strip() for s in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", text) if s.strip()]
    out: list[str] = []
    for seg in segs:
        starts_verb = bool(_VERB_RE.match(seg) or _WANT_RE.match(seg))
        has_prep = bool(_PREP_RE.search(seg)) and not _TOWER_RE.fullmatch(seg)
        if out and not starts_verb and not (has_prep and _PREP_RE.search(out[-1])):
            out[-1] = f"{out[-1]} and {seg}"
        else:
            out.append(seg)
    return out


# ----------------------------------------------------------------------------------------
def _clause(text: str, prev_verb: str | None, ctx: _Context) -> tuple[str, list[Rel]]:
    """One clause -> (its action, relations)."""
    text = _WANT_RE.sub("put ", text)
    if _GOES_RE.search(text) and not _VERB_RE.match(text):
        text = "put " + _GOES_RE.sub(" ", text)
    text = re.sub(r"\s+", " ", text).strip()
    m = _VERB_RE.match(text)
    if m:
        verb_word = m.group(0)
        action, rest = VERBS[verb_word], text[m.end():].strip()
    elif prev_verb is not None:
        verb_word, action, rest = prev_verb, VERBS.get(prev_verb, "move"), text
    else:
        raise _not_understood(ctx, text)
    ctx.understood.append(f"the action '{verb_word}'")
    if verb_word in ("pick", "take", "get") and rest.startswith("up "):
        rest = rest[3:]
    if verb_word in ("take", "get", "bring") and rest.endswith(" out"):
        rest = rest[:-4]
    if re.search(r"\baway\b", rest):
        rest = re.sub(r"\s*\baway\b", "", rest).strip()
        action = "bin" if action in ("move", "bin") else action
    if action in ("move", "hold") and re.search(r"\b(?:back )?down$", rest):
        rest = re.sub(r"\s*\b(?:back )?down$", "", rest) + " on the table"

    # Modifiers that are not object or target phrases.
    reverse = bool(_REVERSE_RE.search(rest))
    rest = _REVERSE_RE.sub(" ", _ORDER_RE.sub(" ", rest))
    base_colour = None
    bm = _BASE_RE.search(rest)
    if bm:
        base_colour = bm.group(1)
        rest = _BASE_RE.sub(" ", rest)
    tower = bool(_TOWER_RE.search(rest))
    rest = _TOWER_RE.sub(" ", rest)
    matching = bool(re.search(r"\b(?:matching|same colou?r|corresponding|by colou?rs?|according to colou?rs?|"
                              r"of (?:their|its) (?:own )?colou?r|their own|its own)\b", rest))
    rest = re.sub(r"\b(?:by|according to|based on|of|with) (?:their |its |the same |matching )?colou?rs?\b", " ", rest)
    if action == "sort":
        rest = re.sub(r"\b(?:in|into|to|in to)(?: the| their)?(?: matching| right| own)? bowls?\b", " ", rest)
    excluded: list[str] = []
    em = _EXCEPT_RE.search(rest)
    if em:
        excluded = _resolve_blocks(_NP(em.group(1)), ctx, pool_all=True, plural_default=True)
        ctx.understood.append("except " + ", ".join(excluded))
        rest = (rest[: em.start()] + " " + rest[em.end():]).strip()
    rest = re.sub(r"\s+", " ", rest).strip(" ,")

    obj_text, prep, tgt_text = _split_target(rest)
    if action == "clear":
        if obj_text and obj_text not in ("table", "the table", "everything", "it all", "workspace", "the workspace",
                                         "desk", "the desk", "up", "up the table", "off the table", "the table up",
                                         "the table off", "off", "up everything", "away everything"):
            obj_blocks = _resolve_blocks(_NP(obj_text.replace(" off the table", "")), ctx, excluded)
        else:
            obj_blocks = [b for b in _pool(ctx) if b not in excluded]
        if not obj_blocks:
            return verb_word, []
        return verb_word, [Rel("in_bin", b) for b in obj_blocks]

    if action == "sort" or (matching and not tgt_text):
        blocks = _resolve_blocks(_NP(obj_text or "all the blocks"), ctx, excluded, plural_default=True)
        return verb_word, _matching(blocks, ctx, strict=False)
    if action == "unstack":
        np_ = _NP(obj_text or "all")
        if not obj_text or np_.words & (_TOWER_WORDS | _ALL_WORDS) or obj_text in ("it", "them"):
            blocks = [b for b in _pool(ctx) if ctx.state.support[b] in ctx.state.support and b not in excluded]
            if not blocks:
                return verb_word, []
        else:
            blocks = _resolve_blocks(np_, ctx, excluded)
        return verb_word, [Rel("on_table", b) for b in blocks]

    if action == "stack":
        if obj_text and re.fullmatch(r"(?:the |all the |all )?(?:blocks )?(?:up|everything)", obj_text):
            obj_text = ""
        blocks = _resolve_blocks(_NP(obj_text or "all the blocks"), ctx, excluded, plural_default=True)
        target = _resolve_target(tgt_text, prep, ctx) if tgt_text else ("tower", "")
        if target[0] in ("place", "block", "table", "tower"):
            explicit = len(blocks) > 1 and _NP(obj_text).listed >= 2
            order = blocks if explicit else _tower_order(blocks, ctx.state)
            if reverse:
                order = order[::-1]
            if base_colour is not None:
                base = [b for b in order if ctx.state.colours.get(b) == base_colour]
                order = base[:1] + [b for b in order if b not in base[:1]]
            return verb_word, _tower(order, target, ctx)
        return verb_word, _relations(blocks, target, ctx)

    # move / hold / bin
    if obj_text and _TOWER_RE.fullmatch(obj_text):
        obj_text = ""
    if not obj_text:
        raise _not_understood(ctx, text, "which block to move")
    np_ = _NP(obj_text)
    bowls = [n for n in _exact_names(obj_text, ctx.scene) if n in ctx.state.bowls]
    if np_.kind == "bowl" or bowls:
        raise _bowl_error(bowls[0] if bowls else "bowl", ctx)
    if matching and (not tgt_text or re.search(r"\bbowls?\b", tgt_text)):
        blocks = _resolve_blocks(np_, ctx, excluded, plural_default=True)
        return verb_word, _matching(blocks, ctx, strict=True)
    if not tgt_text:
        if tower and action != "bin":
            blocks = _resolve_blocks(np_, ctx, excluded, plural_default=True)
            order = blocks if np_.listed >= 2 else _tower_order(blocks, ctx.state)
            return verb_word, _tower(order[::-1] if reverse else order, ("tower", ""), ctx)
        if action == "bin":
            return verb_word, [Rel("in_bin", b) for b in _resolve_blocks(np_, ctx, excluded, satisfied=lambda b: Rel("in_bin", b))]
        if action == "hold":
            blocks = _resolve_blocks(np_, ctx, excluded)
            if len(blocks) != 1:
                raise PlanningError(f"the gripper holds one block at a time; cannot hold {', '.join(blocks)} together")
            return verb_word, [Rel("held", blocks[0])]
        raise _not_understood(ctx, text, f"where to {verb_word} it")
    target = _resolve_target(tgt_text, prep, ctx)
    if target[0] == "matching":
        return verb_word, _matching(_resolve_blocks(np_, ctx, excluded, plural_default=True), ctx, strict=True)
    if target[0] == "tower":
        blocks = _resolve_blocks(np_, ctx, excluded, plural_default=True)
        order = blocks if np_.listed >= 2 else _tower_order(blocks, ctx.state)
        return verb_word, _tower(order[::-1] if reverse else order, target, ctx)
    blocks = _resolve_blocks(np_, ctx, excluded, satisfied=lambda b: _rel_for(b, target))
    if target[0] == "block" and target[1] in blocks:
        if len(blocks) == 1:
            raise PlanningError(f"cannot put the {target[1]} on itself")
        blocks = [b for b in blocks if b != target[1]]
    if target[0] == "block" and len(blocks) > 1:
        return verb_word, _tower([target[1], *blocks], ("on-base", target[1]), ctx)
    return verb_word, _relations(blocks, target, ctx)


def _split_target(rest: str) -> tuple[str, str, str]:
    """'the red block on the blue block' -> ('the red block', 'on', 'the blue block')."""
    m = _PREP_RE.search(rest)
    if not m:
        return rest, "", ""
    return rest[: m.start()].strip(), m.group(1), rest[m.end():].strip()


def _rel_for(block: str, target: tuple[str, str]) -> Rel:
    kind, name = target
    if kind == "bowl":
        return Rel("in", block, name)
    if kind == "block":
        return Rel("on", block, name)
    if kind == "place":
        return Rel("at", block, name)
    if kind == "bin":
        return Rel("in_bin", block)
    return Rel("on_table", block)


def _relations(blocks: list[str], target: tuple[str, str], ctx: _Context) -> list[Rel]:
    rels = [_rel_for(b, target) for b in blocks]
    if target[0] == "bowl" and len(rels) > layout.BOWL_CAPACITY:
        raise PlanningError(
            f"the {target[1]} holds at most {layout.BOWL_CAPACITY} blocks, but {len(rels)} should go in it "
            f"({', '.join(blocks)})"
        )
    return rels


def _tower(order: list[str], target: tuple[str, str], ctx: _Context) -> list[Rel]:
    """Relations for a tower, bottom to top, standing on `target` (the table, a place or a block)."""
    if not order:
        return []
    kind, name = target
    if kind == "on-base":
        first: list[Rel] = []
    elif kind == "block":
        order = [b for b in order if b != name]
        first = [Rel("on", order[0], name)] if order else []
    elif kind == "place":
        first = [Rel("at", order[0], name)]
    else:
        first = [Rel("on_table", order[0])]
    return first + [Rel("on", top, below) for below, top in zip(order, order[1:])]


def _tower_order(blocks: list[str], state: SymState) -> list[str]:
    """Bottom-to-top order for 'stack these': keep the tallest existing tower among them as the base."""
    best: list[str] = []
    for b in blocks:
        if state.support[b] not in (TABLE, *PLACES):
            continue
        chain = [b]
        while True:
            top = [t for t in state.on_top(chain[-1]) if t in blocks]
            if not top:
                break
            chain.append(top[0])
        if len(chain) > len(best):
            best = chain
    return best + [b for b in blocks if b not in best]


def _matching(blocks: list[str], ctx: _Context, strict: bool) -> list[Rel]:
    bowls = {o.colour: o.name for o in ctx.scene.objects if o.kind == "bowl"}
    rels, missing = [], []
    for b in blocks:
        colour = ctx.state.colours.get(b)
        if colour in bowls:
            rels.append(Rel("in", b, bowls[colour]))
        else:
            missing.append(b)
    if not rels or (strict and missing and len(blocks) == 1):
        have = ", ".join(ctx.state.bowls) or "no bowls"
        raise PlanningError(f"no bowl matches the colour of the {', '.join(missing)}; bowls on the table: {have}")
    ctx.understood.append("matching colours")
    return rels


# ----------------------------------------------------------------------------------------
class _NP:
    """The features of a noun phrase: colours, kind, number, quantifier, pronoun, exact names."""

    def __init__(self, text: str) -> None:
        self.text = text.strip()
        words = self.text.split()
        self.words = set(words)
        self.colours = [w for w in words if w in COLOURS]
        self.listed = len(self.colours)
        self.kind = "bowl" if self.words & {"bowl", "bowls"} else "block" if self.words & {"block", "blocks"} else None
        self.plural = bool(self.words & {"blocks", "bowls", "ones", "them", "those", "these", "they", "others"})
        self.all = bool(self.words & (_ALL_WORDS | {"rest", "remaining", "others"}))
        self.count: int | None = None
        lead = [w for w in words if w not in ("the", "of", "just", "only", "exactly")]
        if lead and lead[0] in NUMBERS and lead[0] not in ("both",) and not (lead[0] == "one" and len(lead) == 1):
            self.count = NUMBERS[lead[0]]
        self.any = bool(re.match(r"^(?:a|an|any|some|either|one of|any one of)\b", self.text)) or (
            bool(re.match(r"^one (?:block|of)\b", self.text))
        )
        if self.any:
            self.count = 1
        self.pronoun = next((p for p in ("it", "that one", "this one", "that block", "this block", "the same block",
                                         "that", "this") if self.text == p), None)
        self.them = self.text in ("them", "those", "these", "they", "those blocks", "these blocks", "them all",
                                  "all of them", "both of them", "the same blocks")
        self.unknown = [w for w in words if w not in _KNOWN and not w.isdigit()]


def _pool(ctx: _Context) -> list[str]:
    """Blocks that 'all the blocks' means: everything not already in the bin."""
    return [b for b in ctx.state.blocks if ctx.state.support[b] != BIN]


def _resolve_blocks(np_: _NP, ctx: _Context, excluded: list[str] | None = None, *, plural_default: bool = False,
                    satisfied: Callable[[str], Rel] | None = None, pool_all: bool = False) -> list[str]:
    """The blocks a noun phrase in the object role names; asks (raises `_Ambiguous`) when it is unclear."""
    excluded = excluded or []
    state = ctx.state
    exact = _exact_names(np_.text, ctx.scene)
    if exact:
        bowls = [n for n in exact if n in state.bowls]
        if bowls:
            raise _bowl_error(bowls[0], ctx)
        return exact
    if np_.pronoun:
        if not ctx.it:
            raise PlanningError(f"I do not know what {np_.text!r} refers to; name the block, e.g. 'the red block'")
        return ctx.it[:1]
    if np_.them:
        if not ctx.it:
            raise PlanningError(f"I do not know what {np_.text!r} refers to; name the blocks")
        return list(ctx.it)
    if np_.unknown:
        raise _not_understood(ctx, np_.text, None, np_.unknown)
    if np_.kind == "bowl":
        raise _bowl_error(next((o.name for o in ctx.scene.objects if o.kind == "bowl" and (not np_.colours or o.colour in np_.colours)), "bowl"), ctx)
    everything = "everything" in np_.words or (not np_.colours and np_.kind is None and np_.all)
    if np_.colours:
        cands: list[str] = []
        for c in np_.colours:
            found = [b for b in state.blocks if state.colours.get(b) == c]
            if not found:
                if np_.kind is None and any(o.colour == c and o.kind == "bowl" for o in ctx.scene.objects):
                    raise _bowl_error(f"{c} bowl", ctx)
                raise PlanningError(f"there is no {c} block; blocks on the table: {', '.join(state.blocks) or 'none'}")
            cands += [b for b in found if b not in cands]
    elif pool_all:
        cands = list(state.blocks)
    else:
        cands = _pool(ctx)
    cands = [b for b in cands if b not in excluded]
    ctx.understood.append("the object(s) " + (", ".join(cands) or "none"))
    if not cands:
        raise PlanningError(f"no block fits {np_.text!r}" + (f" once {', '.join(excluded)} are left out" if excluded else ""))
    if np_.count is not None and not np_.all:
        if np_.count > len(cands):
            raise PlanningError(f"asked for {np_.count} blocks, but only {len(cands)} fit: {', '.join(cands)}")
        return _choose(cands, np_.count, ctx, satisfied)
    if np_.all or everything or np_.plural or len(np_.colours) > 1 or (plural_default and np_.kind is None and not np_.colours):
        return cands
    if len(cands) == 1:
        return cands
    return [_disambiguate(cands, "block", ctx)]


def _choose(cands: list[str], n: int, ctx: _Context, satisfied: Callable[[str], Rel] | None) -> list[str]:
    """Pick n of the candidates deterministically: ones already in place first, then the easiest to reach."""
    state = ctx.state

    def key(b: str) -> tuple[int, int, int, int]:
        done = int(satisfied is not None and holds(satisfied(b), state))
        return (-done, len(state.above(b)), int(state.support[b] != TABLE), cands.index(b))

    return sorted(cands, key=key)[:n]


def _disambiguate(cands: list[str], what: str, ctx: _Context) -> str:
    """Use an earlier answer of the user if it picks one candidate, else ask."""
    for answer in ctx.answers:
        picked = _pick_by_answer(answer, cands, ctx)
        if picked is not None:
            return picked
    listed = ", ".join(f"the {c}" for c in cands[:-1]) + f" or the {cands[-1]}"
    raise _Ambiguous(f"Which {what} do you mean: {listed}?")


def _pick_by_answer(answer: str, cands: list[str], ctx: _Context) -> str | None:
    text = clean_text(answer)
    exact = [c for c in cands if re.search(rf"\b{re.escape(c)}\b", text)]
    if len(exact) == 1:
        return exact[0]
    colours = [w for w in text.split() if w in COLOURS]
    by_colour = [c for c in cands if ctx.state.colours.get(c) in colours]
    if len(by_colour) == 1:
        return by_colour[0]
    if re.search(r"\b(?:any|whichever|either|you choose|you pick|doesn t matter|don t care)\b", text):
        return cands[0]
    return None


def _exact_names(text: str, scene: Scene) -> list[str]:
    """The phrase as one object's exact name ('the red block'), or names with a number in it ('red block 2')."""
    words = set(text.split())
    if not words & {"blocks", "bowls", "all", "every", "each", "any", "some"}:
        whole = normalise_name(text, scene.names())
        if whole in scene.names():
            return [whole]
    return [n for n in scene.names() if re.search(r"\d", n) and re.search(rf"\b{re.escape(n)}\b", text)]


def _resolve_target(text: str, prep: str, ctx: _Context) -> tuple[str, str]:
    """A target phrase -> (kind, name) with kind in bowl, block, place, bin, table, tower, matching."""
    text = re.sub(r"\s+", " ", text).strip()
    if _TOWER_RE.fullmatch(text) or text in ("each other", "one another", "top of each other", "a tower", "a stack"):
        return "tower", ""
    if _MATCH_RE.search(text) and re.search(r"\bbowls?\b", text):
        return "matching", ""
    alias = normalise_name(text, ctx.scene.names())
    for drop in (" of table", " on table", " of the table"):
        alias = alias.replace(drop, "")
    alias = PLACE_ALIASES.get(alias, alias)
    if alias in PLACES:
        ctx.understood.append(f"the place '{alias}'")
        return "place", alias
    if alias == BIN:
        ctx.understood.append("the bin")
        return "bin", BIN
    if alias == TABLE:
        return "table", TABLE
    if re.fullmatch(r"(?:the |a |one of the |any )?corners?", text):
        raise _Ambiguous("Which corner do you mean: " + ", ".join(p for p in PLACES if "corner" in p) + "?")
    np_ = _NP(text)
    exact = _exact_names(text, ctx.scene)
    if len(exact) == 1:
        kind = ctx.scene.get(exact[0]).kind
        return kind, exact[0]
    if np_.pronoun:
        if not ctx.it:
            raise PlanningError(f"I do not know what {text!r} refers to; name the target")
        return "block", ctx.it[0]
    if np_.unknown:
        raise _not_understood(ctx, text, None, np_.unknown)
    kind = np_.kind
    if kind is None:
        kinds = {o.kind for o in ctx.scene.objects if not np_.colours or o.colour in np_.colours}
        kind = "bowl" if prep in ("in", "into", "inside", "in to", "inside of") and "bowl" in kinds else (
            "block" if "block" in kinds else "bowl")
    if kind == "block":
        sup = ctx.state.support
        cands = [b for b in ctx.state.blocks if (not np_.colours or ctx.state.colours.get(b) in np_.colours)
                 and sup[b] not in (BIN, GRIPPER)]
    else:
        cands = [o.name for o in ctx.scene.objects if o.kind == "bowl" and (not np_.colours or o.colour in np_.colours)]
    if not cands:
        what = f"{' '.join(np_.colours)} {kind}".strip()
        have = ", ".join(ctx.state.bowls if kind == "bowl" else ctx.state.blocks) or "none"
        raise PlanningError(f"there is no {what} on the table to use as a target; {kind}s: {have}")
    if len(cands) == 1:
        name = cands[0]
    elif np_.any or np_.count == 1:
        room = [c for c in cands if kind != "bowl" or sum(s == c for s in ctx.state.support.values()) < layout.BOWL_CAPACITY]
        name = (room or cands)[0]
    else:
        name = _disambiguate(cands, kind, ctx)
    ctx.understood.append(f"the target {name}")
    return kind, name


def _bowl_error(bowl: str, ctx: _Context) -> PlanningError:
    blocks = ", ".join(ctx.state.blocks) or "none"
    return PlanningError(f"the {bowl} cannot be moved: bowls stay where they are; only blocks can be picked "
                         f"and placed (blocks: {blocks})")


def _not_understood(ctx: _Context, text: str, missing: str | None = None, unknown: list[str] | None = None) -> PlanningError:
    cleaned = clean_text(ctx.instruction)
    mentioned = [f"the object {n}" for n in ctx.scene.names() if re.search(rf"\b{re.escape(n)}\b", cleaned)]
    mentioned += [f"the place '{p}'" for p in PLACES if re.search(rf"\b{re.escape(p)}\b", cleaned)]
    seen = list(dict.fromkeys(ctx.understood + mentioned))
    got = "; ".join(seen) if seen else "nothing I can act on"
    parts = [f"I could not understand {ctx.instruction.strip()!r}"]
    if unknown:
        parts.append(f"I do not know the word(s) {', '.join(repr(u) for u in unknown)}")
    if missing:
        parts.append(f"it does not say {missing}")
    parts.append(f"I understood: {got}")
    parts.append("try e.g. 'put the red block in the blue bowl', 'stack all the blocks', "
                 "'move the blocks to the top left corner', 'sort the blocks by colour', 'clear the table'")
    return PlanningError("; ".join(parts))


# --- conversation history -----------------------------------------------------------------
def _history_entries(history: list[str]) -> list[tuple[str, str, str]]:
    """(speaker, tag, text) per utterance; 'agent asked: q / user: a' lines hold two."""
    out = []
    for line in history:
        for part in re.split(r"\s+/\s+|\n", line):
            m = re.match(r"\s*(user|human|you|agent|assistant|robot|planner)\b([^:]*):\s*(.*)", part, re.I)
            if m:
                who = "user" if m.group(1).lower() in ("user", "human", "you") else "agent"
                out.append((who, m.group(2).strip().lower(), m.group(3).strip()))
            elif part.strip():
                out.append(("agent", "", part.strip()))
    return out


def _is_question(entry: tuple[str, str, str]) -> bool:
    who, tag, text = entry
    return who == "agent" and ("ask" in tag or text.endswith("?") or text.lower().startswith(("ask", "asked")))


def _pending_question(entries: list[tuple[str, str, str]]) -> bool:
    return bool(entries) and _is_question(entries[-1])


def _answers(entries: list[tuple[str, str, str]]) -> list[str]:
    """The user's answers to the agent's questions at the end of the history (this episode's), newest first."""
    out = []
    i = len(entries) - 1
    if i >= 0 and _is_question(entries[i]):
        i -= 1  # a question still waiting for its answer
    while i >= 1 and entries[i][0] == "user" and _is_question(entries[i - 1]):
        out.append(entries[i][2])
        i -= 2
    return out


def _last_command(entries: list[tuple[str, str, str]]) -> str | None:
    for i in range(len(entries) - 1, -1, -1):
        who, _, text = entries[i]
        if who == "user" and not (i > 0 and _is_question(entries[i - 1])):
            return text
    return None


def _referent(entries: list[tuple[str, str, str]], scene: Scene) -> list[str]:
    """What 'it' means: the last picked block in the history, else the last command's last object."""
    for _, _, text in reversed(entries):
        picks = re.findall(r"pick\(\s*(?:object\s*=\s*)?['\"]?([^'\")]+)", text)
        for name in reversed(picks):
            canon = normalise_name(name, scene.names())
            if canon in scene.names("block"):
                return [canon]
    command = _last_command(entries)
    if command is None:
        return []
    try:
        parsed = parse(command, scene, [])
    except PlanningError:
        return []
    rels = [r for stage in parsed.stages for r in stage]
    return [rels[-1].block] + [r.block for r in rels[:-1]][::-1] if rels else []
