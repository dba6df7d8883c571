"""`FRESH153`, the hundred-and-fifty-third untuned batch: sixty language templates, six per category, for the offline planner.

The theme is addressing the robot and the trappings that real messages come wrapped in. People call the robot by a
wake word or a name ("Hey robot,", "Okay Panda,", "Franka,"), tag it in a chat ("@arm", "Robot 2:"), type a slash
command or a prompt prefix ("/task", "cmd:", ">"), send an email with a subject, a greeting and a sign-off ("Best
regards, Lab 3"), file a ticket or memo with a priority and hashtags ("[urgent] #cleanup", "(low priority)"), or text
it with emoji, a signature and a P.S. The request inside is an ordinary one over the blocks, bowls, bin and named
places of the scene; the trappings must be looked past. A sign-off name, a handle, a ticket number or a tag is never
an object or a count, and a P.S. ("P.S. also put the green block on the table") is part of the request: the check
requires both. Questions come wrapped the same way and are answered from the scene. The checks accept every end
state that does what the words ask, in any order and with any free choice the words leave open (which two blocks,
which other bowl, where a block moved out of the way goes), and require an empty gripper.

- voice: "Okay Panda, put the red block in the blue bowl. Thanks!"
- chat: "@arm can you stack the red block on the green block? 🙏"
- cli: "/task make it so that the red block is in the top left corner"
- email: "Subject: tidy-up Body: Hello! Please take every block out of the blue bowl and put them all on the table.
  Best regards, Lab 3"
- ticket: "TICKET-1042: [urgent] #stacking Stack the red block on the blue block. Everything in the green bowl stays
  put."
- sms: "put the red block in the bin, then the blue block in the bin too 👍 - Jun P.S. once that's done, put the
  green block on the table"

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2296a0d, the code of 0f60818, after every fix before it and before anything
it could prompt): 0.6533 goal-correct (196 of 300), 100 refused, 4 wrong, three of them actions: 'Req 7731 | [normal]
All blocks go flat on the table - no towers and nothing left in any bowl. #tidy' binned every block (the tag read alone
as 'tidy the table' once the rest was not understood); 'the cyan block goes in the matching bowl pls :) xx Sam P.S. and
put the pink block in the bin too' did only the P.S.; "the orange block shouldn't be in the yellow bowl, can u take it
out? ... P.S. nothing goes in the bin today" left the block in the gripper. One wrong reply: '<priya> @arm quick q: is X
on top of Y?' got the help text. Most refusals were the wrapping: wake words, handles, slash commands, email headers,
tags, sign-offs, emoji.
"""

from __future__ import annotations

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
    both,
    count_in,
    empty,
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel

_ON_TABLE = (TABLE, *PLACES)


# ----- small helpers ----------------------------------------------------------------------------------
def _done(*checks: Check) -> Check:
    """An action's goal: every check holds and nothing is left in the gripper."""
    return both(lambda _i, f: f.held is None, *checks)


def _offer(w: World, text: str, check: Check) -> Made:
    """The instance, or None where the scene already meets the goal (doing nothing must fail)."""
    return None if check(w.state, w.state) else (text, check)


def _one(w: World, items: list[str]) -> str | None:
    return w.rng.choice(items) if items else None


def _room(w: World, bowl: str, n: int = 1) -> bool:
    return len(w.state.on_top(bowl)) + n <= layout.BOWL_CAPACITY


def _lifted(w: World) -> list[str]:
    """Blocks not standing directly on the table: on another block or in a bowl."""
    return [b for b in w.blocks if w.state.support[b] not in _ON_TABLE]


def _in_place(p: str) -> str:
    return "in the middle of the table" if p == "middle" else f"in the {p}"


def _to_place(p: str) -> str:
    return "to the middle of the table" if p == "middle" else f"to the {p}"


def _flat(*blocks: str) -> Check:
    """Each block stands directly on the table (a named place on it counts)."""
    return lambda _i, f: all(f.support[b] in _ON_TABLE for b in blocks)


def _in_bin_count(n: int) -> Check:
    return lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == n


def _bowl_colour(w: World, bowl: str) -> str:
    return w.scene.get(bowl).colour


# ----- the six channels -------------------------------------------------------------------------------
_WAKE = ("Hey robot,", "Okay Panda,", "Franka,", "Hey Franka -", "OK robot,", "Robot, listen up:")
_HANDLES = ("@arm", "@robot", "@panda", "Robot 2:", "<priya> @arm", "[#lab-bench] @robot")
_EMOJI = ("", " 🙏", " 👍", " 🤖", " :)")
_CMDS = ("/task", "cmd:", ">", "/robot")
_NAMES = ("Priya", "Sam", "Marta", "Jun", "Dr. Okafor", "Lab 3", "the night shift")
_SIGNS = ("Thanks", "Best regards", "Cheers", "Many thanks", "Kind regards")
_IDS = ("TICKET-1042:", "Ticket #88 -", "MEMO:", "", "Req 7731 |")
_PRIOS = ("[urgent]", "[low priority]", "(low priority)", "[P2]", "[normal]")
_SMS_SIGNS = ("- Jun", "thx!! -P", "ty ❤️", "Cheers! -- sent from my phone", "xx Sam", "")


