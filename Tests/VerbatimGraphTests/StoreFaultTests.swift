import Foundation
import Testing
import VerbatimGraph

/// A store on a full disk or a read-only file: `verbatim ingest` stops with a clear error naming
/// the store, and what was committed before is intact.
@Suite("The store under faults", .serialized)
struct StoreFaultTests {
  @Test("a full disk (a small tmpfs in a mount namespace): a clear error, and the store intact")
  func fullDisk() throws {
    let run = try KillRun()
    let outside = URL(fileURLWithPath: run.store).deletingLastPathComponent()
    let disk = outside.appendingPathComponent("disk")
    try FileManager.default.createDirectory(at: disk, withIntermediateDirectories: true)
    // In its own mount namespace: a 2 MiB disk, the ingest, then the store's files copied out.
    let script = """
      set -u
      mount -t tmpfs -o size=2m tmpfs "$1" || exit 90
      "$2" ingest "$3" --store "$1/store.sqlite" --format jsonl --quiet > "$4/report.jsonl" 2> "$4/errors.txt"
      echo $? > "$4/status.txt"
      cp "$1"/store.sqlite* "$4/"
      """
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
    process.arguments = [
      "-r", "-m", "/bin/sh", "-c", script, "sh", disk.path, run.binary.path, run.folder.path, outside.path,
    ]
    try process.run()
    process.waitUntilExit()
    try #require(process.terminationStatus == 0, "unshare and mount a tmpfs (needs root or user namespaces)")

    let status = try String(contentsOf: outside.appendingPathComponent("status.txt"), encoding: .utf8)
    let errors = try String(contentsOf: outside.appendingPathComponent("errors.txt"), encoding: .utf8)
    #expect(status.trimmingCharacters(in: .whitespacesAndNewlines) == "1")
    #expect(errors.contains("store.sqlite") && errors.contains("the disk is full"), "\(errors)")
    let committed = try String(contentsOf: outside.appendingPathComponent("report.jsonl"), encoding: .utf8)
      .split(separator: "\n").filter { $0.contains("\"status\":\"added\"") }
    #expect(committed.count > 5 && committed.count < run.expectedClaims.count, "the disk filled part way")

    let store = try GraphStore(path: outside.appendingPathComponent("store.sqlite").path, create: false)
    #expect(try store.integrityCheck() == "ok")
    let counts = try store.claimCounts()
    #expect(counts.count >= committed.count)
    for (document, claims) in counts { #expect(run.expectedClaims[document] == claims, "\(document) is whole") }
  }

  @Test("a read-only store: a clear error naming it, and nothing changed")
  func readOnly() throws {
    let run = try KillRun()
    let files = try FileManager.default.contentsOfDirectory(atPath: run.folder.path).sorted()
    let first = files.prefix(3).map { run.folder.appendingPathComponent($0).path }
    do {
      let store = try GraphStore(path: run.store)
      _ = store
    }
    let ingest = Process()
    ingest.executableURL = run.binary
    ingest.arguments = ["ingest"] + first + ["--store", run.store, "--quiet"]
    try ingest.run()
    ingest.waitUntilExit()
    try #require(ingest.terminationStatus == 0)
    let before = try GraphStore(path: run.store, create: false).claimCounts()

    // Root ignores file modes, so as root the second ingest runs as nobody; otherwise the
    // store and its folder are made read-only.
    let folder = URL(fileURLWithPath: run.store).deletingLastPathComponent().path
    let second = Process()
    let arguments = ["ingest", run.folder.appendingPathComponent(files[5]).path, "--store", run.store, "--quiet"]
    if getuid() == 0 {
      second.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      second.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", run.binary.path] + arguments
      try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder)
    } else {
      second.executableURL = run.binary
      second.arguments = arguments
      try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: run.store)
      try FileManager.default.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder)
    }
    defer { try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: folder) }
    let errors = Pipe()
    second.standardError = errors
    second.standardOutput = FileHandle.nullDevice
    try second.run()
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    second.waitUntilExit()
    #expect(second.terminationStatus == 1)
    #expect(message.contains(run.store) && message.contains("read-only"), "\(message)")

    try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: run.store)
    let store = try GraphStore(path: run.store, create: false)
    #expect(try store.integrityCheck() == "ok")
    #expect(try store.claimCounts() == before)
  }
}
