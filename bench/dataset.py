"""Synthetic concertations for the benchmark: N contributions, 10 N likes, 2 N comments, N/10
members, several workshops and missions, themes; French text of varied length taken from the demo.

Rows are written in bulk (COPY on PostgreSQL, executemany in one transaction on SQLite). A built
data set is kept (bench/.cache/ for SQLite files, a template database on PostgreSQL) and reused
until GENERATOR_VERSION changes."""
import random
import re
import shutil
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from werkzeug.security import generate_password_hash

from app.models.workshop import new_room_code

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "bench" / ".cache"
GENERATOR_VERSION = 14
PASSWORD = "bench-password-0"
WORKSHOPS = [  # (title, status, missions)
    ("Gouvernance de la destination", "closed", 3),
    ("Parcours client : exister, vendre, fidéliser", "open", 4),
    ("Tourisme durable et productions locales", "open", 4),
    ("Une destination toute l'année", "open", 3),
]
THEMES = ["Accueil", "Numérique", "Mobilités douces", "Produits locaux", "Patrimoine", "Pleine nature",
          "Tourisme 4 saisons", "Hébergement", "Événements", "Travail en réseau"]
FIRST = ["Camille", "Léa", "Louis", "Inès", "Hugo", "Manon", "Jules", "Chloé", "Nathan", "Sarah", "Théo", "Emma",
         "Lucas", "Jeanne", "Paul", "Élodie", "Yanis", "Agnès", "Rémi", "Nadia", "Gérard", "Sofia", "Karim", "Anne"]
LAST = ["Roux", "Martin", "Bernard", "Faure", "Vidal", "Castanet", "Pellegrin", "Brun", "Girard", "Mercier",
        "Blanc", "Garnier", "Chabert", "Teissier", "Ferrand", "Sabatier", "Perrier", "Dumas", "Pons", "Rey"]
ORGANISATIONS = ["Gîte", "Camping", "Restaurant", "Domaine", "Cave coopérative", "Canoë", "Musée", "Librairie",
                 "Chambres d'hôtes", "Mairie", "Association", "Potier", "Ferme", "Hôtel"]
COMMUNES = ["Uzès", "Remoulins", "Collias", "Lussan", "Saint-Quentin-la-Poterie", "Vers-Pont-du-Gard", "Montaren"]
SECTORS = ["hebergement", "restauration", "activites_pleine_nature", "patrimoine", "producteur", "institution",
           "commune", "commerce", "association", "autre"]


def _corpus():
    """Sentences and titles written for the demo, as plain text."""
    from app.demo import content
    from app.services.text import plain_text

    texts = [c["body"] for c in content.CONTRIBUTIONS] + [
        comment["body"] for c in content.CONTRIBUTIONS for comment in c["comments"]]
    sentences = []
    for text in texts:
        for sentence in re.split(r"(?<=[.!?])\s+", plain_text(text)):
            if 20 <= len(sentence) <= 400:
                sentences.append(sentence)
    titles = [c["title"] for c in content.CONTRIBUTIONS]
    return sentences, titles


def _vectors(made_of: list[tuple[int, list[int]]], sentences: list[str], titles: list[str], now) -> list[dict]:
    """The vectors of the contributions, as the assistant stores them: each title and sentence of the
    corpus is read once by the model at work, and a contribution's vector is its title's plus the mean
    of its sentences'. The search's cost depends on how many vectors there are, not on their exact
    values, and reading 100,000 texts one by one would take minutes at each new data set."""
    from app.services import embeddings

    encoder = embeddings.encoder()
    title_vectors = encoder.encode(titles)
    sentence_vectors = encoder.encode(sentences)
    rows = []
    for number, (title_index, picked) in enumerate(made_of, start=1):
        vector = title_vectors[title_index] + sentence_vectors[picked].mean(axis=0)
        rows.append(dict(id=number, contribution_id=number, consultation_id=1, method=encoder.name,
                         vector=embeddings.pack(vector / max(float((vector ** 2).sum()) ** 0.5, 1e-6)),
                         computed_at=now))
    return rows


