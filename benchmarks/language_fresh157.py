"""`FRESH157`, the hundred-and-fifty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is colour words that are not the nine basic names: people say shades and near-synonyms ("the crimson
block", "the navy bowl", "the turquoise one"), thing-and-colour compounds ("the lemon-yellow block", "the
cherry-red one"), colours with "-ish" or "-coloured" ("the reddish block", "the orange-coloured bowl"), colours said
through a thing ("the block the colour of grass", "the bowl that's the colour of a banana"), colours as nouns ("put
the red in the blue bowl", "get the green off the white"), and tints ("the pale pink block", "the dark blue bowl").
Every colour word names exactly one of the nine colours, and a word that could be taken for a neighbouring colour
("scarlet" beside orange, "lilac" beside pink, "turquoise" beside blue or green, "bluish" beside cyan or purple) is
never used in a scene that has an object of that neighbouring colour; a colour noun ("the red") is used only when one
object has that colour (or, in matching, when the other one is the bowl named beside it). The checks are over the
real objects the words name, accept any order and any free choice the words leave open, and require an empty
gripper for actions.
The six styles:

- shade: "Put the crimson block in the navy bowl."
- compound: "Stack the cherry-red block on top of the lemon-yellow block."
- ish: "Make it so that the pinkish block is in the bin."
- thing: "Put the block the colour of grass in the bowl that's the colour of a banana."
- noun: "Get the red off the white, but don't put it in the bin."
- tint: "Put the pale pink block, not the dark blue block, in the bin."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on 75e67c9, the code of 86de510, before anything it could prompt): 0.7033
goal-correct (211 of 300), 75 refused, 6 asked, no wrong action. Eight wrong replies: questions about 'the deep purple
block', 'the candy-pink bowl', 'a purplish bowl' and 'the bright pink block' (read as 'the right pink block') were
answered that no such thing is on the table. The refusals were tints ('pure white', 'dark green'), '-coloured' and
'-ish', 'leaf-green', 'the colour of fresh peas', 'the colour of an orange' and a colour said as the block ('put the
yellow in the bowl closest to it').
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from benchmarks.planner_language import (
    Check,
    Made,
    Template,
    World,
    answered,
    binned,
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
from sim.core.symbolic import SymState

# ----- colour words ----------------------------------------------------------------------------------
# style -> colour -> [(word, neighbouring colours it could be taken for)]; a word is used only when no object in
# the scene has one of its neighbouring colours.
_WORDS: dict[str, dict[str, list[tuple[str, str]]]] = {
    "shade": {
        "red": [("crimson", ""), ("scarlet", "orange")],
        "green": [("emerald", "")],
        "blue": [("navy", ""), ("cobalt", "")],
        "yellow": [("canary", ""), ("golden", "orange")],
        "orange": [("tangerine", "")],
        "purple": [("violet", ""), ("lilac", "pink")],
        "pink": [("hot-pink", "")],
        "cyan": [("turquoise", "blue green"), ("aqua", "blue")],
        "white": [("snow-white", "")],
    },
    "compound": {
        "red": [("cherry-red", ""), ("tomato-red", "")],
        "green": [("grass-green", ""), ("leaf-green", "")],
        "blue": [("royal-blue", ""), ("navy-blue", "")],
        "yellow": [("lemon-yellow", ""), ("banana-yellow", "")],
        "orange": [("pumpkin-orange", ""), ("carrot-orange", "")],
        "purple": [("plum-purple", ""), ("grape-purple", "")],
        "pink": [("bubblegum-pink", ""), ("candy-pink", "")],
        "cyan": [],
        "white": [("chalk-white", ""), ("milk-white", "")],
    },
    "ish": {
        "red": [("reddish", "orange pink"), ("red-coloured", "")],
        "green": [("greenish", "cyan yellow"), ("green-coloured", "")],
        "blue": [("bluish", "cyan purple"), ("blue-coloured", "")],
        "yellow": [("yellowish", "orange green white"), ("yellow-coloured", "")],
        "orange": [("orangey", "red yellow"), ("orange-coloured", "")],
        "purple": [("purplish", "pink blue"), ("purple-coloured", "")],
        "pink": [("pinkish", "red purple white"), ("pink-coloured", "")],
        "cyan": [("cyan-coloured", "")],
        "white": [("whitish", "yellow pink"), ("white-coloured", "")],
    },
    "tint": {
        "red": [("bright red", ""), ("deep red", "")],
        "green": [("bright green", ""), ("dark green", "")],
        "blue": [("dark blue", ""), ("deep blue", ""), ("bright blue", "cyan")],
        "yellow": [("bright yellow", ""), ("pale yellow", "white")],
        "orange": [("bright orange", ""), ("deep orange", "red")],
        "purple": [("deep purple", ""), ("dark purple", ""), ("light purple", "pink")],
        "pink": [("bright pink", ""), ("pale pink", "white")],
        "cyan": [("bright cyan", "")],
        "white": [("pure white", ""), ("bright white", "")],
    },
}
# colour -> [(the thing, with its article; the thing as a "-coloured" compound or ""; neighbouring colours)]
_THINGS: dict[str, list[tuple[str, str, str]]] = {
    "red": [("a ripe tomato", "tomato", ""), ("a fire engine", "", "")],
    "green": [("grass", "grass", ""), ("fresh peas", "", "")],
    "blue": [("the sky", "sky", "cyan"), ("a sapphire", "sapphire", "")],
    "yellow": [("a banana", "banana", ""), ("a lemon", "lemon", "")],
    "orange": [("an orange", "", ""), ("a carrot", "carrot", ""), ("a pumpkin", "pumpkin", "")],
    "purple": [("an aubergine", "aubergine", ""), ("an eggplant", "eggplant", "")],
    "pink": [("a flamingo", "flamingo", ""), ("bubblegum", "bubblegum", "")],
    "cyan": [],
    "white": [("snow", "snow", ""), ("milk", "milk", "")],
}
assert all(set(d) == set(layout.COLOURS) for d in (*_WORDS.values(), _THINGS))


class _Skip(Exception):
    """The scene does not suit the template."""


def _need(flag: object) -> None:
    if not flag:
        raise _Skip


def _template(fn: Callable[[World], Made]) -> Callable[[World], Made]:
    @functools.wraps(fn)
    def make(w: World) -> Made:
        try:
            return fn(w)
        except _Skip:
            return None

    return make


class _Say:
    """How one sentence names objects in one style; one word per colour, kept for the whole sentence."""

    def __init__(self, w: World, style: str, allow: tuple[str, ...] = ()) -> None:
        self.w, self.style, self.allow = w, style, allow
        self.present = set(w.state.colours.values())
        self.words: dict[str, tuple[str, str]] = {}
        self.forms: dict[str, str] = {}

    def _word(self, colour: str) -> tuple[str, str]:
        """(word, "-coloured" compound) for a colour in this style."""
        if colour not in self.words:
            others = self.present - {colour}
            if self.style == "thing":
                opts = [(t, adj) for t, adj, near in _THINGS[colour] if not set(near.split()) & others]
            else:
                opts = [(word, "") for word, near in _WORDS[self.style][colour] if not set(near.split()) & others]
            _need(opts)
            if self.style == "ish" and opts[0][0].endswith(("ish", "ey")) and self.w.rng.random() < 0.85:
                opts = opts[:1]  # "-ish" where it is safe, more often than "-coloured"
            self.words[colour] = self.w.rng.choice(opts)
        return self.words[colour]

    def adj(self, colour: str) -> str:
        """The colour as an adjective (not for "thing" or "noun")."""
        return self._word(colour)[0]

    def kind(self, name: str) -> str:
        return "bowl" if name in self.w.state.bowls else "block"

    def ref(self, name: str) -> str:
        """A noun phrase for an object, "the crimson block" or the style's equivalent."""
        colour, kind = self.w.colour(name), self.kind(name)
        if self.style == "noun":
            if kind == "bowl":
                return f"the {colour} bowl"
            same = [o for o, c in self.w.state.colours.items() if c == colour and o != name and o not in self.allow]
            _need(not same)
            return f"the {colour}"
        if self.style == "thing":
            thing, compound = self._word(colour)
            if name not in self.forms:
                forms = [f"the {kind} the colour of {thing}", f"the {kind} that's the colour of {thing}"]
                if compound:
                    forms.append(f"the {compound}-coloured {kind}")
                self.forms[name] = self.w.rng.choice(forms)
            return self.forms[name]
        return f"the {self.adj(colour)} {kind}"

    def one(self, name: str) -> str:
        """A shorter phrase, "the crimson one", for an object already named by kind in the sentence."""
        colour = self.w.colour(name)
        if self.style == "noun":
            return self.ref(name)
        if self.style == "thing":
            return f"the one the colour of {self._word(colour)[0]}"
        return f"the {self.adj(colour)} one"

    def ok(self, name: str) -> bool:
        try:
            self.ref(name)
        except _Skip:
            return False
        return True


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def _choice(w: World, items: list) -> object:
    _need(items)
    return w.rng.choice(items)


