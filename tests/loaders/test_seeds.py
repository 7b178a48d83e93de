"""What the graph must hold after reading the five seed articles (issue 2)."""

import pytest

from loaders.pipeline import extract_paths
from loaders.sources import SourceError
from tests.seeds import seed_paths


@pytest.fixture(scope="module")
def extracted():
    items = list(extract_paths([str(p) for p in seed_paths()]))
    assert not [i for i in items if isinstance(i, SourceError)]
    actors, claims, texts = {}, [], {}
    for ex in items:
        texts[ex.document.id] = ex.document.text
        for a in ex.actors:
            actors.setdefault(a.id, a)
        claims.extend(ex.claims)
    return actors, claims, texts


@pytest.mark.parametrize("actor_id, kind", [
    ("state:israel", "State"), ("state:azerbaijan", "State"), ("state:iran", "State"), ("state:turkey", "State"),
    ("state:armenia", "State"), ("state:russia", "State"), ("company:socar", "Company"),
    ("company:israel-aerospace-industries", "Company"), ("agency:mossad", "Agency"),
    ("person:benjamin-netanyahu", "Person"), ("person:ilham-aliyev", "Person"), ("person:isaac-herzog", "Person"),
])
def test_seed_actors(extracted, actor_id, kind):
    actors, _, _ = extracted
    assert actors[actor_id].kind == kind


def test_iai_is_an_alias(extracted):
    assert "IAI" in extracted[0]["company:israel-aerospace-industries"].aliases


@pytest.mark.parametrize("type_, sources, target", [
    ("SELLS_TO", {"state:israel"}, "state:azerbaijan"),
    ("SELLS_TO", {"company:israel-aerospace-industries"}, "state:azerbaijan"),
    ("SUPPLIES_OIL", {"state:azerbaijan"}, "state:israel"),
    ("ALLEGED_SPYING", {"state:israel", "agency:mossad"}, "state:iran"),
])
def test_seed_relations_have_evidence(extracted, type_, sources, target):
    _, claims, texts = extracted
    found = [c for c in claims if c.type == type_ and c.source in sources and c.target == target]
    assert found
    for c in found:
        text = texts[c.doc_id]
        assert c.sentence in text
        assert c.modality in ("asserted", "reported", "alleged", "denied")
        assert text[c.source_span[0]:c.source_span[1]] and text[c.target_span[0]:c.target_span[1]]


def test_no_claim_joins_an_actor_to_itself(extracted):
    assert all(c.source != c.target for c in extracted[1])
