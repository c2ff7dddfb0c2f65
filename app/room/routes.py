"""The room: phones join by the workshop's code (/salle/<code>), post and spread their dots; the wall
on the projector follows through its secret link (/mur/<token>); the facilitators steer both from
the room's control page."""
from flask import abort, current_app, flash, g, jsonify, make_response, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required
from itsdangerous import BadData, URLSafeSerializer

from .. import links
from ..extensions import db
from ..forms import ActionForm, options
from ..models import WorkshopStatus
from ..security import device_key, post_limit
from ..services import consultations, contributions, guests, room as rooms, votes, workshops
from ..services.errors import DomainError, NotAllowed
from ..services.permissions import access_for, guest_may_take_part
from ..services.text import render_markdown
from ..web import apply_error, found, load_consultation, render_form, require, wants_json
from . import bp
from .forms import ChoiceForm, DotsForm, GuestForm, IdeaForm, MissionChoiceForm, StartVoteForm

# -- the guests' cookie ---------------------------------------------------------------------------
# The guests this phone has been, signed (it cannot be forged), for 30 days: what it posted can be
# claimed by an account created on it. Nothing else is kept about a guest.

GUEST_COOKIE = "concerto_salle"
GUEST_COOKIE_AGE = 30 * 24 * 3600
GUESTS_PER_PHONE = 20


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="room-guests")


def phone_guest_ids() -> list[int]:
    try:
        ids = _serializer().loads(request.cookies.get(GUEST_COOKIE, ""))
    except BadData:
        return []
    return [int(i) for i in ids if isinstance(i, int)][:GUESTS_PER_PHONE] if isinstance(ids, list) else []


def guest_cookie_value(ids: list[int]) -> str:
    """The signed value of the cookie naming these guests (newest first)."""
    return _serializer().dumps(ids[:GUESTS_PER_PHONE])


def _remember_guest(response, guest) -> None:
    ids = [guest.id] + [i for i in phone_guest_ids() if i != guest.id]
    response.set_cookie(GUEST_COOKIE, guest_cookie_value(ids), max_age=GUEST_COOKIE_AGE,
                        httponly=True, samesite="Lax",
                        secure=current_app.config.get("SESSION_COOKIE_SECURE", False))


def _phone_guest(workshop):
    """The guest this phone is in this workshop's room, if any."""
    ids = phone_guest_ids()
    if not ids:
        return None
    return next((g for g in guests.guests_by_id(ids).values() if g.workshop_id == workshop.id), None)


# -- loading --------------------------------------------------------------------------------------

def _by_code(room_code: str):
    """The workshop of a room code, the current user's access, the room and the phone's guest.
    The code is what the room's screen shows: whoever has it may see the room of an open
    workshop, as a join code opens its concertation; a draft workshop stays invisible."""
    workshop = found(workshops.get_by_room_code(room_code))
    consultation = workshop.consultation
    access = access_for(current_user, consultation, consultations.role_of(current_user, consultation))
    if workshop.status == WorkshopStatus.DRAFT and not access.is_facilitator:
        abort(404)
    g.consultation, g.access = consultation, access
    room = rooms.room_of(workshop)
    return access, workshop, room, _phone_guest(workshop)


def _controlled(slug, workshop_id):
    consultation, access = load_consultation(slug)
    workshop = found(workshops.get_workshop(access, workshop_id))
    require(access.can_run_room(workshop))
    return access, workshop


def _voter(access, room, workshop, guest, vote) -> votes.Voter | None:
    if access.can_place_dots(vote):
        return votes.Voter(user_id=access.user_id)
    if guest is not None and guest_may_take_part(room, workshop) and vote.is_open:
        return votes.Voter(guest_id=guest.id)
    return None


# -- the phones -----------------------------------------------------------------------------------

def _mine(access, workshop, guest) -> list:
    if access.is_authenticated:
        return contributions.authored_in(access, workshop)
    return guests.contributions_of([guest.id]) if guest is not None else []


