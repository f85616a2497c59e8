import Foundation
import Testing
import VerbatimCommands
import VerbatimCore

/// Runs `verbatim` in-process and captures what it prints.
struct Run {
  let code: Int32
  let out: String
  let err: String

  init(_ arguments: [String]) {
    let box = Captured()
    let console = Console(
      writeOut: { bytes in box.append(out: bytes) }, writeError: { message in box.append(err: message) })
    code = VerbatimCommand.execute(arguments, console: console)
    out = box.out
    err = box.err
  }

  private final class Captured: @unchecked Sendable {
    private let lock = NSLock()
    private var outBytes: [UInt8] = []
    private var errText = ""
    func append(out bytes: [UInt8]) { lock.withLock { outBytes += bytes } }
    func append(err text: String) { lock.withLock { errText += text } }
    var out: String { lock.withLock { String(decoding: outBytes, as: UTF8.self) } }
    var err: String { lock.withLock { errText } }
  }
}

enum Paths {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()
  static func path(_ relative: String) -> String { root.appendingPathComponent(relative).path }
}

@Suite("verbatim read")
struct ReadCommandTests {
  @Test("prints a document as JSON with its metadata first, then text, blocks and diagnostics")
  func json() throws {
    let run = Run(["read", Paths.path("seeds/001_53e8c9973c9c1ad0.txt")])
    #expect(run.code == 0)
    let object = try #require(JSONSerialization.jsonObject(with: Data(run.out.utf8)) as? [String: Any])
    let document = try #require(object["document"] as? [String: Any])
    #expect((document["id"] as? String)?.hasPrefix("sha256:") == true)
    #expect(document["format"] as? String == "text")
    let keys = ["\"document\"", "\"text\"", "\"blocks\"", "\"diagnostics\""].map { run.out.range(of: $0)!.lowerBound }
    #expect(keys == keys.sorted(), "members appear in the documented order")
    let blocks = try #require(object["blocks"] as? [[String: Any]])
    #expect(blocks.count == 13)
    let third = blocks[2]
    #expect((third["text"] as? String)?.hasPrefix("A party spokesperson said:") == true)
    let start = try #require(third["start"] as? [String: Int])
    #expect(start == ["byte": 312, "line": 5, "column": 1])
  }

  @Test("--format jsonl prints one line per document; folders are read recursively")
  func jsonl() throws {
    let run = Run(["read", Paths.path("seeds"), Paths.path("examples/inputs"), "--format", "jsonl"])
    #expect(run.code == 0)
    let lines = run.out.split(separator: "\n")
    #expect(lines.count == 13, "the ParlaMint folder's register is not read as a document")
    for line in lines { #expect((try? JSONSerialization.jsonObject(with: Data(line.utf8))) != nil) }
  }

  @Test("--format text prints the body alone")
  func text() {
    let run = Run(["read", Paths.path("examples/inputs/nitf-story.xml"), "--format", "text"])
    #expect(run.code == 0)
    #expect(run.out.hasPrefix("The €1.9m wall along the River Mill"))
    #expect(!run.out.contains("{"))
  }

  @Test("a file that cannot be read is named on standard error; the others still print; exit 1")
  func partialFailure() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-cli-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    try "A good file with words.".write(to: folder.appendingPathComponent("a.txt"), atomically: true, encoding: .utf8)
    try "<a><b></a>".write(to: folder.appendingPathComponent("b.xml"), atomically: true, encoding: .utf8)
    try "Another good file.".write(to: folder.appendingPathComponent("c.txt"), atomically: true, encoding: .utf8)
    let run = Run(["read", folder.path, "--format", "jsonl"])
    #expect(run.code == 1)
    #expect(run.out.split(separator: "\n").count == 2)
    #expect(run.err.contains("b.xml"))
    #expect(run.err.contains("not well-formed"))
  }

  @Test("a missing file is named, with exit code 1")
  func missing() {
    let run = Run(["read", "/nonexistent/story.txt"])
    #expect(run.code == 1)
    #expect(run.err.contains("/nonexistent/story.txt: no such file or folder"))
  }

  @Test("a bad option is a usage error")
  func usage() {
    let run = Run(["read", "--format", "yaml", Paths.path("seeds")])
    #expect(run.code == 64)
    #expect(run.err.contains("yaml"))
  }
}
