"""`FRESH281`, the two-hundred-and-eighty-second untuned batch: sixty language templates, six per category, for the offline planner.

No special theme: ordinary first-time users on an ordinary day, typing what they want into the chat window in their
own plain words. The jobs are the everyday ones (a block into a bowl, onto another block or a named place, towers,
sorting by colour, clearing a bowl or the table into the bin, leaving some things as they are) and plain questions
about the table, one or two in a message. Six personas, one style each:
- mechanic2: "grab the red block and drop it in the blue bowl, cheers"
- dutch2: "Please put the red block on the green block, that would be fine."
- vet: "Could you very gently move the red block to the top left corner, please?"
- child_minder: "Ooh, shall we pop the red block in the bin? In it goes, well done!"
- auntie2: "Oh love, take the red block out of the blue bowl and set it on the table, it's been in there ages."
- plain62: "Make a tower out of the red, blue and green blocks."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 2a4bd06, the code of 48468db, before anything it could prompt): 0.8333
goal-correct (250 of 300), 45 refused, no wrong action, 5 wrong replies. The wrong replies: an aunt's 'how many blocks
are in W? And is X one of them? I can never see from over here.' looked for 'W and is X one of them' (5). The refusals:
an aunt's comments after a request ('it's been sitting in there ages, poor thing', 'It's got a chip on one side, you
know, I noticed it at Christmas', 'and don't laugh, ... My sister had it like that and it looked ever so smart', 'just
not with X at the bottom, it always t...', 'those can go in the bin. The ones that do match, never mind those, I'll sort
them out myself'), a vet's 'once you're able', a childminder's 'My goal is a lovely tall tower! X at the bottom, ...',
'Let's give that one a ride into the bin, wheee!' and 'Can every block find the bowl that matches its colour? And any
block without a matching bowl, into the bin you go!'.
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
    kept,
    matching,
    none_binned,
    rels,
    yes,
)
from sim.core import layout
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds
from sim.core.symbolic import SymState

_CORNERS = PLACES[:4]
_MIDDLE = PLACES[4]
_GROUND = (TABLE, *PLACES)


# ----- helpers ----------------------------------------------------------------------------------------
def _idle(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(*checks: Check) -> Check:
    """Every check holds and the gripper is empty at the end."""
    return both(*checks, _idle)


def _made(w: World, text: str, check: Check) -> Made:
    """An action template's result: None when its goal already holds in the scene."""
    return None if check(w.state, w.state) else (text, check)


def _c(name: str) -> str:
    """The colour word of an object's name ("red block" -> "red")."""
    return name.split()[0]


def _room(w: World, bowl: str) -> int:
    return layout.BOWL_CAPACITY - len(w.state.in_bowl(bowl))


def _tower(w: World, block: str) -> list[str]:
    """The whole tower `block` belongs to, bottom first."""
    s = w.state
    bottom = block
    while s.support[bottom] in s.support:
        bottom = s.support[bottom]
    return [bottom, *s.above(bottom)]


def _loose(w: World) -> list[str]:
    """Blocks not in the bin or the gripper."""
    return [b for b in w.blocks if w.state.base(b) not in (BIN, "gripper")]


def _stackable(w: World, top: str, below: str) -> bool:
    """Whether `top` can go straight onto `below`: below stands on the table and the tower stays low enough."""
    if top == below or top in _tower(w, below) or w.state.base(below) not in _GROUND:
        return False
    height = _tower(w, below).index(below) + 1
    return height + 1 <= layout.MAX_TOWER


def _stack_pair(w: World) -> tuple[str, str] | None:
    options = [(a, b) for a in _loose(w) for b in _loose(w) if _stackable(w, a, b)]
    return w.rng.choice(options) if options else None


def _into(w: World, avoid: tuple[str, ...] = ()) -> tuple[str, str] | None:
    """A block and a bowl with room that it is not in yet."""
    options = [(b, bowl) for b in _loose(w) for bowl in w.bowls
               if b not in avoid and w.state.base(b) != bowl and _room(w, bowl) >= 1]
    return w.rng.choice(options) if options else None


def _pos(w: World, name: str) -> tuple[float, float]:
    p = w.scene.get(name).position
    return p[0], p[1]


