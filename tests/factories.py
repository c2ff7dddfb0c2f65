"""Small factories: each makes one row with sensible defaults and flushes it."""
import itertools
import secrets
from datetime import date, datetime, time, timedelta

from werkzeug.security import generate_password_hash

from app.extensions import db
from app.models import (
    AnswerTemplate,
    Attachment,
    Comment,
    Consultation,
    Contribution,
    ContributionEvent,
    ContributionStatus,
    EventKind,
    Like,
    Membership,
    Mission,
    Outcome,
    Report,
    ReportKind,
    ReportStatus,
    Role,
    Sector,
    Theme,
    User,
    Visibility,
    Workshop,
    WorkshopStatus,
)
from app.models.base import utcnow
from app.services.counts import trend_score
from app.services.text import plain_text, sort_key

PASSWORD = "motdepasse-de-test"
# A cheap hash for tests (the application itself uses scrypt): logging in stays fast.
_HASH = generate_password_hash(PASSWORD, method="pbkdf2:sha256:1000")
_seq = itertools.count(1)


def user(**values) -> User:
    n = next(_seq)
    values.setdefault("email", f"personne{n}@exemple.fr")
    values.setdefault("display_name", f"Personne {n}")
    values.setdefault("sort_name", sort_key(values["display_name"]))
    values.setdefault("organisation", f"Structure {n}")
    values.setdefault("sector", Sector.HEBERGEMENT)
    values.setdefault("commune", "Uzès")
    values.setdefault("password_hash", _HASH)
    obj = User(**values)
    db.session.add(obj)
    db.session.flush()
    return obj


def admin(**values) -> User:
    return user(is_admin=True, **values)


def consultation(**values) -> Consultation:
    n = next(_seq)
    values.setdefault("title", f"Concertation {n}")
    values.setdefault("slug", f"concertation-{n}")
    values.setdefault("territory", "Pays d'Uzès")
    values.setdefault("description", "Une concertation pour **tester**.")
    values.setdefault("visibility", Visibility.PUBLIC)
    values.setdefault("join_code", f"CODE{n:04d}")
    obj = Consultation(**values)
    db.session.add(obj)
    db.session.flush()
    return obj


def member(consultation: Consultation, role: Role = Role.PARTICIPANT, user_obj: User | None = None, **user_values) -> User:
    person = user_obj or user(**user_values)
    db.session.add(Membership(consultation_id=consultation.id, user_id=person.id, role=role, sort_name=person.sort_name))
    db.session.flush()
    return person


def theme(consultation: Consultation, name: str | None = None) -> Theme:
    obj = Theme(consultation_id=consultation.id, name=name or f"Thème {next(_seq)}")
    db.session.add(obj)
    db.session.flush()
    return obj


def workshop(consultation: Consultation, status: WorkshopStatus = WorkshopStatus.OPEN, **values) -> Workshop:
    n = next(_seq)
    values.setdefault("title", f"Atelier {n}")
    values.setdefault("key", f"atelier-{n}")
    values.setdefault("starts_on", date(2026, 10, 4))
    values.setdefault("start_time", time(14, 0))
    values.setdefault("place", "Salle des fêtes, Uzès")
    values.setdefault("description", "Un atelier.")
    obj = Workshop(consultation_id=consultation.id, status=status, **values)
    db.session.add(obj)
    db.session.flush()
    return obj


def mission(workshop: Workshop, is_open: bool = True, **values) -> Mission:
    n = next(_seq)
    values.setdefault("title", f"Mission {n}")
    values.setdefault("key", f"mission-{n}")
    values.setdefault("instructions", "Proposez vos idées.")
    values.setdefault("position", len(workshop.missions) + 1)
    obj = Mission(workshop_id=workshop.id, is_open=is_open, **values)
    db.session.add(obj)
    db.session.flush()
    db.session.refresh(workshop)
    return obj


def contribution(workshop: Workshop, author: User | None = None, mission: Mission | None = None,
                 status: ContributionStatus = ContributionStatus.PUBLISHED, likes: int = 0, comments: int = 0,
                 created_at: datetime | None = None, **values) -> Contribution:
    values.setdefault("title", f"Idée {next(_seq)}")
    values.setdefault("body", "Une idée à creuser.")
    created_at = created_at or utcnow()
    obj = Contribution(
        consultation_id=workshop.consultation_id, workshop_id=workshop.id,
        mission_id=mission.id if mission else None, author_id=author.id if author else None,
        status=status, created_at=created_at, like_count=likes, comment_count=comments,
        trend_score=trend_score(likes, comments, created_at), shuffle_key=secrets.randbelow(2**31), **values,
    )
    obj.excerpt = plain_text(obj.body, 240)
    db.session.add(obj)
    db.session.flush()
    db.session.add(ContributionEvent(consultation_id=obj.consultation_id, contribution_id=obj.id,
                                     actor_id=obj.author_id, actor_role="author" if obj.author_id else "",
                                     kind=EventKind.POSTED, new_value=ContributionStatus.PUBLISHED.value,
                                     created_at=created_at))
    if status == ContributionStatus.PUBLISHED:  # the kept counts, as the services keep them
        workshop.contribution_count += 1
        workshop.like_count += likes
        workshop.comment_count += comments
        if mission is not None:
            mission.contribution_count += 1
    db.session.flush()
    return obj


