"""Gazetteer entries added for national oil and gas companies, utilities, nuclear, mining, pipeline
and defence firms, each shown working in a claim, on sentences written for these tests."""

import pytest

from graph.ontology import Ontology
from loaders.pipeline import extract_text


def rels(text):
    return {(c.type, c.source, c.target) for c in extract_text(text).claims}


def actor_ids(text):
    return {a.id for a in extract_text(text).actors}


@pytest.mark.parametrize("text, expected", [
    # national oil and gas companies, by name, acronym or "X's state oil company"
    ("Colombia's Ecopetrol will supply 20,000 barrels a day of crude to Panama under a new contract.",
     ("SUPPLIES_OIL", "company:ecopetrol", "state:panama")),
    ("YPFB will keep shipping natural gas to Argentina until the end of the year, the Bolivian energy ministry said.",
     ("SUPPLIES_OIL", "company:yacimientos-petroliferos-fiscales-bolivianos", "state:argentina")),
    ("Petroperu imports crude from Ecuador.", ("SUPPLIES_OIL", "state:ecuador", "company:petroperu")),
    ("Sonatrach and Libya's National Oil Corporation both sell crude to Spain.",
     ("SUPPLIES_OIL", "company:national-oil-corporation", "state:spain")),
    ("Libya's state oil company will sell more crude to Italy this year.",
     ("SUPPLIES_OIL", "company:national-oil-corporation", "state:italy")),
    ("Oman's state oil company will supply crude to Japan.", ("SUPPLIES_OIL", "company:oq-group", "state:japan")),
    ("Iran's state gas company will export gas to Iraq under a new deal.",
     ("SUPPLIES_OIL", "company:national-iranian-gas-company", "state:iraq")),
    # pipeline and LNG operators
    ("Venture Global will supply liquefied natural gas to Germany's SEFE for twenty years.",
     ("SUPPLIES_OIL", "company:venture-global", "company:sefe")),
    ("TC Energy will ship Canadian crude to the United States.",
     ("SUPPLIES_OIL", "company:tc-energy", "state:united-states")),
    # nuclear companies, with acronyms and the "Corp" form
    ("Under the accord, Kazatomprom will supply uranium concentrate to CNNC for ten years.",
     ("SUPPLIES_OIL", "company:kazatomprom", "company:china-national-nuclear-corporation")),
    ("China General Nuclear Power Corp agreed to buy uranium from Kazatomprom.",
     ("SUPPLIES_OIL", "company:kazatomprom", "company:china-general-nuclear-power-group")),
    ("KHNP will supply nuclear fuel to Ukraine.", ("SUPPLIES_OIL", "company:korea-hydro-nuclear-power", "state:ukraine")),
    ("Energoatom will buy nuclear fuel from Westinghouse.",
     ("SUPPLIES_OIL", "company:westinghouse-electric-company", "company:energoatom")),
    # power utilities and mining companies
    ("State Grid Corporation of China operates in Brazil and Chile.",
     ("OPERATES_IN", "company:state-grid-corporation-of-china", "state:chile")),
    ("Zijin Mining operates in Serbia and Colombia.", ("OPERATES_IN", "company:zijin-mining", "state:serbia")),
    # defence firms of several regions
    ("Otokar will deliver 40 armoured vehicles to Romania next year.", ("SELLS_TO", "company:otokar", "state:romania")),
    ("Pakistan Aeronautical Complex delivered three JF-17 fighters to Azerbaijan in March.",
     ("SELLS_TO", "company:pakistan-aeronautical-complex", "state:azerbaijan")),
    ("Hanwha Ocean sold two submarines to Poland.", ("SELLS_TO", "company:hanwha-ocean", "state:poland")),
    ("Bharat Dynamics will supply Akash missiles to Armenia.", ("SELLS_TO", "company:bharat-dynamics", "state:armenia")),
    ("The United States sanctioned Shahed Aviation Industries for supplying drones to Russia.",
     ("SANCTIONS", "state:united-states", "company:shahed-aviation-industries")),
    ("Washington sanctioned Sovcomflot in February.", ("SANCTIONS", "state:united-states", "company:sovcomflot")),
    ("Yugoimport will deliver 20 howitzers to Cyprus next year.", ("SELLS_TO", "company:yugoimport-sdpr", "state:cyprus")),
    ("ST Engineering will supply armoured vehicles to Thailand.", ("SELLS_TO", "company:st-engineering", "state:thailand")),
    ("Kenya's state oil company will import diesel from the United Arab Emirates.",
     ("SUPPLIES_OIL", "state:united-arab-emirates", "company:national-oil-corporation-of-kenya")),
    ("Moldovagaz buys gas from Romania's Romgaz.", ("SUPPLIES_OIL", "company:romgaz", "company:moldovagaz")),
    # a firm's own styling ("NNPC Ltd"), and mines, plants and ports run as firms
    ("NNPC Ltd will supply crude to Ghana under the new swap deal.", ("SUPPLIES_OIL", "company:nnpc", "state:ghana")),
    ("Moldavskaya GRES will supply electricity to Moldova until March.",
     ("SUPPLIES_OIL", "company:moldavskaya-gres", "state:moldova")),
    ("SOMAIR will sell its uranium to Russia, Niger's junta said.", ("SUPPLIES_OIL", "company:somair", "state:russia")),
    ("The Port of Rotterdam Authority operates in Oman through a joint venture.",
     ("OPERATES_IN", "company:port-of-rotterdam-authority", "state:oman")),
    # oil traders and LNG operators
    ("Trafigura bought Venezuelan crude from PDVSA in March.", ("SUPPLIES_OIL", "company:pdvsa", "company:trafigura")),
    ("The European Union sanctioned Nayara Energy in July.", ("SANCTIONS", "org:european-union", "company:nayara-energy")),
    ("Gunvor sold Russian fuel oil to India, the documents show.", ("SUPPLIES_OIL", "company:gunvor", "state:india")),
])
def test_added_companies_work_in_claims(text, expected):
    assert expected in rels(text)


