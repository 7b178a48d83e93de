"""Rules for ALLEGED_SPYING, each on sentences written for these tests."""

import shutil

import pytest

from graph.ontology import Ontology, OntologyError
from loaders.pipeline import extract_text


def spying(text):
    return {(c.source, c.target, c.modality) for c in extract_text(text).claims if c.type == "ALLEGED_SPYING"}


def pairs(text):
    return {(s, t) for s, t, _ in spying(text)}


# -- spying for X, with no target named: the state holding the suspect is spied on --------------------------

def test_spying_for_a_state_targets_the_state_that_detains():
    found = spying("Hungary detained a Serbian engineer accused of spying for China.")
    assert ("state:china", "state:hungary", "alleged") in found


def test_the_named_suspect_spies_on_the_captor_too():
    found = pairs("Portugal arrested Boris Johnson, a businessman accused of spying for Russia.")
    assert {("state:russia", "state:portugal"), ("person:boris-johnson", "state:portugal")} <= found


def test_spying_for_either_of_two_states():
    found = spying("Lithuania has arrested 12 people on suspicion of spying for Russia or Belarus this year.")
    assert {("state:russia", "state:lithuania", "alleged"), ("state:belarus", "state:lithuania", "alleged")} <= found


def test_passive_arrest_names_the_captor_after_by():
    found = pairs("A Kenyan truck driver suspected of spying for Somalia was detained by Ethiopian police on Monday.")
    assert ("state:somalia", "state:ethiopia") in found


def test_agency_that_arrests_stands_for_its_state():
    found = pairs("Germany's Federal Prosecutor's Office charged two men with espionage for Iran.")
    assert ("state:iran", "state:germany") in found


def test_dateline_state_when_the_sentence_speaks_of_a_charge():
    text = "VIENNA, March 3 (Wire) - A retired army colonel suspected of spying for Russia was freed on bail."
    assert ("state:russia", "state:austria") in pairs(text)


def test_accuser_is_the_target_of_spying_for_another():
    assert ("state:united-states", "state:iran") in pairs("Iran accused Britain of spying for the United States.")


def test_no_captor_no_claim():
    # nobody arrests or charges anyone, and there is no dateline: no target to guess
    assert pairs("The novel tells of a chemist spying for Russia in the 1950s.") == set()


def test_a_target_named_wins_over_the_captor():
    found = pairs("Norway arrested a sailor suspected of spying on Sweden for Russia.")
    assert ("state:russia", "state:sweden") in found and ("state:russia", "state:norway") not in found


# -- passing secrets or information to X ----------------------------------------------------------------------

def test_the_one_receiving_secrets_spies_on_the_captor():
    text = ("SEOUL, May 2 (Wire) - South Korea's National Intelligence Service detained two soldiers suspected of "
            "passing military secrets to North Korea, the agency said.")
    found = spying(text)
    assert ("state:north-korea", "state:south-korea", "alleged") in found
    # the body that makes the arrest is not a spy on its own state
    assert not any(s.startswith("agency:") and t == "state:south-korea" for s, t, _ in found)


def test_information_on_a_state_passed_to_another():
    found = spying("Prosecutors accused Boris Johnson of passing information on Greece's navy to Turkey.")
    assert ("state:turkey", "state:greece", "alleged") in found
    assert ("person:boris-johnson", "state:greece", "alleged") in found


def test_secrets_kept_are_no_spying():
    assert pairs("Samsung said it guards its trade secrets closely and would not share them with Apple.") == set()


# -- blame and accusation: the one accused does it, not the accuser ---------------------------------------------

def test_blamed_for_a_named_hack():
    found = spying("France blamed Russia for the Bundestag hack.")
    assert ("state:russia", "agency:bundestag", "alleged") in found
    assert not any(s == "state:france" for s, _, _ in found)


def test_accused_of_being_behind_a_campaign():
    found = spying("Australia accused China of being behind a cyber campaign against the Electoral Commission.")
    assert ("state:china", "agency:electoral-commission", "alleged") in found
    assert not any(s == "state:australia" for s, _, _ in found)


def test_accused_of_conducting_espionage():
    found = pairs("Denmark accused Russia of conducting espionage against its navy.")
    assert ("state:russia", "state:denmark") in found and ("state:denmark", "state:denmark") not in found


def test_a_possessive_before_the_act_is_the_doer_not_the_target():
    assert ("state:russia", "state:estonia") not in pairs("Estonia exposed Russia's hack of its ministries.")


