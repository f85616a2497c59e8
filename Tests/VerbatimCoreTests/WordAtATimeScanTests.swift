import Testing
import VerbatimCore

/// The text builder and the line index skip plain text eight bytes at a time; these tests check
/// them against byte-by-byte reference answers on texts whose spaces, tabs, line breaks,
/// no-break spaces and accented letters fall at every position of an eight-byte word.
@Suite("Word-at-a-time scans")
struct WordAtATimeScanTests {
  /// Deterministic texts built from pieces chosen by a linear congruential generator.
  private static func texts() -> [String] {
    let pieces = ["a", "bc", "defgh", " ", "  ", "\t", "\n", "\r\n", "\u{A0}", "é", "“", "ijklmnopq", ".", " x "]
    var state: UInt64 = 0x5DEE_CE66
    var texts: [String] = []
    for length in 1...60 {
      var text = ""
      for _ in 0..<length {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        text += pieces[Int(state >> 33) % pieces.count]
      }
      texts.append(text)
    }
    return texts
  }

  private static func isWhitespace(_ scalar: Unicode.Scalar) -> Bool {
    [" ", "\t", "\n", "\r", "\u{0C}", "\u{A0}"].contains(scalar)
  }

  @Test("copied text folds whitespace exactly as word by word would, and every byte maps home")
  func textBuilder() {
    for source in Self.texts() {
      let bytes = Array(source.utf8)
      var builder = TextBuilder()
      builder.beginBlock(.paragraph)
      builder.appendCopied(bytes[...], sourceStart: 0)
      builder.endBlock()
      let expected = source.unicodeScalars.split(whereSeparator: Self.isWhitespace)
        .map { String(String.UnicodeScalarView($0)) }.joined(separator: " ")
      #expect(builder.makeText() == expected, "\(source.debugDescription)")
      for (offset, byte) in builder.utf8.enumerated() {
        let start = builder.map.map(offset, isEnd: false)
        if byte == 0x20 {
          // A folded space starts at the whitespace run it stands for.
          #expect(bytes[start] == 0x20 || bytes[start] < 0x20 || bytes[start] == 0xC2, "\(source.debugDescription)")
        } else {
          #expect(bytes[start] == byte, "\(source.debugDescription) at \(offset)")
        }
      }
    }
  }

  @Test("lines and columns agree with counting byte by byte")
  func lineIndex() {
    for source in Self.texts() {
      let bytes = Array(source.utf8)
      let index = LineIndex(utf8: bytes)
      var line = 1
      var lineStart = 0
      for offset in bytes.indices {
        let column = bytes[lineStart..<offset].filter { $0 & 0xC0 != 0x80 }.count + 1
        #expect(index.lineAndColumn(ofByte: offset) == (line, column), "\(source.debugDescription) at \(offset)")
        let endsLine =
          bytes[offset] == 0x0A || (bytes[offset] == 0x0D && (offset + 1 == bytes.count || bytes[offset + 1] != 0x0A))
        if endsLine {
          line += 1
          lineStart = offset + 1
        }
      }
    }
  }
}
