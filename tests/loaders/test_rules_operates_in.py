"""Rules for where a body is based or operates (OPERATES_IN), each on sentences written for these tests."""

from loaders.pipeline import extract_text


def claims(text):
    return {(c.type, c.source, c.target): c.modality for c in extract_text(text).claims}


def rels(text):
    return {(c.type, c.source, c.target) for c in extract_text(text).claims}


def operates(text):
    return {(c.source, c.target) for c in extract_text(text).claims if c.type == "OPERATES_IN"}


def test_a_seat_compound_before_the_name():
    assert ("company:andes-copper", "state:peru") in operates("Chile fined Lima-based Andes Copper on Friday.")


def test_a_seat_compound_with_the_name_in_apposition():
    found = operates("Canada sanctioned a Chile-registered shipping firm, Andes Copper, on Friday.")
    assert ("company:andes-copper", "state:chile") in found


def test_a_seat_compound_after_the_name_makes_an_unknown_city_a_place():
    ex = extract_text("Canada sanctioned Andes Copper, a Trujillo-based metals trader, on Friday.")
    assert ("company:andes-copper", "place:trujillo") in {(c.source, c.target) for c in ex.claims}
    assert ("Trujillo", "Place") in {(a.name, a.kind) for a in ex.actors}


def test_a_speaker_described_by_a_seat_compound_is_not_the_body_just_before_it():
    found = operates("Andes Copper sold two cargoes to Pacifico Metals, the Arequipa-based producer said on Friday.")
    assert ("company:pacifico-metals", "place:arequipa") not in found


def test_a_demonym_compound_is_a_nationality_not_a_seat():
    assert not operates("Canada sanctioned an Emirati-registered firm, Andes Copper, on Friday.")


def test_a_place_named_by_its_kind_is_the_end_of_in():
    found = operates("Andes Copper runs a smelter in the southern province of Arequipa.")
    assert ("company:andes-copper", "place:arequipa") in found


def test_a_place_that_ends_no_claim_is_no_actor():
    ex = extract_text("The storm hit the port city of Antofagasta on Friday, officials in Chile said.")
    assert "Antofagasta" not in {a.name for a in ex.actors}


def test_a_description_after_the_body_states_its_seat_as_a_fact():
    text = "Canada sanctioned Andes Copper, a trader registered in Panama, and two ships that it says carried ore."
    assert claims(text).get(("OPERATES_IN", "company:andes-copper", "state:panama")) == "asserted"


def test_bodies_named_after_the_place_they_are_registered_in():
    text = "Canada blacklisted two traders registered in Panama, Andes Copper and Pacifico Metals, on Friday."
    found = operates(text)
    assert {("company:andes-copper", "state:panama"), ("company:pacifico-metals", "state:panama")} <= found
    assert not any(source == "state:canada" for source, _ in found)


def test_the_company_opening_a_sentence_goes_on_with_the_last_subject():
    text = ("Andes Copper, a unit of the state-owned Pacifico Metals Group, will buy a stake. "
            "The company also operates ports in Chile and Ecuador.")
    found = operates(text)
    assert {("company:andes-copper", "state:chile"), ("company:andes-copper", "state:ecuador")} <= found
    assert not any(source == "company:pacifico-metals-group" for source, _ in found)


def test_the_company_in_mid_sentence_is_still_the_last_company_named():
    text = ("Peru signed a deal with Andes Copper. Chile said on Friday that the company operates ports in Ecuador.")
    assert ("company:andes-copper", "state:ecuador") in operates(text)


def test_a_first_word_found_by_its_apposition_is_the_full_name_named_before():
    text = ("Peru leased a terminal to Chile's Tamarugal Harbour Holdings. "
            "Tamarugal, a subsidiary of the state-owned Atacama Ports Group, will run it.")
    names = {a.name for a in extract_text(text).actors}
    assert "Tamarugal Harbour Holdings" in names and "Tamarugal" not in names


def test_a_where_clause_gives_the_place_its_body_operates_in():
    found = operates("Peru buys gas from Bolivia, where Andes Copper operates the Sabalo field.")
    assert ("company:andes-copper", "state:bolivia") in found
    assert not any(source == "state:peru" for source, _ in found)


def test_a_where_clause_after_no_place_names_no_place():
    assert not operates("Andes Copper said the talks, where it operates, went well.")


def test_talks_in_a_where_clause_after_a_visit_are_a_fact():
    text = ("Chile will buy Peruvian gas, Foreign Minister Ana Soto announced on Monday after a visit to Lima, "
            "where she held talks with Peru's Foreign Minister Luis Vega.")
    ex = extract_text(text)
    met = [c for c in ex.claims if c.type == "MET_WITH"]
    assert met and all(c.modality == "asserted" for c in met)


