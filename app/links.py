"""One way to build a link to each kind of object, for templates, redirects and e-mails alike."""
from flask import g, has_request_context, url_for


def consultation_url(consultation, **params) -> str:
    return url_for("consultations.home", slug=consultation.slug, **params)


def board_url(consultation, **params) -> str:
    return url_for("consultations.board", slug=consultation.slug, **params)


def directory_url(consultation, **params) -> str:
    return url_for("consultations.directory", slug=consultation.slug, **params)


def _object_url(endpoint: str, id_argument: str, consultation_id: int, consultation_of, object_id: int) -> str:
    """The address of an object of a consultation, for a page that links to dozens of them (boards,
    the who's who): the part before the object's id is built once per request."""
    prefixes = g.setdefault("url_prefixes", {})
    key = (endpoint, consultation_id)
    if key not in prefixes:
        prefixes[key] = url_for(endpoint, slug=consultation_of().slug, **{id_argument: 0})[:-1]
    return prefixes[key] + str(object_id)


def workshop_url(workshop, **params) -> str:
    if not params and has_request_context():
        return _object_url("workshops.show", "workshop_id", workshop.consultation_id,
                           lambda: workshop.consultation, workshop.id)
    return url_for("workshops.show", slug=workshop.consultation.slug, workshop_id=workshop.id, **params)


def workshop_board_url(workshop, **params) -> str:
    return url_for("workshops.board", slug=workshop.consultation.slug, workshop_id=workshop.id, **params)


def capture_url(workshop, **params) -> str:
    """The page where facilitators type in the post-its of the room."""
    return url_for("workshops.capture", slug=workshop.consultation.slug, workshop_id=workshop.id, **params)


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
    if not params and has_request_context():  # lists link to dozens of them: the fast way
        page = _object_url("contributions.show", "contribution_id", contribution.consultation_id,
                           lambda: contribution.consultation, contribution.id)
        return page if anchor is None else f"{page}#{anchor}"
    return url_for("contributions.show", slug=contribution.consultation.slug, contribution_id=contribution.id,
                   _anchor=anchor, **params)


def contribution_number_url(consultation, contribution_id: int) -> str:
    """The page of contribution number `contribution_id` (#123 in a text) of a consultation."""
    return _object_url("contributions.show", "contribution_id", consultation.id, lambda: consultation, contribution_id)


def reports_url(consultation, **params) -> str:
    return url_for("reports.index", slug=consultation.slug, **params)


def report_url(report, **params) -> str:
    return url_for("reports.show", slug=report.consultation.slug, report_id=report.id, **params)


def report_edit_url(report) -> str:
    return url_for("reports.edit", slug=report.consultation.slug, report_id=report.id)


def report_docx_url(report, external: bool = False) -> str:
    return url_for("reports.docx", slug=report.consultation.slug, report_id=report.id, _external=external)


def attachment_url(attachment, external: bool = False) -> str:
    report = attachment.report
    return url_for("reports.attachment", slug=report.consultation.slug, report_id=report.id,
                   attachment_id=attachment.id, filename=attachment.filename, _external=external)


def like_url(contribution) -> str:
    """Where the like form of a contribution posts (its page's address + /aime): boards build it
    for every card, so from the page's address rather than through url_for."""
    return contribution_url(contribution) + "/aime"


def comment_url(comment) -> str:
    return contribution_url(comment.contribution, comment=comment)


class ContributionLinks:
    """Every address of a contribution: its page and each action on it, declared here once and
    used by templates, redirects and e-mails alike (`contribution_links(c).edit`)."""

    __slots__ = ("_contribution", "_values")

    def __init__(self, contribution):
        self._contribution = contribution
        self._values = {"slug": contribution.consultation.slug, "contribution_id": contribution.id}

    def _action(self, endpoint: str) -> str:
        return url_for(f"contributions.{endpoint}", **self._values)

    @property
    def page(self) -> str:
        return contribution_url(self._contribution)

    @property
    def like(self) -> str:
        return like_url(self._contribution)

    edit = property(lambda self: self._action("edit"))
    withdraw = property(lambda self: self._action("withdraw"))
    hide = property(lambda self: self._action("hide"))
    restore = property(lambda self: self._action("restore"))
    comment = property(lambda self: self._action("comment"))
    answer = property(lambda self: self._action("answer"))
    unmerge = property(lambda self: self._action("unmerge"))
    flag = property(lambda self: self._action("flag"))

    @property
    def promote(self) -> str:
        """The promotion into the strategy, with this contribution chosen."""
        return promote_url(self._contribution.consultation, ids=self._contribution.id)

    @property
    def merge(self) -> str:
        """The merge page, with this contribution chosen."""
        return url_for("answers.merge", slug=self._values["slug"], ids=self._contribution.id)


