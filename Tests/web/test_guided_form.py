"""« Remplir en ligne » (/remplir) as a project lead drives it: from an empty form to
« conforme » for a launch adding two vœux, with and without JavaScript; from a real
beta.gouv.fr product file; the live count and the live check. Screenshots go to the output."""
import json
import os
import pathlib
import re
import urllib.request

import pytest
from playwright.sync_api import expect

from conftest import EXAMPLES
from test_browser import new_page

# A launch that meets every rule (the values of examples/proposition-conforme.yml), by field name.
LAUNCH = {
    "promotion": "7",
    "projet.nom": "Déclic Logement",
    "projet.fiche_beta": "https://beta.gouv.fr/startups/declic-logement.html",
    "projet.phase": "construction",
    "projet.incubateur": "dinum",
    "projet.politique_publique": "Logement d'abord : réduire de moitié le délai d'accès à un logement social pour les ménages prioritaires.",
    "projet.probleme": "Les ménages reconnus prioritaires ne savent pas où en est leur demande et abandonnent les démarches.",
    "administration.nom": "Direction de l'habitat, de l'urbanisme et des paysages",
    "administration.sigle": "DHUP",
    "administration.type": "administration-centrale",
    "administration.ministere": "Ministère de la Transition écologique",
    "administration.entite_operationnelle": "Sous-direction des politiques de l'habitat",
    "administration.departement_affectation": "Bureau des attributions",
    "administration.lieu_de_travail": "La Défense (92)",
    "contacts.sponsor.nom": "Camille Martin",
    "contacts.sponsor.fonction": "Directrice adjointe",
    "contacts.sponsor.email": "camille.martin@developpement-durable.gouv.fr",
    "contacts.point_de_contact.nom": "Karim Benali",
    "contacts.point_de_contact.fonction": "Chef de projet",
    "contacts.point_de_contact.email": "karim.benali@developpement-durable.gouv.fr",
    "mission.type": "lancement",
    "mission.nombre_eig": "2",
    "investigation.methode": "beta.gouv.fr",
    "investigation.debut": "2023-09-04",
    "investigation.fin": "2023-12-15",
    "investigation.probleme_qualifie": "34 entretiens menés auprès de ménages prioritaires et de bailleurs : le manque de visibilité est cité par 27.",
    "investigation.besoin_valide": "Un prototype de suivi de demande testé par 12 ménages : 10 l'ont utilisé plus de trois fois en un mois.",
    "investigation.nombre_entretiens": "34",
    "investigation.strategie": "Ouvrir le service dans deux départements pilotes, puis l'étendre aux bailleurs volontaires.",
    "dispositif.pilotage_actuel": "Une intrapreneuse à temps plein, un comité d'investissement tous les 6 mois.",
    "dispositif.copilotage_envisage": "Les EIG copilotent le produit avec l'intrapreneuse ; la sponsor préside les comités.",
    "motivations.objectifs_12_mois[0]": "Service ouvert dans 2 départements pilotes",
    "motivations.benefices": "Moins d'abandons de demande et moins d'appels aux guichets.",
    "motivations.perspectives": "Généralisation nationale si l'impact est démontré.",
    "ambition.experimentation": "Tester le suivi de demande avec deux bailleurs avant toute généralisation.",
    "ambition.adoption": "Communauté des bailleurs sociaux volontaires, animée par la DHUP.",
    "ambition.croissance_valeur": "Chaque nouveau bailleur ajoute ses demandes sans coût de développement.",
    "transparence.code_source.depot": "https://github.com/MTES-MCT/declic-logement",
    "transparence.code_source.licence": "EUPL-1.2",
    "transparence.pilotage_impact.stats_url": "https://declic-logement.beta.gouv.fr/stats",
    "transparence.pilotage_impact.indicateurs[0].nom": "Ménages suivant leur demande en ligne",
    "transparence.pilotage_impact.indicateurs[0].valeur_initiale": "0",
    "transparence.pilotage_impact.indicateurs[0].cible": "5000",
    "transparence.pilotage_impact.indicateurs[0].echeance": "2049-06-30",
    "transparence.budget_url": "https://declic-logement.beta.gouv.fr/budget",
    "transparence.accessibilite": "partiellement conforme",
    "engagements.budget_12_mois": "450000",
    "engagements.teletravail_jours_par_semaine": "2",
    "engagements.comites_investissement_par_an": "2",
}
VOEUX = {
    "mission.voeux[0].profil": "direction-produit",
    "mission.voeux[0].mission_pressentie": "Piloter la stratégie produit, conduire les comités d'investissement et mesurer l'impact.",
    "mission.voeux[1].profil": "direction-technique",
    "mission.voeux[1].mission_pressentie": "Mettre en place l'architecture, la sécurité et l'ouverture du code source.",
}
SHARED = os.environ.get("CONFORME_SHARED_DATA")


def control(page, name):
    return page.locator(f'[name="{name}"]:not([type=hidden])')