def test_a_relative_clause_after_a_title_holder_is_about_the_body():
    found = operates("She also met Ana Vidal, chairwoman of Andes Copper, which runs a smelter in Peru's Arequipa region.")
    assert ("company:andes-copper", "state:peru") in found


def test_who_after_a_title_holder_is_still_the_person():
    text = "The deal was criticised by Rosa Tello, a member of the Congress of Chile, who accused Peru of bribery."
    found = rels(text)
    assert ("OPPOSES", "person:rosa-tello", "state:peru") in found
    assert not any(r[0] == "OPPOSES" and r[1] != "person:rosa-tello" for r in found)


def test_a_site_names_an_unknown_place():
    found = operates("Chile raised deliveries to Spain's Andes Copper, which runs a large refinery in Cartagena.")
    assert ("company:andes-copper", "place:cartagena") in found


def test_a_bodys_own_site_is_where_it_operates():
    found = operates("Rao works for Andes Copper, which builds sonar equipment for the navy at its plant in Trujillo.")
    assert ("company:andes-copper", "place:trujillo") in found


def test_opening_a_site_is_operating_there_but_an_embassy_is_not():
    assert ("company:andes-copper", "state:peru") in operates("Andes Copper will also open a maintenance workshop in Peru.")
    assert not operates("Azerbaijan opened an embassy in Israel in 2023.")


def test_a_longer_name_found_by_context_wins_over_a_known_name_inside_it():
    text = ("Senegal bought trucks from Reuters Mobility Systems, a Dakar-based maker. "
            "Reuters Mobility Systems will also open a workshop in Mali.")
    names = {a.name for a in extract_text(text).actors}
    assert "Reuters Mobility Systems" in names and "Reuters" not in names


def test_a_list_of_bodies_each_qualified_by_its_state():
    text = ("The firms - Chile's Andes Copper, Peru's Pacifico Metals and the Lima-registered Inca Shipping - "
            "all operate in Bolivia.")
    found = operates(text)
    assert {("company:andes-copper", "state:bolivia"), ("company:pacifico-metals", "state:bolivia"),
            ("company:inca-shipping", "state:bolivia")} <= found
    assert not any(source.startswith("state:") for source, _ in found)


def test_an_armed_group_controlling_ground_operates_there():
    text = "The Northern Liberation Front, which now controls most of Idlib, tightened its grip on the border."
    assert ("org:northern-liberation-front", "place:idlib") in operates(text)


def test_a_state_controlling_something_and_export_controls_are_not_operating():
    assert not operates("Turkey controls the crossings into Idlib.")
    assert not operates("The United States imposed export controls on Chinese chipmakers in Idlib.")


def test_a_garrison_on_a_reef_with_a_geographic_head():
    ex = extract_text("Peru has kept a garrison on Condor Reef since 1981.")
    assert ("OPERATES_IN", "state:peru", "place:condor-reef") in {(c.type, c.source, c.target) for c in ex.claims}
    assert ("Condor Reef", "Place") in {(a.name, a.kind) for a in ex.actors}


def test_active_on_an_island():
    found = operates("The Andes Liberation Front is active on Condor Island.")
    assert any(target == "place:condor-island" for _, target in found)


def test_a_presence_in_an_aside_ends_at_its_comma():
    found = operates("The Andes Coast Guard, which keeps a permanent presence at Condor Shoal, fired at Chilean boats.")
    assert ("agency:andes-coast-guard", "place:condor-shoal") in found
    assert not any(target == "state:chile" for _, target in found)


def test_a_number_with_a_comma_does_not_end_an_aside():
    text = "Andes Copper, which already pumps about 200,000 barrels a day in Bolivia, will operate two blocks."
    assert ("company:andes-copper", "state:bolivia") in operates(text)


def test_a_bare_verb_after_a_preposition_or_determiner_is_a_noun():
    assert not rels("Chile protested over land reclamation at Condor Reef in the Pacific Islands.") & \
        {("VISITED", "state:chile", "place:pacific-islands")}
    assert not operates("Andes Copper protested against the mine in Bolivia.")


def test_running_is_a_form_of_run():
    text = "Officials said the SVR was running a network of informants in Estonia."
    found = claims(text)
    assert found.get(("OPERATES_IN", "agency:svr", "state:estonia")) == "reported"


def test_the_operator_of_a_states_grid_operates_there():
    text = "The Chilean section is to be laid by Andes Gas, the operator of Chile's gas transmission grid."
    assert ("company:andes-gas", "state:chile") in operates(text)
    assert ("company:andes-gas", "state:bolivia") in operates("Andes Gas, Bolivia's largest mobile operator, grew fast.")


