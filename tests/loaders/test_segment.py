from loaders.segment import split_sentences


def test_offsets_point_into_the_text():
    text = "Intro line\nChile sold arms to Peru. Dr. Ruiz met Gen. Soto in the U.S. capital.\n"
    for s in split_sentences(text):
        assert text[s.start:s.end] == s.text
    assert [s.text for s in split_sentences(text)][1:] == ["Chile sold arms to Peru.", "Dr. Ruiz met Gen. Soto in the U.S. capital."]


def test_boilerplate_and_repeats_are_dropped():
    text = "Share this article\nSend in e-mailSend in e-mail\nChile sold arms.\n• Chile sold arms.\nLeave a Reply\n"
    assert [s.text for s in split_sentences(text)] == ["Chile sold arms."]


def test_glued_paragraphs_are_split():
    text = "the trip was cancelled.The ministry said no more."
    assert [s.text for s in split_sentences(text)] == ["the trip was cancelled.", "The ministry said no more."]


def test_lines_of_markdown_links_are_related_stories_not_text():
    text = ("**Read also:** [Chile buys frigates from Peru](#) · [Bolivia expels envoy](#)\n"
            "[Home](/) | [World](/world)\n"
            "Chile sold rifles to Peru, according to [Reuters](https://example.org/story), officials said.\n")
    assert [s.text for s in split_sentences(text)] == [
        "Chile sold rifles to Peru, according to [Reuters](https://example.org/story), officials said."]
