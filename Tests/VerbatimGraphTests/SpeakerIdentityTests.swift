import Foundation
import Testing
import VerbatimCore
import VerbatimGraph

/// Speakers as entities across the store: surnames joined to the one full name, namesakes kept
/// apart, case and titles folded, and an editor's split kept.
@Suite("Speaker identity across the store")
struct SpeakerIdentityTests {
  /// A second article, written for this test, that names the seed's surname-only speaker in full.
  static let fullName = """
    Candidate list to be published

    Nick Thomas-Symonds, the shadow minister, said: “The panel will meet again on Thursday to finish the list.”
    """
  static let seedQuote = "they in no way represent the views of the Labour Party"

  @Test(
    "the seed's “Thomas-Symonds” joins Nick Thomas-Symonds by surname: verify says verbatim, with how",
    arguments: StoreKind.allCases)
  func seedCase(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingest(Fixtures.seeds + [try fixtures.write("panel.txt", Self.fullName)])
    let result = try fixtures.store.verify(speaker: "Nick Thomas-Symonds", said: Self.seedQuote)
    #expect(result.verdict == .verbatim)
    let identity = try #require(result.identity)
    #expect(identity.match == .surname && identity.asWritten == "Thomas-Symonds")
    #expect(identity.sentence == "matched by surname (“Thomas-Symonds”) to Nick Thomas-Symonds")
    #expect(result.evidence.first?.claim.document.path.hasSuffix("001_53e8c9973c9c1ad0.txt") == true)
    let saidBy = try fixtures.store.saidBy("Nick Thomas-Symonds")
    #expect(saidBy.speakers.map(\.name) == ["Nick Thomas-Symonds"])
    #expect(saidBy.claims.contains { $0.text.contains(Self.seedQuote) && $0.speakerMatch == .surname })
    #expect(saidBy.claims.contains { $0.text.hasPrefix("The panel will meet again") && $0.speakerMatch == .fullName })
  }

  @Test("the full name first and the surname later join the same way", arguments: StoreKind.allCases)
  func seedCaseOtherOrder(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingest([try fixtures.write("panel.txt", Self.fullName)] + Fixtures.seeds)
    let result = try fixtures.store.verify(speaker: "Nick Thomas-Symonds", said: Self.seedQuote)
    #expect(result.verdict == .verbatim && result.identity?.match == .surname)
    #expect(try fixtures.store.speakers(matching: "Thomas-Symonds").map(\.name) == ["Nick Thomas-Symonds"])
  }

  static let marshTexts = [
    "marsh-dana.txt": """
    Ferry timetable

    Dana Marsh, who runs the ferry company, said: “Sailings will double in the summer months.”
    """,
    "marsh-paul.txt": """
    School roof

    Paul Marsh, the head teacher, said: “The roof repairs start after the exams.”
    """,
    "marsh-alone.txt": """
    Harbour dues

    “Nobody warned us that the harbour dues would rise this much,” Marsh said.
    """,
  ]

  @Test(
    "negative control: two people share a surname, so “Marsh” alone stays apart and verify says ambiguous",
    arguments: StoreKind.allCases)
  func namesakes(_ kind: StoreKind) throws {
    for order in [
      ["marsh-dana.txt", "marsh-paul.txt", "marsh-alone.txt"], ["marsh-alone.txt", "marsh-paul.txt", "marsh-dana.txt"],
    ] {
      let fixtures = try Fixtures(kind)
      try fixtures.ingest(try order.map { try fixtures.write($0, Self.marshTexts[$0]!) })
      let alone = try #require(try fixtures.store.speakers(matching: "Marsh").first { $0.name == "Marsh" })
      #expect(Set(alone.candidates.map(\.name)) == ["Dana Marsh", "Paul Marsh"])
      #expect(try fixtures.store.saidBy("Dana Marsh").claims.count == 1, "never silently merged")
      let result = try fixtures.store.verify(
        speaker: "Dana Marsh", said: "nobody warned us that the harbour dues would rise")
      #expect(result.verdict == .ambiguous && result.verdict.exitCode == 6)
      #expect(Set(result.identity?.candidates ?? []) == ["Dana Marsh", "Paul Marsh"])
      #expect(result.evidence.first?.claim.speaker?.name == "Marsh")
    }
  }

