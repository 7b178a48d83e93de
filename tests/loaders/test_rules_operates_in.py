"""Rules for where a body is based or operates (OPERATES_IN), each on sentences written for these tests."""

from loaders.pipeline import extract_text


def claims(text):
    return {(c.type, c.source, c.target): c.modality for c in extract_text(text).claims}


def rels(text):
    return {(c.type, c.source, c.target) for c in extract_text(text).claims}


def operates(text):
    return {(c.source, c.target) for c in extract_text(text).claims if c.type == "OPERATES_IN"}


def kinds(text):
    return {(a.name, a.kind) for a in extract_text(text).actors}


# -- seats: "Lima-based X", "X, a firm registered in Y" ------------------------------------------

def test_a_seat_compound_before_the_name():
    assert ("company:andes-copper", "state:peru") in operates("Chile fined Lima-based Andes Copper on Friday.")


def test_a_seat_compound_with_the_name_in_apposition():
    found = operates("Brazil's regulator suspended a Chile-registered insurer, Andes Copper, last week.")
    assert ("company:andes-copper", "state:chile") in found


def test_a_seat_compound_after_the_name_makes_an_unknown_city_a_place():
    text = "Andes Copper, a Trujillo-based metals trader, doubled its profit."
    assert ("company:andes-copper", "place:trujillo") in operates(text)
    assert ("Trujillo", "Place") in kinds(text)


def test_a_seat_compound_in_an_apposition_with_the():
    found = operates("The Andean Rights Watch, the Lima-based rights group, said the trial was unfair.")
    assert any(target == "state:peru" for _, target in found)


def test_the_speaker_described_by_a_seat_compound_is_the_subject():
    text = "Pacifico Metals will ship ore to Andes Copper from June, the Arequipa-based exporter told reporters."
    found = operates(text)
    assert ("company:pacifico-metals", "place:arequipa") in found
    assert ("company:andes-copper", "place:arequipa") not in found


def test_a_demonym_compound_is_a_nationality_not_a_seat():
    assert not operates("Canada sanctioned an Emirati-registered firm, Andes Copper, on Friday.")


def test_a_seat_compound_before_a_person_is_not_the_employers_seat():
    assert not operates("A Paris-based analyst at Eurasia Group said the deal would hold.")


def test_a_body_named_after_its_seat_compound():
    text = "Chile froze the assets of a Lima-based shipping firm. The firm, Andes Copper, denied wrongdoing."
    assert ("company:andes-copper", "state:peru") in operates(text)


def test_a_body_named_far_from_an_unnamed_seat_is_not_bound_to_it():
    filler = " ".join(["Officials in Canada said the talks would continue next week."] * 25)
    text = f"Chile froze the assets of a Lima-based shipping firm. {filler} The firm, Andes Copper, denied it."
    assert ("company:andes-copper", "state:peru") not in operates(text)


def test_a_description_after_the_body_states_its_seat_as_a_fact():
    text = "Andes Copper, a broker registered in Panama, was added to the list on Friday, officials said."
    assert claims(text).get(("OPERATES_IN", "company:andes-copper", "state:panama")) == "asserted"


def test_an_allegation_before_the_described_body_is_not_about_its_seat():
    text = "According to prosecutors, the suspects were paid through Andes Copper, a shell company registered in Panama."
    assert claims(text).get(("OPERATES_IN", "company:andes-copper", "state:panama")) == "reported"
    text = "Canada sanctioned Andes Copper, a shell company allegedly registered in Panama."
    assert claims(text).get(("OPERATES_IN", "company:andes-copper", "state:panama")) == "alleged"


def test_bodies_named_after_the_place_they_are_registered_in():
    text = "Two insurers registered in Panama, Andes Copper and Pacifico Metals, were fined by Chile."
    found = operates(text)
    assert {("company:andes-copper", "state:panama"), ("company:pacifico-metals", "state:panama")} <= found
    assert not any(source.startswith("state:") for source, _ in found)


def test_a_body_described_as_a_maker_in_a_place():
    assert ("company:andes-copper", "place:trujillo") in operates("Andes Copper, a battery maker in Trujillo, hired 300 people.")
    assert not operates("Andes Copper, a firm in talks with Peru, said on Friday it would expand.")


