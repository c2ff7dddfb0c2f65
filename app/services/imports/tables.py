"""Tables read from a file: CSV (',' or ';', UTF-8 or Windows-1252) or XLSX (openpyxl in read-only
mode), as rows of text cells; and the folding that matches the words of a header row."""
import csv
import io
import re
import unicodedata
import zipfile

from flask_babel import lazy_gettext as _l

from . import ImportFailed, Problem


def fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", str(text)).encode("ascii", "ignore").decode("ascii").lower()
    return " ".join(re.sub(r"[°º:.]", " ", text).split())


def cell_text(value) -> str:
    """A cell as text: 2.0 -> '2' (spreadsheets store numbers as floats), None -> ''."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_rows(name: str, data: bytes, max_rows: int) -> list[list[str]]:
    """The rows of the file, as text cells; raises ImportFailed when it is neither CSV nor XLSX."""
    if data[:4] == b"PK\x03\x04":
        return _xlsx_rows(name, data, max_rows)
    for encoding in ("utf-8-sig", "cp1252"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:  # cp1252 leaves five bytes undefined
        raise ImportFailed([Problem(name, 0, "", str(_l("ce fichier n'est ni un tableur XLSX ni un CSV en UTF-8 ou en "
                                                          "Windows-1252.")))])
    if "\x00" in text:
        raise ImportFailed([Problem(name, 0, "", str(_l("ce fichier n'est ni un tableur XLSX ni un CSV lisible (XLS, "
                                                          "ODS : enregistrez-le en XLSX ou en CSV).")))])
    first = text.split("\n", 1)[0]
    delimiter = ";" if first.count(";") > first.count(",") else ","
    return [[cell_text(cell) for cell in row] for row in csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)]


def _xlsx_rows(name: str, data: bytes, max_rows: int) -> list[list[str]]:
    from openpyxl import load_workbook

    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError):
        raise ImportFailed([Problem(name, 0, "", str(_l("ce tableur ne s'ouvre pas : enregistrez-le de nouveau en XLSX "
                                                          "ou en CSV.")))]) from None
    try:
        sheet = workbook.worksheets[0]
        rows = []
        for row in sheet.iter_rows(values_only=True):
            rows.append([cell_text(value) for value in row])
            if len(rows) > max_rows + 1:
                break
        return rows
    finally:
        workbook.close()


def table(name: str, data: bytes, max_rows: int) -> list[list[str]]:
    """The rows of a file from its first row that is not empty (the header), at most `max_rows`
    after it; raises ImportFailed when it is empty or longer."""
    rows = read_rows(name, data, max_rows)
    while rows and not any(cell.strip() for cell in rows[0]):
        rows.pop(0)
    if not rows:
        raise ImportFailed([Problem(name, 0, "", str(_l("le fichier est vide.")))])
    if len(rows) > max_rows + 1:
        raise ImportFailed([Problem(name, 0, "", str(_l("%(n)s lignes au plus par fichier.", n=max_rows)))])
    return rows
