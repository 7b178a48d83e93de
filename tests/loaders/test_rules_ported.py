"""Rules ported from the unmerged rules-r2a branch into main's layout, each on sentences written for these tests."""

from loaders.pipeline import extract_text


def rels(text):
    return {(c.type, c.source, c.target) for c in extract_text(text).claims}


def claims(text):
    return {(c.type, c.source, c.target): c.modality for c in extract_text(text).claims}


# -- "blames the blackout on Uganda": the one blamed is named after "on" ------------------------------

def test_blaming_a_thing_on_a_state_opposes_that_state():
    found = rels("The border raid, which Kenya blames on Uganda, left four soldiers dead.")
    assert ("OPPOSES", "state:kenya", "state:uganda") in found


def test_blaming_a_thing_on_no_actor_is_nothing():
    assert not any(t == "OPPOSES" for t, _, _ in rels("Ecuador blamed the shortage on heavy rain in Peru's south."))


# -- ", nor have A and B" after a denied claim repeats the denial -------------------------------------

def test_nor_repeats_the_denial_for_its_subjects():
    found = claims("Chile did not sanction Venezuela, nor did Peru and Bolivia, both members of the Lima Group.")
    for state in ("chile", "peru", "bolivia"):
        assert found.get(("SANCTIONS", f"state:{state}", "state:venezuela")) == "denied"


def test_nor_after_an_asserted_claim_adds_nothing():
    found = claims("Portugal has recognised Palestine, nor has Austria.")
    assert ("RECOGNIZED", "state:austria", "state:palestine") not in found


# -- "arrested X on suspicion of spying": the suspicion is alleged, the arrest is not -----------------

def test_arrest_on_suspicion_of_spying_is_asserted():
    found = claims("Polish police arrested Jan Novak on suspicion of spying for Belarus.")
    assert found.get(("DETAINED", "state:poland", "person:jan-novak")) == "asserted"
    assert found.get(("ALLEGED_SPYING", "state:belarus", "state:poland")) == "alleged"


def test_an_arrest_said_to_be_suspected_is_still_alleged():
    found = claims("Polish police allegedly arrested Jan Novak on suspicion of spying for Belarus.")
    assert found.get(("DETAINED", "state:poland", "person:jan-novak")) == "alleged"


# -- "The woman, named by police as X, 52, a Latvian citizen, was detained": X is the woman ----------

def test_person_named_as_after_two_asides_is_the_one_detained():
    text = ("The woman, named by investigators as Ilze Ozola, 52, a Latvian citizen, was detained in Tartu "
            "by Estonia on Friday.")
    assert claims(text).get(("DETAINED", "state:estonia", "person:ilze-ozola")) == "asserted"
    assert "person:ilze-ozola" in {a.id for a in extract_text(text).actors}


def test_named_as_an_office_is_no_subject():
    found = rels("Peru named Ana Ruiz as its envoy to Chile.")
    assert not any(t == "DETAINED" for t, _, _ in found)


# -- "told TV2 that X was suspected of ..., including trips to Y": what is said, no aside -------------

def test_suspicion_in_what_is_said_reaches_past_a_comma():
    found = claims("An official told the broadcaster YLE that engineer Jan Virtanen was suspected of meeting Russian "
                   "officers, including during trips to Estonia.")
    assert found.get(("VISITED", "person:jan-virtanen", "state:estonia")) == "alleged"


def test_suspicion_inside_a_who_aside_does_not_allege_the_main_clause():
    found = claims("Engineer Jan Virtanen, who was suspected of spying, travelled to Estonia.")
    assert found.get(("VISITED", "person:jan-virtanen", "state:estonia")) == "asserted"


# -- "the Stavanger-based group": the company named before ------------------------------------------

def test_a_company_described_by_its_seat_is_the_company_named_before():
    found = rels("Equinor signed a deal with Poland. The Stavanger-based group will supply gas to Poland for ten years.")
    assert ("SUPPLIES_OIL", "company:equinor", "state:poland") in found


def test_a_seated_company_with_no_company_before_is_nothing():
    found = rels("Poland raised output. The Stavanger-based group will supply gas to Poland for ten years.")
    assert not any(t == "SUPPLIES_OIL" for t, _, _ in found)


# -- "Mr Okafor" after "Daniel Okafor" is the same person ------------------------------------------

def test_a_surname_after_an_honorific_is_the_person_named_before():
    ex = extract_text("Ghana police arrested Daniel Okafor on Monday. Police said Mr Okafor was detained in Accra.")
    assert {a.id for a in ex.actors if a.kind == "Person"} == {"person:daniel-okafor"}


def test_an_honorific_before_another_surname_is_another_person():
    ex = extract_text("Ghana police arrested Daniel Okafor on Monday. Police said Mr Mensah was detained in Accra.")
    assert "person:daniel-okafor" in {a.id for a in ex.actors}
    assert "person:mensah" in {a.id for a in ex.actors}


# -- quotations: "we" is the speaker's country, and what is quoted is reported -----------------------

def test_we_in_a_quotation_is_the_speakers_state_and_reported():
    found = claims('ACCRA, June 9 (Wire) - Energy Minister Kofi Mensah defended the deal. '
                   '"We sell gas to Togo, we sell to Benin."')
    assert found.get(("SUPPLIES_OIL", "state:ghana", "state:togo")) == "reported"
    assert found.get(("SUPPLIES_OIL", "state:ghana", "state:benin")) == "reported"


def test_we_in_a_quotation_credited_after_it_is_the_named_speakers_state():
    found = rels('"We buy our crude from Nigeria, and will keep doing so," Ghanaian Energy Minister '
                 'Kofi Mensah told a conference.')
    assert ("SUPPLIES_OIL", "state:nigeria", "state:ghana") in found


def test_we_outside_a_quotation_is_nobody():
    assert not any(t == "SUPPLIES_OIL" for t, _, _ in rels("ACCRA, June 9 (Wire) - We sell gas to Togo, the minister said."))


def test_scare_quotes_are_no_quotation():
    found = claims('Washington sanctioned Iran as part of its "maximum pressure" campaign.')
    assert found.get(("SANCTIONS", "state:united-states", "state:iran")) == "asserted"


# -- "of meeting an officer of X": a gerund with an object is a verb; the officer stands for X -------

def test_gerund_with_an_object_after_of_is_a_verb_and_an_officer_stands_for_his_body():
    found = claims("Police say engineer Jan Virtanen was suspected of meeting an officer of Russia's GRU in Tallinn.")
    assert found.get(("MET_WITH", "person:jan-virtanen", "agency:gru")) == "alleged"


def test_meeting_the_head_of_a_body_is_not_meeting_the_body():
    found = rels("Foreign Minister Elina Valtonen met the head of Russia's GRU in Tallinn.")
    assert not any(t == "MET_WITH" and target == "agency:gru" for t, _, target in found)


# -- "a firm, X, that Washington accuses of shipping": X does the shipping ---------------------------

def test_the_accused_in_a_relative_clause_is_its_antecedent():
    found = rels("Tokyo sanctioned a Hong Kong-based firm, Pacific Crest Logistics, that Tokyo accuses of shipping "
                 "drones to Myanmar.")
    assert ("SELLS_TO", "company:pacific-crest-logistics", "state:myanmar") in found
    assert ("SELLS_TO", "state:japan", "state:myanmar") not in found


def test_the_accuser_of_a_named_object_is_not_the_doer():
    found = rels("Tokyo accuses Pacific Crest Logistics of shipping drones to Myanmar.")
    assert ("SELLS_TO", "state:japan", "state:myanmar") not in found