class CommentLinks:
    """Every action on a comment."""

    __slots__ = ("_values",)

    def __init__(self, comment, consultation):
        self._values = {"slug": consultation.slug, "comment_id": comment.id}

    def _action(self, endpoint: str) -> str:
        return url_for(f"contributions.{endpoint}", **self._values)

    edit = property(lambda self: self._action("edit_comment"))
    withdraw = property(lambda self: self._action("withdraw_comment"))
    hide = property(lambda self: self._action("hide_comment"))
    restore = property(lambda self: self._action("restore_comment"))
    flag = property(lambda self: self._action("flag_comment"))


def contribution_links(contribution) -> ContributionLinks:
    return ContributionLinks(contribution)


def comment_links(comment, consultation) -> CommentLinks:
    return CommentLinks(comment, consultation)


def answer_templates_url(consultation, **params) -> str:
    return url_for("answers.templates", slug=consultation.slug, **params)


def bulk_answer_url(consultation, **params) -> str:
    return url_for("answers.bulk", slug=consultation.slug, **params)


def merge_url(consultation, **params) -> str:
    return url_for("answers.merge", slug=consultation.slug, **params)


def moderation_url(consultation, **params) -> str:
    return url_for("moderation.queue", slug=consultation.slug, **params)


def review_url(consultation, target: str) -> str:
    """The decision page of what members reported ("c12": a contribution, "m34": a comment)."""
    return url_for("moderation.review", slug=consultation.slug, target=target)


def audit_url(consultation, **params) -> str:
    return url_for("moderation.audit", slug=consultation.slug, **params)


def notifications_url(**params) -> str:
    return url_for("notifications.index", **params)


def email_preferences_url(token: str, external: bool = True) -> str:
    """The page that changes a person's e-mail preference without logging in (signed token)."""
    return url_for("notifications.email_preferences", token=token, _external=external)


def join_url(consultation, external: bool = False) -> str:
    return url_for("consultations.join", code=consultation.join_code, _external=external)


def password_reset_url(token: str) -> str:
    return url_for("auth.reset_password", token=token, _external=True)


# -- the synthesis assistant -------------------------------------------------------------------------

def assistant_url(consultation) -> str:
    return url_for("assistant.index", slug=consultation.slug)


def grouping_url(grouping, **params) -> str:
    return url_for("assistant.grouping", slug=grouping.consultation.slug, grouping_id=grouping.id, **params)


# -- the strategy ------------------------------------------------------------------------------------

def strategy_url(consultation, **params) -> str:
    return url_for("strategy.show", slug=consultation.slug, **params)


def strategy_docx_url(consultation) -> str:
    return url_for("strategy.strategy_docx", slug=consultation.slug)


def follow_up_docx_url(consultation, year: int) -> str:
    return url_for("strategy.follow_up_docx", slug=consultation.slug, annee=year)


def plan_xlsx_url(consultation) -> str:
    return url_for("strategy.plan_xlsx", slug=consultation.slug)


def contributions_table_url(consultation, kind: str) -> str:
    """Every contribution with what became of it, as CSV or XLSX."""
    return url_for("consultations.contributions_table", slug=consultation.slug, kind=kind)


def dashboard_url(consultation, **params) -> str:
    return url_for("strategy.dashboard", slug=consultation.slug, **params)


def strategy_settings_url(consultation) -> str:
    return url_for("strategy.settings", slug=consultation.slug)


def candidates_url(consultation, **params) -> str:
    """The contributions a facilitator may promote into the strategy."""
    return url_for("strategy.candidates", slug=consultation.slug, **params)


def promote_url(consultation, **params) -> str:
    """The promotion of chosen contributions (ids=...) into a new or an existing action."""
    return url_for("strategy.promote", slug=consultation.slug, **params)


