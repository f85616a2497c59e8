import Foundation
import Logging
import NIOCore
import NIOPosix
import NIOSSL
import PostgresNIO
public import VerbatimGraph

/// The store in a PostgreSQL database, shared by every machine that reaches the server: many
/// readers and many writers at once. Each write (a document, a people file, a speaker merge)
/// is one transaction that first takes a transaction-scoped advisory lock, so writers from any
/// process commit one at a time and each sees every document committed before it, as in SQLite;
/// reading and extracting, the costly part, still run in parallel everywhere. Reads are
/// read-only snapshots and take no lock. A killed writer's transaction is rolled back by the
/// server and its lock released; what it committed stays.
public final class PostgresBackend: StoreBackend, @unchecked Sendable {
  public let address: PostgresAddress
  public var location: String { address.description }
  public var kind: String { "postgresql" }
  public var dialect: any SQLDialect { PostgresDialect() }

  /// The advisory lock every write holds for its transaction (per database: two stores on one
  /// server do not wait for each other); another for creating and migrating the schema.
  static let writeLock: Int64 = 0x7665_7262_6174_696d
  static let migrationLock: Int64 = 0x7665_7262_6d69_6772
  /// How long a writer waits for another's transaction before it gives up.
  static let lockTimeout = "60s"

  private let group = MultiThreadedEventLoopGroup(numberOfThreads: 1)
  private let configuration: PostgresConnection.Configuration
  private let logger: Logger
  private let lock = NSLock()
  private var idle: [PostgresConnection] = []
  private var connectionCount = 0

  /// Connects, and creates or migrates the schema (waiting while another process does).
  /// - Parameter create: whether to make the store's tables when the database has none yet.
  public init(_ address: PostgresAddress, create: Bool = true) throws(StoreError) {
    self.address = address
    // Nothing the driver logs reaches any output: messages are this backend's own, password-free.
    logger = Logger(label: "verbatim.postgres", factory: { _ in SwiftLogNoOpLogHandler() })
    do {
      configuration = try Self.configuration(for: address)
    } catch {
      try? group.syncShutdownGracefully()
      throw StoreError(path: address.description, reason: "\(error)")
    }
    do {
      try migrate(create: create)
    } catch {
      close()
      throw error
    }
  }

  deinit { close() }

  /// Closes every connection and the event loop.
  private func close() {
    lock.lock()
    let connections = idle
    idle = []
    lock.unlock()
    for connection in connections { try? connection.close().wait() }
    try? group.syncShutdownGracefully()
  }

  private static func configuration(for address: PostgresAddress) throws -> PostgresConnection.Configuration {
    var configuration: PostgresConnection.Configuration
    if let folder = address.socketFolder {
      configuration = PostgresConnection.Configuration(
        unixSocketPath: address.socketPath(in: folder), username: address.user, password: address.password,
        database: address.database)
    } else {
      var tls = TLSConfiguration.makeClientConfiguration()
      tls.certificateVerification = address.tls == .verifyFull ? .fullVerification : .none
      if let roots = address.rootCertificates {
        guard FileManager.default.isReadableFile(atPath: roots) else {
          throw PostgresAddressError(reason: "cannot read the certificates in sslrootcert \(roots)")
        }
        tls.trustRoots = .file(roots)
      }
      let mode: PostgresConnection.Configuration.TLS
      switch address.tls {
      case .disable: mode = .disable
      case .prefer: mode = .prefer(try NIOSSLContext(configuration: tls))
      case .require, .verifyFull: mode = .require(try NIOSSLContext(configuration: tls))
      }
      configuration = PostgresConnection.Configuration(
        host: address.host ?? "localhost", port: address.port, username: address.user, password: address.password,
        database: address.database, tls: mode)
      if address.tls == .verifyFull { configuration.options.tlsServerName = address.host }
    }
    configuration.options.additionalStartupParameters = [("application_name", "verbatim")]
    return configuration
  }

  public func read<T>(_ body: (any StoreDatabase) throws -> T) throws(StoreError) -> T {
    try transaction("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY", locked: false, body)
  }

  public func write<T>(_ body: (any StoreDatabase) throws -> T) throws(StoreError) -> T {
    try transaction("BEGIN", locked: true, body)
  }

  public func appliedMigrations() throws(StoreError) -> [String] {
    try read { db in try db.values(String.self, "SELECT identifier FROM schema_migrations ORDER BY position") }
  }

