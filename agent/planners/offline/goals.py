"""Goal building: relations from a resolved clause, over the stages of an instruction; `parse()`.

A small semantic parser: an instruction (+ scene, + conversation history) -> goal relations.
Rules, not a model: a verb table, prepositions that split object from target, noun phrases
resolved against the perceived scene (colours, kinds, plurals, all/every/each, counts,
exclusions, matching colours, named places, pronouns from earlier turns). Anything it does
not recognise is an error naming what it did recognise, never a guess. A phrase that fits
several objects equally becomes a question for the user.

The layers, each importing only those before it: `words` (word tables) <- `wishes` (a wish's frame) <- `spelling`
(contractions, chat spellings, typos), `repairs` (words taken back), `notation` (labels, predicates), `rewrites` (rules
skipped fast) <- `phrasing` (`clean_text`) <- `context` (the parse's state and errors) <- `towers` (a tower told block by
block), `choice` (which of several fits) <- `forms` (any clause form -> an imperative), `noun_phrases` (what a noun
phrase says) <- `grammar` (stages, clauses, phrases), `references` (noun phrases -> objects), `tower_references`
(a tower by height or colours), `dialogue` (the conversation) <- `placing` (targets as relations) <-
`clause_goals` (one clause's relations) <- `goals`.
"""

from __future__ import annotations

import re
from contextlib import suppress
from dataclasses import dataclass, field
from itertools import chain

from agent.answers import answer as answer_question
from agent.planners.offline.amounts import amounts
from agent.planners.offline.balance import balanced
from agent.planners.offline.background import chatter_free, purposes, reason, reasons_after, remarks_after, requests, rhetorical
from agent.planners.offline.backs import returned, says_back
from agent.planners.offline.clause_goals import clause_relations, kept_blocks
from agent.planners.offline.conditions import branch, conditional, conditioned, labelled, staged
from agent.planners.offline.descriptions import described
from agent.planners.offline.checks import checked
from agent.planners.offline.distractors import asked_alone
from agent.planners.offline.interruptions import resumed
from agent.planners.offline.mentions import mentioned
from agent.planners.offline.several import asked_after, asked_in_turn
from agent.planners.offline.context import CAPABILITIES, FOREIGN, Ambiguous, Context, foreign, not_understood, stacks
from agent.planners.offline.dialogue import (
    answers,
    commands,
    history_entries,
    if_so,
    last_command,
    named_in_reply,
    pending_question,
    referent,
)
from agent.planners.offline.forms import is_question, looks_like_command, normal_form
from agent.planners.offline.grammar import (
    clauses,
    destination_relative,
    aside_exclusion,
    ellipsis,
    front_exclusion,
    join_but,
    read_clause,
    same_again,
    sentences,
    stages,
)
from agent.planners.offline.noun_phrases import NounPhrase
from agent.planners.offline.placing import carve_out, conflict, destination, kept_as_left, merge_goal, off
from agent.planners.offline.loanwords import english_only
from agent.planners.offline.moods import calmed
from agent.planners.offline.prompts import unprompted
from agent.planners.offline.scripts import unscripted
from agent.planners.offline.rules import ruled
from agent.planners.offline.relays import relayed
from agent.planners.offline.tag_questions import untagged
from agent.planners.offline.trappings import unwrapped
from agent.planners.offline.references import exact_names, resolve_blocks, resolve_target
from agent.planners.offline.tower_references import tower_phrases
from agent.planners.offline.towers import tower_order
from agent.planners.offline.phrasing import clean_text
from agent.planners.offline.questions import question_text
from agent.planners.offline.discourse import swapped_in, told
from agent.planners.offline.wishes import desire
from agent.planners.offline.words import VERB_RE, forget
from agent.regex import rx
from sim.core.errors import PlanningError
from sim.core.lexicon import COLOURS, shades
from sim.core.perceived import Scene
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState


@dataclass
class Parsed:
    """A goal as ordered stages (each a conjunction), a question for the user, or the answer to the user's question."""

    stages: list[list[Rel]] = field(default_factory=list)
    question: str | None = None
    answer: str | None = None
    said: str | None = None  # the answer to a question asked before the command ('how many are in W? then add one')
    later: str | None = None  # a question asked after the command ('bin X. is Y in a bowl?'), answered as the moves leave the table
    unanswered: bool = False  # the answer says the question was not understood: the planner may read it as a goal's claim