def test_an_apposition_names_who_an_agent_noun_is():
    text = "The deal was signed with Andes Gas, the main supplier of gas to Chile."
    assert ("SUPPLIES_OIL", "company:andes-gas", "state:chile") in rels(text)


def test_the_name_before_a_phrase_trigger_is_whose_it_is():
    text = "Chile also threatened to expel the Peruvian troops who serve with the African Union mission in Somalia."
    found = operates(text)
    assert ("org:african-union", "state:somalia") in found
    assert ("state:chile", "state:somalia") not in found


def test_a_state_hosting_a_bodys_office():
    found = operates("Qatar, which hosts the political office of Hamas, mediated between the group and Israel.")
    assert ("org:hamas", "state:qatar") in found
    assert not operates("Peru hosted the foreign ministers of Chile and Bolivia in Lima.")


def test_a_body_described_as_a_maker_in_a_place():
    found = operates("The third suspect is an engineer at Andes Copper, a chipmaker in Trujillo.")
    assert ("company:andes-copper", "place:trujillo") in found
    assert not operates("Andes Copper, a firm in talks with Peru, said on Friday it would expand.")


def test_a_bare_verb_after_a_singular_noun_is_a_compound_noun():
    text = "Chile now supplies Peru's electricity after the Andean power station in the Idlib region cut output."
    assert not operates(text)
    assert {("company:andes-copper", "state:bolivia"), ("company:inca-energy", "state:bolivia")} <= operates(
        "Andes Copper and Inca Energy both operate in Bolivia.")


def test_a_place_name_keeps_its_particles():
    ex = extract_text("Andes Copper opened a plant in Sao Bernardo do Campo to build parts.")
    assert ("company:andes-copper", "place:sao-bernardo-do-campo") in {(c.source, c.target) for c in ex.claims}


def test_a_body_listed_before_its_apposition_shares_the_verb():
    text = ("Andes Copper, a subsidiary of Pacifico Metals Group, and Inca Energy won one block each "
            "and plan to drill their first wells in Bolivia in 2027.")
    found = operates(text)
    assert {("company:andes-copper", "state:bolivia"), ("company:inca-energy", "state:bolivia")} <= found
    assert ("company:pacifico-metals-group", "state:bolivia") not in found


def test_a_companys_unit_named_by_its_state():
    assert ("company:andes-copper", "state:peru") in operates("The Peruvian unit of Andes Copper was fined on Friday.")
    assert ("company:gazprom", "state:serbia") in operates("Officials said Gazprom's Serbian unit would be sold.")
    assert not operates("Gazprom's Serbian partner was fined on Friday.")


def test_an_allegation_before_the_described_body_is_not_about_its_seat():
    text = "According to prosecutors, the suspects were paid through Andes Copper, a shell company registered in Panama."
    assert claims(text).get(("OPERATES_IN", "company:andes-copper", "state:panama")) == "reported"
    text = "Canada sanctioned Andes Copper, a shell company allegedly registered in Panama."
    assert claims(text).get(("OPERATES_IN", "company:andes-copper", "state:panama")) == "alleged"


def test_staff_across_a_state_and_a_relative_clause_after_a_bracketed_acronym():
    text = "The Andean Relief Council (ARC), which has staff across the camps in Bolivia, declined to comment."
    assert any(target == "state:bolivia" for _, target in operates(text))
    assert {("company:andes-copper", "state:bolivia"), ("company:andes-copper", "state:peru")} <= operates(
        "Andes Copper operates across Bolivia and Peru.")


def test_a_body_named_after_its_seat_compound():
    text = ("Canada imposed sanctions on a Lima-based trading firm on Friday. "
            "The Treasury added the firm, Andes Copper, to its list.")
    assert ("company:andes-copper", "state:peru") in operates(text)


def test_a_body_named_far_from_an_unnamed_seat_is_not_bound_to_it():
    filler = " ".join(["Officials in Canada said the talks would continue next week."] * 25)
    text = f"Canada imposed sanctions on a Lima-based trading firm on Friday. {filler} The firm, Andes Copper, denied it."
    assert ("company:andes-copper", "state:peru") not in operates(text)


def test_a_site_named_by_its_place_then_whose():
    ex = extract_text("The minister toured the Paita shipyard of state-owned Andes Copper on Friday.")
    assert ("company:andes-copper", "place:paita") in {(c.source, c.target) for c in ex.claims}
    assert ("Paita", "Place") in {(a.name, a.kind) for a in ex.actors}
    assert ("company:repsol", "place:cartagena") in operates("Kuwait raised crude deliveries to Repsol's Cartagena refinery.")
    assert not operates("Repsol's Spanish refinery is the largest.")


