import Foundation
import Testing
import VerbatimCore
import VerbatimIngest
import VerbatimQuotes

/// The quote whose text starts with `prefix`.
private func quote(_ prefix: String, in found: [Quote], _ document: Document) throws -> Quote {
  try #require(found.first { text($0, document).hasPrefix(prefix) }, "no quote starting \(prefix)")
}

@Suite("Speaker names within a document")
struct SpeakerNameTests {
  @Test("a surname opening a sentence or a paragraph resolves to the full name given before")
  func sentenceInitialSurname() throws {
    let (document, found) = try quotes(
      in: """
        Dana Vell runs the harbour board in Grenholm.

        Vell told reporters that the eastern dock would close for a month.
        """)
    let said = try quote("the eastern dock", in: found, document)
    #expect(said.speaker.mention?.text == "Vell")
    #expect(said.speaker.name == "Dana Vell")
    #expect(said.speakerRule == .personName)
  }

  @Test("a surname the document never gives in full is the name; a word it writes in lowercase is not")
  func loneSurname() throws {
    let (document, found) = try quotes(
      in: """
        The tide tables were wrong again this week.

        Brannock said the office would print new ones by Friday.
        """)
    let said = try quote("the office would print", in: found, document)
    #expect(said.speaker.name == "Brannock")
  }

  @Test("a possessive is not part of the name")
  func possessive() throws {
    let (document, found) = try quotes(
      in: """
        Tamsin Ferreira’s team met the ferry operators on Monday.

        “We are ready for the winter timetable,” Ferreira said.
        """)
    let said = try quote("We are ready", in: found, document)
    #expect(said.speaker.name == "Tamsin Ferreira")
  }

  @Test("hyphenated names, apostrophes and particles keep their form and resolve from their surname")
  func namesWithPunctuationAndParticles() throws {
    let (document, found) = try quotes(
      in: """
        Lena Brightwater-Oyelaran, Declan O’Rourke, Ilse van der Molen and Karim al-Sabbagh sit on the panel.

        “The budget is too small,” Brightwater-Oyelaran said.

        “We will vote against it,” O’Rourke said.

        “It is a fair settlement,” van der Molen said.

        “Nobody asked the fishers,” Sabbagh said.

        “I will abstain,” said De'Andre Mills.
        """)
    #expect(try quote("The budget", in: found, document).speaker.name == "Lena Brightwater-Oyelaran")
    #expect(try quote("We will vote", in: found, document).speaker.name == "Declan O’Rourke")
    #expect(try quote("It is a fair", in: found, document).speaker.name == "Ilse van der Molen")
    #expect(try quote("Nobody asked", in: found, document).speaker.name == "Karim al-Sabbagh")
    #expect(try quote("I will abstain", in: found, document).speaker.name == "De'Andre Mills")
  }

  @Test("suffixes and initials stay in the name; the surname alone finds it")
  func suffixesAndInitials() throws {
    let (document, found) = try quotes(
      in: """
        Martin Ruelle Jr. and Oren T. Falk opened the hearing in Grenholm.

        “The records are incomplete,” Ruelle said.

        “We asked for them twice,” Falk said.
        """)
    #expect(try quote("The records", in: found, document).speaker.name == "Martin Ruelle Jr.")
    #expect(try quote("We asked", in: found, document).speaker.name == "Oren T. Falk")
  }

  @Test("a family name written first resolves after a title: Ms. Tan is Tan Meiling")
  func familyNameFirst() throws {
    let (document, found) = try quotes(
      in: """
        Tan Meiling directs the port authority in Grenholm.

        “The cranes arrive in May,” Ms. Tan said.
        """)
    let said = try quote("The cranes", in: found, document)
    #expect(said.speaker.name == "Tan Meiling")
    #expect(said.speaker.type == .person)
  }

  @Test("two people with one surname: the title's gender decides, else the one named last, less sure")
  func namesakes() throws {
    let (document, found) = try quotes(
      in: """
        Rosa Quint and her brother Tomas Quint own the boatyard.

        “We will not sell,” Ms. Quint said.

        “Neither will I,” Mr. Quint said.

        “The bank has been patient,” Quint said.
        """)
    let rosa = try quote("We will not sell", in: found, document)
    let tomas = try quote("Neither will I", in: found, document)
    let either = try quote("The bank", in: found, document)
    #expect(rosa.speaker.name == "Rosa Quint")
    #expect(tomas.speaker.name == "Tomas Quint")
    #expect(either.speaker.name == "Tomas Quint")
    #expect(either.speakerRule == .ambiguousSurname)
    #expect(either.confidence < tomas.confidence)
  }

