import Foundation
import Testing
import VerbatimCore

/// Checks that a document's source map is exact: every block's span holds, in the file's own
/// bytes, the block's text (markup stripped, references decoded, whitespace aside), and its
/// line and column agree with its byte offset.
enum SourceCheck {
  static func verify(
    _ document: Document, file: [UInt8], decode: ([UInt8]) -> String = { String(decoding: $0, as: UTF8.self) },
    sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    #expect(!document.blocks.isEmpty, "no blocks in \(document.path)", sourceLocation: sourceLocation)
    for block in document.blocks {
      let span = document.span(of: block.range)
      let text = String(document.text(in: block.range))
      guard span.start.byte <= span.end.byte, span.end.byte <= file.count else {
        Issue.record("span \(span) out of the file for \(text.prefix(40))", sourceLocation: sourceLocation)
        continue
      }
      let slice = decode(Array(file[span.start.byte..<span.end.byte]))
      let found = document.format == .text ? slice : stripMarkup(slice)
      // Markup inside a block may hold skipped content (a citation mark): then the text must
      // still appear in order; otherwise exactly.
      let exact = document.format == .text || !slice.contains("<")
      #expect(
        exact ? squeeze(found) == squeeze(text) : isSubsequence(squeeze(text), of: squeeze(found)),
        "block text differs from its source in \(document.path): \(text.prefix(50))", sourceLocation: sourceLocation)
      verifyWords(of: block, in: document, file: file, decode: decode, sourceLocation: sourceLocation)
      let expected = lineAndColumn(of: span.start.byte, in: file, decode: decode)
      #expect(
        (span.start.line, span.start.column) == expected,
        "line/column of \(text.prefix(30)) in \(document.path)", sourceLocation: sourceLocation)
    }
  }

  /// Each word of a block maps to exactly that word in the file (after decoding references).
  static func verifyWords(
    of block: Block, in document: Document, file: [UInt8], decode: ([UInt8]) -> String,
    sourceLocation: Testing.SourceLocation
  ) {
    let utf8 = Array(document.text.utf8)
    var start = block.range.lowerBound
    while start < block.range.upperBound {
      while start < block.range.upperBound && utf8[start] == 0x20 { start += 1 }
      var end = start
      while end < block.range.upperBound && utf8[end] != 0x20 { end += 1 }
      guard end > start else { break }
      let word = String(decoding: utf8[start..<end], as: UTF8.self)
      let span = document.span(of: TextRange(start, end))
      let slice = decode(Array(file[span.start.byte..<span.end.byte]))
      let found = document.format == .text ? slice : stripMarkup(slice)
      let ok = slice.contains("<") ? isSubsequence(squeeze(word), of: squeeze(found)) : found == word
      #expect(ok, "word \"\(word)\" maps to \"\(slice)\" in \(document.path)", sourceLocation: sourceLocation)
      start = end
    }
  }

  static func isSubsequence(_ small: String, of large: String) -> Bool {
    var iterator = large.unicodeScalars.makeIterator()
    return small.unicodeScalars.allSatisfy { wanted in
      while let next = iterator.next() { if next == wanted { return true } }
      return false
    }
  }

  /// Tags and comments removed, character and entity references decoded.
  static func stripMarkup(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let open = rest.firstIndex(of: "<") {
      out += rest[..<open]
      let after = rest[open...]
      if after.hasPrefix("<!--"), let close = after.range(of: "-->") {
        rest = after[close.upperBound...]
      } else if let close = after.firstIndex(of: ">") {
        rest = after[after.index(after: close)...]
      } else {
        rest = after.dropFirst()
        out += "<"
      }
    }
    out += rest
    return decodeReferences(out)
  }

  static let named: [String: String] = [
    "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "copy": "©", "pound": "£",
    "eacute": "é", "mdash": "—", "ndash": "–", "rsquo": "’", "lsquo": "‘", "ldquo": "“", "rdquo": "”",
  ]

  static func decodeReferences(_ text: String) -> String {
    var out = ""
    var rest = Substring(text)
    while let amp = rest.firstIndex(of: "&") {
      out += rest[..<amp]
      let after = rest[rest.index(after: amp)...]
      if let semi = after.firstIndex(of: ";"), after.distance(from: after.startIndex, to: semi) <= 10 {
        let name = after[..<semi]
        var decoded: String?
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
          decoded = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        } else if name.hasPrefix("#") {
          decoded = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        } else {
          decoded = named[String(name)]
        }
        if let decoded {
          out += decoded
          rest = after[after.index(after: semi)...]
          continue
        }
      }
      out += "&"
      rest = after
    }
    return out + rest
  }

  static func squeeze(_ text: String) -> String {
    String(text.unicodeScalars.filter { !$0.properties.isWhitespace })
  }

  /// The 1-based line and column of a byte offset, counted afresh.
  static func lineAndColumn(of offset: Int, in file: [UInt8], decode: ([UInt8]) -> String) -> (Int, Int) {
    let before = decode(Array(file[..<offset]))
    var line = 1
    var column = 1
    var previousCR = false
    for scalar in before.unicodeScalars {
      if scalar == "\n" {
        if !previousCR { line += 1 }
        column = 1
      } else if scalar == "\r" {
        line += 1
        column = 1
      } else if scalar != "\u{FEFF}" {
        column += 1
      }
      previousCR = scalar == "\r"
    }
    return (line, column)
  }
}
