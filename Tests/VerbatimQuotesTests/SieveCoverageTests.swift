import Testing
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// Every sieve, run at least once on text written for it: the quote it finds, its speaker as
/// written and its words.
@Suite("Each sieve on a sentence of its own")
struct SieveCoverageTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var sieve: QuoteSieve
    var text: String
    var name = "t.txt"
    /// The quote's words, and the speaker as written (nil: none).
    var words: String
    var speaker: String?
    var statements = false
    var testDescription: String { sieve.rawValue }
  }

  static let cases: [Case] = [
    Case(
      sieve: .quoteCueSpeaker, text: "“The ferry runs again on Monday,” said Ilse Varga.",
      words: "The ferry runs again on Monday,", speaker: "Ilse Varga"),
    Case(
      sieve: .leadInQuoteCueSpeaker, text: "Nothing in the plan “will bring the buses back,” Varga said.",
      words: "Nothing in the plan “will bring the buses back,”", speaker: "Varga"),
    Case(
      sieve: .splitQuote, text: "“The depot,” Varga said, “will stay open.”",
      words: "The depot, will stay open.", speaker: "Varga"),
    Case(
      sieve: .quoteThenAttribution, text: "“Who pays for the new ferry?” The treasurer asked the board.",
      words: "Who pays for the new ferry?", speaker: "The treasurer"),
    Case(
      sieve: .quoteThenSignature, text: "“Keep the ferry running.” ― Ilse Varga, Dunmore",
      words: "Keep the ferry running.", speaker: "Ilse Varga"),
    Case(
      sieve: .attributionThenQuote, text: "Ilse Varga disagreed. “The depot was never the problem.”",
      words: "The depot was never the problem.", speaker: "Ilse Varga"),
    Case(
      sieve: .colonParagraph, text: "Ilse Varga told the hall:\n\n“We will not wait for the board.”",
      words: "We will not wait for the board.", speaker: "Ilse Varga"),
    Case(
      sieve: .colonParagraphSubject, text: "Ilse Varga, at the end of the meeting:\n\n“We are out of money.”",
      words: "We are out of money.", speaker: "Ilse Varga"),
    Case(
      sieve: .colonCue, text: "The treasurer told the board: “We are out of money this year.”",
      words: "We are out of money this year.", speaker: "The treasurer"),
    Case(
      sieve: .speakerCueQuote, text: "Ilse Varga said, “Not this year.”", words: "Not this year.",
      speaker: "Ilse Varga"),
    Case(
      sieve: .speakerLabelColon, text: "Councillor Varga: “The depot stays where it is.”",
      words: "The depot stays where it is.", speaker: "Councillor Varga"),
    Case(
      sieve: .participleContinuation,
      text: "“We start in May,” Varga said on “Harbour Hour,” adding, “and we finish in June.”",
      words: "and we finish in June.", speaker: "Varga"),
    Case(
      sieve: .followsMixed,
      text: "Nothing in the plan “will bring the buses back,” Varga said. “We need more of them before winter.”",
      words: "We need more of them before winter.", speaker: "Varga"),
    Case(
      sieve: .participleReport, text: "“We are broke,” Varga said, adding that the fund ran dry in May.",
      words: "the fund ran dry in May", speaker: "Varga"),
    Case(
      sieve: .contentCommaSpeakerCue, text: "The depot will stay open until June, Varga said.",
      words: "The depot will stay open until June", speaker: "Varga"),
    Case(
      sieve: .contentCommaCueSpeaker, text: "The depot will stay open until June, said the treasurer.",
      words: "The depot will stay open until June", speaker: "the treasurer"),
    Case(
      sieve: .contentSpeakerCueContent, text: "In both years, Varga said, the fund ran dry by May.",
      words: "In both years the fund ran dry by May", speaker: "Varga"),
    Case(
      sieve: .accordingTo, text: "According to the harbour board, the ferry will not run before June.",
      words: "the ferry will not run before June", speaker: "the harbour board"),
    Case(
      sieve: .reportedSpeech, text: "Varga said the depot would stay open.", words: "the depot would stay open",
      speaker: "Varga"),
    Case(
      sieve: .reportedSpeechQuotation, text: "Varga said “the depot stays”.", words: "the depot stays",
      speaker: "Varga"),
    Case(
      sieve: .reportedSpeechQuotations, text: "Residents chanted “Keep it open” and “Not our depot”.",
      words: "“Keep it open” and “Not our depot”", speaker: "Residents"),
    Case(
      sieve: .reportedSpeechWithQuotation, text: "Varga said the plan was “a start at best” for the town.",
      words: "the plan was “a start at best” for the town", speaker: "Varga"),
    Case(
      sieve: .passiveReport, text: "The night ferry is widely expected to run again before the summer.",
      words: "The night ferry to run again before the summer", speaker: nil),
    Case(
      sieve: .characterization, text: "Ilse Varga has been steadily painting the treasurer as a “spendthrift”.",
      words: "the treasurer as a “spendthrift”", speaker: "Ilse Varga"),
    Case(
      sieve: .coordinatedReport,
      text: "Varga called the plan “a farce” and ranked the treasurer among the “least curious people” she knew.",
      words: "the treasurer among the “least curious people” she knew", speaker: "Varga"),
    Case(
      sieve: .sameSentenceSpeaker, text: "The treasurer said the fund was empty -- “and nobody told us until May.”",
      words: "and nobody told us until May.", speaker: "The treasurer"),
    Case(
      sieve: .paragraphContinuation, text: "“We start in May,” Varga said.\n\n“The rest waits until June.”",
      words: "The rest waits until June.", speaker: "Varga"),
    Case(
      sieve: .sameParagraphSpeaker,
      text: "Varga said the depot would stay open. The hall was full. “Nobody here wants the depot shut down.”",
      words: "Nobody here wants the depot shut down.", speaker: "Varga"),
    Case(
      sieve: .unattributedQuotation, text: "“We were promised a ferry by spring and we are still waiting for it.”",
      words: "We were promised a ferry by spring and we are still waiting for it.", speaker: nil),
    Case(
      sieve: .transcriptTurn,
      text:
        "<publicwhip><speech speakername=\"Ilse Varga\" person_id=\"p1\"><p>When does the ferry run?</p></speech></publicwhip>",
      name: "h.xml", words: "When does the ferry run?", speaker: nil),
    Case(
      sieve: .writerStatementWithFigure, text: "The harbour board spent 40 per cent more on the ferry than it planned.",
      words: "The harbour board spent 40 per cent more on the ferry than it planned", speaker: nil, statements: true),
  ]

  @Test("the sieve finds its quote", arguments: cases)
  func sieve(_ example: Case) throws {
    let document = try DocumentReader().read(bytes: Array(example.text.utf8), path: example.name)
    let found = QuoteExtractor(includeStatements: example.statements).extract(from: document)
    let quote = try #require(found.first { $0.sieve == example.sieve }, "\(found.map(\.rule))")
    #expect(quote.fragments.map { String(document.text(in: $0)) }.joined(separator: " ") == example.words)
    #expect(quote.speaker.mention?.text == example.speaker)
    #expect(quote.rule == example.sieve.rawValue || quote.rule.hasPrefix(example.sieve.rawValue + "+"))
  }

  @Test("every sieve has a case above")
  func everySieve() {
    #expect(Set(Self.cases.map(\.sieve)) == Set(QuoteSieve.allCases))
  }
}
