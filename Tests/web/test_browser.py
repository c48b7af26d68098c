"""The page as a user drives it: paste a failing proposal, follow a finding to its line, fix
the value, check again until « conforme »; upload a file; the same without JavaScript; the
English switch. Screenshots go to the test output."""
import re

import pytest
from playwright.sync_api import expect

from conftest import example_text, EXAMPLES

TODAY = "2024-06-01"


def new_page(browser, javascript=True, width=1280):
    context = browser.new_context(java_script_enabled=javascript, viewport={"width": width, "height": 900}, locale="fr-FR")
    page = context.new_page()
    requests_elsewhere = []
    page.on("request", lambda request: requests_elsewhere.append(request.url)
            if not request.url.startswith(("http://127.0.0.1", "data:")) else None)
    page.requests_elsewhere = requests_elsewhere
    errors = []
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
    page.console_errors = errors
    return page


def submit(page, text, date=TODAY):
    page.fill("#manifeste", text)
    page.fill("#date", date)
    page.get_by_role("button", name=re.compile("^(Vérifier|Check)$")).click()
    page.wait_for_load_state("domcontentloaded")


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_paste_follow_fix_and_recheck(browser, base_url, output_dir, javascript):
    page = new_page(browser, javascript)
    suffix = "" if javascript else "-nojs"
    page.goto(base_url + "/")
    expect(page).to_have_title(re.compile("Vérifier une proposition"))
    expect(page.locator("h1")).to_have_text("Vérifier une proposition de mission EIG")
    if javascript:
        page.screenshot(path=str(output_dir / "home-fr.png"), full_page=True)

    failing = example_text("echec-transparence.yml")
    submit(page, failing)
    verdict = page.locator(".verdict")
    expect(verdict).to_contain_text("n'est pas encore conforme : 2 points à corriger")
    expect(verdict).to_have_class(re.compile("verdict-fail"))
    page.screenshot(path=str(output_dir / f"result-fail-fr{suffix}.png"), full_page=True)

    # The summary's first link goes to the first finding; its place links to the line.
    page.locator(".finding-summary a[href='#constat-1']").click()
    expect(page).to_have_url(re.compile("#constat-1$"))
    finding = page.locator("#constat-1")
    expect(finding).to_be_in_viewport()
    expect(finding).to_contain_text("https://")
    line_link = finding.locator(".where a")
    target = line_link.get_attribute("href")
    assert re.fullmatch(r"#ligne-\d+", target), target
    line_link.click()
    expect(page).to_have_url(re.compile(target + "$"))
    line = page.locator(target)
    expect(line).to_be_in_viewport()
    expect(line).to_have_class(re.compile("marked"))
    expect(line).to_contain_text("depot: http://github.com/dgs-fictif/repere-eau")

    # Fix the two errors (and a warning) in the form shown again, filled, and check again.
    text = page.input_value("#manifeste")
    assert text == failing, "the form comes back filled with the submitted text"
    fixed = (text.replace("depot: http://github.com", "depot: https://github.com")
             .replace("licence: EUPL-2.0", "licence: EUPL-1.2")
             .replace("cible: 0,5", "cible: 0.5"))
    submit(page, fixed)
    expect(page.locator(".verdict")).to_have_class(re.compile("verdict-pass"))
    expect(page.locator(".verdict")).to_contain_text("Votre proposition est conforme.")
    page.screenshot(path=str(output_dir / f"result-pass-fr{suffix}.png"), full_page=True)
    assert page.requests_elsewhere == [], page.requests_elsewhere
    assert page.console_errors == [], page.console_errors
    page.context.close()


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "nojs"])
def test_upload_a_file(browser, base_url, javascript):
    page = new_page(browser, javascript)
    page.goto(base_url + "/")
    page.set_input_files("#fichier", str(EXAMPLES / "echec-eligibilite.yml"))
    page.fill("#date", TODAY)
    page.get_by_role("button", name="Vérifier").click()
    expect(page.locator(".verdict")).to_have_class(re.compile("verdict-fail"))
    assert page.input_value("#manifeste") == example_text("echec-eligibilite.yml")
    # A Markdown file is read for its front matter.
    page.goto(base_url + "/")
    page.set_input_files("#fichier", str(EXAMPLES / "fiche-produit.md"))
    page.get_by_role("button", name="Vérifier").click()
    expect(page.locator(".verdict")).to_have_class(re.compile("verdict-pass"))
    page.context.close()


