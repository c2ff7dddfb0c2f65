import re

import sqlalchemy as sa

from app.extensions import db
from app.models import Comment, CommentStatus, Contribution, ContributionStatus, Like

from .. import factories
from ..conftest import text_of


def test_a_member_posts_to_a_mission(client, login, app):
    s = factories.scene()
    login(s.other)
    form = client.get(f"/c/assises/ateliers/{s.workshop.id}/contribuer?mission={s.mission.id}")
    assert form.status_code == 200 and f'<option selected value="{s.mission.id}">' in text_of(form)
    preview = client.post(f"/c/assises/ateliers/{s.workshop.id}/contribuer", data={
        "mission": s.mission.id, "title": "Des bancs", "body": "À l'*ombre*", "preview": "1"})
    assert "<em>ombre</em>" in text_of(preview)
    response = client.post(f"/c/assises/ateliers/{s.workshop.id}/contribuer", data={
        "mission": s.mission.id, "title": "Des bancs à l'ombre", "body": "Sous les **platanes**.",
        "themes": [s.theme.id]})
    assert response.status_code == 302
    contribution = db.session.scalar(sa.select(Contribution).where(Contribution.title == "Des bancs à l'ombre"))
    page = text_of(client.get(response.headers["Location"]))
    assert "<strong>platanes</strong>" in page and "Olivier Autre" in page and "Structure" in page
    assert "Mobilités douces" in page and "Exister" in page and "a publié cette contribution" in page
    assert contribution.mission_id == s.mission.id


def test_post_to_the_workshop_in_general_and_errors(client, login, app):
    s = factories.scene()
    login(s.elected)
    url = f"/c/assises/ateliers/{s.workshop.id}/contribuer"
    too_long = client.post(url, data={"mission": "", "title": "x" * 141})
    assert too_long.status_code == 400 and "140 caractères au plus" in text_of(too_long)
    closed = client.post(url, data={"mission": s.closed_mission.id, "title": "Fermée"})
    assert closed.status_code == 400
    assert client.post(url, data={"mission": "", "title": "Sur l'atelier"}).status_code == 302
    assert db.session.scalar(sa.select(Contribution.mission_id).where(Contribution.title == "Sur l'atelier")) is None


def test_authors_edit_and_the_page_says_modifiee(client, login, app):
    s = factories.scene()
    login(s.participant)
    url = f"/c/assises/contributions/{s.contribution.id}"
    assert client.post(f"{url}/modifier", data={"title": "Une navette électrique", "body": "Mieux"}).status_code == 302
    html = text_of(client.get(url))
    assert "Une navette électrique" in html and "modifiée" in html and "a modifié cette contribution" in html
    login(s.other)
    assert client.get(f"{url}/modifier").status_code == 403


def test_authors_withdraw_after_confirming(client, login, app):
    s = factories.scene()
    login(s.participant)
    url = f"/c/assises/contributions/{s.contribution.id}"
    confirm = client.get(f"{url}/retirer")
    assert "définitif" in text_of(confirm)
    assert db.session.get(Contribution, s.contribution.id).status == ContributionStatus.PUBLISHED  # a GET changes nothing
    assert client.post(f"{url}/retirer").status_code == 302
    assert db.session.get(Contribution, s.contribution.id).status == ContributionStatus.WITHDRAWN
    login(s.other)
    html = text_of(client.get(url))
    assert "retirée par son auteur" in html and "Une idée à creuser" not in html  # the body is no longer shown
    assert "Une navette vers le Pont du Gard" not in text_of(client.get("/c/assises/contributions"))


