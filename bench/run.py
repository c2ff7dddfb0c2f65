"""make bench / make bench-smoke: serve synthetic concertations of growing size with gunicorn in its
production configuration, on SQLite and PostgreSQL, measure each page of the table below with wrk,
and write a report (Markdown, JSON, and an SVG chart of p95 latency against size).

    python -m bench.run [--smoke] [--sizes 1000,10000,100000] [--databases sqlite,postgresql]
"""
import argparse
import io
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import time
import urllib.request
from dataclasses import asdict, dataclass, field
from pathlib import Path

import sqlalchemy as sa

from . import dataset, report, scenarios
from .client import Visitor

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "artifacts" / "bench"
SECRET_KEY = "bench-secret-key-0123456789abcdef0123456789abcdef"
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
PG_ADMIN_URL = os.environ.get("BENCH_PG_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")


@dataclass(frozen=True)
class Page:
    name: str
    who: str  # "visitor", "member" (a participant) or "facilitator"
    path: str  # a template: {slug}, {workshop}, {mission}, {contribution}, {deep_<sort>}, several with |
    method: str = "GET"
    body: str = ""
    connections: int | None = None  # wrk's connections for this page, when not the run's (--connections)
    header: str = ""  # one request header, a template: "If-None-Match: {wall_etag}"


SORTS = ("tendance", "plus-aimees", "plus-commentees", "recentes", "hasard")
MISSION = "/c/{slug}/ateliers/{workshop}/missions/{mission}"

# The pages measured: a later page joins the benchmark with one line here.
PAGES = [
    Page("healthz", "visitor", "/healthz"),
    Page("concertation home", "visitor", "/c/{slug}/"),
    Page("concertation home", "member", "/c/{slug}/"),
    *(Page(f"mission board, {sort}", "member", MISSION + f"?tri={sort}") for sort in SORTS),
    *(Page(f"mission board, {sort}, deep page", "member", MISSION + f"?tri={sort}&apres={{deep_{sort}}}")
      for sort in SORTS),
    Page("mission board, tendance", "visitor", MISSION + "?tri=tendance"),
    Page("workshop page", "member", "/c/{slug}/ateliers/{workshop}"),
    Page("contribution with comments", "member", "/c/{slug}/contributions/{contribution}"),
    Page("contribution with comments", "visitor", "/c/{slug}/contributions/{contribution}"),
    Page("who's who", "member", "/c/{slug}/qui-est-qui"),
    # Words whose matches grow with the data (1, 19 and 151 at the three sizes: a page of 1 card
    # at 1,000), and words that fill the page at every size (57, 581 and 6,184 matches).
    Page("search", "member", "/c/{slug}/contributions?q=tourisme+local"),
    Page("search, a full page", "member", "/c/{slug}/contributions?q=accueil+visiteurs"),
    Page("like toggle", "member", "{like_paths}", "POST", "aime={flip}&csrf_token={token}"),
    Page("post a contribution", "member", "/c/{slug}/ateliers/{workshop}/contribuer", "POST",
         "mission={mission}&title=Une+id%C3%A9e+de+banc+d%27essai+{n}&body=Du+texte+%C3%A0+lire.&proches=vues"
         "&csrf_token={token}"),
    # What a member sees while typing an idea (the close ideas of the concertation): under load like
    # the other pages, and the wait of one member typing alone (its target is a latency).
    *(Page(f"close ideas while typing{suffix}", "member", "/c/{slug}/ateliers/{workshop}/idees-proches"
           "?titre=Une+navette+vers+la+gare&texte=Pour+les+visiteurs+sans+voiture", connections=connections)
      for suffix, connections in (("", None), (", one member", 1))),
    Page("post a comment", "member", "/c/{slug}/contributions/{contribution}/commentaires", "POST",
         "body=Un+compl%C3%A9ment+{n}&csrf_token={token}"),
    Page("report page", "member", "/c/{slug}/documents/{report}"),
    Page("report page", "visitor", "/c/{slug}/documents/{report}"),
    Page("capture a post-it", "facilitator", "/c/{slug}/ateliers/{workshop}/saisie", "POST",
         "mission={mission}&group_label=Groupe+2&text=Un+post-it+de+la+salle+{n}&csrf_token={token}"),
    Page("notification centre", "member", "/notifications"),
    Page("answer form", "facilitator", "/c/{slug}/contributions/{contribution}/reponse"),
    Page("audit log", "facilitator", "/c/{slug}/moderation/journal"),
    # The strategy: 500 actions over six years (bench/dataset.py).
    # The synthesis assistant: its page, and the themes of one mission (bench/dataset.py).
    Page("assistant page", "facilitator", "/c/{slug}/assistant/"),
    Page("themes page", "facilitator", "/c/{slug}/assistant/regroupements/{grouping}"),
    Page("strategy page", "member", "/c/{slug}/strategie/"),
    Page("strategy action page", "member", "/c/{slug}/strategie/actions/{action}"),
    Page("strategy dashboard", "member", "/c/{slug}/strategie/tableau-de-bord"),
    Page("strategy ideas page", "member", "/c/{slug}/strategie/idees-retenues"),
    Page("strategy candidates", "facilitator", "/c/{slug}/strategie/contributions-a-retenir"),
    Page("strategy promotion form", "facilitator", "/c/{slug}/strategie/retenir?ids={source_contribution}"),
    Page("strategy detach form", "facilitator",
         "/c/{slug}/strategie/actions/{action}/sources/{source_contribution}/detacher"),
    Page("strategy settings form", "facilitator", "/c/{slug}/strategie/parametres"),
    Page("strategy new level form", "facilitator", "/c/{slug}/strategie/chantier/nouveau"),
    Page("strategy action form", "facilitator", "/c/{slug}/strategie/action/{action}/modifier"),
    Page("strategy delete form", "facilitator", "/c/{slug}/strategie/action/{action}/supprimer"),
    Page("strategy follow-up form", "facilitator", "/c/{slug}/strategie/actions/{action}/suivi"),
    Page("strategy indicators form", "facilitator", "/c/{slug}/strategie/actions/{action}/indicateurs"),
    Page("strategy plan import form", "facilitator", "/c/{slug}/strategie/importer"),
    Page("room: the phone's page", "visitor", "/salle/{room_code}"),
    Page("room: the wall", "visitor", "/mur/{wall_token}"),
    Page("room: the wall's refresh, nothing new", "visitor", "/mur/{wall_token}/contenu",
         header="If-None-Match: {wall_etag}"),
    Page("room: the facilitators' controls", "facilitator", "/c/{slug}/ateliers/{workshop}/salle"),
]