def _grouping(contributions: list[dict], vectors: list[dict], now, mission_id: int = 1) -> list[tuple[str, list]]:
    """The assistant's themes for the contributions of one mission, as a facilitator asks for them."""
    from app.services import embeddings, themes

    members = [c for c in contributions if c["mission_id"] == mission_id]
    packed = {row["contribution_id"]: row["vector"] for row in vectors}
    found = themes.group(embeddings.unpack([packed[c["id"]] for c in members]),
                         [embeddings.text_of(c["title"], c["body"]) for c in members])
    grouping = dict(id=1, consultation_id=1, workshop_id=None, mission_id=mission_id, method=vectors[0]["method"],
                    input_hash="0" * 64, created_by_id=1, created_at=now, updated_at=now, saved_at=None)
    groups = [dict(id=number, grouping_id=1, position=number - 1, label=g.label[:120], misc=g.misc)
              for number, g in enumerate(found, start=1)]
    placed = [dict(grouping_id=1, contribution_id=members[p]["id"], group_id=number)
              for number, g in enumerate(found, start=1) for p in g.members]
    return [("groupings", [grouping]), ("grouping_groups", groups), ("grouping_members", placed)]


def _excerpt(text: str, length: int = 240) -> str:
    if len(text) <= length:
        return text
    cut = text[: length + 1].rsplit(" ", 1)[0].rstrip(" ,;:.!?—-")
    return (cut or text[:length]) + "…"


def _skewed(rng: random.Random, total: int, count: int, cap: int) -> list[int]:
    """`count` integers of at most `cap` summing to `total`: most small, a few large (Pareto)."""
    weights = [rng.paretovariate(1.3) for _ in range(count)]
    scale = total / sum(weights)
    counts = [min(cap, int(w * scale)) for w in weights]
    remaining = total - sum(counts)
    while remaining > 0:
        i = rng.randrange(count)
        if counts[i] < cap:
            counts[i] += 1
            remaining -= 1
    return counts


ANSWERS = [("answered", "Merci : c'est prévu au programme de l'office pour l'an prochain."),
           ("review", "Nous l'examinons au prochain comité de pilotage."),
           ("declined", "Nous ne la retenons pas : elle relève de la commune, à qui nous l'avons transmise.")]


def _answers(rng, contributions, likes, comments, events, users, now) -> list[dict]:
    """One contribution in ten answered by a facilitator (user 2): its event, and a notification for
    each person of it (author, commenters, likers, once each), half of them read. Each member thus
    gets a constant number of notifications, as in life, whatever the size."""
    likers, commenters = {}, {}
    for row in likes:
        likers.setdefault(row["contribution_id"], []).append(row["user_id"])
    for row in comments:
        commenters.setdefault(row["contribution_id"], set()).add(row["author_id"])
    unread = {}
    notifications = []
    event_id = len(events)
    for row in contributions:
        if rng.random() >= 0.1:
            continue
        outcome, note = rng.choice(ANSWERS)
        row["outcome"] = outcome
        moment = min(row["created_at"] + timedelta(days=rng.randint(1, 20)), now)
        event_id += 1
        events.append(dict(id=event_id, consultation_id=1, contribution_id=row["id"], comment_id=None, actor_id=2,
                           actor_role="facilitator", kind="outcome", old_value="none", new_value=outcome, note=note,
                           created_at=moment))
        people = {row["author_id"]: "author"}
        for user in commenters.get(row["id"], ()):
            people.setdefault(user, "commenter")
        for user in likers.get(row["id"], ()):
            people.setdefault(user, "liker")
        people.pop(2, None)
        for user, reason in people.items():
            read = rng.random() < 0.5
            notifications.append(dict(user_id=user, consultation_id=1, event_id=event_id, report_id=None,
                                      reason=reason, created_at=moment, read_at=moment if read else None,
                                      mailed_at=moment))
            if not read:
                unread[user] = unread.get(user, 0) + 1
    for user in users:
        user["unread_notifications"] = unread.get(user["id"], 0)
    return notifications


STRATEGY_ACTIONS = 500
STRATEGY_YEARS = range(2022, 2028)
STATES = ("planned", "in_progress", "done", "done", "not_done", "outside_cause", "postponed")