def parse(instruction: str, scene: Scene, history: list[str] | None = None) -> Parsed:
    """Turn `instruction` into goal stages over `scene`'s objects, a question when it is ambiguous, or an answer
    when it asks about the scene. When the whole is not understood, the request is read alone, after the sentences
    that only set the scene (`background`)."""
    instruction = unwrapped(unscripted(instruction))  # 'UPDATE blocks SET ...', 'for b in [X, Y]: bin(b)'; 'Okay Panda, ...', 'Subject: ...'
    instruction = unprompted(ruled(instruction))  # 'Rule: P. Apply it.'; 'You are a robot arm. Task: ...', 'Example: "X -> bin" ... Now: "Y -> W"', '**Goal:** ...'
    try:
        return _read(instruction, scene, history)
    except PlanningError as error:
        if foreign(instruction) or says_back(instruction):
            raise
        for before, request in chain(requests(instruction, n := scene.names()), reasons_after(instruction), chatter_free(instruction, n), purposes(instruction, n), remarks_after(instruction)):
            if all(rhetorical(s) or reason(s) or _refused(s, scene) for s in before) and not (before and _BACK_RE.search(request)):
                with suppress(PlanningError):
                    parsed = _read(request, scene, history)
                    rels = [r for stage in parsed.stages for r in stage]  # never a block left held on a reading of a part
                    if rels and any(r.rel != "unchanged" for r in rels) and all(r.rel != "held" for r in rels) or (parsed.answer and not _helped(parsed)):
                        return parsed
        raise error


def _refused(sentence: str, scene: Scene) -> bool:
    """Whether a sentence alone is no request: not understood, or read as a question whose answer is the help text."""
    try:
        return _helped(_read(sentence, scene, []))
    except PlanningError:
        return True


def _helped(parsed: Parsed) -> bool:
    """Whether the reply is the help text, what a sentence that asks nothing answerable gets."""
    return parsed.answer == CAPABILITIES or bool(parsed.answer and parsed.answer.startswith("I can answer"))