def _gap(p: tuple[float, float], q: tuple[float, float]) -> float:
    return ((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2) ** 0.5


def _clear_winner(scores: dict[str, float], margin: float = 0.03) -> str | None:
    """The key with the smallest score when every other is at least `margin` larger."""
    if not scores:
        return None
    ranked = sorted(scores, key=lambda k: scores[k])
    if len(ranked) > 1 and scores[ranked[1]] - scores[ranked[0]] < margin:
        return None
    return ranked[0]


def _on_table(b: str) -> Rel:
    return Rel("on_table", b)


# ----- imperative -------------------------------------------------------------------------------------
def t281_imp_mechanic2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    return _made(w, f"grab the {b} and drop it in the {bowl}, cheers", _act(rels(Rel("in", b, bowl))))


def t281_imp_dutch2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    return _made(w, f"Please put the {a} on the {b}, that would be fine.", _act(rels(Rel("on", a, b))))


def t281_imp_vet(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"Could you very gently move the {b[0]} to the {corner}, please?"
    return _made(w, text, _act(rels(Rel("at", b[0], corner))))


def t281_imp_child_minder(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    text = f"Ooh, shall we pop the {b[0]} in the bin? In it goes, well done!"
    return _made(w, text, _act(rels(Rel("in_bin", b[0]))))


def t281_imp_auntie2(w: World) -> Made:
    options = w.in_bowls()
    if not options:
        return None
    b = w.rng.choice(options)
    bowl = w.state.base(b)
    text = (f"Oh love, take the {b} out of the {bowl} and set it down on the table, would you, "
            "it's been sitting in there ages, poor thing.")
    return _made(w, text, _act(rels(_on_table(b))))


def t281_imp_plain62(w: World) -> Made:
    three = w.pick(w.state.on_the_table(), 3)
    if not three:
        return None
    a, b, c = three
    text = f"Make a tower out of the {_c(a)}, {_c(b)} and {_c(c)} blocks."
    return _made(w, text, _act(rels(Rel("tower", a, b, c))))


# ----- declarative ------------------------------------------------------------------------------------
def t281_dec_mechanic2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    text = f"spec is: {a} sits on top of the {b} when you're done. that's the whole job"
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t281_dec_dutch2(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    return _made(w, f"The {b[0]} must be in the {corner}.", _act(rels(Rel("at", b[0], corner))))


def t281_dec_vet(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    text = f"The {b} should be in the {bowl}, please, once you're able."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t281_dec_child_minder(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    text = f"Guess what? The {b}'s new home is the {bowl}! Off it goes!"
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t281_dec_auntie2(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    text = (f"Now the way I'd have it, the {b[0]} is in the bin. It's got a chip on one side, you know, "
            "I noticed it at Christmas.")
    return _made(w, text, _act(rels(Rel("in_bin", b[0]))))


def t281_dec_plain62(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if _room(w, bowl) >= 2]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    two = w.pick([b for b in _loose(w) if w.state.base(b) != bowl], 2)
    if not two:
        return None
    a, b = two
    text = f"Both the {a} and the {b} should be in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


# ----- desiderative -----------------------------------------------------------------------------------
def t281_des_mechanic2(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    corner = w.rng.choice(_CORNERS)
    text = f"I want the {b[0]} parked in the {corner}. nothing fancy"
    return _made(w, text, _act(rels(Rel("at", b[0], corner))))


def t281_des_dutch2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    b, bowl = pick
    text = f"I would like that the {b} is in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t281_des_vet(w: World) -> Made:
    b = w.pick(_loose(w))
    if not b:
        return None
    text = f"I'd like the {b[0]} moved into the bin, if that's all right with you."
    return _made(w, text, _act(rels(Rel("in_bin", b[0]))))


def t281_des_child_minder(w: World) -> Made:
    three = w.pick(w.state.on_the_table(), 3)
    if not three:
        return None
    a, b, c = three
    text = (f"My goal is a lovely tall tower! The {a} at the bottom, then the {b}, "
            f"and the {c} right on the very top!")
    return _made(w, text, _act(rels(Rel("stacked", a, b, c))))


def t281_des_auntie2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    text = (f"What I'd really love, and don't laugh, is the {a} sitting on the {b}. "
            "My sister had it like that and it looked ever so smart.")
    return _made(w, text, _act(rels(Rel("on", a, b))))


def t281_des_plain62(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    text = f"I'd like the {bowl} emptied into the bin."
    return _made(w, text, _act(binned(inside), lambda _i, f: not f.in_bowl(bowl)))


# ----- quantified -------------------------------------------------------------------------------------
def t281_qua_mechanic2(w: World) -> Made:
    loose = w.state.on_the_table()
    bowled = w.in_bowls()
    if not loose:
        return None
    text = "every block on the table goes in the bin. not the ones in bowls tho, those stay put"
    return _made(w, text, _act(binned(loose), kept(*bowled)))


def t281_qua_dutch2(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if not w.state.in_bowl(bowl)]
    if not bowls or len(w.blocks) < 2:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Put exactly two blocks in the {bowl}, which ones is not important."
    return _made(w, text, _act(count_in(bowl, 2)))


def t281_qua_vet(w: World) -> Made:
    if len(w.bowls) < 2 or len(w.blocks) < len(w.bowls):
        return None
    text = "Could you make sure every bowl ends up with exactly one block in it, please?"
    bowls = list(w.bowls)
    return _made(w, text, _act(lambda _i, f: all(len(f.in_bowl(bowl)) == 1 for bowl in bowls)))


def t281_qua_child_minder(w: World) -> Made:
    blocks = _loose(w)
    if not blocks:
        return None
    text = "Tidy-up time! All the blocks go in the bin, every single one of them!"
    return _made(w, text, _act(binned(blocks)))


def t281_qua_auntie2(w: World) -> Made:
    if len(w.blocks) > layout.BOWL_CAPACITY:
        return None
    bowl = w.rng.choice(w.bowls)
    blocks = list(w.blocks)
    text = (f"Pop all the blocks into the {bowl}, dear. They'll all fit, I counted them twice "
            "while the kettle was on.")
    return _made(w, text, _act(rels(*(Rel("in", b, bowl) for b in blocks))))


def t281_qua_plain62(w: World) -> Made:
    if len(_loose(w)) < 2:
        return None
    text = "Put any two of the blocks in the bin."
    return _made(w, text, _act(lambda _i, f: sum(1 for b in f.blocks if f.base(b) == BIN) == 2))


# ----- negated ----------------------------------------------------------------------------------------
def t281_neg_mechanic2(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    keep = w.rng.choice(blocks)
    rest = [b for b in blocks if b != keep]
    text = f"bin everything except the {keep}"
    return _made(w, text, _act(binned(rest), none_binned([keep])))


def t281_neg_dutch2(w: World) -> Made:
    for bowl in w.rng.sample(w.bowls, len(w.bowls)):
        outside = [b for b in w.blocks if w.state.base(b) != bowl]
        if not outside:
            continue
        skip = w.rng.choice(outside)
        if len(w.blocks) - 1 > layout.BOWL_CAPACITY:
            return None
        others = [b for b in w.blocks if b != skip]
        text = f"Put all blocks in the {bowl}, but not the {skip}."
        check = _act(rels(*(Rel("in", b, bowl) for b in others)), rels(Rel("in", skip, bowl, negated=True)))
        return _made(w, text, check)
    return None


def t281_neg_vet(w: World) -> Made:
    options = [b for b in w.in_bowls() if w.state.support[b] in w.bowls]
    for keep in w.rng.sample(options, len(options)):
        others = [b for b in w.in_bowls() if b != keep]
        if not others:
            continue
        text = (f"Please take every block out of the bowls and put them on the table, "
                f"except the {keep}; that one can stay where it is.")
        check = _act(rels(*(_on_table(b) for b in others)), kept(keep))
        return _made(w, text, check)
    return None


def t281_neg_child_minder(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 3:
        return None
    a, b = w.rng.sample(blocks, 2)
    rest = [x for x in blocks if x not in (a, b)]
    text = f"Everybody into the bin, except the {a} and the {b}! You two get to stay out!"
    return _made(w, text, _act(binned(rest), none_binned([a, b])))


def t281_neg_auntie2(w: World) -> Made:
    three = w.pick(w.state.on_the_table(), 3)
    if not three:
        return None
    a, b, c = three
    text = (f"Stack the {a}, the {b} and the {c} into one tower, any order you like, just not with the {a} "
            "at the bottom, it always topples over when it's at the bottom, I don't know why.")
    check = _act(rels(Rel("tower", a, b, c)), lambda _i, f: f.support[a] not in _GROUND)
    return _made(w, text, check)


def t281_neg_plain62(w: World) -> Made:
    options = w.in_bowls()
    if not options:
        return None
    b = w.rng.choice(options)
    bowl = w.state.base(b)
    text = f"Get the {b} out of the {bowl}, but don't put it in the bin."
    return _made(w, text, _act(lambda _i, f: f.base(b) not in (bowl, BIN)))


# ----- relative ---------------------------------------------------------------------------------------
def t281_rel_mechanic2(w: World) -> Made:
    pairs = [(top, below) for top, below in w.pairs() if len(w.state.on_top(below)) == 1]
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    text = f"the block sitting on the {below}, pull it off and chuck it in the bin"
    return _made(w, text, _act(rels(Rel("in_bin", top))))


def t281_rel_dutch2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [bowl for bowl in w.bowls if _room(w, bowl) >= 1 and w.state.base(below) != bowl]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = f"Put the block what is under the {top} in the {bowl}."
    return _made(w, text, _act(rels(Rel("in", below, bowl))))


def t281_rel_vet(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if _room(w, bowl) >= 1]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    out = w.state.on_the_table()
    near = _clear_winner({b: _gap(_pos(w, b), _pos(w, bowl)) for b in out})
    if not near:
        return None
    text = (f"Of the blocks out on the table, the one nearest the {bowl}: could you set it gently "
            "into that bowl, please?")
    return _made(w, text, _act(rels(Rel("in", near, bowl))))


def t281_rel_child_minder(w: World) -> Made:
    bin_xy = layout.BIN_CENTER
    far = _clear_winner({b: -_gap(_pos(w, b), bin_xy) for b in _loose(w)})
    if not far:
        return None
    text = "Which block is the furthest away from the bin? Let's give that one a ride into the bin, wheee!"
    return _made(w, text, _act(rels(Rel("in_bin", far))))


def t281_rel_auntie2(w: World) -> Made:
    options = [r for r in _loose(w) if w.state.is_clear(r) and w.state.base(r) in _GROUND]
    for red in w.rng.sample(options, len(options)):
        tower = _tower(w, red)
        near = _clear_winner({b: _gap(_pos(w, b), _pos(w, red)) for b in _loose(w) if b not in tower})
        if not near or not _stackable(w, near, red):
            continue
        text = (f"You see the {red}? Whichever block is closest to it, pop that one on top of the {red}, "
                "would you, love. My eyes aren't what they were.")
        return _made(w, text, _act(rels(Rel("on", near, red))))
    return None


def t281_rel_plain62(w: World) -> Made:
    singles = [bowl for bowl in w.bowls if len(w.state.in_bowl(bowl)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    inside = w.state.in_bowl(bowl)[0]
    targets = [t for t in _loose(w) if _stackable(w, inside, t)]
    if not targets:
        return None
    target = w.rng.choice(targets)
    text = f"Put the block that's in the {bowl} on top of the {target}."
    return _made(w, text, _act(rels(Rel("on", inside, target))))


# ----- keep -------------------------------------------------------------------------------------------
def t281_keep_mechanic2(w: World) -> Made:
    blocks = _loose(w)
    if len(blocks) < 2:
        return None
    a = w.rng.choice(blocks)
    stay = [b for b in blocks if b != a and b not in w.state.above(a)]
    if not stay:
        return None
    b = w.rng.choice(stay)
    text = f"bin the {a} but leave the {b} right where it is, dont touch it"
    return _made(w, text, _act(rels(Rel("in_bin", a)), kept(b)))


def t281_keep_dutch2(w: World) -> Made:
    pick = _into(w)
    if not pick:
        return None
    a, bowl = pick
    stay = [b for b in _loose(w) if b != a and b not in w.state.above(a)]
    if not stay:
        return None
    b = w.rng.choice(stay)
    text = f"Put the {a} in the {bowl}, but the {b} must stay on his place."
    return _made(w, text, _act(rels(Rel("in", a, bowl)), kept(b)))


def t281_keep_vet(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    outside = [b for b in _loose(w) if b not in inside]
    if not outside:
        return None
    a = w.rng.choice(outside)
    text = (f"Could you please put the {a} in the bin, but leave the {bowl} and everything in it "
            "exactly as it is?")
    return _made(w, text, _act(rels(Rel("in_bin", a)), kept(*inside)))


def t281_keep_child_minder(w: World) -> Made:
    three = w.pick(w.state.on_the_table(), 3)
    if not three:
        return None
    a, b, g = three
    if g in w.state.above(a) or g in w.state.above(b):
        return None
    text = (f"Let's build a little tower, the {a} on the bottom and the {b} on top! "
            f"But the {g} stays put, okay? Good job!")
    return _made(w, text, _act(rels(Rel("stacked", a, b)), kept(g)))


def t281_keep_auntie2(w: World) -> Made:
    standing = [b for b in w.state.on_the_table() if w.state.support[b] in _GROUND]
    if not standing:
        return None
    g = w.rng.choice(standing)
    rest = [b for b in w.state.on_the_table() if b != g]
    if not rest:
        return None
    text = (f"Clear everything off the table into the bin, only leave the {g} exactly where it is, "
            "that's been there since Tuesday and I've got used to it. Leave the bowls and what's in them alone.")
    bowled = w.in_bowls()
    return _made(w, text, _act(binned(rest), kept(g), kept(*bowled)))


def t281_keep_plain62(w: World) -> Made:
    options = [b for b in _loose(w) if w.state.is_clear(b)]
    if not options:
        return None
    a = w.rng.choice(options)
    corner = w.rng.choice(_CORNERS)
    others = [b for b in w.blocks if b != a]
    text = f"Move the {a} to the {corner} and don't move anything else."
    return _made(w, text, _act(rels(Rel("at", a, corner)), kept(*others)))


# ----- multi-step -------------------------------------------------------------------------------------
def t281_multi_mechanic2(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    bowls = [bowl for bowl in w.bowls if _room(w, bowl) >= 1 and w.state.base(below) != bowl]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    text = (f"first get the {top} off the {below} and put it down on the table, "
            f"then stick the {below} in the {bowl}")
    return _made(w, text, _act(rels(_on_table(top), Rel("in", below, bowl))))


def t281_multi_dutch2(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    rest = [r for r in _loose(w) if r not in (a, b) and r not in _tower(w, b)]
    if not rest:
        return None
    r = w.rng.choice(rest)
    text = f"First put the {r} in the bin, and then the {a} on the {b}."
    return _made(w, text, _act(rels(Rel("in_bin", r), Rel("on", a, b))))


def t281_multi_vet(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    corner = w.rng.choice(_CORNERS)
    text = f"First, the {a} to the {corner}, please; after that, the {b} into the bin."
    return _made(w, text, _act(rels(Rel("at", a, corner), Rel("in_bin", b))))


def t281_multi_child_minder(w: World) -> Made:
    pair = _stack_pair(w)
    if not pair:
        return None
    a, b = pair
    pick = _into(w, avoid=(a, b, *_tower(w, b)))
    if not pick:
        return None
    r, bowl = pick
    text = f"Step one: the {r} hops into the {bowl}! Step two: the {a} climbs on top of the {b}! Yay!"
    return _made(w, text, _act(rels(Rel("in", r, bowl), Rel("on", a, b))))


def t281_multi_auntie2(w: World) -> Made:
    options = [b for b in _loose(w) if w.state.support[b] not in _GROUND]
    if not options:
        return None
    a = w.rng.choice(options)
    b = w.rng.choice([x for x in _loose(w) if x != a])
    text = (f"Before anything else put the {a} down on the table, and once that's done, "
            f"pop the {b} on top of it. Oh and mind the edge, won't you.")
    return _made(w, text, _act(rels(Rel("stacked", a, b))))


def t281_multi_plain62(w: World) -> Made:
    two = w.pick(_loose(w), 2)
    if not two:
        return None
    a, b = two
    text = f"Put the {a} in the {_MIDDLE}, then stack the {b} on it."
    return _made(w, text, _act(rels(Rel("at", a, _MIDDLE), Rel("on", b, a))))


# ----- questions --------------------------------------------------------------------------------------
def t281_q_mechanic2(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return f"how many blocks in the {bowl} right now", answered(str(len(w.state.in_bowl(bowl))))


def t281_q_dutch2(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
    else:
        options = [(a, b) for a in w.blocks for b in w.blocks
                   if a != b and a not in w.state.above(b) and b not in w.state.above(a)]
        if not options:
            return None
        a, b = w.rng.choice(options)
    on = holds(Rel("on", a, b), w.state)
    return f"Is the {a} on the {b}?", answered(yes(on))


def t281_q_vet(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    top, below = w.rng.choice(pairs)
    if len(w.state.on_top(below)) != 1:
        return None
    return f"Could you tell me what's sitting on the {below}, please?", answered(top)


def t281_q_child_minder(w: World) -> Made:
    n = len(w.in_bowls())
    if not n:
        return None
    return "How many blocks are in the bowls altogether? Let's count them together!", answered(str(n))


def t281_q_auntie2(w: World) -> Made:
    bowls = [bowl for bowl in w.bowls if w.state.in_bowl(bowl)]
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    inside = w.state.in_bowl(bowl)
    a = w.rng.choice(inside if w.rng.random() < 0.5 else w.blocks)
    text = (f"Now tell me, how many blocks are in the {bowl}? And is the {a} one of them? "
            "I can never see from over here.")
    return text, answered(f"{len(inside)}|{yes(a in inside).lower()}")


def t281_q_plain62(w: World) -> Made:
    options = [b for b in w.blocks if w.state.support[b] in (TABLE, *w.bowls)]
    if not options:
        return None
    b = w.rng.choice(options)
    where = w.state.support[b]
    return f"Where's the {b}?", answered(where)


# ----- matching ---------------------------------------------------------------------------------------
def t281_match_mechanic2(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = "sort em by colour. each block goes in the bowl thats the same colour as it, if there is one"
    return _made(w, text, _act(rels(*want)))


def t281_match_dutch2(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state) and _room(w, r.target) >= 1]
    if not want:
        return None
    r = w.rng.choice(want)
    text = f"Can you put the {r.block} in the bowl with the same colour as it?"
    return _made(w, text, _act(rels(r)))


def t281_match_vet(w: World) -> Made:
    by_colour = {w.colour(bowl): bowl for bowl in w.bowls}
    options = [(a, b, by_colour[w.colour(a)]) for a in w.blocks for b in _loose(w)
               if a != b and w.colour(a) in by_colour]
    options = [o for o in options if w.state.base(o[1]) != o[2] and _room(w, o[2]) >= 1]
    if not options:
        return None
    a, b, bowl = w.rng.choice(options)
    text = f"Would you put the {b} into the bowl that's the same colour as the {a}, please?"
    return _made(w, text, _act(rels(Rel("in", b, bowl))))


def t281_match_child_minder(w: World) -> Made:
    want = matching(w)
    matched = {r.block for r in want}
    rest = [b for b in _loose(w) if b not in matched]
    if not want or not rest:
        return None
    text = ("Can every block find the bowl that matches its colour? "
            "And any block without a matching bowl, into the bin you go!")
    return _made(w, text, _act(rels(*want), binned(rest)))


def t281_match_auntie2(w: World) -> Made:
    matched = {r.block for r in matching(w)}
    rest = [b for b in _loose(w) if b not in matched]
    if not matched or not rest:
        return None
    text = ("The blocks that don't match any of the bowls' colours, those can go in the bin. "
            "The ones that do match, never mind those, I'll sort them out myself later.")
    return _made(w, text, _act(binned(rest)))


def t281_match_plain62(w: World) -> Made:
    wrong = [b for b in w.in_bowls() if w.colour(b) != w.colour(w.state.base(b))]
    if not wrong:
        return None
    text = "Take any block that's in a bowl of a different colour and put it in the bin."
    return _made(w, text, _act(binned(wrong)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("mechanic2", "dutch2", "vet", "child_minder", "auntie2", "plain62")
FRESH281: list[Template] = [
    (f"t281_{short}_{style}", category, globals()[f"t281_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
