"""Actors found by the shape of their names and the words around them, each on sentences written for these tests."""

from loaders.mentions import MentionFinder
from loaders.pipeline import extract_text


def found(text):
    return {(m.text, m.kind) for m in MentionFinder.default().find(text)}


def actors(text):
    return {a.name: a.kind for a in extract_text(text).actors}


def test_a_name_links_its_words_with_of_the_after_a_head_word():
    names = found("The Front for the Liberation of the Southern Highlands claimed the attack on a convoy.")
    assert ("Front for the Liberation of the Southern Highlands", "Organization") in names


def test_of_the_after_a_person_or_plain_noun_starts_a_new_name():
    names = found("Officers of the Ruritanian Border Service stopped Karel Novak of the Green Union at the crossing.")
    assert ("Ruritanian Border Service", "Agency") in names and ("Green Union", "Organization") in names
    assert not any(name.startswith(("Officers", "Karel Novak of")) for name, _ in names)


def test_a_name_does_not_run_over_a_blank_line():
    names = found("By Lena Moravec\n\nChile's Maritime Security Agency has seized a trawler.")
    assert ("Maritime Security Agency", "Agency") in names
    assert not any("Moravec" in name and "Agency" in name for name, _ in names)


def test_a_head_word_takes_its_of_tail():
    names = found("Talks with the Socialist Party of Chile and Minister of the Interior Rosa Lagos stalled, "
                  "and the Supreme Military Council for the Defence of the Nation said nothing.")
    assert ("Socialist Party of Chile", "Organization") in names
    assert ("Supreme Military Council for the Defence of the Nation", "Organization") in names


def test_a_firm_name_ends_at_its_head_word_before_of_and_a_place():
    names = found("The corvettes were built by Aurora Shipyards of Valparaiso last year.")
    assert ("Aurora Shipyards", "Company") in names


def test_a_place_inside_a_name_after_its_first_word_is_part_of_it():
    names = found("Five states now form the Union of Sahel Farmers (USF).")
    assert ("Union of Sahel Farmers", "Organization") in names


def test_a_place_opening_a_title_line_makes_no_firm():
    names = found("Related: talks resume\n(c) Gulf Defence Weekly. All rights reserved.")
    assert ("Gulf Defence", "Company") not in names


def test_a_firm_opening_word_in_another_language_starts_a_name():
    names = found("The ore goes to Niger's mining company, the Société Minière des Métaux Rares (Somimer), by truck.")
    assert ("Société Minière des Métaux Rares", "Company") in names and ("Somimer", "Company") in names


def test_a_brokerage_named_after_its_noun_is_a_company():
    assert ("Baikal Capital", "Company") in found("Analysts at Irkutsk brokerage Baikal Capital expect prices to rise.")


def test_a_body_noun_in_apposition_overrides_a_name_that_looks_like_a_person():
    names = found("Troops clashed with the Frente Sur Unido, a breakaway faction, near the border.")
    assert ("Frente Sur Unido", "Organization") in names and ("Frente Sur Unido", "Person") not in names


def test_a_person_described_by_a_body_possessive_stays_a_person():
    names = found("Marta Kowalska, the company's chief engineer, flew to Oslo. Jan Berg, the movement's spokesman, agreed.")
    assert ("Marta Kowalska", "Person") in names and ("Jan Berg", "Person") in names


def test_a_person_described_by_a_trade_noun_stays_a_person():
    names = found("Police detained Tomas Lind, a timber trader from Narva.")
    assert ("Tomas Lind", "Person") in names


def test_metal_and_complex_head_words_end_firm_names():
    names = found("Ore goes to Baltic Aluminium, while the Kestrel Aeronautical Complex builds the trainers.")
    assert ("Baltic Aluminium", "Company") in names and ("Kestrel Aeronautical Complex", "Company") in names


