import Foundation
import Testing
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// Extracts quotes from text written in the test.
func quotes(in text: String, name: String = "t.txt") throws -> (Document, [Quote]) {
  let document = try DocumentReader().read(bytes: Array(text.utf8), path: name)
  return (document, QuoteExtractor().extract(from: document))
}

func text(_ quote: Quote, _ document: Document) -> String {
  quote.fragments.map { String(document.text(in: $0)) }.joined(separator: " ")
}

@Suite("Quote extraction")
struct QuoteExtractorTests {
  @Test("a split quotation is one quote of two fragments, with the speaker between")
  func split() throws {
    let (document, found) = try quotes(
      in:
        "“We will rebuild the library,” she said, “and we will do it this year.”\n\nMargaret Ellery is the council leader."
    )
    let quote = try #require(found.first)
    #expect(found.count == 1)
    #expect(quote.fragments.count == 2)
    #expect(text(quote, document) == "We will rebuild the library, and we will do it this year.")
    #expect(quote.speaker.mention?.text == "she")
    #expect(quote.cue?.text == "said")
    #expect(quote.rule.hasPrefix("split-quote"))
  }

  @Test("a quotation reopened at each paragraph runs to its closing mark")
  func multiParagraph() throws {
    let source =
      "The leader said: “First paragraph of the statement.\n\n“Second paragraph goes on.\n\n“Third and last.”\n\nThen the meeting ended."
    let (document, found) = try quotes(in: source)
    let quote = try #require(found.first { $0.kind == .direct })
    #expect(quote.fragments.count == 3)
    #expect(document.span(of: quote.fragments[0]).start.line == 1)
    #expect(document.span(of: quote.fragments[2]).end.line == 5)
    #expect(quote.speaker.mention?.text == "The leader")
  }

  @Test("a single quotation nested in a double one stays inside it")
  func nested() throws {
    let (document, found) = try quotes(in: "“He told me ‘never again’ and meant it,” said Tom Okafor.")
    #expect(found.count == 1)
    #expect(text(found[0], document) == "He told me ‘never again’ and meant it,")
    #expect(found[0].speaker.name == "Tom Okafor")
  }

  @Test("a curly opening mark closed by a straight one still pairs")
  func mismatched() throws {
    let (document, found) = try quotes(in: "A spokesman said: “The decision is final and will not be reviewed.\"")
    #expect(found.count == 1)
    #expect(text(found[0], document) == "The decision is final and will not be reviewed.")
  }

  @Test("apostrophes do not open or close quotations")
  func apostrophes() throws {
    let (document, found) = try quotes(in: "The party’s leader said: ‘It’s the voters’ choice, and we’ll respect it.’")
    #expect(found.count == 1)
    #expect(text(found[0], document) == "It’s the voters’ choice, and we’ll respect it.")
  }

  @Test("scare quotes and titles with no one saying them are not quotes")
  func scareQuotes() throws {
    let (_, found) = try quotes(
      in:
        "The mosque was accused of hosting an ‘extremist’ speaker.\n\nREAD MORE: Labour stand by candidate after 'offensive' claims"
    )
    #expect(found.isEmpty)
  }

  @Test("reported speech: said that, according to, and a trailing attribution")
  func reported() throws {
    let source = """
      The minister said that the budget would rise by a third next year.

      According to the council, visits rose by 18 per cent last year.

      The bridge will reopen in March, officials said.
      """
    let (document, found) = try quotes(in: source)
    #expect(found.map(\.kind) == [.indirect, .indirect, .indirect])
    #expect(text(found[0], document) == "the budget would rise by a third next year")
    #expect(found[1].speaker.mention?.text == "the council")
    #expect(text(found[2], document) == "The bridge will reopen in March")
    #expect(found[2].speaker.type == .group)
  }