# -- "him" and qualified information -----------------------------------------------------------------------------

def test_him_is_the_person_named_before_and_information_may_be_qualified():
    text = ("Georgia's State Security Service arrested Boris Johnson in Batumi. "
            "It accused him of collecting classified information about Georgia's navy.")
    assert ("person:boris-johnson", "state:georgia", "alleged") in spying(text)


def test_him_never_means_his_own_sentence_subject():
    text = ("Police in Tbilisi arrested Boris Johnson on Monday. "
            "Emmanuel Macron condemned Georgia for detaining him.")
    found = {(c.type, c.source, c.target) for c in extract_text(text).claims}
    assert ("DETAINED", "state:georgia", "person:emmanuel-macron") not in found
    assert ("DETAINED", "state:georgia", "person:boris-johnson") in found


# -- a body named before "for X's ..." keeps its own name -----------------------------------------------------------

def test_body_before_for_a_possessive_is_its_own_name():
    text = "Police arrested Boris Johnson, a businessman accused of spying on the Finnish Border Guard for Russia's Federal Security Service."
    found = pairs(text)
    assert ("person:boris-johnson", "agency:border-guard-finland") in found
    assert ("agency:fsb", "agency:border-guard-finland") in found


def test_of_inside_a_name_still_joins_it():
    ex = extract_text("The Ministry of Defence of Ukraine signed the deal.")
    assert any(a.name == "Ministry of Defence of Ukraine" or a.id.startswith("agency:ministry-of-defence") for a in ex.actors)


# -- a person described, then named --------------------------------------------------------------------------------

def test_person_named_in_apposition_after_a_describing_noun():
    text = "One of them, Karol Nowicki, is suspected of spying on Lithuanian ports for the GRU."
    assert ("person:karol-nowicki", "state:lithuania", "alleged") in spying(text)


def test_person_after_named():
    ex = extract_text("Police detained a Latvian citizen named Ilze Berzina near the border.")
    assert ("Ilze Berzina", "Person") in {(a.name, a.kind) for a in ex.actors}


def test_a_company_in_apposition_is_no_person():
    ex = extract_text("The contractor, Baltic Marine Systems, said the ship was late.")
    assert "Person" not in {a.kind for a in ex.actors}


# -- photographing as a charge ----------------------------------------------------------------------------------------

def test_photographing_for_an_intelligence_body_is_spying_on_the_place():
    text = ("The second suspect, Karol Nowicki, is a technician at Nordwerk Semiconductor in Dresden. "
            "He is accused of photographing wafer designs at the company for the FSB.")
    found = pairs(text)
    assert ("person:karol-nowicki", "company:nordwerk-semiconductor") in found
    assert ("agency:fsb", "company:nordwerk-semiconductor") in found


def test_photographing_charged_in_a_dated_story_targets_the_dateline_state():
    text = "ATHENS, June 4 (Wire) - The man, Boris Johnson, allegedly photographed naval bases, according to prosecutors."
    assert ("person:boris-johnson", "state:greece", "alleged") in spying(text)


def test_photographing_without_a_charge_is_no_spying():
    assert pairs("ATHENS, June 4 (Wire) - Boris Johnson photographed the parade for the Defence Ministry.") == set()


# -- the body named in apposition to a possessive's noun phrase ---------------------------------------------------------

def test_body_named_after_the_possessive_phrase_spies_too():
    text = ("Kenya detained two men on suspicion of spying on Kenya for Somalia's intelligence agency, "
            "the National Intelligence and Security Agency, officials said.")
    found = pairs(text)
    assert ("state:somalia", "state:kenya") in found
    assert any(s.startswith("agency:") and "intelligence" in s and t == "state:kenya" for s, t in found)


def test_a_speaker_after_the_comma_is_no_apposition():
    found = pairs("Estonia jailed a man for spying on Estonia for Russia's intelligence service, the Foreign Ministry said.")
    assert ("state:russia", "state:estonia") in found
    assert not any(s.startswith("agency:foreign-ministry") for s, _ in found)


# -- working for a foreign intelligence service ----------------------------------------------------------------------------

def test_working_for_a_foreign_intelligence_service():
    text = ("NIAMEY, May 3 (Wire) - The junta arrested a Belgian national, Boris Johnson, "
            "whom it accused of working for Belgian intelligence.")
    found = spying(text)
    assert ("state:belgium", "state:niger", "alleged") in found
    assert ("person:boris-johnson", "state:niger", "alleged") in found


