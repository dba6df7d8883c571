"""`FRESH155`, the hundred-and-fifty-sixth untuned batch: sixty language templates, six per category, for the offline planner.

The theme is English as spoken around the world: the same tabletop requests typed the way speakers of six Englishes
would type them, each still clear to any careful reader of English. A Londoner pops things in bowls and bungs them in
the bin, ta; a Scot asks you to pit the wee block on the table; an Irish speaker asks would you ever put it there,
grand; an Australian says chuck it in the rubbish bin, no worries; an Indian English speaker kindly asks you to shift
a block, do the needful, with "kept" meaning put; a Singaporean asks put inside the bowl can, lah. Dialect words name
the same objects (the rubbish bin, the dustbin, the wee block) and never name anything not in the scene. The checks
accept every outcome a colleague would accept: any order, any free choice the words leave open, nothing left in the
gripper; blocks the sentence does not mention may be moved out of the way unless it says to leave them, but never
binned unless the bin is asked for. "On the table" means resting directly on the table.

The six styles:

- brit: "Pop the red block in the blue bowl, ta."
- scots: "Pit the wee red block on the table, would ye."
- irish: "Would you ever put the red block on top of the green block for me, grand."
- aussie: "Chuck the red block in the rubbish bin, no worries."
- indian: "Kindly shift the red block to the top left corner of the table."
- singlish: "Take the red block out of the blue bowl and put on the table lah."

Written by a tester who had not read the planner, its tests, the lexicon or any other batch of templates; only the checks and the scene generator of `benchmarks.planner_language`, the relations, the symbolic state and the layout.

Its first run (300 instructions, seed 0, on c86886e, the code of c5694df, after every fix before it and before anything
it could prompt): 0.55 goal-correct (165 of 300), 135 refused, no wrong action and no wrong reply. The refusals were the
dialect words themselves: Scots 'pit', 'tak', 'wee', 'o'', 'dinnae', 'aye'; Irish 'would you ever', '..., grand',
"don't be touching"; Australian '..., no worries, mate'; Indian 'do the needful', 'each and every', 'and revert';
Singaporean '... lah', '... can?', 'W got how many blocks inside ah?'. Once those were read, 'X and Y must be on the
table, not stacked' put only X there: the 'not stacked' was read as leaving out the stacked one (a wrong action on the
way, mended with the dialect words).
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
    rels,
    yes,
)
from sim.core.lexicon import BIN, PLACES, TABLE
from sim.core.relations import Rel, holds

_FLAT = (TABLE, *PLACES)


# ----- helpers --------------------------------------------------------------------------------------
def _col(name: str) -> str:
    return name.split()[0]


def _act(text: str, check: Check, w: World) -> Made:
    """An action: nothing may be left in the gripper, and the goal must not hold already."""
    full: Check = lambda i, f: f.held is None and check(i, f)
    if full(w.state, w.state):
        return None
    return text, full


def _live(w: World) -> list[str]:
    """Blocks not in the bin."""
    return [b for b in w.blocks if w.state.base(b) != BIN]


def _flat(*blocks: str) -> Check:
    """Each block rests directly on the table (a named place on it included)."""
    return lambda _i, f: all(f.support[b] in _FLAT for b in blocks)


def _inside(block: str, bowl: str) -> Check:
    return rels(Rel("in", block, bowl))


def _on(block: str, below: str) -> Check:
    return rels(Rel("on", block, below))


def _only_binned(*blocks: str) -> Check:
    """No block goes into the bin except these (blocks already there stay as they are)."""
    return lambda i, f: all(f.base(b) != BIN for b in i.blocks if b not in blocks and i.base(b) != BIN)


def _others(w: World, *blocks: str) -> list[str]:
    return [b for b in w.blocks if b not in blocks]


def _not_above(w: World, c: str, *blocks: str) -> bool:
    """c does not sit above any of these blocks (so it need not move for them)."""
    return all(c not in w.state.above(b) for b in blocks)


def _bowl_not_holding(w: World, block: str) -> list[str]:
    return [bw for bw in w.bowls if w.state.base(block) != bw and len(w.state.in_bowl(bw)) < 4]


def _place_text(place: str) -> str:
    return f"the {place} of the table"


# ----- imperative -----------------------------------------------------------------------------------
def t155_imp_brit(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    bowls = _bowl_not_holding(w, b[0])
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _act(f"Pop the {b[0]} in the {bowl}, ta.", both(_inside(b[0], bowl), _only_binned()), w)


def t155_imp_scots(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.support[b] not in _FLAT]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _act(f"Pit the wee {b} on the table, would ye.", both(_flat(b), _only_binned()), w)


def t155_imp_irish(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    b, c = w.pick(live, 2)
    if w.state.support[b] == c:
        return None
    return _act(f"Would you ever put the {b} on top of the {c} for me, grand.", both(_on(b, c), _only_binned()), w)


def t155_imp_aussie(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    return _act(f"Chuck the {b[0]} in the rubbish bin, no worries.", both(binned(b), _only_binned(b[0])), w)


def t155_imp_indian(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    place = w.rng.choice(PLACES)
    return _act(f"Kindly shift the {b[0]} to {_place_text(place)}.",
                both(rels(Rel("at", b[0], place)), _only_binned()), w)


def t155_imp_singlish(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    return _act(f"Take the {b} out of the {bowl} and put on the table lah.", both(_flat(b), _only_binned()), w)


# ----- declarative ----------------------------------------------------------------------------------
def t155_dec_brit(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    bowls = _bowl_not_holding(w, b[0])
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _act(f"The {b[0]} ought to be sat in the {bowl}, cheers.", both(_inside(b[0], bowl), _only_binned()), w)


def t155_dec_scots(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    b, c = w.pick(live, 2)
    if w.state.support[b] == c:
        return None
    return _act(f"The wee {b} is meant to be sitting on top o' the {c}.", both(_on(b, c), _only_binned()), w)


def t155_dec_irish(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    b, b2 = w.pick(live, 2)
    return _act(f"The {b} and the {b2} are to go in the bin, so they are.",
                both(binned([b, b2]), _only_binned(b, b2)), w)


def t155_dec_aussie(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    return _act(f"Reckon the {b} belongs on the table, mate, not in the {bowl}.", both(_flat(b), _only_binned()), w)


def t155_dec_indian(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    place = w.rng.choice(PLACES)
    return _act(f"The {b[0]} should be there at {_place_text(place)}, please do the needful.",
                both(rels(Rel("at", b[0], place)), _only_binned()), w)


def t155_dec_singlish(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    b, b2 = w.pick(live, 2)
    if w.state.support[b] in _FLAT and w.state.support[b2] in _FLAT:
        return None
    return _act(f"The {b} and the {b2} must be on the table lah, not stacked one.",
                both(_flat(b, b2), _only_binned()), w)


# ----- desiderative ---------------------------------------------------------------------------------
def t155_des_brit(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    bowls = _bowl_not_holding(w, b[0])
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _act(f"I'd quite like the {b[0]} in the {bowl}, if you don't mind.",
                both(_inside(b[0], bowl), _only_binned()), w)


def t155_des_scots(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    return _act(f"I'd like the wee {b} out o' the {bowl} and on the table, aye.", both(_flat(b), _only_binned()), w)


def t155_des_irish(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    b, c = w.pick(live, 2)
    if w.state.support[b] == c:
        return None
    return _act(f"I'd love the {b} sitting up on the {c}, if you'd be so good.", both(_on(b, c), _only_binned()), w)


def t155_des_aussie(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    return _act(f"Reckon I'd like the {b[0]} gone, mate; chuck it in the bin.",
                both(binned(b), _only_binned(b[0])), w)


def t155_des_indian(w: World) -> Made:
    b = w.pick(_live(w))
    if not b:
        return None
    place = w.rng.choice(PLACES)
    return _act(f"I want that the {b[0]} should be kept at {_place_text(place)}.",
                both(rels(Rel("at", b[0], place)), _only_binned()), w)


def t155_des_singlish(w: World) -> Made:
    live = _live(w)
    if len(live) < 2 or not w.bowls:
        return None
    b, b2 = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    others = len([x for x in w.state.in_bowl(bowl) if x not in (b, b2)])
    if others + 2 > 4:
        return None
    return _act(f"I want the {b} and the {b2} both inside the {bowl} lah.",
                both(_inside(b, bowl), _inside(b2, bowl), _only_binned()), w)


# ----- quantified -----------------------------------------------------------------------------------
def t155_qua_brit(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    return _act(f"Bung every block that's in the {bowl} into the bin, cheers.",
                both(binned(inside), _only_binned(*inside)), w)


def t155_qua_scots(w: World) -> Made:
    inside = w.in_bowls()
    if not inside:
        return None
    return _act("Take all the wee blocks out o' the bowls and set them down on the table, aye.",
                both(_flat(*inside), _only_binned()), w)


def t155_qua_irish(w: World) -> Made:
    empties = [bw for bw in w.bowls if not w.state.in_bowl(bw)]
    if not empties:
        return None
    bowl = w.rng.choice(empties)
    return _act(f"Would you put two blocks into the {bowl}, any two at all, sure it's empty.",
                both(count_in(bowl, 2), _only_binned()), w)


def t155_qua_aussie(w: World) -> Made:
    live = _live(w)
    if not live:
        return None
    return _act("Chuck the lot in the bin, mate, every last block.", binned(live), w)


def t155_qua_indian(w: World) -> Made:
    blocks = _live(w)
    return _act("Kindly put each and every block directly on the table itself, no stacks and nothing in bowls.",
                both(_flat(*blocks), _only_binned()), w)


def t155_qua_singlish(w: World) -> Made:
    tops = [t for t, _s in w.pairs()]
    if not tops:
        return None
    return _act("All the blocks sitting on top of other blocks, take down and put on the table can?",
                both(_flat(*tops), _only_binned()), w)


# ----- negated --------------------------------------------------------------------------------------
def t155_neg_brit(w: World) -> Made:
    if len(w.bowls) < 2:
        return None
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) not in w.bowls or w.state.base(b) == bowl]
    if not cands:
        return None
    b = w.rng.choice(cands)
    ok: Check = lambda _i, f: f.base(b) in f.bowls and f.base(b) != bowl
    return _act(f"Pop the {b} in one of the bowls, not the {bowl}, mind.", both(ok, _only_binned()), w)


def t155_neg_scots(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.support[b] not in _FLAT]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _act(f"Dinnae bin the wee {b}; just set it on the table.", both(_flat(b), _only_binned()), w)


def t155_neg_irish(w: World) -> Made:
    cands = [b for b in _live(w) if w.state.support[b] not in w.state.support]
    if not cands:
        return None
    b = w.rng.choice(cands)
    rest = [x for x in _live(w) if x != b]
    return _act(f"Put all the blocks in the bin except the {b}, sure that one's grand where it is.",
                both(binned(rest), kept(b)), w)


def t155_neg_aussie(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    off: Check = lambda _i, f: f.support[b] != c
    return _act(f"Get the {b} off the {c} but don't chuck it in the bin, mate.", both(off, _only_binned()), w)


def t155_neg_indian(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    out: Check = lambda _i, f: f.base(b) != bowl
    return _act(f"Kindly remove the {b} from the {bowl}, but do not put it in the dustbin.",
                both(out, _only_binned()), w)


def t155_neg_singlish(w: World) -> Made:
    if not w.in_bowls():
        return None
    loose = [b for b in _live(w) if w.state.base(b) not in w.bowls]
    if not loose:
        return None
    return _act("The blocks not in any bowl, all throw into the bin lah.",
                both(binned(loose), _only_binned(*loose)), w)


# ----- relative -------------------------------------------------------------------------------------
def t155_rel_brit(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.base(t) != BIN]
    if not pairs:
        return None
    t, c = w.rng.choice(pairs)
    bowls = _bowl_not_holding(w, t)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _act(f"Pop the block that's sat on top of the {c} into the {bowl}, ta.",
                both(_inside(t, bowl), _only_binned()), w)


def t155_rel_scots(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t) and w.state.base(t) != BIN]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    return _act(f"Tak the wee block that's under the {b} and pit it on top o' the {b} instead.",
                both(_on(c, b), _only_binned()), w)


def _apart(w: World, key, blocks: list[str], margin: float = 0.05) -> str | None:
    """The block with the smallest key, if it beats every other block by the margin."""
    if len(blocks) < 2:
        return None
    ranked = sorted(blocks, key=key)
    return ranked[0] if key(ranked[1]) - key(ranked[0]) >= margin else None


def t155_rel_irish(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    cands = [b for b in _live(w) if w.state.base(b) != bowl]
    b = _apart(w, lambda x: w.dist(x, bowl), cands)
    if b is None:
        return None
    return _act(f"Put the block nearest the {bowl} into the bin, would you.",
                both(binned([b]), _only_binned(b)), w)


def t155_rel_aussie(w: World) -> Made:
    b = _apart(w, w.y, _live(w))
    if b is None:
        return None
    bowls = _bowl_not_holding(w, b)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _act(f"Chuck the block that's furthest to the left into the {bowl}, mate.",
                both(_inside(b, bowl), _only_binned()), w)


def t155_rel_indian(w: World) -> Made:
    singles = [bw for bw in w.bowls if len(w.state.in_bowl(bw)) == 1]
    if not singles:
        return None
    bowl = w.rng.choice(singles)
    t = w.state.in_bowl(bowl)[0]
    others = [c for c in _live(w) if c != t]
    if not others:
        return None
    c = w.rng.choice(others)
    return _act(f"Kindly put the block kept in the {bowl} on top of the {c}.", both(_on(t, c), _only_binned()), w)


def t155_rel_singlish(w: World) -> Made:
    tops = [t for t, _s in w.pairs() if w.state.is_clear(t) and w.state.base(t) != BIN]
    if len(tops) != 1:
        return None
    t = tops[0]
    bowls = _bowl_not_holding(w, t)
    if not bowls:
        return None
    bowl = w.rng.choice(bowls)
    return _act(f"The block at the very top of the stack ah, put inside the {bowl} lah.",
                both(_inside(t, bowl), _only_binned()), w)


# ----- keep -----------------------------------------------------------------------------------------
def t155_keep_brit(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    b = w.rng.choice(live)
    bowls = _bowl_not_holding(w, b)
    stay = [c for c in live if c != b and _not_above(w, c, b)]
    if not bowls or not stay:
        return None
    bowl, c = w.rng.choice(bowls), w.rng.choice(stay)
    return _act(f"Pop the {b} in the {bowl}, but leave the {c} be.",
                both(_inside(b, bowl), kept(c), _only_binned()), w)


def t155_keep_scots(w: World) -> Made:
    cands = w.clear_blocks()
    if not cands:
        return None
    b = w.rng.choice(cands)
    return _act(f"Pit the {b} in the bin, but leave the rest o' the blocks where they are.",
                both(binned([b]), kept(*_others(w, b))), w)


def t155_keep_irish(w: World) -> Made:
    live = _live(w)
    if len(live) < 3:
        return None
    b, c = w.pick(live, 2)
    if w.state.support[b] == c:
        return None
    stay = [d for d in live if d not in (b, c) and _not_above(w, d, b, c)]
    if not stay:
        return None
    d = w.rng.choice(stay)
    return _act(f"Put the {b} on the {c}, and don't be touching the {d} at all.",
                both(_on(b, c), kept(d), _only_binned()), w)


def t155_keep_aussie(w: World) -> Made:
    full = [bw for bw in w.bowls if w.state.in_bowl(bw)]
    if not full:
        return None
    bowl = w.rng.choice(full)
    inside = w.state.in_bowl(bowl)
    cands = [b for b in _live(w) if b not in inside and w.state.support[b] not in _FLAT]
    if not cands:
        return None
    b = w.rng.choice(cands)
    same: Check = lambda _i, f: sorted(f.in_bowl(bowl)) == sorted(inside)
    return _act(f"Move the {b} onto the table but leave the {bowl} exactly as it is, mate.",
                both(_flat(b), same, kept(*inside), _only_binned()), w)


def t155_keep_indian(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    b = w.rng.choice(live)
    stay = [c for c in live if c != b and _not_above(w, c, b)]
    if not stay:
        return None
    c = w.rng.choice(stay)
    place = w.rng.choice(PLACES)
    return _act(f"Kindly shift the {b} to {_place_text(place)}; the {c} should remain as it is only.",
                both(rels(Rel("at", b, place)), kept(c), _only_binned()), w)


def t155_keep_singlish(w: World) -> Made:
    cands = w.clear_blocks()
    if len(cands) < 2:
        return None
    b, b2 = w.pick(cands, 2)
    return _act(f"Put the {b} and the {b2} in the bin, the other ones don't touch ah.",
                both(binned([b, b2]), kept(*_others(w, b, b2))), w)


# ----- multi_step -----------------------------------------------------------------------------------
def t155_multi_brit(w: World) -> Made:
    live = _live(w)
    if len(live) < 2 or not w.bowls:
        return None
    b, c = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    return _act(f"First pop the {b} in the {bowl}, then stick the {c} on top of it, ta.",
                both(_inside(b, bowl), _on(c, b), _only_binned()), w)


def t155_multi_scots(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    b, c = w.pick(live, 2)
    if w.state.support[b] in _FLAT:
        return None
    return _act(f"Pit the {b} on the table first, and then the {c} in the bin.",
                both(_flat(b), binned([c]), _only_binned(c)), w)


def t155_multi_irish(w: World) -> Made:
    pairs = [(t, s) for t, s in w.pairs() if w.state.is_clear(t) and w.state.base(t) != BIN]
    if not pairs:
        return None
    b, c = w.rng.choice(pairs)
    return _act(f"Take the {b} off the {c}, then put the {c} up on top of the {b}, like a good man.",
                both(_on(c, b), _only_binned()), w)


def t155_multi_aussie(w: World) -> Made:
    live = _live(w)
    if len(live) < 2 or not w.bowls:
        return None
    b, c = w.pick(live, 2)
    bowl = w.rng.choice(w.bowls)
    return _act(f"Chuck the {b} in the bin, then shove the {c} into the {bowl} and you're done, cheers.",
                both(binned([b]), _inside(c, bowl), _only_binned(b)), w)


def t155_multi_indian(w: World) -> Made:
    live = _live(w)
    if len(live) < 2:
        return None
    b, c = w.pick(live, 2)
    return _act(f"Kindly put the {b} on the table first, after that place the {c} on top of it and revert.",
                both(_flat(b), _on(c, b), _only_binned()), w)


def t155_multi_singlish(w: World) -> Made:
    cands = w.in_bowls()
    if not cands:
        return None
    b = w.rng.choice(cands)
    bowl = w.state.base(b)
    others = [c for c in _live(w) if w.state.base(c) != bowl]
    if not others:
        return None
    c = w.rng.choice(others)
    out: Check = lambda _i, f: f.base(b) != bowl
    return _act(f"First take the {b} out of the {bowl}, then put the {c} inside the same bowl lah.",
                both(out, _inside(c, bowl), _only_binned()), w)


# ----- question -------------------------------------------------------------------------------------
def t155_q_brit(w: World) -> Made:
    if not w.bowls:
        return None
    inside = w.in_bowls()
    if inside and w.rng.random() < 0.5:
        b = w.rng.choice(inside)
        bowl = w.state.base(b)
    else:
        b, bowl = w.rng.choice(w.blocks), w.rng.choice(w.bowls)
    return f"Is the {b} sat in the {bowl}, love?", answered(yes(holds(Rel("in", b, bowl), w.state)))


def t155_q_scots(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    return f"Is the {bowl} empty just now?", answered(yes(not w.state.in_bowl(bowl)))


def t155_q_irish(w: World) -> Made:
    pairs = w.pairs()
    if pairs and w.rng.random() < 0.5:
        b = w.rng.choice(pairs)[1]
    else:
        b = w.rng.choice(w.blocks)
    return f"Is there anything on top of the {b} at all?", answered(yes(not w.state.is_clear(b)))


def t155_q_aussie(w: World) -> Made:
    pairs = w.pairs()
    if not pairs:
        return None
    t, c = w.rng.choice(pairs)
    return f"What's sitting on top of the {c}, mate?", answered(_col(t))


def t155_q_indian(w: World) -> Made:
    cands = [b for b in w.blocks if w.state.support[b] not in w.state.support]
    if not cands:
        return None
    b = w.rng.choice(cands)
    return f"Kindly tell me, is the {b} kept on the table or not?", answered(yes(w.state.support[b] in _FLAT))


def t155_q_singlish(w: World) -> Made:
    if not w.bowls:
        return None
    bowl = w.rng.choice(w.bowls)
    return f"The {bowl} got how many blocks inside ah?", answered(str(len(w.state.in_bowl(bowl))))


# ----- matching -------------------------------------------------------------------------------------
def _match_all(w: World) -> Check | None:
    want = matching(w)
    if not want:
        return None
    return both(rels(*want), _only_binned())


def t155_match_brit(w: World) -> Made:
    check = _match_all(w)
    if check is None:
        return None
    return _act("Pop each block in the bowl of its own colour where there is one, ta.", check, w)


def t155_match_scots(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _act(f"Pit the wee {r.block} in the bowl that's the same colour as it, aye.",
                both(rels(r), _only_binned()), w)


def t155_match_irish(w: World) -> Made:
    clear = set(w.clear_blocks())
    want = [r for r in matching(w) if r.block in clear and not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    return _act(f"Put the {r.block} in the bowl that matches it, and leave the other blocks where they are.",
                both(rels(r), kept(*_others(w, r.block))), w)


def t155_match_aussie(w: World) -> Made:
    matched = {r.block for r in matching(w)}
    unmatched = [b for b in _live(w) if b not in matched]
    if not matched or not unmatched:
        return None
    return _act("Chuck any block that hasn't got a bowl of its own colour in the bin, mate.",
                both(binned(unmatched), _only_binned(*unmatched)), w)


def t155_match_indian(w: World) -> Made:
    want = [r for r in matching(w) if not holds(r, w.state)]
    if not want:
        return None
    r = w.rng.choice(want)
    bowl = r.target
    return _act(f"Kindly put the block whose colour is matching with the {bowl} into the {bowl}.",
                both(rels(r), _only_binned()), w)


def t155_match_singlish(w: World) -> Made:
    check = _match_all(w)
    if check is None:
        return None
    return _act("Whichever block got bowl same colour, put inside that bowl lah.", check, w)


_CATEGORIES = {
    "imperative": "imp", "declarative": "dec", "desiderative": "des", "quantified": "qua", "negated": "neg",
    "relative": "rel", "keep": "keep", "multi_step": "multi", "question": "q", "matching": "match",
}
_STYLES = ("brit", "scots", "irish", "aussie", "indian", "singlish")
FRESH155: list[Template] = [
    (f"t155_{short}_{style}", category, globals()[f"t155_{short}_{style}"])
    for category, short in _CATEGORIES.items()
    for style in _STYLES
]