# In smoke mode (CI), PostgreSQL measures these pages only; SQLite measures them all (CI's 20 minutes).
SMOKE_POSTGRES_PAGES = "mission board, tendance,post a contribution,like toggle,room: the wall's refresh,room: the phone"


@dataclass
class Measure:
    database: str
    size: int
    page: str
    who: str
    rps: float
    p50_ms: float
    p95_ms: float
    errors: int
    queries: int | None = None
    ratio: float | None = None
    runs: list = field(default_factory=list)


def wait_for_idle(threshold: float = 0.8, limit: float = 20) -> float:
    """Wait until the machine's CPUs are mostly idle (other work on a shared machine)."""
    def sample():
        with open("/proc/stat") as handle:
            values = [int(v) for v in handle.readline().split()[1:]]
        return values[3] + values[4], sum(values)

    deadline = time.monotonic() + limit
    while True:
        idle1, total1 = sample()
        time.sleep(0.5)
        idle2, total2 = sample()
        idle = (idle2 - idle1) / max(1, total2 - total1)
        if idle >= threshold or time.monotonic() > deadline:
            return idle


class Server:
    """gunicorn with gunicorn.conf.py on a free port."""

    def __init__(self, url: str, folder: Path, env: dict | None = None):
        import socket

        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self.base = f"http://127.0.0.1:{self.port}"
        folder.mkdir(parents=True, exist_ok=True)
        self.log = folder / "gunicorn.log"
        self.env = {**os.environ, "DATABASE_URL": url, "SECRET_KEY": SECRET_KEY, "CONCERTO_INSTANCE_PATH": str(folder),
                    "GUNICORN_BIND": f"127.0.0.1:{self.port}", "FLASK_RATELIMIT_ENABLED": "false",
                    "CACHE_REDIS_URL": REDIS_URL, "GUNICORN_MAX_REQUESTS": "0", **(env or {})}
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", str(ROOT / "gunicorn.conf.py"), "app:create_app()"],
            cwd=ROOT, env=self.env, stdout=self.log.open("w"), stderr=subprocess.STDOUT, start_new_session=True)
        for _ in range(300):
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=1) as response:  # nosec B310
                    if response.status == 200:
                        return
            except OSError:
                time.sleep(0.1)
        raise RuntimeError("gunicorn did not start:\n" + self.log.read_text()[-3000:])

    def worker_rss_mb(self) -> float:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children").read_text().split()
        sizes = []
        for pid in children:
            for line in Path(f"/proc/{pid}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    sizes.append(int(line.split()[1]) / 1024)
        return round(max(sizes), 1) if sizes else 0.0

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)


