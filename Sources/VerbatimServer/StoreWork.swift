import Dispatch
import Foundation
import Hummingbird

/// Runs the routes' store work (SQLite or PostgreSQL calls that block a thread) on threads of
/// its own, at most one per core at a time, in the order requests arrived: the threads that
/// read requests and write responses are never blocked, and under load every request waits its
/// turn (first come, first served) instead of some waiting far longer than others.
final class StoreWork: Sendable {
  private let gate: FirstComeGate
  private let queue = DispatchQueue(label: "verbatim.store-work", attributes: .concurrent)

  init(width: Int = ProcessInfo.processInfo.activeProcessorCount) { gate = FirstComeGate(width: max(1, width)) }

  func callAsFunction(_ work: @escaping @Sendable () throws -> Response) async throws -> Response {
    await gate.enter()
    defer { Task { await gate.leave() } }
    return try await withCheckedThrowingContinuation { continuation in
      queue.async { continuation.resume(with: Result { try work() }) }
    }
  }
}

/// A counting gate that lets waiters through in the order they came.
actor FirstComeGate {
  private var free: Int
  private var waiting: [CheckedContinuation<Void, Never>] = []
  private var next = 0

  init(width: Int) { free = width }

  func enter() async {
    if free > 0 {
      free -= 1
      return
    }
    await withCheckedContinuation { waiting.append($0) }
  }

  func leave() {
    guard next < waiting.count else {
      free += 1
      return
    }
    let waiter = waiting[next]
    next += 1
    if next > 1_024 && next * 2 > waiting.count {
      waiting.removeFirst(next)
      next = 0
    }
    waiter.resume()
  }
}
