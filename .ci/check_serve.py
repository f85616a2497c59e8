"""Checks `verbatim serve` as a person uses it, in headless Chromium driven by Selenium.

Builds a store of the seed articles and a story whose quotes carry markup, starts the server on
a free loopback port, and then: validates the OpenAPI document (openapi-spec-validator) and the
API's answers against schemas/ (jsonschema); checks /api/v1/who-said and /api/v1/verify answer
exactly what the CLI prints; in the browser searches for a seed quote, opens its speaker,
verifies a true and a false quote (the verdicts the CLI gives), downloads the BibTeX list (parsed
with pybtex), and opens the story with markup (no script of it runs, no element of it appears,
nothing is logged to the console); uploads a file with the token; stops the server with SIGTERM
(it must exit 0). Screenshots: OUT/serve-*.png.
Usage: check_serve.py OUT_FOLDER VERBATIM CHROMIUM CHROMEDRIVER
"""

import json
import os
import pathlib
import re
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request

import jsonschema
import pybtex.database
import referencing
from openapi_spec_validator import validate as validate_openapi
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import WebDriverWait

root = pathlib.Path(__file__).resolve().parent.parent
out, verbatim, chromium, chromedriver = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
store = out / "serve.sqlite"
token = "check-serve-token-0123456789"
failures = []
TRUE_QUOTE = ("Thomas-Symonds", "the remarks that have been made are completely and utterly unacceptable")
FALSE_QUOTE = ("Keir Starmer", TRUE_QUOTE[1])


def check(condition, message):
    print(("  ok  " if condition else "  FAIL ") + message)
    if not condition:
        failures.append(message)


def cli(*arguments):
    result = subprocess.run([verbatim, *arguments, "--store", str(store)], capture_output=True, text=True)
    return result.stdout


def get(path):
    with urllib.request.urlopen(base + path, timeout=30) as response:
        return response.status, response.headers, response.read().decode("utf-8")


schemas = {}
for path in sorted((root / "schemas").glob("*.schema.json")):
    schemas[path.name] = json.loads(path.read_text())
registry = referencing.Registry().with_resources(
    (schema["$id"], referencing.Resource.from_contents(schema)) for schema in schemas.values()
)


def validate(schema_name, value, what):
    validator = jsonschema.Draft202012Validator(schemas[schema_name], registry=registry)
    errors = list(validator.iter_errors(value))
    check(not errors, f"{what} matches schemas/{schema_name}" + (f": {errors[0].message}" if errors else ""))


for name in ("serve.sqlite", "serve.sqlite-wal", "serve.sqlite-shm"):
    (out / name).unlink(missing_ok=True)
subprocess.run(
    [verbatim, "ingest", str(root / "seeds"), str(root / "Tests/VerbatimServerTests/Inputs"), "--store", str(store), "--quiet"],
    check=True,
)
server = subprocess.Popen(
    [verbatim, "serve", "--store", str(store), "--port", "0"],
    stderr=subprocess.PIPE, text=True, env={**os.environ, "VERBATIM_TOKEN": token},
)
log_lines = []
base = None
deadline = time.time() + 60
while base is None and time.time() < deadline:
    line = server.stderr.readline()
    if not line:
        break
    log_lines.append(line)
    found = re.search(r" at (http://127\.0\.0\.1:\d+)/", line)
    if found:
        base = found.group(1)
if base is None:
    print("".join(log_lines))
    server.kill()
    sys.exit("verbatim serve did not say where it listens")
print(f"  server at {base}")

