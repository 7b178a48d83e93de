"""Rules for people: the offices they hold, the people they meet, the places they visit.
Each on sentences written for these tests."""

from loaders.pipeline import extract_text


def rels(text):
    return {(c.type, c.source, c.target) for c in extract_text(text).claims}


def offices(text):
    return {(c.source, c.target) for c in extract_text(text).claims if c.type == "HOLDS_OFFICE"}


# -- HOLDS_OFFICE -------------------------------------------------------------------------------


def test_a_rank_after_the_office_does_not_hide_the_office():
    text = ("The Chilean Navy opened an inquiry into the collision. \"We will cooperate fully,\" said its spokesman, "
            "Rear Admiral Tomas Pereira Lagos.")
    assert ("person:tomas-pereira-lagos", "agency:chilean-navy") in offices(text) or \
        any(s == "person:tomas-pereira-lagos" and "navy" in t for s, t in offices(text))


def test_an_office_and_a_rank_run_together():
    text = ("Peru's Ministry of Defence denied the report. \"No frigates were ordered,\" ministry spokesman "
            "Colonel Raul Quispe Mamani said.")
    assert any(s == "person:raul-quispe-mamani" and t.startswith("agency:ministry-of-defence") for s, t in offices(text))


def test_its_spokesman_opening_a_sentence_speaks_for_the_previous_subject_even_a_government():
    text = ("Eritrea's government rejected the findings on Monday. Its spokesman, Colonel Dawit Haile, "
            "said the report was biased.")
    assert ("person:dawit-haile", "state:eritrea") in offices(text)


def test_a_rank_alone_is_no_office():
    assert not offices("Colonel Dawit Haile said the report was biased.")


def test_now_the_countrys_president_in_an_apposition():
    text = "Chad was suspended after the 2021 takeover led by Idriss Mahamat Deby, now the country's president."
    assert ("person:idriss-mahamat-deby", "state:chad") in offices(text)


def test_the_title_before_a_long_title_names_the_state():
    text = "He then met his Omani counterpart, Minister of State for Foreign Affairs Salim al-Harthi, in Muscat."
    assert ("person:salim-al-harthi", "state:oman") in offices(text)


def test_a_minister_accompanying_a_president_named_by_surname_serves_the_same_state():
    text = ("ANKARA - Kenyan President Daniel Mwangi Otieno arrived on Monday for a three-day visit. "
            "Otieno was accompanied by Trade Minister Grace Achieng Were.")
    assert ("person:grace-achieng-were", "state:kenya") in offices(text)
    assert ("person:grace-achieng-were", "state:turkey") not in offices(text)


# -- MET_WITH -----------------------------------------------------------------------------------


def test_he_opening_a_sentence_is_the_previous_subject_not_the_last_person_named():
    text = ("Chilean Foreign Minister Pablo Ortega Ruiz held talks with Peru's Trade Minister, Lucia Vargas Soto. "
            "He also met Bolivian Energy Minister Marco Quispe Flores.")
    found = rels(text)
    assert ("MET_WITH", "person:pablo-ortega-ruiz", "person:marco-quispe-flores") in found
    assert ("MET_WITH", "person:lucia-vargas-soto", "person:marco-quispe-flores") not in found


def test_after_a_passive_she_is_the_agent_named_last():
    text = ("President Amara Kone Diallo was welcomed by Foreign Minister Fatou Sow Ndiaye. "
            "She later met the Malian ambassador, Oumar Sidibe Keita.")
    found = rels(text)
    assert ("MET_WITH", "person:fatou-sow-ndiaye", "person:oumar-sidibe-keita") in found


def test_talks_after_the_verb_are_its_subjects_with_a_titled_person():
    text = ("Norway will open an embassy in Hanoi, Foreign Minister Ingrid Solberg Dahl said on Monday after talks "
            "in Oslo with her Vietnamese counterpart, Tran Van Khoa.")
    assert ("MET_WITH", "person:ingrid-solberg-dahl", "person:tran-van-khoa") in rels(text)