def _act(*checks: Check) -> Check:
    return lambda i, f: f.held is None and all(c(i, f) for c in checks)


def _at_text(place: str) -> str:
    return "the middle of the table" if place == "middle" else f"the {place}"


def _below(s: SymState, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out, cur = [], s.support[b]
    while cur in s.support:
        out.append(cur)
        cur = s.support[cur]
    return out


def _stackable(s: SymState, x: str, t: str) -> bool:
    """`x` can go onto block `t`: apart, not in each other's way, and the tower stays within `layout.MAX_TOWER`."""
    return (x != t and s.support[x] != t and t not in s.above(x) and x not in _below(s, t)
            and len(_below(s, t)) + 2 <= layout.MAX_TOWER)


def _room(s: SymState, bowl: str, n: int = 1) -> bool:
    return len(s.on_top(bowl)) + n <= layout.BOWL_CAPACITY


def _bowl_of(s: SymState, b: str) -> str | None:
    base = s.base(b)
    return base if base in s.bowls else None


def _on_table(b: str) -> Check:
    return rels(Rel("on_table", b))


def _base_in(b: str, places: list[str]) -> Check:
    return lambda _i, f: f.support[b] != "gripper" and f.base(b) in places


def _named(say: _Say, names: list[str]) -> list[str]:
    return [n for n in names if say.ok(n)]


def _fails_now(w: World, check: Check) -> Check:
    _need(not check(w.state, w.state))
    return check


# ----- imperative ------------------------------------------------------------------------------------
@_template
def t157_imp_shade(w: World) -> Made:
    say, s = _Say(w, "shade"), w.state
    b, bowl = _choice(w, [(b, o) for b in _named(say, w.blocks) for o in _named(say, w.bowls)
                          if s.base(b) != o and _room(s, o)])
    x, y = say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"Put {x} in {y}.", f"Pick up {x} and drop it into {y}."])
    return text, _fails_now(w, _act(rels(Rel("in", b, bowl))))