  @Test("reported content ends at the writer's dash aside and where a new report begins")
  func reportedContentEnds() throws {
    let source = """
      The mayor said the tram line would open before the summer — a promise she has made twice before.

      Ms Okafor said the depot should be sold this year, and she added that the money would go to bus routes.
      """
    let (document, found) = try quotes(in: source)
    let reported = found.filter { $0.kind == .indirect }.map { text($0, document) }
    #expect(reported.contains("the tram line would open before the summer"))
    #expect(reported.contains("the depot should be sold this year"))
    #expect(reported.contains("the money would go to bus routes"))
  }

  @Test("the writer's words leading into “…,” she said are part of what she said; after a cue, only what follows it")
  func leadInQuotation() throws {
    let source = """
      Councillor Ruth Amos spoke at the meeting on Monday.

      Nothing the developer offered “will answer the residents' fears,” she said.

      Amos said she opposed the scheme because “the town was never asked,” she said. “We deserve a vote.”

      Speaking on Radio Derby, “the town was never asked,” she said.
      """
    let (document, found) = try quotes(in: source)
    let texts = found.map { text($0, document) }
    #expect(texts.contains("Nothing the developer offered “will answer the residents' fears,”"))
    #expect(texts.contains("she opposed the scheme because “the town was never asked,”"))
    // The quotation after it is a quote of its own, by the same speaker.
    let vote = try #require(found.first { text($0, document) == "We deserve a vote." })
    #expect(vote.kind == .direct && vote.speaker.name == "Ruth Amos")
    // An opening phrase ("Speaking on …,") is the writer's, not the speaker's.
    #expect(found.contains { $0.kind == .direct && text($0, document) == "the town was never asked," })
    #expect(found.filter { $0.rule.hasPrefix("lead-in") }.allSatisfy { $0.kind == .mixed })
  }

  @Test("a short sentence of speaker and cue attributes the quotation that follows it")
  func attributionThenQuotation() throws {
    let source = """
      Professor Helen Marlow agreed. “Mainstream members are running out of time to find another candidate.”

      On Radio Leeds the day before, she stated, “The plan was a disgrace,” adding, “No one in this town was consulted.”

      Mr Hale told reporters the plan was “a disgrace,” adding that the town deserved better.
      """
    let (document, found) = try quotes(in: source)
    let mainstream = try #require(found.first { text($0, document).hasPrefix("Mainstream members") })
    #expect(mainstream.speaker.mention?.text == "Professor Helen Marlow")
    #expect(mainstream.cue?.text == "agreed")
    let consulted = try #require(found.first { text($0, document).hasPrefix("No one in this town") })
    #expect(consulted.speaker.name == "Helen Marlow")
    #expect(consulted.cue?.text == "adding" && consulted.rule.hasPrefix("participle-continuation"))
    // Reported content closed by “…,” ends before the participle that starts the next report.
    let texts = found.map { text($0, document) }
    #expect(texts.contains("a disgrace,"))
    #expect(texts.contains("the town deserved better"))
  }

  @Test("longer speaker phrases: descriptions, brackets, appositions, signatures")
  func longerSpeakerPhrases() throws {
    let source = """
      “The bridge will open in spring,” the bespectacled, 71-year-old engineer said on Tuesday.

      “We cannot afford another delay,” state Sen. Mara Quill (D-Ore.) said.

      “Tolls were never the plan,” said Ruth Okafor, director of the Harbour Trust in Leith, “and they will not be now.”

      “Nobody asked the ferry crews what they thought.” ― Tomas Reyes

      Councillor Ian Pike (Lab) said the vote was “a foregone conclusion” and said he would appeal.
      """
    let (document, found) = try quotes(in: source)
    func quote(_ prefix: String) throws -> Quote {
      try #require(found.first { text($0, document).hasPrefix(prefix) })
    }
    #expect(try quote("The bridge").speaker.mention?.text == "the bespectacled, 71-year-old engineer")
    #expect(try quote("We cannot").speaker.name == "Mara Quill")
    // The split quotation resumes in lowercase after the speaker's apposition.
    let tolls = try quote("Tolls were never")
    #expect(text(tolls, document) == "Tolls were never the plan, and they will not be now.")
    #expect(tolls.speaker.name == "Ruth Okafor")
    let ferry = try quote("Nobody asked")
    #expect(ferry.speaker.name == "Tomas Reyes" && ferry.rule.hasPrefix("quote-then-signature"))
    // The bracket stays with the name; the content ends where "and said" starts a new report.
    let vote = try quote("the vote was")
    #expect(vote.speaker.name == "Ian Pike")
    #expect(text(vote, document) == "the vote was “a foregone conclusion”")
  }