  @Test("pronouns and roles carry over to whom the document tied them")
  func pronounsAndRoles() throws {
    let (document, found) = try quotes(
      in: """
        Harbour master Ines Calloway inspected the breakwater on Tuesday.

        She said the storm had moved two of the outer blocks.

        “We will need divers,” the harbour master said.

        Brenmoor Freight Ltd, which leases the quay, has been told to move its cargo.

        The company said it would comply by the weekend.
        """)
    let pronoun = try quote("the storm had moved", in: found, document)
    #expect(pronoun.speaker.name == "Ines Calloway")
    #expect(pronoun.speaker.role == "Harbour master")
    let role = try quote("We will need divers", in: found, document)
    #expect(role.speaker.name == "Ines Calloway")
    #expect(role.speakerRule == .roleHolder)
    let company = try quote("it would comply", in: found, document)
    #expect(company.speaker.name == "Brenmoor Freight Ltd")
    #expect(company.speaker.type == .organisation)
  }

  @Test("the gender the document gives beats the given name's usual one")
  func genderFromDocument() throws {
    let (document, found) = try quotes(
      in: """
        Kim Oberlin chairs the ferry board in Grenholm.

        “The timetable stays,” Mr. Oberlin said on Monday.

        “We will appeal,” said Maria Selden, a councillor.

        The decision was final, he said.
        """)
    let said = try quote("The decision was final", in: found, document)
    #expect(said.speaker.mention?.text == "he")
    #expect(said.speaker.name == "Kim Oberlin")
  }

  @Test("descriptions, groups and documents keep their mention and no name")
  func descriptionsGroupsDocuments() throws {
    let (document, found) = try quotes(
      in: """
        Dana Vell runs the harbour board.

        A spokesperson said the berths would be repainted.

        Residents said the noise had kept them awake.

        The report found that the quay walls were sound.
        """)
    let description = try quote("the berths", in: found, document)
    #expect(description.speaker.name == nil)
    #expect(description.speaker.type == .description)
    #expect(description.speaker.mention?.text == "A spokesperson")
    let group = try quote("the noise", in: found, document)
    #expect(group.speaker.name == nil && group.speaker.type == .group)
    let report = try quote("the quay walls", in: found, document)
    #expect(report.speaker.name == nil && report.speaker.type == .document)
  }

  @Test("titles, parties, nationalities and appositions go to the role, not the name")
  func roles() throws {
    let (document, found) = try quotes(
      in: """
        “The fleet is safe,” Prime Minister Sela Brandt said.

        “We disagree,” said Republican Oskar Lindqvist.

        “Trade will grow,” Peruvian Trade Minister Lucia Ortane said.

        Ines Calloway, a spokesperson for the harbour board, said the cranes were late.
        """)
    let prime = try quote("The fleet", in: found, document)
    #expect(prime.speaker.name == "Sela Brandt")
    #expect(prime.speaker.role == "Prime Minister")
    let party = try quote("We disagree", in: found, document)
    #expect(party.speaker.name == "Oskar Lindqvist")
    #expect(party.speaker.role == "Republican")
    let minister = try quote("Trade will grow", in: found, document)
    #expect(minister.speaker.name == "Lucia Ortane")
    #expect(minister.speaker.role == "Peruvian Trade Minister")
    let apposition = try quote("the cranes were late", in: found, document)
    #expect(apposition.speaker.name == "Ines Calloway")
    #expect(apposition.speaker.role == "spokesperson for the harbour board")
  }

  @Test("a lone nationality, a headline's glued verb and an adverb opening a sentence are never names")
  func nonNames() throws {
    let (document, found) = try quotes(
      in: """
        Calloway Says Harbour Will Reopen Next Month

        Ines Calloway said the harbour would reopen next month.

        Jordanian officials said the border crossing would stay shut.

        Likewise, Calloway said the ferries would run on time.
        """)
    for quote in found {
      #expect(quote.speaker.name != "Calloway Says")
      #expect(quote.speaker.name != "Jordanian")
      #expect(quote.speaker.name != "Likewise")
    }
    #expect(try quote("the harbour would reopen", in: found, document).speaker.name == "Ines Calloway")
    let officials = try quote("the border crossing", in: found, document)
    #expect(officials.speaker.name == nil && officials.speaker.type == .group)
  }

