from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms import StringField
from wtforms.validators import Length

from ..forms import required


class JoinCodeForm(FlaskForm):
    code = StringField(_l("Code de la concertation"), validators=[required(), Length(max=40)])