@_template
def t157_imp_compound(w: World) -> Made:
    say, s = _Say(w, "compound"), w.state
    b, t = _choice(w, [(b, t) for b in _named(say, w.blocks) for t in _named(say, w.blocks) if _stackable(s, b, t)])
    x, y = say.ref(b), say.ref(t)
    text = w.rng.choice([f"Stack {x} on top of {y}.", f"Set {x} down on {y}."])
    return text, _fails_now(w, _act(rels(Rel("on", b, t))))


@_template
def t157_imp_ish(w: World) -> Made:
    say = _Say(w, "ish")
    b = _choice(w, _named(say, w.blocks))
    place = w.rng.choice(PLACES)
    text = w.rng.choice([f"Move {say.ref(b)} to {_at_text(place)}.", f"Carry {say.ref(b)} over to {_at_text(place)}."])
    return text, _fails_now(w, _act(rels(Rel("at", b, place))))


@_template
def t157_imp_thing(w: World) -> Made:
    say = _Say(w, "thing")
    b = _choice(w, _named(say, w.blocks))
    x = say.ref(b)
    text = w.rng.choice([f"Throw {x} into the bin.", f"Get rid of {x}: it goes in the bin."])
    return text, _fails_now(w, _act(binned([b])))


@_template
def t157_imp_noun(w: World) -> Made:
    say, s = _Say(w, "noun"), w.state
    b = _choice(w, [b for b in _named(say, w.blocks) if _bowl_of(s, b)])
    x, bowl = say.ref(b), say.ref(_bowl_of(s, b))
    text = w.rng.choice([f"Take {x} out of {bowl} and put it on the table.",
                         f"Lift {x} out of {bowl} and set it down on the table."])
    return text, _fails_now(w, _act(_on_table(b)))


@_template
def t157_imp_tint(w: World) -> Made:
    say, s = _Say(w, "tint"), w.state
    b = _choice(w, [b for b in _named(say, w.blocks) if s.support[b] not in (TABLE, *PLACES)])
    x = say.ref(b)
    under = s.support[b]
    if under in s.support and say.ok(under) and w.rng.random() < 0.5:
        text = f"Take {x} off {say.ref(under)} and put it down on the table."
    else:
        text = w.rng.choice([f"Put {x} down on the table.", f"Set {x} on the table."])
    return text, _fails_now(w, _act(_on_table(b)))


# ----- declarative -----------------------------------------------------------------------------------
@_template
def t157_dec_shade(w: World) -> Made:
    say, s = _Say(w, "shade"), w.state
    b, t = _choice(w, [(b, t) for b in _named(say, w.blocks) for t in _named(say, w.blocks) if _stackable(s, b, t)])
    x, y = say.ref(b), say.ref(t)
    text = w.rng.choice([f"{_cap(x)} is on {y}.", f"{_cap(x)} is stacked on top of {y}."])
    return text, _fails_now(w, _act(rels(Rel("on", b, t))))


@_template
def t157_dec_compound(w: World) -> Made:
    say = _Say(w, "compound")
    b = _choice(w, _named(say, w.blocks))
    x = say.ref(b)
    text = w.rng.choice([f"{_cap(x)} is in the bin.", f"{_cap(x)} ends up in the bin."])
    return text, _fails_now(w, _act(binned([b])))


@_template
def t157_dec_ish(w: World) -> Made:
    say, s = _Say(w, "ish"), w.state
    b, bowl = _choice(w, [(b, o) for b in _named(say, w.blocks) for o in _named(say, w.bowls)
                          if s.base(b) != o and _room(s, o)])
    x, y = say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"{_cap(x)} is in {y}.", f"{_cap(x)} sits inside {y}."])
    return text, _fails_now(w, _act(rels(Rel("in", b, bowl))))


@_template
def t157_dec_thing(w: World) -> Made:
    say = _Say(w, "thing")
    b = _choice(w, _named(say, w.blocks))
    place = w.rng.choice(PLACES)
    where = "in the middle of the table" if place == "middle" else f"in the {place}"
    text = w.rng.choice([f"{_cap(say.ref(b))} is {where}.", f"{_cap(say.ref(b))} stands {where}."])
    return text, _fails_now(w, _act(rels(Rel("at", b, place))))


@_template
def t157_dec_noun(w: World) -> Made:
    say = _Say(w, "noun")
    a, b = _choice(w, [(a, b) for a in _named(say, w.blocks) for b in _named(say, w.blocks) if a != b])
    x, y = say.ref(a), say.ref(b)
    text = w.rng.choice([f"{_cap(x)} is on the table and {y} is on top of {x}.",
                         f"{_cap(y)} sits on {x}, and {x} sits right on the table."])
    return text, _fails_now(w, _act(_on_table(a), rels(Rel("on", b, a))))


