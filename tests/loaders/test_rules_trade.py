"""Rules for arms sales (SELLS_TO) and energy supply (SUPPLIES_OIL), each on sentences written for these tests."""

from loaders.pipeline import extract_text


def rels(text):
    return {(c.type, c.source, c.target) for c in extract_text(text).claims}


def claims(text, type_):
    return {(c.source, c.target): c.modality for c in extract_text(text).claims if c.type == type_}


def test_an_arms_sale_names_only_the_maker_and_the_buyer():
    found = rels("Brazil's Embraer delivered two transport aircraft to the Chilean Air Force in May.")
    assert found == {("SELLS_TO", "company:embraer", "agency:air-force-chile")}


def test_a_buying_company_does_not_make_its_state_the_buyer():
    found = rels("Algeria's Sonatrach will supply more gas to Italy's Eni under a new contract.")
    assert ("SUPPLIES_OIL", "company:sonatrach", "company:eni") in found
    assert ("SUPPLIES_OIL", "state:algeria", "company:eni") in found
    assert ("SUPPLIES_OIL", "company:sonatrach", "state:italy") not in found


def test_handed_over_is_a_delivery():
    assert ("SELLS_TO", "state:turkey", "state:azerbaijan") in rels("Turkey handed over four armed drones to Azerbaijan in March.")


def test_a_nominal_names_its_own_supplier_and_buyer():
    found = rels("Officials said shipments of rifles from Belarus to Sudan had doubled.")
    assert ("SELLS_TO", "state:belarus", "state:sudan") in found
    found = rels("Analysts expect flows of crude from Iraq to Jordan to resume in June.")
    assert ("SUPPLIES_OIL", "state:iraq", "state:jordan") in found
    assert ("SUPPLIES_OIL", "state:russia", "state:hungary") in rels("Supplies of Russian gas to Hungary fell in May.")


def test_a_plural_before_of_is_a_noun():
    assert ("SUPPLIES_OIL", "state:algeria", "state:spain") in rels("Exports of gas from Algeria to Spain rose by a third.")


def test_a_nominal_without_a_from_phrase_states_nothing_new():
    assert not any(t == "SUPPLIES_OIL" for t, _, _ in rels("Cargoes to Japan rose while Chile cut its coal output."))


def test_depending_on_a_supplier():
    assert ("SUPPLIES_OIL", "state:russia", "state:serbia") in rels("Serbia depends almost entirely on Russian gas.")
    assert ("SUPPLIES_OIL", "state:qatar", "state:pakistan") in rels("Pakistan relies on LNG cargoes from Qatar.")


def test_a_long_description_before_a_company_only_qualifies_it():
    found = rels("In 2019 the Polish state arms maker Bumar sold rifles to Peru.")
    assert ("SELLS_TO", "company:bumar", "state:peru") in found
    # a verb in the gap ends the description: the officials are Chinese, Huawei is not described
    found = rels("Chinese officials say Huawei sold radars to Iran.")
    assert ("SELLS_TO", "company:huawei", "state:iran") in found

GRID_STORY = ("Electricity demand rose across the region in May. The state-owned Zambia Power Transmission Company (ZPTC) "
              "sells electricity to Namibia over a 330-kilovolt line, and its hydropower output rose by 300 megawatts. ")


def test_supply_without_a_cue_takes_the_goods_of_the_story():
    found = rels(GRID_STORY + "ZPTC also supplies smaller volumes to Malawi, the company said.")
    assert ("SUPPLIES_OIL", "company:zambia-power-transmission-company", "state:malawi") in found


def test_the_acronym_of_a_company_found_by_its_shape_keeps_its_sale():
    found = rels(GRID_STORY + "ZPTC also supplies smaller volumes to Malawi, the company said.")
    assert ("SUPPLIES_OIL", "state:zambia", "state:malawi") not in found


def test_goods_named_after_a_quantity_are_not_the_storys_goods():
    story = "Tanker traffic rose in June as crude prices fell. Refiners bought more oil and diesel. "
    assert not rels(story + "Brazil delivered three tonnes of cocoa to Uruguay.")
    assert ("SUPPLIES_OIL", "state:brazil", "state:chile") in rels(story + "Brazil delivered two cargoes of diesel to Chile.")