def warm_workers(base: str, visitor: Visitor, path: str, requests: int = 24) -> None:
    """Each worker loads the assistant's model at its first use (1.5 s, README): ask something of
    it from many connections at once, so that every worker has, and the measures show the pages
    as they are served afterwards. A page measured for one second would otherwise show the load."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(requests) as pool:
        list(pool.map(lambda _: visitor.get(path), range(requests)))


def context_for(url: str, base: str) -> tuple[dict, dict[str, list[Visitor]]]:
    """URL values (the busiest open mission, a contribution with comments, deep cursors, the
    published report) and logged-in bench people: two participants, two facilitators."""
    engine = sa.create_engine(url)
    with engine.connect() as c:
        slug = c.exec_driver_sql("SELECT slug FROM consultations ORDER BY id LIMIT 1").scalar()
        mission, workshop = c.exec_driver_sql(
            "SELECT m.id, m.workshop_id FROM missions m JOIN workshops w ON w.id = m.workshop_id "
            "WHERE w.status = 'open' ORDER BY m.contribution_count DESC LIMIT 1").one()
        contribution = c.exec_driver_sql(
            "SELECT id FROM contributions WHERE workshop_id = %s AND status = 'published' AND comment_count "
            "BETWEEN 8 AND 20 ORDER BY id LIMIT 1".replace("%s", str(workshop))).scalar()
        members = c.exec_driver_sql(
            "SELECT u.id, u.email FROM users u JOIN memberships m ON m.user_id = u.id "
            "WHERE m.role = 'participant' ORDER BY u.id LIMIT 2").all()
        facilitators = c.exec_driver_sql(
            "SELECT u.id, u.email FROM users u JOIN memberships m ON m.user_id = u.id "
            "WHERE m.role = 'facilitator' AND NOT u.is_admin ORDER BY u.id LIMIT 2").all()
        report = c.exec_driver_sql("SELECT id FROM reports WHERE status = 'published' ORDER BY id LIMIT 1").scalar()
        grouping = c.exec_driver_sql("SELECT id FROM groupings ORDER BY id LIMIT 1").scalar()
        action, source_contribution = c.exec_driver_sql(
            "SELECT a.id, s.contribution_id FROM actions a JOIN indicators i ON i.action_id = a.id "
            "JOIN action_sources s ON s.action_id = a.id ORDER BY a.id LIMIT 1").one()
        like_ids = [row[0] for row in c.exec_driver_sql(
            f"SELECT id FROM contributions WHERE mission_id = {mission} AND status = 'published' "
            f"AND author_id NOT IN ({members[0][0]}, {members[1][0]}) ORDER BY id LIMIT 40")]
    engine.dispose()
    visitors = [Visitor(base).login(email, dataset.PASSWORD) for _, email in members]
    for visitor in visitors:  # each gets its random order seed, then a token bound to the session
        visitor.get(f"/c/{slug}/ateliers/{workshop}/missions/{mission}?tri=hasard")
        visitor.get("/compte/profil")
    values = {"slug": slug, "workshop": workshop, "mission": mission, "contribution": contribution, "report": report,
              "action": action, "source_contribution": source_contribution, "grouping": grouping,
              "like_paths": "|".join(f"/c/{slug}/contributions/{i}/aime" for i in like_ids)}
    staff = [Visitor(base).login(email, dataset.PASSWORD) for _, email in facilitators]
    warm_workers(base, visitors[0], f"/c/{slug}/ateliers/{workshop}/idees-proches?titre=Une+navette+vers+la+gare")
    room_code, wall_token = scenarios.open_the_room(base, slug, workshop, mission, staff[0])
    values.update(room_code=room_code, wall_token=wall_token,
                  wall_etag=Visitor(base).get(f"/mur/{wall_token}/contenu").etag)
    values.update(deep_cursors(url, mission, visitors[0]))
    return values, {"member": visitors, "facilitator": staff}


def deep_cursors(url: str, mission_id: int, visitor: Visitor) -> dict:
    """For each sort, the cursor of the contribution half-way down the mission's board."""
    os.environ.setdefault("CONCERTO_INSTANCE_PATH", str(OUT / "instance"))
    from app import create_app
    from app.extensions import db
    from app.models import Contribution, Mission
    from app.services import contributions
    from app.services.boards import Sort, cursor_of, sort_order

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": SECRET_KEY})
    serializer = app.session_interface.get_signing_serializer(app)
    seed = serializer.loads(visitor.cookie())["shuffle_seed"]
    cursors = {}
    with app.app_context():
        mission = db.session.get(Mission, mission_id)
        middle = mission.contribution_count // 2
        for sort in Sort:
            names, descending = sort_order(sort)
            columns = [getattr(Contribution, n) for n in names]
            query = sa.select(Contribution).where(Contribution.mission_id == mission_id,
                                                  Contribution.status == "published")
            if sort == Sort.RANDOM:
                rotated = (sa.cast(Contribution.shuffle_key, sa.BigInteger) - seed + 2**31) % 2**31
                query = query.order_by(rotated, Contribution.id)
            else:
                query = query.order_by(*(col.desc() if descending else col for col in columns))
            row = db.session.scalars(query.offset(middle).limit(1)).first()
            cursors[f"deep_{sort.value}"] = cursor_of(row, sort, seed)
        db.engine.dispose()
    assert contributions  # imported for its side effects on the models
    return cursors


