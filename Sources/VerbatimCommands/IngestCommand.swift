public import ArgumentParser
import Foundation
import VerbatimCore
import VerbatimExport
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// `verbatim ingest`: documents, their claims and speakers into the provenance store.
public struct IngestCommand: ConsoleCommand {
  public static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Add documents, their quotes and speakers to the provenance store.",
    discussion: """
      Reads and extracts on every core and writes with one writer, one transaction per document: \
      a document is in the store whole or not at all, and the same bytes twice add nothing. A file \
      at a path (or URL) already in the store with other bytes is added as a new version of it. \
      Quotes are linked to the same quote in other documents, and syndicated copies to their \
      original. Ends with a summary; a file that cannot be read is named and the rest still go in \
      (exit code 1).
      """
  )

  @Argument(help: "Files, folders, or - for standard input (none: only pin the --people files).")
  public var inputs: [String] = []

  @OptionGroup public var store: StoreOptionGroup
  @OptionGroup public var people: PeopleOptionGroup
  @OptionGroup public var reading: ReadOptionGroup

  @Option(name: .long, help: "text (a summary) or jsonl (a line as each document is committed, then a summary line).")
  public var format: IngestOutputFormat = .text

  @Flag(name: .long, help: "No progress line, even on a terminal.")
  public var quiet = false

  @Flag(
    name: .long, help: ArgumentHelp("Journal off: for the crash test's negative control only.", visibility: .private))
  public var unsafeNoJournal = false

  public init() {}

  public func run(console: Console) throws -> Int32 {
    let graph: GraphStore
    do { graph = try store.open(create: true, unsafeNoJournal: unsafeNoJournal) } catch {
      console.error("verbatim: \(error)")
      return 1
    }
    var peopleRead = true
    do throws(StoreError) { peopleRead = try people.pin(in: graph, console: console) } catch {
      console.error("verbatim: \(error)")
      return 1
    }
    if inputs.isEmpty && !people.people.isEmpty {
      let counts = try? graph.counts()
      console.print("People pinned. The store holds \(counts?.speakers ?? 0) speakers.")
      return peopleRead ? 0 : 1
    }
    let input = InputBatch(inputs, options: reading.options, people: people.people, console: console)
    let items = input.items
    let summary = StoreIngestion(graph: graph, reading: input.options).run(
      items, console: console, progress: quiet ? nil : console
    ) { entry, outcome in
      if format == .jsonl {
        console.print(IngestReport.json(entry, outcome), pretty: false)
        console.flush()
      }
    }
    let counts = try? graph.counts()
    switch format {
    case .text: console.print(summary.sentence(store: counts))
    case .jsonl: console.print(summary.json(store: counts), pretty: false)
    }
    if items.isEmpty { console.error("verbatim: no files to read in \(inputs.joined(separator: ", "))") }
    return summary.storeFailure != nil || !summary.failures.isEmpty || items.isEmpty || !peopleRead || input.failed
      ? 1 : 0
  }
}

/// How `verbatim ingest` reports.
public enum IngestOutputFormat: String, ExpressibleByArgument, CaseIterable, Sendable {
  case text, jsonl
}

/// What one ingest run did.
struct IngestSummary {
  var added = 0
  var alreadyPresent = 0
  var newVersions = 0
  var claims = 0
  var failures: [String] = []
  /// The store error that stopped the run, if one did.
  var storeFailure: StoreError?

  mutating func count(_ outcome: IngestOutcome) {
    switch outcome {
    case .added(let claims, let version):
      added += 1
      self.claims += claims
      if version > 1 { newVersions += 1 }
    case .alreadyPresent: alreadyPresent += 1
    }
  }

  func sentence(store: StoreCounts?) -> String {
    var parts = ["\(counted(added, "document")) added (\(counted(claims, "claim")))"]
    if newVersions > 0 { parts.append("\(newVersions) of them new versions of earlier ones") }
    if alreadyPresent > 0 { parts.append("\(alreadyPresent) already in the store") }
    parts.append("\(failures.count) failed")
    var text = parts.joined(separator: ", ") + "."
    if let store {
      text +=
        " The store holds \(counted(store.documents, "document")), \(counted(store.claims, "claim")), "
        + "\(counted(store.speakers, "speaker"))."
    }
    return text
  }

  func json(store: StoreCounts?) -> JSONValue {
    .object([
      (
        "summary",
        .object([
          ("added", .int(added)), ("alreadyPresent", .int(alreadyPresent)), ("newVersions", .int(newVersions)),
          ("claims", .int(claims)), ("failed", .array(failures.map { .string($0) })),
          ("storeDocuments", store.map { .int($0.documents) } ?? .null),
          ("storeClaims", store.map { .int($0.claims) } ?? .null),
          ("storeSpeakers", store.map { .int($0.speakers) } ?? .null),
        ])
      )
    ])
  }
}
