"""The synthesis assistant's reading of French: vectors (with and without the model), their storage,
and themes where every contribution lands in exactly one group."""
import numpy as np
import pytest

from app.services import embeddings, themes

HOSTILE = '<script>alert("x")</script> Navette « Uzès ⇄ Pont du Gard » 🚌 \u202e'


@pytest.mark.once
def test_the_model_reads_a_paraphrase_as_closer_than_another_subject():
    model = embeddings.encoder()
    assert model.name == embeddings.MODEL  # installed with the application
    vectors = model.encode(["Créer une navette entre la gare et le village",
                            "Un bus pour relier la gare au village",
                            "Le fromage de chèvre du marché est délicieux", ""])
    assert vectors.shape == (4, embeddings.DIMENSIONS) and vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors[:3], axis=1), 1, atol=1e-5)
    assert vectors[0] @ vectors[1] > vectors[0] @ vectors[2] + 0.2


@pytest.mark.once
def test_the_method_without_a_model_finds_shared_words_and_is_the_same_every_time():
    free = embeddings.encoder_without_model()
    assert free.name == embeddings.MODEL_FREE
    texts = ["Ouvrir l'office de tourisme le dimanche", "L'office de tourisme ouvert le dimanche",
             "Des bancs à l'ombre sur la place", "", HOSTILE * 50]
    first, again = free.encode(texts), free.encode(texts)
    assert np.array_equal(first, again)
    assert first[0] @ first[1] > first[0] @ first[2]
    assert not first[3].any() and np.isclose(np.linalg.norm(first[4]), 1)


@pytest.mark.once
def test_a_packed_vector_keeps_its_direction_in_512_bytes():
    vectors = embeddings.encoder_without_model().encode(["Une route des potiers", "Un marché de producteurs le soir"])
    blobs = [embeddings.pack(v) for v in vectors]
    assert [len(b) for b in blobs] == [embeddings.DIMENSIONS] * 2
    back = embeddings.unpack(blobs)
    assert np.allclose(np.sum(back * vectors, axis=1), 1, atol=2e-3)
    assert embeddings.unpack([embeddings.pack(np.zeros(embeddings.DIMENSIONS))]).sum() == 0


def test_a_contribution_is_read_from_its_title_and_the_start_of_its_text():
    assert embeddings.text_of("Des bancs", "À l'ombre.") == "Des bancs. À l'ombre."
    assert embeddings.text_of("Des bancs", None) == "Des bancs"
    assert len(embeddings.text_of("T", "x" * 10_000)) == embeddings.TEXT_LIMIT


def _clustered(seed: int = 3):
    rng = np.random.default_rng(seed)
    centres = rng.normal(size=(3, embeddings.DIMENSIONS))
    rows, texts = [], []
    words = ["navette gare bus", "marché producteurs fromage", "sentier balisage randonnée"]
    for number, size in enumerate((9, 6, 4)):
        for _ in range(size):
            rows.append(centres[number] + rng.normal(scale=0.05, size=embeddings.DIMENSIONS))
            texts.append(f"{words[number]} {HOSTILE}")
    rows.append(rng.normal(size=embeddings.DIMENSIONS) * 3)  # a stray idea
    texts.append("Merci pour l'accueil")
    vectors = np.array(rows, dtype=np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True), texts


@pytest.mark.once
def test_every_contribution_lands_in_exactly_one_group_the_largest_first():
    vectors, texts = _clustered()
    groups = themes.group(vectors, texts, groups=4)
    members = sorted(p for g in groups for p in g.members)
    assert members == list(range(len(texts)))
    sizes = [len(g.members) for g in groups if not g.misc]
    assert sizes == sorted(sizes, reverse=True) and sizes[0] == 9
    assert all(len(g.members) >= themes.SMALLEST_THEME for g in groups if not g.misc)
    assert groups[-1].misc and groups[-1].label == themes.MISC and len(texts) - 1 in groups[-1].members
    assert "navette" in groups[0].label.lower() or "gare" in groups[0].label.lower()
    assert "<script>" not in " ".join(g.label for g in groups)
    assert [g.members for g in themes.group(vectors, texts, groups=4)] == [g.members for g in groups]


def test_too_few_contributions_make_no_theme():
    vectors, texts = _clustered()
    assert [(g.label, g.members, g.misc) for g in themes.group(vectors[:4], texts[:4])] == [
        (themes.MISC, [0, 1, 2, 3], True)]
    assert themes.group(vectors[:0], []) == []


@pytest.mark.parametrize("n,expected", [(6, 2), (40, 4), (300, 12), (3000, 15)])
def test_the_number_of_groups_grows_slowly_with_the_contributions(n, expected):
    assert themes.group_count(n) == expected


def test_the_index_of_a_worker_finds_what_a_full_comparison_finds_and_reads_new_vectors(app):
    from app.extensions import db
    from app.services import similar

    from .. import factories

    s = factories.scene()
    rng = np.random.default_rng(7)
    centres = rng.normal(size=(20, embeddings.DIMENSIONS))
    made = [factories.contribution(s.workshop, title=f"Idée {i} {HOSTILE}") for i in range(400)]
    vectors = centres[np.arange(400) % 20] + rng.normal(scale=0.8, size=(400, embeddings.DIMENSIONS))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    similar.store("use-m3", [(c.id, c.consultation_id) for c in made], vectors)
    db.session.commit()
    index = similar._index(s.consultation.id, "use-m3")
    index.refresh()
    assert index.size == 400
    stored = embeddings.unpack([embeddings.pack(v) for v in vectors])
    overlap = []
    for query in vectors[:50] + rng.normal(scale=0.3, size=(50, embeddings.DIMENSIONS)):
        query = (query / np.linalg.norm(query)).astype(np.float32)
        exact = {made[i].id for i in np.argsort(-(stored @ query))[:5]}
        found = {i for i, _ in index.nearest(query, 5)}
        overlap.append(len(exact & found) / 5)
    assert np.mean(overlap) >= 0.95
    # A text written again: its new vector replaces the old one in place, and a new one is added.
    similar.store("use-m3", [(made[0].id, s.consultation.id)], -vectors[:1])
    extra = factories.contribution(s.workshop, title="Encore une")
    similar.store("use-m3", [(extra.id, s.consultation.id)], vectors[1:2])
    db.session.commit()
    index.refresh()
    assert index.size == 401
    top = index.nearest((-vectors[0]).astype(np.float32), 1)
    assert top[0][0] == made[0].id and top[0][1] > 0.99


def test_beyond_ward_k_means_still_places_every_contribution_once_and_the_same_way_twice():
    rng = np.random.default_rng(11)
    centres = rng.normal(size=(12, embeddings.DIMENSIONS))
    n = themes.WARD_UP_TO + 200
    vectors = centres[np.arange(n) % 12] + rng.normal(scale=0.5, size=(n, embeddings.DIMENSIONS))
    texts = [f"navette gare marché {i % 12}" for i in range(n)]
    first, again = themes.group(vectors, texts), themes.group(vectors, texts)
    placed = sorted(p for g in first for p in g.members)
    assert placed == list(range(n))
    assert [g.members for g in first] == [g.members for g in again]
    assert len([g for g in first if not g.misc]) >= 10
