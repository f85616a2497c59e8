import Foundation
import GRDB
import GRDBSQLite

/// The store in one SQLite file, through GRDB (WAL journal, `synchronous = NORMAL`, so a killed
/// process never loses a committed document and a power cut loses at most the last commits,
/// never the file's integrity). Many readers, one writer; a second writer waits up to 30 s.
public final class SQLiteBackend: StoreBackend {
  public let location: String
  public var kind: String { "sqlite" }
  public var dialect: any SQLDialect { SQLiteDialect() }
  let writer: any DatabaseWriter

  /// Opens (and for writing, creates and migrates) the store at `path`.
  /// - Parameter unsafeNoJournal: for the crash test's negative control only: journal off.
  public init(path: String, create: Bool = true, unsafeNoJournal: Bool = false) throws(StoreError) {
    location = path
    if !create && !FileManager.default.fileExists(atPath: path) {
      throw StoreError(path: path, reason: "no store here yet; build one with `verbatim ingest FILES --store \(path)`")
    }
    var configuration = Configuration()
    configuration.busyMode = .timeout(30)
    configuration.foreignKeysEnabled = true
    configuration.prepareDatabase { db in
      try db.execute(sql: "PRAGMA synchronous = NORMAL")
      // 64 MB of page cache per connection: the indexes of a large store stay in memory.
      try db.execute(sql: "PRAGMA cache_size = -65536")
      // The file mapped into memory (up to 4 GB): a page the system already caches is read
      // without a copy or a system call, which made up much of a search's reads at a million claims.
      try db.execute(sql: "PRAGMA mmap_size = 4294967296")
      if unsafeNoJournal {
        // No journal, and a page cache so small that pages spill to the file mid-transaction.
        try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = 8")
      }
    }
    do {
      writer = try Self.open(path: path, configuration: configuration, unsafeNoJournal: unsafeNoJournal)
    } catch {
      throw Self.explain(error, path: path)
    }
  }

  /// Opens the file and brings its schema up to date, waiting (up to 30 s, like a busy writer)
  /// while another process is creating or migrating the same store: SQLite may answer "busy"
  /// at once while the other switches the journal to WAL, and two processes can both see a
  /// migration as pending, the later one then failing on what the other just made (a table, a
  /// column, the record of a migration that changes nothing here). A failed migration is tried
  /// again only when another process applied migrations meanwhile; any other error is reported
  /// at once.
  private static func open(
    path: String, configuration: Configuration, unsafeNoJournal: Bool
  ) throws -> any DatabaseWriter {
    let migrator = StoreSchema.migrator
    let deadline = ContinuousClock.now + .seconds(30)
    while true {
      var writer: (any DatabaseWriter)?
      var appliedBefore: Set<String> = []
      do {
        // WAL needs a pool; the unsafe control runs on a plain queue so the journal can be off.
        let opened: any DatabaseWriter =
          unsafeNoJournal
          ? try DatabaseQueue(path: path, configuration: configuration)
          : try DatabasePool(path: path, configuration: configuration)
        writer = opened
        appliedBefore = try opened.read(migrator.appliedIdentifiers)
        try migrator.migrate(opened)
        return opened
      } catch let error as DatabaseError
        where [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_ERROR, .SQLITE_CONSTRAINT].contains(error.resultCode)
        && ContinuousClock.now < deadline
      {
        if [.SQLITE_ERROR, .SQLITE_CONSTRAINT].contains(error.resultCode) {
          let appliedNow = try writer?.read(migrator.appliedIdentifiers)
          guard let appliedNow, appliedNow != appliedBefore else { throw error }
        }
        usleep(50_000)
      }
    }
  }