def _strategy(rng, contributions, now) -> list[tuple[str, list[dict]]]:
    """A strategy of 500 actions over six years (4 enjeux, 20 axes, 100 objectives), each action
    with a state every year, two partners, a source contribution; one in five with an indicator."""
    rows = {name: [] for name in ("strategies", "priorities", "axes", "objectives", "partners", "actions",
                                  "action_partners", "action_progress", "indicators", "indicator_values",
                                  "action_sources")}
    rows["strategies"].append(dict(id=1, consultation_id=1, title="Stratégie touristique du banc d'essai", introduction="",
                                   priority_label="enjeu", axis_label="chantier", objective_label="objectif",
                                   action_label="action", first_year=STRATEGY_YEARS[0], last_year=STRATEGY_YEARS[-1],
                                   created_at=now, updated_at=now))
    rows["partners"] = [dict(id=i + 1, strategy_id=1, name=f"Partenaire {i + 1}") for i in range(30)]
    action_id = 0
    for p in range(4):
        rows["priorities"].append(dict(id=p + 1, strategy_id=1, position=p + 1, title=f"Enjeu du banc d'essai {p + 1}",
                                       description="Un enjeu."))
        for a in range(5):
            axis_id = p * 5 + a + 1
            rows["axes"].append(dict(id=axis_id, strategy_id=1, priority_id=p + 1, position=a + 1,
                                     title=f"Chantier {axis_id} du banc d'essai", description="Un chantier."))
            for o in range(5):
                objective_id = (axis_id - 1) * 5 + o + 1
                rows["objectives"].append(dict(id=objective_id, axis_id=axis_id, position=o + 1,
                                               title=f"Objectif {objective_id}", expected_results="Des résultats."))
                for n in range(5):
                    action_id += 1
                    rows["actions"].append(dict(
                        id=action_id, strategy_id=1, objective_id=objective_id, position=n + 1, key=f"action-{action_id}",
                        title=f"Action {action_id} du banc d'essai", description="Une action à mener.", means="Outils",
                        owner="Office de tourisme", operator="Communauté de communes", remarks="", origin="",
                        created_at=now, updated_at=now))
                    for partner in rng.sample(range(1, 31), 2):
                        rows["action_partners"].append(dict(action_id=action_id, partner_id=partner))
                    for year in STRATEGY_YEARS:
                        state = rng.choice(STATES)
                        rows["action_progress"].append(dict(
                            id=len(rows["action_progress"]) + 1, action_id=action_id, year=year, state=state,
                            cause="COVID" if state == "outside_cause" else "",
                            postponed_to=year + 1 if state == "postponed" else None,
                            note="Une note de suivi." if rng.random() < 0.3 else "", updated_at=now,
                            updated_by_id=2))
                    if action_id % 5 == 0:
                        indicator_id = len(rows["indicators"]) + 1
                        rows["indicators"].append(dict(id=indicator_id, action_id=action_id, position=1,
                                                       name="Nuitées", unit="nuitées", baseline=1000.0, target=2000.0))
                        rows["indicator_values"] += [dict(id=len(rows["indicator_values"]) + i + 1,
                                                          indicator_id=indicator_id, year=year,
                                                          value=1000.0 + rng.randrange(1200))
                                                     for i, year in enumerate(STRATEGY_YEARS[:4])]
                    contribution = contributions[(action_id * 7) % len(contributions)]
                    rows["action_sources"].append(dict(id=action_id, action_id=action_id,
                                                       contribution_id=contribution["id"], promoted_by_id=2, note="",
                                                       created_at=now, detach_reason=""))
    return list(rows.items())


