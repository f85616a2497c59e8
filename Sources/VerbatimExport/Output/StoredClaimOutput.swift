public import VerbatimCore
public import VerbatimGraph

// The JSON of what the store answers, defined once: the commands (`who-said`, `said-by`,
// `verify`, `variants`, `trace`, `speakers`) and the exports print these, and a web API will.
// Each type follows the schema named beside it in `schemas/`; a test checks every schema against
// their output on the seeds and examples.

/// A stretch of a claim: a fragment, the cue or the speaker as written (`claim-span.schema.json`).
public struct ClaimSpanOutput: Codable, Sendable, Hashable, JSONOutput {
  public var text: String
  public var start: SourceLocation
  public var end: SourceLocation

  public init(_ span: ClaimSpan) {
    text = span.text
    start = span.span.start
    end = span.span.end
  }
}

/// A document as the store holds it (`stored-document.schema.json`).
public struct StoredDocumentOutput: Codable, Sendable, Hashable, JSONOutput {
  public var id: String
  public var path: String
  public var url: String?
  public var title: String?
  public var publisher: String?
  public var authors: [String]
  public var published: String?
  public var version: Int
  public var copyOf: String?
  public var revisionOf: String?

  public init(_ document: StoredDocument) {
    id = document.id
    path = document.path
    url = document.url
    title = document.title
    publisher = document.publisher
    authors = document.authors
    published = document.published
    version = document.version
    copyOf = document.copyOf
    revisionOf = document.revisionOf
  }
}

/// A speaker named by id, with type and Wikidata id (`speaker-ref.schema.json`).
public struct SpeakerRefOutput: Codable, Sendable, Hashable, JSONOutput {
  public var id: Int64
  public var name: String
  public var type: String
  public var wikidata: String?

  public init(_ speaker: SpeakerRef) {
    id = speaker.id
    name = speaker.name
    type = speaker.type.rawValue
    wikidata = speaker.wikidata
  }
}

/// A claim as the store's queries print it (`stored-claim.schema.json`).
public struct StoredClaimOutput: Codable, Sendable, Hashable, JSONOutput {
  public var id: String
  public var number: Int64
  public var kind: String
  public var text: String
  public var speaker: SpeakerRefOutput?
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
  public var start: SourceLocation
  public var end: SourceLocation
  public var fragments: [ClaimSpanOutput]
  public var cueSpans: [ClaimSpanOutput]
  public var speakerSpans: [ClaimSpanOutput]
  public var document: StoredDocumentOutput

  public init(_ claim: StoredClaim) {
    id = claim.key
    number = claim.id
    kind = claim.kind.rawValue
    text = claim.text
    speaker = claim.speaker.map(SpeakerRefOutput.init)
    speakerAsResolved = claim.speakerName
    speakerAsWritten = claim.speakerMention
    speakerType = claim.speakerType.rawValue
    speakerRole = claim.speakerRole
    speakerMatch = claim.speakerMatch?.rawValue
    speakerIdentifier = claim.speakerIdentifier
    turn = claim.turnID
    record = claim.isRecord
    cue = claim.cue
    rule = claim.rule
    confidence = claim.confidence
    start = claim.span.start
    end = claim.span.end
    fragments = claim.fragments.map(ClaimSpanOutput.init)
    cueSpans = claim.cueSpans.map(ClaimSpanOutput.init)
    speakerSpans = claim.speakerSpans.map(ClaimSpanOutput.init)
    document = StoredDocumentOutput(claim.document)
  }
}

/// A claim that matches searched words, with how well (`who-said.schema.json` items).
public struct MatchOutput: Codable, Sendable, Hashable, JSONOutput {
  public var score: Double
  public var claim: StoredClaimOutput

  public init(_ match: ClaimMatch) {
    score = (match.score * 1000).rounded() / 1000
    claim = StoredClaimOutput(match.claim)
  }
}

/// How one wording differs from another (`alteration.schema.json`).
public struct AlterationOutput: Codable, Sendable, Hashable, JSONOutput {
  /// One change, with the words on each side and what it touches.
  public struct Change: Codable, Sendable, Hashable {
    public var kind: String
    public var reference: String
    public var variant: String
    public var flags: [String]
  }

  public var changesMeaning: Bool
  public var changes: [Change]

  public init(_ alteration: Alteration) {
    changesMeaning = alteration.changesMeaning
    changes = alteration.changes.map { change in
      Change(
        kind: change.kind.rawValue, reference: change.reference.joined(separator: " "),
        variant: change.variant.joined(separator: " "), flags: change.flags.map(\.rawValue))
    }
  }
}

/// Every appearance of one quote (`trace.schema.json`, and `variants.schema.json` items).
public struct ClusterOutput: Codable, Sendable, Hashable, JSONOutput {
  /// One appearance and how it stands to the fullest.
  public struct Version: Codable, Sendable, Hashable {
    public var relation: String
    public var alteration: AlterationOutput
    public var claim: StoredClaimOutput
  }

  public var cluster: Int64
  public var altered: Bool
  public var reference: String
  public var versions: [Version]

  public init(_ cluster: QuoteCluster) {
    self.cluster = cluster.id
    altered = cluster.isAltered
    reference = cluster.reference.key
    versions = cluster.versions.map { version in
      Version(
        relation: version.relation.rawValue, alteration: AlterationOutput(version.alteration),
        claim: StoredClaimOutput(version.claim))
    }
  }
}

/// An output type: one of the JSON shapes the tool prints, each following a schema in `schemas/`.
public protocol JSONOutput: Encodable {}

extension JSONOutput {
  /// The value as JSON, members in declaration order, absent optionals as null.
  public var json: JSONValue {
    // Output types hold strings, numbers, booleans and arrays of them: encoding cannot fail.
    (try? JSONValueEncoder().encode(self)) ?? .null
  }
}