  @Test("a later quotation in the sentence takes its speaker; mark styles do not mix across paragraphs")
  func sentenceSpeakerAndMarkStyles() throws {
    let source = """
      “The depot is safe,” Dana Whitfield said, pointing to the new fences and adding, “we check it every night.”

      "The crowd began to chant.

      “We want answers,” Priya Lall said. “We have waited two years for them.”
      """
    let (document, found) = try quotes(in: source)
    let night = try #require(found.first { text($0, document).contains("we check it every night") })
    #expect(night.speaker.name == "Dana Whitfield")
    // The straight mark left open is not continued by the next paragraph's curly one.
    let answers = try #require(found.first { text($0, document).hasPrefix("We want answers") })
    #expect(answers.speaker.name == "Priya Lall")
    #expect(!found.contains { text($0, document).contains("The crowd began") })
  }

  @Test("reports around quotations: participles, relative clauses, parentheticals and the writer's words")
  func reportsAroundQuotations() throws {
    let source = """
      “Is it over?” Lena Ortiz asked reporters on the steps of the hall, adding that the vote had been lost by a mile.

      "It was a poor showing," said Tomas Reyes, who said council staff rarely notice that there are "no secrets in town hall."

      In both years, Ames said, those payments went to "fees" at the rowing club.

      The mayor's "perks" are shameful, Hale said Tuesday in Leeds, noting that the town had paid for them.

      Corbin said on Radio Kent's "Morning Call" that he would "look again" at such a plan.

      Ivo Marsh called the vote "a test of nerve" and likened it to a storm.

      The council, by its own account, would have to "go back to the drawing board," Ruth Okafor said.

      Ana Ruiz said, “We never saw that letter” from the residents.
      """
    let (document, found) = try quotes(in: source)
    let byText = Dictionary(found.map { (text($0, document), $0) }, uniquingKeysWith: { first, _ in first })
    // The participle after an attribution in the next sentence reports too, by the same speaker.
    #expect(byText["Is it over?"]?.speaker.name == "Lena Ortiz")
    let lost = try #require(byText["the vote had been lost by a mile"])
    #expect(lost.speaker.name == "Lena Ortiz" && lost.rule.hasPrefix("participle-report"))
    #expect(
      byText["council staff rarely notice that there are \"no secrets in town hall.\""]?.speaker.name
        == "Tomas Reyes")
    // A parenthetical attribution: what was said stands on both sides of it.
    let payments = try #require(byText["In both years those payments went to \"fees\" at the rowing club"])
    #expect(payments.fragments.count == 2 && payments.speaker.name == "Ames")
    // The attribution ends at a comma; what follows is a report of its own.
    #expect(byText["The mayor's \"perks\" are shameful"]?.speaker.name == "Hale")
    #expect(byText["the town had paid for them"]?.speaker.name == "Hale")
    #expect(byText["he would \"look again\" at such a plan"]?.kind == .mixed)
    #expect(byText["the vote \"a test of nerve\""]?.kind == .mixed)
    #expect(byText["The council, by its own account, would have to \"go back to the drawing board,\""]?.kind == .mixed)
    #expect(byText["“We never saw that letter” from the residents"]?.speaker.name == "Ana Ruiz")
    // Nothing is reported twice.
    #expect(found.count == 11)
  }

  @Test("a pronoun resolves to the last named speaker; titles and surnames to one person")
  func resolution() throws {
    let source = """
      Sir Keir Starmer said the party had acted quickly.

      “We took tough and decisive action,” Starmer said.

      He added that the matter was closed.
      """
    let (_, found) = try quotes(in: source)
    #expect(found.count == 3)
    #expect(found.allSatisfy { $0.speaker.name == "Keir Starmer" })
    #expect(found[2].rule.contains("pronoun"))
  }

  @Test("a role resolves to the person named with it")
  func roleApposition() throws {
    let source =
      "The shadow minister said the remarks were unacceptable.\n\nShadow minister Nick Thomas-Symonds was on the radio."
    let (_, found) = try quotes(in: source)
    #expect(found.first?.speaker.name == "Nick Thomas-Symonds")
    #expect(found.first?.speakerRule == .roleHolder)
    #expect(found.first?.speaker.role == "shadow minister")
  }

  @Test("where nothing fits, the speaker is null")
  func noGuess() throws {
    let (_, found) = try quotes(in: "“This is the best news our town has had in a decade and everybody knows it.”")
    #expect(found.count == 1)
    #expect(found[0].speaker.name == nil)
    #expect(found[0].speaker.mention == nil)
    #expect(found[0].confidence < 0.5)
  }

  @Test("transcript turns are quotes of their speaker")
  func turns() throws {
    let (_, found) = try quotes(
      in:
        "<publicwhip><speech speakername=\"Helen Marsh\" person_id=\"p1\"><p>Will the Minister answer?</p></speech></publicwhip>",
      name: "h.xml")
    #expect(found.count == 1)
    #expect(found[0].speaker.name == "Helen Marsh")
    #expect(found[0].rule == "transcript-turn")
  }

  @Test("10,000 opening marks and no closing one: nothing reported, quickly")
  func unbalanced() throws {
    let source = String(repeating: "“a ", count: 10_000)
    let started = Date()
    let (_, found) = try quotes(in: source)
    #expect(Date().timeIntervalSince(started) < 5)
    #expect(found.count <= 1)
  }
}

