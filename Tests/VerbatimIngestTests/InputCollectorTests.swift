import Foundation
import Testing
import VerbatimCore
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

@Suite("File formats by name")
struct FileFormatTests {
  @Test("the extension of the last path component decides, in any case; without one, the bytes do")
  func formats() {
    let html = Array("<html><body><p>Hi</p></body></html>".utf8)
    let text = Array("Plain words.".utf8)
    #expect(DocumentReader.format(path: "news/Story.HTML", bytes: text) == .html)
    #expect(DocumentReader.format(path: "a.b/notes.TXT", bytes: html) == .text)
    #expect(DocumentReader.format(path: "feeds/debate.xml", bytes: text) == .xml)
    // A dot in a folder's name is no extension; the bytes decide.
    #expect(DocumentReader.format(path: "v1.2/page", bytes: html) == .html)
    #expect(DocumentReader.format(path: "v1.2/README", bytes: text) == .text)
    // A leading dot names a hidden file, not an extension.
    #expect(DocumentReader.format(path: "dir/.html", bytes: text) == .text)
  }
}