def set_field(page, name, value):
    """Types, picks or ticks a value, whatever control the rules gave the field."""
    element = control(page, name)
    kind = element.first.evaluate("e => e.tagName === 'SELECT' ? 'select' : e.type")
    if kind == "radio":
        page.locator(f'[name="{name}"][value="{value}"]').check()
    elif kind == "checkbox":
        if value == "true":
            element.check()
        else:
            element.uncheck()
    elif kind == "select":
        element.select_option(value)
    else:
        element.fill(value)


def fill(page, values):
    for name, value in values.items():
        set_field(page, name, value)


def tick_every_commitment(page):
    for box in page.locator(".field-commitment input[type=checkbox]").all():
        box.check()


def press(page, name):
    # The last: a hidden « Vérifier » comes first in the form, for the Enter key.
    page.get_by_role("button", name=name, exact=True).last.click()
    page.wait_for_load_state("domcontentloaded")


def check_via_api(base_url, manifest):
    request = urllib.request.Request(base_url + "/api/v1/check?format=json", data=manifest.encode("utf-8"),
                                     headers={"Content-Type": "application/yaml"}, method="POST")
    with urllib.request.urlopen(request) as response:
        return json.load(response)


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_a_launch_from_empty_to_conforme_with_two_voeux(browser, base_url, output_dir, javascript):
    suffix = "" if javascript else "-nojs"
    page = new_page(browser, javascript)
    page.goto(base_url + "/remplir?type=lancement")
    expect(page.locator("h1")).to_have_text("Remplir en ligne")
    expect(page.locator("#f-mission-type")).to_be_checked()
    expect(page.locator(".field-error")).to_have_count(0)
    page.screenshot(path=str(output_dir / f"remplir-empty-fr{suffix}.png"), full_page=True)

    # A first part, with a public policy too short: the finding goes next to its field.
    fill(page, {k: v for k, v in LAUNCH.items() if k.startswith(("promotion", "projet.", "administration."))})
    set_field(page, "projet.politique_publique", "Logement")
    press(page, "Vérifier")
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    if javascript:
        expect(summary).to_be_focused()
    field = page.locator("#f-projet-politique_publique")
    expect(field).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#f-projet-politique_publique-erreur")).to_contain_text("20")
    assert "f-projet-politique_publique-erreur" in field.get_attribute("aria-describedby")
    expect(page.locator("#s-projet-titre .section-state")).to_contain_text("1 point restant")
    expect(page.locator("#s-administration-titre .section-state")).to_contain_text("complète")
    summary.locator("a[href='#f-projet-politique_publique']").click()
    expect(page).to_have_url(re.compile("#f-projet-politique_publique$"))
    expect(field).to_be_focused()
    page.screenshot(path=str(output_dir / f"remplir-errors-fr{suffix}.png"), full_page=True)

    # Two vœux, added with « Ajouter » (a submission each: it works without JavaScript).
    fill(page, LAUNCH)
    tick_every_commitment(page)
    press(page, "Ajouter : vœu")
    expect(page).to_have_url(re.compile("#f-mission-voeux-0-groupe$"))
    press(page, "Ajouter : vœu")
    expect(page.locator("#f-mission-voeux-1-groupe > legend")).to_have_text("Vœu 2")
    # What was typed before came back in the page.
    expect(control(page, "projet.nom")).to_have_value("Déclic Logement")
    fill(page, VOEUX)
    # A third vœu, removed again: « Retirer » renumbers nothing that stays.
    press(page, "Ajouter : vœu")
    press(page, "Retirer vœu 3")
    expect(page.locator("#f-mission-voeux-2-groupe")).to_have_count(0)
    expect(page.locator('[name="mission.voeux[1].profil"]:checked')).to_have_value("direction-technique")

    press(page, "Vérifier")
    success = page.locator(".form-success")
    expect(success).to_be_visible()
    expect(success).to_contain_text("Votre proposition est conforme")
    expect(page.locator(".section-state.state-todo")).to_have_count(0)
    expect(page.locator(".field-error")).to_have_count(0)
    page.screenshot(path=str(output_dir / f"remplir-complete-fr{suffix}.png"), full_page=True)

    # The manifest downloaded is what `conforme check` passes.
    with page.expect_download() as download:
        success.get_by_role("button", name="Télécharger le manifeste").click()
    manifest = pathlib.Path(download.value.path()).read_text(encoding="utf-8")
    assert download.value.suggested_filename == "proposition-eig-7.yml"
    assert "nom: Déclic Logement" in manifest
    report = check_via_api(base_url, manifest)
    assert report["files"][0]["status"] == "pass", report["files"][0]["diagnostics"]
    with page.expect_download() as download:
        page.locator(".form-actions").get_by_role("button", name="Télécharger le rapport").click()
    assert download.value.suggested_filename == "rapport-conforme.html"
    assert page.requests_elsewhere == [], page.requests_elsewhere
    assert page.console_errors == [], page.console_errors
    page.context.close()


