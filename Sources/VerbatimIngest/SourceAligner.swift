/// Finds where each text node of a parsed document stands in the decoded source bytes.
///
/// libxml2 reports neither byte offsets nor exact text positions, so the aligner walks the
/// source alongside the tree: from a cursor that only moves forward, it skips markup (tags,
/// comments, declarations) and matches the node's content against the source, accepting
/// character and entity references, normalised line ends, and markup the parser dropped
/// inside a run of text.
struct SourceAligner {
  let source: [UInt8]
  let isHTML: Bool
  /// Decodes a named entity (`amp`, `eacute`) to UTF-8, or nil when unknown.
  let namedEntity: ([UInt8]) -> [UInt8]?
  private(set) var cursor = 0
  /// How many candidate positions a text node may be searched at before it counts as lost.
  static let searchLimit = 1 << 16

  init(source: [UInt8], isHTML: Bool, namedEntity: @escaping ([UInt8]) -> [UInt8]?) {
    self.source = source
    self.isHTML = isHTML
    self.namedEntity = namedEntity
  }

  /// Places parsed text; on success the cursor moves past it.
  mutating func alignText(_ content: [UInt8]) -> [TextPiece]? {
    guard !content.isEmpty else { return [] }
    var position = cursor
    var attempts = 0
    while attempts < SourceAligner.searchLimit {
      position = nextTextPosition(from: position)
      guard position < source.count else { return nil }
      if let (pieces, end) = match(content, at: position, allowMarkup: true) {
        cursor = end
        return pieces
      }
      position += 1
      while position < source.count && source[position] & 0xC0 == 0x80 { position += 1 }
      attempts += 1
    }
    return nil
  }

  /// Places the content of a CDATA section, which is copied without decoding.
  mutating func alignCDATA(_ content: [UInt8]) -> [TextPiece]? {
    guard !content.isEmpty else { return [] }
    guard let open = find(Array("<![CDATA[".utf8), from: cursor) else { return nil }
    guard let (pieces, end) = match(content, at: open + 9, allowMarkup: false, decode: false) else {
      return nil
    }
    cursor = end
    return pieces
  }

  /// Moves past a raw-text element (`<script>`, `<style>`), whose content is never body text:
  /// to the end of its closing tag, if its start tag is next in the source.
  mutating func skipRawTextElement(named name: String) {
    let open = Array(("<" + name).utf8)
    let close = Array(("</" + name).utf8)
    var position = cursor
    // Only markup and whitespace may stand between the cursor and the start tag.
    while position < source.count {
      let byte = source[position]
      if byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C {
        position += 1
        continue
      }
      guard byte == UInt8(ascii: "<") else { return }
      if hasPrefix(open, at: position, ignoringCase: true) { break }
      guard let end = markupEnd(at: position) else { return }
      position = end
    }
    guard position < source.count, let closing = find(close, from: position + open.count, ignoringCase: true) else {
      return
    }
    cursor = tagEnd(from: closing + 2)
  }

  /// The first position at or after `start` that is text rather than markup.
  func nextTextPosition(from start: Int) -> Int {
    var position = start
    while position < source.count {
      guard source[position] == UInt8(ascii: "<"), let end = markupEnd(at: position) else {
        return position
      }
      position = end
    }
    return position
  }

  /// If a markup token (tag, comment, declaration, CDATA section) starts at `position`, where it
  /// ends; nil when the `<` there is text.
  func markupEnd(at position: Int) -> Int? {
    let count = source.count
    guard position + 1 < count else { return nil }
    let next = source[position + 1]
    if next == UInt8(ascii: "!") {
      if hasPrefix("<!--", at: position) {
        return (find(Array("-->".utf8), from: position + 4).map { $0 + 3 }) ?? count
      }
      if hasPrefix("<![CDATA[", at: position) {
        return (find(Array("]]>".utf8), from: position + 9).map { $0 + 3 }) ?? count
      }
      return (find([UInt8(ascii: ">")], from: position + 2).map { $0 + 1 }) ?? count
    }
    if next == UInt8(ascii: "?") {
      return (find([UInt8(ascii: ">")], from: position + 2).map { $0 + 1 }) ?? count
    }
    let nameStart = next == UInt8(ascii: "/") ? position + 2 : position + 1
    guard nameStart < count, isNameStart(source[nameStart]) else { return nil }
    return tagEnd(from: nameStart)
  }

  /// The end of a tag whose name starts at `start`: past its `>`, skipping quoted values.
  private func tagEnd(from start: Int) -> Int {
    var position = start
    var afterEquals = false
    let count = source.count
    while position < count {
      let byte = source[position]
      switch byte {
      case UInt8(ascii: ">"): return position + 1
      case UInt8(ascii: "="): afterEquals = true
      case UInt8(ascii: "\""), UInt8(ascii: "'"):
        if afterEquals {
          guard let close = find([byte], from: position + 1) else { return count }
          position = close
        }
        afterEquals = false
      case 0x20, 0x09, 0x0A, 0x0D, 0x0C: break
      default: afterEquals = false
      }
      position += 1
    }
    return count
  }

