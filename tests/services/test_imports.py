"""The readers of imported files: workshop files and spreadsheets of post-its. Every bad file gets
every problem at once, in French, with its file, line and field."""
import io
from datetime import date, time
from pathlib import Path

import pytest
from openpyxl import Workbook

from app.models import WorkshopStatus
from app.services.imports import ImportFailed, spreadsheet, workshop_file
from app.services.imports.spreadsheet import MissionChoice

pytestmark = pytest.mark.once  # its result does not depend on the database: not run again on PostgreSQL

ROOT = Path(__file__).resolve().parent.parent.parent
EXAMPLES = sorted((ROOT / "workshops").glob("*.md"))
EXAMPLES = [path for path in EXAMPLES if path.name != "README.md"]

GOOD = """---
cle: atelier-velay
titre: "Gouvernance 3.0 : l'office de demain"
date: 4 novembre 2022
heure: 9h30
lieu: Rosières
statut: clos
missions:
  - cle: perimetre
    titre: Le périmètre idéal
    ouverte: non
    consigne: |
      Tracez le périmètre.

      Puis défendez-le.
    contributions:
      - cle: p-01
        groupe: Groupe 2
        auteur: Marie
        texte: Le Puy, le Mézenc et la Chaise-Dieu ensemble.
        themes: [Identité, "Accueil, information"]
      - texte: |
          Trois pôles thématiques.
          Avec le Département pour coordonner.
        themes: Patrimoine, Nature
  - titre: Les missions de l'office
contributions:
  - cle: g-01
    texte: Un office pour tous.
---

La journée de **Rosières**.
"""


def problems_of(text, name="atelier-velay.md"):
    with pytest.raises(ImportFailed) as failure:
        workshop_file.read(name, text.encode("utf-8"))
    return [str(problem) for problem in failure.value.problems]


def test_a_workshop_file_reads_into_its_workshop_missions_and_post_its(app):
    spec = workshop_file.read("atelier-velay.md", GOOD.encode("utf-8"))
    assert (spec.key, spec.title, spec.starts_on, spec.start_time, spec.place, spec.status) == (
        "atelier-velay", "Gouvernance 3.0 : l'office de demain", date(2022, 11, 4), time(9, 30), "Rosières",
        WorkshopStatus.CLOSED)
    assert spec.description == "La journée de **Rosières**."
    assert [(m.key, m.title, m.is_open) for m in spec.missions] == [
        ("perimetre", "Le périmètre idéal", False), ("les-missions-de-l-office", "Les missions de l'office", True)]
    assert spec.missions[0].instructions == "Tracez le périmètre.\n\nPuis défendez-le."
    first, second, general = spec.post_its
    assert (first.key, first.group, first.author, first.themes, first.mission_key, first.line) == (
        "p-01", "Groupe 2", "Marie", ("Identité", "Accueil, information"), "perimetre", 17)
    assert second.key.startswith("k-") and second.themes == ("Patrimoine", "Nature")
    assert second.text == "Trois pôles thématiques.\nAvec le Département pour coordonner."
    assert (general.key, general.mission_key) == ("g-01", None)
    # Without a key, a post-it's key comes from what it says: the same file gives the same keys.
    assert workshop_file.read("x.md", GOOD).post_its[1].key == second.key


def test_the_key_of_a_workshop_without_one_is_its_file_name(app):
    spec = workshop_file.read("Atelier Vélo 2027.md", "---\ntitre: Vélo\n---\n")
    assert spec.key == "atelier-velo-2027" and spec.status == WorkshopStatus.DRAFT and spec.missions == []


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
def test_the_example_files_read_and_write_back_unchanged(app, path):
    spec = workshop_file.read(path.name, path.read_bytes())
    assert len(spec.missions) >= 3 and len(spec.post_its) >= 20
    assert all(post_it.group for post_it in spec.post_its)
    written = workshop_file.write(spec)
    assert workshop_file.write(workshop_file.read(path.name, written)) == written


