import Testing
import VerbatimCore
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

  @Test("a text that is one quotation mark (a range with its end before its start)")
  func loneQuotationMark() throws {
    for text in ["\"", "“", "Said: \""] {
      let (_, found) = try quotes(in: text)
      #expect(found.isEmpty)
    }
  }
}
