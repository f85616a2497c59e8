import Testing
import VerbatimCore

@Suite("TextBuilder")
struct TextBuilderTests {
  private func build(_ source: String, paragraphs: [Range<Int>]) -> TextBuilder {
    var builder = TextBuilder()
    let bytes = Array(source.utf8)
    for paragraph in paragraphs {
      builder.beginBlock(.paragraph)
      builder.appendCopied(bytes[paragraph], sourceStart: paragraph.lowerBound)
      builder.endBlock()
    }
    return builder
  }

  @Test("whitespace folds to one space mapped to the run it replaced")
  func folding() {
    let source = "  one\n  two\t\tthree  "
    let builder = build(source, paragraphs: [0..<source.utf8.count])
    #expect(builder.makeText() == "one two three")
    #expect(builder.blocks.count == 1)
    // "two" starts at text offset 4 and source offset 8.
    #expect(builder.map.map(4, isEnd: false) == 8)
    // The space between "one" and "two" stands for "\n  ".
    #expect(builder.map.map(3, isEnd: false) == 5)
    #expect(builder.map.map(4, isEnd: true) == 8)
  }

  @Test("blocks are separated by a blank line that maps to nothing")
  func separators() {
    let source = "first\n\nsecond"
    let builder = build(source, paragraphs: [0..<5, 7..<13])
    #expect(builder.makeText() == "first\n\nsecond")
    #expect(builder.blocks.map(\.range) == [TextRange(0, 5), TextRange(7, 13)])
    #expect(builder.map.map(7, isEnd: false) == 7)
    #expect(builder.map.map(5, isEnd: true) == 5)
  }

  @Test("an empty block leaves nothing behind")
  func emptyBlock() {
    var builder = TextBuilder()
    builder.beginBlock(.heading)
    builder.appendBreak(source: 0..<1)
    #expect(builder.endBlock() == nil)
    #expect(builder.makeText().isEmpty)
  }

  @Test("a replacement keeps its whole source range")
  func replacement() {
    var builder = TextBuilder()
    builder.beginBlock(.paragraph)
    builder.appendCopied(Array("AT".utf8)[...], sourceStart: 0)
    builder.appendReplacement(Array("&".utf8), source: 2..<7)
    builder.appendCopied(Array("T".utf8)[...], sourceStart: 7)
    builder.endBlock()
    #expect(builder.makeText() == "AT&T")
    #expect(builder.map.map(2, isEnd: false) == 2)
    #expect(builder.map.map(3, isEnd: true) == 7)
  }
}