def _voice(w: World, body: str) -> str:
    return f"{w.rng.choice(_WAKE)} {body}{w.rng.choice(('', ' Thanks!', ' Thank you.'))}"


def _chat(w: World, body: str) -> str:
    return f"{w.rng.choice(_HANDLES)} {body}{w.rng.choice(_EMOJI)}"


def _cli(w: World, body: str, cmds: tuple[str, ...] = _CMDS) -> str:
    return f"{w.rng.choice(cmds)} {body}"


def _email(w: World, subject: str, body: str) -> str:
    sign, name = w.rng.choice(_SIGNS), w.rng.choice(_NAMES)
    if w.rng.random() < 0.5:
        return f"To: robot arm\nSubject: {subject}\n\nHi robot,\n{body}\n\n{sign},\n{name}"
    return f"Subject: {subject} Body: Hello! {body} {sign}, {name}"


def _ticket(w: World, tags: str, body: str) -> str:
    head = " ".join(x for x in (w.rng.choice(_IDS), w.rng.choice(_PRIOS)) if x)
    if w.rng.random() < 0.5:
        return f"{head} {tags} {body}"
    return f"{head} {body} {tags}"


def _sms(w: World, body: str, ps: str) -> str:
    sign = w.rng.choice(_SMS_SIGNS)
    sep = w.rng.choice(("\n", " "))
    text = f"{body}{w.rng.choice(_EMOJI)}" + (f" {sign}" if sign else "")
    return f"{text}{sep}P.S. {ps}" if ps else text


# ----- imperative -------------------------------------------------------------------------------------
def t153_imp_voice(w: World) -> Made:
    b = _one(w, w.clear_blocks())
    bowl = _one(w, [c for c in w.bowls if b and w.state.base(b) != c and _room(w, c)])
    if b is None or bowl is None:
        return None
    body = w.rng.choice(("put the {b} in the {c}.", "drop the {b} into the {c}.", "place the {b} inside the {c}."))
    return _offer(w, _voice(w, body.format(b=b, c=bowl)), _done(rels(Rel("in", b, bowl))))


def t153_imp_chat(w: World) -> Made:
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None:
        return None
    body = w.rng.choice(("can you stack the {a} on the {b}?", "pls put the {a} on top of the {b}",
                         "could you set the {a} onto the {b}, ty"))
    return _offer(w, _chat(w, body.format(a=a, b=b)), _done(rels(Rel("on", a, b))))


def t153_imp_cli(w: World) -> Made:
    b = _one(w, w.blocks)
    p = w.rng.choice(PLACES)
    body = w.rng.choice((f"put the {b} {_in_place(p)}", f"move the {b} {_to_place(p)}",
                         f"carry the {b} over {_to_place(p)}"))
    return _offer(w, _cli(w, body), _done(rels(Rel("at", b, p))))


def t153_imp_email(w: World) -> Made:
    b = _one(w, _lifted(w))
    if b is None:
        return None
    s = w.state.support[b]
    if s in w.bowls:
        body = f"Could you please take the {b} out of the {s} and put it on the table?"
    else:
        body = f"Please take the {b} off the {s} and set it down on the table."
    subject = w.rng.choice(("tidy-up", "small favour", f"Re: the {b}"))
    return _offer(w, _email(w, subject, body), _done(rels(Rel("on_table", b))))


def t153_imp_ticket(w: World) -> Made:
    b = _one(w, w.blocks)
    body = w.rng.choice((f"Throw the {b} in the bin.", f"Please put the {b} into the bin.",
                         f"Get rid of the {b}: it goes in the bin."))
    tags = w.rng.choice(("#cleanup", "#tidy #bench", "#waste"))
    return _offer(w, _ticket(w, tags, body), _done(binned([b])))


def t153_imp_sms(w: World) -> Made:
    a = _one(w, w.blocks)
    bowl = _one(w, [c for c in w.bowls if a and w.state.base(a) != c and _room(w, c)])
    c = _one(w, [x for x in _lifted(w) if x != a])
    if a is None or bowl is None or c is None:
        return None
    body = w.rng.choice((f"can u put the {a} in the {bowl} pls", f"hey, pop the {a} into the {bowl} when u can"))
    ps = w.rng.choice((f"also put the {c} on the table", f"oh and move the {c} onto the table too"))
    check = _done(rels(Rel("in", a, bowl), Rel("on_table", c)))
    return _offer(w, _sms(w, body, ps), check)


