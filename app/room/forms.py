from flask_babel import lazy_gettext as _l
from wtforms import BooleanField, HiddenField, IntegerField, SelectField, StringField, TextAreaField
from wtforms.validators import Length, NumberRange, Optional

from ..forms import Form, input_required, required
from ..services.contributions import BODY_MAX
from ..services.guests import NAME_MAX
from ..services.votes import DOTS_DEFAULT, DOTS_MAX


class IdeaForm(Form):
    """An idea posted from a phone in the room: its first words are its title."""
    text = TextAreaField(_l("Votre idée"), validators=[required(), Length(max=BODY_MAX)],
                         description=_l("Quelques mots suffisent : ils s'affichent au mur de la salle."),
                         render_kw={"rows": 4, "maxlength": BODY_MAX})


class GuestForm(Form):
    name = StringField(_l("Votre prénom ou un pseudonyme"), validators=[required(), Length(max=NAME_MAX)],
                       description=_l("Il signe vos idées au mur et sur le site. Rien d'autre n'est demandé."),
                       render_kw={"autocomplete": "given-name", "maxlength": NAME_MAX})


class ChoiceForm(Form):
    """A button that says what it does (open or close, pause or resume...)."""
    action = HiddenField(validators=[required()])


class MissionChoiceForm(Form):
    mission = SelectField(_l("Mission affichée"), validators=[Optional()], choices=[], validate_choice=True,
                          id="shown-mission")


class StartVoteForm(Form):
    mission = SelectField(_l("Mission"), validators=[required()], choices=[], validate_choice=True)
    dots = IntegerField(_l("Gommettes par personne"), default=DOTS_DEFAULT,
                        validators=[input_required(), NumberRange(1, DOTS_MAX)],
                        render_kw={"min": 1, "max": DOTS_MAX, "inputmode": "numeric"})
    stacking = BooleanField(_l("Plusieurs gommettes permises sur une même idée"))


class DotsForm(Form):
    count = IntegerField(validators=[input_required(), NumberRange(0, DOTS_MAX)])
