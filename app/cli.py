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
    from .services.contributions import recount_all

    changed = recount_all()
    db.session.commit()
    click.echo(f"{changed} contribution(s) corrigée(s).")


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


def register(app: Flask) -> None:
    app.cli.add_command(users_cli)
    for command in (load_demo, send_mail, recount, check_config, backup_command, restore_command):
        app.cli.add_command(command)
