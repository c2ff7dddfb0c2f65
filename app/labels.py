"""French wording of the domain's values, in one place (wrapped for translation)."""
from flask_babel import lazy_gettext as _l

from .models import (
    ActionEventKind,
    CommentStatus,
    ContributionStatus,
    EventKind,
    FlagReason,
    Outcome,
    ProgressState,
    ReportKind,
    ReportStatus,
    Role,
    Sector,
    Visibility,
    WorkshopStatus,
)
from .services.boards import Sort
from .services.permissions import COMMENT_TRANSITIONS, OUTCOME_TRANSITIONS, STATUS_TRANSITIONS

SECTORS = {
    Sector.HEBERGEMENT: _l("Hébergement"),
    Sector.RESTAURATION: _l("Restauration"),
    Sector.PLEINE_NATURE: _l("Activités de pleine nature"),
    Sector.PATRIMOINE: _l("Patrimoine et culture"),
    Sector.PRODUCTEUR: _l("Producteur, artisan"),
    Sector.INSTITUTION: _l("Institution"),
    Sector.COMMUNE: _l("Commune"),
    Sector.COMMERCE: _l("Commerce"),
    Sector.ASSOCIATION: _l("Association"),
    Sector.AUTRE: _l("Autre"),
}

ROLES = {
    Role.PARTICIPANT: _l("Participant·e"),
    Role.FACILITATOR: _l("Animation"),
    Role.ELECTED: _l("Élu·e"),
}

VISIBILITIES = {
    Visibility.PUBLIC: _l("Publique : tout le monde peut la lire"),
    Visibility.MEMBERS: _l("Réservée aux membres"),
}

WORKSHOP_STATUSES = {
    WorkshopStatus.DRAFT: _l("Brouillon"),
    WorkshopStatus.ANNOUNCED: _l("Annoncé"),
    WorkshopStatus.OPEN: _l("Ouvert aux contributions"),
    WorkshopStatus.CLOSED: _l("Clos"),
}

REPORT_KINDS = {
    ReportKind.MINUTES: _l("Compte-rendu"),
    ReportKind.SYNTHESIS: _l("Synthèse"),
}

REPORT_STATUSES = {
    ReportStatus.DRAFT: _l("Brouillon"),
    ReportStatus.PUBLISHED: _l("Publié"),
}

CONTRIBUTION_STATUSES = {
    ContributionStatus.PUBLISHED: _l("Publiée"),
    ContributionStatus.WITHDRAWN: _l("Retirée par son auteur"),
    ContributionStatus.HIDDEN: _l("Masquée par la modération"),
    ContributionStatus.MERGED: _l("Fusionnée dans une autre"),
}

# What became of a contribution: the word of its chip (never a colour alone) and of the filters.
OUTCOMES = {
    Outcome.NONE: _l("Sans réponse"),
    Outcome.REVIEW: _l("À l'étude"),
    Outcome.ANSWERED: _l("Répondue"),
    Outcome.DECLINED: _l("Non retenue"),
    Outcome.PROMOTED: _l("Retenue dans la stratégie"),
}

# The outcomes as a facilitator chooses them in the answer form.
OUTCOME_CHOICES = {
    Outcome.REVIEW: _l("À l'étude : nous l'examinons"),
    Outcome.ANSWERED: _l("Répondue : voici ce que nous en faisons"),
    Outcome.DECLINED: _l("Non retenue : voici pourquoi"),
}

FLAG_REASONS = {
    FlagReason.SPAM: _l("Publicité ou message indésirable"),
    FlagReason.OFFENSIVE: _l("Propos injurieux, haineux ou diffamatoires"),
    FlagReason.OFF_TOPIC: _l("Hors sujet"),
    FlagReason.OTHER: _l("Autre raison (précisez)"),
}

# The role beside the name of who acted, in histories and notifications.
ACTOR_ROLES = {
    "author": _l("auteur·e"),
    "participant": _l("participant·e"),
    "facilitator": _l("animation"),
    "elected": _l("élu·e"),
    "admin": _l("administration"),
    "system": _l("automatique"),
    "guest": _l("invité·e dans la salle"),
}

COMMENT_STATUSES = {
    CommentStatus.VISIBLE: _l("Visible"),
    CommentStatus.WITHDRAWN: _l("Retiré"),
    CommentStatus.HIDDEN: _l("Masqué"),
}

SORTS = {
    Sort.TRENDING: _l("Tendances"),
    Sort.LIKED: _l("Les plus aimées"),
    Sort.COMMENTED: _l("Les plus commentées"),
    Sort.NEWEST: _l("Les plus récentes"),
    Sort.RANDOM: _l("Au hasard"),
}

