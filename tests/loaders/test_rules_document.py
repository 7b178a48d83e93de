"""Parts of a news page that are not the story: the wire credited in a dateline."""

from loaders.pipeline import extract_text


def test_the_wire_credited_in_a_dateline_is_no_actor():
    text = ("QUITO, June 9 (Reuters) - Ecuador's navy has bought two patrol boats from Damen Shipyards, "
            "the defence ministry said.")
    result = extract_text(text)
    assert "org:reuters" not in {a.id for a in result.actors}
    assert not any("org:reuters" in (c.source, c.target) for c in result.claims)
    assert ("SELLS_TO", "company:damen-shipyards", "state:ecuador") in {(c.type, c.source, c.target) for c in result.claims}


def test_the_wire_named_in_the_story_is_an_actor():
    text = ("QUITO, June 9 (Reuters) - Ecuador's defence minister, Rosa Alvear, told Reuters on Monday that "
            "the navy would buy two patrol boats.")
    assert "org:reuters" in {a.id for a in extract_text(text).actors}
