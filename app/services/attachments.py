"""Attachments of reports (slides and documents). Files are suspects: their type is read from their
content, never from their name; their size is limited; they are kept through app/storage.py under
a generated name; the name shown is cleaned of any path."""
import re
import unicodedata
import zipfile
from dataclasses import dataclass
from typing import BinaryIO

import sqlalchemy as sa
from flask_babel import lazy_gettext as _l

from .. import storage
from ..extensions import db
from ..models import Attachment, Report
from .errors import DomainError, NotAllowed
from .permissions import Access

FILENAME_MAX = 120


@dataclass(frozen=True)
class FileType:
    label: str
    extension: str
    mimetype: str


PDF = FileType("PDF", ".pdf", "application/pdf")
PNG = FileType("PNG", ".png", "image/png")
JPEG = FileType("JPEG", ".jpg", "image/jpeg")
DOCX = FileType("DOCX", ".docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
XLSX = FileType("XLSX", ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
PPTX = FileType("PPTX", ".pptx", "application/vnd.openxmlformats-officedocument.presentationml.presentation")
ODT = FileType("ODT", ".odt", "application/vnd.oasis.opendocument.text")
ODP = FileType("ODP", ".odp", "application/vnd.oasis.opendocument.presentation")
ACCEPTED = (PDF, ODP, PPTX, DOCX, XLSX, ODT, PNG, JPEG)

_OOXML = {"word/": DOCX, "xl/": XLSX, "ppt/": PPTX}
_ODF = {ODT.mimetype: ODT, ODP.mimetype: ODP}


def sniff(stream: BinaryIO) -> FileType | None:
    """The type of a file from its content (its first bytes, and for the office formats the parts
    of the zip they are); None when it is none of the accepted types. Leaves the stream at 0."""
    stream.seek(0)
    head = stream.read(16)
    stream.seek(0)
    if head.startswith(b"%PDF-"):
        return PDF
    if head.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if head.startswith(b"\xff\xd8\xff"):
        return JPEG
    if not head.startswith(b"PK\x03\x04"):
        return None
    try:
        with zipfile.ZipFile(stream) as archive:
            names = archive.namelist()
            if "mimetype" in names:
                with archive.open("mimetype") as part:
                    found = _ODF.get(part.read(100).decode("ascii", "replace").strip())
            elif "[Content_Types].xml" in names:
                found = next((kind for prefix, kind in _OOXML.items() if any(n.startswith(prefix) for n in names)),
                             None)
            else:
                found = None
    except (zipfile.BadZipFile, OSError, ValueError, RuntimeError):
        found = None
    stream.seek(0)
    return found


def safe_filename(name: str, kind: FileType) -> str:
    """The name to show and download as: no folder, no control character, the extension of what
    the file really is ('../../Diapos atelier.PDF' -> 'Diapos atelier.pdf')."""
    name = re.split(r"[\\/]", name or "")[-1]
    name = "".join(ch for ch in unicodedata.normalize("NFC", name) if unicodedata.category(ch)[0] != "C")
    stem = name.rsplit(".", 1)[0] if "." in name else name
    stem = " ".join(stem.replace('"', "'").split()).strip(" .")[: FILENAME_MAX - len(kind.extension)]
    return (stem or "document") + kind.extension


def add_attachment(access: Access, report: Report, filename: str, stream: BinaryIO, max_bytes: int) -> Attachment:
    """Keep a file for a report: refused (DomainError on the field "file") when too large or not of
    an accepted type."""
    if not access.can_write_reports() or report.consultation_id != access.consultation.id:
        raise NotAllowed(_l("Seule l'équipe d'animation ajoute des pièces jointes."))
    stream.seek(0, 2)
    size = stream.tell()
    stream.seek(0)
    if size == 0:
        raise DomainError(_l("Ce fichier est vide."), field="file")
    if size > max_bytes:
        raise DomainError(_l("Ce fichier fait %(size)s ; %(limit)s au plus.", size=_megabytes(size),
                             limit=_megabytes(max_bytes)), field="file")
    kind = sniff(stream)
    if kind is None:
        raise DomainError(_l("Ce fichier n'est pas d'un type accepté (d'après son contenu, pas son nom) : "
                             "%(types)s.", types=", ".join(kind.label for kind in ACCEPTED)), field="file")
    key = storage.new_key(f"attachments/{access.consultation.id}", kind.extension)
    storage.current().put(key, stream)
    attachment = Attachment(consultation_id=access.consultation.id, report_id=report.id, storage_key=key,
                            filename=safe_filename(filename, kind), content_type=kind.mimetype, size=size,
                            uploaded_by_id=access.user_id)
    db.session.add(attachment)
    db.session.flush()
    return attachment


def remove_attachment(access: Access, attachment: Attachment) -> str:
    """Forget an attachment; returns the storage key, to delete once the transaction is committed."""
    if not access.can_write_reports() or attachment.consultation_id != access.consultation.id:
        raise NotAllowed(_l("Seule l'équipe d'animation retire des pièces jointes."))
    key = attachment.storage_key
    db.session.delete(attachment)
    db.session.flush()
    return key


def get_attachment(report: Report, attachment_id: int) -> Attachment | None:
    """An attachment of this report (and so of its consultation), or None."""
    return db.session.scalar(sa.select(Attachment).where(Attachment.id == attachment_id,
                                                         Attachment.report_id == report.id,
                                                         Attachment.consultation_id == report.consultation_id))


def _megabytes(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} Mo".replace(".", ",") if size >= 1024 * 1024 else f"{max(1, size // 1024)} ko"