def test_writing_then_reading_keeps_hostile_and_odd_text(app):
    from app.services.imports import PostItSpec, WorkshopSpec, MissionSpec

    odd = ["a: b", "# pas un commentaire", "- pas une liste", "[crochets]", "{accolades}", "'apostrophe", '"guillemets"',
           "yes", "null", "14:00", "2022-11-04", "&ancre", "*alias", "!tag", "%directive", "@arobase", "`accent`",
           "fin:", "  espaces  ", "tab\tulation", "ligne\u2028séparée", "zéro\u200blargeur", "émoji 🚲", "<script>x</script>",
           "a #b", "x" * 300]
    spec = WorkshopSpec(key="odd", title="Titre : « bizarre » # 1", place="Salle [A]", status=WorkshopStatus.OPEN,
                        description="## Présentation\n\n- un\n- deux",
                        missions=[MissionSpec("m", "Mission : une", "Ligne 1\n\n  Ligne décalée\nfin:", True)],
                        post_its=[PostItSpec(key=f"p-{i}", text=text.strip() or "x", group="G, 1", author="A : b",
                                             themes=("Thème [1]", "a,b"[0]), mission_key="m" if i % 2 else None)
                                  for i, text in enumerate(odd)])
    written = workshop_file.write(spec)
    again = workshop_file.read("odd.md", written)
    assert {p.key: p.text for p in again.post_its} == {p.key: p.text for p in spec.post_its}
    assert again.title == spec.title and again.missions[0].instructions == spec.missions[0].instructions
    assert workshop_file.write(again) == written


def test_every_problem_of_a_workshop_file_at_once_with_its_line_and_field(app):
    bad = """---
titre: Atelier du Velay
date: 31/02/2022
heure: 25h
statut: fini
couleur: bleu
missions:
  - titre: Première
    ouverte: peut-être
    contributions:
      - cle: p-01
        texte: Un post-it.
      - cle: p-01
        texte: Un autre.
      - groupe: Groupe 2
  - consigne: sans titre
  - titre: Première
    cle: Clé avec espaces
contributions:
  - texte: Trop long
    titre: "%s"
---
""" % ("x" * 141)
    assert problems_of(bad) == [
        "atelier-velay.md, ligne 3 : date : la date « 31/02/2022 » n'existe pas.",
        "atelier-velay.md, ligne 4 : heure : « 25h » n'est pas une heure : écrivez-la comme 14h, 14h30 ou 14:30.",
        "atelier-velay.md, ligne 5 : statut : « fini » n'est pas un statut : brouillon, annoncé, ouvert ou clos.",
        "atelier-velay.md, ligne 6 : couleur : champ « couleur » inconnu (champs possibles : cle, titre, date, heure, "
        "lieu, statut, missions, contributions).",
        "atelier-velay.md, ligne 9 : missions 1, ouverte : « peut-être » : écrivez oui ou non.",
        "atelier-velay.md, ligne 13 : missions 1, contributions 2, cle : la clé « p-01 » est déjà prise ligne 11.",
        "atelier-velay.md, ligne 15 : missions 1, contributions 3, texte : champ obligatoire.",
        "atelier-velay.md, ligne 16 : missions 2, titre : champ obligatoire.",
        "atelier-velay.md, ligne 18 : missions 3, cle : la clé « Clé avec espaces » ne peut contenir que des lettres "
        "sans accent, des chiffres, - _ ou . (80 signes au plus).",
        "atelier-velay.md, ligne 21 : contributions 1, titre : 140 caractères au plus (il y en a 141).",
    ]


@pytest.mark.parametrize("text,expected", [
    ("titre: sans en-tête\n", "atelier-velay.md, ligne 1 : le fichier doit commencer par une ligne « --- »"),
    ("---\ntitre: jamais fermé\n", "atelier-velay.md, ligne 3 : l'en-tête n'est jamais fermé"),
    ("---\n---\n", "atelier-velay.md, ligne 2 : l'en-tête est vide"),
    ("---\ntitre: Gouvernance : la suite\n---\n", "atelier-velay.md, ligne 2 : un texte qui contient « : »"),
    ("---\ntitre: x\n\tlieu: y\n---\n", "atelier-velay.md, ligne 3 : une tabulation"),
    ("---\ntitre: \"pas fermé\n---\n", "atelier-velay.md, ligne"),
    ("---\ntitre: x\nmissions: une seule\n---\n", "atelier-velay.md, ligne 3 : missions : on attend une liste ici"),
    ("---\n- une liste\n---\n", "atelier-velay.md, ligne 2 : on attend des champs"),
    ("---\ntitre: x\ntitre: y\n---\n", "atelier-velay.md, ligne 3 : titre : champ en double (déjà ligne 2)."),
    ("---\ntitre: x\nheure: 14h\n---\n", "atelier-velay.md, ligne 3 : heure : une heure sans date"),
    ("---\ntitre: x\nmissions:\n  - titre: A\n  - titre: A\n---\n", "la mission « a » figure deux fois (déjà ligne 4)"),
    ("---\ntitre: x\ncontributions:\n  - texte: Même\n  - texte: Même\n---\n", "le même post-it figure deux fois"),
    ("---\ntitre: \u200b\u200b\n---\n", "atelier-velay.md, ligne 2 : titre : champ obligatoire."),
])
def test_each_kind_of_bad_workshop_file_says_what_is_wrong(app, text, expected):
    found = problems_of(text)
    assert any(expected in problem for problem in found), found


