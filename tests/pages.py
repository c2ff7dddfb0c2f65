"""Every page type of the application, found from the URL map, with a URL that reaches it for each
role on the demo data. A GET route that no role can reach with the demo says why in UNREACHABLE;
tests/browser/test_pages.py fails when a page type is neither reached nor declared there."""
from itsdangerous import URLSafeSerializer, URLSafeTimedSerializer

from .live import SECRET_KEY

ROLES = ("visitor", "participant", "elected", "facilitator", "admin")

UNREACHABLE = {
    "static": "fichiers statiques (CSS, JavaScript, images), pas des pages",
    "main.healthz": "réponse JSON pour la supervision, pas une page",
    "auth.my_data": "téléchargement d'un fichier JSON, pas une page",
    "workshops.export_file": "téléchargement d'un fichier d'atelier (Markdown), pas une page",
    "reports.docx": "téléchargement d'un document DOCX, pas une page",
    "reports.attachment": "téléchargement d'une pièce jointe, pas une page",
    "moderation.audit_csv": "téléchargement du journal de modération (CSV), pas une page",
    "strategy.strategy_docx": "téléchargement de la stratégie (DOCX), pas une page",
    "strategy.follow_up_docx": "téléchargement du rapport de suivi (DOCX), pas une page",
    "strategy.plan_xlsx": "téléchargement du plan d'action (XLSX), pas une page",
    "consultations.contributions_table": "téléchargement des contributions (CSV, XLSX), pas une page",
    "room.wall_content": "morceau de page (le contenu du mur, que son script remplace) ; vérifié dans la page du mur",
    "contributions.close_ideas": "morceau de page (les idées proches, placées dans le formulaire par le script) ; "
                                 "vérifié dans la page « Avant de publier » et le parcours",
}

# Pages beyond the URL map: error pages and forms shown with their errors. A third item is a form
# to fill on that page (field values, set and sent past the script, as without it): the page checked
# is the answer.
DEMO = "/c/assises-du-tourisme-du-pays-d-uzes-pont-du-gard"
EXTRA_PAGES = {
    "error.404": ("visitor", "/nulle-part"),
    # The strategy with the facilitators' controls, and the form of a level other than the action.
    "strategy.show.editing": ("facilitator", f"{DEMO}/strategie/?edition=1"),
    "strategy.create_item.axis": ("facilitator", f"{DEMO}/strategie/chantier/nouveau"),
    # Promotion with contributions chosen (the page alone says none is chosen).
    "strategy.promote.chosen": ("facilitator", f"{DEMO}/strategie/retenir?ids=1&ids=2&ids=3"),
    # An idea close to others of the demo, sent without the script: the close ideas come first.
    "contributions.create.close_ideas": ("participant", DEMO + "/ateliers/{workshop_id}/contribuer", {
        "title": "Une navette entre la gare d'Avignon et le Pont du Gard",
        "body": "Pour les visiteurs qui arrivent en train sans voiture, l'été."}),
}