def test_companies_have_their_state():
    entries = Ontology.load().entries
    assert entries["company:ecopetrol"].country == "state:colombia"
    assert entries["company:korea-electric-power-corporation"].country == "state:south-korea"
    assert entries["company:akkuyu-nuclear"].country == "state:russia"  # Rosatom's, though it builds in Turkey
    assert entries["company:east-african-crude-oil-pipeline"].country == ""  # a joint venture of several states' firms


@pytest.mark.parametrize("text, absent", [
    # EDF is also the European Defence Fund; CFE also the arms treaty; PLN also the zloty; Vale also a word
    ("The European Union said the EDF will fund drone research in Estonia.", "company:electricite-de-france"),
    ("The CFE treaty limited tanks in Europe.", "company:comision-federal-de-electricidad"),
    ("The lender bought PLN 40 million of Polish bonds.", "company:perusahaan-listrik-negara"),
    ("Shares in Vale fell after the dam report.", "company:vale-s-a"),
])
def test_ambiguous_company_acronyms_are_left_out(text, absent):
    assert absent not in actor_ids(text)


def test_a_state_keeps_one_state_oil_company():
    """A second Libyan firm with "oil" in its name (AGOCO) would make "Libya's state oil company" name
    two firms; it is left out, so the description still finds one."""
    entries = Ontology.load().entries
    oil = [e.id for e in entries.values() if e.kind == "Company" and e.country == "state:libya"
           and any("oil" in alias.lower().split() for _, alias in e.names)]
    assert oil == ["company:national-oil-corporation"]


# --- Places loaded now: gulfs, straits, seas and lines named "<feature> of <name>" ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The Nigerian Navy operates in the Gulf of Guinea.", ("OPERATES_IN", "agency:navy-nigeria", "place:gulf-of-guinea")),
    ("Italy's Saipem operates in the Gulf of Mexico and the Sea of Azov.",
     ("OPERATES_IN", "company:saipem", "place:sea-of-azov")),
    ("Defence Minister Ana Ruiz visited the Line of Control on Tuesday.",
     ("VISITED", "person:ana-ruiz", "place:line-of-control")),
])
def test_named_waters_and_lines_end_claims(text, expected):
    assert expected in rels(text)


def test_the_gulf_of_a_place_is_not_the_persian_gulf():
    """"the Gulf" alone is the Persian Gulf; "the Gulf of Guinea" is matched whole, from its "the"."""
    found = rels("Italy's Saipem operates in the Gulf of Guinea.")
    assert ("OPERATES_IN", "company:saipem", "place:gulf-of-guinea") in found
    assert ("OPERATES_IN", "company:saipem", "place:persian-gulf") not in found
    assert ("OPERATES_IN", "company:saipem", "place:persian-gulf") in rels("Italy's Saipem operates in the Gulf.")


def test_a_the_name_of_a_body_is_not_taken_by_a_shorter_the_name():
    """"the Gulf" is the Persian Gulf and "the Islamic Republic" Iran; a body whose name opens with those words,
    after "the", is still that body."""
    assert ("SANCTIONS", "org:gcc", "state:iran") in rels("The Gulf Cooperation Council sanctioned Iran.")
    assert "org:irna" in actor_ids("Tehran denied the report, the Islamic Republic News Agency said.")
