import Foundation
import Testing
import VerbatimCore
import VerbatimIngest

@Suite("Encodings")
struct EncodingTests {
  let story = "Café owner said: “We’re open.”\r\n\r\nSecond paragraph — here."

  @Test("UTF-8 with a byte-order mark: offsets count the mark")
  func utf8BOM() throws {
    let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array(story.utf8)
    let document = try Fixtures.read(bytes: bytes, name: "bom.txt")
    #expect(document.text == "Café owner said: “We’re open.”\n\nSecond paragraph — here.")
    #expect(document.span(of: document.blocks[0].range).start == SourceLocation(byte: 3, line: 1, column: 1))
    SourceCheck.verify(document, file: bytes, decode: { String(decoding: $0, as: UTF8.self) })
  }

  @Test("UTF-16 little- and big-endian, with a byte-order mark", arguments: [false, true])
  func utf16(bigEndian: Bool) throws {
    let units = Array(story.utf16)
    var bytes: [UInt8] = bigEndian ? [0xFE, 0xFF] : [0xFF, 0xFE]
    for unit in units {
      let pair = [UInt8(unit & 0xFF), UInt8(unit >> 8)]
      bytes += bigEndian ? pair.reversed() : pair
    }
    let document = try Fixtures.read(bytes: bytes, name: "utf16.txt")
    #expect(document.blocks.count == 2)
    #expect(document.text.hasPrefix("Café owner said"))
    let second = document.span(of: document.blocks[1].range)
    #expect(second.start.line == 3)
    #expect(second.start.byte == 2 + 2 * (story.utf16.count - "Second paragraph — here.".utf16.count))
    let decode: ([UInt8]) -> String = { slice in
      var units: [UInt16] = []
      var index = slice.startIndex
      while index + 1 < slice.endIndex {
        let (a, b) = (UInt16(slice[index]), UInt16(slice[index + 1]))
        units.append(bigEndian ? a << 8 | b : b << 8 | a)
        index += 2
      }
      return String(decoding: units, as: UTF16.self)
    }
    SourceCheck.verify(document, file: bytes, decode: decode)
  }

  @Test("UTF-16 without a byte-order mark is recognised, with a warning")
  func utf16WithoutBOM() throws {
    let bytes = Array("Plain words in UTF-16 without a mark.".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
    let document = try Fixtures.read(bytes: bytes, name: "nobom.txt")
    #expect(document.text == "Plain words in UTF-16 without a mark.")
    #expect(document.diagnostics.contains { $0.message.contains("no byte-order mark") })
  }

  @Test("undeclared windows-1252 is read as such, and offsets stay in its single bytes")
  func windows1252() throws {
    // “Hello” — café  in windows-1252: 93 48 65 6C 6C 6F 94 20 97 20 63 61 66 E9
    let bytes: [UInt8] = [0x93] + Array("Hello".utf8) + [0x94, 0x20, 0x97, 0x20] + Array("caf".utf8) + [0xE9]
    let document = try Fixtures.read(bytes: bytes, name: "legacy.txt")
    #expect(document.text == "“Hello” — café")
    #expect(document.diagnostics.contains { $0.message.contains("windows-1252") })
    let cafe = try #require(document.text.range(of: "café"))
    let start = document.text.utf8.distance(from: document.text.utf8.startIndex, to: cafe.lowerBound)
    let span = document.span(of: TextRange(start, start + "café".utf8.count))
    #expect(span.bytes == 10..<14)
    #expect(span.start.column == 11)
  }

  @Test("a <meta charset> that claims windows-1252 for UTF-8 bytes is overruled, with a warning")
  func lyingMeta() throws {
    let html =
      "<html><head><meta charset=\"windows-1252\"></head><body><p>Zoë said “yes” to the plan.</p></body></html>"
    let document = try Fixtures.read(bytes: Array(html.utf8), name: "lie.html")
    #expect(document.text == "Zoë said “yes” to the plan.")
    #expect(document.diagnostics.contains { $0.message.contains("bytes are UTF-8") })
  }

  @Test("a <meta charset> of windows-1252 is honoured when the bytes are not UTF-8")
  func honestMeta() throws {
    let bytes =
      Array("<html><head><meta charset=\"windows-1252\"></head><body><p>Zo".utf8) + [0xEB]
      + Array(" said yes.</p></body></html>".utf8)
    let document = try Fixtures.read(bytes: bytes, name: "latin.html")
    #expect(document.text == "Zoë said yes.")
    SourceCheck.verify(
      document, file: bytes,
      decode: { bytes in
        String(bytes.map { Character(Unicode.Scalar($0)) })
      })
  }

  @Test("CR and CRLF line ends split paragraphs like LF")
  func lineEnds() throws {
    for separator in ["\r\r", "\r\n\r\n", "\n\n"] {
      let text = "One line\(separator.prefix(separator.count / 2))continues.\(separator)Two."
      let document = try Fixtures.read(bytes: Array(text.utf8), name: "ends.txt")
      #expect(document.text == "One line continues.\n\nTwo.")
      #expect(document.span(of: document.blocks[1].range).start.line == 4)
    }
  }
}
