import Foundation
import Testing
import VerbatimGraph

/// `claim_word`, the count of claims holding each word that a search picks its rarest words by,
/// on both backends: right after ingest, after a store copy, and after claims change or go.
@Suite("Each word's count of claims")
struct WordCountTests {
  /// The kept counts, and the counts of the claims' own words (each word once a claim).
  static func counts(_ store: GraphStore) throws -> (kept: [String: Int], counted: [String: Int]) {
    try store.backend.read { db in
      var kept: [String: Int] = [:]
      for row in try db.rows("SELECT word, claims FROM claim_word WHERE claims <> 0") {
        kept[row["word"]] = row["claims"]
      }
      var counted: [String: Int] = [:]
      for text in try db.values(String.self, "SELECT normalized FROM claim") {
        for word in Set(text.split(separator: " ")) { counted[String(word), default: 0] += 1 }
      }
      return (kept, counted)
    }
  }

  @Test("the counts follow ingest, a changed wording and deleted claims", arguments: StoreKind.allCases)
  func followTheClaims(kind: StoreKind) throws {
    let fixtures = try Fixtures(kind)
    try fixtures.ingestAll()
    var (kept, counted) = try Self.counts(fixtures.store)
    #expect(counted.count > 100)
    #expect(kept == counted)
    // As an administrator might: one claim's wording changed, three claims deleted.
    let first = try #require(
      try fixtures.store.backend.read { db in try db.value(Int64.self, "SELECT min(id) FROM claim") })
    try fixtures.store.backend.write { db in
      try db.execute("UPDATE claim SET normalized = 'qorvintel ' || normalized WHERE id = \(first)")
      try db.execute("DELETE FROM claim WHERE id IN (SELECT id FROM claim ORDER BY id DESC LIMIT 3)")
    }
    (kept, counted) = try Self.counts(fixtures.store)
    #expect(kept["qorvintel"] == 1)
    #expect(kept == counted)
    #expect(try fixtures.store.search("qorvintel").map(\.claim.id) == [first])
  }

  @Test("a store copied into SQLite counts its words again")
  func copied() throws {
    let source = try Fixtures()
    try source.ingestAll()
    let target = try Fixtures()
    _ = try StoreCopy(from: source.store, to: target.store).run()
    let (kept, counted) = try Self.counts(target.store)
    #expect(!kept.isEmpty && kept == counted)
    #expect(
      try target.store.search("close the library this year").map(\.claim.text)
        == (try source.store.search("close the library this year").map(\.claim.text)))
  }
}