  /// Matches `content` against the source at `start`; returns its pieces and where it ends.
  private func match(
    _ content: [UInt8], at start: Int, allowMarkup: Bool, decode: Bool = true
  ) -> ([TextPiece], Int)? {
    var pieces: [TextPiece] = []
    var index = 0
    var position = start
    var runContent = 0
    var runSource = start
    let count = source.count
    func closeRun() {
      if index > runContent {
        pieces.append(TextPiece(content: runContent..<index, source: runSource..<position, isLinear: true))
      }
    }
    while index < content.count {
      guard position < count else { return nil }
      let byte = source[position]
      if byte == content[index] && (byte != UInt8(ascii: "&") || !decode) {
        index += 1
        position += 1
        continue
      }
      if byte == 0x0D && (content[index] == 0x0A) {
        let length = position + 1 < count && source[position + 1] == 0x0A ? 2 : 1
        closeRun()
        pieces.append(TextPiece(content: index..<index + 1, source: position..<position + length, isLinear: false))
        index += 1
        position += length
        runContent = index
        runSource = position
        continue
      }
      if decode && byte == UInt8(ascii: "&"), let (decoded, length) = reference(at: position),
        content.count - index >= decoded.count, content[index..<index + decoded.count].elementsEqual(decoded)
      {
        closeRun()
        pieces.append(
          TextPiece(content: index..<index + decoded.count, source: position..<position + length, isLinear: false))
        index += decoded.count
        position += length
        runContent = index
        runSource = position
        continue
      }
      if byte == content[index] {
        index += 1
        position += 1
        continue
      }
      if allowMarkup && byte == UInt8(ascii: "<") && index > 0, let end = markupEnd(at: position) {
        closeRun()
        position = end
        runContent = index
        runSource = position
        continue
      }
      return nil
    }
    closeRun()
    return (pieces, position)
  }

  /// A character or entity reference at `position` (which holds `&`): its UTF-8 and length.
  func reference(at position: Int) -> ([UInt8], Int)? {
    let count = source.count
    var index = position + 1
    guard index < count else { return nil }
    if source[index] == UInt8(ascii: "#") {
      index += 1
      var value: UInt32 = 0
      var digits = 0
      let hex = index < count && (source[index] | 0x20) == UInt8(ascii: "x")
      if hex { index += 1 }
      while index < count, digits < 8 {
        let byte = source[index]
        let digit: UInt32
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = UInt32(byte - 48)
        case UInt8(ascii: "a")...UInt8(ascii: "f") where hex: digit = UInt32(byte - 87)
        case UInt8(ascii: "A")...UInt8(ascii: "F") where hex: digit = UInt32(byte - 55)
        default: digit = 99
        }
        if digit == 99 { break }
        value = value * (hex ? 16 : 10) + digit
        digits += 1
        index += 1
      }
      guard digits > 0 else { return nil }
      let terminated = index < count && source[index] == UInt8(ascii: ";")
      guard terminated || isHTML else { return nil }
      if terminated { index += 1 }
      var scalar = value
      if scalar == 0 || scalar > 0x10FFFF || (0xD800...0xDFFF).contains(scalar) { scalar = 0xFFFD }
      var utf8: [UInt8] = []
      Transcoder.appendUTF8(scalar, to: &utf8)
      return (utf8, index - position)
    }
    let nameStart = index
    while index < count, index - nameStart < 32, isNameByte(source[index]) { index += 1 }
    guard index > nameStart, index < count, source[index] == UInt8(ascii: ";") else { return nil }
    guard let decoded = namedEntity(Array(source[nameStart..<index])) else { return nil }
    return (decoded, index + 1 - position)
  }

  private func hasPrefix(_ prefix: String, at position: Int) -> Bool {
    hasPrefix(Array(prefix.utf8), at: position, ignoringCase: false)
  }

  private func hasPrefix(_ prefix: [UInt8], at position: Int, ignoringCase: Bool) -> Bool {
    guard position + prefix.count <= source.count else { return false }
    for (offset, byte) in prefix.enumerated() {
      let found = source[position + offset]
      if found != byte && !(ignoringCase && found | 0x20 == byte | 0x20 && byte | 0x20 >= 0x61 && byte | 0x20 <= 0x7A) {
        return false
      }
    }
    return true
  }

  /// The first occurrence of `needle` at or after `start`.
  func find(_ needle: [UInt8], from start: Int, ignoringCase: Bool = false) -> Int? {
    guard let first = needle.first, start < source.count else { return nil }
    let folds = ignoringCase && first | 0x20 >= 0x61 && first | 0x20 <= 0x7A
    return source.withUnsafeBufferPointer { buffer -> Int? in
      var position = start
      let last = buffer.count - needle.count
      while position <= last {
        let byte = buffer[position]
        if byte == first || (folds && byte | 0x20 == first | 0x20) {
          if needle.count == 1 || hasPrefix(needle, at: position, ignoringCase: ignoringCase) { return position }
        }
        position += 1
      }
      return nil
    }
  }

  private func isNameStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") || byte == UInt8(ascii: "_")
      || byte >= 0x80
  }

  private func isNameByte(_ byte: UInt8) -> Bool {
    isNameStart(byte) || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9")) || byte == UInt8(ascii: "-")
      || byte == UInt8(ascii: ".") || byte == UInt8(ascii: ":")
  }
}
