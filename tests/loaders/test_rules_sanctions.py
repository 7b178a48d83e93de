"""Sanctions, detentions and recognitions stated across sentences or in less direct phrasings,
each on sentences written for these tests."""

from loaders.pipeline import extract_text


def claims(text):
    return {(c.type, c.source, c.target): c.modality for c in extract_text(text).claims}


def rels(text):
    return set(claims(text))


# -- an agent carried to the next sentence ----------------------------------------------------------

def test_the_group_described_is_named_in_the_next_sentence():
    text = ("Canada imposed travel bans on Tuesday on three Belarusian prison officials. "
            "The officials are General Pavel Drozd, General Inna Sakovich and Colonel Oleg Rudak.")
    found = claims(text)
    for person in ("person:pavel-drozd", "person:inna-sakovich", "person:oleg-rudak"):
        assert found.get(("SANCTIONS", "state:canada", person)) == "asserted"


def test_the_company_named_in_an_apposition_after_a_description():
    text = ("Norway sanctioned a Cyprus-registered shipping company on Friday. "
            "The company, Aegean Crest Shipping, operates eleven tankers.")
    assert ("SANCTIONS", "state:norway", "company:aegean-crest-shipping") in rels(text)


def test_a_list_between_dashes_names_the_firms():
    text = ("Kenya blacklisted two foreign timber firms on Monday. "
            "The firms - Uganda's Nile Forest Products, Rwanda's Kivu Timber Logistics and Zambezi Hardwoods Ltd - "
            "export hardwood.")
    found = rels(text)
    assert ("SANCTIONS", "state:kenya", "company:nile-forest-products") in found
    assert ("SANCTIONS", "state:kenya", "company:kivu-timber-logistics") in found
    assert ("SANCTIONS", "state:kenya", "state:uganda") not in found  # the owner of a firm is not listed


def test_the_measures_target_the_banks_named():
    text = ("New Zealand announced new sanctions on Wednesday. "
            "The measures target Aral Savings Bank and Karakum Trade Bank.")
    found = rels(text)
    assert ("SANCTIONS", "state:new-zealand", "company:aral-savings-bank") in found
    assert ("SANCTIONS", "state:new-zealand", "company:karakum-trade-bank") in found


def test_a_later_sentence_about_something_else_names_no_target():
    text = ("Canada imposed a ban on imports from the company. The ban was welcomed by Ukraine.")
    assert not any(t == "SANCTIONS" and tgt == "state:ukraine" for t, _, tgt in rels(text))


def test_a_head_noun_the_first_sentence_did_not_use_is_no_bridge():
    text = ("Canada sanctioned four army officers on Tuesday. The talks are led by Colonel Pavel Drozd.")
    assert not any(t == "SANCTIONS" and tgt == "person:pavel-drozd" for t, _, tgt in rels(text))


def test_the_suspect_named_after_the_arrest():
    text = ("Chile's Investigations Police arrested a 52-year-old port worker on Friday. "
            "The suspect, 52-year-old Ramon Ibarra Soto, was held in Valparaiso.")
    assert ("DETAINED", "agency:investigations-police-chile", "person:ramon-ibarra-soto") in rels(text) or \
        any(t == "DETAINED" and tgt == "person:ramon-ibarra-soto" for t, _, tgt in rels(text))


def test_one_of_them_named_after_a_group_arrest():
    text = ("Peruvian police detained two Bolivian nationals near Puno on Sunday. "
            "One of them, Mateo Quispe Rojas, is wanted in La Paz.")
    assert ("DETAINED", "state:peru", "person:mateo-quispe-rojas") in rels(text)


def test_a_passive_with_no_agent_takes_the_last_agent_of_the_type():
    text = ("The European Union on Monday blacklisted the Andean Gold Refinery for smuggling gold. "
            "Sierra Madre Logistics, a firm based in Panama, was also blacklisted.")
    assert ("SANCTIONS", "org:european-union", "company:sierra-madre-logistics") in rels(text)


def test_a_denied_passive_takes_the_last_agent_too():
    text = ("In 2021 the United States imposed sanctions on Vietnam's Hai Phong Shipyard. "
            "Indonesia, by contrast, has not been sanctioned.")
    assert claims(text).get(("SANCTIONS", "state:united-states", "state:indonesia")) == "denied"