def build(url: str, size: int, seed: int = 42) -> dict:
    """Fill the empty, migrated database at `url` with a concertation of `size` contributions."""
    from app.services.counts import trend_score
    from app.services.text import sort_key

    started = time.monotonic()
    rng = random.Random(seed)
    sentences, titles = _corpus()
    engine = sa.create_engine(url)
    meta = sa.MetaData()
    meta.reflect(engine)
    t = meta.tables
    now = datetime(2026, 11, 22, 12, 0)
    members = max(50, size // 10)
    password_hash = generate_password_hash(PASSWORD)

    users = []
    for i in range(members):
        name = f"{rng.choice(FIRST)} {rng.choice(LAST)} {i}"
        users.append(dict(id=i + 1, email=f"membre{i}@bench.concerto.example", display_name=name,
                          sort_name=sort_key(name), organisation=f"{rng.choice(ORGANISATIONS)} {rng.choice(LAST)}",
                          sector=rng.choice(SECTORS), commune=rng.choice(COMMUNES), password_hash=password_hash,
                          is_admin=i == 0, show_in_directory=rng.random() > 0.1, session_version=1,
                          email_frequency="daily", unread_notifications=0,
                          created_at=now - timedelta(days=90)))
    consultation = dict(id=1, slug="assises-bench", title="Assises du tourisme (banc d'essai)",
                        territory="Pays d'Uzès", description="Une concertation **synthétique** pour mesurer.",
                        visibility="public", join_code="BENCH", created_at=now - timedelta(days=90), created_by_id=1)
    memberships = [dict(id=i + 1, consultation_id=1, user_id=u["id"], sort_name=u["sort_name"],
                        role="facilitator" if i < 5 else "elected" if i < 15 else "participant",
                        joined_at=now - timedelta(days=80)) for i, u in enumerate(users)]
    themes = [dict(id=i + 1, consultation_id=1, name=name) for i, name in enumerate(THEMES)]
    workshops, missions, scopes = [], [], []
    for w, (title, status, count) in enumerate(WORKSHOPS, start=1):
        day = now - timedelta(days=60 - 12 * w)
        workshops.append(dict(id=w, consultation_id=1, key=f"atelier-{w}", title=title, starts_on=day.date(),
                              start_time=day.time().replace(second=0, microsecond=0),
                              place="Uzès", description="Un atelier.", status=status, created_at=now - timedelta(days=70),
                              contribution_count=0, like_count=0, comment_count=0, room_code=new_room_code(),
                              changes=0))
        for m in range(count):
            mission_id = len(missions) + 1
            missions.append(dict(id=mission_id, workshop_id=w, key=f"mission-{mission_id}", position=m + 1, title=f"Mission {m + 1} : {rng.choice(titles)[:150]}",
                                 instructions=" ".join(rng.sample(sentences, 3)), is_open=True, contribution_count=0))
            scopes.append((w, mission_id))
        scopes.append((w, None))
    by_workshop = {w["id"]: w for w in workshops}
    by_mission = {m["id"]: m for m in missions}

    like_counts = _skewed(rng, 10 * size, size, cap=members - 1)
    comment_counts = _skewed(rng, 2 * size, size, cap=200)
    contributions, events, likes, comments, tags, made_of = [], [], [], [], [], []
    user_ids = [u["id"] for u in users]
    comment_id = 0
    for i in range(size):
        workshop_id, mission_id = scopes[rng.randrange(len(scopes))]
        author = rng.choice(user_ids)
        n_sentences = rng.choice([1, 1, 2, 2, 3, 4, 6, 9])
        picked = [rng.randrange(len(sentences)) for _ in range(n_sentences)]
        body = " ".join(sentences[k] for k in picked)
        if n_sentences >= 6:
            body = body.replace(". ", ".\n\n", 2)
        created = now - timedelta(minutes=rng.randrange(60 * 24 * 60))
        n_likes = min(like_counts[i], members - 1)
        n_comments = comment_counts[i]
        contribution_id = i + 1
        title_index = rng.randrange(len(titles))
        made_of.append((title_index, picked))
        contributions.append(dict(
            id=contribution_id, consultation_id=1, workshop_id=workshop_id, mission_id=mission_id, author_id=author,
            title=titles[title_index][:140], body=body, excerpt=_excerpt(" ".join(body.split())), status="published",
            outcome="none", origin="online", created_at=created, like_count=n_likes, comment_count=n_comments,
            trend_score=trend_score(n_likes, n_comments, created), shuffle_key=rng.randrange(2**31)))
        events.append(dict(id=len(events) + 1, consultation_id=1, contribution_id=contribution_id, comment_id=None,
                           actor_id=author,
                           actor_role="author", kind="posted", new_value="published", note="", created_at=created))
        likers = [u for u in rng.sample(user_ids, n_likes + 1) if u != author][:n_likes]
        likes.extend(dict(contribution_id=contribution_id, user_id=liker, created_at=created) for liker in likers)
        roots = []
        for c in range(n_comments):
            comment_id += 1
            parent = rng.choice(roots) if roots and rng.random() < 0.25 else None
            commenter = rng.choice(user_ids)
            comments.append(dict(id=comment_id, contribution_id=contribution_id, parent_id=parent,
                                 author_id=commenter, body=" ".join(rng.sample(sentences, rng.choice([1, 1, 2, 3]))),
                                 status="visible", created_at=created + timedelta(minutes=5 + c)))
            events.append(dict(id=len(events) + 1, consultation_id=1, contribution_id=contribution_id,
                               comment_id=comment_id,
                               actor_id=commenter, actor_role="author" if commenter == author else "participant",
                               kind="commented", new_value=None, note="", created_at=created + timedelta(minutes=5 + c)))
            if parent is None:
                roots.append(comment_id)
        if rng.random() < 0.5:
            tags.append(dict(contribution_id=contribution_id, theme_id=rng.randrange(1, len(THEMES) + 1)))
    # The exact like count of each contribution is the number of rows written for it.
    exact = {}
    for row in likes:
        exact[row["contribution_id"]] = exact.get(row["contribution_id"], 0) + 1
    for row in contributions:
        row["like_count"] = exact.get(row["id"], 0)
        row["trend_score"] = trend_score(row["like_count"], row["comment_count"], row["created_at"])
        workshop = by_workshop[row["workshop_id"]]
        workshop["contribution_count"] += 1
        workshop["like_count"] += row["like_count"]
        workshop["comment_count"] += row["comment_count"]
        if row["mission_id"]:
            by_mission[row["mission_id"]]["contribution_count"] += 1
    notifications = _answers(rng, contributions, likes, comments, events, users, now)
    attendances = [dict(workshop_id=w["id"], user_id=u) for w in workshops[:3] for u in rng.sample(user_ids, min(40, members))]
    reports = [_synthesis(contributions, missions, now)]

    vectors = _vectors(made_of, sentences, titles, now)
    tables = [("users", users), ("consultations", [consultation]), ("memberships", memberships), ("themes", themes),
              ("workshops", workshops), ("missions", missions), ("attendances", attendances),
              ("contributions", contributions), ("contribution_themes", tags), ("likes", likes),
              ("comments", comments), ("contribution_events", events), ("reports", reports),
              ("notifications", notifications), *_strategy(rng, contributions, now),
              ("contribution_vectors", vectors),
              *_grouping(contributions, vectors, now)]
    with engine.begin() as connection:
        for name, rows in tables:
            _insert(connection, t[name], rows)
        if engine.dialect.name == "postgresql":
            for name in ("users", "consultations", "memberships", "themes", "workshops", "missions", "contributions",
                         "contribution_events", "likes", "comments", "reports", "notifications", "strategies",
                         "priorities", "axes", "objectives", "partners", "actions", "action_progress", "indicators",
                         "indicator_values", "action_sources", "contribution_vectors", "groupings", "grouping_groups"):
                connection.exec_driver_sql(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), (SELECT max(id) FROM {name}))")
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.exec_driver_sql("VACUUM ANALYZE" if engine.dialect.name == "postgresql" else "ANALYZE")
    engine.dispose()
    return {"contributions": size, "likes": len(likes), "comments": len(comments), "members": members,
            "seconds": round(time.monotonic() - started, 1)}


