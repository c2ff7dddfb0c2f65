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
        for (user_id, contribution_id), liked in likes.items():
            has = connection.execute(sa.text("SELECT count(*) FROM likes WHERE user_id = :u AND contribution_id = :c"),
                                     {"u": user_id, "c": contribution_id}).scalar()
            if has != (1 if liked else 0):
                outcome.problems.append(f"like of {user_id} on {contribution_id}: {has} rows, last action {liked}")
        drift = connection.execute(sa.text(
            "SELECT count(*) FROM contributions c WHERE c.like_count != "
            "(SELECT count(*) FROM likes l WHERE l.contribution_id = c.id) OR c.comment_count != "
            "(SELECT count(*) FROM comments m WHERE m.contribution_id = c.id AND m.status = 'visible')")).scalar()
        if drift:
            outcome.problems.append(f"{drift} contributions have kept counts that differ from their rows")
    engine.dispose()
    if server_log is not None:
        text = server_log.read_text(errors="replace")
        if "database is locked" in text or "Traceback" in text:
            outcome.problems.append("the server log has errors: " + text[text.find("Traceback"):][:300])
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