def test_a_semiconductor_maker_by_its_head_word():
    text = "Andes Semiconductor, a chipmaker in Trujillo, hired 300 engineers."
    assert ("Andes Semiconductor", "Company") in kinds(text)
    assert ("company:andes-semiconductor", "place:trujillo") in operates(text)


def test_a_companys_unit_named_by_its_state():
    assert ("company:andes-copper", "state:peru") in operates("The Peruvian unit of Andes Copper was fined on Friday.")
    assert ("company:gazprom", "state:serbia") in operates("Officials said Gazprom's Serbian unit would be sold.")
    assert not operates("Gazprom's Serbian partner was fined on Friday.")


# -- places the gazetteer does not know ---------------------------------------------------------

def test_a_place_named_by_its_kind_is_the_end_of_in():
    text = "Andes Copper has operated two mines in the mountainous region of Cajamarca since 2019."
    assert ("company:andes-copper", "place:cajamarca") in operates(text)


def test_a_place_named_by_its_kind_as_an_object_and_in_a_where_clause():
    text = "The delegation visited the port city of Antofagasta, where Andes Copper runs a smelter."
    assert ("company:andes-copper", "place:antofagasta") in operates(text)


def test_a_place_that_ends_no_claim_is_no_actor():
    ex = extract_text("The storm hit the port city of Antofagasta on Friday, officials in Chile said.")
    assert "Antofagasta" not in {a.name for a in ex.actors}


def test_a_site_names_an_unknown_place():
    assert ("company:andes-copper", "place:ilo") in operates("Andes Copper operates a copper smelter in Ilo.")


def test_a_place_name_keeps_its_particles():
    found = operates("Andes Copper runs a depot in Sao Jose dos Campos.")
    assert ("company:andes-copper", "place:sao-jose-dos-campos") in found


def test_a_garrison_on_a_reef_with_a_geographic_head():
    text = "Peru maintains a small garrison on Condor Reef."
    assert ("state:peru", "place:condor-reef") in operates(text)
    assert ("Condor Reef", "Place") in kinds(text)


def test_active_on_an_island():
    found = operates("The Andes Liberation Front is active on Condor Island.")
    assert any(target == "place:condor-island" for _, target in found)


def test_a_site_named_by_its_place_then_whose():
    text = "Inspectors visited the Paita shipyard of Andes Copper."
    assert ("company:andes-copper", "place:paita") in operates(text)
    assert ("Paita", "Place") in kinds(text)
    assert ("company:gazprom", "place:orenburg") in operates("Gazprom's Orenburg plant was shut.")
    assert not operates("Gazprom's Serbian plant was shut.")


# -- what bodies do there -----------------------------------------------------------------------

def test_a_bodys_own_site_is_where_it_operates():
    assert ("company:andes-copper", "place:ilo") in operates("Andes Copper makes cathodes at its plant in Ilo.")


def test_opening_a_site_is_operating_there_but_an_embassy_is_not():
    assert ("company:andes-copper", "state:ecuador") in operates("Andes Copper plans to open a regional office in Quito next year.")
    assert not operates("Azerbaijan opened an embassy in Israel in 2023.")


def test_building_a_plant_near_a_capital():
    assert ("company:andes-copper", "state:peru") in operates("Andes Copper will build a smelter near Lima.")
    assert ("company:andes-copper", "state:peru") in operates("Andes Copper broke ground on a new factory in Peru.")
    assert not operates("Andes Copper will build roads in Peru.")


def test_an_armed_group_controlling_ground_operates_there():
    text = "The Northern Liberation Front controls much of Idlib and collects taxes there."
    assert ("org:northern-liberation-front", "place:idlib") in operates(text)


def test_a_state_controlling_something_and_export_controls_are_not_operating():
    assert not operates("Turkey controls the crossings into Idlib.")
    assert not operates("The United States imposed export controls on Chinese chipmakers in Idlib.")


def test_the_operator_of_a_states_grid_operates_there():
    assert ("company:andes-gas", "state:chile") in operates("Andes Gas, the operator of Chile's power grid, raised tariffs.")
    assert ("company:andes-gas", "state:bolivia") in operates("Andes Gas became Bolivia's biggest grid operator in 2020.")