def query_count(url: str, path: str, method: str, body: str, visitor: Visitor | None, header: str = "") -> int:
    """SQL statements run by one request of this page, counted in-process on the same database."""
    from app import create_app
    from app.extensions import db

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": SECRET_KEY, "RATELIMIT_ENABLED": False,
                      "WTF_CSRF_ENABLED": False})
    client = app.test_client()
    if visitor is not None:
        client.set_cookie("session", visitor.cookie(), domain="localhost")
    statements = []
    with app.app_context():
        def count(conn, cursor, statement, *args):
            if not re.match(r"\s*(BEGIN|COMMIT|ROLLBACK|SAVEPOINT|RELEASE|PRAGMA)", statement, re.I):
                statements.append(statement)
        client.open(path, method=method)  # warm up
        sa.event.listen(db.engine, "before_cursor_execute", count)
        data = {k: v.replace("{flip}", "1").replace("{n}", "q").replace("+", " ")
                for k, v in (part.split("=", 1) for part in body.split("&") if part)} if body else None
        headers = dict([header.split(": ", 1)]) if header else None
        client.open(path, method=method, data=data, headers=headers)
        sa.event.remove(db.engine, "before_cursor_execute", count)
        db.engine.dispose()
    return len(statements)


def measure(page: Page, values: dict, people: dict[str, list[Visitor]], base: str, seconds: float, repeats: int,
            connections: int) -> dict:
    paths = page.path.format(**values)
    env = {**os.environ, "WRK_METHOD": page.method, "WRK_PATHS": paths, "WRK_BODY": page.body.replace(
        "{mission}", str(values["mission"])), "WRK_HEADER": page.header.format(**values)}
    if page.who in people:
        env["WRK_COOKIES"] = "|".join(v.cookie() for v in people[page.who])
        env["WRK_TOKENS"] = "|".join(v.token for v in people[page.who])
    runs = []
    for _ in range(repeats):
        wait_for_idle()
        result = subprocess.run(
            ["wrk", f"-t{min(2, connections)}", f"-c{connections}", f"-d{max(1, round(seconds))}s", "--timeout", "10s", "-s",
             str(ROOT / "bench" / "wrk.lua"), base + paths.split("|")[0]],
            env=env, capture_output=True, text=True, timeout=seconds + 60)
        line = next((ln for ln in result.stdout.splitlines() if ln.startswith("{")), None)
        if line is None:
            raise RuntimeError(f"wrk failed for {page.name}: {result.stdout}\n{result.stderr}")
        data = json.loads(line)
        data["rps"] = data["requests"] / (data["duration_us"] / 1e6)
        runs.append(data)
    return {
        "rps": round(statistics.median(r["rps"] for r in runs), 1),
        "p50_ms": round(statistics.median(r["p50_us"] for r in runs) / 1000, 2),
        "p95_ms": round(statistics.median(r["p95_us"] for r in runs) / 1000, 2),
        "errors": sum(r["status_errors"] + r["socket_errors"] for r in runs),
        "runs": runs,
    }