  /// PostgreSQL keeps its own files sound (write-ahead log, checksums where enabled); this checks
  /// what is the store's to keep: every claim's document, speaker and cluster exist.
  public func integrityCheck() throws(StoreError) -> String {
    try read { db in
      let problems = [
        (
          "claims without their document",
          "SELECT count(*) FROM claim c LEFT JOIN document d ON d.id = c.documentID WHERE d.id IS NULL"
        ),
        (
          "claims of a missing speaker",
          "SELECT count(*) FROM claim c LEFT JOIN speaker s ON s.id = c.speakerID WHERE c.speakerID IS NOT NULL AND s.id IS NULL"
        ),
        (
          "claims in a missing cluster",
          "SELECT count(*) FROM claim c LEFT JOIN claim k ON k.id = c.clusterID WHERE c.clusterID IS NOT NULL AND k.id IS NULL"
        ),
      ].compactMap { (name: String, query: String) -> String? in
        let count = (try? db.value(Int.self, SQL(stringLiteral: query))) ?? 0
        return count > 0 ? "\(count) \(name)" : nil
      }
      return problems.isEmpty ? "ok" : problems.joined(separator: "\n")
    }
  }

  /// Runs `body` between `begin` and `COMMIT` on a connection of the pool; rolls back when it throws.
  private func transaction<T>(
    _ begin: String, locked: Bool, _ body: (any StoreDatabase) throws -> T
  ) throws(StoreError) -> T {
    let connection = try checkout()
    let db = PostgresDatabase(connection: connection, logger: logger)
    do {
      try db.execute(SQL(stringLiteral: begin))
      if locked {
        try db.execute("SET LOCAL lock_timeout = '\(raw: Self.lockTimeout)'")
        _ = try db.rows("SELECT pg_advisory_xact_lock(\(Self.writeLock))")
      }
      let result = try body(db)
      try db.execute("COMMIT")
      try db.flush()
      checkin(connection)
      return result
    } catch {
      db.settle()
      if !connection.isClosed, (try? db.rows("ROLLBACK")) != nil {
        checkin(connection)
      } else {
        drop(connection)
      }
      throw PostgresErrors.explain(error, address: address)
    }
  }

  private func checkout() throws(StoreError) -> PostgresConnection {
    lock.lock()
    while let connection = idle.popLast() {
      if !connection.isClosed {
        lock.unlock()
        return connection
      }
      connectionCount -= 1
    }
    connectionCount += 1
    let id = connectionCount
    lock.unlock()
    do {
      return try PostgresConnection.connect(
        on: group.next(), configuration: configuration, id: id, logger: logger
      ).wait()
    } catch {
      lock.lock()
      connectionCount -= 1
      lock.unlock()
      throw PostgresErrors.explain(error, address: address, connecting: true)
    }
  }

  private func checkin(_ connection: PostgresConnection) {
    lock.lock()
    idle.append(connection)
    lock.unlock()
  }

  private func drop(_ connection: PostgresConnection) {
    try? connection.close().wait()
    lock.lock()
    connectionCount -= 1
    lock.unlock()
  }

  /// Makes the tables (when `create`) and applies the migrations not yet applied, all in one
  /// transaction under the migration lock, so two processes starting on an empty database at
  /// once make it once. A store whose migrations are all applied is only read: a read-only role
  /// opens it.
  private func migrate(create: Bool) throws(StoreError) {
    let known = PostgresSchema.migrations.map(\.identifier)
    let location = self.location
    try transaction("BEGIN", locked: false) { db in
      _ = try db.rows("SELECT pg_advisory_xact_lock(\(Self.migrationLock))")
      var applied: [String] = []
      if try db.tableExists("schema_migrations") {
        applied = try db.values(String.self, "SELECT identifier FROM schema_migrations ORDER BY position")
      } else {
        guard create else {
          throw StoreError(
            path: location,
            reason: "no store in this database yet; build one with `verbatim ingest FILES --store \(location)`")
        }
        try db.execute(
          """
          CREATE TABLE schema_migrations (identifier TEXT COLLATE "C" PRIMARY KEY, position BIGINT NOT NULL UNIQUE)
          """)
      }
      guard applied.count <= known.count, Array(known.prefix(applied.count)) == applied else {
        throw StoreError(
          path: location,
          reason:
            "this store was made by another version of verbatim (its schema has \(applied.last ?? "no migration"))")
      }
      for (position, migration) in PostgresSchema.migrations.enumerated().dropFirst(applied.count) {
        try migration.apply(db)
        try db.execute(
          "INSERT INTO schema_migrations(identifier, position) VALUES (\(migration.identifier), \(position + 1))")
      }
    }
  }
}
