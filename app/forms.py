"""Form pieces shared by several blueprints."""
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import SelectMultipleField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import DataRequired, InputRequired
from wtforms.widgets import CheckboxInput, ListWidget

REQUIRED = _l("Champ obligatoire.")


def required():
    return DataRequired(message=REQUIRED)


def input_required():
    return InputRequired(message=REQUIRED)


class CheckboxListField(SelectMultipleField):
    """Several choices shown as checkboxes (rendered in a fieldset by the field macro)."""

    widget = ListWidget(prefix_label=False)
    option_widget = CheckboxInput()


class ActionForm(FlaskForm):
    """A form with nothing but its CSRF token: buttons that act (like, move, open...)."""


def options(pairs, blank=None) -> list[SelectChoice]:
    """Choices for a select, radio or checkbox list from (value, label) pairs; `blank` adds an
    empty first choice with that label."""
    head = [SelectChoice("", blank)] if blank is not None else []
    return head + [SelectChoice(value, label) for value, label in pairs]


def label_options(labels_by_value: dict, blank=None) -> list[SelectChoice]:
    """Choices from one of the label tables of app.labels (enum member -> French label)."""
    return options(((member.value, label) for member, label in labels_by_value.items()), blank)