def _render_join(access, workshop, room, guest, form=None, guest_form=None, status=200):
    """The phone's page. `form`: an idea sent and refused, shown again with what was typed (even
    when posting has closed meanwhile: nothing typed is lost)."""
    mission = rooms.current_mission(workshop, room)
    vote = votes.open_vote(workshop)
    claimable = (guests.contributions_of(phone_guest_ids(), unclaimed_only=True)
                 if current_user.is_authenticated else [])
    can_post = access.can_post(workshop, mission) if mission else access.can_post_somewhere(workshop)
    guest_can_post = guest is not None and guest_may_take_part(room, workshop)
    return render_template(
        "room/join.html", workshop=workshop, room=room, mission=mission, guest=guest, join_form=ActionForm(),
        form=form or IdeaForm(formdata=None), guest_form=guest_form or GuestForm(formdata=None),
        vote=vote if vote and (access.is_member or guest_can_post) else None,
        can_post=can_post or (form is not None and access.is_member),
        guest_can_post=guest_can_post or (form is not None and guest is not None),
        guests_open=guest_may_take_part(room, workshop), mine=_mine(access, workshop, guest)[:10],
        claimable=claimable, instructions=render_markdown(mission.instructions) if mission else ""), status


@bp.route("/salle/<room_code>", methods=["GET", "POST"])
@post_limit("RATELIMIT_JOIN")
def join(room_code):
    """A phone in the room: the mission in progress and its form, or how to take part (POST: a
    member of another concertation, logged in, joins this one)."""
    access, workshop, room, guest = _by_code(room_code)
    if request.method == "POST":
        if not current_user.is_authenticated:
            return redirect(url_for("auth.login", next=request.path))
        if not access.is_member and workshop.is_open and ActionForm().validate_on_submit():
            consultations.join(current_user, workshop.consultation)
            db.session.commit()
            flash(_("Vous avez rejoint « %(title)s ». À vous !", title=workshop.consultation.title), "success")
        return redirect(links.room_join_url(workshop))
    return _render_join(access, workshop, room, guest)


@bp.post("/salle/<room_code>/invite")
@post_limit("RATELIMIT_GUEST_JOIN")
def become_guest(room_code):
    access, workshop, room, guest = _by_code(room_code)
    if guest is not None or current_user.is_authenticated:
        return redirect(links.room_join_url(workshop))
    form = GuestForm()
    status = 400
    if form.validate_on_submit():
        try:
            guest = guests.become_guest(room, workshop, form.name.data)
        except DomainError as error:
            apply_error(form, error)
            status = 403 if isinstance(error, NotAllowed) else 400
        else:
            db.session.commit()
            response = redirect(links.room_join_url(workshop, _anchor="idee"))
            _remember_guest(response, guest)
            flash(_("Bienvenue, %(name)s ! Écrivez votre idée.", name=guest.name), "success")
            return response
    return _render_join(access, workshop, room, None, guest_form=form, status=status)


@bp.post("/salle/<room_code>/idee")
@post_limit("RATELIMIT_POST", key_func=device_key)
def post(room_code):
    """An idea from a phone, for the mission in progress: a member's, or a guest's."""
    access, workshop, room, guest = _by_code(room_code)
    if not access.is_member and guest is None:
        if not current_user.is_authenticated:
            return redirect(url_for("auth.login", next=links.room_join_url(workshop)))
        abort(403)
    mission = rooms.current_mission(workshop, room)
    form = IdeaForm()
    status = 400
    if form.validate_on_submit():
        try:
            if access.is_member:
                contribution = contributions.post_contribution(
                    access, workshop, mission, contributions.first_words(form.text.data), form.text.data)
            else:
                contribution = contributions.post_as_guest(access, guest, room, workshop, mission, form.text.data)
        except DomainError as error:
            apply_error(form, error)
            status = 403 if isinstance(error, NotAllowed) else 400
        else:
            db.session.commit()
            message = _("Votre idée « %(title)s » est publiée : elle arrive au mur.", title=contribution.title)
            if wants_json():
                return jsonify(id=contribution.id, message=message)
            flash(message, "success")
            return redirect(links.room_join_url(workshop))
    if wants_json():
        return jsonify(errors=form.errors or {"": form.form_errors}), status
    return _render_join(access, workshop, room, guest, form=form, status=status)


