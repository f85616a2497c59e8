import Testing
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// A file that is one line of several megabytes: read whole, quotes found with their places.
@Suite("A long single line")
struct LongLineTests {
  @Test("a 4 MB line is one paragraph on line 1, and a quote near its end has its column")
  func longLine() throws {
    // Filler with an odd number of stray marks (the kind of text that broke other tools),
    // then a real quotation with its cue near the end.
    let filler = String(repeating: "the council “will budget Gaza ’cut minister library it,” per cent ", count: 62_000)
    let tail = "Azhar Ali said: “We will keep the library open.” The end."
    let text = filler + tail
    let bytes = Array(text.utf8)
    #expect(bytes.count > 4_000_000)
    let document = try DocumentReader().read(bytes: bytes, path: "line.txt")
    #expect(document.blocks.count == 1)
    #expect(document.text.utf8.count == bytes.count)
    let last = document.span(of: document.blocks[0].range).end
    #expect(last.line == 1)
    #expect(last.byte == bytes.count)
    #expect(last.column == text.unicodeScalars.count + 1)

    let found = QuoteExtractor().extract(from: document)
    let quote = try #require(found.last { document.text(in: $0.fragments[0]) == "We will keep the library open." })
    #expect(quote.speaker.name == "Azhar Ali")
    let start = document.span(of: quote.fragments[0]).start
    let prefix = filler + "Azhar Ali said: “"
    #expect(start.line == 1)
    #expect(start.byte == prefix.utf8.count)
    #expect(start.column == prefix.unicodeScalars.count + 1)
  }

  @Test("hundreds of chained reporting clauses give a few bounded claims per stretch, not the rest of the text each")
  func chainedClauses() throws {
    let (document, found) = try quotes(in: String(repeating: "he said that she said that ", count: 1_000))
    let reported = found.filter { $0.kind == .indirect }
    #expect(!reported.isEmpty)
    // 6,000 words without a sentence end: cut every 400 tokens, at most 4 claims in each.
    #expect(reported.count <= 4 * (6_000 / 400 + 1))
    for quote in reported {
      let words = text(quote, document).split(separator: " ").count
      #expect(words < 400)
    }
  }
}
