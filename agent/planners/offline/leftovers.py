"""The blocks a job leaves over ('the rest', 'the leftovers', 'any left over', 'no match'), said as a topic before a colon
or a question mark ('Leftovers? Into the bin.', 'The rest: bin them.', 'No match? Leave it where it is.'): never a label to
drop (`notation`), a topic asked before its step (`conditions`), and what a colour sort said before it leaves (`learners`)."""

from __future__ import annotations

LEFT = (r"(?:the |any |all the |all )?(?:rest|others|remainder|leftovers?|left ?overs|spares?|extras?|odd ones? out|unmatched(?: blocks| ones)?|"
        r"(?:other )?(?:blocks?|ones?) (?:left(?: over)?|remaining|spare|(?:without|with no) (?:a )?match(?:ing bowl)?))|any (?:left(?: over)?|remaining|spare)|"
        r"anything (?:else|left(?: over)?)|everything else|(?:whatever|what) (?:is |s |'s )?left(?: over)?|no match(?:ing bowl)?|(?:any|a) (?:block|one) (?:without|with no) (?:a )?match(?:ing bowl)?")
# What may follow such a topic: a step on 'them' or 'it', or only where they go ('Leftovers? Into the bin.').
LEFT_STEP = r"(?=[^.;?!:]*\b(?:them|it)\b|(?:(?:straight|right|just|all) )?(?:into|in|onto|on|to|back|off|out)\b)"
