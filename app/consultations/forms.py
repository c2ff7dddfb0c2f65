from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, IntegerField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, NumberRange, Optional

from .. import labels
from ..forms import Form, label_options, required


class ConsultationForm(Form):
    title = StringField(_l("Titre"), validators=[required(), Length(max=160)])
    territory = StringField(_l("Territoire"), validators=[Optional(), Length(max=120)])
    description = TextAreaField(_l("Présentation"), validators=[Optional(), Length(max=20000)])
    visibility = RadioField(_l("Visibilité"), choices=lambda: label_options(labels.VISIBILITIES),
                            default="public", validators=[required()])
    join_code = StringField(_l("Code pour rejoindre"), validators=[Optional(), Length(max=32)])
    flag_threshold = IntegerField(
        _l("Masquer ce que ce nombre de membres signalent"), default=3,
        validators=[Optional(), NumberRange(min=0, max=50, message=_l("Un nombre de 0 à %(max)s.", max=50))])


class RoleForm(Form):
    role = SelectField(_l("Rôle"), choices=lambda: label_options(labels.ROLES),
                       validators=[required()])


class ThemeForm(Form):
    name = StringField(_l("Nom du thème"), validators=[required(), Length(max=60)])


class DirectoryFilterForm(Form):
    class Meta:
        csrf = False

    secteur = SelectField(_l("Secteur"), validators=[Optional()],
                          choices=lambda: label_options(labels.SECTORS, blank=_l("Tous les secteurs")))


class MembersFilterForm(Form):
    class Meta:
        csrf = False

    q = StringField(_l("Nom ou structure"), validators=[Optional(), Length(max=80)])
    role = SelectField(_l("Rôle"), validators=[Optional()],
                       choices=lambda: label_options(labels.ROLES, blank=_l("Tous les rôles")))


class JoinForm(Form):
    next = HiddenField()
