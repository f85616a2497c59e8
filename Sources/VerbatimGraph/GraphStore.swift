import Foundation

/// The provenance graph: documents, claims, speakers and their links, in an SQLite file
/// (`SQLiteBackend`) or a PostgreSQL database (`PostgresBackend`). Its questions are written
/// once against `StoreDatabase`. Each document is written in one transaction, whole or not at
/// all; readers see whole documents only.
public final class GraphStore: Sendable {
  /// The store as messages name it: a file's path, or a server's address with the password hidden.
  public var path: String { backend.location }
  public let backend: any StoreBackend

  /// The store named by `--store`, else `VERBATIM_STORE`, else `./verbatim.sqlite`.
  public static func defaultPath(environment: [String: String]) -> String {
    if let path = environment["VERBATIM_STORE"], !path.isEmpty { return path }
    return "verbatim.sqlite"
  }

  /// Opens (and for writing, creates and migrates) the SQLite store at `path`.
  /// - Parameter unsafeNoJournal: for the crash test's negative control only: journal off.
  public convenience init(path: String, create: Bool = true, unsafeNoJournal: Bool = false) throws(StoreError) {
    self.init(backend: try SQLiteBackend(path: path, create: create, unsafeNoJournal: unsafeNoJournal))
  }

  /// The store kept by `backend`, already open and migrated.
  public init(backend: any StoreBackend) {
    self.backend = backend
  }

  func read<T>(_ body: (any StoreDatabase) throws -> T) throws(StoreError) -> T { try backend.read(body) }

  func write<T>(_ body: (any StoreDatabase) throws -> T) throws(StoreError) -> T { try backend.write(body) }

  /// How many of each node the store holds.
  public func counts() throws(StoreError) -> StoreCounts {
    try read { db in
      StoreCounts(
        documents: try db.value(Int.self, "SELECT count(*) FROM document") ?? 0,
        claims: try db.value(Int.self, "SELECT count(*) FROM claim") ?? 0,
        speakers: try db.value(Int.self, "SELECT count(*) FROM speaker") ?? 0)
    }
  }

  /// The text of the claim with this number, if there is one.
  public func claimText(number: Int64) throws(StoreError) -> String? {
    try read { db in try db.value(String.self, "SELECT text FROM claim WHERE id = \(number)") }
  }

  /// How many claims each document holds, by document id.
  public func claimCounts() throws(StoreError) -> [String: Int] {
    try read { db in
      var counts: [String: Int] = [:]
      for row in try db.rows(
        "SELECT d.id, (SELECT count(*) FROM claim c WHERE c.documentID = d.id) AS n FROM document d")
      {
        counts[row["id"]] = row["n"]
      }
      return counts
    }
  }

  /// Merges the full-text index into the fewest pieces a search reads (after a bulk load; the
  /// same answers, found with fewer reads).
  public func optimizeSearchIndex() throws(StoreError) {
    try write { db in
      for statement in db.dialect.optimizeClaimIndex { try db.execute(statement) }
    }
  }

  /// "ok" when the store is sound (for SQLite, `PRAGMA integrity_check`).
  public func integrityCheck() throws(StoreError) -> String { try backend.integrityCheck() }
}

/// How many documents, claims and speakers a store holds.
public struct StoreCounts: Sendable, Hashable {
  public var documents: Int
  public var claims: Int
  public var speakers: Int
}

extension GraphStore {
  /// How many rows each of the store's tables holds, in `StoreTables.all` order.
  public func tableCounts() throws(StoreError) -> [(table: String, count: Int)] {
    try read { db in
      try StoreTables.all.map { table in
        (table.name, try db.value(Int.self, "SELECT count(*) FROM \(raw: table.name)") ?? 0)
      }
    }
  }
}
