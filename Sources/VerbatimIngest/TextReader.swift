internal import VerbatimCore

/// Reads plain text (and Markdown, as text): paragraphs on blank lines, or one a line when the
/// file has no blank lines and its lines read as paragraphs.
enum TextReader {
  static func read(_ decoded: DecodedSource, id: String, path: String) -> Document {
    let bytes = decoded.utf8
    let lines = lineRanges(bytes)
    let isBlank = lines.map { line in bytes[line].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0C } }
    let paragraphs =
      onePerLine(bytes, lines: lines, isBlank: isBlank)
      ? lines.indices.filter { !isBlank[$0] }.map { lines[$0] }
      : blankLineParagraphs(lines: lines, isBlank: isBlank)
    var builder = TextBuilder()
    bytes.withUnsafeBufferPointer { buffer in
      for paragraph in paragraphs {
        builder.beginBlock(.paragraph)
        builder.appendCopied(UnsafeBufferPointer(rebasing: buffer[paragraph]), sourceStart: paragraph.lowerBound)
        builder.endBlock()
      }
    }
    return Document(
      id: id, path: path, format: .text, text: builder.makeText(), blocks: builder.blocks,
      metadata: DocumentMetadata(), diagnostics: decoded.diagnostics,
      sourceMap: SourceMap(textMap: builder.map, decodedMap: decoded.toOriginal, lines: LineIndex(utf8: bytes)))
  }

  /// Each line's byte range, without its terminator (LF, CRLF or CR).
  static func lineRanges(_ bytes: [UInt8]) -> [Range<Int>] {
    var ranges: [Range<Int>] = []
    var start = 0
    var index = 0
    let count = bytes.count
    bytes.withUnsafeBufferPointer { buffer in
      while index < count {
        // Eight bytes with no line break at once.
        if index + 8 <= count && !ByteWords.hasLineBreak(ByteWords.load(buffer, at: index)) {
          index += 8
          continue
        }
        let byte = buffer[index]
        if byte == 0x0A || byte == 0x0D {
          ranges.append(start..<index)
          if byte == 0x0D && index + 1 < count && buffer[index + 1] == 0x0A { index += 1 }
          start = index + 1
        }
        index += 1
      }
    }
    if start < count { ranges.append(start..<count) }
    return ranges
  }

  /// Runs of non-blank lines, each run a paragraph spanning its lines.
  private static func blankLineParagraphs(lines: [Range<Int>], isBlank: [Bool]) -> [Range<Int>] {
    var paragraphs: [Range<Int>] = []
    var start: Int?
    var end = 0
    for (index, line) in lines.enumerated() {
      if isBlank[index] {
        if let first = start { paragraphs.append(first..<end) }
        start = nil
      } else {
        if start == nil { start = line.lowerBound }
        end = line.upperBound
      }
    }
    if let first = start { paragraphs.append(first..<end) }
    return paragraphs
  }

  /// A file without blank lines whose lines mostly end a sentence has a paragraph a line
  /// (newsroom copy often comes this way); hard-wrapped prose does not.
  private static func onePerLine(_ bytes: [UInt8], lines: [Range<Int>], isBlank: [Bool]) -> Bool {
    let content = lines.indices.filter { !isBlank[$0] }
    guard content.count > 1 else { return false }
    if zip(content, content.dropFirst()).contains(where: { $1 > $0 + 1 }) { return false }
    let enders: Set<UInt8> = [
      UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: "\""), UInt8(ascii: ":"),
      UInt8(ascii: "'"), 0x9D, 0x99,  // the last bytes of ” and ’
    ]
    let ending = content.filter { index in
      let line = lines[index]
      guard let last = bytes[line].last(where: { $0 != 0x20 && $0 != 0x09 }) else { return false }
      return enders.contains(last)
    }
    return ending.count * 2 >= content.count
  }
}
