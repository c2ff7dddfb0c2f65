"""Load the demo concertation (content.py) through the services, as real users would have.

Everything is placed in time relative to now, so the demo always looks alive. Likes go to
members drawn with a fixed seed, so two loads give the same picture.
"""
import random
import re
from datetime import datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
import yaml
from werkzeug.security import generate_password_hash

from ..extensions import db
from ..models import (
    Action,
    ActionProgress,
    Axis,
    Attendance,
    Comment,
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Flag,
    Membership,
    Priority,
    Report,
    Role,
    User,
    WorkshopStatus,
)
from ..models.base import utcnow
from ..services import (
    answers,
    attachments,
    consultations,
    contributions,
    counts,
    discussion,
    groupings,
    guests,
    lifecycle,
    moderation,
    notifications,
    plan_import,
    promotion,
    record,
    reports,
    room,
    similar,
    strategy,
    votes,
    workshops,
)
from ..services.imports import action_plan, workshop_file
from ..services.errors import DomainError
from ..services.permissions import access_for
from ..services.text import sort_key
from . import content
from . import reports as demo_reports

# The workshop files of the demo: the examples of workshops/README.md.
WORKSHOP_FILES = Path(__file__).resolve().parent.parent.parent / "workshops"

# The published password of the demo accounts (README).
DEMO_PASSWORD = "concerto-demo"  # nosec B105
EMAIL_DOMAIN = "concerto.example"
ADMIN_EMAIL = f"admin@{EMAIL_DOMAIN}"


def email_for(key: str) -> str:
    return f"{key.replace('-', '.')}@{EMAIL_DOMAIN}"


