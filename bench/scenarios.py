"""Load scenarios on a live server, with their own check of what the database holds afterwards:
many members toggling the same likes, and a workshop evening. Used by the benchmark (full size)
and by the test suite (small size)."""
import random
import re
import threading
import time
from collections import Counter
from dataclasses import dataclass, field

import sqlalchemy as sa

from app.services.room import WALL_SIZE

from .client import Visitor


@dataclass
class Outcome:
    requests: int = 0
    statuses: Counter = field(default_factory=Counter)
    problems: list = field(default_factory=list)
    seconds: float = 0.0
    details: dict = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems

    def summary(self) -> str:
        lines = [f"{self.requests} requests in {self.seconds:.1f} s, statuses {dict(sorted(self.statuses.items()))}"]
        lines += [f"{key}: {value}" for key, value in self.details.items()]
        lines += ["PROBLEM: " + p for p in self.problems[:20]] or ["no problem found"]
        return "\n".join(lines)


def _run_threads(targets) -> float:
    threads = [threading.Thread(target=t) for t in targets]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return time.monotonic() - started


def like_storm(base: str, slug: str, members: list[tuple[int, Visitor]], contribution_ids: list[int],
               rounds: int, database_url: str) -> Outcome:
    """Each member (one thread each) likes and unlikes the same contributions at random, all at
    once. Afterwards every like row must match the last action of its member, and the kept counts
    must equal the rows."""
    outcome = Outcome()
    lock = threading.Lock()
    final: dict[tuple[int, int], bool] = {}

    def member_loop(user_id: int, visitor: Visitor, seed: int):
        rng = random.Random(seed)
        for _ in range(rounds):
            for contribution_id in rng.sample(contribution_ids, len(contribution_ids)):
                liked = rng.random() < 0.6
                reply = visitor.post(f"/c/{slug}/contributions/{contribution_id}/aime", {"aime": "1" if liked else "0"},
                                     accept_json=True)
                with lock:
                    outcome.requests += 1
                    outcome.statuses[reply.status] += 1
                    if reply.status == 200:
                        final[(user_id, contribution_id)] = liked
                    else:
                        outcome.problems.append(f"HTTP {reply.status} on a like: {reply.body[:120]}")

    outcome.seconds = _run_threads([lambda u=u, v=v, i=i: member_loop(u, v, i) for i, (u, v) in enumerate(members)])
    engine = sa.create_engine(database_url)
    with engine.connect() as connection:
        for contribution_id in contribution_ids:
            rows = {r[0] for r in connection.execute(sa.text(
                "SELECT user_id FROM likes WHERE contribution_id = :c"), {"c": contribution_id})}
            expected_members = {u for (u, c), liked in final.items() if c == contribution_id and liked}
            tracked = {u for u, _ in members}
            if rows & tracked != expected_members:
                outcome.problems.append(f"contribution {contribution_id}: likes of the members {sorted(rows & tracked)} "
                                        f"!= their last actions {sorted(expected_members)}")
            kept = connection.execute(sa.text("SELECT like_count FROM contributions WHERE id = :c"),
                                      {"c": contribution_id}).scalar()
            if kept != len(rows):
                outcome.problems.append(f"contribution {contribution_id}: kept count {kept} != {len(rows)} rows")
    engine.dispose()
    outcome.details = {"members": len(members), "contributions": len(contribution_ids), "rounds": rounds,
                       "likes per second": round(outcome.requests / max(outcome.seconds, 0.001), 1)}
    return outcome


def _check_likes(connection, likes: dict, outcome: Outcome) -> None:
    """Every like the members' last answers said is there once, and none other."""
    for (user_id, contribution_id), liked in likes.items():
        has = connection.execute(sa.text("SELECT count(*) FROM likes WHERE user_id = :u AND contribution_id = :c"),
                                 {"u": user_id, "c": contribution_id}).scalar()
        if has != (1 if liked else 0):
            outcome.problems.append(f"like of {user_id} on {contribution_id}: {has} rows, last action {liked}")