def _read(instruction: str, scene: Scene, history: list[str] | None) -> Parsed:
    if foreign(instruction):
        raise PlanningError(FOREIGN)
    state = SymState.from_scene(scene)
    instruction = relayed(english_only(instruction))  # 'Bueno, ... por favor'; 'my boss wants X in W', 'the checklist says: "..."'
    instruction = asked_alone(untagged(checked(instruction)))  # 'check that P, fix it if not'; "Isn't X in W?", 'Put X on Y, would you?'
    instruction = swapped_in(calmed(resumed(instruction)))  # 'X in the... hang on ... in W'; 'For heaven's sake, ...!'; 'X is in W; I want Y there instead'
    instruction = shades(instruction, {o.colour for o in scene.objects})  # 'the crimson one', 'the cube the colour of grass'
    instruction = described(instruction, scene, state)  # 'the red block, the one in W,': checked, then only named
    instruction = mentioned(instruction)  # 'take X and Y; put the former in the bin': X
    forget()  # what the last parse worked out is not carried over
    entries = history_entries(history or [])
    instruction = told(labelled(returned(instruction, state)))  # '..., then put it back': where it began, before asides are dropped
    if (picked := if_so(instruction, scene)) is not None:  # 'Is W empty? If so, put X in it. If not, ...': the branch the scene takes
        if not picked:
            return Parsed(stages=[[]])
        instruction = picked
    instruction, later = asked_after(instruction, lambda q: answer_question(q, scene))
    asked, instruction, said = _asked_first(instruction, scene)
    ctx = Context(scene=scene, state=state, instruction=instruction)
    ctx.answers = answers(entries)
    text = clean_text(instruction)
    if not text:
        heard = f"I heard no task in {instruction.strip()!r}" if instruction.strip() else "the instruction is empty"
        raise PlanningError(f"{heard}; say what to do, e.g. 'put the red block in the blue bowl'")
    if rx(r"(?:help(?: me)?|what (?:(?:can|do) )?(?:you )?do|what are you able to do|how do (?:i|you) use you)").fullmatch(text):
        return Parsed(answer=CAPABILITIES)
    if rx(r"(?:undo(?: that| it| this| the last (?:step|move|one|command))?|go back|revert(?: that| it)?|"
                    r"reset(?: the (?:table|scene|blocks))?|put (?:it|them|that|everything|the blocks|"
                    r"things) back(?: where (?:it|they) (?:was|were))?|put everything back (?:as|how) it was)").fullmatch(text):
        raise PlanningError("I keep no record of where things were before, so I cannot undo or put things back; say "
                            "where each block should go, e.g. 'put the red block in the blue bowl'")
    ctx.it = referent(entries, scene, lambda command: _goal_blocks(command, scene))
    command = last_command(entries)
    if pending_question(entries) and not looks_like_command(text):  # the instruction answers the agent's question: re-read the command that prompted it
        if command is not None:
            ctx.answers.insert(0, instruction)
            text = clean_text(command)
    elif command is not None and rx(r"(?:(?:do (?:it|that|this) |repeat(?: it| that)? )?(?:again|once more|"
                                              r"one more time)|repeat(?: it| that)?|same again)").fullmatch(text):
        text = clean_text(command)  # 'again': the last command, read against the scene as it is now
    elif (again := same_again(text, commands(entries))) != text or (again := ellipsis(text, commands(entries))) != text:
        text = again  # 'could you do the same for the blue one?', 'and the pink one too', 'oops, I meant the cyan bowl'
    elif is_question(text, instruction):
        if ctx.it:  # 'where is it?'
            instruction = rx(r"\b(?:it|that one|this one)\b").sub(f"the {ctx.it[0]}", instruction)
        reply = asked_in_turn(instruction, scene.names(), lambda q: answer_question(question_text(q), scene)) or answer_question(question_text(instruction), scene)
        offer = reply.kind == "unsupported" and _OFFER_RE.match(instruction) and not _ASKED_RE.search(instruction) and (  # 'What if X ended up in W?': a request
            rx(r"\b(?:on|onto|in|into|at|inside) the (?:\w+ ){0,3}(?:block|bowl|corner|middle|table|bin)\b|\b(?:bin|"
                      r"stack|unstack|sort|clear|empty)\b").search(text))
        if reply.kind == "unsupported" and not offer and (looks_like_command(text) and (not instruction.rstrip().endswith("?") or any(
                VERB_RE.match(text[w.start():]) for w in rx(r"\b\w").finditer(text))) or _TARGET_RE.search(text) or
                rx(r"\W*(?:please )?(?:could|can|would|will) you (?!(?:be (?:so kind|so good|kind enough|good enough)(?: as)? to )?(?:tell|say|show|see|count|check|let))").match(instruction.lower())):
            raise not_understood(ctx)  # 'when you are finish, X is in the bin', 'can you show me how you put X ...?': never a help
        if not offer:
            return Parsed(answer=reply.text, unanswered=reply.kind in ("unsupported", "unclear"))
    if command is not None and not pending_question(entries):
        try:
            ctx.previous = _goal_blocks(command, scene)
        except (PlanningError, Ambiguous):
            ctx.previous = list(ctx.it)
        ctx.previous = ctx.previous or named_in_reply(entries, scene)  # 'move them both' after 'X holds A and B
    text = amounts(balanced(text, state), state)  # 'W should end up with more blocks than V', '... until only one remains', 'balance W and V'
    text = staged(conditioned(text), ctx)  # 'A, but only if C', 'first A; then, if C, B': said as 'if C, A', or checked now
    if (cond := conditional(text)) is not None:
        text, seen = branch(cond, ctx)
        if text is None:
            return Parsed(answer=seen)
    if said is not None:
        named = sorted((n for n in scene.names() if rx(rf"\b{n}\b").search(asked.lower())), key=asked.lower().find)  # in the order said
        seen, about = _asked_about(asked, ctx)
        ctx.it = (named[:1] if len(about) > 1 and named[:1] and named[0] in state.bowls else about[:1]) or named[:1] or ctx.it  # 'where is X? ... park it'; 'how many in W? add X to it'
        if len(about) > 1 or rx(r"\bblocks\b").search(seen):  # 'see the blocks on the table? put two of them in W': of those
            ctx.group, text = about, rx(r"\b((?:any )?(?:one|two|three|four|five|some)) of them\b").sub(rf"\1 of {seen}", text)
        ctx.destination = ctx.it[0] if ctx.it and ctx.it[0] in state.bowls else ctx.destination  # 'see that bowl? put X in there'
        ctx.destination = next((n for n in named if n in state.bowls), ctx.destination)  # '... then put one more in'
    try:
        return Parsed(stages=_parse_text(text, ctx), said=said, later=later)
    except Ambiguous as q:
        return Parsed(question=str(q))