def like(contribution: Contribution, user_obj: User) -> Like:
    obj = Like(contribution_id=contribution.id, user_id=user_obj.id)
    db.session.add(obj)
    contribution.like_count += 1
    contribution.workshop.like_count += 1
    db.session.flush()
    return obj


def comment(contribution: Contribution, author: User, body: str = "Je complète.", parent: Comment | None = None) -> Comment:
    obj = Comment(contribution_id=contribution.id, author_id=author.id, body=body,
                  parent_id=parent.id if parent else None, created_at=utcnow() - timedelta(minutes=5))
    db.session.add(obj)
    contribution.comment_count += 1
    contribution.workshop.comment_count += 1
    db.session.flush()
    return obj


def report(workshop: Workshop | None, consultation: Consultation | None = None, published: bool = False,
           **values) -> Report:
    values.setdefault("title", f"Compte-rendu {next(_seq)}")
    values.setdefault("body", "## Ce qui en est sorti\n\nDes idées.")
    values.setdefault("authors", "L'équipe d'animation")
    obj = Report(consultation_id=(workshop.consultation_id if workshop else consultation.id),
                 workshop_id=workshop.id if workshop else None, kind=values.pop("kind", ReportKind.MINUTES),
                 status=ReportStatus.PUBLISHED if published else ReportStatus.DRAFT,
                 published_at=utcnow() if published else None, **values)
    db.session.add(obj)
    db.session.flush()
    return obj


def attachment(report_obj: Report, content: bytes, filename: str, content_type: str = "application/pdf") -> Attachment:
    """An attachment and its file, kept through app/storage.py as the application keeps them."""
    import io

    from app import storage

    key = storage.new_key(f"attachments/{report_obj.consultation_id}", "." + filename.rsplit(".", 1)[-1])
    storage.current().put(key, io.BytesIO(content))
    obj = Attachment(consultation_id=report_obj.consultation_id, report_id=report_obj.id, storage_key=key,
                     filename=filename, content_type=content_type, size=len(content))
    db.session.add(obj)
    db.session.flush()
    return obj


def strategy(consultation: Consultation, actions: int = 1, first_year: int = 2025, last_year: int = 2027,
             priorities: bool = True):
    """A strategy with one enjeu (unless `priorities` is False), one axis, one objective and
    `actions` actions, as plain rows. Returns (strategy, priority, axis, objective, [actions])."""
    from app.models import Action, Axis, Objective, Priority, Strategy

    obj = Strategy(consultation_id=consultation.id, title="Stratégie touristique", first_year=first_year,
                   last_year=last_year, priority_label="enjeu" if priorities else "")
    db.session.add(obj)
    db.session.flush()
    priority = Priority(strategy_id=obj.id, position=1, title="Une destination organisée") if priorities else None
    if priority is not None:
        db.session.add(priority)
        db.session.flush()
    axis = Axis(strategy_id=obj.id, priority_id=priority.id if priority else None, position=1,
                title="Gouvernance touristique")
    db.session.add(axis)
    db.session.flush()
    objective = Objective(axis_id=axis.id, position=1, title="Travailler en réseau",
                          expected_results="Des partenaires qui se connaissent.")
    db.session.add(objective)
    db.session.flush()
    made = []
    for n in range(actions):
        action = Action(strategy_id=obj.id, objective_id=objective.id, position=n + 1, key=f"action-{n + 1}",
                        title=f"Action numéro {n + 1}", owner="Office de tourisme")
        action.partners = []
        db.session.add(action)
        made.append(action)
    db.session.flush()
    return obj, priority, axis, objective, made


def grouping(consultation: Consultation, contributions: list[Contribution], label: str = "Mobilité"):
    """A grouping of the assistant with one group holding these contributions."""
    from app.models import Grouping, GroupingGroup, GroupingMember

    made = Grouping(consultation_id=consultation.id, method="use-m3", input_hash="0" * 64)
    db.session.add(made)
    db.session.flush()
    group = GroupingGroup(grouping_id=made.id, position=0, label=label)
    db.session.add(group)
    db.session.flush()
    for c in contributions:
        db.session.add(GroupingMember(grouping_id=made.id, contribution_id=c.id, group_id=group.id))
    db.session.flush()
    return made, group