  /// A store error naming the file and what went wrong, from whatever SQLite or the file system said.
  static func explain(_ error: any Error, path: String) -> StoreError {
    if let error = error as? StoreError { return error }
    guard let error = error as? DatabaseError else { return StoreError(path: path, reason: "\(error)") }
    switch error.resultCode {
    case .SQLITE_FULL: return StoreError(path: path, reason: "the disk is full; nothing was written")
    case .SQLITE_READONLY:
      return StoreError(path: path, reason: "the store is read-only; nothing was written")
    case .SQLITE_BUSY, .SQLITE_LOCKED:
      return StoreError(path: path, reason: "another verbatim process is writing this store; try again when it ends")
    case .SQLITE_CANTOPEN:
      return StoreError(path: path, reason: "cannot open the store (does the folder exist, and may it be written?)")
    case .SQLITE_CORRUPT, .SQLITE_NOTADB:
      return StoreError(path: path, reason: "this file is not a Verbatim store or is damaged")
    case .SQLITE_IOERR: return StoreError(path: path, reason: "the disk reported an error: \(error.message ?? "")")
    default: return StoreError(path: path, reason: error.message ?? "\(error)")
    }
  }

  public func read<T>(_ body: (any StoreDatabase) throws -> T) throws(StoreError) -> T {
    do { return try writer.read { db in try body(SQLiteDatabase(db: db)) } } catch {
      throw Self.explain(error, path: location)
    }
  }

  public func write<T>(_ body: (any StoreDatabase) throws -> T) throws(StoreError) -> T {
    do { return try writer.write { db in try body(SQLiteDatabase(db: db)) } } catch {
      throw Self.explain(error, path: location)
    }
  }

  public func appliedMigrations() throws(StoreError) -> [String] {
    do {
      return try writer.read { db in
        try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations ORDER BY rowid")
      }
    } catch { throw Self.explain(error, path: location) }
  }

  /// `PRAGMA integrity_check`: "ok" when the file is sound.
  public func integrityCheck() throws(StoreError) -> String {
    do {
      return try writer.read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
    } catch { throw Self.explain(error, path: location) }
  }
}

/// A GRDB connection seen as a `StoreDatabase`: `?` placeholders, statements cached (but those
/// with long lists).
struct SQLiteDatabase: StoreDatabase {
  let db: Database
  var dialect: any SQLDialect { SQLiteDialect() }

  func execute(_ sql: SQL) throws { try statement(sql).execute() }

  func rows(_ sql: SQL) throws -> [StoreRow] {
    let statement = try statement(sql)
    let columns = StoreRow.Columns(statement.columnNames)
    return try Row.fetchAll(statement).map { row in
      StoreRow(columns: columns, values: row.databaseValues.map(Self.value))
    }
  }

  func integers(_ sql: SQL) throws -> [Int64] {
    try Int64?.fetchAll(try statement(sql)).map { $0 ?? 0 }
  }

  func tableExists(_ name: String) throws -> Bool { try db.tableExists(name) }

  /// The statement with its arguments bound; the text of a statement without a list is the same
  /// every time, so it is prepared once per connection.
  private func statement(_ sql: SQL) throws -> Statement {
    var text = ""
    text.reserveCapacity(256)
    var arguments: [StoreValue] = []
    arguments.reserveCapacity(sql.pieces.count)
    for piece in sql.pieces {
      switch piece {
      case .text(let part): text += part
      case .value(let value):
        text += "?"
        arguments.append(value)
      case .list(let values):
        text += values.isEmpty ? " IN (NULL)" : " IN (" + databaseQuestionMarks(count: values.count) + ")"
        arguments += values
      }
    }
    // A short list's statements are few (one a length) and worth keeping too.
    let statement =
      sql.hasList && arguments.count > 64 ? try db.makeStatement(sql: text) : try db.cachedStatement(sql: text)
    // The placeholders are the arguments' own, one for one: bound straight, without GRDB's
    // checks and conversions (most of the cost of a small statement).
    statement.setUncheckedArguments(StatementArguments())
    let handle = statement.sqliteStatement
    for (index, value) in zip(Int32(1)..., arguments) {
      switch value {
      case .null: sqlite3_bind_null(handle, index)
      case .integer(let number): sqlite3_bind_int64(handle, index, number)
      case .real(let number): sqlite3_bind_double(handle, index, number)
      case .text(var text):
        text.withUTF8 { bytes in
          let start = bytes.baseAddress.map { UnsafeRawPointer($0).assumingMemoryBound(to: CChar.self) }
          _ = sqlite3_bind_text(handle, index, start ?? Self.empty, Int32(bytes.count), Self.transient)
        }
      }
    }
    return statement
  }

