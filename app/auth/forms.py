from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, EmailField, PasswordField, SelectField, StringField
from wtforms.validators import Email, EqualTo, Length, Optional

from .. import labels
from ..forms import Form, label_options, required
from ..services.accounts import MIN_PASSWORD_LENGTH

EMAIL_INVALID = _l("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.")


def sector_choices():
    return label_options(labels.SECTORS, blank=_l("Choisir un secteur"))


def _strip(value):
    return value.strip() if isinstance(value, str) else value


def _email():
    return EmailField(_l("Adresse e-mail"), filters=[_strip],
                      validators=[required(), Email(message=EMAIL_INVALID), Length(max=254)])


def _new_password(label=_l("Mot de passe")):
    return PasswordField(label, validators=[
        required(),
        Length(min=MIN_PASSWORD_LENGTH, max=200,
               message=_l("Le mot de passe doit comporter au moins %(n)s caractères.", n=MIN_PASSWORD_LENGTH)),
    ])


def _confirm():
    return PasswordField(_l("Confirmez le mot de passe"), validators=[
        required(), EqualTo("password", message=_l("Les deux mots de passe ne sont pas identiques.")),
    ])


def _display_name():
    return StringField(_l("Nom affiché"), validators=[required(), Length(max=80)])


def _organisation():
    return StringField(_l("Structure ou organisation"), validators=[Optional(), Length(max=120)])


def _sector():
    return SelectField(_l("Secteur d'activité"), choices=sector_choices, validators=[required()])


def _commune():
    return StringField(_l("Commune"), validators=[Optional(), Length(max=80)])


# Fields are declared in the order of the page, so that the error summary follows it too.
class RegisterForm(Form):
    email = _email()
    display_name = _display_name()
    organisation = _organisation()
    sector = _sector()
    commune = _commune()
    password = _new_password()
    password_confirm = _confirm()


class ProfileForm(Form):
    display_name = _display_name()
    organisation = _organisation()
    sector = _sector()
    commune = _commune()
    show_in_directory = BooleanField(_l("Apparaître dans le « qui est qui » des concertations dont je suis membre"))


class LoginForm(Form):
    email = _email()
    password = PasswordField(_l("Mot de passe"), validators=[required(), Length(max=200)])
    remember = BooleanField(_l("Rester connecté·e sur cet appareil"))


class ChangePasswordForm(Form):
    current_password = PasswordField(_l("Mot de passe actuel"), validators=[required(), Length(max=200)])
    password = _new_password(_l("Nouveau mot de passe"))
    password_confirm = _confirm()


class ForgotPasswordForm(Form):
    email = _email()


class ResetPasswordForm(Form):
    password = _new_password(_l("Nouveau mot de passe"))
    password_confirm = _confirm()


class DeleteAccountForm(Form):
    password = PasswordField(_l("Votre mot de passe, pour confirmer"), validators=[required(), Length(max=200)])
    withdraw = BooleanField(_l("Retirer aussi mes contributions et mes commentaires"))
