"""Words from another language dropped into an English request by a bilingual speaker: a greeting or a filler ('Bueno,',
'Allora,', 'Olha,'), politeness ('por favor', 'bitte', "s'il vous plaît", 'grazie'), yes and OK ('sí', 'ja', 'oui', 'tá
bom'), a time word ('ahora', 'jetzt', 'vite'), an exclamation ('ay', 'mamma mia', 'oh là là') and a term of address
('amigo', 'mein Freund'). None of them says what to do, so they are taken out and the English is read. A 'no' in any
language stays: it may be the negation or the correction the request hangs on. A request mostly in another language is
`context.foreign`'s. Read by `goals` on the raw text, before anything reads the words."""

from __future__ import annotations

import re

from agent.regex import rx

_WORDS = (
    # Spanish
    "por favor", "porfa", "muchas gracias", "gracias", "bueno", "oye", "oiga", "mira", "vale", "venga", "ahora mismo", "ahorita", "ahora", "mi amigo",
    "amigo", "amiga", "hola", "pues", "sí", "claro", "órale", "ándale", "rápido", "señor", "señora", "ay", "vamos", "entonces",
    # German
    "bitte schön", "bitte", "danke schön", "dankeschön", "vielen dank", "danke", "genau", "jetzt", "schnell", "mein freund", "meine freundin",
    "na ja", "naja", "ach", "ja", "sehr gut", "also gut", "los", "sag mal", "schau mal", "komm schon",
    # French
    "s'il vous plaît", "s'il te plaît", "merci beaucoup", "merci", "oui", "vite", "maintenant", "mon ami", "mon amie", "oh là là", "oh la la",
    "voilà", "alors", "d'accord", "dis-moi", "dis donc", "écoute", "très bien", "allez", "bref", "bon",
    # Italian
    "per favore", "grazie mille", "grazie", "mamma mia", "allora", "senti", "dai", "subito", "ecco", "amico", "amica", "prego", "va bene",
    "adesso", "presto", "ciao", "perfetto",
    # Portuguese
    "obrigado", "obrigada", "olha", "nossa", "tá bom", "tá", "beleza", "agora", "sabe", "né", "valeu", "meu amigo", "cara", "tudo bem", "então", "pois",
)
_WORD_RE = re.compile(r"(?<![\w'])(?:" + "|".join(re.escape(w) for w in sorted(_WORDS, key=len, reverse=True)) + r")(?![\w'])", re.IGNORECASE)
_FIRST = frozenset(w.split()[0].split("'")[0] for w in _WORDS)  # a quick look before the pattern: one of these words is there
# 'also' is German only before a comma or a colon at the start: 'Also, ja, stack them'
_ALSO_RE = re.compile(r"^\s*also\s*[,:]\s*(?=\w)", re.IGNORECASE)


def english_only(instruction: str) -> str:
    """The request without the words of another language in it; the instruction itself when it has none (or when
    taking them out would leave nothing)."""
    if _FIRST.isdisjoint(rx(r"[^\W\d_]+").findall(instruction.lower())) or not _WORD_RE.search(instruction):
        return instruction
    text = _WORD_RE.sub(" ", _ALSO_RE.sub("", instruction) if rx(r"(?i)\b(?:ja|genau|bitte|danke|jetzt)\b").search(instruction) else instruction)
    text = rx(r"\s+([,.;:!?])").sub(r"\1", rx(r"[ \t]+").sub(" ", text))  # what the words left: 'Oui, , ja: put ...'
    text = rx(r"[,;:-]+(?=[,;:.!?])|(?<=[.!?])[,;:.!?-]+").sub("", text)
    text = rx(r"^[\s,;:.!?-]+|(?<=[.!?])\s*[,;:-]+\s*").sub("", text)
    text = rx(r"[\s,;:-]+$").sub("", text).strip()
    return text[0].upper() + text[1:] if rx(r"\w").search(text) else instruction
