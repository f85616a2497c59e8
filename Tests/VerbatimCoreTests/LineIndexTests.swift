import Testing
import VerbatimCore

@Suite("LineIndex")
struct LineIndexTests {
  @Test("LF, CRLF and CR each end a line")
  func lineEnds() {
    let index = LineIndex(utf8: Array("a\nb\r\nc\rd".utf8))
    #expect(index.lineCount == 4)
    #expect(index.lineAndColumn(ofByte: 0) == (1, 1))
    #expect(index.lineAndColumn(ofByte: 2) == (2, 1))
    #expect(index.lineAndColumn(ofByte: 5) == (3, 1))
    #expect(index.lineAndColumn(ofByte: 7) == (4, 1))
  }

  @Test("columns count Unicode scalars, not bytes")
  func scalarColumns() {
    let text = "é“x”\nz"
    let bytes = Array(text.utf8)
    let index = LineIndex(utf8: bytes)
    let x = bytes.firstIndex(of: UInt8(ascii: "x"))!
    #expect(index.lineAndColumn(ofByte: x) == (1, 3))
    #expect(index.lineAndColumn(ofByte: bytes.count - 1) == (2, 1))
  }

  @Test("columns on a long non-ASCII line are right past the checkpoints")
  func longLine() {
    let line = String(repeating: "ü", count: 5_000) + "!"
    let bytes = Array(line.utf8)
    let index = LineIndex(utf8: bytes)
    #expect(index.lineAndColumn(ofByte: bytes.count - 1) == (1, 5_001))
    #expect(index.startOfLine(1) == 0)
    #expect(index.startOfLine(2) == nil)
  }
}
