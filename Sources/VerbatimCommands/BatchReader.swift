import Dispatch
import Foundation
public import VerbatimCore
public import VerbatimIngest

/// Reads many inputs on all cores, does per-document work there too, and hands the results
/// back in input order, a window at a time, so memory stays bounded however large the batch.
public struct BatchReader: Sendable {
  public var reader: DocumentReader
  public var window: Int

  public init(reader: DocumentReader, window: Int = 64) {
    self.reader = reader
    self.window = window
  }

  /// Reads each item, applies `work` to its document in parallel, and calls `handle` in input
  /// order; returns how many items failed.
  public func run<Output: Sendable>(
    _ items: [InputCollector.Item], console: Console? = nil, work: @escaping @Sendable (Document) -> Output,
    handle: (String, Result<(Document, Output), ReadError>) -> Void
  ) -> Int {
    var failures = 0
    var start = 0
    while start < items.count {
      let end = min(items.count, start + window)
      let slice = Array(items[start..<end])
      let results = Slots<(String, Result<(Document, Output), ReadError>)>(count: slice.count)
      DispatchQueue.concurrentPerform(iterations: slice.count) { offset in
        switch slice[offset] {
        case .file(let path):
          do throws(ReadError) {
            let document = try reader.read(path: path)
            results.set(offset, (path, .success((document, work(document)))))
          } catch {
            results.set(offset, (path, .failure(error)))
          }
        case .problem(let error):
          results.set(offset, (error.path, .failure(error)))
        }
      }
      for (path, result) in results.values {
        if case .failure = result { failures += 1 }
        handle(path, result)
      }
      start = end
      if items.count > window { console?.progress("read \(end) of \(items.count) files") }
    }
    if items.count > window { console?.endProgress() }
    return failures
  }

  /// Reads each item with no further work.
  public func run(
    _ items: [InputCollector.Item], console: Console? = nil, handle: (String, Result<Document, ReadError>) -> Void
  ) -> Int {
    run(items, console: console, work: { _ in () }) { path, result in
      handle(path, result.map(\.0))
    }
  }
}

/// Slots filled from concurrent iterations, each written once.
private final class Slots<Value>: @unchecked Sendable {
  private var slots: [Value?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: Value) {
    lock.withLock { slots[index] = value }
  }

  var values: [Value] { slots.compactMap { $0 } }
}
