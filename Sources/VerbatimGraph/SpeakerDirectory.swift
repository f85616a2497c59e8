import GRDB
import VerbatimCore

/// Finds or creates the store's speaker for a name resolved within one document, merging across
/// documents conservatively: a full name (or an organisation's name) by its key; a surname alone
/// only into the one speaker with that surname who has already appeared beside another speaker
/// of this document; otherwise a speaker of its own.
struct SpeakerDirectory {
  let db: Database
  /// Speakers already decided for this document, by folded name.
  private var decided: [String: Int64] = [:]

  init(db: Database) { self.db = db }

  /// The speaker ids of a document's resolved names, full names first so surnames can use them.
  mutating func resolve(_ claims: [GraphClaim]) throws -> [Int64?] {
    var names: [(name: String, type: SpeakerType)] = []
    var seen = Set<String>()
    for claim in claims {
      guard let name = claim.speakerName, seen.insert(name).inserted else { continue }
      names.append((name, claim.speakerType))
    }
    for (name, type) in names where SpeakerKey(name).isFull || type != .person {
      decided[name] = try speaker(named: name, type: type, context: [])
    }
    let context = Array(Set(decided.values))
    for (name, type) in names where decided[name] == nil {
      decided[name] = try speaker(named: name, type: type, context: context)
    }
    var ids: [Int64?] = []
    var aliases: [AliasUse: Int] = [:]
    for claim in claims {
      guard let name = claim.speakerName, let id = decided[name] else {
        ids.append(nil)
        continue
      }
      aliases[AliasUse(speaker: id, alias: name), default: 0] += 1
      if let written = claim.speakerMention, Self.isNameLike(written) {
        aliases[AliasUse(speaker: id, alias: written), default: 0] += 1
      }
      ids.append(id)
    }
    for (use, count) in aliases { try addAlias(use.alias, to: use.speaker, count: count) }
    return ids
  }

  /// A name a speaker was given in a document.
  private struct AliasUse: Hashable {
    var speaker: Int64
    var alias: String
  }

  private func speaker(named name: String, type: SpeakerType, context: [Int64]) throws -> Int64 {
    let key = SpeakerKey(name, organisation: type == .organisation)
    if !key.words.isEmpty,
      let id = try Int64.fetchOne(db, sql: "SELECT speakerID FROM speaker_key WHERE key = ?", arguments: [key.text])
    {
      return id
    }
    let trusted = key.isFull || type == .organisation
    if !trusted, type == .person, let surname = key.surname, !context.isEmpty,
      let id = try onlyNamesakeBeside(surname: surname, context: context)
    {
      return id
    }
    try db.execute(sql: "INSERT INTO speaker(name, type) VALUES (?, ?)", arguments: [name, type.rawValue])
    let id = db.lastInsertedRowID
    if trusted && !key.words.isEmpty {
      try db.execute(
        sql: "INSERT INTO speaker_key(key, surname, speakerID) VALUES (?, ?, ?)",
        arguments: [key.text, key.surname ?? "", id])
    }
    return id
  }

  /// The one fully named speaker with this surname who shares a document with any of `context`.
  private func onlyNamesakeBeside(surname: String, context: [Int64]) throws -> Int64? {
    let marks = databaseQuestionMarks(count: context.count)
    let namesakes = try Int64.fetchAll(
      db,
      sql: """
        SELECT DISTINCT k.speakerID FROM speaker_key k
        WHERE k.surname = ? AND k.key != ? AND EXISTS (
          SELECT 1 FROM claim a JOIN claim b ON a.documentID = b.documentID
          WHERE a.speakerID = k.speakerID AND b.speakerID IN (\(marks)) AND b.speakerID != a.speakerID)
        LIMIT 2
        """,
      arguments: StatementArguments([surname, surname]) + StatementArguments(context))
    return namesakes.count == 1 ? namesakes[0] : nil
  }

  private func addAlias(_ alias: String, to id: Int64, count: Int) throws {
    let folded = ClaimWords(alias).normalized
    guard !folded.isEmpty else { return }
    try db.execute(
      sql: """
        INSERT INTO speaker_alias(speakerID, folded, alias, count) VALUES (?, ?, ?, ?)
        ON CONFLICT(speakerID, folded) DO UPDATE SET count = count + excluded.count
        """,
      arguments: [id, folded, alias, count])
  }

  /// Whether words as written are a name ("Mr Ali", "Councillor Ali") rather than a pronoun or a
  /// description ("he", "a party spokesperson").
  static func isNameLike(_ text: String) -> Bool {
    let words = text.split(separator: " ")
    guard !words.isEmpty, words.count <= 5 else { return false }
    if words.count == 1, SpeakerKey.titles.contains(words[0].lowercased()) { return false }
    let pronouns: Set<String> = ["he", "she", "they", "it", "we", "i", "who", "you", "his", "her", "their"]
    if words.count == 1 && pronouns.contains(words[0].lowercased()) { return false }
    let particles: Set<Substring> = ["de", "van", "von", "bin", "al", "la", "le", "du", "da", "der", "of"]
    return words.allSatisfy { word in
      particles.contains(word) || (word.first?.isUppercase ?? false)
    } && !["A", "An", "The"].contains(words[0])
  }
}