def test_it_is_not_a_place_named_in_an_aside():
    text = ("Ghana Grid Company already sells power to Togo. "
            "Under the new deal, which was signed in Lome, it will supply Benin with 100 megawatts.")
    found = rels(text)
    assert ("SUPPLIES_OIL", "company:ghana-grid-company", "state:benin") in found
    assert ("SUPPLIES_OIL", "state:togo", "state:benin") not in found


def test_a_passive_with_the_goods_as_subject_takes_the_buyer_from_before():
    text = ("Chile has agreed to buy a coastal air-defence system in a deal worth $400 million. "
            "The launchers will be delivered by Diehl Defence, while the missiles are to be supplied by MBDA.")
    found = rels(text)
    assert ("SELLS_TO", "company:diehl-defence", "state:chile") in found
    assert ("SELLS_TO", "company:mbda", "state:chile") in found


def test_a_passive_with_the_goods_as_subject_takes_the_seller_from_before():
    text = "Petrobras has signed a supply deal for heavy crude. Most of the oil will be bought by Repsol."
    assert ("SUPPLIES_OIL", "company:petrobras", "company:repsol") in rels(text)


def test_an_actor_as_the_passive_subject_takes_nothing_from_before():
    text = ("Chile has agreed to buy a coastal air-defence system. "
            "Peru was sold six radars by Thales last year, and Ecuador's navy was visited by MBDA staff.")
    found = rels(text)
    assert ("SELLS_TO", "company:thales", "state:chile") not in found
    assert not any(t == "SELLS_TO" and target == "state:chile" for t, _, target in found)


def test_a_party_is_not_carried_further_than_two_sentences():
    text = ("Chile has agreed to buy a coastal air-defence system. The deal took a year. Talks were hard. "
            "Funding was found in May. The launchers will be delivered by Diehl Defence.")
    assert ("SELLS_TO", "company:diehl-defence", "state:chile") not in rels(text)


PETROBRAS_STORY = ("Petrobras raised diesel output in May. Petrobras said its refineries ran at full capacity. "
                   "Analysts expect Petrobras to raise prices, and Petrobras shares rose. ")


def test_the_company_of_the_story_supplies_other_states_not_its_own():
    assert ("SUPPLIES_OIL", "company:petrobras", "state:uruguay") in rels(PETROBRAS_STORY + "Uruguay imported more diesel in June.")
    assert ("SUPPLIES_OIL", "company:petrobras", "state:brazil") not in rels(PETROBRAS_STORY + "Brazil imported less diesel in June.")


def test_a_place_after_the_antecedent_does_not_hide_it():
    text = "The hulls will be welded by Navantia of Ferrol, which delivered two corvettes to Peru in 2019."
    assert ("SELLS_TO", "company:navantia", "state:peru") in rels(text)


def test_an_unnamed_body_before_for_does_the_buying():
    found = rels("Brussels fined an independent Turkish shipyard for buying Russian diesel.")
    assert not any(t == "SUPPLIES_OIL" for t, _, _ in found)  # neither Brussels nor Turkey bought it
    assert ("SELLS_TO", "state:russia", "state:turkey") in rels("Washington punished Turkey for buying Russian missiles.")


def test_that_after_a_preposition_opens_no_clause():
    text = "Uruguay's state refiner Ancap buys most of that crude from Brazil's Petrobras under yearly contracts."
    assert ("SUPPLIES_OIL", "company:petrobras", "company:ancap") in rels(text)


def test_a_share_of_a_states_energy_names_the_buyer():
    assert ("SUPPLIES_OIL", "state:norway", "state:germany") in rels("Norway now supplies roughly half of Germany's gas.")
    assert ("SELLS_TO", "state:russia", "state:india") in rels("Russia supplied most of India's fighter jets until 2010.")