def test_an_apposition_names_who_an_agent_noun_is():
    text = "The deal was signed with Andes Gas, the main supplier of gas to Chile."
    assert ("SUPPLIES_OIL", "company:andes-gas", "state:chile") in rels(text)


def test_the_name_before_a_phrase_trigger_is_whose_it_is():
    found = operates("Chile criticised the African Union mission in Somalia.")
    assert ("org:african-union", "state:somalia") in found
    assert ("state:chile", "state:somalia") not in found


def test_a_state_hosting_a_bodys_office():
    found = operates("Turkey hosts the regional headquarters of the Andean Relief Council.")
    assert ("org:andean-relief-council", "state:turkey") in found
    assert not operates("Peru hosted the foreign ministers of Chile and Bolivia in Lima.")


def test_peacekeepers_and_advisers_in_a_state():
    assert ("state:china", "state:south-sudan") in operates("Chinese peacekeepers in South Sudan were attacked.")
    assert ("state:russia", "state:mali") in operates("Russian military advisers in Mali trained the army.")


def test_troops_who_serve_in_a_place():
    found = operates("Chile praised the Peruvian troops who serve in the Sinai.")
    assert ("state:peru", "place:sinai") in found and not any(source == "state:chile" for source, _ in found)


def test_a_leased_base_is_where_the_lessee_operates():
    assert ("company:andes-copper", "state:djibouti") in operates("Djibouti leased an airbase to Andes Copper last year.")
    assert not operates("Peru has leased two aircraft to Andes Harbour Holdings.")


def test_exploration_blocks_off_or_in_a_state():
    assert ("company:andes-copper", "state:chile") in operates("Andes Copper holds two exploration blocks off Chile.")
    assert ("company:andes-copper", "state:nigeria") in operates("Andes Copper won two blocks in Nigeria.")
    assert not operates("The tankers met off Malaysia.")


def test_running_is_a_form_of_run():
    text = "Estonia says the SVR has been running informants in Tallinn for years."
    assert claims(text).get(("OPERATES_IN", "agency:svr", "state:estonia")) == "reported"


def test_a_passive_operated_by_takes_the_place_before_it():
    assert ("company:andes-copper", "state:bolivia") in operates("In southern Bolivia the Sabalo field is operated by Andes Copper.")


def test_staff_across_a_state_and_a_relative_clause_after_a_bracketed_acronym():
    text = "The Andean Relief Council (ARC), which employs staff across Bolivia, asked for funds."
    assert any(target == "state:bolivia" for _, target in operates(text))
    assert {("company:andes-copper", "state:bolivia"), ("company:andes-copper", "state:peru")} <= operates(
        "Andes Copper operates across Bolivia and Peru.")


# -- who the body is --------------------------------------------------------------------------

def test_the_company_opening_a_sentence_goes_on_with_the_last_subject():
    text = ("Andes Copper, a partner of Pacifico Metals Group, reported higher sales. "
            "The company also runs two mines in Chile.")
    found = operates(text)
    assert ("company:andes-copper", "state:chile") in found
    assert not any(source == "company:pacifico-metals-group" for source, _ in found)


def test_the_company_in_mid_sentence_is_still_the_last_company_named():
    text = "Peru signed a deal with Andes Copper. Chile said on Friday that the company operates ports in Ecuador."
    assert ("company:andes-copper", "state:ecuador") in operates(text)


def test_a_first_word_found_by_its_apposition_is_the_full_name_named_before():
    text = ("Chile awarded a rail contract to Tamarugal Logistics Holdings. "
            "Tamarugal, a subsidiary of the state-owned Atacama Group, will build the line.")
    names = {a.name for a in extract_text(text).actors}
    assert "Tamarugal Logistics Holdings" in names and "Tamarugal" not in names


def test_a_longer_name_found_by_context_wins_over_a_known_name_inside_it():
    text = "Reuters Mobility Systems, a Dakar-based maker of buses, won the tender. Reuters Mobility Systems beat two rivals."
    names = {a.name for a in extract_text(text).actors}
    assert "Reuters Mobility Systems" in names and "Reuters" not in names


def test_a_relative_clause_after_a_title_holder_is_about_the_body():
    text = "Ana Vidal, the chief executive of Andes Copper, which mines silver in Bolivia, resigned."
    assert ("company:andes-copper", "state:bolivia") in operates(text)


