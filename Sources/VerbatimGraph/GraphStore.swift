import Foundation
import GRDB

/// The provenance graph on disk: one SQLite file (WAL journal, `synchronous = NORMAL`, so a
/// killed process never loses a committed document and a power cut loses at most the last
/// commits, never the file's integrity). Many readers, one writer; each document is written in
/// one transaction, whole or not at all.
public final class GraphStore: Sendable {
  public let path: String
  let pool: any DatabaseWriter

  /// The store named by `--store`, else `VERBATIM_STORE`, else `./verbatim.sqlite`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let path = environment["VERBATIM_STORE"], !path.isEmpty { return path }
    return "verbatim.sqlite"
  }

  /// Opens (and for writing, creates and migrates) the store at `path`.
  /// - Parameter unsafeNoJournal: for the crash test's negative control only: journal off.
  public init(path: String, create: Bool = true, unsafeNoJournal: Bool = false) throws(StoreError) {
    self.path = path
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
      if unsafeNoJournal {
        // No journal, and a page cache so small that pages spill to the file mid-transaction.
        try db.execute(sql: "PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = 8")
      }
    }
    do {
      pool = try Self.open(path: path, configuration: configuration, unsafeNoJournal: unsafeNoJournal)
    } catch {
      throw Self.explain(error, path: path)
    }
  }

  /// Opens the file and brings its schema up to date, waiting (up to 30 s, like a busy writer)
  /// while another process is creating or migrating the same store: SQLite may answer "busy"
  /// at once while the other switches the journal to WAL, and two processes can both see a
  /// migration as pending, the later one then failing on what the other just made (a table, a
  /// column). A failed migration is tried again only when another process applied migrations
  /// meanwhile; any other error is reported at once.
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
        where [.SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_ERROR].contains(error.resultCode)
        && ContinuousClock.now < deadline
      {
        if error.resultCode == .SQLITE_ERROR {
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

  func read<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do { return try pool.read(body) } catch { throw Self.explain(error, path: path) }
  }

  func write<T>(_ body: (Database) throws -> T) throws(StoreError) -> T {
    do { return try pool.write(body) } catch { throw Self.explain(error, path: path) }
  }

  /// How many of each node the store holds.
  public func counts() throws(StoreError) -> StoreCounts {
    try read { db in
      StoreCounts(
        documents: try Int.fetchOne(db, sql: "SELECT count(*) FROM document") ?? 0,
        claims: try Int.fetchOne(db, sql: "SELECT count(*) FROM claim") ?? 0,
        speakers: try Int.fetchOne(db, sql: "SELECT count(*) FROM speaker") ?? 0)
    }
  }

  /// The text of the claim with this number, if there is one.
  public func claimText(number: Int64) throws(StoreError) -> String? {
    try read { db in try String.fetchOne(db, sql: "SELECT text FROM claim WHERE id = ?", arguments: [number]) }
  }

  /// How many claims each document holds, by document id.
  public func claimCounts() throws(StoreError) -> [String: Int] {
    try read { db in
      var counts: [String: Int] = [:]
      for row in try Row.fetchAll(
        db, sql: "SELECT d.id, (SELECT count(*) FROM claim c WHERE c.documentID = d.id) AS n FROM document d")
      {
        counts[row["id"]] = row["n"]
      }
      return counts
    }
  }

  /// `PRAGMA integrity_check`: "ok" when the file is sound.
  public func integrityCheck() throws(StoreError) -> String {
    try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check").joined(separator: "\n") }
  }
}

/// How many documents, claims and speakers a store holds.
public struct StoreCounts: Sendable, Hashable {
  public var documents: Int
  public var claims: Int
  public var speakers: Int
}
