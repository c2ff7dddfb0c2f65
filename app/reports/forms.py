from flask_babel import lazy_gettext as _l
from flask_wtf.file import FileField, FileRequired
from wtforms import RadioField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, Optional

from .. import labels
from ..forms import Form, label_options, required
from ..services.reports import AUTHORS_MAX, BODY_MAX, TITLE_MAX


class ReportForm(Form):
    title = StringField(_l("Titre"), validators=[required(), Length(max=TITLE_MAX)])
    authors = StringField(_l("Rédaction"), validators=[Optional(), Length(max=AUTHORS_MAX)])
    body = TextAreaField(_l("Texte"), validators=[Optional(), Length(max=BODY_MAX)])


class NewReportForm(ReportForm):
    kind = RadioField(_l("Type de document"), default="minutes", validators=[required()],
                      choices=lambda: label_options(labels.REPORT_KINDS))
    workshop = SelectField(_l("Sujet"), coerce=str, validators=[Optional()], validate_choice=True)


class AttachmentForm(Form):
    file = FileField(_l("Fichier à joindre"), validators=[FileRequired(message=_l("Choisissez un fichier."))])