def test_names_listed_with_a_company_are_companies():
    names = found("The rules cover Kama Commercial Bank, Zolotoy Most and Sevkabelbank, the ministry said.")
    assert {("Zolotoy Most", "Company"), ("Sevkabelbank", "Company")} <= names
    names = found("It blacklisted two traders, Orda Cargo and Issyk Kul Trade House, on Friday.")
    assert ("Issyk Kul Trade House", "Company") in names


def test_a_list_with_a_state_or_a_title_makes_no_companies():
    names = found("Officials from Kama Commercial Bank, Serbia and Zolotoy Most met. "
                  "Kama Commercial Bank and Minister Ana Ruiz spoke.")
    assert not any(name in ("Zolotoy Most", "Ana Ruiz") and kind == "Company" for name, kind in names)


def test_an_age_in_apposition_follows_a_person():
    names = found("The Dane, Nils-Erik Holm, 47, had lived in Tallinn for years.")
    assert ("Nils-Erik Holm", "Person") in names


def test_a_name_said_before_its_body_is_a_person():
    names = found('"Prices will rise," said Ilona Varga of the Danube Energy Forum.')
    assert ("Ilona Varga", "Person") in names and ("Danube Energy Forum", "Organization") in names
    assert ("Danube Energy Forum", "Person") not in found('"We disagree," said the Danube Energy Forum of Vienna.')


def test_an_apposed_name_before_was_held_is_a_person():
    names = found("A Latvian driver at the depot, Arturs Ozols, was also held by police.")
    assert ("Arturs Ozols", "Person") in names


def test_detained_person_named_with_an_age_gives_a_detention():
    text = "Finnish police said on Monday they had arrested a Russian citizen. The man, Oleg Sidorov, 51, was detained in Turku."
    claims = {(c.type, c.target) for c in extract_text(text).claims}
    assert ("DETAINED", "person:oleg-sidorov") in claims


def test_a_body_name_may_open_with_a_states_long_name():
    names = found("Wellington will train the Republic of Fiji Naval Forces next year.")
    assert ("Republic of Fiji Naval Forces", "Agency") in names
    rels = {(c.type, c.source) for c in extract_text("Australia will deliver four patrol boats to the Republic of "
                                                     "Fiji Naval Forces next year.").claims}
    assert ("SELLS_TO", "state:australia") in rels


def test_a_known_firm_and_one_more_word_name_its_unit():
    names = found("The refinery is owned by Gazprom Neft, while Thales Australia builds the trucks in Victoria.")
    assert ("Gazprom Neft", "Company") in names and ("Thales Australia", "Company") in names
    assert ("Gazprom", "Company") not in names


def test_a_known_firm_before_a_title_or_a_headline_stays_itself():
    names = found("Gazprom Chairman Alexei Miller spoke.\nGazprom Cuts Supplies To Moldova\nGazprom on Monday said so.")
    assert ("Gazprom", "Company") in names
    assert not any(name.startswith("Gazprom ") and kind == "Company" for name, kind in names)


def test_bureau_and_commission_open_agency_names():
    names = found("The Bureau of Mines and Mineral Resources and the Commission for Fair Elections said so.")
    assert ("Bureau of Mines and Mineral Resources", "Agency") in names
    assert ("Commission for Fair Elections", "Agency") in names


def test_masthead_and_copyright_lines_name_no_actors():
    text = ("Port deal signed\n\nThe Harbour Gazette | By Ines Duarte\n\n**By Ivo Petrov** · Danube Review · 3 May 2026\n\n"
            "Staff reporter, Capital News Desk\n\nChile said the Andes Institute agreed to the plan.\n(c) Pacific News Desk 2026")
    names = {name for name, _ in found(text)}
    assert "Andes Institute" in names and "Chile" in names
    assert not names & {"Harbour Gazette", "Danube Review", "Capital News", "Pacific News"}