def test_working_for_a_firm_is_no_spying():
    text = "OSLO, May 2 (Wire) - Police arrested Boris Johnson, who works for the shipping firm Vestland Cargo, for speeding."
    assert pairs(text) == set()


# -- "on behalf of X" is "for X"; a charge is an allegation --------------------------------------------------------------

def test_espionage_on_behalf_of_a_state():
    found = spying("Latvia charged a soldier with espionage on behalf of Belarus.")
    assert ("state:belarus", "state:latvia", "alleged") in found
    assert ("state:latvia", "state:belarus") not in {(s, t) for s, t, _ in found}


def test_spied_on_the_orders_of_a_service():
    found = pairs("Finland arrested Boris Johnson, who spied on Finland on the orders of the GRU.")
    assert ("agency:gru", "state:finland") in found


# -- hackers and what they break into ------------------------------------------------------------------------------------

def test_demonym_hackers_targeted_a_body():
    assert ("state:iran", "agency:knesset") in pairs("Iranian hackers targeted the Knesset last year.")


def test_hackers_working_for_a_service_breached_a_network():
    text = "Norway said hackers working for China's Ministry of State Security had breached the Norwegian Parliament's email system."
    found = spying(text)
    assert {("agency:mss", "state:norway", "reported"), ("state:china", "state:norway", "reported")} <= found


def test_hackers_speaking_attack_nobody():
    assert pairs("Iranian hackers said Israel was behind the attack.") == set()
    assert pairs("Israel targeted Hezbollah, while hackers attacked Iranian banks.") == set()


# -- recruited by an intelligence service; attacks attributed to a state ----------------------------------------------------

def test_recruited_by_a_foreign_intelligence_service():
    text = "VILNIUS, May 3 (Wire) - Boris Johnson had been recruited by Russian intelligence, prosecutors said."
    found = pairs(text)
    assert {("state:russia", "state:lithuania"), ("person:boris-johnson", "state:lithuania")} <= found


def test_recruited_by_a_firm_is_no_spying():
    assert pairs("VILNIUS, May 3 (Wire) - Boris Johnson had been recruited by Siemens after his arrest.") == set()


def test_attack_traced_to_a_service():
    found = spying("Italy said the cyberattack on the Italian Senate had been traced to Russia's GRU.")
    assert {("agency:gru", "state:italy", "reported"), ("state:russia", "state:italy", "reported")} <= found


def test_intelligence_activity_against_a_state_in_a_quote():
    text = '"China has stepped up its intelligence activities against Lithuania," the security service chief said.'
    assert ("state:china", "state:lithuania", "reported") in spying(text)


def test_a_named_service_counts_as_intelligence():
    text = "RIGA, May 3 (Wire) - Police arrested Boris Johnson, who is accused of working for Russia's GRU."
    found = spying(text)
    assert {("agency:gru", "state:latvia", "alleged"), ("person:boris-johnson", "state:latvia", "alleged")} <= found


def test_the_arresting_service_does_not_make_a_job_spying():
    text = "RIGA, May 3 (Wire) - Latvia's State Security Service arrested Boris Johnson, who worked for Siemens, on charges of bribery."
    assert pairs(text) == set()


def test_sabotage_for_a_state_targets_the_captor():
    assert ("state:russia", "state:poland") in pairs("WARSAW, May 4 (Wire) - Police arrested two men suspected of plotting sabotage for Russia.")


def test_hackers_charged_with_targeting_a_states_firms():
    found = spying("Canada charged four Iranian hackers with targeting Canadian banks.")
    assert ("state:iran", "state:canada", "alleged") in found


def test_suspects_recruited_in_a_dated_story():
    text = "SEOUL, May 2 (Wire) - The agency said the suspects were recruited by North Korean intelligence in Beijing."
    assert ("state:north-korea", "state:south-korea") in pairs(text)


# -- the suspect named in an apposition after the accusation ----------------------------------------------------------------

def test_suspect_named_after_the_accusation():
    text = "A third woman accused of spying on Moldova for Russia, a Ukrainian citizen named Olena Hrytsenko, was detained in Chisinau."
    assert ("person:olena-hrytsenko", "state:moldova") in pairs(text)


def test_a_speaker_after_the_accusation_is_not_the_suspect():
    text = "Police arrested a man suspected of spying for Russia, Nancy Faeser, the interior minister, said."
    assert not any(s == "person:nancy-faeser" for s, _ in pairs(text))