def _synthesis(contributions: list[dict], missions: list[dict], now: datetime) -> dict:
    """The published synthesis of the first workshop: a page of text citing contributions (#123)
    and a live block per mission, frozen as published (what the report page shows)."""
    import json

    mine = [m for m in missions if m["workshop_id"] == 1]
    blocks, sections = {}, ["## Le but de l'atelier", "", "Les participants ont travaillé en quatre groupes."]
    for number, mission in enumerate(mine, start=1):
        top = sorted((c for c in contributions if c["mission_id"] == mission["id"]),
                     key=lambda c: (-c["like_count"], -c["id"]))[:3]
        source = f"[[plus-aimees mission={mission['key']} nombre=3]]"
        blocks[source] = {"title": f"Les contributions les plus aimées — Mission {number}", "as_of": now.date().isoformat(),
                          "missing": "", "items": [{"id": c["id"], "title": c["title"], "by": "Un membre",
                                                    "likes": c["like_count"]} for c in top]}
        cited = ", ".join(f"#{c['id']}" for c in top)
        sections += ["", f"### Mission {number}", "", f"Les groupes ont surtout retenu {cited}. " * 3, "", source]
    sections += ["", "## Et maintenant ?", "", "Le comité de pilotage arbitrera au printemps."]
    return dict(id=1, consultation_id=1, workshop_id=1, kind="synthesis", status="published",
                title="Synthèse de l'atelier « Gouvernance de la destination »", body="\n".join(sections),
                authors="L'équipe d'animation", published_at=now, created_at=now, updated_at=now, created_by_id=2,
                frozen_blocks=json.dumps({"version": 1, "blocks": blocks}, ensure_ascii=False, sort_keys=True))


