public import ArgumentParser
import Foundation
public import VerbatimGraph
import VerbatimPostgres

/// The `--store` option every command that uses the provenance graph shares.
public struct StoreOptionGroup: ParsableArguments {
  @Option(
    name: .long,
    help: ArgumentHelp(
      "The store: an SQLite file, or a PostgreSQL database as postgres://USER[:PASSWORD]@HOST[:PORT]/DB[?sslmode=disable|prefer|require|verify-full].",
      discussion:
        "Default: $VERBATIM_STORE if set, else ./verbatim.sqlite. A password may also come from $PGPASSWORD; it is never printed.",
      valueName: "path-or-url"))
  public var store: String?

  public init() {}

  public var path: String { store ?? GraphStore.defaultPath(environment: ProcessInfo.processInfo.environment) }

  /// Opens the store, SQLite or PostgreSQL (creating it when `create`).
  public func open(create: Bool, unsafeNoJournal: Bool = false) throws(StoreError) -> GraphStore {
    try GraphStore.open(path, create: create, unsafeNoJournal: unsafeNoJournal)
  }

  /// Opens the store (it must exist already) and asks it one thing; when that fails, prints the
  /// error, which names the store and the problem, and returns nil.
  public func ask<Answer>(_ console: Console, _ question: (GraphStore) throws -> Answer) -> Answer? {
    do {
      return try question(open(create: false))
    } catch {
      console.error("verbatim: \(error)")
      return nil
    }
  }
}

/// How the store's questions print their answers.
public enum QueryFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  /// For reading in a terminal.
  case text
  /// One JSON document, for scripts.
  case json
}