@_template
def t157_dec_tint(w: World) -> Made:
    say, s = _Say(w, "tint"), w.state
    bowl = _choice(w, _named(say, w.bowls))
    a, b = _choice(w, [(a, b) for a in _named(say, w.blocks) for b in _named(say, w.blocks) if a < b])
    need = sum(s.base(x) != bowl for x in (a, b))
    _need(_room(s, bowl, need))
    x, y, z = say.ref(a), say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"{_cap(x)} and {y} are both in {z}.", f"{_cap(z)} has {x} and {y} in it."])
    return text, _fails_now(w, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


# ----- desiderative ----------------------------------------------------------------------------------
@_template
def t157_des_shade(w: World) -> Made:
    say = _Say(w, "shade")
    b = _choice(w, _named(say, w.blocks))
    place = w.rng.choice(PLACES)
    where = "in the middle of the table" if place == "middle" else f"in the {place}"
    text = w.rng.choice([f"I want {say.ref(b)} {where}.", f"I'd like {say.ref(b)} to be {where}."])
    return text, _fails_now(w, _act(rels(Rel("at", b, place))))


@_template
def t157_des_compound(w: World) -> Made:
    say, s = _Say(w, "compound"), w.state
    b, t = _choice(w, [(b, t) for b in _named(say, w.blocks) for t in _named(say, w.blocks) if _stackable(s, b, t)])
    x, y = say.ref(b), say.ref(t)
    text = w.rng.choice([f"I'd like {x} stacked on {y}.", f"What I want is {x} sitting on top of {y}."])
    return text, _fails_now(w, _act(rels(Rel("on", b, t))))


@_template
def t157_des_ish(w: World) -> Made:
    say = _Say(w, "ish")
    b = _choice(w, _named(say, w.blocks))
    x = say.ref(b)
    text = w.rng.choice([f"Make it so that {x} is in the bin.", f"I want {x} to end up in the bin."])
    return text, _fails_now(w, _act(binned([b])))


@_template
def t157_des_thing(w: World) -> Made:
    say, s = _Say(w, "thing"), w.state
    b, bowl = _choice(w, [(b, o) for b in _named(say, w.blocks) for o in _named(say, w.bowls)
                          if s.base(b) != o and _room(s, o)])
    x, y = say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"I'd love {x} to be in {y}.", f"Could you make it so that {x} ends up in {y}?"])
    return text, _fails_now(w, _act(rels(Rel("in", b, bowl))))


@_template
def t157_des_noun(w: World) -> Made:
    say, s = _Say(w, "noun"), w.state
    a, b = _choice(w, [(a, b) for a in _named(say, w.blocks) for b in _named(say, w.blocks) if _stackable(s, a, b)])
    x, y = say.ref(a), say.ref(b)
    text = w.rng.choice([f"I want {x} on top of {y}.", f"I'd like {x} sitting on {y}, please."])
    return text, _fails_now(w, _act(rels(Rel("on", a, b))))


@_template
def t157_des_tint(w: World) -> Made:
    say = _Say(w, "tint")
    a, b = _choice(w, [(a, b) for a in _named(say, w.blocks) for b in _named(say, w.blocks) if a < b])
    x, y = say.ref(a), say.ref(b)
    text = w.rng.choice([f"I'd like {x} and {y} in the bin, please.",
                         f"Make it so that {x} and {y} are both in the bin."])
    return text, _fails_now(w, _act(binned([a, b])))


# ----- quantified ------------------------------------------------------------------------------------
@_template
def t157_qua_shade(w: World) -> Made:
    say = _Say(w, "shade")
    names = _named(say, w.blocks)
    n = w.rng.choice([2, 3]) if len(names) >= 3 else 2
    _need(len(names) >= n)
    chosen = w.pick(names, n)
    refs = [say.ref(b) for b in chosen]
    if n == 2:
        text = f"Put both {refs[0]} and {refs[1]} in the bin."
    else:
        text = f"Put all three of {refs[0]}, {refs[1]} and {refs[2]} in the bin."
    return text, _fails_now(w, _act(binned(chosen)))


@_template
def t157_qua_compound(w: World) -> Made:
    say, s = _Say(w, "compound"), w.state
    bowl = _choice(w, [o for o in _named(say, w.bowls) if not s.in_bowl(o)])
    _need(len(w.blocks) >= 3)
    y = say.ref(bowl)
    text = w.rng.choice([f"Put two blocks in {y}.", f"Get exactly two blocks into {y}; any two will do."])
    return text, _fails_now(w, _act(count_in(bowl, 2)))


@_template
def t157_qua_ish(w: World) -> Made:
    say, s = _Say(w, "ish"), w.state
    bowl = _choice(w, [o for o in _named(say, w.bowls) if s.in_bowl(o)])
    inside = s.in_bowl(bowl)
    y = say.ref(bowl)
    text = w.rng.choice([f"Take every block out of {y} and put them on the table.",
                         f"Move all the blocks in {y} onto the table."])
    return text, _fails_now(w, _act(empty(bowl), *(_base_in(b, [TABLE, *PLACES]) for b in inside)))


@_template
def t157_qua_thing(w: World) -> Made:
    say = _Say(w, "thing")
    names = _named(say, w.blocks)
    _need(len(names) >= 3)
    chosen = w.pick(names, 3)
    a, b, c = (say.ref(x) for x in chosen)
    text = w.rng.choice([f"Stack all three of these into one tower, in any order: {a}, {b} and {c}.",
                         f"Make a single tower out of {a}, {b} and {c}; the order doesn't matter."])
    return text, _fails_now(w, _act(rels(Rel("tower", *chosen))))


@_template
def t157_qua_noun(w: World) -> Made:
    say, s = _Say(w, "noun"), w.state
    bowl = _choice(w, w.bowls)
    a, b = _choice(w, [(a, b) for a in _named(say, w.blocks) for b in _named(say, w.blocks) if a < b])
    _need(_room(s, bowl, sum(s.base(x) != bowl for x in (a, b))))
    x, y, z = say.ref(a), say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"Put both {x} and {y} into {z}.", f"Both of them, {x} and {y}, go into {z}."])
    return text, _fails_now(w, _act(rels(Rel("in", a, bowl), Rel("in", b, bowl))))


