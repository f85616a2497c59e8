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
  let db: any StoreDatabase

  /// A speaker and how a name was joined to it.
  struct Link: Hashable {
    var id: Int64
    var match: SpeakerMatch?
  }

  /// The speaker a key names, and how the key was recorded.
  func lookup(_ key: SpeakerKey) throws -> Link? {
    guard !key.words.isEmpty else { return nil }
    let row = try db.row("SELECT speakerID, how FROM speaker_key WHERE key = \(key.text)")
    return row.map { Link(id: $0["speakerID"], match: SpeakerMatch(rawValue: $0["how"])) }
  }

  /// The fully named speakers of this surname and type (at most `limit`).
  func namesakes(surname: String, type: SpeakerType, limit: Int = 3) throws -> [Int64] {
    try db.values(
      Int64.self,
      """
      SELECT DISTINCT k.speakerID FROM speaker_key k JOIN speaker s ON s.id = k.speakerID
      WHERE k.surname = \(surname) AND k.key != k.surname AND s.type = \(type.rawValue) ORDER BY k.speakerID
      LIMIT \(limit)
      """)
  }

  /// Speakers named by this surname alone who wait for the one full name to join.
  func waiting(surname: String, type: SpeakerType) throws -> [Int64] {
    try db.values(
      Int64.self, "SELECT id FROM speaker WHERE surname = \(surname) AND type = \(type.rawValue) ORDER BY id")
  }

  /// A new speaker; a trusted key (full name, organisation) is recorded so later documents find it.
  func create(_ key: SpeakerKey, name: String, type: SpeakerType) throws -> Int64 {
    let waits = !key.isFull && type == .person ? key.surname : nil
    let id = try insertSpeaker(name: name, type: type, surname: waits)
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
      """
      INSERT INTO speaker_key(key, surname, speakerID, pinned, how)
      VALUES (\(key.text), \(key.surname ?? ""), \(id), \(pinned), \(how.rawValue))
      ON CONFLICT(key) \(raw: conflict)
      """)
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
    let rows = try db.rows(
      """
      SELECT id, documentID, speakerName, speakerMention FROM claim WHERE speakerID = \(id) AND speakerMatch = 'surname'
      ORDER BY id
      """)
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
        target = try insertSpeaker(name: SpeakerKey(name).displayName, type: type, surname: surname)
        byDocument[document] = target
      }
      let claim: Int64 = row["id"]
      try db.execute("UPDATE claim SET speakerID = \(target), speakerMatch = NULL WHERE id = \(claim)")
      try db.execute("UPDATE mention SET speakerID = \(target) WHERE claimID = \(claim)")
      for written in [name, row["speakerMention"] as String?].compactMap({ $0 })
      where written == name || SpeakerDirectory.isNameLike(written) {
        try addAlias(written, to: target, count: 1)
        names.insert(ClaimWords(written).normalized)
      }
    }
    // The names that went with them are the first speaker's only as far as its own claims use them.
    for folded in names.sorted() {
      let uses = try db.rows("SELECT speakerName, speakerMention FROM claim WHERE speakerID = \(id)").reduce(0) {
        total, row in
        total
          + [row["speakerName"] as String?, row["speakerMention"] as String?].count {
            $0.map { ClaimWords($0).normalized == folded } ?? false
          }
      }
      try db.execute(
        uses == 0
          ? "DELETE FROM speaker_alias WHERE speakerID = \(id) AND folded = \(folded)"
          : "UPDATE speaker_alias SET count = \(uses) WHERE speakerID = \(id) AND folded = \(folded)")
    }
  }

  /// Folds speaker `gone` into `keep`: claims (recording `match` for those that were `gone`'s
  /// by its own name), mentions, names, roles and keys move; `gone` is deleted.
  func fold(_ gone: Int64, into keep: Int64, match: SpeakerMatch) throws {
    guard gone != keep else { return }
    // A claim joined to `gone` by surname, alias or an editor keeps saying so.
    try db.execute(
      """
      UPDATE claim SET speakerID = \(keep),
        speakerMatch = CASE WHEN speakerMatch IS NULL OR speakerMatch = 'full-name' THEN \(match.rawValue) ELSE speakerMatch END
      WHERE speakerID = \(gone)
      """)
    try db.execute("UPDATE mention SET speakerID = \(keep) WHERE speakerID = \(gone)")
    for (table, column) in [("speaker_alias", "alias"), ("speaker_role", "role")] {
      // `AND true` lets SQLite parse the upsert after a SELECT with a WHERE clause.
      try db.execute(
        """
        INSERT INTO \(raw: table)(speakerID, folded, \(raw: column), count)
          SELECT \(keep), folded, \(raw: column), count FROM \(raw: table) WHERE speakerID = \(gone) AND true
        ON CONFLICT(speakerID, folded) DO UPDATE SET count = \(raw: table).count + excluded.count
        """)
    }
    try db.execute("UPDATE speaker_key SET speakerID = \(keep) WHERE speakerID = \(gone)")
    // The speaker-identity migration folds speakers before this table exists in an older store.
    if try db.tableExists("speaker_identifier") {
      try db.execute("UPDATE speaker_identifier SET speakerID = \(keep) WHERE speakerID = \(gone)")
    }
    try db.execute("DELETE FROM speaker WHERE id = \(gone)")
  }

  /// The speaker a source's reference (`#DavidRutley`) or a register's address names.
  func identified(by identifier: String) throws -> Int64? {
    try db.value(Int64.self, "SELECT speakerID FROM speaker_identifier WHERE identifier = \(identifier)")
  }

  /// Records that `identifier` names speaker `id` (replacing any speaker it named before).
  func record(identifier: String, for id: Int64) throws {
    try db.execute(
      """
      INSERT INTO speaker_identifier(identifier, speakerID) VALUES (\(identifier), \(id))
      ON CONFLICT(identifier) DO UPDATE SET speakerID = excluded.speakerID
      """)
  }

  /// The speaker a reference names, created under the reference itself when no one has it yet:
  /// a transcript read without its register still has a speaker, never an empty name.
  func speaker(identifiedBy reference: String) throws -> Link {
    if let id = try identified(by: reference) { return Link(id: id, match: .alias) }
    let id = try insertSpeaker(name: reference, type: .person, surname: nil)
    try record(identifier: reference, for: id)
    return Link(id: id, match: nil)
  }

  /// A named speaker that the source also refers to by `reference`: a speaker known so far
  /// only by that reference joins it.
  func identify(_ link: Link, by reference: String) throws -> Link {
    if let other = try identified(by: reference), other != link.id {
      let name = try db.value(String.self, "SELECT name FROM speaker WHERE id = \(other)")
      if name == reference { try fold(other, into: link.id, match: .alias) }
    }
    try record(identifier: reference, for: link.id)
    return link
  }

  /// A name the speaker was given (counted), folded so case and punctuation do not split it.
  func addAlias(_ alias: String, to id: Int64, count: Int) throws {
    let folded = ClaimWords(alias).normalized
    guard !folded.isEmpty else { return }
    try db.execute(
      """
      INSERT INTO speaker_alias(speakerID, folded, alias, count) VALUES (\(id), \(folded), \(alias), \(count))
      ON CONFLICT(speakerID, folded) DO UPDATE SET count = speaker_alias.count + excluded.count
      """)
  }

  /// A role a document gave the speaker ("shadow minister"), counted.
  func addRole(_ role: String, to id: Int64, count: Int) throws {
    let folded = ClaimWords(role).normalized
    guard !folded.isEmpty else { return }
    try db.execute(
      """
      INSERT INTO speaker_role(speakerID, folded, role, count) VALUES (\(id), \(folded), \(role), \(count))
      ON CONFLICT(speakerID, folded) DO UPDATE SET count = speaker_role.count + excluded.count
      """)
  }

  /// Writes the speaker's name as `name` when that is better: not in capitals where the stored
  /// one is ("Joseph Whitlock" over "JOSEPH WHITLOCK"). A pinned name is never changed.
  func improveName(of id: Int64, with name: String) throws {
    guard Self.isCapitals(name) == false else { return }
    let row = try db.row("SELECT name, pinned FROM speaker WHERE id = \(id)")
    guard let row, !(row["pinned"] as Bool), Self.isCapitals(row["name"]) else { return }
    try db.execute("UPDATE speaker SET name = \(name) WHERE id = \(id)")
  }

  /// A new speaker row, numbered one more than the largest (the same on both backends).
  func insertSpeaker(name: String, type: SpeakerType, surname: String?, pinned: Bool = false) throws -> Int64 {
    try db.rows(
      """
      INSERT INTO speaker(id, name, type, surname, pinned)
      VALUES ((SELECT coalesce(max(id), 0) + 1 FROM speaker), \(name), \(type.rawValue), \(surname), \(pinned))
      RETURNING id
      """)[0]["id"]
  }

  /// Whether a name is written in capitals ("JOSEPH WHITLOCK"), as headlines and transcripts do.
  static func isCapitals(_ name: String) -> Bool {
    name.contains(where: \.isLetter) && !name.contains(where: \.isLowercase)
  }
}
