"""The other forms a body's name takes: a firm's legal forms ("Co., Ltd.", "PJSC", "S.A.") and the name
without them, "Corp" and "Corporation", "X Group" and "X", "Tehran University" and "University of Tehran".

Mention finding keeps a firm's legal forms in its name as written (`legal_tails`); resolution and the actor
records use the other forms (`legal_base`, `legal_forms`, `university_forms`) so that later and
cross-document mentions find the same actor.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.spans import Mention

__all__ = ["LEGAL_FORMS", "LEGAL_SUFFIXES", "legal_base", "legal_forms", "legal_tails", "university_forms"]

#: A company's legal form after its name, written without dots ("S.A." is "SA", "K.K." is "KK"); several may
#: follow one another ("Co., Ltd.", "Sdn Bhd", "Pty Ltd").
LEGAL_SUFFIXES = ("Corp", "Corporation", "Inc", "Incorporated", "Ltd", "Limited", "LLC", "PLC", "plc", "SA", "AG", "GmbH",
                  "NV", "AB", "ASA", "JSC", "PJSC", "OJSC", "OAO", "PAO", "ZAO", "CJSC", "Co", "AS", "Oy", "Oyj", "SpA",
                  "BV", "SAS", "SARL", "SRL", "Srl", "KK", "Pte", "Pty", "Bhd", "Sdn", "Tbk", "LLP", "SE", "SpC", "Ltda",
                  "SL", "OOO", "KG", "AŞ", "Plc", "LP")
#: The same legal forms, to look a word up in.
LEGAL_FORMS = frozenset(LEGAL_SUFFIXES)
#: The last word of a name and what stands before it: "Co., Ltd." is two words, "S.A." one.
LAST_LEGAL_WORD = re.compile(r"(?P<gap>\.?,?\s+)(?P<word>[^\W\d_][^\W\d_.]*(?:\.[^\W\d_]+)*)\.?$")
#: "Group" or "Holdings" after a company's own name: "MVM Group" is also "MVM".
GROUP_TAIL = re.compile(r"\s+(?:Group|Holdings?)$")
#: The long and short spelling of the legal forms that have both.
LEGAL_SPELLINGS = {"Corp": "Corporation", "Corporation": "Corp", "Co": "Company", "Company": "Co", "Inc": "Incorporated",
                   "Incorporated": "Inc", "Ltd": "Limited", "Limited": "Ltd"}
#: A legal form after a firm's name, with its stop and comma: "., Ltd.", " S.A.", " PJSC".
LEGAL_TAIL = re.compile(r"\.?,?[ \t]+(?P<word>[A-Z][^\W\d_]{0,4}(?:\.[^\W\d_]{1,2})*\.?|plc)(?![\w-])")


def legal_tails(text: str, mentions: list[Mention]) -> list[Mention]:
    """"Huaxin Petroleum Trading Co., Ltd.": the legal forms after a firm's name, commas and stops too, are
    part of it as written; a last stop is kept only when the sentence goes on ("Corp. expected to")."""
    out = list(mentions)
    for k, m in enumerate(mentions):
        if m.kind != "Company":
            continue
        end = m.end
        limit = mentions[k + 1].start if k + 1 < len(mentions) else len(text)
        while True:
            tail = LEGAL_TAIL.match(text, end, limit)
            if tail is None or tail.group("word").replace(".", "") not in LEGAL_FORMS:
                break
            end = tail.end()
        if end == m.end:
            continue
        if text[end - 1] == "." and not re.match(r"[,;:]|[ \t]+[a-z(]", text[end:end + 2]):
            end -= 1  # the stop ends the sentence too
        name = text[m.start:end]
        out[k] = replace(m, end=end, text=name, key=m.key if m.known else f"new:Company:{name}")
    return out


def legal_base(name: str) -> str:
    """A company's name without the legal forms that end it; the name itself when nothing would be left
    but one word, or when a link word would end it ("Smith & Co").

    >>> legal_base("Huaxin Petroleum Trading Co., Ltd.")
    'Huaxin Petroleum Trading'
    >>> legal_base("Inter RAO PJSC"), legal_base("Banco Andino S.A."), legal_base("Ortega & Co")
    ('Inter RAO', 'Banco Andino', 'Ortega & Co')
    """
    base = name.rstrip(". ")
    while True:
        match = LAST_LEGAL_WORD.search(base)
        if match is None or match.group("word").replace(".", "") not in LEGAL_FORMS:
            break
        rest = base[:match.start()]
        if " " not in rest.strip() and len(rest) < 4 or rest.split()[-1] in ("&", "and", "of", "the"):
            break
        base = rest
    return base if base != name.rstrip(". ") else name


def legal_forms(name: str) -> list[str]:
    """The other forms of a company's name that refer to it: without its legal forms, with its first legal form
    spelt the other way ("Corp" and "Corporation"), and without "Group" or "Holdings" ("MVM Group" is "MVM").

    >>> legal_forms("China Nuclear Fuel Corp.")
    ['China Nuclear Fuel', 'China Nuclear Fuel Corporation']
    >>> legal_forms("Huaxin Petroleum Trading Co., Ltd.")
    ['Huaxin Petroleum Trading', 'Huaxin Petroleum Trading Co', 'Huaxin Petroleum Trading Company']
    >>> legal_forms("Adani Group"), legal_forms("Rosatom")
    (['Adani'], [])
    """
    base = legal_base(name)
    out = []
    if base != name:
        out.append(base)
        first = re.match(r"\.?,?\s+(?P<word>[A-Za-z][A-Za-z.]*?)\.?(?=[\s,]|$)", name[len(base):])
        if first is not None:
            word = first.group("word")
            if name.rstrip(". ") != f"{base} {word}".rstrip("."):
                out.append(f"{base} {word}")
            if word in LEGAL_SPELLINGS:
                out.append(f"{base} {LEGAL_SPELLINGS[word]}")
    group = GROUP_TAIL.search(base)
    if group is not None and base[:group.start()].strip():
        out.append(base[:group.start()])
    return out


#: "Tehran University" and "University of Tehran": a university named both ways.
UNIVERSITY_BEFORE = re.compile(r"(?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?) University")
UNIVERSITY_AFTER = re.compile(r"University of (?P<place>[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?)")


def university_forms(name: str) -> list[str]:
    """The other English order of a university's name.

    >>> university_forms("Tehran University"), university_forms("University of Nairobi")
    (['University of Tehran'], ['Nairobi University'])
    """
    before = UNIVERSITY_BEFORE.fullmatch(name)
    if before:
        return [f"University of {before['place']}"]
    after = UNIVERSITY_AFTER.fullmatch(name)
    return [f"{after['place']} University"] if after else []