def test_the_carried_agent_expires():
    text = ("Canada sanctioned Bolivar Mining in March. Prices rose. Exports fell. Unions protested. Mines closed. "
            "Patagonia Metals was blacklisted.")
    assert not any(t == "SANCTIONS" and tgt == "company:patagonia-metals" for t, _, tgt in rels(text))


def test_a_person_detained_in_a_relative_clause():
    text = ("Ecuador's police on Monday detained two men. The smuggling network was run by Diego Paredes Mora, "
            "a former customs officer who was detained at his farm.")
    assert any(t == "DETAINED" and tgt == "person:diego-paredes-mora" for t, _, tgt in rels(text))


# -- modality -------------------------------------------------------------------------------------------

def test_an_accusation_in_a_relative_clause_on_the_object_is_not_the_sanctions():
    text = "Japan imposed sanctions on Monday on a Hong Kong firm that is accused of shipping chips to Russia."
    assert claims(text).get(("SANCTIONS", "state:japan", "state:hong-kong")) in (None, "asserted")
    text = "Japan on Monday sanctioned Kowloon Bay Traders, a firm that is accused of shipping chips to Russia."
    assert claims(text).get(("SANCTIONS", "state:japan", "company:kowloon-bay-traders")) == "asserted"


def test_a_suspicion_on_the_person_arrested_is_not_the_arrest():
    text = "Estonian police arrested Martin Kask, a fisherman suspected of spying for Russia."
    assert claims(text).get(("DETAINED", "state:estonia", "person:martin-kask")) == "asserted"


def test_an_allegation_of_the_main_clause_is_not_the_relative_clauses():
    text = "The scheme was allegedly run by former minister Ivo Marin, who was arrested by Croatian police."
    assert claims(text).get(("DETAINED", "state:croatia", "person:ivo-marin")) == "asserted"


def test_a_passive_after_an_aside_on_its_subject():
    text = ("Britain on Friday sanctioned the Caspian Star Bank. Volta Marine Services, a shipper based in Ghana "
            "that reportedly carried arms to Libya, was also blacklisted.")
    found = claims(text)
    assert found.get(("SANCTIONS", "state:united-kingdom", "company:volta-marine-services")) == "asserted"


# -- recognition ----------------------------------------------------------------------------------------

def test_recognition_switched_to_a_capital():
    text = "Nicaragua, which switched recognition to Beijing in 2021, opened an embassy there."
    assert ("RECOGNIZED", "state:nicaragua", "state:china") in rels(text)


def test_recognising_a_state_named_by_its_demonym():
    text = "Mexico and Venezuela, which both recognise the Sahrawi republic, voted against the motion."
    found = rels(text)
    assert ("RECOGNIZED", "state:mexico", "state:western-sahara") in found
    assert ("RECOGNIZED", "state:venezuela", "state:western-sahara") in found


def test_the_antecedent_of_a_relative_clause_with_its_own_subject_is_the_object():
    text = "Kosovo, which Kenya has formally recognised since March, thanked Nairobi."
    assert ("RECOGNIZED", "state:kenya", "state:kosovo") in rels(text)
    # a subject relative keeps its antecedent as the agent
    text = "Kenya, which recognised Kosovo in March, hosted the talks."
    assert ("RECOGNIZED", "state:kenya", "state:kosovo") in rels(text)
    # the object of a relative clause's verb is not found past the clause's end
    text = "Taiwan, which Belize has long recognised, criticised Honduras on Monday."
    found = rels(text)
    assert ("RECOGNIZED", "state:belize", "state:taiwan") in found
    assert ("RECOGNIZED", "state:belize", "state:honduras") not in found


def test_one_of_the_countries_that_recognise():
    text = "Belize is one of only twelve states that still recognise Taiwan."
    assert ("RECOGNIZED", "state:belize", "state:taiwan") in rels(text)


def test_a_pronoun_opening_reported_speech_stands_for_the_speakers():
    text = "Spain and Greece said they had no plans to recognise Kosovo."
    found = claims(text)
    assert found.get(("RECOGNIZED", "state:spain", "state:kosovo")) == "denied"
    assert found.get(("RECOGNIZED", "state:greece", "state:kosovo")) == "denied"


def test_a_pronoun_in_a_clause_that_names_its_own_subject_is_not_the_speaker():
    text = "Spain said Serbia would never recognise Kosovo."
    found = rels(text)
    assert ("RECOGNIZED", "state:spain", "state:kosovo") not in found