def test_a_file_not_in_utf8_is_named_with_its_line(app):
    with pytest.raises(ImportFailed) as failure:
        workshop_file.read("latin.md", "---\ntitre: Atelier\nlieu: Salle des fêtes\n---\n".encode("latin-1"))
    assert str(failure.value.problems[0]) == ("latin.md, ligne 3 : le fichier n'est pas enregistré en UTF-8 "
                                              "(réenregistrez-le en UTF-8 depuis votre éditeur).")


# -- spreadsheets -------------------------------------------------------------------------------

MISSIONS = [MissionChoice("perimetre", 1, "Le périmètre idéal"), MissionChoice("cap", 2, "La note de cap")]


def _xlsx(rows) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    for row in rows:
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_a_csv_with_semicolons_in_windows_1252_maps_its_columns_from_the_header(app):
    data = ("Mission;Groupe;Texte;Auteur;Thèmes\n1;Groupe 2;Un office unique;Marie;Identité, Accueil\n"
            "La note de cap;Groupe 1;Être connus en Europe;;\n;;Sur l'atelier en général;;\n").encode("cp1252")
    first, second, third = spreadsheet.read("postit.csv", data, MISSIONS)
    assert (first.mission_key, first.group, first.text, first.author, first.themes, first.line) == (
        "perimetre", "Groupe 2", "Un office unique", "Marie", ("Identité", "Accueil"), 2)
    assert (second.mission_key, third.mission_key) == ("cap", None)
    again = spreadsheet.read("postit.csv", data, MISSIONS)
    assert [p.key for p in again] == [p.key for p in (first, second, third)]  # a second import finds them


def test_a_csv_with_commas_in_utf8_and_an_xlsx_give_the_same_post_its(app):
    rows = [["texte", "mission", "groupe"], ["Une navette", "Mission 2", "Table 3"], ["Des vélos", "m1", ""]]
    csv_data = "\ufeff" + "\n".join(",".join(f'"{cell}"' for cell in row) for row in rows) + "\n"
    from_csv = spreadsheet.read("a.csv", csv_data.encode("utf-8"), MISSIONS)
    from_xlsx = spreadsheet.read("a.xlsx", _xlsx(rows), MISSIONS)
    assert [(p.key, p.mission_key, p.group) for p in from_csv] == [(p.key, p.mission_key, p.group) for p in from_xlsx]
    assert [p.mission_key for p in from_xlsx] == ["cap", "perimetre"]


def test_every_bad_row_of_a_spreadsheet_at_once(app):
    rows = [["Mission", "Groupe", "Texte", "Auteur"],
            ["1", "Groupe 1", "Bon", ""],
            ["7", "Groupe 1", "Mission inconnue", ""],
            ["1", "G" * 61, "Groupe trop long", ""],
            ["2", "Groupe 2", "", "Sans texte"],
            [None, None, None, None],
            ["1", "Groupe 1", "Bon", ""],
            ["2", "", "x" * 5001, ""]]
    with pytest.raises(ImportFailed) as failure:
        spreadsheet.read("postit.xlsx", _xlsx(rows), MISSIONS)
    assert [str(p) for p in failure.value.problems] == [
        "postit.xlsx, ligne 3 : colonne « Mission » : « 7 » n'est pas une mission de cet atelier ; ses missions : "
        "1 (Le périmètre idéal), 2 (La note de cap).",
        "postit.xlsx, ligne 4 : colonne « Groupe » : 60 caractères au plus.",
        "postit.xlsx, ligne 5 : colonne « Texte » : le texte du post-it est vide.",
        "postit.xlsx, ligne 7 : colonne « Texte » : cette ligne répète la ligne 2 (même mission, même groupe, même "
        "texte).",
        "postit.xlsx, ligne 8 : colonne « Texte » : 5000 caractères au plus (il y en a 5001).",
    ]


@pytest.mark.parametrize("name,data,expected", [
    ("a.csv", b"mission;groupe\n1;G\n", "aucune colonne de texte"),
    ("a.csv", b"", "le fichier est vide"),
    ("a.csv", b"texte\n", "aucun post-it dans ce fichier"),
    ("a.csv", b"texte;texte\nx;y\n", "cette colonne répète la colonne"),
    ("a.xlsx", b"PK\x03\x04 not really a zip", "ce tableur ne s'ouvre pas"),
    ("a.ods", b"\x00\x01\x02binary\x00", "ni un tableur XLSX ni un CSV lisible"),
])
def test_each_kind_of_bad_spreadsheet_says_what_is_wrong(app, name, data, expected):
    with pytest.raises(ImportFailed) as failure:
        spreadsheet.read(name, data, MISSIONS)
    assert expected in str(failure.value.problems[0])