def run_scenarios(database: str, url: str, server: Server, values: dict, args) -> dict:
    """32 members toggling the same likes; a workshop evening of 60 members; a room of 40 phones
    (smaller in smoke mode)."""
    togglers, rounds, evening, seconds = (8, 3, 20, 5) if args.smoke else (32, 10, 60, 60)
    members = scenarios.log_in_members(server.base, url, max(togglers, evening), dataset.PASSWORD)
    ids = [m[0] for m in members[:togglers]]
    engine = sa.create_engine(url)
    with engine.connect() as c:
        targets = [r[0] for r in c.exec_driver_sql(
            f"SELECT id FROM contributions WHERE mission_id = {values['mission']} AND status = 'published' "
            f"AND author_id NOT IN ({', '.join(map(str, ids))}) ORDER BY id LIMIT 5")]
    engine.dispose()
    storm = scenarios.like_storm(server.base, values["slug"], members[:togglers], targets, rounds, url)
    night = scenarios.workshop_evening(server.base, values["slug"], values["workshop"], values["mission"],
                                       members[:evening], seconds, url, server_log=server.log)
    # The room: 40 phones (half members, half guests) posting, liking and voting for a minute,
    # each tapping every 0.5 to 2.5 s, while the wall refreshes every 2 seconds.
    phones = 8 if args.smoke else 20
    code, token = scenarios.open_the_room(server.base, values["slug"], values["workshop"], values["mission"],
                                          scenarios.log_in_members(server.base, url, 1, dataset.PASSWORD,
                                                                   role="facilitator")[0][1])
    room = scenarios.room_in_session(server.base, values["slug"], code, token, members[:phones], guests=phones,
                                     seconds=seconds, database_url=url, server_log=server.log)
    for figure in ("p95 posting ms", "p95 wall refresh ms"):  # the target, at full size
        if not args.smoke and room.details[figure] >= ROOM_P95_LIMIT_MS:
            room.problems.append(f"{figure}: {room.details[figure]} (target under {ROOM_P95_LIMIT_MS})")
    results = {f"{togglers} members toggling the same likes": storm,
               f"workshop evening, {evening} members, {seconds} s": night,
               f"room in session, {2 * phones} phones, {seconds} s": room}
    for name, outcome in results.items():
        print(f"  {database}: {name}: {'ok' if outcome.ok else 'PROBLEMS'}\n    " +
              outcome.summary().replace("\n", "\n    "), flush=True)
    return {f"{database}: {name}": outcome for name, outcome in results.items()}


scenario_results: dict = {}
ROOM_P95_LIMIT_MS = 300
import_results: dict = {}
IMPORT_POST_ITS = 1000
IMPORT_LIMIT_S = 2.0


def measure_import(url: str, repeats: int) -> dict:
    """The import of a workshop file of 1,000 post-its (4 missions), in-process as the command and
    the confirmation page run it: reading the file, comparing, writing, committing. Then the same
    file again (nothing to change). Medians of `repeats` runs, each with a new workshop. The post-its'
    vectors are computed after the commit, as the request does once its answer is sent."""
    import statistics as stats
    import uuid

    from app import create_app
    from app.extensions import db
    from app.models import Consultation, User
    from app.services import record, similar
    from app.services.imports import MissionSpec, PostItSpec, WorkshopSpec, workshop_file
    from app.services.permissions import access_for

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": SECRET_KEY})
    first, again = [], []
    with app.app_context():
        consultation = db.session.scalar(sa.select(Consultation).order_by(Consultation.id))
        admin = db.session.scalar(sa.select(User).where(User.is_admin).order_by(User.id))
        access = access_for(admin, consultation)
        for _ in range(repeats):
            key = f"import-{uuid.uuid4().hex[:10]}"
            missions = [MissionSpec(f"m{i}", f"Mission {i} du banc d'essai", "Une consigne.") for i in range(1, 5)]
            post_its = [PostItSpec(key=f"{key}-{n}", text=f"Le post-it numéro {n} : une idée pour le territoire, "
                                   "avec assez de mots pour ressembler à ce que la salle écrit.",
                                   group=f"Groupe {n % 6 + 1}", author="" if n % 4 else "Camille",
                                   themes=("Accueil",) if n % 3 else (), mission_key=f"m{n % 4 + 1}")
                        for n in range(IMPORT_POST_ITS)]
            text = workshop_file.write(WorkshopSpec(key=key, title="Import du banc d'essai", missions=missions,
                                                    post_its=post_its))
            for times in (first, again):
                started = time.perf_counter()
                record.import_workshop(access, workshop_file.read(f"{key}.md", text.encode("utf-8")))
                db.session.commit()
                times.append(time.perf_counter() - started)
                similar.remember(similar.take_committed())  # after the answer, as the request does (not timed)
                db.session.commit()
        db.engine.dispose()
    return {"post_its": IMPORT_POST_ITS, "first_s": round(stats.median(first), 3),
            "again_s": round(stats.median(again), 3), "runs": [round(t, 3) for t in first]}


export_results: dict = {}
EXPORT_LIMIT_S = 10.0
EXPORT_MEMORY_MB = 50.0
PLAN_ROWS = 1000
PLAN_LIMIT_S = 3.0