def test_english_switch(browser, base_url, output_dir):
    page = new_page(browser)
    page.goto(base_url + "/")
    page.locator(".language-switch").click()
    expect(page.locator("html")).to_have_attribute("lang", "en")
    expect(page.locator("h1")).to_have_text("Check an EIG mission proposal")
    page.screenshot(path=str(output_dir / "home-en.png"), full_page=True)
    submit(page, example_text("echec-transparence.yml"))
    expect(page.locator(".verdict")).to_contain_text("Your proposal does not comply yet: 2 points to fix.")
    page.screenshot(path=str(output_dir / "result-fail-en.png"), full_page=True)
    submit(page, example_text("proposition-conforme.yml"))
    expect(page.locator(".verdict")).to_contain_text("Your proposal complies.")
    page.screenshot(path=str(output_dir / "result-pass-en.png"), full_page=True)
    page.locator(".language-switch").click()
    expect(page.locator("html")).to_have_attribute("lang", "fr")
    page.context.close()


def test_live_preview_updates_as_one_types(browser, base_url):
    page = new_page(browser)
    page.goto(base_url + "/")
    preview = page.locator("#apercu-resultat")
    expect(page.locator("#apercu")).to_be_visible()
    page.locator("#manifeste").fill(example_text("echec-transparence.yml"))
    page.locator("#manifeste").press("End")
    expect(preview).to_contain_text("Non conforme : 2 erreurs.", timeout=10_000)
    page.locator("#manifeste").fill(example_text("proposition-conforme.yml"))
    page.locator("#manifeste").type(" ")
    expect(preview).to_contain_text("Conforme", timeout=10_000)
    assert page.console_errors == [], page.console_errors
    page.context.close()


def test_without_javascript_the_preview_stays_hidden(browser, base_url):
    page = new_page(browser, javascript=False)
    page.goto(base_url + "/")
    expect(page.locator("#apercu")).to_be_hidden()
    page.context.close()


def test_empty_form_tells_what_to_do_at_the_field(browser, base_url, output_dir):
    page = new_page(browser)
    page.goto(base_url + "/")
    page.get_by_role("button", name="Vérifier").click()
    summary = page.locator(".error-summary")
    expect(summary).to_be_visible()
    expect(summary).to_be_focused()
    summary.get_by_role("link").click()
    expect(page.locator("#manifeste")).to_be_focused()
    expect(page.locator("#manifeste")).to_have_attribute("aria-invalid", "true")
    page.screenshot(path=str(output_dir / "form-error-fr.png"), full_page=True)
    page.context.close()


def test_reads_on_a_phone(browser, base_url, output_dir):
    page = new_page(browser, width=375)
    page.goto(base_url + "/")
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the home page scrolls sideways on a phone ({width}px)"
    page.screenshot(path=str(output_dir / "home-phone-fr.png"), full_page=True)
    submit(page, example_text("echec-transparence.yml"))
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375, f"the result page scrolls sideways on a phone ({width}px)"
    page.screenshot(path=str(output_dir / "result-fail-phone-fr.png"), full_page=False)
    page.context.close()


def test_skip_link_is_first_and_focus_is_visible(browser, base_url):
    page = new_page(browser)
    page.goto(base_url + "/")
    page.keyboard.press("Tab")
    focused = page.evaluate("document.activeElement.className")
    assert focused == "skip-link"
    outline = page.evaluate("getComputedStyle(document.activeElement).outlineStyle")
    assert outline != "none"
    page.keyboard.press("Enter")
    expect(page).to_have_url(re.compile("#contenu$"))
    page.context.close()
