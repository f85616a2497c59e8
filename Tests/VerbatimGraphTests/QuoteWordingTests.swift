import Testing
import VerbatimCore

@testable import VerbatimExport

@Suite("Quote wording: only the speaker's words in quotation marks")
struct QuoteWordingTests {
  func shown(_ kind: QuoteKind, _ text: String) -> String { QuoteWording(kind: kind, text: text).shown() }

  @Test("a partial quote keeps the writer's lead-in outside the marks, whatever marks the source used")
  func partial() {
    #expect(
      shown(.mixed, "the board had “no money left” after the bill") == "the board had “no money left” after the bill")
    #expect(shown(.mixed, "‘people in town’ were ‘fed up’ with it") == "“people in town” were “fed up” with it")
    #expect(shown(.mixed, "the vote was \"the right answer\"") == "the vote was “the right answer”")
    #expect(shown(.mixed, "it was 'a town's living room' to her") == "it was “a town's living room” to her")
    #expect(shown(.mixed, "called it «une honte» twice") == "called it “une honte” twice")
  }

  @Test("apostrophes are not marks; a mark left open quotes to the end")
  func apostrophes() {
    #expect(shown(.mixed, "the voters’ choice was “clear”") == "the voters’ choice was “clear”")
    #expect(shown(.mixed, "she said “we will not stop") == "she said “we will not stop”")
  }

  @Test("reported speech has no marks; a direct quote drops the comma before its cue")
  func reportedAndDirect() {
    let reported = QuoteWording(kind: .indirect, text: "the ferry would sail three times a day")
    #expect(reported.shown() == "the ferry would sail three times a day")
    #expect(reported.kindLabel == "paraphrase")
    #expect(shown(.direct, "The crossing is our only road,") == "“The crossing is our only road”")
    #expect(shown(.direct, "We start in May.") == "“We start in May.”")
  }

  @Test("cut to a length, the marks still close")
  func truncated() {
    let cut = QuoteWording(kind: .mixed, text: "he had “no part of the management committee at all”").truncated(to: 20)
    #expect(cut.shown() == "he had “no part of t…”")
  }
}