def _render_vote(access, workshop, room, guest, status=200):
    current = votes.open_vote(workshop)
    last = current or next(iter(votes.votes_of(workshop)), None)
    if last is None:
        flash(_("Aucun vote n'est en cours dans cet atelier."), "info")
        return redirect(links.room_join_url(workshop))
    voter = _voter(access, room, workshop, guest, last) if current else None
    mine = votes.dots_of(last, voter) if voter else {}
    cards, tally = rooms.vote_cards(workshop, last)
    return render_template("room/vote.html", workshop=workshop, vote=last, voter=voter, mine=mine, cards=cards,
                           left=last.dots_per_person - sum(mine.values()), tally=tally, form=DotsForm(formdata=None),
                           needs_guest=current is not None and voter is None), status


@bp.get("/salle/<room_code>/gommettes")
def vote(room_code):
    access, workshop, room, guest = _by_code(room_code)
    return _render_vote(access, workshop, room, guest)


@bp.post("/salle/<room_code>/gommettes/<int:contribution_id>")
@post_limit("RATELIMIT_DOTS", key_func=device_key)
def place_dots(room_code, contribution_id):
    """Put a number of one's dots on a contribution (the form says how many: sent twice, it changes
    nothing more)."""
    access, workshop, room, guest = _by_code(room_code)
    contribution = found(contributions.get_in_workshop(workshop, contribution_id))
    current = votes.open_vote(workshop)
    voter = _voter(access, room, workshop, guest, current) if current else None
    if current is not None and voter is None:
        abort(403)
    form = DotsForm()
    if current is None:
        error, status = _("Ce vote est terminé."), 409
    elif not form.validate_on_submit():
        error, status = _("Le nombre de gommettes n'est pas lisible : rechargez la page."), 400
    else:
        try:
            left = votes.set_dots(current, voter, contribution, form.count.data)
        except DomainError as refusal:
            db.session.rollback()
            error, status = str(refusal.message), 409
        else:
            db.session.commit()
            if wants_json():
                return jsonify(count=form.count.data, left=left)
            return redirect(links.room_links(workshop).vote + f"#c{contribution.id}")
    if wants_json():
        return jsonify(error=error), status
    flash(error, "error")
    return _render_vote(access, workshop, room, guest, status)


@bp.post("/salle/<room_code>/rattacher")
@login_required
def claim(room_code):
    access, workshop, room, guest = _by_code(room_code)
    if ActionForm().validate_on_submit():
        claimed = guests.claim(current_user, list(guests.guests_by_id(phone_guest_ids()).values()))
        db.session.commit()
        flash(ngettext("%(num)s idée est désormais rattachée à votre compte.",
                       "%(num)s idées sont désormais rattachées à votre compte.", claimed), "success")
    return redirect(links.room_join_url(workshop))


# -- the wall -------------------------------------------------------------------------------------

def _wall_room(wall_token):
    room = found(rooms.room_by_token(wall_token))
    return room, room.workshop


@bp.get("/mur/<wall_token>")
def wall(wall_token):
    room, workshop = _wall_room(wall_token)
    board = rooms.wall(workshop, room)
    response = make_response(render_template("room/wall.html", wall=board, workshop=workshop, room=room,
                                             join_url=links.room_join_url(workshop, external=True)))
    response.headers["Cache-Control"] = "no-store"
    return response


