import Foundation
import Testing
import VerbatimCore
import VerbatimIngest

@Suite("Source map exactness")
struct SourceMapExactnessTests {
  static let documents =
    Fixtures.files(in: "seeds") + Fixtures.files(in: "examples/inputs")
    + ["examples/inputs/parlamint/ParlaMint-GB_2022-07-21-commons.xml"]

  @Test("every block of every seed and example maps to where its text stands in the file", arguments: documents)
  func blocksMapToTheirSource(_ file: String) throws {
    let document = try Fixtures.read(file)
    SourceCheck.verify(document, file: Fixtures.bytes(file))
  }

  @Test("the seeds' paragraphs start where the file's paragraphs start")
  func seedParagraphLines() throws {
    let document = try Fixtures.read("seeds/001_53e8c9973c9c1ad0.txt")
    #expect(
      document.blocks.map { document.span(of: $0.range).start.line } == Array(stride(from: 1, through: 25, by: 2)))
    let ends = document.blocks.map { document.span(of: $0.range).end }
    #expect(ends.allSatisfy { $0.line % 2 == 1 })
  }

  @Test("seed 002 has a paragraph a line, since it has no blank lines")
  func onePerLine() throws {
    let document = try Fixtures.read("seeds/002_8289b31687b0306b.txt")
    #expect(document.blocks.count == 17)
    #expect(document.blocks.map { document.span(of: $0.range).start.line } == Array(1...17))
  }

  @Test("an HTML entity maps to the whole reference")
  func entitySpan() throws {
    let document = try Fixtures.read("examples/inputs/news-page.html")
    let file = Fixtures.bytes("examples/inputs/news-page.html")
    let text = document.text
    let pound = try #require(text.utf8.firstIndex(of: 0xC2))  // "£" is C2 A3
    let offset = text.utf8.distance(from: text.utf8.startIndex, to: pound)
    let span = document.span(of: TextRange(offset, offset + 2))
    #expect(String(decoding: file[span.bytes], as: UTF8.self) == "&#163;")
  }

  @Test("a quoted span inside a paragraph maps into the paragraph's line")
  func innerSpan() throws {
    let document = try Fixtures.read("seeds/001_53e8c9973c9c1ad0.txt")
    let file = Fixtures.bytes("seeds/001_53e8c9973c9c1ad0.txt")
    let phrase = "for an online conspiracy theory."
    let range = try #require(document.text.range(of: phrase))
    let start = document.text.utf8.distance(from: document.text.utf8.startIndex, to: range.lowerBound)
    let span = document.span(of: TextRange(start, start + phrase.utf8.count))
    #expect(String(decoding: file[span.bytes], as: UTF8.self) == phrase)
    #expect(span.start.line == 13)
    #expect(span.start.column == 121)
  }
}
