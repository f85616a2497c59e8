import VerbatimCore

/// The answer to "did this person say these words?", with the claims that decide it.
public struct Verification: Sendable {
  public var verdict: Verdict
  /// The speakers the name can mean.
  public var speakers: [SpeakerRef]
  /// The claims behind the verdict, best first.
  public var evidence: [ClaimMatch]
  /// For `altered`: the words as given against the closest words the speaker said.
  public var alteration: Alteration?

  /// What the store says about a quote and a speaker.
  public enum Verdict: String, Sendable, CaseIterable {
    /// Said by this speaker in these words.
    case verbatim
    /// Said by this speaker in other words.
    case altered
    /// These words were said by someone else.
    case misattributed
    /// Only reported speech by this speaker matches.
    case paraphrase
    case notFound = "not-found"

    /// The exit code `verbatim verify` ends with, so scripts can branch.
    public var exitCode: Int32 {
      switch self {
      case .verbatim: 0
      case .altered: 2
      case .misattributed: 3
      case .paraphrase: 4
      case .notFound: 5
      }
    }
  }
}

extension GraphStore {
  /// Decides whether `speaker` said `words`: verbatim, altered, misattributed, paraphrase or
  /// not found, from the quotes in the store.
  public func verify(speaker name: String, said words: String) throws(StoreError) -> Verification {
    let speakers = try self.speakers(matching: name).map { SpeakerRef(id: $0.id, name: $0.name) }
    let ids = Set(speakers.map(\.id))
    let matches = try search(words, limit: 50, minimumScore: 0.4)
    let bySpeaker = { (match: ClaimMatch) in match.claim.speaker.map { ids.contains($0.id) } ?? false }
    let quoted = { (match: ClaimMatch) in match.claim.kind == .direct || match.claim.kind == .mixed }
    let exact = matches.filter { $0.score == 1 && quoted($0) }

    let own = exact.filter(bySpeaker)
    if !own.isEmpty {
      return Verification(verdict: .verbatim, speakers: speakers, evidence: own)
    }
    if !exact.isEmpty {
      return Verification(verdict: .misattributed, speakers: speakers, evidence: exact)
    }
    let close = matches.filter { bySpeaker($0) && quoted($0) && $0.score >= 0.5 }
    if let best = close.first {
      return Verification(
        verdict: .altered, speakers: speakers, evidence: close, alteration: Alteration(best.diff.trimmed))
    }
    let reported = matches.filter { bySpeaker($0) && $0.claim.kind == .indirect }
    if !reported.isEmpty {
      return Verification(verdict: .paraphrase, speakers: speakers, evidence: reported)
    }
    return Verification(verdict: .notFound, speakers: speakers, evidence: [])
  }
}

extension WordDiff {
  /// The comparison without the reference words before and after the compared stretch.
  var trimmed: WordDiff {
    var operations = operations
    if case .truncated = operations.first { operations.removeFirst() }
    if case .truncated = operations.last { operations.removeLast() }
    return WordDiff(operations: operations, sharedCount: sharedCount)
  }
}
