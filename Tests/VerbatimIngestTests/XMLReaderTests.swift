import Testing
import VerbatimCore
import VerbatimIngest

@Suite("XML reader")
struct XMLReaderTests {
  @Test("TEI turns become utterances with their speakers resolved from the header")
  func tei() throws {
    let document = try Fixtures.read("examples/inputs/tei-interview.xml")
    let turns = document.blocks.filter { $0.kind == .utterance }
    #expect(turns.count == 5)
    #expect(
      turns.map(\.speaker) == [
        "Ruth Abernethy", "Joseph Whitlock", "Ruth Abernethy", "Joseph Whitlock", "JOSEPH WHITLOCK",
      ])
    #expect(turns[1].speakerID == "#JW")
    #expect(!document.text.contains("JOSEPH WHITLOCK"), "the speaker label is not part of what was said")
    #expect(document.metadata.title == "Interview with a flood warden")
    #expect(document.metadata.published == "2023-11-02")
    #expect(document.metadata.publisher == "Millbrook Oral History Project")
    #expect(!document.text.contains("Recorded at Millbrook Library"), "the header is not the text")
  }

  @Test("Hansard speeches are utterances of the named member, headings apart")
  func hansard() throws {
    let document = try Fixtures.read("examples/inputs/hansard-debate.xml")
    #expect(document.blocks.map(\.kind) == [.heading, .heading, .utterance, .utterance, .utterance, .utterance])
    #expect(document.blocks[3].speaker == "The Minister for Culture (Alan Brierley)")
    #expect(document.blocks[3].speakerID == "uk.org.publicwhip/person/90002")
    #expect(document.metadata.published == "2024-02-12")
    #expect(document.text.contains("£4.2 million"))
  }

  @Test("NITF: headline, byline, issue date and copyright holder; the body without its head")
  func nitf() throws {
    let document = try Fixtures.read("examples/inputs/nitf-story.xml")
    #expect(document.metadata.title == "Flood defences finished on time")
    #expect(document.metadata.authors == ["Samuel Adeyemi"])
    #expect(document.metadata.published == "2024-02-01")
    #expect(document.metadata.publisher == "Millbrook News Agency")
    #expect(document.blocks.count == 3)
    #expect(!document.text.contains("MILLBROOK"))
  }

  @Test("NewsML-G2 with inline NITF")
  func newsML() throws {
    let document = try Fixtures.read("examples/inputs/newsml-item.xml")
    #expect(document.metadata.title == "Library petition passes 3,000 names")
    #expect(document.metadata.authors == ["Grace Lindqvist"])
    #expect(document.metadata.published == "2024-03-05T11:15:00Z")
    #expect(document.blocks.count == 2)
  }

  @Test("JATS: title, contributors, date, DOI; body sections without the references")
  func jats() throws {
    let document = try Fixtures.read("examples/inputs/jats-article.xml")
    #expect(document.metadata.authors == ["Kwame Osei", "Fiona Hartley"])
    #expect(document.metadata.published == "2024-04-09")
    #expect(document.metadata.url == "https://doi.org/10.5555/jcs.2024.017")
    #expect(document.blocks.first?.kind == .heading)
    #expect(!document.text.contains("Some Book"))
  }

  @Test("Akoma Ntoso speeches resolve their speakers through the references")
  func akomaNtoso() throws {
    let document = try Fixtures.read("examples/inputs/akoma-ntoso-debate.xml")
    #expect(document.blocks.filter { $0.kind == .utterance }.map(\.speaker) == ["Margaret Ellery", "Dev Sharma"])
    #expect(!document.text.contains("The Leader"))
    #expect(document.metadata.published == "2024-03-13")
  }

  @Test("any other XML reads as text in document order, block elements as paragraphs")
  func generic() throws {
    let xml =
      "<log><entry><when>09:00</when><said>We open at ten &amp; close at four.</said></entry><entry><said>Nobody came.</said></entry></log>"
    let document = try Fixtures.read(bytes: Array(xml.utf8), name: "log.xml")
    #expect(document.text == "09:00\n\nWe open at ten & close at four.\n\nNobody came.")
    SourceCheck.verify(document, file: Array(xml.utf8))
  }

  @Test("malformed XML is refused with the line and the parser's reason")
  func malformed() {
    let xml = "<a>\n<b>text</a>"
    #expect {
      try Fixtures.read(bytes: Array(xml.utf8), name: "bad.xml")
    } throws: { error in
      let message = "\(error)"
      return message.contains("bad.xml") && message.contains("not well-formed") && message.contains("line 2")
    }
  }
}
