import Foundation
import Testing
import VerbatimCore
import VerbatimIngest

@Suite("Hostile input")
struct SafetyTests {
  @Test("an external entity naming a local file is not read")
  func externalEntity() throws {
    let secret = FileManager.default.temporaryDirectory.appendingPathComponent(
      "verbatim-secret-\(UUID().uuidString).txt")
    try "TOP-SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
    defer { try? FileManager.default.removeItem(at: secret) }
    let xml = """
      <?xml version="1.0"?>
      <!DOCTYPE doc [<!ENTITY leak SYSTEM "file://\(secret.path)">]>
      <doc><p>Before &leak; after.</p></doc>
      """
    let document = try Fixtures.read(bytes: Array(xml.utf8), name: "xxe.xml")
    #expect(!document.text.contains("TOP-SECRET"))
    #expect(document.text.contains("Before"))
  }

  @Test("billion laughs is refused quickly")
  func billionLaughs() {
    var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
    for level in 1...9 {
      let previous = level == 1 ? "lol" : "lol\(level - 1)"
      xml += "<!ENTITY lol\(level) \"" + String(repeating: "&\(previous);", count: 10) + "\">\n"
    }
    xml += "]>\n<lolz>&lol9;</lolz>"
    let started = Date()
    let result = Result { try Fixtures.read(bytes: Array(xml.utf8), name: "lol.xml") }
    #expect(Date().timeIntervalSince(started) < 5)
    if case .success(let document) = result { #expect(document.text.count < 1_000) }
  }

  @Test("an internal entity is not expanded into the text")
  func internalEntity() throws {
    let xml = "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY e \"EXPANDED\">]><d><p>x &e; y</p></d>"
    let document = try Fixtures.read(bytes: Array(xml.utf8), name: "e.xml")
    #expect(!document.text.contains("EXPANDED"))
  }

  @Test("files over the size limit are refused, naming the limit")
  func sizeLimit() {
    #expect {
      try Fixtures.read(
        bytes: Array(repeating: 0x61, count: 2_000), name: "big.txt", options: ReadOptions(maxBytes: 1_000))
    } throws: { error in "\(error)".contains("big.txt") && "\(error)".contains("--max-bytes") }
  }

  @Test("an element with too many attributes is refused before libxml2 sees it")
  func attributeBomb() {
    let attributes = (0..<2_000).map { "a\($0)=\"x\"" }.joined(separator: " ")
    let html = "<html><body><p \(attributes)>text</p></body></html>"
    let started = Date()
    #expect {
      try Fixtures.read(bytes: Array(html.utf8), name: "attrs.html")
    } throws: { error in "\(error)".contains("attributes") }
    #expect(Date().timeIntervalSince(started) < 2)
  }

  @Test("HTML nested 100,000 deep is read without running out of stack")
  func deepHTML() throws {
    let html =
      "<html><body>" + String(repeating: "<div>", count: 100_000) + "<p>Deep words here.</p>"
      + String(repeating: "</div>", count: 100_000) + "</body></html>"
    let document = try Fixtures.read(bytes: Array(html.utf8), name: "deep.html")
    #expect(document.text.contains("Deep words here."))
  }

  @Test("binary data named .html is refused as not a text document")
  func binary() {
    let bytes: [UInt8] = (0..<4_096).map { UInt8(truncatingIfNeeded: $0 &* 7) }
    #expect {
      try Fixtures.read(bytes: bytes, name: "image.html")
    } throws: { error in "\(error)".contains("not a text document") }
  }

  @Test("an empty file reads as an empty document with a warning")
  func empty() throws {
    let document = try Fixtures.read(bytes: [], name: "empty.txt")
    #expect(document.text.isEmpty)
    #expect(document.diagnostics.contains { $0.message.contains("empty") })
  }
}