_OFFER_RE = re.compile(r"\W*(?:what if|how about|what about|why not|shall (?:we|i)|should (?:we|i)|maybe|perhaps|mind|"
                       r"(?:is it|would it be) (?:ok|okay|alright|all right|fine)(?: (?:if|to))?)\b", re.IGNORECASE)
_ASKED_RE = re.compile(r"(?:^|[,:;]\s*)(?:is|are|does|do|has|have) (?:the|there|it|they|any)\b[^,.;]*\?\s*$", re.IGNORECASE)  # '..., is X in W?'
_TARGET_RE = re.compile(r"(?<!next )(?<!close )(?<!near )\b(?:into|onto|to|inside|in|on) (?:the|"
                        r"that) (?:\w+ )?(?:bowl|bin|corner|middle|table)\b")  # where to put
_BACK_RE = re.compile(r"\b(?:the rest|the others|the remaining|everything else|all else)\b", re.IGNORECASE)  # what is left of a sentence set aside
_NAMES_RE = re.compile(r"\b(?:blocks?|bowls?|bin|table|corner|middle|towers?|stacks?|it|them|" + "|".join(COLOURS) + r")\b")


def _asked_first(instruction: str, scene: Scene) -> tuple[str, str, str | None]:
    """'how many blocks are in W? then add one more' -> (the question, the command, its answer): asked first, then
    told, the question is answered (in the plan's summary) and the command done; (_, instruction, None) otherwise. What
    follows that names nothing here ('... has got to? My eyes aren't what they were') is no command."""
    asked, mark, then = instruction.partition("?")
    lead = rx(r"^\W*(?:(?:and|n|then|now|so|ok|okay|next|after that|because|cause)\b[, ]*)+", re.IGNORECASE)  # '..? Because I'd like X in it'
    then = lead.sub("", then.strip(" ?!.,"))
    told = lead.sub("", clean_text(then)) if mark and then else ""
    last = rx(r"[.;!]\s+").split(asked.strip())[-1]  # '... apologies in advance. Could you move X to W? Sorry, only ...': a request
    again = ("?" in instruction[len(asked) + 1:] or rx(r"(?:(?:also|plus|additionally),? )?(?:(?:please |kindly )?(?:tell me|state|let me know),? )?(?:how many|where|what|which|is|are|does|do)\b", re.I).match(then)) and is_question(told, then + "?")  # two questions
    if told and looks_like_command(told) and not again and _NAMES_RE.search(told) and is_question(clean_text(asked), asked + "?") and (
            last == asked.strip() or is_question(clean_text(last), last + "?")) and not (
            rx(r"(?:what|which|who)\b").match(told) and rx(r"\W*(?:is there |are there )?(?:anything|something)\b", re.I).match(asked)) and not \
            rx(r"if (?:so|yes|it is|it does|there is|there are|they are)\W+(?:(?:tell me|say|let me know) )?(?:which|what|where|who)\b").match(told):
        # never 'Anything on X? Which one is it?' nor 'Is X in a bowl? If it is, which bowl?': one question
        return asked, rx(r"\b(?:every one|each one|each|all) of them\b").sub("them", then.strip(" ?!.,")), answer_question(question_text(asked), scene).text
    return "", instruction, None


def _asked_about(asked: str, ctx: Context) -> tuple[str, list[str]]:
    """The words for, and the block(s), a question before a command points at ('can everyone see the block on the red one?
    bin that one')."""
    m = rx(r"\b(?:see|spot|notice|find|count|check)\s+(?:that |this )?((?:the )?(?:\w+ )?(?:blocks?|bowl|ones?)\b.*?)(?: (?:there|here|now))?$|^(?:tell me )?(?:which|what|how many|that|this) "
                  r"(blocks|ones|block|one)( on the table)? (?:are |is )?((?:above|on top of|on|in|inside|under|nearest|closest to|furthest from) .+?)$").search(clean_text(asked))
    if m is None:
        return "", []
    np_text = rx(r"\b(?:piled|stacked|sitting|resting|lying)(?: up)? (?=on |in )").sub("", f"the {m[2].replace('one', 'block')} {m[4]}{' that is' + m[3] if m[3] else ''}" if m[2] else m[1] if
                     m[1].startswith("the ") else f"the {m[1]}")
    with suppress(PlanningError, Ambiguous):
        if NounPhrase(np_text).kind == "bowl":  # 'do you see the bowl with X in it? set Y in it'
            return np_text, [resolve_target(np_text, "in", ctx)[1]]
        found = resolve_blocks(NounPhrase(np_text), ctx)
        return np_text, found if rx(r"\b(?:blocks|ones)\b").search(np_text) else found[:1]
    return "", []


