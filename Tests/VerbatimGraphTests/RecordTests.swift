import Foundation
import Testing
import VerbatimCore
import VerbatimExport
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// A real ParlaMint-GB sitting is the record; a news story written for this test reports it.
@Suite("Checked against the record")
struct RecordTests {
  static let folder = Fixtures.root.appendingPathComponent("examples/inputs/parlamint")
  static let sitting = folder.appendingPathComponent("ParlaMint-GB_2022-07-21-commons.xml").path

  /// A story that quotes the minister once with a number changed, once with words he never said.
  static let story = """
    Longer breathing room for benefit debts

    David Rutley, the welfare minister, said: “We have recently extended the time period, from 12 months to 24 months, before any reduced debt repayments are reviewed.”

    He added: “No claimant will ever be asked to repay an overpayment.”
    """

  let fixtures: Fixtures

  init() throws {
    fixtures = try Fixtures()
    var options = ReadOptions()
    var register = try RegisterReader.read(path: Self.folder.appendingPathComponent("ParlaMint-GB-listPerson.xml").path)
    register.merge(try RegisterReader.read(path: Self.folder.appendingPathComponent("ParlaMint-GB-listOrg.xml").path))
    options.register = register
    let reader = DocumentReader(options: options)
    let extractor = QuoteExtractor()
    for path in [Self.sitting, try fixtures.write("debts.txt", Self.story)] {
      let document = try reader.read(path: path)
      try fixtures.store.add(GraphDocument(document: document, quotes: extractor.extract(from: document)))
    }
  }

  @Test("a number changed in the story is altered against the record, with the record as evidence")
  func alteredAgainstRecord() throws {
    let result = try fixtures.store.verify(
      speaker: "David Rutley", said: "We have recently extended the time period, from 12 months to 24 months")
    #expect(result.verdict == .altered && result.againstRecord)
    let evidence = try #require(result.evidence.first?.claim)
    #expect(evidence.isRecord && evidence.turnID == "ParlaMint-GB_2022-07-21-commons.u405")
    #expect(evidence.span.start.line == 105)
    let change = try #require(result.alteration?.changes.first)
    #expect(change.reference == ["18"] && change.variant == ["24"] && change.flags == [.number])
    #expect(result.secondary.first?.claim.document.path.hasSuffix("debts.txt") == true)
  }

  @Test("the record's own words are verbatim from the record")
  func verbatimFromRecord() throws {
    let result = try fixtures.store.verify(
      speaker: "David Rutley", said: "We have recently extended the time period, from 12 months to 18 months")
    #expect(result.verdict == .verbatim && result.againstRecord && result.evidence.first?.claim.isRecord == true)
  }

  @Test("words the member never said in the record are not-in-record, whatever the story says")
  func notInRecord() throws {
    let result = try fixtures.store.verify(speaker: "David Rutley", said: "No claimant will ever be asked to repay")
    #expect(result.verdict == .notInRecord && result.verdict.exitCode == 7)
    #expect(result.evidence.isEmpty && result.secondary.count == 1)
  }

  @Test("the story's altered quote is a variant of the turn; the citation list cites the record first")
  func variantsAndCitations() throws {
    let variant = try #require(try fixtures.store.variants().first)
    #expect(variant.reference.isRecord && variant.changesMeaning)
    let entries = CitationEntry.entries(of: try fixtures.store.select(ClaimFilter(speaker: "David Rutley")))
    #expect(entries.first?.document.path == Self.sitting && entries.count == 2)
  }

  @Test("the register's people are the store's speakers, their role from the sitting's date")
  func speakers() throws {
    let rutley = try #require(try fixtures.store.speakers(matching: "David Rutley").first)
    #expect(rutley.roles.contains { $0.name == "minister, Conservative" })
    #expect(try fixtures.store.speakers(matching: "#DavidRutley").map(\.id) == [rutley.id])
    let hoyle = try #require(try fixtures.store.speakers(matching: "Lindsay Hoyle").first)
    #expect(hoyle.roles.map(\.name) == ["Speaker of the House of Commons, Labour"])
  }

  @Test("ingesting the folder pins the register's people: role on the date, member page as owl:sameAs")
  func registerInExports() throws {
    let store = fixtures.folder.appendingPathComponent("folder.sqlite").path
    let ingest = CommandRun(["ingest", Self.folder.path, "--store", store, "--quiet"])
    #expect(ingest.code == 0, "\(ingest.err)")
    let speakers = CommandRun(["speakers", "list", "--format", "json", "--store", store])
    let listed = try JSONSerialization.jsonObject(with: Data(speakers.out.utf8)) as? [[String: Any]] ?? []
    let rutley = try #require(listed.first { $0["name"] as? String == "David Rutley" })
    let roles = (rutley["roles"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    #expect(roles == ["minister, Conservative"], "\(speakers.out)")
    #expect(listed.count == 4 && listed.allSatisfy { ($0["name"] as? String)?.isEmpty == false })
    let turtle = CommandRun(["export", "--format", "prov-turtle", "--speaker", "David Rutley", "--store", store])
    #expect(turtle.code == 0, "\(turtle.err)")
    #expect(turtle.out.contains("owl:sameAs <https://members.parliament.uk/member/4033/contact>"))
    #expect(turtle.out.contains("verbatim:role \"minister, Conservative\""))
  }

  @Test("without the register: a speaker under the turn's reference, and no empty name anywhere")
  func withoutRegister() throws {
    let bare = try Fixtures()
    try bare.ingest([Self.sitting])
    let speakers = try bare.store.speakers()
    #expect(speakers.count == 4 && speakers.allSatisfy { $0.name.hasPrefix("#") })
    let result = try bare.store.verify(speaker: "#DavidRutley", said: "from 12 months to 18 months")
    #expect(result.verdict == .verbatim)
    let other = try bare.store.verify(speaker: "David Rutley", said: "from 12 months to 18 months")
    #expect(other.evidence.allSatisfy { $0.claim.speaker?.name == "#DavidRutley" })
  }
}