# ----- declarative ------------------------------------------------------------------------------------
def t153_dec_voice(w: World) -> Made:
    b = _one(w, w.blocks)
    bowl = _one(w, [c for c in w.bowls if w.state.base(b) != c and _room(w, c)])
    if bowl is None:
        return None
    body = w.rng.choice(("the {b} should be in the {c}.", "the {b} belongs in the {c}.",
                         "the {b} needs to be in the {c}."))
    return _offer(w, _voice(w, body.format(b=b, c=bowl)), _done(rels(Rel("in", b, bowl))))


def t153_dec_chat(w: World) -> Made:
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None:
        return None
    body = w.rng.choice(("the {a} goes on top of the {b}", "end state: the {a} sitting on the {b}",
                         "the {a} should be on the {b} pls"))
    return _offer(w, _chat(w, body.format(a=a, b=b)), _done(rels(Rel("on", a, b))))


def t153_dec_cli(w: World) -> Made:
    b = _one(w, w.blocks)
    p = w.rng.choice(PLACES)
    body = w.rng.choice((f"the {b} is {_in_place(p)}", f"the {b} should end up {_in_place(p)}",
                         f"the {b} sits {_in_place(p)}"))
    return _offer(w, _cli(w, body, ("/goal", "goal:", "> goal:")), _done(rels(Rel("at", b, p))))


def t153_dec_email(w: World) -> Made:
    a = _one(w, _lifted(w))
    b = _one(w, [x for x in w.blocks if x != a])
    bowl = _one(w, [c for c in w.bowls if b and w.state.base(b) != c and _room(w, c)])
    if a is None or b is None or bowl is None:
        return None
    body = w.rng.choice((f"When you are finished, the {a} is on the table and the {b} is in the {bowl}.",
                         f"By the end of the day the {b} should be in the {bowl}, and the {a} on the table."))
    check = _done(rels(Rel("on_table", a), Rel("in", b, bowl)))
    return _offer(w, _email(w, w.rng.choice(("end state for today", "layout", "Fwd: bench setup")), body), check)


def t153_dec_ticket(w: World) -> Made:
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None:
        return None
    c = _one(w, [x for x in w.blocks if x not in (a, b) and a not in w.state.above(x)
                 and b not in w.state.above(x)])
    if c is None:
        return None
    body = w.rng.choice((f"Desired state: the {a} sits on the {b}, and the {c} is in the bin.",
                         f"Expected result: the {c} in the bin and the {a} on top of the {b}."))
    check = _done(rels(Rel("on", a, b), Rel("in_bin", c)))
    return _offer(w, _ticket(w, w.rng.choice(("#layout", "#bench-setup")), body), check)


def t153_dec_sms(w: World) -> Made:
    a = _one(w, w.blocks)
    bowl = _one(w, [c for c in w.bowls if w.state.base(a) != c and _room(w, c)])
    pair = w.pick([x for x in w.clear_blocks() if x != a], 2)
    if bowl is None or not pair:
        return None
    b, c = pair
    body = w.rng.choice((f"the {a} needs to be in the {bowl} by the time I'm back, thx",
                         f"the {a} has to be in the {bowl} before the demo"))
    ps = w.rng.choice((f"the {b} should be on the {c} too", f"the {b} is supposed to sit on top of the {c} as well"))
    check = _done(rels(Rel("in", a, bowl), Rel("on", b, c)))
    return _offer(w, _sms(w, body, ps), check)


# ----- desiderative -----------------------------------------------------------------------------------
def t153_des_voice(w: World) -> Made:
    b = _one(w, w.blocks)
    bowl = _one(w, [c for c in w.bowls if w.state.base(b) != c and _room(w, c)])
    if bowl is not None and w.rng.random() < 0.6:
        body = w.rng.choice((f"I'd like the {b} in the {bowl}, please.", f"I want the {b} in the {bowl}."))
        return _offer(w, _voice(w, body), _done(rels(Rel("in", b, bowl))))
    body = w.rng.choice((f"I'd like the {b} in the bin, please.", f"I want the {b} thrown in the bin."))
    return _offer(w, _voice(w, body), _done(binned([b])))


def t153_des_chat(w: World) -> Made:
    a, b = w.pick(w.clear_blocks(), 2) or (None, None)
    if a is None:
        return None
    body = w.rng.choice(("I want the {a} on top of the {b} pls", "I'd love to see the {a} stacked on the {b}",
                         "would like the {a} on the {b} when you get a sec"))
    return _offer(w, _chat(w, body.format(a=a, b=b)), _done(rels(Rel("on", a, b))))


def t153_des_cli(w: World) -> Made:
    b = _one(w, w.blocks)
    p = w.rng.choice(PLACES)
    body = w.rng.choice((f"make it so that the {b} is {_in_place(p)}", f"make sure the {b} ends up {_in_place(p)}",
                         f"I want the {b} {_in_place(p)}"))
    return _offer(w, _cli(w, body), _done(rels(Rel("at", b, p))))


