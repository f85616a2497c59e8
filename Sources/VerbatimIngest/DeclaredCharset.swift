/// Finds the character encoding a document declares about itself, in its first bytes:
/// `<meta charset=…>`, `<meta http-equiv="Content-Type" content="…; charset=…">`, or an XML
/// declaration's `encoding="…"`.
enum DeclaredCharset {
  static let window = 4096

  static func find(in bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(window), as: UTF8.self).lowercased()
    if head.hasPrefix("<?xml"), let end = head.firstRange(of: "?>") {
      let declaration = head[..<end.lowerBound]
      if let value = value(after: "encoding", in: declaration) { return value }
    }
    var rest = head[...]
    while let meta = rest.firstRange(of: "<meta") {
      let tail = rest[meta.upperBound...]
      let tag = tail.prefix { $0 != ">" }
      if let value = value(after: "charset", in: tag) { return value }
      rest = tail
    }
    return nil
  }

  /// The value after `name` and `=` (quoted or not) in `text`.
  private static func value(after name: String, in text: Substring) -> String? {
    guard let found = text.firstRange(of: name) else { return nil }
    var rest = text[found.upperBound...].drop { $0 == " " }
    guard rest.first == "=" else { return nil }
    rest = rest.dropFirst().drop { $0 == " " || $0 == "\"" || $0 == "'" }
    let value = rest.prefix { !"\"'; />".contains($0) && !$0.isWhitespace }
    return value.isEmpty ? nil : String(value)
  }
}
