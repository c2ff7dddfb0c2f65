"""One way to build a link to each kind of object, for templates, redirects and e-mails alike."""
from flask import g, has_request_context, url_for


def consultation_url(consultation, **params) -> str:
    return url_for("consultations.home", slug=consultation.slug, **params)


def board_url(consultation, **params) -> str:
    return url_for("consultations.board", slug=consultation.slug, **params)


def directory_url(consultation, **params) -> str:
    return url_for("consultations.directory", slug=consultation.slug, **params)


def workshop_url(workshop, **params) -> str:
    return url_for("workshops.show", slug=workshop.consultation.slug, workshop_id=workshop.id, **params)


def workshop_board_url(workshop, **params) -> str:
    return url_for("workshops.board", slug=workshop.consultation.slug, workshop_id=workshop.id, **params)


def mission_url(mission, **params) -> str:
    workshop = mission.workshop
    return url_for("workshops.mission", slug=workshop.consultation.slug, workshop_id=workshop.id,
                   mission_id=mission.id, **params)


def contribution_url(contribution, event=None, comment=None, **params) -> str:
    anchor = params.pop("_anchor", None)
    if event is not None:
        anchor = f"evt-{event.id}"
    elif comment is not None:
        anchor = f"com-{comment.id}"
    if anchor is None and not params and has_request_context():
        # Boards link to dozens of contributions of one consultation: build the common part once.
        prefixes = g.setdefault("contribution_url_prefixes", {})
        consultation_id = contribution.consultation_id
        if consultation_id not in prefixes:
            prefixes[consultation_id] = url_for("contributions.show", slug=contribution.consultation.slug,
                                                contribution_id=0)[:-1]
        return prefixes[consultation_id] + str(contribution.id)
    return url_for("contributions.show", slug=contribution.consultation.slug, contribution_id=contribution.id,
                   _anchor=anchor, **params)


def like_url(contribution) -> str:
    """Where the like form of a contribution posts (its page's address + /aime)."""
    return contribution_url(contribution) + "/aime"


def comment_url(comment) -> str:
    return contribution_url(comment.contribution, comment=comment)


def join_url(consultation, external: bool = False) -> str:
    return url_for("consultations.join", code=consultation.join_code, _external=external)


def password_reset_url(token: str) -> str:
    return url_for("auth.reset_password", token=token, _external=True)
