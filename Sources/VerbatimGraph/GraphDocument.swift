public import VerbatimCore

/// One document as the graph takes it in: its identity and metadata and its claims, each with
/// the folded words and fingerprints that matching needs. Built on any core, stored by one writer.
public struct GraphDocument: Sendable {
  public var id: String
  public var path: String
  public var format: DocumentFormat
  public var metadata: DocumentMetadata
  /// The folded text's key: two files with the same words (a wire story saved twice) share it.
  public var textKey: String
  /// The normalised text the claims were read from, kept for exports and the report.
  public var text: String
  public var claims: [GraphClaim]

  public init(document: Document, quotes: [Quote]) {
    id = document.id
    path = document.path
    format = document.format
    metadata = document.metadata
    let words = ClaimWords(document.text).words
    textKey = String(UInt64(bitPattern: Fingerprints.hash(words[...])), radix: 16)
    text = document.text
    claims = quotes.map { GraphClaim(quote: $0, in: document) }
  }

  public init(
    id: String, path: String, format: DocumentFormat, metadata: DocumentMetadata, textKey: String,
    text: String = "", claims: [GraphClaim]
  ) {
    self.text = text
    self.id = id
    self.path = path
    self.format = format
    self.metadata = metadata
    self.textKey = textKey
    self.claims = claims
  }
}

/// A quote or claim ready for the store: text, folded words, speaker, rule and its place in the file.
public struct GraphClaim: Sendable {
  public var key: String
  public var kind: QuoteKind
  public var text: String
  public var words: ClaimWords
  public var speakerName: String?
  public var speakerType: SpeakerType
  /// What the document calls the speaker ("shadow minister"), if anything.
  public var speakerRole: String?
  /// The source's reference to the speaker (a transcript's `#DavidRutley`), if any.
  public var speakerIdentifier: String?
  /// The transcript turn's own id (`xml:id`), for a claim that is a turn.
  public var turnID: String?
  /// The speaker as written next to the quote, and where.
  public var speakerMention: String?
  public var speakerSpan: SourceSpan?
  public var cue: String?
  public var rule: String
  public var confidence: Double
  public var span: SourceSpan
  /// Where the claim stands in the document's normalised text, first fragment to last.
  public var extent: TextRange?
  /// The 1-based number of the block (paragraph, heading, turn) the claim starts in.
  public var paragraph: Int?
  /// Each fragment of what was said, the cue's words and the speaker's as written, with their places.
  public var fragments: [ClaimSpan] = []
  public var cueSpans: [ClaimSpan] = []
  public var speakerSpans: [ClaimSpan] = []

  public init(quote: Quote, in document: Document) {
    key = quote.identifier(in: document)
    kind = quote.kind
    text = quote.text(in: document)
    words = ClaimWords(text)
    speakerName = quote.speaker.name
    speakerType = quote.speaker.type
    speakerRole = quote.speaker.role
    speakerIdentifier = quote.speaker.identifier
    speakerMention = quote.speaker.mention?.text
    speakerSpan = quote.speaker.mention.flatMap { mention in
      mention.ranges.first.map { document.span(of: TextRange($0.lowerBound, mention.ranges.last!.upperBound)) }
    }
    cue = quote.cue?.text
    rule = quote.rule
    confidence = quote.confidence
    span = document.span(of: quote.extent)
    extent = quote.extent
    let start = quote.extent.lowerBound
    let following = document.blocks.partitioningIndex { $0.range.lowerBound > start }
    paragraph = following > 0 ? following : nil
    fragments = quote.fragments.map { ClaimSpan($0, in: document) }
    cueSpans = quote.cue?.ranges.map { ClaimSpan($0, in: document) } ?? []
    speakerSpans = quote.speaker.mention?.ranges.map { ClaimSpan($0, in: document) } ?? []
    if quote.sieve == .transcriptTurn, following > 0 { turnID = document.blocks[following - 1].turnID }
  }

  public init(
    key: String, kind: QuoteKind, text: String, speakerName: String?, speakerType: SpeakerType,
    speakerMention: String?, speakerSpan: SourceSpan?, cue: String?, rule: String, confidence: Double,
    span: SourceSpan, speakerRole: String? = nil
  ) {
    self.speakerRole = speakerRole
    self.key = key
    self.kind = kind
    self.text = text
    self.words = ClaimWords(text)
    self.speakerName = speakerName
    self.speakerType = speakerType
    self.speakerMention = speakerMention
    self.speakerSpan = speakerSpan
    self.cue = cue
    self.rule = rule
    self.confidence = confidence
    self.span = span
  }
}

extension Array where Element == Block {
  /// The index of the first block that `isAfter` holds for; blocks are in text order.
  func partitioningIndex(where isAfter: (Block) -> Bool) -> Int {
    var (low, high) = (0, count)
    while low < high {
      let middle = (low + high) / 2
      if isAfter(self[middle]) { high = middle } else { low = middle + 1 }
    }
    return low
  }
}