@bp.get("/mur/<wall_token>/contenu")
def wall_content(wall_token):
    """The wall's content, for its refresh: 304 from one read when nothing changed."""
    version = rooms.wall_version(wall_token)
    if version is None:
        abort(404)
    if request.if_none_match.contains_weak(version):
        response = current_app.response_class(status=304)
    else:
        room, workshop = _wall_room(wall_token)
        board = rooms.wall(workshop, room)
        response = make_response(render_template("room/_wall_content.html", wall=board, workshop=workshop))
    response.set_etag(version, weak=True)
    response.headers["Cache-Control"] = "no-cache"
    return response


# -- the facilitators' controls ---------------------------------------------------------------------

def _back(workshop, anchor=None):
    return redirect(links.room_links(workshop).control + (f"#{anchor}" if anchor else ""))


def _act(workshop, form, action, message, anchor=None):
    """Validate the form, call the service, commit, flash, back to the control page."""
    if form.validate_on_submit():
        try:
            action()
        except DomainError as error:
            db.session.rollback()
            flash(str(error.message), "error")
        else:
            db.session.commit()
            flash(message, "success")
    elif "csrf_token" in form.errors:
        flash(_("La demande a expiré : recommencez."), "error")
    else:
        abort(400)
    return _back(workshop, anchor)


def _mission_choices(workshop, blank=None) -> list:
    return options(((str(m.id), f"{i}. {m.title}") for i, m in enumerate(workshop.missions, 1)), blank)


def _render_control(workshop, vote_form=None):
    room = rooms.room_of(workshop)
    board = rooms.wall(workshop, room, with_removed=True)
    shown = str(board.mission.id) if board.mission else ""
    mission_form = MissionChoiceForm(formdata=None, mission=shown)
    mission_form.mission.choices = _mission_choices(workshop)
    all_votes = votes.votes_of(workshop)
    if vote_form is None:
        vote_form = StartVoteForm(formdata=None, mission=shown)
        vote_form.mission.choices = _mission_choices(workshop, blank=_("Choisissez une mission"))
    return render_form("room/control.html", vote_form, workshop=workshop, room=room, wall=board,
                       action_form=ActionForm(), mission_form=mission_form, vote_form=vote_form,
                       open_vote=next((v for v in all_votes if v.is_open), None), all_votes=all_votes,
                       join_url=links.room_join_url(workshop, external=True),
                       wall_link=links.wall_url(room, external=True) if room and room.wall_token else None)


@bp.get("/c/<slug>/ateliers/<int:workshop_id>/salle")
@login_required
def control(slug, workshop_id):
    access, workshop = _controlled(slug, workshop_id)
    return _render_control(workshop)


@bp.post("/c/<slug>/ateliers/<int:workshop_id>/salle/mur")
@login_required
def wall_link(slug, workshop_id):
    access, workshop = _controlled(slug, workshop_id)
    form = ChoiceForm()
    if form.action.data == "revoquer":
        return _act(workshop, form, lambda: rooms.revoke_wall_link(access, workshop),
                    _("Le lien du mur est révoqué : l'écran qui l'affichait ne montre plus rien."), "mur")
    return _act(workshop, form, lambda: rooms.create_wall_link(access, workshop),
                _("Le lien du mur est prêt : ouvrez-le sur l'ordinateur du vidéoprojecteur."), "mur")


@bp.post("/c/<slug>/ateliers/<int:workshop_id>/salle/invites")
@login_required
def guests_control(slug, workshop_id):
    access, workshop = _controlled(slug, workshop_id)
    form = ChoiceForm()
    opening = form.action.data == "ouvrir"
    return _act(workshop, form, lambda: rooms.set_guests_open(access, workshop, opening),
                _("La participation sans compte est ouverte.") if opening
                else _("La participation sans compte est fermée."), "invites")


