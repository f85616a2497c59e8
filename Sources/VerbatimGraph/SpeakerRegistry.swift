import GRDB
import VerbatimCore

/// The store's speakers as entities, inside one transaction: found by key, created, joined and
/// folded into one another. Every lookup goes through an index (a key, a surname, a speaker's
/// own rows), so what one document costs does not grow with the number of speakers.
///
/// Surnames: a person named by surname alone joins the one fully named person of that surname
/// in the store (`surname`); with none or several it stays a speaker of its own that waits
/// under its surname (`speaker.surname`). When a full name arrives later, the speakers waiting
/// under its surname join it if it is the only one; when a second person of that surname
/// arrives, what was joined by surname to the first comes apart again, since it could be either.
struct SpeakerRegistry {
  let db: Database

  /// A speaker and how a name was joined to it.
  struct Link: Hashable {
    var id: Int64
    var match: SpeakerMatch?
  }

  /// The speaker a key names, and how the key was recorded.
  func lookup(_ key: SpeakerKey) throws -> Link? {
    guard !key.words.isEmpty else { return nil }
    let row = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT speakerID, how FROM speaker_key WHERE key = ?"), arguments: [key.text])
    return row.map { Link(id: $0["speakerID"], match: SpeakerMatch(rawValue: $0["how"])) }
  }

  /// The fully named speakers of this surname and type (at most `limit`).
  func namesakes(surname: String, type: SpeakerType, limit: Int = 3) throws -> [Int64] {
    try Int64.fetchAll(
      db.cachedStatement(
        sql: """
          SELECT DISTINCT k.speakerID FROM speaker_key k JOIN speaker s ON s.id = k.speakerID
          WHERE k.surname = ? AND k.key != k.surname AND s.type = ? ORDER BY k.speakerID LIMIT ?
          """),
      arguments: [surname, type.rawValue, limit])
  }

  /// Speakers named by this surname alone who wait for the one full name to join.
  func waiting(surname: String, type: SpeakerType) throws -> [Int64] {
    try Int64.fetchAll(
      db.cachedStatement(sql: "SELECT id FROM speaker WHERE surname = ? AND type = ? ORDER BY id"),
      arguments: [surname, type.rawValue])
  }

  /// A new speaker; a trusted key (full name, organisation) is recorded so later documents find it.
  func create(_ key: SpeakerKey, name: String, type: SpeakerType) throws -> Int64 {
    let waits = !key.isFull && type == .person ? key.surname : nil
    try db.cachedStatement(sql: "INSERT INTO speaker(name, type, surname) VALUES (?, ?, ?)")
      .execute(arguments: [name, type.rawValue, waits])
    let id = db.lastInsertedRowID
    if key.isFull || type == .organisation, !key.words.isEmpty {
      try record(key, for: id, how: .fullName, pinned: false)
      if key.isFull && type == .person { try settleSurname(of: id, key: key, type: type) }
    }
    return id
  }

  /// Records a key for a speaker; a pinned key (an editor's, a people file's) replaces any other.
  func record(_ key: SpeakerKey, for id: Int64, how: SpeakerMatch, pinned: Bool) throws {
    guard !key.words.isEmpty else { return }
    let conflict =
      pinned ? "DO UPDATE SET speakerID = excluded.speakerID, how = excluded.how, pinned = 1" : "DO NOTHING"
    try db.execute(
      sql: """
        INSERT INTO speaker_key(key, surname, speakerID, pinned, how) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT(key) \(conflict)
        """,
      arguments: [key.text, key.surname ?? "", id, pinned, how.rawValue])
  }

  /// After a full name of this surname is added: the speakers waiting under the surname join it
  /// if it is the only one; if it is the second, what was joined to the first by surname alone
  /// comes apart.
  func settleSurname(of id: Int64, key: SpeakerKey, type: SpeakerType) throws {
    guard let surname = key.surname else { return }
    let others = try namesakes(surname: surname, type: type).filter { $0 != id }
    if others.isEmpty {
      for waiting in try waiting(surname: surname, type: type) where waiting != id {
        try fold(waiting, into: id, match: .surname)
      }
    } else if others.count == 1 {
      try separateSurnameClaims(of: others[0], surname: surname, type: type)
    }
  }

