"""Form pieces shared by several blueprints."""
from functools import lru_cache

from babel import support
from flask_babel import get_locale
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from flask_wtf.file import FileField, FileRequired
from wtforms.i18n import messages_path
from wtforms import HiddenField, SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired, ValidationError
from wtforms.widgets import CheckboxInput, ListWidget

from .services.dates import DateError

REQUIRED = _l("Champ obligatoire.")


@lru_cache(maxsize=8)
def _wtforms_messages(locale: str):
    """WTForms' own messages ("Not a valid choice"...) in the interface's language, read once per
    process rather than once per request as Flask-WTF does."""
    return support.Translations.load(messages_path(), [locale], domain="wtforms")


class Form(FlaskForm):
    """The base of every form of the application."""

    class Meta(FlaskForm.Meta):
        def get_translations(self, form):
            return _wtforms_messages(str(get_locale()))


def required():
    return DataRequired(message=REQUIRED)


def input_required():
    return InputRequired(message=REQUIRED)


def readable(parse):
    """A validator for a date or a time typed by hand: `parse` (services.dates) reads it into
    `field.parsed`, or its French message says which form is expected."""
    def check(form, field):
        try:
            field.parsed = parse(field.data)
        except DateError as error:
            raise ValidationError(str(error)[0].upper() + str(error)[1:]) from None
    return check


class CheckboxListField(SelectMultipleField):
    """Several choices shown as checkboxes (rendered in a fieldset by the field macro)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class UploadForm(Form):
    """A file to import: read, previewed, and saved only once confirmed."""
    file = FileField(_l("Fichier"), validators=[FileRequired(message=_l("Choisissez un fichier."))])


class ConfirmImportForm(Form):
    token = HiddenField(validators=[required()])


class ActionForm(Form):
    """A form with nothing but its CSRF token: buttons that act (like, move, open...)."""


def options(pairs, blank=None) -> list[SelectChoice]:
    """Choices for a select, radio or checkbox list from (value, label) pairs; `blank` adds an
    empty first choice with that label."""
    head = [SelectChoice("", blank)] if blank is not None else []
    return head + [SelectChoice(value, label) for value, label in pairs]


def label_options(labels_by_value: dict, blank=None) -> list[SelectChoice]:
    """Choices from one of the label tables of app.labels (enum member -> French label)."""
    return options(((member.value, label) for member, label in labels_by_value.items()), blank)
