/// Where a store keeps its graph: an SQLite file (`SQLiteBackend`) or a PostgreSQL database
/// (`PostgresBackend`, in `VerbatimPostgres`). The store's queries are written once, against
/// `StoreDatabase`, with what the two engines write differently in each one's `SQLDialect`.
public protocol StoreBackend: Sendable {
  /// The store as messages name it: a file's path, or a server's address with the password hidden.
  var location: String { get }
  /// `sqlite` or `postgresql`.
  var kind: String { get }
  var dialect: any SQLDialect { get }
  /// Runs `body` on a consistent view of the store (concurrent writers never show half a document).
  func read<T>(_ body: (any StoreDatabase) throws -> T) throws(StoreError) -> T
  /// Runs `body` in one transaction that sees every document committed before it began and that no
  /// other writer, in this process or another, interleaves with; nothing of it stays when it throws.
  func write<T>(_ body: (any StoreDatabase) throws -> T) throws(StoreError) -> T
  /// The identifiers of the schema migrations applied, in order.
  func appliedMigrations() throws(StoreError) -> [String]
  /// "ok" when the store's files or tables are sound, else what is wrong.
  func integrityCheck() throws(StoreError) -> String
}

/// One connection inside a transaction, as the store's queries see it: statements in, rows out.
public protocol StoreDatabase {
  var dialect: any SQLDialect { get }
  /// Runs a statement that returns nothing. A backend may send it without waiting for its
  /// answer (PostgreSQL pipelines them, a round trip saved each); an error then surfaces at the
  /// next query or at the commit, inside the same transaction, so nothing of it stays.
  func execute(_ sql: SQL) throws
  /// Runs a query and returns its rows.
  func rows(_ sql: SQL) throws -> [StoreRow]
  /// Runs a query and returns its first column as integers (NULL as 0): for queries of many rows
  /// of one number, without a row each.
  func integers(_ sql: SQL) throws -> [Int64]
  /// Whether the store has a table of this name (a migration may run before a later one made it).
  func tableExists(_ name: String) throws -> Bool
}

extension StoreDatabase {
  public func integers(_ sql: SQL) throws -> [Int64] { try rows(sql).map { ($0[0] as Int64?) ?? 0 } }

  /// The first row, if any.
  public func row(_ sql: SQL) throws -> StoreRow? { try rows(sql).first }

  /// The first column of the first row, nil when there is no row or it is NULL.
  public func value<Value: StoreValueConvertible>(_ type: Value.Type, _ sql: SQL) throws -> Value? {
    guard let row = try row(sql) else { return nil }
    return (row[0] as Value?)
  }

  /// The first column of every row.
  public func values<Value: StoreValueConvertible>(_ type: Value.Type, _ sql: SQL) throws -> [Value] {
    try rows(sql).map { $0[0] }
  }
}

/// What the two engines write differently, kept in each backend's own file.
public protocol SQLDialect: Sendable {
  /// The aggregate that gathers a claim's rows of `claim_span` as the JSON array of arrays
  /// `StoredClaim.spans` reads: `[role, ordinal, text, textStart, textEnd, startByte, endByte,
  /// line, column, endLine, endColumn]` for each.
  var claimSpansJSON: String { get }
  /// `LIKE` that ignores case, as SQLite's does for ASCII.
  var caseInsensitiveLike: String { get }
  /// The most arguments one statement may carry.
  var maxArguments: Int { get }
  /// A query whose column `id` lists the claims holding every one of `words` (folded words:
  /// letters, digits and decimal points) in the full-text index, lowest id first, at most
  /// `limit`. `fewest` is how many claims hold the rarest of the words (from `claim_word`): an
  /// engine that can either walk the claims in id order or read the words' index entries
  /// whole chooses by it.
  func claimsHolding(_ words: [String], limit: Int, fewest: Int) -> SQL
  /// A query listing the columns of a table (one a row, in order), as `store copy` copies them.
  func columns(of table: String) -> SQL
  /// A statement that brings the query planner's statistics on these tables up to date after a
  /// bulk load (`store copy`), or nil when the engine plans well without them.
  func refreshStatistics(of tables: [String]) -> SQL?
  /// A query whose first column lists, for each of `fingerprints`, the claims indexed under it
  /// in `claim_fingerprint`, at most `perFingerprint` of each (the highest ids): what quote
  /// matching counts. It must not read more rows than it returns, or matching slows down as the
  /// store grows.
  func claimsSharing(_ fingerprints: [Int64], perFingerprint: Int) -> SQL
  /// Statements that put a new document's claims into the full-text index and the word counts
  /// (`claim_word`), when the engine does not as they are inserted; none when it does.
  func indexClaims(ofDocument id: String) -> [SQL]
  /// Statements that rebuild the full-text index and the word counts from the claims (after
  /// `store copy`), when the engine keeps them apart from the claims; none when it does not.
  var rebuildClaimIndex: [SQL] { get }
  /// Statements that merge the full-text index into the fewest pieces a search reads, after a
  /// bulk load; none when the engine keeps it so.
  var optimizeClaimIndex: [SQL] { get }
}

extension SQLDialect {
  public func indexClaims(ofDocument id: String) -> [SQL] { [] }
  public var rebuildClaimIndex: [SQL] { [] }
  public var optimizeClaimIndex: [SQL] { [] }

  /// Any engine with window functions; it reads every row of a common fingerprint, so an engine
  /// that can stop after `perFingerprint` rows of each should say so in its own dialect.
  public func claimsSharing(_ fingerprints: [Int64], perFingerprint: Int) -> SQL {
    """
    SELECT claimID FROM (
      SELECT claimID, row_number() OVER (PARTITION BY fingerprint ORDER BY claimID DESC) AS latest
      FROM claim_fingerprint WHERE fingerprint\(in: fingerprints)
    ) AS ranked WHERE latest <= \(perFingerprint)
    """
  }
}