# -- the state behind an agency, and sayings that are not the act's -----------------------------------

def test_an_agency_referred_to_as_it_acts_for_its_state():
    text = ("Canada's Global Affairs Department said on Monday it had frozen the assets of Minsk Potash Traders.")
    found = rels(text)
    assert any(t == "SANCTIONS" and s == "state:canada" and tgt.startswith("company:minsk-potash") for t, s, tgt in found)


def test_a_company_referred_to_as_it_does_not_act_for_its_state():
    text = "Norway's Fjord Tankers said it had never sold fuel to Syria."
    assert not any(s == "state:norway" for _, s, _ in rels(text))


def test_a_saying_inside_a_relative_clause_on_the_object_is_not_the_act_reported():
    text = "Britain's Foreign Office on Monday sanctioned Adriatic Bunkering Ltd and two tankers that it says refuelled ships."
    assert claims(text).get(("SANCTIONS", "state:united-kingdom", "company:adriatic-bunkering-ltd")) == "asserted"


def test_a_reflexive_after_a_name_does_not_make_it_a_modifier():
    text = "Although Japan has restricted chip exports, it has not sanctioned Huawei itself."
    assert claims(text).get(("SANCTIONS", "state:japan", "company:huawei")) == "denied"


def test_a_direct_object_does_not_reach_into_a_clause_with_its_own_subject():
    text = "Although Canada has banned most imports of Iranian steel, it has not sanctioned Mobarakeh Steel Company."
    found = claims(text)
    assert found.get(("SANCTIONS", "state:canada", "company:mobarakeh-steel-company")) == "denied"


# -- whose sanctions ------------------------------------------------------------------------------------

def test_a_name_qualifying_the_sanctions_imposes_them():
    found = rels("Turkey condemned the US sanctions on Venezuela.")
    assert ("SANCTIONS", "state:united-states", "state:venezuela") in found
    assert ("SANCTIONS", "state:turkey", "state:venezuela") not in found


def test_a_name_after_a_quantifier_makes_sanctions_a_noun():
    found = rels("Norway has applied most EU sanctions on Iran since 2012.")
    assert ("SANCTIONS", "org:european-union", "state:iran") in found
    assert ("SANCTIONS", "state:norway", "state:iran") in found  # applying them is imposing them too


def test_an_embargo_with_a_noun_between_its_imposer_and_it():
    found = rels("Egypt criticised the UN arms embargo on Libya.")
    assert ("SANCTIONS", "org:united-nations", "state:libya") in found
    assert ("SANCTIONS", "state:egypt", "state:libya") not in found


def test_a_bare_name_before_sanctions_is_still_the_subject_of_the_verb():
    assert ("SANCTIONS", "state:canada", "state:iran") in rels("Canada sanctions Iran over drone exports.")


def test_a_price_cap_imposed_on_a_states_goods():
    assert ("SANCTIONS", "org:european-union", "state:russia") in rels(
        "In 2022 the European Union imposed a price cap on Russian diesel.")


def test_an_accusation_before_a_relative_clause_is_not_the_clauses():
    text = ("Washington fined two tanker firms, accusing them of selling Iranian oil above the ceiling "
            "that the European Union imposed on Iranian crude.")
    assert claims(text).get(("SANCTIONS", "org:european-union", "state:iran")) == "asserted"


def test_an_allegation_with_a_that_clause_still_covers_it():
    text = "Officials have alleged that the European Union imposed an embargo on Eritrea in secret."
    assert claims(text).get(("SANCTIONS", "org:european-union", "state:eritrea")) == "alleged"


# -- people named as nationals, and suspicion on the subject ---------------------------------------------

def test_a_national_named_in_an_apposition_is_detained():
    text = "QUITO, May 3 - In April, the government arrested a Peruvian national, Tomas Huaman Rojas, at the border."
    assert ("DETAINED", "state:ecuador", "person:tomas-huaman-rojas") in rels(text)


def test_a_citizen_named_after_a_suspicion_is_detained_as_a_fact():
    text = ("A third man suspected of spying for Iran, a Turkish citizen named Kemal Arslan Oz, "
            "was detained by Greek police near Evros.")
    assert claims(text).get(("DETAINED", "state:greece", "person:kemal-arslan-oz")) == "asserted"


