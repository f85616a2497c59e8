public import VerbatimCore

/// A speaker with the names they go by, their roles, and how much they said.
public struct SpeakerSummary: Sendable {
  public var id: Int64
  public var name: String
  public var type: SpeakerType
  /// Names as written, most used first, with how often each was used.
  public var aliases: [(name: String, count: Int)]
  /// Roles: the one a people file gives first, then what documents called the speaker, most
  /// used first.
  public var roles: [(name: String, count: Int)]
  /// The Wikidata id a people file gave (`Q42`), if any.
  public var wikidata: String?
  /// Whether a people file or an editor fixed this speaker's identity.
  public var pinned: Bool
  /// A register's reference (`#DavidRutley`) and addresses that identify the speaker.
  public var identifiers: [String]
  /// For a speaker named by surname alone that no single full name could take: the fully named
  /// speakers of that surname it could be (two or more), else empty.
  public var candidates: [SpeakerRef]
  public var claims: Int
  public var documents: Int

  public var ref: SpeakerRef {
    SpeakerRef(id: id, name: name, type: type, wikidata: wikidata, role: knownRole, pinned: pinned)
  }
  /// The role a people file gives, if any.
  public var knownRole: String? { roles.first.flatMap { $0.count == 0 ? $0.name : nil } }
  /// The identifiers that are web addresses (a parliament's member page), for `owl:sameAs`.
  public var addresses: [String] { identifiers.filter { $0.hasPrefix("http://") || $0.hasPrefix("https://") } }
  /// The role a people file gives, else the one documents use most.
  public var role: String? { roles.first?.name }
}

extension GraphStore {
  /// Every speaker, most quoted first.
  public func speakers(matching name: String? = nil) throws(StoreError) -> [SpeakerSummary] {
    try read { db in
      let ids: [Int64]? = try name.map { try speakerIDs(named: $0, db) }
      return try summaries(ids, db)
    }
  }

  /// The speakers a name can mean: by full-name key (or a name a people file lists); else by
  /// any name they were quoted under and, for a surname, every speaker of that surname; else,
  /// for a full name, the speakers named by its surname alone who wait for a full name.
  func speakerIDs(named name: String, _ db: any StoreDatabase) throws -> [Int64] {
    if name.hasPrefix("#"), let id = Int64(name.dropFirst()) {
      return try db.values(Int64.self, "SELECT id FROM speaker WHERE id = \(id)")
    }
    if let id = try SpeakerRegistry(db: db).identified(by: name) { return [id] }
    let key = SpeakerKey(name)
    guard !key.words.isEmpty, let surname = key.surname else { return [] }
    if let found = try SpeakerRegistry(db: db).lookup(key), key.isFull { return [found.id] }
    let aliased = { (folded: String) in
      Set(try db.values(Int64.self, "SELECT speakerID FROM speaker_alias WHERE folded = \(folded)"))
    }
    var found = try aliased(ClaimWords(name).normalized)
    if found.isEmpty { found = try aliased(ClaimWords(key.text).normalized) }
    if let keyed = try SpeakerRegistry(db: db).lookup(key) { found.insert(keyed.id) }
    let waiting = { () throws -> Set<Int64> in
      Set(try db.values(Int64.self, "SELECT id FROM speaker WHERE surname = \(surname)"))
    }
    if !key.isFull && (found.isEmpty || name.split(separator: " ").count == 1) {
      found.formUnion(try db.values(Int64.self, "SELECT speakerID FROM speaker_key WHERE surname = \(surname)"))
      found.formUnion(try waiting())
    } else if found.isEmpty {
      found = try waiting()
    }
    return found.sorted()
  }

  func summaries(_ ids: [Int64]?, _ db: any StoreDatabase) throws -> [SpeakerSummary] {
    var sql: SQL = """
      SELECT s.id, s.name, s.type, s.role, s.wikidata, s.pinned, s.surname,
        (SELECT count(*) FROM claim WHERE speakerID = s.id) AS claims,
        (SELECT count(DISTINCT documentID) FROM claim WHERE speakerID = s.id) AS documents
      FROM speaker s
      """
    if let ids {
      guard !ids.isEmpty else { return [] }
      sql = sql + " WHERE s.id\(in: ids)"
    }
    sql = sql + " ORDER BY claims DESC, s.name, s.id"
    let registry = SpeakerRegistry(db: db)
    return try db.rows(sql).map { row in
      let id: Int64 = row["id"]
      let type = SpeakerType(rawValue: row["type"]) ?? .unknown
      let counted = { (sql: SQL) in
        try db.rows(sql).map { (name: $0[0] as String, count: $0[1] as Int) }
      }
      let aliases = try counted(
        "SELECT alias, count FROM speaker_alias WHERE speakerID = \(id) ORDER BY count DESC, alias")
      var roles = try counted("SELECT role, count FROM speaker_role WHERE speakerID = \(id) ORDER BY count DESC, role")
      if let known = row["role"] as String? {
        roles.removeAll { ClaimWords($0.name).normalized == ClaimWords(known).normalized }
        roles.insert((known, 0), at: 0)
      }
      var candidates: [SpeakerRef] = []
      if let surname = row["surname"] as String? {
        candidates = try registry.namesakes(surname: surname, type: type, limit: 20).compactMap { try ref($0, db) }
      }
      let identifiers = try db.values(
        String.self, "SELECT identifier FROM speaker_identifier WHERE speakerID = \(id) ORDER BY identifier")
      return SpeakerSummary(
        id: id, name: row["name"], type: type, aliases: aliases, roles: roles, wikidata: row["wikidata"],
        pinned: row["pinned"], identifiers: identifiers, candidates: candidates, claims: row["claims"],
        documents: row["documents"])
    }
  }

  /// A speaker's id, name, type and Wikidata id.
  func ref(_ id: Int64, _ db: any StoreDatabase) throws -> SpeakerRef? {
    try db.row("SELECT name, type, wikidata, role, pinned FROM speaker WHERE id = \(id)").map {
      SpeakerRef(
        id: id, name: $0["name"], type: SpeakerType(rawValue: $0["type"]) ?? .unknown, wikidata: $0["wikidata"],
        role: $0["role"], pinned: $0["pinned"])
    }
  }

  /// What the speakers a name can mean said, earliest document first.
  public func saidBy(_ name: String, limit: Int = 200) throws(StoreError) -> (
    speakers: [SpeakerSummary], claims: [StoredClaim]
  ) {
    try read { db in
      let ids = try speakerIDs(named: name, db)
      guard !ids.isEmpty else { return ([], []) }
      let claims = try db.rows(
        StoredClaim.selection(db.dialect) + """
           WHERE c.speakerID\(in: ids)
          ORDER BY d.published IS NULL, d.published, d.seq, c.startByte, c.id LIMIT \(limit)
          """
      ).map(StoredClaim.init(row:))
      return (try summaries(ids, db), claims)
    }
  }
}
