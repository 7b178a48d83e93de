"""Bodies found by the shape of their names and the words around them: "Ministry of Defence",
"the utility Naturgy", "MVM, the gas company", "France's Orano", "Peru's state oil company".

`BodyFinder` is mixed into `MentionFinder` (`loaders.mentions`), whose constructor builds the
patterns and tables these methods read from the ontology's lexicon.
"""

from __future__ import annotations

import re
from dataclasses import replace

from loaders.forms import LEGAL_FORMS
from loaders.spans import (BODY_KINDS, DESCRIBING_PREFIX, POSSESSIVE_SPACE, SENTENCE_STARTERS, UPPER, WORD_RUN, Mention,
                           _Index)

__all__ = ["BodyFinder"]

POSSESSOR_LINK = re.compile(r"\s+(?:of|for|on)\s+(?=[A-Z][\w-]*['’]s\s)")
THE_LINK = re.compile(r"\s+(?:of|for)\s+the\s+")
LINKED_REST = re.compile(r"(?:['’]s)?\s+(?:and|&|of|for)\s+")
QUALIFIER_GAP = re.compile(r"(?:['’]s)?\s+$")
LAST_OF = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>(?:(?!\s+of\s).)+)$")  # "Ministry of Foreign Affairs [of Cuba]"
BODY_OF_STATE = re.compile(r"\s+of\s+(?:the\s+)?(?P<state>\S.*)")
SITE_HEADS = frozenset("terminal terminals port ports field fields region province state district city town "
                       "coast basin border airport base harbour harbor pipeline mine mines dam reactor station plant "
                       "peninsula valley river strait sea gulf bay island islands islets reef atoll canal corridor".split())
#: "the Franco-Mongolian venture", "a Sino-Russian firm": two peoples' adjectives joined describe a body, they name none
JOINED_ADJECTIVE = re.compile(r"[A-Z][a-z]+-[A-Z][a-z]+(?:an|ese|ish|ic|i)")
#: Nouns for a people, not a body: "Azerbaijan's Shiite community"
POPULATION_NOUNS = frozenset("community communities minority minorities majority population people diaspora voters "
                             "citizens".split())
#: "African", "European": a continent's adjective describes a body, it names none ("a European utility")
CONTINENTAL = frozenset("african american asian european arab latin nordic western eastern northern southern gulf "
                        "baltic balkan".split())
OWNED_NAME = re.compile(rf"\s+(?:state-owned\s+|state\s+)?(?P<name>[{UPPER}][\w&\-]*(?:\s+[{UPPER}][\w&\-]*){{0,2}})"
                        r"(?=[\s,.;:)\"”’]|$)(?:\s+(?P<noun>[a-z]+))?")
LIST_ITEM = rf"[{UPPER}][\w&’'\-]*(?:[ \t]+[{UPPER}][\w&’'\-]*){{0,3}}"
#: "Volga Commercial Bank, Sibirsky Kredit and Uralpromtorgbank": names joined by commas and "and"
NAME_LIST = re.compile(rf"(?<![\w&’'\-]){LIST_ITEM}(?:,[ \t]+{LIST_ITEM})*,?[ \t]+and[ \t]+{LIST_ITEM}(?![\w&’'\-])")
LIST_SEPARATOR = re.compile(r",?[ \t]+and[ \t]+|,[ \t]+")
#: "Gazprom Neft": one capitalised word after a firm's name, then no other capitalised word
FIRM_UNIT = re.compile(rf"[ ](?P<word>[{UPPER}][\w\-]*[\w])(?=(?:['’]s)?[,.;:)]|(?:['’]s)?\s+[a-z0-9(\"“])")
LEGAL_WORDS = LEGAL_FORMS | frozenset("Group Holding Holdings".split())  # a firm's legal form, or "Group"
#: Head words of broadcasters, and the words that only say who owns one ("State TV", "Public Radio").
MEDIA_HEADS = frozenset("TV Television Radio Media".split())
OWNERSHIP_WORDS = frozenset("state public official government national".split())
CALENDAR = frozenset("monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
                     "august september october november december".split())