def test_likes_work_as_a_form_and_as_json(client, login, app):
    s = factories.scene()
    login(s.other)
    url = f"/c/assises/contributions/{s.contribution.id}/aime"
    plain = client.post(url, data={"aime": "1", "next": "/c/assises/contributions"})
    assert plain.status_code == 302 and plain.headers["Location"].endswith("/c/assises/contributions")
    again = client.post(url, data={"aime": "1"}, headers={"Accept": "application/json"})
    assert again.get_json() == {"liked": True, "count": 1, "label": "1 j'aime"}
    page = text_of(client.get(f"/c/assises/contributions/{s.contribution.id}"))
    assert 'aria-pressed="true"' in page
    off = client.post(url, data={"aime": "0"}, headers={"Accept": "application/json"})
    assert off.get_json()["count"] == 0 and off.get_json()["liked"] is False
    assert db.session.scalar(sa.select(sa.func.count(Like.id))) == 0
    evil = client.post(url, data={"aime": "1", "next": "https://evil.example/"})
    assert evil.headers["Location"].endswith(f"/c/assises/contributions/{s.contribution.id}")


def test_comments_replies_edit_withdraw(client, login, app):
    s = factories.scene()
    login(s.elected)
    url = f"/c/assises/contributions/{s.contribution.id}"
    empty = client.post(f"{url}/commentaires", data={"body": "  "})
    assert empty.status_code == 400 and "Champ obligatoire" in text_of(empty)
    assert client.post(f"{url}/commentaires", data={"body": "Et le *dimanche* ?"}).status_code == 302
    assert client.post(f"{url}/commentaires", data={"body": "Oui !", "parent_id": s.comment.id}).status_code == 302
    mine = db.session.scalar(sa.select(Comment).where(Comment.body == "Et le *dimanche* ?"))
    assert client.post(f"/c/assises/commentaires/{mine.id}/modifier", data={"body": "Et le samedi ?"}).status_code == 302
    html = text_of(client.get(url))
    assert "Et le samedi ?" in html and "comment-list--replies" in html and "3 commentaires" in html
    assert client.post(f"/c/assises/commentaires/{mine.id}/retirer").status_code == 302
    html = text_of(client.get(url))
    assert "Commentaire retiré par son auteur" in html and "Et le samedi" not in html and "2 commentaires" in html


