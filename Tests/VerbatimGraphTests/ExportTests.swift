import Foundation
import Testing
import VerbatimCore
import VerbatimGraph

@testable import VerbatimExport

/// Citation lists, provenance exports and the report, from a store of the seeds, the example
/// news page and the library texts. (`.ci/check-outputs` parses the same formats with their
/// standard tools.)
@Suite("Exports")
struct ExportTests {
  let fixtures: Fixtures

  init() throws {
    fixtures = try Fixtures()
    let newsPage = Fixtures.root.appendingPathComponent("examples/inputs/news-page.html").path
    try fixtures.ingest(
      Fixtures.seeds + [newsPage]
        + ["library-a.txt", "library-b.txt"].map { try fixtures.write($0, Fixtures.texts[$0]!) })
  }

  func entries(_ filter: ClaimFilter = ClaimFilter()) throws -> [CitationEntry] {
    CitationEntry.entries(of: try fixtures.store.select(filter))
  }

  @Test("a citation entry per quoted document, with metadata, stable unique keys and line locators")
  func citationEntries() throws {
    let all = try entries()
    #expect(all.count == 6)
    #expect(Set(all.map(\.key)).count == all.count)
    #expect(try entries().map(\.key) == all.map(\.key))
    let news = try #require(all.first { $0.document.path.hasSuffix("news-page.html") })
    #expect(news.key.hasPrefix("nandakumar2024council-"))
    #expect(news.type == .newspaperArticle)
    #expect(news.issued == [2024, 3, 14])
    #expect(news.authors.map { [$0.given, $0.family] } == [["Priya", "Nandakumar"], ["Tom", "Okafor"]])
    let seed = try #require(all.first { $0.document.path.hasSuffix("000_6c3cf16f04380acd.txt") })
    #expect(seed.title == "000_6c3cf16f04380acd")
    let gaza = try #require(seed.quotes.first { $0.text.contains("pretext to invade Gaza") })
    #expect(gaza.speaker == "Azhar Ali")
    #expect(gaza.line == 31)
    #expect(gaza.locator == "line 31, paragraph 16")
  }

  @Test("a selection by speaker, by document and by words")
  func selections() throws {
    let holloway = try fixtures.store.select(ClaimFilter(speaker: "Jane Holloway"))
    #expect(holloway.claims.count == 3)
    #expect(holloway.claims.allSatisfy { $0.speaker?.name == "Jane Holloway" })
    let second = try fixtures.store.select(ClaimFilter(document: "library-b.txt"))
    #expect(second.documents.count == 1 && second.claims.count == 2)
    let words = try fixtures.store.select(ClaimFilter(query: "close the library this year"))
    #expect(words.claims.filter { $0.speaker?.name == "Jane Holloway" }.count == 2)
    #expect(words.clusters.count == 1 && words.clusters[0].isAltered)
    #expect(try fixtures.store.select(ClaimFilter(speaker: "Nobody Atall")).claims.isEmpty)
  }

  @Test("BibTeX escapes LaTeX's specials and writes names family first")
  func bibtex() throws {
    #expect(BibTeX.escape("50% & $5_#1 {x} ~^ \\") == "50\\% \\& \\$5\\_\\#1 \\{x\\} \\~{}\\^{} \\textbackslash{}")
    let text = BibTeX.render(try entries(ClaimFilter(document: "news-page.html")))
    #expect(text.hasPrefix("@article{nandakumar2024council-"))
    #expect(text.contains("title = {{Council approves \\& funds the riverside library}}"))
    #expect(text.contains("author = {Nandakumar, Priya and Okafor, Tom}"))
    #expect(text.contains("journal = {The Millbrook Courier}"))
    #expect(text.contains("date = {2024-03-14}"))
  }

  @Test("RIS: CR LF lines, a note per quote, ER last")
  func ris() throws {
    let news = try entries(ClaimFilter(document: "news-page.html"))
    let lines = RIS.render(news).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(lines.first == "TY  - NEWS")
    #expect(lines.last == "ER  - ")
    #expect(lines.contains("AU  - Okafor, Tom"))
    #expect(lines.contains("DA  - 2024/03/14/"))
    #expect(lines.count { $0.hasPrefix("N1  - ") } == news[0].quotes.count)
  }

