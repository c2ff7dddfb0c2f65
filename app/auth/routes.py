from flask import flash, jsonify, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user, login_required, login_user, logout_user

from .. import links
from ..extensions import db
from ..security import failed_login, login_account_key, post_limit
from ..forms import ActionForm
from ..models.base import utcnow
from ..services import accounts, consultations, privacy
from ..services.errors import DomainError
from ..web import apply_error, join_code_in, redirect_next, render_form, safe_next
from . import bp
from .forms import ChangePasswordForm, DeleteAccountForm, ForgotPasswordForm, LoginForm, ProfileForm, RegisterForm, ResetPasswordForm


@bp.route("/inscription", methods=["GET", "POST"])
@post_limit("RATELIMIT_REGISTER")
def register():
    if current_user.is_authenticated:
        return redirect_next()
    form = RegisterForm()
    if form.validate_on_submit():
        try:
            user = accounts.register(
                email=form.email.data, display_name=form.display_name.data, password=form.password.data,
                organisation=form.organisation.data, sector=form.sector.data, commune=form.commune.data,
                login_url=url_for("auth.login", _external=True),
                reset_url=url_for("auth.forgot_password", _external=True),
            )
        except DomainError as error:
            apply_error(form, error)
        else:
            target = safe_next(request.values.get("next"), "")
            if user is None:
                # The address already had an account: its owner gets an e-mail, and the form answers
                # as for a new account, without logging anyone in.
                db.session.commit()
                flash(_("Votre compte est prêt : connectez-vous avec votre adresse et le mot de passe choisi."),
                      "success")
                return redirect(url_for("auth.login", email=form.email.data, next=target or None))
            joined = _join_from(target, user)
            db.session.commit()
            login_user(user)
            if joined is not None:
                flash(_("Bienvenue ! Votre compte est créé et vous avez rejoint « %(title)s ».", title=joined.title),
                      "success")
                return redirect(links.consultation_url(joined))
            flash(_("Bienvenue ! Votre compte est créé et vous êtes connecté·e."), "success")
            return redirect(target or url_for("main.home"))
    return render_form("auth/register.html", form, next=safe_next(request.values.get("next"), ""))


def _join_from(target: str, user):
    """The consultation whose invitation (/j/<code>) sent the newcomer to register, joined; else None."""
    code = join_code_in(target)
    consultation = consultations.find_by_code(code) if code else None
    if consultation is not None:
        consultations.join(user, consultation)
    return consultation


@bp.route("/connexion", methods=["GET", "POST"])
@post_limit("RATELIMIT_LOGIN")
@post_limit("RATELIMIT_LOGIN_FAILED", scope="login-failed", deduct_when=failed_login)
@post_limit("RATELIMIT_LOGIN_ACCOUNT", key_func=login_account_key, deduct_when=failed_login)
def login():
    if current_user.is_authenticated:
        return redirect_next()
    form = LoginForm()
    if request.method == "GET" and request.args.get("email"):
        form.email.data = request.args["email"][:254]
    if form.validate_on_submit():
        user = accounts.authenticate(form.email.data, form.password.data)
        if user is not None:
            db.session.commit()
            login_user(user, remember=form.remember.data)
            flash(_("Vous êtes connecté·e."), "success")
            return redirect_next()
        form.form_errors.append(_("Adresse e-mail ou mot de passe incorrect."))
    return render_form("auth/login.html", form, next=safe_next(request.values.get("next"), ""))


@bp.post("/deconnexion")
@login_required
def logout():
    if ActionForm().validate_on_submit():
        logout_user()
        flash(_("Vous êtes déconnecté·e. À bientôt !"), "success")
    return redirect(url_for("main.home"))


@bp.route("/profil", methods=["GET", "POST"])
@login_required
def profile():
    form = ProfileForm(obj=current_user)
    if form.validate_on_submit():
        accounts.update_profile(current_user, form.display_name.data, form.organisation.data,
                                form.sector.data, form.commune.data, form.show_in_directory.data)
        db.session.commit()
        flash(_("Votre profil est enregistré."), "success")
        return redirect(url_for("auth.profile"))
    return render_form("auth/profile.html", form)


@bp.route("/mot-de-passe", methods=["GET", "POST"])
@login_required
def change_password():
    form = ChangePasswordForm()
    if form.validate_on_submit():
        try:
            accounts.change_password(current_user, form.current_password.data, form.password.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            # The session follows the new password; other devices are logged out.
            login_user(current_user._get_current_object())
            flash(_("Votre mot de passe est changé. Vos autres appareils sont déconnectés."), "success")
            return redirect(url_for("auth.profile"))
    return render_form("auth/change_password.html", form)


@bp.route("/mot-de-passe-oublie", methods=["GET", "POST"])
@post_limit("RATELIMIT_RESET")
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        accounts.request_password_reset(form.email.data, links.password_reset_url)
        db.session.commit()
        return render_template("auth/reset_sent.html", email=form.email.data)
    return render_form("auth/forgot_password.html", form)


@bp.route("/reinitialiser/<token>", methods=["GET", "POST"])
@post_limit("RATELIMIT_RESET")
def reset_password(token):
    user = accounts.user_for_reset_token(token)
    if user is None:
        return render_template("auth/reset_invalid.html"), 400
    form = ResetPasswordForm()
    if form.validate_on_submit():
        try:
            accounts.reset_password(user, form.password.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            flash(_("Votre mot de passe est changé. Connectez-vous avec le nouveau."), "success")
            return redirect(url_for("auth.login"))
    return render_form("auth/reset_password.html", form, token=token)


@bp.get("/mes-donnees")
@login_required
def my_data():
    """Everything held about the current user, as a JSON file to download."""
    data = privacy.export_data(current_user)
    response = jsonify(data)
    stamp = utcnow().strftime("%Y-%m-%d")
    response.headers["Content-Disposition"] = f'attachment; filename="concerto-mes-donnees-{stamp}.json"'
    return response


@bp.route("/supprimer", methods=["GET", "POST"])
@login_required
def delete_account():
    form = DeleteAccountForm()
    if form.validate_on_submit():
        try:
            privacy.delete_account(current_user._get_current_object(), form.password.data, form.withdraw.data)
        except DomainError as error:
            apply_error(form, error)
        else:
            db.session.commit()
            logout_user()
            flash(_("Votre compte est supprimé. Merci pour votre participation."), "success")
            return redirect(url_for("main.home"))
    return render_form("auth/delete_account.html", form)