def measure_export(server, values: dict, people: dict) -> dict:
    """Every contribution as XLSX, downloaded from the server by a facilitator as a browser does:
    the seconds it takes, and how much the largest worker's memory grew meanwhile (sampled every
    50 ms)."""
    import threading

    staff = people["facilitator"][0]
    before = server.worker_rss_mb()
    peak, done = [before], threading.Event()

    def sample():
        while not done.is_set():
            peak.append(server.worker_rss_mb())
            time.sleep(0.05)

    watcher = threading.Thread(target=sample, daemon=True)
    watcher.start()
    started = time.perf_counter()
    status, body = staff.download(f"/c/{values['slug']}/contributions.xlsx")
    seconds = time.perf_counter() - started
    done.set()
    watcher.join()
    from openpyxl import load_workbook
    rows = sum(1 for _ in load_workbook(io.BytesIO(body), read_only=True).active.iter_rows(values_only=True)) \
        if status == 200 else 1
    return {"status": status, "seconds": round(seconds, 2), "rows": rows - 1, "mb": round(len(body) / 2**20, 1),
            "memory_growth_mb": round(max(peak) - before, 1)}


def measure_plan_import(url: str, repeats: int) -> dict:
    """The import of an action plan of 1,000 rows (CSV, like a territory's spreadsheet) into a new
    concertation, in-process as the command and the confirmation page run it; then again
    (nothing to change). Medians of `repeats` runs."""
    import statistics as stats
    import uuid

    from app import create_app
    from app.extensions import db
    from app.models import Consultation, User
    from app.services import plan_import
    from app.services.imports import action_plan
    from app.services.permissions import access_for

    lines = ["Clé;Enjeu;Axe;Objectif;Actions;Maîtrise d'ouvrage;Partenaires;2024;2025;2026;Remarques"]
    states = ("X", "en cours", "réalisée", "non réalisée", "non réalisée : COVID", "reportée en 2026")
    for n in range(PLAN_ROWS):
        lines.append(f"a{n};Enjeu {n % 4 + 1};Axe {n % 20 + 1};Objectif {n % 100 + 1};Action numéro {n} du plan;"
                     f"Office de tourisme;Partenaire {n % 30}, Région;{states[n % 6]};{states[(n + 1) % 5]};X;")
    data = "\n".join(lines).encode("cp1252")
    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": SECRET_KEY})
    first, again = [], []
    with app.app_context():
        admin = db.session.scalar(sa.select(User).where(User.is_admin).order_by(User.id))
        for _ in range(repeats):
            consultation = Consultation(slug=f"plan-{uuid.uuid4().hex[:8]}", title="Import d'un plan",
                                        join_code=uuid.uuid4().hex[:8].upper())
            db.session.add(consultation)
            db.session.commit()
            access = access_for(admin, consultation)
            for times in (first, again):
                started = time.perf_counter()
                plan_import.import_plan(access, consultation, action_plan.read("plan.csv", data))
                db.session.commit()
                times.append(time.perf_counter() - started)
        db.engine.dispose()
    return {"rows": PLAN_ROWS, "first_s": round(stats.median(first), 3), "again_s": round(stats.median(again), 3),
            "runs": [round(t, 3) for t in first]}


fanout_results: dict = {}
FANOUT_LIKERS = 1000
FANOUT_LIMIT_S = 1.0