def t153_des_email(w: World) -> Made:
    b = _one(w, _lifted(w))
    if b is None:
        return None
    body = w.rng.choice((f"I would like the {b} on the table.", f"It would be great if the {b} were on the table.",
                         f"I'd like to have the {b} standing on the table."))
    subject = w.rng.choice(("small request", "one thing", "Re: Re: bench"))
    return _offer(w, _email(w, subject, body), _done(rels(Rel("on_table", b))))


def t153_des_ticket(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if _room(w, c, 2)])
    pair = w.pick(w.blocks, 2)
    if bowl is None or not pair:
        return None
    a, b = pair
    body = w.rng.choice((f"We need the {a} and the {b} both in the {bowl}.",
                         f"Requested: I'd like the {a} and the {b} in the {bowl}."))
    check = _done(rels(Rel("in", a, bowl), Rel("in", b, bowl)))
    return _offer(w, _ticket(w, w.rng.choice(("#sorting", "#request")), body), check)


def t153_des_sms(w: World) -> Made:
    a = _one(w, _lifted(w))
    b = _one(w, [x for x in w.blocks if x != a])
    if a is None or b is None:
        return None
    body = w.rng.choice((f"wanna see the {a} on the table when I get back", f"would love the {a} on the table"))
    ps = w.rng.choice((f"I'd also like the {b} in the bin", f"I want the {b} in the bin too"))
    return _offer(w, _sms(w, body, ps), _done(rels(Rel("on_table", a)), binned([b])))


# ----- quantified -------------------------------------------------------------------------------------
def t153_qua_voice(w: World) -> Made:
    body = w.rng.choice(("put all the blocks in the bin.", "throw every block into the bin.",
                         "put each of the blocks in the bin."))
    return _offer(w, _voice(w, body), _done(binned(w.blocks)))


def t153_qua_chat(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if bowl is None:
        return None
    body = w.rng.choice((f"pls empty the {bowl} into the bin, every block in it",
                         f"put each block from the {bowl} in the bin",
                         f"all the blocks in the {bowl} go in the bin pls"))
    return _offer(w, _chat(w, body), _done(binned(w.state.in_bowl(bowl))))


def t153_qua_cli(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if not w.state.in_bowl(c)])
    if bowl is None:
        return None
    body = w.rng.choice((f"put two blocks in the {bowl}", f"place exactly 2 blocks into the {bowl}",
                         f"put any two blocks in the {bowl}"))
    return _offer(w, _cli(w, body), _done(count_in(bowl, 2)))