# The kinds of event, as the audit log names them.
EVENT_KINDS = {
    EventKind.POSTED: _l("Publication"),
    EventKind.CAPTURED: _l("Post-it saisi"),
    EventKind.IMPORTED: _l("Post-it importé"),
    EventKind.EDITED: _l("Modification"),
    EventKind.STATUS: _l("Visibilité (retrait, masquage, rétablissement)"),
    EventKind.OUTCOME: _l("Réponse"),
    EventKind.MERGED: _l("Fusion"),
    EventKind.MERGE_RECEIVED: _l("Fusion reçue"),
    EventKind.UNMERGED: _l("Fusion annulée"),
    EventKind.MERGE_UNDONE: _l("Fusion reçue, annulée"),
    EventKind.COMMENTED: _l("Commentaire"),
    EventKind.COMMENT_STATUS: _l("Modération d'un commentaire"),
    EventKind.FLAGS_REVIEWED: _l("Signalements examinés"),
    EventKind.LINKED: _l("Rattachement à une action"),
    EventKind.UNLINKED: _l("Détachement d'une action"),
    EventKind.CLAIMED: _l("Rattachement à un compte"),
}

# An action's state in a year (suivi annuel): the word of its chip and of the dashboard's tallies.
PROGRESS_STATES = {
    ProgressState.PLANNED: _l("Prévue"),
    ProgressState.IN_PROGRESS: _l("En cours"),
    ProgressState.DONE: _l("Réalisée"),
    ProgressState.NOT_DONE: _l("Non réalisée"),
    ProgressState.OUTSIDE_CAUSE: _l("Non réalisée (cause extérieure)"),
    ProgressState.POSTPONED: _l("Reportée"),
}

# The fields of a row of an action plan, as the import's choice of columns names them.
PLAN_FIELDS = {
    "key": _l("Clé (identifiant stable de l'action)"),
    "priority": _l("Enjeu"),
    "axis": _l("Axe ou chantier (obligatoire)"),
    "objective": _l("Objectif (obligatoire)"),
    "results": _l("Résultats attendus"),
    "means": _l("Engagement, outils ou moyens"),
    "action": _l("Action (obligatoire)"),
    "description": _l("Description"),
    "owner": _l("Maîtrise d'ouvrage"),
    "operator": _l("Maîtrise d'œuvre"),
    "partners": _l("Partenaires"),
    "remarks": _l("Remarques"),
    "origin": _l("Origine (action reconduite)"),
}

# The history of an action.
ACTION_EVENT_SENTENCES = {
    ActionEventKind.CREATED: _l("%(actor)s a créé cette action."),
    ActionEventKind.IMPORTED: _l("%(actor)s a importé cette action d'un plan d'action."),
    ActionEventKind.EDITED: _l("%(actor)s a modifié cette action."),
    ActionEventKind.MOVED: _l("%(actor)s a déplacé cette action vers un autre objectif."),
    ActionEventKind.PROGRESS: _l("%(actor)s a mis à jour le suivi de %(year)s."),
    ActionEventKind.INDICATOR: _l("%(actor)s a saisi la valeur %(year)s d'un indicateur."),
    ActionEventKind.ATTACHED: _l("%(actor)s a rattaché une contribution à cette action."),
    ActionEventKind.DETACHED: _l("%(actor)s a détaché une contribution de cette action."),
}

# The fields of an action, as its history names what changed.
ACTION_FIELDS = {
    "title": _l("Intitulé"), "description": _l("Description"), "means": _l("Engagement, outils, moyens"),
    "owner": _l("Maîtrise d'ouvrage"), "operator": _l("Maîtrise d'œuvre"), "partners": _l("Partenaires"),
    "remarks": _l("Remarques"), "origin": _l("Origine"), "objective": _l("Objectif"),
}

REVIEW_DECISIONS = {"kept": _l("Conservée après examen"), "hidden": _l("Masquage maintenu après examen")}


_TRANSLATED: dict[int, str] = {}


def translated(label) -> str:
    """A label of this module in the installation's language, translated once per process (an
    installation speaks one language: the history, the notifications and the audit log repeat the
    same few sentences hundreds of times a page)."""
    try:
        return _TRANSLATED[id(label)]
    except KeyError:
        _TRANSLATED[id(label)] = text = str(label)
        return text


def progress_label(state) -> str:
    """The word of an action's state in a year (an ActionProgress row, or a state)."""
    value = getattr(state, "state", state)
    label = translated(PROGRESS_STATES[ProgressState(value)])
    if getattr(state, "state", None) == ProgressState.OUTSIDE_CAUSE and state.cause:
        return f"{translated(PROGRESS_STATES[ProgressState.NOT_DONE])} ({state.cause})"
    if getattr(state, "state", None) == ProgressState.POSTPONED and state.postponed_to:
        return f"{label} ({state.postponed_to})"
    return label


