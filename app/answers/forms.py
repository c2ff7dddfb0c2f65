from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from .. import labels
from ..forms import CheckboxListField, Form, label_options, required
from ..services.answers import TEMPLATE_TITLE_MAX
from ..services.lifecycle import ANSWER_MAX, REASON_MAX


class TemplateForm(Form):
    title = StringField(_l("Nom du modèle"), validators=[
        required(), Length(max=TEMPLATE_TITLE_MAX, message=_l("%(max)s caractères au plus.", max=TEMPLATE_TITLE_MAX))])
    outcome = RadioField(_l("Ce que devient la contribution"), validators=[required()])
    body = TextAreaField(_l("Texte de la réponse"), validators=[
        Length(max=ANSWER_MAX, message=_l("%(max)s caractères au plus.", max=ANSWER_MAX))])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.outcome.choices = label_options(labels.OUTCOME_CHOICES)


class BulkAnswerForm(Form):
    # A number that is no longer offered (undone, another consultation's) is left out, not refused.
    ids = CheckboxListField(_l("Contributions qui reçoivent la réponse"), coerce=int, validate_choice=False)
    outcome = RadioField(_l("Ce que deviennent ces contributions"), validators=[required()])
    answer = TextAreaField(_l("Réponse publique, la même pour chacune"), validators=[
        Length(max=ANSWER_MAX, message=_l("%(max)s caractères au plus.", max=ANSWER_MAX))])
    next = HiddenField()

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.outcome.choices = label_options(labels.OUTCOME_CHOICES)


class MergeForm(Form):
    ids = CheckboxListField(_l("Contributions à fusionner"), coerce=int, validate_choice=False)
    target = RadioField(_l("Celle qui les reçoit et continue"), validators=[Optional()], validate_choice=False)
    target_number = StringField(_l("Ou le numéro d'une autre contribution"), validators=[
        Optional(), Length(max=12)])
    note = TextAreaField(_l("Pourquoi (montré sur les pages des contributions)"), validators=[
        Length(max=REASON_MAX, message=_l("%(max)s caractères au plus.", max=REASON_MAX))])
    confirmed = HiddenField()
    next = HiddenField()


class TemplateChoiceForm(Form):
    """The GET form that fills the answer from a template (no CSRF: it changes nothing)."""

    class Meta:
        csrf = False

    modele = SelectField(_l("Partir d'un modèle de réponse"), validators=[Optional()], validate_choice=False)