def test_a_name_after_a_titled_phrase_that_goes_on_with_a_verb_is_a_subject():
    text = "After a call with his Danish counterpart, Minister Lars Holm Jensen visited Lima on Friday."
    assert ("VISITED", "person:lars-holm-jensen", "state:peru") in rels(text)


# -- VISITED ------------------------------------------------------------------------------------


def test_a_visit_after_the_verb_is_its_subjects():
    text = ("Uruguay has recognised Palestine, Foreign Minister Rosa Etcheverry Paz announced after a visit to Cairo.")
    assert ("VISITED", "person:rosa-etcheverry-paz", "state:egypt") in rels(text)


def test_a_visit_to_a_place_by_a_titled_person():
    text = "The deal followed a three-day visit to Nairobi by Ghana's president, Kofi Mensah Boateng, in May."
    found = rels(text)
    assert ("VISITED", "person:kofi-mensah-boateng", "state:kenya") in found


def test_he_later_in_the_text_is_the_last_person_a_sentence_was_about():
    text = ("Omani Deputy Prime Minister Salim Nasser Al-Busaidi began a European tour on Monday. "
            "In Rome, the deputy prime minister was received by Italian President Marco Bellini Conti and held talks with "
            "Foreign Minister Giulia Ferraro Neri. In Milan he met Economy Minister Paolo Greco Villa.")
    found = rels(text)
    assert ("MET_WITH", "person:salim-nasser-al-busaidi", "person:paolo-greco-villa") in found
    assert ("MET_WITH", "person:marco-bellini-conti", "person:paolo-greco-villa") not in found
    assert ("MET_WITH", "person:giulia-ferraro-neri", "person:paolo-greco-villa") not in found


def test_a_tour_of_states_that_ended_took_place():
    text = "Chilean President Ana Soto Vial ended a five-day tour of Japan and South Korea on Friday."
    found = rels(text)
    assert {("VISITED", "person:ana-soto-vial", "state:japan"), ("VISITED", "person:ana-soto-vial", "state:south-korea")} <= found


def test_ending_imports_still_blocks_trade():
    assert not any(t == "SUPPLIES_OIL" for t, _, _ in rels("Latvia ended imports of Russian gas in 2023."))


def test_a_delegation_to_a_capital_is_a_visit():
    text = "Omar Haddad Saleh, head of the Jordanian chamber of industry, led a delegation of 30 executives to Ankara."
    assert ("VISITED", "person:omar-haddad-saleh", "state:turkey") in rels(text)


def test_a_companion_named_after_accompanied_by_shares_the_visit():
    text = ("Peruvian President Carlos Mendoza Ruiz arrived in Seoul on Monday, accompanied by Defence Minister "
            "Rosa Huaman Torres.")
    found = extract_text(text).claims
    assert any(c.type == "VISITED" and c.source == "person:rosa-huaman-torres" and c.target == "state:south-korea"
               for c in found)


def test_a_companion_in_a_later_sentence_shares_the_visit_with_its_modality():
    text = ("Kenyan President Daniel Mwangi Otieno flew to Abu Dhabi on Sunday for energy talks. "
            "State media said army chief General Peter Kariuki Njoroge had accompanied the president.")
    claims = [c for c in extract_text(text).claims if c.type == "VISITED" and c.source == "person:peter-kariuki-njoroge"]
    assert [(c.target, c.modality) for c in claims] == [("state:united-arab-emirates", "reported")]


def test_accompanying_someone_who_travelled_nowhere_states_no_visit():
    text = "Defence Minister Rosa Huaman Torres was accompanied by General Jorge Salas Vega at the ceremony."
    assert not any(t == "VISITED" for t, _, _ in rels(text))


def test_a_spokeswoman_speaks_for_the_state_she_says_will_act():
    text = "Spokeswoman Olga Petrenko Vasilyeva said Minsk would respond to the new measures."
    assert ("person:olga-petrenko-vasilyeva", "state:belarus") in offices(text)


def test_a_spokesman_briefing_in_a_capital_speaks_for_its_state():
    text = ("TOKYO - Foreign ministry spokesman Li Wenhao told a regular briefing in Beijing that the "
            "patrols were lawful.")
    assert ("person:li-wenhao", "state:china") in offices(text)
    assert ("person:li-wenhao", "state:japan") not in offices(text)