def t153_qua_email(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    body = w.rng.choice((f"Please take every block out of the {bowl} and put them all on the table.",
                         f"Could you lift each block out of the {bowl} and set it down on the table?"))
    subject = w.rng.choice(("bowl clear-out", "tidy-up", "quick job"))
    return _offer(w, _email(w, subject, body), _done(_flat(*inside)))


def t153_qua_ticket(w: World) -> Made:
    body = w.rng.choice(("Every block should sit directly on the table: no stacks, nothing in bowls.",
                         "All blocks go flat on the table - no towers and nothing left in any bowl."))
    return _offer(w, _ticket(w, w.rng.choice(("#tidy", "#cleanup #eod")), body), _done(_flat(*w.blocks)))


def t153_qua_sms(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    a = _one(w, w.blocks)
    bowl = _one(w, [c for c in w.bowls if w.state.base(a) != c and _room(w, c)])
    if bowl is None:
        return None
    body = w.rng.choice(("can u put 3 blocks in the bin? any 3 is fine",
                         "pls bin three of the blocks, dont care which"))
    ps = w.rng.choice((f"also put the {a} in the {bowl}", f"the {a} should go in the {bowl} too"))
    return _offer(w, _sms(w, body, ps), _done(_in_bin_count(3), rels(Rel("in", a, bowl))))


# ----- negated ----------------------------------------------------------------------------------------
def t153_neg_voice(w: World) -> Made:
    x = _one(w, [b for b in w.blocks if w.state.support[b] not in w.state.support])
    if x is None:
        return None
    others = [b for b in w.blocks if b != x]
    body = w.rng.choice((f"put every block except the {x} in the bin.",
                         f"put all the blocks but the {x} into the bin.",
                         f"put all the blocks in the bin, except the {x}."))
    return _offer(w, _voice(w, body), _done(binned(others), kept(x)))


def t153_neg_chat(w: World) -> Made:
    inside = w.in_bowls()
    if not inside or any(w.state.support[b] not in w.bowls or not w.state.is_clear(b) for b in inside):
        return None
    outside = [b for b in w.blocks if b not in inside]
    body = w.rng.choice(("please put every block that is not in a bowl into the bin",
                         "bin all the blocks that aren't in a bowl",
                         "every block outside the bowls goes in the bin, thx"))
    return _offer(w, _chat(w, body), _done(binned(outside), kept(*inside)))


def t153_neg_cli(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    b = _one(w, w.blocks)
    ex = _one(w, w.bowls)
    allowed = [c for c in w.bowls if c != ex]
    if not any(_room(w, c) for c in allowed):
        return None
    body = w.rng.choice((f"put the {b} in a bowl, but not the {ex}", f"put the {b} into any bowl other than the {ex}",
                         f"the {b} goes in a bowl - not the {ex} though"))
    return _offer(w, _cli(w, body), _done(lambda _i, f: f.base(b) in allowed))


def t153_neg_email(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if bowl is None:
        return None
    body = w.rng.choice((f"Please empty the {bowl}, but don't put anything in the bin.",
                         f"Please take the blocks out of the {bowl} - not into the bin though."))
    check = _done(empty(bowl), none_binned(w.blocks))
    return _offer(w, _email(w, w.rng.choice(("bowls", "no bin please", "request")), body), check)


def t153_neg_ticket(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if not w.state.is_clear(x)])
    if b is None:
        return None
    body = w.rng.choice((f"Nothing should be stacked on the {b} anymore.",
                         f"Make sure nothing is left on top of the {b}.",
                         f"The {b} must not have anything on top of it."))
    return _offer(w, _ticket(w, w.rng.choice(("#cleanup", "#unstack")), body), _done(rels(Rel("clear", b))))


def t153_neg_sms(w: World) -> Made:
    b = _one(w, w.in_bowls())
    if b is None:
        return None
    bowl = w.state.base(b)
    body = w.rng.choice((f"hey the {b} shouldn't be in the {bowl}, can u take it out?",
                         f"the {b} isn't supposed to be in the {bowl}, pls move it out of there"))
    ps = w.rng.choice(("don't use the bin for anything", "nothing goes in the bin today"))
    check = _done(rels(Rel("in", b, bowl, negated=True)), none_binned(w.blocks))
    return _offer(w, _sms(w, body, ps), check)


# ----- relative ---------------------------------------------------------------------------------------
def t153_rel_voice(w: World) -> Made:
    pair = w.pairs()
    if not pair:
        return None
    top, below = w.rng.choice(pair)
    body = w.rng.choice((f"put the block that's on top of the {below} in the bin.",
                         f"throw the block sitting on the {below} into the bin.",
                         f"the block resting on the {below}: put it in the bin."))
    return _offer(w, _voice(w, body), _done(binned([top])))


def t153_rel_chat(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if len(w.state.in_bowl(c)) == 1])
    if bowl is None:
        return None
    x = w.state.in_bowl(bowl)[0]
    body = w.rng.choice((f"move the block that's in the {bowl} onto the table",
                         f"take whatever block is in the {bowl} and put it on the table"))
    return _offer(w, _chat(w, body), _done(rels(Rel("on_table", x))))


def t153_rel_cli(w: World) -> Made:
    pair = w.pairs()
    if not pair:
        return None
    g, below = w.rng.choice(pair)
    bowl = _one(w, [c for c in w.bowls if w.state.base(below) != c and _room(w, c)])
    if bowl is None:
        return None
    body = w.rng.choice((f"put the block the {g} is sitting on into the {bowl}",
                         f"move the block underneath the {g} into the {bowl}",
                         f"put the block below the {g} in the {bowl}"))
    return _offer(w, _cli(w, body), _done(rels(Rel("in", below, bowl))))


def t153_rel_email(w: World) -> Made:
    bowl = x = None
    for c in w.pick(w.bowls, len(w.bowls)):
        near = sorted((w.dist(b, c), b) for b in w.blocks if w.state.base(b) != c)
        if len(near) < 2:
            continue
        (d0, y), (d1, _) = near[0], near[1]
        if w.state.support[y] == TABLE and w.state.is_clear(y) and d1 - d0 >= 0.05 and _room(w, c):
            bowl, x = c, y
            break
    if bowl is None or x is None:
        return None
    body = w.rng.choice((f"Please put the block closest to the {bowl} into it.",
                         f"Could you put the block nearest to the {bowl} in that bowl?"))
    subject = w.rng.choice(("quick one", "Re: bowls", "small job"))
    return _offer(w, _email(w, subject, body), _done(rels(Rel("in", x, bowl))))


def t153_rel_ticket(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if len(w.state.in_bowl(c)) == 1])
    if bowl is None:
        return None
    x = w.state.in_bowl(bowl)[0]
    b = _one(w, [y for y in w.clear_blocks() if y != x])
    if b is None:
        return None
    body = w.rng.choice((f"Take the block that is in the {bowl} and stack it on the {b}.",
                         f"The block in the {bowl} needs to go on top of the {b}."))
    return _offer(w, _ticket(w, w.rng.choice(("#sorting", "#stacking")), body), _done(rels(Rel("on", x, b))))


def t153_rel_sms(w: World) -> Made:
    pair = w.pairs()
    if not pair:
        return None
    a, below = w.rng.choice(pair)
    bowl = _one(w, [c for c in w.bowls if w.state.base(below) != c and _room(w, c)])
    if bowl is None:
        return None
    body = w.rng.choice((f"pls put the block under the {a} into the {bowl}",
                         f"can u move the block that the {a} is on into the {bowl}"))
    ps = w.rng.choice((f"put the {a} itself on the table", f"the {a} itself goes on the table"))
    check = _done(rels(Rel("in", below, bowl), Rel("on_table", a)))
    return _offer(w, _sms(w, body, ps), check)


# ----- keep -------------------------------------------------------------------------------------------
def t153_keep_voice(w: World) -> Made:
    a = _one(w, w.blocks)
    b = _one(w, [x for x in w.blocks if x != a and x not in w.state.above(a)])
    if b is None:
        return None
    body = w.rng.choice((f"put the {a} in the bin, but leave the {b} where it is.",
                         f"throw the {a} in the bin and don't move the {b}."))
    return _offer(w, _voice(w, body), _done(binned([a]), kept(b)))


def t153_keep_chat(w: World) -> Made:
    a = _one(w, w.clear_blocks())
    if a is None:
        return None
    p = w.rng.choice(PLACES)
    others = [x for x in w.blocks if x != a]
    body = w.rng.choice((f"move the {a} {_to_place(p)} and don't touch anything else",
                         f"put the {a} {_in_place(p)}, leave everything else alone"))
    return _offer(w, _chat(w, body), _done(rels(Rel("at", a, p)), kept(*others)))


def t153_keep_cli(w: World) -> Made:
    pair = w.pick(w.clear_blocks(), 2)
    if not pair:
        return None
    a, b = pair
    rest = [x for x in w.blocks if x not in pair]
    keep = w.pick(rest, min(2, len(rest)))
    if not keep:
        return None
    names = [f"the {x}" for x in keep]
    body = w.rng.choice((f"put the {a} on the {b}; keep {' and '.join(names)} in place",
                         f"stack the {a} on the {b} without moving {' or '.join(names)}"))
    return _offer(w, _cli(w, body), _done(rels(Rel("on", a, b)), kept(*keep)))


def t153_keep_email(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    others = [x for x in w.blocks if x not in inside]
    body = w.rng.choice((f"Please empty the {bowl} onto the table. Leave every other block where it is.",
                         f"Could you put the blocks from the {bowl} on the table? Everything else stays as it is."))
    check = _done(_flat(*inside), kept(*others))
    return _offer(w, _email(w, w.rng.choice(("bowl", "one small change", "tidy-up")), body), check)


def t153_keep_ticket(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if w.state.in_bowl(c)])
    if bowl is None:
        return None
    inside = w.state.in_bowl(bowl)
    pair = w.pick([x for x in w.clear_blocks() if x not in inside], 2)
    if not pair:
        return None
    a, b = pair
    body = w.rng.choice((f"Stack the {a} on the {b}. Everything in the {bowl} stays put.",
                         f"Put the {a} on top of the {b}; do not touch what is in the {bowl}."))
    check = _done(rels(Rel("on", a, b)), kept(*inside))
    return _offer(w, _ticket(w, w.rng.choice(("#stacking", "#bench")), body), check)


def t153_keep_sms(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if _room(w, c)])
    a = _one(w, [x for x in w.clear_blocks() if bowl and w.state.base(x) != bowl])
    b = _one(w, [x for x in w.clear_blocks() if x != a and w.state.support[x] not in _ON_TABLE])
    if bowl is None or a is None or b is None:
        return None
    others = [x for x in w.blocks if x not in (a, b)]
    body = w.rng.choice((f"put the {a} in the {bowl}, leave the rest as is",
                         f"just the {a} into the {bowl} pls, nothing else moves"))
    ps = w.rng.choice((f"actually also put the {b} on the table", f"one more: the {b} goes on the table"))
    check = _done(rels(Rel("in", a, bowl), Rel("on_table", b)), kept(*others))
    return _offer(w, _sms(w, body, ps), check)


