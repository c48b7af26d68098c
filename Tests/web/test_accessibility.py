"""axe-core on every page, in French and English: no violation. Reports go to the output."""
import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import example_text

TODAY = "2024-06-01"
PAGES = ["home", "failing result", "passing result", "form error", "rule list", "rule page", "not found"]


def open_page(page, base_url, which, language):
    query = "?lang=en" if language == "en" else ""
    if which == "home":
        page.goto(base_url + "/" + query)
    elif which in ("failing result", "passing result", "form error"):
        page.goto(base_url + "/" + query)
        if which != "form error":
            name = "echec-transparence.yml" if which == "failing result" else "proposition-conforme.yml"
            page.fill("#manifeste", example_text(name))
            page.fill("#date", TODAY)
        page.get_by_role("button", name=re.compile("^(Vérifier|Check)$")).click()
        page.wait_for_load_state("domcontentloaded")
    elif which == "rule list":
        page.goto(base_url + "/regles" + query)
    elif which == "rule page":
        page.goto(base_url + "/regles/transparence.licence" + query)
    else:
        page.goto(base_url + "/nulle-part" + query)


@pytest.mark.parametrize("language", ["fr", "en"])
@pytest.mark.parametrize("which", PAGES)
def test_no_axe_violation(browser, base_url, output_dir, which, language):
    # axe-core is injected as a script: the test context bypasses the page's CSP for it only.
    context = browser.new_context(bypass_csp=True, locale="fr-FR")
    page = context.new_page()
    open_page(page, base_url, which, language)
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}})
    name = which.replace(" ", "-") + "-" + language
    (output_dir / f"axe-{name}.json").write_text(json.dumps(results.response, indent=2), encoding="utf-8")
    with open(output_dir / "axe-summary.txt", "a", encoding="utf-8") as summary:
        passes = len(results.response.get("passes", []))
        summary.write(f"{name}: {results.violations_count} violations, {passes} rules passed\n")
    assert results.violations_count == 0, results.generate_report()
    context.close()
