import Foundation
import Testing
import VerbatimGraph

@Suite("Two verbatim processes writing one store")
struct ConcurrentWriterTests {
  @Test("both finish: the second waits for the first; every document is in and the store is sound")
  func twoWriters() throws {
    let run = try KillRun()
    let files = try FileManager.default.contentsOfDirectory(atPath: run.folder.path).sorted()
    let halves = [Array(files.prefix(files.count / 2)), Array(files.dropFirst(files.count / 2))]
    let processes = try halves.map { names in
      let process = Process()
      process.executableURL = run.binary
      process.arguments =
        ["ingest"] + names.map { run.folder.appendingPathComponent($0).path } + ["--store", run.store, "--quiet"]
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle(forWritingAtPath: "/dev/stderr")
      try process.run()
      return process
    }
    for process in processes { process.waitUntilExit() }
    #expect(processes.map(\.terminationStatus) == [0, 0])
    let store = try GraphStore(path: run.store, create: false)
    #expect(try store.integrityCheck() == "ok")
    #expect(try store.claimCounts() == run.expectedClaims)
  }
}
