from flask_babel import lazy_gettext as _l
from wtforms import RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from ..forms import Form, options, readable, required
from ..services.dates import parse_date
from ..services.lifecycle import REASON_MAX
from ..services.moderation import HIDE, KEEP


class DecisionForm(Form):
    decision = RadioField(_l("Votre décision"), validators=[required()])
    reason = TextAreaField(_l("Raison, montrée à l'auteur et aux lecteurs"), validators=[
        required(), Length(max=REASON_MAX, message=_l("%(max)s caractères au plus.", max=REASON_MAX))])

    def __init__(self, *args, hidden: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.decision.choices = options([
            (HIDE, _l("Maintenir le masquage") if hidden else _l("Masquer")),
            (KEEP, _l("Rétablir : rien ne justifie de le masquer") if hidden else _l("Conserver : rien ne justifie "
                                                                                     "de le masquer")),
        ])


class AuditFilterForm(Form):
    """The audit log's filters: a GET form (it changes nothing, no CSRF token)."""

    class Meta:
        csrf = False

    type = SelectField(_l("Type"), validators=[Optional()], validate_choice=False)
    par = SelectField(_l("Par"), validators=[Optional()], validate_choice=False)
    du = StringField(_l("Du"), validators=[Optional(), readable(parse_date)], render_kw={"autocomplete": "off"})
    au = StringField(_l("Au"), validators=[Optional(), readable(parse_date)], render_kw={"autocomplete": "off"})