class _Loader:
    def __init__(self):
        # A fixed seed so that the demo is the same each time.
        self.rng = random.Random(2026)  # nosec B311
        self.now = utcnow().replace(second=0, microsecond=0)
        self.password_hash = generate_password_hash(DEMO_PASSWORD)
        self.users: dict[str, User] = {}
        self.keys: dict[int, str] = {}
        self.starts: dict[int, datetime] = {}
        self.post_its: dict[str, int] = {}  # post-its of the room by key

    def at(self, days_ago: int, hours_ago: int = 0, hour: int | None = None) -> datetime:
        moment = self.now - timedelta(days=days_ago, hours=hours_ago)
        if hour is not None:
            moment = moment.replace(hour=hour, minute=0)
        return min(moment, self.now)

    # -- people -----------------------------------------------------------------------------
    def create_users(self) -> User:
        admin = User(email=ADMIN_EMAIL, display_name="Administration Concerto", organisation="Concerto",
                     password_hash=self.password_hash, is_admin=True, show_in_directory=False)
        db.session.add(admin)
        for person in content.MEMBERS:
            user = User(
                email=email_for(person["key"]), display_name=person["display_name"],
                sort_name=sort_key(person["display_name"]),
                organisation=person["organisation"], sector=person["sector"], commune=person["commune"],
                show_in_directory=person["show_in_directory"], password_hash=self.password_hash,
            )
            db.session.add(user)
            self.users[person["key"]] = user
        db.session.flush()
        self.keys = {user.id: key for key, user in self.users.items()}
        return admin

    # -- a consultation ---------------------------------------------------------------------
    def consultation(self, admin: User, spec: dict, members: list[tuple[str, str]], workshop_specs: list[dict],
                     contribution_specs: list[dict], report_specs: list[dict] = (), aftermath: dict | None = None):
        consultation = consultations.create_consultation(
            admin, spec["title"], spec["territory"], spec["description"], spec["visibility"], spec["join_code"],
        )
        consultation.created_at = self.at(70)
        self.post_its = {}
        admin_access = access_for(admin, consultation)
        themes = {name: consultations.add_theme(admin_access, name) for name in spec["themes"]}
        member_users = []
        for index, (key, role) in enumerate(members):
            user = self.users[key]
            membership = Membership(consultation_id=consultation.id, user_id=user.id, role=Role(role),
                                    sort_name=user.sort_name,
                                    joined_at=self.at(65 - (index % 30), hours_ago=index % 7))
            db.session.add(membership)
            member_users.append(user)
        db.session.flush()

        built = {}
        for spec_w in workshop_specs:
            hour, minute = (int(part) for part in spec_w.get("start", "14:00").split(":"))
            starts = (self.now - timedelta(days=spec_w["days_ago"])).replace(hour=hour, minute=minute)
            if "file" in spec_w:
                workshop, missions, final = self.workshop_from_file(admin_access, spec_w["file"], starts)
            else:
                workshop = workshops.create_workshop(admin_access, spec_w["title"], starts.date(), starts.time(),
                                                     spec_w["place"], spec_w["description"], WorkshopStatus.OPEN,
                                                     key=spec_w["key"])
                missions = {spec_m["key"]: workshops.add_mission(admin_access, workshop, spec_m["title"],
                                                                 spec_m["instructions"], True, key=spec_m["key"])
                            for spec_m in spec_w["missions"]}
                final = (WorkshopStatus(spec_w["status"]), {m["key"]: m["is_open"] for m in spec_w["missions"]})
            workshop.created_at = self.at(max(spec_w["days_ago"], 0) + 20)
            for key in spec_w.get("attendees", []):
                db.session.add(Attendance(workshop_id=workshop.id, user_id=self.users[key].id))
            built[spec_w["key"]] = (workshop, missions, final)
            self.starts[workshop.id] = starts
        db.session.flush()

        roles = {key: Role(role) for key, role in members}
        posted = 0
        for spec_c in contribution_specs:
            workshop, missions, _ = built[spec_c["workshop"]]
            mission = missions[spec_c["mission"]] if spec_c.get("mission") else None
            author = self.users[spec_c["author"]]
            access = access_for(author, consultation, roles[spec_c["author"]])
            created = self.at(spec_c["days_ago"], spec_c.get("hours_ago", 0))
            # Post-its typed in from the room come after the workshop's start, never before.
            created = min(max(created, self.starts[workshop.id] + timedelta(minutes=40)), self.now)
            contribution = contributions.post_contribution(
                access, workshop, mission, spec_c["title"], spec_c["body"],
                [themes[name].id for name in spec_c.get("themes", []) if name in themes], created_at=created,
            )
            posted += 1
            if spec_c.get("edited"):
                edited = min(created + timedelta(hours=self.rng.randint(2, 40)), self.now)
                contribution.edited_at = edited
                lifecycle.record(contribution, EventKind.EDITED, access, created_at=edited)
            self.like(contribution, consultation, member_users, roles, spec_c.get("likes", 0), created)
            self.comment(contribution, consultation, roles, spec_c.get("comments", []), created)

        self.react_to_post_its(consultation, member_users, roles)
        if aftermath:
            self.answer_and_moderate(consultation, roles, built, aftermath)
        for workshop, missions, (status, opened) in built.values():
            for key, is_open in opened.items():
                missions[key].is_open = is_open
            workshop.status = status
        db.session.flush()
        self.write_reports(consultation, roles, built, report_specs)
        if aftermath:
            self.strategy(consultation, roles)
            # The assistant's themes for the governance workshop, as a facilitator asked for them.
            facilitator = access_for(self.users["claire-vidal"], consultation, roles["claire-vidal"])
            groupings.propose(facilitator, built["gouvernance"][0])
            self.room(consultation, roles, built)
        return consultation, posted

    # -- the room of the open workshop: wall link, guests, a finished dot vote ---------------------
    def room(self, consultation, roles, built) -> None:
        spec = yaml.safe_load((Path(__file__).parent / "room.yaml").read_text(encoding="utf-8"))
        workshop, missions, _ = built[spec["workshop"]]
        mission = missions[spec["mission"]]
        facilitator = access_for(self.users["claire-vidal"], consultation, roles["claire-vidal"])
        room.create_wall_link(facilitator, workshop)
        room.show_mission(facilitator, workshop, mission)
        the_room = room.set_guests_open(facilitator, workshop, True)
        nobody = access_for(None, consultation)
        for guest_spec in spec["guests"]:
            guest = guests.become_guest(the_room, workshop, guest_spec["name"])
            contributions.post_as_guest(nobody, guest, the_room, workshop, mission, guest_spec["idea"])
        vote = votes.start_vote(facilitator, workshop, mission, spec["vote"]["dots_per_person"])
        ideas = list(db.session.scalars(sa.select(Contribution).where(
            Contribution.mission_id == mission.id, Contribution.status == ContributionStatus.PUBLISHED)
            .order_by(Contribution.like_count.desc(), Contribution.id).limit(8)))
        for key in spec["vote"]["voters"]:
            for contribution in self.rng.sample(ideas, k=min(3, len(ideas))):
                votes.set_dots(vote, votes.Voter(user_id=self.users[key].id), contribution, 1)
        votes.close_vote(facilitator, vote)

    # -- the strategy: its action plan imported as a facilitator would, then what a plan cannot hold --
    def strategy(self, consultation, roles) -> None:
        """The action plan (strategie.csv) through the import, then strategie.yaml: descriptions,
        indicators and follow-up notes. Years are written for 2026 and follow the calendar."""
        folder = Path(__file__).parent
        spec = yaml.safe_load((folder / "strategie.yaml").read_text(encoding="utf-8"))
        shift = self.now.year - 2026
        plan = action_plan.read("strategie.csv", (folder / "strategie.csv").read_bytes())
        plan.years = {year + shift: index for year, index in plan.years.items()}
        for row in plan.rows:
            row.years = {year + shift: state if state is None or not state.postponed_to else
                         action_plan.StateSpec(state.state, state.cause, state.postponed_to + shift)
                         for year, state in row.years.items()}
        facilitator = access_for(self.users["claire-vidal"], consultation, roles["claire-vidal"])
        labels = spec["levels"]
        strategy.save_settings(facilitator, consultation, strategy.Settings(
            title=re.sub(r"\d{4}", lambda m: str(int(m.group()) + shift), spec["title"]),
            first_year=spec["first_year"] + shift, last_year=spec["last_year"] + shift,
            introduction=spec.get("introduction", ""), priority_label=labels[0], axis_label=labels[1],
            objective_label=labels[2], action_label=labels[3]))
        plan_import.import_plan(facilitator, consultation, plan)
        current = strategy.get(consultation.id)
        descriptions = spec.get("descriptions", {})
        for model in (Priority, Axis):
            for item in db.session.scalars(sa.select(model).where(model.strategy_id == current.id)):
                item.description = descriptions.get(item.title, "")
        actions = {a.key: a for a in db.session.scalars(sa.select(Action).where(Action.strategy_id == current.id))}
        for key, indicators in spec.get("indicators", {}).items():
            for item in indicators:
                indicator = strategy.add_indicator(facilitator, actions[key], item["name"], item.get("unit", ""),
                                                   item.get("baseline"), item.get("target"))
                for year, value in item.get("values", {}).items():
                    strategy.set_indicator_value(facilitator, actions[key], indicator, int(year) + shift,
                                                 float(value), current)
        progress = {(p.action_id, p.year): p for p in db.session.scalars(sa.select(ActionProgress))}
        for key, notes in spec.get("notes", {}).items():
            for year, note in notes.items():
                row = progress[(actions[key].id, int(year) + shift)]
                strategy.set_progress(facilitator, current, actions[key], row.year, strategy.YearState(
                    row.state, row.cause, row.postponed_to, note))
        # Contributions promoted into actions, oldest first, each at its moment (with its notifications).
        by_title = {c.title: c for c in db.session.scalars(
            sa.select(Contribution).where(Contribution.consultation_id == consultation.id))}
        action_events = db.metadata.tables["action_events"]
        for item in sorted(spec.get("promotions", []), key=lambda p: -p["days_ago"]):
            since = self.last_event_id()
            since_action = db.session.scalar(sa.select(sa.func.coalesce(sa.func.max(action_events.c.id), 0)))
            promotion.promote(access_for(self.users[item["by"]], consultation, roles[item["by"]]), current,
                              actions[item["action"]], [by_title[item["title"]]], item.get("note", ""))
            moment = self.at(item["days_ago"], hours_ago=self.rng.randint(1, 8))
            self.backdate(since, moment)
            db.session.execute(sa.update(action_events).where(action_events.c.id > since_action)
                               .values(created_at=moment))
        # The follow-up of past years was written at the end of each year, this year's a week ago.
        progress_table, events = db.metadata.tables["action_progress"], db.metadata.tables["action_events"]
        for year in (y for y in current.years if y <= self.now.year):
            moment = datetime(year, 12, 5, 10) if year < self.now.year else self.at(7)
            db.session.execute(sa.update(progress_table).where(progress_table.c.year == year).values(updated_at=moment))
            db.session.execute(sa.update(events).where(events.c.year == year, events.c.kind == "progress")
                               .values(created_at=moment))
        db.session.flush()

    # -- after the workshops: answers, merges, reports of members, moderation ------------------------
    def backdate(self, since_event_id: int, moment: datetime) -> None:
        """Place the events written since `since_event_id` (and their notifications) at `moment`."""
        events, notes = db.metadata.tables["contribution_events"], db.metadata.tables["notifications"]
        db.session.execute(sa.update(events).where(events.c.id > since_event_id).values(created_at=moment))
        db.session.execute(sa.update(notes).where(notes.c.event_id > since_event_id).values(created_at=moment))

    def last_event_id(self) -> int:
        return db.session.scalar(sa.select(sa.func.coalesce(sa.func.max(ContributionEvent.id), 0)))

    def answer_and_moderate(self, consultation, roles, built, spec):
        """What the facilitators did after the workshops (app/demo/answers.yaml), through the services.
        Steps are applied oldest first, each placed at its moment."""
        by_title = {c.title: c for c in db.session.scalars(
            sa.select(Contribution).where(Contribution.consultation_id == consultation.id))}

        def access(key):
            return access_for(self.users[key], consultation, roles[key])

        def text(body):
            return re.sub(r"#\{([^}]+)\}", lambda match: f"#{by_title[match.group(1)].id}", body or "").strip()

        facilitator = access("claire-vidal")
        templates = {t["title"]: answers.save_template(facilitator, None, t["title"], t["outcome"], t["body"])
                     for t in spec["templates"]}
        targets: dict[str, tuple] = {}
        steps = []
        for item in spec.get("posted", []):
            workshop, missions, _ = built[item["workshop"]]
            steps.append((item["days_ago"], "post", item, workshop, missions.get(item.get("mission"))))
        for item in spec.get("comments", []):
            steps.append((item["days_ago"], "comment", item))
        for item in spec["answers"]:
            steps.append((item["days_ago"], "answer", item))
        for item in spec.get("bulk_answers", []):
            steps.append((item["days_ago"], "bulk", item))
        for item in spec.get("merges", []):
            steps.append((item["days_ago"], "merge", item))
            if "undone" in item:
                steps.append((item["undone"]["days_ago"], "unmerge", item))
        for item in spec.get("flags", []):
            steps.append((item["days_ago"], "flag", item))
        for item in spec.get("decisions", []):
            steps.append((item["days_ago"], "decide", item))
        order = ["post", "comment", "answer", "bulk", "merge", "unmerge", "flag", "decide"]
        previous = self.at(60)
        for days_ago, kind, item, *rest in sorted(steps, key=lambda step: (-step[0], order.index(step[1]))):
            since = self.last_event_id()
            moment = max(self.at(days_ago, hours_ago=self.rng.randint(1, 8)), previous + timedelta(minutes=20))
            previous = moment = min(moment, self.now)
            if kind == "post":
                workshop, mission = rest
                contribution = contributions.post_contribution(access(item["author"]), workshop, mission,
                                                               item["title"], item["body"], created_at=moment)
                targets[item["key"]] = (contribution, None)
            elif kind == "comment":
                on = by_title[item["under"]]
                comment = discussion.post_comment(access(item["author"]), on, item["body"], created_at=moment)
                targets[item["key"]] = (on, comment)
            elif kind == "answer":
                template = templates.get(item.get("template"))
                lifecycle.set_outcome(access(item["by"]), by_title[item["title"]], item["outcome"],
                                      template.body if template else text(item.get("answer")))
            elif kind == "bulk":
                template = templates[item["template"]]
                answers.answer_all(access(item["by"]), [by_title[t] for t in item["titles"]], template.outcome,
                                   template.body)
            elif kind == "merge":
                lifecycle.merge(access(item["by"]), [by_title[t] for t in item["titles"]], by_title[item["into"]],
                                item.get("note", ""))
            elif kind == "unmerge":
                undone = item["undone"]
                for title in item["titles"]:
                    lifecycle.unmerge(access(undone["by"]), by_title[title], undone["reason"])
            elif kind == "flag":
                contribution, comment = targets[item["target"]] if "target" in item else (by_title[item["title"]], None)
                for key in item["by"]:
                    moderation.flag(access(key), contribution, comment, item["reason"], item.get("text", ""))
                db.session.execute(sa.update(Flag).where(Flag.target == Flag.target_of(
                    contribution.id, comment.id if comment else None)).values(created_at=moment))
            elif kind == "decide":
                contribution, comment = targets[item["target"]]
                moderation.decide(access(item["by"]), contribution, comment, item["decision"], item["reason"])
                db.session.execute(sa.update(Flag).where(Flag.resolved_at.is_not(None), Flag.resolved_at > moment)
                                   .values(resolved_at=moment))
            db.session.flush()
            self.backdate(since, moment)
        for key, frequency in spec.get("email_frequencies", {}).items():
            notifications.set_frequency(self.users[key], frequency)

    def mark_read(self, days: int) -> None:
        """What happened more than `days` ago has been read (the unread counts follow)."""
        table = db.metadata.tables["notifications"]
        db.session.execute(sa.update(table).where(table.c.created_at < self.at(days)).values(read_at=self.now))
        notifications.recount_unread()

    def write_reports(self, consultation, roles, built, specs):
        """The minutes and syntheses of the demo, written and published by their authors (their live
        blocks frozen as the likes stand), with their attachments."""
        written = 0
        for spec in specs:
            author = self.users[spec["author"]]
            access = access_for(author, consultation, roles[spec["author"]])
            workshop = built[spec["workshop"]][0] if spec["workshop"] else None
            body = re.sub(r"#\{([^}]+)\}", lambda match: f"#{self.post_its[match.group(1)]}", spec["body"])
            report = reports.create_report(access, workshop, spec["kind"], spec["title"], body, spec["authors"])
            moment = self.at(spec["days_ago"], hour=18)
            report.created_at = report.updated_at = moment - timedelta(days=2)
            for name in spec.get("attachments", []):
                with (Path(__file__).parent / name).open("rb") as stream:
                    attachment = attachments.add_attachment(access, report, name, stream, max_bytes=20 * 2**20)
                attachment.created_at = moment
            if spec["status"] == "published":
                reports.publish_report(access, report, published_at=moment)
                notes = db.metadata.tables["notifications"]
                db.session.execute(sa.update(notes).where(notes.c.report_id == report.id).values(created_at=moment))
            written += 1
        return written

    def workshop_from_file(self, admin_access, name: str, starts: datetime):
        """A workshop of the demo imported from its file (workshops/), as a facilitator would, moved
        to its place in time; open while the demo posts to it, its file's states restored at the end."""
        spec = workshop_file.read(name, (WORKSHOP_FILES / name).read_bytes())
        report = record.import_workshop(admin_access, spec)
        workshop = report.workshop
        workshop.starts_on, workshop.start_time = starts.date(), spec.start_time or starts.time()
        final = (workshop.status, {mission.key: mission.is_open for mission in workshop.missions})
        workshop.status = WorkshopStatus.OPEN
        for mission in workshop.missions:
            mission.is_open = True
        # The post-its were typed in the evening of the workshop.
        typed = min(starts + timedelta(hours=5), self.now)
        for table in ("contributions", "contribution_events"):
            rows = db.metadata.tables[table]
            column = rows.c.id if table == "contributions" else rows.c.contribution_id
            db.session.execute(sa.update(rows).where(column.in_(
                sa.select(Contribution.id).where(Contribution.workshop_id == workshop.id))).values(created_at=typed))
        self.post_its.update({key: contribution_id for key, contribution_id in db.session.execute(
            sa.select(Contribution.key, Contribution.id).where(Contribution.workshop_id == workshop.id))})
        return workshop, {mission.key: mission for mission in workshop.missions}, final

    def react_to_post_its(self, consultation, member_users, roles):
        """The likes and comments members gave online to post-its of the room."""
        for key, reactions in content.CAPTURED_REACTIONS.items():
            if key not in self.post_its:  # a post-it of another consultation of the demo
                continue
            contribution = db.session.get(Contribution, self.post_its[key])
            db.session.refresh(contribution)
            self.like(contribution, consultation, member_users, roles, reactions.get("likes", 0),
                      contribution.created_at)
            self.comment(contribution, consultation, roles, reactions.get("comments", []), contribution.created_at)

    def like(self, contribution, consultation, member_users, roles, count, created):
        candidates = [u for u in member_users if u.id != contribution.author_id]
        for user in self.rng.sample(candidates, min(count, len(candidates))):
            access = access_for(user, consultation, roles[self.keys[user.id]])
            discussion.set_like(access, contribution, True)
        db.session.execute(
            sa.update(db.metadata.tables["likes"])
            .where(db.metadata.tables["likes"].c.contribution_id == contribution.id)
            .values(created_at=min(created + timedelta(hours=self.rng.randint(1, 72)), self.now))
        )

    def comment(self, contribution, consultation, roles, specs, created):
        for spec in specs:
            comment = self._comment(contribution, consultation, roles, spec, None, created)
            for reply in spec.get("replies", []):
                self._comment(contribution, consultation, roles, reply, comment.id, comment.created_at)

    def _comment(self, contribution, consultation, roles, spec, parent_id, not_before) -> Comment:
        user = self.users[spec["author"]]
        access = access_for(user, consultation, roles[spec["author"]])
        moment = self.at(spec.get("days_ago", 0), hours_ago=self.rng.randint(0, 10))
        moment = min(max(moment, not_before + timedelta(minutes=self.rng.randint(20, 600))), self.now)
        return discussion.post_comment(access, contribution, spec["body"], parent_id, created_at=moment)