def _goal_blocks(command: str, scene: Scene) -> list[str]:
    """The blocks an earlier command's goal is about, in order (none when it asked a question)."""
    parsed = parse(command, scene, [])
    return [r.block for stage in parsed.stages for r in stage]


def _parse_text(text: str, ctx: Context) -> list[list[Rel]]:
    text = rx(r"\s*,?\s*\b(?:but|while|and)\s+(?:you\s+)?(?=(?:do not|dont|never|keep|leave|without|make sure|"
                  r"hands off|(?:stay|keep) (?:away|clear)|take (?:your |the )?hands?)\b)").sub(" and ", text)
    text = rx(r"\s*,?\s*\b(?:but|and) not (?:in|into|inside|on|onto|to|at) ").sub(" except ", text)  # '..., but not in X'
    text = rx(r"\b(?:that|which) (?:is|are) not (?=(?:the|a) (?:\w+ )?(?:one|bowl)\b)").sub("except ", text)
    text = aside_exclusion(text)  # 'the blocks on the table, except the green one, into the bowl'
    text = rx(r"\s*,\s*(?=(?:but not|except|other than|apart from|excluding|not including|save for)\b)").sub(" ", text)
    text = join_but(text)  # 'do not touch X, but put Y on Z'
    text = destination_relative(text)  # 'everything except the red block, which goes in the bowl'
    text = rx(r"\s+(?=without (?:touching|moving|disturbing)\b)").sub(" and ", text)
    text = rx(r"\s*,?\s*\b(?:while |and )?(?:leaving|keeping)\s+").sub(" and leave ", text)
    text = tower_order(text) or text
    text = tower_phrases(text, ctx)  # 'the second block from the bottom', 'the tallest tower', 'reverse the stack'
    told = stages(text)
    for scene_told in [p for p in told[:1] if len(told) > 1 and rx(r"there (?:is|are) (?:a|an|one|some|this|two|three|four)\b").match(
                                                                       p)]:
        told.remove(scene_told)  # 'there is a stack on the table; take it apart': what 'it' is, never a goal
        if rx(r"\b(?:stack|tower|pile)\b").search(scene_told) and len(stacks(ctx.state)) == 1:
            ctx.it = stacks(ctx.state)[0]
        elif (few := rx(r"there are (two|three|four) ((?:\w+ )?(?:blocks|cubes|ones)\b.*)$").match(scene_told)) and not rx(
                r"\b(?:stack|tower|pile)s?\b").search(scene_told):
            with suppress(PlanningError, Ambiguous):  # 'There are two loose blocks. Put the yellow one in W, then stack the other one on it'
                ctx.group = resolve_blocks(NounPhrase(f"the {few[2]}"), ctx)
        elif one := rx(r"there (?:is|are) (?:a|an|one) (?:block|cube|one) (.+)$").match(scene_told):
            with suppress(PlanningError, Ambiguous):  # 'there is a block on top of X; set it down on the table'
                ctx.it = resolve_blocks(NounPhrase(f"the block {one.group(1)}"), ctx)[:1] or ctx.it
    parts = [[c for piece in sentences(front_exclusion(desire(part))) for c in clauses(normal_form(piece))]
             for part in told]  # 'make it so X and Y are stacked': the frame off before clauses are split
    for part in parts:  # keep first: 'all the blocks' then means the others
        for clause in part:
            read = read_clause(clause, None)
            if read is None or read.action not in ("keep", "retain") or (read.target and read.verb != "leavebe"):
                continue
            what = f"{read.obj} {read.prep} {read.target}" if read.target else read.obj  # 'the blocks in the bowl'
            np_ = NounPhrase(what)
            if not (np_.others or np_.pronoun or np_.them or rx(r"\b(?:it|them)$").search(what)):  # 'it' is known only once the
                # clauses before it are read ('put X in W but do not touch the block next to it')
                ctx.kept += kept_blocks(what, ctx)
                ctx.kept_bowls += [n for n in exact_names(what, ctx.scene) if n in ctx.state.bowls]
    goal_stages: list[list[Rel]] = []
    prev_verb: str | None = None
    last: str | None = None
    for part in parts:
        rels: list[Rel] = []
        moved: list[str] = []  # blocks told to move whose place a later clause says ('move X, but not into a bowl')
        for k, clause in enumerate(part):
            clause, last = same_again(clause, last), clause  # '..., then do the same with the blue block'
            later = " ".join(c for p in parts for c in p).split(clause, 1)[-1]
            read = read_clause(clause, prev_verb)
            if read is not None and read.action == "move" and not read.target and rx(r"\bit\b").search(later):
                # 'move the red block: it goes in the bowl' -- the object now, its target in a later clause
                ctx.it = resolve_blocks(NounPhrase(read.obj), ctx)
                moved += ctx.it[:1]
                prev_verb = read.verb
                continue
            ctx.later, ctx.it = later, _not_subject(clause, ctx)
            verb, new = clause_relations(clause, prev_verb, ctx)
            prev_verb = verb
            said = " ".join(c for c in part[:k] if VERB_RE.match(c) or rx(r"\b(?:at|in|into|on|onto|inside)\b").search(c))
            # a block named and moved, then kept: 'put X in W but don't move X', 'X at the middle, and W as it is'
            if clash := [r.block for r in new if r.rel == "unchanged" and rx(rf"\b{r.block}\b").search(said) and any(
                    o.block == r.block and not o.negated and o.rel != "unchanged" and not holds(o, ctx.state) for o in rels)]:
                raise PlanningError(f"I cannot both move the {clash[0]} and leave it where it is; say which one you want")
            rels = carve_out(rels, new)
            conflict(rels, new)
            rels = merge_goal(rels, new)
            ctx.destination = destination(new) or ctx.destination or next(  # 'take X out of W and put Y in there': W; "don't bin X; the rest go in there"
                ("bin" if r.rel == "in_bin" else r.target for r in new if r.negated and (r.rel == "in_bin" or r.rel == "in" and r.target in ctx.state.bowls)), None)
            ctx.stacked += [(r.args[0], r.args[1]) for r in new if r.rel == "on" and not r.negated]
            ctx.vacated += [w for r in new if r.block in ctx.state.support and (w := ctx.state.base(r.block)) in ctx.state.bowls and (
                r.rel == "in" and r.negated or not r.negated and r.rel in ("on_table", "in_bin", "at", "in", "on") and w not in r.args[1:])
            ]  # the bowls blocks were taken out of: 'take X out, put it on the table, then put Y in there'

            emptied = [n for n in exact_names(read.obj, ctx.scene) if n in ctx.state.bowls] if (
                read is not None and read.action == "clear" and new) else []
            if emptied:  # 'empty W onto the table; then X goes in it': W, not what came out; 'everything else': not them
                ctx.it, ctx.group = emptied[:1], list(dict.fromkeys(r.block for r in new))
                ctx.mentioned += [b for b in ctx.group if b not in ctx.mentioned]
            elif (new and all(r.negated and r.rel in ("on", "in") for r in new) and len({r.args[-1] for r in new}) == 1 and read
                    and (read.action == "clear" or rx(r"(?:all|every|any|everything|anything|nothing)\b").match(read.obj))):
                ctx.it = [new[0].args[-1]]  # 'clear off X (or out W) and then bin it (or fill it)': X or W, not what came off
                ctx.group = list(dict.fromkeys(r.block for r in new))  # '... and move them': what came off
            elif new and all(r.negated and r.rel == "in_bin" for r in new) and read and rx(
                    r"(?:all|every|any|everything|anything|nothing|no)\b").match(read.obj):
                pass  # 'do not put anything in the bin' names no block for 'it', 'them' or 'the others'
            elif new and read and read.excluded and rx(r"\bthe \w+ (?:block|one)\b").search(read.excluded) and rx(r"\W*(?:and |but )?(?:(?:leave|keep|leavebe|do not (?:move|touch)) (?:that one|it)|(?:put|bin|move|place|drop) "
                                                             r"that one|that one (?:goes|should go|belongs|is going|must go))\b").match(later):
                with suppress(PlanningError, Ambiguous):  # 'bin everything apart from X, and leave that one where it is': X
                    ctx.it = resolve_blocks(NounPhrase(read.excluded), ctx)
            elif read is not None and read.action == "keep" and read.excluded:
                with suppress(PlanningError, Ambiguous):  # 'touch nothing but X; it goes on Y': X, not what is kept
                    ctx.it = resolve_blocks(NounPhrase(read.excluded), ctx)
            elif new:
                ctx.it = [new[-1].block]
                stray = not all(r.negated for r in new) and not rx(r"\b(?:out|empty|clear|off|away|remove|take|rid)\b").search(clause)
                named = [a for r in new for a in r.args if a in ctx.state.support and not (  # a stray sorted out of a bowl,
                    stray and r.negated and a not in clause)]  # unnamed: one of 'the rest'
                if read is None or read.action != "unstack":  # 'unstack everything, then put three in W and the rest in the bin'
                    lifted = [r.block for r in new if not holds(r, ctx.state)] if read and read.action == "not" and read.excluded and not any(rx(rf"\b{b}\b").search(read.excluded) for b in named) else None
                    ctx.mentioned += [b for b in (named + [k for k in ctx.state.blocks if read and read.excluded and rx(rf"\b{k}\b").search(read.excluded)] if lifted is None else ctx.state.blocks) if b not in ctx.mentioned and b not in (lifted or [])]  # 'bin all but X and Y; the rest ...': never X nor Y; 'nothing on the table but X. bin the rest': those taken off
                    ctx.put += [r for r in new if not r.negated and r.block in ctx.state.support]
                    ctx.binned += [r.block for r in new if not r.negated and r.rel == "in_bin"]
                ctx.group = [b for b in dict.fromkeys(named) if not (read and read.excluded and b in read.excluded)] if len(set(named)) > 1 else ctx.group  # never X of 'all out of W but X, then ... them'
                if read is not None and read.action == "unstack":  # 'take the tower apart, then put them all in W': every block of it
                    ctx.group = [b for t in stacks(ctx.state) if any(r.block in t for r in new) for b in t] or ctx.group
            elif read is not None and rx(r"(?:nothing|anything|no blocks?|(?:all|any|a) blocks?|blocks)$").match(read.obj or "") and (bowl := [
                    n for n in exact_names(read.target or "", ctx.scene) if n in ctx.state.bowls]):
                ctx.it, ctx.group = bowl[:1], []  # 'nothing should be in W (already so), clear it out': W
            elif read is not None and read.obj and not rx(r"\b(?:it|them|that|this|nothing|anything)\b").search(read.obj) and not (
                    read.action == "not" and rx(r"(?:all|any|a) blocks?$|blocks$").match(read.obj)):
                with suppress(PlanningError, Ambiguous):  # 'X is not going in Y, put it in the bin': X is 'it'
                    ctx.it = resolve_blocks(NounPhrase(read.obj), ctx)[:1] or ctx.it
        rels += [r for b in moved if not any(r.block == b and not r.negated for r in rels) for r in off(b, ctx.state)]
        if goal_stages and rels and all(r.negated for r in rels):
            carved = carve_out(goal_stages[-1], rels)
            if carved != goal_stages[-1]:
                goal_stages[-1] = merge_goal(carved, rels)  # 'bin everything; not the red one'
                continue
        goal_stages.append(rels)
    if not goal_stages:
        raise not_understood(ctx)
    return kept_as_left(goal_stages)


def _not_subject(clause: str, ctx: Context) -> list[str]:
    """What 'it' is in a clause about a block: never that block itself ('stack X on Y, so that X sits on top of it': Y)."""
    m = rx(r"(?:(?:put|place|stack|move|set) )?(the \w+ (?:block|one))\b.*\b(?:on top of|on|onto|in|into|under|beside) it\b").match(clause)
    if m is None or not ctx.it:
        return ctx.it
    with suppress(PlanningError, Ambiguous):
        if resolve_blocks(NounPhrase(m.group(1)), ctx)[:1] == ctx.it[:1]:
            return [b for b in ctx.mentioned if b != ctx.it[0]][-1:] or ctx.it
    return ctx.it