def test_an_adviser_who_says_what_a_state_did_serves_it():
    text = "Nepal protested to India over the border fence, Foreign Affairs Adviser Maya Thapa Rai said."
    assert ("person:maya-thapa-rai", "state:nepal") in offices(text)


def test_a_bare_spokesman_takes_no_state_from_the_dateline():
    text = "OSLO - Spokesman Erik Dahl Berg said the shipments had resumed."
    assert not offices(text)


def test_a_title_of_the_kingdoms_body_is_held_in_the_kingdom():
    text = ("Jordan received the first F-16 upgrade kits. \"They extend our reach,\" said Major General "
            "Faisal Haddad Obeidat, commander of the kingdom's navy.")
    assert ("person:faisal-haddad-obeidat", "state:jordan") in offices(text)


def test_the_islands_president_is_the_island_states():
    text = "The delegation landed in Malta and met the island's president, Joseph Camilleri Vella."
    assert ("person:joseph-camilleri-vella", "state:malta") in offices(text)


def test_meeting_a_bodys_titled_person_is_meeting_the_person_and_those_listed_after():
    text = ("Andean Shipyards will build two corvettes. Ecuador's Defence Minister, Luis Paredes Mora, met the "
            "company's chief executive, Ana Ruiz Galdos, and Spain's ambassador, Pedro Lara Gil, on Friday.")
    found = rels(text)
    assert ("MET_WITH", "person:luis-paredes-mora", "person:ana-ruiz-galdos") in found
    assert ("MET_WITH", "person:luis-paredes-mora", "person:pedro-lara-gil") in found
    assert ("MET_WITH", "person:luis-paredes-mora", "company:andean-shipyards") not in found



def test_received_by_a_long_title_then_the_name():
    text = ("Peruvian President Tomas Irala Benitez arrived in Quito and was received by the General Secretary "
            "of the Citizens Movement and President of the Republic, Andres Paz Molina.")
    assert ("MET_WITH", "person:andres-paz-molina", "person:tomas-irala-benitez") in rels(text)


def test_sold_by_a_ministry_keeps_the_ministry_as_seller():
    text = "Six patrol boats were sold to Peru by the Ministry of Defence of Chile, Colonel Ruiz Diaz said."
    found = rels(text)
    assert not any(t == "SELLS_TO" and s.startswith("person:") for t, s, _ in found)


def test_meeting_a_commissioner_for_a_portfolio_is_meeting_the_person():
    text = "Trade Minister Ana Lupu Rusnac met European Commissioner for Trade Pieter Jansen, who arrived on Monday."
    assert ("MET_WITH", "person:ana-lupu-rusnac", "person:pieter-jansen") in rels(text)


def test_a_demonym_describing_the_person_met_is_not_met():
    text = ("Nordic envoy Lars Holm Jensen held talks with Milan Petrovic Ilic, the Serb member of the council, "
            "on Friday.")
    found = rels(text)
    assert ("MET_WITH", "person:lars-holm-jensen", "person:milan-petrovic-ilic") in found
    assert ("MET_WITH", "person:lars-holm-jensen", "state:serbia") not in found


def test_arriving_with_no_place_named_is_arriving_where_the_story_was_filed():
    text = ("QUITO, 3 March (Wire) - Colombian Foreign Minister Laura Gaviria Rojas arrived on Tuesday for border talks.")
    assert ("VISITED", "person:laura-gaviria-rojas", "state:ecuador") in rels(text)


def test_a_leader_arriving_home_visits_nothing():
    text = "QUITO, 3 March (Wire) - Ecuadorean Foreign Minister Laura Gaviria Rojas arrived on Tuesday from Lima."
    assert not any(t == "VISITED" and o == "state:ecuador" for t, _, o in rels(text))


def test_arriving_where_the_sentence_names_another_place():
    text = "QUITO, 3 March (Wire) - Trade Minister Laura Gaviria Rojas arrived in Bogota on Tuesday."
    found = rels(text)
    assert ("VISITED", "person:laura-gaviria-rojas", "state:colombia") in found
    assert ("VISITED", "person:laura-gaviria-rojas", "state:ecuador") not in found


