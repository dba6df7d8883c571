"""`FRESH167`, the hundred-and-sixty-eighth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is English with words from other languages mixed in (code-switching). Bilingual people often drop a word
or two from their other language into an English request: a greeting or a filler ("bueno", "also", "alors",
"allora", "olha"), politeness ("por favor", "bitte", "s'il vous plaît", "per favore", "obrigado"), a yes or an OK
("sí", "ja", "oui", "va bene", "tá bom"), a time word ("ahora", "jetzt", "vite", "subito", "agora"), an exclamation
("ay", "mamma mia", "oh là là", "nossa") or a term of address ("amigo", "mein Freund", "mon ami"). Every object,
colour, relation, place, count, negation and verb that carries the goal is plain English, so the English part alone
says the whole goal; the foreign words sit where a bilingual speaker puts them (at the start, at the end, between
clauses) and are spelt as usual, accents included. The checks are the English goals: any order and any free choice
the words leave open are accepted, nothing is left in the gripper, and a scene where the goal already holds is not
used. The six styles:

- spanish: "Bueno, put the red block in the bin, por favor."
- german: "Bitte, stack the blue block on the green block. Danke!"
- french: "Alors, move the yellow block into the pink bowl, s'il vous plaît."
- italian: "Mamma mia, what a pile! Take the red block off the cyan block and put it on the table, per favore."
- portuguese: "Olha, put the white block in the top left corner, por favor."
- mixed: "Vite, vite! Put the red block and the blue block in the green bowl, grazie."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the
checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on a369a03, the code of b3ef69c, before anything it could prompt): 0.14
goal-correct (42 of 300), 228 refused. Ten wrong actions, all requests answered with the help text as if they were
questions: "Nossa, I really want W empty, sabe? Obrigado." (five times) and "Olha, stack the block that's the same colour
as W on top of X, tá?" (five times). Twenty wrong replies: questions that start with 'Oye,', 'Dis-moi, mon ami,',
'Allora,' or 'Olha,' got the help text. The refusals named the other language's words ('ja', 'bitte', 'oye', 'grazie').
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
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel
from sim.core.symbolic import SymState

_GROUND = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _hand_empty(_i: SymState, f: SymState) -> bool:
    return f.held is None


def _act(w: World, text: str, goal: Check) -> Made:
    """An action instance: the goal with an empty gripper, or None when the scene already satisfies it."""
    check = both(goal, _hand_empty)
    return None if check(w.state, w.state) else (text, check)


def _say(w: World, *options: str) -> str:
    return w.rng.choice(options)


def _on(a: str, b: str) -> Rel:
    return Rel("on", a, b)


def _in(a: str, bowl: str) -> Rel:
    return Rel("in", a, bowl)


def _table(a: str) -> Rel:
    return Rel("on_table", a)


def _at(a: str, place: str) -> Rel:
    return Rel("at", a, place)


def _in_place(place: str) -> str:
    return "in the middle of the table" if place == "middle" else f"in the {place}"


def _to_place(place: str) -> str:
    return "to the middle of the table" if place == "middle" else f"to the {place}"


def _below(w: World, b: str) -> list[str]:
    """The blocks under `b` in its tower, nearest first."""
    out: list[str] = []
    s = w.state.support[b]
    while s in w.state.support:
        out.append(s)
        s = w.state.support[s]
    return out


def _direct(w: World, bowl: str) -> int:
    """How many blocks rest directly on the floor of `bowl`."""
    return len(w.state.on_top(bowl))


def _grounded(w: World, b: str) -> bool:
    return w.state.support[b] in _GROUND


def _base_in_bowls(f: SymState, a: str) -> str | None:
    base = f.base(a)
    return base if base in f.bowls else None


# ----- imperative -----------------------------------------------------------------------------------
def t167_imp_spanish(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    text = _say(w, f"Bueno, put the {a} in the bin, por favor.", f"Oye, throw the {a} into the bin, ¿vale?")
    return _act(w, text, binned([a]))


def t167_imp_german(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = _say(w, f"Bitte, stack the {a} on the {b}. Danke!", f"Jetzt put the {a} on top of the {b}, bitte.")
    return _act(w, text, rels(_on(a, b)))


def t167_imp_french(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free or _direct(w, bowl) >= 4:
        return None
    a = w.pick(free)[0]
    text = _say(w, f"Alors, move the {a} into the {bowl}, s'il vous plaît.",
                f"Allez, put the {a} in the {bowl}. Merci!")
    return _act(w, text, rels(_in(a, bowl)))


def t167_imp_italian(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Mamma mia, what a pile! Take the {a} off the {b} and put it on the table, per favore."
    return _act(w, text, rels(_table(a)))


def t167_imp_portuguese(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    place = w.rng.choice(PLACES)
    text = _say(w, f"Olha, put the {a} {_in_place(place)}, por favor.",
                f"Agora, move the {a} {_to_place(place)}. Obrigado!")
    return _act(w, text, rels(_at(a, place)))


def t167_imp_mixed(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if len(free) < 2 or _direct(w, bowl) > 2:
        return None
    a, b = w.pick(free, 2)
    text = f"Vite, vite! Put the {a} and the {b} in the {bowl}, grazie."
    return _act(w, text, rels(_in(a, bowl), _in(b, bowl)))


# ----- declarative ----------------------------------------------------------------------------------
def t167_dec_spanish(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    a, b = w.pick(w.blocks, 2)
    if w.state.base(b) == bowl:
        return None
    text = f"Bueno, the {a} goes in the bin and the {b} goes in the {bowl}. Gracias, amigo."
    return _act(w, text, both(binned([a]), rels(_in(b, bowl))))


def t167_dec_german(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = _say(w, f"Also, the {a} should end up on top of the {b}, bitte.",
                f"So, jetzt: the {a} belongs on the {b}. Danke!")
    return _act(w, text, rels(_on(a, b)))


def t167_dec_french(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free:
        return None
    a = w.pick(free)[0]
    text = _say(w, f"D'accord, mon ami: the {a} belongs in the {bowl}.",
                f"Bon, the {a} should be in the {bowl} when you're done. Merci.")
    return _act(w, text, rels(_in(a, bowl)))


def t167_dec_italian(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    place = w.rng.choice(PLACES)
    text = f"Allora, ecco: the {a} should be {_in_place(place)}, with the {b} on top of it. Grazie mille."
    return _act(w, text, rels(_at(a, place), _on(b, a)))


def t167_dec_portuguese(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Olha, the {a} needs to be on the table, not on the {b}, tá bom?"
    return _act(w, text, rels(_table(a)))


def t167_dec_mixed(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    if len(_below(w, c)) > 1:
        return None
    text = f"Oui, ja, sí: the {a} should be on the {b}, and the {b} should be on the {c}."
    return _act(w, text, rels(_on(a, b), _on(b, c)))


# ----- desiderative ---------------------------------------------------------------------------------
def t167_des_spanish(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    text = f"Mira, amigo, I want the {a} out of the {bowl} and on the table."
    return _act(w, text, rels(_table(a)))


def t167_des_german(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    text = f"Bitte, I'd like the {a} stacked on the {b}. Danke schön!"
    return _act(w, text, rels(_on(a, b)))


def t167_des_french(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    text = _say(w, f"S'il te plaît, make it so that the {a} ends up in the bin. Merci!",
                f"Oh là là, I'd really like the {a} to be in the bin, s'il te plaît.")
    return _act(w, text, binned([a]))


def t167_des_italian(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    place = w.rng.choice(PLACES)
    text = f"Per favore, I'd love to see the {a} {_in_place(place)}. Grazie!"
    return _act(w, text, rels(_at(a, place)))


def t167_des_portuguese(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = f"Nossa, I really want the {bowl} empty, sabe? Obrigado."
    return _act(w, text, empty(bowl))


def t167_des_mixed(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = f"Mira, what I'd like is the {a} on the {b} and the {c} in the bin. Merci, amigo!"
    return _act(w, text, both(rels(_on(a, b)), binned([c])))


# ----- quantified -----------------------------------------------------------------------------------
def t167_qua_spanish(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    text = _say(w, f"Oye, put every block that's in the {bowl} into the bin, por favor.",
                f"Ahora, all the blocks in the {bowl} go in the bin. Gracias!")
    return _act(w, text, binned(inside))


def t167_qua_german(w: World) -> Made:
    if len(w.blocks) > 5:
        return None
    text = _say(w, "Also, bitte: every single block goes in the bin. Jetzt, ja?",
                "Ja, genau, put all of the blocks in the bin, bitte.")
    return _act(w, text, binned(w.blocks))


def t167_qua_french(w: World) -> Made:
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    if not empties:
        return None
    bowl = w.pick(empties)[0]
    text = f"Alors, the {bowl} is empty; put exactly two blocks in it, whichever you like. Merci!"
    return _act(w, text, count_in(bowl, 2))


def t167_qua_italian(w: World) -> Made:
    tops = [a for a, _b in w.pairs()]
    if not tops:
        return None
    text = _say(w, "Allora, every block that's sitting on another block goes on the table, grazie.",
                "Dai, take each block that's stacked on top of another block and put it on the table. Grazie!")
    return _act(w, text, rels(*(_table(a) for a in tops)))


def t167_qua_portuguese(w: World) -> Made:
    if len(w.blocks) < 4:
        return None
    text = _say(w, "Tá, put three blocks in the bin, any three you like. Valeu!",
                "Beleza, meu amigo: exactly three of the blocks go in the bin; you pick which ones.")
    return _act(w, text, lambda _i, f: sum(f.base(b) == BIN for b in f.blocks) == 3)


def t167_qua_mixed(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    if len(w.state.in_bowl(bowl)) >= 3:
        return None
    text = f"Bitte, add blocks to the {bowl} until it holds exactly three of them, vite! Grazie."
    return _act(w, text, count_in(bowl, 3))


# ----- negated --------------------------------------------------------------------------------------
def t167_neg_spanish(w: World) -> Made:
    keep = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not keep:
        return None
    a = w.pick(keep)[0]
    others = [b for b in w.blocks if b != a]
    text = f"Bueno, put every block except the {a} in the bin, por favor."
    return _act(w, text, both(binned(others), none_binned([a])))


def t167_neg_german(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    text = f"Bitte, take the {a} off the {b}, but don't put it in the bin."
    return _act(w, text, both(rels(Rel("on", a, b, negated=True)), none_binned([a])))


def t167_neg_french(w: World) -> Made:
    clear = w.clear_blocks()
    if not clear:
        return None
    a = w.pick(clear)[0]
    rest = [x for x in w.blocks if x != a]
    if len(rest) < 2:
        return None
    b, c = w.pick(rest, 2)
    text = f"D'accord: stack the {b} on the {c}, but never put anything on top of the {a}. Merci!"
    return _act(w, text, rels(_on(b, c), Rel("clear", a)))


def t167_neg_italian(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    if len(w.blocks) < 3:
        return None

    def goal(_i: SymState, f: SymState) -> bool:
        return f.support[a] in f.support and f.support[a] != b

    text = f"Senti, put the {a} on top of another block, but not on the {b}. Grazie."
    return _act(w, text, goal)


def t167_neg_portuguese(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    text = f"Olha, take everything out of the {bowl}, but nothing goes in the bin, tá bom?"
    return _act(w, text, both(empty(bowl), none_binned(inside)))


def t167_neg_mixed(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.pick(w.bowls)[0]
    a = w.pick(w.blocks)[0]

    def goal(_i: SymState, f: SymState) -> bool:
        base = _base_in_bowls(f, a)
        return base is not None and base != bowl

    text = f"Ja, oui: put the {a} in a bowl, just not the {bowl}. Grazie!"
    return _act(w, text, goal)


# ----- relative -------------------------------------------------------------------------------------
def t167_rel_spanish(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    if len(w.state.on_top(b)) != 1:
        return None
    text = f"Oye, the block on top of the {b}: put it in the bin, por favor."
    return _act(w, text, binned([a]))


def t167_rel_german(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    c = w.pick(inside)[0]
    bowl = w.state.base(c)
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free:
        return None
    a = w.pick(free)[0]
    text = f"Bitte put the {a} in the bowl that the {c} is in. Danke!"
    return _act(w, text, rels(_in(a, bowl)))


def t167_rel_french(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    bowl = w.pick(w.bowls)[0]
    if w.state.base(b) == bowl:
        return None
    text = f"Alors, take the block right under the {a} and put it in the {bowl}, s'il vous plaît."
    return _act(w, text, rels(_in(b, bowl)))


def t167_rel_italian(w: World) -> Made:
    single = [b for b in w.bowls if len(w.state.in_bowl(b)) == 1]
    if not single:
        return None
    bowl = w.pick(single)[0]
    x = w.state.in_bowl(bowl)[0]
    a = w.pick([b for b in w.blocks if b != x])[0]
    text = f"Per favore, put the {a} on the block that's in the {bowl}. Grazie!"
    return _act(w, text, rels(_on(a, x)))


def t167_rel_portuguese(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    cands = sorted((w.dist(b, bowl), b) for b in w.blocks if w.state.base(b) != bowl)
    if len(cands) < 2:
        return None
    (d1, a), (d2, _b) = cands[0], cands[1]
    if w.state.support[a] != TABLE or not w.state.is_clear(a) or d2 - d1 < 0.04:
        return None
    text = f"Olha, take the block on the table that's closest to the {bowl} and put it in the bin, por favor."
    return _act(w, text, binned([a]))


def t167_rel_mixed(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    empties = [b for b in w.bowls if not w.state.in_bowl(b)]
    full = [b for b in w.bowls if b not in empties]
    a = w.pick(w.blocks)[0]
    if len(empties) == 1:
        text = f"Oye, put the {a} in the empty bowl, bitte. Merci!"
        return _act(w, text, rels(_in(a, empties[0])))
    if len(full) == 1:
        text = f"Ay, amigo, the {a} goes in the bowl that already has a block in it. Danke!"
        return _act(w, text, rels(_in(a, full[0])))
    return None


# ----- keep -----------------------------------------------------------------------------------------
def t167_keep_spanish(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    rest = [b for b in w.blocks if b != a and b not in w.state.above(a)]
    if not rest:
        return None
    b = w.pick(rest)[0]
    text = f"Bueno, put the {a} in the bin, but leave the {b} where it is, ¿vale?"
    return _act(w, text, both(binned([a]), kept(b)))


def t167_keep_german(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    rest = [c for c in w.blocks if c not in (a, b, *w.state.above(a), *w.state.above(b))]
    if not rest:
        return None
    c = w.pick(rest)[0]
    text = f"Stack the {a} on the {b}, and don't touch the {c}, bitte."
    return _act(w, text, both(rels(_on(a, b)), kept(c)))


def t167_keep_french(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.is_clear(b) and w.state.base(b) != bowl]
    if not free or _direct(w, bowl) >= 4:
        return None
    a = w.pick(free)[0]
    others = [b for b in w.blocks if b != a]
    text = f"Put the {a} in the {bowl} and leave the other blocks alone, s'il vous plaît."
    return _act(w, text, both(rels(_in(a, bowl)), kept(*others)))


def t167_keep_italian(w: World) -> Made:
    pairs = [(a, b) for a, b in w.pairs() if w.state.is_clear(a)]
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    rest = [c for c in w.blocks if c not in (a, b)]
    if not rest:
        return None
    c = w.pick(rest)[0]
    place = w.rng.choice(PLACES)
    text = (f"Allora, take the {a} off the {b}, put it {_in_place(place)}, and keep the {c} exactly where it is. "
            "Grazie mille.")
    return _act(w, text, both(rels(_at(a, place)), kept(c)))


def t167_keep_portuguese(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    inside = w.state.in_bowl(bowl)
    rest = [c for c in w.blocks if c not in inside]
    if not rest:
        return None
    c = w.pick(rest)[0]
    text = f"Put all the blocks from the {bowl} in the bin, but the {c} stays where it is, tá?"
    return _act(w, text, both(binned(inside), kept(c)))


def t167_keep_mixed(w: World) -> Made:
    lifted = [b for b in w.blocks if not _grounded(w, b)]
    if not lifted:
        return None
    a = w.pick(lifted)[0]
    rest = [c for c in w.blocks if c != a and c not in w.state.above(a)]
    if len(rest) < 2:
        return None
    c, d = w.pick(rest, 2)
    text = f"Bitte, put the {a} on the table. The {c} and the {d} stay right where they are, d'accord?"
    return _act(w, text, both(rels(_table(a)), kept(c, d)))


# ----- multi_step -----------------------------------------------------------------------------------
def t167_multi_spanish(w: World) -> Made:
    lifted = [b for b in w.blocks if not _grounded(w, b)]
    if not lifted:
        return None
    a = w.pick(lifted)[0]
    b = w.pick([x for x in w.blocks if x != a])[0]
    text = f"Bueno, first put the {a} on the table, then put the {b} on top of it. Gracias."
    return _act(w, text, rels(_table(a), _on(b, a)))


def t167_multi_german(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    bowl = w.state.base(a)
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free:
        return None
    b = w.pick(free)[0]
    text = (f"Also: take the {a} out of the {bowl} and drop it in the bin; after that, put the {b} in the {bowl}. "
            "Danke!")
    return _act(w, text, both(binned([a]), rels(_in(b, bowl))))


def t167_multi_french(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if w.state.base(b) != bowl]
    if not free or _direct(w, bowl) >= 4:
        return None
    a = w.pick(free)[0]
    b = w.pick([x for x in w.blocks if x != a])[0]
    text = f"First put the {a} in the {bowl}, and then put the {b} on top of it, merci beaucoup."
    return _act(w, text, rels(_in(a, bowl), _on(b, a)))


def t167_multi_italian(w: World) -> Made:
    a, b, c = w.pick(w.blocks, 3)
    text = f"Per favore, put the {a} in the bin, then the {b}, then the {c}. Grazie!"
    return _act(w, text, binned([a, b, c]))


def t167_multi_portuguese(w: World) -> Made:
    a, b = w.pick(w.blocks, 2)
    p1, p2 = w.rng.sample(PLACES, 2)
    text = f"Então, move the {a} {_to_place(p1)}, and after that move the {b} {_to_place(p2)}. Obrigado!"
    return _act(w, text, rels(_at(a, p1), _at(b, p2)))


def t167_multi_mixed(w: World) -> Made:
    lifted = [b for b in w.blocks if not _grounded(w, b)]
    if not lifted:
        return None
    a = w.pick(lifted)[0]
    bowl = w.pick(w.bowls)[0]
    free = [b for b in w.blocks if b != a and w.state.base(b) != bowl]
    if not free:
        return None
    b = w.pick(free)[0]
    rest = [c for c in w.blocks if c not in (a, b)]
    if not rest:
        return None
    c = w.pick(rest)[0]
    text = (f"Vale, three things, bitte: put the {a} on the table, then the {b} in the {bowl}, and finally the {c} "
            "in the bin. Merci!")
    return _act(w, text, both(rels(_table(a), _in(b, bowl)), binned([c])))


# ----- question -------------------------------------------------------------------------------------
def t167_q_spanish(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        a, b = w.rng.choice(pairs)
        flag = True
    else:
        a, b = w.pick(w.blocks, 2)
        if b in _below(w, a):
            return None
        flag = False
    text = f"Oye, is the {a} on top of the {b}? Gracias."
    return text, answered(yes(flag))


def t167_q_german(w: World) -> Made:
    full = [b for b in w.bowls if w.state.in_bowl(b)]
    if not full:
        return None
    bowl = w.pick(full)[0]
    text = f"Sag mal, how many blocks are in the {bowl}?"
    return text, answered(str(len(w.state.in_bowl(bowl))))


def t167_q_french(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    a, b = w.rng.choice(pairs)
    if len(w.state.on_top(b)) != 1:
        return None
    text = f"Dis-moi, mon ami, what colour is the block sitting on the {b}?"
    return text, answered(w.colour(a))


def t167_q_italian(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    a = w.pick(inside)[0]
    text = f"Allora, which bowl is the {a} in?"
    return text, answered(w.state.base(a))


def t167_q_portuguese(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    text = f"Olha, is there anything on top of the {a}?"
    return text, answered(yes(not w.state.is_clear(a)))


def t167_q_mixed(w: World) -> Made:
    bowl = w.pick(w.bowls)[0]
    text = f"Oye, mein Freund, is the {bowl} empty right now, per favore?"
    return text, answered(yes(not w.state.in_bowl(bowl)))


# ----- matching -------------------------------------------------------------------------------------
def _bowl_of(w: World, block: str) -> str | None:
    return next((b for b in w.bowls if w.colour(b) == w.colour(block)), None)


def t167_match_spanish(w: World) -> Made:
    want = matching(w)
    if not want:
        return None
    text = _say(w, "Bueno, amigo: every block that has a bowl of the same colour goes into that bowl, por favor.",
                "Venga, match them up: put each block in the bowl of its own colour, where there is one. ¡Gracias!")
    return _act(w, text, rels(*want))


def t167_match_german(w: World) -> Made:
    cands = [b for b in w.blocks if _bowl_of(w, b)]
    if not cands:
        return None
    a = w.pick(cands)[0]
    text = f"Bitte, put the {a} in the bowl that's the same colour as it. Danke!"
    return _act(w, text, rels(_in(a, _bowl_of(w, a) or "")))


def t167_match_french(w: World) -> Made:
    a = w.pick(w.blocks)[0]
    if not [b for b in w.bowls if w.colour(b) != w.colour(a)]:
        return None

    def goal(_i: SymState, f: SymState) -> bool:
        base = _base_in_bowls(f, a)
        return base is not None and f.colours[base] != f.colours[a]

    text = f"Alors, put the {a} in a bowl that is a different colour from it, merci."
    return _act(w, text, goal)


def t167_match_italian(w: World) -> Made:
    cands = [b for b in w.bowls if any(w.colour(x) == w.colour(b) for x in w.blocks)]
    if not cands:
        return None
    bowl = w.pick(cands)[0]
    x = next(b for b in w.blocks if w.colour(b) == w.colour(bowl))
    text = f"Senti, put the block that's the same colour as the {bowl} into it, per favore. Grazie!"
    return _act(w, text, rels(_in(x, bowl)))


def t167_match_portuguese(w: World) -> Made:
    cands = [b for b in w.bowls if any(w.colour(x) == w.colour(b) for x in w.blocks)]
    if not cands:
        return None
    bowl = w.pick(cands)[0]
    x = next(b for b in w.blocks if w.colour(b) == w.colour(bowl))
    b = w.pick([y for y in w.blocks if y != x])[0]
    text = f"Olha, stack the block that's the same colour as the {bowl} on top of the {b}, tá?"
    return _act(w, text, rels(_on(x, b)))


def t167_match_mixed(w: World) -> Made:
    cands = [b for b in w.blocks if _bowl_of(w, b) and w.state.is_clear(b)]
    if not cands:
        return None
    a = w.pick(cands)[0]
    others = [b for b in w.blocks if b != a]
    text = f"Oui, ja: put the {a} in its matching bowl and leave everything else as it is, grazie."
    return _act(w, text, both(rels(_in(a, _bowl_of(w, a) or "")), kept(*others)))


# ----- the list -------------------------------------------------------------------------------------
_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("spanish", "german", "french", "italian", "portuguese", "mixed")
FRESH167: list[Template] = [
    (f"t167_{short}_{style}", category, globals()[f"t167_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