def test_a_share_of_the_sellers_own_output_is_no_buyer():
    found = rels("Qatar sells most of Qatar's gas under long contracts, officials in Japan said.")
    assert ("SUPPLIES_OIL", "state:qatar", "state:japan") not in found


NAVANTIA_STORY = ("Navantia won a frigate order on Monday. Navantia said the ships would be built in Ferrol. "
                  "Analysts said Navantia was busy, and Navantia shares rose. ")


def test_the_company_of_the_story_sells_past_another_company_beyond_a_semicolon():
    text = NAVANTIA_STORY + "Peru, the first customer for the design, took delivery of its third frigate in May; its ships are serviced by Thales."
    assert ("SELLS_TO", "company:navantia", "state:peru") in rels(text)


def test_another_company_in_the_clause_may_be_the_seller():
    text = NAVANTIA_STORY + "Peru, another customer, bought radars for its frigates from Thales in May."
    assert ("SELLS_TO", "company:navantia", "state:peru") not in rels(text)


def test_signed_for_goods_from_a_seller():
    text = "In June Greece signed for six more frigates, this time from Naval Group."
    assert ("SELLS_TO", "company:naval-group", "state:greece") in rels(text)


def test_the_origin_of_the_goods_supplies_beside_the_seller():
    found = rels("Armenia, which for years received Russian gas from Gazprom, paid little for it.")
    assert {("SUPPLIES_OIL", "company:gazprom", "state:armenia"), ("SUPPLIES_OIL", "state:russia", "state:armenia")} <= found


def test_the_origin_of_the_goods_is_not_the_buyer():
    found = rels("Chile bought French frigates from a Dutch broker, Damen.")
    assert not any(t == "SELLS_TO" and target == "state:france" for t, _, target in found)


def test_the_navy_is_the_navy_named_before():
    text = "Chile delivered two frigates to the Peruvian Navy in 2021, and Spain agreed in May to sell the navy four more."
    assert ("SELLS_TO", "state:spain", "agency:navy-peru") in rels(text)


def test_a_number_after_an_object_starts_a_second_object():
    assert ("SELLS_TO", "state:italy", "state:qatar") in rels("Italy sold Qatar seven corvettes in 2016.")
    assert ("SELLS_TO", "state:chile", "state:peru") in rels("Peru bought Chilean rockets in 2019.")  # a modifier still


def test_a_list_of_buyers_ends_where_a_new_clause_begins():
    text = "Kongsberg has sold air defence systems to Lithuania and Spain, and the system was later supplied to Ukraine by Norway."
    found = rels(text)
    assert {("SELLS_TO", "company:kongsberg", "state:lithuania"), ("SELLS_TO", "company:kongsberg", "state:spain")} <= found
    assert ("SELLS_TO", "company:kongsberg", "state:ukraine") not in found
    assert ("SELLS_TO", "company:kongsberg", "state:philippines") in rels("Kongsberg sold radars to Spain, and the Philippines.")


def test_a_maker_supplies_the_force_it_builds_for():
    text = "Andes Marine, which builds patrol boats for the Chilean navy, hired 200 workers."
    assert ("SELLS_TO", "company:andes-marine", "state:chile") in rels(text)
    assert not rels("Turkey makes drones for its own army.")


def test_flying_weapons_to_an_armed_group():
    text = "Dune Cargo, a charter firm registered in the United Arab Emirates that allegedly flew weapons to Sudan, was blacklisted."
    assert claims(text, "SELLS_TO").get(("company:dune-cargo", "state:sudan")) == "alleged"
    assert not claims("Russia flew its bombers to Venezuela for an exercise.", "SELLS_TO")


def test_alleges_makes_a_claim_alleged():
    found = claims("Seoul alleges that Moscow has supplied Pyongyang with refined oil.", "SUPPLIES_OIL")
    assert found.get(("state:russia", "state:north-korea")) == "alleged"


def test_an_adverb_of_allegation_covers_both_joined_verbs():
    found = claims("Ecuador allegedly bought rifles in 2020 and sold them to Colombia.", "SELLS_TO")
    assert found.get(("state:ecuador", "state:colombia")) == "alleged"


