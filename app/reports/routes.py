"""Minutes and syntheses: written by facilitators, read by members, downloaded as DOCX."""
from flask import Response, current_app, flash, redirect, render_template, request, stream_with_context
from flask_babel import gettext as _
from flask_login import current_user, login_required

from .. import labels, links, storage
from ..cache import public_page
from ..extensions import db
from ..forms import ActionForm, options
from ..services import attachments, exports, reports, workshops
from ..services.errors import DomainError
from ..templating import long_date, report_html, today_long, workshop_when
from ..web import apply_error, content_disposition, found, load_consultation, render_form, require, submit, wants_preview
from . import bp
from .forms import AttachmentForm, NewReportForm, ReportForm


def _load(slug, report_id):
    consultation, access = load_consultation(slug)
    return access, found(reports.get_report(access, report_id))


# -- reading ------------------------------------------------------------------------------------

@bp.get("/")
@public_page
def index(slug):
    consultation, access = load_consultation(slug)
    return render_template("reports/index.html", reports=reports.list_reports(access))


@bp.get("/<int:report_id>")
@public_page
def show(slug, report_id):
    access, report = _load(slug, report_id)
    upload = AttachmentForm(formdata=None) if access.can_write_reports() else None
    return render_template("reports/show.html", report=report, upload=upload)


@bp.get("/<int:report_id>/document.docx")
def docx(slug, report_id):
    """The report as a Word document, laid out for a council meeting."""
    access, report = _load(slug, report_id)
    workshop = report.workshop
    document = exports.ReportDocument(
        consultation_title=access.consultation.title, territory=access.consultation.territory,
        kind_label=str(labels.REPORT_KINDS[report.kind]), title=report.title,
        workshop_title=workshop.title if workshop else "", workshop_when=workshop_when(workshop) if workshop else "",
        workshop_place=workshop.place if workshop else "", authors=report.authors,
        published=_("publié le %(date)s", date=long_date(report.published_at)) if report.is_published
        else _("brouillon"),
        body_html=str(report_html(report)), base_url=request.host_url.rstrip("/"),
        attachments=tuple((a.filename, links.attachment_url(a, external=True)) for a in report.attachments),
        generated=_("Document téléchargé le %(date)s", date=today_long()))
    response = Response(exports.report_docx(document), mimetype=exports.DOCX_MIMETYPE)
    response.headers["Content-Disposition"] = content_disposition(f"{report.title}.docx")
    if not access.consultation.is_public:
        response.headers["Cache-Control"] = "private, no-store"
    return response


@bp.get("/<int:report_id>/pieces-jointes/<int:attachment_id>/<filename>")
def attachment(slug, report_id, attachment_id, filename):
    """An attachment, always as a download (never shown as a page of this site)."""
    access, report = _load(slug, report_id)
    item = found(attachments.get_attachment(report, attachment_id))
    try:
        chunks = storage.current().open(item.storage_key)
    except storage.NotFound:
        return found(None)
    response = Response(stream_with_context(chunks), mimetype=item.content_type)
    response.headers["Content-Disposition"] = content_disposition(item.filename)
    response.headers["Content-Length"] = str(item.size)
    response.headers["Content-Security-Policy"] = "default-src 'none'; sandbox"
    response.headers["Cache-Control"] = "private, no-store" if not access.consultation.is_public else "public, max-age=3600"
    return response


# -- writing ------------------------------------------------------------------------------------

def _preview(form, report=None, workshop=None):
    if not wants_preview():
        return None
    return report_html(report, body=form.body.data or "", workshop=workshop)


