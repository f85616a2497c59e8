import VerbatimCore
public import VerbatimGraph

/// A speaker with the names and roles they go by and how much they said
/// (`speaker.schema.json`; `speakers` and `said-by` print it).
public struct SpeakerOutput: Codable, Sendable, Hashable, JSONOutput {
  /// A name or role and how often it was used.
  public struct Count: Codable, Sendable, Hashable {
    public var name: String
    public var count: Int
  }

  public var id: Int64
  public var name: String
  public var type: String
  public var aliases: [Count]
  public var roles: [Count]
  public var wikidata: String?
  public var pinned: Bool
  public var identifiers: [String]
  public var candidates: [SpeakerRefOutput]
  public var claims: Int
  public var documents: Int

  public init(_ summary: SpeakerSummary) {
    id = summary.id
    name = summary.name
    type = summary.type.rawValue
    aliases = summary.aliases.map { Count(name: $0.name, count: $0.count) }
    roles = summary.roles.map { Count(name: $0.name, count: $0.count) }
    wikidata = summary.wikidata
    pinned = summary.pinned
    identifiers = summary.identifiers
    candidates = summary.candidates.map(SpeakerRefOutput.init)
    claims = summary.claims
    documents = summary.documents
  }
}

/// How a name in a document was joined to a speaker of the store (`verify.schema.json`).
public struct IdentityOutput: Codable, Sendable, Hashable, JSONOutput {
  public var match: String
  public var asWritten: String
  public var speaker: SpeakerRefOutput?
  public var candidates: [String]
  public var evidence: String

  public init(_ identity: IdentityEvidence) {
    match = identity.match.rawValue
    asWritten = identity.asWritten
    speaker = identity.speaker.map(SpeakerRefOutput.init)
    candidates = identity.candidates
    evidence = identity.sentence
  }
}

/// The verdict on "did this speaker say these words?" with its evidence (`verify.schema.json`).
public struct VerdictOutput: Codable, Sendable, Hashable, JSONOutput {
  public var verdict: String
  public var speaker: String
  public var quote: String
  public var speakers: [SpeakerRefOutput]
  public var alteration: AlterationOutput?
  public var identity: IdentityOutput?
  public var againstRecord: Bool
  public var evidence: [MatchOutput]
  public var secondary: [MatchOutput]

  public init(_ result: Verification, speaker: String, quote: String) {
    verdict = result.verdict.rawValue
    self.speaker = speaker
    self.quote = quote
    speakers = result.speakers.map(SpeakerRefOutput.init)
    alteration = result.alteration.map(AlterationOutput.init)
    identity = result.identity.map(IdentityOutput.init)
    againstRecord = result.againstRecord
    evidence = result.evidence.map(MatchOutput.init)
    secondary = result.secondary.map(MatchOutput.init)
  }
}

/// What `said-by` answers: the speakers the name can mean and their claims (`said-by.schema.json`).
public struct SaidByOutput: Codable, Sendable, Hashable, JSONOutput {
  public var speakers: [SpeakerOutput]
  public var claims: [StoredClaimOutput]

  public init(speakers: [SpeakerSummary], claims: [StoredClaim]) {
    self.speakers = speakers.map(SpeakerOutput.init)
    self.claims = claims.map(StoredClaimOutput.init)
  }
}
