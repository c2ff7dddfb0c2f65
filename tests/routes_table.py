"""Who may reach what: the expected status of every route for every role, in one table.

Every endpoint of the application must appear here (tests/views/test_guards.py fails otherwise),
so a new route cannot ship without saying who may reach it.

Roles: a visitor (not logged in), the participant who wrote the contribution of the scene, an
elected official, a facilitator, an outsider (logged in, member of nothing), a member of another
concertation, a platform administrator who is not a member either, and a guest of the room (not
logged in, the phone's cookie naming the scene's guest). The scene is tests.factories.scene(): a public
consultation with an open workshop, an open mission, one contribution and one comment (by another
participant). POST requests carry no form data: a status of 400 means "allowed, but the empty
form was refused"; an edit form sent empty keeps the object's values (302).
"""
ROLES = ("visitor", "participant", "elected", "facilitator", "outsider", "other_member", "admin", "guest")

# (method, endpoint): statuses for (visitor, participant, elected, facilitator, outsider, other_member, admin, guest)
R = 302  # a redirect: to the login page for a visitor, or the page after a successful POST
EXPECTED = {
    ("GET", "main.home"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "main.healthz"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "main.join_by_code"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("POST", "main.join_by_code"): (400, 400, 400, 400, 400, 400, 400, 400),
    ("GET", "auth.register"): (200, R, R, R, R, R, R, 200),
    ("POST", "auth.register"): (400, R, R, R, R, R, R, 400),
    ("GET", "auth.login"): (200, R, R, R, R, R, R, 200),
    ("POST", "auth.login"): (400, R, R, R, R, R, R, 400),
    ("POST", "auth.logout"): (R, R, R, R, R, R, R, R),
    ("GET", "auth.profile"): (R, 200, 200, 200, 200, 200, 200, R),
    ("POST", "auth.profile"): (R, R, R, R, R, R, R, R),
    ("GET", "auth.change_password"): (R, 200, 200, 200, 200, 200, 200, R),
    ("POST", "auth.change_password"): (R, 400, 400, 400, 400, 400, 400, R),
    ("GET", "auth.my_data"): (R, 200, 200, 200, 200, 200, 200, R),
    ("GET", "auth.delete_account"): (R, 200, 200, 200, 200, 200, 200, R),
    ("POST", "auth.delete_account"): (R, 400, 400, 400, 400, 400, 400, R),
    ("GET", "main.privacy"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "main.accessibility"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "auth.forgot_password"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("POST", "auth.forgot_password"): (400, 400, 400, 400, 400, 400, 400, 400),
    ("GET", "auth.reset_password"): (400, 400, 400, 400, 400, 400, 400, 400),   # the scene's token is invalid
    ("POST", "auth.reset_password"): (400, 400, 400, 400, 400, 400, 400, 400),
    ("GET", "consultations.join"): (200, R, R, R, 200, 200, 200, 200),           # members go straight in
    ("POST", "consultations.join"): (R, R, R, R, R, R, R, R),
    ("GET", "consultations.home"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "consultations.board"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "consultations.directory"): (R, 200, 200, 200, 403, 403, 200, R),
    ("GET", "consultations.create"): (R, 403, 403, 403, 403, 403, 200, R),
    ("POST", "consultations.create"): (R, 403, 403, 403, 403, 403, 400, R),
    ("GET", "consultations.edit"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "consultations.edit"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "consultations.members"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "consultations.set_role"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "consultations.themes"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "consultations.themes"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "consultations.edit_theme"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "consultations.edit_theme"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "consultations.delete_theme"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "consultations.delete_theme"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "workshops.show"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "workshops.board"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "workshops.mission"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "workshops.create"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "workshops.create"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "workshops.edit"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "workshops.edit"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "workshops.create_mission"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "workshops.create_mission"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "workshops.edit_mission"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "workshops.edit_mission"): (R, 403, 403, R, 403, 403, R, R),
    ("POST", "workshops.move_mission"): (R, 403, 403, R, 403, 403, R, R),
    ("POST", "workshops.toggle_mission"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "workshops.attendance"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "workshops.attendance"): (R, 403, 403, R, 403, 403, R, R),
    ("POST", "workshops.own_attendance"): (R, R, R, R, 403, 403, 403, R),
    ("GET", "workshops.capture"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "workshops.capture"): (R, 403, 403, 400, 403, 403, 400, R),
    ("POST", "workshops.undo_capture"): (R, 403, 403, 403, 403, 403, 403, R),   # the scene's one was posted online
    ("GET", "workshops.import_file"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "workshops.import_file"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "workshops.import_spreadsheet"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "workshops.import_spreadsheet"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "workshops.export_file"): (R, 403, 403, 200, 403, 403, 200, R),
    ("GET", "reports.index"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "reports.show"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "reports.docx"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "reports.attachment"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "reports.create"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "reports.create"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "reports.edit"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "reports.edit"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "reports.publication"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "reports.publication"): (R, 403, 403, R, 403, 403, R, R),
    ("POST", "reports.upload_attachment"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "reports.delete_attachment"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "reports.delete_attachment"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "contributions.show"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "contributions.create"): (R, 200, 200, 200, 403, 403, 403, R),
    ("POST", "contributions.create"): (R, 400, 400, 400, 403, 403, 403, R),
    ("GET", "contributions.close_ideas"): (R, 200, 200, 200, 403, 403, 403, R),  # those who may post there
    ("GET", "contributions.edit"): (R, 200, 403, 403, 403, 403, 403, R),       # only the author
    ("POST", "contributions.edit"): (R, R, 403, 403, 403, 403, 403, R),
    ("GET", "contributions.withdraw"): (R, 200, 403, 403, 403, 403, 403, R),
    ("POST", "contributions.withdraw"): (R, R, 403, 403, 403, 403, 403, R),
    ("GET", "contributions.hide"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "contributions.hide"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "contributions.restore"): (R, 403, 403, 403, 403, 403, 403, R),    # nothing to restore: it is published
    ("POST", "contributions.restore"): (R, 403, 403, 403, 403, 403, 403, R),
    ("GET", "contributions.unmerge"): (R, 403, 403, 403, 403, 403, 403, R),    # it was not merged
    ("POST", "contributions.unmerge"): (R, 403, 403, 403, 403, 403, 403, R),
    ("GET", "contributions.answer"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "contributions.answer"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "contributions.flag"): (R, 403, 200, 403, 403, 403, 403, R),       # members, not their own; facilitators hide
    ("POST", "contributions.flag"): (R, 403, 400, 403, 403, 403, 403, R),
    ("POST", "contributions.like"): (R, 403, R, R, 403, 403, 403, R),          # nobody likes their own
    ("POST", "contributions.comment"): (R, 400, 400, 400, 403, 403, 403, R),
    ("GET", "contributions.edit_comment"): (R, 403, 403, 403, 403, 403, 403, R),  # only its author (another member)
    ("POST", "contributions.edit_comment"): (R, 403, 403, 403, 403, 403, 403, R),
    ("GET", "contributions.withdraw_comment"): (R, 403, 403, 403, 403, 403, 403, R),
    ("POST", "contributions.withdraw_comment"): (R, 403, 403, 403, 403, 403, 403, R),
    ("GET", "contributions.hide_comment"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "contributions.hide_comment"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "contributions.restore_comment"): (R, 403, 403, 403, 403, 403, 403, R),  # it is visible
    ("POST", "contributions.restore_comment"): (R, 403, 403, 403, 403, 403, 403, R),
    ("GET", "contributions.flag_comment"): (R, 200, 200, 403, 403, 403, 403, R),   # the comment is another member's
    ("POST", "contributions.flag_comment"): (R, 400, 400, 403, 403, 403, 403, R),
    ("GET", "answers.bulk"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "answers.bulk"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "answers.merge"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "answers.merge"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "answers.templates"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "answers.templates"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "answers.edit_template"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "answers.edit_template"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "answers.delete_template"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "answers.delete_template"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "moderation.queue"): (R, 403, 403, 200, 403, 403, 200, R),
    ("GET", "moderation.review"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "moderation.review"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "moderation.audit"): (R, 403, 403, 200, 403, 403, 200, R),
    ("GET", "moderation.audit_csv"): (R, 403, 403, 200, 403, 403, 200, R),
    ("GET", "notifications.index"): (R, 200, 200, 200, 200, 200, 200, R),
    ("POST", "notifications.mark_read"): (R, R, R, R, R, R, R, R),
    ("GET", "notifications.preferences"): (R, 200, 200, 200, 200, 200, 200, R),
    ("POST", "notifications.preferences"): (R, 400, 400, 400, 400, 400, 400, R),
    ("GET", "notifications.email_preferences"): (404, 404, 404, 404, 404, 404, 404, 404),  # the scene's token is invalid
    ("POST", "notifications.email_preferences"): (404, 404, 404, 404, 404, 404, 404, 404),
    ("GET", "strategy.show"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "strategy.action"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "strategy.dashboard"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "strategy.strategy_docx"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "strategy.follow_up_docx"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "strategy.plan_xlsx"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "consultations.contributions_table"): (R, 403, 200, 200, 403, 403, 200, R),  # elected and facilitators
    ("GET", "strategy.settings"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "strategy.settings"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "strategy.create_item"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "strategy.create_item"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "strategy.edit_item"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "strategy.edit_item"): (R, 403, 403, 400, 403, 403, 400, R),   # the empty form has no title
    ("POST", "strategy.move_item"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "strategy.delete_item"): (R, 403, 403, 200, 403, 403, 200, R),   # says why it stays
    ("POST", "strategy.delete_item"): (R, 403, 403, 400, 403, 403, 400, R),  # a contribution was promoted into it
    ("GET", "strategy.follow_up"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "strategy.follow_up"): (R, 403, 403, 400, 403, 403, 400, R),
    ("GET", "strategy.indicators"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "strategy.indicators"): (R, 403, 403, R, 403, 403, R, R),    # nothing typed: nothing changes
    # The synthesis assistant: facilitators only (and administrators).
    ("GET", "assistant.index"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "assistant.propose"): (R, 403, 403, R, 403, 403, R, R),           # the whole concertation, grouped
    ("GET", "assistant.grouping"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "assistant.edit_group"): (R, 403, 403, R, 403, 403, R, R),        # no action chosen: back to the page
    ("POST", "assistant.save"): (R, 403, 403, R, 403, 403, R, R),
    ("POST", "assistant.draft"): (R, 403, 403, R, 403, 403, R, R),             # a draft synthesis, to edit
    ("GET", "strategy.candidates"): (R, 403, 403, 200, 403, 403, 200, R),
    ("GET", "strategy.promote"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "strategy.promote"): (R, 403, 403, 400, 403, 403, 400, R),     # nothing chosen
    ("GET", "strategy.detach"): (R, 403, 403, 200, 403, 403, 200, R),         # the scene's contribution is a source
    ("POST", "strategy.detach"): (R, 403, 403, 400, 403, 403, 400, R),      # no reason given
    ("GET", "strategy.ideas"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "strategy.import_plan"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "strategy.import_plan"): (R, 403, 403, 400, 403, 403, 400, R),
    # The room. Phones join by the workshop's code (the scene's room has guest posting open, a dot
    # vote running on its mission, and the guest "Gaspard" on the guest's phone); the wall by its
    # secret link; the facilitators' controls by the workshop's address.
    ("GET", "room.join"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("POST", "room.join"): (R, R, R, R, R, R, R, R),                 # non-members join; others go back
    ("POST", "room.become_guest"): (400, R, R, R, R, R, R, R),       # accounts and guests go back to the room
    ("POST", "room.post"): (R, 400, 400, 400, 403, 403, 403, 400),
    ("GET", "room.vote"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("POST", "room.place_dots"): (403, 400, 400, 400, 403, 403, 403, 400),
    ("POST", "room.claim"): (R, R, R, R, R, R, R, R),
    ("GET", "room.wall"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "room.wall_content"): (200, 200, 200, 200, 200, 200, 200, 200),
    ("GET", "room.control"): (R, 403, 403, 200, 403, 403, 200, R),
    ("POST", "room.wall_link"): (R, 403, 403, 400, 403, 403, 400, R),
    ("POST", "room.guests_control"): (R, 403, 403, 400, 403, 403, 400, R),
    ("POST", "room.show_mission"): (R, 403, 403, R, 403, 403, R, R),
    ("POST", "room.pause"): (R, 403, 403, 400, 403, 403, 400, R),
    ("POST", "room.wall_item"): (R, 403, 403, 400, 403, 403, 400, R),
    ("POST", "room.start_vote"): (R, 403, 403, 400, 403, 403, 400, R),
    ("POST", "room.close_vote"): (R, 403, 403, R, 403, 403, R, R),
    ("GET", "room.vote_result"): (200, 200, 200, 200, 200, 200, 200, 200),
}

# Routes that answer for everyone whatever the consultation: not checked for private 404s.
NOT_IN_A_CONSULTATION = {"main.home", "main.healthz", "main.join_by_code", "main.privacy", "main.accessibility",
                         "auth.register", "auth.login", "auth.logout", "auth.profile", "auth.change_password",
                         "auth.forgot_password", "auth.reset_password", "auth.my_data", "auth.delete_account",
                         "consultations.create", "consultations.join", "notifications.index", "notifications.mark_read",
                         "notifications.preferences", "notifications.email_preferences",
                         "room.join", "room.become_guest", "room.post", "room.vote", "room.place_dots", "room.claim",
                         "room.wall", "room.wall_content"}
# Of those, the routes addressed by a code or a secret of an object: a wrong one answers 404.
BY_CODE = {"consultations.join", "room.join", "room.become_guest", "room.post", "room.vote", "room.place_dots",
           "room.claim", "room.wall", "room.wall_content"}
# Endpoints that are not pages of the application.
IGNORED = {"static"}


def url_values(s, private: bool = False) -> dict:
    """The value of every URL argument, taken from the scene (or its private consultation)."""
    from app.extensions import db
    from app.models import Membership

    consultation = s.private if private else s.consultation
    workshop = s.private_workshop if private else s.workshop
    contribution = s.private_contribution if private else s.contribution
    membership = db.session.scalar(
        db.select(Membership).where(Membership.consultation_id == consultation.id)
    )
    mission = workshop.missions[0] if workshop.missions else None
    return {
        "slug": consultation.slug,
        "code": consultation.join_code,
        "workshop_id": workshop.id,
        "mission_id": mission.id if mission else 999_999,
        "contribution_id": contribution.id,
        "comment_id": s.comment.id if not private else 999_999,
        "theme_id": (s.theme.id if not private else 999_999),
        "membership_id": membership.id,
        "token": "not-a-valid-token",
        "report_id": (s.private_report if private else s.report).id,
        "attachment_id": (s.private_attachment if private else s.attachment).id,
        "filename": (s.private_attachment if private else s.attachment).filename,
        "template_id": 999_999 if private else s.template.id,
        "target": f"c{contribution.id}",
        "level": "action",
        "item_id": (s.private_action if private else s.action).id,
        "action_id": (s.private_action if private else s.action).id,
        "kind": "xlsx",
        "grouping_id": (s.private_grouping if private else s.grouping).id,
        "group_id": (s.private_group if private else s.group).id,
        "room_code": workshop.room_code,
        "wall_token": (s.private_room if private else s.room).wall_token,
        "vote_id": (s.private_vote if private else s.vote).id,
    }
