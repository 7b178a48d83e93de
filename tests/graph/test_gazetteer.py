"""Checks of the gazetteer data in graph/ontology/gazetteer/*.tsv.

The list of the 193 UN member states is kept here on purpose (no country package
is a project dependency). Names are the UN's short or formal names; each must be
a `name` or `alias` of exactly one State actor.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from pathlib import Path

import pytest

from graph.ontology import ALIAS_FORMS, GAZETTEER_COLUMNS, Ontology

GAZETTEER = Path(__file__).resolve().parents[2] / "graph" / "ontology" / "gazetteer"

UN_MEMBERS = (
    "Afghanistan", "Albania", "Algeria", "Andorra", "Angola", "Antigua and Barbuda", "Argentina",
    "Armenia", "Australia", "Austria", "Azerbaijan", "Bahamas", "Bahrain", "Bangladesh", "Barbados",
    "Belarus", "Belgium", "Belize", "Benin", "Bhutan", "Plurinational State of Bolivia",
    "Bosnia and Herzegovina", "Botswana", "Brazil", "Brunei Darussalam", "Bulgaria", "Burkina Faso",
    "Burundi", "Cabo Verde", "Cambodia", "Cameroon", "Canada", "Central African Republic", "Chad",
    "Chile", "China", "Colombia", "Comoros", "Republic of the Congo", "Costa Rica", "Côte d'Ivoire",
    "Croatia", "Cuba", "Cyprus", "Czechia", "Democratic People's Republic of Korea",
    "Democratic Republic of the Congo", "Denmark", "Djibouti", "Dominica", "Dominican Republic",
    "Ecuador", "Egypt", "El Salvador", "Equatorial Guinea", "Eritrea", "Estonia", "Eswatini",
    "Ethiopia", "Fiji", "Finland", "France", "Gabon", "Gambia", "Georgia", "Germany", "Ghana",
    "Greece", "Grenada", "Guatemala", "Guinea", "Guinea-Bissau", "Guyana", "Haiti", "Honduras",
    "Hungary", "Iceland", "India", "Indonesia", "Islamic Republic of Iran", "Iraq", "Ireland",
    "Israel", "Italy", "Jamaica", "Japan", "Jordan", "Kazakhstan", "Kenya", "Kiribati", "Kuwait",
    "Kyrgyzstan", "Lao People's Democratic Republic", "Latvia", "Lebanon", "Lesotho", "Liberia",
    "Libya", "Liechtenstein", "Lithuania", "Luxembourg", "Madagascar", "Malawi", "Malaysia",
    "Maldives", "Mali", "Malta", "Marshall Islands", "Mauritania", "Mauritius", "Mexico",
    "Federated States of Micronesia", "Monaco", "Mongolia", "Montenegro", "Morocco", "Mozambique",
    "Myanmar", "Namibia", "Nauru", "Nepal", "Kingdom of the Netherlands", "New Zealand", "Nicaragua",
    "Niger", "Nigeria", "North Macedonia", "Norway", "Oman", "Pakistan", "Palau", "Panama",
    "Papua New Guinea", "Paraguay", "Peru", "Philippines", "Poland", "Portugal", "Qatar",
    "Republic of Korea", "Republic of Moldova", "Romania", "Russian Federation", "Rwanda",
    "Saint Kitts and Nevis", "Saint Lucia", "Saint Vincent and the Grenadines", "Samoa", "San Marino",
    "Sao Tome and Principe", "Saudi Arabia", "Senegal", "Serbia", "Seychelles", "Sierra Leone",
    "Singapore", "Slovakia", "Slovenia", "Solomon Islands", "Somalia", "South Africa", "South Sudan",
    "Spain", "Sri Lanka", "Sudan", "Suriname", "Sweden", "Switzerland", "Syrian Arab Republic",
    "Tajikistan", "Thailand", "Timor-Leste", "Togo", "Tonga", "Trinidad and Tobago", "Tunisia",
    "Türkiye", "Turkmenistan", "Tuvalu", "Uganda", "Ukraine", "United Arab Emirates",
    "United Kingdom of Great Britain and Northern Ireland", "United Republic of Tanzania",
    "United States of America", "Uruguay", "Uzbekistan", "Vanuatu",
    "Bolivarian Republic of Venezuela", "Viet Nam", "Yemen", "Zambia", "Zimbabwe",
)

NON_MEMBERS = ("Palestine", "Holy See", "Taiwan", "Kosovo", "Sahrawi Arab Democratic Republic",
               "Turkish Republic of Northern Cyprus", "Abkhazia", "South Ossetia", "Transnistria",
               "Somaliland")


def _rows() -> list[tuple[str, int, dict]]:
    rows = []
    for path in sorted(GAZETTEER.glob("*.tsv")):
        with path.open(encoding="utf-8", newline="") as handle:
            lines = [(n, line) for n, line in enumerate(handle, start=1) if not line.startswith("#")]
        reader = csv.DictReader((line for _, line in lines), delimiter="\t")
        assert tuple(reader.fieldnames or ()) == GAZETTEER_COLUMNS, path.name
        for (lineno, _), row in zip(lines[1:], reader):
            rows.append((path.name, lineno, row))
    return rows


@pytest.fixture(scope="module")
def onto() -> Ontology:
    return Ontology.load()


@pytest.fixture(scope="module")
def rows() -> list[tuple[str, int, dict]]:
    return _rows()


def _state_names(onto: Ontology) -> dict[str, set[str]]:
    names: dict[str, set[str]] = defaultdict(set)
    for entry in onto.entries.values():
        if entry.kind == "State":
            for form, alias in entry.names:
                if form in ("name", "alias"):
                    names[alias.casefold()].add(entry.id)
    return names


def test_un_member_list_is_complete():
    assert len(UN_MEMBERS) == 193
    assert len(set(UN_MEMBERS)) == 193


def test_all_un_members_present(onto):
    names = _state_names(onto)
    missing = [m for m in UN_MEMBERS if not names.get(m.casefold())]
    assert not missing, f"UN members without a State entry: {missing}"
    ids = {next(iter(names[m.casefold()])) for m in UN_MEMBERS}
    assert len(ids) == 193, "two UN member names resolve to the same State"


def test_main_non_members_present(onto):
    names = _state_names(onto)
    assert [m for m in NON_MEMBERS if not names.get(m.casefold())] == []


def test_every_row_is_well_formed(rows):
    for where, lineno, row in rows:
        assert row["form"] in ALIAS_FORMS, (where, lineno)
        assert row["alias"] and row["alias"] == row["alias"].strip(), (where, lineno)
        slug = row["canonical_id"].split(":", 1)[1]
        assert slug and all(part.isascii() and part.isalnum() and part == part.lower()
                            for part in slug.split("-")), (where, lineno, row["canonical_id"])


def test_every_actor_has_exactly_one_name_row_listed_first(rows):
    seen: dict[str, list[str]] = defaultdict(list)
    for _, _, row in rows:
        seen[row["canonical_id"]].append(row["form"])
    bad = {actor: forms for actor, forms in seen.items() if forms.count("name") != 1 or forms[0] != "name"}
    assert not bad, f"actors without exactly one leading name row: {sorted(bad)}"


def test_actor_rows_are_contiguous(rows):
    order = [row["canonical_id"] for _, _, row in rows]
    starts = [a for i, a in enumerate(order) if i == 0 or order[i - 1] != a]
    assert len(starts) == len(set(starts)), "an actor's rows are split across the files"


def test_no_alias_names_two_actors(rows):
    """Acronyms match case-sensitively, every other form case-insensitively.

    Two names clash when some text would match both: two acronyms spelled the
    same, or any two names equal once case is folded when one of them is not an acronym.
    """
    exact: dict[str, set[str]] = defaultdict(set)
    folded: dict[str, set[str]] = defaultdict(set)
    for _, _, row in rows:
        alias, actor = row["alias"], row["canonical_id"]
        if row["form"] == "acronym":
            exact[alias].add(actor)
        folded[alias.casefold()].add(actor)
    clashes = {a: ids for a, ids in exact.items() if len(ids) > 1}
    for _, _, row in rows:
        if row["form"] != "acronym":
            ids = folded[row["alias"].casefold()]
            if len(ids) > 1:
                clashes[row["alias"]] = ids
    assert not clashes, f"names that designate two actors: {clashes}"


def test_no_duplicate_rows(rows):
    keys = [(row["canonical_id"], row["form"], row["alias"]) for _, _, row in rows]
    assert len(keys) == len(set(keys))


def test_country_is_a_known_state(onto):
    states = {e.id for e in onto.entries.values() if e.kind == "State"}
    for entry in onto.entries.values():
        if entry.kind == "State":
            assert entry.country == "", entry.id
        elif entry.country:
            assert entry.country in states, (entry.id, entry.country)


def test_people_and_most_agencies_have_a_country(onto):
    international = {"agency:european-parliament"}
    missing = [e.id for e in onto.entries.values()
               if e.kind in ("Person", "Agency") and not e.country and e.id not in international]
    assert not missing, missing


def test_non_ascii_names_have_an_ascii_twin(onto):
    import unicodedata

    def fold(text: str) -> str:
        text = unicodedata.normalize("NFKD", text.translate(str.maketrans({"ə": "e", "Ə": "E", "ı": "i", "ʻ": "'", "–": "-"})))
        return "".join(c for c in text if not unicodedata.combining(c))

    exempt = {("agency:mit", "MİT")}  # its ASCII form is the university's acronym
    for entry in onto.entries.values():
        spelled = {alias for _, alias in entry.names}
        for _, alias in entry.names:
            if not alias.isascii() and (entry.id, alias) not in exempt:
                assert fold(alias) in spelled, (entry.id, alias)


def test_chosen_names(onto):
    by_alias = {}
    for entry in onto.entries.values():
        for form, alias in entry.names:
            by_alias[(form, alias)] = entry.id
    assert by_alias[("acronym", "US")] == "state:united-states"
    assert by_alias[("metonym", "Tel Aviv")] == by_alias[("metonym", "Jerusalem")] == "state:israel"
    assert by_alias[("epithet", "the Zionist regime")] == "state:israel"
    assert by_alias[("alias", "Turkiye")] == by_alias[("alias", "Türkiye")] == "state:turkey"
    assert by_alias[("demonym", "Azeris")] == "state:azerbaijan"
    assert by_alias[("demonym", "Dominican")] == "state:dominican-republic"
    assert by_alias[("alias", "the Pentagon")] == "agency:us-department-of-defense"
    assert by_alias[("alias", "Erdogan")] == "person:recep-tayyip-erdogan"
    all_names = {alias.casefold() for _, alias in by_alias}
    for ambiguous in ("Congolese", "Korean", "Guinean", "Aliyev", "MIT", "RAW", "Brussels", "Majlis"):
        assert ambiguous.casefold() not in all_names, ambiguous