def _check_log(server_log, outcome: Outcome) -> None:
    if server_log is not None:
        text = server_log.read_text(errors="replace")
        if "database is locked" in text or "Traceback" in text:
            outcome.problems.append("the server log has errors: " + text[text.find("Traceback"):][:300])


def workshop_evening(base: str, slug: str, workshop_id: int, mission_id: int, members: list[tuple[int, Visitor]],
                     seconds: float, database_url: str, server_log=None) -> Outcome:
    """Members post, like and comment on one mission at once for `seconds`. Afterwards every
    accepted contribution and comment is in the database, every like is counted once, and no
    request failed (no 500, no "database is locked")."""
    outcome = Outcome()
    lock = threading.Lock()
    posted, commented, likes = [], [], {}
    deadline = time.monotonic() + seconds
    board = f"/c/{slug}/ateliers/{workshop_id}/missions/{mission_id}"

    def member_loop(user_id: int, visitor: Visitor, seed: int):
        rng = random.Random(seed)
        seen: list[int] = []
        while time.monotonic() < deadline:
            action = rng.random()
            if action < 0.15 or not seen:
                reply = visitor.get(board + "?tri=recentes")
                seen = [int(i) for i in re.findall(r'/contributions/(\d+)"', reply.body)][:20] or seen
                expected = (200,)
            elif action < 0.35:
                reply = visitor.post(f"/c/{slug}/ateliers/{workshop_id}/contribuer",
                                     {"mission": str(mission_id), "title": f"Idée du soir {user_id}-{rng.random():.6f}",
                                      "body": "Proposée pendant l'atelier.", "proches": "vues"})  # close ideas seen
                expected = (302,)
                found = re.search(r"/contributions/(\d+)", reply.location)
                if reply.status == 302 and found:
                    with lock:
                        posted.append(int(found.group(1)))
            elif action < 0.55:
                target = rng.choice(seen)
                reply = visitor.post(f"/c/{slug}/contributions/{target}/commentaires", {"body": "Je complète ce soir."})
                expected = (302, 403)  # 403: one's own withdrawn contribution, or a closed one
                found = re.search(r"#com-(\d+)", reply.location)
                if reply.status == 302 and found:
                    with lock:
                        commented.append(int(found.group(1)))
            else:
                target = rng.choice(seen)
                liked = rng.random() < 0.7
                reply = visitor.post(f"/c/{slug}/contributions/{target}/aime", {"aime": "1" if liked else "0"},
                                     accept_json=True)
                expected = (200, 403)  # 403: one's own contribution
                if reply.status == 200:
                    with lock:
                        likes[(user_id, target)] = liked
            with lock:
                outcome.requests += 1
                outcome.statuses[reply.status] += 1
                if reply.status not in expected:
                    outcome.problems.append(f"HTTP {reply.status}: {reply.body[:120]}")

    outcome.seconds = _run_threads([lambda u=u, v=v, i=i: member_loop(u, v, i) for i, (u, v) in enumerate(members)])
    engine = sa.create_engine(database_url)
    with engine.connect() as connection:
        present = {r[0] for r in connection.execute(sa.text("SELECT id FROM contributions"))}
        missing = [i for i in posted if i not in present]
        if missing:
            outcome.problems.append(f"{len(missing)} accepted contributions are missing: {missing[:10]}")
        comments = {r[0] for r in connection.execute(sa.text("SELECT id FROM comments"))}
        lost = [i for i in commented if i not in comments]
        if lost:
            outcome.problems.append(f"{len(lost)} accepted comments are missing: {lost[:10]}")
        _check_likes(connection, likes, outcome)
        drift = connection.execute(sa.text(
            "SELECT count(*) FROM contributions c WHERE c.like_count != "
            "(SELECT count(*) FROM likes l WHERE l.contribution_id = c.id) OR c.comment_count != "
            "(SELECT count(*) FROM comments m WHERE m.contribution_id = c.id AND m.status = 'visible')")).scalar()
        if drift:
            outcome.problems.append(f"{drift} contributions have kept counts that differ from their rows")
    engine.dispose()
    _check_log(server_log, outcome)
    outcome.details = {"members": len(members), "contributions posted": len(posted),
                       "comments posted": len(commented), "likes set": len(likes),
                       "requests per second": round(outcome.requests / max(outcome.seconds, 0.001), 1)}
    return outcome