  @Test("organisations from evidence: a suffix, a spokesperson for them, a capitalised political family")
  func organisationsFromEvidence() throws {
    let (document, found) = try quotes(
      in: """
        A spokesperson for Tessaly Water said the pipes would be replaced.

        Quarnby Mills Inc said in a statement that it would appeal.
        """)
    let water = try quote("the pipes", in: found, document)
    #expect(water.speaker.name == "Tessaly Water")
    #expect(water.speaker.type == .organisation)
    let mills = try quote("it would appeal", in: found, document)
    #expect(mills.speaker.name == "Quarnby Mills Inc")
    #expect(mills.speaker.type == .organisation)
  }

  @Test("credit lines, bylines and datelines name no speaker")
  func creditsAndDatelines() throws {
    let (document, found) = try quotes(
      in: """
        GRENHOLM, Vastland (Newswire) — The harbour board said on Tuesday that the dock would close.

        Photo: Ines Calloway/Harbour Images

        “The dock is unsafe,” Calloway said.
        """)
    for quote in found {
      #expect(quote.speaker.name != "GRENHOLM")
      #expect(quote.speaker.name != "Harbour Images")
    }
    let dock = try quote("The dock is unsafe", in: found, document)
    #expect(dock.speaker.name == "Calloway")
  }

  @Test("a caption's names speak only inside the caption")
  func captions() throws {
    let html = """
      <html><body><article><p>Ines Calloway runs the harbour board in Grenholm.</p>
      <figure><img src="quay.jpg"><figcaption>Harbour master Ines Calloway said:</figcaption></figure>
      <p>“The port will open in spring and the ferries will run again.”</p></article></body></html>
      """
    let document = try DocumentReader().read(bytes: Array(html.utf8), path: "caption.html")
    let found = QuoteExtractor().extract(from: document)
    let spring = try quote("The port will open", in: found, document)
    #expect(spring.speaker.name == nil)
    #expect(spring.speakerRule == .notASpeaker)
  }

  @Test("a role in apposition after a name is that person; a place before a comma is no one")
  func nameBeforeRole() throws {
    let (document, found) = try quotes(
      in: """
        Marit Solberg has led the harbour board since the spring.

        But Mr. Halvorsen, a councillor who described himself as a cautious man, said the bridge should wait.

        And it was no accident — Arne Dahl, a spokesman for Solberg, told reporters that the board would vote in May.

        In Grenholm, a spokesman for the ferry company said the timetable would not change.
        """)
    let bridge = try quote("the bridge should wait", in: found, document)
    #expect(bridge.speaker.name == "Halvorsen")
    #expect(bridge.speakerRule == .nameBeforeRole)
    let vote = try quote("the board would vote", in: found, document)
    #expect(vote.speaker.name == "Arne Dahl")
    #expect(vote.speaker.type == .person)
    #expect(vote.speaker.role == "spokesman")
    let ferry = try quote("the timetable would not change", in: found, document)
    #expect(ferry.speaker.name != "Grenholm")
  }

  @Test("an organisation's name before a role and a person's name is the person's")
  func nameAfterRole() throws {
    let (document, found) = try quotes(
      in: """
        “The piles are rotten,” said Leith University professor Ingrid Aas. “We cannot wait.”
        """)
    let piles = try quote("The piles are rotten", in: found, document)
    #expect(piles.speaker.name == "Ingrid Aas")
    #expect(piles.speaker.role == "Leith University professor")
  }

  @Test("he or she after a person introduced by full name is that person, not the last speaker")
  func pronounAfterIntroducedPerson() throws {
    let (document, found) = try quotes(
      in: """
        “The quay needs new piles before the winter,” said Bernard Okoro, the harbour engineer.

        The repairs have been delayed twice since the spring.

        Arvid Lindqvist, who chairs the transport committee, visited the quay on Friday. “We cannot wait \
        another season,” he said.

        “Arvid Lindqvist has seen the plans,” Okoro said. “We start in May,” he said.
        """)
    let season = try quote("We cannot wait", in: found, document)
    #expect(season.speaker.name == "Arvid Lindqvist")
    #expect(season.speakerRule == .pronounIntroducedPerson)
    // A name inside a quotation introduces no one.
    let may = try quote("We start in May", in: found, document)
    #expect(may.speaker.name == "Bernard Okoro")
  }
}
