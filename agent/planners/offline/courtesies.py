"""A courtesy that asks nothing: 'if it is no trouble', 'if that's not too much of a bother for you', read where a
message is calmed (`moods`), cleaned (`fillers`), framed as a question (`question_frames`) and read for its outcome
(`outcomes`); and a go-ahead that adds nothing to what was said ('Make it so.', 'Go on then.'), read after a question
(`tag_questions`) and after a wish (`discourse`)."""

from __future__ import annotations

import re

NO_TROUBLE = (r"if (?:it|that|this)(?:['\u2019 ])?(?:(?:s| is| would be) (?:no|not(?: too| that)?(?: much)?(?: any)?(?: of)?(?: a)?)|(?: would not be| wouldn['\u2019 ]?t be| is not| isn['\u2019 ]?t)"
              r"(?: too| that)?(?: much)?(?: of)?(?: a)?) "
              r"(?:trouble|bother|problem|hassle)(?: (?:for|to|with|by) you)?(?: at all)?"
              r"(?:,? (?:and|which) (?:it|that) (?:shouldn['\u2019 ]?t|should not|won['\u2019 ]?t|will not|isn['\u2019 ]?t|is not)(?: be)?)?")  # ', and it shouldn't be'

# a go-ahead: 'Make it so.', 'Sort that out.', 'Go on then.', 'Do it now.', "That's how it should be, so ..."
GO_AHEAD_RE = re.compile(
    r"\W*(?:(?:so|then|and|ok|okay|well|now|yes|right|please|i still do|that['\u2019]?s how it should be|that is how it should be|that['\u2019]?s "
    r"what i want)\b,?\s*)*(?:make (?:it|that|this) (?:so|happen)|sort (?:it|that|this) out|see to (?:it|that|this)|go on|go ahead|go for it|"
    r"do (?:it|that|this|so)|off you go|make sure (?:it is|it['\u2019]s|it does|they are|they['\u2019]re|of (?:it|that))|fix (?:it|that|this)|"
    r"get on with it|please do|carry on|get to it|on you go|get going|get it done|crack on)\b(?:\s*(?:now|then|please|already|for me)\b)*[\s,]*"
    r"(?:and |so )?", re.IGNORECASE)