@_template
def t157_qua_tint(w: World) -> Made:
    say, s = _Say(w, "tint"), w.state
    loose = s.on_the_table()
    _need(len(loose) >= 2)
    bowl = _choice(w, [o for o in _named(say, w.bowls) if _room(s, o, len(loose))])
    y = say.ref(bowl)
    text = w.rng.choice([f"Put every block that's on the table into {y}.",
                         f"All the blocks on the table go into {y}."])
    return text, _fails_now(w, _act(rels(*(Rel("in", b, bowl) for b in loose))))


# ----- negated ---------------------------------------------------------------------------------------
@_template
def t157_neg_shade(w: World) -> Made:
    say = _Say(w, "shade")
    b = _choice(w, _named(say, w.blocks))
    others = [o for o in w.blocks if o != b]
    x = say.ref(b)
    text = w.rng.choice([f"Put every block except {x} in the bin.", f"Bin all the blocks but {x}."])
    return text, _fails_now(w, _act(binned(others), none_binned([b])))


@_template
def t157_neg_compound(w: World) -> Made:
    say, s = _Say(w, "compound"), w.state
    _need(len(w.bowls) >= 2)
    bowl = _choice(w, _named(say, w.bowls))
    allowed = [o for o in w.bowls if o != bowl and _room(s, o)]
    _need(allowed)
    b = _choice(w, [b for b in _named(say, w.blocks) if s.base(b) not in w.bowls or s.base(b) == bowl])
    x, y = say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"Put {x} in a bowl, but not in {y}.", f"Put {x} into any bowl other than {y}."])
    return text, _fails_now(w, _act(_base_in(b, [o for o in w.bowls if o != bowl])))


@_template
def t157_neg_ish(w: World) -> Made:
    say, s = _Say(w, "ish"), w.state
    b = _choice(w, [b for b in _named(say, w.blocks) if _bowl_of(s, b) and say.ok(_bowl_of(s, b))])
    bowl = _bowl_of(s, b)
    x, y = say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"Take {x} out of {y} without putting it in the bin.",
                         f"Get {x} out of {y}, but don't throw it in the bin."])
    return text, _fails_now(w, _act(lambda _i, f: f.base(b) not in (bowl, BIN)))


@_template
def t157_neg_thing(w: World) -> Made:
    say, s = _Say(w, "thing"), w.state
    names = _named(say, w.blocks)
    b, not_t = _choice(w, [(b, t) for b in names for t in names if _stackable(s, b, t)
                           and any(_stackable(s, b, u) for u in w.blocks if u != t)
                           and s.support[b] in (t, TABLE, *w.bowls)])
    x, y = say.ref(b), say.one(not_t)
    text = w.rng.choice([f"Put {x} on any block except {y}.", f"Stack {x} on some block, just not on {y}."])
    return text, _fails_now(w, _act(lambda _i, f: f.support[b] in f.support and f.support[b] != not_t))


@_template
def t157_neg_noun(w: World) -> Made:
    say = _Say(w, "noun")
    a, b = _choice(w, [(a, b) for a, b in w.pairs() if say.ok(a) and say.ok(b)])
    x, y = say.ref(a), say.ref(b)
    text = w.rng.choice([f"Get {x} off {y}, but don't put it in the bin.",
                         f"{_cap(x)} shouldn't be on {y} any more; move it, though not into the bin."])
    return text, _fails_now(w, _act(lambda _i, f: f.support[a] != b and f.base(a) != BIN))


@_template
def t157_neg_tint(w: World) -> Made:
    say = _Say(w, "tint")
    a, b = _choice(w, [(a, b) for a in _named(say, w.blocks) for b in _named(say, w.blocks) if a != b])
    x, y = say.ref(a), say.ref(b)
    text = w.rng.choice([f"Put {x}, not {y}, in the bin.", f"Throw {x} in the bin, but not {y}."])
    return text, _fails_now(w, _act(binned([a]), none_binned([b])))


# ----- relative --------------------------------------------------------------------------------------
@_template
def t157_rel_shade(w: World) -> Made:
    say, s = _Say(w, "shade"), w.state
    top, below, bowl = _choice(w, [(a, b, o) for a, b in w.pairs() for o in _named(say, w.bowls)
                                   if s.is_clear(a) and say.ok(b) and s.base(a) != o and _room(s, o)])
    text = w.rng.choice([f"Put the block that's sitting on {say.ref(below)} into {say.ref(bowl)}.",
                         f"Whatever block is on top of {say.ref(below)}, move it into {say.ref(bowl)}."])
    return text, _fails_now(w, _act(rels(Rel("in", top, bowl))))


@_template
def t157_rel_compound(w: World) -> Made:
    say, s = _Say(w, "compound"), w.state
    top, below = _choice(w, [(a, b) for a, b in w.pairs() if say.ok(a) and s.support[b] not in s.support])
    text = w.rng.choice([f"Move the block underneath {say.ref(top)} to the bin.",
                         f"Throw the block that {say.ref(top)} is resting on into the bin."])
    return text, _fails_now(w, _act(binned([below])))


@_template
def t157_rel_ish(w: World) -> Made:
    say, s = _Say(w, "ish"), w.state
    bowl = _choice(w, [o for o in _named(say, w.bowls) if len(s.in_bowl(o)) == 1])
    b = s.in_bowl(bowl)[0]
    y = say.ref(bowl)
    text = w.rng.choice([f"Put the block in {y} on the table.",
                         f"Take the block that's in {y} and set it on the table."])
    return text, _fails_now(w, _act(_on_table(b)))


