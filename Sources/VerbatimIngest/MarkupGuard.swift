internal import VerbatimCore

/// Checks markup before libxml2 sees it, for what libxml2 2.9 handles badly: a tag with so
/// many attributes that its duplicate check takes minutes.
enum MarkupGuard {
  static func check(_ source: [UInt8], path: String, maxAttributes: Int, lines: SourceMap) throws(ReadError) {
    let scanner = SourceAligner(source: source, isHTML: true, namedEntity: { _ in nil })
    var position = 0
    var offending: Int?
    let count = source.count
    while position < count {
      guard let open = scanner.find([UInt8(ascii: "<")], from: position) else { break }
      guard let end = scanner.markupEnd(at: open) else {
        position = open + 1
        continue
      }
      let name = tagName(source, at: open + 1)
      if !name.isEmpty && attributeCount(source, from: open + 1 + name.count, to: end) > maxAttributes {
        offending = open
        break
      }
      position = end
      if name == "script" || name == "style" {
        position = scanner.find(Array("</\(name)".utf8), from: end, ignoringCase: true) ?? count
      }
    }
    if let offending {
      let at = lines.location(ofDecodedOffset: offending, isEnd: false)
      throw ReadError(
        path: path,
        reason:
          "line \(at.line): an element has more than \(maxAttributes) attributes; refused as hostile markup (raise the limit with --max-attributes)"
      )
    }
  }

  /// The lowercased name of a start tag beginning at `start` (empty for end tags and the rest).
  private static func tagName(_ source: [UInt8], at start: Int) -> String {
    var end = start
    while end < source.count {
      let byte = source[end] | 0x20
      guard (byte >= 0x61 && byte <= 0x7A) || (end > start && source[end] >= 0x30 && source[end] <= 0x39) else { break }
      end += 1
    }
    return String(decoding: source[start..<end], as: UTF8.self).lowercased()
  }

  /// Attribute names between `start` and `end` (a word after whitespace, outside quotes).
  private static func attributeCount(_ source: [UInt8], from start: Int, to end: Int) -> Int {
    var attributes = 0
    var quote: UInt8 = 0
    var inSpace = false
    var afterEquals = false
    for index in start..<end {
      let byte = source[index]
      if quote != 0 {
        if byte == quote { quote = 0 }
        continue
      }
      switch byte {
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        if afterEquals { quote = byte }
        afterEquals = false
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C:
        inSpace = true
      case UInt8(ascii: "="):
        afterEquals = true
        inSpace = false
      default:
        if inSpace && !afterEquals && byte != UInt8(ascii: "/") && byte != UInt8(ascii: ">") { attributes += 1 }
        inSpace = false
        afterEquals = false
      }
    }
    return attributes
  }
}