def test_a_markdown_bold_dateline_is_the_filing_place():
    text = "**QUITO** — Colombian Foreign Minister Laura Gaviria Rojas arrived on Tuesday for border talks."
    assert ("VISITED", "person:laura-gaviria-rojas", "state:ecuador") in rels(text)


def test_the_utilitys_chief_is_the_body_called_a_utility_not_the_last_company():
    text = ("Uganda's state utility, Nile Power Company, will sell power to Rwanda. It will supply the "
            "distributor Rwanda Energy Group from May. \"It is a milestone,\" the utility's chief executive, "
            "Moses Okello Waswa, said.")
    found = offices(text)
    assert ("person:moses-okello-waswa", "company:nile-power-company") in found
    assert ("person:moses-okello-waswa", "company:rwanda-energy-group") not in found


def test_an_office_qualified_by_a_second_title_word_is_an_office():
    text = "Tomas Novak Horak, Slovakia's Minister Counsellor for Energy, said the pipeline would open in June."
    assert ("person:tomas-novak-horak", "state:slovakia") in offices(text)


def test_a_government_led_by_a_person_is_the_sentences_state():
    text = "Russian instructors arrived in Niger at the request of the junta led by General Amadou Tiani Moussa."
    assert ("person:amadou-tiani-moussa", "state:niger") in offices(text)


def test_a_party_led_by_a_person_is_the_partys():
    text = "The Progress Party led by Sigrid Lund Hagen voted against the arms sale to Turkey."
    assert any(s == "person:sigrid-lund-hagen" and t.startswith("org:progress-party") for s, t in offices(text))


def test_a_coup_led_by_a_person_is_no_office():
    assert not offices("Mali was suspended after the coup led by Colonel Ibrahim Sangare Diallo.")


def test_a_visit_by_an_unnamed_title_holder_is_not_the_subjects():
    text = "Morocco protested to Kenya over its president's so-called state visit to the Sahrawi camps in Algeria."
    assert not any(t == "VISITED" and s == "state:morocco" for t, s, _ in rels(text))


def test_a_states_own_visit_still_counts():
    assert ("VISITED", "state:india", "state:japan") in rels("India's visit to Japan was its first in a decade.")


def test_people_listed_after_a_colon_hold_the_plural_title_before_it():
    text = ("Canada froze the assets of three directors of Meridian Defence Systems, the drone maker based in "
            "Minsk: Pavel Orlov Dmitrievich, Inna Sokol Petrova and Oleg Vasko Lin.")
    found = offices(text)
    for person in ("pavel-orlov-dmitrievich", "inna-sokol-petrova", "oleg-vasko-lin"):
        assert (f"person:{person}", "company:meridian-defence-systems") in found


def test_people_listed_after_a_colon_with_no_title_hold_nothing():
    text = "Three people were charged in the case of Meridian Defence Systems: Pavel Orlov Dmitrievich and Inna Sokol Petrova."
    assert not offices(text)


def test_their_chiefs_respectively_pair_with_the_bodies_listed_before():
    text = ("Britain sanctioned Tallin Shipping and Narva Cargo Lines and banned their chief executives, "
            "Igor Valk Sepp and Maria Kask Tamm respectively, from entering the country.")
    found = offices(text)
    assert ("person:igor-valk-sepp", "company:tallin-shipping") in found
    assert ("person:maria-kask-tamm", "company:narva-cargo-lines") in found
    assert ("person:igor-valk-sepp", "company:narva-cargo-lines") not in found


def test_a_list_without_respectively_is_not_paired():
    text = ("Britain sanctioned Tallin Shipping and Narva Cargo Lines and banned their chief executives, "
            "Igor Valk Sepp and Maria Kask Tamm, from entering the country.")
    assert ("person:maria-kask-tamm", "company:tallin-shipping") not in offices(text)


def test_a_house_named_inside_the_title_holds_it():
    text = "The delegation also met Grand National Assembly Speaker Mehmet Aydin Kaya in Ankara."
    assert any(s == "person:mehmet-aydin-kaya" and "grand-national-assembly" in t for s, t in offices(text))