def _headline(text: str, pos: int) -> bool:
    """Whether `pos` stands on a line of four or more words that capitalises nearly all its longer words."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    words = [w for w in text[start:len(text) if end == -1 else end].split() if len(w) > 3]
    return len(words) >= 4 and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)


class BodyFinder:
    """The passes of `MentionFinder` that find bodies the gazetteer does not know."""

    def _named_bodies(self, text: str, known: list[Mention]) -> list[Mention]:
        """Bodies named next to a noun that says what they are: "the utility Naturgy", "MVM, the gas company"."""
        found = []
        named_as = any(word in text for word in (" known as ", " called ", " dubbed ", " named ", " calling itself "))
        for pattern in (self._body_named, self._body_apposed, self._body_before_noun, self._employer, self._led_body,
                        self._made_by, self._known_as):
            if pattern is self._known_as and not named_as:
                continue  # "a group known as X": most stories name no body that way
            for match in pattern.finditer(text):
                name = match.group("name")
                if pattern is self._led_body and (name.lower() in self._role_word_set or name.lower() in self.titles
                                                  or match.start() == 0 or text[match.start() - 2:match.start()].strip() in (".", "")
                                                  or name.endswith(("'s", "’s")) or text[match.start() - 1:match.start()] == " "
                                                  and text[max(0, match.start() - 30):match.start()].rstrip().split()[-1:][0][:1].isupper()):
                    continue  # "Energy minister", a sentence opening, or the end of a longer name ("Sierra Lithium's chief")
                words = list(WORD_RUN.finditer(text, match.start("name"), match.end("name")))
                while words and (words[-1].group(0).lower() in SENTENCE_STARTERS or words[-1].group(0).lower() in self.titles):
                    words.pop()
                while words and (words[0].group(0).lower() in SENTENCE_STARTERS or DESCRIBING_PREFIX.search(words[0].group(0))):
                    words.pop(0)  # "the Izhevsk-based maker": a describing word names nothing
                if not words or (len(words) == 1 and len(words[0].group(0)) < 3):
                    continue
                start = words[0].start()  # from the text itself: a name may run over a line break
                name = text[start:words[-1].end()]
                before = text[max(0, start - 40):start].split()
                if pattern is self._body_apposed and before and before[-1][:1].isupper() \
                        and before[-1].lower() not in SENTENCE_STARTERS and not before[-1].endswith((".", ",", ":", ";")):
                    continue  # "the China Satellite Launch and Tracking Control General, a ... agency": the end of a longer name
                inside = [m for m in known.near(start, start + len(name)) if m.start < start + len(name) and m.end > start]
                # "Anadolu Kara Sistemleri, a manufacturer": a longer name than the known "Anadolu" it starts with
                # and "the Bamako Hebdo website": a capital's name may open a paper's
                longer = inside and all(m.start >= start and m.end < start + len(name) and " " not in m.text
                                        and (m.kind != "State" or m.form == "metonym" and m.start == start)
                                        for m in inside)
                # "operated by LNG Hrvatska": a state's name may end a firm's
                longer = longer or (pattern is self._made_by and len(inside) == 1 and inside[0].kind == "State"
                                    and inside[0].start > start and inside[0].end == start + len(name)
                                    and inside[0].form != "demonym")
                if "\n" in name or (inside and not longer) or name.lower() in self._state_names or name.lower() in CONTINENTAL \
                        or JOINED_ADJECTIVE.fullmatch(name) or name.rsplit("-", 1)[-1].lower() in self._state_names:
                    continue  # "a European utility": an adjective, no name
                after = re.match(r"\s+([a-z]+)", text[start + len(name):start + len(name) + 20])
                if after and after.group(1) in SITE_HEADS and pattern is self._body_named:
                    continue  # "a giant Nile dam": the name describes a place
                noun = match.groupdict().get("noun")
                # "an analyst at Meridian Tanker Analytics": with no noun, the name's head word says what it is
                kind = self._body_kind[noun.lower()] if noun else self._org_head_kind.get(name.split()[-1], "")
                kind = kind or ("Company" if pattern is self._made_by else "")
                found.append(Mention(start, start + len(name), name, f"new:{kind}:{name}", kind, "pattern"))
        # "state nuclear company Kazatomprom ... Kazatomprom chief executive": the noun said once holds for the name
        kinds = {m.text: m.kind for m in found if m.kind}
        return [replace(m, kind=kinds.get(m.text, "Organization"), key=f"new:{kinds.get(m.text, 'Organization')}:{m.text}")
                if not m.kind else m for m in found]

    def _listed_bodies(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Volga Commercial Bank, Sibirsky Kredit and Uralpromtorgbank", "firms Tengri Cargo and Alatoo Trade House":
        unknown names listed with a company, and with nothing else, are companies too."""
        index = _Index(mentions)
        added = []
        for match in NAME_LIST.finditer(text):
            items, pos = [], match.start()
            for sep in LIST_SEPARATOR.finditer(text, match.start(), match.end()):
                items.append((pos, sep.start()))
                pos = sep.end()
            items.append((pos, match.end()))
            a, b = items[0]
            while text[a:b].split()[0].lower() in SENTENCE_STARTERS and " " in text[a:b]:
                a += len(text[a:b].split()[0]) + 1  # "The Volga Bank": the sentence's opening word
            items[0] = (a, b)
            firms, new = 0, []
            for a, b in items:
                inside = [m for m in index.near(a, b) if m.start < b and m.end > a]
                if inside:
                    if len(inside) == 1 and inside[0].start == a and inside[0].end == b and inside[0].kind == "Company":
                        firms += 1
                        continue
                    break  # a state, a person or a part of a name: no list of firms
                words = text[a:b].split()
                if any(w.lower() in SENTENCE_STARTERS or w.lower() in self.titles or w.lower() in CALENDAR or w.endswith(("'s", "’s")) for w in words) or len(text[a:b]) < 3:
                    break
                new.append((a, b))
            else:
                if firms and new:
                    added.extend(Mention(a, b, text[a:b], f"new:Company:{text[a:b]}", "Company", "pattern") for a, b in new)
        return sorted(mentions + added, key=lambda m: m.start) if added else mentions

    def _longer_firms(self, text: str, mentions: list[Mention]) -> list[Mention]:
        """"Gazprom Neft", "Thales Australia": a known firm's name and one more capitalised word (a state's name at
        most) name another firm, its unit; not before a title ("Gazprom Chairman") or in a headline's run of capitals."""
        out, skip = [], set()
        for k, m in enumerate(mentions):
            if k in skip:
                continue
            organ = m.kind in ("Organization", "Agency") and m.known and m.form in ("name", "alias", "acronym")
            match = FIRM_UNIT.match(text, m.end) if (m.kind == "Company" and m.known and m.form in ("name", "alias")
                                                     or organ) and not m.possessive else None
            word = match.group("word") if match else ""
            if organ and match and self._org_head_kind.get(word) in ("Agency", "Organization"):
                # "the AU Commission": an organ of a known body, named after it in full ("African Union Commission")
                name = f"{self.entries[m.key].name} {word}"
                kind = "Organization" if m.kind == "Organization" else self._org_head_kind[word]
                out.append(Mention(m.start, match.end("word"), text[m.start:match.end("word")], f"new:{kind}:{name}", kind,
                                   "pattern", qualifier=m.qualifier))
                continue
            if organ:
                out.append(m)
                continue
            nxt = mentions[k + 1] if k + 1 < len(mentions) else None
            inside = nxt is not None and nxt.start < m.end + 1 + len(word)
            if not match or word.lower() in SENTENCE_STARTERS or word.lower() in self.titles or word.lower() in CALENDAR \
                    or word.lower() in self._role_word_set or word in LEGAL_WORDS \
                    or (inside and not (nxt.kind == "State" and nxt.start == match.start("word") and nxt.end == match.end("word"))):
                out.append(m)
                continue
            end = match.end("word")
            if inside:
                skip.add(k + 1)
            name = text[m.start:end]
            out.append(Mention(m.start, end, name, f"new:Company:{name}", "Company", "pattern"))
        return out

    def _owned_names(self, text: str, known: list[Mention]) -> list[Mention]:
        """"France's Orano", "Romania's Hidroelectrica": an unknown name a state's possessive introduces is a body
        (a company, unless a body noun after it says otherwise)."""
        found = []
        for m in known:
            if m.kind != "State" or text[m.end:m.end + 2] not in ("'s", "’s"):
                continue
            match = OWNED_NAME.match(text, m.end + 2)
            if not match:
                continue
            words = match.group("name").split()
            if any(w.lower() in self.titles or w.lower() in self._role_word_set or w.lower() in SENTENCE_STARTERS
                   or w.lower() in self._state_names or w in self._org_head_kind or w in self._org_opener_kind for w in words):
                continue
            start, end = match.start("name"), match.end("name")
            if self._is_known_span(known, start, end) or self._title_follows.match(text, end):
                continue
            after = text[end:end + 30].split()
            if after and self._names_a_thing(after[0].strip(",.;:)")) and after[0][:1].isupper():
                continue  # "America's Adversaries Through Sanctions Act": the name goes on past three words
            noun = match.group("noun")
            if noun and noun.lower() in SITE_HEADS | POPULATION_NOUNS or words[-1].lower() in SITE_HEADS:
                continue  # "Germany's Brunsbuettel terminal", "China's Nansha Islands", "its Shiite community"
            if _headline(text, start):
                continue  # "How Lobbyists Became Azerbaijan's Secret Weapon": a headline capitalises every word
            kind = self._body_kind.get(noun.lower(), "Company") if noun else "Company"
            name = text[start:end]
            found.append(Mention(start, end, name, f"new:{kind}:{name}", kind, "pattern"))
        return found

    def _organisation_spans(self, text: str):
        """Runs of capitalised words that end in an organisation's head word or hold "Ministry of"."""
        for whole in self._capitalised_run.finditer(text):
            yield from self._run_spans(whole.group(0), whole.start())

    def _run_spans(self, run: str, at: int):
        # "the Estonian Defence Forces for Russia's Federal Security Service": a possessive after "for" starts a new name
        cut = POSSESSOR_LINK.search(run)
        if cut is not None:
            yield from self._run_spans(run[:cut.start()], at)
            yield from self._run_spans(run[cut.end():], at + cut.end())
            return
        # "Officers of the Police Security Service", "Ana Ruiz of the Green Union": "of the" joins a name only
        # after a body's head word ("Movement for the Emancipation of the Delta", "Command for the Restoration")
        for link in THE_LINK.finditer(run):
            before = run[:link.start()].split()
            if before and not any(w in self._org_head_kind or w in self._org_opener_kind for w in before):
                yield from self._run_spans(run[:link.start()], at)
                yield from self._run_spans(run[link.end():], at + link.end())
                return
        words = list(WORD_RUN.finditer(run))
        opener = next((k for k, w in enumerate(words[:-2]) if w.group(0) in self._org_opener_kind
                       and words[k + 1].group(0) in ("of", "for")), None)
        if opener is None and len(words) > 1 and self._org_opener_kind.get(words[0].group(0)) == "Company" \
                and words[0].group(0) not in self._org_head_kind:
            opener = 0  # "Société Nigérienne des Produits", "Grupo Carso": a firm's opening word in another language
        if opener is not None:
            end = min(len(words) - 1, opener + 8)
            if end == len(words) - 1 and end >= opener + 3 and words[end - 1].group(0) in ("and", "&") \
                    and words[end].group(0).lower() in self._state_names:
                end -= 2  # "member of the Political Bureau of the CPC Central Committee and Chinese foreign minister"
            yield at, at + words[end].end()
            return
        last = next((k for k in range(len(words) - 1, -1, -1) if words[k].group(0) in self._org_head_kind), None)
        if last is not None and last + 1 < len(words) and self._names_a_thing(words[last + 1].group(0)):
            return  # "Strategic Mutual Defence Agreement", "Southern Gas Corridor": the name goes on, past the head word
        if last is not None and last > 0:
            first = max(0, last - 6)
            # "Coral Meridian Shipping and Veyra Tankers": two bodies joined by "and", each with its head word
            split = next((k for k in range(last - 1, first, -1) if words[k].group(0) in ("and", "&")
                          and words[k - 1].group(0) in self._org_head_kind and k + 1 < last), None)
            if split is not None:
                yield at + words[first].start(), at + words[split - 1].end()
                first = split + 1
            yield at + words[first].start(), at + words[self._name_tail(words, last)].end()

    def _names_a_thing(self, word: str) -> bool:
        """Whether a capitalised word after a head word carries the name on ("Agreement", "Corridor"), rather than
        being a link, a title or a legal suffix."""
        return word[:1].isupper() and word not in LEGAL_WORDS and word.lower() not in self.titles \
            and word.lower() not in self._role_word_set and word.lower() not in SENTENCE_STARTERS \
            and word.lower() not in CALENDAR and not word.endswith(("'s", "’s")) and not word.isupper()

    def _name_tail(self, words: list, last: int) -> int:
        """Where a name that ends in a head word goes on: "Communist Party of Cuba", "Armed Forces of Colombia",
        "Command for the Restoration of Order"; up to "and" ("Party of Cuba and President of the Republic")
        or a title ("Council of State Minister"), on capitalised words only."""
        end = last
        if last + 2 >= len(words) or words[last + 1].group(0) not in ("of", "for"):
            return end
        head = words[last].group(0)
        if self._org_head_kind[head] == "Company" and head not in self._org_opener_kind:
            return end  # "Kaiyo Zosen of Yokohama": a firm's name ends at its head; "of" says where it is
        for k in range(last + 1, min(len(words), last + 8)):
            word = words[k].group(0)
            if word in ("of", "for", "the", "de"):
                continue
            if not word[:1].isupper() or word.lower() in self.titles or word.lower() in self._role_word_set:
                break
            end = k
        return end

    def _organisation(self, text: str, start: int, end: int, known: list[Mention]) -> Mention | None:
        words = text[start:end].split()
        while words and (words[0].lower() in SENTENCE_STARTERS or DESCRIBING_PREFIX.search(words[0])):
            start += text[start:].index(words[0]) + len(words[0])  # "Perth-based Coral Sea Marine"
            while text[start].isspace():
                start += 1
            words = words[1:]
        while len(words) > 1 and (words[-1].lower() in CALENDAR or words[-1] in ("of", "for", "and", "the", "&", "de", "on")):
            words = words[:-1]  # "Ministry of Defence on Wednesday"
        if not words or (any(w.lower() in self.titles and nxt not in self._org_head_kind and nxt not in self._org_opener_kind
                                 for w, nxt in zip(words[:2], words[1:3] + ["", ""]))
                         and any(w in ("of", "for") for w in words)):
            return None  # "Minister of State for Petroleum Resources", "European Commissioner for Energy": titles
            # ("General Directorate of Security" is a body: a head word follows the title word)
        state = next((m for m in known.near(start, start + 1) if m.kind == "State" and m.start == start), None)
        if state is not None and state.form != "demonym" and text[state.end:state.end + 1] == " " and len(words) > 2 \
                and words[1].endswith("s") \
                and words[1] not in self._org_head_kind and _headline(text, start):
            return None  # "Moldova Bets on Romanian Power": a headline's state and its verb, no body's name
        if state is not None and LINKED_REST.match(text, state.end) and state.end < start + len(" ".join(words)):
            rest = LINKED_REST.match(text, state.end).end()  # "Sri Lanka and Malaysia's Maritime Agency"
            return self._organisation(text, rest, start + len(" ".join(words)), known)
        lead = next((m for m in known.near(start, start + 1) if m.kind == "State" and m.start == start), None)
        if lead is not None and len(words) > 1 and text[lead.end:lead.end + 2] in ("'s", "’s"):
            qualifier_key = lead.key  # "Peru's Andes Mining": Peru qualifies it, it is no part of the name
            name_end = start + len(" ".join(words))
            after = POSSESSIVE_SPACE.match(text, lead.end)
            if after is None or after.end() >= name_end:
                return None
            start = after.end()
            words = text[start:name_end].split()
            known = _Index(m for m in known.near(start, name_end + 1) if m is not lead)
            if len(words) < 2 and not self._org_head_kind.get(words[0]):
                return None
            mention = self._organisation(text, start, name_end, known)
            if mention is None:
                return None
            key = mention.key
            if mention.kind == "Agency" and not mention.qualifier:
                key = f"{key} ({self.entries[qualifier_key].name})"  # "Ministry of Energy (Chile)"
            return replace(mention, key=key, qualifier=qualifier_key)
        if len(words) > 2 and words[1] in ("for", "and", "of", "on", "&") and \
                any(m.kind == "State" and m.start == start and m.end == start + len(words[0])
                    for m in known.near(start, start + 1)):
            start = text.index(words[2], start + len(words[0]))  # "China for Electoral Commission": the state is no part of it
            words = words[2:]
        name = " ".join(words)
        first, last = words[0], words[-1]
        if last in MEDIA_HEADS and all(w.lower() in OWNERSHIP_WORDS for w in words[:-1]):
            return None  # "Mali: State TV says ...": whose the channel is, no name
        if not first[:1].isalpha() or sum(len(w) > 4 and w.isupper() for w in words) > 1:
            return None  # "26 Rafale Marine", "COMMENT & ANALYSIS Review": counts and page headers
        kind = next((self._org_opener_kind[w] for w, nxt in zip(words, words[1:])
                     if w in self._org_opener_kind and nxt in ("of", "for")), None)
        kind = kind or self._org_head_kind.get(last) or self._org_opener_kind.get(first) or next(
            (self._org_head_kind[w] for w, nxt in zip(words[::-1][1:], words[::-1]) if w in self._org_head_kind
             and nxt in ("of", "for")), None)  # "Communist Party of Cuba": the head word before the tail
        if not kind or len(words) < 2:
            return None
        if self._title_follows.match(text, start + len(name)) and \
                (kind != "Agency" or all(w.lower() in self._role_word_set for w in words[:-1])):
            return None  # "Defence Industry Minister X", "Prime Cabinet Secretary": the words belong to the title
        covering = [m for m in known.near(start, start + 1) if m.start <= start and m.end >= start + len(name)]
        if covering:
            return None  # the gazetteer knows this name already
        qualifier = ""
        inner = [m for m in known.near(start, start + len(name)) if start <= m.start and m.end <= start + len(name)]
        # "Alliance of Sahel States": a place inside the name, after its first word, is part of it
        bodies = [m for m in inner if m.kind != "State" and (m.kind != "Place" or m.start == start)]
        of_state = BODY_OF_STATE.fullmatch(text, bodies[0].end, start + len(name)) if bodies and bodies[0].start == start \
            and len(bodies) == 1 else None
        states = [m for m in inner if m.kind == "State" and of_state and m.start == of_state.start("state")]
        if states:  # "the Congress of Peru": not the US Congress, Peru's
            kind = bodies[0].kind if bodies[0].kind in BODY_KINDS else "Organization"
            return Mention(start, start + len(name), name, f"new:{kind}:{name}", kind, "pattern", qualifier=states[0].key)
        if bodies:
            # "Hanwha Aerospace and Poland's Armament Agency": start after the known body and the link
            rest = LINKED_REST.match(text, bodies[-1].end, start + len(name))
            if rest is None or bodies[-1].end >= start + len(name) - 1:
                return None
            return self._organisation(text, rest.end(), start + len(name), known)
        for m in inner:
            if m.kind == "State" and m.start == start:
                qualifier = m.key
        if not qualifier:
            qualifier = self._qualifier_before(text, start, known)
        key = f"new:{kind}:{name}"
        tail = LAST_OF.search(name)
        state = next((m for m in inner if m.kind == "State" and m.form != "demonym" and tail
                      and m.start == start + tail.start("state") and m.end == start + len(name)), None)
        if kind == "Agency" and state is not None and not qualifier:
            # "the Ministry of Foreign Affairs of Cuba": Cuba's ministry, as "Cuba's Ministry of Foreign Affairs" is
            return Mention(start, start + len(name), name, f"new:{kind}:{name[:tail.start()]} ({self.entries[state.key].name})",
                           kind, "pattern", qualifier=state.key)
        if qualifier and kind == "Agency":
            rest = name
            if inner and inner[0].key == qualifier:
                rest = re.sub(r"^(?:['’]s)?\s+", "", name[inner[0].end - start:])
            key = f"new:{kind}:{rest} ({self.entries[qualifier].name})"
        return Mention(start, start + len(name), name, key, kind, "pattern", qualifier=qualifier)

    def _qualifier_before(self, text: str, start: int, known: list[Mention]) -> str:
        gap = QUALIFIER_GAP.search(text, max(0, start - 4), start)
        if not gap:
            return ""
        m = next((m for m in known.near(gap.start() - 1, gap.start()) if m.end == gap.start() and m.kind == "State"), None)
        return m.key if m else ""

    def _descriptions(self, text: str, known: list[Mention]) -> list[Mention]:
        """"Peru's state oil company": the one known company of that state whose names hold the sector word."""
        found = []
        for m in known:
            if m.kind != "State":
                continue
            match = self._descriptor_re.match(text, m.end)
            if not match:
                continue
            sector = match.group("sector").lower()
            candidates = {e.id for e in self._companies.get(m.key, ())
                          if any(sector in alias.lower().split() for _, alias in e.names)}
            if len(candidates) == 1:
                actor_id = candidates.pop()
                found.append(Mention(m.start, match.end(), text[m.start:match.end()], actor_id, "Company",
                                     "description", qualifier=m.key))
        return found