@Suite("Writer's statements")
struct StatementTests {
  @Test("with statements on, a writer's figure-bearing sentence is a claim of kind statement")
  func statements() throws {
    let document = try DocumentReader().read(
      path: GoldenQuotes.root.appendingPathComponent("seeds/002_8289b31687b0306b.txt").path)
    let found = QuoteExtractor(includeStatements: true).extract(from: document).filter { $0.kind == .statement }
    #expect(found.count == 1)
    #expect(
      document.text(in: found[0].fragments[0]).hasPrefix(
        "Labour had 2019 majorities in these seats ranging from 46 per cent to 73 per cent"))
    #expect(document.span(of: found[0].fragments[0]).start.line == 7)
    #expect(QuoteExtractor().extract(from: document).allSatisfy { $0.kind != .statement })
  }

  @Test(
    "a document speaks after a determiner ('the note says'); initials and titles stay in names; a clause is no speaker")
  func nounSpeakersAndInitials() throws {
    let (document, found) = try quotes(
      in: """
        ''You are a total loser!'' the note says.

        Similarly, Tobias K. Lindqvist, once the harbour board's treasurer, said he could not back the plan.

        Gov. Petra Halloran of Dunmore, a councillor who has declined to back the mayor, said the family deserved better.
        """)
    #expect(found.count == 3)
    #expect(found[0].speaker.mention?.text == "the note")
    #expect(text(found[1], document) == "he could not back the plan")
    #expect(found[1].speaker.mention?.text == "Tobias K. Lindqvist")
    #expect(found[1].speaker.name == "Tobias K. Lindqvist")
    // Not "…, said the family deserved better" with the family as speaker.
    #expect(text(found[2], document) == "the family deserved better")
    #expect(found[2].speaker.mention?.text == "Gov. Petra Halloran of Dunmore")
  }
}