def test_a_party_named_inside_the_title_holds_it():
    text = "Green Party leader Jonas Berg Lind criticised the arms sale."
    assert any(s == "person:jonas-berg-lind" and "green-party" in t for s, t in offices(text))


def test_talks_between_two_titled_people():
    text = "Talks between Bolivian President Marco Quispe Mamani and Paraguayan President Luis Benitez Ruiz ended on Friday."
    assert ("MET_WITH", "person:marco-quispe-mamani", "person:luis-benitez-ruiz") in rels(text)


def test_a_meeting_of_two_states():
    assert ("MET_WITH", "state:armenia", "state:azerbaijan") in rels("A meeting of Armenia and Azerbaijan in Geneva ended early.")


def test_a_meeting_of_one_body_meets_no_one():
    assert not any(t == "MET_WITH" for t, _, _ in rels("A meeting of NATO in Brussels discussed air defence for Poland."))


def test_a_guest_hosted_in_a_capital_visited_it():
    text = "Ghanaian President Kwame Addo Mensah hosted Togolese Prime Minister Yao Agbo Kodjo in Accra on Monday."
    found = rels(text)
    assert ("VISITED", "person:yao-agbo-kodjo", "state:ghana") in found
    assert ("VISITED", "person:kwame-addo-mensah", "state:ghana") not in found


def test_a_guest_received_in_a_capital_visited_it():
    text = "Peruvian Trade Minister Ana Soto Ruiz was received by Japanese officials in Tokyo on Monday."
    assert ("VISITED", "person:ana-soto-ruiz", "state:japan") in rels(text)


def test_who_heads_a_body():
    text = "Ingrid Moe Dahl, who heads the Nordic Shipping Council, said the route was safe."
    assert ("person:ingrid-moe-dahl", "org:nordic-shipping-council") in offices(text)


def test_chairman_of_the_board_of_a_company():
    text = "Karl Brandt Vogel, chairman of the supervisory board of Rhein Aerospace, said orders had doubled."
    assert ("person:karl-brandt-vogel", "company:rhein-aerospace") in offices(text)


def test_the_head_of_a_states_unnamed_agency_serves_the_state():
    text = "The head of Brazil's space agency, Tiago Pontes Mendes, said the launch was delayed."
    assert ("person:tiago-pontes-mendes", "state:brazil") in offices(text)


def test_a_critic_of_a_states_unnamed_agency_holds_no_office():
    text = "A critic of Brazil's space agency, Tiago Pontes Mendes, said the launch was delayed."
    assert ("person:tiago-pontes-mendes", "state:brazil") not in offices(text)


def test_meeting_in_a_foreign_capital_is_a_visit():
    text = "Chilean Trade Minister Rosa Vial Soto met Peruvian officials in Lima on Friday."
    assert ("VISITED", "person:rosa-vial-soto", "state:peru") in rels(text)


def test_meeting_in_ones_own_capital_is_no_visit():
    text = "Peruvian Trade Minister Rosa Vial Soto met Chilean officials in Lima on Friday."
    assert ("VISITED", "person:rosa-vial-soto", "state:peru") not in rels(text)


def test_the_suspect_named_in_an_apposition_is_a_person_who_travelled():
    text = ("The suspect, Pavel Dvorak Novak, was arrested in Brno. Police said Novak had been recruited "
            "while visiting relatives in Russia.")
    found = extract_text(text)
    assert "person:pavel-dvorak-novak" in {a.id for a in found.actors}
    assert any(c.type == "VISITED" and c.source == "person:pavel-dvorak-novak" and c.target == "state:russia"
               for c in found.claims)


def test_a_state_represented_by_a_titled_person():
    text = "At the Geneva talks, Austria was represented by Deputy Foreign Minister Karin Huber Stein."
    assert ("person:karin-huber-stein", "state:austria") in offices(text)


def test_a_company_represented_by_a_lawyer_gives_no_office_of_a_state():
    text = "In court, Norway's Equinor was represented by attorney Karin Huber Stein."
    assert ("person:karin-huber-stein", "state:norway") not in offices(text)