try:
    # --- the API -------------------------------------------------------------------------------
    status, _, text = get("/api/v1/openapi.json")
    spec = json.loads(text)
    try:
        validate_openapi(spec)
        check(spec["openapi"].startswith("3.1"), "the OpenAPI document is valid OpenAPI 3.1 (openapi-spec-validator)")
    except Exception as error:  # the validator's own error says what is wrong
        check(False, f"the OpenAPI document is valid: {error}")
    words = "pretext to invade Gaza"
    _, _, text = get("/api/v1/who-said?" + urllib.parse.urlencode({"q": words}))
    check(text == cli("who-said", words, "--format", "json"), "/api/v1/who-said equals `verbatim who-said --format json`")
    validate("who-said.schema.json", json.loads(text), "/api/v1/who-said")
    for speaker, quote in (TRUE_QUOTE, FALSE_QUOTE):
        _, _, text = get("/api/v1/verify?" + urllib.parse.urlencode({"speaker": speaker, "q": quote}))
        check(text == cli("verify", "--speaker", speaker, quote, "--format", "json"), f"/api/v1/verify for {speaker} equals the CLI's")
        validate("verify.schema.json", json.loads(text), "/api/v1/verify")
    for path, schema in (
        ("/api/v1/said-by?speaker=Azhar+Ali", "said-by.schema.json"),
        ("/api/v1/variants", "variants.schema.json"),
        ("/api/v1/speakers", "speakers.schema.json"),
    ):
        validate(schema, json.loads(get(path)[2]), path)
    first = json.loads(get("/api/v1/who-said?q=dead+on+arrival")[2])[0]["claim"]
    validate("document.schema.json", json.loads(get("/api/v1/documents/" + first["document"]["id"])[2]), "/api/v1/documents/{id}")
    validate("trace.schema.json", json.loads(get("/api/v1/trace/" + first["id"])[2]), "/api/v1/trace/{claim}")
    request = urllib.request.Request(
        base + "/api/v1/documents?name=pier.txt", method="POST",
        data="“We will open the ferry pier in May,” said Tomas Reyes, the port director.\n".encode(),
        headers={"Authorization": "Bearer " + token, "Content-Type": "text/plain"},
    )
    with urllib.request.urlopen(request, timeout=60) as response:
        line = json.loads(response.read())
        check(response.status == 201 and line["status"] == "added", "an upload with the token is added (201)")
        validate("ingest.schema.json", line, "the upload's answer")
    try:
        urllib.request.urlopen(urllib.request.Request(base + "/api/v1/documents?name=x.txt", method="POST", data=b"x"))
        check(False, "an upload without the token is refused")
    except urllib.error.HTTPError as error:
        check(error.code == 401 and "error" in json.loads(error.read()), "an upload without the token is refused (401, JSON)")

    # --- the pages, in the browser -----------------------------------------------------------------
    downloads = out / "serve-downloads"
    downloads.mkdir(exist_ok=True)
    for old in downloads.iterdir():
        old.unlink()
    options = webdriver.ChromeOptions()
    options.binary_location = chromium
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1400"):
        options.add_argument(flag)
    options.add_experimental_option("prefs", {"download.default_directory": str(downloads.resolve())})
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(chromedriver), options=options)
    wait = WebDriverWait(driver, 20)
    try:
        driver.get(base + "/")
        box = driver.find_element(By.CSS_SELECTOR, "form.search input[name=q]")
        box.send_keys(TRUE_QUOTE[1])
        box.submit()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "ol.results li.claim"))
        results = driver.find_elements(By.CSS_SELECTOR, "ol.results li.claim")
        first_result = results[0].text
        check("Thomas-Symonds" in first_result and "completely and utterly unacceptable" in first_result,
              "searching a seed quote shows it first, with its speaker")
        check(driver.current_url.startswith(base + "/search?q="), "the search has a stable URL to paste")
        driver.save_screenshot(str(out / "serve-search.png"))

        driver.find_element(By.LINK_TEXT, "BibTeX").click()
        deadline = time.time() + 20
        while time.time() < deadline and not [p for p in downloads.iterdir() if p.suffix == ".bib"]:
            time.sleep(0.2)
        bib = [p for p in downloads.iterdir() if p.suffix == ".bib"]
        check(len(bib) == 1, "the BibTeX link downloads verbatim-citations.bib")
        if bib:
            entries = pybtex.database.parse_string(bib[0].read_text(), "bibtex").entries
            check(len(entries) >= 1 and any("unacceptable" in e.fields.get("note", "") for e in entries.values()),
                  f"the BibTeX download parses with pybtex ({len(entries)} entries) and cites the quote")

        speaker_link = results[0].find_element(By.CSS_SELECTOR, "a.speaker")
        speaker_name = speaker_link.text
        speaker_link.click()
        wait.until(lambda d: d.current_url.startswith(base + "/speakers/"))
        check(driver.find_element(By.TAG_NAME, "h1").text == speaker_name, f"the speaker link opens {speaker_name}'s page")
        check("Quotes over time" in driver.page_source and "Documents" in driver.page_source, "the speaker's page lists documents and quotes over time")
        driver.save_screenshot(str(out / "serve-speaker.png"))

        for (speaker, quote), name in ((TRUE_QUOTE, "true"), (FALSE_QUOTE, "false")):
            driver.get(base + "/verify")
            driver.find_element(By.CSS_SELECTOR, "form.verify input[name=speaker]").send_keys(speaker)
            driver.find_element(By.CSS_SELECTOR, "form.verify textarea[name=q]").send_keys(quote)
            driver.find_element(By.CSS_SELECTOR, "form.verify button").click()
            wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "#verdict .label"))
            shown = driver.find_element(By.CSS_SELECTOR, "#verdict .label").text
            expected = json.loads(cli("verify", "--speaker", speaker, quote, "--format", "json"))["verdict"]
            check(shown == expected, f"verifying the {name} quote shows the CLI's verdict ({expected})")
            driver.save_screenshot(str(out / f"serve-verify-{name}.png"))

        driver.get(base + "/search?q=dead+on+arrival")
        driver.find_element(By.CSS_SELECTOR, "ol.results li.claim a.document").click()
        wait.until(lambda d: d.find_elements(By.CSS_SELECTOR, "mark.quote"))
        state = driver.execute_script(
            """
            return {pwned: window.pwned === undefined ? null : window.pwned,
                    images: document.querySelectorAll('img').length,
                    scripts: Array.prototype.map.call(document.scripts, function (s) { return s.src; }),
                    shown: document.querySelector('main').innerText};"""
        )
        check(state["pwned"] is None, "no script from the story with markup ran")
        check(state["images"] == 0, "no element from the story with markup was made")
        check(state["scripts"] == [base + "/assets/verbatim.js"], "the page's only script is the server's own")
        check("<script>window.pwned = 1</script>" in state["shown"], "the markup in a quote shows as text")
        marks = driver.find_elements(By.CSS_SELECTOR, "mark.quote")
        marks[0].click()
        check(driver.find_element(By.ID, "details").text.startswith("Mira Okonde"), "the script shows a highlight's details")
        driver.save_screenshot(str(out / "serve-document.png"))
        driver.get(base + "/variants")
        console = driver.get_log("browser")
        check(not console, "nothing was logged to the console" + (f": {console[0]['message']}" if console else ""))
    finally:
        driver.quit()
finally:
    server.send_signal(15)
    try:
        code = server.wait(timeout=30)
    except subprocess.TimeoutExpired:
        server.kill()
        code = None
    rest = server.stderr.read()
    check(code == 0 and "Stopped." in rest, f"SIGTERM stops the server gracefully (exit {code})")
    check(token not in "".join(log_lines) + rest, "the token never appears in the server's log")

if failures:
    sys.exit(f"{len(failures)} check(s) of verbatim serve failed")
print(f"  screenshots in {out}/serve-*.png")
