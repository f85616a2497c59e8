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
  /// How the evidence's speaker is known to be the person asked about, when not by the same
  /// full name; for `ambiguous`, the people it could be.
  public var identity: IdentityEvidence?
  /// Whether the verdict was given against the record (the speaker's transcript turns), which
  /// outranks what reports say; the reports' matching quotes are then in `secondary`.
  public var againstRecord = false
  /// News appearances of the words, listed after the record's evidence.
  public var secondary: [ClaimMatch] = []

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
    /// Said in these words by someone named by a surname alone that two or more people share,
    /// one of them the person asked about.
    case ambiguous
    /// The store holds the speaker's record (transcript turns), and it does not contain the
    /// words, whatever reports say.
    case notInRecord = "not-in-record"

    /// The exit code `verbatim verify` ends with, so scripts can branch.
    public var exitCode: Int32 {
      switch self {
      case .verbatim: 0
      case .altered: 2
      case .misattributed: 3
      case .paraphrase: 4
      case .notFound: 5
      case .ambiguous: 6
      case .notInRecord: 7
      }
    }
  }
}

/// Why the speaker of a quote is (or may be) the person asked about.
public struct IdentityEvidence: Sendable, Hashable {
  /// How the document's name was joined to the speaker (`surname`, `alias`, `manual`).
  public var match: SpeakerMatch
  /// The name as the document gives it ("Thomas-Symonds").
  public var asWritten: String
  /// The speaker it was joined to, if any.
  public var speaker: SpeakerRef?
  /// For an ambiguous surname: everyone it could be (the person asked about among them).
  public var candidates: [String]

  /// "matched by surname to Nick Thomas-Symonds", or who an ambiguous surname could be.
  public var sentence: String {
    let target = speaker?.name ?? candidates.first ?? asWritten
    switch match {
    case .surname where candidates.count > 1:
      return "“\(asWritten)” is a surname alone, and \(candidates.joined(separator: " and ")) share it"
    case .surname: return "matched by surname (“\(asWritten)”) to \(target)"
    case .alias: return "matched by the alias “\(asWritten)” to \(target)"
    case .manual: return "“\(asWritten)” was merged into \(target) by an editor"
    case .fullName: return "matched by full name (“\(asWritten)”) to \(target)"
    }
  }
}

extension GraphStore {
  /// Decides whether `speaker` said `words`: verbatim, altered, misattributed, paraphrase,
  /// ambiguous or not found, from the quotes in the store. Words said by someone named by the
  /// asked person's surname alone are never `misattributed`: they are the person's (`verbatim`)
  /// when no one else in the store has that surname, else `ambiguous`.
  public func verify(speaker name: String, said words: String) throws(StoreError) -> Verification {
    let speakers = try self.speakers(matching: name).map(\.ref)
    let ids = Set(speakers.map(\.id))
    let matches = try search(words, limit: 50, minimumScore: 0.4)
    let bySpeaker = { (match: ClaimMatch) in match.claim.speaker.map { ids.contains($0.id) } ?? false }
    let quoted = { (match: ClaimMatch) in match.claim.kind == .direct || match.claim.kind == .mixed }
    let exact = matches.filter { $0.score == 1 && quoted($0) }
    if try hasRecord(Array(ids)) {
      return againstRecord(matches.filter(bySpeaker), speakers: speakers)
    }

    let own = exact.filter(bySpeaker)
    if !own.isEmpty {
      return Verification(verdict: .verbatim, speakers: speakers, evidence: own, identity: identity(of: own))
    }
    let asked = SpeakerKey(name)
    let namesakes = exact.filter { match in
      let written = SpeakerKey(match.claim.speakerName ?? "")
      // A speaker an editor split off (or a people file named) is known not to be the one asked.
      return !written.isFull && written.surname != nil && written.surname == asked.surname
        && match.claim.speakerType == .person && match.claim.speaker?.pinned != true
    }
    if let first = namesakes.first, let surname = asked.surname {
      var people = try self.people(surname: surname).map(\.name)
      if !people.contains(where: { SpeakerKey($0).text == asked.text }) { people.append(asked.displayName) }
      let evidence = IdentityEvidence(
        match: .surname, asWritten: first.claim.speakerName ?? surname, speaker: nil, candidates: people)
      return Verification(
        verdict: people.count > 1 ? .ambiguous : .verbatim, speakers: speakers, evidence: namesakes,
        identity: evidence)
    }
    if !exact.isEmpty {
      return Verification(verdict: .misattributed, speakers: speakers, evidence: exact)
    }
    let close = matches.filter { bySpeaker($0) && quoted($0) && $0.score >= 0.5 }
    if let best = close.first {
      return Verification(
        verdict: .altered, speakers: speakers, evidence: close, alteration: Alteration(best.diff.trimmed),
        identity: identity(of: close))
    }
    let reported = matches.filter { bySpeaker($0) && $0.claim.kind == .indirect }
    if !reported.isEmpty {
      return Verification(
        verdict: .paraphrase, speakers: speakers, evidence: reported, identity: identity(of: reported))
    }
    return Verification(verdict: .notFound, speakers: speakers, evidence: [])
  }

  /// The verdict from the speaker's record: the words in a turn (`verbatim`), close to a turn
  /// (`altered`, the changes against the record), or in none (`not-in-record`); the reports'
  /// matching quotes follow as secondary evidence.
  private func againstRecord(_ own: [ClaimMatch], speakers: [SpeakerRef]) -> Verification {
    let turns = own.filter(\.claim.isRecord)
    let reports = own.filter { !$0.claim.isRecord && $0.score >= 0.5 }
    var result = Verification(verdict: .notInRecord, speakers: speakers, evidence: [])
    result.againstRecord = true
    result.secondary = reports
    if let said = turns.first(where: { $0.score == 1 }) {
      result.verdict = .verbatim
      result.evidence = [said]
    } else if let close = turns.first(where: { $0.score >= 0.5 }) {
      result.verdict = .altered
      result.evidence = [close]
      result.alteration = Alteration(close.diff.trimmed)
    }
    return result
  }

  /// Whether the store holds transcript turns by any of these speakers.
  func hasRecord(_ ids: [Int64]) throws(StoreError) -> Bool {
    guard !ids.isEmpty else { return false }
    return try read { db in
      try db.value(
        Bool.self, "SELECT EXISTS (SELECT 1 FROM claim WHERE speakerID\(in: ids) AND rule LIKE 'transcript-turn%')")
        ?? false
    }
  }

  /// How the best evidence's speaker was known, when not by its own full name.
  private func identity(of evidence: [ClaimMatch]) -> IdentityEvidence? {
    guard evidence.allSatisfy({ ![.fullName, nil].contains($0.claim.speakerMatch) }),
      let claim = evidence.first?.claim, let match = claim.speakerMatch, let speaker = claim.speaker
    else { return nil }
    return IdentityEvidence(
      match: match, asWritten: claim.speakerName ?? claim.speakerMention ?? speaker.name, speaker: speaker,
      candidates: [])
  }

  /// The fully named people of a surname in the store.
  func people(surname: String) throws(StoreError) -> [SpeakerRef] {
    try read { db in
      try SpeakerRegistry(db: db).namesakes(surname: surname, type: .person, limit: 20).compactMap { try ref($0, db) }
    }
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