def log_in_members(base: str, database_url: str, count: int, password: str, role: str = "participant"
                   ) -> list[tuple[int, Visitor]]:
    """`count` members of the first consultation, logged in (in parallel: logins hash passwords)."""
    engine = sa.create_engine(database_url)
    with engine.connect() as connection:
        rows = connection.execute(sa.text(
            "SELECT u.id, u.email FROM users u JOIN memberships m ON m.user_id = u.id "
            "WHERE m.role = :role ORDER BY u.id LIMIT :n"), {"role": role, "n": count}).all()
    engine.dispose()
    members: list[tuple[int, Visitor]] = []
    lock = threading.Lock()

    def log_in(user_id, email):
        visitor = Visitor(base).login(email, password)
        with lock:
            members.append((user_id, visitor))

    _run_threads([lambda u=u, e=e: log_in(u, e) for u, e in rows])
    return sorted(members, key=lambda pair: pair[0])


def _p95(values: list[float]) -> float:
    ordered = sorted(values)
    return round(ordered[max(0, int(len(ordered) * 0.95) - 1)] * 1000, 1) if ordered else 0.0


def open_the_room(base: str, slug: str, workshop_id: int, mission_id: int, facilitator: Visitor) -> tuple[str, str]:
    """What a facilitator does before the room starts: the wall's link, guest posting open, the
    mission shown, a dot vote of three dots. Returns (the room's code, the wall's secret token)."""
    control = f"/c/{slug}/ateliers/{workshop_id}/salle"
    page = facilitator.get(control)
    for running in re.findall(r"/salle/vote/(\d+)/fin", page.body):
        facilitator.post(f"{control}/vote/{running}/fin", {})
    for path, data in (("/mur", {"action": "creer"}), ("/invites", {"action": "ouvrir"}),
                       ("/mission", {"mission": str(mission_id)}), ("/vote", {"mission": str(mission_id), "dots": "3"})):
        reply = facilitator.post(control + path, data)
        if reply.status != 302:
            raise RuntimeError(f"opening the room: {path} answered {reply.status}: {reply.body[:200]}")
    page = facilitator.get(control)
    code, token = re.search(r'/salle/([A-Z0-9]{6})"', page.body), re.search(r'/mur/([A-Za-z0-9_-]+)"', page.body)
    if page.status != 200 or not code or not token:
        raise RuntimeError(f"the room's page answered {page.status}: {page.body[:300]}")
    return code.group(1), token.group(1)


WALL_DELAY_S = 3  # the wall shows a posted idea within this delay


def _pushed_off_the_wall(posted: dict[str, float], sent: dict[str, float], ids: dict[str, int],
                         refreshes: list[tuple[float, float]]) -> set[str]:
    """The ideas that the wall had no room for: at the first refresh asked after their post was
    answered, WALL_SIZE // 2 ideas of greater id (the wall's newest half, the other half going to
    the most dotted during a vote) had been sent before that refresh's answer, so may have been
    shown before them."""
    pushed = set()
    for title, answered in posted.items():
        if title not in ids:
            continue
        following = next((r for r in refreshes if r[0] > answered), None)
        if following is None:
            continue
        newer = sum(1 for other, number in ids.items() if number > ids[title] and sent[other] < following[1])
        if newer >= WALL_SIZE // 2:
            pushed.add(title)
    return pushed


