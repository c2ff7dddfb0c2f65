from datetime import datetime

from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, DateField, RadioField, StringField, TextAreaField, TimeField
from wtforms.validators import Length, Optional

from .. import labels
from ..forms import CheckboxListField, Form, label_options, required


class WorkshopForm(Form):
    title = StringField(_l("Titre de l'atelier"), validators=[required(), Length(max=160)])
    date = DateField(_l("Date"), validators=[Optional()],
                     render_kw={"autocomplete": "off"})
    time = TimeField(_l("Heure de début"), validators=[Optional()])
    place = StringField(_l("Lieu"), validators=[Optional(), Length(max=160)])
    description = TextAreaField(_l("Présentation"), validators=[Optional(), Length(max=20000)])
    status = RadioField(_l("État"), default="draft", validators=[required()],
                        choices=lambda: label_options(labels.WORKSHOP_STATUSES))

    def starts_at(self) -> datetime | None:
        if not self.date.data:
            return None
        return datetime.combine(self.date.data, self.time.data or datetime.min.time())

    def fill_from(self, workshop) -> None:
        if workshop.starts_at:
            self.date.data = workshop.starts_at.date()
            self.time.data = workshop.starts_at.time() if workshop.starts_at.time() != datetime.min.time() else None


class MissionForm(Form):
    title = StringField(_l("Intitulé de la mission"), validators=[required(), Length(max=200)])
    instructions = TextAreaField(_l("Consigne"), validators=[Optional(), Length(max=20000)])
    is_open = BooleanField(_l("Ouverte aux contributions"), default=True)


class AttendanceForm(Form):
    attendees = CheckboxListField(_l("Personnes présentes"), coerce=int, validate_choice=True)
