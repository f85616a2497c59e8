import Testing
import VerbatimCore
import VerbatimIngest

@Suite("HTML reader")
struct HTMLReaderTests {
  let document: Document

  init() throws { document = try Fixtures.read("examples/inputs/news-page.html") }

  @Test("metadata comes from JSON-LD first, following @id references to people")
  func metadata() {
    let metadata = document.metadata
    #expect(metadata.title == "Council approves & funds the riverside library")
    #expect(metadata.authors == ["Priya Nandakumar", "Tom Okafor"])
    #expect(metadata.published == "2024-03-14T09:30:00+00:00")
    #expect(metadata.modified == "2024-03-15T17:02:00+00:00")
    #expect(metadata.publisher == "The Millbrook Courier")
    #expect(metadata.url == "https://courier.example/news/2024/03/riverside-library")
    #expect(metadata.language == "en-GB")
  }

  @Test("the body keeps the article and drops navigation, cookie banner, share bar, related links, comments and footer")
  func body() {
    let text = document.text
    #expect(text.hasPrefix("Millbrook’s long-delayed riverside library will open in 2026"))
    for furniture in [
      "cookies", "Sport", "Share on social media", "Related stories", "potholes", "All rights reserved",
      "By Priya", "Council approves",
    ] {
      #expect(!text.contains(furniture), "\(furniture) should not be in the body")
    }
    #expect(text.contains("“I support a library. I do not support a blank cheque,” he told the meeting."))
    #expect(text.contains("18\u{A0}per cent") == false, "no-break spaces fold to spaces")
    #expect(text.contains("18 per cent"))
  }

  @Test("headings, block quotes and list items keep their kinds")
  func kinds() {
    let kinds = document.blocks.map(\.kind)
    #expect(kinds.filter { $0 == .heading }.count == 1)
    #expect(kinds.filter { $0 == .blockquote }.count == 1)
    #expect(kinds.filter { $0 == .listItem }.count == 2)
    let quote = document.blocks.first { $0.kind == .blockquote }!
    #expect(document.text(in: quote.range) == "Every child in Millbrook deserves a quiet place to read.")
  }

  @Test("<q> is inline: its words stay in the paragraph's text")
  func inlineQuotation() throws {
    #expect(document.text.contains("give us back our library"))
  }

  @Test("an article nested by the parser inside an unclosed <button> is still found")
  func misnested() throws {
    let paragraph = "The committee heard evidence for three hours before voting, and the chair thanked residents."
    let html =
      "<html><body><button class=\"menu\">Menu<div class=\"content\">"
      + String(repeating: "<p>\(paragraph)</p>", count: 8) + "</div></body></html>"
    let document = try Fixtures.read(bytes: Array(html.utf8), name: "nested.html")
    #expect(document.blocks.count == 8)
  }

  @Test("a title with the site's name after a bar loses the site's name")
  func titleSuffix() throws {
    let html = """
      <html><head><title>Bridge reopens after repairs | Valley Gazette</title>
      <meta property="og:site_name" content="Valley Gazette"></head>
      <body><article><p>The bridge over the Wey reopened on Monday after eight months of repairs to its arches.</p></article></body></html>
      """
    let document = try Fixtures.read(bytes: Array(html.utf8), name: "t.html")
    #expect(document.metadata.title == "Bridge reopens after repairs")
  }
}