def test_a_sentence_with_by_and_a_bar_in_it_keeps_its_actors():
    names = found("The deal was signed by Chile and the Andes Institute on Monday.")
    assert ("Andes Institute", "Organization") in names


def test_a_head_word_followed_by_a_capitalised_word_names_no_body():
    names = {name for name, _ in found("They signed a Joint Naval Defence Agreement and opened the Northern Gas Corridor.")}
    assert not names & {"Joint Naval Defence", "Northern Gas"}
    assert ("Kestrel Shipping Ltd", "Company") in found("The tanker belongs to Kestrel Shipping Ltd, a Greek firm.")


def test_a_publication_time_line_names_no_one():
    names = found("Published 22 May 2025, 08:14 GMT | Updated 11:02 GMT\n\nChile said the Andes Institute agreed.")
    assert not any(name.startswith("Published") for name, _ in names)


def test_a_states_possessive_before_a_place_a_people_or_in_a_headline_owns_no_firm():
    text = ("Why Pipelines Became Norway's Quiet Advantage in Brussels\n\n"
            "Vietnam protested at the \"occupation of China's Xisha Islands\". Protests by Georgia's Armenian community "
            "continued. Chile's Codelco said output rose.")
    names = found(text)
    assert not any(kind == "Company" and name in ("Quiet Advantage", "Xisha", "Xisha Islands", "Armenian")
                   for name, kind in names)
    assert ("Codelco", "Company") in names


def test_an_adjective_or_a_place_after_a_body_noun_is_no_name():
    names = found("An official at a European refinery said a giant Danube dam was at risk; the giant Rosatom agreed.")
    assert not any(name in ("European", "Danube") for name, _ in names)


def test_a_name_with_a_nordic_legal_suffix_is_a_firm_and_its_short_form_too():
    text = "He worked for Bergen-based Fjordline Marine AS, which builds ferries. Fjordline Marine said it was cooperating."
    names = found(text)
    assert ("Fjordline Marine AS", "Company") in names and ("Fjordline Marine", "Company") in names
    assert ("Fjordline Marine", "Person") not in names


def test_a_noun_said_once_gives_the_kind_wherever_the_name_recurs():
    ex = extract_text("State mining company Altynkazgan said output rose. Altynkazgan chief executive Arman Seitov agreed.")
    assert {a.kind for a in ex.actors if a.name == "Altynkazgan"} == {"Company"}


def test_an_employer_named_with_a_head_word_takes_its_kind():
    names = found("\"Costs will rise,\" said Lea Varga, an analyst at Danube Freight Analytics.")
    assert ("Danube Freight Analytics", "Company") in names


def test_place_heads_body_heads_and_which_say_a_name_is_no_person():
    names = found("Divers worked in the Baltic Sea, the General Intelligence Service said. "
                  "The Comando Sur Central, which operates near the border, refused.")
    assert not any(kind == "Person" for _, kind in names)


def test_a_title_word_before_a_head_word_opens_a_body():
    names = found("Chad's General Directorate of Intelligence and Security (GDIS) made the arrest.")
    assert ("General Directorate of Intelligence and Security", "Agency") in names
    assert ("Directorate", "Person") not in names


def test_a_two_word_surname_refers_to_the_person_named_in_full():
    ex = extract_text('"We buy none," Interior Minister Rosa Pardo Villa told reporters. Pardo Villa insisted it was so.')
    assert [a.name for a in ex.actors if a.kind == "Person"] == ["Rosa Pardo Villa"]


def test_a_headline_surname_after_a_states_possessive_is_the_person():
    ex = extract_text("Chile's Larrain in Seoul to court chip buyers\n\n"
                      "SEOUL, May 3 - Chilean President Tomas Larrain arrived in South Korea on Thursday.")
    assert not any(a.kind == "Company" for a in ex.actors)
    assert "Tomas Larrain" in {a.name for a in ex.actors}


