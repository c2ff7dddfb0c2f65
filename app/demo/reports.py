"""Comptes-rendus et synthèses de la démonstration : les documents des ateliers des Assises.

Données seules (dictionnaires, listes, chaînes, entiers). ``workshop`` est la clé d'un atelier de
content.py, ou ``None`` pour un document de la concertation entière ; ``kind`` vaut ``minutes``
(compte-rendu) ou ``synthesis`` (synthèse) ; ``status`` vaut ``published`` ou ``draft`` (visible de
l'équipe d'animation seule) ; ``author`` est la clé du membre qui publie, ``authors`` la signature
affichée ; ``days_ago`` place la publication dans le temps, comme dans content.py ;
``attachments`` nomme les fichiers joints, rangés à côté de ce module.

Dans les textes, ``#{cle}`` cite un post-it par la clé qu'il a dans son fichier d'atelier : le
chargeur la remplace par ``#<id>``, que le site affiche comme un lien portant le titre du post-it.
Un bloc ``[[plus-aimees …]]`` seul sur sa ligne liste les contributions les plus soutenues d'une
mission ou d'un atelier, figées au moment de la publication.
"""

from __future__ import annotations

REPORTS = [
    {
        "key": "cr-gouvernance", "workshop": "gouvernance", "kind": "minutes", "status": "published",
        "title": "Compte-rendu de l'atelier « Gouvernance 3.0 »",
        "authors": "Lucie Marchetti (Sillons Conseil), Claire Vidal", "author": "lucie-marchetti",
        "days_ago": 46,
        "body": """*Salle de l'Ombrière, Uzès. Les consignes projetées pendant l'atelier figurent dans le diaporama joint à ce compte-rendu.*

## Qui était là ?

**Vingt-deux personnes**, venues de douze communes des deux communautés de communes et de Nîmes :

- **cinq hébergeurs** (chambres d'hôtes, gîtes, hôtel, camping, domaine) et **un restaurateur** ;
- **deux prestataires d'activités de pleine nature** (canoë, randonnée accompagnée) ;
- **une guide-conférencière** et **le service commercial du site du Pont du Gard** ;
- **un vigneron**, **le président de l'union des commerçants d'Uzès** et **deux associations** (randonneurs, greeters) ;
- **Gard Tourisme** ;
- **trois élus** : Gérard Pellegrin, vice-président de la Communauté de communes Pays d'Uzès chargé du tourisme, et les maires de Collias et de Saint-Quentin-la-Poterie ;
- l'équipe de l'office (direction, relations partenaires, communication) et Sillons Conseil, qui animaient les tables.

## Le déroulé de l'après-midi

Après un tour de table éclair (« mon activité, mon meilleur souvenir de visiteur »), Sillons Conseil a rappelé les grandes lignes du diagnostic : une fréquentation très concentrée sur juillet et août et sur quelques sites, une majorité de visites à la journée, un office qui travaille pour deux intercommunalités. Les participants ont ensuite traité trois missions en **quatre groupes**, avec rotation des tables, avant une restitution commune. Plus d'une centaine de post-it ont été produits ; ils ont été saisis le soir même dans chaque mission.

## Mission 1 : le périmètre idéal de la destination

*Tracer, en oubliant les limites administratives, le périmètre qui a du sens pour le visiteur, et dire où l'accueillir.*

Aucun groupe n'a séparé Uzès du Pont du Gard, et aucune carte ne suit exactement les limites des deux communautés de communes. Deux visions se dégagent.

### Proposition 1 : « les deux rives du Gardon » (groupes 1 et 3)

Un territoire proche de l'actuel, élargi aux gorges et aux villages du nord, que l'on parcourt en une semaine depuis un même hébergement (#{perimetre-g1-03}). Les deux groupes demandent **un office et une marque uniques** pour tout le territoire (#{perimetre-g1-01}, #{perimetre-g3-02}), avec deux bureaux forts et des relais, dont un relais d'été à Lussan (#{perimetre-g1-02}).

### Proposition 2 : « au cœur du triangle » (groupes 2 et 4)

Une destination qui assume sa position entre Nîmes, Avignon et les Cévennes et se présente comme un **camp de base**, desservi par trois gares TGV (#{perimetre-g2-01}). Le groupe 4 propose trois « portes » thématiques (Uzès, le Pont du Gard, Collias), à condition de garder une seule carte et un seul site (#{perimetre-g4-02}) et de s'installer dans des lieux qui existent déjà.

### L'accueil

Toutes les tables veulent aller au-devant des visiteurs : accueil itinérant sur les marchés et près des plages, présence dans les gares, relais chez les partenaires. Le groupe 3 rappelle que, pour beaucoup de visiteurs, le premier bureau d'accueil est le téléphone (#{perimetre-g3-03}).

## Mission 2 : la note de cap de la future direction

*Compléter trois phrases pour le premier conseil d'administration de l'office intercommunal.*

### « Notre destination doit être connue jusqu'à… »

Les réponses varient selon les sites : l'Europe pour le Pont du Gard, la France pour Uzès, la région pour les villages. Plusieurs groupes citent la Belgique, les Pays-Bas et l'Allemagne, qui remplissent déjà juin et septembre (#{note-vision-g2-01}), et mettent en garde contre la dispersion.

### « On doit venir chez nous pour… »

- l'art de vivre et la table, plus qu'un monument ;
- **l'automne**, la plus belle saison et la plus vide (#{note-vision-g1-01}) ;
- la nuit et le ciel étoilé du nord du territoire (#{note-vision-g3-01}) ;
- **faire plutôt que regarder** : pagayer, modeler, vendanger (#{note-vision-g4-01}) ;
- les savoir-faire : la terre, la vigne, la pierre.

### « L'office doit se distinguer par la qualité de son travail sur… »

La mise en relation des professionnels revient à toutes les tables, suivie de la justesse de l'information (horaires, fermetures) et de la rapidité des réponses aux visiteurs.

## Mission 3 : ce que doit faire la structure touristique

*Lister les missions, les regrouper en pôles, dire qui les porte et marquer d'une gommette rouge ce que personne n'assure aujourd'hui.*

Les groupes ont dessiné sept pôles : **accueil et information**, **promotion**, **animation du réseau des professionnels**, **commercialisation**, **événements**, **observation**, **équipements et signalétique**, auxquels le groupe 2 ajoute une mission tournée vers les résidents secondaires. Le tableau consolidé a été publié dans la mission.

Parmi les gommettes rouges les plus parlantes :

- prévenir professionnels et visiteurs en cas d'alerte incendie, de crue ou de canicule (#{missions-structure-g1-02}) ;
- une information fiable sur l'accessibilité des sites (#{missions-structure-g2-02}) ;
- la coordination des bénévoles : greeters, baliseurs, comités des fêtes (#{missions-structure-g2-01}) ;
- la photothèque partagée et l'accueil des professionnels qui s'installent, cités par les quatre tables.

Sur la question « qui porte quoi ? », un principe fait consensus : **l'office informe, promeut et anime ; les communes et les intercommunalités équipent et entretiennent** (#{missions-structure-g3-01}). La vente de séjours reste le sujet le plus débattu.

## Le mot de la fin

Gérard Pellegrin a remercié les participants pour « un après-midi où l'on a beaucoup parlé du visiteur et très peu des frontières ». À la question posée sur un post-it (#{gouvernance-g2-01}), il a répondu que **le comité de pilotage recevrait l'ensemble des contributions**, et non un résumé. Il a aussi prévenu que le budget de l'office ne doublerait pas : la stratégie devra choisir quelques chantiers et les mener à terme.

## Et ensuite ?

- Les deux visions du périmètre et le tableau des missions sont présentés au comité de pilotage, avec trois scénarios d'organisation préparés par Sillons Conseil.
- Les missions marquées par le plus de gommettes rouges seront chiffrées en priorité.
- Prochain rendez-vous : l'atelier « Parcours client », au site du Pont du Gard.""",
        "attachments": ["diaporama-gouvernance.pdf"],
    },
    {
        "key": "synthese-gouvernance", "workshop": "gouvernance", "kind": "synthesis", "status": "published",
        "title": "Synthèse de l'atelier « Gouvernance 3.0 »",
        "authors": "Claire Vidal, Lucie Marchetti (Sillons Conseil)", "author": "claire-vidal",
        "days_ago": 40,
        "body": """## Le but de l'atelier

L'office travaille pour deux communautés de communes, et la stratégie des Assises doit dire à quelle échelle penser la destination et ce qu'on attend de la structure qui l'anime. Vingt-deux participants ont répondu à trois questions : jusqu'où s'étend la destination pour le visiteur, quel cap fixer à la future direction, quelles missions confier à l'office et à ses partenaires. Voici ce qui en ressort, en salle comme en ligne dans les semaines qui ont suivi.

## Ce qui en est sorti

**Le périmètre.** Personne ne veut séparer Uzès du Pont du Gard, et aucune carte ne suit les limites administratives. Les contributions les plus soutenues portent moins sur le tracé que sur la façon de présenter le territoire : un seul nom, une seule marque, et des repères que le visiteur connaît déjà. Deux visions restent sur la table, « les deux rives du Gardon » et « au cœur du triangle », que Gard Tourisme propose de combiner : l'une pour s'organiser, l'autre pour se faire connaître.

[[plus-aimees mission=perimetre nombre=3]]

**La note de cap.** Les participants attendent une direction qui fasse des choix : quelques objectifs vérifiables plutôt qu'un catalogue, et une promesse qui parle d'art de vivre, de goût et de saisons plus que de monuments.

[[plus-aimees mission=note-vision nombre=3]]

**Les missions de la structure.** Le consensus se fait sur un office qui informe, promeut et anime le réseau, et sur des services concrets et peu coûteux que tout le monde réclame. Les gommettes rouges désignent surtout ce qui relie les acteurs entre eux : les alertes, les bénévoles, les réclamations, les horaires de transport. Le débat reste ouvert sur la vente de séjours.

[[plus-aimees mission=missions-structure nombre=3]]

## Et maintenant ?

Les deux visions du périmètre, le tableau des missions et trois scénarios d'organisation ont été remis au comité de pilotage, avec l'ensemble des contributions. Chaque proposition recevra une réponse publique sur sa page : retenue dans une action, à l'étude, regroupée avec une autre ou écartée, avec la raison. Les ateliers suivants reprennent plusieurs de ces pistes, à commencer par l'accueil et la vente en ligne, au cœur de l'atelier « Parcours client ».""",
        "attachments": [],
    },
    {
        "key": "cr-collias", "workshop": "durable-local", "kind": "minutes", "status": "published",
        "title": "Compte-rendu de l'atelier de Collias : tourisme durable et productions locales",
        "authors": "Yannick Moreau", "author": "yannick-moreau",
        "days_ago": 7,
        "body": """Merci aux vingt participants, et merci à la commune de Collias pour la salle des fêtes.

## Qui était là ?

- **quatre producteurs** (vin, truffe, huile d'olive, pélardon), **un potier** et **une auberge** ;
- **quatre prestataires d'activités de pleine nature** (canoë, randonnée, vélo, cheval) et **le Syndicat mixte des gorges du Gardon** ;
- **deux hébergeurs** et **un photographe** ;
- **trois élus** : les maires de Collias et de Lussan, et le vice-président chargé du tourisme ;
- l'équipe de l'office.

## Le déroulé

Jean-Luc Teissier, maire de Collias, a ouvert l'après-midi en rappelant ce que vit le village chaque été au bord du Gardon. Yasmine Chérif a présenté les observations du Syndicat des gorges : fréquentation en hausse, sites saturés, risque d'incendie croissant. Quatre tables ont ensuite traité trois missions en tables tournantes et produit près de **quatre-vingts post-it**.

## Ce qui en est sorti

### Faire découvrir la nature sans l'abîmer

L'idée qui a fait l'unanimité : **un message commun sur les bons gestes**, court et répété partout (chez les hébergeurs, les loueurs, les restaurateurs, sur les panneaux), plutôt qu'une accumulation de dépliants que personne ne lit. Les prestataires se proposent comme relais sur le terrain.

### Venir et circuler sans voiture

Les tables ont surtout relevé ce qui existe sans être connu (cars, transport à la demande) et ce qui manque (navette estivale, transport des bagages). Première étape demandée : **une page « venir sans voiture »** claire et à jour pour les visiteurs.

### Mettre les productions locales au cœur de l'offre

La **truffe en hiver** a rassemblé tout le monde : transformer la journée de janvier en un vrai séjour, avec les hébergeurs et les restaurateurs. Les tables demandent aussi une carte des producteurs qui accueillent le public, avec leurs vrais horaires.

## La dégustation

L'après-midi s'est terminé par une dégustation offerte par les producteurs présents : pélardon, huile d'olive, vins du Duché d'Uzès. Plusieurs hébergeurs et producteurs en sont repartis avec des contacts, ce qui était aussi le but.

## Et ensuite ?

- Les trois missions restent ouvertes en ligne : complétez, contestez, ajoutez vos exemples.
- Les trois idées phares sont proposées au comité de pilotage parmi les chantiers de 2027.
- Prochain atelier : « Une destination toute l'année », à Lussan.""",
        "attachments": [],
    },
    {
        "key": "note-etape", "workshop": None, "kind": "synthesis", "status": "draft",
        "title": "Note d'étape pour le comité de pilotage",
        "authors": "Claire Vidal", "author": "claire-vidal",
        "days_ago": 3,
        "body": """*Document de travail, à relire avant diffusion.*

## Où en sommes-nous ?

Trois ateliers sur quatre ont eu lieu : Uzès, le site du Pont du Gard, Collias. Ils ont réuni soixante-six présences, dont une bonne part de personnes venues pour la première fois à une réunion de l'office. L'espace en ligne compte plus de cent soixante contributions publiées par les membres, en plus des post-it saisis en salle, et plus de deux cents commentaires.

## Ce qui se dessine

Quatre sujets reviennent dans tous les ateliers : la photothèque et le site internet, l'accueil hors des bureaux (relais chez les partenaires, présence au Pont du Gard), la fréquentation des bords du Gardon, et les saisons creuses.

L'atelier « Parcours client » a été le plus productif. Ses contributions les plus soutenues à ce jour :

[[plus-aimees atelier=parcours-client nombre=5]]

En salle, les tables ont ajouté des propositions simples qui méritent d'être retenues : un nom de destination plus court (#{exister-t1-01}), une vente en ligne où chaque professionnel encaisse directement (#{vendre-t1-01}), et un tour de rôle des restaurants ouverts l'hiver (#{fideliser-t3-01}).

## Les points de désaccord

- **La vente en ligne** : tout le monde veut un « panier unique », personne n'est d'accord sur la commission. Le pilote limité aux activités et aux visites est la piste la plus réaliste.
- **La façon de se présenter à l'étranger** : « aux portes de la Provence » ou autour du Pont du Gard et du Duché.
- **Le stationnement au bord du Gardon**, qui oppose les besoins des communes et la crainte des professionnels.

## Ce que je propose au comité

1. Retenir cinq chantiers pour 2027, en s'appuyant sur la grille d'arbitrage de Sillons Conseil.
2. Répondre publiquement à chaque contribution avant la restitution.
3. Consacrer la prochaine séance aux moyens, après l'atelier de Lussan.""",
        "attachments": [],
    },
]