  /// Claims joined to a speaker by surname alone go back to speakers of their own (one per
  /// document), waiting under the surname.
  private func separateSurnameClaims(of id: Int64, surname: String, type: SpeakerType) throws {
    let rows = try Row.fetchAll(
      db,
      sql: """
        SELECT id, documentID, speakerName, speakerMention FROM claim WHERE speakerID = ? AND speakerMatch = 'surname'
        """,
      arguments: [id])
    var byDocument: [String: Int64] = [:]
    var names = Set<String>()
    for row in rows {
      let name: String = row["speakerName"] ?? ""
      guard SpeakerKey(name).surname == surname else { continue }
      let document: String = row["documentID"]
      let target: Int64
      if let existing = byDocument[document] {
        target = existing
      } else {
        try db.execute(
          sql: "INSERT INTO speaker(name, type, surname) VALUES (?, ?, ?)",
          arguments: [SpeakerKey(name).displayName, type.rawValue, surname])
        target = db.lastInsertedRowID
        byDocument[document] = target
      }
      let claim: Int64 = row["id"]
      try db.execute(
        sql: "UPDATE claim SET speakerID = ?, speakerMatch = NULL WHERE id = ?", arguments: [target, claim])
      try db.execute(sql: "UPDATE mention SET speakerID = ? WHERE claimID = ?", arguments: [target, claim])
      for written in [name, row["speakerMention"] as String?].compactMap({ $0 })
      where written == name || SpeakerDirectory.isNameLike(written) {
        try addAlias(written, to: target, count: 1)
        names.insert(ClaimWords(written).normalized)
      }
    }
    // The names that went with them are the first speaker's only as far as its own claims use them.
    for folded in names {
      let uses = try Row.fetchAll(
        db, sql: "SELECT speakerName, speakerMention FROM claim WHERE speakerID = ?", arguments: [id]
      ).reduce(0) { total, row in
        total
          + [row["speakerName"] as String?, row["speakerMention"] as String?].count {
            $0.map { ClaimWords($0).normalized == folded } ?? false
          }
      }
      try db.execute(
        sql: uses == 0
          ? "DELETE FROM speaker_alias WHERE speakerID = ? AND folded = ?"
          : "UPDATE speaker_alias SET count = \(uses) WHERE speakerID = ? AND folded = ?",
        arguments: [id, folded])
    }
  }

  /// Folds speaker `gone` into `keep`: claims (recording `match` for those that were `gone`'s
  /// by its own name), mentions, names, roles and keys move; `gone` is deleted.
  func fold(_ gone: Int64, into keep: Int64, match: SpeakerMatch) throws {
    guard gone != keep else { return }
    // A claim joined to `gone` by surname, alias or an editor keeps saying so.
    try db.execute(
      sql: """
        UPDATE claim SET speakerID = ?,
          speakerMatch = CASE WHEN speakerMatch IS NULL OR speakerMatch = 'full-name' THEN ? ELSE speakerMatch END
        WHERE speakerID = ?
        """,
      arguments: [keep, match.rawValue, gone])
    try db.execute(sql: "UPDATE mention SET speakerID = ? WHERE speakerID = ?", arguments: [keep, gone])
    for (table, column) in [("speaker_alias", "alias"), ("speaker_role", "role")] {
      // `AND true` lets SQLite parse the upsert after a SELECT with a WHERE clause.
      try db.execute(
        sql: """
          INSERT INTO \(table)(speakerID, folded, \(column), count)
            SELECT ?, folded, \(column), count FROM \(table) WHERE speakerID = ? AND true
          ON CONFLICT(speakerID, folded) DO UPDATE SET count = count + excluded.count
          """,
        arguments: [keep, gone])
    }
    try db.execute(sql: "UPDATE speaker_key SET speakerID = ? WHERE speakerID = ?", arguments: [keep, gone])
    try db.execute(sql: "DELETE FROM speaker WHERE id = ?", arguments: [gone])
  }

  /// A name the speaker was given (counted), folded so case and punctuation do not split it.
  func addAlias(_ alias: String, to id: Int64, count: Int) throws {
    let folded = ClaimWords(alias).normalized
    guard !folded.isEmpty else { return }
    try db.cachedStatement(
      sql: """
        INSERT INTO speaker_alias(speakerID, folded, alias, count) VALUES (?, ?, ?, ?)
        ON CONFLICT(speakerID, folded) DO UPDATE SET count = count + excluded.count
        """
    ).execute(arguments: [id, folded, alias, count])
  }

  /// A role a document gave the speaker ("shadow minister"), counted.
  func addRole(_ role: String, to id: Int64, count: Int) throws {
    let folded = ClaimWords(role).normalized
    guard !folded.isEmpty else { return }
    try db.cachedStatement(
      sql: """
        INSERT INTO speaker_role(speakerID, folded, role, count) VALUES (?, ?, ?, ?)
        ON CONFLICT(speakerID, folded) DO UPDATE SET count = count + excluded.count
        """
    ).execute(arguments: [id, folded, role, count])
  }

  /// Writes the speaker's name as `name` when that is better: not in capitals where the stored
  /// one is ("Joseph Whitlock" over "JOSEPH WHITLOCK"). A pinned name is never changed.
  func improveName(of id: Int64, with name: String) throws {
    guard Self.isCapitals(name) == false else { return }
    let row = try Row.fetchOne(
      db.cachedStatement(sql: "SELECT name, pinned FROM speaker WHERE id = ?"), arguments: [id])
    guard let row, (row["pinned"] as Int) == 0, Self.isCapitals(row["name"]) else { return }
    try db.cachedStatement(sql: "UPDATE speaker SET name = ? WHERE id = ?").execute(arguments: [name, id])
  }

  /// Whether a name is written in capitals ("JOSEPH WHITLOCK"), as headlines and transcripts do.
  static func isCapitals(_ name: String) -> Bool {
    name.contains(where: \.isLetter) && !name.contains(where: \.isLowercase)
  }
}