@bp.post("/c/<slug>/ateliers/<int:workshop_id>/salle/mission")
@login_required
def show_mission(slug, workshop_id):
    access, workshop = _controlled(slug, workshop_id)
    form = MissionChoiceForm()
    form.mission.choices = _mission_choices(workshop)
    mission = workshops.get_mission(workshop, int(form.mission.data)) if (form.mission.data or "").isdigit() else None
    return _act(workshop, form, lambda: rooms.show_mission(access, workshop, mission),
                _("Le mur affiche maintenant « %(title)s ».", title=mission.title if mission else workshop.title),
                "affichage")


@bp.post("/c/<slug>/ateliers/<int:workshop_id>/salle/pause")
@login_required
def pause(slug, workshop_id):
    access, workshop = _controlled(slug, workshop_id)
    form = ChoiceForm()
    pausing = form.action.data == "pause"
    return _act(workshop, form, lambda: rooms.set_paused(access, workshop, pausing),
                _("Le mur est en pause : les nouvelles idées attendent.") if pausing
                else _("Le mur suit de nouveau les idées."), "affichage")


WALL_ITEM_ACTIONS = {
    "avant": (lambda access, w, c: rooms.highlight(access, w, c), _("Idée mise en avant au mur.")),
    "normal": (lambda access, w, c: rooms.highlight(access, w, None), _("Plus aucune idée n'est mise en avant.")),
    "retirer": (lambda access, w, c: rooms.set_on_wall(access, w, c, False),
                _("Idée retirée du mur : elle reste sur le site.")),
    "remettre": (lambda access, w, c: rooms.set_on_wall(access, w, c, True), _("Idée remise au mur.")),
}


@bp.post("/c/<slug>/ateliers/<int:workshop_id>/salle/contributions/<int:contribution_id>")
@login_required
def wall_item(slug, workshop_id, contribution_id):
    access, workshop = _controlled(slug, workshop_id)
    contribution = found(contributions.get_contribution(access, contribution_id, for_page=False))
    form = ChoiceForm()
    action, message = WALL_ITEM_ACTIONS.get(form.action.data, (None, None))
    if action is None:
        abort(400)
    return _act(workshop, form, lambda: action(access, workshop, contribution), str(message), f"c{contribution.id}")


@bp.post("/c/<slug>/ateliers/<int:workshop_id>/salle/vote")
@login_required
def start_vote(slug, workshop_id):
    access, workshop = _controlled(slug, workshop_id)
    form = StartVoteForm()
    form.mission.choices = _mission_choices(workshop, blank=_("Choisissez une mission"))
    if form.validate_on_submit():
        try:
            votes.start_vote(access, workshop, workshops.get_mission(workshop, int(form.mission.data)),
                             form.dots.data, form.stacking.data)
        except DomainError as error:
            db.session.rollback()
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("Le vote est ouvert : le mur montre sa mission, chacun place ses gommettes depuis son téléphone."), "success")
            return _back(workshop, "vote")
    return _render_control(workshop, form)


@bp.post("/c/<slug>/ateliers/<int:workshop_id>/salle/vote/<int:vote_id>/fin")
@login_required
def close_vote(slug, workshop_id, vote_id):
    access, workshop = _controlled(slug, workshop_id)
    current = found(votes.get_vote(workshop, vote_id))
    return _act(workshop, ActionForm(), lambda: votes.close_vote(access, current),
                _("Le vote est terminé : son résultat est gardé avec l'atelier."), "vote")


@bp.get("/c/<slug>/ateliers/<int:workshop_id>/votes/<int:vote_id>")
def vote_result(slug, workshop_id, vote_id):
    """A dot vote's result, kept with its workshop: whoever sees the workshop sees it."""
    consultation, access = load_consultation(slug)
    workshop = found(workshops.get_workshop(access, workshop_id))
    current = found(votes.get_vote(workshop, vote_id))
    cards, tally = rooms.vote_cards(workshop, current)
    return render_template("room/vote_result.html", workshop=workshop, vote=current, cards=cards, tally=tally)