def test_a_seat_compound_before_a_person_is_not_the_employers_seat():
    assert not operates("A Paris-based analyst at Eurasia Group said the deal would hold.")


def test_a_place_named_by_its_kind_as_an_object_and_in_a_where_clause():
    text = "The delegation visited the port city of Antofagasta, where Andes Copper runs a smelter."
    assert ("company:andes-copper", "place:antofagasta") in operates(text)


def test_a_seat_compound_in_an_apposition_with_the():
    found = operates("The Andean Rights Watch, the Lima-based rights group, said the trial was unfair.")
    assert any(target == "state:peru" for _, target in found)


def test_building_a_plant_near_a_capital():
    assert ("company:andes-copper", "state:peru") in operates("Andes Copper broke ground on a production plant near Lima.")
    assert ("company:andes-copper", "state:peru") in operates("Andes Copper will build a factory in Peru.")
    assert not operates("Andes Copper will build roads in Peru.")


def test_a_speaker_in_a_later_relative_clause_does_not_report_the_main_clause():
    text = "Andes Copper opened a plant in Peru, which its chief executive said would employ 500 people."
    assert claims(text).get(("OPERATES_IN", "company:andes-copper", "state:peru")) == "asserted"


def test_a_speaker_in_a_later_that_clause_does_not_report_the_main_clause():
    text = "Canada sanctioned Andes Copper and two ships that it says carried Peruvian ore to Iran."
    assert claims(text).get(("SANCTIONS", "state:canada", "company:andes-copper")) == "asserted"


def test_troops_who_serve_in_a_state():
    text = "Chile threatened to expel the Peruvian troops who serve with the African Union mission in Somalia."
    found = operates(text)
    assert ("state:peru", "state:somalia") in found and ("state:chile", "state:somalia") not in found


def test_a_leased_terminal_is_where_the_lessee_operates():
    text = "Peru has leased a container terminal at Paita to Chile's Andes Harbour Holdings for 35 years."
    assert ("company:andes-harbour-holdings", "state:peru") in operates(text)
    assert not operates("Peru has leased two aircraft to Andes Harbour Holdings.")


def test_the_speaker_described_by_a_seat_compound_is_the_subject():
    text = "Prairie Copper sold two cargoes to Inca Refining, the Arequipa-based producer said on Monday."
    found = operates(text)
    assert ("company:prairie-copper", "place:arequipa") in found
    assert ("company:inca-refining", "place:arequipa") not in found


def test_exploration_blocks_off_or_in_a_state():
    text = "Andes Copper and Inca Energy, which hold exploration blocks off Cyprus, hope to sell gas to Egypt."
    assert {("company:andes-copper", "state:cyprus"), ("company:inca-energy", "state:cyprus")} <= operates(text)
    assert ("company:andes-copper", "state:nigeria") in operates("Andes Copper won two blocks in Nigeria.")
    assert not operates("The tankers carried out ship-to-ship transfers off Malaysia.")


def test_the_pair_is_both_bodies_named_together():
    text = ("Tokyo also added two trading firms, Andes Copper and Inca Energy, to its blacklist. "
            "According to the finance ministry, the pair operated warehouses in Kyrgyzstan.")
    found = claims(text)
    assert found.get(("OPERATES_IN", "company:andes-copper", "state:kyrgyzstan")) == "reported"
    assert found.get(("OPERATES_IN", "company:inca-energy", "state:kyrgyzstan")) == "reported"


def test_the_pair_needs_two_bodies_named_together():
    text = ("Tokyo fined Andes Copper. Lima later fined Inca Energy. "
            "Officials said the pair operated warehouses in Kyrgyzstan.")
    assert not operates(text)


def test_a_passive_operated_by_takes_the_place_before_it():
    text = "Agadem, in eastern Bolivia, is operated by Andes Copper, which also owns a refinery."
    assert ("company:andes-copper", "state:bolivia") in operates(text)


def test_a_semiconductor_maker_by_its_head_word():
    ex = extract_text("The third suspect is an engineer at Andes Semiconductor, a chipmaker in Trujillo.")
    assert ("Andes Semiconductor", "Company") in {(a.name, a.kind) for a in ex.actors}
    assert ("company:andes-semiconductor", "place:trujillo") in {(c.source, c.target) for c in ex.claims}


def test_peacekeepers_and_advisers_in_a_state():
    assert ("state:china", "state:south-sudan") in operates("Chinese peacekeepers in South Sudan were attacked.")
    assert ("state:russia", "state:mali") in operates("Russian military advisers in Mali trained the army.")
