"""Checks Verbatim's outputs with the standard tool for each format (CI runs it via .ci/check-outputs).

JSON against the JSON Schemas in schemas/ (jsonschema, draft 2020-12); PROV-O in Turtle and
JSON-LD with rdflib (both parse, are the same graph, and answer questions right); BibTeX with
pybtex (parsed, and formatted by its BibTeX engine with the plain style); RIS with rispy; CSL-JSON
with citeproc-py (a bibliography and citations with line locators); CSV with Python's csv.
Usage: check_outputs.py OUT_FOLDER
"""

import csv
import io
import json
import pathlib
import sys

import jsonschema
import pybtex.database
import rdflib
import rdflib.compare
import referencing
import rispy
from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
from citeproc.source import Locator
from citeproc.source.json import CiteProcJSON
from pybtex.plugin import find_plugin

root = pathlib.Path(__file__).resolve().parent.parent
out = pathlib.Path(sys.argv[1])
failures = []


def check(condition, message):
    if condition:
        print("  ok  " + message)
    else:
        print("  FAIL " + message)
        failures.append(message)


# --- JSON Schemas -----------------------------------------------------------------------------
schemas = {}
for path in sorted((root / "schemas").glob("*.schema.json")):
    schema = json.loads(path.read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    schemas[path.name] = schema
registry = referencing.Registry().with_resources(
    (schema["$id"], referencing.Resource.from_contents(schema)) for schema in schemas.values()
)


def validate(schema_name, value, what):
    validator = jsonschema.Draft202012Validator(schemas[schema_name], registry=registry)
    errors = sorted(validator.iter_errors(value), key=lambda e: e.path)
    detail = "" if not errors else f": {errors[0].message} at {list(errors[0].absolute_path)}"
    check(not errors, f"{what} matches schemas/{schema_name}{detail}")


def lines(path):
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


print("JSON Schemas")
for path in sorted(out.glob("read-*.json")):
    validate("read.schema.json", json.loads(path.read_text()), path.name)
quotes = lines(out / "seed-quotes.jsonl")
check(len(quotes) >= 15, f"{len(quotes)} quotes extracted from the seeds")
for quote in quotes:
    validate("extract.schema.json", quote, f"extract line {quote['id']}")
for line in lines(out / "ingest.jsonl"):
    validate("ingest.schema.json", line, "ingest line " + line.get("path", "summary"))
validate("who-said.schema.json", json.loads((out / "who-said.json").read_text()), "who-said.json")
validate("said-by.schema.json", json.loads((out / "said-by.json").read_text()), "said-by.json")
validate("verify.schema.json", json.loads((out / "verify.json").read_text()), "verify.json")
validate("speakers.schema.json", json.loads((out / "speakers.json").read_text()), "speakers.json")
record = json.loads((out / "verify-record.json").read_text())
validate("verify.schema.json", record, "verify-record.json")
check(record["againstRecord"] and record["evidence"][0]["claim"]["record"], "verify gives its verdict against the record")
variants = json.loads((out / "variants.json").read_text())
validate("variants.schema.json", variants, "variants.json")
check(len(variants) >= 1, "variants.json lists the altered quote")
validate("trace.schema.json", json.loads((out / "trace.json").read_text()), "trace.json")
split_trace = json.loads((out / "trace-split.json").read_text())
validate("trace.schema.json", split_trace, "trace-split.json")
split_claim = next(v["claim"] for v in split_trace["versions"] if v["claim"]["document"]["path"].endswith("bridge-split.txt"))
check([f["text"] for f in split_claim["fragments"]] == ["The bridge will stay open,", "and the repairs will be paid for in full."]
      and [c["text"] for c in split_claim["cueSpans"]] == ["said"] and split_claim["cueSpans"][0]["start"]["line"] == 3,
      "trace --format json of the split quotation lists its two fragments and the cue's place")
split_line = next(line for line in lines(out / "graph.jsonl") if line["type"] == "claim" and line["id"] == split_claim["id"])
check(len(split_line["fragments"]) == 2 and split_line["cueSpans"] == split_claim["cueSpans"],
      "export --format jsonl lists the split quotation's two fragments and the cue's place")
check("2 fragments at 3:2–3:28, 3:60–3:101 · cue said at 3:43–3:47" in (out / "trace-split.txt").read_text(),
      "trace shows the fragments and the cue's place")
citations = json.loads((out / "citations.json").read_text())
validate("citations.csl-json.schema.json", citations, "citations.json (CSL-JSON)")
graph_lines = lines(out / "graph.jsonl")
for line in graph_lines:
    validate("export.jsonl.schema.json", line, f"graph.jsonl {line['type']} line")
annotations = json.loads((out / "annotations.json").read_text())
validate("web-annotation.schema.json", annotations, "annotations.json (Web Annotation)")
validate("claimreview.schema.json", json.loads((out / "claimreview.json").read_text()), "claimreview.json")

# --- Web Annotation selectors anchor in the text and in the file ------------------------------
print("Web Annotation anchors")
texts = {}
for path in sorted(out.glob("read-*.json")):
    document = json.loads(path.read_text())
    texts[document["document"]["path"]] = (document["text"], pathlib.Path(document["document"]["path"]).read_bytes())
claims_by_iri = {"urn:verbatim:claim:" + line["id"]: line for line in graph_lines if line["type"] == "claim"}
anchored = 0
split = 0
for item in annotations["first"]["items"]:
    claim = claims_by_iri.get(item["id"])
    targets = item["target"]
    if claim and len(claim["fragments"]) > 1:
        split += 1
    # Each target is one fragment of the quote: its exact words, never the cue or the speaker.
    if claim:
        exacts = [next((s["exact"] for s in t["selector"] if s["type"] == "TextQuoteSelector"), None) for t in targets]
        fragments = [f["text"] for f in claim["fragments"]]
        others = [(p["start"]["byte"], p["end"]["byte"]) for p in claim["cueSpans"] + claim["speakerSpans"]]
        datas = [next(s for s in t["selector"] if s["type"] == "DataPositionSelector") for t in targets]
        overlaps = [d for d in datas for a, b in others if d["start"] < b and a < d["end"]]
        if (None not in exacts and exacts != fragments) or overlaps:
            check(False, f"annotation {item['id']}: targets {exacts} are the fragments {fragments}, no cue or speaker inside")
    for target in targets:
        source = target["source"]
        if not source.startswith("file://"):
            continue
        path = source[len("file://"):].replace("%20", " ")
        if path not in texts:
            continue
        text, raw = texts[path]
        selectors = {s["type"]: s for s in target["selector"]}
        quote, position, data = (selectors.get(k) for k in ("TextQuoteSelector", "TextPositionSelector", "DataPositionSelector"))
        ok = text[position["start"]:position["end"]] == quote["exact"]
        ok = ok and text[: position["start"]].endswith(quote["prefix"]) and text[position["end"]:].startswith(quote["suffix"])
        words = quote["exact"].split()
        ok = ok and words[0].encode() in raw[data["start"]:data["end"]] and words[-1].encode() in raw[data["start"]:data["end"]]
        anchored += ok
        if not ok:
            check(False, f"annotation {item['id']} anchors where its words are")
check(split >= 3, f"{split} split quotations annotated fragment by fragment, each target exactly a fragment")
check(anchored >= 15, f"{anchored} annotation targets anchored by words, character positions and bytes")

# --- PROV-O -----------------------------------------------------------------------------------
print("PROV-O")
turtle = rdflib.Graph().parse(out / "provenance.ttl", format="turtle")
jsonld = rdflib.Graph().parse(out / "provenance.jsonld", format="json-ld")
check(len(turtle) > 100, f"Turtle parses: {len(turtle)} triples")
check(rdflib.compare.isomorphic(turtle, jsonld), "JSON-LD parses to the same graph as the Turtle")
claims = [line for line in graph_lines if line["type"] == "claim"]
prov_claims = set(turtle.subjects(rdflib.RDF.type, rdflib.URIRef("urn:verbatim:vocab:Claim")))
check(len(prov_claims) == len(claims), f"{len(prov_claims)} claims in PROV-O, {len(claims)} in the JSONL export")
answers = turtle.query(
    """
    PREFIX prov: <http://www.w3.org/ns/prov#>
    PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
    SELECT DISTINCT ?name ?line WHERE {
      ?claim prov:value ?text ; prov:wasAttributedTo ?speaker ; <urn:verbatim:vocab:line> ?line .
      ?speaker a prov:Agent ; rdfs:label ?name .
      FILTER(CONTAINS(?text, "pretext to invade Gaza"))
    }"""
)
said = {(str(name), int(line)) for name, line in answers}
check(("Azhar Ali", 31) in said and ("Azhar Ali", 3) in said, f"SPARQL: 'pretext to invade Gaza' was said by {sorted(said)}")
prov = rdflib.Namespace("http://www.w3.org/ns/prov#")
check(any(turtle.triples((None, prov.wasRevisionOf, None))), "a new version of a file is prov:wasRevisionOf the old")
check(any(turtle.triples((None, prov.wasQuotedFrom, None))), "a quote's later appearance prov:wasQuotedFrom its first")
check(any(turtle.triples((None, rdflib.URIRef("urn:verbatim:vocab:variantOf"), None))), "an altered quote is verbatim:variantOf")
check(any(turtle.triples((None, rdflib.URIRef("urn:verbatim:vocab:copyOf"), None))), "a copied story is verbatim:copyOf")
split_iri = rdflib.URIRef("urn:verbatim:claim:" + split_claim["id"])
vocab = rdflib.Namespace("urn:verbatim:vocab:")
split_parts = sorted((int(turtle.value(p, vocab.order)), str(turtle.value(p, vocab.text)), int(turtle.value(p, vocab.column)))
                     for p in turtle.objects(split_iri, vocab.fragment))
cue_lines = [int(turtle.value(p, vocab.line)) for p in turtle.objects(split_iri, vocab.cueSpan)]
check([text for _, text, _ in split_parts] == ["The bridge will stay open,", "and the repairs will be paid for in full."]
      and [column for _, _, column in split_parts] == [2, 60] and cue_lines == [3],
      "PROV-O: the split quotation has two verbatim:fragment parts with their places, and its cue's place")
wikidata = rdflib.URIRef("http://www.wikidata.org/entity/Q900000001")
check((None, rdflib.OWL.sameAs, wikidata) in turtle, "a people file's Wikidata id is owl:sameAs on its speaker")
check(
    any(q.get("speakerWikidata") == "Q900000001" for item in citations for q in item["custom"]["quotes"]),
    "CSL-JSON gives the speaker's Wikidata id",
)

# --- BibTeX -----------------------------------------------------------------------------------
print("BibTeX")
bibliography = pybtex.database.parse_file(out / "citations.bib", bib_format="bibtex")
check(len(bibliography.entries) == len(citations), f"pybtex parses {len(bibliography.entries)} entries, one per CSL item")
check(sorted(bibliography.entries.keys()) == sorted(item["id"] for item in citations), "BibTeX keys are the CSL ids")
news = [entry for entry in bibliography.entries.values() if entry.type == "article"]
check(any("\\&" in entry.fields["title"] for entry in news), "a title's & is escaped as \\&")
check(
    any([str(p) for p in entry.persons.get("author", [])] == ["Nandakumar, Priya", "Okafor, Tom"] for entry in news),
    "authors parse as family, given",
)
style = find_plugin("pybtex.style.formatting", "plain")()
formatted = list(style.format_entries(bibliography.entries.values()))
rendered = [entry.text.render(find_plugin("pybtex.backends", "text")()) for entry in formatted]
check(any("Council approves" in text and "Courier" in text for text in rendered), "pybtex's plain style formats the entries")

# --- RIS --------------------------------------------------------------------------------------
print("RIS")
records = rispy.loads((out / "citations.ris").read_text())
check(len(records) == len(citations), f"rispy reads {len(records)} records")
check({record["type_of_reference"] for record in records} <= {"NEWS", "ELEC", "GEN"}, "record types are NEWS, ELEC, GEN")
check(any(record.get("authors") == ["Nandakumar, Priya", "Okafor, Tom"] for record in records), "RIS authors read back")
check(sum(len(record.get("notes", [])) for record in records) == sum(len(item["custom"]["quotes"]) for item in citations),
      "one RIS note per quote")

# --- CSL-JSON through a CSL processor ---------------------------------------------------------
print("CSL-JSON")
plain_items = [{k: v for k, v in item.items() if k != "custom"} for item in citations]
source = CiteProcJSON(plain_items)
style_path = next(pathlib.Path(__import__("citeproc").__file__).parent.glob("data/styles/*.csl"))
bibliography = CitationStylesBibliography(CitationStylesStyle(str(style_path), validate=False), source, formatter.plain)
cited = []
for item in citations:
    for quote in item["custom"]["quotes"][:1]:
        citation = Citation([CitationItem(item["id"], locator=Locator(quote["label"], quote["locator"]))])
        bibliography.register(citation)
        cited.append(citation)
texts_out = [str(bibliography.cite(c, lambda _: None)) for c in cited]
entries = [str(entry) for entry in bibliography.bibliography()]
check(len(entries) == len(citations), f"citeproc-py renders {len(entries)} bibliography entries")
check(any("Council approves" in entry for entry in entries), "the news page's entry carries its title")
check(all(texts_out), f"citations with line locators render: {texts_out[:2]}")

# --- CSV --------------------------------------------------------------------------------------
print("CSV")
rows = list(csv.DictReader(io.StringIO((out / "citations.csv").read_text(), newline="")))
check(len(rows) == sum(len(item["custom"]["quotes"]) for item in citations), f"{len(rows)} CSV rows, one per quote")
check(any(row["speaker"] == "Azhar Ali" and row["line"] == "31" for row in rows), "Azhar Ali's quote on line 31 is a row")

if failures:
    print(f"{len(failures)} check(s) failed")
    sys.exit(1)
print("every output parsed by its standard tool")
