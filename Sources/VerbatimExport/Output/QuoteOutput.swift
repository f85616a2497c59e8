public import VerbatimCore

/// A stretch of the file, end exclusive (`span.schema.json`).
public struct SpanOutput: Codable, Sendable, Hashable, JSONOutput {
  public var start: SourceLocation
  public var end: SourceLocation

  public init(_ span: SourceSpan) {
    start = span.start
    end = span.end
  }
}

/// An extracted quote, as `verbatim extract` prints it (`extract.schema.json`).
public struct QuoteOutput: Codable, Sendable, Hashable, JSONOutput {
  /// The document the quote was read from.
  public struct DocumentRef: Codable, Sendable, Hashable {
    public var id: String
    public var path: String
    public var title: String?
  }

  /// Words that mention something (the cue, the speaker), with their places.
  public struct MentionOutput: Codable, Sendable, Hashable {
    public var text: String
    public var spans: [SpanOutput]

    init(_ mention: Mention, in document: Document) {
      text = mention.text
      spans = mention.ranges.map { SpanOutput(document.span(of: $0)) }
    }
  }

  /// Who said it: resolved name, type, role and the words that name them.
  public struct SpeakerOutput: Codable, Sendable, Hashable {
    public var name: String?
    public var type: String
    public var role: String?
    public var identifier: String?
    public var mention: MentionOutput?
  }

  public var id: String
  public var document: DocumentRef
  public var kind: String
  public var text: String
  public var spans: [SpanOutput]
  public var cue: MentionOutput?
  public var speaker: SpeakerOutput
  public var confidence: Double
  public var sieve: String
  /// The rule that resolved the speaker; nil when there was no speaker mention to resolve.
  public var speakerRule: String?
  public var rule: String

  public init(_ quote: Quote, in document: Document) {
    id = quote.identifier(in: document)
    self.document = DocumentRef(id: document.id, path: document.path, title: document.metadata.title)
    kind = quote.kind.rawValue
    text = quote.text(in: document)
    spans = quote.fragments.map { SpanOutput(document.span(of: $0)) }
    cue = quote.cue.map { MentionOutput($0, in: document) }
    speaker = SpeakerOutput(
      name: quote.speaker.name, type: quote.speaker.type.rawValue, role: quote.speaker.role,
      identifier: quote.speaker.identifier,
      mention: quote.speaker.mention.map { MentionOutput($0, in: document) })
    confidence = quote.confidence
    sieve = quote.sieve.rawValue
    speakerRule = quote.speakerRule?.rawValue
    rule = quote.rule
  }
}