def test_who_after_a_title_holder_is_still_the_person():
    text = "The deal was criticised by Rosa Tello, a member of the Congress of Chile, who accused Peru of bribery."
    found = rels(text)
    assert ("OPPOSES", "person:rosa-tello", "state:peru") in found
    assert not any(r[0] == "OPPOSES" and r[1] != "person:rosa-tello" for r in found)


def test_a_list_of_bodies_each_qualified_by_its_state():
    text = "Chile's Andes Copper, Peru's Pacifico Metals and the Lima-registered Inca Shipping operate in Bolivia."
    found = operates(text)
    assert {("company:andes-copper", "state:bolivia"), ("company:pacifico-metals", "state:bolivia"),
            ("company:inca-shipping", "state:bolivia")} <= found
    assert not any(source in ("state:chile", "state:peru") for source, _ in found)


def test_a_body_listed_before_its_apposition_shares_the_verb():
    text = "Andes Copper, a unit of Pacifico Metals Group, and Inca Energy will explore for lithium in Bolivia."
    found = operates(text)
    assert {("company:andes-copper", "state:bolivia"), ("company:inca-energy", "state:bolivia")} <= found
    assert ("company:pacifico-metals-group", "state:bolivia") not in found


def test_the_two_companies_are_both_bodies_named_together():
    text = "Chile fined Andes Copper and Inca Energy in March. Regulators say the two companies operate depots in Bolivia."
    assert {("company:andes-copper", "state:bolivia"), ("company:inca-energy", "state:bolivia")} <= operates(text)


def test_the_pair_needs_two_bodies_named_together():
    text = "Tokyo fined Andes Copper. Lima later fined Inca Energy. Officials said the pair operated warehouses in Kyrgyzstan."
    assert not operates(text)


# -- clauses and modality ---------------------------------------------------------------------

def test_a_where_clause_gives_the_place_its_body_operates_in():
    found = operates("Trucks carry the ore to Bolivia, where Andes Copper mines zinc.")
    assert ("company:andes-copper", "state:bolivia") in found


def test_a_where_clause_after_no_place_names_no_place():
    assert not operates("Andes Copper said the talks, where it operates, went well.")


def test_talks_in_a_where_clause_after_a_visit_are_a_fact():
    text = ("Chile will buy Peruvian gas, Foreign Minister Ana Soto announced on Monday after a visit to Lima, "
            "where she held talks with Peru's Foreign Minister Luis Vega.")
    met = [c for c in extract_text(text).claims if c.type == "MET_WITH"]
    assert met and all(c.modality == "asserted" for c in met)


def test_a_presence_in_an_aside_ends_at_its_comma():
    found = operates("The Andes Coast Guard, which maintains a presence at Condor Shoal, detained Chilean trawlers.")
    assert ("agency:andes-coast-guard", "place:condor-shoal") in found
    assert not any(target == "state:chile" for _, target in found)


def test_a_number_with_a_comma_does_not_end_an_aside():
    text = "Andes Copper, which mines about 40,000 tonnes a year in Bolivia, plans a new pit."
    assert ("company:andes-copper", "state:bolivia") in operates(text)


def test_a_bare_verb_after_a_preposition_or_determiner_is_a_noun():
    assert not any(r[0] == "VISITED" for r in rels("Chile is worried about land reclamation in the Condor Islands."))
    assert not operates("Andes Copper protested against the mine in Bolivia.")


def test_a_bare_verb_after_a_singular_noun_is_a_compound_noun():
    assert not operates("Chile blamed a fault at the Andean power station in the Idlib region.")
    assert {("company:andes-copper", "state:bolivia"), ("company:inca-energy", "state:bolivia")} <= operates(
        "Andes Copper and Inca Energy both operate in Bolivia.")


def test_a_speaker_in_a_later_relative_clause_does_not_report_the_main_clause():
    text = "Andes Copper opened a warehouse in Peru, which officials said would create jobs."
    assert claims(text).get(("OPERATES_IN", "company:andes-copper", "state:peru")) == "asserted"


def test_a_speaker_in_a_later_that_clause_does_not_report_the_main_clause():
    text = "Canada sanctioned Andes Copper over cargoes that it says reached Iran."
    assert claims(text).get(("SANCTIONS", "state:canada", "company:andes-copper")) == "asserted"
