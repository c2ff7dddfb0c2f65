from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, FieldList, FormField, RadioField, SelectField, StringField, TextAreaField
from wtforms import Form as PlainForm
from wtforms.validators import Length, Optional, ValidationError

from .. import labels
from ..forms import CheckboxListField, ConfirmImportForm, Form, UploadForm, label_options, readable, required  # noqa: F401
from ..services.contributions import AUTHOR_NAME_MAX, BODY_MAX, GROUP_MAX
from ..services.contributions import TITLE_MAX as TITLE_MAX_CONTRIBUTION
from ..services.dates import format_day, format_time, parse_date, parse_time
from ..services.workshops import MISSION_TITLE_MAX, PLACE_MAX, TITLE_MAX, MissionDraft

MISSION_ROWS = 3  # empty mission rows offered by the creation form; "Ajouter une ligne" adds one


class MissionRowForm(PlainForm):
    """One mission of the creation form (no CSRF token of its own: the workshop form carries it)."""
    title = StringField(_l("Intitulé"), validators=[Optional(), Length(max=MISSION_TITLE_MAX)])
    instructions = TextAreaField(_l("Consigne"), validators=[Optional(), Length(max=20000)])


class WorkshopForm(Form):
    title = StringField(_l("Titre de l'atelier"), validators=[required(), Length(max=TITLE_MAX)])
    date = StringField(_l("Date"), validators=[Optional(), readable(parse_date)],
                       render_kw={"autocomplete": "off", "data-date-picker": "",
                                  "data-picker-label": _l("Calendrier")})
    time = StringField(_l("Heure de début"), validators=[Optional(), readable(parse_time)],
                       render_kw={"autocomplete": "off"})
    place = StringField(_l("Lieu"), validators=[Optional(), Length(max=PLACE_MAX)])
    description = TextAreaField(_l("Présentation"), validators=[Optional(), Length(max=20000)])
    status = RadioField(_l("État"), default="draft", validators=[required()],
                        choices=lambda: label_options(labels.WORKSHOP_STATUSES))

    def starts_on(self):
        return getattr(self.date, "parsed", None) if self.date.data else None

    def start_time(self):
        return getattr(self.time, "parsed", None) if self.time.data else None

    def fill_from(self, workshop) -> None:
        self.date.data = format_day(workshop.starts_on)
        self.time.data = format_time(workshop.start_time)


class NewWorkshopForm(WorkshopForm):
    """The workshop and its missions in one form, the missions as rows."""
    missions = FieldList(FormField(MissionRowForm), _l("Mission"), min_entries=MISSION_ROWS, max_entries=40)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.label_rows()

    def add_row(self) -> None:
        self.missions.append_entry()
        self.label_rows()

    def label_rows(self) -> None:
        """Each row's labels say which mission they belong to (read alone by a screen reader)."""
        for number, row in enumerate(self.missions, start=1):
            row.form.title.label.text = _l("Mission %(n)s : intitulé", n=number)
            row.form.instructions.label.text = _l("Mission %(n)s : consigne", n=number)

    def validate_missions(self, field):
        missing = [row for row in field if (row.form.instructions.data or "").strip()
                   and not (row.form.title.data or "").strip()]
        for row in missing:
            row.form.title.errors = [*row.form.title.errors, str(_l("Donnez un intitulé à cette mission, ou videz sa consigne."))]
        if missing:
            raise ValidationError(_l("Une mission a une consigne mais pas d'intitulé."))

    def mission_drafts(self) -> list[MissionDraft]:
        return [MissionDraft(row.form.title.data or "", row.form.instructions.data or "") for row in self.missions]


class MissionForm(Form):
    title = StringField(_l("Intitulé de la mission"), validators=[required(), Length(max=MISSION_TITLE_MAX)])
    instructions = TextAreaField(_l("Consigne"), validators=[Optional(), Length(max=20000)])
    is_open = BooleanField(_l("Ouverte aux contributions"), default=True)


class AttendanceForm(Form):
    attendees = CheckboxListField(_l("Personnes présentes"), coerce=int, validate_choice=True)


class CaptureForm(Form):
    """A post-it of the room, typed in: the text alone is enough."""
    mission = SelectField(_l("Mission"), coerce=str, validators=[Optional()], validate_choice=True)
    group_label = StringField(_l("Groupe"), validators=[Optional(), Length(max=GROUP_MAX)],
                              render_kw={"autocomplete": "off"})
    author_name = StringField(_l("Signé par"), validators=[Optional(), Length(max=AUTHOR_NAME_MAX)],
                              render_kw={"autocomplete": "off"})
    themes = CheckboxListField(_l("Thèmes"), coerce=int, validate_choice=True)
    text = TextAreaField(_l("Texte du post-it"), validators=[required(), Length(max=BODY_MAX)])
    title = StringField(_l("Titre"), validators=[Optional(), Length(max=TITLE_MAX_CONTRIBUTION)],
                        render_kw={"autocomplete": "off"})