def load() -> str:
    """Load the demo; refuses to run twice (the join codes would clash)."""
    if consultations.find_by_code(content.CONSULTATION["join_code"]) is not None:
        raise DomainError("La démo est déjà chargée dans cette base.")
    loader = _Loader()
    admin = loader.create_users()
    roles = [(m["key"], m["role"]) for m in content.MEMBERS]
    aftermath = yaml.safe_load((Path(__file__).parent / "answers.yaml").read_text(encoding="utf-8"))
    main, posted = loader.consultation(admin, content.CONSULTATION, roles, content.WORKSHOPS, content.CONTRIBUTIONS,
                                       demo_reports.REPORTS, aftermath)
    private = content.PRIVATE_CONSULTATION
    second, posted_private = loader.consultation(
        admin, private, [(m["key"], m["role"]) for m in private["members"]], private["workshops"],
        private["contributions"],
    )
    similar.remember(similar.take_pending())  # the post-its of the workshop files, imported
    counts.recount_all()  # the trend scores follow the back-dated creation times
    loader.mark_read(aftermath.get("read_before_days", 3))
    unmailed = db.metadata.tables["notifications"]  # the demo's past is not e-mailed when cron first runs
    db.session.execute(sa.update(unmailed).values(mailed_at=loader.now))
    likes = db.session.scalar(sa.select(sa.func.coalesce(sa.func.sum(Contribution.like_count), 0)))
    comments = db.session.scalar(sa.select(sa.func.count(Comment.id)))
    documents = db.session.scalar(sa.select(sa.func.count(Report.id)))
    return (
        f"Démo chargée : « {main.title} » ({posted} contributions) et « {second.title} » "
        f"({posted_private} contributions, réservée aux membres) ; {len(loader.users) + 1} comptes, "
        f"{likes} j'aime, {comments} commentaires, {documents} comptes-rendus et synthèses. Mot de passe de tous les comptes : {DEMO_PASSWORD}"
    )
