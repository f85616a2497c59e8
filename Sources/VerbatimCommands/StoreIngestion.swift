import Foundation
import VerbatimCore
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// Reads files on every core, extracts their quotes, and adds them to a store with one writer,
/// one transaction per document; what `ingest` does, and what `cite`, `export` and `report` do
/// with files given directly.
struct StoreIngestion {
  let graph: GraphStore
  let reading: ReadOptions

  /// Ingests the items; a file that cannot be read is named on `console` and the rest go on; a
  /// store error stops the run. `committed` hears of each document as it is committed.
  func run(
    _ items: [InputCollector.Item], console: Console, progress: Console?,
    committed: (GraphDocument, IngestOutcome) -> Void = { _, _ in }
  ) -> IngestSummary {
    let batch = BatchReader(reader: DocumentReader(options: reading))
    let extractor = QuoteExtractor()
    var summary = IngestSummary()
    _ = batch.run(
      items, console: progress,
      work: { document in
        var entry = GraphDocument(document: document, quotes: extractor.extract(from: document))
        entry.path = Self.absolute(entry.path)
        return entry
      }
    ) { path, result in
      guard summary.storeFailure == nil else { return }
      switch result {
      case .success(let (_, entry)):
        do throws(StoreError) {
          let outcome = try graph.add(entry)
          summary.count(outcome)
          committed(entry, outcome)
        } catch {
          summary.storeFailure = error
          console.error("verbatim: \(path): not stored: \(error)")
        }
      case .failure(let error):
        summary.failures.append(path)
        console.error("verbatim: \(error)")
      }
    }
    return summary
  }

  static func absolute(_ path: String) -> String {
    path == "-" ? path : URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
