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

  @Test("a button inside a sentence keeps its words (a name opening a side note); a control's label does not")
  func buttonInSentence() throws {
    let story = "The harbour will close for repairs in the spring, the board decided after a long meeting on Thursday."
    let html = """
      <html><body><div class="toolbar"><button aria-label="menu">Menu</button></div>
      <article><p>\(story)</p>
      <p>“The piers are older than anyone thought,” said harbour engineer<button class="sidenote-button" \
      title="Ilse Varga,">Ilse Varga,</button> the head of the works team. “We will need the whole season.”</p>
      <p>According to <button class="person-card"><span>Tomas Reyes</span></button>, who chairs the board, the \
      cost is not yet known. <button type="button">Show more</button></p>
      <p>\(story) <button class="copy"><svg></svg>Copy</button></p>
      <div><button class="share">Share</button><button class="print">Print</button></div>
      <p>\(story)</p></article></body></html>
      """
    let bytes = Array(html.utf8)
    let document = try Fixtures.read(bytes: bytes, name: "button.html")
    #expect(document.text.contains("said harbour engineer Ilse Varga, the head of the works team."))
    #expect(document.text.contains("According to Tomas Reyes, who chairs the board"))
    for label in ["Menu", "Show more", "Copy", "Share", "Print"] {
      #expect(!document.text.contains(label), "\(label) is a control's label, not article text")
    }
    SourceCheck.verify(document, file: bytes)
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