@_template
def t157_rel_thing(w: World) -> Made:
    say, s = _Say(w, "thing"), w.state
    names = _named(say, w.blocks)
    a, b = _choice(w, [(a, b) for a in names for b in names if a != b and _bowl_of(s, b)
                       and s.base(a) != _bowl_of(s, b) and _room(s, _bowl_of(s, b))])
    bowl = _bowl_of(s, b)
    x, y = say.ref(a), say.one(b)
    text = w.rng.choice([f"Put {x} into the bowl that {y} is in.", f"Put {x} in the same bowl as {y}."])
    return text, _fails_now(w, _act(rels(Rel("in", a, bowl))))


@_template
def t157_rel_noun(w: World) -> Made:
    say, s = _Say(w, "noun"), w.state
    _need(len(w.bowls) >= 2)
    a = _choice(w, [b for b in _named(say, w.blocks) if s.base(b) == TABLE])
    far = sorted(w.bowls, key=lambda o: w.dist(a, o))
    _need(w.dist(a, far[1]) - w.dist(a, far[0]) >= 0.05 and _room(s, far[0]))
    x = say.ref(a)
    text = w.rng.choice([f"Put {x} in the bowl closest to it.", f"Drop {x} into whichever bowl is nearest to it."])
    return text, _fails_now(w, _act(rels(Rel("in", a, far[0]))))


@_template
def t157_rel_tint(w: World) -> Made:
    say, s = _Say(w, "tint"), w.state
    b = _choice(w, [b for b in _named(say, w.blocks) if s.above(b)])
    top = s.above(b)[0]
    x = say.ref(b)
    text = w.rng.choice([f"Put the block at the very top of the stack {x} is in into the bin.",
                         f"Throw the top block of {x}'s stack in the bin."])
    return text, _fails_now(w, _act(binned([top])))


# ----- keep ------------------------------------------------------------------------------------------
@_template
def t157_keep_shade(w: World) -> Made:
    say, s = _Say(w, "shade"), w.state
    names = _named(say, w.blocks)
    a, b = _choice(w, [(a, b) for a in names for b in names if a != b and b not in s.above(a)])
    x, y = say.ref(a), say.ref(b)
    text = w.rng.choice([f"Put {x} in the bin, but leave {y} where it is.",
                         f"Bin {x}; {y} stays exactly where it is."])
    return text, _fails_now(w, _act(binned([a]), kept(b)))


@_template
def t157_keep_compound(w: World) -> Made:
    say, s = _Say(w, "compound"), w.state
    names = _named(say, w.blocks)
    b, t = _choice(w, [(b, t) for b in names for t in names if _stackable(s, b, t)])
    z = _choice(w, [z for z in names if z not in (b, t) and z not in s.above(b) and z not in s.above(t)])
    x, y, k = say.ref(b), say.ref(t), say.ref(z)
    text = w.rng.choice([f"Stack {x} on {y}, and don't touch {k}.", f"Without moving {k}, put {x} on top of {y}."])
    return text, _fails_now(w, _act(rels(Rel("on", b, t)), kept(z)))


@_template
def t157_keep_ish(w: World) -> Made:
    say, s = _Say(w, "ish"), w.state
    names = _named(say, w.blocks)
    b = _choice(w, names)
    keep = [z for z in names if z != b and z not in s.above(b)]
    _need(len(keep) >= 2)
    y, z = w.pick(keep, 2)
    place = w.rng.choice(PLACES)
    x, k1, k2, where = say.ref(b), say.ref(y), say.ref(z), _at_text(place)
    text = w.rng.choice([f"Move {x} to {where}, and keep {k1} and {k2} where they are.",
                         f"Leave {k1} and {k2} alone and move {x} to {where}."])
    return text, _fails_now(w, _act(rels(Rel("at", b, place)), kept(y, z)))


@_template
def t157_keep_thing(w: World) -> Made:
    say, s = _Say(w, "thing"), w.state
    b, bowl = _choice(w, [(b, o) for b in _named(say, w.blocks) for o in _named(say, w.bowls)
                          if s.is_clear(b) and s.base(b) != o and _room(s, o)])
    others = [o for o in w.blocks if o != b]
    x, y = say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"Put {x} in {y} and leave everything else alone.",
                         f"Put {x} in {y}; no other block should move."])
    return text, _fails_now(w, _act(rels(Rel("in", b, bowl)), kept(*others)))


@_template
def t157_keep_noun(w: World) -> Made:
    say, s = _Say(w, "noun"), w.state
    names = _named(say, w.blocks)
    a, b = _choice(w, [(a, b) for a in names for b in names if a != b and s.support[a] not in (TABLE, *PLACES)
                       and _bowl_of(s, b) and b not in s.above(a)])
    bowl = _bowl_of(s, b)
    x, y = say.ref(a), say.ref(b)
    text = w.rng.choice([f"Put {x} on the table and leave {y} in its bowl.",
                         f"Keep {y} in {say.ref(bowl)}, but move {x} to the table."])
    return text, _fails_now(w, _act(_on_table(a), lambda _i, f: f.support[b] != "gripper" and f.base(b) == bowl))


@_template
def t157_keep_tint(w: World) -> Made:
    say, s = _Say(w, "tint"), w.state
    names = [b for b in _named(say, w.blocks) if s.is_clear(b)]
    b, t = _choice(w, [(b, t) for b in names for t in names if _stackable(s, b, t)])
    others = [o for o in w.blocks if o != b]
    x, y = say.ref(b), say.ref(t)
    text = w.rng.choice([f"Put {x} on {y} and don't move any other block.",
                         f"Only {x} may move: put it on top of {y}."])
    return text, _fails_now(w, _act(rels(Rel("on", b, t)), kept(*others)))


