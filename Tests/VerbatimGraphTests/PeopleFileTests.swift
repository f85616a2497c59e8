import Foundation
import Testing
import VerbatimCore
import VerbatimExport
import VerbatimGraph
import VerbatimIngest

/// People files (CSV and JSON lines) pin identities a newsroom knows; exports link the Wikidata id.
@Suite("People files")
struct PeopleFileTests {
  static let story = """
    Tram depot plans

    Orla Venn said: “The depot will be finished before the winter timetable.”
    """
  /// A later story that names her by surname alone.
  static let surnameStory = """
    Depot staff

    “Nobody will lose a job because of the move,” Venn said.
    """

  @Test("CSV: name, aliases separated by ;, role and a Wikidata id (also as its address); bad rows named by line")
  func csv() throws {
    let fixtures = try Fixtures()
    let path = try fixtures.write(
      "people.csv",
      """
      name,aliases,role,wikidata
      Orla Venn,O. Venn;Venn,transport commissioner,https://www.wikidata.org/wiki/Q900000001
      "Pryce, Gideon",,,Q12x
      ,,harbour master,
      Tomas Idris,Venn,,
      Ines Lark,"Lark, I.",mayor,q900000002
      """)
    let contents = try PeopleFile.read(path: path)
    #expect(contents.people.map(\.name) == ["Orla Venn", "Ines Lark"])
    let venn = contents.people[0]
    #expect(venn.aliases == ["O. Venn", "Venn"] && venn.role == "transport commissioner")
    #expect(venn.wikidata == "Q900000001" && contents.people[1].wikidata == "Q900000002")
    #expect(contents.people[1].aliases == ["Lark, I."])
    let problems = contents.problems.map(\.description)
    #expect(problems.count == 3)
    #expect(problems[0].hasSuffix("people.csv:3: wikidata “Q12x” is not a Wikidata id (Q and digits, as Q42)"))
    #expect(problems[1].hasSuffix("people.csv:4: no name"))
    #expect(problems[2].hasSuffix("people.csv:5: “Venn” is already given for Orla Venn on line 2"))
  }

  @Test("JSON lines: the same fields; a line that is not an object or has an unknown key is named")
  func jsonLines() throws {
    let fixtures = try Fixtures()
    let path = try fixtures.write(
      "people.jsonl",
      """
      {"name": "Orla Venn", "aliases": ["Venn"], "role": "transport commissioner", "wikidata": "Q900000001"}
      not json
      {"name": "Kit Amory", "party": "Green"}
      {"name": "Harbour Board", "type": "organisation", "aliases": ["the Board"]}
      {"name": "Sol Reyna", "type": "robot"}
      """)
    let contents = try PeopleFile.read(path: path)
    #expect(contents.people.map(\.name) == ["Orla Venn", "Harbour Board"])
    #expect(contents.people[1].type == .organisation)
    let problems = contents.problems.map(\.description)
    #expect(problems.count == 3)
    #expect(problems[0].hasSuffix("people.jsonl:2: not a JSON object"))
    #expect(problems[1].contains("people.jsonl:3: unknown field “party”"))
    #expect(problems[2].hasSuffix("people.jsonl:5: type “robot” is neither person nor organisation"))
  }

  @Test("a CSV without a name column, or with an unknown column, is refused whole with the file named")
  func badHeader() throws {
    let fixtures = try Fixtures()
    let path = try fixtures.write("people.csv", "fullname,role\nOrla Venn,mayor\n")
    #expect(throws: ReadError.self) { try PeopleFile.read(path: path) }
    let other = try fixtures.write("more.csv", "name,party\nOrla Venn,Green\n")
    do {
      _ = try PeopleFile.read(path: other)
      Issue.record("an unknown column must be refused")
    } catch {
      #expect(
        error.description.hasSuffix("more.csv:1: unknown column “party” (columns: name, aliases, role, wikidata, type)")
      )
    }
  }

  @Test("pinned people: the surname joins by alias, the role and Wikidata id are kept and exported")
  func pinnedAndExported() throws {
    let fixtures = try Fixtures()
    let people = [
      KnownPerson(name: "Orla Venn", aliases: ["Venn"], role: "transport commissioner", wikidata: "Q900000001")
    ]
    try fixtures.store.pin(people)
    try fixtures.ingest([
      try fixtures.write("tram.txt", Self.story), try fixtures.write("staff.txt", Self.surnameStory),
    ])
    // A namesake who arrives later does not take the pinned alias away.
    try fixtures.store.add(SpeakerIdentityTests.document("n1", [("Hugh Venn", .person, nil)]))
    let venn = try #require(try fixtures.store.speakers(matching: "Orla Venn").first)
    #expect(venn.wikidata == "Q900000001" && venn.role == "transport commissioner" && venn.pinned)
    #expect(venn.claims == 2)
    let result = try fixtures.store.verify(speaker: "Orla Venn", said: "Nobody will lose a job because of the move")
    #expect(result.verdict == .verbatim)
    #expect(result.identity?.match == .alias && result.identity?.asWritten == "Venn")

    let selection = try fixtures.store.select(ClaimFilter(speaker: "Orla Venn"))
    let turtle = Turtle.render(ProvenanceGraph.build(selection))
    #expect(turtle.contains("owl:sameAs <http://www.wikidata.org/entity/Q900000001>"))
    #expect(turtle.contains("verbatim:role \"transport commissioner\""))
    let jsonld = JSONLD.render(ProvenanceGraph.build(selection))
    #expect(jsonld.contains("\"owl:sameAs\"") && jsonld.contains("http://www.wikidata.org/entity/Q900000001"))
    let csl = CSLJSON.render(CitationEntry.entries(of: selection))
    #expect(csl.contains("\"speakerWikidata\": \"Q900000001\""))
    #expect(csl.contains("Orla Venn, transport commissioner [Wikidata Q900000001]"))
    let report = HTMLReport.render(selection, texts: [:])
    #expect(report.contains("data-wikidata=\"Q900000001\""))
    let reviews = ClaimReviewDraft.reviews(selection).prettyPrinted()
    #expect(reviews.contains("\"sameAs\": \"http://www.wikidata.org/entity/Q900000001\""))
    #expect(reviews.contains("\"jobTitle\": \"transport commissioner\""))
  }

  @Test("a people file folds in the speakers already in the store under its names")
  func foldsExisting() throws {
    let fixtures = try Fixtures()
    try fixtures.ingest([try fixtures.write("tram.txt", Self.story)])
    try fixtures.store.add(SpeakerIdentityTests.document("o1", [("O. Venn", .person, nil)]))
    #expect(try fixtures.store.speakers().count == 2)
    try fixtures.store.pin([KnownPerson(name: "Orla Venn", aliases: ["O. Venn"], wikidata: "Q900000001")])
    let speakers = try fixtures.store.speakers()
    #expect(speakers.count == 1 && speakers[0].claims == 2)
  }
}
