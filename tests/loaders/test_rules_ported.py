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