def test_the_spying_a_man_is_suspected_of_stays_alleged():
    text = "Latvia's State Security Service arrested Janis Berzins, a sailor suspected of spying on Latvia for Russia."
    assert claims(text).get(("ALLEGED_SPYING", "state:russia", "state:latvia")) == "alleged"


def test_an_acronym_names_the_same_home_state_body_as_its_long_form():
    text = ("ACCRA, May 2 - Kofi Mensah Boateng was arrested on Friday by officers of the Directorate of Coastal "
            "Police (DCP). The DCP said he would appear in court.")
    ex = extract_text(text)
    bodies = [a for a in ex.actors if a.kind == "Agency" and "Coastal" in a.name]
    assert len(bodies) == 1 and "DCP" in bodies[0].aliases and bodies[0].country == "state:ghana"


def test_a_person_held_by_a_body_is_detained():
    found = rels("BOGOTA, May 3 - Olga Ruiz Pardo was held for two days by the Colombian Navy.")
    assert ("DETAINED", "state:colombia", "person:olga-ruiz-pardo") in found


def test_a_person_held_in_a_city_is_detained_by_the_datelines_state():
    text = "BOGOTA, May 3 - Police arrested two men. Spanish citizen Javier Ortega Lema was held the same day in Cali."
    assert ("DETAINED", "state:colombia", "person:javier-ortega-lema") in rels(text)


def test_a_meeting_held_is_no_detention():
    text = "MOSCOW, May 3 - A summit between Xi Jinping and Vladimir Putin was held in Kazan."
    assert not any(t == "DETAINED" for t, _, _ in rels(text))
    assert not any(t == "DETAINED" for t, _, _ in rels("Spain held talks with Morocco's foreign minister."))


def test_a_travel_ban_and_asset_freeze_on_a_titled_list():
    text = ("The African Union announced a travel ban and asset freeze on General Mamadou Keita Sow, "
            "Colonel Ibrahim Toure Diallo and the National Salvation Committee.")
    found = rels(text)
    assert ("SANCTIONS", "org:african-union", "person:mamadou-keita-sow") in found
    assert ("SANCTIONS", "org:african-union", "person:ibrahim-toure-diallo") in found


def test_a_blocking_word_that_governs_the_trigger_still_blocks():
    found = rels("The EU banned imports of Russian oil in 2022.")
    assert not any(t == "SUPPLIES_OIL" for t, _, _ in found)


def test_a_title_after_comma_and_starts_a_clause_not_a_list():
    text = "Belgrade sent a protest note to Nairobi, and President Aleksandar Vucic said he was angry."
    assert not any(t == "OPPOSES" and tgt == "person:aleksandar-vucic" for t, _, tgt in rels(text))


def test_a_headline_suspending_recognition_states_no_recognition():
    text = "Malawi suspends recognition of Kosovo\n\nMalawi no longer recognises Kosovo, its foreign minister said."
    modalities = {c.modality for c in extract_text(text).claims
                  if (c.type, c.source, c.target) == ("RECOGNIZED", "state:malawi", "state:kosovo")}
    assert modalities == {"denied"}


def test_a_blockade_imposed_on_a_state():
    found = rels("Officials in Doha condemned the blockade imposed by Saudi Arabia on Qatar in 2017.")
    assert ("SANCTIONS", "state:saudi-arabia", "state:qatar") in found
    assert ("SANCTIONS", "state:egypt", "state:qatar") in rels("In 2017 Egypt imposed a blockade on Qatar.")


def test_a_target_slot_does_not_reach_into_a_later_as_clause():
    text = ("Canada on Friday sanctioned a Turkish shipping agent, as Ottawa steps up pressure on Tehran.")
    assert ("SANCTIONS", "state:canada", "state:iran") not in rels(text)
    text = "Canada sanctioned Iran, as well as Belarus, on Friday."
    assert ("SANCTIONS", "state:canada", "state:iran") in rels(text)


# -- the home state's police and ministries; a story that stays on its detentions -----------------------

def test_the_police_of_a_datelined_story_are_its_state():
    text = "LIMA, June 2 - The police arrested Rosa Quispe Mamani at her home in Cusco on Sunday."
    assert ("DETAINED", "state:peru", "person:rosa-quispe-mamani") in rels(text)


