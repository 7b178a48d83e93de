"""Rules for OPPOSES and OPERATES_IN added late in issue 4, each on sentences written for these tests."""

from loaders.pipeline import extract_text


def claims(text):
    return {(c.type, c.source, c.target, c.modality) for c in extract_text(text).claims}


def rels(text):
    return {(c.type, c.source, c.target) for c in extract_text(text).claims}


def test_water_cannon_fired_at_another_body_is_hostility():
    found = claims("On Monday, Korean Coast Guard ships fired water cannon at a vessel of the Japan Coast Guard near the islets.")
    assert ("OPPOSES", "agency:korean-coast-guard", "agency:coast-guard-japan", "asserted") in found


def test_warning_shots_at_a_demonym_vessel_oppose_its_state():
    found = rels("The Korean Coast Guard has twice fired warning shots at Japanese fishing boats this month.")
    assert ("OPPOSES", "agency:korean-coast-guard", "state:japan") in found


def test_harassing_a_demonym_fleet_opposes_its_state():
    found = rels("Indonesia has been harassing Malaysian fishermen in the strait, the minister said.")
    assert ("OPPOSES", "state:indonesia", "state:malaysia") in found


def test_water_cannon_with_no_one_fired_at_states_nothing():
    assert not {c for c in extract_text("Firefighters in Chile used water cannon to cool the tanks.").claims
                if c.type == "OPPOSES"}


def test_brussels_acting_is_the_union_when_the_story_names_it():
    text = ("The European Union extended its steel quotas on Friday. "
            "Vietnam's trade ministry criticised Brussels for what it called protectionism.")
    assert ("OPPOSES", "state:vietnam", "org:european-union") in rels(text)


def test_brussels_after_a_preposition_stays_a_city():
    text = ("The European Union extended its steel quotas on Friday. "
            "Ministers from Vietnam will hold talks in Brussels next week.")
    assert "org:european-union" in {a.id for a in extract_text(text).actors}
    assert not any(c.type == "OPPOSES" for c in extract_text(text).claims)


def test_brussels_in_a_story_about_belgium_is_not_read_as_the_union():
    text = "Belgium and the European Union both sent aid. Morocco criticised Brussels for the delay."
    assert ("OPPOSES", "state:morocco", "org:european-union") not in rels(text)


def test_a_tabloid_named_beside_its_kind_is_an_organisation():
    found = rels("The Croatian tabloid Vecernji went further, accusing Slovenia of lying about the border.")
    assert ("OPPOSES", "org:vecernji", "state:slovenia") in found


def test_an_accusation_of_a_figurative_sale_is_hostility():
    found = claims("Ukraine accused Hungary of selling its vote to Moscow.")
    assert ("OPPOSES", "state:ukraine", "state:hungary", "asserted") in found


def test_an_accusation_of_a_cued_sale_stays_the_sale_only():
    found = rels("Ukraine accused Belarus of selling artillery shells to Russia.")
    assert ("SELLS_TO", "state:belarus", "state:russia") in found
    assert ("OPPOSES", "state:ukraine", "state:belarus") not in found


def test_an_act_named_by_a_bare_name_before_it_belongs_to_that_body():
    assert ("OPPOSES", "state:peru", "org:nato") in rels("Peru condemned the NATO decision to open an office in Lima.")
    assert ("OPPOSES", "company:andes-copper", "org:european-union") in rels(
        'Andes Copper, a Chilean miner, called the EU decision "an injustice".')


def test_the_act_of_a_body_is_that_bodys():
    found = rels("Bolivia condemned the unilateral decision of the Chilean Foreign Ministry to close the border.")
    assert ("OPPOSES", "state:bolivia", "agency:foreign-ministry-chile") in found


def test_the_arrest_of_someone_names_a_victim_not_an_opponent():
    found = rels("Bolivia condemned the arrest of the Chilean consul in La Paz.")
    assert ("OPPOSES", "state:bolivia", "state:chile") not in found


def test_welcoming_a_bodys_decision_is_no_hostility():
    assert not any(c.type == "OPPOSES" for c in extract_text("Peru welcomed the NATO decision.").claims)


def test_an_envoy_named_after_the_verb_is_its_object_not_its_agent():
    found = claims("The Estonian government summoned Russia's ambassador, Ivan Petrov, to protest.")
    assert ("OPPOSES", "state:estonia", "state:russia", "asserted") in found
    assert not any(c[0] == "OPPOSES" and c[1] == "person:ivan-petrov" for c in found)


def test_an_envoy_named_before_the_verb_still_acts():
    found = rels("Norway's special envoy, Petra Lindqvist, condemned Russia.")
    assert ("OPPOSES", "person:petra-lindqvist", "state:russia") in found


def test_an_act_called_hostile_by_its_doer_named_after_by():
    found = rels("Chile described the visit by Peru's president as a provocation.")
    assert ("OPPOSES", "state:chile", "state:peru") in found
    found = rels('Armenia called the blockade an "occupation" by Azerbaijan.')
    assert ("OPPOSES", "state:armenia", "state:azerbaijan") in found


def test_an_act_called_a_success_is_no_hostility():
    assert not any(c.type == "OPPOSES" for c in
                   extract_text("Chile described the visit by Peru's president as a success.").claims)


def test_a_body_named_for_where_it_serves_operates_there():
    assert ("OPERATES_IN", "org:unifil", "state:lebanon") in rels("The United Nations Interim Force in Lebanon said two posts were hit.")


def test_a_body_named_for_a_nationality_states_no_place():
    found = rels("The Mission of Chilean Observers said the vote was fair.")
    assert not any(t == "OPERATES_IN" for t, _, _ in found)