  /// SQLite copies what it binds with this.
  private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)
  /// A zero-length text (SQLite binds a null pointer as NULL).
  nonisolated(unsafe) private static let empty: UnsafePointer<CChar> = {
    let pointer = UnsafeMutablePointer<CChar>.allocate(capacity: 1)
    pointer.initialize(to: 0)
    return UnsafePointer(pointer)
  }()

  private static func value(_ value: DatabaseValue) -> StoreValue {
    switch value.storage {
    case .null: .null
    case .int64(let number): .integer(number)
    case .double(let number): .real(number)
    case .string(let text): .text(text)
    case .blob(let data): .text(String(decoding: data, as: UTF8.self))
    }
  }
}

/// SQLite's way: FTS5 for full text, `json_group_array` for spans, a case-blind `LIKE`.
struct SQLiteDialect: SQLDialect {
  var claimSpansJSON: String {
    """
    json_group_array(json_array(role, ordinal, text, textStart, textEnd, startByte, endByte, line, "column", endLine, endColumn))
    """
  }

  var caseInsensitiveLike: String { "LIKE" }

  /// SQLite's default limit on arguments since 3.32.
  var maxArguments: Int { 32766 }

  /// FTS5 walks its entries in id order and stops at `limit`, whatever the words' counts.
  func claimsHolding(_ words: [String], limit: Int, fewest: Int) -> SQL {
    // Folded words hold letters, digits and decimal points only, so quoting them is enough.
    let pattern = words.map { "\"\($0)\"" }.joined(separator: " AND ")
    return "SELECT rowid AS id FROM claim_fts WHERE claim_fts MATCH \(pattern) ORDER BY rowid LIMIT \(limit)"
  }

  func columns(of table: String) -> SQL { "SELECT name FROM pragma_table_info(\(table)) ORDER BY cid" }

  /// SQLite has planned every query without statistics since the store began; a copy keeps it so.
  func refreshStatistics(of tables: [String]) -> SQL? { nil }

  /// FTS5 indexes a document's claims in one statement after they are all stored (one segment a
  /// document; indexing each as it was inserted wrote a segment a claim); their words are
  /// counted in one more.
  func indexClaims(ofDocument id: String) -> [SQL] {
    [
      "INSERT INTO claim_fts(rowid, normalized) SELECT id, normalized FROM claim WHERE documentID = \(id)",
      SQLiteWordCounts.add(where: "c.documentID = \(id)"),
    ]
  }

  /// FTS5 keeps a segment a document, merged a few at a time as they come: a search at a
  /// million claims reads each word from a dozen or more of them until they are merged into one.
  var optimizeClaimIndex: [SQL] { ["INSERT INTO claim_fts(claim_fts) VALUES ('optimize')"] }

  /// The index rebuilt and merged into one segment (the fewest pages a search reads), the words
  /// counted again.
  var rebuildClaimIndex: [SQL] {
    [
      "INSERT INTO claim_fts(claim_fts) VALUES ('rebuild')", "INSERT INTO claim_fts(claim_fts) VALUES ('optimize')",
      "DELETE FROM claim_word", SQLiteWordCounts.add(where: "true"),
    ]
  }

  /// The fingerprints as one JSON argument (one statement, prepared once); for each, the range
  /// from its `perFingerprint`-th latest claim on, found in the primary key's order.
  func claimsSharing(_ fingerprints: [Int64], perFingerprint: Int) -> SQL {
    let list = "[" + fingerprints.map(String.init).joined(separator: ",") + "]"
    return """
      SELECT f.claimID FROM json_each(\(list)) AS j
      JOIN claim_fingerprint AS f ON f.fingerprint = j.value AND f.claimID >= coalesce((
        SELECT claimID FROM claim_fingerprint WHERE fingerprint = j.value
        ORDER BY claimID DESC LIMIT 1 OFFSET \(perFingerprint - 1)), 0)
      """
  }
}