# -- the suspect named in a later sentence -------------------------------------------------------------------------------------

def test_person_arrested_after_an_unnamed_suspect_is_the_suspect():
    text = ("HELSINKI, May 2 (Wire) - Finland has arrested a port worker suspected of spying on the country's navy for Russia. "
            "Police detained Boris Johnson at his home in Kotka on Friday.")
    found = spying(text)
    assert ("person:boris-johnson", "state:finland", "alleged") in found


def test_single_named_sentence_after_an_unnamed_suspect():
    text = ("RIGA, May 2 (Wire) - Latvia detained two men suspected of spying for Belarus. "
            "One of them, Boris Johnson, was detained in Daugavpils.")
    assert ("person:boris-johnson", "state:latvia", "alleged") in spying(text)


def test_an_arrest_long_after_is_no_suspect():
    text = ("HELSINKI, May 2 (Wire) - Finland has arrested a port worker suspected of spying for Russia. "
            "The port handles timber. It also handles paper. Exports rose in May. Trade fell in June. "
            "Police detained Boris Johnson for speeding in Kotka on Friday.")
    assert not any(s == "person:boris-johnson" for s, _ in pairs(text))


def test_suspect_in_a_relative_clause_of_detention():
    text = ("SEOUL, May 2 (Wire) - Police detained two soldiers suspected of passing secrets to North Korea. "
            "The cell was led by Boris Johnson, a retired major who was detained at his home in Incheon.")
    assert ("person:boris-johnson", "state:south-korea", "alleged") in spying(text)


def test_suspect_picked_up():
    text = ("DHAKA, May 2 (Wire) - Police have detained a fisherman on suspicion of spying on Bangladesh for Myanmar. "
            "The suspect, 40-year-old Boris Johnson, was picked up at his home on Monday.")
    assert ("person:boris-johnson", "state:bangladesh", "alleged") in spying(text)


def test_him_can_mean_the_object_named_earlier_in_its_sentence():
    text = "Ilham Aliyev spoke on Monday. Recep Tayyip Erdogan hosted Volodymyr Zelensky in Ankara and met him again in May."
    found = {(c.type, c.source, c.target) for c in extract_text(text).claims}
    assert ("MET_WITH", "person:recep-tayyip-erdogan", "person:ilham-aliyev") not in found


def test_spying_on_its_forces_targets_the_state_the_sentence_is_about():
    found = spying("Sweden said Boris Johnson had spied on its navy for Russia.")
    assert {("person:boris-johnson", "state:sweden", "reported"), ("state:russia", "state:sweden", "reported")} <= found


def test_its_after_other_words_is_left_alone():
    found = {(c.type, c.source, c.target) for c in extract_text("Norway's Equinor raised its gas exports to Germany.").claims}
    assert ("SUPPLIES_OIL", "state:norway", "state:germany") in found


def test_accused_with_a_day_between_object_and_of():
    found = spying("Lithuania accused Belarus on Tuesday of sabotage against its power grid.")
    assert ("state:belarus", "state:lithuania", "alleged") in found
    assert not any(s == "state:lithuania" for s, _, _ in found)


# -- a service's agents inside a state ----------------------------------------------------------------------------------------

def test_service_agents_in_a_state():
    found = spying("According to the indictment, the GRU agents stayed for weeks in Montenegro.")
    assert {("agency:gru", "state:montenegro", "reported"), ("state:russia", "state:montenegro", "reported")} <= found


def test_officers_of_no_service_are_no_spies():
    assert pairs("Russian officers in Syria trained soldiers.") == set()
    assert pairs("Border Police agents in Texas arrested migrants.") == set()
    assert pairs("Ukrainian officers in Kursk were captured, Russian military intelligence said.") == set()


def test_intelligence_officers_of_a_state_in_another():
    found = spying("Chinese intelligence officers posing as students remain active in Canberra, the agency said.")
    assert ("state:china", "state:australia", "reported") in found


def test_working_with_a_foreign_intelligence_service():
    text = ("PARIS, April 2 (Wire) - Police arrested two French nationals suspected of working with Algerian intelligence.")
    assert ("state:algeria", "state:france", "alleged") in spying(text)


def test_working_with_an_ally_on_a_case_is_no_spying():
    assert pairs("PARIS, April 2 (Wire) - France is working with British intelligence on the case.") == set()


