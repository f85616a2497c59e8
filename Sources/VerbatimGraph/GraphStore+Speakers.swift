import GRDB
public import VerbatimCore

/// A speaker with the names they go by and how much they said.
public struct SpeakerSummary: Sendable {
  public var id: Int64
  public var name: String
  public var type: SpeakerType
  /// Names as written, most used first, with how often each was used.
  public var aliases: [(name: String, count: Int)]
  public var claims: Int
  public var documents: Int
}

extension GraphStore {
  /// Every speaker, most quoted first.
  public func speakers(matching name: String? = nil) throws(StoreError) -> [SpeakerSummary] {
    try read { db in
      let ids: [Int64]? = try name.map { try speakerIDs(named: $0, db) }
      return try summaries(ids, db)
    }
  }

  /// The speakers a name can mean: by full-name key; else by any name they were quoted under
  /// and, for one word, by surname; else, for a full name, the speaker known by its surname alone
  /// (a stored key the name ends with).
  func speakerIDs(named name: String, _ db: Database) throws -> [Int64] {
    if name.hasPrefix("#"), let id = Int64(name.dropFirst()) {
      return try Int64.fetchAll(db, sql: "SELECT id FROM speaker WHERE id = ?", arguments: [id])
    }
    let key = SpeakerKey(name)
    guard !key.words.isEmpty else { return [] }
    let ids = try Int64.fetchAll(db, sql: "SELECT speakerID FROM speaker_key WHERE key = ?", arguments: [key.text])
    guard ids.isEmpty else { return ids }
    let aliased = { (folded: String) in
      try Int64.fetchSet(db, sql: "SELECT speakerID FROM speaker_alias WHERE folded = ?", arguments: [folded])
    }
    var found = try aliased(ClaimWords(name).normalized)
    if found.isEmpty { found = try aliased(key.text) }
    if ClaimWords(name).words.count == 1 || found.isEmpty && key.words.count == 1 {
      found.formUnion(
        try Int64.fetchAll(db, sql: "SELECT speakerID FROM speaker_key WHERE surname = ?", arguments: [key.text]))
    }
    if found.isEmpty, key.words.count > 1, let surname = key.surname {
      // A speaker the documents name by surname alone ("Thomas-Symonds said") is the full name's:
      // a stored key the name ends with.
      for row in try Row.fetchAll(
        db, sql: "SELECT key, speakerID FROM speaker_key WHERE surname = ?", arguments: [surname])
      where key.text.hasSuffix(" " + (row["key"] as String)) {
        found.insert(row["speakerID"])
      }
    }
    return found.sorted()
  }

  func summaries(_ ids: [Int64]?, _ db: Database) throws -> [SpeakerSummary] {
    var sql = """
      SELECT s.id, s.name, s.type,
        (SELECT count(*) FROM claim WHERE speakerID = s.id) AS claims,
        (SELECT count(DISTINCT documentID) FROM claim WHERE speakerID = s.id) AS documents
      FROM speaker s
      """
    var arguments = StatementArguments()
    if let ids {
      guard !ids.isEmpty else { return [] }
      sql += " WHERE s.id IN (\(databaseQuestionMarks(count: ids.count)))"
      arguments = StatementArguments(ids)
    }
    sql += " ORDER BY claims DESC, s.name"
    return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
      let id: Int64 = row["id"]
      let aliases = try Row.fetchAll(
        db, sql: "SELECT alias, count FROM speaker_alias WHERE speakerID = ? ORDER BY count DESC, alias",
        arguments: [id]
      ).map { (name: $0["alias"] as String, count: $0["count"] as Int) }
      return SpeakerSummary(
        id: id, name: row["name"], type: SpeakerType(rawValue: row["type"]) ?? .unknown, aliases: aliases,
        claims: row["claims"], documents: row["documents"])
    }
  }

  /// What the speakers a name can mean said, earliest document first.
  public func saidBy(_ name: String, limit: Int = 200) throws(StoreError) -> (
    speakers: [SpeakerSummary], claims: [StoredClaim]
  ) {
    try read { db in
      let ids = try speakerIDs(named: name, db)
      guard !ids.isEmpty else { return ([], []) }
      let claims = try Row.fetchAll(
        db,
        sql: StoredClaim.selection + """
           WHERE c.speakerID IN (\(databaseQuestionMarks(count: ids.count)))
          ORDER BY d.published IS NULL, d.published, d.seq, c.startByte LIMIT ?
          """,
        arguments: StatementArguments(ids) + [limit]
      ).map(StoredClaim.init(row:))
      return (try summaries(ids, db), claims)
    }
  }
}
