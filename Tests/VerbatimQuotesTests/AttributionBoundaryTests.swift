import Testing
import VerbatimCore
import VerbatimQuotes

/// Where one attribution ends and the next begins: a cue keeps its own speaker and content,
/// titles of works are not speech, the writer's own clause is not what was said.
@Suite("Attribution boundaries")
struct AttributionBoundaryTests {
  @Test("a quotation after a colon cue is its speaker's; the next sentence's cue keeps its own claim")
  func colonCueKeepsItsSpeaker() throws {
    let (document, found) = try quotes(
      in:
        "Daniel Brennan said: \"This is the news families waited for.\" Margaret Okafor warned that the timetable was still thin."
    )
    #expect(found.count == 2)
    let direct = try #require(found.first { $0.kind == .direct })
    #expect(text(direct, document) == "This is the news families waited for.")
    #expect(direct.speaker.mention?.text == "Daniel Brennan" && direct.sieve == .colonCue)
    let reported = try #require(found.first { $0.kind == .indirect })
    #expect(text(reported, document) == "the timetable was still thin")
    #expect(reported.speaker.mention?.text == "Margaret Okafor" && reported.cue?.text == "warned")
  }

  @Test("“A,” she said, adding, “B.”: the second quotation is hers, not reported speech with a comma")
  func participleBeforeQuotation() throws {
    let (document, found) = try quotes(in: "“We start in May,” Varga said, adding, “and we finish in June.”")
    #expect(found.count == 2)
    #expect(found.allSatisfy { $0.kind == .direct && $0.speaker.mention?.text == "Varga" })
    #expect(found.map { text($0, document) } == ["We start in May,", "and we finish in June."])
  }

  @Test("titles of works and shows in marks are not quotes, even beside a speaker")
  func titlesAreNotSpeech() throws {
    let (document, found) = try quotes(
      in: """
        Varga spoke on “Harbour Hour With Petra Lind” on Sunday. She said the plan was late. \
        “Tales of the Northern Ferry” lay open on the table.
        """)
    #expect(found.map { text($0, document) } == ["the plan was late"])
  }

  @Test("a stance verb's short object is what is held")
  func stanceObject() throws {
    let (document, found) = try quotes(in: "The harbour board endorsed Varga. Petrov opposed it.")
    #expect(found.map { text($0, document) } == ["Varga", "it"])
    #expect(found.map { $0.cue?.text } == ["endorsed", "opposed"])
  }

  @Test("reported content stops before the writer's clause of contrast or source")
  func clauseBreakers() throws {
    let (document, found) = try quotes(
      in: "Varga said the ferry would run in May, while the board has yet to approve the money.")
    #expect(found.map { text($0, document) } == ["the ferry would run in May"])
  }

  @Test("headlines, captions and list items give no quotes; a thing's feel is not a belief")
  func pageFurniture() throws {
    let html = """
      <html><body><article>
      <h1>Mayor says “the ferry runs in May”</h1>
      <figure><figcaption>“We waited long enough,” said a rider at the pier.</figcaption></figure>
      <p>The harbour board met on Monday to hear residents about the ferry, out of service since the autumn storm.</p>
      <ul><li>“Lightweight and warm,” the label says of the jacket we tested on the crossing.</li>
      <li>Residents say the timetable is thin.</li></ul>
      <p>The side buttons feel great, and the case feels solid in the hand after weeks of use on the ferry.</p>
      <p>Ilse Varga believes the timetable is too thin for the winter months.</p>
      </article></body></html>
      """
    let (document, found) = try quotes(in: html, name: "page.html")
    #expect(found.map { text($0, document) } == ["the timetable is too thin for the winter months"])
    #expect(found.first?.speaker.mention?.text == "Ilse Varga")
  }

  @Test("a report inside another report's content is its speaker going on; a named speaker opening it is a second")
  func nestedReports() throws {
    let (document, found) = try quotes(
      in: """
        Varga said she did not recall whether the depot had closed. \
        Varga said Petrov told him that the depot would close.
        """)
    #expect(
      found.map { text($0, document) } == [
        "she did not recall whether the depot had closed", "Petrov told him that the depot would close",
        "the depot would close",
      ])
    #expect(found.map { $0.speaker.mention?.text } == ["Varga", "Varga", "Petrov"])
  }

  @Test("a page not written as reporting: offers, advice and the page's own voice are no one's claims")
  func notReporting() throws {
    // Long enough (over 300 words) for its register to be told.
    let page = String(
      repeating: """
        The harbour kit offers two lamps and a stove. We recommend a second stove for long trips. \
        You want a tent that packs small. The guide recommends a dry bag for the maps.\n\n
        """, count: 10)
    #expect(try quotes(in: page).1.isEmpty)
    // A short note is read as reporting.
    let (document, found) = try quotes(in: "The harbour board endorsed Varga.")
    #expect(found.map { text($0, document) } == ["Varga"])
  }
}
