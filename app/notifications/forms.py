from flask_babel import lazy_gettext as _l
from wtforms import RadioField

from ..forms import Form, options, required
from ..services.digests import FREQUENCIES


class FrequencyForm(Form):
    email_frequency = RadioField(_l("Recevoir mes notifications par e-mail"), validators=[required()])

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.email_frequency.choices = options((frequency.value, label) for frequency, label in FREQUENCIES.items())
