"""The scorer behind `actorgraph eval`, on small documents made up here."""

from __future__ import annotations

import doctest
import json

import pytest

from graph import evaluation
from graph.evaluation import GoldActor, GoldDoc, GoldRelation, load_gold, normalise, score


def actor(id_: str, name: str, kind: str, *aliases: str) -> dict:
    return {"record": "actor", "id": id_, "name": name, "kind": kind, "aliases": list(aliases), "country": ""}


def relation(type_: str, source: str, target: str, modality: str = "asserted", evidence: str = "") -> dict:
    return {"record": "relation", "type": type_, "source": source, "target": target, "doc": "c0ffee",
            "evidence": evidence or f"{source} {type_} {target}.", "modality": modality}


def gold_doc(name: str, actors: list[tuple[str, str]], relations: list[tuple], split: str = "dev") -> GoldDoc:
    return GoldDoc(name, split, tuple(GoldActor(n, k) for n, k in actors),
                   tuple(GoldRelation(*r) for r in relations))


TURKEY = actor("state:turkey", "Turkey", "State", "Turkish", "Ankara")
UKRAINE = actor("state:ukraine", "Ukraine", "State", "Ukrainian", "Kyiv")
BAYKAR = actor("company:baykar", "Baykar", "Company")
SALE = [("Turkey", "State"), ("Ukraine", "State"), ("Baykar", "Company")]


def test_exact_match_scores_everything_right():
    gold = [gold_doc("a.txt", SALE, [("SELLS_TO", "Baykar", "Ukraine", "asserted"),
                                     ("SELLS_TO", "Turkey", "Ukraine", "alleged")])]
    predicted = {"a.txt": [TURKEY, UKRAINE, BAYKAR,
                           relation("SELLS_TO", "company:baykar", "state:ukraine"),
                           relation("SELLS_TO", "state:turkey", "state:ukraine", "alleged")]}
    report = score(gold, predicted)
    assert (report.relations.tp, report.relations.fp, report.relations.fn) == (2, 0, 0)
    assert report.relations.f1 == 1.0
    assert (report.actors.tp, report.actors.fp, report.actors.fn) == (3, 0, 0)
    assert report.modality.accuracy == 1.0
    assert not report.misses and not report.wrong and not report.kind_errors


def test_names_match_by_alias_accents_article_and_surname():
    gold = [gold_doc("a.txt", [("Turkey", "State"), ("Péter Szijjártó", "Person"), ("Benjamin Netanyahu", "Person"),
                               ("Wall Street Journal", "Organization")],
                     [("MET_WITH", "Péter Szijjártó", "Benjamin Netanyahu", "asserted"),
                      ("VISITED", "Benjamin Netanyahu", "Turkey", "asserted")])]
    predicted = {"a.txt": [actor("state:turkey", "Türkiye", "State", "Turkey"),
                           actor("person:szijjarto", "Peter SZIJJARTO", "Person"),
                           actor("person:netanyahu", "Netanyahu", "Person"),
                           actor("org:wsj", "The Wall Street Journal", "Organization", "WSJ"),
                           relation("MET_WITH", "person:szijjarto", "person:netanyahu"),
                           relation("VISITED", "person:netanyahu", "state:turkey")]}
    report = score(gold, predicted)
    assert report.actors.tp == 4 and report.actors.fp == 0
    assert report.relations.tp == 2 and report.relations.fp == 0


def test_surname_rule_is_for_people_only():
    gold = [gold_doc("a.txt", [("Hanwha Aerospace", "Company")], [])]
    report = score(gold, {"a.txt": [actor("company:aerospace", "Aerospace", "Company")]})
    assert (report.actors.tp, report.actors.fp, report.actors.fn) == (0, 1, 1)


def test_normalise():
    assert normalise("The Presidency of Defence Industries") == "presidency of defence industries"
    assert normalise("Mariusz Błaszczak") == normalise("mariusz blaszczak")
    assert normalise("Amir-Abdollahian") == "amir abdollahian"
    assert normalise("People’s Liberation Army") == normalise("Peoples Liberation Army")