def test_who_operates_or_builds_a_thing_is_a_firm():
    names = found("The terminal is operated by LNG Adria, and the tugs were built by Brodosplit Kraljevica.")
    assert ("LNG Adria", "Company") in names and ("Brodosplit Kraljevica", "Company") in names
    rels = {(c.type, c.source, c.target) for c in extract_text(
        "Gas comes from a terminal operated by LNG Hrvatska. The company already sends gas to Hungary.").claims}
    assert ("SUPPLIES_OIL", "company:lng-hrvatska", "state:hungary") in rels


def test_built_by_a_state_or_by_people_makes_no_firm():
    names = found("The jets were built by China. The dam was built by Soviet engineers.")
    assert not any(kind == "Company" for _, kind in names)


def test_a_one_word_firm_named_by_context_is_found_before_that_too():
    text = "Serbia cut deliveries to Dravagas in May. Dravagas, the state gas company, said stocks were full."
    names = [(m.text, m.key) for m in MentionFinder.default().find(text) if m.text == "Dravagas"]
    assert len(names) == 2 and len({key for _, key in names}) == 1


def test_a_known_bodys_name_and_a_head_word_name_its_organ():
    ex = extract_text("Amina Diallo, chairperson of the ECOWAS Commission, met officials in Accra.")
    names = {a.name: a for a in ex.actors}
    organ = next(a for a in ex.actors if "Commission" in a.name)
    assert organ.kind == "Organization" and organ.name.endswith(" Commission")
    assert ("HOLDS_OFFICE", organ.id) in {(c.type, c.target) for c in ex.claims}
    assert "ECOWAS" not in names


def test_a_sector_word_may_stand_between_a_name_and_its_body_noun():
    names = found("Cameco, which runs the Inkai mining venture in the south, said output fell.")
    assert ("Inkai", "Company") in names


def test_joined_peoples_adjectives_name_no_body():
    names = found("The Sino-Kazakh venture and the Franco-Mongolian joint venture Badrakh Energy signed.")
    assert ("Badrakh Energy", "Company") in names
    assert not any("-" in name for name, _ in names)


def test_an_apposed_body_noun_after_the_end_of_a_longer_name_makes_no_body():
    names = found("Washington criticised the Andes Space Launch and Tracking Control General, a Chilean military agency.")
    assert not any(name.startswith("Launch") or name.startswith("Tracking") for name, _ in names)


def test_a_states_possessive_before_a_long_name_makes_no_firm():
    names = found("It fell under the Countering Iran's Friends Through Export Controls Act last year.")
    assert not any(kind == "Company" for _, kind in names)


def test_a_titled_surname_refers_to_the_person_named_in_full():
    ex = extract_text("Police arrested the firm's director, Piet Smeets, a Dutch national. \"We hold Mr Smeets for fraud,\" "
                      "a spokesman said.")
    people = [a.name for a in ex.actors if a.kind == "Person"]
    assert "Smeets" not in people


def test_a_ministry_is_known_in_both_word_orders():
    ex = extract_text("Chile's Mining Ministry said output rose. The US Justice Department charged two men.")
    aliases = {alias for a in ex.actors for alias in (a.name, *a.aliases)}
    assert "Chilean Ministry of Mining" in aliases and "US Department of Justice" in aliases


def test_an_agency_named_of_a_state_belongs_to_that_state():
    ex = extract_text("The Ministry of Mines and Energy of Peru (MINEM) approved the permit.")
    agency = next(a for a in ex.actors if a.kind == "Agency")
    assert agency.country == "state:peru" and "Peruvian Ministry of Mines and Energy" in agency.aliases


def test_a_states_agency_is_also_known_with_of_and_the_state():
    ex = extract_text("LIMA, 4 May (Wire) - The Foreign Ministry said talks would resume.")
    agency = next(a for a in ex.actors if a.kind == "Agency")
    assert "Ministry of Foreign Affairs of Peru" in agency.aliases
