"""OPPOSES rules: hostility stated in ways the first triggers missed, each on sentences written for these tests."""

from loaders.pipeline import extract_text


def opposes(text):
    return {(c.source, c.target, c.modality) for c in extract_text(text).claims if c.type == "OPPOSES"}


def pairs(text):
    return {(s, t) for s, t, _ in opposes(text)}


def test_protested_to_names_the_one_protested_to():
    assert ("state:chile", "state:bolivia", "asserted") in opposes("Chile protested to Bolivia on Monday over the border fence.")


def test_protest_to_a_source_does_not_oppose_it():
    # "protested to X" needs X after the verb; a protest reported to reporters is no target
    assert pairs("Chile protested on Monday, officials told reporters in Peru.") == set()


def test_drawing_criticism_from_makes_the_critic_the_source():
    text = "Uruguay recognised Kosovo on Friday, drawing a sharp rebuke from Serbia."
    assert ("state:serbia", "state:uruguay") in pairs(text)
    text = "Ghana signed the pact with Morocco, drawing fury from Algeria."
    assert ("state:algeria", "state:ghana") in pairs(text)


def test_anger_from_without_a_verb_of_drawing_it_is_no_claim():
    assert ("state:serbia", "state:uruguay") not in pairs("Uruguay hosted envoys from Serbia, and the anger faded.")


def test_threatened_harm_on_a_target():
    assert ("state:iran", "state:turkey") in pairs("Iran threatened sanctions on Turkey after the vote.")
    assert ("org:amnesty-international", "company:totalenergies") in \
        pairs("Amnesty International threatened legal action against TotalEnergies.")


def test_lashed_out_at():
    assert ("state:hungary", "org:european-commission") in pairs("Hungary lashed out at the European Commission on Friday.")


def test_more_verbs_of_reproach():
    assert ("state:brazil", "state:argentina") in pairs("Brazil rebuked Argentina over the tariffs.")
    assert ("state:canada", "state:india") in pairs("Canada decried India's decision to expel its diplomats.")


def test_stern_representations_go_to_the_one_they_are_lodged_with():
    text = "Vietnam lodged stern representations with Cambodia over its prime minister's trip to Thailand."
    found = pairs(text)
    assert ("state:vietnam", "state:cambodia") in found
    assert ("state:vietnam", "state:thailand") not in found


def test_expelling_an_ambassador_opposes_the_state_he_serves():
    assert ("state:ecuador", "state:mexico") in pairs("Ecuador expelled the Mexican ambassador on Tuesday.")
    assert ("state:ghana", "state:togo") in pairs("Ghana ordered Togo's ambassador to leave within 48 hours.")


def test_expelling_staff_or_a_state_from_a_programme_is_no_hostility_claim():
    assert ("state:finland", "state:russia") not in pairs("Finland expelled three Russian diplomats last spring.")
    assert ("state:canada", "state:india") not in pairs("Canada expelled India from the consortium in 2019.")


def test_who_after_unnamed_people_is_not_an_earlier_actor():
    assert ("state:chile", "state:bolivia") not in pairs("Chile accused Peru of harassing reporters who have criticised Bolivia.")
    text = "The Andes Mining Board, a regulator in Santiago, fined local activists who have denounced Argentina."
    assert pairs(text) == set()
    text = "Peru rejected pressure from opposition senators in Lima, who have threatened to sanction Petroperu."
    assert not any(s == "state:peru" and t == "company:petroperu" for s, t in pairs(text))


def test_who_after_an_apposition_with_names_is_the_named_person():
    text = ("The envoy met Marta Ilves, the head of Estonia's parliamentary defence committee, "
            "who has criticised Russia for its troop build-up.")
    assert ("person:marta-ilves", "state:russia") in pairs(text)


def test_which_after_a_demonym_apposition_keeps_the_named_body():
    text = "Navantia, the Spanish shipbuilder which has sold corvettes to Saudi Arabia, won the tender."
    found = {(c.type, c.source, c.target) for c in extract_text(text).claims}
    assert ("SELLS_TO", "company:navantia", "state:saudi-arabia") in found


def test_the_minister_is_the_person_named_before():
    text = ("Chile's Mining Minister Ana Ruiz spoke in Santiago on Monday. The minister accused the Bolivian "
            "Mining Board of delaying permits and condemned Argentina for its export curbs.")
    found = pairs(text)
    assert ("person:ana-ruiz", "state:argentina") in found
    assert not any(s != "person:ana-ruiz" and t == "state:argentina" for s, t in found)