def test_direction_error_is_both_a_wrong_answer_and_a_miss():
    gold = [gold_doc("a.txt", SALE, [("SELLS_TO", "Baykar", "Ukraine", "asserted")])]
    predicted = {"a.txt": [UKRAINE, BAYKAR,
                           relation("SELLS_TO", "state:ukraine", "company:baykar",
                                    evidence="Kyiv bought TB2s from Baykar.")]}
    report = score(gold, predicted)
    assert (report.relations.tp, report.relations.fp, report.relations.fn) == (0, 1, 1)
    [wrong] = report.wrong
    assert (wrong.source, wrong.target, wrong.note) == ("Ukraine", "Baykar", "direction reversed")
    assert wrong.evidence == "Kyiv bought TB2s from Baykar."
    [miss] = report.misses
    assert (miss.type, miss.source, miss.target) == ("SELLS_TO", "Baykar", "Ukraine")


def test_symmetric_met_with_matches_either_way():
    people = [("Giorgia Meloni", "Person"), ("Abdelmadjid Tebboune", "Person")]
    gold = [gold_doc("a.txt", people, [("MET_WITH", "Giorgia Meloni", "Abdelmadjid Tebboune", "asserted")])]
    records = [actor("person:meloni", "Giorgia Meloni", "Person"),
               actor("person:tebboune", "Abdelmadjid Tebboune", "Person")]
    backwards = score(gold, {"a.txt": records + [relation("MET_WITH", "person:tebboune", "person:meloni")]})
    assert (backwards.relations.tp, backwards.relations.fp, backwards.relations.fn) == (1, 0, 0)
    both = score(gold, {"a.txt": records + [relation("MET_WITH", "person:tebboune", "person:meloni"),
                                            relation("MET_WITH", "person:meloni", "person:tebboune")]})
    assert (both.relations.tp, both.relations.fp) == (1, 0), "both directions are one relation"


def test_kind_mismatch_counts_against_actors_only():
    gold = [gold_doc("a.txt", [("Mossad", "Agency"), ("Iran", "State")],
                     [("ALLEGED_SPYING", "Mossad", "Iran", "reported")])]
    predicted = {"a.txt": [actor("org:mossad", "Mossad", "Organization"), actor("state:iran", "Iran", "State"),
                           relation("ALLEGED_SPYING", "org:mossad", "state:iran", "reported")]}
    report = score(gold, predicted)
    assert (report.actors.tp, report.actors.fp, report.actors.fn) == (1, 1, 1)
    [error] = report.kind_errors
    assert (error.name, error.kind) == ("Mossad", "Agency") and "Organization" in error.note
    assert report.relations.tp == 1


def test_per_type_and_per_split_figures():
    gold = [gold_doc("a.txt", SALE, [("SELLS_TO", "Baykar", "Ukraine", "asserted"),
                                     ("OPPOSES", "Ukraine", "Turkey", "asserted")], split="dev"),
            gold_doc("b.txt", SALE, [("SELLS_TO", "Turkey", "Ukraine", "denied")], split="heldout")]
    predicted = {"a.txt": [TURKEY, UKRAINE, BAYKAR,
                           relation("SELLS_TO", "company:baykar", "state:ukraine"),
                           relation("SELLS_TO", "state:turkey", "state:ukraine")],
                 "b.txt": [TURKEY, UKRAINE, relation("SELLS_TO", "state:turkey", "state:ukraine", "asserted")]}
    report = score(gold, predicted)
    sells, opposes = report.by_type["SELLS_TO"], report.by_type["OPPOSES"]
    assert (sells.tp, sells.fp, sells.fn) == (2, 1, 0)
    assert (opposes.tp, opposes.fp, opposes.fn) == (0, 0, 1)
    assert sells.precision == pytest.approx(2 / 3) and sells.recall == 1.0
    dev, heldout = report.by_split["dev"], report.by_split["heldout"]
    assert (dev.docs, dev.relations.tp, dev.relations.fp, dev.relations.fn) == (1, 1, 1, 1)
    assert (heldout.relations.tp, heldout.modality.right, heldout.modality.total) == (1, 0, 1)
    assert heldout.actors.fn == 1, "Baykar is not among b.txt's predicted actors"
    [difference] = report.modality_errors
    assert (difference.modality, difference.gold_modality) == ("asserted", "denied")


def test_duplicate_predictions_count_once_with_the_strongest_modality():
    gold = [gold_doc("a.txt", SALE, [("SELLS_TO", "Turkey", "Ukraine", "reported")])]
    predicted = {"a.txt": [TURKEY, UKRAINE,
                           relation("SELLS_TO", "state:turkey", "state:ukraine", "alleged"),
                           relation("SELLS_TO", "state:turkey", "state:ukraine", "reported")]}
    report = score(gold, predicted)
    assert (report.relations.tp, report.relations.fp) == (1, 0)
    assert report.modality.right == 1