def test_state_sponsored_hacking_group():
    found = pairs("Finnish intelligence said a Russian state-backed hacking group had breached a Finnish ministry's network.")
    assert ("state:russia", "state:finland") in found


# -- envoys and agents of a state charged with spying ------------------------------------------------------------------------

def test_expelled_diplomats_suspected_of_espionage():
    found = spying("Slovakia expelled three Russian diplomats suspected of espionage.")
    assert ("state:russia", "state:slovakia", "alleged") in found


def test_agents_suspected_of_sabotage():
    assert ("state:russia", "state:lithuania") in pairs("Lithuania arrested two Russian agents suspected of plotting sabotage.")


def test_a_person_held_for_economic_sabotage_is_no_spy():
    text = "CONAKRY, May 2 (Wire) - We have detained Mr Boris Johnson for economic sabotage, the spokesman said."
    assert pairs(text) == set()


# -- passive convictions, pleas and nationals ----------------------------------------------------------------------------------

def test_the_subject_of_a_passive_conviction_is_no_captor():
    found = pairs("LONDON, May 2 (Wire) - Two Slovaks were convicted of spying for Russia.")
    assert ("state:russia", "state:united-kingdom") in found
    assert ("state:russia", "state:slovakia") not in found
    assert ("state:slovakia", "state:united-kingdom") not in found  # people of a state, not the state


def test_pleading_guilty_to_selling_secrets():
    text = "WASHINGTON, May 2 (Wire) - A former Navy engineer pleaded guilty to selling secrets to Iran."
    assert ("state:iran", "state:united-states") in pairs(text)


# -- modality: a reduced relative charges its own noun ------------------------------------------------------------------------

def modalities(text, type_):
    return {(c.source, c.target, c.modality) for c in extract_text(text).claims if c.type == type_}


def test_arrest_of_a_person_suspected_of_spying_is_a_fact():
    text = "Lithuania arrested Boris Johnson, a lorry driver suspected of spying for Belarus."
    assert ("state:lithuania", "person:boris-johnson", "asserted") in modalities(text, "DETAINED")
    assert ("state:belarus", "state:lithuania", "alleged") in spying(text)


def test_a_charge_of_the_main_verb_stays_alleged():
    text = "Lithuania has accused Belarus of spying on its army."
    assert ("state:belarus", "state:lithuania", "alleged") in spying(text)


def test_state_linked_hackers():
    assert ("state:iran", "agency:knesset") in pairs("Iran-linked hackers breached the Knesset's email servers.")


def test_a_state_based_firm_is_no_state_mention():
    # the seat compound places the firm (OPERATES_IN), but the state is no party to the firm's sale
    found = {(c.type, c.source, c.target) for c in extract_text("Poland-based Baltic Shipyards delivered two corvettes to Estonia.").claims}
    assert ("SELLS_TO", "company:baltic-shipyards", "state:estonia") in found
    assert not any(source == "state:poland" for _, source, _ in found)


# -- covert operations: assassination plots and poisonings ------------------------------------------------------------------

def test_state_behind_an_assassination_plot():
    found = spying("Norway said Russia was behind a plot to assassinate the head of Kongsberg Gruppen.")
    assert ("state:russia", "company:kongsberg", "reported") in found


def test_service_blamed_for_a_poisoning():
    found = spying("Britain blamed Russia's FSB for the poisoning of Boris Johnson.")
    assert ("agency:fsb", "person:boris-johnson", "alleged") in found


def test_food_poisoning_is_no_covert_operation():
    assert pairs("Mexico said the food poisoning of Boris Johnson's staff was under investigation.") == set()


def test_photographing_beside_an_unrelated_arrest_is_no_spying():
    text = "KYIV, May 2 (Wire) - Boris Johnson, who photographed the parade, said police had detained two men."
    assert pairs(text) == set()


def test_requires_within_must_be_a_whole_number(tmp_path):
    folder = tmp_path / "ontology"
    shutil.copytree(Ontology.load().folder, folder)
    path = folder / "relations.yaml"
    path.write_text(path.read_text(encoding="utf-8").replace("requires_within: 3", "requires_within: -1", 1), encoding="utf-8")
    with pytest.raises(OntologyError, match="requires_within"):
        Ontology.load(folder)


def test_working_for_a_firm_beside_intelligence_elsewhere_is_no_spying():
    text = "LONDON, May 2 (Wire) - Boris Johnson, who works for Reuters, said British intelligence had arrested a man."
    assert pairs(text) == set()