def test_that_after_an_apposition_past_a_bracketed_abbreviation():
    text = "Analysts met members of the Amnesty International (AI), the rights group that has denounced Egypt for years."
    assert ("org:amnesty-international", "state:egypt") in pairs(text)


def test_an_accusation_of_a_typed_act_is_not_hostility_even_when_the_act_is_not_extracted():
    assert pairs('Estonia accused Belarus of "quietly arming" militias in the region.') == set()
    assert pairs("Kenya accused Sudan of supplying the rebels with rockets.") == set()


def test_an_accusation_of_an_untyped_act_stays_hostility():
    assert ("state:peru", "state:chile") in pairs("Peru accused Chile of meddling in its elections.")


def test_saying_after_the_criticism_is_the_critics_own_reason():
    text = "Amnesty International criticised Norway over the deal, saying the funds should go to clinics."
    assert ("org:amnesty-international", "state:norway", "asserted") in opposes(text)
    text = "Amnesty International criticised Norway over the deal, saying the funds should go to clinics, officials said."
    assert ("org:amnesty-international", "state:norway", "reported") in opposes(text)


def test_a_name_before_a_collective_noun_is_the_body_itself():
    assert ("state:egypt", "org:hamas") in pairs("Egypt firmly opposes the Hamas authorities and their plans.")
    assert ("state:egypt", "org:hamas") in pairs("Egypt firmly opposes the Hamas leadership's plans.")


def test_by_inside_the_object_does_not_turn_the_verb_passive():
    found = pairs("Brazil denounced the blockade imposed by the United States on Cuba.")
    assert ("state:united-states", "state:brazil") not in found
    assert ("state:bolivia", "state:chile") not in pairs("Chile condemned the killing of 20 people by Bolivian troops.")


def test_a_bare_participle_still_takes_its_by_agent():
    found = {(c.type, c.source, c.target) for c in extract_text("Peru received the corvettes sold by Navantia.").claims}
    assert ("SELLS_TO", "company:navantia", "state:peru") in found


def test_condemning_the_decision_opposes_the_actor_the_story_opens_with():
    text = ("Uruguay recognised Palestine on Tuesday, the foreign ministry said.\n\n"
            "The cabinet approved the step unanimously. Israel condemned the decision.")
    assert ("state:israel", "state:uruguay") in pairs(text)
    text = "Uruguay recognised Palestine on Tuesday.\n\nIsrael condemned the move as reckless."
    assert ("state:israel", "state:uruguay") in pairs(text)


def test_a_decision_with_its_own_actor_is_not_the_storys():
    text = "Uruguay recognised Palestine on Tuesday.\n\nIsrael condemned the decision of Chile to follow."
    assert ("state:israel", "state:uruguay") not in pairs(text)


def test_a_verb_joined_after_a_passive_with_its_own_object_is_active_and_not_negated():
    found = opposes("Thailand said it had not been consulted and criticised the EU.")
    assert any(s == "state:thailand" and t == "org:european-union" and m != "denied" for s, t, m in found)


def test_joined_passives_keep_their_by_agent():
    found = {(c.type, c.source, c.target) for c in extract_text("The frigates were built and delivered to Peru by Navantia.").claims}
    assert ("SELLS_TO", "company:navantia", "state:peru") in found


def test_the_miner_is_the_company_named_before():
    text = "Chile's Codelco raised output. The miner was criticised by Amnesty International over water use."
    assert ("org:amnesty-international", "company:codelco") in pairs(text)


def test_traded_accusations_is_reciprocal_and_asserted():
    found = opposes("Chile and Peru traded accusations on Monday over the border.")
    assert {("state:chile", "state:peru", "asserted"), ("state:peru", "state:chile", "asserted")} <= found
    assert {("state:chile", "state:peru"), ("state:peru", "state:chile")} <= pairs("Chile traded barbs with Peru on Monday.")


def test_recalled_its_ambassador_from():
    assert ("state:spain", "state:venezuela") in pairs("Spain recalled its ambassador from Caracas on Friday.")
    assert pairs("Armenia recalled its ambassador for consultations.") == set()


def test_a_name_opening_with_the_movement_is_no_reference_to_an_earlier_body():
    text = ("Gazprom raised output this year.\n\n"
            "The Movement for the Defence of the Atacama condemned TotalEnergies on Monday.")
    assert not any(s == "company:gazprom" for s, _ in pairs(text))


