import ArgumentParser
import Foundation
import Glibc
import VerbatimCore
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// `verbatim-bench ingest`: the store's side of `verbatim ingest` alone. Documents are read and
/// their quotes extracted first (on every core, a slice at a time); then one thread adds them to
/// a new store as `ingest` does, 16 a transaction, and the CPU time of that thread is printed
/// for every stretch of documents, so that the cost of a document can be followed as the store
/// grows.
struct IngestBenchmark: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "ingest",
    abstract: "Time adding documents to a new store (the writer's CPU per document, as the store grows).")

  @Argument(help: "Folders or files of documents (make many with make-corpus).")
  var inputs: [String]

  @Option(help: "The store to create (it must not exist).")
  var store: String

  @Option(help: "Print a line every this many documents.")
  var every = 1000

  func run() throws {
    guard !FileManager.default.fileExists(atPath: store) else { throw ValidationError("\(store) already exists") }
    let graph = try GraphStore(path: store)
    let paths = InputCollector.collect(inputs).compactMap { item -> String? in
      if case .file(let path) = item { return path } else { return nil }
    }
    let reader = DocumentReader()
    let extractor = QuoteExtractor()
    print("documents   claims   CPU ms/doc (this stretch)   wall ms/doc   store MB")
    var done = 0
    var claims = 0
    var stretch = (cpu: 0.0, wall: 0.0, documents: 0)
    var total = (cpu: 0.0, wall: 0.0)
    for start in stride(from: 0, to: paths.count, by: 512) {
      let slice = Array(paths[start..<min(paths.count, start + 512)])
      let entries = Entries(count: slice.count)
      DispatchQueue.concurrentPerform(iterations: slice.count) { index in
        guard let document = try? reader.read(path: slice[index]) else { return }
        entries.set(index, GraphDocument(document: document, quotes: extractor.extract(from: document)))
      }
      let documents = entries.values
      for batch in stride(from: 0, to: documents.count, by: 16) {
        let part = Array(documents[batch..<min(documents.count, batch + 16)])
        let cpu = Self.threadCPU()
        let wall = DispatchTime.now().uptimeNanoseconds
        _ = try graph.add(part)
        stretch.cpu += Self.threadCPU() - cpu
        stretch.wall += Double(DispatchTime.now().uptimeNanoseconds - wall) / 1e9
        stretch.documents += part.count
        claims += part.reduce(0) { $0 + $1.claims.count }
        done += part.count
        if stretch.documents >= every || done == paths.count {
          let size = (try? FileManager.default.attributesOfItem(atPath: store)[.size] as? Int) ?? 0
          print(
            String(
              format: "%9d %8d %12.2f %26.2f %13.0f", done, claims, stretch.cpu * 1000 / Double(stretch.documents),
              stretch.wall * 1000 / Double(stretch.documents), Double(size) / 1e6))
          fflush(nil)
          total.cpu += stretch.cpu
          total.wall += stretch.wall
          stretch = (0, 0, 0)
        }
      }
    }
    print(
      String(
        format: "all: %d documents, %.2f s CPU (%.2f ms a document), %.2f s wall", done, total.cpu,
        total.cpu * 1000 / Double(max(1, done)), total.wall))
  }

  static func threadCPU() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
  }
}

/// Documents made on many threads, each slot written once.
private final class Entries: @unchecked Sendable {
  private var slots: [GraphDocument?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ document: GraphDocument) { lock.withLock { slots[index] = document } }

  var values: [GraphDocument] { slots.compactMap { $0 } }
}
