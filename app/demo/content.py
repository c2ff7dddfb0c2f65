"""Contenu de démonstration de Concerto : les Assises du tourisme du Pays d'Uzès Pont du Gard.

Données seules (dictionnaires, listes, chaînes, entiers, booléens). Le chargeur place tout dans le
temps par rapport au jour où il tourne : ``days_ago`` vaut 0 pour aujourd'hui, un nombre négatif
pour une date à venir ; ``hours_ago`` décale l'heure dans la journée.

Les deux premiers ateliers (« gouvernance » et « parcours-client ») ne sont décrits ici que par
leur clé, leur fichier, leur place dans le temps et leurs présents : leur titre, leur lieu, leurs
missions, leurs consignes et les post-it saisis dans la salle sont dans leur fichier d'atelier
(``workshops/gouvernance-uzes.md``, ``workshops/parcours-client-uzes.md``), que le chargeur importe
comme le ferait un animateur ; la date écrite dans le fichier est remplacée par ``days_ago``.
Leurs contributions publiées en ligne, elles, sont dans ``CONTRIBUTIONS`` ; les j'aime et les
commentaires reçus en ligne par leurs post-it sont dans ``CAPTURED_REACTIONS``, par clé de post-it.
Les comptes-rendus et les synthèses sont dans ``reports.py``.
"""

from __future__ import annotations

SECTORS = ["hebergement", "restauration", "activites_pleine_nature", "patrimoine", "producteur", "institution", "commune", "commerce", "association", "autre"]


CONSULTATION = {
    "title": "Assises du tourisme du Pays d'Uzès Pont du Gard",
    "territory": "Pays d'Uzès Pont du Gard",
    "description": """## Pourquoi ces Assises ?

Le Pont du Gard, Uzès et ses villages attirent chaque année un très large public, mais l'essentiel se joue encore en juillet et en août, autour de quelques sites. L'office de tourisme prépare sa stratégie pour les cinq prochaines années et souhaite l'écrire **avec celles et ceux qui font le tourisme au quotidien** : hébergeurs, restaurateurs, vignerons, potiers, guides, prestataires de loisirs, commerçants, associations et élus des deux communautés de communes.

## Comment ça marche ?

- **Quatre ateliers** d'une demi-journée cet automne, chacun dans une commune différente ;
- à chaque atelier, des **missions** travaillées en petits groupes : les post-it de la salle sont saisis ici le soir même ;
- entre deux ateliers, cet **espace en ligne** reste ouvert : proposez une idée, complétez celle d'un collègue, soutenez celles qui vous parlent.

## Le calendrier

- Automne 2026 : ateliers et contributions en ligne ;
- hiver : synthèse par l'équipe de l'office et le comité de pilotage ;
- début 2027 : présentation de la stratégie en conseil communautaire, puis restitution publique.

## Et vos idées ?

Chaque contribution est lue par l'équipe. Celles qui sont retenues nourrissent les chantiers de la stratégie, et chaque fiche indique ce que la proposition est devenue : à l'étude, intégrée à une action, regroupée avec une autre ou écartée, toujours avec une réponse.""",
    "join_code": "UZES2026",
    "visibility": "public",
    "themes": [
        "Identité et notoriété",
        "Accueil et information",
        "Numérique",
        "Mobilités douces",
        "Pleine nature",
        "Produits locaux",
        "Patrimoine et savoir-faire",
        "Tourisme 4 saisons",
        "Développement durable",
        "Travail en réseau",
    ],
}


MEMBERS = [
    # Animation : équipe de l'office de tourisme et cabinet qui accompagne la démarche
    {"key": "claire-vidal", "display_name": "Claire Vidal", "organisation": "Office de tourisme Destination Pays d'Uzès Pont du Gard (direction)", "sector": "institution", "commune": "Uzès", "role": "facilitator", "show_in_directory": True},
    {"key": "yannick-moreau", "display_name": "Yannick Moreau", "organisation": "Office de tourisme, relations partenaires", "sector": "institution", "commune": "Remoulins", "role": "facilitator", "show_in_directory": True},
    {"key": "ines-haddad", "display_name": "Inès Haddad", "organisation": "Office de tourisme, communication et numérique", "sector": "institution", "commune": "Uzès", "role": "facilitator", "show_in_directory": True},
    {"key": "lucie-marchetti", "display_name": "Lucie Marchetti", "organisation": "Sillons Conseil (accompagnement de la démarche)", "sector": "autre", "commune": "Arpaillargues-et-Aureillac", "role": "facilitator", "show_in_directory": True},
    # Élus
    {"key": "gerard-pellegrin", "display_name": "Gérard Pellegrin", "organisation": "Communauté de communes Pays d'Uzès, vice-président chargé du tourisme", "sector": "institution", "commune": "Saint-Siffret", "role": "elected", "show_in_directory": True},
    {"key": "patrick-soulier", "display_name": "Patrick Soulier", "organisation": "Communauté de communes du Pont du Gard, conseiller délégué au tourisme", "sector": "institution", "commune": "Remoulins", "role": "elected", "show_in_directory": True},
    {"key": "nadia-benali", "display_name": "Nadia Benali", "organisation": "Mairie d'Uzès, adjointe au tourisme et au commerce", "sector": "commune", "commune": "Uzès", "role": "elected", "show_in_directory": True},
    {"key": "jean-luc-teissier", "display_name": "Jean-Luc Teissier", "organisation": "Mairie de Collias, maire", "sector": "commune", "commune": "Collias", "role": "elected", "show_in_directory": True},
    {"key": "martine-gaillard", "display_name": "Martine Gaillard", "organisation": "Mairie de Saint-Quentin-la-Poterie, maire", "sector": "commune", "commune": "Saint-Quentin-la-Poterie", "role": "elected", "show_in_directory": True},
    {"key": "helene-castanet", "display_name": "Hélène Castanet", "organisation": "Mairie de Lussan, maire", "sector": "commune", "commune": "Lussan", "role": "elected", "show_in_directory": True},
    # Hébergement
    {"key": "camille-roux", "display_name": "Camille Roux", "organisation": "Mas des Oliviers (chambres d'hôtes)", "sector": "hebergement", "commune": "Uzès", "role": "participant", "show_in_directory": True},
    {"key": "francois-delmas", "display_name": "François Delmas", "organisation": "Camping Le Val du Gardon", "sector": "hebergement", "commune": "Collias", "role": "participant", "show_in_directory": True},
    {"key": "aurelie-martin", "display_name": "Aurélie Martin", "organisation": "Gîtes de la Bastide (trois gîtes)", "sector": "hebergement", "commune": "Lussan", "role": "participant", "show_in_directory": True},
    {"key": "olivier-chabert", "display_name": "Olivier Chabert", "organisation": "Hôtel des Remparts (18 chambres)", "sector": "hebergement", "commune": "Uzès", "role": "participant", "show_in_directory": True},
    {"key": "sandrine-lopez", "display_name": "Sandrine Lopez", "organisation": "Camping Les Berges de l'Aqueduc", "sector": "hebergement", "commune": "Vers-Pont-du-Gard", "role": "participant", "show_in_directory": True},
    {"key": "pieter-de-vries", "display_name": "Pieter De Vries", "organisation": "Domaine des Cigales (gîtes et piscine)", "sector": "hebergement", "commune": "Sanilhac-Sagriès", "role": "participant", "show_in_directory": True},
    {"key": "mathilde-guerin", "display_name": "Mathilde Guérin", "organisation": "Garrigue & Clés (conciergerie de locations saisonnières)", "sector": "autre", "commune": "Uzès", "role": "participant", "show_in_directory": False},
    # Restauration
    {"key": "karim-mansouri", "display_name": "Karim Mansouri", "organisation": "Restaurant Le Comptoir des Halles", "sector": "restauration", "commune": "Uzès", "role": "participant", "show_in_directory": True},
    {"key": "elodie-fargier", "display_name": "Élodie Fargier", "organisation": "La Guinguette du Gardon", "sector": "restauration", "commune": "Collias", "role": "participant", "show_in_directory": True},
    {"key": "romain-baptiste", "display_name": "Romain Baptiste", "organisation": "Auberge de la Garrigue", "sector": "restauration", "commune": "Aigaliers", "role": "participant", "show_in_directory": True},
    {"key": "stephanie-nguyen", "display_name": "Stéphanie Nguyen", "organisation": "Bistrot de l'Aqueduc", "sector": "restauration", "commune": "Castillon-du-Gard", "role": "participant", "show_in_directory": False},
    # Activités de pleine nature
    {"key": "julien-arnaud", "display_name": "Julien Arnaud", "organisation": "Canoë Gardon Aventure", "sector": "activites_pleine_nature", "commune": "Collias", "role": "participant", "show_in_directory": True},
    {"key": "lea-bonnet", "display_name": "Léa Bonnet", "organisation": "Sentiers de garrigue (accompagnatrice en montagne)", "sector": "activites_pleine_nature", "commune": "Saint-Siffret", "role": "participant", "show_in_directory": True},
    {"key": "samuel-roussel", "display_name": "Samuel Roussel", "organisation": "Vélo Rando Pont du Gard (location de vélos à assistance électrique)", "sector": "activites_pleine_nature", "commune": "Remoulins", "role": "participant", "show_in_directory": True},
    {"key": "agnes-vernet", "display_name": "Agnès Vernet", "organisation": "Écurie des Garrigues (balades à cheval)", "sector": "activites_pleine_nature", "commune": "Lussan", "role": "participant", "show_in_directory": True},
    # Patrimoine
    {"key": "isabelle-faure", "display_name": "Isabelle Faure", "organisation": "Guide-conférencière indépendante", "sector": "patrimoine", "commune": "Uzès", "role": "participant", "show_in_directory": True},
    {"key": "vincent-maurin", "display_name": "Vincent Maurin", "organisation": "Site du Pont du Gard, service commercial et groupes", "sector": "patrimoine", "commune": "Vers-Pont-du-Gard", "role": "participant", "show_in_directory": True},
    {"key": "anne-sophie-lefort", "display_name": "Anne-Sophie Lefort", "organisation": "Maison de la terre et des potiers (association gestionnaire)", "sector": "patrimoine", "commune": "Saint-Quentin-la-Poterie", "role": "participant", "show_in_directory": True},
    # Producteurs
    {"key": "benoit-granier", "display_name": "Benoît Granier", "organisation": "Domaine de la Capitelle (AOC Duché d'Uzès)", "sector": "producteur", "commune": "Saint-Siffret", "role": "participant", "show_in_directory": True},
    {"key": "chantal-rey", "display_name": "Chantal Rey", "organisation": "Cave coopérative Les Vignerons du Pont", "sector": "producteur", "commune": "Castillon-du-Gard", "role": "participant", "show_in_directory": True},
    {"key": "didier-brun", "display_name": "Didier Brun", "organisation": "Truffière du Mas Blanc", "sector": "producteur", "commune": "Montaren-et-Saint-Médiers", "role": "participant", "show_in_directory": False},
    {"key": "fatima-ziani", "display_name": "Fatima Ziani", "organisation": "Oliveraie du Mas d'Eure (huile d'olive)", "sector": "producteur", "commune": "Arpaillargues-et-Aureillac", "role": "participant", "show_in_directory": True},
    {"key": "manon-castel", "display_name": "Manon Castel", "organisation": "Chèvrerie de Bel Air (pélardon AOP)", "sector": "producteur", "commune": "Aigaliers", "role": "participant", "show_in_directory": True},
    # Commerce et artisanat
    {"key": "lucas-ferrand", "display_name": "Lucas Ferrand", "organisation": "Atelier Terre d'Ocre (potier, atelier-boutique)", "sector": "commerce", "commune": "Saint-Quentin-la-Poterie", "role": "participant", "show_in_directory": True},
    {"key": "emilie-sabatier", "display_name": "Émilie Sabatier", "organisation": "Librairie de la Place", "sector": "commerce", "commune": "Uzès", "role": "participant", "show_in_directory": False},
    {"key": "hugo-perrier", "display_name": "Hugo Perrier", "organisation": "Épicerie Saveurs du Duché, président de l'union des commerçants", "sector": "commerce", "commune": "Uzès", "role": "participant", "show_in_directory": True},
    # Associations
    {"key": "monique-audibert", "display_name": "Monique Audibert", "organisation": "Les Randonneurs de l'Uzège (association)", "sector": "association", "commune": "Flaux", "role": "participant", "show_in_directory": True},
    {"key": "rose-marie-blanc", "display_name": "Rose-Marie Blanc", "organisation": "Greeters du Pays d'Uzès (bénévoles)", "sector": "association", "commune": "Blauzac", "role": "participant", "show_in_directory": True},
    {"key": "theo-lambert", "display_name": "Théo Lambert", "organisation": "Festival Garrigue en scène (association)", "sector": "association", "commune": "Uzès", "role": "participant", "show_in_directory": True},
    # Institutions partenaires et autres
    {"key": "nathalie-dumas", "display_name": "Nathalie Dumas", "organisation": "Gard Tourisme, chargée de mission territoires", "sector": "institution", "commune": "Nîmes", "role": "participant", "show_in_directory": True},
    {"key": "yasmine-cherif", "display_name": "Yasmine Chérif", "organisation": "Syndicat mixte des gorges du Gardon, animatrice nature", "sector": "institution", "commune": "Sanilhac-Sagriès", "role": "participant", "show_in_directory": True},
    {"key": "alexandre-pons", "display_name": "Alexandre Pons", "organisation": "Lumière de garrigue (photographe)", "sector": "autre", "commune": "Aigaliers", "role": "participant", "show_in_directory": True},
]


WORKSHOPS = [
    {
        "key": "gouvernance", "file": "gouvernance-uzes.md", "days_ago": 50, "start": "14:00",
        "attendees": [
            "claire-vidal", "yannick-moreau", "ines-haddad", "lucie-marchetti",
            "gerard-pellegrin", "jean-luc-teissier", "martine-gaillard",
            "camille-roux", "francois-delmas", "olivier-chabert", "pieter-de-vries", "karim-mansouri",
            "julien-arnaud", "isabelle-faure", "vincent-maurin", "benoit-granier", "hugo-perrier",
            "monique-audibert", "rose-marie-blanc", "nathalie-dumas", "lea-bonnet", "aurelie-martin",
        ],
    },
    {
        "key": "parcours-client", "file": "parcours-client-uzes.md", "days_ago": 20, "start": "14:00",
        "attendees": [
            "claire-vidal", "yannick-moreau", "ines-haddad", "lucie-marchetti",
            "nadia-benali", "patrick-soulier",
            "camille-roux", "sandrine-lopez", "mathilde-guerin", "karim-mansouri", "elodie-fargier",
            "stephanie-nguyen", "samuel-roussel", "isabelle-faure", "vincent-maurin", "anne-sophie-lefort",
            "chantal-rey", "lucas-ferrand", "emilie-sabatier", "hugo-perrier", "theo-lambert",
            "rose-marie-blanc", "olivier-chabert", "pieter-de-vries",
        ],
    },
    {
        "key": "durable-local",
        "title": "Tourisme durable et productions locales",
        "days_ago": 8,
        "start": "14:00",
        "place": "Salle des fêtes de Collias",
        "status": "open",
        "description": """Troisième atelier, au bord du Gardon, sur deux sujets qui reviennent dans toutes les discussions depuis le début des Assises : la fragilité de nos espaces naturels en été, et la place des productions locales dans ce que nous proposons aux visiteurs.

**Au programme**

- ouverture par le maire de Collias et présentation des observations du Syndicat mixte des gorges du Gardon ;
- trois missions en tables tournantes : découvrir la nature sans l'abîmer, venir et circuler sans voiture, mettre le terroir au cœur de l'offre ;
- dégustation de fin d'après-midi offerte par les producteurs présents (pélardon, huile nouvelle, vins du Duché d'Uzès).

Vingt participants, dont quatre producteurs, un potier et quatre prestataires d'activités de pleine nature. Les trois missions restent ouvertes en ligne : complétez, contestez, ajoutez vos exemples.""",
        "attendees": [
            "claire-vidal", "yannick-moreau", "ines-haddad",
            "helene-castanet", "jean-luc-teissier", "gerard-pellegrin",
            "julien-arnaud", "lea-bonnet", "samuel-roussel", "agnes-vernet", "yasmine-cherif",
            "benoit-granier", "didier-brun", "fatima-ziani", "manon-castel", "romain-baptiste",
            "francois-delmas", "aurelie-martin", "lucas-ferrand", "alexandre-pons",
        ],
        "missions": [
            {
                "key": "garrigue-gorges",
                "title": "Faire découvrir la nature sans l'abîmer",
                "instructions": """Gorges du Gardon, garrigue, capitelles, rivières : c'est une grande partie de ce que les visiteurs viennent chercher. Mais certains sites saturent l'été (baignade, stationnement, déchets, bruit) et le risque d'incendie grandit chaque année.

Comment faire découvrir ce patrimoine naturel, le faire comprendre et le faire respecter ? Pensez aux animations, à la signalétique, aux messages que vos clients devraient entendre chez vous, et au rôle que les professionnels peuvent jouer sur le terrain.""",
                "is_open": True,
            },
            {
                "key": "sans-voiture",
                "title": "Venir et circuler sans voiture",
                "instructions": """Aujourd'hui, séjourner ici sans voiture tient de l'exploit. Imaginez un visiteur qui descend du train à Nîmes ou à Avignon : comment rejoint-il son hébergement, puis le Pont du Gard, Uzès, les gorges ?

Listez les services qui manquent (navettes, vélos, transport des bagages, information), ceux qui existent mais que personne ne connaît, et ce que les professionnels pourraient proposer eux-mêmes, seuls ou à plusieurs.""",
                "is_open": True,
            },
            {
                "key": "terroir",
                "title": "Mettre les productions locales au cœur de l'offre",
                "instructions": """Vins du Duché d'Uzès, truffe, huile d'olive, pélardon, poteries de Saint-Quentin : comment nos productions et nos savoir-faire peuvent-ils devenir une raison de venir, et pas seulement un souvenir qu'on rapporte ?

Proposez des offres (visites, ateliers, séjours à thème, circuits), des façons de mieux faire connaître les producteurs chez les hébergeurs et les restaurateurs, et les labels qui mériteraient d'être mis en avant.""",
                "is_open": True,
            },
        ],
    },
    {
        "key": "quatre-saisons",
        "title": "Une destination toute l'année",
        "days_ago": -12,
        "start": "14:00",
        "place": "Salle communale de Lussan",
        "status": "announced",
        "description": """Quatrième atelier des Assises : comment faire vivre le territoire en dehors de l'été ? Les ateliers précédents ont souvent buté sur la même question : au printemps et à l'automne, les visiteurs sont là, mais beaucoup d'établissements sont fermés, et en hiver tout s'arrête.

**Ce que nous ferons**

- un point sur la fréquentation mois par mois, à partir des chiffres de la taxe de séjour et des données de Gard Tourisme ;
- deux missions en groupes : remplir les ailes de saison, construire un fil d'événements sur toute l'année ;
- un temps d'échange avec les organisateurs de manifestations du territoire.

**Qui est invité ?** Tous les membres de la concertation, et particulièrement les organisateurs d'événements, les commerçants et les hébergeurs ouverts à l'année. Inscription conseillée auprès de l'office pour prévoir les tables et le goûter.""",
        "attendees": [],
        "missions": [
            {
                "key": "ailes-de-saison",
                "title": "Remplir les ailes de saison",
                "instructions": """D'avril à juin et de septembre à novembre, le climat est doux, les sites sont calmes, et pourtant beaucoup d'entre nous tournent au ralenti.

Pour quelles clientèles ces périodes sont-elles idéales ? Que faudrait-il leur proposer, et que faudrait-il pour que les établissements restent ouverts (horaires coordonnés, offres communes, communication ciblée) ? Chaque groupe choisit une clientèle et construit une offre complète pour un week-end d'octobre.""",
                "is_open": False,
            },
            {
                "key": "agenda-annuel",
                "title": "Un fil d'événements toute l'année",
                "instructions": """Truffe en janvier, balades en avril, céramique en juillet, vendanges en septembre, huile nouvelle en décembre : le territoire ne manque pas de rendez-vous, mais ils se chevauchent parfois et restent peu connus au-delà du canton.

Construisez, mois par mois, le calendrier idéal de la destination : les événements à garder, à renforcer, à créer, et ce que l'office pourrait apporter aux organisateurs.""",
                "is_open": False,
            },
        ],
    },
    {
        "key": "reseau-pros",
        "title": "Mise en réseau des professionnels",
        "days_ago": -40,
        "start": "14:00",
        "place": "Espace culturel de Remoulins (à confirmer)",
        "status": "draft",
        "description": """Brouillon, non publié. Dernier atelier des Assises, consacré aux chantiers « une destination partenariale » et « une destination plus présente sur son territoire ».

Objectif : repenser ensemble les services que l'office rend à ses partenaires, et organiser un réseau de professionnels relais d'information, à commencer par les hébergeurs et les communes.

**Pistes de déroulé (à valider avec Lucie)**

- retour sur les contributions les plus soutenues des quatre premiers ateliers ;
- deux missions en groupes ;
- présentation du projet de charte partenaire et du futur annuaire des professionnels.

À prévoir : salle pour 30 personnes, vidéoprojecteur, invitation des communes qui n'ont encore envoyé personne.""",
        "attendees": [],
        "missions": [
            {
                "key": "services-ot",
                "title": "Les services de l'office à ses partenaires",
                "instructions": """Aujourd'hui, l'office propose à ses partenaires une fiche sur son site, une place dans la documentation, quelques rencontres dans l'année. Qu'attendez-vous vraiment de lui ?

Classez les services possibles (formation, photothèque, données de fréquentation, visibilité, mise en relation, accompagnement aux labels…) du plus utile au moins utile, puis dites ce que vous seriez prêts à apporter en retour.""",
                "is_open": False,
            },
            {
                "key": "relais-info",
                "title": "Hébergeurs et communes, relais d'information",
                "instructions": """La plupart des visiteurs ne poussent jamais la porte d'un bureau d'accueil : ils s'informent chez leur hébergeur, à la mairie, au café du village.

Comment faire de ces lieux de vrais relais ? De quoi auraient-ils besoin (documentation, formation, affichage, outil numérique), et comment l'office pourrait-il les tenir informés tout au long de l'année ?""",
                "is_open": False,
            },
        ],
    },
]


