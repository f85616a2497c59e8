public import ArgumentParser
import Foundation
import VerbatimCore
import VerbatimExport
import VerbatimGraph
import VerbatimPostgres

/// `verbatim store`: what a store is, and moving it between SQLite and PostgreSQL.
public struct StoreCommand: ParsableCommand {
  public static let configuration = CommandConfiguration(
    commandName: "store",
    abstract: "Show a store's backend, schema and counts, or copy a whole store to another backend.",
    subcommands: [StoreInfoCommand.self, StoreCopyCommand.self],
    defaultSubcommand: StoreInfoCommand.self
  )

  public init() {}
}

/// `verbatim store info`.
public struct StoreInfoCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "info",
    abstract: "Print the store's backend, where it is (passwords shown as ***), its schema version and counts.")

  @Option(name: .long, help: "text or json.")
  public var format: QueryFormat = .text

  @OptionGroup public var store: StoreOptionGroup

  public init() {}

  public func run(console: Console) throws -> Int32 {
    guard
      let (graph, migrations, rows) = store.ask(
        console,
        { graph in
          (graph, try graph.backend.appliedMigrations(), try graph.tableCounts())
        })
    else { return 1 }
    let known = StoreSchema.migrationIdentifiers
    let current = migrations == known
    switch format {
    case .json:
      console.print(
        .object([
          ("backend", .string(graph.backend.kind)), ("store", .string(graph.path)),
          ("schemaVersion", .int(migrations.count)), ("schemaCurrent", .bool(current)),
          ("lastMigration", migrations.last.map { .string($0) } ?? .null),
          ("counts", .object(rows.map { ($0.table, .int($0.count)) })),
        ]), pretty: true)
    case .text:
      console.print("backend: \(graph.backend.kind)")
      console.print("store: \(graph.path)")
      console.print(
        "schema: version \(migrations.count) (\(current ? "current" : "this verbatim knows \(known.count)")), last migration “\(migrations.last ?? "none")”"
      )
      for (table, count) in rows { console.print("\(table): \(count)") }
    }
    return 0
  }
}

/// `verbatim store copy FROM TO`.
public struct StoreCopyCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "copy",
    abstract: "Copy a whole store into an empty one: SQLite to PostgreSQL, PostgreSQL to SQLite, or the same.",
    discussion: """
      FROM and TO are each a file or a postgres:// address. TO is created (or, for PostgreSQL, its \
      tables made) when it has none, and must hold nothing. Everything is copied in one \
      transaction of TO, from one consistent view of FROM (others may go on writing it); the rows \
      of every table are counted on both sides before TO commits, so a copy is whole or not at all.
      """)

  @Argument(help: "The store to copy: a file or a postgres:// address.")
  public var from: String

  @Argument(help: "The empty store to copy into.")
  public var to: String

  @Flag(name: .long, help: "No progress line, even on a terminal.")
  public var quiet = false

  public init() {}

  public func run(console: Console) throws -> Int32 {
    do {
      let source = try GraphStore.open(from, create: false)
      let target = try GraphStore.open(to)
      let start = Date()
      let summary = try StoreCopy(from: source, to: target).run { table, count in
        if !quiet { console.progress("\(table): \(count) rows") }
      }
      if !quiet { console.endProgress() }
      let seconds = Date().timeIntervalSince(start)
      console.print(
        "Copied \(counted(summary.count("document"), "document")), \(counted(summary.count("claim"), "claim")) and "
          + "\(counted(summary.count("speaker"), "speaker")) from \(source.path) to \(target.path) "
          + String(format: "in %.1f s", seconds) + "; every table's rows counted on both sides:")
      for (table, count) in summary.rows { console.print("  \(table): \(count)") }
      return 0
    } catch {
      console.error("verbatim: \(error)")
      return 1
    }
  }
}