# ----- multi_step -------------------------------------------------------------------------------------
def t153_multi_voice(w: World) -> Made:
    a = _one(w, _lifted(w))
    b = _one(w, [x for x in w.blocks if x != a])
    if a is None or b is None:
        return None
    body = w.rng.choice((f"first put the {a} on the table, then put the {b} on top of it.",
                         f"take the {a} down onto the table, and after that stack the {b} on it."))
    return _offer(w, _voice(w, body), _done(rels(Rel("on_table", a), Rel("on", b, a))))


def t153_multi_chat(w: World) -> Made:
    pair = w.pick(w.blocks, 2)
    if not pair:
        return None
    a, b = pair
    bowl = _one(w, [c for c in w.bowls if w.state.base(b) != c and _room(w, c)])
    if bowl is None:
        return None
    body = w.rng.choice((f"step 1: the {a} into the bin. step 2: the {b} into the {bowl}.",
                         f"first bin the {a}, then put the {b} in the {bowl}"))
    return _offer(w, _chat(w, body), _done(binned([a]), rels(Rel("in", b, bowl))))


def t153_multi_cli(w: World) -> Made:
    trio = w.pick(w.blocks, 3)
    if not trio:
        return None
    a, b, c = trio
    p = w.rng.choice(PLACES)
    body = w.rng.choice((f"1) put the {a} {_in_place(p)} 2) stack the {b} on it 3) stack the {c} on the {b}",
                         f"put the {a} {_in_place(p)}, then the {b} on the {a}, then the {c} on the {b}"))
    check = _done(rels(Rel("at", a, p), Rel("on", b, a), Rel("on", c, b)))
    return _offer(w, _cli(w, body), check)


