"""Words of a sentence that belong to a clause other than the trigger's: a relative clause on the object
("sanctioned a firm that is accused of ..."), an aside on the subject ("X, a firm that reportedly flew
arms, was blacklisted"), a suspicion describing a person ("a man suspected of spying, X, was detained").
An allegation or a saying there says nothing of the trigger's own modality.

>>> in_aside("X, a firm that reportedly flew arms to Y, was blacklisted.", 17, 45)
True
"""

from __future__ import annotations

import re

__all__ = ["RELATIVE_SAYING", "allegation_elsewhere", "describes_a_noun", "in_aside", "in_quotation"]

RELATIVE = re.compile(r"\b(?:that|which|who|whom)\b", re.I)
#: A relative clause between an allegation and the trigger: "who"/"which", or "that" after a noun that takes
#: no "that"-clause of its own ("the ceiling that the G7 imposed", not "the claim that ...")
WH_RELATIVE = re.compile(r"(?:,\s*|\b)(?:which|who|whom)\b|\b(?:the|a|an|its|their)\s+(?:[\w$-]+\s+){0,2}?"
                         r"(?!(?:report|reports|claim|claims|allegation|allegations|suggestion|suggestions|statement|"
                         r"fact|idea|view|belief|evidence|news|accusation|accusations|charge|charges)\s)[a-z][\w-]*\s+that\b",
                         re.I)
#: "... that it says", "... which officials said": a saying inside a relative clause on the object
RELATIVE_SAYING = re.compile(r"\b(?:that|which|who|whom)\s+(?:\w+\s+){1,2}$", re.I)
#: "arrested a man suspected of spying": the suspicion is the object's, not the arrest's
REDUCED_RELATIVE = re.compile(r"(?:suspected|accused)\s+of\b", re.I)
#: "arrested X on suspicion of spying": what X is suspected of is alleged, the arrest is not
SUSPICION = re.compile(r"suspicion\s+of\b", re.I)
#: Words before such a participle that make it a verb of its own clause ("was accused of", "who is suspected of").
NOT_A_NOUN = frozenset("is are was were be been being has have had who which that also not it they he she we "
                       "formally publicly repeatedly widely long".split())


def describes_a_noun(text: str, at: int) -> bool:
    """"A man suspected of spying, X, was arrested": the suspicion describes the man (what he is suspected
    of is alleged, his arrest is not); "Iran was accused of ..." accuses the subject."""
    if not REDUCED_RELATIVE.match(text, at):
        return False
    before = text[:at].split()
    return bool(before) and before[-1].isalpha() and before[-1].islower() and before[-1] not in NOT_A_NOUN


def in_aside(text: str, at: int, trigger_char: int, speech: frozenset[str] = frozenset()) -> bool:
    """Whether `at` lies in a relative clause closed by a comma before the trigger: "X, a firm that
    reportedly flew arms to Y, was blacklisted"; "told NRK that X was suspected of ..., including trips"
    is what is said (a "that" after a verb of `speech`), no aside."""
    opened = text.rfind(",", 0, at)
    if "," not in text[at:trigger_char]:
        return False
    for match in RELATIVE.finditer(text, max(opened, 0), at):
        before = text[:match.start()].split()[-4:]
        if match.group(0).lower() != "that" or not any(w.lower().strip(",") in speech for w in before):
            return True
    return False


def allegation_elsewhere(text: str, at: int, trigger_char: int, speech: frozenset[str] = frozenset()) -> bool:
    """Whether the allegation word at `at` belongs to another clause than the trigger at `trigger_char`:
    before it, a main clause the trigger's relative clause hangs on ("was allegedly run by X, who was
    detained"), an aside, a suspicion describing someone; after it, a later clause or a relative clause
    on the object ("sanctioned a firm that is accused of ...", "arrested a man suspected of ...").

    >>> allegation_elsewhere("Japan sanctioned a firm that is accused of smuggling.", 33, 6)
    True
    >>> allegation_elsewhere("Iran allegedly sold drones to Russia.", 5, 15)
    False
    """
    if at < trigger_char:
        return bool(WH_RELATIVE.search(text, at, trigger_char)) or in_aside(text, at, trigger_char, speech) \
            or ("," in text[at:trigger_char] and describes_a_noun(text, at))
    return "," in text[trigger_char:at] or bool(RELATIVE.search(text, trigger_char, at)) or bool(REDUCED_RELATIVE.match(text, at)) \
        or bool(SUSPICION.match(text, at))


def in_quotation(before: str) -> bool:
    """Whether text ending in `before` is inside a quotation that opens a sentence or a clause ('"We sell ...',
    'he said: "We sell ...'); scare quotes round a phrase ('its "maximum pressure" campaign') are no one's word."""
    if before.count('"') % 2 == 1:
        opened = before.rfind('"')
    elif before.count("“") > before.count("”"):
        opened = before.rfind("“")
    else:
        return False
    return before[:opened].rstrip()[-1:] in ("", ":", ",")