def test_blame_for_a_typed_act_named_by_a_noun_is_that_act_only():
    assert pairs("Denmark blamed Iran for the cyberattack on its ports.") == set()
    assert pairs("Denmark accused Iran of being behind a hacking campaign against its ports.") == set()


def test_blame_for_an_untyped_act_stays_hostility():
    assert ("state:peru", "state:chile") in pairs("Peru blamed Chile for the oil spill.")
    assert ("state:peru", "state:chile") in pairs("Peru accused Chile of blocking arms sales to Bolivia.")


def test_a_verb_joined_after_a_reported_clause_without_an_actor_is_the_speakers():
    text = "The Chinese embassy in Manila denied that its ships had rammed anything and warned the Philippines against provocations."
    assert ("state:china", "state:philippines", "asserted") in opposes(text)


def test_labelling_an_actor_an_enemy():
    assert ("state:egypt", "org:hamas") in pairs("Egypt branded Hamas a terrorist group in 2015.")
    assert ("state:iran", "state:israel") in pairs('Iran has long labelled Israel "the main enemy".')


def test_labelling_without_a_hostile_word_is_no_claim():
    assert pairs("Chile labelled Peru a reliable partner in 2019.") == set()


def test_a_row_between_two_actors_is_reciprocal():
    found = pairs("The border row between Ecuador and Colombia deepened on Monday.")
    assert {("state:ecuador", "state:colombia"), ("state:colombia", "state:ecuador")} <= found


def test_outrage_at_an_actor():
    assert ("state:chile", "state:peru") in pairs("Chile expressed outrage at Peru's decision.")
    assert pairs("The anger of Chilean farmers grew.") == set()


def test_an_accusation_joined_after_a_threat_does_not_make_the_threat_alleged():
    text = "Washington has threatened new sanctions against Caracas and accused Venezuela of helping Iran evade them."
    assert ("state:united-states", "state:venezuela", "asserted") in opposes(text)


def test_a_later_speaker_with_a_long_name_attributes_only_his_own_words():
    text = "Quito sent a protest note to Bogota, and President Daniel Noboa Azin said that Ecuador would respond."
    assert ("state:ecuador", "state:colombia", "asserted") in opposes(text)


def test_both_companies_are_the_two_named_before():
    text = ("Gazprom signed a deal with TotalEnergies. "
            "Amnesty International condemned the agreement and accused both companies of ignoring water rights.")
    found = pairs(text)
    assert {("org:amnesty-international", "company:gazprom"), ("org:amnesty-international", "company:totalenergies")} <= found


def test_conflict_between_the_two_governments():
    text = "Chile and Bolivia share a long border. The lithium dispute is a source of conflict between the two governments."
    assert {("state:chile", "state:bolivia"), ("state:bolivia", "state:chile")} <= pairs(text)


def test_between_far_from_the_hostility_word_is_not_reciprocal_hostility():
    text = "That day, amid the tensions, Chilean officials visited Peru to tighten ties between the two countries."
    assert pairs(text) == set()


def test_a_pressure_campaign_on_an_actor():
    assert ("state:united-states", "state:venezuela") in \
        pairs("The United States stepped up its maximum pressure campaign on Venezuela in May.")


def test_condemning_the_thing_first_named_with_its_owner():
    text = "Iran criticised Israel's nuclear programme last year. Chile condemned the programme on Monday."
    assert ("state:chile", "state:israel") in pairs(text)
    text = "Ecuador protested against Peruvian dredging near the reef. Chile condemned the dredging too."
    assert ("state:chile", "state:peru") in pairs(text)


def test_a_thing_never_named_with_an_owner_has_none():
    assert pairs("Iran signed a programme with Chile last year. Peru condemned the programme on Monday.") == set()


def test_a_claim_word_inside_an_aside_does_not_make_the_main_act_alleged():
    text = "Turkey, which claims much of the shelf, also condemned Greece's survey."
    assert ("state:turkey", "state:greece", "asserted") in opposes(text)


def test_calling_an_actors_act_an_attack():
    text = 'Poland called Russia\'s pipeline plan "blackmail dressed up as trade".'
    assert ("state:poland", "state:russia") in pairs(text)
    assert ("state:chile", "state:peru") not in pairs("Chile called Peru's decision a welcome step.")


def test_the_paramilitary_is_the_body_named_before():
    text = ("The Wagner Group moved fighters into Libya last year. "
            "France condemned the paramilitary's attacks on civilians.")
    assert ("state:france", "org:wagner-group") in pairs(text)
