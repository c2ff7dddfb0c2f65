"""The notification centre, and how each person wants their notifications by e-mail (from their
account, or from the signed link of every e-mail, without logging in)."""
from flask import abort, flash, redirect, render_template, request
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user, login_required

from .. import links
from ..extensions import csrf, db
from ..forms import ActionForm
from ..models import EmailFrequency
from ..services import digests, notifications
from ..web import render_form, submit
from . import bp
from .forms import FrequencyForm


@bp.get("/notifications")
@login_required
def index():
    page = notifications.page(current_user, after=request.args.get("apres"), before=request.args.get("avant"))
    return render_template("notifications/index.html", page=page,
                           notices=[digests.describe(n) for n in page.items], form=ActionForm(),
                           frequency=digests.FREQUENCIES[current_user.email_frequency])


@bp.post("/notifications/lues")
@login_required
def mark_read():
    """Mark the notifications given (ids) as read, or all of them (tout=1)."""
    if ActionForm().validate_on_submit():
        every = request.form.get("tout") == "1"
        changed = notifications.mark_read(current_user, None if every else request.form.getlist("ids"))
        db.session.commit()
        if every:
            flash(ngettext("%(num)s notification marquée comme lue.", "%(num)s notifications marquées comme lues.",
                           changed) if changed else _("Tout était déjà lu."), "success")
    else:
        abort(400)
    return redirect(links.notifications_url(apres=request.form.get("apres") or None))


@bp.route("/notifications/preferences", methods=["GET", "POST"])
@login_required
def preferences():
    form = FrequencyForm()
    if request.method == "GET":
        form.email_frequency.data = current_user.email_frequency.value
    done = submit(form, lambda: notifications.set_frequency(current_user, form.email_frequency.data),
                  _("Vos préférences sont enregistrées."), lambda _: links.notifications_url())
    return done or render_form("notifications/preferences.html", form, token=None)


class _TokenFrequencyForm(FrequencyForm):
    """The same choice on the page reached from an e-mail: the signed token of its address
    authorises it, in place of a CSRF token (mail software posts the one-click unsubscribe)."""

    class Meta:
        csrf = False


@bp.route("/e-mails/<token>", methods=["GET", "POST"])
@csrf.exempt  # the one declared exemption: the signed token authorises (RFC 8058 one-click POST)
def email_preferences(token):
    user = notifications.user_for_token(token)
    if user is None:
        abort(404)
    if request.method == "POST" and request.form.get("List-Unsubscribe") == "One-Click":
        notifications.set_frequency(user, EmailFrequency.NEVER)
        db.session.commit()
        return _("Vous ne recevrez plus d'e-mails de Concerto."), 200, {"Content-Type": "text/plain; charset=utf-8"}
    form = _TokenFrequencyForm()
    if request.method == "GET":
        form.email_frequency.data = user.email_frequency.value
    done = submit(form, lambda: notifications.set_frequency(user, form.email_frequency.data),
                  lambda changed: _("C'est enregistré : %(choice)s.", choice=digests.FREQUENCIES[user.email_frequency]),
                  lambda _: links.email_preferences_url(token, external=False))
    return done or render_form("notifications/preferences.html", form, token=token, person=user)
