"""The demo concertation loads, looks lived in, and its accounts work."""
import sqlalchemy as sa

from app.demo import content
from app.demo.loader import DEMO_PASSWORD, email_for
from app.extensions import db
from app.models import Comment, Consultation, Contribution, Membership, Role, User, Visibility, Workshop

from .conftest import text_of


def test_demo_loads_once_and_renders(runner, client, app):
    result = runner.invoke(args=["demo"])
    assert result.exit_code == 0, result.output
    assert "Démo chargée" in result.output
    assert db.session.scalar(sa.select(sa.func.count(Contribution.id))) >= 150
    assert db.session.scalar(sa.select(sa.func.count(Membership.id)).where(Membership.consultation_id == 1)) >= 40
    roles = set(db.session.scalars(sa.select(Membership.role)))
    assert roles == {Role.PARTICIPANT, Role.FACILITATOR, Role.ELECTED}
    assert db.session.scalar(sa.select(sa.func.count(Comment.id))) >= 150
    assert db.session.scalar(sa.select(sa.func.count(Workshop.id)).where(Workshop.consultation_id == 1)) == 5
    assert db.session.scalar(sa.select(sa.func.count(Consultation.id))
                             .where(Consultation.visibility == Visibility.MEMBERS)) == 1
    bodies = db.session.scalars(sa.select(Contribution.body)).all()
    assert min(map(len, bodies)) < 200 < 2000 < max(map(len, bodies))  # varied length
    again = runner.invoke(args=["demo", "--if-empty"])
    assert "démo non chargée" in again.output

    slug = db.session.scalar(sa.select(Consultation.slug).where(Consultation.visibility == Visibility.PUBLIC))
    assert client.get(f"/c/{slug}/").status_code == 200
    participant = next(m for m in content.MEMBERS if m["role"] == "participant")
    assert client.post("/compte/connexion", data={"email": email_for(participant["key"]),
                                                  "password": DEMO_PASSWORD}).status_code == 302
    html = text_of(client.get(f"/c/{slug}/contributions?tri=plus-aimees"))
    assert "contributions" in html and 'class="card"' in html
    admin = db.session.scalar(sa.select(User).where(User.is_admin))
    assert admin.email == "admin@concerto.example"
