import Foundation
import Testing
import VerbatimIngest

@Suite("Input collection")
struct InputCollectorTests {
  @Test("folders are read recursively by name ending, in order, and a symlink loop is cut")
  func folders() throws {
    let root = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-inputs-\(UUID().uuidString)")
    let sub = root.appendingPathComponent("b-sub")
    try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: root) }
    for name in ["a.txt", "c.html", "skip.pdf", "b-sub/d.xml", "b-sub/e.md"] {
      try "x".write(to: root.appendingPathComponent(name), atomically: true, encoding: .utf8)
    }
    try FileManager.default.createSymbolicLink(at: sub.appendingPathComponent("loop"), withDestinationURL: root)
    let items = InputCollector.collect([root.path])
    let files = items.compactMap { item -> String? in
      if case .file(let path) = item { return String(path.dropFirst(root.path.count + 1)) }
      return nil
    }
    #expect(files == ["a.txt", "c.html", "b-sub/d.xml", "b-sub/e.md"])
    #expect(
      items.contains {
        if case .problem(let error) = $0 { return error.reason.contains("loops") } else { return false }
      })
  }

  @Test("a missing path is a problem naming it")
  func missing() {
    let items = InputCollector.collect(["/no/such/place.txt"])
    #expect(items == [.problem(ReadError(path: "/no/such/place.txt", reason: "no such file or folder"))])
  }
}
