from flask_babel import lazy_gettext as _l
from wtforms import IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, NumberRange, Optional

from ..forms import Form, input_required, required
from ..services.strategy import (
    LABEL_MAX,
    MEANS_MAX,
    NAME_MAX,
    ORIGIN_MAX,
    STRATEGY_TITLE_MAX,
    TEXT_MAX,
    TITLE_MAX,
    YEAR_MAX,
    YEAR_MIN,
)


def _max(n):
    return Length(max=n, message=_l("%(max)s caractères au plus.", max=n))


def _year(label):
    return IntegerField(label, validators=[input_required(), NumberRange(
        min=YEAR_MIN, max=YEAR_MAX, message=_l("Une année entre %(min)s et %(max)s."))])


class SettingsForm(Form):
    title = StringField(_l("Titre de la stratégie"), validators=[required(), _max(STRATEGY_TITLE_MAX)])
    introduction = TextAreaField(_l("Introduction"), validators=[_max(TEXT_MAX)])
    first_year = _year(_l("Première année du plan"))
    last_year = _year(_l("Dernière année du plan"))
    priority_label = StringField(_l("Nom du premier niveau"), validators=[_max(LABEL_MAX)])
    axis_label = StringField(_l("Nom du niveau des axes"), validators=[required(), _max(LABEL_MAX)])
    objective_label = StringField(_l("Nom du niveau des objectifs"), validators=[required(), _max(LABEL_MAX)])
    action_label = StringField(_l("Nom du niveau des actions"), validators=[required(), _max(LABEL_MAX)])


class LevelForm(Form):
    """An enjeu, an axis or an objective: its parent (the level above), title and text."""
    parent = SelectField(validators=[Optional()], coerce=lambda v: int(v) if v not in (None, "") else None,
                         validate_choice=False)
    title = StringField(_l("Intitulé"), validators=[required(), _max(TITLE_MAX)])
    description = TextAreaField(validators=[_max(TEXT_MAX)])


class ActionEditForm(Form):
    parent = SelectField(validators=[Optional()], coerce=lambda v: int(v) if v not in (None, "") else None,
                         validate_choice=False)
    title = StringField(_l("Intitulé de l'action"), validators=[required(), _max(TITLE_MAX)])
    description = TextAreaField(_l("Description"), validators=[_max(TEXT_MAX)])
    means = StringField(_l("Engagement, outils ou moyens"), validators=[_max(MEANS_MAX)])
    owner = StringField(_l("Maîtrise d'ouvrage"), validators=[_max(NAME_MAX)])
    operator = StringField(_l("Maîtrise d'œuvre"), validators=[_max(NAME_MAX)])
    partners = StringField(_l("Partenaires"), validators=[_max(3000)])
    remarks = TextAreaField(_l("Remarques"), validators=[_max(TEXT_MAX)])
    origin = StringField(_l("Origine"), validators=[_max(ORIGIN_MAX)])
