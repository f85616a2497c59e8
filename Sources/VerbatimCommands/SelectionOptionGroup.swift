public import ArgumentParser
import Foundation
import VerbatimCore
import VerbatimGraph
import VerbatimIngest

/// What `cite`, `export` and `report` cover: the store, or files given directly, narrowed by
/// speaker, document and words.
public struct SelectionOptionGroup: ParsableArguments {
  @Argument(help: "Files or folders to read directly, instead of the store.")
  public var inputs: [String] = []

  @Option(name: .long, help: "Only what this speaker said (any name `said-by` accepts, or #id).")
  public var speaker: String?

  @Option(name: .long, help: "Only this document: its id (sha256:…, or the first 6+ hex digits), path or URL.")
  public var document: String?

  @Option(name: .long, help: "Only claims saying these words, or nearly.")
  public var query: String?

  @Option(name: .long, help: "At most this many claims.")
  public var limit = 100_000

  @OptionGroup public var store: StoreOptionGroup
  @OptionGroup public var reading: ReadOptionGroup
  @OptionGroup public var people: PeopleOptionGroup

  public init() {}

  var filter: ClaimFilter { ClaimFilter(speaker: speaker, document: document, query: query, limit: limit) }

  /// The selection (and, when `withTexts`, the documents' texts by id), from the store or from
  /// the files given; nil after printing why when there is nothing to show. `failed` is true
  /// when some file could not be read (the rest are in the selection).
  func load(_ console: Console, withTexts: Bool) -> (selection: GraphSelection, texts: [String: String], failed: Bool)?
  {
    if inputs.isEmpty {
      if !people.people.isEmpty {
        console.error(
          "verbatim: --people applies to files given here; to pin identities in the store, use `verbatim ingest --people FILE`"
        )
        return nil
      }
      return store.ask(console) { graph in
        let selection = try graph.select(filter)
        return (selection, withTexts ? try texts(selection, graph) : [:], false)
      }
    }
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    do {
      try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
      let graph = try GraphStore(path: folder.appendingPathComponent("selection.sqlite").path)
      let peopleRead = try people.pin(in: graph, console: console)
      let input = InputBatch(inputs, options: reading.options, people: people.people, console: console)
      let items = input.items
      if items.isEmpty {
        console.error("verbatim: no files to read in \(inputs.joined(separator: ", "))")
        return nil
      }
      let summary = StoreIngestion(graph: graph, reading: input.options).run(
        items, console: console, progress: console)
      if let failure = summary.storeFailure { throw failure }
      let selection = try graph.select(filter)
      return (
        selection, withTexts ? try texts(selection, graph) : [:],
        !summary.failures.isEmpty || !peopleRead || input.failed
      )
    } catch {
      console.error("verbatim: \(error)")
      return nil
    }
  }

  private func texts(_ selection: GraphSelection, _ graph: GraphStore) throws -> [String: String] {
    try graph.documentTexts(selection.documents.map(\.id))
  }
}
