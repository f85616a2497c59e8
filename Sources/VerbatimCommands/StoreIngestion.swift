import Foundation
import VerbatimCore
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// Reads files on every core, extracts their quotes, and adds them to a store with one writer,
/// a few documents a transaction, each whole or not at all; what `ingest` does, and what `cite`, `export` and `report` do
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
    var pending: [(path: String, entry: GraphDocument)] = []
    var pendingSince = ContinuousClock.now
    // Documents are committed a few at a time: a commit costs about as much as storing a small
    // document, and a document is reported only once it is committed.
    func commit() {
      guard !pending.isEmpty else { return }
      defer { pending.removeAll(keepingCapacity: true) }
      do throws(StoreError) {
        let outcomes = try graph.add(pending.map(\.entry))
        for ((_, entry), outcome) in zip(pending, outcomes) {
          summary.count(outcome)
          committed(entry, outcome)
        }
      } catch {
        summary.storeFailure = error
        let more = pending.count > 1 ? " (nor the \(pending.count - 1) read after it)" : ""
        console.error("verbatim: \(pending[0].path): not stored\(more): \(error)")
      }
    }
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
        let people = speakersToPin(of: document, pinned: &pinned)
        if !people.isEmpty {
          // The documents before it are stored as they were before these people were known.
          commit()
          guard summary.storeFailure == nil else { return }
          do throws(StoreError) { try graph.pin(people) } catch {
            summary.storeFailure = error
            console.error("verbatim: \(path): not stored: \(error)")
            return
          }
        }
        if pending.isEmpty { pendingSince = .now }
        pending.append((path, entry))
        if pending.count >= Self.documentsPerCommit || ContinuousClock.now - pendingSince > .milliseconds(200) {
          commit()
        }
      case .failure(let error):
        summary.failures.append(path)
        console.error("verbatim: \(error)")
      }
    }
    if summary.storeFailure == nil { commit() }
    return summary
  }

  /// How many documents at most go into one commit.
  static let documentsPerCommit = 16

  /// The register's people who speak in this document's turns, not pinned before (name, full
  /// name as alias, role on the sitting's date, the register's addresses): pinned the first time
  /// they speak.
  private func speakersToPin(of document: Document, pinned: inout Set<String>) -> [KnownPerson] {
    guard let register = reading.register else { return [] }
    var people: [KnownPerson] = []
    for block in document.blocks where block.kind == .utterance {
      guard let reference = block.speakerID, let person = register.person(reference),
        pinned.insert(person.id).inserted
      else { continue }
      people.append(register.known(person, on: document.metadata.published, source: document.path))
    }
    return people
  }

  static func absolute(_ path: String) -> String {
    path == "-" ? path : URL(fileURLWithPath: path).standardizedFileURL.path
  }
}