def measure_fanout(url: str, repeats: int) -> dict:
    """An outcome set, with its answer, on a contribution liked by 1,000 members: the event and 1,000
    notifications (and their unread counts) written through the door, then committed, as the answer
    form does. Members are added to the data set when it has fewer. Median of `repeats` answers."""
    import statistics as stats

    from werkzeug.security import generate_password_hash

    from app import create_app
    from app.extensions import db
    from app.models import Consultation, Contribution, Like, Membership, Notification, Outcome, Role, User
    from app.services import counts, lifecycle
    from app.services.permissions import access_for

    app = create_app({"SQLALCHEMY_DATABASE_URI": url, "SECRET_KEY": SECRET_KEY})
    times, written = [], []
    with app.app_context():
        consultation = db.session.scalar(sa.select(Consultation).order_by(Consultation.id))
        facilitator = db.session.scalar(sa.select(User).join(Membership, Membership.user_id == User.id).where(
            Membership.role == Role.FACILITATOR, ~User.is_admin).order_by(User.id))
        # The contribution whose likes are nearest 1,000 (the most liked one of a large data set has
        # ten times more), topped up to 1,000 likers.
        target = db.session.scalar(sa.select(Contribution).where(Contribution.status == "published")
                                   .order_by(sa.func.abs(Contribution.like_count - FANOUT_LIKERS), Contribution.id))
        liked = set(db.session.scalars(sa.select(Like.user_id).where(Like.contribution_id == target.id)))
        people = sorted(liked - {facilitator.id, target.author_id})[:FANOUT_LIKERS]
        if len(people) < FANOUT_LIKERS:
            people += list(db.session.scalars(
                sa.select(User.id).where(User.id.not_in([facilitator.id, target.author_id or 0, *people]))
                .order_by(User.id).limit(FANOUT_LIKERS - len(people))))
        missing = FANOUT_LIKERS - len(people)
        if missing > 0:
            hashed = generate_password_hash("bench-fanout")
            for n in range(missing):
                user = User(email=f"fanout{n}@bench.concerto.example", display_name=f"Soutien {n}",
                            sort_name=f"soutien {n}", password_hash=hashed)
                db.session.add(user)
                db.session.flush()
                db.session.add(Membership(consultation_id=consultation.id, user_id=user.id, sort_name=user.sort_name))
                people.append(user.id)
        liked = set(db.session.scalars(sa.select(Like.user_id).where(Like.contribution_id == target.id)))
        new_likes = [{"contribution_id": target.id, "user_id": u} for u in people if u not in liked]
        if new_likes:  # the likes and their kept counts, as liking does (the scenarios check them after)
            db.session.execute(sa.insert(Like), new_likes)
            counts.adjust_counts(target, likes=len(new_likes))
        db.session.commit()
        access = access_for(facilitator, consultation, Role.FACILITATOR)
        outcomes = [Outcome.ANSWERED, Outcome.DECLINED, Outcome.REVIEW]
        for n in range(repeats):
            target = db.session.get(Contribution, target.id)
            started = time.perf_counter()
            event = lifecycle.set_outcome(access, target, outcomes[n % 3], f"Réponse numéro {n} du banc d'essai.")
            db.session.commit()
            times.append(time.perf_counter() - started)
            written.append(db.session.scalar(sa.select(sa.func.count(Notification.id))
                                             .where(Notification.event_id == event.id)))
        db.engine.dispose()
    return {"likers": FANOUT_LIKERS, "notifications": min(written), "median_s": round(stats.median(times), 3),
            "runs": [round(t, 3) for t in times]}