def _insert(connection, table, rows, chunk: int = 20000) -> None:
    if not rows:
        return
    columns = list(dict.fromkeys(key for row in rows for key in row))  # rows of one table may differ: None fills
    rows = [row if len(row) == len(columns) else {c: row.get(c) for c in columns} for row in rows]
    if connection.dialect.name == "postgresql":
        raw = connection.connection.driver_connection
        with raw.cursor().copy(f"COPY {table.name} ({', '.join(columns)}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row([row[c] for c in columns])
        return
    for start in range(0, len(rows), chunk):
        connection.execute(table.insert(), rows[start:start + chunk])


# -- cached data sets ---------------------------------------------------------------------------

def _migrate(url: str, folder: Path) -> None:
    env = {"DATABASE_URL": url, "SECRET_KEY": "bench", "CONCERTO_INSTANCE_PATH": str(folder),
           "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-m", "flask", "--app", "app", "db", "upgrade"], cwd=ROOT, env=env, check=True,
                   capture_output=True)


def sqlite_dataset(size: int) -> Path:
    """The cached SQLite file of this size, built if needed."""
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"sqlite-{size}-v{GENERATOR_VERSION}.db"
    if not path.exists():
        partial = path.with_suffix(".building")
        partial.unlink(missing_ok=True)
        _migrate(f"sqlite:///{partial}", CACHE)
        info = build(f"sqlite:///{partial}", size)
        partial.rename(path)
        print(f"  built SQLite data set {size}: {info}", flush=True)
    return path


def sqlite_working_copy(size: int, folder: Path) -> str:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"bench-{size}.db"
    for suffix in ("", "-wal", "-shm"):
        Path(str(target) + suffix).unlink(missing_ok=True)
    shutil.copyfile(sqlite_dataset(size), target)
    return f"sqlite:///{target}"


def postgres_dataset(admin_url: str, size: int) -> str:
    """The name of the cached PostgreSQL template database of this size, built if needed."""
    name = f"concerto_bench_{size}_v{GENERATOR_VERSION}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        exists = connection.exec_driver_sql(f"SELECT 1 FROM pg_database WHERE datname = '{name}'").scalar()
        if not exists:
            connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}_building" WITH (FORCE)')
            connection.exec_driver_sql(f'CREATE DATABASE "{name}_building"')
    admin.dispose()
    if not exists:
        url = sa.engine.make_url(admin_url).set(database=f"{name}_building").render_as_string(hide_password=False)
        _migrate(url, CACHE)
        info = build(url, size)
        admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.exec_driver_sql(f'ALTER DATABASE "{name}_building" RENAME TO "{name}"')
        admin.dispose()
        print(f"  built PostgreSQL data set {size}: {info}", flush=True)
    return name


def postgres_working_copy(admin_url: str, size: int) -> str:
    template = postgres_dataset(admin_url, size)
    work = f"concerto_bench_work_{size}"
    admin = sa.create_engine(admin_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.exec_driver_sql(f'DROP DATABASE IF EXISTS "{work}" WITH (FORCE)')
        connection.exec_driver_sql(f'CREATE DATABASE "{work}" TEMPLATE "{template}"')
    admin.dispose()
    return sa.engine.make_url(admin_url).set(database=work).render_as_string(hide_password=False)


if __name__ == "__main__":  # python -m bench.dataset SIZE [sqlite|postgresql]
    kind = sys.argv[2] if len(sys.argv) > 2 else "sqlite"
    size_ = int(sys.argv[1])
    if kind == "sqlite":
        print(sqlite_dataset(size_))
    else:
        print(postgres_dataset("postgresql+psycopg://postgres@127.0.0.1:5432/postgres", size_))
