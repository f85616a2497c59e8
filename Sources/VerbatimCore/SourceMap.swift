/// Maps any range of a document's text to where it stands in the source file: byte offsets in
/// the file's original encoding, and 1-based line and column.
///
/// Two layers: `textMap` takes text offsets to offsets in the *decoded* source (the file as
/// UTF-8), and `decodedMap` takes those to the file's own bytes (`nil` when the file was UTF-8).
public struct SourceMap: Sendable {
  public let textMap: OffsetMap
  public let decodedMap: OffsetMap?
  public let lines: LineIndex

  public init(textMap: OffsetMap, decodedMap: OffsetMap?, lines: LineIndex) {
    self.textMap = textMap
    self.decodedMap = decodedMap
    self.lines = lines
  }

  /// Where the text offset `offset` starts or ends a range in the source file.
  public func location(ofTextOffset offset: Int, isEnd: Bool) -> SourceLocation {
    location(ofDecodedOffset: textMap.map(offset, isEnd: isEnd), isEnd: isEnd)
  }

  /// The byte in the source file where the text offset `offset` starts or ends a range (its
  /// `location`'s byte, without finding its line and column).
  public func byte(ofTextOffset offset: Int, isEnd: Bool) -> Int {
    let decoded = textMap.map(offset, isEnd: isEnd)
    return decodedMap?.map(decoded, isEnd: isEnd) ?? decoded
  }

  /// The same for an offset in the decoded (UTF-8) source.
  public func location(ofDecodedOffset decoded: Int, isEnd: Bool) -> SourceLocation {
    let (line, column) = lines.lineAndColumn(ofByte: decoded)
    let byte = decodedMap?.map(decoded, isEnd: isEnd) ?? decoded
    return SourceLocation(byte: byte, line: line, column: column)
  }

  /// The source span of a range of the text.
  public func span(of range: TextRange) -> SourceSpan {
    let start = location(ofTextOffset: range.lowerBound, isEnd: false)
    if range.isEmpty { return SourceSpan(start: start, end: start) }
    return SourceSpan(start: start, end: location(ofTextOffset: range.upperBound, isEnd: true))
  }
}
