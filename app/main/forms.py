from flask_babel import lazy_gettext as _l
from wtforms import StringField
from wtforms.validators import Length

from ..forms import Form, required


class JoinCodeForm(Form):
    code = StringField(_l("Code de la concertation ou de la salle"), validators=[required(), Length(max=40)])