@bp.route("/nouveau", methods=["GET", "POST"])
@login_required
def create(slug):
    consultation, access = load_consultation(slug)
    require(access.can_write_reports())
    form = NewReportForm()
    visible = workshops.list_workshops(access)
    form.workshop.choices = options(((str(w.id), w.title) for w in visible), blank=_("Toute la concertation"))
    chosen = request.values.get("workshop") or request.args.get("atelier") or ""
    workshop = next((w for w in visible if str(w.id) == chosen), None)
    if request.method == "GET":
        form.workshop.data = str(workshop.id) if workshop else ""
        form.kind.data = "synthesis" if request.args.get("type") == "synthese" else "minutes"
        form.authors.data = current_user.display_name
        if workshop is not None and form.kind.data == "synthesis":
            form.title.data = _("Synthèse de l'atelier « %(title)s »", title=workshop.title)
            form.body.data = reports.synthesis_template(workshop)
        elif workshop is not None:
            form.title.data = _("Compte-rendu de l'atelier « %(title)s »", title=workshop.title)
    done = submit(form, lambda: reports.create_report(access, workshop, form.kind.data, form.title.data,
                                                      form.body.data, form.authors.data),
                  _("Le brouillon est enregistré. Relisez-le, ajoutez les diapositives, puis publiez-le."),
                  links.report_url)
    if done:
        return done
    return render_form("reports/edit.html", form, report=None, workshop=workshop,
                       preview=_preview(form, workshop=workshop))


@bp.route("/<int:report_id>/modifier", methods=["GET", "POST"])
@login_required
def edit(slug, report_id):
    access, report = _load(slug, report_id)
    require(access.can_write_reports())
    form = ReportForm(obj=report)
    done = submit(form, lambda: reports.update_report(access, report, form.title.data, form.body.data,
                                                      form.authors.data),
                  _("Le document est enregistré."), lambda _: links.report_url(report))
    if done:
        return done
    return render_form("reports/edit.html", form, report=report, workshop=report.workshop,
                       preview=_preview(form, report=report))


@bp.route("/<int:report_id>/publication", methods=["GET", "POST"])
@login_required
def publication(slug, report_id):
    """Publish a draft (its live blocks are frozen), or take a published report back to a draft:
    a page says what will happen, the POST does it."""
    access, report = _load(slug, report_id)
    require(access.can_write_reports())
    form = ActionForm()
    if form.validate_on_submit():
        wanted = request.form.get("etat")
        if wanted == "publie" and not report.is_published:
            try:
                reports.publish_report(access, report)
            except DomainError as error:
                flash(str(error.message), "error")
                return redirect(links.report_url(report))
            db.session.commit()
            flash(_("Le document est publié : les membres le lisent, ses blocs sont figés à la date "
                    "d'aujourd'hui."), "success")
        elif wanted == "brouillon" and report.is_published:
            reports.unpublish_report(access, report)
            db.session.commit()
            flash(_("Le document est repassé en brouillon : seule l'équipe d'animation le voit."), "success")
        return redirect(links.report_url(report))
    blocks = {} if report.is_published else reports.blocks_of(access, report, report.body)
    return render_template("reports/confirm.html", form=form, report=report, blocks=blocks)


@bp.post("/<int:report_id>/pieces-jointes")
@login_required
def upload_attachment(slug, report_id):
    access, report = _load(slug, report_id)
    require(access.can_write_reports())
    upload = AttachmentForm()
    if upload.validate_on_submit():
        try:
            added = attachments.add_attachment(access, report, upload.file.data.filename, upload.file.data.stream,
                                               max_bytes=current_app.config["ATTACHMENT_MAX_BYTES"])
        except DomainError as error:
            apply_error(upload, error)
        else:
            db.session.commit()
            flash(_("« %(name)s » est joint au document.", name=added.filename), "success")
            return redirect(links.report_url(report, _anchor="pieces-jointes"))
    return render_template("reports/show.html", report=report, upload=upload), 400


@bp.route("/<int:report_id>/pieces-jointes/<int:attachment_id>/supprimer", methods=["GET", "POST"])
@login_required
def delete_attachment(slug, report_id, attachment_id):
    access, report = _load(slug, report_id)
    require(access.can_write_reports())
    item = found(attachments.get_attachment(report, attachment_id))
    form = ActionForm()
    if form.validate_on_submit():
        name = item.filename
        key = attachments.remove_attachment(access, item)
        db.session.commit()
        storage.current().delete(key)  # once the row is gone for good
        flash(_("« %(name)s » est retiré du document.", name=name), "success")
        return redirect(links.report_url(report, _anchor="pieces-jointes"))
    return render_template("reports/attachment_delete.html", form=form, report=report, item=item)