# ----- multi-step ------------------------------------------------------------------------------------
@_template
def t157_multi_shade(w: World) -> Made:
    say, s = _Say(w, "shade"), w.state
    names = _named(say, w.blocks)
    a, b, bowl = _choice(w, [(a, b, o) for a in names for b in names for o in _named(say, w.bowls)
                             if a != b and s.base(b) != o and _room(s, o)])
    x, y, z = say.ref(a), say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"First put {x} in the bin, then put {y} in {z}.",
                         f"Put {x} in the bin first; after that, put {y} into {z}."])
    return text, _fails_now(w, _act(binned([a]), rels(Rel("in", b, bowl))))


@_template
def t157_multi_compound(w: World) -> Made:
    say = _Say(w, "compound")
    names = _named(say, w.blocks)
    a, b = _choice(w, [(a, b) for a in names for b in names if a != b])
    x, y = say.ref(a), say.ref(b)
    text = w.rng.choice([f"Put {x} on the table; after that, stack {y} on it.",
                         f"First set {x} down on the table, and then put {y} on top of it."])
    return text, _fails_now(w, _act(_on_table(a), rels(Rel("on", b, a))))


@_template
def t157_multi_ish(w: World) -> Made:
    say, s = _Say(w, "ish"), w.state
    names = _named(say, w.blocks)
    a = _choice(w, [a for a in names if _bowl_of(s, a) and say.ok(_bowl_of(s, a))])
    bowl = _bowl_of(s, a)
    b = _choice(w, [b for b in names if b != a and s.base(b) != bowl])
    x, y, z = say.ref(a), say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"Take {x} out of {z} and put it in the bin, then put {y} into {z}.",
                         f"Two things: first take {x} out of {z} and throw it in the bin; second, put {y} in {z}."])
    return text, _fails_now(w, _act(binned([a]), rels(Rel("in", b, bowl))))


@_template
def t157_multi_thing(w: World) -> Made:
    say = _Say(w, "thing")
    names = _named(say, w.blocks)
    a, b = _choice(w, [(a, b) for a in names for b in names if a != b])
    place = w.rng.choice(PLACES)
    x, y = say.ref(a), say.one(b)
    text = w.rng.choice([f"Start by moving {x} to {_at_text(place)}; next, put {y} on top of it.",
                         f"Move {x} to {_at_text(place)} first, and after that stack {y} on it."])
    return text, _fails_now(w, _act(rels(Rel("at", a, place), Rel("on", b, a))))


@_template
def t157_multi_noun(w: World) -> Made:
    say = _Say(w, "noun")
    names = _named(say, w.blocks)
    _need(len(names) >= 2)
    chosen = w.pick(names, 3 if len(names) >= 3 else 2)
    refs = [say.ref(b) for b in chosen]
    if len(chosen) == 3:
        text = f"Put {refs[0]} in the bin. Then {refs[1]}. Then {refs[2]}."
    else:
        text = f"Put {refs[0]} in the bin first, and then {refs[1]}."
    return text, _fails_now(w, _act(binned(chosen)))


@_template
def t157_multi_tint(w: World) -> Made:
    say, s = _Say(w, "tint"), w.state
    names = _named(say, w.blocks)
    b, t, bowl = _choice(w, [(b, t, o) for b in names for t in names for o in _named(say, w.bowls)
                             if _stackable(s, b, t) and s.base(b) != o and _room(s, o) and s.base(t) != o])
    x, y, z = say.ref(b), say.ref(t), say.ref(bowl)
    text = w.rng.choice([f"Step one: move {x} into {z}. Step two: take it back out and put it on {y}.",
                         f"Put {x} in {z} first, then lift it out again and stack it on {y}."])
    return text, _fails_now(w, _act(rels(Rel("on", b, t))))


# ----- questions -------------------------------------------------------------------------------------
@_template
def t157_q_shade(w: World) -> Made:
    say, s = _Say(w, "shade"), w.state
    bowls = _named(say, w.bowls)
    inside = [(b, _bowl_of(s, b)) for b in _named(say, w.blocks) if _bowl_of(s, b) in bowls]
    if inside and w.rng.random() < 0.5:
        b, bowl = w.rng.choice(inside)
    else:
        b, bowl = _choice(w, [(b, o) for b in _named(say, w.blocks) for o in bowls])
    x, y = say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"Is {x} in {y}?", f"Is {x} sitting in {y} right now?"])
    return text, answered(yes(s.base(b) == bowl))


@_template
def t157_q_compound(w: World) -> Made:
    say, s = _Say(w, "compound"), w.state
    bowl = _choice(w, [o for o in _named(say, w.bowls) if s.in_bowl(o)])
    y = say.ref(bowl)
    text = w.rng.choice([f"How many blocks are in {y}?", f"How many blocks does {y} hold?"])
    return text, answered(str(len(s.in_bowl(bowl))))


@_template
def t157_q_ish(w: World) -> Made:
    say = _Say(w, "ish")
    kind = w.rng.choice(["block", "bowl"])
    have = {w.colour(o) for o in (w.blocks if kind == "block" else w.bowls)}
    pool = sorted(have) if w.rng.random() < 0.5 else [c for c in layout.COLOURS if c not in have]
    colour = _choice(w, pool)
    word = say.adj(colour)
    article = "an" if word[0] in "aeiou" else "a"
    text = w.rng.choice([f"Is there {article} {word} {kind}?", f"Do you see {article} {word} {kind} anywhere?"])
    return text, answered(yes(colour in have))