def t153_multi_email(w: World) -> Made:
    a = _one(w, w.in_bowls())
    if a is None:
        return None
    bowl = w.state.base(a)
    b = _one(w, [x for x in w.blocks if w.state.base(x) != bowl])
    if b is None:
        return None
    p = w.rng.choice(PLACES)
    body = w.rng.choice((f"First, take the {a} out of the {bowl} and put it {_in_place(p)}. "
                         f"After that, put the {b} in the {bowl}.",
                         f"Two things, in this order: move the {a} from the {bowl} {_to_place(p)}, "
                         f"and then put the {b} into the {bowl}."))
    check = _done(rels(Rel("at", a, p), Rel("in", b, bowl)))
    return _offer(w, _email(w, w.rng.choice(("swap", "two steps", "Re: bowl")), body), check)


def t153_multi_ticket(w: World) -> Made:
    pair = [(a, s) for a, s in w.pairs() if w.state.is_clear(a)]
    if not pair:
        return None
    a, below = w.rng.choice(pair)
    bowl = _one(w, [c for c in w.bowls if w.state.base(below) != c and _room(w, c)])
    if bowl is None:
        return None
    body = w.rng.choice((f"1. Take the {a} off the {below}. 2. Put the {below} in the {bowl}. "
                         f"3. Put the {a} back on top of the {below}.",
                         f"Step one: lift the {a} off the {below}. Step two: move the {below} into the {bowl}. "
                         f"Step three: stack the {a} on the {below} again."))
    check = _done(rels(Rel("in", below, bowl), Rel("on", a, below)))
    return _offer(w, _ticket(w, w.rng.choice(("#reorg", "#move")), body), check)


def t153_multi_sms(w: World) -> Made:
    c = _one(w, _lifted(w))
    pair = w.pick([x for x in w.blocks if x != c], 2)
    if c is None or not pair:
        return None
    a, b = pair
    body = w.rng.choice((f"put the {a} in the bin, then the {b} in the bin too",
                         f"bin the {a} first and then the {b}"))
    ps = w.rng.choice((f"once that's done, put the {c} on the table", f"after that the {c} goes on the table"))
    return _offer(w, _sms(w, body, ps), _done(binned([a, b]), rels(Rel("on_table", c))))


# ----- question ---------------------------------------------------------------------------------------
def t153_q_voice(w: World) -> Made:
    full = [c for c in w.bowls if w.state.in_bowl(c)]
    bowl = w.rng.choice(full) if full and w.rng.random() < 0.7 else w.rng.choice(w.bowls)
    n = len(w.state.in_bowl(bowl))
    body = w.rng.choice((f"how many blocks are in the {bowl}?", f"how many blocks does the {bowl} have in it?",
                         f"tell me how many blocks are sitting in the {bowl}."))
    return _voice(w, body), answered(str(n))