def test_a_lower_case_ministry_blacklists_firms_the_next_sentence_names():
    text = ("TRIPOLI, May 2 - The oil ministry on Sunday blacklisted two foreign trading companies.\n\n"
            "The companies - Malta's Gozo Petroleum Services and the Cyprus-registered Limassol Bunkering Ltd - "
            "ship crude from the east.")
    found = rels(text)
    assert ("SANCTIONS", "state:libya", "company:gozo-petroleum-services") in found
    assert ("SANCTIONS", "state:libya", "company:limassol-bunkering-ltd") in found


def test_a_story_that_stays_on_its_detentions_keeps_the_agent():
    text = ("Peruvian police detained three people on Monday. The network was run by former colonel Julio Ramos Paz, "
            "who was detained at his home. He had served in Lima. He recruited two officers. "
            "One of them, Captain Ana Torres Vega, was also detained. "
            "The third suspect, Luis Campos Diaz, is a pilot.")
    found = rels(text)
    assert ("DETAINED", "state:peru", "person:luis-campos-diaz") in found


def test_ordering_a_firm_to_leave_sanctions_it():
    text = "Mali on Monday ordered Falcon Ridge Mining Ltd to leave the country within 30 days."
    found = rels(text)
    assert ("SANCTIONS", "state:mali", "company:falcon-ridge-mining-ltd") in found
    # an order to leave given to diplomats is an expulsion of their state's envoys, no sanction on people
    found = rels("Mali ordered two French diplomats to leave the country.")
    assert not any(t == "SANCTIONS" for t, _, _ in found)


def test_the_person_named_after_a_description_in_an_of_phrase():
    text = "Georgian police detained dozens of students after the arrest of the party's leader, Nika Melia Gvaramia."
    assert ("DETAINED", "state:georgia", "person:nika-melia-gvaramia") in rels(text)


def test_a_clause_after_the_of_phrase_is_no_apposition():
    text = "Georgian police protested the arrest of two officers, while Irakli Kobakhidze spoke in Tbilisi."
    assert not any(t == "DETAINED" and tgt == "person:irakli-kobakhidze" for t, _, tgt in rels(text))


# -- lists, and diplomatic relations --------------------------------------------------------------------

def test_placed_on_the_entity_list_by():
    found = rels("Hikvision was placed on the entity list by the US Commerce Department in 2019.")
    assert ("SANCTIONS", "state:united-states", "company:hikvision") in found


def test_added_to_an_entity_list():
    assert ("SANCTIONS", "state:japan", "company:huawei") in rels("Japan added Huawei to its entity list in 2020.")


def test_putting_something_else_on_a_list_is_no_sanction():
    found = rels("Canada put Russia on the agenda of the sanctions talks in Ottawa.")
    assert ("SANCTIONS", "state:canada", "state:russia") not in found


def test_a_ban_on_imports_from_a_state():
    assert ("SANCTIONS", "state:japan", "state:north-korea") in rels("Japan imposed a ban on imports from North Korea.")


def test_establishing_diplomatic_relations_recognises():
    found = rels("Oman established diplomatic relations with South Sudan in 2012.")
    assert ("RECOGNIZED", "state:oman", "state:south-sudan") in found


def test_arrested_in_a_states_capital_by_no_one_named():
    found = rels("Ales Bialiatski was arrested in Minsk in July 2021.")
    assert ("DETAINED", "state:belarus", "person:ales-bialiatski") in found


def test_the_detention_of_a_person_by_a_states_authorities():
    text = "Rights groups condemned the detention of French researcher Fariba Adelkhah by Iranian authorities."
    assert ("DETAINED", "state:iran", "person:fariba-adelkhah") in rels(text)


def test_sanctions_announced_are_a_noun():
    assert ("SANCTIONS", "state:canada", "state:belarus") in rels("Canada announced sanctions against Belarus on Monday.")


def test_a_colon_list_names_the_firms_a_demonym_only_described():
    text = "The US Treasury blacklisted three Chinese firms: Hengli Petrochemical, Zhoushan Shipping and Dalian Tankers."
    found = rels(text)
    assert ("SANCTIONS", "state:united-states", "company:dalian-tankers") in found
    assert ("SANCTIONS", "state:united-states", "state:china") not in found