  @Test("CSV quotes what needs quoting and defuses formulas")
  func csv() throws {
    #expect(CSVCitations.field("plain") == "plain")
    #expect(CSVCitations.field("a, \"b\"") == "\"a, \"\"b\"\"\"")
    #expect(CSVCitations.field("=HYPERLINK(1)") == "'=HYPERLINK(1)")
    let rows = CSVCitations.render(try entries()).components(separatedBy: "\r\n").filter { !$0.isEmpty }
    #expect(rows[0] == CSVCitations.header.joined(separator: ","))
    #expect(rows.count == 1 + (try fixtures.store.select(ClaimFilter())).claims.count)
  }

  @Test("PROV-O: a claim attributed to its speaker, derived from its document; an altered copy quoted from the first")
  func provenance() throws {
    let graph = ProvenanceGraph.build(try fixtures.store.select(ClaimFilter(speaker: "Jane Holloway")))
    let prov = "http://www.w3.org/ns/prov#"
    let claims = graph.triples.filter { $0.predicate == prov + "value" }
    #expect(claims.count == 3)
    for claim in claims {
      #expect(graph.triples.contains { $0.subject == claim.subject && $0.predicate == prov + "wasAttributedTo" })
      #expect(graph.triples.contains { $0.subject == claim.subject && $0.predicate == prov + "wasDerivedFrom" })
    }
    let quoted = graph.triples.filter { $0.predicate == prov + "wasQuotedFrom" }
    #expect(quoted.count == 1)
    #expect(
      graph.triples.contains { $0.subject == quoted[0].subject && $0.predicate == ExportIRI.vocabulary + "variantOf" })
    let turtle = Turtle.render(graph)
    #expect(turtle.contains("prov:wasQuotedFrom <urn:verbatim:claim:"))
    #expect(turtle.contains("verbatim:alteration \"deletion: [not] → []\""))
    let nodes = JSONLD.value(graph)["@graph"]
    guard case .array(let items) = nodes else { Issue.record("no @graph"); return }
    #expect(items.count == Set(graph.triples.map(\.subject)).count)
  }

  @Test("Turtle escapes quotes, backslashes and line breaks in literals and odd characters in IRIs")
  func turtleEscapes() {
    #expect(Turtle.escape("He said \"no\"\\\n") == "He said \\\"no\\\"\\\\\\n")
    #expect(Turtle.escapeIRI("file:///a b/<c>") == "file:///a%20b/%3Cc%3E")
  }

  @Test("Web Annotation selectors quote the words with what stands around them, at their character positions")
  func webAnnotation() throws {
    let selection = try fixtures.store.select(ClaimFilter(document: "library-a.txt"))
    let document = selection.documents[0]
    let text = try #require(try fixtures.store.documentText(document.id))
    let collection = WebAnnotation.collection(selection, texts: [document.id: text])
    guard case .array(let items) = collection["first"]?["items"] else { Issue.record("no items"); return }
    #expect(items.count == selection.claims.count)
    let scalars = Array(text.unicodeScalars)
    let targets = items.flatMap { item -> [JSONValue] in
      guard case .array(let targets) = item["target"] else { return [] }
      return targets
    }
    #expect(targets.count >= items.count)
    for target in targets {
      guard case .array(let selectors) = target["selector"], selectors.count == 3 else {
        Issue.record("three selectors expected")
        continue
      }
      guard case .string(let exact) = selectors[0]["exact"], case .string(let prefix) = selectors[0]["prefix"],
        case .int(let start) = selectors[1]["start"], case .int(let end) = selectors[1]["end"]
      else {
        Issue.record("selector fields")
        continue
      }
      #expect(String(String.UnicodeScalarView(scalars[start..<end])) == exact)
      #expect(String(String.UnicodeScalarView(scalars[..<start])).hasSuffix(prefix))
    }
  }

  @Test("the report marks each quote with its speaker and escapes the document's markup")
  func report() throws {
    let path = try fixtures.write(
      "markup.txt", "Test <script>alert(1)</script>\n\nThe mayor, Ann Lee, said: “Roads <b>first</b> & always.”\n")
    try fixtures.ingest([path])
    let selection = try fixtures.store.select(ClaimFilter(document: "markup.txt"))
    let document = selection.documents[0]
    let page = HTMLReport.render(
      selection, texts: [document.id: try #require(try fixtures.store.documentText(document.id))])
    #expect(!page.contains("<script>alert"))
    #expect(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
    #expect(page.contains("data-speaker=\"Ann Lee\""))
    #expect(page.contains(">Roads &lt;b&gt;first&lt;/b&gt; &amp; always.</mark>"))
    #expect(page.components(separatedBy: "<mark class=\"quote").count - 1 == selection.claims.count)
  }
}
