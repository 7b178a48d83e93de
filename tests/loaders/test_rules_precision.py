"""Precision rules: claims the extractor must not make on text it was not written on, each with the right
use it must keep. Sentences are written for these tests."""

from loaders.pipeline import extract_text


def rels(text):
    return {(c.type, c.source, c.target) for c in extract_text(text).claims}


def claims(text):
    return {(c.type, c.source, c.target, c.modality) for c in extract_text(text).claims}


def test_a_preposition_before_the_trigger_introduces_no_end_of_it():
    # "the opposition Liberal Party" names a party; "opposition" is no stance against it
    found = rels("Maria Lopez, leader of the opposition Liberal Party, spoke in Quito on Monday.")
    assert not any(t == "OPPOSES" for t, _, _ in found)


def test_a_preposition_after_the_trigger_still_introduces_its_end():
    assert ("OPPOSES", "state:peru", "state:chile") in rels("Peru voiced strong opposition to Chile over the border.")
    assert ("OPERATES_IN", "company:halvard-shipping", "state:greece") in \
        rels("Halvard Shipping, a tanker operator registered in Greece, was blacklisted by Norway.")