def t153_q_chat(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.65:
        a, b = w.rng.choice(pairs)
    else:
        a, b = w.pick(w.blocks, 2)
        if a in w.state.above(b):
            return None
    body = w.rng.choice((f"quick q: is the {a} on top of the {b}?", f"is the {a} sitting on the {b} right now?"))
    return _chat(w, body), answered(yes(w.state.support[a] == b))


def t153_q_cli(w: World) -> Made:
    b = _one(w, w.in_bowls())
    if b is None:
        return None
    bowl = w.state.base(b)
    body = w.rng.choice((f"which bowl is the {b} in?", f"what bowl holds the {b}?"))
    return _cli(w, body, ("/ask", "query:", "> ask:")), answered(f"{_bowl_colour(w, bowl)} bowl")


def t153_q_email(w: World) -> Made:
    covered = [x for x in w.blocks if not w.state.is_clear(x)]
    b = w.rng.choice(covered) if covered and w.rng.random() < 0.5 else w.rng.choice(w.blocks)
    body = w.rng.choice((f"Is there anything on top of the {b}?", f"Is anything stacked on the {b}?"))
    subject = w.rng.choice(("quick question", "question about the bench", "?"))
    return _email(w, subject, body), answered(yes(not w.state.is_clear(b)))


def t153_q_ticket(w: World) -> Made:
    n = len(w.blocks) - len(w.in_bowls())
    body = w.rng.choice(("How many blocks are not in any bowl?", "How many of the blocks are outside the bowls?"))
    return _ticket(w, w.rng.choice(("#inventory", "#question")), body), answered(str(n))


def t153_q_sms(w: World) -> Made:
    covered = [x for x in w.blocks if len(w.state.above(x)) == 1]
    b = w.rng.choice(covered) if covered and w.rng.random() < 0.6 else _one(w, w.clear_blocks())
    if b is None:
        return None
    tops = w.state.on_top(b)
    prefix = f"{w.colour(tops[0])} block" if tops else "nothing"
    body = w.rng.choice((f"what's on top of the {b}?", f"what is sitting on the {b} rn?"))
    ps = w.rng.choice(("just tell me, don't move anything", "no need to move stuff, just answer"))
    return _sms(w, body, ps), answered(prefix)


# ----- matching ---------------------------------------------------------------------------------------
def _match_bowl(w: World, b: str) -> str | None:
    return next((c for c in w.bowls if _bowl_colour(w, c) == w.colour(b)), None)


def t153_match_voice(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    body = w.rng.choice(("put every block that has a bowl of its colour into that bowl.",
                         "put each block into the bowl that matches its colour, wherever there is one."))
    return _offer(w, _voice(w, body), _done(rels(*want)))


def t153_match_chat(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if _match_bowl(w, x)])
    if b is None:
        return None
    body = w.rng.choice((f"can you put the {b} in the bowl that matches it?",
                         f"drop the {b} into the bowl of the same colour pls"))
    return _offer(w, _chat(w, body), _done(rels(Rel("in", b, _match_bowl(w, b)))))


def t153_match_cli(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    movers = [r.block for r in want if w.state.base(r.block) != r.target]
    odd = [x for x in w.blocks if not _match_bowl(w, x)]
    if any(x in w.state.above(m) for m in movers for x in odd):
        return None
    body = w.rng.choice(("sort the blocks into the bowls of matching colour; blocks with no matching bowl stay "
                         "where they are", "put each block in the bowl of its own colour, and leave the blocks "
                         "that have no such bowl alone"))
    return _offer(w, _cli(w, body), _done(rels(*want), kept(*odd)))


def t153_match_email(w: World) -> Made:
    bowl = _one(w, [c for c in w.bowls if any(w.colour(x) == _bowl_colour(w, c) for x in w.blocks)])
    if bowl is None:
        return None
    x = next(b for b in w.blocks if w.colour(b) == _bowl_colour(w, bowl))
    body = w.rng.choice((f"Please find the block that is the same colour as the {bowl} and put it in there.",
                         f"The {bowl} should hold the block of its own colour - could you put it in?"))
    subject = w.rng.choice(("colours", "matching", "Re: sorting"))
    return _offer(w, _email(w, subject, body), _done(rels(Rel("in", x, bowl))))


def t153_match_ticket(w: World) -> Made:
    wrong = [x for x in w.in_bowls() if _bowl_colour(w, w.state.base(x)) != w.colour(x)]
    right = [x for x in w.in_bowls() if x not in wrong]
    if not wrong or any(r in w.state.above(x) for x in wrong for r in right):
        return None
    body = w.rng.choice(("Any block sitting in a bowl of a different colour should come out and go on the table.",
                         "Blocks in a bowl that is not their colour: take them out and put them on the table."))
    bases = {r: w.state.base(r) for r in right}
    check = _done(_flat(*wrong), lambda _i, f: all(f.base(r) == c for r, c in bases.items()))
    return _offer(w, _ticket(w, w.rng.choice(("#colours", "#sorting #bench")), body), check)


def t153_match_sms(w: World) -> Made:
    b = _one(w, [x for x in w.blocks if _match_bowl(w, x)])
    c = _one(w, [x for x in w.blocks if x != b])
    if b is None or c is None:
        return None
    body = w.rng.choice((f"put the {b} in the bowl that's the same colour as it",
                         f"the {b} goes in the matching bowl pls"))
    ps = w.rng.choice((f"also put the {c} in the bin", f"and put the {c} in the bin too"))
    check = _done(rels(Rel("in", b, _match_bowl(w, b))), binned([c]))
    return _offer(w, _sms(w, body, ps), check)


# ----- the batch --------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("voice", "chat", "cli", "email", "ticket", "sms")
FRESH153: list[Template] = [
    (f"t153_{short}_{style}", category, globals()[f"t153_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