def detach_url(consultation, source) -> str:
    return url_for("strategy.detach", slug=consultation.slug, action_id=source.action_id,
                   contribution_id=source.contribution_id)


def ideas_url(consultation) -> str:
    """What became of the ideas of a consultation."""
    return url_for("strategy.ideas", slug=consultation.slug)


def import_plan_url(consultation) -> str:
    """Where facilitators import an action plan from a spreadsheet."""
    return url_for("strategy.import_plan", slug=consultation.slug)


def action_url(consultation, action, **params) -> str:
    if not params and has_request_context():  # the strategy links to hundreds of them: the fast way
        return _object_url("strategy.action", "action_id", consultation.id, lambda: consultation, action.id)
    return url_for("strategy.action", slug=consultation.slug, action_id=action.id, **params)


def follow_up_url(consultation, action, year: int | None = None) -> str:
    """The form of an action's state in a year."""
    params = {"annee": year} if year is not None else {}
    return url_for("strategy.follow_up", slug=consultation.slug, action_id=action.id, **params)


def indicators_url(consultation, action) -> str:
    return url_for("strategy.indicators", slug=consultation.slug, action_id=action.id)


def new_item_url(consultation, level: str, parent=None) -> str:
    """The form that adds an enjeu, axis, objective or action (under `parent`)."""
    params = {"parent": parent.id} if parent is not None else {}
    return url_for("strategy.create_item", slug=consultation.slug, level=level, **params)


class StrategyItemLinks:
    """Every address of an item of a strategy (level: enjeu, chantier, objectif, action)."""

    __slots__ = ("_values",)

    def __init__(self, consultation, level: str, item):
        self._values = {"slug": consultation.slug, "level": level, "item_id": item.id}

    edit = property(lambda self: url_for("strategy.edit_item", **self._values))
    move = property(lambda self: url_for("strategy.move_item", **self._values))
    delete = property(lambda self: url_for("strategy.delete_item", **self._values))


def item_links(consultation, level: str, item) -> StrategyItemLinks:
    return StrategyItemLinks(consultation, level, item)


# -- the room ---------------------------------------------------------------------------------------

def room_join_url(workshop, external: bool = False, **params) -> str:
    """Where a phone joins the room (the QR code's address): /salle/<code>."""
    return url_for("room.join", room_code=workshop.room_code, _external=external, **params)


def wall_url(room, external: bool = False) -> str:
    """The wall on the projector, through its secret link."""
    return url_for("room.wall", wall_token=room.wall_token, _external=external)


class RoomLinks:
    """Every address of a workshop's room: the phones' pages (by its code) and the facilitators'
    controls, declared here once (`room_links(workshop).guests`)."""

    __slots__ = ("_workshop", "_values", "_code")

    def __init__(self, workshop):
        self._workshop = workshop
        self._values = {"slug": workshop.consultation.slug, "workshop_id": workshop.id}
        self._code = {"room_code": workshop.room_code}

    def _control(self, endpoint: str, **extra) -> str:
        return url_for(f"room.{endpoint}", **self._values, **extra)

    def _phone(self, endpoint: str, **extra) -> str:
        return url_for(f"room.{endpoint}", **self._code, **extra)

    join = property(lambda self: room_join_url(self._workshop))
    control = property(lambda self: self._control("control"))
    wall_link = property(lambda self: self._control("wall_link"))
    guests = property(lambda self: self._control("guests_control"))
    mission = property(lambda self: self._control("show_mission"))
    pause = property(lambda self: self._control("pause"))
    start_vote = property(lambda self: self._control("start_vote"))
    become_guest = property(lambda self: self._phone("become_guest"))
    post = property(lambda self: self._phone("post"))
    vote = property(lambda self: self._phone("vote"))
    claim = property(lambda self: self._phone("claim"))

    def wall_item(self, contribution) -> str:
        return self._control("wall_item", contribution_id=contribution.id)

    def close_vote(self, vote) -> str:
        return self._control("close_vote", vote_id=vote.id)

    def vote_result(self, vote) -> str:
        return self._control("vote_result", vote_id=vote.id)

    def dots(self, contribution) -> str:
        return self._phone("place_dots", contribution_id=contribution.id)


def room_links(workshop) -> RoomLinks:
    return RoomLinks(workshop)
