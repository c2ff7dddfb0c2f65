from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from .. import labels
from ..forms import CheckboxListField, Form, label_options, required
from ..services.contributions import BODY_MAX, TITLE_MAX
from ..services.discussion import COMMENT_MAX
from ..services.lifecycle import ANSWER_MAX, REASON_MAX
from ..services.moderation import FLAG_TEXT_MAX


class ContributionForm(Form):
    mission = SelectField(_l("Mission"), coerce=str, validators=[Optional()], validate_choice=True)
    title = StringField(_l("Titre"), validators=[
        required(), Length(max=TITLE_MAX, message=_l("%(max)s caractères au plus.", max=TITLE_MAX))])
    body = TextAreaField(_l("Votre idée"), validators=[
        Optional(), Length(max=BODY_MAX, message=_l("%(max)s caractères au plus.", max=BODY_MAX))])
    themes = CheckboxListField(_l("Thèmes"), coerce=int, validate_choice=True)


class CommentForm(Form):
    parent_id = HiddenField()
    body = TextAreaField(_l("Votre commentaire"), validators=[
        required(), Length(max=COMMENT_MAX, message=_l("%(max)s caractères au plus.", max=COMMENT_MAX))])


class ReasonForm(Form):
    reason = TextAreaField(_l("Raison, montrée à l'auteur et aux lecteurs"), validators=[
        required(), Length(max=REASON_MAX, message=_l("%(max)s caractères au plus.", max=REASON_MAX))])


class AnswerForm(Form):
    outcome = RadioField(_l("Ce que devient la contribution"), validators=[required()])
    template = SelectField(_l("Partir d'un modèle de réponse"), validators=[Optional()], validate_choice=False)
    # Required or not by the transition table (the service says which): an answer "à l'étude" may be empty.
    answer = TextAreaField(_l("Réponse publique"), validators=[
        Length(max=ANSWER_MAX, message=_l("%(max)s caractères au plus.", max=ANSWER_MAX))])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.outcome.choices = label_options(labels.OUTCOME_CHOICES)


class FlagForm(Form):
    reason = RadioField(_l("Qu'est-ce qui pose problème ?"), validators=[required()])
    text = TextAreaField(_l("Précisez"), validators=[
        Length(max=FLAG_TEXT_MAX, message=_l("%(max)s caractères au plus.", max=FLAG_TEXT_MAX))])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.reason.choices = label_options(labels.FLAG_REASONS)
