public import VerbatimCore

/// A read document, as `verbatim read` prints it (`read.schema.json`). The text and the blocks'
/// text share the document's storage (`TextSlice`), so a large document is not copied to print it.
public struct DocumentOutput: Encodable, Sendable, JSONOutput {
  /// Identity and metadata.
  public struct Header: Codable, Sendable, Hashable {
    public var id: String
    public var path: String
    public var format: String
    public var title: String?
    public var authors: [String]
    public var published: String?
    public var modified: String?
    public var publisher: String?
    public var url: String?
    public var language: String?
  }

  /// A paragraph, heading, quotation, list item, caption or transcript turn, with its place.
  public struct BlockOutput: Encodable, Sendable {
    public var kind: String
    public var speaker: String?
    public var speakerID: String?
    public var speakerRole: String?
    public var id: String?
    public var text: TextSlice
    public var start: SourceLocation
    public var end: SourceLocation
  }

  /// A problem met while reading, and where.
  public struct DiagnosticOutput: Codable, Sendable, Hashable {
    public var severity: String
    public var message: String
    public var at: SourceLocation?
  }

  public var document: Header
  public var text: TextSlice
  public var blocks: [BlockOutput]
  public var diagnostics: [DiagnosticOutput]

  public init(_ document: Document) {
    self.document = Self.header(document)
    text = TextSlice(document.text[...])
    blocks = document.blocks.map { block in
      let span = document.span(of: block.range)
      return BlockOutput(
        kind: block.kind.rawValue, speaker: block.speaker, speakerID: block.speakerID, speakerRole: block.speakerRole,
        id: block.turnID, text: TextSlice(document.text(in: block.range)),
        start: span.start, end: span.end)
    }
    diagnostics = document.diagnostics.map {
      DiagnosticOutput(severity: $0.severity.rawValue, message: $0.message, at: $0.location)
    }
  }

  /// The `document` member: identity and metadata.
  public static func header(_ document: Document) -> Header {
    let metadata = document.metadata
    return Header(
      id: document.id, path: document.path, format: document.format.rawValue, title: metadata.title,
      authors: metadata.authors, published: metadata.published, modified: metadata.modified,
      publisher: metadata.publisher, url: metadata.url, language: metadata.language)
  }
}
