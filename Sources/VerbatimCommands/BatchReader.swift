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
  /// order; returns how many items failed. While one window is handled, the next is read.
  public func run<Output: Sendable>(
    _ items: [InputCollector.Item], console: Console? = nil, work: @escaping @Sendable (Document) -> Output,
    handle: (String, Result<(Document, Output), ReadError>) -> Void
  ) -> Int {
    let windows = stride(from: 0, to: items.count, by: window).map { Array(items[$0..<min(items.count, $0 + window)]) }
    var failures = 0
    var handled = 0
    var pending = windows.first.map { read($0, work: work) }
    for index in windows.indices {
      guard let current = pending else { break }
      current.group.wait()
      pending = index + 1 < windows.count ? read(windows[index + 1], work: work) : nil
      for (path, result) in current.slots.values {
        if case .failure = result { failures += 1 }
        handle(path, result)
      }
      handled += windows[index].count
      if items.count > window { console?.progress("read \(handled) of \(items.count) files") }
    }
    if items.count > window { console?.endProgress() }
    return failures
  }

  /// Starts reading a window on all cores; its results are ready when the group is done.
  private func read<Output: Sendable>(
    _ slice: [InputCollector.Item], work: @escaping @Sendable (Document) -> Output
  ) -> (group: DispatchGroup, slots: Slots<(String, Result<(Document, Output), ReadError>)>) {
    let slots = Slots<(String, Result<(Document, Output), ReadError>)>(count: slice.count)
    let group = DispatchGroup()
    let reader = self.reader
    DispatchQueue.global().async(group: group) {
      DispatchQueue.concurrentPerform(iterations: slice.count) { offset in
        switch slice[offset] {
        case .file(let path):
          do throws(ReadError) {
            let document = try reader.read(path: path)
            slots.set(offset, (path, .success((document, work(document)))))
          } catch {
            slots.set(offset, (path, .failure(error)))
          }
        case .problem(let error):
          slots.set(offset, (error.path, .failure(error)))
        }
      }
    }
    return (group, slots)
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