  @Test(
    "a surname joined to the only full name comes apart when a second person of that surname arrives",
    arguments: StoreKind.allCases)
  func joinedThenApart(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    let write = { (name: String) in try fixtures.write(name, Self.marshTexts[name]!) }
    try fixtures.ingest([try write("marsh-dana.txt"), try write("marsh-alone.txt")])
    #expect(try fixtures.store.saidBy("Dana Marsh").claims.count == 2)
    #expect(
      try fixtures.store.verify(speaker: "Dana Marsh", said: "nobody warned us that the harbour dues would rise")
        .verdict == .verbatim)
    try fixtures.ingest([try write("marsh-paul.txt")])
    #expect(try fixtures.store.saidBy("Dana Marsh").claims.count == 1)
    #expect(try fixtures.store.speakers(matching: "Dana Marsh").first?.aliases.map(\.name) == ["Dana Marsh"])
    #expect(
      try fixtures.store.verify(speaker: "Dana Marsh", said: "nobody warned us that the harbour dues would rise")
        .verdict == .ambiguous)
  }

  @Test("speakers split undoes a join by surname, and later documents keep to it", arguments: StoreKind.allCases)
  func splitUndoesJoin(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingest(Fixtures.seeds + [try fixtures.write("panel.txt", Self.fullName)])
    let split = try fixtures.store.splitSpeaker("Nick Thomas-Symonds", alias: "Thomas-Symonds")
    #expect(split.name == "Thomas-Symonds")
    let result = try fixtures.store.verify(speaker: "Nick Thomas-Symonds", said: Self.seedQuote)
    #expect(result.verdict == .misattributed, "an editor said they are not the same person")
    #expect(try fixtures.store.saidBy("Nick Thomas-Symonds").claims.count == 1)
    let later = """
      Later

      “We will take questions after the count on Friday,” Thomas-Symonds said.
      """
    try fixtures.ingest([try fixtures.write("later.txt", later)])
    let kept = try fixtures.store.saidBy("#\(split.id)")
    #expect(kept.claims.contains { $0.text.hasPrefix("We will take questions") })
  }

  /// A document whose claims carry names as resolved, built without extraction.
  static func document(_ id: String, _ names: [(String, SpeakerType, String?)]) -> GraphDocument {
    let place = SourceSpan(
      start: SourceLocation(byte: 0, line: 1, column: 1), end: SourceLocation(byte: 1, line: 1, column: 2))
    let claims = names.enumerated().map { index, speaker in
      GraphClaim(
        key: "\(id)-\(index)", kind: .direct, text: "words number \(index) of \(id)", speakerName: speaker.0,
        speakerType: speaker.1, speakerMention: speaker.0, speakerSpan: place, cue: "said", rule: "test",
        confidence: 1, span: place, speakerRole: speaker.2)
    }
    return GraphDocument(
      id: "sha256:\(id)", path: "/\(id).txt", format: .text, metadata: DocumentMetadata(), textKey: id, claims: claims)
  }

  @Test(
    "names that differ only by case or a glued-on title are one speaker, under the best-written name, with roles",
    arguments: StoreKind.allCases)
  func caseAndTitles(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.store.add(Self.document("a1", [("BRONWEN TALLIS", .person, nil)]))
    try fixtures.store.add(Self.document("a2", [("Councillor Bronwen Tallis", .person, "councillor")]))
    try fixtures.store.add(Self.document("a3", [("Bronwen Tallis", .person, "council leader")]))
    try fixtures.store.add(Self.document("a4", [("Dr. Bronwen Tallis", .person, "council leader")]))
    let speakers = try fixtures.store.speakers()
    #expect(speakers.count == 1)
    let tallis = try #require(speakers.first)
    #expect(tallis.name == "Bronwen Tallis" && tallis.claims == 4)
    #expect(tallis.roles.map(\.name) == ["council leader", "councillor"])
    #expect(SpeakerKey("O’Connor-Vale").text == "oconnor-vale" && !SpeakerKey("Mr O'Connor-Vale").isFull)
    #expect(SpeakerKey("Ursula van der Berg").surname == "van der berg" && !SpeakerKey("van der Berg").isFull)
  }

  @Test("an organisation and a person of the same surname do not join", arguments: StoreKind.allCases)
  func typesApart(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.store.add(Self.document("b1", [("Hale Brothers", .organisation, nil)]))
    try fixtures.store.add(Self.document("b2", [("Brothers", .person, nil)]))
    #expect(try fixtures.store.speakers().count == 2)
  }
}
