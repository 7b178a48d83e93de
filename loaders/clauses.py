"""A sentence parsed for the relation rules: its tokens, the mentions on them, its clauses, and the
preposition or verb that introduces each mention (its `marker`).

`ParsedSentence` (`loaders.ends`) adds the questions the rules ask of it.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable

from loaders.located import PLACE_NOUNS as PLACE_KINDS
from loaders.segment import Sentence
from loaders.spans import DESCRIBING_PREFIX, SENTENCE_STARTERS, Mention

__all__ = ["BE", "Clauses", "PREPOSITIONS", "QUOTES"]

TOKEN = re.compile(r"\d+(?:[,.]\d+)+|(?:[A-Z]\.){2,}|\w+(?:[-'’]\w+)*|[^\w\s]")  # "200,000" is one token: its comma ends no
# clause; "U.S." is one too: its full stops end none
PREPOSITIONS = frozenset(
    "to from of on in into against over about with by via through at for within between among toward towards "
    "near across under despite targeting like than as including amid off".split())
NOT_ROLE_BEFORE_TO = frozenset("according due owing thanks prior close next contrary".split())
NOUN_DETERMINERS = frozenset("the a an his her its their our this these those my your latter's".split())
QUANTIFIERS = frozenset("most all any some many new fresh existing further tougher".split())
#: Words that may follow a direct object without making it a modifier ("visited Peru last week").
OBJECT_FOLLOWERS = PREPOSITIONS | frozenset(
    "and or but as last this next earlier later recently yesterday today tomorrow again twice once also said says "
    "after before since until when while where which who whose that because if during following ahead alongside "
    "outside inside without throughout upon beside behind beyond regarding concerning directly personally "
    "separately privately publicly formally officially repeatedly a an the itself themselves himself herself too "
    "instead alone back already still only first just even soon early late now then there here".split())  # "branded Hamas a threat",
# "recognised Kosovo back in 2008"
SKIPPABLE = frozenset("the a an its their his her our this these those some several many all both".split())
BE = frozenset("is are was were be been being get got gets getting".split())
CLAUSE_WORDS = frozenset("that which who whom whose where whereas while but although though because unless after before when until once".split())
CLAUSE_PUNCT = frozenset(";:—–")
NUMBER_WORDS = frozenset("two three four five six seven eight nine ten eleven twelve dozens several".split())
TEMPORAL = frozenset("after before when until once".split())
#: Words that open a clause the trigger's ends do not reach into ("sold arms to Chile after Peru said ...").
SUBORDINATORS = frozenset("that which who while whereas but although because after before when unless".split())
#: Participles that open a clause of result or addition after a comma: ", making X the largest supplier".
RESULT_PARTICIPLES = frozenset("making leaving giving bringing turning".split())
#: "by officers of X": people acting for X, who is the agent.
AGENT_NOUNS = frozenset("officers officials agents members police troops forces soldiers operatives staff".split())
#: One who acts for a body: "meeting an officer of Russia's GRU" meets the GRU.
AGENT_NOUN_SINGULARS = frozenset("officer official agent member representative envoy".split())
#: "in the territory of X", "over the airspace of X": the place is X.
TERRITORY_NOUNS = frozenset("territory territories soil airspace waters coast borders border capital".split())
#: "in the port city of X", "in the southern province of X": the place is X.
PLACE_NOUNS = frozenset(PLACE_KINDS)
#: Words that open a direct object: "condemned the ...", "criticised its ...".
OBJECT_OPENERS = frozenset("the a an its their his her this these those".split())
QUOTES = frozenset(('"', "“", "'", "‘"))
#: Verbs of saying that also take a plain object: "announced new sanctions".
NOUN_OBJECT_SPEECH = frozenset("announced announce announces announcing unveiled confirmed revealed reported".split())
#: Verbs of saying that take the one addressed as their object: "warned the Philippines", "told Reuters".
ADDRESSING_SPEECH = frozenset("warned warns warn warning told tells tell telling".split())
#: Nouns of "on behalf of X", "on the orders of X": the act is done for X.
ORDER_NOUNS = frozenset("behalf instructions instruction orders order behest pay".split())


#: Auxiliaries of the perfect, after which a participle is active: "has sold", "had repeatedly protested".
PERFECT_AUXILIARIES = frozenset("has have had having 've 'd".split())
#: Verbs of taking on what another decided: "has joined EU sanctions", "applies most UN sanctions".
ADOPTING = frozenset("apply applies applied applying enforce enforces enforced enforcing implement implements "
                     "implemented implementing adopt adopts adopted adopting join joins joined joining".split())


class Clauses:
    """A sentence's tokens, the mentions on them, and clause boundaries."""

    def __init__(self, sentence: Sentence, mentions: list[Mention], speech: frozenset[str] = frozenset(),
                 collective: frozenset[str] = frozenset(), verbs: frozenset[str] = frozenset(),
                 titles: frozenset[str] = frozenset()) -> None:
        self.sentence = sentence
        self.titles = titles
        self.verbs = verbs
        self.speech = speech
        self.collective = collective
        self.text = sentence.text
        base = sentence.start
        words = TOKEN.findall(sentence.text)
        self.tokens = []
        pos = 0
        for w in words:  # offsets without a Match object per token
            pos = sentence.text.index(w, pos)
            self.tokens.append((w, base + pos, base + pos + len(w)))
            pos += len(w)
        self.lower = [w.lower() for w in words]
        self._starts = [t[1] for t in self.tokens]
        self.mentions = mentions
        self.span = []
        for m in mentions:
            i = max(0, bisect.bisect_right(self._starts, m.start) - 1)
            j = bisect.bisect_left(self._starts, m.end)
            self.span.append((i, max(j, i + 1)))
        self.clause = self._clauses()
        self.facts: dict = {}
        self.topic: Callable[[], str] = str  # the document's dominant cued type (or ""), for a sentence that names no cue
        self.focus: Mention | None = None  # the company the document is about, for a purchase that names no seller
        self.marker: list[str | None] = []
        for k in range(len(mentions)):
            self.marker.append(self._marker(k))

    def token_span(self, start: int, end: int) -> tuple[int | None, int | None]:
        a = self.sentence.start + start
        b = self.sentence.start + end
        first = bisect.bisect_left(self._starts, a)
        last = bisect.bisect_left(self._starts, b)
        if first >= last or any(s <= first < e for s, e in self.span):
            return None, None
        return first, last

    def _clauses(self) -> list[int]:
        out, c = [], 0
        self.complement: set[int] = set()  # clauses opened by "that": reported speech, a new subject
        self.complement_starts: set[int] = set()  # the first tokens of what a verb of saying says
        in_name = {i for a, b in self.span for i in range(a, b)}  # "States" in "United States" says nothing
        outer = None  # the clause a ", which ...," interrupts: "Morocco, which claims X, does not recognise Y"
        for i, tok in enumerate(self.lower):
            if i in in_name:
                out.append(c)
                continue
            if tok == "," and 0 < i < len(self.lower) - 1 and self.lower[i - 1].isdigit() and self.lower[i + 1].isdigit():
                out.append(c)  # "200,000 barrels": a number, not the end of an aside
                continue
            if tok == "," and outer is not None:
                c, outer = outer, None
                out.append(c)
                continue
            if tok in ("which", "who") and i > 0 and self.lower[i - 1] == "," and outer is None:
                outer = c
            if tok in self.speech and self._speech_opens_clause(i):
                out.append(c)  # the verb of saying belongs to its speaker's clause; what it says starts after it
                c += 1
                self.complement.add(c)
                self.complement_starts.add(i + 1)
                continue
            if self._determiner_that(i):
                out.append(c)  # "most of that power": a determiner, no clause
                continue
            if tok in CLAUSE_PUNCT or tok in CLAUSE_WORDS or \
                    (tok == "," and i + 1 < len(self.lower) and self.lower[i + 1] in ("and", "or", "but", "while")):
                c += 1
                if tok == "that":
                    self.complement.add(c)
            out.append(c)
        return out

    def _speech_opens_clause(self, i: int) -> bool:
        """"said Peru ...", "told reporters Peru ..." open a clause; "said on Monday after a visit" does not."""
        if self.lower[i] not in self.speech:
            return False
        nxt = self.lower[i + 1] if i + 1 < len(self.lower) else "."
        # "announced its own sanctions", "announced new sanctions": an object, no new clause;
        # "said those purchases would ...": what is said
        if self.lower[i] in NOUN_OBJECT_SPEECH and (nxt in NOUN_DETERMINERS or nxt in ("new", "further", "fresh", "a", "an")
                                                    or self.lower[i + 2:i + 3] in (["on"], ["against"], ["for"], ["to"])):
            return False  # "announced sanctions on X", "announced plans for": a noun object
        if self.lower[i] in ADDRESSING_SPEECH:
            return nxt == "that"  # "warned the Philippines against ...", "told Reuters": the one addressed
        return nxt in ("that", "the", "a", "an") or (nxt not in PREPOSITIONS and nxt not in OBJECT_FOLLOWERS and nxt.isalpha())

    def _marker(self, k: int) -> str | None:
        i, _ = self.span[k]
        j = i - 1
        skipped = 0
        titled = False  # skipped a capitalised title: "by President X"
        while j >= 0 and skipped <= 2:
            tok = self.lower[j]
            if tok in PREPOSITIONS:
                if tok == "of" and j >= 3 and self.lower[j - 1] in TERRITORY_NOUNS and self.lower[j - 2] == "the" \
                        and self.lower[j - 3] in PREPOSITIONS:
                    return self.lower[j - 3]  # "active in the territory of X" is "in X"
                if tok == "of" and j >= 3 and self.lower[j - 1] in PLACE_NOUNS:
                    x = j - 2  # "in the southern province of Neuquen" is "in Neuquen"
                    while x > j - 5 and x > 0 and self.lower[x] != "the" and self.tokens[x][0].islower() \
                            and self.lower[x] not in PREPOSITIONS:
                        x -= 1
                    if x > 0 and self.lower[x] == "the" and self.lower[x - 1] in PREPOSITIONS:
                        return self.lower[x - 1]
                    if x > 0 and self.lower[x] == "the" and self.lower[x - 1] in self.verbs:
                        return "obj"  # "visited the port city of X": X is the object
                if tok == "of" and j >= 2 and self.lower[j - 1] in ORDER_NOUNS and \
                        (self.lower[j - 2] in ("on", "at", "in") or (self.lower[j - 2] == "the" and j >= 3 and self.lower[j - 3] in ("on", "at", "in"))):
                    return "for"  # "on behalf of X", "on the instructions of X", "at the behest of X": done for X
                if tok == "of" and j >= 2 and self.lower[j - 1] in AGENT_NOUNS and self.lower[j - 2] == "by":
                    return "by"  # "detained by officers of the State Security Service"
                if tok == "of" and j >= 3 and self.lower[j - 1] in AGENT_NOUNS | AGENT_NOUN_SINGULARS and \
                        self.lower[j - 2] in ("a", "an", "the", "two", "three", "several", "senior") and self.lower[j - 3] in self.verbs:
                    return "obj"  # "meeting an officer of Russia's GRU": the body the officer stands for is met
                if tok == "of" and j >= 1 and self.lower[j - 1] in AGENT_NOUNS and (j == 1 or self.lower[j - 2] in (",", "the")
                                                                                    or self.lower[j - 2] in CLAUSE_WORDS):
                    return None  # "Officers of the Security Service arrested X": the service acts
                if titled and tok in ("of", "for") and j > 0 and self.lower[j - 1] in self.titles and self.tokens[j - 1][0][:1].isupper():
                    j -= 1  # "Secretary of State X", "Commissioner for Energy X": the "of" is the title's
                    continue
                if titled and tok in ("including", "like", "as"):
                    return None
                if tok == "to" and j > 0 and self.lower[j - 1] in NOT_ROLE_BEFORE_TO:
                    return "according"  # "according to", "due to": a source or a cause, never an end
                if tok == "as" and _names_as(self.lower, j):
                    return None  # "The man, named by prosecutors as X,": X is the man himself
                return tok
            if tok == "," and skipped == 0 and not (k > 0 and self.span[k - 1][1] == j):
                x = j - 1  # "on a UAE-based trading company, Sahara Horizon": the company named is still "on"
                while x > 0 and j - x <= 6 and self.lower[x] not in PREPOSITIONS and (self.tokens[x][0][:1].islower()
                                                                                       or "-" in self.tokens[x][0]):
                    x -= 1
                after = self.lower[self.span[k][1]] if self.span[k][1] < len(self.lower) else "."
                if x > 0 and self.lower[x] in PREPOSITIONS and self.lower[x + 1] in ("a", "an") and after in (",", ".", ")", ";") \
                        and not any(a <= y < b for a, b in self.span for y in range(x + 1, j)):
                    return self.lower[x]  # an apposition closes with a comma; "under a deal, Israel sold" has a subject
                titled = self._titled_apposition(k, j)
                if titled is not None:
                    return titled
            if tok == "," and k > 0 and self.span[k - 1][1] == j and skipped == 0:
                after = self.lower[self.span[k][1]] if self.span[k][1] < len(self.lower) else "."
                if after in (",", ".", ")", ";") and self.marker[k - 1] != "according" and \
                        (self.mentions[k].kind == "Person") == (self.mentions[k - 1].kind == "Person"):
                    return self.marker[k - 1]  # apposition: "in Lima, Peru," is still "in"; "to Bosnia, Igor X," is not
                return None
            if tok in ("and", "or") and skipped == 0 and k > 0 and self.span[k - 1][1] == j and self.marker[k - 1] not in (None, "obj") \
                    and self.mentions[k - 1].kind == self.mentions[k].kind:
                return self.marker[k - 1]  # "spying for Russia or Belarus": Belarus is also "for"
            if tok in self.verbs and skipped == 0 and j == i - 1 and self.lower[i - 1] not in BE:
                return "obj"  # "who visited Beijing and met X": Beijing is an object, never the subject
            if tok in ("and", "or", "but", "nor") or tok in self.verbs or tok in self.speech:
                return None  # "to meet X": X is the object of a verb, not of "to"
            before = next((q for q in range(k) if self.span[q][1] == j + 1 and self.mentions[q].attached), None)
            if before is not None:  # "from South Korea's Hyundai Rotem": look past the qualifier
                j = self.span[before][0] - 1
                if j > 0 and self.lower[j] in ("the", "a", "an") and self.lower[j - 1] in PREPOSITIONS:
                    j -= 1  # "by the French defence group KNDS France": the group named is still "by"
                continue
            if tok in self.titles and self.tokens[j][0][:1].isupper():
                titled = True
                j -= 1
                continue
            if tok in SKIPPABLE or (self.tokens[j][0].replace("-", "").isalpha() and self.tokens[j][0].islower()
                                    and tok not in CLAUSE_WORDS and tok not in BE) \
                    or (self.tokens[j][0][:1].isupper() and DESCRIBING_PREFIX.search(self.tokens[j][0])):  # "Oslo-based X"
                j -= 1
                skipped += 1
                continue
            if tok in ("'", "’", "s", "'s", "’s"):
                j -= 1
                continue
            return None
        return None

    def _titled_apposition(self, k: int, comma: int) -> str | None:
        """"with his Moroccan counterpart, X," "by Somaliland's president, X,": a person named after the title
        that a preposition introduces is introduced by it too."""
        if self.mentions[k].kind != "Person" or comma < 2 or self.lower[comma - 1] not in self.titles:
            return None
        x = comma - 1
        while x > 0 and comma - x <= 6:
            inside = next((q for q, (a, b) in enumerate(self.span) if a <= x < b), None)
            if inside is not None:
                m = self.mentions[inside]
                if not (m.attached or _determiner(m)) or not (m.possessive or m.form == "demonym"):
                    return None
                x = self.span[inside][0] - 1
                continue
            if self.lower[x] in PREPOSITIONS:
                break
            if not self.tokens[x][0][:1].islower() and self.lower[x] not in ("'s", "’s"):
                return None
            x -= 1
        after = self.lower[self.span[k][1]] if self.span[k][1] < len(self.lower) else "."
        if x > 0 and self.lower[x] in PREPOSITIONS and after in (",", ".", ")", ";") and x + 1 < comma:
            return self.lower[x]
        return None

    def _k(self, m: Mention) -> int:
        return self.mentions.index(m)

    def usable(self, k: int) -> bool:
        m = self.mentions[k]
        return not m.attached and self.marker[k] is None and not self._inside_name(k) and not _determiner(m) \
            and not self.member_states(k)

    def member_states(self, k: int) -> bool:
        """A body named before its "member states": "any United Nations member state", "EU member countries"
        are states acting on their own, not the body."""
        _, j = self.span[k]
        return self.lower[j:j + 1] == ["member"] and self.lower[j + 1:j + 2] in (
            ["state"], ["states"], ["countries"], ["country"], ["nations"], ["governments"])

    def _inside_name(self, k: int) -> bool:
        """A state name after a capitalised word is part of a longer name: "Radio Free Asia", "Bank Melli Iran"."""
        i, _ = self.span[k]
        if i == 0 or self.mentions[k].kind != "State" or self.mentions[k].form not in ("name", "alias"):
            return False
        prev = self.tokens[i - 1][0]
        if not prev[:1].isupper() or prev.lower() in SENTENCE_STARTERS or i - 1 == 0:
            return False
        return not any(a <= i - 1 < b for a, b in self.span)

    def says_something(self, char: int) -> bool:
        """Whether the verb of saying at sentence offset `char` has its own complement after a clause break
        (", and officials said those purchases would ..."), so it attributes that, not what came before."""
        k = bisect.bisect_right(self._starts, self.sentence.start + char) - 1
        if k < 1 or self.lower[k] not in self.speech or not self._speech_opens_clause(k):
            return False
        # ", and President Aleksandar Vucic said": a long name may stand between
        return any(self.lower[x] == "," for x in range(max(0, k - 6), k)) and \
            any(self.lower[x] in ("and", "but") for x in range(max(0, k - 6), k))

    def interrupted(self, a: int, b: int) -> bool:
        """Whether sentence offsets `a` and `b` lie in a ", which ...," aside and the clause around it."""
        ka = bisect.bisect_right(self._starts, self.sentence.start + a) - 1
        kb = bisect.bisect_right(self._starts, self.sentence.start + b) - 1
        if ka < 0 or kb < 0 or self.clause[ka] == self.clause[kb]:
            return False
        first = next(i for i in range(ka + 1) if self.clause[i] == self.clause[ka])
        return self.lower[first] in ("which", "who") and first > 0 and self.lower[first - 1] == ","

    def temporal_clause(self, char: int) -> tuple[int, int]:
        """The characters of the "after ..."/"when ..." clause holding sentence offset `char`, or (0, 0)."""
        k = bisect.bisect_right(self._starts, self.sentence.start + char) - 1
        if k < 0:
            return 0, 0
        c = self.clause[k]
        first = next(i for i in range(k + 1) if self.clause[i] == c)
        background = self.lower[first] in ("which", "who", "where") and first > 0 and self.lower[first - 1] == ","
        if self.lower[first] not in TEMPORAL and not background:
            return 0, 0  # neither "after X met Y" nor ", which supplies Y,": no fact the sentence takes as given
        last = max(i for i in range(first, len(self.clause)) if self.clause[i] == c)
        if background:  # ", which supplied drones to Russia," ends at its comma
            last = next((i for i in range(k, last + 1) if self.lower[i] == ","), last)
        return self.tokens[first][1] - self.sentence.start, self.tokens[last][2] - self.sentence.start

    def after_clause(self, t_start: int) -> bool:
        """Whether the trigger opens an "after ..."/"before ..." clause with no verb of its own: "after talks with X"."""
        j = t_start - 1
        while j >= 0 and (self.lower[j] in SKIPPABLE or (self.tokens[j][0].islower() and self.lower[j] not in PREPOSITIONS
                                                          and self.lower[j] not in CLAUSE_WORDS and j >= t_start - 3)):
            j -= 1
        return j > 0 and self.lower[j] in ("after", "before", "following") and self.clause[j] == self.clause[t_start]

    def to_comma(self, t_end: int, most: int) -> int:
        """Tokens from `t_end` to the next comma, at most `most`."""
        for i in range(t_end, min(len(self.lower), t_end + most)):
            if self.lower[i] == ",":
                return i - t_end
        return most

    def _modifier(self, k: int) -> bool:
        """A mention that only modifies the object after it: "US sanctions", "an independent Chinese refinery"."""
        m = self.mentions[k]
        _, j = self.span[k]
        if m.possessive or j >= len(self.tokens):
            return False
        while j + 1 < len(self.tokens) and self.lower[j] in QUOTES:
            j += 1  # "Chinese 'teapot' refinery"
        nxt, low = self.tokens[j][0], self.lower[j]
        if low in NUMBER_WORDS:
            return False  # "sold Peru six frigates", "sell the navy four more": a second object follows
        if m.form == "demonym":  # "Chilean copper" modifies; "the Ecuadorians," and "Chilean officials" do not
            return nxt.isalpha() and low not in self.collective
        # "the DPP authorities" are the DPP, as "Chilean officials" are Chile
        return nxt.isalpha() and nxt.islower() and low not in OBJECT_FOLLOWERS and low not in self.collective

    def _determiner_that(self, i: int) -> bool:
        """"most of that power", "for that gas": "that" after a preposition opens no clause."""
        return self.lower[i] == "that" and i > 0 and self.lower[i - 1] in ("of", "for", "from", "with", "by", "on", "at")

    def _forward_limit(self, t_end: int) -> int:
        start = self.clause[t_end - 1] if t_end else 0
        for i in range(t_end, len(self.lower)):
            if self.clause[i] < start:
                return i  # ", which pumps oil in Alberta, sold cargoes to X": the aside ends at its comma
            if self.lower[i] in CLAUSE_PUNCT or (self.lower[i] in SUBORDINATORS and not self._determiner_that(i)) or \
                    (i > t_end and self.clause[i] != start and i in self.complement_starts) or \
                    (self.lower[i] == "as" and self.lower[i - 1] == "," and self.lower[i + 1:i + 2] != ["well"]):
                return i  # "rejected the criticism, saying Iran ...", "..., as Washington steps up": another clause
            if self.lower[i] == "," and self.clause[i] < start:
                return i  # "X, which keeps a presence at Y, fired at Z": the aside ends at its comma
            if self.lower[i] == "," and i + 1 < len(self.lower) and self.lower[i + 1] in RESULT_PARTICIPLES:
                return i  # "will be delivered to the terminal, making Qatar a supplier to Germany": a result clause
        return len(self.lower)

    def noun_context(self, t_start: int) -> bool:
        """Whether the trigger word is a noun here: after a determiner or a possessive ("the visit", "Peru's purchase")."""
        j = t_start - 1
        if j >= 0 and self.lower[j] == "to" and self.lower[t_start] in self.verbs and not self.lower[t_start].endswith("s"):
            return False  # "continues to supply Cuba": an infinitive
        if t_start == 0 or (self.lower[t_start].endswith("s") and self.lower[t_start + 1:t_start + 2] == ["of"]):
            return True  # "Exports of crude from Iraq rose": no verb opens a sentence or takes "of"
        if j >= 0 and self.lower[t_start].endswith("s") and self.lower[j].endswith("ed") and self.lower[j].isalpha() \
                and not any(a <= j < b for a, b in self.span):
            return True  # "announced sanctions against X": no verb in -s follows one in -ed
        while j >= 0 and j >= t_start - 4:
            tok, low = self.tokens[j][0], self.lower[j]
            owner = next((k for k, (a, b) in enumerate(self.span) if a <= j < b), None)
            if owner is not None:
                a = self.span[owner][0]
                if self.mentions[owner].possessive or self.mentions[owner].form == "demonym":
                    return True  # "Putin's visit", "German imports"
                # "under UN Security Council sanctions": a body naming whose; "which it supplies": a subject
                # "most EU sanctions", "the UN arms embargo": a body after a quantifier, a noun between
                return (j == t_start - 1 or all(self.tokens[x][0].isalpha() and self.tokens[x][0].islower()
                                                for x in range(j + 1, t_start))) and a > 0 \
                    and (self.lower[a - 1] in PREPOSITIONS or self.lower[a - 1] in NOUN_DETERMINERS or self.lower[a - 1] in QUANTIFIERS
                         or self.lower[a - 1] in ADOPTING)  # "has joined EU sanctions"
            if low in CLAUSE_WORDS:
                return False
            if low in NOUN_DETERMINERS or low.endswith(("'s", "’s")) or low in ("'", "’") or low in PREPOSITIONS:
                return True
            if any(b == j + 1 and self.mentions[k].form == "demonym" for k, (a, b) in enumerate(self.span)):
                return True  # "German imports"
            if not (tok.isalpha() or "-" in tok) or not tok.islower() or low in ("to", "will", "would", "can", "could", "may", "might", "should", "must", "did", "does", "do", "not", "never"):
                return False
            j -= 1
        return False

    def gerund_with_object(self, t_start: int) -> bool:
        """"suspected of meeting an officer", "after meeting Peru's minister": an -ing form with an object is a verb."""
        return self.lower[t_start].endswith("ing") and t_start + 1 < len(self.lower) and \
            (self.lower[t_start + 1] in ("a", "an", "the", "his", "her", "their", "its") or any(a == t_start + 1 for a, _ in self.span))

    def blocked(self, t_start: int, blocking: frozenset[str]) -> bool:
        """A relation noun after "banned", "halted", "cut" ... is being stopped, not stated."""
        lo = max(0, t_start - 4)
        words = self.lower[lo:t_start]
        # "a travel ban and asset freeze": a blocking word listed with the trigger does not govern it
        listed = [self.lower[lo + x + 1] in ("and", "or", ",") for x in range(len(words))]
        return any(w in blocking and not listed[x] for x, w in enumerate(words)) or \
            any(" ".join(pair) in blocking and not listed[x + 1] for x, pair in enumerate(zip(words, words[1:])))

    def perfect(self, t_start: int) -> bool:
        """Whether the participle at `t_start` follows "has", "have", "had" or "having" (adverbs between): an active verb."""
        j = t_start - 1
        while j >= 0 and j >= t_start - 3 and self.lower[j].endswith("ly") and self.lower[j].isalpha():
            j -= 1
        return j >= 0 and self.lower[j] in PERFECT_AUXILIARIES

    def passive(self, t_start: int) -> bool:
        j = t_start - 1
        while j >= 0 and j >= t_start - 3:
            if self.lower[j] in BE:
                # "had not been consulted and criticised the EU": a verb after "and" with an object of its own is active
                joined = "and" in self.lower[j:t_start] or "or" in self.lower[j:t_start]
                return not (joined and t_start + 1 < len(self.lower) and self.lower[t_start + 1] in OBJECT_OPENERS)
            if not self.lower[j].isalpha():
                return False
            j -= 1
        return False


def _determiner(m: Mention) -> bool:
    """"his", "her" before a noun: a possessor, never an end on its own."""
    return m.form == "pronoun" and m.possessive


def _names_as(lower: list[str], j: int) -> bool:
    """Whether the "as" at `j` ends "named (by prosecutors) as", "identified as": what follows is a name."""
    for x in range(j - 1, max(-1, j - 5), -1):
        if lower[x] in ("named", "identified"):
            return True
        if lower[x] == "," or lower[x] in CLAUSE_PUNCT:
            return False
    return False