def url_values(server, role: str, email: str | None) -> dict:
    """Objects of the demo each URL argument points to, chosen so that `role` may open the page."""
    consultation_id, slug, code = server.rows(
        "SELECT id, slug, join_code FROM consultations WHERE visibility = 'public' ORDER BY id")[0]
    workshop_id = server.scalar(
        "SELECT w.id FROM workshops w WHERE w.consultation_id = :c AND w.status = 'open' "
        "AND EXISTS (SELECT 1 FROM missions m WHERE m.workshop_id = w.id AND m.is_open) ORDER BY w.id",
        c=consultation_id)
    mission_id = server.scalar("SELECT id FROM missions WHERE workshop_id = :w AND is_open ORDER BY position",
                               w=workshop_id)
    user_id = server.scalar("SELECT id FROM users WHERE email = :e", e=email) if email else None
    own = " AND c.author_id = :u" if role == "participant" else ""
    contribution_id = server.scalar(
        "SELECT c.id FROM contributions c JOIN workshops w ON w.id = c.workshop_id WHERE c.consultation_id = :c "
        f"AND c.status = 'published' AND w.status = 'open'{own} ORDER BY c.comment_count DESC, c.id",
        c=consultation_id, u=user_id)
    own_comment = " AND m.author_id = :u" if role == "participant" else ""
    comment_id = server.scalar(
        "SELECT m.id FROM comments m JOIN contributions c ON c.id = m.contribution_id "
        "JOIN workshops w ON w.id = c.workshop_id WHERE c.consultation_id = :c AND m.status = 'visible' "
        f"AND w.status = 'open'{own_comment} ORDER BY m.id", c=consultation_id, u=user_id)
    report_id, attachment_id, filename = server.rows(
        "SELECT r.id, a.id, a.filename FROM reports r JOIN attachments a ON a.report_id = r.id "
        "WHERE r.consultation_id = :c AND r.status = 'published' ORDER BY r.id", c=consultation_id)[0]
    reset_user = server.rows("SELECT id, session_version FROM users WHERE email LIKE 'francois.%' ")[0]
    token = URLSafeTimedSerializer(SECRET_KEY, salt="password-reset").dumps({"u": reset_user[0], "v": reset_user[1]})
    template_id = server.scalar("SELECT id FROM answer_templates WHERE consultation_id = :c ORDER BY id",
                                c=consultation_id)
    target = server.scalar("SELECT target FROM flags WHERE consultation_id = :c AND resolved_at IS NULL "
                           "ORDER BY id", c=consultation_id)
    person = server.rows("SELECT id, email FROM users WHERE email = :e", e=email or "francois.delmas@concerto.example")[0]
    preferences = URLSafeSerializer(SECRET_KEY, salt="email-preferences").dumps({"u": person[0], "e": person[1]})
    # Pages that need a contribution or a comment in a given state: hidden, merged (from the demo).
    hidden = server.scalar("SELECT c.id FROM contributions c JOIN workshops w ON w.id = c.workshop_id "
                           "WHERE c.consultation_id = :c AND c.status = 'hidden' AND w.status != 'draft' ORDER BY c.id",
                           c=consultation_id)
    merged = server.scalar("SELECT c.id FROM contributions c WHERE c.consultation_id = :c AND c.status = 'merged' "
                           "ORDER BY c.id", c=consultation_id)
    hidden_comment = server.scalar(
        "SELECT m.id FROM comments m JOIN contributions c ON c.id = m.contribution_id JOIN workshops w "
        "ON w.id = c.workshop_id WHERE c.consultation_id = :c AND m.status = 'hidden' AND c.status = 'published' "
        "AND w.status != 'draft' ORDER BY m.id", c=consultation_id)
    flaggable = server.scalar(
        "SELECT c.id FROM contributions c JOIN workshops w ON w.id = c.workshop_id WHERE c.consultation_id = :c "
        "AND c.status = 'published' AND w.status != 'draft' AND coalesce(c.author_id, 0) != coalesce(:u, 0) "
        "ORDER BY c.comment_count DESC, c.id", c=consultation_id, u=user_id)
    others_comment = server.scalar(
        "SELECT m.id FROM comments m JOIN contributions c ON c.id = m.contribution_id JOIN workshops w "
        "ON w.id = c.workshop_id WHERE c.consultation_id = :c AND m.status = 'visible' AND c.status = 'published' "
        "AND w.status != 'draft' AND coalesce(m.author_id, 0) != coalesce(:u, 0) ORDER BY m.id",
        c=consultation_id, u=user_id)
    # The action with the most indicators (its page shows every part: follow-up, indicators, history).
    action_id = server.scalar(
        "SELECT a.id FROM actions a JOIN strategies s ON s.id = a.strategy_id WHERE s.consultation_id = :c "
        "ORDER BY (SELECT count(*) FROM indicators i WHERE i.action_id = a.id) DESC, a.id", c=consultation_id)
    source = server.rows(
        "SELECT s.action_id, s.contribution_id FROM action_sources s JOIN actions a ON a.id = s.action_id "
        "JOIN strategies g ON g.id = a.strategy_id WHERE g.consultation_id = :c AND s.detached_at IS NULL "
        "ORDER BY s.id", c=consultation_id)[0]
    grouping_id = server.scalar("SELECT id FROM groupings WHERE consultation_id = :c ORDER BY id", c=consultation_id)
    # The room of the open workshop: its code, its wall's secret link, its dot vote (the demo's).
    room_code, wall_token, vote_id = server.rows(
        "SELECT w.room_code, r.wall_token, v.id FROM workshops w JOIN rooms r ON r.workshop_id = w.id "
        "JOIN dot_votes v ON v.workshop_id = w.id WHERE w.consultation_id = :c ORDER BY v.id", c=consultation_id)[0]
    return {
        "grouping_id": grouping_id,
        "room_code": room_code,
        "wall_token": wall_token,
        "vote_id": vote_id,
        "group_id": server.scalar("SELECT id FROM grouping_groups WHERE grouping_id = :g ORDER BY id", g=grouping_id),
        "level": "action",
        "item_id": action_id,
        "action_id": action_id,
        "_overrides": {
            "contributions.restore": {"contribution_id": hidden},
            "contributions.unmerge": {"contribution_id": merged},
            "contributions.restore_comment": {"comment_id": hidden_comment},
            "contributions.flag": {"contribution_id": flaggable},
            "contributions.flag_comment": {"comment_id": others_comment},
            "strategy.detach": {"action_id": source[0], "contribution_id": source[1]},
            "room.vote_result": {"workshop_id": server.scalar("SELECT workshop_id FROM dot_votes WHERE id = :v",
                                                             v=vote_id)},
            "room.control": {"workshop_id": server.scalar("SELECT workshop_id FROM rooms WHERE wall_token = :t",
                                                          t=wall_token)},
        },
        "_preferences_token": preferences,
        "template_id": template_id,
        "target": target,
        "slug": slug,
        "code": code,
        "workshop_id": workshop_id,
        "mission_id": mission_id,
        "contribution_id": contribution_id,
        "comment_id": comment_id,
        "theme_id": server.scalar("SELECT id FROM themes WHERE consultation_id = :c ORDER BY id", c=consultation_id),
        "membership_id": server.scalar("SELECT id FROM memberships WHERE consultation_id = :c ORDER BY id",
                                       c=consultation_id),
        "token": token,
        "report_id": report_id,
        "attachment_id": attachment_id,
        "filename": filename,
    }


def page_types(app_url_map):
    """The endpoints that answer GET, minus the declared exceptions."""
    for rule in app_url_map.iter_rules():
        if "GET" in rule.methods and rule.endpoint not in UNREACHABLE:
            yield rule


def candidate_urls(url_map, values: dict) -> dict[str, str]:
    """endpoint -> URL built from `values` (werkzeug's MapAdapter, no request needed), with the
    objects some pages need in a given state (`_overrides`, endpoint -> values)."""
    adapter = url_map.bind("localhost")
    urls = {}
    for rule in page_types(url_map):
        chosen = {**values, **values.get("_overrides", {}).get(rule.endpoint, {})}
        if rule.endpoint == "notifications.email_preferences":
            chosen["token"] = values["_preferences_token"]
        arguments = {name: chosen[name] for name in rule.arguments}
        urls[rule.endpoint] = adapter.build(rule.endpoint, arguments)
    return urls