def room_in_session(base: str, slug: str, code: str, token: str, members: list[tuple[int, Visitor]], guests: int,
                    seconds: float, database_url: str, server_log=None, other_base: str | None = None,
                    think: tuple[float, float] = (0.5, 2.5)) -> Outcome:
    """Phones in one room for `seconds`: members and guests post ideas, members like, everyone
    spreads three dots (a third of the taps sent twice, the second time to `other_base` when
    given: another server), each phone waiting `think` seconds between two taps; the wall asks
    every 2 seconds whether anything changed, and once more after the last phone's answer.
    Afterwards: every accepted idea is there once and reached the wall within WALL_DELAY_S, every
    phone holds exactly the dots its last answers said, nobody holds more than three, the likes
    are counted once; no request failed. Details: p95 of posting and of the wall's refresh, and
    how long a posted idea took to reach the wall."""
    outcome = Outcome()
    lock = threading.Lock()
    deadline = time.monotonic() + seconds
    latencies: dict[str, list[float]] = {"post": [], "wall": [], "dots": [], "like": []}
    posted: dict[str, float] = {}       # title -> when its post was answered
    sent: dict[str, float] = {}         # title -> when its post was sent
    seen_on_wall: dict[str, float] = {}
    held: dict[tuple[str, int], int] = {}  # (voter, contribution) -> dots, as the last answer said
    likes: dict[tuple[int, int], bool] = {}
    phones: list[tuple[str, int | None, Visitor]] = [(f"u{uid}", uid, v) for uid, v in members]
    for i in range(guests):
        visitor = Visitor(base)
        visitor.get(f"/salle/{code}")
        reply = visitor.post(f"/salle/{code}/invite", {"name": f"Invité·e {i}"})
        if reply.status != 302:
            outcome.problems.append(f"a guest could not join: HTTP {reply.status}")
            continue
        phones.append((f"g{i}", None, visitor))
    ideas = [int(i) for i in re.findall(r'id="c(\d+)"', Visitor(base).get(f"/salle/{code}/gommettes").body)]
    if not ideas:
        outcome.problems.append("the vote page lists no idea")
        return outcome

    def timed(kind, call):
        started = time.monotonic()
        reply = call()
        with lock:
            latencies[kind].append(time.monotonic() - started)
        return reply

    def record(reply, expected):
        with lock:
            outcome.requests += 1
            outcome.statuses[reply.status] += 1
            if reply.status not in expected:
                outcome.problems.append(f"HTTP {reply.status}: {reply.body[:160]}")

    def phone_loop(key: str, user_id: int | None, visitor: Visitor, seed: int):
        rng = random.Random(seed)
        other = visitor.elsewhere(other_base) if other_base else visitor
        mine: dict[int, int] = {}
        while time.monotonic() < deadline:
            time.sleep(rng.uniform(*think))
            action = rng.random()
            if action < 0.25:
                title = f"Idée de la salle {key}-{rng.random():.8f}"
                sending = time.monotonic()
                reply = timed("post", lambda: visitor.post(f"/salle/{code}/idee", {"text": title}))
                record(reply, (302,))
                if reply.status == 302:
                    with lock:
                        posted[title] = time.monotonic()
                        sent[title] = sending
            elif action < 0.45 and user_id is not None:
                target = rng.choice(ideas)
                liked = rng.random() < 0.7
                reply = timed("like", lambda: visitor.post(f"/c/{slug}/contributions/{target}/aime",
                                                           {"aime": "1" if liked else "0"}, accept_json=True))
                record(reply, (200, 403))  # 403: one's own idea
                if reply.status == 200:
                    with lock:
                        likes[(user_id, target)] = liked
            else:
                target = rng.choice(ideas)
                count = mine.get(target, 0)
                wanted = 0 if count else 1
                if wanted and sum(mine.values()) >= 3:  # all three placed: take one back first
                    target, wanted = rng.choice([i for i, n in mine.items() if n]), 0
                taps = [visitor, other] if rng.random() < 0.33 else [visitor]
                for phone in taps:
                    reply = timed("dots", lambda: phone.post(f"/salle/{code}/gommettes/{target}",
                                                             {"count": str(wanted)}, accept_json=True))
                    record(reply, (200,))
                    if reply.status == 200:
                        mine[target] = wanted
                        with lock:
                            held[(key, target)] = wanted

    phones_done = threading.Event()
    refreshes: list[tuple[float, float]] = []  # when the wall asked, and when it was answered

    def wall_loop():
        """Every 2 seconds while the phones tap, then once more after the last one's answer."""
        etag = ""
        last = False
        while not last:
            last = phones_done.is_set()
            asked = time.monotonic()
            reply = timed("wall", lambda: Visitor(base).get(f"/mur/{token}/contenu",
                                                              headers={"If-None-Match": etag} if etag else None))
            record(reply, (200, 304))
            refreshes.append((asked, time.monotonic()))
            if reply.status == 200:
                etag = reply.etag
                now = time.monotonic()
                with lock:
                    for title in re.findall(r'wall-card__title">(Idée de la salle [^<]+)<', reply.body):
                        seen_on_wall.setdefault(title, now)
            if not last:
                phones_done.wait(2)

    def all_phones():
        _run_threads([lambda k=k, u=u, v=v, i=i: phone_loop(k, u, v, i) for i, (k, u, v) in enumerate(phones)])
        phones_done.set()

    outcome.seconds = _run_threads([all_phones, wall_loop])
    engine = sa.create_engine(database_url)
    with engine.connect() as connection:
        ids: dict[str, int] = {}
        for title in posted:
            found = connection.execute(sa.text("SELECT id FROM contributions WHERE body = :t"),
                                       {"t": title}).scalars().all()
            if len(found) != 1:
                outcome.problems.append(f"posted idea {title!r} is there {len(found)} times")
            else:
                ids[title] = found[0]
        vote_id = connection.execute(sa.text("SELECT max(id) FROM dot_votes")).scalar()
        rows = connection.execute(sa.text(
            "SELECT d.user_id, g.name, d.contribution_id, count(*) FROM dots d LEFT JOIN guests g ON g.id = d.guest_id "
            "WHERE d.vote_id = :v GROUP BY d.user_id, g.name, d.contribution_id"), {"v": vote_id}).all()
        stored = {(f"u{u}" if u is not None else f"g{name.rsplit(' ', 1)[1]}", c): n for u, name, c, n in rows}
        for key in set(stored) | {k for k, n in held.items() if n}:
            if stored.get(key, 0) != held.get(key, 0):
                outcome.problems.append(f"dots of {key[0]} on {key[1]}: {stored.get(key, 0)} stored, "
                                        f"{held.get(key, 0)} answered")
        totals = Counter()
        for (voter, _), n in stored.items():
            totals[voter] += n
        over = {voter: n for voter, n in totals.items() if n > 3}
        if over:
            outcome.problems.append(f"voters holding more than three dots: {over}")
        _check_likes(connection, likes, outcome)
    engine.dispose()
    _check_log(server_log, outcome)
    delays = sorted(seen_on_wall[t] - posted[t] for t in posted if t in seen_on_wall)
    pushed_off = _pushed_off_the_wall(posted, sent, ids, refreshes)
    never = sum(1 for t in posted if t not in seen_on_wall and t not in pushed_off)
    if never:
        outcome.problems.append(f"{never} posted ideas never reached the wall")
    late = sum(1 for delay in delays if delay > WALL_DELAY_S)
    if late:
        outcome.problems.append(f"{late} ideas reached the wall after more than {WALL_DELAY_S} s")
    outcome.details = {
        "phones": len(phones), "guests": sum(1 for key, _, _ in phones if key.startswith("g")),
        "ideas posted": len(posted), "pushed off by newer ones before a refresh": len(pushed_off),
        "dot answers": len(latencies["dots"]), "likes set": len(likes),
        "wall refreshes": len(latencies["wall"]),
        "p95 posting ms": _p95(latencies["post"]), "p95 wall refresh ms": _p95(latencies["wall"]),
        "p95 dots ms": _p95(latencies["dots"]), "p95 like ms": _p95(latencies["like"]),
        "ideas seen on the wall": f"{len(delays)} of {len(posted)}",
        "slowest idea to reach the wall s": round(delays[-1], 1) if delays else None,
        "requests per second": round(outcome.requests / max(outcome.seconds, 0.001), 1),
    }
    return outcome
