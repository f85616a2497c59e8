/// An immutable document: normalised text, its blocks, metadata, diagnostics, and the source
/// map that traces every character back to the file it came from.
public struct Document: Sendable {
  /// `sha256:` and the hex digest of the file's bytes.
  public let id: String
  /// The path the document was read from (`-` for standard input).
  public let path: String
  public let format: DocumentFormat
  /// The body text: blocks separated by one blank line, whitespace folded, entities decoded.
  public let text: String
  public let blocks: [Block]
  public let metadata: DocumentMetadata
  public let diagnostics: [Diagnostic]
  public let sourceMap: SourceMap

  public init(
    id: String, path: String, format: DocumentFormat, text: String, blocks: [Block],
    metadata: DocumentMetadata, diagnostics: [Diagnostic],
    sourceMap: SourceMap
  ) {
    self.id = id
    self.path = path
    self.format = format
    self.text = text
    self.blocks = blocks
    self.metadata = metadata
    self.diagnostics = diagnostics
    self.sourceMap = sourceMap
  }

  /// The text of a range.
  public func text(in range: TextRange) -> Substring {
    let utf8 = text.utf8
    let start = utf8.index(utf8.startIndex, offsetBy: range.lowerBound)
    let end = utf8.index(start, offsetBy: range.count)
    return text[start..<end]
  }

  /// The source span of a range of the text.
  public func span(of range: TextRange) -> SourceSpan { sourceMap.span(of: range) }
}