def test_two_firms_and_their_units_are_a_list_not_an_apposition():
    found = rels("The US has sanctioned Rosneft, Lukoil and their subsidiaries.")
    assert ("SANCTIONS", "state:united-states", "company:lukoil") in found
    # a name set off by commas after another is still an apposition
    found = rels("Britain sanctioned Rosneft, Russia's largest oil company.")
    assert ("SANCTIONS", "state:united-kingdom", "state:russia") not in found


def test_the_only_country_that_recognises():
    assert ("RECOGNIZED", "state:turkey", "state:kosovo") in rels("Turkey is the only country that recognises Kosovo.")


def test_police_in_a_state_arrest_for_it():
    found = rels("Police in Georgia arrested opposition leader Nika Melia on Tuesday.")
    assert ("DETAINED", "state:georgia", "person:nika-melia") in found


def test_a_prison_sentence_jails():
    text = "A Minsk court sentenced journalist Ihar Losik Karpenka to fifteen years in prison."
    assert ("DETAINED", "state:belarus", "person:ihar-losik-karpenka") in rels(text)
    # a sentence that is no jail term states no detention
    text = "A Minsk court sentenced journalist Ihar Losik Karpenka to a fine."
    assert not any(t == "DETAINED" for t, _, _ in rels(text))


def test_withdrawn_recognition_is_not_asserted():
    for text in ("Zambia withdrew its recognition of Kosovo in 2016.", "Burundi revoked its recognition of Kosovo."):
        assert not any(t == "RECOGNIZED" and m == "asserted" for (t, _, _), m in claims(text).items())


def test_the_sanctions_of_a_state_target_firms():
    found = rels("The new Australian sanctions target Rosneft and Lukoil.")
    assert {("SANCTIONS", "state:australia", "company:rosneft"), ("SANCTIONS", "state:australia", "company:lukoil")} <= found
    found = rels("The EU's sanctions list includes Rosneft.")
    assert ("SANCTIONS", "org:european-union", "company:rosneft") in found
    # a verb that does not target says nothing of whom
    assert not any(t == "SANCTIONS" for t, _, _ in rels("Australia's sanctions worried Rosneft."))


def test_an_urged_or_proposed_act_is_not_stated():
    assert not any(t == "SANCTIONS" for t, _, _ in rels("Kyiv urged Japan to sanction Rosneft."))
    assert not any(t == "RECOGNIZED" for t, _, _ in
                   rels("Lawmakers suggested that Chile formally recognise Kosovo through legislation."))
    assert ("SANCTIONS", "state:japan", "company:rosneft") in rels("Japan sanctioned Rosneft after Kyiv urged it to.")


def test_closing_a_bodys_branch_acts_on_the_body():
    found = rels("In May, Belarus closed down the Goethe Institute office in Minsk.")
    assert ("SANCTIONS", "state:belarus", "org:goethe-institute") in found


def test_a_demonym_before_an_office_is_still_a_modifier():
    found = rels("Protesters closed down the Chinese office in Lagos.")
    assert not any(t == "SANCTIONS" and tgt == "state:china" for t, _, tgt in found)


def test_lifted_or_eased_sanctions_are_not_stated():
    assert not any(t == "SANCTIONS" for t, _, _ in rels("The EU lifted sanctions on Syria in May."))
    assert not any(t == "SANCTIONS" for t, _, _ in rels("Washington eased sanctions on Venezuela's oil sector."))


def test_a_firm_facing_a_bodys_sanctions():
    assert ("SANCTIONS", "org:european-union", "company:lukoil") in rels("Lukoil faces new EU sanctions.")
    # the sanctioned one is not also their imposer
    assert not any(t == "SANCTIONS" and s == "company:lukoil" for t, s, _ in rels("Lukoil faces new EU sanctions."))


def test_sanctions_on_a_states_officers_do_not_sanction_the_state():
    found = rels("Canada imposed sanctions on three Sudanese army officers.")
    assert ("SANCTIONS", "state:canada", "state:sudan") not in found
    assert ("SANCTIONS", "state:canada", "state:sudan") in rels("Canada imposed sanctions on Sudan.")


def test_a_state_holding_a_person():
    text = "Belarusian authorities have held journalist Andrzej Poczobut since 2021."
    assert ("DETAINED", "state:belarus", "person:andrzej-poczobut") in rels(text)
    assert not any(t == "DETAINED" for t, _, _ in rels("China held a summit with Brazilian President Lula da Silva."))