@_template
def t157_q_thing(w: World) -> Made:
    say, s = _Say(w, "thing"), w.state
    top, below = _choice(w, [(a, b) for a, b in w.pairs() if say.ok(b) and s.is_clear(a)])
    x = say.ref(below)
    text = w.rng.choice([f"What colour is the block on top of {x}?", f"What colour is the block sitting on {x}?"])
    return text, answered(w.colour(top))


@_template
def t157_q_noun(w: World) -> Made:
    say, s = _Say(w, "noun"), w.state
    a = _choice(w, _named(say, w.blocks))
    under = s.support[a]
    if under in (TABLE, *PLACES):
        prefix = "table"
    else:
        prefix = f"{w.colour(under)}|{'bowl' if under in s.bowls else 'block'}"
    x = say.ref(a)
    text = w.rng.choice([f"What is {x} sitting on?", f"What's directly underneath {x}?"])
    return text, answered(prefix)


@_template
def t157_q_tint(w: World) -> Made:
    say, s = _Say(w, "tint"), w.state
    names = _named(say, w.blocks)
    true = [(a, b) for a, b in w.pairs() if a in names and b in names]
    if true and w.rng.random() < 0.5:
        a, b = w.rng.choice(true)
    else:
        a, b = _choice(w, [(a, b) for a in names for b in names if a != b and b not in _below(s, a)[1:]])
    x, y = say.ref(a), say.ref(b)
    text = w.rng.choice([f"Is {x} on top of {y}?", f"Is {x} stacked on {y}?"])
    return text, answered(yes(s.support[a] == b))


# ----- matching --------------------------------------------------------------------------------------
def _pairs_to_match(w: World) -> list[tuple[str, str]]:
    """(block, bowl of its colour) for every block not yet in the bowl of its colour."""
    s = w.state
    return [(r.block, r.target) for r in matching(w) if s.base(r.block) != r.target and _room(s, r.target)]


@_template
def t157_match_shade(w: World) -> Made:
    say = _Say(w, "shade")
    b, bowl = _choice(w, [(b, o) for b, o in _pairs_to_match(w) if say.ok(b)])
    x, y = say.ref(b), say.ref(bowl)
    text = w.rng.choice([f"Put {x} in {y}.", f"{_cap(x)} belongs in {y}; put it there."])
    return text, _fails_now(w, _act(rels(Rel("in", b, bowl))))


@_template
def t157_match_compound(w: World) -> Made:
    say = _Say(w, "compound")
    b, bowl = _choice(w, [(b, o) for b, o in _pairs_to_match(w) if say.ok(b)])
    x = say.ref(b)
    text = w.rng.choice([f"Put {x} in the bowl that matches it.", f"Put {x} into the bowl of the same colour."])
    return text, _fails_now(w, _act(rels(Rel("in", b, bowl))))


@_template
def t157_match_ish(w: World) -> Made:
    say, s = _Say(w, "ish"), w.state
    _need(all(s.base(r.block) == r.target or _room(s, r.target) for r in matching(w)))
    b, _bowl = _choice(w, [(b, o) for b, o in _pairs_to_match(w) if say.ok(b)])
    x = say.one(b)
    text = w.rng.choice([f"Put each block that has a bowl of its own colour into that bowl, starting with {x}.",
                         f"Match the blocks to the bowls of the same colour, beginning with {x}."])
    return text, _fails_now(w, _act(rels(*matching(w))))


@_template
def t157_match_thing(w: World) -> Made:
    say = _Say(w, "thing")
    b, bowl = _choice(w, [(b, o) for b, o in _pairs_to_match(w) if say.ok(b)])
    x = say.ref(b)
    text = w.rng.choice([f"Put {x} in the bowl that's the same colour as it.",
                         f"Find the bowl that matches {x} and put it in there."])
    return text, _fails_now(w, _act(rels(Rel("in", b, bowl))))


@_template
def t157_match_noun(w: World) -> Made:
    todo = _pairs_to_match(w)
    say = _Say(w, "noun", allow=tuple(o for _b, o in todo))
    todo = [(b, o) for b, o in todo if say.ok(b)]
    _need(todo)
    chosen = w.pick(todo, 2) if len(todo) >= 2 and w.rng.random() < 0.5 else w.pick(todo, 1)
    parts = [f"{say.ref(b)} in {say.ref(o)}" for b, o in chosen]
    text = f"Put {' and '.join(parts)}."
    return text, _fails_now(w, _act(rels(*(Rel("in", b, o) for b, o in chosen))))


@_template
def t157_match_tint(w: World) -> Made:
    say, s = _Say(w, "tint"), w.state
    bowl_colours = {w.colour(o) for o in w.bowls}
    b = _choice(w, [b for b in _named(say, w.blocks) if w.colour(b) in bowl_colours
                    and not (s.base(b) in w.bowls and w.colour(s.base(b)) != w.colour(b))])
    other = [o for o in w.bowls if w.colour(o) != w.colour(b)]
    _need([o for o in other if _room(s, o)])
    x = say.ref(b)
    text = w.rng.choice([f"Put {x} in a bowl that is not its own colour.",
                         f"Put {x} into one of the bowls of a different colour from it."])
    return text, _fails_now(w, _act(_base_in(b, other)))


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("shade", "compound", "ish", "thing", "noun", "tint")
FRESH157: list[Template] = [
    (f"t157_{short}_{style}", category, globals()[f"t157_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
