import Foundation
import Testing
import VerbatimCore
import VerbatimGraph

@Suite("Quotes across documents: clusters, variants, copies and versions")
struct ClusterTests {
  @Test(
    "a quote with its negation dropped is a variant, flagged as changing the meaning", arguments: StoreKind.allCases)
  func negationDropped(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingestAll()
    let clusters = try fixtures.store.variants()
    #expect(clusters.count == 1)
    let cluster = try #require(clusters.first)
    #expect(cluster.reference.text == "We will not close the library this year.")
    let variant = try #require(cluster.versions.first { $0.relation == .variant })
    #expect(variant.claim.document.path.hasSuffix("library-b.txt"))
    #expect(variant.alteration.changes.map(\.kind) == [.deletion])
    #expect(variant.alteration.changes.first?.flags == [.negation])
    #expect(variant.alteration.changesMeaning)
  }

  @Test("trace gives every appearance of a quote, earliest publication first", arguments: StoreKind.allCases)
  func trace(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    let late = try fixtures.write(
      "late.html",
      """
      <html><head><meta property="article:published_time" content="2024-03-01"><title>Later</title></head>
      <body><article><h1>Later</h1><p>In the recording, Mr Ali said that Israel had taken the October 7 Hamas assault as a pretext to invade Gaza.</p></article></body></html>
      """)
    let early = try fixtures.write(
      "early.html",
      """
      <html><head><meta property="article:published_time" content="2024-02-10"><title>Earlier</title></head>
      <body><article><h1>Earlier</h1><p>Azhar Ali said Israel had taken the October 7 Hamas assault as a pretext to invade Gaza.</p></article></body></html>
      """)
    try fixtures.ingest([late, early])
    let match = try #require(try fixtures.store.search("pretext to invade Gaza").first)
    let cluster = try fixtures.store.trace(match.claim.key)
    #expect(
      cluster.versions.map { ($0.claim.document.path as NSString).lastPathComponent } == ["early.html", "late.html"])
    #expect(cluster.versions.allSatisfy { $0.relation == .reference || $0.relation == .same })
  }

  @Test(
    "the same words in other bytes are a copy; the same path with new bytes is a new version",
    arguments: StoreKind.allCases)
  func copiesAndVersions(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    let text = Fixtures.texts["library-a.txt"]!
    let original = try fixtures.write("original.txt", text)
    let wire = try fixtures.write("wire-copy.txt", text.replacingOccurrences(of: "\n", with: "\r\n"))
    try fixtures.ingest([original, wire])
    let copy = try #require(
      try fixtures.store.search("we will not close the library").first { $0.claim.document.path == wire })
    #expect(copy.claim.document.copyOf?.hasPrefix("sha256:") == true)
    #expect(copy.claim.document.version == 1)

    try (text + "\nUpdated: the council confirmed the decision.\n").write(
      toFile: original, atomically: true, encoding: .utf8)
    let outcome = try fixtures.ingest([original])
    #expect(outcome == [.added(claims: 2, version: 2)])
    let revised = try fixtures.store.search("we will not close the library").filter {
      $0.claim.document.path == original
    }
    #expect(Set(revised.map(\.claim.document.version)) == [1, 2])
    #expect(revised.contains { $0.claim.document.version == 2 && $0.claim.document.revisionOf != nil })
  }

  @Test("an editor's merge and split last: later documents follow them", arguments: StoreKind.allCases)
  func correctionsLast(_ kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingestAll()
    let merged = try fixtures.store.mergeSpeakers(
      "Ahmed Ali", "#\(try fixtures.store.speakers(matching: "Ali").first { $0.name == "Ali" }!.id)")
    #expect(merged.name == "Ahmed Ali")
    #expect(try fixtures.store.speakers(matching: "Ahmed Ali").first?.claims == 2)

    let split = try fixtures.store.splitSpeaker("Thomas-Symonds", alias: "Thomas-Symonds")
    #expect(try fixtures.store.speakers(matching: "#\(split.id)").first?.claims == 4)

    // A later article by the pinned name goes to the speaker the editor chose.
    let later = try fixtures.write("later.txt", "Late again\n\nAli said the number 17 bus was late again this week.\n")
    try fixtures.ingest([later])
    let answer = try fixtures.store.saidBy("Ahmed Ali")
    #expect(answer.claims.contains { $0.text.contains("late again this week") })
  }
}
