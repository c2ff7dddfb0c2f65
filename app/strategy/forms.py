from flask_babel import lazy_gettext as _l
from wtforms import IntegerField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, NumberRange, Optional

from ..forms import CheckboxListField, Form, input_required, options, required
from ..services.lifecycle import REASON_MAX
from ..services.strategy import (
    CAUSE_MAX,
    INDICATOR_NAME_MAX,
    LABEL_MAX,
    MEANS_MAX,
    NAME_MAX,
    NOTE_MAX,
    ORIGIN_MAX,
    STRATEGY_TITLE_MAX,
    TEXT_MAX,
    TITLE_MAX,
    UNIT_MAX,
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


class FollowUpForm(Form):
    """An action's state in one year, with its dated note."""
    year = SelectField(_l("Année"), coerce=int)  # one of the plan's years (checked against the choices)
    state = RadioField(_l("État de l'action cette année-là"), validators=[required()])
    cause = StringField(_l("Quelle cause extérieure ?"), validators=[_max(CAUSE_MAX)])
    postponed_to = SelectField(_l("Reportée à quelle année ?"), validators=[Optional()],
                               coerce=lambda v: int(v) if v not in (None, "") else None, validate_choice=False)
    note = TextAreaField(_l("Note de suivi"), validators=[_max(NOTE_MAX)])


class IndicatorForm(Form):
    """A new indicator of an action (its values are typed in the table beside it)."""
    name = StringField(_l("Nom de l'indicateur"), validators=[Optional(), _max(INDICATOR_NAME_MAX)])
    unit = StringField(_l("Unité"), validators=[Optional(), _max(UNIT_MAX)])
    baseline = StringField(_l("Valeur de référence"), validators=[Optional(), _max(30)])
    target = StringField(_l("Cible"), validators=[Optional(), _max(30)])


class PromoteForm(Form):
    """Contributions into a new action (pre-filled from them) or into an existing one."""
    ids = CheckboxListField(_l("Contributions retenues"), coerce=int, validate_choice=False)
    mode = RadioField(_l("Où les retenir"), default="new", validators=[required()],
                      choices=lambda: options([("new", _l("Dans une nouvelle action")),
                                               ("existing", _l("Dans une action existante"))]))
    parent = SelectField(_l("Objectif de la nouvelle action"), validators=[Optional()],
                         coerce=lambda v: int(v) if v not in (None, "") else None, validate_choice=False)
    title = StringField(_l("Intitulé de la nouvelle action"), validators=[Optional(), _max(TITLE_MAX)])
    description = TextAreaField(_l("Description"), validators=[_max(TEXT_MAX)])
    action = SelectField(_l("Action"), validators=[Optional()],
                         coerce=lambda v: int(v) if v not in (None, "") else None, validate_choice=False)
    note = TextAreaField(_l("Note"), validators=[_max(REASON_MAX)])


class DetachForm(Form):
    reason = TextAreaField(_l("Pourquoi la détacher"), validators=[required(), _max(REASON_MAX)])
