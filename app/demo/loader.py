"""Load the demo concertation (content.py) through the services, as real users would have.

Everything is placed in time relative to now, so the demo always looks alive. Likes go to
members drawn with a fixed seed, so two loads give the same picture.
"""
import random
from datetime import datetime, timedelta

import sqlalchemy as sa
from werkzeug.security import generate_password_hash

from ..extensions import db
from ..models import (
    Attendance,
    Comment,
    Contribution,
    ContributionEvent,
    EventKind,
    Membership,
    Role,
    User,
    WorkshopStatus,
)
from ..models.base import utcnow
from ..services import consultations, contributions, discussion, workshops
from ..services.errors import DomainError
from ..services.permissions import access_for
from ..services.text import sort_key
from . import content

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
                     contribution_specs: list[dict]):
        consultation = consultations.create_consultation(
            admin, spec["title"], spec["territory"], spec["description"], spec["visibility"], spec["join_code"],
        )
        consultation.created_at = self.at(70)
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
        for order, spec_w in enumerate(workshop_specs):
            hour, minute = (int(part) for part in spec_w.get("start", "14:00").split(":"))
            starts = (self.now - timedelta(days=spec_w["days_ago"])).replace(hour=hour, minute=minute)
            workshop = workshops.create_workshop(admin_access, spec_w["title"], starts, spec_w["place"],
                                                 spec_w["description"], WorkshopStatus.OPEN)
            workshop.created_at = self.at(max(spec_w["days_ago"], 0) + 20)
            missions = {}
            for spec_m in spec_w["missions"]:
                missions[spec_m["key"]] = workshops.add_mission(admin_access, workshop, spec_m["title"],
                                                                spec_m["instructions"], True)
            for key in spec_w.get("attendees", []):
                db.session.add(Attendance(workshop_id=workshop.id, user_id=self.users[key].id))
            built[spec_w["key"]] = (workshop, missions, spec_w)
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
                db.session.add(ContributionEvent(contribution=contribution, actor_id=author.id,
                                                 kind=EventKind.EDITED, created_at=edited))
            self.like(contribution, consultation, member_users, roles, spec_c.get("likes", 0), created)
            self.comment(contribution, consultation, roles, spec_c.get("comments", []), created)

        for workshop, missions, spec_w in built.values():
            for spec_m in spec_w["missions"]:
                missions[spec_m["key"]].is_open = spec_m["is_open"]
            workshop.status = WorkshopStatus(spec_w["status"])
        db.session.flush()
        return consultation, posted

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
        comment = discussion.post_comment(access, contribution, spec["body"], parent_id)
        moment = self.at(spec.get("days_ago", 0), hours_ago=self.rng.randint(0, 10))
        comment.created_at = max(moment, not_before + timedelta(minutes=self.rng.randint(20, 600)))
        comment.created_at = min(comment.created_at, self.now)
        return comment

def load() -> str:
    """Load the demo; refuses to run twice (the join codes would clash)."""
    if consultations.find_by_code(content.CONSULTATION["join_code"]) is not None:
        raise DomainError("La démo est déjà chargée dans cette base.")
    loader = _Loader()
    admin = loader.create_users()
    roles = [(m["key"], m["role"]) for m in content.MEMBERS]
    main, posted = loader.consultation(admin, content.CONSULTATION, roles, content.WORKSHOPS, content.CONTRIBUTIONS)
    private = content.PRIVATE_CONSULTATION
    second, posted_private = loader.consultation(
        admin, private, [(m["key"], m["role"]) for m in private["members"]], private["workshops"],
        private["contributions"],
    )
    contributions.recount_all()  # the trend scores follow the back-dated creation times
    likes = db.session.scalar(sa.select(sa.func.coalesce(sa.func.sum(Contribution.like_count), 0)))
    comments = db.session.scalar(sa.select(sa.func.count(Comment.id)))
    return (
        f"Démo chargée : « {main.title} » ({posted} contributions) et « {second.title} » "
        f"({posted_private} contributions, réservée aux membres) ; {len(loader.users) + 1} comptes, "
        f"{likes} j'aime, {comments} commentaires. Mot de passe de tous les comptes : {DEMO_PASSWORD}"
    )