def test_a_title_of_a_described_then_named_body():
    text = "Amina Diallo Ba, director of the anti-corruption group Transparency Forum, called for an audit."
    assert ("person:amina-diallo-ba", "org:transparency-forum") in offices(text)


def test_a_title_of_an_unnamed_body_takes_no_later_name():
    text = "Amina Diallo Ba, director of the local clinic, said Transparency Forum had called for an audit."
    assert ("person:amina-diallo-ba", "org:transparency-forum") not in offices(text)


def test_a_person_after_and_who_opens_a_new_clause_is_not_met():
    text = ("Minister Rosa Vial Soto held talks with Peru's trade minister, Luis Paredes Mora, and Ana Ruiz Galdos, "
            "head of the Andean Council, met the Bolivian delegation.")
    found = rels(text)
    assert ("MET_WITH", "person:rosa-vial-soto", "person:luis-paredes-mora") in found
    assert ("MET_WITH", "person:rosa-vial-soto", "person:ana-ruiz-galdos") not in found


def test_two_people_met_in_a_list_are_both_met():
    text = "Minister Rosa Vial Soto met Energy Minister Luis Paredes Mora and Trade Minister Ana Ruiz Galdos on Friday."
    found = rels(text)
    assert ("MET_WITH", "person:rosa-vial-soto", "person:luis-paredes-mora") in found
    assert ("MET_WITH", "person:rosa-vial-soto", "person:ana-ruiz-galdos") in found


def test_two_people_who_met_as_a_subject_list():
    text = ("Austrian Chancellor Karl Gruber Moser and Czech Prime Minister Jan Novy Dvorak met in Vienna on Monday.")
    found = rels(text)
    assert ("MET_WITH", "person:karl-gruber-moser", "person:jan-novy-dvorak") in found
    assert ("VISITED", "person:jan-novy-dvorak", "state:austria") in found
    assert ("VISITED", "person:karl-gruber-moser", "state:austria") not in found


def test_a_guest_welcomed_to_a_capital_visited_it():
    text = "Austrian Chancellor Karl Gruber Moser welcomed Czech Prime Minister Jan Novy Dvorak to Vienna on Monday."
    assert ("VISITED", "person:jan-novy-dvorak", "state:austria") in rels(text)


def test_speaking_by_phone_is_a_meeting():
    text = "Austrian Chancellor Karl Gruber Moser spoke by phone with Czech Prime Minister Jan Novy Dvorak on Friday."
    assert ("MET_WITH", "person:karl-gruber-moser", "person:jan-novy-dvorak") in rels(text)


def test_a_company_cfo_holds_office():
    assert ("person:paula-reis-costa", "company:andes-mining") in offices("Andes Mining CFO Paula Reis Costa said output rose.")


def test_a_states_top_diplomat_and_representative_hold_office():
    assert ("person:ines-mota-sousa", "state:portugal") in offices(
        "Ines Mota Sousa, Portugal's top diplomat, said Lisbon would respond.")
    assert ("person:ines-mota-sousa", "state:portugal") in offices(
        "Ines Mota Sousa, Portugal's representative to the United Nations, said Lisbon would respond.")


def test_a_title_before_the_name_and_the_state_after_it():
    text = "Deputy Foreign Minister Ines Mota Sousa of Portugal said Lisbon would respond."
    assert ("person:ines-mota-sousa", "state:portugal") in offices(text)


def test_a_state_after_the_name_of_an_untitled_person_gives_no_office():
    text = "The novelist Ines Mota Sousa of Portugal said Lisbon would respond."
    assert ("person:ines-mota-sousa", "state:portugal") not in offices(text)


def test_going_to_a_capital_is_a_visit():
    text = "Swiss Foreign Minister Lukas Brunner Frei went to Baku on Tuesday for talks on gas."
    assert ("VISITED", "person:lukas-brunner-frei", "state:azerbaijan") in rels(text)


def test_a_spokesman_opening_a_sentence_speaks_for_the_state_that_opened_the_last():
    text = ("DOHA - Algeria condemned the sale. Foreign ministry spokesman Karim Bensaid Amrani called it "
            "a provocation.")
    found = offices(text)
    assert ("person:karim-bensaid-amrani", "state:algeria") in found
    assert ("person:karim-bensaid-amrani", "state:qatar") not in found


