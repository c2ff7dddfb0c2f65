"""French wording of the domain's values, in one place (wrapped for translation)."""
from flask_babel import lazy_gettext as _l

from .models import (
    CommentStatus,
    ContributionStatus,
    EventKind,
    ReportKind,
    ReportStatus,
    Role,
    Sector,
    Visibility,
    WorkshopStatus,
)
from .services.boards import Sort

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

# The history of a contribution: one sentence per kind of event (and new status).
EVENT_SENTENCES = {
    (EventKind.POSTED, ContributionStatus.PUBLISHED): _l("%(actor)s a publié cette contribution."),
    (EventKind.CAPTURED, ContributionStatus.PUBLISHED): _l("%(actor)s a saisi ce post-it de l'atelier."),
    (EventKind.IMPORTED, ContributionStatus.PUBLISHED): _l("%(actor)s a importé ce post-it de l'atelier."),
    (EventKind.EDITED, None): _l("%(actor)s a modifié cette contribution."),
    (EventKind.STATUS, ContributionStatus.WITHDRAWN): _l("%(actor)s a retiré cette contribution."),
    (EventKind.STATUS, ContributionStatus.HIDDEN): _l("%(actor)s a masqué cette contribution."),
    (EventKind.STATUS, ContributionStatus.PUBLISHED): _l("%(actor)s a rétabli cette contribution."),
}

ANONYMOUS = _l("Participant·e anonyme")