def test_facilitators_hide_a_comment_with_a_reason_and_the_row_stays(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    hide = f"/c/assises/commentaires/{s.comment.id}/masquer"
    assert client.post(hide, data={"reason": ""}).status_code == 400
    assert client.post(hide, data={"reason": "Message publicitaire"}).status_code == 302
    comment = db.session.get(Comment, s.comment.id)
    assert comment.status == CommentStatus.HIDDEN and comment.body == "Bonne idée, avec des vélos."
    login(s.participant)
    html = text_of(client.get(f"/c/assises/contributions/{s.contribution.id}"))
    assert "Message publicitaire" in html and "Bonne idée, avec des vélos." not in html


def test_elected_officials_see_no_moderation_control(client, login, app):
    s = factories.scene()
    login(s.elected)
    pages = [f"/c/assises/contributions/{s.contribution.id}", f"/c/assises/ateliers/{s.workshop.id}", "/c/assises/",
             "/c/assises/contributions"]
    for url in pages:
        html = text_of(client.get(url))
        for control in ("/masquer", "/modifier", "/presences", "/membres", "/themes", "/deplacer", "/ouverture",
                        "ateliers/nouveau"):
            assert control not in html, (url, control)
    login(s.facilitator)
    html = text_of(client.get(f"/c/assises/contributions/{s.contribution.id}"))
    assert "/masquer" in html


def test_facilitators_hide_and_restore_a_contribution(client, login, app):
    s = factories.scene()
    login(s.facilitator)
    url = f"/c/assises/contributions/{s.contribution.id}"
    response = client.post(f"{url}/masquer", data={"reason": "Doublon d'une autre idée"})
    assert re.search(r"#evt-\d+$", response.headers["Location"])
    login(s.other)
    html = text_of(client.get(url))
    assert "Cette contribution a été masquée" in html and "Doublon" in html
    login(s.facilitator)
    assert "Doublon" in text_of(client.get(f"{url}/retablir"))  # the page says what it was and asks why
    assert client.post(f"{url}/retablir").status_code == 400  # restoring needs a reason too
    assert db.session.get(Contribution, s.contribution.id).status == ContributionStatus.HIDDEN
    assert client.post(f"{url}/retablir", data={"reason": "Ce n'était pas un doublon"}).status_code == 302
    assert db.session.get(Contribution, s.contribution.id).status == ContributionStatus.PUBLISHED


def test_board_sorts_filters_and_pages(client, app):
    s = factories.scene()
    for i in range(25):
        factories.contribution(s.workshop, author=s.other, mission=s.mission, title=f"Piste {i:02d}", likes=i)
    db.session.commit()
    first = text_of(client.get("/c/assises/contributions?tri=plus-aimees"))
    titles = re.findall(r'class="card__title"[^>]*><a [^>]+>([^<]+)</a>', first)
    assert titles[:3] == ["Piste 24", "Piste 23", "Piste 22"] and len(titles) == 20
    assert "26 contributions" in first
    next_url = re.search(r'rel="next" href="([^"]+)"', first).group(1).replace("&amp;", "&")
    second = text_of(client.get(next_url))
    rest = re.findall(r'class="card__title"[^>]*><a [^>]+>([^<]+)</a>', second)
    assert len(rest) == 6 and not set(rest) & set(titles) and 'rel="prev"' in second
    found = text_of(client.get("/c/assises/contributions?q=navette"))
    assert "1 contribution" in found and "Une navette vers le Pont du Gard" in found
    nothing = text_of(client.get("/c/assises/contributions?q=introuvable"))
    assert "Aucune contribution ne correspond" in nothing
    mission_board = client.get(f"/c/assises/ateliers/{s.workshop.id}/missions/{s.closed_mission.id}")
    assert "soyez la première personne" in text_of(mission_board)


def test_a_search_with_many_matches_says_more_than(client, app, monkeypatch):
    from app.services import boards as service

    s = factories.scene()
    for i in range(4):
        factories.contribution(s.workshop, author=s.other, title=f"Navette {i}")
    db.session.commit()
    monkeypatch.setattr(service, "COUNT_LIMIT", 3)
    html = text_of(client.get("/c/assises/contributions?q=navette"))
    assert "Plus de 3 contributions" in html


def test_a_title_of_invisible_characters_is_refused_like_an_empty_one(client, login, app):
    s = factories.scene()
    login(s.other)
    url = f"/c/assises/ateliers/{s.workshop.id}/contribuer"
    for title in ("\u200b\u200b\u200b", "\u2060\ufeff", " \u3164 ", "\u200d"):
        response = client.post(url, data={"mission": "", "title": title, "body": "Un texte."})
        assert response.status_code == 400 and "Donnez un titre" in text_of(response), repr(title)
    assert db.session.scalar(sa.select(sa.func.count(Contribution.id))) == 2  # the scene's two, nothing more
    kept = client.post(url, data={"mission": "", "title": "Vélo\u200d🚲 partagé", "body": ""})
    assert kept.status_code == 302  # a joiner inside a visible title stays


def test_a_markdown_image_shows_as_an_image_or_a_link_never_as_markup_text(client, login, app):
    s = factories.scene()
    login(s.other)
    body = ("Vue du pont : ![Pont du Gard](https://exemple.fr/pont.jpg)\n\n"
            "Le plan : ![Plan des navettes](/static/img/favicon.svg)\n\n![piège](javascript:alert(1))")
    response = client.post(f"/c/assises/ateliers/{s.workshop.id}/contribuer",
                           data={"mission": "", "title": "Avec des images", "body": body})
    page = text_of(client.get(response.headers["Location"]))
    assert "&lt;img" not in page
    assert re.search(r'<a href="https://exemple.fr/pont.jpg"[^>]*>Image : Pont du Gard</a>', page)
    assert '<img alt="Plan des navettes" src="/static/img/favicon.svg">' in page
    assert "javascript" not in page
    board = text_of(client.get("/c/assises/contributions?tri=recentes"))
    assert "&lt;img" not in board and "Image : Pont du Gard" in board