def test_a_spokesman_with_nothing_before_takes_the_dateline():
    text = "DOHA - Foreign ministry spokesman Karim Bensaid Amrani called the sale a provocation."
    assert ("person:karim-bensaid-amrani", "state:qatar") in offices(text)


def test_a_guest_hosted_by_a_foreign_leader_visited_the_leaders_state():
    text = "Chilean Trade Minister Rosa Vial Soto was hosted by Vietnamese Prime Minister Tran Van Long on Friday."
    assert ("VISITED", "person:rosa-vial-soto", "state:vietnam") in rels(text)


def test_a_guest_hosted_by_a_leader_of_the_guests_own_state_visited_nothing():
    text = "Chilean Trade Minister Rosa Vial Soto was received by Chilean President Ana Soto Vial on Friday."
    assert not any(t == "VISITED" for t, _, _ in rels(text))



def test_a_commissioner_of_a_commission_the_story_names():
    text = "He met Caspian Commissioner for Energy Olga Ivanova, who arrived on Monday, to discuss a Caspian Commission grant."
    assert any(s == "person:olga-ivanova" and "caspian-commission" in t for s, t in offices(text))


def test_a_commissioner_of_a_commission_the_story_does_not_name_holds_nothing():
    text = "He met Caspian Commissioner for Energy Olga Ivanova, who arrived on Monday, to discuss a grant."
    assert not offices(text)


def test_a_visit_named_as_the_time_of_a_statement_is_asserted():
    text = "During Kenyan President Daniel Mwangi Otieno's visit to Seoul, officials said a deal was near."
    claims = [c for c in extract_text(text).claims if c.type == "VISITED"]
    assert [(c.source, c.target, c.modality) for c in claims] == [
        ("person:daniel-mwangi-otieno", "state:south-korea", "asserted")]


def test_a_visit_only_reported_stays_reported():
    text = "Officials said Kenyan President Daniel Mwangi Otieno visited Seoul in secret."
    claims = [c for c in extract_text(text).claims if c.type == "VISITED"]
    assert [c.modality for c in claims] == ["reported"]


def test_a_photo_caption_of_two_leaders_is_a_meeting():
    text = ("Chilean President Ana Soto Vial with Peruvian President Luis Paredes Mora in Lima, 2023\n\n"
            "Trade between the two countries has grown.")
    assert ("MET_WITH", "person:ana-soto-vial", "person:luis-paredes-mora") in rels(text)


def test_a_sentence_with_a_verb_is_no_caption():
    text = "Chilean President Ana Soto Vial disagreed with Peruvian President Luis Paredes Mora on Monday."
    assert ("MET_WITH", "person:ana-soto-vial", "person:luis-paredes-mora") not in rels(text)


def test_members_of_a_house_named_after_including():
    text = "Bundestag members including Jonas Weber Hahn of the Greens voted against the sale."
    assert any(s == "person:jonas-weber-hahn" and "bundestag" in t for s, t in offices(text))


def test_people_including_a_name_after_no_body_hold_nothing():
    text = "Several officials including Jonas Weber Hahn voted against the sale."
    assert not offices(text)


def test_members_listed_with_their_parties_all_hold_the_seat():
    text = "Bundestag members including Jonas Weber Hahn of the Greens and Petra Vogel Klein of the Left voted no."
    found = offices(text)
    assert any(s == "person:jonas-weber-hahn" and "bundestag" in t for s, t in found)
    assert any(s == "person:petra-vogel-klein" and "bundestag" in t for s, t in found)


def test_an_arrival_with_no_place_by_a_person_of_no_known_state_is_no_visit():
    text = "QUITO, 3 March (Wire) - Businessman Laura Gaviria Rojas arrived on Tuesday for border talks."
    assert not any(t == "VISITED" for t, _, _ in rels(text))


def test_meeting_in_a_capital_by_a_person_of_no_known_state_is_no_visit():
    text = "Businessman Rosa Vial Soto met Peruvian officials in Lima on Friday."
    assert ("VISITED", "person:rosa-vial-soto", "state:peru") not in rels(text)
