"""The robot's hand, said the way people talk about it, each said as the goal the clause reader knows. Holding: 'keep it
in your hand', 'keep hold of X', 'hold on to it', "don't let go", 'X should be in your gripper when you're done' ('hold
X'), 'take X off Y and keep it in your hand' (X held: off Y already). Letting go: 'let go of X over the bin', 'move it
over W and let go' ('put X in W'). Handing over: 'hand me X by putting it in the middle', 'hand me X: put it in the
corner' ('put X in the middle'). An empty hand at the end is how every plan ends: 'your gripper is empty at the end'
says nothing more. Read first among `spelling.CASUAL`'s rules, before 'and keep it' is dropped as filler;
`HANDS_ASKED` reads the same words in questions ('are you holding on to a block?', 'could you pick up X right away?')."""

from __future__ import annotations

_X = r"(it|them|the \w+ (?:block|cube)|each one|each)"  # what is held
_HAND = r"(?:your|the|its|my|the robot s) (?:hand|gripper|grip|grasp|claw|fingers)"
_HOLD = r"(?:keep (?:a )?hold of|keep (?:on )?holding(?: on to| onto)?|keep a (?:firm )?grip on|hold on to|hold onto|hang on to|hang onto)"
_OVER = r"(?:over|above|right above|directly above|just above)"

HANDS: tuple[tuple[str, str], ...] = (
    (rf"\bkeep {_X} (?:in|inside) {_HAND}\b", r"hold \1"),
    (rf"\b{_HOLD} {_X}", r"hold \1"),
    (rf"\bhold {_X} (?:up )?(?:in the air|up high|aloft|up)\b", r"hold \1"),
    (rf"\b(the \w+ (?:block|cube)) (?:should be|is|must be|stays|should stay) (?:(?:out of|off) the \w+ \w+,? and )?(?:in|inside) {_HAND}\b",
     r"hold \1"),  # 'X is out of W and in your hand'
    (r",? and (?:you are |you re )?still holding (it|the \w+ (?:block|cube))(?: when you (?:finish|are done|are finished))?\b", r" and hold \1"),
    (r",? and (?:do not|don t|never) (?:let go|let it go|put it down|release it|drop it)(?: of it)?(?: again)?(?: after that)?(?=\s*(?:$|[,.;:]))", " and hold it"),
    (r"\b(?:take|lift|grab|get|fish|pick up|pick) (the \w+ (?:block|cube)) (?:up )?(?:off|out of|from) (?:the (?:\w+ ){0,2}\w+|it) and (?:then )?hold (?:it|\1)(?: for me)?(?=\s*(?:$|[,.;]))",
     r"hold \1"),  # 'take X off Y and keep it in your hand': held, so off Y
    # letting go over a place: put it there
    (rf"\b(?:let go of|release|drop) {_X} {_OVER} (the bin|the \w+ bowl)\b", r"put \1 in \2"),
    (rf"\b(?:let go of|release|drop) {_X} {_OVER} (the \w+ (?:block|cube))\b", r"put \1 on \2"),
    (rf"\b(?:move|carry|take|bring|hold) {_X} {_OVER} (the bin|the \w+ bowl),? (?:and |then |and then )?(?:let go|let it go|release it|drop it|"
     r"let go of it|open (?:your|the) gripper)\b", r"put \1 in \2"),
    (r",? (?:so that|so) (?:it|they) (?:drops?|falls?|lands?) in(?:to it| there)?(?=\s*(?:$|[,.;]))", ""),  # '..., so that it drops in'
    (rf"\b(?:carry|take|bring|move) {_X} (?:over )?(?:to|towards) (the bin|the \w+ (?:bowl|block|cube)),? and (?:only )?(?:let go|release it|drop it|let it go)"
     r"(?: of it)?(?: once [^.;,]*| when [^.;,]*| there| in(?: there)?(?=\s*(?:$|[,.;])))?", r"move \1 to \2"),  # 'carry X over to W and only let go of it once it is above W'
    (rf"\b(?:let go of|release) {_X} (?=in\b|into\b|onto\b|on\b|at\b|anywhere\b|somewhere\b)", r"put \1 "),  # 'let go of it into W'
    # handing over, said with where it goes
    (r"\bhand (?:me |over |it over to me |it to me )?(the \w+ (?:block|cube)|it|every [^,:;]+?)(?: over)?(?: to me)?,? (?:by|through) (?:putting|placing|"
     r"leaving|setting|dropping) (?:it|them) ", r"put \1 "),
    (r"\bhand (?:me |over )?(the \w+ (?:block|cube)|every [^,:;]+?)(?: over)?(?: to me)?\s*[:;,]\s*(?:just )?(?:put|place|leave|set) (?:it|them) ", r"put \1 "),
    # an empty hand at the end is how every plan ends
    (rf"(?:^|,? and |,? with |,? )(?:{_HAND} (?:is|should be|must be|ends up|is left) empty|nothing is (?:left )?in {_HAND}|(?:with )?an empty (?:hand|"
     r"gripper))(?: at the end| when you are done| afterwards)?(?=\s*(?:$|[,.;]| and\b))", ""),
)

HANDS_ASKED: tuple[tuple[str, str], ...] = (
    (r"^(is there (?:a|any) block) (?:sitting |resting |stacked )?on (the \w+ block),? (?:that|which) (?:you|i|we) (?:would |will |d )?(?:have|need) to "
     r"(?:move|take|lift|get)(?: out of the way| off| away)? before (?:picking|lifting|grabbing|taking) (?:it|that block) up(?=\W*$)", r"\1 on \2"),
    (r"\bholding (?:on to|onto)\b", "holding"),
    (r"\s+for you to (?:lift|pick|take|grab|get)(?: up| out)?(?= ?\?|$)", ""),
    (r"^if i (?:asked|told) you to (?:pick up|lift|grab|take|pick) (the \w+ block),? (?:could|can|would) you (?:do (?:it|that|so)|manage(?: it)?)"
     r"(?: right away| straight away| immediately| now| at once)?(?:,? without [^?]*)?\?*$", r"is \1 clear?"),
    (r"^how many blocks (?:could|can) you (?:grab|pick up|lift|take|pick)(?: up)?(?: right away| straight away| immediately| now| at once)?"
     r"(?:,? without [^?]*)?\?*$", "how many blocks are clear?"),
    (r"^if i (?:asked|told) you to [^,?]*?(the \w+ block)[^,?]*?,? how many blocks would you (?:have|need) to (?:move|take|lift)(?: off| off of)"
     r" (?:it|that block)(?: first)?\?*$", r"how many blocks are above \1?"),
)