def test_places_are_judged_only_when_annotated_and_ids_stand_in_for_missing_actors():
    gold = [gold_doc("a.txt", [("Iran", "State"), ("Crimea", "Place")], [("OPERATES_IN", "Iran", "Crimea", "alleged")])]
    predicted = {"a.txt": [actor("state:iran", "Iran", "State"), actor("place:tehran", "Tehran", "Place"),
                           relation("OPERATES_IN", "state:iran", "place:crimea", "alleged")]}
    report = score(gold, predicted)
    assert report.actors.fp == 0, "an unannotated place is not a wrong answer"
    assert report.relations.tp == 1, "place:crimea has no actor record but its id names it"


def test_unpredicted_document_is_all_misses_and_report_renders():
    gold = [gold_doc("a.txt", SALE, [("SELLS_TO", "Baykar", "Ukraine", "asserted")]),
            gold_doc("b.txt", SALE, [])]
    predicted = {"b.txt": [TURKEY, relation("SANCTIONS", "state:turkey", "state:ukraine",
                                            evidence="Ankara sanctioned Kyiv.")]}
    report = score(gold, predicted)
    assert (report.relations.tp, report.relations.fp, report.relations.fn) == (0, 1, 1)
    text = report.format()
    assert "SELLS_TO Baykar → Ukraine (asserted)" in text
    assert "SANCTIONS Turkey → Ukraine" in text and '"Ankara sanctioned Kyiv."' in text
    data = json.loads(json.dumps(report.to_dict()))
    assert data["total"]["relations"]["fn"] == 1 and data["wrong"][0]["evidence"] == "Ankara sanctioned Kyiv."
    assert set(data["by_split"]) == {"dev"} and "SANCTIONS" in data["by_type"]


def write_gold(tmp_path, *lines: str):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


GOOD = json.dumps({"doc": "a.txt", "split": "dev", "actors": [{"name": "Turkey", "kind": "State"},
                                                              {"name": "Ukraine", "kind": "State"}],
                   "relations": [{"type": "SELLS_TO", "source": "Turkey", "target": "Ukraine",
                                  "modality": "asserted"}]})


def test_load_gold_reads_documents(tmp_path):
    line = json.loads(GOOD)
    line["doc"] = "b.txt"
    line["relations"].append({"type": "HOLDS_OFFICE", "source": "Turkey", "target": "Ukraine",
                              "modality": "asserted", "role": "ambassador"})
    [a, b] = load_gold(write_gold(tmp_path, GOOD, "", json.dumps(line)))
    assert a == GoldDoc("a.txt", "dev", (GoldActor("Turkey", "State"), GoldActor("Ukraine", "State")),
                        (GoldRelation("SELLS_TO", "Turkey", "Ukraine", "asserted"),))
    assert b.relations[1].role == "ambassador"


@pytest.mark.parametrize("bad, message", [
    ("{not json", "not valid JSON"),
    ('["a list"]', "expected a JSON object"),
    ('{"doc": "b.txt", "split": "dev", "actors": []}', "'relations' is missing"),
    ('{"doc": "b.txt", "split": "dev", "actors": [{"name": "X", "kind": "Planet"}], "relations": []}', "unknown kind"),
    ('{"doc": "b.txt", "split": "dev", "actors": [{"name": "X"}], "relations": []}', "lacks kind"),
    ('{"doc": "b.txt", "split": "dev", "actors": [{"name": "X", "kind": "State"}], "relations": '
     '[{"type": "SELLS", "source": "X", "target": "X", "modality": "asserted"}]}', "unknown type 'SELLS'"),
    ('{"doc": "b.txt", "split": "dev", "actors": [{"name": "X", "kind": "State"}], "relations": '
     '[{"type": "SELLS_TO", "source": "X", "target": "X", "modality": "maybe"}]}', "modality 'maybe'"),
    ('{"doc": "b.txt", "split": "dev", "actors": [{"name": "X", "kind": "State"}], "relations": '
     '[{"type": "SELLS_TO", "source": "X", "target": "Y", "modality": "asserted"}]}', "'Y' is not among"),
    (GOOD, "annotated twice"),
])
def test_malformed_gold_line_is_named(tmp_path, bad, message):
    path = write_gold(tmp_path, GOOD, bad)
    with pytest.raises(ValueError, match="line 2") as info:
        load_gold(path)
    assert message in str(info.value)


def test_docstring_examples():
    assert doctest.testmod(evaluation).failed == 0
