import Foundation
import Testing
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// Inputs the fuzzer (`.ci/fuzz`) found crashing, kept so the crashes stay fixed.
@Suite("Fuzzer finds")
struct FuzzRegressionTests {
  @Test("a reporting cue followed by a preposition at the very end of the text (index out of range)")
  func cueAtEndOfText() throws {
    let (_, found) = try quotes(
      in: "He was also doorstepped by Muslim journalists asking to simply explain why he would be supporting ")
    #expect(found.allSatisfy { $0.kind != .direct })
  }

  @Test("a speaker, an apposition and a comma at the very end of the text (index out of range)")
  func appositionAtEndOfText() throws {
    // The fuzzer's input, byte for byte (invalid UTF-8 read as windows-1252), read as HTML.
    let base64 =
      "SW4gdGhlIGN1cnJlbnQgdG94aWMgcG9saXRpY2FsIGNsaW1hdExBQk9VUiBoYXZlIHdpdGhkcmF3biB0ZWlyIHN1cHBvcnQgZm9yIFJvY2hkYWxlIGJ5LWU2BmN0aW9uIGNhbmRpnJ6Lmt++hZRhciBBbGllLCwg"
    let bytes = [UInt8](Data(base64Encoded: base64)!)
    let document = try DocumentReader().read(bytes: bytes, path: "fuzz.html")
    let found = QuoteExtractor(includeStatements: true).extract(from: document)
    #expect(found.allSatisfy { $0.kind != .direct })
  }

  @Test(
    "reported content ending in a comma and an article two tokens from its end (a range with its end before its start)")
  func commaArticleAtEnd() throws {
    let (_, found) = try quotes(in: "W said s,a,a")
    #expect(found.allSatisfy { $0.kind == .indirect })
  }

  @Test("a text that is one quotation mark (a range with its end before its start)")
  func loneQuotationMark() throws {
    for text in ["\"", "“", "Said: \""] {
      let (_, found) = try quotes(in: text)
      #expect(found.isEmpty)
    }
  }
}