@pytest.mark.skipif(not SHARED, reason="CONFORME_SHARED_DATA not set: no real product file")
@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_start_from_a_real_product_file_and_complete_it(browser, base_url, output_dir, javascript):
    folder = pathlib.Path(SHARED) / "beta-gouv"
    page = new_page(browser, javascript)
    page.goto(base_url + "/remplir")
    page.set_input_files("#fiche", str(folder / "startups" / "data-foncier.md"))
    page.set_input_files("#organisation", str(folder / "organisations" / "dgaln.md"))
    press(page, "Partir de ma fiche")
    expect(page.locator(".notice")).to_contain_text("Fiche « data-foncier.md » reprise")
    expect(control(page, "projet.nom")).to_have_value("Datafoncier actionnabilité")
    expect(control(page, "administration.sigle")).to_have_value("DGALN")
    expect(page.locator(".error-summary")).to_be_visible()
    if not javascript:
        page.screenshot(path=str(output_dir / "remplir-from-product-file-fr.png"), full_page=True)
    # What the product file does not say, the project lead adds.
    taken = {"projet.nom", "projet.fiche_beta", "projet.phase", "projet.incubateur", "administration.nom",
             "administration.sigle", "administration.type", "investigation.debut", "transparence.pilotage_impact.stats_url",
             "transparence.code_source.depot", "mission.nombre_eig"}
    fill(page, {k: v for k, v in LAUNCH.items() if k not in taken})
    set_field(page, "investigation.fin", "2025-12-31")
    tick_every_commitment(page)
    fill(page, {k: v for k, v in VOEUX.items() if "[0]" in k})
    press(page, "Vérifier")
    remaining = page.locator(".error-summary li").all_inner_texts()
    assert page.locator(".form-success").count() == 1, remaining
    page.context.close()


def test_the_count_and_the_check_follow_the_typing(browser, base_url):
    page = new_page(browser)
    page.goto(base_url + "/remplir")
    field = page.locator("#f-projet-politique_publique")
    counter = page.locator("#f-projet-politique_publique-compteur")
    expect(counter).to_have_text("0 caractères (20 au moins)")
    field.press_sequentially("Logement")
    expect(counter).to_have_text("8 caractères (20 au moins)")
    # After a pause, the finding appears next to the field, without a submission.
    expect(page.locator("#f-projet-politique_publique-erreur")).to_be_visible(timeout=10_000)
    expect(field).to_have_attribute("aria-invalid", "true")
    # Only the field touched: the others wait for « Vérifier ».
    expect(page.locator(".field-error")).to_have_count(1)
    # An emoji of several code points is one character, as the engine counts it.
    field.press_sequentially(" 👩‍👩‍👧")
    expect(counter).to_have_text("10 caractères (20 au moins)")
    field.press_sequentially(" d'abord : un toit pour chacun")
    expect(page.locator("#f-projet-politique_publique-erreur")).to_have_count(0, timeout=10_000)
    # After « Vérifier », the summary at the top follows the typing as well (it is not read
    # out again: no longer an alert).
    press(page, "Vérifier")
    heading = page.locator(".error-summary h2")
    before = heading.inner_text()
    expect(page.locator(".error-summary a[href='#f-projet-nom']")).to_have_count(1)
    set_field(page, "projet.nom", "Déclic Logement")
    expect(page.locator(".error-summary a[href='#f-projet-nom']")).to_have_count(0, timeout=10_000)
    expect(heading).not_to_have_text(before)
    expect(page.locator(".error-summary")).not_to_have_attribute("role", "alert")
    assert page.console_errors == [], page.console_errors
    page.context.close()


def test_in_english_and_for_eig_6(browser, base_url, output_dir):
    page = new_page(browser)
    page.goto(base_url + "/remplir")
    set_field(page, "projet.nom", "Déclic Logement")
    # The header's switch keeps what was typed (the form goes with it).
    page.locator(".language-switch").click()
    page.wait_for_load_state("domcontentloaded")
    expect(page.locator("h1")).to_have_text("Fill in online")
    expect(control(page, "projet.nom")).to_have_value("Déclic Logement")
    press(page, "Check")
    expect(page.locator(".error-summary h2")).to_contain_text("points to settle")
    page.screenshot(path=str(output_dir / "remplir-errors-en.png"), full_page=True)
    page.goto(base_url + "/remplir?promotion=6")
    expect(page.locator(".lead")).to_contain_text("6e promotion")
    page.set_input_files("#manifeste-fichier", str(EXAMPLES / "proposition-eig6.yml"))
    press(page, "Charger")
    expect(page.locator(".notice")).to_contain_text("« proposition-eig6.yml » chargé")
    expect(page.locator(".form-success")).to_be_visible()
    page.context.close()


def test_reads_on_a_phone(browser, base_url, output_dir):
    page = new_page(browser, width=375)
    page.goto(base_url + "/remplir")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"/remplir scrolls sideways on a phone ({width}px)"
    page.screenshot(path=str(output_dir / "remplir-phone-fr.png"), full_page=False)
    page.context.close()