def run_one(database: str, size: int, args) -> tuple[list[Measure], dict]:
    folder = OUT / "work" / f"{database}-{size}"
    url = (dataset.sqlite_working_copy(size, folder.parent) if database == "sqlite"
           else dataset.postgres_working_copy(PG_ADMIN_URL, size))
    try:
        import redis

        redis.Redis.from_url(REDIS_URL).flushdb()
    except Exception as error:  # noqa: BLE001 - the cache is optional; the report says so
        print(f"  (no Redis at {REDIS_URL}: {error}; visitors' pages are not cached)")
    server = Server(url, folder)
    measures = []
    try:
        values, people = context_for(url, server.base)
        wanted = args.pages or (SMOKE_POSTGRES_PAGES if args.smoke and database == "postgresql" else "")
        chosen = [p for p in PAGES if p.name == "healthz" or not wanted
                  or any(word in p.name for word in wanted.split(","))]
        for page in chosen:
            result = measure(page, values, people, server.base, args.seconds, args.repeats,
                             page.connections or args.connections)
            member = people[page.who][0] if page.who in people else None
            path = page.path.format(**values).split("|")[0]
            queries = None if page.name == "healthz" else query_count(url, path, page.method, page.body.replace(
                "{mission}", str(values["mission"])), member, page.header.format(**values))
            measures.append(Measure(database, size, page.name, page.who, result["rps"], result["p50_ms"],
                                    result["p95_ms"], result["errors"], queries, runs=result["runs"]))
            print(f"  {database:10} {size:>7} {page.name:40} {page.who:8} {result['rps']:8.1f} req/s  "
                  f"p50 {result['p50_ms']:7.2f} ms  p95 {result['p95_ms']:7.2f} ms  queries {queries}", flush=True)
        rss = server.worker_rss_mb()
        if not args.pages or "import" in args.pages:
            imported = measure_import(url, args.repeats)
            import_results[f"{database}-{size}"] = imported
            print(f"  {database:10} {size:>7} import of a workshop file, {imported['post_its']} post-its: "
                  f"{imported['first_s']:.2f} s (again: {imported['again_s']:.2f} s)", flush=True)
        if not args.pages or "fan-out" in args.pages:
            fanout = measure_fanout(url, max(3, args.repeats))
            fanout_results[f"{database}-{size}"] = fanout
            print(f"  {database:10} {size:>7} an answer to {fanout['likers']} likers "
                  f"({fanout['notifications']} notifications): {fanout['median_s']:.3f} s", flush=True)
        if not args.pages or "export" in args.pages:
            exported = measure_export(server, values, people)
            export_results[f"{database}-{size}"] = exported
            print(f"  {database:10} {size:>7} contributions as XLSX ({exported['rows']} rows, {exported['mb']} MB): "
                  f"{exported['seconds']:.2f} s, worker memory +{exported['memory_growth_mb']} MB", flush=True)
        if not args.pages or "plan" in args.pages:
            planned = measure_plan_import(url, args.repeats)
            export_results[f"{database}-{size}-plan"] = planned
            print(f"  {database:10} {size:>7} import of an action plan, {planned['rows']} rows: "
                  f"{planned['first_s']:.2f} s (again: {planned['again_s']:.2f} s)", flush=True)
        if size == args.scenario_size and not args.no_scenarios:
            scenario_results.update(run_scenarios(database, url, server, values, args))
    finally:
        server.stop()
    healthz = next(m.rps for m in measures if m.page == "healthz")
    for m in measures:
        m.ratio = round(m.rps / healthz, 3) if healthz else None
    return measures, {"worker_rss_mb": rss}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--smoke", action="store_true", help="one small size, short runs (for CI)")
    parser.add_argument("--sizes", default=None)
    parser.add_argument("--databases", default="sqlite,postgresql")
    parser.add_argument("--seconds", type=float, default=None)
    parser.add_argument("--repeats", type=int, default=None)
    parser.add_argument("--connections", type=int, default=8)
    parser.add_argument("--pages", default="", help="only the pages whose name contains one of these words (comma)")
    parser.add_argument("--no-scenarios", action="store_true", help="skip the load scenarios")
    parser.add_argument("--scenario-size", type=int, default=None,
                        help="the size at which the load scenarios run (default 10,000, or 1,000 in smoke mode)")
    args = parser.parse_args(argv)
    if shutil.which("wrk") is None:
        sys.exit("Il manque wrk, qui mesure les pages : installez-le avec « sudo apt-get install wrk » "
                 "(ou lancez make bench, qui l'installe quand il le peut).")
    sizes = [int(s) for s in (args.sizes or ("1000" if args.smoke else "1000,10000,100000")).split(",")]
    args.scenario_size = args.scenario_size or (10000 if 10000 in sizes else sizes[0])
    args.seconds = args.seconds or (1 if args.smoke else 4)
    args.repeats = args.repeats or (1 if args.smoke else 3)
    OUT.mkdir(parents=True, exist_ok=True)
    started = time.monotonic()
    measures, memory = [], {}
    for database in args.databases.split(","):
        for size in sizes:
            print(f"== {database}, {size} contributions", flush=True)
            found, extra = run_one(database, size, args)
            measures += found
            memory[f"{database}-{size}"] = extra["worker_rss_mb"]
    meta = {"smoke": args.smoke, "sizes": sizes, "seconds": args.seconds, "repeats": args.repeats,
            "connections": args.connections, "wrk_threads": 2, "cpus": os.cpu_count(),
            "gunicorn": "gunicorn.conf.py (defaults)", "minutes": round((time.monotonic() - started) / 60, 1),
            "worker_rss_mb": memory}
    data = {"meta": meta, "measures": [asdict(m) for m in measures], "imports": import_results,
            "import_limit_s": IMPORT_LIMIT_S, "fanouts": fanout_results, "fanout_limit_s": FANOUT_LIMIT_S,
            "exports": export_results, "export_limit_s": EXPORT_LIMIT_S, "export_memory_mb": EXPORT_MEMORY_MB,
            "plan_limit_s": PLAN_LIMIT_S,
            "scenarios": {name: ("ok\n" if o.ok else "PROBLEMS\n") + o.summary() for name, o in scenario_results.items()}}
    (OUT / "report.json").write_text(json.dumps(data, indent=2, ensure_ascii=False))
    report.write(data, OUT)
    failures = [m for m in measures if m.errors] + [name for name, o in scenario_results.items() if not o.ok] + [
        f"import {name}: {result['first_s']} s" for name, result in import_results.items()
        if result["first_s"] >= IMPORT_LIMIT_S] + [
        f"fan-out {name}: {result['median_s']} s" for name, result in fanout_results.items()
        if result["median_s"] >= FANOUT_LIMIT_S or result["notifications"] < result["likers"]] + [
        f"export {name}: {result}" for name, result in export_results.items() if "status" in result and (
            result["status"] != 200 or result["seconds"] >= EXPORT_LIMIT_S
            or result["memory_growth_mb"] >= EXPORT_MEMORY_MB)] + [
        f"plan import {name}: {result['first_s']} s" for name, result in export_results.items()
        if "rows" in result and "first_s" in result and result["first_s"] >= PLAN_LIMIT_S]
    print(f"report: {OUT / 'report.md'} ({meta['minutes']} min)")
    if failures:
        print("errors during the runs:", failures)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
