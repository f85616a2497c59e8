"""Checks the HTML report as a reader sees it, in headless Chromium driven by Selenium.

For every quote in the store's JSONL export, the text its highlights actually render (each
fragment's <mark>, joined in order) must equal the quote's text; every highlight must be
visible (a box on the page, a background or an underline); the page's script must finish and
log nothing to the console; and for the example documents written for the project, the text as
rendered (highlights shown as [[…]]) must equal examples/expected/report.txt.
Usage: check_report.py OUT_FOLDER CHROMIUM CHROMEDRIVER   (VERBATIM_UPDATE_EXPECTED=1 rewrites the file)
"""

import json
import os
import pathlib
import re
import sys

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

root = pathlib.Path(__file__).resolve().parent.parent
out, chromium, chromedriver = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3]
expected_path = root / "examples/expected/report.txt"
example_documents = ["ferry-timetable.txt", "orchard-vote.txt"]
failures = []


def check(condition, message):
    print(("  ok  " if condition else "  FAIL ") + message)
    if not condition:
        failures.append(message)


def fold(text):
    return " ".join(text.split())


options = webdriver.ChromeOptions()
options.binary_location = chromium
for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1200,1800"):
    options.add_argument(flag)
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
driver = webdriver.Chrome(service=Service(chromedriver), options=options)
try:
    driver.get((out / "report.html").resolve().as_uri())
    WebDriverWait(driver, 20).until(lambda d: d.execute_script("return document.body.dataset.ready") == "yes")
    marks = driver.execute_script(
        """
        return Array.prototype.map.call(document.querySelectorAll('mark.quote'), function (mark) {
          var box = mark.getBoundingClientRect(), style = getComputedStyle(mark);
          var painted = style.backgroundColor !== 'rgba(0, 0, 0, 0)' || parseFloat(style.borderBottomWidth) > 0;
          return {claim: mark.dataset.claim, part: Number(mark.dataset.part), text: mark.innerText,
                  visible: box.width > 0 && box.height > 0 && painted};
        });"""
    )
    rendered = driver.execute_script(
        """
        var texts = {};
        document.querySelectorAll('section.document').forEach(function (section) {
          var heading = section.querySelector('h2').innerText;
          var copy = section.querySelector('.text');
          if (!copy) { return; }
          copy = copy.cloneNode(true);
          copy.querySelectorAll('mark').forEach(function (mark) {
            mark.insertBefore(document.createTextNode('[['), mark.firstChild);
            mark.appendChild(document.createTextNode(']]'));
          });
          document.body.appendChild(copy);
          texts[heading] = copy.innerText;
          copy.remove();
        });
        return texts;"""
    )
    console = driver.get_log("browser")
    driver.save_screenshot(str(out / "report.png"))
finally:
    driver.quit()

claims = [line for line in map(json.loads, (out / "graph.jsonl").read_text().splitlines()) if line["type"] == "claim"]
highlighted = {}
for mark in marks:
    highlighted.setdefault(mark["claim"], []).append(mark)
print(f"  report: {len(marks)} highlights of {len(highlighted)} claims; {len(claims)} claims in the store")
check(not console, "no console messages" + ("" if not console else ": " + "; ".join(m["message"] for m in console[:3])))
check(all(mark["visible"] for mark in marks), "every highlight is drawn (a box, and a background or an underline)")
mismatches = []
for claim in claims:
    parts = sorted(highlighted.get(claim["id"], []), key=lambda mark: mark["part"])
    shown = fold(" ".join(mark["text"] for mark in parts))
    if shown != fold(claim["text"]):
        mismatches.append(f"{claim['id']}: shows {shown[:80]!r}, the quote is {fold(claim['text'])[:80]!r}")
check(not mismatches, f"each of the {len(claims)} quotes renders highlighted as exactly its words"
      + "".join("\n       " + m for m in mismatches[:8]))

sections = {name: text for name, text in rendered.items()}
wanted = [heading for heading in sections if heading in example_documents]
actual = "".join(f"== {heading}\n{sections[heading].strip()}\n\n" for heading in sorted(wanted))
if os.environ.get("VERBATIM_UPDATE_EXPECTED"):
    expected_path.write_text(actual)
expected = expected_path.read_text() if expected_path.exists() else ""
check(len(wanted) == len(example_documents) and actual == expected,
      f"the example documents render as {expected_path.relative_to(root)} says")
if actual != expected:
    (out / "report.txt").write_text(actual)
    print(f"       (rendered text in {out / 'report.txt'})")
check((out / "report.png").exists(), f"screenshot {out / 'report.png'}")
if failures:
    sys.exit(1)
