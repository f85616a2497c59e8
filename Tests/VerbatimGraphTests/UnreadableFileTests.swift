import Foundation
import Testing

/// A file that may not be read, in a batch with a good one: named with the reason, the good one
/// still read, exit code 1. Root ignores file modes, so as root `verbatim` runs as nobody.
@Suite("An unreadable file")
struct UnreadableFileTests {
  @Test("is named with the reason; the rest of the batch is read; exit code 1")
  func unreadable() throws {
    let fixtures = try Fixtures()
    let good = try fixtures.write("good.txt", Fixtures.texts["library-a.txt"]!)
    let bad = try fixtures.write("secret.txt", "Words nobody may read.")
    try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: bad)
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: fixtures.folder.path)
    let process = Process()
    let arguments = ["read", good, bad, "--format", "jsonl"]
    if getuid() == 0 {
      process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
      process.arguments =
        ["--reuid=65534", "--regid=65534", "--clear-groups", try KillRun.verbatimBinary().path] + arguments
    } else {
      process.executableURL = try KillRun.verbatimBinary()
      process.arguments = arguments
    }
    let output = Pipe()
    let errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try process.run()
    let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    #expect(process.terminationStatus == 1)
    #expect(printed.split(separator: "\n").count == 1 && printed.contains("Jane Holloway"))
    #expect(message.contains(bad) && message.contains("permission denied"), "\(message)")
  }
}