def action_event_line(event) -> str:
    """The sentence of an action's event, with who acted."""
    sentence = translated(ACTION_EVENT_SENTENCES.get(event.kind, ACTION_EVENT_SENTENCES[ActionEventKind.EDITED]))
    who = (translated(NAME_AND_ROLE) % {"name": event.actor.display_name, "role": translated(ACTOR_ROLES["facilitator"])}
           if event.actor is not None else translated(SYSTEM_ACTOR))
    return sentence % {"actor": who, "year": event.year or ""}


def state_label(kind, value: str | None) -> str:
    """The French word for a value before or after a change of this kind of event."""
    if not value:
        return ""
    table = {EventKind.OUTCOME: OUTCOMES, EventKind.COMMENT_STATUS: COMMENT_STATUSES,
             EventKind.FLAGS_REVIEWED: REVIEW_DECISIONS}.get(kind, CONTRIBUTION_STATUSES)
    label = next((label for key, label in table.items() if key == value), None)
    return translated(label) if label is not None else value


# The history of a contribution: the sentence of each change of state is in the transition tables
# (services.permissions); the other kinds of event have theirs here.
EVENT_SENTENCES = {
    EventKind.POSTED: _l("%(actor)s a publié cette contribution."),
    EventKind.CAPTURED: _l("%(actor)s a saisi ce post-it de l'atelier."),
    EventKind.IMPORTED: _l("%(actor)s a importé ce post-it de l'atelier."),
    EventKind.EDITED: _l("%(actor)s a modifié cette contribution."),
    EventKind.MERGE_RECEIVED: _l("%(actor)s a fusionné une autre contribution dans celle-ci."),
    EventKind.MERGE_UNDONE: _l("%(actor)s a annulé la fusion d'une autre contribution dans celle-ci."),
    EventKind.COMMENTED: _l("%(actor)s a commenté cette contribution."),
    EventKind.LINKED: _l("%(actor)s a rattaché cette contribution à une autre action de la stratégie."),
    EventKind.UNLINKED: _l("%(actor)s a détaché cette contribution d'une action de la stratégie."),
    EventKind.CLAIMED: _l("%(actor)s a rattaché à son compte cette contribution publiée comme invité·e."),
}
# A facilitator's decision on reports that leaves the state as it was: (kept or hidden, of a comment?).
FLAGS_REVIEWED_SENTENCES = {
    ("kept", False): _l("%(actor)s a examiné les signalements et conservé cette contribution."),
    ("hidden", False): _l("%(actor)s a examiné les signalements et maintenu le masquage de cette contribution."),
    ("kept", True): _l("%(actor)s a examiné les signalements et conservé un commentaire."),
    ("hidden", True): _l("%(actor)s a examiné les signalements et maintenu le masquage d'un commentaire."),
}
_TRANSITION_TABLES = {
    EventKind.STATUS: STATUS_TRANSITIONS, EventKind.MERGED: STATUS_TRANSITIONS, EventKind.UNMERGED: STATUS_TRANSITIONS,
    EventKind.OUTCOME: OUTCOME_TRANSITIONS, EventKind.COMMENT_STATUS: COMMENT_TRANSITIONS,
}


def event_sentence(event) -> str:
    """The history's sentence for an event, with %(actor)s for who acted."""
    if event.kind == EventKind.FLAGS_REVIEWED:
        return FLAGS_REVIEWED_SENTENCES.get((event.new_value, event.comment_id is not None),
                                            FLAGS_REVIEWED_SENTENCES[("kept", False)])
    table = _TRANSITION_TABLES.get(event.kind)
    if table is not None:
        for (old, new), transition in table.items():
            if (old.value, new.value) == (event.old_value, event.new_value):
                return transition.sentence
    return EVENT_SENTENCES.get(event.kind, _l("%(actor)s a modifié cette contribution."))


def grouping_scope(grouping) -> str:
    """What a grouping of the assistant was made of, in a few words."""
    if grouping.mission is not None:
        return _l("Mission « %(mission)s » (%(workshop)s)", mission=grouping.mission.title,
                  workshop=grouping.mission.workshop.title)
    if grouping.workshop is not None:
        return _l("Atelier « %(title)s »", title=grouping.workshop.title)
    return _l("Toute la concertation")


ANONYMOUS = _l("Participant·e anonyme")


SYSTEM_ACTOR = _l("Concerto")
NAME_AND_ROLE = _l("%(name)s (%(role)s)")


def actor_name(event) -> str:
    """Who acted on an event, with their role: "Claire Vidal (animation)"."""
    if event.actor is not None:
        name = event.actor.display_name
    elif event.actor_role == "system":
        name = translated(SYSTEM_ACTOR)
    elif event.actor_role == "guest" and event.data and event.data.get("name"):
        name = event.data["name"]
    else:
        name = translated(ANONYMOUS)
    role = ACTOR_ROLES.get(event.actor_role)
    return translated(NAME_AND_ROLE) % {"name": name, "role": translated(role)} if role else name


def history_line(event) -> str:
    """The history's sentence of an event, with who acted."""
    return translated(event_sentence(event)) % {"actor": actor_name(event)}