def test_a_trigger_in_an_aside_does_not_reach_past_it():
    text = "Prairie Fuels, which pumps heavy oil in Alberta, sold two cargoes to Hanbit Refining, the producer said on Monday."
    assert claims(text, "SUPPLIES_OIL").get(("company:prairie-fuels", "company:hanbit-refining")) == "reported"


def test_a_comma_inside_a_number_does_not_close_an_aside():
    text = "TotalEnergies, which already pumps about 200,000 barrels a day in Angola, will drill two more wells."
    assert ("OPERATES_IN", "company:totalenergies", "state:angola") in rels(text)


def test_goods_named_after_of_are_read_to_their_head_noun():
    text = "Ghana has received a second batch of armed Wing Loong drones from China, the minister said."
    assert ("SELLS_TO", "state:china", "state:ghana") in rels(text)
    assert not rels("Chile is the largest supplier of copper to China.")


def test_armed_before_a_noun_is_an_adjective():
    assert not rels("Morocco showed armed drones to Israel at the fair.")
    assert ("SELLS_TO", "state:iran", "org:houthis") in rels("Iran armed the Houthis with missiles and drones.")


def test_took_delivery_of_goods_of_a_named_origin():
    text = "Hellenic Petroleum took delivery of at least six cargoes of Kazakh CPC crude in March."
    assert ("SUPPLIES_OIL", "state:kazakhstan", "company:hellenic-petroleum") in rels(text)


def test_arming_names_its_goods():
    assert claims("Iran has repeatedly denied arming the Houthis.", "SELLS_TO") == {("state:iran", "org:houthis"): "denied"}


def test_a_demonym_does_not_replace_the_named_seller_before_it():
    text = ("Gazprom will raise the gas it sends to Serbia. Russian gas has flowed to Serbia since 2021 through TurkStream. "
            "The gas is bought by Srbijagas, the state gas company.")
    assert ("SUPPLIES_OIL", "company:gazprom", "company:srbijagas") in rels(text)


def test_a_short_name_not_found_takes_the_buyer_named_before():
    text = ("Jiangsu Hengli Petrochemical bought Iranian oil worth $200 million last year. "
            "Hengli is accused of buying the crude from Pars Oil Trading.")
    found = claims(text, "SUPPLIES_OIL")
    assert found.get(("company:pars-oil-trading", "company:jiangsu-hengli-petrochemical")) == "alleged"


def test_goods_as_an_active_subject_take_no_party_from_before():
    text = "Israel sold drones to Azerbaijan. The arms deals provide Israel with a new market."
    assert ("SELLS_TO", "state:azerbaijan", "state:israel") not in rels(text)


def test_goods_that_came_from_a_seller_went_to_the_buyer_before():
    text = "Chile bought eight frigates; four of them came second-hand from the Netherlands' own fleet."
    assert ("SELLS_TO", "state:netherlands", "state:chile") in rels(text)


def test_an_actor_subject_of_came_takes_nothing_from_before():
    text = "Chile bought eight frigates in 2004. Peru came to the talks from Spain with a new offer of drones."
    assert ("SELLS_TO", "state:spain", "state:chile") not in rels(text)


def test_a_sentence_opening_with_no_goods_denies():
    text = 'Peru bought two frigates from Spain in 2019. "No frigates are being bought from Italy," a spokesman said.'
    assert claims(text, "SELLS_TO").get(("state:italy", "state:peru")) == "denied"
    found = claims("No sooner had Peru bought frigates from Spain than Chile followed.", "SELLS_TO")
    assert found.get(("state:spain", "state:peru")) == "asserted"


def test_a_description_after_a_comma_is_no_second_actor():
    found = rels("The interceptors will be supplied to Qatar by Diehl Defence, the UK group that makes the IRIS-T.")
    assert found == {("SELLS_TO", "company:diehl-defence", "state:qatar")}
    found = rels("Frigates were sold to Peru by Spain, Italy and the United States.")
    assert ("SELLS_TO", "state:united-states", "state:peru") in found