CONTRIBUTIONS = [
    # =====================================================================
    # Atelier 1 : Gouvernance 3.0 (clos)
    # =====================================================================
    # --- Mission : le périmètre idéal ---
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "lucie-marchetti",
        "title": "Synthèse des quatre cartes : deux façons de dessiner la destination",
        "body": """Voici la mise au propre des quatre cartes produites pendant l'atelier de l'Ombrière. Les photos des cartes originales sont dans les documents de l'atelier. Corrigez-moi si j'ai mal retranscrit votre table !

## Ce qui fait consensus

Les quatre groupes ont gardé ensemble **Uzès et le Pont du Gard**. Personne n'a proposé de les séparer, et plusieurs participants ont rappelé qu'un visiteur enchaîne très souvent les deux dans la même journée. Le Gardon apparaît sur toutes les cartes comme une colonne vertébrale, des gorges jusqu'à Remoulins.

Autre point commun : aucun groupe n'a dessiné son périmètre en suivant exactement les limites des deux communautés de communes. Toutes les cartes débordent, au moins un peu.

## Première vision : « les deux rives du Gardon » (groupes 1 et 3)

Un périmètre proche de l'actuel, élargi à l'ensemble des gorges du Gardon, pensé comme un territoire que l'on peut parcourir en une semaine sans faire plus d'une demi-heure de voiture par jour.

- **Atout** : une destination lisible, à taille humaine, que les professionnels connaissent bien.
- **Limite** : elle ignore les portes d'entrée des visiteurs, qui arrivent presque tous par Nîmes ou Avignon.
- Accueil proposé : deux bureaux forts (Uzès, Pont du Gard) et un réseau de relais chez les partenaires.

## Seconde vision : « au cœur du triangle » (groupes 2 et 4)

Une destination qui assume sa position centrale entre Nîmes, Avignon et les Cévennes, et qui se présente comme le **camp de base** pour rayonner. Le groupe 4 va plus loin et propose trois « portes » thématiques :

1. Uzès, pour le patrimoine, le marché et l'art de vivre ;
2. le Pont du Gard, pour le grand site et l'accueil des groupes ;
3. Collias, pour la rivière et les activités de pleine nature.

- **Atout** : on parle le langage du visiteur, qui raisonne en temps de trajet plus qu'en frontières.
- **Limite** : il faut des accords avec les offices voisins, et le risque est de diluer notre identité.

## Les arguments entendus

- « Le visiteur ne connaît pas le mot communauté de communes. » (groupe 3)
- La position centrale est un argument de vente, à condition de proposer de quoi rester le soir.
- Les villages du nord (Lussan, Aigaliers) se sentent absents des cartes touristiques actuelles, quel que soit le scénario.

## Questions laissées ouvertes

- Quelle place pour Gard Tourisme et pour le site du Pont du Gard dans l'accueil ?
- Faut-il un bureau à Remoulins, ou un point d'accueil sur le site lui-même ?
- Jusqu'où associer les offices voisins dans la promotion, sans se fondre en eux ?

Ces deux visions seront présentées telles quelles au comité de pilotage, avec vos commentaires ci-dessous.""",
        "themes": ["Identité et notoriété", "Accueil et information", "Travail en réseau"],
        "days_ago": 48, "hours_ago": 9, "likes": 18, "edited": True,
        "comments": [
            {"author": "nathalie-dumas", "body": "Merci pour cette synthèse très claire. Côté Gard Tourisme, la vision « camp de base » colle bien à ce que nous observons : les séjours itinérants dans le département passent presque tous par ici.", "days_ago": 47, "replies": []},
            {"author": "aurelie-martin", "body": "Petite correction pour le groupe 1 : nous avions aussi noté un **relais d'accueil à Lussan** l'été, pas seulement les deux bureaux. C'était sur le post-it jaune en bas de la carte.", "days_ago": 47, "replies": [
                {"author": "lucie-marchetti", "body": "Bien vu, c'est corrigé dans la version qui part au comité. Merci !", "days_ago": 46},
            ]},
            {"author": "gerard-pellegrin", "body": "Les deux visions ne s'opposent pas forcément : on peut avoir un territoire d'action resserré et une promotion qui joue la carte du triangle. C'est ce que je défendrai au comité.", "days_ago": 44, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "camille-roux",
        "title": "Uzès et le Pont du Gard, c'est la même sortie pour nos clients",
        "body": "Pour un visiteur, Uzès et le Pont du Gard font partie de la même journée. Quel que soit le périmètre retenu, il faut les garder ensemble : c'est notre duo gagnant.",
        "themes": ["Identité et notoriété"],
        "days_ago": 49, "hours_ago": 21, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "julien-arnaud",
        "title": "Les gorges du Gardon ne s'arrêtent pas à une limite de commune",
        "body": """Pour nos clients, les gorges forment un tout, de Russan jusqu'au Pont du Gard. Ils se moquent de savoir quelle commune gère quel parking ou quelle plage. Si on dessine un périmètre, qu'il suive la rivière et pas le cadastre, et que le Syndicat mixte des gorges soit associé dès le départ : c'est lui qui connaît le terrain toute l'année.""",
        "themes": ["Pleine nature", "Travail en réseau"],
        "days_ago": 49, "hours_ago": 18, "likes": 3, "edited": False,
        "comments": [
            {"author": "monique-audibert", "body": "Entièrement d'accord. Nos randonnées passent sans cesse d'une rive à l'autre, et donc d'une intercommunalité à l'autre.", "days_ago": 48, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "yannick-moreau",
        "title": "Le visiteur ne connaît pas les communautés de communes",
        "body": "Post-it du groupe 3, saisi tel quel : « Le visiteur ne connaît pas le mot communauté de communes. Il connaît Uzès, le Pont du Gard, et à la rigueur Nîmes. »",
        "themes": ["Identité et notoriété"],
        "days_ago": 50, "hours_ago": 2, "likes": 5, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "olivier-chabert",
        "title": "Penser la destination avec Nîmes et Avignon, pas contre elles",
        "body": """À l'hôtel, plus de la moitié de nos clients étrangers arrivent par la gare d'Avignon TGV ou par l'aéroport de Nîmes. Ils nous choisissent parce que nous sommes « entre les deux », au calme, avec un parking. Plutôt que de vouloir exister seuls, assumons d'être le point de chute idéal pour visiter le triangle Nîmes, Avignon, Arles, en gardant Uzès et le Pont du Gard comme cœur du séjour.""",
        "themes": ["Identité et notoriété", "Travail en réseau"],
        "days_ago": 49, "hours_ago": 7, "likes": 3, "edited": False,
        "comments": [
            {"author": "isabelle-faure", "body": "D'accord sur le constat, mais prudence : si on se vend comme un dortoir pour aller visiter ailleurs, les visiteurs dépenseront ailleurs. Il faut qu'ils aient aussi envie de rester une journée entière ici.", "days_ago": 48, "replies": [
                {"author": "olivier-chabert", "body": "Tout à fait, d'où l'idée de garder Uzès et le Pont comme « cœur du séjour ». Mais refuser de citer Avignon sur nos supports, c'est se priver d'un repère que tout le monde connaît.", "days_ago": 48},
            ]},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "helene-castanet",
        "title": "N'oubliez pas les villages du nord !",
        "body": "Lussan, Aigaliers, Vallérargues… On a souvent l'impression que la destination s'arrête à la sortie d'Uzès. Nous avons les Concluses, des villages perchés et un ciel sans pollution lumineuse : mettez-nous sur la carte. Un visiteur qui dort à Lussan passe forcément une journée à Uzès ; l'inverse est rare, simplement parce que personne ne lui a parlé de nous.",
        "themes": ["Identité et notoriété", "Patrimoine et savoir-faire"],
        "days_ago": 47, "hours_ago": 14, "likes": 5, "edited": False,
        "comments": [
            {"author": "agnes-vernet", "body": "Merci madame la maire ! Nos clients découvrent Lussan par hasard et reviennent tous les ans.", "days_ago": 46, "replies": []},
            {"author": "claire-vidal", "body": "C'est noté, et c'est l'une des raisons pour lesquelles l'atelier sur les quatre saisons se tiendra à Lussan.", "days_ago": 45, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "pieter-de-vries",
        "title": "Vu des Pays-Bas, nos clients pensent être en Provence",
        "body": """Je vais dire quelque chose qui fâche un peu : nos clients néerlandais et belges réservent « en Provence ». Ils ne savent pas ce qu'est le Gard, encore moins l'Uzège. Quand ils arrivent, ils sont ravis, mais ce n'est pas le nom de notre territoire qui les a fait venir, c'est une image : la lavande, les marchés, le soleil, les vieilles pierres.

Je ne dis pas qu'il faut mentir sur la géographie. Je dis que notre périmètre, pour l'étranger, devrait se présenter comme « aux portes de la Provence », avec Avignon à trente minutes, et que nos outils en langues étrangères doivent partir de ce que les gens connaissent déjà. Ensuite, on leur fait découvrir que la garrigue, c'est encore mieux que la lavande.""",
        "themes": ["Identité et notoriété"],
        "days_ago": 49, "hours_ago": 10, "likes": 21, "edited": False,
        "comments": [
            {"author": "isabelle-faure", "body": "Je comprends l'argument commercial, mais nous ne sommes pas en Provence, et le Duché d'Uzès a une histoire bien à lui. Si on se présente comme une Provence de seconde main, on perd ce qui nous rend uniques.", "days_ago": 49, "replies": [
                {"author": "pieter-de-vries", "body": "Je suis d'accord sur le fond, Isabelle. C'est une porte d'entrée, pas une identité. Une fois chez nous, c'est à vous de leur raconter le Duché, et vous le faites très bien !", "days_ago": 48},
            ]},
            {"author": "benoit-granier", "body": "Même constat au caveau : les Belges me demandent du « vin de Provence ». Je leur fais goûter un Duché d'Uzès blanc, ils repartent avec six bouteilles et un nouveau nom en tête.", "days_ago": 48, "replies": []},
            {"author": "nathalie-dumas", "body": "Pour information, les études de notoriété du Département vont dans le même sens : à l'étranger, le Pont du Gard est bien plus connu que le Gard lui-même. C'est lui le meilleur point d'ancrage, plus que la Provence.", "days_ago": 47, "replies": [
                {"author": "pieter-de-vries", "body": "Très intéressant. Ces études sont-elles accessibles aux professionnels ?", "days_ago": 47},
                {"author": "nathalie-dumas", "body": "Oui, la synthèse est publique sur notre espace pro. Je la transmets à Yannick pour qu'il la mette dans les documents de la concertation.", "days_ago": 46},
            ]},
            {"author": "francois-delmas", "body": "Chez nous au camping, les Allemands disent « Südfrankreich », point. Le sud, le soleil, la rivière. Ils se moquent un peu des frontières de la Provence.", "days_ago": 45, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "benoit-granier",
        "title": "L'aire de l'AOC Duché d'Uzès, une bonne base de carte",
        "body": "Pourquoi ne pas partir de l'aire de l'appellation Duché d'Uzès ? C'est un terroir cohérent, et c'est littéralement le goût du territoire.",
        "themes": ["Produits locaux", "Identité et notoriété"],
        "days_ago": 49, "hours_ago": 12, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "vincent-maurin",
        "title": "Faire du Pont du Gard une porte d'entrée, pas un cul-de-sac",
        "body": """Beaucoup de visiteurs viennent au Pont du Gard pour deux ou trois heures, puis repartent vers Avignon ou Nîmes sans savoir qu'Uzès est à vingt minutes. Sur le site, l'information sur le reste du territoire est quasi inexistante. Un point d'accueil de l'office sur le site, au moins d'avril à octobre, permettrait de les retenir : idées de balades, restaurants dans les villages, hébergements pour le soir même.""",
        "themes": ["Accueil et information", "Travail en réseau"],
        "days_ago": 49, "hours_ago": 16, "likes": 5, "edited": False,
        "comments": [
            {"author": "patrick-soulier", "body": "Soutien total. On en parle depuis des années entre élus ; il faudrait enfin regarder les questions de convention et de personnel.", "days_ago": 46, "replies": []},
            {"author": "camille-roux", "body": "Et dans l'autre sens, un écran au bureau d'Uzès qui montre l'affluence au Pont du Gard en temps réel ? Ça aiderait les visiteurs à choisir leur moment.", "days_ago": 45, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "claire-vidal",
        "title": "Un accueil fort à Uzès, un autre au Pont du Gard, des relais partout ailleurs",
        "body": "Post-it du groupe 1 : deux bureaux d'accueil complets (Uzès et le Pont du Gard) et, dans les villages, des relais d'information chez les partenaires, avec de la documentation et une personne formée.",
        "themes": ["Accueil et information"],
        "days_ago": 50, "hours_ago": 1, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "aurelie-martin",
        "title": "Et l'accueil des visiteurs qui arrivent le samedi soir ?",
        "body": """Mes locataires arrivent le samedi vers 18 h, quand les bureaux sont fermés. Leur premier contact avec la destination, c'est moi et le classeur posé sur la table du gîte. Si l'office nous fournissait un kit à jour (carte, agenda de la semaine, numéros utiles, bons plans hors des sentiers battus), chaque hébergeur deviendrait un petit bureau d'accueil.""",
        "themes": ["Accueil et information", "Travail en réseau"],
        "days_ago": 48, "hours_ago": 20, "likes": 1, "edited": False,
        "comments": [
            {"author": "yannick-moreau", "body": "C'est exactement l'idée du réseau de relais d'information. Un premier kit « hébergeur » est en préparation ; je vous propose d'en être testeuse.", "days_ago": 46, "replies": [
                {"author": "aurelie-martin", "body": "Avec plaisir, je suis partante.", "days_ago": 46},
            ]},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "francois-delmas",
        "title": "Question : le bureau de Remoulins est-il maintenu dans ce schéma ?",
        "body": "Question peut-être naïve : dans les scénarios proposés, le bureau de Remoulins reste-t-il ouvert ? Pour les campings de la vallée, c'est le seul point d'accueil accessible à pied. En juillet, nos clients y vont chercher les horaires de bus, les billets pour le Pont du Gard et les idées de sorties du soir.",
        "themes": ["Accueil et information"],
        "days_ago": 47, "hours_ago": 11, "likes": 4, "edited": False,
        "comments": [
            {"author": "patrick-soulier", "body": "Rien n'est décidé, et les élus du Pont du Gard tiennent à un accueil dans la vallée. La forme peut changer : bureau, point saisonnier, accueil sur le site.", "days_ago": 46, "replies": []},
            {"author": "claire-vidal", "body": "Pour être transparente : la fréquentation de Remoulins a baissé ces trois dernières années, mais les demandes des campeurs y sont très spécifiques. Nous présenterons les chiffres au comité de pilotage.", "days_ago": 45, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "nathalie-dumas",
        "title": "Distinguer l'échelle de l'accueil et celle de la promotion",
        "body": """Un point de méthode, vu depuis le Département : on mélange souvent deux questions dans ce débat sur le périmètre. La première concerne **l'accueil et l'animation du réseau** : elle se joue à l'échelle d'un territoire que l'équipe de l'office peut parcourir, connaître et fédérer. Celle des deux communautés de communes est cohérente de ce point de vue.

La seconde concerne **la promotion** : là, l'échelle pertinente est celle de l'imaginaire du visiteur, et elle est forcément plus large. Le Pont du Gard, Grand Site de France et inscrit à l'UNESCO, porte la notoriété internationale ; Uzès porte l'art de vivre. Rien n'empêche de travailler la promotion avec les offices voisins et avec nous sur des campagnes communes, sans toucher à l'organisation locale.

Autrement dit, il n'est peut-être pas nécessaire de choisir entre les deux visions de la synthèse : l'une peut servir à s'organiser, l'autre à se faire connaître.""",
        "themes": ["Travail en réseau", "Identité et notoriété"],
        "days_ago": 46, "hours_ago": 10, "likes": 7, "edited": False,
        "comments": [
            {"author": "lucie-marchetti", "body": "Merci Nathalie, c'est la clarification qui manquait. Je l'intègre en introduction de la note pour le comité.", "days_ago": 45, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "hugo-perrier",
        "title": "Un périmètre large, c'est aussi une façon de répartir le monde",
        "body": "En août, le centre d'Uzès est saturé. Un périmètre plus large n'est pas qu'une affaire de notoriété : c'est aussi le moyen d'envoyer une partie des visiteurs vers les villages. Les terrasses à un quart d'heure d'Uzès sont à moitié vides pendant que la place aux Herbes déborde : il y a de la place pour tout le monde, encore faut-il le faire savoir.",
        "themes": ["Développement durable", "Accueil et information"],
        "days_ago": 48, "hours_ago": 8, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "lea-bonnet",
        "title": "La garrigue comme trait d'union entre les villages",
        "body": """Ce qui relie vraiment Uzès, les gorges et les villages, ce sont les sentiers. Si l'on superpose la carte des chemins balisés à celle du territoire, on voit apparaître un pays cohérent, traversable à pied en quelques jours. Je proposerais que la destination se présente aussi comme ça : un réseau de chemins de garrigue entre des villages, plutôt qu'une liste de sites.""",
        "themes": ["Pleine nature", "Identité et notoriété"],
        "days_ago": 48, "hours_ago": 15, "likes": 0, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "lucie-marchetti",
        "title": "Trois « portes » : Uzès, le Pont du Gard et Collias",
        "body": "Proposition du groupe 4 : nommer trois portes d'entrée thématiques. Uzès pour le patrimoine, le Pont du Gard pour le grand site, Collias pour la rivière et la nature.",
        "themes": ["Identité et notoriété", "Accueil et information"],
        "days_ago": 50, "hours_ago": 1, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "perimetre", "author": "jean-luc-teissier",
        "title": "Collias porte des gorges ? D'accord, mais avec des moyens",
        "body": """Je lis avec intérêt l'idée de faire de Collias une « porte » de la destination. Mais soyons lucides : l'été, nous avons déjà un parking saturé dès 10 h, des voitures garées jusque sur la départementale, des toilettes publiques sous-dimensionnées et une équipe municipale de quatre agents. Une porte d'entrée sans équipement, c'est un embouteillage de plus. Si on nous donne ce rôle, il faut que l'intercommunalité suive sur le stationnement, la propreté et l'accueil.

Je ne dis pas non, je dis : pas sans un plan. Collias accueille volontiers les visiteurs depuis des décennies, et les habitants y sont attachés. Mais ils commencent à se lasser des dimanches d'été où l'on ne peut plus sortir de chez soi en voiture. Une porte d'entrée, ce serait aussi l'occasion de régler ces questions une bonne fois, avec une navette, un parking de délestage et une présence d'accueil les jours de forte affluence.""",
        "themes": ["Accueil et information", "Développement durable"],
        "days_ago": 47, "hours_ago": 9, "likes": 4, "edited": False,
        "comments": [
            {"author": "julien-arnaud", "body": "Je confirme, et c'est nous, les loueurs, qui prenons les reproches des clients coincés dans la file.", "days_ago": 47, "replies": []},
            {"author": "gerard-pellegrin", "body": "Message reçu, Jean-Luc. La question du stationnement en bord de Gardon sera inscrite dans le chantier mobilités. On ne peut pas demander aux communes de porter seules les effets du succès.", "days_ago": 44, "replies": []},
            {"author": "francois-delmas", "body": "Une navette depuis les campings éviterait déjà une bonne partie des voitures. On en reparlera sûrement à l'atelier sur le tourisme durable.", "days_ago": 43, "replies": []},
        ],
    },
    # --- Mission : la note de cap ---
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "ines-haddad",
        "title": "Une ambition à géométrie variable selon les sites",
        "body": "Rubrique 1, groupe 2 : « l'Europe pour le Pont du Gard, la France pour Uzès, la région pour les villages ». Tout le groupe était d'accord pour ne pas viser partout la même cible.",
        "themes": ["Identité et notoriété"],
        "days_ago": 50, "hours_ago": 2, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "isabelle-faure",
        "title": "Être reconnus pour un art de vivre, pas pour un monument",
        "body": """Le Pont du Gard attire, c'est une chance. Mais ce qui fait revenir les gens, c'est autre chose : la lumière sur les façades de la place aux Herbes, le marché du samedi, le temps qu'on prend à la terrasse, le premier duché de France qui se visite à pied. Notre note de cap devrait parler d'un art de vivre, d'un rythme, plutôt que d'aligner des monuments. Les visiteurs qui cherchent ça sont aussi ceux qui restent plusieurs jours.

Concrètement, je verrais bien la note de cap s'appuyer sur trois images : le marché du samedi, la rivière au petit matin, les villages de pierre à l'heure de l'apéritif. Trois moments plutôt que trois monuments. Et derrière, une promesse : ici, on prend le temps, et on ne vous bouscule pas.""",
        "themes": ["Identité et notoriété", "Patrimoine et savoir-faire"],
        "days_ago": 49, "hours_ago": 9, "likes": 5, "edited": False,
        "comments": [
            {"author": "karim-mansouri", "body": "Et l'art de vivre passe par l'assiette, je me permets de le rappeler !", "days_ago": 48, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "karim-mansouri",
        "title": "On doit venir chez nous pour manger !",
        "body": "Le marché du samedi, la truffe en hiver, les vins du Duché, le pélardon : c'est notre meilleur argument et on le vend mal. La note de cap doit le dire noir sur blanc. Mes clients parisiens me répètent qu'ils reviennent pour ça, et aucun d'eux ne l'avait lu quelque part avant de venir.",
        "themes": ["Produits locaux", "Identité et notoriété"],
        "days_ago": 49, "hours_ago": 22, "likes": 6, "edited": False,
        "comments": [
            {"author": "benoit-granier", "body": "Je signe des deux mains.", "days_ago": 49, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "olivier-chabert",
        "title": "Une note de cap sans chiffres, c'est une carte postale",
        "body": """Toutes les idées de l'atelier sont sympathiques, mais une direction a besoin d'objectifs qu'on peut vérifier. Je proposerais d'en retenir trois, pas plus, et de les suivre chaque année devant les professionnels :

- la durée moyenne de séjour (aujourd'hui beaucoup trop de visites à la journée) ;
- la part des nuitées en dehors de juillet et août ;
- la satisfaction des visiteurs, mesurée de la même façon partout.

Avec ça, dans cinq ans, on saura si la stratégie a servi à quelque chose. Sans ça, on refera des Assises en 2031 en se posant les mêmes questions.

Et qu'on publie ces chiffres chaque année, même quand ils ne sont pas bons. C'est à cette condition que les professionnels continueront de jouer le jeu.""",
        "themes": ["Tourisme 4 saisons", "Travail en réseau"],
        "days_ago": 49, "hours_ago": 6, "likes": 10, "edited": False,
        "comments": [
            {"author": "claire-vidal", "body": "Entièrement d'accord. Les deux premiers indicateurs sont calculables à partir de la taxe de séjour ; pour la satisfaction, il nous faut un outil commun. C'est justement un sujet du prochain atelier.", "days_ago": 48, "replies": []},
            {"author": "gerard-pellegrin", "body": "Les élus aussi ont besoin de ces chiffres pour défendre le budget de l'office. Je soutiens.", "days_ago": 44, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "benoit-granier",
        "title": "Ma note de cap, si j'étais à la place de la future direction",
        "body": """Pendant l'atelier, notre groupe n'a eu que vingt minutes pour cette mission, et j'ai eu le sentiment de rester sur ma faim. Je me suis donc prêté au jeu jusqu'au bout, le soir, au caveau. Voici la note que j'aimerais lire si j'étais membre du conseil d'administration. Prenez-la comme une base de discussion, pas comme une vérité.

## 1. Connus jusqu'où ?

**Partout où l'on connaît déjà le Pont du Gard, c'est-à-dire très loin.** Le Pont est notre ambassadeur international : inscrit à l'UNESCO, vu par des visiteurs du monde entier, il n'a pas besoin de nous pour exister. En revanche, nous avons besoin de lui pour faire découvrir le reste.

Pour le reste du territoire, soyons réalistes : notre clientèle la plus fidèle vient de Montpellier, Marseille, Lyon, de la région parisienne et du Benelux. C'est là qu'il faut être connu pour autre chose que le Pont : comme l'endroit où l'on vient passer un long week-end en avril, en juin ou en octobre.

## 2. On doit venir chez nous pour…

- **le goût** : les vins du Duché d'Uzès, la truffe, l'huile d'olive, le pélardon, les marchés ;
- **la garrigue et la rivière** : marcher, pagayer, se baigner, respirer ;
- **les savoir-faire** : la poterie de Saint-Quentin, la pierre, la vigne, le travail des gens d'ici ;
- **le calme** : des villages où l'on dort bien, à une demi-heure de tout.

Je résumerais ça en une phrase : *un pays où l'on prend le temps de goûter*. Ce n'est pas un slogan, c'est une direction. Chaque offre, chaque campagne, chaque événement devrait pouvoir se demander : est-ce que ça donne envie de prendre son temps ?

## 3. L'office doit se distinguer par…

**Le travail avec les professionnels.** Pas seulement nous consulter tous les cinq ans, mais nous réunir régulièrement par filière, nous former, nous mettre en relation. Quand un client me demande un restaurant ouvert le lundi soir ou un guide qui parle néerlandais, je devrais pouvoir trouver la réponse en deux minutes.

**La qualité de l'information.** Un site à jour, des horaires justes, un agenda complet. Rien ne fait plus de tort qu'un visiteur qui trouve porte close à cause d'une information périmée.

**L'écoute des habitants.** Ils sont nos premiers ambassadeurs, et ils sont aussi ceux qui subissent l'été. Une destination qui irrite ses habitants ne durera pas.

## 4. Ce que je ne mettrais pas dans la note

- Un objectif de fréquentation en hausse. Nous n'avons pas besoin de plus de monde en août ; nous avons besoin de mieux répartir.
- Une liste de vingt priorités. Trois ou quatre chantiers menés à terme valent mieux que le catalogue complet.

## 5. Et moi, qu'est-ce que j'apporte ?

C'est la question qu'on oublie toujours. De mon côté : un caveau ouvert le dimanche d'avril à octobre, des visites de vignes pour les clients des hébergeurs partenaires, et la participation à un groupe de travail œnotourisme si l'office le lance. Si chacun répond à cette question, la note de cap aura des bras.

Je serais curieux de lire vos désaccords.""",
        "themes": ["Identité et notoriété", "Produits locaux", "Travail en réseau"],
        "days_ago": 48, "hours_ago": 13, "likes": 24, "edited": True,
        "comments": [
            {"author": "camille-roux", "body": "Bravo Benoît, c'est exactement ce que je n'arrivais pas à formuler. « Un pays où l'on prend le temps de goûter », je le mettrais volontiers sur mes cartes de visite.", "days_ago": 48, "replies": []},
            {"author": "vincent-maurin", "body": "Belle note. Un désaccord tout de même sur le point 1 : le Pont du Gard a lui aussi besoin du territoire. Nos visiteurs réclament de quoi prolonger la journée, et nous n'avons pas toujours de réponse à leur donner.", "days_ago": 47, "replies": [
                {"author": "benoit-granier", "body": "Tu as raison, j'ai été un peu rapide. Disons que nous avons besoin les uns des autres, ce qui tombe bien pour une note sur la gouvernance.", "days_ago": 47},
            ]},
            {"author": "hugo-perrier", "body": "Sur le point 4, je ne suis pas d'accord : pour les commerces d'Uzès, la fréquentation en hausse reste vitale, mais sur d'autres mois que l'été. Il faut donc un objectif de hausse, simplement pas en août.", "days_ago": 46, "replies": [
                {"author": "olivier-chabert", "body": "C'est ce que j'essayais de dire avec l'indicateur des nuitées hors juillet-août. On devrait tous pouvoir se retrouver là-dessus.", "days_ago": 46},
            ]},
            {"author": "nadia-benali", "body": "Merci pour le paragraphe sur les habitants. C'est le sujet dont on me parle le plus en mairie, bien avant la promotion.", "days_ago": 45, "replies": []},
            {"author": "lucie-marchetti", "body": "Je reprends la structure de cette note pour la synthèse de la mission 2, en citant l'auteur, si vous êtes d'accord.", "days_ago": 44, "replies": [
                {"author": "benoit-granier", "body": "Avec plaisir.", "days_ago": 44},
            ]},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "monique-audibert",
        "title": "Une destination où l'on marche",
        "body": "Une destination où l'on marche. Tout simplement.",
        "themes": ["Pleine nature", "Identité et notoriété"],
        "days_ago": 49, "hours_ago": 19, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "rose-marie-blanc",
        "title": "Une terre de rencontres entre habitants et visiteurs",
        "body": """Nous sommes une douzaine de greeters bénévoles et nous voyons chaque semaine ce que produit une simple balade avec un habitant : les visiteurs repartent avec des adresses, des anecdotes, et souvent l'envie de revenir. Je proposerais que la note de cap fasse de la rencontre un marqueur de la destination, et que l'office soutienne les initiatives qui la rendent possible : greeters, portes ouvertes chez les artisans, repas de village ouverts aux visiteurs.""",
        "themes": ["Accueil et information", "Identité et notoriété"],
        "days_ago": 48, "hours_ago": 17, "likes": 4, "edited": False,
        "comments": [
            {"author": "lea-bonnet", "body": "Les greeters et les guides professionnels sont complémentaires, pas concurrents. Je le dis parce que la question revient souvent chez les collègues.", "days_ago": 47, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "yannick-moreau",
        "title": "L'office doit nous mettre en relation entre professionnels",
        "body": "Rubrique 3, groupe 1, à l'unanimité : l'office doit se distinguer par « sa capacité à nous mettre en relation entre pros ».",
        "themes": ["Travail en réseau"],
        "days_ago": 50, "hours_ago": 3, "likes": 9, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "nadia-benali",
        "title": "Des habitants fiers avant des visiteurs nombreux",
        "body": """En mairie, j'entends chaque été des Uzétiens fatigués : les parkings pleins, les loyers qui montent avec les locations saisonnières, le centre qui se vide hors saison. Si la note de cap ne dit rien des habitants, elle passera à côté de l'essentiel. Je proposerais un objectif simple : que les habitants se reconnaissent dans la destination et aient envie d'en parler, et qu'on le mesure avec une enquête régulière.""",
        "themes": ["Identité et notoriété", "Développement durable"],
        "days_ago": 47, "hours_ago": 8, "likes": 6, "edited": False,
        "comments": [
            {"author": "hugo-perrier", "body": "Oui, mais sans visiteurs, le centre se vide encore plus vite. Les commerces ferment d'abord à cause de l'hiver, pas à cause de l'été.", "days_ago": 46, "replies": [
                {"author": "nadia-benali", "body": "Nous sommes d'accord, Hugo : la question est l'équilibre sur l'année. C'est pour ça que je parle de fierté, pas de moins de visiteurs.", "days_ago": 46},
            ]},
            {"author": "mathilde-guerin", "body": "Sur les locations saisonnières, je veux bien en discuter franchement : beaucoup de propriétaires sont des habitants qui complètent leurs revenus. Ce n'est pas tout noir ou tout blanc.", "days_ago": 45, "replies": []},
            {"author": "rose-marie-blanc", "body": "Une enquête auprès des habitants, oui ! Les greeters peuvent aider à la diffuser.", "days_ago": 44, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "julien-arnaud",
        "title": "Le Gardon, c'est notre mer à nous",
        "body": "On devrait venir chez nous pour la rivière. Le Gardon, c'est notre mer à nous : il mérite une place centrale dans la note, avec ce que cela implique pour le protéger. Les familles qui descendent la rivière en canoë s'en souviennent dix ans après, bien plus que d'une visite de musée.",
        "themes": ["Pleine nature", "Identité et notoriété"],
        "days_ago": 49, "hours_ago": 20, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "vincent-maurin",
        "title": "L'international, on y est déjà : il faut l'assumer",
        "body": """Sur le site, près d'un visiteur sur trois vient de l'étranger en été. Le territoire est donc déjà une destination internationale, qu'il le veuille ou non. L'assumer, c'est traduire l'essentiel (site de l'office, plans, agenda) au moins en anglais, en allemand, en néerlandais et en espagnol, et s'assurer que chaque bureau d'accueil compte quelqu'un qui parle anglais toute l'année.""",
        "themes": ["Accueil et information", "Identité et notoriété"],
        "days_ago": 48, "hours_ago": 11, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "hugo-perrier",
        "title": "Être ouvert quand les visiteurs sont là",
        "body": "Ce qui distinguerait l'office à mes yeux : être ouvert quand les visiteurs sont là, y compris le dimanche et les jours fériés en saison.",
        "themes": ["Accueil et information"],
        "days_ago": 48, "hours_ago": 6, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "lea-bonnet",
        "title": "« Vivez l'essentiel » : rendons la formule concrète",
        "body": """La signature actuelle de la destination me plaît, mais personne ne sait vraiment ce qu'elle veut dire. L'essentiel, c'est quoi ? Pour moi : le silence de la garrigue au petit matin, une eau claire, un repas simple avec des produits d'ici. La note de cap pourrait proposer que chaque professionnel dise en une phrase son « essentiel », et qu'on en fasse une vraie campagne, avec nos visages.""",
        "themes": ["Identité et notoriété"],
        "days_ago": 47, "hours_ago": 15, "likes": 4, "edited": False,
        "comments": [
            {"author": "ines-haddad", "body": "Très belle idée, et facile à lancer sur les réseaux sociaux. On peut commencer par une série de portraits cet hiver.", "days_ago": 46, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "lucie-marchetti",
        "title": "Un territoire de savoir-faire : la terre, la vigne, la pierre",
        "body": "Formule trouvée par le groupe 3 pour la rubrique 2 : « un territoire de savoir-faire : la terre, la vigne, la pierre ».",
        "themes": ["Patrimoine et savoir-faire", "Identité et notoriété"],
        "days_ago": 50, "hours_ago": 2, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "gerard-pellegrin",
        "title": "Ce que les élus attendent d'une note de cap",
        "body": """Je me permets de répondre à cette mission avec ma casquette d'élu, puisque ce sont les conseils communautaires qui financeront la stratégie.

Nous attendons d'abord des **retombées lisibles** pour l'économie locale : des emplois qui durent plus de deux mois, des commerces ouverts à l'année, des producteurs qui vendent sur place. Nous attendons aussi un **équilibre entre les communes** : chacune doit pouvoir se retrouver dans la destination, y compris celles qui n'ont ni monument ni rivière.

Enfin, soyons clairs sur les moyens : le budget de l'office ne doublera pas. La note de cap devra donc faire des choix, et les assumer. Je préfère une direction qui nous dit « voilà les trois chantiers de l'année » plutôt qu'un programme que personne ne pourra financer.""",
        "themes": ["Travail en réseau", "Tourisme 4 saisons"],
        "days_ago": 46, "hours_ago": 16, "likes": 5, "edited": False,
        "comments": [
            {"author": "pieter-de-vries", "body": "Merci pour la franchise sur le budget. Les professionnels peuvent l'entendre, à condition de savoir ce que finance la taxe de séjour.", "days_ago": 45, "replies": []},
            {"author": "jean-luc-teissier", "body": "L'équilibre entre communes, oui, mais aussi entre les charges : ce sont certaines communes qui supportent l'essentiel de la fréquentation.", "days_ago": 44, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "aurelie-martin",
        "title": "Visons d'abord Montpellier, Marseille et Lyon",
        "body": "Et si on visait d'abord les habitants de Montpellier, Marseille et Lyon ? Ils sont à moins de trois heures et peuvent venir quatre fois par an, y compris en novembre. Ce sont eux qui rempliront les week-ends d'automne, pas les Américains qui passent une nuit entre Avignon et Carcassonne.",
        "themes": ["Tourisme 4 saisons", "Identité et notoriété"],
        "days_ago": 47, "hours_ago": 21, "likes": 0, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "ines-haddad",
        "title": "Vos formules pour dire la destination en une phrase",
        "body": """Pendant l'atelier, plusieurs d'entre vous ont trouvé de très jolies formules pour décrire le territoire. Je lance un petit appel : **proposez en commentaire votre phrase** pour dire la destination à quelqu'un qui ne la connaît pas. Pas un slogan d'agence, une phrase que vous diriez à un ami. Nous en ferons une sélection pour les futures campagnes, avec votre accord.""",
        "themes": ["Identité et notoriété", "Numérique"],
        "days_ago": 45, "hours_ago": 10, "likes": 3, "edited": False,
        "comments": [
            {"author": "camille-roux", "body": "« Le Sud sans la foule, à vingt minutes de la foule. »", "days_ago": 45, "replies": []},
            {"author": "francois-delmas", "body": "« Une rivière, des vignes et des villages de pierre : posez la voiture, le reste se fait à pied. »", "days_ago": 44, "replies": []},
            {"author": "monique-audibert", "body": "« Ici, on entend les cigales avant les voitures. » Bon, sauf sur le parking du Pont du Gard.", "days_ago": 43, "replies": [
                {"author": "ines-haddad", "body": "On gardera la première moitié.", "days_ago": 43},
            ]},
            {"author": "isabelle-faure", "body": "« Deux mille ans d'histoire, et toujours le temps de s'asseoir en terrasse. »", "days_ago": 42, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "note-vision", "author": "francois-delmas",
        "title": "Arrêtons de nous comparer au Luberon",
        "body": "Qu'on arrête de nous comparer au Luberon ou aux Alpilles. On n'a pas à jouer à ce jeu-là, on a nos propres atouts. La rivière, la truffe, la céramique, le Pont du Gard : le Luberon n'a rien de tout ça, et il n'a pas besoin de nous comme faire-valoir.",
        "themes": ["Identité et notoriété"],
        "days_ago": 46, "hours_ago": 22, "likes": 4, "edited": False,
        "comments": [
            {"author": "olivier-chabert", "body": "D'accord, mais les clients, eux, nous comparent. Il vaut mieux savoir en quoi on est différents plutôt que faire semblant de ne pas avoir de voisins.", "days_ago": 45, "replies": [
                {"author": "francois-delmas", "body": "Pas faux. Disons qu'on se compare pour se distinguer, pas pour copier.", "days_ago": 45},
            ]},
        ],
    },
    # --- Mission : ce que doit faire la structure touristique ---
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "yannick-moreau",
        "title": "Les missions proposées par les groupes, pôle par pôle",
        "body": """Voici le tableau consolidé des quatre groupes, regroupé par pôles. Entre parenthèses, le nombre de gommettes rouges (« personne ne le fait aujourd'hui ») reçues par chaque mission.

## Accueil et information

- Accueil dans les bureaux d'Uzès et de Remoulins, avec des horaires adaptés à la saison (1)
- Point d'accueil saisonnier au Pont du Gard (3)
- Réseau de relais d'information chez les partenaires, avec un kit et une petite formation (4)
- Information en anglais, allemand, néerlandais et espagnol (2)

## Promotion et communication

- Site internet de destination à jour, avec un agenda fiable (2)
- Photothèque et vidéos partagées, libres d'usage pour les partenaires (**4**, toutes les tables)
- Réseaux sociaux, relations presse, accueil de journalistes et de créateurs de contenus
- Campagnes ciblées hors saison vers Montpellier, Marseille et Lyon (1)

## Animation du réseau des professionnels

- Rencontres régulières par filière : hébergement, activités, producteurs, commerces (3)
- Accueil des nouveaux professionnels qui s'installent (**4**)
- Formations courtes en basse saison : langues, avis en ligne, connaissance du territoire (2)
- Accompagnement aux labels : Accueil Vélo, Vignobles & Découvertes, Qualité Tourisme (1)

## Commercialisation

- Vente de billetterie et de visites guidées (existe déjà, à développer)
- Offre groupes et séminaires, en lien avec le site du Pont du Gard (2)
- Place de marché en ligne : **pas de consensus**, voir le débat plus bas

## Événements

- Coordination d'un calendrier commun des manifestations (3)
- Soutien aux organisateurs (communication, matériel, démarches) plutôt qu'organisation directe

## Observation

- Chiffres de fréquentation partagés avec les professionnels, au moins une fois par saison (3)
- Enquêtes de satisfaction des visiteurs et des habitants (2)

## Équipements, sentiers et signalétique

- Clarifier qui fait quoi pour le balisage, la signalétique et l'entretien des sentiers (3)
- Signalétique touristique harmonisée entre les communes (2)

## Relations avec les résidents secondaires

- Un pôle ou au moins une action dédiée, proposée par le groupe 2 (2)

## Qui porte quoi ?

Les groupes se rejoignent sur un principe : **l'office anime, informe et fédère ; les communes et les intercommunalités équipent et entretiennent**. La commercialisation et les équipements restent les sujets les plus discutés. Le tableau complet, avec les porteurs proposés pour chaque mission, est dans les documents de l'atelier.

## Et maintenant ?

Ce tableau sera présenté au comité de pilotage avec les trois scénarios d'organisation préparés par Sillons Conseil. Les missions qui ont reçu le plus de gommettes rouges seront chiffrées en priorité. Si vous repérez une mission oubliée ou mal classée, dites-le en commentaire : le tableau n'est pas figé.""",
        "themes": ["Travail en réseau", "Accueil et information"],
        "days_ago": 48, "hours_ago": 10, "likes": 10, "edited": True,
        "comments": [
            {"author": "monique-audibert", "body": "Merci pour ce travail. On voit bien que la photothèque et l'accueil des nouveaux arrivants ont fait l'unanimité : ce sont peut-être les deux premières choses à lancer, et elles ne coûtent pas une fortune.", "days_ago": 47, "replies": []},
            {"author": "gerard-pellegrin", "body": "Tableau très utile pour le comité. Je demanderai qu'on chiffre en priorité les missions à quatre gommettes.", "days_ago": 44, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "hugo-perrier",
        "title": "Personne ne s'occupe de la signalétique des commerces en centre-ville",
        "body": "Gommette rouge de ma part : la signalétique vers les commerces du centre d'Uzès. Les visiteurs tournent autour de la place aux Herbes sans trouver les rues commerçantes.",
        "themes": ["Accueil et information"],
        "days_ago": 49, "hours_ago": 17, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "olivier-chabert",
        "title": "L'office ne doit pas devenir une centrale de réservation",
        "body": """Je suis réservé sur l'idée que l'office vende des nuitées. Nous avons déjà nos outils, nos plateformes, nos commissions à payer ; une centrale de plus, c'est une double saisie des disponibilités et un intermédiaire supplémentaire. En revanche, que l'office envoie les visiteurs vers nos propres sites de réservation, qu'il vende des activités et des visites, et qu'il porte l'offre groupes avec le Pont du Gard : là, oui, il a un vrai rôle.

Je précise que je ne suis pas opposé à ce que l'office vende, au contraire : il le fait déjà bien pour la billetterie. Mais chaque fois qu'on ajoute un canal, quelqu'un doit le tenir à jour, et dans les petites structures, ce quelqu'un est déjà débordé. Avant de lancer quoi que ce soit, j'aimerais qu'on demande aux hébergeurs combien de temps ils passent chaque semaine à mettre à jour leurs disponibilités.""",
        "themes": ["Numérique", "Travail en réseau"],
        "days_ago": 49, "hours_ago": 8, "likes": 4, "edited": False,
        "comments": [
            {"author": "mathilde-guerin", "body": "Pour les petits gîtes et les chambres d'hôtes sans site internet, une vitrine de réservation de l'office serait pourtant bien utile. Tout le monde n'est pas un hôtel de dix-huit chambres.", "days_ago": 47, "replies": [
                {"author": "olivier-chabert", "body": "C'est juste. Une solution facultative, alors, et compatible avec nos logiciels. Je ne veux pas qu'on soit obligés d'y passer.", "days_ago": 47},
            ]},
            {"author": "vincent-maurin", "body": "Pour les groupes, c'est clairement un manque. Nous recevons des demandes de séjours complets que nous ne savons pas à qui transmettre.", "days_ago": 46, "replies": []},
            {"author": "claire-vidal", "body": "Le sujet reviendra à l'atelier « Parcours client », dans la mission « vendre ». Merci d'avoir lancé le débat.", "days_ago": 45, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "claire-vidal",
        "title": "Les résidents secondaires : présents hors saison, et personne ne leur parle",
        "body": "Le groupe 2 insiste : les résidents secondaires sont nombreux, présents au printemps et à l'automne, et aucune structure ne s'adresse à eux. Il propose une mission dédiée.",
        "themes": ["Tourisme 4 saisons", "Accueil et information"],
        "days_ago": 50, "hours_ago": 1, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "isabelle-faure",
        "title": "Former les équipes d'accueil… et nous avec",
        "body": """Les conseillères en séjour de l'office connaissent bien le territoire, mais nous, professionnels, connaissons souvent mal ce que font nos voisins. Je propose des éductours d'une demi-journée en janvier et février : un village, un producteur, une activité, un restaurant. On découvre, on se rencontre, et on peut ensuite conseiller nos clients en connaissance de cause.""",
        "themes": ["Travail en réseau", "Accueil et information"],
        "days_ago": 48, "hours_ago": 12, "likes": 5, "edited": False,
        "comments": [
            {"author": "julien-arnaud", "body": "Je veux bien accueillir un éductour à la base de canoë. En février, la rivière est magnifique et on a le temps.", "days_ago": 47, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "karim-mansouri",
        "title": "Une photothèque partagée, libre de droits pour les partenaires",
        "body": "Une photothèque partagée, libre d'usage pour les partenaires : on en parle depuis des années. Je paie encore des photos du Pont du Gard pour mon site alors que l'office en a des centaines. Et quand un journaliste me demande une photo de la salle, je n'ai rien de présentable à lui envoyer. Une banque d'images commune, avec quelques reportages chez les partenaires chaque année, profiterait à tout le monde.",
        "themes": ["Numérique", "Identité et notoriété"],
        "days_ago": 49, "hours_ago": 21, "likes": 19, "edited": False,
        "comments": [
            {"author": "ines-haddad", "body": "Le chantier est lancé : il faut d'abord vérifier les droits de chaque photo, et c'est le plus long. Premier lot prévu au printemps.", "days_ago": 47, "replies": []},
            {"author": "pieter-de-vries", "body": "Je veux bien donner les miennes, j'ai de très belles vues de la garrigue au coucher du soleil. Il faudrait juste une licence claire.", "days_ago": 46, "replies": []},
            {"author": "vincent-maurin", "body": "Le site du Pont du Gard peut verser une partie de sa photothèque, à condition de garder la mention des crédits. On en parle ?", "days_ago": 45, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "monique-audibert",
        "title": "Balisage des sentiers : qui fait quoi ?",
        "body": """Notre association entretient bénévolement une partie des sentiers autour de Flaux et de Saint-Siffret. Quand un balisage disparaît ou qu'un arbre tombe, nous ne savons jamais qui appeler : la commune, l'intercommunalité, le Département pour les chemins inscrits au plan départemental ? Un interlocuteur unique, et une carte qui dise qui entretient quoi, nous feraient gagner un temps fou.""",
        "themes": ["Pleine nature", "Travail en réseau"],
        "days_ago": 48, "hours_ago": 9, "likes": 4, "edited": False,
        "comments": [
            {"author": "lea-bonnet", "body": "Même galère de mon côté. Un formulaire de signalement en ligne, partagé par tous ceux qui entretiennent, serait déjà un grand pas.", "days_ago": 47, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "vincent-maurin",
        "title": "Événements : accompagner les organisateurs plutôt que tout organiser",
        "body": "Pour le pôle événements, je verrais l'office en appui des organisateurs (communication, prêt de matériel, aide aux démarches) plutôt qu'en organisateur direct. Il n'a pas les équipes pour ça. Les organisateurs bénévoles, eux, ont besoin d'aide pour les autorisations, la sécurité et la communication : c'est là que l'office serait le plus utile.",
        "themes": ["Travail en réseau", "Tourisme 4 saisons"],
        "days_ago": 49, "hours_ago": 14, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "camille-roux",
        "title": "Mesurer la fréquentation autrement qu'au doigt mouillé",
        "body": """Chaque automne, on se demande entre hébergeurs si la saison a été bonne, et chacun répond avec son impression. Nous n'avons aucun chiffre partagé, alors que l'office en a beaucoup : taxe de séjour, fréquentation des bureaux, données de Gard Tourisme.

Je propose deux choses simples. D'abord, un tableau de bord trimestriel envoyé à tous les partenaires, avec quelques indicateurs et une comparaison avec l'année précédente. Ensuite, une enquête express auprès des hébergeurs, une fois par mois en saison : taux de remplissage approximatif, origine des clients, durée des séjours. Anonyme, trois questions, deux minutes. Si on est cinquante à répondre, on aura une photo fiable de la saison en temps réel.""",
        "themes": ["Numérique", "Travail en réseau"],
        "days_ago": 47, "hours_ago": 18, "likes": 6, "edited": False,
        "comments": [
            {"author": "nathalie-dumas", "body": "Le Département dispose de données de téléphonie mobile sur la présence des visiteurs, par mois et par origine. Nous pouvons les partager à l'échelle de la destination.", "days_ago": 46, "replies": []},
            {"author": "olivier-chabert", "body": "Je participe à l'enquête mensuelle sans hésiter, à condition d'avoir le retour rapidement.", "days_ago": 46, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "yannick-moreau",
        "title": "Mission oubliée : accueillir les professionnels qui s'installent",
        "body": "Groupe 4 : personne n'accueille les nouveaux professionnels qui s'installent sur le territoire, et ils sont nombreux. Proposition : un rendez-vous de bienvenue à l'office et un parrainage par un professionnel installé.",
        "themes": ["Travail en réseau"],
        "days_ago": 50, "hours_ago": 3, "likes": 5, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "benoit-granier",
        "title": "Accompagner les labels, un vrai métier",
        "body": """Accueil Vélo, Vignobles & Découvertes, Qualité Tourisme, Tourisme et Handicap : chaque label demande un dossier, des visites, un suivi. Seul, un petit domaine ou une chambre d'hôtes abandonne vite. Si l'office avait une personne référente pour les labels, qui connaît les critères et monte les dossiers collectifs, on serait beaucoup plus nombreux à les obtenir. Et c'est ce qui rend la destination visible sur les sites spécialisés.""",
        "themes": ["Travail en réseau", "Produits locaux"],
        "days_ago": 48, "hours_ago": 7, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "pieter-de-vries",
        "title": "Taxe de séjour : savoir précisément ce qu'elle finance",
        "body": "Nous collectons la taxe de séjour pour le territoire. Nous aimerions savoir précisément ce qu'elle finance, chaque année, ligne par ligne.",
        "themes": ["Travail en réseau"],
        "days_ago": 49, "hours_ago": 5, "likes": 9, "edited": False,
        "comments": [
            {"author": "camille-roux", "body": "Oui ! Et si possible sur une page, pas dans un rapport de soixante pages.", "days_ago": 48, "replies": []},
            {"author": "gerard-pellegrin", "body": "C'est une demande légitime. Nous présenterons l'usage de la taxe de séjour lors de la restitution des Assises, et je proposerai qu'il soit publié chaque année.", "days_ago": 44, "replies": []},
            {"author": "mathilde-guerin", "body": "Et expliquer aussi aux propriétaires de meublés comment la déclarer : beaucoup ne savent pas qu'ils doivent le faire quand ils ne passent pas par une plateforme.", "days_ago": 43, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "jean-luc-teissier",
        "title": "Les communes ont aussi des missions touristiques",
        "body": """On parle beaucoup de l'office, mais une bonne partie de l'expérience des visiteurs dépend des communes : toilettes publiques, poubelles, parkings, propreté des bords de rivière, fleurissement. Ces missions coûtent cher et ne sont pas toujours reconnues comme touristiques. Je propose une convention entre l'office, les intercommunalités et les communes les plus fréquentées, qui dise clairement qui fait quoi et avec quels moyens.""",
        "themes": ["Travail en réseau", "Accueil et information"],
        "days_ago": 47, "hours_ago": 13, "likes": 4, "edited": False,
        "comments": [
            {"author": "martine-gaillard", "body": "Même situation à Saint-Quentin pendant le festival de la céramique. Je soutiens l'idée d'une convention.", "days_ago": 46, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "julien-arnaud",
        "title": "Un interlocuteur unique pour les prestataires d'activités",
        "body": "Un interlocuteur unique à l'office pour les prestataires d'activités de pleine nature, qui connaisse le terrain et puisse venir nous voir en saison. Aujourd'hui, quand un client se plaint d'une information erronée sur le site, nous ne savons jamais à qui nous adresser.",
        "themes": ["Travail en réseau", "Pleine nature"],
        "days_ago": 49, "hours_ago": 19, "likes": 1, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": "missions-structure", "author": "lucie-marchetti",
        "title": "Trois scénarios d'organisation à discuter au comité de pilotage",
        "body": """À partir des propositions des groupes, voici les trois scénarios que nous soumettrons au comité de pilotage. Ils ne s'excluent pas complètement.

**Scénario A, un office recentré.** L'office se concentre sur l'accueil, la promotion et l'animation du réseau. La commercialisation se limite à la billetterie et aux visites. Avantage : réalisable à budget constant. Limite : les demandes de groupes et de séminaires restent sans réponse.

**Scénario B, un office qui vend aussi des séjours.** En plus du scénario A, un pôle commercial porte l'offre groupes et séminaires, en partenariat avec le site du Pont du Gard, et propose une vitrine de réservation facultative pour les petits hébergements. Avantage : de nouvelles recettes et une réponse aux clientèles d'affaires. Limite : il faut un poste supplémentaire et une immatriculation pour vendre des séjours.

**Scénario C, un office gestionnaire d'équipements.** L'office reprend en plus la gestion de certains équipements (aires d'accueil, sentiers, signalétique). Cette option a été évoquée par un seul groupe et soulève de nombreuses questions de compétences entre communes et intercommunalités.

Vos réactions sont bienvenues avant la séance du comité.""",
        "themes": ["Travail en réseau"],
        "days_ago": 44, "hours_ago": 11, "likes": 4, "edited": False,
        "comments": [
            {"author": "olivier-chabert", "body": "Le scénario B me va, à condition que la vitrine de réservation reste facultative, comme discuté plus haut.", "days_ago": 43, "replies": []},
            {"author": "patrick-soulier", "body": "Le scénario C ne me paraît pas mûr. Commençons par A ou B et voyons dans trois ans.", "days_ago": 42, "replies": []},
        ],
    },
    # --- Atelier 1, en général ---
    {
        "workshop": "gouvernance", "mission": None, "author": "claire-vidal",
        "title": "Merci pour cet après-midi à l'Ombrière",
        "body": """Merci à toutes et à tous pour cet après-midi de travail, dense et très riche. Vous étiez vingt-deux, venus de douze communes, et les quatre tables ont produit plus de cent post-it, désormais saisis sur cette page.

Le compte-rendu détaillé sera en ligne d'ici une semaine. En attendant, n'hésitez pas à compléter, commenter et soutenir les idées publiées : l'espace reste ouvert jusqu'à la clôture de l'atelier, dans trois semaines environ.""",
        "themes": [],
        "days_ago": 49, "hours_ago": 23, "likes": 5, "edited": False,
        "comments": [
            {"author": "camille-roux", "body": "Merci à l'équipe, c'était très bien animé et on ne s'est pas ennuyés une minute.", "days_ago": 49, "replies": []},
            {"author": "monique-audibert", "body": "Merci. Petite remarque pour la prochaine fois : la salle était difficile d'accès pour une personne de notre association en fauteuil. Pensons-y pour les lieux suivants.", "days_ago": 48, "replies": [
                {"author": "claire-vidal", "body": "Merci de nous l'avoir signalé, et toutes nos excuses. Nous vérifierons l'accessibilité de chaque salle avant de l'annoncer.", "days_ago": 48},
            ]},
        ],
    },
    {
        "workshop": "gouvernance", "mission": None, "author": "aurelie-martin",
        "title": "Une liste des participants pour savoir qui est qui",
        "body": "Très bonne idée le tour de table : je ne connaissais pas la moitié des gens. Une liste des participants avec leur activité et un contact serait précieuse pour continuer à échanger.",
        "themes": ["Travail en réseau"],
        "days_ago": 49, "hours_ago": 15, "likes": 11, "edited": False,
        "comments": [
            {"author": "yannick-moreau", "body": "C'est fait : l'annuaire des membres est accessible depuis le menu de la concertation. Chacun peut choisir d'y apparaître ou non dans son profil.", "days_ago": 47, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": None, "author": "karim-mansouri",
        "title": "Un créneau plus adapté aux restaurateurs ?",
        "body": "Prochaine fois, pourriez-vous prévoir un créneau qui évite le service ? L'après-midi en semaine, c'est compliqué pour nous : je suis parti avant la restitution.",
        "themes": [],
        "days_ago": 49, "hours_ago": 4, "likes": 3, "edited": False,
        "comments": [
            {"author": "stephanie-nguyen", "body": "Pareil, je n'ai pas pu venir du tout. Un lundi, jour de fermeture de beaucoup de restaurants, ce serait l'idéal.", "days_ago": 48, "replies": []},
            {"author": "ines-haddad", "body": "Bien noté. C'est aussi pour ça que l'espace en ligne existe : vous pouvez contribuer à toutes les missions, même sans être venu.", "days_ago": 47, "replies": []},
        ],
    },
    {
        "workshop": "gouvernance", "mission": None, "author": "isabelle-faure",
        "title": "Recevoir les supports de présentation avant l'atelier",
        "body": """Une suggestion pour les prochains ateliers : envoyer le diaporama du diagnostic quelques jours avant. Nous aurions passé moins de temps à découvrir les chiffres et plus de temps à en discuter. Pour ceux qui ne peuvent pas venir, ce serait aussi une façon de participer en ligne en connaissance de cause.""",
        "themes": [],
        "days_ago": 47, "hours_ago": 10, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "gouvernance", "mission": None, "author": "julien-arnaud",
        "title": "Mobilisons les prestataires d'activités pour la suite",
        "body": "Dommage qu'il n'y ait eu que deux prestataires d'activités de pleine nature autour de la table. Je m'engage à relancer les collègues pour l'atelier sur le tourisme durable.",
        "themes": ["Pleine nature", "Travail en réseau"],
        "days_ago": 46, "hours_ago": 20, "likes": 2, "edited": False,
        "comments": [],
    },
    # =====================================================================
    # Atelier 2 : Parcours client (ouvert)
    # =====================================================================
    # --- Mission : exister (close) ---
    {
        "workshop": "parcours-client", "mission": "exister", "author": "ines-haddad",
        "title": "Refonte du site de l'office : l'organisation que nous vous proposons",
        "body": """Plusieurs groupes ont parlé du site internet pendant l'atelier, souvent pour en dire du mal, et vous avez raison. Voici où nous en sommes et ce que nous vous proposons. Vos avis nous intéressent avant que le cahier des charges parte chez les prestataires.

## Ce qui ne va pas aujourd'hui

- Le site est organisé comme l'office : « qui sommes-nous », « nos bureaux », « nos brochures ». Un visiteur, lui, se demande quoi faire, où dormir, où manger.
- L'agenda est incomplet, parce que les organisateurs doivent nous envoyer leurs dates par courriel et que beaucoup oublient.
- La moitié des photos datent d'avant 2020. On y voit encore des commerces fermés depuis longtemps.
- Sur téléphone, c'est pénible. Or plus de sept visites sur dix se font sur mobile, souvent depuis le territoire.

## Ce que nous proposons

Une entrée par **envies** plutôt que par catégories :

1. **Prendre l'air** : rivière, randonnée, vélo, cheval, escalade ;
2. **Goûter** : vignerons, producteurs, marchés, restaurants ;
3. **Se cultiver** : Uzès, le Pont du Gard, les villages, la céramique, les musées ;
4. **Sortir** : l'agenda, les festivals, les fêtes de village ;
5. **Séjourner** : les hébergements, avec un lien direct vers votre propre système de réservation.

Chaque page d'envie proposera aussi une idée pour chaque saison, pour que le site ne parle pas que de l'été.

## Ce qui dépend de vous

- **Vos fiches** : elles viennent de la base départementale. Nous organiserons des permanences pour vous aider à les mettre à jour, avec de vraies photos et des horaires justes.
- **L'agenda** : un formulaire simple permettra aux organisateurs de publier eux-mêmes leurs événements, avec une validation de l'office.
- **Vos contenus** : nous aimerions publier chaque mois des portraits de professionnels et des balades racontées par vous.

## Le calendrier

Le cahier des charges part en consultation cet hiver, pour une mise en ligne avant l'été prochain. Un groupe de cinq ou six professionnels testeurs sera associé aux maquettes : si vous êtes intéressé, dites-le en commentaire.

Pour vous faire une idée de ce qu'est une entrée par envies, le site de Gard Tourisme en donne un bon exemple : https://www.tourismegard.com

## Ce que nous ne ferons pas

- Un site qui parle de tout le monde de la même façon : les pages mettront en avant des expériences, et donc des choix.
- Des textes écrits une fois pour toutes : chaque page aura une personne responsable de sa mise à jour.
- Une application mobile à part : le site sera conçu d'abord pour le téléphone, ce qui suffit à la plupart des visiteurs.""",
        "themes": ["Numérique", "Identité et notoriété"],
        "days_ago": 18, "hours_ago": 10, "likes": 11, "edited": True,
        "comments": [
            {"author": "camille-roux", "body": "Enfin une entrée par envies ! Je me porte volontaire pour tester les maquettes.", "days_ago": 18, "replies": []},
            {"author": "hugo-perrier", "body": "Et les commerces, on les met où ? Ni dans « goûter » ni dans « se cultiver »… Les boutiques d'artisans et les épiceries fines sont aussi une raison de venir à Uzès.", "days_ago": 17, "replies": [
                {"author": "ines-haddad", "body": "Très juste. Nous réfléchissons à une rubrique « flâner et chiner » qui regrouperait boutiques, artisans d'art, brocantes et marchés.", "days_ago": 17},
                {"author": "lucas-ferrand", "body": "« Flâner et chiner » me va très bien, à condition que les ateliers de potiers n'y soient pas noyés au milieu des boutiques de souvenirs.", "days_ago": 16},
            ]},
            {"author": "samuel-roussel", "body": "Testeur aussi. Pensez aux cartes des itinéraires vélo téléchargeables (GPX), c'est la première chose que nos clients nous demandent.", "days_ago": 16, "replies": []},
            {"author": "mathilde-guerin", "body": "Le lien direct vers nos réservations est une très bonne chose. Mais ceux qui louent uniquement via les plateformes, on les renvoie où ?", "days_ago": 15, "replies": [
                {"author": "ines-haddad", "body": "Vers leur annonce, tout simplement, s'ils le souhaitent. Le site n'a pas vocation à trier les canaux de vente.", "days_ago": 15},
            ]},
            {"author": "olivier-chabert", "body": "Testeur également. Et merci de garder une page « séjourner » vraiment sobre : les visiteurs n'ont pas besoin de quinze filtres.", "days_ago": 14, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "ines-haddad",
        "title": "« Vivez l'essentiel », oui, mais avec une image qui va avec",
        "body": "Post-it du groupe A : la signature « Vivez l'essentiel » convient, mais il lui faut une image forte. Le Pont du Gard au lever du soleil, par exemple, plutôt qu'une énième photo de la place aux Herbes.",
        "themes": ["Identité et notoriété"],
        "days_ago": 20, "hours_ago": 2, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "theo-lambert",
        "title": "Un événement-signature au printemps ou à l'automne",
        "body": """Les destinations qui existent dans les médias ont presque toutes un rendez-vous qui porte leur nom. Nous avons de beaux festivals l'été, mais ils sont noyés dans l'offre estivale de tout le Sud. Un événement-signature en mai ou en octobre, qui mêle musique, terroir et patrimoine dans plusieurs villages à la fois, ferait parler de nous au bon moment, et remplirait les hébergements hors saison. Notre association est prête à y réfléchir avec d'autres.

Je pense à un format sur un long week-end, avec des concerts dans les cours et les caves, des marchés de producteurs, des ateliers chez les potiers et des balades commentées. Chaque village accueillerait un moment, et une navette relierait les lieux. Pas besoin de têtes d'affiche hors de prix : ce qui attire, c'est l'ambiance et la découverte.""",
        "themes": ["Tourisme 4 saisons", "Identité et notoriété"],
        "days_ago": 19, "hours_ago": 15, "likes": 5, "edited": False,
        "comments": [
            {"author": "anne-sophie-lefort", "body": "La céramique pourrait en être un fil rouge. Nous serions partants.", "days_ago": 18, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "karim-mansouri",
        "title": "Des créateurs de contenus qui restent, pas qui passent",
        "body": "Les influenceurs, d'accord, mais des gens qui restent trois jours et racontent vraiment le territoire, pas qui passent deux heures pour une photo au bord du Gardon. L'été dernier, une créatrice de contenus a passé une semaine chez nous, au marché, au caveau, en cuisine : ses vidéos nous amènent encore des clients.",
        "themes": ["Numérique", "Identité et notoriété"],
        "days_ago": 19, "hours_ago": 8, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "emilie-sabatier",
        "title": "Raconter le territoire par ses livres et ses écrivains",
        "body": """Racine a séjourné à Uzès, la famille de Gide en venait, et de nombreux auteurs contemporains vivent dans les villages alentour. Les visiteurs qui entrent à la librairie cherchent souvent « un livre sur la région » et repartent déçus par ce qu'on peut leur proposer. Une promenade littéraire dans Uzès, une sélection de livres mise en avant dans les bureaux d'accueil et quelques rencontres d'auteurs hors saison donneraient une image différente, plus profonde, de la destination.

La librairie peut constituer la sélection et l'actualiser chaque saison, en lien avec les bureaux d'accueil. Nous pourrions aussi accueillir des lectures en terrasse au printemps : une heure, un auteur, un verre de vin du Duché. Ce genre de rendez-vous coûte peu et fait venir un public curieux, qui voyage hors saison.""",
        "themes": ["Patrimoine et savoir-faire", "Identité et notoriété"],
        "days_ago": 19, "hours_ago": 11, "likes": 3, "edited": False,
        "comments": [
            {"author": "isabelle-faure", "body": "J'ai déjà un parcours « Racine à Uzès » dans mes visites. Je serais ravie de le construire avec vous en version littéraire complète.", "days_ago": 18, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "lucie-marchetti",
        "title": "Ne pas choisir entre Uzès et le Pont du Gard comme accroche",
        "body": "Le groupe C refuse de choisir une seule accroche : « ce sont les deux ensemble qui font la différence, un monument antique et une ville vivante à vingt minutes ».",
        "themes": ["Identité et notoriété"],
        "days_ago": 20, "hours_ago": 1, "likes": 5, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "stephanie-nguyen",
        "title": "Les avis en ligne comptent plus que la brochure",
        "body": """Au bistrot, je demande souvent aux clients comment ils nous ont trouvés. La réponse est presque toujours la même : une carte sur leur téléphone, les étoiles, trois ou quatre avis lus en vitesse. Personne ne m'a jamais parlé de la brochure de l'office.

Pour exister, il faut donc être impeccable là où les gens cherchent vraiment : fiches à jour sur les cartes en ligne, horaires exacts, photos récentes, réponses aux avis. Beaucoup de petits établissements n'ont ni le temps ni les codes pour le faire. Un atelier pratique d'une matinée, organisé par l'office en basse saison, rendrait un service énorme à tout le monde. Et pas besoin d'un expert : une heure avec quelqu'un qui sait faire, et on repart avec les bons réflexes.""",
        "themes": ["Numérique", "Accueil et information"],
        "days_ago": 18, "hours_ago": 22, "likes": 7, "edited": False,
        "comments": [
            {"author": "ines-haddad", "body": "Noté, et c'est facile à organiser. Nous pouvons proposer deux sessions en janvier, une à Uzès et une à Remoulins.", "days_ago": 17, "replies": []},
            {"author": "elodie-fargier", "body": "Je viens ! Je n'ai jamais osé répondre aux avis négatifs, je ne sais pas par quel bout les prendre.", "days_ago": 16, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "hugo-perrier",
        "title": "La première impression, c'est l'entrée d'Uzès par la route de Nîmes",
        "body": "La première impression se joue à l'entrée d'Uzès par la route de Nîmes : zones commerciales, panneaux dans tous les sens, parkings mal indiqués. Ça ne donne pas envie de s'arrêter. On passe beaucoup de temps à imaginer des campagnes de promotion, alors que les dix premières minutes du visiteur sur place comptent autant.",
        "themes": ["Accueil et information", "Identité et notoriété"],
        "days_ago": 19, "hours_ago": 18, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "anne-sophie-lefort",
        "title": "Saint-Quentin-la-Poterie, une identité toute trouvée",
        "body": """Rares sont les villages qui portent leur savoir-faire dans leur nom. Saint-Quentin-la-Poterie attire déjà des amateurs de céramique de toute l'Europe, notamment pendant le festival de juillet, mais la destination s'en sert peu. Mettre la céramique parmi les grandes portes d'entrée du territoire, à côté du Pont du Gard et d'Uzès, ce serait parler à un public passionné, qui voyage hors saison et dépense sur place.""",
        "themes": ["Patrimoine et savoir-faire", "Identité et notoriété"],
        "days_ago": 18, "hours_ago": 14, "likes": 5, "edited": False,
        "comments": [
            {"author": "martine-gaillard", "body": "Merci Anne-Sophie. La commune est prête à travailler avec l'office sur une vraie campagne autour de la céramique.", "days_ago": 16, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "samuel-roussel",
        "title": "Sur les réseaux, le Pont du Gard à vélo marche mieux que le Pont tout court",
        "body": "Sur Instagram, nos photos du Pont du Gard prises à vélo font dix fois plus de réactions que le Pont tout seul. Les gens veulent se projeter dans une expérience, pas dans une carte postale. Nos meilleures publications montrent toujours quelqu'un : une famille qui pique-nique, un couple qui roule dans les vignes, un enfant qui regarde l'aqueduc.",
        "themes": ["Numérique", "Mobilités douces"],
        "days_ago": 17, "hours_ago": 19, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "nadia-benali",
        "title": "Un kit ambassadeur pour les habitants",
        "body": """Les habitants sont les premiers à qui l'on demande conseil, au marché, au café, dans la rue. Je propose un kit ambassadeur tout simple : une carte du territoire, l'agenda du mois, quelques adresses coups de cœur et un autocollant pour la boîte aux lettres. On pourrait le distribuer lors d'une soirée de lancement dans chaque commune, et il donnerait aux habitants le sentiment de faire partie de la destination.""",
        "themes": ["Identité et notoriété", "Accueil et information"],
        "days_ago": 17, "hours_ago": 12, "likes": 4, "edited": False,
        "comments": [
            {"author": "rose-marie-blanc", "body": "Les greeters sont volontaires pour animer ces soirées. C'est exactement notre esprit.", "days_ago": 16, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "mathilde-guerin",
        "title": "Aller chercher les visiteurs là où ils sont : sur les plateformes",
        "body": "La plupart de nos locataires arrivent via les plateformes de location et ne savent même pas qu'il existe un office de tourisme. Il faut aller les chercher là où ils sont, au moment où ils réservent.",
        "themes": ["Numérique", "Accueil et information"],
        "days_ago": 19, "hours_ago": 6, "likes": 4, "edited": False,
        "comments": [
            {"author": "isabelle-faure", "body": "Un lien vers l'agenda de l'office dans le message de bienvenue automatique, ça ne coûte rien à mettre en place.", "days_ago": 18, "replies": []},
            {"author": "ines-haddad", "body": "Nous pouvons fournir un texte tout prêt, en français et en anglais, avec un lien vers une page d'accueil dédiée aux locataires. Je le prépare.", "days_ago": 17, "replies": [
                {"author": "mathilde-guerin", "body": "Parfait, je le mettrai dans nos quarante logements dès qu'il sera prêt.", "days_ago": 17},
            ]},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "vincent-maurin",
        "title": "Salons : partager un stand avec le Pont du Gard",
        "body": """Le site du Pont du Gard participe chaque année à plusieurs salons, en France et à l'étranger, avec un stand souvent trop grand pour lui seul. L'office y va rarement, faute de budget. Partager le stand permettrait de présenter une destination complète (le monument, Uzès, la rivière, les villages) pour un coût raisonnable, et aux professionnels qui le souhaitent de venir avec nous sur une ou deux journées.""",
        "themes": ["Identité et notoriété", "Travail en réseau"],
        "days_ago": 18, "hours_ago": 9, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "exister", "author": "patrick-soulier",
        "title": "Remoulins et les villages de la vallée doivent apparaître sur les visuels",
        "body": "Remoulins, Castillon, Vers et les villages de la vallée doivent apparaître dans les visuels de la destination, pas seulement en petits caractères sur la carte.",
        "themes": ["Identité et notoriété"],
        "days_ago": 16, "hours_ago": 17, "likes": 0, "edited": False,
        "comments": [],
    },
    # --- Mission : vendre ---
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "olivier-chabert",
        "title": "Place de marché en ligne : oui, mais pas à n'importe quelles conditions",
        "body": """Pendant l'atelier, presque tous les groupes ont plébiscité l'idée d'un « panier unique » où le visiteur réserverait son hébergement, ses activités et ses visites au même endroit. L'idée est séduisante. Je voudrais partager l'expérience d'un hôtelier qui a vu passer plusieurs projets de ce type ailleurs, pour qu'on ne se trompe pas.

## Ce qui existe déjà

Les hôtels et la plupart des campings utilisent un gestionnaire de canaux : nos disponibilités sont envoyées automatiquement vers notre site, vers les plateformes et vers les agences. Les petits hébergements, eux, gèrent souvent un planning papier ou un simple agenda en ligne. Côté activités, les loueurs de canoës et de vélos ont presque tous une billetterie en ligne.

## Les trois pièges

1. **La double saisie.** Si la place de marché n'est pas connectée à nos outils, personne ne mettra ses disponibilités à jour au bout de trois semaines, et le visiteur réservera une chambre qui n'existe plus. C'est la mort assurée d'un tel projet.
2. **La commission.** Entre 15 et 20 % pour les grandes plateformes. Si l'office prend 10 % en plus ou à la place, il faut que ce soit clair, juste et utile.
3. **La vitrine vide.** Une place de marché avec vingt offres sur trois cents prestataires donne une image pire que pas de place de marché du tout.

## Mes conditions pour y croire

- Une solution **connectée** aux gestionnaires de canaux les plus courants, et un outil simple pour ceux qui n'en ont pas.
- Une **commission faible**, voire nulle pour les partenaires de l'office, financée autrement.
- Une **montée en charge progressive** : commencer par les activités et les visites, qui sont les plus demandées sur place, avant les hébergements.
- Une **évaluation au bout d'un an**, avec des chiffres partagés : nombre de réservations, montant, part des petites structures.

## Ma proposition

Un pilote sur une saison, limité aux activités et aux visites guidées, avec une dizaine de prestataires volontaires. Si ça marche, on ouvre aux hébergements l'année suivante. Si ça ne marche pas, on aura perdu peu, et on saura pourquoi.

Et soyons honnêtes : l'essentiel des nuitées continuera de passer par nos sites et par les grandes plateformes. La place de marché sert surtout à vendre ce que le visiteur décide une fois sur place, et c'est déjà beaucoup. Je suis prêt à participer au comité qui suivrait le pilote, et à partager nos propres chiffres de réservation pour servir de point de comparaison.""",
        "themes": ["Numérique", "Travail en réseau"],
        "days_ago": 18, "hours_ago": 16, "likes": 22, "edited": False,
        "comments": [
            {"author": "julien-arnaud", "body": "Pilote sur les activités : on en est. Notre billetterie est déjà en ligne, il faudrait juste qu'elle soit connectée.", "days_ago": 18, "replies": [
                {"author": "samuel-roussel", "body": "Pareil pour la location de vélos. Attention quand même aux logiciels qui ne communiquent pas entre eux : c'est souvent là que ça coince.", "days_ago": 17},
            ]},
            {"author": "mathilde-guerin", "body": "Je ne suis pas d'accord sur un point : commencer sans les hébergements, c'est laisser le champ libre aux plateformes pour encore deux ans. Les petits meublés ont besoin d'une alternative maintenant.", "days_ago": 17, "replies": [
                {"author": "olivier-chabert", "body": "Je comprends, mais une vitrine d'hébergements mal tenue ferait plus de mal que de bien. Mieux vaut une étape réussie que deux ratées.", "days_ago": 17},
                {"author": "pieter-de-vries", "body": "On peut peut-être faire les deux : activités en vente directe, et pour les hébergements un simple lien vers le canal de réservation de chacun, sans commission.", "days_ago": 16},
            ]},
            {"author": "claire-vidal", "body": "Merci pour cette contribution très argumentée. Nous demandons des devis sur la base d'un pilote « activités et visites » ; les résultats seront présentés ici.", "days_ago": 15, "replies": []},
            {"author": "isabelle-faure", "body": "Pour les guides indépendants, une billetterie commune serait une vraie révolution. Aujourd'hui, je gère mes réservations par téléphone et par SMS.", "days_ago": 14, "replies": []},
            {"author": "vincent-maurin", "body": "Le site du Pont du Gard a son propre système de billetterie : vérifions qu'il peut se connecter à la future solution. Je peux faire le lien avec notre prestataire.", "days_ago": 12, "replies": []},
            {"author": "patrick-soulier", "body": "La question de la commission devra passer en conseil communautaire. Je préfère qu'on l'anticipe.", "days_ago": 10, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "yannick-moreau",
        "title": "Un panier unique : le gîte, le canoë et la visite au même endroit",
        "body": "Post-it du groupe B : « Un panier unique : je réserve le gîte, le canoë et la visite guidée au même endroit, et je paie une seule fois. »",
        "themes": ["Numérique"],
        "days_ago": 20, "hours_ago": 2, "likes": 5, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "julien-arnaud",
        "title": "La réservation en ligne, déjà 70 % de nos ventes de canoë",
        "body": """Chez nous, sept descentes sur dix sont réservées en ligne, souvent la veille au soir ou le matin même. Les gens ne veulent plus faire la queue au bord de la rivière sans savoir s'il restera des bateaux. Ce qui nous manque, ce n'est pas l'outil, c'est la visibilité : si la page « rivière » du site de l'office renvoyait directement vers les réservations des loueurs, on éviterait beaucoup de déceptions en juillet.

Autre point : la disponibilité en temps réel. Les jours de forte affluence, nous affichons complet dès 10 h, mais les visiteurs continuent d'arriver. Si le site de l'office indiquait l'état des réservations des loueurs, il éviterait des voitures inutiles sur la route de Collias et des clients frustrés.""",
        "themes": ["Numérique", "Pleine nature"],
        "days_ago": 19, "hours_ago": 20, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "chantal-rey",
        "title": "Le plus dur, c'est de faire savoir qu'on ouvre le dimanche",
        "body": "Vendre nos vins au caveau, c'est facile quand les gens sont là. Ce qui manque, c'est qu'ils sachent que nous sommes ouverts le dimanche matin. Un panneau à la sortie du Pont du Gard et une mention sur le site de l'office suffiraient à doubler notre fréquentation ce jour-là.",
        "themes": ["Produits locaux", "Accueil et information"],
        "days_ago": 18, "hours_ago": 11, "likes": 1, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "mathilde-guerin",
        "title": "Les plateformes de location ne sont pas l'ennemi",
        "body": """J'entends souvent dans ces ateliers que les plateformes de location sont responsables de tous les maux. Je gère une quarantaine de logements pour des propriétaires du territoire, et je vois aussi l'autre côté : sans ces plateformes, une bonne partie de ces maisons resteraient vides, et leurs locataires ne consommeraient pas dans nos restaurants et nos commerces. Plutôt que de les combattre, utilisons-les : un guide de la destination dans chaque annonce, des liens vers les activités, des informations sur la taxe de séjour et sur le respect du voisinage.

Les propriétaires que j'accompagne ne demandent qu'à jouer le jeu. Ils veulent que leurs locataires passent un bon séjour, consomment local et respectent le voisinage. Ils ont juste besoin d'outils simples : un livret d'accueil type, des liens fiables, un contact à l'office. C'est peu de chose, et cela toucherait des milliers de visiteurs qui ne passent jamais la porte d'un bureau d'accueil.""",
        "themes": ["Numérique", "Accueil et information"],
        "days_ago": 17, "hours_ago": 9, "likes": 3, "edited": False,
        "comments": [
            {"author": "camille-roux", "body": "Je ne dis pas que ce sont des ennemis, mais la concurrence n'est pas équitable : nous, les chambres d'hôtes déclarées, respectons des normes et payons nos charges. Ce n'est pas le cas de tout le monde.", "days_ago": 17, "replies": [
                {"author": "mathilde-guerin", "body": "C'est vrai, et je suis la première à vouloir que tout le monde soit déclaré. Mais c'est un sujet de contrôle, pas de promotion.", "days_ago": 16},
            ]},
            {"author": "nadia-benali", "body": "La mairie d'Uzès travaille justement sur l'enregistrement des meublés. Nous serons preneurs de vos retours de terrain, Mathilde.", "days_ago": 15, "replies": []},
            {"author": "olivier-chabert", "body": "Le guide dans chaque annonce, je suis pour. Ça profite à tout le territoire, quel que soit le canal.", "days_ago": 14, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "karim-mansouri",
        "title": "Pour les restaurants, un lien « réserver une table » suffit",
        "body": "Vendre un repas en ligne à l'avance, ça n'a pas de sens pour un restaurant. En revanche, un lien « réserver une table » depuis le site de l'office, oui, tout de suite.",
        "themes": ["Numérique"],
        "days_ago": 17, "hours_ago": 21, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "isabelle-faure",
        "title": "Des visites guidées réservables la veille au soir",
        "body": """Aujourd'hui, mes visites d'Uzès sont en vente à l'office, mais la billetterie ferme avec le bureau, à 18 h. Or beaucoup de visiteurs décident de leur programme du lendemain le soir, à l'apéritif, sur leur téléphone. Résultat : des départs de visite avec quatre personnes alors qu'une dizaine d'autres auraient pu venir.

Je propose une billetterie en ligne commune aux guides du territoire, accessible depuis le site de l'office, avec une clôture des ventes une heure avant le départ. Les guides garderaient la main sur leur planning, et l'office toucherait une petite commission pour la gestion. Pour les visites en langues étrangères, ce serait encore plus utile : les clients étrangers réservent presque tout en ligne.""",
        "themes": ["Numérique", "Patrimoine et savoir-faire"],
        "days_ago": 16, "hours_ago": 13, "likes": 4, "edited": False,
        "comments": [
            {"author": "ines-haddad", "body": "Cela entre parfaitement dans le pilote « activités et visites » évoqué plus haut. On vous inscrit ?", "days_ago": 15, "replies": [
                {"author": "isabelle-faure", "body": "Oui, avec plaisir.", "days_ago": 15},
            ]},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "claire-vidal",
        "title": "Des coffrets cadeaux « Pays d'Uzès » valables chez plusieurs partenaires",
        "body": "Idée du groupe A : des coffrets cadeaux vendus à l'office et en ligne, valables chez plusieurs partenaires (une nuit, un repas, une descente en canoë, une visite de cave). Idéal pour Noël et pour faire venir des clientèles de proximité hors saison.",
        "themes": ["Tourisme 4 saisons", "Travail en réseau"],
        "days_ago": 20, "hours_ago": 1, "likes": 6, "edited": False,
        "comments": [
            {"author": "chantal-rey", "body": "La cave serait ravie d'y participer. C'est une belle manière de faire connaître nos vins à des gens qui ne seraient pas venus d'eux-mêmes.", "days_ago": 19, "replies": []},
            {"author": "hugo-perrier", "body": "Attention aux délais de remboursement des partenaires, c'est souvent là que ces systèmes se grippent. Payer sous un mois, sinon les commerçants décrochent.", "days_ago": 18, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "vincent-maurin",
        "title": "Un billet couplé Pont du Gard et visite guidée d'Uzès",
        "body": """Beaucoup de nos visiteurs nous demandent ce qu'il faut voir ensuite. Un billet couplé, qui associe l'entrée au Pont du Gard et une visite guidée d'Uzès le même jour ou le lendemain, avec une réduction sur l'ensemble, serait simple à mettre en place. Il encouragerait les visiteurs à rester une nuit de plus sur le territoire. Nous pouvons le tester dès la saison prochaine si l'office et les guides sont d'accord.

Pour les familles, on pourrait décliner la formule avec le jeu de piste proposé par Isabelle, et pour les groupes avec une visite guidée dédiée. L'essentiel est que le billet soit vendu aux deux endroits, au site et à l'office, et qu'il soit mis en avant au moment où le visiteur se demande quoi faire ensuite.""",
        "themes": ["Patrimoine et savoir-faire", "Travail en réseau"],
        "days_ago": 15, "hours_ago": 10, "likes": 6, "edited": False,
        "comments": [
            {"author": "isabelle-faure", "body": "D'accord sur le principe. Il faudra s'entendre sur la répartition de la réduction entre le site et les guides, mais rien d'insurmontable.", "days_ago": 14, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "sandrine-lopez",
        "title": "Au camping, on réserve six mois avant ; sur place, on achète des activités",
        "body": "En camping, l'essentiel des réservations se fait six mois avant. Ce qui se vend une fois sur place, ce sont les activités : c'est là que l'office peut nous aider. Un catalogue clair des activités, réservables depuis notre accueil avec une petite commission, rendrait service à nos campeurs comme aux prestataires.",
        "themes": ["Numérique", "Pleine nature"],
        "days_ago": 14, "hours_ago": 18, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "lucas-ferrand",
        "title": "Et les artisans ? Nous ne vendons pas des nuitées",
        "body": """On parle beaucoup de réservation d'hébergements et d'activités, mais les artisans vendent des objets, et surtout du temps. À l'atelier, nous proposons des initiations au tournage d'une heure ou deux, pour adultes et enfants. Aujourd'hui, les gens les réservent par téléphone, quand ils trouvent notre numéro. Si ces ateliers étaient visibles et réservables comme une activité de loisir, nous pourrions en proposer toute l'année, y compris en hiver.""",
        "themes": ["Patrimoine et savoir-faire", "Tourisme 4 saisons"],
        "days_ago": 14, "hours_ago": 12, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "samuel-roussel",
        "title": "Un pass vélo et visite, avec dépose à Uzès",
        "body": "Un pass vélo et visite : je loue mon vélo électrique à Remoulins, on me dépose à Uzès pour la visite guidée, et je rentre à mon rythme par les petites routes, en attendant la voie verte.",
        "themes": ["Mobilités douces", "Patrimoine et savoir-faire"],
        "days_ago": 13, "hours_ago": 17, "likes": 3, "edited": False,
        "comments": [
            {"author": "isabelle-faure", "body": "J'adore. On en parle autour d'un café ?", "days_ago": 12, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "elodie-fargier",
        "title": "Pas de site internet pour la guinguette, et alors ?",
        "body": """Je n'ai pas de site internet et je n'en aurai sans doute jamais : la guinguette ouvre quatre mois par an, je suis seule à tout gérer et ma page sur les réseaux sociaux me suffit. Je pense qu'on est nombreux dans ce cas. Ce qui m'aiderait, c'est une fiche simple sur le site de l'office, que je peux modifier moi-même depuis mon téléphone, avec mes horaires et mes soirées. Le reste, ça se passe au bord de l'eau.

Et surtout, qu'on ne me demande pas de remplir un formulaire de douze pages une fois par an ! Une fiche que je mets à jour en deux minutes quand je change mes horaires, ou quand j'organise une soirée musicale, c'est tout ce dont j'ai besoin. Si c'est simple, je le ferai, promis.""",
        "themes": ["Numérique", "Accueil et information"],
        "days_ago": 12, "hours_ago": 22, "likes": 4, "edited": False,
        "comments": [
            {"author": "ines-haddad", "body": "C'est exactement ce que prévoit la refonte : chaque partenaire pourra modifier sa fiche lui-même. Vous serez parmi les premières invitées.", "days_ago": 11, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "lucie-marchetti",
        "title": "Qui paie la commission, et combien ?",
        "body": "Point de vigilance noté par les quatre groupes : qui paie la commission d'une éventuelle vente en ligne, et combien ? Sans réponse claire, peu de professionnels suivront.",
        "themes": ["Numérique", "Travail en réseau"],
        "days_ago": 20, "hours_ago": 0, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "pieter-de-vries",
        "title": "Les clients étrangers réservent en ligne, en anglais ou pas du tout",
        "body": """Nos clients néerlandais, allemands et scandinaves réservent tout en ligne, souvent plusieurs mois avant, et exclusivement en anglais ou dans leur langue. Une offre qui n'existe qu'en français, ou qui demande d'appeler, n'existe tout simplement pas pour eux. Si l'office lance une vente en ligne, elle doit être disponible au moins en anglais dès le premier jour, sinon on se prive de la clientèle qui dépense le plus et qui vient le plus hors saison.""",
        "themes": ["Numérique", "Accueil et information"],
        "days_ago": 11, "hours_ago": 8, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "vendre", "author": "theo-lambert",
        "title": "Une billetterie commune pour les festivals du territoire",
        "body": "La billetterie des festivals pourrait être portée par l'office pour tous les organisateurs : on éviterait cinq outils différents et les visiteurs trouveraient tout au même endroit. Nous perdons chaque été des spectateurs qui ne savent pas où acheter leurs places.",
        "themes": ["Numérique", "Travail en réseau"],
        "days_ago": 9, "hours_ago": 14, "likes": 2, "edited": False,
        "comments": [
            {"author": "claire-vidal", "body": "Nous le faisons déjà pour deux festivals. Étendre le service demande de revoir notre outil de billetterie, on regarde ça avec le pilote.", "days_ago": 8, "replies": []},
        ],
    },
    # --- Mission : fidéliser ---
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "camille-roux",
        "title": "Ce que je fais pour que mes clients reviennent (et ce qui ne marche pas)",
        "body": """Nous tenons le Mas des Oliviers depuis neuf ans : cinq chambres, une table d'hôtes trois soirs par semaine, ouvert de mars à novembre. Environ un tiers de nos clients sont déjà venus au moins une fois. Pendant l'atelier, on m'a demandé de raconter comment on s'y prend ; voici la version longue, avec aussi mes échecs, parce qu'ils sont instructifs.

## Ce qui marche

**Le prénom et la mémoire.** Je note dans un carnet (oui, un carnet) les prénoms des enfants, le vin qu'ils ont aimé, la balade qu'ils n'ont pas eu le temps de faire. Quand ils reviennent, je leur en parle. Rien ne fidélise plus que le sentiment d'être attendu.

**Le « à faire la prochaine fois ».** Le jour du départ, je donne à chacun une petite carte manuscrite avec trois idées pour un prochain séjour, **à une autre saison** : le marché aux truffes en janvier, les balades fleuries d'avril, les vendanges. Beaucoup reviennent justement à la saison que je leur ai suggérée.

**Le courriel deux fois par an, pas plus.** Un au printemps, un à l'automne, avec des photos du mas, une nouvelle du territoire et une date à retenir. Pas de promotion agressive. Taux d'ouverture : autour de 60 %, ce qui me semble énorme.

**Les partenaires de confiance.** J'envoie mes clients chez Benoît pour le vin, chez Julien pour le canoë, chez Isabelle pour la visite d'Uzès. Quand ils passent un bon moment chez eux, c'est aussi le souvenir du mas qui s'améliore. La fidélité est collective.

## Ce qui ne marche pas

- **Les codes promotionnels.** J'ai essayé une remise de 10 % pour un retour hors saison : presque personne ne l'a utilisée. Les gens ne reviennent pas pour une réduction, ils reviennent pour une envie.
- **Les réseaux sociaux pour garder le lien.** Mes clients me suivent, aiment les photos, mais ça ne déclenche pas de réservation. C'est utile pour se faire connaître, pas pour fidéliser.
- **Les questionnaires de satisfaction trop longs.** J'en ai envoyé un de vingt questions : huit réponses sur deux cents. Depuis, je pose une seule question au petit-déjeuner du dernier jour : « qu'est-ce qui vous ferait revenir ? ». Les réponses valent de l'or.

## Ce que j'attends de la destination

1. **Un agenda des ailes de saison fiable et publié tôt**, pour que je puisse donner des dates précises à mes clients dès l'été. Aujourd'hui, je découvre souvent les événements d'octobre en septembre.
2. **Une newsletter de destination**, que je pourrais relayer ou à laquelle mes clients pourraient s'abonner, avec une vraie ligne éditoriale.
3. **Des établissements ouverts hors saison.** Je peux donner envie à mes clients de revenir en novembre, mais s'ils trouvent tous les restaurants fermés, ils ne reviendront pas une troisième fois.

Si d'autres hébergeurs ont des astuces, je suis preneuse : c'est le genre d'échange qu'on n'a jamais le temps d'avoir.""",
        "themes": ["Tourisme 4 saisons", "Accueil et information", "Travail en réseau"],
        "days_ago": 17, "hours_ago": 20, "likes": 27, "edited": False,
        "comments": [
            {"author": "pieter-de-vries", "body": "Merci Camille, c'est très concret. Pour ma part, j'envoie une carte de vœux papier à tous les clients de l'année, avec une photo de la garrigue en hiver. Ça coûte cinquante centimes, et on m'en parle encore l'été suivant.", "days_ago": 17, "replies": []},
            {"author": "karim-mansouri", "body": "Le point 3 est fondamental. Je suis ouvert toute l'année, et en novembre on se sent bien seul dans la rue. Il faudrait un engagement collectif sur quelques semaines clés.", "days_ago": 16, "replies": [
                {"author": "camille-roux", "body": "Exactement. Même si chacun ouvre seulement les week-ends, pourvu qu'on sache lesquels.", "days_ago": 16},
            ]},
            {"author": "ines-haddad", "body": "Sur l'agenda publié tôt : nous pouvons nous engager à publier le programme d'octobre et novembre dès le mois de juin, à condition que les organisateurs nous donnent leurs dates. La question « qu'est-ce qui vous ferait revenir ? » est géniale, on peut la reprendre dans l'enquête commune.", "days_ago": 15, "replies": []},
            {"author": "olivier-chabert", "body": "Sur les codes promotionnels, même constat à l'hôtel. En revanche, un surclassement offert à la deuxième visite marche très bien.", "days_ago": 14, "replies": []},
            {"author": "sandrine-lopez", "body": "Au camping, on a trop de clients pour un carnet, mais l'idée de la carte « à faire la prochaine fois » se transpose très bien. Je la teste l'été prochain.", "days_ago": 12, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "ines-haddad",
        "title": "Une lettre de saison, quatre fois par an",
        "body": "Groupe C : une lettre d'information de destination quatre fois par an, avec une seule offre forte à chaque fois, plutôt qu'une newsletter mensuelle que personne ne lit.",
        "themes": ["Numérique", "Tourisme 4 saisons"],
        "days_ago": 20, "hours_ago": 1, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "chantal-rey",
        "title": "Le club des amis de la cave",
        "body": """À la cave coopérative, nous avons lancé il y a trois ans un club des amis : une inscription gratuite, une lettre au moment des vendanges, une invitation à la fête du vin nouveau et un envoi de bouteilles deux fois par an pour ceux qui le souhaitent. Nous comptons aujourd'hui plusieurs centaines de membres, dont beaucoup de visiteurs qui avaient découvert le caveau en vacances. Certains reviennent chaque année exprès pour la fête. Ce type de club pourrait inspirer d'autres filières, voire la destination entière.

Ce qui fonctionne, ce n'est pas la réduction, c'est le sentiment d'appartenance : les membres reçoivent des nouvelles de la vigne, voient les photos des vendanges, connaissent les vignerons par leur prénom. Un « club des amis du Pays d'Uzès » pourrait reprendre cette idée, avec des nouvelles des producteurs, des artisans et des villages, et des invitations aux grands rendez-vous de l'année.""",
        "themes": ["Produits locaux", "Tourisme 4 saisons"],
        "days_ago": 18, "hours_ago": 15, "likes": 5, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "hugo-perrier",
        "title": "Une carte de fidélité commune ? Attention, on a déjà essayé",
        "body": "Une carte de fidélité commune aux commerces, on l'a tentée en 2019 : elle a tenu six mois. Trop compliquée pour les clients, trop de gestion pour nous. Si on recommence, il faut une formule beaucoup plus simple.",
        "themes": ["Travail en réseau"],
        "days_ago": 17, "hours_ago": 9, "likes": 3, "edited": False,
        "comments": [
            {"author": "emilie-sabatier", "body": "Je m'en souviens. Le problème, c'était surtout le tampon papier que tout le monde perdait.", "days_ago": 16, "replies": []},
            {"author": "lucie-marchetti", "body": "Très utile de garder la mémoire de ce qui n'a pas marché. Pourriez-vous nous dire en quelques lignes ce qui a coincé ? Ce serait précieux pour la synthèse.", "days_ago": 15, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "pieter-de-vries",
        "title": "Nos clients néerlandais reviennent… en octobre",
        "body": """Un constat sur plusieurs années au domaine : les familles néerlandaises viennent une première fois en juillet avec les enfants, puis reviennent en couple en octobre ou en mai, quand les enfants ont grandi ou restent à la maison. Elles connaissent déjà le territoire et cherchent autre chose : randonnées, vin, calme, restaurants ouverts. C'est une clientèle fidèle, mais qui se sent un peu abandonnée hors saison. Je suggère une communication spécifique vers les anciens clients des pays du Nord, en anglais et en néerlandais, sur le thème de l'automne.

Nous pourrions, entre hébergeurs, mutualiser ces envois : un message de destination en anglais et en néerlandais, envoyé par chacun à ses anciens clients, avec quelques offres d'automne de partenaires. Chacun garde son fichier, l'office fournit le contenu. Ce serait aussi une façon de montrer aux clients du Nord que le territoire ne ferme pas en septembre.""",
        "themes": ["Tourisme 4 saisons", "Identité et notoriété"],
        "days_ago": 16, "hours_ago": 19, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "rose-marie-blanc",
        "title": "Ceux qui ont marché avec un greeter reviennent",
        "body": "Un visiteur qui a fait une balade avec un greeter revient presque toujours, et nous écrit souvent avant. Le lien humain reste le meilleur outil de fidélisation.",
        "themes": ["Accueil et information"],
        "days_ago": 15, "hours_ago": 11, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "ines-haddad",
        "title": "Mesurer la satisfaction sans harceler les visiteurs",
        "body": """Plusieurs d'entre vous l'ont dit : les visiteurs reçoivent des questionnaires de partout et n'y répondent plus. Pourtant, nous n'avons aujourd'hui aucune mesure commune de la satisfaction sur le territoire.

Proposition : un questionnaire de destination très court (cinq questions au maximum, dont une ouverte), accessible par un QR code affiché chez les partenaires volontaires et dans les bureaux d'accueil, et envoyé une seule fois après le séjour par ceux qui le souhaitent. Les réponses seraient anonymes, et chaque partenaire recevrait une synthèse trimestrielle pour l'ensemble du territoire, plus ses propres résultats s'il a diffusé le questionnaire.

Nous pourrions tester cela dès le printemps avec une vingtaine de partenaires. Qui serait partant ?""",
        "themes": ["Numérique", "Accueil et information"],
        "days_ago": 14, "hours_ago": 10, "likes": 4, "edited": False,
        "comments": [
            {"author": "camille-roux", "body": "Partante, et je propose d'y mettre ma question : « qu'est-ce qui vous ferait revenir ? ».", "days_ago": 14, "replies": []},
            {"author": "sandrine-lopez", "body": "Partante aussi. Prévoyez une version en anglais et en néerlandais, sinon la moitié de nos campeurs ne répondront pas.", "days_ago": 13, "replies": []},
            {"author": "vincent-maurin", "body": "Le site du Pont du Gard mène déjà sa propre enquête. Harmonisons quelques questions pour pouvoir comparer.", "days_ago": 11, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "elodie-fargier",
        "title": "Les gens reviennent pour une ambiance",
        "body": "Les gens reviennent pour une ambiance. Gardez les guinguettes, les fêtes votives, les soirées sur la place : c'est ce qu'on ne trouve pas ailleurs.",
        "themes": ["Identité et notoriété"],
        "days_ago": 14, "hours_ago": 21, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "anne-sophie-lefort",
        "title": "Des rendez-vous qui changent à chaque saison",
        "body": """Un visiteur revient quand il sait qu'il y aura du nouveau. À la Maison de la terre, nous renouvelons les expositions trois fois par an, et nous voyons revenir les mêmes visiteurs à chaque vernissage. Si chaque site et chaque village proposait un rendez-vous renouvelé par saison, et si l'office les regroupait dans un programme lisible, on donnerait une raison concrète de revenir.""",
        "themes": ["Tourisme 4 saisons", "Patrimoine et savoir-faire"],
        "days_ago": 13, "hours_ago": 16, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "emilie-sabatier",
        "title": "Un marque-page avec les dates de l'automne",
        "body": "Un petit cadeau au départ : un marque-page aux couleurs de la destination, avec les dates des événements de l'automne. Ça coûte trois fois rien et ça reste dans un livre toute l'année. À la librairie, on glisse déjà un marque-page dans chaque livre vendu : les clients nous écrivent parfois des mois après pour commander un titre.",
        "themes": ["Tourisme 4 saisons", "Identité et notoriété"],
        "days_ago": 12, "hours_ago": 13, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "olivier-chabert",
        "title": "Fidéliser les saisonniers, c'est aussi fidéliser les clients",
        "body": """On parle des clients, mais la qualité de l'accueil dépend de nos équipes, et nous avons de plus en plus de mal à garder nos saisonniers d'une année sur l'autre. La première raison, c'est le logement : impossible de se loger à un prix raisonnable à Uzès l'été. Un client qui retrouve le même serveur, la même réceptionniste, se sent chez lui. Je propose que le sujet du logement des saisonniers figure dans la stratégie, avec les communes et les intercommunalités.

Des solutions existent ailleurs : des résidences pour saisonniers, des chambres chez l'habitant avec une charte, des logements communaux vacants remis en état. Aucune n'est simple, mais ne rien faire revient à accepter que la qualité de l'accueil baisse chaque été. Les hôteliers et restaurateurs sont prêts à participer à une réflexion commune.""",
        "themes": ["Accueil et information", "Travail en réseau"],
        "days_ago": 11, "hours_ago": 9, "likes": 5, "edited": False,
        "comments": [
            {"author": "karim-mansouri", "body": "Cent fois oui. Cet été, j'ai perdu deux cuisiniers faute de logement.", "days_ago": 11, "replies": []},
            {"author": "nadia-benali", "body": "Le sujet est sur la table du conseil municipal. Une piste : mobiliser des logements communaux vacants et des chambres chez l'habitant, avec une charte.", "days_ago": 9, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "yannick-moreau",
        "title": "Se souvenir du prénom du client",
        "body": "Groupe B, saisi tel quel : « Se souvenir du prénom du client, ça reste le meilleur outil de fidélisation. »",
        "themes": ["Accueil et information"],
        "days_ago": 20, "hours_ago": 2, "likes": 5, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "patrick-soulier",
        "title": "Les résidents secondaires, nos premiers fidèles",
        "body": """Dans la vallée, de nombreuses maisons appartiennent à des familles qui viennent plusieurs fois par an, souvent depuis des décennies. Ce sont nos visiteurs les plus fidèles, et pourtant on ne leur parle jamais. Je propose une matinée d'accueil chaque printemps, commune par commune, pour leur présenter les nouveautés, l'agenda de l'année et les professionnels du coin. Ils deviendraient d'excellents prescripteurs auprès de leurs amis.""",
        "themes": ["Tourisme 4 saisons", "Accueil et information"],
        "days_ago": 10, "hours_ago": 18, "likes": 4, "edited": False,
        "comments": [
            {"author": "helene-castanet", "body": "À Lussan, nous faisons un apéritif de bienvenue chaque été pour les nouveaux habitants et les résidents secondaires. Ça marche très bien, et ça ne coûte pas cher.", "days_ago": 9, "replies": []},
            {"author": "mathilde-guerin", "body": "Nous pouvons relayer l'invitation auprès des propriétaires que nous accompagnons.", "days_ago": 8, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "fideliser", "author": "karim-mansouri",
        "title": "Répondre à tous les avis, même aux méchants",
        "body": "Répondre à tous les avis en ligne, même aux méchants. Surtout aux méchants : les futurs clients lisent la réponse plus que la critique.",
        "themes": ["Numérique"],
        "days_ago": 6, "hours_ago": 23, "likes": 0, "edited": False,
        "comments": [],
    },
    # --- Mission : cinq appels à l'accueil de l'office ---
    {
        "workshop": "parcours-client", "mission": "personas", "author": "sandrine-lopez",
        "title": "Famille Dupont : une semaine en juillet, jour par jour",
        "body": """Notre table a travaillé sur la famille Dupont, et comme nous accueillons des dizaines de « Dupont » chaque été au camping, l'exercice nous a paru très concret. Voici le programme que nous leur proposerions, avec les arguments pour les faire choisir le Gard plutôt que l'Ardèche.

## Les arguments au téléphone

- **Tout à moins de vingt minutes** : la rivière, le Pont du Gard, Uzès, les villages. Pas de longues routes de montagne avec deux enfants à l'arrière.
- **La baignade tous les jours**, dans le Gardon, avec des plages de galets accessibles aux petits.
- **Des activités adaptées à chaque âge**, pour que le grand de 10 ans ne s'ennuie pas et que la petite de 5 ans ne soit pas épuisée.
- **Un hébergement avec piscine et animations**, pour les moments où les parents veulent souffler.

## Le programme

**Samedi : arrivée.** Installation, baignade en fin de journée, dîner simple au camping.

**Dimanche : le Pont du Gard.** Arrivée tôt le matin pour éviter la chaleur et la foule, visite du musée et de l'espace pour les enfants, pique-nique à l'ombre, baignade au pied du pont l'après-midi.

**Lundi : la rivière en canoë.** Une descente courte, adaptée aux enfants (voir la contribution de Julien sur les âges), puis après-midi tranquille au camping.

**Mardi : Uzès.** Visite avec un jeu de piste pour les enfants, glace sur la place aux Herbes, passage par le jardin médiéval. Retour avant la grosse chaleur.

**Mercredi : journée libre au camping.** Piscine, club enfants, et pour les parents une visite de cave en fin d'après-midi, à dix minutes.

**Jeudi : Saint-Quentin-la-Poterie.** Atelier de modelage pour les enfants le matin, balade dans les ruelles, déjeuner dans le village. Retour au bord de l'eau l'après-midi.

**Vendredi : la garrigue.** Balade accompagnée en début de matinée (insectes, plantes qui sentent bon, traces d'animaux), marché nocturne ou fête de village le soir.

**Samedi : départ**, avec un pot de miel ou une bouteille d'huile d'olive dans le coffre.

## Ce qui manque pour que ça marche vraiment

- **Une garde d'enfants ponctuelle**, pour que les parents puissent dîner seuls un soir. Aujourd'hui, rien n'existe de façon organisée.
- **Des activités les jours de grosse chaleur**, où l'on ne peut rien faire entre 12 h et 17 h : lieux frais, ateliers en intérieur, cinéma.
- **Une information claire sur l'accès au Pont du Gard et aux plages**, avec les heures d'affluence.
- **Une page « familles » sur le site de l'office**, qui reprendrait ce type de programme clé en main, en plusieurs versions selon l'âge des enfants.

Et pour l'hiver, puisque les Dupont hésitent aussi pour une semaine de vacances d'hiver : soyons honnêtes, nous ne sommes pas une destination de ski. Mais les vacances de la Toussaint ou de printemps, avec le même programme en version douce, c'est une vraie carte à jouer.""",
        "themes": ["Accueil et information", "Pleine nature", "Tourisme 4 saisons"],
        "days_ago": 18, "hours_ago": 21, "likes": 25, "edited": True,
        "comments": [
            {"author": "julien-arnaud", "body": "Très bon programme. Pour le lundi, on propose le parcours court avec les enfants dans le canoë des parents : ça passe très bien à cinq ans, avec gilet bien sûr.", "days_ago": 18, "replies": []},
            {"author": "lucas-ferrand", "body": "Pour le jeudi, nos ateliers enfants sont le matin à 10 h en juillet. Réservation conseillée, on est vite complets.", "days_ago": 17, "replies": []},
            {"author": "elodie-fargier", "body": "Pour la garde d'enfants, j'ai une idée que je détaillerai dans une contribution à part. Les parents ont aussi droit à leurs vacances !", "days_ago": 16, "replies": []},
            {"author": "ines-haddad", "body": "Nous reprenons ce programme comme base de la future page « familles ». Merci, c'est un travail remarquable.", "days_ago": 15, "replies": [
                {"author": "sandrine-lopez", "body": "Avec plaisir, et on peut le décliner pour les familles avec ados si ça vous intéresse.", "days_ago": 15},
            ]},
            {"author": "anne-sophie-lefort", "body": "Les jours de grosse chaleur, la Maison de la terre est fraîche et propose des visites-ateliers en famille. Pensez à nous !", "days_ago": 13, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "vincent-maurin",
        "title": "Autocariste belge : une étape de deux nuits clé en main",
        "body": """Au site du Pont du Gard, nous accueillons chaque année des centaines d'autocars. La plupart ne restent que deux heures et repartent dormir à Avignon ou à Nîmes. Le cas de l'autocariste belge est donc très réel : voici comment notre table propose de le convaincre de rester deux nuits sur le territoire.

## Ce qu'attend ce type de client

- Un **interlocuteur unique**, qui construit le programme, réserve tout et facture en une fois.
- Un **hébergement de 25 à 30 chambres** pouvant accueillir un groupe, avec un parking pour le car.
- Des **visites guidées dans leur langue** (français pour les Wallons, néerlandais pour les Flamands, parfois allemand).
- Des **repas de groupe** bien organisés, avec des produits locaux.
- Un **rythme tranquille** : ces jeunes retraités veulent découvrir, marcher un peu, mais pas courir.

## Le programme proposé

**Jour 1 : arrivée en fin d'après-midi**, installation à l'hôtel, dîner au restaurant avec un menu du terroir et présentation du territoire par un guide.

**Jour 2 : le Pont du Gard et Uzès.** Visite guidée du Pont du Gard le matin, en incluant une petite marche sur les chemins de garrigue qui suivent l'aqueduc. Déjeuner dans une cave coopérative avec dégustation. L'après-midi, visite guidée d'Uzès, temps libre sur la place aux Herbes, et, le samedi, le marché.

**Jour 3 : savoir-faire et départ.** Matinée à Saint-Quentin-la-Poterie, démonstration de tournage chez un potier, visite de la Maison de la terre. Déjeuner dans un village, puis départ vers l'étape suivante.

## Ce qui manque aujourd'hui

1. **Personne pour porter l'offre.** Ni le site du Pont du Gard ni l'office ne sont aujourd'hui en mesure de vendre un séjour de groupe complet. C'est le cœur du scénario B proposé à l'atelier « Gouvernance ».
2. **Peu d'hôtels capables de recevoir un groupe entier.** Il faut souvent répartir le groupe sur deux établissements, ce que les autocaristes détestent.
3. **Des guides parlant néerlandais.** Ils sont trop peu nombreux, et très demandés.
4. **Le stationnement des cars à Uzès**, qui reste compliqué, surtout les jours de marché.

## Notre proposition

Monter deux ou trois programmes types pour les groupes, en partenariat entre le site du Pont du Gard, l'office, les hôteliers et les guides, et les présenter au prochain salon professionnel des autocaristes. Un tel séjour laisse sur le territoire bien plus qu'une visite de deux heures.""",
        "themes": ["Travail en réseau", "Patrimoine et savoir-faire", "Accueil et information"],
        "days_ago": 17, "hours_ago": 15, "likes": 6, "edited": False,
        "comments": [
            {"author": "olivier-chabert", "body": "Pour l'hébergement, deux ou trois hôtels d'Uzès pourraient s'associer et garantir un bloc de chambres à des dates fixes. Nous sommes ouverts à la discussion.", "days_ago": 16, "replies": []},
            {"author": "chantal-rey", "body": "Le déjeuner à la cave coopérative, c'est notre spécialité. Jusqu'à soixante couverts, avec visite du chai.", "days_ago": 16, "replies": []},
            {"author": "nadia-benali", "body": "Le stationnement des cars est un vrai sujet, je le porte en mairie. Une aire de dépose près des boulevards est à l'étude.", "days_ago": 13, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "isabelle-faure",
        "title": "Pour les Dupont : Uzès en jeu de piste",
        "body": """Les enfants de 10 ans s'ennuient vite dans une visite classique. Je propose un jeu de piste dans Uzès, avec un carnet d'énigmes et un petit trésor à la fin (une spécialité locale, un objet en céramique). Il pourrait être vendu à l'office et dans les hébergements, en version autonome, et en version guidée une fois par semaine l'été. Ce serait une vraie raison de choisir une destination plutôt qu'une autre pour les familles.

Le carnet pourrait exister en deux versions, pour les 6-9 ans et les 10-13 ans, et en anglais. Je suis prête à écrire les énigmes, à condition qu'un illustrateur du territoire donne vie au carnet. Les commerçants de la ville pourraient aussi y participer, en servant d'étapes du parcours.""",
        "themes": ["Patrimoine et savoir-faire", "Accueil et information"],
        "days_ago": 19, "hours_ago": 10, "likes": 4, "edited": False,
        "comments": [
            {"author": "ines-haddad", "body": "Une version numérique sur téléphone serait facile à ajouter ensuite, mais le carnet papier a un charme que les enfants adorent.", "days_ago": 18, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "claire-vidal",
        "title": "Argument n°1 pour les Dupont : la baignade dans le Gardon",
        "body": "Groupe A, pour la famille Dupont : l'argument qui ferait la différence face à l'Ardèche, c'est la baignade au pied du Pont du Gard, puis le canoë pour le grand.",
        "themes": ["Pleine nature"],
        "days_ago": 20, "hours_ago": 2, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "julien-arnaud",
        "title": "Canoë avec les Dupont : possible, mais adapté à la petite",
        "body": """Pour les Dupont, le canoë est une évidence, mais attention à l'âge : pour la descente classique de Collias au Pont du Gard, une huitaine de kilomètres, nous prenons en général les enfants à partir de 6 ou 7 ans, et ils doivent savoir nager. Avec une petite de 5 ans, nous conseillons la formule courte, avec l'enfant assise au milieu du bateau des parents, et un départ tôt le matin. Le grand de 10 ans, lui, peut tout à fait pagayer avec son père.""",
        "themes": ["Pleine nature", "Accueil et information"],
        "days_ago": 18, "hours_ago": 12, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "helene-castanet",
        "title": "Famille Martin : et s'ils devenaient greeters ?",
        "body": "Pour la famille Martin : proposons-leur de devenir greeters ! Ils connaissent Lussan mieux que nous, et c'est la meilleure façon de redécouvrir son village.",
        "themes": ["Accueil et information", "Identité et notoriété"],
        "days_ago": 16, "hours_ago": 14, "likes": 5, "edited": False,
        "comments": [
            {"author": "rose-marie-blanc", "body": "Ils seraient les bienvenus ! Nous cherchons justement des greeters dans le nord du territoire.", "days_ago": 15, "replies": []},
            {"author": "lea-bonnet", "body": "Bonne idée, mais attention à ce que ça ne remplace pas les visites guidées professionnelles. Les deux ont leur place.", "days_ago": 14, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "lea-bonnet",
        "title": "Famille Martin : des balades à la tombée de la nuit",
        "body": """Les Martin connaissent les sites, mais connaissent-ils la garrigue la nuit ? Nous proposons des balades crépusculaires vers les Concluses de Lussan, avec observation des étoiles (le ciel est remarquablement noir dans le nord du territoire), écoute des chouettes et des grillons. Ces sorties se font au printemps et en automne, hors des périodes de risque d'incendie, et conviennent parfaitement à des gens qui pensent avoir tout vu.""",
        "themes": ["Pleine nature", "Tourisme 4 saisons"],
        "days_ago": 15, "hours_ago": 16, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "mathilde-guerin",
        "title": "Pour les Martin : une lettre mensuelle aux propriétaires",
        "body": "Pour les Martin : un agenda mensuel des nouveautés envoyé aux propriétaires de résidences secondaires. Nous en gérons beaucoup et nous avons leurs adresses, nous pouvons faire le relais. Les propriétaires nous demandent souvent ce qu'il y a de nouveau à faire quand ils reviennent ; nous n'avons pas toujours la réponse.",
        "themes": ["Accueil et information", "Tourisme 4 saisons"],
        "days_ago": 15, "hours_ago": 7, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "samuel-roussel",
        "title": "Cyclistes allemands sur la ViaRhôna : rendre le détour évident",
        "body": """Nous voyons passer chaque été beaucoup de cyclistes itinérants qui descendent la vallée du Rhône. Le Pont du Gard n'est qu'à une vingtaine de kilomètres de leur itinéraire, mais très peu font le détour : ils ne savent pas par où passer, craignent les routes fréquentées et ne savent pas où dormir.

Pour les convaincre, il faut trois choses. D'abord, **un itinéraire de liaison balisé et sécurisé** entre la ViaRhôna et le Pont du Gard, avec une carte téléchargeable. Ensuite, **des hébergements labellisés Accueil Vélo** le long de ce trajet, avec un local fermé pour les vélos et un petit-déjeuner copieux. Enfin, **une information en allemand et en néerlandais**, sur le site et sur place.

Une fois au Pont du Gard, on peut leur proposer une boucle vers Uzès et une nuit dans un village, et même le transport des bagages pour repartir le lendemain. Les cyclistes itinérants dépensent beaucoup sur place et voyagent souvent en avril, en mai et en septembre. Plus d'informations sur l'itinéraire : https://www.viarhona.com""",
        "themes": ["Mobilités douces", "Tourisme 4 saisons"],
        "days_ago": 14, "hours_ago": 17, "likes": 6, "edited": False,
        "comments": [
            {"author": "pieter-de-vries", "body": "Je suis prêt à faire labelliser le domaine Accueil Vélo. Qui peut m'accompagner dans la démarche ?", "days_ago": 13, "replies": [
                {"author": "yannick-moreau", "body": "L'office peut vous accompagner, c'est justement l'une des missions proposées pendant l'atelier « Gouvernance ». Je vous contacte.", "days_ago": 12},
            ]},
            {"author": "patrick-soulier", "body": "La liaison vers la ViaRhôna est inscrite au schéma vélo du Département. Le calendrier reste flou, mais nous poussons.", "days_ago": 11, "replies": []},
            {"author": "stephanie-nguyen", "body": "Les cyclistes passent justement devant le bistrot. Je vous rejoins sur l'Accueil Vélo.", "days_ago": 10, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "olivier-chabert",
        "title": "Séminaire de 40 personnes en mars : on sait faire, mais personne ne le sait",
        "body": """Un séminaire de quarante personnes en mars, c'est exactement ce dont nos hôtels ont besoin hors saison. Le territoire a tout : des salles dans des lieux de caractère, des domaines viticoles, des activités de cohésion (canoë, vélo, ateliers de poterie, dégustations), des restaurants de qualité. Mais aucune vitrine ne présente cette offre, et les entreprises de Montpellier ou de Marseille ne pensent pas à nous. Une brochure « séminaires » et un contact unique à l'office seraient un premier pas.

Pour la mission du jour, voici ce que nous proposerions à cette entreprise : arrivée le jeudi matin, réunion dans une salle de caractère à Uzès, déjeuner chez un vigneron, atelier de poterie ou balade à vélo l'après-midi, dîner dans un mas. Le vendredi, une matinée de travail et une descente en canoë si la météo le permet. En mars, tout cela est disponible, à des tarifs que les entreprises trouvent raisonnables.""",
        "themes": ["Tourisme 4 saisons", "Travail en réseau"],
        "days_ago": 17, "hours_ago": 11, "likes": 3, "edited": False,
        "comments": [
            {"author": "vincent-maurin", "body": "Le site du Pont du Gard reçoit des séminaires et doit souvent orienter vers d'autres hébergements. Associons-nous.", "days_ago": 16, "replies": []},
            {"author": "benoit-granier", "body": "Le domaine peut accueillir une journée de séminaire avec déjeuner dans les vignes. On le fait déjà pour deux entreprises par an, on pourrait en faire dix.", "days_ago": 15, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "lucie-marchetti",
        "title": "Un séminaire vendanges en septembre, un séminaire truffe en janvier",
        "body": "Groupe D, pour l'entreprise montpelliéraine : proposer un « séminaire vendanges » en septembre et un « séminaire truffe » en janvier, pour des dates hors saison qui se vendent toutes seules.",
        "themes": ["Produits locaux", "Tourisme 4 saisons"],
        "days_ago": 20, "hours_ago": 1, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "chantal-rey",
        "title": "Les caves savent accueillir un car entier",
        "body": """À la cave coopérative, nous accueillons des groupes de cinquante personnes presque chaque semaine au printemps et à l'automne : visite du chai, dégustation commentée, et même un déjeuner sur réservation. Les autocaristes apprécient, parce qu'ils ont un parking, des toilettes et un accueil organisé. Si l'office construit une offre groupes, qu'il n'oublie pas les caves : c'est souvent le moment que les groupes préfèrent.""",
        "themes": ["Produits locaux", "Travail en réseau"],
        "days_ago": 15, "hours_ago": 12, "likes": 1, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "karim-mansouri",
        "title": "Un car de cinquante personnes à midi sans réserver, c'est la panique",
        "body": "Un car de cinquante seniors qui arrive à midi sans avoir réservé, c'est la panique pour tout le monde. Qu'on nous prévienne deux jours avant et tout se passera très bien.",
        "themes": ["Accueil et information"],
        "days_ago": 14, "hours_ago": 20, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "elodie-fargier",
        "title": "Les Dupont : le soir, les parents aussi veulent leur moment",
        "body": """En juillet, je vois beaucoup de parents épuisés à la guinguette, avec des enfants qui n'en peuvent plus de rester à table. Ma proposition : des soirées où un animateur diplômé garde les enfants sur place (jeux, lectures, petit coin calme) pendant que les parents dînent tranquillement au bord de l'eau. Si plusieurs restaurants et campings s'organisaient ensemble, on pourrait partager les animateurs et proposer cela tous les soirs de l'été sur le territoire.""",
        "themes": ["Accueil et information", "Travail en réseau"],
        "days_ago": 13, "hours_ago": 22, "likes": 6, "edited": False,
        "comments": [
            {"author": "sandrine-lopez", "body": "Notre club enfants pourrait ouvrir certains soirs aux familles extérieures au camping. À creuser ensemble.", "days_ago": 12, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "theo-lambert",
        "title": "Pour les Martin : une programmation culturelle hors saison",
        "body": "Pour les Martin : une programmation culturelle hors saison, avec un tarif résidents, y compris pour les résidents secondaires. Ils sont là à Pâques et à la Toussaint, pas seulement en août. Un concert dans une église de village un samedi de novembre, ça les ferait sortir de chez eux, et avec leurs amis.",
        "themes": ["Tourisme 4 saisons"],
        "days_ago": 12, "hours_ago": 15, "likes": 0, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "stephanie-nguyen",
        "title": "Les cyclistes ont faim à 15 heures",
        "body": """Les cyclistes arrivent au Pont du Gard en milieu d'après-midi, après la chaleur du matin sur la route. À cette heure-là, la plupart des cuisines sont fermées. Au bistrot, nous avons testé cet été une « assiette du cycliste » servie de 11 h à 18 h (produits locaux, salade, fromage, fruits) : elle est partie comme des petits pains. Si quelques restaurants proposaient ce type de service continu et que l'office le signalait, on répondrait à un vrai besoin.

Il faudrait aussi penser aux réservations de dernière minute : les cyclistes ne savent pas le matin où ils s'arrêteront le midi. Un simple repère sur la carte de l'office, « service continu », suffirait à les orienter. Et pour nous, c'est un chiffre d'affaires supplémentaire à une heure où la salle est vide.""",
        "themes": ["Mobilités douces", "Produits locaux"],
        "days_ago": 11, "hours_ago": 10, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "pieter-de-vries",
        "title": "Pour les cyclistes : points d'eau et ateliers de réparation sur une carte",
        "body": "Pour les cyclistes : indiquer sur une carte les points d'eau potable et les ateliers de réparation. C'est tout bête, et ça n'existe nulle part sur le territoire.",
        "themes": ["Mobilités douces", "Accueil et information"],
        "days_ago": 10, "hours_ago": 9, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "rose-marie-blanc",
        "title": "Les jeunes retraités européens adorent rencontrer des habitants",
        "body": """Pour l'autocariste belge, une idée qui plaît beaucoup à ce public : une rencontre avec des habitants pendant le séjour. Les greeters peuvent proposer des balades en petits groupes de six ou huit personnes, en français et en anglais, dans les rues d'Uzès ou les villages. Ce n'est pas une visite guidée, c'est un moment d'échange. Pour un groupe de cinquante, il faut prévenir quelques semaines à l'avance, mais c'est tout à fait faisable.

Les greeters ne sont pas rémunérés, c'est le principe, mais rien n'empêche l'autocariste de faire un don à l'association. Et surtout, il faut bien présenter la rencontre : ce n'est ni une visite, ni une animation, c'est une balade entre amis. Ce sont souvent les moments dont les voyageurs parlent le plus à leur retour.""",
        "themes": ["Accueil et information", "Identité et notoriété"],
        "days_ago": 9, "hours_ago": 14, "likes": 0, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": "personas", "author": "lucas-ferrand",
        "title": "Un atelier modelage d'une heure pour les enfants Dupont",
        "body": "Un atelier modelage d'une heure pour les enfants : nous le faisons déjà tout l'été à Saint-Quentin, il suffit de le faire savoir. Les enfants repartent avec leur pièce cuite une semaine plus tard, ou par la poste.",
        "themes": ["Patrimoine et savoir-faire"],
        "days_ago": 7, "hours_ago": 11, "likes": 3, "edited": False,
        "comments": [],
    },
    # --- Atelier 2, en général ---
    {
        "workshop": "parcours-client", "mission": None, "author": "claire-vidal",
        "title": "Retour sur l'atelier au Pont du Gard",
        "body": """Merci aux vingt-quatre participants, et merci à l'équipe du site du Pont du Gard pour son accueil. Cet atelier a fait émerger des idées très concrètes, notamment sur la vente en ligne et sur les clientèles familiales.

Comme annoncé en fin de séance, la mission « exister » est désormais close : ses contributions ont été versées au cahier des charges du futur site internet. Les trois autres missions restent ouvertes jusqu'à la restitution ; n'hésitez pas à y répondre, même si vous n'étiez pas présents.""",
        "themes": [],
        "days_ago": 19, "hours_ago": 17, "likes": 4, "edited": False,
        "comments": [
            {"author": "sandrine-lopez", "body": "Merci pour l'organisation, c'était mon premier atelier et je reviendrai.", "days_ago": 19, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": None, "author": "hugo-perrier",
        "title": "On tourne un peu en rond sur le site internet",
        "body": "Très bon atelier, mais on tourne un peu en rond sur le site internet depuis deux ans. Il nous faut maintenant des décisions et un calendrier.",
        "themes": ["Numérique"],
        "days_ago": 19, "hours_ago": 9, "likes": 3, "edited": False,
        "comments": [
            {"author": "claire-vidal", "body": "Message reçu, et vous avez raison. Le cahier des charges part cet hiver, avec une mise en ligne visée avant l'été. Nous publierons le calendrier dans les documents.", "days_ago": 18, "replies": []},
            {"author": "olivier-chabert", "body": "Merci Hugo de l'avoir dit. Un calendrier publié, c'est déjà une forme d'engagement.", "days_ago": 17, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": None, "author": "emilie-sabatier",
        "title": "Un atelier spécifique pour les commerçants ?",
        "body": "Y aura-t-il un atelier pour les commerçants ? Nos questions (horaires d'ouverture, vitrines, animation des rues) ne trouvent pas vraiment leur place dans les missions actuelles.",
        "themes": ["Travail en réseau"],
        "days_ago": 18, "hours_ago": 13, "likes": 3, "edited": False,
        "comments": [
            {"author": "yannick-moreau", "body": "Bonne remarque. L'atelier sur les quatre saisons abordera l'ouverture des commerces hors saison ; nous pourrons aussi organiser une rencontre spécifique avec l'union des commerçants.", "days_ago": 17, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": None, "author": "nadia-benali",
        "title": "Faire tourner les ateliers dans les villages",
        "body": """Merci au site du Pont du Gard pour l'accueil. Je suggère de continuer à faire tourner les ateliers dans des lieux différents, y compris dans les plus petites communes : c'est une façon de faire découvrir le territoire aux professionnels eux-mêmes, et de montrer aux élus des villages que la démarche les concerne.""",
        "themes": ["Travail en réseau"],
        "days_ago": 17, "hours_ago": 10, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": None, "author": "samuel-roussel",
        "title": "Afficher les idées des ateliers dans les bureaux d'accueil",
        "body": "Une idée en passant : afficher une sélection des contributions dans les bureaux d'accueil. Les visiteurs et les habitants verraient que les professionnels travaillent ensemble.",
        "themes": ["Accueil et information"],
        "days_ago": 12, "hours_ago": 18, "likes": 1, "edited": False,
        "comments": [],
    },
    {
        "workshop": "parcours-client", "mission": None, "author": "lucie-marchetti",
        "title": "D'où viennent les cinq clientèles de l'atelier ?",
        "body": """Plusieurs d'entre vous m'ont demandé comment nous avions choisi les cinq appels de la dernière mission. Ces clientèles ne sont pas inventées au hasard : elles reprennent les profils les plus fréquents dans les données de l'office et de Gard Tourisme.

Les familles françaises en été restent la clientèle la plus nombreuse. Les groupes en autocar sont une clientèle en recul, mais très présente au printemps. Les résidents secondaires représentent une part importante des logements de certaines communes. Les cyclistes itinérants progressent chaque année. Le tourisme d'affaires, enfin, est presque absent aujourd'hui, alors que nos hôtels ont de la place en dehors de l'été.

Si vous pensez à une clientèle oubliée, proposez-la en commentaire : nous pourrions l'ajouter pour l'atelier sur les quatre saisons.""",
        "themes": ["Accueil et information"],
        "days_ago": 16, "hours_ago": 9, "likes": 4, "edited": False,
        "comments": [
            {"author": "monique-audibert", "body": "Les randonneurs en petits groupes de retraités, qui viennent une semaine en avril ou en octobre. Nous en accueillons beaucoup, et ils ne ressemblent à aucun des cinq profils.", "days_ago": 15, "replies": []},
            {"author": "karim-mansouri", "body": "Les habitants de Nîmes et d'Avignon qui viennent le dimanche. Ce ne sont pas des touristes au sens strict, mais ils font vivre les restaurants toute l'année.", "days_ago": 14, "replies": [
                {"author": "lucie-marchetti", "body": "Tout à fait, et ils sont au cœur des ailes de saison. Je les ajoute pour le prochain atelier.", "days_ago": 14},
            ]},
            {"author": "julien-arnaud", "body": "Les groupes scolaires et les centres de loisirs en juin. Ils remplissent nos bateaux avant l'été.", "days_ago": 12, "replies": []},
        ],
    },
    {
        "workshop": "parcours-client", "mission": None, "author": "mathilde-guerin",
        "title": "Les comptes-rendus des groupes seront-ils en ligne ?",
        "body": "Je n'ai pas pu rester pour la dernière mission : les comptes-rendus de chaque groupe seront-ils publiés ici ?",
        "themes": [],
        "days_ago": 19, "hours_ago": 4, "likes": 1, "edited": False,
        "comments": [
            {"author": "ines-haddad", "body": "Oui : les post-it sont déjà saisis dans chaque mission, et le compte-rendu complet sera dans les documents d'ici une semaine.", "days_ago": 19, "replies": []},
        ],
    },
    # =====================================================================
    # Atelier 3 : Tourisme durable et productions locales (ouvert)
    # =====================================================================
    # --- Mission : faire découvrir la nature sans l'abîmer ---
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "yasmine-cherif",
        "title": "Les gorges en été : ce que nous observons, ce que nous proposons",
        "body": """Comme promis pendant l'atelier, voici une version écrite de la présentation du Syndicat mixte des gorges du Gardon, complétée par ce que j'ai entendu aux tables. Elle est longue, mais le sujet le mérite.

## Ce que nous observons

Depuis quelques années, la fréquentation des bords du Gardon a changé de nature. Il y a toujours autant de monde en juillet et en août, mais les pics se sont concentrés : certains dimanches, les parkings des principaux accès sont pleins avant 10 h, et les voitures se garent ensuite n'importe où, y compris sur les pistes que les pompiers doivent pouvoir emprunter.

Sur les plages, nous constatons :

- **des déchets abandonnés**, en hausse, surtout sur les sites sans poubelles (c'est volontaire : les poubelles débordent et attirent les animaux) ;
- **des barrages de galets** construits par les baigneurs, qui perturbent la vie de la rivière ;
- **du bruit** (enceintes portables) qui gêne à la fois la faune et les autres visiteurs ;
- **des feux et barbecues**, interdits, mais encore trop fréquents, alors que le risque d'incendie est extrême plusieurs semaines par été.

Et en même temps, nous voyons aussi des visiteurs curieux, respectueux, qui ne demandent qu'à comprendre. La plupart des mauvais comportements viennent de l'ignorance, pas de la malveillance.

## Ce qui marche déjà

- **Les écogardes saisonniers** sur les sites les plus fréquentés : une présence humaine, souriante, change beaucoup de choses.
- **Les sorties nature** que nous organisons avec les accompagnateurs du territoire, souvent complètes.
- **Les messages courts et positifs**, plutôt que les panneaux d'interdiction.

## Ce que nous proposons, avec vous

1. **Un message commun, répété partout.** Trois règles, pas plus, que chaque professionnel transmet à ses clients à l'arrivée : pas de feu, on remporte ses déchets, on respecte le calme de la rivière. Le même visuel au camping, au gîte, au restaurant, à la base de canoë.
2. **Une formation d'une demi-journée** pour les professionnels qui le souhaitent, au printemps, sur la faune, la flore et les règles des gorges. Un professionnel formé devient un relais précieux.
3. **Une information en temps réel** sur le remplissage des parkings, pour orienter les visiteurs vers d'autres accès ou d'autres moments.
4. **Des alternatives à la baignade aux heures de pointe** : les gorges sont aussi magnifiques à pied tôt le matin ou en fin de journée, et hors de l'été.
5. **Une charte des activités encadrées**, construite avec les loueurs de canoës et les accompagnateurs, pour reconnaître ceux qui s'engagent.

## Ce que nous ne proposons pas

Nous ne demandons pas de fermer les gorges ni de décourager les visiteurs. Nous demandons de les accueillir mieux, et de mieux répartir les visites dans la journée et dans l'année. Une rivière vivante est aussi un atout touristique : si elle se dégrade, tout le monde y perd.

Je reste disponible pour en parler avec chacun d'entre vous.""",
        "themes": ["Pleine nature", "Développement durable", "Accueil et information"],
        "days_ago": 7, "hours_ago": 10, "likes": 23, "edited": False,
        "comments": [
            {"author": "julien-arnaud", "body": "Merci Yasmine pour cette présentation équilibrée. Les loueurs de canoës sont prêts à travailler sur la charte, à condition d'y être associés dès le début et pas seulement de la signer.", "days_ago": 7, "replies": [
                {"author": "yasmine-cherif", "body": "C'est bien l'idée. Nous proposerons une première réunion aux loueurs avant la fin de l'année.", "days_ago": 6},
            ]},
            {"author": "francois-delmas", "body": "Le message commun en trois règles, je le mets à l'accueil du camping dès qu'il existe. Pouvez-vous prévoir une version en néerlandais et en allemand ?", "days_ago": 6, "replies": []},
            {"author": "jean-luc-teissier", "body": "Les pistes bloquées par les voitures, c'est notre cauchemar chaque été. L'information en temps réel sur les parkings est une priorité absolue pour la commune.", "days_ago": 6, "replies": []},
            {"author": "alexandre-pons", "body": "Pour les visuels du message commun, je peux proposer des photos. Elles devraient montrer une rivière belle et respectée, pas un panneau rouge.", "days_ago": 5, "replies": []},
            {"author": "aurelie-martin", "body": "La formation d'une demi-journée au printemps, je signe tout de suite. Mes clients me posent des questions sur les plantes et les oiseaux auxquelles je ne sais pas répondre.", "days_ago": 4, "replies": []},
            {"author": "gerard-pellegrin", "body": "Le message commun pourrait être financé en partie par la taxe de séjour. Je le proposerai au comité de pilotage.", "days_ago": 3, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "yannick-moreau",
        "title": "Un seul message, répété partout",
        "body": "Table 1 : « Un message, un seul, répété partout : pas de feu, pas de déchet, pas de bruit. »",
        "themes": ["Développement durable"],
        "days_ago": 8, "hours_ago": 2, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "lea-bonnet",
        "title": "Des sorties nature pour les habitants d'abord",
        "body": """On parle de sensibiliser les visiteurs, mais beaucoup d'habitants connaissent mal la garrigue qui les entoure. Je propose un programme de sorties nature à petit prix, réservé en priorité aux habitants au printemps, dans l'esprit d'« Avril en balade ». Des habitants qui connaissent et aiment leur garrigue en parlent ensuite à leurs amis et aux visiteurs, et les protègent mieux que n'importe quel panneau.""",
        "themes": ["Pleine nature", "Développement durable", "Tourisme 4 saisons"],
        "days_ago": 7, "hours_ago": 18, "likes": 4, "edited": False,
        "comments": [
            {"author": "monique-audibert", "body": "Notre association peut co-organiser. Nous avons des bénévoles qui connaissent très bien la botanique.", "days_ago": 6, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "francois-delmas",
        "title": "Le flyer sur le risque incendie, personne ne le lit",
        "body": "Au camping, on distribue déjà un flyer sur le risque d'incendie à chaque arrivée. Personne ne le lit. Il faut trouver autre chose. Les clients reçoivent trop de papiers à l'arrivée, et celui-là finit sous la pile avec le règlement intérieur et le plan du camping.",
        "themes": ["Développement durable", "Accueil et information"],
        "days_ago": 7, "hours_ago": 20, "likes": 2, "edited": False,
        "comments": [
            {"author": "yasmine-cherif", "body": "Ce qui marche mieux selon notre expérience : une phrase dite à l'oral au moment de l'accueil, et une affiche avec un visuel marquant là où les gens font la queue.", "days_ago": 7, "replies": []},
            {"author": "sandrine-lopez", "body": "Chez nous, c'est la vidéo d'une minute diffusée sur l'écran de l'accueil qui a le mieux fonctionné. Les enfants la regardent et répètent tout aux parents.", "days_ago": 6, "replies": []},
            {"author": "francois-delmas", "body": "Merci pour les idées. Si la vidéo existe, je suis preneur.", "days_ago": 5, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "alexandre-pons",
        "title": "Montrer la garrigue en hiver, et ne plus géolocaliser les coins fragiles",
        "body": """Les photos qui circulent sur les réseaux sociaux font venir les foules. Depuis quelques étés, certains coins du Gardon, autrefois confidentiels, sont saturés parce qu'une photo y a été localisée et partagée des milliers de fois. Dans la future photothèque de la destination, je propose deux règles : mettre en avant la garrigue et la rivière hors saison, magnifiques en hiver et au printemps, et ne jamais indiquer l'emplacement précis des sites fragiles. Je suis prêt à contribuer avec mes images.

Je propose aussi de réaliser, avec l'office, une série de photos des quatre saisons sur les mêmes lieux : le Pont du Gard sous la brume de novembre, la garrigue en fleurs d'avril, les vignes rousses d'octobre. Ce type de série marche très bien sur les réseaux, et montre que la destination ne se résume pas à l'été.""",
        "themes": ["Numérique", "Développement durable", "Tourisme 4 saisons"],
        "days_ago": 6, "hours_ago": 15, "likes": 5, "edited": False,
        "comments": [
            {"author": "ines-haddad", "body": "Nous adoptons ces deux règles pour la photothèque et pour nos réseaux sociaux. Merci Alexandre.", "days_ago": 5, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "agnes-vernet",
        "title": "Former les prestataires comme relais de sensibilisation",
        "body": "Avec les balades à cheval, nous parcourons chaque sentier toute l'année. Pourquoi ne pas nous former comme relais de sensibilisation auprès des visiteurs que nous croisons ? Nous voyons chaque semaine des randonneurs mal équipés, partis sans eau, qui ignorent qu'un feu de cigarette suffit à tout embraser.",
        "themes": ["Pleine nature", "Travail en réseau"],
        "days_ago": 6, "hours_ago": 12, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "julien-arnaud",
        "title": "Canoë : nous pouvons être des alliés, pas seulement les coupables",
        "body": """Dans les discussions sur la rivière, les loueurs de canoës sont souvent montrés du doigt : trop de bateaux, trop de monde, trop de bruit. Je peux comprendre, mais je voudrais rappeler deux choses.

D'abord, nous sommes les premiers à avoir intérêt à une rivière propre et vivante : c'est notre outil de travail. Nous ramassons déjà des déchets à chaque fin de journée, nous briefons chaque client avant le départ, et la plupart d'entre nous limitent déjà le nombre de bateaux les jours de forte affluence.

Ensuite, nous voyons les visiteurs au moment où ils sont le plus réceptifs : avant de partir sur l'eau, quand ils écoutent les consignes. C'est le moment idéal pour transmettre les bons gestes. Je propose que les loueurs soient formés et reconnus comme relais de la rivière, avec une charte commune et des horaires de départ mieux répartis dans la journée. En échange, nous aimerions être consultés avant les décisions qui nous concernent, et pas les découvrir dans la presse.""",
        "themes": ["Pleine nature", "Développement durable", "Travail en réseau"],
        "days_ago": 6, "hours_ago": 9, "likes": 7, "edited": False,
        "comments": [
            {"author": "yasmine-cherif", "body": "Totalement d'accord, et c'est l'objet de la charte proposée par le Syndicat. Les loueurs y auront toute leur place.", "days_ago": 5, "replies": []},
            {"author": "lea-bonnet", "body": "Les accompagnateurs en montagne sont dans la même situation. Faisons une charte commune aux activités encadrées plutôt qu'une par métier.", "days_ago": 5, "replies": []},
            {"author": "jean-luc-teissier", "body": "La commune a toujours consulté les loueurs, Julien, je me permets de le rappeler. Mais je veux bien qu'on formalise un rendez-vous annuel avant la saison.", "days_ago": 4, "replies": [
                {"author": "julien-arnaud", "body": "C'est vrai pour Collias, monsieur le maire, et je vous en remercie. Je pensais plutôt aux décisions prises à l'échelle de toute la rivière.", "days_ago": 4},
            ]},
        ],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "claire-vidal",
        "title": "Des panneaux moins nombreux, mais qui racontent une histoire",
        "body": "Table 3 : moins de panneaux, mais plus beaux, qui racontent une histoire (les capitelles, la faune de la garrigue, la vie du Gardon) plutôt que d'aligner les interdictions.",
        "themes": ["Patrimoine et savoir-faire", "Développement durable"],
        "days_ago": 8, "hours_ago": 1, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "helene-castanet",
        "title": "Les Concluses de Lussan méritent mieux qu'un parking sauvage",
        "body": """Les Concluses attirent de plus en plus de monde, surtout depuis qu'elles apparaissent sur des sites de randonnée. Aujourd'hui, il n'y a ni toilettes ni information sur place, et le stationnement se fait au bord de la route. Avant de faire la promotion de ce site, il faut l'aménager simplement : une aire de stationnement délimitée, un panneau qui explique le site et les règles, et peut-être une présence ponctuelle les week-ends de printemps. La commune ne peut pas le financer seule.

Je préfère le dire clairement : si la destination se met à promouvoir les Concluses sans ces aménagements, ce sont les habitants de Lussan qui en paieront le prix, et ils finiront par rejeter le tourisme. À l'inverse, un site bien accueilli pourrait devenir une belle vitrine du nord du territoire, avec des retombées pour nos gîtes, nos restaurants et nos producteurs.""",
        "themes": ["Pleine nature", "Accueil et information", "Développement durable"],
        "days_ago": 5, "hours_ago": 16, "likes": 5, "edited": False,
        "comments": [
            {"author": "agnes-vernet", "body": "Je confirme, le week-end de Pâques, c'était impressionnant. Il y avait des voitures jusqu'au carrefour.", "days_ago": 5, "replies": []},
            {"author": "gerard-pellegrin", "body": "Je propose que les Concluses figurent parmi les sites pilotes d'une signalétique commune. Nous en reparlerons au comité de pilotage.", "days_ago": 3, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "manon-castel",
        "title": "Les chèvres débroussaillent la garrigue : une histoire à raconter",
        "body": "Nos chèvres débroussaillent la garrigue et limitent le risque d'incendie. C'est aussi une histoire à raconter aux visiteurs : le pélardon qu'ils mangent protège les paysages qu'ils admirent.",
        "themes": ["Produits locaux", "Développement durable"],
        "days_ago": 5, "hours_ago": 11, "likes": 10, "edited": False,
        "comments": [
            {"author": "romain-baptiste", "body": "Magnifique. Je l'écris sur l'ardoise à côté du plateau de fromages dès demain.", "days_ago": 4, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "romain-baptiste",
        "title": "Les restaurateurs aussi peuvent faire passer le message",
        "body": """Les clients passent une heure ou deux à table, souvent détendus et curieux. À l'auberge, nous pourrions imprimer sur les sets de table une carte des balades autour d'Aigaliers, avec les bons gestes en garrigue et quelques mots sur les producteurs qui nous fournissent. Si l'office proposait un modèle commun, personnalisable par chaque restaurant, on toucherait des milliers de personnes chaque été, sans panneau ni flyer.""",
        "themes": ["Développement durable", "Produits locaux", "Accueil et information"],
        "days_ago": 4, "hours_ago": 21, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "aurelie-martin",
        "title": "Un classeur « nature » dans chaque gîte",
        "body": "Dans chaque gîte, un classeur « nature » rédigé avec le Syndicat des gorges : les balades du coin, la faune, les règles en période de risque incendie. Je suis volontaire pour tester.",
        "themes": ["Pleine nature", "Accueil et information"],
        "days_ago": 3, "hours_ago": 19, "likes": 2, "edited": False,
        "comments": [
            {"author": "yasmine-cherif", "body": "Avec plaisir, Aurélie. Nous avons déjà beaucoup de contenus, il faut surtout les mettre en forme pour des vacanciers.", "days_ago": 2, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "gerard-pellegrin",
        "title": "Une signalétique commune à l'étude à l'échelle des deux intercommunalités",
        "body": """Plusieurs contributions convergent vers une signalétique plus sobre, plus belle et commune à tout le territoire. Je proposerai au comité de pilotage qu'une étude soit lancée à l'échelle des deux communautés de communes, en lien avec le Syndicat des gorges et le Département, pour définir une charte graphique et des sites pilotes. Les communes garderaient la main sur les emplacements. Je ne promets pas de calendrier avant d'avoir vu le coût, mais le sujet est sur la table.""",
        "themes": ["Accueil et information", "Travail en réseau"],
        "days_ago": 2, "hours_ago": 10, "likes": 1, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "garrigue-gorges", "author": "lucas-ferrand",
        "title": "Une sortie garrigue par an pour chaque classe du territoire",
        "body": "Et les enfants des écoles ? Une sortie garrigue par an pour chaque classe du territoire, c'est comme ça qu'on fait des adultes qui respectent les lieux. Les enfants ramènent ensuite leurs parents le week-end, et ce sont eux qui les reprennent quand ils laissent un papier par terre.",
        "themes": ["Pleine nature", "Développement durable"],
        "days_ago": 1, "hours_ago": 20, "likes": 1, "edited": False,
        "comments": [],
    },
    # --- Mission : venir et circuler sans voiture ---
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "samuel-roussel",
        "title": "Venir sans voiture : le parcours du combattant, testé pour vous",
        "body": """Pour préparer l'atelier, j'ai fait l'expérience que nous demandait la mission : arriver en train et rejoindre le territoire sans voiture, puis circuler pendant deux jours. Voici mon carnet de route, sans exagération.

## Jour 1 : d'Avignon à Uzès

Arrivée en TGV à Avignon en fin de matinée. Première difficulté : trouver l'information. Le site de la gare ne dit rien des correspondances vers Uzès ; il faut aller chercher sur le site des transports régionaux (https://lio.laregion.fr), comprendre le réseau, et découvrir qu'il n'y a pas de liaison directe pratique. J'ai finalement rejoint Nîmes en train, puis pris un car régional vers Uzès.

Bilan : **près de trois heures** pour une soixantaine de kilomètres, deux correspondances, et une attente de plus d'une heure à Nîmes. Le car était propre et le conducteur très aimable, mais les horaires ne sont pas pensés pour des visiteurs : rien de pratique en fin d'après-midi, presque rien le dimanche.

## Jour 2 : Uzès, le Pont du Gard et les gorges

À Uzès, tout se fait à pied, c'est un bonheur. Pour aller au Pont du Gard, en revanche, les bus sont rares, et je n'ai trouvé aucun moyen de rejoindre Collias sans voiture, à part le vélo ou le taxi. J'ai loué un vélo à assistance électrique (le mien, je triche un peu) : c'est la solution idéale pour un visiteur en forme, mais les routes départementales restent dangereuses à certains endroits, surtout l'été avec les voitures.

## Ce que j'en retiens

- **L'information est le premier problème.** Les services existent en partie, mais personne ne les présente du point de vue d'un visiteur.
- **Les horaires ne correspondent pas aux besoins** des touristes : arrivées en fin de journée, week-ends, soirées.
- **Le dernier kilomètre** (de l'arrêt de car à l'hébergement, ou jusqu'aux gorges) n'est couvert par rien.
- **Le vélo électrique est une vraie réponse**, à condition d'avoir des itinéraires sûrs et des points de location aux bons endroits.

## Ce que je propose

1. **Une page « venir sans voiture »** sur le site de l'office, écrite pour un visiteur, avec les trajets types depuis les gares de Nîmes et d'Avignon, les horaires et les prix.
2. **Une navette estivale** reliant Uzès, le Pont du Gard et Collias plusieurs fois par jour, testée sur un été, avec des arrêts près des campings.
3. **Des vélos en location près des gares**, avec possibilité de les rendre sur le territoire, en partenariat avec les loueurs locaux (nous sommes prêts).
4. **Un service de transport des bagages** entre hébergements pour les randonneurs et les cyclistes, sur le modèle de ce qui existe sur les grands itinéraires de randonnée.
5. **Des hébergeurs qui viennent chercher leurs clients** à l'arrêt de car, moyennant une petite participation : certains le font déjà, faisons-le savoir.

## Le mot de la fin

Je ne me fais pas d'illusion : la plupart de nos visiteurs continueront de venir en voiture. Mais si le territoire devient simplement **possible** sans voiture, nous toucherons une clientèle qui nous ignore aujourd'hui : jeunes, étrangers, citadins sans voiture, cyclistes itinérants. Et chaque voiture en moins, c'est une place de plus au bord du Gardon en juillet.""",
        "themes": ["Mobilités douces", "Accueil et information", "Développement durable"],
        "days_ago": 7, "hours_ago": 21, "likes": 28, "edited": True,
        "comments": [
            {"author": "francois-delmas", "body": "Merci Samuel, ce témoignage vaut toutes les études. La navette avec des arrêts près des campings, c'est exactement ce que nos clients réclament.", "days_ago": 7, "replies": []},
            {"author": "patrick-soulier", "body": "Je rejoins le constat. Pour la navette, le vrai sujet est le financement : un test d'un été coûte cher, et il faut convaincre la Région. Un argumentaire chiffré des professionnels nous aiderait beaucoup.", "days_ago": 6, "replies": [
                {"author": "samuel-roussel", "body": "On peut le construire : nombre de clients concernés, demandes reçues, dépenses moyennes. Je propose de l'organiser avec Yannick.", "days_ago": 6},
                {"author": "yannick-moreau", "body": "Bonne idée. Je prépare un questionnaire court pour les hébergeurs et les loueurs d'ici la fin de la semaine.", "days_ago": 5},
            ]},
            {"author": "romain-baptiste", "body": "Je suis un peu sceptique. À Aigaliers, aucune navette ne viendra jamais, et les clients qui arrivent sans voiture se retrouvent coincés. Ne vendons pas une destination sans voiture que nous ne pouvons pas offrir partout.", "days_ago": 6, "replies": [
                {"author": "samuel-roussel", "body": "Tout à fait d'accord, et c'est pour ça que je parle de « possible » et pas de « sans voiture partout ». Pour les villages, la solution passera plutôt par les hébergeurs et le vélo.", "days_ago": 5},
            ]},
            {"author": "lea-bonnet", "body": "Le transport des bagages ferait venir beaucoup de randonneurs itinérants. Aujourd'hui, ils contournent le territoire faute de ce service.", "days_ago": 5, "replies": []},
            {"author": "aurelie-martin", "body": "Je vais déjà chercher mes clients à la gare de Nîmes quand ils le demandent. Je ne le dis nulle part : je vais l'ajouter à mon annonce.", "days_ago": 4, "replies": []},
            {"author": "jean-luc-teissier", "body": "La navette doit desservir Collias en priorité : c'est là que le stationnement déborde. Nous mettrons à disposition un arrêt et un parking de délestage.", "days_ago": 3, "replies": []},
            {"author": "ines-haddad", "body": "La page « venir sans voiture » est ajoutée au cahier des charges du nouveau site. Samuel, accepterais-tu de relire le premier texte ?", "days_ago": 2, "replies": [
                {"author": "samuel-roussel", "body": "Avec plaisir.", "days_ago": 2},
            ]},
        ],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "ines-haddad",
        "title": "Transporter les bagages entre hébergements",
        "body": "Table 2 : un service de transport des bagages entre hébergements pour les randonneurs et les cyclistes, comme sur le chemin de Stevenson.",
        "themes": ["Mobilités douces", "Pleine nature"],
        "days_ago": 8, "hours_ago": 2, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "patrick-soulier",
        "title": "Une navette estivale Remoulins, Pont du Gard, Collias : testons un été",
        "body": """La Communauté de communes du Pont du Gard étudie depuis longtemps une navette estivale, sans jamais la lancer, faute de certitude sur la fréquentation. Je propose de sortir de ce cercle : un test sur juillet et août, avec des horaires simples, des arrêts près des campings et des principaux hébergements, et un bilan public à l'automne. Si les professionnels relaient l'information auprès de leurs clients, le test aura une chance de réussir.""",
        "themes": ["Mobilités douces", "Développement durable"],
        "days_ago": 6, "hours_ago": 14, "likes": 9, "edited": False,
        "comments": [
            {"author": "sandrine-lopez", "body": "Nous relaierons, évidemment. Et nous pouvons afficher les horaires dans chaque mobil-home.", "days_ago": 6, "replies": []},
            {"author": "vincent-maurin", "body": "Le site du Pont du Gard est prêt à accueillir un arrêt au plus près des entrées. Il faudra en discuter avec nos équipes.", "days_ago": 5, "replies": []},
            {"author": "julien-arnaud", "body": "Pensez aux horaires de fin de descente en canoë : les clients arrivent au Pont du Gard entre 12 h et 16 h et doivent remonter à Collias.", "days_ago": 4, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "francois-delmas",
        "title": "Nos campeurs demandent tous les jours comment aller à Uzès",
        "body": "Nos campeurs nous demandent tous les jours comment aller à Uzès sans voiture. Nous n'avons aucune bonne réponse à leur donner.",
        "themes": ["Mobilités douces", "Accueil et information"],
        "days_ago": 7, "hours_ago": 8, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "jean-luc-teissier",
        "title": "Le stationnement payant au bord du Gardon pour financer la navette",
        "body": """Je vais dire une chose impopulaire : les parkings gratuits en bord de rivière attirent les voitures, et les voitures saturent le village. Si l'on veut vraiment une navette, il faut oser le stationnement payant en été sur les sites les plus fréquentés, avec un tarif réduit pour les habitants, et consacrer les recettes au financement de la navette et à l'entretien des berges. C'est ce que font de nombreux grands sites naturels en France.

Je sais que la proposition fera grincer des dents, y compris au conseil municipal. Mais la gratuité a un coût, et ce sont aujourd'hui les contribuables de Collias qui le paient : nettoyage, sécurité, entretien. Je préfère un système clair, où le visiteur contribue un peu, où l'habitant est protégé et où l'argent revient à la rivière.""",
        "themes": ["Mobilités douces", "Développement durable"],
        "days_ago": 5, "hours_ago": 19, "likes": 5, "edited": False,
        "comments": [
            {"author": "julien-arnaud", "body": "Je suis partagé. Payant, d'accord, mais nos clients ne doivent pas payer deux fois, le canoë et le parking. Une gratuité ou un tarif pour les clients des prestataires serait juste.", "days_ago": 5, "replies": [
                {"author": "jean-luc-teissier", "body": "On peut imaginer un ticket de parking inclus dans le prix de la location. À discuter avec tous les loueurs.", "days_ago": 4},
            ]},
            {"author": "francois-delmas", "body": "Pour les campings, c'est plutôt une bonne nouvelle : nos clients laisseraient leur voiture sur place s'il y avait une navette.", "days_ago": 4, "replies": []},
            {"author": "yasmine-cherif", "body": "Plusieurs grands sites naturels ont fait ce choix avec de bons résultats sur la fréquentation et sur la propreté. Le Syndicat peut partager des retours d'expérience.", "days_ago": 3, "replies": []},
            {"author": "helene-castanet", "body": "Attention à l'effet de report : si Collias devient payant, les voitures iront se garer ailleurs, et peut-être chez nous, aux Concluses.", "days_ago": 2, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "agnes-vernet",
        "title": "Le cheval aussi est une mobilité douce",
        "body": "Le cheval aussi est une mobilité douce ! Des boucles équestres balisées entre les villages, avec des gîtes d'étape qui accueillent cavaliers et chevaux, attireraient une clientèle fidèle et discrète.",
        "themes": ["Mobilités douces", "Pleine nature"],
        "days_ago": 6, "hours_ago": 10, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "benoit-granier",
        "title": "Vélo et vin, ce n'est pas incompatible si c'est bien organisé",
        "body": """On me dit souvent que l'œnotourisme et le vélo ne font pas bon ménage. C'est vrai si l'on imagine un cycliste qui enchaîne trois caves et repart sur la départementale. Mais il y a d'autres façons de faire.

Au domaine, nous avons testé cet automne une balade guidée à vélo électrique dans les vignes, avec un loueur de Remoulins : une dizaine de kilomètres sur des chemins agricoles, une visite des vignes, une dégustation raisonnable (crachoir fourni, et les gens l'utilisent), puis un retour en douceur. Les participants ont adoré, et ont acheté du vin livré ensuite à leur hébergement. Je propose d'en faire une offre régulière au printemps et à l'automne, avec plusieurs domaines, et de la présenter aussi aux séminaires d'entreprise.""",
        "themes": ["Mobilités douces", "Produits locaux", "Tourisme 4 saisons"],
        "days_ago": 5, "hours_ago": 12, "likes": 5, "edited": False,
        "comments": [
            {"author": "samuel-roussel", "body": "C'était avec nous, et c'était une très belle journée. On est prêts à en faire une dizaine l'an prochain.", "days_ago": 5, "replies": []},
            {"author": "chantal-rey", "body": "La cave coopérative aimerait rejoindre la boucle. Nous sommes sur le passage.", "days_ago": 3, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "yannick-moreau",
        "title": "Un covoiturage entre saisonniers et habitants",
        "body": "Table 4 : organiser un covoiturage entre saisonniers, habitants et visiteurs pour les villages qui n'ont pas de bus, avec une application existante plutôt qu'un nouvel outil.",
        "themes": ["Mobilités douces"],
        "days_ago": 8, "hours_ago": 1, "likes": 0, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "romain-baptiste",
        "title": "Aigaliers sans voiture, c'est impossible : disons-le",
        "body": """Soyons honnêtes : venir à Aigaliers sans voiture, aujourd'hui, c'est impossible, et ce le sera encore longtemps. Je ne suis pas contre les navettes et les vélos, bien au contraire, mais je préfère qu'on vise un objectif réaliste : moins de voitures dans les sites saturés, et des solutions pour ceux qui veulent s'en passer quelques jours. Pour les villages du nord, la voiture restera nécessaire, et ce n'est pas une honte.""",
        "themes": ["Mobilités douces"],
        "days_ago": 4, "hours_ago": 15, "likes": 4, "edited": False,
        "comments": [
            {"author": "manon-castel", "body": "Je partage ton réalisme, Romain. Pour nous, l'enjeu est surtout que les voitures qui montent jusqu'ici ne restent pas seulement une heure.", "days_ago": 3, "replies": []},
            {"author": "lea-bonnet", "body": "Réaliste, oui, mais pensons aussi aux randonneurs qui arrivent à pied : quelques-uns passent chez toi chaque semaine au printemps.", "days_ago": 3, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "alexandre-pons",
        "title": "Des vélos à louer dans les gares de Nîmes et d'Avignon",
        "body": "Des vélos en location près des gares de Nîmes et d'Avignon, avec possibilité de les rendre au Pont du Gard ou à Uzès. C'est ce qui m'a fait choisir d'autres destinations en vacances. Ailleurs, j'ai pu poser mes bagages et partir pédaler une heure après mon arrivée ; ici, il faut d'abord trouver une voiture.",
        "themes": ["Mobilités douces"],
        "days_ago": 4, "hours_ago": 9, "likes": 1, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "yasmine-cherif",
        "title": "Donner l'état des parkings en temps réel",
        "body": """Une grande partie des embouteillages au bord du Gardon vient du fait que les visiteurs découvrent que le parking est plein une fois arrivés. Des compteurs aux entrées des principaux parkings, reliés à une page web et à des panneaux en amont (à Remoulins, à Uzès), permettraient d'orienter les visiteurs vers d'autres accès ou d'autres horaires. Plusieurs grands sites naturels l'ont fait avec succès, pour un coût raisonnable.""",
        "themes": ["Mobilités douces", "Numérique", "Développement durable"],
        "days_ago": 3, "hours_ago": 14, "likes": 5, "edited": False,
        "comments": [
            {"author": "ines-haddad", "body": "Techniquement, on peut afficher cela sur le site de l'office et sur l'écran des bureaux d'accueil. Il faut d'abord les compteurs.", "days_ago": 2, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "lea-bonnet",
        "title": "Les randonneurs qui arrivent en car sont des clients en or",
        "body": "Les randonneurs qui arrivent en car à Uzès sont des clients en or : ils restent plusieurs jours, marchent d'un village à l'autre et consomment local.",
        "themes": ["Mobilités douces", "Pleine nature"],
        "days_ago": 2, "hours_ago": 18, "likes": 0, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "didier-brun",
        "title": "Le transport à la demande existe, mais qui le sait ?",
        "body": """Dans plusieurs communes, un service de transport à la demande permet de rejoindre Uzès ou un arrêt de car en réservant la veille. Je l'ai découvert par hasard, par un voisin âgé qui l'utilise. Ni les hébergeurs ni les visiteurs ne le connaissent. Avant d'inventer de nouveaux services, faisons connaître ceux qui existent : une fiche simple, avec les conditions d'accès pour les visiteurs, dans chaque hébergement des villages concernés.""",
        "themes": ["Mobilités douces", "Accueil et information"],
        "days_ago": 1, "hours_ago": 12, "likes": 0, "edited": False,
        "comments": [
            {"author": "yannick-moreau", "body": "Merci, c'est une très bonne piste. Je vérifie les conditions d'accès pour les non-résidents et je reviens vers vous.", "days_ago": 0, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "sans-voiture", "author": "aurelie-martin",
        "title": "Deux vélos prêtés aux clients, et tout change",
        "body": "Je prête deux vélos à mes clients depuis deux ans. Ça paraît peu, mais pour les courses au village et les balades du soir, beaucoup laissent la voiture au gîte.",
        "themes": ["Mobilités douces"],
        "days_ago": 0, "hours_ago": 5, "likes": 0, "edited": False,
        "comments": [],
    },
    # --- Mission : les productions locales au cœur de l'offre ---
    {
        "workshop": "durable-local", "mission": "terroir", "author": "didier-brun",
        "title": "Truffe : faire de la journée de janvier un vrai séjour",
        "body": """Je suis trufficulteur depuis une vingtaine d'années, et chaque mois de janvier, je vois le même phénomène : la journée de la truffe attire à Uzès une foule considérable, venue de Nîmes, de Montpellier, de Marseille, parfois de bien plus loin. À 16 h, tout le monde repart. Les hébergements sont à moitié vides, la plupart des restaurants des villages sont fermés, et les visiteurs n'ont rien vu d'autre que la place aux Herbes noire de monde.

Nous avons là, en plein hiver, un événement qui fait venir des milliers de personnes. Ce que je propose, c'est d'en faire un week-end, voire une semaine.

## Ce qu'on pourrait proposer autour de la journée

- **Des démonstrations de cavage** dans les truffières, avec le chien, la veille et le lendemain : c'est ce que les visiteurs demandent le plus, et c'est le moment qui les émerveille.
- **Des menus truffe** dans les restaurants du territoire, pendant une ou deux semaines, avec une charte simple : truffe du territoire, prix affiché, plat signature.
- **Des ateliers de cuisine** chez des restaurateurs ou chez des producteurs : brouillade, conservation, accords avec les vins du Duché.
- **Des séjours packagés** : deux nuits, une démonstration de cavage, un repas, une visite d'Uzès, proposés dès l'automne aux clientèles de proximité et aux entreprises.
- **Des visites des truffières en dehors de la saison**, pour expliquer le cycle, la chênaie, le travail du sol.

## Les pièges à éviter

**La qualité.** Il circule sur certains marchés des truffes qui ne viennent pas d'ici, voire d'autres espèces vendues au prix fort. Si l'on fait de la truffe un argument de destination, il faut être irréprochable sur l'origine et l'espèce. Les syndicats de trufficulteurs ont des règles : appuyons-nous sur eux.

**Le prix.** La truffe est chère, et le restera. Il faut que les menus proposent aussi des formules accessibles, sinon on réserve la fête à quelques-uns.

**La fatigue des producteurs.** Janvier est notre pleine saison de récolte. Nous ne pouvons pas faire visiter tous les jours. Les démonstrations doivent être programmées, réservées à l'avance et rémunérées correctement.

## Ce que j'attends de l'office

- Coordonner les acteurs : producteurs, restaurateurs, hébergeurs, commune d'Uzès.
- Publier le programme **dès septembre**, pour que les gens puissent réserver.
- Vendre les démonstrations et les séjours, ou au moins centraliser les réservations.
- Communiquer vers les villes voisines et vers la presse gastronomique.

## Pour aller plus loin

Si ça marche, la même logique pourrait s'appliquer à d'autres moments : l'huile nouvelle en décembre, les vendanges en septembre, la céramique en été. Mais commençons par la truffe : l'événement existe, le public aussi, il ne manque que l'organisation autour.

Je suis prêt à ouvrir ma truffière et à mobiliser quelques collègues pour une première édition.""",
        "themes": ["Produits locaux", "Tourisme 4 saisons", "Travail en réseau"],
        "days_ago": 6, "hours_ago": 20, "likes": 20, "edited": False,
        "comments": [
            {"author": "karim-mansouri", "body": "Le restaurant participera aux menus truffe, avec plaisir. Une charte sur l'origine me semble indispensable, je la signe d'avance.", "days_ago": 6, "replies": []},
            {"author": "nadia-benali", "body": "La mairie d'Uzès est favorable à un week-end élargi. Il faudra travailler le stationnement et l'accueil, déjà tendus ce jour-là.", "days_ago": 5, "replies": []},
            {"author": "olivier-chabert", "body": "Deux nuits en janvier, c'est exactement ce dont les hôtels ont besoin. Nous pouvons proposer un tarif spécial pour les séjours packagés.", "days_ago": 5, "replies": []},
            {"author": "benoit-granier", "body": "Les accords truffe et vins du Duché, c'est une évidence. Les vignerons seront de la partie.", "days_ago": 4, "replies": [
                {"author": "didier-brun", "body": "Merci Benoît. Un blanc de garde sur une brouillade, ce sera ma première démonstration.", "days_ago": 4},
            ]},
            {"author": "claire-vidal", "body": "Nous proposons de réunir un petit groupe de travail « truffe » avant la fin de l'année, pour viser une première édition en janvier de l'année suivante. Didier, accepteriez-vous de l'animer avec nous ?", "days_ago": 2, "replies": [
                {"author": "didier-brun", "body": "Oui, avec plaisir.", "days_ago": 2},
            ]},
        ],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "claire-vidal",
        "title": "Une carte des producteurs qui ouvrent leurs portes, avec les vrais horaires",
        "body": "Table 1 : une carte des producteurs qui accueillent le public, avec les horaires réels et mis à jour chaque saison (pas ceux d'il y a cinq ans).",
        "themes": ["Produits locaux", "Accueil et information"],
        "days_ago": 8, "hours_ago": 1, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "manon-castel",
        "title": "Visiter la chèvrerie : oui, mais sur rendez-vous",
        "body": """Nous recevons de plus en plus de visiteurs qui arrivent sans prévenir à la chèvrerie, souvent à l'heure de la traite ou en pleine fabrication. Nous aimons partager notre métier, mais nous ne pouvons pas tout arrêter. Je propose que les fermes soient présentées avec des créneaux de visite précis, réservables à l'avance, et que l'office explique clairement que ce sont des lieux de travail, pas des parcs de loisirs.""",
        "themes": ["Produits locaux", "Accueil et information"],
        "days_ago": 7, "hours_ago": 11, "likes": 4, "edited": False,
        "comments": [
            {"author": "fatima-ziani", "body": "Même situation au moulin pendant la récolte des olives. Des créneaux réservables, ça nous sauverait la vie.", "days_ago": 6, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "romain-baptiste",
        "title": "Presque tout ce que nous servons vient de moins de trente kilomètres",
        "body": "À l'auberge, l'essentiel de ce que nous servons vient de moins de trente kilomètres. Nous ne le disons pas assez, et les clients adorent l'apprendre. Nous pourrions afficher sur l'ardoise le nom des fermes et leur village, comme on le fait déjà pour le vin.",
        "themes": ["Produits locaux"],
        "days_ago": 7, "hours_ago": 22, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "fatima-ziani",
        "title": "L'huile nouvelle mérite sa fête",
        "body": """La récolte des olives a lieu de fin octobre à décembre, au moment où le territoire se vide. C'est pourtant une période magnifique : les oliveraies pleines de filets, l'odeur du moulin, le goût incomparable de l'huile qui vient d'être pressée. Dans d'autres régions, la fête de l'huile nouvelle attire beaucoup de monde ; ici, elle reste confidentielle.

Je propose une fête de l'olive et de l'huile nouvelle, chaque année début décembre, dans plusieurs villages à la fois : visites des moulins, cueillette participative, dégustation sur du pain grillé, marché de producteurs et menus dans les restaurants. Ce serait un très beau rendez-vous d'hiver, complémentaire de la truffe en janvier.""",
        "themes": ["Produits locaux", "Tourisme 4 saisons"],
        "days_ago": 6, "hours_ago": 13, "likes": 6, "edited": False,
        "comments": [
            {"author": "didier-brun", "body": "Décembre pour l'huile, janvier pour la truffe : on commence à avoir un vrai calendrier d'hiver.", "days_ago": 6, "replies": []},
            {"author": "stephanie-nguyen", "body": "Le bistrot serait partant pour un menu autour de l'huile nouvelle. Les clients ne connaissent souvent que l'huile de supermarché.", "days_ago": 5, "replies": []},
            {"author": "theo-lambert", "body": "Une petite programmation musicale dans les moulins, ce serait magique. Nous pouvons aider.", "days_ago": 3, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "benoit-granier",
        "title": "Où en est le label Vignobles & Découvertes sur le territoire ?",
        "body": "Question à l'office : où en est-on du label Vignobles & Découvertes pour la destination ? C'est un dossier collectif, qui doit être porté à l'échelle du territoire, et plusieurs domaines sont prêts à s'engager. Les restaurants et les hébergeurs peuvent aussi en faire partie, ce qui en fait un vrai projet de destination.",
        "themes": ["Produits locaux", "Travail en réseau"],
        "days_ago": 5, "hours_ago": 17, "likes": 4, "edited": False,
        "comments": [
            {"author": "yannick-moreau", "body": "Le dossier avait été envisagé il y a quelques années sans aboutir. Nous reprenons contact avec Gard Tourisme pour faire le point sur les conditions et le calendrier.", "days_ago": 4, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "lucas-ferrand",
        "title": "Les potiers sont aussi des producteurs",
        "body": """On parle de vin, de truffe et d'huile, mais la terre est aussi un produit local, et Saint-Quentin-la-Poterie en vit depuis des siècles. Une vingtaine d'ateliers accueillent le public, et beaucoup proposent des initiations. Je propose une « route des potiers », sur le modèle des routes des vins, avec une carte des ateliers ouverts, des horaires communs certains jours et des démonstrations. Ça marcherait toute l'année, et surtout quand il pleut.

Les ateliers n'ont pas les moyens de payer une communication chacun de leur côté. Une carte commune, éditée avec l'office et la Maison de la terre, disponible dans tous les hébergements, ferait découvrir le village à des visiteurs qui ne font aujourd'hui que le traverser. Nous sommes plusieurs potiers prêts à nous organiser pour assurer des ouvertures régulières, même en hiver.""",
        "themes": ["Patrimoine et savoir-faire", "Produits locaux", "Tourisme 4 saisons"],
        "days_ago": 5, "hours_ago": 9, "likes": 4, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "ines-haddad",
        "title": "Un rayon « produits du territoire » dans chaque bureau d'accueil",
        "body": "Table 3 : un rayon de produits du territoire dans chaque bureau d'accueil de l'office, en dépôt-vente, avec les coordonnées des producteurs pour aller les voir.",
        "themes": ["Produits locaux", "Accueil et information"],
        "days_ago": 8, "hours_ago": 2, "likes": 3, "edited": False,
        "comments": [
            {"author": "hugo-perrier", "body": "Attention à ne pas concurrencer les épiceries fines et les boutiques du centre, qui vendent déjà ces produits toute l'année.", "days_ago": 7, "replies": [
                {"author": "ines-haddad", "body": "Bonne remarque. L'idée serait plutôt une vitrine qui renvoie vers les producteurs et vers les boutiques partenaires, avec très peu de vente directe.", "days_ago": 7},
            ]},
        ],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "chantal-rey",
        "title": "Le caveau de la coopérative, vitrine de nombreuses familles de vignerons",
        "body": """On oublie souvent que la cave coopérative représente de nombreuses familles de vignerons du territoire, qui n'ont pas toutes leur propre caveau. Le nôtre est ouvert toute l'année, six jours sur sept, et voit passer beaucoup de visiteurs. Nous pourrions y présenter d'autres productions locales (huile, pélardon, miel, poteries) et devenir un vrai relais d'information sur le terroir, en lien avec l'office.""",
        "themes": ["Produits locaux", "Accueil et information"],
        "days_ago": 4, "hours_ago": 16, "likes": 3, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "agnes-vernet",
        "title": "Balade à cheval et pique-nique de produits locaux",
        "body": "Balade à cheval suivie d'un pique-nique de produits locaux : nous le faisons pour des groupes, et ça plaît énormément. Il suffirait de mieux le faire connaître.",
        "themes": ["Produits locaux", "Pleine nature"],
        "days_ago": 3, "hours_ago": 10, "likes": 1, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "stephanie-nguyen",
        "title": "Un repère commun pour les plats « du coin » dans les restaurants",
        "body": """Les clients veulent manger local, mais ne savent pas reconnaître les plats qui le sont vraiment. Je propose un petit logo commun aux restaurants du territoire, apposé sur la carte à côté des plats préparés avec au moins deux produits de producteurs identifiés du territoire. Rien de compliqué : une charte d'une page, une liste de producteurs, et un contrôle léger par l'office une fois par an.""",
        "themes": ["Produits locaux", "Identité et notoriété"],
        "days_ago": 2, "hours_ago": 21, "likes": 2, "edited": False,
        "comments": [
            {"author": "romain-baptiste", "body": "Bonne idée. Il faudra juste éviter de multiplier les logos : les clients s'y perdent.", "days_ago": 2, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "gerard-pellegrin",
        "title": "Le marché du samedi d'Uzès, vitrine de tous les producteurs",
        "body": "Le marché du samedi à Uzès attire déjà des milliers de personnes : c'est notre première vitrine du terroir. Pensons à le relier aux producteurs des villages, pour que les visiteurs aillent ensuite les voir chez eux. Un stand de l'office certains samedis, avec la carte des producteurs qui accueillent le public, serait un premier pas facile.",
        "themes": ["Produits locaux"],
        "days_ago": 1, "hours_ago": 15, "likes": 0, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": "terroir", "author": "karim-mansouri",
        "title": "Attention à ne pas transformer le terroir en décor",
        "body": """Je suis à fond pour mettre en avant les producteurs, mais je voudrais poser une limite. J'ai vu dans d'autres régions le terroir devenir un décor : des « produits locaux » fabriqués ailleurs, des marchés qui ne vendent plus que des souvenirs, des prix que les habitants ne peuvent plus se payer. Si on fait du terroir un argument, il faut qu'il reste d'abord au service des gens d'ici, et que les producteurs en vivent mieux. Sinon, on aura gagné des visiteurs et perdu ce qui les faisait venir.

Concrètement, je proposerais deux garde-fous : une charte exigeante sur l'origine pour tout ce qui est présenté comme local, et une attention particulière aux prix, pour que les habitants continuent de fréquenter les marchés et les restaurants. Un territoire où les gens d'ici ne vont plus, les visiteurs finissent par le sentir.""",
        "themes": ["Produits locaux", "Développement durable"],
        "days_ago": 0, "hours_ago": 8, "likes": 2, "edited": False,
        "comments": [
            {"author": "manon-castel", "body": "Merci de le dire. C'est exactement la crainte de beaucoup de producteurs.", "days_ago": 0, "replies": []},
        ],
    },
    # --- Atelier 3, en général ---
    {
        "workshop": "durable-local", "mission": None, "author": "helene-castanet",
        "title": "Le prochain atelier à Lussan, on vous attend !",
        "body": "Très contente qu'un atelier se soit tenu au bord du Gardon, loin d'Uzès. Le prochain à Lussan, on vous attend !",
        "themes": [],
        "days_ago": 6, "hours_ago": 13, "likes": 3, "edited": False,
        "comments": [
            {"author": "claire-vidal", "body": "C'est confirmé : l'atelier « Une destination toute l'année » aura lieu à Lussan. Les inscriptions sont ouvertes.", "days_ago": 5, "replies": []},
        ],
    },
    {
        "workshop": "durable-local", "mission": None, "author": "fatima-ziani",
        "title": "Merci d'avoir tenu compte de nos récoltes",
        "body": "Merci d'avoir fixé l'atelier avant le début de la récolte des olives. Pour les producteurs, la date compte autant que le sujet.",
        "themes": [],
        "days_ago": 5, "hours_ago": 20, "likes": 2, "edited": False,
        "comments": [],
    },
    {
        "workshop": "durable-local", "mission": None, "author": "alexandre-pons",
        "title": "Les photos de l'atelier sont disponibles",
        "body": """J'ai pris quelques photos pendant l'atelier et la dégustation : elles sont dans le dossier partagé de la concertation. Vous pouvez les utiliser librement pour vos réseaux et vos supports, à condition de citer « Lumière de garrigue » en crédit. Si vous ne souhaitez pas apparaître sur l'une d'elles, dites-le-moi et je la retire.""",
        "themes": ["Numérique"],
        "days_ago": 0, "hours_ago": 3, "likes": 0, "edited": False,
        "comments": [],
    },
]


# J'aime et commentaires reçus en ligne par des post-it saisis en salle, par clé de post-it (la
# ``cle`` du fichier d'atelier). Les auteurs des commentaires sont des clés de MEMBERS.
CAPTURED_REACTIONS = {
    # --- Atelier « Gouvernance » (il y a 50 jours) ---
    "perimetre-g1-01": {"likes": 12, "comments": []},
    "perimetre-g1-02": {"likes": 6, "comments": [
        {"author": "helene-castanet", "body": "La mairie de Lussan peut prêter la salle du rez-de-chaussée en juillet et en août. Il faudra seulement quelqu'un pour l'ouvrir.", "days_ago": 45, "replies": [
            {"author": "yannick-moreau", "body": "Merci ! Nous regardons si un saisonnier de l'office peut y tenir deux demi-journées par semaine.", "days_ago": 44},
        ]},
    ]},
    "perimetre-g3-02": {"likes": 9, "comments": []},
    "note-vision-g1-01": {"likes": 11, "comments": [
        {"author": "pieter-de-vries", "body": "C'est aussi la saison de nos clients néerlandais sans enfants. L'automne est la première saison à vendre.", "days_ago": 47, "replies": []},
    ]},
    "note-vision-g3-01": {"likes": 7, "comments": []},
    "note-vision-g4-01": {"likes": 8, "comments": []},
    "missions-structure-g1-02": {"likes": 14, "comments": [
        {"author": "yasmine-cherif", "body": "Le Syndicat des gorges diffuse déjà les niveaux de risque incendie pendant l'été, mais presque uniquement aux communes. Nous pouvons ajouter les professionnels à la liste dès la saison prochaine.", "days_ago": 46, "replies": [
            {"author": "jean-luc-teissier", "body": "Parfait. Et pensez aux crues d'automne : c'est là que les campings du bord de l'eau sont les plus exposés.", "days_ago": 45},
        ]},
    ]},
    "missions-structure-g2-01": {"likes": 6, "comments": []},
    "gouvernance-g2-01": {"likes": 10, "comments": [
        {"author": "gerard-pellegrin", "body": "Oui. Je m'y suis engagé en fin d'atelier et je le redis ici : le comité de pilotage recevra toutes les contributions, pas un résumé.", "days_ago": 48, "replies": []},
    ]},
    # --- Atelier « Parcours client » (il y a 20 jours) ---
    "exister-t1-01": {"likes": 9, "comments": [
        {"author": "ines-haddad", "body": "Le sujet est sur la table du futur site : l'adresse sera courte, quoi qu'il arrive. Pour le nom de la marque lui-même, il faudra l'avis des élus.", "days_ago": 17, "replies": []},
    ]},
    "vendre-t1-02": {"likes": 7, "comments": []},
    "vendre-t4-01": {"likes": 5, "comments": [
        {"author": "lucas-ferrand", "body": "Nous expédions déjà des pièces, mais chacun négocie seul avec le transporteur. Un tarif commun aux ateliers et aux caves ferait baisser les prix.", "days_ago": 16, "replies": []},
    ]},
    "fideliser-t2-01": {"likes": 8, "comments": [
        {"author": "fatima-ziani", "body": "Nous le proposons à l'oliveraie depuis deux ans : une vingtaine d'arbres parrainés, et presque tous les parrains viennent à la récolte. Je veux bien partager la formule.", "days_ago": 15, "replies": []},
    ]},
    "personas-dupont-02": {"likes": 6, "comments": []},
    "personas-cyclistes-02": {"likes": 4, "comments": []},
}


PRIVATE_CONSULTATION = {
    "title": "Comité de pilotage de l'office de tourisme intercommunal",
    "territory": "Pays d'Uzès Pont du Gard",
    "description": """Espace de travail réservé aux membres du comité de pilotage des Assises : élus des deux communautés de communes et des communes les plus concernées, direction et équipe de l'office, représentants des professionnels au conseil d'exploitation.

On y prépare les arbitrages qui suivront la concertation publique :

- le choix des **chantiers prioritaires** pour 2027 ;
- les **moyens** à y consacrer (taxe de séjour, personnel, mutualisations) ;
- le **calendrier** de présentation aux conseils communautaires.

Les documents et contributions publiés ici sont des documents de travail : merci de ne pas les diffuser avant leur validation en séance.""",
    "join_code": "COPIL-OTI",
    "visibility": "members",
    "themes": ["Priorités 2027", "Budget et moyens", "Gouvernance", "Mobilités", "Suivi des Assises"],
    "members": [
        {"key": "claire-vidal", "role": "facilitator"},
        {"key": "yannick-moreau", "role": "facilitator"},
        {"key": "lucie-marchetti", "role": "facilitator"},
        {"key": "gerard-pellegrin", "role": "elected"},
        {"key": "patrick-soulier", "role": "elected"},
        {"key": "nadia-benali", "role": "elected"},
        {"key": "jean-luc-teissier", "role": "elected"},
        {"key": "martine-gaillard", "role": "elected"},
        {"key": "helene-castanet", "role": "elected"},
        {"key": "olivier-chabert", "role": "participant"},
        {"key": "benoit-granier", "role": "participant"},
        {"key": "julien-arnaud", "role": "participant"},
        {"key": "camille-roux", "role": "participant"},
    ],
    "workshops": [
        {
            "key": "copil-priorites",
            "title": "Séance de travail : priorités et moyens pour 2027",
            "days_ago": 6,
            "start": "14:00",
            "place": "Siège de la Communauté de communes Pays d'Uzès, salle du conseil, Uzès",
            "status": "open",
            "description": """Séance du comité de pilotage à mi-parcours des Assises. Trois ateliers sur quatre ont eu lieu ; les contributions publiques commencent à dessiner des priorités nettes.

**Ordre du jour**

1. Point d'étape sur la concertation : participation, contributions les plus soutenues, sujets de désaccord ;
2. premier tri des chantiers à ouvrir en 2027 ;
3. moyens disponibles et pistes de financement ;
4. calendrier jusqu'à la restitution publique.

Présents : les six élus membres du comité, l'équipe de l'office, Sillons Conseil et trois représentants des professionnels. Les deux missions ci-dessous restent ouvertes jusqu'à la prochaine séance pour compléter les échanges.""",
            "attendees": [
                "claire-vidal", "yannick-moreau", "lucie-marchetti",
                "gerard-pellegrin", "patrick-soulier", "nadia-benali", "jean-luc-teissier", "martine-gaillard", "helene-castanet",
                "olivier-chabert", "benoit-granier", "camille-roux",
            ],
            "missions": [
                {
                    "key": "chantiers-prioritaires",
                    "title": "Quels chantiers ouvrir en premier ?",
                    "instructions": """La stratégie comptera vraisemblablement une dizaine de chantiers. Il est impossible de les lancer tous en 2027.

Proposez les **cinq chantiers** à ouvrir en priorité et, pour chacun, justifiez votre choix selon quatre critères : l'effet attendu pour les visiteurs et les professionnels, le coût, le délai de mise en œuvre et la possibilité de trouver un porteur. Appuyez-vous sur les contributions publiques les plus soutenues.""",
                    "is_open": True,
                },
                {
                    "key": "moyens-2027",
                    "title": "Quels moyens pour 2027 ?",
                    "instructions": """Le budget de l'office restera contraint. Quelles ressources mobiliser pour les chantiers prioritaires : affectation de la taxe de séjour, redéploiement de postes, mutualisations avec le site du Pont du Gard, le Syndicat des gorges ou les offices voisins, contributions des partenaires, financements régionaux et départementaux ?

Soyez aussi précis que possible sur les montants et les conditions.""",
                    "is_open": True,
                },
            ],
        },
    ],
    "contributions": [
        {
            "workshop": "copil-priorites", "mission": "chantiers-prioritaires", "author": "claire-vidal",
            "title": "Proposition de l'équipe : cinq chantiers à ouvrir en 2027",
            "body": """Voici la proposition de l'équipe de l'office, construite à partir des contributions les plus soutenues et des échanges en séance :

1. **Le nouveau site internet et la photothèque partagée**, déjà engagés, à terminer avant l'été ;
2. **Le réseau de relais d'information** chez les hébergeurs et dans les mairies, avec un kit et une formation ;
3. **Le message commun sur les bons gestes** au bord du Gardon et en garrigue, avec le Syndicat des gorges ;
4. **Un week-end de la truffe** en janvier, premier pas vers un calendrier d'hiver ;
5. **Le test d'une navette estivale** Remoulins, Pont du Gard, Collias, sous réserve de financement.

Ce choix laisse de côté, pour 2027, la vente en ligne (au-delà d'un pilote), l'offre séminaires et la signalétique commune, qui demandent des études préalables. Nous attendons vos réactions avant la prochaine séance.""",
            "themes": ["Priorités 2027"],
            "days_ago": 5, "hours_ago": 10, "likes": 7, "edited": True,
            "comments": [
                {"author": "patrick-soulier", "body": "D'accord avec la liste. Pour la navette, il faut que le conseil communautaire du Pont du Gard se prononce avant le printemps, sinon le test glissera d'un an.", "days_ago": 5, "replies": []},
                {"author": "olivier-chabert", "body": "Le pilote de vente en ligne sur les activités me paraît compatible avec le chantier du site : ne le renvoyons pas à 2028.", "days_ago": 4, "replies": [
                    {"author": "claire-vidal", "body": "Entendu. Nous chiffrons le pilote et nous le présenterons comme une option rattachée au chantier 1.", "days_ago": 4},
                ]},
                {"author": "helene-castanet", "body": "Rien de spécifique pour le nord du territoire dans cette liste. Voir ma contribution.", "days_ago": 3, "replies": []},
            ],
        },
        {
            "workshop": "copil-priorites", "mission": "chantiers-prioritaires", "author": "gerard-pellegrin",
            "title": "Cinq chantiers, pas un de plus",
            "body": "D'accord pour cinq chantiers, pas un de plus. Trois chantiers menés à terme valent mieux que dix annoncés et abandonnés en route.",
            "themes": ["Priorités 2027", "Gouvernance"],
            "days_ago": 5, "hours_ago": 7, "likes": 6, "edited": False,
            "comments": [],
        },
        {
            "workshop": "copil-priorites", "mission": "chantiers-prioritaires", "author": "jean-luc-teissier",
            "title": "La mobilité doit rester dans les cinq, même sans certitude de financement",
            "body": """Je tiens à ce que la navette et le stationnement au bord du Gardon restent dans les cinq priorités, même si le financement n'est pas encore trouvé. C'est le sujet qui a le plus mobilisé à Collias, et celui sur lequel les habitants nous attendent. Si nous le retirons faute d'argent, le signal envoyé aux professionnels sera désastreux. Mieux vaut l'afficher et chercher les financements, quitte à ajuster l'ampleur du test.""",
            "themes": ["Mobilités", "Priorités 2027"],
            "days_ago": 4, "hours_ago": 15, "likes": 5, "edited": False,
            "comments": [
                {"author": "julien-arnaud", "body": "Les loueurs de canoës soutiennent. Et nous sommes prêts à participer aux frais d'un parking de délestage si la navette le dessert.", "days_ago": 3, "replies": []},
            ],
        },
        {
            "workshop": "copil-priorites", "mission": "chantiers-prioritaires", "author": "helene-castanet",
            "title": "Le nord du territoire doit voir des actions concrètes dès 2027",
            "body": "Les communes du nord ont joué le jeu des Assises. Si elles ne voient rien de concret en 2027, nous perdrons leur confiance. Je propose d'inscrire l'aménagement léger des Concluses comme site pilote du message commun.",
            "themes": ["Priorités 2027", "Gouvernance"],
            "days_ago": 3, "hours_ago": 18, "likes": 5, "edited": False,
            "comments": [
                {"author": "gerard-pellegrin", "body": "Proposition raisonnable, et peu coûteuse. J'y suis favorable.", "days_ago": 2, "replies": []},
            ],
        },
        {
            "workshop": "copil-priorites", "mission": "chantiers-prioritaires", "author": "olivier-chabert",
            "title": "Côté professionnels : le site et la photothèque d'abord",
            "body": """Les professionnels que je représente au conseil d'exploitation me disent tous la même chose : ils veulent voir vite des résultats visibles. Le nouveau site et la photothèque partagée sont les deux chantiers qui changeront leur quotidien dès l'été prochain. Tout le reste est important, mais si ces deux-là prennent du retard, la confiance dans la démarche s'effritera.""",
            "themes": ["Priorités 2027", "Suivi des Assises"],
            "days_ago": 4, "hours_ago": 9, "likes": 4, "edited": False,
            "comments": [],
        },
        {
            "workshop": "copil-priorites", "mission": "chantiers-prioritaires", "author": "martine-gaillard",
            "title": "Adosser les productions locales à une candidature Vignobles & Découvertes",
            "body": "Je propose d'adosser le chantier sur les productions locales à une candidature Vignobles & Découvertes, en y intégrant les savoir-faire comme la céramique. Un label donne un cadre et de la visibilité.",
            "themes": ["Priorités 2027"],
            "days_ago": 3, "hours_ago": 11, "likes": 3, "edited": False,
            "comments": [],
        },
        {
            "workshop": "copil-priorites", "mission": "chantiers-prioritaires", "author": "lucie-marchetti",
            "title": "Une grille simple pour arbitrer entre les chantiers",
            "body": """Pour que l'arbitrage ne se fasse pas seulement à l'intuition, je propose de noter chaque chantier candidat de 1 à 3 sur quatre critères : **l'effet attendu** (pour les visiteurs, les professionnels et les habitants), **le coût**, **le délai** avant des résultats visibles, et **l'existence d'un porteur** identifié.

J'ajoute un cinquième critère, à titre indicatif : le soutien exprimé dans la concertation publique (nombre de contributions, de soutiens et de commentaires). La grille remplie pour les douze chantiers candidats sera dans les documents avant la prochaine séance.""",
            "themes": ["Suivi des Assises", "Gouvernance"],
            "days_ago": 2, "hours_ago": 16, "likes": 4, "edited": False,
            "comments": [],
        },
        {
            "workshop": "copil-priorites", "mission": "chantiers-prioritaires", "author": "camille-roux",
            "title": "Les idées les plus soutenues en ligne doivent peser dans l'arbitrage",
            "body": "Les contributions les plus soutenues dans l'espace public devraient peser réellement dans le choix final. Sinon, à quoi bon avoir demandé l'avis de tout le monde ?",
            "themes": ["Suivi des Assises"],
            "days_ago": 2, "hours_ago": 8, "likes": 6, "edited": False,
            "comments": [
                {"author": "lucie-marchetti", "body": "C'est prévu dans la grille, comme critère à part entière. Et chaque contribution recevra une réponse publique, retenue ou non.", "days_ago": 2, "replies": []},
                {"author": "nadia-benali", "body": "Attention quand même : les sujets qui concernent peu de monde, comme les villages du nord, récoltent moins de soutiens. Le nombre de « j'aime » ne peut pas tout décider.", "days_ago": 1, "replies": [
                    {"author": "camille-roux", "body": "D'accord, peser ne veut pas dire décider. Mais il faut que ça se voie.", "days_ago": 1},
                ]},
            ],
        },
        {
            "workshop": "copil-priorites", "mission": "moyens-2027", "author": "gerard-pellegrin",
            "title": "Taxe de séjour : état des lieux et pistes",
            "body": """Quelques éléments pour cadrer la discussion. Le produit de la taxe de séjour a progressé d'environ 15 % en trois ans, principalement grâce à la collecte par les plateformes de location. Il est aujourd'hui intégralement reversé à l'office, mais absorbé pour l'essentiel par le fonctionnement (personnel, bureaux, éditions).

Trois pistes sont sur la table :

- **réserver une part** de la progression future à un fonds « chantiers des Assises », identifié dans le budget ;
- **revoir les tarifs** de certaines catégories d'hébergement, dans les limites fixées par la loi ;
- **améliorer la collecte** auprès des meublés non déclarés, qui représentent encore un manque à gagner.

Je souhaite qu'on publie chaque année l'usage de la taxe de séjour, comme l'ont demandé les professionnels pendant l'atelier « Gouvernance ».""",
            "themes": ["Budget et moyens"],
            "days_ago": 4, "hours_ago": 12, "likes": 5, "edited": False,
            "comments": [
                {"author": "olivier-chabert", "body": "Une hausse des tarifs passera si le fonds « chantiers » est réel et visible. Sans ça, elle sera très mal reçue.", "days_ago": 3, "replies": []},
                {"author": "nadia-benali", "body": "Sur les meublés non déclarés, la mairie d'Uzès peut partager ses données d'enregistrement avec l'office.", "days_ago": 3, "replies": []},
            ],
        },
        {
            "workshop": "copil-priorites", "mission": "moyens-2027", "author": "patrick-soulier",
            "title": "Mutualiser l'accueil avec le site du Pont du Gard",
            "body": """Un point d'accueil de l'office sur le site du Pont du Gard a été demandé à plusieurs reprises pendant la concertation. Plutôt que de créer un poste, je propose d'étudier une convention avec le site : un comptoir partagé, des agents formés des deux côtés, et une répartition des coûts. Cela pourrait aussi permettre de réorganiser les horaires du bureau de Remoulins sans réduire le service aux visiteurs.""",
            "themes": ["Budget et moyens", "Gouvernance"],
            "days_ago": 3, "hours_ago": 14, "likes": 4, "edited": False,
            "comments": [
                {"author": "claire-vidal", "body": "Les premiers échanges avec la direction du site sont positifs. Nous pourrons présenter un projet de convention à la prochaine séance.", "days_ago": 2, "replies": []},
            ],
        },
        {
            "workshop": "copil-priorites", "mission": "moyens-2027", "author": "nadia-benali",
            "title": "Un poste de chargé de mission mobilité partagé ?",
            "body": "Et si l'on partageait un poste de chargé·e de mission mobilité entre l'office, les deux intercommunalités et le Syndicat des gorges ? Personne n'a les moyens d'en financer un seul, mais ensemble, c'est envisageable.",
            "themes": ["Budget et moyens", "Mobilités"],
            "days_ago": 2, "hours_ago": 10, "likes": 5, "edited": False,
            "comments": [],
        },
        {
            "workshop": "copil-priorites", "mission": "moyens-2027", "author": "yannick-moreau",
            "title": "Le coût réel d'une photothèque partagée",
            "body": """Pour éclairer la décision, voici une première estimation de la photothèque partagée : un abonnement à un outil de gestion de médias (quelques centaines d'euros par an), deux ou trois reportages photo par an pour couvrir les quatre saisons, et surtout du temps de travail pour vérifier les droits des images existantes et légender chaque photo. Ce dernier poste est le plus lourd : environ deux mois de travail la première année, puis quelques jours par an. Le détail chiffré est dans les documents.""",
            "themes": ["Budget et moyens", "Priorités 2027"],
            "days_ago": 1, "hours_ago": 17, "likes": 3, "edited": False,
            "comments": [],
        },
        {
            "workshop": "copil-priorites", "mission": "moyens-2027", "author": "benoit-granier",
            "title": "Les professionnels peuvent cotiser davantage si les services suivent",
            "body": "Beaucoup de professionnels seraient prêts à payer une cotisation partenaire plus élevée si les services suivent : photothèque, formations, accompagnement aux labels. Encore faut-il les définir avec eux, d'où l'importance du cinquième atelier.",
            "themes": ["Budget et moyens"],
            "days_ago": 1, "hours_ago": 9, "likes": 4, "edited": False,
            "comments": [],
        },
        {
            "workshop": "copil-priorites", "mission": "moyens-2027", "author": "julien-arnaud",
            "title": "Ne pas oublier l'entretien des sentiers et des berges dans le budget",
            "body": """On parle beaucoup de communication et de numérique, c'est normal. Mais si l'on fait venir des visiteurs vers la garrigue et la rivière, il faut aussi budgéter l'entretien des sentiers, du balisage et des berges, aujourd'hui assuré en grande partie par des bénévoles et par des communes à bout de souffle. Je propose qu'une ligne « entretien des espaces naturels fréquentés » apparaisse clairement dans le plan de financement, même modeste.""",
            "themes": ["Budget et moyens", "Priorités 2027"],
            "days_ago": 0, "hours_ago": 6, "likes": 2, "edited": False,
            "comments": [],
        },
        {
            "workshop": "copil-priorites", "mission": None, "author": "claire-vidal",
            "title": "Ordre du jour proposé pour la prochaine séance",
            "body": """Pour la prochaine séance, qui suivra l'atelier de Lussan, je vous propose l'ordre du jour suivant :

1. retour sur l'atelier « Une destination toute l'année » ;
2. grille d'arbitrage des chantiers remplie par Sillons Conseil, et discussion ;
3. projet de convention d'accueil avec le site du Pont du Gard ;
4. premières hypothèses budgétaires pour 2027 ;
5. préparation de la restitution publique.

Merci de me signaler d'ici la fin de la semaine tout point à ajouter.""",
            "themes": ["Suivi des Assises"],
            "days_ago": 1, "hours_ago": 4, "likes": 3, "edited": False,
            "comments": [],
        },
        {
            "workshop": "copil-priorites", "mission": None, "author": "helene-castanet",
            "title": "Le tableau budgétaire en format tableur avant la séance ?",
            "body": "Pourrons-nous recevoir le tableau budgétaire en format tableur quelques jours avant la séance ? Le PDF ne permet pas de faire nos propres simulations.",
            "themes": ["Budget et moyens"],
            "days_ago": 0, "hours_ago": 2, "likes": 2, "edited": False,
            "comments": [
                {"author": "yannick-moreau", "body": "Bien sûr, nous l'ajouterons aux documents en version tableur en même temps que le PDF.", "days_ago": 0, "replies": []},
            ],
        },
    ],
}
