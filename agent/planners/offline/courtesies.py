"""A courtesy that asks nothing: 'if it is no trouble', 'if that's not too much of a bother for you'. One pattern, read
where a message is calmed (`moods`), cleaned (`fillers`), framed as a question (`question_frames`) and read for its
outcome (`outcomes`)."""

from __future__ import annotations

NO_TROUBLE = (r"if (?:it|that|this)(?:['\u2019 ])?(?:s| is| would be) (?:no|not(?: too| that)?(?: much)?(?: any)?(?: of)?(?: a)?) "
              r"(?:trouble|bother|problem|hassle)(?: (?:for|to|with|by) you)?(?: at all)?"
              r"(?:,? (?:and|which) (?:it|that) (?:shouldn['\u2019 ]?t|should not|won['\u2019 ]?t|will not|isn['\u2019 ]?t|is not)(?: be)?)?")  # ', and it shouldn't be'
