import Foundation
import Testing
import VerbatimCore
import VerbatimGraph
import VerbatimIngest
import VerbatimQuotes

/// A store written by the version before claim spans were kept
/// (`Stores/made-before-claim-spans.sqlite`: the two invented example texts ingested by it)
/// opens, migrates, and answers with one fragment a claim: its extent.
@Suite("Store migrations")
struct MigrationTests {
  @Test("a store made before claim spans opens and migrates; new claims keep every fragment")
  func claimSpans() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("verbatim-migrate-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let path = folder.appendingPathComponent("old.sqlite").path
    try FileManager.default.copyItem(
      atPath: Fixtures.root.appendingPathComponent("Tests/VerbatimGraphTests/Stores/made-before-claim-spans.sqlite")
        .path,
      toPath: path)
    let store = try GraphStore(path: path, create: false)
    #expect(try store.integrityCheck() == "ok")
    let old = try store.select(ClaimFilter())
    #expect(old.claims.count == 9)
    for claim in old.claims {
      #expect(claim.fragments.count == 1)
      #expect(claim.fragments[0].span == claim.span && claim.fragments[0].range == claim.extent)
      #expect(claim.cueSpans.isEmpty && claim.speakerSpans.isEmpty)
    }
    // A document added now keeps the split quotation in pieces, with the cue and speaker placed.
    let fixtures = try Fixtures()
    let text = "Ferry news\n\n“The boat will sail,” Ewan Pryce said, “and the pier will stay open.”\n"
    let document = try DocumentReader().read(path: try fixtures.write("pier.txt", text))
    try store.add(GraphDocument(document: document, quotes: QuoteExtractor().extract(from: document)))
    let split = try #require(try store.select(ClaimFilter(document: "pier.txt")).claims.first)
    #expect(split.fragments.map(\.text) == ["The boat will sail,", "and the pier will stay open."])
    #expect(split.fragments.map(\.span.start.column) == [2, 41])
    #expect(split.cueSpans.map(\.text) == ["said"] && split.speakerSpans.map(\.text) == ["Ewan Pryce"])
    #expect(split.speakerSpans.first?.span.start == SourceLocation(byte: 38, line: 3, column: 23))
  }
}
