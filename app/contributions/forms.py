from flask_babel import lazy_gettext as _l
from wtforms import HiddenField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from ..forms import CheckboxListField, Form, required
from ..services.contributions import BODY_MAX, TITLE_MAX
from ..services.discussion import COMMENT_MAX, REASON_MAX


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
