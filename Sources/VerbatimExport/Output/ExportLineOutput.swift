public import VerbatimCore
public import VerbatimGraph

/// The lines of `verbatim export --format jsonl` (`export.jsonl.schema.json`): a document, a
/// speaker, a claim or an edge, each with its `type`.
public enum ExportLineOutput {
  /// A document of the graph.
  public struct DocumentLine: Codable, Sendable, Hashable, JSONOutput {
    public var type = "document"
    public var id: String
    public var path: String
    public var url: String?
    public var title: String?
    public var publisher: String?
    public var authors: [String]
    public var published: String?
    public var format: String
    public var version: Int
    public var ingestedAt: String

    public init(_ document: StoredDocument) {
      id = document.id
      path = document.path
      url = document.url
      title = document.title
      publisher = document.publisher
      authors = document.authors
      published = document.published
      format = document.format.rawValue
      version = document.version
      ingestedAt = document.ingestedAt
    }
  }

  /// A speaker of the graph, with the names and roles they go by and their Wikidata item.
  public struct SpeakerLine: Codable, Sendable, Hashable, JSONOutput {
    public var type = "speaker"
    public var id: Int64
    public var name: String
    public var speakerType: String
    public var aliases: [SpeakerOutput.Count]
    public var roles: [SpeakerOutput.Count]
    public var wikidata: String?
    public var sameAs: [String]
    public var identifiers: [String]

    public init(_ speaker: SpeakerSummary) {
      let summary = SpeakerOutput(speaker)
      id = summary.id
      name = summary.name
      speakerType = summary.type
      aliases = summary.aliases
      roles = summary.roles
      wikidata = summary.wikidata
      sameAs = (speaker.ref.wikidataIRI.map { [$0] } ?? []) + speaker.addresses
      identifiers = speaker.identifiers
    }
  }

  /// A claim of the graph: the stored claim's members, with its speaker and document by id.
  public struct ClaimLine: Codable, Sendable, Hashable, JSONOutput {
    public var type = "claim"
    public var id: String
    public var number: Int64
    public var kind: String
    public var text: String
    public var speaker: Int64?
    public var speakerAsResolved: String?
    public var speakerAsWritten: String?
    public var speakerType: String
    public var speakerRole: String?
    public var speakerMatch: String?
    public var speakerIdentifier: String?
    public var turn: String?
    public var record: Bool
    public var cue: String?
    public var rule: String
    public var confidence: Double
    public var document: String
    public var start: SourceLocation
    public var end: SourceLocation
    public var paragraph: Int?
    public var cluster: Int64?
    public var fragments: [ClaimSpanOutput]
    public var cueSpans: [ClaimSpanOutput]
    public var speakerSpans: [ClaimSpanOutput]

    public init(_ claim: StoredClaim) {
      let stored = StoredClaimOutput(claim)
      id = stored.id
      number = stored.number
      kind = stored.kind
      text = stored.text
      speaker = stored.speaker?.id
      speakerAsResolved = stored.speakerAsResolved
      speakerAsWritten = stored.speakerAsWritten
      speakerType = stored.speakerType
      speakerRole = stored.speakerRole
      speakerMatch = stored.speakerMatch
      speakerIdentifier = stored.speakerIdentifier
      turn = stored.turn
      record = stored.record
      cue = stored.cue
      rule = stored.rule
      confidence = stored.confidence
      document = stored.document.id
      start = stored.start
      end = stored.end
      paragraph = claim.paragraph
      cluster = claim.clusterID
      fragments = stored.fragments
      cueSpans = stored.cueSpans
      speakerSpans = stored.speakerSpans
    }
  }
}
