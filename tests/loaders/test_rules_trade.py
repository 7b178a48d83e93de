"""Rules for arms sales (SELLS_TO) and energy supply (SUPPLIES_OIL), each on sentences written for these tests."""

from loaders.pipeline import extract_text


def rels(text):
    return {(c.type, c.source, c.target) for c in extract_text(text).claims}


def claims(text, type_):
    return {(c.source, c.target): c.modality for c in extract_text(text).claims if c.type == type_}


def test_a_buyer_named_with_its_state_does_not_pass_the_sale_to_the_state():
    found = rels("Brazil's Embraer delivered two transport aircraft to the Chilean Air Force in May.")
    assert ("SELLS_TO", "company:embraer", "agency:air-force-chile") in found
    assert ("SELLS_TO", "state:brazil", "agency:air-force-chile") in found  # the seller's state still sells
    assert not any(t == "SELLS_TO" and target == "state:chile" for t, _, target in found)


def test_a_buying_company_does_not_make_its_state_the_buyer():
    found = rels("Algeria's Sonatrach will supply more gas to Italy's Eni under a new contract.")
    assert ("SUPPLIES_OIL", "company:sonatrach", "company:eni") in found
    assert ("SUPPLIES_OIL", "state:algeria", "company:eni") in found
    assert ("SUPPLIES_OIL", "company:sonatrach", "state:italy") not in found
