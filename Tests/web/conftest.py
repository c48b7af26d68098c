"""Shared fixtures of the browser tests: the running server's address, Debian's Chromium, and
the folder where screenshots and reports go (gitignored)."""
import os
import pathlib

import pytest
from playwright.sync_api import sync_playwright

REPOSITORY = pathlib.Path(__file__).resolve().parents[2]
EXAMPLES = REPOSITORY / "examples"


@pytest.fixture(scope="session")
def base_url():
    url = os.environ.get("CONFORME_WEB_URL")
    if not url:
        pytest.fail("CONFORME_WEB_URL is not set: run scripts/web-tests.sh, which starts conforme-web")
    return url.rstrip("/")


@pytest.fixture(scope="session")
def output_dir():
    folder = pathlib.Path(os.environ.get("CONFORME_WEB_OUTPUT", REPOSITORY / ".test-output" / "web"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        # The Playwright browser download is not reachable here: Debian's Chromium instead.
        chromium = playwright.chromium.launch(
            executable_path=os.environ.get("CHROMIUM", "/usr/bin/chromium"),
            args=["--no-sandbox", "--disable-dev-shm-usage"],
        )
        yield chromium
        chromium.close()


def example_text(name):
    return (EXAMPLES / name).read_text(encoding="utf-8")
