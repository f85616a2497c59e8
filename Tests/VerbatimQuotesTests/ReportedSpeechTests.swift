import Testing
import VerbatimCore
import VerbatimQuotes

/// Reported speech in the writer's words: which subjects report, where the content of one
/// report ends and the next begins. Every sentence is invented.
@Suite("Reported speech: subjects and extents")
struct ReportedSpeechTests {
  /// The reported claims of `text`, as (words, speaker as written).
  private func reported(_ sentence: String) throws -> [(words: String, speaker: String?)] {
    let (document, found) = try quotes(in: sentence)
    return found.filter { $0.kind == .indirect }.map { (text($0, document), $0.speaker.mention?.text) }
  }

  @Test("a new subject and cue after “, and” start a report of their own")
  func newReportAfterComma() throws {
    let found = try reported(
      "Most riders said the new timetable was worse, and more than half of the drivers said the depot should stay.")
    #expect(found.map(\.words) == ["the new timetable was worse", "the depot should stay"])
    #expect(found.map(\.speaker) == ["Most riders", "half of the drivers"])
  }

  @Test("an object with no verb of its own ends where the subject's next deed begins")
  func objectEndsAtNextDeed() throws {
    let found = try reported("Ilse Varga endorsed the harbour plan and offered to chair its board.")
    #expect(found.first?.words == "the harbour plan")
    // A clause goes on past "and" with its own verbs.
    let clause = try reported("Varga said the fund ran dry in May and closed the depot.")
    #expect(clause.first?.words == "the fund ran dry in May and closed the depot")
    // A past form that describes the noun after it is no new deed.
    let described = try reported("The authors stress that good teaching needs structure and guided practice.")
    #expect(described.first?.words == "good teaching needs structure and guided practice")
  }

  @Test("a figure after the cue is content, not a prepositional phrase")
  func figureOpensContent() throws {
    let found = try reported("The harbour board said about half of the budget went on the depot.")
    #expect(found.map(\.words) == ["about half of the budget went on the depot"])
    #expect(try reported("Varga commented on the depot.").isEmpty)
  }

  @Test("a weak cue with a “that” clause reports for a team or a group, not for a bare word")
  func thatClauseMakesAReport() throws {
    let found = try reported("The harbour team thinks that the vote will be close.")
    #expect(found.map(\.words) == ["the vote will be close"])
    #expect(found.first?.speaker == "The harbour team")
    #expect(try reported("These are fine aims, but please understand that paid posts reach further.").isEmpty)
  }

  @Test("“…, said X, who …”: the clause about the speaker does not stop the attribution")
  func speakerWithRelativeClause() throws {
    let found = try reported(
      "The depot had a say in every decision about the port, said a former clerk for the board, Tomas Reed, who later ran for the council."
    )
    #expect(found.map(\.words) == ["The depot had a say in every decision about the port"])
    #expect(found.first?.speaker?.hasPrefix("a former clerk") == true)
  }
}

/// Passive reports with no source named.
@Suite("Reported speech: passive reports")
struct PassiveReportTests {
  @Test("“X is expected to …” and “it was announced that …” are reports with no speaker")
  func passiveReports() throws {
    let (document, found) = try quotes(
      in: """
        The harbour board met on Monday. The new depot is expected to open in May. \
        It was announced that the old depot would be sold to the town.
        """)
    let passive = found.filter { $0.sieve == .passiveReport }
    #expect(
      passive.map { text($0, document) } == [
        "The new depot to open in May", "the old depot would be sold to the town",
      ])
    #expect(passive.allSatisfy { $0.speaker.mention == nil })
  }

  @Test("a stance, an active verb and a report inside another are not passive reports")
  func notPassive() throws {
    let (_, found) = try quotes(
      in: """
        The drivers are opposed to the new timetable. The ferry was used to carry the mail. \
        Varga said the depot is expected to close.
        """)
    #expect(!found.contains { $0.sieve == .passiveReport })
  }
}
