"""The evaluation set of the synthesis assistant (issue 16) holds what its measures need: French
paraphrase pairs, hard negatives (same subject, another proposal) and contributions themed by hand."""
from collections import Counter
from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).parent / "data"


def _load(name: str) -> dict:
    return yaml.safe_load((DATA / name).read_text(encoding="utf-8"))


def _texts(entry: dict) -> list[str]:
    return [entry["title"], entry["body"]]


@pytest.mark.once
@pytest.mark.parametrize("name,least", [("similar_ideas.yaml", 60), ("hard_negatives.yaml", 20)])
def test_each_pair_set_is_large_enough_and_made_of_distinct_proposals(name, least):
    pairs = _load(name)["pairs"]
    assert len(pairs) >= least
    titles = [pair[side]["title"] for pair in pairs for side in "ab"]
    assert len(set(titles)) == len(titles), [t for t, n in Counter(titles).items() if n > 1]
    for pair in pairs:
        assert all(text.strip() for side in "ab" for text in _texts(pair[side])) and pair["theme"]
        assert pair["a"] != pair["b"]
        if name == "hard_negatives.yaml":
            assert pair["why"].strip()


@pytest.mark.once
def test_the_themed_contributions_have_one_known_theme_each_and_uneven_sizes():
    data = _load("themed_contributions.yaml")
    contributions, themes = data["contributions"], data["themes"]
    assert len(contributions) >= 300 and "Divers" in themes
    sizes = Counter(c["theme"] for c in contributions)
    assert set(sizes) == set(themes)
    assert max(sizes.values()) >= 3 * min(sizes.values())  # like a real workshop, not a balanced set
    titles = [c["title"] for c in contributions]
    assert len(set(titles)) == len(titles)
    assert all(text.strip() for c in contributions for text in _texts(c))


@pytest.mark.once
def test_no_sentence_is_shared_between_the_three_files():
    seen: dict[str, str] = {}
    for name in ("similar_ideas.yaml", "hard_negatives.yaml", "themed_contributions.yaml"):
        data = _load(name)
        entries = ([pair[side] for pair in data["pairs"] for side in "ab"] if "pairs" in data
                   else data["contributions"])
        for entry in entries:
            for text in _texts(entry):
                assert seen.setdefault(text, name) == name, (text, seen[text], name)
