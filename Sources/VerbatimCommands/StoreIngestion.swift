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
    var pinned = Set<String>()
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
      case .success(let (document, entry)):
        do throws(StoreError) {
          try pinSpeakers(of: document, pinned: &pinned)
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

  /// The register's people who speak in this document's turns, pinned the first time they do
  /// (name, full name as alias, role on the sitting's date, the register's addresses).
  private func pinSpeakers(of document: Document, pinned: inout Set<String>) throws(StoreError) {
    guard let register = reading.register else { return }
    var people: [KnownPerson] = []
    for block in document.blocks where block.kind == .utterance {
      guard let reference = block.speakerID, let person = register.person(reference),
        pinned.insert(person.id).inserted
      else { continue }
      people.append(register.known(person, on: document.metadata.published, source: document.path))
    }
    if !people.isEmpty { try graph.pin(people) }
  }

  static func absolute(_ path: String) -> String {
    path == "-" ? path : URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