def room(workshop: Workshop, guests_open: bool = True, wall_token: str | None = None, **values):
    """The room of a workshop, its guest posting open and its wall link set by default."""
    from app.models import Room

    made = Room(workshop_id=workshop.id, guests_open=guests_open, version=0,
                wall_token=wall_token or f"mur-{secrets.token_hex(8)}", **values)
    db.session.add(made)
    db.session.flush()
    return made


def guest(workshop: Workshop, name: str = "Gaspard"):
    from app.models import Guest

    made = Guest(workshop_id=workshop.id, name=name)
    db.session.add(made)
    db.session.flush()
    return made


def dot_vote(workshop: Workshop, mission: Mission | None, dots_per_person: int = 3, stacking: bool = False,
             closed: bool = False):
    from app.models import DotVote

    made = DotVote(workshop_id=workshop.id, mission_id=mission.id if mission else None,
                   dots_per_person=dots_per_person, stacking=stacking, closed_at=utcnow() if closed else None)
    db.session.add(made)
    db.session.flush()
    return made


def scene():
    """A public consultation with one member per role, an open workshop with two missions (one
    closed), a draft workshop, a private consultation and an outsider. Returns a namespace."""
    from types import SimpleNamespace

    c = consultation(title="Assises du tourisme", slug="assises")
    s = SimpleNamespace(consultation=c)
    s.admin = admin(email="admin@exemple.fr", display_name="Admin")
    s.participant = member(c, Role.PARTICIPANT, email="participant@exemple.fr", display_name="Paula Participante")
    s.other = member(c, Role.PARTICIPANT, email="autre@exemple.fr", display_name="Olivier Autre")
    s.facilitator = member(c, Role.FACILITATOR, email="animation@exemple.fr", display_name="Fanny Animatrice")
    s.elected = member(c, Role.ELECTED, email="elu@exemple.fr", display_name="Élie Élu")
    s.outsider = user(email="dehors@exemple.fr", display_name="Oscar Extérieur")
    s.theme = theme(c, "Mobilités douces")
    s.workshop = workshop(c, title="Parcours client")
    s.mission = mission(s.workshop, title="Exister")
    s.closed_mission = mission(s.workshop, title="Fidéliser", is_open=False)
    s.draft = workshop(c, status=WorkshopStatus.DRAFT, title="Atelier en préparation")
    s.contribution = contribution(s.workshop, author=s.participant, mission=s.mission,
                                  title="Une navette vers le Pont du Gard")
    s.comment = comment(s.contribution, s.other, "Bonne idée, avec des vélos.")
    s.private = consultation(title="Comité de pilotage", slug="copil", visibility=Visibility.MEMBERS,
                             join_code="COPIL1")
    s.private_member = member(s.private, Role.PARTICIPANT, email="copil@exemple.fr", display_name="Camille Copil")
    s.private_workshop = workshop(s.private, title="Gouvernance")
    s.private_contribution = contribution(s.private_workshop, author=s.private_member, title="Idée secrète")
    s.report = report(s.workshop, title="Compte-rendu de l'atelier Parcours client", published=True)
    s.attachment = attachment(s.report, b"%PDF-1.4\n%%EOF\n", "diapos.pdf")
    s.private_report = report(s.private_workshop, title="Compte-rendu secret", published=True)
    s.private_attachment = attachment(s.private_report, b"%PDF-1.4\n%%EOF\n", "secret.pdf")
    s.template = AnswerTemplate(consultation_id=c.id, title="Déjà prévu", outcome=Outcome.ANSWERED,
                                body="C'est prévu au programme de l'an prochain.")
    db.session.add(s.template)
    s.strategy, s.priority, s.axis, s.objective, (s.action,) = strategy(c)
    s.private_strategy, _, _, _, (s.private_action,) = strategy(s.private)
    # The contribution of the scene is one of the action's sources (a link alone: its outcome stays).
    from app.models import ActionSource
    db.session.add(ActionSource(action_id=s.action.id, contribution_id=s.contribution.id))
    db.session.add(ActionSource(action_id=s.private_action.id, contribution_id=s.private_contribution.id))
    s.grouping, s.group = grouping(s.consultation, [s.contribution])
    s.private_grouping, s.private_group = grouping(s.private, [s.private_contribution])
    # The room of the open workshop: guest posting open, its wall link, a guest, a dot vote running.
    s.room = room(s.workshop, wall_token="mur-de-la-scene")
    s.guest = guest(s.workshop)
    s.vote = dot_vote(s.workshop, s.mission)
    s.private_room = room(s.private_workshop, guests_open=False, wall_token="mur-prive")
    s.private_vote = dot_vote(s.private_workshop, None, closed=True)
    s.elsewhere = consultation(title="Autre territoire", slug="ailleurs", join_code="AILLEURS")
    s.other_member = member(s.elsewhere, Role.FACILITATOR, email="ailleurs@exemple.fr", display_name="Alix Ailleurs")
    db.session.commit()
    return s
