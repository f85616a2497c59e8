import Dispatch
import Foundation
public import VerbatimCore
public import VerbatimIngest

/// Reads many inputs on all cores and hands the results back in input order, a window at a time,
/// so memory stays bounded however large the batch.
public struct BatchReader: Sendable {
  public var reader: DocumentReader
  public var window: Int

  public init(reader: DocumentReader, window: Int = 64) {
    self.reader = reader
    self.window = window
  }

  /// Calls `handle` for each item in order with its document or error; returns the failure count.
  public func run(
    _ items: [InputCollector.Item], console: Console? = nil,
    handle: (String, Result<Document, ReadError>) -> Void
  ) -> Int {
    var failures = 0
    var start = 0
    while start < items.count {
      let end = min(items.count, start + window)
      let slice = Array(items[start..<end])
      let results = ResultBox(count: slice.count)
      DispatchQueue.concurrentPerform(iterations: slice.count) { offset in
        switch slice[offset] {
        case .file(let path):
          do throws(ReadError) {
            results.set(offset, (path, .success(try reader.read(path: path))))
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
}

/// Slots filled from concurrent iterations, each written once.
private final class ResultBox: @unchecked Sendable {
  private var slots: [(String, Result<Document, ReadError>)?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func set(_ index: Int, _ value: (String, Result<Document, ReadError>)) {
    lock.withLock { slots[index] = value }
  }

  var values: [(String, Result<Document, ReadError>)] { slots.compactMap { $0 } }
}
